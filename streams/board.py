"""The story board and the metrics endpoint, served by the worker's web server (Faust views).

    /board/                        the page: every held story, newest change first, a page at a time,
                                   with search (q), filters (outlet, desk, entity) and sort; rendered
                                   on the server, updated in place by its JavaScript (Arabic, RTL)
    /board/story/{id}/             one story's page: its members in time order, outlets, entities
    /board/api/stories/            JSON: the same query parameters, one page of stories with the counts
    /board/api/stories/{id}/       JSON: one story with its members (as on news.stories)
    /board                         redirects to /board/
    /metrics                       Prometheus text exposition

Bound to STORYWIRE_WEB_BIND (127.0.0.1 unless configured). A worker serves the stories of the
desks (partitions) it owns; with one desk per language one worker shows each desk whole. What is
listed, and how, is streams/board_view.py.
"""

from __future__ import annotations

import time
from importlib import resources
from typing import Any

from streams.app import app
from streams.board_view import (
    BASE,
    Index,
    Query,
    controls_html,
    list_html,
    listing,
    listing_json,
    page_html,
    status_html,
    story_html,
    story_json,
)
from streams.metrics import CONTENT_TYPE, exposition, source_topics
from streams.tables import grouping

BOARD_HTML = (resources.files("streams") / "web" / "board.html").read_text(encoding="utf-8")
# A board needs no fresher view than its 1.5 s poll: the index of the held stories is rebuilt at
# most once a second, however many readers poll, and not at all while nothing changes (with
# 20,000 stories a rebuild takes ~0.1 s of the worker's event loop).
INDEX_MAX_AGE_S = 1.0
_index: Index | None = None
_index_built_at = 0.0


def current_index() -> Index:
    """The index of the stories held now: rebuilt when the grouping state moved on (another
    state, folded after a rebalance, or another article on a desk) and the last one is older than
    INDEX_MAX_AGE_S."""
    global _index, _index_built_at
    state = grouping.state()
    clocks = {desk: clock.position for desk, clock in state.clocks.items()}
    signature = (id(state), len(state.stories), tuple(sorted(clocks.items())))
    moved = _index is None or _index.signature != signature
    if moved and (_index is None or _index.signature[0] != id(state) or time.monotonic() - _index_built_at >= INDEX_MAX_AGE_S):
        arrivals = ((held.story_id, held.position) for held in state.held.values())
        _index = Index.build(state.stories, arrivals, clocks, signature, previous=_index)
        _index_built_at = time.monotonic()
    assert _index is not None
    return _index


def _query(request: Any) -> Query:
    return Query.from_params(request.query)


@app.page("/board")
async def board_redirect(web, request):  # type: ignore[no-untyped-def]
    query = getattr(request, "query_string", "")
    return web.text("", status=301, headers={"Location": BASE + (f"?{query}" if query else "")})


@app.page("/board/")
async def board_page(web, request):  # type: ignore[no-untyped-def]
    page = listing(current_index(), _query(request))
    return web.html(page_html(BOARD_HTML, "storywire · القصص", status_html(page), controls_html(page), list_html(page)))


@app.page("/board/story/{story_id}/")
async def story_page(web, request, story_id: str):  # type: ignore[no-untyped-def]
    story = grouping.state().story(story_id)
    if story is None:
        content = '<p class="empty">هذه القصة لم تعد على هذا العامل (أُغلقت أو على عامل آخر). <a href="/board/">كل القصص</a></p>'
        return web.html(page_html(BOARD_HTML, "storywire", story_id, "", content), status=404)
    return web.html(page_html(BOARD_HTML, f"storywire · {story.headline}", story_id, "", story_html(story)))


@app.page("/board/api/stories/")
async def stories_api(web, request):  # type: ignore[no-untyped-def]
    return web.json(listing_json(listing(current_index(), _query(request))))


@app.page("/board/api/stories/{story_id}/")
async def story_api(web, request, story_id: str):  # type: ignore[no-untyped-def]
    story = grouping.state().story(story_id)
    if story is None:
        return web.json({"error": f"no story {story_id} on this worker"}, status=404)
    return web.json(story_json(story))


@app.page("/metrics")
async def metrics(web, request):  # type: ignore[no-untyped-def]
    body = await exposition(app.consumer, source_topics(app), grouping.state().open_story_count())
    # In the header: aiohttp refuses a content_type argument that carries a charset.
    return web.bytes(body, headers={"Content-Type": CONTENT_TYPE})
