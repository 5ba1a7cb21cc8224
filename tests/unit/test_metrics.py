"""The /metrics exposition: every stage's counters from start, lag only where it means work
waiting (and 0 once all is processed), the standard Prometheus content type."""

from __future__ import annotations

import ast
import asyncio
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from faust.types import TP
from prometheus_client.parser import text_string_to_metric_families

from streams import metrics
from streams.metrics import (
    CONTENT_TYPE,
    STAGES,
    PartitionOffsets,
    exposition,
    partition_lag,
    source_topics,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("p.news.raw", "p.news.articles", "p.news.normalized", "p.news.by-desk")
CHANGELOG = "app-seen-pages-changelog"


def samples(body: bytes) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a text exposition, parsed by prometheus_client's own parser."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body.decode("utf-8"))
        for sample in family.samples
    }


def lags(body: bytes) -> dict[tuple[str, int], float]:
    return {
        (dict(labels)["topic"], int(dict(labels)["partition"])): value
        for (name, labels), value in samples(body).items() if name == "storywire_consumer_lag"
    }


@dataclass
class FakeConsumer:
    """What the exposition reads of Faust's consumer: per partition its fetched high watermark,
    the broker's end offset (ListOffsets), the client's position, Faust's committed offset."""

    fetched: dict[TP, int | None]
    listed: dict[TP, int] = field(default_factory=dict)
    positions: dict[TP, int] = field(default_factory=dict)
    _committed_offset: dict[TP, int | None] = field(default_factory=dict)
    _acked: defaultdict[TP, list[int]] = field(default_factory=lambda: defaultdict(list))
    _unacked_messages: list[Any] = field(default_factory=list)  # a WeakSet of messages in Faust
    answer_after_s: float = 0.0

    def assignment(self) -> set[TP]:
        return set(self.fetched)

    def highwater(self, tp: TP) -> int | None:
        return self.fetched[tp]

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        await asyncio.sleep(self.answer_after_s)
        return {tp: self.listed[tp] for tp in tps if tp in self.listed}

    async def position(self, tp: TP) -> int | None:
        await asyncio.sleep(self.answer_after_s)
        return self.positions.get(tp)


def idle_consumer(ends: dict[TP, int]) -> FakeConsumer:
    """Everything up to each end read, processed and committed."""
    return FakeConsumer(fetched=dict(ends), listed=dict(ends), positions=dict(ends), _committed_offset=dict(ends))


def test_exposition__every_stage_counter_exists_at_zero_from_start() -> None:
    code = "import asyncio, sys; from streams.metrics import exposition; sys.stdout.buffer.write(asyncio.run(exposition(None, (), 0)))"
    body = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT).stdout
    found = samples(body)
    for stage in ("split", "normalize", "enrich", "group"):
        for outcome in ("processed", "rejected"):
            assert found[("storywire_messages_total", (("outcome", outcome), ("stage", stage)))] == 0.0
        assert found[("storywire_stage_seconds_count", (("stage", stage),))] == 0.0
    assert not lags(body)


def test_stages__are_the_names_the_agents_run_under() -> None:
    import agents.enrich

    used = set(agents.enrich.STAGES)  # the one hop reports under each stage it runs
    for path in (ROOT / "agents").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("run_stage", "run_batched_stage"):
                stage = node.args[1]
                assert isinstance(stage, ast.Constant), f"{path.name}: the stage name must be a literal"
                used.add(stage.value)
    assert used == set(STAGES)


def test_content_type__is_the_prometheus_text_exposition_0_0_4() -> None:
    assert CONTENT_TYPE == "text/plain; version=0.0.4; charset=utf-8"


async def test_metrics_view__serves_the_exposition_with_its_content_type() -> None:
    from streams import board
    from streams.app import app

    response = await board.metrics(app, app.web).get(SimpleNamespace())
    assert response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert ("storywire_messages_total", (("outcome", "rejected"), ("stage", "group"))) in samples(response.body)


