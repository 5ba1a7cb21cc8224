"""The loop every agent shares: decode, call one pure function, encode, send; reject on error."""

from __future__ import annotations

import asyncio
import traceback
import weakref
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import faust
from aiokafka.errors import MessageSizeTooLargeError
from faust import streams as faust_streams
from faust.exceptions import ProducerSendError

from streams.codec import encode
from streams.crash_points import crash_point
from streams.logs import log
from streams.metrics import counted, timed
from streams.records import Rejected, utc_now

MAX_REASON_CHARS = 500
R = TypeVar("R")


@dataclass(frozen=True)
class Output:
    """One message a stage sends: topic, key, value bytes and event time."""

    topic: faust.TopicT
    key: bytes
    value: bytes
    event_time: datetime | None = None


class RecordTooLargeError(ValueError):
    """An output record over the producer's size limit: the message it came from is rejected."""


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
            await reject(rejected_topic, stage, exc, key, value)
            continue
        try:
            await send_all(outputs)
        except RecordTooLargeError as exc:
            await reject(rejected_topic, stage, exc, key, value)
            continue
        counted(stage, "processed")
        if after_send is not None:
            after_send(key, value)


@dataclass(frozen=True)
class Rejection:
    """A message, or one article of it, that failed at ``stage``, with what that stage was given."""

    stage: str
    error: BaseException
    key: bytes | None
    value: bytes


@dataclass(frozen=True)
class Message:
    """One event of a batch, as its work needs it."""

    key: bytes | None
    value: bytes
    partition: int = 0
    offset: int = -1


Work = Callable[[list[Message]], Awaitable[list[R]]]
Deliver = Callable[[Message, R], list[Output | Rejection]]
AfterSent = Callable[[Message], None]
BATCHES_AHEAD = 1  # batches worked on while the one before is sent: the children never wait for the loop


async def run_batched_stage(
    stream: faust.StreamT,
    stage: str,
    work: Work[R],
    deliver: Deliver[R],
    rejected_topic: faust.TopicT,
    batch_size: int,
    within: float,
    after_send: AfterSent | None = None,
) -> None:
    """``run_stage`` for work that is cheaper in batches and done elsewhere (child processes): up
    to ``batch_size`` events or ``within`` seconds at a time go to ``work`` while the batch before
    is delivered. Delivery is in event order, one event at a time, with that event current (a
    table write goes to its partition): ``deliver`` turns the event's result into what to send,
    outputs and rejections it has counted itself; ``after_send`` runs once something was sent.
    An event is acked (its offset may be committed) only after that, so a crash re-delivers
    whatever was not sent."""
    ahead: asyncio.Queue[tuple[list[faust.EventT], list[Message], asyncio.Future[list[R]]] | None] = asyncio.Queue(
        BATCHES_AHEAD
    )
    sender = asyncio.ensure_future(_deliver_batches(stream, stage, ahead, deliver, rejected_topic, after_send))
    try:
        async for events in stream.take_events(batch_size, within=within):
            for event in events:
                event.message.incref()  # take_events acks the batch when it asks for the next one
            messages = [_message(event) for event in events]
            await ahead.put((events, messages, asyncio.ensure_future(work(messages))))
            if sender.done():
                sender.result()  # a failure of the delivery loop itself: raise it here
        await ahead.put(None)
        await sender
    finally:
        sender.cancel()


async def _deliver_batches(
    stream: faust.StreamT,
    stage: str,
    ahead: asyncio.Queue[tuple[list[faust.EventT], list[Message], asyncio.Future[list[R]]] | None],
    deliver: Deliver[R],
    rejected_topic: faust.TopicT,
    after_send: AfterSent | None,
) -> None:
    while (batch := await ahead.get()) is not None:
        events, messages, working = batch
        try:
            results: list[R] | BaseException = await working
        except Exception as exc:  # noqa: BLE001 - the batch's work failed as a whole: reject each event
            results = exc
        for index, (event, message) in enumerate(zip(events, messages, strict=True)):
            with current(event):
                if isinstance(results, BaseException):
                    items: list[Output | Rejection] = [Rejection(stage, results, message.key, message.value)]
                else:
                    items = deliver(message, results[index])
                try:
                    await _send_or_reject(items, rejected_topic)
                except RecordTooLargeError as exc:
                    await reject(rejected_topic, stage, exc, message.key, message.value)
                else:
                    if after_send is not None and any(isinstance(item, Output) for item in items):
                        after_send(message)
            await stream.ack(event)


def _message(event: faust.EventT) -> Message:
    return Message(event.key, event.value, event.message.partition, event.message.offset)


@contextmanager
def current(event: faust.EventT) -> Iterator[None]:
    """Make ``event`` Faust's current event, as a stream does while its agent handles it (a
    batch from ``take_events`` leaves only the last one current)."""
    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)


async def _send_or_reject(items: list[Output | Rejection], rejected_topic: faust.TopicT) -> None:
    for number, item in enumerate(items):
        if number:
            crash_point("stage.between_sends")
        if isinstance(item, Rejection):
            await reject(rejected_topic, item.stage, item.error, item.key, item.value)
        else:
            await _send(item)


async def send_all(outputs: Iterable[Output]) -> None:
    for number, output in enumerate(outputs):
        if number:
            crash_point("stage.between_sends")
        await _send(output)


async def _send(output: Output) -> None:
    timestamp = output.event_time.timestamp() if output.event_time else None
    try:
        await output.topic.send(key=output.key, value=output.value, timestamp=timestamp)
    except ProducerSendError as exc:
        # The producer refuses a record over its limit before it is buffered: nothing was sent.
        if isinstance(exc.__cause__, MessageSizeTooLargeError):
            raise RecordTooLargeError(
                f"a {len(output.value):,}-byte record for {output.topic.get_topic_name()} is over the producer's "
                "size limit (streams/topics.py max_record_bytes)"
            ) from exc
        raise


async def reject(topic: faust.TopicT, stage: str, exc: BaseException, key: bytes | None, value: bytes) -> None:
    """Put a message that failed on the rejected topic, with a one-line reason, and count it."""
    counted(stage, "rejected")
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
