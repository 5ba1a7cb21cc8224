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
