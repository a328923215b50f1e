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

from typing import TYPE_CHECKING

from custops._lazy import lazy_names

if TYPE_CHECKING:  # pragma: no cover
    from custops.complaints.case import Case, CaseStatus, Clear, SixClears, retention_until
    from custops.complaints.classifier import (
        Classification,
        Evidence,
        Issue,
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
    from custops.complaints.review import (
        CaseStatistics,
        OnTime,
        ReviewPeriod,
        Tally,
        statistics,
    )
    from custops.complaints.rules_data import DEFAULT_RULES
    from custops.complaints.severity import SeverityAssessment, SeverityPolicy, assess_severity
    from custops.complaints.validity import (
        HandlingDecision,
        ValidityDecision,
        assess_validity,
        handling_decision,
    )

# Every name is loaded on first use (PEP 562, as in custops/__init__.py): importing the
# package costs almost nothing, and ``classify`` loads the classifier, not the case
# workflow with its calendars and SLA presets.
_LAZY = {
    "Case": "custops.complaints.case",
    "CaseAction": "custops.complaints.flow",
    "CaseEvent": "custops.complaints.events",
    "CasePolicy": "custops.complaints.policy",
    "CaseStatistics": "custops.complaints.review",
    "CaseStatus": "custops.complaints.case",
    "Category": "custops.complaints.model",
    "Cause": "custops.complaints.returns",
    "Channel": "custops.complaints.model",
    "Classification": "custops.complaints.classifier",
    "Clear": "custops.complaints.case",
    "Complaint": "custops.complaints.model",
    "DEFAULT_RULES": "custops.complaints.rules_data",
    "Defect": "custops.complaints.returns",
    "Department": "custops.complaints.model",
    "Evidence": "custops.complaints.classifier",
    "FineDecision": "custops.complaints.penalties",
    "Flow": "custops.complaints.flow",
    "HandlingClass": "custops.complaints.model",
    "HandlingDecision": "custops.complaints.validity",
    "Issue": "custops.complaints.classifier",
    "Kind": "custops.complaints.model",
    "OnTime": "custops.complaints.review",
    "Party": "custops.complaints.penalties",
    "PenaltyAssessment": "custops.complaints.penalties",
    "PenaltyLine": "custops.complaints.penalties",
    "PenaltyPolicy": "custops.complaints.penalties",
    "ResponsibilityPolicy": "custops.complaints.penalties",
    "Retention": "custops.complaints.retention",
    "RetentionPolicy": "custops.complaints.retention",
    "ReturnDecision": "custops.complaints.returns",
    "ReturnOutcome": "custops.complaints.returns",
    "ReturnPolicy": "custops.complaints.returns",
    "ReviewPeriod": "custops.complaints.review",
    "Role": "custops.complaints.model",
    "Rule": "custops.complaints.classifier",
    "RuleSet": "custops.complaints.classifier",
    "ScoreDeduction": "custops.complaints.penalties",
    "Severity": "custops.complaints.model",
    "SeverityAssessment": "custops.complaints.severity",
    "SeverityPolicy": "custops.complaints.severity",
    "Signal": "custops.complaints.model",
    "SixClears": "custops.complaints.case",
    "Stage": "custops.complaints.flow",
    "Tally": "custops.complaints.review",
    "Validity": "custops.complaints.model",
    "ValidityDecision": "custops.complaints.validity",
    "assess_fine": "custops.complaints.penalties",
    "assess_penalty": "custops.complaints.penalties",
    "assess_severity": "custops.complaints.severity",
    "assess_validity": "custops.complaints.validity",
    "classify": "custops.complaints.classifier",
    "classify_many": "custops.complaints.classifier",
    "find_matches": "custops.complaints.classifier",
    "handling_decision": "custops.complaints.validity",
    "normalise": "custops.complaints.classifier",
    "retention_until": "custops.complaints.case",
    "return_decision": "custops.complaints.returns",
    "score_deduction": "custops.complaints.penalties",
    "statistics": "custops.complaints.review",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


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
    "Issue",
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
