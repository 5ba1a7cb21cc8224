"""Group stage: assign each article of a desk to a story, in event order, and publish it."""

from __future__ import annotations

from datetime import timedelta

from agents.text.stories import assign, features_of, story_update
from streams.app import app, by_desk_topic, rejected_topic, settings, stories_topic
from streams.codec import decode, encode
from streams.logs import log
from streams.records import EnrichedArticle
from streams.stage import Output, run_stage
from streams.tables import TableStoryStore

HORIZON = timedelta(seconds=settings.story_horizon_seconds)
store = TableStoryStore(HORIZON)


def group_message(key: bytes | None, value: bytes) -> list[Output]:
    enriched = decode(EnrichedArticle, value)
    assignment = assign(features_of(enriched), store, HORIZON)
    # Re-delivered articles re-send the story's current version: the first send may have
    # been lost in the crash that caused the re-delivery; consumers upsert on (id, version).
    update = story_update(assignment.story, changed_by=enriched.article_id)
    log.info("story.assigned", article_id=enriched.article_id, story_id=update.story_id, version=update.version,
             new=assignment.is_new_story, late=assignment.late, score=round(assignment.score, 3), closed=len(assignment.expired))
    outputs = [Output(stories_topic, update.story_id.encode(), encode(update), enriched.published.at)]
    for story in assignment.expired:  # a last update, so subscribers can close the story too
        closed = story_update(story, changed_by=enriched.article_id, closed=True)
        outputs.append(Output(stories_topic, closed.story_id.encode(), encode(closed), story.last_seen))
    return outputs


@app.agent(by_desk_topic)
async def group_into_stories(stream):  # type: ignore[no-untyped-def]
    await run_stage(stream, "group", group_message, rejected_topic)
