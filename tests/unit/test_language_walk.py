"""The vectorised walk answers as py3langid does, on every kind of text enrichment can meet."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import py3langid  # type: ignore[import-untyped]
import pytest
from py3langid.langid import _get_identifier, visit_counts  # type: ignore[import-untyped]

from agents.text.language import detect_language
from agents.text.language_walk import (
    automaton_depth,
    classify,
    classify_language,
    feature_counts,
    walk_tables,
)

TEXTS = [
    "The foreign minister said talks would resume next week in the capital.",
    "Der Außenminister sagte, die Gespräche würden nächste Woche in der Hauptstadt fortgesetzt.",
    "Le ministre des affaires étrangères a déclaré que les pourparlers reprendraient.",
    "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.",
    "Министр иностранных дел заявил, что переговоры возобновятся на следующей неделе.",
    "外交部长表示，会谈将于下周在首都恢复。",
    "外務大臣は、協議は来週首都で再開されると述べた。",
    "외교부 장관은 회담이 다음 주 수도에서 재개될 것이라고 말했다.",
    "विदेश मंत्री ने कहा कि वार्ता अगले सप्ताह राजधानी में फिर से शुरू होगी।",
    "Ο υπουργός Εξωτερικών δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
    "שר החוץ אמר כי השיחות יתחדשו בשבוע הבא בבירה.",
    "รัฐมนตรีต่างประเทศกล่าวว่าการเจรจาจะเริ่มขึ้นอีกครั้งในสัปดาห์หน้า",
    "Dışişleri Bakanı görüşmelerin gelecek hafta başkentte yeniden başlayacağını söyledi.",
    "",
    " \n\t ",
    "1234567890",
    "2026-11-27 12:00:00 +03:00",
    "!!! ... ??? ;;; --- ***",
    "THE MINISTER SAID TALKS WOULD RESUME",
    "ВЕРХОВНЫЙ СУД",
    "Reuters: قال الرئيس إن الاتفاق — the deal — سيوقع غداً في Berlin, 日本",
    "a",
    "ab",
    "é",
    "عن",
    "日",
    "ok 😀",
    "😀🎉👍🏽🇸🇦",
    "e\u0301te\u0301",  # decomposed accents: NFC composes them before the walk
    "\ud800 lone surrogate \udfff",
    "ﬁnancial ﬂows",  # ligatures NFC keeps
    "\x00\x01\x7f control",
    "A" * 5000,
]


@pytest.mark.parametrize("text", TEXTS)
def test_classify__same_answer_as_py3langid(text: str) -> None:
    identifier = _get_identifier()
    assert classify(identifier, text) == py3langid.classify(text)
    assert classify_language(text) == py3langid.classify(text)[0]


@pytest.mark.parametrize("data", [b"", b"abc", b"\xff\xfe\x00broken", "mixed text, ünïcode".encode()[:-1]])
def test_classify__bytes_as_py3langid_decodes_them(data: bytes) -> None:
    assert classify(_get_identifier(), data) == py3langid.classify(data)


def test_detect_language__as_before() -> None:
    for text in TEXTS:
        sample = text[:600].strip()
        assert detect_language(text) == (py3langid.classify(sample)[0] if sample else "und")


def test_the_model_is_an_automaton_of_short_strings() -> None:
    """The proof the window walk rests on holds for the installed model (checked when the tables
    are built): were it not, ``walk_tables`` would answer None and py3langid would walk."""
    tables = walk_tables(_get_identifier())
    assert tables is not None and 1 <= tables.depth <= 8


def test_feature_counts__those_of_py3langid_in_its_order() -> None:
    identifier = _get_identifier()
    tables = walk_tables(identifier)
    assert tables is not None
    generator = random.Random(15)
    alphabet = "abcdefghij éàü ابتثجحخ абвгд 日本語 \n.,1" + "".join(chr(c) for c in range(0x20, 0x7F))
    texts = [bytes(generator.randrange(256) for _ in range(generator.randrange(40))) for _ in range(100)]
    texts += ["".join(generator.choice(alphabet) for _ in range(generator.randrange(300))).encode() for _ in range(200)]
    for data in texts:
        visits = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data) or Counter()
        indexes, counts = feature_counts(tables, data)
        assert indexes.tolist() == list(visits.keys())
        assert counts.tolist() == [float(c) for c in visits.values()]
        assert counts.dtype == np.float32


def _automaton(strings: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """The Aho-Corasick automaton of ``strings``: (transition rows, row of each state)."""
    labels = sorted({s[:i] for s in strings for i in range(len(s) + 1)}, key=lambda s: (len(s), s))
    state_of = {label: i for i, label in enumerate(labels)}

    def move(label: bytes, byte: int) -> int:
        text = label + bytes([byte])
        return next(state_of[text[i:]] for i in range(len(text) + 1) if text[i:] in state_of)

    rows = np.array([[move(label, b) for b in range(256)] for label in labels], dtype=np.uint32)
    return rows, np.arange(len(labels))


def test_automaton_depth__finds_the_longest_string_and_refuses_other_dfas() -> None:
    rows, row_of_state = _automaton([b"ab", b"bab", b"abcd", b"c"])
    assert automaton_depth(rows, row_of_state) == 4
    counter = rows.copy()
    counter[0, ord("z")] = 1  # a move no Aho-Corasick automaton makes: "z" leads to the state of "a"
    assert automaton_depth(counter, row_of_state) is None
    unreachable = np.vstack([rows, rows[:1]])
    assert automaton_depth(unreachable, np.arange(len(unreachable))) is None


def test_classify__probabilities_restricted_languages_and_a_confidence_floor() -> None:
    """The paths storywire does not take (py3langid's norm_probs, set_languages, min_confidence)
    answer as py3langid does too."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True, min_confidence=0.9)
    try:
        for languages in (None, ["en", "de", "fr", "sr"]):
            identifier.set_languages(languages)
            for text in TEXTS:
                assert classify(identifier, text) == identifier.classify(text)
    finally:
        walk_tables.cache_clear()  # not to keep a second model alive


def test_automaton_depth__refuses_the_model_with_one_move_changed() -> None:
    identifier = _get_identifier()
    rows = np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode))
    rows = rows.reshape(-1, 256).copy()
    row_of_state = np.frombuffer(identifier.tk_row, dtype=np.dtype(identifier.tk_row.typecode)).astype(np.intp)
    assert automaton_depth(rows, row_of_state) == walk_tables(identifier).depth  # type: ignore[union-attr]
    row = int(row_of_state[len(row_of_state) // 2])  # the moves of a state halfway down the table
    rows[row, ord("e")] = (rows[row, ord("e")] + 1) % len(row_of_state)
    assert automaton_depth(rows, row_of_state) is None
