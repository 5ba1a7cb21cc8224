"""Terms of the grouping's lexical signal in every script."""

from __future__ import annotations

from agents.text.terms import _DISPLAY_WORD, _weighted_token, weighted_terms


def test_weighted_terms__words_of_every_script_kept_whole() -> None:
    """German, Turkish and Russian words lost their letters outside ASCII (über -> ber)."""
    terms = weighted_terms("über München ağır Москва", "de")
    assert {"über", "münchen", "ağır", "москва"} <= set(terms)
    assert "ber" not in terms


def test_weighted_terms__arabic_and_english_cut_as_before() -> None:
    text = "والكرملين ناجورنو کاراباخ report ٢٠١٨ 2018 Erdogan"
    before = {term for token in _DISPLAY_WORD.findall(text) if (term := _weighted_token(token, "ar")[0])}
    assert set(weighted_terms(text, "ar")) == before
