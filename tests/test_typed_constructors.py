"""Constructors, functions and methods are typed for a type checker and for ``help()``.

Each class's fields are read by named converters that mypy's attrs support types as plain
functions, so ``__init__`` takes what a caller may pass (``Decimal | int | str`` for an
amount, a member or its name for an enum) rather than ``Any``.  This file is checked by
the project's mypy run (``mypy --strict``, ``warn_unused_ignores``): every call below
must type-check, and every call marked ``# type: ignore[arg-type]`` passes a type the
constructor refuses, so mypy fails if that parameter ever becomes ``Any`` again.  At run
time the same refused calls raise, naming the argument.  Functions and methods are typed
as precisely (an amount is a :data:`custops.money.MoneyInput` wherever it enters): no public
parameter is ``Any`` but the columns of another library that the bulk modules take.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import attrs
import pytest

import custops
from custops import serial
from custops.calendars import BusinessHours, Interval, WorkCalendar
from custops.complaints import (
    Case,
    CasePolicy,
    Channel,
    Complaint,
    Kind,
    Rule,
    assess_fine,
    assess_penalty,
)
from custops.deposits import Claim, ClaimKind, DepositPolicy, Tranche, refund_schedule
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.exchange import ExchangePolicy, litigation_reportable, minimum_fine
from custops.money import allocate, uppercase, yuan
from custops.moveout import Charge, MoveOutCase
from custops.periods import Period, Unit
from custops.purchasing import CostLimit, cost_contract
from custops.secrecy import Person, Position
from custops.service import cash_announcement, franchise_return_allowance
from custops.sla import CaseAttribute, Target
from custops.vip import Card, Holder, Ledger, Line, Purchase, VipPolicy, quote
from test_api_conventions import CALLABLES

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
AT = dt.datetime(2025, 3, 3, 9, 30, tzinfo=SHANGHAI)


# -- calls a typed caller writes: each type-checks and builds the value ---------------------


def test_purchase_takes_a_date_and_an_amount_R_VIP_01() -> None:
    purchase = Purchase(dt.date(2025, 3, 1), "1200", "P-1", refunded=Decimal("200"))
    assert (purchase.on, purchase.paid, purchase.refunded) == (
        dt.date(2025, 3, 1),
        Decimal("1200.00"),
        Decimal("200.00"),
    )
    assert Purchase(dt.date(2025, 3, 1), 1200).paid == Decimal("1200.00")


def test_purchase_refuses_a_text_date_and_a_float_amount() -> None:
    with pytest.raises(InvalidType, match=r"^on: "):
        Purchase("yesterday", 1)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^paid: "):
        Purchase(dt.date(2025, 3, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^ref: "):
        Purchase(dt.date(2025, 3, 1), 1, ref=7)  # type: ignore[arg-type]


def test_complaint_takes_a_channel_member_or_its_name_R_CMP_01() -> None:
    by_name = Complaint("电话", "酒有怪味", "王", received_at=AT, claimed_loss="300")
    by_member = Complaint(Channel.PHONE, "酒有怪味", "王", received_at=AT, complainant_count=2)
    assert by_name.channel is by_member.channel is Channel.PHONE
    assert by_name.claimed_loss == Decimal("300.00")
    assert by_member.complainant_count == 2


def test_complaint_refuses_a_naive_text_instant_and_a_float_loss() -> None:
    with pytest.raises(InvalidType, match=r"^received_at: "):
        Complaint("电话", "酒有怪味", "王", received_at="2025-03-03 09:30")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^claimed_loss: "):
        Complaint("电话", "酒有怪味", "王", received_at=AT, claimed_loss=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^complainant_count: "):
        Complaint("电话", "酒有怪味", "王", received_at=AT, complainant_count="2")  # type: ignore[arg-type]


def test_work_calendar_takes_dates_weekdays_and_a_zone_name() -> None:
    calendar = WorkCalendar(
        closures=[dt.date(2026, 2, 20), (dt.date(2026, 2, 23), dt.date(2026, 2, 24))],
        annual_closures=[(12, 18)],
        weekend=[5, 6],
        zone="Asia/Shanghai",
        strict=False,
    )
    assert calendar.zone == ZoneInfo("Asia/Shanghai")
    assert calendar.weekend == frozenset({5, 6})
    assert dt.date(2026, 2, 23) in calendar.closures


def test_work_calendar_refuses_a_text_closure_list_and_a_text_strict() -> None:
    with pytest.raises(InvalidType, match=r"^strict: "):
        WorkCalendar(strict="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^zone: "):
        WorkCalendar(zone=8)  # type: ignore[arg-type]


def test_business_hours_takes_texts_pairs_and_intervals_R_SLA_05() -> None:
    hours = BusinessHours(
        {0: [("09:00", "12:00"), "13:00-18:00"], 1: Interval(dt.time(9), dt.time(17))},
        by_day={dt.date(2026, 1, 1): ()},
    )
    assert [(i.start.hour, i.end.hour) for i in hours.weekly[0]] == [(9, 12), (13, 18)]
    with pytest.raises(InvalidType, match=r"^makeup_weekday: "):
        BusinessHours({0: "09:00-18:00"}, makeup_weekday="0")  # type: ignore[arg-type]


def test_vip_policy_takes_rates_as_decimal_int_or_text_R_VIP_02() -> None:
    policy = VipPolicy(base_rate="0.9", tier_rate=Decimal("0.85"), window_months=6)
    assert (policy.base_rate, policy.tier_rate) == (Decimal("0.9"), Decimal("0.85"))


def test_vip_policy_refuses_a_float_rate_and_a_text_count() -> None:
    with pytest.raises(InvalidType, match=r"^base_rate: "):
        VipPolicy(base_rate=0.9)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^window_months: "):
        VipPolicy(window_months="6")  # type: ignore[arg-type]


def test_line_takes_an_amount_and_a_whole_quantity() -> None:
    line = Line("299", 2, coupon=Decimal("20"), name="红酒")
    assert (line.list_price, line.quantity, line.coupon) == (Decimal("299.00"), 2, Decimal("20.00"))
    with pytest.raises(InvalidType, match=r"^list_price: "):
        Line(99.9)  # type: ignore[arg-type]


def test_case_policy_takes_a_preset_name_and_role_names_R_CMP_06() -> None:
    policy = CasePolicy(sla_policy="dealer", pause_for_customer=True, approvers=["总经理"])
    assert policy.pause_for_customer is True
    with pytest.raises(InvalidType, match=r"^pause_for_customer: "):
        CasePolicy(sla_policy="dealer", pause_for_customer="sometimes")  # type: ignore[arg-type]


def test_period_takes_a_count_and_a_unit_or_its_name_R_PER_02() -> None:
    assert Period(3, "工作日") == Period(3, Unit.WORKDAYS)
    with pytest.raises(InvalidType, match=r"^count: "):
        Period(1.5, Unit.DAYS)  # type: ignore[arg-type]


def test_deposit_values_take_amounts_shares_and_pairs() -> None:
    claim = Claim("120", "钥匙", on=dt.date(2025, 6, 1), kind=ClaimKind.OTHER)
    assert claim.amount == Decimal("120.00")
    policy = DepositPolicy(reserve_rate="0.2", tranches=[(4, "0.4"), Tranche(6, "0.6")])
    assert [t.months for t in policy.tranches] == [4, 6]
    with pytest.raises(InvalidType, match=r"^amount: "):
        Claim(1.5, "x", on=dt.date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^on: "):
        Claim(1, "x", on="2025-01-01")  # type: ignore[arg-type]


def test_target_takes_a_period_or_its_text_R_SLA_01() -> None:
    target = Target("reply", "24小时", warnings=["0.5", Decimal("0.8")], from_assignment=True)
    assert target.period == Period(24, Unit.HOURS)
    assert target.warnings == (Decimal("0.5"), Decimal("0.8"))
    with pytest.raises(InvalidType, match=r"^calendar_days: "):
        Target("reply", "24小时", calendar_days="yes")  # type: ignore[arg-type]


def test_person_takes_position_members_or_names_R_SEC_01() -> None:
    person = Person("u1", "hq", positions=["总公司总经理", Position.STAFF])
    assert person.positions == frozenset({Position.HQ_GM, Position.STAFF})
    with pytest.raises(InvalidType, match=r"^id: "):
        Person(7, "hq")  # type: ignore[arg-type]


def test_charge_and_exchange_policy_refuse_a_float() -> None:
    assert Charge("押金", "1500").amount == Decimal("1500.00")
    with pytest.raises(InvalidType, match=r"^amount: "):
        Charge("押金", 1.5)  # type: ignore[arg-type]
    assert ExchangePolicy(senior_share="1/3").senior_share == Fraction(1, 3)
    with pytest.raises((InvalidType, PolicyError), match=r"^senior_share: "):
        ExchangePolicy(senior_share=0.3)  # type: ignore[arg-type]


def test_a_classifier_rule_takes_a_kind_name() -> None:
    rule = Rule("acme.x", kind="投诉", terms=("坏",))
    assert rule.kind is Kind.COMPLAINT
    with pytest.raises((InvalidType, InvalidInput), match=r"^describes_problem: "):
        Rule("acme.x", kind="投诉", terms=("坏",), describes_problem=1)  # type: ignore[arg-type]


# -- the same types at run time: inspect.signature and help() ----------------------------


def _public_attrs_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        leaf = info.name.rsplit(".", 1)[-1]
        if leaf.startswith("_") or ".cli" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                found.setdefault(f"{value.__module__}.{value.__qualname__}", value)
    return found


PUBLIC_ATTRS_CLASSES = _public_attrs_classes()


def test_every_public_attrs_class_is_found() -> None:
    assert len(PUBLIC_ATTRS_CLASSES) > 100
    assert "custops.vip.qualification.Purchase" in PUBLIC_ATTRS_CLASSES


@pytest.mark.parametrize("name", sorted(PUBLIC_ATTRS_CLASSES))
def test_every_constructor_parameter_is_annotated_and_not_any(name: str) -> None:
    """``help(cls)`` shows what each parameter takes: no parameter is unannotated or
    ``Any`` (a converter's annotation is what the caller passes)."""
    signature = inspect.signature(PUBLIC_ATTRS_CLASSES[name])
    untyped = [
        parameter.name
        for parameter in signature.parameters.values()
        if parameter.annotation in (inspect.Parameter.empty, typing.Any, "Any", "typing.Any")
    ]
    assert untyped == [], f"{name}: {untyped} typed Any or not at all"


# -- functions and methods: a refused type is flagged by mypy and refused at run time -------


def test_money_functions_refuse_a_float_R_DEP_01() -> None:
    with pytest.raises(InvalidType, match=r"^value: "):
        yuan(19.99)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^total: "):
        allocate(1.5, [1, 1])  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^amount: "):
        uppercase(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^peak: "):
        refund_schedule(peak=1.5, balance="1", announced_on=dt.date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^balance: "):
        refund_schedule(peak="2", balance=1.5, announced_on=dt.date(2025, 1, 1))  # type: ignore[arg-type]


def test_service_amounts_refuse_a_float_R_SVC_03() -> None:
    with pytest.raises(InvalidType, match=r"^amount_received: "):
        cash_announcement(amount_received=100.0, amount_due="87.5")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^amount_due: "):
        cash_announcement(amount_received="100", amount_due=87.5)  # type: ignore[arg-type]
    allowance = franchise_return_allowance(
        purchased_amount="20000", ratio=Fraction(1, 10), requested_amount="800"
    )
    assert allowance.allowance_amount == Decimal("2000.00")
    with pytest.raises(InvalidType, match=r"^ratio: "):
        franchise_return_allowance(purchased_amount="20000", ratio=0.1, requested_amount="800")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^requested_amount: "):
        franchise_return_allowance(purchased_amount="20000", ratio="0.1", requested_amount=8.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^returned_amount: "):
        franchise_return_allowance(
            purchased_amount="20000",
            ratio="0.1",
            requested_amount="800",
            returned_amount=1.5,  # type: ignore[arg-type]
        )


def test_penalties_and_exchange_amounts_refuse_a_float_R_CMP_11_R_MEM_04() -> None:
    with pytest.raises(InvalidType, match=r"^amount: "):
        assess_fine(200.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^loss: "):
        assess_penalty(100.0)  # type: ignore[arg-type]
    assert assess_penalty(None).provisional
    with pytest.raises(InvalidType, match=r"^amount: "):
        litigation_reportable(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^illicit_gain: "):
        minimum_fine(1.5)  # type: ignore[arg-type]


def test_cost_contract_takes_amounts_quantities_and_weights_R_PUR_02() -> None:
    limit = CostLimit("每吨", "35")
    contract = cost_contract(limit, actual="3400", tonnes=Decimal(100), parties=[("采购部门", 1)])
    assert contract.actual == Decimal("3400.00")
    with pytest.raises(InvalidType, match=r"^actual: "):
        cost_contract(limit, actual=3400.5, tonnes="100")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^tonnes: "):
        cost_contract(limit, actual="3400", tonnes=100.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^goods_value: "):
        cost_contract(CostLimit("每百元", "1.25"), actual="1300", goods_value=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^parties"):
        cost_contract(limit, actual="3400", tonnes="100", parties={"采购部门": 0.5})  # type: ignore[dict-item]


def test_ledger_quote_and_moveout_amounts_refuse_a_float_R_VIP_05_R_MOV_02() -> None:
    day = dt.date(2025, 3, 1)
    card = Card.issue("VIP-0001", Holder("C001", "王芳"), on=day)
    ledger = Ledger(card)
    with pytest.raises(InvalidType, match=r"^paid: "):
        ledger.earn(day, 100.0, "S1")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^paid: "):
        ledger.points_for(100.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^carry: "):
        ledger.open_balance(day, 10, "OLD", carry=0.5)  # type: ignore[arg-type]
    earned = ledger.earn(day, "100", "S1")
    with pytest.raises(InvalidType, match=r"^amount: "):
        earned.reverse(day, "S1", amount=50.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^coupon: "):
        quote(Line("299"), card, on=day, coupon=20.0, ledger=Ledger(card))  # type: ignore[arg-type]
    case = MoveOutCase.open("A-1203", "某贸易公司", on=day, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(InvalidType, match=r"^amount: "):
        case.collect(day, 1.5)  # type: ignore[arg-type]


def test_case_loss_serial_and_attributes_refuse_a_wrong_type_R_CMP_13() -> None:
    complaint = Complaint("当面", "说好的赠品没给", "周", received_at=AT)
    case = Case.open(complaint, "客户关系顾问", policy="dealer")
    with pytest.raises(InvalidType, match=r"^loss: "):
        case.assess_loss(AT, "客户关系经理", 760.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^loss: "):
        case.penalty(at=AT, loss=760.5)  # type: ignore[arg-type]
    with pytest.raises((InvalidType, InvalidInput), match=r"^text: "):
        serial.from_json(7)  # type: ignore[call-overload]
    assert serial.from_dict(serial.to_dict(Period(2, "小时"))) == Period(2, Unit.HOURS)
    with pytest.raises(InvalidType, match=r"^priority: "):
        CaseAttribute("priority", ("low", "urgent")).read(2)  # type: ignore[arg-type]


# -- no public parameter is Any, but another library's columns -----------------------------

#: Parameters that take another library's data (CONTRIBUTING, "Documented exceptions",
#: "Another library's columns"): an array, a pandas Series, an Arrow array or a Spark
#: DataFrame has no type custops can name without importing the optional library.
_ANY_PARAMETER_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "custops.complaints:classify_many": ("texts",),
    "custops.sla:due_many": ("starts",),
    "custops.sla:SlaPolicy.schedule_many": ("attributes", "received_at"),
    "custops.sla:SlaPolicy.select_many": ("attributes",),
    "custops.spark:calendar_frame": ("spark",),
    "custops.spark:with_classify": ("df",),
    "custops.spark:with_deadline": ("df",),
    "custops.spark:with_add_workdays": ("df",),
    "custops.spark:with_workdays_between": ("df",),
    "custops.vector:add_workdays_many": ("days", "workdays"),
    "custops.vector:status_many": ("starts", "stopped_at"),
    "custops.vector:day_kind_many": ("days",),
    "custops.vector:deadline_many": ("starts",),
    "custops.vector:is_workday_many": ("days",),
    "custops.vector:provisional_many": ("starts",),
    "custops.vector:roll_many": ("days",),
    "custops.vector:workdays_between_many": ("starts", "ends"),
}


def _alternatives(annotation: object) -> list[str]:
    """The alternatives of a (string) annotation's top-level union: ``A | B[C | D]`` is
    ``["A", "B[C | D]"]``."""
    text, depth, parts, part = str(annotation), 0, [], ""
    for char in text:
        depth += char in "[("
        depth -= char in "])"
        if char == "|" and depth == 0:
            parts.append(part.strip())
            part = ""
        else:
            part += char
    return [*parts, part.strip()]


def _parameters_where(typed: Callable[[object], bool]) -> dict[str, tuple[str, ...]]:
    """The named parameters of every public callable whose annotation ``typed`` picks."""
    found: dict[str, tuple[str, ...]] = {}
    for member in CALLABLES:
        names = tuple(
            parameter.name
            for parameter in inspect.signature(member.fn).parameters.values()
            if parameter.name not in ("self", "cls")
            and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
            and typed(parameter.annotation)
        )
        if names:
            found[member.where] = names
    return found


def _any_parameters() -> dict[str, tuple[str, ...]]:
    return _parameters_where(lambda a: bool({"Any", "typing.Any"} & set(_alternatives(a))))


#: Parameters whose annotation holds ``Any`` inside it (``Iterable[Any]``, ``Mapping[str,
#: Any]``, ``Callable[[Any], str]``), by the same documented exception: ``pauses`` is three
#: columns of another library (a long table: each pause's clock row, start and end).  And
#: one free-form mapping: a case event's ``data``, whose values are of another type for
#: each step and each name (a ``Kind``, a ``bool``, a ``Period``, an amount, roles: the
#: step's :data:`~custops.complaints.events.SCHEMA` reads them), given as the event's
#: stored record is.  An SLA case's ``attributes``, open too (a company's own attributes,
#: each read by its ``CaseAttribute``), is typed ``object``, which takes every value.
_NESTED_ANY_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "custops.complaints.events.CaseEvent": ("data",),
    "custops.vector:status_many": ("pauses",),
}

_ANY_NAMES = ("Any", "typing.Any")
_ANY_INSIDE = re.compile(r"\b(typing\.)?Any\b")


def _nested_any(annotation: object) -> bool:
    """Whether an annotation holds ``Any`` inside one of its alternatives (a top-level
    ``Any`` is :func:`_any_parameters`')."""
    return any(
        _ANY_INSIDE.search(part) for part in _alternatives(annotation) if part not in _ANY_NAMES
    )


def _nested_any_parameters() -> dict[str, tuple[str, ...]]:
    found = _parameters_where(_nested_any)
    for name, cls in sorted(PUBLIC_ATTRS_CLASSES.items()):
        names = tuple(
            parameter.name
            for parameter in inspect.signature(cls).parameters.values()
            if _nested_any(parameter.annotation)
        )
        if names:
            found[name] = names
    return found


def test_nested_any_is_found_inside_an_alternative_only() -> None:
    assert _nested_any("Iterable[Any]")
    assert _nested_any("Mapping[str, Any] | None")
    assert _nested_any("tuple[typing.Any, int]")
    assert not _nested_any("Any")  # top level: the test above
    assert not _nested_any("Mapping[str, object] | Iterable[tuple[str, object]]")
    assert not _nested_any("Many[int]")


def test_no_public_parameter_holds_any_inside() -> None:
    """``Any`` inside a parameter's type (``weights: Iterable[Any]``) turns mypy's check off
    as a top-level ``Any`` does: a weight, an arrangement's key, an SLA attribute, a stored
    document's type are typed as what they take; ``Any`` only inside another library's
    columns, and each such entry still names such a parameter."""
    assert _nested_any_parameters() == _NESTED_ANY_EXCEPTIONS


def test_alternatives_split_the_top_level_union_only() -> None:
    assert _alternatives("Iterable[str] | Any") == ["Iterable[str]", "Any"]
    assert _alternatives("Mapping[str, Any | int] | None") == ["Mapping[str, Any | int]", "None"]


def test_no_public_function_or_method_parameter_is_any() -> None:
    """``help()`` and mypy see what each parameter of a public function or method takes
    (an amount is ``MoneyInput``): ``Any`` only where another library's data is taken, and
    each such entry still names an ``Any`` parameter."""
    assert len(CALLABLES) > 300
    assert _any_parameters() == _ANY_PARAMETER_EXCEPTIONS
