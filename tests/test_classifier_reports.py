"""A matter reported to whoever should act, an authority asked to look into it, a step that
cannot be done in written Cantonese, a patient's question, thanks for a good result, and a
question about a change for the worse (issue 13).

A complaint is read by its words (R-CMP-01) and classed by what it is about (R-CMP-03).
Each rule is asked on its own evidence, and on the texts whose kind it decides.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Kind, classify


def _rules(text: str) -> set[str]:
    return {e.rule_id for e in classify(text).evidence}


# ---- a matter reported -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "业主多次向物业反映，至今没人处理",
        "市民来电反映：小区路灯坏了三个月没人修",
        "家长反映学校食堂的饭菜是冷的",
        "这个问题已经反映了好几次，还是老样子",
    ],
)
def test_r_cmp_01_a_matter_reported_is_a_complaint(text: str) -> None:
    assert "kind.report" in _rules(text)
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "请问如何向物业反映问题？",
        "市民来电反映：咨询公积金怎么提取",
        "市民反映的渠道有哪些",
    ],
)
def test_r_cmp_01_asking_how_to_report_reports_nothing(text: str) -> None:
    assert "kind.report" not in _rules(text)
    assert classify(text).kind is Kind.CONSULTATION


@given(
    who=st.sampled_from(["市民", "业主", "居民", "乘客", "顾客"]),
    how=st.sampled_from(["如何", "怎么", "怎样", "去哪里"]),
    matter=st.sampled_from(["噪音问题", "停车收费", "物业不作为", "路灯不亮"]),
)
def test_r_cmp_01_no_report_is_read_in_a_question_of_how_to_report(
    who: str, how: str, matter: str
) -> None:
    text = f"{who}{how}反映{matter}？"
    assert "kind.report" not in _rules(text), text


def test_r_cmp_01_an_authority_asked_to_look_into_a_matter_is_a_complaint() -> None:
    text = "恳请相关部门调查此事"
    assert classify(text).kind is Kind.COMPLAINT
    assert "kind.complaint" in _rules(text)
    # a wish addressed to nobody named is no such request
    assert "kind.complaint" not in _rules("希望大家关注一下这个活动")


# ---- written Cantonese: V唔到 -------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["个app成日入唔到", "認唔到我張身份證", "又關唔到個提示", "開唔到戶"]
)
def test_r_cmp_01_a_step_that_cannot_be_done_in_cantonese_is_a_complaint(text: str) -> None:
    assert "kind.cannot" in _rules(text)
    assert classify(text).kind is Kind.COMPLAINT


def test_r_cmp_01_an_income_under_a_figure_is_no_failure() -> None:
    assert "kind.cannot" not in _rules("今年收入不到六万")


# ---- a patient's question ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这个药对三岁孩子有副作用吗",
        "拉肚子三天了，头晕，该挂什么科",
        "甲状腺结节会不会癌变",
        "吃了两个月药没效果，有其他好的治疗方法吗？",
    ],
)
def test_r_cmp_01_a_patients_question_is_a_consultation(text: str) -> None:
    assert "kind.medical" in _rules(text)
    assert classify(text).kind is Kind.CONSULTATION


# ---- thanks for a good result ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["感谢王医生！病情好转了。", "谢谢李大夫，治疗方案很有效", "感谢张主任对病情的细致检查"],
)
def test_r_cmp_01_thanks_that_name_a_good_result_are_praise(text: str) -> None:
    assert "pr.service" in _rules(text)
    assert classify(text).kind is Kind.PRAISE


@pytest.mark.parametrize("text", ["希望早日康复，谢谢", "为什么不认真的检查一下"])
def test_r_cmp_01_a_wish_or_a_care_denied_is_no_praise(text: str) -> None:
    assert "pr.service" not in _rules(text)
    assert classify(text).kind is not Kind.PRAISE


# ---- why a change for the worse ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["为什么我的额度降到五千了", "座位为什么乱改", "为什么每年都涨价", "为何迟迟不修路"]
)
def test_r_cmp_01_why_a_change_for_the_worse_is_a_complaint(text: str) -> None:
    assert "kind.complaint" in _rules(text)
    assert classify(text).kind is Kind.COMPLAINT


def test_r_cmp_01_why_a_text_is_garbled_is_still_asked() -> None:
    # 乱码 (garbled text) is no 乱 (at will): the question stays a question
    assert "kind.complaint" not in _rules("为什么乱码了")
