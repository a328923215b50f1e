"""A desk's own labels read by the complaint desk: channels by family (a platform's handover,
线下 before a walk-in's place, a report by the company's own unit; R-CMP-04), ``forwarded_by``
given as ``None`` (not forwarded), an old system's case statuses (``Stage.parse``; R-CMP-06),
a desk's own severity names (``CasePolicy.severity_names``; R-CMP-07) and a partial
department table merged onto the defaults (R-CMP-03).  What may mean two things is refused,
naming the argument and the value and saying how to give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import _enums
from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Case,
    CaseAction,
    CasePolicy,
    Category,
    Channel,
    Complaint,
    Department,
    Flow,
    Severity,
    Stage,
    classify,
    model,
)
from custops.errors import InvalidInput, PolicyError
from custops.i18n import stray_words

SH = ZoneInfo("Asia/Shanghai")
T = dt.datetime(2026, 9, 7, 10, tzinfo=SH)


def complaint(channel: str, **options: Any) -> Complaint:
    return Complaint(
        received_at=T, channel=channel, content="酒有怪味", complainant="王先生", **options
    )


# -- channels (R-CMP-04) ---------------------------------------------------------------------

PLATFORMS = ("京东", "天猫", "淘宝", "拼多多", "苏宁", "抖音", "美团", "唯品会", "饿了么", "闲鱼")


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("between", ["", "客服", "官方客服", "平台客服", "平台"])
def test_every_platform_hands_over_online_with_or_without_its_customer_service_R_CMP_04(
    platform: str, between: str
) -> None:
    """R-CMP-04: a platform's handover (京东转单, 苏宁转单, 京东客服转单) is the customer's
    written complaint online, whichever platform of the family and whether its customer
    service passed it on."""
    for verb in ("转单", "转办", "转来", "工单"):
        assert Channel.parse(f"{platform}{between}{verb}") is Channel.ONLINE
    found = complaint(f"{platform}{between}转单")
    assert (found.channel, found.forwarded_by) == (Channel.ONLINE, "")


PLATFORM_SPELLINGS = tuple(name for names in model._PLATFORMS for name in names)


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(PLATFORM_SPELLINGS),
    place=st.sampled_from(["", "平台", "APP", "店铺", "旗舰店"]),
    verb=st.sampled_from(["转单", "转办", "客服转单", "官方客服转来", "工单", "轉單"]),
    complained=st.sampled_from(["", "投诉"]),
)
def test_property_every_platform_spelling_reads_by_one_rule_R_CMP_04(
    name: str, place: str, verb: str, complained: str
) -> None:
    """R-CMP-04 (R-SLA-06): every spelling of every platform of the one table, long forms
    included (苏宁易购, 美团外卖, 京东自营), reads alike: named alone (with 平台, APP or its
    shop at will) it is the customer's message on that platform, online; so are its handover
    and a message there; its customer service alone is refused with the platform's hint."""
    assert Channel.parse(f"{name}{place}{complained}") is Channel.ONLINE
    assert Channel.parse(f"{name}{place}{verb}{complained}") is Channel.ONLINE
    assert Channel.parse(f"{name}私信") is Channel.ONLINE
    with pytest.raises(InvalidInput, match="a platform's customer service says where") as got:
        Channel.parse(f"{name}{place}客服")
    assert got.value.value == f"{name}{place}客服"


@pytest.mark.parametrize(
    "label", ["苏宁易购转单", "美团外卖转单", "京东自营转单", "淘宝店铺转单", "天猫旗舰店转单"]
)
def test_a_platforms_long_form_hands_over_online_R_CMP_04(label: str) -> None:
    """R-CMP-04: a platform's long form or its shop (苏宁易购, 美团外卖, 天猫旗舰店) before
    the handover is the platform's handover, online, as the short name is."""
    found = complaint(label)
    assert (found.channel, found.forwarded_by) == (Channel.ONLINE, "")


