"""Which ways of freeing memory the embedded broker (Tansu, memory storage) honours.

    .venv/bin/python bench/tansu_memory.py [--mb 200] [--wait 90]

For each case a fresh broker, ``--mb`` of 3 KB records into one partition, then the broker's
resident memory (VmRSS) and what a fetch from the beginning still returns:
  retention   topic created with retention.ms=10000, retention.bytes=1 MiB, small segments
  compact     cleanup.policy=compact, 100 distinct keys
  delete      DeleteRecords (AIOKafkaAdminClient.delete_records) up to the last 10 records
  drop        delete_topics, then recreate the name and fill a new topic
Results: docs/brokers.md.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic, RecordsToDelete

from streams.broker import EmbeddedBroker

RECORD = 3000


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def produce(bootstrap: str, topic: str, count: int, keyed: bool = False) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=128 * 1024)
    await producer.start()
    payload = os.urandom(RECORD // 2).hex().encode()
    pending = []
    for i in range(count):
        key = f"k{i % 100}".encode() if keyed else None
        pending.append(await producer.send(topic, payload, key=key, partition=0))
        if len(pending) >= 2000:
            await asyncio.gather(*pending)
            pending = []
    await asyncio.gather(*pending)
    await producer.stop()


async def scan(bootstrap: str, topic: str) -> str:
    """Read partition 0 from the start until nothing arrives for 2 s (Tansu's "latest" is unreliable)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        fetch_max_wait_ms=100,
        max_partition_fetch_bytes=4 << 20,
    )
    await consumer.start()
    tp = TopicPartition(topic, 0)
    consumer.assign([tp])
    await consumer.seek_to_beginning(tp)
    count, first = 0, None
    while batch := (await consumer.getmany(tp, timeout_ms=2000, max_records=5000)).get(tp):
        first = batch[0].offset if first is None else first
        count += len(batch)
    earliest = (await consumer.beginning_offsets([tp]))[tp]
    await consumer.stop()
    return f"{count} records readable, first offset {first}, log start offset {earliest}"


async def case(broker: EmbeddedBroker, name: str, count: int, wait: float) -> None:
    """One case on a fresh broker (started by main(): its readiness check runs its own event loop)."""
    configs = {
        "retention": {
            "retention.ms": "10000",
            "retention.bytes": str(1 << 20),
            "segment.ms": "1000",
            "segment.bytes": str(1 << 20),
            "cleanup.policy": "delete",
        },
        "compact": {
            "cleanup.policy": "compact",
            "segment.ms": "1000",
            "min.cleanable.dirty.ratio": "0.01",
            "min.compaction.lag.ms": "0",
            "delete.retention.ms": "1000",
        },
    }.get(name, {})
    pid, bs, topic = broker._process.pid, broker.bootstrap, f"mem-{name}"  # type: ignore[union-attr]
    admin = AIOKafkaAdminClient(bootstrap_servers=bs, request_timeout_ms=10000)
    await admin.start()
    await admin.create_topics([NewTopic(topic, 1, 1, topic_configs=configs)])
    start = rss_mb(pid)
    await produce(bs, topic, count, keyed=name == "compact")
    print(f"[{name}] {count * RECORD / 1e6:.0f} MB in: RSS {start:.0f} -> {rss_mb(pid):.0f} MB")
    if name in ("retention", "compact"):
        await asyncio.sleep(wait)
        # some brokers clean only when new records arrive
        await produce(bs, topic, 100, keyed=name == "compact")
        print(f"[{name}] after {wait:.0f} s: RSS {rss_mb(pid):.0f} MB; {await scan(bs, topic)}")
    elif name == "delete":
        try:
            answer = await admin.delete_records(
                {TopicPartition(topic, 0): RecordsToDelete(count - 10)}
            )
            print(f"[{name}] delete_records -> {answer}")
        except Exception as exc:  # noqa: BLE001 - Tansu's memory engine panics (todo!) and drops the connection
            print(f"[{name}] delete_records failed: {exc!r}")
        await asyncio.sleep(3)
        print(f"[{name}] RSS {rss_mb(pid):.0f} MB; {await scan(bs, topic)}")
    elif name == "drop":
        await admin.delete_topics([topic])
        await asyncio.sleep(3)
        print(f"[{name}] deleted: RSS {rss_mb(pid):.0f} MB")
        await admin.create_topics([NewTopic(topic, 1, 1)])
        print(f"[{name}] recreated: {await scan(bs, topic)}")
        await produce(bs, topic, count)
        print(f"[{name}] refilled: RSS {rss_mb(pid):.0f} MB")
        await admin.delete_topics([topic])
        await asyncio.sleep(3)
        print(f"[{name}] deleted again: RSS {rss_mb(pid):.0f} MB")
    await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200.0)
    parser.add_argument(
        "--wait", type=float, default=90.0, help="seconds to wait for retention/compaction"
    )
    parser.add_argument("cases", nargs="*", default=["retention", "compact", "delete", "drop"])
    args = parser.parse_args()
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    count = int(args.mb * 1e6 / RECORD)
    for name in args.cases:
        with EmbeddedBroker() as broker:
            asyncio.run(case(broker, name, count, args.wait))


if __name__ == "__main__":
    main()
