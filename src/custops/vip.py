"""VIP membership (D7): qualification, non-stacking discounts, an exact points ledger, cards.

Rules R-VIP-01 … R-VIP-12 of the catalogue (D7, 客户公司管理制度7).  Every number of the
seed is a field of :class:`VipPolicy`; the logic holds none of them.

- :func:`qualification` — one purchase of ≥ 1000 yuan paid, or ≥ 2000 yuan paid within
  half a year (R-VIP-01);
- :func:`quote` — the price of a basket with the best *single* benefit per line (R-VIP-03,
  R-VIP-04, R-VIP-06, R-VIP-07), exact to the fen, and the points it will earn;
- :class:`Ledger` — an immutable, append-only points ledger per card: earn (R-VIP-05),
  redeem first-expiring-first (R-VIP-08), reverse a returned purchase, expire (R-VIP-10);
- :class:`Card` — issue, renew (a new, empty ledger: R-VIP-10), replace a lost card (the
  balance follows: R-VIP-12), never transfer (R-VIP-09);
- :func:`registration_report_due` — the 2nd of the next month (R-VIP-11, R-SLA-16).

>>> from datetime import date
>>> wang = Holder("C001", "王芳", birthday=date(1990, 6, 1))
>>> card = Card.issue("VIP-0001", wang, on=date(2024, 3, 15))
>>> card.valid_until
datetime.date(2026, 3, 15)
>>> ledger = Ledger(card).earn("1234.50", on=date(2024, 3, 15), ref="S1")
>>> ledger.balance(date(2024, 3, 15)), ledger.carry
(12, Decimal('34.50'))
>>> q = quote([Line("100")], card, on=date(2024, 3, 16), ledger=ledger)
>>> q.total, q.lines[0].benefit.label
(Decimal('90.00'), '会员折扣')
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from dateutil.relativedelta import relativedelta

from custops._enums import fold, parse_member
from custops._validate import require_bool, require_date, require_int, require_str, type_name
from custops.errors import (
    IllegalTransition,
    InsufficientPoints,
    InvalidInput,
    InvalidType,
    PolicyError,
)
from custops.money import allocate, from_fen, to_fen, yuan

__all__ = [
    "Benefit",
    "Card",
    "CardCheck",
    "CardStatus",
    "EntryKind",
    "Feb29Rule",
    "Holder",
    "Ledger",
    "LedgerEntry",
    "Line",
    "Purchase",
    "Qualification",
    "QualifyBasis",
    "Quote",
    "QuoteLine",
    "RemainderRule",
    "Reversal",
    "ReversalOutcome",
    "ShortfallRule",
    "StackingRule",
    "TierBasis",
    "VipPolicy",
    "is_birthday",
    "qualification",
    "qualification_window",
    "quote",
    "registration_report_due",
]

_ONE_DAY = _dt.timedelta(days=1)
_ZERO = yuan(0)
_MAX_AMOUNT_DIGITS = 24  # a line of up to 10**24 yuan; custops.money refuses 10**28

E = TypeVar("E", bound="_Labelled")


# --- enumerations ---------------------------------------------------------------------------


class _Labelled(enum.Enum):
    """An enumeration whose value is ``(Chinese label, *aliases)``; parsed by ``parse_member``."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self.label!r}>"

    @property
    def label(self) -> str:
        """The Chinese label."""
        return str(self.value[0])

    @classmethod
    def parse(cls: type[E], text: str, *, argument: str = "text") -> E:
        """The member named by ``text``: its Chinese label, English name or an alias."""
        return parse_member(cls, text, argument=argument)


class Benefit(_Labelled):
    """The single benefit that priced a line (R-VIP-04)."""

    BIRTHDAY = ("生日折扣", "birthday", "生日")
    POINTS_TIER = ("积分折扣", "points tier", "tier", "积分")
    VIP_BASE = ("会员折扣", "vip", "base", "会员", "vip base")
    PROMOTION = ("促销", "promotion", "promo")
    SPECIAL_PRICE = ("特价", "special price", "special")
    COUPON = ("优惠券", "coupon", "voucher", "优惠卡")
    NONE = ("无优惠", "none", "no benefit", "原价")

    @property
    def is_vip(self) -> bool:
        """Whether this is one of the card's own benefits (base, points tier, birthday)."""
        return self is Benefit.BIRTHDAY or self is Benefit.POINTS_TIER or self is Benefit.VIP_BASE


class CardStatus(_Labelled):
    """What the card presented at the till is worth today (R-VIP-09, R-VIP-10)."""

    NONE = ("未出示会员卡", "none", "no card")
    VALID = ("有效", "valid")
    NOT_YET_VALID = ("未生效", "not yet valid")
    EXPIRED = ("已过期", "expired", "void", "失效")
    NOT_HOLDER = ("非持卡人本人", "not holder", "someone else's card", "他人卡")


class StackingRule(_Labelled):
    """How the VIP discount meets a line's other benefits (R-VIP-04)."""

    BEST_FOR_CUSTOMER = ("择优", "best for customer", "best")
    PROMOTION_WINS = ("促销优先", "promotion wins", "promotions win")


class RemainderRule(_Labelled):
    """What happens to the spend below one point (R-VIP-05)."""

    CARRY = ("余额结转", "carry", "carries", "结转")
    TRUNCATE = ("每次舍去", "truncate", "per purchase", "舍去")


class Feb29Rule(_Labelled):
    """When a 29 February birthday is honoured in a common year (R-VIP-07)."""

    FEB_28 = ("2月28日", "feb 28", "february 28", "28 feb")
    MAR_1 = ("3月1日", "mar 1", "march 1", "1 mar")


class TierBasis(_Labelled):
    """Which points count toward the points tier (R-VIP-06)."""

    CURRENT_BALANCE = ("当前有效积分", "current balance", "balance")
    LIFETIME_EARNED = ("累计获得积分", "lifetime earned", "lifetime", "累计积分")


class ShortfallRule(_Labelled):
    """What a return does when the points it should take back were already spent."""

    DEBT = ("记欠分", "debt", "record a debt")
    WRITE_OFF = ("核销", "write off", "write-off", "forgive")
    REFUSE = ("拒绝扣回", "refuse", "refused")


class EntryKind(_Labelled):
    """The kind of a ledger entry."""

    EARN = ("消费积分", "earn", "earned")
    REDEEM = ("兑换奖品", "redeem", "redemption")
    REVERSE = ("退货扣回", "reverse", "reversal", "return")
    EXPIRE = ("积分过期", "expire", "expiry", "expired")
    REPLACE = ("挂失补卡", "replace", "replacement")


class QualifyBasis(_Labelled):
    """Which clause of R-VIP-01 qualified the customer."""

    SINGLE = ("一次性购物满额", "single", "single purchase")
    CUMULATIVE = ("半年内累计满额", "cumulative", "within window")
    NOT_QUALIFIED = ("未达标准", "not qualified", "none")


class ReversalOutcome(_Labelled):
    """How a return's points were taken back."""

    REVERSED = ("已扣回", "reversed", "full")
    DEBT = ("记欠分", "debt")
    WRITTEN_OFF = ("部分核销", "written off", "write off")
    REFUSED = ("拒绝扣回", "refused", "refuse")
    VOID = ("卡已失效", "void", "card expired")


# --- policy ---------------------------------------------------------------------------------


def _decimalish(value: Decimal | str | int) -> Decimal:
    """Read a str/int as a Decimal; anything else is left for the policy check to refuse."""
    raw: Any = value
    if isinstance(raw, str):
        try:
            return Decimal(raw.strip())
        except ArithmeticError:
            return value  # type: ignore[return-value]
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Decimal(raw)
    return raw  # type: ignore[no-any-return]


def _stacking(value: StackingRule | str) -> StackingRule:
    return StackingRule.parse(value, argument="stacking") if isinstance(value, str) else value


def _remainder(value: RemainderRule | str) -> RemainderRule:
    return RemainderRule.parse(value, argument="remainder") if isinstance(value, str) else value


def _feb29(value: Feb29Rule | str) -> Feb29Rule:
    return Feb29Rule.parse(value, argument="feb29") if isinstance(value, str) else value


def _tier_basis(value: TierBasis | str) -> TierBasis:
    return TierBasis.parse(value, argument="tier_basis") if isinstance(value, str) else value


def _shortfall(value: ShortfallRule | str) -> ShortfallRule:
    return ShortfallRule.parse(value, argument="shortfall") if isinstance(value, str) else value


_RATES = ("base_rate", "tier_rate", "birthday_rate")
_AMOUNTS = ("single_purchase_threshold", "cumulative_threshold", "yuan_per_point")
_ENUMS: Mapping[str, type[_Labelled]] = {
    "stacking": StackingRule,
    "remainder": RemainderRule,
    "feb29": Feb29Rule,
    "tier_basis": TierBasis,
    "shortfall": ShortfallRule,
}


