"""Penalties for complaints: the per-case fine (R-CMP-11), the score deduction (R-CMP-12),
and the responsibility penalties that scale with the loss and punish delay (R-CMP-13).

D5 第七条 (200~1500元/次, once responsibility is assigned), D10 七 (按投诉一次扣一分) and
D1 第六条 (by the size of the loss; the handler for a delay).  A fine outside the range is
*refused* — a decision value, not an exception.

Each is one company's rule, and a case is assessed by its own desk's
(:class:`PenaltyScheme`, ``CasePolicy.penalty_scheme``): D1 fines each person it names
(具体责任者和部门主管, the handler who delayed) by the loss, and sets no amount and no
total; D5 fines a case once (次), 200~1500 yuan, whatever the loss; D10 deducts a point per
complaint and fines no money; D14 sets neither (its staff are dealt with under the unit's
own rules, 四(三)).  :func:`assess_penalty` assesses a case under the first three;
``ResponsibilityPolicy.case_max`` caps a case's total under D1's reading when a company
wants one.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from custops._text import block
from custops._validate import (
    POLICY_INT,
    fitted_call,
    of_part,
    optional_check,
    policy_converter,
    policy_field,
    policy_or_default,
    require_bool,
    require_int,
    require_items,
    require_label,
    require_pairs,
    within,
)
from custops.decisions import (
    W_,
    Decision,
    Explained,
    Wn_,
    Wording,
    check_said,
    kept_wording,
    worded_clauses,
    worded_term,
)
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import _, language, ngettext, worded_in_english
from custops.money import POLICY_MONEY, ZERO, MoneyInput, require_money
from custops.sla import presets
from custops.sla._targets import named

__all__ = [
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
]


@attrs.frozen(kw_only=True)
class PenaltyPolicy:
    """The fine range per case (R-CMP-11) and the points per complaint (R-CMP-12).

    >>> PenaltyPolicy(fine_min="2000")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: fine_min: must not exceed fine_max 1500.00 (got Decimal('2000.00'))
    """

    fine_min: Decimal = attrs.field(default=Decimal("200"), converter=POLICY_MONEY)
    fine_max: Decimal = attrs.field(default=Decimal("1500"), converter=POLICY_MONEY)
    points_per_complaint: int = attrs.field(default=1, converter=POLICY_INT)

    def __attrs_post_init__(self) -> None:
        problem = f"must not exceed fine_max {self.fine_max}"
        within(
            "fine_min",
            self.fine_min,
            self.fine_min,
            high=self.fine_max,
            error=PolicyError,
            problem=problem,
        )


@kept_wording
@attrs.frozen
class FineDecision(Decision):
    """Whether a fine stands (``allowed``), the amount proposed, the rule and the reason
    (worded when read, from the facts it keeps; a ``reason`` given as text is kept)."""

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    amount: Decimal = ZERO
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


_FINE = "R-CMP-11"


@fitted_call
def assess_fine(
    amount: MoneyInput, *, responsibility_assigned: bool = True, policy: PenaltyPolicy | None = None
) -> FineDecision:
    """Whether a fine of ``amount`` yuan may be imposed for one complaint case (R-CMP-11).

    Imposed when responsibility is assigned and ``fine_min ≤ amount ≤ fine_max``; refused
    otherwise.  ``amount`` is money, whole fen (floats and a fraction of a fen refused).

    >>> bool(assess_fine(200)), bool(assess_fine(1500)), assess_fine("199.99").allowed
    (True, True, False)
    """
    asked = require_money("amount", amount)
    assigned = require_bool("responsibility_assigned", responsibility_assigned)
    policy = policy_or_default(policy, PenaltyPolicy)
    if not assigned:
        reason = W_("a fine follows only once responsibility is assigned")
        return FineDecision(False, _FINE, reason, asked)
    low, high = policy.fine_min, policy.fine_max
    fields = {"amount": asked, "low": low, "high": high}
    if not low <= asked <= high:
        reason = W_("{amount} yuan is outside the per-case range {low}–{high} yuan", **fields)
        return FineDecision(False, _FINE, reason, asked)
    reason = W_("{amount} yuan is within {low}–{high} yuan per case", **fields)
    return FineDecision(True, _FINE, reason, asked)


@kept_wording
@attrs.frozen
class ScoreDeduction(Explained):
    """Points deducted for ``complaint_count`` complaints (R-CMP-12), with the reason (a
    figure, not a yes/no answer: test ``points``), worded when read."""

    complaint_count: int
    points: int
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    rule: str = "R-CMP-12"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def _verdict(self) -> str:
        # a deduction is a count, no yes/no answer: headed with what it is
        return _("score deduction")


@fitted_call
def score_deduction(complaint_count: int, *, policy: PenaltyPolicy | None = None) -> ScoreDeduction:
    """The assessment points deducted for ``complaint_count`` complaints (R-CMP-12).

    Which complaints count (all, or only established ones) is the caller's choice.

    >>> score_deduction(0).points, score_deduction(4).points
    (0, 4)
    """
    count = require_int("complaint_count", complaint_count, low=0)
    policy = policy_or_default(policy, PenaltyPolicy)
    per = policy.points_per_complaint
    points = count * per
    reason = W_(
        "{complaints} × {per} = {points} deducted",
        complaints=Wn_("{count} complaint", "{count} complaints", count, count=count),
        per=Wn_("{count} point", "{count} points", per, count=per),
        points=Wn_("{count} point", "{count} points", points, count=points),
    )
    return ScoreDeduction(complaint_count=count, points=points, reason=reason)


def _points(points: int) -> str:
    return ngettext("{count} point", "{count} points", points, count=points)


@worded_in_english
class Party(LabelledEnum):
    """Who is penalised under D1 第六条 (R-CMP-13)."""

    RESPONSIBLE_PERSON = ("responsible_person", "具体责任者", "责任人", "直接责任者")
    DEPARTMENT_HEAD = ("department_head", "部门主管", "主管", "supervisor")
    HANDLER = ("handler", "投诉受理人", "受理人", "受理责任人")
    APPROVER = ("approver", "批示人", "审批人", "approving manager")


class PenaltyScheme(LabelledEnum):
    """Whose rule says what a complaint case costs the people answerable for it: each
    company of the seed has its own, and a case is assessed by its desk's
    (``CasePolicy.penalty_scheme``).

    ``each_person`` is D1 第六条 (R-CMP-13): the responsible person and the department
    head by the size of the loss, the handler who delayed for the delay; ``per_case`` is
    D5 第七条 (R-CMP-11): one fine of 200~1500 yuan per case once responsibility is
    assigned, whatever the loss; ``score`` is D10 七 (R-CMP-12): a point deducted per
    complaint, no fine; ``unit_rules`` is D14 四(三) (R-CMP-09): the seed sets no fine and
    no score, staff are dealt with under the unit's own rules and assessment, so custops
    has nothing to assess (``Case.penalty`` refuses, saying so).

    >>> PenaltyScheme.parse("按次罚款"), PenaltyScheme.SCORE.label
    (<PenaltyScheme.PER_CASE: 'per_case'>, '按次扣分')
    """

    EACH_PERSON = ("each_person", "逐人按损失处罚", "by loss", "按损失处罚")
    PER_CASE = ("per_case", "按次罚款", "per case", "每案罚款")
    SCORE = ("score", "按次扣分", "扣分", "score deduction")
    UNIT_RULES = ("unit_rules", "按单位规章处理", "unit rules", "本单位规章")

    @property
    def rule(self) -> str:
        """The rule ID of the scheme (R-CMP-13, R-CMP-11, R-CMP-12, R-CMP-09)."""
        return _SCHEME_RULES[self]


_SCHEME_RULES = {
    PenaltyScheme.EACH_PERSON: "R-CMP-13",
    PenaltyScheme.PER_CASE: "R-CMP-11",
    PenaltyScheme.SCORE: "R-CMP-12",
    PenaltyScheme.UNIT_RULES: "R-CMP-09",
}
#: The scheme of each of the seed's desks, by its document (``SlaPolicy.source``); a desk of
#: the caller's own, with no document of the seed, has its company's rules, which custops
#: does not know.
SCHEMES = {
    "D1": PenaltyScheme.EACH_PERSON,
    "D5": PenaltyScheme.PER_CASE,
    "D10": PenaltyScheme.SCORE,
    "D14": PenaltyScheme.UNIT_RULES,
}


def scheme_of(source: str) -> PenaltyScheme:
    """The penalty scheme of the desk whose rules come from the seed's document ``source``
    (``"D1"`` …): :data:`SCHEMES`, and ``unit_rules`` for a desk of the caller's own."""
    return SCHEMES.get(source, PenaltyScheme.UNIT_RULES)


