"""Disappointment told in a verdict of its own: worse than before, an expectation let down, a
fault the writer cannot account for, an indignant surprise, a service that cannot keep up and a
thing called unfit for people (issue 13).

The forty-first round, the complaint side (R-CMP-01, R-CMP-02): a thing worse than it was, with
the thing compared between (没有上次买的那么甜, 分量比以前少了) or worse and worse (越来越敷衍,
越到后面越拖沓: ``kind.worse-than-before``); an expectation let down (期望太高, 落差感, 没什么惊喜,
没吃出啥特别好吃的: ``kind.letdown``); a fault the writer cannot account for (不知道什么原因，网速
特别慢: ``kind.puzzled-fault``); a surprise at what was done to the writer (居然要收餐位费:
``kind.indignant-surprise``); a service that cannot keep up or a mending overdue (服务跟不上,
该好好整顿一下了: ``kind.falls-short``); a thing called unfit for people or its makers called
mad (不是人住的, 脑子进水了: ``kind.not-for-humans``); and why money was taken, the thing named
between (``kind.why-fails``).  The look-alikes stay what they were: better and better, a
pleasant surprise, a liking the writer cannot explain, a worry waved away, a part due for
renewal, a question of when.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- worse than before (kind.worse-than-before) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("这次买的橙子没有上次买的那么甜", {Category.PRODUCT_QUALITY}),
        # a smaller portion: product quality first, the sales contract acceptable (the
        # labelling guide's rule for portions)
        ("面条的分量比以前少了不少", {Category.PRODUCT_QUALITY, Category.SALES_CONTRACT}),
        ("这家店的服务越来越敷衍了", {Category.SERVICE_QUALITY}),
        ("这个应用越更新越难用", {Category.PRODUCT_QUALITY}),
    ],
)
def test_r_cmp_01_worse_than_before_is_a_complaint(text: str, categories: set[Category]) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category in categories
    assert "kind.worse-than-before" in result.fired


@pytest.mark.parametrize(
    "text",
    ["这部剧越到后面越拖沓", "咖啡没有原来的香了"],
)
def test_r_cmp_01_worse_as_it_goes_on_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.worse-than-before" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "价格不比以前贵，味道还是那么好",
        "排队的人没有当初那么多了，环境更舒服",
        "希望新包装别比以前小",
        "这么好的老店越来越难得了",
    ],
)
def test_r_cmp_01_no_decline_is_no_worse_than_before(text: str) -> None:
    """Denied (不比以前贵), a crowd thinner, a wish, a rarity: no decline is told."""
    assert "kind.worse-than-before" not in _fired(text)


def test_r_cmp_01_better_and_better_stays_praise() -> None:
    kind_either_way("这家店越来越不错了", Kind.PRAISE)
    assert "kind.worse-than-before" not in _fired("这家店越来越不错了")


def test_r_cmp_01_a_wish_about_the_size_stays_a_suggestion() -> None:
    kind_either_way("希望新包装别比以前小", Kind.SUGGESTION)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["这次的", "最近买的", "今天点的"]),
    st.sampled_from(["苹果", "蛋糕", "奶茶", "牛肉面"]),
    st.sampled_from(["没有上次的好吃", "没有以前那么新鲜", "不如之前的香", "比原来的小了一圈"]),
)
def test_r_cmp_01_a_decline_stays_a_complaint_whatever_the_goods(
    when: str, goods: str, decline: str
) -> None:
    text = f"{when}{goods}{decline}"
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, text
    assert "kind.worse-than-before" in result.fired, text


# ---- an expectation let down (kind.letdown) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "抱的希望太大，吃完觉得也就这样",
        "对续作期望太高了，玩下来有一种落差感",
        "听说很火，去了发现也不过如此",
        "招牌菜没什么惊喜，价格还不便宜",
        "吃了一圈，没吃出啥特别好吃的",
    ],
)
def test_r_cmp_01_an_expectation_let_down_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.letdown" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "本来担心落差很大，结果完全超出期待",
        "不觉得有什么好担心的，放心买",
        "每一道菜都有惊喜，服务也很热情",
    ],
)
def test_r_cmp_01_an_expectation_met_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.letdown" not in _fired(text)


def test_r_cmp_01_others_not_worth_it_beside_this_is_no_letdown() -> None:
    """别处的山水不过如此 praises this place: the bare 不过如此 is not read."""
    assert "kind.letdown" not in _fired("这里的风景让人惊叹，别处的山水不过如此")


# ---- a fault the writer cannot account for (kind.puzzled-fault) ---------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("不知道什么原因，这两天网速特别慢", Category.PRODUCT_QUALITY),
        ("不知为啥这个月又多扣了二十块", Category.SALES_CONTRACT),
        ("用了一周，不知道为什么一直自动关机", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_01_a_fault_not_accounted_for_is_a_complaint(text: str, category: Category) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is category
    assert "kind.puzzled-fault" in result.fired


def test_r_cmp_01_a_liking_not_accounted_for_stays_praise() -> None:
    text = "不知道为什么这么好吃，一口气吃了三碗"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.puzzled-fault" not in _fired(text)


def test_r_cmp_01_in_what_case_asked_stays_a_consultation() -> None:
    text = "请问不知道什么情况下可以申请退款？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.puzzled-fault" not in _fired(text)


# ---- an indignant surprise (kind.indignant-surprise) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "结账时居然要收十块钱的餐位费",
        "等了一个小时，竟然把我的订单取消了",
        "居然连发票都不给开",
    ],
)
def test_r_cmp_01_a_surprise_at_what_was_done_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.SALES_CONTRACT
    assert "kind.indignant-surprise" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "玩了三个小时居然没有发烫，很满意",
        "居然被我抢到了，开心",
    ],
)
def test_r_cmp_01_a_pleasant_surprise_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.indignant-surprise" not in _fired(text)


def test_r_cmp_01_a_surprise_at_a_low_price_is_no_indignation() -> None:
    assert "kind.indignant-surprise" not in _fired("这么大一份居然只要二十块，太划算了")


# ---- a service that cannot keep up, a mending overdue (kind.falls-short) ------------------


@pytest.mark.parametrize(
    "text",
    ["人一多服务就跟不上了", "你们的客服真该好好整顿一下了"],
)
def test_r_cmp_01_a_service_falling_short_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.SERVICE_QUALITY
    assert "kind.falls-short" in result.fired


@pytest.mark.parametrize(
    "text",
    ["刹车片开了五万公里，该换了", "讲得很细，基础差也不怕跟不上"],
)
def test_r_cmp_01_a_part_due_or_a_worry_waved_away_is_no_shortfall(text: str) -> None:
    assert "kind.falls-short" not in _fired(text)


# ---- unfit for people (kind.not-for-humans) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这房间根本不是人住的",
        "这种难度是人能打过的吗？",
        "设计这个界面的人脑子进水了吧",
    ],
)
def test_r_cmp_01_a_thing_unfit_for_people_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.not-for-humans" in _fired(text)


def test_r_cmp_01_anyone_can_beat_it_stays_praise() -> None:
    text = "这款游戏对新人很友好，是人都能打过"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.not-for-humans" not in _fired(text)


def test_r_cmp_01_an_illness_told_is_no_insult() -> None:
    assert "kind.not-for-humans" not in _fired("他有病啊，每天都要吃药")


# ---- why money was taken, the thing named between (kind.why-fails) ------------------------


def test_r_cmp_01_why_money_was_taken_is_a_complaint() -> None:
    text = "为什么我的银行卡绑定在游戏平台上被扣了两块钱？"
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.SALES_CONTRACT
    assert "kind.why-fails" in result.fired


def test_r_cmp_01_why_a_field_is_not_shown_stays_a_consultation() -> None:
    text = "为什么登机牌上不显示座位号？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.why-fails" not in _fired(text)
