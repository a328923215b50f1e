"""The SLA and calendar API after the convention audit (issue 12).

* every SLA result has one rule ID in ``rule`` (R-SLA-01 … R-SLA-12, R-CMP-06/07/08), and a
  selection lists all of them in ``rule_ids``, ``rule`` first;
* a target without a rule of its own stands on how its period is counted (R-PER-01 the
  Civil Code, R-PER-02 working hours) or, promised case by case, on R-SLA-12;
* a calendar's day answers cite R-CAL-01 and say their data source in ``source``;
* a clock's notes are keyword-only; the zone of a calendar is ``zone`` only.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import custops.calendars as calendars
from custops.calendars import DAY_RULE, WorkCalendar, china
from custops.complaints.model import Kind
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.periods import CIVIL_CODE_RULE, WORKING_TIME_RULE
from custops.sla import (
    Clock,
    Cycle,
    SelectionRule,
    SlaPolicy,
    Status,
    Target,
    presets,
)
from custops.testing import clocks, targets

SH = ZoneInfo("Asia/Shanghai")
ONE_ID = re.compile(r"^R-[A-Z]{3}-\d{2}$")


def T(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


# --------------------------------------------------------------------------- 4.21 targets


def test_a_target_without_a_rule_stands_on_how_its_period_is_counted_R_SLA_12() -> None:
    assert Target("reply", "24小时").rule == CIVIL_CODE_RULE == "R-PER-01"
    assert Target("resolve", "3个工作日").rule == "R-PER-01"
    assert Target("answer", "8个工作小时").rule == WORKING_TIME_RULE == "R-PER-02"
    assert Target("promised", None).rule == "R-SLA-12"
    assert Target("reply", "24小时", rule=" R-SLA-05 ").rule == "R-SLA-05"
    status = Clock.start(T(10, 9, 9), Target("greet", "30分钟")).status(at=T(10, 9, 9, 5))
    assert status.rule == "R-PER-01"
    assert str(status).startswith("running (R-PER-01): greet running")


@pytest.mark.parametrize(
    ("rule", "error", "problem"),
    [
        ("", InvalidInput, "rule: must not be empty"),
        ("  ", InvalidInput, "rule: must not be empty"),
        ("R-SLA-05, R-SLA-08", InvalidInput, "rule: must be one rule ID"),
        ("R-SLA-05 R-SLA-08", InvalidInput, "rule: must be one rule ID"),
        (5, InvalidType, "rule: must be a str"),
    ],
)
def test_a_target_refuses_an_empty_rule_or_a_list(rule: object, error: type, problem: str) -> None:
    with pytest.raises(error, match=problem):
        Target("reply", "24小时", rule=rule)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- 4.20 selections


def test_a_selection_rule_has_one_rule_and_all_its_rule_ids_R_SLA_05_R_SLA_09() -> None:
    both = SelectionRule("a", ("x",), rule="R-SLA-05", rule_ids=("R-SLA-05", "R-SLA-09"))
    assert (both.rule, both.rule_ids) == ("R-SLA-05", ("R-SLA-05", "R-SLA-09"))
    ids_only = SelectionRule("a", ("x",), rule_ids=["R-SLA-05", "R-SLA-09"])
    assert ids_only == both
    rule_only = SelectionRule("a", ("x",), rule="R-SLA-11")
    assert rule_only.rule_ids == ("R-SLA-11",)
    none = SelectionRule("a", ("x",))
    assert (none.rule, none.rule_ids) == ("", ())
    assert attrs.evolve(both, name="b").rule_ids == both.rule_ids


@pytest.mark.parametrize(
    ("kwargs", "error", "problem"),
    [
        ({"rule": "R-SLA-05, R-SLA-09"}, InvalidInput, "rule: must be one rule ID"),
        ({"rule_ids": ("R-SLA-05, R-SLA-09",)}, InvalidInput, r"rule_ids\[0\]: must be one"),
        ({"rule_ids": "R-SLA-05"}, InvalidType, "rule_ids: must be a sequence of rule IDs"),
        ({"rule_ids": ("R-SLA-05", "R-SLA-05")}, PolicyError, "rule_ids: names a rule twice"),
        ({"rule": "R-SLA-09", "rule_ids": ("R-SLA-05", "R-SLA-09")}, PolicyError, "first of"),
        ({"rule": "R-SLA-01", "rule_ids": ("R-SLA-05",)}, PolicyError, "first of"),
    ],
)
def test_a_selection_rule_refuses_lists_in_rule_and_disagreeing_ids(
    kwargs: dict[str, object], error: type, problem: str
) -> None:
    with pytest.raises(error, match=problem):
        SelectionRule("a", ("x",), **kwargs)  # type: ignore[arg-type]


def test_a_selection_names_the_matched_rule_and_its_rule_ids_R_SLA_08() -> None:
    sel = presets.WINERY.select(channel="phone", kind="complaint", category="product_quality")
    assert sel.matched_rule == "phone complaint, product quality"
    assert sel.rule == sel.rule_ids[0] == "R-SLA-05"
    assert sel.rule_ids == ("R-SLA-05", "R-SLA-08", "R-SLA-09", "R-SLA-10")
    assert "R-" not in sel.reason
    schedule = presets.WINERY.schedule(received_at=T(9, 30, 16), channel="phone", kind="complaint")
    assert (schedule.rule, schedule.rule_ids) == ("R-SLA-05", ("R-SLA-05", "R-SLA-09", "R-SLA-10"))


def test_a_selection_without_rule_ids_cites_its_targets_or_the_general_flow_R_CMP_06() -> None:
    fast = Target("fast", "2小时", rule="R-SLA-05")
    slow = Target("slow", "3个工作日")
    desk = SlaPolicy(
        "desk",
        (fast, slow),
        (
            SelectionRule("praise", (), conditions={"kind": "praise"}),
            SelectionRule("both", ("fast", "slow"), conditions={"kind": "complaint"}),
            SelectionRule("slow only", ("slow",)),
        ),
    )
    assert desk.select(kind="complaint").rule_ids == ("R-SLA-05", "R-PER-01")
    assert desk.select(kind="complaint").rule == "R-SLA-05"
    assert desk.select(kind="suggestion").rule_ids == ("R-PER-01",)
    praise = desk.select(kind=Kind.PRAISE)
    assert (praise.rule, praise.rule_ids, praise.targets) == ("R-CMP-06", ("R-CMP-06",), ())
    assert praise.explain() == str(praise)  # one rule: no "rules:" line


def test_selection_rules_name_their_targets_target_names() -> None:
    rule = SelectionRule("r", ("reply", "resolve"))
    assert rule.target_names == ("reply", "resolve")
    with pytest.raises(PolicyError, match="target_names: names a target twice"):
        SelectionRule("r", ("reply", "reply"))


# --------------------------------------------------------------------------- clock names


def test_clock_notes_are_keyword_only_and_status_names_its_target() -> None:
    reply = Target("reply", "24小时", rule="R-SLA-05")
    clock = Clock.start(T(9, 30, 16), reply)
    for method in (clock.pause, clock.stop):
        with pytest.raises(TypeError):
            method(T(9, 30, 17), "a note")  # type: ignore[call-arg]
    paused = clock.pause(T(9, 30, 17), note="customer unreachable")
    assert paused.events[-1].note == "customer unreachable"
    again = paused.resume(T(9, 30, 18), note="back").stop(T(9, 30, 19), note="answered")
    again = again.restart(T(10, 1, 9), note="not satisfied")
    status = again.status(at=T(10, 1, 10))
    assert isinstance(status, Status)
    assert status.target_name == "reply"
    assert status.cycle_index == 2
    (first,) = status.history
    assert isinstance(first, Cycle)
    assert first.index == 1
    assert first.describe().startswith("cycle 1: met")


def test_renew_takes_its_note_by_keyword() -> None:
    every = Target("update", "1个工作日", recurrence="every")
    clock = Clock.start(T(10, 9, 9), every).renew(T(10, 9, 10), note="progress call")
    assert [e.note for e in clock.events[1:]] == ["progress call", "progress call"]
    with pytest.raises(TypeError):
        clock.renew(T(10, 9, 11), "progress call")  # type: ignore[call-arg]


def test_promised_is_read_by_the_period_field_converter_R_SLA_12() -> None:
    promised = Target("promised", None)
    clock = Clock.start(T(10, 9, 9), promised, promised="2个工作日")
    assert str(clock.promised) == "2个工作日"
    with pytest.raises(InvalidInput, match="promised"):
        Clock.start(T(10, 9, 9), promised, promised="soon")


# --------------------------------------------------------------------------- policy calendar


def test_a_policy_holds_a_calendar_and_a_call_may_count_on_another() -> None:
    """J (api-sla): ``SlaPolicy.calendar`` is always a WorkCalendar (None: china()); a
    call's ``calendar=`` counts one case on another and ``None`` there means the desk's."""
    utc = WorkCalendar(zone="UTC")
    desk = attrs.evolve(presets.DEALER, calendar=utc)
    assert presets.DEALER.calendar == china()
    assert desk.select(kind="complaint").calendar is utc
    assert desk.schedule(received_at=T(9, 30, 16), kind="complaint").received_at.tzinfo == ZoneInfo(
        "UTC"
    )
    assert desk.select(kind="complaint", calendar=china()).calendar == china()
    assert not hasattr(desk, "work_calendar")


# --------------------------------------------------------------------------- calendars


def test_a_calendar_zone_has_one_name() -> None:
    cal = WorkCalendar(zone="America/New_York")
    assert cal.zone == ZoneInfo("America/New_York")
    assert cal.to_local(T(10, 9, 9)).tzinfo is cal.zone
    assert not hasattr(cal, "tz")
    with pytest.raises(TypeError):
        WorkCalendar(tz="UTC")  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match="zone: is not a known time zone"):
        WorkCalendar(zone="Mars/Olympus")


def test_calendar_or_china_is_internal() -> None:
    assert "calendar_or_china" not in calendars.__all__
    assert "DAY_RULE" in calendars.__all__
    assert calendars.calendar_or_china(None) is china()  # still there for the library


def test_a_day_answer_cites_R_CAL_01_and_says_its_source() -> None:
    cal = WorkCalendar(closures=[dt.date(2025, 9, 30)])
    closed = cal.day_info(dt.date(2025, 9, 30))
    assert (closed.rule, closed.source) == (DAY_RULE, "company closure")
    assert closed.explain() == f"{closed}\n  source: company closure"
    assert "R-" not in closed.reason
    assert "\n" not in closed.reason


# --------------------------------------------------------------------------- properties


@settings(max_examples=30, deadline=None)
@given(clock=clocks(max_events=5), minutes=st.integers(0, 72 * 60))
def test_every_status_has_one_rule_id_R_SLA_01_to_R_SLA_12(clock: Clock, minutes: int) -> None:
    status = clock.status(at=clock.events[-1].at + dt.timedelta(minutes=minutes))
    assert ONE_ID.match(status.rule), status.rule
    assert status.rule == clock.target.rule
    assert status.target_name == clock.target.name
    assert [c.index for c in status.history] == list(range(1, status.cycle_index))


@settings(max_examples=30, deadline=None)
@given(target=targets())
def test_every_target_has_one_rule_id(target: Target) -> None:
    assert ONE_ID.match(target.rule), target.rule


@settings(max_examples=40, deadline=None)
@given(
    desk=st.sampled_from(tuple(presets.all_presets())),
    kind=st.sampled_from(["consultation", "suggestion", "complaint", "praise", "no_action"]),
    channel=st.sampled_from(["phone", "written", "in_person", "forwarded", "online"]),
)
def test_every_selection_of_a_seed_desk_has_its_rule_first_in_rule_ids(
    desk: SlaPolicy, kind: str, channel: str
) -> None:
    sel = desk.select(kind=kind, channel=channel)
    assert sel.rule_ids
    assert sel.rule == sel.rule_ids[0]
    assert all(ONE_ID.match(i) for i in sel.rule_ids), sel.rule_ids
    assert len(set(sel.rule_ids)) == len(sel.rule_ids)
    lines = sel.explain().splitlines()
    assert lines[0] == str(sel)
    if len(sel.rule_ids) > 1:
        assert lines[-1] == "  rules: " + ", ".join(sel.rule_ids)


def test_an_instant_utc_cannot_show_is_refused_naming_the_argument() -> None:
    """An aware ``datetime.max`` west of UTC cannot be compared in UTC (issue 14)."""
    west = dt.datetime.max.replace(tzinfo=dt.timezone(-dt.timedelta(hours=5)))
    reply = Target("reply", "24小时", rule="R-SLA-05")
    with pytest.raises(InvalidInput, match=r"^at: is outside the range of dates"):
        Clock.start(west, reply)
    clock = Clock.start(T(9, 30, 16), reply)
    with pytest.raises(InvalidInput, match=r"^at: "):
        clock.status(at=west)
    with pytest.raises(InvalidInput, match=r"^at: "):
        clock.pause(west)


def test_R_SLA_09_the_moment_in_the_other_style_names_it() -> None:
    """R-SLA-09 (house rule 2): a clock's events take the instant first, by position
    (``clock.pause(at)``), its status and a selection's clocks by name; a call that does not
    fit is refused as InvalidType naming the argument and the signature, not a bare TypeError."""
    reply = Target("reply", "24小时")
    clock: Any = Clock.start(T(9, 30, 16), reply)
    with pytest.raises(InvalidType) as info:
        clock.pause()  # the moment missing
    assert (info.value.argument, info.value.problem) == (
        "at",
        "is missing; call Clock.pause(at, *, note)",
    )
    twice = r"^at: given both by position \('客户回电', 1st\) and as at=; call Clock"
    with pytest.raises(InvalidType, match=twice):
        clock.resume("客户回电", at=T(9, 30, 17))
    with pytest.raises(InvalidType, match=r"^at: given both .* Clock\.start\(at, target"):
        Clock.start(reply, at=T(9, 30, 16))  # type: ignore[arg-type, call-arg, misc]
    with pytest.raises(InvalidType, match=r"^at: is keyword-only, not given by position"):
        clock.status(T(9, 30, 17))
    with pytest.raises(InvalidType, match=r"^on: is not a parameter; call Clock\.stop\(at"):
        clock.stop(on=T(9, 30, 17))
    selection: Any = presets.WINERY.select(channel="phone", kind="complaint")
    with pytest.raises(InvalidType, match=r"^at: is keyword-only.*start_clocks\(\*, at, promised"):
        selection.start_clocks(T(9, 30, 16))
    assert list(inspect.signature(Clock.pause).parameters) == ["self", "at", "note"]
    assert clock.pause(at=T(9, 30, 17)).status(at=T(9, 30, 18)).state.value == "paused"
