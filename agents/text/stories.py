"""Online, single-pass story assignment: each article joins the best open story or starts one.

A story is open to an article when their event times are within the horizon. Candidates
come from an index of canonical entities and salient terms (``index_keys``), never from a
scan of every story. The score mixes lexical cosine on stemmed terms with canonical-entity
overlap; the thresholds below were set on the seeds (see tests/unit/test_stories.py) and are
recalibrated by bench/ scripts as the gold sets grow.

Everything here is deterministic: the same articles in the same order give the same story
ids (a story's id comes from its first article), and re-delivering an article changes nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from agents.text.terms import weighted_terms
from streams.records import EnrichedArticle, StoryMember, StoryState, StoryUpdate

# Weights and threshold calibrated by bench/calibrate_stories.py on half of the team's labelled
# ANT stories (BCubed F1 0.855 there), keeping enough entity weight for the seeds: 000 and 003
# tell one story with different words and spellings, and only canonical entities see that.
LEXICAL_WEIGHT = 0.5
ENTITY_WEIGHT = 0.2
DENSE_WEIGHT = 0.3
JOIN_THRESHOLD = 0.38
# An article whose only time is its arrival has no time evidence for a story, so it must
# show more content evidence; no seed pair of different stories reaches 0.6.
UNDATED_JOIN_THRESHOLD = 0.6
# How many terms and entities an article contributes to the index and to a story's profile.
INDEX_ENTITIES = 6
INDEX_TERMS = 6
STORY_TERMS_KEPT = 200
TOP_ENTITIES_SHOWN = 8
MAX_SCORED_CANDIDATES = 30  # stories scored per article, the closest by shared terms and entities
COUNTED_TERMS = 60  # an article's strongest terms counted into its desk's document frequencies
IDF_SMOOTHING = 20.0  # pseudo-documents: below ~20 articles a desk's own IDF barely moves weights
COUNTRY_WEIGHT = 0.3
BODY_CHARS_FOR_TERMS = 3000  # lead paragraphs carry the story; tails drift to background


@dataclass(frozen=True)
class Weights:
    """How much each signal counts, and the score needed to join a story."""

    lexical: float = LEXICAL_WEIGHT
    entity: float = ENTITY_WEIGHT
    dense: float = DENSE_WEIGHT
    join: float = JOIN_THRESHOLD
    join_undated: float = UNDATED_JOIN_THRESHOLD


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class ArticleFeatures:
    """What grouping needs of an enriched article."""

    article_id: str
    parent_id: str | None
    desk: str
    title: str
    outlet: str | None
    event_time: datetime
    entity_counts: dict[str, int]
    entity_names: dict[str, str]
    terms: dict[str, float]  # unit-length tf-idf-like vector
    is_dated: bool  # False when the event time is only the arrival time
    embedding: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Assignment:
    """The outcome for one article: the story it is in now, and whether anything changed."""

    story: StoryState
    is_new_story: bool
    changed: bool
    score: float


class StoryStore(Protocol):
    """Where open stories live: a dict in a bench, Faust tables in the worker."""

    def candidates(self, desk: str, keys: Iterable[str], at: datetime) -> Iterable[StoryState]:
        """Stories indexed under any of ``keys``, those under most keys first (ties by id)."""
        ...

    def story_of(self, article_id: str) -> StoryState | None: ...

    def save(self, story: StoryState, keys: Iterable[str], article_id: str, at: datetime) -> None: ...

    def document_frequencies(self, desk: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]: ...

    def count_document(self, desk: str, terms: Iterable[str]) -> None: ...


def features_of(enriched: EnrichedArticle) -> ArticleFeatures:
    article = enriched.article
    text = f"{article.title}\n{article.title}\n" + "\n".join(article.paragraphs)[:BODY_CHARS_FOR_TERMS]
    return ArticleFeatures(
        article_id=article.article_id,
        parent_id=article.parent_id,
        desk=enriched.desk,
        title=article.title,
        outlet=enriched.outlet,
        event_time=enriched.published.at,
        entity_counts={e.entity_id: len(e.mentions) for e in enriched.entities},
        entity_names={e.entity_id: e.name for e in enriched.entities},
        terms=_unit_vector(weighted_terms(text, enriched.language)),
        is_dated=enriched.published.origin in ("page", "hint"),
        embedding=enriched.embedding,
    )


def index_keys(features: ArticleFeatures) -> tuple[str, ...]:
    """Keys under which an article's story is found again: top entities and top terms."""
    entities = sorted(features.entity_counts, key=lambda e: (-features.entity_counts[e], e))[:INDEX_ENTITIES]
    terms = sorted(features.terms, key=lambda t: (-features.terms[t], t))[:INDEX_TERMS]
    return (*(f"e:{e}" for e in entities), *(f"t:{t}" for t in terms))


