"""Grouping alone over the whole corpus, against a baseline revision in the same run.

    .venv/bin/python bench/grouping_speed.py [--articles 31525] [--baseline REV] [--reps 2]

The per-article work for the first --articles ANT records is done once, with this tree, in two
child processes, as the worker's children do it: its output is the desk records news.by-desk
carries. Each tree (the baseline's git worktree, then this one) then decodes and places every one
of them in a process of its own, as the worker's loop does (``assign``), and prints ms of CPU an
article and a digest of every assignment: the story, its version, the score, the stories it
closed and the probability. Equal digests mean the same stories, bit for bit. The processes run
with one hash seed: a float sum in the scores follows a set's order, which the seed changes in
the last bits (docs/speed.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HORIZON = timedelta(hours=72)  # as bench/throughput.py's processing limits
HASH_SEED = "0"


def desk_records(articles: int) -> list[bytes]:
    """What the worker's children send to news.by-desk for the first ``articles`` ANT records."""
    from agents.text.enrich_batch import EnrichedRecord, PageWork, process_pages, start_child
    from bench.throughput import distinct_pages, raw_items
    from streams.codec import encode

    pages = [PageWork(item.item_id, encode(item)) for item in distinct_pages(raw_items(articles))]
    batches = [pages[start : start + 32] for start in range(0, len(pages), 32)]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=spawn, initializer=start_child, initargs=(os.getpid(),)) as pool:
        return [
            item.data
            for result in pool.map(process_pages, batches)
            for page in result.pages
            for item in page
            if isinstance(item, EnrichedRecord)
        ]


def place_all(records: list[bytes]) -> tuple[float, str]:
    """(ms of CPU an article, digest of every assignment) for the code on sys.path."""
    from agents.text.stories import assign, features_from_desk_record
    from agents.text.story_store import GroupingState

    state = GroupingState(HORIZON)
    digest = hashlib.sha256()
    started = time.process_time()
    for data in records:
        placed = assign(features_from_desk_record(data), state, HORIZON)
        probability = placed.placement.probability if placed.placement is not None else None
        digest.update(
            f"{placed.story.story_id if placed.story else None}|{placed.story.version if placed.story else 0}|"
            f"{placed.score!r}|{[story.story_id for story in placed.expired]}|{probability!r}\n".encode()
        )
    return 1000 * (time.process_time() - started) / max(len(records), 1), digest.hexdigest()[:16]


def measure_tree(tree: Path, records_file: Path, reps: int) -> dict[str, object]:
    """``place_all`` on ``tree``'s code, ``reps`` times, in a process of its own."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "grouping_speed.py"), "--place", str(records_file), "--tree", str(tree),
         "--reps", str(reps)],
        check=True, capture_output=True, text=True, cwd=tree, env={**os.environ, "PYTHONHASHSEED": HASH_SEED},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=31525)
    parser.add_argument("--baseline", default="HEAD~1", help="the git revision to compare with ('' skips it)")
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--place", type=Path, help=argparse.SUPPRESS)  # a tree's own process: place these records
    parser.add_argument("--tree", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.place is not None:
        sys.path[:0] = [str(args.tree.resolve()), str(ROOT)]
        records = pickle.loads(args.place.read_bytes())
        runs = [place_all(records) for _ in range(args.reps)]
        print(json.dumps({"ms": [ms for ms, _ in runs], "digests": sorted({digest for _, digest in runs})}))
        return

    sys.path.insert(0, str(ROOT))
    from bench.throughput import baseline_tree

    records = desk_records(args.articles)
    with tempfile.TemporaryDirectory() as scratch:
        records_file = Path(scratch) / "desk-records.pickle"
        records_file.write_bytes(pickle.dumps(records))
        rows: list[tuple[str, dict[str, object]]] = []
        if args.baseline:
            with baseline_tree(args.baseline) as tree:
                rows.append((f"before ({args.baseline})", measure_tree(tree, records_file, args.reps)))
        rows.append(("now", measure_tree(ROOT, records_file, args.reps)))
    print(f"{len(records)} desk records of the first {args.articles} ANT records; grouping alone, one process a tree\n")
    print("| tree | ms of CPU an article (decode + assign), each run | digest of every assignment |")
    print("|---|---|---|")
    for name, run in rows:
        times = ", ".join(f"{ms:.3f}" for ms in run["ms"])  # type: ignore[attr-defined]
        print(f"| {name} | {times} | {', '.join(run['digests'])} |")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
