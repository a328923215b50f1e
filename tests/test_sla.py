"""Example tests of custops.sla: targets, selection rules, clocks, status and presets.

Rule IDs: R-SLA-01 … R-SLA-12, R-CMP-06/07/08.  Worked examples cross National Day 2025
(1–8 October off; Sunday 28 September and Saturday 11 October are 调休 working days)
and Spring Festival 2026 (15–23 February off; Saturdays 14 and 28 February are 调休
working days).  Property tests are in tests/test_sla_properties.py.
"""

from __future__ import annotations

import datetime as dt
import inspect
import warnings
from decimal import Decimal
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import BusinessHours, WorkCalendar, china
from custops.complaints.model import Category, Channel, Kind, Severity
from custops.enums import LabelledEnum
from custops.errors import (
    CalendarNotPublished,
    CustopsError,
    IllegalTransition,
    InvalidInput,
    InvalidType,
    PolicyError,
    ProvisionalCalendarWarning,
)
from custops.periods import Period, Unit, deadline
from custops.sla import (
    CaseAttribute,
    Clock,
    ClockEvent,
    EventKind,
    Measure,
    Recurrence,
    SelectionRule,
    SlaPolicy,
    State,
    Target,
    due,
    due_many,
    presets,
)
from custops.testing import aware_datetimes, periods

SH = ZoneInfo("Asia/Shanghai")
NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def S(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """A moment of 2026 (Spring Festival examples)."""
    return T(month, day, hour, minute, year=2026)


def dues(policy: SlaPolicy, at: dt.datetime, **attributes: Any) -> dict[str, dt.datetime | None]:
    return {s.target.name: s.due_at for s in policy.schedule(received_at=at, **attributes).steps}


REPLY = Target("reply", "24小时", rule="R-SLA-05")
SOLUTION = Target("solution", "1个工作日", rule="R-SLA-01")
RESOLVE = Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09")


# --------------------------------------------------------------------------- Target


def test_target_holds_period_special_period_and_default_warnings_R_SLA_09() -> None:
    assert RESOLVE.period == Period.workdays(3)
    assert RESOLVE.special_period == Period.workdays(7)
    assert RESOLVE.warnings == (Decimal("0.5"), Decimal("0.75"))
    assert RESOLVE.period_for(special=True) == Period.workdays(7)
    with pytest.raises(InvalidInput, match=r"special: target 'reply' has no special_period"):
        REPLY.period_for(special=True)  # no special period: refused, never the same silently
    assert str(RESOLVE) == "resolve: 3 working days (special 7 working days)"


def test_target_measure_wall_for_hours_working_for_the_rest() -> None:
    assert REPLY.measure is Measure.WALL
    assert Target("x", "30分钟").measure is Measure.WALL
    for period in ("1个工作日", "1天", "1周", "1个月", "8个工作小时"):
        assert Target("x", period).measure is Measure.WORKING
    assert Measure.parse("自然时间") is Measure.WALL


def test_target_warnings_are_sorted_and_validated() -> None:
    assert Target("x", "1天", warnings=("0.9", 0.5 and "0.5")).warnings == (  # type: ignore[arg-type]
        Decimal("0.5"),
        Decimal("0.9"),
    )
    with pytest.raises(PolicyError, match="twice"):
        Target("x", "1天", warnings=("0.5", "0.50"))
    # a threshold out of range is policy data refused, as a threshold twice is
    for bad in ("1", "1.5", "0"):
        with pytest.raises(PolicyError, match=r"warnings\[0\]: must lie in \(0, 1\)"):
            Target("x", "1天", warnings=(bad,))
    with pytest.raises(InvalidType, match="floats are inexact"):
        Target("x", "1天", warnings=(0.5,))  # type: ignore[arg-type]


def test_target_refuses_contradictions() -> None:
    with pytest.raises(PolicyError, match="shorter than the period"):
        Target("resolve", "7个工作日", special_period="3个工作日")
    with pytest.raises(PolicyError, match="names the target itself"):
        Target("a", "1天", starts_after="a")
    with pytest.raises(PolicyError, match="promised case by case"):
        Target("a", None, special_period="1天")
    with pytest.raises(InvalidType, match="period: must be a Period"):
        Target("a", 24)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="name: must not be empty"):
        Target(" ", "1天")


def test_a_special_period_in_another_unit_is_refused_R_SLA_09() -> None:
    """R-SLA-09: 24 wall hours may end before three working days; a special period in
    another unit would make "special" earlier, so it is refused, naming the unit."""
    for given_period in ("24小时", "1天", "2天", "1周", "30个工作小时"):
        with pytest.raises(PolicyError, match="must be in the unit of the period") as refused:
            Target("resolve", "3个工作日", special_period=given_period, rule="R-SLA-09")
        assert (refused.value.argument, refused.value.value) == ("special_period", given_period)


@given(
    period=periods([u for u in Unit if u is not Unit.YEARS], max_count=6),
    special=periods([u for u in Unit if u is not Unit.YEARS], max_count=8),
    start=aware_datetimes(dt.date(2025, 1, 1), dt.date(2025, 12, 31), zones=["Asia/Shanghai"]),
)
@settings(max_examples=150)
def test_property_a_special_period_is_never_shorter_whatever_the_units(
    period: Period, special: Period, start: dt.datetime
) -> None:
    """R-SLA-09: a target that accepts a special period never gives a special case an
    earlier due time than the normal one, whatever the two periods' units and the start."""
    try:
        target = Target("resolve", period, special_period=special)
    except PolicyError:
        assert special.unit is not period.unit or special.count < period.count
        return
    clock = Clock.start(start, target)
    normal_due = clock.status(at=start).due_at
    special_due = clock.as_special().status(at=start).due_at
    assert normal_due is not None
    assert special_due is not None
    assert special_due >= normal_due


def test_promised_target_needs_a_period_R_SLA_12() -> None:
    promised = Target("promised_reply", None, rule="R-SLA-12")
    with pytest.raises(InvalidInput, match="R-SLA-12"):
        Clock.start(T(9, 30, 16), promised)
    clock = Clock.start(T(9, 30, 16), promised, promised="5个工作日")
    assert clock.period == Period.workdays(5)
    assert clock.status(at=T(9, 30, 16)).due_at == T(10, 14, 18)  # 10-09,10,11(调休),13,14
    with pytest.raises(InvalidInput, match="has its own period"):
        Clock.start(T(9, 30, 16), REPLY, promised="1天")


# --------------------------------------------------------------------------- selection


def test_selection_reads_every_attribute_through_its_enum_issue_17() -> None:
    winery = presets.WINERY
    phone = winery.select(channel="phone", kind="complaint")
    # 热线 is the phone (Channel.parse), 质量 product quality (Category.parse)
    assert winery.select(channel="热线", kind="投诉") == phone
    assert winery.select(channel=Channel.PHONE, kind=Kind.COMPLAINT) == phone
    quality = winery.select(channel="电话", kind="complaint", category="质量")
    assert quality.matched_rule == "phone complaint, product quality"
    assert [t.name for t in quality.targets] == ["reply", "quality_reply", "resolve", "feedback"]
    # the tobacco desk reads every spelling Kind accepts
    for spelling in ("enquiry", "询问", "客户咨询类", "Consultation"):
        assert presets.TOBACCO.select(kind=spelling).matched_rule == "consultation"
    assert presets.TOBACCO.select(kind="客户投诉类").matched_rule == "complaint"
    assert (
        presets.DEALER.select(kind="complaint", severity="严重").matched_rule == "major complaint"
    )
    rule = SelectionRule("r", ("reply",), conditions={"kind": Kind.COMPLAINT, "special": True})
    assert rule.conditions == (("kind", frozenset({"complaint"})), ("special", frozenset({"true"})))


def test_selection_rules_first_match_wins_and_say_which_matched() -> None:
    policy = presets.WINERY
    general = policy.select(channel="phone", kind="complaint")
    quality = policy.select(channel="phone", kind="complaint", category="product_quality")
    assert general.matched_rule == "phone complaint"
    assert [t.name for t in general.targets] == ["reply", "resolve", "feedback"]
    assert quality.matched_rule == "phone complaint, product quality"
    # 4.20: one primary rule ID in `rule`, every ID in `rule_ids`
    assert quality.rule == "R-SLA-05"
    assert quality.rule_ids == ("R-SLA-05", "R-SLA-08", "R-SLA-09", "R-SLA-10")
    assert quality.reason == (
        "rule 'phone complaint, product quality' matches category=product_quality, "
        "channel=phone, kind=complaint: reply, quality reply, resolve, feedback"
    )
    assert "R-SLA" not in quality.reason
    assert str(quality) == f"winery ({quality.rule}): {quality.reason}"
    assert quality.explain().splitlines()[1:] == [
        "  reply: 24 hours [R-SLA-05]",
        "  quality reply: 3 working days [R-SLA-08]",
        "  resolve: 3 working days (special 7 working days) [R-SLA-09]",
        "  feedback: 24 hours after resolve [R-SLA-10]",
        "  rules: R-SLA-05, R-SLA-08, R-SLA-09, R-SLA-10",
    ]


