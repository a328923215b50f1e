"""Complaints worded as a shortfall, a sneer, a wrong entry or a recurring nuisance (issue 13).

The thirty-fifth round's complaint-side rules: room for improvement or work still needed
(``kind.fix-request``: 还有很大的改进空间, 还需要加强), a verdict of barely enough or nothing
gained (``kind.verdict``: 勉强够吃, 没有任何收获, 又咸又油, 做工比较次), never again asked
(``kind.warning``: 叫我以后还怎么来), a sneer at what was given (``kind.rhetorical``: 就这服务
态度), an entry called wrong (``kind.cannot``: 验证码不正确), a step that did not succeed then
asked about (``kind.failure-question``), and the categories of rubbish goods (``pq.goods``), a
bad after-sales desk (``sq.negligence``), a forgotten order (``sc.missing``) and an app's
prompts (``pq.app``).  Each is read by its words (R-CMP-01) and classed by what it is about
(R-CMP-03), with and without the learned layer; each pattern's look-alikes (praise, a
question, nothing to handle in the same words) stay what they were.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY
from classifier_checks import complaint_either_way as _complaint_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify


@pytest.mark.parametrize(
    "text",
    [
        "房间隔音还有很大的改进空间",
        "早餐品种还需要加强",
        "快递包装有待完善",
        "客服的回复速度仍需改进",
    ],
)
def test_r_cmp_01_room_for_improvement_is_a_shortfall(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.fix-request" in _fired(text)


@pytest.mark.parametrize(
    "text",
    ["这家店已经做得很好了，没有改进的空间", "请问口语怎么提高？", "这学期进步很大，谢谢老师"],
)
def test_r_cmp_01_improvement_denied_or_asked_about_is_no_shortfall(text: str) -> None:
    assert "kind.fix-request" not in _fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "米饭勉强够吃，菜也很一般",
        "听了三节课，没有任何收获",
        "这家面馆的面又咸又油",
        "这双鞋做工比较次",
        "物业收了一些不清不楚的费用",
        "这本书内容空洞",
    ],
)
def test_r_cmp_01_barely_enough_or_nothing_gained_is_a_negative_verdict(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.verdict" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "他勉强同意了我的请求，谢谢",
        "这次送得又快又好",
        "这一次体验很好",
        "有任何问题请联系我们",
    ],
)
def test_r_cmp_01_the_same_words_in_praise_or_thanks_are_no_verdict(text: str) -> None:
    assert "kind.verdict" not in _fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    ["等了两个小时才上菜，叫我以后还怎么来？", "下次还敢住这家酒店吗"],
)
def test_r_cmp_01_never_again_asked_is_a_warning(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.warning" in _fired(text)


@pytest.mark.parametrize("text", ["下次怎么去你们店？", "以后怎么用积分？"])
def test_r_cmp_01_a_how_question_about_next_time_is_a_consultation(text: str) -> None:
    assert "kind.warning" not in _fired(text)
    assert classify(text).kind is Kind.CONSULTATION


def test_r_cmp_01_a_sneer_at_the_service_is_rhetorical() -> None:
    text = "就这服务态度还五星级？"
    _complaint_either_way(text)
    assert "kind.rhetorical" in _fired(text)
    assert classify(text).category is Category.SERVICE_QUALITY
    # 就这样 (that's it) sneers at nothing
    assert "kind.rhetorical" not in _fired("就这样吧，谢谢")
    assert classify("就这样吧，谢谢").kind is Kind.NO_ACTION


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("注册时提示身份证号码有误", "kind.cannot"),
        ("输入的验证码不正确", "kind.cannot"),
        ("显示当前地区未开通", "sc.finance-problem"),
    ],
)
def test_r_cmp_01_an_entry_called_wrong_is_a_failure(text: str, rule: str) -> None:
    _complaint_either_way(text)
    assert rule in _fired(text)


@pytest.mark.parametrize("text", ["图片跟实物颜色有误差", "如有误请联系客服"])
def test_r_cmp_01_a_tolerance_or_a_condition_is_no_wrong_entry(text: str) -> None:
    assert "kind.cannot" not in _fired(text)


def test_r_cmp_01_a_step_that_did_not_succeed_asked_about_is_a_complaint() -> None:
    text = "没有转账成功怎么办"
    _complaint_either_way(text)
    assert "kind.failure-question" in _fired(text)
    # how to make it succeed is a question
    asked = classify("转账怎么才能成功？")
    assert asked.kind is Kind.CONSULTATION
    assert "kind.failure-question" not in asked.fired


def test_r_cmp_01_an_account_shut_for_no_reason_is_a_complaint() -> None:
    text = "无缘无故被冻结了账户"
    _complaint_either_way(text)
    assert "kind.complaint" in _fired(text)


@pytest.mark.parametrize("text", ["垃圾软件，天天闪退", "这手机真垃圾", "超级垃圾的电脑，别买"])
def test_r_cmp_03_rubbish_goods_are_product_quality(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT
        assert result.category is Category.PRODUCT_QUALITY, (text, policy)
    assert "pq.goods" in _fired(text)


@pytest.mark.parametrize(
    "text", ["售后服务太差了", "东西不错，就是售后真的不行", "买了半年，售后不知所踪"]
)
def test_r_cmp_03_a_bad_after_sales_desk_is_service_quality(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT
        assert result.category is Category.SERVICE_QUALITY, (text, policy)
    assert "sq.negligence" in _fired(text)


@pytest.mark.parametrize("text", ["售后态度很好，点赞", "售后电话是多少？"])
def test_r_cmp_03_after_sales_praised_or_asked_about_is_no_negligence(text: str) -> None:
    assert "sq.negligence" not in _fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


def test_r_cmp_03_a_poor_experience_names_no_ones_service() -> None:
    result = classify("这个app使用体验太差了")
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY
    assert "sq.negligence" not in result.fired


def test_r_cmp_03_an_order_the_shop_forgot_is_the_sale() -> None:
    result = classify("商家忘记给我发货了")
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SALES_CONTRACT
    assert "sc.missing" in result.fired
    # a reminder forgets nothing
    assert "sc.missing" not in _fired("别忘了给我发货哦")


@pytest.mark.parametrize(
    "text", ["一直提示网络错误", "反复提示密码错误", "下载是真慢", "页面一直无限循环"]
)
def test_r_cmp_03_an_apps_prompts_and_loops_are_the_product(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT
        assert result.category is Category.PRODUCT_QUALITY, (text, policy)


def test_r_cmp_03_a_lesson_without_a_point_is_the_course() -> None:
    result = classify("讲课没有重点，照着念")
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.course" in result.fired


_FAULTS = ["臭", "脏", "贵", "慢", "咸", "油", "吵", "旧", "挤", "难吃"]


@given(
    subject=st.sampled_from(["这家店的菜", "房间", "外卖", "这条河", "地铁"]),
    first=st.sampled_from(_FAULTS),
    second=st.sampled_from(_FAULTS),
)
def test_r_cmp_01_two_faults_joined_by_you_are_a_complaint(
    subject: str, first: str, second: str
) -> None:
    text = f"{subject}又{first}又{second}"
    assert "kind.verdict" in _fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.COMPLAINT


@given(
    thing=st.sampled_from(["服务", "餐饮", "隔音", "口味", "客服响应", "物流速度"]),
    frame=st.sampled_from(["还有很大的改进空间", "还需要加强", "有待完善", "仍需改进"]),
)
def test_r_cmp_01_a_shortfall_stays_one_when_denied_it_is_none(thing: str, frame: str) -> None:
    assert "kind.fix-request" in _fired(thing + frame)
    assert classify(thing + frame, policy=RULES_ONLY).kind is Kind.COMPLAINT
    # a frame of "no room for improvement" denies it
    assert "kind.fix-request" not in _fired(f"{thing}已经很好，没有改进的空间")


@pytest.mark.parametrize("text", ["垃圾分类怎么做？", "请问垃圾清运几点来？"])
def test_r_cmp_01_refuse_named_in_a_question_is_no_verdict(text: str) -> None:
    result = classify(text)
    assert "kind.verdict" not in result.fired
    assert result.kind is Kind.CONSULTATION


def test_r_cmp_01_reviews_called_bought_are_a_complaint() -> None:
    text = "这家店的好评都是刷出来的吧"
    _complaint_either_way(text)
    assert "kind.verdict" in _fired(text)
    # paying by card and leaving a good review is no such charge
    assert "kind.verdict" not in _fired("刷的是信用卡，给个好评")
    assert classify("刷的是信用卡，给个好评").kind is Kind.PRAISE
