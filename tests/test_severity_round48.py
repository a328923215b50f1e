"""Severity signals a gym's and an appliance desk's customers write (R-CMP-07).

R-CMP-07: "major" is defined by explicit, configurable criteria; the text criteria are read
by the classifier's ``sig.*`` rules.  The labelling guide's signals (docs/labelling.md,
"Signals"): ``safety`` is risk or harm to health or body (an injury); ``regulator`` a
regulator or platform the customer goes or threatens to go to with the matter; ``repeat``
the customer says they raised the matter before without a fix, or "again" for the same
failure with the same company; ``collective`` several customers affected or complaining
together.  Each family is checked with the sentences it must fire on and the near misses it
must not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Channel, Complaint, Severity, Signal, classify
from custops.complaints.severity import assess_severity, grounds_reason
from custops.i18n import language

AT = dt.datetime(2026, 12, 7, 10, tzinfo=ZoneInfo("Asia/Shanghai"))


def _complaint(text: str, **fields: Any) -> Complaint:
    return Complaint(received_at=AT, channel="phone", content=text, complainant="王", **fields)


def _signals(text: str) -> frozenset[Signal]:
    return classify(text).signals


# ---- injuries (R-CMP-07: safety) ---------------------------------------------------------

INJURED = [
    "私教让我硬拉，姿势不对，腰扭伤了，现在走路都疼",
    "上课时膝盖拉伤了",
    "哑铃掉下来，脚趾骨裂了",
    "蒸汽房里有人晕倒了，工作人员十分钟后才来",
    "瑜伽室空调坏了，上课的人差点中暑",
    "跑步机突然加速，我崴了脚",
    "搬器械的时候扭到腰了",
    "孩子在泳池溺水，救生员不在岗",
]


@pytest.mark.parametrize("text", INJURED)
def test_an_injury_is_safety_and_major_R_CMP_07(text: str) -> None:
    """R-CMP-07: an injury of the body (扭伤, 拉伤, 骨裂, 晕倒, 中暑 — a near miss too: a
    risk to the body) is the safety criterion, so the complaint is major."""
    assert Signal.SAFETY in _signals(text)
    assessed = assess_severity(_complaint(text))
    assert assessed.severity is Severity.MAJOR
    assert Signal.SAFETY in assessed.criteria


def test_an_injury_alone_makes_a_complaint_R_CMP_07() -> None:
    """R-CMP-01, R-CMP-07: a short report of an injury is no longer nothing to handle."""
    result = classify("上课时膝盖拉伤了")
    assert result.kind.value == "complaint"
    assert "拉伤" in result.harm_words


@pytest.mark.parametrize(
    "text",
    [
        "还好没扭伤，教练扶住了我",
        "如果中暑了怎么办？",
        "夏天训练注意防中暑",
        "买的扭伤膏一点效果都没有",
        "热身做足，以免拉伤",
        "这部电影看得我好伤心",
        "贵得我差点晕倒",
        "气得我都快晕倒了",
        "一看价格就晕倒",
    ],
)
def test_no_injury_in_a_denial_a_supposition_a_remedy_or_a_figure_R_CMP_07(text: str) -> None:
    """R-CMP-07: an injury denied (没扭伤), supposed (如果中暑了), guarded against (防中暑,
    以免拉伤), a remedy's name (扭伤膏), 伤心 and hyperbole (贵得我差点晕倒, 一看价格就晕倒) are
    no safety signal."""
    assert Signal.SAFETY not in _signals(text)


@settings(max_examples=60, deadline=None)
@given(
    who=st.sampled_from(["", "我", "孩子", "他"]),
    denial=st.sampled_from(["没", "没有", "并没有", "没有被"]),
    word=st.sampled_from(["扭伤", "拉伤", "骨裂", "脱臼", "中暑", "晕倒", "崴脚", "溺水"]),
)
def test_property_a_denied_injury_never_adds_safety_R_CMP_07(
    who: str, denial: str, word: str
) -> None:
    """R-CMP-07: whatever the injury word and whoever it is told of, denied right before it
    it adds no safety signal and makes no complaint major."""
    text = f"{who}{denial}{word}，还好"
    assert Signal.SAFETY not in _signals(text)
    assert assess_severity(_complaint(text)).severity is Severity.GENERAL


# ---- regulators and the police (R-CMP-07: regulator, police) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我去商务局投诉你们预付卡的事",
        "再不退卡我就去商务委投诉",
        "已经向省商务厅反映了",
        "我要去体育局投诉",
        "我要去商务部门投诉你们",
        "我要打12366举报你们不开发票",
    ],
)
def test_the_commerce_and_sports_bureaus_are_regulators_R_CMP_07(text: str) -> None:
    """R-CMP-07: the regulators of prepaid cards (商务局, 商务委, 商务厅, 商务部门) and of
    sports venues (体育局) are regulators the customer goes to."""
    assert Signal.REGULATOR in _signals(text)
    assert assess_severity(_complaint(text)).severity is Severity.MAJOR


@pytest.mark.parametrize("forwarder", ["商务局", "区商务局转办", "市商务委转来", "体育局转办"])
def test_a_commerce_or_sports_bureau_forwarding_is_major_R_CMP_07(forwarder: str) -> None:
    """R-CMP-07: a complaint forwarded by them is a regulator's, major at receipt."""
    complaint = Complaint(
        received_at=AT,
        channel="转交",
        content="闭店后不退卡费",
        complainant="王",
        forwarded_by=forwarder,
    )
    assert complaint.via_regulator
    assessed = assess_severity(complaint)
    assert assessed.severity is Severity.MAJOR
    assert forwarder in assessed.reason


