"""A complaint the regulator forwards: received through 12315, 12345
(市长热线), the consumer association (消协) or 信访, it is *forwarded* (R-CMP-04; D10 二 3
转交投诉, R-SLA-07) and keeps who forwarded it, so its case is assessed major with the
regulator criterion and says why (R-CMP-07: "media or regulator involvement").  Also the
channel spellings ticket systems use that were refused (R-CMP-04)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.complaints import (
    Case,
    CasePolicy,
    Channel,
    Complaint,
    Flow,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
    classify,
)
from custops.complaints.model import CHANNEL_SPELLINGS, REGULATOR_WORDS, SECTOR_HOTLINES
from custops.complaints.severity import REPORTED, THREATENED, read_grounds
from custops.errors import InvalidInput
from custops.i18n import language
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)
CRM = "客户关系经理"
ADVISER = "客户关系顾问"
REGULATOR_SPELLINGS = (
    "12315",
    "12345",
    "12315平台",
    "12345热线",
    "市长热线",
    "消协",
    "信访",
    "12315转办",
    "12315热线",
    "政府热线",
    "政务热线",
    "government hotline",
)


def _complaint(channel: Any, content: str = "买的白酒有异味，要求退货", **kw: Any) -> Complaint:
    return Complaint(received_at=T0, channel=channel, content=content, complainant="王", **kw)


def _classified(complaint: Complaint, policy: Any = "winery") -> Case:
    case = Case.open(complaint, ADVISER, policy=policy)
    return case.classify(
        T0 + dt.timedelta(hours=1),
        CRM,
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )


# ------------------------------------------------------------------ R-CMP-04: the spellings


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("12345热线", Channel.FORWARDED),
        ("12315平台", Channel.FORWARDED),
        ("市长热线", Channel.FORWARDED),
        ("消协", Channel.FORWARDED),
        ("消费者协会", Channel.FORWARDED),
        ("信访", Channel.FORWARDED),
        ("电邮", Channel.ONLINE),
        ("電郵", Channel.ONLINE),
        ("12315", Channel.FORWARDED),  # unchanged: D10 二 3 转交投诉
        ("转交", Channel.FORWARDED),
    ],
)
def test_R_CMP_04_ticket_system_channel_spellings_parse(text: str, channel: Channel) -> None:
    assert Channel.parse(text) is channel
    assert _complaint(text).channel is channel


def test_R_CMP_04_every_listed_spelling_parses_to_its_channel() -> None:
    for key, spellings in CHANNEL_SPELLINGS.items():
        for spelling in spellings:
            assert Channel.parse(spelling).value == key, spelling


# ------------------------------------------------------------------ the complaint keeps it


@pytest.mark.parametrize("spelling", REGULATOR_SPELLINGS)
def test_R_CMP_07_a_regulator_channel_is_forwarded_and_keeps_the_regulator(spelling: str) -> None:
    c = _complaint(f" {spelling}\n")
    assert c.channel is Channel.FORWARDED
    assert c.forwarded_by == spelling
    assert c.via_regulator


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("12315热线", Channel.FORWARDED),  # the market regulator's hotline passes it on
        ("12315热线投诉", Channel.FORWARDED),
        ("政府热线", Channel.FORWARDED),
        ("政务服务热线", Channel.FORWARDED),
        ("热线转办", Channel.FORWARDED),  # passed on by a hotline: 转交投诉
        ("热线", Channel.PHONE),  # the desk's own hotline
        ("tel", Channel.PHONE),
        ("TEL", Channel.PHONE),
    ],
)
def test_R_CMP_04_hotline_labels_an_application_passes_R_SLA_07(
    text: str, channel: Channel
) -> None:
    """R-CMP-04, R-SLA-07 (D10 二 3 转交投诉): a complaint a regulator's or the government's
    hotline passes on is forwarded, whichever hotline, as 12345热线 and 市长热线 were; the
    desk's own hotline is phone."""
    assert Channel.parse(text) is channel
    selected = presets.WINERY.select(channel=text, kind="投诉")
    assert selected == presets.WINERY.select(channel=channel, kind="投诉")
    if channel is Channel.FORWARDED:  # registered within 24 hours (R-SLA-07)
        assert selected.matched_rule == "in-person or forwarded complaint"
        assert [t.name for t in selected.targets] == ["register", "resolve", "feedback"]


