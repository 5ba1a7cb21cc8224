"""Stories expire on event time and stream position, never on the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agents.text import story_store
from agents.text.stories import ArticleFeatures, assign
from agents.text.story_store import MemoryStoryStore

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
    monkeypatch.setattr(story_store, "BUCKET_ARTICLES", 10)
    monkeypatch.setattr(story_store, "HELD_ARTICLES", 50)


def test_held_state_is_bounded_over_a_long_stream(small_hold: None) -> None:
    store = MemoryStoryStore(HORIZON)
    for n in range(2000):  # 2000 articles over 40 days, a new topic every 10 articles
        assign(article(n, START + timedelta(hours=n / 2), f"topic{n // 10}"), store, HORIZON)
    # Two horizons of event time (4 days = 192 articles) plus 50 held articles, in 10-article topics.
    assert len(store.stories) <= 30
    assert len(store.placements) <= 300
    assert sum(len(ids) for ids in store.index.values()) <= 30 * 8


def test_desk_frequencies_count_exactly_the_held_articles(small_hold: None) -> None:
    store = MemoryStoryStore(HORIZON)
    for n in range(600):
        assign(article(n, START + timedelta(hours=n / 2), f"topic{n // 10}"), store, HORIZON)
    documents, frequencies = store.document_frequencies("ar", ["topic59-0", "topic0-0"])
    held = list(store.placements.values())
    assert 0 < documents == len(held) < 600  # expired articles no longer count
    assert frequencies == {
        "topic59-0": sum("topic59-0" in p.counted_terms for p in held),
        "topic0-0": 0,  # its articles expired long ago
    }
    assert frequencies["topic59-0"] == 10


def test_expired_stories_are_reported_with_their_last_state(small_hold: None) -> None:
    store = MemoryStoryStore(HORIZON)
    closed = []
    for n in range(500):
        closed.extend(assign(article(n, START + timedelta(hours=n), f"topic{n // 10}"), store, HORIZON).expired)
    assert len(closed) >= 35  # of 50 topics; the last ~150 articles are still held
    assert all(len(story.members) == 10 for story in closed)  # each closed whole, none reopened


def test_a_late_article_joins_a_held_story_and_is_flagged(small_hold: None) -> None:
    store = MemoryStoryStore(HORIZON)
    first = assign(article(0, START, "quake"), store, HORIZON).story
    assign(article(1, START + timedelta(days=5), "election"), store, HORIZON)
    late = assign(article(2, START + timedelta(hours=2), "quake"), store, HORIZON)
    assert late.late and late.story.story_id == first.story_id
    assert [m.late for m in late.story.members] == [False, True]


def test_undated_articles_do_not_move_the_clock(small_hold: None) -> None:
    store = MemoryStoryStore(HORIZON)
    assign(article(0, START, "quake"), store, HORIZON)
    undated = article(1, datetime(2026, 11, 22, tzinfo=UTC), "arrival")
    assign(ArticleFeatures(**{**undated.__dict__, "is_dated": False}), store, HORIZON)
    assert store.clock("ar").watermark == START
    assert not assign(article(2, START + timedelta(hours=1), "quake"), store, HORIZON).late


def test_same_stream_same_stories_after_expiry(small_hold: None) -> None:
    def run() -> list[tuple[str, int]]:
        store = MemoryStoryStore(HORIZON)
        stream = [article(n, START + timedelta(hours=(n * 7) % 300), f"topic{(n * 3) % 40}") for n in range(600)]
        return [(a.story.story_id, a.story.version) for a in (assign(f, store, HORIZON) for f in stream)]

    assert run() == run()


def test_a_desk_whose_first_article_is_undated_has_no_watermark_yet(small_hold: None) -> None:
    store = MemoryStoryStore(HORIZON)
    undated = article(0, datetime(2026, 11, 22, tzinfo=UTC), "arrival")
    assign(ArticleFeatures(**{**undated.__dict__, "is_dated": False}), store, HORIZON)
    assert store.clock("ar").watermark is None
    for n in range(1, 200):  # enough to sweep buckets while the desk has no watermark
        assign(ArticleFeatures(**{**article(n, START, f"t{n}").__dict__, "is_dated": n % 2 == 0}), store, HORIZON)
    assert store.clock("ar").watermark == START
