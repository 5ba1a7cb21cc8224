"""The story board's listing: true counts, arrival order, search, filters, paging, HTML without
JavaScript, members as links."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from streams import board_view
from streams.board_view import Index, Query, listing, listing_json
from streams.records import StoryMember, StoryState

T0 = datetime(2018, 2, 18, 12, tzinfo=UTC)


def story(n: int, desk: str = "ar", outlet: str = "الجزيرة", members: int = 1, published: datetime | None = None,
          headline: str | None = None, entity: tuple[str, str] = ("person:dmitry-peskov", "دميتري بيسكوف")) -> StoryState:
    at = published or T0 + timedelta(hours=n)
    items = tuple(
        StoryMember(article_id=f"a{n}-{i}", title=f"خبر {n} رقم {i}", outlet=outlet, published_at=at + timedelta(minutes=i))
        for i in range(members)
    )
    return StoryState(
        story_id=f"story-a{n}-0", desk=desk, version=members, headline=headline or f"عنوان القصة {n}", members=items,
        entity_counts={entity[0]: 2}, entity_names={entity[0]: entity[1]}, term_weights={}, outlets=(outlet,),
        first_seen=items[0].published_at, last_seen=items[-1].published_at,
    )


def index_of(stories: list[StoryState], arrival: list[str] | None = None) -> Index:
    """``arrival``: article ids in the order they arrived (one desk each); default: as listed."""
    order = arrival or [m.article_id for s in stories for m in s.members]
    where = {m.article_id: s for s in stories for m in s.members}
    arrivals: list[tuple[str, int]] = []
    clocks: dict[str, int] = {}
    for article_id in order:
        desk = where[article_id].desk
        clocks[desk] = clocks.get(desk, 0) + 1
        arrivals.append((where[article_id].story_id, clocks[desk]))
    return Index.build({s.story_id: s for s in stories}, arrivals, clocks)


def test_listing__counts_every_held_story_and_pages_through_all_of_them() -> None:
    index = index_of([story(n) for n in range(923)])
    first = listing(index, Query())
    assert first.held == first.total == 923 and first.pages == 31 and len(first.stories) == 30
    seen = {s.story_id for p in range(1, 32) for s in listing(index, Query(page=p)).stories}
    assert len(seen) == 923
    assert listing(index, Query(page=99)).page == 31  # past the end: the last page
    assert "923 قصة" in board_view.status_html(first)


def test_listing__updated_is_arrival_order_not_publication_time() -> None:
    undated = story(1, published=datetime(2026, 11, 26, tzinfo=UTC))  # dated by its arrival: "today"
    backfill = [story(n, published=datetime(2018, 2, 1, tzinfo=UTC) + timedelta(days=n)) for n in range(2, 5)]
    # The undated page came first; then the 2018 backfill arrived, story 3 last of all.
    index = index_of([undated, *backfill], ["a1-0", "a2-0", "a4-0", "a3-0"])
    assert [s.story_id for s in listing(index, Query()).stories] == ["story-a3-0", "story-a4-0", "story-a2-0", "story-a1-0"]
    assert listing(index, Query(sort="published")).stories[0].story_id == "story-a1-0"


def test_listing__a_story_that_grew_moves_up() -> None:
    grown = story(1, members=2)
    index = index_of([grown, story(2)], ["a1-0", "a2-0", "a1-1"])
    assert listing(index, Query()).stories[0].story_id == "story-a1-0"
    assert listing(index, Query(sort="size")).stories[0].story_id == "story-a1-0"


def test_listing__search_over_headline_entity_outlet_and_spelling_variants() -> None:
    stories = [story(1, headline="الكرملين ينفي إجراء مفاوضات"), story(2, outlet="العربية"),
               story(3, entity=("place:ru", "روسيا")), story(4)]
    index = index_of(stories)
    found = lambda q: [s.story_id for s in listing(index, Query(q=q)).stories]
    assert found("اجراء مفاوضات") == ["story-a1-0"]  # hamza folded, words in any order
    assert found("العربية") == ["story-a2-0"]
    assert found("روسيا") == ["story-a3-0"]
    assert listing(index, Query(q="روسيا")).total == 1
    assert listing(index, Query(outlet="العربية")).total == 1
    assert listing(index, Query(entity="place:ru")).stories[0].story_id == "story-a3-0"
    assert listing(index, Query(desk="en")).total == 0


def test_query__from_url_parameters_never_fails() -> None:
    assert Query.from_params({"page": "x", "per_page": "100000", "sort": "nonsense"}) == Query(per_page=board_view.MAX_PER_PAGE)
    assert Query(q="بيسكوف", page=2).url() == "/board/?q=%D8%A8%D9%8A%D8%B3%D9%83%D9%88%D9%81&page=2"
    assert Query().url(outlet="الجزيرة", page=1) == "/board/?outlet=%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9"


def test_listing_json__the_page_and_its_counts() -> None:
    data = listing_json(listing(index_of([story(n) for n in range(5)]), Query(per_page=2, page=2)))
    assert (data["total"], data["held"], data["page"], data["pages"], len(data["stories"])) == (5, 5, 2, 3, 2)
    assert data["stories"][0]["story_id"] == "story-a2-0" and data["stories"][0]["size"] == 1
    assert data["outlets"] == [["الجزيرة", 5]]
    json.dumps(data)


def test_html__escaped_server_rendered_list_with_filters_and_pager() -> None:
    hostile = story(1, headline='<script>alert("x")</script>', outlet="<b>o</b>")
    page = listing(index_of([*(story(n) for n in range(2, 40)), hostile]), Query())  # the last to arrive: on top
    body = board_view.page_html("{{title}}|{{status}}|{{controls}}|{{content}}", "t", board_view.status_html(page),
                                board_view.controls_html(page), board_view.list_html(page))
    assert "<script>" not in body and "&lt;script&gt;" in body and "&lt;b&gt;o&lt;/b&gt;" in body
    assert body.count('class="story"') == 30 and 'rel="next"' in body and 'href="/board/?page=2"' in body
    assert 'name="q"' in body and 'name="outlet"' in body and "39 قصة" in body


def test_page_html__a_part_holding_a_marker_stays_as_it_is() -> None:
    assert board_view.page_html("{{status}}/{{content}}", "t", "{{content}}", "", "C") == "{{content}}/C"


def test_story_html__members_in_time_order_as_links_with_outlet_and_time() -> None:
    held = story(7, members=3)
    body = board_view.story_html(held)
    assert body.index("خبر 7 رقم 0") < body.index("خبر 7 رقم 1") < body.index("خبر 7 رقم 2")
    assert body.count('class="member"') == 3 and 'href="#a-a7-0"' in body and "الجزيرة" in body
    assert 'href="/board/?entity=person%3Admitry-peskov"' in body


def test_member_html__links_to_the_article_url_and_shows_its_lead() -> None:
    member = StoryMember(article_id="a1", title="عنوان", outlet="الجزيرة", published_at=T0,
                         url="https://www.aljazeera.net/news/1?a=1&b=2", lead="الفقرة <الأولى>")
    body = board_view.member_html(member)
    assert 'href="https://www.aljazeera.net/news/1?a=1&amp;b=2"' in body and 'target="_blank"' in body
    assert "www.aljazeera.net</span> ↗" in body and "الجزيرة" in body
    assert '<p class="lead" dir="auto">الفقرة &lt;الأولى&gt;</p>' in body


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "//evil.example/x", "https://", "http://[x"])
def test_member_html__only_a_web_address_becomes_a_link(url: str) -> None:
    body = board_view.member_html(StoryMember(article_id="a1", title="t", outlet=None, published_at=T0, url=url))
    assert 'href="#a-a1"' in body and "target=" not in body and "↗" not in body


def test_lead_of__the_start_of_the_body_cut_at_a_word() -> None:
    from agents.text.stories import LEAD_CHARS, lead_of

    lead = lead_of(["كلمة " * 100, "فقرة ثانية"])
    assert lead is not None and len(lead) <= LEAD_CHARS and lead.endswith("كلمة…")
    assert lead_of(["أ", " ", "ب"]) == "أ ب" and lead_of([]) is None and lead_of(["  "]) is None


def test_story_update__members_carry_lead_and_url_also_after_a_fold_from_placements() -> None:
    from agents.text.placements import placement_from_bytes, placement_to_bytes
    from agents.text.stories import ArticleFeatures, assign, story_update
    from agents.text.story_store import GroupingState, Placement

    features = ArticleFeatures(
        article_id="a1", parent_id=None, desk="ar", title="عنوان", outlet="x", event_time=T0, entity_counts={},
        entity_names={}, terms={"t": 1.0}, title_terms={"t": 1.0}, is_dated=True, lead="أ ب", url="https://x.example/1",
    )
    horizon = timedelta(days=2)
    story_state = assign(features, GroupingState(horizon), horizon).story
    assert story_state is not None
    (member,) = story_update(story_state, changed_by="a1").members
    assert (member.lead, member.url) == ("أ ب", "https://x.example/1")
    placement = Placement(features=features, story_id=story_state.story_id, position=1, watermark=None,
                          story_version=1, late=False, keys=(), counted_terms=())
    again = placement_from_bytes(placement_to_bytes(placement)).features  # the durable record keeps both
    assert (again.lead, again.url) == ("أ ب", "https://x.example/1")


@pytest.fixture()
def board_module(monkeypatch: pytest.MonkeyPatch) -> Any:
    from streams import board

    index = index_of([story(n) for n in range(3)])
    monkeypatch.setattr(board, "current_index", lambda: index)
    return board


async def test_views__board_without_slash_redirects_and_the_page_has_stories_without_javascript(board_module: Any) -> None:
    from streams.app import app

    moved = await board_module.board_redirect(app, app.web).get(SimpleNamespace(query_string="q=x"))
    assert moved.status == 301 and moved.headers["Location"] == "/board/?q=x"
    page = await board_module.board_page(app, app.web).get(SimpleNamespace(query={}))
    assert page.status == 200 and page.text.count('class="story"') == 3 and "3 قصة" in page.text
    api = await board_module.stories_api(app, app.web).get(SimpleNamespace(query={"per_page": "2"}))
    assert json.loads(api.text)["pages"] == 2
