"""After the body: sidebar blocks, and whole articles appended under the main one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.text.article_body import is_box_question, read_body, take_filing_stamp
from agents.text.article_starts import (
    COMMENT_MAX_WORDS,
    NEW_ARTICLE_ECHO_MIN,
    PostHead,
    badge_lines,
    continues_thread,
    is_bare_cue,
    is_headless_comment,
    is_headline_over_text,
    is_pen_name,
    meta_lines,
    post_head,
    starts_article,
    take_headline_list,
    terms_under,
    thread_author,
)
from agents.text.cues import ABOUT, COMMENTS, WATCH, YEAR, fold_line
from agents.text.line_kinds import is_date_line, is_dateline, is_post_time, without_initial_stops
from agents.text.line_shapes import (
    echo_share,
    is_body_paragraph,
    is_headline,
    is_long_headline,
    line_terms,
    title_from,
    without_bullet,
    word_count,
)
from agents.text.page_cursor import ArticleParts, Cursor
from streams.records import Sidebar


def read_tail(cursor: Cursor, main_body: list[str]) -> list[ArticleParts]:
    """After the body: sidebar blocks, and whole articles appended under the main one."""
    appended: list[ArticleParts] = []
    printed = frozenset(fold_line(paragraph) for paragraph in main_body if is_body_paragraph(paragraph))
    while (line := cursor.peek()) is not None:
        kind = cursor.kind_of(line)
        if kind is None and fold_line(line) in printed:
            cursor.take("other")  # the article's own paragraph again: a reply quoting it
        elif kind == "read_also" and WATCH.match(line) and _is_watch_title(cursor):
            appended.append(_read_appended(cursor, titled=True))  # "شاهد.. X" over its own article
        elif (head := post_head(cursor, cursor.at)) is not None and _opens_thread(cursor, head):
            appended.append(_read_thread(cursor, head))
        elif kind == "read_also" and is_bare_cue(line) and _is_full_date_over_headline(cursor, 1):
            cursor.take("read_also")  # "التدوينة التالية" over the next post's date and title, read next
        elif kind == "read_also" and is_bare_cue(line) and starts_article(cursor, 1 + badge_lines(cursor, 1)):
            cursor.take("read_also")
            for _ in range(badge_lines(cursor, 0)):
                cursor.take("other")  # the next check's verdict, over its title
            appended.append(_read_appended(cursor))
        elif kind in ("read_also", "related_list"):
            cursor.take(kind)
            take_headline_list(cursor, kind)
            if kind == "related_list":
                _take_teasers(cursor)
        elif kind == "ui_text" and COMMENTS.match(fold_line(line)):
            cursor.take(kind)
            _take_comments(cursor)
        elif is_headless_comment(cursor, 0):
            while is_headless_comment(cursor, 0):
                cursor.take("other")
                cursor.take("other")
        elif ABOUT.match(fold_line(line)):
            _take_about_block(cursor)
        elif kind is not None:
            cursor.take(kind)
        elif is_post_time(line) and starts_article(cursor, 1):
            stamp = without_bullet(cursor.take())
            post = _read_appended(cursor)  # the next post, under its time
            appended.append(post if post.dateline else replace(post, dateline=stamp))
        elif is_box_question(cursor, 0):
            cursor.take("widget")  # a fact box's question and its one-sentence answer, no article
            cursor.take("widget")
        elif starts_article(cursor, 0):
            appended.append(_read_appended(cursor))
        elif _is_full_date_over_headline(cursor):
            date = without_bullet(cursor.take())
            article = _read_appended(cursor)  # its date over its title, as over the main one
            appended.append(article if article.dateline else replace(article, dateline=date))
        else:
            cursor.take("widget" if is_date_line(line) else "other")
    return appended


def _is_watch_title(cursor: Cursor) -> bool:
    """"شاهد.. X" is the title of the paragraph under it (its writer and date between them) when the
    paragraph echoes it, not a link to a video."""
    at = 1 + meta_lines(cursor, 1)
    lead = cursor.peek(at) or ""
    return is_body_paragraph(lead) and echo_share(line_terms(cursor.peek() or ""), terms_under(cursor, at)) >= NEW_ARTICLE_ECHO_MIN


def _is_full_date_over_headline(cursor: Cursor, ahead: int = 0) -> bool:
    """A date with its year right over a headline with its paragraph right under it."""
    date = cursor.peek(ahead) or ""
    return bool(is_date_line(date) and YEAR.search(date)) and _is_headline_over_paragraph(cursor, ahead + 1)


def _is_headline_over_paragraph(cursor: Cursor, ahead: int) -> bool:
    """A headline (not a date) with a paragraph right under it, neither a sidebar's line."""
    title, lead = cursor.peek(ahead) or "", cursor.peek(ahead + 1) or ""
    if cursor.kind_of(title) is not None or cursor.kind_of(lead) is not None:
        return False
    return is_headline(title) and not is_date_line(title) and not is_body_paragraph(title) and is_body_paragraph(lead)


