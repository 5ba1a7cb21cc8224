"""The lean scans of enrichment give what the plain ones gave (bench/same_output.py checks whole
articles on 2,000 ANT pages; these check each shortcut's own argument)."""

from __future__ import annotations

import base64
import hashlib
import math
import re
import unicodedata
from collections import Counter

import numpy as np
import pytest

from agents.text import entities, normalization, similarity, terms
from agents.text.entities import _alias_index, _longest_alias, _may_start_name, _tokens
from agents.text.fingerprints import SHINGLE, _shingle_bytes, simhash, simhash_of
from agents.text.normalization import matching_form
from agents.text.terms import (
    _term,
    folded_words,
    keywords,
    keywords_of,
    strip_clitics,
    weighted_terms,
    words,
)

TRICKY = [
    "إقلیم ناجورنو کاراباخ «الكرملين» ٢٠٢٣ – ﻻ ﷺ",
    "مُضيفًا\u200b الـكرملين\x07 İstanbul ǅ Kelvin \u212a ΑΣ",
    "\u064bبداية بحركة\n\u0670\nسطر",
    "  spaces\u00a0and\ttabs  \n\n  ",
]


def _matching_form_in_steps(text: str) -> str:
    """The matching form as five passes, as it was written before the single table."""
    text = unicodedata.normalize("NFKC", text)
    text = normalization._INVISIBLE.sub("", text)
    text = normalization._DIACRITICS.sub("", text)
    text = text.translate(normalization._LETTER_FOLD).translate(normalization._DIGITS).translate(normalization._PUNCT)
    text = normalization._CONTROL.sub(" ", text)
    return normalization._SPACES.sub(" ", text).strip().lower()


def test_matching_form__one_table_is_the_five_steps() -> None:
    every_character = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)
    for start in range(0, len(every_character), 997):
        chunk = every_character[start : start + 997]
        assert matching_form(chunk) == _matching_form_in_steps(chunk)
    for text in TRICKY:
        assert matching_form(text) == _matching_form_in_steps(text)


@pytest.mark.parametrize("text", TRICKY)
def test_folded_words__of_a_matching_form_are_its_words(text: str) -> None:
    title, body = text.split(" ", 1)
    assert folded_words(matching_form(text)) == words(text)  # folding twice changes no token
    # enrich reads title and body tokens from the normalize stage's two matching forms
    assert folded_words(matching_form(title)) + folded_words(matching_form(body)) == words(f"{title}\n{body}")


