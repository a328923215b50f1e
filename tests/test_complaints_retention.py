"""Retention of complaint records (R-SLA-23): the kept-until day is the closing day's
corresponding day ``years`` later, by the one month arithmetic of custops._dates."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints.retention import RetentionPolicy, keep_record
from custops.errors import InvalidInput


@given(st.dates(dt.date(1, 1, 1), dt.date(9000, 12, 31)), st.integers(1, 50))
def test_kept_until_is_the_corresponding_day_years_later_R_SLA_23(
    closed_on: dt.date, years: int
) -> None:
    """The same day as ``closed_on + relativedelta(years=years)`` (29 February → 28)."""
    policy = RetentionPolicy(ordinary_years=years)
    result = keep_record(closed_on, important=False, policy=policy)
    assert result.kept_until_on == closed_on + relativedelta(years=years)
    assert result.rule == "R-SLA-23"
    assert not result.long_term


def test_29_february_is_kept_until_28_february_R_SLA_23() -> None:
    result = keep_record(dt.date(2024, 2, 29), important=False)
    assert result.kept_until_on == dt.date(2025, 2, 28)


def test_a_term_past_the_calendar_names_closed_on_R_SLA_23() -> None:
    """A kept-until day after 9999 is InvalidInput naming ``closed_on`` and its value."""
    policy = RetentionPolicy(ordinary_years=5)
    with pytest.raises(InvalidInput, match=r"^closed_on: \+60 months falls outside .*9997, 6, 1"):
        keep_record(dt.date(9997, 6, 1), important=False, policy=policy)
