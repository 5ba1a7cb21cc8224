"""Where the main article starts: its lead, its headline, and the lines between them.

The lead is the first line that reads as prose; the headline is the headline-shaped line above it
that the lead echoes best (never a menu, trail, label or date line); above it is page chrome, but
for the article's own date line. Between headline and lead: a duplicated headline, the dateline,
bylines, captions, and any sentence of the article itself.
"""

from __future__ import annotations

import re

from agents.text.cues import (
    ALERT_PREFIX,
    BRACKETED,
    ENDS_STOP_OR_COLON,
    HANDLE,
    HEADLINE_MAX_WORDS,
    PARAGRAPH_MIN_WORDS,
    POST_NUMBER,
    SENTENCE_END,
    SEPARATOR,
    TRAILS_OFF,
    WATCH,
    WIRE_PRIORITY,
    YEAR,
    fold_line,
)
from agents.text.line_kinds import (
    is_bare_name,
    is_cut_by_paywall,
    is_date_line,
    is_dateline,
    is_place_credit,
    is_post_time,
    is_trail,
    is_transmission_head,
    is_wire_furniture,
)
from agents.text.line_shapes import (
    echo_share,
    is_body_paragraph,
    is_long_headline,
    is_same_text,
    is_sentence,
    line_terms,
    looks_bulleted,
    terms_of_lines,
    without_bullet,
    word_count,
)
from agents.text.page_cursor import Cursor
from agents.text.page_kinds import without_speaker
from streams.records import SidebarKind

TITLE_SEARCH_LINES = 14  # how far above the lead the headline may sit (chrome between: seeds 3-6, pages up to 9)


def find_lead(cursor: Cursor) -> int:
    """Index of the article's first paragraph: the first line that reads as prose (a headline
    that happens to be long and ends in "?" does not); len(lines) when there is none."""
    for index, line in enumerate(cursor.lines[cursor.text_from :], cursor.text_from):
        if cursor.kind_of(line) is None and is_sentence(line) and word_count(line) >= PARAGRAPH_MIN_WORDS and not is_long_headline(line):
            return index
        if cursor.kind_of(line) is None and is_cut_by_paywall(line, next(iter(cursor.lines[index + 1 : index + 2]), None)):
            return index  # all the page shows of a paywalled article's text
    # paragraphs scraped without their stops: the first line longer than any headline runs
    for index, line in enumerate(cursor.lines[cursor.text_from :], cursor.text_from):
        if cursor.kind_of(line) is None and word_count(line) >= LEAD_FALLBACK_WORDS:
            return index
    return len(cursor.lines)


# Ticker and related headlines run up to ~16 words on the pages of arabic_html_pages.
LEAD_FALLBACK_WORDS = 18


# Headline choice: how much of the line the lead echoes weighs most; a line of 4+ words and a
# line with a date right under it are likelier headlines; each line further up costs a little.
# Measured on 600 ANT articles: 90% of titles have 1/3+ of their words in the first two
# paragraphs, 95% more than a quarter; a menu item or a ticker headline almost never does.
TITLE_ECHO_MIN = 0.25
TITLE_ECHO_WEAK = 0.15  # a 4+ word line with a word or two of the lead (not a site's tagline)
TITLE_ECHO_SHORT = 0.5
HEADLINE_USUAL_WORDS = 14  # past it, a line is likelier an unpunctuated paragraph (ANT titles: 95% <= 14)
TITLE_LONG_WORDS = 4
TITLE_MIN_WORDS = 3  # two-word titles are rare (opinion columns'); two-word lines above a lead are labels


