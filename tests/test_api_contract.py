"""The public API contract: the names users import, and how they are called.

The names each public module exports and the calls as the docs pages write them, after
the One API pass (issue 12, CONTRIBUTING.md "The API convention"): the moment ``on``/``at``
keyword-only for questions and first for recorded events, ``calendar=`` and ``policy=``
keyword-only, every yes/no answer a :class:`~custops.decisions.Decision`, every
enumeration a :class:`~custops.enums.LabelledEnum`. If one of these tests fails, a change
broke users' code: keep the name and the call (add new ones freely). The names renamed by
the pass are listed in ``REMOVED``: nothing was published before it, so no alias is kept.
"""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from custops.decisions import Decision
from custops.enums import LabelledEnum, OrderedEnum
from custops.errors import AccessDenied, InvalidInput, Refused

SH = ZoneInfo("Asia/Shanghai")

CONTRACT = {
    "custops.errors": [
        "CustopsError",
        "InvalidInput",
        "InvalidType",
        "PolicyError",
        "CalendarNotPublished",
        "InsufficientPoints",
        "IllegalTransition",
        "Refused",
        "AccessDenied",
        "LevelRequired",
        "ProvisionalCalendarWarning",
    ],
    "custops.decisions": ["Decision", "Explained"],
    "custops.enums": ["LabelledEnum", "OrderedEnum"],
    "custops.money": ["yuan", "allocate", "uppercase", "to_fen", "from_fen"],
    "custops.calendars": [
        "WorkCalendar",
        "BusinessHours",
        "Interval",
        "Arrangement",
        "DayKind",
        "DayInfo",
        "Roll",
        "HalfDay",
        "china",
        "DAY_RULE",
        "CalendarTable",
    ],
    "custops.periods": [
        "Period",
        "Unit",
        "Deadline",
        "TimedDeadline",
        "deadline",
        "due_date",
        "due_in_month",
    ],
    "custops.sla": [
        "Target",
        "SlaPolicy",
        "SelectionRule",
        "CaseAttribute",
        "Recurrence",
        "Clock",
        "ClockEvent",
        "Status",
        "Cycle",
        "Schedule",
        "Selection",
        "Step",
        "due",
        "due_many",
        "presets",
    ],
    "custops.complaints": [
        "Kind",
        "Category",
        "Channel",
        "Severity",
        "Complaint",
        "classify",
        "classify_many",
        "Classification",
        "SeverityPolicy",
        "assess_severity",
        "assess_validity",
        "ValidityDecision",
        "Case",
        "CasePolicy",
        "CaseEvent",
        "CaseStatus",
        "SixClears",
        "return_decision",
        "ReturnDecision",
        "FineDecision",
        "statistics",
    ],
    "custops.vip": [
        "VipPolicy",
        "Purchase",
        "qualify",
        "qualification_window",
        "Qualification",
        "Holder",
        "is_birthday",
        "Card",
        "CardCheck",
        "Ledger",
        "Line",
        "quote",
        "registration_report_due",
    ],
    "custops.deposits": ["DepositPolicy", "Claim", "Tranche", "refund_schedule"],
    "custops.exchange": [
        "Applicant",
        "eligibility",
        "Eligibility",
        "Check",
        "Checklist",
        "InspectionFinding",
        "inspection_window",
        "inspection_status",
        "change_report_due",
        "litigation_reportable",
    ],
    "custops.secrecy": [
        "Level",
        "MatterKind",
        "Position",
        "Person",
        "Matter",
        "Extension",
        "classify_matter",
        "default_level",
        "effective_level",
        "extend",
        "can_know",
        "can_copy",
        "can_lend",
        "copy_of",
        "who_may_know",
        "access_report",
        "AccessDecision",
    ],
    "custops.service": [
        "check_reply",
        "ReplyCheck",
        "PhraseFinding",
        "greeting_check",
        "GreetingCheck",
        "picking_deadline",
        "website_reply_due",
        "StoreReturnDecision",
        "StoreReturnOutcome",
        "FranchiseOutcome",
        "cash_announcement",
    ],
    "custops.archives": ["archive_due", "can_lend_record", "survey_due", "update_schedule"],
    "custops.moveout": [
        "MoveOutCase",
        "MoveOutStep",
        "RoomCondition",
        "PropertyDepartment",
        "can_leave",
        "LeaveDecision",
    ],
}

