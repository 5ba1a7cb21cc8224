"""Shared fixtures: where the team's shared data lives, and the seed pages read from there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from streams.records import Article, EnrichedArticle

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYWIRE_SHARED_DIR", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


def seed_path(number: str) -> Path:
    matches = sorted(SEEDS.glob(f"{number}_*.txt"))
    if not matches:
        pytest.skip(f"seed {number} not found under {SEEDS} (set STORYWIRE_SHARED_DIR)")
    return matches[0]


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The five seed pages by number ("000".."004"), read from ../shared/seeds."""
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds at {SEEDS} (set STORYWIRE_SHARED_DIR)")
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def enrich_and_embed(article: Article) -> EnrichedArticle:
    """An article as the enrich agent makes it: normalized, enriched, then embedded."""
    from agents.text.embedding import embed, embedding_text
    from agents.text.enrichment import enrich
    from agents.text.pages import normalize_article

    result = enrich(normalize_article(article))
    (vector,) = embed([embedding_text(result.article.title, result.article.paragraphs)])
    return result.model_copy(update={"embedding": vector})
