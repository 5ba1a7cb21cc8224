"""Group stage: assign each article of a desk to a story, in event order, and publish it.

The article's placement is its one durable record, written before anything is published: a
crash before it re-delivers an article that was never placed, a crash after it re-delivers one
that was, which sends its story and the stories it closed again (consumers upsert on id and
version)."""

from __future__ import annotations

from datetime import timedelta

from agents.text.stories import Assignment, assign, features_from_desk_record, story_update
from streams.app import app, by_desk_topic, rejected_topic, settings, stories_topic
from streams.codec import encode
from streams.crash_points import crash_point
from streams.logs import log
from streams.records import StoryState
from streams.stage import Output, run_stage
from streams.tables import grouping

HORIZON = timedelta(seconds=settings.story_horizon_seconds)


def group_message(key: bytes | None, value: bytes) -> list[Output]:
    features = features_from_desk_record(value)
    try:
        assignment = assign(features, grouping.state(), HORIZON)
        if assignment.placement is not None:
            grouping.persist(assignment.placement)
            crash_point("group.placed")
        else:
            grouping.persist_again(features.desk, features.article_id)
    except Exception:
        grouping.discard()  # the folded state may hold half of this article: fold it again
        raise
    _log(features.article_id, assignment)
    return story_outputs(assignment, changed_by=features.article_id)


def story_outputs(assignment: Assignment, changed_by: str) -> list[Output]:
    """The article's story as it is now, then a last update of each story it closed."""
    outputs = [] if assignment.story is None else [_update(assignment.story, changed_by, closed=False)]
    outputs.extend(_update(story, changed_by, closed=True) for story in assignment.expired)
    return outputs


def _update(story: StoryState, changed_by: str, closed: bool) -> Output:
    # A story's last_seen never decreases, so neither do its updates' timestamps.
    update = story_update(story, changed_by=changed_by, closed=closed)
    return Output(stories_topic, update.story_id.encode(), encode(update), story.last_seen)


def _log(article_id: str, assignment: Assignment) -> None:
    story = assignment.story
    log.info("story.assigned", article_id=article_id, story_id=story.story_id if story else None,
             version=story.version if story else None, new=assignment.is_new_story, late=assignment.late,
             score=round(assignment.score, 3), closed=len(assignment.expired), redelivered=assignment.placement is None)


@app.agent(by_desk_topic)
async def group_into_stories(stream):  # type: ignore[no-untyped-def]
    await run_stage(stream, "group", group_message, rejected_topic)
