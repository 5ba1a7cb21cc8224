"""How likely two articles tell the same story: pair features and a calibrated learned model.

``same_story_probability(a, b)`` turns what enrichment gives two articles (their weighted terms,
headline terms, canonical entities by kind, dense embedding and publication times) into pair
features (``pair_features``) and those into a probability with a logistic model whose output is
calibrated (Platt scaling on held-out folds). The model is a small JSON file next to this module
(``models/same_story.json``: feature names, coefficients, calibration, what it was trained on),
written by bench/train_similarity.py, which also prints its validation; loading it needs only
the standard library, so scoring needs no scikit-learn.

An article is compared through a ``Side``: the same view of it whether it is a whole article or
a story member kept as a profile (strongest terms only, int8 embedding), so the probability an
article gets against a story member is the one the model was trained and validated on.

Pure: the standard library, numpy, ``streams.records`` and the word memos of
``agents.text.normalization``; no clock, no I/O but the model file.
"""

from __future__ import annotations

import base64
import json
import math
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property, lru_cache
from itertools import chain
from operator import itemgetter, mul
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from agents.text.normalization import word_memo
from streams.records import MemberProfile, StoryState

if TYPE_CHECKING:  # stories.py will import this module: no import of it at run time
    from agents.text.stories import ArticleFeatures

MODEL_PATH = Path(__file__).parent / "models" / "same_story.json"
# What a story keeps of a member (agents/text/stories.py: MEMBER_TERMS_KEPT): an article is cut
# to the same strongest terms, so both sides of a pair look alike to the model.
PROFILE_TERMS = 40
MAX_GAP_DAYS = 7.0  # the time gap counts up to a week: the score must stay bounded
NEAR_GAP_DAYS = 1.5  # a story's next-day follow-ups are still the same story (seeds 000/003: 1.4 days)
KINDS = ("person", "org", "place", "country")

# Character 3-5-grams of the matching form (title and body start), hashed: a name spelled two
# ways (transliterations, Arabic clitics) still shares most of its grams, which stemmed words
# do not. Weighted (1 + log tf) x IDF, unit length, then cut to the heaviest grams so that a
# member profile stays small; 2^16 buckets and 500 grams kept: on the SemEval pairs the cosine
# keeps Pearson 0.626 on average over the ten languages against 0.638 uncut and 0.642 for a
# TF-IDF fitted on each set's own texts (fewer buckets collide, more grams cost state).
CHAR_BUCKETS = 1 << 16
CHAR_GRAMS_KEPT = 500
CHAR_TEXT_CHARS = 3000  # as much as the terms read (stories.BODY_CHARS_FOR_TERMS)
CHAR_GRAM_SIZES = (3, 4, 5)
# The IDF of each bucket, fixed at training time from the unlabelled texts of the training sets
# (bench/train_similarity.py): one byte a bucket, IDF x CHAR_IDF_SCALE. Fixed rather than the
# desk's own: a desk would have to count ~1,500 grams an article in and out of its state.
CHAR_IDF_PATH = Path(__file__).parent / "models" / "char_idf.bin"
CHAR_IDF_SCALE = 25.0
_CHAR_WORD = re.compile(r"\w+")

FEATURE_NAMES = (
    "lexical",  # cosine of the strongest stemmed terms (rarity-weighted tf, unit length)
    "title",  # cosine of the headline terms
    "title_body",  # each headline's terms against the other's body terms, the mean of both
    "char",  # cosine of the hashed char 3-5-gram TF-IDF vectors of the matching form (char_profile)
    "entity",  # weighted share of top entities both sides name (the smaller direction)
    *(f"{kind}_overlap" for kind in KINDS),  # weighted Jaccard of the entities of one kind
    *(f"{kind}_conflict" for kind in KINDS),  # both name some of that kind, none in common
    "dense",  # cosine of the title+lead embeddings (0 without one: the desk topic always has them)
    "gap_near",  # days apart up to NEAR_GAP_DAYS, over NEAR_GAP_DAYS
    "gap_far",  # days apart beyond NEAR_GAP_DAYS, up to MAX_GAP_DAYS, over that span
)
# Not a feature: whether a time is only the arrival time. No training pair has one (SemEval
# pairs carry no dates, ANT articles real ones), so the grouping keeps its stricter threshold
# for undated articles instead.


