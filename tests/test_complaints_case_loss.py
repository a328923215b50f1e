"""A complaint's loss recorded once assessed (``Case.assess_loss``).

A complaint may be recorded before its loss is known (``Complaint.claimed_loss`` ``None``):
its severity is provisional (R-CMP-07) and the fines by the size of the loss wait for it
(R-CMP-11, R-CMP-13).  The assessment is a side step of the case, recorded with its time and
role (R-CMP-06); from then on the case reads the latest loss recorded, as if the complaint
had been filed with it (docs/cases.md, "A loss not known yet").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.complaints import Case, CaseAction, CasePolicy, ClearOutcome, Complaint, Flow, Severity
from custops.errors import IllegalTransition, InvalidInput, InvalidType
from custops.i18n import language
from custops.sla import State
from custops.testing import amounts, cases

SH = ZoneInfo("Asia/Shanghai")
ADVISER, CRM = "客户关系顾问", "客户关系经理"
A = CaseAction


def T(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 10, day, hour, minute, tzinfo=SH)


def filed(loss: Any = None, desk: str | CasePolicy = "dealer") -> Case:
    """A complaint about a sales contract received Thursday 9 October 2025 09:00, recorded
    then, its loss ``loss`` (default: not known yet)."""
    c = Complaint(
        received_at=T(9), channel="当面", content="说好的赠品没给", complainant="周",
        claimed_loss=loss,
    )  # fmt: skip
    return Case.open(c, ADVISER, policy=desk)


def general(case: Case, at: dt.datetime | None = None) -> Case:
    """``case`` classified as an established complaint, its severity assessed."""
    return case.classify(
        T(9, 9, 5) if at is None else at, CRM, kind="投诉", category="销售合同",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip


# --- who, when --------------------------------------------------------------------------


def test_the_customer_relations_manager_assesses_the_loss_R_CMP_07() -> None:
    """R-CMP-07, D1 第三条: the manager who judges a complaint's nature records its loss;
    another role is refused, naming who may, and the case is unchanged."""
    case = general(filed())
    assert {r.label for r in case.who_may(A.ASSESS_LOSS)} == {CRM}
    assert A.ASSESS_LOSS in case.allowed_events(CRM)
    assert A.ASSESS_LOSS not in case.allowed_events(ADVISER)
    with pytest.raises(IllegalTransition, match="only customer relations manager may") as e:
        case.assess_loss(T(9, 10), ADVISER, "760")
    assert e.value.event_name == "assess_loss"
    assert "D1 art. 3" in str(e.value)
    assert case.loss is None


def test_only_a_loss_not_known_at_filing_is_assessed_R_CMP_07() -> None:
    """R-CMP-07: a complaint filed with its loss has it in the record: no step records
    another; a closed case takes none either."""
    known = general(filed("760"))
    assert A.ASSESS_LOSS not in known.allowed_events()
    with pytest.raises(IllegalTransition, match="allowed: assign"):
        known.assess_loss(T(9, 10), CRM, "25000")
    unknown = filed()
    assert A.ASSESS_LOSS in unknown.allowed_events()  # before classification too
    done = unknown.classify(
        T(9, 9, 5), CRM, kind="投诉", category="销售合同",
        grounds_sufficient=False, demand_reasonable=True,
    ).clarify(T(9, 10), ADVISER, note="活动已结束")  # fmt: skip
    done = done.close(T(9, 11), ADVISER, result="谅解")
    with pytest.raises(IllegalTransition):
        done.assess_loss(T(9, 12), CRM, "760")


def test_only_a_complaint_has_a_loss_to_assess_R_CMP_13() -> None:
    """R-CMP-13: the seed penalises the loss a complaint caused; praise has none."""
    praise = filed().classify(T(9, 9, 5), CRM, kind="表扬", category="服务质量")
    assert A.ASSESS_LOSS not in praise.allowed_events()
    with pytest.raises(IllegalTransition):
        praise.assess_loss(T(9, 10), CRM, "760")


def test_a_loss_is_money_named_loss_R_CMP_13() -> None:
    """R-CMP-13: the loss is exact money; a float or a negative amount is refused, naming
    ``loss``."""
    case = general(filed())
    with pytest.raises(InvalidType) as e:
        case.assess_loss(T(9, 10), CRM, 760.5)  # type: ignore[arg-type]
    assert e.value.argument == "loss"
    with pytest.raises(InvalidInput) as e2:
        case.assess_loss(T(9, 10), CRM, "-1")
    assert (e2.value.argument, e2.value.value) == ("loss", "-1")
    with pytest.raises(IllegalTransition, match="before the previous event"):
        case.assess_loss(T(9, 9), CRM, "760")


# --- what the case reads ----------------------------------------------------------------


def test_the_status_is_no_longer_provisional_R_CMP_07() -> None:
    """R-CMP-07: a loss not known keeps the severity provisional; once recorded, below the
    threshold, the complaint is general for good."""
    case = general(filed())
    with language("en"):
        assert "still to be assessed" in case.status(at=T(9, 10)).reason
        assessed = case.assess_loss(T(9, 10), CRM, "760", note="发票核对")
        status = assessed.status(at=T(9, 11))
        assert "still to be assessed" not in status.reason
        assert "escalated" not in status.reason
        assert "loss: 760.00" in assessed.events[-1].describe()
    assert (assessed.loss, assessed.severity, assessed.flow) == (
        Decimal("760.00"),
        Severity.GENERAL,
        Flow.GENERAL,
    )
    assert assessed.stage is case.stage  # a side step: the stage stays


def test_a_loss_reaching_the_threshold_is_to_be_escalated_R_CMP_07() -> None:
    """R-CMP-07: a general complaint whose assessed loss reaches the threshold is major, but
    reporting it to the managers is its own step: the status says it is to be escalated
    until it is."""
    case = general(filed()).assign(T(9, 10), CRM, "销售部")
    major = case.assess_loss(T(9, 11), CRM, "10000")  # inclusive
    assert (major.severity, major.flow) == (Severity.MAJOR, Flow.GENERAL)
    assert A.ESCALATE in major.allowed_events()
    with language("en"):
        reason = major.status(at=T(9, 12)).reason
        assert "reaches 10000.00 yuan: the complaint is major and is to be escalated" in reason
        assert "R-CMP-07" in major.status(at=T(9, 12)).rule_ids
        escalated = major.escalate(T(9, 12), CRM)
        assert escalated.flow is Flow.MAJOR
        assert "to be escalated" not in escalated.status(at=T(9, 13)).reason
    with language("zh"):
        assert "须上报" in major.status(at=T(9, 12)).reason


def test_the_latest_loss_counts_R_CMP_07() -> None:
    """R-CMP-07: a re-assessment corrects the loss; an escalated complaint stays major."""
    case = general(filed()).assess_loss(T(9, 10), CRM, "25000")
    lower = case.assess_loss(T(9, 11), CRM, "760")
    assert (lower.loss, lower.severity) == (Decimal("760.00"), Severity.GENERAL)
    kept = case.escalate(T(9, 11), CRM).assess_loss(T(9, 12), CRM, "760")
    assert (kept.severity, kept.flow) == (Severity.MAJOR, Flow.MAJOR)


def test_a_loss_assessed_before_classification_decides_it_R_CMP_07() -> None:
    """R-CMP-07: classified after the loss is recorded, the complaint is assessed with it:
    major, with the loss among its grounds."""
    case = general(filed().assess_loss(T(9, 9, 1), CRM, "12000"))
    assert (case.flow, case.severity) == (Flow.MAJOR, Severity.MAJOR)
    with language("en"):
        assert "12000.00 yuan claimed" in case.severity_reason


@pytest.mark.parametrize(
    ("desk", "rule"),
    [
        ("dealer", "R-CMP-13"),  # D1 第六条: each person by the loss
        (CasePolicy(sla_policy="quality", penalty_scheme="per_case"), "R-CMP-11"),  # D5 第七条
        ("winery", "R-CMP-12"),  # D10 七: a point per complaint
    ],
)
def test_the_penalty_reads_the_recorded_loss_R_CMP_11_12_13(
    desk: str | CasePolicy, rule: str
) -> None:
    """R-CMP-11, R-CMP-12, R-CMP-13: the fine by the loss waits for it, then reads the
    latest loss recorded as of the moment asked: the same as a case filed with it."""
    case = general(filed(desk=desk)).assign(T(9, 10), CRM, "销售部")
    before = case.penalty(at=T(9, 11))
    assessed = case.assess_loss(T(9, 11), CRM, "760")
    after = assessed.penalty(at=T(9, 12))
    same = general(filed("760", desk=desk)).assign(T(9, 10), CRM, "销售部")
    assert after == same.penalty(at=T(9, 12))
    assert after.rule == before.rule == rule
    assert after.loss == Decimal("760.00")
    assert not after.provisional
    assert assessed.penalty(at=T(9, 10, 30)) == before  # as of then, not known yet
    if rule != "R-CMP-12":
        assert before.provisional
        assert before.loss is None
        assert after.total > 0


# --- the escalation of a complaint made major by its loss -------------------------------


def test_a_loss_making_the_complaint_major_starts_the_escalation_clock_R_CMP_07_R_CMP_15() -> None:
    """R-CMP-07, R-CMP-15: the moment the assessed loss makes a general complaint major is
    the moment it is to be reported at once (D1 第四条 迅速传递, D13 第十四章 六 马上报告):
    the escalation target is timed from then, as from a classification as major, and shows
    in the clocks, the status, its explanation and the 报告 clear."""
    case = general(filed()).assign(T(9, 10), CRM, "销售部")
    assert "escalation" not in case.clocks()
    major = case.assess_loss(T(9, 11), CRM, "12000")
    clock = major.clocks()["escalation"]
    assert clock.events[0].at == T(9, 11)
    assert clock.target.rule == "R-CMP-07"  # D1's desk
    status = major.status(at=T(9, 12))
    assert status["escalation"].due_at == T(9, 13)  # two hours by the clock (立即, 马上)
    assert status["escalation"].state is State.RUNNING
    assert "R-CMP-07" in status.rule_ids
    assert "R-CMP" not in status.reason  # the rule is in rule_ids, not in the sentence
    winery = general(filed(desk="winery")).assess_loss(T(9, 11), CRM, "12000")
    assert {"R-CMP-07", "R-CMP-15"} <= set(winery.status(at=T(9, 12)).rule_ids)
    with language("en"):
        assert "escalation running" in major.status(at=T(9, 12)).explain()
        assert "made major by the assessed loss" in clock.events[0].note
        report = major.six_clears()["report"]
        assert report.outcome is ClearOutcome.NOT_MET
        assert report.reason == "a major complaint not yet reported (due 2025-10-09 13:00+08:00)"
    # as a complaint filed major is timed from its classification as major
    filed_major = general(filed("12000"))
    assert filed_major.clocks()["escalation"].events[0].at == T(9, 9, 5)


def test_a_timely_escalation_meets_it_a_late_one_is_breached_R_CMP_07_R_CMP_15() -> None:
    """R-CMP-07, R-CMP-15: ``escalate`` stops the clock; within the period it is met and the
    报告 clear is met, later it is breached, the clear not met, and the delay is the
    handler's (D1 第六条 2, R-CMP-13)."""
    major = general(filed()).assign(T(9, 10), CRM, "销售部").assess_loss(T(9, 11), CRM, "12000")
    on_time = major.escalate(T(9, 12, 59), CRM)
    assert on_time.status(at=T(9, 15))["escalation"].state is State.MET
    assert on_time.six_clears()["report"].outcome is ClearOutcome.MET
    late = major.escalate(T(10, 9), CRM)
    status = late.status(at=T(10, 9))
    assert "escalation" in status.breaches
    clear = late.six_clears()["report"]
    assert clear.outcome is ClearOutcome.NOT_MET
    with language("en"):
        assert "allowed after its assessed loss made it major (due 2025-10-09 13:00" in str(
            late.six_clears()["report"]
        )
        assert "escalation" in late.penalty(at=T(10, 9)).reason
    assert late.penalty(at=T(10, 9)).delayed == ("escalation",)
    assert major.penalty(at=T(9, 13)).delayed == ()  # not late yet


