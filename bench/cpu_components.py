"""Where the CPU of the per-article work goes: ms of CPU per article in each part, in this process.

    .venv/bin/python bench/cpu_components.py [--articles 2000] [--tree PATH] [--json]

Runs split, normalize, enrich, embed (batches of 32), a hop's decode and encode, and grouping
over the first --articles ANT records, and times each part with the process's CPU clock;
"grouping features" is ``stories.features_of`` (the enrich children compute it), "group (assign)"
the placing the worker's loop does. Inside
enrich, the scans it calls (entities, quotes, language, keywords, SimHash) are timed by wrapping
the names enrichment calls them by, so the same script measures another checkout of storywire
(--tree, e.g. a baseline commit in a git worktree; bench/throughput.py does that) as long as
those names exist there; the part of enrich outside them is "enrich, the rest".
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BATCH = 32
# (row name, module, function): the scans enrich calls, wrapped where enrichment looks them up.
# Where a name changed between versions, each name it has had.
ENRICH_SCANS = (
    ("entities (mentions)", "agents.text.enrichment", ("find_mentions",)),
    ("quotes", "agents.text.enrichment", ("find_quotes",)),
    ("language", "agents.text.enrichment", ("detect_language",)),
    ("keywords", "agents.text.enrichment", ("keywords", "keywords_of")),
    ("SimHash", "agents.text.enrichment", ("simhash", "simhash_of")),
)
ROWS = ("split", "normalize", *(name for name, _m, _f in ENRICH_SCANS), "enrich, the rest", "embedding",
        "decode + encode (one hop)", "grouping features", "group (assign)")


class CpuClock:
    """CPU seconds spent in each named part; a wrapped function's time is also subtracted from
    the part that called it (so "enrich, the rest" is what enrich spends outside its scans)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._inner = 0.0

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                self.seconds[name] += spent
                self._inner += spent

        return timed

    def run(self, name: str, function: Callable[..., Any], *args: Any) -> Any:
        inner_before, started = self._inner, time.process_time()
        result = function(*args)
        self.seconds[name] += time.process_time() - started - (self._inner - inner_before)
        return result


def measure(articles: int) -> tuple[dict[str, float], int]:
    """({row: ms of CPU per article}, articles) for the code on sys.path."""
    from threadpoolctl import threadpool_limits

    from bench.throughput import distinct_pages, raw_items
    from streams.codec import decode, encode
    from streams.records import EnrichedArticle

    pages = importlib.import_module("agents.text.pages")
    enrichment = importlib.import_module("agents.text.enrichment")
    embedding = importlib.import_module("agents.text.embedding")
    stories = importlib.import_module("agents.text.stories")
    story_store = importlib.import_module("agents.text.story_store")
    importlib.import_module("agents.text.enrich_batch").warm_up()
    threadpool_limits(limits=1)  # as in the worker's children
    clock = CpuClock()
    # What the enrich children compute for grouping (since 2026-11-27), apart from placing.
    stories.features_of = clock.wrap("grouping features", stories.features_of)
    for name, module, functions in ENRICH_SCANS:
        target = importlib.import_module(module)
        for function in functions:
            if hasattr(target, function):
                setattr(target, function, clock.wrap(name, getattr(target, function)))
    horizon = timedelta(hours=72)
    state = story_store.GroupingState(horizon)
    count = 0

    def group(batch: list[Any]) -> None:
        texts = [embedding.embedding_text(e.article.title, e.article.paragraphs) for e in batch]
        vectors = clock.run("embedding", embedding.embed, texts)
        for enriched, vector in zip(batch, vectors, strict=True):
            full = enriched.model_copy(update={"embedding": vector})
            full = clock.run("decode + encode (one hop)", lambda e: decode(EnrichedArticle, encode(e)), full)
            clock.run("group (assign)", lambda f: stories.assign(stories.features_of(f), state, horizon), full)

    batch: list[Any] = []
    for item in distinct_pages(raw_items(articles)):
        try:
            split = clock.run("split", pages.articles_from_page, item)
        except ValueError:
            continue
        for article in split:
            normalized = clock.run("normalize", pages.normalize_article, article)
            batch.append(clock.run("enrich, the rest", enrichment.enrich, normalized))
        if len(batch) >= BATCH:
            group(batch)
            count, batch = count + len(batch), []
    if batch:
        group(batch)
        count += len(batch)
    return {row: 1000 * clock.seconds[row] / count for row in ROWS}, count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the storywire checkout to measure")
    parser.add_argument("--json", action="store_true", help="print one JSON object (for bench/throughput.py)")
    args = parser.parse_args()
    sys.path[:0] = [str(args.tree.resolve()), str(ROOT)]  # its agents/ and streams/, this bench's helpers
    costs, count = measure(args.articles)
    if args.json:
        print(json.dumps({"articles": count, "ms": costs}))
        return
    print(f"{count} articles, ms of CPU per article\n\n| component | ms |\n|---|---|")
    for row, ms in costs.items():
        print(f"| {row} | {ms:.2f} |")
    print(f"| total | {sum(costs.values()):.2f} |")


if __name__ == "__main__":
    main()
