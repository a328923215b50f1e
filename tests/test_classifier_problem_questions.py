"""Questions that carry a problem (issue 13, R-CMP-01): complaints, whatever their form.

A short question is read by its form (the learned layer does not vote on its kind), but a
question whose words name a problem — something still not done, money taken, a service
stopped, a fault — or ask 几个意思 is a complaint (the labelling guide's mixed texts); a plain
question stays a consultation.  Rules take their options by keyword, the ID alone by position.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Kind, classify
from custops.complaints._rules import Rule
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


@pytest.mark.parametrize(
    "text",
    [
        "怎么还没到？",
        "为什么扣我钱？",
        "你们为什么停用我的借呗",
        "怎么还要运费",
        "不是已经给过了吗？怎么还要？",
        "为啥一直没到账",
        "请问几个意思？",
    ],
)
def test_r_cmp_01_a_question_that_names_a_problem_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT, text


@pytest.mark.parametrize(
    "text", ["请问退款多久到账？", "怎么申请退货？", "为什么要实名认证？", "怎样才能不扣年费？"]
)
def test_r_cmp_01_a_plain_question_stays_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION, text


@pytest.mark.parametrize("run", ["为什么", "怎么还", "咋", "为何不"])
def test_r_cmp_01_a_long_run_of_question_words_is_read(run: str) -> None:
    # a pathological run of question words (the time it takes is measured by
    # benchmarks/bench_classifier_speed.py, not asserted here): read, and found no problem
    text = run * (20_000 // len(run)) + "x"
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is not Kind.PRAISE
    assert all(e.span[1] <= len(text) for e in result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "怎么用不了",
        "为什么扣不了",
        "怎么提现不出来",
        "为什么一直显示系统繁忙",
        "为什么登录失败",
        # the twenty-fourth round: 为什么 up to ten characters before the failure
        "为什么我的借呗没法使用",
        "为什么花呗提前还款以后额度不对",
    ],
)
def test_r_cmp_01_a_question_that_names_a_failure_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, text
    assert classify(text, policy=RULES_ONLY).kind_rule == "kind.complaint"


@pytest.mark.parametrize(
    "text",
    ["我的花呗冻结了可以重开吗", "为什么蚂蚁借呗显示了，我却没法使用", "还完钱后花呗不能正常使用"],
)
def test_r_cmp_01_a_credit_lines_failure_in_other_words_is_a_complaint(text: str) -> None:
    # sc.finance-problem (the twenty-fourth round): 冻结了, 没法使用, 不能正常使用
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert "sc.finance-problem" in result.fired, result.explain()


@pytest.mark.parametrize("text", ["希望有关部门管管", "请相关部门查实制止"])
def test_r_cmp_01_an_authority_asked_to_step_in_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert (result.kind, result.kind_rule) == (Kind.COMPLAINT, "kind.complaint"), text


@pytest.mark.parametrize(
    "text", ["怎么了解会员权益", "请问哪个部门管这个", "倒时差怎么办", "假酒怎么辨别"]
)
def test_r_cmp_01_questions_near_those_words_stay_consultations(text: str) -> None:
    # 了解 is no failure, a department asked about is no authority asked to act, 时差 holds
    # no verdict, and how to tell a fake reports no defect
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.CONSULTATION, text


@pytest.mark.parametrize(
    "text",
    ["售后差", "服务越来越差", "不如以前了", "实在不敢苟同", "早餐质量相当差", "服务质量在下降"],
)
def test_r_cmp_01_a_bad_verdict_is_a_complaint(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert (result.kind, result.kind_rule) == (Kind.COMPLAINT, "kind.verdict"), text
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize("text", ["这家的味道不差", "价格差不多"])
def test_r_cmp_01_差_inside_a_word_or_denied_is_no_verdict(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind_rule != "kind.verdict", text
    assert classify(text).kind is not Kind.COMPLAINT, text


def test_r_cmp_01_a_short_text_only_the_learned_layer_reads_as_an_unsure_complaint() -> None:
    # no rule reads it; the learned layer's complaint holds less than two thirds of its
    # weight: nothing to handle, as the rules alone say
    # (a form handed in, 我已经提交了, is read by ``kind.own-doing`` since the forty-eighth
    # round; a form filled in is read by no rule)
    result = classify("我已经填好了")
    assert result.kind is Kind.NO_ACTION
    assert result.kind_rule == "default"
    assert classify("我已经填好了", policy=RULES_ONLY).kind is Kind.COMPLAINT  # the default


WISHES = ["我想退货", "这款产品我想退货退款", "想退款", "要退票", "我想换货", "我要退货"]
PROCEDURES = [
    "怎么操作？",
    "应该怎么操作呢?",
    "在哪里申请",
    "流程是什么",
    "要不要取消座位？",
    "需要什么材料",
]
PROBLEMS = ["衣服质量太差", "收到的手机屏幕碎了", "等了一个月还没发货"]


@pytest.mark.parametrize(
    "text",
    [
        "这款产品我想退货退款，应该怎么操作呢?",
        "我想退货，怎么操作",
        "太平人寿保险，不想要了，仍在犹豫期，怎么退保",
        "同学要退票，要不要取消机上座位预订？",
        "想退款，在哪里申请",
    ],
)
def test_r_cmp_01_a_procedure_asked_after_the_wish_is_a_consultation(text: str) -> None:
    """R-CMP-01 (the labelling guide's questions about a procedure): the return is asked
    about, later in the sentence, not demanded."""
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, result.explain()
        assert result.category.value == "return_exchange"


@pytest.mark.parametrize(
    "text",
    [
        "我要退货,什么时候来取?",  # a demand, then its time: no procedure asked
        "我要求退款，你们怎么还不处理？",
        "衣服质量太差，我要退货，怎么操作",  # a problem beside it
        "我有个眼线笔是要退货的，被别人拿走了，这个怎么办",  # 怎么办: what now, after a wrong
        "我要退货。怎么操作不重要，今天就退",  # the frame stands in another sentence
    ],
)
def test_r_cmp_01_a_demand_without_a_later_procedure_stays_a_complaint(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT, classify(text).explain()


@given(
    wish=st.sampled_from(WISHES),
    procedure=st.sampled_from(PROCEDURES),
    problem=st.sampled_from(PROBLEMS),
)
def test_r_cmp_01_a_later_procedure_never_hides_a_problem(
    wish: str, procedure: str, problem: str
) -> None:
    """R-CMP-01: the later frame asks about the wish; a problem beside it keeps the text a
    complaint, and without the problem it is a consultation."""
    assert classify(f"{wish}，{procedure}", policy=RULES_ONLY).kind is Kind.CONSULTATION
    assert classify(f"{problem}，{wish}，{procedure}", policy=RULES_ONLY).kind is Kind.COMPLAINT


def test_rule_options_are_keyword_only() -> None:
    rule = Rule("kind.x", kind="complaint", terms=("坑人",))
    assert rule.id == "kind.x"
    with pytest.raises(TypeError):
        Rule("kind.x", "complaint")  # type: ignore[call-arg]


# (我对这个小区挺感兴趣的 was one: the fortieth round's kind.interest-opener now reads it,
# nothing to handle as before)
@pytest.mark.parametrize("text", ["这个小区的绿化挺多的", "用这家的比较稳妥"])
def test_r_cmp_01_praise_read_by_the_learned_layer_alone_in_a_short_text_is_not_praise(
    text: str,
) -> None:
    # no rule reads these; the learned layer alone would read praise: nothing to handle
    r = classify(text)
    assert r.kind is Kind.NO_ACTION
    assert r.kind_rule == "default"


@pytest.mark.parametrize("text", ["很好吃", "快递小哥态度很好", "服务很好，谢谢"])
def test_r_cmp_01_praise_the_rules_read_stays_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE
