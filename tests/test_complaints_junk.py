"""Junk and extreme inputs to the complaint modules (issue 14 item 5).

Every public callable of complaints.case/statistics/validity/returns/penalties/model
either returns or raises a :class:`~custops.errors.CustopsError` naming the argument —
never an ``AttributeError``, ``OverflowError`` or ``TypeError`` from deep inside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import complaints as cmp
from custops.errors import CustopsError, InvalidInput

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2025, 10, 13, 9, tzinfo=SH)
COMPLAINT = cmp.Complaint(received_at=T0, channel="电话", content="酒有沉淀", complainant="王")
CASE = cmp.Case.open(COMPLAINT, "客户关系顾问", policy="winery")

JUNK: tuple[Any, ...] = (
    None,
    3,
    "x",
    1.5,
    b"x",
    [],
    {},
    object(),
    dt.date.max,
    dt.date.min,
    dt.datetime(2025, 1, 1),  # naive
    dt.datetime.max.replace(tzinfo=SH),
    dt.datetime.min.replace(tzinfo=SH),
    dt.datetime.max.replace(tzinfo=dt.timezone.utc),
)

CALLS: dict[str, Callable[[Any], object]] = {
    "ReviewPeriod.week": lambda v: cmp.ReviewPeriod.week(on=v),
    "ReviewPeriod.month": lambda v: cmp.ReviewPeriod.month(on=v),
    "ReviewPeriod": lambda v: cmp.ReviewPeriod(v, v),
    "statistics(cases)": cmp.statistics,
    "statistics(at=)": lambda v: cmp.statistics([CASE], at=v),
    "statistics(review_period=)": lambda v: cmp.statistics([CASE], review_period=v),
    "statistics(calendar=)": lambda v: cmp.statistics([CASE], calendar=v),
    "Case.status(at=)": lambda v: CASE.status(at=v),
    "Case.as_of(at=)": lambda v: CASE.as_of(at=v),
    "Case.penalty(at=)": lambda v: CASE.penalty(at=v),
    "Case.penalty(loss=)": lambda v: CASE.penalty(at=T0, loss=v),
    "Case.open(policy=)": lambda v: cmp.Case.open(COMPLAINT, "客户关系顾问", policy=v),
    "Case.open(at=)": lambda v: cmp.Case.open(COMPLAINT, "客户关系顾问", policy="winery", at=v),
    "Case.reply(at)": lambda v: CASE.reply(v, "客户关系顾问"),
    "Case.record(action)": lambda v: CASE.record(T0, v, "客户关系经理"),
    "Case.who_may": CASE.who_may,
    "Case.allowed_events": CASE.allowed_events,
    "retention_until": cmp.retention_until,
    "assess_validity": lambda v: cmp.assess_validity(grounds_sufficient=v, demand_reasonable=True),
    "handling_decision": cmp.handling_decision,
    "return_decision": cmp.return_decision,
    "return_decision(outbound_on=)": lambda v: cmp.return_decision("发霉", outbound_on=v),
    "ReturnPolicy.window_end": lambda v: cmp.ReturnPolicy().window_end(v),
    "assess_fine": cmp.assess_fine,
    "score_deduction": cmp.score_deduction,
    "assess_penalty": cmp.assess_penalty,
    "CasePolicy(sla_policy=)": lambda v: cmp.CasePolicy(sla_policy=v),
    "CasePolicy(approvers=)": lambda v: cmp.CasePolicy(sla_policy="dealer", approvers=v),
    "CaseEvent(at)": lambda v: cmp.CaseEvent(v, "reply", "客户关系顾问"),
    "Complaint(received_at=)": lambda v: cmp.Complaint(
        received_at=v, channel="电话", content="x", complainant="y"
    ),
    "Kind.parse": cmp.Kind.parse,
    "Severity.parse": cmp.Severity.parse,
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_junk_is_answered_or_refused_with_a_custops_error(name: str) -> None:
    refused = 0
    for value in JUNK:
        try:
            CALLS[name](value)
        except CustopsError:  # anything else propagates and fails the test
            refused += 1
    assert refused >= 1, f"{name} accepted every junk value"


def test_extremes_of_the_date_range_R_CMP_14() -> None:
    with pytest.raises(InvalidInput, match=r"^on: its week runs past date\.max"):
        cmp.ReviewPeriod.week(on=dt.date.max)
    assert cmp.ReviewPeriod.month(on=dt.date.max).end == dt.date.max
    assert cmp.ReviewPeriod.week(on=dt.date.min).start == dt.date.min
    with pytest.raises(InvalidInput, match=r"^at: "):  # beyond the calendar's years
        cmp.statistics([CASE], at=dt.datetime.max.replace(tzinfo=SH))
    before = cmp.statistics([CASE], at=dt.datetime.min.replace(tzinfo=SH))
    assert (before.case_count, before.recorded_later_count) == (0, 1)
    everything = cmp.statistics([CASE], review_period=(dt.date.min, dt.date.max))
    assert everything.case_count == 1
    with pytest.raises(InvalidInput, match=r"^outbound_on: its window runs past date\.max"):
        cmp.return_decision("发霉", outbound_on=dt.date.max)


@settings(max_examples=40)
@given(st.dates())
def test_property_review_periods_hold_their_day_or_refuse(day: dt.date) -> None:
    for make in (cmp.ReviewPeriod.week, cmp.ReviewPeriod.month):
        try:
            period = make(on=day)
        except InvalidInput:
            assert make is cmp.ReviewPeriod.week
            continue
        assert day in period
        assert period.start <= period.end
