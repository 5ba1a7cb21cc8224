"""Does the grouping state stop growing once its horizon is full? Measured in process, past 60k articles.

    .venv/bin/python bench/grouping_memory.py [--articles 31525] [--passes 2] [--every 5000]

The whole corpus on one desk is more than the state holds (a ring of 20,001 placements, stories
closed after 10,000 to 15,000 articles), but not by much; so the enriched articles are grouped
``--passes`` times, each pass under new article ids and with its event times moved past the
previous pass's (a wire that goes on for months). Every ``--every`` articles it prints one row:
the structures the state holds (stories, held articles, ring occupants, index keys, counted
terms, closings kept) and this process's resident memory after a garbage collection. A bounded
state shows the counts level off at the ring's size and the memory flatten once they have. The
first row, before grouping, is the baseline: the enriched records this process keeps to replay.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.text.enrich_batch import EnrichedRecord, PageWork, process_pages  # noqa: E402
from agents.text.stories import assign, features_of  # noqa: E402
from agents.text.story_store import RING_SLOTS, GroupingState  # noqa: E402
from bench.throughput import distinct_pages, raw_items  # noqa: E402
from streams.codec import decode, encode  # noqa: E402
from streams.records import EnrichedArticle  # noqa: E402

HORIZON = timedelta(hours=72)
BATCH = 32


def enriched_records(articles: int) -> list[bytes]:
    """The desk records of the first ``articles`` corpus records, in corpus order."""
    pages = [PageWork(item.item_id, encode(item)) for item in distinct_pages(raw_items(articles))]
    records: list[bytes] = []
    for start in range(0, len(pages), BATCH):
        result = process_pages(pages[start : start + BATCH])
        records.extend(r.data for page in result.pages for r in page if isinstance(r, EnrichedRecord))
    return records


def in_pass(enriched: EnrichedArticle, number: int, shift: timedelta) -> EnrichedArticle:
    """The article as pass ``number`` sees it: its own id, its time moved on by ``shift``."""
    if number == 0:
        return enriched
    article = enriched.article.model_copy(update={"article_id": f"{enriched.article_id}~{number}",
                                                  "parent_id": enriched.article.parent_id and f"{enriched.article.parent_id}~{number}"})
    published = enriched.published.model_copy(update={"at": enriched.published.at + shift})
    return enriched.model_copy(update={"article": article, "published": published})


def resident_mb() -> float:
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def state_counts(state: GroupingState) -> dict[str, int]:
    return {
        "stories open": len(state.stories),
        "articles held": len(state.held),
        "ring occupants": sum(len(ring) for ring in state.ring.values()),
        "index keys": len(state.index),
        "counted terms": len(state.frequencies.terms),
        "closings kept": len(state.closings),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=31_525)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--every", type=int, default=5000)
    args = parser.parse_args()
    started = time.perf_counter()
    records = enriched_records(args.articles)
    times = [decode(EnrichedArticle, data).published.at for data in records]
    shift = max(times) - min(times) + timedelta(days=1)
    print(f"{len(records)} enriched articles of the first {args.articles} ANT records, grouped {args.passes} times "
          f"on one desk (ring of {RING_SLOTS:,} placements); enriched in {time.perf_counter() - started:.0f} s\n")
    state = GroupingState(HORIZON)
    columns = list(state_counts(state))
    print(f"| articles grouped | {' | '.join(columns)} | resident MB |")
    print(f"|---|{'---|' * (len(columns) + 1)}")

    def row(grouped: int) -> None:
        counts = state_counts(state)
        print(f"| {grouped:,} | {' | '.join(f'{counts[c]:,}' for c in columns)} | {resident_mb():,.0f} |", flush=True)

    row(0)
    grouped = 0
    for number in range(args.passes):
        for data in records:
            enriched = in_pass(decode(EnrichedArticle, data), number, shift * number)
            assign(features_of(enriched), state, HORIZON)
            grouped += 1
            if grouped % args.every == 0:
                row(grouped)
    if grouped % args.every:
        row(grouped)


if __name__ == "__main__":
    from bench import report

    with report.recorded("Grouping memory"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
