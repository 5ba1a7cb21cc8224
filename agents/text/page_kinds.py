"""Pages that are not one article under its headline: transcripts, live blogs, lists of teasers.

Each is recognised from the page as a whole (8+ time codes in order, speaker labels opening 4+
lines, 3+ date lines each over an update, 3+ titled one-paragraph items) and changes how its
article is read. (A chat export is ``chat``'s, text wrapped into columns ``reflow``'s.)
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from agents.text.cues import (
    AUTHOR_BIO,
    AUTHOR_BIO_MAX_WORDS,
    AUTHOR_BOX_HEADING,
    CAPTION_MAX_WORDS,
    CONTENTS_HEADING,
    DAILY_QUOTE_HEADING,
    DEFINITION,
    DISCLAIMER_HEADING,
    EMAIL_FIELD,
    ENDS_ASKING,
    ENDS_STOP,
    FAQ_HEADING,
    FOLLOW_MARK,
    GALLERY_COUNTER,
    GLOSSARY_HEADING,
    GLOSSARY_TERM_MAX_WORDS,
    HOTLINE_HEADING,
    KEY_POINTS_HEADING,
    LINK_LINE,
    NAMED_PHOTO_CREDIT,
    NEWSLETTER_HEADING,
    NUMBERED,
    PHONE_ENTRY,
    QUOTE_REFERENCE,
    SLIDE_FRACTION,
    SPONSORED_LABEL,
    SUPPORT_HEADING,
    TOOL_BUTTON,
    TOOL_HEADING,
    TRAILS_OFF,
    TRANSCRIPT_HEADING,
    WRITER_BOX_HEAD,
    WRITER_BOX_MAX_LINES,
    fold_line,
)
from agents.text.line_kinds import (
    is_bare_name,
    is_date_line,
    is_picture_credit,
    sidebar_kind,
    without_initial_stops,
)
from agents.text.line_shapes import (
    is_body_paragraph,
    is_sentence,
    looks_bulleted,
    without_bullet,
    word_count,
)
from agents.text.page_cursor import GAP_MAX_LINES, ArticleParts, Cursor
from streams.records import Sidebar, SidebarKind

TEASER_LIST_MIN = 3  # titled one-paragraph items on a page before it is read as a list of teasers


def _is_teaser(parts: ArticleParts) -> bool:
    return parts.has_headline and len(parts.paragraphs) == 1


def article_among_teasers(
    main: ArticleParts, appended: list[ArticleParts], page_sidebars: list[Sidebar]
) -> tuple[ArticleParts, list[ArticleParts]]:
    """On a page listing teasers (a results or archive page: title, date, one excerpt, again and
    again) the article is the item printed in full, with paragraphs of its own, not the first
    teaser; the teasers are the list it sits in (related items), not articles appended to it."""
    blocks = [main, *appended]
    if not _is_teaser(main) or sum(map(_is_teaser, blocks)) < TEASER_LIST_MIN:
        return main, appended
    full = next((b for b in appended if b.has_headline and len(b.paragraphs) >= 2), None)
    if full is None:
        return main, appended
    page_sidebars.extend(main.sidebars)
    page_sidebars.extend(Sidebar(kind="related_list", text=b.title) for b in blocks if _is_teaser(b))
    return full, [b for b in appended if b is not full and not _is_teaser(b)]


_TIMECODE = re.compile(r"^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*$")
TIMECODE_MIN_LINES = 8


def without_timecodes(lines: list[str]) -> tuple[list[str], list[str]]:
    """A video's transcript in timed chunks: 8+ lines that are a time code alone, from the start of
    the video ("0:00") on, in order, are furniture; the chunks between them are lines of one text.
    (A live blog's update times are clock times, newest first, each over a paragraph.)"""
    codes = [(index, match) for index, line in enumerate(lines) if (match := _TIMECODE.match(line))]
    if len(codes) < TIMECODE_MIN_LINES:
        return lines, []
    seconds = [int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) for _, m in codes]
    if seconds[0] > 59 or any(later <= earlier for earlier, later in pairwise(seconds)):
        return lines, []
    drop = {index for index, _ in codes}
    return [line for index, line in enumerate(lines) if index not in drop], [lines[index] for index in sorted(drop)]


