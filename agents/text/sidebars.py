"""Split a scraped page into its main article, the articles appended under it, and sidebars.

The signals are general, not outlet-specific: position (header chrome before the title,
tail chrome after the body), cue phrases that open a block ("اقرأ أيضاً", "المصدر:",
"كلمات دلالية:", "مقالات مشابهة", "Read more"), line shape (a headline is short and has no
sentence-final stop), repetition of the title, and script changes (an English embedded post
inside an Arabic article). Everything removed is returned as a typed ``Sidebar``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.text.normalization import clean_display, matching_form
from streams.records import Sidebar, SidebarKind

# A headline is at most this many words; seed titles run 8-18 words, appended-article
# titles 6-14. A paragraph is a sentence: 12+ words ending in a stop (seed 001's appended
# lead has 17), or a long run with commas. Glued read-also headlines have neither.
HEADLINE_MAX_WORDS = 25
PARAGRAPH_MIN_WORDS = 12
LONG_PARAGRAPH_WORDS = 30
CAPTION_MAX_WORDS = 20

_BULLET = r"^[\s\-–•*·▪●◦>]*"

# Cue phrases, matched on the matching form (hamza, ta marbuta and case folded).
_READ_ALSO = re.compile(
    _BULLET + r"(?:اقرا|طالع|شاهد|تابع)\s*(?:ايضا|كذلك|المزيد)|^للمزيد\b|^(?:read|see)\s+(?:more|also)\b"
)
_RELATED = re.compile(
    _BULLET
    + r"(?:(?:مقالات|اخبار|مواضيع|موضوعات|قصص)\s+(?:مشابهه|ذات صله|متعلقه|مقترحه)"
    r"|الاكثر\s+(?:قراءه|مشاهده)|اخترنا\s+لك|related(?:\s+(?:articles|stories|news|posts))?\s*:?$"
    r"|more\s+(?:from|stories|on this)|you may also like)"
)
_SOURCE = re.compile(_BULLET + r"(?:المصدر|مصدر الخبر|source)\b\s*:?")
_TAGS = re.compile(
    _BULLET + r"(?:كلمات\s+دلاليه|الكلمات\s+المفتاحيه|الوسوم|وسوم|tags|topics|keywords)\s*:?"
)
_UI = re.compile(
    _BULLET
    + r"(?:تم\s+نسخ|انسخ\s+الرابط|نسخ\s+الرابط|شارك(?:وا)?\s|مشاركه\s|تابعونا|تابعنا|اشترك|النشره\s+البريديه"
    r"|جميع\s+الحقوق|حقوق\s+(?:النشر|الطبع)|©|follow\s+us|share\s+(?:this|on)|subscribe|sign\s+up"
    r"|copyright|all\s+rights\s+reserved|advertisement|click\s+here|اضغط\s+هنا|انقر\s+هنا|اعلان$)"
)
_WIDGET = re.compile(r"℃|°\s*[cf]\b|درجه\s+الحراره|سعر\s+(?:الصرف|الدولار)\s*:")
_EMBED = re.compile(
    r"pic\.twitter\.com/|twitter\.com/\w+/status|x\.com/\w+/status|instagram\.com/(?:p|reel)/"
    r"|facebook\.com/.+/posts/|youtube\.com/watch|youtu\.be/|\(@\w{2,15}\)\s*\w+"
)
_AGENCY_CREDIT = (
    r"(?:رويترز|ا\s*ف\s*ب|فرانس\s*برس|اسوشيتد\s*برس|الاناضول|تاس|وام|واس|كونا|سانا|بلومبرغ|بلومبرج"
    r"|getty(?:\s+images)?|reuters|afp|ap|epa|anadolu|shutterstock|ارشيفيه|ارشيف|مواقع\s+التواصل)"
)
_CAPTION = re.compile(
    r"(?:/\s*" + _AGENCY_CREDIT + r"\s*\)?$)|(?:\(\s*(?:صوره|الصوره|photo|image)?[^()]{0,40}"
    + _AGENCY_CREDIT + r"\s*\)$)|^(?:صوره|الصوره|photo|image)\s*(?:ارشيفيه|:)"
)
# A dateline: "تاريخ النشر: ...", "نشر في ...", "Published ...", or a bare date/time line.
_DATELINE_CUE = re.compile(
    _BULLET + r"(?:تاريخ\s+النشر|نشر\s+(?:في|بتاريخ)|اخر\s+تحديث|تم\s+النشر|published|updated)\b"
)
_MONTH_WORDS = (
    r"(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه"
    r"|اوت|غشت|شتنبر|دجنبر|نونبر|يونيه|يوليه"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
)
_BARE_DATE = re.compile(
    _BULLET + r"(?:[^\d\s]+\s+)?\d{1,4}(?:st|nd|rd|th)?[\s,/.-]*(?:" + _MONTH_WORDS
    + r"|\d{1,2})[\s,/.-]*\d{2,4}(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm|gmt)?)?"
    r"\s*(?:gmt|utc)?\s*$"
)
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SENTENCE_END = re.compile(r"[.:؛;]\s*$")
_PARAGRAPH_END = re.compile(r"[.!?؟…][\"”»')]*\s*$")


@dataclass(frozen=True)
class ArticleParts:
    """The article-bearing part of a page: title, dateline and body paragraphs in order."""

    title: str
    dateline: str | None
    paragraphs: tuple[str, ...]
    sidebars: tuple[Sidebar, ...] = ()
    title_from_body: bool = False


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


@dataclass
class _Cursor:
    lines: list[str]
    at: int = 0
    sidebars: list[Sidebar] = field(default_factory=list)

    def peek(self, ahead: int = 0) -> str | None:
        index = self.at + ahead
        return self.lines[index] if index < len(self.lines) else None

    def take(self, kind: SidebarKind | None = None) -> str:
        line = self.lines[self.at]
        self.at += 1
        if kind is not None:
            self.sidebars.append(Sidebar(kind=kind, text=line))
        return line


def split_page(text: str, known_title: str | None = None) -> SplitPage:
    """Split a page's text (one block per line) into article, appended articles and sidebars.

    ``known_title`` comes from HTML metadata; a line repeating it is not body text.
    Raises EmptyPageError when nothing article-like remains.
    """
    lines = [line for line in clean_display(text).split("\n") if line]
    cursor = _Cursor(lines)
    title, dateline, title_from_body = _read_header(cursor, known_title)
    paragraphs = _read_body(cursor, title)
    if not paragraphs and not title_from_body:
        if title is None:
            raise EmptyPageError("no article text: the page holds only sidebars or chrome")
        paragraphs = []  # a headline-only page is still an item; enrichment decides its worth
    main_sidebars = list(cursor.sidebars)
    cursor.sidebars = []
    appended = _read_tail(cursor)
    if title is None:
        if not paragraphs:
            raise EmptyPageError("no article text: the page holds only sidebars or chrome")
        title, title_from_body = _title_from(paragraphs[0]), True
    main = ArticleParts(
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sidebars=tuple(main_sidebars),
        title_from_body=title_from_body,
    )
    return SplitPage(main=main, appended=tuple(appended), sidebars=tuple(cursor.sidebars))


def sidebar_kind(line: str) -> SidebarKind | None:
    """The kind of a line that opens or is a sidebar block, else None."""
    folded = matching_form(line)
    if _READ_ALSO.search(folded):
        return "read_also"
    if _RELATED.search(folded):
        return "related_list"
    if _TAGS.match(folded):
        return "tags"
    if _SOURCE.match(folded) and _word_count(line) <= 20:
        return "source_credit"
    if _UI.match(folded) and _word_count(line) <= 14:
        return "ui_text"
    if _WIDGET.search(folded) and _word_count(line) <= 8:
        return "widget"
    if _EMBED.search(line):
        return "embedded_post"
    if _CAPTION.search(folded) and _word_count(line) <= CAPTION_MAX_WORDS:
        return "caption"
    return None


def is_headline(line: str) -> bool:
    """Short, no sentence-final stop: the shape of a title or a cross-heading."""
    words = _word_count(line)
    return 2 <= words <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def is_dateline(line: str) -> bool:
    folded = matching_form(line)
    return bool(_DATELINE_CUE.match(folded) or _BARE_DATE.match(folded))


def _read_header(cursor: _Cursor, known_title: str | None) -> tuple[str | None, str | None, bool]:
    """Skip chrome above the title; take the title, a duplicated title and the dateline."""
    title: str | None = None
    dateline: str | None = None
    while (line := cursor.peek()) is not None and title is None:
        kind = sidebar_kind(line)
        if known_title and _same_text(line, known_title):
            title = cursor.take()
        elif kind is not None:
            cursor.take(kind)
        elif is_dateline(line):
            # A date above the title is the site's "today" widget, not the article's date.
            cursor.take("widget")
        elif is_headline(line) and not _is_body_paragraph(line):
            title = cursor.take()
        else:
            break
    if title is None and known_title:
        title = known_title
    while (line := cursor.peek()) is not None:
        if title and _same_text(line, title):
            cursor.take("duplicated_headline")
        elif dateline is None and is_dateline(line):
            dateline = re.sub(_BULLET, "", cursor.take())
        elif sidebar_kind(line) in ("ui_text", "widget"):
            cursor.take(sidebar_kind(line))
        else:
            break
    return title, dateline, False


def _read_body(cursor: _Cursor, title: str | None) -> list[str]:
    """Body lines until the first cue of the page's tail; in-body chrome becomes sidebars."""
    body: list[str] = []
    while (line := cursor.peek()) is not None:
        kind = sidebar_kind(line)
        if kind in ("read_also", "related_list", "tags", "source_credit"):
            break
        if kind == "embedded_post":
            _take_embedded_post(cursor, body)
        elif kind is not None:
            cursor.take(kind)
        elif title and _same_text(line, title):
            cursor.take("duplicated_headline")
        else:
            body.append(cursor.take())
    return body


