"""The grouping state: Faust tables behind ``agents.text.stories.StoryStore``.

    stories      story id -> StoryState (codec bytes)          the canonical story
    assignments  article id -> story id                        makes re-delivery a no-op
    story-index  desk|feature -> [story id], tumbling windows   candidate retrieval by event time
    desk-frequencies  desk -> n, desk|term -> df                the desk's own IDF
    seen-pages   raw item id -> 1                               one article per content hash

The index is a windowed table with tumbling windows of one horizon on event time: an
article at time t looks in the windows of t - horizon, t and t + horizon, which hold every
story open to it (a story grows in steps of at most one horizon, so one of its members is
always that close). Windows are NOT expired by Faust: faust-streaming 0.15 compares window
ends with the wall clock (tables/base.py ``_del_old_keys``), which would wipe a backfill of
older news within one cleanup interval and make replays differ from live runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from streams.app import app, settings
from streams.codec import from_plain, to_plain
from streams.records import StoryState

# Keys are str and values JSON-ready objects: Faust serializes both with json.
stories_table = app.Table("stories", default=None, partitions=settings.partitions)
assignments_table = app.Table("assignments", default=None, partitions=settings.partitions)
seen_pages_table = app.Table("seen-pages", default=None, partitions=settings.partitions)
# desk -> documents seen; desk|term -> documents with the term: the desk's own IDF.
desk_frequency_table = app.Table("desk-frequencies", default=int, partitions=settings.partitions)
story_index_table = app.Table("story-index", default=list, partitions=settings.partitions).tumbling(
    settings.story_horizon_seconds, expires=None
)


# Stories loaded per article, the most-connected first; scoring keeps the best 30 of them.
MAX_CANDIDATES_LOADED = 60


class TableStoryStore:
    """StoryStore on the Faust tables; used only inside the group agent's stream."""

    def __init__(self, horizon: timedelta) -> None:
        self.horizon = horizon

    def candidates(self, desk: str, keys: Iterable[str], at: datetime) -> list[StoryState]:
        hits: Counter[str] = Counter()
        keys = list(keys)
        for key in keys:
            reached: set[str] = set()
            for when in (at - self.horizon, at, at + self.horizon):
                reached.update(story_index_table.relative_to(when.timestamp())[f"{desk}|{key}"].value())
            hits.update(reached)
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES_LOADED]
        stories = (stories_table.get(story_id) for story_id, _ in ranked)
        return [from_plain(StoryState, data) for data in stories if data is not None]

    def story_of(self, article_id: str) -> StoryState | None:
        story_id = assignments_table.get(article_id)
        data = stories_table.get(story_id) if story_id else None
        return from_plain(StoryState, data) if data is not None else None

    def document_frequencies(self, desk: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        frequencies = {t: desk_frequency_table.get(f"{desk}|{t}", 0) for t in terms}
        return desk_frequency_table.get(desk, 0), frequencies

    def count_document(self, desk: str, terms: Iterable[str]) -> None:
        desk_frequency_table[desk] = desk_frequency_table.get(desk, 0) + 1
        for term in terms:
            key = f"{desk}|{term}"
            desk_frequency_table[key] = desk_frequency_table.get(key, 0) + 1

    def save(self, story: StoryState, keys: Iterable[str], article_id: str, at: datetime) -> None:
        stories_table[story.story_id] = to_plain(story)
        assignments_table[article_id] = story.story_id
        window = story_index_table.relative_to(at.timestamp())
        for key in keys:
            index_key = f"{story.desk}|{key}"
            ids = list(window[index_key].value())
            if story.story_id not in ids:
                window[index_key] = [*ids, story.story_id]
