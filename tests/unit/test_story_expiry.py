"""Stories expire on event time and stream position, never on the wall clock; the state folded
back from the placements is the state the live run held."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agents.text import story_store
from agents.text.placements import placement_from_bytes, placement_to_bytes
from agents.text.stories import ArticleFeatures, assign, fold
from agents.text.story_store import GroupingState

HORIZON = timedelta(days=2)
START = datetime(2018, 5, 1, tzinfo=UTC)


def article(n: int, at: datetime, topic: str) -> ArticleFeatures:
    """A dated article about ``topic``: articles of one topic share their terms and entity."""
    return ArticleFeatures(
        article_id=f"a{n}", parent_id=None, desk="ar", title=f"{topic} news", outlet="x", event_time=at,
        entity_counts={f"person:{topic}": 3}, entity_names={f"person:{topic}": topic},
        terms={f"{topic}-{i}": 0.5 for i in range(4)}, title_terms={topic: 1.0}, is_dated=True,
    )


@pytest.fixture
def small_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_store, "HELD_ARTICLES", 50)
    monkeypatch.setattr(story_store, "MAX_OPEN_ARTICLES", 100)
    monkeypatch.setattr(story_store, "CLOSINGS_KEPT", 40)
    monkeypatch.setattr(story_store, "RING_SLOTS", 141)


def test_held_state_is_bounded_over_a_long_stream(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    for n in range(2000):  # 2000 articles over 40 days, a new topic every 10 articles
        assign(article(n, START + timedelta(hours=n / 2), f"topic{n // 10}"), store, HORIZON)
    # Two horizons of event time (4 days = 192 articles) plus 50 held articles, in 10-article topics.
    assert len(store.stories) <= 30
    assert len(store.held) <= 300
    assert sum(len(ids) for ids in store.index.values()) <= 30 * 8
    assert len(store.placed_at) <= 141 and len(store.closings) <= 40


def test_desk_frequencies_count_exactly_the_held_articles(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    for n in range(600):
        assign(article(n, START + timedelta(hours=n / 2), f"topic{n // 10}"), store, HORIZON)
    documents, frequencies = store.document_frequencies("ar", ["topic59-0", "topic0-0"])
    held = list(store.held.values())
    assert 0 < documents == len(held) < 600  # expired articles no longer count
    assert frequencies == {
        "topic59-0": sum("topic59-0" in p.counted_terms for p in held),
        "topic0-0": 0,  # its articles expired long ago
    }
    assert frequencies["topic59-0"] == 10


def test_expired_stories_are_reported_with_their_last_state(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    closed = []
    for n in range(500):
        closed.extend(assign(article(n, START + timedelta(hours=n), f"topic{n // 10}"), store, HORIZON).expired)
    assert len(closed) >= 35  # of 50 topics; the last ~150 articles are still held
    assert all(len(story.members) == 10 for story in closed)  # each closed whole, none reopened


def test_a_late_article_joins_a_held_story_and_is_flagged(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    first = assign(article(0, START, "quake"), store, HORIZON).story
    assign(article(1, START + timedelta(days=5), "election"), store, HORIZON)
    late = assign(article(2, START + timedelta(hours=2), "quake"), store, HORIZON)
    assert late.late and late.story.story_id == first.story_id
    assert [m.late for m in late.story.members] == [False, True]


def test_undated_articles_do_not_move_the_clock(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    assign(article(0, START, "quake"), store, HORIZON)
    undated = article(1, datetime(2026, 11, 22, tzinfo=UTC), "arrival")
    assign(ArticleFeatures(**{**undated.__dict__, "is_dated": False}), store, HORIZON)
    assert store.clock("ar").watermark == START
    assert not assign(article(2, START + timedelta(hours=1), "quake"), store, HORIZON).late


def test_same_stream_same_stories_after_expiry(small_hold: None) -> None:
    def run() -> list[tuple[str, int]]:
        store = GroupingState(HORIZON)
        stream = [article(n, START + timedelta(hours=(n * 7) % 300), f"topic{(n * 3) % 40}") for n in range(600)]
        return [(a.story.story_id, a.story.version) for a in (assign(f, store, HORIZON) for f in stream)]

    assert run() == run()


def test_a_desk_whose_first_article_is_undated_has_no_watermark_yet(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    undated = article(0, datetime(2026, 11, 22, tzinfo=UTC), "arrival")
    assign(ArticleFeatures(**{**undated.__dict__, "is_dated": False}), store, HORIZON)
    assert store.clock("ar").watermark is None
    for n in range(1, 200):  # enough to close stories by position while the desk has no watermark
        assign(ArticleFeatures(**{**article(n, START, f"t{n}").__dict__, "is_dated": n % 2 == 0}), store, HORIZON)
    assert store.clock("ar").watermark == START


def test_a_story_open_too_long_is_closed_whatever_its_dates(small_hold: None) -> None:
    store = GroupingState(HORIZON)
    closed = []
    for n in range(400):  # one topic, all on one day: never over by event time
        closed.extend(assign(article(n, START, "siege"), store, HORIZON).expired)
    assert closed and all(len(story.members) <= 101 for story in closed)
    assert min(p for p in store.first_position.values()) > 400 - 101


def _stream(n: int) -> ArticleFeatures:
    """Out of date order, some undated, topics coming back: every rule of the state at work."""
    features = article(n, START + timedelta(hours=(n * 7) % 300), f"topic{(n * 3) % 40}")
    return ArticleFeatures(**{**features.__dict__, "is_dated": n % 5 != 0})


def test_refolding_the_ring_gives_the_live_state_at_any_point(small_hold: None) -> None:
    live = GroupingState(HORIZON)
    ring: dict[str, bytes] = {}  # what the placements table holds: one record per slot
    for n in range(700):
        placement = assign(_stream(n), live, HORIZON).placement
        assert placement is not None
        ring[placement.slot] = placement_to_bytes(placement)
        if n % 97 == 0 or n == 699:
            refolded = GroupingState.folded((placement_from_bytes(b) for b in ring.values()), HORIZON, fold)
            assert refolded.stories == live.stories
            assert refolded.held == live.held and refolded.index == live.index
            assert refolded.clocks == live.clocks and refolded.placed_at == live.placed_at
            assert refolded.frequencies.of("ar", ["topic1-0"]) == live.frequencies.of("ar", ["topic1-0"])
            assert refolded.closings == live.closings


def test_a_crash_at_any_article_ends_with_the_stories_of_a_clean_run(small_hold: None) -> None:
    """Kill after the placement of article k is written (outputs lost) or before it: the
    restarted state, fed the articles again from k, ends where a clean run does."""
    stream = [_stream(n) for n in range(400)]
    clean = GroupingState(HORIZON)
    for features in stream:
        assign(features, clean, HORIZON)
    for crash_at, placement_written in ((37, True), (205, False), (333, True)):
        live = GroupingState(HORIZON)
        ring: dict[str, bytes] = {}
        for features in stream[: crash_at + 1]:
            placement = assign(features, live, HORIZON).placement
            assert placement is not None
            if features is not stream[crash_at] or placement_written:
                ring[placement.slot] = placement_to_bytes(placement)
        restarted = GroupingState.folded((placement_from_bytes(b) for b in ring.values()), HORIZON, fold)
        again = assign(stream[crash_at], restarted, HORIZON)  # the re-delivery
        assert (again.placement is None) == placement_written
        for features in stream[crash_at + 1 :]:
            assign(features, restarted, HORIZON)
        assert restarted.stories == clean.stories and restarted.closings == clean.closings


def test_a_redelivered_article_gets_back_the_stories_it_closed(small_hold: None) -> None:
    def nth(n: int) -> ArticleFeatures:
        return article(n, START + timedelta(hours=n), f"topic{n // 10}")

    store = GroupingState(HORIZON)
    closings = {n: a.expired for n in range(500) if (a := assign(nth(n), store, HORIZON)).expired}
    recent = max(closings)
    again = assign(nth(recent), store, HORIZON)
    assert again.placement is None and again.expired == closings[recent]
    older = max(n for n in closings if n < recent - 40)
    assert older > 500 - 141  # still in the ring: placed, but its closings are kept 40 articles back only
    redelivered = assign(nth(older), store, HORIZON)
    assert redelivered.placement is None and not redelivered.changed and redelivered.expired == ()