@attrs.frozen
class VipPolicy:
    """Every number and choice of D7, with the seed's values as defaults.

    ============================  =========  =====================================================
    field                         default    rule
    ============================  =========  =====================================================
    single_purchase_threshold     1000       R-VIP-01 一次性购物满1000元 (实付)
    cumulative_threshold          2000       R-VIP-01 半年内累计购物满2000元
    window_months                 6          R-VIP-01 半年
    single_purchase_in_window     False      R-VIP-01: the text sets no window on the single
                                             purchase; ``True`` applies the half year to it too
    base_rate                     0.90       R-VIP-03 9折
    tier_points / tier_rate       30 / 0.85  R-VIP-06 累计积分满30分 → 8.5折
    tier_basis                    balance    R-VIP-06 current valid balance (or lifetime earned)
    birthday_rate                 0.60       R-VIP-07 生日 6折
    birthday_requires_id          True       R-VIP-07 凭身份证原件
    feb29                         FEB_28     R-VIP-07 a 29 Feb birthday in a common year
    stacking                      best       R-VIP-04 best single benefit per line
    yuan_per_point                100        R-VIP-05 每消费100元 (实付) 1分
    remainder                     CARRY      R-VIP-05 the remainder carries to the next purchase
    card_validity_months          24         R-VIP-10 持卡有效期为二年
    points_validity_months        None       points valid until the card expires (or N months)
    shortfall                     DEBT       a return whose points were spent: record a debt
    report_day                    2          R-VIP-11 次月2日
    ============================  =========  =====================================================

    Rates are ``Decimal`` (or a ``str``/``int``; floats are refused) in (0, 1]; a tier or
    birthday rate worse than the base rate contradicts "the discount becomes …" and is
    refused with :class:`~custops.errors.PolicyError`, as are thresholds that are not positive.

    >>> VipPolicy().tier_rate
    Decimal('0.85')
    >>> VipPolicy(base_rate="0.95", stacking="促销优先").stacking
    <StackingRule.PROMOTION_WINS: '促销优先'>
    >>> VipPolicy(base_rate="1.2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: base_rate: a rate must lie in (0, 1] (got Decimal('1.2'))
    """

    single_purchase_threshold: Decimal = attrs.field(default=Decimal(1000), converter=_decimalish)
    cumulative_threshold: Decimal = attrs.field(default=Decimal(2000), converter=_decimalish)
    window_months: int = 6
    single_purchase_in_window: bool = False
    base_rate: Decimal = attrs.field(default=Decimal("0.90"), converter=_decimalish)
    tier_points: int = 30
    tier_rate: Decimal = attrs.field(default=Decimal("0.85"), converter=_decimalish)
    tier_basis: TierBasis = attrs.field(default=TierBasis.CURRENT_BALANCE, converter=_tier_basis)
    birthday_rate: Decimal = attrs.field(default=Decimal("0.60"), converter=_decimalish)
    birthday_requires_id: bool = True
    feb29: Feb29Rule = attrs.field(default=Feb29Rule.FEB_28, converter=_feb29)
    stacking: StackingRule = attrs.field(
        default=StackingRule.BEST_FOR_CUSTOMER, converter=_stacking
    )
    yuan_per_point: Decimal = attrs.field(default=Decimal(100), converter=_decimalish)
    remainder: RemainderRule = attrs.field(default=RemainderRule.CARRY, converter=_remainder)
    card_validity_months: int = 24
    points_validity_months: int | None = None
    shortfall: ShortfallRule = attrs.field(default=ShortfallRule.DEBT, converter=_shortfall)
    report_day: int = 2

    def __attrs_post_init__(self) -> None:
        for name in (*_RATES, *_AMOUNTS):
            value = getattr(self, name)
            if isinstance(value, str):
                raise InvalidInput.for_argument(name, value, "is not a number")
            if not isinstance(value, Decimal):
                hint = "; floats are inexact, pass a str or a Decimal"
                raise InvalidType.for_argument(
                    name,
                    value,
                    f"must be a Decimal, an int or a str, not a {type_name(value)}"
                    + (hint if isinstance(value, float) else ""),
                )
            if not value.is_finite():
                raise InvalidInput.for_argument(name, value, "must be a finite number")
        for name in _RATES:
            rate = getattr(self, name)
            if not Decimal(0) < rate <= Decimal(1):
                raise PolicyError.for_argument(name, rate, "a rate must lie in (0, 1]")
        for name in ("tier_rate", "birthday_rate"):
            if getattr(self, name) > self.base_rate:
                raise PolicyError.for_argument(
                    name,
                    getattr(self, name),
                    f"must not be worse than base_rate {self.base_rate} (it replaces it)",
                )
        for name in ("single_purchase_threshold", "cumulative_threshold"):
            if getattr(self, name) <= 0:
                raise PolicyError.for_argument(name, getattr(self, name), "must be positive")
        try:
            per_point = yuan(self.yuan_per_point, argument="yuan_per_point", exact=True)
        except InvalidInput:
            per_point = Decimal(0)
        if per_point <= 0:
            raise PolicyError.for_argument(
                "yuan_per_point", self.yuan_per_point, "must be a positive whole number of fen"
            )
        for name, enum_type in _ENUMS.items():
            if not isinstance(getattr(self, name), enum_type):
                raise InvalidType.for_argument(
                    name, getattr(self, name), f"must be a {enum_type.__name__} or its label"
                )
        for name in ("single_purchase_in_window", "birthday_requires_id"):
            require_bool(name, getattr(self, name))
        try:
            require_int("window_months", self.window_months, minimum=1)
            require_int("tier_points", self.tier_points, minimum=0)
            require_int("card_validity_months", self.card_validity_months, minimum=1)
            if self.points_validity_months is not None:
                require_int("points_validity_months", self.points_validity_months, minimum=1)
            require_int("report_day", self.report_day, minimum=1, maximum=28)
        except InvalidInput as exc:
            raise PolicyError(exc.message, argument=exc.argument, value=exc.value) from None

    @property
    def fen_per_point(self) -> int:
        """The spend that earns one point, in fen (10000 by default)."""
        return to_fen(self.yuan_per_point)


_DEFAULT_POLICY = VipPolicy()


def _policy(policy: VipPolicy | None) -> VipPolicy:
    if policy is None:
        return _DEFAULT_POLICY
    if not isinstance(policy, VipPolicy):
        raise InvalidType.for_argument(
            "policy", policy, f"must be a VipPolicy, not a {type_name(policy)}"
        )
    return policy


def _zhe(rate: Decimal) -> str:
    """``Decimal('0.85')`` → ``'8.5折'`` (the Chinese way of writing a discount rate)."""
    text = format((rate * 10).normalize(), "f")
    return f"{text}折"


def _add_months(day: _dt.date, months: int, argument: str) -> _dt.date:
    """The corresponding day ``months`` later, or that month's last day (Civil Code art. 202).

    ``months`` may be negative.  A result outside the calendar (years 1–9999) raises
    :class:`~custops.errors.InvalidInput` naming ``argument``.
    """
    try:
        result: _dt.date = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        raise InvalidInput.for_argument(
            argument, day, f"{months:+d} months falls outside the calendar (years 1-9999)"
        ) from None
    return result


# --- qualification (R-VIP-01) ---------------------------------------------------------------


def _paid(value: Any) -> Decimal:
    return yuan(value, argument="paid", non_negative=True)


def _refunded(value: Any) -> Decimal:
    return yuan(value, argument="refunded", non_negative=True)


