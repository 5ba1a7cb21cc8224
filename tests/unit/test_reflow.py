"""Paragraphs hard-wrapped into column lines are read as paragraphs, and given back as printed."""

from __future__ import annotations

from agents.text.reflow import PrintedLines, printed_lines, unwrap
from agents.text.sidebars import split_page
from bench.split_layouts import wrap_in_column

TITLE = "إعادة فتح حقل الفيل النفطي في ليبيا بعد تسوية نزاع"
PARAGRAPHS = (
    "قالت المؤسسة الوطنية للنفط في ليبيا إنها تعيد فتح حقل الفيل النفطي بعد تسوية نزاع مع الحرس بشأن الأجور والمزايا تسبب في إغلاق الحقل في فبراير.",
    "وذكرت المؤسسة في بيان أنه من المتوقع أن يصل إنتاج حقل الفيل إلى 50 ألف برميل يوميا خلال 48 ساعة، وإلى 72 ألف برميل يوميا خلال الثلاثة أيام التي تليهما.",
    "ويعطي استئناف الإنتاج دفعة لصناعة النفط في ليبيا، ويأتي بعد استئناف تشغيل موانئ نفطية رئيسية في شرق البلاد.",
)


def test_unwrap__column_lines_join_into_their_paragraphs_and_keep_their_printed_lines() -> None:
    column = [line for paragraph in PARAGRAPHS for line in wrap_in_column(paragraph, 30)]
    unwrapped = unwrap(["12", "الخليج", TITLE, *column])
    assert unwrapped[:3] == ["12", "الخليج", TITLE]  # a headline over its lead is no wrapped line
    assert unwrapped[3:] == list(PARAGRAPHS)
    assert [line for paragraph in unwrapped[3:] for line in printed_lines(paragraph)] == column


def test_unwrap__a_page_of_whole_paragraphs_and_a_menu_is_left_as_it_is() -> None:
    lines = ["الرئيسية", "أخبار", "رياضة", "اقتصاد", "فيديو", TITLE, *PARAGRAPHS]
    assert unwrap(lines) == lines and not any(isinstance(line, PrintedLines) for line in unwrap(lines))


def test_split_page__an_epaper_column_is_the_article_line_for_line() -> None:
    column = [line for paragraph in PARAGRAPHS for line in wrap_in_column(paragraph, 30)]
    page = split_page("\n".join(["12", "الخليج", "الخميس 12 يوليو 2018م", TITLE, "طرابلس - وكالات", *column, "(وام)"]))
    assert page.main.title == TITLE
    assert page.main.paragraphs == tuple(column)