# A printed page's number, alone or with its site: "1", "- 1 -", "صفحة 1", "Page 1 of 4", "1 | site.org".
_PAGE_NUMBER = re.compile(r"^[\s\-–—]*(?:(?:صفحة|الصفحة|page|p\.)\s*)?(\d{1,3})(?:\s*(?:من|of|/|sur)\s*\d{1,3})?(?:\s*\|\s*\S+)?[\s\-–—]*$", re.IGNORECASE)
RUNNING_HEAD_MAX_WORDS = 16


def without_page_furniture(lines: list[str]) -> tuple[list[str], list[Sidebar]]:
    """A paper exported from its PDF: the page numbers (two or more, in order, with text between
    them) and the running head printed at each page break (the same line at two breaks, or a line
    of the cover again: the centre's name, the paper's kind or its title) are furniture; the text
    runs on across them."""
    numbers = [(index, int(match.group(1))) for index, line in enumerate(lines) if (match := _PAGE_NUMBER.match(line))]
    pages = [index for (index, number), (_, following) in pairwise([*numbers, (len(lines), 0)]) if following in (number + 1, 0)]
    pages = [index for index in pages if any(n == index for n, _ in numbers)]
    breaks = [a for a, b in pairwise(pages) if any(is_body_paragraph(line) for line in lines[a + 1 : b])] + pages[-1:]
    if len(breaks) < 2:
        return lines, []
    drop = set(breaks)
    seen = Counter(fold_line(line) for line in lines)
    headless = 0
    for index in breaks[:-1]:
        head = next((k for k in (index + 1, index - 1) if 0 <= k < len(lines) and k not in drop and _is_running_head(lines, k, seen)), None)
        if head is None:
            headless += 1
        else:
            drop.add(head)
    if headless and any(lines[index].strip().isdigit() for index in breaks):
        return lines, []  # bare numbers with no running head by them: a list's or comments' numbers, not pages
    return [line for k, line in enumerate(lines) if k not in drop], [Sidebar(kind="other", text=lines[k]) for k in sorted(drop)]


def _is_running_head(lines: list[str], at: int, seen: Counter[str]) -> bool:
    """A short line the page prints more than once (at each break, or on the cover and at a break);
    a name over a date is a comment's writer (comments are numbered too)."""
    line, below = lines[at], lines[at + 1] if at + 1 < len(lines) else ""
    return word_count(line) <= RUNNING_HEAD_MAX_WORDS and seen[fold_line(line)] >= 2 and not is_body_paragraph(line) and not is_date_line(below)


# ---- Boxes around the article that restate it or speak about it (an FAQ, key points, a table of
# contents, the writer's box, a sponsored paragraph): found by their heading or label, dropped by
# place before the page is read, since their lines repeat the article's own (an FAQ's answer
# is a paragraph printed again) and no line-by-line test can tell the copy from the original.
# A newsletter's sign-up box is read the same way: its pitch is a sentence ("ملخص يومي لأبرز
# الأخبار الاقتصادية قبل افتتاح الأسواق."), and only its place, over the e-mail field, says so.
BOX_ITEM_MAX_WORDS = 30  # a question, a key point, a contents item, a writer's one-line bio
BOX_HEADING_MAX_CHARS = 40  # the longest heading or label in the lexicons ("ce qu'il faut retenir") is 25


_QUOTED = re.compile(r"^\s*[«“\"](.+?)(?:\.\.\.|…)?[»”\"]\s*$")
PULL_QUOTE_MIN_WORDS = 4


