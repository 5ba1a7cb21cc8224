"""The durable state of the worker: two Faust tables whose keys form rings.

    placements    desk|slot -> one article's placement (bytes)   the group stage's only write
    seen-pages    partition|slot -> raw item id and its number    the split stage's dedup,
                  (now and then a source's template memory)       and the template memory

Every article writes one placement and every new page one seen-page record; a ring's slot is
the record's number modulo the ring's size, so a new record replaces the oldest one, no
deletion is ever written, and each changelog (compacted, as Faust creates it) holds at most a
ring's worth of keys: two changelog records an article at most. The grouping state (stories,
their index, frequencies, clocks, expiry) is folded in memory from the placements on start and
after every rebalance (agents/text/story_store.py): a crash can leave an article placed or not,
never half placed. The template memory (agents/text/sidebars.py) is a heuristic's evidence, not
a result: once every TEMPLATE_WRITE_EVERY pages of a source, the next seen-page record of its
partition carries that source's memory, so it costs no record of its own; a crash may lose the
pages since.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Iterable
from datetime import timedelta

from agents.text import sidebars
from agents.text.placements import placement_from_bytes, placement_to_bytes
from agents.text.sidebars import PageLines, TemplateMemory
from agents.text.stories import fold
from agents.text.story_store import GroupingState, Placement, ring_slot
from streams.app import app, settings

# The last pages of each raw partition a repeated page is recognised against (a re-published
# file, an overlapping backfill); a repeat older than that is grouped again, and the group
# stage still recognises its articles while their stories are held.
SEEN_PAGES_HELD = 20_000

placements_table = app.Table("placements", default=None, partitions=settings.partitions, value_type=bytes)  # raw bytes
seen_pages_table = app.Table("seen-pages", default=None, partitions=settings.partitions)

# A source's memory on a raw partition rides in a seen-page record after every
# TEMPLATE_WRITE_EVERY pages of it there: at most 160 KB per 50 pages at the busiest outlet
# measured (BBC: 5,000 lines, 480 topics). A crash loses at most that many pages' evidence of a
# heuristic, a quarter of its window, which the next pages of the source give back; a source
# silent for a whole seen-pages ring (SEEN_PAGES_HELD pages of its partition) starts over.
TEMPLATE_WRITE_EVERY = 50


class _FoldedOnRebalance:
    """Derived state that is folded again from its table after each rebalance (the table then
    holds the partitions this worker owns)."""

    _AFTER_REBALANCE = -1  # folded mid-rebalance: fold once more when it is over

    def __init__(self) -> None:
        self._folded_at: int | None = None

    def _needs_fold(self) -> bool:
        # Mid-rebalance the table may not be restored yet, and a fold of a large ring takes
        # seconds: fold at most once then (the board may ask), and again when it is over.
        if self._folded_at is None:
            return True
        return not app.rebalancing and self._folded_at != app.rebalancing_count

    def _folded(self) -> None:
        self._folded_at = self._AFTER_REBALANCE if app.rebalancing else app.rebalancing_count


class WorkerGrouping(_FoldedOnRebalance):
    """The group stage's state in the worker: folded from the placements table."""

    def __init__(self, horizon: timedelta) -> None:
        super().__init__()
        self.horizon = horizon
        self._state: GroupingState | None = None

    def state(self) -> GroupingState:
        if self._state is None or self._needs_fold():
            placements = (placement_from_bytes(data) for data in placements_table.values() if data)
            self._state = GroupingState.folded(placements, self.horizon, fold)
            self._folded()
        return self._state

    def persist(self, placement: Placement) -> None:
        placements_table[placement.slot] = placement_to_bytes(placement)

    def persist_again(self, desk: str, article_id: str) -> None:
        """Write a re-delivered article's placement once more. With the RocksDB store a kill can
        keep the local write and lose its changelog record; the table another worker restores
        from the changelog must still hold it."""
        slot = ring_slot(desk, self.state().placed_at[article_id])
        if (data := placements_table.get(slot)) is not None:
            placements_table[slot] = data

    def discard(self) -> None:
        """Forget the folded state (an article failed half-way): fold it again from the table."""
        self._state = None


