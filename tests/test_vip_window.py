"""R-VIP-01: ``vip.qualification_window`` is ``periods.window_start`` (issue 12).

The window of 半年内 has one home, :func:`custops.periods.window_start`; the VIP function
calls it.  These tests pin that the move changed no answer and no error message.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._dates import ONE_DAY, DayRange, add_months
from custops.errors import InvalidInput, InvalidType
from custops.periods import Period, window_start
from custops.vip import QualificationWindow, VipPolicy, qualification_window


def _by_hand(on: dt.date, months: int) -> dt.date:
    """The former body of qualification_window (by ``add_months``), kept as the oracle."""
    start = add_months(on, -months)
    return start + ONE_DAY if add_months(start, months) < on else start


@pytest.mark.parametrize("months", [1, 6, 12, 13])
def test_R_VIP_01_window_is_identical_on_1500_consecutive_days(months: int) -> None:
    """R-VIP-01: 2023-01-01 and the 1,499 days after it give the same window as before."""
    policy = VipPolicy(window_months=months)
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=i) for i in range(1500)]
    got = [qualification_window(on=day, policy=policy) for day in days]
    assert [(w.start, w.end) for w in got] == [(_by_hand(day, months), day) for day in days]
    assert got[0].end == dt.date(2023, 1, 1)
    assert got[-1].end == dt.date(2027, 2, 8)


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(2, 1, 1)), st.integers(min_value=1, max_value=36))
def test_R_VIP_01_property_window_is_window_start(on: dt.date, months: int) -> None:
    """R-VIP-01: for any day and window length, the VIP window is window_start's."""
    window = qualification_window(on=on, policy=VipPolicy(window_months=months))
    assert window.end == on
    assert window.start == window_start(on, Period.months(months)) == _by_hand(on, months)
    assert window.start in window
    assert on in window
    assert window.start - ONE_DAY not in window


@pytest.mark.parametrize("on", [dt.date(1, 1, 1), dt.date(1, 5, 31), dt.date(1, 6, 30)])
def test_R_VIP_01_a_window_before_the_year_1_names_on(on: dt.date) -> None:
    """R-VIP-01: the refusal still names ``on`` and shows it, word for word as before."""
    with pytest.raises(InvalidInput) as caught:
        qualification_window(on=on)
    assert caught.value.argument == "on"
    assert str(caught.value) == (
        f"on: -6 months falls outside the calendar (years 1-9999) (got {on!r})"
    )


def test_window_start_keeps_blaming_the_period_by_default() -> None:
    """window_start's own refusal (no ``argument=``) is unchanged: it names ``period``."""
    with pytest.raises(InvalidInput, match=r"^period: reaches before the year 1 from 0001-02-01"):
        window_start(dt.date(1, 2, 1), "1年")
    with pytest.raises(InvalidType, match=r"^on: must be a datetime.date"):
        window_start("2025-01-01", "半年", argument="on")  # type: ignore[arg-type]


def test_R_VIP_01_the_window_is_a_range_of_days_with_both_ends() -> None:
    """R-VIP-01: the window is a ``DayRange`` (``start``, ``end``, ``in``), built as any
    value is: dates read by the one date check, an end before the start refused."""
    window = qualification_window(on=dt.date(2024, 8, 31))
    assert window == QualificationWindow(dt.date(2024, 3, 1), dt.date(2024, 8, 31))
    assert isinstance(window, DayRange)
    with pytest.raises(InvalidInput, match=r"^end: is before the start 2024-03-01"):
        QualificationWindow(dt.date(2024, 3, 1), dt.date(2024, 2, 1))
    with pytest.raises(InvalidType, match=r"^start: "):
        QualificationWindow("2024-03-01", dt.date(2024, 8, 31))  # type: ignore[arg-type]


def test_every_range_of_days_refuses_an_end_before_its_start() -> None:
    """One check for every ``DayRange`` (R-VIP-01, R-MEM-03, R-CMP-14): a one-day
    range stands, an end a day before the start is refused naming ``end``."""
    from custops.complaints.review import ReviewPeriod
    from custops.exchange import InspectionWindow

    day, before = dt.date(2026, 7, 1), dt.date(2026, 6, 30)
    builders = (
        lambda start, end: QualificationWindow(start, end),
        lambda start, end: ReviewPeriod(start, end),
        lambda start, end: InspectionWindow(2026, start, end),
    )
    for build in builders:
        one_day = build(day, day)
        assert day in one_day
        assert before not in one_day
        with pytest.raises(InvalidInput, match=r"^end: is before the start 2026-07-01"):
            build(day, before)
