"""Split, normalize and enrich: raw pages in, enriched articles out to their topic and their desk.

One hop for the three per-article stages: they are pure functions, called in sequence in child
processes that hold the models (agents/text/enrich_batch.py), so the event loop only moves bytes,
checks which pages it has seen, and sends. Batches of up to BATCH_SIZE pages amortise the
embedding call and the hand-over, shared between the children. Each page goes with its source's
template lines, as that raw partition's template memory holds them, and the page comes back
observed, for the memory to count in order (streams/tables.py WorkerTemplates). A failure lands on the rejected
topic under the stage it happened in (split, normalize, enrich). With
STORYWIRE_PUBLISH_INTERMEDIATE the articles as split and as normalized are published too.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from agents.text.enrich_batch import (
    BatchResult,
    EnrichedRecord,
    PageOutcome,
    PageWork,
    StageError,
    process_pages,
    start_child,
)
from agents.text.pages import template_source
from agents.text.sidebars import PageLines
from streams.app import (
    app,
    articles_topic,
    by_desk_topic,
    enriched_topic,
    normalized_topic,
    raw_topic,
    rejected_topic,
    settings,
)
from streams.codec import decode
from streams.crash_points import crash_point
from streams.logs import log
from streams.metrics import counted, observed
from streams.records import RawItem
from streams.stage import Message, Output, Rejection, StageFailure, run_batched_stage
from streams.tables import SeenPages, WorkerTemplates

# A batch waits at most BATCH_WITHIN_S to fill, which bounds the latency it adds at a slow live rate.
BATCH_SIZE = 32
BATCH_WITHIN_S = 0.05
STAGES = ("split", "normalize", "enrich")

seen_pages = SeenPages()
templates = WorkerTemplates()
_pool: ProcessPoolExecutor | None = None
# What a child runs on each batch; a module attribute so a test can make a child die.
process_in_child = process_pages


class PageTooLargeError(ValueError):
    """The page is over STORYWIRE_MAX_PAGE_BYTES."""


class PageDone(NamedTuple):
    """A page's work: what to send or reject, and the page as its template memory observes it."""

    outcome: PageOutcome
    lines: PageLines | None = None


def child_processes() -> int:
    """STORYWIRE_ENRICH_PROCESSES, or one per core less the one the event loop needs."""
    return settings.enrich_processes or max(1, (os.cpu_count() or 1) - 1)


def _pool_of_children() -> ProcessPoolExecutor:
    """The children, started on first use (spawn: never fork a running loop)."""
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(
            max_workers=child_processes(), mp_context=multiprocessing.get_context("spawn"),
            initializer=start_child, initargs=(os.getpid(),),
        )
    return _pool


async def work(messages: list[Message]) -> list[PageDone]:
    """Each raw page split (its source's template lines dropped), normalized and enriched in the
    children; a page refused before (too large, unreadable) with its error. Which pages were seen
    before is decided at delivery, in order: a page repeated within the pages in flight is worked
    on, then dropped. The template lines are the memory's when the page is sent: pages still in
    flight are not in it yet."""
    done: list[PageDone | None] = [None] * len(messages)
    pages: list[tuple[int, PageWork]] = []
    looked_up: dict[tuple[int, str], frozenset[str]] = {}  # one set a source: pickled once a child's share
    for number, message in enumerate(messages):
        try:
            page_id = _page_id(message.key, message.value)
        except ValueError as exc:
            key = message.key.decode("utf-8", "replace") if message.key else None
            done[number] = PageDone([StageError("split", type(exc).__name__, str(exc), key, message.value)])
            continue
        template: frozenset[str] = frozenset()
        if (source := _source_of(message.value)) is not None:
            where = (message.partition, source)
            if where not in looked_up:
                looked_up[where] = templates.template_lines(*where)
            template = looked_up[where]
        pages.append((number, PageWork(page_id, message.value, template)))
    results = await _in_children([page for _n, page in pages])
    crash_point("enrich.enriched")
    for (number, _page), result in zip(pages, results, strict=True):
        done[number] = result
    return [result or PageDone([]) for result in done]


def deliver(message: Message, done: PageDone) -> list[Output | Rejection]:
    """What to send for one page, its turn come: nothing if it was seen before (in another
    record). A page split for the first time is counted in its source's template memory."""
    outcome = done.outcome
    if not _refused(outcome) and seen_pages.is_repeat(_page_id(message.key, message.value), message.offset):
        return []  # the same content again: its articles are already downstream
    if done.lines is not None:
        templates.observe(message.partition, done.lines)
    return [sent for item in outcome for sent in _to_send(item)]


