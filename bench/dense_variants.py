"""Variants of the dense signal for Arabic (issue 16), against the distilled and the full USE, in one run.

    .venv/bin/python bench/dense_variants.py [--enrichment-cache VERSION|largest] [--unlabelled N] [--adapter]
        [--teacher N] [--grouping] [--only NAME,...] [--no-learned]

docs/grouping.md ("A better dense signal for Arabic") holds its tables and what they say.

The distilled embedding (agents/text/distilled_embedding.py) sums one row per SentencePiece piece
and runs USE's head; its cosine agrees with SemEval's Arabic labels far less than in the other
languages. Variants tried, every statistic fitted on data we may tune on:
- SIF (Arora et al. 2017): each piece's row weighted a / (a + p(piece)) before the sum, p counted
  through the model's own tokenizer on the unlabelled ANT articles *outside* the labelled days
  (6-14 May 2018); the weights rescaled to mean 1 in each text, so the head sees sums of the same
  size;
- common directions removed (all-but-the-top, Mu & Viswanath 2018) or whitening (Su et al. 2021):
  mean and principal components of the embeddings of those same unlabelled articles;
- title and body embedded apart (two cosines, and their mean);
- (--adapter) a linear map on the vectors, trained with InfoNCE (in-batch negatives, numpy) on
  self-supervised Arabic pairs: an unlabelled ANT article's title against its own body lead, and
  the "agree" rewrites of ans_headline_pairs (train split);
- (--teacher N) the full USE as a teacher: a ridge map from the distilled pooled vector (the sum
  before USE's head) to the full model's pooled vector, fitted on N unlabelled ANT leads.
A variant's knob (a, components kept) is chosen on the even ANT half only (ROC AUC of the dense
cosine over the pairs the grouping compares); the odd half and SemEval are reported, not tuned on.

Reported for each variant: the dense cosine's Pearson / Spearman against label_overall on every
language's SemEval HFL pairs (sign-corrected), ROC AUC / best F1 on the pairs of each ANT half,
the seed pair 000-003's cosine against the seeds' other pairs, the time an article, and the
learned same-story probability with the variant's cosine as its "dense" feature, held out by
language (as bench/train_similarity.py: trained without the language, Platt-calibrated; the
join threshold is left out, it does not move Pearson) and its ROC AUC on the odd ANT half.
With --grouping, the candidates' vectors also go into every ANT article and seed: BCubed F1 of the
labelled stories through the retrained probability (join chosen on the even half) and through the
hand-weighted score (the distilled embedding's weights, not recalibrated), and the seeds.
Deterministic: no sampling but a seeded one for the adapter's batches.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np

import bench.story_quality as sq
import bench.train_similarity as ts
from agents.text import distilled_embedding as de
from agents.text.embedding import LEAD_CHARS, embedding_text
from agents.text.similarity import FEATURE_NAMES
from agents.text.stories import ArticleFeatures
from bench.enrich_quality import ant_rows
from bench.split_eval import SHARED
from streams.records import EnrichedArticle
from streams.settings import get_settings

SIF_A = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3)  # around the usual range (Arora et al.: 1e-4..1e-3 on English); chosen on the even ANT half
COMPONENTS = (1, 2, 3, 5, 10)  # principal directions removed
WHITEN_DIMS = (512, 256, 128)
DENSE = FEATURE_NAMES.index("dense")
ARABIC = "\u0600-\u06ff"


# --- texts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    """What is embedded of one article: title and lead together (as the enrich stage does), and apart."""

    lead: str
    title: str
    body: str
    is_arabic: bool


def texts_of(enriched: EnrichedArticle) -> Texts:
    a = enriched.article
    body = " ".join(a.paragraphs)[:LEAD_CHARS]
    return Texts(embedding_text(a.title, a.paragraphs), a.title, body, is_arabic(a.title + body))


def is_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters) > 0.5


def unlabelled_ant(limit: int | None) -> list[dict[str, str]]:
    """ANT rows outside the labelled days (first ``limit``), for fitting: title, lead as the
    enrich stage would cut it, and the whole text for the piece counts."""
    first, last = json.loads((ROOT / "tests" / "fixtures" / "story_gold" / "ant_clusters.json").read_text(encoding="utf-8"))["window"]
    out = []
    for row in ant_rows():
        if first <= row["published"][:10] <= last or not (row.get("text") or "").strip():
            continue
        title = " ".join((row.get("title") or "").split())
        text = " ".join(row["text"].split())
        if text.startswith(title):
            text = text[len(title):].lstrip()
        out.append({"title": title, "body": text[:LEAD_CHARS], "lead": f"{title}\n{text[:LEAD_CHARS]}", "full": f"{title}\n{text}"})
        if limit and len(out) >= limit:
            break
    return out


# --- embedders -------------------------------------------------------------------------------


class Distilled:
    """The distilled model's pieces and rows, with optional piece weights (SIF)."""

    def __init__(self) -> None:
        self.model = de.load(get_settings().models)
        self.table = np.asarray(self.model.table)
        self.head = self.model.head
        self.sp = self.model.tokenizer

    def pieces(self, texts: Sequence[str]) -> list[list[int]]:
        return [self.sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]

    def pooled(self, texts: Sequence[str], weights: np.ndarray | None = None) -> np.ndarray:
        """The sum before the head, as embed_pieces makes it; pieces weighted (mean 1 a text) if given."""
        pieces = self.pieces(texts)
        out = np.zeros((len(texts), self.head.cnn_b.shape[0]), dtype=np.float32)
        for row, ids in zip(out, pieces, strict=True):
            rows = self.table[ids].astype(np.float32)
            if weights is None:
                row[:] = rows.sum(axis=0)
            else:
                w = weights[ids]
                row[:] = (w / w.mean()) @ rows
        n = np.array([len(p) for p in pieces], dtype=np.float32)[:, None]
        return (out + n * self.head.cnn_b) / np.sqrt(n)

    def encode(self, texts: Sequence[str], weights: np.ndarray | None = None) -> np.ndarray:
        return de.apply_head(self.head, self.pooled(texts, weights))

    def piece_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        counts = np.zeros(self.table.shape[0], dtype=np.int64)
        for ids in self.pieces(texts):
            np.add.at(counts, ids, 1)
        return counts / counts.sum()


