"""Size of the records on news.enriched, by form of the embedding, on real ANT articles.

    .venv/bin/python bench/enriched_size.py [--articles 500]

The first --articles records of ../shared/corpus/ant_multisource.jsonl.gz go through the pure
pipeline (split, normalize, then the enrich child's own function, embeddings in batches of 32)
and each enriched record is measured in three forms:

- JSON floats: the embedding as 512 JSON numbers (4 decimals) and ``embedding_model`` beside it,
  as records were before schema v1 (rebuilt from the same values);
- float32 base64: what the worker publishes now (``{"model", "dims", "vector"}``);
- no embedding: news.enriched with STORYWIRE_PUBLISH_EMBEDDING=false (news.by-desk keeps it).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from datetime import date
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.text.embedding import DECIMALS, MODEL_NAMES  # noqa: E402
from agents.text.enrich_batch import EnrichedRecord, PageWork, process_pages, warm_up  # noqa: E402
from bench.throughput import distinct_pages, raw_items  # noqa: E402
from streams.codec import decode, encode  # noqa: E402
from streams.records import EnrichedArticle  # noqa: E402

BATCH = 32  # the enrich agent's batch size


def enriched_records(articles: int, publish_embedding: bool) -> list[EnrichedRecord]:
    """The enrich child's output for the first ``articles`` corpus records."""
    pages = [PageWork(item.item_id, encode(item)) for item in distinct_pages(raw_items(articles))]
    records: list[EnrichedRecord] = []
    for start in range(0, len(pages), BATCH):
        batch = process_pages(pages[start : start + BATCH], publish_embedding=publish_embedding)
        records.extend(r for page in batch.pages for r in page if isinstance(r, EnrichedRecord))
    return records


def as_json_floats(data: bytes) -> bytes:
    """A record as it was written before schema v1: the same values, the embedding as JSON numbers."""
    record = orjson.loads(data)
    embedding = decode(EnrichedArticle, data).embedding
    assert embedding is not None and embedding.model in MODEL_NAMES.values()
    record["embedding"] = [round(value, DECIMALS) for value in embedding.floats()]
    record["embedding_model"] = embedding.model
    return orjson.dumps(record)


def row(name: str, sizes: list[int]) -> str:
    p95 = statistics.quantiles(sizes, n=100, method="inclusive")[94]
    return f"| {name} | {statistics.median(sizes):,.0f} | {p95:,.0f} | {min(sizes):,} | {max(sizes):,} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="corpus records to read (default 500)")
    args = parser.parse_args()
    warm_up()
    records = enriched_records(args.articles, publish_embedding=True)
    without = enriched_records(args.articles, publish_embedding=False)
    forms = {
        "embedding as JSON floats (before schema v1)": [len(as_json_floats(r.published_data)) for r in records],
        "embedding as float32 base64 (now, the default)": [len(r.published_data) for r in records],
        "no embedding (STORYWIRE_PUBLISH_EMBEDDING=false)": [len(r.published_data) for r in without],
        "news.by-desk: the grouping features (internal)": [len(r.data) for r in records],
    }
    print(f"news.enriched record size in bytes, {len(records)} enriched articles from the first {args.articles:,} "
          f"records of ant_multisource; {date.today()}, {platform.machine()} with {os.cpu_count()} cores; "
          f"command: .venv/bin/python bench/enriched_size.py --articles {args.articles}\n")
    print("| form | median | p95 | min | max |")
    print("|---|---:|---:|---:|---:|")
    for name, sizes in forms.items():
        print(row(name, sizes))


if __name__ == "__main__":
    main()
