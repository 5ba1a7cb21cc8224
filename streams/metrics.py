"""Prometheus metrics of the worker, served at /metrics by its web server.

Per stage: messages processed and rejected and the processing time; every stage's series exist
from start, at 0, so an alert on ``rate(...{outcome="rejected"}[5m])`` has data before the first
rejection. Per partition of a topic the worker's own agents read (and only those): the lag,
records on the partition not yet processed and committed, computed when scraped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

# What generate_latest writes. prometheus_client's CONTENT_TYPE_LATEST now names text format
# 1.0.0, which this body is not declared in; 0.0.4 is what every Prometheus version scrapes.
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
STAGES = ("split", "normalize", "enrich", "group")  # the agents' stage names (a unit test reads them)
OUTCOMES = ("processed", "rejected")
# Budget for asking the consumer for positions and the broker for end offsets during a scrape:
# well under Prometheus' default 10 s scrape timeout; past it, the last fetched high watermarks serve.
OFFSETS_TIMEOUT_S = 2.0

REGISTRY = CollectorRegistry()
MESSAGES = Counter("storywire_messages", "Messages handled per stage, by outcome", ["stage", "outcome"], registry=REGISTRY)
STAGE_SECONDS = Histogram(
    "storywire_stage_seconds", "Processing time of one message per stage", ["stage"], registry=REGISTRY,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
LAG = Gauge(
    "storywire_consumer_lag", "Records not yet processed and committed, per partition of a topic the agents read",
    ["topic", "partition"], registry=REGISTRY,
)
STORIES_HELD = Gauge("storywire_stories_held", "Stories in this worker's story table", registry=REGISTRY)

for _stage in STAGES:
    STAGE_SECONDS.labels(_stage)
    for _outcome in OUTCOMES:
        MESSAGES.labels(_stage, _outcome)


@contextmanager
def timed(stage: str, messages: int = 1) -> Iterator[None]:
    """Observe the time of a block that handles ``messages`` messages, per message."""
    started = time.perf_counter()
    try:
        yield
    finally:
        elapsed = (time.perf_counter() - started) / max(messages, 1)
        for _ in range(messages):
            STAGE_SECONDS.labels(stage).observe(elapsed)


def observed(stage: str, seconds: float, messages: int) -> None:
    """Observe ``seconds`` spent (elsewhere, e.g. in a child process) on ``messages`` messages."""
    for _ in range(messages):
        STAGE_SECONDS.labels(stage).observe(seconds / messages)


def counted(stage: str, outcome: str, messages: int = 1) -> None:
    MESSAGES.labels(stage, outcome).inc(messages)


@dataclass(frozen=True)
class PartitionOffsets:
    """What the worker knows of one partition it reads; offsets are the next one to read."""

    highwater: int | None  # the partition's end (last stable offset under transactions); None: unknown
    committed: int | None  # after the last record processed and committed; None: nothing committed
    position: int | None  # the Kafka client's: everything before it was handed to the streams
    pending: bool  # records handed to the streams and not yet committed


def partition_lag(offsets: PartitionOffsets) -> int | None:
    """Records on the partition not yet processed and committed; None when the end is unknown.

    Counted from the committed offset, as Kafka's own tools count a group's lag, except when
    the client has handed over everything up to the end and all of it is committed: then it is
    0, since what lies between the committed offset and the end can only be transaction
    markers, which are no records (under exactly_once every transactional write ends with one).
    """
    if offsets.highwater is None:
        return None
    if not offsets.pending and offsets.position is not None and offsets.position >= offsets.highwater:
        return 0
    return max(0, offsets.highwater - max(offsets.committed or 0, 0))


def source_topics(app: Any) -> frozenset[str]:
    """The topics the app's agents read: where lag means work waiting for this worker. Its
    tables' changelogs are written by the worker and read only to restore, so a lag there
    (their end minus an offset never advanced) says nothing an operator can act on."""
    return frozenset(name for agent in app.agents.values() for name in getattr(agent.channel, "topics", ()))


async def read_offsets(consumer: Any, topics: Collection[str]) -> dict[Any, PartitionOffsets]:
    """The offsets of every assigned partition of ``topics``, asked fresh from the consumer.

    The high watermark is the greater of the last fetch response's (exact, but frozen while the
    partition is paused, e.g. during table recovery) and the broker's answer to ListOffsets now
    (exact on Kafka; on the embedded broker only a lower bound, see ../shared/NOTES-broker.md).
    """
    try:
        tps = sorted(tp for tp in consumer.assignment() if tp.topic in topics)
    except Exception:  # noqa: BLE001 - consumer not started or mid-rebalance: no partitions to report
        return {}
    if not tps:
        return {}
    listed, positions = await asyncio.gather(
        _bounded(consumer.highwaters(*tps), {}),
        asyncio.gather(*(_bounded(consumer.position(tp), None) for tp in tps)),
    )
    pending = _pending_partitions(consumer)
    offsets = {}
    for tp, position in zip(tps, positions, strict=True):
        ends = [end for end in (_fetched_highwater(consumer, tp), listed.get(tp)) if end is not None and end >= 0]
        offsets[tp] = PartitionOffsets(
            highwater=max(ends, default=None),
            committed=consumer._committed_offset.get(tp),  # Faust keeps no public one
            position=position,
            pending=tp in pending,
        )
    return offsets


def _fetched_highwater(consumer: Any, tp: Any) -> int | None:
    try:
        return consumer.highwater(tp)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - revoked since assignment() was read
        return None


def _pending_partitions(consumer: Any) -> set[Any]:
    """Partitions with records handed to a stream and not acked, or acked and not committed
    (Faust's private bookkeeping; it has no public one)."""
    unacked = {message.tp for message in list(consumer._unacked_messages)}
    return unacked | {tp for tp, acked in list(consumer._acked.items()) if acked}


T = TypeVar("T")


async def _bounded(call: Awaitable[T], default: T) -> T:
    try:
        return await asyncio.wait_for(call, OFFSETS_TIMEOUT_S)
    except Exception:  # noqa: BLE001 - timeout, broker down, partition revoked: the scrape still answers
        return default


def set_lag(lags: Mapping[Any, int | None]) -> None:
    """Replace the lag series: a partition revoked by a rebalance loses its series rather than
    keep its last value for ever."""
    LAG.clear()
    for tp, lag in lags.items():
        if lag is not None:
            LAG.labels(tp.topic, str(tp.partition)).set(lag)


async def exposition(consumer: Any | None, topics: Iterable[str], stories_held: int) -> bytes:
    """The text exposition, with the lag of ``topics``' partitions and the table size refreshed first."""
    offsets = await read_offsets(consumer, frozenset(topics)) if consumer is not None else {}
    set_lag({tp: partition_lag(o) for tp, o in offsets.items()})
    STORIES_HELD.set(stories_held)
    return generate_latest(REGISTRY)
