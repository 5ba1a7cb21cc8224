"""The subscriber contract on a real broker: every record of every topic valid against
docs/schemas/ (jsonschema, Draft 2020-12, formats checked), keys and timestamps as the schemas
say, story versions and timestamps in order; and a subscriber on another client
(confluent-kafka, librdkafka) rebuilding the stories the worker holds."""

from __future__ import annotations

import asyncio
import base64
import gzip
import itertools
import json
import time
import urllib.error
import urllib.request
import uuid
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.broker import bootstrap_of, free_port
from streams.follow import follow
from streams.progress import PipelineProgress, follow_until_done
from streams.records import utc_now
from streams.schemas import TOPIC_CONTRACTS
from streams.settings import Settings
from streams.topics import ALL_TOPICS, TopicNames
from streams.watch import item_id_of, record_item
from tests.conftest import CORPUS, SEEDS

from .conftest import Deployment

pytestmark = pytest.mark.integration
SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"
DEADLINE_S = 300.0  # the seeds and the corpus slice through one worker take well under a minute
QUIET_S = 5.0  # a topic is read to its end when it stays quiet this long (Tansu has no end offset)
# Real corpus pages besides the seeds, out of date order: the first 400 give 17 stories of 2 to 4
# versions (and ~15 s more on this machine); the subscriber test needs fewer.
CONTRACT_ROWS = 400
SUBSCRIBER_ROWS = 120
# Bytes that are not JSON, whose standard base64 has "+" and "/" (URL-safe would have "-" and "_").
NOT_JSON = b"\xfb\xff\xfe not json \xfb\xef"
NOT_JSON_KEY = "contract-not-json"


async def send_raw(bootstrap: str, topic: str, key: str, value: bytes) -> None:
    """A record put on the raw topic by a client that bypasses the watcher."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, key=key.encode(), value=value)
    finally:
        await producer.stop()


def corpus_slice(folder: Path, rows: int) -> tuple[Path | None, set[str]]:
    """The first ``rows`` records of ant_multisource as a JSON Lines file, and their page ids."""
    corpus = CORPUS / "ant_multisource.jsonl.gz"
    if not corpus.exists():
        return None, set()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        lines = list(itertools.islice(handle, rows))
    path = folder / "ant-slice.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    ids = set()
    for line in lines:
        try:
            ids.add(record_item(json.loads(line), "slice", utc_now()).item_id)
        except ValueError:  # no text: the watcher rejects it under its line, not a page id
            continue
    return path, ids


async def run_pipeline(
    deployment: Deployment, seeds: dict[str, str], folder: Path, web_port: int, corpus_rows: int
) -> tuple[TopicNames, PipelineProgress]:
    """Worker first, then the seeds, a corpus slice and one record that is not JSON; until all
    are through."""
    names = TopicNames.from_settings(Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"]))
    bootstrap = bootstrap_of(deployment.env["STORYWIRE_BROKER"])
    deployment.env["STORYWIRE_PUBLISH_INTERMEDIATE"] = "true"  # every topic's contract, the optional ones too
    await deployment.wait_until_consuming(deployment.start_worker(web_port=web_port))
    deployment.storywire("watch", "--once", str(SEEDS))
    slice_path, slice_ids = corpus_slice(folder, corpus_rows)
    if slice_path is not None:
        deployment.storywire("watch", "--once", str(slice_path), timeout=300)
    await send_raw(bootstrap, names.raw, NOT_JSON_KEY, NOT_JSON)
    expected = {item_id_of(text) for text in seeds.values()} | slice_ids | {NOT_JSON_KEY}
    try:
        progress: PipelineProgress = await asyncio.wait_for(follow_until_done(bootstrap, names, expected), DEADLINE_S)
    except TimeoutError:
        pytest.fail(f"pipeline not done in {DEADLINE_S:.0f}s; worker log:\n{deployment.log_tail()}")
    assert set(progress.rejections) == {NOT_JSON_KEY}, progress.rejections
    return names, progress


def validators() -> dict[str, Any]:
    """A Draft 2020-12 validator with format checking per topic, from the checked-in files."""
    from jsonschema import Draft202012Validator

    checker = Draft202012Validator.FORMAT_CHECKER
    assert "date-time" in checker.checkers, "date-time is not checked: pip install 'jsonschema[format-nongpl]'"
    return {
        topic: Draft202012Validator(json.loads((SCHEMAS / f"{topic}.json").read_text(encoding="utf-8")), format_checker=checker)
        for topic in TOPIC_CONTRACTS
    }


def ms(at: str) -> int:
    return int(datetime.fromisoformat(at).timestamp() * 1000)


# Per topic, what the record says its key and timestamp are (the schemas' x-kafka-key and
# x-kafka-timestamp), and how far the timestamp may be from it.
KEY_AND_TIME: dict[str, tuple[Any, Any, int]] = {
    "news.raw": (lambda r: r["item_id"], lambda r: r["arrived_at"], 1),
    "news.articles": (lambda r: r["article_id"], lambda r: r["arrived_at"], 1),
    "news.normalized": (lambda r: r["article_id"], lambda r: r["arrived_at"], 1),
    "news.enriched": (lambda r: r["article"]["article_id"], lambda r: r["published"]["at"], 1),
    "news.by-desk": (lambda r: r["desk"], lambda r: r["event_time"], 1),
    "news.stories": (lambda r: r["story_id"], lambda r: r["last_seen"], 1),
    "news.rejected": (lambda r: r["key"], lambda r: r["rejected_at"], 60_000),  # the producer's clock, at send
}


def key_and_timestamp_problems(topic: str, key: bytes | None, record: dict[str, Any], timestamp: int) -> list[str]:
    """Where a record's Kafka key or timestamp is not what its schema says."""
    key_of, time_of, tolerance_ms = KEY_AND_TIME[topic]
    text = key.decode() if key is not None else None
    problems = []
    if text != key_of(record):
        problems.append(f"{topic}: key {text!r}, record says {key_of(record)!r}")
    if abs(timestamp - ms(time_of(record))) > tolerance_ms:
        problems.append(f"{topic} {text}: timestamp {timestamp}, record says {time_of(record)}")
    return problems


