"""The enrich stage's work on a batch of encoded articles, picklable in and out.

The worker runs this in a child process (agents/enrich.py): enrichment and embeddings are
pure-Python and numpy work that, in a thread, held the GIL the event loop needs for every
Kafka request, and the loop then spent most of its time waiting for it.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from threadpoolctl import threadpool_limits

from agents.text.embedding import embed, embedding_text
from agents.text.enrichment import enrich
from streams.codec import decode, encode
from streams.records import Article, Embedding, EnrichedArticle


@dataclass(frozen=True)
class EnrichedRecord:
    """One enriched article, encoded, with what routing it needs."""

    article_id: str
    desk: str
    published_at: datetime
    data: bytes  # the whole record, for the desk topic (the group stage needs the embedding)
    published_data: bytes  # for the enriched topic: ``data`` itself, or without the embedding


@dataclass(frozen=True)
class EnrichFailure:
    """Why one article could not be enriched (exceptions do not all survive pickling)."""

    error_type: str
    message: str


def enrich_encoded(values: list[bytes], publish_embedding: bool = True) -> list[EnrichedRecord | EnrichFailure]:
    """Decode and enrich each article, embed the good ones in one call, encode them (for the
    enriched topic without the embedding unless ``publish_embedding``)."""
    enriched: list[EnrichedArticle | EnrichFailure] = []
    for value in values:
        try:
            enriched.append(enrich(decode(Article, value)))
        except Exception as exc:  # noqa: BLE001 - one bad article fails only itself
            enriched.append(EnrichFailure(type(exc).__name__, str(exc)))
    good = [e for e in enriched if isinstance(e, EnrichedArticle)]
    vectors = embed([embedding_text(e.article.title, e.article.paragraphs) for e in good])
    by_id = {e.article_id: v for e, v in zip(good, vectors, strict=True)}
    return [
        item if isinstance(item, EnrichFailure) else _record(item, by_id[item.article_id], publish_embedding)
        for item in enriched
    ]


def start_child(parent_pid: int) -> None:
    """Pool initializer: leave with the worker, one BLAS thread, then warm up."""
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    # The worker's event loop needs the other core; a second BLAS thread also costs more CPU
    # than it saves (640 ANT texts: 9.6 ms of CPU a text with 2 threads, 6.5 with 1).
    threadpool_limits(limits=1)
    warm_up()


def _exit_when_orphaned(parent_pid: int) -> None:
    # A SIGKILLed worker cannot stop its pool, and an orphan would hold ~500 MB for nothing.
    while os.getppid() == parent_pid:
        time.sleep(1.0)
    os._exit(0)


def warm_up() -> None:
    """Load the model, gazetteer and word lists before the first batch."""
    sample = Article(
        article_id="warm-up", raw_id="warm-up", source="warm-up", content_type="text", title="تجربة",
        paragraphs=("قال الرئيس إن التجربة نجحت.",), arrived_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    enrich_encoded([encode(sample)])


def _record(article: EnrichedArticle, embedding: Embedding, publish_embedding: bool) -> EnrichedRecord:
    full = article.model_copy(update={"embedding": embedding})
    data = encode(full)
    published = data if publish_embedding else encode(article)  # ``article`` has no embedding yet
    return EnrichedRecord(full.article_id, full.desk, full.published.at, data, published)
