"""Story grouping quality and speed, against classic baselines, in one run.

    .venv/bin/python bench/story_quality.py [--pairs FILE] [--languages ar,en] [--throughput-articles N] [--write-docs]

1. Pair scores, per set and language (SemEval's metric): every labelled pair scored by
   storywire's own score (one article against a one-member story made of the other), by the
   learned same-story probability (agents/text/similarity.py, when its model file is there), by
   the dense cosine and by two classic baselines fitted on the pairs' own texts (char 3-5-gram
   and word TF-IDF cosine on the matching form). Pearson and Spearman against label_overall,
   sign-corrected (1 = same story ... 4 = unrelated, so a good score correlates negatively and
   is shown positive), the oracle best F1 and the best F1 at precision >= 0.90 (same story =
   label_overall <= 2). Every pair that cannot be scored is counted and named with the reason.
   Default pairs: the team's SemEval-2022 pairs (semeval2022_hfl_pairs, monolingual, and
   semeval2022_dufour_multi_pairs); ``--pairs FILE`` scores any JSON Lines of
   {"id1", "id2", "text1", "text2", "label_overall", "lang"} with optional "published1",
   "published2" (ISO 8601) instead, and skips the ANT and seed sections.
2. The same pairs streamed: each language's articles grouped once through the grouping logic,
   then pairwise precision / recall / F1 of "same story" = "same cluster".
3. The team's hand-labelled ANT story clusters (tests/fixtures/story_gold/ant_clusters.json,
   ids only): BCubed precision / recall / F1 and the number of clusters, streamed in
   publication order with the real publication times.
4. The seeds: 000 and 003 one story, 001, 002, 004 apart (pairwise over the main articles).
Systems: storywire with its default, hand-weighted score, its ablations (one signal at a time,
plus the dense embedding), the learned same-story probability as ``assign`` uses it when given the
model (the best candidate joins above the model's one threshold), and the classic baseline:
single-pass TF-IDF cosine with one threshold, IDF from the set itself. Then the grouping step alone (features
precomputed) over ANT articles in publication order with a one-week horizon: articles per second.

Enriched articles are cached under .cache/similarity (keyed by the text and a hash of
agents/text), so a second run does not enrich again; bench/train_similarity.py shares the cache.
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
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from agents.text import stories  # noqa: E402
from agents.text.embedding import MODEL_NAMES, embed, embedding_text  # noqa: E402
from agents.text.enrichment import enrich  # noqa: E402
from agents.text.pages import articles_from_page, normalize_article  # noqa: E402
from agents.text.stories import ArticleFeatures, Weights, assign, features_of, weights_for  # noqa: E402
from agents.text.story_store import GroupingState  # noqa: E402
from bench.enrich_quality import ant_rows  # noqa: E402
from bench.split_eval import SHARED, Counts  # noqa: E402
from streams.records import EnrichedArticle, RawItem  # noqa: E402
from streams.settings import get_settings  # noqa: E402
from streams.watch import record_item  # noqa: E402

NOW = datetime(2026, 11, 22, tzinfo=UTC)
HORIZON = timedelta(days=3)
# Pairs without dates get one shared day as their feed date: both sides dated, zero gap (a
# page's own dateline, when the splitter finds one, still wins over it).
UNDATED_PAIR_DAY = datetime(2020, 1, 1, tzinfo=UTC)
SAME_STORY_LABEL = 2.0  # label_overall <= 2 ("very" or "somewhat similar") counts as one story
HIGH_PRECISION = 0.90
BASELINE_THRESHOLD = 0.3  # the usual single-pass TF-IDF choice; bench/calibrate_stories.py sweeps it
CACHE = ROOT / ".cache" / "similarity"
PROPOSED = "learned probability (assign with the model)"


def storywire_weights() -> Weights:
    """The weights grouping uses for the configured embedding model's vectors."""
    return weights_for(MODEL_NAMES[get_settings().embedding])


def systems() -> dict[str, Weights | str | None]:
    """The systems compared, storywire's built on the weights of the configured embedding."""
    weights = storywire_weights()
    return {
        "storywire (all signals)": weights,
        "without member link": replace(weights, link=0.0),
        "without time decay": replace(weights, decay_per_day=0.0),
        "without dense": replace(weights, dense=0.0),
        "lexical only": replace(weights, lexical=1.0, entity=0.0, dense=0.0),
        "entity only": replace(weights, lexical=0.0, entity=1.0, dense=0.0),
        PROPOSED: "proposed",
        "baseline TF-IDF single-pass": None,
    }


