"""Work for the enrich children that fails on purpose: a page that kills the child, as running
out of memory would, and an article that enrichment refuses. A module of its own: the spawned
child imports it by name."""

from __future__ import annotations

import os

from agents.text import enrich_batch
from agents.text.enrich_batch import BatchResult, PageWork, process_pages
from agents.text.enrichment import enrich
from streams.records import Article, EnrichedArticle

POISON = b"kills the enrich process"
FAILS_ENRICH = "page-refused"  # the page id whose main article enrichment refuses


def die_on_poison(pages: list[PageWork], publish_embedding: bool = True,
                  publish_intermediate: bool = False) -> BatchResult:
    if any(page.value == POISON for page in pages):
        os._exit(1)
    return process_pages(pages, publish_embedding, publish_intermediate)


def fail_enrich_on_marker(pages: list[PageWork], publish_embedding: bool = True,
                          publish_intermediate: bool = False) -> BatchResult:
    enrich_batch.enrich = _refuse_marked  # in the child, for this and later batches of the test
    return process_pages(pages, publish_embedding, publish_intermediate)


def _refuse_marked(article: Article) -> EnrichedArticle:
    if article.article_id == FAILS_ENRICH:
        raise ValueError("refused by the test")
    return enrich(article)
