"""Enrich stage: language, time, outlet, tags, entities, quotes, embedding; then route to the desk.

The work runs in a child process (agents/text/enrich_batch.py), so the event loop keeps the
GIL for the other stages and for Kafka; batches of up to BATCH_SIZE amortise the embedding
call and the hand-over.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from agents.text.enrich_batch import EnrichedRecord, EnrichFailure, enrich_encoded, start_child
from streams.app import (
    app,
    by_desk_topic,
    enriched_topic,
    normalized_topic,
    rejected_topic,
    settings,
)
from streams.crash_points import crash_point
from streams.logs import log
from streams.stage import Output, StageFailure, run_batched_stage

# A batch waits at most BATCH_WITHIN_S to fill, which bounds the latency it adds at a slow live rate.
BATCH_SIZE = 32
BATCH_WITHIN_S = 0.05

_pool: ProcessPoolExecutor | None = None
# What the child runs on each batch; a module attribute so a test can make a child die.
enrich_in_process = enrich_encoded


def _enrich_pool() -> ProcessPoolExecutor:
    """One child process per worker, started on first use (spawn: never fork a running loop)."""
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=start_child, initargs=(os.getpid(),)
        )
    return _pool


async def enrich_in_child(pairs: list[tuple[bytes | None, bytes]]) -> list[list[Output] | BaseException]:
    values = [value for _key, value in pairs]
    try:
        results = await _in_child(values)
    except BrokenProcessPool:  # the child died (out of memory, killed): find the article that did it
        log.warning("enrich.child_died", batch=len(values))
        _drop_pool()
        results = [await _one_in_child(value) for value in values]
    crash_point("enrich.enriched")
    return [_outputs(r) if isinstance(r, EnrichedRecord) else _failure(r) for r in results]


async def _in_child(values: list[bytes]) -> list[EnrichedRecord | EnrichFailure]:
    return await asyncio.get_running_loop().run_in_executor(
        _enrich_pool(), enrich_in_process, values, settings.publish_embedding
    )


async def _one_in_child(value: bytes) -> EnrichedRecord | EnrichFailure:
    """One article in a fresh child; if it kills that one too, it alone is rejected."""
    try:
        (result,) = await _in_child([value])
    except BrokenProcessPool:
        _drop_pool()
        return EnrichFailure("EnrichProcessDied", "the enrich process died on this article (out of memory or killed)")
    return result


async def _start_child() -> None:
    """Spawn the child and load its model while the worker joins its group, not on the first
    live article (seconds of latency for the first pages otherwise)."""
    try:
        await _in_child([])
    except BrokenProcessPool:  # the first batch will start another one
        log.warning("enrich.child_died", batch=0)
        _drop_pool()


def _drop_pool() -> None:
    global _pool
    _pool = None


def _outputs(record: EnrichedRecord) -> list[Output]:
    return [
        Output(enriched_topic, record.article_id.encode(), record.published_data, record.published_at),
        Output(by_desk_topic, record.desk.encode(), record.data, record.published_at),  # one desk, one partition, in order
    ]


def _failure(failure: EnrichFailure) -> StageFailure:
    return StageFailure(failure.error_type, failure.message)


@app.agent(normalized_topic)
async def enrich_article(stream):  # type: ignore[no-untyped-def]
    await _start_child()
    await run_batched_stage(stream, "enrich", enrich_in_child, rejected_topic, BATCH_SIZE, BATCH_WITHIN_S)
