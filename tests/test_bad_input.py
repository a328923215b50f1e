"""Bad input, module by module: it fails loudly and early (CONTRIBUTING.md, "Errors").

Every error custops raises is a :class:`~custops.errors.CustopsError` (a wrong type an
:class:`~custops.errors.InvalidType`, also a ``TypeError``; a wrong value an
:class:`~custops.errors.InvalidInput`, also a ``ValueError``) whose message names the
argument; nothing else escapes from inside the library, and a refused operation leaves
every value as it was.

Five layers:

1. ``CALLS``: one valid call of every public function, constructor and method of every
   public module (enumerated through each module's ``__all__``; output-only result values
   are listed in ``OUTPUT_ONLY``); ``test_every_public_name_is_covered`` keeps it complete.
2. ``test_junk_in_every_argument``: each argument of each of those calls replaced in turn by
   junk (None, a float, NaN, text, a negative number, a huge int, a bool, bytes, lists,
   dicts, ``object()``, a naive datetime, a date, a timedelta ...): the call returns or
   raises a CustopsError naming that argument; a float, bytes, ``object()`` or a naive
   datetime is never accepted silently.
3. ``EXTREMES`` (issue 14, item 5): each argument of each call in turn at an edge of the
   range (``date.min``/``date.max``, aware ``datetime.min``/``datetime.max`` in zones east
   and west of UTC, ``±10**30``, 1 MB texts, a zone name over 255 bytes): a result or a
   CustopsError, never another exception.  Today's exceptions to the rule, in other
   owners' modules, are listed in ``KNOWN`` and marked ``xfail(strict=True)``.
4. ``BAD``: a readable table of the wrong inputs the principle lists (money as a float, a
   naive datetime, a datetime or a str for a date, None, a negative amount, an unknown
   label, an end before its start, a bool for an int, an empty collection, ``object()``),
   each with the error class and the argument the message must name.
5. A Hypothesis property throwing random junk at a representative set of functions, and
   "nothing is half-applied" checks on the immutable values (Ledger, Case, Clock,
   MoveOutCase).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import pickle
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import (
    archives,
    calendars,
    complaints,
    decisions,
    deposits,
    exchange,
    money,
    moveout,
    periods,
    purchasing,
    secrecy,
    serial,
    service,
    sla,
    vector,
    vip,
)
from custops.errors import (
    CustopsError,
    IllegalTransition,
    InsufficientPoints,
    InvalidInput,
    InvalidType,
    PolicyError,
)

MODULES = (
    money,
    calendars,
    periods,
    sla,
    complaints,
    vip,
    deposits,
    exchange,
    secrecy,
    service,
    moveout,
    purchasing,
    archives,
    decisions,
    serial,
    vector,
)

# --------------------------------------------------------------------------- valid values

SH = ZoneInfo("Asia/Shanghai")
D = dt.date(2025, 6, 3)
D2 = dt.date(2025, 6, 10)
T = dt.datetime(2025, 6, 3, 10, 0, tzinfo=SH)
T2 = dt.datetime(2025, 6, 4, 10, 0, tzinfo=SH)
CAL = calendars.china()


def _complaint() -> complaints.Complaint:
    return complaints.Complaint(
        "电话", "酒有怪味", "王先生", received_at=T, contact="138 0000 0000"
    )


def _case() -> complaints.Case:
    return complaints.Case.open(_complaint(), "客户关系顾问", policy="dealer")


def _classified() -> complaints.Case:
    return _case().classify(
        T2,
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        severity="一般",
        grounds_sufficient=True,
        demand_reasonable=True,
    )


def _flows() -> dict[str, complaints.Case]:
    """A case in each state a Case method needs (D1 flow; major, consultation, suggestion)."""
    h = dt.timedelta(hours=1)
    out: dict[str, complaints.Case] = {}
    case = out["classified"] = _classified()
    case = out["assigned"] = case.assign(T2 + h, "客户关系经理", "质量部")
    case = out["proposed"] = case.propose(T2 + 2 * h, "服务经理", solution="换货")
    case = out["approved"] = case.approve(T2 + 3 * h, "总经理")
    case = out["notified"] = case.notify(T2 + 4 * h, "客户关系顾问")
    out["unsatisfied"] = case.survey(T2 + 5 * h, "客户关系经理", satisfied=False)
    case = out["surveyed"] = case.survey(T2 + 5 * h, "客户关系顾问", satisfied=True)
    out["closed"] = case.close(T2 + 6 * h, "客户关系经理", result="换货")
    out["escalated"] = out["classified"].escalate(T2 + h, "客户关系经理", department="质量部")
    out["not_established"] = _case().classify(
        T2,
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=False,
    )
    out["suggestion"] = complaints.Case.open(
        _complaint(), "客户关系顾问", policy=complaints.CasePolicy(sla_policy=sla.presets.TOBACCO)
    ).classify(T2, "客户关系经理", kind="建议", category="建议批评")
    out["praise"] = _case().classify(T2, "客户关系经理", kind="表扬", category="服务质量")
    # a desk that lets a case wait on the customer (CasePolicy.pause_for_customer)
    waits = complaints.CasePolicy(sla_policy="dealer", pause_for_customer=True)
    out["pausable"] = complaints.Case(_complaint(), out["classified"].events, policy=waits)
    out["paused"] = out["pausable"].pause(T2 + h, "客户关系顾问", "等待客户提供照片")
    # a complaint recorded before its loss is known (claimed_loss None)
    unknown = complaints.Complaint(
        "电话", "酒有怪味", "王先生", received_at=T, contact="138 0000 0000", claimed_loss=None
    )
    out["loss_unknown"] = complaints.Case(unknown, out["classified"].events, policy="dealer")
    return out


HOLDER = vip.Holder("C001", "韩梅梅", born_on=dt.date(1990, 5, 1))
CARD = vip.Card.issue("VIP-1", HOLDER, on=dt.date(2025, 1, 2))
LEDGER = vip.Ledger(CARD).earn(dt.date(2025, 2, 1), "500", "R-1")
TARGET = sla.Target("resolve", "3个工作日", rule="R-SLA-09")
CLOCK = sla.Clock.start(T, TARGET)
FEEDBACK = sla.Target("feedback", "24小时", starts_after="resolve")
UPDATES = sla.Clock.start(T, sla.Target("update", "1个工作日", recurrence="every"))
POLICY = sla.presets.dealer()
SELECTION = POLICY.select()
HQ = secrecy.HQ
PERSON = secrecy.Person("wang", company=HQ, positions={"总公司总经理"})
STAFF = secrecy.Person("li", company="华东公司", positions={"员工"})
MATTER = secrecy.classify_matter(
    "S-1",
    "合同",
    owner="华东公司",
    classified_on=dt.date(2025, 1, 1),
    ends_on=dt.date(2026, 12, 31),
)
ARCHIVE = archives.Archive(
    "某医院",
    created_on=D,
    records=list(archives.RecordKind),
    contents=list(archives.FileContent),
    keeper_id="王五",
    approved_by_id="赵六",
)
LOAN = archives.LoanRequest("李四", "相关业务人员", "核对", on=D, due_back_on=D2)
MOVE = moveout.MoveOutCase.open(
    "A-1",
    "某公司",
    on=D,
    deposits=[moveout.Charge("装修押金", "2000")],
    arrears=[moveout.Charge("租金", "3000")],
    issued_pass_count=2,
    issued_key_count=2,
    parking=True,
).receive_leasing_notice(D)
RETURNED = MOVE.return_items(D, pass_count=2, key_count=2)
INSPECTED = RETURNED.inspect(D2, restored=True)
SETTLED = INSPECTED.release_parking(D2).settle(D2, collected="1000")
APPLICANT = exchange.Applicant(
    registered_capital="20000000",
    fixed_premises=True,
    it_adequate=True,
    governance_sound=True,
    fees_paid=True,
    staff=[exchange.StaffMember("senior", 6)],
)
LIMIT = purchasing.CostLimit("per_tonne", "100")
PERIOD = periods.Period.workdays(3)


def entries() -> list[tuple[str, Callable[..., Any], dict[str, Any]]]:
    """``(id, callable, valid kwargs)`` for every public callable taking input."""
    e: list[tuple[str, Callable[..., Any], dict[str, Any]]] = []

    def add(_id: str, _fn: Callable[..., Any], /, **kw: Any) -> None:
        e.append((_id, _fn, kw))

    # money
    add("money.yuan", money.yuan, value="1.50")
    add("money.allocate", money.allocate, total="10", weights=[1, 2])
    add("money.uppercase", money.uppercase, amount="12.30")
    add("money.to_fen", money.to_fen, amount=Decimal("1.23"))
    add("money.from_fen", money.from_fen, fen=123)
    add("money.total", money.total, amounts=[Decimal("1.23"), "2"])
    add("money.difference", money.difference, amount=Decimal("1.23"), less="0.23")
    # calendars
    add("calendars.WorkCalendar", calendars.WorkCalendar)
    add(
        "calendars.WorkCalendar.public_holidays",
        calendars.WorkCalendar,
        weekend=(),
        public_holidays=False,
        days_in_lieu=False,
    )
    add(
        "calendars.WorkCalendar.every_day",
        calendars.WorkCalendar.every_day,
        country="CN",
        business_hours=None,
        zone="Asia/Shanghai",
        closures=[D],
    )
    add(
        "calendars.Arrangement",
        calendars.Arrangement,
        year=2025,
        holidays={dt.date(2025, 10, 1): "国庆节"},
        makeup_workdays=[dt.date(2025, 9, 28)],
    )
    add("calendars.BusinessHours", calendars.BusinessHours, weekly=["09:00-18:00"] * 5 + [(), ()])
    add(
        "calendars.BusinessHours.intervals_on",
        calendars.BusinessHours.standard().intervals_on,
        weekday=0,
    )
    add(
        "calendars.BusinessHours.day_length",
        calendars.BusinessHours.standard().day_length,
        weekday=0,
    )
    add(
        "calendars.BusinessHours.with_dates",
        calendars.BusinessHours.standard().with_dates,
        by_day={D: ["09:00-12:00"]},
    )
    add("calendars.Interval", calendars.Interval, start="09:00", end="12:00")
    add("calendars.Interval.parse", calendars.Interval.parse, text="09:00-12:00")
    calendar_calls: list[tuple[str, dict[str, Any]]] = [
        ("is_published", {"year": 2025}),
        ("is_workday", {"day": D}),
        ("day_kind", {"day": D}),
        ("is_statutory_holiday", {"day": D}),
        ("holiday_name", {"day": D}),
        ("day_info", {"day": D}),
        ("add_workdays", {"day": D, "workdays": 3}),
        ("next_workday", {"day": D}),
        ("previous_workday", {"day": D}),
        ("roll", {"day": D}),
        ("workdays_between", {"start": D, "end": D2}),
        ("rest_days_between", {"start": D, "end": D2}),
        ("to_local", {"at": T}),
        ("business_intervals", {"day": D}),
        ("close_of_business", {"day": D}),
        ("add_working_time", {"at": T, "delta": dt.timedelta(hours=3)}),
        ("working_time_between", {"start": T, "end": T2}),
        ("table", {"start": D, "end": D2}),
    ]
    for m, kw in calendar_calls:
        add(f"calendars.WorkCalendar.{m}", getattr(CAL, m), **kw)
    # periods
    add("periods.Period", periods.Period, count=3, unit="workdays")
    for m in ("minutes", "hours", "days", "weeks", "months", "years", "workdays", "working_hours"):
        add(f"periods.Period.{m}", getattr(periods.Period, m), count=2)
    add("periods.Period.parse", periods.Period.parse, text="3个工作日")
    add("periods.deadline", periods.deadline, start=T, period="3个工作日", calendar=CAL)
    add("periods.provisional", periods.provisional, start=T, period="3个工作日", calendar=CAL)
    add("periods.due_date", periods.due_date, start=D, period="3个工作日", calendar=CAL)
    add("periods.window_start", periods.window_start, end=D, period="一周")
    add("periods.due_in_month", periods.due_in_month, start=D, text="次月2日", calendar=CAL)
    # sla
    add("sla.Target", sla.Target, name="reply", period="24小时")
    add("sla.Target.period_for", TARGET.period_for, special=False, promised=None)
    add("sla.Clock.start", sla.Clock.start, target=TARGET, at=T, calendar=CAL)
    add("sla.Clock.start_after", sla.Clock.start_after, target=FEEDBACK, previous=CLOCK.stop(T2))
    add("sla.Clock.pause", CLOCK.pause, at=T2, note="wait")
    add("sla.Clock.resume", CLOCK.pause(T2).resume, at=T2 + dt.timedelta(hours=1), note="")
    add("sla.Clock.stop", CLOCK.stop, at=T2, note="done")
    add("sla.Clock.restart", CLOCK.stop(T2).restart, at=T2 + dt.timedelta(hours=1), note="")
    add("sla.Clock.renew", UPDATES.renew, at=T2, note="called")
    add("sla.Clock.cancel", CLOCK.cancel, at=T2, note="closed")
    add(  # a target with a special period: the flag is refused on one without (R-SLA-09)
        "sla.Clock.as_special",
        sla.Clock.start(
            T, sla.Target("resolve", "3个工作日", special_period="7个工作日")
        ).as_special,
        special=True,
        special_from_cycle=1,
    )
    add("sla.Clock.status", CLOCK.status, at=T2)
    add("sla.ClockEvent", sla.ClockEvent, kind="start", at=T, note="")
    add(
        "sla.SelectionRule",
        sla.SelectionRule,
        name="all",
        target_names=["resolve"],
        rule="R-SLA-01",
        label="全部",
    )
    add(
        "sla.SlaPolicy",
        sla.SlaPolicy,
        name="mine",
        targets=[TARGET],
        rules=[sla.SelectionRule("all", ["resolve"])],
    )
    add("sla.SlaPolicy.target_named", POLICY.target_named, name="solution")

    def schedule(received_at: Any, attributes: Any = None, promised_periods: Any = None) -> Any:
        return POLICY.schedule(
            attributes, received_at=received_at, promised_periods=promised_periods
        )

    def select(attributes: Any) -> Any:
        return POLICY.select(attributes)

    add("sla.SlaPolicy.schedule", schedule, received_at=T)

    def schedule_many(received_at: Any, channel: Any, promised_periods: Any = None) -> Any:
        return POLICY.schedule_many(
            received_at=received_at, channel=channel, promised_periods=promised_periods
        )

    def select_many(attributes: Any, channel: Any = None) -> Any:
        return POLICY.select_many(attributes, channel=channel)

    add("sla.SlaPolicy.schedule_many", schedule_many, received_at=[T, T2], channel=["电话", "网站"])
    add("sla.SlaPolicy.select_many", select_many, attributes=[{"severity": "major"}, {}])
    add("sla.SlaPolicy.select", select, attributes={"severity": "major"})
    add("sla.Selection.target_named", SELECTION.target_named, name="solution")
    add("sla.Selection.start_clocks", SELECTION.start_clocks, at=T)
    add("sla.due", sla.due, start=T, target=TARGET, calendar=CAL)
    add("sla.due_many", sla.due_many, starts=[T, T2], target=TARGET, calendar=CAL)
    add("sla.CaseAttribute", sla.CaseAttribute, name="priority", values=["low", "high"])
    add("sla.CaseAttribute.read", sla.CaseAttribute("tier", ["gold"]).read, value="Gold")
    add("sla.presets.get", sla.presets.get, name="dealer")
    # complaints
    add(
        "complaints.Complaint",
        complaints.Complaint,
        received_at=T,
        channel="电话",
        content="酒有怪味",
        complainant="王先生",
    )
    add(
        "complaints.Case.open",
        complaints.Case.open,
        complaint=_complaint(),
        role="客户关系顾问",
        policy="dealer",
    )
    case = _case()
    ccase = _classified()
    add(
        "complaints.Case.classify",
        case.classify,
        at=T2,
        role="客户关系经理",
        kind="投诉",
        category="产品质量",
        severity="一般",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    add("complaints.Case.assign", ccase.assign, at=T2, role="客户关系经理", department="质量部")
    add("complaints.Case.reply", case.reply, at=T2, role="客户关系顾问")
    add(
        "complaints.Case.apply", case.apply, event=complaints.CaseEvent(T2, "reply", "客户关系顾问")
    )
    add("complaints.Case.allowed_events", case.allowed_events, role="客户关系顾问")
    add("complaints.Case.who_may", case.who_may, action="classify")
    add("complaints.Case.as_of", case.as_of, at=T2)
    add("complaints.Case.status", case.status, at=T2)
    add("complaints.Case.penalty", ccase.penalty, at=T2, loss="100")
    add("complaints.CaseEvent", complaints.CaseEvent, at=T2, action="reply", role="客户关系顾问")
    add("complaints.CasePolicy", complaints.CasePolicy, sla_policy="dealer")
    add(
        "complaints.CasePolicy.roles_for",
        complaints.CasePolicy(sla_policy="dealer").roles_for,
        action="classify",
    )
    add(
        "complaints.CasePolicy.stops_for",
        complaints.CasePolicy(sla_policy="dealer").stops_for,
        action="propose",
    )
    add(
        "complaints.CasePolicy.role_names",
        complaints.CasePolicy,
        sla_policy="dealer",
        role_names={"客服": "客户关系顾问"},
    )
    add(
        "complaints.CasePolicy.staff_role",
        complaints.CasePolicy(sla_policy="dealer", role_names={"客服": "客户关系顾问"}).staff_role,
        role="客服",
    )
    add(
        "complaints.CasePolicy.department_names",
        complaints.CasePolicy,
        sla_policy="dealer",
        department_names={"财务部": "综合部"},
    )
    add(
        "complaints.CasePolicy.staff_department",
        complaints.CasePolicy(
            sla_policy="dealer", department_names={"财务部": "综合部"}
        ).staff_department,
        department="财务部",
    )
    add(
        "complaints.CasePolicy.category_names",
        complaints.CasePolicy,
        sla_policy="winery",
        category_names={"口感异味": "产品质量"},
    )
    add(
        "complaints.CasePolicy.staff_category",
        complaints.CasePolicy(
            sla_policy="winery", category_names={"口感异味": "产品质量"}
        ).staff_category,
        category="口感异味",
    )
    add(
        "complaints.CasePolicy.severity_names",
        complaints.CasePolicy,
        sla_policy="winery",
        severity_names={"紧急": "重大"},
    )
    add(
        "complaints.CasePolicy.staff_severity",
        complaints.CasePolicy(sla_policy="winery", severity_names={"紧急": "重大"}).staff_severity,
        severity="紧急",
    )
    add(
        "complaints.CasePolicy.explaining_department",
        complaints.CasePolicy(
            sla_policy="winery", category_names={"口感异味": "产品质量"}
        ).explaining_department,
        category="口感异味",
    )
    add(
        "complaints.CasePolicy.roles_source",
        complaints.CasePolicy(sla_policy="winery").roles_source,
        action="classify",
    )
    add("complaints.classify", complaints.classify, text="酒里有沉淀，我要退货")
    add("complaints.normalise", complaints.normalise, text="酒里有沉淀")
    add("complaints.classify_many", complaints.classify_many, texts=["酒里有沉淀", "请问几点关门"])
    add(
        "complaints.prepare_classifier",
        complaints.prepare_classifier,
        policy=complaints.DEFAULT_CLASSIFIER_POLICY,
    )
    add(
        "complaints.find_matches",
        complaints.find_matches,
        text="有沉淀",
        policy=complaints.DEFAULT_CLASSIFIER_POLICY,
    )
    add(
        "complaints.Rule",
        complaints.Rule,
        id="my.rule",
        kind="投诉",
        terms=["鼓包"],
        silencers=["没有鼓包"],
    )
    add(
        "complaints.ClassifierPolicy.department_for",
        complaints.DEFAULT_CLASSIFIER_POLICY.department_for,
        category="产品质量",
    )

    def without(ids: Any) -> Any:
        return complaints.DEFAULT_CLASSIFIER_POLICY.without(ids)

    def extended(rules: Any) -> Any:
        return complaints.DEFAULT_CLASSIFIER_POLICY.extended(rules)

    add("complaints.ClassifierPolicy.without", without, ids="kind.complaint")
    add(
        "complaints.ClassifierPolicy.extended",
        extended,
        rules=complaints.Rule("x.y", kind="投诉", terms=["鼓包"]),
    )
    add(
        "complaints.ClassifierPolicy.with_departments",
        complaints.DEFAULT_CLASSIFIER_POLICY.with_departments,
        departments={"产品质量": "质量部"},
    )
    add(
        "complaints.assess_severity",
        complaints.assess_severity,
        complaint=_complaint(),
        prior_complaint_count=0,
    )
    add(
        "complaints.SeverityPolicy",
        complaints.SeverityPolicy,
        loss_threshold="500",
        regulators=(*complaints.REGULATOR_WORDS, "省国资委"),
    )
    add(
        "complaints.grounds_reason",
        complaints.grounds_reason,
        severity_grounds=((complaints.Signal.LOSS, ((), (Decimal("12000"), Decimal("10000")))),),
    )
    add(
        "complaints.assess_validity",
        complaints.assess_validity,
        grounds_sufficient=True,
        demand_reasonable=False,
    )
    add("complaints.handling_decision", complaints.handling_decision, handling_class="violation")
    add(
        "complaints.return_decision",
        complaints.return_decision,
        defect="mould",
        cause="product",
        outbound_on=D,
        found_on=D2,
    )
    add("complaints.ReturnPolicy", complaints.ReturnPolicy, mould_window_days=15)
    add(
        "complaints.ReturnPolicy.defect_names",
        complaints.ReturnPolicy,
        defect_names={"沉淀悬浮": "较大悬浮物"},
    )
    add("complaints.ReturnPolicy.window_end", complaints.ReturnPolicy().window_end, outbound_on=D)
    add("complaints.assess_fine", complaints.assess_fine, amount="500")
    add(
        "complaints.assess_penalty",
        complaints.assess_penalty,
        loss="500",
        scheme="per_case",
        delayed=["handler"],
    )
    add("complaints.score_deduction", complaints.score_deduction, complaint_count=2)
    add("complaints.PenaltyPolicy", complaints.PenaltyPolicy, fine_min="200", fine_max="1500")
    add("complaints.ResponsibilityPolicy", complaints.ResponsibilityPolicy)
    add(
        "complaints.ResponsibilityPolicy.fine_for",
        complaints.ResponsibilityPolicy().fine_for,
        loss=Decimal("500"),
    )
    add(
        "complaints.ResponsibilityPolicy.by_loss",
        complaints.ResponsibilityPolicy().by_loss,
        scheme="per_case",
    )
    add("complaints.RetentionPolicy", complaints.RetentionPolicy, ordinary_years=1)
    add("complaints.retention_until", complaints.retention_until, case=case)
    add("complaints.record_retention", complaints.record_retention, closed_on=D, important=False)
    add("complaints.statistics", complaints.statistics, cases=[case], review_period=(D, D2), at=T2)
    add("complaints.ReviewPeriod", complaints.ReviewPeriod, start=D, end=D2)
    add("complaints.ReviewPeriod.week", complaints.ReviewPeriod.week, on=D)
    add("complaints.ReviewPeriod.month", complaints.ReviewPeriod.month, on=D)
    add(
        "complaints.PenaltyAssessment.for_party",
        complaints.assess_penalty("500").for_party,
        party="handler",
    )
    # vip
    add("vip.VipPolicy", vip.VipPolicy)
    add("vip.Purchase", vip.Purchase, on=D, paid="100", ref="R-1")
    add("vip.Purchase.net_as_of", vip.Purchase(D, "100", "R-1").net_as_of, on=D)
    add("vip.qualify", vip.qualify, purchases=[vip.Purchase(D, "1200")], on=D2)
    add("vip.qualification_window", vip.qualification_window, on=D)
    add("vip.is_birthday", vip.is_birthday, born_on=dt.date(1990, 6, 3), on=D)
    add("vip.Holder", vip.Holder, customer_id="C9", name="李雷", born_on=dt.date(1992, 2, 29))
    add("vip.Card", vip.Card, number="V-2", holder=HOLDER, issued_on=D, last_valid_on=D2)
    add("vip.Card.issue", vip.Card.issue, number="V-3", holder=HOLDER, on=D)
    add("vip.Card.check", CARD.check, on=D, presented_by=HOLDER)
    add("vip.Card.renew", CARD.renew, number="V-4", on=CARD.last_valid_on)
    add("vip.Card.replace", CARD.replace, number="V-5", on=D)
    add("vip.Card.transfer_to", CARD.transfer_to, holder=HOLDER)
    add(
        "vip.Card.amend", CARD.amend, holder=vip.Holder("C001", "韩梅", born_on=dt.date(1991, 5, 1))
    )
    add("vip.Ledger", vip.Ledger, card=CARD)
    add("vip.Ledger.valid_points", LEDGER.valid_points, on=D)
    add("vip.Ledger.tier_points", LEDGER.tier_points, on=D)
    add("vip.Ledger.tier_points_before", LEDGER.tier_points_before, ref="R-1")
    add("vip.Ledger.lapsing", LEDGER.lapsing, on=D)
    add("vip.Ledger.points_for", LEDGER.points_for, paid="120")
    add("vip.Ledger.earn", LEDGER.earn, paid="120", on=D, ref="R-2")
    add("vip.Ledger.earn_many", LEDGER.earn_many, purchases=[vip.Purchase(D, "120", "R-2")])
    add("vip.Ledger.redeem", LEDGER.redeem, points=5, on=D, gift="酒杯")
    add("vip.Ledger.reverse", LEDGER.reverse, ref="R-1", on=D, amount="100")
    add("vip.Ledger.expire", LEDGER.expire, on=D)
    add("vip.Ledger.move_to", LEDGER.move_to, card=CARD.replace("V-6", on=D), on=D)
    add("vip.Ledger.close", LEDGER.close, card=CARD.replace("V-7", on=D), on=D)
    add("vip.Ledger.amend", LEDGER.amend, card=CARD.amend(vip.Holder("C001", "韩梅")), on=D)
    add("vip.Ledger.open_balance", vip.Ledger(CARD).open_balance, on=D, points=5, ref="OB-1")
    add("vip.Ledger.combine", LEDGER.combine, other=LEDGER)
    add("vip.Line", vip.Line, list_price="100", quantity=2, promotion_price="95")
    add(
        "vip.quote",
        vip.quote,
        lines=[vip.Line("100")],
        card=CARD,
        on=D,
        id_verified=True,
        ledger=vip.Ledger(CARD).open_balance(D, 0, "OB-2", carry="70"),
    )
    quoted = vip.quote([vip.Line("33.35", 3)], CARD, on=D, ledger=LEDGER)
    add("vip.Quote.credit", quoted.credit, ledger=LEDGER, ref="R-3")
    add("vip.QuoteLine.refund_for", quoted.lines[0].refund_for, quantity=2, returned_count=1)
    add("vip.registration_report_due", vip.registration_report_due, on=D)
    add(
        "vip.member_rate",
        vip.member_rate,
        card=CARD,
        on=D,
        ledger=LEDGER,
        purchases=[vip.Purchase(D, "1200")],
    )
    # deposits
    add(
        "deposits.Claim", deposits.Claim, amount="100", on=D, description="欠费", kind="unpaid_fees"
    )
    add("deposits.Tranche", deposits.Tranche, months=4, share="0.40")
    add(
        "deposits.Tranche.scheduled_after",
        deposits.Tranche(4, "0.4").scheduled_after,
        announced_on=D,
    )
    add("deposits.DepositPolicy", deposits.DepositPolicy)
    add("deposits.DepositPolicy.round", deposits.DepositPolicy().round, amount=Decimal("1.234"))
    add("money.Rounding.round", money.Rounding.DOWN.round, amount=Decimal("1.239"))
    add("money.Rounding.times", money.Rounding.DOWN.times, amount="1.25", factor="0.20")
    add(
        "deposits.DepositPolicy.reserve_of",
        deposits.DepositPolicy().reserve_of,
        peak=Decimal("1000"),
    )
    add(
        "deposits.DepositPolicy.reserve_share",
        deposits.DepositPolicy().reserve_share,
        peak=Decimal("1000"),
    )
    add(
        "deposits.refund_schedule",
        deposits.refund_schedule,
        peak="10000",
        balance="8000",
        announced_on=D,
        calendar=CAL,
    )
    add(
        "deposits.peak_deposit",
        deposits.peak_deposit,
        balances={D - dt.timedelta(days=30): "10000", D: "8000"},
        announced_on=D,
    )
    # exchange
    add(
        "exchange.Applicant",
        exchange.Applicant,
        registered_capital="20000000",
        fixed_premises=True,
        it_adequate=True,
        governance_sound=True,
        fees_paid=True,
    )
    add("exchange.StaffMember", exchange.StaffMember, staff_level="senior", years=6)
    add("exchange.ExchangePolicy", exchange.ExchangePolicy)
    add("exchange.eligibility", exchange.eligibility, applicant=APPLICANT)
    add("exchange.inspection_window", exchange.inspection_window, year=2025)
    add(
        "exchange.inspection_status",
        exchange.inspection_status,
        on=D,
        registered=None,
        passed=None,
    )
    add("exchange.change_report_due", exchange.change_report_due, event_on=D, calendar=CAL)
    add("exchange.application_checklist", exchange.application_checklist, submitted=["contract"])
    add("exchange.consequence", exchange.consequence, finding="promised_returns")
    add("exchange.litigation_reportable", exchange.litigation_reportable, amount="100000")
    add("exchange.minimum_fine", exchange.minimum_fine, illicit_gain="1000")
    add("exchange.required_count", exchange.required_count, share=Fraction(1, 3), people_count=5)
    add(
        "exchange.revocation_due_to_inactivity",
        exchange.revocation_due_to_inactivity,
        last_trade_on=D,
        on=D2,
    )
    # secrecy
    add("secrecy.Person", secrecy.Person, id="x", company=HQ, positions=["员工"])
    add("secrecy.Person.with_position", PERSON.with_position, position="员工")
    add(
        "secrecy.Matter",
        secrecy.Matter,
        id="M-1",
        level="秘密",
        kind="合同",
        owner="华东公司",
        classified_on=D,
        ends_on=D2,
    )
    add("secrecy.Extension", secrecy.Extension, decided_on=D, ends_on=D2)
    add("secrecy.SecrecyPolicy", secrecy.SecrecyPolicy)
    add("secrecy.SecrecyPolicy.staff_position", secrecy.SecrecyPolicy().staff_position,
        position="员工")  # fmt: skip
    add("secrecy.SecrecyPolicy.person", secrecy.SecrecyPolicy().person, person_id="x",
        company=HQ, positions=["员工"])  # fmt: skip
    add("secrecy.Marking", secrecy.Marking, level="机密", classified_on=D, ends_on=None)
    add("secrecy.Marking.parse", secrecy.Marking.parse, text="机密★5年", classified_on=D)
    add(
        "secrecy.classify_matter",
        secrecy.classify_matter,
        matter_id="M-2",
        kind="合同",
        owner="华东公司",
        classified_on=D,
        ends_on=D2,
    )
    add("secrecy.default_level", secrecy.default_level, kind="合同")
    add("secrecy.effective_level", secrecy.effective_level, matter=MATTER, on=D)
    add("secrecy.can_know", secrecy.can_know, person=PERSON, matter=MATTER, on=D)
    add("secrecy.can_copy", secrecy.can_copy, person=STAFF, matter=MATTER, on=D, approval=PERSON)
    add("secrecy.can_lend", secrecy.can_lend, person=STAFF, matter=MATTER, on=D, approval=PERSON)
    add("secrecy.copy_of", secrecy.copy_of, matter=MATTER, copy_id="S-1-c")
    add(
        "secrecy.extend", secrecy.extend, matter=MATTER, ends_on=dt.date(2027, 12, 31), decided_on=D
    )
    add(
        "secrecy.report_leak",
        secrecy.report_leak,
        matter=MATTER,
        what="泄露",
        found_at=T,
        found_by=PERSON,
        remedy="收回",
    )
    add("secrecy.who_may_know", secrecy.who_may_know, people=[PERSON, STAFF], matter=MATTER, on=D)
    add("secrecy.access_report", secrecy.access_report, people=[PERSON], matters=[MATTER], on=D)
    # service
    add("service.ServicePolicy", service.ServicePolicy)
    add(
        "service.ForbiddenPhrase",
        service.ForbiddenPhrase,
        phrase="喂,滚",
        kind="brusque",
        suggestion="请",
        gap_words=["你"],
        max_gap_chars=1,
    )
    add(
        "service.cash_announcement",
        service.cash_announcement,
        amount_received="100",
        amount_due="35.50",
    )
    add("service.check_reply", service.check_reply, text="您好，请稍等")
    add(
        "service.franchise_return_allowance",
        service.franchise_return_allowance,
        purchased_amount="1000",
        ratio="0.05",
        requested_amount="30",
        returned_amount="0",
    )
    add(
        "service.greeting_check",
        service.greeting_check,
        arrived_at=T,
        greeted_at=T + dt.timedelta(seconds=30),
    )
    add("service.phone_check", service.phone_check, ring_count=3, apologised=False)
    add(
        "service.picking_deadline",
        service.picking_deadline,
        received_at=T,
        item_count=10,
        calendar=CAL,
    )
    add("service.repair_intake", service.repair_intake, received_on=D, repairable_in_house=True)
    add("service.website_reply_due", service.website_reply_due, received_at=T)
    add(
        "service.wholesale_return_decision",
        service.wholesale_return_decision,
        grounds="quality",
        self_collected=False,
        remote=False,
        video=False,
        quality_confirmed=True,
    )
    # moveout
    add("moveout.Charge", moveout.Charge, label="水费", amount="10")
    add("moveout.Damage", moveout.Damage, location="墙面", amount="100")
    add("moveout.MoveOutPolicy", moveout.MoveOutPolicy)
    add(
        "moveout.MoveOutCase.open",
        moveout.MoveOutCase.open,
        unit_id="A-2",
        tenant="某人",
        on=D,
        issued_pass_count=1,
        issued_key_count=1,
    )
    add("moveout.MoveOutCase.return_items", MOVE.return_items, on=D2, pass_count=1, key_count=1)
    add(
        "moveout.MoveOutCase.record_lost",
        MOVE.return_items(D, pass_count=2, key_count=1).record_lost,
        on=D2,
        key_count=1,
        charge="50",
        decided_by="客服部",
    )
    add(
        "moveout.LostItems",
        moveout.LostItems,
        on=D2,
        decided_by="客服部",
        charge="50",
        key_count=1,
    )
    add(
        "moveout.MoveOutCase.receive_leasing_notice",
        moveout.MoveOutCase.open(
            "A-2", "某公司", on=D, issued_pass_count=1, issued_key_count=1
        ).receive_leasing_notice,
        on=D2,
    )
    add(
        "moveout.MoveOutCase.inspect",
        RETURNED.inspect,
        on=D2,
        restored=True,
        damages=[moveout.Damage("墙", "50")],
    )
    add("moveout.MoveOutCase.settle", INSPECTED.settle, on=D2, collected=0)
    add("moveout.MoveOutCase.collect", INSPECTED.settle(D2).collect, on=D2, amount="100")
    add("moveout.MoveOutCase.release_parking", MOVE.release_parking, on=D2)
    add("moveout.MoveOutCase.notify", SETTLED.notify, on=D2)
    add(
        "moveout.MoveOutCase.confirm_restored",
        RETURNED.inspect(D2, restored=False).confirm_restored,
        on=D2,
        fit_out_kept=False,
    )
    add(
        "moveout.MoveOutCase.sign_off",
        INSPECTED.sign_off,
        on=D2,
        department="工程部",
        note="电表读数 1",
        forwarding_contact=None,
    )
    add("moveout.notice_given", moveout.notice_given, case=MOVE)
    add("moveout.can_leave", moveout.can_leave, case=MOVE)
    add(
        "moveout.settle",
        moveout.settle,
        deposits=[moveout.Charge("押金", "100")],
        damages=[],
        arrears=[],
    )
    # purchasing
    add("purchasing.CostLimit", purchasing.CostLimit, basis="per_tonne", amount="100")
    add("purchasing.PurchasingPolicy", purchasing.PurchasingPolicy)
    add("purchasing.cost_contract", purchasing.cost_contract, limit=LIMIT, actual="900", tonnes=10)
    add(
        "purchasing.purchasing_mode",
        purchasing.purchasing_mode,
        large=True,
        branches_scattered=False,
        needs_differ=False,
    )
    add("purchasing.purchasing_route", purchasing.purchasing_route, common=True, large_amount=True)
    # archives
    add("archives.Archive", archives.Archive, customer_id="某药店", created_on=D)
    add("archives.Archive.updated", ARCHIVE.updated, on=D2)
    add("archives.ArchivePolicy", archives.ArchivePolicy, secrecy_policy=secrecy.SecrecyPolicy())
    plant = archives.ArchivePolicy(record_names={"供货协议": "往来文件"})
    add("archives.ArchivePolicy.record_kind", plant.record_kind, record_kind="供货协议")
    add("archives.ArchivePolicy.record_kinds", plant.record_kinds, records=["供货协议"])
    add("archives.ArchivePolicy.staff_relation", plant.staff_relation, relation="上级")
    add(
        "archives.LoanRequest",
        archives.LoanRequest,
        borrower_id="李四",
        relation="相关业务人员",
        purpose="核对",
        on=D,
        due_back_on=D2,
    )
    add("archives.archive_due", archives.archive_due, first_contact_on=D, calendar=CAL)
    add(
        "archives.can_lend_record",
        archives.can_lend_record,
        request=LOAN,
        classified=(
            secrecy.Person("李四", company="华东公司"),
            secrecy.Matter(
                "K-1",
                "秘密",
                "客户档案",
                owner="华东公司",
                person_ids={"李四"},
                classified_on=D,
                ends_on=D2,
            ),
        ),
    )
    add("archives.completeness", archives.completeness, archive=ARCHIVE)
    add(
        "archives.created_in_time",
        archives.created_in_time,
        archive=archives.Archive("某医院", created_on=D2, first_contact_on=D),
        calendar=CAL,
    )
    add(
        "archives.overdue_updates",
        archives.overdue_updates,
        archives=[ARCHIVE],
        on=D2,
        calendar=CAL,
    )
    add("archives.survey_due", archives.survey_due, on=D2, surveys=[D], calendar=CAL)
    add("archives.update_schedule", archives.update_schedule, archive=ARCHIVE, on=D2, calendar=CAL)
    # constructors and methods not reached above
    add("sla.Clock", sla.Clock, target=TARGET, events=CLOCK.events, calendar=CAL)
    add(
        "sla.SelectionRule.applies_to",
        sla.SelectionRule("all", ["resolve"]).applies_to,
        attributes={},
    )
    add(
        "complaints.Case",
        complaints.Case,
        complaint=_complaint(),
        events=_case().events,
        policy=complaints.CasePolicy(sla_policy="dealer"),
    )
    add("complaints.CaseEvent.get", complaints.CaseEvent(T2, "reply", "客户关系顾问").get, name="x")
    add("complaints.CaseStatus.get", _case().status(at=T2).get, name="reply")
    add("complaints.SixClears.get", _case().six_clears().get, kind="reply")
    add(
        "complaints.Rule.matches",
        complaints.DEFAULT_CLASSIFIER_POLICY.rules[0].matches,
        normalised="投诉",
    )
    add(
        "complaints.ClassifierPolicy",
        complaints.ClassifierPolicy,
        rules=complaints.DEFAULT_CLASSIFIER_POLICY.rules,
        departments=complaints.DEFAULT_CLASSIFIER_POLICY.departments,
        returns_by_grounds=True,
    )
    reviewed = complaints.statistics([_classified().assign(T2, "客户关系经理", "质量部")], at=T2)
    # the dealer's solution runs from the assignment (R-SLA-01)
    add("complaints.CaseStatistics.on_time_for", reviewed.on_time_for, name="solution")
    # R-CMP-14: a department named as the reviewed cases' desks name it
    add(
        "complaints.CaseStatistics.department_name",
        reviewed.department_name,
        department="质量部",
    )
    flow = _flows()
    for method, state, kw in (
        ("propose", "assigned", {"role": "服务经理", "solution": "换货"}),
        ("approve", "proposed", {"role": "总经理"}),
        ("reject", "proposed", {"role": "总经理", "note": "补偿不足"}),
        ("notify", "approved", {"role": "客户关系顾问"}),
        ("survey", "notified", {"role": "客户关系顾问", "satisfied": True}),
        ("close", "surveyed", {"role": "客户关系经理", "result": "换货"}),
        ("review", "closed", {"role": "总经理", "note": "抽检"}),
        ("escalate", "classified", {"role": "客户关系经理", "department": "质量部"}),
        ("negotiate", "escalated", {"role": "部门经理", "note": "赔偿"}),
        (
            "clarify",
            "not_established",
            {"role": "客户关系顾问", "department": "质量部", "note": "已致歉"},
        ),
        ("answer", "suggestion", {"role": "客户关系顾问", "note": "已采纳"}),
        ("promise", "suggestion", {"role": "客户关系顾问", "period": "2个工作日"}),
        ("reopen", "unsatisfied", {"role": "客户关系经理", "note": "要求退款"}),
        ("extend", "classified", {"role": "客户关系经理", "note": "延期"}),
        ("agree", "assigned", {"role": "部门经理", "note": "客户同意"}),
        ("commend", "praise", {"role": "客户关系顾问", "department": "营销办"}),
        ("pause", "pausable", {"role": "客户关系顾问", "reason": "等待客户提供照片"}),
        ("resume", "paused", {"role": "客户关系顾问", "note": "照片已收到"}),
        ("assess_loss", "loss_unknown", {"role": "客户关系经理", "loss": "760", "note": "发票"}),
        ("record", "classified", {"action": "reply", "role": "客户关系顾问"}),
    ):
        case_in_state = flow[state]
        add(
            f"complaints.Case.{method}",
            getattr(case_in_state, method),
            at=case_in_state.events[-1].at + dt.timedelta(hours=1),
            **kw,
        )
    report = secrecy.access_report([PERSON, STAFF], [MATTER], on=D)
    add("secrecy.AccessReport.for_matter", report.for_matter, matter_id="S-1")
    add(
        "service.ForbiddenPhrase.spans",
        service.ForbiddenPhrase("滚", "brusque", "请").spans,
        text="你滚",
    )
    add(
        "moveout.MoveOutCase",
        moveout.MoveOutCase,
        unit_id="A-3",
        tenant="某人",
        applied_on=D,
        issued_pass_count=1,
        issued_key_count=1,
    )

    def add_arrears(on: Any, charges: Any) -> Any:
        return MOVE.add_arrears(on, charges)

    add("moveout.MoveOutCase.add_arrears", add_arrears, on=D2, charges=moveout.Charge("电费", "5"))
    # decisions, serial (stored values), vector (columns of days and instants)
    # a Decision is built by hand too (docs/decisions.md): checked as any input
    add("decisions.Decision", decisions.Decision, allowed=False, rule="R-SEC-05", reason="未指定")
    add("decisions.Fact", decisions.Fact, allowed=True, rule="R-VIP-07", reason="是生日")
    add("decisions.worded_reason", decisions.worded_reason, wording=str)
    add("secrecy.AccessDecision", secrecy.AccessDecision, allowed=True, rule="R-SEC-04", reason="x")
    add("serial.to_dict", serial.to_dict, value=CARD)
    add("serial.to_json", serial.to_json, value=CARD)
    add("serial.from_dict", serial.from_dict, document=serial.to_dict(CARD), expect=vip.Card)
    add("serial.from_json", serial.from_json, text=serial.to_json(CARD), expect=vip.Card)
    add("serial.json_schema", serial.json_schema, cls=vip.Card)
    add("serial.tag_of", serial.tag_of, cls=vip.Card)
    add(
        "vector.add_workdays_many",
        vector.add_workdays_many,
        days=[D, D2],
        workdays=3,
        calendar=CAL,
        on_missing="raise",
    )
    add(
        "vector.day_kind_many", vector.day_kind_many, days=[D, D2], calendar=CAL, on_missing="raise"
    )
    add(
        "vector.is_workday_many",
        vector.is_workday_many,
        days=[D, D2],
        calendar=CAL,
        on_missing="keep",
    )
    add(
        "vector.roll_many",
        vector.roll_many,
        days=[D, D2],
        roll="preceding",
        calendar=CAL,
        on_missing="raise",
    )
    add(
        "vector.workdays_between_many",
        vector.workdays_between_many,
        starts=[D],
        ends=[D2],
        calendar=CAL,
        on_missing="raise",
    )
    add(
        "vector.deadline_many",
        vector.deadline_many,
        starts=[T, T2],
        period="3个工作日",
        calendar=CAL,
        roll="modified_following",
        on_missing="raise",
    )
    add(
        "vector.provisional_many",
        vector.provisional_many,
        starts=[T, T2],
        period="3个工作日",
        calendar=CAL,
        roll="modified_following",
        on_missing="raise",
    )
    add(
        "vector.status_many",
        vector.status_many,
        starts=[T, T2],
        target=TARGET,
        at=T2 + dt.timedelta(hours=1),
        calendar=CAL,
    )
    # the parse() of every enumeration
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, enum.Enum) and hasattr(obj, "parse"):
                first = next(iter(obj))
                add(f"{module.__name__[8:]}.{name}.parse", obj.parse, text=first.name)
    return e


class Call(NamedTuple):
    """A valid call: ``fn(**kwargs)`` returns (or, for a rule that always refuses, raises
    a CustopsError)."""

    id: str
    fn: Callable[..., Any]
    kwargs: dict[str, Any]


with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # provisional-year warnings while building fixtures
    CALLS = tuple(Call(*e) for e in entries())
BY_ID = {c.id: c for c in CALLS}

# --------------------------------------------------------------------------- known failures

#: Calls that break the rule today, found by the two sweeps below
#: (``junk``: test_junk_in_every_argument, ``extreme``: test_extremes_in_every_argument):
#: the exact call and what escapes.  ``xfail(strict=True)`` keeps this list true: a fixed
#: call makes its test fail until its line here is deleted.
KNOWN: dict[tuple[str, str], str] = {}


def _marked(calls: tuple[Call, ...], sweep: str) -> list[Any]:
    """``calls`` as parameters, the known failures of ``sweep`` marked xfail(strict=True)."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN[sweep, c.id]))
        if (sweep, c.id) in KNOWN
        else c
        for c in calls
    ]


