"""The watcher: publishes every new or changed page to the raw topic, keyed by content hash.

Reads .txt/.text, .html/.htm, and .json, .jsonl, .ndjson, .jsonl.gz, .json.gz (one article per
object, text in "text", "content" or "body"); other files are skipped, and ``survey`` says which. Pages are decoded here, once: BOM first, then strict UTF-8, then
charset detection, so Windows-1256 and ISO-8859-6 pages arrive as the text they hold.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import sys
import unicodedata
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from streams.codec import encode
from streams.logs import log
from streams.records import ContentType, RawItem, Rejected, utc_now
from streams.security import with_security

PAGE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson", ".jsonl.gz", ".json.gz")
TEXT_FIELDS = ("text", "content", "body", "article", "html")
TITLE_FIELDS = ("title", "headline")
TIME_FIELDS = ("published", "published_at", "date", "datetime", "time", "pubdate")
OUTLET_FIELDS = ("outlet", "source", "site", "sitename", "site_name")
URL_FIELDS = ("url", "link")
REJECT_SAMPLE_BYTES = 65_536  # enough of an oversized page to see what it was


class InputError(ValueError):
    """An input the watcher cannot turn into a raw item, with why."""


@dataclass(frozen=True)
class Rejection:
    """An input that never became a raw item: where it came from and why."""

    source: str
    reason: str
    sample: bytes

    def record(self) -> Rejected:
        return Rejected(
            stage="watch",
            reason=self.reason,
            error_type="InputError",
            key=self.source,
            original=self.sample[:REJECT_SAMPLE_BYTES],
            rejected_at=utc_now(),
        )


def item_id_of(text: str, title: str | None = None) -> str:
    """Content hash: the same page gives the same id, whatever file or encoding it came in."""
    canonical = unicodedata.normalize("NFC", f"{title or ''}\n{text}").strip().replace("\r\n", "\n")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def decode_page(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a page's bytes: BOM, else strict UTF-8, else detected."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _utf8_damage(data) <= REPAIRABLE_UTF8_DAMAGE:  # UTF-8 with a few broken bytes: drop them
        return data.decode("utf-8", errors="replace").replace("\ufffd", ""), "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("undecodable bytes: not UTF-8 and no text encoding detected")
    return str(best), best.encoding


def content_type_of(path_suffix: str, text: str) -> ContentType:
    kind = PAGE_SUFFIXES.get(path_suffix.lower())
    if kind == "html" or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


BINARY_NUL_SHARE = 0.01  # text pages may carry a stray NUL; binary files are full of them


def _looks_binary(data: bytes) -> bool:
    """NULs that are not UTF-16, and either many of them or no valid UTF-8 around them."""
    head = data[:4096]
    if b"\x00" not in head or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if head.count(0) / len(head) > BINARY_NUL_SHARE:
        return True
    return _utf8_damage(data.replace(b"\x00", b"")) > REPAIRABLE_UTF8_DAMAGE


REPAIRABLE_UTF8_DAMAGE = 0.02  # share of undecodable characters a UTF-8 page may lose


def _utf8_damage(data: bytes) -> float:
    """Share of characters that do not decode as UTF-8 (0 for valid UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") / max(len(text), 1)


def page_item(data: bytes, source: str, suffix: str, arrived_at: datetime) -> RawItem:
    """A raw item from one page file's bytes."""
    if _looks_binary(data):
        raise InputError("binary content: NUL bytes in a text page")
    text, encoding = decode_page(data)
    text = text.replace("\x00", "")  # stray NULs in a text page (a scraper's padding): dropped
    if not text.strip():
        raise InputError("empty page")
    return RawItem(
        item_id=item_id_of(text),
        source=source,
        content_type=content_type_of(suffix, text),
        text=text,
        encoding=encoding,
        arrived_at=arrived_at,
    )


def record_item(record: dict[str, Any], source: str, arrived_at: datetime) -> RawItem:
    """A raw item from one JSON object (a feed entry or a corpus row)."""
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"no text: none of the fields {', '.join(TEXT_FIELDS)} holds a string")
    title = _first(record, TITLE_FIELDS)
    title = title if isinstance(title, str) and title.strip() else None
    body = f"{title}\n{text}" if title and not text.lstrip().startswith(title.strip()) else text
    return RawItem(
        item_id=item_id_of(body),
        source=str(record.get("id") or source),
        content_type="html" if "html" in record and text is record.get("html") else content_type_of("", text),
        text=body,
        encoding="utf-8",
        arrived_at=arrived_at,
        title=title,
        url=_string(record, URL_FIELDS),
        published_hint=_string(record, TIME_FIELDS),
        outlet_hint=_string(record, OUTLET_FIELDS),
    )