def _refused(outcome: PageOutcome) -> bool:
    return len(outcome) == 1 and isinstance(outcome[0], StageError) and outcome[0].stage == "split"


def mark_seen(message: Message) -> None:
    """After a page's articles are sent: a crash before this re-delivers it, and it is split again.
    The record carries the template memories due for its partition."""
    seen_pages.add(_page_id(message.key, message.value), message.partition, message.offset,
                   templates.take_unwritten(message.partition))


def _source_of(value: bytes) -> str | None:
    """The page's template source; None when it does not decode (its child says why)."""
    try:
        return template_source(decode(RawItem, value))
    except ValueError:
        return None


def _page_id(key: bytes | None, value: bytes) -> str:
    if len(value) > settings.max_page_bytes:
        raise PageTooLargeError(f"page is {len(value)} bytes, over the {settings.max_page_bytes} byte limit")
    return key.decode("utf-8", "replace") if key else decode(RawItem, value).item_id


async def _in_children(pages: list[PageWork]) -> list[PageDone]:
    """The pages shared between the children, in order."""
    if not pages:
        return []
    shares = _shares(pages, child_processes())
    try:
        results = await asyncio.gather(*(_in_child(share) for share in shares))
    except BrokenProcessPool:  # a child died (out of memory, killed): find the page that did it
        log.warning("enrich.child_died", batch=len(pages))
        _drop_pool()
        results = [await _one_in_child(page) for page in pages]
    for result in results:
        _observe(result)
    return [
        PageDone(outcome, lines)
        for result in results
        for outcome, lines in zip(result.pages, result.lines or [None] * len(result.pages), strict=True)
    ]


def _shares(pages: list[PageWork], children: int) -> list[list[PageWork]]:
    size = -(-len(pages) // children)
    return [pages[start : start + size] for start in range(0, len(pages), size)]


async def _in_child(pages: list[PageWork]) -> BatchResult:
    return await asyncio.get_running_loop().run_in_executor(
        _pool_of_children(), process_in_child, pages, settings.publish_embedding, settings.publish_intermediate
    )


async def _one_in_child(page: PageWork) -> BatchResult:
    """One page in a fresh child; if it kills that one too, it alone is rejected."""
    try:
        return await _in_child([page])
    except BrokenProcessPool:
        _drop_pool()
        return BatchResult(pages=[[StageError(
            "enrich", "EnrichProcessDied", "the enrich process died on this page (out of memory or killed)",
            page.key, page.value,
        )]])


async def start_children() -> None:
    """Spawn the children and load their models while the worker joins its group, not on the
    first live page (seconds of latency for the first pages otherwise)."""
    try:
        await asyncio.gather(*(_in_child([]) for _ in range(child_processes())))
    except BrokenProcessPool:  # the first batch will start others
        log.warning("enrich.child_died", batch=0)
        _drop_pool()


def _drop_pool() -> None:
    global _pool
    _pool = None


def _observe(result: BatchResult) -> None:
    for stage in STAGES:
        embedding = result.stage_seconds["embed"] if stage == "enrich" else 0.0  # one call for the batch
        observed(stage, result.stage_seconds[stage] + embedding, result.stage_counts[stage])
    counted("split", "processed", sum(1 for page in result.pages if not _failed_at("split", page)))
    for stage in ("normalize", "enrich"):
        counted(stage, "processed", sum(1 for page in result.pages for item in page if isinstance(item, EnrichedRecord)))


def _failed_at(stage: str, page: list[EnrichedRecord | StageError]) -> bool:
    return any(isinstance(item, StageError) and item.stage == stage for item in page)


def _to_send(item: EnrichedRecord | StageError) -> list[Output | Rejection]:
    if isinstance(item, StageError):
        key = item.key.encode() if item.key is not None else None
        return [Rejection(item.stage, StageFailure(item.error_type, item.message), key, item.original)]
    return list(_outputs(item))


def _outputs(record: EnrichedRecord) -> list[Output]:
    key = record.article_id.encode()
    intermediate = [] if record.split_data is None or record.normalized_data is None else [
        Output(articles_topic, key, record.split_data, record.arrived_at),
        Output(normalized_topic, key, record.normalized_data, record.arrived_at),
    ]
    return [
        *intermediate,
        Output(enriched_topic, key, record.published_data, record.published_at),
        Output(by_desk_topic, record.desk.encode(), record.data, record.published_at),  # one desk, one partition, in order
    ]


@app.agent(raw_topic)
async def split_normalize_enrich(stream):  # type: ignore[no-untyped-def]
    await start_children()
    await run_batched_stage(stream, "enrich", work, deliver, rejected_topic, BATCH_SIZE, BATCH_WITHIN_S,
                            after_send=mark_seen)
