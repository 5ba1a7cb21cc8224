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

import base64
import math
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cached_property, lru_cache

import numpy as np

from agents.text.embedding import MODEL_NAMES
from agents.text.normalization import matching_form
from agents.text.similarity import (
    SameStoryModel,
    char_profile,
    default_model,
    side_of,
    story_probability,
)
from agents.text.story_store import GroupingState, Placement, is_late
from agents.text.terms import weighted_terms
from streams.codec import DecodeError, decode
from streams.records import (
    DeskArticle,
    EnrichedArticle,
    MemberProfile,
    StoryMember,
    StoryState,
    StoryUpdate,
)

# Weights and thresholds calibrated by bench/calibrate_stories.py on the even half of the team's
# labelled ANT stories, keeping enough entity weight for the seeds: 000 and 003 tell one story
# with different words and spellings, and only canonical entities see that.
LEXICAL_WEIGHT = 0.5
ENTITY_WEIGHT = 0.2
DENSE_WEIGHT = 0.3
# Nearest-member linking: a story's centroid drifts as it grows and ends up near every article of
# its theme (all reactions to one decision); its closest recent member does not.
LINK_WEIGHT = 0.75
TITLE_WEIGHT = 0.15  # headline overlap with the closest member, on top of the body signals
# Score lost per day between the article and the story's span beyond a day and a half: a
# follow-up days later must show more in common than the next day's report (seeds 000 and 003
# are 1.4 days apart).
DECAY_PER_DAY = 0.15
DECAY_AFTER_DAYS = 1.5
JOIN_THRESHOLD = 0.40
# An article whose only time is its arrival has no time evidence for a story, so it must
# show more content evidence; no seed pair of different stories reaches 0.6.
UNDATED_JOIN_THRESHOLD = 0.6
# How many terms and entities an article contributes to the index and to a story's profile.
INDEX_ENTITIES = 6
INDEX_TERMS = 6
STORY_TERMS_KEPT = 200
TOP_ENTITIES_SHOWN = 8
MAX_SCORED_CANDIDATES = 30  # stories scored per article, the closest by shared terms and entities
LINKED_CANDIDATES = 5  # of those, the best by centroid are compared member by member
RECENT_MEMBERS_KEPT = 8
MEMBER_TERMS_KEPT = 40
COUNTED_TERMS = 60  # an article's strongest terms counted into its desk's document frequencies
IDF_SMOOTHING = 20.0  # pseudo-documents: below ~20 articles a desk's own IDF barely moves weights
COUNTRY_WEIGHT = 0.3
BODY_CHARS_FOR_TERMS = 3000  # lead paragraphs carry the story; tails drift to background
# A member's lead on news.stories: two or three lines on a story's page. Every update carries
# every member, so this bounds a 50-member update's leads to ~30 KB of UTF-8 Arabic.
LEAD_CHARS = 300


@dataclass(frozen=True)
class Weights:
    """How much each signal counts, and the score needed to join a story."""

    lexical: float = LEXICAL_WEIGHT
    entity: float = ENTITY_WEIGHT
    dense: float = DENSE_WEIGHT
    link: float = LINK_WEIGHT
    title: float = TITLE_WEIGHT
    decay_per_day: float = DECAY_PER_DAY
    decay_after_days: float = DECAY_AFTER_DAYS
    join: float = JOIN_THRESHOLD
    join_undated: float = UNDATED_JOIN_THRESHOLD


DEFAULT_WEIGHTS = Weights()  # calibrated with the full model's vectors (MODEL_NAMES["full"])
# The distilled embedding's vectors sit closer together (mean cosine of unrelated articles 0.28
# against 0.14) and see less of a text, so grouping weighs them by their own calibration:
# bench/calibrate_stories.py --embedding distilled, the setting whose ANT even-half BCubed F1 is
# best on average with the join threshold 0.01 either side (0.903; the sweep is noisy at 0.005).
DISTILLED_WEIGHTS = Weights(lexical=0.536, entity=0.214, dense=0.25, join=0.40)
WEIGHTS_BY_MODEL = {MODEL_NAMES["full"]: DEFAULT_WEIGHTS, MODEL_NAMES["distilled"]: DISTILLED_WEIGHTS}


