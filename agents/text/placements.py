"""A placement as the bytes of its one durable record (the group stage's changelog)."""

from __future__ import annotations

import base64
from datetime import datetime

import numpy as np
import orjson

from agents.text.stories import ArticleFeatures, counted_terms, index_keys
from agents.text.story_store import Placement


def placement_to_bytes(placement: Placement) -> bytes:
    features = placement.features
    return orjson.dumps({
        "story": placement.story_id,
        "position": placement.position,
        "watermark": placement.watermark.isoformat() if placement.watermark else None,
        "version": placement.story_version,
        "late": placement.late,
        "article": features.article_id,
        "parent": features.parent_id,
        "desk": features.desk,
        "title": features.title,
        "outlet": features.outlet,
        "at": features.event_time.isoformat(),
        "dated": features.is_dated,
        "entities": features.entity_counts,
        "names": features.entity_names,
        "terms": features.terms,
        "title_terms": features.title_terms,
        "embedding": _float32_base64(features.embedding),
        "lead": features.lead,
        "url": features.url,
        "char": features.char_grams,
        "probability": placement.probability,
    })


def placement_from_bytes(data: bytes) -> Placement:
    record = orjson.loads(data)
    features = ArticleFeatures(
        article_id=record["article"],
        parent_id=record["parent"],
        desk=record["desk"],
        title=record["title"],
        outlet=record["outlet"],
        event_time=datetime.fromisoformat(record["at"]),
        entity_counts=record["entities"],
        entity_names=record["names"],
        terms=record["terms"],
        title_terms=record["title_terms"],
        is_dated=record["dated"],
        embedding=_from_float32_base64(record["embedding"]),
        lead=record.get("lead"),  # absent from placements written before leads were kept
        url=record.get("url"),
        char_grams=record.get("char"),  # absent from placements written before char grams
    )
    return Placement(
        features=features,
        story_id=record["story"],
        position=record["position"],
        watermark=datetime.fromisoformat(record["watermark"]) if record["watermark"] else None,
        story_version=record["version"],
        late=record["late"],
        keys=index_keys(features),
        counted_terms=counted_terms(features),
        probability=record.get("probability"),  # absent from placements written before it was kept
    )


def _float32_base64(vector: tuple[float, ...] | None) -> str | None:
    """float32 as base64: a placement keeps the embedding as exactly as grouping uses it."""
    if vector is None:
        return None
    return base64.b64encode(np.asarray(vector, dtype=np.float32).tobytes()).decode("ascii")


def _from_float32_base64(encoded: str | None) -> tuple[float, ...] | None:
    if encoded is None:
        return None
    return tuple(np.frombuffer(base64.b64decode(encoded), dtype=np.float32).tolist())
