"""Eligibility questions, feature requests, requests and denied disappointment (issue 13, R-CMP-01).

The labelling guide calls a question whether the writer may sign up for a service
("为什么我不能办理X", "我的怎么没有花呗") a consultation about the terms, while a service the
writer has that fails ("怎么用不了", "为啥我取消不了") stays a complaint; a request for a
function an app lacks ("请适配iPad版本") is a suggestion, even when urged; a sign-up asked
for with nothing asked ("我想办个…") and the writer's own mistake ("买错了") are nothing to
handle; a disappointment denied ("没有让我失望") is a mild verdict in favour.
"""

from __future__ import annotations

import attrs
import pytest

from custops.complaints import Category, Kind, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


@pytest.mark.parametrize(
    "text",
    [
        "我为什么不能办理2020版和4g校园套餐",
        "为啥呀，为啥不能办理200元2018版校园卡活动",
        "65乐视开通一下，我为啥办理不了呀",
        "为什么无法开通借呗",
        "你好,我正在20元20gb套餐,怎么办不了",
        "我一直使用花呗很久了为什么一直不给我开通借呗",
        "我的号为啥没有花呗",
    ],
)
def test_r_cmp_01_an_eligibility_question_is_a_consultation(text: str) -> None:
    # rule kind.eligibility; the failure question of kind.complaint and sc.finance-problem
    # does not read signing up (办理, 开通) as a failure
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, result.explain()
        assert result.category is Category.SALES_CONTRACT, result.explain()
    fired = classify(text, policy=RULES_ONLY).fired
    assert "kind.eligibility" in fired
    assert "kind.complaint" not in fired
    assert "sc.finance-problem" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "为啥我取消不了",
        "我的花呗怎么用不了呀",
        "为什么退订不了",
        "为什么不给我退款",
        "为什么扣不了",
    ],
)
def test_r_cmp_01_a_failure_question_stays_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT, text
    assert "kind.eligibility" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text",
    [
        "请适配ipad版本，谢谢",
        "快点适配Xr 如题",
        "请尽快添加云米集成灶",
        "加入Siri捷径 Siri捷径最近很火,快加入",
        "ipad pro何时适配？ 程序猿抓紧啊！",
    ],
)
def test_r_cmp_01_a_feature_request_is_a_suggestion(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.SUGGESTION, result.explain()
        assert result.category is Category.PROPOSAL_CRITICISM
    assert classify(text, policy=RULES_ONLY).kind_rule == "kind.feature-request"


@pytest.mark.parametrize(
    "text", ["请上级领导给与支持解决", "你不早点支持5G的路由器", "可以加入购物车吗", "支持率很高"]
)
def test_r_cmp_01_feature_request_words_elsewhere_are_no_request(text: str) -> None:
    assert "kind.feature-request" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("我想办个成员全国亲情网", "kind.own-request"),
        ("我想办理20元20G的流量套餐", "kind.own-request"),
        ("颜色选错了", "kind.own-mistake"),
        ("买错了，这个灯没有自带开关", "kind.own-mistake"),
    ],
)
def test_r_cmp_01_a_request_or_the_writers_own_mistake_is_nothing_to_handle(
    text: str, rule: str
) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.NO_ACTION, result.explain()
    assert rule in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_a_request_with_a_question_is_a_consultation() -> None:
    assert classify("我要办理5g智享套餐家庭版怎么办").kind is Kind.CONSULTATION


@pytest.mark.parametrize(
    "text", ["发错货了", "是不是点错店了，怎么反差这么大", "说我买错了，不给退"]
)
def test_r_cmp_01_a_mistake_that_is_not_the_writers_is_no_own_mistake(text: str) -> None:
    assert "kind.own-mistake" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text", ["第一次在京东买水果，没有让我失望！", "打开看果子还是挺亮的，不会失望", "一点都不失望"]
)
def test_r_cmp_01_a_disappointment_denied_is_praise(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.PRAISE, result.explain()
    assert "pr.not-bad" in result.fired
    assert "kind.verdict" not in result.fired
    assert classify(text).kind is Kind.PRAISE


@pytest.mark.parametrize("text", ["太失望了", "会不会失望", "有没有失望"])
def test_r_cmp_01_a_disappointment_asked_or_given_is_no_praise(text: str) -> None:
    assert "pr.not-bad" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize("text", ["非常满意！！！", "一万个赞！！", "大力支持！！！"])
def test_r_cmp_01_exclamation_marks_after_praise_are_no_rhetoric(text: str) -> None:
    # kind.exclaim's run of !! counts where it does not close a word of praise
    fired = classify(text, policy=RULES_ONLY).fired
    assert "kind.exclaim" not in fired
    assert "kind.rhetorical" not in fired


@pytest.mark.parametrize("text", ["太差了！！！", "等了三个小时！！"])
def test_r_cmp_01_exclamation_marks_elsewhere_stress_a_little(text: str) -> None:
    # the twenty-sixth round: repeated ! marks are kind.exclaim's, a complaint vote of 1
    result = classify(text, policy=RULES_ONLY)
    assert [e.weight for e in result.evidence if e.rule_id == "kind.exclaim"] == [1]
    assert result.kind is Kind.COMPLAINT, result.explain()


def test_r_cmp_01_a_function_no_longer_allowed_stays_a_failure() -> None:
    # 不可以申请分期还款了: a function of the writer's own credit service withdrawn
    fired = classify("现花呗为什么不可以申请分期还款了", policy=RULES_ONLY).fired
    assert "sc.finance-problem" in fired
    assert "kind.eligibility" not in fired
