"""A unit restored after the settlement, and trimmed names (D6; R-MOV-01, R-MOV-02;
audit-records F2, F6)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import IllegalTransition, InvalidInput, InvalidType
from custops.i18n import language
from custops.moveout import (
    Charge,
    Damage,
    MoveOutCase,
    MoveOutStep,
    RoomCondition,
    can_leave,
)

D = dt.date(2025, 6, 3)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def settled_not_restored() -> MoveOutCase:
    """The audit's case: found not restored at inspection, then settled."""
    return (
        MoveOutCase.open(
            "A-1203",
            "某公司",
            on=D,
            deposits=[Charge("押金", "20000")],
            issued_pass_count=1,
            issued_key_count=1,
        )
        .receive_leasing_notice(D)
        .return_items(day(1), pass_count=1, key_count=1)
        .inspect(day(2), restored=False)
        .settle(day(3))
    )


def test_R_MOV_01_restored_after_settlement_completes() -> None:
    """R-MOV-01 4, R-MOV-02: customer service confirms the restoration after the settlement
    (D6 柏彦大厦流程: 由客服部…确定装修是否恢复原始状态), and the case completes."""
    case = settled_not_restored()
    assert can_leave(case).unmet == (
        RoomCondition.UNIT_RESTORED,
        RoomCondition.DEPARTMENTS_NOTIFIED,
    )
    with pytest.raises(IllegalTransition, match="notify: conditions not met"):
        case.notify(day(4))
    restored = case.confirm_restored(day(17))
    assert restored.inspection is not None
    assert restored.inspection.restored is True
    assert restored.inspection.restored_on == day(17)
    assert restored.inspection.fit_out_kept is False
    assert restored.inspection.on == day(2)  # the joint inspection itself is unchanged
    assert restored.settlement == case.settlement
    assert restored.history[-1].step is MoveOutStep.INSPECTION
    done = restored.notify(day(17))
    assert can_leave(done).allowed is True


def test_R_MOV_01_restored_before_settlement_also_works() -> None:
    """R-MOV-01: the confirmation may come before the settlement too."""
    case = (
        MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1)
        .receive_leasing_notice(D)
        .return_items(day(1), pass_count=1, key_count=1)
        .inspect(day(2), restored=False)
        .confirm_restored(day(3))
        .settle(day(4))
        .notify(day(4))
    )
    assert can_leave(case).allowed is True


def test_R_MOV_01_fit_out_kept_meets_the_condition() -> None:
    """R-MOV-01 4 (房态已按物业管理公司要求恢复) with D6's 若不恢复,装修不得拆除: the company may
    keep the fit-out; the unit is then as required, and the history says it stays."""
    case = settled_not_restored().confirm_restored(day(5), fit_out_kept=True)
    assert case.inspection is not None
    assert case.inspection.fit_out_kept is True
    assert can_leave(case.notify(day(5))).allowed is True
    with language("en_US"):
        detail = settled_not_restored().confirm_restored(day(5), fit_out_kept=True).events[-1]
    assert "must not be removed" in detail.detail


def test_R_MOV_02_confirm_restored_refusals_change_nothing() -> None:
    """R-MOV-02: no inspection yet, already restored, a past day, a completed case or a
    non-bool are refused, and the case is unchanged."""
    fresh = MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(
        IllegalTransition, match="confirm_restored: step inspection must come first"
    ):
        fresh.confirm_restored(day(1))
    ok = fresh.receive_leasing_notice(D).return_items(day(1), pass_count=1, key_count=1)
    ok = ok.inspect(day(2), restored=True)
    assert ok.inspection is not None
    assert ok.inspection.restored_on == day(2)
    with pytest.raises(IllegalTransition, match="the unit was found restored on 2025-06-05"):
        ok.confirm_restored(day(3))
    case = settled_not_restored()
    with pytest.raises(InvalidInput, match="on: is before the case's last step"):
        case.confirm_restored(day(1))
    with pytest.raises(InvalidType, match="fit_out_kept: must be a bool"):
        case.confirm_restored(day(4), fit_out_kept="yes")  # type: ignore[arg-type]
    done = case.confirm_restored(day(4)).notify(day(4))
    with pytest.raises(IllegalTransition, match="is complete"):
        done.confirm_restored(day(5))
    assert case == settled_not_restored()


