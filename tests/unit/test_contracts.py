"""Subscriber contracts: the checked-in JSON Schemas match the models, say what a consumer needs,
do not break a consumer of the released version; and tail's filters."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from streams.codec import encode
from streams.follow import matches
from streams.records import StoryMember, StoryUpdate
from streams.schemas import (
    SCHEMA_VERSION,
    TOPIC_CONTRACTS,
    breaking_changes,
    schema_document,
    schema_documents,
)

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "schemas"
RELEASED = ROOT / "tests" / "fixtures" / "released_schemas"
AT = datetime(2023, 10, 4, tzinfo=UTC)


def test_checked_in_schemas_are_current() -> None:
    for name, text in schema_documents().items():
        assert (DOCS / name).read_text(encoding="utf-8") == text, f"run `storywire schema` to refresh {name}"


def test_schemas_describe_the_story_update_fields_subscribers_use() -> None:
    story = json.loads((DOCS / "news.stories.json").read_text(encoding="utf-8"))
    assert {"story_id", "version", "headline", "members", "top_entities", "outlets", "first_seen", "last_seen", "size"} <= set(story["required"])
    assert story["properties"]["version"]["minimum"] == 1
    assert "grows by one" in story["properties"]["version"]["description"] or "one more" in story["properties"]["version"]["description"]
    assert "repeats" in story["properties"]["version"]["description"]
    assert "complete list" in story["properties"]["members"]["description"]
    assert "first article that arrived" in story["properties"]["story_id"]["description"]


def fields(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, schema) of every property of every object in a schema document."""
    if isinstance(node, dict):
        for name, field in node.get("properties", {}).items():
            yield f"{path}.{name}", field
        for key, value in node.items():
            yield from fields(value, f"{path}/{key}")
    elif isinstance(node, list):
        for value in node:
            yield from fields(value, path)


@pytest.mark.parametrize("topic", list(TOPIC_CONTRACTS))
def test_schema__a_valid_contract_with_every_field_described(topic: str) -> None:
    document = schema_document(topic)
    Draft202012Validator.check_schema(document)
    assert document["$id"] == f"https://storywire.dev/schemas/v{SCHEMA_VERSION}/{topic}.json"
    assert document["x-kafka-key"] and document["x-kafka-timestamp"] and document["description"]
    undescribed = [path for path, field in fields(document) if not field.get("description")]
    assert not undescribed, f"fields without a description in {topic}: {undescribed}"
    assert all("\n" not in field["description"] for _path, field in fields(document))  # one line, from the docstring
    assert "base64url" not in json.dumps(document)  # bytes say contentEncoding: base64


@pytest.mark.parametrize("topic", list(TOPIC_CONTRACTS))
def test_schema__published_topics_allow_added_fields_internal_ones_stay_strict(topic: str) -> None:
    forbids = '"additionalProperties": false' in json.dumps(schema_document(topic))
    assert forbids is not TOPIC_CONTRACTS[topic].published
    assert {t for t, c in TOPIC_CONTRACTS.items() if c.published} >= {"news.enriched", "news.stories", "news.rejected"}


def test_schema__a_record_with_a_field_added_later_still_validates() -> None:
    update = json.loads(story())
    validator = Draft202012Validator(schema_document("news.stories"))
    assert not list(validator.iter_errors({**update, "sentiment": 0.3, "members": [{**update["members"][0], "lang": "ar"}]}))
    assert list(validator.iter_errors({**update, "version": 0}))  # versions start at 1


def released(version: int = SCHEMA_VERSION) -> dict[str, dict[str, Any]]:
    folder = RELEASED / f"v{version}"
    if not folder.is_dir():
        pytest.fail(f"no released schemas for v{version}: after a major bump, run "
                    f"`storywire schema --out {folder.relative_to(ROOT)}` (docs/schemas/README.md)")
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def test_schemas__compatible_with_the_released_version() -> None:
    """A consumer written against the released schemas keeps working: no topic or field removed,
    none retyped, none newly required. docs/schemas/README.md says what to do when this fails.
    Internal topics have one reader, storywire, which reads their older records itself."""
    current = {name: json.loads(text) for name, text in schema_documents().items()}
    problems = [
        f"{name}: {problem}"
        for name, old in released().items()
        if old.get("x-storywire-published")
        for problem in (breaking_changes(old, current[name]) if name in current else ["the topic is gone"])
    ]
    assert not problems, "breaking changes against the released schemas:\n" + "\n".join(problems)


def changed(document: dict[str, Any], change: Any) -> dict[str, Any]:
    edited = copy.deepcopy(document)
    change(edited)
    return edited


STORIES = schema_document("news.stories")
ENRICHED = schema_document("news.enriched")


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["properties"].pop("headline"), "headline: removed"),
    (lambda d: d["properties"]["version"].update(type="string"), "version: can no longer be integer"),
    (lambda d: d["required"].append("closed"), "closed: newly required"),
    (lambda d: d["$defs"]["StoryMember"]["properties"].pop("late"), "members[].late: removed"),
    (lambda d: d["$defs"]["StoryMember"]["properties"]["outlet"].update(anyOf=[{"type": "string"}]), "members[].outlet: can no longer be null"),
    (lambda d: d["properties"]["first_seen"].update(format="date"), "first_seen: format 'date-time' became 'date'"),
    (lambda d: d.update(additionalProperties=False), "the record: now forbids fields"),
])
def test_breaking_changes__found(change: Any, expected: str) -> None:
    problems = breaking_changes(STORIES, changed(STORIES, change))
    assert any(p.startswith(expected) for p in problems), problems


def test_breaking_changes__nested_records_and_enums() -> None:
    widened = changed(ENRICHED, lambda d: d["$defs"]["Entity"]["properties"]["kind"]["enum"].append("event"))
    assert breaking_changes(ENRICHED, widened) == [
        "entities[].kind: enum ['person', 'organisation', 'place'] became ['person', 'organisation', 'place', 'event']"
    ]
    retyped = changed(ENRICHED, lambda d: d["$defs"]["Embedding"]["properties"]["dims"].update(type="number"))
    assert breaking_changes(ENRICHED, retyped) == ["embedding.dims: can no longer be integer (now number)", "embedding.dims: can now be number (was integer)"]


@pytest.mark.parametrize("change", [
    lambda d: d["properties"].update(sentiment={"type": "number", "description": "new"}),  # an optional field added
    lambda d: d["properties"]["headline"].update(description="reworded", title="Headline!"),
])
def test_breaking_changes__compatible_changes_pass(change: Any) -> None:
    assert breaking_changes(STORIES, changed(STORIES, change)) == []


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
