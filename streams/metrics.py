"""Prometheus metrics of the worker, served at /metrics by its web server.

Per stage: messages processed and rejected, processing time; per consumed partition: lag
(high watermark minus the next offset to read), refreshed when scraped.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

CONTENT_TYPE = CONTENT_TYPE_LATEST
REGISTRY = CollectorRegistry()
MESSAGES = Counter("storywire_messages", "Messages handled per stage, by outcome", ["stage", "outcome"], registry=REGISTRY)
STAGE_SECONDS = Histogram(
    "storywire_stage_seconds", "Processing time of one message per stage", ["stage"], registry=REGISTRY,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
LAG = Gauge("storywire_consumer_lag", "Records not yet read, per topic partition", ["topic", "partition"], registry=REGISTRY)
STORIES_HELD = Gauge("storywire_stories_held", "Stories in this worker's story table", registry=REGISTRY)


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


def counted(stage: str, outcome: str, messages: int = 1) -> None:
    MESSAGES.labels(stage, outcome).inc(messages)


def exposition(consumer: object | None, stories_held: int) -> bytes:
    """The text exposition, with lag and table sizes refreshed first."""
    if consumer is not None:
        for tp in consumer.assignment():  # type: ignore[attr-defined]
            highwater = consumer.highwater(tp)  # type: ignore[attr-defined]
            read = consumer._read_offset.get(tp)  # type: ignore[attr-defined]  # Faust keeps no public one
            if highwater is not None:
                LAG.labels(tp.topic, str(tp.partition)).set(max(0, highwater - ((read or -1) + 1)))
    STORIES_HELD.set(stories_held)
    return generate_latest(REGISTRY)