class PairScore(Counts):
    """Same-story pair counts."""

    def f(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1


# --- labelled pairs ------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledPair:
    """Two texts and how alike annotators found their stories (label_overall 1 = same ... 4)."""

    id1: str
    id2: str
    text1: str
    text2: str
    label: float
    lang: str
    published1: datetime | None = None
    published2: datetime | None = None
    set_name: str = "pairs"
    translated: bool = False  # machine-translated (SemEval's augmentation)

    @property
    def same(self) -> bool:
        return self.label <= SAME_STORY_LABEL

    @property
    def name(self) -> str:
        return f"{self.set_name}:{self.id1}_{self.id2}"

    @property
    def key1(self) -> str:
        return doc_key(self.text1, self.published1)

    @property
    def key2(self) -> str:
        return doc_key(self.text2, self.published2)


def doc_key(text: str, published: datetime | None) -> str:
    """One article of a pair set, by content: SemEval reuses an article id for its translations."""
    stamp = published.isoformat() if published else ""
    return "doc-" + hashlib.sha1(f"{stamp}\n{text}".encode()).hexdigest()[:20]


def _open_text(path: Path) -> Any:
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def _when(value: object) -> datetime | None:
    if not value:
        return None
    at = datetime.fromisoformat(str(value))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def read_pairs(path: Path, set_name: str | None = None) -> list[LabelledPair]:
    """Labelled pairs from JSON Lines: {"id1", "id2", "text1", "text2", "label_overall", "lang"},
    optional "published1", "published2" (ISO 8601); a pair across languages has "lang" like "de-en"."""
    out = []
    with _open_text(path) as rows:
        for line in rows:
            if line.strip():
                r = json.loads(line)
                out.append(LabelledPair(
                    id1=str(r["id1"]), id2=str(r["id2"]), text1=r["text1"], text2=r["text2"],
                    label=float(r["label_overall"]), lang=r["lang"],
                    published1=_when(r.get("published1")), published2=_when(r.get("published2")),
                    set_name=set_name or path.name.split(".")[0], translated=bool(r.get("mt_augmented", False)),
                ))
    return out


def hfl_pairs(monolingual: bool = True) -> list[LabelledPair]:
    """SemEval-2022 pairs of semeval2022_hfl_pairs (texts cut near 1,000 characters)."""
    out = []
    with gzip.open(SHARED / "corpus" / "semeval2022_hfl_pairs.jsonl.gz", "rt", encoding="utf-8") as rows:
        for line in rows:
            r = json.loads(line)
            if monolingual and r["lang1"] != r["lang2"]:
                continue
            lang = r["lang1"] if r["lang1"] == r["lang2"] else f"{r['lang1']}-{r['lang2']}"
            out.append(LabelledPair(
                r["id1"], r["id2"], r["text1"], r["text2"], float(r["label_overall"]), lang,
                set_name="hfl", translated=str(r["mt_augmented"]) == "True",
            ))
    return out


def dufour_pairs() -> list[LabelledPair]:
    """SemEval-2022 pairs in Turkish, Spanish and French with their original scraped text."""
    out = []
    with gzip.open(SHARED / "corpus" / "semeval2022_dufour_multi_pairs.jsonl.gz", "rt", encoding="utf-8") as rows:
        for line in rows:
            r = json.loads(line)
            t1, t2 = (_titled(r[f"title{n}"], r[f"text{n}"]) for n in (1, 2))
            out.append(LabelledPair(f"{r['id']}.1", f"{r['id']}.2", t1, t2, float(r["label_overall"]), r["lang1"], set_name="dufour"))
    return out


def _titled(title: str, text: str) -> str:
    return text if text.lstrip().startswith(title.strip()) else f"{title}\n{text}"


def team_pairs() -> list[LabelledPair]:
    return hfl_pairs() + dufour_pairs()


def pair_groups(pairs: list[LabelledPair]) -> dict[tuple[str, str], list[LabelledPair]]:
    """Pairs by (set, language), in a fixed order: the unit every table reports on."""
    groups: dict[tuple[str, str], list[LabelledPair]] = defaultdict(list)
    for pair in pairs:
        groups[(pair.set_name, pair.lang)].append(pair)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0][0] != "hfl", kv[0][0], -len(kv[1]), kv[0][1])))


