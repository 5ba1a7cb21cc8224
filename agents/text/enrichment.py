"""Everything enrichment adds to an article, as one pure function of the article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agents.text.dates import last_weekday_on_or_before, publication_time, weekday_of_today
from agents.text.entities import entities_from, find_mentions, find_quotes
from agents.text.fingerprints import simhash_of
from agents.text.language import desk_of, detect_language
from agents.text.normalization import matching_form
from agents.text.terms import folded_words, keywords_of, words
from streams.records import Article, EnrichedArticle, PublicationTime

# Confidence of a publication time by where it came from: a dateline printed by the page is
# near-certain about the day; a feed's own field is as good; arrival time is a guess.
CONFIDENCE_DATELINE = 0.9
CONFIDENCE_DATELINE_WITH_TIME = 0.95
CONFIDENCE_ARRIVAL = 0.2
CONFIDENCE_WEEKDAY = 0.3

AGENCY_IDS = frozenset(
    {"org:reuters", "org:afp", "org:tass", "org:anadolu", "org:associated-press", "org:bloomberg"}
)
_CREDIT_CUES = re.compile(r"(المصدر|مصدر الخبر|الوسوم|كلمات دلالية|Source|Tags)\s*:?\s*", re.IGNORECASE)
_TAG_CUE = re.compile(r"^\W*(?:كلمات دلالية|الكلمات المفتاحية|الوسوم|وسوم|tags|topics|keywords)\s*:?\s*", re.IGNORECASE)


def enrich(article: Article) -> EnrichedArticle:
    """Language, publication time, outlet, agencies, tags, entities, quotes, keywords, SimHash."""
    texts = (article.title, *article.paragraphs)
    mentions = find_mentions(texts)
    credits = parse_credit_lines(article.source_lines)
    tags = parse_tags(article.tags, extra=credits.tags)
    body = "\n".join(texts)
    language = detect_language(body)
    every_word, body_words = _article_words(article, body)
    agencies = _agencies(mentions_in_credits=find_mentions(credits.sources), captions=_captions(article), body=mentions)
    return EnrichedArticle(
        article=article,
        language=language,
        published=_publication(article),
        outlet=_outlet(credits.sources, article.outlet_hint),
        agencies=agencies,
        tags=tags,
        entities=entities_from(mentions),
        quotes=find_quotes(texts, mentions),
        keywords=keywords_of(every_word),
        simhash=simhash_of(body_words),
        desk=desk_of(language),
    )


def _article_words(article: Article, body: str) -> tuple[list[str], list[str]]:
    """(Tokens of title and body, for keywords; tokens of the body, for SimHash.)

    From the matching forms the normalize stage made rather than folding the text twice more:
    the tokens of the folded "title\nbody" are those of the folded title, then of the folded
    body (folding works character by character and a newline joins no tokens)."""
    body_words = folded_words(article.match_body) if article.match_body else None
    if article.match_title is not None and article.match_body is not None:
        every_word = folded_words(article.match_title) + (body_words or [])
    else:
        every_word = words(body)
    return every_word, every_word if body_words is None else body_words


@dataclass(frozen=True)
class Credits:
    """What "المصدر" / "الوسوم" lines say, split apart even when glued ("روسياالمصدر: كويت نيوز")."""

    sources: tuple[str, ...]
    tags: tuple[str, ...]


def parse_credit_lines(lines: tuple[str, ...]) -> Credits:
    sources: list[str] = []
    tags: list[str] = []
    for line in lines:
        parts = _CREDIT_CUES.split(line)
        for cue, value in zip(parts[1::2], parts[2::2], strict=True):
            value = value.strip(" :-،,")
            if not value:
                continue
            if cue.lower() in ("الوسوم", "كلمات دلالية", "tags"):
                tags.append(value)
            else:
                sources.append(value)
    return Credits(tuple(sources), tuple(tags))


def parse_tags(tag_lines: tuple[str, ...], extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Tags from "كلمات دلالية:" lines: multi-word names kept whole ("الولايات المتحدة"),
    the rest word by word, deduplicated on the matching form ("إقلیم" = "اقليم")."""
    seen: set[str] = set()
    tags: list[str] = []
    for line in (*tag_lines, *extra):
        body = _TAG_CUE.sub("", line)
        for tag in _segment_tags(body):
            key = matching_form(tag)
            if key and key not in seen:
                seen.add(key)
                tags.append(tag)
    return tuple(tags)


def _segment_tags(body: str) -> list[str]:
    if re.search(r"[,،;|#]", body):
        return [t.strip(" #") for t in re.split(r"[,،;|#]", body) if t.strip(" #")]
    mentions = find_mentions([body])
    pieces: list[str] = []
    cursor = 0
    for mention in mentions:
        if mention.start < cursor:
            continue
        pieces.extend(body[cursor : mention.start].split())
        pieces.append(mention.surface)
        cursor = mention.start + len(mention.surface)
    pieces.extend(body[cursor:].split())
    return pieces


def _publication(article: Article) -> PublicationTime:
    found = publication_time(article.dateline, article.published_hint)
    lead = " ".join(article.paragraphs[:2])
    weekday = weekday_of_today(lead)
    if found is None and weekday is not None:
        # "اليوم الثلاثاء" and no date: the last Tuesday before it reached us, a weak guess.
        at = last_weekday_on_or_before(article.arrived_at, weekday)
        return PublicationTime(at=at, origin="weekday", evidence=f"اليوم ({weekday})", confidence=CONFIDENCE_WEEKDAY)
    if found is None:
        return PublicationTime(at=article.arrived_at, origin="arrival", evidence=None, confidence=CONFIDENCE_ARRIVAL)
    origin: Literal["page", "hint"] = "page" if article.dateline and found.evidence else "hint"
    confidence = CONFIDENCE_DATELINE_WITH_TIME if found.has_time else CONFIDENCE_DATELINE
    if weekday is not None and weekday == found.at.weekday():
        confidence = max(confidence, CONFIDENCE_DATELINE_WITH_TIME)  # "اليوم الأربعاء" agrees
    return PublicationTime(at=found.at, origin=origin, evidence=found.evidence, confidence=confidence)


def _outlet(sources: tuple[str, ...], hint: str | None) -> str | None:
    """The first credited source that is not a news agency ("المصدر: الأسبوع"), else the hint."""
    for source in sources:
        if not any(m.entity_id in AGENCY_IDS for m in find_mentions([source])):
            return source
    return hint


def _captions(article: Article) -> list[str]:
    return [s.text for s in article.sidebars if s.kind in ("caption", "source_credit")]


def _agencies(mentions_in_credits: list, captions: list[str], body: list) -> tuple[str, ...]:  # type: ignore[type-arg]
    """Agencies credited in source lines, captions ("/رويترز") or the body ("وكالة بلومبرج")."""
    names: dict[str, str] = {}
    for mention in (*mentions_in_credits, *find_mentions(captions), *body):
        if mention.entity_id in AGENCY_IDS:
            names.setdefault(mention.entity_id, mention.name)
    return tuple(names.values())
