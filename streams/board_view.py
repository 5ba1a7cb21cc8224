"""The story board's content: which held stories a query shows, in which order, a page at a time,
as JSON and as HTML rendered on the server. No Faust here: ``streams/board.py`` wires it to the
worker's web server and its grouping state.

Orders: ``updated`` (default) puts the stories that changed last first, in arrival order: a
story's last change is the arrival position of its latest article on its desk, so an undated page
dated by its arrival time does not sit on top, and a backfill of old news shows as it comes in.
Across desks, "last" is how many articles ago on its own desk. ``published`` orders by the latest
member's publication time (what the board did before), ``size`` by member count, ``first_seen``
by the earliest publication time.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from agents.text.normalization import matching_form
from agents.text.stories import TOP_ENTITIES_SHOWN, story_update
from streams.codec import to_plain
from streams.records import StoryMember, StoryState

BASE = "/board/"
SORTS = ("updated", "published", "size", "first_seen")
SORT_LABELS = {"updated": "آخر تحديث", "published": "أحدث خبر", "size": "الحجم", "first_seen": "أول ظهور"}
PER_PAGE = 30  # a screen or two of stories
MAX_PER_PAGE = 200  # one API page; a consumer wanting everything pages, or subscribes to news.stories
OUTLETS_LISTED = 60  # the outlet filter's choices: those with the most stories
MEMBERS_PREVIEWED = 3  # member titles under a story in the list


@dataclass(frozen=True)
class Query:
    """What the reader asked for; every field is also a URL parameter (``q``, ``outlet``...)."""

    q: str = ""
    outlet: str = ""
    desk: str = ""
    entity: str = ""
    sort: str = "updated"
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> Query:
        """From URL parameters; a value out of range falls back to its default, never an error."""
        sort = params.get("sort", "updated")
        return cls(
            q=params.get("q", "").strip(),
            outlet=params.get("outlet", "").strip(),
            desk=params.get("desk", "").strip(),
            entity=params.get("entity", "").strip(),
            sort=sort if sort in SORTS else "updated",
            page=max(1, _int(params.get("page"), 1)),
            per_page=min(MAX_PER_PAGE, max(1, _int(params.get("per_page"), PER_PAGE))),
        )

    def url(self, **changes: Any) -> str:
        """The board's URL for this query with ``changes``, default values left out."""
        query = replace(self, **changes)
        defaults = Query()
        params = {k: v for k, v in vars(query).items() if v != getattr(defaults, k)}
        return BASE + (f"?{urlencode(params)}" if params else "")

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or self.outlet or self.desk or self.entity)


@dataclass
class Index:
    """What every query over one state of the held stories needs, computed once for it: the
    stories in each order, their search text, the outlet and desk counts. Rebuilt when the state
    moves (``signature``): after each article, not after each request."""

    signature: tuple[Any, ...]
    stories: dict[str, StoryState]
    last_change: dict[str, tuple[int, int]]  # story id -> (articles ago on its desk, position)
    outlets: list[tuple[str, int]]
    desks: list[tuple[str, int]]
    _orders: dict[str, list[StoryState]] = field(default_factory=dict)
    _text: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, stories: Mapping[str, StoryState], arrivals: Iterable[tuple[str, int]], clocks: Mapping[str, int],
              signature: tuple[Any, ...] = (), previous: Index | None = None) -> Index:
        """``arrivals``: (story id, arrival position on its desk) of every article held;
        ``clocks``: desk -> the position of its latest article. The search text of a story that
        has not changed since ``previous`` is taken from it."""
        latest: dict[str, int] = {}
        for story_id, position in arrivals:
            if position > latest.get(story_id, -1):
                latest[story_id] = position
        last_change = {
            story_id: (clocks.get(story.desk, 0) - latest.get(story_id, -1), latest.get(story_id, -1))
            for story_id, story in stories.items()
        }
        outlets = Counter(o for s in stories.values() for o in s.outlets if o)  # a story lists an outlet once
        desks = Counter(s.desk for s in stories.values())
        index = cls(signature, dict(stories), last_change, _most_first(outlets)[:OUTLETS_LISTED], _most_first(desks))
        if previous is not None:
            index._text = {
                story_id: text for story_id, text in previous._text.items()
                if story_id in stories and stories[story_id].version == previous.stories[story_id].version
            }
        return index

    def ordered(self, sort: str) -> list[StoryState]:
        if sort not in self._orders:
            stories = self.stories.values()
            keys = {
                "updated": lambda s: (self.last_change[s.story_id][0], -s.last_seen.timestamp(), s.story_id),
                "published": lambda s: (-s.last_seen.timestamp(), s.story_id),
                "size": lambda s: (-len(s.members), self.last_change[s.story_id][0], s.story_id),
                "first_seen": lambda s: (-s.first_seen.timestamp(), s.story_id),
            }
            self._orders[sort] = sorted(stories, key=keys[sort])
        return self._orders[sort]

    def entity_ids(self, entity: str) -> frozenset[str]:
        """The ids an entity filter means: the id itself, and every id held under that name
        (any spelling that folds to the same matching form)."""
        wanted = _folded(entity)
        return frozenset(
            {entity} | {i for s in self.stories.values() for i, name in s.entity_names.items() if _folded(name) == wanted}
        )

    def text(self, story: StoryState) -> str:
        """What the search looks in, in matching form: headline, entities, outlets, member titles."""
        if story.story_id not in self._text:
            words = [story.headline, *story.entity_names.values(), *story.outlets, *(m.title for m in story.members)]
            self._text[story.story_id] = matching_form(" ".join(w for w in words if w))
        return self._text[story.story_id]