@dataclass(frozen=True)
class Side:
    """One side of a pair, as the model sees it, with what every pair needs of it computed once."""

    terms: Mapping[str, float]  # unit vector over the strongest PROFILE_TERMS terms
    title_terms: Mapping[str, float]  # unit vector
    entities: Mapping[str, float]  # top entities with their weights (stories.entity_weights)
    embedding: np.ndarray | None  # unit length
    entity_total: float
    kinds: Mapping[str, tuple[Mapping[str, float], float]]  # entities of each kind, their total weight
    char: tuple[np.ndarray, np.ndarray] | None = None  # char-gram buckets (uint16) and weights (float16, unit length)

    @cached_property
    def char_dense(self) -> np.ndarray:
        """The char-gram vector spread over every bucket: built once for the side compared with
        many (the article being placed), so each comparison is one gather."""
        dense = np.zeros(CHAR_BUCKETS, dtype=np.float64)
        if self.char is not None:
            dense[self.char[0]] = self.char[1]
        return dense


def make_side(
    terms: Mapping[str, float],
    title_terms: Mapping[str, float],
    entities: Mapping[str, float],
    embedding: np.ndarray | None,
    char_grams: str | None = None,
) -> Side:
    by_kind: dict[str, dict[str, float]] = {}
    for e, w in entities.items():
        by_kind.setdefault(entity_kind(e), {})[e] = w
    kinds = {kind: (members, sum(members.values())) for kind, members in by_kind.items()}
    char = decode_char_profile(char_grams) if char_grams else None
    return Side(terms, title_terms, entities, embedding, sum(entities.values()), kinds, char)


def side_of(features: ArticleFeatures) -> Side:
    """An article as one side of a pair (its terms cut as a story member's profile cuts them)."""
    return make_side(
        _unit(_strongest(features.terms, PROFILE_TERMS)),
        _unit(features.title_terms),
        features.entity_weights,
        features.unit_embedding if features.embedding is not None else None,
        features.char_grams,
    )


_MEMBER_SIDES: dict[tuple[str, str], Side] = {}
MEMBER_SIDES_KEPT = 50_000  # about the members a busy desk's open stories hold


def side_of_member(profile: MemberProfile) -> Side:
    """A story member's profile as one side of a pair; memoised on its content, as each member is
    compared with every article that reaches its story."""
    key = (profile.article_id, profile.embedding or "\n".join(profile.terms))
    side = _MEMBER_SIDES.get(key)
    if side is None:
        embedding = _unit_dequantized(profile.embedding) if profile.embedding is not None else None
        side = make_side(profile.terms, profile.title_terms, profile.entities, embedding, profile.char_grams)
        if len(_MEMBER_SIDES) >= MEMBER_SIDES_KEPT:
            del _MEMBER_SIDES[next(iter(_MEMBER_SIDES))]  # the oldest: dicts keep insertion order
        _MEMBER_SIDES[key] = side
    return side


def is_day_only(at: datetime) -> bool:
    """A time at exactly midnight UTC: a dateline that gives the day without the time of day
    (agents/text/dates.py reads "4th, October 2023" as 00:00 UTC). Real times are rarely
    midnight to the second: none of the 1,730 ANT articles of the labelled days is."""
    return at.hour == at.minute == at.second == at.microsecond == 0 and at.utcoffset() == timedelta(0)


def day_span(at: datetime) -> tuple[datetime, datetime]:
    """When an article may have been published: the whole day for a day-only time, else the instant."""
    return (at, at + timedelta(days=1)) if is_day_only(at) else (at, at)


def gap_days_between(a: datetime, b: datetime) -> float:
    """Days between two publication times, the least their precision allows: "4 October" and
    "5 October, 09:32" are 0.4 days apart at least, not 1.4 (midnight is not when it appeared)."""
    (a_start, a_end), (b_start, b_end) = day_span(a), day_span(b)
    return max(0.0, (b_start - a_end).total_seconds(), (a_start - b_end).total_seconds()) / 86_400


