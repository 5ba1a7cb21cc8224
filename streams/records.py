"""Every message storywire puts on a topic, as pydantic v2 models.

Internal records are frozen and forbid unknown fields; datetimes are timezone-aware UTC.
Bytes on the wire come from ``streams.codec``, never from these classes directly. Each field's
docstring is its description in the JSON Schemas of docs/schemas/ (``storywire schema``), the
subscribers' contract: write it for them.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("datetime must be timezone-aware")
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


def _from_base64(value: object) -> object:
    """Text is base64: the standard alphabet, and the URL-safe one records written before schema
    v1 used (pydantic's ``ser_json_bytes="base64"``), so old records on a topic still decode."""
    if isinstance(value, str):
        return base64.b64decode(value, altchars=b"-_", validate=True)
    return value


def _to_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


# Bytes in JSON: standard base64 (RFC 4648 section 4, padded), said so in the schema with the
# standard ``contentEncoding``; pydantic's own base64 option writes the URL-safe alphabet.
Base64Bytes = Annotated[
    bytes,
    BeforeValidator(_from_base64),
    PlainSerializer(_to_base64, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "contentEncoding": "base64"}),
]

ContentType = Literal["text", "html"]
SidebarKind = Literal[
    "read_also",
    "related_list",
    "tags",
    "source_credit",
    "appended_article",
    "embedded_post",
    "caption",
    "widget",
    "ui_text",
    "duplicated_headline",
    "other",
]
EntityKind = Literal["person", "organisation", "place"]


class Record(BaseModel):
    """Base of internal records: immutable, strict about fields; bytes fields are ``Base64Bytes``."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class RawItem(Record):
    """One page as the watcher saw it."""

    item_id: str
    """Content hash of the page: the first 32 hex digits of the SHA-256 of its text (NFC, trimmed),
    so the same page gives the same id from any file or encoding. Also the record's key."""
    source: str
    """Where the page came from: a file path, "stdin", or a JSON Lines record's own "id" (else
    "file:line")."""
    content_type: ContentType
    """"html" for an HTML page (by file suffix, record field or a leading <html>), else "text"."""
    text: str
    """The page's text, decoded (an input record's title is prepended when its text lacks it)."""
    encoding: str
    """The character encoding the page's bytes were decoded from (detected when not UTF-8)."""
    arrived_at: UtcDatetime
    """When the watcher read the page (UTC); the record's Kafka timestamp."""
    title: str | None = None
    """The title an input record gave, if any."""
    url: str | None = None
    """The URL an input record gave, if any."""
    published_hint: str | None = None
    """An input record's own publication time field, as written there (parsed later)."""
    outlet_hint: str | None = None
    """An input record's outlet or site name, as written there."""


class Sidebar(Record):
    """A block the splitter took off the article, kept with its kind."""

    kind: SidebarKind
    """What the block is: a read-also list, tags, a source credit, a caption, a widget..."""
    text: str
    """The block's text."""


class Article(Record):
    """One article: the main one of a page, or one appended under it (``parent_id`` set)."""

    article_id: str
    """The article's id: for a page's main article its page's ``item_id``; for an appended article
    32 hex digits of a hash of its own text (the same piece under two pages is one article)."""
    raw_id: str
    """``item_id`` of the page the article came from."""
    parent_id: str | None = None
    """For an article appended under a page's main article: that article's id; else null."""
    appended_ids: tuple[str, ...] = ()
    """On a main article: the ids of the articles appended under it (each also on the topic)."""
    source: str
    """The page's ``source`` (see news.raw)."""
    url: str | None = None
    """The page's URL when known (main articles only)."""
    content_type: ContentType
    """The page's content type."""
    title: str
    """The article's title, as printed; when ``title_from_body``, its first sentence instead."""
    title_from_body: bool = False
    """True when the page printed no headline for the article: ``title`` is then the first
    sentence of its body, cut to a headline's length (ending in "…" when cut), not a headline."""
    dateline: str | None = None
    """The dateline line the page printed for the article (place and date), if any."""
    paragraphs: tuple[str, ...]
    """The article's body paragraphs, in order, sidebars removed."""
    sidebars: tuple[Sidebar, ...] = ()
    """Blocks removed from the body, with their kinds."""
    tags: tuple[str, ...] = ()
    """Tag lines found on the page ("كلمات دلالية: ..."), as printed."""
    source_lines: tuple[str, ...] = ()
    """Source and credit lines found on the page ("المصدر: ..."), as printed."""
    arrived_at: UtcDatetime
    """When the page arrived (its ``arrived_at``)."""
    published_hint: str | None = None
    """Publication time the page's record or HTML metadata gave, as written (main articles only)."""
    outlet_hint: str | None = None
    """Outlet the page's record or HTML metadata gave, as written (main articles only)."""
    match_title: str | None = None
    """The title in matching form (letter variants folded, no diacritics), for matching only; set
    from news.normalized on."""
    match_body: str | None = None
    """The paragraphs in matching form; set from news.normalized on."""

    @property
    def is_appended(self) -> bool:
        return self.parent_id is not None


