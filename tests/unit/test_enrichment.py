"""Enrichment of the seed pages: time, outlet, agencies, tags, language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agents.text.enrichment import enrich, parse_credit_lines, parse_tags
from agents.text.pages import articles_from_page, normalize_article
from streams.records import EnrichedArticle, RawItem

ARRIVED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def enriched_seed(text: str, seed: str) -> list[EnrichedArticle]:
    raw = RawItem(item_id=f"seed{seed}", source=seed, content_type="text", text=text, encoding="utf-8", arrived_at=ARRIVED)
    return [enrich(normalize_article(a)) for a in articles_from_page(raw)]


@pytest.mark.parametrize(
    ("seed", "published", "outlet"),
    [
        ("000", datetime(2023, 10, 4, tzinfo=UTC), "الأسبوع"),
        ("001", datetime(2023, 9, 25, tzinfo=UTC), "الأسبوع"),
        ("002", datetime(2024, 1, 26, tzinfo=UTC), "كويت نيوز"),
        ("003", datetime(2023, 10, 5, 9, 32, tzinfo=UTC), None),
        # No date on the page, only "اليوم /الثلاثاء/": the last Tuesday before arrival, said so.
        ("004", datetime(2026, 11, 17, tzinfo=UTC), "البوابة نيوز"),
    ],
)
def test_enrich__time_and_outlet(seeds: dict[str, str], seed: str, published: datetime, outlet: str | None) -> None:
    main = enriched_seed(seeds[seed], seed)[0]
    assert main.published.at == published
    assert main.published.origin == ("weekday" if seed == "004" else "page")
    assert main.outlet == outlet
    assert main.language == "ar" and main.desk == "ar"


def test_enrich__agencies_from_credit_caption_and_body(seeds: dict[str, str]) -> None:
    assert set(enriched_seed(seeds["002"], "002")[0].agencies) >= {"رويترز", "بلومبرغ"}
    assert "رويترز" in enriched_seed(seeds["003"], "003")[0].agencies  # caption "/رويترز"
    assert "تاس" in enriched_seed(seeds["004"], "004")[0].agencies


def test_enrich__appended_article_is_linked_and_dated_by_its_page(seeds: dict[str, str]) -> None:
    """Issue 14: an appended article with no date line of its own takes its page's date and outlet."""
    main, appended = enriched_seed(seeds["000"], "000")
    assert appended.article.parent_id == main.article_id
    assert appended.published.origin == "hint" and appended.published.at == main.published.at
    assert appended.outlet == main.outlet


def test_parse_tags__multiword_names_and_dedup() -> None:
    tags = parse_tags(("كلمات دلالية: روسيا الولايات المتحدة الكرملين كاراباخ إقلیم ناجورنو کاراباخ اقليم ناجورنو كاراباخ",))
    assert "الولايات المتحدة" in tags and "روسيا" in tags
    assert len([t for t in tags if "ناجورنو" in t]) == 1


def test_parse_credit_lines__glued_cues() -> None:
    credits = parse_credit_lines(("المصدر رويترز الوسومأوكرانيا الولايات المتحدة روسياالمصدر: كويت نيوز",))
    assert credits.sources == ("رويترز", "كويت نيوز")
    assert credits.tags == ("أوكرانيا الولايات المتحدة روسيا",)
