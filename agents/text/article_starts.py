"""Another article under the one being read: a headline, its own lines, its lead.

A headline's own lines (its date, link, place-and-outlet credit, byline, reading time) sit between
it and its lead; a headline opens another article when its lead echoes it and the body above does
not. Asked inside the body (where an article ends) and in the tail (what is appended).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.text.chat import is_message_start
from agents.text.cues import (
    BY_AUTHOR,
    BYLINE,
    BYLINE_MAX_WORDS,
    CAPTION_MAX_WORDS,
    CASE_NUMBER,
    CASE_NUMBER_MAX_WORDS,
    COMMA,
    CONTINUATION_OPENER,
    COUNTER,
    HANDLE,
    LINK_LINE,
    NOT_IN_NAME,
    NOT_IN_OUTLET,
    PIECE_KIND,
    PLACE_AGENCY,
    PLACE_COLON_CREDIT,
    POST_HEAD_DOT,
    PRINT_EDITION,
    RATING,
    RATING_STARS,
    SOURCE,
    STAFF_CREDIT,
    THREAD_OPENER,
    WATCH,
    fold_line,
)
from agents.text.headlines import TITLE_LONG_WORDS
from agents.text.line_kinds import (
    is_bare_name,
    is_date_line,
    is_dateline,
    is_fact_check_furniture,
    is_picture_credit,
    is_place_credit,
    is_verdict_badge,
    without_honorific,
    without_initial_stops,
)
from agents.text.line_shapes import (
    echo_share,
    is_body_paragraph,
    is_headline,
    is_long_headline,
    is_sentence,
    line_terms,
    looks_bulleted,
    terms_of_lines,
    word_count,
)
from agents.text.page_cursor import Cursor
from streams.records import SidebarKind

# Share of a paragraph's content words already in the body for it to count as the same
# article, when a single headline stands between them (the shape of an appended article).
# Measured: ANT articles resuming after an inline read-also share 0.12-0.31 of their words
# with the body above; the seeds' appended articles share 0.09-0.27, but every one of them
# sits after a tag or source line, which ends the article first.
CONTINUITY_MIN = 0.1
# A headline whose words the paragraph under it echoes (1/3+, like 90% of ANT titles and
# their leads) and which the body above does not (under half that share) opens a new article.
NEW_ARTICLE_ECHO_MIN = 0.34
DATED_ARTICLE_ECHO_MIN = 0.2  # its own date line says much already (ANT titles: 95% echo 0.29+)
UNRELATED_MAX = 0.05  # "nothing in common": a stray shared word at most
# ... and whose paragraph shares little with the body: a cross-heading's section goes on with
# the article's words (ANT: median 0.27 of a paragraph's words are in the body above it), another
# article's lead does not (ANT leads against a random other article: 90% at 0.15 or less).
NEW_ARTICLE_CONTINUITY_MAX = 0.2
# Cross-headings in the team's gold run 2-6 words ("مقطع مصور مثير للجدل"); titles mostly longer.
CROSSHEAD_MAX_WORDS = 7
TITLE_WHOLE_ECHO_MIN = 0.67  # a lead that echoes two thirds of its headline's words or more


def opens_article(headline: str, cursor: Cursor, at: int, body: list[str]) -> bool:
    """Is ``headline`` (right above the paragraph at cursor+at) the title of another article?"""
    kind = cursor.kind_of(headline)
    if kind == "read_also" and WATCH.match(headline) and _is_dated_lead(cursor, at):
        kind = None  # "شاهد.. X" over its own date line and text: the next article's title, no video link
    if kind is not None or not is_headline(headline) or is_date_line(headline):
        return False
    terms = line_terms(headline)
    if len(terms) < 2 or word_count(headline) < TITLE_LONG_WORDS:
        return False  # "روايات وهمية": two words over a section are a cross-heading
    lead = cursor.peek(at) or ""
    echo = echo_share(terms, terms_under(cursor, at))
    known_terms = terms_of_lines(body)
    known = len(terms & known_terms) / len(terms)
    lead_terms = line_terms(lead)
    continuity = len(lead_terms & known_terms) / len(lead_terms) if lead_terms else 0.0
    if echo >= DATED_ARTICLE_ECHO_MIN and _is_dated_lead(cursor, at):
        return True  # a headline with its own date line, echoed by its lead: never a cross-heading
    if CONTINUATION_OPENER.match(fold_line(lead)) and echo < NEW_ARTICLE_ECHO_MIN:
        return False  # "وقال الحارثي ..." carries an article on; a link above it that it does not echo is no title of its
    if known == 0.0 and continuity < UNRELATED_MAX and body and is_sentence(body[-1]) and _is_under_body(cursor, at):
        return True  # paragraph, headline, paragraph with nothing in common: another article
    # a short headline is as likely a cross-heading: it needs a paragraph that shares even less, or
    # to be a title the paragraph under it echoes nearly whole and none of whose words the body used
    # (a cross-heading names what the article has been about)
    long_or_new = word_count(headline) >= CROSSHEAD_MAX_WORDS or (known == 0.0 and echo >= TITLE_WHOLE_ECHO_MIN)
    cap = NEW_ARTICLE_CONTINUITY_MAX if long_or_new else CONTINUITY_MIN
    if not CONTINUATION_OPENER.match(fold_line(lead)) and _lines_since_body(cursor, at, body) >= FURNITURE_RUN_MIN_LINES:
        cap = AFTER_FURNITURE_CONTINUITY_MAX  # the text broke off for a run of boxes, and a lead (no "وقال ...") opens under it: a site's next story may share its topic
    return echo >= NEW_ARTICLE_ECHO_MIN and known < echo / 2 and continuity < cap


# A headline echoed by its lead after a run of this many lines that are no text (boxes, a form, a
# list of links) since the body's last line: a cross-heading sits right under the text it goes on
# with, a page's next story under the boxes closing the text before it; and a site's stories share
# its topic (a church's news, a union's statements): a lead may share up to this much with the body.
FURNITURE_RUN_MIN_LINES = 4
AFTER_FURNITURE_CONTINUITY_MAX = 0.4


def _lines_since_body(cursor: Cursor, at: int, body: list[str]) -> int:
    """How many lines stand between the body's last paragraph and the headline over the paragraph
    at cursor+at (a box's heading kept as a cross-heading counts among them)."""
    text = next((line for line in reversed(body) if is_sentence(line)), None)
    if text is None:
        return 0
    last = cursor.at - 1
    while last >= 0 and cursor.lines[last] != text:
        last -= 1
    if last < 0:
        return 0
    return cursor.at + headline_above(cursor, at) - last - 1


SECTION_LABEL_MAX_WORDS = 2


def _is_under_body(cursor: Cursor, at: int) -> bool:
    """Does the headline over the paragraph at cursor+at stand right under the body that ends at the
    cursor, with at most its own lines (date, credit) under it and its section's label ("أخبار",
    "مقابلات") over it, as a feed of whole stories prints each?"""
    if at == 1:
        return True
    above = headline_above(cursor, at)
    if above == 0:
        return True
    label = cursor.peek(0) or ""
    return above == 1 and word_count(label) <= SECTION_LABEL_MAX_WORDS and cursor.kind_of(label) is None and not NOT_IN_NAME.search(label)


def is_headline_over_text(cursor: Cursor) -> bool:
    first = cursor.peek() or ""
    return is_headline(first) and not is_body_paragraph(first) and starts_article(cursor, 0)


# A headline's own lines between it and its lead: its date line, its link (a feed item prints
# "headline / address / date") and its place-and-outlet credit, at most this many.
META_MAX_LINES = 4  # a blog theme prints four: byline, date, reading time, views


ISSUER_MAX_WORDS = 8


def _is_meta_line(cursor: Cursor, line: str) -> bool:
    if LINK_LINE.match(line) or is_place_credit(line):
        return True
    folded = fold_line(line)
    if PRINT_EDITION.match(folded):
        return True  # a print daily's edition and page
    if RATING.match(folded) or PIECE_KIND.match(folded):
        return True  # a review's stars, or what kind of piece it is ("بيان صحفي", "Press release")
    if CASE_NUMBER.match(folded) and word_count(line) <= CASE_NUMBER_MAX_WORDS:
        return True  # a courts desk's case number
    if COUNTER.match(folded) or (BYLINE.match(folded) and word_count(line) <= BYLINE_MAX_WORDS) or PLACE_AGENCY.match(folded):
        return True  # its reading time, its views, its writer, where and by whom it was filed
    if PLACE_COLON_CREDIT.match(line) and cursor.kind_of(line) is None:
        return True  # a print byline: "دبي: حسين الحمادي", "الشارقة: «الخليج»"
    if SOURCE.match(folded) and word_count(line) <= ISSUER_MAX_WORDS:
        return True  # a release's issuer ("Source: X", "مصدر البيان: X") between its title and date
    if STAFF_CREDIT.match(folded):
        return True  # the desk it is credited to, no writer named
    if BY_AUTHOR.match(folded) and not is_date_line(line):
        return True  # "بواسطة فريق التحرير" alone (with a date, "بواسطة admin | 12 مارس" is the date line)
    if is_fact_check_furniture(line):
        return True  # a check's section heading or claim box between its title and what it found
    return is_dateline(line) and cursor.kind_of(line) is None


BADGE_MAX_LINES = 2


def badge_lines(cursor: Cursor, ahead: int) -> int:
    """How many verdict badges ("✅ صحيح جزئياً", "False") start at cursor+ahead, over a check's title."""
    count = 0
    while count < BADGE_MAX_LINES and (line := cursor.peek(ahead + count)) is not None and is_verdict_badge(line):
        count += 1
    return count


def meta_lines(cursor: Cursor, ahead: int) -> int:
    """How many of a headline's own lines (date, link, credit, counters) start at cursor+ahead."""
    count = 0
    while count < META_MAX_LINES and (line := cursor.peek(ahead + count)) is not None:
        if not (
            _is_meta_line(cursor, line)
            or _is_outlet_over_date(cursor, ahead + count)
            or _is_writer_under_date(cursor, ahead + count)
            or (count > 0 and _is_lead_picture(cursor, ahead + count))
        ):
            break
        count += 1
    return count + _bridged_lines(cursor, ahead, count)


# Between a headline and the lead that echoes it, what else a site prints there (a writer, stars,
# the piece's kind, a desk's credit) is the headline's own, whatever its words: short, no sentence.
BRIDGE_MAX_WORDS = 6
BRIDGE_OPEN_KINDS = frozenset({"read_also", "related_list"})  # a cue opens other content, never a headline's


def _bridged_lines(cursor: Cursor, ahead: int, known: int) -> int:
    """How many short lines after a headline's ``known`` own lines (at cursor+ahead) stand between
    it and a lead that echoes it: the headline is at cursor+ahead-1."""
    if cursor.at + ahead < 1:
        return 0
    extra = 0
    while known + extra < META_MAX_LINES and (line := cursor.peek(ahead + known + extra)) is not None and _is_bridgeable(cursor, line):
        extra += 1
    lead = cursor.peek(ahead + known + extra)
    if not extra or lead is None or cursor.kind_of(lead) is not None or not is_body_paragraph(lead):
        return 0
    headline_terms = line_terms(cursor.peek(ahead - 1) or "")
    lead_terms = terms_under(cursor, ahead + known + extra)
    if len(headline_terms) < 2 or any(_is_echoed_headline(cursor.peek(ahead + known + k) or "", lead_terms) for k in range(extra)):
        return 0  # the lead's own headline is among them: the line over them is not it
    return extra if echo_share(headline_terms, lead_terms) >= NEW_ARTICLE_ECHO_MIN else 0


def _is_bridgeable(cursor: Cursor, line: str) -> bool:
    return word_count(line) <= BRIDGE_MAX_WORDS and not is_sentence(line) and cursor.kind_of(line) not in BRIDGE_OPEN_KINDS


def _is_picture_caption(cursor: Cursor, line: str | None) -> bool:
    """A caption, or a short line that is no sentence and no sidebar's (what the picture shows)."""
    if line is None:
        return False
    kind = cursor.kind_of(line)
    return kind == "caption" or (kind is None and word_count(line) <= CAPTION_MAX_WORDS and not is_sentence(line))


def _is_lead_picture(cursor: Cursor, at: int) -> bool:
    """The picture between a headline's date and its lead: a caption, or a short line right over its
    credit ("من مكان الانفجار" over "(أ ف ب)"), and that credit under it. The credit is the picture's,
    not the article's closing one."""
    line = cursor.peek(at)
    if line is None:
        return False
    if cursor.kind_of(line) == "caption":
        return True
    if is_picture_credit(line):
        return _is_picture_caption(cursor, cursor.peek(at - 1))
    return cursor.kind_of(line) is None and _is_picture_caption(cursor, line) and is_picture_credit(cursor.peek(at + 1) or "")


OUTLET_MAX_WORDS = 3
CREDIT_DASH = re.compile(r"\s[-–]\s")
CREDITED_NAME_MAX_WORDS = 4  # either side of "outlet - writer" or "writer - place" ("Nour El Hoda Fayez")


def _is_outlet_over_date(cursor: Cursor, at: int) -> bool:
    """A bare name of up to 3 words right over a date line ("الاقتصادية" / "2018/03/18 22:17"):
    the outlet or writer a headline's own lines name, never a cross-heading (those run into text)."""
    line, below = cursor.peek(at), cursor.peek(at + 1)
    if line is None or below is None:
        return False
    name = without_initial_stops(without_honorific(line))  # "Layla K." is a name: an initial's stop is no sentence's
    parts = CREDIT_DASH.split(name)  # "ET بالعربي - Nour El Hoda Fayez": the outlet and its writer, each a name
    most = OUTLET_MAX_WORDS if len(parts) == 1 else CREDITED_NAME_MAX_WORDS
    if len(parts) > 2 or any(not 1 <= word_count(part) <= most for part in parts) or NOT_IN_OUTLET.search(name):
        return False
    dated = is_date_line(below) or bool(RATING_STARS.match(below))  # a review's writer is over its stars as over its date
    return cursor.kind_of(line) is None and dated and cursor.kind_of(below) is None


def _is_writer_under_date(cursor: Cursor, at: int) -> bool:
    """A bare name of up to 3 words right under a date line ("15 مارس 2018 9:16 م" / "فهد البقمي"):
    the writer a headline's own lines name, as the outlet over a date is."""
    if cursor.at + at < 1:
        return False
    line, over = cursor.peek(at) or "", cursor.peek(at - 1) or ""
    return is_bare_name(line) and is_date_line(over) and cursor.kind_of(over) is None


def _is_dated_lead(cursor: Cursor, at: int) -> bool:
    """Is the paragraph at cursor+at under a headline's date line (its link may sit between)?"""
    for k in range(at - 1, max(-1, at - 1 - META_MAX_LINES), -1):
        line = cursor.peek(k) or ""
        if is_date_line(line):
            return True
        if not (_is_meta_line(cursor, line) or _is_writer_under_date(cursor, k)):
            return False
    return False


def headline_above(cursor: Cursor, at: int) -> int:
    """Offset of the line above the paragraph at cursor+at once the headline's own lines are skipped."""
    above = at - 1
    picture = _picture_lines_above(cursor, above)
    if picture and above - picture > 0 and _is_meta_line(cursor, cursor.peek(above - picture) or ""):
        above -= picture  # a lead picture under the headline's date: its caption and credit
    for _ in range(META_MAX_LINES):
        if above > 0 and (
            _is_meta_line(cursor, cursor.peek(above) or "") or _is_outlet_over_date(cursor, above) or _is_writer_under_date(cursor, above)
        ):
            above -= 1
    return above - _bridged_above(cursor, above, at)


def _bridged_above(cursor: Cursor, above: int, at: int) -> int:
    """How many short lines end at cursor+above between a headline over them and the lead at
    cursor+at that echoes it (0 if no such headline): the headline's own lines, read upwards."""
    lead = cursor.peek(at) or ""
    if above < 1 or not _is_bridgeable(cursor, cursor.peek(above) or "") or cursor.kind_of(lead) is not None or not is_body_paragraph(lead):
        return 0
    lead_terms = terms_under(cursor, at)
    if _is_echoed_headline(cursor.peek(above) or "", lead_terms):
        return 0
    extra = 0
    while at - 1 - (above - extra) < META_MAX_LINES and above - extra > 0 and _is_bridgeable(cursor, cursor.peek(above - extra) or ""):
        extra += 1
        if _is_echoed_headline(cursor.peek(above - extra) or "", lead_terms):
            return extra
    return 0


def terms_under(cursor: Cursor, at: int) -> frozenset[str]:
    """The words of the lead at cursor+at and of the paragraph under it, which a title's words are
    looked for in."""
    return terms_of_lines(line for line in (cursor.peek(at), cursor.peek(at + 1)) if line)


def _is_echoed_headline(line: str, lead_terms: frozenset[str]) -> bool:
    terms = line_terms(line)
    return is_headline(line) and len(terms) >= 2 and echo_share(terms, lead_terms) >= NEW_ARTICLE_ECHO_MIN


def _picture_lines_above(cursor: Cursor, at: int) -> int:
    """How many lines of a picture end at cursor+at: a caption and its credit under it, or a caption."""
    line = cursor.peek(at) or ""
    if is_picture_credit(line) and _is_picture_caption(cursor, cursor.peek(at - 1) if cursor.at + at > 0 else None):
        return 2
    return int(cursor.kind_of(line) == "caption")


def starts_article(cursor: Cursor, ahead: int) -> bool:
    """A headline (and its date line) followed by a real paragraph, or a real paragraph."""
    first = cursor.peek(ahead)
    if first is None or cursor.kind_of(first) is not None:
        return False
    if _is_prose(first):
        return True
    if not is_headline(first) or is_date_line(first):
        return False
    second = cursor.peek(ahead + 1 + meta_lines(cursor, ahead + 1))
    if second is None or is_message_start(second):
        return False  # a chat message's title is over its own text, not over the next message
    return cursor.kind_of(second) is None and _is_prose(second)


def _is_prose(line: str) -> bool:
    """A paragraph, not a headline asking a question ("من هو الجاسوس ... ساعته من سوريا؟"): a list's
    item may run as long as a paragraph; a paragraph that asks one breaks its clauses with commas
    ("إذن كيف تكتشف ما يعرفه فيسبوك عنك، وكيف يصنفك ...؟"), a headline seldom does."""
    return is_body_paragraph(line) and not (is_long_headline(line) and not COMMA.search(line))


def take_headline_list(cursor: Cursor, kind: SidebarKind, body: list[str] | None = None) -> None:
    """Headlines listed under a read-also or related cue, until something else starts."""
    while (line := cursor.peek()) is not None:
        if cursor.kind_of(line) is not None or not is_headline(line) or _is_prose(line):
            return
        if body and is_headless_comment(cursor, 0) and not shares_topic(body, cursor.peek(1) or ""):
            return  # a reader's pen name over a comment on another matter: the list has ended
        if starts_article(cursor, 0) and not looks_bulleted(line):
            if body is None:
                return  # a titled article starts here: the tail decides what it is
            lead = 1 + meta_lines(cursor, 1)
            if opens_article(line, cursor, lead, body) and echo_share(line_terms(line), line_terms(cursor.peek(lead) or "")) > 0:
                return  # a listed headline is the title of the paragraph under it only if that paragraph echoes it
        cursor.take(kind)


def shares_topic(body: list[str], paragraph: str) -> bool:
    """Does ``paragraph`` carry the body's words (CONTINUITY_MIN of its own or more)?"""
    words = line_terms(paragraph)
    if not words:
        return False
    return len(words & terms_of_lines(body)) / len(words) >= CONTINUITY_MIN


def is_bare_cue(line: str) -> bool:
    """A cue line with nothing after it ("إقرأ أيضاً:"), as opposed to a glued headline."""
    return word_count(line) <= 3


@dataclass(frozen=True)
class PostHead:
    """A social post's head: its author's name and @handle, a dot, the post's date."""

    at: int  # index of its first line
    size: int
    handle: str  # matching form
    date: str | None


AUTHOR_NAME_MAX_WORDS = 6


def post_head(cursor: Cursor, at: int) -> PostHead | None:
    """The head of a post at ``cursor.lines[at]``, as X, Threads or Mastodon print it at every post
    of a thread: "فرانس 24" / "@France24_ar" / "·" / "Mar 25" (name, dot and date may be missing)."""
    lines = cursor.lines
    k = at
    if k < len(lines) and not HANDLE.match(lines[k]):
        if k + 1 >= len(lines) or not HANDLE.match(lines[k + 1]) or word_count(lines[k]) > AUTHOR_NAME_MAX_WORDS or is_sentence(lines[k]):
            return None
        k += 1  # the author's display name over the handle
    if k >= len(lines):
        return None
    handle = fold_line(lines[k])
    k += 1
    if k < len(lines) and POST_HEAD_DOT.match(lines[k]):
        k += 1
    date = None
    if k < len(lines) and word_count(lines[k]) <= POST_DATE_MAX_WORDS and is_date_line(lines[k]):
        date, k = lines[k], k + 1
    return PostHead(at, k - at, handle, date)


POST_DATE_MAX_WORDS = 4  # "Mar 25", "5 يونيو": a post's short date, not a timestamp line


def thread_author(cursor: Cursor) -> str | None:
    """The handle the page's first post is signed with: the thread's author (matching form)."""
    return next((fold_line(line) for line in cursor.lines if HANDLE.match(line)), None)


def continues_thread(cursor: Cursor, head: PostHead) -> bool:
    """Is the post under ``head`` the next post of the thread being read: by its author, posted the
    day the thread's last post was, and not the first post of another thread (a thread opens with
    "🧵", "THREAD:" or "1/6")? Readers' replies are signed by others."""
    post = cursor.lines[head.at + head.size] if head.at + head.size < len(cursor.lines) else None
    if post is None or cursor.kind_of(post) is not None or head.handle != thread_author(cursor) or THREAD_OPENER.search(post):
        return False
    last = _last_post_date(cursor, head)
    return head.date is None or last is None or fold_line(head.date) == fold_line(last)


def _last_post_date(cursor: Cursor, head: PostHead) -> str | None:
    """The date of the thread author's post head above ``head`` nearest it, if it printed one."""
    for index in range(head.at - 1, -1, -1):
        if HANDLE.match(cursor.lines[index]) and fold_line(cursor.lines[index]) == head.handle:
            above = post_head(cursor, index)
            if above is not None and above.date is not None:
                return above.date
    return None


COMMENTER_MAX_WORDS = 4  # a reader's name or pen name: "ولد الشيخ", "ابن عدن", "Abdalla"
COMMENT_MAX_WORDS = 40


def is_pen_name(line: str) -> bool:
    return 1 <= word_count(line) <= COMMENTER_MAX_WORDS and not NOT_IN_NAME.search(line)


def is_headless_comment(cursor: Cursor, ahead: int) -> bool:
    """A reader's comment printed with no heading and no date: a pen name ("ابن عدن", "Abdalla")
    over a short paragraph that does not echo it, then the next comment, a sidebar or the page's
    end; an article under a short headline goes on past its first paragraph."""
    name, text = cursor.peek(ahead), cursor.peek(ahead + 1)
    if name is None or text is None or cursor.kind_of(name) is not None or cursor.kind_of(text) is not None:
        return False
    if not is_pen_name(name) or not is_body_paragraph(text) or word_count(text) > COMMENT_MAX_WORDS:
        return False
    if echo_share(line_terms(name), line_terms(text)) >= NEW_ARTICLE_ECHO_MIN:
        return False
    after, below = cursor.peek(ahead + 2), cursor.peek(ahead + 3)
    if after is not None and cursor.kind_of(after) in ("source_credit", "tags"):
        return False  # a source or tag line closes an article's last paragraph, never a comment
    if after is None or cursor.kind_of(after) is not None or is_headless_comment(cursor, ahead + 2):
        return True
    return not is_body_paragraph(after) and not is_body_paragraph(below or "")  # the footer's links
