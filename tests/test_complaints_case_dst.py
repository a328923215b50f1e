"""Complaint cases compare instants, not wall clocks (R-CMP-06: every event has its time).

In a zone with daylight saving time the autumn hour repeats: 01:45 EDT comes before
01:15 EST.  Aware datetimes of one zone compare by wall clock in Python, so a case must
compare its events in UTC or it refuses a legal event and cuts a case at the wrong moment.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs

from custops.calendars import WorkCalendar
from custops.complaints import Case, CasePolicy, Complaint
from custops.sla import presets

NY = ZoneInfo("America/New_York")
# 2025-11-02 01:00-02:00 happens twice in New York: first EDT (fold=0), then EST (fold=1).
FIRST = dt.datetime(2025, 11, 2, 1, 45, tzinfo=NY)  # 05:45 UTC
LATER = dt.datetime(2025, 11, 2, 1, 15, fold=1, tzinfo=NY)  # 06:15 UTC, earlier wall clock


def _case() -> Case:
    calendar = WorkCalendar("US", zone="America/New_York")
    policy = CasePolicy(sla_policy=attrs.evolve(presets.WINERY, calendar=calendar))
    complaint = Complaint(
        received_at=FIRST, channel="电话", content="酒有怪味", complainant="王先生"
    )
    return Case.open(complaint, "客户关系顾问", policy=policy)


def test_an_event_in_the_repeated_hour_is_after_the_record_R_CMP_06() -> None:
    assert LATER.astimezone(dt.timezone.utc) > FIRST.astimezone(dt.timezone.utc)
    assert LATER < FIRST  # the wall-clock comparison Python makes within one zone
    case = _case().classify(
        LATER,
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert len(case.events) == 2
    assert case.as_of(at=LATER) == case
    assert len(case.as_of(at=FIRST).events) == 1
