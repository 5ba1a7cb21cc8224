"""Lexicons of phrases searched for anywhere in a line, with a fast scan that rules lines out.

Python's ``re`` tries every alternative of a pattern at every position of a line: a lexicon of
fifty phrases costs fifty attempts a character, and nearly every line holds none of them. Every
match of a phrase contains some literal text of it (its words: any match of ``اضغط\\s+هنا``
contains "اضغط"), so a line holding none of those strings cannot match. One pattern of just
those strings, grouped by their first character, rules a line out in a third of the search's time;
only the lines it lets through are searched for the phrases. The result is the pattern's own.

A lexicon of many phrases (a pattern that is one alternation at its top) lets through every line
holding a string any of its phrases needs, a common word among them. Such a line is searched only
for the phrases whose strings it holds, each alone; only a line one of them matches is searched
with the whole pattern, whose match it returns. The pattern matches where one of its alternatives
does, and an alternative only where one of its strings is: the answer is the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
    # For each string ``needed`` finds, the top-level alternatives that may match in a line holding
    # it: those needing it or a string it starts with (see ``_suspects``). None: search the pattern.
    suspects: Mapping[str, tuple[re.Pattern[str], ...]] | None = None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Phrases:
        folds_case = pattern.flags & re.IGNORECASE
        if folds_case or _parser is None:
            return cls(pattern, None)
        parsed = _parser.parse(pattern.pattern).data
        strings = _needed(parsed)
        if not strings:
            return cls(pattern, None)
        return cls(pattern, _any_of(strings), _suspects(pattern, parsed))

    def search(self, text: str) -> re.Match[str] | None:
        if self.needed is None:
            return self.pattern.search(text)
        found = self.needed.search(text)
        if found is None:
            return None
        if self.suspects is not None and not any(alternative.search(text) for alternative in self._suspected(text, found)):
            return None
        return self.pattern.search(text)

    def _suspected(self, text: str, found: re.Match[str]) -> dict[re.Pattern[str], None]:
        """The alternatives that may match ``text``: of every string ``needed`` finds at each
        position (the longest there, which every other string found there starts)."""
        assert self.needed is not None and self.suspects is not None
        suspected: dict[re.Pattern[str], None] = {}
        at: re.Match[str] | None = found
        while at is not None:
            suspected.update(dict.fromkeys(self.suspects[at.group()]))
            at = self.needed.search(text, at.start() + 1)
        return suspected


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
    opens with a literal, and ``re`` skips ahead to the characters that can start one. Longest
    first within a group (the first character alone last), so a match is the longest of the
    strings starting where it starts."""
    alternatives = []
    for first, group in groupby(sorted(set(strings)), key=lambda string: string[0]):
        rests = sorted({string[1:] for string in group}, key=len, reverse=True)
        if rests == [""]:  # the first character alone is the only string
            alternatives.append(re.escape(first))
        else:
            alternatives.append(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")")
    return re.compile("|".join(alternatives))


def _suspects(pattern: re.Pattern[str], parsed: list[tuple[Any, Any]]) -> dict[str, tuple[re.Pattern[str], ...]] | None:
    """For a pattern that is one alternation at its top, each of its alternatives compiled alone,
    under every string that a line holding one of the alternative's needed strings may show the
    needed scan (that string, or a longer one starting with it); None for any other pattern."""
    if len(parsed) != 1 or parsed[0][0] is not sre.BRANCH or _BACK_REFERENCE.search(pattern.pattern):
        return None
    branches = parsed[0][1][1]
    sources = _top_level_alternatives(pattern.pattern)
    if len(sources) != len(branches):
        return None
    alternatives = [re.compile(source, pattern.flags) for source in sources]
    if any(alternative.flags != pattern.flags for alternative in alternatives):
        return None  # an inline flag of the whole pattern
    needs = [_needed(branch.data) or [] for branch in branches]
    if not all(needs):
        return None
    every_string = {string for strings in needs for string in strings}
    return {
        found: tuple(alternative for alternative, strings in zip(alternatives, needs, strict=True) if any(found.startswith(s) for s in strings))
        for found in every_string
    }


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # an alternative alone would number its groups anew


def _top_level_alternatives(source: str) -> list[str]:
    """A pattern's source cut at each "|" outside groups, classes and escapes."""
    alternatives: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        character = source[i]
        if character == "\\":
            i += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            i += 2 if source[i + 1 : i + 2] == "]" else 3 if source[i + 1 : i + 3] == "^]" else 1  # a leading "]" is a member
            continue
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
        i += 1
    alternatives.append(source[start:])
    return alternatives
