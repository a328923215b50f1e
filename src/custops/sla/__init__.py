"""SLA engine: targets chosen by rules, clocks that pause, at-risk and breach status.

The seed's desks state deadlines in hours (24小时内答复), working days (三个工作日,
special cases seven), calendar days (1天内, 一周内) and "the same day" (处理完当天回访),
and handle a case again until the customer is satisfied (R-CMP-08).  :class:`SlaPolicy`
selects a case's :class:`Target` s by :class:`SelectionRule` data, a :class:`Clock` per
target records its events and gives its :class:`Status` at any moment, on a calendar
that knows 调休 and counts days the Civil Code's way (R-SLA-01 … R-SLA-12; docs/sla.md);
:mod:`custops.sla.presets` holds the desks D1, D5, D10 and D14.

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> from custops.sla import presets
>>> sh = ZoneInfo("Asia/Shanghai")
>>> received = dt.datetime(2025, 9, 30, 16, 0, tzinfo=sh)
>>> sel = presets.WINERY.select(channel="热线", kind="投诉")
>>> sel.matched, [t.name for t in sel.targets]
('phone complaint', ['reply', 'resolve', 'feedback'])
>>> clocks = sel.start(received)
>>> s = clocks["resolve"].status(at=dt.datetime(2025, 10, 11, 11, 0, tzinfo=sh))
>>> s.state.value, s.due_at.isoformat(), s.warning
('running', '2025-10-11T18:00:00+08:00', Decimal('0.75'))
"""

from __future__ import annotations

from custops.sla import presets
from custops.sla._clock import Clock, ClockEvent, Cycle, EventKind, State, Status
from custops.sla._policy import Schedule, Selection, SelectionRule, SlaPolicy, Step, due_many
from custops.sla._targets import (
    ATTRIBUTES,
    DEFAULT_WARNINGS,
    CaseAttribute,
    Measure,
    Recurrence,
    Target,
)

__all__ = [
    "ATTRIBUTES",
    "DEFAULT_WARNINGS",
    "CaseAttribute",
    "Clock",
    "ClockEvent",
    "Cycle",
    "EventKind",
    "Measure",
    "Recurrence",
    "Schedule",
    "Selection",
    "SelectionRule",
    "SlaPolicy",
    "State",
    "Status",
    "Step",
    "Target",
    "due_many",
    "presets",
]
