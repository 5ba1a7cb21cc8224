"""The story board and the metrics endpoint, served by the worker's web server (Faust views).

    /board/                        the page: live stories, a page per story (Arabic, right to left)
    /board/api/stories/            JSON: the most recently active stories this worker holds
    /board/api/stories/{id}/       JSON: one story with its members
    /metrics                       Prometheus text exposition

Bound to STORYWIRE_WEB_BIND (127.0.0.1 unless configured). A worker serves the stories of the
desks (partitions) it owns; with one desk per language one worker shows each desk whole.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from agents.text.stories import story_update
from streams.app import app
from streams.codec import to_plain
from streams.metrics import CONTENT_TYPE, exposition, source_topics
from streams.records import StoryState
from streams.tables import grouping

BOARD_HTML = (resources.files("streams") / "web" / "board.html").read_text(encoding="utf-8")
STORIES_LISTED = 100


def latest_stories(stories: list[StoryState], limit: int = STORIES_LISTED) -> list[dict[str, Any]]:
    """The ``limit`` stories last active in event time, as subscribers see them (plain JSON)."""
    newest = sorted(stories, key=lambda s: (s.last_seen, s.story_id), reverse=True)[:limit]
    return [to_plain(story_update(story, changed_by="")) for story in newest]


@app.page("/board/")
async def board_page(web, request):  # type: ignore[no-untyped-def]
    return web.html(BOARD_HTML)


@app.page("/board/api/stories/")
async def stories_api(web, request):  # type: ignore[no-untyped-def]
    return web.json({"stories": latest_stories(list(grouping.state().stories.values()))})


@app.page("/board/api/stories/{story_id}/")
async def story_api(web, request, story_id: str):  # type: ignore[no-untyped-def]
    story = grouping.state().story(story_id)
    if story is None:
        return web.json({"error": f"no story {story_id} on this worker"}, status=404)
    return web.json(to_plain(story_update(story, changed_by="")))


@app.page("/metrics")
async def metrics(web, request):  # type: ignore[no-untyped-def]
    body = await exposition(app.consumer, source_topics(app), grouping.state().open_story_count())
    # In the header: aiohttp refuses a content_type argument that carries a charset.
    return web.bytes(body, headers={"Content-Type": CONTENT_TYPE})