Band = tuple[Decimal, Decimal]

#: The library's default loss bands (not in the seed): loss of at least … yuan -> fine.
DEFAULT_BANDS: tuple[Band, ...] = (
    (ZERO, Decimal("200.00")),
    (Decimal("1000.00"), Decimal("500.00")),
    (Decimal("5000.00"), Decimal("1000.00")),
    (Decimal("10000.00"), Decimal("1500.00")),
)


def _bands(argument: str, value: Any) -> tuple[Band, ...]:
    """The ``(loss at least, fine)`` pairs of ``value``, each amount whole fen and not
    negative; a bad pair is refused naming its place (``bands[1]``) and showing the pair
    given, with the amount's own reason (as ``DepositPolicy.tranches``)."""
    out = []
    pairs = require_pairs(argument, value, "pairs (loss at least, fine)", "(loss at least, fine)")
    for i, (loss, fine) in enumerate(pairs):
        try:
            out.append((require_money("loss", loss), require_money("fine", fine)))
        except (InvalidInput, InvalidType) as exc:
            raise of_part(exc, f"{argument}[{i}]", (loss, fine)) from None
    return tuple(out)


if TYPE_CHECKING:

    def _BANDS(  # noqa: N802
        value: (
            Mapping[Decimal, Decimal | int | str]
            | Mapping[int, Decimal | int | str]
            | Mapping[str, Decimal | int | str]
            | Sequence[tuple[Decimal | int | str, Decimal | int | str]]
        ),
    ) -> tuple[Band, ...]: ...
    def _CASE_MAX(value: Decimal | int | str | None) -> Decimal | None: ...  # noqa: N802

