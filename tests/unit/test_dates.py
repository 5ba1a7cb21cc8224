"""Publication-time parsing on the seeds' forms and beyond."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agents.text.dates import parse_date, publication_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاريخ النشر: 4th, October 2023 GMT", datetime(2023, 10, 4, tzinfo=UTC)),  # seed 000
        ("تاريخ النشر: 25th, September 2023 GMT", datetime(2023, 9, 25, tzinfo=UTC)),  # seed 001
        ("5 أكتوبر 2023, 9:32:00 ص", datetime(2023, 10, 5, 9, 32, tzinfo=UTC)),  # seed 003
        ("يوم الثلاثاء 19 سبتمبر 2023", datetime(2023, 9, 19, tzinfo=UTC)),  # seed 001's body
        ("الأربعاء 4 تشرين الأول 2023", datetime(2023, 10, 4, tzinfo=UTC)),  # Levantine
        ("13 آذار 2025, 10:15:00 ص", datetime(2025, 3, 13, 10, 15, tzinfo=UTC)),
        ("١٢ جانفي ٢٠٢٤ 10:05 م", datetime(2024, 1, 12, 22, 5, tzinfo=UTC)),  # Maghrebi + digits
        ("2018-02-18T21:35:43+04:00", datetime(2018, 2, 18, 17, 35, 43, tzinfo=UTC)),  # ANT's field
        ("October 5, 2023 3:04 PM GMT+3", datetime(2023, 10, 5, 12, 4, tzinfo=UTC)),
        ("15 ربيع الأول 1445 هـ", datetime(2023, 9, 30, tzinfo=UTC)),  # Hijri
    ],
)
def test_parse_date__forms(text: str, expected: datetime) -> None:
    found = parse_date(text)
    assert found is not None and found.at == expected


def test_parse_date__no_date() -> None:
    assert parse_date("الكرملين ينفي إجراء مفاوضات") is None
    assert parse_date("31 فبراير 2023") is None  # impossible day


def test_publication_time__dateline_beats_hint() -> None:
    found = publication_time("تاريخ النشر: 4th, October 2023 GMT", "2020-01-01")
    assert found is not None and found.at.year == 2023
    hinted = publication_time(None, "2020-01-01")
    assert hinted is not None and hinted.at == datetime(2020, 1, 1, tzinfo=UTC)