def assign(
    features: ArticleFeatures, store: StoryStore, horizon: timedelta, weights: Weights = DEFAULT_WEIGHTS
) -> Assignment:
    """Put one article in a story, through ``store``; idempotent for re-delivered articles."""
    already = store.story_of(features.article_id)
    if already is not None:
        return Assignment(already, is_new_story=False, changed=False, score=1.0)
    keys = index_keys(features)
    candidates = _closest(features, list(store.candidates(features.desk, keys, features.event_time)))
    idf = _stream_idf(store, features)
    weighted = replace(features, terms={t: w * idf[t] for t, w in features.terms.items()})  # once per article
    best, best_score = _best_candidate(weighted, candidates, horizon, weights)
    store.count_document(features.desk, list(features.terms)[:COUNTED_TERMS])
    if best is None:
        story = new_story(features)
        store.save(story, keys, features.article_id, features.event_time)
        return Assignment(story, is_new_story=True, changed=True, score=best_score)
    story = absorb(best, features)
    store.save(story, keys, features.article_id, features.event_time)
    return Assignment(story, is_new_story=False, changed=True, score=best_score)


def _stream_idf(store: StoryStore, features: ArticleFeatures) -> dict[str, float]:
    """IDF of the article's terms, from the desk's own stream so far: an election week's own
    words ("الانتخابات") stop tying every election story together. Applied on the article's
    side only (query weighting), so scoring a story never touches its whole vocabulary.
    Smoothed: a desk with little history weighs terms by their general rarity alone."""
    documents, frequencies = store.document_frequencies(features.desk, features.terms)
    return {t: math.log((documents + IDF_SMOOTHING) / (frequencies.get(t, 0) + IDF_SMOOTHING)) + 1.0 for t in features.terms}


def _closest(features: ArticleFeatures, candidates: list[StoryState]) -> list[StoryState]:
    """The candidates reached through most of the article's index keys (stores return them in
    that order): a busy desk finds hundreds of stories through one common word, and a score
    for each would cost more than the rest of the grouping."""
    return candidates[:MAX_SCORED_CANDIDATES]


def similarity(
    features: ArticleFeatures, story: StoryState, weights: Weights = DEFAULT_WEIGHTS, idf: dict[str, float] | None = None
) -> float:
    """0..1: how likely the article reports the story's event."""
    lexical = _cosine({t: w * idf.get(t, 1.0) for t, w in features.terms.items()} if idf else features.terms, story)
    score = weights.lexical * lexical + weights.entity * _entity_overlap(features.entity_counts, story.entity_counts)
    used = weights.lexical + weights.entity
    if weights.dense and features.embedding is not None and story.embedding_sum:
        score += weights.dense * _dense_cosine(features.embedding, story.embedding_sum)
        used += weights.dense
    return score / used if used else 0.0  # without embeddings, the other signals share the weight


def _dense_cosine(vector: tuple[float, ...], centroid: tuple[float, ...]) -> float:
    norm = math.sqrt(sum(x * x for x in centroid)) or 1.0
    return max(0.0, sum(a * b for a, b in zip(vector, centroid, strict=False)) / norm)


def is_open_to(story: StoryState, at: datetime, horizon: timedelta) -> bool:
    """A story takes articles within ``horizon`` of its span in event time, either side."""
    return story.first_seen - horizon <= at <= story.last_seen + horizon


def new_story(features: ArticleFeatures) -> StoryState:
    return StoryState(
        story_id=f"story-{features.article_id}",
        desk=features.desk,
        version=1,
        headline=features.title,
        members=(_member(features),),
        entity_counts=dict(features.entity_counts),
        entity_names=dict(features.entity_names),
        term_weights=dict(features.terms),
        term_norm=_norm(features.terms),
        embedding_sum=features.embedding,
        outlets=(features.outlet,) if features.outlet else (),
        first_seen=features.event_time,
        last_seen=features.event_time,
    )


def absorb(story: StoryState, features: ArticleFeatures) -> StoryState:
    """The story with one more member; unchanged if the article is already in it."""
    if story.has_member(features.article_id):
        return story
    entity_counts = Counter(story.entity_counts)
    entity_counts.update(features.entity_counts)
    terms = Counter(story.term_weights)
    terms.update(features.terms)
    kept_terms = dict(sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS_KEPT])
    outlets = story.outlets
    if features.outlet and features.outlet not in outlets:
        outlets = (*outlets, features.outlet)
    members = tuple(sorted((*story.members, _member(features)), key=lambda m: (m.published_at, m.article_id)))
    embedding_sum = story.embedding_sum
    if features.embedding is not None:
        embedding_sum = features.embedding if embedding_sum is None else tuple(
            round(a + b, 4) for a, b in zip(embedding_sum, features.embedding, strict=True)
        )
    return story.model_copy(
        update={
            "version": story.version + 1,
            "headline": members[0].title,
            "members": members,
            "entity_counts": dict(entity_counts),
            "entity_names": {**features.entity_names, **story.entity_names},
            "term_weights": kept_terms,
            "term_norm": _norm(kept_terms),
            "embedding_sum": embedding_sum,
            "outlets": outlets,
            "first_seen": min(story.first_seen, features.event_time),
            "last_seen": max(story.last_seen, features.event_time),
        }
    )