async def test_exposition__lag_only_on_the_topics_the_agents_read() -> None:
    ends = {TP(topic, p): 7 for topic in (*SOURCES, CHANGELOG) for p in (0, 1)}
    consumer = idle_consumer(ends)
    consumer._committed_offset = {tp: end for tp, end in ends.items() if tp.topic != CHANGELOG}  # never read: its writer
    consumer.positions = {tp: end if tp.topic != CHANGELOG else 0 for tp, end in ends.items()}
    assert lags(await exposition(consumer, SOURCES, 0)) == {(topic, p): 0.0 for topic in SOURCES for p in (0, 1)}


async def test_exposition__counts_records_not_yet_committed() -> None:
    raw0, raw1 = TP(SOURCES[0], 0), TP(SOURCES[0], 1)
    consumer = idle_consumer({raw0: 10, raw1: 4})
    consumer._committed_offset[raw0] = 6  # 6..9 not committed yet: one in a stream, three not fetched
    consumer.positions[raw0] = 7
    consumer._unacked_messages = [SimpleNamespace(tp=raw0)]
    assert lags(await exposition(consumer, SOURCES, 0)) == {(raw0.topic, 0): 4.0, (raw1.topic, 1): 0.0}


async def test_exposition__a_revoked_partition_loses_its_series() -> None:
    raw0, raw1 = TP(SOURCES[0], 0), TP(SOURCES[0], 1)
    consumer = idle_consumer({raw0: 3, raw1: 3})
    consumer._committed_offset[raw1] = consumer.positions[raw1] = 1
    assert lags(await exposition(consumer, SOURCES, 0)) == {(raw0.topic, 0): 0.0, (raw1.topic, 1): 2.0}
    del consumer.fetched[raw1]  # a second worker took it
    assert lags(await exposition(consumer, SOURCES, 0)) == {(raw0.topic, 0): 0.0}


async def test_exposition__the_broker_end_offset_counts_while_a_partition_is_not_fetched() -> None:
    raw0 = TP(SOURCES[0], 0)
    consumer = idle_consumer({raw0: 5})
    consumer.listed[raw0] = 12  # paused (e.g. tables recovering): its fetched high watermark is frozen at 5
    assert lags(await exposition(consumer, SOURCES, 0)) == {(raw0.topic, 0): 7.0}


async def test_exposition__answers_when_the_consumer_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metrics, "OFFSETS_TIMEOUT_S", 0.05)
    raw0 = TP(SOURCES[0], 0)
    consumer = idle_consumer({raw0: 5})
    consumer._committed_offset[raw0] = 2
    consumer.answer_after_s = 5.0
    assert lags(await exposition(consumer, SOURCES, 0)) == {(raw0.topic, 0): 3.0}  # from the fetched high watermark


@pytest.mark.parametrize(
    ("offsets", "lag"),
    [
        (PartitionOffsets(highwater=9, committed=9, position=9, pending=False), 0),  # idle, all done
        (PartitionOffsets(highwater=9, committed=5, position=5, pending=False), 4),  # 4 not fetched yet
        (PartitionOffsets(highwater=9, committed=5, position=9, pending=True), 4),  # fetched, in the streams
        (PartitionOffsets(highwater=10, committed=9, position=10, pending=False), 0),  # the end is a transaction marker
        (PartitionOffsets(highwater=10, committed=9, position=10, pending=True), 1),  # the last record not committed
        (PartitionOffsets(highwater=6, committed=None, position=0, pending=False), 6),  # nothing committed yet
        (PartitionOffsets(highwater=6, committed=-1, position=0, pending=False), 6),  # "none" as Kafka says it
        (PartitionOffsets(highwater=0, committed=None, position=None, pending=False), 0),  # empty partition
        (PartitionOffsets(highwater=None, committed=3, position=3, pending=False), None),  # end not known
    ],
)
def test_partition_lag__cases(offsets: PartitionOffsets, lag: int | None) -> None:
    assert partition_lag(offsets) == lag


def test_source_topics__are_the_agents_channels() -> None:
    agent = SimpleNamespace(channel=SimpleNamespace(topics=("p.news.raw",)))
    other = SimpleNamespace(channel=SimpleNamespace(topics=("p.news.by-desk",)))
    channel_only = SimpleNamespace(channel=SimpleNamespace())
    app = SimpleNamespace(agents={"a": agent, "b": other, "c": channel_only})
    assert source_topics(app) == {"p.news.raw", "p.news.by-desk"}