# Result values the library builds and returns; their constructors are not an input
# boundary (R-* decisions are made before they are built), so they are not swept.
OUTPUT_ONLY = frozenset(
    {
        "calendars.CalendarTable",
        "decisions.Wording",
        "calendars.DayInfo",
        "periods.Deadline",
        "periods.TimedDeadline",
        "sla.Cycle",
        "sla.Schedule",
        "sla.Selection",
        "sla.Status",
        "sla.Step",
        "complaints.CaseStatistics",
        "complaints.CaseStatus",
        "complaints.Classification",
        "complaints.Clear",
        "complaints.Evidence",
        "complaints.Issue",
        "complaints.FineDecision",
        "complaints.HandlingDecision",
        "complaints.OnTime",
        "complaints.PenaltyAssessment",
        "complaints.PenaltyLine",
        "complaints.Retention",
        "complaints.ReturnDecision",
        "complaints.ScoreDeduction",
        "complaints.SeverityAssessment",
        "complaints.SixClears",
        "complaints.Tally",
        "complaints.ValidityDecision",
        "vip.CardCheck",
        "vip.LedgerEntry",
        "vip.Qualification",
        "vip.QualificationWindow",
        "vip.MemberRate",
        "vip.Quote",
        "vip.QuoteLine",
        "vip.Reversal",
        "deposits.Deduction",
        "deposits.PeakDeposit",
        "deposits.RefundSchedule",
        "deposits.ScheduleLine",
        "exchange.Check",
        "exchange.Checklist",
        "exchange.Consequence",
        "exchange.Eligibility",
        "exchange.InactivityCheck",
        "exchange.ReportDecision",
        "exchange.InspectionStatus",
        "exchange.InspectionWindow",
        "secrecy.AccessReport",
        "secrecy.LeakReport",
        "secrecy.LevelDecision",
        "secrecy.MatterAccess",
        "service.CashAnnouncement",
        "service.PhraseFinding",
        "service.FranchiseAllowance",
        "service.GreetingCheck",
        "service.PhoneCheck",
        "service.PickingDeadline",
        "service.ReadyWindow",
        "service.RepairDecision",
        "service.ReplyCheck",
        "service.StoreReturnDecision",
        "moveout.MoveOutEvent",
        "moveout.Inspection",
        "moveout.LeaveDecision",
        "moveout.Settlement",
        "purchasing.CostContract",
        "purchasing.ModeRecommendation",
        "purchasing.RouteDecision",
        "purchasing.Share",
        "archives.Completeness",
        "archives.CreationCheck",
        "archives.OverdueUpdate",
        "archives.SurveyStatus",
        "archives.UpdatePeriod",
        "decisions.Explained",
    }
)

