"""Promises not kept, failures asked about, things not accepted, debt collection (issue 13).

The classifier's rules ``kind.grievance`` (a promise still not kept: 赠品仍未发, 拖延至今还未
开班), ``kind.failure-question`` (a failure told, then asked about: 没取到钱，怎么办？),
``kind.unacceptable`` (安排完全不能接受) and ``sq.collection`` (暴力催收).  A complaint is
read by its words (R-CMP-01) and classed by what it is about (R-CMP-03); each rule is asked
with and without the learned layer, and its look-alikes stay what they were.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Category, Kind, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


def _rules(text: str) -> set[str]:
    return {e.rule_id for e in classify(text).evidence}


@pytest.mark.parametrize(
    "text",
    [
        "询问客服表示15日内发赠品，一直到11月10日，赠品仍未发",
        "原定10月23日开班，后来拖延至今还未开班",
        "中秋节都过去这么多天了，一直未曾收到消息，也没有收到押金",
        "物业告知5月25日下午4点恢复供电，但至今仍未恢复",
        "燃气表装好两个月了，可是至今一直没有开通燃气",
    ],
)
def test_r_cmp_01_a_promise_still_not_kept_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, (text, policy)
    assert "kind.grievance" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "没取到钱，怎么办？",
        "取款机不吐钞怎么办",
        "银联红包扣掉了，但是交易没有成功怎么办？",
        "我POS机签到不了，怎么回事",
        "你好，银联支付错误怎么办？",
    ],
)
def test_r_cmp_01_a_failure_asked_about_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT, (text, policy)
    assert "kind.failure-question" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "如果提现不了怎么办",
        "要是没取到钱，怎么办",
        "转账时收款人姓名填写错误怎么办",
    ],
)
def test_r_cmp_01_a_failure_supposed_or_the_writers_own_is_not_that_rule(text: str) -> None:
    assert "kind.failure-question" not in _rules(text)


def test_r_cmp_01_a_failure_supposed_names_its_cue() -> None:
    suppressed = {e.rule_id: e.negated_by for e in classify("要是没取到钱，怎么办").suppressed}
    assert suppressed["kind.failure-question"] == "要是"


def test_r_cmp_01_a_thing_not_accepted_is_a_complaint() -> None:
    text = "關於演唱會 安排完全不能接受，請你銀行好好檢討"
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT
    assert "kind.unacceptable" in _rules(text)


@pytest.mark.parametrize("text", ["当时吓坏了，不能接受这个事实", "这个价格可以接受吗？"])
def test_r_cmp_01_a_fact_of_life_or_a_question_is_not_unacceptable(text: str) -> None:
    assert "kind.unacceptable" not in _rules(text)


@pytest.mark.parametrize(
    "text", ["在10月5日30分钟内给我打了7个电话，暴力催收", "催收人员天天打电话骚扰我家人"]
)
def test_r_cmp_03_debt_collection_is_a_complaint_of_the_service(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT
        assert result.category is Category.SERVICE_QUALITY
    assert "sq.collection" in _rules(text)


def test_r_cmp_01_collection_asked_about_is_a_question() -> None:
    result = classify("逾期会被催收吗？")
    assert result.kind is Kind.CONSULTATION
    assert "sq.collection" not in {e.rule_id for e in result.evidence}


@given(
    before=st.sampled_from(["", "客服说马上处理，", "已经一个月了，", "押金"]),
    still=st.sampled_from(["至今", "仍", "一直", "迟迟", "到现在"]),
    neg=st.sampled_from(["未", "没有", "没"]),
    verb=st.sampled_from(["发", "收到", "开通", "安装", "恢复", "交房", "到位"]),
)
def test_r_cmp_01_still_not_done_never_reads_as_praise(
    before: str, still: str, neg: str, verb: str
) -> None:
    text = f"{before}{still}{neg}{verb}"
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is not Kind.PRAISE, text
    assert any(e.kind is Kind.COMPLAINT for e in result.evidence), text
