"""bench/report.py: a bench's output becomes its section of docs/benchmarks.md, the others stay."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import report

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def test_record__adds_then_replaces_its_section_only(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    report.record("Story quality", "python bench/story_quality.py", "| a |\n|---|\n| 1 |", docs, NOW)
    report.record("Board speed", "python bench/board_speed.py", "| b |", docs, NOW)
    report.record("Story quality", "python bench/story_quality.py --x", "| a |\n|---|\n| 2 |", docs, NOW)
    text = docs.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks") and text.count("<!-- bench:story-quality -->") == 1
    assert "| 2 |" in text and "| 1 |" not in text and "| b |" in text
    assert text.index("bench:story-quality") < text.index("bench:board-speed")  # replaced in place
    assert "Run 2026-11-27 09:30 UTC" in text and "cores" in text and "load average" in text
    assert "python bench/story_quality.py --x" in text


def test_recorded__tees_stdout_and_writes_only_with_the_flag(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    docs = tmp_path / "benchmarks.md"
    argv = ["bench/x.py", "--n", "3"]
    with report.recorded("X", argv, docs):
        print("| plain |")
    assert not docs.exists()
    argv = ["bench/x.py", "--write-docs", "--n", "3"]
    with report.recorded("X", argv, docs):
        print("| table |")
    assert argv == ["bench/x.py", "--n", "3"]  # the bench's parser never sees the flag
    assert "| table |" in capsys.readouterr().out and sys.stdout is not None
    text = docs.read_text(encoding="utf-8")
    assert "| table |" in text and "bench/x.py --write-docs --n 3" in text
