"""The story board's speed with many stories held: the API and the server-rendered pages.

    .venv/bin/python bench/board_speed.py [--stories 20000] [--baseline 1000] [--runs 40] [--write-docs]

The board's state is filled with stories made of real articles: ANT (../shared/corpus/
ant_multisource.jsonl.gz, 31,525 Arabic articles of five outlets) in publication order, cut into
stories of one category and outlet mix as they come (sizes drawn with a fixed seed: most stories
one article, some up to 30, ~1.5 on average), each member with its real title, outlet, time, URL
and lead, each story with the entities storywire finds in its members' titles (cached under
.cache/bench). More stories than ANT has articles for reuse articles under new ids. What the
worker keeps for matching (terms, profiles) is left out: the board does not read it.

Then each request is timed through the board's own view handlers (streams/board.py, with the
worker's Faust web framework building the response; the socket is not included), ``--runs``
times each, median and p95, for the baseline and the full count in the same run:

- the JSON API: page 1, a later page, a text search, a filter by outlet, by entity, sorted by
  size, one story;
- the HTML pages: the board's first page, a search, a story's page;
- the index rebuild the board does at most once a second while articles arrive (streams/board.py
  INDEX_MAX_AGE_S), with the first page after it (orders are sorted again then).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import pickle
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.text.stories import lead_of  # noqa: E402
from bench.split_eval import SHARED  # noqa: E402
from streams.board_view import Index  # noqa: E402
from streams.records import StoryMember, StoryState  # noqa: E402

CORPUS = SHARED / "corpus" / "ant_multisource.jsonl.gz"
CACHE = ROOT / ".cache" / "bench" / "board_entities.pickle"
MAX_STORY_SIZE = 30
SIZE_P = 0.68  # geometric sizes: P(1) = 0.68, mean ~1.5, like the live board's mix of singles and threads


def ant_articles() -> list[dict[str, Any]]:
    """ANT's records in publication order."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return sorted(rows, key=lambda r: (r.get("published") or "", r["id"]))


def title_entities(titles: list[str]) -> list[list[tuple[str, str]]]:
    """(entity id, name) of each title, as storywire finds them; cached (the finder is ~3 ms a title)."""
    cached: dict[str, list[tuple[str, str]]] = {}
    if CACHE.exists():
        cached = pickle.loads(CACHE.read_bytes())
    missing = [t for t in dict.fromkeys(titles) if t not in cached]
    if missing:
        from agents.text.entities import find_mentions

        print(f"(finding the entities of {len(missing)} titles, once; cached in {CACHE.relative_to(ROOT)})", file=sys.stderr)
        for title in missing:
            cached[title] = [(m.entity_id, m.name) for m in find_mentions([title])]
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps(cached))
    return [cached[t] for t in titles]


