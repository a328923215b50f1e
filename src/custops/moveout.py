"""A tenant's move-out (D6 客户迁出管理; docs/moveout.md): :class:`MoveOutCase` goes through
the steps of R-MOV-01 1 and R-MOV-02 (D6 三 1 and 四); :func:`can_leave` names every condition
of R-MOV-01 still unmet.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from custops._enums import enum_field, members_field, parse_members
from custops._text import amount_text, examples
from custops._validate import (
    ANY_TEXT,
    BOOL,
    DATE,
    NAME,
    OPTIONAL_DATE,
    OPTIONAL_NAME,
    field_converter,
    fitted_call,
    instance_check,
    optional_check,
    optional_text,
    policy_converter,
    policy_field,
    policy_or_default,
    require_bool,
    require_date,
    require_id,
    require_int,
    require_items,
    require_name,
    require_type,
    type_validator,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import (
    RULE_ID,
    W_,
    Decision,
    Explained,
    Fact,
    Wording,
    check_said,
    kept_wording,
    worded_clauses,
)
from custops.enums import LabelledEnum
from custops.errors import IllegalTransition, InvalidInput, PolicyError
from custops.i18n import N_, _, ngettext, worded_in_english
from custops.money import MONEY, POSITIVE_MONEY, ZERO, MoneyInput, difference, require_money, total
from custops.periods import Deadline, Period, deadline, period_check

__all__ = [
    "Charge",
    "Damage",
    "Inspection",
    "LeaveDecision",
    "LostItems",
    "MoveOutCase",
    "MoveOutEvent",
    "MoveOutPolicy",
    "MoveOutStep",
    "PropertyDepartment",
    "RoomCondition",
    "Settlement",
    "can_leave",
    "notice_given",
    "settle",
]


class MoveOutStep(LabelledEnum):
    """The steps of the move-out flow, in order (D6 三 1 and 四; R-MOV-01, R-MOV-02).

    >>> MoveOutStep.parse("书面迁出通知").value
    'leasing_notice'
    """

    APPLICATION = ("application", "向租售部申请退租", "提交迁出申请", "迁出申请", "申请")
    LEASING_NOTICE = ("leasing_notice", "租售部书面通知客服部", "书面迁出通知", "书面通知")
    PASS_RETURNED = ("pass_returned", "退证")
    INSPECTION = ("inspection", "验房")
    SETTLEMENT = ("settlement", "结算")
    NOTIFICATION = ("notification", "知会相关各部门", "notified")


@worded_in_english
class RoomCondition(LabelledEnum):
    """The conditions of a completed move-out (D6 三, R-MOV-01).

    >>> RoomCondition.parse("departments notified").label
    '已知会相关各部门'
    """

    APPLIED = ("applied", "已申请退租")
    LEASING_NOTICE = ("leasing_notice", "租售部已书面通知客服部")
    PASS_AND_KEYS_RETURNED = ("pass_and_keys_returned", "出入证、单元钥匙如数交回")
    NO_ARREARS = ("no_arrears", "无拖欠费用")
    UNIT_RESTORED = ("unit_restored", "房态已按要求恢复")
    NO_DAMAGE = ("no_damage", "房内无设施破损")
    PARKING_RELEASED = ("parking_released", "车位已退租")
    SIGNED_OFF = ("signed_off", "各部门已签字确认")
    DEPARTMENTS_NOTIFIED = ("departments_notified", "已知会相关各部门")


@worded_in_english
class PropertyDepartment(LabelledEnum):
    """The departments a move-out goes through (D6 四).

    >>> PropertyDepartment.parse("finance").label
    '财务部'
    """

    LEASING = ("leasing", "租售部", "租务部", "leasing_department", "tenancy")
    CUSTOMER_SERVICE = ("customer_service", "客户服务部", "客服部")
    ENGINEERING = ("engineering", "工程部")
    SECURITY = ("security", "保安部")
    FINANCE = ("finance", "财务部")


if TYPE_CHECKING:

    def _DEPARTMENTS(  # noqa: N802
        value: Iterable[PropertyDepartment | str],
    ) -> frozenset[PropertyDepartment]: ...

else:
    _DEPARTMENTS = members_field(PropertyDepartment)


def _in_order(departments: Iterable[PropertyDepartment]) -> tuple[PropertyDepartment, ...]:
    """``departments`` in the declaration order of :class:`PropertyDepartment`: the one order
    of every list of departments a note, a reason or an error writes."""
    return tuple(sorted(departments, key=lambda department: department.position))


# A policy's notice period: None or a whole number of days, at least 0.
if TYPE_CHECKING:

    def _NOTICE(value: int | None) -> int | None: ...  # noqa: N802

else:
    _NOTICE = policy_field(optional_check(partial(require_int, low=0)), takes="int | None")


def _refund_period(argument: str, value: Any) -> Period:
    """A period counted in whole days (days, working days, weeks, months, years): the
    settlement it is counted from is recorded by its day."""
    period = period_check(argument, value)
    if not period.is_day_level:
        problem = (
            "must be counted in days, working days, weeks, months or years: a settlement is "
            "recorded by its day" + examples("", " (7个工作日, 30天)")
        )
        raise InvalidInput.for_argument(argument, value, problem)
    return period


# A policy's refund period: None or a period of whole days (a PolicyError when refused).
if TYPE_CHECKING:

    def _REFUND_PERIOD(value: Period | str | None) -> Period | None: ...  # noqa: N802

else:
    _REFUND_PERIOD = policy_field(optional_check(_refund_period), takes="Period | str | None")

_INSPECTORS = frozenset({PropertyDepartment.ENGINEERING, PropertyDepartment.SECURITY})
_NOTIFIED = frozenset({PropertyDepartment.FINANCE, *_INSPECTORS})


@attrs.frozen(kw_only=True)
class MoveOutPolicy:
    """Who inspects, who is notified, and whether damage priced in the settlement meets
    "no damage" (``damage_cleared_by_compensation``, R-MOV-01 5; what the settlement leaves
    owed, compensation included, is unmet "no arrears" until collected) (D6 四); ``notice_days``:
    how many days before the lease ends the tenant must apply (R-MOV-01 1, 客户提前向租售部
    申请退租; ``None``, the default: the seed names no number); ``sign_offs``: the
    departments that must sign (签字确认, D6 柏彦大厦客户迁出流程) before :meth:`MoveOutCase.notify`
    (none by default: D6 四 has no signatures); ``loss_cleared_by_decision``: whether passes
    and keys recorded lost (:meth:`MoveOutCase.record_lost`, charged or waived) count as
    handed back (如数交回, R-MOV-01 2; the default: yes, as priced damage clears "no damage";
    ``False``, the literal reading: only the items themselves do, and a case with a loss is
    inspected and settled but never completed); ``refund_period``: how long after the
    settlement the refund is due (押金于结算后7个工作日内退还; a :class:`~custops.periods.Period`
    of whole days or its text, counted by :func:`custops.periods.deadline` from the day of the
    settlement: :attr:`Settlement.refund_due`; ``None``, the default: D6 四 4 names no period).

    >>> MoveOutPolicy(refund_period="7个工作日").refund_period
    Period(count=7, unit=<Unit.WORKDAYS: 'workdays'>)
    >>> MoveOutPolicy(inspectors=[])
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: inspectors: at least one department must inspect (got frozenset())
    """

    inspectors: frozenset[PropertyDepartment] = attrs.field(
        default=_INSPECTORS,
        converter=_DEPARTMENTS,
    )
    notified: frozenset[PropertyDepartment] = attrs.field(default=_NOTIFIED, converter=_DEPARTMENTS)
    damage_cleared_by_compensation: bool = attrs.field(default=True, converter=BOOL)
    notice_days: int | None = attrs.field(default=None, converter=_NOTICE)
    sign_offs: frozenset[PropertyDepartment] = attrs.field(default=(), converter=_DEPARTMENTS)
    loss_cleared_by_decision: bool = attrs.field(default=True, converter=BOOL)
    refund_period: Period | None = attrs.field(default=None, converter=_REFUND_PERIOD)

    def __attrs_post_init__(self) -> None:
        if not self.inspectors:
            problem = "at least one department must inspect"
            raise PolicyError.for_argument("inspectors", self.inspectors, problem)


@attrs.frozen
class Charge:
    """A labelled amount: a deposit (押金) held, an arrear (欠费) owed, or a fee deducted at
    the settlement (扣费: a cleaning fee, 保洁费); the label is trimmed.

    >>> Charge(" 物业费　", "3000")
    Charge(label='物业费', amount=Decimal('3000.00'))
    """

    label: str = attrs.field(converter=NAME)
    amount: Decimal = attrs.field(converter=MONEY)


@attrs.frozen
class Damage:
    """A damage found at inspection: where it is and the compensation due (应赔金额), more
    than 0 (R-MOV-02): a location without damage is no damage, as a claim of 0 is no claim.

    >>> Damage("空调面板", "350").amount
    Decimal('350.00')
    >>> Damage("门", "0")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: amount: must be more than 0 (got '0')
    """

    location: str = attrs.field(converter=NAME)
    amount: Decimal = attrs.field(converter=POSITIVE_MONEY)


if TYPE_CHECKING:

    def _DECIDED_BY(value: PropertyDepartment | str) -> PropertyDepartment: ...  # noqa: N802

else:
    _DECIDED_BY = enum_field(PropertyDepartment)


@attrs.frozen
class LostItems:
    """Passes (出入证) and unit keys the tenant cannot hand back, and what the department that
    ``decided_by`` decided (R-MOV-01 2, R-MOV-02): ``charge`` more than 0 is charged as
    compensation and flows into the settlement with the damages; ``0.00`` is waived.  Made
    by :meth:`MoveOutCase.record_lost`, on the day ``on``.

    >>> from datetime import date
    >>> LostItems(date(2025, 6, 16), "客服部", "50", key_count=1).waived
    False
    >>> LostItems(date(2025, 6, 16), "客服部", "0")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: pass_count and key_count: at least one pass or key must be lost (got (0, 0))
    """  # noqa: E501

    on: _dt.date = attrs.field(converter=DATE)
    decided_by: PropertyDepartment = attrs.field(converter=_DECIDED_BY)
    charge: Decimal = attrs.field(converter=MONEY)
    pass_count: int = attrs.field(default=0, kw_only=True)
    key_count: int = attrs.field(default=0, kw_only=True)

    def __attrs_post_init__(self) -> None:
        for name in ("pass_count", "key_count"):
            object.__setattr__(self, name, require_int(name, getattr(self, name), low=0))
        if self.pass_count == 0 and self.key_count == 0:
            problem = "at least one pass or key must be lost"
            counts = (self.pass_count, self.key_count)
            raise InvalidInput.for_argument("pass_count and key_count", counts, problem)

    @property
    def waived(self) -> bool:
        """Whether the department waived the charge (``charge`` is ``0.00``)."""
        return self.charge == ZERO


T = TypeVar("T")


def _items(argument: str, value: Any, kind: type[T]) -> tuple[T, ...]:
    """A tuple of ``kind`` values from any iterable (not a lone value or a str)."""
    what = f"a sequence of {kind.__name__}"
    return require_items(argument, value, what, kind, each=instance_check(kind))


if TYPE_CHECKING:

    def _CHARGES(value: Iterable[Charge]) -> tuple[Charge, ...]: ...  # noqa: N802

else:
    _CHARGES = field_converter(partial(_items, kind=Charge), takes="Iterable[Charge]")

# The refusal of a step that needs an earlier one: the step by its key (messages stay English).
_FIRST = {step: f"step {step.value} must come first" for step in MoveOutStep}
if TYPE_CHECKING:

    def _DAMAGES(value: Iterable[Damage]) -> tuple[Damage, ...]: ...  # noqa: N802

else:
    _DAMAGES = field_converter(partial(_items, kind=Damage), takes="Iterable[Damage]")


_REFUND_DUE = type_validator(Deadline, optional=True)


@kept_wording
@attrs.frozen
class Settlement(Explained):
    """The settlement with finance (结算, R-MOV-02 step 4), in yuan: ``refund − owed == net``
    (= ``deposits_total − damages_total − fees_total − arrears_total``) exactly, and at most
    one of the two is non-zero.  ``fees`` are the :class:`Charge` values deducted as fees of
    their own kind (扣费: a cleaning fee, 保洁费), neither compensation nor arrears;
    ``refund_due`` is when the refund is due (a :class:`~custops.periods.Deadline` counted
    from the day of the settlement by the policy's ``refund_period``, its ``provisional``
    flag included), ``None`` when no period is set or nothing is refunded.  Checked when
    built, as a :class:`~custops.decisions.Decision` is: each amount whole fen and not
    negative, the amounts adding up as above (a ``refund`` or ``owed`` that is not what the
    deposits, damages, fees and arrears give is refused naming it, with the amount it must
    be), ``rule`` one rule ID, ``reason`` one line with no rule ID inside it (CONTRIBUTING
    item 4), a ``refund_due`` only beside a refund; the reason is worded when read, from the
    amounts it keeps (a ``reason`` given as text is kept as given).  ``refund_due`` keeps
    the day it was counted to, not the calendar it was counted with: the settlement cannot
    count it again (docs/moveout.md).  :meth:`explain` adds a line per fee and the count of
    the refund's due day.

    >>> Settlement(3200, 0, 0, 3200, 0, "R-MOV-02", "结算", fees=[Charge("保洁费", "200")])
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: refund: must be 3000.00: deposits - damages - fees - arrears, if positive (got Decimal('3200.00'))
    """  # noqa: E501

    deposits_total: Decimal = attrs.field(converter=MONEY)
    damages_total: Decimal = attrs.field(converter=MONEY)
    arrears_total: Decimal = attrs.field(converter=MONEY)
    refund: Decimal = attrs.field(converter=MONEY)
    owed: Decimal = attrs.field(converter=MONEY)
    rule: str = attrs.field(converter=RULE_ID)
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    fees: tuple[Charge, ...] = attrs.field(default=(), kw_only=True, converter=_CHARGES)
    refund_due: Deadline | None = attrs.field(default=None, kw_only=True, validator=_REFUND_DUE)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        """R-MOV-02: the amounts add up (``refund`` and ``owed`` are what ``net`` gives, one
        of them zero), and a ``refund_due`` belongs to a refund; a settlement that does not
        add up is refused naming the field that is wrong, with the amount it must be."""
        _sum("fees", self.fees)  # refused naming fees when they add up beyond an amount
        try:
            net = self.net
        except InvalidInput:  # the deductions, together, beyond an amount of money
            name = "arrears_total" if self.arrears_total else "fees"
            problem = (
                "with damages_total, fees and arrears_total, owe more than an amount of "
                "money can hold"
            )
            raise InvalidInput.for_argument(name, getattr(self, name), problem) from None
        refund, owed = _refund_and_owed(net)
        if self.refund != refund:
            problem = f"must be {refund}: deposits - damages - fees - arrears, if positive"
            raise InvalidInput.for_argument("refund", self.refund, problem)
        if self.owed != owed:
            problem = f"must be {owed}: damages + fees + arrears - deposits, if positive"
            raise InvalidInput.for_argument("owed", self.owed, problem)
        if self.refund_due is not None and self.refund == ZERO:
            problem = "is the due day of a refund, but refund is 0.00"
            raise InvalidInput.for_argument("refund_due", self.refund_due, problem)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules the settlement applies: R-MOV-02, and the count of its refund's due day
        (``refund_due.rule``, R-PER-01) when it has one."""
        due = self.refund_due
        return (self.rule,) if due is None or due.rule == self.rule else (self.rule, due.rule)

    @property
    def fees_total(self) -> Decimal:
        """The fees deducted, added up exactly (``0.00`` without fees)."""
        return _sum("fees", self.fees)

    @property
    def net(self) -> Decimal:
        """Deposits less damages, fees and arrears (negative when the tenant owes)."""
        net = self.deposits_total
        for less in (self.damages_total, self.fees_total, self.arrears_total):
            net = difference(net, less=less)
        return net

    def explain(self) -> str:
        """The settlement (``str()``), then one line per fee deducted and, with a
        ``refund_due``, the day the refund is due and how it was counted.

        >>> from datetime import date
        >>> s = settle(deposits=[Charge("押金", "3200")], fees=[Charge("保洁费", "200")],
        ...            on=date(2026, 3, 6), policy=MoveOutPolicy(refund_period="7个工作日"))
        >>> print(s.explain())
        结果（R-MOV-02）：押金 3,200.00 元 − 赔偿 0.00 元 − 扣费 200.00 元 − 欠费 0.00 元 = 退还 3,000.00 元，最迟 2026-03-17 退还
          - 扣费：保洁费 200.00 元
          - 退还期限（R-PER-01）：2026-03-06 + 7个工作日 → 2026-03-17（按工作日计算）
            - 《民法典》第201条第1款：开始当日 2026-03-06 不计入
            - 7个工作日：其后第 7 个工作日为 2026-03-17（周二，工作日）
            - 不计入的休息日：2026-03-07、2026-03-08、2026-03-14、2026-03-15
        """  # noqa: E501
        lines = [str(self)]
        for fee in self.fees:
            lines.append(
                "  - " + _("fee: {fee} {amount}", fee=fee.label, amount=amount_text(fee.amount))
            )
        due = self.refund_due
        if due is not None:
            said = _("refund due ({rule}): {deadline}", rule=due.rule, deadline=due.reason)
            lines.append(f"  - {said}")
            lines.extend(f"    - {step}" for step in due.reasoning)
        return "\n".join(lines)


