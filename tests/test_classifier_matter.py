"""A complaint is classed by what it is about, not by what the customer asks for
(R-CMP-03, R-CMP-10: D10 二 3), and the signals of harm and escalation read as customers
write them (R-CMP-01, R-CMP-07)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Kind, Signal, classify
from custops.i18n import language
from custops.sla import presets

FAULTS = ("酒有股酸味，口感跟以前不一样", "这批酒味道发苦", "酒的口感很差，一股怪味")
DEMANDS = ("要求换货", "我要退货", "申请退款", "给我换一箱")
SEDIMENT = ("酒瓶里有很多沉淀", "酒里漂着絮状的东西", "瓶底有悬浮物")


def test_a_fault_with_a_demand_is_a_quality_complaint_R_CMP_03() -> None:
    """D10 二 3.1: 投诉资料是产品质量(口感,风味、包装)的问题 — the taste is the matter; the
    exchange asked for is the second category, not the first."""
    result = classify("酒有股酸味，口感跟以前不一样，要求换货")
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY
    assert Category.RETURN_EXCHANGE in result.categories
    with language("zh_CN"):
        said = classify("酒有股酸味，口感跟以前不一样，要求换货").reason
        plain = classify("衣服洗了一次就严重缩水，我要退货退款").reason  # no fault outranks
    assert "按所诉问题归类，而非所提退换货要求" in said  # the reason says why the order
    assert "按所诉问题归类" not in plain


def test_sediment_stays_the_return_class_R_CMP_10() -> None:
    """D10 二 3.2: 产品退货是指产品出现沉淀,较大悬浮物 — the defect is the return class."""
    result = classify("酒瓶里有很大的悬浮物，漂着絮状的东西，要求退掉这两箱")
    assert result.category is Category.RETURN_EXCHANGE


def test_a_return_refused_is_a_return_complaint_R_CMP_03() -> None:
    """A return or exchange refused is a problem with the return itself."""
    for text in ("衣服开线了，申请换货以后一直推诿，就是不给我换货", "商家拒绝退货，无法完成退款"):
        result = classify(text)
        assert result.kind is Kind.COMPLAINT
        assert "rx.refused" in result.fired, text
        assert Category.RETURN_EXCHANGE in result.categories


@settings(max_examples=40, deadline=None)
@given(fault=st.sampled_from(FAULTS), demand=st.sampled_from(DEMANDS))
def test_property_a_demand_never_outranks_the_fault_R_CMP_03(fault: str, demand: str) -> None:
    result = classify(f"{fault}，{demand}")
    assert result.category is Category.PRODUCT_QUALITY, result.explain()
    assert result.kind is Kind.COMPLAINT


@settings(max_examples=30, deadline=None)
@given(defect=st.sampled_from(SEDIMENT), demand=st.sampled_from(DEMANDS))
def test_property_sediment_with_a_demand_is_the_return_class_R_CMP_10(
    defect: str, demand: str
) -> None:
    assert classify(f"{defect}，{demand}").category is Category.RETURN_EXCHANGE


def test_a_winery_taste_complaint_asking_an_exchange_gets_the_quality_reply_R_SLA_08() -> None:
    """The winery's three working days for a quality answer (R-SLA-08) follow from the class."""
    result = classify("酒有股酸味，口感跟以前不一样，要求换货")
    at = dt.datetime(2025, 10, 13, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    schedule = presets.WINERY.schedule(
        received_at=at, channel="电话", kind=result.kind, category=result.category
    )
    assert "quality_reply" in {step.target.name for step in schedule.steps}


def test_taken_ill_after_eating_or_drinking_is_the_goods_harm_R_CMP_07() -> None:
    """喝了你们的酒住院了: a product-quality complaint with the safety signal."""
    for text in ("喝了你们的酒住院了，要找律师", "喝了你们的酒之后头晕呕吐", "吃完第二天就拉肚子"):
        result = classify(text)
        assert result.kind is Kind.COMPLAINT, text
        assert result.category is Category.PRODUCT_QUALITY, text
        assert Signal.SAFETY in result.signals, text


def test_an_illness_easing_is_no_harm_R_CMP_01() -> None:
    """吃了药头晕好多了: the medicine helped; no harm by the goods."""
    result = classify("吃了医生开的药，头晕好多了")
    assert "pq.harm" not in result.fired
    assert result.kind is not Kind.COMPLAINT


def test_a_fault_after_a_repair_is_the_repair_quality_R_CMP_03() -> None:
    result = classify("上次维修后发动机还是异响，这已经是第三次投诉了")
    assert result.category is Category.REPAIR_QUALITY
    assert Signal.REPEAT in result.signals


def test_taken_to_a_regulator_or_a_platform_is_a_complaint_R_CMP_07() -> None:
    result = classify("我已经在微博上发了，还@了消协")
    assert result.kind is Kind.COMPLAINT
    assert {Signal.MEDIA, Signal.REGULATOR} <= result.signals
    assert classify("已经打了12315，等着吧").kind is Kind.COMPLAINT


def test_asking_how_to_reach_the_regulator_is_a_consultation_R_CMP_01() -> None:
    assert classify("请问怎么投诉到12315？").kind is Kind.CONSULTATION


def test_repair_quality_named_is_the_repair_category_R_CMP_03() -> None:
    """维修质量太差 names the repair's quality: 质量 inside it is no product-quality topic."""
    result = classify("修完车第二天又坏了，维修质量太差")
    assert result.category is Category.REPAIR_QUALITY
    assert "质量" not in {e.text for e in result.evidence}  # counted for no category
    assert {e.negated_by for e in result.suppressed if e.text == "质量"} == {"维修质量"}


def test_how_the_staff_helped_is_no_request_R_CMP_01() -> None:
    """店员很耐心地帮我挑选: what the staff did (…地帮我), told with thanks — praise."""
    result = classify("店员很耐心地帮我挑选，谢谢")
    assert result.kind is Kind.PRAISE
    assert "kind.desk-request" not in result.fired
    assert classify("能帮我挑一款吗？").kind is Kind.CONSULTATION


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="!?！？。，,.-—…~～ 　()（）+=$¥%", min_size=1, max_size=12))
def test_property_punctuation_alone_says_nothing_R_CMP_01(text: str) -> None:
    """Punctuation and signs alone (!!!???, -) are nothing to handle, whatever rule they fire."""
    result = classify(text)
    assert result.kind is Kind.NO_ACTION
    assert result.confidence == 0.0
    assert not result.fired


def test_pictures_and_digits_are_still_read_R_CMP_01() -> None:
    assert classify("😡😡😡").kind is Kind.COMPLAINT
    assert "sig.regulator" in classify("12315").fired
