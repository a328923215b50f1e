"""Penalties for complaints: the per-case fine (R-CMP-11), the score deduction (R-CMP-12),
and the responsibility penalties that scale with the loss and punish delay (R-CMP-13).

D5 第七条: once responsibility is assigned (经职责归属), a complaint case carries a fine of
**200–1500 yuan per case** (200~1500元/次).  D10 七: the assessment deducts **one point per
complaint** (按投诉一次扣一分, 以此类推).  Both numbers are :class:`PenaltyPolicy` fields.

A fine inside the range is imposed; one outside it, or one before responsibility is
assigned, is *refused* — a decision value, not an exception (the question was well
formed; the answer is no).  Reasons are in the active language (:mod:`custops.i18n`):

>>> assess_fine("500").allowed
True
>>> print(assess_fine("2000"))
拒绝（R-CMP-11）：2000.00 元超出每次 200.00–1500.00 元的罚款范围
>>> from custops.i18n import language
>>> with language("en_US"):
...     print(assess_fine("2000"))
refused (R-CMP-11): 2000.00 yuan is outside the per-case range 200.00–1500.00 yuan
>>> score_deduction(3).points
3

D1 第六条 (R-CMP-13): the responsible person and the department head are penalised by the
size of the loss the complaint caused, and the handler who let a complaint slip is
penalised for the delay.  The seed gives no scale, so :class:`ResponsibilityPolicy`
holds one (loss bands, every fine inside the R-CMP-11 range):

>>> a = assess_penalty("3000", delayed=("resolve",))
>>> [(line.party.label, str(line.amount)) for line in a.lines]
[('具体责任者', '500.00'), ('部门主管', '500.00'), ('投诉受理人', '200.00')]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from custops._validate import (
    field_converter,
    policy_or_default,
    require_bool,
    require_int,
    require_str,
    type_name,
)
from custops.decisions import Decision
from custops.enums import LabelledEnum
from custops.errors import InvalidType, PolicyError
from custops.i18n import _
from custops.money import yuan
from custops.sla._targets import named

__all__ = [
    "FineDecision",
    "Party",
    "PenaltyAssessment",
    "PenaltyLine",
    "PenaltyPolicy",
    "ResponsibilityPolicy",
    "ScoreDeduction",
    "assess_fine",
    "assess_penalty",
    "score_deduction",
]


def _money(argument: str, value: Any) -> Decimal:
    return yuan(value, argument=argument, non_negative=True)


_MONEY = field_converter(_money)


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

    fine_min: Decimal = attrs.field(default=Decimal("200"), converter=_MONEY)  # type: ignore[misc]
    fine_max: Decimal = attrs.field(default=Decimal("1500"), converter=_MONEY)  # type: ignore[misc]
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
class FineDecision(Decision):
    """Whether a fine stands (``allowed``), the amount proposed, the rule and the reason."""

    amount: Decimal = Decimal("0.00")


_FINE = "R-CMP-11"


def assess_fine(
    amount: Any, *, responsibility_assigned: bool = True, policy: PenaltyPolicy | None = None
) -> FineDecision:
    """Whether a fine of ``amount`` yuan may be imposed for one complaint case (R-CMP-11).

    Imposed when responsibility is assigned and ``fine_min ≤ amount ≤ fine_max``; refused
    otherwise.  ``amount`` is money (``int``, ``str`` or ``Decimal``; floats refused).

    >>> bool(assess_fine(200)), bool(assess_fine(1500)), assess_fine("199.99").allowed
    (True, True, False)
    >>> str(assess_fine(800, responsibility_assigned=False))
    '拒绝（R-CMP-11）：职责归属明确后方可罚款'
    >>> assess_fine(1.5)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: amount: money must be an int, a str or a Decimal, not a float ...
    """
    money = yuan(amount, argument="amount", non_negative=True)
    assigned = require_bool("responsibility_assigned", responsibility_assigned)
    policy = policy_or_default(policy, PenaltyPolicy)
    if not assigned:
        reason = _("a fine follows only once responsibility is assigned")
        return FineDecision(False, _FINE, reason, money)
    low, high = policy.fine_min, policy.fine_max
    if not low <= money <= high:
        reason = _(
            "{amount} yuan is outside the per-case range {low}–{high} yuan",
            amount=money,
            low=low,
            high=high,
        )
        return FineDecision(False, _FINE, reason, money)
    reason = _(
        "{amount} yuan is within {low}–{high} yuan per case", amount=money, low=low, high=high
    )
    return FineDecision(True, _FINE, reason, money)


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
    '投诉 2 次 × 每次 2 分，共扣 4 分'
    >>> score_deduction(-1)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: complaints: must be at least 0 (got -1)
    """
    count = require_int("complaints", complaints, minimum=0)
    policy = policy_or_default(policy, PenaltyPolicy)
    per = policy.points_per_complaint
    points = count * per
    reason = _(
        "{complaints} × {per} = {points} deducted",
        complaints=_("1 complaint") if count == 1 else _("{count} complaints", count=count),
        per=_points(per),
        points=_points(points),
    )
    return ScoreDeduction(complaints=count, points=points, reason=reason)


