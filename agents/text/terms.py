"""Content words: tokens in matching form, Arabic clitics peeled, stopwords dropped, stemmed.

Used for keywords and for the lexical side of story matching. Stemming is snowball's
Arabic and English stemmers, memoised because news vocabulary is Zipfian. A stemmer object
keeps its working state on itself, so each thread has its own: when the worker stemmed on the
event loop (grouping) and in an enrich thread at once, a shared pure-Python stemmer returned
other words' stems and raised IndexError (tests/unit/test_terms_threads.py).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from operator import itemgetter

import snowballstemmer  # type: ignore[import-untyped]

from agents.text.normalization import matching_form, matching_word, word_memo

_WORD = re.compile(r"[a-z0-9]+|[\u0621-\u064a]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")

# Function words and newsroom boilerplate verbs, in matching form. Kept short on purpose:
# IDF-like weighting in story scoring handles the long tail.
ARABIC_STOPWORDS = frozenset(
    """
    في من الي علي عن مع ان او ثم لم لن ما لا هل قد كل بعض غير بين بعد قبل حتي منذ عند لدي
    هذا هذه ذلك تلك هناك هنا الذي التي الذين اللذين اللتين اللواتي هو هي هم هن انا نحن انت
    كان كانت يكون تكون كانوا ليس ليست اي اذا اذ لكن بل حيث كما لقد وقد فقد ايضا اليوم امس
    قال قالت وقال وقالت اضاف اضافت واضاف واضافت اكد اكدت واكد واكدت تابع وتابع اشار اشارت
    مشيرا مضيفا مؤكدا متابعا بشان خلال ضمن نحو حول عبر دون وفق وفقا لدى له لها لهم به بها
    فيه فيها منه منها عليه عليها اليه اليها عنه عنها انه انها بانه بانها الا اما وهو وهي
    يشار يذكر ذكر جاء وذلك ولكن والتي والذي الى على التى الذى او ام كذلك وفي ومن او واو
    سنه العام عام الماضي المقبل الجاري يوم الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد
    """.split()
)
ENGLISH_STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from as is are was were be been being it its
    this that these those he she they we you i his her their our your not no yes do does did have has
    had will would can could should may might said says say also after before over into about than
    then there here who whom which what when where why how all any some more most other such only
    own same so too very just up out new one two
    """.split()
)
# Only article-bearing prefixes: a lone و/ب/ل/ف is as often the word's own first letter
# (واشنطن, بيسكوف, لندن) as a clitic; the stemmer treats those consistently either way.
_CLITIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_thread_stemmers = threading.local()


def stem(word: str, language: str) -> str:
    """Snowball stem of ``word`` ("arabic" or "english"), with this thread's own stemmer."""
    stemmers = getattr(_thread_stemmers, "by_language", None)
    if stemmers is None:
        stemmers = _thread_stemmers.by_language = {}
    stemmer = stemmers.get(language)
    if stemmer is None:
        stemmer = stemmers[language] = snowballstemmer.stemmer(language)
    return str(stemmer.stemWord(word))


def words(text: str) -> list[str]:
    """Tokens of the matching form of ``text`` (letters and digits only)."""
    return _WORD.findall(matching_form(text))


def folded_words(folded: str) -> list[str]:
    """``words`` of a text already in matching form (an article's ``match_body``): folding is
    idempotent, so the tokens are the same without a second pass over the text."""
    return _WORD.findall(folded)


def content_terms(text: str) -> list[str]:
    """Stemmed content words of ``text``, in order, stopwords and short tokens dropped."""
    return folded_content_terms(matching_form(text))


def folded_content_terms(folded: str) -> list[str]:
    """``content_terms`` of a text already in matching form (the splitter folds each line once)."""
    return [term for token in folded_words(folded) if (term := _term(token))]


# Rarity of a word from wordfreq's shipped frequency lists (Zipf scale: 7+ for "في", ~2 for
# a rare name): an IDF that needs no corpus of our own. Unknown words count as rare.
ZIPF_CEILING = 8.0
RARITY_FLOOR = 0.5
_DISPLAY_WORD = re.compile(r"[A-Za-z0-9]+|[\u0621-\u064a]+")
_ANY_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
_OUTSIDE_DISPLAY = re.compile(r"[^\W_A-Za-z0-9\u0621-\u064a]")  # a word character _DISPLAY_WORD skips
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


def weighted_terms(text: str, language: str) -> dict[str, float]:
    """Stemmed content words weighted like tf-idf: (1 + log tf) times the word's rarity."""
    counts: dict[str, int] = {}
    rarity: dict[str, float] = {}
    # Each distinct token once, with its count: a text repeats its words, and a Counter keeps
    # them in the order they first occur, so the terms come in the same order as token by token.
    for token, n in Counter(_display_tokens(_DIACRITICS.sub("", text))).items():
        term, token_rarity = _weighted_token(token, language)
        if not term:
            continue
        if term in counts:  # another surface of a term seen: it keeps its rarest surface's rarity
            counts[term] += n
            if token_rarity > rarity[term]:
                rarity[term] = token_rarity
        else:
            counts[term] = n
            rarity[term] = token_rarity
    return {term: (1.0 + math.log(n)) * rarity[term] for term, n in counts.items()}


