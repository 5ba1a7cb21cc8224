"""Language identification with py3langid (its model ships inside the wheel)."""

from __future__ import annotations

SAMPLE_CHARS = 2000  # the first paragraphs decide; more text costs time and adds nothing


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, "und" when there is no text."""
    sample = text[:SAMPLE_CHARS].strip()
    if not sample:
        return "und"
    import py3langid  # type: ignore[import-untyped]  # loads its model on first use

    language, _score = py3langid.classify(sample)
    return str(language)
