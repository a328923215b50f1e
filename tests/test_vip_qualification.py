"""R-VIP-01: what a customer who does not qualify yet is told (``custops.vip.qualification``).

D7 vip资格申请条件: 凡在本门店一次性购物满1000元(以实付金额为准)者或半年内累计购物满2000元者.
A reason that is not a yes says what would qualify by each of the two routes still open — a
next purchase reaching the single threshold on its own, or what the half year's total still
lacks — never a bare "还差 X" beside the largest purchase, which read as the gap between them
(``单笔最高实付 999.99 元 < 1000.00 元 … 还差 1000.00 元`` read as 0.01).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidType
from custops.i18n import language
from custops.money import FEN, difference, yuan
from custops.testing import purchases
from custops.vip import Purchase, QualifyBasis, VipPolicy, qualify

DAY = dt.date(2024, 1, 1)


def test_R_VIP_01_a_near_single_purchase_names_both_routes() -> None:
    """R-VIP-01: 999.99 paid once is 0.01 short of neither route as a next purchase: the next
    purchase must itself reach 1000.00, or 1000.01 more must be paid in all."""
    with language("zh_CN"):
        q = qualify([Purchase(DAY, "999.99")], on=DAY)
        reason = q.reason
    assert q.allowed is False
    assert q.qualify_basis is QualifyBasis.NOT_QUALIFIED
    assert q.needed == Decimal("1000.00")
    assert reason == (
        "单笔最高实付 999.99 元 < 1000.00 元，2023-07-01 至 2024-01-01 累计实付 999.99 元 < "
        "2000.00 元；下一笔单笔实付须满 1000.00 元，或累计再实付 1000.01 元达 2000.00 元"
    )
    assert "还差" not in reason


def test_R_VIP_01_the_english_reason_names_both_routes() -> None:
    """R-VIP-01: the English catalogue says the same, without a bare "more needed"."""
    with language("en_US"):
        q = qualify([Purchase(DAY, "999.99")], on=DAY)
    assert q.reason == (
        "largest purchase 999.99 < 1000.00 and 999.99 paid in 2023-07-01 … 2024-01-01 < "
        "2000.00; to qualify, one next purchase of at least 1000.00, or 1000.01 more paid in "
        "all to reach 2000.00"
    )
    assert "more needed" not in q.reason


def test_R_VIP_01_a_total_short_of_less_than_one_purchase_names_the_total() -> None:
    """R-VIP-01: 1600 in the half year lacks 400 — less than a qualifying single purchase,
    so any purchase reaching 1000 reaches 2000 first: only the total's route is said."""
    bought = [Purchase(dt.date(2024, 1, 20), "900"), Purchase(dt.date(2024, 2, 10), "700")]
    with language("zh_CN"):
        q = qualify(bought, on=dt.date(2024, 2, 10))
        assert q.reason.endswith("；累计再实付 400.00 元即达 2000.00 元")
    assert q.needed == Decimal("400.00")
    with language("en_US"):
        q = qualify(bought, on=dt.date(2024, 2, 10))
    assert q.reason.endswith("; to qualify, 400.00 more paid to reach 2000.00")


def test_R_VIP_01_a_total_short_of_exactly_one_purchase_names_both() -> None:
    """R-VIP-01: 500 + 500 lacks 1000 = the single threshold: one purchase of 1000 or several
    smaller ones adding up to 1000 — both routes are open and both are said."""
    bought = [Purchase(dt.date(2024, 1, 2), "500"), Purchase(dt.date(2024, 1, 3), "500")]
    said = "；下一笔单笔实付须满 1000.00 元，或累计再实付 1000.00 元达 2000.00 元"
    with language("zh_CN"):
        q = qualify(bought, on=dt.date(2024, 1, 3))
        assert q.reason.endswith(said)
    assert q.needed == Decimal("1000.00")


def test_R_VIP_01_the_policy_thresholds_are_the_ones_said() -> None:
    """R-VIP-01 *(policy)*: a store whose single threshold is above its cumulative one is told
    the total's route alone (a single purchase of 3000 would reach 2000 anyway)."""
    policy = VipPolicy(single_purchase_threshold="3000", cumulative_threshold="2000")
    with language("zh_CN"):
        q = qualify([], on=DAY, policy=policy)
        assert q.reason.endswith("；累计再实付 2000.00 元即达 2000.00 元")
    assert q.needed == Decimal("2000.00")


