"""The enrich children: a page that kills one is rejected alone (its batch goes on), and what
is sent where with the embedding left off the enriched topic."""

from __future__ import annotations

import pytest

import agents.enrich as enrich_stage
from streams.codec import decode, encode
from streams.records import DeskArticle, EnrichedArticle, Rejected
from streams.settings import Settings
from streams.stage import Message, Output, Rejection
from tests.agents.child_killers import POISON, die_on_poison

from .test_agents import memory_app, raw_item  # noqa: F401  (the fixture empties the tables after each test)


async def sent_for(messages: list[Message]) -> list[list[Output | Rejection]]:
    """What the stage sends for each message: the children's work, then its delivery."""
    outcomes = await enrich_stage.work(messages)
    return [enrich_stage.deliver(message, outcome) for message, outcome in zip(messages, outcomes, strict=True)]


def outputs_of(items: list[Output | Rejection]) -> list[Output]:
    assert all(isinstance(item, Output) for item in items)
    return [item for item in items if isinstance(item, Output)]


async def test_a_page_that_kills_the_child_is_rejected_alone(seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enrich_stage, "process_in_child", die_on_poison)
    good = [encode(raw_item(seeds["000"], f"page-{n}")) for n in range(3)]

    messages = [Message(b"page-0", good[0]), Message(b"p", POISON), Message(b"page-2", good[2])]
    before, poisoned, after = await sent_for(messages)

    (rejection,) = poisoned
    assert isinstance(rejection, Rejection) and rejection.error.error_type == "EnrichProcessDied"  # type: ignore[attr-defined]
    assert rejection.value == POISON
    for items in (before, after):
        assert decode(EnrichedArticle, outputs_of(items)[0].value).article.title
    # and the next batch gets working children again
    (again,) = await sent_for([Message(b"page-1", good[1])])
    assert outputs_of(again)


async def test_publish_embedding_off__enriched_without_it_desk_with_it(seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enrich_stage, "settings", Settings(publish_embedding=False))

    (items,) = await sent_for([Message(b"page-1", encode(raw_item(seeds["001"])))])

    published = decode(EnrichedArticle, outputs_of(items)[0].value)
    for_desk = decode(DeskArticle, outputs_of(items)[1].value)
    assert outputs_of(items)[0].topic is enrich_stage.enriched_topic and published.embedding is None
    assert outputs_of(items)[1].topic is enrich_stage.by_desk_topic and for_desk.embedding is not None
    assert for_desk.article_id == published.article_id and for_desk.title == published.article.title


def test_rejected_records_keep_the_stage_name() -> None:
    assert Rejected.model_fields["stage"]  # the stage a rejection names is one of the three
    assert enrich_stage.STAGES == ("split", "normalize", "enrich")
