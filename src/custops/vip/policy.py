"""The numbers and choices of D7 (:class:`VipPolicy`, which the rest of :mod:`custops.vip`
holds none of), the enumerations they use, and the package's helpers."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, TypeVar

import attrs

from custops._dates import MAX_MONTHS
from custops._enums import enum_field
from custops._validate import (
    BOOL,
    POLICY_INT,
    SHARE,
    optional_check,
    policy_converter,
    policy_field,
    require_int,
    within,
)
from custops.enums import LabelledEnum
from custops.errors import PolicyError
from custops.money import require_positive_money, to_fen

__all__ = ["Feb29Rule", "RemainderRule", "ShortfallRule", "StackingRule", "TierBasis", "VipPolicy"]

T = TypeVar("T")


class StackingRule(LabelledEnum):
    """How the VIP discount meets a line's other benefits (R-VIP-04, 不能与其它促销、特价商品及
    优惠券(卡)同时受惠): :attr:`BEST_FOR_CUSTOMER` gives each line the single benefit cheapest
    for the customer; :attr:`PROMOTION_WINS` gives a line on promotion (促销) or at a special
    price (特价商品) that price, even when the VIP rate would be cheaper, while a coupon
    (优惠券(卡), the line's or its share of an order coupon) is neither and is weighed
    against the VIP rate as by default."""

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


_MONTHS = partial(require_int, low=1, high=MAX_MONTHS)  # a span of whole months, >= 1
if TYPE_CHECKING:

    def _POLICY_MONTHS(value: int) -> int: ...  # noqa: N802
    def _TIER_BASIS(value: TierBasis | str) -> TierBasis: ...  # noqa: N802
    def _STACK(value: StackingRule | str) -> StackingRule: ...  # noqa: N802
    def _REMAINDER(value: RemainderRule | str) -> RemainderRule: ...  # noqa: N802
    def _SHORTFALL(value: ShortfallRule | str) -> ShortfallRule: ...  # noqa: N802

else:
    _POLICY_MONTHS = policy_field(_MONTHS, takes="int")
    _TIER_BASIS = enum_field(TierBasis)
    _STACK = enum_field(StackingRule)
    _REMAINDER = enum_field(RemainderRule)
    _SHORTFALL = enum_field(ShortfallRule)

_RATES = ("base_rate", "tier_rate", "birthday_rate")


#: a threshold or the spend per point: PolicyError when it is no amount or 0 (shown as given)
if TYPE_CHECKING:

    def _AMOUNT(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def _REPORT_DAY(value: int) -> int: ...  # noqa: N802
    def _OPTIONAL_MONTHS(value: int | None) -> int | None: ...  # noqa: N802
    def _FEB29(value: Feb29Rule | str) -> Feb29Rule: ...  # noqa: N802

else:
    _AMOUNT = policy_field(require_positive_money, takes="Decimal | int | str")
    _REPORT_DAY = policy_field(partial(require_int, low=1, high=28), takes="int")
    _OPTIONAL_MONTHS = policy_field(optional_check(_MONTHS), takes="int | None")
    _FEB29 = enum_field(Feb29Rule)


@attrs.frozen(kw_only=True)
class VipPolicy:
    """Every number and choice of D7, with the seed's values as defaults (table: docs/vip.md).

    R-VIP-01 ``single_purchase_threshold`` (一次性购物满1000元, 实付), ``cumulative_threshold``
    and ``window_months`` (半年内累计购物满2000元), ``single_purchase_in_window``; R-VIP-03
    ``base_rate`` (9折); R-VIP-04 ``stacking``; R-VIP-05 ``yuan_per_point`` (每消费100元),
    ``remainder``; R-VIP-06 ``tier_threshold_points`` (累计积分满30分), ``tier_rate`` (8.5折),
    ``tier_basis``; R-VIP-07 ``birthday_rate`` (生日6折), ``birthday_requires_id``
    (凭身份证原件), ``feb29``; R-VIP-10 ``card_validity_months`` (持卡有效期为二年),
    ``points_validity_months`` (``None``: until the card expires); returns ``shortfall_rule``;
    R-VIP-11 and R-SLA-16 ``report_day`` (次月2日).  Rates are ``Decimal`` (or ``str``/``int``,
    never ``float``) in (0, 1], no worse than ``base_rate``; the thresholds and ``yuan_per_point``
    are amounts of money, whole fen and more than 0 (read as :func:`~custops.money.yuan`
    reads them, ``"¥2,000"`` included); a bad value is a :class:`~custops.errors.PolicyError`.

    >>> VipPolicy(base_rate="0.95", stacking="促销优先").stacking
    <StackingRule.PROMOTION_WINS: 'promotion_wins'>
    >>> VipPolicy(base_rate="1.2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: base_rate: must lie in (0, 1] (got '1.2')
    >>> VipPolicy(cumulative_threshold="¥2,000").cumulative_threshold
    Decimal('2000.00')
    """

    single_purchase_threshold: Decimal = attrs.field(default=Decimal("1000"), converter=_AMOUNT)
    cumulative_threshold: Decimal = attrs.field(default=Decimal("2000"), converter=_AMOUNT)
    window_months: int = attrs.field(default=6, converter=_POLICY_MONTHS)
    single_purchase_in_window: bool = attrs.field(default=False, converter=BOOL)
    base_rate: Decimal = attrs.field(default=Decimal("0.90"), converter=SHARE)
    tier_threshold_points: int = attrs.field(default=30, converter=POLICY_INT)
    tier_rate: Decimal = attrs.field(default=Decimal("0.85"), converter=SHARE)
    tier_basis: TierBasis = attrs.field(default=TierBasis.CURRENT_BALANCE, converter=_TIER_BASIS)
    birthday_rate: Decimal = attrs.field(default=Decimal("0.60"), converter=SHARE)
    birthday_requires_id: bool = attrs.field(default=True, converter=BOOL)
    feb29: Feb29Rule = attrs.field(default=Feb29Rule.FEB_28, converter=_FEB29)
    stacking: StackingRule = attrs.field(default=StackingRule.BEST_FOR_CUSTOMER, converter=_STACK)
    yuan_per_point: Decimal = attrs.field(default=Decimal("100"), converter=_AMOUNT)
    remainder: RemainderRule = attrs.field(default=RemainderRule.CARRY, converter=_REMAINDER)
    card_validity_months: int = attrs.field(default=24, converter=_POLICY_MONTHS)
    points_validity_months: int | None = attrs.field(  # None: until the card expires
        default=None,
        converter=_OPTIONAL_MONTHS,
    )
    shortfall_rule: ShortfallRule = attrs.field(default=ShortfallRule.DEBT, converter=_SHORTFALL)
    report_day: int = attrs.field(
        default=2,
        converter=_REPORT_DAY,
    )

    def __attrs_post_init__(self) -> None:
        worse = f"must not be worse than base_rate {self.base_rate} (it replaces it)"
        for name in _RATES:
            rate = getattr(self, name)
            within(name, rate, rate, high=self.base_rate, error=PolicyError, problem=worse)

    @property
    def fen_per_point(self) -> int:
        """The spend that earns one point, in fen (10000 by default)."""
        return to_fen(self.yuan_per_point)


#: The converter of a field holding a :class:`VipPolicy` (``None``: the default policy).
if TYPE_CHECKING:

    def VIP_POLICY(value: VipPolicy | None) -> VipPolicy: ...  # noqa: N802

else:
    VIP_POLICY = policy_converter(VipPolicy)
