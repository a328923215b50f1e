"""Tests of custops.moveout: a tenant's move-out (D6; R-MOV-01, R-MOV-02)."""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.decisions import Decision
from custops.errors import (
    CustopsError,
    IllegalTransition,
    InvalidInput,
    InvalidType,
    PolicyError,
    Refused,
)
from custops.i18n import language
from custops.moveout import (
    Charge,
    Damage,
    LeaveDecision,
    MoveOutCase,
    MoveOutPolicy,
    MoveOutStep,
    PropertyDepartment,
    RoomCondition,
    Settlement,
    can_leave,
    settle,
)

D = dt.date(2025, 6, 3)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def opened(**kwargs: object) -> MoveOutCase:
    params: dict[str, object] = {
        "deposits": [Charge("租赁押金", "36000"), Charge("装修押金", "20000")],
        "issued_pass_count": 2,
        "issued_key_count": 3,
    }
    params.update(kwargs)
    case = MoveOutCase.open("A-1203", "某贸易公司", on=D, **params)  # type: ignore[arg-type]
    return case.receive_leasing_notice(D)


def full_flow(case: MoveOutCase) -> MoveOutCase:
    case = case.return_items(
        day(1), pass_count=case.issued_pass_count, key_count=case.issued_key_count
    )
    case = case.inspect(day(2), restored=True)
    case = case.settle(day(3), collected=case.outstanding)
    if case.outstanding:
        case = case.collect(day(3), case.outstanding)
    if case.parking:
        case = case.release_parking(day(4))
    return case.notify(day(5))


# --- R-MOV-02: the flow ---------------------------------------------------------------------------


def test_R_MOV_02_full_flow_in_order() -> None:
    """R-MOV-02: application → pass returned → inspection → settlement → notification."""
    case = opened(parking=True)
    case = case.return_items(day(1), pass_count=2)
    assert MoveOutStep.PASS_RETURNED in case.steps_done
    case = case.inspect(day(2), restored=True, damages=[Damage("会议室玻璃门", "1200")])
    case = case.settle(day(3))
    assert case.settlement is not None
    assert case.settlement.refund == Decimal("54800.00")
    assert case.settlement.rule == "R-MOV-02"
    case = case.return_items(day(3), key_count=3).release_parking(day(4)).notify(day(5))
    assert case.steps_done == frozenset(MoveOutStep)
    assert [e.step for e in case.history if e.step is not None] == [
        MoveOutStep.APPLICATION,
        MoveOutStep.LEASING_NOTICE,
        MoveOutStep.PASS_RETURNED,
        MoveOutStep.INSPECTION,
        MoveOutStep.SETTLEMENT,
        MoveOutStep.PASS_RETURNED,
        MoveOutStep.NOTIFICATION,
    ]
    assert can_leave(case).allowed
    assert "engineering, security, finance" in case.history[-1].detail


def test_R_MOV_02_arrears_without_a_charge_record_nothing_and_are_refused() -> None:
    """R-MOV-02: adding no arrears is refused (an empty event would move the case's last
    day and refuse the steps of earlier days); a charge added is one event."""
    case = opened()
    with pytest.raises(InvalidInput, match=r"^charges: must name at least one Charge"):
        case.add_arrears(day(5))
    more = case.add_arrears(day(1), Charge("六月物业费", "800"))  # one charge: one event
    assert (len(more.history), more.arrears[-1].label) == (len(case.history) + 1, "六月物业费")


def test_R_MOV_01_an_inspection_restored_on_a_day_is_restored_that_day_or_later() -> None:
    """R-MOV-01 4: ``restored_on`` belongs to a restored unit, on or after the inspection;
    contradictory restoration data is refused when the inspection is built."""
    from custops.moveout import Inspection

    with pytest.raises(InvalidInput, match=r"^restored_on: is a day of restoration, but"):
        Inspection(set(), (), on=day(2), restored=False, restored_on=day(3))
    with pytest.raises(InvalidInput, match=r"^restored_on: must not be before the inspection"):
        Inspection(set(), (), on=day(2), restored=True, restored_on=day(1))
    kept = Inspection(set(), (), on=day(2), restored=True, restored_on=day(2))
    assert kept.restored_on == day(2)


def test_R_MOV_02_steps_out_of_order_are_refused() -> None:
    """R-MOV-02: inspection needs the passes back, settlement needs the inspection,
    notification needs every condition; a refused step changes nothing."""
    case = opened()
    with pytest.raises(IllegalTransition, match="step pass_returned must come first"):
        case.inspect(day(1), restored=True)
    with pytest.raises(IllegalTransition, match="step inspection must come first"):
        case.settle(day(1))
    with pytest.raises(IllegalTransition, match="notify: conditions not met"):
        case.notify(day(1))
    with pytest.raises(IllegalTransition, match="before the settlement"):
        case.collect(day(1), "1")
    assert case == opened()
    done = full_flow(opened())
    with pytest.raises(IllegalTransition, match="complete"):
        done.return_items(day(9), pass_count=1)