def weights_for(embedding_model: str | None) -> Weights:
    """The weights calibrated for vectors of this model (the default ones without a vector)."""
    return WEIGHTS_BY_MODEL.get(embedding_model or "", DEFAULT_WEIGHTS)


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
    title_terms: dict[str, float]
    is_dated: bool  # False when the event time is only the arrival time
    embedding: tuple[float, ...] | None = None
    # Which model made the embedding: it chooses the weights this article is grouped with
    # (placements do not keep it; only the article being placed needs it).
    embedding_model: str | None = None
    # Shown, not matched: what a story's page shows of the member (see StoryMember).
    lead: str | None = None
    url: str | None = None
    # Hashed char 3-5-grams of the matching form (agents/text/similarity.py ``char_profile``).
    char_grams: str | None = None

    @cached_property
    def terms_norm(self) -> float:
        return _norm(self.terms)

    @cached_property
    def entity_weights(self) -> dict[str, float]:
        return entity_weights(self.entity_counts)

    @cached_property
    def unit_embedding(self) -> np.ndarray:
        vector = np.asarray(self.embedding or (), dtype=np.float32)
        return vector / (float(np.linalg.norm(vector)) or 1.0)


@dataclass(frozen=True)
class Assignment:
    """The outcome for one article: the story it is in now, and whether anything changed."""

    story: StoryState | None  # None: a re-delivered article whose story has closed since
    is_new_story: bool
    changed: bool
    score: float
    late: bool = False
    expired: tuple[StoryState, ...] = ()  # stories closed after this article, as they were last
    placement: Placement | None = None  # the article's durable record; None when it was placed already


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
        title_terms=_unit_vector(weighted_terms(article.title, enriched.language)),
        is_dated=enriched.published.origin in ("page", "hint"),
        embedding=enriched.embedding.floats() if enriched.embedding is not None else None,
        embedding_model=enriched.embedding.model if enriched.embedding is not None else None,
        lead=lead_of(article.paragraphs),
        url=article.url,
        char_grams=char_profile(matching_text(enriched)),
    )


def desk_article_of(enriched: EnrichedArticle) -> DeskArticle:
    """An enriched article's grouping features as the record news.by-desk carries (computed in
    the worker's children, beside the rest of the per-article work)."""
    features = features_of(enriched)
    return DeskArticle(
        article_id=features.article_id, parent_id=features.parent_id, desk=features.desk, title=features.title,
        outlet=features.outlet, event_time=features.event_time, dated=features.is_dated,
        entity_counts=features.entity_counts, entity_names=features.entity_names, terms=features.terms,
        title_terms=features.title_terms, embedding=enriched.embedding, lead=features.lead, url=features.url,
        char_grams=features.char_grams,
    )


def features_from_desk(desk: DeskArticle) -> ArticleFeatures:
    """The features a desk record carries: the same as ``features_of`` of its enriched article."""
    return ArticleFeatures(
        article_id=desk.article_id, parent_id=desk.parent_id, desk=desk.desk, title=desk.title, outlet=desk.outlet,
        event_time=desk.event_time, entity_counts=desk.entity_counts, entity_names=desk.entity_names,
        terms=desk.terms, title_terms=desk.title_terms, is_dated=desk.dated,
        embedding=desk.embedding.floats() if desk.embedding is not None else None,
        embedding_model=desk.embedding.model if desk.embedding is not None else None,
        lead=desk.lead, url=desk.url, char_grams=desk.char_grams,
    )


def features_from_desk_record(data: bytes) -> ArticleFeatures:
    """The features of a news.by-desk record; a record written before desk records carried them
    (a whole enriched article, still on the topic after an upgrade) has them computed here."""
    try:
        return features_from_desk(decode(DeskArticle, data))
    except DecodeError as not_a_desk_article:
        try:
            enriched = decode(EnrichedArticle, data)
        except DecodeError:
            raise not_a_desk_article from None
    return features_of(enriched)


def matching_text(enriched: EnrichedArticle) -> str:
    """The article's title and body in matching form, as enrichment gives them."""
    article = enriched.article
    if article.match_title is None or article.match_body is None:  # records written before they were kept
        return matching_form(f"{article.title}\n" + "\n".join(article.paragraphs)[:BODY_CHARS_FOR_TERMS])
    return f"{article.match_title}\n{article.match_body}"


def lead_of(paragraphs: Iterable[str], limit: int = LEAD_CHARS) -> str | None:
    """The start of a body, for a reader: its paragraphs joined until ``limit`` characters, cut
    at the last word that fits and ending in "…" when cut; None for an empty body."""
    text = " ".join(p.strip() for p in paragraphs if p.strip())
    if not text:
        return None
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ،,.؛:") + "…"


