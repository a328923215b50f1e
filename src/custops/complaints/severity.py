"""Whether a complaint is general or major, and which criterion made it so (R-CMP-07).

The seed has a separate flow for major complaints (D1 第四条; D13 第十四章 六: report at
once) but never says what "major" is: the criteria are a policy, :class:`SeverityPolicy`,
with the library's defaults (none is in the seed), listed in ``docs/classification.md``.
The text criteria are read by the classifier's ``sig.*`` rules (negations included).
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

import attrs

from custops._enums import members_field
from custops._text import aside, block, colon, joined, quoted_words
from custops._validate import (
    POLICY_POSITIVE_INT,
    policy_converter,
    policy_field,
    policy_or_default,
    require_int,
    require_type,
)
from custops.complaints._rules import without_rule_ids
from custops.complaints.classifier import (
    DEFAULT_CLASSIFIER_POLICY,
    ClassifierPolicy,
    Evidence,
    find_matches,
)
from custops.complaints.model import Complaint, Severity, Signal
from custops.decisions import Explained
from custops.i18n import N_, _, ngettext
from custops.money import POLICY_MONEY

__all__ = ["CRITERIA", "SeverityAssessment", "SeverityPolicy", "assess_severity"]

#: Why a complaint forwarded by a regulator is major, and the verdict word of a severity
#: assessment (R-CMP-07; their entries are in the complaints catalogue).
_FORWARDED_BY = N_("forwarded by {forwarder}")
_SEVERITY = N_("severity")

#: Every criterion (a :class:`~custops.complaints.Signal`), in the order results list them.
CRITERIA: tuple[Signal, ...] = (
    Signal.LOSS,
    Signal.SAFETY,
    Signal.MEDIA,
    Signal.REGULATOR,
    Signal.LEGAL,
    Signal.REPEAT,
    Signal.COLLECTIVE,
)

#: Each criterion in words, for reasons.
_NAMES = {
    Signal.LOSS: N_("claimed loss"),
    Signal.SAFETY: N_("safety"),
    Signal.MEDIA: N_("media exposure"),
    Signal.REGULATOR: N_("regulator"),
    Signal.LEGAL: N_("legal action"),
    Signal.REPEAT: N_("repeat complaint"),
    Signal.COLLECTIVE: N_("several customers"),
}
#: The criteria the classifier's ``sig.*`` rules read in the text (every one but the loss,
#: a figure of the complaint).
_TEXT_CRITERIA = frozenset(CRITERIA) - {Signal.LOSS}


_SEVERAL = policy_field(partial(require_int, low=2))  # several customers: at least 2


@attrs.frozen(kw_only=True)
class SeverityPolicy:
    """What makes a complaint major (R-CMP-07) — a policy, every number a default.

    ``loss_threshold`` (yuan, inclusive: a claimed loss of at least it fires, as every
    ``*_threshold`` of a custops policy reaches its bound: 满 1000元, 5万元以上),
    ``min_prior_complaint_count`` (the least ``prior_complaint_count`` of
    :func:`assess_severity` that makes a repeat complaint), ``min_complainant_count`` (the
    least ``Complaint.complainant_count`` that makes a collective one), ``enabled`` (the
    criteria in force, :class:`~custops.complaints.Signal` members in any spelling
    ``Signal.parse`` reads: ``{"loss", "媒体曝光"}``) and ``classifier_policy`` (the
    classifier's rule set, whose ``sig.*`` rules read the text; ``None``: the built-in
    :data:`~custops.complaints.classifier.DEFAULT_CLASSIFIER_POLICY`, as every policy field
    takes it).

    >>> SeverityPolicy().loss_threshold
    Decimal('10000.00')
    """

    loss_threshold: Decimal = attrs.field(default=Decimal("10000"), converter=POLICY_MONEY)  # type: ignore[misc]
    # a repeat needs at least 1 earlier complaint, several customers are at least 2
    min_prior_complaint_count: int = attrs.field(default=1, converter=POLICY_POSITIVE_INT)  # type: ignore[misc]
    min_complainant_count: int = attrs.field(default=3, converter=_SEVERAL)  # type: ignore[misc]
    enabled: frozenset[Signal] = attrs.field(
        default=frozenset(CRITERIA),
        converter=members_field(Signal),  # type: ignore[misc]
    )
    classifier_policy: ClassifierPolicy = attrs.field(
        default=DEFAULT_CLASSIFIER_POLICY,
        converter=policy_converter(ClassifierPolicy),  # type: ignore[misc]
    )

    def __reduce__(self) -> tuple[Any, ...]:
        # The built-in rule set travels by name, not by value: a pickled case (which
        # holds its criteria) stays a few kilobytes instead of fifty.
        rules = (
            None if self.classifier_policy is DEFAULT_CLASSIFIER_POLICY else self.classifier_policy
        )
        fields = (self.loss_threshold, self.min_prior_complaint_count, self.min_complainant_count)
        return (_criteria, (rules, *fields, self.enabled))


def _criteria(rules: ClassifierPolicy | None, *fields: Any) -> SeverityPolicy:
    """Unpickle :class:`SeverityPolicy` (``None``: the built-in rule set)."""
    loss, repeat, collective, enabled = fields
    policy = SeverityPolicy(
        loss_threshold=loss,
        min_prior_complaint_count=repeat,
        min_complainant_count=collective,
        enabled=enabled,
    )
    return policy if rules is None else attrs.evolve(policy, classifier_policy=rules)


@attrs.frozen
class SeverityAssessment(Explained):
    """The level, every criterion that fired (``criteria``: :class:`Signal` members, in
    :data:`CRITERIA` order), the evidence (R-CMP-07).  Not a yes/no answer: test
    ``assessment.severity is Severity.MAJOR`` (the major-complaint flow, D1 第四条)."""

    severity: Severity
    criteria: tuple[Signal, ...]
    evidence: tuple[Evidence, ...]
    reason: str
    rule: str = "R-CMP-07"

    def _verdict(self) -> str:
        return _(_SEVERITY)

    def explain(self) -> str:
        """The assessment, then each piece of text evidence on its own line."""
        return block(str(self), self.evidence)


def assess_severity(
    complaint: Complaint, *, policy: SeverityPolicy | None = None, prior_complaint_count: int = 0
) -> SeverityAssessment:
    """General or major by ``policy`` (R-CMP-07), with every criterion that fired.

    ``prior_complaint_count`` is the number of earlier complaints on the same matter from
    the same customer (the case history knows it; the text alone may not).  Adding a
    criterion never lowers the level: the level is major as soon as one fires.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> c = Complaint(received_at=dt.datetime(2024, 5, 6, tzinfo=ZoneInfo("Asia/Shanghai")),
    ...               channel="phone", content="保养后机油灯又亮了", complainant="刘",
    ...               claimed_loss="12000")
    >>> assess_severity(c).criteria
    (<Signal.LOSS: 'loss'>,)
    >>> lenient = SeverityPolicy(loss_threshold="20000")
    >>> assess_severity(c, policy=lenient, prior_complaint_count=2).reason
    '重大：重复投诉（此前已投诉 2 次）'
    """
    require_type("complaint", complaint, Complaint, "a Complaint")
    criteria = policy_or_default(policy, SeverityPolicy)
    prior_complaint_count = require_int("prior_complaint_count", prior_complaint_count, low=0)

    counted, _found = find_matches(complaint.text, policy=criteria.classifier_policy)
    evidence: list[Evidence] = []
    words: dict[Signal, list[str]] = {name: [] for name in CRITERIA}
    for e in counted:
        name = e.signal
        if name in _TEXT_CRITERIA and name in criteria.enabled:
            evidence.append(e)
            words[name].append(e.text)
    why = {  # the words quoted first, then the figures
        name: [quoted_words(found, limit=None)] if found else [] for name, found in words.items()
    }
    if complaint.claimed_loss >= criteria.loss_threshold:  # a threshold is reached: inclusive
        why[Signal.LOSS].append(
            _(
                "{loss} yuan claimed, at least {threshold} yuan",
                loss=complaint.claimed_loss,
                threshold=criteria.loss_threshold,
            )
        )
    if complaint.via_regulator:  # forwarded by 12315, 12345, 消协 or 信访 (R-CMP-07)
        why[Signal.REGULATOR].append(_(_FORWARDED_BY, forwarder=complaint.forwarded_by))
    if prior_complaint_count >= criteria.min_prior_complaint_count:
        repeat = ngettext(
            "{count} earlier complaint",
            "{count} earlier complaints",
            prior_complaint_count,
            count=prior_complaint_count,
        )
        why[Signal.REPEAT].append(repeat)
    if complaint.complainant_count >= criteria.min_complainant_count:
        people = complaint.complainant_count
        why[Signal.COLLECTIVE].append(
            ngettext("{count} customer", "{count} customers", people, count=people)
        )

    fired = tuple(name for name in CRITERIA if why[name] and name in criteria.enabled)
    reason = _("general: no major-complaint criterion fired")
    if fired:
        reason = colon(
            _("major"), joined((aside(_(_NAMES[name]), why[name]) for name in fired), strong=True)
        )
    severity = Severity.MAJOR if fired else Severity.GENERAL
    return SeverityAssessment(  # a pattern's match may quote a rule ID: the reason holds none
        severity=severity, criteria=fired, evidence=tuple(evidence), reason=without_rule_ids(reason)
    )