def test_R_MOV_02_settled_case_is_not_reinspected() -> None:
    """R-MOV-02: the inspection may be repeated until the settlement, not after."""
    case = opened().return_items(day(1), pass_count=2)
    case = case.inspect(day(1), restored=False).inspect(day(2), restored=True)
    assert case.inspection is not None
    assert case.inspection.restored
    settled = case.settle(day(3))
    with pytest.raises(IllegalTransition, match="already settled"):
        settled.inspect(day(4), restored=True)
    with pytest.raises(IllegalTransition, match="already settled"):
        settled.settle(day(4))
    with pytest.raises(IllegalTransition, match="arrears can no longer be added"):
        settled.add_arrears(day(4), Charge("电费", "1"))


def test_R_MOV_02_inspection_by_engineering_and_security() -> None:
    """R-MOV-02: 工程部、保安部验房 — both must take part."""
    case = opened().return_items(day(1), pass_count=2)
    with pytest.raises(InvalidInput, match="inspectors: the inspection needs security as well"):
        case.inspect(day(2), restored=True, inspectors=["工程部"])
    ok = case.inspect(day(2), restored=True, inspectors=["engineering", "保安部", "客服部"])
    assert ok.inspection is not None
    assert PropertyDepartment.CUSTOMER_SERVICE in ok.inspection.inspectors


def test_R_MOV_02_settlement_collects_what_is_owed() -> None:
    """R-MOV-02: finance refunds the deposit or collects an amount."""
    case = (
        opened(deposits=[Charge("押金", "1000")], arrears=[Charge("五月物业费", "800")])
        .add_arrears(day(1), Charge("电费", "150.35"))
        .return_items(day(1), pass_count=2, key_count=3)
        .inspect(day(2), restored=True, damages=[Damage("门锁", "300")])
        .settle(day(3), collected="100")
    )
    assert case.settlement is not None
    assert (case.settlement.refund, case.settlement.owed) == (Decimal("0.00"), Decimal("250.35"))
    assert case.outstanding == Decimal("150.35")
    assert case.settled_on == day(3)
    decision = can_leave(case)
    assert decision.unmet == (RoomCondition.NO_ARREARS, RoomCondition.DEPARTMENTS_NOTIFIED)
    assert "150.35 owed" in decision.reason
    with pytest.raises(InvalidInput, match=r"at most the 150\.35 owed"):
        case.collect(day(4), "150.36")
    paid = case.collect(day(4), "150.35")
    assert paid.outstanding == Decimal("0.00")
    assert paid.notify(day(4)).notified_on == day(4)


def test_R_MOV_02_settle_function_exact() -> None:
    """R-MOV-02: deposit minus damages and arrears, exactly, or what is still owed."""
    s = settle(
        deposits=[Charge("押金", "0.10")],
        damages=[Damage("a", "0.05")],
        arrears=[Charge("b", "0.02")],
    )
    assert (s.refund, s.owed, s.net) == (Decimal("0.03"), Decimal("0.00"), Decimal("0.03"))
    owes = settle(arrears=[Charge("租金", "900")])
    assert (owes.refund, owes.owed) == (Decimal("0.00"), Decimal("900.00"))
    assert owes.reason == "deposits 0.00 − damages 0.00 − arrears 900.00: the customer owes 900.00"


def test_R_MOV_02_a_hotel_guests_room_deposit_reads_right() -> None:
    """R-MOV-02: ``settle`` works for any deposit, so what is still owed is the customer's
    (客户, as D6 calls the tenant), right for a hotel guest's room deposit too."""
    s = settle(deposits=[Charge("房间押金", "300")], damages=[Damage("损坏浴巾", "420")])
    assert (s.refund, s.owed) == (Decimal("0.00"), Decimal("120.00"))
    with language("zh_CN"):
        assert str(s).endswith("：客户尚欠 120.00 元")
    with language("en_US"):
        assert s.reason.endswith(": the customer owes 120.00")


