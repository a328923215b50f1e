"""A courier or same-city delivery desk's messages (R-CMP-01, R-CMP-03, R-CMP-07): short
complaints of a parcel or a rider, threats to go to a regulator or the press, injuries,
many households at once, demands asked as questions, praise slang and near-misses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Kind, Signal, classify

PARCELS = ["快件", "包裹", "快递", "外卖", "订单"]


# ---- a parcel not arrived, lost or stuck (R-CMP-01, R-CMP-03) ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "我的快件没到",
        "包裹弄丢了",
        "外卖一直没送到",
        "快递被人冒领了",
        "件在分拣中心卡着三天了",
        "物流五天没更新了",
        "快递今天又没送",
    ],
)
def test_r_cmp_03_a_parcel_not_arrived_lost_or_stuck_is_a_sales_contract_complaint(
    text: str,
) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.reason
    assert result.category is Category.SALES_CONTRACT, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "如果包裹丢了怎么办",  # a case asked about, not a loss reported
        "快递没到之前可以改地址吗",  # before it arrives
        "我东西丢了飞机上了，要怎么找？",  # no parcel: a thing left on a plane, asked about
    ],
)
def test_r_cmp_01_a_parcel_asked_about_is_no_parcel_complaint(text: str) -> None:
    result = classify(text)
    assert not any(e.rule_id == "sc.parcel" for e in result.evidence), result.reason


# ---- a rider who hit, scolded or threatened the customer -----------------------------------
@pytest.mark.parametrize(
    ("text", "safety"),
    [
        ("送餐员把我撞倒了", True),
        ("快递员骂了我一顿", False),
        ("外卖员恐吓我", True),
        ("配送员说要打我", True),
    ],
)
def test_r_cmp_03_r_cmp_07_a_rider_who_hurt_or_threatened_is_a_service_complaint(
    text: str, safety: bool
) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.reason
    assert result.category is Category.SERVICE_QUALITY, result.reason
    assert (Signal.SAFETY in result.signals) is safety, result.signals


@pytest.mark.parametrize("text", ["骑手被车撞了，没事吧", "小哥没有骂人，态度挺好"])
def test_a_rider_hurt_or_not_scolding_is_no_rider_complaint(text: str) -> None:
    result = classify(text)
    assert not any(e.rule_id == "sq.rider" for e in result.evidence), result.reason


# ---- a regulator's, the press's or a lawyer's threat (R-CMP-07) ----------------------------
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("已经去邮政管理局申诉了", Signal.REGULATOR),
        ("我去找消协", Signal.REGULATOR),
        ("等着上抖音曝光吧", Signal.MEDIA),
        ("我会请律师", Signal.LEGAL),
    ],
)
def test_r_cmp_07_a_threat_is_never_nothing_to_handle(text: str, signal: Signal) -> None:
    result = classify(text)
    assert signal in result.signals
    assert result.kind is Kind.COMPLAINT, result.reason


@pytest.mark.parametrize("text", ["12345热线电话是多少？", "消协在哪里", "找律师有用吗？"])
def test_r_cmp_01_a_regulator_asked_about_is_a_question(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION


# ---- an injury is harm to a person, not a broken product (R-CMP-07) ------------------------
@pytest.mark.parametrize("text", ["胳膊擦破了", "膝盖摔破了皮", "我被外卖车撞伤了"])
def test_r_cmp_07_an_injury_is_the_safety_signal_and_no_product_defect(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.reason
    assert Signal.SAFETY in result.signals
    assert not any(e.rule_id == "pq.defect" for e in result.evidence), result.reason


def test_a_broken_parcel_is_still_a_broken_product() -> None:
    result = classify("箱子破了，杯子碎了")
    assert Signal.SAFETY not in result.signals
    assert result.category is Category.PRODUCT_QUALITY


# ---- many households at once (R-CMP-07) ----------------------------------------------------
@pytest.mark.parametrize("many", ["好几十户", "几十户", "上百户", "几百位业主"])
def test_r_cmp_07_dozens_of_households_are_several_customers(many: str) -> None:
    result = classify(f"小区的外卖都送不进来，{many}都有意见")
    assert Signal.COLLECTIVE in result.signals, result.signals


def test_a_household_counted_alone_is_not_several() -> None:
    assert Signal.COLLECTIVE not in classify("我家这一户的快递没到").signals


# ---- a demand asked as a question (R-CMP-01) -----------------------------------------------
@pytest.mark.parametrize("text", ["外卖被送错了楼，你们管不管？", "我们家的快递跑哪去了？都一周了"])
def test_r_cmp_01_a_demand_asked_as_a_question_is_a_complaint(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


def test_r_cmp_01_an_insurer_asked_about_stays_a_question() -> None:
    assert classify("这种情况保险赔不赔？").kind is not Kind.COMPLAINT


# ---- praise slang (R-CMP-01) ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["小哥yyds", "这服务绝绝子", "骑手冒雨送到，好感动", "配送速度真是绝了"]
)
def test_r_cmp_01_praise_slang_is_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE


@pytest.mark.parametrize("text", ["他拒绝了我的退款", "联系断绝了"])
def test_jue_le_alone_is_no_praise(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE


# ---- a near-miss of harm (R-CMP-07) ----------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["外卖车逆行差点撞到小孩，希望管管", "快递车倒车险些撞倒我妈，建议管一管"]
)
def test_r_cmp_07_a_near_miss_wished_fixed_is_a_safety_complaint(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.reason
    assert Signal.SAFETY in result.signals


def test_a_price_narrowly_missed_is_no_near_miss() -> None:
    result = classify("差点就买贵了，建议多比价")
    assert Signal.SAFETY not in result.signals
    assert not any(e.rule_id == "kind.near-miss" for e in result.evidence)


# ---- invariants ------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(PARCELS),
    st.sampled_from(["没到", "丢了", "还没送到", "不见了"]),
    st.sampled_from(["", "。", "！", "，麻烦处理"]),
)
def test_property_a_lost_or_missing_parcel_is_never_nothing_to_handle(
    parcel: str, failure: str, tail: str
) -> None:
    result = classify(f"我的{parcel}{failure}{tail}")
    assert result.kind is Kind.COMPLAINT, result.reason


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["12315", "消协", "邮政管理局", "市场监管局"]),
    st.sampled_from(["我已经反映到", "我要去找", "已经投诉到"]),
)
def test_property_a_regulator_threat_is_never_nothing_to_handle(body: str, verb: str) -> None:
    result = classify(f"{verb}{body}")
    assert result.kind is not Kind.NO_ACTION, result.reason
    assert Signal.REGULATOR in result.signals
