"""Patients' reviews of their doctors read as what they are (issue 13, the twenty-ninth
round; R-CMP-01 kinds, R-CMP-03 the complaint's category, R-CMP-07 its signals).

A patient thanking a doctor for a good result praises the care (labelling guide,
twenty-second batch: thanks that name a quality or a good result are praise); a treatment
plan received and thanked for is no request for one; the illness treated (住院, 过敏) is
no harm the business did. The texts are written for these tests, in the shape of the
reviews the round was measured on.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Kind, Signal, classify

DOCTORS = ("王医生", "李大夫", "张主任", "刘教授", "陈院长")
RESULTS = ("病情好转了", "已经痊愈", "手术很成功", "康复出院了", "症状明显缓解", "治好了我的病")


@pytest.mark.parametrize(
    "text",
    [
        "感谢王医生，我妈妈的病情好转了很多",
        "手术很成功，非常感谢李主任",
        "问题解决了，谢谢客服",
        "陈大夫医术非常高明，态度温和",
        "医德医术都好",
        "张医生经验丰富，和蔼可亲，妙手回春",
        "孩子过敏住院一周，张医生治疗很及时，现在已经康复出院了，谢谢",
    ],
)
def test_thanks_for_a_good_result_and_a_doctor_s_skill_are_praise_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE, result.explain()
    assert result.kind_rule == "pr.service"


@pytest.mark.parametrize(
    "text",
    [
        "感谢医生，但是病情没有好转",  # the result negated: no praise of it
        "谢谢医生，吃了药还是不见好转",
    ],
)
def test_a_result_negated_between_thanks_and_it_is_not_praise_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is not Kind.PRAISE, result.explain()
    assert "pr.service" not in {e.rule_id for e in result.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "请问医生有什么治疗方案吗？",
        "治疗方案是什么？需要手术吗",
        "麻烦大夫给个治疗建议",
        "能介绍一下治疗方案吗？",
    ],
)
def test_a_treatment_plan_asked_for_is_a_consultation_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.CONSULTATION, result.explain()
    assert "kind.medical" in {e.rule_id for e in result.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "感谢医生给予了治疗方案，很耐心",
        "张医生很负责，出具了专业化治疗方案，谢谢你们",
    ],
)
def test_a_treatment_plan_received_and_thanked_for_is_no_request_R_CMP_01(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE, result.explain()
    assert "kind.medical" not in {e.rule_id for e in result.evidence}


def test_harm_done_by_the_goods_stays_a_complaint_beside_praise_R_CMP_07() -> None:
    """The care context exempts only the illness treated: food that made someone ill is
    harm, whatever else the text says (labelling guide, mixed texts 1)."""
    result = classify("吃了你们家的外卖过敏住院了，服务态度倒是很好")
    assert result.kind is Kind.COMPLAINT
    assert result.kind_rule == "pq.harm"  # taken ill after eating it: the goods' harm
    assert result.category is Category.PRODUCT_QUALITY
    assert Signal.SAFETY in result.signals


def test_a_word_inside_a_name_is_no_praise_R_CMP_01() -> None:
    """步步高超市 holds 高超; only 医术高超, 技术高超 and 手艺高超 praise a skill."""
    result = classify("步步高超市东西很全")
    assert "pr.service" not in {e.rule_id for e in result.evidence}


@settings(max_examples=60, deadline=None)
@given(
    doctor=st.sampled_from(DOCTORS),
    result=st.sampled_from(RESULTS),
    thanks_first=st.booleans(),
)
def test_property_thanks_with_a_good_result_is_praise_either_way_round(
    doctor: str, result: str, thanks_first: bool
) -> None:
    text = f"感谢{doctor}，{result}" if thanks_first else f"{result}，感谢{doctor}"
    answer = classify(text)
    assert answer.kind is Kind.PRAISE, answer.explain()
    assert answer.kind_rule == "pr.service"
