"""structlog, configured once: JSON lines for machines, or readable lines on a terminal.

storywire's own events and the records of the libraries under it (Faust, mode, aiokafka) go
through the same processors and the same renderer, to stderr: one format per run, JSON when
stderr is not a terminal. Three kinds of library records are tamed on the way (``LibraryRecords``):
Faust's start-up tables and service chatter go to debug, its commit-livelock error is checked
against what the consumer really has pending, and the producer buffer's per-message warnings are
summarized.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, TextIO

import structlog

LIBRARIES = ("faust", "mode", "aiokafka")
# Faust services log each step of their start and stop at INFO ("[^--Producer]: Starting...",
# about 40 lines a start); what matters ("Worker ready", the group's partitions, errors) stays.
SERVICE_CHATTER = re.compile(
    r"\]: (Starting\.\.\.|Stopping\.\.\.|-Stopped!|Shutting down\.\.\.|Waiting for |Gathering |Closing event loop"
    r"|Creating topic |Topic .* created\.|Executing _on_partitions_assigned|Wait for streams|Flush producer buffer"
    r"|Cleanup$|Consumer shutting down for user cancel)"
    r"|^Executing _on_partitions_assigned|^generation id |^Metadata for topic has changed"
)
# Faust's commit livelock detector (faust/transport/drivers/aiokafka.py, verify_event_path).
LIVELOCK_MESSAGES = ("Has not committed %r at all since worker start", "Has not committed %r (last commit")
BUFFER_FULL = "producer buffer full size "  # faust/transport/producer.py, ProducerBuffer.wait_until_ebb
BUFFER_FLUSH = "producer flush took "
# One line per this many seconds while the producer buffer keeps filling, not one per message.
BUFFER_SUMMARY_EVERY_S = 60.0

PendingCheck = Callable[[Any], "str | None"]  # a topic partition -> what is pending on it, or None


def configure_logging(level: str = "info", json: bool | None = None, stream: TextIO | None = None) -> None:
    """Route structlog and the stdlib loggers (Faust, mode, aiokafka) to ``stream`` (stderr),
    rendered alike: JSON unless it is a terminal."""
    stream = stream if stream is not None else sys.stderr
    as_json = (not stream.isatty()) if json is None else json
    threshold = logging.getLevelName(level.upper())
    renderer: Any = structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer(colors=False)
    shared: list[Any] = [structlog.processors.TimeStamper(fmt="iso", utc=True)]
    if as_json:  # a traceback as text in the line; on a terminal the console renderer draws it
        shared.append(structlog.processors.format_exc_info)
    structlog.configure(
        processors=[structlog.contextvars.merge_contextvars, structlog.processors.add_log_level, *shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(threshold),
        logger_factory=structlog.PrintLoggerFactory(file=stream),
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[structlog.stdlib.add_log_level, structlog.stdlib.add_logger_name, *shared],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    ))
    handler.addFilter(LibraryRecords(threshold))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    # The root level is the threshold: below it a library record is never even built (aiokafka's
    # debug lines were ~7% of the event loop when Faust's spinner set the root to DEBUG).
    root.setLevel(threshold)


_pending_check: PendingCheck | None = None


def watch_commits(check: PendingCheck | None) -> None:
    """Tell the log filter how to ask the worker's consumer what is pending on a partition (the
    worker calls it once its app exists; None: no consumer, every livelock error is kept)."""
    global _pending_check
    _pending_check = check


def consumer_pending(consumer: Any, tp: Any) -> str | None:
    """What a Faust consumer has pending on ``tp``, or None: no message of it in processing and
    no processed offset waiting for a commit. From Faust's own bookkeeping
    (faust/transport/consumer.py): ``_unacked_messages`` (handed to a stream, not acked yet) and
    ``_acked`` (acked offsets a commit has not taken yet: it takes them as soon as they follow the
    committed offset without a gap)."""
    unacked = sum(1 for message in list(consumer._unacked_messages) if message.tp == tp)
    acked = len(consumer._acked.get(tp) or ())
    if not (unacked or acked):
        return None
    read, committed = consumer._read_offset.get(tp), consumer._committed_offset.get(tp)
    return (f"{unacked} message(s) in processing, {acked} processed and not committed "
            f"(committed offset {committed}, read offset {read})")


class LibraryRecords(logging.Filter):
    """On the handler: rewrites or lowers a few library records, then drops what fell below
    ``threshold`` (a handler filter runs after the level check, so a lowered record must be
    dropped here)."""

    def __init__(self, threshold: int) -> None:
        super().__init__()
        self.threshold = threshold
        self._buffer_reported_at: float | None = None
        self._buffer_full = 0
        self._buffer_largest = 0
        self._buffer_flush_s = 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.msg if isinstance(record.msg, str) else str(record.msg)
        # mode's services (Faust's, and storywire's subclasses of them) prefix their name: "[^--Producer]: ..."
        if not (record.name.startswith(LIBRARIES) or message.startswith("[^")):
            return True
        # mode prefixes a service's records with its name: "[^---AIOKafkaConsumerThread]: Has not..."
        if any(text in message for text in LIVELOCK_MESSAGES):
            self._livelock(record)
        elif message.startswith((BUFFER_FULL, BUFFER_FLUSH)):
            self._producer_buffer(record, message)
        elif record.levelno == logging.INFO and (_is_table(record) or SERVICE_CHATTER.search(message)):
            _lower(record)
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(_compact(arg) for arg in record.args)
        elif isinstance(record.args, Mapping) and _compact(record.args) is not record.args:
            record.args = (_compact(record.args),)  # logging unpacks a lone mapping argument
        return record.levelno >= self.threshold

    def _livelock(self, record: logging.LogRecord) -> None:
        """Faust's commit livelock detector (faust/transport/drivers/aiokafka.py,
        ``verify_event_path``, every 7 s) logs "Has not committed TP (last commit N minutes ago)"
        at ERROR, with "(report as bug)", when three clocks line up: the high watermark of the
        partition's last fetch response is past the fetch position, a stream took an event from
        it in the last ``stream_processing_timeout``, and its last commit is older than
        ``broker_commit_livelock_soft_timeout`` (5 min each). It never asks whether anything is
        left to commit, and Faust commits a partition only when its offset moves: one that got no
        new record for 5 minutes keeps its old commit time, so fetch state that trails the
        broker for a moment (a fetch in flight, a partition paused while the stream buffer
        drained, a re-delivery after a rebalance, whose offsets are below the commit and never
        counted) is enough. Here the consumer is asked: when no message of the partition is in
        processing and no processed offset waits for a commit, the record becomes a debug line
        saying so; otherwise the stall is real and stays an error, with the counts instead of
        Faust's "report as bug"."""
        tp = record.args[0] if isinstance(record.args, tuple) and record.args else None
        if _pending_check is None or tp is None:
            return
        try:
            pending = _pending_check(tp)
        except Exception:  # noqa: BLE001 - the consumer mid-rebalance: keep Faust's record as it is
            return
        said = record.getMessage().split("\n", 1)[0].strip()
        if pending is None:
            record.msg, record.args = "commit check: nothing to commit on %s, no message of it in processing or uncommitted (%s)", (tp, said)
            _lower(record)
        else:
            record.msg, record.args = "commit stalled on %s: %s (%s)", (tp, pending, said)

    def _producer_buffer(self, record: logging.LogRecord, message: str) -> None:
        """Faust warns once per incoming message while its producer buffer (table changelog
        writes waiting for the broker) holds more than 100, and logs each flush's time: the
        streams are waiting for the broker, by design (backpressure). The first warning passes,
        then one line per BUFFER_SUMMARY_EVERY_S with the count, the largest size and the time spent."""
        number = _number_in(message)
        if message.startswith(BUFFER_FLUSH):
            self._buffer_flush_s += number
            _lower(record)
            return
        self._buffer_full += 1
        self._buffer_largest = max(self._buffer_largest, int(number))
        now = time.monotonic()
        if self._buffer_reported_at is None:
            record.msg = (
                "producer buffer full: %d messages (table changelog writes) wait for the broker and the "
                "streams wait for them (backpressure); summarized every %.0f s from now on"
            )
            record.args = (int(number), BUFFER_SUMMARY_EVERY_S)
        elif now - self._buffer_reported_at >= BUFFER_SUMMARY_EVERY_S:
            record.msg = "producer buffer full %d time(s) in the last %.0f s, at most %d messages waiting, %.1f s of waiting"
            record.args = (self._buffer_full, now - self._buffer_reported_at, self._buffer_largest, self._buffer_flush_s)
        else:
            _lower(record)
            return
        self._buffer_reported_at, self._buffer_full, self._buffer_largest, self._buffer_flush_s = now, 0, 0, 0.0