def _points(points: int) -> str:
    return _("1 point") if points == 1 else _("{count} points", count=points)


# --------------------------------------------------------------------------- R-CMP-13


class Party(LabelledEnum):
    """Who is penalised under D1 第六条 (R-CMP-13)."""

    RESPONSIBLE_PERSON = ("responsible_person", "具体责任者", "责任人", "直接责任者")
    DEPARTMENT_HEAD = ("department_head", "部门主管", "主管", "supervisor")
    HANDLER = ("handler", "投诉受理人", "受理人", "受理责任人")
    APPROVER = ("approver", "批示人", "审批人", "approving manager")


Band = tuple[Decimal, Decimal]

#: The library's default loss bands (not in the seed): loss of at least … yuan -> fine.
DEFAULT_BANDS: tuple[Band, ...] = (
    (Decimal("0.00"), Decimal("200.00")),
    (Decimal("1000.00"), Decimal("500.00")),
    (Decimal("5000.00"), Decimal("1000.00")),
    (Decimal("10000.00"), Decimal("1500.00")),
)


def _bands(value: Any) -> tuple[Band, ...]:
    items = value.items() if isinstance(value, Mapping) else value
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidType.for_argument(
            "bands", value, f"must be pairs (loss at least, fine), not a {type_name(value)}"
        )
    out = []
    for pair in items:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidType.for_argument(
                "bands", pair, "each band must be a pair (loss at least, fine)"
            )
        out.append(
            (
                yuan(pair[0], argument="bands", non_negative=True),
                yuan(pair[1], argument="bands", non_negative=True),
            )
        )
    return tuple(out)


@attrs.frozen
class ResponsibilityPolicy:
    """How penalties scale with the loss and punish delay (R-CMP-13, D1 第六条).

    * ``bands``: ``(loss at least, fine)`` pairs, thresholds ascending from 0 — the
      fine of the highest band the loss reaches.  The defaults (0 → 200, 1 000 → 500,
      5 000 → 1 000, 10 000 → 1 500 yuan) are the library's: the seed says only that
      penalties follow the size of the loss (依照投诉所造成的损失大小).
    * ``fine_department_head``: whether the department head (部门主管) is fined the
      same band as the responsible person (the seed names both).
    * ``delay_fine``: the fine of the handler who delayed a complaint (不及时处理造成延误).
    * ``limits``: the per-case range of R-CMP-11; every fine must lie inside it.

    A policy whose fines fall as the loss grows, or leave the R-CMP-11 range, is a
    :class:`~custops.errors.PolicyError`:

    >>> ResponsibilityPolicy().bands[1]
    (Decimal('1000.00'), Decimal('500.00'))
    >>> ResponsibilityPolicy(bands=((0, 800), (5000, 500)))
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: bands: fines must not fall as the loss grows (got ...)
    >>> ResponsibilityPolicy(delay_fine=100)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: delay_fine: is outside the per-case range 200.00–1500.00 ...
    """

    bands: tuple[Band, ...] = attrs.field(default=DEFAULT_BANDS, converter=_bands)
    delay_fine: Decimal = attrs.field(default=Decimal("200"), converter=_MONEY)  # type: ignore[misc]
    fine_department_head: bool = attrs.field(default=True)
    limits: PenaltyPolicy = attrs.field(
        factory=PenaltyPolicy,
        converter=field_converter(lambda a, v: policy_or_default(v, PenaltyPolicy, argument=a)),  # type: ignore[misc]
    )

    def __attrs_post_init__(self) -> None:
        require_bool("fine_department_head", self.fine_department_head)
        bands = self.bands
        if not bands:
            raise PolicyError.for_argument("bands", bands, "must hold at least one band")
        if bands[0][0] != 0:
            raise PolicyError.for_argument(
                "bands", bands, "the first band must start at a loss of 0"
            )
        for (low, fine), (high, next_fine) in itertools.pairwise(bands):
            if high <= low:
                raise PolicyError.for_argument("bands", bands, "thresholds must rise strictly")
            if next_fine < fine:
                raise PolicyError.for_argument(
                    "bands", bands, "fines must not fall as the loss grows"
                )
        lo, hi = self.limits.fine_min, self.limits.fine_max
        for _low, fine in bands:
            if not lo <= fine <= hi:
                raise PolicyError.for_argument(
                    "bands", fine, f"is outside the per-case range {lo}–{hi} yuan (R-CMP-11)"
                )
        if not lo <= self.delay_fine <= hi:
            raise PolicyError.for_argument(
                "delay_fine",
                self.delay_fine,
                f"is outside the per-case range {lo}–{hi} yuan (R-CMP-11)",
            )

    def fine_for(self, loss: Decimal) -> tuple[Band, Decimal]:
        """The band a loss falls in and its fine (``loss`` is money, not negative)."""
        amount = yuan(loss, argument="loss", non_negative=True)
        chosen = self.bands[0]
        for band in self.bands:
            if amount >= band[0]:
                chosen = band
        return chosen, chosen[1]


