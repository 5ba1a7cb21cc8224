"""Every topic storywire uses: its Kafka name, its key, and what flows on it.

    news.raw        RawItem            key: item id (content hash)   <- watcher
    news.articles   Article            key: article id               <- split
    news.normalized Article            key: article id               <- normalize
    news.enriched   EnrichedArticle    key: article id               <- enrich   (subscribe here)
    news.by-desk    EnrichedArticle    key: desk                     <- enrich   (internal: ordered per desk)
    news.stories    StoryUpdate        key: story id                 <- group    (subscribe here)
    news.rejected   Rejected           key: original key             <- any stage
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.settings import Settings

RAW = "news.raw"
ARTICLES = "news.articles"
NORMALIZED = "news.normalized"
ENRICHED = "news.enriched"
BY_DESK = "news.by-desk"
STORIES = "news.stories"
REJECTED = "news.rejected"

ALL_TOPICS = (RAW, ARTICLES, NORMALIZED, ENRICHED, BY_DESK, STORIES, REJECTED)

# Pages and stories are history: a replay months later must find them. Kafka's default
# 7-day retention counts from the record timestamp (the publication time), so a backfill
# of older news would be deleted on arrival without this.
KEEP_FOREVER = {"retention.ms": "-1"}
# Kafka refuses a record over 1 MB (its message.max.bytes) unless the topic allows more, and an
# accepted page's records carry its text: the raw record, its articles, a rejection's base64 of
# the raw record (4/3 of it); a story update lists every member (about 1 KB each). So the topics
# storywire creates, and its producers, take records up to RECORD_BYTES_PER_PAGE_BYTE times the
# page limit, and never less than MIN_MAX_RECORD_BYTES.
RECORD_BYTES_PER_PAGE_BYTE = 3
MIN_MAX_RECORD_BYTES = 32 * 1024 * 1024


def max_record_bytes(max_page_bytes: int) -> int:
    """The largest record storywire writes for pages of up to ``max_page_bytes``."""
    return max(MIN_MAX_RECORD_BYTES, RECORD_BYTES_PER_PAGE_BYTE * max_page_bytes)


def topic_config(max_page_bytes: int) -> dict[str, str]:
    """The configuration storywire creates its topics with."""
    return {**KEEP_FOREVER, "max.message.bytes": str(max_record_bytes(max_page_bytes))}


@dataclass(frozen=True)
class TopicNames:
    """The Kafka names of storywire's topics under one prefix."""

    raw: str
    articles: str
    normalized: str
    enriched: str
    by_desk: str
    stories: str
    rejected: str

    @classmethod
    def from_settings(cls, settings: Settings) -> TopicNames:
        return cls(*(settings.topic(name) for name in ALL_TOPICS))

    def all(self) -> tuple[str, ...]:
        return (self.raw, self.articles, self.normalized, self.enriched, self.by_desk, self.stories, self.rejected)

    def resolve(self, name: str) -> str:
        """A short name ("stories", "news.stories") or a full Kafka name to the Kafka name."""
        short = {n.removeprefix("news."): full for n, full in zip(ALL_TOPICS, self.all(), strict=True)}
        return short.get(name.removeprefix("news."), name)
