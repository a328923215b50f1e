"""The regulators of every trade, a forwarded case's clock from its opening, and the
signals of appeals made again, customers going together and posts to two platforms.

An online game's or an app's customers go to the internet's and publishing's regulators
(网信办 and its 12377 reporting centre, 国家新闻出版署, the culture market's 文化执法 and
12318), a traveller to 12328 (R-CMP-07); a regulator's forwarding is major at receipt, so
its escalation is due from the moment it was received, shown from the case's opening on
(R-CMP-07, R-CMP-15; D1 第四条 重大投诉 1–2, D13 第十四章 六 马上报告).  An app store's or a
review platform's handover is the customer's own writing: online (R-CMP-04, R-SLA-06).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    REGULATOR_WORDS,
    SECTOR_HOTLINES,
    SECTOR_REGULATORS,
    Case,
    CasePolicy,
    Channel,
    ClearKind,
    ClearOutcome,
    Complaint,
    Kind,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
    classify,
)
from custops.errors import InvalidInput
from custops.i18n import language
from custops.sla import State

SH = ZoneInfo("Asia/Shanghai")
ADVISER, CRM = "客户关系顾问", "客户关系经理"
QUICK = CasePolicy(sla_policy="winery", escalation_period="2小时")


def S(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=SH)


def received(
    channel: str, content: str = "充值648没到账", at: dt.datetime | None = None
) -> Complaint:
    return Complaint(
        received_at=S(8, 10) if at is None else at, channel=channel, content=content,
        complainant="玩家",
    )  # fmt: skip


# --- the regulators of an online or a travel desk's trade ------------------------------


@pytest.mark.parametrize(
    "channel",
    [
        "网信办转办",
        "中央网信办转办",
        "省委网信办转来",
        "国家新闻出版署转办",
        "省新闻出版局转办",
        "文化执法转办",
        "文化市场综合执法大队转办",
        "12377转办",
        "12377举报中心",
        "12318转办",
        "12328转办",
        "交通运输局转办",
        "12331转办",
        "12386转办",
    ],
)
def test_the_internet_publishing_culture_and_transport_regulators_forward_R_CMP_07(
    channel: str,
) -> None:
    """R-CMP-04, R-CMP-07: each is a regulator's forwarding, kept as ``forwarded_by``,
    major at receipt."""
    complaint = received(channel)
    assert complaint.channel is Channel.FORWARDED
    assert (complaint.forwarded_by, complaint.via_regulator) == (channel, True)
    assessed = assess_severity(complaint)
    assert assessed.severity is Severity.MAJOR
    assert channel in assessed.reason


@pytest.mark.parametrize(
    "text",
    [
        "已经向网信办举报你们诱导未成年人充值，等着吧",
        "已经向新闻出版署举报你们",
        "再不退款我就向中央网信办举报",
        "我要打12377举报你们",
        "已经打了12318举报",
        "找文化执法来查你们",
        "不给开发票我就打12366举报你们",
    ],
)
def test_a_text_naming_those_regulators_is_major_R_CMP_07(text: str) -> None:
    """R-CMP-07: gone or threatened to go to the internet's or publishing's regulator, as
    to 文旅局 or 市场监管局."""
    assessed = assess_severity(received("online", text))
    assert assessed.severity is Severity.MAJOR
    assert assessed.criteria == (Signal.REGULATOR,)


@pytest.mark.parametrize(
    "text",
    ["看到网信办发布的通知，想问问活动规则", "打12333咨询社保卡的事"],
)
def test_a_regulator_named_in_passing_or_a_service_line_is_none_R_CMP_07(text: str) -> None:
    """R-CMP-07: a regulator only named (its notice read) is no complaint to it, and a
    labour service line that answers questions (12333) is no regulator's."""
    assert Signal.REGULATOR not in classify(text).signals
    assert assess_severity(received("online", text)).severity is Severity.GENERAL