@dataclass(frozen=True)
class Listing:
    """One page of a query's stories, with the true counts."""

    query: Query
    stories: list[StoryState]
    total: int  # stories matching the query
    held: int  # stories the worker holds
    pages: int
    outlets: list[tuple[str, int]]
    desks: list[tuple[str, int]]

    @property
    def page(self) -> int:
        return min(self.query.page, self.pages)


def listing(index: Index, query: Query) -> Listing:
    """The page ``query`` asks for (the last one when it asks past the end)."""
    ordered = index.ordered(query.sort)
    if query.is_filtered:
        words = matching_form(query.q).split()
        entities = index.entity_ids(query.entity) if query.entity else frozenset()
        matching = [s for s in ordered if _matches(index, s, query, words, entities)]
    else:
        matching = ordered
    pages = max(1, math.ceil(len(matching) / query.per_page))
    page = min(query.page, pages)
    start = (page - 1) * query.per_page
    return Listing(query, matching[start:start + query.per_page], len(matching), len(index.stories), pages, index.outlets, index.desks)


def _matches(index: Index, story: StoryState, query: Query, words: list[str], entities: frozenset[str]) -> bool:
    if query.desk and story.desk != query.desk:
        return False
    if query.outlet and query.outlet not in story.outlets:
        return False
    if query.entity and entities.isdisjoint(story.entity_counts):
        return False
    if not words:
        return True
    text = index.text(story)
    return all(word in text for word in words)


# JSON


def story_json(story: StoryState) -> dict[str, Any]:
    """A story as subscribers see it on news.stories (a StoryUpdate, plain JSON)."""
    return to_plain(story_update(story, changed_by=""))


def listing_json(page: Listing) -> dict[str, Any]:
    return {
        "stories": [story_json(s) for s in page.stories],
        "total": page.total,
        "held": page.held,
        "page": page.page,
        "pages": page.pages,
        "per_page": page.query.per_page,
        "sort": page.query.sort,
        "sorts": list(SORTS),
        "outlets": [[name, count] for name, count in page.outlets],
        "desks": [[name, count] for name, count in page.desks],
    }


# HTML: every text from a page is escaped; the page works without JavaScript, which only enhances.


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def when(at: datetime) -> str:
    return f'<span class="ltr">{at:%Y-%m-%d %H:%M} UTC</span>'


def story_url(story_id: str) -> str:
    return f"{BASE}story/{quote(story_id, safe='')}/"


def status_html(page: Listing) -> str:
    shown = f"{page.total} من {page.held} قصة" if page.query.is_filtered else f"{page.held} قصة"
    span = f"{(page.page - 1) * page.query.per_page + 1}–{(page.page - 1) * page.query.per_page + len(page.stories)}"
    return f'<span id="count">{e(shown)}</span> · تعرض <span class="ltr">{span if page.stories else 0}</span> · مرتبة حسب {e(SORT_LABELS[page.query.sort])}'


def controls_html(page: Listing) -> str:
    """The search and filter form: a plain GET form, so it works without JavaScript."""
    query = page.query
    outlets = "".join(
        f'<option value="{e(name)}"{" selected" if name == query.outlet else ""}>{e(name)} ({count})</option>'
        for name, count in page.outlets
    )
    if query.outlet and query.outlet not in dict(page.outlets):
        outlets += f'<option value="{e(query.outlet)}" selected>{e(query.outlet)}</option>'
    desks = "".join(
        f'<option value="{e(name)}"{" selected" if name == query.desk else ""}>{e(name)} ({count})</option>'
        for name, count in page.desks
    )
    sorts = "".join(
        f'<option value="{s}"{" selected" if s == query.sort else ""}>{e(SORT_LABELS[s])}</option>' for s in SORTS
    )
    entity = f'<input type="hidden" name="entity" value="{e(query.entity)}">' if query.entity else ""
    return (
        f'<form id="filters" method="get" action="{BASE}" role="search">'
        f'<input type="search" name="q" value="{e(query.q)}" placeholder="بحث في العناوين والأسماء والمصادر" dir="auto">'
        f'<select name="outlet" aria-label="المصدر"><option value="">كل المصادر</option>{outlets}</select>'
        f'<select name="desk" aria-label="اللغة"><option value="">كل اللغات</option>{desks}</select>'
        f'<select name="sort" aria-label="الترتيب">{sorts}</select>{entity}'
        f'<button type="submit">عرض</button>'
        f'{f"""<a class="reset" href="{BASE}">مسح</a>""" if query.is_filtered else ""}'
        "</form>"
    )


