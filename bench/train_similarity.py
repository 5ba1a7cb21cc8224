"""Train the same-story probability (agents/text/models/same_story.json) and validate it held out.

    .venv/bin/python bench/train_similarity.py [--enrichment-cache VERSION|largest] [--jobs N] [--dry-run]

Training data, every pair featured by agents/text/similarity.py exactly as the grouping features it:
- the SemEval-2022 pairs of semeval2022_hfl_pairs, monolingual, all ten languages
  (same story = label_overall <= 2);
- the even-numbered half of the team's hand-labelled ANT stories
  (tests/fixtures/story_gold/ant_clusters.json): every pair inside a story, and every pair
  across stories that the grouping would compare (within the 3-day horizon and sharing one of
  the index keys, agents/text/stories.py ``index_keys``). In total they weigh as much as the
  SemEval pairs (ANT_SHARE).
First the char-gram IDF table (agents/text/models/char_idf.bin, 64 KB) is counted over the
unlabelled texts of all of these articles (no label used, as the TF-IDF baselines fit theirs on
the pairs' texts); the pair features read it. A SemEval pair where only one article has a date of
its own gets no time gap (bench/story_quality.py ``pair_gap_days``).
The model: logistic regression on standardised features (scikit-learn, C below), Platt scaling
fitted on out-of-fold logits (GroupKFold by language and by story), and the probability the
grouping joins at, chosen by BCubed F1 on the even ANT half streamed through the grouping
(agents/text/stories.py ``assign``). Everything is deterministic.

Validation, never on pairs the model or its threshold was fitted on:
- by language: for each language, a model trained without its pairs (nor any pair of another
  language that shares an article with them: SemEval's translated pairs reuse article ids)
  scores its HFL pairs, and its semeval2022_dufour_multi_pairs (original text) where there are
  some; against the best single signal on the same pairs, chosen after the fact (the features
  themselves, storywire's score, char 3-5-gram and word TF-IDF cosines fitted on the pairs);
- by story: the final model on the odd ANT half (pairs as above), and BCubed of that half
  streamed alone through the proposed wiring;
- a reliability table (ten bins, predicted vs observed same-story rate) on those held-out pairs.
Writes the model file and, for bench/story_quality.py, the held-out models by language under
.cache/similarity.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

import bench.story_quality as sq  # noqa: E402
from agents.text import similarity  # noqa: E402
from agents.text.similarity import (  # noqa: E402
    FEATURE_NAMES,
    MODEL_PATH,
    SameStoryModel,
    char_idf_table,
    gap_days_between,
    pair_features,
    side_of,
)
from agents.text.stories import ArticleFeatures, index_keys  # noqa: E402
from streams.records import EnrichedArticle  # noqa: E402

C = 1.0  # inverse L2 strength; 0.1-10 changed held-out Pearson by under 0.01 (features are few, pairs thousands)
ANT_SHARE = 1.0  # ANT pairs in total weigh this many times the SemEval pairs: one labelled set each
FOLDS = 5  # out-of-fold logits for Platt scaling
JOIN_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # join probabilities tried on the even ANT half, then +-0.05 around the best
ANT_CANDIDATE_DAYS = 3.0  # the grouping's horizon: pairs further apart are never compared
BINS = 10


@dataclass
class Example:
    """One labelled pair, featured."""

    source: str  # "hfl", "dufour" or "ant"
    lang: str
    x: list[float]
    same: bool
    label: float  # label_overall (ANT: 1 same story, 4 not)
    group: str  # calibration fold: a language, or an ANT story
    articles: tuple[str, str]  # SemEval article ids (translations share them), ANT row ids
    keys: tuple[str, str] = ("", "")  # the enriched articles' keys, for the baselines
    baselines: dict[str, float] = field(default_factory=dict)


# --- data ------------------------------------------------------------------------------------


def semeval_examples(pairs: list[sq.LabelledPair], jobs: int) -> tuple[list[Example], list[tuple[sq.LabelledPair, str]]]:
    """Pairs featured, with their single-signal baselines; and those the pipeline cannot score."""
    documents = sq.pair_documents(pairs, jobs)
    examples, dropped = [], []
    for (set_name, lang), group in sq.pair_groups(pairs).items():
        scored = []
        for p in group:
            bad = [k for k in (p.key1, p.key2) if not isinstance(documents[k], EnrichedArticle)]
            if bad:
                dropped.append((p, "; ".join(str(documents[k]) for k in bad)))
            else:
                scored.append(p)
        features = {k: sq.grouping_features(documents[k], k) for p in scored for k in (p.key1, p.key2)}  # type: ignore[arg-type]
        texts = {k: sq.matching_text(documents[k]) for k in features}  # type: ignore[arg-type]
        keys = [(p.key1, p.key2) for p in scored]
        char = sq.tfidf_cosines(texts, keys, "char") if keys else []
        word = sq.tfidf_cosines(texts, keys, "word") if keys else []
        for i, p in enumerate(scored):
            a, b = features[p.key1], features[p.key2]
            examples.append(Example(
                set_name, lang, pair_features(side_of(a), side_of(b), sq.pair_gap_days(a, b)), p.same, p.label, f"{set_name}:{lang}",
                (p.id1, p.id2), (p.key1, p.key2),
                {"storywire score": sq.storywire_pair_score(a, b), "char 3-5-gram TF-IDF": char[i], "word TF-IDF": word[i]},
            ))
    return examples, dropped


def ant_examples(features: dict[str, ArticleFeatures], gold: dict[str, str], held_out: bool) -> list[Example]:
    """The pairs of one ANT half the grouping would compare: all inside a story, and across
    stories those within the horizon that share an index key."""
    ids = sorted((i for i in features if i in gold and sq.is_held_out_story(gold[i]) == held_out),
                 key=lambda i: (features[i].event_time, i))
    keys = {i: set(index_keys(features[i])) for i in ids}
    out = []
    for a, b in combinations(ids, 2):
        fa, fb = features[a], features[b]
        same = gold[a] == gold[b]
        close = abs((fa.event_time - fb.event_time).total_seconds()) <= ANT_CANDIDATE_DAYS * 86_400
        if same or (close and keys[a] & keys[b]):
            out.append(Example("ant", "ar", pair_features(side_of(fa), side_of(fb), gap_days_between(fa.event_time, fb.event_time)), same, 1.0 if same else 4.0,
                               f"ant:{min(gold[a], gold[b])}", (a, b)))
    return out


# --- the model -------------------------------------------------------------------------------


def fit(train: list[Example], window: tuple[dict[str, ArticleFeatures], list[str], dict[str, str]] | None = None) -> dict[str, Any]:
    """A model document (what agents/text/models/same_story.json holds) fitted on ``train``; its
    join probability chosen on the even ANT half when ``window`` (features, order, gold) is given."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler

    x = np.array([e.x for e in train])
    y = np.array([e.same for e in train], dtype=int)
    n_ant = sum(e.source == "ant" for e in train)
    ant_weight = ANT_SHARE * (len(train) - n_ant) / n_ant if n_ant else 0.0
    w = np.array([ant_weight if e.source == "ant" else 1.0 for e in train])
    groups = np.array([e.group for e in train])

    def logits(rows: np.ndarray, fit_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
        scaler = StandardScaler().fit(x[fit_rows], sample_weight=w[fit_rows])
        scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
        lr = LogisticRegression(C=C, max_iter=5000).fit((x[fit_rows] - scaler.mean_) / scale, y[fit_rows], sample_weight=w[fit_rows])
        coefficients = lr.coef_[0] / scale
        intercept = float(lr.intercept_[0] - coefficients @ scaler.mean_)
        return x[rows] @ coefficients + intercept, coefficients, intercept

    out_of_fold = np.zeros(len(train))
    for fit_rows, rows in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        out_of_fold[rows] = logits(rows, fit_rows)[0]
    platt = LogisticRegression(C=1e6, max_iter=5000).fit(out_of_fold[:, None], y, sample_weight=w)
    _, coefficients, intercept = logits(np.arange(len(train)), np.arange(len(train)))
    document: dict[str, Any] = {
        "model": "logistic regression on the pair features, Platt-calibrated on out-of-fold logits",
        "created_by": "bench/train_similarity.py",
        "features": list(FEATURE_NAMES),
        "coefficients": [round(float(c), 6) for c in coefficients],
        "intercept": round(intercept, 6),
        "calibration": {"method": "platt", "a": round(float(platt.coef_[0][0]), 6), "b": round(float(platt.intercept_[0]), 6)},
        "join": {"dated": 0.5, "undated": 0.75},
        "trained_on": {
            "semeval_pairs": len(train) - n_ant,
            "semeval_languages": sorted({e.lang for e in train if e.source != "ant"}),
            "ant_pairs": n_ant,
            "ant_pair_weight": round(ant_weight, 6),
            "C": C,
        },
    }
    if window is not None:
        document["join"] = choose_join(document, *window)
    return document


def undated_join(join: float) -> float:
    """An article whose only time is its arrival must be surer: half the doubt allowed to a
    dated one (the score-based grouping asked 0.6 instead of 0.4)."""
    return round(1 - (1 - join) / 2, 4)


def choose_join(document: dict[str, Any], features: dict[str, ArticleFeatures], order: list[str], gold: dict[str, str]) -> dict[str, float]:
    """The join probability with the best BCubed F1 on the even ANT half, streamed in publication
    order with the unlabelled articles of the same days (a threshold chosen on the labelled
    articles alone is too low for a real desk's density); ties: the higher probability."""
    calibration_gold = {a: s for a, s in gold.items() if not sq.is_held_out_story(s)}
    stream = [i for i in order if i not in gold or i in calibration_gold]
    tried: dict[float, float] = {}

    def f1(join: float) -> float:
        if join not in tried:
            model = SameStoryModel.from_json({**document, "join": {"dated": join, "undated": undated_join(join)}})
            tried[join] = sq.bcubed(sq.cluster(features, stream, "proposed", model), calibration_gold)[2]
        return tried[join]

    coarse = max(JOIN_GRID, key=lambda j: (round(f1(j), 6), j))
    best = max((coarse - 0.05, coarse, coarse + 0.05), key=lambda j: (round(f1(round(j, 2)), 6), j))
    return {"dated": round(best, 2), "undated": undated_join(round(best, 2))}


def model_of(document: dict[str, Any]) -> SameStoryModel:
    return SameStoryModel.from_json(document)


# --- validation ------------------------------------------------------------------------------


def leave_one_language_out(
    semeval: list[Example], extra: list[Example], ant_train: list[Example], window: tuple[dict[str, ArticleFeatures], list[str], dict[str, str]]
) -> tuple[dict[str, dict[str, Any]], dict[int, float]]:
    """{language: its held-out model}, and the held-out probability of each example (by id)."""
    models: dict[str, dict[str, Any]] = {}
    predicted: dict[int, float] = {}
    for lang in sorted({e.lang for e in semeval}):
        held = [e for e in semeval + extra if e.lang == lang]
        held_articles = {a for e in held if e.source == "hfl" for a in e.articles}
        train = [e for e in semeval if e.lang != lang and not set(e.articles) & held_articles]
        document = fit(train + ant_train, window)
        models[lang] = document
        model = model_of(document)
        for e in held:
            predicted[id(e)] = model.probability_of(e.x)
    return models, predicted


SINGLE_SIGNALS = ("lexical", "title", "title_body", "char", "entity", "dense")


def single_signals(e: Example) -> dict[str, float]:
    return {**{name: e.x[FEATURE_NAMES.index(name)] for name in SINGLE_SIGNALS}, **e.baselines}


def print_language_table(examples: list[Example], predicted: dict[int, float]) -> dict[str, float]:
    print("\nHeld out by language: each language's pairs scored by the model trained without them "
          "(and without pairs of other languages sharing an article with them); the best single signal "
          "is picked after the fact on the same pairs (a generous baseline).\n")
    print("| set | language | pairs | same | Pearson | Spearman | best F1 | best F1 at P >= 0.90 "
          "| best single signal | its Pearson | its Spearman | its best F1 | Pearson margin | +0.05 met |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    pearsons = {}
    for (set_name, lang), group in _groups(examples).items():
        labels = [e.label for e in group]
        ours = sq.agreement([predicted[id(e)] for e in group], labels)
        singles = {name: sq.agreement([single_signals(e)[name] for e in group], labels) for name in single_signals(group[0])}
        name, best = max(singles.items(), key=lambda kv: (np.nan_to_num(kv[1].pearson, nan=-1), kv[0]))
        margin = ours.pearson - best.pearson
        if set_name == "hfl":
            pearsons[lang] = ours.pearson
        print(f"| {set_name} | {lang} | {len(group)} | {sum(e.same for e in group)} | {ours.pearson:.3f} | {ours.spearman:.3f} "
              f"| {ours.best_f1:.3f} | {ours.best_f1_high_precision:.3f} | {name} | {best.pearson:.3f} | {best.spearman:.3f} "
              f"| {best.best_f1:.3f} | {margin:+.3f} | {'yes' if margin >= 0.05 else 'no'} |")
    return pearsons


def _groups(examples: list[Example]) -> dict[tuple[str, str], list[Example]]:
    out: dict[tuple[str, str], list[Example]] = {}
    for e in examples:
        out.setdefault((e.source, e.lang), []).append(e)
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0] != "hfl", kv[0])))


