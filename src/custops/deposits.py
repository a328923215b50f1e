"""The refund schedule of a terminated exchange member's deposit (D8 第十一条(五)).

When the exchange announces the end of a membership, the member's deposit is not
returned at once.  The exchange keeps a risk reserve (风险保障金) of **20% of the
deposit's peak** (最大峰值, R-DEP-01), and returns it in two tranches: **40% four
months** and **the remaining 60% six months** after the announcement (R-DEP-02,
R-SLA-24).  What the seed leaves open is settled by the defaults of docs/rules.md: the
balance above the reserve is refunded on the day of the announcement;
claims against the member (unpaid fees, losses, fines, the costs of the termination —
R-DEP-03) are netted against the next payment still to be made, earliest first (a claim
dated by the announcement day against that day's refund, D8 第十一条(三));
and a tranche due on a rest day is paid on the next working day (Civil Code art. 203).

Every amount is exact to the fen, and the lines always add up to the balance minus the
claims:

>>> import datetime
>>> from custops.deposits import refund_schedule
>>> s = refund_schedule(peak="1000000", balance="800000", announced_on=datetime.date(2025, 10, 31))
>>> for line in s.lines:
...     print(line.due_on, line.amount, line.rule)
2025-10-31 600000.00 R-DEP-01
2026-02-28 80000.00 R-DEP-02
2026-04-30 120000.00 R-DEP-02
>>> s.total
Decimal('800000.00')

(28 February 2026 is a Saturday, but a 调休 working day: the calendar knows.)
"""

from __future__ import annotations

