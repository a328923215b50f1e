"""Purchasing authority and the purchasing-cost contract (D15 采购管理制度; docs/purchasing.md):
who decides and who buys (R-PUR-01), purchasing cost against a contracted limit (R-PUR-02).
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from custops._enums import enum_field, fold, parse_member
from custops._text import amount_text, table_repr
from custops._validate import (
    BOOL,
    RATE,
    argument_name,
    field_converter,
    fitted_call,
    policy_field,
    policy_or_default,
    require_bool,
    require_name,
    require_number,
    require_pairs,
    require_type,
    within,
)
from custops.decisions import W_, Explained, Wording, check_said, kept_wording
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
from custops.i18n import N_, _
from custops.money import (
    EXACT_CONTEXT,
    ROUNDING,
    ZERO,
    MoneyInput,
    Rounding,
    allocate,
    difference,
    require_money,
    require_rate,
    yuan,
)

__all__ = [
    "CostBasis",
    "CostContract",
    "CostLimit",
    "CostOutcome",
    "ModeRecommendation",
    "PurchasingMode",
    "PurchasingPolicy",
    "Route",
    "RouteDecision",
    "Share",
    "cost_contract",
    "purchasing_mode",
    "purchasing_route",
]

_MAX_RATE = 10**12


class PurchasingMode(LabelledEnum):
    """The three purchasing-authority systems of D15 1 (采购领导制度).

    >>> PurchasingMode.parse("mixed").label
    '混合制'
    """

    CENTRALISED = ("centralised", "集中制", "centralized", "central", "集中采购")
    DECENTRALISED = ("decentralised", "分散制", "decentralized", "分散采购")
    MIXED = ("mixed", "混合制", "mixed_system", "混合采购", "hybrid")

    @property
    def advantages(self) -> tuple[str, ...]:
        """The advantages D15 1 gives for the system, in the active language."""
        return tuple(_(text) for text in _ADVANTAGES[self])

    @property
    def drawbacks(self) -> tuple[str, ...]:
        """The drawbacks D15 1 gives for the system (only the decentralised one has any)."""
        return tuple(_(text) for text in _DRAWBACKS.get(self, ()))


_ADVANTAGES: dict[PurchasingMode, tuple[str, ...]] = {
    PurchasingMode.CENTRALISED: (
        N_("large volumes earn quantity discounts and lower purchase prices"),
        N_("central planning saves manpower, material and money"),
    ),
    PurchasingMode.DECENTRALISED: (
        N_("motivates the branches"),
        N_("fewer internal transfers of goods"),
    ),
    PurchasingMode.MIXED: (
        N_("purchasing funds are managed centrally where it matters"),
        N_("branches stay motivated and meet their own needs in time"),
    ),
}
_DRAWBACKS: dict[PurchasingMode, tuple[str, ...]] = {  # only the decentralised system has any
    PurchasingMode.DECENTRALISED: (
        N_("purchasing funds are hard to manage centrally"),
        N_("wastes manpower, material and money"),
        N_("no price discounts, so higher purchase prices"),
    ),
}


def _facts(value: Iterable[str | Wording]) -> tuple[str | Wording, ...]:
    """The facts of a :class:`ModeRecommendation`, kept as a tuple."""
    return tuple(value)


@kept_wording
@attrs.frozen
class ModeRecommendation(Explained):
    """A recommended purchasing system and the facts of D15 1's criteria that led to it
    (``facts``, described in the active language when read; R-PUR-01).  It keeps the facts'
    messages and those of its reason (:class:`~custops.decisions.Wording`) and words them
    when read; a ``reason`` or a fact given as text is kept as given."""

    outcome: PurchasingMode
    said_facts: tuple[str | Wording, ...] = attrs.field(alias="facts", converter=_facts)
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def facts(self) -> tuple[str, ...]:
        """The facts of D15 1's criteria that led to the system, in the active language."""
        return tuple(map(str, self.said_facts))

    @property
    def advantages(self) -> tuple[str, ...]:
        """The advantages of the recommended system (D15 1)."""
        return self.outcome.advantages

    @property
    def drawbacks(self) -> tuple[str, ...]:
        """The drawbacks of the recommended system (D15 1: only the decentralised one has any)."""
        return self.outcome.drawbacks


