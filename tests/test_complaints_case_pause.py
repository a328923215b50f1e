"""Waiting on the customer: a case's clocks paused and resumed (``Case.pause``/``resume``).

The seed stops no clock while a desk waits on the customer — its deadlines are promises to
the customer (R-SLA-05 D10 二 1, R-SLA-09 D10 三 and D14 四(四)) — so a desk pauses only when
its policy turns ``CasePolicy.pause_for_customer`` on; each step is recorded with its time and
role (R-CMP-06) and explained; a pause moves each running deadline by the time it covers in
the clock's measure, and a clock paused before its deadline is never breached while it
waits (docs/cases.md, "Waiting on the customer"; docs/sla.md, "Pause semantics").
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.calendars import china
from custops.complaints import Case, CaseAction, CasePolicy, Complaint, statistics
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.sla import Measure, State, presets
from custops.testing import cases

SH = ZoneInfo("Asia/Shanghai")
ADVISER, CRM, GM, DM = "客户关系顾问", "客户关系经理", "总经理", "部门经理"
A = CaseAction
PHOTOS = "等待客户提供照片"
DESKS = tuple(p.name for p in presets.all_presets())


def T(month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


def waits(desk: str = "winery") -> CasePolicy:
    return CasePolicy(sla_policy=desk, pause_for_customer=True)


def classified(
    desk: str | CasePolicy = "winery", at: dt.datetime | None = None, channel: str = "电话"
) -> Case:
    """A general, established product-quality complaint received at ``at`` (default
    Thursday 9 October 2025 09:00), classified then."""
    at = T(10, 9) if at is None else at
    policy = waits(desk) if isinstance(desk, str) else desk
    c = Complaint(received_at=at, channel=channel, content="酒有怪味", complainant="王先生")
    return Case.open(c, ADVISER, policy=policy).classify(
        at, CRM, kind="投诉", category="产品质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip


# --- the desk's option ---------------------------------------------------------------


@pytest.mark.parametrize("desk", DESKS)
def test_a_seed_desk_does_not_pause_R_SLA_05_R_SLA_09(desk: str) -> None:
    """R-SLA-05, R-SLA-09: by default no desk stops its clocks for the customer."""
    assert CasePolicy(sla_policy=desk).pause_for_customer is False
    case = classified(CasePolicy(sla_policy=desk))
    assert A.PAUSE not in case.allowed_events()
    with pytest.raises(IllegalTransition, match=r"CasePolicy\.pause_for_customer=True") as e:
        case.pause(T(10, 9, 10), ADVISER, PHOTOS)
    assert e.value.event_name == "pause"
    assert "promises to the customer" in str(e.value)


def test_the_option_is_a_yes_no_R_CMP_06() -> None:
    """R-CMP-06: the option is policy data, a yes/no."""
    with pytest.raises(InvalidType, match="pause_for_customer"):
        CasePolicy(sla_policy="winery", pause_for_customer="sometimes")  # type: ignore[arg-type]
    assert A.PAUSE in classified().allowed_events()


def test_a_stored_pause_replays_only_on_a_desk_that_allows_it_R_CMP_06() -> None:
    """R-CMP-06: a replay runs under the same rules as the steps."""
    paused = classified().pause(T(10, 9, 10), ADVISER, PHOTOS)
    assert Case(paused.complaint, paused.events, policy=waits()) == paused
    with pytest.raises(IllegalTransition, match="pause_for_customer"):
        Case(paused.complaint, paused.events, policy="winery")


# --- the steps and their refusals ------------------------------------------------------


def test_a_paused_case_takes_only_resume_and_reply_R_CMP_06() -> None:
    """R-CMP-06: while waiting, no step of the flow; a reminder reaches the customer."""
    paused = classified().pause(T(10, 9, 10), ADVISER, PHOTOS)
    assert paused.is_paused
    assert paused.allowed_events() == (A.REPLY, A.RESUME)
    with pytest.raises(IllegalTransition, match=r"waiting on the customer .*resume it first"):
        paused.assign(T(10, 9, 11), CRM, "质量部")
    resumed = paused.resume(T(10, 9, 12), ADVISER, note="照片已收到")
    assert not resumed.is_paused
    assert resumed.paused_at is None
    assert resumed.pause_reason == ""
    assert A.ASSIGN in resumed.allowed_events()
    resumed.assign(T(10, 9, 13), CRM, "质量部")


def test_refusals_R_CMP_06() -> None:
    """R-CMP-06: pausing a paused case, resuming a running one, pausing a closed case or a
    case that runs no clock, going back in time, a role the desk does not name, a reason
    that is blank or holds a rule ID; each leaves the case as it was."""
    case = classified()
    paused = case.pause(T(10, 9, 10), ADVISER, PHOTOS)
    with pytest.raises(IllegalTransition, match="already waiting on the customer"):
        paused.pause(T(10, 9, 11), ADVISER, "again")
    with pytest.raises(IllegalTransition, match="not waiting on the customer"):
        case.resume(T(10, 9, 11), ADVISER)
    with pytest.raises(IllegalTransition, match="before the previous event"):
        paused.resume(T(10, 9, 9, 30), ADVISER)
    with pytest.raises(IllegalTransition, match="before the previous event"):
        case.pause(T(10, 9, 8), ADVISER, PHOTOS)
    with pytest.raises(IllegalTransition, match=r"general manager .*may not pause"):
        case.pause(T(10, 9, 10), GM, PHOTOS)
    with pytest.raises(InvalidInput, match="reason"):
        case.pause(T(10, 9, 10), ADVISER, "  ")
    with pytest.raises(InvalidInput, match="reason: must not hold a rule ID"):
        case.pause(T(10, 9, 10), ADVISER, "见R-SLA-09")
    c = Complaint(received_at=T(10, 9), channel="电话", content="请问几点开门", complainant="吴")
    asked = Case.open(c, ADVISER, policy=waits("tobacco")).classify(
        T(10, 9), CRM, kind="咨询", category="其他"
    )
    done = asked.answer(T(10, 9, 10), ADVISER).close(T(10, 9, 11), ADVISER, result="答复")
    with pytest.raises(IllegalTransition, match="no clock runs to pause"):
        done.pause(T(10, 9, 12), ADVISER, PHOTOS)
    praise = Case.open(c, ADVISER, policy=waits("dealer")).classify(
        T(10, 9), CRM, kind="表扬", category="服务质量"
    )
    assert A.PAUSE not in praise.allowed_events()
    with pytest.raises(IllegalTransition, match="praise case runs no clock"):
        praise.pause(T(10, 9, 12), ADVISER, PHOTOS)
    assert case == classified()


def test_roles_follow_the_desk_R_CMP_06() -> None:
    """R-CMP-06: who may pause is the desk's, and CasePolicy.roles changes it."""
    assert {r.value for r in classified().who_may("pause")} >= {
        "customer_relations_adviser", "customer_relations_manager", "department_manager",
    }  # fmt: skip
    own = CasePolicy(sla_policy="winery", pause_for_customer=True, roles={"pause": [GM]})
    case = classified(own)
    with pytest.raises(IllegalTransition, match=r"CasePolicy\.roles"):
        case.pause(T(10, 9, 10), ADVISER, PHOTOS)
    assert case.pause(T(10, 9, 10), GM, PHOTOS).is_paused
    with pytest.raises(PolicyError, match="roles"):
        CasePolicy(sla_policy="winery", roles={"resume": []})


