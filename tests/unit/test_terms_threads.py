"""Stemming from two threads at once gives each word its own stem.

The worker stems on the event loop (grouping) and in the enrich thread at the same time. A
shared pure-Python Snowball stemmer keeps its cursor on the object: under that load it gave
other words' stems and raised IndexError, one of which rejected a real article in CI."""

from __future__ import annotations

import threading

import pytest
import snowballstemmer
from snowballstemmer.arabic_stemmer import ArabicStemmer

from agents.text import terms

# Real Arabic news words with different stems, each repeated so the threads overlap often.
WORDS = (
    "اتهامات الحكومة المفاوضات الانتخابات البرلمانية المتظاهرين العاصمة الاقتصادية "
    "الاستثمارات المستشفيات الجامعات المواطنين الطائرات العسكرية الاجتماعات الدبلوماسية "
    "المحافظات الشرطة التحقيقات المعارضة الصحفيين اللاجئين المساعدات الانسانية"
).split() * 400


@pytest.fixture
def pure_python_stemmers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stemmer without PyStemmer's C code, whose calls hold the GIL and hide the race."""
    monkeypatch.setattr(snowballstemmer, "stemmer", lambda language: ArabicStemmer())
    monkeypatch.setattr(terms, "_thread_stemmers", threading.local())


def test_two_threads_stem_like_one(pure_python_stemmers: None) -> None:
    expected = {word: ArabicStemmer().stemWord(word) for word in set(WORDS)}
    wrong: list[tuple[str, str]] = []
    errors: list[BaseException] = []

    def stem_all(words: list[str]) -> None:
        for word in words:
            try:
                if (got := terms.stem(word, "arabic")) != expected[word]:
                    wrong.append((word, got))
            except Exception as exc:  # noqa: BLE001 - the race shows as IndexError
                errors.append(exc)

    threads = [threading.Thread(target=stem_all, args=(WORDS[n::2],)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and not wrong, (errors[:3], wrong[:3])