def find_title(cursor: Cursor, lead: int, known_title: str | None) -> int | None:
    """Index of the main article's headline above the lead, or None (no headline line)."""
    lines = cursor.lines
    if known_title:
        matches = [i for i in range(min(lead + 1, len(lines))) if is_same_text(lines[i], known_title)]
        return matches[-1] if matches else None
    if lead >= len(lines):  # no prose at all: the first headline-shaped line, as a headline-only item
        return next((i for i in range(len(lines)) if _is_title_shaped(cursor, i)), None)
    # the lead and the article's lines under it, not the credits there ("مصدر الخبر: X" names the outlet)
    near_lead = [
        without_speaker(line, cursor.speakers) for k, line in enumerate(lines[lead : lead + 3]) if k == 0 or cursor.kind_of(line) is None
    ]
    lead_terms = terms_of_lines([_without_wire_prefix(near_lead[0]), *near_lead[1:]])
    candidates: list[tuple[float, int]] = []
    shapes = {i: line_terms(lines[i]) for i in range(max(0, lead - TITLE_SEARCH_LINES), lead) if _is_title_shaped(cursor, i)}
    # the page's title bar: the headline and the site's name, never the headline itself
    title_bars = {j for j in shapes if any(_is_with_site_name(lines[j], lines[i]) for i in shapes if i != j)}
    for i, terms in shapes.items():
        words = word_count(lines[i])
        if i in title_bars:
            continue
        if any(terms < other and word_count(lines[j]) > words for j, other in shapes.items() if j != i and j not in title_bars):
            continue  # the headline's first words again: a caption or a label cut from it
        echo = echo_share(terms, _echoing_terms(lines[i], near_lead, lead_terms))
        if echo < TITLE_ECHO_MIN and fold_line(lines[i]) in cursor.template:
            continue  # the source's template (a tagline), unless the lead echoes it as a title
        dated = any(i + k < lead and is_dateline(lines[i + k]) for k in (1, 2))
        twice = i + 1 < lead and is_same_text(lines[i], lines[i + 1])
        long_enough = words >= TITLE_LONG_WORDS
        # only known chrome (dates, share bars, credits) between the line and the lead
        framed = all(cursor.kind_of(lines[k]) is not None or is_dateline(lines[k]) for k in range(i + 1, lead))
        listed = i > 0 and (lines[i - 1].strip().isdigit() or (i - 1 in shapes and echo_share(shapes[i - 1], lead_terms) == 0))
        if long_enough:  # the last item of a list above the article is framed too: not enough alone
            accepted = echo >= TITLE_ECHO_WEAK or twice or dated or (framed and not listed)
        elif words < TITLE_MIN_WORDS:  # two words: a label or a menu entry, unless printed twice
            accepted = twice
        else:  # a three-word line must be echoed well: menu items and labels are short
            # ... unless its own date line is right under it (or under its writer): then any echo will do
            accepted = ((echo >= TITLE_ECHO_SHORT or (dated and echo > 0)) and not _is_menu_item(lines, i)) or twice
        if not accepted:
            continue
        overlong = max(0, words - HEADLINE_USUAL_WORDS)
        score = 1.5 * echo + 0.25 * long_enough - 0.4 * (not long_enough) + 0.15 * dated + 0.3 * twice
        score -= 0.02 * (lead - i) + 0.04 * overlong
        candidates.append((score, i))
    if not candidates:
        return None
    best = max(candidates)[1]
    # a headline printed twice (or again as its picture's caption): the first copy is the headline
    for i in range(best - 1, max(-1, lead - TITLE_SEARCH_LINES - 1), -1):
        if is_same_text(lines[i], lines[best]):
            best = i
        elif cursor.kind_of(lines[i]) is None and not is_dateline(lines[i]):
            break
    if best + 1 < lead and _is_alert_over(lines[best], lines[best + 1]):
        best += 1  # "عاجل: X" over "X": the notification that brought the story, then its headline
    return best


def _echoing_terms(line: str, near_lead: list[str], lead_terms: frozenset[str]) -> frozenset[str]:
    """The lead's terms a line is echoed by, without the line's own copy among the lead's next
    lines (a caption printed above the lead and again inside the text echoes only itself)."""
    kept = [other for other in near_lead[1:] if not is_same_text(line, other)]
    if len(kept) == len(near_lead) - 1:
        return lead_terms
    return terms_of_lines([_without_wire_prefix(near_lead[0]), *kept])


