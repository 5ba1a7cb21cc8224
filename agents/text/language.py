"""Language identification with py3langid (its model ships inside the wheel), walked by
``language_walk`` without py3langid's per-byte Python loop (the same answer)."""

from __future__ import annotations

# The first paragraphs decide; a longer sample costs time in proportion and, on ANT, only once
# changed the answer, for the worse (docs/speed.md, "Language on a prefix").
SAMPLE_CHARS = 600
# py3langid also names some varieties of a macrolanguage (ISO 639-3). A desk groups one
# readership's news, so a variety goes to its macrolanguage's desk: an article py3langid hears as
# Egyptian or Moroccan Arabic is still grouped with the Arabic wire.
DESK_OF_VARIETY = {"ary": "ar", "arz": "ar", "wuu": "zh", "yue": "zh", "sdh": "ku", "uzs": "uz"}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (639-3 for a variety), "und" when there is no text."""
    sample = text[:SAMPLE_CHARS].strip()
    if not sample:
        return "und"
    from agents.text.language_walk import classify_language  # loads py3langid's model on first use

    return classify_language(sample)


def desk_of(language: str) -> str:
    """The desk that groups articles of ``language``: the language itself, or its macrolanguage."""
    return DESK_OF_VARIETY.get(language, language)
