"""Boundary tests of the SLA clock that mutation testing asked for (issue 14 item 7).

Each test pins one boundary of :mod:`custops.sla._clock` that the example and property
tests left open — a ``<`` that could be ``<=``, a unit that could be doubled, a year range
one too long — so that changing it fails a test.  Rules: R-SLA-01 (one working day),
R-SLA-04 (the same day, a week; restarts R-CMP-08), R-SLA-05 (24 hours), R-SLA-09 (three
working days), docs/rules.md §1 (provisional years).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from custops.calendars import WorkCalendar
from custops.errors import IllegalTransition, InvalidInput, InvalidType
from custops.sla import Clock, ClockEvent, EventKind, State, Target

SH = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
HOUR = Target("hour", "1小时", rule="R-SLA-05")
SOLUTION = Target("solution", "1个工作日", rule="R-SLA-01")


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def test_used_is_exact_to_the_microsecond_R_SLA_05() -> None:
    """``used`` counts microseconds: half an hour and one microsecond is not one half."""
    c = Clock.start(T(10, 9, 9), HOUR)
    s = c.status(at=T(10, 9, 9, 30) + dt.timedelta(microseconds=1))
    assert s.used == Fraction(1_800_000_001, 3_600_000_000)
    assert s.warning == Decimal("0.5")
    just_below = c.status(at=T(10, 9, 9, 30) - dt.timedelta(microseconds=1))
    assert just_below.used == Fraction(1_799_999_999, 3_600_000_000)
    assert just_below.warning is None


def test_a_warning_is_reached_exactly_at_its_threshold_R_SLA_05() -> None:
    """``used >= threshold``: at exactly 50% the 0.5 warning is on, at 75% the 0.75 one."""
    c = Clock.start(T(10, 9, 9), HOUR)
    assert c.status(at=T(10, 9, 9, 30)).warning == Decimal("0.5")
    assert c.status(at=T(10, 9, 9, 45)).warning == Decimal("0.75")
    assert c.status(at=T(10, 9, 9, 44)).warning == Decimal("0.5")


def test_nothing_allowed_means_all_used_and_the_top_warning() -> None:
    """A period of zero minutes: ``used`` is 1 (no division by zero), the top warning."""
    zero = Target("now", "0分钟", warnings=("0.25", "0.9"))
    s = Clock.start(T(10, 9, 9), zero).status(at=T(10, 9, 9))
    assert s.allowance == dt.timedelta(0)
    assert s.used == 1
    assert s.warning == Decimal("0.9")
    assert s.state is State.RUNNING  # at the deadline itself, not after it
    assert Clock.start(T(10, 9, 9), zero).status(at=T(10, 9, 9, 1)).state is State.BREACHED
    none = Target("now", "0分钟", warnings=())
    assert Clock.start(T(10, 9, 9), none).status(at=T(10, 9, 9)).warning is None


def test_at_the_deadline_running_one_microsecond_after_breached_R_SLA_05() -> None:
    c = Clock.start(T(10, 9, 9), HOUR)
    assert c.status(at=T(10, 9, 10)).state is State.RUNNING
    assert c.status(at=T(10, 9, 10) + dt.timedelta(microseconds=1)).state is State.BREACHED
    assert c.stop(T(10, 9, 10)).status(at=T(10, 9, 11)).state is State.MET
    late = c.stop(T(10, 9, 10) + dt.timedelta(microseconds=1)).status(at=T(10, 9, 11))
    assert late.state is State.BREACHED


def test_a_pause_exactly_at_the_deadline_does_not_move_it_R_SLA_01() -> None:
    """The target was breached while running: the deadline stays 10-09 18:00."""
    c = Clock.start(T(9, 30, 16), SOLUTION).pause(T(10, 9, 18)).resume(T(10, 10, 10))
    s = c.status(at=T(10, 10, 10))
    assert s.due_at == T(10, 9, 18)
    assert s.state is State.BREACHED
    wall = Clock.start(T(10, 9, 9), HOUR).pause(T(10, 9, 10)).resume(T(10, 9, 11))
    assert wall.status(at=T(10, 9, 11)).due_at == T(10, 9, 10)


def test_a_second_pause_exactly_at_the_moved_deadline_R_SLA_05() -> None:
    """Running time reaches the allowance exactly at a pause: that pause is the deadline."""
    c = Clock.start(T(10, 9, 9), HOUR).pause(T(10, 9, 9, 30)).resume(T(10, 9, 10))
    c = c.pause(T(10, 9, 10, 30)).resume(T(10, 9, 11))
    s = c.status(at=T(10, 9, 11))
    assert s.due_at == T(10, 9, 10, 30)
    assert s.state is State.BREACHED
    assert s.elapsed == dt.timedelta(hours=1)
    assert s.paused == dt.timedelta(hours=1)
    # the same with working time: 1 working day = 10 working hours from 09-30 16:00
    w = Clock.start(T(9, 30, 16), SOLUTION).pause(T(9, 30, 17)).resume(T(10, 9, 9))
    w = w.pause(T(10, 10, 10)).resume(T(10, 10, 12))
    s = w.status(at=T(10, 10, 12))
    assert s.due_at == T(10, 10, 10)
    assert s.state is State.BREACHED


def test_paused_with_the_allowance_used_up_R_SLA_05() -> None:
    """Paused after the deadline moved by an earlier pause: due is that moved deadline."""
    c = Clock.start(T(10, 9, 9), HOUR).pause(T(10, 9, 9, 30)).resume(T(10, 9, 10))
    c = c.pause(T(10, 9, 11))
    s = c.status(at=T(10, 9, 12))
    assert s.due_at == T(10, 9, 10, 30)
    assert s.state is State.BREACHED
    assert s.paused_at == T(10, 9, 11)


def test_provisional_only_for_years_the_clock_counts_in() -> None:
    """A 2026 clock due in 2026 counts no unpublished year (2027 is not looked at)."""
    cal = WorkCalendar()
    s = Clock.start(T(6, 1, 10, year=2026), SOLUTION, calendar=cal).status(
        at=T(6, 2, 10, year=2026)
    )
    assert s.due_at == T(6, 2, 18, year=2026)
    assert not s.provisional


def test_an_event_before_the_start_is_refused_as_such() -> None:
    c = Clock.start(T(10, 9, 9), HOUR)
    with pytest.raises(IllegalTransition, match="before the clock's start"):
        c.stop(T(10, 9, 8))
    # at the start instant every event is allowed (a pause at the start counts)
    assert c.pause(T(10, 9, 9)).resume(T(10, 9, 9)).stop(T(10, 9, 9)).status(at=T(10, 9, 9)).met
    with pytest.raises(IllegalTransition, match="only a stopped clock can be restarted"):
        c.restart(T(10, 9, 10))


def test_events_are_kept_in_the_calendar_zone() -> None:
    """Events given in another zone are stored in the calendar's zone, same instant."""
    utc = dt.datetime(2025, 10, 9, 1, 0, tzinfo=UTC)
    c = Clock(HOUR, (ClockEvent(utc, EventKind.START),))
    assert c.events[0].at == utc
    assert str(c.events[0].at.tzinfo) == "Asia/Shanghai"
    assert c.started_at.utcoffset() == dt.timedelta(hours=8)
    s = c.status(at=utc + dt.timedelta(hours=2))
    assert s.at.utcoffset() == dt.timedelta(hours=8)
    assert s.due_at.utcoffset() == dt.timedelta(hours=8)


