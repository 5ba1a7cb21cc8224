"""One log format: storywire's events and Faust's, mode's and aiokafka's records alike."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any, NamedTuple

import orjson
import pytest
import structlog

from streams import logs
from streams.logs import configure_logging, consumer_pending, watch_commits

# Faust's text, as faust/transport/drivers/aiokafka.py builds it (prefixed by mode with the service).
LIVELOCK = (
    "[^---AIOKafkaConsumerThread]: Has not committed %r (last commit %s). \n\nThere are multiple possible "
    "explanations for this:\n\n1) The processing of a single event in the stream\n   is taking too long.\n\n"
    "2) The commit handler background thread has stopped working (report as bug)."
)


class TP(NamedTuple):
    topic: str
    partition: int


@pytest.fixture()
def logged() -> Iterator[Any]:
    """Logging configured into a buffer, JSON, at info; ``logged()`` is the lines so far and
    ``logged.configure(level)`` configures it again at another level."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    stream = io.StringIO()

    def lines() -> list[dict[str, Any]]:
        return [orjson.loads(line) for line in stream.getvalue().splitlines()]

    def configure(threshold: str = "info") -> None:
        configure_logging(threshold, json=True, stream=stream)

    lines.configure = configure  # type: ignore[attr-defined]
    configure()
    try:
        yield lines
    finally:
        watch_commits(None)
        root.handlers[:] = handlers
        root.setLevel(level)
        structlog.reset_defaults()


def test_configure_logging__storywire_and_library_records_are_the_same_json(logged: Any) -> None:
    structlog.get_logger("t").info("story.assigned", story_id="story-1")
    logging.getLogger("aiokafka.consumer.group_coordinator").info("Joined group %r (generation %s)", "storywire", 3)
    logging.getLogger("faust.worker").warning("[^Worker]: something %s", "odd")
    mine, joined, odd = logged()
    assert mine["event"] == "story.assigned" and mine["story_id"] == "story-1"
    assert joined["event"] == "Joined group 'storywire' (generation 3)" and joined["logger"].startswith("aiokafka")
    assert odd["level"] == "warning"
    assert {"event", "level", "timestamp"} <= mine.keys() & joined.keys() & odd.keys()


def test_configure_logging__faust_tables_and_service_chatter_only_at_debug(logged: Any) -> None:
    consumer = logging.getLogger("aiokafka.consumer.subscription_state")
    consumer.info("Updating subscribed topics to: %s", frozenset({"news.raw", "news.articles"}))
    logging.getLogger("faust.tables.recovery").info("[^---Recovery]: Highwater:\n+----+\n| t |\n+----+")
    logging.getLogger("faust.transport.producer").info("[^--Producer]: Starting...")
    consumer.info("Setting newly assigned partitions %s for group %s", {TP("news.raw", 1), TP("news.raw", 0), TP("news.by-desk", 3)}, "g")
    (assigned,) = logged()
    assert assigned["event"] == "Setting newly assigned partitions news.by-desk[3] news.raw[0,1] for group g"

    logged.configure("debug")
    consumer.info("Updating subscribed topics to: %s", frozenset({"news.raw"}))
    (table,) = logged()[1:]
    assert table["level"] == "debug"


def test_livelock_error__nothing_pending_is_a_debug_line(logged: Any) -> None:
    watch_commits(lambda tp: None)
    logging.getLogger("faust.transport.drivers.aiokafka").error(LIVELOCK, TP("news.by-desk", 3), "10.18 minutes ago")
    assert logged() == []

    logged.configure("debug")
    watch_commits(lambda tp: None)
    logging.getLogger("faust.transport.drivers.aiokafka").error(LIVELOCK, TP("news.by-desk", 3), "10.18 minutes ago")
    (line,) = logged()
    assert line["level"] == "debug" and "nothing to commit on news.by-desk[3]" in line["event"]
    assert "report as bug" not in line["event"]


def test_livelock_error__something_pending_stays_an_error_with_the_facts(logged: Any) -> None:
    watch_commits(lambda tp: "2 message(s) in processing, 5 processed and not committed")
    logging.getLogger("faust.transport.drivers.aiokafka").error(LIVELOCK, TP("news.by-desk", 3), "10.18 minutes ago")
    (line,) = logged()
    assert line["level"] == "error"
    assert line["event"].startswith("commit stalled on news.by-desk[3]: 2 message(s) in processing")
    assert "report as bug" not in line["event"]


def test_consumer_pending__from_fausts_bookkeeping() -> None:
    class Message(NamedTuple):
        tp: TP

    class Consumer:
        def __init__(self) -> None:
            self._unacked_messages: set[Message] = set()
            self._acked: dict[TP, list[int]] = {}
            self._read_offset = {TP("news.by-desk", 3): 998}
            self._committed_offset = {TP("news.by-desk", 3): 999}

    idle = Consumer()
    assert consumer_pending(idle, TP("news.by-desk", 3)) is None
    busy = Consumer()
    busy._unacked_messages = {Message(TP("news.by-desk", 3)), Message(TP("news.raw", 0))}
    busy._acked = {TP("news.by-desk", 3): [1001, 1002]}
    assert consumer_pending(busy, TP("news.by-desk", 3)).startswith("1 message(s) in processing, 2 processed")  # type: ignore[union-attr]


def test_producer_buffer_full__one_line_then_a_summary_a_minute(logged: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    producer = logging.getLogger("faust.transport.producer")
    now = [1000.0]
    monkeypatch.setattr(logs.time, "monotonic", lambda: now[0])
    for size in range(101, 208):  # the 107 warnings, each followed by its flush time
        producer.warning(f"producer buffer full size {size}")
        producer.info("producer flush took 0.05")
        now[0] += 0.1
    now[0] += logs.BUFFER_SUMMARY_EVERY_S
    producer.warning("producer buffer full size 120")
    first, summary = logged()
    assert first["level"] == "warning" and first["event"].startswith("producer buffer full: 101 messages")
    assert summary["event"].startswith("producer buffer full 107 time(s) in the last 71 s, at most 207 messages waiting")


def test_configure_logging__a_library_traceback_is_text_in_the_json_line(logged: Any) -> None:
    try:
        raise OSError(98, "address already in use")
    except OSError:
        logging.getLogger("faust.worker").exception("[^Worker]: Error: %r", "bind")
    (line,) = logged()
    assert line["level"] == "error" and "Traceback (most recent call last)" in line["exception"]
    assert "OSError: [Errno 98] address already in use" in line["exception"]