def _pull_quotes(lines: list[str]) -> dict[int, SidebarKind]:
    """A pull quote: a line in quotation marks only, whose words the page prints again inside a
    longer line (the paragraph it was lifted from). An article's own quotations stand in its text once."""
    quotes: dict[int, SidebarKind] = {}
    for index, line in enumerate(lines):
        if (match := _QUOTED.match(line)) is None or word_count(match.group(1)) < PULL_QUOTE_MIN_WORDS:
            continue
        lifted = fold_line(match.group(1).rstrip(" .…"))
        if any(k != index and len(other) > len(line) and lifted in fold_line(other) for k, other in enumerate(lines)):
            quotes[index] = "other"
    return quotes


def without_boxes(lines: list[str]) -> tuple[list[str], list[Sidebar]]:
    """The page's lines without its recap, writer's and newsletter boxes, sponsored paragraphs and
    pull quotes; those as sidebars."""
    drop: dict[int, SidebarKind] = _pull_quotes(lines)
    index = 0
    while index < len(lines):
        if len(lines[index]) > BOX_HEADING_MAX_CHARS:
            index += 1  # a paragraph, never a box's heading: most of a page's lines are spared the tests
            continue
        folded = fold_line(lines[index])
        end = index
        kind: SidebarKind = "other"
        if FAQ_HEADING.match(folded):
            end = _faq_end(lines, index + 1)
        elif KEY_POINTS_HEADING.match(folded):
            end = _key_points_end(lines, index + 1)
            if end == index + 1:
                index += 1  # no points under it: a digest's "in brief" over its briefs, a cue the reader sees
                continue
        elif CONTENTS_HEADING.match(folded):
            end, kind = _contents_end(lines, index + 1), "ui_text"
        elif AUTHOR_BOX_HEADING.match(folded) and index + 1 < len(lines) and is_bare_name(lines[index + 1]):
            end, kind = _author_box_end(lines, index + 2), "source_credit"
        elif (head := WRITER_BOX_HEAD.match(folded)) and _is_writer_name(folded[head.end() :]) and (box := _follow_box_end(lines, index + 1)):
            end, kind = box, "source_credit"  # a post's writer, followers, bio and follow button
        elif _is_author_bio(lines, index + 1) and is_bare_name(lines[index]):
            end, kind = index + 2, "source_credit"  # a writer's name over who they are
        elif (SPONSORED_LABEL.match(folded) or SUPPORT_HEADING.match(folded) or DISCLAIMER_HEADING.match(folded)) and index + 1 < len(lines) and sidebar_kind(lines[index + 1]) is None:
            end = index + 2  # the sponsor's paragraph, or a disclaimer's note, under its label
        elif DAILY_QUOTE_HEADING.match(folded) and index + 1 < len(lines):
            end = index + 2  # the quote under its heading, and its reference
            end += end < len(lines) and word_count(lines[end]) <= QUOTE_REFERENCE_MAX_WORDS and bool(QUOTE_REFERENCE.match(fold_line(lines[end])))
        elif NEWSLETTER_HEADING.match(folded) and (field := _email_field(lines, index + 1)) is not None:
            end, kind = field + 1, "ui_text"  # a newsletter's name, its pitch, the e-mail field
        elif GLOSSARY_HEADING.match(folded) and (terms := _glossary_end(lines, index + 1)) > index + 1:
            end = terms  # a glossary's heading over its terms and their definitions
        elif HOTLINE_HEADING.match(folded) and index + 1 < len(lines) and PHONE_ENTRY.match(lines[index + 1]):
            end, kind = index + 1, "widget"  # a hotline box's heading: the numbers under it are widgets
        elif TOOL_HEADING.match(folded) and (button := _tool_button(lines, index + 1)) is not None:
            end, kind = button + 1, "widget"  # a tool's name, its pitch or fields, the button that starts it
        else:
            index += 1
            continue
        drop.update((k, kind) for k in range(index, max(end, index + 1)))
        index = max(end, index + 1)
    if not drop:
        return lines, []
    sidebars = [Sidebar(kind=kind, text=lines[k]) for k, kind in sorted(drop.items())]
    return [line for k, line in enumerate(lines) if k not in drop], sidebars