def test_bad_moments_are_refused_naming_at() -> None:
    c = Clock.start(T(10, 9, 9), HOUR)
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        c.status(at=dt.datetime(2025, 10, 9, 10))  # naive
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        c.pause(dt.datetime(2025, 10, 9, 10))
    with pytest.raises(InvalidType, match="at"):
        c.status(at="2025-10-09 10:00")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="at: is before the clock started"):
        c.status(at=T(10, 9, 8))


def test_open_and_stopped_views_R_SLA_04() -> None:
    week = Target("resolve", "1周", rule="R-SLA-04")
    c = Clock.start(T(9, 30, 10), week)
    assert c.stopped_at is None
    assert c.status(at=T(9, 30, 11)).is_open
    done = c.stop(T(10, 9, 15))
    assert done.stopped_at == T(10, 9, 15)
    assert not done.status(at=T(10, 9, 15)).is_open
    again = done.restart(T(10, 10, 10))
    assert again.cycle_count == 2
    assert again.stopped_at is None
    assert again.started_at == T(10, 10, 10)
    # the status between the stop and the restart is the first cycle's
    s = again.status(at=T(10, 9, 16))
    assert (s.cycle_index, s.state, s.history) == (1, State.MET, ())
    assert again.status(at=T(10, 10, 10)).cycle_index == 2


def test_the_reason_shows_the_percentage_used_R_SLA_05() -> None:
    """``int(used * 100)``: 50% half-way, 100% at the deadline, 200% at twice the time."""
    c = Clock.start(T(10, 9, 9), HOUR)
    assert "(50%)" in c.status(at=T(10, 9, 9, 30)).reason
    assert "(100%)" in c.status(at=T(10, 9, 10)).reason
    assert "(200%)" in c.stop(T(10, 9, 11)).status(at=T(10, 9, 11)).reason


def test_a_paused_clock_asked_at_the_end_of_time_names_at_R_SLA_05() -> None:
    """Paused since 9999-12-29, the 24-hour clock's deadline "if resumed at ``at``" is past
    the range of datetimes: refused as InvalidInput naming ``at``, never a bare error."""
    start = dt.datetime(9999, 12, 29, 9, tzinfo=SH)
    paused = Clock.start(start, Target("reply", "24小时", rule="R-SLA-05")).pause(start)
    with pytest.raises(InvalidInput, match="at: is outside the range of dates"):
        paused.status(at=dt.datetime.max.replace(tzinfo=SH))