else:
    _BANDS = policy_field(
        _bands,
        takes="Mapping[Decimal | int | str, Decimal | int | str]"
        " | Sequence[tuple[Decimal | int | str, Decimal | int | str]]",
    )  # a value refused is a PolicyError, a wrong type InvalidType
    _CASE_MAX = policy_field(optional_check(require_money), takes="Decimal | int | str | None")


def _at_least(argument: str, value: Decimal, *, low: Decimal) -> Decimal:
    """``value`` (a policy's amount) not below ``low``, else :class:`PolicyError`."""
    within(argument, value, value, low=low, error=PolicyError)
    return value


if TYPE_CHECKING:

    def _PENALTY_POLICY(value: PenaltyPolicy | None) -> PenaltyPolicy: ...  # noqa: N802

else:
    _PENALTY_POLICY = policy_converter(PenaltyPolicy)


@attrs.frozen(kw_only=True)
class ResponsibilityPolicy:
    """How penalties scale with the loss and punish delay (R-CMP-13, D1 第六条), and the
    amount of D5's one fine per case (R-CMP-11).

    ``bands`` are ``(loss at least, fine)`` pairs, thresholds rising from 0 and fines not
    falling (the library's defaults: the seed says only 依照投诉所造成的损失大小);
    ``fine_without_loss`` (default ``False``) whether D1's loss penalty fines a complaint
    that caused no loss: 第六条 1 penalises 依照投诉所造成的损失大小, by the size of the loss
    the complaint caused, so a loss of 0 is fined nothing by it (the handler's delay is
    still fined, ¶2); ``True`` fines it by the first band, as a company that fines every
    complaint with a responsible person would (D5 第七条 does: 凡发生客户投诉案件…处罚, so
    ``per_case`` fines a case of no loss by the first band whatever this says);
    ``delay_fine`` fines the handler who delayed a complaint (不及时处理造成延误); every
    fine lies inside ``penalty_policy``, the per-case range of R-CMP-11 (one person's fine
    is never more than D5 allows a whole case; ``penalty_policy.points_per_complaint`` is
    the ``score`` scheme's deduction).  Under D5's ``per_case`` scheme only ``bands`` and
    ``penalty_policy`` are read: the case is fined once, so the department head, the delay
    and the cap are not.  Each person named is fined (D1 第六条);
    ``case_max`` caps the total of one case (default ``None``: D1 sets no cap; D5's
    200~1500元/次 is one fine per case, so a D5 desk sets ``case_max=1500``): the lines are
    kept in order (responsible person, department head, handler, approver), the one that
    reaches the cap is cut to what is left and the later ones are not fined, and the
    reason says so, naming the amounts actually fined.  A cut never leaves a fine below
    R-CMP-11's minimum, and the case is still fined as much as the cap allows, so its total
    never falls as the loss grows (D1 第六条 1 fines by the size of the loss, R-CMP-13):
    when less than ``penalty_policy.fine_min`` would be left for the next person, the one
    before is cut further so that the next is fined the minimum (``case_max="1600"`` with
    two 1 500-yuan fines fines 1 400 and 200 — not 1 500 alone, less than the 1 000 and
    600 a smaller loss of 5 000 yuan is fined — nor 1 500 and 100); a cap too small to fine
    every person the minimum fines as many as it can, those with the largest fines.  Every
    fine stays within ``penalty_policy``'s range.

    >>> ResponsibilityPolicy().bands[1]
    (Decimal('1000.00'), Decimal('500.00'))
    """

    bands: tuple[Band, ...] = attrs.field(default=DEFAULT_BANDS, converter=_BANDS)
    delay_fine: Decimal = attrs.field(default=Decimal("200"), converter=POLICY_MONEY)
    fine_department_head: bool = attrs.field(default=True)
    fine_without_loss: bool = attrs.field(default=False)
    penalty_policy: PenaltyPolicy = attrs.field(
        default=None,
        converter=_PENALTY_POLICY,
    )
    case_max: Decimal | None = attrs.field(default=None, converter=_CASE_MAX)

    def __attrs_post_init__(self) -> None:
        require_bool("fine_department_head", self.fine_department_head)
        require_bool("fine_without_loss", self.fine_without_loss)
        bands, pairs = self.bands, list(itertools.pairwise(self.bands))
        problem = ""
        if not bands:
            problem = "must hold at least one band"
        elif bands[0][0] != 0:
            problem = "the first band must start at a loss of 0"
        elif any(high <= low for (low, _fine), (high, _next) in pairs):
            problem = "thresholds must rise strictly"
        elif any(higher < fine for (_low, fine), (_high, higher) in pairs):
            problem = "fines must not fall as the loss grows"
        if problem:
            raise PolicyError.for_argument("bands", bands, problem)
        lo, hi = self.penalty_policy.fine_min, self.penalty_policy.fine_max
        checked = [("bands", fine) for _low, fine in bands] + [("delay_fine", self.delay_fine)]
        for argument, fine in checked:  # each fine within the per-case range of R-CMP-11
            within(argument, fine, fine, low=lo, high=hi, error=PolicyError)
        # a cap below the smallest fine would cut every case below the range
        at_least = functools.partial(_at_least, low=lo)
        optional_check(at_least)("case_max", self.case_max)

    def fine_for(self, loss: Decimal) -> tuple[Band, Decimal]:
        """The band a loss falls in and its fine (``loss`` is money, not negative)."""
        amount = require_money("loss", loss)
        chosen = [band for band in self.bands if amount >= band[0]][-1]  # thresholds ascend
        return chosen, chosen[1]

    def by_loss(self, scheme: PenaltyScheme | str) -> bool:
        """Whether ``scheme``'s fine of the responsible party depends on the size of the loss
        under this policy (``scheme`` in any spelling ``PenaltyScheme.parse`` reads): not
        when one band fines every loss alike (D5's ``per_case`` fines a case of no loss too;
        D1's ``each_person`` only with ``fine_without_loss``), nor under ``score``, which
        fines no money, nor under ``unit_rules``, which sets no fine.  A bare ``bool`` by
        design: the policy's own test, asked by :func:`assess_penalty`, whose
        :class:`PenaltyAssessment` is the explained answer (CONTRIBUTING "Rule as data").

        >>> ResponsibilityPolicy().by_loss("per_case"), ResponsibilityPolicy().by_loss("score")
        (True, False)
        """
        chosen = PenaltyScheme.parse(scheme, argument="scheme")
        if chosen in (PenaltyScheme.SCORE, PenaltyScheme.UNIT_RULES):
            return False
        flat = len(self.bands) == 1
        return not (flat and (chosen is PenaltyScheme.PER_CASE or self.fine_without_loss))


