"""Negation stopped by a contrast, a patient's hospital stay, the verdict on the whole, usury
and credit lines, a rip-off, a long wait, an old room (issue 13).

A complaint is read by its words (R-CMP-01) and classed by what it is about (R-CMP-03); the
safety signal is a severity hint (R-CMP-07).  Each rule is asked on its own evidence, and the
texts whose kind it decides with and without the learned layer.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Category, Kind, Signal, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


def _rules(text: str) -> set[str]:
    return {e.rule_id for e in classify(text).evidence}


def _flips(text: str, word: str) -> list[str]:
    """The negation cues that turned a match of ``word`` (empty strings when none did)."""
    return [e.flipped_by for e in classify(text).evidence if e.text == word]


# ---- a negation does not reach across a contrast ---------------------------------------


def test_r_cmp_01_a_negation_before_but_does_not_turn_the_praise_after_it() -> None:
    text = "雖然餐點變化不大但貼心的服務會讓乘客享受到愉悅的飛行旅程！"
    assert _flips(text, "貼心") == [""]
    assert classify(text).kind is Kind.PRAISE
    # the same praise word with the negation after the contrast is still turned
    assert _flips("雖然餐點很好但不貼心", "貼心") == ["不"]


@given(
    before=st.sampled_from(["变化不大", "不算便宜", "没什么特色", "价格不低", "位置不好找"]),
    turn=st.sampled_from(["但", "但是", "可是", "然而", "却", "不过"]),
    praise=st.sampled_from(["贴心", "满意", "喜欢", "不错"]),
)
def test_r_cmp_01_no_negation_reaches_across_a_contrast(
    before: str, turn: str, praise: str
) -> None:
    text = f"虽然{before}{turn}{praise}"
    flips = _flips(text, praise)
    assert flips, text  # the praise word is matched
    assert all(cue == "" for cue in flips), (text, flips)


def test_r_cmp_01_not_only_is_no_negation_of_what_follows() -> None:
    assert _flips("这家店不但好吃而且便宜", "好吃") in ([], [""])
    assert classify("这家店不但好吃而且便宜").kind is Kind.PRAISE


# ---- a patient's hospital stay is no injury; a stay something caused is ----------------


@pytest.mark.parametrize(
    "text",
    [
        "住院检查胸腔积液原因，医生态度好，病情讲解清楚，很感谢大夫帮忙找到病因",
        "手术过程很快，术后原发症状即消失。住院一共十天，非常感谢医生",
        "王大夫耐心讲解病情，及时帮助我们联系住院科室，真是好人",
    ],
)
def test_r_cmp_07_a_patients_stay_in_thanks_is_no_safety_signal(text: str) -> None:
    result = classify(text)
    assert Signal.SAFETY not in result.signals, text
    assert result.kind is Kind.PRAISE


@pytest.mark.parametrize(
    "text",
    ["孩子吃了他们家的外卖导致住院三天", "喝了你们的酒住院了", "老人摔倒骨折直接住院抢救"],
)
def test_r_cmp_07_a_stay_in_hospital_something_caused_is_the_safety_signal(text: str) -> None:
    result = classify(text)
    assert Signal.SAFETY in result.signals, text
    assert result.kind is Kind.COMPLAINT


# ---- the verdict on the whole, after a shortcoming -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "酸甜酸甜的，就是好硬哦，只有一个有瑕疵，可以原谅了～",
        "房间和价格基本能接受。后来比较了类似的酒店，价钱贵了点。",
        "锅贴一般般，其他菜式没什么特色，总的来说还不错的一家店",
        "虽然游戏里有很多不成熟的设计，但瑕不掩瑜",
    ],
)
def test_r_cmp_01_a_verdict_on_the_whole_is_praise(text: str) -> None:
    assert "pr.overall" in _rules(text), text
    assert classify(text).kind is Kind.PRAISE


@pytest.mark.parametrize("text", ["总体不满意", "整体没有不错的地方", "这种态度不能原谅"])
def test_r_cmp_01_a_verdict_denied_or_a_fault_not_forgiven_is_no_praise(text: str) -> None:
    assert "pr.overall" not in _rules(text), text


# ---- usury, interest, a credit line; goods missing -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "借呗的额度自己降了",
        "卡到了，额度依然很低",
        "去年十二月份误入歧途，被带着贷款了6000奈何利息太高喘不过气",
        "它就把年利率调整为23.94%，基本等同于高利贷，并且不同意提前还款",
    ],
)
def test_r_cmp_03_usury_and_a_credit_line_cut_are_contract_complaints(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, (text, policy)
        assert result.category is Category.SALES_CONTRACT, (text, policy)
    assert "sc.finance-problem" in _rules(text)


def test_r_cmp_03_a_credit_line_raised_is_no_such_complaint() -> None:
    assert "sc.finance-problem" not in _rules("额度提了一倍，很开心")


def test_r_cmp_03_goods_missing_from_a_parcel_are_a_contract_complaint() -> None:
    result = classify("線上購物寄來後會缺少商品")
    assert result.kind is Kind.COMPLAINT
    assert "sc.missing" in _rules("線上購物寄來後會缺少商品")


# ---- a rip-off, a long wait, an old room -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "category"),
    [
        ("可是消费就极其坑。", "kind.verdict", None),
        ("就是停车场出来堵了三四个小时", "sq.waiting", Category.SERVICE_QUALITY),
        ("大概排了两个小时才进去", "sq.waiting", Category.SERVICE_QUALITY),
        ("酒店比较旧", "pq.room", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_03_a_rip_off_a_long_wait_an_old_room(
    text: str, rule: str, category: Category | None
) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert rule in {e.rule_id for e in result.evidence}, text
    assert result.kind is Kind.COMPLAINT
    if category is not None:
        assert result.category is category


def test_r_cmp_01_a_hole_in_the_road_is_no_rip_off() -> None:
    assert "kind.verdict" not in _rules("路上很坑洼")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("评分这么高，骗我看啊，都是托啊", "kind.verdict"),
        ("首頁只有登入畫面，常見問題的回答裡，也獨缺註冊相關的解答。", "pq.app"),
        ("没有英语字幕", "pq.app"),
    ],
)
def test_r_cmp_03_deceived_and_missing_parts_are_complaints(text: str, rule: str) -> None:
    result = classify(text)
    assert rule in _rules(text), text
    assert result.kind is Kind.COMPLAINT
    if rule == "pq.app":
        assert result.category is Category.PRODUCT_QUALITY


def test_r_cmp_01_not_a_paid_reviewer_is_no_complaint() -> None:
    assert "kind.verdict" not in _rules("纯吃货，不是托，真心推荐")


# ---- a guest's short messages: broken, a room's pest, an injury, a threat, praise ------


@pytest.mark.parametrize(
    "text", ["空调坏了", "冷氣壞咗", "行李员帮我搬行李时把我的箱子摔坏了", "房卡又失效了"]
)
def test_r_cmp_01_a_thing_broken_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT, (text, policy)
    assert "kind.broken" in _rules(text)


@pytest.mark.parametrize("text", ["收到礼物高兴坏了", "包装没有损坏"])
def test_r_cmp_01_glad_to_bits_or_nothing_broken_is_no_defect(text: str) -> None:
    assert "kind.broken" not in _rules(text), text


def test_r_cmp_07_a_pest_in_a_room_is_no_foreign_body_in_food() -> None:
    room = classify("房间里有蟑螂")
    assert room.kind is Kind.COMPLAINT
    assert Signal.SAFETY not in room.signals
    assert Signal.SAFETY in classify("汤里有蟑螂").signals


@pytest.mark.parametrize("text", ["电梯门夹到我小孩的手，现在手肿了", "柜门砸到脚，脚肿了"])
def test_r_cmp_07_an_injury_in_plain_words_is_the_safety_signal(text: str) -> None:
    assert Signal.SAFETY in classify(text).signals, text


def test_r_cmp_07_i_will_sue_you_is_the_legal_signal() -> None:
    assert Signal.LEGAL in classify("再不处理我要告你们").signals
    assert Signal.LEGAL not in classify("我告诉你们，房间很干净").signals
    assert Signal.LEGAL not in classify("请报告你们经理").signals
    to_regulator = classify("我要去工商告你们").signals  # a complaint to the regulator
    assert Signal.REGULATOR in to_regulator
    assert Signal.LEGAL not in to_regulator


@pytest.mark.parametrize(
    "text", ["前台小姐姐超级nice，帮我们升级了海景房，谢谢🙏", "你哋啲員工好好人，多謝晒！"]
)
def test_r_cmp_01_praise_that_ends_with_thanks_is_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE, text
