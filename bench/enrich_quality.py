"""Enrichment quality against the team's gold, and the cost of each stage, in one run.

    .venv/bin/python bench/enrich_quality.py [--articles 2000] [--write-docs]

Gold (tests/fixtures/enrich_gold/*.json, names and quote openings only; texts come from
../shared): the five seeds and 30 ANT articles drawn at random. Prints, per gold set:
publication time exact, outlet, tags, entities (precision / recall / F1, and how many
multi-spelling entities came out as one), quotes and their speakers. Publication dates are
also checked on the 8 arabic_html_pages (gold dates from the htmldate test set). Then the
cost per article of each stage (median and p95 ms) on the first N articles of ant_multisource.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.text.embedding import embed, embedding_text  # noqa: E402
from agents.text.enrichment import enrich  # noqa: E402
from agents.text.normalization import matching_form  # noqa: E402
from agents.text.pages import articles_from_page, normalize_article  # noqa: E402
from bench.split_eval import SHARED, Counts  # noqa: E402
from streams.records import EnrichedArticle, RawItem  # noqa: E402
from streams.watch import item_id_of, record_item  # noqa: E402

GOLD_DIR = ROOT / "tests" / "fixtures" / "enrich_gold"
ARRIVED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


@dataclass
class Report:
    documents: int = 0
    time_exact: int = 0
    time_total: int = 0
    outlet: Counts = field(default_factory=Counts)
    tags: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    united: int = 0
    multi_spelling: int = 0
    quotes: Counts = field(default_factory=Counts)
    speakers_right: int = 0


def name_key(text: str) -> str:
    """A surface form in matching form, without the article, for matching names."""
    key = matching_form(text).replace("_", " ").strip(" \"'«»()")
    return " ".join(t[2:] if t.startswith("ال") and len(t) >= 5 else t for t in key.split())


def name_keys(text: str) -> set[str]:
    """The name as written and without one leading clitic: "بباريس" and "باريس" meet, and
    "باريس" itself keeps its ب."""
    key = name_key(text)
    keys = {key}
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            keys.add(name_key(key[len(prefix):]))
    return keys


def same_name(system: set[str], gold: set[str]) -> bool:
    """Equal keys, or one name inside the other word for word ("تيلرسون" in "ريكس تيلرسون")."""
    if system & gold:
        return True
    return any(
        set(g.split()) <= set(s.split()) or set(s.split()) <= set(g.split())
        for s in system for g in gold if min(len(s), len(g)) >= 4
    )


def gold_documents(name: str) -> list[dict]:  # type: ignore[type-arg]
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))["documents"]


def enriched_seed(number: str) -> EnrichedArticle:
    path = next((SHARED / "seeds").glob(f"{number}_*.txt"))
    text = path.read_text(encoding="utf-8")
    raw = RawItem(item_id=item_id_of(text), source=path.name, content_type="text", text=text, encoding="utf-8", arrived_at=ARRIVED)
    return enrich(normalize_article(articles_from_page(raw)[0]))


def ant_rows(ids: set[str] | None = None, limit: int | None = None):  # type: ignore[no-untyped-def]
    with gzip.open(SHARED / "corpus" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            row = json.loads(line)
            if ids is None or row["id"] in ids:
                yield row


def enriched_row(row: dict) -> EnrichedArticle:  # type: ignore[type-arg]
    raw = record_item(row, row["id"], ARRIVED)
    return enrich(normalize_article(articles_from_page(raw)[0]))


def score(report: Report, gold: dict, system: EnrichedArticle) -> None:  # type: ignore[type-arg]
    report.documents += 1
    if "published" in gold:
        report.time_total += 1
        wanted = gold["published"]
        if wanted is None:
            report.time_exact += system.published.origin in ("arrival", "weekday")
        else:
            at = datetime.fromisoformat(wanted).astimezone(UTC)
            report.time_exact += system.published.origin in ("page", "hint") and abs((system.published.at - at).total_seconds()) < 60
    if "outlet" in gold:
        right = gold["outlet"] is not None and system.outlet is not None and name_key(gold["outlet"]) == name_key(system.outlet)
        report.outlet.add(int(right), int(system.outlet is not None and not right), int(gold["outlet"] is not None and not right))
    if "tags" in gold:
        wanted_tags = {name_key(t) for t in gold["tags"]}
        found_tags = {name_key(t) for t in system.tags}
        report.tags.add(len(wanted_tags & found_tags), len(found_tags - wanted_tags), len(wanted_tags - found_tags))
    score_entities(report, gold["entities"], system)
    score_quotes(report, gold.get("quotes", []), system)


def score_entities(report: Report, gold_entities: list[dict], system: EnrichedArticle) -> None:  # type: ignore[type-arg]
    system_keys = [set().union(*(name_keys(m) for m in e.mentions)) for e in system.entities]
    matched_system: set[int] = set()
    for entity in gold_entities:
        variants = {name_key(v) for v in entity["variants"]}
        hits = [i for i, keys in enumerate(system_keys) if same_name(keys, variants)]
        matched_system.update(hits)
        report.entities.add(int(bool(hits)), 0, int(not hits))
        if len(variants) > 1:
            report.multi_spelling += 1
            report.united += len(hits) == 1 and all(same_name(system_keys[hits[0]], {v}) for v in variants)
    report.entities.add(0, len(system_keys) - len(matched_system), 0)


def score_quotes(report: Report, gold_quotes: list[dict], system: EnrichedArticle) -> None:  # type: ignore[type-arg]
    used: set[int] = set()
    for quote in gold_quotes:
        start = matching_form(quote["start"]).strip(" .,،")
        hit = next((i for i, q in enumerate(system.quotes) if i not in used and matching_form(q.text).startswith(start)), None)
        if hit is None:
            report.quotes.add(0, 0, 1)
            continue
        used.add(hit)
        report.quotes.add(1, 0, 0)
        said_by = system.quotes[hit].speaker
        if quote["speaker"] is None:
            report.speakers_right += said_by is None
        elif said_by is not None:
            report.speakers_right += bool(set(name_key(quote["speaker"]).split()) & set(name_key(said_by).split()))
    report.quotes.add(0, len(system.quotes) - len(used), 0)


def html_dates() -> tuple[int, int]:
    """Publication dates on the HTML pages: (right, total), against htmldate's gold."""
    right = total = 0
    with gzip.open(SHARED / "corpus" / "arabic_html_pages.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            raw = RawItem(item_id=row["id"], source=row["url"], content_type="html", text=row["html"], encoding="utf-8", arrived_at=ARRIVED)
            system = enrich(normalize_article(articles_from_page(raw)[0]))
            total += 1
            right += system.published.at.date().isoformat() == row["published"][:10]
    return right, total


def quality() -> dict[str, Report]:
    reports = {"seeds": Report(), "ant (30)": Report(), "ant held-out (15)": Report()}
    for gold in gold_documents("seeds"):
        score(reports["seeds"], gold, enriched_seed(gold["id"]))
    ant_gold = [*gold_documents("ant_part_a"), *gold_documents("ant_part_b")]
    by_id = {g["id"]: g for g in ant_gold}
    heldout = {g["id"]: g for g in gold_documents("ant_heldout")}  # labelled after tuning, never used for it
    for row in ant_rows(set(by_id) | set(heldout)):
        if row["id"] in by_id:
            score(reports["ant (30)"], by_id[row["id"]], enriched_row(row))
        else:
            score(reports["ant held-out (15)"], heldout[row["id"]], enriched_row(row))
    return reports


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def stage_costs(articles: int) -> dict[str, list[float]]:
    costs: dict[str, list[float]] = {"split": [], "normalize": [], "enrich": [], "embed (batches of 32)": []}
    batch: list[str] = []
    rows = list(ant_rows(limit=articles))
    enrich(normalize_article(articles_from_page(record_item(rows[0], "warm", ARRIVED))[0]))  # load models first
    embed(["warm up"])
    for row in rows:
        raw = record_item(row, row["id"], ARRIVED)
        t0 = time.perf_counter()
        article = articles_from_page(raw)[0]
        t1 = time.perf_counter()
        normalized = normalize_article(article)
        t2 = time.perf_counter()
        enriched = enrich(normalized)
        t3 = time.perf_counter()
        costs["split"].append((t1 - t0) * 1000)
        costs["normalize"].append((t2 - t1) * 1000)
        costs["enrich"].append((t3 - t2) * 1000)
        batch.append(embedding_text(enriched.article.title, enriched.article.paragraphs))
        if len(batch) == 32:
            t4 = time.perf_counter()
            embed(batch)
            costs["embed (batches of 32)"].extend([(time.perf_counter() - t4) * 1000 / 32] * 32)
            batch = []
    if batch:
        t4 = time.perf_counter()
        embed(batch)
        costs["embed (batches of 32)"].extend([(time.perf_counter() - t4) * 1000 / len(batch)] * len(batch))
    return costs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    reports = quality()
    print("| gold set | docs | time exact | outlet P/R | tags P/R/F1 | entities P/R/F1 | spellings united | quotes P/R | speaker right |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in reports.items():
        tags = "-" if r.tags.tp + r.tags.fp + r.tags.fn == 0 else f"{r.tags.precision:.2f}/{r.tags.recall:.2f}/{r.tags.f1:.2f}"
        print(
            f"| {name} | {r.documents} | {r.time_exact}/{r.time_total} | {r.outlet.precision:.2f}/{r.outlet.recall:.2f} | "
            f"{tags} | "
            f"{r.entities.precision:.3f}/{r.entities.recall:.3f}/{r.entities.f1:.3f} | {r.united}/{r.multi_spelling} | "
            f"{r.quotes.precision:.2f}/{r.quotes.recall:.2f} | {r.speakers_right}/{r.quotes.tp} |"
        )
    right, total = html_dates()
    print(f"\npublication date on arabic_html_pages: {right}/{total} exact days\n")
    costs = stage_costs(args.articles)
    print(f"| stage (ms per article, {args.articles} ANT articles) | median | p95 |")
    print("|---|---|---|")
    for stage, values in costs.items():
        print(f"| {stage} | {statistics.median(values):.2f} | {percentile(values, 0.95):.2f} |")
    total_ms = [sum(v[i] for v in costs.values()) for i in range(len(costs['split']))]
    print(f"| all stages | {statistics.median(total_ms):.2f} | {percentile(total_ms, 0.95):.2f} |")


if __name__ == "__main__":
    from bench import report

    with report.recorded("Enrichment quality"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