@kept_wording
@attrs.frozen
class PenaltyLine(Explained):
    """One penalty: who, how much, the rule and a one-line reason (worded when read, from
    the facts it keeps; a ``reason`` given as text is kept as given)."""

    party: Party
    amount: Decimal
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    rule: str = "R-CMP-13"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def _verdict(self) -> str:
        # a line is an amount, no yes/no answer: headed with who pays how much
        return _("{party}: {amount} yuan", party=self.party, amount=self.amount)


@kept_wording
@attrs.frozen
class PenaltyAssessment(Explained):
    """The penalties of one complaint case under its desk's scheme (:class:`PenaltyScheme`):
    the fines (``lines``, a line per penalty in ``explain()``) of D1 第六条 (R-CMP-13) or
    D5 第七条 (R-CMP-11), or the ``points`` deducted under D10 七 (R-CMP-12; no fine);
    ``loss`` the loss assessed, ``None`` when it is not known yet; ``delayed`` names the SLA
    targets that were late; ``rule`` is the scheme's rule; ``provisional`` whether a fine by
    the size of the loss waits on the loss, not known yet (the ``lines`` then hold only the
    fines that do not depend on it, and the reason says the rest is to be assessed once the
    loss is known).  Its reason and its lines' are worded when read, from the facts they
    keep (a ``reason`` given as text is kept as given)."""

    lines: tuple[PenaltyLine, ...]
    loss: Decimal | None
    delayed: tuple[str, ...]
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    rule: str = "R-CMP-13"
    points: int = 0
    provisional: bool = False
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def total(self) -> Decimal:
        """The sum of every fine, yuan (0.00 under a scheme that fines no money)."""
        return sum((line.amount for line in self.lines), ZERO)

    def _verdict(self) -> str:
        # an assessment is amounts, no yes/no answer: headed with its points or total
        if self.points and not self.lines:  # D10 七: a score, no fine
            return _("{points} deducted", points=_points(self.points))
        return _("penalties {total} yuan", total=self.total)

    def explain(self) -> str:
        """The assessment, then one line per penalty (the first line is ``str(self)``)."""
        return block(str(self), self.lines)

    def for_party(self, party: Party | str) -> Decimal:
        """The amount one party is fined (0.00 when none)."""
        who = Party.parse(party, argument="party")
        return sum((line.amount for line in self.lines if line.party is who), ZERO)


