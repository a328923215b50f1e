"""Who qualifies for a VIP card (R-VIP-01, R-VIP-02): :func:`qualification`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from custops._validate import field_converter, require_date, require_str, type_name
from custops.decisions import Decision
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType
from custops.money import yuan
from custops.vip.policy import ZERO, VipPolicy, add_months, vip_policy

__all__ = ["Purchase", "Qualification", "QualifyBasis", "qualification", "qualification_window"]


class QualifyBasis(LabelledEnum):
    """Which clause of R-VIP-01 qualified the customer."""

    SINGLE = ("single", "一次性购物满额", "single purchase")
    CUMULATIVE = ("cumulative", "半年内累计满额", "within window")
    NOT_QUALIFIED = ("not_qualified", "未达标准", "none")


def _money(argument: str, value: Any) -> Decimal:
    return yuan(value, argument=argument, non_negative=True)


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

    on: _dt.date = attrs.field(converter=field_converter(require_date))  # type: ignore[misc]
    paid: Decimal = attrs.field(converter=field_converter(_money))  # type: ignore[misc]
    ref: str | None = attrs.field(default=None, validator=_optional_str)
    refunded: Decimal = attrs.field(default=ZERO, converter=field_converter(_money), kw_only=True)  # type: ignore[misc]

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
class Qualification(Decision):
    """Whether a customer qualifies for a VIP card on ``on``, and why (R-VIP-01).

    A :class:`~custops.decisions.Decision`: ``allowed`` is the answer, ``bool(q)`` too,
    ``q.require()`` raises :class:`~custops.errors.Refused` when the customer does not
    qualify.  ``counted`` are the purchases that counted: the qualifying single purchase,
    or the purchases inside the window.  ``amount`` is what they add up to,
    ``window_total`` the net spend inside the window ``[window_starts_on, on]``, and
    ``needed`` how much one more purchase today must be to qualify (``0.00`` when
    qualified).
    """

    basis: QualifyBasis
    on: _dt.date
    window_starts_on: _dt.date
    counted: tuple[Purchase, ...]
    amount: Decimal
    window_total: Decimal
    needed: Decimal


def qualification_window(
    *, on: _dt.date, policy: VipPolicy | None = None
) -> tuple[_dt.date, _dt.date]:
    """The first and last day of the half year that ends on ``on`` (R-VIP-01), inclusive.

    One reading of 半年内 (D7 vip资格申请条件, issue 17): a purchase made on day *s*
    counts "within half a year" up to and including *s* + 6 months — the corresponding
    day, or the last day of the month when there is none (Civil Code arts. 201–202: the
    day of the purchase is not counted, the period ends on the corresponding day; art.
    1259: 以内 includes the bound itself).  So the window on ``on`` starts at the
    earliest *s* whose half year still reaches ``on``:

    >>> from datetime import date
    >>> qualification_window(on=date(2024, 7, 15))
    (datetime.date(2024, 1, 15), datetime.date(2024, 7, 15))
    >>> qualification_window(on=date(2025, 2, 28))   # 2024-08-28 + 6 months = 2025-02-28
    (datetime.date(2024, 8, 28), datetime.date(2025, 2, 28))
    >>> qualification_window(on=date(2024, 8, 31))   # 2024-02-29 + 6 months = 2024-08-29
    (datetime.date(2024, 3, 1), datetime.date(2024, 8, 31))
    """
    require_date("on", on)
    months = vip_policy(policy).window_months
    start = add_months(on, -months, "on")
    if start + relativedelta(months=months) < on:  # a shorter month: its last day + 1
        start += _dt.timedelta(days=1)
    return start, on


def _purchases(purchases: Any) -> tuple[Purchase, ...]:
    if isinstance(purchases, (str, bytes)) or not isinstance(purchases, Iterable):
        raise InvalidType.for_argument(
            "purchases", purchases, f"must be an iterable of Purchase, not a {type_name(purchases)}"
        )
    items = tuple(purchases)
    for i, item in enumerate(items):
        if not isinstance(item, Purchase):
            raise InvalidType.for_argument(
                f"purchases[{i}]", item, f"must be a Purchase, not a {type_name(item)}"
            )
    return items


def qualification(
    purchases: Iterable[Purchase], *, on: _dt.date, policy: VipPolicy | None = None
) -> Qualification:
    """Whether the purchases up to ``on`` qualify for a VIP card (R-VIP-01, R-VIP-02).

    One purchase of at least ``single_purchase_threshold`` (1000) paid, or at least
    ``cumulative_threshold`` (2000) paid within the half year ending on ``on`` (see
    :func:`qualification_window`).  Only the amount actually paid and not refunded counts
    (:attr:`Purchase.net`); purchases after ``on`` are not looked at.  When both clauses
    hold, the single purchase is reported.

    >>> from datetime import date
    >>> q = qualification([Purchase(date(2024, 1, 5), "1000")], on=date(2024, 1, 5))
    >>> q.allowed, q.basis.label, q.rule
    (True, '一次性购物满额', 'R-VIP-01')
    >>> q = qualification(
    ...     [Purchase(date(2024, 1, 5), "900"), Purchase(date(2024, 5, 1), "800")],
    ...     on=date(2024, 5, 1),
    ... )
    >>> bool(q), q.window_total, q.needed
    (False, Decimal('1700.00'), Decimal('300.00'))
    >>> print(q.reason)
    largest purchase 900.00 < 1000.00 and 1700.00 paid in 2023-11-01 … 2024-05-01 < 2000.00;
    300.00 more needed
    """
    rules = vip_policy(policy)
    require_date("on", on)
    items = _purchases(purchases)
    start, _ = qualification_window(on=on, policy=rules)
    past = [p for p in items if p.on <= on and p.net > 0]
    in_window = tuple(p for p in past if p.on >= start)
    window_total = yuan(sum((p.net for p in in_window), ZERO))
    candidates = in_window if rules.single_purchase_in_window else tuple(past)
    single_t = yuan(rules.single_purchase_threshold)
    cumulative_t = yuan(rules.cumulative_threshold)
    best = max(candidates, key=lambda p: (p.net, p.on), default=None)
    span = f"{start.isoformat()} … {on.isoformat()}"

    def verdict(
        basis: QualifyBasis, counted: tuple[Purchase, ...], needed: Decimal, reason: str
    ) -> Qualification:
        amount = counted[0].net if basis is QualifyBasis.SINGLE else window_total
        allowed = basis is not QualifyBasis.NOT_QUALIFIED
        return Qualification(
            allowed, "R-VIP-01", reason, basis, on, start, counted, amount, window_total, needed
        )

    if best is not None and best.net >= single_t:
        why = f"one purchase of {best.net} paid on {best.on.isoformat()} ≥ {single_t}"
        return verdict(QualifyBasis.SINGLE, (best,), ZERO, why)
    if window_total >= cumulative_t:
        why = f"{window_total} paid in {span} ≥ {cumulative_t}"
        return verdict(QualifyBasis.CUMULATIVE, in_window, ZERO, why)
    needed = yuan(min(single_t, cumulative_t - window_total))
    largest = best.net if best is not None else ZERO
    why = (
        f"largest purchase {largest} < {single_t} and {window_total} "
        f"paid in {span} < {cumulative_t}; {needed} more needed"
    )
    return verdict(QualifyBasis.NOT_QUALIFIED, in_window, needed, why)