def _refund_and_owed(net: Decimal) -> tuple[Decimal, Decimal]:
    """``(refund, owed)`` of a settlement whose deposits less every deduction is ``net``:
    the positive part refunded, the negative part owed (R-MOV-02)."""
    return (net, ZERO) if net >= 0 else (ZERO, net.copy_negate())


def _sum(argument: str, items: tuple[Any, ...]) -> Decimal:
    """The exact total of the ``items`` given as ``argument``, refused naming it when it
    goes beyond an amount of money."""
    try:
        return total(item.amount for item in items)
    except InvalidInput:
        problem = "add up to more than an amount of money can hold"
        raise InvalidInput.for_argument(argument, items, problem) from None


#: The reason of a settlement: (lost passes and keys charged, fees deducted, owed) → message.
_SETTLED: dict[tuple[bool, bool, bool], str] = {
    (False, False, False): N_(
        "deposits {held} − damages {damage} − arrears {owing} = {refund} refunded"
    ),
    (False, False, True): N_(
        "deposits {held} − damages {damage} − arrears {owing}: the customer owes {owed}"
    ),
    (True, False, False): N_(
        "deposits {held} − damages {damage} (lost passes and keys {lost} included) − "
        "arrears {owing} = {refund} refunded"
    ),
    (True, False, True): N_(
        "deposits {held} − damages {damage} (lost passes and keys {lost} included) − "
        "arrears {owing}: the customer owes {owed}"
    ),
    (False, True, False): N_(
        "deposits {held} − damages {damage} − fees {fees} − arrears {owing} = {refund} refunded"
    ),
    (False, True, True): N_(
        "deposits {held} − damages {damage} − fees {fees} − arrears {owing}: "
        "the customer owes {owed}"
    ),
    (True, True, False): N_(
        "deposits {held} − damages {damage} (lost passes and keys {lost} included) − "
        "fees {fees} − arrears {owing} = {refund} refunded"
    ),
    (True, True, True): N_(
        "deposits {held} − damages {damage} (lost passes and keys {lost} included) − "
        "fees {fees} − arrears {owing}: the customer owes {owed}"
    ),
}


