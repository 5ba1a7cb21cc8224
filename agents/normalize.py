"""Normalize stage: add the matching form of title and body to each article."""

from __future__ import annotations

from agents.text.pages import normalize_article
from streams.app import app, articles_topic, normalized_topic, rejected_topic
from streams.codec import decode, encode
from streams.records import Article
from streams.stage import Output, run_stage


def normalize_message(key: bytes | None, value: bytes) -> list[Output]:
    article = normalize_article(decode(Article, value))
    return [Output(normalized_topic, article.article_id.encode(), encode(article), article.arrived_at)]


@app.agent(articles_topic)
async def normalize_text(stream):  # type: ignore[no-untyped-def]
    await run_stage(stream, "normalize", normalize_message, rejected_topic)