@pytest.mark.parametrize(
    "spelling", ["转交", "转办", "热线转办", "referred", Channel.FORWARDED, "forwarded"]
)
def test_a_plain_forwarded_channel_names_no_forwarder(spelling: Any) -> None:
    c = _complaint(spelling)
    assert c.channel is Channel.FORWARDED
    assert (c.forwarded_by, c.via_regulator) == ("", False)


def test_forwarded_by_may_be_given_and_wins_over_the_spelling() -> None:
    c = _complaint("转交", forwarded_by=" 市场监管局 ")
    assert (c.forwarded_by, c.via_regulator) == ("市场监管局", True)
    c = _complaint("12315", forwarded_by="销售部")  # another department forwarded it
    assert (c.forwarded_by, c.via_regulator) == ("销售部", False)


def test_forwarded_by_with_another_channel_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInput, match=r"^forwarded_by: names who forwarded .* phone") as e:
        _complaint("电话", forwarded_by="12315")
    assert e.value.argument == "forwarded_by"


def test_the_forwarder_survives_evolve_pickle_and_serial() -> None:
    c = _complaint("12345热线")
    assert attrs.evolve(c, content="酒有沉淀").forwarded_by == "12345热线"
    assert pickle.loads(pickle.dumps(c)) == c
    back = serial.from_json(serial.to_json(c))
    assert back == c
    assert back.via_regulator


# ------------------------------------------------------------------ R-CMP-07: the case


def test_R_CMP_07_a_case_received_via_12315_is_major_and_says_why() -> None:
    """Before: assessed GENERAL ("未触发任何重大投诉标准") although 12315 forwarded it."""
    case = _classified(_complaint("12315"))
    assert case.severity is Severity.MAJOR
    assert case.flow is Flow.MAJOR
    assert case.events[-1].severity_reason == "major: regulator (forwarded by 12315)"


def test_R_CMP_07_the_reason_reads_in_chinese_too() -> None:
    case = _classified(_complaint("消协"))
    with language("zh_CN"):
        assert case.severity_reason == "重大：向监管部门投诉（由消协转来）"
    assert case.severity_reason == 'major: regulator (forwarded by "消协")'


def test_R_CMP_07_the_regulator_is_added_to_other_criteria_once() -> None:
    case = _classified(_complaint("12345热线", "喝了酒拉肚子住院了"))
    assert (
        case.events[-1].severity_reason
        == 'major: safety ("拉肚子", "住院"); regulator (forwarded by "12345热线")'
    )
    mentioned = _classified(_complaint("12315", "我已经打了12315"))  # the text says it already
    assert mentioned.events[-1].severity_reason.count("regulator") == 1


def test_R_CMP_07_a_plain_forwarded_complaint_stays_general() -> None:
    case = _classified(_complaint("转交"))
    assert case.severity is Severity.GENERAL
    assert case.flow is Flow.GENERAL


def test_R_CMP_07_a_policy_without_the_regulator_criterion_keeps_it_general() -> None:
    policy = CasePolicy(
        sla_policy=presets.WINERY,
        severity_policy=SeverityPolicy(enabled={"loss", "safety", "media", "legal"}),
    )
    assert _classified(_complaint("12315"), policy).severity is Severity.GENERAL


def test_R_SLA_07_the_regulator_changes_no_sla_target() -> None:
    """The winery registers a forwarded complaint within 24 hours (D10 二 3, R-SLA-07):
    the same targets for 12315 as for 转交, on the major flow."""
    via_12315 = _classified(_complaint("12315")).status(at=T0 + dt.timedelta(hours=2))
    via_desk = _classified(_complaint("转交")).status(at=T0 + dt.timedelta(hours=2))
    assert {s.target_name for s in via_12315.statuses} >= {"register"}
    assert {s.target_name for s in via_12315.statuses} | set(via_12315.waiting) >= {
        s.target_name for s in via_desk.statuses
    }