def _refund_due(on: _dt.date, period: Period, calendar: WorkCalendar) -> Deadline:
    """``period`` counted from the day of the settlement ``on`` (:func:`custops.periods.deadline`);
    a day the count cannot reach is refused naming ``on``."""
    try:
        return deadline(on, period, calendar=calendar, explain=True)
    except InvalidInput as exc:
        if type(exc) is not InvalidInput or exc.argument not in ("start", "period"):
            raise  # a strict calendar's CalendarNotPublished, a calendar's own refusal
        raise InvalidInput.for_argument("on", on, exc.problem) from None


@fitted_call
def settle(
    *,
    deposits: Iterable[Charge] = (),
    damages: Iterable[Damage] = (),
    arrears: Iterable[Charge] = (),
    lost: Iterable[LostItems] = (),
    fees: Iterable[Charge] = (),
    on: _dt.date | None = None,
    calendar: WorkCalendar | None = None,
    policy: MoveOutPolicy | None = None,
) -> Settlement:
    """Settle a move-out (D6 四 4, R-MOV-02), exact to the fen: refund the deposits (退还有关
    押金) less damages, fees and arrears, or say what is owed (收取一定金额的款项).  The charges
    of ``lost`` passes and keys (:class:`LostItems`) are compensation as damages are: they are
    in ``damages_total``, and the reason says how much of it they are.  ``fees``
    (:class:`Charge` values: a cleaning fee, 保洁费) are deducted as fees (扣费), neither
    compensation nor arrears.  The reason names who owes the rest as the customer (客户, as
    D6 calls the tenant), so it reads right for any holder of a deposit: a tenant, a hotel
    guest, a shop's customer (docs/deposits.md).  With the policy's ``refund_period``, a
    refund is due that period after ``on``, the day of the settlement, counted by
    :func:`custops.periods.deadline` with ``calendar`` (``Settlement.refund_due``; D6 names
    no period: none by default).

    >>> print(settle(deposits=[Charge("押金", "56000")], damages=[Damage("地毯", "1,500.50")]))
    结果（R-MOV-02）：押金 56,000.00 元 − 赔偿 1,500.50 元 − 欠费 0.00 元 = 退还 54,499.50 元
    >>> print(settle(deposits=[Charge("房间押金", "300")], damages=[Damage("损坏浴巾", "420")]))
    结果（R-MOV-02）：押金 300.00 元 − 赔偿 420.00 元 − 欠费 0.00 元：客户尚欠 120.00 元
    """
    pol = policy_or_default(policy, MoveOutPolicy)
    day = optional_check(require_date)("on", on)
    cal = calendar_or_china(calendar)  # checked whether or not a refund period is set
    given: dict[str, tuple[Any, ...]] = {
        "deposits": _items("deposits", deposits, Charge),
        "damages": _items("damages", damages, Damage),
        "arrears": _items("arrears", arrears, Charge),
        "fees": _items("fees", fees, Charge),
    }
    losses = _items("lost", lost, LostItems)
    held, found, owing, deducted = (_sum(name, items) for name, items in given.items())
    try:
        charged = total(loss.charge for loss in losses)
        damage = total((found, charged))
    except InvalidInput:
        problem = "with the damages, add up to more than an amount of money can hold"
        raise InvalidInput.for_argument("lost", losses, problem) from None
    try:  # exact, 30 digits
        net = difference(difference(difference(held, less=damage), less=deducted), less=owing)
    except InvalidInput:  # damages, fees and arrears together beyond an amount
        name = next((n for n in ("arrears", "fees") if given[n]), "damages")
        problem = "with the damages, owe more than an amount of money can hold"
        raise InvalidInput.for_argument(name, given[name], problem) from None
    refund, owed = _refund_and_owed(net)
    period = pol.refund_period
    if period is not None and day is None:
        problem = (
            f"is needed: the policy's refund_period ({period}) counts from the settlement's day"
        )
        raise InvalidInput.for_argument("on", on, problem)
    due = None  # nothing refunded, or no period: nothing is due
    if period is not None and day is not None and refund > 0:
        due = _refund_due(day, period, cal)
    said = _SETTLED[charged > 0, bool(given["fees"]), net < 0]
    sums = {"held": held, "damage": damage, "owing": owing, "refund": refund, "owed": owed}
    sums |= {"lost": charged, "fees": deducted}
    reason = W_(said, **{k: amount_text(v) for k, v in sums.items()})
    if due is not None:
        by = N_("{settlement}; refund due by {day}")
        if due.provisional:
            by = N_("{settlement}; refund due by {day} (provisional)")
        reason = W_(by, settlement=reason, day=due.ends_on)
    return Settlement(
        held, damage, owing, refund, owed, "R-MOV-02", reason, fees=given["fees"], refund_due=due
    )


