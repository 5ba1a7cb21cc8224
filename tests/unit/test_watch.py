"""The watcher's reading of files: encodings, content hashes, JSON records, rejections."""

from __future__ import annotations

import codecs
import io
from datetime import UTC, datetime
from pathlib import Path

from streams.watch import (
    Rejection,
    Survey,
    decode_page,
    item_id_of,
    items_from_path,
    items_from_stdin,
    page_item,
    survey,
)

NOW = datetime(2026, 11, 22, tzinfo=UTC)
ARABIC = "الكرملين ينفي إجراء مفاوضات مع واشنطن وبروكسل بشأن إقليم ناجورنو كاراباخ. " * 3


def test_decode_page__encodings() -> None:
    assert decode_page(ARABIC.encode("utf-8")) == (ARABIC, "utf-8")
    assert decode_page(codecs.BOM_UTF8 + ARABIC.encode("utf-8")) == (ARABIC, "utf-8-sig")
    for encoding in ("cp1256", "iso8859_6"):
        text, detected = decode_page(ARABIC.replace("إ", "ا").encode(encoding))
        assert text == ARABIC.replace("إ", "ا"), encoding


def test_item_id__same_content_same_id_whatever_the_encoding() -> None:
    a = page_item(ARABIC.encode("utf-8"), "a.txt", ".txt", NOW)
    b = page_item(codecs.BOM_UTF8 + ARABIC.replace("\n", "\r\n").encode("utf-8"), "b.txt", ".txt", NOW)
    assert a.item_id == b.item_id == item_id_of(ARABIC)


def test_items_from_path__jsonl_rows_and_bad_rows(tmp_path: Path) -> None:
    dump = tmp_path / "feed.jsonl"
    dump.write_text(
        '{"title": "عنوان", "text": "نص الخبر", "published": "2018-02-18T21:35:43+04:00", "source": "alarabia"}\n'
        "not json\n"
        '{"title": "بلا نص"}\n',
        encoding="utf-8",
    )
    items = list(items_from_path(dump, 10_000, NOW))
    assert items[0].published_hint == "2018-02-18T21:35:43+04:00" and items[0].outlet_hint == "alarabia"  # type: ignore[union-attr]
    assert [type(i) for i in items[1:]] == [Rejection, Rejection]
    assert "not JSON" in items[1].reason and "no text" in items[2].reason  # type: ignore[union-attr]


def test_items_from_path__oversized_and_binary(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("ا" * 5000, encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02 binary")
    (rejected_big,) = items_from_path(big, 1000, NOW)
    (rejected_bin,) = items_from_path(binary, 1000, NOW)
    assert isinstance(rejected_big, Rejection) and "byte limit" in rejected_big.reason
    assert isinstance(rejected_bin, Rejection) and "binary" in rejected_bin.reason


def test_items_from_stdin__page_or_jsonl() -> None:
    (page,) = items_from_stdin(io.BytesIO(ARABIC.encode()), 10_000, NOW)
    assert not isinstance(page, Rejection) and page.source == "stdin"
    rows = list(items_from_stdin(io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n'), 10_000, NOW))
    assert len(rows) == 2 and rows[0].item_id != rows[1].item_id  # type: ignore[union-attr]


def test_items_from_path__a_records_file_without_records_is_rejected_not_dropped(tmp_path: Path) -> None:
    for name, content in (("empty.jsonl", b""), ("array.jsonl", b"[]\n[]\n"), ("blank.jsonl", b"\n  \n")):
        path = tmp_path / name
        path.write_bytes(content)
        (only,) = items_from_path(path, 10_000, NOW)
        assert isinstance(only, Rejection) and only.reason.startswith("no record")


def test_decode_page__utf8_with_a_few_broken_bytes_is_repaired() -> None:
    text = "أعلن المتحدث باسم الكرملين اليوم أن موسكو لم تجر مفاوضات. " * 20
    damaged = bytearray(text.encode())
    damaged[100] = 0xFF
    repaired, encoding = decode_page(bytes(damaged))
    assert encoding == "utf-8" and "\ufffd" not in repaired and "الكرملين" in repaired


def test_survey__says_which_files_it_skips_and_why(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "feed.jsonl.gz", "a.pdf", "b.doc", ".DS_Store", ".git/notes.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = survey(tmp_path)
    assert [p.name for p in found.files] == ["a.txt", "b.html", "feed.jsonl.gz"]
    assert found.skipped_count == 4
    hidden, other, accepted = found.skipped_lines()
    assert hidden == "skipped 2 file(s) hidden (a name starting with a dot): .DS_Store, .git/notes.txt"
    assert other == "skipped 2 file(s) with other extensions: a.pdf, b.doc"
    assert accepted == "accepted: .txt, .text, .html, .htm, .json, .jsonl, .ndjson, .jsonl.gz, .json.gz"


def test_survey__a_file_named_on_its_own_is_read_and_nothing_skipped(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(ARABIC, encoding="utf-8")
    assert survey(page) == Survey([page], {}) and survey(page).skipped_lines() == []