class SeenPages(_FoldedOnRebalance):
    """Which raw pages the split stage has already split, and at which offset, in a ring per raw
    partition. The offset tells a repeat (the same content again, split already) from a
    re-delivery of the same record after a crash, which must be split again: its articles may
    not have reached the broker (the RocksDB store can keep the mark and lose the sends)."""

    def __init__(self) -> None:
        super().__init__()
        self._offsets: dict[str, int] = {}
        self._next: dict[int, int] = {}

    def is_repeat(self, item_id: str, offset: int) -> bool:
        """Seen already, in another record than the one at ``offset`` being processed."""
        self._fold_if_needed()
        seen_at = self._offsets.get(item_id)
        return seen_at is not None and seen_at != offset

    def add(self, item_id: str, partition: int, offset: int, templates: dict[str, bytes] | None = None) -> None:
        """Mark a page seen (once), carrying the template memories of ``templates`` (source ->
        bytes) if any; called while its own event is the current one (the table writes to that
        event's partition)."""
        self._fold_if_needed()
        if item_id in self._offsets:
            return
        number = self._next.get(partition, 0)
        slot = f"{partition}|{number % SEEN_PAGES_HELD}"
        if (replaced := seen_pages_table.get(slot)) is not None:
            self._offsets.pop(replaced["id"], None)
        record: dict[str, object] = {"id": item_id, "n": number, "offset": offset}
        if templates:
            record["templates"] = {source: base64.b64encode(data).decode() for source, data in templates.items()}
        seen_pages_table[slot] = record
        self._offsets[item_id] = offset
        self._next[partition] = number + 1

    def discard(self) -> None:
        """Forget what was folded (the table was emptied): fold it again on next use."""
        self._folded_at = None

    def _fold_if_needed(self) -> None:
        if not self._needs_fold():
            return
        self._offsets, self._next = {}, {}
        for slot, record in seen_pages_table.items():
            if isinstance(record, dict):
                partition = int(str(slot).split("|", 1)[0])
                self._offsets[record["id"]] = record.get("offset", -1)
                self._next[partition] = max(self._next.get(partition, 0), record["n"] + 1)
        self._folded()


class WorkerTemplates(_FoldedOnRebalance):
    """The template memory of each source on each raw partition this worker owns: pages of one
    source arrive on every partition, and each partition's memory lives with that partition.
    Its durable copy rides in the seen-pages records (``take_unwritten``); folded from them
    after each rebalance, a source's memory read from its bytes when first asked for."""

    def __init__(self) -> None:
        super().__init__()
        self._memories: dict[int, TemplateMemory] = {}
        self._pages_since_written: Counter[tuple[int, str]] = Counter()
        self._unwritten: dict[int, dict[str, bytes]] = {}

    def template_lines(self, partition: int, source: str) -> frozenset[str]:
        """What to drop from the next page of ``source`` on ``partition``."""
        self._fold_if_needed()
        memory = self._memories.get(partition)
        return memory.template_lines(source) if memory is not None else frozenset()

    def observe(self, partition: int, page: PageLines) -> None:
        """Count a page in its partition's memory; every TEMPLATE_WRITE_EVERY pages of a source,
        its memory waits for the next seen-page record of the partition."""
        self._fold_if_needed()
        memory = self._memories.setdefault(partition, TemplateMemory())
        for forgotten in memory.observe(page):
            self._pages_since_written.pop((partition, forgotten), None)
            self._unwritten.get(partition, {}).pop(forgotten, None)
        self._pages_since_written[(partition, page.source)] += 1
        if self._pages_since_written[(partition, page.source)] >= TEMPLATE_WRITE_EVERY:
            self._unwritten.setdefault(partition, {})[page.source] = memory.source_to_bytes(page.source)
            del self._pages_since_written[(partition, page.source)]

    def take_unwritten(self, partition: int) -> dict[str, bytes]:
        """The memories waiting for a seen-page record of ``partition``: the caller writes them."""
        return self._unwritten.pop(partition, {})

    def discard(self) -> None:
        """Forget what was folded (the table was emptied): fold it again on next use."""
        self._folded_at = None

    def _fold_if_needed(self) -> None:
        if not self._needs_fold():
            return
        self._memories, self._pages_since_written, self._unwritten = {}, Counter(), {}
        for (partition, source), data in _newest_template_records(seen_pages_table.items()):
            self._memories.setdefault(partition, TemplateMemory()).restore(source, data)
        self._folded()


def _newest_template_records(seen: Iterable[tuple[object, object]]) -> list[tuple[tuple[int, str], bytes]]:
    """The newest memory of each partition's sources in the seen-pages records, oldest first,
    and no more sources a partition than its memory keeps (a source it dropped stays out)."""
    newest: dict[tuple[int, str], tuple[int, str]] = {}
    for slot, record in seen:
        if isinstance(record, dict) and record.get("templates"):
            partition = int(str(slot).split("|", 1)[0])
            for source, encoded in record["templates"].items():
                if (partition, source) not in newest or newest[(partition, source)][0] < record["n"]:
                    newest[(partition, source)] = (record["n"], encoded)
    by_age = sorted(newest.items(), key=lambda item: item[1][0])
    kept: list[tuple[tuple[int, str], bytes]] = []
    per_partition: Counter[int] = Counter()
    for where, (_number, encoded) in reversed(by_age):
        per_partition[where[0]] += 1
        if per_partition[where[0]] <= sidebars.TEMPLATE_MAX_SOURCES:
            kept.append((where, base64.b64decode(encoded)))
    return kept[::-1]


grouping = WorkerGrouping(timedelta(seconds=settings.story_horizon_seconds))
