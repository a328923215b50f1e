"""Information queries typed to a service desk (R-CMP-01).

The labelling guide calls a question that asks how something is done or what is needed,
with no problem reported ("花呗怎么还款", "我要退保需要什么手续"), a consultation, and so a
noun phrase naming a piece of information typed to a question-and-answer desk
("值机截止时间", "备件库联系电话"); a question that carries a failure the writer suffered
("我的花呗逾期了，还完钱后不能正常使用，怎么办", "一直打不通客服电话") stays a complaint.
Rule ``kind.info-query``.
"""

from __future__ import annotations

import attrs
import pytest

from custops.complaints import Kind, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


@pytest.mark.parametrize(
    "text",
    [
        "值机截止时间",
        "航司电话",
        "利息计算",
        "备件库联系电话",
        "新农合办理特种病的流程",
        "电话车险和普通车险的区别",
        "人寿保险防癌受保需达到什么条件",
        "保全保单退保需要提供那些资料",
        "保单丢失怎么补办",
        "保单核保期内怎么退保",
        "如何申请理赔",
    ],
)
def test_r_cmp_01_an_information_query_is_a_consultation(text: str) -> None:
    # rule kind.info-query
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, result.explain()
        assert any(e.rule_id == "kind.info-query" for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "一直打不通客服电话",
        "我的花呗逾期了，还完钱后不能正常使用，怎么办",
        "为什么还没到账，到账时间是多久",
        "你们这是什么意思",
        "申请理赔被拒了怎么办",
    ],
)
def test_r_cmp_01_a_query_with_a_failure_is_no_information_query(text: str) -> None:
    # a failure or grievance reported (被, 了, 一直, 还没, 不能, 为什么, 你们) keeps
    # kind.info-query silent
    result = classify(text, policy=RULES_ONLY)
    assert not any(e.rule_id == "kind.info-query" for e in result.evidence), result.explain()
    if "怎么办" not in text:  # a failure with 怎么办 is still read by kind.how-to
        assert result.kind is Kind.COMPLAINT, result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "飞机延误怎么索赔",
        "航班延误怎么开延误证明",
        "机场航班取消怎么改签",
        "航空托运行李丢失，怎么计算赔偿",
        "机场行李丢失赔偿标准",
        "深二度烫伤的注意事项",
        "航空公司升舱攻略",
        "无法查看额度是什么意思啊",
        "提前50分钟停止值机是什么意思",
    ],
)
def test_r_cmp_01_a_procedure_asked_about_a_named_failure_is_a_consultation(text: str) -> None:
    # rule kind.procedure: a delay, a cancellation or a loss named only as the reason of a
    # procedural question, a standard or the points to watch, what a message means
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, result.explain()
        assert any(e.rule_id == "kind.procedure" for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "航班延误了你们就这样敷衍？？",
        "航班延误了你们怎么赔偿？？",
        "扣我钱是什么意思",
        "你们这是什么意思",
        "到底什么意思！",
        "染色你不染全点，留一片是什么意思",
        "你们违反规定",
    ],
)
def test_r_cmp_01_a_grievance_is_no_procedure_question(text: str) -> None:
    # an address to the company, two question marks, a
    # person harmed (扣我钱) keep kind.procedure silent: a complaint
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert not any(e.rule_id == "kind.procedure" for e in result.evidence), result.explain()
        assert result.kind is Kind.COMPLAINT, result.explain()