def list_html(page: Listing) -> str:
    if not page.stories:
        empty = "لا قصة تطابق البحث" if page.query.is_filtered else "لا قصص بعد: تظهر هنا حين تصل الأخبار"
        return f'<p class="empty">{e(empty)}</p>'
    return "".join(_story_card(story) for story in page.stories) + pager_html(page)


def _story_card(story: StoryState) -> str:
    update = story_update(story, changed_by="")
    outlets = "، ".join(update.outlets) or "—"
    preview = "".join(
        f'<li dir="auto">{e(m.title)} <span class="outlet">— {e(m.outlet or "?")}</span></li>'
        for m in story.members[-MEMBERS_PREVIEWED:][::-1]
    )
    return (
        f'<article class="story" data-story-id="{e(story.story_id)}">'
        f'<a class="headline" href="{story_url(story.story_id)}" dir="auto">{e(story.headline)}</a>'
        f'<div class="meta">{update.size} مقال · {e(outlets)} · آخر خبر {when(update.last_seen)} · v{update.version}</div>'
        f'<div class="entities" dir="auto">{e("، ".join(update.top_entities))}</div>'
        f'<ul class="preview">{preview}</ul>'
        "</article>"
    )


def pager_html(page: Listing) -> str:
    if page.pages <= 1:
        return ""
    links = []
    if page.page > 1:
        links.append(f'<a rel="prev" data-page="{page.page - 1}" href="{e(page.query.url(page=page.page - 1))}">→ السابق</a>')
    links.append(f'<span class="ltr">{page.page} / {page.pages}</span>')
    if page.page < page.pages:
        links.append(f'<a rel="next" data-page="{page.page + 1}" href="{e(page.query.url(page=page.page + 1))}">التالي ←</a>')
    return f'<nav class="pager">{" ".join(links)}</nav>'


def story_html(story: StoryState) -> str:
    """A story's page: headline, its span, outlets, entities, then every member in time order."""
    update = story_update(story, changed_by="")
    entities = "".join(
        f'<a class="entity" href="{e(Query().url(entity=entity_id))}" dir="auto">{e(story.entity_names.get(entity_id, entity_id))}</a>'
        for entity_id in _top_entity_ids(story)
    )
    outlets = "".join(f'<a class="outlet" href="{e(Query().url(outlet=o))}">{e(o)}</a>' for o in update.outlets)
    members = "".join(member_html(m) for m in update.members)
    return (
        f'<article class="story" data-story-id="{e(story.story_id)}">'
        f'<a class="back" href="{BASE}">→ كل القصص</a>'
        f'<h2 class="headline" dir="auto">{e(story.headline)}</h2>'
        f'<div class="meta">{update.size} مقال · {when(update.first_seen)} … {when(update.last_seen)} · v{update.version}</div>'
        f'<div class="outlets">{outlets or "—"}</div>'
        f'<div class="entities">{entities}</div>'
        f'<ol class="members">{members}</ol>'
        "</article>"
    )


def member_html(member: StoryMember) -> str:
    """One member: its title (a link to its source when the page had a web URL, else to its own
    place on this page), its outlet, time and source, then its lead."""
    url = source_url(member.url)
    anchor = f"a-{member.article_id}"
    link = (
        f'<a class="title" href="{e(url)}" rel="noopener noreferrer" target="_blank" dir="auto">{e(member.title)}</a>'
        if url else f'<a class="title" href="#{e(anchor)}" dir="auto">{e(member.title)}</a>'
    )
    source = (
        f' · <a class="source" href="{e(url)}" rel="noopener noreferrer" target="_blank">'
        f'<span class="ltr">{e(urlsplit(url).hostname or url)}</span> ↗</a>' if url else ""
    )
    flags = (' <span class="late">(متأخر)</span>' if member.late else "") + (
        ' <span class="appended">(ملحق بمقال آخر)</span>' if member.parent_id else ""
    )
    return (
        f'<li class="member" id="{e(anchor)}">{link}'
        f'<div class="meta">{e(member.outlet or "مصدر غير معروف")} · {when(member.published_at)}{source}{flags}</div>'
        f'{f"""<p class="lead" dir="auto">{e(member.lead)}</p>""" if member.lead else ""}'
        "</li>"
    )


def source_url(url: str | None) -> str | None:
    """A member's URL if it is a web address (http or https): a page's record may say anything,
    and a ``javascript:`` link must not reach a reader's click."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.hostname else None


def page_html(template: str, title: str, status: str, controls: str, content: str) -> str:
    """The board's HTML page with its parts filled in (in one pass: a part that holds a marker's
    text, say a search for "{{content}}", stays as it is)."""
    parts = {"title": e(title), "status": status, "controls": controls, "content": content}
    return re.sub(r"\{\{(title|status|controls|content)\}\}", lambda m: parts[m.group(1)], template)


def _top_entity_ids(story: StoryState) -> list[str]:
    return sorted(story.entity_counts, key=lambda k: (-story.entity_counts[k], k))[:TOP_ENTITIES_SHOWN]


@lru_cache(maxsize=65_536)
def _folded(name: str) -> str:
    """An entity name's matching form; names repeat across stories, each folded once."""
    return matching_form(name)


def _most_first(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
