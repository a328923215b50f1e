"""Near-misses of the forty-first round's rules, found when the round was reviewed: a door
lock that sticks or a city under lockdown is no card or account locked; a surprise told in
thanks is a pleasant one; a recovery told beside a demand keeps the harm (R-CMP-01,
R-CMP-02, R-CMP-03, R-CMP-07)."""

from __future__ import annotations

import pytest

from classifier_checks import RULES_ONLY
from custops.complaints import Category, Kind, Signal, classify


def _rules(text: str) -> set[str]:
    return {e.rule_id for e in classify(text).evidence}


@pytest.mark.parametrize("text", ["门锁卡住了，打不开", "疫情封锁期间外卖送不进来", "车锁卡死了"])
def test_a_lock_that_sticks_or_a_lockdown_is_no_payment_failed_R_CMP_03(text: str) -> None:
    assert "sc.payment-failed" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    ["银行卡被冻结了，也不说原因", "无故锁卡，打客服没人接", "冻结了我的账户，凭什么", "无故封锁"],
)
def test_a_card_or_an_account_locked_is_a_payment_failed_R_CMP_03(text: str) -> None:
    result = classify(text)
    assert "sc.payment-failed" in _rules(text)
    assert result.kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    ["竟然连停车都免费，太贴心了", "保洁阿姨竟然把我落下的钱包送回来了，太感谢了"],
)
def test_a_surprise_told_in_thanks_is_no_indignation_R_CMP_01(text: str) -> None:
    assert "kind.indignant-surprise" not in _rules(text)
    # the rules read no complaint; the learned layer as shipped weighs 竟然 against the
    # thanks in the first sentence and may tie it (a known miss of the layer, not the rule's)
    assert classify(text, policy=RULES_ONLY).kind is not Kind.COMPLAINT


def test_an_indignant_surprise_is_still_a_complaint_R_CMP_01() -> None:
    result = classify("居然要收餐位费")
    assert "kind.indignant-surprise" in _rules("居然要收餐位费")
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SALES_CONTRACT


def test_a_recovery_told_beside_a_demand_keeps_the_harm_of_a_stay_in_hospital_R_CMP_07() -> None:
    text = "孩子吃了你们的奶粉住院了，现在好转了，你们必须给个说法"
    result = classify(text)
    assert Signal.SAFETY in {e.signal for e in result.evidence}
    assert result.kind is Kind.COMPLAINT