TEASER_RUN_MIN = 2  # items in a row under a related cue before they are read as its teasers
MORE_LINK_MAX_WORDS = 3  # "اقرأ المزيد", "التفاصيل ←", "Read more": an item's link to its full story


def _is_more_link(cursor: Cursor, ahead: int) -> bool:
    """A teaser's link to its full story under it: a read-more or details link of a few words."""
    line = cursor.peek(ahead)
    return line is not None and word_count(line) <= MORE_LINK_MAX_WORDS and cursor.kind_of(line) in ("read_also", "ui_text")


def _teaser_lines(cursor: Cursor, ahead: int) -> int:
    """How many lines the teaser at cursor+ahead runs (0: none there): a headline (not a date), at
    most one paragraph under it (its summary; a second paragraph makes it an article) and its
    read-more link; then the next item or the box's end."""
    title = cursor.peek(ahead) or ""
    if cursor.kind_of(title) is not None or not is_headline(title) or is_date_line(title) or is_body_paragraph(title):
        return 0
    size = 1 + _is_headline_over_paragraph(cursor, ahead)
    size += _is_more_link(cursor, ahead + size)
    after = cursor.peek(ahead + size)
    if size == 1 or (after is not None and cursor.kind_of(after) is None and not is_headline(after)):
        return 0  # a bare headline is a list's item (taken with the list), a paragraph runs on: an article
    return size


def _take_teasers(cursor: Cursor) -> None:
    """Under a related cue ("المزيد من DW", "باختصار", "More from X"), titled items of one paragraph
    or a read-more link each, two or more in a row, are the box's teasers (headline, summary, link),
    not articles appended; headlines listed bare between them are the box's too."""
    ahead, run = 0, 0
    while True:
        size = _teaser_lines(cursor, ahead)
        if size:
            run += 1
        elif cursor.peek(ahead) is not None and _is_bare_item(cursor, ahead):
            size = 1
        else:
            break
        ahead += size
    if run < TEASER_RUN_MIN:
        return
    for _ in range(ahead):
        cursor.take("related_list")


def _is_bare_item(cursor: Cursor, ahead: int) -> bool:
    """A listed headline with no summary, the next item or a read-more link right under it."""
    line, below = cursor.peek(ahead) or "", cursor.peek(ahead + 1)
    if cursor.kind_of(line) is not None or not is_headline(line) or is_date_line(line) or is_body_paragraph(line):
        return False
    return below is None or _is_more_link(cursor, ahead + 1) or _teaser_lines(cursor, ahead + 1) > 0


# A comment's number before its writer ("1 - تونسي حر", "3. Karim"), and the number a pen name ends in
# ("Yassine 75"): under a comments heading, neither makes the name less of one.
_COMMENT_NUMBER = re.compile(r"^\s*\d{1,3}\s*[-–.)]\s*")
_PEN_NAME_NUMBER = re.compile(r"\s+\d{1,4}\s*$")
# A blog platform prints the writer as saying the comment: "Hussein K. يقول...", "Sami said:", "Karim a dit :".
_WRITER_SAYS = re.compile(r"\s+(?:يقول|تقول|كتب|كتبت|says|said|wrote|a\s+dit|a\s+écrit)\s*(?:\.{2,}|…|:)?\s*$", re.IGNORECASE)


def _commenter(line: str) -> str:
    """A comment's writer without what comes with the name: its number, a pen name's number, "says",
    an initial's stop ("Hussein K.")."""
    return without_initial_stops(_PEN_NAME_NUMBER.sub("", _COMMENT_NUMBER.sub("", _WRITER_SAYS.sub("", line))))


def _is_comment_head(cursor: Cursor) -> bool:
    """A reader's name (or pen name) right over the date of the comment, which does not echo it as
    a lead echoes its headline (a blog's next post under the comment count of the last)."""
    name, date = _commenter(cursor.peek() or ""), cursor.peek(1) or ""
    if not (is_pen_name(name) and is_date_line(date)):
        return False
    text = cursor.peek(2) or ""
    return echo_share(line_terms(name), line_terms(text)) < NEW_ARTICLE_ECHO_MIN


