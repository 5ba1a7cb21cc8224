"""Normalization rules, each with the example it was written for."""

from __future__ import annotations

import pytest

from agents.text.normalization import clean_display, matching_form


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