def items_from_records(lines: Iterable[bytes], source: str, arrived_at: datetime) -> Iterator[RawItem | Rejection]:
    """Raw items from JSON Lines (or one JSON array/object); each bad line is a Rejection, and so
    is input without a single record, so that nothing sent vanishes without a word."""
    produced = False
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        where = f"{source}:{number}"
        try:
            parsed = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            produced = True
            yield Rejection(where, f"not JSON: {exc}", line)
            continue
        if parsed == []:
            continue
        produced = True
        for record in parsed if isinstance(parsed, list) else [parsed]:
            if not isinstance(record, dict):
                yield Rejection(where, "not a JSON object", line)
                continue
            try:
                yield record_item(record, where, arrived_at)
            except (InputError, ValueError) as exc:
                yield Rejection(where, str(exc), line)
    if not produced:
        yield Rejection(source, "no record: the input is empty or holds only empty JSON arrays", b"")


def items_from_path(path: Path, max_bytes: int, arrived_at: datetime) -> Iterator[RawItem | Rejection]:
    """Everything one file holds, as raw items or rejections."""
    name = path.name.lower()
    if name.endswith(RECORD_SUFFIXES):
        opener = _gzip_lines if name.endswith(".gz") else _plain_lines
        yield from items_from_records(opener(path), str(path), arrived_at)
        return
    size = path.stat().st_size
    if size > max_bytes:
        with path.open("rb") as handle:
            yield Rejection(str(path), f"page is {size} bytes, over the {max_bytes} byte limit", handle.read(REJECT_SAMPLE_BYTES))
        return
    data = path.read_bytes()
    try:
        yield page_item(data, str(path), path.suffix, arrived_at)
    except (InputError, ValueError) as exc:
        yield Rejection(str(path), str(exc), data)


def items_from_stdin(stream: BinaryIO, max_bytes: int, arrived_at: datetime) -> Iterator[RawItem | Rejection]:
    """stdin is JSON Lines when it starts with "{" or "[", otherwise one page."""
    data = stream.read(max_bytes + 1)
    if data.lstrip()[:1] in (b"{", b"["):
        yield from items_from_records(data.splitlines(), "stdin", arrived_at)
    elif len(data) > max_bytes:
        yield Rejection("stdin", f"page is over the {max_bytes} byte limit", data[:REJECT_SAMPLE_BYTES])
    else:
        try:
            yield page_item(data, "stdin", "", arrived_at)
        except (InputError, ValueError) as exc:
            yield Rejection("stdin", str(exc), data)


ACCEPTED = ", ".join([*PAGE_SUFFIXES, *RECORD_SUFFIXES])  # said to whoever had files skipped
SKIPPED_NAMES_SHOWN = 10  # a folder of thousands of PDFs: the first few names and the count
HIDDEN = "hidden (a name starting with a dot)"
OTHER_EXTENSIONS = "with other extensions"


def skip_reason(path: Path) -> str | None:
    """Why the watcher does not read this file (None: it reads it)."""
    name = path.name.lower()
    if name.startswith("."):
        return HIDDEN
    if path.suffix.lower() in PAGE_SUFFIXES or name.endswith(RECORD_SUFFIXES):
        return None
    return OTHER_EXTENSIONS


def is_watched(path: Path) -> bool:
    return path.is_file() and skip_reason(path) is None


@dataclass(frozen=True)
class Survey:
    """A folder as the watcher sees it: the files it reads and those it skips, by reason."""

    files: list[Path]
    skipped: dict[str, list[str]]  # reason -> the files' paths under the folder

    @property
    def skipped_count(self) -> int:
        return sum(len(paths) for paths in self.skipped.values())

    def skipped_lines(self) -> list[str]:
        """One line per reason, e.g. "skipped 2 file(s) with other extensions: a.pdf, b.doc";
        the last one names what the watcher accepts."""
        lines = []
        for reason, paths in sorted(self.skipped.items()):
            names = ", ".join(paths[:SKIPPED_NAMES_SHOWN])
            more = f" and {len(paths) - SKIPPED_NAMES_SHOWN} more" if len(paths) > SKIPPED_NAMES_SHOWN else ""
            lines.append(f"skipped {len(paths)} file(s) {reason}: {names}{more}")
        if lines:
            lines.append(f"accepted: {ACCEPTED}")
        return lines