#: Old public names the One API pass renamed (issue 12; CHANGELOG "Changed"): gone for good.
REMOVED = {
    "custops.secrecy": ["classify", "Role", "Decision", "DEFAULT_POLICY"],
    "custops.archives": ["can_lend"],
    "custops.moveout": ["Step", "Condition", "Department", "Event"],
    "custops.exchange": ["Finding", "Ruling"],
    "custops.service": [
        "ReturnDecision",
        "ReturnOutcome",
        "Finding",
        "GreetingOutcome",
        "PhoneOutcome",
    ],
    "custops.complaints": ["SeverityCriteria", "FineOutcome"],
    "custops.sla": ["normalise_value"],
}


@pytest.mark.parametrize(
    ("module", "name"), [(m, n) for m, names in CONTRACT.items() for n in names]
)
def test_every_contract_name_is_exported(module: str, name: str) -> None:
    imported = importlib.import_module(module)
    assert hasattr(imported, name)
    assert name in imported.__all__


@pytest.mark.parametrize(
    ("module", "name"), [(m, n) for m, names in REMOVED.items() for n in names]
)
def test_renamed_names_are_gone(module: str, name: str) -> None:
    imported = importlib.import_module(module)
    assert name not in imported.__all__
    left = getattr(imported, name, None)  # an import of the shared name is not a definition
    assert left is None or getattr(left, "__module__", "") != module


def test_error_bases() -> None:
    from custops import errors

    assert issubclass(errors.InvalidInput, ValueError)
    assert issubclass(errors.InvalidType, TypeError)
    assert issubclass(errors.CalendarNotPublished, LookupError)
    assert issubclass(errors.AccessDenied, errors.Refused)
    for name in CONTRACT["custops.errors"]:
        if name != "ProvisionalCalendarWarning":
            assert issubclass(getattr(errors, name), errors.CustopsError)


def test_calendar_and_period_calls_as_docs_calendars_and_periods_write_them() -> None:
    from custops.calendars import BusinessHours, DayKind, Roll, WorkCalendar
    from custops.money import allocate, uppercase, yuan
    from custops.periods import Period, deadline, due_date

    assert yuan("1.005") == Decimal("1.01")
    assert allocate(yuan(1), [1, 1]) == (Decimal("0.50"), Decimal("0.50"))
    assert uppercase(yuan(1000)) == "壹仟元整"
    cal = WorkCalendar(
        country="CN",
        subdiv=None,
        closures=(),
        extra_workdays=(),
        business_hours=BusinessHours.standard(),
        zone="Asia/Shanghai",
        strict=False,
    )
    day = dt.date(2025, 9, 30)
    assert cal.is_workday(day)
    assert cal.is_published(2025)
    assert cal.add_workdays(day, 3) == dt.date(2025, 10, 11)  # R-SLA-09 over National Day
    assert cal.workdays_between(day, dt.date(2025, 10, 11)) == 3
    assert cal.next_workday(day) == dt.date(2025, 10, 9)
    assert cal.roll(dt.date(2025, 10, 1)) == dt.date(2025, 10, 9)
    assert cal.roll(dt.date(2025, 10, 1), roll=Roll.PRECEDING) == day
    assert cal.day_kind(dt.date(2025, 10, 8)) is DayKind.SWAPPED_REST_DAY  # issue 14 item 1
    assert cal.day_info(dt.date(2025, 10, 11)).outcome.label == "调休上班"
    start = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)
    assert cal.working_time_between(start, cal.add_working_time(start, dt.timedelta(hours=5)))
    due = dt.datetime(2025, 10, 11, 18, 0, tzinfo=SH)
    assert deadline(start, Period.parse("3个工作日")) == due
    assert deadline(start, "3个工作日", calendar=cal) == due
    assert deadline(start, "3个工作日", calendar=cal, explain=True).ends_on == due.date()
    assert due_date(day, "一周", calendar=cal) == dt.date(2025, 10, 9)  # R-SLA-13: art. 203
    for make in (Period.hours, Period.days, Period.workdays, Period.weeks, Period.months):
        assert make(1).count == 1
    assert Period.years(2) == Period.parse("两年")
    assert Period.working_hours(8).count == 8


