"""Arabic-aware text normalization: a display form kept as published, a matching form for search.

``clean_display`` only repairs what is invisible or broken (control characters, whitespace);
``matching_form`` folds every spelling difference that does not change the word, so that
"إقلیم ناجورنو کاراباخ" (seed 000's tag line, Persian ی and ک) matches "اقليم ناجورنو كاراباخ".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import TypeVar

T = TypeVar("T")

# Zero-width and bidi controls scraped pages carry around Arabic text (U+200B..U+200F,
# U+202A..U+202E, U+2066..U+2069, U+FEFF, U+061C Arabic letter mark).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# What ``_SPACES.sub(" ", ...)`` changes: runs of two or more, and one space that is not " ". The
# same result, with nothing to rebuild on a line whose spaces are single " " (nearly every line).
_UNTIDY_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")

# Diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel:
# "مُضيفًا" (seed 000) -> "مضيفا", "كُتب" -> "كتب".
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

# One letter each for the forms that spelling varies on:
#  alef with hamza/madda -> ا ("إقليم"/"اقليم", seed 000 and 001 tag lines)
#  alef maqsura -> ي ("إلى"/"إلي", seed 002 writes "إلي")
#  ta marbuta -> ه ("قره"/"قرة")
#  Persian/Urdu forms -> Arabic (ی ک, seed 000's "إقلیم ناجورنو کاراباخ"; ە ۀ ہ ھ ۃ گ)
_LETTER_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ئ": "ي",
        "ة": "ه", "ۃ": "ه", "ە": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
        "ک": "ك", "ڪ": "ك", "گ": "ك",
        "ؤ": "و", "ۇ": "و", "ۆ": "و",
        "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    }
)

# Arabic-Indic (٠-٩) and Persian (۰-۹) digits -> ASCII ("٢٠٢٣" -> "2023").
_DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)

# Quote and dash forms -> ASCII: seed 002 uses “ ”, seed 000 « », seed 003 “…”.
_PUNCT = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
        "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    }
)


def clean_display(text: str) -> str:
    """The text as published, minus invisible characters, with tidy whitespace and NFC.

    NFC (not NFKC) here: the display form keeps presentation choices such as ligatures.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    lines = (_UNTIDY_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def matching_form(text: str) -> str:
    """Fold everything spelling varies on; for matching, never for display.

    >>> matching_form("إقلیم ناجورنو کاراباخ")
    'اقليم ناجورنو كاراباخ'
    """
    text = unicodedata.normalize("NFKC", text)  # presentation forms (ﻻ, ﷺ) to letters
    text = text.translate(_MATCHING_TABLE)
    return _UNTIDY_SPACES.sub(" ", text).strip().lower()


def folds_on_its_own(line: str) -> bool:
    """Whether ``matching_form`` of lines joined by newlines, this one among them, holds
    ``matching_form(line)`` in its place, so a text's fold can be joined from its lines' folds.

    Folding works within a line (a newline neither composes nor folds, and no space pattern
    crosses it); what differs is the strip, of each line rather than of the whole. A line whose
    first and last characters each fold to something that is not a space has nothing to strip."""
    return bool(line) and _keeps_its_place(line[0]) and _keeps_its_place(line[-1])


@lru_cache(maxsize=4096)  # characters: a page's first and last ones are few
def _keeps_its_place(char: str) -> bool:
    """Whether ``char`` at the start or end of a line folds to a non-empty run that starts and
    ends with no space. A combining mark does not count: it can compose with its neighbour, or be
    deleted and leave a space at the end."""
    if unicodedata.combining(char):
        return False
    folded = unicodedata.normalize("NFKC", char).translate(_MATCHING_TABLE)
    folded = _UNTIDY_SPACES.sub(" ", folded).lower()
    return bool(folded) and folded == folded.strip()


def _class_members(pattern: re.Pattern[str]) -> list[str]:
    """The characters of a pattern that is one class of literal characters and ranges."""
    members: list[str] = []
    spec = pattern.pattern[1:-1]
    i = 0
    while i < len(spec):
        if spec[i + 1 : i + 2] == "-" and i + 2 < len(spec):
            members.extend(chr(code) for code in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            members.append(spec[i])
            i += 1
    return members


# Every per-character step of the matching form in one table, one pass over the text instead
# of five: invisible characters and diacritics deleted, letters, digits and punctuation folded,
# control characters to spaces. One table is the same function as the steps in turn because
# their characters are disjoint and no step outputs a character a later step changes
# (tests/unit/test_normalization.py checks both).
_MATCHING_FOLD: dict[int, str | None] = {
    **{ord(c): " " for c in _class_members(_CONTROL)},
    **{key: value for table in (_LETTER_FOLD, _DIGITS, _PUNCT) for key, value in table.items()},
    **{ord(c): None for c in _class_members(_INVISIBLE) + _class_members(_DIACRITICS)},
}
# The same table as a list indexed by code point, every character of the Basic Multilingual Plane
# in it (most map to themselves): str.translate raises and clears a KeyError for each character a
# dict lacks, nearly every one of a text, and a list spares it that (the fold is 40% faster). A
# character past the list is left as it is, as the dict leaves it: its keys are all below U+10000.
def _indexed_by_code_point(table: dict[int, str | None]) -> list[int | str | None]:
    indexed: list[int | str | None] = list(range(0x10000))
    for code, folded in table.items():
        indexed[code] = folded
    return indexed


_MATCHING_TABLE = _indexed_by_code_point(_MATCHING_FOLD)


# Memos of functions of a word: the scans call them for every token, and words recur across a
# wire (the same 50k words make most of a year of news). Each is an unbounded ``lru_cache``, whose
# hit is one dict lookup, where a bounded one also moves the entry to the front of its recency
# list, touching three more objects scattered in memory; ``bound_word_memos`` bounds them.
_WORD_MEMOS: list[tuple[_lru_cache_wrapper[object], int]] = []


def word_memo(size: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """Memoise a function of a word, keeping about ``size`` entries (``bound_word_memos``)."""

    def memoise(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        memo = lru_cache(maxsize=None)(function)
        _WORD_MEMOS.append((memo, size))
        return memo

    return memoise


def bound_word_memos() -> None:
    """Empty every word memo grown past its size: called between batches by the enrich child,
    where a long run would otherwise keep every word it ever saw."""
    for memo, size in _WORD_MEMOS:
        if memo.cache_info().currsize > size:
            memo.cache_clear()


# The matching form of one word, memoised: entity and term scans fold every token.
matching_word = word_memo(200_000)(matching_form)
