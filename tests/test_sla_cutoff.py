"""A target whose last day ends at 24:00 (``Target(cutoff="midnight")``) rather than at the
close of business: the days are counted as working days all the same (R-PER-01, Civil
Code art. 203 ¶2 with the end of the calendar day as the cutoff), as
``periods.deadline(cutoff="midnight")`` counts them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops import serial
from custops.calendars import BusinessHours, WorkCalendar
from custops.errors import PolicyError
from custops.periods import Cutoff, Period, deadline
from custops.sla import Clock, SelectionRule, SlaPolicy, State, Target, due, due_many

SH = ZoneInfo("Asia/Shanghai")
EVE = dt.datetime(2025, 9, 30, 17, 59, tzinfo=SH)  # the eve of National Day 2025


def _at(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def test_the_default_ends_at_the_close_of_business_R_PER_01() -> None:
    target = Target("resolve", "3个工作日")
    assert target.cutoff is Cutoff.CLOSE_OF_BUSINESS
    assert due(EVE, target) == _at(2025, 10, 11, 18, 0)


def test_a_midnight_target_ends_at_24_00_of_the_same_last_day_R_PER_01() -> None:
    """Working days 10-09, 10-10 and the 调休 Saturday 10-11: the last day ends at 24:00."""
    target = Target("resolve", "3个工作日", cutoff="midnight")
    assert due(EVE, target) == _at(2025, 10, 12, 0, 0)
    assert due(EVE, target) == deadline(EVE, Period.parse("3个工作日"), cutoff="midnight")
    assert due_many([EVE], target) == [_at(2025, 10, 12, 0, 0)]
    assert "24:00" in str(target)
    assert serial.from_json(serial.to_json(target)) == target


def test_a_reply_at_20_00_on_the_last_day_is_in_time_R_PER_01() -> None:
    late = _at(2025, 10, 11, 20, 0)
    by_close = Clock.start(EVE, Target("resolve", "3个工作日")).status(at=late)
    by_midnight = Clock.start(EVE, Target("resolve", "3个工作日", cutoff="midnight"))
    assert by_close.state is State.BREACHED
    assert by_midnight.status(at=late).state is State.RUNNING
    assert by_midnight.stop(late).status(at=late).state is State.MET


def test_a_pause_moves_a_midnight_deadline_to_24_00_of_its_day_R_SLA_06() -> None:
    """Paused Friday 12:00 to Monday 12:00: 8 working hours, one working day later."""
    target = Target("resolve", "3个工作日", cutoff="midnight")
    clock = (
        Clock.start(_at(2025, 11, 12, 10, 0), target)
        .pause(_at(2025, 11, 14, 12, 0))
        .resume(_at(2025, 11, 17, 12, 0))
    )
    assert clock.status(at=_at(2025, 11, 17, 13, 0)).due_at == _at(2025, 11, 19, 0, 0)


def test_a_hotline_open_until_20_00_ends_at_its_own_close_R_PER_01() -> None:
    """A desk open 09:00-20:00 sets its own business hours: its last day closes at 20:00;
    the 24:00 cutoff ends it at 24:00 whatever the hours."""
    hotline = WorkCalendar(
        business_hours=BusinessHours(dict.fromkeys(range(7), "09:00-20:00"), makeup_weekday=0)
    )
    start = _at(2025, 11, 12, 10, 0)
    assert due(start, Target("reply", "1个工作日"), calendar=hotline) == _at(2025, 11, 13, 20, 0)
    midnight = Target("reply", "1个工作日", cutoff="midnight")
    assert due(start, midnight, calendar=hotline) == _at(2025, 11, 14, 0, 0)


def test_a_desk_schedules_a_midnight_target_R_PER_01() -> None:
    desk = SlaPolicy(
        "property",
        (Target("resolve", "3个工作日", cutoff="midnight"),),
        (SelectionRule("all", ("resolve",)),),
    )
    schedule = desk.schedule(received_at=EVE, channel="phone", kind="complaint")
    assert schedule.steps[0].due_at == _at(2025, 10, 12, 0, 0)
    assert "24:00" in schedule.explain()


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"period": "24小时"}, r"^cutoff: ends the last day of a period in days"),
        ({"period": "1天", "calendar_days": True}, r"^cutoff: is redundant"),
    ],
)
def test_a_midnight_cutoff_is_refused_where_it_means_nothing(
    given: dict[str, object], message: str
) -> None:
    period = given.pop("period")
    with pytest.raises(PolicyError, match=message):
        Target("x", period, cutoff="midnight", **given)  # type: ignore[arg-type]


@given(
    st.datetimes(min_value=dt.datetime(2025, 1, 2), max_value=dt.datetime(2026, 11, 30)),
    st.integers(min_value=1, max_value=10),
)
def test_property_a_midnight_target_is_periods_deadline_at_midnight_R_PER_01(
    naive: dt.datetime, days: int
) -> None:
    """``due``, ``due_many`` and an unpaused clock agree with ``periods.deadline(...,
    cutoff="midnight")``, on the same last day as the close-of-business deadline."""
    start = naive.replace(tzinfo=SH)
    period = f"{days}个工作日"
    target = Target("t", period, cutoff="midnight")
    expected = deadline(start, Period.parse(period), cutoff="midnight")
    assert due(start, target) == expected
    assert due_many([start], target) == [expected]
    assert Clock.start(start, target).status(at=start).due_at == expected
    by_close = due(start, Target("t", period))
    assert expected == dt.datetime.combine(by_close.date() + dt.timedelta(days=1), dt.time(0), SH)


def test_the_bulk_status_counts_a_midnight_target_as_the_clock_R_PER_01() -> None:
    """``vector.status_many`` counts a 24:00 target as the scalar ``Clock`` does, never
    with the close-of-business deadline (``due_many`` counts it too)."""
    from custops import vector
    from custops.sla import Clock

    target = Target("reply", "3个工作日", cutoff="midnight")
    got = vector.status_many([EVE], target, at=EVE)
    status = Clock.start(EVE, target).status(at=EVE)
    assert got["due_at"] == [status.due_at] == [due(EVE, target)]
    assert got["due_at"][0].hour == 0  # 24:00 of the last day
    assert got["allowance"] == [status.allowance]
    assert due_many([EVE], target) == [due(EVE, target)]