class Entity(Record):
    """A named entity with a canonical id shared by all its spellings."""

    entity_id: str
    """Canonical id, "<kind>:<slug>" (e.g. "person:dmitry-peskov", "place:ru"): the same for every
    spelling and transliteration of the name."""
    name: str
    """The entity's display name."""
    kind: EntityKind
    """person, organisation or place."""
    mentions: tuple[str, ...]
    """The distinct spellings the article used for it, in order of first appearance."""


class Quote(Record):
    """A quotation and, where the text says so, who said it."""

    text: str
    """The quoted words."""
    speaker: str | None = None
    """Who the text says spoke them, as named there; null when it does not say."""
    speaker_id: str | None = None
    """The speaker's canonical entity id when the speaker is a known entity."""


class PublicationTime(Record):
    """When the article was published, and why storywire believes so."""

    at: UtcDatetime
    """The publication time (UTC); the article's event time and its Kafka timestamp."""
    origin: Literal["page", "hint", "weekday", "arrival"]
    """Where ``at`` comes from. page: a dateline printed by the page; hint: the feed's own field;
    weekday: the page says "today is Tuesday" and the arrival time fixes which Tuesday; arrival:
    nothing better was found, ``at`` is the arrival time."""
    evidence: str | None = None
    """The text the time was read from, when it came from the page or the hint."""
    confidence: float = Field(ge=0.0, le=1.0)
    """How sure the time is, 0 to 1 (a printed dateline with a time 0.95, arrival 0.2)."""


class Embedding(Record):
    """A dense vector of the article's title and lead, compact: base64 of little-endian float32."""

    model: str
    """The model that made it (e.g. "use-multilingual-v3"); vectors of different models do not compare."""
    dims: int = Field(ge=1)
    """Number of components (512 for use-multilingual-v3)."""
    vector: Base64Bytes
    """The components as ``dims`` IEEE 754 float32 values, little-endian, base64 (standard
    alphabet, padded): 4 * ``dims`` bytes. L2-normalised, each component rounded to 4 decimals
    before conversion. Python: ``numpy.frombuffer(base64.b64decode(v), "<f4")``."""

    @model_validator(mode="after")
    def _has_dims_values(self) -> Embedding:
        if len(self.vector) != 4 * self.dims:
            raise ValueError(f"vector holds {len(self.vector)} bytes, not 4 * dims = {4 * self.dims}")
        return self

    @classmethod
    def of(cls, values: Sequence[float], model: str) -> Embedding:
        """The record of a vector (each value converted to float32)."""
        return cls(model=model, dims=len(values), vector=struct.pack(f"<{len(values)}f", *values))

    def floats(self) -> tuple[float, ...]:
        """The vector's components (float32 values, exactly)."""
        return struct.unpack(f"<{self.dims}f", self.vector)