@pytest.mark.parametrize("place", ["门店", "营业厅", "柜台", "前台", "服务台"])
def test_offline_before_a_walk_ins_place_is_in_person_R_CMP_04(place: str) -> None:
    """R-CMP-04: 线下门店 is 门店, in person, as the place alone is."""
    assert Channel.parse(place) is Channel.IN_PERSON
    assert Channel.parse(f"线下{place}") is Channel.IN_PERSON
    assert Channel.parse(f"线下{place}投诉") is Channel.IN_PERSON


@pytest.mark.parametrize("unit", ["网点", "分公司", "快递员", "其他部门", "办事处"])
@pytest.mark.parametrize("verb", ["上报", "反馈"])
def test_a_report_by_the_companys_own_unit_is_forwarded_by_no_regulator_R_CMP_04(
    unit: str, verb: str
) -> None:
    """R-CMP-04 (D14 三(二) 2–3 其它部门转来的, 由其它部门反馈的): the company's own outlet,
    branch, courier or department passing a complaint on is forwarded, its spelling kept as
    ``forwarded_by``; it is no regulator, so no major-complaint signal (R-CMP-07)."""
    found = complaint(f"{unit}{verb}")
    assert (found.channel, found.forwarded_by, found.via_regulator) == (
        Channel.FORWARDED,
        f"{unit}{verb}",
        False,
    )


@pytest.mark.parametrize(
    ("label", "says"),
    [
        ("天猫客服", "a platform's customer service says where"),
        ("京东客服电话", "a platform's customer service says where"),
        ("线下", '"线下" \\(offline\\) names no channel alone'),
        ("线下投诉", '"线下" \\(offline\\) names no channel alone'),
        ("门店上报", "门店上报\\) may be the customer's walk-in"),
        ("上报", "is forwarded"),
    ],
)
def test_an_ambiguous_label_is_refused_saying_how_to_give_it_R_CMP_04(
    label: str, says: str
) -> None:
    """R-CMP-04: a label that may mean two channels is refused, never guessed: the refusal
    names the argument and the value and says what the desk gives instead."""
    with pytest.raises(InvalidInput, match=f"^channel: .*{says}.*give the channel meant") as got:
        complaint(label)
    assert (got.value.argument, got.value.value) == ("channel", label)
    assert stray_words(got.value.problem, code="en_US") == ()  # Chinese only as examples
    with pytest.raises(InvalidInput, match=f"^source: .*{says}"):
        Channel.parse(label, argument="source")


def test_an_unknown_label_keeps_the_plain_refusal_R_CMP_04() -> None:
    """R-CMP-04: a word read by no family is refused as before, with no hint of another."""
    with pytest.raises(InvalidInput) as got:
        Channel.parse("飞鸽")
    assert got.value.problem.endswith("forwarded, online")  # (in en_US, as tests run)


def test_traditional_forms_fold_R_CMP_04() -> None:
    """R-CMP-04: the Traditional forms read as the simplified ones."""
    assert Channel.parse("蘇寧轉單") is Channel.ONLINE
    assert Channel.parse("京東客服轉單") is Channel.ONLINE
    assert Channel.parse("線下門店") is Channel.IN_PERSON
    assert Channel.parse("網點上報") is Channel.FORWARDED
    assert Channel.parse("分公司反饋") is Channel.FORWARDED


# Building blocks of the labels desks write (simplified): a platform's, a walk-in's, a report's.
_PLATFORM_LABELS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(PLATFORMS),
        st.sampled_from(["", "平台", "客服", "官方客服", "平台客服"]),
        st.sampled_from(["", "转单", "转办", "转来", "转交", "工单", "评论", "差评"]),
        st.sampled_from(["", "投诉"]),
    ),
)
_PLACE_LABELS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "线下"]),
        st.sampled_from(["", "门店", "营业厅", "柜台", "网点", "电话", "网络"]),
        st.sampled_from(["", "投诉"]),
    ),
)
_REPORT_LABELS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "网点", "分公司", "门店", "客户", "快递员", "其他部门", "街道办"]),
        st.sampled_from(["上报", "反馈", "转来", "转交"]),
        st.sampled_from(["", "投诉"]),
    ),
)
_TRADITIONAL_OF: dict[str, str] = {}
for _t, _s in zip(_enums._TRADITIONAL, _enums._SIMPLIFIED, strict=True):
    _TRADITIONAL_OF.setdefault(_s, _t)


