"""The CI gate on split quality: F1 on the team's gold sets must not fall below its floor.

Floors sit a little under the figures bench/split_quality.py measured when they were set
(see the README); raise them when the splitter improves, never lower them to pass.
"""

from __future__ import annotations

import pytest

from bench.split_eval import SHARED, evaluate

F1_FLOORS = {
    "seeds": 0.98,
    "ant_inline_boilerplate": 0.96,
    "ant_multisource": 0.95,
    "arabic_html_pages": 0.96,
    "ant_inline_boilerplate_heldout": 0.95,
    "ant_multisource_heldout": 0.95,
    "ant_inline_boilerplate_more": 0.96,
    # issue 14's layout gold (bench/split_layouts.py): tuned part and the held-out parts
    "layouts": 0.97,
    "layouts_heldout": 0.97,
    "layouts_heldout2": 0.97,
    "layouts_heldout3": 0.97,
    # part 4: 0.825 at its one blind measurement; studied since (an analysis set now, 0.999)
    "layouts_heldout4": 0.97,
    # part 5: 0.883 at its one blind measurement; studied since (an analysis set now, 0.995)
    "layouts_heldout5": 0.97,
    # part 6: 0.475 at its one blind measurement; studied since (an analysis set now, 0.952)
    "layouts_heldout6": 0.94,
    # part 7: 0.547 at its one blind measurement; studied since (an analysis set now, 0.968)
    "layouts_heldout7": 0.96,
    # part 8: 0.880 at its one blind measurement (ordinary article pages of four new site families);
    # studied since (an analysis set now, 0.980)
    "layouts_heldout8": 0.975,
    # part 9: 0.875 at its one blind measurement, after part 8 was studied; studied since (an
    # analysis set now, 1.000)
    "layouts_heldout9": 0.99,
    # part 10: 0.791 at its one blind measurement, after part 9 was studied (ministry newsrooms,
    # UN news and press releases, think-tank papers, e-mail newsletters); studied since (an
    # analysis set now, 0.937)
    "layouts_heldout10": 0.93,
    # part 11: 0.797 at its one blind measurement, after part 10 was studied (fact-check pages, a
    # news agency's wire feed, an Islamic-affairs portal, a story told as an X thread); studied
    # since (an analysis set now, 0.985)
    "layouts_heldout11": 0.98,
    # part 12: 0.898 at its one blind measurement, after part 11 was studied (Arabic services of
    # foreign state outlets, lifestyle portals carrying news, foreign-press pages, exiled outlets);
    # studied since (an analysis set now, 0.977)
    "layouts_heldout12": 0.97,
    # part 13: 0.912 at its one blind measurement, after part 12 was studied (Maghreb bilingual
    # outlets, opinion columns, photo stories, a news app's shared text); studied since (an
    # analysis set now, 0.995)
    "layouts_heldout13": 0.99,
    # part 14: 0.910 at its one blind measurement, after part 13 was studied (Gulf dailies with
    # their print edition, Iraqi and Kurdish outlets, blog platforms, radio stations' news); studied
    # since (an analysis set now, 0.994)
    "layouts_heldout14": 0.99,
    # part 15: 0.925 at its one blind measurement, after part 14 was studied (health portals,
    # courts and crime desks, diaspora community sites, science and technology news); studied since
    # (an analysis set now, 0.995)
    "layouts_heldout15": 0.99,
    # part 16: 0.943 at its one blind measurement, after part 15 was studied (culture magazines,
    # education and exams portals, celebrity news, human-rights organisations' news); studied since
    # (an analysis set now, 0.984)
    "layouts_heldout16": 0.98,
    # part 17: 0.964 at its one blind measurement, after the headline's own lines were read by the
    # echo (automotive news, weather and climate portals, parliaments' news centres, real-estate news);
    # an analysis set now (0.986 after its study)
    "layouts_heldout17": 0.98,
    # part 18: 0.965 at its one blind measurement, after part 17 was studied with shape and position
    # signals only (defence news, energy and oil news, governorates' portals, travel news); an
    # analysis set now (0.988 after its study)
    "layouts_heldout18": 0.975,
    # part 19: 0.929 at its one blind measurement, after part 18 was studied (agriculture and food,
    # church news, labour unions, a football club's own site); an analysis set now (0.959 after its study)
    "layouts_heldout19": 0.95,
    # part 20: 0.975 at its one blind measurement, after part 19 was studied and two-word lines and
    # site title bars stopped being headlines (maritime and ports news, relief charities' news,
    # stock-exchange news, aviation news); 52/57 appended whole and 84/88 headlines blind
    "layouts_heldout20": 0.97,
    # part 21: 0.980 at its one blind measurement, after part 20 was studied (telecoms and gadget
    # news, motorsport news, a family magazine, a local classifieds portal's news); 58/63 appended
    # whole and 86/88 headlines blind
    "layouts_heldout21": 0.975,
}
# Layout gold: share of appended articles recovered whole and of headlines right (issue 14's
# targets are 0.90 and 0.95 on layouts never seen while tuning).
LAYOUT_FLOORS = {"appended_whole": 0.90, "headline_right": 0.95}
# Part 5 after studying it: 54/63 appended whole (its story pages print a "last updated" line
# under the date, which the splitter, one date line an article, drops), 88/88 headlines.
HELDOUT5_FLOORS = {"appended_whole": 0.85, "headline_right": 0.95}
# Part 10 after studying it: 21/33 appended whole (a digest's second story and its briefs, a UN
# story's next one under its topic label and picture), 83/88 headlines; under the layout floors.
HELDOUT10_FLOORS = {"appended_whole": 0.63, "headline_right": 0.94}


