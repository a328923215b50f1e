"""How the votes of a long mixed review are weighed (R-CMP-01; the labelling guide's mixed
texts 2 and 3): a real fault told after a contrast, with a demand or a "never again", makes
a complaint whatever praise comes before it; praise with one shortcoming made small by a
word of degree (有点贵, 稍微有点重) stays praise.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way
from custops.complaints import Kind, classify

# ---- a fault after praise is a complaint --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a hotel, a parcel, a restaurant, a broadband line, an online course
        "酒店位置不错，前台小姐姐也很热情，但是房间的空调坏了，半夜热醒两次，"
        "打电话让人来修也没人管，真的很失望。",
        "快递挺快的，包装也很严实，可是打开一看屏幕裂了一道缝，联系客服三天了都没有回复，要求退货。",
        "这家店环境挺好的，装修也有格调，但是菜里吃出了头发，服务员还不承认，以后再也不来了。",
        "宽带安装师傅很准时，态度也好，不过装完第二天就开始断网，一天断五六次，报修了一周还没人上门。",
        "课程内容还可以，老师讲得也清楚，但是买了之后一直打不开视频，申请退款也没有人处理，太坑了。",
    ],
)
def test_r_cmp_01_a_fault_told_after_praise_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


# ---- praise with one mild shortcoming is praise --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a hotel, a phone, a restaurant, an online course
        "酒店位置很方便，房间干净整洁，前台服务热情周到，早餐品种也多，就是隔音稍微有点差，"
        "总体很满意，下次还会再来。",
        "手机收到了，外观很漂亮，运行流畅，拍照效果也很好，电池很耐用，就是稍微有点重，总的来说非常满意。",
        "菜品味道很好，分量足，服务员态度也很热情，上菜速度很快，就是价格有点贵，总体来说还是值得推荐的。",
        "老师讲课非常仔细，内容实用，讲得通俗易懂，例子也很丰富，就是视频声音有点小，整体很推荐给初学者。",
    ],
)
def test_r_cmp_01_praise_with_one_mild_shortcoming_is_praise(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.PRAISE, (text, policy)


# ---- invariants -----------------------------------------------------------------------------

_PRAISE = (
    "位置很方便",
    "服务员态度很热情",
    "外观很漂亮",
    "老师讲得很清楚",
    "快递很快",
    "环境不错",
    "分量很足",
    "师傅很准时",
)
_FAULTS = (
    "房间的空调坏了",
    "屏幕裂了一道缝",
    "菜里吃出了头发",
    "一天断网五六次",
    "视频一直打不开",
    "退款一直没人处理",
    "客服态度很差",
    "电池用两天就鼓包了",
)
_MILD = ("价格有点贵", "稍微有点重", "声音有点小", "停车有点不方便", "上菜稍微有点慢")
_CONTRASTS = ("但是", "可是", "不过")


@given(
    st.lists(st.sampled_from(_PRAISE), min_size=1, max_size=3, unique=True),
    st.sampled_from(_FAULTS),
    st.sampled_from(_CONTRASTS),
    st.sampled_from(_FAULTS),
)
def test_r_cmp_01_a_further_fault_after_a_contrast_keeps_a_complaint(
    praise: list[str], fault: str, contrast: str, further: str
) -> None:
    # invariant (the rules' reading): a complaint told after praise stays a complaint when
    # another fault is told after a contrast
    text = "，".join(praise) + "，但是" + fault + "。"
    assume(classify(text, policy=RULES_ONLY).kind is Kind.COMPLAINT)
    longer = text + contrast + further + "。"
    assert classify(longer, policy=RULES_ONLY).kind is Kind.COMPLAINT


@given(
    st.lists(st.sampled_from(_PRAISE), min_size=2, max_size=3, unique=True),
    st.sampled_from(_MILD),
)
def test_r_cmp_01_praise_then_one_shortcoming_of_degree_is_praise(
    praise: list[str], shortcoming: str
) -> None:
    # invariant: words of praise and one shortcoming made small (就是价格有点贵) are praise,
    # with the learned layer and without it
    text = "，".join(praise) + "，就是" + shortcoming + "。"
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.PRAISE, (text, policy)