@attrs.frozen
class Inspection:
    """The joint inspection of the unit (验房): when, by whom, what is damaged, and whether
    the unit is in the state the management company requires (``restored``, R-MOV-01 4),
    since ``restored_on`` (:meth:`MoveOutCase.confirm_restored`); ``fit_out_kept``: the
    fit-out stays, as the company allows (D6 柏彦大厦客户迁出流程: 若不恢复,装修不得拆除)."""

    on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    inspectors: frozenset[PropertyDepartment] = attrs.field(converter=_DEPARTMENTS)
    damages: tuple[Damage, ...] = attrs.field(converter=_DAMAGES)
    restored: bool = attrs.field(kw_only=True, converter=BOOL)
    restored_on: _dt.date | None = attrs.field(default=None, kw_only=True, converter=OPTIONAL_DATE)
    fit_out_kept: bool = attrs.field(default=False, kw_only=True, converter=BOOL)

    def __attrs_post_init__(self) -> None:
        """A day of restoration belongs to a restored unit, on or after the inspection."""
        restored_on = self.restored_on
        if restored_on is not None and not self.restored:
            problem = "is a day of restoration, but restored is False"
            raise InvalidInput.for_argument("restored_on", restored_on, problem)
        if restored_on is not None:
            problem = f"must not be before the inspection on {self.on.isoformat()}"
            within("restored_on", restored_on, restored_on, low=self.on, problem=problem)


if TYPE_CHECKING:

    def _STEP(value: MoveOutStep | str | None) -> MoveOutStep | None: ...  # noqa: N802

else:
    _STEP = enum_field(MoveOutStep, optional=True)


@attrs.frozen
class MoveOutEvent:
    """One entry of a case's history: its step of R-MOV-02 (``None`` outside the steps, e.g.
    arrears added) and a note for staff (``detail``, in the language active then)."""

    on: _dt.date = attrs.field(converter=DATE)
    step: MoveOutStep | None = attrs.field(converter=_STEP)
    detail: str = attrs.field(converter=ANY_TEXT)


if TYPE_CHECKING:

    def _EVENTS(value: Iterable[MoveOutEvent]) -> tuple[MoveOutEvent, ...]: ...  # noqa: N802
    def _LOST(value: Iterable[LostItems]) -> tuple[LostItems, ...]: ...  # noqa: N802
    def _POLICY(value: MoveOutPolicy | None) -> MoveOutPolicy: ...  # noqa: N802

else:
    _EVENTS = field_converter(partial(_items, kind=MoveOutEvent), takes="Iterable[MoveOutEvent]")
    _LOST = field_converter(partial(_items, kind=LostItems), takes="Iterable[LostItems]")
    _POLICY = policy_converter(MoveOutPolicy)

_DAY_OR_NONE = type_validator(_dt.date, optional=True)
_INSPECTION = type_validator(Inspection, optional=True)
_SETTLEMENT = type_validator(Settlement, optional=True)


