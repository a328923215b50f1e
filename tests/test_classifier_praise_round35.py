"""Praise, nothing to handle and questions read from how customers write (issue 13, the
thirty-fifth round; R-CMP-01 kinds).

Goods recommended to a kind of user are praise (适合新手); a fault the writer says can be
ignored leaves the verdict in favour; ease of use under any degree word is praise; a
referral code handed out, an invoice's details given and a service cancelled in a chat are
nothing to handle; a question about a supposed case, about what a firm will do or pay, or
a fee or a certificate typed as a noun phrase is a consultation (labelling guide). Each
pattern also has the real complaint in the same words that it must leave alone. The texts
are written for these tests, in several domains.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import fired as _fired
from custops.complaints import Kind, classify

# ---- pr.suits: recommended to a kind of user -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这门课适合零基础的同学",  # a course
        "这个相机适合像我这样的新手",  # electronics
        "这款奶粉适合宝宝",  # groceries
        "适合家庭聚会的餐厅，菜量大",  # a restaurant
        "价格实惠，适合学生",  # a price
    ],
)
def test_goods_recommended_to_a_kind_of_user_are_praise_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE, result.explain()
    assert "pr.suits" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "不适合新手，太难了",  # denied: a complaint
        "什么样的理财适合上班族",  # asked about
        "有没有适合老人的保险？",
        "适合新手吗",
        "如果也适合小白玩的话就好了",  # a condition
    ],
)
def test_suits_denied_asked_or_supposed_is_no_praise_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert "pr.suits" not in result.fired, result.explain()
    assert result.kind is not Kind.PRAISE


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("这本书", "这个软件", "这款耳机", "这家店")),
    st.sampled_from(("新手", "初学者", "小白", "学生", "上班族", "老人")),
)
def test_suits_under_a_negation_never_praises_R_CMP_01(subject: str, user: str) -> None:
    # a property: 不适合 + any kind of user never fires the recommendation
    assert "pr.suits" not in _fired(f"{subject}不适合{user}")


# ---- kind.referral: a referral code handed out -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "注册时输入我的邀请码QX7K2M可得50元",
        "在开户时填写推荐码AB12CD即可获赠现金",
        "用我的推荐码开户有奖励",  # 推荐 in 推荐码 recommends nothing
        "Use my invitation code HK2024",
    ],
)
def test_a_referral_code_handed_out_is_nothing_to_handle_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.NO_ACTION, result.explain()
    assert result.kind_rule == "kind.referral"


@pytest.mark.parametrize(
    "text",
    [
        "邀请码用不了，垃圾",  # a complaint about the code
        "用邀请码需要指定店铺才能有优惠",  # the code as a subject
    ],
)
def test_a_referral_code_named_as_a_subject_is_no_advert_R_CMP_01(text: str) -> None:
    assert "kind.referral" not in _fired(text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ABCDEFGHJKMNPQRSTUVWXYZ23456789", min_size=4, max_size=8))
def test_any_referral_code_entered_is_nothing_to_handle_R_CMP_01(code: str) -> None:
    result = classify(f"开户时输入我的邀请码{code}，马上有现金回赠")
    assert result.kind is Kind.NO_ACTION, result.explain()


# ---- pr.overall: a fault said to be ignorable --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["菜量少了点，不过可以忽略不计", "外壳有点划痕，完全可以忽略", "耳机有点小杂音，可以忽略不计"],
)
def test_a_fault_said_to_be_ignorable_leaves_praise_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE, result.explain()
    assert "pr.overall" in result.fired


@pytest.mark.parametrize(
    "text", ["有点小贵", "送的赠品没有了，有点小小的遗憾", "耳机有杂音，不能忽略"]
)
def test_a_slight_fault_alone_is_no_praise_R_CMP_01(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE


# ---- pr.goods: ease of use ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["这个软件非常之好用", "比传统银行方便多了", "网上挂号极度方便", "Easy to use"]
)
def test_ease_of_use_under_a_degree_word_is_praise_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE, result.explain()
    assert "pr.goods" in result.fired


def test_ease_of_use_negated_is_a_complaint_R_CMP_01() -> None:
    assert classify("操作不太方便").kind is Kind.COMPLAINT


# ---- pr.general and pr.service: 良心, stars, a result much better -------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("这门课太良心了", "pr.general"),
        ("这么良心的店不多了", "pr.general"),
        ("值得五颗星", "pr.general"),
        ("吃药两个月，头痛好多了，谢谢王大夫", "pr.service"),
        ("感谢李医生，我的腰好多了", "pr.service"),
    ],
)
def test_decency_stars_and_a_result_much_better_are_praise_R_CMP_01(text: str, rule: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE, result.explain()
    assert rule in result.fired


def test_no_decency_is_no_praise_R_CMP_01() -> None:
    assert classify("没良心的商家").kind is not Kind.PRAISE


# ---- kind.invoice and kind.own-request: instructions in a chat ----------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("开公司抬头的发票", "kind.invoice"),
        ("我需要增值税专用发票报销", "kind.invoice"),
        ("抬头写个人就行", "kind.invoice"),
        ("你好，帮我退订这个流量包", "kind.own-request"),
        ("我想关闭自动续费", "kind.own-request"),
    ],
)
def test_an_instruction_in_a_chat_is_nothing_to_handle_R_CMP_01(text: str, rule: str) -> None:
    result = classify(text)
    assert result.kind is Kind.NO_ACTION, result.explain()
    assert rule in result.fired


@pytest.mark.parametrize("text", ["发票开错了", "发票还没开", "你们发票抬头写错了", "能开发票吗"])
def test_an_invoice_wrong_or_asked_about_is_no_instruction_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert "kind.invoice" not in result.fired
    assert result.kind is not Kind.NO_ACTION, result.explain()


def test_a_cancellation_with_a_grievance_stays_a_complaint_R_CMP_01() -> None:
    assert classify("我要退订，你们乱扣费").kind is Kind.COMPLAINT


def test_a_cancellation_asked_how_is_a_consultation_R_CMP_01() -> None:
    assert classify("我想关闭自动续费，怎么操作？").kind is Kind.CONSULTATION


# ---- kind.what-if, kind.terms-question, kind.info-query: questions -----------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("如果下周降价了，可以申请保价吗", "kind.what-if"),
        ("万一航班延误，能免费改签吗", "kind.what-if"),
        ("假如体检有问题，还能投保吗", "kind.what-if"),
        ("航班取消了，航空公司会怎么安排？", "kind.terms-question"),
        ("酒店会提供接机服务吗", "kind.terms-question"),
        ("车被追尾了，保险公司能赔偿多少？", "kind.terms-question"),
        ("退保扣不扣钱", "kind.terms-question"),
        ("境外取现手续费", "kind.info-query"),
        ("机票改签费用", "kind.info-query"),
        ("信用卡分期利率", "kind.info-query"),
    ],
)
def test_a_supposed_case_the_terms_or_a_fee_asked_are_consultations_R_CMP_01(
    text: str, rule: str
) -> None:
    result = classify(text)
    assert result.kind is Kind.CONSULTATION, result.explain()
    assert rule in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "一直收不到，如果再不到能退吗",  # a failure told beside the supposed case
        "快递一直不到，如果取消订单，为什么还要扣钱？",
        "我的快递丢了，你们会怎么处理？",  # a handling demanded of the company
        "你们能赔偿多少？太过分了！",
        "工作人员说要收取手续费",  # a statement, no query
    ],
)
def test_a_question_with_a_failure_or_in_anger_stays_a_complaint_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert not {"kind.what-if", "kind.terms-question", "kind.info-query"} & set(result.fired)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("如果", "万一", "假如", "要是")),
    st.sampled_from(("快递丢了", "航班取消", "商品降价", "体检不合格")),
    st.sampled_from(("能退吗", "可以改签吗", "能申请保价吗", "怎么办？")),
)
def test_a_supposed_case_without_anger_is_never_a_complaint_R_CMP_01(
    frame: str, case: str, ask: str
) -> None:
    # a property: a short question about a case supposed, not suffered, is a consultation
    text = f"{frame}{case}，{ask}"
    result = classify(text)
    assert result.kind is Kind.CONSULTATION, result.explain()