def _is_writer_name(text: str) -> bool:
    return is_bare_name(without_initial_stops(text))


def _follow_box_end(lines: list[str], at: int) -> int:
    """Past a writer's box under its head (0: no box): a follower count, a line of bio and the follow
    button, in any order; a box has a count or a button, else its head is only a byline."""
    end, follows = at, False
    for k in range(at, min(at + WRITER_BOX_MAX_LINES, len(lines))):
        if FOLLOW_MARK.match(fold_line(lines[k])):
            end, follows = k + 1, True
        elif word_count(lines[k]) > BOX_ITEM_MAX_WORDS or is_date_line(lines[k]) or sidebar_kind(lines[k]) not in (None, "source_credit"):
            break
    return end if follows else 0


def _is_author_bio(lines: list[str], at: int) -> bool:
    return at < len(lines) and word_count(lines[at]) <= AUTHOR_BIO_MAX_WORDS and bool(AUTHOR_BIO.match(fold_line(lines[at])))


QUOTE_REFERENCE_MAX_WORDS = 6
NEWSLETTER_PITCH_LINES = 2  # between a newsletter's name and its e-mail field: "ملخص يومي لأبرز الأخبار ..."


def _email_field(lines: list[str], at: int) -> int | None:
    """Where a newsletter box's e-mail field is, under its pitch (a line or two), or None: with no
    field under it, a newsletter's name is only a menu item or a link."""
    for k in range(at, min(at + NEWSLETTER_PITCH_LINES + 1, len(lines))):
        if EMAIL_FIELD.match(fold_line(lines[k])):
            return k
        if word_count(lines[k]) > BOX_ITEM_MAX_WORDS:
            return None
    return None


def _glossary_end(lines: list[str], at: int) -> int:
    """Past a glossary's terms: lines that open with a short term and a colon, its definition after."""
    while at < len(lines) and word_count(lines[at]) <= BOX_ITEM_MAX_WORDS and (term := DEFINITION.match(lines[at])) and word_count(term.group(0)) <= GLOSSARY_TERM_MAX_WORDS + 1:
        at += 1
    return at


TOOL_BOX_LINES = 4  # between a tool's name and its button: a pitch, a question, three fields


def _tool_button(lines: list[str], at: int) -> int | None:
    """Where a tool box's button is, under its pitch or fields (short lines), or None."""
    for k in range(at, min(at + TOOL_BOX_LINES + 1, len(lines))):
        if TOOL_BUTTON.match(fold_line(lines[k])):
            return k
        if word_count(lines[k]) > TOOL_FIELD_MAX_WORDS or ENDS_STOP.search(lines[k]):
            return None
    return None


TOOL_FIELD_MAX_WORDS = 10


def _is_question(line: str) -> bool:
    return word_count(line) <= BOX_ITEM_MAX_WORDS and bool(ENDS_ASKING.search(line))


def _faq_end(lines: list[str], at: int) -> int:
    """Past an FAQ's questions, each with the answer under it (however much of the article it repeats)."""
    while at < len(lines) and _is_question(lines[at]):
        at += 1
        if at < len(lines) and not _is_question(lines[at]) and sidebar_kind(lines[at]) is None:
            at += 1
    return at


