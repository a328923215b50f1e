"""Penalties for complaints: the per-case fine (R-CMP-11) and the score deduction (R-CMP-12).

D5 第七条: once responsibility is assigned (经职责归属), a complaint case carries a fine of
**200–1500 yuan per case** (200~1500元/次).  D10 七: the assessment deducts **one point per
complaint** (按投诉一次扣一分, 以此类推).  Both numbers are :class:`PenaltyPolicy` fields.

A fine inside the range is imposed; one outside it, or one before responsibility is
assigned, is *refused* — a decision value, not an exception (the question was well
formed; the answer is no).

>>> assess_fine("500").outcome
<FineOutcome.IMPOSED: 'imposed'>
>>> print(assess_fine("2000").reason)
refused: 2000.00 yuan is outside the per-case range 200.00–1500.00 yuan (R-CMP-11)
>>> score_deduction(3).points
3
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from custops._validate import require_bool, require_int, type_name
from custops.complaints.model import LabelledEnum
from custops.errors import InvalidType, PolicyError
from custops.money import yuan

__all__ = [
    "FineDecision",
    "FineOutcome",
    "PenaltyPolicy",
    "ScoreDeduction",
    "assess_fine",
    "score_deduction",
]


class FineOutcome(LabelledEnum):
    """Whether a proposed fine stands."""

    IMPOSED = ("imposed", "处罚", "罚款")
    REFUSED = ("refused", "不予处罚", "驳回")


def _fine_min(value: Any) -> Decimal:
    return yuan(value, argument="fine_min", non_negative=True)


def _fine_max(value: Any) -> Decimal:
    return yuan(value, argument="fine_max", non_negative=True)


@attrs.frozen
class PenaltyPolicy:
    """The fine range per case (R-CMP-11) and the points per complaint (R-CMP-12).

    >>> PenaltyPolicy()
    PenaltyPolicy(fine_min=Decimal('200.00'), fine_max=Decimal('1500.00'), points_per_complaint=1)
    >>> PenaltyPolicy(fine_min="2000")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: fine_min: must not exceed fine_max 1500.00 (got Decimal('2000.00'))
    """

    fine_min: Decimal = attrs.field(default=Decimal("200"), converter=_fine_min)
    fine_max: Decimal = attrs.field(default=Decimal("1500"), converter=_fine_max)
    points_per_complaint: int = attrs.field(default=1)

    def __attrs_post_init__(self) -> None:
        require_int("points_per_complaint", self.points_per_complaint)
        if self.fine_min > self.fine_max:
            raise PolicyError.for_argument(
                "fine_min", self.fine_min, f"must not exceed fine_max {self.fine_max}"
            )
        if self.points_per_complaint < 0:
            raise PolicyError.for_argument(
                "points_per_complaint", self.points_per_complaint, "must not be negative"
            )


@attrs.frozen
class FineDecision:
    """The outcome, the amount proposed, the rule (``"R-CMP-11"``) and a one-line reason."""

    outcome: FineOutcome
    amount: Decimal
    reason: str
    rule: str = "R-CMP-11"

    @property
    def imposed(self) -> bool:
        """Whether the fine stands."""
        return self.outcome is FineOutcome.IMPOSED


def _policy(policy: Any) -> PenaltyPolicy:
    if policy is None:
        return PenaltyPolicy()
    if not isinstance(policy, PenaltyPolicy):
        raise InvalidType.for_argument(
            "policy", policy, f"must be a PenaltyPolicy, not a {type_name(policy)}"
        )
    return policy


def assess_fine(
    amount: Any, *, responsibility_assigned: bool = True, policy: PenaltyPolicy | None = None
) -> FineDecision:
    """Whether a fine of ``amount`` yuan may be imposed for one complaint case (R-CMP-11).

    Imposed when responsibility is assigned and ``fine_min ≤ amount ≤ fine_max``; refused
    otherwise.  ``amount`` is money (``int``, ``str`` or ``Decimal``; floats refused).

    >>> assess_fine(200).imposed, assess_fine(1500).imposed, assess_fine("199.99").imposed
    (True, True, False)
    >>> assess_fine(800, responsibility_assigned=False).reason
    'refused: a fine follows only once responsibility is assigned (经职责归属) (R-CMP-11)'
    >>> assess_fine(1.5)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: amount: money must be an int, a str or a Decimal, not a float ...
    """
    money = yuan(amount, argument="amount", non_negative=True)
    assigned = require_bool("responsibility_assigned", responsibility_assigned)
    policy = _policy(policy)
    if not assigned:
        return FineDecision(
            FineOutcome.REFUSED,
            money,
            "refused: a fine follows only once responsibility is assigned (经职责归属) (R-CMP-11)",
        )
    if not policy.fine_min <= money <= policy.fine_max:
        return FineDecision(
            FineOutcome.REFUSED,
            money,
            f"refused: {money} yuan is outside the per-case range"
            f" {policy.fine_min}–{policy.fine_max} yuan (R-CMP-11)",
        )
    return FineDecision(
        FineOutcome.IMPOSED,
        money,
        f"imposed: {money} yuan is within {policy.fine_min}–{policy.fine_max} yuan per case"
        " (R-CMP-11)",
    )


@attrs.frozen
class ScoreDeduction:
    """Points deducted for ``complaints`` complaints (R-CMP-12), with the reason."""

    complaints: int
    points: int
    reason: str
    rule: str = "R-CMP-12"


def score_deduction(complaints: int, *, policy: PenaltyPolicy | None = None) -> ScoreDeduction:
    """The assessment points deducted for ``complaints`` complaints (R-CMP-12).

    One point per complaint by default (按投诉一次扣一分, 以此类推); which complaints
    count (all, or only established ones) is the caller's choice of ``complaints``.

    >>> score_deduction(0).points, score_deduction(4).points
    (0, 4)
    >>> score_deduction(2, policy=PenaltyPolicy(points_per_complaint=2)).reason
    '2 complaints × 2 points = 4 points deducted (R-CMP-12)'
    >>> score_deduction(-1)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: complaints: must be at least 0 (got -1)
    """
    count = require_int("complaints", complaints, minimum=0)
    policy = _policy(policy)
    points = count * policy.points_per_complaint
    unit = "point" if policy.points_per_complaint == 1 else "points"
    plural = "" if count == 1 else "s"
    return ScoreDeduction(
        complaints=count,
        points=points,
        reason=f"{count} complaint{plural} × {policy.points_per_complaint} {unit}"
        f" = {points} point{'' if points == 1 else 's'} deducted (R-CMP-12)",
    )
