"""Replay and backfill: copy raw records into a target prefix's raw topic, exactly once each.

The source is a topic read from the beginning (optionally only records at or after a
timestamp) or a JSON Lines dump. The target raw topic is read first and records already in it
(same key: the page's content hash) are skipped, so running the same replay twice adds
nothing, and nothing downstream changes. Processing is the worker's job: ``storywire replay``
starts one for a separate prefix, with its own consumer group and tables.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from streams.codec import encode
from streams.follow import follow
from streams.security import with_security
from streams.records import utc_now
from streams.watch import Rejection, items_from_path, scan

END_OF_TOPIC_IDLE_S = 3.0  # no "latest offset" on Tansu: a topic has ended when it goes quiet


@dataclass
class CopyResult:
    copied: int = 0
    already_there: int = 0
    before_since: int = 0
    unreadable: int = 0


async def topic_records(bootstrap: str, topic: str) -> AsyncIterator[tuple[bytes | None, bytes, int]]:
    """(key, value, timestamp ms) of every record of ``topic``, until it goes quiet."""
    async for _topic, key, value, timestamp in follow(bootstrap, [topic], idle_timeout=END_OF_TOPIC_IDLE_S):
        yield key, value, timestamp


async def dump_records(path: Path, max_page_bytes: int) -> AsyncIterator[tuple[bytes | None, bytes, int]]:
    """Raw records of a JSON Lines dump (or any file or folder the watcher reads)."""
    arrived = utc_now()
    for file in scan(path):
        for item in items_from_path(file, max_page_bytes, arrived):
            if isinstance(item, Rejection):
                yield None, b"", 0  # counted as unreadable; the watcher is where rejects are explained
                continue
            yield item.item_id.encode(), encode(item), int(item.arrived_at.timestamp() * 1000)


async def keys_in(bootstrap: str, topic: str) -> set[bytes]:
    return {key async for key, _value, _ts in topic_records(bootstrap, topic) if key is not None}


async def copy_records(
    bootstrap: str,
    records: AsyncIterator[tuple[bytes | None, bytes, int]],
    target: str,
    since: datetime | None = None,
    on_record: Callable[[CopyResult], None] | None = None,
    **client_options: object,
) -> tuple[CopyResult, set[str]]:
    """Copy ``records`` into ``target`` unless already there; returns counts and the page ids
    the target now holds from this source (what the worker must get through)."""
    from aiokafka import AIOKafkaProducer

    present = await keys_in(bootstrap, target)
    result = CopyResult()
    pages: set[str] = set()
    since_ms = int(since.timestamp() * 1000) if since else None
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=32 * 1024 * 1024, **with_security(client_options))
    await producer.start()
    try:
        async for key, value, timestamp in records:
            if key is None:
                result.unreadable += 1
            elif since_ms is not None and timestamp < since_ms:
                result.before_since += 1
            elif key in present:
                result.already_there += 1
                pages.add(key.decode())
            else:
                await producer.send(target, key=key, value=value, timestamp_ms=timestamp or None)
                present.add(key)
                pages.add(key.decode())
                result.copied += 1
            if on_record is not None:
                on_record(result)
        await producer.flush()
    finally:
        await producer.stop()
    return result, pages