def print_ant_pairs(held: list[Example], model: SameStoryModel) -> None:
    from sklearn.metrics import roc_auc_score

    same = [e.same for e in held]
    print(f"\nHeld out by story: the odd ANT half, {len(held)} pairs the grouping would compare "
          f"({sum(same)} inside a story), scored by the final model (trained on the even half):\n")
    print("| score | ROC AUC | best F1 | best F1 at P >= 0.90 |")
    print("|---|---|---|---|")
    columns = {"learned probability": [model.probability_of(e.x) for e in held]}
    columns.update({name: [e.x[FEATURE_NAMES.index(name)] for e in held] for name in SINGLE_SIGNALS})
    for name, scores in columns.items():
        best, best_hp = sq.oracle_f1(scores, same)
        print(f"| {name} | {roc_auc_score(same, scores):.3f} | {best:.3f} | {best_hp:.3f} |")


def print_reliability(tables: dict[str, list[tuple[float, bool]]]) -> None:
    print("\nReliability on held-out pairs (ten bins of the predicted probability; observed = share of "
          "same-story pairs in the bin):\n")
    names = list(tables)
    print("| predicted | " + " | ".join(f"{n}: pairs | mean predicted | observed" for n in names) + " |")
    print("|---|" + "---|---|---|" * len(names))
    for b in range(BINS):
        cells = []
        for n in names:
            inside = [(p, s) for p, s in tables[n] if min(int(p * BINS), BINS - 1) == b]
            if inside:
                cells.append(f"{len(inside)} | {np.mean([p for p, _ in inside]):.3f} | {np.mean([s for _, s in inside]):.3f}")
            else:
                cells.append("0 | - | -")
        print(f"| {b / BINS:.1f}-{(b + 1) / BINS:.1f} | " + " | ".join(cells) + " |")
    for n in names:
        p = np.array([p for p, _ in tables[n]])
        s = np.array([s for _, s in tables[n]], dtype=float)
        ece = sum(abs(p[m].mean() - s[m].mean()) * m.sum() for b in range(BINS) if (m := np.minimum((p * BINS).astype(int), BINS - 1) == b).any()) / len(p)
        print(f"- {n}: {len(p)} pairs, Brier {np.mean((p - s) ** 2):.3f}, expected calibration error {ece:.3f}")