@attrs.frozen
class MoveOutCase:
    """One tenant's move-out, immutable: each step returns a new case (build it with
    :meth:`open`).  ``unit_id`` names the rented unit (``"A-1203"``; ``Period.unit`` is a
    unit of time).  The ``issued_pass_count`` passes and ``issued_key_count`` keys issued
    must all come back (出入证、单元钥匙如数交回; so far: ``returned_pass_count``,
    ``returned_key_count``), or be recorded ``lost`` (:meth:`record_lost`, charged or
    waived); the two issued counts have no default (R-MOV-01: a default of one let a tenant
    holding ten passes meet the condition with one back), ``0`` when none was issued;
    ``parking``: the tenant rents a parking space.  The subjects ``unit_id`` and
    ``tenant`` go by place; every other field goes by name (four counts of one type side by
    side could be swapped unnoticed).  Every step, in order:

    >>> from datetime import date
    >>> case = MoveOutCase.open("A-1", "某公司", on=date(2025, 6, 3), parking=True,
    ...                         issued_pass_count=1, issued_key_count=1)
    >>> sorted(s.name for s in case.steps_done), case.outstanding
    (['APPLICATION'], Decimal('0.00'))
    >>> case = case.add_arrears(date(2025, 6, 3), Charge("电费", "900"))
    >>> case = case.receive_leasing_notice(date(2025, 6, 3))
    >>> case = case.return_items(date(2025, 6, 4), pass_count=1, key_count=1)
    >>> case = case.inspect(date(2025, 6, 5), restored=True)
    >>> case = case.settle(date(2025, 6, 6), collected="500")
    >>> case.outstanding
    Decimal('400.00')
    >>> case = case.collect(date(2025, 6, 7), "400").release_parking(date(2025, 6, 7))
    >>> [e.step.label for e in case.notify(date(2025, 6, 8)).history if e.step][-3:]
    ['结算', '结算', '知会相关各部门']
    """

    unit_id: str
    tenant: str
    applied_on: _dt.date = attrs.field(kw_only=True)
    deposits: tuple[Charge, ...] = attrs.field(default=(), kw_only=True, converter=_CHARGES)
    arrears: tuple[Charge, ...] = attrs.field(default=(), kw_only=True, converter=_CHARGES)
    issued_pass_count: int = attrs.field(kw_only=True)
    issued_key_count: int = attrs.field(kw_only=True)
    parking: bool = attrs.field(default=False, kw_only=True)
    returned_pass_count: int = attrs.field(default=0, kw_only=True)
    returned_key_count: int = attrs.field(default=0, kw_only=True)
    parking_released: bool = attrs.field(default=False, kw_only=True)
    inspection: Inspection | None = attrs.field(default=None, kw_only=True, validator=_INSPECTION)
    settlement: Settlement | None = attrs.field(default=None, kw_only=True, validator=_SETTLEMENT)
    collected: Decimal = attrs.field(default=ZERO, kw_only=True, converter=MONEY)
    settled_on: _dt.date | None = attrs.field(default=None, kw_only=True, validator=_DAY_OR_NONE)
    notified_on: _dt.date | None = attrs.field(default=None, kw_only=True, validator=_DAY_OR_NONE)
    leasing_notice_on: _dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_DAY_OR_NONE
    )
    lease_ends_on: _dt.date | None = attrs.field(default=None, kw_only=True, validator=_DAY_OR_NONE)
    signed_off: frozenset[PropertyDepartment] = attrs.field(
        default=(),
        kw_only=True,
        converter=_DEPARTMENTS,
    )
    forwarding_contact: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=OPTIONAL_NAME,
    )
    events: tuple[MoveOutEvent, ...] = attrs.field(default=(), kw_only=True, converter=_EVENTS)
    lost: tuple[LostItems, ...] = attrs.field(default=(), kw_only=True, converter=_LOST)
    policy: MoveOutPolicy = attrs.field(default=None, kw_only=True, repr=False, converter=_POLICY)

    def __attrs_post_init__(self) -> None:
        # Checked here rather than by converters: a case is rebuilt at every step.  The unit
        # id is an id, the tenant a name: both trimmed, so " A-1" and "A-1" are one unit id.
        object.__setattr__(self, "unit_id", require_id("unit_id", self.unit_id))
        object.__setattr__(self, "tenant", require_name("tenant", self.tenant))
        require_date("applied_on", self.applied_on)
        counts = (
            "issued_pass_count",
            "issued_key_count",
            "returned_pass_count",
            "returned_key_count",
        )
        for name in counts:
            object.__setattr__(self, name, require_int(name, getattr(self, name), low=0))
        for name in ("parking", "parking_released"):
            require_bool(name, getattr(self, name))
        if (self.settlement is None) != (self.settled_on is None):
            problem = "must be given exactly when settlement is"
            raise InvalidInput.for_argument("settled_on", self.settled_on, problem)
        owed = ZERO if self.settlement is None else self.settlement.owed
        problem = f"exceeds the amount owed {owed}"
        within("collected", self.collected, self.collected, high=owed, problem=problem)
        for kind in ("pass", "key"):
            issued, returned = (getattr(self, f"{w}_{kind}_count") for w in ("issued", "returned"))
            lost = getattr(self, f"lost_{kind}_count")
            problem = f"with {lost} lost, more than the {issued} issued"
            name = f"returned_{kind}_count"
            within(name, returned, returned, high=issued - lost, problem=problem)
        self._check_order()

    def _check_order(self) -> None:
        """The steps fit together as the methods make them (R-MOV-02): none is dated before
        the application, each has the step it needs first, and departments are notified only
        once every other condition of :func:`can_leave` holds (R-MOV-01) — so a stored or
        hand-built case is never stuck with no step left that could let the tenant leave."""
        inspection = self.inspection
        days = {
            "leasing_notice_on": self.leasing_notice_on,
            "inspection": None if inspection is None else inspection.on,
            "settled_on": self.settled_on,
            "notified_on": self.notified_on,
        }
        problem = f"is before the application on {self.applied_on}"
        for name, day in days.items():
            if day is not None:
                shown = inspection if name == "inspection" else day
                within(name, shown, day, low=self.applied_on, problem=problem)
        for i, event in enumerate(self.events):
            within(f"events[{i}]", event, event.on, low=self.applied_on, problem=problem)
        for i, loss in enumerate(self.lost):
            within(f"lost[{i}]", loss, loss.on, low=self.applied_on, problem=problem)
            settled = self.settled_on
            if settled is not None and not loss.waived and loss.on > settled:
                problem = f"is charged after the settlement on {settled}"
                raise InvalidInput.for_argument(f"lost[{i}]", loss, problem)
        returned = self.returned_pass_count or self.returned_key_count
        if returned and self.leasing_notice_on is None:
            name = "returned_pass_count" if self.returned_pass_count else "returned_key_count"
            problem = "needs leasing_notice_on: items are returned after the leasing notice"
            raise InvalidInput.for_argument(name, getattr(self, name), problem)
        if self.lost and self.leasing_notice_on is None:
            problem = "needs leasing_notice_on: items are accounted for after the leasing notice"
            raise InvalidInput.for_argument("lost", self.lost, problem)
        if inspection is not None and MoveOutStep.PASS_RETURNED not in self.steps_done:
            problem = "needs every pass returned or recorded lost first (the keys may follow)"
            raise InvalidInput.for_argument("inspection", inspection, problem)
        if self.settlement is not None and inspection is None:
            raise InvalidInput.for_argument(
                "settlement", self.settlement, "needs the inspection first"
            )
        if self.notified_on is None:
            return
        if unmet := [
            c for c in can_leave(self).unmet if c is not RoomCondition.DEPARTMENTS_NOTIFIED
        ]:
            names = "; ".join(c.value for c in unmet)
            problem = f"needs every other move-out condition met first (unmet: {names})"
            raise InvalidInput.for_argument("notified_on", self.notified_on, problem)
        latest = max(day for day in days.values() if day is not None)
        problem = f"is before the case's step on {latest}"
        within("notified_on", self.notified_on, self.notified_on, low=latest, problem=problem)

    @classmethod
    @fitted_call
    def open(
        cls,
        unit_id: str,
        tenant: str,
        *,
        on: _dt.date,
        deposits: Iterable[Charge] = (),
        arrears: Iterable[Charge] = (),
        issued_pass_count: int,
        issued_key_count: int,
        parking: bool = False,
        lease_ends_on: _dt.date | None = None,
        policy: MoveOutPolicy | None = None,
    ) -> MoveOutCase:
        """Open a case with the tenant's application to the leasing department
        (客户提前向租售部申请退租, D6 三 1; 提交迁出申请, R-MOV-01, R-MOV-02 step 1) made
        ``on`` (kept as ``applied_on``); ``lease_ends_on`` lets :func:`notice_given` check it."""
        day = require_date("on", on)
        optional_check(require_date)("lease_ends_on", lease_ends_on)
        room, who = require_id("unit_id", unit_id), require_name("tenant", tenant)
        said = N_("{tenant} applies to the leasing department to move out of {unit}")
        applied = MoveOutEvent(day, MoveOutStep.APPLICATION, _(said, tenant=who, unit=room))
        return cls(
            unit_id=room,
            tenant=who,
            applied_on=day,
            deposits=deposits,
            arrears=arrears,
            issued_pass_count=issued_pass_count,
            issued_key_count=issued_key_count,
            parking=parking,
            lease_ends_on=lease_ends_on,
            events=(applied,),
            policy=policy,
        )

    @property
    def steps_done(self) -> frozenset[MoveOutStep]:
        """The steps of R-MOV-02 completed so far."""
        noticed = self.leasing_notice_on is not None
        done = {
            MoveOutStep.APPLICATION: True,
            MoveOutStep.LEASING_NOTICE: noticed,
            MoveOutStep.PASS_RETURNED: noticed
            and self.returned_pass_count + self.lost_pass_count == self.issued_pass_count,
            MoveOutStep.INSPECTION: self.inspection is not None,
            MoveOutStep.SETTLEMENT: self.settlement is not None,
            MoveOutStep.NOTIFICATION: self.notified_on is not None,
        }
        return frozenset(step for step, reached in done.items() if reached)

    @property
    def lost_pass_count(self) -> int:
        """The passes recorded lost (:meth:`record_lost`)."""
        return sum(loss.pass_count for loss in self.lost)

    @property
    def lost_key_count(self) -> int:
        """The unit keys recorded lost (:meth:`record_lost`)."""
        return sum(loss.key_count for loss in self.lost)

    @property
    def outstanding(self) -> Decimal:
        """What the tenant still owes after the settlement (``0.00`` before it or when paid)."""
        return (
            ZERO
            if self.settlement is None
            else difference(self.settlement.owed, less=self.collected)
        )

    @property
    def last_event_on(self) -> _dt.date:
        """The date of the latest step."""
        return max((e.on for e in self.events), default=self.applied_on)

    @property
    def history(self) -> tuple[MoveOutEvent, ...]:
        """The events of the case, oldest first (the same as ``events``)."""
        return self.events

    def _when(self, event: str, on: Any) -> _dt.date:
        """The day of step ``event``: refused once the case is complete or before its last step."""
        if self.notified_on is not None:
            done = f"departments notified on {self.notified_on}"
            raise self._refuse(event, f"the move-out of {self.unit_id} is complete ({done})")
        day = require_date("on", on)
        last = self.last_event_on
        within("on", on, day, low=last, problem=f"is before the case's last step on {last}")
        return day

    def _refuse(self, event: str, problem: str) -> IllegalTransition:
        """The refusal of the step ``event``: ``"<event>: <problem>"``; its ``state_name`` is
        the key of the case's latest step of R-MOV-02 (:class:`MoveOutStep`), one name for
        one state whatever the step refused."""
        state = max(self.steps_done, key=lambda step: step.position).value
        message = f"{event}: {problem}"
        return IllegalTransition(message, state_name=state, event_name=event, problem=problem)

    def _require_met(self, event: str, conditions: set[RoomCondition]) -> None:
        """Refuse the step ``event`` while any of ``conditions`` (:func:`can_leave`) is unmet."""
        if unmet := [c.words for c in can_leave(self).unmet if c in conditions]:
            raise self._refuse(event, f"conditions not met: {'; '.join(unmet)}")

    def _record(
        self, day: _dt.date, step: MoveOutStep | None, detail: str, **changes: Any
    ) -> MoveOutCase:
        """A new case with ``changes`` and the event ``(day, step, detail)`` added."""
        return attrs.evolve(self, events=(*self.events, MoveOutEvent(day, step, detail)), **changes)

    @fitted_call
    def add_arrears(self, on: _dt.date, *charges: Charge) -> MoveOutCase:
        """Record more arrears (e.g. the last month's fees) before the settlement."""
        day = self._when("add_arrears", on)
        if self.settlement is not None:
            problem = f"the case was settled on {self.settled_on}; arrears can no longer be added"
            raise self._refuse("add_arrears", problem)
        extra = _items("charges", charges, Charge)
        if not extra:  # an event that records nothing would still move the case's last day
            raise InvalidInput.for_argument("charges", charges, "must name at least one Charge")
        listed = tuple(f"{c.label} {c.amount}" for c in extra)
        said = _("arrears recorded: {charges}", charges=listed)
        return self._record(day, None, said, arrears=(*self.arrears, *extra))

    @fitted_call
    def receive_leasing_notice(self, on: _dt.date) -> MoveOutCase:
        """Record the leasing department's written notice to customer service (R-MOV-01; D6 三 1:
        由租售部书面通知客服部为客户办理相关手续), which :meth:`return_items` needs first."""
        day = self._when("receive_leasing_notice", on)
        if self.leasing_notice_on is not None:
            problem = f"already received on {self.leasing_notice_on}"
            raise self._refuse("receive_leasing_notice", problem)
        said = _("the leasing department notified customer service in writing")
        return self._record(day, MoveOutStep.LEASING_NOTICE, said, leasing_notice_on=day)

    def _counts_out(self, pass_count: Any, key_count: Any) -> tuple[int, int]:
        """``pass_count`` and ``key_count`` checked: whole, not negative, and no more than
        are still out (a refusal names the count and says how many are)."""
        passes = require_int("pass_count", pass_count, low=0)
        keys = require_int("key_count", key_count, low=0)
        left_passes, left_keys = self._still_out()
        problem = f"only {left_passes} of {self.issued_pass_count} pass(es) are still out"
        within("pass_count", pass_count, passes, high=left_passes, problem=problem)
        problem = f"only {left_keys} of {self.issued_key_count} key(s) are still out"
        within("key_count", key_count, keys, high=left_keys, problem=problem)
        return passes, keys

    @fitted_call
    def return_items(self, on: _dt.date, *, pass_count: int = 0, key_count: int = 0) -> MoveOutCase:
        """Record passes (出入证) and unit keys handed back (退证, R-MOV-02 step 2), after the
        leasing department's notice: ``pass_count`` passes and ``key_count`` keys this time
        (added to ``returned_pass_count`` and ``returned_key_count``); more than are still out
        is refused."""
        day = self._when("return_items", on)
        if self.leasing_notice_on is None:
            raise self._refuse("return_items", _FIRST[MoveOutStep.LEASING_NOTICE])
        more_passes, more_keys = self._counts_out(pass_count, key_count)
        if more_passes == 0 and more_keys == 0:
            problem = "nothing returned (pass_count=key_count=0)"
            raise InvalidInput.for_argument("pass_count", pass_count, problem)
        said = _("returned: passes {passes}, keys {keys}", passes=more_passes, keys=more_keys)
        back = {
            "returned_pass_count": self.returned_pass_count + more_passes,
            "returned_key_count": self.returned_key_count + more_keys,
        }
        return self._record(day, MoveOutStep.PASS_RETURNED, said, **back)

    def _still_out(self) -> tuple[int, int]:
        """The passes and keys neither returned nor recorded lost."""
        passes = self.issued_pass_count - self.returned_pass_count - self.lost_pass_count
        keys = self.issued_key_count - self.returned_key_count - self.lost_key_count
        return passes, keys

    @fitted_call
    def record_lost(
        self,
        on: _dt.date,
        *,
        pass_count: int = 0,
        key_count: int = 0,
        charge: MoneyInput,
        decided_by: PropertyDepartment | str,
    ) -> MoveOutCase:
        """Record passes and keys the tenant lost (出入证、单元钥匙如数交回, R-MOV-01 2), after the
        leasing department's notice, with what ``decided_by`` decided: ``charge`` more than 0
        is compensation (R-MOV-02 4: it flows into the settlement as a damage does, so a
        charged loss is recorded before the settlement), ``0`` waives it.  The items count
        as accounted for: the inspection may follow once every pass is returned or lost, and
        a lost item meets 如数交回 unless ``policy.loss_cleared_by_decision`` is ``False``.
        The history keeps the loss as a loss; ``returned_*_count`` stay what came back.

        >>> from datetime import date
        >>> d = date(2025, 6, 16)
        >>> case = (MoveOutCase.open("宿舍3-204", "胡斌", on=d, deposits=[Charge("押金", "1000")],
        ...                          issued_key_count=3, issued_pass_count=1)
        ...         .receive_leasing_notice(d).return_items(d, pass_count=1, key_count=2)
        ...         .record_lost(d, key_count=1, charge="50", decided_by="客服部"))
        >>> case.history[-1].detail
        '遗失出入证 0 张、钥匙 1 把：客户服务部决定收取赔偿 50.00 元'
        >>> print(case.inspect(d, restored=True).settle(d).settlement)
        结果（R-MOV-02）：押金 1,000.00 元 − 赔偿 50.00 元（含遗失出入证、钥匙 50.00 元）− 欠费 0.00 元 = 退还 950.00 元
        """  # noqa: E501
        day = self._when("record_lost", on)
        who = PropertyDepartment.parse(decided_by, argument="decided_by")
        fee = require_money("charge", charge)
        within("charge", charge, fee, low=0, problem="must not be negative (0 waives it)")
        if self.leasing_notice_on is None:
            raise self._refuse("record_lost", _FIRST[MoveOutStep.LEASING_NOTICE])
        passes, keys = self._counts_out(pass_count, key_count)
        loss = LostItems(day, who, fee, pass_count=passes, key_count=keys)
        if self.settlement is not None and not loss.waived:
            problem = (
                f"the case was settled on {self.settled_on}; a charge can no longer flow into "
                "the settlement (a waived loss, charge=0, can still be recorded)"
            )
            raise self._refuse("record_lost", problem)
        if loss.waived:
            said = _(
                "lost: passes {passes}, keys {keys}; {department} waived the charge",
                passes=passes,
                keys=keys,
                department=who,
            )
        else:
            said = _(
                "lost: passes {passes}, keys {keys}; {department} charged {amount}",
                passes=passes,
                keys=keys,
                department=who,
                amount=amount_text(fee),
            )
        return self._record(day, None, said, lost=(*self.lost, loss))

    @fitted_call
    def inspect(
        self,
        on: _dt.date,
        *,
        restored: bool,
        damages: Iterable[Damage] = (),
        inspectors: Iterable[PropertyDepartment | str] | None = None,
    ) -> MoveOutCase:
        """Record the joint inspection (验房, R-MOV-02 step 3), after the passes are back.

        May be repeated until the settlement; all the policy's ``inspectors`` must take part.
        A unit found not restored is confirmed later with :meth:`confirm_restored`."""
        day = self._when("inspect", on)
        if MoveOutStep.PASS_RETURNED not in self.steps_done:
            raise self._refuse("inspect", _FIRST[MoveOutStep.PASS_RETURNED])
        if self.settlement is not None:
            raise self._refuse("inspect", "the case is already settled")
        who = self.policy.inspectors
        if inspectors is not None:
            who = parse_members(PropertyDepartment, inspectors, argument="inspectors")
        if missing := self.policy.inspectors - who:
            # an English message, naming the departments in the reader's words
            names = ", ".join(d.words for d in _in_order(missing))
            problem = f"the inspection needs {names} as well"
            raise InvalidInput.for_argument("inspectors", inspectors, problem)
        found = _items("damages", damages, Damage)
        ok = require_bool("restored", restored)
        done = Inspection(who, found, on=day, restored=ok, restored_on=day if ok else None)
        compensation = _sum("damages", found)
        count = len(found)
        if done.restored:
            detail = ngettext(
                "{count} damage, compensation {total}; unit restored",
                "{count} damages, compensation {total}; unit restored",
                count,
                count=count,
                total=compensation,
            )
        else:
            detail = ngettext(
                "{count} damage, compensation {total}; unit not restored",
                "{count} damages, compensation {total}; unit not restored",
                count,
                count=count,
                total=compensation,
            )
        return self._record(day, MoveOutStep.INSPECTION, detail, inspection=done)

    @fitted_call
    def confirm_restored(self, on: _dt.date, *, fit_out_kept: bool = False) -> MoveOutCase:
        """Record that customer service found the unit in the state the management company
        requires (R-MOV-01 4; R-MOV-02), after an inspection that found it not restored, before
        or after the settlement (D6 柏彦大厦客户迁出流程: 由客服部收回单元门钥匙,确定装修是否恢复
        原始状态(若不恢复,装修不得拆除)); ``fit_out_kept=True``: the company lets the fit-out stay.

        >>> from datetime import date
        >>> case = (MoveOutCase.open("A-1", "某公司", on=date(2025, 6, 3),
        ...                          issued_pass_count=1, issued_key_count=1)
        ...         .receive_leasing_notice(date(2025, 6, 3))
        ...         .return_items(date(2025, 6, 4), pass_count=1, key_count=1)
        ...         .inspect(date(2025, 6, 5), restored=False).settle(date(2025, 6, 6)))
        >>> case = case.confirm_restored(date(2025, 6, 20))
        >>> case.inspection.restored_on, can_leave(case.notify(date(2025, 6, 20))).allowed
        (datetime.date(2025, 6, 20), True)
        """
        day = self._when("confirm_restored", on)
        kept = require_bool("fit_out_kept", fit_out_kept)
        if self.inspection is None:
            raise self._refuse("confirm_restored", _FIRST[MoveOutStep.INSPECTION])
        if self.inspection.restored:
            problem = f"the unit was found restored on {self.inspection.restored_on}"
            raise self._refuse("confirm_restored", problem)
        done = attrs.evolve(self.inspection, restored=True, restored_on=day, fit_out_kept=kept)
        said = _("customer service confirmed the unit restored to its original state")
        if kept:
            said = _(
                "customer service confirmed the fit-out stays as the management company "
                "requires; it must not be removed"
            )
        return self._record(day, MoveOutStep.INSPECTION, said, inspection=done)

    @fitted_call
    def settle(
        self,
        on: _dt.date,
        *,
        collected: MoneyInput = 0,
        fees: Iterable[Charge] = (),
        calendar: WorkCalendar | None = None,
    ) -> MoveOutCase:
        """Settle with finance (结算, R-MOV-02 step 4) after the inspection (:func:`settle`);
        ``collected`` is taken at the counter (at most what is owed; the rest: :meth:`collect`);
        ``fees`` are deducted as fees (扣费: a cleaning fee, 保洁费), neither damage nor
        arrears; with the policy's ``refund_period``, the refund is due that period after
        ``on``, counted with ``calendar`` (``settlement.refund_due``).

        >>> from datetime import date
        >>> case = (MoveOutCase.open("A-1", "某公司", on=date(2026, 3, 2),
        ...                          deposits=[Charge("押金", "3200")], issued_pass_count=1,
        ...                          issued_key_count=1,
        ...                          policy=MoveOutPolicy(refund_period="7个工作日"))
        ...         .receive_leasing_notice(date(2026, 3, 2))
        ...         .return_items(date(2026, 3, 5), pass_count=1, key_count=1)
        ...         .inspect(date(2026, 3, 5), restored=True)
        ...         .settle(date(2026, 3, 6), fees=[Charge("保洁费", "200")]))
        >>> case.settlement.refund, case.settlement.refund_due.ends_on
        (Decimal('3000.00'), datetime.date(2026, 3, 17))
        """
        day = self._when("settle", on)
        if self.inspection is None:
            raise self._refuse("settle", _FIRST[MoveOutStep.INSPECTION])
        if self.settlement is not None:
            raise self._refuse("settle", "the case is already settled")
        damages = self.inspection.damages
        result = settle(
            deposits=self.deposits,
            damages=damages,
            arrears=self.arrears,
            lost=self.lost,
            fees=fees,
            on=day,
            calendar=calendar,
            policy=self.policy,
        )
        paid = require_money("collected", collected)
        problem = f"exceeds the amount owed {result.owed}"
        within("collected", collected, paid, high=result.owed, problem=problem)
        done = {"settlement": result, "settled_on": day, "collected": paid}
        return self._record(day, MoveOutStep.SETTLEMENT, result.reason, **done)

    @fitted_call
    def collect(self, on: _dt.date, amount: MoneyInput) -> MoveOutCase:
        """Record a payment of what the tenant still owes after the settlement."""
        day = self._when("collect", on)
        paid = require_money("amount", amount)
        if self.settlement is None:
            raise self._refuse("collect", "nothing is owed before the settlement")
        left = self.outstanding
        problem = f"must be more than 0 and at most the {left} owed"
        within("amount", amount, paid, low=0, high=left, low_open=True, problem=problem)
        said = _("{amount} collected", amount=amount_text(paid))
        return self._record(day, MoveOutStep.SETTLEMENT, said, collected=self.collected + paid)

    @fitted_call
    def release_parking(self, on: _dt.date) -> MoveOutCase:
        """Record the end of the parking-space lease (车位退租; R-MOV-01 6)."""
        day = self._when("release_parking", on)
        if not self.parking:
            raise self._refuse("release_parking", "the tenant rents no parking space")
        if self.parking_released:
            raise self._refuse("release_parking", "already released")
        return self._record(day, None, _("parking space lease ended"), parking_released=True)

    @fitted_call
    def sign_off(
        self,
        on: _dt.date,
        department: PropertyDepartment | str,
        *,
        note: str = "",
        forwarding_contact: str | None = None,
    ) -> MoveOutCase:
        """Record a department's signature (签字确认) on the move-out (D6 柏彦大厦客户迁出流程,
        R-MOV-01; the policy's ``sign_offs`` must all sign before :meth:`notify`).

        Each signs after its own step (what each signs for: docs/moveout.md): engineering
        (工程部; ``note``: e.g. the meter reading) and security (保安部) after the inspection;
        finance (财务部, 结清余款) once nothing is outstanding; customer service (客服部) once
        passes and keys are back, the unit is as required and any parking space released,
        with ``forwarding_contact`` (新的联系电话,邮件转收地址); leasing (租售部) after its notice.

        >>> from datetime import date
        >>> case = (MoveOutCase.open("A-1", "某公司", on=date(2025, 6, 3),
        ...                          issued_pass_count=1, issued_key_count=1)
        ...         .receive_leasing_notice(date(2025, 6, 3))
        ...         .return_items(date(2025, 6, 4), pass_count=1, key_count=1)
        ...         .inspect(date(2025, 6, 5), restored=True)
        ...         .sign_off(date(2025, 6, 5), "工程部", note="电表读数 10234"))
        >>> sorted(d.label for d in case.signed_off), case.history[-1].detail
        (['工程部'], '工程部签字确认：电表读数 10234')
        """
        day = self._when("sign_off", on)
        who = PropertyDepartment.parse(department, argument="department")
        # no note is "" (blank too), as in every other step; a note refuses control characters
        said = optional_text("note", note) and require_name("note", note)
        contact = optional_check(require_name)("forwarding_contact", forwarding_contact)
        dept = PropertyDepartment
        if who in self.signed_off:
            raise self._refuse("sign_off", f"{who.words} has signed already")
        if self.leasing_notice_on is None:
            raise self._refuse("sign_off", _FIRST[MoveOutStep.LEASING_NOTICE])
        if who in (dept.ENGINEERING, dept.SECURITY) and self.inspection is None:
            raise self._refuse("sign_off", _FIRST[MoveOutStep.INSPECTION])
        if who is dept.FINANCE and (self.settlement is None or self.outstanding > 0):
            problem = "the settlement must be made and its balance paid first"
            raise self._refuse("sign_off", problem)
        if who is dept.CUSTOMER_SERVICE:
            cond = RoomCondition
            handed_back = {cond.PASS_AND_KEYS_RETURNED, cond.UNIT_RESTORED, cond.PARKING_RELEASED}
            self._require_met("sign_off", handed_back)
            if contact is None and self.forwarding_contact is None:
                problem = "customer service records the tenant's new phone and address"
                raise InvalidInput.for_argument("forwarding_contact", forwarding_contact, problem)
        elif contact is not None:
            problem = "is recorded by customer service" + examples("", " (客服部)")
            raise InvalidInput.for_argument("forwarding_contact", forwarding_contact, problem)
        signed = N_("{department} signed: {note}") if said else N_("{department} signed")
        detail = _(signed, department=who, note=said)
        contact = self.forwarding_contact if contact is None else contact
        changes = {"signed_off": self.signed_off | {who}, "forwarding_contact": contact}
        return self._record(day, None, detail, **changes)

    @fitted_call
    def notify(self, on: _dt.date) -> MoveOutCase:
        """Tell the departments the unit is vacant (知会相关各部门, R-MOV-02 step 5) once every
        other condition of R-MOV-01 is met (else :class:`~custops.errors.IllegalTransition`)."""
        day = self._when("notify", on)
        self._require_met("notify", set(RoomCondition) - {RoomCondition.DEPARTMENTS_NOTIFIED})
        notified = _in_order(self.policy.notified)
        told = _("unit vacant; notified {departments}", departments=notified)
        return self._record(day, MoveOutStep.NOTIFICATION, told, notified_on=day)


