"""Money or property stolen or fraudulently charged is a loss (R-CMP-07 loss criterion):
Complaint.loss and the classifier's sig.loss read it alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Complaint, Signal, assess_severity, classify

AT = dt.datetime(2026, 2, 13, 17, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def complaint(text: str) -> Complaint:
    return Complaint(received_at=AT, channel="电话", content=text, complainant="持卡人")


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        ("卡被盗刷了2万元", Decimal("20000.00")),
        ("账户里的钱被盗了5万", Decimal("50000.00")),
        ("被盗刷¥8,600.00", Decimal("8600.00")),
        ("钱被转走3000块", Decimal("3000.00")),
        ("There were fraudulent charges of 500 yuan", Decimal("500.00")),
        ("卡被盗刷了2万元，又被盗刷了3000元", Decimal("23000.00")),
    ],
)
def test_money_stolen_with_its_sum_is_that_loss_r_cmp_07(text: str, loss: Decimal) -> None:
    c = complaint(text)
    assert c.loss == loss
    assert Signal.LOSS in classify(text).signals


def test_a_stolen_sum_over_the_threshold_is_major_r_cmp_07() -> None:
    decision = assess_severity(complaint("卡被盗刷了2万元"))
    assert decision.severity.value == "major"
    assert "20000.00" in decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "我的卡被盗刷了3笔，共计¥8,600.00，交易在境外，已经报警",
        "被骗走两万",
        "手表被盗",
        "my wallet was stolen",
        "被盗刷了怎么办？",
        "没锁门被偷了",
    ],
)
def test_a_theft_without_its_sum_is_a_loss_still_to_assess_r_cmp_07(text: str) -> None:
    c = complaint(text)
    assert c.loss is None
    decision = assess_severity(c)
    assert Signal.LOSS in decision.pending  # major by another criterion, else provisional
    assert Signal.LOSS in classify(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "小心被盗刷",
        "信用卡被盗刷怎么办？",
        "被偷的车已经追回来了",
        "帮我找回了被盗的账号",
        "没有被盗刷",
        "东西没有被偷",
        "如果卡被盗刷了",
        "万一被盗了2万元",
        "账号被盗用",
    ],
)
def test_no_theft_told_is_no_loss_r_cmp_07(text: str) -> None:
    assert complaint(text).loss == Decimal("0.00")
    assert Signal.LOSS not in classify(text).signals


BEFORE = ("", "我的", "信用卡", "账户里的钱", "小心", "如果", "没有", "没锁门", "卡")
THEFT = ("被盗刷了", "被盗了", "被偷了", "被转走", "盗刷", "被骗走", "被盗刷")
AFTER = (
    "",
    "2万元",
    "5万",
    "¥8,600.00",
    "3000块",
    "两万",
    "怎么办？",
    "，已经追回来了",
    "，报警了",
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(BEFORE), st.sampled_from(THEFT), st.sampled_from(AFTER))
def test_the_signal_and_the_loss_agree_r_cmp_07(before: str, theft: str, after: str) -> None:
    """R-CMP-07: the loss hint fires exactly when Complaint.loss is not none."""
    text = before + theft + after
    assert (Signal.LOSS in classify(text).signals) == (complaint(text).loss != Decimal("0.00"))
