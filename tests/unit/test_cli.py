"""The console script's traps: an unknown topic, skipped files, the log-level flag."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest
from click.testing import CliRunner

from streams import cli
from streams.settings import Settings, get_settings
from streams.topics import TopicNames

NAMES = TopicNames.from_settings(Settings(topic_prefix="it."))


@pytest.fixture()
def kafka_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A configured broker (never contacted: what would talk to it is replaced)."""
    monkeypatch.setenv("STORYWIRE_BROKER", "kafka://127.0.0.1:1")
    monkeypatch.delenv("STORYWIRE_LOG_LEVEL", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_tail_topic__short_and_kafka_names_of_storywires_topics() -> None:
    never = lambda name: pytest.fail(f"asked the broker about {name}")
    assert cli.tail_topic(NAMES, "stories", never) == "it.news.stories"
    assert cli.tail_topic(NAMES, "news.by-desk", never) == "it.news.by-desk"
    assert cli.tail_topic(NAMES, "it.news.raw", never) == "it.news.raw"


def test_tail_topic__another_topic_on_the_broker_is_followed() -> None:
    assert cli.tail_topic(NAMES, "storywire-placements-changelog", lambda name: True) == "storywire-placements-changelog"


def test_tail__an_unknown_topic_fails_at_once_listing_the_topics(kafka_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_topic_exists", lambda bootstrap, name: False)
    result = CliRunner().invoke(cli.main, ["tail", "nonsense"])
    assert result.exit_code == 2
    assert "no topic 'nonsense'" in result.output
    assert "raw, articles, normalized, enriched, by-desk, stories, rejected" in result.output


def test_watch_summary__counts_what_was_skipped() -> None:
    assert cli.watch_summary(0, 2, 2) == "published 0 page(s), rejected 2, skipped 2 file(s)"
    assert cli.watch_summary(5, 0, 0) == "published 5 page(s), rejected 0"


def test_watch__names_the_skipped_files_and_counts_them(kafka_env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import streams.follow
    import streams.watch

    for name in ("a.txt", "b.txt", "a.pdf", "b.doc"):
        (tmp_path / name).write_text("نص الخبر " * 20, encoding="utf-8")
    sent: list[str] = []

    class Publisher:
        def __init__(self, *args: object) -> None:
            self.published = self.rejected = 0

        async def __aenter__(self) -> Self:
            return self

        async def __aexit__(self, *exc: object) -> None:
            return None

        async def publish(self, item: streams.watch.RawItem) -> None:
            sent.append(item.source)
            self.published += 1

        async def flush(self) -> None:
            return None

    async def no_topics(*args: object) -> None:
        return None

    monkeypatch.setattr(streams.follow, "ensure_topics", no_topics)
    monkeypatch.setattr(streams.watch, "Publisher", Publisher)
    result = CliRunner().invoke(cli.main, ["watch", "--once", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "skipped 2 file(s) with other extensions: a.pdf, b.doc" in result.output
    assert "accepted: .txt, .text, .html, .htm, .json" in result.output
    assert "published 2 page(s), rejected 0, skipped 2 file(s)" in result.output
    assert [Path(source).name for source in sent] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("args", "env", "level"),
    [
        (["worker"], None, "info"),
        (["worker", "-l", "warning"], None, "warning"),  # Faust's spelling, hidden alias
        (["worker", "--loglevel", "ERROR"], None, "error"),
        (["worker", "--log-level", "debug"], None, "debug"),
        (["--log-level", "error", "worker"], None, "error"),
        (["worker"], "warning", "warning"),
        (["--log-level", "error", "worker", "--log-level", "info"], None, "info"),
    ],
)
def test_worker__one_log_level_flag(
    kafka_env: None, monkeypatch: pytest.MonkeyPatch, args: list[str], env: str | None, level: str
) -> None:
    if env:
        monkeypatch.setenv("STORYWIRE_LOG_LEVEL", env)
    ran: list[str] = []
    monkeypatch.setattr(cli, "_prepare_topics", lambda settings: None)
    monkeypatch.setattr(cli, "run_worker", ran.append)
    monkeypatch.setattr(cli, "configure_logging", lambda *a, **k: None)
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    assert ran == [level]


def test_worker_help__shows_only_log_level() -> None:
    shown = CliRunner().invoke(cli.main, ["worker", "--help"]).output
    assert "--log-level" in shown and "--loglevel" not in shown and "-l," not in shown