def _named(name: str, label: str = "") -> Wording:
    """A target's name as each language of the catalogues writes it
    (:func:`~custops.sla._targets.named`: its Chinese ``label`` in Chinese, when known),
    kept to be worded when read."""
    with language("zh_CN"):
        chinese = named(name, label)
    with language("en_US"):
        english_words = named(name)
    return worded_term(chinese, english_words)


def _delayed(value: Any) -> tuple[str, ...]:
    # each a name (no control character, no rule ID: the reason quotes it), named by its place
    names = require_items("delayed", value, "a sequence of target names", each=require_label)
    return tuple(dict.fromkeys(names))


@fitted_call
def assess_penalty(
    loss: MoneyInput | None,
    *,
    scheme: PenaltyScheme | str = PenaltyScheme.EACH_PERSON,
    delayed: Iterable[str] = (),
    approval_delayed: bool = False,
    responsibility_assigned: bool = True,
    policy: ResponsibilityPolicy | None = None,
) -> PenaltyAssessment:
    """The penalties of one complaint case under ``scheme`` (:class:`PenaltyScheme`,
    default D1 第六条's), each fine inside the R-CMP-11 range; ``delayed`` names the SLA
    targets that were late (the report of R-SLA-03 among them), and the reason names the
    clause each amount applies.

    ``loss`` is money (yuan), or ``None`` when the loss is not known yet: a fine by the size
    of the loss cannot be set before the loss is known (D1 第六条 1 依照投诉所造成的损失大小),
    so it is not imposed, the assessment is ``provisional`` and the reason says the fine is
    to be assessed once the loss is known; the fines that do not depend on it (a delay, a
    slow approval, a flat fine, a score) are assessed as for any loss.

    ``each_person`` (D1 第六条, R-CMP-13): once responsibility is assigned, the responsible
    person (and by default the department head) are fined by the band of ``loss`` (yuan);
    a complaint that caused no loss is fined nothing by it (第六条 1 penalises by the size
    of the loss caused; ``fine_without_loss`` fines it by the first band).  The handler is
    fined ``delay_fine`` when any target was ``delayed``, assigned or not (第六条 2); a
    slow approval (``approval_delayed``) fines the approver instead.  Each person is fined;
    the policy's ``case_max``, when set, caps the case's total, fining as much as it allows
    (every fine still within R-CMP-11's range), so a larger loss is never fined less.

    ``per_case`` (D5 第七条, R-CMP-11): once responsibility is assigned, the case is fined
    once, the responsible party, by the band of the loss — the first band when it caused
    none (凡发生客户投诉案件,经职责归属处200~1500元/次罚款: every case); delays and a slow
    approval are named in the reason, not fined apart.

    ``score`` (D10 七, R-CMP-12): the complaint costs ``penalty_policy.points_per_complaint``
    points (``points``), whatever the loss, the delays or who answers for it; no money.

    ``unit_rules`` (D14 四(三), R-CMP-09) is refused (:class:`~custops.errors.InvalidInput`
    naming ``scheme``): the seed sets no fine and no score there to assess.

    >>> [str(line.amount) for line in assess_penalty("25000", delayed=["resolve"]).lines]
    ['1500.00', '1500.00', '200.00']
    >>> d1 = ResponsibilityPolicy(case_max="1500")
    >>> [str(line.amount) for line in assess_penalty("25000", delayed=["resolve"], policy=d1).lines]
    ['1500.00']
    >>> assess_penalty(0).total, assess_penalty(0, scheme="per_case").total
    (Decimal('0.00'), Decimal('200.00'))
    >>> assess_penalty(0, scheme="score").points
    1
    >>> unknown = assess_penalty(None, delayed=["resolve"])
    >>> [str(line.amount) for line in unknown.lines], unknown.provisional
    (['200.00'], True)
    """
    return assess_labelled(
        loss,
        scheme=scheme,
        delayed=delayed,
        approval_delayed=approval_delayed,
        responsibility_assigned=responsibility_assigned,
        policy=policy,
        labels=presets.target_labels(),  # as the built-in desks name them in Chinese
    )