@fitted_call
def purchasing_mode(
    *,
    large: bool,
    branches_scattered: bool,
    needs_differ: bool,
    common_high_value: bool = False,
) -> ModeRecommendation:
    """Recommend a purchasing-authority system from the criteria of D15 1 (R-PUR-01):
    ``large`` (一般大规模企业), ``branches_scattered`` (分散在各地), ``needs_differ``
    (所需物资差异较大), ``common_high_value`` (goods all branches buy in large amounts).

    >>> r = purchasing_mode(large=True, branches_scattered=True, needs_differ=True,
    ...                     common_high_value=True)
    >>> r.outcome.label, r.rule
    ('混合制', 'R-PUR-01')
    """
    big = require_bool("large", large)
    scattered = require_bool("branches_scattered", branches_scattered)
    differ = require_bool("needs_differ", needs_differ)
    common = require_bool("common_high_value", common_high_value)
    reasons = [N_("a large enterprise"), N_("branches spread over different places")]
    if not big or not scattered:
        small, close = N_("a small enterprise"), N_("branches close together")
        reasons = [text for text, applies in ((small, not big), (close, not scattered)) if applies]
        chosen = PurchasingMode.CENTRALISED
        said = N_("headquarters decides every purchase; {criteria}")
    elif common:
        reasons.append(N_("some goods are common to all branches and bought for large amounts"))
        if differ:
            reasons.append(N_("other needs differ between branches"))
        chosen = PurchasingMode.MIXED
        said = N_(
            "common, costly goods are bought by headquarters; "
            "different, small and ad-hoc purchases by the branches"
        )
    elif differ:
        reasons.append(N_("the branches' needs differ a lot"))
        chosen = PurchasingMode.DECENTRALISED
        said = N_("each branch decides its own purchases")
    else:
        reasons.append(N_("the branches' needs are alike but no common goods are bought in bulk"))
        chosen = PurchasingMode.MIXED
        said = N_(
            "neither the centralised criteria (small or concentrated) "
            "nor all the decentralised ones (needs that differ) are met"
        )
    facts = tuple(W_(text) for text in reasons)
    why = W_(said, criteria=facts)  # the mode itself heads str(): the outcome
    # facts given that point elsewhere, where the answer did not depend on them: said to be
    # unused (as service.wholesale_return_decision says it), and the mixed system to fit too
    # when some goods are common and costly (D15 1(3))
    if chosen is PurchasingMode.CENTRALISED and common:
        if differ:
            said = N_(
                "{reason} (needs_differ and common_high_value not used: a small enterprise "
                "or branches close together buy centrally; the mixed system would also fit)"
            )
        else:
            said = N_(
                "{reason} (common_high_value not used: a small enterprise or branches close "
                "together buy centrally; the mixed system would also fit)"
            )
        why = W_(said, reason=why)
    elif chosen is PurchasingMode.CENTRALISED and differ:
        said = N_(
            "{reason} (needs_differ not used: a small enterprise or branches close together "
            "buy centrally whatever their needs)"
        )
        why = W_(said, reason=why)
    return ModeRecommendation(chosen, facts, "R-PUR-01", why)


class Route(LabelledEnum):
    """Who buys an item under the mixed system.

    >>> Route.parse("branch").label
    '分部自行采购'
    """

    HEADQUARTERS = ("headquarters", "总部统一采购", "总部", "hq")
    BRANCH = ("branch", "分部自行采购", "分部")