def story_order_problems(history: list[tuple[dict[str, Any], int]]) -> list[str]:
    """What breaks the story contract in one story's updates, in offset order."""
    first, _ = history[0]
    story_id = first["story_id"]
    problems = []
    if first["version"] != 1 or [m["article_id"] for m in first["members"]] != [story_id.removeprefix("story-")]:
        problems.append(f"{story_id}: first update v{first['version']} with {len(first['members'])} members, "
                        "not v1 holding the article its id names")
    for (before, before_ms), (after, after_ms) in itertools.pairwise(history):
        if after["version"] not in (before["version"], before["version"] + 1):
            problems.append(f"{story_id}: v{before['version']} then v{after['version']}")
        if after_ms < before_ms:
            problems.append(f"{story_id}: timestamp went back from {before_ms} (v{before['version']}) to {after_ms} (v{after['version']})")
        if not {m["article_id"] for m in before["members"]} <= {m["article_id"] for m in after["members"]}:
            problems.append(f"{story_id}: v{after['version']} lost members of v{before['version']} (members must be complete)")
        if before["closed"] and after["version"] != before["version"]:
            problems.append(f"{story_id}: v{after['version']} after the closing update")
    for update, _ in history:
        if update["size"] != len(update["members"]):
            problems.append(f"{story_id} v{update['version']}: size {update['size']}, {len(update['members'])} members")
    return problems


