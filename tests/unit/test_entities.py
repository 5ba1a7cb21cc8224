"""Entities united across transliterations, on the seeds' own spellings."""

from __future__ import annotations

import pytest

from agents.text.entities import entities_from, find_mentions, find_quotes, skeleton
from agents.text.sidebars import split_page


def ids_in(text: str) -> set[str]:
    return {m.entity_id for m in find_mentions([text])}


@pytest.mark.parametrize(
    ("variants", "entity_id"),
    [
        (["دميتري بيسكوف", "ديمتري بيسكوف", "بيسكوف", "Dmitry Peskov"], "person:dmitry-peskov"),
        (["ناجورنو كاراباخ", "ناغورنو قره باغ", "قره باغ", "كاراباخ", "ناجورنو قره باغ", "Nagorno-Karabakh"], "place:nagorno-karabakh"),
        (["الكرملين", "«الكرملين»", "والكرملين", "Kremlin"], "org:kremlin"),
        (["ماريا زاخاروفا", "زاخاروفا", "زخاروفا"], "person:maria-zakharova"),
        (["إقلیم ناجورنو کاراباخ"], "place:nagorno-karabakh"),  # Persian letters, seed 000's tag line
    ],
)
def test_find_mentions__variants_share_one_id(variants: list[str], entity_id: str) -> None:
    for variant in variants:
        assert entity_id in ids_in(f"قال {variant} اليوم"), variant


def test_skeleton__transliteration_pairs() -> None:
    assert skeleton("دميتري") == skeleton("ديمتري")
    assert skeleton("ناجورنو") == skeleton("ناغورنو")


def test_find_mentions__no_entity_in_common_words() -> None:
    assert ids_in("من أجل هو اكتمال غير معلنة السيطرة على وذكر في") == set()


def test_role_trigger__unknown_person_gets_stable_id() -> None:
    a = ids_in("وقال المبعوث النرويجي الخاص يوناس غارستاد إن المحادثات مستمرة")
    b = ids_in("أعلن المبعوث النرويجي يوناس جارستاد أن المحادثات مستمرة")
    people = {i for i in a if i.startswith("person:~")}
    assert people and people == {i for i in b if i.startswith("person:~")}


def test_entities__seed_000_and_003_share_spokespeople_and_place(seeds: dict[str, str]) -> None:
    def ids(seed: str) -> set[str]:
        main = split_page(seeds[seed]).main
        return {e.entity_id for e in entities_from(find_mentions((main.title, *main.paragraphs)))}

    shared = ids("000") & ids("003")
    assert {"person:dmitry-peskov", "person:maria-zakharova", "place:nagorno-karabakh", "org:kremlin"} <= shared


def test_find_quotes__speaker_from_sentence(seeds: dict[str, str]) -> None:
    main = split_page(seeds["000"]).main
    texts = (main.title, *main.paragraphs)
    quotes = find_quotes(texts, find_mentions(texts))

    def speaker_of(opening: str) -> str | None:
        (quote,) = [q for q in quotes if q.text.startswith(opening)]
        return quote.speaker_id

    assert speaker_of("كانت هناك اتصالات") == "person:dmitry-peskov"
    assert speaker_of("لم يكن هناك أي شئ سري") == "person:maria-zakharova"
    assert speaker_of("لقد تم تحديد الغرض") == "person:maria-zakharova"  # "وأضافت" continues her
