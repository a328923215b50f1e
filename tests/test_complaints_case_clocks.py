"""How a case's steps start, stop and end its SLA clocks, to the seed's words.

The report submitted before the agreement (R-SLA-03, D5 第六条 2), what closing does to a
target no step met (R-SLA-02, D5 第六条 1), a consultation's answer (R-SLA-11, D14 四(一)),
an extension in a reopened cycle (R-SLA-09, R-CMP-08), a special suggestion (R-SLA-09,
D14 四(四)), a receipt or a step the desk's calendar cannot count, on every path that builds a case
(R-CMP-06), an earlier cycle's missed deadline kept as a delay (R-CMP-13, R-CMP-08); and
the invariants: a finished cycle never changes, a missed deadline stays a breach, whatever
comes later.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.calendars import china
from custops.complaints import Case, CaseAction, CasePolicy, Complaint, Kind, statistics
from custops.complaints.events import CaseEvent
from custops.complaints.flow import Flow, flow_steps
from custops.complaints.penalties import PenaltyScheme
from custops.errors import IllegalTransition, InvalidInput
from custops.periods import deadline
from custops.sla import Clock, ClockEvent, EventKind, Measure, State, Target, presets
from custops.testing import aware_datetimes, cases

SH = ZoneInfo("Asia/Shanghai")
ADVISER, CRM, GM, QM, DM = "客户关系顾问", "客户关系经理", "总经理", "质量负责人", "部门经理"
A = CaseAction


def S(month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=SH)


def complaint(at: dt.datetime, channel: str = "书面", content: str = "酒有沉淀") -> Complaint:
    return Complaint(received_at=at, channel=channel, content=content, complainant="赵")


def quality_complaint() -> Case:
    """A general D5 complaint of Monday 2 March 2026 09:00, classified at 09:30."""
    return Case.open(complaint(S(3, 2, 9)), QM, policy="quality").classify(
        S(3, 2, 9, 30), CRM, kind="投诉", category="产品质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip


def quality_case(*, agree_first: bool) -> Case:
    """A D5 complaint of Monday 2 March 2026 09:00, assigned at 10:00, the report submitted
    (propose) at 11:00; the agreement with the customer at 10:30 (``agree_first``) or at
    14:00; approved, notified, satisfied, closed."""
    q = quality_complaint()
    q = q.assign(S(3, 2, 10), CRM, "质量部")
    if agree_first:
        q = q.agree(S(3, 2, 10, 30), DM, note="客户同意换货")
    q = q.propose(S(3, 2, 11), DM, solution="换货")
    if agree_first is False:
        q = q.agree(S(3, 2, 14), DM, note="客户同意换货")
    q = q.approve(S(3, 3, 12), GM).approve(S(3, 3, 13), QM)
    q = q.notify(S(3, 9, 15), ADVISER).survey(S(3, 9, 16), ADVISER, satisfied=True)
    return q.close(S(3, 9, 16, 30), CRM, result="换货，客户满意")


# ------------------------------------------------------------------ R-SLA-03


@pytest.mark.parametrize("agree_first", [True, False])
def test_the_report_is_met_when_submitted_whichever_comes_first_R_SLA_03_R_SLA_02(
    agree_first: bool,
) -> None:
    """D5 第六条 2 (R-SLA-03) 三天内提出报告: the report is met when submitted (``propose``);
    第六条 1 整理方案并与客户…达成初步协议 puts the plan before the agreement, so a
    proposal followed by the agreement is a normal order: neither order makes the
    submitted report late or fines the handler."""
    q = quality_case(agree_first=agree_first)
    status = q.status(at=S(3, 20))
    report, agreement = status["report"], status["agreement"]
    assert report.state is State.MET
    assert report.stopped_at == S(3, 2, 11)  # submitted, not approved
    assert agreement.state is State.MET
    assert agreement.stopped_at == (S(3, 2, 10, 30) if agree_first else S(3, 2, 14))
    assert status.breaches == ()
    assert status.not_reached == ()
    assert q.penalty(at=S(3, 20)).delayed == ()
    if not agree_first:  # submitted before the agreement: met at once, from the submission
        assert report.started_at == S(3, 2, 11)
        assert report.elapsed == dt.timedelta(0)
        assert report.history == ()


def test_a_reopened_cycle_meets_its_report_in_either_order_R_SLA_03_R_CMP_08() -> None:
    """A reopened D5 case (R-CMP-08) handles the complaint again: the report of each cycle
    is met when that cycle's report is submitted, before or after that cycle's agreement."""
    q = quality_complaint()
    q = q.assign(S(3, 2, 10), CRM, "质量部").agree(S(3, 2, 10, 30), DM)
    q = q.propose(S(3, 2, 11), DM, solution="换货").approve(S(3, 2, 12), GM)
    q = q.approve(S(3, 2, 13), QM).notify(S(3, 2, 15), ADVISER)
    q = q.survey(S(3, 2, 16), ADVISER, satisfied=False).reopen(S(3, 3, 9), CRM)
    q = q.propose(S(3, 3, 10), DM, solution="退款").agree(S(3, 3, 15), DM, note="客户同意退款")
    q = q.approve(S(3, 4, 9), GM).approve(S(3, 4, 10), QM).notify(S(3, 4, 11), ADVISER)
    q = q.survey(S(3, 4, 12), ADVISER, satisfied=True).close(S(3, 4, 13), CRM, result="退款")
    report = q.status(at=S(3, 20))["report"]
    assert (report.cycle_index, report.state, report.stopped_at) == (2, State.MET, S(3, 3, 10))
    assert [(c.index, c.state, c.stopped_at) for c in report.history] == [
        (1, State.MET, S(3, 2, 11))
    ]
    assert q.status(at=S(3, 20)).breaches == ()


# ------------------------------------------------------------------ R-SLA-02


def test_closing_without_the_agreement_does_not_meet_it_R_SLA_02() -> None:
    """D5 第六条 1 (R-SLA-02) 与客户进行沟通达成初步协议: only the agreement with the
    customer meets the target; a case closed without one leaves it not reached — not met,
    not a delay (no fine), and not on time in the review."""
    q = quality_complaint()
    q = q.assign(S(3, 2, 10), CRM, "质量部").propose(S(3, 2, 11), DM, solution="换货")
    q = q.approve(S(3, 2, 12), GM).approve(S(3, 2, 13), QM).notify(S(3, 2, 15), ADVISER)
    q = q.survey(S(3, 2, 16), ADVISER, satisfied=True).close(S(3, 2, 16, 30), CRM, result="ok")
    assert all(e.action is not A.AGREE for e in q.events)
    status = q.status(at=S(3, 20))
    agreement = status["agreement"]
    assert agreement.state is State.NOT_REACHED
    assert agreement.stopped_at == S(3, 2, 16, 30)  # ended at the close, before 3 March 18:00
    assert not agreement.met
    assert not agreement.breached
    assert status.not_reached == ("agreement",)
    assert status.breaches == ()
    assert status["report"].state is State.MET  # the report was submitted (propose)
    assert q.penalty(at=S(3, 20)).delayed == ()
    on_time = statistics([q]).on_time_for("agreement")
    assert (on_time.met_count, on_time.missed_count, on_time.pending_count) == (0, 1, 0)
    assert q.clocks()["agreement"].events[-1].kind is EventKind.CANCEL
    assert "not reached" in status.reason
    assert "ended 2026-03-02 16:30+08:00 without being met" in agreement.reason


def test_closing_meets_what_the_flow_has_no_step_for_R_SLA_04_R_SLA_10() -> None:
    """An unfounded complaint (R-CMP-05) is explained and closed: its flow has no
    satisfaction survey, so closing meets the follow-up call (D5, R-SLA-04) and the feedback
    form (D10, R-SLA-10), as before; the D5 report (no proposal in that flow) too."""
    assert A.SURVEY not in flow_steps(Flow.NOT_ESTABLISHED)
    for desk, names in (("quality", ("follow_up", "report")), ("winery", ("feedback",))):
        case = Case.open(complaint(S(3, 2, 9)), ADVISER, policy=desk).classify(
            S(3, 2, 9, 30), CRM, kind="投诉", category="产品质量",
            grounds_sufficient=False, demand_reasonable=True,
        )  # fmt: skip
        case = case.clarify(S(3, 2, 10), ADVISER, note="属正常沉淀").close(
            S(3, 2, 11), ADVISER, result="客户谅解"
        )
        status = case.status(at=S(3, 2, 11))
        for name in names:
            assert status[name].state is State.MET, (desk, name)
            assert status[name].stopped_at == S(3, 2, 11)
        assert status.not_reached == ()


def test_a_target_missed_before_closing_stays_missed_R_SLA_02() -> None:
    """Closed after the agreement's deadline without an agreement: late, not merely not
    reached (a missed deadline stays missed), and it is the handler's delay."""
    q = quality_complaint()
    q = q.assign(S(3, 2, 10), CRM, "质量部").propose(S(3, 2, 11), DM, solution="换货")
    q = q.approve(S(3, 2, 12), GM).approve(S(3, 2, 13), QM).notify(S(3, 5, 9), ADVISER)
    q = q.survey(S(3, 5, 10), ADVISER, satisfied=True).close(S(3, 5, 11), CRM, result="换货")
    status = q.status(at=S(3, 5, 11))
    assert status["agreement"].state is State.BREACHED  # due 3 March 18:00
    assert status.breaches == ("agreement",)
    assert status.not_reached == ()


