"""1,000 generated bad inputs through the watcher, the broker and the worker: each one is
processed or on the rejected topic with its reason, and the worker never restarts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from streams.broker import bootstrap_of
from streams.codec import decode
from streams.follow import follow
from streams.records import EnrichedArticle, RawItem, utc_now
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import Rejection, items_from_path
from tests.bad_inputs import generate

from .conftest import Deployment, only_on

pytestmark = pytest.mark.integration
DEADLINE_S = 600.0


async def send_raw(bootstrap: str, topic: str, records: list[tuple[str, bytes]]) -> None:
    """What a client that bypasses the watcher might put on the raw topic."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for key, value in records:
            await producer.send(topic, key=key.encode(), value=value)
        await producer.flush()
    finally:
        await producer.stop()


async def outcomes(bootstrap: str, names: TopicNames, expected: set[str]) -> tuple[set[str], dict[str, str]]:
    """(ids whose page came out enriched, {rejected key: reason}) once ``expected`` are all out."""
    processed: set[str] = set()
    rejected: dict[str, str] = {}
    async for topic, _key, value, _ts in follow(bootstrap, [names.enriched, names.rejected]):
        if topic == names.enriched:
            processed.add(decode(EnrichedArticle, value).article.raw_id)
        else:
            record = orjson.loads(value)
            rejected[record["key"]] = f"{record['stage']}: {record['reason']}"
        if expected <= processed | set(rejected):
            break
    return processed, rejected


@only_on("embedded")
async def test_a_thousand_bad_inputs_each_processed_or_rejected_with_a_reason(deployment: Deployment, tmp_path: Path) -> None:
    names = TopicNames.from_settings(Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"]))
    bootstrap = bootstrap_of(deployment.env["STORYWIRE_BROKER"])
    inputs = generate()
    folder = tmp_path / "incoming"
    folder.mkdir()
    expected_by_input: dict[str, set[str]] = {}  # input -> ids it must come out under
    raw_records = []
    for item in inputs:
        if item.kind == "raw":
            raw_records.append((item.name, item.data))
            expected_by_input[item.name] = {item.name}
            continue
        path = folder / item.name
        path.write_bytes(item.data)
        produced = list(items_from_path(path, Settings().max_page_bytes, utc_now()))
        expected_by_input[item.name] = {p.item_id if isinstance(p, RawItem) else p.source for p in produced if isinstance(p, RawItem | Rejection)}
        if not produced:
            expected_by_input[item.name] = {str(path)}
    assert len(inputs) >= 1000

    worker = deployment.start_worker()
    deployment.storywire("watch", "--once", str(folder), timeout=300)  # creates the topics as configured
    await send_raw(bootstrap, names.raw, raw_records)
    expected = set().union(*expected_by_input.values())
    try:
        processed, rejected = await asyncio.wait_for(outcomes(bootstrap, names, expected), DEADLINE_S)
    except TimeoutError:
        pytest.fail(f"not all accounted for in {DEADLINE_S}s; log:\n{deployment.log_tail()}")

    # Every input came out: processed, or rejected with a reason; none both, none lost.
    counted = {"processed": 0, "rejected": 0}
    for name, ids in expected_by_input.items():
        assert ids and ids <= processed | set(rejected), name
        counted["rejected" if ids & set(rejected) else "processed"] += 1
    assert counted["processed"] + counted["rejected"] == len(inputs)
    assert counted["processed"] > 250 and counted["rejected"] > 250
    both = processed & set(rejected)
    assert not both, {key: rejected[key] for key in sorted(both)[:5]}
    assert all(len(reason) > 10 for reason in rejected.values())
    # And the worker took it all without dying or restarting an agent.
    assert worker.poll() is None
    assert "Crashed" not in deployment.log_path.read_text(errors="replace")