def _display_tokens(text: str) -> list[str]:
    """Words of any script; a word of ASCII or Arabic letters, or with any Arabic letter in it,
    is cut as before (ASCII runs and Arabic runs), so Arabic and English terms are unchanged,
    and a word of another script (über, ağır, москва) is kept whole instead of losing its
    letters outside ASCII: the grouping's lexical signal then works in every language."""
    if not _OUTSIDE_DISPLAY.search(text):  # nearly every Arabic or English text: one scan does
        return _DISPLAY_WORD.findall(text)
    tokens: list[str] = []
    for word in _ANY_WORD.findall(text):
        if word.isascii() or _ARABIC_LETTER.search(word):
            tokens.extend(_DISPLAY_WORD.findall(word))
        else:
            tokens.append(word)
    return tokens


@word_memo(200_000)
def _weighted_token(token: str, language: str) -> tuple[str | None, float]:
    """A display token's term and rarity: the same few thousand words recur in every article."""
    term = _term(matching_word(token))
    return term, (word_rarity(token, language) if term else 0.0)


@word_memo(200_000)
def word_rarity(token: str, language: str) -> float:
    lang = language if language in ("ar", "en", "fr", "es", "de", "tr", "ru", "fa") else "ar"
    return max(RARITY_FLOOR, ZIPF_CEILING - zipf_of(token.lower(), lang))


# A word of lowercase ASCII letters, or of Arabic letters without tatweel or marks: wordfreq's
# Arabic and English preprocessing (NFC/NFKC, mark removal, case folding) leaves it as it is and
# its tokenizer keeps it one token.
_PLAIN_WORD = re.compile(r"[a-z]+|[\u0621-\u063a\u0641-\u064a]+")
_PLAIN_LOOKUP_LANGUAGES = frozenset({"ar", "en"})
_zipf_by_band: dict[tuple[str, float | None], float] = {}


def zipf_of(word: str, lang: str) -> float:
    """wordfreq's ``zipf_frequency(word, lang)``. It tokenizes every word it is given, most of
    its cost; a plain word (``_PLAIN_WORD``) in Arabic or English is its own one token, so its
    Zipf value depends only on the frequency band its list gives it (or that it is unlisted):
    looked up directly, computed by wordfreq once per band."""
    from wordfreq import get_frequency_dict, zipf_frequency  # loads its lists on first use

    if lang not in _PLAIN_LOOKUP_LANGUAGES or not _PLAIN_WORD.fullmatch(word):
        return float(zipf_frequency(word, lang))
    band = (lang, get_frequency_dict(lang, "best").get(word))  # "best" as wordfreq asks: one cached dict
    zipf = _zipf_by_band.get(band)
    if zipf is None:
        zipf = _zipf_by_band[band] = float(zipf_frequency(word, lang))
    return zipf


def keywords(text: str, limit: int = 12) -> tuple[str, ...]:
    """The most frequent content words, as their most frequent surface form."""
    return keywords_of(words(text), limit)


def keywords_of(tokens: list[str], limit: int = 12) -> tuple[str, ...]:
    """``keywords`` of a text's ``words``; ties go to the term, then to the surface seen first."""
    counts: dict[str, int] = {}
    surfaces: dict[str, dict[str, int]] = {}
    # Each distinct token once, with its count, in the order tokens first occur (a Counter's):
    # terms and their surfaces are first seen in the same order as token by token.
    for token, n in Counter(tokens).items():
        form = _keyword_form(token)
        if form is None:
            continue
        term, surface = form
        if term in counts:
            counts[term] += n
            seen = surfaces[term]
            seen[surface] = seen.get(surface, 0) + n
        else:
            counts[term] = n
            surfaces[term] = {surface: n}
    ranked = sorted(counts, key=lambda term: (-counts[term], term))[:limit]
    return tuple(max(surfaces[term].items(), key=itemgetter(1))[0] for term in ranked)


@word_memo(200_000)
def _keyword_form(token: str) -> tuple[str, str] | None:
    """A token's term and the surface it is shown as: one memoised lookup per token."""
    term = _term(token)
    return None if term is None else (term, strip_clitics(token))


def strip_clitics(token: str) -> str:
    """Peel an article prefix with its conjunction or preposition ("والكرملين" -> "كرملين"),
    when 3+ letters remain."""
    if not _ARABIC_LETTER.match(token):
        return token
    for prefix in _CLITIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix):]
    return token


@word_memo(200_000)
def _term(token: str) -> str | None:
    if token.isdigit() or len(token) < 2:
        return None
    if _ARABIC_LETTER.match(token):
        if token in ARABIC_STOPWORDS or (token[0] in "وف" and token[1:] in ARABIC_STOPWORDS):
            return None
        arabic_stem = stem(strip_clitics(token), "arabic")
        return arabic_stem if len(arabic_stem) >= 2 else None
    if not token.isascii():  # another script (only weighted_terms gives those): the word itself
        return token
    if token in ENGLISH_STOPWORDS:
        return None
    return stem(token, "english")