def story_update(story: StoryState, changed_by: str) -> StoryUpdate:
    """The subscriber-facing record of a story's current state."""
    top = sorted(story.entity_counts, key=lambda e: (-story.entity_counts[e], e))[:TOP_ENTITIES_SHOWN]
    return StoryUpdate(
        story_id=story.story_id,
        desk=story.desk,
        version=story.version,
        headline=story.headline,
        members=story.members,
        top_entities=tuple(story.entity_names.get(e, e) for e in top),
        outlets=story.outlets,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        size=len(story.members),
        changed_by=changed_by,
    )


def _best_candidate(
    features: ArticleFeatures,
    candidates: Iterable[StoryState],
    horizon: timedelta,
    weights: Weights,
    idf: dict[str, float] | None = None,
) -> tuple[StoryState | None, float]:
    best: StoryState | None = None
    best_score = 0.0
    for story in sorted(candidates, key=lambda s: s.story_id):  # fixed order: ties break the same way
        if not is_open_to(story, features.event_time, horizon) or _is_own_parent(features, story):
            continue
        score = similarity(features, story, weights, idf)
        if score > best_score:
            best, best_score = story, score
    threshold = weights.join if features.is_dated else weights.join_undated
    return (best, best_score) if best_score >= threshold else (None, best_score)


def _is_own_parent(features: ArticleFeatures, story: StoryState) -> bool:
    """An article appended under a page is by definition not that page's story."""
    return features.parent_id is not None and story.has_member(features.parent_id)


def _member(features: ArticleFeatures) -> StoryMember:
    return StoryMember(
        article_id=features.article_id,
        title=features.title,
        outlet=features.outlet,
        published_at=features.event_time,
        parent_id=features.parent_id,
    )


def _unit_vector(weights: dict[str, float]) -> dict[str, float]:
    weights = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])))  # strongest first
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items()}


def _cosine(a: dict[str, float], story: StoryState) -> float:
    b = story.term_weights
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm_a = math.sqrt(sum(w * w for w in a.values())) or 1.0
    return dot / (norm_a * (story.term_norm or _norm(b)))


def _norm(weights: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in weights.values())) or 1.0


def _entity_overlap(article: dict[str, int], story: dict[str, int]) -> float:
    """Share of the article's top entities that the story also has, weighted by mentions."""
    if not article or not story:
        return 0.0
    top = sorted(article, key=lambda e: (-article[e], e))[:INDEX_ENTITIES * 2]
    total = sum(_entity_weight(e, article[e]) for e in top)
    shared = sum(_entity_weight(e, article[e]) for e in top if e in story)
    return shared / total if total else 0.0


def _entity_weight(entity_id: str, mentions: int) -> float:
    """Countries are in most stories of a desk; a person or a region tells stories apart."""
    kind_weight = COUNTRY_WEIGHT if _is_country(entity_id) else 1.0
    return kind_weight * math.log1p(mentions)


def _is_country(entity_id: str) -> bool:
    return entity_id.startswith("place:") and len(entity_id) == len("place:") + 2


class MemoryStoryStore:
    """StoryStore in plain dicts: for benches, tests and replays outside Kafka."""

    def __init__(self) -> None:
        self.stories: dict[str, StoryState] = {}
        self.index: dict[tuple[str, str], set[str]] = {}
        self.assignments: dict[str, str] = {}
        self.documents: Counter[str] = Counter()
        self.frequencies: Counter[tuple[str, str]] = Counter()

    def document_frequencies(self, desk: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        return self.documents[desk], {t: self.frequencies[(desk, t)] for t in terms}

    def count_document(self, desk: str, terms: Iterable[str]) -> None:
        self.documents[desk] += 1
        for term in terms:
            self.frequencies[(desk, term)] += 1

    def candidates(self, desk: str, keys: Iterable[str], at: datetime) -> Iterable[StoryState]:
        hits: Counter[str] = Counter()
        for key in keys:
            hits.update(self.index.get((desk, key), ()))
        return [self.stories[i] for i, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))]

    def story_of(self, article_id: str) -> StoryState | None:
        story_id = self.assignments.get(article_id)
        return self.stories[story_id] if story_id else None

    def save(self, story: StoryState, keys: Iterable[str], article_id: str, at: datetime) -> None:
        self.stories[story.story_id] = story
        self.assignments[article_id] = story.story_id
        for key in keys:
            self.index.setdefault((story.desk, key), set()).add(story.story_id)
