"""Boundary tests of custops.periods that mutation testing found untested (issue 14 item 7).

Number words (R-SLA-01: periods are written as the seed writes them, "三个工作日", "seven
days"), the period words of recurring duties (R-ARC-02 每季度/每年, R-SLA-21 次日/第二天) and
the month-day deadlines of ``due_in_month`` (R-SLA-24: 次月2日, 次月底).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.errors import InvalidInput
from custops.periods import Period, Unit, due_in_month


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("九个工作日", 9, Unit.WORKDAYS),
        ("十个工作日", 10, Unit.WORKDAYS),
        ("一千天", 1000, Unit.DAYS),
        ("一百天", 100, Unit.DAYS),
        ("seven days", 7, Unit.DAYS),
        ("ten days", 10, Unit.DAYS),
        ("每年", 1, Unit.YEARS),
        ("每月", 1, Unit.MONTHS),
        ("每个星期", 1, Unit.WEEKS),
        ("第二天", 1, Unit.DAYS),
        ("次日", 1, Unit.DAYS),
    ],
)
def test_number_and_period_words_R_SLA_01(text: str, count: int, unit: Unit) -> None:
    assert Period.parse(text) == Period(count, unit)


def test_month_words_without_a_day_are_refused_R_SLA_24() -> None:
    with pytest.raises(InvalidInput, match=r"text: names a month but no day"):
        due_in_month(dt.date(2025, 1, 10), "次月")
    assert due_in_month(dt.date(2025, 5, 10), "次月3日") == dt.date(2025, 6, 3)


@pytest.mark.parametrize("text", ["次月0日", "次月32日"])
def test_days_outside_1_to_31_are_refused_R_SLA_24(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"text: is not a day of a month"):
        due_in_month(dt.date(2025, 1, 10), text)


def test_day_31_and_month_end_clamp_to_the_last_day_R_SLA_24() -> None:
    assert due_in_month(dt.date(2025, 1, 10), "次月31日") == dt.date(2025, 2, 28)
    assert due_in_month(dt.date(2025, 1, 10), "次月底") == dt.date(2025, 2, 28)
    assert due_in_month(dt.date(2025, 3, 10), "次月底") == dt.date(2025, 4, 30)


def test_the_end_of_the_date_range_is_refused_naming_start_R_SLA_24() -> None:
    with pytest.raises(InvalidInput, match=r"start: \+1 months falls outside the calendar"):
        due_in_month(dt.date(9999, 12, 1), "次月2日")


@given(st.dates(dt.date(2005, 1, 1), dt.date(2025, 11, 30)))
def test_month_end_is_the_last_working_day_or_later_R_SLA_24(start: dt.date) -> None:
    """次月底 lands in the next month's last days (rolled forward past a rest day at most)."""
    due = due_in_month(start, "次月底")
    nxt = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (nxt.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert due >= last
    assert (due - last).days <= 12
