"""Lexicons of phrases searched for anywhere in a line, with a fast scan that rules lines out.

Python's ``re`` tries every alternative of a pattern at every position of a line: a lexicon of
fifty phrases costs fifty attempts a character, and nearly every line holds none of them. Every
match of a phrase contains some literal text of it (its words: any match of ``اضغط\\s+هنا``
contains "اضغط"), so a line holding none of those strings cannot match. One pattern of just
those strings, grouped by their first character, rules a line out in a third of the search's time;
only the lines it lets through are searched for the phrases. The result is the pattern's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby
from typing import Any

# re's own reading of a pattern (private, untyped, in every Python from 3.11): the one parser that
# reads a pattern as re does, so a string it says every match holds, every match holds. A Python
# without it gets no scan: every line is searched, as before the scan, with the same answers.
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    _REQUIRED_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - no such Python yet
    _parser = None


@dataclass(frozen=True)
class Phrases:
    """A compiled lexicon and, when every match holds one of some literal strings, a scan for them."""

    pattern: re.Pattern[str]
    needed: re.Pattern[str] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Phrases:
        folds_case = pattern.flags & re.IGNORECASE
        strings = None if folds_case or _parser is None else _needed(_parser.parse(pattern.pattern).data)
        return cls(pattern, _any_of(strings) if strings else None)

    def search(self, text: str) -> re.Match[str] | None:
        if self.needed is not None and self.needed.search(text) is None:
            return None
        return self.pattern.search(text)


def _needed(items: list[tuple[Any, Any]]) -> list[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` contains, or None.

    A run of literal characters is matched as it stands; a group, or a repeat of one or more, holds
    what its body needs; an alternation needs one of what each alternative needs. Of the choices a
    sequence offers, the one whose shortest string is longest rules out the most lines."""
    choices: list[list[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            choices.append(["".join(run)])
            run = []
        inner = _needed_by(op, value)
        if inner:
            choices.append(inner)
    if run:
        choices.append(["".join(run)])
    if not choices:
        return None
    return max(choices, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _needed_by(op: Any, value: Any) -> list[str] | None:
    """What one parsed item needs: a group's body, a required repeat's body, one of an alternation's."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        return None if add_flags or del_flags else _needed(body.data)
    if op in _REQUIRED_REPEATS and value[0] >= 1:
        return _needed(value[2].data)
    if op is sre.BRANCH:
        alternatives = [_needed(alternative.data) for alternative in value[1]]
        if all(alternatives):
            return [string for strings in alternatives if strings for string in strings]
    return None


def _any_of(strings: list[str]) -> re.Pattern[str]:
    """One pattern finding any of ``strings``, grouped by first character: every alternative then
    opens with a literal, and ``re`` skips ahead to the characters that can start one."""
    alternatives = []
    for first, group in groupby(sorted(set(strings)), key=lambda string: string[0]):
        rests = sorted({string[1:] for string in group}, key=len, reverse=True)
        if "" in rests:  # the first character alone is one of the strings
            alternatives.append(re.escape(first))
        else:
            alternatives.append(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")")
    return re.compile("|".join(alternatives))