def _read(label: str) -> Channel | str:
    try:
        return Channel.parse(label)
    except InvalidInput:
        return "refused"


@settings(max_examples=150, deadline=None)
@given(
    label=st.one_of(_PLATFORM_LABELS, _PLACE_LABELS, _REPORT_LABELS),
    which=st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_property_a_label_and_its_traditional_form_read_alike_R_CMP_04(
    label: str, which: list[bool]
) -> None:
    """R-CMP-04: whatever a desk's label is read as — a channel or a refusal — its
    Traditional form (any of its characters written so) is read as too; and a complaint
    built on an accepted label has that channel."""
    traditional = "".join(
        _TRADITIONAL_OF.get(ch, ch) if which[i % len(which)] else ch for i, ch in enumerate(label)
    )
    read = _read(label)
    assert _read(traditional) == read
    if isinstance(read, Channel):
        assert complaint(label).channel is read


# -- forwarded_by=None (R-CMP-04, R-CMP-07) ----------------------------------------------------


def test_forwarded_by_none_is_not_forwarded_R_CMP_04() -> None:
    """R-CMP-04: ``None`` is "not forwarded", as ``""`` is (the house convention for an
    optional text); a channel that names a regulator still fills it (R-CMP-07)."""
    assert complaint("电话", forwarded_by=None) == complaint("电话")
    assert complaint("电话", forwarded_by=None).forwarded_by == ""
    regulator = complaint("12315", forwarded_by=None)
    assert (regulator.forwarded_by, regulator.via_regulator) == ("12315", True)
    assert complaint("转办", forwarded_by="住建局").via_regulator


# -- an old system's case statuses (R-CMP-06) --------------------------------------------------


@pytest.mark.parametrize(
    ("status", "stage"),
    [
        ("已关闭", Stage.CLOSED),
        ("已办结", Stage.CLOSED),
        ("已完结", Stage.CLOSED),
        ("已結案", Stage.CLOSED),
        ("新建", Stage.RECORDED),
        ("已派单", Stage.ASSIGNED),
        ("已分配", Stage.ASSIGNED),
        ("closed", Stage.CLOSED),
    ],
)
def test_an_old_systems_status_naming_one_stage_is_that_stage_R_CMP_06(
    status: str, stage: Stage
) -> None:
    """R-CMP-06: a case status of another system that names one stage is read as it."""
    assert Stage.parse(status) is stage


@pytest.mark.parametrize(
    ("status", "stages"),
    [
        ("待处理", "recorded.* or classified"),
        ("处理中", "assigned.* or proposed.* or escalated.* or negotiated"),
        ("處理中", "assigned"),
        ("已处理", "notified.* or answered.* or closed"),
        ("已受理", "recorded.* or assigned"),
        ("in progress", "assigned"),
    ],
)
def test_an_old_systems_status_naming_several_stages_is_refused_naming_them_R_CMP_06(
    status: str, stages: str
) -> None:
    """R-CMP-06: a status that may name several stages is refused naming each, never
    guessed, naming the argument and showing the value."""
    with pytest.raises(InvalidInput, match=f"^status: may name {stages}.*give the Stage meant"):
        Stage.parse(status, argument="status")


@pytest.mark.parametrize("enum", [Channel, Stage, Flow, Severity, CaseAction, Category])
def test_every_enum_of_a_case_reads_its_own_words_back_R_CMP_06(enum: Any) -> None:
    """R-CMP-06: every enumeration a case uses has ``parse()``, which reads ``str()``, the
    key and the English words of each member back as the member."""
    for member in enum:
        assert enum.parse(str(member)) is member
        assert enum.parse(member.value) is member
        assert enum.parse(member.english_words) is member


# -- a desk's own severity names (R-CMP-07) ----------------------------------------------------

OWN_SEVERITIES = {"紧急": "重大", "A级": "major", "普通件": "一般"}
MINE = CasePolicy(sla_policy="winery", severity_names=OWN_SEVERITIES)


def _classified(policy: CasePolicy, severity: str) -> Case:
    return Case.open(complaint("电话"), "客户关系顾问", policy=policy).classify(
        T,
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        severity=severity,
        grounds_sufficient=True,
        demand_reasonable=True,
    )


def test_a_desks_own_severity_name_is_the_seed_severity_R_CMP_07() -> None:
    """R-CMP-07: a case classified with the desk's 紧急 is major (its flow, its escalation),
    one with 普通件 general; the policy keeps the seed's member for each name."""
    major = _classified(MINE, "紧急")
    assert (major.severity, major.flow) == (Severity.MAJOR, Flow.MAJOR)
    assert major.events[-1].get("severity") is Severity.MAJOR
    assert _classified(MINE, "普通件").flow is Flow.GENERAL
    assert MINE.staff_severity(" A级 ") is Severity.MAJOR
    assert MINE.staff_severity("一般") is Severity.GENERAL
    assert dict(MINE.severity_names) == {
        "紧急": Severity.MAJOR,
        "A级": Severity.MAJOR,
        "普通件": Severity.GENERAL,
    }


def test_an_unknown_severity_is_refused_saying_how_to_map_it_R_CMP_07() -> None:
    """R-CMP-07: a name neither a severity nor the desk's own is refused, naming the
    argument and the value and saying how to map it; the case is unchanged."""
    seed = CasePolicy(sla_policy="winery")
    opened = Case.open(complaint("电话"), "客户关系顾问", policy=seed)
    with pytest.raises(InvalidInput, match=r"^severity: .*severity_names=\{name: severity\}"):
        opened.classify(T, "客户关系经理", kind="投诉", category="产品质量", severity="紧急")
    with pytest.raises(InvalidInput, match="severity_names") as got:
        seed.staff_severity("紧急")
    assert (got.value.argument, got.value.value) == ("severity", "紧急")
    # a consultation has no severity: the desk's own name is refused as given, as a seed's is
    mine = Case.open(complaint("电话"), "客户关系顾问", policy=MINE)
    with pytest.raises(InvalidInput) as refused:
        mine.classify(T, "客户关系经理", kind="咨询", category="其他", severity="紧急")
    assert (refused.value.argument, refused.value.value) == ("severity", "紧急")


@pytest.mark.parametrize(
    "argument", ["role_names", "department_names", "category_names", "severity_names"]
)
@pytest.mark.parametrize(
    ("first", "second"), [("本地名", " 本地名 "), ("Abc", "aBC"), ("紧急", "緊急")]
)
def test_two_spellings_of_one_own_name_are_refused_naming_both_R_CMP_07(
    argument: str, first: str, second: str
) -> None:
    """R-CMP-07 (R-CMP-03): an own name is read as the seed's names are (spaces, case and
    Traditional forms ignored), so a table giving one name twice in two spellings is
    refused naming the argument and both spellings, never silently keeping the last."""
    member = {
        "role_names": "service_manager",
        "department_names": "sales",
        "category_names": "other",
        "severity_names": "major",
    }[argument]
    other = {
        "role_names": "general_manager",
        "department_names": "quality",
        "category_names": "return_exchange",
        "severity_names": "general",
    }[argument]
    options: dict[str, Any] = {argument: {first: member, second: other}}
    with pytest.raises(PolicyError, match=f"^{argument}: gives one name twice") as got:
        CasePolicy(sla_policy="winery", **options)
    assert repr(first) in got.value.problem
    assert got.value.value == second


def test_an_own_name_is_looked_up_as_the_seeds_names_are_R_CMP_07() -> None:
    """R-CMP-07: a desk's own name found in any spelling the seed's names accept."""
    desk = CasePolicy(
        sla_policy="winery",
        severity_names={"紧急": "major", "P1": "major"},
        department_names={"工程部": "sales"},
    )
    for spelling in ("紧急", " 緊急 ", "p1", "Ｐ１"):
        assert desk.staff_severity(spelling) is Severity.MAJOR
    assert desk.staff_department(" 工程部") is Department.SALES


@pytest.mark.parametrize("spelling", ["緊急", " 紧急 ", "p1", "Ｐ１"])
def test_a_case_reads_an_own_severity_name_in_any_spelling_R_CMP_07(spelling: str) -> None:
    """R-CMP-07: a case classified with the desk's own severity name in another spelling
    (Traditional, spaces, case, full width) is as major as with the name as mapped."""
    desk = CasePolicy(sla_policy="winery", severity_names={"紧急": "major", "P1": "major"})
    major = _classified(desk, spelling)
    assert (major.severity, major.flow) == (Severity.MAJOR, Flow.MAJOR)
    assert major.events[-1].get("severity") is Severity.MAJOR


def test_severity_names_are_checked_as_the_other_names_are_R_CMP_07() -> None:
    """R-CMP-07: a seed name mapped to the other severity is refused (it would mean two),
    an identity line of an exported table changes nothing, an unknown member is refused."""
    with pytest.raises(PolicyError, match=r"^severity_names: is already a severity's name"):
        CasePolicy(sla_policy="winery", severity_names={"重大": "一般"})
    exported = {**OWN_SEVERITIES, "重大": "major", "一般": "一般"}
    assert CasePolicy(sla_policy="winery", severity_names=exported) == MINE
    with pytest.raises(InvalidInput, match=r"^severity_names\['紧急'\]"):
        CasePolicy(sla_policy="winery", severity_names={"紧急": "很急"})


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet="紧急特级甲乙丙一二三ABCP123", min_size=1, max_size=4),
    severity=st.sampled_from(list(Severity)),
)
def test_property_an_own_name_reads_as_the_severity_it_maps_to_R_CMP_07(
    name: str, severity: Severity
) -> None:
    """R-CMP-07: a name that is no seed spelling, mapped to a severity, reads as it."""
    try:
        Severity.parse(name)
    except InvalidInput:
        desk = CasePolicy(sla_policy="winery", severity_names={name: severity})
        assert desk.staff_severity(name) is severity
        assert desk.staff_severity(severity.label) is severity
    else:  # a seed spelling: mapped to its own member it is left out
        desk = CasePolicy(sla_policy="winery", severity_names={name: Severity.parse(name)})
        assert desk.severity_names == ()


# -- a partial department table (R-CMP-03) -----------------------------------------------------


def test_a_partial_department_table_is_merged_onto_the_defaults_R_CMP_03() -> None:
    """R-CMP-03: a desk that routes one category elsewhere names that category alone, in
    ``CasePolicy(departments=...)`` or ``ClassifierPolicy.with_departments``: every other
    category keeps the seed's department."""
    default = dict(DEFAULT_CLASSIFIER_POLICY.departments)
    desk = dict(CasePolicy(sla_policy="winery", departments={"退换货": "销售部"}).departments)
    rules = DEFAULT_CLASSIFIER_POLICY.with_departments({"退换货": "销售部"})
    for merged in (desk, dict(rules.departments)):
        assert merged == {**default, Category.RETURN_EXCHANGE: Department.SALES}
    found = classify("酒里有沉淀，要求退货", policy=rules)
    assert (found.category, found.department) == (Category.RETURN_EXCHANGE, Department.SALES)