class EnrichedArticle(Record):
    """An article with everything enrichment found in it."""

    article: Article
    """The article, as normalized."""
    language: str
    """ISO 639-1 code of the article's language ("und" without text)."""
    published: PublicationTime
    """When the article was published, with where that comes from and how sure it is."""
    outlet: str | None = None
    """The outlet that published the article (from its credit line or the page's metadata), if known."""
    agencies: tuple[str, ...] = ()
    """Canonical ids of the news agencies credited (e.g. "org:reuters")."""
    tags: tuple[str, ...] = ()
    """The page's tags, one per name, deduplicated on their matching form."""
    entities: tuple[Entity, ...] = ()
    """Named entities of title and body, each once with its spellings, most mentioned first."""
    quotes: tuple[Quote, ...] = ()
    """Quotations, with their speakers where the text names them."""
    keywords: tuple[str, ...] = ()
    """Up to 12 of the most frequent content words, most frequent first."""
    simhash: str
    """64-bit SimHash of the body as 16 hex digits: near-identical texts differ in few bits."""
    desk: str
    """The desk that groups the article into stories: its language, or that language's
    macrolanguage for a variety ("ary", "arz": "ar"); the key on news.by-desk."""
    embedding: Embedding | None = None
    """Dense vector of title and lead. Always on news.by-desk; null on news.enriched when the
    worker runs with STORYWIRE_PUBLISH_EMBEDDING=false."""

    @model_validator(mode="before")
    @classmethod
    def _embedding_written_before_v1(cls, data: Any) -> Any:
        """Records written before schema v1 (still on a topic, or in flight during an upgrade)
        carried the embedding as a list of floats with ``embedding_model`` beside it."""
        if isinstance(data, dict) and "embedding_model" in data:
            data = dict(data)
            model = data.pop("embedding_model")
            if isinstance(data.get("embedding"), list) and model:
                data["embedding"] = Embedding.of(data["embedding"], model)
        return data

    @property
    def article_id(self) -> str:
        return self.article.article_id


class DeskArticle(Record):
    """What the group stage needs of an enriched article (news.by-desk, internal): its grouping
    features, computed with the rest of the per-article work in the worker's children, so the
    stage that must run in order only places articles."""

    article_id: str
    """The article's id, as on news.enriched."""
    parent_id: str | None = None
    """The page's main article when this one was appended under it."""
    desk: str
    """The desk that groups the article (the record's key)."""
    title: str
    """The article's headline."""
    outlet: str | None = None
    """The outlet that published it, if known."""
    event_time: UtcDatetime
    """published.at of news.enriched: the time the grouping orders and expires by."""
    dated: bool
    """True when event_time was read from the page or its hint, false when it is the arrival time."""
    entity_counts: dict[str, int]
    """Mentions of each canonical entity id."""
    entity_names: dict[str, str]
    """The display name of each entity id."""
    terms: dict[str, float]
    """Stemmed content words of headline and body start, tf-idf-like, unit length."""
    title_terms: dict[str, float]
    """The same of the headline alone."""
    embedding: Embedding | None = None
    """Dense vector of title and lead, as on news.enriched."""
    lead: str | None = None
    """The start of the body, as a story's member shows it."""
    url: str | None = None
    """The article's URL, when the page had one."""
    char_grams: str | None = None
    """Hashed char 3-5-gram vector of the matching form (heaviest buckets as uint16 then their
    float16 weights, base64)."""


class StoryMember(Record):
    """One article of a story, as subscribers see it."""

    article_id: str
    """The article's id (its key on news.enriched)."""
    title: str
    """The article's title."""
    outlet: str | None
    """The article's outlet, if known."""
    published_at: UtcDatetime
    """The article's publication time (its ``published.at``)."""
    parent_id: str | None = None
    """For an article appended under another page's article: that article's id."""
    late: bool = False
    """True when the article arrived after the horizon had passed for it: its publication time
    was already older than its desk's latest page date minus the story horizon (a backfilled or
    delayed report, not live news). It is grouped like any other."""
    lead: str | None = None
    """The start of the article's body: its first paragraphs, at most 300 characters (cut at a
    word and ending in "…" when cut); null when the article has no body."""
    url: str | None = None
    """The page's URL when its input record gave one (main articles only), else null."""
    probability: float | None = None
    """How sure the grouping was that the article tells this story: the calibrated same-story
    probability it joined with (0-1, against the story's closest recent member); null for the
    article that began the story."""