def index_keys(features: ArticleFeatures) -> tuple[str, ...]:
    """Keys under which an article's story is found again: top entities and top terms."""
    entities = sorted(features.entity_counts, key=lambda e: (-features.entity_counts[e], e))[:INDEX_ENTITIES]
    terms = sorted(features.terms, key=lambda t: (-features.terms[t], t))[:INDEX_TERMS]
    return (*(f"e:{e}" for e in entities), *(f"t:{t}" for t in terms))


def assign(
    features: ArticleFeatures,
    state: GroupingState,
    horizon: timedelta,
    weights: Weights | None = None,
    model: SameStoryModel | None = None,
) -> Assignment:
    """Put one article in a story, in ``state``; the caller persists ``Assignment.placement``.
    The hand-weighted score decides (``weights``, by default those calibrated for the article's
    embedding model); given a same-story ``model`` (agents/text/similarity.py), the article joins
    the candidate it most probably belongs to when that probability reaches the model's join
    threshold instead. Not the default yet: the versioned model keeps the seeds' one story (000
    and 003, a day apart, other words) under its threshold (docs/grouping.md). Either way the member records
    the calibrated probability it joined with.
    A re-delivered article changes nothing, and gets back the stories it closed the first time.

    Late articles (older than the desk's watermark minus the horizon) are grouped like the
    others against the stories still held (see agents/text/story_store.py) and flagged late in
    the story, so a subscriber can tell a backfilled report from live news."""
    if state.is_placed(features.article_id):
        closed = state.closed_at(features.desk, state.placed_at[features.article_id])
        return Assignment(state.story_of(features.article_id), is_new_story=False, changed=False, score=1.0, expired=closed)
    clock = state.clock(features.desk)
    late = is_late(features.event_time, clock, horizon)
    keys = index_keys(features)
    candidates = _closest(features, state.candidates(features.desk, keys, features.event_time))
    idf = _stream_idf(state, features)
    weighted = replace(features, terms={t: w * idf[t] for t, w in features.terms.items()})  # once per article
    if model is not None:
        best, best_score = _most_probable_story(weighted, candidates, horizon, model)
        probability = best_score
    else:
        best, best_score = _best_candidate(weighted, candidates, horizon, weights or weights_for(features.embedding_model))
        probability = story_probability(weighted, best, default_model()) if best is not None else 0.0
    placement = Placement(
        features=durable_features(features),
        story_id=f"story-{features.article_id}" if best is None else best.story_id,
        position=(clock.position if clock else 0) + 1,
        watermark=_watermark_after(clock.watermark if clock else None, features),
        story_version=1 if best is None else best.version + 1,
        late=late,
        keys=keys,
        counted_terms=counted_terms(features),
        probability=None if best is None else round(probability, 4),
    )
    story = fold(best, placement)
    closed = state.place(placement, story)
    return Assignment(story, is_new_story=best is None, changed=True, score=best_score, late=late, expired=closed, placement=placement)


def fold(story: StoryState | None, placement: Placement) -> StoryState:
    """A story after absorbing one placement: the one step both a live run and a refold take."""
    if story is None:
        return new_story(placement.features, placement.late)
    return absorb(story, placement.features, placement.late, placement.probability)


def _watermark_after(watermark: datetime | None, features: ArticleFeatures) -> datetime | None:
    """Only a page's own date moves the desk's clock: an undated article's time is its arrival,
    which would make a backfill of dated news late all at once."""
    if not features.is_dated:
        return watermark
    return max(watermark or features.event_time, features.event_time)


def counted_terms(features: ArticleFeatures) -> tuple[str, ...]:
    return tuple(list(features.terms)[:COUNTED_TERMS])


def durable_features(features: ArticleFeatures) -> ArticleFeatures:
    """The features as a placement record keeps them: the embedding in float32, as every use
    of it computes, so a refold from the record is the live fold, bit for bit."""
    if features.embedding is None:
        return replace(features, embedding_model=None)
    return replace(features, embedding=tuple(np.asarray(features.embedding, dtype=np.float32).tolist()), embedding_model=None)