# --- what the case says ------------------------------------------------------------------


def test_status_and_describe_say_paused_since_and_why_R_SLA_05_R_SLA_08() -> None:
    """R-SLA-05, R-SLA-08, R-SLA-09: a phone complaint about quality at the winery, on
    Thursday 9 October 2025 09:00, waits on the customer's photos from 10:00 to the next
    day's 10:00: the 24-hour reply moves 24 hours, the working-day targets 8 working hours."""
    case = classified()
    before = case.status(at=T(10, 9, 10))
    paused = case.pause(T(10, 9, 10), ADVISER, PHOTOS)
    assert paused.paused_at == T(10, 9, 10)
    assert paused.pause_reason == PHOTOS
    status = paused.status(at=T(10, 10, 10))
    assert status.paused_at == T(10, 9, 10)
    assert status.pause_reason == PHOTOS
    assert {s.state for s in status.running} == {State.PAUSED}
    assert status["reply"].due_at == before["reply"].due_at + dt.timedelta(hours=24)
    assert status["resolve"].paused == dt.timedelta(hours=8)
    with language("en_US"):
        text = status.explain()
        line = paused.describe()
    assert 'waiting on the customer since 2025-10-09 10:00+08:00: "等待客户提供照片"' in text
    assert "24h paused, the deadline moved from 2025-10-10 09:00+08:00 to 2025-10-11 09:00" in text
    assert "8 working hours paused" in text
    assert line.endswith('waiting on the customer since 2025-10-09 10:00+08:00: "等待客户提供照片"')
    with language("zh_CN"):
        assert "自 2025-10-09 10:00+08:00 起等待客户：「等待客户提供照片」" in paused.describe()
        assert "已暂停 24 小时，截止由 2025-10-10 09:00+08:00 顺延至" in status.explain()
    resumed = paused.resume(T(10, 10, 10), ADVISER).status(at=T(10, 10, 10))
    assert resumed.paused_at is None
    assert resumed.pause_reason == ""
    assert resumed["reply"].state is State.RUNNING
    assert resumed["reply"].due_at == status["reply"].due_at
    with language("en_US"):
        assert "waiting on the customer" not in str(resumed)
        assert "24h paused" in resumed.explain()
    with language("en_US"):
        assert 'pause by customer relations adviser [waiting for: "等待客户提供照片"]' in (
            paused.history[-1].describe()
        )