# ------------------------------------------------------------------ R-SLA-11


def consultation() -> Case:
    c = complaint(S(3, 2, 9), channel="热线", content="请问零售许可证怎么续办？")
    return Case.open(c, ADVISER, policy="tobacco").classify(
        S(3, 2, 9, 5), CRM, kind="咨询", category="其他"
    )


def test_an_interim_reply_does_not_answer_a_consultation_R_SLA_11() -> None:
    """D14 四(一) (R-SLA-11) 在24小时答复客户，在[客户投诉登记表]记录答复结果: the answer
    (the step ``answer``) meets the 24 hours; a reply that says we will call back does not,
    so a consultation answered ten days later is late, in the status and the review."""
    k = consultation().reply(S(3, 2, 9, 30), ADVISER, note="需要问一下专卖科，稍后回电")
    assert k.status(at=S(3, 2, 10))["answer"].state is State.RUNNING
    k = k.answer(S(3, 12, 10), ADVISER, note="带营业执照到专卖科续办")
    k = k.close(S(3, 12, 10, 5), ADVISER, result="已答复")
    answer = k.status(at=S(3, 13))["answer"]
    assert (answer.state, answer.stopped_at) == (State.BREACHED, S(3, 12, 10))
    assert answer.due_at == S(3, 3, 9)
    on_time = statistics([k]).on_time_for("answer")
    assert (on_time.met_count, on_time.missed_count) == (0, 1)
    assert presets.TOBACCO.target_named("answer").rule == "R-SLA-11"