def gap_days_to_story(at: datetime, story: StoryState) -> float:
    """Days between an article and a story's span (0 inside it), read like ``gap_days_between``."""
    start, end = day_span(at)
    return max(0.0, (start - day_span(story.last_seen)[1]).total_seconds(), (story.first_seen - end).total_seconds()) / 86_400


def pair_features(a: Side, b: Side, gap_days: float) -> list[float]:
    """The model's inputs for one pair, in FEATURE_NAMES order; symmetric in ``a`` and ``b``."""
    gap = min(gap_days, MAX_GAP_DAYS)
    title_body = (_dot(a.title_terms, b.terms) + _dot(b.title_terms, a.terms)) / 2
    overlaps, conflicts = [], []
    for kind in KINDS:
        ka, kb = a.kinds.get(kind), b.kinds.get(kind)
        overlap = _weighted_jaccard(ka, kb) if ka and kb else 0.0
        overlaps.append(overlap)
        conflicts.append(1.0 if ka and kb and overlap == 0.0 else 0.0)
    shared = a.entities.keys() & b.entities.keys()
    entity = 0.0
    if shared and a.entity_total and b.entity_total:
        entity = min(sum(a.entities[e] for e in shared) / a.entity_total, sum(b.entities[e] for e in shared) / b.entity_total)
    dense = 0.0
    if a.embedding is not None and b.embedding is not None and a.embedding.shape == b.embedding.shape:
        dense = max(0.0, float(a.embedding @ b.embedding))
    char = 0.0
    if a.char is not None and b.char is not None:
        # ``a``: the article, compared with many. float16 weights multiply exactly in float64 and
        # their sum (at most 1, in steps of 2^-48) is exact in any order: symmetric to the bit.
        char = float(a.char_dense[b.char[0]] @ b.char[1].astype(np.float64))
    return [
        _dot(a.terms, b.terms),
        _dot(a.title_terms, b.title_terms),
        title_body,
        char,
        entity,
        *overlaps,
        *conflicts,
        dense,
        min(gap, NEAR_GAP_DAYS) / NEAR_GAP_DAYS,
        max(0.0, gap - NEAR_GAP_DAYS) / (MAX_GAP_DAYS - NEAR_GAP_DAYS),
    ]


@dataclass(frozen=True)
class SameStoryModel:
    """A logistic model on the pair features, the Platt scaling that calibrates it, and the
    probabilities the grouping joins at (chosen by bench/train_similarity.py on training data)."""

    coefficients: tuple[float, ...]  # on the raw features (the standardisation is folded in)
    intercept: float
    platt_a: float  # probability = 1 / (1 + exp(-(platt_a * logit + platt_b)))
    platt_b: float
    join: float  # join the best story at this probability or more
    join_undated: float  # the same for an article whose only time is its arrival
    about: Mapping[str, Any]  # what it was trained on and how it validated, for people

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> SameStoryModel:
        if tuple(document["features"]) != FEATURE_NAMES or len(document["coefficients"]) != len(FEATURE_NAMES):
            raise ValueError(f"model features {document['features']} are not this code's {FEATURE_NAMES}")
        return cls(
            coefficients=tuple(float(c) for c in document["coefficients"]),
            intercept=float(document["intercept"]),
            platt_a=float(document["calibration"]["a"]),
            platt_b=float(document["calibration"]["b"]),
            join=float(document["join"]["dated"]),
            join_undated=float(document["join"]["undated"]),
            about={k: v for k, v in document.items() if k not in ("coefficients", "intercept", "calibration", "join")},
        )

    def logit(self, values: list[float]) -> float:
        """The uncalibrated score of one pair's features."""
        return self.intercept + sum(map(mul, self.coefficients, values))

    def probability_of(self, values: list[float]) -> float:
        """The calibrated probability for one pair's features."""
        z = self.platt_a * self.logit(values) + self.platt_b
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def probability(self, a: Side, b: Side, gap_days: float) -> float:
        return self.probability_of(pair_features(a, b, gap_days))