def test_an_explicit_severity_is_kept() -> None:
    case = Case.open(_complaint("12315"), ADVISER, policy="winery")
    case = case.classify(
        T0 + dt.timedelta(hours=1),
        CRM,
        kind="投诉",
        category="产品质量",
        severity="一般",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert case.severity is Severity.GENERAL


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(REGULATOR_SPELLINGS),
    st.sampled_from(["酒有异味", "瓶盖漏酒", "服务态度差", "送货太慢了", "发票开错了"]),
)
def test_R_CMP_07_every_regulator_forwarded_complaint_is_major_property(
    spelling: str, content: str
) -> None:
    """Whatever the text, a complaint the regulator forwarded is a major complaint whose
    reason names the forwarder (R-CMP-07), and its channel stays forwarded (R-CMP-04)."""
    case = _classified(_complaint(spelling, content))
    assert case.severity is Severity.MAJOR
    assert case.complaint.channel is Channel.FORWARDED
    assert f"forwarded by {spelling}" in case.severity_reason.replace('"', "")


# ------------------------------------------- a refused step says the flow and why (R-CMP-07)


def _quality_case(channel: str = "12345转办", complainant: str = "客户1") -> Any:
    """A classified, established product-quality complaint received by ``channel``."""
    from custops.complaints import Case, Complaint

    received = dt.datetime(2026, 3, 2, 9, tzinfo=SH)
    complaint = Complaint(
        received_at=received, channel=channel, content="酒有沉淀", complainant=complainant
    )
    case = Case.open(complaint, "质量负责人", policy="quality")
    return received, case.classify(
        received + dt.timedelta(minutes=30),
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )


@pytest.mark.parametrize("code", ["zh_CN", "en_US"])
def test_a_step_refused_on_a_major_complaint_says_it_is_escalated_first_r_cmp_07(
    code: str,
) -> None:
    """A complaint forwarded by 12345 is major (regulator involvement, R-CMP-07): assigning
    it is refused saying the flow, why it is major and what to do (escalate)."""
    from custops.errors import IllegalTransition

    received, case = _quality_case()
    replied = case.reply(received + dt.timedelta(minutes=50), "客户关系顾问")
    for before in (case, replied):
        with language(code), pytest.raises(IllegalTransition) as info:
            before.assign(received + dt.timedelta(hours=1), "客户关系经理", "质量部")
        message = str(info.value)
        assert "allowed: escalate, reply, extend" in message
        assert "flow because of its severity" in message
        assert "(R-CMP-07), whose first step is escalate: escalate it first" in message
        assert "12345转办" in message  # the criterion that fired, with the channel given
        if code == "en_US":
            assert "major complaint (major) flow" in message
            assert "regulator" in message
        else:
            assert "重大投诉 (major) flow" in message
            assert "监管部门" in message
    escalated = case.escalate(received + dt.timedelta(hours=1), "客户关系经理")
    assert escalated.stage.value == "escalated"


def test_a_step_refused_on_a_general_complaint_says_it_is_assigned_first_r_cmp_06() -> None:
    from custops.errors import IllegalTransition

    received, case = _quality_case("电话", "客户2")
    with language("en_US"), pytest.raises(IllegalTransition) as info:
        case.propose(received + dt.timedelta(hours=1), "部门经理", solution="换货")
    assert str(info.value).endswith(
        "the case is in the general complaint (general) flow because it is established and "
        "not major (R-CMP-06), whose first step is assign: assign it first"
    )


# ---- regulators as a telecom's and a bank's customers name them (R-CMP-07, R-CMP-04) ----


def _assessed(text: str) -> Any:
    return assess_severity(_complaint("电话", text))