class StoryUpdate(Record):
    """The complete state of a story after a change: one record per change."""

    story_id: str
    """The story's id, never changed: "story-" followed by the id of the first article that
    arrived in it (the first the group stage placed in it, in its desk's order), which is not
    necessarily its earliest published member. Also the record's key."""
    desk: str
    """The desk of the story's articles (today a language code); a story never spans desks."""
    version: int = Field(ge=1)
    """1 when the story is created, then one more with each change: a new member, or closing.
    A re-sent update (a re-delivered article after a worker restart) repeats a version already
    sent, with the same story; only ``changed_by`` may differ. Upsert on (story_id, version) and
    ignore versions older than the one held."""
    headline: str
    """The title of the earliest published member."""
    members: tuple[StoryMember, ...]
    """Every member of the story, not only the new one: the complete list in every update, ordered
    by publication time, then article id. Replace the list held, never merge."""
    top_entities: tuple[str, ...]
    """Names of up to 8 entities the members mention most, most mentioned first."""
    outlets: tuple[str, ...]
    """The members' distinct outlets, in the order they joined."""
    first_seen: UtcDatetime
    """The earliest publication time of a member."""
    last_seen: UtcDatetime
    """The latest publication time of a member; the record's Kafka timestamp. It never decreases
    from one version to the next."""
    size: int = Field(ge=1)
    """The number of members."""
    changed_by: str
    """The article whose processing sent this update: the one that joined, or, on a closing update,
    the one after which the desk closed the story."""
    closed: bool = False
    """True on the story's last update: storywire no longer holds the story, as its desk's news has
    moved on (its latest member is older than the desk's latest page date by more than twice the
    story horizon, or it began too many of the desk's articles ago). Its version is the previous
    one plus one, the rest unchanged. A later article on the subject starts a new story, with a new
    id."""


class Rejected(Record):
    """A message a stage could not process, with why, and its original bytes."""

    stage: str
    """The stage that rejected it: watch, split, normalize, enrich or group."""
    reason: str
    """Why, readable: the error type and message (at most 500 characters)."""
    error_type: str
    """The error's type name (e.g. "DecodeError", "InputError", "EmptyPageError")."""
    key: str | None = None
    """The key of the message rejected (for the watcher: the input's source), if it had one."""
    original: Base64Bytes
    """The message's bytes as the stage received them (the watcher keeps the first 64 KiB of an
    input), base64 with the standard alphabet."""
    rejected_at: UtcDatetime
    """When the stage rejected it (UTC)."""


def utc_now() -> datetime:
    """Wall-clock time in UTC (only the watcher and the reject path may ask for it)."""
    return datetime.now(UTC)


class MemberProfile(Record):
    """What matching keeps of one recent member: its strongest terms, title terms, entities and
    its embedding quantized to int8 (base64), so an article can be linked to its closest member."""

    article_id: str
    terms: dict[str, float]
    title_terms: dict[str, float]
    entities: dict[str, float]  # top entities with their weights
    embedding: str | None = None
    char_grams: str | None = None  # hashed char-gram vector (agents/text/similarity.py char_profile)


class StoryState(Record):
    """A story as the grouping table holds it: members plus what matching needs."""

    story_id: str
    desk: str
    version: int
    headline: str
    members: tuple[StoryMember, ...]
    entity_counts: dict[str, int]
    entity_names: dict[str, str]
    term_weights: dict[str, float]
    term_norm: float = 0.0  # length of term_weights, kept so scoring need not recompute it
    embedding_sum: str | None = None  # sum of member embeddings, float32 base64: the centroid's direction
    recent: tuple[MemberProfile, ...] = ()  # the latest members, for nearest-member linking
    outlets: tuple[str, ...]
    first_seen: UtcDatetime
    last_seen: UtcDatetime

    def has_member(self, article_id: str) -> bool:
        return any(m.article_id == article_id for m in self.members)
