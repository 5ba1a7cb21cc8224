"""Split a scraped page into its main article, the articles appended under it, and sidebars.

The signals are general, not outlet-specific: position (header chrome before the title,
tail chrome after the body), cue phrases that open a block ("اقرأ أيضاً", "المصدر:",
"كلمات دلالية:", "مقالات مشابهة", "Read more"), line shape (a headline is short and has no
sentence-final stop), repetition of the title, and script changes (an English embedded post
inside an Arabic article). Everything removed is returned as a typed ``Sidebar``.

``split_page`` reads a page in order: ``page_kinds`` first says what kind of page it is,
``headlines`` finds the lead and the headline, ``article_body`` reads the body up to where it
ends, ``appended`` reads the tail (``article_starts`` says where another article starts); every
line is read through ``line_kinds`` and ``line_shapes``, on the lexicons of ``cues``. The memory
of each source's template is here too.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field, replace
from functools import lru_cache

import orjson

from agents.text.appended import read_tail
from agents.text.article_body import read_body, take_filing_stamp
from agents.text.article_starts import NEW_ARTICLE_ECHO_MIN
from agents.text.chat import read_chat
from agents.text.cues import BROADCAST_MARKER, PARAGRAPH_MIN_WORDS, TRANSCRIPT_HEADING, fold_line
from agents.text.headlines import find_lead, find_title, read_header
from agents.text.line_kinds import (
    is_date_line,
    is_dateline,
    is_place_credit,
    is_post_time,
    is_trail,
    sidebar_kind,
)
from agents.text.line_shapes import (
    echo_share,
    is_body_paragraph,
    is_headline,
    line_terms,
    terms_in_order,
    title_from,
    word_count,
)
from agents.text.normalization import clean_display
from agents.text.page_cursor import ArticleParts, Cursor
from agents.text.page_kinds import (
    article_among_teasers,
    bare_speaker_lines,
    captions_over_credits,
    gallery_slides,
    speaker_labels,
    transcript_start,
    update_stamps,
    without_boxes,
    without_page_furniture,
    without_timecodes,
)
from agents.text.reflow import printed_lines, unwrap
from streams.records import Sidebar

# The page split and the line tests other modules and the tests read from here.
__all__ = [
    "ArticleParts",
    "EmptyPageError",
    "PageLines",
    "SplitPage",
    "TemplateMemory",
    "is_date_line",
    "is_dateline",
    "is_headline",
    "is_place_credit",
    "is_post_time",
    "is_trail",
    "page_lines",
    "sidebar_kind",
    "split_page",
]


@dataclass(frozen=True)
class SplitPage:
    """A page after splitting: the main article, appended articles, page-level sidebars."""

    main: ArticleParts
    appended: tuple[ArticleParts, ...]
    sidebars: tuple[Sidebar, ...]

    @property
    def tag_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.sidebars if s.kind == "tags")

    @property
    def source_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.sidebars if s.kind == "source_credit")


class EmptyPageError(ValueError):
    """The page has no article text at all (only chrome, or nothing)."""


def split_page(
    text: str,
    known_title: str | None = None,
    known_captions: tuple[str, ...] = (),
    template_lines: frozenset[str] = frozenset(),
) -> SplitPage:
    """Split a page's text (one block per line) into article, appended articles and sidebars.

    The article starts at its lead (the first paragraph that reads as prose); its headline is
    the headline-shaped line above the lead that the lead echoes, never a menu, trail, label or
    date line; everything above the headline is page chrome. ``known_title`` and
    ``known_captions`` come from HTML markup: a line repeating the title is the title, a line
    the markup calls a caption is a caption. ``template_lines`` (matching forms, from a
    ``TemplateMemory`` of the page's source) are chrome wherever they stand, though a headline
    echoed by its lead is still read as one. A page with no headline says so
    (``main.title_from_body``; its title is then cut from the lead).
    Raises EmptyPageError when nothing article-like remains.
    """
    lines, chat_events = read_chat(list(_display_lines(text)))
    lines, timecodes = without_timecodes(lines)
    slides = gallery_slides(lines)  # before a paper's page numbers are dropped: "3 / 8" may be a slide's
    lines, furniture = without_page_furniture(lines)
    lines, boxes = without_boxes(lines)
    lines = unwrap(lines)
    captions = frozenset(fold_line(c) for c in known_captions) | captions_over_credits(lines) | slides
    cursor = Cursor(lines, captions=captions, template=template_lines - echoed_headlines(lines, template_lines))
    cursor.sidebars.extend(Sidebar(kind="other", text=code) for code in timecodes)
    cursor.sidebars.extend(furniture + boxes)
    cursor.spoken = bool(timecodes) or any(BROADCAST_MARKER.match(line) or TRANSCRIPT_HEADING.match(fold_line(line)) for line in lines)
    cursor.speakers = speaker_labels(cursor.lines)
    cursor.chrome = chat_events | bare_speaker_lines(cursor.lines, cursor.speakers)
    cursor.stamps = update_stamps(cursor)
    cursor.text_from = transcript_start(cursor.lines)
    lead = find_lead(cursor)
    title_at = find_title(cursor, lead, known_title)
    title, dateline, early = read_header(cursor, title_at, lead, known_title)
    paragraphs = early + read_body(cursor, title)
    dateline = dateline or take_filing_stamp(cursor)
    if not paragraphs and title is None:
        raise EmptyPageError("no article text: the page holds only sidebars or chrome")
    main_sidebars = list(cursor.sidebars)
    cursor.sidebars = []
    appended = read_tail(cursor, paragraphs)
    title_from_body = False
    if title is None:
        title, title_from_body = title_from(paragraphs[0]), True
    main = ArticleParts(
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sidebars=tuple(main_sidebars),
        title_from_body=title_from_body,
    )
    main, appended = article_among_teasers(main, appended, cursor.sidebars)
    return SplitPage(main=_as_printed(main), appended=tuple(_as_printed(a) for a in appended), sidebars=tuple(cursor.sidebars))


@lru_cache(maxsize=4)
def _display_lines(text: str) -> tuple[str, ...]:
    """A page's non-empty lines as displayed: the worker asks ``split_page`` and ``page_lines``
    of every page, and both read these."""
    return tuple(line for line in clean_display(text).split("\n") if line)


def _as_printed(parts: ArticleParts) -> ArticleParts:
    """An article with its unwrapped paragraphs given back as the lines the page printed."""
    paragraphs = tuple(line for paragraph in parts.paragraphs for line in printed_lines(paragraph))
    title = parts.title if parts.title_from_body else "\n".join(printed_lines(parts.title))
    return replace(parts, title=title, paragraphs=paragraphs)


TITLE_TO_TEXT_MAX_LINES = 3  # a headline's date, writer and caption lines before its text


def echoed_headlines(lines: list[str], among: frozenset[str]) -> frozenset[str]:
    """The page's headlines (matching forms, of those in ``among``) that the paragraph under them
    echoes: titles of text on this page, never its template, however many other pages list the
    same hot story."""
    echoed: set[str] = set()
    for at, line in enumerate(lines if among else ()):
        folded = fold_line(line)
        if folded not in among or not is_headline(line) or is_body_paragraph(line):
            continue
        text = next((below for below in lines[at + 1 : at + 1 + TITLE_TO_TEXT_MAX_LINES] if is_body_paragraph(below)), None)
        if text is not None and echo_share(line_terms(line), line_terms(text)) >= NEW_ARTICLE_ECHO_MIN:
            echoed.add(folded)
    return frozenset(echoed)


# ------------------------------------------------------------------------- template memory
# A live wire sees many pages of each source: a line printed on many of them, under stories
# that have nothing to do with each other, is the source's template (its menus, taglines,
# prompts, disclaimers), wherever it stands on the page. No page-by-page extractor knows this.
TEMPLATE_WINDOW_PAGES = 200  # pages of one source a line's evidence is kept for
TEMPLATE_MIN_STORIES = 3  # distinct stories a line must be printed under to be template
TEMPLATE_MAX_WORDS = 25  # longer lines (a paragraph, another article's lead) never are
TEMPLATE_SAME_STORY = 0.2  # share of topic words two pages have in common to be one story
TEMPLATE_MAX_LINES = 5000  # lines remembered per source, least recently seen dropped first
TEMPLATE_MAX_SOURCES = 1000  # sources remembered, least recently seen dropped first
TOPIC_TERMS = 12
TEMPLATE_RECORD_VERSION = 1  # of source_to_bytes' layout; another one is read as empty
# Deflate level of a source's record: 1 writes a full one (5,000 lines, 480 topics, BBC) in 4 ms
# at 160 KB; 6 takes 24 ms for 122 KB, and the worker's event loop does it.
TEMPLATE_RECORD_DEFLATE = 1


@dataclass(frozen=True)
class PageLines:
    """What the memory needs of one page: its source, its candidate lines (matching forms) and
    its topic (content words of its longest lines). The splitter's process makes it, and the
    memory observes it in stream order."""

    source: str
    lines: tuple[str, ...]
    topic: frozenset[str]


def page_lines(source: str, text: str) -> PageLines:
    """The record of one page: short lines in matching form, and its topic: the content words
    of its longest lines (the lead and the paragraphs, which tell what the page is about)."""
    raw = _display_lines(text)
    keys = tuple(dict.fromkeys(fold_line(line) for line in raw if word_count(line) <= TEMPLATE_MAX_WORDS))
    prose = [line for line in raw if word_count(line) >= PARAGRAPH_MIN_WORDS] or raw
    longest = sorted(prose, key=word_count, reverse=True)[:3]
    # Longest first, ties in reading order: a set's order changes with each process's hash seed,
    # and every worker must learn the same template from the same pages.
    terms = sorted(dict.fromkeys(terms_in_order(longest)), key=len, reverse=True)[:TOPIC_TERMS]
    return PageLines(source, keys, frozenset(terms))


@dataclass
class _LineEvidence:
    last_page: int
    topics: list[frozenset[str]]


@dataclass
class _SourceMemory:
    pages: int = 0
    lines: dict[str, _LineEvidence] = field(default_factory=dict)
    # The lines printed under enough stories: the only ones ``template_lines`` has to look at.
    template: set[str] = field(default_factory=set)


class TemplateMemory:
    """Bounded counts of the lines each source prints, per story. ``observe`` one page at a
    time, in stream order; ``template_lines(source)`` is what the splitter then drops.

    A line becomes template once it has been printed under TEMPLATE_MIN_STORIES pages whose
    topics are pairwise different (under TEMPLATE_SAME_STORY of shared words): a line repeated
    by one story's pages (its follow-ups quote the same background) never counts twice.

    One source's memory goes to bytes and back (``source_to_bytes``, ``restore``), for a table
    that keeps it; a restored source is read back from its bytes when first asked for.
    """

    def __init__(self, window: int = TEMPLATE_WINDOW_PAGES, min_stories: int = TEMPLATE_MIN_STORIES) -> None:
        self.window = window
        self.min_stories = min_stories
        self._sources: dict[str, _SourceMemory | bytes] = {}  # least recently observed first

    def observe(self, page: PageLines) -> tuple[str, ...]:
        """Count one page's lines; the sources forgotten to make room for it (least recently
        observed first, over TEMPLATE_MAX_SOURCES) are returned."""
        memory = self._memory(page.source) or _SourceMemory()
        self._sources.pop(page.source, None)
        self._sources[page.source] = memory  # most recently seen last
        forgotten: list[str] = []
        while len(self._sources) > TEMPLATE_MAX_SOURCES:
            oldest = next(iter(self._sources))
            del self._sources[oldest]
            forgotten.append(oldest)
        memory.pages += 1
        for key in page.lines:
            evidence = memory.lines.pop(key, None)
            if evidence is None or memory.pages - evidence.last_page > self.window:
                evidence = _LineEvidence(memory.pages, [])
                memory.template.discard(key)
            evidence.last_page = memory.pages
            if len(evidence.topics) < self.min_stories and all(
                _overlap(page.topic, topic) < TEMPLATE_SAME_STORY for topic in evidence.topics
            ):
                evidence.topics.append(page.topic)
                if len(evidence.topics) >= self.min_stories:
                    memory.template.add(key)
            memory.lines[key] = evidence
        while len(memory.lines) > TEMPLATE_MAX_LINES:
            oldest = next(iter(memory.lines))
            del memory.lines[oldest]
            memory.template.discard(oldest)
        return tuple(forgotten)

    def template_lines(self, source: str) -> frozenset[str]:
        memory = self._memory(source)
        if memory is None:
            return frozenset()
        return frozenset(key for key in memory.template if memory.pages - memory.lines[key].last_page <= self.window)

    def sources(self) -> tuple[str, ...]:
        """The sources remembered, least recently observed first."""
        return tuple(self._sources)

    def source_to_bytes(self, source: str) -> bytes:
        """One source's memory, compact: only the lines still inside the window (the others
        count as never seen), their pages as ages, each page topic once; JSON, deflated."""
        memory = self._memory(source) or _SourceMemory()
        topics: dict[frozenset[str], int] = {}
        lines = []
        for key, evidence in memory.lines.items():
            if memory.pages - evidence.last_page <= self.window:
                numbers = [topics.setdefault(topic, len(topics)) for topic in evidence.topics]
                lines.append([key, memory.pages - evidence.last_page, numbers])
        record = {"v": TEMPLATE_RECORD_VERSION, "pages": memory.pages, "topics": [sorted(t) for t in topics],
                  "lines": lines}
        return zlib.compress(orjson.dumps(record), TEMPLATE_RECORD_DEFLATE)

    def restore(self, source: str, data: bytes) -> None:
        """Take back a source's memory from ``source_to_bytes`` (read when first asked for),
        as the most recently observed source."""
        self._sources.pop(source, None)
        self._sources[source] = data

    def _memory(self, source: str) -> _SourceMemory | None:
        memory = self._sources.get(source)
        if isinstance(memory, bytes):
            memory = self._sources[source] = self._from_bytes(memory)  # keeps its place in the order
        return memory

    def _from_bytes(self, data: bytes) -> _SourceMemory:
        record = orjson.loads(zlib.decompress(data))
        if record.get("v") != TEMPLATE_RECORD_VERSION:
            return _SourceMemory()  # an older layout: start over (it is a heuristic's evidence)
        topics = [frozenset(terms) for terms in record["topics"]]
        memory = _SourceMemory(pages=record["pages"])
        for key, age, numbers in record["lines"]:
            memory.lines[key] = _LineEvidence(memory.pages - age, [topics[n] for n in numbers])
            if len(numbers) >= self.min_stories:
                memory.template.add(key)
        return memory


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
