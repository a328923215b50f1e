"""Hypothesis properties of custops.sla clocks over random event sequences.

The invariants of issue 4 (R-SLA-01 … R-SLA-12 targets; R-CMP-08 restarts):
* the deadline never moves earlier as pauses are added; a zero-length pause changes
  nothing; time paused is not counted;
* remaining + elapsed = allowed; the running time at the deadline is the allowed time;
* status is a function of the events (a replayed clock gives the same status);
* illegal events raise IllegalTransition and leave the clock unchanged;
* met / breached agree with the stop (or the moment asked) against ``due``;
* a restart begins afresh: each cycle is what a new clock started at the restart gives;
* a clock replayed from any list of events is legal exactly when the same events, one
  method call at a time, are;
* :func:`due_many` gives exactly the single clock's deadlines.
* renewals of an "update every N" target (issue 17) count one cycle each, and the missed
  updates are exactly the renewals made after their deadline.

Clocks run on three calendars: China with business hours, China without them, and
New York without them (days of 23 and 25 hours: instants are compared in UTC here, as
the library does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops.calendars import WorkCalendar, china
from custops.errors import IllegalTransition
from custops.periods import Period, deadline
from custops.sla import Clock, ClockEvent, EventKind, State, Status, Target, due, due_many
from custops.testing import aware_datetimes
from custops.testing import calendars as calendar_strategy
from custops.testing import targets as target_strategy

SH = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
ORIGIN = dt.datetime(2025, 1, 1, tzinfo=SH)
# Starts stay well inside the published years (2025-2026) so no provisional year is used.
LAST_START = dt.datetime(2026, 9, 29, tzinfo=SH)

TARGETS = (
    Target("reply", "24小时", rule="R-SLA-05"),
    Target("greet", "30分钟"),
    Target("solution", "1个工作日", rule="R-SLA-01"),
    Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09"),
    Target("agreement", "1天", rule="R-SLA-02"),
    Target("close", "1周", rule="R-SLA-04"),
    Target("follow_up", "0天", rule="R-SLA-04"),
    Target("answer", "8个工作小时"),
)
CALENDARS = (
    china(),
    WorkCalendar(business_hours=None),
    WorkCalendar(country="US", zone="America/New_York", business_hours=None),
)

# The seed's targets and the project's own strategies (custops.testing): random targets
# (sometimes with a special period), capped per unit so that deadlines stay in 2026.
targets = st.one_of(
    st.sampled_from(TARGETS),
    target_strategy(["minutes"], max_count=600),
    target_strategy(["hours", "working_hours"], max_count=48),
    target_strategy(["days", "workdays"], max_count=10),
    target_strategy(["weeks"], max_count=4),
    target_strategy(["months"], max_count=1),
)
# The three fixed calendars (New York has days of 23 and 25 hours; custops.testing only
# makes Chinese ones), and random Chinese calendars with closures, extra working days
# and business hours of their own in the years the clocks run.
calendars = st.one_of(
    st.sampled_from(CALENDARS),
    calendar_strategy(min_value=ORIGIN.date(), max_value=dt.date(2026, 12, 31)),
)
# Zones without clock changes (build() adds gaps in the start's wall-clock time, which is
# elapsed time only there), to the second; the local day stays in 2025-2026.
starts = aware_datetimes(
    ORIGIN.date(),
    LAST_START.date(),
    zones=["Asia/Shanghai", "UTC", "Asia/Hong_Kong", "Asia/Tokyo"],
)
# Gaps between events: often zero, often within a day, sometimes over a long weekend.
# Random calendars build their working-day index per example: fewer examples per property
# (the inputs are broader than the three fixed calendars they replace in part).
SLOW = settings(max_examples=50)
# Local: gaps between events and raw event scripts are the clock's own test vocabulary.
gaps = st.one_of(
    st.just(0),
    st.integers(1, 600),
    st.integers(600, 4 * 1440),
).map(lambda m: dt.timedelta(minutes=m))
steps = st.lists(st.tuples(gaps, st.booleans()), max_size=8)

Step = tuple[dt.timedelta, bool]


def build(
    target: Target,
    start: dt.datetime,
    moves: list[Step],
    cal: WorkCalendar,
    special: bool = False,
    *,
    restarts: bool = True,
) -> Clock:
    """A legal clock: each move waits ``gap`` then takes one of the legal events."""
    clock = Clock.start(start, target, calendar=cal, special=special)
    at = start
    phase = "running"
    for gap, flip in moves:
        at = at + gap
        if phase == "running":
            clock = clock.pause(at, note="waiting") if flip else clock.stop(at)
            phase = "paused" if flip else "stopped"
        elif phase == "paused":
            clock = clock.resume(at) if flip else clock.stop(at)
            phase = "running" if flip else "stopped"
        elif restarts:
            clock = clock.restart(at, note="not satisfied")
            phase = "running"
        else:
            break
    return clock


def last_at(clock: Clock) -> dt.datetime:
    """The last event's instant in UTC (arithmetic on it is elapsed time)."""
    return u(clock.events[-1].at)


