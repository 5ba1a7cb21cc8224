"""The stream consumer: Faust's aiokafka consumer, made to never commit past a record that no
stream processed.

Faust 0.15 loses records around a worker's start and rebalances (docs/reliability.md, "Lost
batches around a worker's start"). Seen in the crash tests: in a restarted worker, records of a
fetch under way while the recovery seeks to the committed offsets reach the streams, and runs
of them are never processed. Read in its code: ``getmany`` drops fetched records of a partition
it holds paused at that moment, or a poll's rest when flow stops or the generation changes,
after aiokafka's position has moved past them; the streams ack, unprocessed, the records they
skip at a generation change; any jump between delivered offsets counts as a gap to commit over;
and acked offsets are checked to start at the committed one only when that offset is above 0.
Then the commit passes pages that no agent ever saw, for good, or the partition stalls.

Here the commit is the end of the run of offsets from the commit floor (the committed offset,
or the log's start before the first commit) that were processed, or that the broker returned
no record for (control markers, compacted or deleted records), as seen in the fetches
themselves. A record that is neither is a hole: the partition stops committing there, and if
the hole outlives HOLE_GRACE_S, the partition is read again from it (the stages are idempotent:
a page seen before is skipped, an article placed before changes nothing).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from streams.logs import log
from streams.metrics import counted

# In-order streams ack a partition's records in order, so a hole behind an acked record is a
# lost record at once; the grace only spares a re-read when that order does not hold.
HOLE_GRACE_S = 5.0
# A hole at a partition's end has no later ack to show it: once the consumer has acked nothing
# for IDLE_S (no stream is busy), a partition whose fetch position stays past its commit with
# nothing acked on it for TAIL_GRACE_S more is read again.
TAIL_GRACE_S = 20.0
IDLE_S = 10.0
# A partition is read again at most this often: a hole that re-reading did not fill (a record
# skipped again) waits, rather than looping the fetcher.
REREAD_BACKOFF_S = 30.0

Span = tuple[int, int]  # offsets [start, end)


def commit_end(floor: int, acked: Iterable[int], absent: Sequence[Span]) -> int:
    """The offset to commit: the end of the run of offsets, from ``floor``, each either acked
    or known to hold no record (``absent``). ``floor`` itself when that run is empty."""
    done = set(acked)
    end = floor
    spans = sorted(absent)
    index = 0
    while True:
        while index < len(spans) and spans[index][1] <= end:
            index += 1
        if end in done:
            end += 1
        elif index < len(spans) and spans[index][0] <= end:
            end = spans[index][1]
        else:
            return end


def fetched_spans(offsets: Sequence[int], expected: int | None) -> tuple[list[Span], int | None]:
    """Offsets one fetch returned for a partition, in order: the spans the broker showed to hold
    no record (jumps, and a jump from ``expected``, where the fetch started, when known) and
    where the next fetch starts."""
    if not offsets:
        return [], expected
    absent: list[Span] = []
    previous = expected
    for offset in offsets:
        if previous is not None and offset > previous:
            absent.append((previous, offset))
        previous = offset + 1
    return absent, previous


@dataclass
class PartitionLedger:
    """What the consumer knows of one partition it commits: where the next fetch starts (None
    when a seek made that unknown), the spans proven empty, and the hole it waits on: behind an
    acked record (hole_since) or at the end of what was fetched (tail_since)."""

    next_fetch: int | None = None
    absent: list[Span] = field(default_factory=list)
    hole_since: float | None = None
    tail_since: float | None = None
    fetched_to: int | None = None
    reread_at: float = float("-inf")

    def note_fetched(self, offsets: Sequence[int]) -> None:
        spans, self.next_fetch = fetched_spans(offsets, self.next_fetch)
        self.absent.extend(spans)

    def forget_below(self, offset: int) -> None:
        self.absent = [(start, end) for start, end in self.absent if end > offset]

    def note_tail(self, floor: int | None, fetched_to: int | None, now: float) -> None:
        """``fetched_to``: where the fetcher stands, when the consumer is idle and nothing of
        this partition is acked (None otherwise). Past ``floor``, its records are lost."""
        self.fetched_to = fetched_to
        if floor is None or fetched_to is None or fetched_to <= floor:
            self.tail_since = None
        elif self.tail_since is None:
            self.tail_since = now

    def reread_due(self, now: float) -> bool:
        behind_an_ack = self.hole_since is not None and now - self.hole_since >= HOLE_GRACE_S
        at_the_end = self.tail_since is not None and now - self.tail_since >= TAIL_GRACE_S
        return (behind_an_ack or at_the_end) and now - self.reread_at >= REREAD_BACKOFF_S


class HoleGuardConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer whose commits never pass a record that was not processed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ledgers: dict[TP, PartitionLedger] = {}
        self._log_starts: dict[TP, int] = {}
        self._last_ack_at = time.monotonic()

    def _ledger(self, tp: TP) -> PartitionLedger:
        ledger = self._ledgers.get(tp)
        if ledger is None:
            ledger = self._ledgers[tp] = PartitionLedger()
        return ledger

    def ack(self, message: Any) -> bool:
        # A message a stream never took (it skipped it at a generation change or a flow stop)
        # is acked by Faust all the same; it was not processed, so it is no ack at all.
        if not message.tracked:
            return False
        self._last_ack_at = time.monotonic()
        return super().ack(message)

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        # Faust counts any jump between delivered offsets as records that do not exist, also
        # when it dropped them itself; only what the fetches showed counts (note_fetched).
        return None

    def _commit_floor(self, tp: TP) -> int | None:
        committed = self._committed_offset[tp]
        return committed if committed is not None else self._log_starts.get(tp)

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        floor = self._commit_floor(tp)
        if not acked or floor is None:
            return None
        ledger = self._ledger(tp)
        end = commit_end(floor, acked, ledger.absent)
        if end == floor:  # something after the floor was processed, the floor itself was not
            if ledger.hole_since is None:
                ledger.hole_since = time.monotonic()
            return None
        ledger.hole_since = None
        self._acked_index[tp].difference_update(offset for offset in acked if offset < end)
        acked[:] = [offset for offset in acked if offset >= end]
        ledger.forget_below(end)
        return end

    async def _wait_next_records(self, timeout: float) -> Any:
        # The fetcher calls this between polls, so a seek here races no fetch in flight.
        await self._reread_holes()
        records, active_partitions = await super()._wait_next_records(timeout)
        acks_enabled_for = self.app.topics.acks_enabled_for
        for tp, batch in (records or {}).items():
            if acks_enabled_for(tp.topic):  # changelogs are read, never committed
                self._ledger(tp).note_fetched([record.offset for record in batch])
        return records, active_partitions

    async def _reread_holes(self) -> None:
        await self._learn_log_starts()
        now = time.monotonic()
        idle = now - self._last_ack_at >= IDLE_S
        assigned = (
            self.assignment()
            if idle or any(ledger.hole_since is not None for ledger in self._ledgers.values())
            else set()
        )
        for tp, ledger in list(self._ledgers.items()):
            floor = self._commit_floor(tp)
            # Only where something fetched may lie past the commit: an idle live worker whose
            # fetches all were committed asks aiokafka nothing.
            fetched_past = floor is not None and (
                ledger.next_fetch is None or ledger.next_fetch > floor
            )
            at_rest = idle and fetched_past and tp in assigned and not self._acked[tp]
            ledger.note_tail(floor, await self.position(tp) if at_rest else None, now)
        for tp, ledger in list(self._ledgers.items()):
            floor = self._commit_floor(tp)
            if ledger.reread_due(now) and tp in assigned and floor is not None:
                await self._reread(tp, floor, now)

    async def _reread(self, tp: TP, floor: int, now: float) -> None:
        ledger = self._ledger(tp)
        acked = self._acked[tp]
        last = min(acked) - 1 if acked else (ledger.fetched_to or floor + 1) - 1
        log.warning(
            "consumer.reread",
            topic=tp.topic,
            partition=tp.partition,
            offsets=f"{floor}-{last}",
            reason="records fetched but never processed; reading them again",
        )
        counted("consumer", "reread")
        await self.seek(tp, floor)
        ledger.next_fetch = floor  # no fetch is under way: the next one starts at the floor
        ledger.reread_at = now
        ledger.hole_since = ledger.tail_since = None

    async def _learn_log_starts(self) -> None:
        # Before its first commit a partition is read from its log's start (auto_offset_reset
        # is earliest), which is then the commit floor.
        read = {tp for tp, offsets in self._acked.items() if offsets} | self._ledgers.keys()
        unknown = [
            tp for tp in read if tp not in self._log_starts and self._committed_offset[tp] is None
        ]
        if unknown:
            starts: Mapping[TP, int] = await self.earliest_offsets(*unknown)
            self._log_starts.update(
                {tp: offset for tp, offset in starts.items() if offset is not None}
            )

    async def seek(self, partition: TP, offset: int) -> None:
        await super().seek(partition, offset)
        self._ledger(partition).next_fetch = None  # a fetch already under way may still return

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        for tp in revoked:
            self._ledgers.pop(tp, None)
            self._log_starts.pop(tp, None)
        await super().on_partitions_revoked(revoked)