def test_the_new_regulators_are_in_the_one_list_R_CMP_07() -> None:
    """R-CMP-07: the hotlines and bodies are words of ``REGULATOR_WORDS`` (the default of
    ``SeverityPolicy.regulators``), which the text rules read too."""
    assert {"12377", "12318", "12328", "12331", "12366", "12386"} <= set(SECTOR_HOTLINES)
    assert "12333" not in SECTOR_HOTLINES
    assert "12366" in SECTOR_HOTLINES
    assert {"网信办", "新闻出版署", "出版局", "文化执法", "文化市场综合执法", "交通运输局"} <= set(
        SECTOR_REGULATORS
    )
    assert set(SECTOR_HOTLINES) | set(SECTOR_REGULATORS) <= set(REGULATOR_WORDS)


# --- a desk's own regulators: one list for the forwarder and the text -----------------------


def test_a_regulator_the_desk_adds_is_read_in_the_text_too_R_CMP_07() -> None:
    """R-CMP-07: a body added to ``SeverityPolicy.regulators`` makes its forwarding and a
    text that turns to it major under that policy; by default neither; asked about or
    denied, the text is none.  ``Complaint.via_regulator`` reads the built-in list (a
    complaint has no desk), the case reads the desk's."""
    desk = SeverityPolicy(regulators=(*REGULATOR_WORDS, "国资委", "12399"))
    for text in ("再不处理我就去国资委投诉", "已经向国资委反映了", "已经打了12399"):
        assessed = assess_severity(received("online", text), policy=desk)
        assert (assessed.severity, assessed.criteria) == (Severity.MAJOR, (Signal.REGULATOR,))
        assert assess_severity(received("online", text)).severity is Severity.GENERAL
    for text in ("国资委的电话是多少？", "我不会去国资委投诉的", "国资委发布的通知", "打了123990"):
        assert assess_severity(received("online", text), policy=desk).severity is Severity.GENERAL
    forwarded = received("国资委转办")
    assert forwarded.via_regulator is False  # the built-in list
    assert assess_severity(forwarded, policy=desk).severity is Severity.MAJOR
    case = Case.open(
        forwarded, ADVISER, policy=CasePolicy(sla_policy="winery", severity_policy=desk)
    )
    assert "escalation" in case.clocks()


def test_a_regulator_the_desk_leaves_out_is_left_out_of_the_text_too_R_CMP_07() -> None:
    """R-CMP-07: a desk that does not count the citizen hotline 12345 counts neither its
    forwarding nor a text that names it; 12315 stays a regulator in both."""
    hotline = {"12345", "政务热线", "市长热线", "市民热线", "政府热线", "governmenthotline"}
    desk = SeverityPolicy(regulators=tuple(w for w in REGULATOR_WORDS if w not in hotline))
    for text in ("我已经打了12345投诉", "再不处理我就打市长热线"):
        assert assess_severity(received("online", text), policy=desk).severity is Severity.GENERAL
        assert assess_severity(received("online", text)).severity is Severity.MAJOR
    text = "我已经打了12345和12315投诉"
    assessed = assess_severity(received("online", text), policy=desk)
    assert assessed.severity is Severity.MAJOR


# --- a forwarded case's escalation clock, from its opening ---------------------------------


def test_a_forwarded_case_shows_its_escalation_due_before_it_is_classified_R_CMP_07() -> None:
    """R-CMP-07, R-CMP-15: received 10:00 by 12315, not classified by 13:00: the status
    shows the escalation breached (due 12:00), the 报告 clear not met with its due time;
    classified major at 13:00, the clock is the same one, from 10:00."""
    case = Case.open(received("12315转办"), ADVISER, policy=QUICK)
    assert case.severity is None
    assert case.flow is None
    status = case.status(at=S(8, 11))
    assert status["escalation"].state is State.RUNNING
    assert status["escalation"].due_at == S(8, 12)
    late = case.status(at=S(8, 13))
    assert late.breaches == ("escalation",)
    assert "R-CMP-15" in late.rule_ids
    report = case.six_clears()[ClearKind.REPORT]
    assert report.outcome is ClearOutcome.NOT_MET
    assert "2026-12-08 12:00" in report.reason
    major = case.classify(S(8, 13), CRM, kind="投诉", category="销售合同")
    assert major.severity is Severity.MAJOR
    assert major.clocks()["escalation"].events[0].at == S(8, 10)
    assert major.status(at=S(8, 13))["escalation"].due_at == S(8, 12)
    done = major.escalate(S(8, 13, 30), CRM)
    assert done.status(at=S(8, 14))["escalation"].state is State.BREACHED