def _stream_idf(state: GroupingState, features: ArticleFeatures) -> dict[str, float]:
    """IDF of the article's terms, from the desk's own stream so far: an election week's own
    words ("الانتخابات") stop tying every election story together. Applied on the article's
    side only (query weighting), so scoring a story never touches its whole vocabulary.
    Smoothed: a desk with little history weighs terms by their general rarity alone."""
    documents, frequencies = state.document_frequencies(features.desk, features.terms)
    return {t: math.log((documents + IDF_SMOOTHING) / (frequencies.get(t, 0) + IDF_SMOOTHING)) + 1.0 for t in features.terms}


def _closest(features: ArticleFeatures, candidates: list[StoryState]) -> list[StoryState]:
    """The candidates reached through most of the article's index keys (stores return them in
    that order): a busy desk finds hundreds of stories through one common word, and a score
    for each would cost more than the rest of the grouping."""
    return candidates[:MAX_SCORED_CANDIDATES]


def _blend(features: ArticleFeatures, story: StoryState, centroid: float, weights: Weights) -> float:
    """The hand-weighted score, floored at 0: the time decay alone took a pair 35 days apart to
    -4.6, and a score without a lower bound ranks such pairs by their gap, not their content."""
    score = centroid
    if weights.link:
        score = (1 - weights.link) * centroid + weights.link * _closest_member_score(features, story, weights)
    return max(0.0, score - weights.decay_per_day * max(0.0, _gap_days(features.event_time, story) - weights.decay_after_days))


def _centroid_score(features: ArticleFeatures, story: StoryState, weights: Weights) -> float:
    """The article against the whole story: summed terms, entities and embeddings."""
    dense = None
    if features.embedding is not None and story.embedding_sum:
        dense = _dense_cosine(features.unit_embedding, story.embedding_sum)
    return _mix(
        weights,
        lexical=_cosine(features.terms, story.term_weights, features.terms_norm, story.term_norm),
        entity=_entity_overlap(features.entity_weights, story.entity_counts),
        dense=dense,
    )


def _closest_member_score(features: ArticleFeatures, story: StoryState, weights: Weights) -> float:
    """The article against its most similar recent member of the story."""
    best = 0.0
    for member in story.recent:
        dense = None
        if features.embedding is not None and member.embedding is not None:
            dense = _cosine_to(features.unit_embedding, *_dequantized(member.embedding))
        score = _mix(
            weights,
            lexical=_cosine(member.terms, features.terms, 1.0, features.terms_norm),  # profiles are unit length
            entity=min(_entity_overlap(features.entity_weights, member.entities), _entity_overlap(member.entities, features.entity_counts)),
            dense=dense,
        ) + weights.title * _cosine(member.title_terms, features.title_terms, 1.0, 1.0)
        best = max(best, score)
    return best


def _mix(weights: Weights, lexical: float, entity: float, dense: float | None) -> float:
    """Weighted mean of the signals; without an embedding the others share its weight."""
    score = weights.lexical * lexical + weights.entity * entity
    used = weights.lexical + weights.entity
    if weights.dense and dense is not None:
        score += weights.dense * dense
        used += weights.dense
    return score / used if used else 0.0


def _gap_days(at: datetime, story: StoryState) -> float:
    """Days between ``at`` and the story's span (0 inside it)."""
    gap = max(at - story.last_seen, story.first_seen - at, timedelta(0))
    return gap.total_seconds() / 86_400


def _dense_cosine(unit_vector: np.ndarray, centroid: str) -> float:
    return _cosine_to(unit_vector, *_vector_and_norm(centroid))


def _cosine_to(unit_vector: np.ndarray, other: np.ndarray, norm: float) -> float:
    """Cosine of a unit vector with any vector of its length (0 for another model's length),
    given that vector's norm."""
    if other.shape != unit_vector.shape:
        return 0.0
    return max(0.0, float(unit_vector @ other) / (norm or 1.0))


@lru_cache(maxsize=4096)
def _vector_and_norm(centroid: str) -> tuple[np.ndarray, float]:
    """A story's embedding sum decoded, with its norm; memoised, as a story is a candidate of
    many articles between two of its own changes (each change is a new string)."""
    vector = _decode_vector(centroid)
    return vector, float(np.linalg.norm(vector))


def _encode_vector(vector: np.ndarray) -> str:
    """float32 as base64: a third of the JSON size of 512 decimals, and exact."""
    return base64.b64encode(np.asarray(vector, dtype=np.float32).tobytes()).decode("ascii")


