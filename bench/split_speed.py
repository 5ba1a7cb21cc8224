"""Split cost per page: median and p95 of split_page, old pages and new layouts alike.

    .venv/bin/python bench/split_speed.py [N]

Times ``split_page`` alone (no HTML extraction) on the first N ANT articles as the watcher
publishes them (title line, then the text) and on every page of the layout gold set, after
a warm-up page each; and once more with the line caches cleared before each page (a page
whose chrome the process has never seen). One process, one core.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agents.text import (
    appended,
    article_body,
    article_starts,
    cues,
    headlines,
    line_kinds,
    line_shapes,
    page_cursor,
    page_kinds,
    sidebars,
)
from agents.text.sidebars import split_page
from bench.split_eval import SHARED
from bench.split_layouts import iter_pages

SPLITTER_MODULES = (
    sidebars, cues, line_shapes, line_kinds, page_cursor, page_kinds, headlines, article_starts, article_body, appended
)


def ant_pages(limit: int) -> list[str]:
    pages = []
    with gzip.open(SHARED / "corpus" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("text", "").strip():
                pages.append(f"{row['title']}\n{row['text']}")
            if len(pages) >= limit:
                break
    return pages


def clear_caches() -> None:
    """Forget every line seen: the cost of a page whose chrome the process has never met (every
    memo of the splitter's modules, wherever a line's fold, kind, shape or terms are kept)."""
    for module in SPLITTER_MODULES:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def timed(pages: list[str], cold: bool = False) -> list[float]:
    split_page(pages[0])
    costs = []
    for text in pages:
        if cold:
            clear_caches()
        started = time.perf_counter()
        split_page(text)
        costs.append((time.perf_counter() - started) * 1000)
    return costs


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print("| pages | count | median ms | p95 ms |")
    print("|---|---|---|---|")
    ant, layouts = ant_pages(limit), [d.text for d in iter_pages()]
    for name, pages, cold in (
        ("ANT articles", ant, False),
        ("layout gold (all parts)", layouts, False),
        ("layout gold, caches cleared before each page", layouts, True),
    ):
        costs = sorted(timed(pages, cold))
        print(f"| {name} | {len(costs)} | {statistics.median(costs):.2f} | {costs[int(len(costs) * 0.95)]:.2f} |")


if __name__ == "__main__":
    main()