def test_a_forwarded_case_classified_as_another_kind_loses_the_clock_R_CMP_07() -> None:
    """R-CMP-07: the desk reads a regulator's forwarding as a consultation, or judges it a
    general complaint by hand: no escalation is due any more."""
    case = Case.open(received("12345转办", "请问活动什么时候结束"), ADVISER, policy=QUICK)
    assert "escalation" in case.clocks()
    asked = case.classify(S(8, 11), CRM, kind="咨询", category="其他")
    assert "escalation" not in asked.clocks()
    general = case.classify(
        S(8, 11), CRM, kind="投诉", category="销售合同", severity="一般",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    assert "escalation" not in general.clocks()


@pytest.mark.parametrize("channel", ["转交", "质量部转交", "苹果转办", "电话"])
def test_no_escalation_clock_at_opening_without_a_regulator_R_CMP_07(channel: str) -> None:
    """R-CMP-07: a department's, an app store's or a phone complaint is assessed when it
    is classified, not timed as major at its opening."""
    case = Case.open(received(channel), ADVISER, policy=QUICK)
    assert "escalation" not in case.clocks()
    assert case.six_clears()[ClearKind.REPORT].outcome is ClearOutcome.NOT_APPLICABLE


def test_a_desk_without_the_regulator_criterion_times_no_escalation_at_opening_R_CMP_07() -> None:
    """R-CMP-07: the criterion out of ``SeverityPolicy.enabled``, or no escalation period:
    no clock at opening."""
    criteria = SeverityPolicy(enabled={"loss", "safety"})
    desk = CasePolicy(sla_policy="winery", severity_policy=criteria)
    assert "escalation" not in Case.open(received("12315转办"), ADVISER, policy=desk).clocks()
    untimed = CasePolicy(sla_policy="winery", escalation_period=None)
    assert "escalation" not in Case.open(received("12315转办"), ADVISER, policy=untimed).clocks()


_FORWARDERS = sorted(
    w
    for w in (*SECTOR_HOTLINES, *SECTOR_REGULATORS, "12315", "12345", "消协", "市场监督管理局")
    if not w.isascii() or w.isdigit()
)


@settings(max_examples=40, deadline=None)
@given(
    body=st.sampled_from(_FORWARDERS),
    how=st.sampled_from(["转办", "转来", "交办"]),
    hour=st.integers(min_value=0, max_value=23),
    waited=st.integers(min_value=0, max_value=600),
)
def test_property_a_regulator_forwarding_has_an_escalation_target_from_opening_R_CMP_07(
    body: str, how: str, hour: int, waited: int
) -> None:
    """R-CMP-07, R-CMP-15: whatever regulator forwarded it and whenever it came, the case
    has its escalation clock from its opening, started at ``received_at`` and due two hours
    later by the clock, running or breached at any moment before anyone classified it."""
    at = S(8, hour)
    case = Case.open(received(f"{body}{how}", at=at), ADVISER, policy=QUICK)
    timed = case.clocks()["escalation"]
    assert timed.events[0].at == at
    moment = at + dt.timedelta(minutes=waited)
    status = case.status(at=moment)["escalation"]
    assert status.due_at == at + dt.timedelta(hours=2)
    expected = State.BREACHED if moment > status.due_at else State.RUNNING
    assert status.state is expected


# --- a triage of a forwarded text not read --------------------------------------------------


def test_an_unread_forwarded_text_is_classified_a_complaint_saying_why_R_CMP_07() -> None:
    """R-CMP-07, R-CMP-01: 消协 forwarded a text the classifier cannot read (game slang):
    the triage files it as a major complaint, the note saying the text was not read and
    who forwarded it, after the caller's own note; its status quotes it."""
    case = Case.open(received("消协转办", "寄了，退游"), ADVISER, policy=QUICK)
    assert classify("寄了，退游").quiet
    with language("zh_CN"):
        done = case.classify(S(8, 11), CRM)
        reason = done.status(at=S(8, 11)).reason
    event = done.events[-1]
    assert (event.get("kind"), done.severity) == (Kind.COMPLAINT, Severity.MAJOR)
    assert "消协转办" in event.note
    assert "按投诉定性" in event.note
    assert event.note in reason
    noted = case.classify(S(8, 11), CRM, note="玩家来电补充")
    assert noted.events[-1].note.startswith("玩家来电补充")
    with language("en_US"):
        english = case.classify(S(8, 11), CRM).events[-1].note
    assert english.startswith("the text was not read")
    assert english.endswith('forwarded by a regulator ("消协转办"), so classified as a complaint')


def test_an_unread_text_not_forwarded_by_a_regulator_is_still_refused_R_CMP_01() -> None:
    """R-CMP-01: an unread text from another channel waits for a person to give its kind."""
    case = Case.open(received("电话", "寄了，退游"), ADVISER, policy=QUICK)
    with pytest.raises(InvalidInput) as refused:
        case.classify(S(8, 11), CRM)
    assert refused.value.argument == "kind"


# --- appeals made again, customers together, posts to two platforms ------------------------


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("我没开挂凭什么封我号？？申诉三次都是机器人回复", Signal.REPEAT),
        ("第三次申诉了还是没人管", Signal.REPEAT),
        ("申诉了好几次都没通过", Signal.REPEAT),
        ("多次申诉无果", Signal.REPEAT),
        ("骗氪游戏，大家一起去消协投诉", Signal.COLLECTIVE),
        ("玩家们一起维权", Signal.COLLECTIVE),
        ("我们准备组团投诉", Signal.COLLECTIVE),
        ("再不解决，我就把聊天记录发到黑猫投诉和微博上", Signal.MEDIA),
        ("已经挂到贴吧和抖音了", Signal.MEDIA),
    ],
)
def test_appeals_groups_and_posts_are_signals_R_CMP_07(text: str, signal: Signal) -> None:
    """R-CMP-07: an appeal made again is a repeat complaint, customers going together a
    collective one, a post to a complaint site and a platform media exposure: major."""
    assert signal in classify(text).signals
    assessed = assess_severity(received("online", text))
    assert assessed.severity is Severity.MAJOR
    assert signal in assessed.criteria


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("第三次来店里了，还是这么好吃", Signal.REPEAT),
        ("请问申诉要几次？", Signal.REPEAT),
        ("我从没申诉过三次", Signal.REPEAT),
        ("大家一起来玩吧", Signal.COLLECTIVE),
        ("大家一起去消协投诉吗？", Signal.COLLECTIVE),
        ("看到微博上说你们有活动", Signal.MEDIA),
        ("我在微博和抖音上看到你们的广告", Signal.MEDIA),
    ],
)
def test_near_misses_are_no_signal_R_CMP_07(text: str, signal: Signal) -> None:
    """R-CMP-07: a visit counted, a count asked about, a denial, play together, a question
    and a platform only seen fire nothing."""
    assert signal not in classify(text).signals


# --- app stores and review platforms --------------------------------------------------------


@pytest.mark.parametrize(
    "channel",
    [
        "苹果转办",
        "华为应用市场转办",
        "应用商店转办",
        "App Store评论",
        "TapTap评论",
        "B站评论",
        "taptap",
        "应用宝",
        "黑猫投诉转办",
        "微博评论",
    ],
)
def test_an_app_store_or_review_platform_handover_is_online_R_CMP_04(channel: str) -> None:
    """R-CMP-04, R-SLA-06: the customer wrote it on the platform: online, no forwarder,
    no regulator."""
    assert Channel.parse(channel) is Channel.ONLINE
    complaint = received(channel)
    assert (complaint.channel, complaint.forwarded_by, complaint.via_regulator) == (
        Channel.ONLINE,
        "",
        False,
    )


@pytest.mark.parametrize("channel", ["XYZ评论", "游戏内客服", "12345评论"])
def test_an_unknown_platform_stays_refused_R_CMP_04(channel: str) -> None:
    """R-CMP-04: a word the library does not know is refused, naming the value: the desk
    maps its own channel names."""
    with pytest.raises(InvalidInput) as refused:
        Channel.parse(channel, argument="channel")
    assert channel in str(refused.value)
