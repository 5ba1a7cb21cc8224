"""Splitter quality against the team's gold labels, per source set, with baselines.

    .venv/bin/python bench/split_quality.py                    the gold sets of tests/fixtures/split_gold
    .venv/bin/python bench/split_quality.py --gold pages.jsonl any labelled pages (repeatable)
    .venv/bin/python bench/split_quality.py --sets seeds,layouts   only these gold sets
    .venv/bin/python bench/split_quality.py --write-docs       also write the output to docs/benchmarks.md

Line-level precision / recall / F1 of "main-article line" (title, dateline, body), the share of
appended articles recovered whole, how often the main article's headline is right (the gold
title line, or "no headline" on a page that has none), and pages with every line and every
appended article right, for storywire's split stage; in the same run, baselines: "keep every
line" on every set, and trafilatura's own main text on HTML pages.
Texts are read from ../shared; tests/fixtures/split_gold holds labels only.

A --gold file is JSON Lines, one page a line: {"id": ..., "text": ... or "html": ...,
"labels": [...]}, one label per non-blank line of the text, from the labels of
bench/split_eval.py (title, dateline, body, appended-N-title, appended-N-body, or a sidebar kind).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.split_eval import (
    GOLD_DIR,
    SETS,
    Document,
    Prediction,
    Score,
    gold_documents,
    load_jsonl_gold,
    score_document,
    storywire_prediction,
    trafilatura_prediction,
)


def keep_everything(document: Document) -> Prediction:
    return Prediction(document.lines)


SYSTEMS: dict[str, Callable[[Document], Prediction]] = {
    "storywire": storywire_prediction,
    "keep every line": keep_everything,
    "trafilatura": trafilatura_prediction,
}
HEADER = (
    f"| {'gold set':<30} | {'system':<16} | docs | lines | precision | recall |   F1   | appended whole "
    f"| headline right | pages right | ms/doc median |"
)


def score_set(
    name: str, documents: list[Document], labels: dict[str, list[str]], systems: list[str] | None = None
) -> list[tuple[str, Score, float]]:
    """Every system on one set of labelled documents: (system, score, median ms a document)."""
    results = []
    for system, predict in SYSTEMS.items():
        if systems and system not in systems:
            continue
        if system == "trafilatura" and not documents[0].is_html:
            continue  # trafilatura is an HTML extractor; on plain text it has nothing to do
        score = Score()
        predict(documents[0])  # warm-up: dateparser compiles its locale regexes on first use
        times = []
        for document in documents:
            started = time.perf_counter()
            prediction = predict(document)
            times.append((time.perf_counter() - started) * 1000)
            score_document(document.lines, labels[document.doc_id], prediction, document.is_html, score)
        results.append((system, score, statistics.median(times)))
    return results


def row(name: str, documents: list[Document], system: str, score: Score, ms: float) -> str:
    lines = sum(len(d.lines) for d in documents)
    appended = f"{score.appended_whole}/{score.appended_total}" if score.appended_total else "-"
    headline = f"{score.headline_right}/{score.headline_total}" if score.headline_total else "-"
    return (
        f"| {name:<30} | {system:<16} | {len(documents):>4} | {lines:>5} | {score.precision:>9.3f} | "
        f"{score.recall:>6.3f} | {score.f1:>6.3f} | {appended:>14} | {headline:>14} | "
        f"{f'{score.pages_right}/{score.documents}':>11} | {ms:>13.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", action="append", type=Path, default=[], help="JSON Lines of labelled pages")
    parser.add_argument("--sets", default="", help="comma-separated gold sets of tests/fixtures/split_gold")
    parser.add_argument("--systems", default="", help="comma-separated systems (default: all)")
    args = parser.parse_args()
    systems = [s for s in args.systems.split(",") if s] or None
    print(HEADER)
    print("|" + "|".join("-" * (len(c)) for c in HEADER.split("|")[1:-1]) + "|")
    sets: list[tuple[str, list[Document], dict[str, list[str]]]] = []
    for path in args.gold:
        documents, labels = load_jsonl_gold(path)
        sets.append((path.stem, documents, labels))
    if not args.gold or args.sets:
        wanted = [s for s in args.sets.split(",") if s] or list(SETS)
        for set_name in wanted:
            if (GOLD_DIR / f"{set_name}.json").exists():
                sets.append((set_name, *gold_documents(set_name)))
    for name, documents, labels in sets:
        for system, score, ms in score_set(name, documents, labels, systems):
            print(row(name, documents, system, score, ms), flush=True)


if __name__ == "__main__":
    from bench import report

    with report.recorded("Split quality"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