@lru_cache(maxsize=1)
def default_model() -> SameStoryModel:
    """The versioned model (agents/text/models/same_story.json), read once."""
    return SameStoryModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def same_story_probability(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """The calibrated probability that ``a`` and ``b`` report the same story, in [0, 1];
    symmetric in ``a`` and ``b``."""
    return default_model().probability(side_of(a), side_of(b), gap_days_between(a.event_time, b.event_time))


def story_probability(features: ArticleFeatures, story: StoryState, model: SameStoryModel | None = None, side: Side | None = None) -> float:
    """The probability that an article belongs to ``story``: against its closest recent member
    (a growing story's centroid ends up near every article of its theme; a member does not),
    with the gap to the story's span as the time gap, as the grouping measures it. ``side``: the
    article's, when the caller compares it with several stories."""
    model = model or default_model()
    article = side or side_of(features)
    gap_days = gap_days_to_story(features.event_time, story)
    return max((model.probability(article, side_of_member(member), gap_days) for member in story.recent), default=0.0)


def char_grams_of(match_text: str) -> Counter[int]:
    """How often each char-gram bucket occurs in the start of a text in matching form: 3-5-grams
    inside each word padded with a space either side (scikit-learn's ``char_wb``)."""
    return Counter(chain.from_iterable(map(_word_grams, _CHAR_WORD.findall(match_text[:CHAR_TEXT_CHARS]))))


def _word_grams(word: str) -> array[int]:
    """``_word_buckets`` as numbers."""
    return array("H", _word_buckets(word))


@word_memo(100_000)
def _word_buckets(word: str) -> bytes:
    """A word's grams as buckets, uint16 in this machine's byte order; memoised: news vocabulary
    is Zipfian. crc32, not ``hash``, whose seed changes with every process. Bytes, so a text's
    grams join in one call, and the garbage collector does not track a memo entry."""
    padded = f" {word} "
    return array(
        "H", [zlib.crc32(padded[i : i + n].encode()) & (CHAR_BUCKETS - 1) for n in CHAR_GRAM_SIZES for i in range(max(1, len(padded) - n + 1))]
    ).tobytes()


def _bucket_counts(match_text: str) -> tuple[np.ndarray, np.ndarray]:
    """``char_grams_of`` as two arrays, its buckets and their counts in the Counter's order (each
    bucket where it first occurs), counted by numpy rather than one Python object a gram."""
    words = _CHAR_WORD.findall(match_text[:CHAR_TEXT_CHARS])
    grams = np.frombuffer(b"".join(map(_word_buckets, words)), dtype=np.uint16)
    return _first_occurrence_counts(grams)


def _first_occurrence_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct values, how often each occurs), in the order each first occurs in ``values``."""
    if len(values) == 0:
        return values, np.zeros(0, dtype=np.int64)
    by_value = np.argsort(values, kind="stable")  # equal values keep their order: the first leads
    ordered = values[by_value]
    starts_run = np.empty(len(values), dtype=bool)
    starts_run[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts_run[1:])
    starts = np.flatnonzero(starts_run)
    first = by_value[starts]  # where each distinct value first occurs (equal values kept their order)
    # Each value's count put at its first position, then the first positions in order: a sort of
    # distinct positions instead of an argsort and two gathers.
    count_at = np.zeros(len(values), dtype=np.int64)
    count_at[first[:-1]] = starts[1:] - starts[:-1]
    count_at[first[-1]] = len(values) - starts[-1]
    firsts = np.sort(first)
    return values[firsts], count_at[firsts]


def char_profile(match_text: str, idf: np.ndarray | None = None) -> str | None:
    """The char-gram vector of a text in matching form, encoded for a record: its heaviest
    CHAR_GRAMS_KEPT buckets (uint16, ascending) then their weights (float16), base64; None for
    a text without a word."""
    buckets, counts = _bucket_counts(match_text)
    if not len(buckets):
        return None
    idf = default_char_idf() if idf is None else idf
    buckets = buckets.astype(np.int64)
    weights = (1.0 + np.log(counts.astype(np.float64))) * idf[buckets]
    weights /= float(np.linalg.norm(weights)) or 1.0
    if len(weights) > CHAR_GRAMS_KEPT:
        kept = _heaviest(weights, CHAR_GRAMS_KEPT)
        buckets, weights = buckets[kept], weights[kept]
    order = np.argsort(buckets)  # the buckets are distinct
    ids, kept_weights = buckets[order].astype("<u2"), weights[order].astype("<f2")
    return base64.b64encode(ids.tobytes() + kept_weights.tobytes()).decode("ascii")


def _heaviest(weights: np.ndarray, k: int) -> np.ndarray:
    """A mask of the ``k`` largest weights, ties going to the earlier ones (what the first ``k``
    of a stable sort would keep), without sorting them all."""
    floor = np.partition(weights, len(weights) - k)[len(weights) - k]
    kept = weights > floor
    kept[np.flatnonzero(weights == floor)[: k - int(kept.sum())]] = True
    return kept


def decode_char_profile(encoded: str) -> tuple[np.ndarray, np.ndarray]:
    """(buckets, weights) of a ``char_profile``, as stored: 2 bytes each, 2 KB a side at most
    (a member's side is memoised with it, so 50,000 of them hold 100 MB of grams, not 400)."""
    raw = base64.b64decode(encoded)
    half = len(raw) // 2
    return np.frombuffer(raw[:half], dtype="<u2"), np.frombuffer(raw[half:], dtype="<f2")


def char_idf_table(texts: Iterable[str]) -> np.ndarray:
    """The IDF of every bucket over ``texts`` (matching form), as CHAR_IDF_PATH stores it:
    ln((1 + n) / (1 + df)) + 1, times CHAR_IDF_SCALE, in one byte."""
    df = np.zeros(CHAR_BUCKETS, dtype=np.int64)
    n = 0
    for text in texts:
        n += 1
        df[np.fromiter(char_grams_of(text).keys(), dtype=np.int64)] += 1
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    table: np.ndarray = np.clip(np.round(idf * CHAR_IDF_SCALE), 1, 255).astype(np.uint8)
    return table


@lru_cache(maxsize=1)
def default_char_idf() -> np.ndarray:
    """The versioned IDF table (CHAR_IDF_PATH) as floats; every bucket 1.0 without one."""
    try:
        return np.frombuffer(CHAR_IDF_PATH.read_bytes(), dtype=np.uint8).astype(np.float64) / CHAR_IDF_SCALE
    except FileNotFoundError:
        return np.ones(CHAR_BUCKETS)


def _strongest(weights: Mapping[str, float], count: int) -> dict[str, float]:
    """The ``count`` heaviest; equal weights keep their order (terms come strongest first)."""
    if len(weights) <= count:
        return dict(weights)
    return dict(sorted(weights.items(), key=itemgetter(1), reverse=True)[:count])


def _unit(weights: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors, over the smaller one in its order (the same sum on
    every run: a set's order changes with the hash seed)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def _weighted_jaccard(a: tuple[Mapping[str, float], float], b: tuple[Mapping[str, float], float]) -> float:
    """Weighted Jaccard of two (weights, total) sets: shared minima over the union's weight."""
    (wa, ta), (wb, tb) = a, b
    shared = sum(min(w, wb[e]) for e, w in wa.items() if e in wb)
    return shared / (ta + tb - shared) if shared else 0.0


def entity_kind(entity_id: str) -> str:
    """person, org, country (a two-letter place code) or place, from the canonical id's prefix."""
    prefix, _, rest = entity_id.partition(":")
    if prefix == "place":
        return "country" if len(rest) == 2 else "place"
    return prefix if prefix in ("person", "org") else "org" if prefix == "organisation" else prefix


@lru_cache(maxsize=50_000)
def _unit_dequantized(quantized: str) -> np.ndarray:
    """A member profile's int8 embedding as a unit float vector; memoised per member."""
    vector = np.frombuffer(base64.b64decode(quantized), dtype=np.int8).astype(np.float32)
    return vector / (float(np.linalg.norm(vector)) or 1.0)
