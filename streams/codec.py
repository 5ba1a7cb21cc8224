"""The one place where records meet bytes: orjson on the wire, pydantic for shape."""

from __future__ import annotations

from typing import TypeVar

import orjson
from pydantic import BaseModel

RecordT = TypeVar("RecordT", bound=BaseModel)


class DecodeError(ValueError):
    """The bytes are not a valid record of the expected type."""


def encode(record: BaseModel) -> bytes:
    """Serialize a record to JSON bytes.

    By the record's pydantic serializer straight to bytes, with no dict of Python objects
    between: the same bytes as ``orjson.dumps(record.model_dump(mode="json"))`` (keys in field
    order, no spaces, UTF-8 unescaped, shortest round-trip floats), which
    tests/unit/test_codec.py holds it to."""
    return type(record).__pydantic_serializer__.to_json(record)


def decode(record_type: type[RecordT], data: bytes | str) -> RecordT:
    """Parse JSON bytes into ``record_type``; raise DecodeError with a readable reason."""
    try:
        return record_type.model_validate(orjson.loads(data))
    except orjson.JSONDecodeError as exc:
        raise DecodeError(f"not JSON: {exc}") from exc
    except ValueError as exc:  # pydantic.ValidationError is a ValueError
        raise DecodeError(f"not a valid {record_type.__name__}: {_first_error(exc)}") from exc


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "record"
        return f"{where}: {first.get('msg')}"
    return str(exc)


def to_plain(record: BaseModel) -> dict[str, object]:
    """A record as JSON-ready Python objects, for Faust tables (which serialize with json)."""
    return record.model_dump(mode="json")


def from_plain(record_type: type[RecordT], data: object) -> RecordT:
    """The inverse of ``to_plain``."""
    return record_type.model_validate(data)