def _is_undated_comment(cursor: Cursor) -> bool:
    """Under the comments' heading, a pen name over a short paragraph is a comment, whatever words the
    two share ("مواطن ليبي" over "... معاناة المواطن البسيط ...")."""
    name, text = cursor.peek() or "", cursor.peek(1) or ""
    return (
        is_pen_name(_commenter(name)) and cursor.kind_of(text) is None and is_body_paragraph(text) and word_count(text) <= COMMENT_MAX_WORDS
    )


def _take_comments(cursor: Cursor) -> None:
    """Readers' comments under their heading: each a name over a date (a number before them) or a
    pen name alone, the comment under it and its buttons ("رد", "إبلاغ"); a titled article under them is left alone."""
    while (line := cursor.peek()) is not None:
        kind = cursor.kind_of(line)
        if kind in ("read_also", "related_list"):
            return
        if kind is not None or line.strip().isdigit():
            cursor.take(kind or "other")
        elif (dated := _is_comment_head(cursor)) or _is_undated_comment(cursor):
            cursor.take("other")
            if dated:
                cursor.take("other")  # its date (a comment may print none: a pen name over its text)
            while (text := cursor.peek()) is not None and cursor.kind_of(text) is None and not (
                text.strip().isdigit() or _is_comment_head(cursor) or is_headline_over_text(cursor)
            ):
                cursor.take("other")
        else:
            return


def _take_about_block(cursor: Cursor) -> None:
    """An issuer's "about" heading and its standing paragraphs, up to the next titled article."""
    cursor.take("other")
    while (line := cursor.peek()) is not None and cursor.kind_of(line) is None and not is_headline_over_text(cursor):
        cursor.take("other")


def _read_appended(cursor: Cursor, titled: bool = False) -> ArticleParts:
    outer = cursor.sidebars
    cursor.sidebars = []
    first = cursor.peek() or ""
    headline = is_headline(first) and (is_long_headline(first) or not is_body_paragraph(first))
    title: str | None = cursor.take() if titled or headline else None
    dateline = None
    for _ in range(meta_lines(cursor, 0) if title is not None else 0):
        if dateline is None and is_dateline(cursor.peek() or ""):
            dateline = without_bullet(cursor.take())
        else:
            cursor.take(cursor.kind_of(cursor.peek() or "") or "other")
    if title is None and is_dateline(cursor.peek() or ""):
        dateline = without_bullet(cursor.take())
    paragraphs = read_body(cursor, title)
    dateline = dateline or take_filing_stamp(cursor)
    inner = tuple(cursor.sidebars)
    cursor.sidebars = outer
    cursor.sidebars.append(Sidebar(kind="appended_article", text=title or paragraphs[0]))
    if title is None:
        return ArticleParts(title_from(paragraphs[0]), dateline, tuple(paragraphs), inner, True)
    return ArticleParts(title, dateline, tuple(paragraphs), inner)


def _opens_thread(cursor: Cursor, head: PostHead) -> bool:
    """After the main thread, a post of its author opens another thread (a reply is signed by others)."""
    post = cursor.peek(head.size)
    return head.handle == thread_author(cursor) and post is not None and cursor.kind_of(post) is None


def _read_thread(cursor: Cursor, head: PostHead) -> ArticleParts:
    """Another thread of the same author: its first post, dated by its head, is its title; its
    next posts, each under the author's head and its counts, are its paragraphs."""
    outer = cursor.sidebars
    cursor.sidebars = []
    for _ in range(head.size - (head.date is not None)):
        cursor.take(cursor.kind_of(cursor.peek() or "") or "source_credit")
    dateline = without_bullet(cursor.take()) if head.date is not None else None
    title = cursor.take()
    while (line := cursor.peek()) is not None and cursor.kind_of(line) == "widget":
        cursor.take("widget")  # the post's counts
    if (following := post_head(cursor, cursor.at)) is not None and continues_thread(cursor, following):
        for _ in range(following.size):
            cursor.take(cursor.kind_of(cursor.peek() or "") or "source_credit")
    paragraphs = read_body(cursor, title)
    inner = tuple(cursor.sidebars)
    cursor.sidebars = outer
    cursor.sidebars.append(Sidebar(kind="appended_article", text=title))
    return ArticleParts(title, dateline, tuple(paragraphs), inner)
