"""The loop every agent shares: decode, call one pure function, encode, send; reject on error."""

from __future__ import annotations

import traceback
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

import faust

from streams.codec import encode
from streams.crash_points import crash_point
from streams.logs import log
from streams.metrics import counted, timed
from streams.records import Rejected, utc_now

MAX_REASON_CHARS = 500


@dataclass(frozen=True)
class Output:
    """One message a stage sends: topic, key, value bytes and event time."""

    topic: faust.TopicT
    key: bytes
    value: bytes
    event_time: datetime | None = None


class StageFailure(Exception):
    """A failure reported by work done elsewhere (a child process), under its original type name."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type


Process = Callable[[bytes | None, bytes], Iterable[Output]]
AfterSend = Callable[[bytes | None, bytes], None]


async def run_stage(
    stream: AsyncIterable[faust.EventT],
    stage: str,
    process: Process,
    rejected_topic: faust.TopicT,
    after_send: AfterSend | None = None,
) -> None:
    """Run ``process`` on every event; a failure goes to ``rejected_topic``, never kills us.

    ``after_send`` runs once the outputs are sent (e.g. "mark this page seen"), so a crash
    between the two re-delivers the message rather than losing its outputs.
    """
    async for event in stream.events():  # type: ignore[attr-defined]
        key, value = event.key, event.value
        try:
            with timed(stage):
                outputs = list(process(key, value))
        except Exception as exc:  # noqa: BLE001 - any failure of one message is that message's
            counted(stage, "rejected")
            await reject(rejected_topic, stage, exc, key, value)
            continue
        counted(stage, "processed")
        await send_all(outputs)
        if after_send is not None:
            after_send(key, value)


BatchProcess = Callable[[list[tuple[bytes | None, bytes]]], Awaitable[list[list[Output] | BaseException]]]


async def run_batched_stage(
    stream: faust.StreamT,
    stage: str,
    process_batch: BatchProcess,
    rejected_topic: faust.TopicT,
    batch_size: int,
    within: float,
) -> None:
    """``run_stage`` for work that is cheaper in batches (embeddings): up to ``batch_size``
    events or ``within`` seconds at a time; ``process_batch`` returns, per event, its outputs
    or the exception that rejects it."""
    async for events in stream.take_events(batch_size, within=within):
        pairs = [(event.key, event.value) for event in events]
        with timed(stage, len(pairs)):
            results = await process_batch(pairs)
        for (key, value), result in zip(pairs, results, strict=True):
            if isinstance(result, BaseException):
                counted(stage, "rejected")
                await reject(rejected_topic, stage, result, key, value)
                continue
            counted(stage, "processed")
            await send_all(result)


async def send_all(outputs: Iterable[Output]) -> None:
    for number, output in enumerate(outputs):
        if number:
            crash_point("stage.between_sends")
        timestamp = output.event_time.timestamp() if output.event_time else None
        await output.topic.send(key=output.key, value=output.value, timestamp=timestamp)


async def reject(topic: faust.TopicT, stage: str, exc: BaseException, key: bytes | None, value: bytes) -> None:
    """Put a message that failed on the rejected topic, with a one-line reason."""
    error_type = exc.error_type if isinstance(exc, StageFailure) else type(exc).__name__
    reason = f"{error_type}: {exc}"[:MAX_REASON_CHARS]
    key_text = key.decode("utf-8", "replace") if isinstance(key, bytes) else None
    log.warning("rejected", stage=stage, key=key_text, reason=reason)
    if not isinstance(exc, ValueError | StageFailure):
        log.debug("rejected.traceback", stage=stage, traceback="".join(traceback.format_exception(exc)))
    record = Rejected(
        stage=stage,
        reason=reason,
        error_type=error_type,
        key=key_text,
        original=value if isinstance(value, bytes) else bytes(str(value), "utf-8"),
        rejected_at=utc_now(),
    )
    await topic.send(key=key, value=encode(record))