def u(t: dt.datetime) -> dt.datetime:
    """An instant in UTC: two local times of one zone compare by wall clock (no fold)."""
    return t.astimezone(UTC)


def same_view(a: Status, b: Status) -> bool:
    return (a.state, a.due_at, a.elapsed, a.remaining, a.used, a.warning, a.margin, a.paused) == (
        b.state,
        b.due_at,
        b.elapsed,
        b.remaining,
        b.used,
        b.warning,
        b.margin,
        b.paused,
    )


@SLOW
@given(targets, starts, steps, gaps, calendars, st.booleans())
def test_status_is_a_function_of_the_events(
    target: Target,
    start: dt.datetime,
    moves: list[Step],
    extra: dt.timedelta,
    cal: WorkCalendar,
    special: bool,
) -> None:
    special = special and target.special_period is not None  # else refused (R-SLA-09)
    clock = build(target, start, moves, cal, special)
    at = last_at(clock) + extra
    replayed = Clock(target, clock.events, calendar=cal, special=special)
    assert replayed == clock
    assert replayed.status(at=at) == clock.status(at=at)
    # converting every event to UTC changes nothing either
    utc = tuple(ClockEvent(e.at.astimezone(dt.timezone.utc), e.kind, e.note) for e in clock.events)
    assert Clock(target, utc, calendar=cal, special=special).status(at=at) == clock.status(at=at)


@SLOW
@given(targets, starts, steps, gaps, calendars)
def test_remaining_plus_elapsed_is_allowed_and_elapsed_grows(
    target: Target, start: dt.datetime, moves: list[Step], extra: dt.timedelta, cal: WorkCalendar
) -> None:
    clock = build(target, start, moves, cal, restarts=False)
    at = last_at(clock)
    earlier = clock.status(at=at)
    later = clock.status(at=at + extra)
    for s in (earlier, later):
        assert s.remaining + s.elapsed == s.allowance
        assert s.elapsed >= dt.timedelta(0)
        assert s.paused >= dt.timedelta(0)
    assert later.elapsed >= earlier.elapsed
    if (
        clock.events[-1].kind is not EventKind.START
        and clock.events[-1].kind is not EventKind.RESUME
    ):
        assert later.elapsed == earlier.elapsed  # paused or stopped: nothing runs


@SLOW
@given(targets, starts, steps, calendars)
def test_the_running_time_at_the_deadline_is_the_allowed_time(
    target: Target, start: dt.datetime, moves: list[Step], cal: WorkCalendar
) -> None:
    clock = build(target, start, moves, cal, restarts=False)
    assume(clock.events[-1].kind in (EventKind.START, EventKind.RESUME))
    now = clock.status(at=last_at(clock))
    assume(u(now.due_at) >= last_at(clock))
    at_due = clock.status(at=now.due_at)
    assert u(at_due.due_at) == u(now.due_at)
    assert at_due.elapsed == at_due.allowance
    assert at_due.state is State.RUNNING  # on the deadline is still in time


