"""Apache Kafka goes away for 30 s and comes back: the worker and the watcher carry on, and no
story is lost or duplicated."""

from __future__ import annotations

import asyncio
import gzip
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from streams.broker import free_port
from streams.progress import follow_until_done
from streams.records import RawItem, utc_now
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import items_from_path
from tests.conftest import CORPUS

from .conftest import KAFKA_SCRIPT, Deployment, only_on

pytestmark = pytest.mark.integration
OUTAGE_S = 30.0
BATCH = 40  # articles written to the watched folder before, during and after the outage
DEADLINE_S = 300.0


@pytest.fixture()
def own_kafka() -> Iterator[str]:
    """A Kafka of this test's own, so taking it down disturbs no other test."""
    port = str(free_port())
    started = subprocess.run([str(KAFKA_SCRIPT), "start", port], capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        pytest.skip(f"Apache Kafka did not start: {started.stderr[-500:]}")
    try:
        yield port
    finally:
        subprocess.run([str(KAFKA_SCRIPT), "stop", port], capture_output=True, timeout=120)


def ant_batches(count: int) -> list[list[bytes]]:
    source = CORPUS / "ant_multisource.jsonl.gz"
    if not source.exists():
        pytest.skip(f"{source} not found")
    with gzip.open(source, "rb") as rows:
        lines = [line for _, line in zip(range(count * BATCH), rows, strict=False) if orjson.loads(line).get("text")]
    return [lines[n * BATCH:(n + 1) * BATCH] for n in range(count)]


@only_on("kafka")
async def test_broker_outage_of_30_s_loses_and_duplicates_nothing(deployment: Deployment, own_kafka: str, tmp_path: Path) -> None:
    bootstrap = f"127.0.0.1:{own_kafka}"
    deployment.env.update({"STORYWIRE_BROKER": f"kafka://{bootstrap}"})
    names = TopicNames.from_settings(Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"]))
    watched = tmp_path / "incoming"
    watched.mkdir()
    before, during, after = ant_batches(3)

    worker = deployment.start_worker()
    watcher = subprocess.Popen([sys.executable, "-m", "streams.cli", "watch", str(watched)], env=deployment.env,
                               stdout=deployment.log_path.open("ab"), stderr=subprocess.STDOUT)
    try:
        pages = write(watched, "before", before)
        await asyncio.wait_for(follow_until_done(bootstrap, names, pages), DEADLINE_S)

        subprocess.run([str(KAFKA_SCRIPT), "down", own_kafka], check=True, timeout=120)
        down_at = time.monotonic()
        pages |= write(watched, "during", during)  # the watcher sees them while the broker is away
        await asyncio.sleep(max(0.0, OUTAGE_S - (time.monotonic() - down_at)))
        subprocess.run([str(KAFKA_SCRIPT), "up", own_kafka], check=True, timeout=120, capture_output=True)
        pages |= write(watched, "after", after)

        try:
            progress = await asyncio.wait_for(follow_until_done(bootstrap, names, pages), DEADLINE_S)
        except TimeoutError:
            pytest.fail(f"not through {DEADLINE_S}s after the broker came back; log:\n{deployment.log_tail()}")
        assert worker.poll() is None and watcher.poll() is None  # both rode it out, neither restarted
    finally:
        watcher.terminate()
        watcher.wait(timeout=20)

    assert not progress.rejections, progress.rejections
    assert not progress.pending_pages
    memberships = Counter(m.article_id for s in progress.stories.values() for m in s.members)
    assert set(memberships) == set(progress.articles) and set(memberships.values()) == {1}


def write(folder: Path, name: str, lines: list[bytes]) -> set[str]:
    """Write one JSONL file into the watched folder; the ids of its pages."""
    path = folder / f"{name}.jsonl"
    partial = folder / f".{name}.partial"
    partial.write_bytes(b"".join(lines))
    partial.rename(path)  # appears whole: the watcher never reads half a file
    return {i.item_id for i in items_from_path(path, 10**7, utc_now()) if isinstance(i, RawItem)}
