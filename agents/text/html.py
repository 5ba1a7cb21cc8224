"""Main text and metadata out of an HTML page, with trafilatura, offline and inert.

trafilatura parses with lxml without network access or entity resolution; nothing in the
page is fetched or executed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractedHtml:
    """What trafilatura found: the article text (one block a line) and its metadata."""

    text: str
    title: str | None
    date: str | None
    sitename: str | None
    tags: tuple[str, ...]


class NoMainTextError(ValueError):
    """trafilatura found no main text in the page."""


def extract_html(html: str) -> ExtractedHtml:
    """Run trafilatura's extraction (comments and tables off, no fallback downloads)."""
    import trafilatura  # heavy import (lxml, justext): paid only when HTML arrives

    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        favor_precision=False,
        deduplicate=False,
    )
    if document is None or not (document.text or "").strip():
        raise NoMainTextError("trafilatura found no main text in the HTML page")
    tags = tuple(t.strip() for t in (document.tags or []) if t and t.strip())
    return ExtractedHtml(
        text=document.text,
        title=document.title or None,
        date=document.date or None,
        sitename=document.sitename or None,
        tags=tags,
    )
