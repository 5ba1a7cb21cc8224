"""Splitter quality against the team's gold labels, per source set, with baselines.

    .venv/bin/python bench/split_quality.py

Line-level precision / recall / F1 of "main-article line" (title, dateline, body), and the
share of appended articles recovered whole, for storywire's split stage; in the same run,
baselines: "keep every line" on every set, and trafilatura's own main text on HTML pages.
Texts are read from ../shared; tests/fixtures/split_gold holds labels only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.split_eval import (  # noqa: E402
    GOLD_DIR,
    SETS,
    Prediction,
    Score,
    gold_set,
    iter_documents,
    load_gold,
    score_document,
    storywire_prediction,
    trafilatura_prediction,
)


def keep_everything(document) -> Prediction:  # type: ignore[no-untyped-def]
    return Prediction(document.lines)


SYSTEMS = {"storywire": storywire_prediction, "keep every line": keep_everything, "trafilatura": trafilatura_prediction}


def main() -> None:
    header = f"| {'gold set':<30} | {'system':<16} | docs | lines | precision | recall |   F1   | appended whole | ms/doc |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for set_name in SETS:
        if not (GOLD_DIR / f"{set_name}.json").exists():
            continue
        labels = load_gold(set_name)
        documents = [d for d in iter_documents(gold_set(set_name)) if d.doc_id in labels]
        for system, predict in SYSTEMS.items():
            if system == "trafilatura" and not documents[0].is_html:
                continue  # trafilatura is an HTML extractor; on plain text it has nothing to do
            score = Score()
            predict(documents[0])  # warm-up: dateparser compiles its locale regexes on first use
            started = time.perf_counter()
            for document in documents:
                score_document(document.lines, labels[document.doc_id], predict(document), document.is_html, score)
            elapsed_ms = (time.perf_counter() - started) * 1000 / len(documents)
            lines = sum(len(d.lines) for d in documents)
            appended = f"{score.appended_whole}/{score.appended_total}" if score.appended_total else "-"
            print(
                f"| {set_name:<30} | {system:<16} | {len(documents):>4} | {lines:>5} | {score.precision:>9.3f} | "
                f"{score.recall:>6.3f} | {score.f1:>6.3f} | {appended:>14} | {elapsed_ms:>6.1f} |"
            )


if __name__ == "__main__":
    main()