@given(
    held=st.integers(min_value=1, max_value=10**6),
    damage=st.integers(min_value=1, max_value=10**6),
    owing=st.integers(min_value=1, max_value=10**6),
)
def test_R_MOV_02_the_reason_names_no_tenant_for_any_deposit(
    held: int, damage: int, owing: int
) -> None:
    """R-MOV-02 (invariant): whatever the amounts, the reason of ``settle`` names the
    customer, never the tenant, and says the amount owed when one is."""
    s = settle(
        deposits=[Charge("押金", held)],
        damages=[Damage("损坏", damage)],
        arrears=[Charge("欠费", owing)],
    )
    with language("zh_CN"):
        zh = s.reason
    with language("en_US"):
        en = s.reason
    assert "租户" not in zh
    assert "tenant" not in en
    if s.owed:
        assert zh.endswith(f"客户尚欠 {s.owed:,.2f} 元")
        assert en.endswith(f"the customer owes {s.owed:,.2f}")


# --- R-MOV-01: the conditions ---------------------------------------------------------------------


def test_R_MOV_01_every_unmet_condition_is_named() -> None:
    """R-MOV-01: can_leave lists every unmet condition."""
    d = can_leave(opened(parking=True))
    assert not d.allowed
    assert not d
    assert d.rule == "R-MOV-01"
    assert d.unmet == (
        RoomCondition.PASS_AND_KEYS_RETURNED,
        RoomCondition.NO_ARREARS,
        RoomCondition.UNIT_RESTORED,
        RoomCondition.NO_DAMAGE,
        RoomCondition.PARKING_RELEASED,
        RoomCondition.DEPARTMENTS_NOTIFIED,
    )


def test_R_MOV_01_keys_must_all_come_back() -> None:
    """R-MOV-01: passes and unit keys 如数交回."""
    case = opened().return_items(day(1), pass_count=2, key_count=2)
    assert RoomCondition.PASS_AND_KEYS_RETURNED in can_leave(case).unmet
    with pytest.raises(InvalidInput, match="key_count: only 1 of 3 key"):
        case.return_items(day(1), key_count=2)
    with pytest.raises(InvalidInput, match="nothing returned"):
        case.return_items(day(1))


def test_R_MOV_01_unit_not_restored_blocks_leaving() -> None:
    """R-MOV-01: the unit must be restored as the management company requires."""
    case = opened().return_items(day(1), pass_count=2, key_count=3).inspect(day(2), restored=False)
    case = case.settle(day(3))
    assert can_leave(case).unmet == (
        RoomCondition.UNIT_RESTORED,
        RoomCondition.DEPARTMENTS_NOTIFIED,
    )
    with pytest.raises(IllegalTransition, match="conditions not met: unit restored"):
        case.notify(day(4))


def test_R_MOV_01_damage_compensated_or_strict() -> None:
    """R-MOV-01: damage noted and compensated in the settlement meets "no damage" by
    default; a strict policy demands no damage at all."""
    base = opened().return_items(day(1), pass_count=2, key_count=3)
    damaged = base.inspect(day(2), restored=True, damages=[Damage("地毯", "500")])
    assert RoomCondition.NO_DAMAGE in can_leave(damaged).unmet
    assert "compensation not settled" in can_leave(damaged).reason
    assert RoomCondition.NO_DAMAGE not in can_leave(damaged.settle(day(3))).unmet
    strict = MoveOutPolicy(damage_cleared_by_compensation=False)
    case = attrs.evolve(damaged, policy=strict).settle(day(3))
    assert RoomCondition.NO_DAMAGE in can_leave(case).unmet


def test_R_MOV_01_parking_released() -> None:
    """R-MOV-01: a rented parking space is released."""
    case = full_flow(opened(parking=True))
    assert case.parking_released
    with pytest.raises(IllegalTransition, match="no parking"):
        opened().release_parking(day(1))
    with pytest.raises(IllegalTransition, match="already released"):
        opened(parking=True).release_parking(day(1)).release_parking(day(1))


def test_bad_input_is_refused() -> None:
    with pytest.raises(InvalidInput, match="on: is before the case's last step"):
        opened().return_items(D - dt.timedelta(days=1), pass_count=1)
    with pytest.raises(InvalidType, match=r"^on: "):
        MoveOutCase.open(
            "A", "T", on=dt.datetime(2025, 1, 1), issued_pass_count=1, issued_key_count=1
        )
    with pytest.raises(InvalidInput, match="unit_id: must not be empty"):
        MoveOutCase.open(" ", "T", on=D, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(InvalidType, match=r"deposits\[0\]: must be a Charge"):
        MoveOutCase.open(
            "A",
            "T",
            on=D,
            deposits=[("押金", "1")],  # type: ignore[list-item]
            issued_pass_count=1,
            issued_key_count=1,
        )
    with pytest.raises(InvalidType, match="amount: money must be"):
        Charge("押金", 1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="amount: must not be negative"):
        Damage("门", "-1")
    with pytest.raises(InvalidType, match="case: must be a MoveOutCase"):
        can_leave("A-1203")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"collected: exceeds the amount owed 0\.00"):
        opened().return_items(day(1), pass_count=2).inspect(day(1), restored=True).settle(
            day(1), collected="1"
        )
    with pytest.raises(PolicyError):
        MoveOutPolicy(inspectors=())
    with pytest.raises(InvalidInput, match="text: is not a known PropertyDepartment"):
        PropertyDepartment.parse("HR")
    with pytest.raises(CustopsError):
        MoveOutPolicy(notified="财务部")