@kept_wording
@attrs.frozen
class RouteDecision(Explained):
    """Who buys an item under the mixed system, and why (R-PUR-01; the reason worded when
    read, from the facts it keeps; a ``reason`` given as text is kept as given)."""

    _answer: ClassVar[str] = "route"  # what bool() tells a caller to test
    route: Route
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def purchasing_route(*, common: bool, large_amount: bool, ad_hoc: bool = False) -> RouteDecision:
    """Who buys an item under the mixed system (混合制, D15 1(3), R-PUR-01): headquarters for
    a ``common`` item in a ``large_amount``, else (or ``ad_hoc``, 临时性) the branch.

    >>> purchasing_route(common=True, large_amount=True, ad_hoc=True).reason
    '由分部自行采购：临时性采购'
    """
    same = require_bool("common", common)
    big = require_bool("large_amount", large_amount)
    temporary = require_bool("ad_hoc", ad_hoc)
    if same and big and not temporary:
        why = W_("bought by headquarters: common to the branches and a large amount")
        return RouteDecision(Route.HEADQUARTERS, "R-PUR-01", why)
    criteria = (
        (N_("differs between branches"), not same),
        (N_("a small amount"), not big),
        (N_("an ad-hoc purchase"), temporary),
    )
    listed = tuple(W_(text) for text, applies in criteria if applies)
    why = W_("bought by the branch: {criteria}", criteria=listed)
    return RouteDecision(Route.BRANCH, "R-PUR-01", why)


class CostBasis(LabelledEnum):
    """How a purchasing-cost limit is set (D15 2(2)): relative or absolute.

    >>> CostBasis.parse("monthly total").label
    '每月采购总费用'
    """

    PER_TONNE = ("per_tonne", "每吨商品费用额", "每吨", "每吨商品", "per_ton")
    PER_HUNDRED_YUAN = (
        "per_hundred_yuan",
        "每百元商品费用额",
        "每百元",
        "每百元商品",
        "per_100_yuan",
    )
    MONTHLY_TOTAL = (
        "monthly_total",
        "每月采购总费用",
        "每月",
        "每月总费用",
        "月度",
        "月度总费用",
        "绝对数",
        "monthly",
        "month",
        "per_month",
    )

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> CostBasis:
        """The basis ``text`` names (:meth:`LabelledEnum.parse
        <custops.enums.LabelledEnum.parse>`), a 的 in it folded away (D15's 每吨商品的费用额
        is 每吨商品费用额); a wording that may name either relative basis (D15's 相对数, a
        商品费用额 without its unit) is refused naming both.

        >>> CostBasis.parse("每百元商品的费用额") is CostBasis.PER_HUNDRED_YUAN
        True

        >>> CostBasis.parse("相对数", argument="basis")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: basis: may name per_tonne ... or ... (got '相对数')
        """
        argument = argument_name(argument)
        try:
            return parse_member(cls, text, argument=argument, ambiguous=_AMBIGUOUS_BASES)
        except InvalidInput:
            if not isinstance(text, str) or "的" not in text:
                raise
        # D15 writes 每吨商品的费用额 with 的 where the names have none: a spelling, folded
        folded = text.replace("的", "")
        try:
            return parse_member(cls, folded, argument=argument, ambiguous=_AMBIGUOUS_BASES)
        except InvalidInput as exc:  # refused as written, not as folded
            raise InvalidInput.for_argument(argument, text, exc.problem) from None


#: Wordings of a limit's basis that do not say which relative one they mean: D15 2(2)
#: controls cost 用相对数 by either a rate per tonne or per 100 yuan of goods.
_AMBIGUOUS_BASES: dict[str, tuple[str, ...]] = {
    fold(word): ("PER_TONNE", "PER_HUNDRED_YUAN")
    for word in ("相对数", "商品费用额", "费用额", "relative")
}


