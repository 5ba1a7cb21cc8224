"""Knowing when everything published has come out the other end, and printing stories."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson

from streams.codec import decode
from streams.records import EnrichedArticle, StoryUpdate
from streams.topics import TopicNames


@dataclass
class PipelineProgress:
    """Tracks pages through to stories: done when every page's main article is enriched (or
    the page rejected), so are the articles it lists as appended, and every enriched article
    is a member of a story. Kept incrementally: a 30k-page backfill checks it per record."""

    expected_pages: set[str]
    rejected_keys: set[str] = field(default_factory=set)
    rejections: dict[str, str] = field(default_factory=dict)  # key -> "stage: reason", for reports
    articles: dict[str, EnrichedArticle] = field(default_factory=dict)
    stories: dict[str, StoryUpdate] = field(default_factory=dict)
    pending_pages: set[str] = field(init=False)
    pending_articles: set[str] = field(default_factory=set)  # appended articles announced, not out yet
    ungrouped: set[str] = field(default_factory=set)  # enriched, in no story yet
    grouped: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.pending_pages = set(self.expected_pages)

    def add(self, kind: str, key: bytes | None, value: bytes) -> None:
        if kind == "enriched":
            self._enriched(decode(EnrichedArticle, value))
        elif kind == "stories":
            self._story(decode(StoryUpdate, value))
        elif kind == "rejected":
            rejected = orjson.loads(value)
            rejected_key = rejected.get("key")
            if rejected_key:
                self.rejected_keys.add(rejected_key)
                self.rejections[rejected_key] = f"{rejected.get('stage')}: {rejected.get('reason')}"
                self.pending_pages.discard(rejected_key)
                self.pending_articles.discard(rejected_key)

    def _enriched(self, enriched: EnrichedArticle) -> None:
        self.articles[enriched.article_id] = enriched
        self.pending_articles.discard(enriched.article_id)
        if enriched.article_id not in self.grouped:
            self.ungrouped.add(enriched.article_id)
        if enriched.article.parent_id is None:
            self.pending_pages.discard(enriched.article.raw_id)
            announced = set(enriched.article.appended_ids) - set(self.articles) - self.rejected_keys
            self.pending_articles.update(announced)

    def _story(self, update: StoryUpdate) -> None:
        current = self.stories.get(update.story_id)
        if current is None or update.version >= current.version:
            self.stories[update.story_id] = update
        for member in update.members:
            self.grouped.add(member.article_id)
            self.ungrouped.discard(member.article_id)

    @property
    def pages_done(self) -> int:
        return len(self.expected_pages) - len(self.pending_pages)

    @property
    def is_done(self) -> bool:
        return not self.pending_pages and not self.pending_articles and not self.ungrouped

    def story_of(self, article_id: str) -> str | None:
        for story in self.stories.values():
            if any(m.article_id == article_id for m in story.members):
                return story.story_id
        return None


class ProgressReport:
    """Says what a run is doing as it happens, one line per event: each article enriched, each
    story formed or grown, each page rejected, with the seconds since ``started``. Call it with
    the progress after each record (``follow_until_done``'s ``on_record``)."""

    def __init__(self, echo: Callable[[str], None], started: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.echo = echo
        self.clock = clock
        self.started = clock() if started is None else started
        self._articles: set[str] = set()
        self._sizes: dict[str, int] = {}
        self._rejected: set[str] = set()
        self._done = False
        self._ready = False

    def say(self, line: str) -> None:
        self.echo(f"[{self.clock() - self.started:5.1f}s] {line}")

    def ready(self) -> None:
        """Say, once, that the worker is consuming (when its group is stable, or at its first
        output, whichever is seen first)."""
        if not self._ready:
            self._ready = True
            self.say("worker ready: consuming")

    def __call__(self, progress: PipelineProgress) -> None:
        if progress.articles or progress.stories:
            self.ready()
        for article_id, enriched in progress.articles.items():
            if article_id not in self._articles:
                self._articles.add(article_id)
                appended = ", appended to another article" if enriched.article.parent_id else ""
                self.say(f"enriched: {_short(enriched.article.title)} ({enriched.language}, "
                         f"{enriched.outlet or 'outlet unknown'}, {enriched.published.at:%Y-%m-%d}{appended})")
        for story_id, story in progress.stories.items():
            size = self._sizes.get(story_id)
            if size is None or story.size > size:
                self._sizes[story_id] = story.size
                what = "story formed" if size is None else f"story grew to {story.size} articles"
                self.say(f"{what}: {_short(story.headline)}")
        for key in progress.rejected_keys - self._rejected:
            self._rejected.add(key)
            self.say(f"rejected {key[:40]}: {progress.rejections.get(key, '?')}")
        if progress.is_done and progress.expected_pages and not self._done:
            self._done = True
            self.say(f"all {len(progress.expected_pages)} page(s) through: {len(progress.articles)} article(s), "
                     f"{len(progress.stories)} story(ies)")


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


async def follow_until_done(
    bootstrap: str,
    names: TopicNames,
    expected_pages: set[str],
    on_record: Callable[[PipelineProgress], None] | None = None,
) -> PipelineProgress:
    """Read the enriched, stories and rejected topics until every expected page is through."""
    from streams.follow import follow

    kinds = {names.enriched: "enriched", names.stories: "stories", names.rejected: "rejected"}
    progress = PipelineProgress(expected_pages=expected_pages)
    if progress.is_done:
        return progress
    async for topic, key, value, _ts in follow(bootstrap, list(kinds)):
        progress.add(kinds[topic], key, value)
        if on_record is not None:
            on_record(progress)
        if progress.is_done:
            break
    return progress
