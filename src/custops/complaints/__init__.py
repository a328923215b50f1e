"""Complaints: intake model, classification with evidence, severity, validity, returns, penalties.

Rules R-CMP-01 … R-CMP-15, R-SLA-22 and R-SLA-23 (D1, D5, D10, D13 第十四章, D14):
the case workflow with its SLA clocks is :class:`Case` (see ``docs/cases.md``), the
weekly or monthly review :func:`statistics`.

>>> from custops.complaints import classify, Kind
>>> r = classify("服务员态度太差了")
>>> r.kind is Kind.COMPLAINT, r.category.label, r.department.label
(True, '服务质量', '营销办')
"""

from __future__ import annotations

from custops.complaints.case import Case, CaseStatus, Clear, SixClears, retention_until
from custops.complaints.classifier import (
    Classification,
    Evidence,
    Rule,
    RuleSet,
    classify,
    classify_many,
    find_matches,
    normalise,
)
from custops.complaints.events import CaseEvent
from custops.complaints.flow import CaseAction, Flow, Stage
from custops.complaints.model import (
    Category,
    Channel,
    Complaint,
    Department,
    HandlingClass,
    Kind,
    Role,
    Severity,
    Signal,
    Validity,
)
from custops.complaints.penalties import (
    FineDecision,
    Party,
    PenaltyAssessment,
    PenaltyLine,
    PenaltyPolicy,
    ResponsibilityPolicy,
    ScoreDeduction,
    assess_fine,
    assess_penalty,
    score_deduction,
)
from custops.complaints.policy import CasePolicy
from custops.complaints.retention import Retention, RetentionPolicy
from custops.complaints.returns import (
    Cause,
    Defect,
    ReturnDecision,
    ReturnOutcome,
    ReturnPolicy,
    return_decision,
)
from custops.complaints.rules_data import DEFAULT_RULES
from custops.complaints.severity import SeverityAssessment, SeverityPolicy, assess_severity
from custops.complaints.statistics import (
    CaseStatistics,
    OnTime,
    ReviewPeriod,
    Tally,
    statistics,
)
from custops.complaints.validity import (
    HandlingDecision,
    ValidityDecision,
    assess_validity,
    handling_decision,
)

__all__ = [
    "DEFAULT_RULES",
    "Case",
    "CaseAction",
    "CaseEvent",
    "CasePolicy",
    "CaseStatistics",
    "CaseStatus",
    "Category",
    "Cause",
    "Channel",
    "Classification",
    "Clear",
    "Complaint",
    "Defect",
    "Department",
    "Evidence",
    "FineDecision",
    "Flow",
    "HandlingClass",
    "HandlingDecision",
    "Kind",
    "OnTime",
    "Party",
    "PenaltyAssessment",
    "PenaltyLine",
    "PenaltyPolicy",
    "ResponsibilityPolicy",
    "Retention",
    "RetentionPolicy",
    "ReturnDecision",
    "ReturnOutcome",
    "ReturnPolicy",
    "ReviewPeriod",
    "Role",
    "Rule",
    "RuleSet",
    "ScoreDeduction",
    "Severity",
    "SeverityAssessment",
    "SeverityPolicy",
    "Signal",
    "SixClears",
    "Stage",
    "Tally",
    "Validity",
    "ValidityDecision",
    "assess_fine",
    "assess_penalty",
    "assess_severity",
    "assess_validity",
    "classify",
    "classify_many",
    "find_matches",
    "handling_decision",
    "normalise",
    "retention_until",
    "return_decision",
    "score_deduction",
    "statistics",
]
