"""The distilled USE: exact where it must be, close to the full model, built once and safely."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agents.text import distilled_embedding
from agents.text.distilled_embedding import (
    DistillationError,
    DistilledModel,
    embed_pieces,
    load,
    rows_as_float32,
    verified,
    write_atomically,
)
from agents.text.embedding import DECIMALS, MODEL_NAMES, embed, embedding_text, records_of
from agents.text.pages import articles_from_page
from streams.records import Article, Embedding, RawItem


@pytest.fixture(scope="session")
def full() -> Any:
    return distilled_embedding.full_model()


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data") / "models"


@pytest.fixture(scope="session")
def distilled(models_dir: Path) -> DistilledModel:
    """Built (and checked against the full model) once for the session: ~8 s."""
    return load(models_dir)


def test_load__one_piece_sentences_are_exact(distilled: DistilledModel, full: Any) -> None:
    ids = [1, 2, 3, 6, 17, 1017, 27492, 64000, 127999]
    expected = np.empty((len(ids), 512), dtype=np.float32)
    for row, piece in zip(expected, ids, strict=True):
        # encode() always adds BOS and EOS; the batch step runs a sentence of just this piece.
        full._encode_batch([[piece]], 1, row[None, :])
    got = embed_pieces(distilled.table, distilled.head, [[p] for p in ids])
    np.testing.assert_allclose(got, expected, atol=2e-4)  # float16 rows; 3e-7 with float32 ones


def test_rows_as_float32__the_cast_numpy_makes_and_the_same_sums() -> None:
    every_half = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16)[None, :]
    np.testing.assert_array_equal(rows_as_float32(every_half, [0]).view(np.uint32), every_half.astype(np.float32).view(np.uint32))
    rng = np.random.default_rng(15)
    table = (rng.standard_normal((1000, 512)) * 0.05).astype(np.float16)
    table[3, :7] = [-0.0, 0.0, 6e-8, -6e-8, 1e-5, 65504, -65504]  # signed zeros, subnormals, extremes
    for n in (1, 2, 3, 40, 141, 300):
        ids = rng.integers(0, len(table), n).tolist() + [3]
        before = np.sum(table[ids], axis=0, dtype=np.float32)  # how embed_pieces summed before
        now = np.sum(rows_as_float32(table, ids), axis=0, dtype=np.float32)
        assert before.view(np.uint32).tolist() == now.view(np.uint32).tolist()


def test_load__close_to_full_model(distilled: DistilledModel, full: Any, seeds: dict[str, str]) -> None:
    check = distilled_embedding.check_texts(distilled_embedding.demo_pages())[::10]
    assert verified(distilled.table, distilled.head, full, check) >= distilled_embedding.MIN_MEAN_COSINE
    # The seeds' title and lead, as the enrich stage embeds them: long Arabic leads lose the most
    # of their pieces' neighbours (measured 0.48 to 0.61, mean 0.565).
    texts = [embedding_text(a.title, a.paragraphs) for a in map(_main_article, seeds.values())]
    cosines = np.einsum("ij,ij->i", distilled.encode(texts), full.encode(texts))
    assert cosines.min() > 0.4 and cosines.mean() > 0.5


def _main_article(page: str) -> Article:
    raw = RawItem(item_id="seed", source="seed", content_type="text", text=page, encoding="utf-8", arrived_at=datetime.now(UTC))
    return articles_from_page(raw)[0]


def test_load__reuses_the_cached_table(distilled: DistilledModel, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (path,) = models_dir.glob("use-distilled-*.npy")
    built_at = path.stat().st_mtime_ns

    def must_not_build(*args: object) -> None:
        raise AssertionError("rebuilt a cached table")

    monkeypatch.setattr(distilled_embedding, "build_table", must_not_build)
    again = load(models_dir)
    assert path.stat().st_mtime_ns == built_at
    np.testing.assert_array_equal(again.encode(["غزة", "Paris"]), distilled.encode(["غزة", "Paris"]))


def test_write_atomically__a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "models" / "table.npy"
    write_atomically(target, np.ones((4, 3), dtype=np.float16))

    def half_written(file: Any, array: np.ndarray) -> None:
        file.write(b"\x93NUMPY half")
        raise OSError("disk full")

    monkeypatch.setattr(np, "save", half_written)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, np.zeros((4, 3), dtype=np.float16))
    np.testing.assert_array_equal(np.load(target), np.ones((4, 3)))  # the old whole file, not half a new one
    assert [p.name for p in target.parent.iterdir()] == ["table.npy"]  # no temporary file left


def test_verified__a_wrong_table_is_refused(distilled: DistilledModel, full: Any) -> None:
    shuffled = np.asarray(distilled.table)[np.random.default_rng(0).permutation(len(distilled.table))]
    with pytest.raises(DistillationError, match="under the floor"):
        verified(shuffled, distilled.head, full, ["Kremlin comments on Karabakh", "انتخابات رئاسية في مصر"])


def test_embed__names_the_model_and_rounds_as_before(distilled: DistilledModel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYWIRE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(distilled_embedding, "load", lambda models_dir: distilled)
    text = embedding_text("Kremlin on Karabakh", ("Moscow said on Wednesday that the talks in Istanbul",))
    (full_record,) = embed([text], "full")
    (record,) = embed([text], "distilled")
    assert (full_record.model, record.model) == (MODEL_NAMES["full"], MODEL_NAMES["distilled"])
    expected = np.array([round(float(x), DECIMALS) for x in distilled.encode([text])[0]], dtype=np.float32)
    np.testing.assert_array_equal(np.array(record.floats(), dtype=np.float32), expected)


def test_records_of__the_bytes_embedding_of_packs() -> None:
    rng = np.random.default_rng(15)
    vectors = np.round(rng.standard_normal((64, 512)) / 20, DECIMALS)
    # signed zeros, float32's extremes and subnormals, and halfway cases between two float32s
    vectors[0, :8] = [-0.0, 0.0, 3.4028234663852886e38, -1.401298464324817e-45, 1e-45, 1 + 2**-24, 1 + 3 * 2**-24, -(1 + 2**-24)]
    expected = [Embedding.of(vector.tolist(), "m") for vector in vectors]
    assert records_of(vectors, "m") == expected