if TYPE_CHECKING:

    def _CONDITIONS(value: Iterable[RoomCondition]) -> tuple[RoomCondition, ...]: ...  # noqa: N802

else:
    _CONDITIONS = field_converter(
        partial(_items, kind=RoomCondition), takes="Iterable[RoomCondition]"
    )


@kept_wording
@attrs.frozen
class LeaveDecision(Decision):
    """Whether the move-out is complete, with every unmet condition named (R-MOV-01):
    ``unmet`` is a tuple of :class:`RoomCondition`, empty exactly when ``allowed``.  Its
    reason is worded when read, from the facts it keeps (a ``reason`` given as text is
    kept as given)."""

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    unmet: tuple[RoomCondition, ...] = attrs.field(converter=_CONDITIONS)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.allowed == bool(self.unmet):
            problem = f"must be empty exactly when allowed (allowed is {self.allowed})"
            raise InvalidInput.for_argument("unmet", self.unmet, problem)


def can_leave(case: MoveOutCase) -> LeaveDecision:
    """Whether the tenant has moved out properly, naming every unmet condition of D6 三
    (R-MOV-01); damage priced in the settlement counts as cleared unless the policy says no,
    and what the settlement leaves owed (compensation and arrears are one sum) is unmet
    ``NO_ARREARS`` until collected.

    >>> from datetime import date
    >>> case = MoveOutCase.open("A", "T", on=date(2025, 1, 2), parking=True,
    ...                         issued_pass_count=1, issued_key_count=1)
    >>> print(can_leave(case).reason)
    未满足：租售部已书面通知客服部；出入证、单元钥匙如数交回；无拖欠费用（尚未结算）；房态已按要求恢复（尚未验房）；房内无设施破损（尚未验房）；车位已退租；已知会相关各部门
    """
    require_type("case", case, MoveOutCase, "a MoveOutCase")
    plain, uninspected = N_("{condition}"), N_("{condition} (not inspected)")
    cond = RoomCondition
    unmet: list[tuple[RoomCondition, str]] = []
    if case.leasing_notice_on is None:
        unmet.append((cond.LEASING_NOTICE, plain))
    accounted = case.policy.loss_cleared_by_decision
    passes = case.returned_pass_count + (case.lost_pass_count if accounted else 0)
    keys = case.returned_key_count + (case.lost_key_count if accounted else 0)
    if passes < case.issued_pass_count or keys < case.issued_key_count:
        lost = case.lost_pass_count + case.lost_key_count
        unmet.append(
            (cond.PASS_AND_KEYS_RETURNED, N_("{condition} ({lost} lost)") if lost else plain)
        )
    if case.settlement is None:
        unmet.append((cond.NO_ARREARS, N_("{condition} (not settled)")))
    elif case.outstanding > 0:
        unmet.append((cond.NO_ARREARS, N_("{condition} ({owed} owed)")))
    if case.inspection is None:
        unmet.append((cond.UNIT_RESTORED, uninspected))
        unmet.append((cond.NO_DAMAGE, uninspected))
    else:
        if not case.inspection.restored:
            unmet.append((cond.UNIT_RESTORED, plain))
        if case.inspection.damages:
            if not case.policy.damage_cleared_by_compensation:
                unmet.append((cond.NO_DAMAGE, plain))
            elif case.settlement is None:
                unmet.append((cond.NO_DAMAGE, N_("{condition} (compensation not settled)")))
    if case.parking and not case.parking_released:
        unmet.append((cond.PARKING_RELEASED, plain))
    if case.policy.sign_offs - case.signed_off:
        unmet.append((cond.SIGNED_OFF, N_("{condition} (missing: {departments})")))
    if case.notified_on is None:
        unmet.append((cond.DEPARTMENTS_NOTIFIED, plain))
    if not unmet:
        reason = W_("every move-out condition met; notified on {day}", day=case.notified_on)
        return LeaveDecision(True, "R-MOV-01", reason, ())
    owed = case.outstanding
    lost_count = case.lost_pass_count + case.lost_key_count
    missing = _in_order(case.policy.sign_offs - case.signed_off)
    listed = worded_clauses(
        (
            W_(note, condition=c, owed=owed, departments=missing, lost=lost_count)
            for c, note in unmet
        ),
        strong=True,
    )
    reason = W_("unmet: {conditions}", conditions=listed)
    return LeaveDecision(False, "R-MOV-01", reason, tuple(c for c, _note in unmet))