def _is_alert_over(line: str, below: str) -> bool:
    """A push notification's label and the headline it repeats, right over that headline."""
    label = ALERT_PREFIX.match(fold_line(line))
    return label is not None and fold_line(line)[label.end() :] == fold_line(without_bullet(below))


MENU_ITEM_MAX_WORDS = 3


def _is_menu_item(lines: list[str], at: int) -> bool:
    """A short line between two other short lines (no date, no sentence): an entry of the site's menu,
    however well the lead happens to echo its words ("العالم العربي" over a story on world markets)."""
    if at == 0 or at + 1 >= len(lines):
        return False
    return all(
        word_count(lines[k]) <= MENU_ITEM_MAX_WORDS and not is_dateline(lines[k]) and not is_sentence(lines[k]) for k in (at - 1, at + 1)
    )


# What a page's title bar adds to its headline: " | العربي الجديد", " - BBC News عربي".
_SITE_NAME_SUFFIX = re.compile(r"^\s+[|\-–—]\s+[^|\-–—]+$")
SITE_NAME_MAX_WORDS = 4


# A site's name with its web address after a bar or a dash, ending the line: the site's own
# title bar or footer ("يلا موتور | yallamotor.com", "© 2018 سواليف - sawaleif.com").
_SITE_DOMAIN_PART = re.compile(r"\s[|\-–—]\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?\s*$", re.IGNORECASE)


def _is_with_site_name(line: str, headline: str) -> bool:
    """"Headline | Outlet": the page's title (a text browser prints it first), the headline with
    the site's name after a bar or a dash; the headline is the line without it."""
    longer, shorter = fold_line(line), fold_line(headline)
    suffix = longer[len(shorter) :]
    return longer.startswith(shorter) and bool(_SITE_NAME_SUFFIX.match(suffix)) and word_count(suffix) <= SITE_NAME_MAX_WORDS + 1


# A wire's place-and-wire prefix glued to a lead: "دبي، الإمارات-(بزنيس واير/ايتوس واير): ",
# "London, 5 June /PRNewswire/ -- ", "(CNN)--": the wire's name, not the story's words.
_WIRE_PREFIX = re.compile(r"^[^.!?؟:]{0,120}?(?:\)\s*:|/\s*--|--|—)\s*")


def _without_wire_prefix(lead: str) -> str:
    return _WIRE_PREFIX.sub("", lead, count=1)


def _is_title_shaped(cursor: Cursor, at: int) -> bool:
    line = cursor.lines[at]
    words = word_count(line)
    kind = cursor.kind_of(line, template=False)  # a hot story's title recurs in other pages' lists
    if not 2 <= words <= HEADLINE_MAX_WORDS or (kind is not None and not (kind == "read_also" and WATCH.match(line))):
        return False  # "شاهد.. X" links a video inside an article and opens many a headline
    if SENTENCE_END.search(line) or is_trail(line) or is_date_line(line) or BRACKETED.match(line) or is_place_credit(line):
        return False  # "(أبوظبي - البيان)": a place and desk credit in brackets
    if _is_wire_flash(cursor, at):
        return False
    if _SITE_DOMAIN_PART.search(line):
        return False  # "الاتحاد العام لنقابات عمال فلسطين | pgftu.ps": the site's own title bar
    if at + 1 < len(cursor.lines) and HANDLE.match(cursor.lines[at + 1]):
        return False  # a display name over its @handle: a post's author
    if _is_cut_in_quote(line):
        return False  # a caption cut from the headline mid-quote ("أمازون تقتحم "عالم"), not a headline
    if at > 0 and cursor.lines[at - 1].rstrip().endswith(":") and word_count(cursor.lines[at - 1]) <= 2:
        return False  # the value of a label over two lines ("الموضوع:" / "الانتخابات الرئاسية")
    if at > 0 and looks_bulleted(line) and (looks_bulleted(cursor.lines[at - 1]) or cursor.lines[at - 1].rstrip().endswith(":")):
        return False  # an item of a list under its label ("ضيوف الحلقة:" / "- X/ محلل سياسي" / "- Y/ ...")
    return not (is_body_paragraph(line) and not is_long_headline(line))


