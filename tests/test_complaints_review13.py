"""Tests of the rule-layer fixes from the new-user review of issue 13 (review13).

Each group cites the catalogue rule the code cites: the kind of a text (R-CMP-01), its
category (R-CMP-02), a complaint (R-CMP-03) and the severity signals (R-CMP-07).  The
examples are the review's and analogues of them: each fix is a rule of the language (a
lexicon entry with its boundaries, a negation scope, a question form), not one sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Kind, Signal, classify
from custops.i18n import language

PRAISE = (
    "菜很好吃，服务也热情",
    "东西很好，物流也快",
    "车开着挺舒服",
    "房间干净，前台小姐姐很热情",
    "送餐很快，态度很好",
    "味道不错，分量足",
)
HARM = (
    "就是吃完回家全家上吐下泻",
    "但是吃完拉肚子了",
    "但是快递员把我手划伤了",
    "就是刹车失灵了一次",
    "不过米饭里有根头发",
    "可是孩子被门夹伤了",
    "就是充电宝突然爆炸了",
)


# ---- A1: safety or health harm makes a complaint (R-CMP-03, R-CMP-07) -----------------


@pytest.mark.parametrize("praise", PRAISE)
@pytest.mark.parametrize("harm", HARM)
def test_r_cmp_03_praise_plus_harm_is_a_complaint(praise: str, harm: str) -> None:
    """R-CMP-03: the labelling guide's rule 1, safety harm wins whatever else is said."""
    r = classify(f"{praise}，{harm}")
    assert r.kind is Kind.COMPLAINT
    assert Signal.SAFETY in r.signals
    assert r.kind_rule.startswith("sig.") or r.kind_rule.startswith("pq.")


def test_r_cmp_03_the_reason_says_harm_outweighs_praise() -> None:
    """R-CMP-03: the explanation names the harm and the praise it outweighs."""
    with language("zh_CN"):
        r = classify("味道很好，但是吃完拉肚子了")
    assert r.kind is Kind.COMPLAINT
    assert r.kind_rule == "sig.safety"
    assert "拉肚子" in r.reason
    assert "伤害" in r.reason
    assert "很好" in r.reason
    with language("en_US"):
        r = classify("味道很好，但是吃完拉肚子了")
        assert "harm to health or safety" in r.reason
        assert "outweighs" in r.reason


def test_r_cmp_07_threats_do_not_decide_the_kind() -> None:
    """R-CMP-07: the guide makes only safety harm decide the kind; a lawyer is a hint."""
    r = classify("东西很好，已经找了律师")
    assert Signal.LEGAL in r.signals
    assert not r.kind_rule.startswith("sig.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PRAISE), st.sampled_from(HARM), st.sampled_from(("，", "。", "！", "")))
def test_r_cmp_03_appending_harm_to_praise_gives_a_complaint(
    praise: str, harm: str, mark: str
) -> None:
    """Invariant: any praise text followed by a reported harm is a complaint."""
    assert classify(praise).kind is Kind.PRAISE
    assert classify(praise + mark + harm).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "没有拉肚子，味道很好",
        "爆炸性价比，味道很好",
        "手机屏幕有点划伤，总体满意",
        "吃出了家的味道，好吃",
    ],
)
def test_r_cmp_07_no_harm_no_forced_complaint(text: str) -> None:
    """R-CMP-07: a negated harm, 爆炸性价比, a scratched screen or 吃出…味道 is no harm."""
    r = classify(text)
    assert Signal.SAFETY not in r.signals
    assert r.kind is not Kind.COMPLAINT


# ---- A9: severity signals on everyday wording (R-CMP-07) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "已经向民航局投诉了",
        "再这样我就去工信部投诉",
        "我要打市长热线",
        "我去信访",
        "已经投诉到市场监督管理局",
        "金融监管局会管你们的",
        "我向邮政管理局投诉了",
        "找消保委",
        "已经在黑猫投诉发帖了",
        "我要打315",
        "向通信管理局反映",
        "去住建局举报",
        "申请京东介入",
    ],
)
def test_r_cmp_07_regulators(text: str) -> None:
    assert Signal.REGULATOR in classify(text).signals


def test_r_cmp_07_a_date_or_the_gala_is_no_regulator() -> None:
    assert Signal.REGULATOR not in classify("今年315晚会曝光了").signals
    assert Signal.REGULATOR not in classify("订单号2023150099").signals


@pytest.mark.parametrize(
    "text",
    [
        "全家都拉肚子",
        "我们小区十几户都遇到同样的问题",
        "同事们一起点的，五个人都拉肚子",
        "我们一家三口吃完都吐了",
        "好多人都在投诉你们",
        "住户们都没有热水",
    ],
)
def test_r_cmp_07_several_customers(text: str) -> None:
    assert Signal.COLLECTIVE in classify(text).signals


@pytest.mark.parametrize(
    "text", ["手被划破了", "孩子摔伤了", "被门夹伤了", "手被烧伤了", "膝盖磕破了", "牙被硌掉了一块"]
)
def test_r_cmp_07_injuries(text: str) -> None:
    assert Signal.SAFETY in classify(text).signals


@pytest.mark.parametrize(
    "text", ["手机屏幕划伤了", "我的手机被划伤了", "苹果有碰伤", "镜头划伤了", "酒店就在医院旁边"]
)
def test_r_cmp_07_damage_to_goods_or_a_place_is_no_injury(text: str) -> None:
    assert Signal.SAFETY not in classify(text).signals


@pytest.mark.parametrize("text", ["我是律师，想咨询一下合同的问题", "发动机报警灯亮了"])
def test_r_cmp_07_a_lawyer_asking_is_no_legal_threat(text: str) -> None:
    assert Signal.LEGAL not in classify(text).signals


@pytest.mark.parametrize("text", ["我已经找了律师", "我已经报警了", "只能走法律程序了"])
def test_r_cmp_07_legal(text: str) -> None:
    assert Signal.LEGAL in classify(text).signals


# ---- A11: a harmful product is a product-quality matter (R-CMP-02) --------------------


@pytest.mark.parametrize(
    "text", ["米饭里有根头发", "充电宝充电时突然爆炸，手被烫伤了", "汤里喝出一只苍蝇", "插座漏电了"]
)
def test_r_cmp_02_harmful_goods_are_product_quality(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.PRODUCT_QUALITY
    assert Signal.SAFETY in r.signals
