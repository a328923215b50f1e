"""SLA engine: targets chosen by rules, clocks that pause, at-risk and breach status.

The seed's complaint desks state their deadlines in hours ("24小时内答复"), working
days ("三个工作日", special cases seven), calendar days ("1天内", "一周内") and "the same
day" (处理完当天回访); a case may be paused while the desk waits for the customer, and
handled again until the customer is satisfied (R-CMP-08).  This package models that
the way Jira Service Management, Zendesk and ServiceNow do — targets selected by
conditions, clocks that start, pause, resume, stop and restart, warnings at 50% and
75% — on a calendar that knows 调休 and counts days the Civil Code's way
(R-SLA-01 … R-SLA-12):

* :class:`Target`: a name, a :class:`~custops.periods.Period`, an optional longer
  period for special cases, warning thresholds, optionally the target whose stop
  starts it (``starts_after``), and whether it recurs (:class:`Recurrence`: "update
  the customer every N", "next reply");
* :class:`SlaPolicy`: named targets, a calendar, and :class:`SelectionRule` data that
  pick targets from a case's channel, kind, category, severity, special flag and any
  attribute the desk declares (:class:`CaseAttribute`: priority, tier, region…);
  every value is read by its enumeration's ``parse``, and a case no rule covers is a
  :class:`~custops.errors.PolicyError`, never an empty schedule;
* :class:`Clock`: one target on one case, an immutable record of events; each event
  method takes the moment first (``clock.pause(at, note)``); :meth:`Clock.status`
  gives a :class:`Status` (running, paused, met, breached; due, elapsed, remaining,
  fraction used, the warning reached, the cycle history, whether a provisional
  calendar year was counted); :meth:`Clock.as_special` re-judges a clock against the
  special period (R-SLA-09);
* :mod:`custops.sla.presets`: the dealer (D1), quality (D5), winery (D10) and tobacco
  (D14) desks;
* :func:`due_many`: the deadlines of many cases at once.

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
from custops.sla._batch import due_many
from custops.sla._clock import Clock, ClockEvent, Cycle, EventKind, State, Status
from custops.sla._policy import Schedule, Selection, SelectionRule, SlaPolicy, Step
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
