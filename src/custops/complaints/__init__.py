"""Complaints: intake model, classification with evidence, severity, validity, returns, penalties.

Rules R-CMP-01 … R-CMP-12 and R-SLA-22 (D1, D5, D10, D13 第十四章, D14).  The case
workflow and statistics come with the SLA module.

>>> from custops.complaints import classify, Kind
>>> r = classify("服务员态度太差了")
>>> r.kind is Kind.COMPLAINT, r.category.label, r.department.label
(True, '服务质量', '营销办')
"""

from __future__ import annotations

from custops.complaints.classifier import (
    Classification,
    Evidence,
    Rule,
    RuleSet,
    classify,
    find_matches,
    normalise,
)
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
    FineOutcome,
    PenaltyPolicy,
    ScoreDeduction,
    assess_fine,
    score_deduction,
)
from custops.complaints.returns import (
    Cause,
    Defect,
    ReturnDecision,
    ReturnOutcome,
    ReturnPolicy,
    return_decision,
)
from custops.complaints.rules_data import DEFAULT_RULES
from custops.complaints.severity import SeverityAssessment, SeverityCriteria, assess_severity
from custops.complaints.validity import (
    HandlingDecision,
    ValidityDecision,
    assess_validity,
    handling_decision,
)

__all__ = [
    "DEFAULT_RULES",
    "Category",
    "Cause",
    "Channel",
    "Classification",
    "Complaint",
    "Defect",
    "Department",
    "Evidence",
    "FineDecision",
    "FineOutcome",
    "HandlingClass",
    "HandlingDecision",
    "Kind",
    "PenaltyPolicy",
    "ReturnDecision",
    "ReturnOutcome",
    "ReturnPolicy",
    "Role",
    "Rule",
    "RuleSet",
    "ScoreDeduction",
    "Severity",
    "SeverityAssessment",
    "SeverityCriteria",
    "Signal",
    "Validity",
    "ValidityDecision",
    "assess_fine",
    "assess_severity",
    "assess_validity",
    "classify",
    "find_matches",
    "handling_decision",
    "normalise",
    "return_decision",
    "score_deduction",
]