def test_enum_labels_and_parse() -> None:
    assert MoveOutStep.parse("结算") is MoveOutStep.SETTLEMENT
    assert RoomCondition.parse("PARKING RELEASED") is RoomCondition.PARKING_RELEASED
    assert PropertyDepartment.parse("租务部") is PropertyDepartment.LEASING
    assert [s.label for s in MoveOutStep] == [
        "向租售部申请退租",
        "租售部书面通知客服部",
        "退证",
        "验房",
        "结算",
        "知会相关各部门",
    ]


# --- properties -----------------------------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=Decimal("100000"), places=2)
damage_amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)


@given(
    st.lists(amounts, max_size=4),
    st.lists(damage_amounts, max_size=4),
    st.lists(amounts, max_size=4),
)
def test_R_MOV_02_settlement_property(
    deposits: list[Decimal], damages: list[Decimal], arrears: list[Decimal]
) -> None:
    """R-MOV-02 property: refund − owed = deposits − damages − arrears exactly; at most one
    of refund and owed is non-zero."""
    s = settle(
        deposits=[Charge("d", a) for a in deposits],
        damages=[Damage("x", a) for a in damages],
        arrears=[Charge("a", a) for a in arrears],
    )
    assert s.refund - s.owed == sum(deposits, Decimal(0)) - sum(damages, Decimal(0)) - sum(
        arrears, Decimal(0)
    )
    assert min(s.refund, s.owed) == 0
    assert s.refund >= 0
    assert s.owed >= 0


operations = st.lists(
    st.one_of(
        st.tuples(st.just("return"), st.integers(min_value=0, max_value=3), st.integers(0, 3)),
        st.tuples(st.just("inspect"), st.booleans(), st.lists(damage_amounts, max_size=2)),
        st.tuples(st.just("settle"), amounts),
        st.tuples(st.just("collect"), amounts),
        st.tuples(st.just("parking")),
        st.tuples(st.just("notice")),
        st.tuples(st.just("notify")),
    ),
    max_size=12,
)


@given(
    operations,
    st.lists(amounts, max_size=2),
    st.lists(amounts, max_size=2),
    st.booleans(),
    st.integers(min_value=0, max_value=2),
)
def test_R_MOV_01_random_walk(
    ops: list[tuple[object, ...]],
    deposits: list[Decimal],
    arrears: list[Decimal],
    parking: bool,
    passes: int,
) -> None:
    """R-MOV-01/02 property: whatever steps are tried, a refused step changes nothing, the
    tenant may leave exactly when the departments were notified, and a decision that
    refuses names at least one condition."""
    case = MoveOutCase.open(
        "A",
        "T",
        on=D,
        deposits=[Charge("d", a) for a in deposits],
        arrears=[Charge("a", a) for a in arrears],
        parking=parking,
        issued_pass_count=passes,
        issued_key_count=1,
    )
    for i, op in enumerate(ops):
        on = day(i)
        before = case
        try:
            if op[0] == "return":
                case = case.return_items(on, pass_count=op[1], key_count=op[2])  # type: ignore[arg-type]
            elif op[0] == "inspect":
                damages = [Damage("x", a) for a in op[2]]  # type: ignore[attr-defined]
                case = case.inspect(on, restored=op[1], damages=damages)  # type: ignore[arg-type]
            elif op[0] == "settle":
                case = case.settle(on, collected=op[1])  # type: ignore[arg-type]
            elif op[0] == "collect":
                case = case.collect(on, op[1])  # type: ignore[arg-type]
            elif op[0] == "parking":
                case = case.release_parking(on)
            elif op[0] == "notice":
                case = case.receive_leasing_notice(on)
            else:
                case = case.notify(on)
        except CustopsError:
            assert case is before
        decision = can_leave(case)
        assert decision.allowed == (case.notified_on is not None)
        assert decision.allowed == (decision.unmet == ())
        # every condition is named exactly when it is unmet (R-MOV-01)
        inspected = case.inspection
        expected = {
            RoomCondition.LEASING_NOTICE: case.leasing_notice_on is None,
            RoomCondition.PASS_AND_KEYS_RETURNED: case.returned_pass_count < case.issued_pass_count
            or case.returned_key_count < case.issued_key_count,
            RoomCondition.NO_ARREARS: case.settlement is None or case.outstanding > 0,
            RoomCondition.UNIT_RESTORED: inspected is None or not inspected.restored,
            RoomCondition.NO_DAMAGE: inspected is None
            or (bool(inspected.damages) and case.settlement is None),
            RoomCondition.PARKING_RELEASED: case.parking and not case.parking_released,
            RoomCondition.DEPARTMENTS_NOTIFIED: case.notified_on is None,
        }
        assert set(decision.unmet) == {c for c, unmet in expected.items() if unmet}
        assert case.outstanding >= 0
        dates = [e.on for e in case.history]
        assert dates == sorted(dates)


