"""Strategies for :mod:`custops.sla`: targets with their periods and warning thresholds, and
clocks taken through a random valid sequence of events."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Final

from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._dates import MIDNIGHT
from custops._validate import require_bool, utc
from custops.calendars import WorkCalendar
from custops.errors import InvalidInput
from custops.periods import Period, Unit
from custops.sla import DEFAULT_WARNINGS, Clock, EventKind, Recurrence, Target, presets
from custops.testing._calendars import aware_datetimes, final_years
from custops.testing._checks import (
    MAX_DATE,
    MAX_GAP,
    MIN_DATE,
    calendar_bounds,
    gaps,
    later,
    size,
    strategy,
)
from custops.testing._periods import REALISTIC_MAX, periods

#: Warning thresholds: the default 0.5 and 0.75, or a subset of 0.25 … 0.9.
_WARNINGS: Final = st.one_of(
    st.just(DEFAULT_WARNINGS),
    st.frozensets(st.sampled_from(sorted({Decimal("0.25"), *DEFAULT_WARNINGS, Decimal("0.9")}))),
)


@functools.cache
def _preset_vocabulary() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The target names and rule IDs of the seed's desks (:mod:`custops.sla.presets`)."""
    chosen = [t for desk in presets.all_presets() for t in desk.targets]
    return tuple(sorted({t.name for t in chosen})), tuple(sorted({t.rule for t in chosen}))


def targets(
    units: Iterable[Unit | str] | None = None,
    *,
    max_count: int | None = None,
    recurring: bool = False,
) -> SearchStrategy[Target]:
    """SLA :class:`~custops.sla.Target` values named as the seed's desks name theirs, with a
    period of :func:`periods`, sometimes a special period at least as long (R-SLA-09), and
    warning thresholds; due once, or with ``recurring=True`` also renewed or restarted."""
    chosen = tuple(Recurrence) if require_bool("recurring", recurring) else (Recurrence.ONCE,)
    base = periods(units, max_count=max_count)

    @st.composite
    def target(draw: st.DrawFn) -> Target:
        period = draw(base)
        special = None
        if draw(st.booleans()):
            cap = REALISTIC_MAX[period.unit] if max_count is None else max_count
            longer = draw(st.integers(period.count, max(period.count, cap)))
            special = Period(longer, period.unit)
        warnings = sorted(draw(_WARNINGS))
        names, rules = _preset_vocabulary()
        name = draw(st.sampled_from(names))
        rule = draw(st.one_of(st.none(), st.sampled_from(rules)))  # None: the default rule
        return Target(
            name,
            period,
            special_period=special,
            warnings=warnings,
            recurrence=draw(st.sampled_from(chosen)),
            rule=rule,
        )

    return target()


_targets_st = targets

# The events a clock allows after its last one (R-SLA-01): a running clock (started, resumed
# or restarted) may pause or stop, and renew if its target recurs.
_Move = Callable[[Clock, _dt.datetime], Clock]
_MOVES: Final[dict[EventKind, tuple[_Move, ...]]] = {
    EventKind.PAUSE: (Clock.resume, Clock.stop),
    EventKind.STOP: (Clock.restart,),
}
#: What a running clock allows (``Clock.renew`` too when its target recurs).
_RUNNING: Final[tuple[_Move, ...]] = (Clock.pause, Clock.stop)


@functools.cache
def _final_calendar() -> WorkCalendar:
    """China's calendar with every year after the published data declared final (no
    warning, through 2100)."""
    return WorkCalendar(final_years=final_years())


def _start(
    at: _dt.datetime, earliest: _dt.datetime, target: Target, calendar: WorkCalendar, special: bool
) -> Clock | None:
    """The clock started at ``at``, or, when its deadline would fall after the calendar's last
    year (a long period drawn near 2100), at the latest instant from ``earliest`` on whose
    deadline the calendar can count (the deadline grows with the start: a bisection to the
    second); ``None`` when even ``earliest`` is too late for the target."""

    def started(moment: _dt.datetime) -> Clock | None:
        try:
            return Clock.start(moment, target, calendar=calendar, special=special)
        except InvalidInput as exc:  # the deadline beyond the calendar's years
            if exc.argument != "at":
                raise
            return None

    clock = started(at)
    if clock is not None:
        return clock
    fits = started(earliest)
    low, high = 0, int((utc(at) - utc(earliest)).total_seconds())  # low fits, high does not
    while fits is not None and high - low > 1:
        middle = (low + high) // 2
        clock = started(later(earliest, _dt.timedelta(seconds=middle)))
        low, high, fits = (middle, high, clock) if clock is not None else (low, middle, fits)
    return fits


def clocks(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    targets: SearchStrategy[Target] | None = None,
    calendars: SearchStrategy[WorkCalendar] | None = None,
    max_events: int = 8,
    max_gap: _dt.timedelta = MAX_GAP,
) -> SearchStrategy[Clock]:
    """SLA :class:`~custops.sla.Clock` values started between the days on a target of
    ``targets`` (default :func:`targets` with ``recurring=True``; special or not, R-SLA-09) and
    a calendar of ``calendars`` (default: China's, nothing provisional), then taken through up
    to ``max_events`` events its state allows (R-SLA-01).  Shrinks to a clock just started.
    The bounds must lie in the years China's calendar supports (1950–2100); a deadline is
    always one the calendar can count: near the end of 2100 a clock starts early enough for
    its target's period (a target too long for every day in the bounds is not drawn), and
    its history stops before an event whose deadline would fall after 2100.
    """
    lo, hi = calendar_bounds(min_value, max_value)
    starts = aware_datetimes(lo, hi)
    target_st = strategy("targets", targets, _targets_st(recurring=True))
    calendar_st = strategy("calendars", calendars, st.just(_final_calendar()))
    most = size("max_events", max_events)
    steps = gaps(max_gap)

    @st.composite
    def history(draw: st.DrawFn) -> Clock:
        target = draw(target_st)
        special = target.special_period is not None and draw(st.booleans())
        at = draw(starts)
        earliest = _dt.datetime.combine(lo, MIDNIGHT, tzinfo=at.tzinfo)
        started = _start(at, earliest, target, draw(calendar_st), special)
        if started is None:  # the target's deadline falls after 2100 from every day drawn
            reject()
        clock = started
        for _ in range(draw(st.integers(0, most))):
            last = clock.events[-1]
            moves = _MOVES.get(last.kind, _RUNNING)
            if last.kind not in _MOVES and target.recurrence is Recurrence.EVERY:
                moves = (*moves, Clock.renew)
            move = draw(st.sampled_from(moves))
            try:
                moved = move(clock, later(last.at, draw(steps)))
                moved.status(at=moved.events[-1].at)  # a pause or a renewal moves the deadline
            except InvalidInput as exc:  # its new deadline would fall after 2100: stop here
                if exc.argument != "at":
                    raise
                break
            clock = moved
        return clock

    return history()
