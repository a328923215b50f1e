"""The goods' value named and a claim disputed: a loss to be assessed, never none (R-CMP-07).

A complaint that names the value of goods lost or broken (价值3000元的手机丢了) or disputes the
amount of a claim (理赔员说只能赔300, 你们只肯赔200) has a loss still to be assessed
(``Complaint.loss`` is ``None``), never a definite loss of 0.00.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Complaint

T0 = dt.datetime(2026, 12, 7, 10, tzinfo=ZoneInfo("Asia/Shanghai"))


def make(content: str) -> Complaint:
    return Complaint(received_at=T0, channel="phone", content=content, complainant="王")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("手机价值3000元丢了，理赔员说只能赔300", ("只能赔",)),
        ("价值5000元的包裹丢了，你们只肯赔200", ("只肯赔",)),
        ("快递碎了，你们才赔50块", ("才赔",)),
        ("货值8000的电脑坏了，只愿意赔500", ("只愿意赔",)),
    ],
)
def test_R_CMP_07_a_claim_disputed_over_its_amount_is_a_claim(
    text: str, words: tuple[str, ...]
) -> None:
    complaint = make(text)
    assert complaint.loss_words == words
    assert complaint.loss is None


@pytest.mark.parametrize(
    "text",
    [
        "价值3000元的手机丢了",
        "货值5000元的包裹坏了",
        "花瓶碎了，价值2000元",
        "价值1万元的设备损坏",
    ],
)
def test_R_CMP_07_the_value_of_goods_lost_or_broken_leaves_the_loss_pending(text: str) -> None:
    assert make(text).loss is None


@pytest.mark.parametrize(
    "text",
    [
        "价值3000元的手机，怎么设置铃声",  # a value, nothing lost or broken
        "快递到了，还好没坏",  # no value named
        "天花板漏水，还好没有造成损失",
    ],
)
def test_R_CMP_07_no_value_lost_and_no_claim_is_no_loss(text: str) -> None:
    assert str(make(text).loss) == "0.00"


_ITEMS = st.sampled_from(["手机", "包裹", "电脑", "花瓶", "行李箱", "首饰"])
_HARM = st.sampled_from(["丢了", "坏了", "碎了", "损坏了", "丢失"])
_CLAIMS = st.sampled_from(
    ["", "理赔员说只能赔{n}", "你们只肯赔{n}", "只愿意赔{n}元", "才赔{n}块", "就赔{n}"]
)


@settings(max_examples=80, deadline=None)
@given(
    word=st.sampled_from(["价值", "货值"]),
    amount=st.integers(min_value=1, max_value=99999),
    item=_ITEMS,
    harm=_HARM,
    claim=_CLAIMS,
    offered=st.integers(min_value=0, max_value=999),
    first=st.booleans(),
)
def test_R_CMP_07_a_valued_loss_is_never_a_loss_of_zero(
    word: str, amount: int, item: str, harm: str, claim: str, offered: int, first: bool
) -> None:
    """A 价值/货值 amount beside a 丢/坏/碎/损 word, with or without a claim disputed over its
    amount, leaves the loss to be assessed: never 0."""
    told = f"{word}{amount}元的{item}{harm}" if first else f"{item}{harm}，{word}{amount}元"
    text = "，".join(part for part in (told, claim.format(n=offered)) if part)
    assert make(text).loss is None
