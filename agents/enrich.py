"""Enrich stage: language, time, outlet, tags, entities, quotes; then route to the desk."""

from __future__ import annotations

from agents.text.enrichment import enrich
from streams.app import app, by_desk_topic, enriched_topic, normalized_topic, rejected_topic
from streams.codec import decode, encode
from streams.records import Article
from streams.stage import Output, run_stage


def enrich_message(key: bytes | None, value: bytes) -> list[Output]:
    enriched = enrich(decode(Article, value))
    data, when = encode(enriched), enriched.published.at
    return [
        Output(enriched_topic, enriched.article_id.encode(), data, when),
        Output(by_desk_topic, enriched.desk.encode(), data, when),  # one desk, one partition, in order
    ]


@app.agent(normalized_topic)
async def enrich_article(stream):  # type: ignore[no-untyped-def]
    await run_stage(stream, "enrich", enrich_message, rejected_topic)