@pytest.mark.parametrize(
    "text",
    [
        "已经投诉到CBIRC了",
        "已经反映给NFRA",
        "我打了12363",
        "已向人行投诉",
        "已经向国家金融监督管理总局反映了",
        "已经向人民银行反映",
        "I have already complained to the PBOC",
    ],
)
def test_a_banks_regulator_named_as_customers_name_it_is_major_R_CMP_07(text: str) -> None:
    """CBIRC, NFRA, 12363 (the central bank's line), 人行, 人民银行 and 国家金融监督管理总局
    are regulators in the text, read from the one vocabulary ``forwarded_by`` reads."""
    assessed = _assessed(text)
    assert assessed.severity is Severity.MAJOR
    assert assessed.criteria == (Signal.REGULATOR,)


@pytest.mark.parametrize("text", ["走到人行道上摔了一跤", "占用人行横道", "个人行为，与公司无关"])
def test_a_pavement_is_no_central_bank_R_CMP_07(text: str) -> None:
    """人行 is the central bank only as a body turned to: 人行道, 人行横道 are pavements."""
    assert Signal.REGULATOR not in _assessed(text).criteria


def test_the_one_vocabulary_holds_the_banks_regulators_R_CMP_07() -> None:
    """The names a forwarder, a channel and the text are read by are one list."""
    assert {"12363", "cbirc", "nfra", "人行", "人民银行", "pboc"} <= set(REGULATOR_WORDS)
    assert "12363" in SECTOR_HOTLINES
    for forwarder in ("CBIRC", "NFRA 北京监管局", "人行杭州中心支行", "12363"):
        complaint = _complaint("转交", forwarded_by=forwarder)
        assert complaint.via_regulator
        assert assess_severity(complaint).criteria == (Signal.REGULATOR,)


@pytest.mark.parametrize(
    ("spelling", "channel", "forwarder"),
    [
        ("12300转办", Channel.FORWARDED, "12300转办"),
        ("12378转办", Channel.FORWARDED, "12378转办"),
        ("12363转办", Channel.FORWARDED, "12363转办"),
        ("12300热线", Channel.FORWARDED, "12300热线"),
        ("工信部申诉", Channel.FORWARDED, "工信部申诉"),
        ("CBIRC转办", Channel.FORWARDED, "CBIRC转办"),
        ("浙江省通信管理局转来", Channel.FORWARDED, "浙江省通信管理局转来"),
        ("10086热线", Channel.PHONE, ""),
        ("95555客服电话", Channel.PHONE, ""),
        ("APP在线客服", Channel.ONLINE, ""),
        ("app留言", Channel.ONLINE, ""),
    ],
)
def test_channel_spellings_of_a_regulator_and_of_the_companys_own_hotline_R_CMP_04(
    spelling: str, channel: Channel, forwarder: str
) -> None:
    """A spelling naming a regulator by a word of REGULATOR_WORDS is forwarded and keeps it
    as ``forwarded_by`` (R-CMP-07); a company's own hotline number before a phone spelling is
    the phone; APP before an online spelling is online (R-CMP-04)."""
    complaint = _complaint(spelling)
    assert complaint.channel is channel
    assert complaint.forwarded_by == forwarder
    assert complaint.via_regulator is bool(forwarder)
    assert Channel.parse(spelling) is channel


@pytest.mark.parametrize("spelling", ["10086", "12399转办", "微信12315", "400工信部"])
def test_a_number_or_channel_word_before_a_regulator_is_still_refused_R_CMP_04(
    spelling: str,
) -> None:
    """A bare hotline number of no regulator, a number that is no regulator's before 转办,
    or a channel's own word before a regulator's name names no channel: refused clearly."""
    with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel.*map a company"):
        _complaint(spelling)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("我已经在工信部网站申诉了", Signal.REGULATOR),
        ("已在工信部网站投诉", Signal.REGULATOR),
        ("在12300平台投诉过了", Signal.REGULATOR),
        ("已经上了微博热搜", Signal.MEDIA),
    ],
)
def test_involvement_told_plainly_is_major_and_told_as_done_R_CMP_07(
    text: str, criterion: Signal
) -> None:
    """A complaint that has reached a regulator's site or a trending list is major (D1 第四条
    重大投诉: 迅速传递), and the grounds say it was done."""
    assessed = _assessed(text)
    assert assessed.criteria == (criterion,)
    ((name, (_words, figures)),) = assessed.severity_grounds
    assert (name, figures) == (criterion, (REPORTED,))
    with language("en_US"):
        said = "complained to a regulator" if criterion is Signal.REGULATOR else "went to the media"
        assert _assessed(text).reason.startswith(f"major: {said} (")
    with language("zh_CN"):
        said = "已向监管部门投诉" if criterion is Signal.REGULATOR else "已向媒体曝光"
        assert _assessed(text).reason.startswith(f"重大：{said}（")