def _lower(record: logging.LogRecord) -> None:
    record.levelno, record.levelname = logging.DEBUG, "DEBUG"


def _is_table(record: logging.LogRecord) -> bool:
    """Faust's formatter draws these as ASCII tables: subscriptions (sets of topic names) and
    any message already holding a table (recovery's highwaters and offsets)."""
    args = record.args if isinstance(record.args, tuple) else ()
    # Collections of topic partitions are not tables: _compact puts them on one line.
    tables = [arg for arg in args if isinstance(arg, set | frozenset | list) and _compact(arg) is arg]
    return bool(tables) or "\n" in record.getMessage()


def _compact(arg: Any) -> Any:
    """Topic partitions in a line: ``news.raw[0,1] news.by-desk[3]`` for a collection of them,
    ``news.raw[0]=12`` for a mapping of them to offsets; anything else as it is."""
    if _is_tp(arg):
        return f"{arg.topic}[{arg.partition}]"
    if isinstance(arg, Mapping) and arg and all(_is_tp(k) for k in arg):
        return " ".join(f"{tp.topic}[{tp.partition}]={value}" for tp, value in sorted(arg.items()))
    if isinstance(arg, set | frozenset | list | tuple) and arg and all(_is_tp(tp) for tp in arg):
        by_topic: dict[str, list[int]] = {}
        for tp in arg:
            by_topic.setdefault(tp.topic, []).append(tp.partition)
        return " ".join(f"{topic}[{','.join(map(str, sorted(parts)))}]" for topic, parts in sorted(by_topic.items()))
    return arg


def _is_tp(value: Any) -> bool:
    return hasattr(value, "topic") and hasattr(value, "partition") and isinstance(value.partition, int)


def _number_in(message: str) -> float:
    found = re.search(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", message)
    return float(found.group()) if found else 0.0


log = structlog.get_logger("storywire")
