"""A city hotline's and a car dealer's texts (R-CMP-01, R-CMP-07): a commendation named is
praise, a public service's timetable asked is a consultation with a subject, a car's hazards
are safety signals, and an amount told is no loss unless it is lost or claimed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Complaint, Kind, Severity, Signal, assess_severity, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


def _complaint(text: str) -> Complaint:
    return Complaint(received_at=T0, channel="电话", content=text, complainant="客户")


# ---- R-CMP-01: 表扬 is praise ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "感谢物业王经理，特此表扬",
        "感谢供电局抢修师傅，半夜冒雨把电恢复了，特此表扬",
        "我要表扬12路公交司机王师傅",
        "我要表揚12路公交司機王師傅",  # traditional
        "点名表扬社区医院的李医生",
        "对王医生提出表扬",
        "公开表扬窗口工作人员小刘",
        "我想表扬一下你们的快递员小张",
        "哇塞，真的要忍不住表扬下，售后真心的好",
    ],
)
def test_r_cmp_01_a_commendation_named_is_praise(text: str) -> None:
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.PRAISE, (text, result.reason)
        assert not result.quiet
        assert "pr.commend" in result.fired


def test_r_cmp_01_a_commendation_outweighs_the_thanks_beside_it() -> None:
    result = classify("感谢物业王经理，特此表扬")
    assert result.kind_rule == "pr.commend"
    assert result.confidence > 0.5  # more sure than the thanks' 0.5 it used to be


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("表扬信在哪里写？", Kind.CONSULTATION),  # asked about, not given
        ("怎么表扬你们的员工", Kind.CONSULTATION),
        ("想表扬一下司机，打哪个电话", Kind.CONSULTATION),
        ("这种服务还表扬呢", Kind.CONSULTATION),  # sarcasm: no praise
        ("服务这么差，不值得表扬", Kind.COMPLAINT),  # denied
        ("他被公司表彰了，但我的问题没人管", Kind.COMPLAINT),  # the firm's own award
    ],
)
def test_r_cmp_01_a_commendation_asked_denied_or_mocked_is_no_praise(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind, classify(text).reason


@given(
    st.sampled_from(("特此表扬", "点名表扬", "提出表扬", "我要表扬", "予以表彰")),
    st.sampled_from(("公交司机王师傅", "物业李经理", "供电所抢修班", "社区民警小赵", "窗口人员")),
)
def test_r_cmp_01_property_any_commendation_of_any_staff_is_praise(verb: str, whom: str) -> None:
    """R-CMP-01: whoever is commended, before or after the word, the text is praise."""
    for text in (f"{verb}{whom}", f"感谢{whom}，{verb}"):
        assert classify(text, policy=RULES_ONLY).kind is Kind.PRAISE, text


# ---- R-CMP-01: a public service's timetable asked ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "请问公交12路末班车几点？",
        "請問公交12路末班車幾點？",
        "请问末班车是几点",
        "请问地铁几点停运？",
        "首班车什么时候发车？",
        "请问医院几点上班？",
        "请问几路车到火车站？",
    ],
)
def test_r_cmp_01_a_timetable_question_is_a_consultation_a_triage_can_trust(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.CONSULTATION
    assert result.confidence > 0
    assert not result.quiet
    assert "ot.schedule" in result.fired


@pytest.mark.parametrize("text", ["燃气费怎么交", "水费如何缴纳？", "电费在哪里交？"])
def test_r_cmp_01_how_to_pay_a_utility_is_a_consultation(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.CONSULTATION
    assert not result.quiet


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("公交等了一个小时还不来", Kind.COMPLAINT),
        ("12路公交司机态度太差了", Kind.COMPLAINT),
        ("停水什么时候恢复？", Kind.COMPLAINT),  # a supply cut waited on (pq.supply)
        ("你们怎么交的货，全是坏的", Kind.COMPLAINT),
    ],
)
def test_r_cmp_01_a_grievance_about_a_service_stays_a_complaint(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind


# ---- R-CMP-07: a car's hazards ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "高速上突然熄火",
        "开着开着熄火了，差点被后车追尾",
        "安全气囊没弹出来",
        "开了三个月就断轴",
        "半轴断了",
        "车子行驶中自己加速",
        "车辆暴冲撞到墙上",
        "转向助力失效",
        "助力突然没了，方向打不动",
        "电瓶冒烟了",
        "发动机起火",
        "轮胎鼓包了，感觉要爆",
        "高速上爆胎了",
    ],
)
def test_r_cmp_07_a_cars_hazard_is_a_safety_signal_and_major(text: str) -> None:
    assert Signal.SAFETY in classify(text).signals
    assessed = assess_severity(_complaint(text))
    assert assessed.severity is Severity.MAJOR
    assert Signal.SAFETY in assessed.criteria


@pytest.mark.parametrize(
    "text",
    [
        "没有熄火",  # denied
        "万一爆胎怎么办",  # supposed
        "断轴了保修吗？",  # asked about
        "请问气囊没弹出来正常吗",
        "防爆胎轮胎多少钱",  # a product named for protection
        "爆胎险怎么买",
        "车子怠速熄火后再启动",  # the engine turned off at rest
        "熄火后再启动",
    ],
)
def test_r_cmp_07_a_cars_hazard_denied_supposed_asked_or_guarded_against_is_none(
    text: str,
) -> None:
    assert Signal.SAFETY not in classify(text).signals
    assert assess_severity(_complaint(text)).severity is Severity.GENERAL


# ---- R-CMP-07: an amount told is no loss; the hint and the severity agree -----------------


@pytest.mark.parametrize("text", ["车价25万，首付5万", "修车花了3万", "加价3万才提车", "贷款10万"])
def test_r_cmp_07_an_amount_told_is_no_loss(text: str) -> None:
    assert Signal.LOSS not in classify(text).signals
    assert _complaint(text).loss == 0
    assert Signal.LOSS not in assess_severity(_complaint(text)).pending


@pytest.mark.parametrize("text", ["损失了2万元", "要求赔偿3万", "索赔5万元", "补偿2000元"])
def test_r_cmp_07_an_amount_lost_or_claimed_is_a_loss_to_assess(text: str) -> None:
    assert Signal.LOSS in classify(text).signals
    assert _complaint(text).loss is None  # to be assessed
    assert assess_severity(_complaint(text)).pending == (Signal.LOSS,)


_TOLD = ("车价25万", "首付5万", "修车花了3万", "加价3万", "月供3000元", "贷款10万元", "裸车12.8万")
_LOST = ("损失了2万元", "要求赔偿3万", "索赔5万元", "赔偿1.5万")


@given(
    st.lists(st.sampled_from(_TOLD), max_size=3),
    st.lists(st.sampled_from(_LOST), max_size=2),
    st.randoms(use_true_random=False),
)
def test_r_cmp_07_property_the_loss_hint_agrees_with_the_severity(
    told: list[str], lost: list[str], order: object
) -> None:
    """R-CMP-07: ``classify(...).signals`` holds the loss exactly when ``assess_severity``
    reads a loss to assess from the same text; prices and payments told are neither."""
    parts = [*told, *lost]
    order.shuffle(parts)  # type: ignore[attr-defined]
    text = "，".join(parts) or "车价25万"
    hinted = Signal.LOSS in classify(text).signals
    pending = Signal.LOSS in assess_severity(_complaint(text)).pending
    assert hinted == pending == bool(lost), text