def _is_wire_flash(cursor: Cursor, at: int) -> bool:
    """A wire's flash, a dispatch of one line: its transmission header (or priority word) right
    over it, its filing stamp right under it, and no text after ("KUNA 0250 1 FRA" / "عاجل: X" /
    "كونا281259 جمت ابر 18" / "NNNN"). Never an article's headline."""
    lines = cursor.lines
    if at + 1 >= len(lines) or not is_date_line(lines[at + 1]):
        return False
    above = at - 1
    while above >= 0 and WIRE_PRIORITY.match(fold_line(lines[above])):
        above -= 1  # "URGENT", "عاجل" between the header and the flash
    if above < 0 or not is_transmission_head(lines[above]):
        return False
    after = lines[at + 2] if at + 2 < len(lines) else None
    return after is None or is_wire_furniture(after) or bool(SEPARATOR.match(after))


_OPENS_QUOTE_LAST = re.compile(r'(?:^|\s)"[^"\s][^"]*$')  # the line's last straight quote opens one


def _is_cut_in_quote(line: str) -> bool:
    """A line that ends inside a quotation it opened: its last straight quote opens one and none
    closes it, or « without its ». (Of 31,978 ANT titles, 4 end so; a dropped opening quote, the
    commoner slip, leaves a closing one last.)"""
    return (line.count('"') % 2 == 1 and _OPENS_QUOTE_LAST.search(line) is not None) or line.count("«") > line.count("»")


def read_header(
    cursor: Cursor, title_at: int | None, lead: int, known_title: str | None
) -> tuple[str | None, str | None, list[str]]:
    """Chrome above the headline; the headline; between it and the lead: a duplicated headline,
    the dateline, bylines, captions, share bars, and any sentence of the article itself."""
    title: str | None = None
    dateline: str | None = None
    early: list[str] = []
    if title_at is not None:
        above = _dateline_above(cursor, title_at, lead)
        while cursor.at < title_at:
            chrome = cursor.peek() or ""
            if cursor.at == above:
                dateline = without_bullet(cursor.take())
                continue
            cursor.take(cursor.kind_of(chrome) or ("widget" if is_dateline(chrome) else "other"))
        title = cursor.take()
    elif known_title:
        title = known_title
    title_terms = line_terms(title) if title else frozenset()
    while cursor.at < lead and (line := cursor.peek()) is not None:
        kind = cursor.kind_of(line)
        if title and is_same_text(line, title):
            cursor.take("duplicated_headline")
        elif dateline is None and kind is None and is_dateline(line) and (title_at is not None or _last_date_before(cursor, lead)):
            dateline = without_bullet(cursor.take())  # with no headline, the date nearest the text is its own
        elif line in cursor.stamps:
            early.append(cursor.take())  # the first update's time
        elif early and early[-1] in cursor.stamps and is_bare_name(line):
            cursor.take("source_credit")  # its writer
        elif kind is None and cursor.at >= cursor.text_from and _is_early_text(line, early[-1] if early else ""):
            early.append(cursor.take())
        elif kind is None and title_at is None and not known_title:
            cursor.take("widget" if is_dateline(line) else "other")
        else:
            terms = line_terms(line)
            guess: SidebarKind = "caption" if terms and title_terms and terms <= title_terms else "other"
            cursor.take(kind or guess)
    return title, dateline, early


def _last_date_before(cursor: Cursor, lead: int) -> bool:
    """Is the date at the cursor the last before the lead, and of the text's own dispatch (no
    wire's transmission header between: above one, it is an earlier flash's stamp)?"""
    between = range(cursor.at + 1, lead)
    if any(is_transmission_head(cursor.lines[k]) for k in between):
        return False
    return not any(is_dateline(cursor.lines[k]) and cursor.kind_of(cursor.lines[k]) is None for k in between)


