"""The grouping state: Faust tables behind ``agents.text.story_store.StoryStore``.

    stories           story id -> StoryState (codec plain)        the canonical story
    assignments       article id -> placement                     makes re-delivery a no-op; the
                                                                  desk IDF is folded from these
    story-index       desk|feature -> [story id], tumbling windows candidate retrieval by event time
    desk-clocks       desk -> watermark, position, next bucket    event-time expiry
    expiry-buckets    desk|bucket -> [article id]                 what the next sweep looks at
    seen-pages        raw item id -> 1                            one article per content hash

The index is a windowed table with tumbling windows of one horizon on event time: an
article at time t looks in the windows of t - horizon, t and t + horizon, which hold every
story open to it (a story grows in steps of at most one horizon, so one of its members is
always that close). Windows are NOT expired by Faust: faust-streaming 0.15 compares window
ends with the wall clock (tables/base.py ``_del_old_keys``), which would wipe a backfill of
older news within one cleanup interval and make replays differ from live runs. Expiry is
ours instead, on event time and stream position (agents/text/story_store.py), and deletes
exactly the entries it added.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from agents.text.story_store import DeskClock, DeskFrequencies, Placement
from streams.app import app, settings
from streams.codec import from_plain, to_plain
from streams.records import StoryState

# Keys are str and values JSON-ready objects: Faust serializes both with json.
stories_table = app.Table("stories", default=None, partitions=settings.partitions)
assignments_table = app.Table("assignments", default=None, partitions=settings.partitions)
seen_pages_table = app.Table("seen-pages", default=None, partitions=settings.partitions)
desk_clock_table = app.Table("desk-clocks", default=None, partitions=settings.partitions)
expiry_bucket_table = app.Table("expiry-buckets", default=None, partitions=settings.partitions)
story_index_table = app.Table("story-index", default=list, partitions=settings.partitions).tumbling(
    settings.story_horizon_seconds, expires=None
)


# Stories loaded per article, the most-connected first; scoring keeps the best 30 of them.
MAX_CANDIDATES_LOADED = 60


class TableStoryStore:
    """StoryStore on the Faust tables; used only inside the group agent's stream."""

    def __init__(self, horizon: timedelta) -> None:
        self.horizon = horizon
        self._frequencies = DeskFrequencies()
        self._folded_at_rebalance: int | None = None
        # story id -> (the table's value, it decoded): up to 60 candidate stories are read per
        # article, and validating each again was ~8% of the worker's event loop.
        self._decoded: dict[str, tuple[object, StoryState]] = {}

    def candidates(self, desk: str, keys: Iterable[str], at: datetime) -> list[StoryState]:
        hits: Counter[str] = Counter()
        for key in keys:
            reached: set[str] = set()
            for when in (at - self.horizon, at, at + self.horizon):
                reached.update(self._index_window(when)[f"{desk}|{key}"].value())
            hits.update(reached)
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES_LOADED]
        stories = (self.story(story_id) for story_id, _ in ranked)
        return [story for story in stories if story is not None]

    def story(self, story_id: str) -> StoryState | None:
        data = stories_table.get(story_id)
        if data is None:
            return None
        cached = self._decoded.get(story_id)
        if cached is not None and cached[0] is data:  # the very value cached: not replaced since
            return cached[1]
        story = from_plain(StoryState, data)
        self._decoded[story_id] = (data, story)
        return story

    def placement(self, article_id: str) -> Placement | None:
        data = assignments_table.get(article_id)
        return _placement(data) if isinstance(data, dict) else None

    def save(self, story: StoryState, article_id: str, placement: Placement) -> None:
        frequencies = self._desk_frequencies()
        if (replaced := self.placement(article_id)) is not None:
            frequencies.remove(replaced)
        plain = to_plain(story)
        stories_table[story.story_id] = plain
        self._decoded[story.story_id] = (plain, story)
        assignments_table[article_id] = {
            "story": placement.story_id, "keys": list(placement.keys), "at": placement.indexed_at.isoformat(),
            "desk": placement.desk, "terms": list(placement.counted_terms),
        }
        frequencies.add(placement)
        window = self._index_window(placement.indexed_at)
        for key in placement.keys:
            index_key = f"{story.desk}|{key}"
            ids = list(window[index_key].value())
            if story.story_id not in ids:
                window[index_key] = [*ids, story.story_id]

    def forget(self, article_id: str, placement: Placement) -> None:
        frequencies = self._desk_frequencies()  # folded before the pop, so the pop is not counted twice
        if (held := assignments_table.pop(article_id, None)) is not None:
            frequencies.remove(_placement(held))
        window = self._index_window(placement.indexed_at)
        for key in placement.keys:
            index_key = f"{placement.desk}|{key}"
            ids = [i for i in window[index_key].value() if i != placement.story_id]
            if ids:
                window[index_key] = ids
            else:
                with contextlib.suppress(KeyError):
                    del window[index_key]

    def drop_story(self, story_id: str) -> None:
        stories_table.pop(story_id, None)
        self._decoded.pop(story_id, None)

    def clock(self, desk: str) -> DeskClock | None:
        data = desk_clock_table.get(desk)
        if data is None:
            return None
        watermark = datetime.fromisoformat(data["watermark"]) if data["watermark"] else None
        return DeskClock(watermark, data["position"], data["next_bucket"])

    def set_clock(self, desk: str, clock: DeskClock) -> None:
        watermark = clock.watermark.isoformat() if clock.watermark else None
        desk_clock_table[desk] = {"watermark": watermark, "position": clock.position, "next_bucket": clock.next_bucket}

    def file(self, desk: str, bucket: int, article_ids: Iterable[str]) -> None:
        key = f"{desk}|{bucket}"
        expiry_bucket_table[key] = [*(expiry_bucket_table.get(key) or []), *article_ids]

    def take_bucket(self, desk: str, bucket: int) -> list[str]:
        return list(expiry_bucket_table.pop(f"{desk}|{bucket}", None) or [])

    def document_frequencies(self, desk: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        return self._desk_frequencies().of(desk, terms)

    def _desk_frequencies(self) -> DeskFrequencies:
        """The counts of the placements this worker holds."""
        if app.rebalancing or self._folded_at_rebalance != app.rebalancing_count:
            self._refold()
        return self._frequencies

    def _refold(self) -> None:
        """After a rebalance the tables hold the partitions this worker now owns: count their
        placements again, and drop decoded stories of partitions it may have lost."""
        self._frequencies = DeskFrequencies()
        for data in assignments_table.values():
            if isinstance(data, dict):
                self._frequencies.add(_placement(data))
        self._decoded.clear()
        # Mid-rebalance the table may not be restored yet: fold again on the next call.
        self._folded_at_rebalance = None if app.rebalancing else app.rebalancing_count

    @staticmethod
    def _index_window(at: datetime):  # type: ignore[no-untyped-def]
        return story_index_table.relative_to(at.timestamp())


def _placement(data: dict) -> Placement:  # type: ignore[type-arg]
    # Placements written before desk IDF moved into them have no desk or terms: they count nothing.
    return Placement(
        data["story"], tuple(data["keys"]), datetime.fromisoformat(data["at"]), data.get("desk", ""), tuple(data.get("terms", ()))
    )