# --- enrichment, cached --------------------------------------------------------------------

# Modules that make an enriched article; the grouping's own modules are left out so that a
# change of scoring does not enrich everything again.
_NOT_ENRICHMENT = {"stories.py", "story_store.py", "placements.py", "similarity.py"}


PINNED_ENRICHMENT: str | None = None  # --enrichment-cache: a version to reuse, or "largest"


def enrichment_version() -> str:
    files = sorted(p for p in (ROOT / "agents" / "text").rglob("*.py") if p.name not in _NOT_ENRICHMENT)
    return hashlib.sha1(b"".join(p.read_bytes() for p in files)).hexdigest()[:12]


def cache_version() -> str:
    """The enrichment version whose cache is read: this code's, unless pinned (other engineers'
    edits under agents/text change the version many times a day; a pinned run says so)."""
    if PINNED_ENRICHMENT == "largest":
        found = sorted(CACHE.glob("enriched-*.pickle"), key=lambda p: p.stat().st_size)
        if found:
            return found[-1].stem.removeprefix("enriched-")
    elif PINNED_ENRICHMENT:
        return PINNED_ENRICHMENT
    return enrichment_version()


def pair_item(key: str, text: str, published: datetime | None) -> RawItem:
    return RawItem(item_id=key, source=key, content_type="text", text=text, encoding="utf-8", arrived_at=NOW,
                   published_hint=(published or UNDATED_PAIR_DAY).isoformat())


def _enrich_items(items: list[RawItem]) -> dict[str, EnrichedArticle | str]:
    """Each item's main article enriched and embedded as the enrich agent does; or why not."""
    done: dict[str, EnrichedArticle | str] = {}
    for item in items:
        try:
            done[item.item_id] = enrich(normalize_article(articles_from_page(item)[0]))
        except ValueError as error:  # the pipeline rejects these pages too
            done[item.item_id] = f"{type(error).__name__}: {error}"
        except IndexError:
            done[item.item_id] = "no article on the page"
    keys = [k for k, v in done.items() if isinstance(v, EnrichedArticle)]
    for start in range(0, len(keys), 64):
        batch = keys[start : start + 64]
        vectors = embed([embedding_text(done[k].article.title, done[k].article.paragraphs) for k in batch])  # type: ignore[union-attr]
        for k, v in zip(batch, vectors, strict=True):
            done[k] = done[k].model_copy(update={"embedding": v})  # type: ignore[union-attr]
    return done


def enriched_items(items: list[RawItem], jobs: int = 1) -> dict[str, EnrichedArticle | str]:
    """{item id: its enriched main article, or the reason the pipeline rejects it}, from the
    cache under .cache/similarity where it has them (same text, same enrichment code)."""
    version = cache_version()
    if version != enrichment_version():
        print(f"(enriched articles from the cache of enrichment {version}; this checkout's is {enrichment_version()})", file=sys.stderr)
    path = CACHE / f"enriched-{version}.pickle"
    cached: dict[str, EnrichedArticle | str] = pickle.loads(path.read_bytes()) if path.exists() else {}
    missing = list({i.item_id: i for i in items if i.item_id not in cached}.values())
    if missing:
        print(f"(enriching {len(missing)} articles, {jobs} process(es); cached for the next run)", file=sys.stderr)
        chunks = [missing[i : i + 200] for i in range(0, len(missing), 200)]
        if jobs > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                results = list(pool.map(_enrich_items, chunks))
        else:
            results = [_enrich_items(chunk) for chunk in chunks]
        for result in results:
            cached.update(result)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(cached))
        partial.replace(path)
    return reembedded({i.item_id: cached[i.item_id] for i in items})


