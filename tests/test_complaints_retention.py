"""Retention of complaint records (R-SLA-23): the kept-until day is the closing day's
corresponding day ``years`` later, by the one month arithmetic of custops._dates."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints.retention import RetentionPolicy, keep_record, record_retention
from custops.errors import InvalidInput, InvalidType


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


def test_R_SLA_23_record_retention_from_a_closing_date_alone() -> None:
    """R-SLA-23: a migrated record (closing date and importance, no Case): an ordinary one
    closed 2026-02-28 is kept until 2027-02-28, an important one long-term."""
    ordinary = record_retention(dt.date(2026, 2, 28), important=False)
    assert (ordinary.kept_until_on, ordinary.long_term, ordinary.rule) == (
        dt.date(2027, 2, 28),
        False,
        "R-SLA-23",
    )
    assert ordinary.closed_on == dt.date(2026, 2, 28)
    important = record_retention(dt.date(2026, 2, 28), important=True)
    assert (important.kept_until_on, important.long_term) == (None, True)
    two_years = RetentionPolicy(ordinary_years=2)
    two = record_retention(dt.date(2024, 2, 29), important=False, policy=two_years)
    assert two.kept_until_on == dt.date(2026, 2, 28)


def test_R_SLA_23_record_retention_refuses_bad_input_naming_the_argument() -> None:
    """R-SLA-23: a closing instant, a text, a missing importance are refused by name."""
    with pytest.raises(InvalidType, match=r"^closed_on: "):
        record_retention(dt.datetime(2026, 2, 28, 10, 0), important=False)
    with pytest.raises(InvalidType, match=r"^closed_on: "):
        record_retention("2026-02-28", important=False)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^important: "):
        record_retention(dt.date(2026, 2, 28), important="否")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        record_retention(dt.date(2026, 2, 28))  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match=r"^closed_on: "):
        record_retention(dt.date(9999, 6, 1), important=False)


@given(st.dates(dt.date(1, 1, 1), dt.date(9000, 12, 31)), st.booleans(), st.integers(1, 30))
def test_R_SLA_23_record_retention_is_keep_record_of_the_day(
    closed_on: dt.date, important: bool, years: int
) -> None:
    """R-SLA-23: the one count of a record's retention, whatever gives the closing day."""
    policy = RetentionPolicy(ordinary_years=years, important_years=years + 1)
    given_day = record_retention(closed_on, important=important, policy=policy)
    kept = keep_record(closed_on, important=important, policy=policy)
    assert (given_day.kept_until_on, given_day.long_term, given_day.important) == (
        kept.kept_until_on,
        kept.long_term,
        important,
    )
    assert given_day.kept_until_on == closed_on + relativedelta(years=years + important)
