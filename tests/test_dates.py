"""custops._dates: the one home of the time constants and of day and microsecond arithmetic
(CONTRIBUTING, "One home per helper").

The microsecond instants and day ordinals serve the working-day and business-time rules
R-SLA-01, R-SLA-08, R-SLA-09 and R-SLA-13 (custops.calendars and custops.vector).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from custops._dates import (
    DAY_US,
    EPOCH,
    MIDNIGHT,
    NOON,
    US,
    UTC,
    DayRange,
    from_us,
    time_us,
    year_ordinals,
)


@given(st.times())
def test_time_us_is_the_time_of_day_in_microseconds_R_SLA_01(t: dt.time) -> None:
    """``time_us`` is the timedelta from midnight divided by :data:`US`, in ``[0, DAY_US)``."""
    since = dt.timedelta(
        hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond
    )
    assert time_us(t) == since // US
    assert 0 <= time_us(t) < DAY_US


def test_time_us_of_midnight_and_noon() -> None:
    assert (time_us(MIDNIGHT), time_us(NOON), time_us(dt.time(23, 59, 59, 999_999))) == (
        0,
        DAY_US // 2,
        DAY_US - 1,
    )


@given(st.integers(1, 9999), st.integers(0, 30))
def test_year_ordinals_span_whole_years_R_SLA_01(first_year: int, extra: int) -> None:
    """The span starts on 1 January and ends on 31 December, and holds every day between."""
    last_year = min(9999, first_year + extra)
    first, last = year_ordinals(first_year, last_year)
    assert dt.date.fromordinal(first) == dt.date(first_year, 1, 1)
    assert dt.date.fromordinal(last) == dt.date(last_year, 12, 31)
    leap = sum(
        (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 for y in range(first_year, last_year + 1)
    )
    assert last - first + 1 == 365 * (last_year - first_year + 1) + leap


@given(st.datetimes(timezones=st.just(UTC)))
def test_from_us_inverts_the_instant_in_microseconds(at: dt.datetime) -> None:
    """``(at - EPOCH) // US`` and :func:`from_us` are inverse (the instants of vector)."""
    assert from_us((at - EPOCH) // US, UTC) == at


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)))
def test_an_instant_is_in_no_range_of_days(moment: dt.datetime) -> None:
    """``DayRange.__contains__``: a ``datetime`` is an instant, not a day — never in a range of
    days (it raised ``TypeError`` comparing it with the dates), as its own day is."""
    from custops.complaints import ReviewPeriod
    from custops.exchange import inspection_window
    from custops.vip import qualification_window

    day = moment.date()
    for days in (
        ReviewPeriod(day, day),
        inspection_window(day.year),
        qualification_window(on=day),
    ):
        assert isinstance(days, DayRange)
        assert moment not in days
    assert day in ReviewPeriod(day, day)
