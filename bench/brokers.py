"""What differs between the embedded broker (Tansu) and Apache Kafka, measured in one run.

    .venv/bin/python bench/brokers.py            (needs java and mvn for Apache Kafka)

For each broker: start-up time, the "latest offset" answer after one 20-record batch, whether
a transactional (exactly-once) producer starts, the seed pages end to end through a fresh
worker (group join included), and the time from SIGKILL + restart to the next story.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.broker import EmbeddedBroker, free_port  # noqa: E402
from streams.follow import ensure_topics  # noqa: E402
from streams.progress import follow_until_done  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.topics import TopicNames  # noqa: E402
from streams.watch import Publisher, item_id_of, page_item  # noqa: E402

SHARED = Path(os.environ.get("STORYWIRE_SHARED_DIR", ROOT.parent / "shared"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


async def latest_offset_after_one_batch(bootstrap: str) -> str:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    topic = f"bench-offsets-{uuid.uuid4().hex[:6]}"
    await ensure_topics(bootstrap, [topic], 1)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=200)
    await producer.start()
    try:
        await producer.send(topic, b"first")  # batch 1: offset 0
        await producer.flush()
        futures = [await producer.send(topic, f"r{i}".encode()) for i in range(20)]  # batch 2: offsets 1..20
        await producer.flush()
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        partition = TopicPartition(topic, 0)
        end = (await consumer.end_offsets([partition]))[partition]
    finally:
        await consumer.stop()
    return f"{end} (true end 21)"


async def transactions(bootstrap: str) -> str:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, transactional_id=f"bench-{uuid.uuid4().hex[:6]}")
    try:
        await asyncio.wait_for(producer.start(), 20)
    except Exception as exc:  # noqa: BLE001 - the answer is the point
        return f"no ({type(exc).__name__})"
    await producer.stop()
    return "yes"


def worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "worker", "-l", "warning"],
        env={**env, "STORYWIRE_WEB_PORT": str(free_port())}, stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )


async def publish_and_wait(settings: Settings, pages: list[tuple[str, bytes]], timeout: float = 180) -> float:
    from streams.records import utc_now

    bootstrap = (settings.broker or "").removeprefix("kafka://")
    names = TopicNames.from_settings(settings)
    started = time.monotonic()
    async with Publisher(bootstrap, names.raw, names.rejected) as publisher:
        for name, data in pages:
            await publisher.publish(page_item(data, name, ".txt", utc_now()))
        await publisher.flush()
    expected = {item_id_of(data.decode()) for _, data in pages}
    await asyncio.wait_for(follow_until_done(bootstrap, names, expected), timeout)
    return time.monotonic() - started


def measure(name: str, url: str, profile: str, start_s: float, work: Path) -> dict[str, str]:
    bootstrap = url.removeprefix("kafka://")
    run = uuid.uuid4().hex[:6]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("STORYWIRE_")},
        "STORYWIRE_BROKER": url, "STORYWIRE_BROKER_PROFILE": profile,
        "STORYWIRE_TOPIC_PREFIX": f"bench-{run}.", "STORYWIRE_APP_ID": f"bench-{run}",
        "STORYWIRE_DATA_DIR": str(work / run), "STORYWIRE_PARTITIONS": "2",
    }
    settings = Settings(broker=url, topic_prefix=env["STORYWIRE_TOPIC_PREFIX"], partitions=2)
    asyncio.run(ensure_topics(bootstrap, TopicNames.from_settings(settings).all(), 2))
    log = work / f"{name}-worker.log"
    first = worker(env, log)
    seeds = [(p.name, p.read_bytes()) for p in SEEDS]
    seeds_s = asyncio.run(publish_and_wait(settings, seeds))
    first.send_signal(signal.SIGKILL)
    first.wait()
    restarted_at = time.monotonic()
    second = worker(env, log)
    fresh = [("restart.txt", SEEDS[1].read_bytes() + f"\nسطر للتمييز {run}".encode())]
    asyncio.run(publish_and_wait(settings, fresh))
    restart_s = time.monotonic() - restarted_at
    second.terminate()
    second.wait()
    return {
        "broker": name,
        "start (s)": f"{start_s:.1f}",
        "latest offset after a 20-record batch": asyncio.run(latest_offset_after_one_batch(bootstrap)),
        "transactional producer": asyncio.run(transactions(bootstrap)),
        "fresh worker + 5 seeds to stories (s)": f"{seeds_s:.1f}",
        "SIGKILL, restart, next story (s)": f"{restart_s:.1f}",
    }


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory(prefix="storywire-bench-") as tmp:
        work = Path(tmp)
        started = time.monotonic()
        with EmbeddedBroker() as embedded:
            rows.append(measure("embedded (Tansu)", embedded.url, "embedded", time.monotonic() - started, work))
        port = str(free_port())
        script = ROOT / "scripts" / "kafka.sh"
        subprocess.run([str(script), "fetch"], check=True, capture_output=True)
        started = time.monotonic()
        bootstrap = subprocess.run([str(script), "start", port], check=True, capture_output=True, text=True).stdout.split()[-1]
        try:
            rows.append(measure("Apache Kafka 4.1 (KRaft)", f"kafka://{bootstrap}", "kafka", time.monotonic() - started, work))
        finally:
            subprocess.run([str(script), "stop", port], capture_output=True)
    columns = list(rows[0])
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(row[c] for c in columns) + " |")


if __name__ == "__main__":
    main()
