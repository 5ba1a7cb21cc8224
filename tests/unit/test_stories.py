"""Story assignment on the seeds, through the same function the group agent calls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agents.text.pages import articles_from_page
from agents.text.similarity import default_model
from agents.text.stories import (
    Assignment,
    assign,
    desk_article_of,
    features_from_desk_record,
    features_of,
)
from agents.text.story_store import GroupingState
from streams.codec import DecodeError, decode, encode
from streams.records import EnrichedArticle, RawItem
from tests.conftest import enrich_and_embed

HORIZON = timedelta(hours=72)
ARRIVED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def run(seeds: dict[str, str], order: list[str]) -> dict[str, str]:
    """{page or appended article label: story id} after streaming pages in ``order``."""
    store = GroupingState(HORIZON)
    stories: dict[str, str] = {}
    for seed in order:
        raw = RawItem(item_id=f"seed-{seed}", source=seed, content_type="text", text=seeds[seed], encoding="utf-8", arrived_at=ARRIVED)
        for index, article in enumerate(articles_from_page(raw)):
            label = seed if index == 0 else f"{seed}+{index}"
            stories[label] = assign(features_of(enrich_and_embed(article)), store, HORIZON).story.story_id
    return stories


def test_assign__seed_stories(seeds: dict[str, str]) -> None:
    stories = run(seeds, ["000", "001", "002", "003", "004"])
    assert stories["000"] == stories["003"]
    assert len({stories[s] for s in ("000", "001", "002", "004")}) == 4
    appended = [label for label in stories if "+" in label]
    assert appended and all(stories[label] != stories[label.split("+")[0]] for label in appended)


def test_assign__same_order_same_ids(seeds: dict[str, str]) -> None:
    order = ["003", "001", "000", "004", "002"]
    assert run(seeds, order) == run(seeds, order)


def test_assign__redelivery_changes_nothing(seeds: dict[str, str]) -> None:
    store = GroupingState(HORIZON)
    raw = RawItem(item_id="seed-000", source="000", content_type="text", text=seeds["000"], encoding="utf-8", arrived_at=ARRIVED)
    features = features_of(enrich_and_embed(articles_from_page(raw)[0]))
    first = assign(features, store, HORIZON)
    again = assign(features, store, HORIZON)
    assert again.story == first.story and not again.changed and again.story.version == 1


def test_assign__story_id_comes_from_first_article(seeds: dict[str, str]) -> None:
    stories = run(seeds, ["003", "000"])
    assert stories["000"] == stories["003"] == "story-seed-003"


def test_a_weekday_only_date_does_not_count_as_a_page_date(seeds: dict[str, str]) -> None:
    # Seed 004 says only "اليوم ..." (today, a weekday): its date comes from the arrival time, so it
    # must not move the desk's clock and make a backfill of older news late.
    raw = RawItem(item_id="seed-004", source="004", content_type="text", text=seeds["004"], encoding="utf-8", arrived_at=ARRIVED)
    features = features_of(enrich_and_embed(articles_from_page(raw)[0]))
    assert not features.is_dated
    store = GroupingState(HORIZON)
    assign(features, store, HORIZON)
    assert store.clock(features.desk).watermark is None


def test_a_page_never_joins_the_story_of_its_own_appended_article(seeds: dict[str, str]) -> None:
    # The appended article can reach the desk first: the page must still stay out of its story
    # (seed 002's page joined the story of its appended article before this rule).
    raw = RawItem(item_id="seed-002", source="002", content_type="text", text=seeds["002"], encoding="utf-8", arrived_at=ARRIVED)
    page, appended, *_ = [features_of(enrich_and_embed(a)) for a in articles_from_page(raw)]
    store = GroupingState(HORIZON)
    child_story = assign(appended, store, HORIZON).story
    own_story = assign(page, store, HORIZON).story
    assert child_story is not None and own_story is not None
    assert own_story.story_id != child_story.story_id



def _placed(seeds: dict[str, str], order: list[str], **options: object) -> list[Assignment]:
    store = GroupingState(HORIZON)
    out = []
    for seed in order:
        raw = RawItem(item_id=f"seed-{seed}", source=seed, content_type="text", text=seeds[seed], encoding="utf-8", arrived_at=ARRIVED)
        out.append(assign(features_of(enrich_and_embed(articles_from_page(raw)[0])), store, HORIZON, **options))  # type: ignore[arg-type]
    return out


def test_assign__each_member_says_how_sure_the_join_was(seeds: dict[str, str]) -> None:
    """The first article begins its story (no probability); the next joins with its calibrated
    same-story probability against the story, which the story record carries."""
    first, second = _placed(seeds, ["000", "003"])
    story = second.story
    assert story is not None and len(story.members) == 2 and first.placement and second.placement
    by_id = {m.article_id: m.probability for m in story.members}
    assert by_id[first.placement.article_id] is None
    assert by_id[second.placement.article_id] == second.placement.probability
    assert 0.0 <= (second.placement.probability or 0.0) <= 1.0


def test_assign__with_the_model_joins_on_the_probability(seeds: dict[str, str]) -> None:
    """Given the same-story model, the probability decides: the score is the probability, and an
    article joins only at the model's threshold or above."""
    model = default_model()
    for assignment in _placed(seeds, ["000", "001", "002", "003", "004"], model=model):
        assert 0.0 <= assignment.score <= 1.0
        if not assignment.is_new_story:
            assert assignment.placement and assignment.placement.probability == round(assignment.score, 4) >= model.join


def test_a_desk_record_carries_the_features_its_article_is_grouped_by(seeds: dict[str, str]) -> None:
    raw = RawItem(item_id="seed-000", source="000", content_type="text", text=seeds["000"], encoding="utf-8", arrived_at=ARRIVED)
    for article in articles_from_page(raw):
        # as the group stage sees it: the enriched article went through its topic's bytes
        enriched = decode(EnrichedArticle, encode(enrich_and_embed(article)))
        assert features_from_desk_record(encode(desk_article_of(enriched))) == features_of(enriched)
        # a whole enriched article, as desk records were before: its features are computed
        assert features_from_desk_record(encode(enriched)) == features_of(enriched)
    with pytest.raises(DecodeError, match="DeskArticle"):
        features_from_desk_record(b'{"article_id": "a"}')