@pytest.mark.parametrize(
    "text",
    [
        "我不会去工信部投诉的，只想快点解决",
        "我不会向银保监会投诉",
        "没有去找媒体，也没有去工信部",
        "我不打算再去找12315",
        "我没有找记者",
        "我不会去12300申诉",
    ],
)
def test_a_denied_mention_is_no_criterion_R_CMP_07(text: str) -> None:
    """A regulator or the press denied earlier in the clause (the cues the loss words
    honour) makes nothing major."""
    assessed = _assessed(text)
    assert assessed.severity is Severity.GENERAL
    assert not {Signal.MEDIA, Signal.REGULATOR} & set(classify(text).signals)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("再不给办我就去工信部投诉", Signal.REGULATOR),
        ("再乱扣我就打12300了", Signal.REGULATOR),
        ("三天了没人管，我就去工信部", Signal.REGULATOR),
        ("没解决我就去找记者曝光", Signal.MEDIA),
        ("我要投诉到CBIRC", Signal.REGULATOR),
        ("If you don't fix it I will report you to NFRA", Signal.REGULATOR),
    ],
)
def test_a_threat_stays_major_and_is_said_to_be_one_R_CMP_07(text: str, criterion: Signal) -> None:
    """A threat is major (the safe side: 立即上报 costs less than a missed regulator
    complaint), but the grounds say "threatened", not "complained to" (both languages); a
    grievance before it (没人管, 没解决) denies nothing."""
    assessed = _assessed(text)
    assert assessed.severity is Severity.MAJOR
    assert dict(assessed.severity_grounds)[criterion][1] == (THREATENED,)
    with language("en_US"):
        assert "threatened to" in _assessed(text).reason
    with language("zh_CN"):
        assert "威胁向" in _assessed(text).reason


def test_a_regulator_and_the_media_in_one_phrase_record_both_criteria_R_CMP_07() -> None:
    """「…向国家金融监督管理总局和媒体同时反映了」 names both: both criteria are recorded."""
    assessed = _assessed("已经向国家金融监督管理总局和媒体同时反映了")
    assert assessed.criteria == (Signal.MEDIA, Signal.REGULATOR)
    assert all(figures == (REPORTED,) for _name, (_w, figures) in assessed.severity_grounds)


def test_a_stance_is_grounds_data_and_a_wrong_one_is_refused_R_CMP_07() -> None:
    """The stance travels with the grounds (a case keeps them, serial stores them); one that
    is no stance, or a stance without the words that told it, is refused naming the pair."""
    grounds = ((Signal.REGULATOR, (("去工信部",), (THREATENED,))),)
    assert read_grounds("severity_grounds", grounds) == grounds
    assert read_grounds("g", ((Signal.MEDIA, (("曝光",), (REPORTED,))),))[0][1][1] == (REPORTED,)
    with pytest.raises(InvalidInput, match=r"^g\[0\]: is not a stance"):
        read_grounds("g", ((Signal.MEDIA, (("曝光",), ("maybe",))),))
    with pytest.raises(InvalidInput, match=r"^g\[0\]: tells a stance but names no word"):
        read_grounds("g", ((Signal.REGULATOR, ((), (THREATENED,))),))


_GENERAL = st.sampled_from(["宽带又断了，三天没人来修", "月租多扣了三十元", "APP登录不上", ""])
_BODY = st.sampled_from(
    ["工信部", "12300", "12315", "银保监会", "人民银行", "消协", "通信管理局", "媒体", "记者"]
)
_DENIAL = st.sampled_from(["我不会去找", "我没有去找", "我不打算去找", "我从没去找", "我不想去找"])


