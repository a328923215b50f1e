"""The API convention (CONTRIBUTING, issue 12) in custops.service, moveout, exchange and
purchasing: the renames and the shapes every
result and policy of these modules keeps."""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import exchange, moveout, purchasing, service
from custops.calendars import WorkCalendar
from custops.decisions import Decision, Explained
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType
from custops.service import (
    CashAnnouncement,
    FranchiseAllowance,
    GreetingCheck,
    GreetingTiming,
    PhoneCheck,
    PhoneTiming,
    ReadyWindow,
    ServicePolicy,
    cash_announcement,
    franchise_return_allowance,
    greeting_check,
    phone_check,
    repair_intake,
)

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2025, 3, 3, 10, 0, tzinfo=SH)
MODULES = (service, moveout, exchange, purchasing)


def _classes(module: ModuleType) -> list[type]:
    """The public attrs classes of ``module``."""
    found = [getattr(module, name) for name in module.__all__]
    return [c for c in found if inspect.isclass(c) and attrs.has(c)]


def _fields(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls)}


# --- R-SLA-19, R-SLA-20: a Decision says which case it was in `timing`, not `outcome` ---------


def test_R_SLA_19_R_SLA_20_checks_are_decisions_with_a_timing() -> None:
    """R-SLA-19, R-SLA-20: the phone and greeting checks are yes/no
    Decisions; which of the four cases it was is ``timing``, and ``outcome`` (reserved for
    results of 3+ outcomes without a truth value) is gone."""
    for cls, enum in ((PhoneCheck, PhoneTiming), (GreetingCheck, GreetingTiming)):
        assert issubclass(cls, Decision)
        assert "outcome" not in _fields(cls)
        assert attrs.fields_dict(cls)["timing"].type in (enum, enum.__name__)
        assert issubclass(enum, LabelledEnum)
        assert len(enum) == 4
    assert not hasattr(service, "PhoneOutcome")
    assert not hasattr(service, "GreetingOutcome")
    late = phone_check(6)
    assert (late.timing, bool(late), late.rule) == (PhoneTiming.LATE_NO_APOLOGY, False, "R-SLA-19")
    waiting = greeting_check(T0, at=T0 + dt.timedelta(seconds=30))
    assert (waiting.timing, bool(waiting), waiting.rule) == (
        GreetingTiming.PENDING,
        True,
        "R-SLA-20",
    )
    assert PhoneTiming.parse("超时接听已致歉") is PhoneTiming.LATE_APOLOGISED
    assert GreetingTiming.parse("overdue") is GreetingTiming.OVERDUE


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=30), st.booleans())
def test_R_SLA_19_property_allowed_follows_the_timing(rings: int, apologised: bool) -> None:
    """R-SLA-19 invariant: a call is allowed exactly when its timing is on time or late with
    the apology owed; the one-line reason never carries the rule ID."""
    check = phone_check(rings, apologised=apologised)
    compliant = {PhoneTiming.ON_TIME, PhoneTiming.LATE_APOLOGISED}
    assert check.allowed == (check.timing in compliant)
    assert "\n" not in check.reason
    assert "R-" not in check.reason


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=600), st.booleans())
def test_R_SLA_20_property_allowed_follows_the_timing(seconds: int, greeted: bool) -> None:
    """R-SLA-20 invariant: allowed exactly when greeted on time or still within the minute;
    the timing is ON_TIME/LATE with a greeting, PENDING/OVERDUE without."""
    later = T0 + dt.timedelta(seconds=seconds)
    check = greeting_check(T0, greeted_at=later) if greeted else greeting_check(T0, at=later)
    assert check.allowed == (check.timing in {GreetingTiming.ON_TIME, GreetingTiming.PENDING})
    with_greeting = {GreetingTiming.ON_TIME, GreetingTiming.LATE}
    assert (check.timing in with_greeting) == greeted
    assert check.allowed == (seconds <= 60)


# --- R-SVC-02, R-SVC-03: money fields say they are amounts ------------------------------------


def test_R_SVC_02_cash_announcement_fields() -> None:
    """R-SVC-02: the amount due is ``amount_due`` (a ``due`` elsewhere is a
    moment); what is said is ``spoken`` / ``spoken_uppercase``; the argument is
    ``amount_due`` too, and what was taken is ``amount_received`` beside it."""
    a = cash_announcement(amount_received="100", amount_due="87.5")
    assert (a.amount_received, a.amount_due, a.change) == (
        Decimal("100.00"),
        Decimal("87.50"),
        Decimal("12.50"),
    )
    assert (a.spoken, a.spoken_uppercase) == (
        "收您100元,找您12.50元",
        "收您壹佰元整,找您壹拾贰元伍角",
    )
    assert {"due", "received", "words", "uppercase_words"}.isdisjoint(_fields(CashAnnouncement))
    with pytest.raises(InvalidInput, match=r"^amount_due: must not be negative"):
        cash_announcement(amount_received="1", amount_due="-1")


