"""Double negations, faults denied or feared, the rest called fine, new functions proposed,
a patient's questions and codes handed out (issue 13).

The thirty-ninth round, the side of texts that are no complaints: a bad feeling denied twice
(不会让人觉得不舒服) is no negated praise word; a discomfort denied with emphasis (一点也不腻) and
a defect that is not there (没有廉价感) are praise (``pr.not-bad``); the rest called fine as a
text's last words (…，其他的都没问题) is a verdict in favour (``pr.rest-fine``); a fault
feared, then belied (本来担心会很慢，结果第二天就到了) is praise (``pr.feared-fault``); a new
function, mode or facility proposed (建议增加夜间模式) is a suggestion
(``kind.feature-request``); a patient asking what more signs of the body mean or whether a
treatment can be had is a consultation (``kind.medical``); the writer's own code handed out
(用我验证码XXXX) is advertising (``kind.referral``).  Each is read by its words (R-CMP-01);
a real complaint in the same words stays a complaint.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Kind, classify

# ---- a bad feeling denied twice (PRAISE_NOT_NEGATIONS) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "座椅很软，坐一整天也不会让人觉得不舒服",
        "客房安静，晚上不觉得不方便",
        "服务员上菜慢了点，我们也不觉得不开心，菜很好吃",
        "降落很平稳，不会让人觉得不舒服",
    ],
)
def test_r_cmp_01_a_bad_feeling_denied_twice_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)


@pytest.mark.parametrize(
    "text", ["座椅太硬了，坐久了让人觉得不舒服", "床太软，睡了一晚觉得不舒服，腰疼"]
)
def test_r_cmp_01_a_bad_feeling_told_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["不会让人觉得不", "不会觉得不", "不觉得不", "从没感到不", "并不觉得不"]),
    st.sampled_from(["舒服", "方便", "开心", "舒适"]),
)
def test_r_cmp_01_a_double_negation_never_turns_praise_into_a_complaint(
    denial: str, word: str
) -> None:
    text = f"房间很干净，住着{denial}{word}"
    assert classify(text, policy=RULES_ONLY).kind is Kind.PRAISE, text


# ---- a discomfort denied with emphasis, a defect not there (pr.not-bad) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "蛋糕一点也不腻，孩子很爱吃",
        "跑了十公里一点都不累，鞋子很轻",
        "包装很用心，没有廉价感",
        "颜色无色差，和图片一样",
        "打针一丁点儿也不疼，护士手法好",
    ],
)
def test_r_cmp_01_a_fault_denied_with_emphasis_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.not-bad" in _fired(text)


@pytest.mark.parametrize(
    "text",
    ["蛋糕太腻了，吃两口就不想吃", "这个沙发有很重的异味，散了一个月还在", "一点也不好吃，太腻了"],
)
def test_r_cmp_01_the_fault_itself_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)


def test_r_cmp_01_a_defect_asked_about_is_not_denied() -> None:
    assert "pr.not-bad" not in _fired("衣服有没有色差？")


# ---- the rest called fine as the last words (pr.rest-fine) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "屏幕稍微有点反光，其他方面都很好",
        "快递包装简陋了点，其他的都没问题",
        "早餐品种少了些，其他都挺好的",
    ],
)
def test_r_cmp_01_the_rest_called_fine_at_the_end_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.rest-fine" in _fired(text)


@pytest.mark.parametrize("text", ["房间有蟑螂，其他都挺好", "其他都好，就是隔音太差"])
def test_r_cmp_01_a_harm_or_a_fault_at_the_end_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)


def test_r_cmp_01_the_rest_asked_about_is_no_verdict() -> None:
    assert "pr.rest-fine" not in _fired("其他都还好吗？")


# ---- a fault feared, then belied (pr.feared-fault) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本来担心快递会很慢，结果第二天就到了",
        "原以为不好吃，没想到还挺香的",
        "本来以为很难安装，结果十分钟就装好了",
        "还怕尺码偏小，结果刚刚好",
        "以为会有异味，其实完全没有",
    ],
)
def test_r_cmp_01_a_fault_feared_then_belied_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.feared-fault" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "担心会很慢，结果真的很慢，等了五天",
        "以为是正品，结果是假货",
        "本来担心质量差，结果用了两天就坏了",
        "怕不新鲜，结果打开全是烂的",
    ],
)
def test_r_cmp_01_a_fear_come_true_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "pr.feared-fault" not in _fired(text)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["慢", "贵", "难吃", "吵", "脏", "小"]),
    st.sampled_from(["果然", "真的", "确实", "还是"]),
)
def test_r_cmp_01_a_fear_confirmed_is_never_read_as_belied(fault: str, confirm: str) -> None:
    text = f"本来担心会很{fault}，结果{confirm}很{fault}"
    assert "pr.feared-fault" not in _fired(text), text


# ---- a new function or facility proposed (kind.feature-request) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "建议增加夜间模式，晚上看着眼睛累",
        "能不能整一个离线下载功能啊，坐地铁没信号",
        "这个路口车多，希望在这里设置红绿灯",
        "希望地铁也能引入移动支付，现在买票太麻烦",
    ],
)
def test_r_cmp_01_a_new_function_proposed_is_a_suggestion(text: str) -> None:
    kind_either_way(text, Kind.SUGGESTION)
    assert "kind.feature-request" in _fired(text)


def test_r_cmp_01_a_broken_function_to_mend_stays_a_complaint() -> None:
    complaint_either_way("更新后夜间模式用不了了，希望尽快修复")


def test_r_cmp_01_a_function_wished_for_after_praise_is_no_feature_request() -> None:
    text = "拍照很好，续航也不错，希望可以增加无线充电功能"
    assert "kind.feature-request" not in _fired(text)
    assert classify(text).kind is Kind.PRAISE


# ---- a patient's questions (kind.medical) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "晚上睡觉时常突然停止呼吸，是什么原因？",
        "怀孕七个月，胎动很厉害，是什么情况",
        "心脏不好，有高血压，能做手术吗",
        "宝宝八个月了，可以打五联疫苗吗？",
    ],
)
def test_r_cmp_01_a_patients_question_is_a_consultation(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.medical" in _fired(text)


@pytest.mark.parametrize(
    "text",
    ["房间烟味太重，让人呼吸困难，这是怎么回事？", "用了你们的面霜脸上长了好多疙瘩，怎么回事"],
)
def test_r_cmp_01_a_harm_from_the_goods_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.medical" not in _fired(text)


# ---- a code handed out (kind.referral) -----------------------------------------------------


@pytest.mark.parametrize(
    "text", ["开户记得用我验证码K8PX2Q，两个人都有奖励", "优惠码：SAVE2024，新用户下单立减"]
)
def test_r_cmp_01_a_code_handed_out_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)


@pytest.mark.parametrize("text", ["验证码一直收不到，怎么回事", "优惠码SAVE2024用不了，客服也不管"])
def test_r_cmp_01_a_code_that_fails_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.referral" not in _fired(text)
