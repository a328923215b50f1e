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
    # a module imported with * exports (``__all__``) just what the package takes from it
    from custops.complaints._rules import Rule as Rule
    from custops.complaints._rules import normalise as normalise
    from custops.complaints.case import *  # noqa: F403
    from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY as DEFAULT_CLASSIFIER_POLICY
    from custops.complaints.classifier import Classification as Classification
    from custops.complaints.classifier import ClassifierPolicy as ClassifierPolicy
    from custops.complaints.classifier import Evidence as Evidence
    from custops.complaints.classifier import Issue as Issue
    from custops.complaints.classifier import classify as classify
    from custops.complaints.classifier import classify_many as classify_many
    from custops.complaints.classifier import find_matches as find_matches
    from custops.complaints.classifier import prepare_classifier as prepare_classifier
    from custops.complaints.events import *  # noqa: F403
    from custops.complaints.flow import *  # noqa: F403
    from custops.complaints.model import *  # noqa: F403
    from custops.complaints.penalties import *  # noqa: F403
    from custops.complaints.policy import *  # noqa: F403
    from custops.complaints.retention import *  # noqa: F403
    from custops.complaints.returns import *  # noqa: F403
    from custops.complaints.review import *  # noqa: F403
    from custops.complaints.severity import CRITERIA as CRITERIA
    from custops.complaints.severity import SeverityAssessment as SeverityAssessment
    from custops.complaints.severity import SeverityPolicy as SeverityPolicy
    from custops.complaints.severity import assess_severity as assess_severity
    from custops.complaints.severity import grounds_reason as grounds_reason
    from custops.complaints.validity import *  # noqa: F403

# Every name is loaded on first use (PEP 562, as in custops/__init__.py): importing the
# package costs almost nothing, and ``classify`` loads the classifier, not the case
# workflow with its calendars and SLA presets.  The ``X as X`` imports above tell type
# checkers what the package exports; this table is what it does at run time.
_MODULES = {
    "_rules": ("Rule", "normalise"),
    "case": (
        "Case",
        "CaseStatus",
        "Clear",
        "ClearKind",
        "ClearOutcome",
        "SixClears",
        "retention_until",
    ),
    "classifier": (
        "DEFAULT_CLASSIFIER_POLICY",
        "Classification",
        "Evidence",
        "Issue",
        "ClassifierPolicy",
        "classify",
        "classify_many",
        "find_matches",
        "prepare_classifier",
    ),
    "events": ("CaseEvent",),
    "flow": ("CaseAction", "Flow", "Stage"),
    "model": (
        "CHANNEL_SPELLINGS",
        "Category",
        "Channel",
        "Complaint",
        "Department",
        "HandlingClass",
        "Kind",
        "REGULATOR_WORDS",
        "Role",
        "SECTOR_HOTLINES",
        "SECTOR_REGULATORS",
        "Severity",
        "Signal",
        "Unstated",
        "Validity",
    ),
    "penalties": (
        "FineDecision",
        "Party",
        "PenaltyAssessment",
        "PenaltyLine",
        "PenaltyPolicy",
        "PenaltyScheme",
        "ResponsibilityPolicy",
        "ScoreDeduction",
        "assess_fine",
        "assess_penalty",
        "score_deduction",
    ),
    "policy": ("CasePolicy",),
    "retention": ("Retention", "RetentionPolicy", "record_retention"),
    "returns": (
        "Cause",
        "Defect",
        "ReturnDecision",
        "ReturnOutcome",
        "ReturnPolicy",
        "return_decision",
    ),
    "review": ("CaseStatistics", "OnTime", "ReviewPeriod", "Tally", "statistics"),
    "severity": (
        "CRITERIA",
        "SeverityAssessment",
        "SeverityPolicy",
        "assess_severity",
        "grounds_reason",
    ),
    "validity": ("HandlingDecision", "ValidityDecision", "assess_validity", "handling_decision"),
}
_LAZY = {name: f"{__name__}.{module}" for module, names in _MODULES.items() for name in names}

__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

__all__ = sorted(_LAZY)
