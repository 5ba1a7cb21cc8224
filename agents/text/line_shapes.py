"""How a line reads, whatever it says: a headline, a sentence, a paragraph; its words and terms.

Shape signals (length in words, a sentence-final stop, a clause break), the content terms that say
what a line is about, and how much of one line another echoes. A page asks them of each line many
times, so word counts and terms are kept per line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from agents.text.cues import (
    ARABIC,
    BULLET,
    BULLETED,
    CLAUSE_BREAK,
    COMMA,
    ENDS_ASKING,
    ENDS_STOP,
    HEADLINE_MAX_WORDS,
    LATIN,
    LONG_PARAGRAPH_WORDS,
    PARAGRAPH_END,
    PARAGRAPH_MIN_WORDS,
    SENTENCE_BREAK,
    SENTENCE_END,
    TRAILS_OFF,
    TRANSLATION_INTRO,
    fold_line,
)


def is_headline(line: str) -> bool:
    """Short, no sentence-final stop: the shape of a title or a cross-heading."""
    words = word_count(line)
    return 2 <= words <= HEADLINE_MAX_WORDS and not SENTENCE_END.search(line)


def is_long_headline(line: str) -> bool:
    """A headline that ends in "?" or "!" ("... ما قاعدة رفض الأمر العسكري؟"): a lead seldom does."""
    return bool(ENDS_ASKING.search(line)) and word_count(line) <= HEADLINE_MAX_WORDS


def echo_share(terms: frozenset[str], other: frozenset[str]) -> float:
    """Share of ``terms`` found in ``other``; a stem that is the start of another counts
    (the stemmer leaves "اسراييلي" and "اسراييل" apart)."""
    if not terms:
        return 0.0
    ordered = _in_order(other)
    found = sum(1 for t in terms if t in other or (len(t) >= 3 and (_starts_one_of(t, ordered) or any(t[:k] in other for k in range(3, len(t))))))
    return found / len(terms)


@lru_cache(maxsize=256)
def _in_order(terms: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(terms))


def _starts_one_of(start: str, ordered: tuple[str, ...]) -> bool:
    """Is ``start`` the start of a term of ``ordered`` (sorted)? Those terms sort right from it,
    so one look at the first term not below it answers (the loop over every term did before)."""
    at = bisect_left(ordered, start)
    return at < len(ordered) and ordered[at].startswith(start)


def is_body_paragraph(line: str) -> bool:
    words = word_count(line)
    if words >= PARAGRAPH_MIN_WORDS and PARAGRAPH_END.search(line):
        return True
    if words >= TRANSLATION_INTRO_MIN_WORDS and line.rstrip().endswith(":") and TRANSLATION_INTRO.search(fold_line(line)):
        return True  # a translation's opening sentence, which ends in ":" over the text it announces
    return words >= LONG_PARAGRAPH_WORDS and bool(COMMA.search(line))


TRANSLATION_INTRO_MIN_WORDS = 6


CLAUSE_SENTENCE_WORDS = 16


def is_sentence(line: str) -> bool:
    """A paragraph, or a short sentence of one ("كما نظمت كندا البطولة عام 2015."); not a
    headline trailing off in "...", nor one that ends in "?" or "!" ("السعودية.. ويل للمتحرشين!!")."""
    if is_body_paragraph(line):
        return True
    words = word_count(line)
    if words >= CLAUSE_SENTENCE_WORDS and CLAUSE_BREAK.search(line):
        return True  # a clause break in a line longer than headlines run: prose scraped without its stop
    return words >= 3 and bool(ENDS_STOP.search(line)) and not TRAILS_OFF.search(line)


def looks_bulleted(line: str) -> bool:
    return bool(BULLETED.match(line))


def is_mostly_latin(line: str) -> bool:
    latin = len(LATIN.findall(line))
    return latin > 3 * len(ARABIC.findall(line))


def is_same_text(a: str, b: str) -> bool:
    return fold_line(without_bullet(a)) == fold_line(without_bullet(b))


_BULLET_PREFIX = re.compile(BULLET)


def without_bullet(line: str) -> str:
    return _BULLET_PREFIX.sub("", line)


@lru_cache(maxsize=4096)  # a line's terms are asked again within its page; ~1.6 KB each
def line_terms(text: str) -> frozenset[str]:
    """Content terms of a text, from its matching form: a line's is folded once for all tests."""
    from agents.text.terms import folded_content_terms

    return frozenset(folded_content_terms(fold_line(text)))


def terms_of_lines(lines: Iterable[str]) -> frozenset[str]:
    """Content terms of lines read together: the union of each line's own, as no word runs
    across a line break or a space (a body's terms, no longer its joined text folded anew)."""
    return frozenset().union(*map(line_terms, lines))


def terms_in_order(lines: Iterable[str]) -> list[str]:
    """The content terms of lines read together, in order, from each line's kept fold: the terms
    of their joined text, built in the same order (no word runs across the joins)."""
    from agents.text.terms import folded_content_terms

    return [term for line in lines for term in folded_content_terms(fold_line(line))]


def title_from(paragraph: str) -> str:
    """A title for an untitled article: its first sentence, cut to a headline's length."""
    first_sentence = SENTENCE_BREAK.split(paragraph, maxsplit=1)[0]
    words = first_sentence.split()
    return " ".join(words[:HEADLINE_MAX_WORDS]) + (" …" if len(words) > HEADLINE_MAX_WORDS else "")


@lru_cache(maxsize=16384)
def word_count(line: str) -> int:
    """Words of a line: asked of each line by most of the tests above, counted once."""
    return len(line.split())