def test_selection_accepts_enum_members_and_a_mapping() -> None:
    case = {
        "channel": Channel.WRITTEN,
        "kind": Kind.COMPLAINT,
        "category": Category.PRODUCT_QUALITY,
        "severity": Severity.GENERAL,
        "special": True,
    }
    sel = presets.WINERY.select(case)
    assert sel.matched_rule == "written or online complaint, product quality"
    assert sel.special is True
    assert sel.targets[0].name == "acknowledge"
    # an attribute in both the mapping and a keyword must name one value
    assert presets.WINERY.select(case, channel="书面").targets[0].name == "acknowledge"
    with pytest.raises(InvalidInput, match=r"^channel: given twice: <Channel.WRITTEN"):
        presets.WINERY.select(case, channel=Channel.FORWARDED)


def test_online_complaint_on_the_winery_is_handled_as_written_issue_17_R_SLA_06() -> None:
    online = presets.WINERY.select(channel="email", kind="complaint")
    assert online.matched_rule == "written or online complaint"
    assert [t.name for t in online.targets] == ["acknowledge", "resolve", "feedback"]


def test_praise_and_no_action_select_an_explicit_rule_without_targets_issue_17() -> None:
    for preset in presets.all_presets():
        for kind in ("praise", "表扬", Kind.NO_ACTION):
            sel = preset.select(kind=kind, channel="phone")
            assert sel.targets == ()
            assert sel.matched_rule == "praise or no action: no SLA target"
            assert sel.reason.endswith(": no SLA target")
            assert preset.schedule(received_at=T(9, 30, 16), kind=kind, channel="phone").steps == ()


def test_a_case_lacking_what_the_desk_reads_is_refused_naming_it_issue_17() -> None:
    """A case a rule would match once an attribute it reads is given lacks an input: an
    InvalidInput naming the attribute (not a PolicyError: the desk is not broken)."""
    with pytest.raises(InvalidInput) as info:  # no channel: the desk cannot tell the target
        presets.WINERY.schedule(received_at=T(9, 30, 16), channel=None, kind="投诉")
    assert (info.value.argument, info.value.value) == ("channel", None)
    assert str(info.value) == (
        "channel: desk 'winery' reads the channel of a case with kind=complaint, and none was "
        "given; pass channel=… (its rules take phone, online, written, forwarded, in_person) "
        "(got None)"
    )
    with pytest.raises(InvalidInput, match=r"^kind: desk 'tobacco' reads the kind of a case "):
        presets.TOBACCO.select()
    # the category only some rules read is not asked for first
    with pytest.raises(InvalidInput, match=r"^channel: "):
        presets.WINERY.select(kind="complaint", category="product_quality")


def test_a_case_no_rule_covers_raises_naming_the_desk_and_attributes_issue_17() -> None:
    """A case no value of a missing attribute would help is the desk's gap: PolicyError."""
    phone = SelectionRule("phone", ("reply",), conditions={"channel": "phone"})
    desk = SlaPolicy("phone only", (Target("reply", "24小时"),), (phone,))
    with pytest.raises(
        PolicyError,
        match=r"^attributes: desk 'phone only' has no rule for a case with channel=written; "
        r"its rules read channel \(got \{'channel': 'written'\}\)$",
    ):
        desk.select(channel="written")


def test_selection_refuses_unknown_attribute_names_and_bad_values_issue_17() -> None:
    with pytest.raises(InvalidInput, match="chanel: is not one of the case attributes"):
        presets.WINERY.select(chanel="phone")
    with pytest.raises(InvalidInput, match="special: must be a bool"):
        presets.WINERY.select(special="perhaps")
    with pytest.raises(InvalidType, match="kind: must be a Kind or a str"):
        presets.WINERY.select(kind=3)
    with pytest.raises(
        InvalidInput, match=r"channel: is not a known Channel; one of: phone, written"
    ):
        presets.WINERY.select(channel="carrier pigeon", kind="complaint")
    with pytest.raises(InvalidType, match=r"attributes\[0\]: must be a \(attribute, value\) pair"):
        presets.WINERY.select(["phone"])  # type: ignore[list-item]


def test_a_declared_attribute_may_not_take_a_keyword_of_select_or_schedule_issue_17() -> None:
    # such an attribute could never be passed: the keyword would take its value
    keywords = {
        p.name
        for method in (SlaPolicy.select, SlaPolicy.schedule)
        for p in inspect.signature(method).parameters.values()
        if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_ONLY) and p.name != "self"
    }
    assert keywords == {"attributes", "calendar", "received_at", "promised_periods"}
    for name in sorted(keywords):
        with pytest.raises(PolicyError, match=f"^name: .*{name}"):
            CaseAttribute(name, ("a", "b"))
    assert CaseAttribute("at", ("a", "b")).name == "at"  # no keyword of either


def test_selection_on_declared_attributes_and_a_per_case_calendar_issue_17() -> None:
    class Tier(LabelledEnum):
        STANDARD = ("standard", "普通")
        GOLD = ("gold", "金卡")

    fast = Target("reply", "4小时", rule="R-SLA-05")
    slow = Target("slow_reply", "24小时", rule="R-SLA-05")
    policy = SlaPolicy(
        "app",
        (fast, slow),
        (
            SelectionRule(
                "urgent gold", ("reply",), conditions={"priority": "Urgent", "tier": "金卡"}
            ),
            SelectionRule(
                "urgent north", ("reply",), conditions={"priority": "urgent", "region": "north"}
            ),
            SelectionRule("other", ("slow_reply",)),
        ),
        extra_attributes=(
            CaseAttribute("priority", ("low", "normal", "urgent")),
            CaseAttribute("tier", Tier),
            CaseAttribute("region", ("north", "south")),
        ),
    )
    assert policy.select(priority="URGENT", tier="gold").matched_rule == "urgent gold"
    assert (
        policy.select(priority="urgent", tier=Tier.STANDARD, region="North").matched_rule
        == "urgent north"
    )
    assert policy.select(priority="low").matched_rule == "other"
    with pytest.raises(
        InvalidInput, match="priority: is not a known priority; one of: low, normal, urgent"
    ):
        policy.select(priority="asap")
    with pytest.raises(PolicyError, match="tests an unknown case attribute"):
        SlaPolicy("p", (fast,), (SelectionRule("r", ("reply",), conditions={"store": "x"}),))
    with pytest.raises(PolicyError, match=r"rule 'r'.*region"):
        SlaPolicy(
            "p",
            (fast,),
            (SelectionRule("r", ("reply",), conditions={"region": "east"}),),
            extra_attributes=(CaseAttribute("region", ("north",)),),
        )
    with pytest.raises(PolicyError, match="built-in attributes"):
        CaseAttribute("channel", ("x",))
    # the customer's zone: a calendar for this case (the zone always comes from a calendar)
    us = WorkCalendar(country="US", zone="America/New_York")
    sel = policy.select(priority="low", calendar=us)
    assert sel.calendar is us
    at = dt.datetime(2025, 10, 1, 9, 0, tzinfo=NY)
    step = policy.schedule(received_at=at, priority="low", calendar=us).steps[0]
    assert step.due_at == dt.datetime(2025, 10, 2, 9, 0, tzinfo=NY)
    assert step.due_at.tzinfo == NY
    assert policy.select(priority="low").calendar == china()


def test_policy_construction_checks() -> None:
    a = Target("a", "1天")
    b = Target("b", "1天", starts_after="a")
    ok = SlaPolicy("p", (a, b), (SelectionRule("all", ("a", "b")),))
    assert ok.target_named("b") is b
    with pytest.raises(PolicyError, match="unknown case attribute; use channel, kind"):
        SlaPolicy("p", (a,), (SelectionRule("r", ("a",), conditions={"colour": "red"}),))
    with pytest.raises(PolicyError, match="lists no value"):
        SelectionRule("r", ("a",), conditions={"kind": []})
    with pytest.raises(PolicyError, match="names a target twice"):
        SelectionRule("r", ("a", "a"))
    with pytest.raises(PolicyError, match="two targets share this name"):
        SlaPolicy("p", (a, a), (SelectionRule("all", ("a",)),))
    with pytest.raises(PolicyError, match="names an unknown target"):
        SlaPolicy("p", (a,), (SelectionRule("all", ("z",)),))
    with pytest.raises(PolicyError, match="follows an unknown target"):
        SlaPolicy("p", (b,), (SelectionRule("all", ("b",)),))
    with pytest.raises(PolicyError, match="without 'a', which it follows"):
        SlaPolicy("p", (a, b), (SelectionRule("all", ("b",)),))
    c1 = Target("c1", "1天", starts_after="c2")
    c2 = Target("c2", "1天", starts_after="c1")
    with pytest.raises(PolicyError, match="cycle"):
        SlaPolicy("p", (c1, c2), (SelectionRule("all", ("c1", "c2")),))
    with pytest.raises(PolicyError, match="follows the catch-all rule 'all'"):
        SlaPolicy(
            "p",
            (a,),
            (
                SelectionRule("all", ("a",)),
                SelectionRule("x", ("a",), conditions={"kind": "praise"}),
            ),
        )
    with pytest.raises(PolicyError, match="two rules share this name"):
        SlaPolicy(
            "p",
            (a,),
            (SelectionRule("r", ("a",), conditions={"kind": "praise"}), SelectionRule("r", ("a",))),
        )
    with pytest.raises(InvalidType, match="calendar: must be a WorkCalendar"):
        SlaPolicy("p", (a,), (SelectionRule("all", ("a",)),), calendar="CN")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="is not a target of 'p'"):
        ok.target_named("zz")