def sif_weights(p: np.ndarray, a: float) -> np.ndarray:
    return (a / (a + p)).astype(np.float32)


@dataclass(frozen=True)
class Projection:
    """v -> unit((v - mean) @ matrix) (or with the top directions projected out)."""

    mean: np.ndarray
    matrix: np.ndarray

    def __call__(self, v: np.ndarray) -> np.ndarray:
        x = (v - self.mean) @ self.matrix
        return x / np.linalg.norm(x, axis=1, keepdims=True).clip(1e-9)


def remove_top(fit_on: np.ndarray, k: int) -> Projection:
    mean = fit_on.mean(axis=0)
    _, _, vt = np.linalg.svd(fit_on - mean, full_matrices=False)
    top = vt[:k]
    return Projection(mean, np.eye(fit_on.shape[1], dtype=np.float64) - top.T @ top)


def whitening(fit_on: np.ndarray, dims: int) -> Projection:
    mean = fit_on.mean(axis=0)
    u, s, _ = np.linalg.svd(np.cov((fit_on - mean).T))
    return Projection(mean, (u * (1 / np.sqrt(s)))[:, :dims])


def only_arabic(project: Projection, arabic: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    def apply(v: np.ndarray) -> np.ndarray:
        out = v.copy()
        if arabic.any():
            out[arabic] = project(v[arabic])
        return out

    return apply


def info_nce_adapter(left: np.ndarray, right: np.ndarray, epochs: int = 10, batch: int = 256, temperature: float = 0.05,
                     lr: float = 0.05, keep: float = 1.0, seed: int = 0) -> np.ndarray:
    """A 512x512 map W (from the identity) so that unit(x W) of each left row is nearest its own
    right row among the batch: symmetric InfoNCE, in-batch negatives, plain gradient descent with
    momentum and an L2 pull ``keep`` toward the identity (what the other languages keep)."""
    rng = np.random.default_rng(seed)
    d = left.shape[1]
    w = np.eye(d)
    velocity = np.zeros_like(w)
    eye = np.eye(d)
    for _ in range(epochs):
        order = rng.permutation(len(left))
        for start in range(0, len(order) - batch + 1, batch):
            idx = order[start : start + batch]
            a, b = left[idx], right[idx]
            za, zb = a @ w, b @ w
            na, nb = np.linalg.norm(za, axis=1, keepdims=True), np.linalg.norm(zb, axis=1, keepdims=True)
            ua, ub = za / na, zb / nb
            logits = ua @ ub.T / temperature
            pa = np.exp(logits - logits.max(axis=1, keepdims=True))
            pa /= pa.sum(axis=1, keepdims=True)
            pb = np.exp(logits.T - logits.T.max(axis=1, keepdims=True))
            pb /= pb.sum(axis=1, keepdims=True)
            target = np.eye(len(idx))
            g = ((pa - target) + (pb - target).T) / (2 * len(idx) * temperature)  # d loss / d (ua @ ub.T)
            gua, gub = g @ ub, g.T @ ua
            # through the normalisation: d unit(z) = (I - u u^T) dz / |z|
            gza = (gua - ua * (gua * ua).sum(axis=1, keepdims=True)) / na
            gzb = (gub - ub * (gub * ub).sum(axis=1, keepdims=True)) / nb
            grad = a.T @ gza + b.T @ gzb + keep * (w - eye) / len(left) * batch
            velocity = 0.9 * velocity - lr * grad
            w = w + velocity
    return w


class PooledCapture:
    """Stands in for the full model's first head matrix and keeps what it is multiplied with:
    the full model's pooled vectors (the sum over pieces, before the head), batch by batch."""

    __array_ufunc__ = None  # ``pooled @ self`` comes to __rmatmul__

    def __init__(self, d0: np.ndarray) -> None:
        self.d0 = d0
        self.seen: list[np.ndarray] = []

    def __rmatmul__(self, pooled: np.ndarray) -> np.ndarray:
        self.seen.append(pooled.copy())
        return pooled @ self.d0


def full_pooled(full: object, texts: Sequence[str]) -> np.ndarray:
    """The full model's pooled vectors of ``texts`` (what its head reads)."""
    d0 = full.d0  # type: ignore[attr-defined]
    capture = PooledCapture(d0)
    full.d0 = capture  # type: ignore[attr-defined]
    try:
        full.encode(list(texts))  # type: ignore[attr-defined]
    finally:
        full.d0 = d0  # type: ignore[attr-defined]
    return np.concatenate(capture.seen)


def ridge(x: np.ndarray, y: np.ndarray, strength: float) -> tuple[np.ndarray, np.ndarray]:
    """Least squares y ~ x @ m + c with an L2 penalty ``strength`` x mean diagonal of x'x (x, y centred)."""
    mx, my = x.mean(axis=0), y.mean(axis=0)
    xc, yc = (x - mx).astype(np.float64), (y - my).astype(np.float64)
    gram = xc.T @ xc
    m = np.linalg.solve(gram + strength * np.trace(gram) / len(gram) * np.eye(len(gram)), xc.T @ yc)
    return m, my - mx @ m


# --- evaluation ------------------------------------------------------------------------------


@dataclass
class Data:
    hfl: list[ts.Example]  # featured HFL pairs (keys = document keys)
    hfl_texts: dict[str, Texts]
    ant_even: list[ts.Example]
    ant_odd: list[ts.Example]
    ant_texts: dict[str, Texts]  # by ANT row id
    seeds: dict[str, Texts]
    ant_features: dict[str, ArticleFeatures]  # every article of the labelled days, by row id
    order: list[str]  # their publication order
    gold: dict[str, str]
    seed_features: dict[str, ArticleFeatures]


def load_data() -> Data:
    hfl, _ = ts.semeval_examples(sq.hfl_pairs(), 1)
    docs = sq.pair_documents(sq.hfl_pairs())
    hfl_texts = {k: texts_of(docs[k]) for e in hfl for k in e.keys}  # type: ignore[arg-type]
    gold = sq.cluster_gold()
    rows = sq.gold_window()
    feats = sq.ant_features(rows)
    enriched = sq.enriched_items(sq.ant_items(rows))
    ant_texts = {k.removeprefix("ant-"): texts_of(v) for k, v in enriched.items() if isinstance(v, EnrichedArticle)}
    even, odd = ts.ant_examples(feats, gold, held_out=False), ts.ant_examples(feats, gold, held_out=True)
    seed_docs = sq.enriched_items(list(sq.seed_items().values()))
    seeds = {k.removeprefix("seed-"): texts_of(v) for k, v in seed_docs.items() if isinstance(v, EnrichedArticle)}
    order = [r["id"] for r in rows if r["id"] in feats]
    return Data(hfl, hfl_texts, even, odd, ant_texts, seeds, feats, order, gold, sq.seed_features())


@dataclass
class Vectors:
    """One variant's vectors of every article, by key (ANT by row id, seeds by number)."""

    name: str
    by_key: dict[str, np.ndarray]
    ms_per_text: float
    # a second view (body) when the variant compares two embeddings
    second: dict[str, np.ndarray] | None = None


def cosine(v: Vectors, a: str, b: str) -> float:
    c = float(v.by_key[a] @ v.by_key[b])
    if v.second is not None:
        c = (c + float(v.second[a] @ v.second[b])) / 2
    return c


def auc(scores: Sequence[float], same: Sequence[bool]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(same, scores))


def ant_scores(v: Vectors, examples: list[ts.Example]) -> list[float]:
    return [cosine(v, *e.articles) for e in examples]


def hfl_agreement(v: Vectors, data: Data) -> dict[str, sq.Agreement]:
    out = {}
    for lang in sorted({e.lang for e in data.hfl}):
        group = [e for e in data.hfl if e.lang == lang]
        out[lang] = sq.agreement([cosine(v, *e.keys) for e in group], [e.label for e in group])
    return out


BOOTSTRAP = 5000  # resamples of the Arabic pairs for the paired interval (seeded)


def paired_interval(ours: np.ndarray, theirs: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """95% interval of Pearson(ours) - Pearson(theirs) against -labels, both on the same resampled
    pairs (a paired bootstrap: on 105 pairs one Pearson alone is +-0.13, a difference far less)."""
    idx = np.random.default_rng(0).integers(0, len(labels), (BOOTSTRAP, len(labels)))
    y = -labels[idx]

    def pearson(x: np.ndarray) -> np.ndarray:
        xc, yc = x - x.mean(axis=1, keepdims=True), y - y.mean(axis=1, keepdims=True)
        return (xc * yc).sum(axis=1) / np.sqrt((xc * xc).sum(axis=1) * (yc * yc).sum(axis=1))

    low, high = np.nanpercentile(pearson(ours[idx]) - pearson(theirs[idx]), [2.5, 97.5])
    return float(low), float(high)


def learned(v: Vectors, data: Data) -> tuple[dict[str, float], float, np.ndarray]:
    """The learned probability with this variant's cosine as the dense feature: held-out Pearson
    by language, the final model's ROC AUC on the odd ANT half, and the held-out probabilities
    of the Arabic pairs."""
    def swap(e: ts.Example, key: tuple[str, str]) -> ts.Example:
        x = list(e.x)
        x[DENSE] = max(0.0, cosine(v, *key))
        return replace(e, x=x)

    hfl = [swap(e, e.keys) for e in data.hfl]
    even = [swap(e, e.articles) for e in data.ant_even]
    odd = [swap(e, e.articles) for e in data.ant_odd]
    pearson, arabic = {}, np.zeros(0)
    for lang in sorted({e.lang for e in hfl}):
        held = [e for e in hfl if e.lang == lang]
        held_articles = {a for e in held for a in e.articles}
        model = ts.model_of(ts.fit([e for e in hfl if e.lang != lang and not set(e.articles) & held_articles] + even))
        predicted = [model.probability_of(e.x) for e in held]
        pearson[lang] = sq.agreement(predicted, [e.label for e in held]).pearson
        if lang == "ar":
            arabic = np.array(predicted)
    final = ts.model_of(ts.fit(hfl + even))
    return pearson, auc([final.probability_of(e.x) for e in odd], [e.same for e in odd]), arabic


def grouping(v: Vectors, data: Data) -> dict[str, float]:
    """The issue's figures with this variant's vectors in every article: the learned probability
    retrained (HFL pairs + even ANT half, join chosen on the even half with the other news, as
    bench/train_similarity.py does), BCubed F1 of the labelled ANT stories through it and through
    the hand-weighted score (the distilled embedding's weights, not recalibrated), all / odd half,
    with and without the other news of those days; and the seeds (pair P / R / F1)."""
    def with_vectors(features: dict[str, ArticleFeatures], prefix: str) -> dict[str, ArticleFeatures]:
        return {k: replace(f, embedding=tuple(float(x) for x in np.round(v.by_key[prefix + k].astype(np.float64), 4)))
                for k, f in features.items()}

    feats = with_vectors(data.ant_features, "")
    seeds = with_vectors(data.seed_features, "seed-")

    def swap(e: ts.Example, key: tuple[str, str]) -> ts.Example:
        x = list(e.x)
        x[DENSE] = max(0.0, cosine(v, *key))
        return replace(e, x=x)

    train = [swap(e, e.keys) for e in data.hfl] + [swap(e, e.articles) for e in data.ant_even]
    model = ts.model_of(ts.fit(train, (feats, data.order, data.gold)))
    odd = {a: s for a, s in data.gold.items() if sq.is_held_out_story(s)}
    out: dict[str, float] = {"join": model.join}
    for system, weights in (("hand", sq.storywire_weights()), ("learned", "proposed")):
        for part_name, part in (("all", data.gold), ("odd", odd)):
            labelled = [i for i in data.order if i in part]
            crowded = [i for i in data.order if i in part or i not in data.gold]
            out[f"{system} {part_name}"] = sq.bcubed(sq.cluster(feats, labelled, weights, model), part)[2]
            out[f"{system} {part_name} + news"] = sq.bcubed(sq.cluster(feats, crowded, weights, model), part)[2]
        pairs = [(a, b, {a, b} == {"000", "003"}) for a in seeds for b in seeds if a < b]
        out[f"{system} seeds"] = sq.pair_score(sq.cluster(seeds, sorted(seeds), weights, model), pairs).f()  # type: ignore[assignment]
    out["seed pair"] = model.probability(*(ts.side_of(seeds[n]) for n in ("000", "003")), sq.pair_gap_days(seeds["000"], seeds["003"]))
    return out


def print_grouping(variants: list[Vectors], data: Data) -> None:
    print("\nGrouping the labelled ANT stories with each variant's vectors (BCubed F1; 'odd' = the held-out half; "
          "'+ news' = with the unlabelled articles of the same days). Learned: the probability retrained on the variant's cosines "
          "(HFL pairs + even ANT half, join chosen on the even half); hand: the hand-weighted score with the distilled "
          "embedding's weights as they are (not recalibrated). Seeds: pair P / R / F1 (000-003 one story).\n")
    print("| variant | join | learned all / odd | learned all / odd + news | seeds learned | seed pair probability "
          "| hand all / odd | hand all / odd + news | seeds hand |")
    print("|---|---|---|---|---|---|---|---|---|")
    for v in variants:
        g = grouping(v, data)
        seeds = {k: " / ".join(f"{x:.2f}" for x in g[f"{k} seeds"]) for k in ("learned", "hand")}  # type: ignore[union-attr]
        print(f"| {v.name} | {g['join']:g} | {g['learned all']:.3f} / {g['learned odd']:.3f} | {g['learned all + news']:.3f} / "
              f"{g['learned odd + news']:.3f} | {seeds['learned']} | {g['seed pair']:.3f} | {g['hand all']:.3f} / {g['hand odd']:.3f} | "
              f"{g['hand all + news']:.3f} / {g['hand odd + news']:.3f} | {seeds['hand']} |")


# --- the run ---------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--enrichment-cache", help="reuse this enrichment version's cache (or 'largest'), see bench/story_quality.py")
    parser.add_argument("--unlabelled", type=int, default=0, help="fit on the first N unlabelled ANT articles (0: all)")
    parser.add_argument("--adapter", action="store_true", help="also train the InfoNCE linear adapter")
    parser.add_argument("--no-learned", action="store_true", help="skip the learned-probability columns")
    parser.add_argument("--teacher", type=int, default=0, help="fit a linear map from the distilled pooled vectors to the full "
                        "model's on this many unlabelled ANT articles (0: skip)")
    parser.add_argument("--only", help="report only variants whose name contains one of these comma-separated strings "
                        "(the distilled and full rows always)")
    parser.add_argument("--grouping", action="store_true", help="also group the ANT stories and the seeds with the candidate variants (slow)")
    args = parser.parse_args()
    sq.PINNED_ENRICHMENT = args.enrichment_cache

    data = load_data()
    distilled = Distilled()
    keys = {**{k: t for k, t in data.hfl_texts.items()}, **data.ant_texts, **{f"seed-{k}": t for k, t in data.seeds.items()}}
    names = sorted(keys)
    arabic = np.array([keys[k].is_arabic for k in names])
    leads = [keys[k].lead for k in names]
    unlabelled = unlabelled_ant(args.unlabelled or None)
    print(f"{len(data.hfl)} HFL pairs, {len(data.ant_even)} / {len(data.ant_odd)} ANT pairs (even / odd half), "
          f"{len(names)} articles embedded; fitted on {len(unlabelled)} unlabelled ANT articles outside the labelled days.", file=sys.stderr)

    def timed(name: str, encode: Callable[[list[str]], np.ndarray], texts: list[str] | None = None,
              second: Callable[[list[str]], np.ndarray] | None = None) -> Vectors:
        started = time.perf_counter()
        vectors = encode(texts or leads)
        seconds = time.perf_counter() - started
        by_key = dict(zip(names, vectors, strict=True))
        other = dict(zip(names, second([keys[k].body for k in names]), strict=True)) if second else None
        return Vectors(name, by_key, 1000 * seconds / len(names), other)

    variants: list[Vectors] = []
    base = timed("distilled (today)", distilled.encode)
    variants.append(base)
    full = de.full_model()
    variants.append(timed("full USE", full.encode))

    # (a) SIF piece weights
    p = distilled.piece_probabilities([u["full"] for u in unlabelled])
    sif = {a: timed(f"SIF a={a:g}", lambda t, a=a: distilled.encode(t, sif_weights(p, a))) for a in SIF_A}
    best_a = max(SIF_A, key=lambda a: auc(ant_scores(sif[a], data.ant_even), [e.same for e in data.ant_even]))
    variants += list(sif.values())
    weights = sif_weights(p, best_a)
    variants.append(timed(f"SIF a={best_a:g}, Arabic texts only", lambda t: _by_script(t, distilled.encode, lambda u: distilled.encode(u, weights))))

    # (b) common directions removed / whitening, fitted on unlabelled ANT vectors
    fit_base = distilled.encode([u["lead"] for u in unlabelled])
    fit_sif = distilled.encode([u["lead"] for u in unlabelled], weights)
    for label, source, fit_on in (("distilled", base, fit_base), (f"SIF a={best_a:g}", sif[best_a], fit_sif)):
        matrix = np.stack([source.by_key[k] for k in names])
        options: dict[str, Projection] = {f"{label}, mean removed": remove_top(fit_on, 0)}
        options.update({f"{label}, top {k} removed": remove_top(fit_on, k) for k in COMPONENTS})
        options.update({f"{label}, whitened to {d}": whitening(fit_on, d) for d in WHITEN_DIMS})
        tried = {}
        for name, project in options.items():
            tried[name] = Vectors(name, dict(zip(names, project(matrix), strict=True)), source.ms_per_text)
        even_auc = {n: auc(ant_scores(tried[n], data.ant_even), [e.same for e in data.ant_even]) for n in tried}
        # Arabic texts alone can move only inside the same space: the best that keeps 512 dimensions
        best = max((n for n in tried if options[n].matrix.shape[1] == matrix.shape[1]), key=even_auc.__getitem__)
        print(f"Chosen on the even ANT half for {label}: {max(even_auc, key=even_auc.__getitem__)} (512 dims kept: {best}).", file=sys.stderr)
        variants += list(tried.values())
        variants.append(Vectors(f"{best}, Arabic texts only", dict(zip(names, only_arabic(options[best], arabic)(matrix), strict=True)), source.ms_per_text))

    # (c) title and body apart
    variants.append(timed("title alone", distilled.encode, [keys[k].title or keys[k].lead for k in names]))
    variants.append(timed("body lead alone", distilled.encode, [keys[k].body or keys[k].lead for k in names]))
    variants.append(timed("mean of title and body cosines", distilled.encode, [keys[k].title or keys[k].lead for k in names],
                          second=distilled.encode))

    # (d) InfoNCE adapter on self-supervised Arabic pairs
    if args.adapter:
        with gzip.open(SHARED / "corpus" / "ans_headline_pairs.jsonl.gz", "rt", encoding="utf-8") as rows:
            ans = [json.loads(line) for line in rows]
        agree = [r for r in ans if r["split"] == "train" and r["label"] == "agree"]
        pairs_l = [u["title"] for u in unlabelled if u["title"] and u["body"]] + [r["text1"] for r in agree]
        pairs_r = [u["body"] for u in unlabelled if u["title"] and u["body"]] + [r["text2"] for r in agree]
        for label, encode, source in (("distilled", distilled.encode, base), (f"SIF a={best_a:g}", lambda t: distilled.encode(t, weights), sif[best_a])):
            left, right = encode(pairs_l).astype(np.float64), encode(pairs_r).astype(np.float64)
            matrix = np.stack([source.by_key[k] for k in names]).astype(np.float64)
            for keep in (1.0, 10.0):
                w = info_nce_adapter(left, right, keep=keep)
                adapted = matrix @ w
                adapted /= np.linalg.norm(adapted, axis=1, keepdims=True)
                variants.append(Vectors(f"{label} + InfoNCE adapter (pull {keep:g})", dict(zip(names, adapted, strict=True)), source.ms_per_text))
                variants.append(Vectors(f"{label} + InfoNCE adapter (pull {keep:g}), Arabic texts only",
                                        dict(zip(names, np.where(arabic[:, None], adapted, matrix), strict=True)), source.ms_per_text))

    # (e) the full model as teacher: a linear map on the pooled vectors, fitted on unlabelled ANT
    if args.teacher:
        fit_texts = [u["lead"] for u in unlabelled[: args.teacher]]
        target = full_pooled(full, fit_texts)
        for label, w in (("distilled", None), (f"SIF a={best_a:g}", weights)):
            source_pooled = distilled.pooled(fit_texts, w)
            for strength in (1e-3, 1e-1):
                m, c = ridge(source_pooled, target, strength)
                encode = (lambda t, w=w, m=m, c=c: de.apply_head(distilled.head, (distilled.pooled(t, w) @ m + c).astype(np.float32)))
                mapped = timed(f"{label} mapped to the full model's pooled (ridge {strength:g})", encode)
                variants.append(mapped)
                plain = sif[best_a] if w is not None else base
                variants.append(Vectors(f"{mapped.name}, Arabic texts only",
                                        {k: mapped.by_key[k] if keys[k].is_arabic else plain.by_key[k] for k in names}, mapped.ms_per_text))

    if args.only:
        parts = args.only.split(",")
        variants = variants[:2] + [v for v in variants[2:] if any(p in v.name for p in parts)]
    report(variants, data, base, not args.no_learned)
    print(f"\nChosen on the even ANT half: SIF a = {best_a:g}.")
    if args.grouping:
        wanted = ("distilled (today)", "full USE", f"SIF a={best_a:g}", f"SIF a={best_a:g}, mean removed, Arabic texts only",
                  f"SIF a={best_a:g} + InfoNCE adapter (pull 10), Arabic texts only", "distilled, whitened to 512, Arabic texts only")
        print_grouping([v for v in variants if v.name in wanted or "mapped" in v.name], data)


def _by_script(texts: list[str], other: Callable[[list[str]], np.ndarray], arabic: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    mask = np.array([is_arabic(t) for t in texts])
    out = other(texts)
    if mask.any():
        out[mask] = arabic([t for t, m in zip(texts, mask, strict=True) if m])
    return out


def report(variants: list[Vectors], data: Data, base: Vectors, with_learned: bool) -> None:
    langs = sorted({e.lang for e in data.hfl})
    base_hfl = hfl_agreement(base, data)
    print("Dense cosine per variant. HFL: Pearson / Spearman against label_overall per language (sign-corrected); "
          "'worst other' = the largest Pearson drop in another language against the distilled embedding. "
          "ANT: ROC AUC / best F1 of the cosine over the pairs the grouping compares (even half: tuning; odd half: held out). "
          "Seeds: cosine of 000-003 (one story) and the highest of the other nine pairs.\n")
    print("| variant | " + " | ".join(f"{lang}" for lang in langs) + " | worst other | ANT even AUC / F1 | ANT odd AUC / F1 | seeds 000-003 / max other | ms a text |")
    print("|---|" + "---|" * len(langs) + "---|---|---|---|---|")
    for v in variants:
        hfl = hfl_agreement(v, data)
        worst = min(hfl[lang].pearson - base_hfl[lang].pearson for lang in langs if lang != "ar")
        cells = [f"{hfl[lang].pearson:.3f} / {hfl[lang].spearman:.3f}" for lang in langs]
        halves = []
        for examples in (data.ant_even, data.ant_odd):
            scores, same = ant_scores(v, examples), [e.same for e in examples]
            halves.append(f"{auc(scores, same):.3f} / {sq.oracle_f1(scores, same)[0]:.3f}")
        seed = cosine(v, "seed-000", "seed-003")
        others = max(cosine(v, f"seed-00{a}", f"seed-00{b}") for a in "01234" for b in "01234" if a < b and {a, b} != {"0", "3"})
        print(f"| {v.name} | " + " | ".join(cells) + f" | {worst:+.3f} | {halves[0]} | {halves[1]} | {seed:.3f} / {others:.3f} | {v.ms_per_text:.3f} |")
    if not with_learned:
        return
    print("\nThe learned same-story probability with each variant's cosine as its dense feature: Pearson held out by "
          "language (trained without the language, as bench/train_similarity.py; no join threshold), and the final model's "
          "ROC AUC on the odd ANT half; the last column: a 95% paired-bootstrap interval of the Arabic Pearson's "
          "difference to the distilled embedding's (the same resampled pairs for both):\n")
    print("| variant | " + " | ".join(langs) + " | ANT odd AUC | ar against today, 95% |")
    print("|---|" + "---|" * len(langs) + "---|---|")
    labels = np.array([e.label for e in data.hfl if e.lang == "ar"])
    today = learned(base, data)[2]
    for v in variants:
        pearson, odd_auc, arabic = learned(v, data)
        low, high = paired_interval(arabic, today, labels)
        print(f"| {v.name} | " + " | ".join(f"{pearson[lang]:.3f}" for lang in langs) + f" | {odd_auc:.3f} | {low:+.3f} .. {high:+.3f} |")


if __name__ == "__main__":
    main()
