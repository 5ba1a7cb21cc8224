"""The enrich child: an article that kills it is rejected alone (its batch goes on), and what
it sends where with the embedding left off the enriched topic."""

from __future__ import annotations

import pytest

import agents.enrich as enrich_stage
from agents.text.pages import articles_from_page
from streams.codec import decode, encode
from streams.records import EnrichedArticle
from streams.settings import Settings
from streams.stage import StageFailure
from tests.agents.child_killers import POISON, die_on_poison

from .test_agents import raw_item


async def test_an_article_that_kills_the_child_is_rejected_alone(seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enrich_stage, "enrich_in_process", die_on_poison)
    good = encode(articles_from_page(raw_item(seeds["000"]))[0])

    before, poisoned, after = await enrich_stage.enrich_in_child([(b"a", good), (b"p", POISON), (b"b", good)])

    assert isinstance(poisoned, StageFailure) and poisoned.error_type == "EnrichProcessDied"
    for outputs in (before, after):
        assert not isinstance(outputs, BaseException)
        assert decode(EnrichedArticle, outputs[0].value).article.title == articles_from_page(raw_item(seeds["000"]))[0].title
    # and the next batch gets a working child again
    (again,) = await enrich_stage.enrich_in_child([(b"c", good)])
    assert not isinstance(again, BaseException)


async def test_publish_embedding_off__enriched_without_it_desk_with_it(seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enrich_stage, "settings", Settings(publish_embedding=False))
    article = encode(articles_from_page(raw_item(seeds["000"]))[0])

    (outputs,) = await enrich_stage.enrich_in_child([(b"a", article)])

    assert not isinstance(outputs, BaseException)
    published, for_desk = (decode(EnrichedArticle, o.value) for o in outputs)
    assert outputs[0].topic is enrich_stage.enriched_topic and published.embedding is None
    assert outputs[1].topic is enrich_stage.by_desk_topic and for_desk.embedding is not None
    assert published == for_desk.model_copy(update={"embedding": None})
