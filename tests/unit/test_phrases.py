"""Lexicons with a literal scan in front: the same answer as the pattern's own search."""

from __future__ import annotations

import re

import pytest

from agents.text import cues
from agents.text.phrases import Phrases

LEXICONS = {name: value for name, value in vars(cues).items() if isinstance(value, Phrases)}
LINES = [
    "للمزيد اضغط هنا لمتابعة الخبر",
    "جميع الحقوق محفوظه لموقع الخبر 2018",
    "© 2018 الشركة",
    "(c) 2018 Company. All rights reserved",
    "الموقع غير مسوول عن محتوي المواقع الخارجيه",
    "ليست نصيحه استثماريه",
    "مرحبا بك زائرنا الكريم في المنتدي",
    "شاهد الفيديو https://twitter.com/user/status/123",
    "عناوين اخري | روابط اعلانيه",
    "اشترك في النشره البريديه",
    "قال الوزير ان الحكومه ستواصل دعم القطاع الزراعي خلال العام المقبل.",
    "",
]


def test_phrases__every_lexicon_of_the_splitter_has_a_scan() -> None:
    assert LEXICONS and all(lexicon.needed is not None for lexicon in LEXICONS.values())


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_phrases__same_answer_as_the_pattern(name: str) -> None:
    lexicon = LEXICONS[name]
    for line in LINES:
        assert bool(lexicon.search(line)) == bool(lexicon.pattern.search(line)), line


def test_phrases__needed_strings_cover_every_alternative() -> None:
    lexicon = Phrases.of(re.compile(r"اضغط\s+هنا|(?:غير|ليس)\s+مسوول(?:ه)?|^\W*(?:©|\(c\))\s*\d{4}|x+yz"))
    assert lexicon.needed is not None
    for line in ("اضغط هنا", "غير مسوول", "ليس مسووله", "© 2018", "(c) 2018", "xxxyz"):
        assert lexicon.needed.search(line) and lexicon.search(line), line
    assert lexicon.search("مسوول عن") is None


def test_phrases__no_scan_without_a_literal_or_with_case_folded() -> None:
    assert Phrases.of(re.compile(r"\d+|\w{3}")).needed is None
    assert Phrases.of(re.compile(r"click\s+here", re.IGNORECASE)).needed is None
    assert Phrases.of(re.compile(r"click\s+here", re.IGNORECASE)).search("CLICK HERE")


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_phrases__searched_by_suspected_alternatives(name: str) -> None:
    lexicon = LEXICONS[name]
    for line in LINES:
        found, expected = lexicon.search(line), lexicon.pattern.search(line)
        assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group())), line


def test_phrases__the_long_lexicons_are_searched_by_alternative() -> None:
    assert LEXICONS["UI_ANYWHERE"].suspects is not None and LEXICONS["PROMPT"].suspects is not None


def test_phrases__a_line_is_searched_for_the_phrases_whose_strings_it_holds() -> None:
    # "ab" and "abc" start where "abcd!" does: a line holding "abcd!" may match all three
    lexicon = Phrases.of(re.compile(r"ab\d|abc\s+x|abcd!|[|(]zz|q\|r|(?:y|w)+v"))
    assert lexicon.suspects is not None and len(lexicon.suspects["abcd!"]) == 3
    for line in ("ab1", "abc x", "abcd!", "|zz", "(zz", "q|r", "yywv", "abcd", "xab", "q", "zz"):
        assert bool(lexicon.search(line)) == bool(lexicon.pattern.search(line)), line


def test_top_level_alternatives__cut_outside_groups_classes_and_escapes() -> None:
    from agents.text.phrases import _top_level_alternatives

    assert _top_level_alternatives(r"a|(b|c)|[|]|\||[]|]x|[^]|]y") == ["a", "(b|c)", "[|]", r"\|", "[]|]x", "[^]|]y"]
    assert Phrases.of(re.compile(r"(a)b|\1c")).suspects is None  # a back reference: the pattern whole