def test_the_latest_assessment_decides_whether_it_is_timed_R_CMP_07() -> None:
    """R-CMP-07: the latest loss counts — an assessment below the threshold makes the
    complaint general again and removes the escalation target; a later one reaching it
    times it anew from then, and a correction that stays above keeps the first moment."""
    major = general(filed()).assess_loss(T(9, 10), CRM, "12000")
    higher = major.assess_loss(T(9, 11), CRM, "20000")
    assert higher.clocks()["escalation"].events[0].at == T(9, 10)
    lower = higher.assess_loss(T(9, 12), CRM, "760")
    assert "escalation" not in lower.clocks()
    assert "escalation" not in {s.target_name for s in lower.status(at=T(9, 13)).statuses}
    assert lower.six_clears()["report"].outcome is ClearOutcome.NOT_APPLICABLE
    # as of a moment it was major, the case still shows the clock it then had
    assert lower.as_of(at=T(9, 11, 30)).clocks()["escalation"].events[0].at == T(9, 10)
    again = lower.assess_loss(T(9, 14), CRM, "10000")
    assert again.clocks()["escalation"].events[0].at == T(9, 14)


def test_an_escalation_before_the_loss_leaves_nothing_to_time_R_CMP_07() -> None:
    """R-CMP-07: a general complaint escalated while handled became major by its
    escalation; a loss assessed later changes nothing, and no escalation is due."""
    escalated = general(filed()).escalate(T(9, 10), CRM).assess_loss(T(9, 11), CRM, "12000")
    assert "escalation" not in escalated.clocks()
    assert escalated.six_clears()["report"].outcome is ClearOutcome.MET


