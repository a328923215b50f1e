"""An account shut or frozen by the firm, and a price dearer than elsewhere.

An account shut, frozen or limited (账号被封了, 号被冻结) is a harm reported: a complaint
(R-CMP-01), in a question's form too — the labelling guide's 为什么我的花呗用不了了？; one
reopened or a question how to avoid it is not.  A price dearer than elsewhere or than before
(比别的平台贵太多) is a verdict on the price: a complaint about the sales contract
(R-CMP-01, R-CMP-02); one a little dearer and worth it, or a question, is not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Kind, classify

SHUT = (
    "我的账号被封了，为什么？",
    "我的号被封了",
    "我的店铺被限制了",
    "我的会员被注销了",
    "帐号无缘无故被冻结了，谁给个说法",
    "账号被封了怎么办？",  # a problem told, then asked what to do: a complaint
)
NOT_SHUT = (
    "账号已经解封了，谢谢",
    "账号会不会被封？",
    "如果账号被封了怎么申诉？",
    "怎么防止账号被封？",
    "3号楼被封闭管理",
)
DEARER = (
    "价格这么贵",
    "有点贵",
    "价格比别的平台贵太多了",
    "同样的东西比超市还贵",
    "比官网贵了不少",
    "这次比上次贵了一倍",
)
NOT_DEARER = (
    "很贵重的礼物，谢谢",  # precious, not dear
    "贵很多吗？",
    "不算贵很多",
    "比别家贵一点但是质量好",
)


@pytest.mark.parametrize("text", SHUT)
def test_r_cmp_01_an_account_shut_by_the_firm_is_a_complaint(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT, r.explain()
    assert "kind.account-shut" in r.fired


@pytest.mark.parametrize("text", NOT_SHUT)
def test_r_cmp_01_an_account_reopened_or_a_worry_is_no_complaint(text: str) -> None:
    r = classify(text)
    assert r.kind is not Kind.COMPLAINT, r.explain()


@pytest.mark.parametrize("text", DEARER)
def test_r_cmp_02_a_price_dearer_than_elsewhere_is_a_sales_contract_complaint(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT, r.explain()
    assert r.category is Category.SALES_CONTRACT


@pytest.mark.parametrize("text", NOT_DEARER)
def test_r_cmp_01_a_little_dearer_and_worth_it_or_asked_is_no_complaint(text: str) -> None:
    r = classify(text)
    assert r.kind is not Kind.COMPLAINT, r.explain()
    assert "kind.dearer" not in {e.rule_id for e in r.evidence if e.kind is Kind.COMPLAINT}


@settings(max_examples=60, deadline=None)
@given(text=st.sampled_from(SHUT + DEARER), thanks=st.sampled_from(("", "谢谢", "麻烦看一下")))
def test_r_cmp_01_a_polite_word_beside_a_shut_account_or_a_dear_price_keeps_the_complaint(
    text: str, thanks: str
) -> None:
    assert classify(text + thanks).kind is Kind.COMPLAINT