def reembedded(found: dict[str, EnrichedArticle | str]) -> dict[str, EnrichedArticle | str]:
    """The articles with their embedding made by the configured model (``--embedding``): the
    cache holds whichever model enriched them, and only the embedding differs between models."""
    kind = get_settings().embedding
    stale = [k for k, v in found.items() if isinstance(v, EnrichedArticle) and v.embedding is not None and v.embedding.model != MODEL_NAMES[kind]]
    out = dict(found)
    for start in range(0, len(stale), 256):
        batch = stale[start : start + 256]
        articles = [found[k] for k in batch]
        vectors = embed([embedding_text(a.article.title, a.article.paragraphs) for a in articles], kind)  # type: ignore[union-attr]
        for k, a, v in zip(batch, articles, vectors, strict=True):
            out[k] = a.model_copy(update={"embedding": v})  # type: ignore[union-attr]
    return out


def pair_documents(pairs: list[LabelledPair], jobs: int = 1) -> dict[str, EnrichedArticle | str]:
    """Every article of ``pairs`` by its doc key: enriched, or why it cannot be."""
    items = {}
    for p in pairs:
        items[p.key1] = pair_item(p.key1, p.text1, p.published1)
        items[p.key2] = pair_item(p.key2, p.text2, p.published2)
    return enriched_items(list(items.values()), jobs)


def grouping_features(enriched: EnrichedArticle, key: str) -> ArticleFeatures:
    """What the grouping sees of an article, on one desk for the whole set."""
    return replace(features_of(enriched), article_id=key, desk="x")


def cluster_gold() -> dict[str, str]:
    """{article id: gold story label "g<n>"} from the team's hand-labelled ANT clusters."""
    gold_stories = json.loads((ROOT / "tests" / "fixtures" / "story_gold" / "ant_clusters.json").read_text(encoding="utf-8"))["stories"]
    return {a: f"g{n}" for n, s in enumerate(gold_stories) for a in s["articles"]}


def is_held_out_story(label: str) -> bool:
    """The odd-numbered half of the gold stories: never used to tune or train anything."""
    return int(label[1:]) % 2 == 1


def publication_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ANT rows by publication time (their offsets differ: +00:00 and +04:00), then id."""
    return sorted(rows, key=lambda r: (datetime.fromisoformat(r["published"]), r["id"]))


def gold_window() -> list[dict[str, Any]]:
    """Every ANT row of the days the gold stories were labelled on (labelled or not), in
    publication order: the unlabelled ones are the other news a desk would see those days."""
    first, last = json.loads((ROOT / "tests" / "fixtures" / "story_gold" / "ant_clusters.json").read_text(encoding="utf-8"))["window"]
    return publication_order([r for r in ant_rows() if first <= r["published"][:10] <= last])


def ant_items(rows: list[dict[str, Any]]) -> list[RawItem]:
    items = []
    for row in rows:
        try:
            items.append(record_item(row, row["id"], NOW).model_copy(update={"item_id": f"ant-{row['id']}"}))
        except ValueError:  # the corpus has a few records without text: the pipeline rejects them too
            continue
    return items


def ant_features(rows: list[dict[str, Any]], dense: bool = True, jobs: int = 1) -> dict[str, ArticleFeatures]:
    """Features of ANT rows by row id, with their real publication times (``dense`` is kept for
    callers: the cache always embeds, and ``dense=False`` drops the vector)."""
    enriched = enriched_items(ant_items(rows), jobs)
    out = {}
    for key, e in enriched.items():
        if isinstance(e, EnrichedArticle):
            f = replace(features_of(e), article_id=key.removeprefix("ant-"))
            out[f.article_id] = f if dense else replace(f, embedding=None)
    return out


def seed_items() -> dict[str, RawItem]:
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))}
    return {n: RawItem(item_id=f"seed-{n}", source=n, content_type="text", text=t, encoding="utf-8", arrived_at=NOW) for n, t in seeds.items()}


def seed_features() -> dict[str, ArticleFeatures]:
    """The seeds' main articles, enriched and embedded as the enrich agent does."""
    items = seed_items()
    enriched = enriched_items(list(items.values()))
    return {n: replace(features_of(e), article_id=n) for n, e in ((n, enriched[i.item_id]) for n, i in items.items()) if isinstance(e, EnrichedArticle)}


def features_for(texts: dict[str, str], published: dict[str, datetime] | None = None, dense: bool = True) -> dict[str, ArticleFeatures]:
    """Grouping features of texts by their ids (those the pipeline rejects are left out)."""
    items = {i: pair_item(doc_key(t, (published or {}).get(i)), t, (published or {}).get(i)) for i, t in texts.items()}
    enriched = enriched_items(list(items.values()))
    out = {}
    for doc_id, item in items.items():
        e = enriched[item.item_id]
        if isinstance(e, EnrichedArticle):
            f = grouping_features(e, doc_id)
            out[doc_id] = f if dense else replace(f, embedding=None)
    return out


