"""The grouping state, folded from one durable record per article, and how it expires.

Each article the group stage places writes one record, its ``Placement``: where it went and
everything it added (its features, its place in the desk's stream, the desk's clock after it).
Everything else grouping needs (stories, the candidate index, the desk's document frequencies,
clocks, what to close next) lives in ``GroupingState``, in memory, and is *derived*: folding the
held placements in stream order gives exactly the state the live run had. So a crash can only
leave "this article placed" or "not placed", never half an article, and a restarted worker
ends with the stories a clean replay builds.

Placements are written to a ring of ``RING_SLOTS`` slots per desk (slot = position modulo the
ring): a new article overwrites the record of one placed ``RING_SLOTS`` articles ago, so an
article costs one record, no deletion is ever written, and a compacted changelog stays bounded.

Expiry never looks at the wall clock, so a replay closes exactly what the live run closed. After
each article the desk closes every story that
- began more than ``HELD_ARTICLES`` articles ago on the desk (a folder or a backfill fed out of
  date order still finds the stories of the pages it sent a moment ago), and whose last member
  is older than ``watermark - 2 * horizon`` (no article that is not late can join it any more);
- or began more than ``MAX_OPEN_ARTICLES`` articles ago, whatever its dates: the ring must still
  hold the first member of every open story.
Whether a story closes depends only on it and on the desk's clock (which every placement
carries), so refolding the ring from any slot reproduces every closing of the live run.
"""

from __future__ import annotations

import heapq
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from streams.records import StoryState

if TYPE_CHECKING:
    from agents.text.stories import ArticleFeatures

HELD_ARTICLES = 10_000
MAX_OPEN_ARTICLES = 15_000
# Closings are remembered this many articles back, so an article re-delivered after a crash sends
# its closings again (Faust commits every 2.8 s: a worker never runs that far ahead of its commit).
CLOSINGS_KEPT = 5_000
# > MAX_OPEN_ARTICLES + CLOSINGS_KEPT: the ring holds the first record of every story open, or
# closed within the remembered closings.
RING_SLOTS = 20_001


@dataclass(frozen=True)
class Placement:
    """One article's durable record: its story, what it added, and its desk's clock after it."""

    features: ArticleFeatures
    story_id: str
    position: int  # 1, 2, ... on the desk
    watermark: datetime | None  # the desk's latest page date once this article was counted
    story_version: int  # the story's version once this article joined it (1: it began the story)
    late: bool
    keys: tuple[str, ...]  # index keys, derived from the features
    counted_terms: tuple[str, ...]  # what the article adds to its desk's document frequencies
    probability: float | None = None  # the same-story probability it joined with; None: it began its story

    @property
    def article_id(self) -> str:
        return self.features.article_id

    @property
    def desk(self) -> str:
        return self.features.desk

    @property
    def slot(self) -> str:
        """Its key in the ring of placements."""
        return ring_slot(self.desk, self.position)


def ring_slot(desk: str, position: int) -> str:
    return f"{desk}|{position % RING_SLOTS}"


@dataclass(frozen=True)
class Held:
    """What the state keeps of a placed article once its story absorbed it."""

    article_id: str
    story_id: str
    desk: str
    position: int
    indexed_at: datetime
    keys: tuple[str, ...]
    counted_terms: tuple[str, ...]

    @classmethod
    def of(cls, placement: Placement) -> Held:
        return cls(
            placement.article_id, placement.story_id, placement.desk, placement.position,
            placement.features.event_time, placement.keys, placement.counted_terms,
        )


@dataclass(frozen=True)
class DeskClock:
    """A desk's progress: its watermark and its article count."""

    watermark: datetime | None  # None until the desk has seen a dated article
    position: int = 0


def is_late(at: datetime, clock: DeskClock | None, horizon: timedelta) -> bool:
    """Older than the desk's watermark by more than the horizon."""
    return clock is not None and clock.watermark is not None and at < clock.watermark - horizon


