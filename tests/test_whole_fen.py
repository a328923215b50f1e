"""Input amounts are whole fen (docs/money.md, "Input amounts are whole fen"): an amount
given to custops — paid, refunded, claimed, a peak, a balance, a coupon, a total to split —
with a fraction of a fen is refused with InvalidInput naming the argument and the value as
passed; only amounts custops *computes* (a 20% reserve, a discounted price) are rounded, to
the fen, half up (四舍五入).  Rules: R-VIP-05 (实付金额), R-VIP-01, R-VIP-04, R-DEP-01,
R-DEP-02, R-DEP-03, R-MEM-01, R-MEM-04, R-MEM-05, R-MOV-02, R-PUR-02 (every amount exact to
the fen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Complaint,
    PenaltyPolicy,
    ResponsibilityPolicy,
    SeverityPolicy,
    assess_fine,
    assess_penalty,
)
from custops.deposits import Claim, DepositPolicy, refund_schedule
from custops.errors import InvalidInput, PolicyError
from custops.exchange import Applicant, ExchangePolicy, litigation_reportable, minimum_fine
from custops.money import allocate, from_fen, to_fen, total, yuan
from custops.moveout import Charge, Damage, MoveOutCase
from custops.purchasing import CostLimit, cost_contract
from custops.vip import Card, Holder, Ledger, Line, Purchase, VipPolicy, qualify, quote

DAY = dt.date(2025, 2, 1)
CARD = Card.issue("VIP-1", Holder("C1", "王芳"), on=DAY)
LEDGER = Ledger(CARD).earn(DAY, "300", "A")
INSPECTED = (
    MoveOutCase.open(
        "A", "T", on=DAY, arrears=[Charge("电费", "800")], issued_pass_count=1, issued_key_count=1
    )
    .receive_leasing_notice(DAY)
    .return_items(DAY, pass_count=1, key_count=1)
    .inspect(DAY, restored=True)
)
SETTLED = INSPECTED.settle(DAY)
_MET = {"fixed_premises": True, "it_adequate": True, "governance_sound": True, "fees_paid": True}
RECEIVED = dt.datetime(2025, 2, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
NO_MINIMUM = PenaltyPolicy(fine_min="0")
FRACTION = "has a fraction of a fen; give a whole number of fen (0.01 yuan)"

# (argument, call with the amount): every public entry point taking an amount from outside
TAKERS: list[tuple[str, Callable[[Any], object]]] = [
    ("amount", to_fen),
    ("total", lambda v: allocate(v, [1, 1])),
    ("amounts[1]", lambda v: total([Decimal("1"), v])),
    ("amount", lambda v: Claim(v, "fee", on=DAY)),
    ("peak", lambda v: refund_schedule(peak=v, balance="0", announced_on=DAY)),
    ("balance", lambda v: refund_schedule(peak="1000", balance=v, announced_on=DAY)),
    ("peak", lambda v: DepositPolicy().reserve_of(v)),
    ("paid", lambda v: Purchase(DAY, v)),
    ("refunded", lambda v: Purchase(DAY, "100", refunded=v)),
    ("paid", lambda v: LEDGER.earn(DAY, v, "B")),
    ("paid", LEDGER.points_for),
    ("amount", lambda v: LEDGER.reverse(DAY, "A", amount=v)),
    ("coupon", lambda v: Line("100", coupon=v)),
    ("coupon", lambda v: quote([Line("100")], None, on=DAY, coupon=v)),
    # exchange membership (L5 of the issue-12 audit: money.require_money, not a local copy)
    ("registered_capital", lambda v: Applicant(registered_capital=v, **_MET)),  # type: ignore[arg-type]
    ("min_registered_capital", lambda v: ExchangePolicy(min_registered_capital=v)),
    ("litigation_threshold", lambda v: ExchangePolicy(litigation_threshold=v)),
    ("amount", litigation_reportable),
    ("illicit_gain", minimum_fine),
    # move-out (R-MOV-02): deposits, arrears, damages and payments
    ("amount", lambda v: Charge("押金", v)),
    ("amount", lambda v: Damage("门锁", v)),
    ("collected", lambda v: INSPECTED.settle(DAY, collected=v)),
    ("amount", lambda v: SETTLED.collect(DAY, v)),
    # purchasing cost (R-PUR-02): what was spent, the goods' value
    ("actual", lambda v: cost_contract(CostLimit("monthly", "100"), actual=v)),
    ("goods_value", lambda v: cost_contract(CostLimit("每百元", "1"), actual="1", goods_value=v)),
    # complaints (R-CMP-07, R-CMP-11, R-CMP-13; L5r of the third issue-12 audit: the one
    # whole-fen check money.require_money, where a local copy rounded "100.005" to 100.01)
    (
        "claimed_loss",
        lambda v: Complaint("电话", "酒有沉淀", "王", received_at=RECEIVED, claimed_loss=v),
    ),
    ("amount", assess_fine),
    ("loss", assess_penalty),
    ("loss", ResponsibilityPolicy().fine_for),
    ("fine_min", lambda v: PenaltyPolicy(fine_min=v)),
    ("delay_fine", lambda v: ResponsibilityPolicy(delay_fine=v, penalty_policy=NO_MINIMUM)),
    ("loss_threshold", lambda v: SeverityPolicy(loss_threshold=v)),
]


# A policy's amount is refused as a PolicyError, with the same message (CONTRIBUTING item 7).
_POLICY_AMOUNTS = frozenset(
    {"min_registered_capital", "litigation_threshold", "fine_min", "delay_fine", "loss_threshold"}
)


@pytest.mark.parametrize(("argument", "take"), TAKERS)
@pytest.mark.parametrize("value", ["88.005", Decimal("0.004"), "¥1,000.001"])
def test_a_fraction_of_a_fen_is_refused_not_rounded(
    argument: str, take: Callable[[Any], object], value: Any
) -> None:
    """R-VIP-05, R-DEP-01/02/03: a sub-fen input is refused, naming the argument and the
    value as passed (before: ``Purchase(d, "88.005").paid == Decimal('88.01')``, and
    ``Claim("0.004", …)`` said "a claim must be more than 0")."""
    error = PolicyError if argument in _POLICY_AMOUNTS else InvalidInput
    with pytest.raises(error) as info:
        take(value)
    assert (info.value.argument, info.value.value) == (argument, value)
    assert str(info.value) == f"{argument}: {FRACTION} (got {value!r})"


@pytest.mark.parametrize(("argument", "take"), TAKERS)
def test_whole_fen_is_accepted_with_trailing_zeros(
    argument: str, take: Callable[[Any], object]
) -> None:
    """The check is on the value, not the spelling: ``"12.3400"`` is whole fen."""
    assert take("12.3400") is not None


def test_the_old_roundings_are_refusals_now() -> None:
    """Amounts with a fraction of a fen that were once rounded silently, each now refused."""
    for build in (
        lambda: Purchase(DAY, "88.005"),
        lambda: Claim("0.005", "x", on=DAY),
        lambda: refund_schedule(peak="10.005", balance="0", announced_on=DAY),
        lambda: Ledger(CARD).earn(DAY, "88.005", "R"),
    ):
        with pytest.raises(InvalidInput, match="has a fraction of a fen"):
            build()
    with pytest.raises(InvalidInput, match=r"^amount: a claim must be more than 0 \(got '0.00'\)"):
        Claim("0.00", "x", on=DAY)


def test_complaint_amounts_are_whole_fen_R_CMP_11_R_CMP_13() -> None:
    """R-CMP-07, R-CMP-11, R-CMP-13: a claimed loss, a fine and a loss to assess are amounts
    given to custops: a fraction of a fen once rounded silently (``claimed_loss="100.005"``
    stored as 100.01, ``assess_penalty("100.005")`` and ``assess_fine("100.005")`` rounded)
    is refused, and a whole-fen amount is kept as given."""
    for argument, take in (
        (
            "claimed_loss",
            lambda v: Complaint("电话", "酒有沉淀", "王", received_at=RECEIVED, claimed_loss=v),
        ),
        ("amount", assess_fine),
        ("loss", assess_penalty),
    ):
        with pytest.raises(InvalidInput) as info:
            take("100.005")
        assert str(info.value) == f"{argument}: {FRACTION} (got '100.005')"
    complaint = Complaint("电话", "酒有沉淀", "王", received_at=RECEIVED, claimed_loss="100.01")
    assert complaint.claimed_loss == Decimal("100.01")
    assert assess_fine("200.00").allowed
    assert assess_penalty("100.01").lines[0].amount == Decimal("200.00")


def test_computed_amounts_are_still_rounded_half_up() -> None:
    """R-DEP-01, R-VIP-03: what custops computes is brought to the fen (reserve: 20% of
    0.05 = 0.01, never more than 20%; 9折 of 0.05 = 0.045 → 0.05 half up)."""
    assert DepositPolicy().reserve_of(Decimal("0.05")) == Decimal("0.01")
    assert yuan("0.045") == Decimal("0.05")  # yuan() itself keeps rounding (computed values)
    q = quote([Line("0.05")], CARD, on=DAY, ledger=Ledger(CARD))
    assert q.total == Decimal("0.05")


def test_policy_thresholds_are_whole_fen() -> None:
    """R-VIP-01: a qualification threshold is an amount paid: whole fen, else PolicyError."""
    for name in ("single_purchase_threshold", "cumulative_threshold"):
        with pytest.raises(PolicyError) as info:
            VipPolicy(**{name: "999.995"})  # type: ignore[arg-type]
        assert str(info.value) == (
            f"{name}: has a fraction of a fen; give a whole number of fen (0.01 yuan)"
            " (got '999.995')"
        )
    with pytest.raises(PolicyError, match=r"^cumulative_threshold: is too large to be an amount"):
        VipPolicy(cumulative_threshold=10**30)
    policy = VipPolicy(single_purchase_threshold="999.99")
    assert qualify([Purchase(DAY, "999.99")], on=DAY, policy=policy).allowed


_SUB_FEN = st.builds(
    lambda fen, extra: Decimal(fen) / 100 + Decimal(extra) / 10_000,
    st.integers(-(10**9), 10**9),
    st.integers(1, 99),
)


@settings(max_examples=100)
@given(st.integers(0, 10**12), _SUB_FEN)
def test_property_whole_fen_round_trips_and_sub_fen_is_refused(fen: int, sub: Decimal) -> None:
    """Invariant: an amount is accepted exactly when it is whole fen; then it is unchanged
    (``to_fen(from_fen(n)) == n``), else refused naming the argument and the value."""
    assert to_fen(from_fen(fen)) == fen
    assert to_fen(Decimal(fen).scaleb(-2)) == fen
    with pytest.raises(InvalidInput) as info:
        to_fen(sub)
    assert (info.value.argument, info.value.value) == ("amount", sub)
    with pytest.raises(InvalidInput, match=r"^paid: has a fraction of a fen"):
        Purchase(DAY, abs(sub))
