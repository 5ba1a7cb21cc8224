"""The template memory's record of one source: compact bytes that fold back to the same memory,
and the template source of a page (what pages share a template)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agents.text.pages import articles_and_lines, template_source
from agents.text.sidebars import TemplateMemory, page_lines
from streams.records import RawItem

STORIES = [
    "أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة بفيروس كورونا في القاهرة والجيزة خلال الأسبوع الماضي.",
    "فاز المنتخب المغربي على نظيره البرتغالي في مباراة ودية أقيمت في الرباط بحضور جماهيري كبير.",
    "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج خلال الربع المقبل.",
    "افتتح معرض الكتاب الدولي في مسقط بمشاركة مئات دور النشر العربية والأجنبية هذا العام.",
]
TAGLINE = "تابع آخر الأخبار لحظة بلحظة"


def raw(text: str, source: str = "/watched/site/a.txt", **fields: str) -> RawItem:
    return RawItem(item_id="p", source=source, content_type="text", text=text, encoding="utf-8",
                   arrived_at=datetime(2026, 1, 1, tzinfo=UTC), **fields)


def test_source_to_bytes__restores_the_same_memory_and_goes_on_alike() -> None:
    live = TemplateMemory(min_stories=3)
    for story in STORIES[:2]:
        live.observe(page_lines("site", f"{TAGLINE}\n{story}"))
    restored = TemplateMemory(min_stories=3)
    restored.restore("site", live.source_to_bytes("site"))
    for memory in (live, restored):  # one more story: the tagline becomes template in both
        memory.observe(page_lines("site", f"{TAGLINE}\n{STORIES[2]}"))
    assert restored.template_lines("site") == live.template_lines("site") == {"تابع اخر الاخبار لحظه بلحظه"}
    assert restored.source_to_bytes("site") == live.source_to_bytes("site")


def test_source_to_bytes__keeps_only_the_window() -> None:
    memory = TemplateMemory(window=2)
    for story in STORIES:
        memory.observe(page_lines("site", story))
    restored = TemplateMemory(window=2)
    restored.restore("site", memory.source_to_bytes("site"))
    assert restored.source_to_bytes("site") == memory.source_to_bytes("site")
    assert len(restored._memory("site").lines) == 3  # type: ignore[union-attr]  # pages 2..4 of 4


def test_observe__returns_the_sources_it_forgets(monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.text import sidebars

    monkeypatch.setattr(sidebars, "TEMPLATE_MAX_SOURCES", 2)
    memory = TemplateMemory()
    assert [memory.observe(page_lines(source, STORIES[0])) for source in ("a", "b", "a", "c")] == [(), (), (), ("b",)]
    assert memory.sources() == ("a", "c")


@pytest.mark.parametrize(("fields", "source", "expected"), [
    ({"url": "https://www.alwadi.net/news/1"}, "stdin", "host:alwadi.net"),
    ({"outlet_hint": " الأسبوع "}, "feed.jsonl:3", "outlet:الاسبوع"),
    ({}, "/watched/alwadi/page.html", "folder:/watched/alwadi"),
    ({}, "/data/feed.jsonl:12", "folder:/data"),
    ({"url": "http://[broken/"}, "stdin", "stdin"),
])
def test_template_source__host_outlet_folder_or_itself(fields: dict[str, str], source: str, expected: str) -> None:
    assert template_source(raw(STORIES[0], source, **fields)) == expected


def test_articles_and_lines__the_page_observed_under_its_template_source() -> None:
    articles, lines = articles_and_lines(raw(f"{TAGLINE}\n{STORIES[0]}"))
    assert articles[0].paragraphs == (STORIES[0],)
    assert lines.source == "folder:/watched/site" and "تابع اخر الاخبار لحظه بلحظه" in lines.lines


def test_articles_from_page__no_headline_says_so(seeds: dict[str, str]) -> None:
    from agents.text.pages import articles_from_page

    main, appended = articles_from_page(raw(seeds["004"]))
    assert main.title_from_body and main.title.endswith("…")  # seed 004 prints no headline
    assert not appended.title_from_body and appended.title.startswith("ترامب يكشف")
    titled = articles_from_page(raw(seeds["000"]))[0]
    assert not titled.title_from_body


def test_a_template_never_empties_a_page() -> None:
    # A source that republished one short text under many topics taught its memory every line of
    # it: the page is still an article, split as if its source were unknown.
    from agents.text.pages import articles_from_page
    from agents.text.sidebars import page_lines
    from tests.agents.test_agents import raw_item

    text = "\n".join([
        "الكرملين ينفي إجراء مفاوضات بشأن كاراباخ",
        "قال المتحدث باسم الكرملين إن موسكو لم تجر مفاوضات مع واشنطن.",
        "وأضاف أن الاتصالات مع بروكسل لم تتناول الإقليم.",
        "وأكد أن روسيا تتابع الوضع عن كثب.",
    ])
    page = raw_item(text, "page-all-template")
    every_line = frozenset(page_lines("test", text).lines)
    assert len(every_line) == 4  # every line is one the memory can learn

    assert articles_from_page(page, every_line) == articles_from_page(page)


def test_page_lines__the_same_topic_in_every_process() -> None:
    """Workers must learn one template from the same pages, whatever their hash seed."""
    import os
    import subprocess
    import sys

    page = "\n".join(STORIES)  # more terms of the same length than a topic keeps
    script = f"from agents.text.sidebars import page_lines; print(sorted(page_lines('site', {page!r}).topic))"
    topics = {
        subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3")
    }
    assert len(topics) == 1