def test_closing_before_the_escalation_ends_its_clock_R_CMP_07_R_CMP_15() -> None:
    """R-CMP-07, R-CMP-15: a case made major by its loss and closed without being escalated
    ends the escalation clock at closing (not reached, as every clock closing ends, or
    breached when late by then); the 报告 clear is not met."""
    major = general(filed()).assign(T(9, 10), CRM, "销售部").assess_loss(T(9, 11), CRM, "12000")
    done = (
        major.propose(T(9, 11, 10), "销售经理", solution="补送赠品")
        .approve(T(9, 11, 20), "总经理")
        .notify(T(9, 11, 30), ADVISER)
        .survey(T(9, 11, 40), CRM, satisfied=True)
        .close(T(9, 11, 50), CRM, result="补送")
    )
    assert done.status(at=T(13))["escalation"].state is State.NOT_REACHED
    assert done.six_clears()["report"].outcome is ClearOutcome.NOT_MET
    assert done.clocks()["escalation"].stopped_at == T(9, 11, 50)


# --- stored, replayed ---------------------------------------------------------------------


def test_a_stored_assessment_replays_equal_R_CMP_06() -> None:
    """R-CMP-06: a loss assessment is an event of the case: replayed and stored equal, and a
    stored one is held to the same rules (a role that may not)."""
    case = general(filed()).assess_loss(T(9, 10), CRM, "12000").escalate(T(9, 11), CRM)
    assert Case(case.complaint, case.events, policy="dealer") == case
    again = serial.from_json(serial.to_json(case))
    assert again == case
    assert again.loss == Decimal("12000.00")
    wrong = (*case.events[:2], attrs.evolve(case.events[2], role=ADVISER))
    with pytest.raises(IllegalTransition, match="may not assess_loss"):
        Case(case.complaint, wrong, policy="dealer")


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(loss=amounts(max_value=30_000), desk=st.sampled_from(["dealer", "quality", "winery"]))
def test_assessing_a_loss_is_filing_with_it_R_CMP_07_R_CMP_13(loss: Decimal, desk: str) -> None:
    """R-CMP-07, R-CMP-13: a case filed with its loss not known that records loss L gives
    the same severity and penalty as the case filed with L — recorded before the
    classification, and after it."""
    policy = CasePolicy(sla_policy=desk, penalty_scheme="per_case") if desk == "quality" else desk
    with_l = general(filed(loss, desk=policy))
    early = general(filed(desk=policy).assess_loss(T(9, 9, 1), CRM, loss))
    late = general(filed(desk=policy)).assess_loss(T(9, 9, 6), CRM, loss)
    for case in (early, late):
        assert case.severity is with_l.severity
        assert case.loss == with_l.loss == loss
        assert case.penalty(at=T(9, 9, 7)) == with_l.penalty(at=T(9, 9, 7))
    assert early.flow is with_l.flow