async def test_every_record_matches_its_schema_and_stories_keep_order(
    deployment: Deployment, seeds: dict[str, str], tmp_path: Path
) -> None:
    names, _progress = await run_pipeline(deployment, seeds, tmp_path, free_port(), CONTRACT_ROWS)
    schema_of = validators()
    topic_of = dict(zip(names.all(), ALL_TOPICS, strict=True))
    counts: dict[str, int] = defaultdict(int)
    invalid: list[str] = []
    misplaced: list[str] = []
    stories: dict[str, list[tuple[dict[str, Any], int]]] = defaultdict(list)
    async for kafka_topic, key, value, timestamp in follow(bootstrap_of(deployment.env["STORYWIRE_BROKER"]), names.all(), idle_timeout=QUIET_S):
        topic = topic_of[kafka_topic]
        if topic == "news.raw" and key == NOT_JSON_KEY.encode():
            continue  # ours, not storywire's: what a client bypassing the watcher put there
        counts[topic] += 1
        record = orjson.loads(value)
        invalid.extend(f"{topic} {key!r}: {e.json_path}: {e.message[:200]}" for e in schema_of[topic].iter_errors(record))
        misplaced.extend(key_and_timestamp_problems(topic, key, record, timestamp))
        if topic == "news.stories":
            stories[record["story_id"]].append((record, timestamp))
        if topic in ("news.enriched", "news.by-desk") and record["embedding"] is not None:
            vector = base64.b64decode(record["embedding"]["vector"], validate=True)  # the standard alphabet
            assert len(vector) == 4 * record["embedding"]["dims"] == 4 * 512
        if topic == "news.rejected":
            assert base64.b64decode(record["original"], validate=True) == NOT_JSON

    assert set(counts) == set(ALL_TOPICS), f"topics without a record: {set(ALL_TOPICS) - set(counts)}"
    assert not invalid, f"{len(invalid)} schema violations in {sum(counts.values())} records:\n" + "\n".join(invalid[:20])
    assert not misplaced, "\n".join(misplaced[:20])
    problems = [p for history in stories.values() for p in story_order_problems(history)]
    assert not problems, "\n".join(problems)
    with_corpus = (CORPUS / "ant_multisource.jsonl.gz").exists()
    assert max(len(h) for h in stories.values()) >= (3 if with_corpus else 2)  # stories really changed


def board_story(port: int, story_id: str) -> dict[str, Any] | None:
    """The worker's own view of one story (its grouping table, through the board API); None when
    it does not hold it."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/board/api/stories/{story_id}/", timeout=5) as response:
            return json.loads(response.read())  # type: ignore[no-any-return]
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def stories_held(port: int) -> int:
    """How many stories the worker's table holds (its storywire_stories_held gauge)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        for line in response.read().decode().splitlines():
            if line.startswith("storywire_stories_held "):
                return int(float(line.split()[1]))
    raise AssertionError("no storywire_stories_held on /metrics")


def subscribe_and_rebuild(bootstrap: str, topic: str, wanted: dict[str, int], deadline_s: float) -> dict[str, dict[str, Any]]:
    """A subscriber as the README describes it, on confluent-kafka: its own group, from the
    beginning, upserting on (story_id, version) and dropping older versions. Reads until it
    holds at least the ``wanted`` versions or the deadline passes."""
    from confluent_kafka import Consumer, KafkaError

    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": f"subscriber-{uuid.uuid4().hex[:8]}",
        "auto.offset.reset": "earliest", "enable.auto.commit": False,
    })
    consumer.subscribe([topic])
    table: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + deadline_s
    try:
        while time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None:
                if all(table.get(s, {}).get("version", 0) >= v for s, v in wanted.items()):
                    break
                continue
            if message.error():
                if message.error().code() == KafkaError._PARTITION_EOF:
                    continue
                raise RuntimeError(f"confluent-kafka: {message.error()}")
            update = orjson.loads(message.value())
            assert message.key() == update["story_id"].encode()
            held = table.get(update["story_id"])
            if held is None or update["version"] >= held["version"]:
                table[update["story_id"]] = update
    finally:
        consumer.close()
    return table


async def test_a_confluent_kafka_subscriber_rebuilds_the_workers_stories(
    deployment: Deployment, seeds: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    names, progress = await run_pipeline(deployment, seeds, tmp_path, port, SUBSCRIBER_ROWS)
    latest = {story_id: update.version for story_id, update in progress.stories.items()}  # as aiokafka read them

    table = await asyncio.to_thread(
        subscribe_and_rebuild, bootstrap_of(deployment.env["STORYWIRE_BROKER"]), names.stories, latest, 120.0
    )

    assert {s: u["version"] for s, u in table.items()} == latest and len(table) >= 4  # the seeds' 4 at least
    # The worker's own view: each story in its table, through the board API.
    for story_id, update in table.items():
        held = await asyncio.to_thread(board_story, port, story_id)
        if update["closed"]:
            assert held is None, f"{story_id} closed on the topic, still held by the worker"
        else:
            assert held is not None, f"{story_id} open on the topic, not held by the worker"
            assert without_changed_by(update) == without_changed_by(held)
    # and it holds no other story
    assert await asyncio.to_thread(stories_held, port) == sum(not u["closed"] for u in table.values())


def without_changed_by(update: dict[str, Any]) -> dict[str, Any]:
    """A story update without the one field a re-sent or a board copy may differ in."""
    return {k: v for k, v in update.items() if k != "changed_by"}
