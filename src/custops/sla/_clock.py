"""The SLA clock: start, pause, resume, stop, restart; and its status (private)."""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from custops._dates import NO_TIME, ONE_MINUTE, US
from custops._enums import enum_field
from custops._text import block, moment_text, percent, span, verdict_word
from custops._validate import (
    AWARE,
    OPTIONAL_TEXT,
    POSITIVE_INT,
    field_converter,
    fitted_call,
    range_error,
    require_aware,
    require_bool,
    require_events,
    require_type,
    type_validator,
    utc,
    without_value,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import Explained
from custops.enums import LabelledEnum
from custops.errors import IllegalTransition, InvalidInput
from custops.i18n import _
from custops.periods import Period, deadline, period_text
from custops.sla._targets import (
    PERIOD,
    Measure,
    Recurrence,
    Target,
    calendar_day_end,
    day_end,
    ends_at_midnight,
    measure_of,
    named,
)

__all__ = ["Clock", "ClockEvent", "Cycle", "EventKind", "State", "Status"]

_OUTSIDE = "is outside the range of dates the calendar can count"


class EventKind(LabelledEnum):
    """What happened to a clock: 开始, 暂停, 恢复, 停止, 重新开始, and 终止 (ended without
    its target reached: :meth:`Clock.cancel`).

    >>> EventKind.parse("暂停") is EventKind.parse("PAUSE") is EventKind.PAUSE
    True
    """

    START = ("start", "开始")
    PAUSE = ("pause", "暂停")
    RESUME = ("resume", "恢复")
    STOP = ("stop", "停止")
    RESTART = ("restart", "重新开始")
    CANCEL = ("cancel", "终止", "取消", "ended")


class State(LabelledEnum):
    """The state of a clock at a moment: 计时中, 已暂停, 已达成, 已超时 (as soon as the
    deadline has passed, whether the clock was stopped late or is still open), and 未达成:
    ended by :meth:`Clock.cancel` on or before its deadline without its target reached (a case
    closed without the step that meets it) — neither met nor late.

    >>> State.parse("已超时") is State.BREACHED, State.MET.label, State.NOT_REACHED.label
    (True, '已达成', '未达成')
    """

    RUNNING = ("running", "计时中")
    PAUSED = ("paused", "已暂停")
    MET = ("met", "已达成")
    BREACHED = ("breached", "已超时")
    NOT_REACHED = ("not_reached", "未达成", "unmet")


if TYPE_CHECKING:

    def _EVENT_KIND(value: EventKind | str) -> EventKind: ...  # noqa: N802

else:
    _EVENT_KIND = enum_field(EventKind)


@attrs.frozen
class ClockEvent:
    """One event of a clock: the instant, its kind, and a free-text note (an event
    record takes its moment first, as ``CaseEvent(at, action, role)`` does).

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> ClockEvent(dt.datetime(2025, 10, 1, 9, tzinfo=ZoneInfo("Asia/Shanghai")), "pause",
    ...            "waiting for the customer").kind
    <EventKind.PAUSE: 'pause'>
    """

    at: _dt.datetime = attrs.field(converter=AWARE)
    kind: EventKind = attrs.field(converter=_EVENT_KIND)
    note: str = attrs.field(default="", converter=OPTIONAL_TEXT)


class _Ops:
    """Measuring and advancing time for one measure on one calendar, on UTC instants
    (two local times of one zone compare by their wall-clock reading, which is wrong in
    the hour a daylight-saving zone repeats in autumn)."""

    __slots__ = ("cal", "wall")

    def __init__(self, measure: Measure, cal: WorkCalendar) -> None:
        self.wall = measure is Measure.WALL
        self.cal = cal

    def between(self, a: _dt.datetime, b: _dt.datetime) -> _dt.timedelta:
        if a == b:
            return NO_TIME
        if self.wall:
            return b - a
        return self.cal.working_time_between(a, b)

    def advance(self, a: _dt.datetime, d: _dt.timedelta) -> _dt.datetime:
        if self.wall:
            return a + d
        return utc(self.cal.add_working_time(a, d))


@attrs.frozen
class _Base:
    """What a cycle starts with: its start, the allowed time and the unpaused deadline
    (``start`` and ``due`` local, ``start_utc`` and ``due_utc`` the same instants in UTC)."""

    start: _dt.datetime
    period: Period
    allowed: _dt.timedelta
    due: _dt.datetime
    start_utc: _dt.datetime
    due_utc: _dt.datetime
    # a ``cutoff="midnight"`` target's day-level period: a deadline ends at 24:00 of its day
    midnight: bool = False


def plain_deadline(
    period: Period,
    start: _dt.datetime,
    cal: WorkCalendar,
    *,
    argument: str = "at",
    given: Any = None,
) -> _dt.datetime:
    """:func:`custops.periods.deadline`, its range errors reported as ``argument``, showing
    ``given`` (the moment as the caller gave it; ``start`` when ``None``)."""
    try:
        return deadline(start, period, calendar=cal)
    except (OverflowError, ValueError) as e:
        problem = f"is too late: {period_text(period)} from it is past the calendar's range"
        counting = f"{period_text(period)} cannot be counted from it"
        shown = start if given is None else given
        raise range_error(e, argument, shown, problem, counting=counting) from None


def base_of(
    period: Period,
    start: _dt.datetime,
    cal: WorkCalendar,
    *,
    given: Any = None,
    calendar_days: bool = False,
    midnight: bool = False,
) -> _Base:
    """The allowance and the unpaused deadline of a cycle started at ``start`` (local),
    for every period rule a target carries (R-SLA-01 … R-SLA-12; docs/rules.md §1): a
    day-level period's allowance is the business time from the start to its deadline;
    a :attr:`Target.calendar_days` target's is the wall time to 24:00 of its last calendar
    day (R-SLA-04, :func:`calendar_day_end`).
    A range error names ``at`` and shows ``given``, the start as the caller gave it."""
    if calendar_days:
        try:
            due = calendar_day_end(period, start, cal)
        except (OverflowError, ValueError) as e:
            problem = f"is too late: {period_text(period)} from it is past the calendar's range"
            raise range_error(e, "at", start if given is None else given, problem) from None
        return _Base(start, period, utc(due) - utc(start), due, utc(start), utc(due))
    due = plain_deadline(period, start, cal, given=given)
    if period.unit.is_time_level:
        allowed = period.as_timedelta()
    else:
        allowed = cal.working_time_between(start, due)
    if midnight:  # the allowance runs out at the close; the day ends at 24:00
        due = day_end(due, cal)
    return _Base(start, period, allowed, due, utc(start), utc(due), midnight)


@attrs.frozen
class Cycle:
    """One cycle of a clock (a start, restart or renewal, up to its stop or the moment
    asked); ``index`` counts the cycles from 1, the other fields are as in :class:`Status`
    (``stopped_at`` ``None`` while open; ``unpaused_due_at`` the cycle's deadline as first
    counted, before any pause moved it)."""

    index: int
    started_at: _dt.datetime
    stopped_at: _dt.datetime | None
    period: Period
    allowance: _dt.timedelta
    due_at: _dt.datetime
    elapsed: _dt.timedelta
    paused: _dt.timedelta
    state: State
    unpaused_due_at: _dt.datetime | None = None

    @property
    def remaining(self) -> _dt.timedelta:
        """Allowance minus elapsed time (negative when more was used than allowed)."""
        return self.allowance - self.elapsed

    def describe(self) -> str:
        """One line: the cycle's index (1 for the first), state, start, deadline and stop."""
        text = _(
            "cycle {number}: {state}, started {started}, due {due}",
            number=self.index,
            state=verdict_word(self.state),
            started=moment_text(self.started_at),
            due=moment_text(self.due_at),
        )
        if self.stopped_at is not None:
            text += _(", stopped {stopped}", stopped=moment_text(self.stopped_at))
        return text


@attrs.frozen
class Status(Explained):
    """Where a clock stands at a moment (:meth:`Clock.status`; docs/sla.md, "Clocks and
    status", explains each field).  Durations are in the target's :attr:`measure`;
    ``used`` and ``reason`` are derived when read, so a status costs no text until then.
    """

    _answer: ClassVar[str] = "state"  # what bool() tells a caller to test
    target_name: str
    at: _dt.datetime
    state: State
    due_at: _dt.datetime
    measure: Measure
    allowance: _dt.timedelta
    elapsed: _dt.timedelta
    remaining: _dt.timedelta
    paused: _dt.timedelta
    warning: Decimal | None
    started_at: _dt.datetime
    stopped_at: _dt.datetime | None
    paused_at: _dt.datetime | None
    margin: _dt.timedelta
    cycle_index: int
    history: tuple[Cycle, ...]
    provisional: bool
    rule: str
    label: str = ""
    period: Period | None = None
    unpaused_due_at: _dt.datetime | None = None

    @property
    def used(self) -> Fraction:
        """Elapsed / allowed time, exact (1 when nothing at all is allowed)."""
        if self.allowance <= NO_TIME:
            return Fraction(1)
        return Fraction(self.elapsed // US, self.allowance // US)

    @property
    def met(self) -> bool:
        """Whether the clock was stopped on or before its deadline."""
        return self.state is State.MET

    @property
    def breached(self) -> bool:
        """Whether the deadline has passed: stopped late, or still open after ``due_at``."""
        return self.state is State.BREACHED

    @property
    def is_open(self) -> bool:
        """Whether the current cycle has not been stopped."""
        return self.stopped_at is None

    @property
    def missed_count(self) -> int:
        """How many cycles were breached (a recurring target's missed updates)."""
        late = sum(1 for c in self.history if c.state is State.BREACHED)
        return late + (self.state is State.BREACHED)

    @property
    def reason(self) -> str:  # type: ignore[override]
        """One line in the active language: the target (by its ``label`` in Chinese), the
        state, the time used and the deadline."""
        state = self.state
        working = self.measure is Measure.WORKING  # elapsed and allowance: working time
        # span() writes whole minutes: under a minute is said in words, never "0 h" (R-SLA-09)
        if state is State.MET and self.margin == NO_TIME:
            how = _(", met at the deadline")
        elif state is State.MET and self.margin < ONE_MINUTE:
            how = _(", met less than a minute early")
        elif state is State.MET and working:  # the margin is wall time: said so
            how = _(", met {span} of calendar time early", span=span(self.margin))
        elif state is State.MET:
            how = _(", met {span} early", span=span(self.margin))
        elif state is State.NOT_REACHED:
            assert self.stopped_at is not None  # ended
            how = _(", ended {at} without being met", at=moment_text(self.stopped_at))
        elif state is State.BREACHED and -self.margin < ONE_MINUTE:
            how = _(", late by less than a minute")
        elif state is State.BREACHED and working:  # beside working hours used: labelled
            how = _(", late by {span} of calendar time", span=span(-self.margin))
        elif state is State.BREACHED:
            how = _(", late by {span}", span=span(-self.margin))
        elif self.warning is not None:
            how = _(", warning {warning}", warning=self.warning)
        else:
            how = ""
        words: dict[str, Any] = {
            "target": named(self.target_name, self.label),
            "cycle": _(" (cycle {number})", number=self.cycle_index)
            if self.cycle_index > 1
            else "",
            "state": verdict_word(state),
            "elapsed": span(self.elapsed, working=working),
            "allowance": span(self.allowance, working=working),
            "percent": percent(self.used),
            "due": moment_text(self.due_at),
            "how": how,
            "provisional": _(", provisional calendar") if self.provisional else "",
        }
        if self.period is not None and not self.period.unit.is_time_level:
            # a day-level target in its own unit (3个工作日), the time it allows beside it
            # (R-PER-01): the share used is of that time, as the deadline counts it
            return _(
                "{target}{cycle} {state}: {elapsed} used, {percent} of the {period} "
                "allowed ({allowance}), due {due}{how}{provisional}",
                period=self.period,
                **words,
            )
        return _(
            "{target}{cycle} {state}: {elapsed} of {allowance} used ({percent}), "
            "due {due}{how}{provisional}",
            **words,
        )

    def _verdict(self) -> str:
        return verdict_word(self.state)

    def describe_period(self) -> str:
        """One line in the active language: the period the current cycle counts (a
        day-level one with the working time it allows: R-PER-01, counted at the start) and,
        when the clock was paused, the time paused and where it moved the deadline from
        (docs/sla.md, "Pause semantics": R-PER-01 for a day-level period, R-PER-02 for
        working hours); ``""`` for a status built without its period."""
        if self.period is None:
            return ""
        working = self.measure is Measure.WORKING
        if self.period.unit.is_time_level:
            text = _("period {period}", period=self.period)
        else:
            allowance = span(self.allowance, working=working)
            text = _("period {period} ({allowance})", period=self.period, allowance=allowance)
        if self.paused <= NO_TIME:
            return text
        paused = span(self.paused, working=working)
        unpaused = self.unpaused_due_at
        if unpaused is None or unpaused == self.due_at:
            return text + _("; {paused} paused, the deadline unchanged", paused=paused)
        return text + _(
            "; {paused} paused, the deadline moved from {unpaused} to {due}",
            paused=paused,
            unpaused=moment_text(unpaused),
            due=moment_text(self.due_at),
        )

    def explain(self) -> str:
        """``str(self)``, then the period counted and the time paused
        (:meth:`describe_period`; a day-level period not paused is in the first line
        already, in its own unit), then one line per earlier cycle."""
        period = self.period
        # a day-level period unpaused is said in the first line already (R-PER-01)
        said = period is not None and not period.unit.is_time_level and self.paused <= NO_TIME
        counted = [self.describe_period()] if period is not None and not said else []
        return block(str(self), (*counted, *(c.describe() for c in self.history)))


@functools.lru_cache(maxsize=64)
def _ratios(warnings: tuple[Decimal, ...]) -> tuple[tuple[int, int, Decimal], ...]:
    """The thresholds as exact integer ratios (numerator, denominator, threshold)."""
    return tuple((*w.as_integer_ratio(), w) for w in warnings)


def _warning(
    warnings: tuple[Decimal, ...], elapsed: _dt.timedelta, allowed: _dt.timedelta
) -> Decimal | None:
    """The highest threshold (sorted ascending) with elapsed / allowed >= it, exactly."""
    if allowed <= NO_TIME:
        return warnings[-1] if warnings else None
    e, a = elapsed // US, allowed // US
    reached = None
    for numerator, denominator, w in _ratios(warnings):
        if e * denominator < a * numerator:
            break
        reached = w
    return reached


def _evaluate(
    base: _Base,
    events: tuple[ClockEvent, ...],
    instants: tuple[_dt.datetime, ...],
    at: _dt.datetime,
    ops: _Ops,
    number: int,
    zone: _dt.tzinfo,
) -> tuple[Cycle, _dt.datetime | None]:
    """The cycle that one cycle's ``events`` make (with their UTC ``instants``; a START or
    RESTART first, all at or before ``at``, UTC), and the moment its pause began when it
    is paused at ``at``.  Linear: one ``between`` per running segment and at most one
    ``advance`` (for the segment in which the running time reaches the allowed time)."""
    segments: list[tuple[_dt.datetime, _dt.datetime | None]] = []
    run_from: _dt.datetime | None = instants[0]
    paused_since: _dt.datetime | None = None
    stopped: _dt.datetime | None = None
    ended = False  # stopped by Clock.cancel: not reached
    pauses = 0
    for event, t in zip(events[1:], instants[1:], strict=True):
        kind = event.kind
        if kind is EventKind.PAUSE:
            assert run_from is not None
            segments.append((run_from, t))
            run_from, paused_since = None, t
            pauses += 1
        elif kind is EventKind.RESUME:
            run_from, paused_since = t, None
        elif kind in (EventKind.STOP, EventKind.CANCEL):
            if run_from is not None:
                segments.append((run_from, t))
            run_from, stopped, ended = None, t, kind is EventKind.CANCEL
    if run_from is not None:
        segments.append((run_from, None))
    end = stopped if stopped is not None else at

    allowed = base.allowed
    base_due = base.due_utc
    consumed = NO_TIME
    due: _dt.datetime | None = None
    for i, (a, b) in enumerate(segments):
        span = ops.between(a, end if b is None else b)
        if due is None:
            if i == 0:  # unpaused so far: exactly the periods.deadline of the start
                if b is None or base_due <= b:
                    due = base_due
            else:
                need = allowed - consumed
                # advance(a, need) <= b needs at least `need` of running time in [a, b)
                if b is None or need <= span:
                    candidate = max(a if need <= NO_TIME else ops.advance(a, need), base_due)
                    if b is None or candidate <= b:
                        due = candidate
        consumed += span
    if due is None and not pauses:  # stopped early without a pause: the plain deadline
        due = base_due
    if due is None:
        # Paused or stopped before the running time reached the allowed time: the
        # deadline as if it ran on from the end (the moment asked, or the stop).
        need = allowed - consumed
        due = max(end if need <= NO_TIME else ops.advance(end, need), base_due)
    if base.midnight and due is not base_due:  # moved by a pause: to 24:00 of its day
        due = utc(day_end(due, ops.cal))
    if stopped is not None:
        reached = State.NOT_REACHED if ended else State.MET
        state = reached if stopped <= due else State.BREACHED
        paused_since = None
    elif at > due:
        state = State.BREACHED
    else:
        state = State.PAUSED if paused_since is not None else State.RUNNING
    paused = ops.between(base.start_utc, end) - consumed if pauses else NO_TIME
    # astimezone, not WorkCalendar.to_local: an instant the zone cannot show overflows here,
    # and Clock.status reports that against the caller's `at` (range_error), not this instant
    stopped_at = stopped.astimezone(zone) if stopped is not None else None
    due_at = base.due if due is base_due else due.astimezone(zone)
    cycle = Cycle(
        number,
        base.start,
        stopped_at,
        base.period,
        allowed,
        due_at,
        consumed,
        paused,
        state,
        unpaused_due_at=base.due,
    )
    return cycle, (paused_since.astimezone(zone) if paused_since is not None else None)


_RUNNING, _PAUSED, _STOPPED = "running", "paused", "stopped"
_CYCLE_STARTS = (EventKind.START, EventKind.RESTART)
#: The phase after each event, unless :data:`_REFUSED` names a problem with the phase before.
_AFTER = {
    EventKind.PAUSE: _PAUSED,
    EventKind.RESUME: _RUNNING,
    EventKind.STOP: _STOPPED,
    EventKind.RESTART: _RUNNING,
    EventKind.CANCEL: _STOPPED,
}
_RESTART_ONLY = "only a stopped clock can be restarted (a new cycle begins after a stop)"
_REFUSED = {
    (EventKind.PAUSE, _PAUSED): "the clock is already paused",
    (EventKind.PAUSE, _STOPPED): "the clock is stopped",
    (EventKind.RESUME, _RUNNING): "the clock is not paused",
    (EventKind.RESUME, _STOPPED): "the clock is stopped",
    (EventKind.STOP, _STOPPED): "the clock was stopped already at {last}",
    (EventKind.CANCEL, _STOPPED): "the clock was stopped already at {last}",
    (EventKind.RESTART, _RUNNING): _RESTART_ONLY,
    (EventKind.RESTART, _PAUSED): _RESTART_ONLY,
}


def _transition(
    phase: str | None,
    events: tuple[ClockEvent, ...] | list[ClockEvent],
    instants: tuple[_dt.datetime, ...] | list[_dt.datetime],
    event: ClockEvent,
    instant: _dt.datetime,
) -> str:
    """The phase after ``event`` (at ``instant``, UTC) follows ``events`` (at ``instants``, UTC:
    see :class:`_Ops`), or :class:`IllegalTransition` (nothing is changed)."""
    kind = event.kind

    def refuse(problem: str) -> IllegalTransition:
        return IllegalTransition(
            f"{kind.value} at {moment_text(event.at)}: {problem}",
            state_name=phase or "not started",
            event_name=kind.value,
            problem=problem,
        )

    if phase is None:
        if kind is not EventKind.START:
            raise refuse("the clock has not been started")
        return _RUNNING
    first, last = events[0], events[-1]
    if kind is EventKind.START:
        raise refuse(f"the clock was started already at {moment_text(first.at)}")
    if instant < instants[0]:
        raise refuse(f"it is before the clock's start at {moment_text(first.at)}")
    if instant < instants[-1]:
        raise refuse(
            f"it is before the previous event ({last.kind.value} at {moment_text(last.at)})"
        )
    problem = _REFUSED.get((kind, phase))
    if problem is not None:
        raise refuse(problem.format(last=moment_text(last.at)))
    return _AFTER[kind]


def _countable(
    target: Target,
    period: Period,
    cal: WorkCalendar,
    local: _dt.datetime,
    argument: str,
    given: Any,
) -> None:
    """Refuse an event at ``local`` that a clock counting working time (``period`` of
    ``target``) cannot count to: a year outside the calendar's (2206 typed for 2026),
    naming ``argument`` and showing ``given`` — refused when recorded, not when a status is
    asked; a wall-time clock needs no calendar to count."""
    if target.calendar_days or measure_of(period) is not Measure.WORKING:
        return
    in_counted_years(cal, local, argument, given)


def in_counted_years(cal: WorkCalendar, at: _dt.datetime, argument: str, given: Any) -> None:
    """Refuse ``at`` (aware) outside the years ``cal`` counts (:attr:`WorkCalendar.
    supported_years`), naming ``argument`` and showing ``given``: the one home of that
    check for a clock's events and a case's steps (R-CMP-06)."""
    try:
        cal.is_published(cal.to_local(at).year)
    except InvalidInput as exc:
        problem = f"cannot be counted on the calendar ({without_value(exc)})"
        raise InvalidInput.for_argument(argument, given, problem) from None


if TYPE_CHECKING:

    def _EVENTS(value: Iterable[ClockEvent]) -> tuple[ClockEvent, ...]: ...  # noqa: N802

else:
    _EVENTS = field_converter(
        functools.partial(require_events, kind=ClockEvent, first="start"),
        takes="Iterable[ClockEvent]",
    )


@attrs.frozen
class Clock:
    """The clock of one target on one case: an immutable record of its events.

    Build it with :meth:`start` (or :meth:`start_after`) and move it with :meth:`pause`,
    :meth:`resume`, :meth:`stop`, :meth:`restart` and :meth:`renew`, each returning a new
    clock; an event out of order raises :class:`~custops.errors.IllegalTransition`.
    ``Clock(target, events)`` replays stored events under the same rules.  ``special``
    selects the special period (R-SLA-09) for the cycles from ``special_from_cycle`` on
    (default 1, every cycle: a special case declared in a later cycle leaves the cycles
    closed before it with the period, and the deadline, they had); ``promised`` is the
    period promised for a target without one (R-SLA-12).  :meth:`end` ends a cycle without
    its target reached (:attr:`State.NOT_REACHED`).

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> sh = ZoneInfo("Asia/Shanghai")
    >>> reply = Target("reply", "24小时", rule="R-SLA-05")
    >>> clock = Clock.start(dt.datetime(2025, 9, 30, 16, 0, tzinfo=sh), reply)
    >>> clock = clock.pause(dt.datetime(2025, 9, 30, 18, 0, tzinfo=sh), note="unreachable")
    >>> clock = clock.resume(dt.datetime(2025, 9, 30, 20, 0, tzinfo=sh))
    >>> s = clock.status(at=dt.datetime(2025, 10, 1, 9, 0, tzinfo=sh))
    >>> s.state, moment_text(s.due_at), s.elapsed, s.warning
    (<State.RUNNING: 'running'>, '2025-10-01 18:00+08:00', datetime.timedelta(seconds=54000),
     Decimal('0.5'))
    >>> clock.resume(dt.datetime(2025, 10, 1, 9, 0, tzinfo=sh))
    Traceback (most recent call last):
    ...
    custops.errors.IllegalTransition: resume at 2025-10-01 09:00+08:00: the clock is not paused
    >>> resolve = Target("resolve", "3个工作日", special_period="7个工作日")
    >>> late = Clock.start(dt.datetime(2025, 9, 30, 16, 0, tzinfo=sh), resolve)
    >>> at = dt.datetime(2025, 10, 12, 16, 0, tzinfo=sh)
    >>> late.status(at=at).state.value, late.as_special().status(at=at).state.value
    ('breached', 'running')
    >>> update = Target("update", "1个工作日", recurrence="every")       # renewed by updates
    >>> Clock.start(at, update).renew(at + dt.timedelta(hours=1)).cycle_count
    2
    """

    target: Target = attrs.field(validator=type_validator(Target))
    events: tuple[ClockEvent, ...] = attrs.field(converter=_EVENTS)
    calendar: WorkCalendar = attrs.field(default=None, converter=calendar_or_china, kw_only=True)
    special: bool = attrs.field(default=False, kw_only=True)
    promised: Period | None = attrs.field(default=None, converter=PERIOD, kw_only=True)
    special_from_cycle: int = attrs.field(default=1, converter=POSITIVE_INT, kw_only=True)
    _phase: str = attrs.field(init=False, eq=False, repr=False)
    _bases: tuple[_Base, ...] = attrs.field(init=False, eq=False, repr=False)
    # the events' instants in UTC, and the index of each cycle's first event
    _instants: tuple[_dt.datetime, ...] = attrs.field(init=False, eq=False, repr=False)
    _cycles: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        require_bool("special", self.special)
        self.target.period_for(special=self.special, promised=self.promised)  # checked
        cal = self.calendar
        zone = cal.zone
        phase: str | None = None
        events: list[ClockEvent] = []
        instants: list[_dt.datetime] = []
        bases: list[_Base] = []
        cycles: list[int] = []
        for event in self.events:
            given = event.at
            if event.at.tzinfo is not zone:
                event = ClockEvent(
                    cal.to_local(event.at, argument="events"), event.kind, event.note
                )
            instant = utc(event.at)
            phase = _transition(phase, events, instants, event, instant)
            if event.kind not in _CYCLE_STARTS:  # a start is counted from: base_of checks it
                _countable(self.target, bases[-1].period, cal, event.at, "events", given)
            if event.kind in _CYCLE_STARTS:
                cycles.append(len(events))
                days = self.target.calendar_days
                period = self._period_of(len(cycles))
                midnight = ends_at_midnight(self.target, period)
                bases.append(
                    base_of(
                        period, event.at, cal, given=given, calendar_days=days, midnight=midnight
                    )
                )
            events.append(event)
            instants.append(instant)
        object.__setattr__(self, "events", tuple(events))
        object.__setattr__(self, "_phase", phase)
        object.__setattr__(self, "_bases", tuple(bases))
        object.__setattr__(self, "_instants", tuple(instants))
        object.__setattr__(self, "_cycles", tuple(cycles))

    @classmethod
    @fitted_call
    def start(
        cls,
        at: _dt.datetime,
        target: Target,
        *,
        calendar: WorkCalendar | None = None,
        special: bool = False,
        promised: Period | str | None = None,
        note: str = "",
    ) -> Clock:
        """A clock for ``target`` started at ``at`` (calendar default: :func:`china`)."""
        event = ClockEvent(at, EventKind.START, note)
        cal = calendar_or_china(calendar)
        cal.to_local(event.at)  # errors name `at`; the clock converts it, showing it as given
        return cls(target, (event,), calendar=cal, special=special, promised=promised)

    @classmethod
    @fitted_call
    def start_after(
        cls,
        target: Target,
        previous: Clock,
        *,
        special: bool = False,
        promised: Period | str | None = None,
    ) -> Clock:
        """Start a chained target at the stop of ``previous``, the clock of the target it
        ``starts_after`` (the follow-up call, R-SLA-04; the feedback form, R-SLA-10)."""
        require_type("previous", previous, Clock, "a Clock")
        require_type("target", target, Target, "a Target")
        if target.starts_after != previous.target.name:
            raise InvalidInput.for_argument(
                "previous",
                previous.target.name,
                f"target {target.name!r} starts after {target.starts_after!r}, "
                f"not after this clock's target",
            )
        stop = previous.stopped_at
        if stop is None:
            problem = f"the clock of {previous.target.name!r} has not been stopped"
            raise IllegalTransition(
                f"start of {target.name!r}: {problem}",
                state_name=previous._phase,
                event_name="start",
                problem=problem,
            )
        prior = previous.target
        note = _("after {target} stopped", target=named(prior.name, prior.label))
        event = ClockEvent(stop, EventKind.START, note)
        return cls(target, (event,), calendar=previous.calendar, special=special, promised=promised)

    def _add(self, kind: EventKind, at: Any, note: Any) -> Clock:
        # A new clock without replaying the events: only the new one is checked.
        event = ClockEvent(self.calendar.to_local(at), kind, note)
        instant = utc(event.at)
        phase = _transition(self._phase, self.events, self._instants, event, instant)
        if kind is not EventKind.RESTART:  # a restart is counted from: base_of checks it
            _countable(self.target, self.period, self.calendar, event.at, "at", at)
        bases, cycles = self._bases, self._cycles
        if kind is EventKind.RESTART:
            period = self._period_of(len(bases) + 1)
            base = base_of(
                period,
                event.at,
                self.calendar,
                given=at,
                calendar_days=self.target.calendar_days,
                midnight=ends_at_midnight(self.target, period),
            )
            bases = (*bases, base)
            cycles = (*cycles, len(self.events))
        new = object.__new__(Clock)
        for name, value in (
            ("target", self.target),
            ("events", (*self.events, event)),
            ("calendar", self.calendar),
            ("special", self.special),
            ("promised", self.promised),
            ("special_from_cycle", self.special_from_cycle),
            ("_phase", phase),
            ("_bases", bases),
            ("_instants", (*self._instants, instant)),
            ("_cycles", cycles),
        ):
            object.__setattr__(new, name, value)
        return new

    @fitted_call
    def pause(self, at: _dt.datetime, *, note: str = "") -> Clock:
        """The clock paused at ``at`` (only a running clock pauses)."""
        return self._add(EventKind.PAUSE, at, note)

    @fitted_call
    def resume(self, at: _dt.datetime, *, note: str = "") -> Clock:
        """The clock resumed at ``at`` (only a paused clock resumes)."""
        return self._add(EventKind.RESUME, at, note)

    @fitted_call
    def stop(self, at: _dt.datetime, *, note: str = "") -> Clock:
        """The clock stopped at ``at``: the target is achieved (running or paused clocks)."""
        return self._add(EventKind.STOP, at, note)

    @fitted_call
    def cancel(self, at: _dt.datetime, *, note: str = "") -> Clock:
        """The clock ended at ``at`` without its target reached (running or paused clocks):
        a case closed without the step that meets the target (R-CMP-06; docs/cases.md,
        "What closing does to a clock").  A cycle ended on or before its deadline is
        :attr:`State.NOT_REACHED` — neither met nor late; one ended after it stays
        :attr:`State.BREACHED` (a missed deadline stays missed).  A new cycle may follow
        (:meth:`restart`)."""
        return self._add(EventKind.CANCEL, at, note)

    @fitted_call
    def restart(self, at: _dt.datetime, *, note: str = "") -> Clock:
        """A new cycle from ``at`` with the full period again, after a stop: "handle again
        until the customer is satisfied" (R-SLA-04, R-CMP-08), or a "next reply" target's
        next customer message; earlier cycles stay in :attr:`Status.history`."""
        return self._add(EventKind.RESTART, at, note)

    @fitted_call
    def renew(self, at: _dt.datetime, *, note: str = "") -> Clock:
        """The update given at ``at`` to an "update the customer every N" target
        (``Recurrence.EVERY``: D1 第三条 跟进投诉处理的进程, D14 二 跟踪、验证): a stop and a
        restart at the same instant.
        """
        if self.target.recurrence is not Recurrence.EVERY:
            problem = (
                f"target {self.target.name!r} is not renewed by updates "
                f"(recurrence {self.target.recurrence.value})"
            )
            raise IllegalTransition(
                f"renew at {moment_text(require_aware('at', at))}: {problem}",
                state_name=self._phase,
                event_name="renew",
                problem=problem,
            )
        return self._add(EventKind.STOP, at, note)._add(EventKind.RESTART, at, note)

    @fitted_call
    def as_special(self, *, special: bool = True, special_from_cycle: int = 1) -> Clock:
        """The same events judged anew against the special period (R-SLA-09; D10 三, D14
        四(四): seven working days instead of three), or the normal one; from cycle
        ``special_from_cycle`` on (default: every cycle), so a special case declared while
        a later cycle runs leaves the earlier cycles' deadlines as they were.  A target
        without a ``special_period`` refuses ``special=True`` (:meth:`Target.period_for`):
        the ordinary period is never kept silently.
        """
        special = require_bool("special", special)
        return attrs.evolve(self, special=special, special_from_cycle=special_from_cycle)

    def _period_of(self, number: int) -> Period:
        """The period of cycle ``number`` (from 1): the special one from
        :attr:`special_from_cycle` on when the clock is special (R-SLA-09), the promised one
        for a target without its own (R-SLA-12), else the target's."""
        special = self.special and number >= self.special_from_cycle
        return self.target.period_for(special=special, promised=self.promised)

    @property
    def period(self) -> Period:
        """The period that applies to the current cycle (special or promised where so)."""
        return self._bases[-1].period

    @property
    def measure(self) -> Measure:
        """The measure of the clock's period (wall time for hours and for a
        :attr:`Target.calendar_days` target, else working time)."""
        return Measure.WALL if self.target.calendar_days else measure_of(self.period)

    @property
    def started_at(self) -> _dt.datetime:
        """The start of the current cycle."""
        return self._bases[-1].start

    @property
    def stopped_at(self) -> _dt.datetime | None:
        """The stop of the current cycle, ``None`` while it is open."""
        return self.events[-1].at if self._phase == _STOPPED else None

    @property
    def cycle_count(self) -> int:
        """How many cycles the clock has had (1 + the restarts)."""
        return len(self._bases)

    @fitted_call
    def status(self, *, at: _dt.datetime) -> Status:
        """Where the clock stands at ``at``, from the events up to it (``at`` before the
        start is refused).  The deadline is the moment the *running* time reaches the
        allowed time, in the target's measure: pauses move it by the time they cover
        (docs/sla.md, "Pause semantics"; Civil Code arts. 201–203 for day-level targets).
        """
        moment = self.calendar.to_local(at)
        m = utc(at, argument="at")
        if m < self._instants[0]:
            raise InvalidInput.for_argument(
                "at", at, f"is before the clock started ({moment_text(self.events[0].at)})"
            )
        try:
            return self._status(moment, m)
        except (OverflowError, ValueError) as e:
            counting = "cannot be counted on the calendar"
            raise range_error(e, "at", at, _OUTSIDE, counting=counting) from None

    def _status(self, moment: _dt.datetime, m: _dt.datetime) -> Status:
        cal = self.calendar
        instants = self._instants
        measure = self.measure
        ops = _Ops(measure, cal)
        # The events up to `at` (a binary search), split into their cycles.
        last = bisect.bisect_right(instants, m)
        firsts = self._cycles
        begun = bisect.bisect_right(firsts, last - 1)  # the cycles begun by `at`
        events = self.events
        cycles = []
        paused_since: _dt.datetime | None = None
        for number in range(1, begun + 1):
            lo = firsts[number - 1]
            hi = firsts[number] if number < begun else last
            cycle, paused_since = _evaluate(
                self._bases[number - 1], events[lo:hi], instants[lo:hi], m, ops, number, cal.zone
            )
            cycles.append(cycle)
        current = cycles[-1]
        allowed, elapsed, due = current.allowance, current.elapsed, current.due_at
        end = current.stopped_at if current.stopped_at is not None else moment
        provisional = measure is Measure.WORKING and not all(
            map(cal.is_published, range(events[0].at.year, max(due.year, end.year) + 1))
        )
        t = self.target
        return Status(
            target_name=t.name,
            at=moment,
            state=current.state,
            due_at=due,
            measure=measure,
            allowance=allowed,
            elapsed=elapsed,
            remaining=allowed - elapsed,
            paused=current.paused,
            warning=_warning(t.warnings, elapsed, allowed),
            started_at=current.started_at,
            stopped_at=current.stopped_at,
            paused_at=paused_since,
            margin=utc(due) - utc(end),
            cycle_index=current.index,
            history=tuple(cycles[:-1]),
            provisional=provisional,
            rule=t.rule,
            label=t.label,
            period=current.period,
            unpaused_due_at=self._bases[current.index - 1].due,
        )
