"""What the demo says while it runs: articles enriched, stories formed and grown, pages rejected."""

from __future__ import annotations

from datetime import UTC, datetime

from streams.progress import PipelineProgress, ProgressReport
from streams.records import Article, EnrichedArticle, PublicationTime, StoryMember, StoryUpdate

AT = datetime(2025, 3, 12, tzinfo=UTC)


def enriched(article_id: str, title: str, outlet: str | None = "صدى المتوسط") -> EnrichedArticle:
    article = Article(article_id=article_id, raw_id=article_id, source="x.txt", content_type="text", title=title,
                      paragraphs=("نص",), arrived_at=AT)
    return EnrichedArticle(article=article, language="ar", published=PublicationTime(at=AT, origin="page", confidence=1.0),
                           outlet=outlet, simhash="0" * 16, desk="ar")


def story(story_id: str, headline: str, *article_ids: str) -> StoryUpdate:
    members = tuple(StoryMember(article_id=a, title=headline, outlet=None, published_at=AT) for a in article_ids)
    return StoryUpdate(story_id=story_id, desk="ar", version=len(members), headline=headline, members=members,
                       top_entities=(), outlets=(), first_seen=AT, last_seen=AT, size=len(members), changed_by=article_ids[-1])


def test_progress_report__one_line_per_event_once_each() -> None:
    lines: list[str] = []
    now = [100.0]
    report = ProgressReport(lines.append, clock=lambda: now[0])
    progress = PipelineProgress(expected_pages={"p1", "p2", "p3"})
    report.say("published 3 page(s)")

    now[0] = 105.5
    progress.articles["p1"] = enriched("p1", "نيقوسيا تستضيف جولة محادثات")
    report(progress)
    progress.stories["s1"] = story("s1", "نيقوسيا تستضيف جولة محادثات", "p1")
    report(progress)
    report(progress)  # nothing new: nothing said
    progress.articles["p2"] = enriched("p2", "مبعوث نرويجي", outlet=None)
    progress.stories["s1"] = story("s1", "نيقوسيا تستضيف جولة محادثات", "p1", "p2")
    progress.rejected_keys.add("p3")
    progress.rejections["p3"] = "split: EmptyPageError: no article text"
    progress.pending_pages = set()
    progress.ungrouped = set()
    report(progress)
    report(progress)

    assert lines == [
        "[  0.0s] published 3 page(s)",
        "[  5.5s] worker ready: consuming",
        "[  5.5s] enriched: نيقوسيا تستضيف جولة محادثات (ar, صدى المتوسط, 2025-03-12)",
        "[  5.5s] story formed: نيقوسيا تستضيف جولة محادثات",
        "[  5.5s] enriched: مبعوث نرويجي (ar, outlet unknown, 2025-03-12)",
        "[  5.5s] story grew to 2 articles: نيقوسيا تستضيف جولة محادثات",
        "[  5.5s] rejected p3: split: EmptyPageError: no article text",
        "[  5.5s] all 3 page(s) through: 2 article(s), 1 story(ies)",
    ]
