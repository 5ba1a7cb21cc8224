"""The template memory measured: the same pages split with and without it, after a warm-up.

    .venv/bin/python bench/split_templates.py [WARMUP ...] [SET ...]

Each gold set is replayed as a stream, one source at a time in page order: a layout of the
layout gold is one source (22 pages each), an outlet of the ANT gold sets is one (its id
prefix). The first WARMUP pages of each source are only observed; every later page is split
twice, without and with the source's template lines as the memory holds them when the page
arrives, scored on the same lines, then observed. Default warm-ups: 0, 5, 10.

Then the risk on real data: ANT outlets' articles in publication order through the memory,
and what it calls template there (article text unless the outlet left boilerplate in it); with
what the worker pays for it there: the source's record carried by a seen-pages record (streams/tables.py,
written every TEMPLATE_WRITE_EVERY pages) in KB, and the event loop's milliseconds to write one
and to read one back.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agents.text.sidebars import TemplateMemory, page_lines, split_page
from bench.split_eval import Document, Prediction, Score, gold_documents, score_document

SETS = (
    "layouts",
    "layouts_heldout",
    "layouts_heldout2",
    "layouts_heldout3",
    "layouts_heldout4",
    "ant_inline_boilerplate",
    "ant_inline_boilerplate_heldout",
    "ant_inline_boilerplate_more",
)


def source_of(document: Document) -> str:
    if document.set_name.startswith("layouts"):  # a layout is one source, in every part
        return document.doc_id.rsplit("-", 1)[0]
    return document.doc_id[:2]  # the ANT outlet: AL, BB, CN, FR, SK


def predict(document: Document, template: frozenset[str]) -> Prediction:
    page = split_page(document.text, template_lines=template)
    main = page.main
    kept = ([] if main.title_from_body else [main.title]) + ([main.dateline] if main.dateline else []) + list(main.paragraphs)
    appended = tuple(
        tuple(([] if a.title_from_body else [a.title]) + ([a.dateline] if a.dateline else []) + list(a.paragraphs))
        for a in page.appended
    )
    return Prediction(tuple(kept), appended, None if main.title_from_body else main.title)


def replay(documents: list[Document], labels: dict[str, list[str]], warmup: int) -> tuple[Score, Score, float]:
    by_source: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_source[source_of(document)].append(document)
    without, with_memory = Score(), Score()
    sizes: list[int] = []
    memory = TemplateMemory()
    for source, pages in by_source.items():
        for index, document in enumerate(sorted(pages, key=lambda d: d.doc_id)):
            if index >= warmup:
                template = memory.template_lines(source)
                sizes.append(len(template))
                score_document(document.lines, labels[document.doc_id], predict(document, frozenset()), False, without)
                score_document(document.lines, labels[document.doc_id], predict(document, template), False, with_memory)
            memory.observe(page_lines(source, document.text))
    return without, with_memory, statistics.mean(sizes) if sizes else 0.0


def main() -> None:
    warmups = [int(a) for a in sys.argv[1:] if a.isdigit()] or [0, 5, 10]
    sets = [a for a in sys.argv[1:] if not a.isdigit()] or SETS
    print("| gold set | warm-up pages per source | pages scored | F1 without | F1 with | appended whole without / with "
          "| headline right without / with | template lines per source (mean) |")
    print("|---|---|---|---|---|---|---|---|")
    for set_name in sets:
        documents, labels = gold_documents(set_name)
        for warmup in warmups:
            without, with_memory, size = replay(documents, labels, warmup)
            if not without.documents:
                continue
            appended = f"{without.appended_whole}/{without.appended_total} / {with_memory.appended_whole}/{with_memory.appended_total}"
            headline = f"{without.headline_right}/{without.headline_total} / {with_memory.headline_right}/{with_memory.headline_total}"
            print(f"| {set_name} | {warmup} | {without.documents} | {without.f1:.3f} | {with_memory.f1:.3f} | {appended} | {headline} | {size:.0f} |",
                  flush=True)


def ant_streams(per_outlet: int = 1500) -> None:
    """The risk side on real data: each ANT outlet's first articles in publication order go
    through the memory as a live wire would see them; every line it calls template is counted
    (ANT texts are articles, so a flagged line is either the outlet's own boilerplate left in
    the text or an article line lost), with the most frequent ones shown."""
    import gzip
    import json
    from collections import Counter

    from agents.text.cues import fold_line
    from agents.text.line_shapes import is_body_paragraph
    from bench.split_eval import SHARED
    from streams.tables import TEMPLATE_WRITE_EVERY  # builds the (idle) Faust app: only here

    rows: dict[str, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    with gzip.open(SHARED / "corpus" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[row["source"]].append(row)
    print()
    print(f"| ANT outlet (first {per_outlet} articles by time) | lines | lines called template | of them paragraphs (12+ words, a stop) "
          "| most frequent | table record KB (max) | write / read ms (median, max) |")
    print("|---|---|---|---|---|---|---|")
    for outlet, outlet_rows in sorted(rows.items()):
        outlet_rows.sort(key=lambda r: r.get("published") or "")
        memory, flagged, total = TemplateMemory(), Counter(), 0
        record_kb, write_ms, read_ms = 0.0, [], []
        for number, row in enumerate(outlet_rows[:per_outlet], start=1):
            text = f"{row['title']}\n{row['text']}"
            template = memory.template_lines(outlet)
            for line in (line.strip() for line in text.split("\n")):
                if line:
                    total += 1
                    if fold_line(line) in template:
                        flagged[line] += 1
            memory.observe(page_lines(outlet, text))
            if number % TEMPLATE_WRITE_EVERY == 0:
                started = time.perf_counter()
                record = memory.source_to_bytes(outlet)
                write_ms.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                restored = TemplateMemory()
                restored.restore(outlet, record)
                assert restored.template_lines(outlet) == memory.template_lines(outlet)
                read_ms.append((time.perf_counter() - started) * 1000)
                record_kb = max(record_kb, len(record) / 1024)
        paragraphs = sum(n for line, n in flagged.items() if is_body_paragraph(line))
        top = "; ".join(f"{line[:40]}… ×{n}" for line, n in flagged.most_common(3))
        print(f"| {outlet} | {total} | {sum(flagged.values())} | {paragraphs} | {top} | {record_kb:.0f} "
              f"| {_spread(write_ms)} / {_spread(read_ms)} |", flush=True)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}, {max(values):.1f}" if values else "-"


if __name__ == "__main__":
    main()
    ant_streams()