# --- pair scores and SemEval's metric --------------------------------------------------------


def storywire_pair_score(a: ArticleFeatures, b: ArticleFeatures, weights: Weights | None = None) -> float:
    """storywire's own score: ``a`` against a one-member story made of ``b``, as the grouping
    scores a candidate (centroid and closest member blended, time decay)."""
    weights = weights or storywire_weights()
    story = stories.new_story(b)
    return stories._blend(a, story, stories._centroid_score(a, story, weights), weights)


def matching_text(enriched: EnrichedArticle) -> str:
    """Title and body in matching form, as the grouping's char grams read them."""
    return stories.matching_text(enriched)


def tfidf_cosines(texts: dict[str, str], pairs: list[tuple[str, str]], analyzer: str) -> list[float]:
    """Cosine of TF-IDF vectors (IDF fitted on ``texts``, the set's own articles): the classic
    baselines, on the matching form. ``analyzer``: "char" (3-5-grams within words) or "word"."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    keys = sorted(texts)
    index = {k: i for i, k in enumerate(keys)}
    if analyzer == "char":
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    else:
        vectorizer = TfidfVectorizer(analyzer="word", sublinear_tf=True)
    matrix = vectorizer.fit_transform([texts[k] for k in keys])
    return [float(matrix[index[a]].multiply(matrix[index[b]]).sum()) for a, b in pairs]


@dataclass(frozen=True)
class Agreement:
    """How a score agrees with label_overall on a set of pairs."""

    pairs: int
    pearson: float  # sign-corrected: against -label_overall
    spearman: float
    best_f1: float  # F1 of "same story" at the best threshold on the score (an oracle)
    best_f1_high_precision: float  # the best F1 among thresholds with precision >= HIGH_PRECISION


def agreement(scores: list[float], labels: list[float]) -> Agreement:
    from scipy.stats import pearsonr, spearmanr

    x, y = np.asarray(scores, dtype=float), -np.asarray(labels, dtype=float)
    constant = x.std() == 0 or y.std() == 0
    pearson = float("nan") if constant else float(pearsonr(x, y)[0])
    spearman = float("nan") if constant else float(spearmanr(x, y)[0])
    best, best_hp = oracle_f1(scores, [label <= SAME_STORY_LABEL for label in labels])
    return Agreement(len(scores), pearson, spearman, best, best_hp)


def oracle_f1(scores: list[float], same: list[bool]) -> tuple[float, float]:
    """The best F1 of "score >= t" over every threshold t, and the best with precision >= 0.90."""
    positives = sum(same)
    if not positives:
        return 0.0, 0.0
    ranked = sorted(zip(scores, same, strict=True), key=lambda sv: -sv[0])
    best = best_hp = 0.0
    tp = fp = 0
    for i, (score, is_same) in enumerate(ranked):
        tp += is_same
        fp += not is_same
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue  # a threshold takes every pair of one score or none
        precision, recall = tp / (tp + fp), tp / positives
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        best = max(best, f1)
        if precision >= HIGH_PRECISION:
            best_hp = max(best_hp, f1)
    return best, best_hp


# --- the learned probability ----------------------------------------------------------------

HELD_OUT_MODELS = CACHE / "held-out-models.json"  # bench/train_similarity.py: one model per held-out language


def learned_model(language: str | None = None) -> Any:
    """The model that never saw ``language``'s pairs (written by bench/train_similarity.py next to
    the cache), or the shipped one for ``language=None``; None when there is none."""
    from agents.text.similarity import MODEL_PATH, SameStoryModel

    try:
        if language is None:
            return SameStoryModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
        held_out = json.loads(HELD_OUT_MODELS.read_text(encoding="utf-8"))
        return SameStoryModel.from_json(held_out[language]) if language in held_out else None
    except (OSError, ValueError, KeyError):
        return None


def learned_pair_score(model: Any, a: ArticleFeatures, b: ArticleFeatures) -> float:
    from agents.text.similarity import side_of

    return float(model.probability(side_of(a), side_of(b), pair_gap_days(a, b)))


def pair_gap_days(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """Days between a pair's articles for the learned probability; 0 when only one of them has a
    date of its own (a dateline the splitter found) and the other the shared feed day
    UNDATED_PAIR_DAY: that gap is the distance to a made-up day (58 SemEval pairs, up to years),
    not news time."""
    from agents.text.similarity import gap_days_between

    if (a.event_time == UNDATED_PAIR_DAY) != (b.event_time == UNDATED_PAIR_DAY):
        return 0.0
    return gap_days_between(a.event_time, b.event_time)


# --- streamed grouping -----------------------------------------------------------------------


def cluster(features: dict[str, ArticleFeatures], order: list[str], weights: Weights | str | None, model: Any = None) -> dict[str, str]:
    """{article id: cluster} after streaming ``order`` through one system."""
    if weights is None:
        return baseline_clusters({i: features[i] for i in order}, order)
    if isinstance(weights, str):  # the learned probability, as agents/text/stories.py groups
        learned = GroupingState(HORIZON)
        return {doc_id: assign(features[doc_id], learned, HORIZON, model=model).story.story_id for doc_id in order}  # type: ignore[union-attr]
    store = GroupingState(HORIZON)
    return {doc_id: assign(features[doc_id], store, HORIZON, weights).story.story_id for doc_id in order}  # type: ignore[union-attr]


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


# --- the report ------------------------------------------------------------------------------

LEARNED = "learned probability"
PAIR_SCORES = (
    "storywire score",
    LEARNED,
    "char 3-5-gram TF-IDF cosine",
    "word TF-IDF cosine",
    "dense cosine (title + lead)",
)


@dataclass
class PairGroup:
    """One set's pairs of one language: those scored, those not (with why), and every score."""

    set_name: str
    lang: str
    scored: list[LabelledPair]
    dropped: list[tuple[LabelledPair, str]]
    features: dict[str, ArticleFeatures]
    scores: dict[str, list[float]]
    model: Any  # the learned model used for this group (held out by language when it can be)

    @property
    def label(self) -> str:
        translated = any(p.translated for p in self.scored)
        return f"{self.lang}{' (MT)' if translated else ''}"