def test_a_company_business_department_forwards_no_regulator_complaint_R_CMP_07() -> None:
    """R-CMP-07: a bare 商务部门 is also a company's own department: no regulator forwarder."""
    assert not _complaint("闭店后不退卡费").via_regulator
    assert Channel.parse("商务局转办") is Channel.FORWARDED
    complaint = Complaint(
        received_at=AT,
        channel="转交",
        content="闭店后不退卡费",
        complainant="王",
        forwarded_by="集团商务部门",
    )
    assert not complaint.via_regulator


@pytest.mark.parametrize(
    "text", ["我已经报110了", "再不开门我就拨110", "110已经来了", "我叫了110", "已经报警了"]
)
def test_110_reported_dialled_or_come_is_the_police_R_CMP_07(text: str) -> None:
    """R-CMP-07: 110 reported, dialled, called or come is the police, as 报警 and 打110 are."""
    assert Signal.POLICE in _signals(text)


@pytest.mark.parametrize("text", ["报警电话是110吗？", "我没有报110", "订单号1102233"])
def test_110_asked_denied_or_in_a_number_is_no_police_R_CMP_07(text: str) -> None:
    """R-CMP-07: 110 asked about, denied or inside a number is no police report."""
    assert Signal.POLICE not in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "拨打12366问发票怎么开",
        "打12345咨询社保怎么交",
        "咨询了12366，说可以开专票",
        "去税务局办发票",
        "我问了12315，他们说要先找商家",
    ],
)
def test_a_hotline_only_asked_is_no_regulator_R_CMP_07(text: str) -> None:
    """R-CMP-07: a regulator's hotline or bureau asked a question or visited on an errand
    is no complaint to it: no regulator signal (12366问发票, 12345咨询, 去税务局办)."""
    assert Signal.REGULATOR not in _signals(text)


@pytest.mark.parametrize(
    "text", ["已经打了12345投诉", "我打了12315投诉你们的问题", "我要去税务局投诉你们偷税"]
)
def test_a_hotline_complained_to_stays_a_regulator_R_CMP_07(text: str) -> None:
    """R-CMP-07: complained to (投诉, even with 问题 after it) the hotline stays one."""
    assert Signal.REGULATOR in _signals(text)


# ---- a platform is worded as one (R-CMP-07) ---------------------------------------------


