"""Pages that are not one article under its headline: transcripts, live blogs, lists of teasers.

Each is recognised from the page as a whole (8+ time codes in order, speaker labels opening 4+
lines, 3+ date lines each over an update, 3+ titled one-paragraph items) and changes how its
article is read. (A chat export is ``chat``'s, text wrapped into columns ``reflow``'s.)
"""

from __future__ import annotations

import re
from itertools import pairwise

from agents.text.cues import LINK_LINE, TRANSCRIPT_HEADING, fold_line
from agents.text.line_kinds import is_bare_name, is_date_line
from agents.text.line_shapes import is_body_paragraph
from agents.text.page_cursor import GAP_MAX_LINES, ArticleParts, Cursor
from streams.records import Sidebar

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
        if (label := _speaker_label(line)) is not None:
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
        if not is_date_line(line) or LINK_LINE.match(line):
            continue
        below = [k for k in range(index + 1, min(index + 4, len(lines)))]
        text = next((k for k in below if is_body_paragraph(lines[k])), None)
        if text is not None and all(is_bare_name(lines[k]) or cursor.kind_of(lines[k]) == "caption" for k in range(index + 1, text)):
            stamps.add(line)
    return frozenset(stamps) if len(stamps) >= LIVE_MIN_UPDATES else frozenset()
