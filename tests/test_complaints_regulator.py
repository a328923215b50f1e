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
)
from custops.complaints.model import CHANNEL_SPELLINGS
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