@given(st.lists(amounts, max_size=3), st.lists(amounts, max_size=3), st.booleans())
def test_R_MOV_01_proper_flow_always_completes(
    deposits: list[Decimal], arrears: list[Decimal], parking: bool
) -> None:
    """R-MOV-01 property: returning everything, restoring, settling in full, releasing the
    parking and notifying always lets the tenant leave."""
    case = opened(
        deposits=[Charge("d", a) for a in deposits],
        arrears=[Charge("a", a) for a in arrears],
        parking=parking,
    )
    done = full_flow(case)
    assert can_leave(done).allowed
    assert done.outstanding == 0


def test_R_MOV_02_damages_beyond_the_deposit_and_repeated_steps() -> None:
    """R-MOV-02: damages above the deposit leave an exact amount owed; items may come back in
    several visits but never more than were issued; a second settlement is refused."""
    case = opened(deposits=[Charge("押金", "1000")], issued_pass_count=2, issued_key_count=1)
    case = case.return_items(day(1), pass_count=1).return_items(day(1), pass_count=1, key_count=1)
    with pytest.raises(InvalidInput, match="pass_count: only 0 of 2"):
        case.return_items(day(1), pass_count=1)
    case = case.inspect(day(2), restored=True, damages=[Damage("门", "4000.01")])
    case = case.settle(day(2))
    settled = case.settlement
    assert settled is not None
    assert (settled.refund, settled.owed) == (Decimal("0.00"), Decimal("3000.01"))
    assert can_leave(case).reason == "unmet: no arrears (3000.01 owed); departments notified"
    with pytest.raises(IllegalTransition, match="already settled"):
        case.settle(day(3))
    with pytest.raises(IllegalTransition, match="already settled"):
        case.inspect(day(3), restored=True)


def test_direct_construction_is_checked() -> None:
    """A case built directly (not through the steps) is still type-checked."""
    with pytest.raises(InvalidType, match="settlement: must be a Settlement or None"):
        MoveOutCase(
            "A",
            "T",
            applied_on=D,
            settlement="paid",  # type: ignore[arg-type]
            issued_pass_count=1,
            issued_key_count=1,
        )
    with pytest.raises(InvalidType, match=r"events\[0\]: must be a MoveOutEvent"):
        MoveOutCase("A", "T", applied_on=D, events=[1], issued_pass_count=1, issued_key_count=1)  # type: ignore[list-item]
    with pytest.raises(InvalidType, match=r"notified_on: must be a datetime\.date, not a datetime"):
        MoveOutCase(
            "A",
            "T",
            applied_on=D,
            notified_on=dt.datetime(2025, 6, 3),
            issued_pass_count=1,
            issued_key_count=1,
        )
    with pytest.raises(InvalidInput, match=r"collected: exceeds the amount owed 0\.00"):
        MoveOutCase("A", "T", applied_on=D, collected="5", issued_pass_count=1, issued_key_count=1)
    with pytest.raises(InvalidInput, match="settled_on: must be given exactly when settlement"):
        MoveOutCase("A", "T", applied_on=D, settled_on=D, issued_pass_count=1, issued_key_count=1)


# --- R-MOV-01, D6 三 1: the application goes through the leasing department ----------------------

SEED_D6_3_1 = "1、客户提前向租售部申请退租,由租售部书面通知客服部为客户办理相关手续。"