#: The quantity each basis multiplies the rate by, and how a message names the basis.
_QUANTITIES: dict[CostBasis, tuple[str | None, str]] = {
    CostBasis.PER_TONNE: ("tonnes", "per-tonne"),
    CostBasis.PER_HUNDRED_YUAN: ("goods_value", "per-100-yuan"),
    CostBasis.MONTHLY_TOTAL: (None, "monthly total"),
}


def _quantity(argument: str, value: Any) -> Decimal:
    """A quantity or a weight: a number (grouped digits read: ``"1,000"``), not negative,
    and at most ``_MAX_RATE`` (a bound against absurd input, said only when it is passed); a
    text with an exponent is refused as :func:`~custops.money.yuan` refuses one ("1e3" is as
    likely a slip as 1000), and a ``Decimal`` that holds one is shown in plain notation
    (:func:`_plain`)."""
    number = require_number(argument, value)
    if isinstance(value, str) and "e" in value.lower():  # finite, so not "inf"/"nan"
        problem = "is not a number: write it without an exponent, e.g. '1000'"
        raise InvalidInput.for_argument(argument, value, problem)
    within(argument, value, number, low=0, problem="must not be negative")
    within(argument, value, number, high=_MAX_RATE)
    return number


def _rate(argument: str, value: Any) -> Decimal:
    """A limit's amount, yuan per tonne, per 100 yuan or per month: read as every amount of
    money is (:func:`~custops.money.require_rate`: ``"20,000"``, ``"¥20000"``, ``"35元"``,
    ``"2万元"``), exact, not negative, at most ``_MAX_RATE``."""
    number = require_rate(argument, value)
    within(argument, value, number, high=_MAX_RATE)
    return number


def _plain(number: Decimal) -> str:
    """``number`` as a reason shows it: plain notation, never ``1E+3`` (a ``Decimal`` given
    as ``Decimal("1E+3")`` is 1000 t, and a reason says so)."""
    return format(number, "f")


if TYPE_CHECKING:

    def _BASIS(value: CostBasis | str) -> CostBasis: ...  # noqa: N802
    def _RATE(value: Decimal | int | str) -> Decimal: ...  # noqa: N802

else:
    _BASIS = enum_field(CostBasis)
    _RATE = field_converter(_rate, takes="Decimal | int | str")


@attrs.frozen
class CostLimit:
    """A contracted purchasing-cost limit: ``amount`` yuan per tonne of goods, per 100 yuan
    of goods, or per month (``basis``).  An amount per tonne or per 100 yuan is kept exact
    (not rounded to the fen); a monthly total is a sum of money, whole fen: a fraction of a
    fen is refused when the limit is built, as every amount given to custops.

    >>> CostLimit("每吨", "12.345")
    CostLimit(basis=<CostBasis.PER_TONNE: 'per_tonne'>, amount=Decimal('12.345'))
    >>> CostLimit("monthly", "12.345")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: amount: has a fraction of a fen; ... (got '12.345')
    """

    basis: CostBasis = attrs.field(converter=_BASIS)
    amount: Decimal = attrs.field(converter=_RATE)

    def __attrs_pre_init__(self, basis: Any, amount: Any) -> None:
        # the amount as typed, for a refusal that shows it: a monthly total is money
        if CostBasis.parse(basis, argument="basis") is CostBasis.MONTHLY_TOTAL:
            _rate("amount", amount)  # refused as every limit's amount is, then as money
            yuan(amount, argument="amount", exact=True)


def _parties(argument: str, value: Any) -> tuple[tuple[str, Decimal], ...]:
    parties: dict[str, Decimal] = {}
    what = "a mapping of parties to weights or a sequence of pairs"
    keyed = isinstance(value, Mapping)  # a mapping's party is named by its key, as its weight
    for i, item in enumerate(require_pairs(argument, value, what, "(party, weight)")):
        where = f"{argument}[{item[0]!r}]" if keyed else f"{argument}[{i}]"
        name = require_name(where, item[0])  # " 张三" is 张三: trimmed first
        if name in parties:
            problem = f"names a party twice ({name!r}, after trimming)"
            raise InvalidInput.for_argument(argument, value, problem)
        parties[name] = _quantity(f"{argument}[{name!r}]", item[1])
    if not parties:
        raise InvalidInput.for_argument(argument, value, "must name at least one party")
    if sum(parties.values()) == 0:
        raise InvalidInput.for_argument(argument, value, "weights must not add up to zero")
    return tuple(parties.items())