def _dateline_above(cursor: Cursor, title_at: int, lead: int) -> int | None:
    """The index of the article's date line printed above its headline, or None.

    The section trail opens an article's own header ("الرئيسية / سياسة", its date, its
    headline): a date line between the trail and the headline, when none follows the headline,
    is the article's date. A date line under menus or search boxes is the site's clock widget,
    and one above a headline that has its own date line under it is the page's."""
    at = title_at - 1
    if at >= 0 and is_post_time(cursor.lines[at]):
        return at  # a post prints its time over its text: "قناة X" / "5 س · 🌐" / the post
    signed = _signed_date(cursor, title_at)
    if signed is not None and not any(is_dateline(cursor.lines[k]) for k in range(title_at + 1, lead)):
        return signed
    post_date = _post_header_date(cursor, title_at)
    if post_date is not None and not any(is_dateline(cursor.lines[k]) for k in range(title_at + 1, lead)):
        return post_date
    if at < 1 or cursor.kind_of(cursor.lines[at]) is not None or not is_dateline(cursor.lines[at]):
        return None
    if not (is_trail(cursor.lines[at - 1]) or _is_headlines_own_date(cursor, at, lead)):
        return None
    if any(is_dateline(cursor.lines[k]) for k in range(title_at + 1, lead)):
        return None
    return at


POST_HEADER_MAX_LINES = 8  # a forum post's header: its date, number, member box, a greeting


def _post_header_date(cursor: Cursor, title_at: int) -> int | None:
    """The date of the forum post the headline opens: a date line right over the post's number
    ("قديم 19-02-2018, 05:38 AM" / "#1"), a few lines above the headline."""
    for k in range(title_at - 2, max(-1, title_at - 2 - POST_HEADER_MAX_LINES), -1):
        if POST_NUMBER.match(cursor.lines[k + 1]) and is_dateline(cursor.lines[k]):
            return k
    return None


SIGNATURE_MAX_LINES = 3  # a handle, its subscriber count, a subscribe button
SIGNATURE_LINE_MAX_WORDS = 6


def _signed_date(cursor: Cursor, title_at: int) -> int | None:
    """The date a thread's unroll prints under its author's @handle, over the thread's first post
    ("@France24_ar" / "Feb 19, 2018" / "4 tweets • 1 min read" / the post): a full date, with only
    furniture between it and the headline and the handle a few lines over it."""
    lines = cursor.lines
    for at in range(title_at - 1, max(-1, title_at - 1 - SIGNATURE_MAX_LINES), -1):
        if is_dateline(lines[at]) and YEAR.search(lines[at]) and cursor.kind_of(lines[at]) is None:
            signed = any(HANDLE.match(lines[k]) for k in range(max(0, at - SIGNATURE_MAX_LINES), at))
            return at if signed else None
        if cursor.kind_of(lines[at]) is None and (word_count(lines[at]) > SIGNATURE_LINE_MAX_WORDS or is_sentence(lines[at])):
            return None  # text, not the unroll's furniture ("4 tweets • 1 min read", "Read on X")
    return None


def _is_headlines_own_date(cursor: Cursor, at: int, lead: int) -> bool:
    """A full date right over a headline its lead runs under at once, not under the site's search
    box or menu (its clock); a chat's day ("February 21", no year) is no article's date."""
    bylines = all(cursor.kind_of(cursor.lines[k]) == "source_credit" for k in range(at + 2, lead))  # "من X وY"
    return bylines and bool(YEAR.search(cursor.lines[at])) and cursor.kind_of(cursor.lines[at - 1]) != "ui_text"


def _is_early_text(line: str, previous: str) -> bool:
    """A line between the headline and the lead that is article text: a sentence, a sentence
    introducing what follows ("... قيل فيه:"), or a line of 8+ words right after such an
    introduction (a verse, a quote); a long headline in a ticker is none of these."""
    if is_dateline(line) or is_trail(line):
        return False
    words = word_count(line)
    if is_body_paragraph(line) or (words >= 8 and previous.rstrip().endswith(":")) or (words >= 5 and is_sentence(line)):
        return True
    return words >= 5 and bool(ENDS_STOP_OR_COLON.search(line)) and not TRAILS_OFF.search(line)
