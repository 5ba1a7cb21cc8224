"""Language identification: ``language_walk`` against ``py3langid.classify``, same answer, less CPU.

    .venv/bin/python bench/language_walk.py [--timed 3000] [--rounds 2]

Identity: (language, score) of both on every text detect_language receives from ANT (every
article the split stage makes of every record, "title\\nparagraphs" as enrichment joins them), on
each ANT record's own title + "\\n" + text, and on text1 and text2 of every SemEval 2022 pair; each
text cut as detect_language cuts it. Timing: ms of CPU per call of each on the first --timed ANT
articles, one thread, the two alternating, --rounds times each.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.enrich_quality import ant_rows
from bench.split_eval import SHARED
from bench.throughput import ARRIVED, distinct_pages
from streams.watch import record_item


def samples(texts: list[str]) -> list[str]:
    from agents.text.language import SAMPLE_CHARS

    return [text[:SAMPLE_CHARS].strip() for text in texts]


def ant_article_texts() -> list[str]:
    """What detect_language receives for every article of every distinct ANT page."""
    from agents.text.pages import articles_from_page

    items = []
    for row in ant_rows():
        try:
            items.append(record_item(row, row["id"], ARRIVED))
        except ValueError:
            continue
    texts = []
    for item in distinct_pages(items):
        try:
            articles = articles_from_page(item)
        except ValueError:
            continue
        texts.extend("\n".join((a.title, *a.paragraphs)) for a in articles)
    return texts


def ant_record_texts() -> list[str]:
    return [f"{row.get('title') or ''}\n{row.get('text') or ''}" for row in ant_rows()]


def semeval_texts() -> list[str]:
    with gzip.open(SHARED / "corpus" / "semeval2022_hfl_pairs.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [row[key] or "" for row in rows for key in ("text1", "text2")]


def identical(texts: list[str]) -> tuple[int, int, int]:
    """(same language, same (language, score), texts)."""
    import py3langid
    from py3langid.langid import _get_identifier

    from agents.text.language_walk import classify

    identifier = _get_identifier()
    same_language = same_answer = 0
    for sample in samples(texts):
        if not sample:  # detect_language answers "und" without asking either
            same_language += 1
            same_answer += 1
            continue
        before, after = py3langid.classify(sample), classify(identifier, sample)
        same_language += before[0] == after[0]
        same_answer += before == after
    return same_language, same_answer, len(texts)


def cpu_ms_per_call(function, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    for text in texts:
        function(text)
    return 1000 * (time.process_time() - started) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timed", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    import py3langid
    from py3langid.langid import _get_identifier

    from agents.text.language_walk import classify_language, walk_tables

    identifier = _get_identifier()  # py3langid's model, loaded untimed
    started = time.process_time()
    tables = walk_tables(identifier)
    print(f"tables and their check: {time.process_time() - started:.2f} s of CPU, D = {tables and tables.depth}")
    articles = ant_article_texts()
    for name, texts in (("ANT articles (as enrichment asks)", articles),
                        ("ANT records (title + text)", ant_record_texts()),
                        ("SemEval 2022 texts", semeval_texts())):
        language, answer, total = identical(texts)
        print(f"{name}: same language {language} of {total}, same (language, score) {answer} of {total}")
    timed = [s for s in samples(articles[: args.timed]) if s]
    before = lambda s: py3langid.classify(s)[0]
    for round_ in range(args.rounds):
        for name, function in (("py3langid.classify", before), ("language_walk", classify_language)):
            print(f"round {round_ + 1}, {name}: {cpu_ms_per_call(function, timed):.4f} ms of CPU per call"
                  f" ({len(timed)} calls)")


if __name__ == "__main__":
    main()