if TYPE_CHECKING:

    def _PARTIES(  # noqa: N802
        value: Mapping[str, Decimal | int | str] | Sequence[tuple[str, Decimal | int | str]],
    ) -> tuple[tuple[str, Decimal], ...]: ...

else:
    _PARTIES = policy_field(
        _parties,
        takes="Mapping[str, Decimal | int | str] | Sequence[tuple[str, Decimal | int | str]]",
    )

_DEPARTMENT = (("采购部门", Decimal(1)),)  # the purchasing department alone


@attrs.frozen(kw_only=True)
class PurchasingPolicy:
    """The sharing rules of the purchasing-cost contract (D15 2(2), R-PUR-02): the share of
    an overspend the purchasing side bears (``overspend_borne``, 超支的部分由采购部门、
    采购员自己承担), of the savings it keeps (``savings_kept``, 节支的部分可由采购部门、
    采购人员自行分配), and the ``parties`` with their weights.

    The seed is silent on rounding: each computed amount is brought to the fen by a field
    of its own, a :class:`~custops.money.Rounding` (as ``DepositPolicy.rounding``),
    half up (四舍五入) by default: ``limit_rounding`` the limit of a rate per tonne or per
    100 yuan (``limit_amount``), ``borne_rounding`` the part of an overspend the purchasing
    side bears (``borne``), ``shared_rounding`` the part of the savings it keeps
    (``shared``).  A company that never rounds in the buyers' favour sets
    ``limit_rounding="down"``, ``borne_rounding="up"``, ``shared_rounding="down"``.

    >>> PurchasingPolicy(savings_kept="1.2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: savings_kept: must lie in [0, 1] (got '1.2')
    """

    overspend_borne: Decimal = attrs.field(default=Decimal(1), converter=RATE)
    savings_kept: Decimal = attrs.field(default=Decimal(1), converter=RATE)
    savings_need_task_done: bool = attrs.field(default=True, converter=BOOL)
    parties: tuple[tuple[str, Decimal], ...] = attrs.field(
        default=_DEPARTMENT, converter=_PARTIES, repr=table_repr
    )
    limit_rounding: Rounding = attrs.field(default=Rounding.HALF_UP, converter=ROUNDING)
    borne_rounding: Rounding = attrs.field(default=Rounding.HALF_UP, converter=ROUNDING)
    shared_rounding: Rounding = attrs.field(default=Rounding.HALF_UP, converter=ROUNDING)


class CostOutcome(LabelledEnum):
    """How actual purchasing cost compares with the contracted limit.

    >>> CostOutcome.parse("overspent").label
    '超支'
    """

    SAVED = ("saved", "节支", "within")
    ON_LIMIT = ("on_limit", "持平")
    OVERSPENT = ("overspent", "超支", "overspend")


@attrs.frozen
class Share:
    """One party's part of an overspend or of the savings: the party's ``name`` (as the
    policy or ``parties=`` gives it) and the ``amount`` in yuan."""

    name: str
    amount: Decimal


@kept_wording
@attrs.frozen
class CostContract(Explained):
    """The result of :func:`cost_contract`, exact to the fen: ``limit_amount − actual ==
    savings − overspend``, ``borne + company_overspend == overspend``, ``shared +
    company_savings == savings`` (R-PUR-02; the reason worded when read, from the facts it
    keeps; a ``reason`` given as text is kept as given)."""

    limit: CostLimit
    limit_amount: Decimal
    actual: Decimal
    outcome: CostOutcome
    overspend: Decimal
    savings: Decimal
    borne: Decimal
    company_overspend: Decimal
    shared: Decimal
    company_savings: Decimal
    overspend_split: tuple[Share, ...]
    savings_split: tuple[Share, ...]
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


