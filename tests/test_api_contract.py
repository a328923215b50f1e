"""The public API contract of DESIGN.md: the names users import, and how they are called.

If one of these tests fails, a change broke users' code: keep the name (add new ones freely).
"""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

CONTRACT = {
    "custops.errors": [
        "CustopsError",
        "InvalidInput",
        "InvalidType",
        "PolicyError",
        "CalendarNotPublished",
        "InsufficientPoints",
        "IllegalTransition",
    ],
    "custops.money": ["yuan", "allocate", "uppercase"],
    "custops.calendars": ["WorkCalendar", "BusinessHours"],
    "custops.periods": ["Period", "deadline"],
    "custops.sla": ["Target", "SlaPolicy", "Clock", "Status", "presets"],
    "custops.complaints": [
        "Kind",
        "Category",
        "Channel",
        "Severity",
        "Complaint",
        "classify",
        "assess_severity",
        "assess_validity",
        "Case",
        "return_decision",
        "statistics",
    ],
    "custops.vip": [
        "VipPolicy",
        "Purchase",
        "qualification",
        "Card",
        "Ledger",
        "quote",
        "registration_report_due",
    ],
    "custops.deposits": ["DepositPolicy", "refund_schedule"],
    "custops.exchange": ["Applicant", "eligibility", "inspection_window", "change_report_due"],
    "custops.secrecy": [
        "Level",
        "MatterKind",
        "Role",
        "Person",
        "Matter",
        "default_level",
        "effective_level",
        "can_know",
        "can_copy",
        "can_lend",
        "copy_of",
        "Decision",
    ],
}


@pytest.mark.parametrize(
    ("module", "name"), [(m, n) for m, names in CONTRACT.items() for n in names]
)
def test_every_contract_name_is_importable(module: str, name: str) -> None:
    assert hasattr(importlib.import_module(module), name)


def test_error_bases() -> None:
    from custops import errors

    assert issubclass(errors.InvalidInput, ValueError)
    assert issubclass(errors.InvalidType, TypeError)
    assert issubclass(errors.CalendarNotPublished, LookupError)
    for name in CONTRACT["custops.errors"]:
        assert issubclass(getattr(errors, name), errors.CustopsError)


def test_calls_as_the_contract_writes_them() -> None:
    from custops.calendars import BusinessHours, WorkCalendar
    from custops.money import allocate, uppercase, yuan
    from custops.periods import Period, deadline

    assert yuan("1.005") == Decimal("1.01")
    assert allocate(yuan(1), [1, 1]) == (Decimal("0.50"), Decimal("0.50"))
    assert uppercase(yuan(1000)) == "壹仟元整"
    cal = WorkCalendar(
        country="CN",
        subdiv=None,
        closures=(),
        extra_workdays=(),
        hours=BusinessHours.standard(),
        tz="Asia/Shanghai",
        strict=False,
    )
    d = dt.date(2025, 9, 30)
    assert cal.is_workday(d)
    assert cal.is_published(2025)
    assert cal.add_workdays(d, 3) == dt.date(2025, 10, 11)  # R-SLA-09 over National Day
    assert cal.workdays_between(d, dt.date(2025, 10, 11)) == 3
    assert cal.next_workday(d) == dt.date(2025, 10, 9)
    start = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert cal.working_time_between(start, cal.add_working_time(start, dt.timedelta(hours=5)))
    assert deadline(start, Period.parse("3个工作日")) == dt.datetime(
        2025, 10, 11, 18, 0, tzinfo=ZoneInfo("Asia/Shanghai")
    )
    for make in (Period.hours, Period.days, Period.workdays, Period.weeks, Period.months):
        assert make(1).amount == 1
    assert Period.years(2) == Period.parse("两年")
    assert Period.working_hours(8).amount == 8


def test_module_level_calls() -> None:
    from custops.complaints import classify, statistics
    from custops.deposits import refund_schedule
    from custops.exchange import change_report_due, inspection_window
    from custops.secrecy import default_level
    from custops.vip import Purchase, qualification, registration_report_due

    assert classify("请问你们几点下班？").kind.value == "consultation"  # R-CMP-01
    assert statistics([]).total == 0
    schedule = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    assert schedule.total == Decimal("800000.00")  # R-DEP-01, R-DEP-02
    assert change_report_due(dt.date(2025, 9, 26)) == dt.date(2025, 10, 16)  # R-SLA-13
    window = inspection_window(2026)  # R-SLA-17
    assert (window.opens, window.closes) == (dt.date(2026, 7, 1), dt.date(2026, 8, 31))
    assert default_level("合同").label == "秘密"  # R-SEC-02
    assert qualification([Purchase(dt.date(2025, 1, 2), "1000")], dt.date(2025, 1, 2)).qualified
    assert registration_report_due("2024-12") == dt.date(2025, 1, 2)  # R-VIP-11
