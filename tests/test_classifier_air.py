"""Air passengers (and travellers generally): checked luggage lost, damaged or late, a
passenger refused boarding, miles or points not credited, a chosen seat changed — the
terms of the carriage, complaints of the sales contract (R-CMP-02, R-CMP-03); a why or how
question about a general practice, a consultation, and sarcasm marked as such, a
complaint (R-CMP-01); a named member of staff praised in English (R-CMP-01); fire, smoke,
a broken seat belt or a fallen fitting as the safety signal, and a family or party
stranded together as the collective one (R-CMP-07).

A complaint read only by a safety signal is no unread text: it is not ``quiet``, and a
one-step triage files it with its clocks (R-CMP-01, R-CMP-07); a triage refusing a quiet
reading names its real confidence.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given

from classifier_checks import (
    RULES_ONLY,
    SENTENCES,
    fired,
    fires_after_a_sentence,
    kind_either_way,
)
from custops.complaints import Case, Category, Complaint, Kind, Signal, classify
from custops.errors import InvalidInput

AT = dt.datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _signals(text: str) -> set[Signal]:
    return set(classify(text).signals)


# ---- a safety complaint is never quiet (R-CMP-01, R-CMP-07) -------------------------------


@pytest.mark.parametrize(
    "text",
    ["起飞时闻到一股焦糊味，我担心有安全隐患", "有安全隐患，闻到焦糊味"],
)
def test_r_cmp_07_a_complaint_read_by_a_safety_signal_alone_is_not_quiet(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert Signal.SAFETY in r.signals
    assert not r.quiet
    assert not classify(text, policy=RULES_ONLY).quiet


def test_r_cmp_07_a_triage_files_a_safety_complaint_read_from_the_text() -> None:
    text = "起飞时闻到一股焦糊味，我担心有安全隐患"
    complaint = Complaint(received_at=AT, channel="电话", content=text, complainant="旅客")
    case = Case.open(complaint, "客户关系顾问", policy="winery").classify(
        AT,
        "客户关系经理",
        classification=classify(text),
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert case.kind is Kind.COMPLAINT
    assert case.flow is not None
    assert case.flow.label == "重大投诉"


def test_r_cmp_01_a_refused_triage_names_the_reading_s_real_confidence() -> None:
    text = "B座那边"
    complaint = Complaint(received_at=AT, channel="电话", content=text, complainant="旅客")
    case = Case.open(complaint, "客户关系顾问", policy="winery")
    unread = classify(text)
    assert unread.quiet
    assert unread.confidence == 0
    with pytest.raises(InvalidInput, match=r"with confidence 0 \("):
        case.classify(AT, "客户关系经理", classification=unread)
    # a reading marked quiet with some confidence: the message says which
    weighed = attrs.evolve(unread, confidence=0.5, kind_confidence=0.5)
    assert weighed.quiet
    with pytest.raises(InvalidInput, match=r"with confidence 0\.5 \(") as refused:
        case.classify(AT, "客户关系经理", classification=weighed)
    assert "confidence 0 (" not in str(refused.value)


# ---- safety and collective signals in cabins, vehicles, lifts and rooms (R-CMP-07) ------


@pytest.mark.parametrize(
    "text",
    [
        "大巴上的安全带扣不上，司机说没事，照样开上了高速",
        "高铁车厢里冒烟了，乘务员半天才来",
        "电梯里闻到一股烧焦的味道，物业也不管",
        "机舱里有很浓的烧焦味，空乘说是正常的",
        "行李架上的包掉下来砸到了我女儿",
        "酒店房间的插座冒火花，差点烧起来",
    ],
)
def test_r_cmp_07_fire_smoke_a_broken_belt_or_a_fallen_fitting_is_safety(text: str) -> None:
    assert Signal.SAFETY in _signals(text)
    kind_either_way(text, Kind.COMPLAINT)


@pytest.mark.parametrize(
    "text",
    [
        "安全带怎么系？",
        "儿童座椅的安全带怎么调松一点？",
        "跑了一天嗓子冒烟了",
        "烤肉有点焦糊，味道一般",
        "万一飞机上冒烟了怎么办？",
    ],
)
def test_r_cmp_07_a_belt_asked_about_a_dry_throat_or_burnt_food_is_no_safety(text: str) -> None:
    assert Signal.SAFETY not in _signals(text)
    assert "sig.safety" not in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "航班取消了，我们一家四口在候机楼坐到凌晨两点，没人管",
        "火车晚点，我们六个人被困在车站一整夜",
    ],
)
def test_r_cmp_07_a_family_or_a_party_stranded_together_is_collective(text: str) -> None:
    assert Signal.COLLECTIVE in _signals(text)
    kind_either_way(text, Kind.COMPLAINT)


@pytest.mark.parametrize("text", ["一家五口去三亚旅游，酒店很不错", "我们三个人订了一间房"])
def test_r_cmp_07_a_family_merely_named_is_no_collective(text: str) -> None:
    assert Signal.COLLECTIVE not in _signals(text)


# ---- a carrier's terms: the sales contract (R-CMP-02, R-CMP-03) -------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("托运的行李到现在还没到，已经两天了", "air.baggage"),
        ("落地后发现行李箱被摔坏了一个轮子，要求赔偿", "air.baggage"),
        ("我的箱子被人翻过，少了两条烟", "air.baggage"),
        ("行李丢了怎么办，里面有证件", "air.baggage"),
        ("Our suitcase never arrived and no one called us back.", "air.baggage"),
        ("航班超售，我被拒绝登机了，只补偿了两百元", "air.bumped"),
        ("明明有票却不让我上车，说车满了", "air.bumped"),
        ("会员积分一直没有到账，坐了三次了", "air.miles"),
        ("我的银卡会员被降级了，明明飞够了次数", "air.miles"),
        ("值机时选好的靠窗座位被换成了中间", "air.seat"),
        ("为什么我订的座位被换了？", "air.seat"),
    ],
)
def test_r_cmp_03_luggage_boarding_miles_and_seats_are_the_sales_contract(
    text: str, rule: str
) -> None:
    assert rule in fired(text)
    kind_either_way(text, Kind.COMPLAINT)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is Category.SALES_CONTRACT, policy


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("行李延误一般多久能送到？", Category.SALES_CONTRACT),
        ("为什么存在机票超售的情况？", Category.SALES_CONTRACT),
        ("航班取消了，怎么申请补偿？", Category.SALES_CONTRACT),
        ("为什么高铁上不提供热水", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_01_a_practice_asked_about_is_a_consultation(text: str, category: Category) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    r = classify(text)
    assert r.category is category
    assert not r.quiet


@pytest.mark.parametrize("text", ["里程多久会过期？", "座位怎么选？"])
def test_r_cmp_01_a_plain_question_fires_no_carrier_complaint(text: str) -> None:
    assert not {"air.miles", "air.seat", "air.baggage"} & fired(text)
    kind_either_way(text, Kind.CONSULTATION)


def test_r_cmp_01_a_why_question_about_the_writer_s_own_case_stays_a_complaint() -> None:
    for text in ("为什么飞机上没有给我送餐", "为什么我订的座位被换了？"):
        assert not {"air.why-general", "air.why-onboard"} & fired(text)
        kind_either_way(text, Kind.COMPLAINT)


# ---- sarcasm and English praise (R-CMP-01) ----------------------------------------------


@pytest.mark.parametrize(
    "text", ["呵呵，晚点三小时，真给你们点赞", "行李丢了两天，服务体验拉满（反话）"]
)
def test_r_cmp_01_marked_sarcasm_is_a_complaint(text: str) -> None:
    assert "air.sarcasm" in fired(text)
    kind_either_way(text, Kind.COMPLAINT)


@pytest.mark.parametrize(
    "text", ["服务很好，下次还坐，五星好评", "这次航班体验感拉满，空姐超级温柔"]
)
def test_r_cmp_01_praise_without_a_sarcasm_marker_is_not_read_as_sarcasm(text: str) -> None:
    assert "air.sarcasm" not in fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


def test_r_cmp_01_a_member_of_staff_praised_in_english_is_praise() -> None:
    text = "The cabin crew were so helpful, Tom carried my bags. Thank you!"
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).topic is Category.SERVICE_QUALITY
    denied = "The staff was not helpful at all."
    assert "air.praise-en" not in fired(denied)
    kind_either_way(denied, Kind.COMPLAINT)


# ---- a cue is read in its own clause, whatever sentence comes before (R-CMP-01) ---------


@given(SENTENCES)
def test_r_cmp_03_the_carrier_cues_fire_after_any_sentence(before: str) -> None:
    fires_after_a_sentence("air.baggage", "托运的行李还没到", before)
    fires_after_a_sentence("air.miles", "里程没有到账", before)
    fires_after_a_sentence("sig.safety", "车厢里冒烟了", before)
    fires_after_a_sentence("sig.collective", "我们一家五口被困在机场", before)