def _split(amount: Decimal, parties: tuple[tuple[str, Decimal], ...]) -> tuple[Share, ...]:
    parts = allocate(amount, [w for _, w in parties])
    return tuple(Share(name, part) for (name, _), part in zip(parties, parts, strict=True))


def _limit_amount(
    limit: CostLimit, quantity: Decimal, argument: str, given: Any, rounding: Rounding
) -> Decimal:
    """The limit in yuan, ``limit.amount`` × ``quantity`` brought to the fen by ``rounding``;
    a product too large to be money is refused naming the quantity's ``argument`` and
    showing it as ``given`` (the amount is the contract's, checked when the
    :class:`CostLimit` was built).

    >>> _limit_amount(CostLimit("per_tonne", "35"), Decimal(100), "tonnes", "100", Rounding.DOWN)
    Decimal('3500.00')
    """
    try:
        with decimal.localcontext(EXACT_CONTEXT):  # not the default 28 digits: exact
            product = limit.amount * quantity
        yuan(product, argument=argument)  # refuses a product too large to be money
        return rounding.round(product)
    except InvalidInput:
        per = f"{_plain(limit.amount)} ({limit.basis.value})"
        problem = f"at the amount {per} gives a limit too large to be an amount of money"
        raise InvalidInput.for_argument(argument, given, problem) from None


def outcome_of(overspend: Decimal, savings: Decimal) -> CostOutcome:
    """The outcome a cost contract's amounts give (R-PUR-02): over the limit, under it, or
    exactly on it — what :func:`cost_contract` answers and a stored contract must say
    (internal: ``serial`` checks a loaded one with it)."""
    if overspend:
        return CostOutcome.OVERSPENT
    return CostOutcome.SAVED if savings else CostOutcome.ON_LIMIT