def score_groups(pairs: list[LabelledPair], held_out_by_language: bool, jobs: int = 1) -> list[PairGroup]:
    """Every pair scored by every system, grouped by set and language; the learned model for a
    language is the one trained without it when ``held_out_by_language`` (the team's pairs)."""
    documents = pair_documents(pairs, jobs)
    groups = []
    for (set_name, lang), group in pair_groups(pairs).items():
        scored, dropped = [], []
        for p in group:
            reasons = [f"{side} {documents[k]}" for side, k in (("text1:", p.key1), ("text2:", p.key2)) if not isinstance(documents[k], EnrichedArticle)]
            if reasons:
                dropped.append((p, "; ".join(reasons)))
            else:
                scored.append(p)
        features = {k: grouping_features(documents[k], k) for p in scored for k in (p.key1, p.key2)}  # type: ignore[arg-type]
        texts = {k: matching_text(documents[k]) for k in features}  # type: ignore[arg-type]
        keys = [(p.key1, p.key2) for p in scored]
        model = learned_model(lang) if held_out_by_language else learned_model()
        scores = {
            "storywire score": [storywire_pair_score(features[a], features[b]) for a, b in keys],
            "char 3-5-gram TF-IDF cosine": tfidf_cosines(texts, keys, "char") if keys else [],
            "word TF-IDF cosine": tfidf_cosines(texts, keys, "word") if keys else [],
            "dense cosine (title + lead)": [_dense(features[a], features[b]) for a, b in keys],
        }
        if model is not None:
            scores[LEARNED] = [learned_pair_score(model, features[a], features[b]) for a, b in keys]
        groups.append(PairGroup(set_name, lang, scored, dropped, features, scores, model))
    return groups


def _dense(a: ArticleFeatures, b: ArticleFeatures) -> float:
    if a.embedding is None or b.embedding is None:
        return 0.0
    return float(a.unit_embedding @ b.unit_embedding)