@pytest.fixture(autouse=True)
def needs_shared() -> None:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"no corpus at {SHARED} (set STORYWIRE_SHARED_DIR)")


@pytest.mark.parametrize("set_name", sorted(F1_FLOORS))
def test_split_quality__f1_floor(set_name: str) -> None:
    score = evaluate(set_name)
    assert score.f1 >= F1_FLOORS[set_name], f"{set_name}: F1 {score.f1:.3f} (P {score.precision:.3f}, R {score.recall:.3f})"


def test_split_quality__no_seed_article_line_dropped() -> None:
    score = evaluate("seeds")
    assert score.fn == 0 and score.appended_whole == score.appended_total


def test_predicted_article_mask__a_line_printed_twice_in_a_row_is_matched_once_each() -> None:
    from bench.split_eval import Prediction, predicted_article_mask

    lines = ("عنوان الخبر", "عنوان الخبر", "فقرة أولى من الخبر.")
    assert predicted_article_mask(lines, Prediction(lines), fuzzy=False) == [True, True, True]
    assert predicted_article_mask(lines, Prediction(lines[1:]), fuzzy=False) == [True, False, True]


def test_score_document__an_appended_article_is_whole_whatever_the_order_of_its_fields() -> None:
    from bench.split_eval import Prediction, Score, score_document

    lines = ("عنوان الخبر الأول هنا", "فقرة أولى من الخبر.", "5 س · 🌐", "عنوان الخبر الثاني", "فقرة من الخبر الثاني.")
    labels = ["title", "body", "appended-1-dateline", "appended-1-title", "appended-1-body"]
    appended = ((lines[3], lines[2], lines[4]),)  # title, date, paragraphs: the page printed the date first
    score = Score()
    score_document(lines, labels, Prediction(lines[:2], appended, lines[0]), False, score)
    assert score.appended_whole == score.appended_total == 1


def test_load_jsonl_gold__scores_any_labelled_pages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from bench.split_eval import Score, load_jsonl_gold, score_document, storywire_prediction

    page = {
        "id": "p1",
        "text": "الرئيسية » أخبار\nوزير الخارجية يزور القاهرة غدا\n\n"
        "يزور وزير الخارجية القاهرة غدا في جولة تشمل عواصم عدة في المنطقة لبحث الأزمة الراهنة.\nالمصدر: وكالات",
        "labels": ["other", "title", "body", "source_credit"],
    }
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(page, ensure_ascii=False) + "\n", encoding="utf-8")
    documents, labels = load_jsonl_gold(path)
    score = Score()
    for document in documents:
        score_document(document.lines, labels[document.doc_id], storywire_prediction(document), False, score)
    assert score.documents == 1 and score.headline_total == 1


@pytest.mark.parametrize(
    "set_name",
    ["layouts", "layouts_heldout", "layouts_heldout2", "layouts_heldout3", "layouts_heldout4", "layouts_heldout9", "layouts_heldout11", "layouts_heldout12", "layouts_heldout13", "layouts_heldout14", "layouts_heldout15", "layouts_heldout16", "layouts_heldout18", "layouts_heldout20", "layouts_heldout21"],
)
def test_split_quality__layouts_keep_appended_articles_whole_and_headlines_right(set_name: str) -> None:
    score = evaluate(set_name)
    assert score.appended_whole >= LAYOUT_FLOORS["appended_whole"] * score.appended_total, f"{score.appended_whole}/{score.appended_total}"
    assert score.headline_right >= LAYOUT_FLOORS["headline_right"] * score.headline_total, f"{score.headline_right}/{score.headline_total}"


def test_split_quality__heldout5_keeps_appended_articles_whole_and_headlines_right() -> None:
    score = evaluate("layouts_heldout5")
    assert score.appended_whole >= HELDOUT5_FLOORS["appended_whole"] * score.appended_total, f"{score.appended_whole}/{score.appended_total}"
    assert score.headline_right >= HELDOUT5_FLOORS["headline_right"] * score.headline_total, f"{score.headline_right}/{score.headline_total}"


def test_split_quality__heldout10_keeps_appended_articles_whole_and_headlines_right() -> None:
    score = evaluate("layouts_heldout10")
    assert score.appended_whole >= HELDOUT10_FLOORS["appended_whole"] * score.appended_total, f"{score.appended_whole}/{score.appended_total}"
    assert score.headline_right >= HELDOUT10_FLOORS["headline_right"] * score.headline_total, f"{score.headline_right}/{score.headline_total}"