def _key_points_end(lines: list[str], at: int) -> int:
    """Past key points: bulleted lines, or lines the article prints again at more length (a
    summary's sentences cut short; in a paper's wrapped text they may run across its lines)."""
    longer = [fold_line(line) for line in lines if word_count(line) > BOX_ITEM_MAX_WORDS // 3 and not TRAILS_OFF.search(line)]
    page = " ".join(fold_line(line) for line in lines)
    while at < len(lines) and word_count(lines[at]) <= BOX_ITEM_MAX_WORDS and (
        looks_bulleted(lines[at]) or _opens_a_longer_line(fold_line(lines[at]), longer) or _is_cut_from(lines[at], page)
    ):
        at += 1
    return at


def _opens_a_longer_line(folded: str, longer: list[str]) -> bool:
    text = without_bullet(folded).rstrip(" .…")
    return len(text) >= 20 and any(other != folded and other.startswith(text) for other in longer)


def _is_cut_from(line: str, page: str) -> bool:
    """A line cut short ("...") whose words the page prints again (its text may run across wrapped
    lines there; the line itself is one copy)."""
    text = without_bullet(fold_line(line)).rstrip(" .…")
    return TRAILS_OFF.search(line) is not None and len(text) >= 20 and page.count(text) >= 2


def _contents_end(lines: list[str], at: int) -> int:
    """Past a table of contents: a toggle ("إخفاء", "toggle"), then numbered or bulleted items."""
    items = 0
    while at < len(lines) and word_count(lines[at]) <= BOX_ITEM_MAX_WORDS // 3:
        if NUMBERED.match(lines[at]) or looks_bulleted(lines[at]):
            items += 1
        elif items or word_count(lines[at]) > 1:
            break
        at += 1
    return at


def _author_box_end(lines: list[str], at: int) -> int:
    """Past a writer's box: the name (read by the caller), then a line of bio if one follows."""
    if at < len(lines) and word_count(lines[at]) <= BOX_ITEM_MAX_WORDS and sidebar_kind(lines[at]) is None and not is_date_line(lines[at]):
        return at + 1
    return at


def captions_over_credits(lines: list[str]) -> frozenset[str]:
    """Short lines right over a photographer's credit ("UN Photo/Mark Garten", "© UNICEF/X"): each is
    the picture's caption, whatever its words (matching forms, as markup's captions are kept)."""
    return frozenset(
        fold_line(line)
        for line, below in pairwise(lines)
        if NAMED_PHOTO_CREDIT.match(below) and word_count(line) <= CAPTION_MAX_WORDS and sidebar_kind(line) is None and not is_sentence(line)
    )


SLIDES_MIN = 2  # bare fractions over one count before a page's "2/13" lines are read as a slideshow's counters
SLIDE_COUNTER_MAX_CHARS = 24


def _slide_counters(lines: list[str]) -> set[int]:
    """Where a slideshow's counters stand: "الصورة 2 من 5" anywhere, and bare fractions ("2/13") where
    two or more count slides up to the same total (a lone "3/4" may be anything)."""
    counters: set[int] = set()
    fractions: dict[int, str] = {}
    for index, line in enumerate(lines):
        if len(line) > SLIDE_COUNTER_MAX_CHARS:
            continue
        if (match := SLIDE_FRACTION.match(line)) is not None and 0 < int(match[1]) <= int(match[2]):
            fractions[index] = match[2]
        elif GALLERY_COUNTER.match(fold_line(line)):
            counters.add(index)
    totals = Counter(fractions.values())
    return counters | {index for index, total in fractions.items() if totals[total] >= SLIDES_MIN}


def _is_slide_caption(line: str) -> bool:
    """A short line that is no sentence and no other sidebar's: what a slide's picture shows."""
    return word_count(line) <= CAPTION_MAX_WORDS and not is_sentence(line) and sidebar_kind(line) in (None, "caption")


def gallery_slides(lines: list[str]) -> frozenset[str]:
    """A slideshow's counters and, under each, its caption and its credit (matching forms, as markup's
    captions are kept): the text of a photo story runs on between its slides. A line is taken only
    when every copy of it on the page stands in a slide (the headline may be a slide's caption too)."""
    counters = _slide_counters(lines)
    if not counters:
        return frozenset()
    slide = set(counters)
    for index in counters:
        below = lines[index + 1] if index + 1 < len(lines) and index + 1 not in counters else ""
        if is_picture_credit(below):
            slide.add(index + 1)
        elif below and _is_slide_caption(below):
            slide.add(index + 1)
            if index + 2 < len(lines) and is_picture_credit(lines[index + 2]):
                slide.add(index + 2)  # the caption's credit under it
    where: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        where.setdefault(fold_line(line), []).append(index)
    return frozenset(form for form, indices in where.items() if all(index in slide for index in indices))


def transcript_start(lines: list[str]) -> int:
    """Under a transcript's heading ("Transcript", "نص الحلقة") is the text of the broadcast: the
    page's article. A video's description above it, however long, only summarises it."""
    for index, line in enumerate(lines):
        if TRANSCRIPT_HEADING.match(fold_line(line)) and any(is_body_paragraph(n) for n in lines[index + 1 : index + 1 + GAP_MAX_LINES]):
            return index + 1
    return 0


# A transcript's turn opens with its speaker: "هدى النجار: ...", "د. خالد المصري:" alone on its line.
_SPEAKER = re.compile(r"^\s*([^:؟?!،,\d\[\]]{2,40}?)\s*:(?:\s+|$)")
SPEAKER_MAX_WORDS = 4
SPEAKER_MIN_TURNS = 2  # lines a label opens before it is read as a speaker's ...
TRANSCRIPT_MIN_TURNS = 4  # ... on a page where labels open this many lines


def _speaker_label(line: str) -> str | None:
    match = _SPEAKER.match(line)
    if match is None or len(match.group(1).split()) > SPEAKER_MAX_WORDS:
        return None
    return fold_line(match.group(1))


def speaker_labels(lines: list[str]) -> frozenset[str]:
    """Labels that open two or more lines of a page where labels open four or more: a transcript's speakers."""
    counts: dict[str, int] = {}
    for line in lines:
        # a sidebar's cue under its colon ("تعليق واحد:", "التسميات: ...", "Read also: ...") is no speaker
        if (label := _speaker_label(line)) is not None and sidebar_kind(line) is None:
            counts[label] = counts.get(label, 0) + 1
    if sum(counts.values()) < TRANSCRIPT_MIN_TURNS:
        return frozenset()
    return frozenset(label for label, count in counts.items() if count >= SPEAKER_MIN_TURNS)


def bare_speaker_lines(lines: list[str], speakers: frozenset[str]) -> frozenset[str]:
    """A speaker's label alone on its line, over the turn it opens: furniture."""
    return frozenset(line for line in lines if speakers and _speaker_label(line) in speakers and without_speaker(line, speakers) == "")


def without_speaker(line: str, speakers: frozenset[str]) -> str:
    """A turn's text without its speaker's name (which echoes the guest list, not the headline)."""
    if speakers and _speaker_label(line) in speakers:
        return _SPEAKER.sub("", line, count=1).strip()
    return line


LIVE_MIN_UPDATES = 3  # update times over paragraphs on one page before it is read as a live blog


def update_stamps(cursor: Cursor) -> frozenset[str]:
    """A live blog's update times: date lines each over an update's text (its paragraph, maybe
    under the writer's name or a picture's caption), three or more on the page. Each is the
    time of a paragraph of the one article, not a widget."""
    lines = cursor.lines
    stamps = set()
    for index, line in enumerate(lines):
        if not is_date_line(line) or LINK_LINE.match(line) or cursor.kind_of(line) is not None:
            continue  # a caption with its date ("جانب من الفعالية - 20 حزيران 2018 (AFP)") is no update's time
        below = [k for k in range(index + 1, min(index + 4, len(lines)))]
        text = next((k for k in below if is_body_paragraph(lines[k])), None)
        if text is not None and all(is_bare_name(lines[k]) or cursor.kind_of(lines[k]) == "caption" for k in range(index + 1, text)):
            stamps.add(line)
    return frozenset(stamps) if len(stamps) >= LIVE_MIN_UPDATES else frozenset()
