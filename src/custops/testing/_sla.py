"""Strategies for :mod:`custops.sla`: targets with their periods and warning thresholds, and
clocks taken through a random valid sequence of events."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._validate import require_bool
from custops.calendars import WorkCalendar
from custops.periods import Period, Unit
from custops.sla import DEFAULT_WARNINGS, Clock, Recurrence, Target, presets
from custops.testing._calendars import aware_datetimes, final_years
from custops.testing._checks import MAX_DATE, MIN_DATE, gaps, size, strategy
from custops.testing._periods import REALISTIC_MAX, periods

_WARNINGS: Final = tuple(sorted({Decimal("0.25"), *DEFAULT_WARNINGS, Decimal("0.9")}))


@functools.cache
def _preset_vocabulary() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The target names and rule IDs of the seed's desks (:mod:`custops.sla.presets`)."""
    chosen = [t for desk in presets.all_presets() for t in desk.targets]
    return tuple(sorted({t.name for t in chosen})), ("", *sorted({t.rule for t in chosen} - {""}))


@st.composite
def _targets(
    draw: st.DrawFn,
    base: SearchStrategy[Period],
    max_amount: int | None,
    recurrences: tuple[Recurrence, ...],
) -> Target:
    period = draw(base)
    special = None
    if draw(st.booleans()):
        cap = REALISTIC_MAX[period.unit] if max_amount is None else max_amount
        longer = draw(st.integers(period.amount, max(period.amount, cap)))
        special = Period(longer, period.unit)
    warnings = draw(st.one_of(st.just(DEFAULT_WARNINGS), st.frozensets(st.sampled_from(_WARNINGS))))
    names, rules = _preset_vocabulary()
    return Target(
        draw(st.sampled_from(names)),
        period,
        special_period=special,
        warnings=sorted(warnings),
        rule=draw(st.sampled_from(rules)),
        recurrence=draw(st.sampled_from(recurrences)),
    )


def targets(
    units: Iterable[Unit | str] | None = None,
    *,
    max_amount: int | None = None,
    recurring: bool = False,
) -> SearchStrategy[Target]:
    """SLA :class:`~custops.sla.Target` values: a target name, a period of :func:`periods`
    (``units``, ``max_amount``), sometimes a special period of the same unit at least as
    long and within the same bound (R-SLA-09), and warning thresholds (the default 0.5 and
    0.75, or a subset of 0.25 … 0.9). Names and rule IDs are those of the seed's desks.
    A target is due once; with ``recurring=True`` it may also recur (``Recurrence.EVERY``:
    renewed by each update, ``NEXT_REPLY``: restarted by the customer's next message).
    """
    chosen = tuple(Recurrence) if require_bool("recurring", recurring) else (Recurrence.ONCE,)
    return _targets(periods(units, max_amount=max_amount), max_amount, chosen)


_targets_st = targets

# What each event leaves a clock in, and the events each state allows (R-SLA-01).
_AFTER = {"pause": "paused", "resume": "running", "stop": "stopped", "restart": "running"}
_MOVES = {"running": ("pause", "stop"), "paused": ("resume", "stop"), "stopped": ("restart",)}


@functools.cache
def _final_calendar() -> WorkCalendar:
    """China's calendar with the years after the published data declared final (no warning)."""
    return WorkCalendar(final_years=final_years(MAX_DATE.year + 20))


@st.composite
def _clocks(
    draw: st.DrawFn,
    target_st: SearchStrategy[Target],
    starts: SearchStrategy[_dt.datetime],
    calendar_st: SearchStrategy[WorkCalendar],
    max_events: int,
    steps: SearchStrategy[_dt.timedelta],
) -> Clock:
    target = draw(target_st)
    special = target.special_period is not None and draw(st.booleans())
    clock = Clock.start(draw(starts), target, calendar=draw(calendar_st), special=special)
    state = "running"
    for _ in range(draw(st.integers(0, max_events))):
        moves = _MOVES[state]
        if state == "running" and target.recurrence is Recurrence.EVERY:
            moves = (*moves, "renew")
        move = draw(st.sampled_from(moves))
        last = clock.events[-1].at  # elapsed time, not wall-clock time (a DST fold or gap)
        at = (last.astimezone(_dt.timezone.utc) + draw(steps)).astimezone(last.tzinfo)
        clock = getattr(clock, move)(at)
        state = _AFTER.get(move, "running")
    return clock


def clocks(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    targets: SearchStrategy[Target] | None = None,
    calendars: SearchStrategy[WorkCalendar] | None = None,
    max_events: int = 8,
    max_gap: _dt.timedelta = _dt.timedelta(hours=48),
) -> SearchStrategy[Clock]:
    """SLA :class:`~custops.sla.Clock` values taken through a random valid history.

    Started (``Clock.start``) at an instant of :func:`aware_datetimes` between the days on
    a target of ``targets`` (default :func:`targets` with ``recurring=True``), special
    when the target has a special period and a coin says so (R-SLA-09), on a calendar of
    ``calendars`` (default: China's, the years after the published data declared final),
    then up to ``max_events`` events the clock's state allows — pause, resume, stop,
    restart, and renew for a target renewed by updates — each up to ``max_gap`` after the
    previous one (whole minutes, often the same moment). Shrinks to a clock just started.
    """
    return _clocks(
        _targets_st(recurring=True) if targets is None else strategy("targets", targets),
        aware_datetimes(min_value, max_value),
        st.just(_final_calendar()) if calendars is None else strategy("calendars", calendars),
        size("max_events", max_events),
        gaps(max_gap),
    )