def test_the_answer_within_24_hours_meets_it_R_SLA_11() -> None:
    k = consultation().answer(S(3, 2, 15), ADVISER, note="带营业执照续办")
    answer = k.status(at=S(3, 2, 15))["answer"]
    assert (answer.state, answer.stopped_at) == (State.MET, S(3, 2, 15))


@settings(max_examples=60)
@given(aware_datetimes(dt.date(2020, 1, 1), dt.date(2026, 12, 20)))
def test_property_a_consultations_24_hours_end_before_three_working_days_R_SLA_11(
    received: dt.datetime,
) -> None:
    """docs/sla.md: D14 四(四)'s three working days add nothing to a consultation, whose
    answer is due within 24 hours (四(一)), which always end first."""
    cal = china()
    assert deadline(received, "24小时", calendar=cal) < deadline(
        received, "3个工作日", calendar=cal
    )


# ------------------------------------------------------------ R-SLA-09, R-CMP-08


def reopened_tobacco(notify_day: int) -> Case:
    """A D14 complaint of Monday 2 March 2026 10:00 (3 working days: 5 March 18:00),
    handled on ``notify_day``, the customer unsatisfied, reopened 10 March 09:00."""
    c = complaint(S(3, 2, 10), channel="电话", content="烟受潮")
    k = Case.open(c, ADVISER, policy="tobacco").classify(
        S(3, 2, 10, 5), CRM, kind="投诉", category="产品质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    k = k.assign(S(3, 2, 11), CRM, "质量部").propose(S(3, notify_day, 9), DM, solution="换货")
    k = k.approve(S(3, notify_day, 10), GM).notify(S(3, notify_day, 11), ADVISER)
    k = k.survey(S(3, notify_day, 15), ADVISER, satisfied=False)
    return k.reopen(S(3, 10, 9), CRM)


@pytest.mark.parametrize(("notify_day", "first"), [(3, State.MET), (9, State.BREACHED)])
def test_an_extension_applies_to_the_running_cycle_only_R_SLA_09_R_CMP_08(
    notify_day: int, first: State
) -> None:
    """R-SLA-09 (D14 四(四)): the special period is declared while the deadline it extends
    runs — the reopened cycle's (R-CMP-08); the earlier cycle keeps its deadline and its
    verdict, met or missed."""
    k = reopened_tobacco(notify_day)
    before = k.status(at=S(3, 11))["resolve"]
    assert (before.due_at, before.state) == (S(3, 13, 18), State.RUNNING)
    k = k.extend(S(3, 11), CRM, note="需厂家检测")
    after = k.status(at=S(3, 11, 10))["resolve"]
    assert (after.cycle_index, after.due_at, after.state) == (2, S(3, 19, 18), State.RUNNING)
    assert [(c.index, c.state, c.due_at) for c in after.history] == [(1, first, S(3, 5, 18))]
    assert k.clocks()["resolve"].special_from_cycle == 2


def test_an_extension_after_the_running_cycles_deadline_is_refused_R_SLA_09() -> None:
    k = reopened_tobacco(3)
    with pytest.raises(IllegalTransition, match="already passed at 2026-03-13 18:00") as info:
        k.extend(S(3, 16), CRM)
    assert info.value.argument == "at"


def test_clock_special_from_a_later_cycle_R_SLA_09() -> None:
    """``Clock(special=True, special_from_cycle=2)``: cycle 1 keeps 3 working days."""
    resolve = Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09")
    clock = Clock.start(S(3, 2, 10), resolve).stop(S(3, 3, 10)).restart(S(3, 10, 9))
    special = clock.as_special(special_from_cycle=2)
    status = special.status(at=S(3, 11))
    assert status.due_at == S(3, 19, 18)
    assert [c.due_at for c in status.history] == [S(3, 5, 18)]
    assert str(special.period) == "7个工作日"
    every = clock.as_special().status(at=S(3, 11))
    assert [c.due_at for c in every.history] == [S(3, 11, 18)]
    with pytest.raises(InvalidInput, match="special_from_cycle"):
        clock.as_special(special_from_cycle=0)


# ------------------------------------------------------------------ R-SLA-09


def suggestion() -> Case:
    c = complaint(S(9, 28, 10), channel="电话", content="建议增加送货次数")
    return Case.open(c, ADVISER, policy="tobacco")


def test_a_suggestion_may_be_special_on_the_tobacco_desk_R_SLA_09_R_SLA_12() -> None:
    """D14 四(四) 客户投诉处理期限不能超过三个工作日，特殊状况不能超过7个工作日 (客户投诉: 咨询、
    推荐、投诉): a special suggestion is handled within 7 working days — as ``schedule``
    gives it — and a promise within them is accepted (R-SLA-12)."""
    sched = presets.TOBACCO.schedule(
        received_at=S(9, 28, 10), kind="suggestion", special=True,
        promised_periods={"promised_reply": "6个工作日"},
    )  # fmt: skip
    due = {step.target.name: step.due_at for step in sched.steps}
    case = suggestion().classify(
        S(9, 28, 10, 5), CRM, kind="建议", category="建议批评", special=True
    )
    assert case.special
    case = case.promise(S(9, 28, 10, 5), ADVISER, "6个工作日")
    status = case.status(at=S(9, 28, 11))
    assert status["resolve"].due_at == due["resolve"] == S(10, 13, 18)
    assert status["promised_reply"].due_at == due["promised_reply"] == S(10, 12, 18)


def test_extend_declares_a_suggestion_special_while_its_deadline_runs_R_SLA_09() -> None:
    case = suggestion().classify(S(9, 28, 10, 5), CRM, kind="建议", category="建议批评")
    with pytest.raises(InvalidInput, match="after the deadline of 'resolve'"):
        case.promise(S(9, 28, 10, 10), ADVISER, "6个工作日")
    extended = case.extend(S(9, 28, 10, 8), CRM, note="需领导批示")
    assert extended.status(at=S(9, 28, 11))["resolve"].due_at == S(10, 13, 18)
    assert extended.promise(S(9, 28, 10, 10), ADVISER, "6个工作日").stage.value == "promised"
    with pytest.raises(IllegalTransition, match="already passed at 2026-10-08 18:00"):
        case.extend(S(10, 9, 9), CRM)


@pytest.mark.parametrize(("given", "special"), [("是", True), ("特殊", True), ("否", False)])
def test_special_is_read_as_the_desk_selects_it_R_SLA_09(given: str, special: bool) -> None:
    """``special`` is read as ``SlaPolicy.select`` reads it (是/否, 特殊/一般): one spelling
    for a flag wherever a desk's attribute is given (R-SLA-09)."""
    kind = suggestion().classify(S(9, 28, 10, 5), CRM, kind="建议", category="建议批评",
                                 special=given)  # fmt: skip
    assert kind.special is special
    read = suggestion().classify(S(9, 28, 10, 5), CRM, special=given)  # the kind read
    assert read.special is special


def test_a_consultation_is_never_special_R_SLA_11() -> None:
    with pytest.raises(InvalidInput, match=r"^special: only a complaint or a suggestion"):
        suggestion().classify(S(9, 28, 10, 5), CRM, kind="咨询", category="其他", special=True)
    asked = suggestion().classify(S(9, 28, 10, 5), CRM, kind="咨询", category="其他")
    assert A.EXTEND not in asked.allowed_events()


# ------------------------------------------------------------------ R-CMP-06


@pytest.mark.parametrize(
    "received",
    [
        dt.datetime(2206, 2, 13, 15, 0, tzinfo=SH),  # a typo'd year
        dt.datetime(1, 1, 3, 15, 0, tzinfo=SH),
        dt.datetime(2100, 12, 30, 15, 0, tzinfo=SH),  # inside, its deadline is not
    ],
)
def test_open_refuses_a_receipt_the_desks_calendar_cannot_count_R_CMP_06(
    received: dt.datetime,
) -> None:
    """Such a case could never be asked its status or its clocks: refused at ``open``,
    naming ``complaint`` and showing its ``received_at`` as given."""
    c = complaint(received, channel="热线")
    with pytest.raises(InvalidInput, match=r"^complaint: received at a moment") as info:
        Case.open(c, ADVISER, policy="winery")
    assert (info.value.argument, info.value.value) == ("complaint", received)


def test_open_refuses_a_record_moment_the_calendar_cannot_count_R_CMP_06() -> None:
    c = complaint(S(3, 2, 9), channel="热线")
    late = dt.datetime(2206, 2, 13, 15, 0, tzinfo=SH)
    with pytest.raises(InvalidInput, match=r"^at: is a moment") as info:
        Case.open(c, ADVISER, policy="winery", at=late)
    assert (info.value.argument, info.value.value) == ("at", late)


def winery_assigned() -> Case:
    """A winery phone complaint of Monday 2 March 2026 09:00, classified and assigned."""
    c = Case.open(complaint(S(3, 2, 9), channel="热线", content="酒有怪味"), ADVISER,
                  policy="winery")  # fmt: skip
    c = c.classify(S(3, 2, 9, 30), CRM, kind="投诉", category="产品质量",
                   grounds_sufficient=True, demand_reasonable=True)  # fmt: skip
    return c.assign(S(3, 2, 10), CRM, "质量部")


TYPO = dt.datetime(2206, 2, 13, 15, 0, tzinfo=SH)  # 2206 typed for 2026


def test_the_constructor_refuses_a_receipt_the_calendar_cannot_count_R_CMP_06() -> None:
    """The constructor that restores a stored case refuses what ``Case.open`` refuses: a
    receipt the desk's calendar cannot count from, naming ``complaint`` and its
    ``received_at``: such a case's status and review could never be asked."""
    c = complaint(TYPO, channel="电话")
    record = CaseEvent(TYPO, "record", ADVISER)
    with pytest.raises(InvalidInput, match=r"^complaint: received at a moment") as info:
        Case(c, (record,), policy="winery")
    assert (info.value.argument, info.value.value) == ("complaint", TYPO)
    with pytest.raises(InvalidInput) as opened:
        Case.open(c, ADVISER, policy="winery")
    assert str(opened.value) == str(info.value)  # one refusal, whichever path builds it


def test_a_stored_case_with_an_uncountable_moment_does_not_load_R_CMP_06() -> None:
    """``serial.from_json`` builds a case by its constructor: a stored case whose moments
    were edited to 2206 is refused, naming the field (``complaint``) and the value."""
    opened = Case.open(complaint(S(3, 2, 9), channel="热线"), ADVISER, policy="winery")
    stored = serial.to_json(opened)
    edited = stored.replace("2026-03-02T09:00:00", "2206-03-02T09:00:00")
    with pytest.raises(InvalidInput, match=r"complaint: received at a moment") as info:
        serial.from_json(edited)
    assert info.value.argument == "text"
    assert "2206, 3, 2, 9, 0" in str(info.value)
    assert serial.from_json(stored) == opened  # the unedited case loads


@pytest.mark.parametrize("step", ["reply", "agree"])
def test_a_step_at_a_moment_the_calendar_cannot_count_is_refused_R_CMP_06_R_CMP_14(
    step: str,
) -> None:
    """A later step at 2206 is refused when recorded, naming ``at`` and showing it, not
    accepted to make every later status and review fail; nothing changes."""
    case = winery_assigned()
    late = dt.datetime(2206, 3, 2, 10, 0, tzinfo=SH)
    method = case.reply if step == "reply" else case.agree
    with pytest.raises(InvalidInput, match=r"^at: is a moment the desk's calendar cannot") as info:
        method(late, CRM, note="x")
    assert (info.value.argument, info.value.value) == ("at", late)
    with pytest.raises(InvalidInput, match=r"^at: is a moment") as info:
        case.record(late, step, CRM)
    assert info.value.value == late
    with pytest.raises(InvalidInput, match=r"^at: is a moment") as info:
        case.apply(CaseEvent(late, step, CRM))
    assert info.value.value == late
    assert statistics([case]).case_count == 1  # the case is unchanged and reviewable


def test_a_stored_step_the_calendar_cannot_count_is_refused_naming_events_R_CMP_06() -> None:
    """Replayed, the same step is refused naming ``events`` (the constructor's argument)
    and showing the event, its step and moment in the message."""
    case = winery_assigned()
    late = CaseEvent(dt.datetime(2206, 3, 2, 10, 0, tzinfo=SH), "reply", ADVISER)
    refused = r"^events: reply at 2206-03-02 10:00\+08:00: is a moment"
    with pytest.raises(InvalidInput, match=refused) as info:
        Case(case.complaint, (*case.events, late), policy=case.policy)
    assert info.value.value == late


def test_a_clock_refuses_a_stop_or_an_end_it_cannot_count_to_R_SLA_09() -> None:
    """A clock counting working time refuses a pause, stop or end at a moment outside the
    calendar's years (naming ``at``), as its start and restart do; replayed, ``events``."""
    clock = Clock.start(S(3, 2, 9), presets.TOBACCO.target_named("resolve"))
    late = dt.datetime(2206, 3, 2, 10, 0, tzinfo=SH)
    for step in (clock.stop, clock.cancel, clock.pause):
        with pytest.raises(InvalidInput, match=r"^at: cannot be counted on the calendar") as info:
            step(late)
        assert info.value.value == late
    with pytest.raises(InvalidInput, match=r"^events: cannot be counted"):
        Clock(clock.target, (*clock.events, ClockEvent(late, "stop")))
    wall = Clock.start(S(3, 2, 9), presets.TOBACCO.target_named("answer"))  # 24 hours
    assert wall.stop(late).stopped_at == late  # wall time needs no calendar


@settings(max_examples=25, deadline=None)
@given(
    cases(dt.date(2025, 9, 1), dt.date(2026, 3, 31), max_events=10),
    st.integers(min_value=2101, max_value=9000),
)
def test_property_no_step_records_a_moment_the_calendar_cannot_count_R_CMP_06(
    case: Case, year: int
) -> None:
    """Whatever the case, a reply in a year past the calendar's is refused naming ``at``,
    and the case stays reviewable: no accepted case makes its status fail."""
    late = dt.datetime(year, 3, 2, 10, 0, tzinfo=SH)
    if A.REPLY in case.allowed_events():
        role = sorted(case.who_may(A.REPLY), key=lambda r: r.value)[0]
        with pytest.raises(InvalidInput, match=r"^at: is a moment") as info:
            case.reply(late, role)
        assert info.value.value == late
    statistics([case])
    case.status(at=case.last_event_at)


# ------------------------------------------------------------------ R-CMP-13


#: The tobacco desk assessed under D1 第六条's reading, named by the desk: D14 sets no
#: penalty of its own, so its cases are assessed only under a scheme the desk names.
TOBACCO_BY_LOSS = CasePolicy(sla_policy="tobacco", penalty_scheme="each_person")


def late_then_reopened() -> tuple[Case, Case]:
    """A tobacco complaint of 2 March 2026 resolved late on 10 March (resolve due 5 March),
    then the unsatisfied customer's case reopened on 11 March."""
    c = Case.open(complaint(S(3, 2, 9), channel="热线", content="送货员态度很差"), ADVISER,
                  policy=TOBACCO_BY_LOSS)  # fmt: skip
    c = c.classify(S(3, 2, 9, 5), CRM, kind="投诉", category="服务质量",
                   grounds_sufficient=True, demand_reasonable=True)  # fmt: skip
    c = c.assign(S(3, 2, 10), CRM, "营销办").propose(S(3, 10, 9), DM, solution="道歉")
    late = c.approve(S(3, 10, 9, 30), GM).notify(S(3, 10, 10), ADVISER)
    reopened = late.survey(S(3, 10, 11), ADVISER, satisfied=False)
    return late, reopened.reopen(S(3, 11, 9), CRM, note="不满意")


def test_an_earlier_cycles_missed_deadline_stays_a_delay_R_CMP_13_R_CMP_08() -> None:
    """D1 第六条 2 fines the delay: a reopen starts a new cycle, it does not undo the first
    cycle's miss, so ``breaches`` and ``penalty().delayed`` keep it."""
    late, reopened = late_then_reopened()
    assert late.status(at=S(3, 10, 11)).breaches == ("resolve",)
    status = reopened.status(at=S(3, 11, 10))
    assert status["resolve"].state is State.RUNNING  # the new cycle runs, on time so far
    assert [(c.index, c.state) for c in status["resolve"].history] == [(1, State.BREACHED)]
    assert status.breaches == ("resolve",)
    assert status.breached
    assert status["resolve"].missed_count == 1
    assert reopened.penalty(at=S(3, 11, 10)).delayed == ("resolve",)
    assert "resolve" not in [s.target_name for s in status.running if s.breached]
    assert status.reason.endswith("breached: resolve")  # the reason names the delay too


def test_a_met_earlier_cycle_is_no_delay_R_CMP_13_R_CMP_08() -> None:
    """A first cycle met on time and a second one running: nothing is a delay."""
    c = Case.open(complaint(S(3, 2, 9), channel="热线", content="送货员态度很差"), ADVISER,
                  policy=TOBACCO_BY_LOSS)  # fmt: skip
    c = c.classify(S(3, 2, 9, 5), CRM, kind="投诉", category="服务质量",
                   grounds_sufficient=True, demand_reasonable=True)  # fmt: skip
    c = c.assign(S(3, 2, 10), CRM, "营销办").propose(S(3, 3, 9), DM, solution="道歉")
    c = c.approve(S(3, 3, 9, 30), GM).notify(S(3, 3, 10), ADVISER)
    c = c.survey(S(3, 3, 11), ADVISER, satisfied=False).reopen(S(3, 4, 9), CRM)
    assert c.status(at=S(3, 4, 10)).breaches == ()
    assert c.penalty(at=S(3, 4, 10)).delayed == ()


@settings(max_examples=30, deadline=None)
@given(cases(dt.date(2025, 9, 1), dt.date(2026, 3, 31), max_events=16))
def test_property_a_missed_deadline_stays_a_breach_R_CMP_13_R_SLA_09(case: Case) -> None:
    """A target in ``breaches`` at a step stays there at every later step, as long as the
    case still selects it (a classification may drop a target, never excuse it), and
    ``breaches`` is every target with a late cycle; the penalty's delay is it."""
    final = case.status(at=case.last_event_at)
    names = {s.target_name for s in final.values()}
    for s in final.values():
        late = [c for c in s.history if c.state is State.BREACHED]
        assert (s.target_name in final.breaches) == bool(late or s.state is State.BREACHED)
    for k in range(1, len(case.events)):
        moment = case.events[k - 1].at
        earlier = case.as_of(at=moment).status(at=moment)
        for name in earlier.breaches:
            if name in names:
                assert name in final.breaches, (name, case.events[k:])
    if case.kind in (None, Kind.COMPLAINT):
        if case.policy.penalty_scheme is PenaltyScheme.UNIT_RULES:  # D14 sets none: named
            policy = attrs.evolve(case.policy, penalty_scheme="each_person")
            case = Case(case.complaint, case.events, policy=policy)
        assert case.penalty(at=case.last_event_at).delayed == final.breaches


# -------------------------------------------------------------------------- invariants


def _finished(case: Case) -> dict[tuple[str, int], tuple[State, dt.datetime, dt.datetime]]:
    """Every finished cycle of the case's targets: (name, index) -> (state, due, stop)."""
    out = {}
    for s in case.status(at=case.last_event_at).values():
        cycles = [(c.index, c.state, c.due_at, c.stopped_at) for c in s.history]
        cycles.append((s.cycle_index, s.state, s.due_at, s.stopped_at))
        for index, state, due, stopped in cycles:
            if stopped is not None:
                out[(s.target_name, index)] = (state, due, stopped)
    return out


@settings(max_examples=40, deadline=None)
@given(cases(dt.date(2025, 9, 1), dt.date(2026, 3, 31), max_events=16))
def test_property_a_finished_cycle_never_changes_R_SLA_03_R_SLA_09_R_CMP_08(case: Case) -> None:
    """Whatever comes later (an agreement after the report, an extension in a reopened
    cycle, the close), a cycle that was met, missed or ended keeps its verdict, deadline
    and stop: a met target stays met, and closed cycles' history never changes."""
    final = _finished(case)
    names = {name for name, _index in final}
    for k in range(1, len(case.events)):
        prefix = Case(case.complaint, case.events[:k], policy=case.policy)
        for (name, index), seen in _finished(prefix).items():
            if name in names:  # a classification may drop a target, never rewrite it
                assert final[(name, index)] == seen, (name, index, case.events[k:])


@settings(max_examples=40, deadline=None)
@given(cases(dt.date(2025, 9, 1), dt.date(2026, 3, 31), max_events=16))
def test_property_closing_meets_no_target_a_step_of_the_flow_meets_R_SLA_02(case: Case) -> None:
    """Closing a case never meets a target that a step of its flow would have met: such a
    clock still open at closing is not reached (or late), and the review counts it missed."""
    closing = next((i for i, e in enumerate(case.events) if e.action is A.CLOSE), None)
    if closing is None or case.flow is None:
        return
    before = Case(case.complaint, case.events[:closing], policy=case.policy)
    moment = case.events[closing].at
    was = {s.target_name: s for s in before.status(at=moment).values()}
    stepped = {n for step in flow_steps(case.flow) - {A.CLOSE} for n in case.policy.stops_for(step)}
    status = case.status(at=moment)
    for s in status.values():
        if s.target_name in was and was[s.target_name].is_open and s.target_name in stepped:
            assert s.state in (State.NOT_REACHED, State.BREACHED), s
    review = statistics([case], at=moment)
    for s in status.values():
        states = [c.state for c in s.history] + [s.state]
        assert review.on_time_for(s.target_name).met_count == states.count(State.MET)


# ------------------------------------------------------------ R-SLA-01: provisional years


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_a_case_status_is_provisional_when_a_target_is_R_SLA_01() -> None:
    """R-SLA-01, docs/rules.md §1: a case's status is provisional exactly when a target's
    is — working time counted through a year whose arrangement is not published (2099) —
    never for wall time alone nor for a target still waiting."""
    late = Complaint(
        received_at=dt.datetime(2099, 9, 30, 16, tzinfo=SH),
        channel="电话",
        content="酒里有沉淀",
        complainant="王先生",
    )
    opened = Case.open(late, ADVISER, policy="winery")
    at = dt.datetime(2099, 9, 30, 17, tzinfo=SH)
    status = opened.status(at=at)
    assert [(s.target_name, s.measure.value, s.provisional) for s in status.values()] == [
        ("reply", "wall", False),
        ("resolve", "working", True),
    ]
    assert status.provisional is True
    assert status.waiting == ("feedback",)
    # the reply met and the working-time target left out: what is left is wall time alone
    wall_only = attrs.evolve(status, statuses=(status["reply"],))
    assert wall_only.provisional is False
    published = Case.open(complaint(S(3, 2, 10), "电话"), ADVISER, policy="winery")
    assert published.status(at=S(3, 2, 11)).provisional is False
    assert "provisional calendar" in status.explain()


@settings(max_examples=30)
@given(cases(dt.date(2026, 6, 1), dt.date(2027, 3, 31), max_events=6), st.integers(0, 60 * 24 * 40))
@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_property_a_case_status_is_provisional_exactly_when_it_counts_an_unknown_year_R_SLA_01(
    case: Case, minutes: int
) -> None:
    """Invariant (R-SLA-01): ``CaseStatus.provisional`` is whether a target's status is;
    a status counting only published years is never provisional, and a provisional one
    counts working time through a year the calendar does not know."""
    at = case.last_event_at + dt.timedelta(minutes=minutes)
    status = case.status(at=at)
    assert status.provisional is any(s.provisional for s in status.statuses)
    cal = case.policy.sla_policy.calendar
    last = max(
        (max(s.due_at, s.stopped_at or status.at).year for s in status.statuses),
        default=case.complaint.received_at.year,
    )
    years = range(case.complaint.received_at.year, last + 1)
    if all(cal.is_published(year) for year in years):
        assert not status.provisional
    if status.provisional:
        assert any(s.measure is Measure.WORKING for s in status.statuses)
        assert not all(cal.is_published(year) for year in years)
