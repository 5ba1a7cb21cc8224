"""Every record survives encode/decode (Faust's in-memory tests would not notice if not)."""

from __future__ import annotations

import base64
import struct
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import orjson
import pytest

from streams.codec import DecodeError, decode, encode, from_plain, to_plain
from streams.records import (
    Article,
    Embedding,
    EnrichedArticle,
    Entity,
    PublicationTime,
    Quote,
    RawItem,
    Rejected,
    Sidebar,
    StoryMember,
    StoryState,
    StoryUpdate,
)

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
RAW = RawItem(item_id="abc", source="x.txt", content_type="text", text="نص «مقتبس»", encoding="utf-8", arrived_at=NOW)
ARTICLE = Article(
    article_id="a1", raw_id="abc", parent_id="p0", source="x.txt", content_type="text", title="عنوان",
    paragraphs=("فقرة",), sidebars=(Sidebar(kind="tags", text="كلمات دلالية: روسيا"),), arrived_at=NOW,
)
ENRICHED = EnrichedArticle(
    article=ARTICLE, language="ar", published=PublicationTime(at=NOW, origin="page", evidence="x", confidence=0.9),
    entities=(Entity(entity_id="org:kremlin", name="الكرملين", kind="organisation", mentions=("الكرملين",)),),
    quotes=(Quote(text="قول", speaker="بيسكوف", speaker_id="person:dmitry-peskov"),), simhash="00ff", desk="ar",
)
MEMBER = StoryMember(article_id="a1", title="عنوان", outlet=None, published_at=NOW)
UPDATE = StoryUpdate(
    story_id="s1", desk="ar", version=2, headline="عنوان", members=(MEMBER,), top_entities=("الكرملين",),
    outlets=("الأسبوع",), first_seen=NOW, last_seen=NOW, size=1, changed_by="a1",
)
REJECTED = Rejected(stage="split", reason="r", error_type="ValueError", key="k", original=b"\x00\xffbytes", rejected_at=NOW)
STATE = StoryState(
    story_id="s1", desk="ar", version=1, headline="h", members=(MEMBER,), entity_counts={"org:kremlin": 2},
    entity_names={"org:kremlin": "الكرملين"}, term_weights={"كرمل": 0.5}, outlets=(), first_seen=NOW, last_seen=NOW,
)


@pytest.mark.parametrize("record", [RAW, ARTICLE, ENRICHED, UPDATE, REJECTED, STATE], ids=lambda r: type(r).__name__)
def test_encode_decode__round_trip(record: object) -> None:
    assert decode(type(record), encode(record)) == record  # type: ignore[arg-type]


@pytest.mark.parametrize("record", [RAW, ARTICLE, ENRICHED, UPDATE, REJECTED, STATE], ids=lambda r: type(r).__name__)
def test_encode__same_bytes_as_orjson_of_the_json_dump(record: object) -> None:
    # encode once was orjson.dumps(model_dump(mode="json")); the bytes on the wire stay the same.
    assert encode(record) == orjson.dumps(record.model_dump(mode="json"))  # type: ignore[attr-defined]


def test_encode__floats_as_orjson_writes_them() -> None:
    rng = np.random.default_rng(7)
    floats = [0.0, -0.0, 1.0, 0.1, 1e-7, 1e16, 1e22, 5e-324, 1.7976931348623157e308, float("inf"), float("nan")]
    floats += [float(x) for x in rng.standard_normal(500) * 10.0 ** rng.integers(-30, 30, 500)]
    state = STATE.model_copy(update={"term_weights": {str(i): x for i, x in enumerate(floats)}})
    assert encode(state) == orjson.dumps(state.model_dump(mode="json"))


def test_to_plain_from_plain__round_trip() -> None:
    assert from_plain(StoryState, to_plain(STATE)) == STATE


def test_decode__readable_errors() -> None:
    with pytest.raises(DecodeError, match="not JSON"):
        decode(RawItem, b"\xff\xfe")
    with pytest.raises(DecodeError, match="item_id"):
        decode(RawItem, b'{"source": "x"}')


def test_records__datetimes_become_utc() -> None:
    cairo = datetime(2023, 10, 5, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    raw = RawItem(item_id="a", source="s", content_type="text", text="t", encoding="utf-8", arrived_at=cairo)
    assert raw.arrived_at == datetime(2023, 10, 5, 9, 0, tzinfo=UTC) and raw.arrived_at.tzinfo == UTC
    with pytest.raises(ValueError, match="timezone-aware"):
        RawItem(item_id="a", source="s", content_type="text", text="t", encoding="utf-8", arrived_at=datetime(2023, 1, 1))


def test_records__internal_records_forbid_unknown_fields() -> None:
    with pytest.raises(ValueError):
        Sidebar(kind="tags", text="x", extra=1)  # type: ignore[call-arg]


def test_bytes__standard_base64_on_the_wire_url_safe_still_read() -> None:
    rejected = REJECTED.model_copy(update={"original": b"\xfb\xff\xfe>?"})
    assert orjson.loads(encode(rejected))["original"] == "+//+Pj8="  # RFC 4648 section 4, not "-__-Pj8="
    written_before_v1 = orjson.dumps({**orjson.loads(encode(rejected)), "original": "-__-Pj8="})
    assert decode(Rejected, written_before_v1) == rejected
    with pytest.raises(DecodeError, match="original"):
        decode(Rejected, orjson.dumps({**orjson.loads(encode(rejected)), "original": "not base64!"}))


def test_embedding__little_endian_float32_exact() -> None:
    embedding = Embedding.of([1.0, -0.1234, 0.5], "m")
    assert orjson.loads(encode(embedding)) == {"model": "m", "dims": 3, "vector": base64.b64encode(struct.pack("<3f", 1.0, -0.1234, 0.5)).decode()}
    assert orjson.loads(encode(embedding))["vector"].startswith("AACAP")  # 1.0f little-endian: 00 00 80 3f
    assert embedding.floats() == tuple(np.asarray([1.0, -0.1234, 0.5], dtype="<f4").tolist())
    assert decode(EnrichedArticle, encode(ENRICHED.model_copy(update={"embedding": embedding}))).embedding == embedding
    with pytest.raises(DecodeError, match="4 \\* dims"):
        decode(Embedding, orjson.dumps({"model": "m", "dims": 4, "vector": orjson.loads(encode(embedding))["vector"]}))


def test_enriched__embedding_written_before_v1_still_read() -> None:
    values = [0.0123, -0.5, 1.0]
    old = {**orjson.loads(encode(ENRICHED)), "embedding": values, "embedding_model": "use-multilingual-v3"}
    embedding = decode(EnrichedArticle, orjson.dumps(old)).embedding
    assert embedding == Embedding.of(values, "use-multilingual-v3")  # as float32: what grouping always used
    assert decode(EnrichedArticle, orjson.dumps({**old, "embedding": None})).embedding is None
