"""The splitter on the five seed pages: snippets that must stay, snippets that must go."""

from __future__ import annotations

import pytest

from agents.text.sidebars import EmptyPageError, split_page

# (seed, snippets of article lines that must be kept, snippets that must be removed)
MUST_KEEP = {
    "000": ["نفى المتحدث الصحفي باسم الرئاسة الروسية", "وأضافت \"لقد تم تحديد الغرض من اللقاء"],
    "001": ["صرح دميتري بيسكوف، المتحدث الرسمي باسم الكرملين", "يذكر أن، السلطات الأذربيجانية"],
    "002": ["نفى الكرملين اليوم الجمعة تقريرا لوكالة بلومبرج", "ورد بيسكوف “لا، هذا تقرير خاطئ."],
    "003": ["شهدت إسطنبول اجتماعاً بين ممثلي", "تقارير عن اجتماع سري", "حيث التقى وزير الخارجية الأمريكي"],
    "004": ["أعلن المتحدث باسم الرئاسة الروسية", "كما أننا نواصل اتصالاتنا مع كل من باكو ويريفان", "يُذكر أنه في 9 نوفمبر 2020"],
}
MUST_DROP = {
    "000": ["اقرأ أيضاًتراجع رصيد", "المصدر: الأسبوع", "كلمات دلالية:", "الاتحاد الأوروبي: لا قرارات", "pic.twitter.com"],
    "001": ["الخارجية الروسية تعرب عن قلقها", "رئيس أذربيجان: هناك إشارات", "ماكرون"],
    "002": ["الوسومأوكرانيا", "كلمات دلالية:", "بوتين مستعد للتفاوض مع زيلينسكي"],
    "003": ["℃ 11 تركيا", "10 يناير 2025", "تم نسخ عنوان المقال", "/رويترز"],
    "004": ["المصدر: البوابة نيوز", "مقالات مشابهة", "قائمة بيراميدز", "ترامب يكشف عدد قتلى"],
}
APPENDED_TITLES = {
    "000": ["الاتحاد الأوروبي: لا قرارات بشأن أوكرانيا دون إشراكها"],
    "001": ["بشأن العقوبات على روسيا.. ماكرون يُشهر \"اتفاق الإجماع\""],
    "002": ["الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر"],
    "003": [],
    "004": ["ترامب يكشف عدد قتلى الجيش الأوكراني منذ بدء الحرب مع روسيا"],
}


@pytest.mark.parametrize("seed", sorted(MUST_KEEP))
def test_split_page__keeps_article_lines(seeds: dict[str, str], seed: str) -> None:
    article = "\n".join(split_page(seeds[seed]).main.paragraphs)
    for snippet in MUST_KEEP[seed]:
        assert snippet in article


@pytest.mark.parametrize("seed", sorted(MUST_DROP))
def test_split_page__drops_sidebars(seeds: dict[str, str], seed: str) -> None:
    main = split_page(seeds[seed]).main
    article = "\n".join((main.title, *main.paragraphs))
    for snippet in MUST_DROP[seed]:
        assert snippet not in article


@pytest.mark.parametrize("seed", sorted(APPENDED_TITLES))
def test_split_page__recovers_appended_articles(seeds: dict[str, str], seed: str) -> None:
    page = split_page(seeds[seed])
    assert [a.title for a in page.appended] == APPENDED_TITLES[seed]
    for appended in page.appended:
        assert len(appended.paragraphs) >= 4


def test_split_page__every_seed_line_is_accounted_for(seeds: dict[str, str]) -> None:
    """Nothing is lost: each non-blank line is article text, a title, a dateline or a sidebar."""
    for seed, text in seeds.items():
        page = split_page(text)
        kept: list[str] = []
        for part in (page.main, *page.appended):
            kept += [part.title, *(part.paragraphs), *(s.text for s in part.sidebars)]
            kept += [part.dateline] if part.dateline else []
        kept += [s.text for s in page.sidebars]
        joined = "\n".join(kept)
        for line in text.splitlines():
            core = line.strip().lstrip("-•* ").strip()
            assert core in joined, f"seed {seed} lost a line: {core[:60]}"


def test_split_page__seed_003_chrome(seeds: dict[str, str]) -> None:
    main = split_page(seeds["003"]).main
    kinds = {s.kind for s in main.sidebars}
    assert {"widget", "duplicated_headline", "ui_text", "caption"} <= kinds
    assert main.title.startswith("روسيا تؤكد إجراء")
    assert main.dateline == "5 أكتوبر 2023, 9:32:00 ص"


def test_split_page__embedded_post_goes_with_its_article(seeds: dict[str, str]) -> None:
    appended = split_page(seeds["000"]).appended[0]
    posts = [s.text for s in appended.sidebars if s.kind == "embedded_post"]
    assert len(posts) == 1 and "The European Union stands united" in posts[0]
    assert appended.paragraphs[-1].startswith("ويقولون إن الأولوية")


def test_split_page__untitled_page_gets_title_from_lead(seeds: dict[str, str]) -> None:
    main = split_page(seeds["004"]).main
    assert main.title_from_body and main.title.startswith("أعلن المتحدث باسم الرئاسة الروسية")


def test_split_page__only_sidebars_is_an_error() -> None:
    with pytest.raises(EmptyPageError):
        split_page("اقرأ أيضاً: عنوان\nالمصدر: الأسبوع\nكلمات دلالية: روسيا")


def test_split_page__english_cues() -> None:
    page = split_page(
        "Ministers agree on a new fisheries deal\n"
        "The ministers of five coastal states agreed on Tuesday to cut the total allowed catch by a fifth over three years.\n"
        "Read more: Fish stocks fall again in the north\n"
        "Follow us on social media\n"
    )
    assert page.main.paragraphs == ("The ministers of five coastal states agreed on Tuesday to cut the total allowed catch by a fifth over three years.",)
    assert {s.kind for s in page.sidebars} == {"read_also", "ui_text"}