def test_R_MOV_01_application_to_leasing_and_written_notice_to_customer_service() -> None:
    """R-MOV-01 (D6 三 1): 客户提前向租售部申请退租,由租售部书面通知客服部为客户办理相关手续.

    The application is made to the leasing department (租售部) — :meth:`MoveOutCase.open`;
    the leasing department tells customer service (客服部) in writing —
    :meth:`MoveOutCase.receive_leasing_notice`; only then does customer service handle
    the procedures (退证 first), and the notice is a condition of a completed move-out.
    """
    assert "向租售部申请退租" in SEED_D6_3_1
    assert "由租售部书面通知客服部" in SEED_D6_3_1
    applied = MoveOutCase.open(
        "A-1203", "某贸易公司", on=D, issued_pass_count=1, issued_key_count=1
    )
    assert [e.step for e in applied.history] == [MoveOutStep.APPLICATION]
    assert MoveOutStep.APPLICATION.label == "向租售部申请退租"
    assert "leasing department" in applied.history[0].detail
    assert RoomCondition.LEASING_NOTICE in can_leave(applied).unmet
    with pytest.raises(IllegalTransition, match="step leasing_notice must come first"):
        applied.return_items(day(1), pass_count=1, key_count=1)
    noticed = applied.receive_leasing_notice(day(1))
    assert noticed.leasing_notice_on == day(1)
    assert noticed.history[-1].step is MoveOutStep.LEASING_NOTICE
    assert noticed.history[-1].detail == (
        "the leasing department notified customer service in writing"
    )
    assert MoveOutStep.LEASING_NOTICE in noticed.steps_done
    assert RoomCondition.LEASING_NOTICE not in can_leave(noticed).unmet
    with pytest.raises(IllegalTransition, match="already received"):
        noticed.receive_leasing_notice(day(1))
    with pytest.raises(InvalidInput, match="on: is before the case's last step"):
        applied.receive_leasing_notice(D - dt.timedelta(days=1))
    assert MoveOutStep.parse("书面迁出通知") is MoveOutStep.LEASING_NOTICE
    assert can_leave(full_flow(noticed)).allowed


def test_R_MOV_01_the_seed_clause_is_quoted_from_the_seed() -> None:
    """R-MOV-01: the clause quoted above is D6 三 1 of the seed policies, word for word."""
    from pathlib import Path

    seed = Path("/work/shared/seed/policies-zh.txt")
    if not seed.exists():
        pytest.skip("the seed policies are not shipped with the repository")
    assert SEED_D6_3_1 in seed.read_text(encoding="utf-8")


def test_leave_decision_is_a_decision() -> None:
    """R-MOV-01: can_leave answers in the Decision shape."""
    d = can_leave(opened())
    assert isinstance(d, Decision)
    with pytest.raises(Refused, match=r"refused \(R-MOV-01\): unmet: "):
        d.require()
    assert "R-MOV" not in d.reason