@settings(max_examples=120)
@given(
    st.lists(purchases(dt.date(2023, 6, 1), DAY, max_paid=1500), max_size=5),
    st.sampled_from(("zh_CN", "en_US")),
)
def test_R_VIP_01_property_the_routes_said_are_the_routes_that_qualify(
    bought: list[Purchase], code: str
) -> None:
    """R-VIP-01: not qualified, the reason says what the half year lacks and, when that is at
    least the single threshold, the single threshold as the next purchase; ``needed`` is the
    smaller of the two; and each route said qualifies: paying ``needed`` today qualifies,
    1 fen less does not, a purchase of the single threshold qualifies, and the lacking total
    paid in two smaller purchases today qualifies."""
    bought = list({p.ref or id(p): p for p in bought}.values())  # a ref counts once
    with language(code):
        q = qualify(bought, on=DAY)
        reason = q.reason
    if q.allowed:
        assert q.needed == 0
        return
    single, threshold = yuan(1000), yuan(2000)
    short = difference(threshold, less=q.window_total)
    assert q.needed == min(single, short)
    assert f"{short}" in reason
    assert (f"{single}" in reason.rsplit(";" if code == "en_US" else "；", 1)[1]) is (
        short >= single
    )
    assert qualify([*bought, Purchase(DAY, q.needed)], on=DAY).allowed
    if q.needed > FEN:
        assert not qualify([*bought, Purchase(DAY, q.needed - FEN)], on=DAY).allowed
    assert qualify([*bought, Purchase(DAY, single)], on=DAY).allowed
    half = yuan(short / 2)
    split = [Purchase(DAY, half), Purchase(DAY, difference(short, less=half))]
    assert qualify([*bought, *split], on=DAY).allowed


@pytest.mark.parametrize("paid", ["1000", "2000", "1500.50"])
def test_R_VIP_01_qualified_reasons_are_unchanged(paid: str) -> None:
    """R-VIP-01: a qualified customer's reason names the purchase that qualified."""
    with language("zh_CN"):
        q = qualify([Purchase(DAY, paid)], on=DAY)
        assert q.reason == f"2024-01-01 一次性实付 {yuan(paid)} 元 ≥ 1000.00 元"
    assert q.allowed


def test_R_VIP_01_purchases_after_the_day_asked_are_said_not_counted() -> None:
    """R-VIP-01: a purchase dated after ``on`` does not count toward the card on ``on`` (a
    whole history may be given to ask about an earlier day), and the reason says how many
    such purchases there were and what they paid, in both languages."""
    later = [Purchase(dt.date(2025, 8, 1), "1200")]
    with language("zh_CN"):
        q = qualify(later, on=dt.date(2025, 7, 10))
        assert q.reason == (
            "单笔最高实付 0.00 元 < 1000.00 元，2025-01-10 至 2025-07-10 累计实付 0.00 元 < "
            "2000.00 元；下一笔单笔实付须满 1000.00 元，或累计再实付 2000.00 元达 2000.00 元；"
            "2025-07-10 之后的 1 笔购物未计入（共实付 1200.00 元）"
        )
    assert (q.allowed, q.counted, q.window_total) == (False, (), Decimal("0.00"))
    two = [*later, Purchase(dt.date(2025, 9, 1), "3"), Purchase(dt.date(2025, 7, 10), "1000")]
    with language("en_US"):
        q = qualify(two, on=dt.date(2025, 7, 10))
    assert q.allowed
    assert q.qualify_basis is QualifyBasis.SINGLE
    assert q.reason == (
        "one purchase of 1000.00 paid on 2025-07-10 ≥ 1000.00; "
        "2 purchases after 2025-07-10 not counted (1203.00 paid in all)"
    )
    with language("en_US"):
        q = qualify(later, on=dt.date(2025, 7, 10))
    assert q.reason.endswith("; 1 purchase after 2025-07-10 not counted (1200.00 paid)")


@settings(max_examples=100)
@given(
    st.lists(purchases(dt.date(2023, 6, 1), DAY, max_paid=1500), max_size=4),
    st.lists(purchases(DAY + dt.timedelta(days=1), dt.date(2025, 1, 1)), max_size=4),
    st.sampled_from(("zh_CN", "en_US")),
)
def test_R_VIP_01_property_later_purchases_change_nothing_but_are_said(
    bought: list[Purchase], later: list[Purchase], code: str
) -> None:
    """R-VIP-01: purchases after ``on`` never change the answer (outcome, basis, what
    counted, the totals); the reason is the answer's own, then — only when there are any —
    how many came later and what they paid."""
    bought = list({p.ref or id(p): p for p in bought}.values())  # a ref counts once
    later = [attrs.evolve(p, ref=None) for p in later]  # none to clash with
    with language(code):
        alone = qualify(bought, on=DAY)
        whole = qualify([*later, *bought], on=DAY)
    assert (whole.allowed, whole.qualify_basis, whole.counted) == (
        alone.allowed,
        alone.qualify_basis,
        alone.counted,
    )
    assert (whole.amount, whole.window_total, whole.needed) == (
        alone.amount,
        alone.window_total,
        alone.needed,
    )
    if not later:
        assert whole.reason == alone.reason
        return
    assert whole.reason.startswith(alone.reason)
    note = whole.reason[len(alone.reason) :]
    paid = sum((p.net for p in later), Decimal("0.00"))
    assert f"{len(later)}" in note
    assert f"{paid:.2f}" in note
    assert str(DAY) in note


def test_R_VIP_01_net_as_of_takes_its_day_by_name() -> None:
    """R-VIP-01 (house rule 2): ``purchase.net_as_of(on=…)`` takes the day by name; by
    position it is refused as InvalidType naming ``on``, not Python's bare TypeError."""
    purchase: Any = Purchase(DAY, "999.99")
    with pytest.raises(InvalidType) as info:
        purchase.net_as_of(DAY)
    assert (info.value.argument, info.value.value) == ("on", DAY)
    assert "call Purchase.net_as_of(*, on)" in info.value.problem
    assert purchase.net_as_of(on=DAY) == Decimal("999.99")