def test_a_complaint_platform_is_not_called_a_regulator_R_CMP_07() -> None:
    """R-CMP-07: 黑猫投诉 is the regulator criterion (the guide: "a regulator or platform"),
    but the reason calls it a platform, not 监管部门; with an authority named too, the
    regulator's wording stays."""
    threat = assess_severity(_complaint("我要去黑猫投诉你们"))
    assert threat.criteria == (Signal.REGULATOR,)
    with language("en_US"):
        assert threat.reason == 'major: threatened to complain to a platform ("黑猫投诉")'
    with language("zh_CN"):
        assert threat.reason == "重大：威胁向平台投诉（「黑猫投诉」）"
        done = assess_severity(_complaint("已经申请京东介入了"))
        assert done.reason.startswith("重大：已向平台投诉（")
        both = assess_severity(_complaint("我已经打了12315，也发了黑猫投诉"))
        assert both.reason.startswith("重大：已向监管部门投诉（")
        assert grounds_reason(((Signal.REGULATOR, (("黑猫投诉",), ())),)) == (
            "重大：向平台投诉（「黑猫投诉」）"
        )
        forwarded = ((Signal.REGULATOR, (("黑猫投诉",), ("12315",))),)
        assert grounds_reason(forwarded) == "重大：向监管部门投诉（「黑猫投诉」，由12315转来）"


# ---- repeat complaints (R-CMP-07: repeat) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "上次反映的问题还没解决，又打电话来问我满不满意",
        "之前投诉过一次了，到现在没人理",
        "这是我第二次打400了，还是没人上门",
        "空调又坏了，上个月刚修过",
        "刚修好没两天又不制冷了",
        "我打了三次电话都没人接",
        "淋浴又没热水！这周第三次了",
    ],
)
def test_a_matter_raised_before_or_a_failure_back_is_a_repeat_R_CMP_07(text: str) -> None:
    """R-CMP-07: raised before without a fix (上次反映的问题还没解决, 之前投诉过, 第二次打
    400, 打了三次电话没人接), or the same failure with the same company again — after its
    repair (又坏了，上个月刚修过) or counted (这周第三次了: the guide's 第N次 and "again"
    for the same failure) — is a repeat complaint."""
    assert Signal.REPEAT in _signals(text)
    assert Signal.REPEAT in assess_severity(_complaint(text)).criteria


@pytest.mark.parametrize(
    "text",
    [
        "李教练很好，就是你们的销售太烦人，一天打三个电话让我续卡",
        "客服给我打了三次电话推销",
        "客服催了三次叫我还款",
        "之前反映的问题已经解决了，谢谢",
        "空调又坏了",
        "上次修过，这次又要收上门费",
        "我从没投诉过",
    ],
)
def test_no_repeat_for_staff_calls_a_fixed_matter_or_a_bare_again_R_CMP_07(text: str) -> None:
    """R-CMP-07: the staff's calls to the customer (打三个电话让我续卡, 给我打了三次电话),
    a matter raised before and fixed, a bare 又坏了 (no repair told) and a charge again
    (又要收费) are no repeat complaint."""
    assert Signal.REPEAT not in _signals(text)


# ---- several customers (R-CMP-07: collective) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["大家都说好吃", "大家都很满意，下次还来", "很多顾客都推荐这家", "We all loved it!"],
)
def test_praise_shared_by_many_is_no_collective_complaint_R_CMP_07(text: str) -> None:
    """R-CMP-07: many who only say, like or praise something are no collective complaint."""
    assert Signal.COLLECTIVE not in _signals(text)


@pytest.mark.parametrize(
    "text", ["吃完大家都拉肚子了", "很多顾客都投诉过这个问题", "We all got sick after dinner"]
)
def test_many_harmed_or_complaining_stay_collective_R_CMP_07(text: str) -> None:
    """R-CMP-07: several customers harmed or complaining together stay collective."""
    assert Signal.COLLECTIVE in _signals(text)
