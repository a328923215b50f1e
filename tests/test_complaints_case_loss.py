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
from custops.complaints import Case, CaseAction, CasePolicy, Complaint, Flow, Severity
from custops.errors import IllegalTransition, InvalidInput, InvalidType
from custops.i18n import language
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
    assert "D1 第三条" in str(e.value)
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
        case.assess_loss(T(9, 10), CRM, 760.5)
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