def test_a_reminder_while_paused_meets_the_reply_R_SLA_05() -> None:
    """R-SLA-05: a reply that reaches the customer while the case waits meets the reply
    target; resuming leaves it met."""
    paused = classified().pause(T(10, 9, 10), ADVISER, PHOTOS)
    replied = paused.reply(T(10, 9, 15), ADVISER, note="请尽快提供照片")
    status = replied.resume(T(10, 10, 10), ADVISER).status(at=T(10, 10, 11))
    assert status["reply"].state is State.MET
    assert status["resolve"].state is State.RUNNING


def test_a_missed_deadline_stays_missed_R_SLA_09() -> None:
    """R-SLA-09: a pause after a deadline moves nothing; the breach stays."""
    case = classified()
    late = T(10, 11, 9)  # past the 24-hour reply, due 10-10 09:00
    assert case.status(at=late)["reply"].state is State.BREACHED
    paused = case.pause(late, ADVISER, PHOTOS)
    status = paused.status(at=T(10, 13, 9))
    assert status["reply"].state is State.BREACHED
    assert "reply" in status.breaches
    assert status["reply"].due_at == case.status(at=late)["reply"].due_at


def test_the_escalation_waits_on_no_customer_R_CMP_07() -> None:
    """R-CMP-07: a major complaint's escalation to its managers is not paused."""
    c = Complaint(received_at=T(10, 9), channel="电话", content="喝了酒住院了", complainant="周")
    case = Case.open(c, ADVISER, policy=waits("dealer")).classify(
        T(10, 9), CRM, kind="投诉", category="产品质量", severity="重大"
    )
    paused = case.pause(T(10, 9, 9, 30), CRM, PHOTOS)
    status = paused.status(at=T(10, 9, 15))
    assert status["escalation"].state is State.BREACHED
    assert all(s.state is State.PAUSED for s in status.values() if s.target_name != "escalation")


def test_round_trip_with_serial_R_CMP_06() -> None:
    """R-CMP-06: the events store and reload, equal, in either language."""
    case = classified().pause(T(10, 9, 10), ADVISER, PHOTOS)
    case = case.reply(T(10, 9, 11), ADVISER).resume(T(10, 10, 9), DM, note="照片已收到")
    for code in ("zh_CN", "en_US"):
        with language(code):
            back = serial.from_json(serial.to_json(case))
            assert back == case
            assert back.events == case.events
            assert back.status(at=T(10, 11)) == case.status(at=T(10, 11))
    paused = classified().pause(T(10, 9, 10), ADVISER, PHOTOS)
    assert serial.from_json(serial.to_json(paused)).pause_reason == PHOTOS


def test_the_review_counts_a_paused_clock_as_open_R_CMP_14() -> None:
    """R-CMP-14: a case waiting on the customer is open, its paused clocks neither met nor
    missed, and a clock a pause saved from a breach is not counted missed."""
    paused = classified().pause(T(10, 9, 10), ADVISER, PHOTOS)
    plain = classified(at=T(10, 9, 9, 1))  # another customer's: a review counts a case once
    moment = T(10, 20)
    stats = statistics([paused, plain], at=moment)
    assert stats.open_count == 2
    reply = stats.on_time_for("reply")
    assert (reply.met_count, reply.missed_count, reply.pending_count) == (0, 1, 1)


