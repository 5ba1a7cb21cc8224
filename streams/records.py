"""Every message storywire puts on a topic, as pydantic v2 models.

Internal records are frozen and forbid unknown fields; datetimes are timezone-aware UTC.
Bytes on the wire come from ``streams.codec``, never from these classes directly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("datetime must be timezone-aware")
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]

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
    """Base of internal records: immutable, strict about fields, base64 for bytes in JSON."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", ser_json_bytes="base64", val_json_bytes="base64"
    )


class RawItem(Record):
    """One page as the watcher saw it, keyed on the wire by ``item_id`` (a content hash)."""

    item_id: str
    source: str
    content_type: ContentType
    text: str
    encoding: str
    arrived_at: UtcDatetime
    title: str | None = None
    url: str | None = None
    published_hint: str | None = None
    outlet_hint: str | None = None


class Sidebar(Record):
    """A block the splitter took off the article, kept with its kind."""

    kind: SidebarKind
    text: str


class Article(Record):
    """One article: the main one of a page, or one appended under it (``parent_id`` set)."""

    article_id: str
    raw_id: str
    parent_id: str | None = None
    appended_ids: tuple[str, ...] = ()  # on a main article: the articles appended under it
    source: str
    url: str | None = None
    content_type: ContentType
    title: str
    dateline: str | None = None
    paragraphs: tuple[str, ...]
    sidebars: tuple[Sidebar, ...] = ()
    tags: tuple[str, ...] = ()
    source_lines: tuple[str, ...] = ()
    arrived_at: UtcDatetime
    published_hint: str | None = None
    outlet_hint: str | None = None
    # Filled by the normalize stage: the matching form of title and body.
    match_title: str | None = None
    match_body: str | None = None

    @property
    def is_appended(self) -> bool:
        return self.parent_id is not None


class Entity(Record):
    """A named entity with a canonical id shared by all its spellings."""

    entity_id: str
    name: str
    kind: EntityKind
    mentions: tuple[str, ...]


class Quote(Record):
    """A quotation and, where the text says so, who said it."""

    text: str
    speaker: str | None = None
    speaker_id: str | None = None


class PublicationTime(Record):
    """When the article was published, and why storywire believes so."""

    at: UtcDatetime
    # page: printed dateline; hint: the feed's own field; weekday: the page says "today is
    # Tuesday" and the arrival time fixes which Tuesday; arrival: nothing better was found.
    origin: Literal["page", "hint", "weekday", "arrival"]
    evidence: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class EnrichedArticle(Record):
    """An article with everything enrichment found in it."""

    article: Article
    language: str
    published: PublicationTime
    outlet: str | None = None
    agencies: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    keywords: tuple[str, ...] = ()
    simhash: str
    desk: str
    embedding: tuple[float, ...] | None = None  # see agents.text.embedding
    embedding_model: str | None = None

    @property
    def article_id(self) -> str:
        return self.article.article_id


class StoryMember(Record):
    """One article of a story, as subscribers see it."""

    article_id: str
    title: str
    outlet: str | None
    published_at: UtcDatetime
    parent_id: str | None = None
    late: bool = False  # arrived after its story's horizon had passed on the desk


class StoryUpdate(Record):
    """The state of a story after a change; one per change, ``version`` increasing."""

    story_id: str
    desk: str
    version: int
    headline: str
    members: tuple[StoryMember, ...]
    top_entities: tuple[str, ...]
    outlets: tuple[str, ...]
    first_seen: UtcDatetime
    last_seen: UtcDatetime
    size: int
    changed_by: str
    closed: bool = False  # the last update: the story fell out of the horizon and is no longer held


class Rejected(Record):
    """A message a stage could not process, with why, and its original bytes."""

    stage: str
    reason: str
    error_type: str
    key: str | None = None
    original: bytes
    rejected_at: UtcDatetime


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