def print_bcubed(features: dict[str, ArticleFeatures], order: list[str], gold: dict[str, str], model: SameStoryModel) -> dict[str, float]:
    held = {a: s for a, s in gold.items() if sq.is_held_out_story(s)}
    even = {a: s for a, s in gold.items() if not sq.is_held_out_story(s)}
    results = {}
    print(f"\nANT stories streamed in publication order through the proposed wiring (join at probability {model.join:g}) "
          "and through the hand-weighted score, BCubed P / R / F1; '+ other news' streams the unlabelled articles of the same days too "
          "and scores the labelled ones:\n")
    print("| stories streamed | system | BCubed P | BCubed R | BCubed F1 |")
    print("|---|---|---|---|---|")
    for name, part, crowded in (
        ("all", gold, False), ("odd half (held out)", held, False), ("even half (training)", even, False),
        ("all + other news", gold, True), ("odd half + other news (held out)", held, True), ("even half + other news (join chosen here)", even, True),
    ):
        ids = [i for i in order if i in part or (crowded and i not in gold)]
        for system, weights in (("storywire today", sq.storywire_weights()), ("learned probability", "proposed")):
            p, r, f = sq.bcubed(sq.cluster(features, ids, weights, model), part)
            results[f"{name}, {system}"] = f
            print(f"| {name} | {system} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return results


def build_char_idf(jobs: int, path: Path) -> int:
    """The char-gram IDF table (agents/text/similarity.py CHAR_IDF_PATH) from the unlabelled texts
    of every training and validation set: the SemEval articles and the ANT articles of the gold
    days, in matching form; written to ``path``, which the features read from then on. No label
    is used, as the TF-IDF baselines fit their IDF on the pairs' own texts."""
    documents = sq.pair_documents(sq.hfl_pairs() + sq.dufour_pairs(), jobs)
    documents.update(sq.enriched_items(sq.ant_items(sq.gold_window()), jobs))
    texts = [sq.matching_text(documents[k]) for k in sorted(documents) if isinstance(documents[k], EnrichedArticle)]  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(char_idf_table(texts).tobytes())
    similarity.CHAR_IDF_PATH = path
    similarity.default_char_idf.cache_clear()
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1, help="enrichment processes for what the cache lacks")
    parser.add_argument("--enrichment-cache", help="reuse this enrichment version's cache (or 'largest'), see bench/story_quality.py")
    parser.add_argument("--dry-run", action="store_true", help="validate and print, write nothing")
    args = parser.parse_args()
    sq.PINNED_ENRICHMENT = args.enrichment_cache

    idf_path = sq.CACHE / "char_idf.bin" if args.dry_run else similarity.CHAR_IDF_PATH
    print(f"Char-gram IDF from {build_char_idf(args.jobs, idf_path)} unlabelled articles (SemEval and ANT gold days).")
    semeval, dropped = semeval_examples(sq.hfl_pairs(), args.jobs)
    dufour, dropped_dufour = semeval_examples(sq.dufour_pairs(), args.jobs)
    gold = sq.cluster_gold()
    rows = sq.gold_window()
    ant = sq.ant_features(rows, jobs=args.jobs)
    window = (ant, [r["id"] for r in rows if r["id"] in ant], gold)
    ant_train, ant_held = ant_examples(ant, gold, held_out=False), ant_examples(ant, gold, held_out=True)
    print(f"Training pairs: {len(semeval)} SemEval HFL monolingual pairs in {len({e.lang for e in semeval})} languages "
          f"({sum(e.same for e in semeval)} same story), {len(ant_train)} ANT pairs of the even half "
          f"({sum(e.same for e in ant_train)} inside a story). Held out as well: {len(dufour)} dufour pairs "
          f"(original text), {len(ant_held)} ANT pairs of the odd half.")
    for p, why in dropped + dropped_dufour:
        print(f"- not scorable, left out: {p.name} ({p.lang}, label {p.label:g}): {why}")

    held_models, predicted = leave_one_language_out(semeval, dufour, ant_train, window)
    pearsons = print_language_table(semeval + dufour, predicted)
    final = fit(semeval + ant_train, window)
    model = model_of(final)
    print_ant_pairs(ant_held, model)
    print_reliability({
        "SemEval HFL, by language": [(predicted[id(e)], e.same) for e in semeval],
        "ANT odd half": [(model.probability_of(e.x), e.same) for e in ant_held],
    })
    bcubed = print_bcubed(*window, model)
    print("\nFinal model: " + ", ".join(f"{n} {c:+.3f}" for n, c in zip(FEATURE_NAMES, final["coefficients"], strict=True))
          + f"; intercept {final['intercept']:+.3f}; Platt a {final['calibration']['a']:.3f} b {final['calibration']['b']:+.3f}; "
          f"join at {final['join']['dated']:g} (undated {final['join']['undated']:g}).")
    if args.dry_run:
        return
    final["validation"] = {
        "pearson_held_out_by_language": {k: round(v, 3) for k, v in pearsons.items()},
        "ant_bcubed_f1": {k: round(v, 3) for k, v in bcubed.items() if "learned" in k},
        "enrichment": sq.cache_version(),
    }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(final, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    sq.HELD_OUT_MODELS.parent.mkdir(parents=True, exist_ok=True)
    sq.HELD_OUT_MODELS.write_text(json.dumps(held_models), encoding="utf-8")
    print(f"\nWrote {MODEL_PATH.relative_to(ROOT)}, {similarity.CHAR_IDF_PATH.relative_to(ROOT)} and {sq.HELD_OUT_MODELS.relative_to(ROOT)}.")


if __name__ == "__main__":
    main()