def build_stories(count: int, rows: list[dict[str, Any]]) -> tuple[dict[str, StoryState], list[tuple[str, int]], dict[str, int]]:
    """``count`` stories of real articles, with the arrivals and clocks the board's index reads."""
    rng = random.Random(17)
    sizes = [min(MAX_STORY_SIZE, _geometric(rng)) for _ in range(count)]
    needed = sum(sizes)
    picked = [(rows[i % len(rows)], i // len(rows)) for i in range(needed)]  # a second lap: new ids
    entities = title_entities([r["title"] for r, _ in picked])
    stories: dict[str, StoryState] = {}
    arrivals: list[tuple[str, int]] = []
    at = 0
    for n, size in enumerate(sizes):
        group = picked[at:at + size]
        found = entities[at:at + size]
        at += size
        members = tuple(sorted((_member(row, lap) for row, lap in group), key=lambda m: (m.published_at, m.article_id)))
        counts: dict[str, int] = {}
        names: dict[str, str] = {}
        for title_entities_ in found:
            for entity_id, name in title_entities_:
                counts[entity_id] = counts.get(entity_id, 0) + 1
                names[entity_id] = name
        story_id = f"story-{members[0].article_id}"
        stories[story_id] = StoryState(
            story_id=story_id, desk="ar", version=size, headline=members[0].title, members=members,
            entity_counts=counts, entity_names=names, term_weights={},
            outlets=tuple(dict.fromkeys(m.outlet for m in members if m.outlet)),
            first_seen=members[0].published_at, last_seen=members[-1].published_at,
        )
        arrivals.extend((story_id, position) for position in range(len(arrivals) + 1, len(arrivals) + size + 1))
    return stories, arrivals, {"ar": len(arrivals)}


def _member(row: dict[str, Any], lap: int) -> StoryMember:
    paragraphs = [p for p in (row.get("text") or "").split("\n") if p.strip()]
    return StoryMember(
        article_id=row["id"] + (f"-{lap}" if lap else ""), title=row["title"], outlet=row["source"],
        published_at=datetime.fromisoformat(row["published"]), lead=lead_of(paragraphs), url=row.get("url"),
    )


def _geometric(rng: random.Random) -> int:
    size = 1
    while rng.random() > SIZE_P:
        size += 1
    return size


class Board:
    """The board's view handlers over a given set of stories (what streams/board.py serves)."""

    def __init__(self, stories: dict[str, StoryState], arrivals: list[tuple[str, int]], clocks: dict[str, int]) -> None:
        from streams import board
        from streams.app import app

        self.board, self.app = board, app
        self.stories, self.arrivals, self.clocks = stories, arrivals, clocks
        self.index = Index.build(stories, arrivals, clocks, ("bench", len(stories)))
        board.current_index = lambda: self.index  # type: ignore[assignment]
        board.grouping = SimpleNamespace(state=lambda: SimpleNamespace(story=stories.get))  # type: ignore[assignment]

    async def get(self, view: str, query: dict[str, str] | None = None, **kwargs: str) -> bytes:
        handler = getattr(self.board, view)(self.app, self.app.web)
        response = await handler.get(SimpleNamespace(query=query or {}, query_string=""), **kwargs)
        assert response.status == 200, (view, query, response.status)
        return response.body  # type: ignore[no-any-return]

    async def rebuild_then_first_page(self) -> bytes:
        """What an arriving article costs the next reader: a new index (search texts carried
        over), then the default order sorted again."""
        self.index = Index.build(self.stories, self.arrivals, self.clocks, ("bench", time.perf_counter()), previous=self.index)
        return await self.get("stories_api")


def requests(board: Board) -> list[tuple[str, Callable[[], Awaitable[bytes]]]]:
    """The requests timed, each a call with its arguments fixed from the held stories."""
    stories = list(board.stories.values())
    busiest = max(stories, key=lambda s: (len(s.members), s.story_id))
    outlet = board.index.outlets[-1][0]  # the smallest outlet: a filter that keeps fewest
    entity = max(busiest.entity_counts, key=lambda e: busiest.entity_counts[e]) if busiest.entity_counts else ""
    word = max(stories[len(stories) // 2].headline.split(), key=len)
    later = str(max(1, len(stories) // 30 // 2))
    return [
        ("API list, page 1", lambda: board.get("stories_api")),
        ("API list, a middle page", lambda: board.get("stories_api", {"page": later})),
        ("API search (one word)", lambda: board.get("stories_api", {"q": word})),
        ("API filter by outlet", lambda: board.get("stories_api", {"outlet": outlet})),
        ("API filter by entity", lambda: board.get("stories_api", {"entity": entity})),
        ("API sorted by size", lambda: board.get("stories_api", {"sort": "size"})),
        ("API one story (the largest)", lambda: board.get("story_api", story_id=busiest.story_id)),
        ("page /board/", lambda: board.get("board_page")),
        ("page /board/?q=", lambda: board.get("board_page", {"q": word})),
        ("page of a story (the largest)", lambda: board.get("story_page", story_id=busiest.story_id)),
        ("index rebuilt + API page 1", board.rebuild_then_first_page),
    ]


async def timed(call: Callable[[], Awaitable[bytes]], runs: int) -> tuple[float, float, int]:
    """Median and p95 in ms over ``runs`` calls after one warm-up, and the response's size."""
    body = await call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))], len(body)


async def measure(counts: list[int], runs: int) -> None:
    rows = ant_articles()
    results: dict[int, list[tuple[str, float, float, int]]] = {}
    for count in counts:
        start = time.perf_counter()
        stories, arrivals, clocks = build_stories(count, rows)
        built = time.perf_counter() - start
        board = Board(stories, arrivals, clocks)
        print(f"(held: {count} stories, {len(arrivals)} articles, made in {built:.1f} s)", file=sys.stderr)
        results[count] = [(name, *(await timed(call, runs))) for name, call in requests(board)]
    base, full = counts[0], counts[-1]
    print(f"Board requests through its view handlers, {runs} runs each after a warm-up, ms (median / p95); "
          f"{base:,} stories held against {full:,} (ANT articles, ~1.5 a story).\n")
    print(f"| request | {base:,} stories: median | p95 | {full:,} stories: median | p95 | response at {full:,} |")
    print("|---|---|---|---|---|---|")
    for (name, m0, p0, _), (_, m1, p1, size) in zip(results[base], results[full], strict=True):
        print(f"| {name} | {m0:.2f} | {p0:.2f} | {m1:.2f} | {p1:.2f} | {size / 1024:.0f} KB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=20_000, help="stories held")
    parser.add_argument("--baseline", type=int, default=1_000, help="stories held in the baseline, same run")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    asyncio.run(measure([args.baseline, args.stories], args.runs))


if __name__ == "__main__":
    from bench import report

    with report.recorded("Board speed"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
