"""Same output, less CPU: enrichment of this tree against a baseline revision, on real ANT pages.

    .venv/bin/python bench/same_output.py [--articles 2000] [--baseline REV]

Runs split -> normalize -> enrich (no embedding) and, where the tree has them, the grouping
features the enrich children compute (``stories.desk_article_of``, without the embedding: the
"features" field) over the first --articles records of ant_multisource for the working tree and for
--baseline (checked out with `git worktree add`
into a temporary directory, removed afterwards). Each tree runs in its own subprocess with that
tree first on sys.path and dumps one JSON line per article; this process then prints, per
field, how many articles are identical, the first differences, and the ms of CPU per article
of each component in both trees. Components are timed by wrapping module functions, so the
same wrappers fit both trees; a component a tree does not have reads 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("STORYWIRE_SHARED_DIR", ROOT.parent / "shared")) / "corpus" / "ant_multisource.jsonl.gz"
ARRIVED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
# HEAD when the lean scans began (issue 15): the output every later tree must reproduce.
BASELINE = "812f1a0a5cf4d86a72b60aae43eaa22883de2d2f"
WARM_UP_RECORDS = 30  # records after the measured ones: models and word lists load untimed

# (component, module, function): wrapped where enrichment and the split stage look them up.
COMPONENTS = (
    ("split", "agents.text.pages", "articles_from_page"),
    ("normalize", "agents.text.pages", "normalize_article"),
    ("enrich", "agents.text.enrichment", "enrich"),
    ("entities", "agents.text.enrichment", "find_mentions"),
    ("entities", "agents.text.enrichment", "entities_from"),
    ("quotes", "agents.text.enrichment", "find_quotes"),
    ("language", "agents.text.enrichment", "detect_language"),
    ("keywords", "agents.text.enrichment", "keywords"),
    ("keywords", "agents.text.enrichment", "keywords_of"),
    ("simhash", "agents.text.enrichment", "simhash"),
    ("simhash", "agents.text.enrichment", "simhash_of"),
    ("dates", "agents.text.enrichment", "_publication"),
    ("grouping features", "agents.text.stories", "desk_article_of"),
)
INSIDE_ENRICH = ("entities", "quotes", "language", "keywords", "simhash", "dates")


# The child: one tree, one dump --------------------------------------------------------------

def ant_records(start: int, stop: int) -> Iterator[dict[str, Any]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if count >= stop:
                return
            if count >= start:
                yield json.loads(line)


def _timed(totals: dict[str, float], component: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[component] = totals.get(component, 0.0) + time.process_time() - started

    return wrapper


def dump(root: Path, articles: int, out: Path) -> None:
    """Run the pipeline of the tree at ``root`` and write its articles and timings to ``out``."""
    sys.path.insert(0, str(root))
    import importlib

    from streams.watch import record_item

    totals: dict[str, float] = {}
    for component, module_name, name in COMPONENTS:
        module = importlib.import_module(module_name)
        if hasattr(module, name):
            setattr(module, name, _timed(totals, component, getattr(module, name)))
    pages = importlib.import_module("agents.text.pages")
    enrichment = importlib.import_module("agents.text.enrichment")
    stories = importlib.import_module("agents.text.stories")

    def with_features(enriched: Any) -> dict[str, Any]:
        dumped: dict[str, Any] = enriched.model_dump(mode="json", exclude={"embedding"})
        if hasattr(stories, "desk_article_of"):  # trees before the grouping features moved to the children
            dumped["features"] = stories.desk_article_of(enriched).model_dump(mode="json", exclude={"embedding"})
        return dumped

    def run(row: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            raw = record_item(row, row["id"], ARRIVED)
            found = [enrichment.enrich(pages.normalize_article(a)) for a in pages.articles_from_page(raw)]
        except ValueError as error:
            return [{"record": row["id"], "error": f"{type(error).__name__}: {error}"}]
        return [{"record": row["id"], **with_features(e)} for e in found]

    for row in ant_records(articles, articles + WARM_UP_RECORDS):
        run(row)
    totals.clear()
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for row in ant_records(0, articles):
            for result in run(row):
                count += "error" not in result
                handle.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")
        handle.write(json.dumps({"timings": totals, "articles": count}) + "\n")


# The parent: both trees, compared -----------------------------------------------------------

def run_tree(root: Path, articles: int, out: Path) -> None:
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--dump", str(out), "--root", str(root), "--articles", str(articles)],
        check=True,
    )


def load(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines[:-1], lines[-1]


def fields_of(result: dict[str, Any]) -> dict[str, Any]:
    """Top-level fields; the article's own fields (split and normalize output) and its grouping
    features one level down."""
    flat = {key: value for key, value in result.items() if key not in ("article", "features")}
    for part in ("article", "features"):
        for key, value in (result.get(part) or {}).items():
            flat[f"{part}.{key}"] = value
    return flat


def compare(baseline: list[dict[str, Any]], now: list[dict[str, Any]], shown: int = 5) -> list[str]:
    lines = [f"articles: baseline {len(baseline)}, now {len(now)}", "", "| field | identical | differ |", "|---|---|---|"]
    same: dict[str, int] = {}
    differ: dict[str, int] = {}
    examples: list[str] = []
    for old, new in zip(baseline, now, strict=False):
        old_fields, new_fields = fields_of(old), fields_of(new)
        for key in sorted(old_fields.keys() | new_fields.keys()):
            if old_fields.get(key) == new_fields.get(key):
                same[key] = same.get(key, 0) + 1
                continue
            differ[key] = differ.get(key, 0) + 1
            if len(examples) < shown:
                examples.append(f"- record {old.get('record')} {key}: {str(old_fields.get(key))[:300]!r} -> {str(new_fields.get(key))[:300]!r}")
    for key in sorted(same.keys() | differ.keys()):
        lines.append(f"| {key} | {same.get(key, 0)} | {differ.get(key, 0)} |")
    whole = sum(old == new for old, new in zip(baseline, now, strict=False))
    lines += ["", f"whole articles identical: {whole} of {max(len(baseline), len(now))}"]
    return lines + (["", "first differences:", *examples] if examples else [])


def timing_table(baseline: dict[str, Any], now: dict[str, Any]) -> list[str]:
    def per_article(stats: dict[str, Any]) -> dict[str, float]:
        totals = dict(stats["timings"])
        totals["rest of enrich"] = totals.get("enrich", 0.0) - sum(totals.get(c, 0.0) for c in INSIDE_ENRICH)
        return {key: 1000 * value / max(1, stats["articles"]) for key, value in totals.items()}

    old, new = per_article(baseline), per_article(now)
    rows = ["split", "normalize", *INSIDE_ENRICH, "rest of enrich", "enrich", "grouping features"]
    lines = ["| component | baseline ms | now ms |", "|---|---|---|"]
    lines += [f"| {row} | {old.get(row, 0.0):.2f} | {new.get(row, 0.0):.2f} |" for row in rows]
    parts = ("split", "normalize", "enrich", "grouping features")
    old_total, new_total = (sum(side.get(part, 0.0) for part in parts) for side in (old, new))
    return [*lines, f"| split + normalize + enrich + grouping features | {old_total:.2f} | {new_total:.2f} |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="first N ant_multisource records")
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare against")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump is not None:
        dump(args.root, args.articles, args.dump)
        return
    with tempfile.TemporaryDirectory(prefix="same-output-") as scratch:
        tree = Path(scratch) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), args.baseline], check=True)
        try:
            run_tree(tree, args.articles, Path(scratch) / "baseline.jsonl")
            run_tree(ROOT, args.articles, Path(scratch) / "now.jsonl")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
        baseline, baseline_stats = load(Path(scratch) / "baseline.jsonl")
        now, now_stats = load(Path(scratch) / "now.jsonl")
    print(f"`bench/same_output.py --articles {args.articles} --baseline {args.baseline[:12]}`, {datetime.now(UTC):%Y-%m-%d}\n")
    print("\n".join(compare(baseline, now)))
    print(f"\nms of CPU per article ({now_stats['articles']} articles, each tree in its own process):\n")
    print("\n".join(timing_table(baseline_stats, now_stats)))


if __name__ == "__main__":
    main()