@settings(max_examples=40, deadline=None)
@given(case=cases(max_events=10))
def test_a_case_reads_its_latest_recorded_loss_R_CMP_06(case: Case) -> None:
    """R-CMP-06: whatever the steps drawn (assessments among them), the case reads the
    latest loss recorded, else the complaint's, and replays equal."""
    recorded = [e.get("loss") for e in case.events if e.action is A.ASSESS_LOSS]
    assert case.loss == (recorded[-1] if recorded else case.complaint.claimed_loss)
    assert not recorded or case.complaint.claimed_loss is None
    assert Case(case.complaint, case.events, policy=case.policy) == case


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=9),
            st.one_of(st.none(), st.sampled_from(["0", "760", "9999.99", "10000", "25000"])),
        ),
        max_size=8,
    ),
    desk=st.sampled_from(["dealer", "winery", "quality"]),
)
def test_property_the_escalation_is_timed_while_the_loss_makes_it_major_R_CMP_07_R_CMP_15(
    steps: list[tuple[int, str | None]], desk: str
) -> None:
    """R-CMP-07, R-CMP-15: whatever assessments (a loss) and escalation (``None``) follow
    a general complaint's classification, the escalation target exists exactly when the
    latest severity is major and the complaint was not escalated before its timer started;
    it starts at the first of the assessments reaching the threshold since the last one
    below it, and an escalation within the period (every step here is minutes apart) meets
    it, and the 报告 clear."""
    case = general(filed(desk=desk))
    moment, since, escalated = T(9, 9, 5), None, None
    for minutes, loss in steps:
        moment += dt.timedelta(minutes=minutes)
        if loss is None:
            if escalated is not None or A.ESCALATE not in case.allowed_events():
                continue
            case, escalated = case.escalate(moment, CRM), moment
        else:
            case = case.assess_loss(moment, CRM, loss)
            if escalated is None:
                major = Decimal(loss) >= case.policy.severity_policy.loss_threshold
                since = (since or moment) if major else None
    clock = case.clocks().get("escalation")
    timed = case.severity is Severity.MAJOR and not (
        escalated is not None and (since is None or escalated < since)
    )
    assert (clock is not None) == timed == (since is not None)
    report = case.six_clears()["report"].outcome
    if clock is None:
        assert report is (ClearOutcome.MET if escalated else ClearOutcome.NOT_APPLICABLE)
        return
    assert clock.events[0].at == since
    assert case.status(at=moment)["escalation"].rule == clock.target.rule
    if escalated is None:
        assert clock.stopped_at is None
        assert report is ClearOutcome.NOT_MET
    else:
        assert clock.stopped_at == escalated
        assert case.status(at=moment)["escalation"].state is State.MET
        assert report is ClearOutcome.MET
