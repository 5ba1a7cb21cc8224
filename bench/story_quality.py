"""Story grouping quality and speed, against a classic baseline, in one run.

    .venv/bin/python bench/story_quality.py [--throughput-articles N]

1. SemEval-2022 Task 8 pairs, per language (monolingual pairs; label_overall <= 2 = same
   story): every article of a language streamed once through the grouping logic, then pairwise
   precision / recall / F1 of "same story" = "same cluster".
2. The team's hand-labelled ANT story clusters (tests/fixtures/story_gold/ant_clusters.json,
   ids only): BCubed precision / recall / F1 and the number of clusters, streamed in
   publication order with the real publication times.
3. The seeds: 000 and 003 one story, 001, 002, 004 apart (pairwise over the main articles).
Systems: storywire with its default signals, ablations (one signal at a time, plus the dense
embedding), and the classic baseline: single-pass TF-IDF cosine with one threshold, IDF from
the set itself. Then the grouping step alone (features precomputed) over ANT articles in
publication order with a one-week horizon: articles per second.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import pickle
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.text.embedding import embed, embedding_text  # noqa: E402
from agents.text.enrichment import enrich  # noqa: E402
from agents.text.pages import articles_from_page, normalize_article  # noqa: E402
from agents.text.stories import DEFAULT_WEIGHTS, ArticleFeatures, Weights, assign, features_of  # noqa: E402
from agents.text.story_store import GroupingState  # noqa: E402
from bench.enrich_quality import ant_rows  # noqa: E402
from bench.split_eval import SHARED, Counts  # noqa: E402
from streams.records import RawItem  # noqa: E402
from streams.watch import record_item  # noqa: E402

NOW = datetime(2026, 11, 22, tzinfo=UTC)
HORIZON = timedelta(days=3)
BASELINE_THRESHOLD = 0.3  # the usual single-pass TF-IDF choice; bench/calibrate_stories.py sweeps it
SYSTEMS: dict[str, Weights | None] = {
    "storywire (all signals)": DEFAULT_WEIGHTS,
    "without member link": replace(DEFAULT_WEIGHTS, link=0.0),
    "without time decay": replace(DEFAULT_WEIGHTS, decay_per_day=0.0),
    "without dense": replace(DEFAULT_WEIGHTS, dense=0.0),
    "lexical only": replace(DEFAULT_WEIGHTS, lexical=1.0, entity=0.0, dense=0.0),
    "entity only": replace(DEFAULT_WEIGHTS, lexical=0.0, entity=1.0, dense=0.0),
    "baseline TF-IDF single-pass": None,
}


class PairScore(Counts):
    """Same-story pair counts."""

    def f(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1


def semeval_languages() -> dict[str, tuple[dict[str, str], list[tuple[str, str, bool]], bool]]:
    """{lang: (texts by id, pairs (id1, id2, same story), machine-translated?)}, monolingual only."""
    out: dict[str, tuple[dict[str, str], list[tuple[str, str, bool]], bool]] = {}

    def add(lang: str, id1: str, t1: str, id2: str, t2: str, same: bool, mt: bool) -> None:
        texts, pairs, was_mt = out.setdefault(lang, ({}, [], False))
        texts[id1], texts[id2] = t1, t2
        pairs.append((id1, id2, same))
        out[lang] = (texts, pairs, was_mt or mt)

    with gzip.open(SHARED / "corpus" / "semeval2022_hfl_pairs.jsonl.gz", "rt", encoding="utf-8") as rows:
        for line in rows:
            r = json.loads(line)
            if r["lang1"] == r["lang2"]:
                add(r["lang1"], r["id1"], r["text1"], r["id2"], r["text2"], float(r["label_overall"]) <= 2, str(r["mt_augmented"]) == "True")
    with gzip.open(SHARED / "corpus" / "semeval2022_dufour_multi_pairs.jsonl.gz", "rt", encoding="utf-8") as rows:
        for line in rows:
            r = json.loads(line)
            t1, t2 = f"{r['title1']}\n{r['text1']}", f"{r['title2']}\n{r['text2']}"
            i1, i2 = (hashlib.sha1(t.encode()).hexdigest()[:16] for t in (t1, t2))
            add(r["lang1"], i1, t1, i2, t2, float(r["label_overall"]) <= 2, False)
    return out


def features_for(texts: dict[str, str], published: dict[str, datetime] | None = None, dense: bool = False) -> dict[str, ArticleFeatures]:
    features: dict[str, ArticleFeatures] = {}
    enriched_all = {}
    for doc_id, text in texts.items():
        raw = RawItem(item_id=doc_id, source=doc_id, content_type="text", text=text, encoding="utf-8", arrived_at=NOW,
                      published_hint=published[doc_id].isoformat() if published else "2020-01-01T00:00:00+00:00")
        try:
            enriched_all[doc_id] = enrich(normalize_article(articles_from_page(raw)[0]))
        except ValueError:
            continue
    if dense:
        ids = list(enriched_all)
        vectors = embed([embedding_text(enriched_all[i].article.title, enriched_all[i].article.paragraphs) for i in ids])
        enriched_all = {i: e.model_copy(update={"embedding": v}) for (i, e), v in zip(enriched_all.items(), vectors, strict=True)}
    for doc_id, enriched in enriched_all.items():
        f = features_of(enriched)
        features[doc_id] = replace(f, article_id=doc_id, desk="x")  # one desk: grouping within the set
    return features


def cluster(features: dict[str, ArticleFeatures], order: list[str], weights: Weights | None) -> dict[str, str]:
    if weights is None:
        return baseline_clusters({i: features[i] for i in order}, order)
    store = GroupingState(HORIZON)
    return {doc_id: assign(features[doc_id], store, HORIZON, weights).story.story_id for doc_id in order}


def baseline_clusters(features: dict[str, ArticleFeatures], order: list[str]) -> dict[str, str]:
    """Single-pass clustering: TF-IDF (IDF from the set) cosine to each cluster centroid, one threshold."""
    df: Counter[str] = Counter()
    for f in features.values():
        df.update(set(f.terms))
    n = len(features)

    def vector(f: ArticleFeatures) -> dict[str, float]:
        v = {t: (1 + math.log(1 + w)) * math.log((1 + n) / (1 + df[t])) for t, w in f.terms.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    centroids: list[dict[str, float]] = []
    labels: dict[str, str] = {}
    for doc_id in order:
        v = vector(features[doc_id])
        best, best_sim = -1, 0.0
        for index, c in enumerate(centroids):
            norm = math.sqrt(sum(x * x for x in c.values())) or 1.0
            sim = sum(w * c.get(t, 0.0) for t, w in v.items()) / norm
            if sim > best_sim:
                best, best_sim = index, sim
        if best >= 0 and best_sim >= BASELINE_THRESHOLD:
            for t, w in v.items():
                centroids[best][t] = centroids[best].get(t, 0.0) + w
        else:
            centroids.append(dict(v))
            best = len(centroids) - 1
        labels[doc_id] = f"c{best}"
    return labels


def pair_score(labels: dict[str, str], pairs: list[tuple[str, str, bool]]) -> PairScore:
    score = PairScore()
    for a, b, same in pairs:
        if a not in labels or b not in labels:
            continue
        predicted = labels[a] == labels[b]
        score.tp += predicted and same
        score.fp += predicted and not same
        score.fn += same and not predicted
    return score


def bcubed(labels: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    ids = [i for i in gold if i in labels]
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for i in ids:
        by_pred.setdefault(labels[i], set()).add(i)
        by_gold.setdefault(gold[i], set()).add(i)
    precision = sum(len(by_pred[labels[i]] & by_gold[gold[i]]) / len(by_pred[labels[i]]) for i in ids) / len(ids)
    recall = sum(len(by_pred[labels[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in ids) / len(ids)
    return precision, recall, 2 * precision * recall / (precision + recall)


def cluster_gold() -> dict[str, str]:
    """{article id: gold story label "g<n>"} from the team's hand-labelled ANT clusters."""
    stories = json.loads((ROOT / "tests" / "fixtures" / "story_gold" / "ant_clusters.json").read_text(encoding="utf-8"))["stories"]
    return {a: f"g{n}" for n, s in enumerate(stories) for a in s["articles"]}