def assess_labelled(
    loss: MoneyInput | None,
    *,
    scheme: PenaltyScheme | str,
    delayed: Iterable[str],
    approval_delayed: bool,
    responsibility_assigned: bool,
    policy: ResponsibilityPolicy | None,
    labels: Mapping[str, str],
) -> PenaltyAssessment:
    """:func:`assess_penalty`, each delayed target named in Chinese by its desk's label
    (``labels``, by target name: ``Target.label``), as :meth:`Case.penalty
    <custops.complaints.Case.penalty>` knows them (internal, not in ``__all__``)."""
    assessed = optional_check(require_money)("loss", loss)
    chosen = PenaltyScheme.parse(scheme, argument="scheme")
    late = _delayed(delayed)
    slow_approval = require_bool("approval_delayed", approval_delayed)
    assigned = require_bool("responsibility_assigned", responsibility_assigned)
    policy = policy_or_default(policy, ResponsibilityPolicy)
    names = tuple(_named(name, labels.get(name, "")) for name in late)
    if chosen is PenaltyScheme.UNIT_RULES:
        raise InvalidInput.for_argument(
            "scheme",
            scheme,
            "sets no fine and no score to assess: D14 art. 4(3) leaves the staff to the unit's "
            "own rules and assessment (R-CMP-09)",
        )
    if chosen is PenaltyScheme.SCORE:
        return _score(assessed, late, names, slow_approval, policy)
    if chosen is PenaltyScheme.PER_CASE:
        return _per_case(assessed, late, names, slow_approval, assigned, policy)
    lines: list[PenaltyLine] = []
    parts: list[Wording | str] = []
    fine = policy.delay_fine
    waiting = assigned and assessed is None and policy.by_loss(chosen)
    if waiting:  # D1 第六条 1 fines by the size of the loss: not before it is known
        parts.append(
            W_(
                "loss penalty to be assessed once the loss is known (D1 art. 6 ¶1 penalises"
                " by the size of the loss)"
            )
        )
    elif assigned and (assessed or policy.fine_without_loss):
        (threshold, _fine), band_fine = policy.fine_for(assessed or ZERO)
        why = _band(assessed, threshold, band_fine)
        lines.append(PenaltyLine(Party.RESPONSIBLE_PERSON, band_fine, _by_loss(why)))
        if policy.fine_department_head:
            lines.append(PenaltyLine(Party.DEPARTMENT_HEAD, band_fine, _by_loss(why)))
            parts.append(W_("{why} for the responsible person and the department head", why=why))
        else:
            parts.append(W_("{why} for the responsible person", why=why))
    elif assigned:
        parts.append(
            W_(
                "no loss penalty: the complaint caused no loss (D1 art. 6 ¶1 penalises by the"
                " size of the loss)"
            )
        )
    else:
        parts.append(W_("no loss penalty: responsibility is not assigned"))
    if late:
        why = W_("delayed ({targets}): {fine} yuan", targets=names, fine=fine)
        lines.append(PenaltyLine(Party.HANDLER, fine, W_("{why} (D1 art. 6 ¶2)", why=why)))
        parts.append(
            W_("handler fined {fine} yuan for the delay ({targets})", fine=fine, targets=names)
        )
    if slow_approval:
        why = W_("approval later than the policy allows: {fine} yuan", fine=fine)
        lines.append(PenaltyLine(Party.APPROVER, fine, why))
        parts.append(W_("approver fined {fine} yuan for the slow approval", fine=fine))
    if not lines and assigned and not waiting:  # no loss, no delay (D1 第六条 1, 2)
        parts = [W_("no penalty: the complaint caused no loss and nothing was delayed (D1 art. 6)")]
    lines, capped = _capped(lines, policy.case_max, policy.penalty_policy.fine_min)
    if capped:
        parts.append(capped)
    elif len(lines) > 1 and policy.case_max is not None:
        parts.append(W_("each person fined, within {cap} yuan per case", cap=policy.case_max))
    elif len(lines) > 1:
        parts.append(W_("each person fined, no cap per case (D1 art. 6)"))
    return PenaltyAssessment(
        lines=tuple(lines),
        loss=assessed,
        delayed=late,
        reason=worded_clauses(parts, strong=True),
        provisional=waiting,
    )


