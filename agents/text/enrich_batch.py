"""The per-article work on raw pages: split, normalize, enrich, embed, grouping features; picklable.

The worker runs this in its child processes (agents/enrich.py), so its event loop only moves
bytes: enrichment and embeddings are pure-Python and numpy work that, in a thread, held the GIL
the loop needs for every Kafka request. The three stages are pure functions called in sequence;
a failure is reported under the stage it happened in, with what that stage was given.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

from threadpoolctl import threadpool_limits

from agents.text.embedding import embed, embedding_text
from agents.text.enrichment import enrich
from agents.text.normalization import bound_word_memos
from agents.text.pages import articles_and_lines, normalize_article
from agents.text.sidebars import PageLines
from agents.text.stories import desk_article_of
from streams.codec import decode, encode
from streams.records import Article, Embedding, EnrichedArticle, RawItem


@dataclass(frozen=True)
class EnrichedRecord:
    """One enriched article, encoded, with what routing it needs."""

    article_id: str
    desk: str
    published_at: datetime
    data: bytes  # its grouping features (a DeskArticle), for the desk topic
    published_data: bytes  # the whole record, for the enriched topic (with or without the embedding)
    split_data: bytes | None = None  # the article as split and as normalized, when those are published too
    normalized_data: bytes | None = None
    arrived_at: datetime | None = None


@dataclass(frozen=True)
class StageError:
    """Why a page or one of its articles stopped at ``stage`` (exceptions do not all survive
    pickling), with what that stage was given, for the rejected topic."""

    stage: str
    error_type: str
    message: str
    key: str | None
    original: bytes


PageOutcome = list[EnrichedRecord | StageError]


class PageWork(NamedTuple):
    """One raw page for a child: its key, its bytes, and the template lines of its source (what
    the worker's template memory holds for it when the page is sent: see sidebars.TemplateMemory)."""

    key: str
    value: bytes
    template: frozenset[str] = frozenset()


@dataclass
class BatchResult:
    """Per page, its articles' records and errors in page order, and the page as the template
    memory observes it (None when it did not split); and the seconds each stage took."""

    pages: list[PageOutcome]
    lines: list[PageLines | None] = field(default_factory=list)
    stage_seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    stage_counts: Counter[str] = field(default_factory=Counter)


@dataclass
class _Clock:
    result: BatchResult

    def time(self, stage: str, started: float) -> None:
        self.result.stage_seconds[stage] += time.perf_counter() - started
        self.result.stage_counts[stage] += 1


def process_pages(pages: list[PageWork], publish_embedding: bool = True,
                  publish_intermediate: bool = False) -> BatchResult:
    """Split each raw page (its source's template lines dropped), normalize and enrich its
    articles, embed the good ones in one call and encode them."""
    bound_word_memos()
    result = BatchResult(pages=[])
    clock = _Clock(result)
    enriched: list[list[EnrichedArticle | StageError]] = []
    split_of: dict[str, tuple[bytes | None, bytes | None]] = {}
    for work in pages:
        outcome, lines = _page(work, clock, split_of, publish_intermediate)
        enriched.append(outcome)
        result.lines.append(lines)
    good = [item for page in enriched for item in page if isinstance(item, EnrichedArticle)]
    started = time.perf_counter()
    vectors = embed([embedding_text(e.article.title, e.article.paragraphs) for e in good])
    if good:
        clock.time("embed", started)
    by_id = dict(zip((e.article_id for e in good), vectors, strict=True))
    for page in enriched:
        result.pages.append([
            item if isinstance(item, StageError)
            else _record(item, by_id[item.article_id], publish_embedding, split_of.get(item.article_id))
            for item in page
        ])
    return result


def _page(page: PageWork, clock: _Clock, split_of: dict[str, tuple[bytes | None, bytes | None]],
          publish_intermediate: bool) -> tuple[list[EnrichedArticle | StageError], PageLines | None]:
    started = time.perf_counter()
    try:
        articles, lines = articles_and_lines(decode(RawItem, page.value), page.template)
    except Exception as exc:  # noqa: BLE001 - one bad page fails only itself
        return [StageError("split", type(exc).__name__, str(exc), page.key, page.value)], None
    finally:
        clock.time("split", started)
    outcome: list[EnrichedArticle | StageError] = []
    for article in articles:
        outcome.append(_article(article, clock, split_of, publish_intermediate))
    return outcome, lines


def _article(article: Article, clock: _Clock, split_of: dict[str, tuple[bytes | None, bytes | None]],
             publish_intermediate: bool) -> EnrichedArticle | StageError:
    started = time.perf_counter()
    try:
        normalized = normalize_article(article)
    except Exception as exc:  # noqa: BLE001
        return StageError("normalize", type(exc).__name__, str(exc), article.article_id, encode(article))
    finally:
        clock.time("normalize", started)
    if publish_intermediate:
        split_of[article.article_id] = (encode(article), encode(normalized))
    started = time.perf_counter()
    try:
        return enrich(normalized)
    except Exception as exc:  # noqa: BLE001
        return StageError("enrich", type(exc).__name__, str(exc), article.article_id, encode(normalized))
    finally:
        clock.time("enrich", started)


def start_child(parent_pid: int) -> None:
    """Pool initializer: leave with the worker, one BLAS thread, then warm up."""
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    # The worker's event loop needs a core; a second BLAS thread also costs more CPU than it
    # saves (docs/speed.md).
    threadpool_limits(limits=1)
    warm_up()


def _exit_when_orphaned(parent_pid: int) -> None:
    # A SIGKILLed worker cannot stop its pool, and an orphan would hold its models for nothing.
    while os.getppid() == parent_pid:
        time.sleep(1.0)
    os._exit(0)


def warm_up() -> None:
    """Load the model, gazetteer and word lists before the first batch, then set them aside
    from the garbage collector (``set_aside_from_collector``)."""
    sample = RawItem(
        item_id="warm-up", source="warm-up", content_type="text", encoding="utf-8",
        text="تجربة\nقال الرئيس إن التجربة نجحت في اختبار النظام الجديد اليوم.",
        arrived_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    process_pages([PageWork("warm-up", encode(sample))])
    set_aside_from_collector()


def set_aside_from_collector() -> None:
    """Exempt every object alive now from the cyclic garbage collector's later passes.

    What is loaded by now lives as long as the process: models, word lists, lookup tables and
    the word memos (``lru_cache``). A full collection walks all of it, through each memo to every
    entry, and the memos' growth brings one each time the tracked heap grows by a quarter.
    Frozen, a collection walks only the objects made after. Garbage first, so none is kept.
    The memos keep growing after: collections are made rarer (``COLLECTOR_THRESHOLDS``), since
    each page leaves thousands of short-lived containers and the young generation filled every
    few dozen pages."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


# The young generation collected every 10,000 net container allocations (Python's default: 700),
# an older one every 20, the oldest every 50 of those: collections become rare, not skipped.
COLLECTOR_THRESHOLDS = (10_000, 20, 50)


def _record(article: EnrichedArticle, embedding: Embedding, publish_embedding: bool,
            intermediate: tuple[bytes | None, bytes | None] | None) -> EnrichedRecord:
    full = article.model_copy(update={"embedding": embedding})
    data = encode(desk_article_of(full))
    published = encode(full if publish_embedding else article)  # ``article`` has no embedding yet
    split_data, normalized_data = intermediate or (None, None)
    return EnrichedRecord(full.article_id, full.desk, full.published.at, data, published,
                          split_data, normalized_data, full.article.arrived_at)
