"""Main text and metadata out of an HTML page, with trafilatura, offline and inert.

trafilatura parses with lxml without network access or entity resolution; nothing in the
page is fetched or executed.
"""

from __future__ import annotations

from html.parser import HTMLParser

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractedHtml:
    """What trafilatura found: the article text (one block a line) and its metadata."""

    text: str
    title: str | None
    date: str | None
    sitename: str | None
    tags: tuple[str, ...]
    dateline: str | None = None  # the page's printed date line near the headline
    captions: tuple[str, ...] = ()  # texts the markup says are captions


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
        # htmldate's extensive search falls back to dateparser over free text: ~0.4 s a page
        # and it guesses; our own dateline search below reads the printed date instead.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not (document.text or "").strip():
        return _visible_text_only(html)
    tags = tuple(t.strip() for t in (document.tags or []) if t and t.strip())
    tree = _parse(html)
    title = _headline(tree, document.title or None, document.sitename)
    return ExtractedHtml(
        text=document.text,
        title=title,
        date=document.date or None,
        sitename=document.sitename or None,
        tags=tags,
        dateline=_dateline_after_title(tree, title) if tree is not None and title else None,
        captions=_captions(tree) if tree is not None else (),
    )


def _visible_text_only(html: str) -> ExtractedHtml:
    """The page's visible text when trafilatura finds no main text (markup nested deeper than
    libxml2 parses, or no article structure): better a plain page than a lost one."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    text = "\n".join(line.strip() for line in "".join(parser.parts).splitlines() if line.strip())
    if not text:
        raise NoMainTextError("the HTML page has no visible text (only markup, scripts or styles)")
    return ExtractedHtml(text=text, title=parser.title.strip() or None, date=None, sitename=None, tags=())


class _VisibleText(HTMLParser):
    """Text outside script, style and other invisible elements; block ends become line breaks.
    The standard library's parser has no nesting limit and never fetches anything."""

    INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title"
        if tag in self.INVISIBLE:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag in self.INVISIBLE:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden:
            self.parts.append(data)


# How far after the headline, in elements, the printed date may sit (bylines, captions and
# share bars come between on the pages of arabic_html_pages); and how long a date line runs.
DATELINE_SEARCH_ELEMENTS = 60
DATELINE_MAX_WORDS = 14
_CAPTION_CLASS = ("caption", "img-cap", "imgcap", "photo-desc", "image-desc", "wp-caption-text")


def _parse(html: str):  # type: ignore[no-untyped-def]
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _dateline_after_title(tree, title: str) -> str | None:  # type: ignore[no-untyped-def]
    """The first short element text after the headline element that holds a full date."""
    from agents.text.dates import parse_date
    from agents.text.normalization import matching_form

    wanted = matching_form(title)[:40]
    heading = next((h for h in tree.iter("h1", "h2") if wanted and wanted in matching_form(h.text_content())), None)
    if heading is None:
        return None
    elements = [e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in ("script", "style", "noscript")]
    start = next(i for i, e in enumerate(elements) if e is heading)
    for element in elements[start + 1 : start + 1 + DATELINE_SEARCH_ELEMENTS]:
        text = " ".join(element.text_content().split())
        if text and len(text.split()) <= DATELINE_MAX_WORDS and parse_date(text) is not None:
            return _innermost_date(element, parse_date)
    return None


def _innermost_date(element, parse_date) -> str:  # type: ignore[no-untyped-def]
    """The smallest element still holding the whole date: not the byline box around it."""
    while True:
        child = next((c for c in element if isinstance(c.tag, str) and parse_date(" ".join(c.text_content().split()))), None)
        if child is None:
            return " ".join(element.text_content().split())
        element = child


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")


def _headline(tree, title: str | None, sitename: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The article's headline: the page's h1 when the <title> only adds the site's name to it
    ("... - قناة صدى البلد"), else the <title> without a trailing site-name part."""
    from agents.text.normalization import matching_form

    if not title:
        return None
    if tree is not None:
        for h1 in tree.iter("h1"):
            heading = " ".join(h1.text_content().split())
            if heading and len(heading) >= 10 and matching_form(heading) in matching_form(title):
                return heading
    for separator in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and (len(tail.split()) <= 4 or (sitename and matching_form(sitename) in matching_form(tail))):
            return head.strip()
    return title


def _captions(tree) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    found = [e.text_content() for e in tree.iter("figcaption")]
    for element in tree.iter():
        classes = (element.get("class") or "").lower() if isinstance(element.tag, str) else ""
        if any(name in classes for name in _CAPTION_CLASS):
            found.append(element.text_content())
    return tuple(dict.fromkeys(" ".join(text.split()) for text in found if text and text.strip()))