@SLOW
@given(targets, starts, steps, gaps, gaps, calendars, st.data())
def test_adding_a_pause_never_brings_the_deadline_earlier_and_its_time_is_not_counted(
    target: Target,
    start: dt.datetime,
    moves: list[Step],
    wait: dt.timedelta,
    length: dt.timedelta,
    cal: WorkCalendar,
    data: st.DataObject,
) -> None:
    """Remove one pause (with its resume) from a clock: the deadline is never later."""
    with_pauses = build(target, start, moves, cal, restarts=False)
    events = list(with_pauses.events)
    pauses = [i for i, e in enumerate(events) if e.kind is EventKind.PAUSE]
    if not pauses:  # add one at the end instead
        assume(with_pauses.events[-1].kind in (EventKind.START, EventKind.RESUME))
        p = last_at(with_pauses) + wait
        with_pauses = with_pauses.pause(p).resume(p + length)
        events = list(with_pauses.events)
        pauses = [len(events) - 2]
    i = data.draw(st.sampled_from(pauses))
    pause_at = u(events[i].at)
    follows = events[i + 1] if i + 1 < len(events) else None
    pause_end: dt.datetime | None
    if follows is not None and follows.kind is EventKind.RESUME:
        without_events = events[:i] + events[i + 2 :]
        pause_end = u(follows.at)
    else:  # ongoing, or ended by a stop: drop the pause alone
        without_events = events[:i] + events[i + 1 :]
        pause_end = u(follows.at) if follows is not None else None
    without = Clock(target, tuple(without_events), calendar=cal)
    at = last_at(with_pauses) + length
    a, b = with_pauses.status(at=at), without.status(at=at)
    assert u(a.due_at) >= u(b.due_at)
    end = pause_end if pause_end is not None else at
    if target.measure.value == "wall":
        covered = end - pause_at
    else:
        covered = cal.working_time_between(pause_at, end)
    assert a.elapsed == b.elapsed - covered
    # and no pause ever brings the deadline before the unpaused one
    assert u(a.due_at) >= u(deadline(start, target.period_for(), calendar=cal))


@SLOW
@given(targets, starts, steps, calendars, st.data())
def test_a_zero_length_pause_changes_nothing(
    target: Target, start: dt.datetime, moves: list[Step], cal: WorkCalendar, data: st.DataObject
) -> None:
    clock = build(target, start, moves, cal, restarts=False)
    assume(clock.events[-1].kind in (EventKind.START, EventKind.RESUME))
    t = last_at(clock) + data.draw(gaps)
    at = t + data.draw(gaps)
    paused = clock.pause(t, note="zero").resume(t)
    assert same_view(paused.status(at=at), clock.status(at=at))


@pytest.mark.parametrize("method", ["pause", "resume", "stop", "restart"])
@SLOW
@given(target=targets, start=starts, moves=steps, back=gaps, cal=calendars)
def test_illegal_events_raise_and_leave_the_clock_unchanged(
    method: str,
    target: Target,
    start: dt.datetime,
    moves: list[Step],
    back: dt.timedelta,
    cal: WorkCalendar,
) -> None:
    clock = build(target, start, moves, cal)
    last = clock.events[-1]
    phase = (
        "stopped"
        if last.kind is EventKind.STOP
        else "paused"
        if last.kind is EventKind.PAUSE
        else "running"
    )
    legal = {
        "running": {"pause", "stop"},
        "paused": {"resume", "stop"},
        "stopped": {"restart"},
    }[phase]
    at = u(last.at) + dt.timedelta(minutes=1)
    if method in legal:  # make it illegal by going back in time
        at = u(last.at) - back - dt.timedelta(microseconds=1)
    before_events = clock.events
    before = clock.status(at=last.at)
    act: Callable[[dt.datetime], Clock] = getattr(clock, method)
    with pytest.raises(IllegalTransition):
        act(at)
    assert clock.events == before_events
    assert clock.status(at=last.at) == before


@SLOW
@given(targets, starts, steps, gaps, calendars, st.booleans())
def test_met_and_breached_agree_with_the_stop_against_due(
    target: Target,
    start: dt.datetime,
    moves: list[Step],
    extra: dt.timedelta,
    cal: WorkCalendar,
    special: bool,
) -> None:
    special = special and target.special_period is not None  # else refused (R-SLA-09)
    clock = build(target, start, moves, cal, special)
    at = last_at(clock) + extra
    s = clock.status(at=at)
    if s.stopped_at is not None:
        assert s.met == (u(s.stopped_at) <= u(s.due_at))
        assert s.breached == (u(s.stopped_at) > u(s.due_at))
        assert s.state in (State.MET, State.BREACHED)
        assert s.margin == u(s.due_at) - u(s.stopped_at)
    else:
        assert s.breached == (at > u(s.due_at))
        assert not s.met
        assert s.margin == u(s.due_at) - at
    for cycle in s.history:
        assert cycle.stopped_at is not None
        assert (cycle.state is State.MET) == (u(cycle.stopped_at) <= u(cycle.due_at))


