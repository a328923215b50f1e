"""A schedule that refunds nothing says so and why, not "in 0 payments" (R-DEP-02,
R-DEP-03: the claims come off the deposit first; what they exceed it by is owed)."""

from __future__ import annotations

import datetime as dt

from custops.deposits import Claim, refund_schedule
from custops.i18n import language

DAY = dt.date(2025, 10, 31)
TAKEN = "无款项可退：索赔 6200.00 元抵扣了全部保证金余额 5000.00 元；会员欠付 1200.00 元"


def test_claims_taking_the_whole_deposit_are_named_as_the_reason_R_DEP_03() -> None:
    claims = [
        Claim("4500.00", "地板损坏", on=DAY, kind="损失赔偿"),
        Claim("1700.00", "物业费", on=DAY, kind="未缴费用"),
    ]
    schedule = refund_schedule(peak="5000", balance="5000", announced_on=DAY, claims=claims)
    assert schedule.refunded == 0
    with language("zh_CN"):
        assert schedule.reason == TAKEN
        assert "0 次" not in schedule.explain()
    with language("en_US"):
        assert schedule.reason.startswith("nothing is refunded: the claims of 6200.00")


def test_an_empty_balance_is_named_as_the_reason_R_DEP_02() -> None:
    schedule = refund_schedule(peak="5000", balance="0", announced_on=DAY)
    assert schedule.refunded == 0
    with language("zh_CN"):
        assert schedule.reason == "无款项可退：保证金余额为 0.00 元；索赔 0.00 元，会员欠付 0.00 元"


def test_a_refund_still_counts_its_payments_R_DEP_02() -> None:
    schedule = refund_schedule(peak="1000", balance="900", announced_on=DAY)
    with language("zh_CN"):
        assert "分 3 次退还 900.00 元" in schedule.reason
