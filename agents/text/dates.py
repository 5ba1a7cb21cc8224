"""Publication times from the date forms Arabic and English news pages print.

Handles "4th, October 2023 GMT" (seed 000), "5 أكتوبر 2023, 9:32:00 ص" (seed 003),
"يوم الثلاثاء 19 سبتمبر 2023" (seed 001), Levantine ("تشرين الأول") and Maghrebi ("جانفي")
month names, Arabic-Indic digits, numeric and ISO forms, and Hijri dates ("1445 هـ").
A time without a zone is taken as UTC: scraped pages rarely say, and a wrong hour is
better than a wrong day for grouping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from agents.text.normalization import matching_form

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "يناير جانفي كانون الثاني january jan",
        "فبراير فيفري شباط february feb",
        "مارس اذار march mar",
        "ابريل افريل نيسان april apr",
        "مايو ماي ايار may",
        "يونيو يونيه جوان حزيران june jun",
        "يوليو يوليه جويليه جويلية تموز july jul",
        "اغسطس اوت غشت اب august aug",
        "سبتمبر شتنبر ايلول september sep sept",
        "اكتوبر تشرين الاول october oct",
        "نوفمبر نونبر تشرين الثاني november nov",
        "ديسمبر دجنبر كانون الاول december dec",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Two-word Levantine names must win over their first word.
_LEVANTINE = {
    "كانون الثاني": 1, "كانون الاول": 12, "تشرين الاول": 10, "تشرين الثاني": 11,
}
_HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6,
    "جمادي الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}

_MONTH_ALT = "|".join(
    sorted([*_LEVANTINE, *(m for m in _MONTHS if m not in ("الثاني", "الاول"))], key=len, reverse=True)
)
_HIJRI_ALT = "|".join(sorted(_HIJRI_MONTHS, key=len, reverse=True))
_TIME = (
    r"(?:[\s,،-]*(?:الساعه\s*)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*"
    r"(?P<ap>صباحا|مساء|مساءا|ظهرا|ص|م|am|pm|a\.m\.|p\.m\.)?)?"
)
_ZONE = r"(?:\s*(?P<z>gmt|utc|z|بتوقيت\s+غرينتش)(?:\s*(?P<zs>[+-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?)?"

_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*[,/.-]?\s*(?:من\s+)?(?P<mon>" + _MONTH_ALT
    + r")(?:\s*[/(]\s*(?:" + _MONTH_ALT + r")\s*\)?)?\s*[,/.-]?\s*(?P<y>\d{4})" + _TIME + _ZONE
)
_MONTH_DAY_YEAR = re.compile(
    r"(?P<mon>" + _MONTH_ALT + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<y>\d{4})" + _TIME + _ZONE
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[t\s](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\.\d+)?(?P<z>z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC = re.compile(
    r"(?<![\d/])(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*(?P<y>\d{4})(?![\d/])" + _TIME
)
_YEAR_FIRST = re.compile(r"(?<![\d/])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])" + _TIME)
_HIJRI = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>" + _HIJRI_ALT + r")\s+(?P<y>1[34]\d{2})\s*(?:هـ|ه|هجري)"
)


@dataclass(frozen=True)
class FoundTime:
    """A datetime found in text, with the words it came from."""

    at: datetime
    evidence: str
    has_time: bool


def parse_date(text: str) -> FoundTime | None:
    """The first full date (day, month, year; time and zone if given) in ``text``, in UTC."""
    folded = matching_form(text)
    for finder in (_find_iso, _find_named, _find_hijri, _find_numeric):
        found = finder(folded)
        if found is not None:
            return found
    return None


def publication_time(dateline: str | None, hint: str | None) -> FoundTime | None:
    """The page's own publication time: its dateline, else the feed's hint. Body dates are
    events, not publication ("يوم الثلاثاء 19 سبتمبر 2023" in seed 001 is the operation's date)."""
    for candidate in (dateline, hint):
        if candidate:
            found = parse_date(candidate)
            if found is not None:
                return found
    return None


def _find_iso(folded: str) -> FoundTime | None:
    match = _ISO.search(folded)
    if match is None:
        return None
    zone = match["z"]
    offset = timedelta(0)
    if zone and zone != "z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
    at = _build(int(match["y"]), int(match["m"]), int(match["d"]), match["h"], match["mi"], match["s"])
    return None if at is None else FoundTime(at - offset, match[0], match["h"] is not None)


def _find_named(folded: str) -> FoundTime | None:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(folded):
            month = _LEVANTINE.get(re.sub(r"\s+", " ", match["mon"])) or _MONTHS[match["mon"]]
            at = _build(int(match["y"]), month, int(match["d"]), match["h"], match["mi"], match["s"], match["ap"])
            if at is not None:
                return FoundTime(at - _zone_offset(match), match[0].strip(), match["h"] is not None)
    return None


def _find_numeric(folded: str) -> FoundTime | None:
    match = _YEAR_FIRST.search(folded) or _NUMERIC.search(folded)
    if match is None:
        return None
    at = _build(int(match["y"]), int(match["m"]), int(match["d"]), match["h"], match["mi"], match["s"], match["ap"])
    return None if at is None else FoundTime(at, match[0], match["h"] is not None)


def _find_hijri(folded: str) -> FoundTime | None:
    match = _HIJRI.search(folded)
    if match is None:
        return None
    from hijridate import Hijri  # imported lazily: only Hijri datelines pay for it

    try:
        gregorian = Hijri(int(match["y"]), _HIJRI_MONTHS[match["mon"]], int(match["d"])).to_gregorian()
    except (ValueError, OverflowError):
        return None
    at = datetime(gregorian.year, gregorian.month, gregorian.day, tzinfo=UTC)
    return FoundTime(at, match[0], False)


def _zone_offset(match: re.Match[str]) -> timedelta:
    if not match["zs"]:
        return timedelta(0)
    sign = -1 if match["zs"] == "-" else 1
    return sign * timedelta(hours=int(match["zh"]), minutes=int(match["zm"] or 0))


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None = None,
    minute: str | None = None,
    second: str | None = None,
    am_pm: str | None = None,
) -> datetime | None:
    h = int(hour or 0)
    if am_pm in ("م", "pm", "p.m.", "مساء", "مساءا", "ظهرا") and h < 12:
        h += 12
    elif am_pm in ("ص", "am", "a.m.", "صباحا") and h == 12:
        h = 0
    try:
        return datetime(year, month, day, h, int(minute or 0), int(second or 0), tzinfo=UTC)
    except ValueError:
        return None


_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_TODAY_WEEKDAY = re.compile(r"(?:^|\s)اليوم\s*/?\s*(?P<day>" + "|".join(_WEEKDAYS) + r")\b")


def weekday_of_today(text: str) -> int | None:
    """The weekday a text says is "today" ("اليوم الأربعاء", "اليوم /الثلاثاء/"), 0 = Monday."""
    match = _TODAY_WEEKDAY.search(matching_form(text))
    return _WEEKDAYS[match["day"]] if match else None


def last_weekday_on_or_before(anchor: datetime, weekday: int) -> datetime:
    """The most recent date with that weekday, at or before ``anchor`` (midnight UTC)."""
    day = anchor.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=(day.weekday() - weekday) % 7)
