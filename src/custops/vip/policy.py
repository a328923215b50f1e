"""The numbers and choices of D7 (:class:`VipPolicy`) and the enumerations they use.

Every number of the seed is a field of :class:`VipPolicy` with the seed's value as its
default; the rest of :mod:`custops.vip` holds none of them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from dateutil.relativedelta import relativedelta

from custops._validate import (
    field_converter,
    policy_or_default,
    require_bool,
    require_int,
    require_number,
    require_type,
)
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, PolicyError
from custops.money import to_fen, yuan

__all__ = [
    "Feb29Rule",
    "RemainderRule",
    "ShortfallRule",
    "StackingRule",
    "TierBasis",
    "VipPolicy",
]

E = TypeVar("E", bound=LabelledEnum)
ZERO = yuan(0)


class StackingRule(LabelledEnum):
    """How the VIP discount meets a line's other benefits (R-VIP-04)."""

    BEST_FOR_CUSTOMER = ("best_for_customer", "择优", "best for customer", "best")
    PROMOTION_WINS = ("promotion_wins", "促销优先", "promotion wins", "promotions win")


class RemainderRule(LabelledEnum):
    """What happens to the spend below one point (R-VIP-05)."""

    CARRY = ("carry", "余额结转", "carries", "结转")
    TRUNCATE = ("truncate", "每次舍去", "per purchase", "舍去")


class Feb29Rule(LabelledEnum):
    """When a 29 February birthday is honoured in a common year (R-VIP-07)."""

    FEB_28 = ("feb_28", "2月28日", "feb 28", "february 28", "28 feb")
    MAR_1 = ("mar_1", "3月1日", "mar 1", "march 1", "1 mar")


class TierBasis(LabelledEnum):
    """Which points count toward the points tier (R-VIP-06).

    The seed's 累计积分 (D7 vip顾客权限 3) is the card's points as they stand: points
    accumulate with each purchase, 兑奖后积分会相应扣除 and lapse after 分数有效期, so
    "累计积分" reads as :attr:`CURRENT_BALANCE` (the default).  Lifetime earnings are a
    policy option with their own label, 累计获得积分.

    >>> TierBasis.parse("累计积分") is TierBasis.CURRENT_BALANCE
    True
    """

    CURRENT_BALANCE = ("current_balance", "当前有效积分", "balance", "累计积分", "有效积分")
    LIFETIME_EARNED = ("lifetime_earned", "累计获得积分", "lifetime", "历史累计积分")


class ShortfallRule(LabelledEnum):
    """What a return does when the points it should take back were already spent."""

    DEBT = ("debt", "记欠分", "record a debt")
    WRITE_OFF = ("write_off", "核销", "write-off", "forgive")
    REFUSE = ("refuse", "拒绝扣回", "refused")


def enum_field(cls: type[E]) -> Any:
    """An attrs converter reading a member of ``cls`` from any spelling, naming the field."""
    return field_converter(lambda name, value: cls.parse(value, argument=name))


_NUMBER = field_converter(require_number)


_MONTHS = 12 * 9999  # no term longer than the calendar
_RATES = ("base_rate", "tier_rate", "birthday_rate")


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
    tier_basis                    balance    R-VIP-06 累计积分 = the valid points held (or lifetime)
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
    <StackingRule.PROMOTION_WINS: 'promotion_wins'>
    >>> VipPolicy(base_rate="1.2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: base_rate: a rate must lie in (0, 1] (got Decimal('1.2'))
    """

    single_purchase_threshold: Decimal = attrs.field(default=Decimal("1000"), converter=_NUMBER)  # type: ignore[misc]
    cumulative_threshold: Decimal = attrs.field(default=Decimal("2000"), converter=_NUMBER)  # type: ignore[misc]
    window_months: int = 6
    single_purchase_in_window: bool = False
    base_rate: Decimal = attrs.field(default=Decimal("0.90"), converter=_NUMBER)  # type: ignore[misc]
    tier_points: int = 30
    tier_rate: Decimal = attrs.field(default=Decimal("0.85"), converter=_NUMBER)  # type: ignore[misc]
    tier_basis: TierBasis = attrs.field(
        default=TierBasis.CURRENT_BALANCE,
        converter=enum_field(TierBasis),  # type: ignore[misc]
    )
    birthday_rate: Decimal = attrs.field(default=Decimal("0.60"), converter=_NUMBER)  # type: ignore[misc]
    birthday_requires_id: bool = True
    feb29: Feb29Rule = attrs.field(default=Feb29Rule.FEB_28, converter=enum_field(Feb29Rule))  # type: ignore[misc]
    stacking: StackingRule = attrs.field(
        default=StackingRule.BEST_FOR_CUSTOMER,
        converter=enum_field(StackingRule),  # type: ignore[misc]
    )
    yuan_per_point: Decimal = attrs.field(default=Decimal("100"), converter=_NUMBER)  # type: ignore[misc]
    remainder: RemainderRule = attrs.field(
        default=RemainderRule.CARRY,
        converter=enum_field(RemainderRule),  # type: ignore[misc]
    )
    card_validity_months: int = 24
    points_validity_months: int | None = None
    shortfall: ShortfallRule = attrs.field(
        default=ShortfallRule.DEBT,
        converter=enum_field(ShortfallRule),  # type: ignore[misc]
    )
    report_day: int = 2

    def __attrs_post_init__(self) -> None:
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
        for name in ("single_purchase_in_window", "birthday_requires_id"):
            require_bool(name, getattr(self, name))
        try:
            require_int("window_months", self.window_months, minimum=1, maximum=_MONTHS)
            require_int("tier_points", self.tier_points, minimum=0)
            require_int(
                "card_validity_months", self.card_validity_months, minimum=1, maximum=_MONTHS
            )
            if self.points_validity_months is not None:
                require_int(
                    "points_validity_months",
                    self.points_validity_months,
                    minimum=1,
                    maximum=_MONTHS,
                )
            require_int("report_day", self.report_day, minimum=1, maximum=28)
        except InvalidInput as exc:
            raise PolicyError(exc.message, argument=exc.argument, value=exc.value) from None

    @property
    def fen_per_point(self) -> int:
        """The spend that earns one point, in fen (10000 by default)."""
        return to_fen(self.yuan_per_point)


def optional(check: Callable[[str, Any], Any]) -> Any:
    """An attrs converter: ``None``, or the value checked by ``check(name, value)`` (internal)."""
    return field_converter(lambda name, value: None if value is None else check(name, value))


def vip_policy(policy: VipPolicy | None) -> VipPolicy:
    """``policy``, or the seed's defaults for ``None`` (internal)."""
    return policy_or_default(policy, VipPolicy)


def add_months(day: _dt.date, months: int, argument: str) -> _dt.date:
    """The corresponding day ``months`` later, or that month's last day (Civil Code art. 202).

    ``months`` may be negative.  A result outside the calendar (years 1–9999) raises
    :class:`~custops.errors.InvalidInput` naming ``argument``.  The one home of month
    arithmetic in :mod:`custops.vip`.
    """
    try:
        result: _dt.date = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        raise InvalidInput.for_argument(
            argument, day, f"{months:+d} months falls outside the calendar (years 1-9999)"
        ) from None
    return result


def instance_of(kind: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator raising :class:`InvalidType` that names the field (internal)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        require_type(attribute.alias or attribute.name, value, kind, f"a {kind.__name__}")

    return check