def print_pair_agreement(groups: list[PairGroup], held_out_by_language: bool) -> None:
    total = sum(len(g.scored) + len(g.dropped) for g in groups)
    dropped = [(g, p, why) for g in groups for p, why in g.dropped]
    print(f"Pair scores against label_overall ({total} pairs, {total - len(dropped)} scored, {len(dropped)} not: listed below).")
    print("Pearson and Spearman sign-corrected (1 = same story ... 4 = unrelated); F1 of same story "
          f"(label_overall <= {SAME_STORY_LABEL:g}) at the best threshold, and at the best threshold with precision >= {HIGH_PRECISION:.2f}. "
          + ("The learned probability of each language comes from the model trained without that language's pairs "
             "(bench/train_similarity.py, leave-one-language-out); '-' where it has not been trained."
             if held_out_by_language else "The learned probability is the shipped model (agents/text/models/same_story.json)."))
    print("\n| set | language | pairs scored | same | score | Pearson | Spearman | best F1 | best F1 at P >= 0.90 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for g in groups:
        labels = [p.label for p in g.scored]
        counted = f"{len(g.scored)}" + (f" of {len(g.scored) + len(g.dropped)}" if g.dropped else "")
        for name in PAIR_SCORES:
            if name not in g.scores:
                print(f"| {g.set_name} | {g.label} | {counted} | {sum(p.same for p in g.scored)} | {name} | - | - | - | - |")
                continue
            a = agreement(g.scores[name], labels)
            print(f"| {g.set_name} | {g.label} | {counted} | {sum(p.same for p in g.scored)} | {name} | "
                  f"{a.pearson:.3f} | {a.spearman:.3f} | {a.best_f1:.3f} | {a.best_f1_high_precision:.3f} |")
    print(f"\nPairs not scored ({len(dropped)}): an article the pipeline rejects has no features.")
    for g, p, why in dropped:
        print(f"- {p.name} ({g.lang}, label {p.label:g}): {why}")


def print_streamed(groups: list[PairGroup]) -> None:
    print("\nThe same pairs streamed: each set's articles of one language grouped once, in id order, "
          "through each system; pairwise P / R / F1 of same story = same cluster:\n")
    print("| set | language | pairs | same | " + " | ".join(systems()) + " |")
    print("|---|---|---|---|" + "---|" * len(systems()))
    for g in groups:
        order = sorted(g.features)
        pairs = [(p.key1, p.key2, p.same) for p in g.scored]
        cells = []
        for weights in systems().values():
            if isinstance(weights, str) and g.model is None:
                cells.append("-")
                continue
            p, r, f = pair_score(cluster(g.features, order, weights, g.model), pairs).f()
            cells.append(f"{p:.2f} / {r:.2f} / {f:.2f}")
        print(f"| {g.set_name} | {g.label} | {len(pairs)} | {sum(s for *_, s in pairs)} | " + " | ".join(cells) + " |")


def print_ant_clusters(jobs: int = 1) -> None:
    gold = cluster_gold()
    window = gold_window()
    feats = ant_features(window, jobs=jobs)
    order = [r["id"] for r in window if r["id"] in feats]
    labelled = [i for i in order if i in gold]
    held_out = {a: g for a, g in gold.items() if is_held_out_story(g)}
    model = learned_model()
    print(f"\nHand-labelled ANT stories ({len(gold)} articles, {len(set(gold.values()))} stories), BCubed P / R / F1, clusters, "
          f"streamed in publication order. Held out = the odd-numbered half of the stories: bench/calibrate_stories.py tuned "
          f"the weights and bench/train_similarity.py trained the learned probability on the even half only. "
          f"'+ other news': the {len(order) - len(labelled)} unlabelled ANT articles of the same days streamed too "
          f"(scored on the labelled ones), the density a desk sees.\n")
    print("| system | BCubed P | BCubed R | BCubed F1 | clusters | held-out BCubed F1 | BCubed F1 + other news | held-out BCubed F1 + other news |")
    print("|---|---|---|---|---|---|---|---|")
    for name, weights in systems().items():
        if isinstance(weights, str) and model is None:
            continue
        labels = cluster(feats, labelled, weights, model)
        p, r, f = bcubed(labels, gold)
        held = bcubed(cluster(feats, [i for i in labelled if i in held_out], weights, model), held_out)[2]
        crowded = bcubed(cluster(feats, order, weights, model), gold)[2]
        held_crowded = bcubed(cluster(feats, [i for i in order if i not in gold or i in held_out], weights, model), held_out)[2]
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {len(set(labels.values()))} | {held:.3f} | {crowded:.3f} | {held_crowded:.3f} |")


def print_seeds() -> None:
    """The seeds: 000 and 003 one story, 001, 002 and 004 apart, embedded as the enrich agent does."""
    seed_feats = seed_features()
    seed_pairs = [(a, b, {a, b} == {"000", "003"}) for a in seed_feats for b in seed_feats if a < b]
    model = learned_model()
    print("\nSeeds (10 pairs of main articles; 000-003 is the one same-story pair), P / R / F1:\n")
    for name, weights in systems().items():
        if isinstance(weights, str) and model is None:
            continue
        p, r, f = pair_score(cluster(seed_feats, sorted(seed_feats), weights, model), seed_pairs).f()
        print(f"- {name}: {p:.2f} / {r:.2f} / {f:.2f}")
    if model is not None:
        cells = ", ".join(f"{a}-{b} {learned_pair_score(model, seed_feats[a], seed_feats[b]):.2f}" for a, b, _ in seed_pairs)
        print(f"- learned probability of each pair: {cells}")


def stream_features(articles: int, jobs: int) -> list[ArticleFeatures]:
    """Features of the first ``articles`` ANT rows in publication order, from the enrichment
    cache (enriching 31.5k articles takes many minutes and is not what this step measures)."""
    rows = publication_order(list(ant_rows(limit=articles)))
    feats = ant_features(rows, jobs=jobs)
    return [feats[r["id"]] for r in rows if r["id"] in feats]


WARM_UP_ARTICLES = 500


def throughput(articles: int, jobs: int) -> None:
    feats = stream_features(articles, jobs)
    week = timedelta(days=7)
    model = learned_model()
    for name, weights, learned in (("storywire (all signals)", storywire_weights(), None), (PROPOSED, None, model)):
        if name == PROPOSED and model is None:
            continue
        warm = GroupingState(week)
        for features in feats[:WARM_UP_ARTICLES]:  # the caches the first system measured would fill alone
            assign(features, warm, week, weights, learned)
        store = GroupingState(week)
        found: set[str] = set()
        started = time.perf_counter()
        for features in feats:
            found.add(assign(features, store, week, weights, learned).story.story_id)  # type: ignore[union-attr]
        grouped = time.perf_counter() - started
        print(f"\nGrouping step alone ({name}), {len(feats)} ANT articles in publication order, 7-day horizon, with embeddings: "
              f"{len(feats) / grouped:,.0f} articles/s ({grouped:.1f} s; {len(found)} stories, {store.open_story_count()} still held at the end).")


def main() -> None:
    global PINNED_ENRICHMENT
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=Path, help="score these labelled pairs (JSON Lines) instead of the team's")
    parser.add_argument("--languages", help="only these languages, comma-separated (default: all)")
    parser.add_argument("--throughput-articles", type=int, default=5_000)
    parser.add_argument("--throughput-only", action="store_true")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--jobs", type=int, default=1, help="enrichment processes for what the cache lacks")
    parser.add_argument("--embedding", choices=("distilled", "full"), help="the embedding model (default: the setting, STORYWIRE_EMBEDDING)")
    parser.add_argument("--enrichment-cache", help="reuse the cache of this enrichment version (or 'largest': the most complete cache) even if agents/text changed since")
    args = parser.parse_args()
    PINNED_ENRICHMENT = args.enrichment_cache
    if args.embedding:  # through the environment, so the enrichment processes use it too
        os.environ["STORYWIRE_EMBEDDING"] = args.embedding
    print(f"(embedding: {get_settings().embedding})", file=sys.stderr)
    if args.throughput_only:
        throughput(args.throughput_articles, args.jobs)
        return
    pairs = read_pairs(args.pairs) if args.pairs else team_pairs()
    if args.languages:
        pairs = [p for p in pairs if p.lang in args.languages.split(",")]
    groups = score_groups(pairs, held_out_by_language=args.pairs is None, jobs=args.jobs)
    print_pair_agreement(groups, held_out_by_language=args.pairs is None)
    print_streamed(groups)
    if args.pairs is None:
        print_ant_clusters(args.jobs)
        print_seeds()
        if not args.no_throughput:
            throughput(args.throughput_articles, args.jobs)


if __name__ == "__main__":
    from bench import report

    with report.recorded("Story quality"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
