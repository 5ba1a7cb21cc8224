"""1,000 generated bad inputs through the pure pipeline: each one is processed or rejected with a
clear reason, and the count in equals processed + duplicates + rejected."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agents.text.enrichment import enrich
from agents.text.pages import articles_from_page, normalize_article
from streams.codec import decode, encode
from streams.records import EnrichedArticle, RawItem
from streams.settings import Settings
from streams.watch import Rejection, items_from_path
from tests.bad_inputs import BadInput, generate

ARRIVED = datetime(2026, 11, 22, tzinfo=UTC)
CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n\t"} | {"\u202e", "\u202d", "\u202a", "\u202b", "\u2066", "\u2067", "\u2068", "\u2069"}


def pipeline(value: bytes) -> list[EnrichedArticle]:
    """What the split, normalize and enrich agents do to one raw-topic value."""
    raw = decode(RawItem, value)
    return [enrich(normalize_article(article)) for article in articles_from_page(raw)]


def outcome(item: BadInput, tmp_path: Path, max_bytes: int) -> list[tuple[str, str, object]]:
    """[(outcome, id, detail)]: ("processed", item id, articles), ("rejected", source, reason)."""
    if item.kind == "raw":
        values = [(item.name, item.data)]
    else:
        path = tmp_path / item.name
        path.write_bytes(item.data)
        values = []
        for produced in items_from_path(path, max_bytes, ARRIVED):
            if isinstance(produced, Rejection):
                return [("rejected", item.name, produced.reason)]
            values.append((produced.item_id, encode(produced)))
    results: list[tuple[str, str, object]] = []
    for item_id, value in values:
        try:
            results.append(("processed", item_id, pipeline(value)))
        except Exception as exc:  # noqa: BLE001 - the worker turns any exception into a rejection
            results.append(("rejected", item_id, f"{type(exc).__name__}: {exc}"))
    return results or [("rejected", item.name, "no record in the file")]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[BadInput, str, str, object]]:
    tmp_path = tmp_path_factory.mktemp("bad")
    max_bytes = Settings().max_page_bytes
    return [(item, kind, ident, detail) for item in generate() for kind, ident, detail in outcome(item, tmp_path, max_bytes)]


def test_at_least_a_thousand_inputs_all_accounted_for(outcomes: list[tuple[BadInput, str, str, object]]) -> None:
    inputs = {item.name for item, *_ in outcomes}
    assert len(inputs) >= 1000
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    for _item, kind, ident, _detail in outcomes:
        if kind == "processed" and ident in seen:
            counts["duplicate"] += 1  # same content hash: split drops it, its articles are downstream
        else:
            counts[kind] += 1
        seen.add(ident)
    assert sum(counts.values()) == len(outcomes) >= len(inputs)
    assert counts["processed"] > 250 and counts["rejected"] > 250 and counts["duplicate"] > 0


def test_every_rejection_says_why(outcomes: list[tuple[BadInput, str, str, object]]) -> None:
    for item, kind, _ident, reason in outcomes:
        if kind == "rejected":
            assert isinstance(reason, str) and len(reason) >= 10, (item.category, reason)


@pytest.mark.parametrize("category", ["empty", "whitespace", "huge-page", "json-missing-fields", "raw-not-json", "raw-wrong-record", "script-style-only"])
def test_inputs_without_an_article_are_rejected(outcomes: list[tuple[BadInput, str, str, object]], category: str) -> None:
    assert {kind for item, kind, *_ in outcomes if item.category == category} == {"rejected"}


@pytest.mark.parametrize("category", ["cp1256", "iso-8859-6", "null-bytes", "bidi-controls", "nested-html", "duplicate-id", "byte-flipped-seed"])
def test_recoverable_inputs_are_processed_cleanly(outcomes: list[tuple[BadInput, str, str, object]], category: str) -> None:
    results = [(kind, detail) for item, kind, _ident, detail in outcomes if item.category == category]
    assert all(kind == "processed" for kind, _ in results), [d for k, d in results if k != "processed"][:3]
    for _kind, articles in results:
        for enriched in articles:  # type: ignore[union-attr]
            text = enriched.article.title + "".join(enriched.article.paragraphs)
            assert any("\u0621" <= c <= "\u064a" for c in text)  # Arabic came through the decoding
            assert not CONTROL & set(text)  # no NULs or bidi overrides reach subscribers
