"""Refusals of a desk's inputs: the argument named as the caller wrote it, the value shown as
given (docs/errors.md), one-line reasons (CONTRIBUTING item 4), and a replay under the same
rules as the steps (docs/cases.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._validate import entry
from custops.complaints import (
    Case,
    CaseEvent,
    CasePolicy,
    Channel,
    Complaint,
    Department,
    Kind,
    statistics,
)
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.sla import SelectionRule, SlaPolicy, Target

SH = ZoneInfo("Asia/Shanghai")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


REPLY = Target("reply", "24小时", rule="R-SLA-05")
PHONE_ONLY = SlaPolicy(
    "phone only", (REPLY,), (SelectionRule("phone", ("reply",), conditions={"channel": "phone"}),)
)
WINE = Complaint(
    received_at=at(2025, 9, 30, 16), channel="电话", content="酒有怪味", complainant="王"
)
PRAISE = Complaint(
    received_at=at(2025, 10, 13, 9), channel="电话", content="小张服务特别热情", complainant="李"
)


# ------------------------------------------------------------------ the name of an entry


def test_an_entry_is_named_as_the_caller_writes_it() -> None:
    assert entry("stops", "notify") == "stops['notify']"
    assert entry("roles", "批准") == "roles['批准']"


def test_a_rule_ignores_a_key_it_does_not_test() -> None:
    """docs/sla.md: a key the rule does not test it ignores (a ticket row's id, its
    timestamps, a note), whatever its value."""
    rule = SelectionRule("phone", ("reply",), conditions={"channel": "phone"})
    row = {"channel": "phone", "id": 123, "created_at": at(2025, 1, 1), "note": "a\nb"}
    assert rule.applies_to(row) is True
    assert rule.applies_to({**row, "channel": "web"}) is False


@given(st.one_of(st.integers(), st.datetimes(), st.text(), st.lists(st.integers())))
@settings(max_examples=50)
def test_property_an_untested_key_never_changes_the_answer(value: object) -> None:
    rule = SelectionRule("phone", ("reply",), conditions={"channel": "phone"})
    assert rule.applies_to({"channel": "电话", "ticket": value}) is True


def test_an_empty_entry_is_shown_as_given() -> None:
    """A refused empty entry names the entry and shows the value given, not the key read."""
    with pytest.raises(PolicyError) as refused:
        CasePolicy(sla_policy="dealer", roles={"批准": []})
    assert (refused.value.argument, refused.value.value) == ("roles['批准']", [])
    with pytest.raises(PolicyError) as refused:
        SelectionRule("r", ("reply",), conditions={"channel": []})
    assert (refused.value.argument, refused.value.value) == ("conditions['channel']", [])


def test_a_refusal_inside_a_mapping_names_its_entry() -> None:
    """errors.md: the message names the argument, here the entry of a mapping field."""
    with pytest.raises(InvalidInput) as refused:
        SelectionRule("r", ("reply",), conditions={"channel": "pigeon"})
    assert (refused.value.argument, refused.value.value) == ("conditions['channel']", "pigeon")
    with pytest.raises(InvalidInput) as refused:
        SelectionRule("r", ("reply",), conditions={"channel": ["phone", "pigeon"]})
    assert (refused.value.argument, refused.value.value) == ("conditions['channel'][1]", "pigeon")
    with pytest.raises(InvalidInput) as refused:
        CasePolicy(sla_policy="dealer", stops={"notify": ["a\nb"]})
    assert (refused.value.argument, refused.value.value) == ("stops['notify'][0]", "a\nb")
    with pytest.raises(InvalidInput) as refused:
        CasePolicy(sla_policy="dealer", roles={"approve": ["boss"]})
    assert (refused.value.argument, refused.value.value) == ("roles['approve'][0]", "boss")


@given(st.text(min_size=1).filter(lambda t: t.strip() != ""))
@settings(max_examples=60)
def test_property_a_refused_condition_shows_the_value_as_given(value: str) -> None:
    """For any text: read as a channel, or refused naming its entry and showing it as given."""
    if _is_channel(value):
        assert SelectionRule("r", ("reply",), conditions={"channel": ["phone", value]})
        return
    with pytest.raises(InvalidInput) as refused:
        SelectionRule("r", ("reply",), conditions={"channel": ["phone", value]})
    assert (refused.value.argument, refused.value.value) == ("conditions['channel'][1]", value)


def _is_channel(value: str) -> bool:
    try:
        Channel.parse(value)
    except InvalidInput:
        return False
    return True


# ------------------------------------------------------------------ select and targets


@pytest.mark.parametrize(
    ("keywords", "shown"),
    [
        ({"channel": "信件"}, {"channel": "信件"}),
        ({"channel": "書面", "kind": "投訴"}, {"channel": "書面", "kind": "投訴"}),
    ],
)
def test_no_rule_shows_the_attributes_as_given(keywords: dict[str, Any], shown: object) -> None:
    with pytest.raises(PolicyError) as refused:
        PHONE_ONLY.select(**keywords)
    assert (refused.value.argument, refused.value.value) == ("attributes", shown)
    assert "channel=written" in refused.value.problem  # the problem says how it was read


@pytest.mark.parametrize(
    ("build", "argument", "shown"),
    [
        (
            lambda: Target("a", "7个工作日", special_period="三个工作日"),
            "special_period",
            "三个工作日",
        ),
        (lambda: Target("a", None, special_period="三天"), "special_period", "三天"),
        (lambda: REPLY.period_for(promised="三天"), "promised", "三天"),
    ],
)
def test_a_targets_period_refusal_shows_the_period_as_given(
    build: object, argument: str, shown: str
) -> None:
    """R-SLA-09 (a special period not shorter), R-SLA-12 (a promised period only without
    one of its own): the period shown as the caller wrote it."""
    with pytest.raises((PolicyError, InvalidInput)) as refused:
        build()  # type: ignore[operator]
    assert (refused.value.argument, refused.value.value) == (argument, shown)


@given(
    st.sampled_from(["一", "二", "三", "四", "五", "六"]),
    st.sampled_from(["个工作日", " 个工作日"]),
)
@settings(max_examples=20)
def test_property_a_shorter_special_period_is_shown_as_given(count: str, unit: str) -> None:
    """R-SLA-09: any spelling of a shorter special period is refused as it was written."""
    given_period = f"{count}{unit}"
    with pytest.raises(PolicyError) as refused:
        Target("resolve", "7个工作日", special_period=given_period)
    assert refused.value.value == given_period


# ------------------------------------------------------------------ tallies


@pytest.mark.parametrize("key", ["xx", 5, 1.5])
def test_a_tally_refuses_a_key_of_no_member_even_when_empty(key: object) -> None:
    """review.Tally: a key is a member or a spelling of one; another is refused, whether the
    tally holds a member yet or not."""
    asked = Case.open(WINE, "客户关系顾问", policy="tobacco").classify(
        at(2025, 10, 9, 9, 5), "客户关系经理", kind="咨询", category="其他"
    )
    for review in (statistics([asked]), statistics([])):
        with pytest.raises((InvalidInput, InvalidType)) as refused:
            review.by_kind[key]  # type: ignore[index]
        assert (refused.value.argument, refused.value.value) == ("key", key)
    assert statistics([]).by_kind["咨询"] == 0
    assert statistics([asked]).by_kind["consultation"] == 1
    with pytest.raises(InvalidInput):
        statistics([asked]).by_department["xx"]  # holds only None


# ------------------------------------------------------------------ case steps


def test_a_classify_note_is_one_line_in_every_path() -> None:
    """CONTRIBUTING item 4, R-CMP-07: a major complaint's status quotes its classify note, so
    the note is one line with no rule ID whichever way the step is taken."""
    case = Case.open(WINE, "客户关系顾问", policy="winery")
    moment = at(2025, 9, 30, 17)
    step = {"kind": "投诉", "category": "产品质量", "severity": "major"}
    for note in ("第一行\n第二行", "按 R-CMP-05 处理"):
        with pytest.raises(InvalidInput) as refused:
            case.record(moment, "classify", "客户关系经理", note=note, **step)
        assert (refused.value.argument, refused.value.value) == ("note", note)
        with pytest.raises(InvalidInput, match=r"^note: "):
            CaseEvent(moment, "classify", "客户关系经理", note, step)
    # the other steps' notes stay free text
    assert case.record(moment, "reply", "客户关系顾问", note="a\nb").events[-1].note == "a\nb"


def test_a_non_complaint_refuses_an_explicit_severity() -> None:
    """R-CMP-07: only a complaint has a severity; given with an explicit kind that is not a
    complaint, "general" is refused as "major" is."""
    case = Case.open(WINE, "客户关系顾问", policy="winery")
    for severity in ("一般", "重大", "general"):
        with pytest.raises(InvalidInput) as refused:
            case.classify(
                at(2025, 9, 30, 17), "客户关系经理", kind="咨询", category="其他", severity=severity
            )
        assert (refused.value.argument, refused.value.value) == ("severity", severity)
    asked = case.classify(at(2025, 9, 30, 17), "客户关系经理", kind="咨询", category="其他")
    assert asked.severity is None


def test_a_desk_with_no_rule_for_the_complaint_refuses_to_open_it() -> None:
    """docs/sla.md, "No silent empty schedule": a case its desk cannot time is refused when
    it is opened, naming ``policy`` and showing it as given."""
    written = Complaint(
        received_at=at(2025, 9, 30, 16), channel="书面", content="x", complainant="王"
    )
    with pytest.raises(PolicyError) as refused:
        Case.open(written, "客户关系顾问", policy=PHONE_ONLY)
    assert refused.value.argument == "policy"
    assert refused.value.value is PHONE_ONLY
    assert "channel=written" in refused.value.problem
    phone = Case.open(WINE, "客户关系顾问", policy=PHONE_ONLY)
    assert phone.status(at=at(2025, 9, 30, 17)).selection.matched_rule == "phone"


def test_a_step_that_leaves_no_rule_is_refused_and_every_case_answers() -> None:
    """A classification the desk does not time is refused (nothing changes), so every case
    that exists answers its status."""
    complaints_only = SlaPolicy(
        "complaints only",
        (REPLY,),
        (SelectionRule("complaint", ("reply",), conditions={"kind": "complaint"}),),
    )
    case = Case.open(WINE, "客户关系顾问", policy=complaints_only)
    with pytest.raises(IllegalTransition, match="no SLA rule"):
        case.classify(at(2025, 9, 30, 17), "客户关系经理", kind="咨询", category="其他")
    assert case.status(at=at(2025, 9, 30, 17)).stage == case.stage


def test_the_desks_departments_hold_in_every_path() -> None:
    """R-CMP-01, R-CMP-03, docs/cases.md: a commendation names any department, read as an
    assignment reads it, and praise classified with a department names the desk's
    department of what was praised, by the method, by record(), by apply() and in a
    replay."""
    opened = Case.open(PRAISE, "客户关系顾问", policy="winery")
    praise = opened.classify(
        at(2025, 10, 13, 9, 5), "客户关系经理", kind="表扬", category="服务质量"
    )
    later = at(2025, 10, 13, 10)
    steps: tuple[Callable[[], Case], ...] = (
        lambda: praise.commend(later, "客户关系顾问", department="总经办"),
        lambda: praise.record(later, "commend", "客户关系顾问", department="总经办"),
    )
    for step in steps:  # the GM's office is no complaint's department, but may be praised
        assert step().department is Department.GENERAL_MANAGER_OFFICE
    event = CaseEvent(later, "commend", "客户关系顾问", data={"department": "总经办"})
    assert praise.apply(event).department is Department.GENERAL_MANAGER_OFFICE
    replayed = Case(PRAISE, (*praise.events, event), policy="winery")
    assert replayed.department is Department.GENERAL_MANAGER_OFFICE
    with pytest.raises(InvalidInput, match="marketing_office") as refused:
        opened.record(
            at(2025, 10, 13, 9, 5),
            "classify",
            "客户关系经理",
            kind="表扬",
            category="服务质量",
            department="总经办",
        )
    assert refused.value.value == "总经办"
    commended = praise.commend(later, "客户关系顾问", department="营销办")
    assert commended.department is Department.MARKETING_OFFICE
    assert praise.kind is Kind.PRAISE


# ------------------------------------------------------------------ stops name the desk's targets

FIRST_RESPONSE_DESK = SlaPolicy(
    "my desk",
    (Target("first_response", "24小时"), Target("resolve", "3个工作日")),
    (SelectionRule("all", ("first_response", "resolve")),),
)


def test_stops_and_restarts_naming_no_target_of_the_desk_are_refused_R_CMP_06() -> None:
    """R-CMP-06/R-CMP-08: a misspelt target in ``stops`` or ``restart_on_reopen`` would leave
    the clock it meant running (or never restart it); it is refused, as SlaPolicy refuses a
    rule naming an unknown target."""
    with pytest.raises(PolicyError, match="not a target of the desk") as refused:
        CasePolicy(sla_policy="winery", stops={"reply": ("replly",)})
    assert (refused.value.argument, refused.value.value) == ("stops['reply']", ("replly",))
    with pytest.raises(PolicyError, match="not a target of the desk") as refused:
        CasePolicy(sla_policy="winery", restart_on_reopen={"resolv"})
    assert (refused.value.argument, refused.value.value) == ("restart_on_reopen", {"resolv"})
    # the defaults name every preset's targets: each desk keeps its own
    dealer = CasePolicy(sla_policy="dealer")
    assert dealer.restart_on_reopen == {"solution"}
    assert dealer.stops_for("notify") == ()


def test_a_desk_target_no_step_stops_is_refused_R_CMP_06() -> None:
    """R-CMP-06: a custom desk's target that no step stops would be breached although the
    step that meets it was taken; the desk is refused until a step names it."""
    with pytest.raises(PolicyError, match="no step stops the desk's target 'first_response'"):
        CasePolicy(sla_policy=FIRST_RESPONSE_DESK)
    with pytest.raises(PolicyError, match="'first_response'") as refused:
        Case.open(WINE, "客户关系顾问", policy=FIRST_RESPONSE_DESK)
    assert refused.value.argument == "policy"
    mine = CasePolicy(sla_policy=FIRST_RESPONSE_DESK, stops={"reply": ("first_response",)})
    case = Case.open(WINE, "客户关系顾问", policy=mine).reply(at(2025, 9, 30, 17), "客户关系顾问")
    assert case.status(at=at(2025, 10, 2, 17))["first_response"].state.value == "met"


_NAMES = ("reply", "replly", "resolve", "resolv", "solution", "first_response", "feedback")


@given(
    desk=st.sampled_from(["dealer", "quality", "winery", "tobacco"]),
    stops=st.dictionaries(
        st.sampled_from(["reply", "notify", "answer", "survey", "close"]),
        st.lists(st.sampled_from(_NAMES), max_size=3).map(tuple),
        max_size=3,
    ),
    restarts=st.one_of(st.none(), st.frozensets(st.sampled_from(_NAMES), max_size=3)),
)
@settings(max_examples=80)
def test_property_every_target_a_policy_names_exists_and_each_is_stopped(
    desk: str, stops: dict[str, tuple[str, ...]], restarts: frozenset[str] | None
) -> None:
    """R-CMP-06/R-CMP-08: a CasePolicy built names only its desk's targets in ``stops`` and
    ``restart_on_reopen``, and some step stops each of the desk's targets."""
    chosen: dict[str, Any] = {} if restarts is None else {"restart_on_reopen": restarts}
    try:
        policy = CasePolicy(sla_policy=desk, stops=stops, **chosen)
    except PolicyError:
        return
    targets = {t.name for t in policy.sla_policy.targets}
    named = {n for _, names in policy.stops for n in names}
    assert named <= targets
    assert policy.restart_on_reopen <= targets
    assert targets <= named