def _date_field(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_date(attribute.name, value)


def _instance_of(kind: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator raising :class:`InvalidType` that names the field."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidType.for_argument(
                attribute.alias or attribute.name,
                value,
                f"must be a {kind.__name__}, not a {type_name(value)}",
            )

    return check


def _optional_str(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        require_str(attribute.name, value)


@attrs.frozen
class Purchase:
    """One purchase: the day, the amount actually paid (实付金额) and what was refunded.

    ``refunded`` is the part of ``paid`` given back by returns (a fully returned purchase
    has ``refunded == paid``); only :attr:`net` counts toward qualification (R-VIP-01).

    >>> from datetime import date
    >>> Purchase(date(2024, 1, 5), "1200", refunded="200").net
    Decimal('1000.00')
    >>> Purchase(date(2024, 1, 5), 1.5)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: paid: money must be ... not a float (got 1.5); ...
    """

    on: _dt.date = attrs.field(validator=_date_field)
    paid: Decimal = attrs.field(converter=_paid)
    ref: str | None = attrs.field(default=None, validator=_optional_str)
    refunded: Decimal = attrs.field(default=_ZERO, converter=_refunded, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.refunded > self.paid:
            raise InvalidInput.for_argument(
                "refunded", self.refunded, f"must not exceed paid {self.paid}"
            )

    @property
    def net(self) -> Decimal:
        """The amount paid and not refunded: what counts (实付, net of returns)."""
        return self.paid - self.refunded


@attrs.frozen
class Qualification:
    """Whether a customer qualifies for a VIP card on ``on``, and why (R-VIP-01).

    ``counted`` are the purchases that counted: the qualifying single purchase, or the
    purchases inside the window.  ``amount`` is what they add up to, ``window_total`` the
    net spend inside the window ``[window_start, on]``, and ``needed`` how much one more
    purchase today must be to qualify (``0.00`` when qualified).
    """

    qualified: bool
    basis: QualifyBasis
    on: _dt.date
    window_start: _dt.date
    counted: tuple[Purchase, ...]
    amount: Decimal
    window_total: Decimal
    needed: Decimal
    reason: str
    rule: str = "R-VIP-01"


def qualification_window(
    on: _dt.date, policy: VipPolicy | None = None
) -> tuple[_dt.date, _dt.date]:
    """The first and last day of the half year that ends on ``on`` (R-VIP-01), inclusive.

    A purchase made on day *s* counts "within half a year" up to and including
    *s* + 6 months — the corresponding day, or the last day of the month when there is
    none (Civil Code arts. 201–202: the day of the purchase is not counted, the period
    ends on the corresponding day).  So the window on ``on`` starts at the earliest *s*
    whose half year still reaches ``on``:

    >>> from datetime import date
    >>> qualification_window(date(2024, 7, 15))
    (datetime.date(2024, 1, 15), datetime.date(2024, 7, 15))
    >>> qualification_window(date(2025, 2, 28))   # 2024-08-31 + 6 months = 2025-02-28
    (datetime.date(2024, 8, 28), datetime.date(2025, 2, 28))
    >>> qualification_window(date(2024, 8, 31))   # 2024-02-29 + 6 months = 2024-08-29
    (datetime.date(2024, 3, 1), datetime.date(2024, 8, 31))
    """
    require_date("on", on)
    months = _policy(policy).window_months
    start = _add_months(on, -months, "on")
    while _add_months(start, months, "on") < on:
        start += _ONE_DAY
    while start > _dt.date.min and _add_months(start - _ONE_DAY, months, "on") >= on:
        start -= _ONE_DAY
    return start, on


def qualification(
    purchases: Iterable[Purchase], on: _dt.date, policy: VipPolicy | None = None
) -> Qualification:
    """Whether the purchases up to ``on`` qualify for a VIP card (R-VIP-01, R-VIP-02).

    One purchase of at least ``single_purchase_threshold`` (1000) paid, or at least
    ``cumulative_threshold`` (2000) paid within the half year ending on ``on`` (see
    :func:`qualification_window`).  Only the amount actually paid and not refunded counts
    (:attr:`Purchase.net`); purchases after ``on`` are not looked at.  When both clauses
    hold, the single purchase is reported.

    >>> from datetime import date
    >>> q = qualification([Purchase(date(2024, 1, 5), "1000")], on=date(2024, 1, 5))
    >>> q.qualified, q.basis.label, q.rule
    (True, '一次性购物满额', 'R-VIP-01')
    >>> q = qualification(
    ...     [Purchase(date(2024, 1, 5), "900"), Purchase(date(2024, 5, 1), "800")],
    ...     on=date(2024, 5, 1),
    ... )
    >>> q.qualified, q.window_total, q.needed
    (False, Decimal('1700.00'), Decimal('300.00'))
    >>> print(q.reason)
    not qualified: largest purchase 900.00 < 1000.00 and 1700.00 paid in
    2023-11-01 … 2024-05-01 < 2000.00; 300.00 more needed
    """
    rule_policy = _policy(policy)
    require_date("on", on)
    raw: Any = purchases
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Iterable):
        raise InvalidType.for_argument(
            "purchases", purchases, f"must be an iterable of Purchase, not a {type_name(purchases)}"
        )
    items = tuple(purchases)
    for i, item in enumerate(items):
        if not isinstance(item, Purchase):
            raise InvalidType.for_argument(
                f"purchases[{i}]", item, f"must be a Purchase, not a {type_name(item)}"
            )
    start, _ = qualification_window(on, rule_policy)
    past = [p for p in items if p.on <= on and p.net > 0]
    in_window = tuple(p for p in past if p.on >= start)
    window_total = yuan(sum((p.net for p in in_window), _ZERO))
    candidates = in_window if rule_policy.single_purchase_in_window else tuple(past)
    single_t = rule_policy.single_purchase_threshold
    cumulative_t = rule_policy.cumulative_threshold
    best = max(candidates, key=lambda p: (p.net, p.on), default=None)
    span = f"{start.isoformat()} … {on.isoformat()}"
    if best is not None and best.net >= single_t:
        return Qualification(
            qualified=True,
            basis=QualifyBasis.SINGLE,
            on=on,
            window_start=start,
            counted=(best,),
            amount=best.net,
            window_total=window_total,
            needed=_ZERO,
            reason=f"one purchase of {best.net} paid on {best.on.isoformat()} ≥ {yuan(single_t)}",
        )
    if window_total >= cumulative_t:
        return Qualification(
            qualified=True,
            basis=QualifyBasis.CUMULATIVE,
            on=on,
            window_start=start,
            counted=in_window,
            amount=window_total,
            window_total=window_total,
            needed=_ZERO,
            reason=f"{window_total} paid in {span} ≥ {yuan(cumulative_t)}",
        )
    needed = yuan(min(single_t, cumulative_t - window_total))
    largest = best.net if best is not None else _ZERO
    return Qualification(
        qualified=False,
        basis=QualifyBasis.NOT_QUALIFIED,
        on=on,
        window_start=start,
        counted=in_window,
        amount=window_total,
        window_total=window_total,
        needed=needed,
        reason=(
            f"not qualified: largest purchase {largest} < {yuan(single_t)} and {window_total} "
            f"paid in {span} < {yuan(cumulative_t)}; {needed} more needed"
        ),
    )


# --- holders and cards (R-VIP-02, R-VIP-09, R-VIP-10, R-VIP-12) -----------------------------


def _optional_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        require_date(attribute.name, value)


def _str_field(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_str(attribute.name, value)


@attrs.frozen
class Holder:
    """A card holder: a customer id (checked at the till, R-VIP-09), a name, a birthday (R-VIP-07).

    >>> from datetime import date
    >>> Holder("C001", "王芳", birthday=date(1992, 2, 29)).birthday
    datetime.date(1992, 2, 29)
    """

    customer_id: str = attrs.field(validator=_str_field)
    name: str = attrs.field(validator=_str_field)
    birthday: _dt.date | None = attrs.field(default=None, validator=_optional_date)


def is_birthday(birthday: _dt.date, on: _dt.date, policy: VipPolicy | None = None) -> bool:
    """Whether ``on`` is the birthday of someone born on ``birthday`` (R-VIP-07).

    A 29 February birthday is honoured on 28 February in common years by default
    (``feb29=Feb29Rule.MAR_1`` moves it to 1 March).

    >>> from datetime import date
    >>> is_birthday(date(1992, 2, 29), date(2025, 2, 28))
    True
    >>> is_birthday(date(1992, 2, 29), date(2025, 3, 1), VipPolicy(feb29="3月1日"))
    True
    >>> is_birthday(date(1992, 2, 29), date(2024, 2, 28))   # a leap year: the 29th itself
    False
    """
    require_date("birthday", birthday)
    require_date("on", on)
    rule = _policy(policy)
    if (birthday.month, birthday.day) == (on.month, on.day):
        return True
    if (birthday.month, birthday.day) != (2, 29) or _is_leap(on.year):
        return False
    if rule.feb29 is Feb29Rule.FEB_28:
        return (on.month, on.day) == (2, 28)
    return (on.month, on.day) == (3, 1)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@attrs.frozen
class CardCheck:
    """The result of checking a presented card on a day (R-VIP-09, R-VIP-10)."""

    status: CardStatus
    rule: str
    reason: str

    @property
    def valid(self) -> bool:
        """Whether the card gives VIP benefits today."""
        return self.status is CardStatus.VALID


@attrs.frozen
class Card:
    """A VIP card: number, holder, the day it was issued and the last day it is valid.

    The card is valid from ``issued_on`` through ``valid_until`` inclusive.  Build a new
    card with :meth:`issue` (valid two years: R-VIP-10); a card replacing a lost one
    records the number it ``replaces`` (R-VIP-12).

    >>> from datetime import date
    >>> card = Card.issue("VIP-7", Holder("C7", "李雷"), on=date(2024, 2, 29))
    >>> card.valid_until                       # no 29 Feb in 2026: the month's last day
    datetime.date(2026, 2, 28)
    >>> card.check(date(2026, 3, 1)).status.label
    '已过期'
    """

    number: str = attrs.field(validator=_str_field)
    holder: Holder = attrs.field(validator=_instance_of(Holder))
    issued_on: _dt.date = attrs.field(validator=_date_field)
    valid_until: _dt.date = attrs.field(validator=_date_field)
    replaces: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)

    def __attrs_post_init__(self) -> None:
        if self.valid_until < self.issued_on:
            raise InvalidInput.for_argument(
                "valid_until", self.valid_until, f"must not be before issued_on {self.issued_on}"
            )

    @classmethod
    def issue(
        cls,
        number: str,
        holder: Holder,
        on: _dt.date,
        *,
        policy: VipPolicy | None = None,
        qualification: Qualification | None = None,
    ) -> Card:
        """Issue a card on ``on``, valid for ``card_validity_months`` (two years: R-VIP-10).

        The last valid day is the corresponding day two years later, or the month's last
        day (Civil Code art. 202).  Pass the customer's :class:`Qualification` to have the
        issue refused when the customer does not qualify (R-VIP-01, R-VIP-02).
        """
        require_date("on", on)
        rule = _policy(policy)
        if qualification is not None:
            if not isinstance(qualification, Qualification):
                raise InvalidType.for_argument(
                    "qualification",
                    qualification,
                    f"must be a Qualification, not a {type_name(qualification)}",
                )
            if not qualification.qualified:
                raise InvalidInput.for_argument(
                    "qualification",
                    qualification.reason,
                    "the customer does not qualify for a VIP card (R-VIP-01, R-VIP-02)",
                )
        return cls(number, holder, on, _add_months(on, rule.card_validity_months, "on"))

    def check(self, on: _dt.date, presented_by: Holder | str | None = None) -> CardCheck:
        """Whether the card gives VIP benefits on ``on`` to whoever presents it.

        ``presented_by`` is the presenting customer (a :class:`Holder` or a customer id);
        ``None`` means the till did not identify the customer and takes the card at face
        value.  Someone else's card gives nothing (R-VIP-09); a card outside its validity
        gives nothing (R-VIP-10).

        >>> from datetime import date
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
        >>> print(card.check(date(2024, 5, 1), presented_by="C2").reason)
        card VIP-1 belongs to customer C1, presented by C2: a card is for its holder only
        """
        require_date("on", on)
        who = _customer_id(presented_by, "presented_by")
        if who is not None and who != self.holder.customer_id:
            return CardCheck(
                CardStatus.NOT_HOLDER,
                "R-VIP-09",
                f"card {self.number} belongs to customer {self.holder.customer_id}, "
                f"presented by {who}: a card is for its holder only",
            )
        if on < self.issued_on:
            return CardCheck(
                CardStatus.NOT_YET_VALID,
                "R-VIP-10",
                f"card {self.number} is valid from {self.issued_on.isoformat()}",
            )
        if on > self.valid_until:
            return CardCheck(
                CardStatus.EXPIRED,
                "R-VIP-10",
                f"card {self.number} expired after {self.valid_until.isoformat()}; "
                "the old card is void, apply for a new one",
            )
        return CardCheck(
            CardStatus.VALID,
            "R-VIP-10",
            f"card {self.number} valid until {self.valid_until.isoformat()}",
        )

    def renew(self, number: str, on: _dt.date, *, policy: VipPolicy | None = None) -> Card:
        """A new card for the same holder once this one runs out (R-VIP-10).

        Allowed from the card's last valid day on.  The new card gets a new, **empty**
        ledger (``Ledger(new_card)``): old points are not carried over.

        >>> from datetime import date
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 2, 29))
        >>> card.renew("VIP-2", date(2026, 2, 28)).valid_until
        datetime.date(2028, 2, 28)
        """
        require_date("on", on)
        require_str("number", number)
        if on < self.valid_until:
            raise InvalidInput.for_argument(
                "on",
                on,
                f"card {self.number} is valid until {self.valid_until.isoformat()}; renewal "
                "is at expiry (R-VIP-10); for a lost or damaged card use replace()",
            )
        if number == self.number:
            raise InvalidInput.for_argument("number", number, "a renewed card needs a new number")
        return Card.issue(number, self.holder, on, policy=policy)

    def replace(self, number: str, on: _dt.date) -> Card:
        """The card that replaces this one when it is lost or damaged (R-VIP-12).

        Same holder, same last valid day (a replacement is not a renewal); move the points
        with :meth:`Ledger.move_to`.

        >>> from datetime import date
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
        >>> new = card.replace("VIP-1B", date(2024, 8, 1))
        >>> new.replaces, new.issued_on, new.valid_until
        ('VIP-1', datetime.date(2024, 8, 1), datetime.date(2026, 1, 1))
        """
        require_date("on", on)
        require_str("number", number)
        if number == self.number:
            raise InvalidInput.for_argument(
                "number", number, "a replacement card needs a new number"
            )
        if not self.issued_on <= on <= self.valid_until:
            raise InvalidInput.for_argument(
                "on",
                on,
                f"card {self.number} is valid {self.issued_on.isoformat()} … "
                f"{self.valid_until.isoformat()}; an expired card is renewed, not replaced",
            )
        return Card(number, self.holder, on, self.valid_until, replaces=self.number)

    def transfer_to(self, holder: Holder) -> Card:
        """Always refused: a card is for its holder only and is not transferable (R-VIP-09)."""
        raise InvalidInput.for_argument(
            "holder",
            holder,
            f"card {self.number} is for {self.holder.name} ({self.holder.customer_id}) only "
            "and cannot be transferred (R-VIP-09)",
        )


def _customer_id(presented_by: Holder | str | None, argument: str) -> str | None:
    if presented_by is None:
        return None
    if isinstance(presented_by, Holder):
        return presented_by.customer_id
    if isinstance(presented_by, str):
        return require_str(argument, presented_by)
    raise InvalidType.for_argument(
        argument,
        presented_by,
        f"must be a Holder or a customer id, not a {type_name(presented_by)}",
    )


# --- the points ledger ----------------------------------------------------------------------


@attrs.frozen
class LedgerEntry:
    """One change of a card's points, with its reason and rule ID (R-VIP-05, R-VIP-08, …).

    ``points`` is the signed change of the valid balance; ``paid`` is the amount paid
    (earn) or refunded (reverse); ``carry`` and ``debt`` are the carried remainder and the
    points owed after the entry.
    """

    kind: EntryKind
    on: _dt.date
    points: int
    rule: str
    reason: str
    ref: str | None = None
    paid: Decimal | None = None
    gift: str | None = None
    carry: Decimal = _ZERO
    debt: int = 0


@attrs.frozen
class _Purchase:
    """A purchase on the ledger: what it paid and earned, and where its points are now."""

    ref: str
    earned_on: _dt.date
    expires_on: _dt.date  # the last day its points are valid
    paid_fen: int
    earned: int  # the points the purchase earned (R-VIP-05), debt repayment included
    points: int  # of those, valid and unspent
    repaid: int = 0  # of those, how many repaid a debt (and were not yet owed again)
    expired: int = 0  # lost to expiry and not yet offset by a return
    refunded_fen: int = 0
    returned: bool = False  # fully returned: no further reversal


@attrs.frozen
class _State:
    """Everything a ledger knows, immutable (tuples only), for one card."""

    card: Card
    entries: tuple[LedgerEntry, ...] = ()
    purchases: tuple[_Purchase, ...] = ()  # in the order earned
    spend_fen: int = 0  # net spend on this card (returns deducted)
    debt: int = 0
    lifetime: int = 0  # points credited, less points reversed
    last_on: _dt.date | None = None


@attrs.frozen
class Reversal:
    """What a return did to the points (the new ledger is returned beside it).

    ``points_due`` is what the refunded amount had earned (its own points, plus a point
    its carried remainder completed later); ``points_reversed`` were taken from the
    balance, ``already_expired`` had expired unused and are not taken twice, and
    ``shortfall`` could not be taken because they were spent — recorded as a debt, written
    off or refused, as the policy says (after the card expired, outcome ``VOID``: nothing
    is taken and the shortfall is not recovered).  ``debt_restored`` had repaid an earlier
    debt when earned; that debt is owed again.  ``points_due`` is the sum of the four,
    except when the reversal is ``REFUSED``: then nothing was taken and ``shortfall`` is
    what could not have been.
    """

    ref: str
    on: _dt.date
    refunded: Decimal
    points_due: int
    points_reversed: int
    already_expired: int
    shortfall: int
    outcome: ReversalOutcome
    reason: str
    debt_restored: int = 0
    rule: str = "R-VIP-05"


def _state_repr(state: _State) -> str:
    return f"<{len(state.entries)} entries>"


def _same_card(instance: Ledger, attribute: attrs.Attribute[Any], state: _State) -> None:
    """A ledger's points stay with their card: ``attrs.evolve(ledger, card=...)`` is refused."""
    if not isinstance(state, _State):
        raise InvalidType.for_argument(
            "_state", state, "is private; build a ledger with Ledger(card, policy)"
        )
    if state.card != instance.card:
        raise InvalidInput.for_argument(
            "card",
            instance.card.number,
            f"the ledger holds the points of card {state.card.number}; they move only to the "
            "card replacing it, with move_to() (R-VIP-08, R-VIP-12)",
        )


def _fefo(purchases: Sequence[_Purchase]) -> list[int]:
    """Indices of ``purchases``, the points that expire first first (then the oldest)."""
    return sorted(range(len(purchases)), key=lambda i: purchases[i].expires_on)


@attrs.frozen
class Ledger:
    """The immutable, append-only points ledger of one card.

    ``Ledger(card)`` is empty; :meth:`earn`, :meth:`redeem`, :meth:`reverse`,
    :meth:`expire` and :meth:`move_to` return a **new** ledger with entries appended and
    leave this one as it was (everything inside is a tuple of frozen values).  Points are
    ``int``; spend is exact ``Decimal``.  Every operation first records the expiry of points
    whose validity ended before its day, so the balance always equals the sum of the
    entries.  Operations are chronological: a day before the last entry's is refused.

    ``attrs.evolve(ledger, policy=...)`` keeps the entries and applies the new policy from
    the next operation on (points already earned keep their expiry);
    ``attrs.evolve(ledger, card=...)`` is refused — points move only to a replacement card,
    with :meth:`move_to`.

    Earning (R-VIP-05).  With ``remainder=CARRY`` (default) the card keeps its net spend
    *S* in fen; a payment *p* earns ``(S+p) // 100 - S // 100`` points and the remainder
    ``(S+p) % 100`` carries.  With ``TRUNCATE`` each purchase earns ``p // 100``.

    Returning (reverse).  A refund of *a* from a purchase takes back
    ``S // 100 - (S-a) // 100`` points under CARRY — exactly the points the refunded money
    earned, including a point its carried remainder completed in a later purchase — and
    the carry becomes ``(S-a) % 100``.  So after any sequence of purchases and returns the
    card has been credited ``floor(net spend / 100)`` points: as if the returned goods had
    never been bought, and never a point deducted twice.  Partial returns are refunds of
    part of a purchase; a purchase cannot be refunded beyond what was paid.

    >>> from datetime import date
    >>> card = Card.issue("VIP-9", Holder("C9", "赵敏"), on=date(2024, 1, 1))
    >>> led = Ledger(card).earn("150", date(2024, 1, 2), "A").earn("150", date(2024, 1, 3), "B")
    >>> led.balance(date(2024, 1, 3)), led.carry
    (3, Decimal('0.00'))
    >>> after, rev = led.reverse("A", date(2024, 1, 4))
    >>> rev.points_due, after.balance(date(2024, 1, 4)), after.carry
    (2, 1, Decimal('50.00'))
    """

    card: Card = attrs.field(validator=_instance_of(Card))
    policy: VipPolicy = attrs.field(factory=VipPolicy, validator=_instance_of(VipPolicy))
    _state: _State = attrs.field(
        default=attrs.Factory(lambda self: _State(self.card), takes_self=True),
        kw_only=True,
        alias="_state",
        validator=_same_card,
        repr=_state_repr,
    )

    # -- queries --------------------------------------------------------------------------

    @property
    def entries(self) -> tuple[LedgerEntry, ...]:
        """Every change of the balance, oldest first; their points add up to the balance."""
        return self._state.entries

    def balance(self, on: _dt.date) -> int:
        """The valid points on ``on``: earned, not spent, not expired, not reversed.

        Points are valid through their last valid day (by default the card's: R-VIP-10).

        >>> from datetime import date
        >>> card = Card.issue("VIP-2", Holder("C2", "钱多"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("3000", date(2024, 1, 1), "S1")
        >>> led.balance(date(2026, 1, 1)), led.balance(date(2026, 1, 2))
        (30, 0)
        """
        require_date("on", on)
        self._check_order(on)
        return sum(p.points for p in self._state.purchases if p.expires_on >= on)

    @property
    def carry(self) -> Decimal:
        """The spend below one point carried to the next purchase (R-VIP-05)."""
        return self._carry_of(self._state.spend_fen)

    @property
    def debt(self) -> int:
        """Points owed by returns whose points had been spent; repaid by the next earnings.

        Never owed while points are available: a return takes the balance first, so a
        ledger with a debt has a balance of 0.
        """
        return self._state.debt

    @property
    def lifetime_points(self) -> int:
        """Points credited on this card less points reversed (redeemed and expired included)."""
        return self._state.lifetime

    @property
    def last_on(self) -> _dt.date | None:
        """The day of the last operation, if any."""
        return self._state.last_on

    def tier_points(self, on: _dt.date) -> int:
        """The points that count toward the points tier on ``on`` (R-VIP-06, ``tier_basis``).

        >>> from datetime import date
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("4000", date(2024, 1, 1), "S1")
        >>> led = led.redeem(15, date(2024, 2, 1), "伞")
        >>> led.tier_points(date(2024, 2, 1))            # the valid balance (default)
        25
        >>> lifetime = VipPolicy(tier_basis="lifetime")
        >>> attrs.evolve(led, policy=lifetime).tier_points(date(2024, 2, 1))
        40
        """
        if self.policy.tier_basis is TierBasis.LIFETIME_EARNED:
            require_date("on", on)
            self._check_order(on)
            return self.lifetime_points
        return self.balance(on)

    def points_for(self, paid: Any) -> int:
        """The points a payment of ``paid`` would earn now (before any debt is repaid).

        >>> from datetime import date
        >>> card = Card.issue("VIP-3", Holder("C3", "孙立"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("80", date(2024, 1, 1), "S1")
        >>> led.points_for("30"), led.points_for("19.99")
        (1, 0)
        """
        amount = yuan(paid, argument="paid", non_negative=True)
        return self._gross(to_fen(amount))

    # -- internals ------------------------------------------------------------------------

    def _gross(self, paid_fen: int) -> int:
        """The points a payment earns (R-VIP-05): with the carried remainder, or truncated."""
        per = self.policy.fen_per_point
        if self.policy.remainder is RemainderRule.TRUNCATE:
            return paid_fen // per
        spend = self._state.spend_fen
        return (spend + paid_fen) // per - spend // per

    def _carry_of(self, spend_fen: int) -> Decimal:
        if self.policy.remainder is RemainderRule.TRUNCATE:
            return _ZERO
        return from_fen(spend_fen % self.policy.fen_per_point)

    def _check_order(self, on: _dt.date) -> None:
        last = self._state.last_on
        if last is not None and on < last:
            raise InvalidInput.for_argument(
                "on",
                on,
                f"the ledger is append-only and its last entry is of {last.isoformat()}; "
                "ask about that day or later",
            )

    def _find(self, ref: str) -> int | None:
        return next((i for i, p in enumerate(self._state.purchases) if p.ref == ref), None)

    def _lot_expiry(self, on: _dt.date) -> _dt.date:
        months = self.policy.points_validity_months
        if months is None:
            return self.card.valid_until
        return min(_add_months(on, months, "on"), self.card.valid_until)

    def _expire_upto(self, on: _dt.date) -> tuple[tuple[LedgerEntry, ...], tuple[_Purchase, ...]]:
        """Entries recording the expiry of every point whose last valid day is before ``on``."""
        purchases = self._state.purchases
        lapsed = [p for p in purchases if p.points and p.expires_on < on]
        if not lapsed:
            return (), purchases
        carry, debt = self.carry, self._state.debt
        entries = sorted(
            (
                LedgerEntry(
                    EntryKind.EXPIRE,
                    p.expires_on + _ONE_DAY,
                    -p.points,
                    "R-VIP-10",
                    f"{p.points} points earned on {p.earned_on.isoformat()} (purchase "
                    f"{p.ref}) expired after {p.expires_on.isoformat()}",
                    ref=p.ref,
                    carry=carry,
                    debt=debt,
                )
                for p in lapsed
            ),
            key=lambda e: e.on,
        )
        return tuple(entries), tuple(
            attrs.evolve(p, points=0, expired=p.expired + p.points)
            if p.points and p.expires_on < on
            else p
            for p in purchases
        )

    # -- operations -----------------------------------------------------------------------

    def earn(self, paid: Any, on: _dt.date, ref: str) -> Ledger:
        """Record a purchase of ``paid`` (实付) on ``on`` under ``ref``; points per R-VIP-05.

        Points owed by earlier returns (:attr:`debt`) are repaid first.  Refused on a day
        the card is not valid (R-VIP-10) and for a ``ref`` already on the ledger.

        >>> from datetime import date
        >>> card = Card.issue("VIP-4", Holder("C4", "周到"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("268.28", date(2024, 1, 1), "S1")
        >>> led.entries[-1].points
        2
        >>> print(led.entries[-1].reason)
        earned 2 points for 268.28 paid (1 point per 100.00; 68.28 carried to the next purchase)
        """
        amount = yuan(paid, argument="paid", non_negative=True)
        require_date("on", on)
        require_str("ref", ref)
        self._check_order(on)
        check = self.card.check(on)
        if not check.valid:
            raise InvalidInput.for_argument("on", on, f"{check.reason} ({check.rule})")
        if self._find(ref) is not None:
            raise InvalidInput.for_argument("ref", ref, "is already a purchase on this ledger")
        state = self._state
        expiries, purchases = self._expire_upto(on)
        paid_fen = to_fen(amount)
        gross = self._gross(paid_fen)
        repaid = min(gross, state.debt)
        debt = state.debt - repaid
        spend = state.spend_fen + paid_fen
        carry = self._carry_of(spend)
        tail = (
            f"{carry} carried to the next purchase"
            if self.policy.remainder is RemainderRule.CARRY
            else "remainder not carried"
        )
        reason = (
            f"earned {gross} points for {amount} paid "
            f"(1 point per {yuan(self.policy.yuan_per_point)}; {tail})"
        )
        if repaid:
            reason += f"; {repaid} repaid the debt of an earlier return"
        entry = LedgerEntry(
            EntryKind.EARN,
            on,
            gross - repaid,
            "R-VIP-05",
            reason,
            ref=ref,
            paid=amount,
            carry=carry,
            debt=debt,
        )
        bought = _Purchase(
            ref, on, self._lot_expiry(on), paid_fen, gross, gross - repaid, repaid=repaid
        )
        return attrs.evolve(
            self,
            _state=attrs.evolve(
                state,
                entries=(*state.entries, *expiries, entry),
                purchases=(*purchases, bought),
                spend_fen=spend,
                debt=debt,
                lifetime=state.lifetime + gross,
                last_on=on,
            ),
        )

    def redeem(self, points: int, on: _dt.date, gift: str) -> Ledger:
        """Spend ``points`` of this card on ``gift`` (R-VIP-08); all or nothing.

        Draws on the points that expire first (then the oldest).  Refused with
        :class:`~custops.errors.InsufficientPoints` when the valid balance is short;
        points are never paid out as cash; a redemption cannot be cancelled and has no
        reversal.

        >>> from datetime import date
        >>> card = Card.issue("VIP-5", Holder("C5", "吴用"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("1000", date(2024, 1, 1), "S1")
        >>> led.redeem(11, date(2024, 2, 1), "保温杯")
        Traceback (most recent call last):
        ...
        custops.errors.InsufficientPoints: points: needs 11, card VIP-5 has 10 valid points
        on 2024-02-01 (R-VIP-08) (got 11)
        >>> led.redeem(10, date(2024, 2, 1), "保温杯").balance(date(2024, 2, 1))
        0
        """
        require_int("points", points, minimum=1)
        require_date("on", on)
        require_str("gift", gift)
        if fold(gift) in _CASH:
            raise InvalidInput.for_argument(
                "gift", gift, "points are never exchanged for cash (R-VIP-08)"
            )
        self._check_order(on)
        expiries, purchases = self._expire_upto(on)
        available = sum(p.points for p in purchases)
        if available < points:
            raise InsufficientPoints(
                f"points: needs {points}, card {self.card.number} has {available} valid points "
                f"on {on.isoformat()} (R-VIP-08) (got {points})",
                requested=points,
                available=available,
            )
        drawn = list(purchases)
        left = points
        for i in _fefo(drawn):
            take = min(left, drawn[i].points)
            if take:
                drawn[i] = attrs.evolve(drawn[i], points=drawn[i].points - take)
                left -= take
            if not left:
                break
        state = self._state
        entry = LedgerEntry(
            EntryKind.REDEEM,
            on,
            -points,
            "R-VIP-08",
            f"redeemed {points} points for {gift} (first-expiring points first; "
            "not cancellable, never for cash)",
            gift=gift,
            carry=self.carry,
            debt=state.debt,
        )
        return attrs.evolve(
            self,
            _state=attrs.evolve(
                state,
                entries=(*state.entries, *expiries, entry),
                purchases=tuple(drawn),
                last_on=on,
            ),
        )

    def reverse(self, ref: str, on: _dt.date, amount: Any = None) -> tuple[Ledger, Reversal]:
        """Take back the points of purchase ``ref`` returned on ``on`` (all, or ``amount``).

        Returns are not in D7; RULES.md §3 requires that their points are reversed, never
        below zero without saying so (R-VIP-05 for the arithmetic: see the class docs).
        The points come from the purchase's own points first; points of that purchase that
        already expired unused are not taken again; the rest comes from the points that
        expire first.  Points the balance cannot cover are owed again if this purchase had
        repaid a debt with them, else they were spent on a gift: by ``policy.shortfall``
        they are recorded as a debt repaid by later earnings (default), written off, or the
        whole reversal is refused (ledger unchanged).  The balance never goes negative.  A
        purchase fully reversed cannot be reversed again
        (:class:`~custops.errors.IllegalTransition`).  After the card has expired its
        points are void and nothing is taken (R-VIP-10); the result still says how many
        of the points due had been spent.

        >>> from datetime import date
        >>> card = Card.issue("VIP-6", Holder("C6", "郑和"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("1200", date(2024, 1, 1), "S1")
        >>> led = led.redeem(10, date(2024, 1, 2), "电饭煲")
        >>> led, rev = led.reverse("S1", date(2024, 1, 3))
        >>> rev.outcome.label, rev.points_reversed, rev.shortfall, led.debt
        ('记欠分', 2, 10, 10)
        >>> led.reverse("S1", date(2024, 1, 4))
        Traceback (most recent call last):
        ...
        custops.errors.IllegalTransition: ref: purchase 'S1' is already fully returned (got 'S1')
        """
        require_str("ref", ref)
        require_date("on", on)
        self._check_order(on)
        index = self._find(ref)
        if index is None:
            raise InvalidInput.for_argument("ref", ref, "is not a purchase on this ledger")
        state = self._state
        bought = state.purchases[index]
        if bought.returned:
            raise IllegalTransition(
                f"ref: purchase {ref!r} is already fully returned (got {ref!r})",
                state="returned",
                event="reverse",
            )
        left_fen = bought.paid_fen - bought.refunded_fen
        if amount is None:
            refund_fen = left_fen
        else:
            refund_fen = to_fen(yuan(amount, argument="amount", non_negative=True))
            if not 0 < refund_fen <= left_fen:
                raise InvalidInput.for_argument(
                    "amount",
                    amount,
                    f"must be more than 0 and at most the {from_fen(left_fen)} of purchase "
                    f"{ref!r} not yet refunded",
                )
        refunded = from_fen(refund_fen)
        per = self.policy.fen_per_point
        if self.policy.remainder is RemainderRule.CARRY:
            spend = state.spend_fen
            due = spend // per - (spend - refund_fen) // per
        else:
            due = left_fen // per - (left_fen - refund_fen) // per
        expiries, purchases = self._expire_upto(on)
        lots = list(purchases)
        # after the card expired every point has lapsed: nothing is taken (R-VIP-10)
        own = lots[index]
        taken = min(due, own.points)
        exempt = min(due - taken, own.expired)
        lots[index] = attrs.evolve(own, points=own.points - taken, expired=own.expired - exempt)
        for i in _fefo(lots) if due > taken + exempt else ():
            take = min(due - taken - exempt, lots[i].points)
            if take:
                lots[i] = attrs.evolve(lots[i], points=lots[i].points - take)
                taken += take
            if taken + exempt == due:
                break
        void = on > self.card.valid_until
        # points of this purchase that repaid a debt: that debt is owed again
        restored = 0 if void else min(due - taken - exempt, own.repaid)
        shortfall = due - taken - exempt - restored
        rule = self.policy.shortfall
        debt = state.debt + restored
        if void:
            outcome = ReversalOutcome.VOID
            why = f"card expired after {self.card.valid_until.isoformat()}; its points are void"
            if shortfall:
                why += f"; {shortfall} had been spent and are not recovered"
        elif shortfall == 0:
            outcome = ReversalOutcome.REVERSED
            why = f"took back {taken} points"
        elif rule is ShortfallRule.REFUSE:
            reason = (
                f"refused: the refund of {refunded} on purchase {ref!r} should take back {due} "
                f"points but only {taken} are left; nothing taken (shortfall policy: refuse)"
            )
            return self, Reversal(
                ref, on, refunded, due, 0, 0, shortfall, ReversalOutcome.REFUSED, reason
            )
        elif rule is ShortfallRule.DEBT:
            outcome = ReversalOutcome.DEBT
            debt += shortfall
            why = f"took back {taken} points; {shortfall} were spent and are owed as a debt"
        else:
            outcome = ReversalOutcome.WRITTEN_OFF
            why = f"took back {taken} points; {shortfall} were spent and are written off"
        if exempt:
            why += f"; {exempt} had already expired"
        if restored:
            why += f"; {restored} had repaid a debt, which is owed again"
        if due != bought.earned and refund_fen == bought.paid_fen:
            why += f" (the purchase itself earned {bought.earned}; the carried remainder moves)"
        reason = f"return of {refunded} on purchase {ref!r}: {due} points due; {why}"
        lots[index] = attrs.evolve(
            lots[index],
            refunded_fen=bought.refunded_fen + refund_fen,
            repaid=lots[index].repaid - restored,
            returned=refund_fen == left_fen,
        )
        new_spend = state.spend_fen - refund_fen
        entry = LedgerEntry(
            EntryKind.REVERSE,
            on,
            -taken,
            "R-VIP-05",
            reason,
            ref=ref,
            paid=refunded,
            carry=self._carry_of(new_spend),
            debt=debt,
        )
        ledger = attrs.evolve(
            self,
            _state=attrs.evolve(
                state,
                entries=(*state.entries, *expiries, entry),
                purchases=tuple(lots),
                spend_fen=new_spend,
                debt=debt,
                lifetime=state.lifetime - due,
                last_on=on,
            ),
        )
        return ledger, Reversal(
            ref, on, refunded, due, taken, exempt, shortfall, outcome, reason, restored
        )

    def expire(self, on: _dt.date) -> Ledger:
        """Record the expiry of every point whose last valid day is before ``on`` (R-VIP-10).

        By default points are valid until the card expires; ``points_validity_months``
        gives each purchase's points their own term (never beyond the card's).

        >>> from datetime import date
        >>> card = Card.issue("VIP-8", Holder("C8", "冯唐"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("500", date(2024, 1, 1), "S1").expire(date(2026, 1, 2))
        >>> [(e.kind.label, e.points, e.on.isoformat()) for e in led.entries]
        [('消费积分', 5, '2024-01-01'), ('积分过期', -5, '2026-01-02')]
        """
        require_date("on", on)
        self._check_order(on)
        expiries, purchases = self._expire_upto(on)
        state = self._state
        return attrs.evolve(
            self,
            _state=attrs.evolve(
                state, entries=(*state.entries, *expiries), purchases=purchases, last_on=on
            ),
        )

    def move_to(self, card: Card, on: _dt.date) -> Ledger:
        """The ledger of the card that replaces this one (R-VIP-12): the balance follows.

        ``card`` must be the replacement of this ledger's card (:meth:`Card.replace`), for
        the same holder (R-VIP-09).  A *renewed* card starts an empty ledger instead
        (R-VIP-10).

        >>> from datetime import date
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn("3250", date(2024, 2, 1), "S1")
        >>> moved = led.move_to(card.replace("VIP-1B", date(2024, 8, 1)), date(2024, 8, 1))
        >>> moved.card.number, moved.balance(date(2024, 8, 1)), moved.carry
        ('VIP-1B', 32, Decimal('50.00'))
        """
        if not isinstance(card, Card):
            raise InvalidType.for_argument("card", card, f"must be a Card, not a {type_name(card)}")
        require_date("on", on)
        self._check_order(on)
        if card.replaces != self.card.number:
            raise InvalidInput.for_argument(
                "card",
                card.number,
                f"does not replace card {self.card.number}; points of one card never move to "
                "another (R-VIP-08, R-VIP-10)",
            )
        if card.holder != self.card.holder:
            raise InvalidInput.for_argument(
                "card",
                card.number,
                "belongs to another holder; cards are not transferable (R-VIP-09)",
            )
        state = self._state
        expiries, purchases = self._expire_upto(on)
        balance = sum(p.points for p in purchases)
        entry = LedgerEntry(
            EntryKind.REPLACE,
            on,
            0,
            "R-VIP-12",
            f"card {self.card.number} reported lost or damaged and replaced by {card.number}; "
            f"the balance of {balance} points follows",
            carry=self.carry,
            debt=state.debt,
        )
        moved = attrs.evolve(
            state,
            card=card,
            entries=(*state.entries, *expiries, entry),
            purchases=purchases,
            last_on=on,
        )
        return Ledger(card, self.policy, _state=moved)

    def combine(self, other: Ledger) -> Ledger:
        """Always refused: the points of different cards are never added up (R-VIP-08)."""
        number = other.card.number if isinstance(other, Ledger) else other
        raise InvalidInput.for_argument(
            "other",
            number,
            f"points of card {self.card.number} cannot be combined with another card's; only "
            "the card's own points count (R-VIP-08)",
        )


_CASH = frozenset({"现金", "cash", "人民币", "rmb", "money", "refund", "退款"})


# --- pricing (R-VIP-03, R-VIP-04, R-VIP-06, R-VIP-07) ---------------------------------------


def _unit_price(argument: str, value: Any) -> Decimal:
    """A unit price in whole fen: it is multiplied by the quantity, so it is never rounded."""
    return yuan(value, argument=argument, non_negative=True, exact=True)


def _list_price(value: Any) -> Decimal:
    return _unit_price("list_price", value)


def _promotion_price(value: Any) -> Decimal | None:
    return None if value is None else _unit_price("promotion_price", value)


def _special_price(value: Any) -> Decimal | None:
    return None if value is None else _unit_price("special_price", value)


def _coupon(value: Any) -> Decimal | None:
    return None if value is None else yuan(value, argument="coupon", non_negative=True)


def _quantity(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_int("quantity", value, minimum=1)


def _name(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_str("name", value, nonempty=False)


@attrs.frozen
class Line:
    """A line of a basket: unit list price, quantity and its non-VIP benefit, if any.

    ``promotion_price`` (促销) and ``special_price`` (特价) are unit prices in whole fen (a
    sub-fen unit price is refused, not rounded: it is multiplied by the quantity);
    ``coupon`` is the amount a coupon or voucher (优惠券/卡) takes off this line.  custops
    applies one benefit per line (R-VIP-04); if your store stacks a coupon on a promotion,
    pass the combined unit price as ``promotion_price``.

    >>> Line("199", 2, promotion_price="179").list_amount
    Decimal('398.00')
    """

    list_price: Decimal = attrs.field(converter=_list_price)
    quantity: int = attrs.field(default=1, validator=_quantity)
    promotion_price: Decimal | None = attrs.field(
        default=None, converter=_promotion_price, kw_only=True
    )
    special_price: Decimal | None = attrs.field(
        default=None, converter=_special_price, kw_only=True
    )
    coupon: Decimal | None = attrs.field(default=None, converter=_coupon, kw_only=True)
    name: str = attrs.field(default="", kw_only=True, validator=_name)

    def __attrs_post_init__(self) -> None:
        if self.list_amount.adjusted() >= _MAX_AMOUNT_DIGITS:
            raise InvalidInput.for_argument(
                "quantity",
                self.quantity,
                f"with list_price {self.list_price} the line is too large to be an amount of money",
            )
        for field in ("promotion_price", "special_price"):
            price = getattr(self, field)
            if price is not None and price > self.list_price:
                raise InvalidInput.for_argument(
                    field, price, f"must not exceed list_price {self.list_price}"
                )

    @property
    def list_amount(self) -> Decimal:
        """List price × quantity."""
        return self.list_price * self.quantity


@attrs.frozen
class QuoteLine:
    """How one line was priced: the single benefit applied, why, and the exact amount.

    ``options`` lists every benefit that applied to the line with the amount it would
    have given; ``amount`` is rounded to the fen per line, ROUND_HALF_UP.
    """

    line: Line
    list_amount: Decimal
    amount: Decimal
    benefit: Benefit
    rate: Decimal | None
    options: tuple[tuple[Benefit, Decimal], ...]
    rule: str
    reason: str

    @property
    def saving(self) -> Decimal:
        """List amount less the amount paid."""
        return self.list_amount - self.amount


@attrs.frozen
class Quote:
    """The price of a basket: per-line benefits, total, and the points the payment earns.

    ``card`` is the check of the card presented (or ``NONE``); ``vip_benefit`` and
    ``vip_rate`` the card's best benefit today (or ``Benefit.NONE``/``None``);
    ``notes`` say what was not granted and why (birthday without ID, no ledger …).
    """

    lines: tuple[QuoteLine, ...]
    list_total: Decimal
    total: Decimal
    card: CardCheck
    vip_benefit: Benefit
    vip_rate: Decimal | None
    points: int
    notes: tuple[str, ...]
    rule: str = "R-VIP-04"

    @property
    def saving(self) -> Decimal:
        """List total less the total."""
        return self.list_total - self.total


_NO_CARD = CardCheck(CardStatus.NONE, "R-VIP-03", "no VIP card presented")


def _lines(lines: Any) -> tuple[Line, ...]:
    if isinstance(lines, Line):
        return (lines,)
    if isinstance(lines, (str, bytes)) or not isinstance(lines, Sequence):
        raise InvalidType.for_argument(
            "lines", lines, f"must be a sequence of Line, not a {type_name(lines)}"
        )
    if not lines:
        raise InvalidInput.for_argument("lines", lines, "must not be empty")
    for i, line in enumerate(lines):
        if not isinstance(line, Line):
            raise InvalidType.for_argument(
                f"lines[{i}]", line, f"must be a Line, not a {type_name(line)}"
            )
    return tuple(lines)


def _vip_rate(
    card: Card,
    on: _dt.date,
    id_verified: bool,
    ledger: Ledger | None,
    policy: VipPolicy,
    notes: list[str],
) -> tuple[Benefit, Decimal, str]:
    """The card's best benefit today: birthday (R-VIP-07), points tier (R-VIP-06) or base."""
    options: list[tuple[Decimal, int, Benefit, str]] = [
        (policy.base_rate, 2, Benefit.VIP_BASE, "R-VIP-03")
    ]
    if ledger is None:
        notes.append("no ledger given: the points tier was not checked (R-VIP-06)")
    else:
        points = ledger.tier_points(on)
        if points >= policy.tier_points:
            options.append((policy.tier_rate, 1, Benefit.POINTS_TIER, "R-VIP-06"))
        else:
            notes.append(f"{points} points < {policy.tier_points}: no points-tier rate (R-VIP-06)")
    birthday = card.holder.birthday
    if birthday is not None and is_birthday(birthday, on, policy):
        if id_verified or not policy.birthday_requires_id:
            options.append((policy.birthday_rate, 0, Benefit.BIRTHDAY, "R-VIP-07"))
        else:
            notes.append(
                "today is the holder's birthday but the original ID card was not verified: "
                "no birthday rate (R-VIP-07)"
            )
    rate, _, benefit, rule = min(options, key=lambda o: (o[0], o[1]))
    return benefit, rate, rule


def quote(
    lines: Sequence[Line] | Line,
    card: Card | None = None,
    *,
    on: _dt.date,
    id_verified: bool = False,
    ledger: Ledger | None = None,
    customer: Holder | str | None = None,
    coupon: Any = None,
    policy: VipPolicy | None = None,
) -> Quote:
    """Price ``lines`` on ``on`` for whoever presents ``card`` (R-VIP-03/04/06/07).

    The card's benefit is the best of the VIP rate (9折, R-VIP-03), the points-tier rate
    when the card's valid balance *before this purchase* reaches 30 points (8.5折,
    R-VIP-06; needs ``ledger``), and the birthday rate on the holder's birthday with the
    original ID card verified (6折, R-VIP-07).  Per line the VIP price is
    ``list price × quantity × rate`` rounded to the fen, ROUND_HALF_UP.

    The VIP benefit does not stack with a promotion, a special price or a coupon
    (R-VIP-04): by default each line gets the single benefit that is cheapest for the
    customer (a tie goes to the line's own benefit); with ``stacking=PROMOTION_WINS`` a
    line's own benefit always applies.  An order-level ``coupon`` is split over the lines
    in proportion to their list amounts (``custops.money.allocate``); a line that takes
    the VIP rate forgoes its share; a coupon larger than its line leaves the line free
    and the excess unused.

    ``customer`` identifies who presents the card; someone else's card, an expired card
    or a card not yet valid gives no VIP benefit, and the quote says so (R-VIP-09,
    R-VIP-10).  ``points`` is what the payment will earn on the card (R-VIP-05; with the
    ledger's carried remainder when ``ledger`` is given).

    >>> from datetime import date
    >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
    >>> q = quote(
    ...     [Line("199", 2), Line("100", promotion_price="80"), Line("50", coupon="2")],
    ...     card, on=date(2024, 3, 1),
    ... )
    >>> [(ql.benefit.label, ql.amount) for ql in q.lines]
    [('会员折扣', Decimal('358.20')), ('促销', Decimal('80.00')), ('会员折扣', Decimal('45.00'))]
    >>> q.total, q.points
    (Decimal('483.20'), 4)
    >>> quote([Line("100")], card, on=date(2024, 3, 1), customer="C2").card.status.label
    '非持卡人本人'
    """
    items = _lines(lines)
    require_date("on", on)
    require_bool("id_verified", id_verified)
    if card is not None and not isinstance(card, Card):
        raise InvalidType.for_argument("card", card, f"must be a Card, not a {type_name(card)}")
    if ledger is not None:
        if not isinstance(ledger, Ledger):
            raise InvalidType.for_argument(
                "ledger", ledger, f"must be a Ledger, not a {type_name(ledger)}"
            )
        if ledger.card != card:
            raise InvalidInput.for_argument(
                "ledger",
                ledger.card.number,
                "is not the ledger of the card presented; only that card's own points count "
                "(R-VIP-08)",
            )
        if policy is not None and policy != ledger.policy:
            raise InvalidInput.for_argument(
                "policy", policy, "differs from the policy of the ledger given"
            )
    rule_policy = ledger.policy if ledger is not None and policy is None else _policy(policy)
    notes: list[str] = []
    _customer_id(customer, "customer")
    check = _NO_CARD if card is None else card.check(on, customer)
    vip: tuple[Benefit, Decimal, str] | None = None
    if check.valid:
        assert card is not None
        vip = _vip_rate(card, on, id_verified, ledger, rule_policy, notes)
    elif card is not None:
        notes.append(f"no VIP benefit: {check.reason} ({check.rule})")

    shares: tuple[Decimal, ...] = tuple(_ZERO for _ in items)
    if coupon is not None:
        order_coupon = yuan(coupon, argument="coupon", non_negative=True)
        weights = [line.list_amount for line in items]
        if order_coupon and not any(weights):
            raise InvalidInput.for_argument("coupon", coupon, "cannot apply to a free basket")
        if order_coupon:
            shares = allocate(order_coupon, weights)

    priced = tuple(
        _price_line(line, share, vip, rule_policy)
        for line, share in zip(items, shares, strict=True)
    )
    total = yuan(sum((p.amount for p in priced), _ZERO))
    list_total = yuan(sum((line.list_amount for line in items), _ZERO))
    points = 0
    if check.valid:
        paid_fen = to_fen(total)
        if ledger is not None:
            points = ledger._gross(paid_fen)
        else:
            points = paid_fen // rule_policy.fen_per_point
    return Quote(
        lines=priced,
        list_total=list_total,
        total=total,
        card=check,
        vip_benefit=vip[0] if vip else Benefit.NONE,
        vip_rate=vip[1] if vip else None,
        points=points,
        notes=tuple(notes),
    )


def _price_line(
    line: Line,
    share: Decimal,
    vip: tuple[Benefit, Decimal, str] | None,
    policy: VipPolicy,
) -> QuoteLine:
    """Price one line with its best single benefit (R-VIP-04)."""
    list_amount = line.list_amount
    own: list[tuple[Benefit, Decimal]] = []
    if line.promotion_price is not None:
        own.append((Benefit.PROMOTION, line.promotion_price * line.quantity))
    if line.special_price is not None:
        own.append((Benefit.SPECIAL_PRICE, line.special_price * line.quantity))
    line_coupon = (line.coupon or _ZERO) + share
    if line_coupon:
        own.append((Benefit.COUPON, max(_ZERO, list_amount - line_coupon)))
    options = list(own)
    vip_amount: Decimal | None = None
    if vip is not None:
        vip_amount = yuan(list_amount * vip[1])
        options.append((vip[0], vip_amount))
    if not options:
        return QuoteLine(
            line,
            list_amount,
            list_amount,
            Benefit.NONE,
            None,
            (),
            "R-VIP-04",
            "no benefit applies: list price",
        )
    if policy.stacking is StackingRule.PROMOTION_WINS and own:
        benefit, amount = min(own, key=lambda o: o[1])
        why = "the line's own benefit applies (policy: promotions always win)"
    else:
        benefit, amount = min(options, key=lambda o: o[1])  # first of equals: own benefit
        others = [f"{b.label} {a}" for b, a in options if b is not benefit]
        why = "best single benefit" + (f" (vs {', '.join(others)})" if others else "")
    is_vip = benefit.is_vip
    if is_vip:
        assert vip is not None
        rate: Decimal | None = vip[1]
        label = f"{benefit.label} {_zhe(vip[1])}: {list_amount} × {vip[1]} = {amount} (half up)"
        rule = vip[2]
    else:
        rate = None
        label = f"{benefit.label}: {amount}"
        rule = "R-VIP-04"
    if vip is not None and not is_vip:
        label += "; VIP rate not combined (R-VIP-04)"
    elif own and is_vip:
        label += f"; the line's {'/'.join(b.label for b, _ in own)} not combined (R-VIP-04)"
    return QuoteLine(
        line, list_amount, amount, benefit, rate, tuple(options), rule, f"{label}; {why}"
    )


# --- registration forms (R-VIP-11, R-SLA-16) ------------------------------------------------

_MONTH = re.compile(r"\s*(\d{4})\s*[-/年.]\s*(\d{1,2})\s*月?\s*")


def registration_report_due(month: _dt.date | str, policy: VipPolicy | None = None) -> _dt.date:
    """The day the month's registration forms must be mailed: the 2nd of the next month.

    R-VIP-11, R-SLA-16: 《门店vip资料登记表》每月汇总一次, 于次月2日寄回营运部.
    ``month`` is any day of the month, or ``"2024-12"`` / ``"2024年12月"``.  The day is a
    calendar day (the seed names a date, not a working day).

    >>> from datetime import date
    >>> registration_report_due(date(2024, 12, 17))
    datetime.date(2025, 1, 2)
    >>> registration_report_due("2024年2月")
    datetime.date(2024, 3, 2)
    """
    rule = _policy(policy)
    if isinstance(month, str):
        match = _MONTH.fullmatch(month)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise InvalidInput.for_argument("month", month, "is not a month such as '2024-12'")
        year = int(match.group(1))
        if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
            raise InvalidInput.for_argument("month", month, "is outside the calendar")
        first = _dt.date(year, int(match.group(2)), 1)
    else:
        first = require_date("month", month).replace(day=1)
    return _add_months(first, 1, "month").replace(day=rule.report_day)
