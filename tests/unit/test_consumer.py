"""The commit guard: a partition commits only offsets that were processed or that its fetches
showed to hold no record (streams/consumer.py)."""

from __future__ import annotations

import time
from types import SimpleNamespace
from unittest.mock import AsyncMock

import faust
import pytest
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from streams.app import _Transport
from streams.consumer import (
    HOLE_GRACE_S,
    IDLE_S,
    REREAD_BACKOFF_S,
    TAIL_GRACE_S,
    HoleGuardConsumer,
    PartitionLedger,
    commit_end,
    fetched_spans,
)


def test_commit_end_runs_over_acked_offsets_from_the_floor() -> None:
    assert commit_end(10, [10, 11, 12, 14], []) == 13


def test_commit_end_stays_at_the_floor_when_the_floor_was_not_processed() -> None:
    # Faust's own check lets one unprocessed record through (min(acked) - committed > 1).
    assert commit_end(10, [11, 12, 13], []) == 10
    assert commit_end(0, list(range(495, 1000)), []) == 0


def test_commit_end_passes_spans_the_broker_showed_empty() -> None:
    assert commit_end(10, [12, 13, 16], [(10, 12), (14, 16)]) == 17
    assert commit_end(10, [11], [(5, 11)]) == 12


def test_commit_end_with_nothing_acked_is_the_floor() -> None:
    assert commit_end(7, [], [(0, 3)]) == 7


def test_fetched_spans_are_the_jumps_between_returned_offsets() -> None:
    assert fetched_spans([5, 6, 9, 10], expected=5) == ([(7, 9)], 11)
    assert fetched_spans([8, 9], expected=5) == ([(5, 8)], 10)


def test_fetched_spans_after_a_seek_infer_nothing_before_the_first_record() -> None:
    # Where a fetch started is unknown after a seek Faust made: a fetch already under way may
    # return records from before it, so no span before its first record is taken as empty.
    assert fetched_spans([40, 41], expected=None) == ([], 42)


def test_fetched_spans_going_back_after_a_re_read_infer_nothing() -> None:
    assert fetched_spans([0, 1, 2], expected=495) == ([], 3)


def test_an_empty_fetch_keeps_where_the_next_one_starts() -> None:
    assert fetched_spans([], expected=12) == ([], 12)


@pytest.mark.parametrize(
    ("since", "reread_at", "due"),
    [
        (None, float("-inf"), False),
        (100.0, float("-inf"), True),
        (100.0 + HOLE_GRACE_S / 2, float("-inf"), False),
        (100.0, 100.0 + HOLE_GRACE_S + 1 - REREAD_BACKOFF_S / 2, False),
    ],
)
def test_a_hole_is_read_again_after_its_grace_and_not_more_often_than_the_backoff(
    since: float | None, reread_at: float, due: bool
) -> None:
    ledger = PartitionLedger(hole_since=since, reread_at=reread_at)
    assert ledger.reread_due(100.0 + HOLE_GRACE_S + 1) is due


def test_a_fetch_position_past_the_floor_while_idle_is_a_tail_hole_after_its_grace() -> None:
    ledger = PartitionLedger()
    ledger.note_tail(floor=100, fetched_to=120, now=0.0)
    assert ledger.tail_since == 0.0
    ledger.note_tail(floor=100, fetched_to=120, now=TAIL_GRACE_S / 2)
    assert not ledger.reread_due(TAIL_GRACE_S / 2)  # maybe still on their way
    assert ledger.reread_due(TAIL_GRACE_S)


@pytest.mark.parametrize(("floor", "fetched_to"), [(100, 100), (None, 120), (100, None)])
def test_no_tail_hole_when_all_fetched_is_committed_the_floor_unknown_or_the_streams_busy(
    floor: int | None, fetched_to: int | None
) -> None:
    ledger = PartitionLedger(tail_since=5.0)
    ledger.note_tail(floor=floor, fetched_to=fetched_to, now=50.0)
    assert ledger.tail_since is None


def test_the_ledger_forgets_empty_spans_below_the_commit() -> None:
    ledger = PartitionLedger(next_fetch=0)
    ledger.note_fetched([0, 3, 4, 8])
    assert ledger.absent == [(1, 3), (5, 8)]
    ledger.forget_below(5)
    assert ledger.absent == [(5, 8)]
    assert ledger.next_fetch == 9


RAW = TP("news.raw", 1)


def consumer_reading(tp: TP) -> HoleGuardConsumer:
    """The consumer a worker builds, not started: its commit and fetch bookkeeping only."""
    app = faust.App("consumer-test", broker="kafka://127.0.0.1:1")
    app.topics._acking_topics.add(tp.topic)

    async def nothing(*_: object) -> None:
        return None

    consumer = _Transport(app.conf.broker_consumer, app).create_consumer(
        callback=nothing, on_partitions_revoked=nothing, on_partitions_assigned=nothing
    )
    assert isinstance(consumer, HoleGuardConsumer)
    return consumer


