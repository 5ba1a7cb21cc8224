"""Normalization rules, each with the example it was written for."""

from __future__ import annotations

import random

import pytest

from agents.text.normalization import clean_display, matching_form
from agents.text.pages import folded_lines


@pytest.mark.parametrize(
    ("published", "matching"),
    [
        ("إقلیم ناجورنو کاراباخ", "اقليم ناجورنو كاراباخ"),  # seed 000: Persian ی and ک
        ("مُضيفًا", "مضيفا"),  # diacritics
        ("إلى", "الي"),  # alef maqsura; seed 002 writes "إلي"
        ("قرة باغ", "قره باغ"),  # ta marbuta
        ("الـكرملين", "الكرملين"),  # tatweel
        ("٢٠٢٣", "2023"),  # Arabic-Indic digits
        ("۱۴۰۲", "1402"),  # Persian digits
        ("«الكرملين»", '"الكرملين"'),  # seed 000's guillemets
        ("“يجس نبض”", '"يجس نبض"'),  # seed 002's curly quotes
        ("سبتمبر/أيلول – 2023", "سبتمبر/ايلول - 2023"),  # dashes
        ("ﻻ", "لا"),  # presentation form (NFKC)
    ],
)
def test_matching_form__folds(published: str, matching: str) -> None:
    assert matching_form(published) == matching


def test_clean_display__keeps_letters_drops_invisibles() -> None:
    assert clean_display("إقلیم\u200f  ناجورنو\u200b\r\nکاراباخ ") == "إقلیم ناجورنو\nکاراباخ"


# Line starts and ends that fold to a space or to nothing, or compose with a neighbour: where a
# text's fold is not the join of its lines' folds.
_AWKWARD_ENDS = [" ", "\u00a0", "\t", "\u200f", "\ufeff", "\u064b", "\u0640", "\u0653", "\ufe70", "\u00a8",
                 "\x1f", "\u0301", "Σ", "\u0130", "ﻻ", "«", ".", "٢", "x", "ك", "\u2028", "\x85"]


def test_folded_lines__the_fold_of_the_joined_lines() -> None:
    rng = random.Random(5)
    cores = ["", "الكرملين", "قال  المتحدث", "ΑΣ", "word ", " مُضيفًا"]
    for _ in range(3000):
        lines = ["".join(rng.choice(_AWKWARD_ENDS) for _ in range(rng.randint(0, 2))) + rng.choice(cores)
                 + "".join(rng.choice(_AWKWARD_ENDS) for _ in range(rng.randint(0, 2))) for _ in range(rng.randint(0, 4))]
        assert folded_lines(lines) == matching_form("\n".join(lines)), lines


def test_folded_lines__every_character_at_a_line_end() -> None:
    for code in (c for c in range(0x10000) if not 0xD800 <= c < 0xE000):
        char = chr(code)
        for lines in (["ab", char + "x"], ["x" + char, "ab"], ["ab " + char, "x"], ["x", char + " ab"], ["a\u0653", char]):
            assert folded_lines(lines) == matching_form("\n".join(lines)), lines
