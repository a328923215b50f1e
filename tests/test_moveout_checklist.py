"""The notice period and the departments' signatures of a move-out (D6 三 1 and 柏彦大厦
客户迁出流程; R-MOV-01, R-MOV-02; audit-records F16)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.moveout import (
    MoveOutCase,
    MoveOutPolicy,
    PropertyDepartment,
    RoomCondition,
    can_leave,
    notice_given,
)

D = dt.date(2025, 6, 3)
ALL = frozenset(PropertyDepartment) - {PropertyDepartment.LEASING}


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


# --------------------------------------------------------------------------- notice


def test_R_MOV_01_no_notice_period_by_default() -> None:
    """R-MOV-01 1: the seed asks for notice in advance (提前) with no number: nothing checked."""
    d = notice_given(
        MoveOutCase.open(
            "A-1", "T", on=D, lease_ends_on=day(1), issued_pass_count=1, issued_key_count=1
        )
    )
    assert d.allowed is True
    assert d.rule == "R-MOV-01"
    with language("en_US"):
        assert notice_given(
            MoveOutCase.open("A-1", "T", on=D, issued_pass_count=1, issued_key_count=1)
        ).reason == ("no notice period is set; applied on 2025-06-03")


@pytest.mark.parametrize(("ends", "allowed"), [(30, True), (31, True), (29, False), (0, False)])
def test_R_MOV_01_notice_days_against_the_lease_end(ends: int, allowed: bool) -> None:
    """R-MOV-01 1: with ``notice_days=30`` the application must come 30 days or more before
    the lease ends (exactly 30 is enough)."""
    policy = MoveOutPolicy(notice_days=30)
    case = MoveOutCase.open(
        "A-1",
        "T",
        on=D,
        lease_ends_on=day(ends),
        policy=policy,
        issued_pass_count=1,
        issued_key_count=1,
    )
    d = notice_given(case)
    assert d.allowed is allowed
    with language("en_US"):
        reason = notice_given(case).reason
    assert reason == (
        f"applied {ends} days before the lease ends on {day(ends)}; 30 days' notice required"
    )


@pytest.mark.parametrize(
    ("ends", "english", "chinese"),
    [
        (
            -33,
            "applied 33 days after the lease ended on 2025-05-01; 30 days' notice required",
            "于租约到期日 2025-05-01 后 33 天才申请退租，须提前 30 天",
        ),
        (
            -1,
            "applied 1 day after the lease ended on 2025-06-02; 30 days' notice required",
            "于租约到期日 2025-06-02 后 1 天才申请退租，须提前 30 天",
        ),
    ],
)
def test_R_MOV_01_notice_after_the_lease_ended_says_after(
    ends: int, english: str, chinese: str
) -> None:
    """R-MOV-01 1: a tenant who applies after the lease has ended gave no notice; the reason
    says how many days *after* the end, never a negative number of days "before"."""
    policy = MoveOutPolicy(notice_days=30)
    case = MoveOutCase.open(
        "A-1",
        "T",
        on=D,
        lease_ends_on=day(ends),
        policy=policy,
        issued_pass_count=1,
        issued_key_count=1,
    )
    with language("en_US"):
        d = notice_given(case)
    assert (d.allowed, d.rule, d.reason) == (False, "R-MOV-01", english)
    with language("zh_CN"):
        assert notice_given(case).reason == chinese
    zero = MoveOutPolicy(notice_days=0)
    late = MoveOutCase.open(
        "A-1",
        "T",
        on=D,
        lease_ends_on=day(ends),
        policy=zero,
        issued_pass_count=1,
        issued_key_count=1,
    )
    assert notice_given(late).allowed is False
    assert "-" not in notice_given(late).reason.replace(str(day(ends)), "")


def test_R_MOV_01_notice_unknown_lease_end_and_bad_policy() -> None:
    """R-MOV-01 1: a notice period with no lease end recorded cannot be confirmed; a
    negative or non-int period is a PolicyError; a short notice does not block leaving."""
    policy = MoveOutPolicy(notice_days=30)
    assert (
        notice_given(
            MoveOutCase.open(
                "A-1", "T", on=D, policy=policy, issued_pass_count=1, issued_key_count=1
            )
        ).allowed
        is False
    )
    with pytest.raises(PolicyError, match="notice_days: must be at least 0"):
        MoveOutPolicy(notice_days=-1)
    with pytest.raises(InvalidType, match="notice_days: must be an int"):
        MoveOutPolicy(notice_days="30")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="lease_ends_on: must be a date"):
        MoveOutCase.open(
            "A-1",
            "T",
            on=D,
            lease_ends_on=dt.datetime(2025, 7, 1),
            issued_pass_count=1,
            issued_key_count=1,
        )
    short = MoveOutCase.open(
        "A-1",
        "T",
        on=D,
        lease_ends_on=day(1),
        policy=policy,
        issued_pass_count=1,
        issued_key_count=1,
    )
    assert RoomCondition.APPLIED not in can_leave(short).unmet


@settings(max_examples=50)
@given(st.integers(min_value=-400, max_value=400), st.integers(min_value=0, max_value=200))
def test_R_MOV_01_notice_is_enough_iff_the_days_reach_the_period(ends: int, needed: int) -> None:
    """R-MOV-01 invariant: notice is given exactly when the days before the lease end reach
    ``notice_days``."""
    policy = MoveOutPolicy(notice_days=needed)
    case = MoveOutCase.open(
        "A-1",
        "T",
        on=D,
        lease_ends_on=day(ends),
        policy=policy,
        issued_pass_count=1,
        issued_key_count=1,
    )
    assert notice_given(case).allowed is (ends >= needed)


# --------------------------------------------------------------------------- sign-offs


def inspected(policy: MoveOutPolicy | None = None, *, parking: bool = False) -> MoveOutCase:
    return (
        MoveOutCase.open(
            "A-1",
            "某公司",
            on=D,
            parking=parking,
            policy=policy,
            issued_pass_count=1,
            issued_key_count=1,
        )
        .receive_leasing_notice(D)
        .return_items(day(1), pass_count=1, key_count=1)
        .inspect(day(2), restored=True)
    )


def test_R_MOV_01_sign_offs_are_required_before_notify() -> None:
    """R-MOV-01 (D6 柏彦大厦流程 …并签字确认): with the four departments required, notify is
    refused until each has signed; customer service records the forwarding contact."""
    case = inspected(MoveOutPolicy(sign_offs=ALL)).settle(day(3))
    assert RoomCondition.SIGNED_OFF in can_leave(case).unmet
    with pytest.raises(IllegalTransition, match="conditions not met: signed off"):
        case.notify(day(3))
    case = case.sign_off(day(3), "工程部", note="电表读数 10234").sign_off(day(3), "保安部")
    case = case.sign_off(day(3), "财务部")
    with language("en_US"):
        reason = can_leave(case).reason
    assert reason == ("unmet: signed off (missing: customer service); departments notified")
    case = case.sign_off(day(4), "客服部", forwarding_contact="13800000000；北京市朝阳区某路1号")
    assert case.forwarding_contact == "13800000000；北京市朝阳区某路1号"
    assert case.signed_off == ALL
    assert can_leave(case.notify(day(4))).allowed is True


def test_R_MOV_01_no_sign_offs_required_by_default() -> None:
    """R-MOV-01: D6 四 has no signatures, so the default policy requires none."""
    case = inspected().settle(day(3)).notify(day(3))
    assert can_leave(case).allowed is True
    assert case.signed_off == frozenset()


def test_R_MOV_02_sign_off_order_and_refusals() -> None:
    """R-MOV-02: each department signs after its own step; twice, a forwarding contact from
    another department, or customer service without one is refused; nothing changes."""
    fresh = MoveOutCase.open("A-1", "某公司", on=D, issued_pass_count=1, issued_key_count=1)
    with pytest.raises(IllegalTransition, match="step leasing_notice must come first"):
        fresh.sign_off(D, "engineering")
    noticed = fresh.receive_leasing_notice(D)
    assert noticed.sign_off(D, "leasing").signed_off == {PropertyDepartment.LEASING}
    with pytest.raises(IllegalTransition, match="step inspection must come first"):
        noticed.sign_off(D, "security")
    case = inspected(parking=True)
    with pytest.raises(IllegalTransition, match="sign_off: the settlement must be made and its"):
        case.sign_off(day(2), "finance")
    with pytest.raises(IllegalTransition, match="conditions not met: parking released"):
        case.sign_off(day(2), "customer service", forwarding_contact="x")
    released = case.release_parking(day(2))
    with pytest.raises(InvalidInput, match="forwarding_contact: customer service records"):
        released.sign_off(day(2), "客服部")
    with pytest.raises(InvalidInput, match="forwarding_contact: is recorded by customer service"):
        released.sign_off(day(2), "工程部", forwarding_contact="x")
    signed = released.sign_off(day(2), "工程部")
    with pytest.raises(IllegalTransition, match="engineering has signed already"):
        signed.sign_off(day(2), "工程部")
    with pytest.raises(InvalidInput, match="department: is not a known PropertyDepartment"):
        signed.sign_off(day(2), "厨房")
    assert signed == released.sign_off(day(2), "工程部")
    assert signed.history[-1].step is None


@settings(max_examples=30)
@given(st.permutations(sorted(ALL, key=lambda d: d.value)), st.integers(0, 4))
def test_R_MOV_01_notify_allowed_iff_all_required_signed(
    order: list[PropertyDepartment], signed: int
) -> None:
    """R-MOV-01 invariant: with every other condition met, notify succeeds exactly when every
    required department has signed, in whatever order they sign."""
    case = inspected(MoveOutPolicy(sign_offs=ALL)).settle(day(3))
    for department in order[:signed]:
        contact = "13800000000" if department is PropertyDepartment.CUSTOMER_SERVICE else None
        case = case.sign_off(day(3), department, forwarding_contact=contact)
    if signed == len(ALL):
        assert can_leave(case.notify(day(3))).allowed is True
    else:
        with pytest.raises(IllegalTransition):
            case.notify(day(3))