# --- properties ---------------------------------------------------------------------------

_STARTS = st.datetimes(
    min_value=dt.datetime(2025, 1, 2), max_value=dt.datetime(2025, 11, 30), timezones=st.just(SH)
)
_DESK = st.sampled_from(DESKS)
_CHANNEL = st.sampled_from(("电话", "书面", "当面"))
_MINUTES = st.integers(0, 60 * 24 * 10)


def _measured(measure: Measure, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    if measure is Measure.WALL:
        return end - start
    return china().working_time_between(start, end)


@settings(max_examples=40, deadline=None)
@given(_DESK, _CHANNEL, _STARTS, _MINUTES, _MINUTES)
def test_property_a_pause_moves_each_running_deadline_by_the_time_paused_R_SLA_09(
    desk: str, channel: str, start: dt.datetime, before: int, length: int
) -> None:
    """R-SLA-09: a pause from t1 to t2 moves the deadline of every clock running (not yet
    due) at t1 by exactly the time from t1 to t2 in the clock's measure."""
    case = classified(desk, start, channel)
    t1 = start + dt.timedelta(minutes=before)
    t2 = t1 + dt.timedelta(minutes=length)
    was = case.status(at=t1)
    after = case.pause(t1, ADVISER, PHOTOS).resume(t2, ADVISER).status(at=t2)
    for s in was.values():
        if s.state is not State.RUNNING or s.due_at <= t1:
            continue
        now = after[s.target_name]
        moved = _measured(s.measure, t1, t2)
        assert now.paused == moved
        assert _measured(s.measure, s.due_at, now.due_at) == moved
        assert now.due_at >= s.due_at


@settings(max_examples=40, deadline=None)
@given(_DESK, _CHANNEL, _STARTS, _MINUTES, st.integers(0, 60 * 24 * 20))
def test_property_pause_and_resume_at_one_instant_change_nothing_R_SLA_09(
    desk: str, channel: str, start: dt.datetime, before: int, later: int
) -> None:
    """R-SLA-09: a pause and a resume at the same instant change no deadline and no state."""
    case = classified(desk, start, channel)
    t1 = start + dt.timedelta(minutes=before)
    same = case.pause(t1, ADVISER, PHOTOS).resume(t1, ADVISER)
    when = t1 + dt.timedelta(minutes=later)
    for s, o in zip(case.status(at=when).values(), same.status(at=when).values(), strict=True):
        assert (s.target_name, s.state, s.due_at, s.elapsed) == (
            o.target_name, o.state, o.due_at, o.elapsed,
        )  # fmt: skip
    assert case.status(at=when).breaches == same.status(at=when).breaches


@settings(max_examples=40, deadline=None)
@given(_DESK, _CHANNEL, _STARTS, _MINUTES, st.integers(0, 60 * 24 * 60))
def test_property_a_paused_clock_never_breaches_R_SLA_09(
    desk: str, channel: str, start: dt.datetime, before: int, later: int
) -> None:
    """R-SLA-09: a clock running (before its deadline) when the case begins to wait is
    paused, never breached, however long the customer takes."""
    case = classified(desk, start, channel)
    t1 = start + dt.timedelta(minutes=before)
    was = case.status(at=t1)
    paused = case.pause(t1, ADVISER, PHOTOS)
    status = paused.status(at=t1 + dt.timedelta(minutes=later))
    for s in was.values():
        if s.state is State.RUNNING and s.due_at > t1:
            assert status[s.target_name].state is State.PAUSED
            assert s.target_name not in status.breaches


_PAUSING_DESKS = st.sampled_from([waits(desk) for desk in DESKS])


@settings(max_examples=30, deadline=None)
@given(cases(policies=_PAUSING_DESKS, max_events=14))
def test_property_any_case_of_a_pausing_desk_replays_and_stores_R_CMP_06(case: Case) -> None:
    """R-CMP-06: any case a pausing desk takes through its steps (pauses and resumes among
    them) replays equal from its events and comes back equal from custops.serial."""
    assert Case(case.complaint, case.events, policy=case.policy) == case
    assert serial.from_json(serial.to_json(case)) == case
    status = case.status(at=case.last_event_at)
    assert (status.paused_at is not None) is case.is_paused
    if case.is_paused:
        assert case.allowed_events() == (A.REPLY, A.RESUME)