@given(st.integers(min_value=0, max_value=30))
def test_R_MOV_01_notice_precedes_the_return_of_items(gap: int) -> None:
    """R-MOV-01 property: however late the written notice comes, no pass or key is taken
    back before it, and the events stay in date order."""
    applied = MoveOutCase.open("A", "T", on=D, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(IllegalTransition):
        applied.return_items(day(gap), pass_count=1)
    case = applied.receive_leasing_notice(day(gap)).return_items(
        day(gap), pass_count=1, key_count=1
    )
    steps = [e.step for e in case.history]
    assert steps.index(MoveOutStep.LEASING_NOTICE) < steps.index(MoveOutStep.PASS_RETURNED)
    dates = [e.on for e in case.history]
    assert dates == sorted(dates)


# --- results built checked (CONTRIBUTING item 4) ------------------------------------------


def test_R_MOV_02_a_settlement_is_checked_when_built() -> None:
    """R-MOV-02: a Settlement holds whole-fen amounts, one rule ID and a one-line reason with
    no rule ID inside it, as a Decision does (item 4); ints are read as yuan."""
    built = Settlement(1, 1, 1, 0, 1, "R-MOV-02", "结算")
    assert built.deposits_total == Decimal("1.00")
    assert type(built.deposits_total) is Decimal
    with pytest.raises(InvalidInput, match=r"^rule: must be one rule ID .*\(got 'not a rule'\)"):
        Settlement(1, 1, 1, 0, 1, "not a rule", "结算")
    with pytest.raises(InvalidInput, match=r"^reason: must not contain the control character"):
        Settlement(1, 1, 1, 0, 1, "R-MOV-02", "a\nb")
    with pytest.raises(InvalidInput, match=r"^reason: must not hold a rule ID"):
        Settlement(1, 1, 1, 0, 1, "R-MOV-02", "见 R-MOV-01")
    with pytest.raises(InvalidInput, match=r"^refund: must not be negative \(got -1\)"):
        Settlement(1, 1, 1, -1, 1, "R-MOV-02", "结算")
    with pytest.raises(InvalidType, match=r"^owed: money must be an int, a str or a Decimal"):
        Settlement(1, 1, 1, 0, 1.5, "R-MOV-02", "结算")  # type: ignore[arg-type]


def test_R_MOV_01_a_leave_decision_names_conditions_and_agrees_with_allowed() -> None:
    """R-MOV-01: ``unmet`` holds RoomCondition members, empty exactly when allowed."""
    with pytest.raises(InvalidType, match=r"^unmet\[0\]: must be a RoomCondition.*\(got 'junk'\)"):
        LeaveDecision(False, "R-MOV-01", "未满足", ("junk",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^unmet: must be empty exactly when allowed"):
        LeaveDecision(True, "R-MOV-01", "满足", (RoomCondition.NO_ARREARS,))
    with pytest.raises(InvalidInput, match=r"^unmet: must be empty exactly when allowed"):
        LeaveDecision(False, "R-MOV-01", "未满足", ())
    assert LeaveDecision(False, "R-MOV-01", "未满足", [RoomCondition.NO_ARREARS]).unmet == (
        RoomCondition.NO_ARREARS,
    )


def test_R_MOV_02_the_inspection_needs_the_passes_back_not_the_keys() -> None:
    """R-MOV-02 (D6 四 2 退证: the passes): the inspection goes ahead with keys still out,
    and a hand-built case refuses an inspection only while a pass is out, saying so."""
    noticed = MoveOutCase.open(
        "A-1", "T", on=D, issued_pass_count=1, issued_key_count=2
    ).receive_leasing_notice(D)
    inspected = noticed.return_items(day(1), pass_count=1).inspect(day(2), restored=True)
    assert inspected.returned_key_count == 0
    fields: dict[str, Any] = {
        "applied_on": D,
        "leasing_notice_on": D,
        "inspection": inspected.inspection,
    }
    kept = MoveOutCase(
        "A-1", "T", issued_pass_count=1, issued_key_count=2, returned_pass_count=1, **fields
    )
    assert kept.inspection == inspected.inspection
    with pytest.raises(InvalidInput) as info:
        MoveOutCase(
            "A-1", "T", issued_pass_count=1, issued_key_count=2, returned_key_count=2, **fields
        )
    assert info.value.argument == "inspection"
    assert info.value.problem == (
        "needs every pass returned or recorded lost first (the keys may follow)"
    )


def test_R_MOV_02_departments_are_listed_in_one_order() -> None:
    """R-MOV-01/02 (CONTRIBUTING item 7): every list of departments — missing signatures, the
    departments notified, the inspectors missing — is in PropertyDepartment's order."""
    with language("zh_CN"):
        policy = MoveOutPolicy(
            sign_offs=["finance", "customer_service", "engineering"],
            notified=["finance", "security", "engineering"],
        )
        case = MoveOutCase.open(
            "A-1", "某公司", on=D, policy=policy, issued_pass_count=1, issued_key_count=1
        ).receive_leasing_notice(D)
        case = case.return_items(day(1), pass_count=1, key_count=1)
        needs = r"^inspectors: the inspection needs 工程部, 保安部 as well"
        with pytest.raises(InvalidInput, match=needs):
            case.inspect(day(2), restored=True, inspectors=["finance"])
        case = case.inspect(day(2), restored=True)
        assert "（尚缺：客户服务部、工程部、财务部）" in can_leave(case).reason
        case = (
            case.settle(day(3))
            .sign_off(day(3), "财务部")
            .sign_off(day(3), "工程部")
            .sign_off(day(3), "客服部", forwarding_contact="13800000000")
            .notify(day(4))
        )
        assert case.history[-1].detail == "单元已腾空；已知会工程部、保安部、财务部"


def test_R_MOV_02_a_refusal_names_the_state_by_the_latest_step() -> None:
    """R-MOV-02: IllegalTransition.state_name is the MoveOutStep key of the case's latest
    step, one name for one state whatever the step refused."""

    def state(refused: Any) -> str | None:
        with pytest.raises(IllegalTransition) as info:
            refused()
        return info.value.state_name

    noticed = MoveOutCase.open(
        "A-1", "T", on=D, parking=True, issued_pass_count=1, issued_key_count=1
    ).receive_leasing_notice(D)
    assert state(lambda: noticed.inspect(day(1), restored=True)) == "leasing_notice"
    assert state(lambda: noticed.receive_leasing_notice(day(1))) == "leasing_notice"
    settled = (
        noticed.return_items(day(1), pass_count=1, key_count=1)
        .inspect(day(2), restored=True)
        .settle(day(3))
        .release_parking(day(3))
    )
    for refused in (
        lambda: settled.release_parking(day(4)),
        lambda: settled.add_arrears(day(4), Charge("电费", "1")),
        lambda: settled.sign_off(day(4), "租售部").sign_off(day(4), "租售部"),
        lambda: settled.settle(day(4)),
    ):
        assert state(refused) == "settlement"
    done = settled.notify(day(4))
    assert state(lambda: done.collect(day(5), "1")) == "notification"
    applied = MoveOutCase.open("A-1", "T", on=D, issued_pass_count=1, issued_key_count=1)
    assert state(lambda: applied.settle(day(1))) == "application"
    assert {s.value for s in MoveOutStep} >= {"application", "leasing_notice", "settlement"}


def test_R_MOV_01_counts_of_passes_and_keys_are_named_by_their_role() -> None:
    """R-MOV-01 2 (如数交回; CONTRIBUTING item 6, one name one meaning): the passes and keys
    issued are ``issued_pass_count``/``issued_key_count``, those back so far
    ``returned_pass_count``/``returned_key_count``; ``pass_count``/``key_count`` are only
    ``return_items``' count of one hand-back."""
    case = MoveOutCase.open("A-1", "T", on=D, issued_pass_count=3, issued_key_count=2)
    case = case.receive_leasing_notice(D).return_items(day(1), pass_count=1, key_count=2)
    assert (case.issued_pass_count, case.returned_pass_count) == (3, 1)
    assert (case.issued_key_count, case.returned_key_count) == (2, 2)
    fields = {f.name for f in attrs.fields(MoveOutCase)}
    assert not fields & {"pass_count", "key_count"}
    assert "pass_count" not in inspect.signature(MoveOutCase.open).parameters
    with pytest.raises(InvalidInput, match=r"^issued_pass_count: must be at least 0"):
        MoveOutCase.open("A-1", "T", on=D, issued_pass_count=-1, issued_key_count=1)


def test_R_MOV_01_unpaid_compensation_is_owed_as_one_sum_with_the_arrears() -> None:
    """R-MOV-01 3 and 5, R-MOV-02 4 (docs/moveout.md): damage priced in the settlement meets
    "no damage"; what the settlement leaves owed, compensation included, is unmet "no
    arrears" until it is collected, and then the tenant may leave."""
    case = (
        MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1)
        .receive_leasing_notice(D)
        .return_items(day(1), pass_count=1, key_count=1)
        .inspect(day(2), restored=True, damages=[Damage("玻璃门", "1200")])
        .settle(day(3))
    )
    assert case.arrears == ()
    assert can_leave(case).unmet == (RoomCondition.NO_ARREARS, RoomCondition.DEPARTMENTS_NOTIFIED)
    assert "no arrears (1200.00 owed)" in can_leave(case).reason
    paid = case.collect(day(4), "1200").notify(day(4))
    assert can_leave(paid).allowed


@pytest.mark.parametrize("amount", ["0", "0.00", 0, Decimal("0")])
def test_R_MOV_02_a_damage_of_zero_is_refused(amount: object) -> None:
    """R-MOV-02: a damage is more than 0 (a location without damage is no damage), as a
    deposit claim is; InvalidInput names amount and shows the value."""
    with pytest.raises(InvalidInput, match=r"^amount: must be more than 0 \(got "):
        Damage("门", amount)  # type: ignore[arg-type]


def test_R_MOV_01_the_issued_counts_have_no_default() -> None:
    """R-MOV-01 (出入证、单元钥匙如数交回): the passes and keys issued are the desk's to give;
    a default of one let a tenant holding ten passes meet the condition with one back."""
    with pytest.raises(TypeError, match="issued_pass_count"):
        MoveOutCase.open("A-1", "某公司", on=D)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="issued_key_count"):
        MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1)  # type: ignore[call-arg]
    for name in ("issued_pass_count", "issued_key_count"):
        for signature in (inspect.signature(MoveOutCase.open), inspect.signature(MoveOutCase)):
            assert signature.parameters[name].default is inspect.Parameter.empty
    with pytest.raises(InvalidInput, match=r"^issued_pass_count: "):
        MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=-1, issued_key_count=0)


@given(issued=st.integers(0, 12), back=st.integers(0, 12))
def test_R_MOV_01_passes_are_back_only_when_as_many_as_issued(issued: int, back: int) -> None:
    """R-MOV-01, R-MOV-02 (property): the pass step is done exactly when every pass issued is
    back; more back than issued is refused naming ``pass_count``."""
    case = MoveOutCase.open(
        "A-1", "某公司", on=D, issued_pass_count=issued, issued_key_count=0
    ).receive_leasing_notice(D)
    if back > issued:
        with pytest.raises(InvalidInput, match=r"^pass_count: "):
            case.return_items(D, pass_count=back)
        return
    case = case.return_items(D, pass_count=back) if back else case
    assert (MoveOutStep.PASS_RETURNED in case.steps_done) is (back == issued)
    assert (RoomCondition.PASS_AND_KEYS_RETURNED in can_leave(case).unmet) is (back < issued)
