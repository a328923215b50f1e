"""The quality desk's follow-up call is due on the calendar day handling completes
(R-SLA-04, D5 第六条 3 「在处理完当天打电话给客户追踪处理状况」): to 24:00 of that day,
whether handling completed during business hours, after them or on a rest day; a call the
next day is breached.  ``periods.deadline(…, "当天")`` keeps the Civil Code count."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.errors import InvalidInput, PolicyError
from custops.periods import deadline
from custops.sla import Clock, State, Target, due, due_many, presets

SH = ZoneInfo("Asia/Shanghai")
WEEK = presets.QUALITY.target_named("resolve")
FOLLOW_UP = presets.QUALITY.target_named("follow_up")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def _call_after(done: dt.datetime) -> Clock:
    handled = Clock.start(at(2025, 10, 9, 10), WEEK).stop(done)
    return Clock.start_after(FOLLOW_UP, handled)


def test_R_SLA_04_completed_friday_evening_called_saturday_is_breached() -> None:
    """The check's case: handling completed Fri 2025-10-10 19:30 (after the close), the call
    on Sat 10-11 17:00 (a 调休 working day) — not 当天."""
    call = _call_after(at(2025, 10, 10, 19, 30))
    assert call.status(at=at(2025, 10, 10, 19, 30)).due_at == at(2025, 10, 11, 0, 0)
    late = call.stop(at(2025, 10, 11, 17)).status(at=at(2025, 10, 11, 17))
    assert late.state is State.BREACHED
    on_time = call.stop(at(2025, 10, 10, 23, 59)).status(at=at(2025, 10, 10, 23, 59))
    assert on_time.state is State.MET
    # the general count is unchanged: 当天 after the close rolls to the next working day
    assert deadline(at(2025, 10, 10, 19, 30), "当天") == at(2025, 10, 11, 18)


def test_R_SLA_04_completed_on_a_sunday_is_due_that_sunday() -> None:
    call = _call_after(at(2025, 10, 12, 11))
    assert call.status(at=at(2025, 10, 12, 11)).due_at == at(2025, 10, 13, 0, 0)
    assert call.stop(at(2025, 10, 13, 9)).status(at=at(2025, 10, 13, 9)).breached


def test_R_SLA_04_the_target_says_calendar_days_and_only_counts_days() -> None:
    assert FOLLOW_UP.calendar_days
    assert FOLLOW_UP.measure.value == "wall"
    with pytest.raises(PolicyError, match=r"^calendar_days: counts whole calendar days"):
        Target("x", "3个工作日", calendar_days=True)
    with pytest.raises(PolicyError, match="promised case by case"):
        Target("x", None, calendar_days=True)
    assert due_many([at(2025, 10, 12, 11)], FOLLOW_UP) == [at(2025, 10, 13, 0, 0)]
    assert due(at(2025, 10, 12, 11), FOLLOW_UP) == at(2025, 10, 13, 0, 0)
    from custops import vector

    with pytest.raises(InvalidInput, match=r"^target: counts calendar days"):
        vector.status_many([at(2025, 10, 12, 11)], FOLLOW_UP, at=at(2025, 10, 12, 12))


@given(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 11, 30)),
    st.integers(min_value=0, max_value=48 * 3600),
)
def test_R_SLA_04_the_call_is_met_exactly_on_the_day_handling_completed(
    done: dt.datetime, after: int
) -> None:
    """Property: the deadline is 24:00 of the completion's calendar day, so a call is met
    exactly when it is made on that same calendar day."""
    done = done.replace(tzinfo=SH, microsecond=0)
    call_at = done + dt.timedelta(seconds=after)
    handled = Clock.start(done - dt.timedelta(hours=1), WEEK).stop(done)
    status = Clock.start_after(FOLLOW_UP, handled).stop(call_at).status(at=call_at)
    assert status.due_at == dt.datetime.combine(done.date() + dt.timedelta(days=1), dt.time(), SH)
    assert status.met == (call_at.date() == done.date())
