"""The complaint modules under the one API of issue 12.

Rule IDs: R-CMP-07 (a regulator's forwarding makes a complaint major, in
``assess_severity`` itself), R-CMP-08 (a reopen restarts clocks; the note names no rule),
R-CMP-09 (handling), R-CMP-12/13 (penalties), R-CMP-14 (review), R-CMP-15 (six clears),
R-SLA-23 (retention).
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Case,
    CaseAction,
    CasePolicy,
    CaseStatistics,
    Clear,
    ClearOutcome,
    Complaint,
    Flow,
    HandlingClass,
    OnTime,
    PenaltyAssessment,
    PenaltyLine,
    ResponsibilityPolicy,
    Retention,
    ScoreDeduction,
    Severity,
    SeverityAssessment,
    SeverityPolicy,
    Signal,
    Tally,
    assess_penalty,
    assess_severity,
    handling_decision,
    retention_until,
    score_deduction,
    statistics,
)
from custops.complaints.penalties import PenaltyPolicy, PenaltyScheme
from custops.complaints.retention import RetentionPolicy, keep_record
from custops.decisions import Explained
from custops.errors import InvalidType, PolicyError
from custops.i18n import language
from custops.sla import presets
from custops.testing import cases

SH = ZoneInfo("Asia/Shanghai")
ADVISER = "客户关系顾问"
CRM = "客户关系经理"
QM = "质量负责人"
GM = "总经理"
RULE_ID = re.compile(r"R-[A-Z]{2,4}-\d{2}")


def T(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


def complaint(**kw: Any) -> Complaint:
    fields: dict[str, Any] = {
        "received_at": T(9, 30, 16),
        "channel": "电话",
        "content": "酒有怪味，口感不对",
        "complainant": "王先生",
    }
    return Complaint(**{**fields, **kw})


def general(case: Case, at: dt.datetime) -> Case:
    return case.classify(
        at,
        CRM,
        kind="投诉",
        category="产品质量",
        severity="一般",
        grounds_sufficient=True,
        demand_reasonable=True,
    )


def closed_case() -> Case:
    case = general(Case.open(complaint(), ADVISER, policy="winery"), T(9, 30, 17))
    case = case.assign(T(9, 30, 18), CRM, "质量部").propose(T(10, 9, 10), QM, solution="退货")
    case = case.approve(T(10, 9, 11), GM).notify(T(10, 9, 12), ADVISER)
    case = case.survey(T(10, 9, 13), ADVISER, satisfied=False).reopen(T(10, 9, 14), CRM)
    case = case.propose(T(10, 9, 15), QM, solution="退款").approve(T(10, 9, 16), GM)
    case = case.notify(T(10, 9, 17), ADVISER).survey(T(10, 9, 18), ADVISER, satisfied=True)
    return case.close(T(10, 9, 19), CRM, result="退款")


def one_shape(result: Explained) -> None:
    """The shape every result shares (CONTRIBUTING item 4): ``str()`` one line with the rule,
    ``explain()`` starting with it, no truth value, a one-line reason without a rule ID."""
    assert isinstance(result, Explained)
    assert RULE_ID.fullmatch(result.rule), result.rule
    assert "\n" not in result.reason, result.reason
    assert not RULE_ID.search(result.reason), result.reason
    line = str(result)
    assert "\n" not in line
    assert result.rule in line
    assert result.reason in line
    assert result.explain().splitlines()[0] == line
    with pytest.raises(InvalidType, match="has no truth value"):
        bool(result)


# --------------------------------------------------------------- 4.7–4.11: Explained


def test_penalties_are_explained_results_R_CMP_12_R_CMP_13() -> None:
    assessed = assess_penalty("6000", delayed=["solution"], approval_delayed=True)
    assert isinstance(assessed, PenaltyAssessment)
    one_shape(assessed)
    for line in assessed.lines:
        assert isinstance(line, PenaltyLine)
        one_shape(line)
    lines = assessed.explain().splitlines()
    assert len(lines) == 1 + len(assessed.lines) == 5
    assert str(assessed).startswith("penalties 2400.00 yuan (R-CMP-13): ")
    assert lines[1].strip().startswith("responsible person: 1000.00 yuan (R-CMP-13): loss 6000.00")
    deduction = score_deduction(3)
    assert isinstance(deduction, ScoreDeduction)
    one_shape(deduction)
    assert (
        str(deduction) == "score deduction (R-CMP-12): 3 complaints × 1 point = 3 points deducted"
    )


def test_retention_is_an_explained_result_R_SLA_23() -> None:
    kept = keep_record(dt.date(2024, 2, 29), important=False)
    assert isinstance(kept, Retention)
    one_shape(kept)
    assert str(kept) == (
        "record retention (R-SLA-23): an ordinary record, closed 2024-02-29: kept 1 year, "
        "until 2025-02-28"
    )
    one_shape(keep_record(None, important=True))
    one_shape(closed_case().retention)


def test_severity_assessment_is_an_explained_result_R_CMP_07() -> None:
    assessed = assess_severity(complaint(content="喝了酒拉肚子住院了"))
    assert isinstance(assessed, SeverityAssessment)
    one_shape(assessed)
    assert assessed.severity is Severity.MAJOR
    assert not hasattr(assessed, "major")  # a yes/no is a Decision; test the severity
    assert str(assessed) == 'severity (R-CMP-07): major: safety ("拉肚子", "住院")'
    # explain(): a line per piece of evidence
    assert len(assessed.explain().splitlines()) == 1 + len(assessed.evidence)
    one_shape(assess_severity(complaint(content="请问几点开门")))
    with language("zh_CN"):
        zh = assess_severity(complaint(content="喝了酒拉肚子住院了"))
        assert str(zh) == "严重程度（R-CMP-07）：重大：人身安全（「拉肚子」、「住院」）"


# ---------------------------------------- R-CMP-07: the regulator in assess_severity


@pytest.mark.parametrize(
    ("channel", "shown"),
    [("12315", "12315"), ("12345", "12345"), ("消协", '"消协"'), ("信访", '"信访"')],
)
def test_a_regulator_forwarding_is_major_in_assess_severity_itself_R_CMP_07(
    channel: str, shown: str
) -> None:
    c = complaint(channel=channel)
    assert c.via_regulator
    assessed = assess_severity(c)
    assert assessed.severity is Severity.MAJOR
    assert assessed.criteria == (Signal.REGULATOR,)
    assert assessed.reason == f"major: regulator (forwarded by {shown})"
    # the case uses the same assessment: its classification is major, for the same reason
    case = Case.open(c, ADVISER, policy="winery").classify(
        T(9, 30, 17), CRM, kind="投诉", category="产品质量"
    )
    assert case.flow is Flow.MAJOR
    assert case.events[-1].severity_reason == assessed.reason == case.severity_reason
    assert case.events[-1].note == ""  # the grounds are data, worded when read


def test_the_regulator_is_one_criterion_with_the_text_and_can_be_disabled_R_CMP_07() -> None:
    both = complaint(channel="12315", content="我已经打了12315投诉")
    assessed = assess_severity(both)
    assert assessed.criteria == (Signal.REGULATOR,)
    assert assessed.reason == 'major: regulator ("12315"; forwarded by 12315)'
    off = SeverityPolicy(enabled={"loss", "safety"})
    assert assess_severity(both, policy=off).severity is Severity.GENERAL
    transferred = assess_severity(complaint(channel="转交"), policy=None)  # not a regulator
    assert transferred.severity is Severity.GENERAL


# --------------------------------------------------------------- 4.4, 6.15: clears


def test_a_clear_has_three_outcomes_and_missing_holds_clears_R_CMP_15() -> None:
    checklist = Case.open(complaint(), ADVISER, policy="dealer").six_clears()
    assert all(isinstance(c, Clear) for c in checklist.missing)
    assert [c.kind.value for c in checklist.missing] == ["ask", "follow", "reply", "record"]
    outcomes = {kind: c.outcome for kind, c in checklist.items()}
    assert outcomes["listen"] is ClearOutcome.MET
    assert outcomes["report"] is ClearOutcome.NOT_APPLICABLE
    for clear in checklist.values():
        one_shape(clear)
    assert [m.value for m in ClearOutcome] == ["met", "not_met", "not_applicable"]
    assert str(ClearOutcome.NOT_MET) == "未做到"
    assert not hasattr(Clear, "met")


# --------------------------------------------------------- 4.20, 6.14: case status


def test_case_status_has_one_rule_and_every_rule_id_R_CMP_06() -> None:
    case = general(Case.open(complaint(), ADVISER, policy="winery"), T(10, 1, 9))
    status = case.status(at=T(10, 1, 9))
    assert status.rule == "R-SLA-05"
    assert "," not in status.rule
    assert status.rule_ids == ("R-SLA-05", "R-SLA-08", "R-SLA-09", "R-SLA-10")
    assert all(RULE_ID.fullmatch(r) for r in status.rule_ids)
    assert [s.target_name for s in status.statuses] == ["reply", "quality_reply", "resolve"]
    assert status.breaches == ()
    assert not hasattr(status, "targets")


# ---------------------------------------------------- 2.5–2.21, 6.2, 6.3, 6.11: Case


STEPS = {
    "record": "note",
    "agree": "note",
    "propose": "solution",
    "approve": "note",
    "reject": "note",
    "notify": "note",
    "reply": "note",
    "negotiate": "note",
    "clarify": "note",
    "promise": "note",
    "answer": "note",
    "commend": "note",
    "survey": "note",
    "reopen": "note",
    "extend": "note",
    "close": "result",
    "review": "note",
}


@pytest.mark.parametrize(("step", "option"), sorted(STEPS.items()))
def test_step_options_are_keyword_only(step: str, option: str) -> None:
    """A step's free text is a keyword; a proposal's solution is required (D1 第四条 3)."""
    parameter = inspect.signature(getattr(Case, step)).parameters[option]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    required = step == "propose"
    assert parameter.default == (inspect.Parameter.empty if required else "")


def test_a_positional_note_is_refused_and_changes_nothing() -> None:
    case = Case.open(complaint(), ADVISER, policy="dealer")
    with pytest.raises(TypeError):
        case.reply(T(9, 30, 17), ADVISER, "已回电")  # type: ignore[call-arg]
    assert len(case.events) == 1
    assert case.reply(T(9, 30, 17), ADVISER, note="已回电").events[-1].note == "已回电"


def test_clarify_records_the_explain_step_R_CMP_05() -> None:
    case = Case.open(complaint(), ADVISER, policy="dealer").classify(
        T(9, 30, 17),
        CRM,
        kind="投诉",
        category="销售合同",
        grounds_sufficient=False,
        demand_reasonable=True,
    )
    done = case.clarify(T(9, 30, 18), ADVISER, note="活动已结束")
    assert done.events[-1].action is CaseAction.EXPLAIN
    assert done.events[-1].note == "活动已结束"
    assert not hasattr(Case, "explain")  # explain() is a result's text, never an event


def test_history_and_selection_are_properties() -> None:
    case = Case.open(complaint(), ADVISER, policy="dealer")
    assert isinstance(inspect.getattr_static(Case, "history"), property)
    assert isinstance(inspect.getattr_static(Case, "selection"), property)
    assert case.history == case.events
    assert case.selection == case.status(at=T(9, 30, 16)).selection


def test_open_requires_the_desk_as_a_keyword_issue_17() -> None:
    policy = inspect.signature(Case.open).parameters["policy"]
    assert policy.kind is inspect.Parameter.KEYWORD_ONLY
    assert policy.default is inspect.Parameter.empty
    assert "None" not in str(policy.annotation)
    with pytest.raises(PolicyError, match=r"^policy: a case names its desk"):
        Case.open(complaint(), ADVISER, policy=None)  # type: ignore[arg-type]


def test_a_reopen_restarts_clocks_with_a_note_naming_no_rule_R_CMP_08() -> None:
    case = closed_case()
    notes = [e.note for clock in case.clocks().values() for e in clock.events]
    assert "reopened" in notes
    assert not any(RULE_ID.search(n) for n in notes)


# ---------------------------------------------------------- 3.4, 3.5: nested policies


def test_nested_policies_are_named_for_what_they_are() -> None:
    desk = CasePolicy(sla_policy="winery")
    assert desk.sla_policy is presets.WINERY
    assert desk.severity_policy == SeverityPolicy()
    assert desk.retention_policy == RetentionPolicy()
    assert [f.name for f in attrs.fields(CasePolicy) if f.name.endswith("_policy")] == [
        "sla_policy",
        "severity_policy",
        "retention_policy",
    ]
    assert ResponsibilityPolicy().penalty_policy == PenaltyPolicy()
    # the per-case range of R-CMP-11, as custops._validate.within words an interval
    with pytest.raises(PolicyError, match=r"^delay_fine: must lie in \[150.00, 1500.00\]"):
        ResponsibilityPolicy(delay_fine="100", penalty_policy=PenaltyPolicy(fine_min="150"))
    assert SeverityPolicy().classifier_policy is SeverityPolicy().classifier_policy
    with pytest.raises(InvalidType, match=r"^classifier_policy: must be a ClassifierPolicy"):
        SeverityPolicy(classifier_policy="rules")  # type: ignore[arg-type]
    # CONTRIBUTING item 3: None means the seed's defaults, in a nested policy field too
    assert SeverityPolicy(classifier_policy=None).classifier_policy is DEFAULT_CLASSIFIER_POLICY
    assert ResponsibilityPolicy(penalty_policy=None).penalty_policy == PenaltyPolicy()
    defaults = CasePolicy(sla_policy="winery", severity_policy=None, retention_policy=None)
    assert defaults == desk
    with pytest.raises(InvalidType, match=r"^retention_policy: must be a RetentionPolicy"):
        CasePolicy(sla_policy="winery", retention_policy="7年")  # type: ignore[arg-type]
    long_kept = CasePolicy(sla_policy="winery", retention_policy=RetentionPolicy(ordinary_years=3))
    case = Case(closed_case().complaint, closed_case().events, policy=long_kept)
    assert retention_until(case).kept_until_on == dt.date(2028, 10, 9)


# ------------------------------------------ 6.4, 6.5, 6.13, 6.20, 6.24: result fields


def test_review_fields_name_counts_and_the_review_period_R_CMP_14() -> None:
    review = statistics([closed_case()], review_period=(dt.date(2025, 9, 29), dt.date(2025, 10, 5)))
    assert isinstance(review, CaseStatistics)
    assert review.case_count == 1
    assert review.by_kind.count == 1
    assert isinstance(review.by_kind, Tally)
    assert review.review_period is not None
    assert review.review_period.label == ("2025-09-29..2025-10-05")
    resolve = review.on_time_for("resolve")
    assert isinstance(resolve, OnTime)
    assert resolve.target_name == "resolve"
    assert (resolve.met_count, resolve.missed_count, resolve.pending_count) == (2, 0, 0)
    assert resolve.decided_count == 2
    assert resolve.on_time_rate == 1
    assert review.explain().splitlines()[0] == str(review)
    fields = {f.name for f in attrs.fields(OnTime)}
    assert fields.isdisjoint({"target", "met", "missed", "pending"})
    assert "total" not in {f.name for f in attrs.fields(CaseStatistics)}


def test_handling_decision_names_the_next_step_R_CMP_09() -> None:
    decision = handling_decision(HandlingClass.CUSTOMER_MISUNDERSTANDING)
    assert decision.next_step == "explain to the customer and remove the misunderstanding"
    one_shape(decision)


# --------------------------------------------------------------------- properties


@settings(max_examples=30, deadline=None)
@given(cases(max_events=10))
def test_property_every_case_result_has_the_one_shape_R_CMP_15(case: Case) -> None:
    checklist = case.six_clears()
    assert checklist.missing == tuple(
        c for c in checklist.values() if c.outcome is ClearOutcome.NOT_MET
    )
    assert checklist.allowed is (not checklist.missing)
    for clear in checklist.clears:
        one_shape(clear)
    status = case.status(at=case.last_event_at)
    assert status.rule == status.rule_ids[0]
    assert "," not in status.rule
    assert all(RULE_ID.fullmatch(r) for r in status.rule_ids)
    one_shape(case.retention)
    if case.policy.penalty_scheme is PenaltyScheme.UNIT_RULES:  # D14: nothing to assess
        with pytest.raises(PolicyError, match=r"^policy: the tobacco desk \(D14\) sets no fine"):
            case.penalty(at=case.last_event_at)
    else:
        one_shape(case.penalty(at=case.last_event_at))
    notes = [e.note for clock in case.clocks().values() for e in clock.events]
    assert not any(RULE_ID.search(n) for n in notes)


@settings(max_examples=40, deadline=None)
@given(cases(max_events=0))
def test_property_a_regulator_forwarding_is_always_major_R_CMP_07(case: Case) -> None:
    c = case.complaint
    assessed = assess_severity(c)
    one_shape(assessed)
    assert (Signal.REGULATOR in assessed.criteria) >= c.via_regulator
    major = assessed.severity is Severity.MAJOR
    assert major is bool(assessed.criteria)
    assert assessed.reason.startswith("major: ") is major
    total = assess_penalty(c.loss).total
    assert isinstance(total, Decimal)
    assert total >= 0


def test_a_wrong_classifier_policy_is_refused_like_every_policy() -> None:
    """Issue 12: ``classify(policy=)`` and ``find_matches(policy=)`` use
    ``policy_or_default``: the refusal reads like every other ``policy=``, and ``None`` is
    the very ``DEFAULT_CLASSIFIER_POLICY``."""
    from custops._validate import policy_or_default
    from custops.complaints import ClassifierPolicy, classify, find_matches

    for call in (classify, find_matches):
        with pytest.raises(InvalidType) as info:
            call("退款", policy="strict")  # type: ignore[arg-type]
        assert str(info.value) == (
            "policy: must be a ClassifierPolicy or None, not a str (got 'strict')"
        )
    assert policy_or_default(None, ClassifierPolicy) is DEFAULT_CLASSIFIER_POLICY
    assert classify("退款太慢", policy=None) == classify(
        "退款太慢", policy=DEFAULT_CLASSIFIER_POLICY
    )