import datetime as _dt
import decimal
import itertools
from collections.abc import Iterable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from custops._text import display_width
from custops._validate import (
    field_converter,
    policy_or_default,
    require_bool,
    require_date,
    require_fraction,
    require_str,
    require_type,
    type_name,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.enums import LabelledEnum
from custops.errors import (
    CalendarNotPublished,
    CustopsError,
    InvalidInput,
    InvalidType,
    PolicyError,
)
from custops.i18n import N_, _
from custops.money import FEN, MAX_UPPERCASE, uppercase, yuan

__all__ = [
    "Claim",
    "ClaimKind",
    "Deduction",
    "DepositPolicy",
    "ExcessClaims",
    "LineKind",
    "RefundSchedule",
    "ScheduleLine",
    "Tranche",
    "refund_schedule",
]

_ROUNDINGS = frozenset(
    {
        decimal.ROUND_CEILING,
        decimal.ROUND_DOWN,
        decimal.ROUND_FLOOR,
        decimal.ROUND_HALF_DOWN,
        decimal.ROUND_HALF_EVEN,
        decimal.ROUND_HALF_UP,
        decimal.ROUND_UP,
        decimal.ROUND_05UP,
    }
)
_CONTEXT = decimal.Context(prec=60)


# --------------------------------------------------------------------------- enums


class ExcessClaims(LabelledEnum):
    """What happens to a claim larger than what is left of the reserve (policy choice).

    ``OWED`` (default): the reserve pays what it can and the rest is recorded as an
    amount the member still owes (R-DEP-03: the costs of the termination are the
    member's).  ``REFUSE``: the schedule is refused with an explanation
    (:class:`~custops.errors.InvalidInput` naming the claim and what was left).

    >>> ExcessClaims.parse("记为会员欠款") is ExcessClaims.OWED
    True
    """

    OWED = ("owed", "记为会员欠款", "欠款")
    REFUSE = ("refuse", "拒绝", "refused", "拒付")


class ClaimKind(LabelledEnum):
    """The kinds of claim the exchange takes from the reserve (R-DEP-03, docs/rules.md).

    >>> ClaimKind.parse("未缴费用"), ClaimKind.parse("unpaid fees")
    (<ClaimKind.UNPAID_FEES: 'unpaid_fees'>, <ClaimKind.UNPAID_FEES: 'unpaid_fees'>)
    """

    UNPAID_FEES = ("unpaid_fees", "未缴费用", "欠费", "fees")
    LOSS = ("loss", "损失赔偿", "损失", "losses")
    FINE = ("fine", "违规赔偿金", "罚款", "赔偿金", "penalty")
    TERMINATION_COST = ("termination_cost", "终止费用", "costs")
    OTHER = ("other", "其他")


class LineKind(LabelledEnum):
    """The kinds of line of a :class:`RefundSchedule`.

    ``sign`` says which way the money goes: +1 paid to the member, -1 owed by the member.

    >>> LineKind.TRANCHE.label, LineKind.OWED.sign
    ('分期退还', -1)
    """

    AT_ANNOUNCEMENT = ("at_announcement", "公告日退还", "immediate")
    TRANCHE = ("tranche", "分期退还")
    OWED = ("owed", "会员尚欠")

    @property
    def sign(self) -> int:
        """+1 for money paid to the member, -1 for money the member owes."""
        return -1 if self is LineKind.OWED else 1


# --------------------------------------------------------------------------- policy


def _share(argument: str, value: Any, *, low_open: bool = True) -> Decimal:
    """``value`` as a Decimal in (0, 1] (``[0, 1]`` unless ``low_open``); else PolicyError."""
    try:
        return require_fraction(argument, value, low_open=low_open)
    except InvalidInput as exc:
        raise PolicyError(exc.message, argument=exc.argument, value=exc.value) from None


def _months(argument: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidType.for_argument(argument, value, f"must be an int, not a {type_name(value)}")
    if not 0 <= value <= _MAX_MONTHS:
        raise PolicyError.for_argument(argument, value, f"must lie in [0, {_MAX_MONTHS}]")
    return value


_MAX_MONTHS = 12 * 9999  # no term longer than the calendar


def _outside(argument: str, value: Any, detail: object) -> CustopsError:
    return InvalidInput.for_argument(argument, value, f"is outside the calendar ({detail})")


@attrs.frozen
class Tranche:
    """One instalment of the reserve: ``share`` of it, ``months`` after the announcement.

    >>> Tranche(4, "0.40")
    Tranche(months=4, share=Decimal('0.40'))
    >>> Tranche(4, 0.4)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: share: must be an int, a str or a Decimal, not a float; ...
    """

    months: int = attrs.field(converter=field_converter(_months))  # type: ignore[misc]
    share: Decimal = attrs.field(converter=field_converter(_share))  # type: ignore[misc]

    def scheduled_on(self, announced_on: _dt.date) -> _dt.date:
        """The corresponding day ``months`` after ``announced_on`` (Civil Code arts. 201-202).

        >>> import datetime
        >>> Tranche(4, "0.4").scheduled_on(datetime.date(2025, 10, 31))
        datetime.date(2026, 2, 28)
        >>> Tranche(4, "0.4").scheduled_on(datetime.date.max)
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: announced_on: is outside the calendar (4 months later) (got ...
        """
        start = require_date("announced_on", announced_on)
        try:
            day: _dt.date = start + relativedelta(months=self.months)
        except (ValueError, OverflowError):
            raise _outside("announced_on", start, f"{self.months} months later") from None
        return day


def _tranches(argument: str, value: Any) -> tuple[Tranche, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a sequence of Tranche, not a {type_name(value)}"
        )
    out: list[Tranche] = []
    for item in value:
        if isinstance(item, Tranche):
            out.append(item)
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(Tranche(item[0], item[1]))
        else:
            raise InvalidType.for_argument(
                argument, item, "each item must be a Tranche or a (months, share) pair"
            )
    return tuple(out)


_SEED_TRANCHES = (Tranche(4, Decimal("0.40")), Tranche(6, Decimal("0.60")))


@attrs.frozen
class DepositPolicy:
    """Every number of the deposit refund (R-DEP-01, R-DEP-02); defaults are the seed's.

    - ``reserve_rate``: the share of the peak kept as the risk reserve (20%, R-DEP-01);
    - ``tranches``: when and how much of the reserve is refunded (40% after 4 months,
      60% after 6 months, R-DEP-02 / R-SLA-24); shares must add up to exactly 1 and
      the months must increase;
    - ``roll_to_workday``: a due day that is a rest day moves to the next working day
      (Civil Code art. 203; default yes);
    - ``reserve_rounding``: how 20% of the peak is brought to the fen (ROUND_DOWN, so
      the reserve retained never exceeds ``reserve_rate`` of the peak — at most 0.8 fen
      less, in the member's favour);
    - ``rounding``: how a tranche's share of the reserve is rounded to the fen
      (ROUND_HALF_UP, 四舍五入); the last tranche takes the remainder, so the tranches
      add up to the reserve exactly.  (With the seed's 20% and 40% a half fen never
      arises: 20% or 40% of a whole number of fen is a multiple of 0.2 fen.)
    - ``excess_claims``: a claim larger than what is left of the reserve is recorded as
      owed by the member (default) or refused (:class:`ExcessClaims`).

    >>> DepositPolicy().reserve_rate
    Decimal('0.20')
    >>> DepositPolicy(tranches=[(3, "0.5"), (6, "0.4")])
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: tranches: shares must add up to exactly 1, they add up to 0.9 ...
    >>> DepositPolicy(reserve_rate="1.2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: reserve_rate: must lie in [0, 1] (got '1.2')
    """

    reserve_rate: Decimal = attrs.field(
        default=Decimal("0.20"),
        converter=field_converter(lambda a, v: _share(a, v, low_open=False)),  # type: ignore[misc]
    )
    tranches: tuple[Tranche, ...] = attrs.field(
        default=_SEED_TRANCHES,
        converter=field_converter(_tranches),  # type: ignore[misc]
    )
    roll_to_workday: bool = attrs.field(default=True)
    rounding: str = attrs.field(default=ROUND_HALF_UP)
    reserve_rounding: str = attrs.field(default=ROUND_DOWN)
    excess_claims: ExcessClaims = attrs.field(
        default=ExcessClaims.OWED,
        converter=field_converter(lambda a, v: ExcessClaims.parse(v, argument=a)),  # type: ignore[misc]
    )

    def __attrs_post_init__(self) -> None:
        require_bool("roll_to_workday", self.roll_to_workday)
        for argument in ("rounding", "reserve_rounding"):
            mode = require_str(argument, getattr(self, argument))
            if mode not in _ROUNDINGS:
                raise PolicyError.for_argument(
                    argument, mode, "must be one of the decimal.ROUND_* constants"
                )
        if not self.tranches:
            raise PolicyError.for_argument("tranches", self.tranches, "must not be empty")
        total = sum((t.share for t in self.tranches), Decimal(0))
        if total != 1:
            raise PolicyError.for_argument(
                "tranches",
                self.tranches,
                f"shares must add up to exactly 1, they add up to {total.normalize()}",
            )
        months = [t.months for t in self.tranches]
        if any(b <= a for a, b in itertools.pairwise(months)):
            raise PolicyError.for_argument(
                "tranches", self.tranches, "months must strictly increase"
            )

    def round(self, amount: Decimal) -> Decimal:
        """``amount`` rounded to the fen with the policy's rounding.

        >>> DepositPolicy().round(Decimal("0.125"))
        Decimal('0.13')
        """
        number = Decimal(require_type("amount", amount, (Decimal, int), "a Decimal or an int"))
        if not number.is_finite():
            raise InvalidInput.for_argument("amount", amount, "must be a finite amount")
        return number.quantize(FEN, rounding=self.rounding, context=_CONTEXT)

    def reserve_of(self, peak: Decimal) -> Decimal:
        """``reserve_rate`` of ``peak``, brought to the fen with ``reserve_rounding`` (R-DEP-01).

        >>> DepositPolicy().reserve_of(Decimal("0.04"))   # 20% = 0.008: never more than 20%
        Decimal('0.00')
        """
        amount = yuan(peak, argument="peak", non_negative=True)
        return (amount * self.reserve_rate).quantize(
            FEN, rounding=self.reserve_rounding, context=_CONTEXT
        )


# --------------------------------------------------------------------------- values


def _claim_amount(argument: str, value: Any) -> Decimal:
    amount = yuan(value, argument=argument, non_negative=True)
    if amount == 0:
        raise InvalidInput.for_argument(argument, value, "a claim must be more than 0")
    return amount


@attrs.frozen
class Claim:
    """A claim of the exchange against the deposit: an amount, the day it arose, what it is
    for (``description``) and its ``kind`` (unpaid fees, losses, fines, termination costs —
    R-DEP-03, docs/rules.md).

    >>> import datetime
    >>> c = Claim("1200", datetime.date(2026, 1, 5), "2025年12月会员管理费", kind="未缴费用")
    >>> c.amount, c.kind.label
    (Decimal('1200.00'), '未缴费用')
    """

    amount: Decimal = attrs.field(converter=field_converter(_claim_amount))  # type: ignore[misc]
    on: _dt.date = attrs.field(converter=field_converter(require_date))  # type: ignore[misc]
    description: str = attrs.field(converter=field_converter(require_str))  # type: ignore[misc]
    kind: ClaimKind = attrs.field(
        default=ClaimKind.OTHER,
        converter=field_converter(lambda a, v: ClaimKind.parse(v, argument=a)),  # type: ignore[misc]
    )


@attrs.frozen
class Deduction:
    """The part ``amount`` of claim number ``claim_index`` taken from a payment (R-DEP-03)."""

    claim_index: int
    claim: Claim
    amount: Decimal


@attrs.frozen
class ScheduleLine:
    """One line of a refund schedule: what, when, how much, by which rule, and why.

    ``amount`` is never negative; ``kind.sign`` says whether it is paid to the member or
    owed by them (``signed``).  For a payment, ``gross`` is what it pays before claims
    and ``deductions`` the claims netted against it (``amount = gross - deducted``);
    ``scheduled_on`` is the day the period ends (the corresponding day, Civil Code art.
    202) and ``due_on`` the day it is paid (rolled to a working day, art. 203).
    ``provisional`` says the due date rests on a year whose holiday arrangement is not
    yet published (the calendar answered from statutory rules).
    """

    kind: LineKind
    label: str
    due_on: _dt.date
    amount: Decimal
    rule: str
    reason: str
    gross: Decimal
    scheduled_on: _dt.date
    deductions: tuple[Deduction, ...] = ()
    provisional: bool = False

    @property
    def signed(self) -> Decimal:
        """The amount with its direction: positive to the member, negative owed by them."""
        return self.amount if self.kind.sign > 0 else -self.amount

    @property
    def deducted(self) -> Decimal:
        """The total of the claims taken from this line."""
        return _sum(d.amount for d in self.deductions)


def _sum(amounts: Iterable[Decimal]) -> Decimal:
    return sum(amounts, Decimal("0.00"))


@attrs.frozen
class RefundSchedule:
    """The refund of a terminated member's deposit, line by line (R-DEP-01, R-DEP-02).

    ``total`` (the sum of the signed lines) always equals ``balance - claimed`` exactly.
    """

    peak: Decimal
    balance: Decimal
    announced_on: _dt.date
    reserve: Decimal
    lines: tuple[ScheduleLine, ...]
    claims: tuple[Claim, ...]
    policy: DepositPolicy = attrs.field(kw_only=True)

    @property
    def tranches(self) -> tuple[ScheduleLine, ...]:
        """The tranche lines, in order."""
        return tuple(line for line in self.lines if line.kind is LineKind.TRANCHE)

    @property
    def at_announcement(self) -> ScheduleLine:
        """The line refunding the balance above the reserve."""
        return next(line for line in self.lines if line.kind is LineKind.AT_ANNOUNCEMENT)

    @property
    def refunded(self) -> Decimal:
        """Everything paid to the member."""
        return _sum(line.amount for line in self.lines if line.kind.sign > 0)

    @property
    def owed(self) -> Decimal:
        """What the member still owes after the reserve is used up (0 if nothing)."""
        return _sum(line.amount for line in self.lines if line.kind.sign < 0)

    @property
    def claimed(self) -> Decimal:
        """The total of the claims."""
        return _sum(c.amount for c in self.claims)

    @property
    def total(self) -> Decimal:
        """The sum of the signed lines: ``balance - claimed``, fen for fen."""
        return _sum(line.signed for line in self.lines)

    @property
    def provisional(self) -> bool:
        """Whether any due date rests on an unpublished (provisional) holiday year."""
        return any(line.provisional for line in self.lines)

    def render(self) -> str:
        """The schedule as a plain-text refund notice, amounts in figures and in 大写.

        The notice is addressed to the member, so it is always Chinese whatever the active
        language (:mod:`custops.i18n`).  CJK characters count as two columns, so the table
        lines up in a terminal.
        """
        return _render(self)


# --------------------------------------------------------------------------- logic


def _claims(value: Any) -> tuple[Claim, ...]:
    if isinstance(value, (str, bytes, Claim)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "claims", value, f"must be a sequence of Claim, not a {type_name(value)}"
        )
    items = tuple(value)
    for i, item in enumerate(items):
        require_type(f"claims[{i}]", item, Claim, "a Claim")
    return items


def _due(scheduled_on: _dt.date, calendar: WorkCalendar | None) -> tuple[_dt.date, bool]:
    """The day ``scheduled_on`` is paid (next working day if it is a rest day, Civil Code
    art. 203, R-DEP-02) and whether that rests on an unpublished holiday year."""
    if calendar is None:
        return scheduled_on, False
    due_on = calendar.roll(scheduled_on)
    provisional = not calendar.is_published(scheduled_on.year) or (
        due_on.year != scheduled_on.year and not calendar.is_published(due_on.year)
    )
    return due_on, provisional


def _grosses(reserve: Decimal, policy: DepositPolicy) -> list[Decimal]:
    """Each tranche's share of ``reserve``: the cumulative share rounded to the fen less
    what the earlier tranches took; the last takes the remainder (R-DEP-02)."""
    grosses: list[Decimal] = []
    cumulative_share = Decimal(0)
    taken = Decimal("0.00")
    for tranche in policy.tranches[:-1]:
        cumulative_share += tranche.share
        upto = min(policy.round(reserve * cumulative_share), reserve)
        grosses.append(upto - taken)
        taken = upto
    return [*grosses, reserve - taken]


# The reasons of the schedule's lines (R-DEP-01, R-DEP-02, R-DEP-03).
_AT_ANNOUNCEMENT = N_("balance {balance} minus the reserve {reserve}, refunded at the announcement")
_TRANCHE = N_("{share} of the reserve, {months} months after {announced_on}")
_ROLLED = N_("{day} is a rest day: paid on the next working day, Civil Code art. 203")
_OWED = N_(
    "the claim of {day} for {description} exceeds what is left to pay by {rest}: owed by the member"
)


def refund_schedule(
    *,
    peak: Any,
    balance: Any,
    announced_on: _dt.date,
    claims: Iterable[Claim] = (),
    policy: DepositPolicy | None = None,
    calendar: WorkCalendar | None = None,
) -> RefundSchedule:
    """The refund schedule of a terminated member's deposit (R-DEP-01, R-DEP-02, R-SLA-24).

    - The **reserve** is ``reserve_rate`` (20%) of ``peak``, rounded down to the fen
      (``policy.reserve_rounding``) so it never exceeds 20% of the peak, and never more
      than the ``balance`` held (R-DEP-01).
    - The balance above the reserve is refunded **on the announcement day**.
    - Tranche *k* is due ``months`` after ``announced_on``: the corresponding day
      (``dateutil.relativedelta``; the announcement day itself is not counted, Civil
      Code art. 201, and a month without that day ends on its last day, art. 202:
      31 October + 4 months = 28 February), moved to the next working day of
      ``calendar`` (default :func:`custops.calendars.china`) when it is a rest day and
      ``policy.roll_to_workday`` (art. 203).  The same rule applies to the
      announcement-day refund.
    - Tranche amounts: the cumulative share rounded to the fen minus what earlier
      tranches took, so the last takes the remainder (for 40% / 60%: 40% rounded
      ROUND_HALF_UP, then the rest) and no tranche is ever negative.
    - **Claims** (:class:`Claim`) are netted, in the order of their date, against the
      earliest payment not yet made on the claim's date (due on or after it) with
      something left (R-DEP-03; D8 第十一条(三) 会员应结清与交易所的所有费用): a claim
      dated on or before the announcement-day payment is netted against that payment
      before it touches the reserve, so the member never owes while being paid out.  A
      claim larger than everything still to be paid is recorded as owed by the member,
      or refused (``policy.excess_claims``) with :class:`~custops.errors.InvalidInput`.

    Fees already paid to the exchange are not part of the ``balance`` and are never
    refunded (R-DEP-03).  ``balance`` may not exceed ``peak`` (the peak is the largest
    the balance has been).  A schedule reaching past the calendar (year 9999) is refused
    with :class:`~custops.errors.InvalidInput` naming ``announced_on``.

    >>> import datetime
    >>> s = refund_schedule(
    ...     peak="1000000", balance="150000", announced_on=datetime.date(2025, 12, 15),
    ...     claims=[Claim("70000", datetime.date(2026, 1, 10), "交易手续费欠款", kind="未缴费用")],
    ... )
    >>> s.reserve, s.at_announcement.amount
    (Decimal('150000.00'), Decimal('0.00'))
    >>> [(str(t.due_on), t.gross, t.amount) for t in s.tranches]
    [('2026-04-15', Decimal('60000.00'), Decimal('0.00')),
     ('2026-06-15', Decimal('90000.00'), Decimal('80000.00'))]
    >>> s.total == s.balance - s.claimed == Decimal("80000.00")
    True
    """
    pol = policy_or_default(policy, DepositPolicy)
    if calendar is not None:
        require_type("calendar", calendar, WorkCalendar, "a WorkCalendar")
    peak_amount = yuan(peak, argument="peak", non_negative=True)
    held = yuan(balance, argument="balance", non_negative=True)
    if held > peak_amount:
        raise InvalidInput.for_argument(
            "balance",
            balance,
            f"must not exceed the peak {peak_amount} (the peak is the largest the deposit "
            "has been)",
        )
    start = require_date("announced_on", announced_on)
    claim_list = _claims(claims)
    cal = calendar_or_china(calendar) if pol.roll_to_workday else None

    reserve = min(pol.reserve_of(peak_amount), held)
    # Payment 0 is the announcement-day refund, payments 1… the tranches.
    grosses = [held - reserve, *_grosses(reserve, pol)]
    scheduled = [start, *(t.scheduled_on(start) for t in pol.tranches)]
    try:
        dues = [_due(day, cal) for day in scheduled]
    except CalendarNotPublished:
        raise
    except (CustopsError, ValueError, OverflowError) as exc:  # past the calendar's years
        raise _outside("announced_on", start, exc) from None

    # Claims: by date, each netted against the earliest payment still unpaid on its date.
    left = list(grosses)
    taken_from: list[list[Deduction]] = [[] for _ in grosses]
    owed_lines: list[ScheduleLine] = []
    for index in sorted(range(len(claim_list)), key=lambda i: (claim_list[i].on, i)):
        claim = claim_list[index]
        open_payments = [k for k, (due_on, _flag) in enumerate(dues) if due_on >= claim.on]
        available = _sum(left[k] for k in open_payments)
        if claim.amount > available and pol.excess_claims is ExcessClaims.REFUSE:
            raise InvalidInput.for_argument(
                f"claims[{index}]",
                claim,
                f"claims {claim.amount} but only {available} is left to pay on or after "
                f"{claim.on}; the policy refuses a claim the deposit cannot cover "
                "(excess_claims=REFUSE)",
            )
        rest = claim.amount
        for k in open_payments:
            part = min(rest, left[k])
            if part > 0:
                left[k] -= part
                rest -= part
                taken_from[k].append(Deduction(index, claim, part))
        if rest > 0:
            day = max(claim.on, start)
            owed_lines.append(
                ScheduleLine(
                    kind=LineKind.OWED,
                    label=f"会员尚欠（{claim.kind.label}）",
                    due_on=day,
                    amount=rest,
                    rule="R-DEP-03",
                    reason=_(_OWED, day=claim.on, description=claim.description, rest=rest),
                    gross=rest,
                    scheduled_on=day,
                )
            )

    lines: list[ScheduleLine] = []
    for k, (due_on, provisional) in enumerate(dues):
        deductions = tuple(taken_from[k])
        said = {"balance": held, "reserve": reserve, "announced_on": start, "day": scheduled[k]}
        if k == 0:
            kind, rule, label = LineKind.AT_ANNOUNCEMENT, "R-DEP-01", "公告日退还超出保障金部分"
            why = [_(_AT_ANNOUNCEMENT, **said)]
        else:
            tranche = pol.tranches[k - 1]
            share = _percent(tranche.share)
            kind, rule, label = LineKind.TRANCHE, "R-DEP-02", f"第{k}期 风险保障金{share}"
            why = [_(_TRANCHE, **said, share=share, months=tranche.months)]
        if due_on != scheduled[k]:
            why.append(_(_ROLLED, **said))
        if deductions:
            why.append(_("less claims of {claimed}", claimed=_sum(d.amount for d in deductions)))
        lines.append(
            ScheduleLine(
                kind=kind,
                label=label,
                due_on=due_on,
                amount=left[k],
                rule=rule,
                reason=_("; ").join(why),
                gross=grosses[k],
                scheduled_on=scheduled[k],
                deductions=deductions,
                provisional=provisional,
            )
        )
    lines.extend(owed_lines)
    lines.sort(key=lambda line: (line.due_on, line.kind is LineKind.OWED))
    return RefundSchedule(
        peak=peak_amount,
        balance=held,
        announced_on=start,
        reserve=reserve,
        lines=tuple(lines),
        claims=claim_list,
        policy=pol,
    )


# --------------------------------------------------------------------------- rendering


def _figures(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def _percent(share: Decimal) -> str:
    """``Decimal('0.4')`` → ``'40%'``."""
    return f"{(share * 100).normalize():f}%"


def _words(amount: Decimal) -> str:
    if abs(amount) > MAX_UPPERCASE:
        return "（超出大写范围）"
    return uppercase(amount, negative="mark")


def _table(rows: list[tuple[str, ...]], right_aligned: frozenset[int]) -> list[str]:
    """The rows as text, each column padded to its widest cell in terminal columns."""
    measured = [[(cell, display_width(cell)) for cell in row] for row in rows]
    widths = [max(row[c][1] for row in measured) for c in range(len(rows[0]))]
    out: list[str] = []
    for row in measured:
        cells = [
            " " * (widths[c] - w) + cell if c in right_aligned else cell + " " * (widths[c] - w)
            for c, (cell, w) in enumerate(row)
        ]
        out.append("  ".join(cells).rstrip())
    return out


def _render(s: RefundSchedule) -> str:
    """The refund notice to the member: always in Chinese, whatever the active language."""
    head = _table(
        [
            ("终止会员资格公告日", str(s.announced_on)),
            ("保证金最大峰值", _figures(s.peak)),
            ("保证金余额", _figures(s.balance)),
            (f"风险保障金（最大峰值的{_percent(s.policy.reserve_rate)}）", _figures(s.reserve)),
        ],
        frozenset({1}),
    )
    rows: list[tuple[str, ...]] = [("项目", "到期日", "金额", "大写", "规则")]
    for line in s.lines:
        due = f"{line.due_on}{' *' if line.provisional else ''}"
        rows.append((line.label, due, _figures(line.signed), _words(line.signed), line.rule))
    rows.append(("合计", "", _figures(s.total), _words(s.total), ""))
    body = _table(rows, frozenset({2}))
    rule = "-" * max(display_width(text) for text in body)
    notes: list[str] = []
    for line in s.lines:
        if line.kind is not LineKind.OWED and line.due_on != line.scheduled_on:
            notes.append(
                f"{line.label}：{line.scheduled_on} 为休息日，"
                f"顺延至 {line.due_on}（民法典第二百零三条）"
            )
        for d in line.deductions:
            notes.append(
                f"{line.label}：扣除{d.claim.kind.label} {_figures(d.amount)}"
                f"（{d.claim.on}，{d.claim.description}）"
            )
    if s.provisional:
        notes.append("* 该年度节假日安排尚未公布，到期日按法定节假日推算，以公布为准")
    notes.append("已缴交易所的各项费用不予退还，终止过程中的费用由会员承担（R-DEP-03）")
    parts = ["会员保证金退还计划", *head, "", body[0], rule, *body[1:-1], rule, body[-1]]
    return "\n".join([*parts, "", *notes])
