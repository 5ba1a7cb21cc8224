"""Language and desk: the desk is the readership's language, whatever variety py3langid hears."""

from __future__ import annotations

from agents.text.language import SAMPLE_CHARS, desk_of, detect_language


def test_detect_language__reads_the_start_of_the_text() -> None:
    arabic = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة. "
    assert detect_language(arabic * 20) == "ar"
    assert detect_language(arabic * 20 + "The talks resume next week in the capital. " * 200) == "ar"
    assert len(arabic * 20) > SAMPLE_CHARS
    assert detect_language("  \n ") == "und"


def test_desk_of__a_variety_joins_its_macrolanguage() -> None:
    assert desk_of("ary") == desk_of("arz") == desk_of("ar") == "ar"
    assert desk_of("yue") == "zh" and desk_of("en") == "en" and desk_of("und") == "und"
