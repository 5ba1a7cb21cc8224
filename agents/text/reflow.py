"""Paragraphs hard-wrapped into short lines, read as the paragraphs they are.

A PDF or e-paper column exported as text, or fixed-width text, breaks every paragraph into
lines of one column's width: each line but the last is full (the next word did not fit) and
ends without a sentence stop. Every line-shape signal of the splitter reads such a line as a
headline or furniture. ``unwrap`` joins each run of wrapped lines into one ``PrintedLines``:
a string holding the joined text (what the splitter reads) and the printed lines it was
joined from (what the splitter returns, line for line).

The column's width is found per page from the lines themselves: a wrapped pair (a line and
the next) says the width lies between the line's length and that length plus the next line's
first word. The width most pairs agree on is a column; a pair that disagrees (a headline over
its lead, a narrower pull quote, a menu) is no wrap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Self

# A line that ends a paragraph: a stop, perhaps inside closing quotes or brackets; a line
# trailing off ("...", "…") is a headline or a teaser, not a paragraph's end.
_PARAGRAPH_STOP = re.compile(r"(?<!\.)[.!?؟][\"”»')\]]*(?:\s*(?:\(\d{1,3}\)|\[\d{1,3}\]))?\s*$")  # a note's mark may follow
COLUMN_MAX_CHARS = 90  # an e-paper column runs 20-50 characters, fixed-width text up to ~80
COLUMN_MIN_CHARS = 20  # narrower "columns" are menus, one short item a line
COLUMN_MIN_PAIRS = 8  # wrapped pairs agreeing on one width before it is taken for a column (lists of headlines agree by chance on 4-5)
WIDTH_SLACK = 1  # justified and proportional text breaks a character or so off the greedy rule
MAX_COLUMNS = 3  # widths looked for on one page (a page's stories may be set in other widths)


class PrintedLines(str):
    """A paragraph joined from the printed lines it was wrapped into; reads as the paragraph."""

    printed: tuple[str, ...]

    def __new__(cls, printed: Sequence[str], text: str | None = None) -> Self:
        joined = super().__new__(cls, " ".join(printed) if text is None else text)
        joined.printed = tuple(printed)
        return joined


def printed_lines(line: str) -> tuple[str, ...]:
    """The page's own lines a (possibly joined) line stands for."""
    return line.printed if isinstance(line, PrintedLines) else (line,)


def unwrap(lines: list[str]) -> list[str]:
    """``lines`` with each run of column-wrapped lines that reads as one paragraph joined."""
    widths = _column_widths(lines)
    if not widths:
        return lines
    out: list[str] = []
    run: list[str] = []
    for index, line in enumerate(lines):
        run.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and any(_wraps(line, following, width) for width in widths):
            continue
        out.extend(_joined(run))
        run = []
    return out


def _joined(run: list[str]) -> list[str]:
    """A run of wrapped lines as one paragraph, when it ends as paragraphs do; else as printed.

    A run cut off without its stop (by a jump to another page, a pull quote) is joined only up
    to its last stop; what follows stays as printed."""
    if len(run) < 2:
        return run
    end = max((k for k, line in enumerate(run) if _PARAGRAPH_STOP.search(line)), default=-1)
    if end < 1:
        return run
    return [PrintedLines(run[: end + 1]), *run[end + 1 :]]


def _is_column_line(line: str) -> bool:
    return len(line) <= COLUMN_MAX_CHARS and len(line.split()) >= 2


def _width_range(line: str, following: str) -> tuple[int, int] | None:
    """The column widths under which ``line`` is full and ``following`` goes on with it."""
    if _PARAGRAPH_STOP.search(line) or not _is_column_line(line) or len(following) > COLUMN_MAX_CHARS:
        return None
    words = following.split(maxsplit=1)
    return len(line), len(line) + (len(words[0]) if words else 0)


def _wraps(line: str, following: str, width: int) -> bool:
    span = _width_range(line, following)
    if span is None or len(following) > width + WIDTH_SLACK:
        return False
    return span[0] - WIDTH_SLACK <= width <= span[1] + WIDTH_SLACK


def _column_widths(lines: list[str]) -> list[int]:
    """The widths that COLUMN_MIN_PAIRS+ wrapped pairs agree on, the best-supported first."""
    spans = [s for a, b in pairwise(lines) if (s := _width_range(a, b)) is not None]
    widths: list[int] = []
    while spans and len(widths) < MAX_COLUMNS:
        counts: dict[int, int] = {}
        for low, high in spans:
            for width in range(low - WIDTH_SLACK, high + WIDTH_SLACK + 1):
                counts[width] = counts.get(width, 0) + 1
        width, support = max(counts.items(), key=lambda item: (item[1], -item[0]))
        if support < COLUMN_MIN_PAIRS:
            break
        if width >= COLUMN_MIN_CHARS:
            widths.append(width)
        spans = [(low, high) for low, high in spans if not low - WIDTH_SLACK <= width <= high + WIDTH_SLACK]
    return widths