class DeskFrequencies:
    """Document frequencies of the held articles: each added when placed, removed when closed."""

    def __init__(self) -> None:
        self.documents: Counter[str] = Counter()
        self.terms: Counter[tuple[str, str]] = Counter()

    def add(self, held: Held) -> None:
        self.documents[held.desk] += 1
        self.terms.update((held.desk, term) for term in held.counted_terms)

    def remove(self, held: Held) -> None:
        self.documents[held.desk] -= 1
        for term in held.counted_terms:
            key = (held.desk, term)
            if self.terms.get(key, 0) > 1:
                self.terms[key] -= 1
            else:
                self.terms.pop(key, None)  # no held article counts it: gone, or a wire's vocabulary piles up

    def of(self, desk: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        counted = self.terms.get  # a Counter's [] calls __missing__ in Python for every term never counted
        return self.documents[desk], {t: counted((desk, t), 0) for t in terms}


@dataclass
class _DeskExpiry:
    """A desk's open stories in the order they began (twice: for the two rules), and those old
    enough by position in a heap by last member. Entries are dropped lazily once stale."""

    not_yet_held_long: deque[tuple[int, str]] = field(default_factory=deque)
    not_yet_forced: deque[tuple[int, str]] = field(default_factory=deque)
    old_enough: list[tuple[datetime, str]] = field(default_factory=list)


Fold = Callable[[StoryState | None, Placement], StoryState]


class GroupingState:
    """Every desk's open stories, their index and frequencies, in memory, folded from placements.

    The candidate index is windowed on event time: keys per window of ``horizon``; an article
    looks in its window and the two next to it, which hold every story open to it (a story grows
    in steps of at most one horizon, so one of its members is always that close)."""

    def __init__(self, horizon: timedelta) -> None:
        self.horizon = horizon
        self.window_seconds = horizon.total_seconds()
        self.stories: dict[str, StoryState] = {}
        self.held: dict[str, Held] = {}  # article id -> placement, for articles of open stories
        self.members: dict[str, list[str]] = {}  # story id -> its held article ids
        self.index: dict[tuple[int, str, str], list[str]] = {}
        self.frequencies = DeskFrequencies()
        self.clocks: dict[str, DeskClock] = {}
        self.first_position: dict[str, int] = {}  # open story id -> position of its first article
        self.placed_at: dict[str, int] = {}  # article id -> position, for every placement in the ring
        self.ring: dict[str, dict[int, str]] = {}  # desk -> position -> article id, the ring's occupants
        self.closings: dict[tuple[str, int], tuple[StoryState, ...]] = {}
        self._expiry: dict[str, _DeskExpiry] = {}

    # What grouping reads.

    def candidates(self, desk: str, keys: Iterable[str], at: datetime) -> list[StoryState]:
        """Stories indexed under any of ``keys`` near ``at``, those under most keys first (ties by id)."""
        hits: Counter[str] = Counter()
        near = (self._window(at) - 1, self._window(at), self._window(at) + 1)
        for key in keys:
            hits.update({s for window in near for s in self.index.get((window, desk, key), ())})
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        return [self.stories[story_id] for story_id, _ in ranked if story_id in self.stories]

    def story(self, story_id: str) -> StoryState | None:
        return self.stories.get(story_id)

    def story_of(self, article_id: str) -> StoryState | None:
        held = self.held.get(article_id)
        return self.stories.get(held.story_id) if held is not None else None

    def is_placed(self, article_id: str) -> bool:
        """Placed already (its story may have closed since): a re-delivery."""
        return article_id in self.placed_at

    def clock(self, desk: str) -> DeskClock | None:
        return self.clocks.get(desk)

    def document_frequencies(self, desk: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """How many articles the desk holds, and how many of them count each of ``terms``."""
        return self.frequencies.of(desk, terms)

    def open_story_count(self) -> int:
        return len(self.stories)

    def closed_at(self, desk: str, position: int) -> tuple[StoryState, ...]:
        """The stories the article at ``position`` closed, as they were last (recent ones only)."""
        return self.closings.get((desk, position), ())

    # How it changes.

    @classmethod
    def folded(cls, placements: Iterable[Placement], horizon: timedelta, fold: Fold) -> GroupingState:
        """The state a live run held after these placements: each desk's ring folded in stream
        order, closing stories as the live run did. A placement that joined a story begun before
        the ring's oldest slot belongs to a story closed since: it only moves the clock."""
        state = cls(horizon)
        for placement in sorted(placements, key=lambda p: (p.desk, p.position)):
            story = state.stories.get(placement.story_id)
            state._count(placement)
            if story is not None or placement.story_version == 1:
                state._hold(placement, fold(story, placement))
            state._close_due_after(placement)
        return state

    def place(self, placement: Placement, story: StoryState) -> tuple[StoryState, ...]:
        """Hold ``story`` as it is after absorbing ``placement``, then close what is over; returns
        the stories closed."""
        self._count(placement)
        self._hold(placement, story)
        return self._close_due_after(placement)

    def _count(self, placement: Placement) -> None:
        """The desk's clock moves to the placement, which takes its slot in the ring."""
        self.clocks[placement.desk] = DeskClock(placement.watermark, placement.position)
        ring = self.ring.setdefault(placement.desk, {})
        gone = ring.pop(placement.position - RING_SLOTS, None)
        if gone is not None and self.placed_at.get(gone) == placement.position - RING_SLOTS:
            del self.placed_at[gone]
        ring[placement.position] = placement.article_id
        self.placed_at[placement.article_id] = placement.position

    def _hold(self, placement: Placement, story: StoryState) -> None:
        held = Held.of(placement)
        if placement.story_id not in self.stories:
            expiry = self._desk_expiry(held.desk)
            expiry.not_yet_held_long.append((held.position, placement.story_id))
            expiry.not_yet_forced.append((held.position, placement.story_id))
            self.first_position[placement.story_id] = held.position
        self.stories[placement.story_id] = story
        self.held[held.article_id] = held
        self.members.setdefault(placement.story_id, []).append(held.article_id)
        self.frequencies.add(held)
        window = self._window(held.indexed_at)
        for key in held.keys:
            ids = self.index.setdefault((window, held.desk, key), [])
            if placement.story_id not in ids:
                ids.append(placement.story_id)

    def _close_due_after(self, placement: Placement) -> tuple[StoryState, ...]:
        closed = tuple(self.close_due(placement.desk))
        if closed:
            self.closings[(placement.desk, placement.position)] = closed
        self.closings.pop((placement.desk, placement.position - CLOSINGS_KEPT), None)
        return closed

    def close_due(self, desk: str) -> list[StoryState]:
        """Close and return, by id, the desk's stories that are over (see the module's rule)."""
        clock = self.clocks.get(desk)
        if clock is None:
            return []
        expiry = self._desk_expiry(desk)
        while expiry.not_yet_held_long and expiry.not_yet_held_long[0][0] <= clock.position - HELD_ARTICLES:
            first, story_id = expiry.not_yet_held_long.popleft()
            if self.first_position.get(story_id) == first:
                heapq.heappush(expiry.old_enough, (self.stories[story_id].last_seen, story_id))
        due = self._over_by_event_time(expiry, clock) | self._open_too_long(expiry, clock)
        return [self._close(story_id) for story_id in sorted(due)]

    def _over_by_event_time(self, expiry: _DeskExpiry, clock: DeskClock) -> set[str]:
        if clock.watermark is None:
            return set()
        cutoff = clock.watermark - 2 * self.horizon
        over: set[str] = set()
        while expiry.old_enough and expiry.old_enough[0][0] < cutoff:
            last_seen, story_id = heapq.heappop(expiry.old_enough)
            story = self.stories.get(story_id)
            if story is None:
                continue
            if story.last_seen != last_seen:  # it grew since it was queued
                heapq.heappush(expiry.old_enough, (story.last_seen, story_id))
            else:
                over.add(story_id)
        return over

    def _open_too_long(self, expiry: _DeskExpiry, clock: DeskClock) -> set[str]:
        forced: set[str] = set()
        while expiry.not_yet_forced and expiry.not_yet_forced[0][0] <= clock.position - MAX_OPEN_ARTICLES:
            first, story_id = expiry.not_yet_forced.popleft()
            if self.first_position.get(story_id) == first:
                forced.add(story_id)
        return forced

    def _close(self, story_id: str) -> StoryState:
        story = self.stories.pop(story_id)
        self.first_position.pop(story_id, None)
        for article_id in self.members.pop(story_id, []):
            held = self.held.pop(article_id)
            self.frequencies.remove(held)
            window = self._window(held.indexed_at)
            for key in held.keys:
                ids = self.index.get((window, held.desk, key), [])
                if story_id in ids:
                    ids.remove(story_id)
                if not ids:
                    self.index.pop((window, held.desk, key), None)
        return story

    def _desk_expiry(self, desk: str) -> _DeskExpiry:
        return self._expiry.setdefault(desk, _DeskExpiry())

    def _window(self, at: datetime) -> int:
        return int(at.timestamp() // self.window_seconds)
