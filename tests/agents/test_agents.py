"""Each agent in memory with ``test_context()``: outputs sent, failures rejected, tables used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from unittest.mock import AsyncMock, patch

import pytest

import agents.enrich as enrich_stage
import agents.group as group_stage
from streams import tables
from streams.app import (
    articles_topic,
    by_desk_topic,
    enriched_topic,
    normalized_topic,
    rejected_topic,
    stories_topic,
)
from streams.codec import decode, encode
from streams.records import Article, EnrichedArticle, RawItem, Rejected, StoryUpdate
from streams.worker import app

ARRIVED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def memory_app() -> Iterator[None]:
    """The app (memory:// store already) ready to run, and every table emptied between tests."""
    app.finalize()
    app.flow_control.resume()
    yield
    for table in app.tables.values():
        table.data.clear()
    enrich_stage.seen_pages.discard()
    enrich_stage.templates.discard()
    tables.grouping.discard()


@pytest.fixture()
def sent() -> Iterator[dict[str, AsyncMock]]:
    """Every output topic's send (and the changelogs') replaced by a mock."""
    topics = {
        "articles": articles_topic, "normalized": normalized_topic, "enriched": enriched_topic,
        "by_desk": by_desk_topic, "stories": stories_topic, "rejected": rejected_topic,
    }
    mocks = {name: AsyncMock() for name in topics}
    with patch.object(app.producer, "send", AsyncMock()), patch.object(app.producer, "send_soon", lambda *a, **k: None):
        patches = [patch.object(topic, "send", mocks[name]) for name, topic in topics.items()]
        for p in patches:
            p.start()
        yield mocks
        for p in patches:
            p.stop()


async def until_called(*mocks: AsyncMock, timeout: float = 10.0) -> None:
    import asyncio

    for _ in range(int(timeout / 0.05)):
        if all(m.call_count for m in mocks):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("outputs never sent")


def raw_item(text: str, item_id: str = "page-1") -> RawItem:
    return RawItem(item_id=item_id, source="test", content_type="text", text=text, encoding="utf-8", arrived_at=ARRIVED)


def sent_values(mock: AsyncMock) -> list[bytes]:
    return [call.kwargs["value"] for call in mock.call_args_list]


async def put_pages(*pages: tuple[bytes, bytes], wait_for: tuple[AsyncMock, ...] = ()) -> None:
    async with enrich_stage.split_normalize_enrich.test_context() as agent:
        for key, value in pages:
            await agent.put(key=key, value=value)
        await until_called(*wait_for)  # the batch fills or times out first


async def test_split_normalize_enrich__main_and_appended_to_enriched_and_desk(
    seeds: dict[str, str], sent: dict[str, AsyncMock]
) -> None:
    await put_pages((b"page-1", encode(raw_item(seeds["000"]))), wait_for=(sent["enriched"],))
    enriched = [decode(EnrichedArticle, v) for v in sent_values(sent["enriched"])]
    assert [e.article.parent_id for e in enriched] == [None, "page-1"]
    assert sent["enriched"].call_args_list[0].kwargs["key"] == b"page-1"
    assert enriched[0].outlet == "الأسبوع"
    assert enriched[0].article.match_title  # normalized on the way
    assert enriched[0].embedding is not None and enriched[0].embedding.dims == 512
    desk_call = sent["by_desk"].call_args_list[0].kwargs
    assert desk_call["key"] == b"ar" and desk_call["timestamp"] == enriched[0].published.at.timestamp()
    # the intermediate topics are off by default
    assert sent["articles"].call_count == 0 and sent["normalized"].call_count == 0


async def test_split_normalize_enrich__same_content_twice_is_one_article(seeds: dict[str, str], sent: dict[str, AsyncMock]) -> None:
    page = encode(raw_item(seeds["003"], "page-3"))
    await put_pages((b"page-3", page), (b"page-3", page), wait_for=(sent["enriched"],))
    assert sent["enriched"].call_count == 1


async def test_split_normalize_enrich__bad_input_is_rejected_under_its_stage_and_the_agent_goes_on(
    seeds: dict[str, str], sent: dict[str, AsyncMock]
) -> None:
    await put_pages(
        (b"bad", b"\xff not json"),
        (b"empty", encode(raw_item("اقرأ أيضاً: عنوان\nالمصدر: الأسبوع", "empty"))),
        (b"page-2", encode(raw_item(seeds["002"], "page-2"))),
        wait_for=(sent["enriched"], sent["rejected"]),
    )
    reasons = [decode(Rejected, v) for v in sent_values(sent["rejected"])]
    assert [r.stage for r in reasons] == ["split", "split"]
    assert "not JSON" in reasons[0].reason and reasons[0].original == b"\xff not json"
    assert "no article text" in reasons[1].reason
    assert sent["enriched"].call_count == 2  # the good page after them still went through


async def test_split_normalize_enrich__an_article_failing_enrich_is_rejected_as_enrich(
    seeds: dict[str, str], sent: dict[str, AsyncMock], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.agents.child_killers import FAILS_ENRICH, fail_enrich_on_marker

    monkeypatch.setattr(enrich_stage, "process_in_child", fail_enrich_on_marker)
    await put_pages((FAILS_ENRICH.encode(), encode(raw_item(seeds["000"], FAILS_ENRICH))), wait_for=(sent["rejected"],))
    (rejected,) = [decode(Rejected, v) for v in sent_values(sent["rejected"])]
    assert rejected.stage == "enrich" and rejected.key == FAILS_ENRICH
    assert decode(Article, rejected.original).match_title  # what enrich was given: the normalized article
    (appended,) = [decode(EnrichedArticle, v) for v in sent_values(sent["enriched"])]  # the page's other article
    assert appended.article.parent_id == FAILS_ENRICH


async def test_publish_intermediate__articles_as_split_and_as_normalized(
    seeds: dict[str, str], sent: dict[str, AsyncMock], monkeypatch: pytest.MonkeyPatch
) -> None:
    from streams.settings import Settings

    monkeypatch.setattr(enrich_stage, "settings", Settings(publish_intermediate=True))
    await put_pages((b"page-1", encode(raw_item(seeds["000"]))), wait_for=(sent["enriched"],))
    split, normalized = ([decode(Article, v) for v in sent_values(sent[topic])] for topic in ("articles", "normalized"))
    assert [a.parent_id for a in split] == [None, "page-1"] and not split[0].match_title
    assert [a.article_id for a in normalized] == [a.article_id for a in split] and normalized[0].match_title


async def test_group_into_stories__seeds_000_and_003_one_story(seeds: dict[str, str], sent: dict[str, AsyncMock]) -> None:
    from agents.text.pages import articles_from_page
    from agents.text.placements import placement_from_bytes
    from agents.text.stories import fold
    from agents.text.story_store import GroupingState
    from tests.conftest import enrich_and_embed

    pages = {s: enrich_and_embed(articles_from_page(raw_item(seeds[s], f"page-{s}"))[0]) for s in ("000", "001", "003")}
    async with group_stage.group_into_stories.test_context() as agent:
        for seed in ("000", "001", "003", "003"):  # 003 twice: a re-delivery
            enriched = pages[seed]
            await agent.put(key=b"ar", value=encode(enriched), timestamp=enriched.published.at.timestamp())
    updates = [decode(StoryUpdate, v) for v in sent_values(sent["stories"])]
    assert updates[2].story_id == updates[0].story_id == "story-page-000"
    assert updates[2].version == 2 and updates[2].size == 2
    assert updates[1].story_id == "story-page-001"
    assert updates[3] == updates[2].model_copy(update={"changed_by": updates[3].changed_by})  # nothing changed
    # One durable record per article placed, and the state folded from them is the live one.
    records = [placement_from_bytes(data) for data in tables.placements_table.values()]
    assert sorted((p.article_id, p.story_id, p.position) for p in records) == [
        ("page-000", "story-page-000", 1), ("page-001", "story-page-001", 2), ("page-003", "story-page-000", 3)
    ]
    refolded = GroupingState.folded(records, group_stage.HORIZON, fold)
    assert refolded.stories == tables.grouping.state().stories


BOILERPLATE = "الوادي الإخباري صحيفة مستقلة تصدر عن مؤسسة الوادي للنشر."  # one source's own line: reads as text
STORIES = [
    ("الصحة تسجل إصابات جديدة", "أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة بفيروس كورونا في القاهرة والجيزة خلال الأسبوع الماضي وسط إجراءات وقائية."),
    ("المغرب يفوز على البرتغال", "فاز المنتخب المغربي على نظيره البرتغالي في مباراة ودية أقيمت في الرباط بحضور جماهيري كبير مساء أمس السبت."),
    ("النفط يرتفع بعد قرار أوبك", "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج خلال الربع المقبل من العام الجاري."),
    ("افتتاح معرض الكتاب في مسقط", "افتتح معرض الكتاب الدولي في مسقط بمشاركة مئات دور النشر العربية والأجنبية هذا العام في دورته الجديدة."),
    ("أمطار غزيرة تغرق شوارع الخرطوم", "أغرقت أمطار غزيرة شوارع العاصمة السودانية الخرطوم ليلة أمس وتسببت في انهيار منازل وانقطاع الكهرباء عن أحياء واسعة."),
]


def template_page(story: int, source: str = "/watched/alwadi/page.txt") -> RawItem:
    title, lead = STORIES[story]
    return RawItem(item_id=f"tpl-{source}-{story}", source=source, content_type="text", text=f"{title}\n{lead}\n{BOILERPLATE}",
                   encoding="utf-8", arrived_at=ARRIVED)


async def put_in_turn(sent: dict[str, AsyncMock], *items: RawItem) -> None:
    """Each page once the one before was sent: the memory has counted every page before it."""
    import asyncio

    async with enrich_stage.split_normalize_enrich.test_context() as agent:
        for item in items:
            before = sent["enriched"].call_count + sent["rejected"].call_count
            await agent.put(key=item.item_id.encode(), value=encode(item))
            for _ in range(200):
                if sent["enriched"].call_count + sent["rejected"].call_count > before:
                    break
                await asyncio.sleep(0.05)
            else:
                raise AssertionError(f"{item.item_id} never sent")


async def test_template_memory__a_line_printed_under_many_stories_is_dropped_from_the_next_page(
    sent: dict[str, AsyncMock],
) -> None:
    await put_in_turn(sent, *(template_page(story) for story in range(4)))
    enriched = [decode(EnrichedArticle, v) for v in sent_values(sent["enriched"])]
    assert BOILERPLATE in enriched[0].article.paragraphs  # not known yet: kept as text
    newest = enriched[-1].article  # the fourth story, after three: the line is the source's template
    assert newest.paragraphs == (STORIES[3][1],)
    assert any(s.text == BOILERPLATE for s in newest.sidebars)
    # another source has its own memory
    await put_in_turn(sent, template_page(4, source="/watched/other/page.txt"))
    assert BOILERPLATE in decode(EnrichedArticle, sent_values(sent["enriched"])[-1]).article.paragraphs


async def test_template_memory__a_line_repeated_by_one_storys_pages_is_kept(sent: dict[str, AsyncMock]) -> None:
    story = template_page(0)
    updates = [story.model_copy(update={"item_id": f"update-{n}", "text": f"{story.text}\nتحديث رقم {n}"}) for n in range(5)]
    await put_in_turn(sent, *updates)
    assert all(BOILERPLATE in decode(EnrichedArticle, v).article.paragraphs for v in sent_values(sent["enriched"]))


async def test_template_memory__rides_in_seen_page_records_and_folds_back_within_its_bound(
    sent: dict[str, AsyncMock], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agents.text import sidebars

    monkeypatch.setattr(tables, "TEMPLATE_WRITE_EVERY", 2)
    monkeypatch.setattr(sidebars, "TEMPLATE_MAX_SOURCES", 2)
    await put_in_turn(sent, *(template_page(story) for story in range(4)))
    carried = [record["templates"] for record in tables.seen_pages_table.values() if record.get("templates")]
    assert [sorted(templates) for templates in carried] == [["folder:/watched/alwadi"]] * 2  # after pages 2 and 4
    assert len(tables.seen_pages_table) == 4  # no record of its own: one a page
    expected = {"الوادي الاخباري صحيفه مستقله تصدر عن موسسه الوادي للنشر."}
    folded = tables.WorkerTemplates()
    assert folded.template_lines(0, "folder:/watched/alwadi") == expected  # folded from the seen-pages records
    # two more sources, two pages each: the oldest one is forgotten, live and when folded again
    await put_in_turn(sent, *(template_page(story, source=f"/watched/{name}/p.txt") for name in ("b", "c") for story in (0, 1)))
    assert enrich_stage.templates.template_lines(0, "folder:/watched/alwadi") == frozenset()
    folded = tables.WorkerTemplates()
    assert folded.template_lines(0, "folder:/watched/alwadi") == frozenset()


async def test_split_normalize_enrich__a_record_over_the_producers_limit_rejects_its_page_and_the_agent_goes_on(
    seeds: dict[str, str], sent: dict[str, AsyncMock]
) -> None:
    from aiokafka.errors import MessageSizeTooLargeError
    from faust.exceptions import ProducerSendError

    async def refuse_page_1(*, key: bytes, value: bytes, timestamp: float | None = None) -> None:
        if key == b"page-1":  # as Faust's producer reports aiokafka refusing a record over its limit
            try:
                raise MessageSizeTooLargeError("the message is too large")
            except MessageSizeTooLargeError as exc:
                raise ProducerSendError(f"Error while sending: {exc!r}") from exc

    sent["enriched"].side_effect = refuse_page_1
    await put_pages(
        (b"page-1", encode(raw_item(seeds["000"]))), (b"page-2", encode(raw_item(seeds["002"], "page-2"))),
        wait_for=(sent["rejected"], sent["by_desk"]),
    )
    (rejected,) = [decode(Rejected, v) for v in sent_values(sent["rejected"])]
    assert (rejected.stage, rejected.key, rejected.error_type) == ("enrich", "page-1", "RecordTooLargeError")
    assert "over the producer's size limit" in rejected.reason
    assert decode(RawItem, rejected.original).item_id == "page-1"  # the page itself, for a replay
    assert b"page-2" in [call.kwargs["key"] for call in sent["enriched"].call_args_list]  # the next page went through
