"""Subscriber contracts: the checked-in JSON Schemas match the models, and tail's filters."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from streams.codec import encode
from streams.follow import matches
from streams.records import StoryMember, StoryUpdate
from streams.schemas import schema_documents

DOCS = Path(__file__).resolve().parents[2] / "docs" / "schemas"
AT = datetime(2023, 10, 4, tzinfo=UTC)


def test_checked_in_schemas_are_current() -> None:
    for name, text in schema_documents().items():
        assert (DOCS / name).read_text(encoding="utf-8") == text, f"run `storywire schema` to refresh {name}"


def test_schemas_describe_the_story_update_fields_subscribers_use() -> None:
    story = json.loads((DOCS / "news.stories.json").read_text(encoding="utf-8"))
    assert {"story_id", "version", "headline", "members", "top_entities", "outlets", "first_seen", "last_seen", "size"} <= set(story["required"])


def story(**changes: object) -> bytes:
    update = StoryUpdate(
        story_id="story-a", desk="ar", version=2, headline="h", top_entities=("ديمتري بيسكوف", "الكرملين"),
        members=(StoryMember(article_id="a", title="t", outlet="الأسبوع", published_at=AT),), outlets=("الأسبوع",),
        first_seen=AT, last_seen=AT, size=1, changed_by="a",
    )
    return encode(update.model_copy(update=changes))


def test_tail_filters_on_story_updates() -> None:
    assert matches(story(), outlet="الأسبوع") and not matches(story(), outlet="الجزيرة")
    assert matches(story(), story_id="story-a") and not matches(story(), story_id="story-b")
    assert matches(story(), entity="دميتري بيسكوف") is False  # a different spelling is another name here
    assert matches(story(), entity="ديمتري بيسكوف")
    assert not matches(story(), language="ar")  # a story has no language: the filter excludes it
    assert not matches(b"not json", outlet="x")
