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
    _BULLET
    + r"(?:(?:اقرا|طالع|شاهد|تابع)\s*(?:ايضا|كذلك|المزيد|مدونه)|(?:اقرا|طالع|شاهد)\s*(?::|\.\.|\|)|ايضا\s*:"
    r"|للمزيد\b)|^(?:read|see)\s+(?:more|also)\b|^watch\s*:"
)
# "اقرأ أيضاً" introduces a list (its first item often glued to it); "للمزيد: X" is one link,
# and a short line after it is the article's next cross-heading (France 24's pattern).
_LIST_CUE = re.compile(_BULLET + r"(?:اقرا|طالع|شاهد)\s*(?:ايضا|كذلك)|^(?:read|see)\s+also\b")
_RELATED = re.compile(
    _BULLET
    + r"(?:(?:مقالات|اخبار|مواضيع|موضوعات|قصص)\s+(?:مشابهه|ذات صله|متعلقه|مقترحه|قد تهمك)|قد\s+(?:يهمك|يعجبك)"
    r"|الاكثر\s+(?:قراءه|مشاهده)|اخترنا\s+لك|related(?:\s+(?:articles|stories|news|posts))?\s*:?$"
    r"|more\s+(?:from|stories|on this)|you may also like)"
)
_SOURCE = re.compile(_BULLET + r"(?:المصدر|مصدر الخبر|source)\b\s*:?")
# Bylines and desk credits: "بقلم ...", "كتب: ...", "(إعداد ... - تحرير ...)", "نقلا عن ...".
_BYLINE = re.compile(r"^[\W_]*(?:بقلم|كتب|كتبت|اعداد|تحرير|نقلا\s+عن|by)\b")
BYLINE_MAX_WORDS = 12
# Prompts anywhere in a short line: "... اضغط هنا", "تابعوا عبر تطبيق ...", app notices.
_UI_ANYWHERE = re.compile(
    r"اضغط\s+هنا|انقر\s+هنا|click\s+here|تابعوا\s+(?:عبر|على)|تحميل\s+(?:احدث\s+)?(?:نسخه\s+)?(?:من\s+)?تطبيق"
    r"|تسلم\s+اشعارات|جميع\s+المقالات\s+المنشوره|تمثل\s+راي\s+كتابها"
)
UI_ANYWHERE_MAX_WORDS = 40
_SEPARATOR = re.compile(r"^[\s\-_=*~.·•]{3,}$")
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
    r"|بترا|قنا|وفا|ومع|getty(?:\s+images)?|reuters|afp|ap|epa|anadolu|shutterstock|ارشيفيه|ارشيف|مواقع\s+التواصل)"
)
_AGENCY_ONLY = re.compile(r"^[\W_]*" + _AGENCY_CREDIT + r"[\W_]*$")
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
    captions: frozenset[str] = frozenset()

    def kind_of(self, line: str) -> SidebarKind | None:
        if self.captions and matching_form(line) in self.captions:
            return "caption"
        return sidebar_kind(line)

    def peek(self, ahead: int = 0) -> str | None:
        index = self.at + ahead
        return self.lines[index] if index < len(self.lines) else None

    def take(self, kind: SidebarKind | None = None) -> str:
        line = self.lines[self.at]
        self.at += 1
        if kind is not None:
            self.sidebars.append(Sidebar(kind=kind, text=line))
        return line


def split_page(
    text: str, known_title: str | None = None, known_captions: tuple[str, ...] = ()
) -> SplitPage:
    """Split a page's text (one block per line) into article, appended articles and sidebars.

    ``known_title`` and ``known_captions`` come from HTML markup: a line repeating the title
    is not body text, a line the markup calls a caption is a caption.
    Raises EmptyPageError when nothing article-like remains.
    """
    lines = [line for line in clean_display(text).split("\n") if line]
    cursor = _Cursor(lines, captions=frozenset(matching_form(c) for c in known_captions))
    title, dateline = _read_header(cursor, known_title)
    title_from_body = False
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
    words = _word_count(line)
    if (_SOURCE.match(folded) and words <= 20) or _AGENCY_ONLY.match(folded):
        return "source_credit"
    if (_BYLINE.match(folded) and words <= BYLINE_MAX_WORDS) or (_CAPTION.search(folded) and words <= 5):
        return "source_credit"  # "فرانس24/ أ ف ب": a desk credit, not a photo caption
    if (_UI.match(folded) and words <= 14) or (_UI_ANYWHERE.search(folded) and words <= UI_ANYWHERE_MAX_WORDS):
        return "ui_text"
    if _SEPARATOR.match(line):
        return "other"
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


