"""Tests of custops.moveout: passes and unit keys the tenant lost (D6 三 2 出入证、单元钥匙如数交回,
D6 四; R-MOV-01, R-MOV-02) — recorded as charged or waived, so the case is still inspected,
settled, notified and closed, with a true history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops import serial
from custops.errors import IllegalTransition, InvalidInput
from custops.i18n import language
from custops.money import total
from custops.moveout import (
    Charge,
    Damage,
    LostItems,
    MoveOutCase,
    MoveOutPolicy,
    MoveOutStep,
    PropertyDepartment,
    RoomCondition,
    can_leave,
    settle,
)

D = dt.date(2025, 6, 16)


def dorm(**kwargs: object) -> MoveOutCase:
    """A dorm room: one pass, three keys, a ¥1000 deposit, noticed by leasing."""
    fields: dict[str, object] = {
        "deposits": [Charge("住宿押金", "1000")],
        "issued_pass_count": 1,
        "issued_key_count": 3,
    }
    fields.update(kwargs)
    return MoveOutCase.open("宿舍3-204", "胡斌", on=D, **fields).receive_leasing_notice(D)  # type: ignore[arg-type]


def settled_with_a_lost_key(case: MoveOutCase) -> MoveOutCase:
    """The pass and two keys handed back, the third key lost and charged ¥50, settled."""
    return (
        case.return_items(D, pass_count=1, key_count=2)
        .record_lost(D, key_count=1, charge="50", decided_by="客服部")
        .inspect(D, restored=True)
        .settle(D)
    )


def test_R_MOV_01_a_charged_lost_key_flows_into_the_settlement_and_the_case_closes() -> None:
    """R-MOV-01 2, R-MOV-02 4: a lost key charged ¥50 is compensation in the settlement;
    the case is notified and complete; the history says the key was lost, not returned."""
    case = settled_with_a_lost_key(dorm())
    s = case.settlement
    assert s is not None
    assert (s.damages_total, s.refund, s.owed) == (Decimal("50.00"), Decimal("950.00"), Decimal(0))
    assert "(lost passes and keys 50.00 included)" in s.reason
    with language("zh_CN"):
        zh = dorm().return_items(D, pass_count=1, key_count=2)
        zh = zh.record_lost(D, key_count=1, charge="50", decided_by="客服部")
        said = "遗失出入证 0 张、钥匙 1 把：客户服务部决定收取赔偿 50.00 元"
        assert zh.history[-1].detail == said
        zh_reason = zh.inspect(D, restored=True).settle(D).history[-1].detail
        assert "赔偿 50.00 元（含遗失出入证、钥匙 50.00 元）" in zh_reason
    assert s.rule == "R-MOV-02"
    assert (case.returned_key_count, case.lost_key_count) == (2, 1)
    assert case.lost == (LostItems(D, PropertyDepartment.CUSTOMER_SERVICE, "50", key_count=1),)
    done = case.notify(D)
    decision = can_leave(done)
    assert decision.allowed
    assert decision.rule == "R-MOV-01"
    details = [e.detail for e in done.history]
    assert "lost: passes 0, keys 1; customer service charged 50.00" in details
    assert "returned: passes 1, keys 2" in details  # what came back stays what came back


def test_R_MOV_02_a_lost_pass_waived_lets_the_inspection_follow() -> None:
    """R-MOV-02 2–3: the inspection needs every pass accounted for; a lost pass waived by
    customer service is accounted for and costs nothing."""
    case = dorm(issued_key_count=1, deposits=()).return_items(D, key_count=1)
    with pytest.raises(IllegalTransition, match="step pass_returned must come first"):
        case.inspect(D, restored=True)
    case = case.record_lost(D, pass_count=1, charge=0, decided_by="customer_service")
    assert MoveOutStep.PASS_RETURNED in case.steps_done
    assert case.lost[0].waived
    case = case.inspect(D, restored=True).settle(D)
    assert case.settlement is not None
    assert case.settlement.damages_total == 0
    assert "waived the charge" in case.history[-3].detail
    assert can_leave(case.notify(D)).allowed


def test_R_MOV_01_the_strict_reading_keeps_the_condition_unmet() -> None:
    """R-MOV-01 2 read literally (loss_cleared_by_decision=False): a loss is inspected and
    settled, but 如数交回 stays unmet and the reason says how many are lost."""
    policy = MoveOutPolicy(loss_cleared_by_decision=False)
    case = settled_with_a_lost_key(dorm(policy=policy))
    decision = can_leave(case)
    assert RoomCondition.PASS_AND_KEYS_RETURNED in decision.unmet
    assert "pass and keys returned (1 lost)" in decision.reason
    with pytest.raises(IllegalTransition, match="conditions not met: pass and keys returned"):
        case.notify(D)
    with language("zh_CN"):
        assert "出入证、单元钥匙如数交回（遗失 1 件）" in can_leave(case).reason


def test_R_MOV_01_record_lost_refusals() -> None:
    """R-MOV-01: a loss needs the leasing notice, cannot exceed what is still out, is
    decided by a department, and a charge after the settlement is refused (a waiver is not)."""
    fresh = MoveOutCase.open("A", "T", on=D, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(IllegalTransition, match="step leasing_notice must come first"):
        fresh.record_lost(D, pass_count=1, charge=0, decided_by="客服部")
    case = dorm().return_items(D, pass_count=1, key_count=1)
    with pytest.raises(InvalidInput, match=r"key_count: only 2 of 3 key\(s\) are still out"):
        case.record_lost(D, key_count=3, charge=0, decided_by="客服部")
    with pytest.raises(InvalidInput, match="pass_count: only 0 of 1 pass"):
        case.record_lost(D, pass_count=1, charge=0, decided_by="客服部")
    with pytest.raises(InvalidInput, match="at least one pass or key must be lost"):
        case.record_lost(D, charge=0, decided_by="客服部")
    with pytest.raises(InvalidInput, match="charge: must not be negative"):
        case.record_lost(D, key_count=1, charge="-5", decided_by="客服部")
    with pytest.raises(InvalidInput, match="decided_by"):
        case.record_lost(D, key_count=1, charge=0, decided_by="门卫大爷")
    lost = case.record_lost(D, key_count=1, charge=0, decided_by="客服部")
    with pytest.raises(InvalidInput, match=r"key_count: only 1 of 3 key\(s\) are still out"):
        lost.return_items(D, key_count=2)
    settled = lost.inspect(D, restored=True).settle(D)
    with pytest.raises(IllegalTransition, match="can no longer flow into the settlement"):
        settled.record_lost(D, key_count=1, charge="50", decided_by="财务部")
    waived = settled.record_lost(D, key_count=1, charge=0, decided_by="财务部")
    assert can_leave(waived.notify(D)).allowed


def test_R_MOV_02_a_stored_case_with_losses_round_trips_and_is_checked() -> None:
    """R-MOV-02: a case with losses goes through custops.serial unchanged; a stored
    settlement that leaves the loss charge out, or a charge dated after the settlement, is
    refused on load."""
    case = settled_with_a_lost_key(dorm())
    assert serial.from_json(serial.to_json(case)) == case
    short = settle(deposits=case.deposits, arrears=case.arrears)
    with pytest.raises(InvalidInput, match=r"settlement\.damages_total"):
        serial.from_json(serial.to_json(attrs.evolve(case, settlement=short)))
    late = LostItems(D + dt.timedelta(days=1), "客服部", "50", key_count=1)
    with pytest.raises(InvalidInput, match="is charged after the settlement"):
        attrs.evolve(case, lost=(late,))
    with pytest.raises(InvalidInput, match="returned_key_count: with 3 lost"):
        attrs.evolve(case, lost=(attrs.evolve(case.lost[0], key_count=3),))


amounts = st.decimals(min_value=0, max_value=Decimal("100000"), places=2)
damage_amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)


@given(
    st.lists(amounts, max_size=3),
    st.lists(damage_amounts, max_size=3),
    st.lists(amounts, max_size=3),
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), amounts), max_size=3),
)
def test_R_MOV_02_property_refund_and_deductions_add_up_whatever_is_lost(
    deposits: list[Decimal],
    damages: list[Decimal],
    arrears: list[Decimal],
    losses: list[tuple[int, int, Decimal]],
) -> None:
    """R-MOV-02 property: refund − owed = deposits − damages − lost charges − arrears to the
    fen, at most one of refund and owed is non-zero; the case always completes."""
    losses = [(p, k, c) for p, k, c in losses if p or k]
    passes = sum(p for p, _k, _c in losses) + 1
    keys = sum(k for _p, k, _c in losses) + 1
    case = MoveOutCase.open(
        "A",
        "T",
        on=D,
        deposits=[Charge("d", a) for a in deposits],
        arrears=[Charge("a", a) for a in arrears],
        issued_pass_count=passes,
        issued_key_count=keys,
    ).receive_leasing_notice(D)
    case = case.return_items(D, pass_count=1, key_count=1)
    for p, k, c in losses:
        case = case.record_lost(D, pass_count=p, key_count=k, charge=c, decided_by="客服部")
    case = case.inspect(D, restored=True, damages=[Damage("x", a) for a in damages]).settle(D)
    s = case.settlement
    assert s is not None
    expected = total([*deposits]) - total([*damages, *(c for *_n, c in losses), *arrears])
    assert s.refund - s.owed == expected
    assert s.refund == 0 or s.owed == 0
    assert s.damages_total == total([*damages, *(c for *_n, c in losses)])
    done = case.collect(D, s.owed) if s.owed else case
    assert can_leave(done.notify(D)).allowed
    assert serial.from_json(serial.to_json(done)) == done


@given(st.integers(0, 3), st.integers(0, 3), st.integers(0, 3), st.integers(0, 3))
def test_R_MOV_01_property_lost_items_never_meet_the_condition_under_the_strict_reading(
    passes_back: int, keys_back: int, passes_lost: int, keys_lost: int
) -> None:
    """R-MOV-01 2 property (deny by default for the strict reading): with
    loss_cleared_by_decision=False, 如数交回 is met exactly when nothing is lost and all is
    back; by default, exactly when all is returned or recorded lost."""
    issued_passes, issued_keys = passes_back + passes_lost, keys_back + keys_lost
    for strict in (False, True):
        policy = MoveOutPolicy(loss_cleared_by_decision=not strict)
        case = MoveOutCase.open(
            "A",
            "T",
            on=D,
            issued_pass_count=max(issued_passes, 1),
            issued_key_count=max(issued_keys, 1),
            policy=policy,
        ).receive_leasing_notice(D)
        if passes_back or keys_back:
            case = case.return_items(D, pass_count=passes_back, key_count=keys_back)
        if passes_lost or keys_lost:
            case = case.record_lost(
                D, pass_count=passes_lost, key_count=keys_lost, charge=0, decided_by="客服部"
            )
        met = RoomCondition.PASS_AND_KEYS_RETURNED not in can_leave(case).unmet
        all_out_back = issued_passes >= 1 and issued_keys >= 1
        if strict:
            assert met == (all_out_back and not (passes_lost or keys_lost))
        else:
            assert met == all_out_back