# Options that configure the call rather than carry data: yuan()'s keyword flags (read
# for their truth value, as in ``if``).  An ``argument=`` option (the name used in
# messages) is skipped everywhere.
NOT_DATA = frozenset({("money.yuan", "non_negative"), ("money.yuan", "exact")})


def _expected_name(call: Call, argument: str) -> str:
    """The name an error about ``argument`` must carry.

    A function with an ``argument=`` option (``Level.parse``, ``calendar_or_china``,
    ``yuan``) names whatever that option says, by default its default; a declared case
    attribute's ``read`` names the attribute (the keyword ``select(tier=...)`` was given).
    """
    if call.id == "sla.CaseAttribute.read":
        return str(call.fn.__self__.name)  # type: ignore[attr-defined]
    options = inspect.signature(call.fn).parameters
    if "argument" in options and argument in ("text", "value"):
        return str(call.kwargs.get("argument", options["argument"].default))
    return argument


def _params(fn: Callable[..., Any]) -> tuple[str, ...]:
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return tuple(
        p.name
        for p in inspect.signature(fn).parameters.values()
        if p.kind in kinds and not p.name.startswith("_")
    )


def _public_callables() -> Iterator[str]:
    """``module.name`` of every public function, constructor and method taking input."""
    for module in MODULES:
        short = module.__name__.removeprefix("custops.")
        for name in module.__all__:
            obj = getattr(module, name)
            key = f"{short}.{name}"
            if inspect.isfunction(obj):
                if _params(obj):
                    yield key
            elif isinstance(obj, type) and not issubclass(obj, (enum.Enum, BaseException)):
                if key not in OUTPUT_ONLY:
                    yield key
                for attr, raw in vars(obj).items():
                    func = getattr(raw, "__func__", raw)
                    if attr.startswith("_") or not inspect.isfunction(func):
                        continue
                    if [p for p in _params(func) if p not in ("self", "cls")]:
                        yield f"{key}.{attr}"