def ant_features(rows: list[dict], dense: bool = False) -> dict[str, ArticleFeatures]:  # type: ignore[type-arg]
    out = {}
    enriched = {}
    for row in rows:
        try:
            raw = record_item(row, row["id"], NOW)
            enriched[row["id"]] = enrich(normalize_article(articles_from_page(raw)[0]))
        except ValueError:  # the corpus has a few records without text: the pipeline rejects them too
            continue
    if dense:
        ids = list(enriched)
        vectors = embed([embedding_text(enriched[i].article.title, enriched[i].article.paragraphs) for i in ids])
        enriched = {i: enriched[i].model_copy(update={"embedding": v}) for i, v in zip(ids, vectors, strict=True)}
    for doc_id, e in enriched.items():
        out[doc_id] = replace(features_of(e), article_id=doc_id)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--throughput-articles", type=int, default=31_525)
    parser.add_argument("--languages", default="ar,en,de,es,tr,fr,pl,it,ru,zh")
    parser.add_argument("--throughput-only", action="store_true")
    args = parser.parse_args()
    if args.throughput_only:
        throughput(args.throughput_articles)
        return

    print("Same-story pairs, SemEval-2022 (label_overall <= 2), P / R / F1:\n")
    print("| language | pairs | same | " + " | ".join(SYSTEMS) + " |")
    print("|---|---|---|" + "---|" * len(SYSTEMS))
    for lang, (texts, pairs, mt) in semeval_languages().items():
        if lang not in args.languages.split(","):
            continue
        feats = features_for(texts, dense=True)
        order = sorted(feats)
        cells = []
        for weights in SYSTEMS.values():
            p, r, f = pair_score(cluster(feats, order, weights), pairs).f()
            cells.append(f"{p:.2f} / {r:.2f} / {f:.2f}")
        label = f"{lang}{' (MT)' if mt else ''}"
        print(f"| {label} | {len(pairs)} | {sum(s for *_, s in pairs)} | " + " | ".join(cells) + " |")

    gold_path = ROOT / "tests" / "fixtures" / "story_gold" / "ant_clusters.json"
    if gold_path.exists():
        stories = json.loads(gold_path.read_text(encoding="utf-8"))["stories"]
        gold = {a: f"g{n}" for n, s in enumerate(stories) for a in s["articles"]}
        rows = sorted(ant_rows(set(gold)), key=lambda r: (r["published"], r["id"]))
        feats = ant_features(rows, dense=True)
        order = [r["id"] for r in rows]
        print(f"\nHand-labelled ANT stories ({len(gold)} articles, {len(stories)} stories), BCubed P / R / F1, clusters:\n")
        held_out = {a: g for a, g in gold.items() if int(g[1:]) % 2 == 1}  # calibration used the even half
        print("(held out = the odd-numbered half of the stories, never used by bench/calibrate_stories.py)\n")
        print("| system | BCubed P | BCubed R | BCubed F1 | clusters | held-out BCubed F1 |")
        print("|---|---|---|---|---|---|")
        for name, weights in SYSTEMS.items():
            labels = cluster(feats, order, weights)
            p, r, f = bcubed(labels, gold)
            held = cluster(feats, [i for i in order if i in held_out], weights)
            print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {len(set(labels.values()))} | {bcubed(held, held_out)[2]:.3f} |")

    seeds_report()
    throughput(args.throughput_articles)


