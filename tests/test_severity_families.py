"""Severity signals read as families of constructions, not word lists (R-CMP-07).

R-CMP-07: "major" is defined by explicit, configurable criteria; the text criteria are read
by the classifier's ``sig.*`` rules (docs/labelling.md, "Signals").  Three constructions
decide whether a signal word is one:

- a fainting told after a cause word in the same sentence (a price, a bill, a temper:
  价格贵到晕倒, 一看账单我差点晕倒) is a figure of speech, no safety;
- an injury word followed by a product noun (防烫伤手套, 骨折险, 扭伤膏) names goods, no
  injury;
- staff or a courier as the caller (客服打了三次电话给我) is the company's contact, no
  repeat complaint — while the customer's own earlier report still not handled
  (我已经反馈过了，还没人管) is one.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Signal, classify


def _signals(text: str) -> frozenset[Signal]:
    return classify(text).signals


# ---- a fainting after a cause word: a figure of speech ------------------------------------

FIGURES = [
    "价格贵到晕倒",
    "一看账单我差点晕倒",
    "这价格让人晕倒",
    "看了账单我都要晕倒了",
    "贵得离谱，我都快晕倒了",
    "气到晕倒",
    "这么贵的价钱真让人晕倒",
    "收费这么高，我快晕过去了",
    "话费扣这么多，看得我要晕倒",
    "账单寄来我当场晕倒",
    "这个报价让我差点昏过去",
]


@pytest.mark.parametrize("text", FIGURES)
def test_a_fainting_after_a_price_or_a_bill_is_no_safety_R_CMP_07(text: str) -> None:
    """R-CMP-07: 晕倒 told after a price, a bill or a temper in the same sentence is a
    figure of speech, not harm to the body."""
    assert Signal.SAFETY not in _signals(text)


FAINTED = [
    "上课晕倒了",
    "孩子在你们店里晕倒了",
    "在贵店晕倒了",
    "天气太热，我妈在排队时晕倒了",
    "我妈排队两个小时晕倒了",
    "在跑步机上晕过去了",
]


@pytest.mark.parametrize("text", FAINTED)
def test_a_fainting_with_no_cause_word_stays_safety_R_CMP_07(text: str) -> None:
    """R-CMP-07: a person who fainted (上课晕倒了; 贵店 is a shop, 天气 no temper) is the
    safety criterion."""
    assert Signal.SAFETY in _signals(text)


@settings(max_examples=60, deadline=None)
@given(
    cause=st.sampled_from(["价格", "账单", "这价钱", "收费", "太贵", "贵得离谱", "气得"]),
    between=st.sampled_from(["", "我", "让人", "我都", "我差点", "我都快", "真让人"]),
    faint=st.sampled_from(["晕倒", "晕倒了", "晕过去", "昏过去了"]),
)
def test_property_a_cause_word_before_a_fainting_never_adds_safety_R_CMP_07(
    cause: str, between: str, faint: str
) -> None:
    """R-CMP-07: whatever words stand between, a price, a bill or a temper named before
    晕倒 in the same sentence makes it a figure of speech."""
    assert Signal.SAFETY not in _signals(cause + between + faint)


# ---- an injury word followed by a product noun: goods --------------------------------------

PRODUCTS = [
    "你们的防烫伤手套很好用",
    "骨折险怎么买？",
    "烫伤膏有货吗",
    "防摔伤护具多少钱",
    "这个锅有防烫伤设计吗",
    "烧伤药膏在哪买",
    "防割伤手套质量不错",
    "扭伤喷雾卖完了吗",
    "拉伤贴效果不错",
]


@pytest.mark.parametrize("text", PRODUCTS)
def test_an_injury_word_naming_a_product_is_no_safety_R_CMP_07(text: str) -> None:
    """R-CMP-07: an injury word followed by a product noun (手套, 险, 膏, 护具) names
    goods or a cover, no injury."""
    assert Signal.SAFETY not in _signals(text)


@settings(max_examples=60, deadline=None)
@given(
    guard=st.sampled_from(["", "防", "防止"]),
    injury=st.sampled_from(["烫伤", "骨折", "烧伤", "割伤", "扭伤", "拉伤", "摔伤", "中暑"]),
    product=st.sampled_from(["手套", "险", "膏", "药", "喷雾", "护具", "护膝"]),
    tail=st.sampled_from(["很好用", "怎么买？", "有货吗", "多少钱", "效果不错"]),
)
def test_property_an_injury_word_then_a_product_never_adds_safety_R_CMP_07(
    guard: str, injury: str, product: str, tail: str
) -> None:
    """R-CMP-07: an injury word followed by a product noun never adds safety."""
    assert Signal.SAFETY not in _signals(guard + injury + product + tail)


@pytest.mark.parametrize("text", ["腰扭伤了", "被开水烫伤了", "摔倒骨折了", "手被门夹伤了"])
def test_an_injury_of_the_body_stays_safety_R_CMP_07(text: str) -> None:
    """R-CMP-07: the injury itself (烫伤了, 骨折了) is the safety criterion."""
    assert Signal.SAFETY in _signals(text)


# ---- who does the calling: staff's calls are no repeat -------------------------------------

STAFF_CALLS = [
    "客服打了三次电话给我",
    "快递员打了好几次电话",
    "快递员打了好几次电话我都没接到",
    "客服又打了三次电话",
    "销售打了五次电话",
    "师傅打了好几个电话",
    "物业打了三次电话来",
]


@pytest.mark.parametrize("text", STAFF_CALLS)
def test_staff_as_the_caller_is_no_repeat_R_CMP_07(text: str) -> None:
    """R-CMP-07: calls made by staff or a courier are the company's contact, not the
    customer raising the matter again."""
    assert Signal.REPEAT not in _signals(text)


@settings(max_examples=60, deadline=None)
@given(
    staff=st.sampled_from(["客服", "快递员", "销售", "业务员", "师傅", "工作人员", "物业"]),
    again=st.sampled_from(["", "又", "一天"]),
    count=st.sampled_from(["三次", "好几次", "五次", "好几个", "两通"]),
)
def test_property_staff_calling_never_adds_repeat_R_CMP_07(
    staff: str, again: str, count: str
) -> None:
    """R-CMP-07: whatever the count, staff who call (客服打了N次电话) make no repeat."""
    assert Signal.REPEAT not in _signals(f"{staff}{again}打了{count}电话")


REPEATS = [
    "我已经反馈过了，还没人管",
    "我已经投诉过了，到现在都没解决",
    "已经反映过了，还是没人处理",
    "同样的问题又出现了，上周刚修",
    "我给客服打了三次电话，还是没人处理",
    "之前投诉过一次了，到现在没人理",
]


@pytest.mark.parametrize("text", REPEATS)
def test_the_customers_own_earlier_report_unhandled_is_a_repeat_R_CMP_07(text: str) -> None:
    """R-CMP-07: the customer's own earlier report (or a call made to the staff) with the
    matter still not handled is a repeat complaint."""
    assert Signal.REPEAT in _signals(text)


@pytest.mark.parametrize("text", ["我们已经反馈过了，请耐心等待", "已经反馈过了，问题解决了，谢谢"])
def test_a_report_passed_on_by_staff_or_fixed_is_no_repeat_R_CMP_07(text: str) -> None:
    """R-CMP-07: the company's own passing on (我们已经反馈过了) or a matter fixed is no
    repeat."""
    assert Signal.REPEAT not in _signals(text)
