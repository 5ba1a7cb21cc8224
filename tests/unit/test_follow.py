"""The partition guard's verdict on the counts read from a broker (the reading itself is
tested against real brokers in tests/integration/test_topics.py)."""

from __future__ import annotations

from streams.follow import mismatches


def test_mismatches__names_each_topic_with_another_count() -> None:
    counts = {"news.stories": 4, "news.raw": 1, "app-stories-changelog": 2}
    assert mismatches(counts, 4) == ["app-stories-changelog has 2", "news.raw has 1"]


def test_mismatches__a_topic_being_created_is_not_one() -> None:
    assert mismatches({"news.raw": 0, "news.articles": 4}, 4) == []