def _keywords_with_counters(text: str, limit: int = 12) -> tuple[str, ...]:
    surfaces: dict[str, Counter[str]] = {}
    for token in words(text):
        term = _term(token)
        if term:
            surfaces.setdefault(term, Counter())[strip_clitics(token)] += 1
    ranked = sorted(surfaces.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    return tuple(forms.most_common(1)[0][0] for _, forms in ranked[:limit])


def test_keywords_of__a_tie_between_surfaces_goes_to_the_one_seen_first() -> None:
    # One term ("report"), two surfaces seen twice each: the surface of the earlier token wins,
    # as counting token by token did.
    for tokens, shown in ((["reported", "reports", "reports", "reported"], "reported"), (["reports", "reported", "reported", "reports"], "reports")):
        assert keywords_of(tokens) == _keywords_with_counters(" ".join(tokens)) == (shown,)


def test_keywords__same_ranking_and_surfaces_as_counters(seeds: dict[str, str]) -> None:
    for page in seeds.values():
        assert keywords(page) == _keywords_with_counters(page) == keywords_of(words(page))
        assert simhash(page) == simhash_of(folded_words(matching_form(page)))


def _longest_alias_every_length(folded: list[str], i: int) -> tuple[int, entities.AliasEntry] | None:
    """The alias lookup as it was: every length from the longest, every form, joined keys."""
    if not entities._may_start_alias(folded[i]):
        return None
    index = _alias_index()
    for length in range(min(entities.MAX_ALIAS_TOKENS, len(folded) - i), 0, -1):
        rest = [entities._strip_al(t) for t in folded[i + 1 : i + length]]
        for first in entities._first_token_forms(folded[i]):
            tokens = [first, *rest]
            entry = index.exact.get(" ".join(tokens))
            if entry is None and entities._is_arabic(first) and not (length == 1 and entities._is_common_word(first)):
                key = entities._skeleton_key(tokens)
                entry = index.by_skeleton.get(key) if key is not None else None
            if entry is not None:
                return length, entry
    return None


def test_longest_alias__prefix_walk_finds_what_every_length_found(seeds: dict[str, str]) -> None:
    texts = [*seeds.values(), "قال المتحدث باسم الكرملين دميتري بيسكوف وديمتري بيسكوف ومجلس الأمن الدولي وناغورني كاراباخ"]
    for text in texts:
        for paragraph in text.split("\n"):
            _spans, folded, _name_starts = _tokens(paragraph)
            for i in range(len(folded)):
                assert _longest_alias(folded, i) == _longest_alias_every_length(folded, i)


def test_may_start_name__false_only_where_every_finder_gives_up(seeds: dict[str, str]) -> None:
    skipped = 0
    for text in seeds.values():
        for paragraph in text.split("\n"):
            spans, folded, _name_starts = _tokens(paragraph)
            for i, (_start, token) in enumerate(spans):
                if _may_start_name(token):
                    continue
                skipped += 1
                assert _longest_alias(folded, i) is None
                assert entities._role_person(folded, spans, i) is None
                assert entities._given_name_person(folded, spans, i, paragraph) is None
                assert entities._headed_name(folded, spans, i, paragraph) is None
    assert skipped > 0


def test_alias_prefixes__hold_every_key_cut_after_each_word() -> None:
    index = _alias_index()
    assert all(key in index.exact_prefixes for key in index.exact)
    assert all(re.split(" ", key)[0] in index.exact_prefixes for key in index.exact)
    assert all(key.split("-")[0] in index.skeleton_prefixes for key in index.by_skeleton)


def _weighted_terms_token_by_token(text: str, language: str) -> dict[str, float]:
    """weighted_terms as it was: every token looked up and counted in turn."""
    counts: Counter[str] = Counter()
    rarity: dict[str, float] = {}
    for token in terms._display_tokens(terms._DIACRITICS.sub("", text)):
        term, token_rarity = terms._weighted_token(token, language)
        if term:
            counts[term] += 1
            rarity[term] = max(rarity.get(term, 0.0), token_rarity)
    return {term: (1.0 + math.log(n)) * rarity[term] for term, n in counts.items()}


def test_weighted_terms__distinct_tokens_give_the_same_terms_in_order(seeds: dict[str, str]) -> None:
    for text in [*seeds.values(), *TRICKY, "über München ağır Москва über"]:
        for language in ("ar", "en", "de"):
            assert list(weighted_terms(text, language).items()) == list(_weighted_terms_token_by_token(text, language).items())


def test_zipf_of__plain_words_read_from_their_band(seeds: dict[str, str]) -> None:
    """bench check of the same on every plain word of both lists: docs/speed.md."""
    from wordfreq import top_n_list, zipf_frequency

    plain = {w for lang in ("ar", "en") for w in top_n_list(lang, 3000) if terms._PLAIN_WORD.fullmatch(w)}
    plain |= {w.lower() for text in seeds.values() for w in words(text)}
    plain |= {"qzxvbk", "ككككك", "بيسكوف", "erdogan", "the", "في"}
    not_plain = ["it's", "über", "2018", "الـكرملين", "کاراباخ", "مُضيفًا", "straße"]
    for lang in ("ar", "en", "de"):
        for word in [*plain, *not_plain]:
            assert terms.zipf_of(word, lang) == zipf_frequency(word, lang), (word, lang)


def test_shingles__the_runs_the_index_slices_gave() -> None:
    tokens = ["a", "bb", "ccc", "dddd", "كرملين", "ffffff"]
    for n in range(len(tokens) + 1):
        sliced = [" ".join(tokens[:n][i : i + SHINGLE]).encode() for i in range(max(1, n - SHINGLE + 1))]
        assert _shingle_bytes(tokens[:n]) == sliced


def test_simhash__one_blake2b_of_each_shingle_string() -> None:
    tokens = folded_words(matching_form("قال المتحدث باسم الكرملين ديمتري بيسكوف إن روسيا مستعدة للحوار مع أوكرانيا"))
    shingles = [" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
    digests = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    bits = [sum(d >> (63 - b) & 1 for d in digests) * 2 > len(digests) for b in range(64)]
    assert simhash_of(tokens) == f"{sum(1 << (63 - b) for b in range(64) if bits[b]):016x}"


def _char_profile_sorting_all(match_text: str) -> str | None:
    """``char_profile`` as written before the partition: a stable sort of every weight."""
    counts = similarity.char_grams_of(match_text)
    if not counts:
        return None
    idf = similarity.default_char_idf()
    buckets = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[buckets]
    weights /= float(np.linalg.norm(weights)) or 1.0
    kept = np.sort(np.argsort(-weights, kind="stable")[: similarity.CHAR_GRAMS_KEPT])
    order = np.argsort(buckets[kept], kind="stable")
    ids, kept_weights = buckets[kept][order].astype("<u2"), weights[kept][order].astype("<f2")
    return base64.b64encode(ids.tobytes() + kept_weights.tobytes()).decode("ascii")


def test_char_profile__partition_keeps_what_a_stable_sort_kept(seeds: dict[str, str]) -> None:
    # repeated words make many equal weights, so ties fall on the cut
    texts = [*seeds.values(), " ".join(seeds.values()) * 3, *TRICKY, "كلمة " * 600 + "أخرى " * 600]
    for text in texts:
        folded = matching_form(text)
        assert similarity.char_profile(folded) == _char_profile_sorting_all(folded)


def test_heaviest__ties_on_the_cut_go_to_the_earlier() -> None:
    weights = np.array([0.5, 0.2, 0.2, 0.9, 0.2, 0.1])
    assert similarity._heaviest(weights, 3).tolist() == [True, True, False, True, False, False]


def test_bucket_counts__the_counter_of_grams_in_its_order(seeds: dict[str, str]) -> None:
    texts = [*seeds.values(), " ".join(seeds.values()) * 3, *TRICKY, "كلمة " * 600 + "أخرى " * 600, "", "  "]
    for text in texts:
        folded = matching_form(text)
        buckets, counts = similarity._bucket_counts(folded)
        counter = similarity.char_grams_of(folded)
        assert buckets.tolist() == list(counter.keys())
        assert counts.tolist() == list(counter.values())


def test_first_occurrence_counts__values_in_the_order_they_first_occur() -> None:
    rng = np.random.default_rng(15)
    cases = [[7], [7, 7, 7], [5, 5, 1, 5, 1, 9], [3, 2, 1, 0], rng.integers(0, 40, 500).tolist()]
    for values in cases:
        buckets, counts = similarity._first_occurrence_counts(np.array(values, dtype=np.uint16))
        expected = Counter(values)
        assert (buckets.tolist(), counts.tolist()) == (list(expected), list(expected.values()))


def test_tokens__name_starts_are_where_may_start_name_holds(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        for paragraph in text.split("\n"):
            spans, folded, name_starts = _tokens(paragraph)
            assert folded == [normalization.matching_word(token) for _, token in spans]
            assert name_starts == [i for i, (_, token) in enumerate(spans) if _may_start_name(token)]


def test_bound_word_memos__empties_a_memo_grown_past_its_size() -> None:
    seen: list[str] = []

    @normalization.word_memo(3)
    def upper(word: str) -> str:
        seen.append(word)
        return word.upper()

    for word in "abc":
        upper(word)
    normalization.bound_word_memos()
    assert upper.cache_info().currsize == 3  # at its size: kept
    upper("d")
    normalization.bound_word_memos()
    assert upper.cache_info().currsize == 0
    assert upper("a") == "A" and seen == ["a", "b", "c", "d", "a"]