# --------------------------------------------------------------------------- clock events


def test_clock_events_are_recorded_in_order_with_reasons() -> None:
    c = Clock.start(T(9, 30, 16), REPLY, note="phone call")
    c = (
        c.pause(T(9, 30, 18), note="waiting for the customer")
        .resume(T(9, 30, 20))
        .stop(T(10, 1, 9))
    )
    assert [e.kind for e in c.events] == [
        EventKind.START,
        EventKind.PAUSE,
        EventKind.RESUME,
        EventKind.STOP,
    ]
    assert c.events[1].note == "waiting for the customer"
    assert c.stopped_at == T(10, 1, 9)
    assert c.cycle_count == 1


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda c: c.resume(T(9, 30, 17)), "the clock is not paused"),
        (lambda c: c.pause(T(9, 30, 17)).pause(T(9, 30, 18)), "already paused"),
        (lambda c: c.pause(T(9, 30, 15)), "before the clock's start"),
        (lambda c: c.pause(T(9, 30, 18)).resume(T(9, 30, 17)), "before the previous event"),
        (lambda c: c.stop(T(9, 30, 17)).stop(T(9, 30, 18)), "stopped already"),
        (lambda c: c.stop(T(9, 30, 17)).pause(T(9, 30, 18)), "the clock is stopped"),
        (lambda c: c.stop(T(9, 30, 17)).resume(T(9, 30, 18)), "the clock is stopped"),
        (lambda c: c.restart(T(9, 30, 17)), "only a stopped clock can be restarted"),
    ],
)
def test_illegal_transitions_raise_and_change_nothing(build, message) -> None:  # type: ignore[no-untyped-def]
    clock = Clock.start(T(9, 30, 16), REPLY)
    before = clock.status(at=T(9, 30, 19))
    with pytest.raises(IllegalTransition, match=message) as info:
        build(clock)
    assert info.value.event_name in {"pause", "resume", "stop", "restart"}
    assert clock.events == (ClockEvent(T(9, 30, 16), "start"),)
    assert clock.status(at=T(9, 30, 19)) == before