def _band(loss: Decimal | None, threshold: Decimal, fine: Decimal) -> Wording:
    """The loss band a loss falls in, and its fine."""
    if loss is None:  # a flat fine: whatever the loss, not known yet
        return W_("loss not known yet, one band for every loss → {fine} yuan", fine=fine)
    return W_(
        "loss {loss} yuan ≥ {threshold} yuan band → {fine} yuan",
        loss=loss,
        threshold=threshold,
        fine=fine,
    )


def _not_apart(names: tuple[Wording, ...], slow_approval: bool) -> list[Wording]:
    """The delays of a case (its late targets, a slow approval) as the reason of a scheme
    that does not penalise them apart names them (none: an empty list)."""
    items = [W_("delayed ({targets})", targets=names)] if names else []
    if slow_approval:
        items.append(W_("the slow approval"))
    return items


def _per_case(
    loss: Decimal | None,
    late: tuple[str, ...],
    names: tuple[Wording, ...],
    slow_approval: bool,
    assigned: bool,
    policy: ResponsibilityPolicy,
) -> PenaltyAssessment:
    """D5 第七条 (R-CMP-11): the case fined once, once responsibility is assigned, by the
    band of its loss (the first band for none: every case is fined); a loss not known yet
    leaves the amount to be set once it is, unless one band fines every loss alike."""
    lines: list[PenaltyLine] = []
    waiting = assigned and loss is None and policy.by_loss(PenaltyScheme.PER_CASE)
    if waiting:  # the case is fined, but its band is the loss's: not before it is known
        parts = [
            W_(
                "fine to be assessed once the loss is known (D5 art. 7: one fine per case,"
                " by the policy's loss bands)"
            )
        ]
    elif assigned:
        (threshold, _fine), fine = policy.fine_for(loss or ZERO)
        why = _band(loss, threshold, fine)
        line = W_("{why} (D5 art. 7: one fine per case, by the policy's loss bands)", why=why)
        lines.append(PenaltyLine(Party.RESPONSIBLE_PERSON, fine, line, rule="R-CMP-11"))
        parts = [W_("{why} for the responsible party, once for the case (D5 art. 7)", why=why)]
    else:
        parts = [W_("no fine: D5 art. 7 fines a case once responsibility is assigned")]
    delays = _not_apart(names, slow_approval)
    if delays:
        parts.append(
            W_(
                "{delays}: not fined apart, D5 art. 7 fining the case once",
                delays=tuple(delays),
            )
        )
    return PenaltyAssessment(
        lines=tuple(lines),
        loss=loss,
        delayed=late,
        reason=worded_clauses(parts, strong=True),
        rule="R-CMP-11",
        provisional=waiting,
    )