def _read_header(cursor: _Cursor, known_title: str | None) -> tuple[str | None, str | None]:
    """Skip chrome above the title; take the title, a duplicated title and the dateline."""
    title: str | None = None
    dateline: str | None = None
    while (line := cursor.peek()) is not None and title is None:
        kind = cursor.kind_of(line)
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
        elif cursor.kind_of(line) in ("ui_text", "widget", "caption", "source_credit"):
            cursor.take(cursor.kind_of(line))
        else:
            break
    return title, dateline


def _read_body(cursor: _Cursor, title: str | None) -> list[str]:
    """Body lines in order; in-body chrome becomes sidebars.

    A sidebar block in the middle (an "اقرأ أيضاً" line and its headlines, a credit, a
    prompt) ends the body only when what follows it is not more of the same article:
    a paragraph that shares enough of the body's words continues it.
    """
    body: list[str] = []
    while (line := cursor.peek()) is not None:
        kind = cursor.kind_of(line)
        if kind is None:
            if title and _same_text(line, title):
                cursor.take("duplicated_headline")
            else:
                body.append(cursor.take())
            continue
        if kind in ENDING_KINDS and not body:
            break
        if kind == "embedded_post":
            _take_embedded_post(cursor, body)
            continue
        if kind in ENDING_KINDS and not _continues_after_block(cursor, body):
            break
        cursor.take(kind)
        if kind == "related_list" or (kind == "read_also" and _LIST_CUE.match(matching_form(line))):
            _take_headline_list(cursor, kind, body)
    return body


# Kinds that usually close an article; after them the body goes on only if the article does.
ENDING_KINDS = frozenset({"read_also", "related_list", "tags", "source_credit"})
CLOSING_KINDS = frozenset({"tags", "source_credit"})
# Share of a paragraph's content words already in the body for it to count as the same
# article, when a single headline stands between them (the shape of an appended article).
# Measured: ANT articles resuming after an inline read-also share 0.12-0.31 of their words
# with the body above; the seeds' appended articles share 0.09-0.27, but every one of them
# sits after a tag or source line, which ends the article first.
CONTINUITY_MIN = 0.1


def _continues_after_block(cursor: _Cursor, body: list[str]) -> bool:
    """Does the article go on after the sidebar block starting at the cursor?

    Never after a tag or source line: those close an article. After a cue with its text on
    the same line ("اقرأ: (...)", "للمزيد - ...") or a list of several headlines, a paragraph
    continues the article; after a single headline, only if it shares the article's words.
    """
    ahead, headlines = 0, 0
    while (line := cursor.peek(ahead)) is not None:
        kind = cursor.kind_of(line)
        if kind is None and not (is_headline(line) and not _is_body_paragraph(line)):
            break
        if kind in CLOSING_KINDS and not _BYLINE.match(matching_form(line)):
            return False
        headlines += kind is None
        ahead += 1
        if ahead > 8:
            return False
    following = cursor.peek(ahead)
    if following is None or not _is_body_paragraph(following):
        return False
    return headlines != 1 or _shares_topic(body, following)


def _shares_topic(body: list[str], paragraph: str) -> bool:
    from agents.text.terms import content_terms

    words = set(content_terms(paragraph))
    if not words:
        return False
    known = set(content_terms("\n".join(body)))
    return len(words & known) / len(words) >= CONTINUITY_MIN


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


def _take_headline_list(cursor: _Cursor, kind: SidebarKind, body: list[str] | None = None) -> None:
    """Headlines listed under a read-also or related cue, until something else starts."""
    while (line := cursor.peek()) is not None:
        if cursor.kind_of(line) is not None or not is_headline(line) or _is_body_paragraph(line):
            return
        if _starts_article(cursor, 0) and not _looks_bulleted(line):
            following = cursor.peek(1)
            if body is None or following is None or not _shares_topic(body, following):
                return  # a titled article starts here: the tail decides what it is
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