def test_every_public_name_is_covered() -> None:
    """Each module's ``__all__``: every callable taking input has a valid call in CALLS."""
    constructors = {c.id.rsplit(".", 1)[0] for c in CALLS if c.id.rsplit(".", 1)[1][0].islower()}
    missing = [
        key
        for key in _public_callables()
        if key not in BY_ID and not (key in constructors and key.count(".") == 1)
    ]
    assert missing == []


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_the_valid_calls_are_valid(call: Call) -> None:
    """The baseline of the sweep: each call succeeds (two always refuse by rule)."""
    always_refused = {"vip.Card.transfer_to": "R-VIP-09", "vip.Ledger.combine": "R-VIP-08"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if call.id in always_refused:
            with pytest.raises(InvalidInput, match=always_refused[call.id]):
                call.fn(**call.kwargs)
        else:
            assert call.fn(**call.kwargs) is not NotImplemented


_NAIVE = dt.datetime(2025, 6, 3, 10, 0)
JUNK: tuple[tuple[str, Any], ...] = (
    ("None", None),
    ("float", 1.5),
    ("nan", float("nan")),
    ("empty str", ""),
    ("junk str", "junk"),
    ("negative str", "-5"),
    ("negative int", -7),
    ("zero", 0),
    ("huge int", 10**30),
    ("bool", True),
    ("bytes", b"x"),
    ("empty list", []),
    ("list of object", [object()]),
    ("empty dict", {}),
    ("dict", {"x": 1}),
    ("object", object()),
    ("naive datetime", _NAIVE),
    ("date", D),
    ("aware datetime", T),
    ("negative timedelta", dt.timedelta(hours=-1)),
    ("Decimal NaN", Decimal("NaN")),
    ("Decimal -5", Decimal("-5")),
)
# Junk that is never a value custops accepts silently, whatever the argument.
NEVER_ACCEPTED = frozenset({"float", "nan", "bytes", "object", "naive datetime"})
# ...except where the argument is typed loosely on purpose: the enum parse() methods and
# values that any object may be compared with.
LOOSE = frozenset(
    {
        ("complaints.CaseEvent.get", "default"),  # returned as given
        ("complaints.CaseStatus.get", "default"),  # returned as given
        ("complaints.SixClears.get", "default"),  # returned as given
        ("vip.Ledger.combine", "other"),  # always refused (R-VIP-08)
    }
)


def _names(error: CustopsError, argument: str, expected: str) -> bool:
    """Whether ``error`` names the argument: as its ``argument`` (``archives[2]`` counts for
    ``archives``) or in its message (a check across two arguments, ``fine_min: must not
    exceed fine_max``, names both).  An :class:`IllegalTransition` names the event refused."""
    if isinstance(error, IllegalTransition):
        return True
    named = (error.argument or "").split("[")[0]
    # (or in words: ``amount_received: is less than the amount due 200.00`` names amount_due)
    spelt = (argument, expected, argument.replace("_", " "))
    words = re.compile(r"\b(" + "|".join(map(re.escape, spelt)) + r")\b")
    return named in (argument, expected) or words.search(str(error)) is not None


def _problem_is_the_reason_alone(error: CustopsError) -> bool:
    """``error.problem`` is its message less the ``<argument>: `` head and the ``(got …)``
    tail: what a form shows beside the field (errors.CustopsError); a refused event's
    (``resume at …: <problem>``) is the reason its message ends with."""
    if error.argument is None or not error.message.startswith(f"{error.argument}: "):
        return bool(error.problem) and error.message.endswith(error.problem)
    rest = error.message.removeprefix(f"{error.argument}: ").removeprefix(error.problem)
    return rest in ("", f" (got {error.value!r})") or (
        rest.startswith(" (got ") and error.problem not in ("", error.message)
    )


def tried(
    call: Call, junk: Iterable[tuple[str, Any]]
) -> Iterator[tuple[str, str, dict[str, Any], Exception | None]]:
    """``call`` with each data argument in turn replaced by each ``(label, value)`` of
    ``junk``: ``(argument, label, kwargs, the exception raised or None)``."""
    junk = tuple(junk)
    for argument in _params(call.fn):
        if argument == "argument" or (call.id, argument) in NOT_DATA:
            continue
        for label, value in junk:
            kwargs = {**call.kwargs, argument: value}
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    call.fn(**kwargs)
            except Exception as error:
                yield argument, label, kwargs, error
            else:
                yield argument, label, kwargs, None


#: Names a caller may not give its value (an ``argument=`` option), with the error each is.
BAD_ARGUMENT_NAMES: tuple[tuple[Any, type[CustopsError]], ...] = (
    ("", InvalidInput),
    ("   ", InvalidInput),
    ("a\nb", InvalidInput),
    (3, InvalidType),
    (None, InvalidType),
    (b"text", InvalidType),
)


@pytest.mark.parametrize(
    "call", [c for c in CALLS if "argument" in _params(c.fn)], ids=lambda c: c.id
)
def test_an_argument_option_refuses_a_blank_or_non_str_name(call: Call) -> None:
    """House rule ("Errors": the message names the argument): the name a caller gives its
    value (``argument=``, ``Kind.parse(text, argument="kind")``) is itself checked, before
    the value: a blank, multi-line or non-``str`` name is refused naming ``argument``, so no
    refusal starts with ``": is not a known Kind"`` or with a number."""
    for name, error in BAD_ARGUMENT_NAMES:
        with pytest.raises(error) as info:
            call.fn(**{**call.kwargs, "argument": name})
        assert info.value.argument == "argument", (name, info.value)
        assert str(info.value).startswith("argument: "), (name, info.value)


@pytest.mark.parametrize("call", _marked(CALLS, "junk"), ids=lambda c: c.id)
def test_junk_in_every_argument(call: Call) -> None:
    """Each argument in turn replaced by junk: a result or a CustopsError naming it."""
    problems: list[str] = []
    for argument, label, _kwargs, error in tried(call, JUNK):
        if isinstance(error, CustopsError):
            if not _names(error, argument, _expected_name(call, argument)):
                problems.append(f"{argument}={label}: message names another argument: {error}")
            if not _problem_is_the_reason_alone(error):
                problems.append(f"{argument}={label}: problem {error.problem!r} of {error}")
            if not isinstance(error, (TypeError, ValueError)):
                problems.append(f"{argument}={label}: neither a TypeError nor a ValueError")
        elif error is not None:
            problems.append(f"{argument}={label}: {type(error).__name__} escaped: {error}")
        elif label in NEVER_ACCEPTED and (call.id, argument) not in LOOSE:
            problems.append(f"{argument}={label}: accepted silently")
    assert problems == []


# --------------------------------------------------------------------------- extremes

_UTC = dt.timezone.utc
#: The edges of what Python and custops represent (issue 14, item 5): the first and last
#: day, the first and last instant in zones east and west of UTC (their conversion to UTC
#: overflows), integers far beyond any count, texts of 1 MB (ASCII and Chinese, UTF-8), and
#: a time-zone name over 255 bytes (the length where the zone database's lookup fails).
EXTREMES: tuple[tuple[str, Any], ...] = (
    ("date.min", dt.date.min),
    ("date.max", dt.date.max),
    ("datetime.min UTC", dt.datetime.min.replace(tzinfo=_UTC)),
    ("datetime.max UTC", dt.datetime.max.replace(tzinfo=_UTC)),
    ("datetime.min Asia/Shanghai", dt.datetime.min.replace(tzinfo=SH)),
    ("datetime.max Asia/Shanghai", dt.datetime.max.replace(tzinfo=SH)),
    ("datetime.max America/New_York", dt.datetime.max.replace(tzinfo=ZoneInfo("America/New_York"))),
    ("10**30", 10**30),
    ("-10**30", -(10**30)),
    ("1 MB ASCII text", "x" * 2**20),
    ("1 MB Chinese text", "投诉" * (2**20 // 6)),
    ("zone name over 255 bytes", "Asia/" + "x" * 300),
)


@pytest.mark.parametrize("call", _marked(CALLS, "extreme"), ids=lambda c: c.id)
def test_extremes_in_every_argument(call: Call) -> None:
    """Issue 14, item 5: each argument in turn at an extreme of the range returns or raises
    a CustopsError (a TypeError or ValueError) naming one of the call's arguments (an
    answer past the calendar's range names the argument it came from, or the one it was
    combined with) — never OverflowError, a bare ValueError, OSError or AttributeError."""
    arguments = [a for a in _params(call.fn) if a != "argument"]
    problems: list[str] = []
    for argument in arguments:
        for label, extreme in EXTREMES:
            kwargs = {**call.kwargs, argument: extreme}
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    call.fn(**kwargs)
            except CustopsError as error:
                if not isinstance(error, (TypeError, ValueError)):
                    problems.append(f"{argument}={label}: neither a TypeError nor a ValueError")
                if not any(_names(error, a, _expected_name(call, a)) for a in arguments):
                    problems.append(f"{argument}={label}: names none of the arguments: {error}")
            except Exception as error:
                problems.append(f"{argument}={label}: {type(error).__name__} escaped: {error}")
    assert problems == []


def test_the_extremes_are_what_they_say() -> None:
    """The sweep's texts are 1 MB and its zone name is over 255 bytes (UTF-8)."""
    texts = {label: v for label, v in EXTREMES if isinstance(v, str)}
    assert len(texts["1 MB ASCII text"].encode()) == 2**20
    assert 2**20 - 6 < len(texts["1 MB Chinese text"].encode()) <= 2**20
    assert len(texts["zone name over 255 bytes"].encode()) > 255
    with pytest.raises(InvalidInput, match=r"^zone: "):
        calendars.WorkCalendar(zone=texts["zone name over 255 bytes"])


# --------------------------------------------------------------------------- the table


class Bad(NamedTuple):
    """One wrong input: ``fn(**kwargs)`` raises ``error`` naming ``argument``."""

    what: str
    fn: Callable[..., Any]
    kwargs: dict[str, Any]
    error: type[CustopsError]
    argument: str


_T_BEFORE = T - dt.timedelta(hours=1)
#: The ledger and the card called in the wrong style below (a type checker refuses such calls)
_LEDGER_ANY: Any = LEDGER
_CARD_ANY: Any = CARD
#: The clock, its selection and the move-out called in the wrong style below
_CLOCK_ANY: Any = CLOCK
_MOVE_ANY: Any = MOVE
_SELECTION_ANY: Any = SELECTION
_FLOWS = _flows()

BAD: tuple[Bad, ...] = (
    # a missing start or day under on_missing="raise", an unknown option (custops.vector)
    Bad(
        "vector.deadline_many NaN start, on_missing=raise",
        vector.deadline_many,
        {"starts": [T, float("nan")], "period": "3个工作日", "on_missing": "raise"},
        InvalidInput,
        "starts[1]",
    ),
    Bad(
        "vector.add_workdays_many None day, on_missing=raise",
        vector.add_workdays_many,
        {"days": [D, None], "workdays": 1, "on_missing": "raise"},
        InvalidInput,
        "days[1]",
    ),
    Bad(
        "vector.roll_many unknown on_missing",
        vector.roll_many,
        {"days": [D], "on_missing": "drop"},
        InvalidInput,
        "on_missing",
    ),
    Bad(
        "vector.add_workdays_many NaN count",
        vector.add_workdays_many,
        {"days": [D, D2], "workdays": [1.0, float("nan")]},
        InvalidInput,
        "workdays[1]",
    ),
    # money as a float
    Bad("money.yuan float", money.yuan, {"value": 0.1}, InvalidType, "value"),
    Bad(
        "money.allocate float", money.allocate, {"total": 1.5, "weights": [1]}, InvalidType, "total"
    ),
    Bad(
        "money.allocate empty",
        money.allocate,
        {"total": "1", "weights": []},
        InvalidInput,
        "weights",
    ),
    Bad(
        "money.allocate float weight",
        money.allocate,
        {"total": "1", "weights": [0.5]},
        InvalidType,
        "weights[0]",
    ),
    Bad("money.uppercase negative", money.uppercase, {"amount": "-1"}, InvalidInput, "amount"),
    Bad("money.from_fen bool", money.from_fen, {"fen": True}, InvalidType, "fen"),
    Bad("vip.Purchase float", vip.Purchase, {"on": D, "paid": 99.9}, InvalidType, "paid"),
    Bad(
        "vip.Ledger.earn float",
        LEDGER.earn,
        {"paid": 12.5, "on": D, "ref": "R-9"},
        InvalidType,
        "paid",
    ),
    Bad("vip.Line float", vip.Line, {"list_price": 9.99}, InvalidType, "list_price"),
    Bad("vip.VipPolicy float rate", vip.VipPolicy, {"base_rate": 0.9}, InvalidType, "base_rate"),
    Bad(
        "deposits.peak_deposit float",
        deposits.peak_deposit,
        {"balances": [(D, 1e4)], "announced_on": D},
        InvalidType,
        "balances[0]",
    ),
    Bad(
        "deposits.peak_deposit empty",
        deposits.peak_deposit,
        {"balances": {}, "announced_on": D},
        InvalidInput,
        "balances",
    ),
    Bad(
        "deposits.refund_schedule float",
        deposits.refund_schedule,
        {"peak": 1e4, "balance": "1", "announced_on": D},
        InvalidType,
        "peak",
    ),
    Bad(
        "deposits.Tranche float share",
        deposits.Tranche,
        {"months": 4, "share": 0.4},
        InvalidType,
        "share",
    ),
    Bad(
        "service.cash float",
        service.cash_announcement,
        {"amount_received": 100.0, "amount_due": "35"},
        InvalidType,
        "amount_received",
    ),
    Bad(
        "service.franchise float ratio",
        service.franchise_return_allowance,
        {"purchased_amount": "100", "ratio": 0.05, "requested_amount": "1"},
        InvalidType,
        "ratio",
    ),
    Bad(
        "purchasing.CostLimit float",
        purchasing.CostLimit,
        {"basis": "per_tonne", "amount": 100.0},
        InvalidType,
        "amount",
    ),
    Bad(
        "exchange.minimum_fine float",
        exchange.minimum_fine,
        {"illicit_gain": 10.0},
        InvalidType,
        "illicit_gain",
    ),
    Bad(
        "complaints.assess_fine float",
        complaints.assess_fine,
        {"amount": 500.0},
        InvalidType,
        "amount",
    ),
    Bad(
        "complaints.fine_for float",
        complaints.ResponsibilityPolicy().fine_for,
        {"loss": 1.5},
        InvalidType,
        "loss",
    ),
    Bad(
        "moveout.Charge float",
        moveout.Charge,
        {"label": "水费", "amount": 10.0},
        InvalidType,
        "amount",
    ),
    # a naive datetime where an instant is expected
    Bad(
        "periods.deadline naive",
        periods.deadline,
        {"start": _NAIVE, "period": "1天"},
        InvalidInput,
        "start",
    ),
    Bad(
        "sla.Clock.start naive",
        sla.Clock.start,
        {"target": TARGET, "at": _NAIVE},
        InvalidInput,
        "at",
    ),
    Bad("sla.Clock.status naive", CLOCK.status, {"at": _NAIVE}, InvalidInput, "at"),
    Bad(
        "complaints.Complaint naive",
        complaints.Complaint,
        {"received_at": _NAIVE, "channel": "电话", "content": "x", "complainant": "y"},
        InvalidInput,
        "received_at",
    ),
    Bad(
        "complaints.Case.reply naive",
        _case().reply,
        {"at": _NAIVE, "role": "客户关系顾问"},
        InvalidInput,
        "at",
    ),
    Bad(
        "calendars.add_working_time naive",
        CAL.add_working_time,
        {"at": _NAIVE, "delta": dt.timedelta(hours=1)},
        InvalidInput,
        "at",
    ),
    Bad(
        "service.greeting_check naive",
        service.greeting_check,
        {"arrived_at": _NAIVE},
        InvalidInput,
        "arrived_at",
    ),
    Bad(
        "secrecy.report_leak naive",
        secrecy.report_leak,
        {"matter": MATTER, "what": "x", "found_at": _NAIVE, "found_by": PERSON, "remedy": "y"},
        InvalidInput,
        "found_at",
    ),
    # a day outside the calendar's years names the day given, not the calendar's internals
    Bad(
        "periods.deadline start outside",
        periods.deadline,
        {"start": dt.date(1949, 1, 1), "period": "3个工作日"},
        InvalidInput,
        "start",
    ),
    Bad(
        "exchange.change_report_due outside",
        exchange.change_report_due,
        {"event_on": dt.date(1949, 1, 1)},
        InvalidInput,
        "event_on",
    ),
    Bad(
        "archives.archive_due outside",
        archives.archive_due,
        {"first_contact_on": dt.date(3000, 1, 1)},
        InvalidInput,
        "first_contact_on",
    ),
    Bad(
        "deposits.refund_schedule outside",
        deposits.refund_schedule,
        {"peak": "1", "balance": "1", "announced_on": dt.date(1458, 8, 28)},
        InvalidInput,
        "announced_on",
    ),
    Bad(
        "archives.Archive.updated before created",
        ARCHIVE.updated,
        {"on": dt.date(2025, 1, 1)},
        InvalidInput,
        "on",
    ),
    Bad(
        "complaints.SeverityPolicy regulators a lone str",
        complaints.SeverityPolicy,
        {"regulators": "工信部"},
        InvalidType,
        "regulators",
    ),
    Bad(
        "complaints.SeverityPolicy regulators a blank word",
        complaints.SeverityPolicy,
        {"regulators": ("工信部", " ")},
        PolicyError,
        "regulators[1]",
    ),
    Bad(
        "complaints.SeverityPolicy criterion not a Signal",
        complaints.SeverityPolicy,
        {"enabled": [None, 1]},
        InvalidType,
        "enabled[0]",
    ),
    Bad(
        "deposits.refund_schedule calendar",
        deposits.refund_schedule,
        {
            "peak": "1",
            "balance": "1",
            "announced_on": D,
            "policy": deposits.DepositPolicy(roll_to_workday=False),
            "calendar": "CN",
        },
        InvalidType,
        "calendar",
    ),
    # a datetime where a date is expected
    Bad("calendars.is_workday datetime", CAL.is_workday, {"day": T}, InvalidType, "day"),
    Bad(
        "periods.due_date datetime",
        periods.due_date,
        {"start": T, "period": "3天"},
        InvalidType,
        "start",
    ),
    Bad(
        "vip.qualify datetime",
        vip.qualify,
        {"purchases": [], "on": T},
        InvalidType,
        "on",
    ),
    Bad(
        "deposits.Tranche.scheduled_after datetime",
        deposits.Tranche(4, "0.4").scheduled_after,
        {"announced_on": _NAIVE},
        InvalidType,
        "announced_on",
    ),
    Bad(
        "exchange.change_report_due datetime",
        exchange.change_report_due,
        {"event_on": T},
        InvalidType,
        "event_on",
    ),
    Bad(
        "secrecy.can_know datetime",
        secrecy.can_know,
        {"person": PERSON, "matter": MATTER, "on": T},
        InvalidType,
        "on",
    ),
    Bad("moveout.settle datetime", INSPECTED.settle, {"on": T}, InvalidType, "on"),
    Bad(
        "archives.archive_due datetime",
        archives.archive_due,
        {"first_contact_on": T},
        InvalidType,
        "first_contact_on",
    ),
    Bad(
        "service.repair_intake datetime",
        service.repair_intake,
        {"received_on": T, "repairable_in_house": True},
        InvalidType,
        "received_on",
    ),
    # a str where a date is expected
    Bad(
        "calendars.add_workdays str",
        CAL.add_workdays,
        {"day": "2025-06-03", "workdays": 1},
        InvalidType,
        "day",
    ),
    Bad("vip.Card.check str", CARD.check, {"on": "2025-06-03"}, InvalidType, "on"),
    # the moment in the other style (house rule 2): a ledger's events take it first by
    # position, a card's methods as on=; never Python's bare TypeError (R-VIP-12)
    Bad(
        "vip.Ledger.move_to card first, on=",
        functools.partial(_LEDGER_ANY.move_to, CARD.replace("V-8", on=D)),
        {"on": D},
        InvalidType,
        "on",
    ),
    Bad(
        "vip.Ledger.earn on= after the positions",
        functools.partial(_LEDGER_ANY.earn, "120", "R-2"),
        {"on": D},
        InvalidType,
        "on",
    ),
    Bad(
        "vip.Ledger.valid_points on by position",
        functools.partial(_LEDGER_ANY.valid_points, D),
        {},
        InvalidType,
        "on",
    ),
    Bad(
        "vip.Card.replace on by position",
        functools.partial(_CARD_ANY.replace, D, "V-9"),
        {},
        InvalidType,
        "on",
    ),
    Bad("vip.Ledger.expire unknown keyword", LEDGER.expire, {"day": D}, InvalidType, "day"),
    # the same for every method whose moment comes first or by name (house rule 2)
    Bad("sla.Clock.pause no moment", _CLOCK_ANY.pause, {"note": "等待客户"}, InvalidType, "at"),
    Bad(
        "sla.Clock.resume note first, at=",
        functools.partial(_CLOCK_ANY.resume, "客户回电"),
        {"at": T},
        InvalidType,
        "at",
    ),
    Bad(
        "sla.Selection.start_clocks at by position",
        functools.partial(_SELECTION_ANY.start_clocks, T),
        {},
        InvalidType,
        "at",
    ),
    Bad(
        "moveout.MoveOutCase.release_parking on=, unknown keyword",
        _MOVE_ANY.release_parking,
        {"day": D},
        InvalidType,
        "day",
    ),
    Bad(
        "archives.Archive.updated day=",
        ARCHIVE.updated,
        {"day": D},
        InvalidType,
        "day",
    ),
    Bad(
        "secrecy.Extension str",
        secrecy.Extension,
        {"decided_on": "2025-06-03", "ends_on": D2},
        InvalidType,
        "decided_on",
    ),
    Bad(
        "complaints.ReviewPeriod str",
        complaints.ReviewPeriod,
        {"start": "2025-06-03", "end": D2},
        InvalidType,
        "start",
    ),
    Bad(
        "archives.survey_due str",
        archives.survey_due,
        {"on": D, "surveys": ["2025-01-01"]},
        InvalidType,
        "surveys[0]",
    ),
    # None where a value is required
    Bad("money.yuan None", money.yuan, {"value": None}, InvalidType, "value"),
    Bad("complaints.normalise None", complaints.normalise, {"text": None}, InvalidType, "text"),
    # a rule's silencing cue that is no regular expression, or takes no character
    Bad(
        "complaints.Rule silencers not a pattern",
        complaints.Rule,
        {"id": "my.rule", "kind": "投诉", "terms": ["鼓包"], "silencers": ["没有", "("]},
        InvalidInput,
        "silencers[1]",
    ),
    Bad(
        "complaints.Rule silencers takes no character",
        complaints.Rule,
        {"id": "my.rule", "kind": "投诉", "terms": ["鼓包"], "silencers": ["(?=没有)"]},
        InvalidInput,
        "silencers[0]",
    ),
    Bad(
        "complaints.Rule.matches None",
        complaints.DEFAULT_CLASSIFIER_POLICY.rules[0].matches,
        {"normalised": None},
        InvalidType,
        "normalised",
    ),
    Bad(
        "deposits.DepositPolicy.round None",
        deposits.DepositPolicy().round,
        {"amount": None},
        InvalidType,
        "amount",
    ),
    Bad(
        "deposits.reserve_of None",
        deposits.DepositPolicy().reserve_of,
        {"peak": None},
        InvalidType,
        "peak",
    ),
    Bad(
        "deposits.reserve_share None",
        deposits.DepositPolicy().reserve_share,
        {"peak": None},
        InvalidType,
        "peak",
    ),
    Bad(
        "deposits.reserve_share float",
        deposits.DepositPolicy().reserve_share,
        {"peak": 1.5},
        InvalidType,
        "peak",
    ),
    Bad(
        "exchange.required_count None",
        exchange.required_count,
        {"share": None, "people_count": 3},
        InvalidType,
        "share",
    ),
    Bad(
        "secrecy.default_level str policy",
        secrecy.default_level,
        {"kind": "合同", "policy": "strict"},
        InvalidType,
        "policy",
    ),
    Bad(
        "service.ForbiddenPhrase.spans None",
        service.ForbiddenPhrase("滚", "brusque", "请").spans,
        {"text": None},
        InvalidType,
        "text",
    ),
    Bad(
        "complaints.Case.clarify unknown department",
        _FLOWS["not_established"].clarify,
        {
            "at": _FLOWS["not_established"].events[-1].at + dt.timedelta(hours=1),
            "role": "客户关系顾问",
            "department": "物流部",
        },
        InvalidInput,
        "department",
    ),
    Bad(
        "complaints.Case.clarify department int",
        _FLOWS["not_established"].clarify,
        {
            "at": _FLOWS["not_established"].events[-1].at + dt.timedelta(hours=1),
            "role": "客户关系顾问",
            "department": 3,
        },
        InvalidType,
        "department",
    ),
    Bad(
        "complaints.OnTime day_ends None",
        complaints.OnTime,
        {
            "target_name": "resolve",
            "met_count": 1,
            "missed_count": 0,
            "pending_count": 0,
            "day_ends": None,
        },
        InvalidType,
        "day_ends",
    ),
    Bad(
        "complaints.OnTime day_ends int item",
        complaints.OnTime,
        {
            "target_name": "resolve",
            "met_count": 1,
            "missed_count": 0,
            "pending_count": 0,
            "day_ends": [3],
        },
        InvalidType,
        "day_ends[0]",
    ),
    Bad(
        "complaints.OnTime day_ends no time of day",
        complaints.OnTime,
        {
            "target_name": "resolve",
            "met_count": 1,
            "missed_count": 0,
            "pending_count": 0,
            "day_ends": "1800",
        },
        InvalidInput,
        "day_ends",
    ),
    Bad(
        "complaints.CasePolicy departments one category twice",
        complaints.CasePolicy,
        {"sla_policy": "winery", "departments": {"产品质量": "质量部", "quality": "销售部"}},
        PolicyError,
        "departments",
    ),
    Bad(
        "complaints.CasePolicy explained_by unknown department",
        complaints.CasePolicy,
        {"sla_policy": "winery", "explained_by": {"服务质量": "物流部"}},
        InvalidInput,
        "explained_by",
    ),
    Bad(
        "complaints.Case.propose None",
        _FLOWS["assigned"].propose,
        {"at": T2 + dt.timedelta(hours=3), "role": "服务经理", "solution": None},
        InvalidType,
        "solution",
    ),
    Bad(
        "complaints.Case.close None",
        _FLOWS["surveyed"].close,
        {"at": T2 + dt.timedelta(hours=9), "role": "客户关系经理", "result": None},
        InvalidType,
        "result",
    ),
    # a complaint's validity judged on a text read as a consultation (R-CMP-05): refused,
    # not filed as a consultation without the complaint's clocks
    Bad(
        "complaints.Case.classify judged, read as a consultation",
        complaints.Case.open(
            complaints.Complaint("电话", "请问你们周末营业吗？", "王先生", received_at=T),
            "客户关系顾问",
            policy="dealer",
        ).classify,
        {"at": T2, "role": "客户关系经理", "grounds_sufficient": True, "demand_reasonable": True},
        InvalidInput,
        "grounds_sufficient",
    ),
    Bad(
        "vip.Holder None",
        vip.Holder,
        {"customer_id": None, "name": "x"},
        InvalidType,
        "customer_id",
    ),
    # a negative amount
    Bad(
        "money.yuan non_negative",
        money.yuan,
        {"value": "-1", "non_negative": True},
        InvalidInput,
        "value",
    ),
    Bad(
        "complaints.fine_for negative",
        complaints.ResponsibilityPolicy().fine_for,
        {"loss": "-1"},
        InvalidInput,
        "loss",
    ),
    Bad(
        "deposits.reserve_of negative",
        deposits.DepositPolicy().reserve_of,
        {"peak": "-1"},
        InvalidInput,
        "peak",
    ),
    Bad(
        "deposits.Claim negative",
        deposits.Claim,
        {"amount": "-1", "on": D, "description": "x"},
        InvalidInput,
        "amount",
    ),
    Bad(
        "vip.Ledger.earn negative",
        LEDGER.earn,
        {"paid": "-1", "on": D, "ref": "R-9"},
        InvalidInput,
        "paid",
    ),
    Bad(
        "vip.Ledger.redeem negative",
        LEDGER.redeem,
        {"points": -1, "on": D, "gift": "x"},
        InvalidInput,
        "points",
    ),
    Bad(
        "exchange.Applicant negative",
        exchange.Applicant,
        {
            "registered_capital": "-1",
            "fixed_premises": True,
            "it_adequate": True,
            "governance_sound": True,
            "fees_paid": True,
        },
        InvalidInput,
        "registered_capital",
    ),
    Bad(
        "exchange.required_count negative",
        exchange.required_count,
        {"share": Fraction(1, 3), "people_count": -1},
        InvalidInput,
        "people_count",
    ),
    Bad(
        "moveout.collect negative",
        INSPECTED.settle(D2).collect,
        {"on": D2, "amount": "-5"},
        InvalidInput,
        "amount",
    ),
    Bad(
        "purchasing.cost_contract negative",
        purchasing.cost_contract,
        {"limit": LIMIT, "actual": "-1", "tonnes": 10},
        InvalidInput,
        "actual",
    ),
    Bad(
        "service.phone_check negative",
        service.phone_check,
        {"ring_count": -1},
        InvalidInput,
        "ring_count",
    ),
    # an unknown level or label
    Bad(
        "secrecy.Level.parse unknown",
        secrecy.Level.parse,
        {"text": "internal"},
        InvalidInput,
        "text",
    ),
    Bad(
        "secrecy.classify_matter unknown kind",
        secrecy.classify_matter,
        {
            "matter_id": "M",
            "kind": "秘方",
            "owner": "华东公司",
            "classified_on": D,
            "ends_on": None,
        },
        InvalidInput,
        "kind",
    ),
    Bad(
        "periods.Period unknown unit",
        periods.Period,
        {"count": 1, "unit": "fortnights"},
        InvalidInput,
        "unit",
    ),
    Bad(
        "periods.Period.parse unknown", periods.Period.parse, {"text": "三月"}, InvalidInput, "text"
    ),
    Bad(
        "complaints.Complaint unknown channel",
        complaints.Complaint,
        {"received_at": T, "channel": "飞鸽", "content": "x", "complainant": "y"},
        InvalidInput,
        "channel",
    ),
    Bad(
        "complaints.Complaint platform's customer service alone",
        complaints.Complaint,
        {"received_at": T, "channel": "苏宁客服", "content": "x", "complainant": "y"},
        InvalidInput,
        "channel",
    ),
    Bad(
        "complaints.CasePolicy.staff_severity unknown",
        complaints.CasePolicy(sla_policy="winery").staff_severity,
        {"severity": "紧急"},
        InvalidInput,
        "severity",
    ),
    Bad(
        "complaints.CasePolicy severity_names seed name",
        complaints.CasePolicy,
        {"sla_policy": "winery", "severity_names": {"重大": "一般"}},
        PolicyError,
        "severity_names",
    ),
    Bad(
        "complaints.CasePolicy severity_names one name in two spellings",
        complaints.CasePolicy,
        {"sla_policy": "winery", "severity_names": {"紧急": "major", " 紧急 ": "general"}},
        PolicyError,
        "severity_names",
    ),
    Bad(
        "complaints.Stage.parse ambiguous",
        complaints.Stage.parse,
        {"text": "处理中", "argument": "status"},
        InvalidInput,
        "status",
    ),
    Bad(
        "complaints.handling_decision unknown",
        complaints.handling_decision,
        {"handling_class": "x"},
        InvalidInput,
        "handling_class",
    ),
    Bad(
        "exchange.consequence unknown",
        exchange.consequence,
        {"finding": "迟到"},
        InvalidInput,
        "finding",
    ),
    Bad(
        "exchange.application_checklist unknown",
        exchange.application_checklist,
        {"submitted": ["contract", "照片"]},
        InvalidInput,
        "submitted[1]",
    ),
    Bad(
        "vip.VipPolicy unknown stacking",
        vip.VipPolicy,
        {"stacking": "both"},
        InvalidInput,
        "stacking",
    ),
    Bad(
        "sla.Target unknown cutoff",
        sla.Target,
        {"name": "r", "period": "3个工作日", "cutoff": "dusk"},
        InvalidInput,
        "cutoff",
    ),
    Bad(
        "sla.Target cutoff on a period in hours",
        sla.Target,
        {"name": "r", "period": "24小时", "cutoff": "midnight"},
        PolicyError,
        "cutoff",
    ),
    Bad(
        "sla.Target.period_for unknown promised",
        TARGET.period_for,
        {"promised": "三月"},
        InvalidInput,
        "promised",
    ),
    Bad(
        "sla.Target unknown special_period",
        sla.Target,
        {"name": "r", "period": "3天", "special_period": "x"},
        InvalidInput,
        "special_period",
    ),
    Bad(
        "sla.SlaPolicy.schedule unknown target",
        lambda **kw: POLICY.schedule(received_at=T, **kw),
        {"promised_periods": {"nope": "1天"}},
        InvalidInput,
        "promised_periods",
    ),
    Bad(
        "archives.ArchivePolicy unknown period",
        archives.ArchivePolicy,
        {"creation_period": "某天"},
        InvalidInput,
        "creation_period",
    ),
    Bad(
        "complaints.Case.promise unknown period",
        _FLOWS["suggestion"].promise,
        {"at": T2 + dt.timedelta(hours=1), "role": "客户关系顾问", "period": "x"},
        InvalidInput,
        "period",
    ),
    Bad(
        "moveout.inspect unknown department",
        RETURNED.inspect,
        {"on": D2, "restored": True, "inspectors": ["保安部", "工程部", "后勤部"]},
        InvalidInput,
        "inspectors[2]",
    ),
    Bad(
        "complaints.ClassifierPolicy.without unknown",
        lambda ids: complaints.DEFAULT_CLASSIFIER_POLICY.without(ids),
        {"ids": "no.such.rule"},
        InvalidInput,
        "ids",
    ),
    # an end before its start
    Bad(
        "secrecy.Extension end before start",
        secrecy.Extension,
        {"decided_on": D2, "ends_on": D},
        InvalidInput,
        "ends_on",
    ),
    Bad(
        "secrecy.Matter ends_on before",
        secrecy.Matter,
        {
            "id": "M",
            "level": "秘密",
            "kind": "合同",
            "owner": "x",
            "classified_on": D2,
            "ends_on": D,
        },
        InvalidInput,
        "ends_on",
    ),
    Bad(
        "vip.Card last_valid_on before",
        vip.Card,
        {"number": "V", "holder": HOLDER, "issued_on": D2, "last_valid_on": D},
        InvalidInput,
        "last_valid_on",
    ),
    Bad(
        "complaints.ReviewPeriod end before",
        complaints.ReviewPeriod,
        {"start": D2, "end": D},
        InvalidInput,
        "end",
    ),
    Bad(
        "complaints.statistics end before",
        complaints.statistics,
        {"cases": [], "review_period": (D2, D)},
        InvalidInput,
        "review_period",  # the pair given, not ReviewPeriod's own field
    ),
    Bad(
        "complaints.return_decision found before",
        complaints.return_decision,
        {"defect": "mould", "outbound_on": D2, "found_on": D},
        InvalidInput,
        "found_on",
    ),
    Bad(
        "calendars.Interval end before",
        calendars.Interval,
        {"start": "12:00", "end": "09:00"},
        InvalidInput,
        "end",
    ),
    Bad(
        "archives.LoanRequest return before",
        archives.LoanRequest,
        {
            "borrower_id": "李四",
            "relation": "相关业务人员",
            "purpose": "x",
            "on": D2,
            "due_back_on": D,
        },
        InvalidInput,
        "due_back_on",
    ),
    Bad(
        "exchange.revocation on before",
        exchange.revocation_due_to_inactivity,
        {"last_trade_on": D2, "on": D},
        InvalidInput,
        "on",
    ),
    Bad(
        "service.greeting_check greeted before",
        service.greeting_check,
        {"arrived_at": T2, "greeted_at": T},
        InvalidInput,
        "greeted_at",
    ),
    Bad(
        "secrecy.report_leak occurred after found",
        secrecy.report_leak,
        {
            "matter": MATTER,
            "what": "x",
            "found_at": T,
            "found_by": PERSON,
            "remedy": "y",
            "occurred_at": T2,
        },
        InvalidInput,
        "occurred_at",
    ),
    Bad("sla.Clock.status before start", CLOCK.status, {"at": _T_BEFORE}, InvalidInput, "at"),
    # a bool where an int is expected
    Bad("periods.Period.days bool", periods.Period.days, {"count": True}, InvalidType, "count"),
    Bad(
        "calendars.add_workdays bool",
        CAL.add_workdays,
        {"day": D, "workdays": True},
        InvalidType,
        "workdays",
    ),
    Bad(
        "exchange.inspection_window bool",
        exchange.inspection_window,
        {"year": True},
        InvalidType,
        "year",
    ),
    Bad(
        "exchange.required_count bool",
        exchange.required_count,
        {"share": Fraction(1, 3), "people_count": False},
        InvalidType,
        "people_count",
    ),
    Bad(
        "service.picking_deadline bool",
        service.picking_deadline,
        {"received_at": T, "item_count": True},
        InvalidType,
        "item_count",
    ),
    Bad(
        "complaints.score_deduction bool",
        complaints.score_deduction,
        {"complaint_count": True},
        InvalidType,
        "complaint_count",
    ),
    Bad(
        "vip.Line bool quantity",
        vip.Line,
        {"list_price": "1", "quantity": True},
        InvalidType,
        "quantity",
    ),
    Bad(
        "moveout.return_items bool",
        MOVE.return_items,
        {"on": D, "pass_count": True},
        InvalidType,
        "pass_count",
    ),
    Bad(
        "calendars.intervals_on makeup not bool",
        calendars.BusinessHours.standard().intervals_on,
        {"weekday": 0, "makeup": 1},
        InvalidType,
        "makeup",
    ),
    Bad(
        "sla.Target.period_for special not bool",
        TARGET.period_for,
        {"special": "yes"},
        InvalidType,
        "special",
    ),
    # an empty collection where one item is needed
    Bad("vip.quote empty", vip.quote, {"lines": [], "on": D}, InvalidInput, "lines"),
    # a card without its ledger: its rate depends on its points (R-VIP-06)
    Bad(
        "vip.quote a card without its ledger",
        vip.quote,
        {"lines": [vip.Line("100")], "card": CARD, "on": D},
        InvalidInput,
        "ledger",
    ),
    Bad(
        "vip.member_rate a card without its ledger",
        vip.member_rate,
        {"card": CARD, "on": D},
        InvalidInput,
        "ledger",
    ),
    # facts that contradict each other
    Bad(
        "exchange.inspection_status passed without registering",
        exchange.inspection_status,
        {"on": dt.date(2026, 9, 1), "registered": False, "passed": True},
        InvalidInput,
        "registered",
    ),
    Bad(
        "periods.due_in_month naive",
        periods.due_in_month,
        {"start": _NAIVE, "text": "次月2日"},
        InvalidInput,
        "start",
    ),
    Bad(
        "deposits.DepositPolicy empty",
        deposits.DepositPolicy,
        {"tranches": []},
        PolicyError,
        "tranches",
    ),
    Bad(
        "sla.SlaPolicy empty",
        sla.SlaPolicy,
        {"name": "x", "targets": [], "rules": []},
        PolicyError,
        "targets",
    ),
    Bad(
        "purchasing.PurchasingPolicy empty",
        purchasing.PurchasingPolicy,
        {"parties": []},
        PolicyError,
        "parties",
    ),
    Bad(
        "purchasing.cost_contract empty",
        purchasing.cost_contract,
        {"limit": LIMIT, "actual": "1", "tonnes": 1, "parties": {}},
        InvalidInput,
        "parties",
    ),
    Bad(
        "complaints.Case empty",
        complaints.Case,
        {"complaint": _complaint(), "events": (), "policy": "dealer"},
        InvalidInput,
        "events",
    ),
    # object() of no known type, and collections that are not collections
    Bad(
        "sla.SelectionRule.applies_to object",
        sla.SelectionRule("a", ["x"]).applies_to,
        {"attributes": object()},
        InvalidType,
        "attributes",
    ),
    Bad(
        "sla.Selection.start_clocks promised object",
        SELECTION.start_clocks,
        {"at": T, "promised_periods": object()},
        InvalidType,
        "promised_periods",
    ),
    Bad(
        "complaints.with_departments object",
        complaints.DEFAULT_CLASSIFIER_POLICY.with_departments,
        {"departments": [object()]},
        InvalidType,
        "departments[0]",  # an item of a sequence of pairs is named by its place
    ),
    Bad(
        "archives.overdue_updates str",
        archives.overdue_updates,
        {"archives": "某医院", "on": D},
        InvalidType,
        "archives",
    ),
    Bad(
        "archives.overdue_updates object item",
        archives.overdue_updates,
        {"archives": [ARCHIVE, object()], "on": D},
        InvalidType,
        "archives[1]",
    ),
    Bad(
        "archives.update_schedule calendar",
        archives.update_schedule,
        {"archive": ARCHIVE, "on": D, "calendar": "CN"},
        InvalidType,
        "calendar",
    ),
    Bad(
        "archives.survey_due calendar",
        archives.survey_due,
        {"on": D, "calendar": object()},
        InvalidType,
        "calendar",
    ),
    Bad(
        "service.picking_deadline calendar",
        service.picking_deadline,
        {"received_at": T, "item_count": 1, "calendar": "CN"},
        InvalidType,
        "calendar",
    ),
    Bad(
        "secrecy.access_report str",
        secrecy.access_report,
        {"people": [], "matters": "S-1", "on": D},
        InvalidType,
        "matters",
    ),
    Bad(
        "secrecy.classify_matter object id",
        secrecy.classify_matter,
        {"matter_id": object(), "kind": "合同", "owner": "x", "classified_on": D, "ends_on": None},
        InvalidType,
        "matter_id",
    ),
    Bad(
        "secrecy.Matter object owner",
        secrecy.Matter,
        {
            "id": "M",
            "level": "秘密",
            "kind": "合同",
            "owner": object(),
            "classified_on": D,
            "ends_on": None,
        },
        InvalidType,
        "owner",
    ),
    Bad(
        "vip.Card.check object",
        CARD.check,
        {"on": D, "presented_by": object()},
        InvalidType,
        "presented_by",
    ),
    Bad(
        "vip.quote object presented_by",
        vip.quote,
        {"lines": [vip.Line("1")], "on": D, "presented_by": object()},
        InvalidType,
        "presented_by",
    ),
    Bad(
        "complaints.CaseEvent.get object",
        complaints.CaseEvent(T2, "reply", "客户关系顾问").get,
        {"name": object()},
        InvalidType,
        "name",
    ),
    Bad(
        "complaints.SixClears.get object",
        _case().six_clears().get,
        {"kind": object()},
        InvalidType,
        "kind",
    ),
    Bad(
        "vip.VipPolicy huge yuan_per_point",
        vip.VipPolicy,
        {"yuan_per_point": 10**30},
        PolicyError,
        "yuan_per_point",
    ),
    Bad(
        "complaints.fine_for NaN",
        complaints.ResponsibilityPolicy().fine_for,
        {"loss": Decimal("NaN")},
        InvalidInput,
        "loss",
    ),
)


@pytest.mark.parametrize("bad", BAD, ids=lambda b: b.what)
def test_bad_input_is_refused_naming_the_argument(bad: Bad) -> None:
    """The right CustopsError, naming the argument and the value."""
    with pytest.raises(bad.error) as caught:
        bad.fn(**bad.kwargs)
    error = caught.value
    assert isinstance(error, CustopsError)
    if isinstance(error, InvalidType):
        assert isinstance(error, TypeError)
    else:
        assert isinstance(error, ValueError)
    assert error.argument == bad.argument
    assert str(error).startswith(f"{bad.argument}: ")
    assert "(got " in str(error)
    # the reason alone, as a form shows it beside the field
    assert str(error) == f"{bad.argument}: {error.problem} (got {error.value!r})"


# --------------------------------------------------------------------------- None defaults

#: A ``None`` default that stands for "not given" but is needed beside another argument:
#: accepted alone, refused in the valid call below (each entry says beside what).
_NONE_NEEDED_BESIDE = {
    ("complaints.Case.classify", "grounds_sufficient"): "judged with demand_reasonable or "
    "neither (R-CMP-05)",
    ("complaints.Case.classify", "demand_reasonable"): "judged with grounds_sufficient or "
    "neither (R-CMP-05)",
    ("purchasing.cost_contract", "tonnes"): "a per-tonne limit counts by it (R-PUR-02)",
    ("vip.quote", "ledger"): "a card is priced with its points (R-VIP-06)",
    ("vip.member_rate", "ledger"): "a card's rate depends on its points (R-VIP-06)",
}


def _none_default_refusals() -> dict[tuple[str, str], str]:
    """Each ``None`` default of a public callable passed as ``None`` in its valid call: the
    ones refused naming that argument."""
    refused: dict[tuple[str, str], str] = {}
    for call in CALLS:
        for parameter in inspect.signature(call.fn).parameters.values():
            if parameter.default is not None:
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    call.fn(**{**call.kwargs, parameter.name: None})
            except CustopsError as exc:
                if exc.argument == parameter.name:
                    refused[call.id, parameter.name] = str(exc)
    return refused


def test_every_none_default_shown_is_accepted() -> None:
    """A signature that shows ``= None`` means the argument may be left out (CONTRIBUTING
    item 3): passing ``None`` to it is accepted, but where it is needed beside another
    argument; a required argument shows no default (``CasePolicy(*, sla_policy)``,
    ``Case(complaint, events, *, policy)``: a case always names its desk, R-CMP-06)."""
    refused = _none_default_refusals()
    assert sorted(refused) == sorted(_NONE_NEEDED_BESIDE), refused
    for name in ("sla_policy",):
        assert inspect.signature(complaints.CasePolicy).parameters[name].default is (
            inspect.Parameter.empty
        )
    assert inspect.signature(complaints.Case).parameters["policy"].default is (
        inspect.Parameter.empty
    )


# --------------------------------------------------------------------------- property


JUNK_VALUES = st.one_of(
    st.none(),
    st.floats(),
    st.text(max_size=8),
    st.integers(),
    st.booleans(),
    st.binary(max_size=4),
    st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=3), st.floats()), max_size=3),
    st.datetimes(),  # naive
    st.dates(),
    st.decimals(),
    st.timedeltas(),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(object()),
)