def _decode_vector(encoded: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(encoded), dtype=np.float32)


def _added(summed: str | None, vector: tuple[float, ...] | None) -> str | None:
    """A story's embedding sum with one more member's vector."""
    if vector is None:
        return summed
    added = np.asarray(vector, dtype=np.float32)
    return _encode_vector(added if summed is None else _decode_vector(summed) + added)


def quantize(vector: tuple[float, ...]) -> str:
    """An embedding as int8 scaled to its largest component, base64: 512 dims in 684 characters."""
    array = np.asarray(vector, dtype=np.float32)
    peak = float(np.abs(array).max()) or 1.0
    return base64.b64encode(np.round(array / peak * 127).astype(np.int8).tobytes()).decode("ascii")


@lru_cache(maxsize=50_000)
def _dequantized(quantized: str) -> tuple[np.ndarray, float]:
    """A member profile's int8 embedding as floats, with its norm; memoised, as each member is
    compared with every article that reaches its story."""
    vector = np.frombuffer(base64.b64decode(quantized), dtype=np.int8).astype(np.float32)
    return vector, float(np.linalg.norm(vector))


def is_open_to(story: StoryState, at: datetime, horizon: timedelta) -> bool:
    """A story takes articles within ``horizon`` of its span in event time, either side."""
    return story.first_seen - horizon <= at <= story.last_seen + horizon


def new_story(features: ArticleFeatures, late: bool = False) -> StoryState:
    return StoryState(
        story_id=f"story-{features.article_id}",
        desk=features.desk,
        version=1,
        headline=features.title,
        members=(_member(features, late),),
        entity_counts=dict(features.entity_counts),
        entity_names=dict(features.entity_names),
        term_weights=dict(features.terms),
        term_norm=_norm(features.terms),
        embedding_sum=_added(None, features.embedding),
        recent=(_profile(features),),
        outlets=(features.outlet,) if features.outlet else (),
        first_seen=features.event_time,
        last_seen=features.event_time,
    )


def absorb(story: StoryState, features: ArticleFeatures, late: bool = False, probability: float | None = None) -> StoryState:
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
    members = tuple(sorted((*story.members, _member(features, late, probability)), key=lambda m: (m.published_at, m.article_id)))
    embedding_sum = _added(story.embedding_sum, features.embedding)
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
            "recent": (*story.recent, _profile(features))[-RECENT_MEMBERS_KEPT:],
            "outlets": outlets,
            "first_seen": min(story.first_seen, features.event_time),
            "last_seen": max(story.last_seen, features.event_time),
        }
    )


def story_update(story: StoryState, changed_by: str, closed: bool = False) -> StoryUpdate:
    """The subscriber-facing record of a story's current state."""
    top = sorted(story.entity_counts, key=lambda e: (-story.entity_counts[e], e))[:TOP_ENTITIES_SHOWN]
    return StoryUpdate(
        story_id=story.story_id,
        desk=story.desk,
        version=story.version + closed,  # closing is a change of its own
        headline=story.headline,
        members=story.members,
        top_entities=tuple(story.entity_names.get(e, e) for e in top),
        outlets=story.outlets,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        size=len(story.members),
        changed_by=changed_by,
        closed=closed,
    )


def _best_candidate(
    features: ArticleFeatures, candidates: Iterable[StoryState], horizon: timedelta, weights: Weights
) -> tuple[StoryState | None, float]:
    """The best-scoring open candidate, if it scores enough. Every candidate is scored against its
    centroid; the best LINKED_CANDIDATES of those are then compared member by member."""
    shortlist = _shortlist(features, candidates, horizon, weights)
    scored = ((story, _blend(features, story, centroid, weights)) for centroid, story in shortlist)
    return _best_if_enough(scored, weights.join if features.is_dated else weights.join_undated)


def _shortlist(
    features: ArticleFeatures, candidates: Iterable[StoryState], horizon: timedelta, weights: Weights
) -> list[tuple[float, StoryState]]:
    """The LINKED_CANDIDATES open stories closest to the article by the cheap centroid score."""
    open_stories = [
        s for s in candidates if is_open_to(s, features.event_time, horizon) and not _is_own_parent(features, s)
    ]
    return sorted(  # fixed order: ties break the same way on every run
        ((_centroid_score(features, s, weights), s) for s in open_stories), key=lambda cs: (-cs[0], cs[1].story_id)
    )[:LINKED_CANDIDATES]


