"""Knowing when everything published has come out the other end, and printing stories."""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson

from streams.codec import decode
from streams.records import EnrichedArticle, StoryUpdate
from streams.topics import TopicNames


@dataclass
class PipelineProgress:
    """Tracks pages through to stories: done when every page's main article is enriched (or
    the page rejected), so are the articles it lists as appended, and every enriched article
    is a member of a story."""

    expected_pages: set[str]
    enriched_pages: set[str] = field(default_factory=set)
    expected_articles: set[str] = field(default_factory=set)
    rejected_keys: set[str] = field(default_factory=set)
    articles: dict[str, EnrichedArticle] = field(default_factory=dict)
    stories: dict[str, StoryUpdate] = field(default_factory=dict)

    def add(self, kind: str, key: bytes | None, value: bytes) -> None:
        if kind == "enriched":
            enriched = decode(EnrichedArticle, value)
            self.articles[enriched.article_id] = enriched
            if enriched.article.parent_id is None:
                self.enriched_pages.add(enriched.article.raw_id)
                self.expected_articles.update(enriched.article.appended_ids)
        elif kind == "stories":
            update = decode(StoryUpdate, value)
            current = self.stories.get(update.story_id)
            if current is None or update.version >= current.version:
                self.stories[update.story_id] = update
        elif kind == "rejected":
            data = orjson.loads(value)
            if data.get("key"):
                self.rejected_keys.add(data["key"])

    @property
    def grouped_articles(self) -> set[str]:
        return {m.article_id for s in self.stories.values() for m in s.members}

    @property
    def is_done(self) -> bool:
        pages_out = self.enriched_pages | self.rejected_keys
        articles = set(self.articles)
        return (
            self.expected_pages <= pages_out
            and self.expected_articles <= articles | self.rejected_keys
            and articles <= self.grouped_articles
        )

    def story_of(self, article_id: str) -> str | None:
        for story in self.stories.values():
            if any(m.article_id == article_id for m in story.members):
                return story.story_id
        return None


def render_stories(stories: dict[str, StoryUpdate]) -> str:
    """A readable table of stories, biggest first, with their member articles."""
    lines: list[str] = []
    ordered = sorted(stories.values(), key=lambda s: (-s.size, s.first_seen, s.story_id))
    for number, story in enumerate(ordered, start=1):
        outlets = "، ".join(story.outlets) or "-"
        lines.append(f"{number:>2}. {story.headline}")
        lines.append(
            f"    {story.story_id}  v{story.version}  {story.size} article(s)  outlets: {outlets}  "
            f"{story.first_seen:%Y-%m-%d %H:%M} .. {story.last_seen:%Y-%m-%d %H:%M} UTC"
        )
        if story.top_entities:
            lines.append(f"    entities: {'، '.join(story.top_entities[:6])}")
        for member in story.members:
            appended = f"  (appended under {member.parent_id[:12]})" if member.parent_id else ""
            lines.append(f"      - [{member.outlet or '?'}] {member.title}{appended}")
        lines.append("")
    return "\n".join(lines)


async def follow_until_done(bootstrap: str, names: TopicNames, expected_pages: set[str]) -> PipelineProgress:
    """Read the enriched, stories and rejected topics until every expected page is through."""
    from streams.follow import follow

    kinds = {names.enriched: "enriched", names.stories: "stories", names.rejected: "rejected"}
    progress = PipelineProgress(expected_pages=expected_pages)
    async for topic, key, value, _ts in follow(bootstrap, list(kinds)):
        progress.add(kinds[topic], key, value)
        if progress.is_done:
            break
    return progress