@SLOW
@given(targets, starts, steps, gaps, calendars)
def test_a_restart_begins_afresh_R_CMP_08(
    target: Target, start: dt.datetime, moves: list[Step], extra: dt.timedelta, cal: WorkCalendar
) -> None:
    """Every cycle is what a new clock started at its restart would give (R-SLA-04)."""
    clock = build(target, start, moves, cal)
    at = last_at(clock) + extra
    s = clock.status(at=at)
    restarts = [i for i, e in enumerate(clock.events) if e.kind is EventKind.RESTART]
    assert s.cycle_index == clock.cycle_count == len(restarts) + 1
    assert len(s.history) == len(restarts)
    assert [h.index for h in s.history] == list(range(1, s.cycle_index))
    if restarts:
        i = restarts[-1]
        tail = (ClockEvent(clock.events[i].at, EventKind.START), *clock.events[i + 1 :])
        fresh = Clock(target, tail, calendar=cal).status(at=at)
        assert same_view(fresh, s)
        assert (fresh.started_at, fresh.stopped_at) == (s.started_at, s.stopped_at)


KINDS = st.sampled_from(list(EventKind))
# Raw events: any kind, the gap to the previous event sometimes negative.
raw_events = st.lists(
    st.tuples(KINDS, st.integers(-120, 3 * 1440).map(lambda m: dt.timedelta(minutes=m))),
    max_size=10,
)


@SLOW
@given(targets, starts, raw_events, calendars)
def test_replay_is_legal_exactly_when_the_calls_are(
    target: Target,
    start: dt.datetime,
    raw: list[tuple[EventKind, dt.timedelta]],
    cal: WorkCalendar,
) -> None:
    """Illegal sequences raise at the first bad event, whichever way the clock is built."""
    events = [ClockEvent(start, EventKind.START)]
    at = start
    for kind, gap in raw:
        at = at + gap
        events.append(ClockEvent(at, kind))
    clock = Clock.start(start, target, calendar=cal)
    failed_at: int | None = None
    for n, event in enumerate(events[1:], 1):
        if event.kind is EventKind.START:
            failed_at = n  # no start method on a clock: a second start is refused on replay
            break
        try:
            clock = getattr(clock, event.kind.value)(event.at)
        except IllegalTransition:
            failed_at = n
            break
    if failed_at is None:
        assert Clock(target, tuple(events), calendar=cal) == clock
    else:
        with pytest.raises(IllegalTransition):
            Clock(target, tuple(events[: failed_at + 1]), calendar=cal)
        assert Clock(target, tuple(events[:failed_at]), calendar=cal) == clock


@SLOW
@given(st.lists(starts, max_size=30), targets, calendars, st.booleans())
def test_due_many_equals_the_single_clock(
    moments: list[dt.datetime], target: Target, cal: WorkCalendar, special: bool
) -> None:
    special = special and target.special_period is not None  # else refused (R-SLA-09)
    # shared dates make the per-date cache matter
    doubled = moments + [m + dt.timedelta(hours=7) for m in moments]
    single = [
        Clock.start(s, target, calendar=cal, special=special).status(at=s).due_at for s in doubled
    ]
    assert due_many(doubled, target, calendar=cal, special=special) == single
    assert [due(s, target, calendar=cal, special=special) for s in doubled] == single
    assert single == [
        deadline(s, target.period_for(special=special), calendar=cal) for s in doubled
    ]


def test_period_zero_days_property_edge() -> None:
    """The one day-level case where the time of day matters (begun after the close)."""
    same_day = Target("follow_up", Period.days(0))
    moments = [dt.datetime(2025, 10, 9, h, tzinfo=SH) for h in (8, 17, 18, 19, 23)]
    got = due_many(moments, same_day)
    assert got == [deadline(m, Period.days(0)) for m in moments]
    assert got[-1] == dt.datetime(2025, 10, 10, 18, tzinfo=SH)


@settings(max_examples=60)
@given(
    st.sampled_from(
        [
            Target("update", "24小时", recurrence="every"),
            Target("u", "1个工作日", recurrence="every"),
        ]
    ),
    st.lists(st.integers(min_value=0, max_value=3000), min_size=1, max_size=6),
)
def test_renewals_count_cycles_and_missed_updates(target: Target, gaps: list[int]) -> None:
    """Issue 17 "update every N": each renewal closes a cycle (met when on time, breached
    when after its deadline) and opens the next one at the same instant."""
    at = ORIGIN + dt.timedelta(days=100, hours=10)
    clock = Clock.start(at, target)
    late = 0
    for gap in gaps:
        at += dt.timedelta(minutes=gap)
        late += at > clock.status(at=at).due_at
        clock = clock.renew(at)
    s = clock.status(at=at)
    assert (s.cycle_index, s.started_at, s.missed_count) == (len(gaps) + 1, at, late)
    assert [c.index for c in s.history] == list(range(1, len(gaps) + 1))