def test_clock_replayed_from_events_is_checked_too() -> None:
    with pytest.raises(IllegalTransition, match="has not been started"):
        Clock(REPLY, (ClockEvent(T(9, 30, 16), "pause"),))
    with pytest.raises(IllegalTransition, match="started already"):
        Clock(REPLY, (ClockEvent(T(9, 30, 16), "start"), ClockEvent(T(9, 30, 17), "start")))
    with pytest.raises(InvalidInput, match="must begin with a start event"):
        Clock(REPLY, ())
    with pytest.raises(InvalidType, match="events: must hold ClockEvent"):
        Clock(REPLY, ("start",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        Clock.start(dt.datetime(2025, 9, 30, 16), REPLY)


def test_clock_converts_events_to_the_calendar_zone_and_replays_equal() -> None:
    utc = dt.datetime(2025, 9, 30, 8, 0, tzinfo=dt.timezone.utc)
    c = Clock.start(utc, REPLY).pause(T(9, 30, 18)).resume(T(9, 30, 20))
    assert c.events[0].at.tzinfo == SH
    again = Clock(REPLY, c.events, calendar=china())
    assert again == c
    assert again.status(at=T(10, 2)) == c.status(at=T(10, 2))


# --------------------------------------------------------------------------- status and pauses


def test_wall_time_target_counts_holidays_and_pauses_push_by_wall_time_R_SLA_05() -> None:
    c = Clock.start(T(9, 30, 16), REPLY)  # 24小时 is elapsed time: National Day counts
    assert c.status(at=T(9, 30, 16)).due_at == T(10, 1, 16)
    c = c.pause(T(9, 30, 18), note="customer unreachable").resume(T(9, 30, 20))
    s = c.status(at=T(10, 1, 9))
    assert s.due_at == T(10, 1, 18)
    assert s.elapsed == 15 * H
    assert s.paused == 2 * H
    assert s.remaining == 9 * H
    assert s.used == Fraction(15, 24)
    assert s.warning == Decimal("0.5")
    assert s.state is State.RUNNING


def test_paused_clock_reports_the_deadline_if_resumed_now() -> None:
    c = Clock.start(T(9, 30, 16), REPLY).pause(T(9, 30, 18))
    s = c.status(at=T(9, 30, 21))
    assert s.state is State.PAUSED
    assert s.paused_at == T(9, 30, 18)
    assert s.due_at == T(10, 1, 19)  # 3 hours paused so far
    assert s.elapsed == 2 * H


def test_day_level_target_converts_to_the_working_time_to_its_deadline_R_SLA_01() -> None:
    c = Clock.start(T(9, 30, 16), SOLUTION)
    s = c.status(at=T(9, 30, 16))
    assert s.due_at == T(10, 9, 18)  # 1 working day; National Day is skipped
    assert s.allowance == 10 * H  # 2 h left of 30 Sept + the whole 9 Oct (8 h)
    assert s.measure is Measure.WORKING
    # a pause over the holiday (no working time) moves nothing
    quiet = c.pause(T(9, 30, 18, 30), note="waiting for parts").resume(T(10, 9, 8))
    assert quiet.status(at=T(10, 9, 8)).due_at == T(10, 9, 18)
    assert quiet.status(at=T(10, 9, 8)).paused == dt.timedelta(0)
    # a pause of two working hours on the last day moves the deadline by two working hours
    busy = c.pause(T(10, 9, 10)).resume(T(10, 9, 12))
    assert busy.status(at=T(10, 9, 12)).due_at == T(10, 10, 11)
    # and so does a pause spanning the evening: 16-18 and 9-10 of the next day
    evening = c.pause(T(10, 9, 16)).resume(T(10, 10, 10))
    assert evening.status(at=T(10, 10, 10)).due_at == T(10, 10, 12)


def test_day_level_pause_across_spring_festival_2026_R_SLA_09() -> None:
    c = Clock.start(S(2, 13, 10), RESOLVE)  # Fri; 14 (调休), 24, 25
    assert c.status(at=S(2, 13, 10)).due_at == S(2, 25, 18)
    # paused from Saturday 14 Feb 15:00 to Tuesday 24 Feb 10:00: 3 h of 14 Feb + 1 h of 24 Feb
    c = c.pause(S(2, 14, 15), note="waiting for lab results").resume(S(2, 24, 10))
    s = c.status(at=S(2, 24, 10))
    assert s.paused == 4 * H
    assert s.due_at == S(2, 26, 14)  # 25 Feb 18:00 + 4 working hours (9-12, 13-14)


def test_pause_after_the_deadline_does_not_move_it() -> None:
    c = Clock.start(T(9, 30, 16), SOLUTION).pause(T(10, 9, 20)).resume(T(10, 10, 10))
    s = c.status(at=T(10, 10, 11))
    assert s.due_at == T(10, 9, 18)
    assert s.state is State.BREACHED
    assert s.margin == -17 * H


def test_pause_exactly_at_the_deadline_does_not_save_the_target() -> None:
    """The deadline is reached at or before the pause, so the pause does not move it."""
    c = Clock.start(T(9, 30, 16), REPLY).pause(T(10, 1, 16)).resume(T(10, 2, 9))
    assert c.status(at=T(10, 1, 16)).state is State.PAUSED  # on the deadline: still in time
    s = c.status(at=T(10, 2, 9))
    assert s.due_at == T(10, 1, 16)
    assert s.state is State.BREACHED
    assert c.stop(T(10, 2, 9)).status(at=T(10, 2, 9)).breached
    # a minute earlier, the pause carries the last minute over
    d = Clock.start(T(9, 30, 16), REPLY).pause(T(10, 1, 15, 59)).resume(T(10, 2, 9))
    assert d.status(at=T(10, 2, 9)).due_at == T(10, 2, 9, 1)


def test_breach_stop_and_margin() -> None:
    early = Clock.start(T(9, 30, 16), REPLY).stop(T(10, 1, 10))
    s = early.status(at=T(10, 5))
    assert s.state is State.MET
    assert s.met
    assert not s.breached
    assert s.margin == 6 * H
    assert not s.is_open
    late = Clock.start(T(9, 30, 16), REPLY).stop(T(10, 1, 17, 30))
    s = late.status(at=T(10, 1, 17, 30))
    assert s.state is State.BREACHED
    assert s.margin == -dt.timedelta(minutes=90)
    assert "late by 1h30m" in s.reason
    open_late = Clock.start(T(9, 30, 16), REPLY).status(at=T(10, 1, 16, 1))
    assert open_late.state is State.BREACHED
    assert open_late.is_open
    assert open_late.remaining == -dt.timedelta(minutes=1)
    exactly = Clock.start(T(9, 30, 16), REPLY).stop(T(10, 1, 16))
    assert exactly.status(at=T(10, 2)).met  # on the deadline is in time


def test_stop_while_paused_is_met_with_the_deadline_as_it_stood() -> None:
    c = Clock.start(T(9, 30, 16), REPLY).pause(T(9, 30, 17)).stop(T(10, 3))
    s = c.status(at=T(10, 5))
    assert s.state is State.MET
    assert s.elapsed == H
    assert s.due_at == T(10, 3) + 23 * H


def test_warnings_at_half_and_three_quarters_R_SLA_09() -> None:
    c = Clock.start(T(9, 30, 16), RESOLVE)  # 26 working hours, due 11 Oct 18:00
    assert c.status(at=T(9, 30, 17)).warning is None
    assert c.status(at=T(10, 10, 12)).warning == Decimal("0.5")  # 13 of 26 h
    assert c.status(at=T(10, 10, 12)).used == Fraction(1, 2)
    assert c.status(at=T(10, 11, 11)).warning == Decimal("0.75")  # 20 of 26 h
    custom = attrs.evolve(RESOLVE, warnings=("0.9",))
    assert Clock.start(T(9, 30, 16), custom).status(at=T(10, 11, 11)).warning is None


def test_working_hours_target_uses_the_makeup_sunday() -> None:
    budget = Target("answer", Period.working_hours(8))
    c = Clock.start(T(9, 26, 17), budget)  # Fri 17:00; Sat 27 off; Sun 28 Sept is 调休
    assert c.status(at=T(9, 26, 17)).due_at == T(9, 28, 17)
    assert c.measure is Measure.WORKING


def test_status_ignores_later_events_and_refuses_times_before_the_start() -> None:
    c = Clock.start(T(9, 30, 16), REPLY).pause(T(9, 30, 18)).resume(T(9, 30, 20)).stop(T(10, 1))
    assert c.status(at=T(9, 30, 17)).state is State.RUNNING
    assert c.status(at=T(9, 30, 19)).state is State.PAUSED
    assert c.status(at=T(9, 30, 17)).due_at == T(10, 1, 16)
    with pytest.raises(InvalidInput, match="at: is before the clock started"):
        c.status(at=T(9, 30, 15))
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        c.status(at=dt.datetime(2025, 10, 1))


def test_zero_allowance_is_used_up_at_once() -> None:
    same_day = Target("follow_up", Period.days(0))
    c = Clock.start(T(10, 9, 18), same_day)  # at the close: due at once
    s = c.status(at=T(10, 9, 18))
    assert s.allowance == dt.timedelta(0)
    assert s.used == 1
    assert s.state is State.RUNNING
    assert c.status(at=T(10, 9, 18, 1)).state is State.BREACHED


def test_calendar_without_business_hours_ends_days_at_midnight() -> None:
    cal = WorkCalendar(business_hours=None)
    c = Clock.start(T(9, 30, 16), SOLUTION, calendar=cal)
    s = c.status(at=T(9, 30, 16))
    assert s.due_at == T(10, 10, 0)  # 24:00 of 9 October
    assert s.allowance == 32 * H  # 8 h of 30 Sept + 24 h of 9 Oct
    c = c.pause(T(10, 9, 10)).resume(T(10, 9, 12))
    assert c.status(at=T(10, 9, 12)).due_at == T(10, 10, 2)  # the next day is a working day
    always = WorkCalendar(business_hours=BusinessHours.always())
    assert Clock.start(T(9, 30, 16), SOLUTION, calendar=always).status(at=T(9, 30, 16)).due_at == T(
        10, 10
    )


def test_restart_opens_a_new_cycle_until_the_customer_is_satisfied_R_SLA_04_R_CMP_08() -> None:
    resolve = presets.QUALITY.target_named("resolve")
    c = Clock.start(T(9, 30, 10), resolve).stop(T(10, 9, 15), note="handled")
    assert c.status(at=T(10, 9, 15)).met
    c = c.restart(T(10, 10, 10), note="customer not satisfied")
    s = c.status(at=T(10, 10, 11))
    assert s.cycle_index == 2
    assert s.due_at == T(10, 17, 18)  # a week again from the restart
    assert [h.state for h in s.history] == [State.MET]
    assert s.history[0].due_at == T(10, 9, 18)
    assert s.history[0].stopped_at == T(10, 9, 15)
    assert "(cycle 2)" in s.reason
    c = c.stop(T(10, 20, 9))
    s = c.status(at=T(10, 20, 9))
    assert s.state is State.BREACHED
    assert c.cycle_count == 2
    # the status as of the first cycle is still available
    assert c.status(at=T(10, 9, 16)).cycle_index == 1


def test_chained_targets_start_when_their_predecessor_stops_R_SLA_04_R_SLA_10() -> None:
    quality = presets.QUALITY
    resolve = Clock.start(T(9, 30, 10), quality.target_named("resolve"))
    with pytest.raises(IllegalTransition, match="has not been stopped"):
        Clock.start_after(quality.target_named("follow_up"), resolve)
    with pytest.raises(InvalidInput, match="starts after 'agreement'"):
        Clock.start_after(quality.target_named("report"), resolve)
    done = resolve.stop(T(10, 9, 15))
    follow = Clock.start_after(quality.target_named("follow_up"), done)
    # the same calendar day, to 24:00 (D5 第六条 3 在处理完当天, R-SLA-04)
    assert follow.status(at=T(10, 9, 15)).due_at == T(10, 10, 0)
    late = Clock.start_after(quality.target_named("follow_up"), resolve.stop(T(10, 9, 19)))
    assert late.status(at=T(10, 9, 19)).due_at == T(10, 10, 0)  # after hours: still that day
    feedback = presets.WINERY.target_named("feedback")
    wine = Clock.start(T(9, 30, 16), presets.WINERY.target_named("resolve")).stop(T(10, 10, 15))
    assert Clock.start_after(feedback, wine).status(at=T(10, 10, 15)).due_at == T(10, 11, 15)


def test_warnings_exactly_at_half_and_three_quarters_R_SLA_05() -> None:
    """A threshold is reached the moment used == threshold (ServiceNow's 50% / 75%)."""
    c = Clock.start(T(9, 30, 16), REPLY)
    assert c.status(at=T(9, 30, 16)).warning is None  # at the start: nothing used
    assert c.status(at=T(10, 1, 4)).used == Fraction(1, 2)
    assert c.status(at=T(10, 1, 4)).warning == Decimal("0.5")
    assert c.status(at=T(10, 1, 4) - dt.timedelta(microseconds=1)).warning is None
    assert c.status(at=T(10, 1, 10)).used == Fraction(3, 4)
    assert c.status(at=T(10, 1, 10)).warning == Decimal("0.75")
    assert c.status(at=T(10, 1, 10) - dt.timedelta(microseconds=1)).warning == Decimal("0.5")
    assert "warning 0.75" in c.status(at=T(10, 1, 10)).reason
    assert "warning" not in c.stop(T(10, 1, 10)).status(at=T(10, 1, 10)).reason  # met: no alert


def test_pause_at_the_very_start() -> None:
    """A pause at the start instant counts like any other (R-SLA-05 wall, R-SLA-01 days)."""
    wall = Clock.start(T(9, 30, 16), REPLY).pause(T(9, 30, 16)).resume(T(9, 30, 18))
    assert wall.status(at=T(9, 30, 18)).due_at == T(10, 1, 18)
    assert wall.status(at=T(9, 30, 18)).elapsed == dt.timedelta(0)
    day = Clock.start(T(9, 30, 16), SOLUTION).pause(T(9, 30, 16)).resume(T(9, 30, 17))
    assert day.status(at=T(9, 30, 17)).due_at == T(10, 10, 10)  # one working hour later
    assert day.status(at=T(9, 30, 17)).paused == H


def test_working_hours_pause_across_national_day_moves_by_the_business_time_covered() -> None:
    budget = Target("answer", Period.working_hours(8))
    c = Clock.start(T(9, 30, 16), budget)
    assert c.status(at=T(9, 30, 16)).due_at == T(10, 9, 16)  # 2 h on 30 Sept, 6 h on 9 Oct
    c = c.pause(T(9, 30, 17), note="waiting for the lab").resume(T(10, 9, 10))
    s = c.status(at=T(10, 9, 10))
    assert s.paused == 2 * H  # 17-18 on 30 Sept and 9-10 on 9 Oct; the holiday is not work
    assert s.due_at == T(10, 9, 18)


def test_events_at_identical_instants() -> None:
    t = T(9, 30, 16)
    instant = Clock.start(t, REPLY).stop(t)
    s = instant.status(at=t)
    assert (s.state, s.elapsed, s.margin) == (State.MET, dt.timedelta(0), 24 * H)
    flicker = Clock.start(t, REPLY).pause(T(9, 30, 17)).resume(T(9, 30, 17)).pause(T(9, 30, 17))
    s = flicker.status(at=T(9, 30, 17))
    assert (s.state, s.paused_at, s.elapsed) == (State.PAUSED, T(9, 30, 17), H)
    again = Clock.start(t, REPLY).stop(T(9, 30, 17)).restart(T(9, 30, 17))
    s = again.status(at=T(9, 30, 17))
    assert (s.cycle_index, s.state, s.due_at) == (2, State.RUNNING, T(10, 1, 17))
    assert [h.state for h in s.history] == [State.MET]
    assert Clock(REPLY, again.events).status(at=T(9, 30, 17)) == s


def test_restart_after_a_breach_starts_a_fresh_cycle_R_CMP_08() -> None:
    c = Clock.start(T(9, 30, 16), REPLY).stop(T(10, 1, 17))
    assert c.status(at=T(10, 1, 17)).breached
    c = c.restart(T(10, 2, 9), note="customer not satisfied")
    s = c.status(at=T(10, 2, 10))
    assert (s.cycle_index, s.state, s.due_at, s.elapsed, s.warning) == (
        2,
        State.RUNNING,
        T(10, 3, 9),
        H,
        None,
    )
    assert s.history[0].state is State.BREACHED
    assert s.history[0].remaining == -H
    assert "(cycle 2)" in s.reason


def test_several_cycles_keep_their_own_history_R_SLA_04() -> None:
    c = Clock.start(T(9, 30, 16), SOLUTION)
    stops = [T(10, 9, 17), T(10, 10, 17), T(10, 13, 17)]
    for i, stop in enumerate(stops):
        c = c.stop(stop)
        if i < len(stops) - 1:
            c = c.restart(stop + H)
    s = c.status(at=T(10, 14, 9))
    assert c.cycle_count == s.cycle_index == 3
    # each restart at 18:00 gets the next working day; Saturday 10-11 is a 调休 working day
    assert [h.due_at for h in s.history] == [T(10, 9, 18), T(10, 10, 18)]
    assert all(h.state is State.MET for h in s.history)
    assert (s.state, s.due_at, s.margin) == (State.BREACHED, T(10, 11, 18), -47 * H)


def test_chained_target_when_its_predecessor_restarts_R_SLA_04_R_CMP_08() -> None:
    quality = presets.QUALITY
    resolve = Clock.start(T(9, 30, 10), quality.target_named("resolve")).stop(T(10, 9, 15))
    follow = Clock.start_after(quality.target_named("follow_up"), resolve).stop(T(10, 9, 16))
    assert follow.status(at=T(10, 9, 16)).met
    reopened = resolve.restart(T(10, 10, 10), note="customer not satisfied")
    with pytest.raises(IllegalTransition, match="has not been stopped"):
        Clock.start_after(quality.target_named("follow_up"), reopened)
    closed = reopened.stop(T(10, 13, 11))
    assert closed.stopped_at is not None
    # the follow-up call runs again on the day the second handling completes
    again = follow.restart(closed.stopped_at, note="handled again")
    assert again.status(at=T(10, 13, 12)).due_at == T(10, 14, 0)
    assert again.status(at=T(10, 13, 12)).history[0].state is State.MET
    assert Clock.start_after(quality.target_named("follow_up"), closed).status(
        at=T(10, 13, 12)
    ).due_at == T(10, 14, 0)


def test_a_case_found_special_part_way_switches_to_the_special_period_R_SLA_09() -> None:
    c = Clock.start(T(9, 30, 16), RESOLVE).pause(T(10, 9, 10)).resume(T(10, 9, 11))
    late = T(10, 13, 11)
    assert c.status(at=late).due_at == T(10, 13, 10)  # 3 working days + the working hour paused
    assert c.status(at=late).state is State.BREACHED
    special = c.as_special()
    s = special.status(at=late)
    assert (s.state, s.due_at) == (State.RUNNING, T(10, 17, 10))  # 7 working days + 1 h
    assert special.period == Period.workdays(7)
    assert special.events == c.events
    assert special.as_special(special=False) == c
    with pytest.raises(InvalidType, match="special: must be a bool"):
        c.as_special(special="yes")  # type: ignore[arg-type]


def test_clock_on_a_new_york_calendar_across_daylight_saving() -> None:
    """Wall time is elapsed time; the repeated autumn hour is ordered by the instant."""
    us = WorkCalendar(country="US", zone="America/New_York")
    spring = Clock.start(
        dt.datetime(2025, 3, 8, 12, tzinfo=NY), Target("reply", "24小时"), calendar=us
    )
    assert spring.status(at=spring.started_at).due_at == dt.datetime(2025, 3, 9, 13, tzinfo=NY)
    thanksgiving = Clock.start(dt.datetime(2025, 11, 26, 10, tzinfo=NY), SOLUTION, calendar=us)
    s = thanksgiving.status(at=thanksgiving.started_at)
    assert s.due_at == dt.datetime(2025, 11, 28, 18, tzinfo=NY)  # 27 Nov is Thanksgiving
    assert s.allowance == 15 * H
    # 01:00 EDT, pause at 01:45 EDT, resume at 01:15 EST (later, though it reads earlier)
    two = Target("reply", "2小时")
    c = Clock.start(dt.datetime(2025, 11, 2, 5, 0, tzinfo=UTC), two, calendar=us)
    c = c.pause(dt.datetime(2025, 11, 2, 5, 45, tzinfo=UTC))
    c = c.resume(dt.datetime(2025, 11, 2, 6, 15, tzinfo=UTC))
    s = c.status(at=dt.datetime(2025, 11, 2, 7, 0, tzinfo=UTC))
    assert (s.elapsed, s.paused, s.state) == (90 * MINUTE, 30 * MINUTE, State.RUNNING)
    assert s.due_at == dt.datetime(2025, 11, 2, 7, 30, tzinfo=UTC)
    assert s.margin == 30 * MINUTE
    assert (
        Clock(two, c.events, calendar=us).status(at=dt.datetime(2025, 11, 2, 7, 0, tzinfo=UTC)) == s
    )
    with pytest.raises(IllegalTransition, match="before the previous event"):
        c.pause(dt.datetime(2025, 11, 2, 5, 50, tzinfo=UTC))  # 01:50 EDT is earlier


def test_provisional_years_are_flagged_in_the_status_not_raised() -> None:
    """RULES.md §1: a year without a published arrangement is never silently final."""
    cal = WorkCalendar()  # a fresh calendar warns once per unpublished year
    with pytest.warns(ProvisionalCalendarWarning, match="2027"):
        c = Clock.start(dt.datetime(2026, 12, 30, 10, tzinfo=SH), RESOLVE, calendar=cal)
    s = c.status(at=dt.datetime(2026, 12, 31, 10, tzinfo=SH))  # no second warning
    assert s.provisional
    assert s.due_at == dt.datetime(2027, 1, 5, 18, tzinfo=SH)  # 1 January: statutory holiday
    assert "provisional calendar" in s.reason
    assert not Clock.start(T(9, 30, 16), RESOLVE, calendar=cal).status(at=T(9, 30, 16)).provisional
    wall = Clock.start(dt.datetime(2027, 3, 1, 9, tzinfo=SH), REPLY, calendar=cal)
    assert not wall.status(at=wall.started_at).provisional  # 24 hours need no calendar
    declared = WorkCalendar(final_years=[2027])
    assert (
        not Clock.start(dt.datetime(2026, 12, 30, 10, tzinfo=SH), RESOLVE, calendar=declared)
        .status(at=dt.datetime(2026, 12, 31, tzinfo=SH))
        .provisional
    )
    with pytest.raises(CalendarNotPublished):
        Clock.start(
            dt.datetime(2026, 12, 30, 10, tzinfo=SH), RESOLVE, calendar=WorkCalendar(strict=True)
        )


def test_thousands_of_events_are_evaluated_in_one_pass() -> None:
    """Status is linear in the events: 4,000 pauses and resumes, each a minute apart."""
    t = T(9, 30, 16)
    events = [ClockEvent(t, "start")]
    for i in range(1, 4001):
        events.append(ClockEvent(t + i * MINUTE, "pause" if i % 2 else "resume"))
    c = Clock(Target("x", "72小时"), tuple(events))
    s = c.status(at=t + 4000 * MINUTE)
    assert (s.elapsed, s.paused) == (2000 * MINUTE, 2000 * MINUTE)
    assert s.due_at == t + 72 * H + 2000 * MINUTE
    short = Clock(REPLY, tuple(events)).status(at=t + 4000 * MINUTE)
    assert short.due_at == t + 2879 * MINUTE  # 24 h of running time reached in the 2880th minute
    assert short.breached
    assert c.pause(t + 4000 * MINUTE).status(at=t + 4001 * MINUTE).paused_at == t + 4000 * MINUTE


# --------------------------------------------------------------------------- presets


def test_presets_by_name_and_alias() -> None:
    assert presets.names() == ("dealer", "quality", "winery", "tobacco")
    assert presets.get("D1") is presets.DEALER
    assert presets.get("质量体系") is presets.QUALITY
    assert presets.get("WINERY") is presets.WINERY
    assert presets.get("卷烟") is presets.TOBACCO
    assert [p.source for p in presets.all_presets()] == ["D1", "D5", "D10", "D14"]
    with pytest.raises(InvalidInput, match="is not a preset"):
        presets.get("bakery")
    with pytest.raises(InvalidType, match="name: must be a str"):
        presets.get(1)  # type: ignore[arg-type]


def test_dealer_one_working_day_national_day_2025_R_SLA_01_R_CMP_06() -> None:
    assert dues(presets.DEALER, T(9, 30, 16), kind="complaint") == {"solution": T(10, 9, 18)}
    # Sunday 28 Sept is a 调休 working day: the next working day is Monday
    assert dues(presets.DEALER, T(9, 28, 10)) == {"solution": T(9, 29, 18)}
    # received on a holiday: the first working day after it
    assert dues(presets.DEALER, T(10, 3, 11)) == {"solution": T(10, 9, 18)}


def test_dealer_spring_festival_2026_and_major_complaints_R_CMP_07() -> None:
    assert dues(presets.DEALER, S(2, 13, 18, 30)) == {"solution": S(2, 14, 18)}  # 调休 Sat
    assert dues(presets.DEALER, S(2, 14, 9)) == {"solution": S(2, 24, 18)}
    major = presets.DEALER.select(severity=Severity.MAJOR, kind="complaint")
    assert major.matched_rule == "major complaint"
    assert (major.rule, major.rule_ids) == ("R-CMP-07", ("R-CMP-07", "R-SLA-01"))
    assert presets.DEALER.select(severity="general").matched_rule == "complaint or suggestion"
    assert presets.DEALER.select(kind="建议").matched_rule == "complaint or suggestion"
    assert presets.DEALER.select(kind="咨询").targets == ()


def test_quality_desk_national_day_2025_R_SLA_02_03_04() -> None:
    assert dues(presets.QUALITY, T(9, 30, 10), kind="complaint") == {
        "agreement": T(10, 9, 18),  # 1 day → 1 Oct, a holiday → 9 Oct
        "report": T(10, 13, 18),  # 3 days after the agreement → Sun 12 Oct → Mon 13
        "resolve": T(10, 9, 18),  # 1 week → 7 Oct, a holiday → 9 Oct
        "follow_up": T(10, 10, 0),  # the same calendar day as resolve, to 24:00
    }
    agreement = Clock.start(T(9, 30, 10), presets.QUALITY.target_named("agreement"))
    agreement = agreement.stop(T(10, 9, 11))
    report = Clock.start_after(presets.QUALITY.target_named("report"), agreement)
    assert report.status(at=T(10, 9, 11)).due_at == T(10, 13, 18)


def test_quality_desk_spring_festival_2026() -> None:
    assert dues(presets.QUALITY, S(2, 13, 10), kind="complaint") == {
        "agreement": S(2, 14, 18),  # the 调休 Saturday is a working day
        "report": S(2, 24, 18),
        "resolve": S(2, 24, 18),  # 20 Feb is in the holiday → 24 Feb
        "follow_up": S(2, 25, 0),
    }
    assert dues(presets.QUALITY, S(2, 16, 10), kind="complaint")["agreement"] == S(2, 24, 18)


def test_winery_by_channel_national_day_2025_R_SLA_05_06_07_08_09_10() -> None:
    """R-SLA-05 phone reply, R-SLA-06 written acknowledgement and R-SLA-07 in-person or
    forwarded registration within 24 hours; R-SLA-08 quality reply and R-SLA-09 handling in
    3 working days; R-SLA-10 feedback 24 hours after handling."""
    at = T(9, 30, 16)
    assert dues(presets.WINERY, at, channel="phone", kind="complaint") == {
        "reply": T(10, 1, 16),
        "resolve": T(10, 11, 18),
        "feedback": T(10, 12, 18),
    }
    assert dues(presets.WINERY, at, channel="书面", kind="投诉", category="产品质量") == {
        "acknowledge": T(10, 1, 16),
        "quality_reply": T(10, 11, 18),
        "resolve": T(10, 11, 18),
        "feedback": T(10, 12, 18),
    }
    for channel in ("in_person", "forwarded", "口头"):
        got = dues(presets.WINERY, at, channel=channel, kind="complaint", special=True)
        assert got == {
            "register": T(10, 1, 16),
            "resolve": T(10, 16, 18),
            "feedback": T(10, 17, 18),
        }


def test_winery_spring_festival_2026() -> None:
    got = dues(
        presets.WINERY,
        S(2, 13, 17),
        channel=Channel.WRITTEN,
        kind=Kind.COMPLAINT,
        category=Category.PRODUCT_QUALITY,
    )
    assert got == {
        "acknowledge": S(2, 14, 17),
        "quality_reply": S(2, 25, 18),  # 14 (调休), 24, 25
        "resolve": S(2, 25, 18),
        "feedback": S(2, 26, 18),
    }
    special = dues(presets.WINERY, S(2, 13, 17), channel="phone", kind="complaint", special=True)
    assert special["resolve"] == S(3, 2, 18)  # 14, 24, 25, 26, 27, 28 (调休), 2 March


def test_tobacco_national_day_2025_R_SLA_11_12_09() -> None:
    assert dues(presets.TOBACCO, T(9, 30, 20), kind="consultation") == {"answer": T(10, 1, 20)}
    assert dues(presets.TOBACCO, T(9, 29, 9), kind="complaint") == {"resolve": T(10, 10, 18)}
    assert dues(presets.TOBACCO, T(9, 29, 9), kind="complaint", special=True) == {
        "resolve": T(10, 15, 18)
    }
    suggestion = presets.TOBACCO.schedule(received_at=T(9, 30, 16), kind="suggestion")
    assert suggestion.steps[0].due_at is None
    assert "promised" in suggestion.steps[0].note
    promised = presets.TOBACCO.schedule(
        received_at=T(9, 30, 16), kind="建议", promised_periods={"promised_reply": "2个工作日"}
    )
    assert promised.steps[0].due_at == T(10, 10, 18)


def test_tobacco_spring_festival_2026() -> None:
    assert dues(presets.TOBACCO, S(2, 13, 15), kind="投诉") == {"resolve": S(2, 25, 18)}
    assert dues(presets.TOBACCO, S(2, 13, 15), kind="投诉", special=True) == {
        "resolve": S(3, 2, 18)
    }
    assert dues(presets.TOBACCO, S(2, 16, 10), kind="咨询") == {"answer": S(2, 17, 10)}


def test_selection_start_clocks_runs_the_clocks_of_a_case() -> None:
    sel = presets.WINERY.select(channel="phone", kind="complaint", special=True)
    clocks = sel.start_clocks(at=T(9, 30, 16))
    assert set(clocks) == {"reply", "resolve"}  # feedback waits for resolve
    assert clocks["resolve"].status(at=T(9, 30, 16)).due_at == T(10, 16, 18)
    assert sel.target_named("feedback").starts_after == "resolve"
    with pytest.raises(InvalidInput, match="is not a selected target"):
        sel.target_named("quality_reply")


def test_schedule_explains_the_rule_and_every_due_time() -> None:
    schedule = presets.WINERY.schedule(received_at=T(9, 30, 16), channel="phone", kind="complaint")
    assert schedule.rule == "R-SLA-05"
    assert schedule.rule_ids == ("R-SLA-05", "R-SLA-09", "R-SLA-10") == schedule.selection.rule_ids
    assert schedule.reason == schedule.selection.reason
    lines = schedule.explain().splitlines()
    assert (
        lines[0]
        == str(schedule)
        == (
            "winery (R-SLA-05): rule 'phone complaint' matches "
            "channel=phone, kind=complaint: reply, resolve, feedback"
        )
    )
    assert lines[-1] == "  rules: R-SLA-05, R-SLA-09, R-SLA-10"
    assert lines[1].split() == [
        "reply",
        "24",
        "hours",
        "due",
        "2025-10-01",
        "16:00+08:00",
        "from",
        "receipt",
        "of",
        "the",
        "complaint",
        "[R-SLA-05]",
    ]
    assert [step.target.name for step in schedule.steps] == ["reply", "resolve", "feedback"]
    assert schedule.steps[2].started_at == schedule.steps[1].due_at


def test_a_preset_with_its_own_calendar() -> None:
    closed = WorkCalendar(closures=[dt.date(2025, 10, 9)])
    desk = attrs.evolve(presets.DEALER, calendar=closed)
    assert dues(desk, T(9, 30, 16)) == {"solution": T(10, 10, 18)}
    assert desk.calendar is closed
    assert desk.select(kind="complaint").calendar is closed
    # J (api-sla): one field, always a WorkCalendar; None is the default China calendar
    assert presets.DEALER.calendar == china() == SlaPolicy("d", (Target("a", "1天"),), ()).calendar
    # a call's calendar counts that case on another calendar, the desk's stays
    other = WorkCalendar(zone="UTC")
    assert desk.select(kind="complaint", calendar=other).calendar is other
    assert desk.select(kind="complaint", calendar=None).calendar is closed
    with pytest.raises(InvalidType, match="calendar: must be a WorkCalendar or None"):
        SlaPolicy("d", (Target("a", "1天"),), (), calendar="CN")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- batch


def test_due_many_equals_the_single_clock() -> None:
    starts = [T(9, 30, 16), T(9, 30, 19), T(10, 3, 11), S(2, 13, 17), T(9, 30, 16)]
    for target in (REPLY, SOLUTION, RESOLVE, Target("w", Period.working_hours(8))):
        single = [Clock.start(s, target).status(at=s).due_at for s in starts]
        assert due_many(starts, target) == single
        assert [due(s, target) for s in starts] == single
    assert due_many(starts, RESOLVE, special=True)[0] == T(10, 16, 18)
    same_day = Target("follow_up", Period.days(0))
    late = [T(10, 9, 15), T(10, 9, 19)]  # the second begins after the close
    assert due_many(late, same_day) == [T(10, 9, 18), T(10, 10, 18)]
    assert due_many(late, same_day) == [deadline(s, Period.days(0)) for s in late]
    assert due_many(tuple(late), same_day) == (T(10, 9, 18), T(10, 10, 18))


def test_due_many_refuses_bad_input() -> None:
    with pytest.raises(InvalidInput, match=r"starts\[1\]: must be timezone-aware"):
        due_many([T(9, 30), dt.datetime(2025, 9, 30)], REPLY)
    with pytest.raises(InvalidType, match="starts: must be an iterable"):
        due_many(T(9, 30), REPLY)
    with pytest.raises(InvalidType, match="target: must be a Target"):
        due_many([T(9, 30)], "reply")  # type: ignore[call-overload]
    # without business hours a working day is worked from 00:00 to 24:00
    whole_days = WorkCalendar(business_hours=None)
    eight = Target("w", "8个工作小时")
    assert due_many([T(9, 30, 20), T(9, 30, 22)], eight, calendar=whole_days) == [
        T(10, 9, 4),
        T(10, 9, 6),
    ]


# --------------------------------------------------------------------------- recurring targets


def test_update_every_n_renews_on_each_update_issue_17() -> None:
    """The seed's 跟踪 duties (D1 第三条 跟进投诉处理的进程, D14 二 跟踪、验证): an update
    to the customer meets the current period and the next one is due N later."""
    update = Target("update", "24小时", recurrence=Recurrence.EVERY, label="跟踪进度")
    c = Clock.start(T(10, 9, 9), update, note="received")
    c = c.renew(T(10, 10, 8), note="progress call").renew(T(10, 11, 7), note="progress call")
    s = c.status(at=T(10, 12, 6))
    assert (s.cycle_index, s.started_at, s.due_at) == (3, T(10, 11, 7), T(10, 12, 7))
    assert [h.state for h in s.history] == [State.MET, State.MET]
    assert s.missed_count == 0
    assert s.state is State.RUNNING
    late = c.status(at=T(10, 13, 9))
    assert late.state is State.BREACHED
    assert late.missed_count == 1
    assert late.explain().splitlines()[1] == "  period 24 hours"
    assert late.explain().splitlines()[2] == (
        "  cycle 1: met, started 2025-10-09 09:00+08:00, due 2025-10-10 09:00+08:00, "
        "stopped 2025-10-10 08:00+08:00"
    )
    # a renewal after the deadline records the missed update
    slow = Clock.start(T(10, 9, 9), update).renew(T(10, 10, 12))
    assert slow.status(at=T(10, 10, 12)).missed_count == 1
    # the case is closed: the last stop ends the duty
    assert c.stop(T(10, 12, 6)).status(at=T(10, 12, 6)).state is State.MET
    with pytest.raises(IllegalTransition, match="not renewed by updates"):
        Clock.start(T(10, 9, 9), REPLY).renew(T(10, 9, 10))
    assert Target("u", "1天", recurrence="定期跟踪").recurrence is Recurrence.EVERY
    assert str(update) == "update: 24 hours, every"


def test_next_reply_restarts_on_each_customer_message_issue_17() -> None:
    """The seed's 反馈 duty as Zendesk's "next reply time": each customer message starts
    the clock, the desk's reply stops it."""
    next_reply = Target("next_reply", "4个工作小时", recurrence=Recurrence.NEXT_REPLY)
    c = Clock.start(T(10, 9, 9), next_reply).stop(T(10, 9, 11), note="replied")
    c = c.restart(T(10, 9, 16), note="customer wrote again")
    s = c.status(at=T(10, 10, 9))
    assert (s.cycle_index, s.due_at, s.state) == (2, T(10, 10, 11), State.RUNNING)
    assert s.history[0].state is State.MET
    assert c.stop(T(10, 10, 12)).status(at=T(10, 10, 12)).missed_count == 1


def test_a_recurring_target_in_a_schedule_and_a_selection() -> None:
    update = Target("update", "1个工作日", recurrence="every", rule="R-SLA-01")
    desk = SlaPolicy("desk", (update,), (SelectionRule("all", ("update",)),))
    schedule = desk.schedule(received_at=T(9, 30, 16))
    assert schedule.steps[0].due_at == T(10, 9, 18)
    assert "update: 1 working day, every [R-SLA-01]" in schedule.selection.explain()


# --------------------------------------------------------------------------- extremes (issue 14)


@pytest.mark.parametrize(
    "extreme",
    [
        dt.datetime.max.replace(tzinfo=UTC),
        dt.datetime.min.replace(tzinfo=UTC),
        dt.datetime.max.replace(tzinfo=SH),
        dt.datetime.min.replace(tzinfo=NY),
        dt.datetime(9999, 12, 30, tzinfo=SH),
    ],
)
def test_extreme_instants_raise_a_custops_error_naming_the_argument_issue_14(
    extreme: dt.datetime,
) -> None:
    clock = Clock.start(T(9, 30, 16), RESOLVE)
    for call in (
        lambda: Clock.start(extreme, RESOLVE),
        lambda: Clock.start(extreme, REPLY),
        lambda: clock.pause(extreme),
        lambda: clock.stop(extreme),
        lambda: clock.status(at=extreme),
        lambda: presets.WINERY.schedule(received_at=extreme, channel="phone", kind="complaint"),
        lambda: due_many([extreme], RESOLVE),
        lambda: due_many([extreme], REPLY),
    ):
        argument = None
        try:
            call()  # an answer inside the range is fine (datetime.min + 24 hours…)
        except CustopsError as e:
            argument = e.argument
        assert argument in (None, "at", "received_at", "starts", "starts[0]", "events", "event")


# ------------------------------------------------------------------ refusals show what was given


def test_renew_refusal_has_the_reason_as_its_problem() -> None:
    """As every other refusal of a clock: ``problem`` is the reason, not the whole message."""
    clock = Clock.start(T(9, 30, 16), Target("reply", "24小时"))
    with pytest.raises(IllegalTransition) as info:
        clock.renew(T(9, 30, 17))
    error = info.value
    assert error.problem == "target 'reply' is not renewed by updates (recurrence once)"
    assert str(error) == f"renew at 2025-09-30 17:00+08:00: {error.problem}"
    assert error.event_name == "renew"


@pytest.mark.parametrize(
    "start",
    [
        dt.datetime(2101, 1, 5, 2, tzinfo=UTC),
        dt.datetime(2101, 1, 4, 13, tzinfo=NY),
        dt.datetime(2101, 1, 5, 10, tzinfo=SH),
    ],
)
@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_a_clock_started_outside_the_calendar_shows_the_start_as_given(
    start: dt.datetime,
) -> None:
    """The start is shown as the caller gave it (its own zone), as ``deadline`` shows it,
    not converted to the calendar's zone; a restart too."""
    refused = r"^at: 3 working days cannot be counted from it"
    with pytest.raises(InvalidInput, match=refused) as info:
        Clock.start(start, Target("w", "3个工作日"))
    assert info.value.value is start
    clock = Clock.start(T(12, 1, 9), Target("w", "3个工作日")).stop(T(12, 1, 10))
    with pytest.raises(InvalidInput, match=r"^at: 3 working days cannot be counted") as info:
        clock.restart(start)
    assert info.value.value is start


@pytest.mark.parametrize(
    ("desk", "attributes", "received_at"),
    [
        (presets.WINERY, {"kind": "complaint", "channel": "phone"}, T(12, 31, year=9999)),
        (presets.WINERY, {"kind": "complaint", "channel": "phone"}, T(12, 31, 12, year=2100)),
        (presets.QUALITY, {"kind": "complaint"}, T(12, 29, 10, year=2100)),
        (presets.QUALITY, {"kind": "complaint"}, dt.datetime(2100, 12, 29, 2, tzinfo=UTC)),
    ],
)
@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_a_schedule_past_the_calendar_names_received_at_as_given(
    desk: SlaPolicy, attributes: dict[str, str], received_at: dt.datetime
) -> None:
    """A step that cannot be counted names ``received_at`` and shows it as given: not the
    UTC due instant, the start day's midnight, nor a chained step's start."""
    with pytest.raises(InvalidInput, match=r"^received_at: ") as info:
        desk.schedule(attributes, received_at=received_at)
    assert info.value.argument == "received_at"
    assert info.value.value is received_at
    assert str(info.value).endswith(f"(got {received_at!r})")


def test_a_rule_s_conditions_read_a_list_of_pairs_as_a_tuple_of_them() -> None:
    """One reading of pairs: a list and a tuple of (attribute, value) pairs are alike, as
    ``SlaPolicy.select`` reads them; an attribute given twice is refused."""
    by_list = SelectionRule("r", ("a",), conditions=[("kind", "complaint")])
    by_tuple = SelectionRule("r", ("a",), conditions=(("kind", "complaint"),))
    assert by_list == by_tuple == SelectionRule("r", ("a",), conditions={"kind": "complaint"})
    with pytest.raises(PolicyError, match=r"^conditions: gives 'kind' twice"):
        SelectionRule("r", ("a",), conditions=[("kind", "complaint"), ("kind", "praise")])
    with pytest.raises(InvalidType, match=r"^conditions\[0\]: must be a \(attribute, value"):
        SelectionRule("r", ("a",), conditions=["kind"])  # type: ignore[list-item]


@settings(max_examples=60, deadline=None)
@given(
    start=st.datetimes(
        min_value=dt.datetime(2101, 1, 2),
        max_value=dt.datetime(2500, 1, 1),
        timezones=st.sampled_from([UTC, SH, NY, dt.timezone(dt.timedelta(hours=-11))]),
    ),
    period=st.sampled_from(["3个工作日", "3天", "1周", "8工作小时"]),
)
def test_a_refused_start_is_shown_as_given(start: dt.datetime, period: str) -> None:
    """Whatever the zone and the period, a start the calendar cannot count from is refused
    naming ``at`` and showing the very datetime given."""
    with pytest.raises(InvalidInput) as info:
        Clock.start(start, Target("w", period))
    assert info.value.argument == "at"
    assert info.value.value is start


def test_a_schedule_says_which_due_times_are_provisional_R_SLA_09() -> None:
    """docs/rules.md §1: a provisional year is never silently treated as final; the
    schedule says it as a clock's status does (wall time never is), in explain() too."""
    with warnings.catch_warnings():  # (warned once per calendar and year: maybe earlier)
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        sched = presets.WINERY.schedule(
            received_at=T(9, 30, 16, year=2099), channel="电话", kind="投诉"
        )
    assert [s.provisional for s in sched.steps] == [False, True, True]
    assert sched.provisional is True
    lines = sched.explain().splitlines()
    assert "provisional calendar" in lines[2]
    assert "provisional" not in lines[1]
    sched = presets.WINERY.schedule(received_at=T(9, 30, 16), channel="电话", kind="投诉")
    assert sched.provisional is False
    assert "provisional" not in sched.explain()


@given(
    received_at=aware_datetimes(
        dt.date(2026, 10, 1), dt.date(2027, 3, 31), zones=["Asia/Shanghai"]
    ),
    desk=st.sampled_from(["dealer", "quality", "winery", "tobacco"]),
    kind=st.sampled_from(["投诉", "咨询", "建议"]),
    channel=st.sampled_from(["电话", "书面", "网络"]),
)
@settings(max_examples=60)
def test_property_a_schedule_is_provisional_exactly_when_a_step_is(
    received_at: dt.datetime, desk: str, kind: str, channel: str
) -> None:
    """docs/rules.md §1: a schedule is provisional exactly when one of its steps is, and a
    step started at receipt is provisional exactly when the clock it predicts is."""
    policy = presets.get(desk)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        try:
            sched = policy.schedule(received_at=received_at, kind=kind, channel=channel)
        except PolicyError:
            return  # a case the desk has no rule for
        assert sched.provisional == any(step.provisional for step in sched.steps)
        for step in sched.steps:
            if step.target.starts_after is None and step.due_at is not None:
                assert step.started_at is not None
                clock = Clock.start(step.started_at, step.target, calendar=policy.calendar)
                assert step.provisional == clock.status(at=step.started_at).provisional


@pytest.mark.parametrize(
    ("given_flag", "read"),
    [("special", True), ("Special", True), ("特殊", True), ("general", False), ("一般", False)],
)
def test_special_reads_the_concepts_name_in_both_languages_R_SLA_09(
    given_flag: str, read: bool
) -> None:
    """R-SLA-09: 特殊 is a yes, and so is its English name; 一般 and ``general`` a no."""
    assert presets.WINERY.select(kind="投诉", channel="电话", special=given_flag).special is read


def test_special_refuses_what_is_no_yes_or_no_R_SLA_09() -> None:
    with pytest.raises(InvalidInput, match="special/general") as refused:
        presets.WINERY.select(kind="投诉", channel="电话", special="1")
    assert (refused.value.argument, refused.value.value) == ("special", "1")
    with pytest.raises(InvalidType, match="special"):
        presets.WINERY.select(kind="投诉", channel="电话", special=1)


def test_a_special_case_on_a_desk_without_a_special_period_is_refused_R_SLA_09() -> None:
    """R-SLA-09: on the dealer desk (no special period, no rule reading the flag) special=True
    would change nothing while its reason says 特殊案件为是; it is refused, naming special."""
    with pytest.raises(InvalidInput, match="has no special period") as refused:
        presets.DEALER.select(kind="投诉", special=True)
    assert (refused.value.argument, refused.value.value) == ("special", True)
    with pytest.raises(InvalidInput, match="has no special period"):
        presets.DEALER.schedule(received_at=T(9, 30, 16), kind="投诉", special="是")
    assert presets.DEALER.select(kind="投诉", special=False).special is False
    # a rule reading the flag makes it count, with or without a special period
    desk = SlaPolicy(
        "flagged",
        (REPLY, SOLUTION),
        (
            SelectionRule("special", ("solution",), conditions={"special": True}),
            SelectionRule("rest", ("reply",)),
        ),
    )
    assert desk.select(special=True).matched_rule == "special"


# ------------------------------------------------ a cycle ended without its target reached


def test_cancel_ends_a_cycle_not_reached_R_SLA_02() -> None:
    """``Clock.cancel``: ended on or before its deadline, a cycle is not reached (neither
    met nor late); ended after it, it stays breached (a missed deadline stays missed); a
    new cycle may follow."""
    agreement = presets.QUALITY.target_named("agreement")  # 1 day (R-SLA-02)
    early = Clock.start(T(10, 13, 9), agreement).cancel(T(10, 13, 16), note="case closed")
    s = early.status(at=T(10, 20, 9))
    assert (s.state, s.stopped_at, s.due_at) == (State.NOT_REACHED, T(10, 13, 16), T(10, 14, 18))
    assert not s.met
    assert not s.breached
    assert early.events[-1].kind is EventKind.CANCEL
    late = Clock.start(T(10, 13, 9), agreement).cancel(T(10, 15, 9))
    assert late.status(at=T(10, 15, 9)).state is State.BREACHED
    again = early.restart(T(10, 14, 9)).stop(T(10, 14, 10))
    status = again.status(at=T(10, 14, 10))
    assert status.state is State.MET
    assert [c.state for c in status.history] == [State.NOT_REACHED]
    with pytest.raises(IllegalTransition, match="stopped already"):
        early.cancel(T(10, 14, 9))


@settings(max_examples=50)
@given(st.integers(0, 5 * 24 * 60))
def test_property_a_cancelled_cycle_is_never_met_R_SLA_02(minutes: int) -> None:
    agreement = presets.QUALITY.target_named("agreement")
    clock = Clock.start(T(10, 13, 9), agreement)
    ended = T(10, 13, 9) + dt.timedelta(minutes=minutes)
    s = clock.cancel(ended).status(at=ended)
    stopped = clock.stop(ended).status(at=ended)
    assert s.due_at == stopped.due_at
    assert s.state is (State.NOT_REACHED if stopped.state is State.MET else State.BREACHED)