def polling(consumer: HoleGuardConsumer, committed: int, fetched: list[int]) -> HoleGuardConsumer:
    """``consumer`` assigned RAW, committed at ``committed``, its next poll returning ``fetched``;
    seeks recorded, not sent."""
    consumer._committed_offset[RAW] = committed
    consumer.assignment = lambda: {RAW}  # type: ignore[method-assign]
    consumer._seek = AsyncMock()  # type: ignore[method-assign]
    consumer._active_partitions = {RAW}
    records = {RAW: [SimpleNamespace(offset=offset) for offset in fetched]} if fetched else {}
    consumer._getmany = AsyncMock(return_value=records)  # type: ignore[method-assign]
    return consumer


def message(offset: int, *, taken: bool = True) -> ConsumerMessage:
    """A record of RAW; ``taken``: a stream took it (Faust marks it tracked)."""
    record = ConsumerMessage(
        topic=RAW.topic,
        partition=RAW.partition,
        offset=offset,
        timestamp=0.0,
        timestamp_type=0,
        headers=None,
        key=b"",
        value=b"",
        checksum=None,
        tp=RAW,
    )
    record.tracked = taken
    return record


def test_a_record_a_stream_skipped_unprocessed_is_not_acked() -> None:
    consumer = consumer_reading(RAW)
    consumer._committed_offset[RAW] = 10
    assert consumer.ack(message(10, taken=False)) is False
    assert consumer.ack(message(11)) is True
    assert consumer._new_offset(RAW) is None  # 10 was never processed: no commit past it


def test_a_hole_at_the_floor_holds_the_commit_until_it_is_processed() -> None:
    consumer = consumer_reading(RAW)
    consumer._committed_offset[RAW] = 10
    for offset in (11, 12):
        consumer.ack(message(offset))
    assert consumer._new_offset(RAW) is None
    assert consumer._ledger(RAW).hole_since is not None
    consumer.ack(message(10))
    assert consumer._new_offset(RAW) == 13
    assert consumer._ledger(RAW).hole_since is None


async def test_before_the_first_commit_the_floor_is_the_log_start() -> None:
    consumer = consumer_reading(RAW)
    consumer.earliest_offsets = AsyncMock(return_value={RAW: 0})  # type: ignore[method-assign]
    for offset in range(495, 500):
        consumer.ack(message(offset))
    assert consumer._new_offset(RAW) is None  # the log start is not known yet: wait for it
    await consumer._learn_log_starts()
    assert consumer._new_offset(RAW) is None  # 0-494 were never processed
    for offset in range(495):
        consumer.ack(message(offset))
    assert consumer._new_offset(RAW) == 500


async def test_a_hole_past_its_grace_is_read_again_from_the_floor_between_polls() -> None:
    consumer = polling(consumer_reading(RAW), committed=2471, fetched=list(range(2471, 2480)))
    consumer.ack(message(2490))
    assert consumer._new_offset(RAW) is None
    consumer._ledger(RAW).hole_since -= HOLE_GRACE_S  # type: ignore[operator]

    records, _ = await consumer._wait_next_records(timeout=0.1)

    consumer._seek.assert_awaited_once_with(RAW, 2471)  # type: ignore[attr-defined]
    assert [record.offset for record in records[RAW]] == list(range(2471, 2480))
    assert consumer._ledger(RAW).next_fetch == 2480


async def test_records_the_broker_showed_absent_are_committed_over() -> None:
    consumer = polling(
        consumer_reading(RAW), committed=20, fetched=[21, 22]
    )  # 20: a transaction marker
    consumer._ledger(RAW).next_fetch = 20  # as after a re-read from 20
    await consumer._wait_next_records(timeout=0.1)
    for offset in (21, 22):
        consumer.ack(message(offset))
    assert consumer._new_offset(RAW) == 23


async def test_a_tail_hole_is_read_again_once_the_streams_are_idle() -> None:
    # As a restarted worker left it: committed at 17, the fetcher at the partition's end (76),
    # nothing acked, nothing on its way.
    consumer = polling(consumer_reading(RAW), committed=17, fetched=[])
    consumer.position = AsyncMock(return_value=76)  # type: ignore[method-assign]
    consumer._ledger(RAW)
    consumer._last_ack_at = time.monotonic() - IDLE_S

    await consumer._wait_next_records(timeout=0.1)
    consumer._seek.assert_not_awaited()  # type: ignore[attr-defined]
    consumer._ledger(RAW).tail_since -= TAIL_GRACE_S  # type: ignore[operator]
    await consumer._wait_next_records(timeout=0.1)

    consumer._seek.assert_awaited_once_with(RAW, 17)  # type: ignore[attr-defined]


async def test_a_busy_consumer_asks_no_positions() -> None:
    consumer = polling(consumer_reading(RAW), committed=17, fetched=[17, 18])
    consumer.position = AsyncMock(return_value=19)  # type: ignore[method-assign]
    await consumer._wait_next_records(timeout=0.1)
    consumer.position.assert_not_awaited()


async def test_an_idle_consumer_whose_fetches_are_all_committed_asks_no_positions() -> None:
    consumer = polling(consumer_reading(RAW), committed=76, fetched=[])
    consumer.position = AsyncMock(return_value=76)  # type: ignore[method-assign]
    consumer._ledger(RAW).next_fetch = 76
    consumer._last_ack_at = time.monotonic() - IDLE_S
    await consumer._wait_next_records(timeout=0.1)
    consumer.position.assert_not_awaited()