@attrs.frozen
class PenaltyLine:
    """One penalty: who, how much, the rule and a one-line reason."""

    party: Party
    amount: Decimal
    reason: str
    rule: str = "R-CMP-13"


@attrs.frozen
class PenaltyAssessment:
    """The penalties of one complaint case under D1 第六条 (R-CMP-13).

    ``lines`` the penalties (may be empty), ``loss`` the loss assessed, ``delayed``
    what was delayed (SLA target names), ``reason`` one line, ``rule`` ``"R-CMP-13"``.
    """

    lines: tuple[PenaltyLine, ...]
    loss: Decimal
    delayed: tuple[str, ...]
    reason: str
    rule: str = "R-CMP-13"

    @property
    def total(self) -> Decimal:
        """The sum of every penalty, yuan."""
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    def for_party(self, party: Party | str) -> Decimal:
        """The amount one party is fined (0.00 when none)."""
        who = party if isinstance(party, Party) else Party.parse(party, argument="party")
        return sum((line.amount for line in self.lines if line.party is who), Decimal("0.00"))


def _delayed(value: Any) -> tuple[str, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "delayed", value, f"must be a sequence of target names, not a {type_name(value)}"
        )
    return tuple(dict.fromkeys(require_str("delayed", v).strip() for v in value))


def assess_penalty(
    loss: Any,
    *,
    delayed: Iterable[str] = (),
    approval_delayed: bool = False,
    responsibility_assigned: bool = True,
    policy: ResponsibilityPolicy | None = None,
) -> PenaltyAssessment:
    """The penalties D1 第六条 calls for (R-CMP-13), each inside the R-CMP-11 range.

    1. Once responsibility is assigned, the responsible person — and, by default, the
       department head — are fined by the band of ``loss`` (yuan; the loss the
       complaint caused): a larger loss never gives a smaller fine.
    2. The handler is fined ``delay_fine`` when anything was ``delayed`` (the names of
       the SLA targets breached, as :meth:`custops.complaints.Case.penalty` passes them),
       whether or not responsibility is assigned.
    3. A slow approval (``approval_delayed``, D5 第六条 2: the report waits on the
       approvers' 批示) is the approver's delay: the approver, not the handler, is fined
       ``delay_fine``.

    >>> a = assess_penalty(0)
    >>> [(line.party.value, line.amount) for line in a.lines]
    [('responsible_person', Decimal('200.00')), ('department_head', Decimal('200.00'))]
    >>> print(assess_penalty("12000", responsibility_assigned=False, delayed=["reply"]).reason)
    不按损失处罚：职责归属尚未明确；投诉受理人因延误（「reply」）罚款 200.00 元
    >>> assess_penalty("25000").total
    Decimal('3000.00')
    """
    money = yuan(loss, argument="loss", non_negative=True)
    late = _delayed(delayed)
    slow_approval = require_bool("approval_delayed", approval_delayed)
    assigned = require_bool("responsibility_assigned", responsibility_assigned)
    policy = policy_or_default(policy, ResponsibilityPolicy)
    lines: list[PenaltyLine] = []
    parts: list[str] = []
    fine = policy.delay_fine
    if assigned:
        (threshold, _fine), band_fine = policy.fine_for(money)
        why = _(
            "loss {loss} yuan ≥ {threshold} yuan band → {fine} yuan",
            loss=money,
            threshold=threshold,
            fine=band_fine,
        )
        lines.append(PenaltyLine(Party.RESPONSIBLE_PERSON, band_fine, why))
        if policy.fine_department_head:
            lines.append(PenaltyLine(Party.DEPARTMENT_HEAD, band_fine, why))
            parts.append(_("{why} for the responsible person and the department head", why=why))
        else:
            parts.append(_("{why} for the responsible person", why=why))
    else:
        parts.append(_("no loss penalty: responsibility is not assigned"))
    if late:
        names = tuple(named(name) for name in late)
        why = _("delayed ({targets}): {fine} yuan", targets=names, fine=fine)
        lines.append(PenaltyLine(Party.HANDLER, fine, why))
        parts.append(
            _("handler fined {fine} yuan for the delay ({targets})", fine=fine, targets=names)
        )
    if slow_approval:
        why = _("approval later than the policy allows: {fine} yuan", fine=fine)
        lines.append(PenaltyLine(Party.APPROVER, fine, why))
        parts.append(_("approver fined {fine} yuan for the slow approval", fine=fine))
    return PenaltyAssessment(
        lines=tuple(lines), loss=money, delayed=late, reason=_("; ").join(parts)
    )