def notice_given(case: MoveOutCase) -> Fact:
    """Whether the tenant applied early enough before the lease ends (R-MOV-01 1: 客户提前
    向租售部申请退租), by the policy's ``notice_days`` (by default none: nothing is checked);
    a short notice does not block :func:`can_leave`.

    >>> from datetime import date
    >>> policy = MoveOutPolicy(notice_days=30)
    >>> case = MoveOutCase.open("A-1", "某公司", on=date(2025, 6, 3),
    ...                         lease_ends_on=date(2025, 6, 30), policy=policy,
    ...                         issued_pass_count=1, issued_key_count=1)
    >>> print(notice_given(case))
    否（R-MOV-01）：于租约到期日 2025-06-30 前 27 天申请退租，须提前 30 天
    """
    require_type("case", case, MoveOutCase, "a MoveOutCase")
    needed, end, applied = case.policy.notice_days, case.lease_ends_on, case.applied_on
    if needed is None:
        reason = _("no notice period is set; applied on {day}", day=applied)
        return Fact(True, "R-MOV-01", reason)
    notice = ngettext("{days} day's notice", "{days} days' notice", needed, days=needed)
    if end is None:
        said = _("the lease end is not recorded: {notice} cannot be checked", notice=notice)
        return Fact(False, "R-MOV-01", said)
    given = (end - applied).days
    if given < 0:  # applied after the lease had ended: no notice at all, said as such
        said = ngettext(
            "applied {late} day after the lease ended on {end}; {notice} required",
            "applied {late} days after the lease ended on {end}; {notice} required",
            -given,
            late=-given,
            end=end,
            notice=notice,
        )
        return Fact(False, "R-MOV-01", said)
    said = ngettext(
        "applied {given} day before the lease ends on {end}; {notice} required",
        "applied {given} days before the lease ends on {end}; {notice} required",
        given,
        given=given,
        end=end,
        notice=notice,
    )
    return Fact(given >= needed, "R-MOV-01", said)