def seeds_report() -> None:
    """The seeds: 000 and 003 one story, 001, 002 and 004 apart, embedded as the enrich agent does."""
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))}
    seed_feats = {}
    for number, text in seeds.items():
        raw = RawItem(item_id=number, source=number, content_type="text", text=text, encoding="utf-8", arrived_at=NOW)
        enriched = enrich(normalize_article(articles_from_page(raw)[0]))
        (vector,) = embed([embedding_text(enriched.article.title, enriched.article.paragraphs)])  # as the enrich agent does
        seed_feats[number] = replace(features_of(enriched.model_copy(update={"embedding": vector})), article_id=number)
    seed_pairs = [(a, b, {a, b} == {"000", "003"}) for a in seeds for b in seeds if a < b]
    print("\nSeeds (10 pairs of main articles; 000-003 is the one same-story pair), P / R / F1:\n")
    for name, weights in SYSTEMS.items():
        p, r, f = pair_score(cluster(seed_feats, sorted(seed_feats), weights), seed_pairs).f()
        print(f"- {name}: {p:.2f} / {r:.2f} / {f:.2f}")


def _features_chunk(rows: list[dict]) -> list[ArticleFeatures]:  # type: ignore[type-arg]
    feats = ant_features(rows, dense=True)
    return [feats[r["id"]] for r in rows if r["id"] in feats]


def stream_features(articles: int) -> tuple[list[ArticleFeatures], float]:
    """Features of the first ``articles`` ANT rows in publication order, enriched and embedded on
    every core; cached under .cache/bench (keyed by the count and the enrichment code's hash)
    because enriching 31.5k articles takes minutes and is not what this step measures."""
    code = hashlib.sha1(b"".join(p.read_bytes() for p in sorted((ROOT / "agents" / "text").rglob("*.py")))).hexdigest()[:12]
    cache = ROOT / ".cache" / "bench" / f"ant-features-{articles}-{code}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes()), 0.0
    rows = sorted(ant_rows(limit=articles), key=lambda r: (r["published"], r["id"]))
    chunks = [rows[i : i + 500] for i in range(0, len(rows), 500)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        feats = [f for chunk in pool.map(_features_chunk, chunks) for f in chunk]
    elapsed = time.perf_counter() - started
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(feats))
    return feats, len(rows) / elapsed


def throughput(articles: int) -> None:
    feats, enrich_rate = stream_features(articles)
    week = timedelta(days=7)
    store = GroupingState(week)
    stories: set[str] = set()
    started = time.perf_counter()
    for features in feats:
        stories.add(assign(features, store, week).story.story_id)
    grouped = time.perf_counter() - started
    print(f"\nGrouping step alone, {len(feats)} ANT articles in publication order, 7-day horizon, with embeddings: "
          f"{len(feats) / grouped:,.0f} articles/s ({grouped:.1f} s; {len(stories)} stories, "
          f"{store.open_story_count()} still held at the end). "
          + (f"Enrichment and embedding to get there, {os.cpu_count()} processes: {enrich_rate:,.0f} articles/s." if enrich_rate else "Features from the cache."))


if __name__ == "__main__":
    main()