def _take_embedded_post(cursor: _Cursor, body: list[str]) -> None:
    """An embed marker line plus the foreign-script lines right above it form one post."""
    marker = cursor.take()
    post = [marker]
    if _is_mostly_latin(marker):
        while body and _is_mostly_latin(body[-1]) and len(post) < 6:
            post.insert(0, body.pop())
    cursor.sidebars.append(Sidebar(kind="embedded_post", text="\n".join(post)))


def _read_tail(cursor: _Cursor) -> list[ArticleParts]:
    """After the body: sidebar blocks, and whole articles appended under a read-also cue."""
    appended: list[ArticleParts] = []
    while (line := cursor.peek()) is not None:
        kind = sidebar_kind(line)
        if kind == "read_also" and _is_bare_cue(line) and _starts_article(cursor, 1):
            cursor.take("read_also")
            appended.append(_read_appended(cursor))
        elif kind == "read_also":
            cursor.take("read_also")
            _take_headline_list(cursor, "read_also")
        elif kind == "related_list":
            cursor.take("related_list")
            _take_headline_list(cursor, "related_list")
        elif kind is not None:
            cursor.take(kind)
        elif _starts_article(cursor, 0):
            appended.append(_read_appended(cursor))
        else:
            cursor.take("other")
    return appended


