"""The numbers and choices of D7 (:class:`VipPolicy`) and the enumerations they use.

Every number of the seed is a field of :class:`VipPolicy` with the seed's value as its
default; the rest of :mod:`custops.vip` holds none of them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
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
    type_name,
)
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.money import to_fen, yuan

__all__ = ["Feb29Rule", "RemainderRule", "ShortfallRule", "StackingRule", "TierBasis", "VipPolicy"]

E = TypeVar("E", bound=LabelledEnum)
T = TypeVar("T")
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
    """Which points count toward the points tier (R-VIP-06): the seed's 累计积分 (D7
    vip顾客权限 3) are the points the card holds (兑奖后积分会相应扣除, and they lapse after
    分数有效期), :attr:`CURRENT_BALANCE`; lifetime earnings are an option, 累计获得积分.

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
_INTS = {  # the whole-number fields: (minimum, maximum)
    "window_months": (1, _MONTHS),
    "tier_points": (0, None),
    "card_validity_months": (1, _MONTHS),
    "points_validity_months": (1, _MONTHS),
    "report_day": (1, 28),
}


@attrs.frozen
class VipPolicy:
    """Every number and choice of D7, with the seed's values as defaults (docs/vip.md).

    * R-VIP-01: ``single_purchase_threshold`` 1000 (一次性购物满1000元, 实付),
      ``cumulative_threshold`` 2000 within ``window_months`` 6 (半年内累计购物满2000元);
      ``single_purchase_in_window`` ``True`` applies the half year to the single
      purchase too (the text sets it no window);
    * R-VIP-03 ``base_rate`` 0.90 (9折); R-VIP-04 ``stacking``: the best single benefit
      per line;
    * R-VIP-05: 1 point per ``yuan_per_point`` 100 paid (每消费100元), the ``remainder``
      carried to the next purchase;
    * R-VIP-06: ``tier_rate`` 0.85 (8.5折) from ``tier_points`` 30 (累计积分满30分), counted
      by ``tier_basis`` (the valid points held, or lifetime);
    * R-VIP-07: ``birthday_rate`` 0.60 (生日6折), ``birthday_requires_id`` (凭身份证原件);
      ``feb29``: when a 29 February birthday is honoured in a common year;
    * R-VIP-10: ``card_validity_months`` 24 (持卡有效期为二年); ``points_validity_months``
      ``None``: points are valid until the card expires;
    * ``shortfall``: a return whose points were spent records a debt;
    * R-VIP-11: ``report_day`` 2 (次月2日).

    Rates are ``Decimal`` (or ``str``/``int``, never ``float``) in (0, 1]; a tier or
    birthday rate worse than the base rate, or a threshold that is not positive, is a
    :class:`~custops.errors.PolicyError`.

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
        worse = f"must not be worse than base_rate {self.base_rate} (it replaces it)"
        for name in ("tier_rate", "birthday_rate"):
            if getattr(self, name) > self.base_rate:
                raise PolicyError.for_argument(name, getattr(self, name), worse)
        for name in ("single_purchase_threshold", "cumulative_threshold"):
            if getattr(self, name) <= 0:
                raise PolicyError.for_argument(name, getattr(self, name), "must be positive")
        try:
            per_point = yuan(self.yuan_per_point, argument="yuan_per_point", exact=True)
        except InvalidInput:
            per_point = Decimal(0)
        if per_point <= 0:
            problem = "must be a positive whole number of fen"
            raise PolicyError.for_argument("yuan_per_point", self.yuan_per_point, problem)
        for name in ("single_purchase_in_window", "birthday_requires_id"):
            require_bool(name, getattr(self, name))
        try:
            for name, (low, high) in _INTS.items():
                value = getattr(self, name)
                if value is not None or name != "points_validity_months":  # None: the card's
                    require_int(name, value, minimum=low, maximum=high)
        except InvalidInput as exc:
            raise PolicyError(exc.message, argument=exc.argument, value=exc.value) from None

    @property
    def fen_per_point(self) -> int:
        """The spend that earns one point, in fen (10000 by default)."""
        return to_fen(self.yuan_per_point)


def optional(check: Callable[[str, Any], Any]) -> Any:
    """An attrs converter: ``None``, or the value checked by ``check(name, value)``."""
    return field_converter(lambda name, value: None if value is None else check(name, value))


def money(argument: str, value: Any) -> Decimal:
    """A non-negative amount of money, to the fen (:func:`custops.money.yuan`)."""
    return yuan(value, argument=argument, non_negative=True)


def items_of(argument: str, value: Any, kind: type[T], *, sequence: bool = False) -> tuple[T, ...]:
    """``value``, an iterable (a sequence if asked) but not a ``str``, as a tuple of
    ``kind``, each item checked as ``argument[i]``."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence if sequence else Iterable):
        many = "a sequence" if sequence else "an iterable"
        problem = f"must be {many} of {kind.__name__}, not a {type_name(value)}"
        raise InvalidType.for_argument(argument, value, problem)
    items, what = tuple(value), f"a {kind.__name__}"
    for i, item in enumerate(items):
        require_type(f"{argument}[{i}]", item, kind, what)
    return items


def vip_policy(policy: VipPolicy | None) -> VipPolicy:
    """``policy``, or the seed's defaults for ``None``."""
    return policy_or_default(policy, VipPolicy)


def add_months(day: _dt.date, months: int, argument: str) -> _dt.date:
    """The corresponding day ``months`` (may be negative) later, or that month's last day
    (Civil Code art. 202); a result outside years 1–9999 is
    :class:`~custops.errors.InvalidInput` naming ``argument``."""
    try:
        result: _dt.date = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        raise InvalidInput.for_argument(
            argument, day, f"{months:+d} months falls outside the calendar (years 1-9999)"
        ) from None
    return result


def instance_of(kind: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator raising :class:`InvalidType` that names the field."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        require_type(attribute.alias or attribute.name, value, kind, f"a {kind.__name__}")

    return check