def test_R_MOV_02_re_inspection_after_settlement_still_refused() -> None:
    """R-MOV-02: the joint inspection (which sets the damages settled) is not redone after
    the settlement; the restoration is confirmed instead."""
    with pytest.raises(IllegalTransition, match="inspect: the case is already settled"):
        settled_not_restored().inspect(day(10), restored=True)


@settings(max_examples=40)
@given(
    restored_at_inspection=st.booleans(),
    confirm_before_settlement=st.booleans(),
    kept=st.booleans(),
    gap=st.integers(min_value=0, max_value=30),
)
def test_R_MOV_01_every_inspected_case_can_complete(
    restored_at_inspection: bool, confirm_before_settlement: bool, kept: bool, gap: int
) -> None:
    """R-MOV-01 invariant: whatever the inspection found, a case whose other conditions are
    met reaches ``can_leave(...).allowed`` (no dead end), and the settlement is untouched."""
    case = (
        MoveOutCase.open(
            "A-1",
            "某公司",
            on=D,
            deposits=[Charge("押金", "100")],
            issued_pass_count=1,
            issued_key_count=1,
        )
        .receive_leasing_notice(D)
        .return_items(day(1), pass_count=1, key_count=1)
        .inspect(day(2), restored=restored_at_inspection, damages=[Damage("墙面", "30")])
    )
    if not restored_at_inspection and confirm_before_settlement:
        case = case.confirm_restored(day(2 + gap), fit_out_kept=kept)
    case = case.settle(day(2 + gap))
    settlement = case.settlement
    if not restored_at_inspection and not confirm_before_settlement:
        case = case.confirm_restored(day(3 + gap), fit_out_kept=kept)
    done = case.notify(day(3 + gap))
    assert can_leave(done).allowed is True
    assert done.settlement == settlement
    assert done.inspection is not None
    assert done.inspection.restored_on is not None


# --------------------------------------------------------------------------- names (F6)


def test_R_MOV_01_unit_tenant_and_labels_are_trimmed() -> None:
    """R-MOV-01: names pasted with stray spaces (an ideographic one too) are one name."""
    case = MoveOutCase.open(
        " A-1203\u3000",
        "\u3000某公司 ",
        on=D,
        deposits=[Charge(" 押金 ", "1")],
        issued_pass_count=1,
        issued_key_count=1,
    )
    assert (case.unit_id, case.tenant) == ("A-1203", "某公司")
    assert case.deposits == (Charge("押金", "1"),)
    assert Damage("\u3000空调面板 ", "350") == Damage("空调面板", "350")
    assert MoveOutCase(
        " A-1", "T ", applied_on=D, issued_pass_count=1, issued_key_count=1
    ) == MoveOutCase("A-1", "T", applied_on=D, issued_pass_count=1, issued_key_count=1)
    with language("en_US"):
        opened = MoveOutCase.open(" A-1 ", " T ", on=D, issued_pass_count=1, issued_key_count=1)
    assert opened.events[0].detail == "T applies to the leasing department to move out of A-1"


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (
            lambda: MoveOutCase.open("  ", "T", on=D, issued_pass_count=1, issued_key_count=1),
            "unit_id",
        ),
        (
            lambda: MoveOutCase.open("A\n1", "T", on=D, issued_pass_count=1, issued_key_count=1),
            "unit_id",
        ),
        (
            lambda: MoveOutCase.open(
                "A-1", "\u3000", on=D, issued_pass_count=1, issued_key_count=1
            ),
            "tenant",
        ),
        (lambda: Charge(" ", "1"), "label"),
        (lambda: Damage("", "1"), "location"),
    ],
)
def test_R_MOV_01_blank_or_broken_names_are_refused(build: object, argument: str) -> None:
    """R-MOV-01: an empty name or an id with a control character is refused, naming it."""
    assert callable(build)
    with pytest.raises(InvalidInput, match=f"^{argument}: "):
        build()


@settings(max_examples=40)
@given(
    st.text(alphabet="A-1某公司押金", min_size=1, max_size=8),
    st.text(alphabet=" \u3000\t", max_size=3),
    st.text(alphabet=" \u3000\t", max_size=3),
)
def test_R_MOV_01_padding_never_changes_a_name(name: str, left: str, right: str) -> None:
    """R-MOV-01 invariant: surrounding whitespace never makes a second label or tenant."""
    assert Charge(left + name + right, "1") == Charge(name, "1")
    assert (
        MoveOutCase.open(
            "A", left + name + right, on=D, issued_pass_count=1, issued_key_count=1
        ).tenant
        == name
    )