REPRESENTATIVE = (
    "money.yuan",
    "money.allocate",
    "periods.Period.parse",
    "periods.deadline",
    "calendars.WorkCalendar.add_workdays",
    "calendars.WorkCalendar.working_time_between",
    "sla.Clock.start",
    "sla.SlaPolicy.schedule",
    "complaints.Complaint",
    "complaints.Case.classify",
    "complaints.classify",
    "complaints.assess_penalty",
    "vip.Ledger.earn",
    "vip.quote",
    "deposits.refund_schedule",
    "exchange.Applicant",
    "secrecy.classify_matter",
    "secrecy.can_copy",
    "service.cash_announcement",
    "service.franchise_return_allowance",
    "moveout.MoveOutCase.inspect",
    "purchasing.cost_contract",
    "archives.survey_due",
)


@pytest.mark.parametrize("call_id", REPRESENTATIVE)
@settings(max_examples=100)
@given(data=st.data())
def test_random_junk_gives_a_result_or_a_custops_error(call_id: str, data: st.DataObject) -> None:
    """Random junk in one or two arguments: a valid result or a CustopsError, never another
    exception, and the error names one of the arguments changed."""
    call = BY_ID[call_id]
    names = [p for p in _params(call.fn) if p != "argument"]
    changed = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=2, unique=True))
    kwargs = dict(call.kwargs)
    for name in changed:
        kwargs[name] = data.draw(JUNK_VALUES, label=name)
    refused: CustopsError | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call.fn(**kwargs)
    except CustopsError as error:
        refused = error
    if refused is not None:
        assert isinstance(refused, (TypeError, ValueError))
        assert any(_names(refused, n, _expected_name(call, n)) for n in changed), str(refused)


