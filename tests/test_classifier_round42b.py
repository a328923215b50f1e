"""The non-complaint side of the forty-second round (issue 13).

A staff member's attitude called good in a word of manner (态度非常认真, 态度很温和, 这么好的服务
态度) is praise: 态度 is the praised subject there, no fault of the staff's (R-CMP-01,
R-CMP-02: such praise takes the category 其他).  A liking put as a condition, left to the
reader or naming whom a thing suits (要是喜欢越野, 看你喜欢哪个, 喜欢拍照的朋友) is no verdict of
the writer's: nothing to handle unless a verdict is said beside it.  The look-alikes — an
attitude faulted (态度不认真, 不够好的服务态度), a better one wished for, the writer's own liking
(我最喜欢的), a dislike of the thing's own trait — keep their reading.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, fired, kind_either_way
from custops.complaints import Kind, classify

# ---- an attitude called good (pr.service) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "医生态度非常认真，讲得很清楚",
        "护士对待病人态度很温和",
        "前台小姑娘态度特别客气，办入住很快",
        "谢谢您这么好的服务态度",
        "师傅以认真负责的态度把空调修好了",
        "客服态度一直很耐心，问题也解决了",
        "老师态度和蔼，孩子很喜欢上课",
        "营业员态度诚恳，介绍得很详细",
        "这么热情的服务态度，下次还来",
        "大夫态度也很友善，开的药很管用",
    ],
)
def test_r_cmp_01_an_attitude_called_good_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    result = classify(text)
    assert "pr.service" in result.fired
    assert result.category.value == "other"
    # 态度 inside the praise is no vote for a complaint about the staff
    assert not any(e.rule_id == "sq.attitude" and not e.negated_by for e in result.evidence), text


@pytest.mark.parametrize(
    "text",
    [
        "医生态度不认真，三分钟就把我打发了",
        "前台态度一点也不客气，问两句就不耐烦",
        "这种不够好的服务态度让人失望",
        "服务态度很差，等了半天没人理",
    ],
)
def test_r_cmp_01_an_attitude_faulted_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category.value == "service_quality"
    assert "sq.attitude" in result.fired


def test_r_cmp_01_a_good_attitude_denied_is_a_complaint_about_the_staff() -> None:
    text = "不是很好的态度，说话很冲"
    complaint_either_way(text)
    result = classify(text)
    assert result.category.value == "service_quality"
    assert any(e.rule_id == "pr.service" and e.flipped_by for e in result.evidence)


def test_r_cmp_01_a_verdict_on_the_food_outweighs_an_attitude_left_open() -> None:
    text = "态度好不好另说，菜实在太咸了"
    complaint_either_way(text)
    assert classify(text).category.value == "product_quality"


def test_r_cmp_02_a_better_attitude_wished_for_is_a_suggestion_not_praise() -> None:
    text = "希望以后能有更好的服务态度"
    kind_either_way(text, Kind.SUGGESTION)
    assert classify(text).category.value == "proposal_criticism"
    assert "pr.service" not in fired(text)


@given(
    st.sampled_from(["认真", "温和", "和善", "客气", "诚恳", "友善"]),
    st.sampled_from(["", "很", "非常", "也很", "一直很", "特别"]),
)
def test_r_cmp_01_any_attitude_called_good_is_praise_and_negated_a_complaint(
    word: str, degree: str
) -> None:
    assert classify(f"医生态度{degree}{word}", policy=RULES_ONLY).kind is Kind.PRAISE
    assert classify(f"医生态度不{word}", policy=RULES_ONLY).kind is Kind.COMPLAINT


# ---- a liking that is not the writer's verdict (kind.liking-condition) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "看你喜欢哪个颜色，两款配置差不多",
        "要是喜欢越野，就选四驱版",
        "选自己喜欢的颜色就行",
        "如果喜欢大空间，七座版更合适",
        "看个人喜欢什么风格吧",
        "喜欢拍照的朋友可以早点去",
    ],
)
def test_r_cmp_01_a_liking_put_as_a_condition_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    result = classify(text)
    assert "kind.liking-condition" in result.fired
    assert "pr.general" not in result.fired
    assert result.category.value == "other"


@pytest.mark.parametrize(
    "text",
    [
        "菜品新鲜，味道好，喜欢清淡的朋友值得一试",
        "如果喜欢甜的，这款蛋糕很推荐",
    ],
)
def test_r_cmp_01_a_verdict_beside_a_liking_condition_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.liking-condition" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "我喜欢这家的环境，下次还来",
        "我最喜欢的就是他家的烤鱼",
        "真的很喜欢，已经回购三次了",
        "孩子特别喜欢这个绘本",
    ],
)
def test_r_cmp_01_the_writers_own_liking_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    result = classify(text)
    assert "kind.liking-condition" not in result.fired
    assert "pr.general" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "米饭太硬，不喜欢硬米饭的人别点",
        "不喜欢这个味道，太甜了",
    ],
)
def test_r_cmp_01_a_dislike_of_the_things_own_trait_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.liking-condition" not in fired(text)


def test_r_cmp_01_a_choice_asked_of_the_desk_stays_a_question() -> None:
    text = "这两款你们推荐哪个？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.liking-condition" not in fired(text)
