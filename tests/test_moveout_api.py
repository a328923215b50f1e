"""The move-out API after issue 12: ``open(unit_id, tenant, *, on)``,
``history`` a property, the settlement's totals named ``*_total`` (R-MOV-01, R-MOV-02)."""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType
from custops.moveout import Charge, Damage, MoveOutCase, MoveOutStep, Settlement, settle

D = dt.date(2025, 6, 3)


def test_R_MOV_02_open_takes_the_moment_as_the_keyword_on() -> None:
    """R-MOV-02 step 1: like ``Card.issue(number, holder, *, on)``, the day
    of the application is the keyword ``on`` and is kept as ``applied_on``."""
    params = inspect.signature(MoveOutCase.open).parameters
    assert [p.name for p in params.values()][:3] == ["unit_id", "tenant", "on"]
    assert params["on"].kind is inspect.Parameter.KEYWORD_ONLY
    case = MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1)
    assert case.applied_on == D
    assert [(e.on, e.step) for e in case.events] == [(D, MoveOutStep.APPLICATION)]
    with pytest.raises(TypeError):
        MoveOutCase.open("A-1", "某公司", D, issued_pass_count=1, issued_key_count=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        MoveOutCase.open("A-1", "某公司", applied_on=D, issued_pass_count=1, issued_key_count=1)  # type: ignore[call-arg]
    with pytest.raises(InvalidType, match=r"^on: "):
        MoveOutCase.open("A-1", "某公司", on="2025-06-03", issued_pass_count=1, issued_key_count=1)  # type: ignore[arg-type]


def test_R_MOV_01_the_unit_is_named_by_its_id() -> None:
    """R-MOV-01 (issue 12, one type per name): the rented unit is ``unit_id`` (a str), so
    ``unit`` keeps one meaning (``Period.unit``, a unit of time)."""
    case = MoveOutCase.open(
        unit_id=" A-1203 ", tenant="某公司", on=D, issued_pass_count=1, issued_key_count=1
    )
    assert case.unit_id == "A-1203"
    assert "unit" not in {f.name for f in attrs.fields(MoveOutCase)}
    with pytest.raises(InvalidInput, match=r"^unit_id: must not be empty"):
        MoveOutCase.open(" ", "某公司", on=D, issued_pass_count=1, issued_key_count=1)


def test_R_MOV_02_history_is_a_property() -> None:
    """R-MOV-02: ``history`` is read like ``Case.history`` and
    ``Status.history``: an attribute, the events oldest first."""
    assert isinstance(inspect.getattr_static(MoveOutCase, "history"), property)
    case = MoveOutCase.open(
        "A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1
    ).receive_leasing_notice(D)
    assert case.history == case.events
    assert [e.step for e in case.history] == [MoveOutStep.APPLICATION, MoveOutStep.LEASING_NOTICE]


def test_R_MOV_02_settlement_totals() -> None:
    """R-MOV-02: the settlement's Decimal totals are ``*_total``; the
    case's ``deposits``/``arrears`` and the inspection's ``damages`` stay the tuples."""
    s = settle(
        deposits=[Charge("押金", "500"), Charge("装修押金", "100")],
        damages=[Damage("地毯", "50")],
        arrears=[Charge("电费", "800")],
    )
    assert (s.deposits_total, s.damages_total, s.arrears_total) == (
        Decimal("600.00"),
        Decimal("50.00"),
        Decimal("800.00"),
    )
    assert (s.net, s.refund, s.owed) == (Decimal("-250.00"), Decimal("0.00"), Decimal("250.00"))
    assert {"deposits", "damages", "arrears"}.isdisjoint(f.name for f in attrs.fields(Settlement))
    case = MoveOutCase.open(
        "A-1",
        "某公司",
        on=D,
        deposits=[Charge("押金", "500")],
        issued_pass_count=1,
        issued_key_count=1,
    )
    assert case.deposits == (Charge("押金", "500"),)


_AMOUNTS = st.lists(st.integers(min_value=0, max_value=10**6), max_size=3)
_DAMAGE_AMOUNTS = st.lists(st.integers(min_value=1, max_value=10**6), max_size=3)  # > 0


@settings(max_examples=60)
@given(_AMOUNTS, _DAMAGE_AMOUNTS, _AMOUNTS)
def test_R_MOV_02_property_totals_are_the_sums(
    deposits: list[int], damages: list[int], arrears: list[int]
) -> None:
    """R-MOV-02 invariant: each total is the sum of its lines and ``refund − owed`` is
    ``deposits_total − damages_total − arrears_total``, one of the two zero."""
    s = settle(
        deposits=[Charge("押金", a) for a in deposits],
        damages=[Damage("墙面", a) for a in damages],
        arrears=[Charge("欠费", a) for a in arrears],
    )
    sums = tuple(Decimal(sum(amounts)) for amounts in (deposits, damages, arrears))
    assert (s.deposits_total, s.damages_total, s.arrears_total) == sums
    assert s.refund - s.owed == s.net == s.deposits_total - s.damages_total - s.arrears_total
    assert min(s.refund, s.owed) == 0


def test_forwarding_contact_is_read_alike_by_the_case_and_sign_off() -> None:
    """``MoveOutCase(forwarding_contact=…)`` reads the contact as ``sign_off`` does: trimmed,
    a blank one refused naming the field (it was kept as '  ' by the constructor)."""
    import datetime as _dt

    from custops.errors import InvalidInput
    from custops.moveout import MoveOutCase

    on = _dt.date(2025, 1, 1)
    case = MoveOutCase(
        "A-1",
        "张三",
        applied_on=on,
        forwarding_contact=" 13800000000 ",
        issued_pass_count=1,
        issued_key_count=1,
    )
    assert case.forwarding_contact == "13800000000"
    with pytest.raises(InvalidInput, match=r"^forwarding_contact: must not be empty"):
        MoveOutCase(
            "A-1",
            "张三",
            applied_on=on,
            forwarding_contact="  ",
            issued_pass_count=1,
            issued_key_count=1,
        )


def test_R_MOV_02_the_moment_in_the_other_style_names_it() -> None:
    """R-MOV-02 (house rule 2): a move-out's steps take the day first, by position
    (``case.sign_off(on, department)``), and ``MoveOutCase.open`` by name; a call in the
    other style is refused as InvalidType naming the argument and the signature."""
    case: Any = MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(InvalidType) as info:
        case.sign_off("工程部", on=D)  # the day as a keyword, after the department
    # the value quoted is the one given as on=; the department's place is named beside it
    assert (info.value.argument, info.value.value) == ("on", D)
    assert "given both by position ('工程部', 1st)" in info.value.problem
    assert "call MoveOutCase.sign_off(on, department, *, note" in info.value.problem
    with pytest.raises(InvalidType, match=r"^on: is missing; call MoveOutCase\.inspect\(on"):
        case.inspect(damages=())
    with pytest.raises(InvalidType, match=r"^on: is keyword-only.*MoveOutCase\.open\(unit_id"):
        MoveOutCase.open("A-1", "某公司", D, issued_pass_count=1, issued_key_count=1)  # type: ignore[call-arg]
    assert list(inspect.signature(MoveOutCase.sign_off).parameters)[:3] == [
        "self",
        "on",
        "department",
    ]