def survey(directory: Path) -> Survey:
    """Every file under ``directory`` the watcher reads, in a stable order, and the ones it skips.
    A file named on its own is read whatever its name: whoever named it meant it."""
    if directory.is_file():
        return Survey([directory], {})
    files: list[Path] = []
    skipped: dict[str, list[str]] = {}
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        relative = path.relative_to(directory)
        # A file in a hidden folder (.git/...) is hidden too; the folder's own path may have one.
        reason = HIDDEN if any(part.startswith(".") for part in relative.parts) else skip_reason(path)
        if reason is None:
            files.append(path)
        else:
            skipped.setdefault(reason, []).append(str(relative))
    return Survey(files, skipped)


def scan(directory: Path) -> list[Path]:
    """Every file the watcher reads under ``directory``, in a stable order."""
    return survey(directory).files


class Publisher:
    """aiokafka producer for raw items and watcher rejections."""

    def __init__(self, bootstrap: str, raw_topic: str, rejected_topic: str, **client_options: Any) -> None:
        from aiokafka import AIOKafkaProducer

        self.raw_topic = raw_topic
        self.rejected_topic = rejected_topic
        self.producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap, linger_ms=5, max_request_size=16 * 1024 * 1024, **with_security(client_options)
        )
        self.published = 0
        self.rejected = 0

    async def __aenter__(self) -> Publisher:
        await self.producer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.producer.stop()

    async def publish(self, item: RawItem | Rejection) -> None:
        if isinstance(item, Rejection):
            log.warning("watch.rejected", source=item.source, reason=item.reason)
            await self.producer.send(self.rejected_topic, key=item.source.encode(), value=encode(item.record()))
            self.rejected += 1
            return
        timestamp_ms = int(item.arrived_at.timestamp() * 1000)
        await self.producer.send(self.raw_topic, key=item.item_id.encode(), value=encode(item), timestamp_ms=timestamp_ms)
        self.published += 1

    async def flush(self) -> None:
        await self.producer.flush()


class Watcher:
    """Publishes each file once per content: a re-saved file with new content is published again."""

    def __init__(self, publisher: Publisher, max_bytes: int) -> None:
        self.publisher = publisher
        self.max_bytes = max_bytes
        self._seen: dict[Path, tuple[int, int]] = {}

    async def publish_changed(self, paths: Iterable[Path], on_item: Callable[[], None] | None = None) -> int:
        """Publish the files that changed since last seen; ``on_item`` runs after each item."""
        count = 0
        for path in paths:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            signature = (stat.st_mtime_ns, stat.st_size)
            if self._seen.get(path) == signature:
                continue
            self._seen[path] = signature
            for item in items_from_path(path, self.max_bytes, utc_now()):
                await self.publisher.publish(item)
                count += 1
                if on_item is not None:
                    on_item()
        await self.publisher.flush()
        return count

    async def follow(self, directory: Path, stop: asyncio.Event | None = None) -> None:
        """Publish what is there, then every change until ``stop`` is set."""
        await self.publish_changed(scan(directory))
        async for paths in _changes(directory, stop):
            await self.publish_changed(sorted(p for p in paths if is_watched(p)))


async def _changes(directory: Path, stop: asyncio.Event | None) -> AsyncIterator[set[Path]]:
    from watchfiles import awatch

    async for changes in awatch(directory, stop_event=stop, recursive=True):
        yield {Path(path) for _change, path in changes}


def _first(record: dict[str, Any], fields: tuple[str, ...]) -> Any:
    for name in fields:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _string(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    value = _first(record, fields)
    return str(value) if value is not None else None


def _plain_lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        yield from handle


def _gzip_lines(path: Path) -> Iterator[bytes]:
    import gzip

    with gzip.open(path, "rb") as handle:
        yield from handle


def stdin_binary() -> BinaryIO:
    return sys.stdin.buffer