def test_sla_calls_take_the_moment_first_and_ask_with_at() -> None:
    from custops.sla import Clock, Target, due_many, presets

    start = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)
    clock = Clock.start(start, Target("resolve", "3个工作日", rule="R-SLA-09"))
    paused = clock.pause(start + dt.timedelta(hours=1), note="waiting for the customer")
    status = paused.status(at=start + dt.timedelta(hours=2))
    assert status.state.value == "paused"
    assert status.rule == "R-SLA-09"
    assert clock.status(at=start).due_at == dt.datetime(2025, 10, 11, 18, 0, tzinfo=SH)
    assert due_many([start], Target("reply", "24小时"))[0] == start + dt.timedelta(hours=24)
    schedule = presets.get("winery").schedule(
        {"channel": "phone", "kind": "complaint", "category": "product_quality"}, received_at=start
    )
    assert next(step.target.name for step in schedule.steps) == "reply"
    assert schedule.explain().splitlines()[0] == str(schedule)


def test_yes_no_answers_are_decisions() -> None:
    from custops.secrecy import HQ, Person, can_copy, can_know, classify_matter

    matter = classify_matter(
        "S-1",
        "合同",
        owner="华东公司",
        classified_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2026, 12, 31),
    )
    boss = Person("wang", company=HQ, positions={"总公司总经理"})
    clerk = Person("li", company="华东公司", positions={"员工"})
    day = dt.date(2025, 6, 3)
    yes = can_know(boss, matter, on=day)
    no = can_copy(clerk, matter, on=day)
    assert isinstance(yes, Decision)
    assert isinstance(no, Decision)
    assert bool(yes)
    assert not bool(no)
    assert str(yes).startswith("allowed (R-SEC-04): ")
    assert "R-SEC" not in no.reason
    assert yes.require() is yes
    with pytest.raises(AccessDenied) as refused:
        no.require()
    assert isinstance(refused.value, Refused)


def test_enumerations_share_one_base() -> None:
    from custops.complaints import Kind, Severity
    from custops.secrecy import Level

    assert issubclass(Kind, LabelledEnum)
    assert issubclass(Level, OrderedEnum)
    assert issubclass(Severity, OrderedEnum)
    assert (Kind.COMPLAINT.value, Kind.COMPLAINT.label, str(Kind.COMPLAINT)) == (
        "complaint",
        "投诉",
        "投诉",
    )
    assert Level.parse("机密") is Level.CONFIDENTIAL > Level.SECRET
    assert ("complaint", "投诉") in Kind.choices()
    with pytest.raises(InvalidInput, match=r"^kind: "):
        Kind.parse("天气", argument="kind")


def test_module_level_calls() -> None:
    from custops.complaints import classify, statistics
    from custops.deposits import refund_schedule
    from custops.exchange import change_report_due, inspection_window
    from custops.secrecy import default_level
    from custops.vip import Purchase, qualify, registration_report_due

    assert classify("请问你们几点下班？").kind.value == "consultation"  # R-CMP-01
    assert statistics([]).case_count == 0
    schedule = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    assert schedule.total == Decimal("800000.00")  # R-DEP-01, R-DEP-02
    assert change_report_due(dt.date(2025, 9, 26)) == dt.date(2025, 10, 16)  # R-SLA-13
    window = inspection_window(2026)  # R-SLA-17
    assert (window.start, window.end) == (dt.date(2026, 7, 1), dt.date(2026, 8, 31))
    assert default_level("合同").label == "秘密"  # R-SEC-02
    qualified = qualify([Purchase(dt.date(2025, 1, 2), "1000")], on=dt.date(2025, 1, 2))
    assert qualified.allowed
    assert isinstance(qualified, Decision)
    assert registration_report_due(on=dt.date(2024, 12, 1)) == dt.date(2025, 1, 2)  # R-VIP-11


def test_case_and_ledger_calls_record_the_moment_first() -> None:
    from custops.complaints import Case, Complaint
    from custops.vip import Card, Holder, Ledger

    received = dt.datetime(2025, 6, 3, 10, 0, tzinfo=SH)
    complaint = Complaint("电话", "酒有怪味", "王先生", received_at=received)
    case = Case.open(complaint, "客户关系顾问", policy="dealer")
    case = case.classify(
        received + dt.timedelta(hours=1),
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert case.status(at=received + dt.timedelta(hours=2)).rule
    card = Card.issue("VIP-1", Holder("C1", "韩梅梅"), on=dt.date(2025, 1, 2))
    ledger = Ledger(card).earn(dt.date(2025, 2, 1), "500", "R-1")  # R-VIP-05
    assert ledger.valid_points(on=dt.date(2025, 2, 1)) == 5  # R-VIP-05: one point per 100 yuan paid