@settings(max_examples=60, deadline=None)
@given(base=_GENERAL, body=_BODY, denial=_DENIAL)
def test_property_a_denied_mention_never_raises_the_severity_R_CMP_07(
    base: str, body: str, denial: str
) -> None:
    """Adding a clause that denies going to a regulator or the press never makes a general
    complaint major, nor adds the criterion."""
    before = _assessed(base or "宽带又断了")
    after = _assessed(f"{base or '宽带又断了'}。{denial}{body}投诉")
    assert after.severity <= before.severity
    assert set(after.criteria) <= set(before.criteria)


# ---- a complaint the regulator forwarded: major at receipt (R-CMP-07, R-CMP-15) ----------


def _desk(**kw: Any) -> CasePolicy:
    return CasePolicy(sla_policy="winery", escalation_period="2小时", **kw)


def test_a_regulator_forwarded_complaints_escalation_is_due_from_its_receipt_R_CMP_07() -> None:
    """D1 第四条 重大投诉: record (1), then pass on at once (2) — no judging step between, as
    the general flow has (2 判定投诉性质): a complaint the channel already says a regulator
    forwarded is major at receipt, so "at once" counts from ``received_at`` (16:00), not
    from the classification an hour later."""
    case = _classified(_complaint("通信管理局转办"), _desk())
    assert case.severity is Severity.MAJOR
    timed = case.clocks()["escalation"]
    status = timed.status(at=T0 + dt.timedelta(hours=1))
    assert status.due_at == T0 + dt.timedelta(hours=2)
    with language("en_US"):
        notes = [e.note for e in case.clocks()["escalation"].events]
    assert notes[0] == "major at receipt: forwarded by a regulator"
    late = case.escalate(T0 + dt.timedelta(hours=2, minutes=30), CRM)  # 18:30, due 18:00
    with language("en_US"):
        clear = late.six_clears()["report"]
    assert clear.outcome.value == "not_met"
    assert "after its receipt, a regulator having forwarded it (due 2025-09-30 18:00" in (
        clear.reason
    )
    on_time = case.escalate(T0 + dt.timedelta(hours=1, minutes=50), CRM)
    assert on_time.six_clears()["report"].outcome.value == "met"


def test_a_complaint_made_major_by_its_words_is_timed_from_its_classification_R_CMP_07() -> None:
    """Major only once read (a threat in the text, not the channel), or with the regulator
    criterion not in force: the clock starts at the classification, as before."""
    read = _classified(_complaint("电话", "再不退货我就去12315投诉"), _desk())
    assert read.severity is Severity.MAJOR
    due = read.clocks()["escalation"].status(at=T0 + dt.timedelta(hours=1)).due_at
    assert due == T0 + dt.timedelta(hours=3)
    off = _desk(severity_policy=SeverityPolicy(enabled={"safety", "loss", "media"}))
    forwarded = Case.open(_complaint("12315"), ADVISER, policy=off).classify(
        T0 + dt.timedelta(hours=1), CRM, kind="投诉", category="产品质量", severity="重大"
    )
    due = forwarded.clocks()["escalation"].status(at=T0 + dt.timedelta(hours=1)).due_at
    assert due == T0 + dt.timedelta(hours=3)


@settings(max_examples=25, deadline=None)
@given(minutes=st.integers(min_value=0, max_value=600))
def test_property_a_forwarded_complaint_is_due_the_same_whenever_classified_R_CMP_07(
    minutes: int,
) -> None:
    """R-CMP-07, R-CMP-15: the escalation of a complaint a regulator forwarded is due the
    same moment however long its classification took."""
    case = Case.open(_complaint("12378转办"), ADVISER, policy=_desk()).classify(
        T0 + dt.timedelta(minutes=minutes), CRM, kind="投诉", category="产品质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    assert case.severity is Severity.MAJOR
    status = case.clocks()["escalation"].status(at=T0 + dt.timedelta(minutes=minutes))
    assert status.due_at == T0 + dt.timedelta(hours=2)