def _score(
    loss: Decimal | None,
    late: tuple[str, ...],
    names: tuple[Wording, ...],
    slow_approval: bool,
    policy: ResponsibilityPolicy,
) -> PenaltyAssessment:
    """D10 七 (R-CMP-12): the complaint's points, and no fine."""
    deduction = score_deduction(1, policy=policy.penalty_policy)
    parts = [W_("{deduction} (D10 art. 7); no fine: D10 sets none", deduction=deduction.said)]
    delays = _not_apart(names, slow_approval)
    if delays:
        parts.append(
            W_(
                "{delays}: not penalised apart, D10 art. 7 deducting per complaint",
                delays=tuple(delays),
            )
        )
    return PenaltyAssessment(
        lines=(),
        loss=loss,
        delayed=late,
        reason=worded_clauses(parts, strong=True),
        rule="R-CMP-12",
        points=deduction.points,
    )


def _by_loss(why: Wording) -> Wording:
    """A loss band's line, naming its clause (D1 第六条 1) and where its amount comes from."""
    return W_("{why} (D1 art. 6 ¶1, by the policy's loss bands)", why=why)


def _capped(
    lines: list[PenaltyLine], cap: Decimal | None, minimum: Decimal
) -> tuple[list[PenaltyLine], Wording | str]:
    """``lines`` held to ``cap``, the most one case is fined in all (``None``: no cap), and
    why, naming every amount actually fined, when the cap changed anything ("" otherwise).

    The case is fined as much as the cap allows, up to its uncapped total, with every fine
    inside R-CMP-11's range (at least ``minimum``), so the total never falls as the loss
    grows (D1 第六条 1 依照投诉所造成的损失大小, R-CMP-13): the people are taken in order
    (responsible person, department head, handler, approver), each fined in full while
    the cap allows; the one who reaches it is cut to what is left, and when less than
    ``minimum`` would be left for the next, the one before is cut further so that the
    next is fined ``minimum`` (``cap`` 1 600 with two 1 500-yuan fines: 1 400 and 200,
    not 1 500 alone — a smaller loss, 1 000 and 1 000, already reaches 1 600); the later
    ones are not fined.  A cap too small to fine every one of them ``minimum`` fines as
    many as it can (``cap // minimum``), those with the largest fines, the earlier first
    among equal fines."""
    if cap is None or sum((line.amount for line in lines), ZERO) <= cap:
        return lines, ""
    room = len(lines) if minimum <= 0 else int(cap // minimum)
    # the people the cap can fine at least the minimum each: the largest fines (stable)
    largest = sorted(range(len(lines)), key=lambda i: -lines[i].amount)[:room]
    chosen = sorted(largest)
    total = min(cap, sum((lines[i].amount for i in chosen), ZERO))
    fined: list[int] = []
    reached = ZERO
    for i in chosen:  # the fewest, in order, whose fines reach the total
        if reached >= total:
            break
        fined.append(i)
        reached += lines[i].amount
    kept: list[PenaltyLine] = []
    left = total
    for place, i in enumerate(fined):
        line = lines[i]
        # the minimum kept for each one fined after this one
        amount = min(line.amount, left - minimum * (len(fined) - place - 1))
        if amount < line.amount:
            why = W_(
                "{why}, cut to {amount} yuan by the cap per case", why=line.said, amount=amount
            )
            line = attrs.evolve(line, amount=amount, reason=why)
        kept.append(line)
        left -= amount
    fines = [W_("{party} {amount} yuan", party=line.party, amount=line.amount) for line in kept]
    capped = W_("capped at {cap} yuan per case", cap=cap)
    reason = W_("{capped}, fining {fines}", capped=capped, fines=tuple(fines))
    dropped = tuple(line.party for i, line in enumerate(lines) if i not in fined)
    if dropped and total < cap:  # the cap holds no minimum fine more
        reason = W_(
            "{capped}: {parties} not fined, as less than the {minimum} yuan minimum was left",
            capped=reason,
            parties=dropped,
            minimum=minimum,
        )
    elif dropped:
        reason = W_("{capped}: {parties} not fined", capped=reason, parties=dropped)
    return kept, reason