def _read_appended(cursor: _Cursor) -> ArticleParts:
    outer = cursor.sidebars
    cursor.sidebars = []
    first = cursor.peek() or ""
    title: str | None = cursor.take() if is_headline(first) else None
    dateline = re.sub(_BULLET, "", cursor.take()) if is_dateline(cursor.peek() or "") else None
    paragraphs = _read_body(cursor, title)
    inner = tuple(cursor.sidebars)
    cursor.sidebars = outer
    cursor.sidebars.append(Sidebar(kind="appended_article", text=title or paragraphs[0]))
    if title is None:
        return ArticleParts(_title_from(paragraphs[0]), dateline, tuple(paragraphs), inner, True)
    return ArticleParts(title, dateline, tuple(paragraphs), inner)


def _starts_article(cursor: _Cursor, ahead: int) -> bool:
    """A headline followed by a real paragraph, or a real paragraph: an article starts here."""
    first = cursor.peek(ahead)
    if first is None or sidebar_kind(first) is not None:
        return False
    if _is_body_paragraph(first):
        return True
    second = cursor.peek(ahead + 1)
    return is_headline(first) and second is not None and _is_body_paragraph(second)


def _take_headline_list(cursor: _Cursor, kind: SidebarKind) -> None:
    """Headlines listed under a read-also or related cue, until something else starts."""
    while (line := cursor.peek()) is not None:
        if sidebar_kind(line) is not None or not is_headline(line):
            return
        if _starts_article(cursor, 0) and not _looks_bulleted(line):
            return
        cursor.take(kind)


def _is_bare_cue(line: str) -> bool:
    """A cue line with nothing after it ("إقرأ أيضاً:"), as opposed to a glued headline."""
    return _word_count(line) <= 3


def _is_body_paragraph(line: str) -> bool:
    words = _word_count(line)
    if words >= PARAGRAPH_MIN_WORDS and _PARAGRAPH_END.search(line):
        return True
    return words >= LONG_PARAGRAPH_WORDS and bool(re.search(r"[،,]", line))


def _looks_bulleted(line: str) -> bool:
    return bool(re.match(r"^\s*[-–•*·▪●◦]", line))


def _is_mostly_latin(line: str) -> bool:
    latin = len(_LATIN.findall(line))
    return latin > 3 * len(_ARABIC.findall(line))


def _same_text(a: str, b: str) -> bool:
    return matching_form(re.sub(_BULLET, "", a)) == matching_form(re.sub(_BULLET, "", b))


def _title_from(paragraph: str) -> str:
    """A title for an untitled article: its first sentence, cut to a headline's length."""
    first_sentence = re.split(r"(?<=[.!?؟])\s", paragraph, maxsplit=1)[0]
    words = first_sentence.split()
    return " ".join(words[:HEADLINE_MAX_WORDS]) + (" …" if len(words) > HEADLINE_MAX_WORDS else "")


def _word_count(line: str) -> int:
    return len(line.split())
