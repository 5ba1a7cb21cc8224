"""Enrich stage: language, time, outlet, tags, entities, quotes, embedding; then route to the desk."""

from __future__ import annotations

import asyncio

from agents.text.embedding import MODEL_NAME, embed, embedding_text
from agents.text.enrichment import enrich
from streams.app import app, by_desk_topic, enriched_topic, normalized_topic, rejected_topic
from streams.codec import decode, encode
from streams.records import Article, EnrichedArticle
from streams.stage import Output, run_batched_stage

# Embeddings cost ~8 ms an article and batch well; a batch waits at most this long to fill,
# which bounds the latency it adds at a slow live rate.
BATCH_SIZE = 32
BATCH_WITHIN_S = 0.2


def enrich_batch(pairs: list[tuple[bytes | None, bytes]]) -> list[list[Output] | BaseException]:
    """Runs in a worker thread: the pure enrichment of each article, then one embedding call."""
    enriched: list[EnrichedArticle | BaseException] = []
    for _key, value in pairs:
        try:
            enriched.append(enrich(decode(Article, value)))
        except Exception as exc:  # noqa: BLE001 - one bad article rejects only itself
            enriched.append(exc)
    good = [e for e in enriched if isinstance(e, EnrichedArticle)]
    vectors = embed([embedding_text(e.article.title, e.article.paragraphs) for e in good])
    by_id = {e.article_id: v for e, v in zip(good, vectors, strict=True)}
    return [
        item if isinstance(item, BaseException) else _outputs(item.model_copy(update={"embedding": by_id[item.article_id], "embedding_model": MODEL_NAME}))
        for item in enriched
    ]


def _outputs(enriched: EnrichedArticle) -> list[Output]:
    data, when = encode(enriched), enriched.published.at
    return [
        Output(enriched_topic, enriched.article_id.encode(), data, when),
        Output(by_desk_topic, enriched.desk.encode(), data, when),  # one desk, one partition, in order
    ]


async def enrich_off_the_loop(pairs: list[tuple[bytes | None, bytes]]) -> list[list[Output] | BaseException]:
    return await asyncio.get_running_loop().run_in_executor(None, enrich_batch, pairs)


@app.agent(normalized_topic)
async def enrich_article(stream):  # type: ignore[no-untyped-def]
    await run_batched_stage(stream, "enrich", enrich_off_the_loop, rejected_topic, BATCH_SIZE, BATCH_WITHIN_S)