def _most_probable_story(
    features: ArticleFeatures, candidates: Iterable[StoryState], horizon: timedelta, model: SameStoryModel
) -> tuple[StoryState | None, float]:
    """The open candidate the article most probably belongs to, if probably enough. The cheap
    centroid score (with the weights calibrated for the article's embedding) keeps the best
    LINKED_CANDIDATES; each of those is then scored by the same-story probability against its
    closest recent member, with the gap to the story's span (similarity.story_probability)."""
    weights = weights_for(features.embedding_model)
    side = side_of(features)  # once per article, not once per story
    shortlist = _shortlist(features, candidates, horizon, weights)
    scored = ((story, story_probability(features, story, model, side)) for _, story in shortlist)
    return _best_if_enough(scored, model.join if features.is_dated else model.join_undated)


def _best_if_enough(scored: Iterable[tuple[StoryState, float]], threshold: float) -> tuple[StoryState | None, float]:
    """The first story of the highest score above 0, and that score; no story if under ``threshold``."""
    best: StoryState | None = None
    best_score = 0.0
    for story, score in scored:
        if score > best_score:
            best, best_score = story, score
    return (best, best_score) if best_score >= threshold else (None, best_score)


def _is_own_parent(features: ArticleFeatures, story: StoryState) -> bool:
    """An article appended under a page is by definition not that page's story, whichever of the
    two reaches the desk first (they travel on different partitions until the desk topic)."""
    if features.parent_id is not None and story.has_member(features.parent_id):
        return True
    return any(member.parent_id == features.article_id for member in story.members)


def _profile(features: ArticleFeatures) -> MemberProfile:
    return MemberProfile(
        article_id=features.article_id,
        terms=_unit_vector(dict(list(features.terms.items())[:MEMBER_TERMS_KEPT]), digits=4),
        title_terms=_unit_vector(features.title_terms, digits=4),
        entities=features.entity_weights,
        embedding=quantize(features.embedding) if features.embedding is not None else None,
        char_grams=features.char_grams,
    )


def _member(features: ArticleFeatures, late: bool, probability: float | None = None) -> StoryMember:
    return StoryMember(
        article_id=features.article_id,
        title=features.title,
        outlet=features.outlet,
        published_at=features.event_time,
        parent_id=features.parent_id,
        late=late,
        lead=features.lead,
        url=features.url,
        probability=probability,
    )


def _unit_vector(weights: dict[str, float], digits: int | None = None) -> dict[str, float]:
    ranked = sorted(weights.items(), key=_strongest_first)
    norm = math.sqrt(sum(w * w for _, w in ranked)) or 1.0
    if digits:
        return {term: round(w / norm, digits) for term, w in ranked}
    return {term: w / norm for term, w in ranked}


def _strongest_first(item: tuple[str, float]) -> tuple[float, str]:
    """Sort key of a (term, weight) pair: heavier first, then by term."""
    return -item[1], item[0]


def _cosine(a: dict[str, float], b: dict[str, float], norm_a: float = 0.0, norm_b: float = 0.0) -> float:
    """Cosine of two sparse vectors (the key intersection runs in C; most terms are not shared)."""
    dot = sum(a[t] * b[t] for t in a.keys() & b.keys())
    return dot / ((norm_a or _norm(a)) * (norm_b or _norm(b)))


def _norm(weights: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in weights.values())) or 1.0


def entity_weights(counts: dict[str, int]) -> dict[str, float]:
    """The top entities by mentions, each weighted by how much it tells stories apart."""
    top = sorted(counts, key=lambda e: (-counts[e], e))[: INDEX_ENTITIES * 2]
    return {e: round(_entity_weight(e, counts[e]), 4) for e in top}


def _entity_overlap(weights: dict[str, float], other: Container[str]) -> float:
    """Share of one side's weighted top entities that the other side also has."""
    total = sum(weights.values())
    return sum(w for e, w in weights.items() if e in other) / total if total else 0.0


def _entity_weight(entity_id: str, mentions: int) -> float:
    """Countries are in most stories of a desk; a person or a region tells stories apart."""
    kind_weight = COUNTRY_WEIGHT if _is_country(entity_id) else 1.0
    return kind_weight * math.log1p(mentions)


def _is_country(entity_id: str) -> bool:
    return entity_id.startswith("place:") and len(entity_id) == len("place:") + 2