# --------------------------------------------------------------------------- half-applied


def _ledger() -> vip.Ledger:
    return vip.Ledger(CARD).earn(dt.date(2025, 2, 1), "500", "R-1")


def _clock() -> sla.Clock:
    return sla.Clock.start(T, TARGET).pause(T2, note="waiting")


def _moveout() -> moveout.MoveOutCase:
    return (
        moveout.MoveOutCase.open(
            "A-1",
            "某公司",
            on=D,
            deposits=[moveout.Charge("装修押金", "2000")],
            arrears=[moveout.Charge("租金", "3000")],
            issued_pass_count=2,
            issued_key_count=2,
        )
        .receive_leasing_notice(D)
        .return_items(D, pass_count=1)
    )


class Refusal(NamedTuple):
    """A value, an operation on it that is refused, and a valid operation after it."""

    what: str
    build: Callable[[], Any]
    refused: Callable[[Any], Any]
    error: type[CustopsError]
    then: Callable[[Any], Any]


REFUSALS = (
    Refusal(
        "Ledger redeem too many",
        _ledger,
        lambda v: v.redeem(D, 10**6, "x"),
        InsufficientPoints,
        lambda v: v.redeem(D, 5, "杯"),
    ),
    Refusal(
        "Ledger earn float",
        _ledger,
        lambda v: v.earn(D, 1.5, "R-2"),
        InvalidType,
        lambda v: v.earn(D, "100", "R-2"),
    ),
    Refusal(
        "Ledger earn duplicate ref",
        _ledger,
        lambda v: v.earn(D, "1", "R-1"),
        InvalidInput,
        lambda v: v.valid_points(on=D),
    ),
    Refusal(
        "Ledger reverse unknown ref",
        _ledger,
        lambda v: v.reverse(D, "R-404"),
        InvalidInput,
        lambda v: v.reverse(D, "R-1"),
    ),
    Refusal(
        "Case assign before classify",
        _case,
        lambda v: v.assign(T2, "客户关系经理", "质量部"),
        IllegalTransition,
        lambda v: v.reply(T2, "客户关系顾问"),
    ),
    Refusal(
        "Case classify naive",
        _case,
        lambda v: v.classify(_NAIVE, "客户关系经理", kind="投诉", category="产品质量"),
        InvalidInput,
        lambda v: v.status(at=T2),
    ),
    Refusal(
        "Case classify unknown label",
        _case,
        lambda v: v.classify(T2, "客户关系经理", kind="投诉", category="天气"),
        InvalidInput,
        lambda v: v.allowed_events(),
    ),
    Refusal(
        "Case survey str",
        lambda: _FLOWS["notified"],
        lambda v: v.survey(T2 + dt.timedelta(hours=9), "客户关系顾问", satisfied="yes"),
        InvalidType,
        lambda v: v.survey(T2 + dt.timedelta(hours=9), "客户关系顾问", satisfied=True),
    ),
    Refusal(
        "Clock resume before pause",
        _clock,
        lambda v: v.resume(T),
        IllegalTransition,
        lambda v: v.resume(T2 + dt.timedelta(hours=1)),
    ),
    Refusal(
        "Clock pause twice",
        _clock,
        lambda v: v.pause(T2 + dt.timedelta(hours=1)),
        IllegalTransition,
        lambda v: v.status(at=T2 + dt.timedelta(hours=2)),
    ),
    Refusal(
        "MoveOutCase return too many",
        _moveout,
        lambda v: v.return_items(D2, pass_count=5),
        InvalidInput,
        lambda v: v.return_items(D2, pass_count=1, key_count=2),
    ),
    Refusal(
        "MoveOutCase settle before inspection",
        _moveout,
        lambda v: v.settle(D2),
        IllegalTransition,
        lambda v: v.return_items(D2, pass_count=1, key_count=2),
    ),
    Refusal(
        "MoveOutCase inspect junk damages",
        lambda: _moveout().return_items(D, pass_count=1, key_count=2),
        lambda v: v.inspect(D2, restored=True, damages=[object()]),
        InvalidType,
        lambda v: v.inspect(D2, restored=True),
    ),
)


@pytest.mark.parametrize("case", REFUSALS, ids=lambda r: r.what)
def test_nothing_is_half_applied(case: Refusal) -> None:
    """A refused operation leaves the value exactly as it was (a failed call changes
    nothing): equal to an untouched twin, pickling the same, and behaving the same after."""
    value, twin = case.build(), case.build()
    before = pickle.dumps(value)
    with pytest.raises(case.error):
        case.refused(value)
    assert value == twin
    assert pickle.dumps(value) == before
    assert case.then(value) == case.then(twin)


def test_a_huge_gain_is_fined_exactly_not_an_arithmetic_error() -> None:
    """exchange.minimum_fine: a 27-digit gain once raised decimal.InvalidOperation."""
    gain = 569728329115425021026631680
    assert exchange.minimum_fine(gain) == Decimal(gain)
    with pytest.raises(InvalidInput, match=r"^illicit_gain: "):
        exchange.minimum_fine(10**28)