def test_R_SVC_03_franchise_allowance_amounts() -> None:
    """R-SVC-03: every yuan figure of the allowance is ``*_amount``,
    so ``remaining``/``allowance`` keep one type (a timedelta) across custops."""
    a = franchise_return_allowance(
        purchased_amount="20000", ratio="0.1", returned_amount="1500", requested_amount="800"
    )
    assert (
        a.allowance_amount,
        a.returned_amount,
        a.remaining_amount,
        a.requested_amount,
        a.accepted_amount,
        a.refused_amount,
    ) == tuple(Decimal(x) for x in ("2000.00", "1500.00", "500.00", "800.00", "500.00", "300.00"))
    old = {"allowance", "returned", "remaining", "requested", "accepted", "refused"}
    assert old.isdisjoint(_fields(FranchiseAllowance))


@settings(max_examples=60)
@given(
    st.integers(min_value=0, max_value=10**7),
    st.sampled_from(("0", "0.05", "0.1", "1")),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),  # a request for nothing is refused
)
def test_R_SVC_03_property_allowance_adds_up(
    purchased: int, ratio: str, returned: int, requested: int
) -> None:
    """R-SVC-03 invariant: accepted + refused = requested; accepted ≤ remaining =
    max(allowance − returned, 0)."""
    a = franchise_return_allowance(
        purchased_amount=purchased,
        ratio=ratio,
        returned_amount=min(returned, purchased),  # both of the contract period
        requested_amount=requested,
    )
    assert a.accepted_amount + a.refused_amount == a.requested_amount == requested
    assert a.remaining_amount == max(a.allowance_amount - a.returned_amount, Decimal(0))
    assert 0 <= a.accepted_amount <= a.remaining_amount


# --- R-SVC-04: month arithmetic is custops._dates.add_months -----------------


@settings(max_examples=80)
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 6, 30)))
def test_R_SVC_04_property_repair_window_is_whole_months(day: dt.date) -> None:
    """R-SVC-04 invariant: a repair sent abroad is ready 1–6 months after it was received,
    the corresponding day (or the month's last day), as ``relativedelta`` counts months."""
    d = repair_intake(day, repairable_in_house=False)
    assert d.ready == ReadyWindow(day + relativedelta(months=1), day + relativedelta(months=6))


def test_R_SVC_04_window_past_year_9999_names_the_argument() -> None:
    """R-SVC-04: a window past the calendar is refused naming ``received_on``."""
    with pytest.raises(InvalidInput, match=r"^received_on: \+6 months falls outside"):
        repair_intake(dt.date(9999, 7, 1), repairable_in_house=False)


# --- R-SLA-21: the zone is the calendar's (WorkCalendar.to_local) -------------


def test_R_SLA_21_naive_received_at_is_named() -> None:
    """R-SLA-21: ``calendar.to_local`` converts, and a naive instant names ``received_at``."""
    naive = dt.datetime(2025, 3, 7, 9, 0)
    with pytest.raises(InvalidInput, match=r"^received_at: must be timezone-aware"):
        service.picking_deadline(naive, item_count=1)
    with pytest.raises(InvalidInput, match=r"^received_at: must be timezone-aware"):
        service.website_reply_due(naive)
    paris = service.picking_deadline(
        T0, item_count=1, calendar=WorkCalendar(zone=ZoneInfo("Europe/Paris"))
    )
    assert paris.received_at == T0
    assert paris.received_at.tzinfo == ZoneInfo("Europe/Paris")


# --- every module of this group: results, options, policies -----------------------------------


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_result_with_a_rule_is_explained(module: ModuleType) -> None:
    """CONTRIBUTING item 4: a result with ``rule`` has a ``reason`` and derives Explained; a
    Decision never also carries an ``outcome``; a result with ``outcome`` is no Decision."""
    for cls in _classes(module):
        names = _fields(cls)
        if "rule" in names or "reason" in names:
            assert {"rule", "reason"} <= names, cls
            assert issubclass(cls, Explained), cls
        if issubclass(cls, Decision):
            assert "outcome" not in names, cls


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_options_of_calls_are_keyword_only(module: ModuleType) -> None:
    """CONTRIBUTING item 2: no public function or method takes an option (a parameter with a
    default) by position, and every policy's fields are keyword-only."""
    for name in module.__all__:
        obj = getattr(module, name)
        calls: list[tuple[str, Any]] = [(name, obj)] if inspect.isfunction(obj) else []
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__
                if inspect.isfunction(member) and not attr.startswith("_"):
                    calls.append((f"{name}.{attr}", member))
            if name.endswith("Policy"):
                calls.append((f"{name}()", obj.__init__))
        for where, call in calls:
            for p in inspect.signature(call).parameters.values():
                positional = p.kind is p.POSITIONAL_OR_KEYWORD and p.name != "self"
                assert not (positional and p.default is not p.empty), (where, p.name)


def test_policies_refuse_positional_numbers() -> None:
    """CONTRIBUTING item 2: ``ServicePolicy(2, 5)`` is refused; the keyword form works."""
    with pytest.raises(TypeError):
        ServicePolicy((), ())  # type: ignore[call-arg]
    assert ServicePolicy(max_answer_ring_count=3).max_answer_ring_count == 3
    with pytest.raises(TypeError):
        moveout.MoveOutPolicy(frozenset({"engineering"}))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        purchasing.PurchasingPolicy("0.5")  # type: ignore[call-arg]


def test_cash_amount_due_type_is_checked() -> None:
    """R-SVC-02: a float amount due is refused naming ``amount_due``."""
    with pytest.raises(InvalidType, match=r"^amount_due: "):
        cash_announcement(amount_received="100", amount_due=87.5)  # type: ignore[arg-type]