@fitted_call
def cost_contract(
    limit: CostLimit,
    *,
    actual: MoneyInput,
    tonnes: Decimal | int | str | None = None,
    goods_value: MoneyInput | None = None,
    task_completed: bool = True,
    parties: Mapping[str, Decimal | int | str]
    | Sequence[tuple[str, Decimal | int | str]]
    | None = None,
    policy: PurchasingPolicy | None = None,
) -> CostContract:
    """Check purchasing cost against a contracted limit and split the difference (R-PUR-02;
    D15 2(2) 采购费用承包制): ``tonnes`` or ``goods_value`` as the limit's basis needs; a
    monthly total's savings are shared only when ``task_completed``.

    An argument that cannot apply to the limit's basis is refused naming it, since the basis
    is known when the contract is checked: ``tonnes`` beside a per-100-yuan or monthly limit,
    ``goods_value`` beside a per-tonne or monthly one, and ``task_completed=False`` beside a
    per-tonne or per-100-yuan limit (D15 ties the task to the monthly limit only).

    >>> c = cost_contract(CostLimit("per_tonne", "35"), actual="4000", tonnes="100",
    ...                   parties={"采购部门": 2, "张三": 1, "李四": 1})
    >>> [(s.name, s.amount) for s in c.overspend_split]
    [('采购部门', Decimal('250.00')), ('张三', Decimal('125.00')), ('李四', Decimal('125.00'))]
    """
    require_type("limit", limit, CostLimit, "a CostLimit")
    pol = policy_or_default(policy, PurchasingPolicy)
    spent = require_money("actual", actual)
    done = require_bool("task_completed", task_completed)
    who = pol.parties if parties is None else _parties("parties", parties)
    basis, quantity, value = limit.basis, ZERO, ZERO
    needed, kind = _QUANTITIES[basis]
    given = {"tonnes": tonnes, "goods_value": goods_value}
    if needed and given[needed] is None:
        raise InvalidInput.for_argument(needed, None, f"is required for a {kind} limit")
    for name, extra in given.items():
        if name != needed and extra is not None:
            raise InvalidInput.for_argument(name, extra, f"does not apply to a {kind} limit")
    if not done and basis is not CostBasis.MONTHLY_TOTAL:  # D15 2(2): the monthly limit only
        problem = (
            f"does not apply to a {kind} limit: only a monthly total's savings depend on "
            "the purchasing task"
        )
        raise InvalidInput.for_argument("task_completed", task_completed, problem)
    if basis is CostBasis.PER_TONNE:
        quantity = _quantity("tonnes", tonnes)
        amount = _limit_amount(limit, quantity, "tonnes", tonnes, pol.limit_rounding)
        head = N_("limit {rate}/t × {tonnes} t = {limit}, actual {actual}")
    elif basis is CostBasis.PER_HUNDRED_YUAN:
        value = require_money("goods_value", goods_value)
        hundreds = value.scaleb(-2, context=EXACT_CONTEXT)  # value / 100, exact
        amount = _limit_amount(limit, hundreds, "goods_value", goods_value, pol.limit_rounding)
        head = N_("limit {rate} per 100 yuan × {value} = {limit}, actual {actual}")
    else:
        amount = yuan(limit.amount, argument="limit", exact=True)  # a sum of money: whole fen
        head = N_("monthly total limit {limit}, actual {actual}")
    overspend = max(difference(spent, less=amount), ZERO)  # exact: amounts have up to 30 digits
    savings = max(difference(amount, less=spent), ZERO)
    # exact products (an amount has up to 30 digits): a share never exceeds what it is of
    borne = pol.borne_rounding.times(overspend, pol.overspend_borne)
    sharing = done or basis is not CostBasis.MONTHLY_TOTAL or not pol.savings_need_task_done
    shared = pol.shared_rounding.times(savings, pol.savings_kept) if sharing else ZERO
    rate, tonnes = _plain(limit.amount), _plain(quantity)
    money = {"value": value, "limit": amount, "actual": spent}
    stated = W_(head, rate=rate, tonnes=tonnes, **{k: amount_text(v) for k, v in money.items()})
    outcome = outcome_of(overspend, savings)
    # an uncompleted task is said wherever it is given: beside an overspend (borne all the
    # same) and on the limit it is a fact the back office wants, and beside savings it
    # decides whether they are shared — or, when the policy shares them anyway, is unused
    if overspend and not done:
        said = N_(
            "{head}: {overspend} over, {borne} borne by the purchasing side; "
            "the purchasing task was not completed either"
        )
    elif overspend:
        said = N_("{head}: {overspend} over, {borne} borne by the purchasing side")
    elif savings and sharing and not done:
        said = N_(
            "{head}: {savings} saved, {shared} shared by the purchasing side (task_completed "
            "not used: the policy shares savings whether or not the task was completed)"
        )
    elif savings and sharing:
        said = N_("{head}: {savings} saved, {shared} shared by the purchasing side")
    elif savings:
        said = N_("{head}: {savings} saved; not shared: the purchasing task was not completed")
    elif not done:
        said = N_("{head}: exactly on the limit; the purchasing task was not completed")
    else:
        said = N_("{head}: exactly on the limit")
    sums = {"overspend": overspend, "borne": borne, "savings": savings, "shared": shared}
    reason = W_(said, head=stated, **{k: amount_text(v) for k, v in sums.items()})
    company = (difference(overspend, less=borne), difference(savings, less=shared))
    parts = (overspend, savings, borne, company[0], shared, company[1])
    splits = (_split(borne, who) if borne else (), _split(shared, who) if shared else ())
    return CostContract(limit, amount, spent, outcome, *parts, *splits, "R-PUR-02", reason)
