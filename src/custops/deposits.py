"""The refund schedule of a terminated exchange member's deposit (D8 第十一条(五);
docs/deposits.md): a risk reserve (风险保障金) of 20% of the peak is kept (R-DEP-01) and
returned 40% / 60% four and six months later (R-DEP-02, R-SLA-24); claims are netted
(R-DEP-03).  Only this deposit: a tenant's is refunded at move-out less what is owed (D6,
:func:`custops.moveout.settle`, whose arithmetic serves any other deposit too)."""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from custops._dates import MAX_MONTHS, add_months
from custops._enums import enum_field
from custops._text import (
    amount_text,
    block,
    colon,
    display_width,
    english,
    joined,
    percent,
    quote_word,
    verdict_word,
    word_list,
)
from custops._validate import (
    ANY_TEXT,
    BOOL,
    DATE,
    QUOTED,
    RATE,
    SHARE,
    entry,
    field_converter,
    fitted_call,
    in_date_range,
    item_argument,
    of_part,
    optional_check,
    policy_or_default,
    require_date,
    require_distinct,
    require_int,
    require_items,
    require_pairs,
    require_type,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import Explained
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import N_, _, key_words, ngettext
from custops.money import (
    MAX_UPPERCASE,
    ROUNDING,
    ZERO,
    MoneyInput,
    NegativeAmount,
    Rounding,
    difference,
    exact_product,
    require_money,
    require_positive_money,
    total,
    uppercase,
)

__all__ = [
    "Claim",
    "ClaimKind",
    "Deduction",
    "DepositPolicy",
    "ExcessClaims",
    "LineKind",
    "PeakDeposit",
    "RefundSchedule",
    "ScheduleLine",
    "Tranche",
    "peak_deposit",
    "refund_schedule",
]


class ExcessClaims(LabelledEnum):
    """What a claim the reserve cannot cover becomes (R-DEP-03): ``OWED`` by the member
    (default) or ``REFUSE``, the schedule refused with :class:`~custops.errors.InvalidInput`.

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
    """The kinds of line of a :class:`RefundSchedule`, each with its :attr:`sign`.

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


def _months(argument: str, value: Any) -> int:
    """A tranche's months: at least 1 ("N个月后", a period word like "N个月内", R-DEP-02; a
    payment on the announcement day is the refund of R-DEP-01, not a tranche), as every
    month count of a policy is (``ExchangePolicy.inactivity_months``)."""
    months = require_int(argument, value)
    within(argument, value, months, low=1, high=MAX_MONTHS, error=PolicyError)
    return months


if TYPE_CHECKING:

    def _MONTHS(value: int) -> int: ...  # noqa: N802

else:
    _MONTHS = field_converter(_months, takes="int")


@attrs.frozen
class Tranche:
    """One instalment of the reserve: ``share`` of it, ``months`` after the announcement.

    >>> Tranche(4, "0.40")
    Tranche(months=4, share=Decimal('0.40'))
    """

    months: int = attrs.field(converter=_MONTHS)
    share: Decimal = attrs.field(converter=SHARE)

    def scheduled_after(self, announced_on: _dt.date) -> _dt.date:
        """The day this tranche is scheduled: the corresponding day ``months`` after
        ``announced_on`` (Civil Code arts. 201-202), its line's ``scheduled_on``.

        >>> import datetime
        >>> Tranche(4, "0.4").scheduled_after(datetime.date(2025, 10, 31))
        datetime.date(2026, 2, 28)
        """
        start = require_date("announced_on", announced_on)
        try:
            return add_months(start, self.months, argument="announced_on")
        except InvalidInput:
            later = f"is outside the calendar ({self.months} months later)"
            raise InvalidInput.for_argument("announced_on", start, later) from None


def _tranches(argument: str, value: Any) -> tuple[Tranche, ...]:
    """The tranches of ``value``; a bad pair is refused naming its place (``tranches[0]``)
    and showing the pair given, with the tranche's own reason."""
    items = require_pairs(argument, value, "a sequence of Tranche", "(months, share)", also=Tranche)
    tranches = []
    for i, item in enumerate(items):
        if isinstance(item, Tranche):
            tranches.append(item)
            continue
        try:
            tranches.append(Tranche(*item))
        except (InvalidInput, InvalidType, PolicyError) as exc:  # a range: a policy's refusal
            raise of_part(exc, f"{argument}[{i}]", item) from None
    return tuple(tranches)


_SEED_TRANCHES = (Tranche(4, Decimal("0.40")), Tranche(6, Decimal("0.60")))
if TYPE_CHECKING:

    def _TRANCHES(  # noqa: N802
        value: Iterable[Tranche | tuple[int, Decimal | int | str]],
    ) -> tuple[Tranche, ...]: ...
    def _EXCESS(value: ExcessClaims | str) -> ExcessClaims: ...  # noqa: N802

else:
    _TRANCHES = field_converter(
        _tranches, takes="Iterable[Tranche | tuple[int, Decimal | int | str]]"
    )
    _EXCESS = enum_field(ExcessClaims)


@attrs.frozen(kw_only=True)
class DepositPolicy:
    """Every number of the deposit refund (R-DEP-01, R-DEP-02); defaults are the seed's.

    ``reserve_rate`` of the peak is kept (R-DEP-01), to the fen with ``reserve_rounding``;
    ``tranches`` return it (R-DEP-02, R-SLA-24; shares add up to 1, months increase), each
    with ``rounding``, the last taking the remainder (with no reserve kept, as with a
    ``reserve_rate`` of 0, the tranches are left out of a schedule; with one, a tranche that
    rounds to 0.00 keeps its own line); ``roll_to_workday`` (Civil Code art.
    203: every payment due on a rest day, the announcement's refund as a tranche, is paid on
    the next working day); ``excess_claims``.  A bad policy raises
    :class:`~custops.errors.PolicyError`:

    >>> DepositPolicy(tranches=[(3, "0.5"), (6, "0.4")])
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: tranches: shares must add up to exactly 1, they add up to 0.9 ...
    """

    reserve_rate: Decimal = attrs.field(default=Decimal("0.20"), converter=RATE)
    tranches: tuple[Tranche, ...] = attrs.field(default=_SEED_TRANCHES, converter=_TRANCHES)
    roll_to_workday: bool = attrs.field(default=True, converter=BOOL)
    rounding: Rounding = attrs.field(default=Rounding.HALF_UP, converter=ROUNDING)
    reserve_rounding: Rounding = attrs.field(default=Rounding.DOWN, converter=ROUNDING)
    excess_claims: ExcessClaims = attrs.field(default=ExcessClaims.OWED, converter=_EXCESS)

    def __attrs_post_init__(self) -> None:
        if not self.tranches:
            raise PolicyError.for_argument("tranches", self.tranches, "must not be empty")
        shares = sum((t.share for t in self.tranches), Decimal(0))
        if shares != 1:
            problem = f"shares must add up to exactly 1, they add up to {shares.normalize()}"
            raise PolicyError.for_argument("tranches", self.tranches, problem)
        if any(b.months <= a.months for a, b in itertools.pairwise(self.tranches)):
            problem = "months must strictly increase"
            raise PolicyError.for_argument("tranches", self.tranches, problem)

    def round(self, amount: Decimal) -> Decimal:
        """``amount`` rounded to the fen with the policy's rounding.

        >>> DepositPolicy().round(Decimal("0.125"))
        Decimal('0.13')
        """
        return self.rounding.round(amount)

    def reserve_of(self, peak: Decimal) -> Decimal:
        """``reserve_rate`` of ``peak``, brought to the fen with ``reserve_rounding`` (R-DEP-01).

        >>> DepositPolicy().reserve_of(Decimal("0.04"))   # 20% = 0.008: never more than 20%
        Decimal('0.00')
        """
        # exact: a peak of 30 digits times the rate is rounded by the default 28-digit context
        return self.reserve_rounding.times(require_money("peak", peak), self.reserve_rate)

    def reserve_share(self, peak: Decimal) -> Decimal:
        """``reserve_rate`` of ``peak`` exactly, before :meth:`reserve_of` brings it to the fen
        (R-DEP-01): an answer shows both when the rounding changed the amount.

        >>> DepositPolicy().reserve_share(Decimal("123456.78"))
        Decimal('24691.3560')
        """
        return exact_product(require_money("peak", peak), self.reserve_rate)


if TYPE_CHECKING:

    def _KIND(value: ClaimKind | str) -> ClaimKind: ...  # noqa: N802

else:
    _KIND = enum_field(ClaimKind)


#: A claim's amount: whole fen (a claimed amount is never rounded), more than 0.
_claim_amount = functools.partial(require_positive_money, problem="a claim must be more than 0")


if TYPE_CHECKING:

    def _CLAIM_AMOUNT(value: Decimal | int | str) -> Decimal: ...  # noqa: N802

else:
    _CLAIM_AMOUNT = field_converter(_claim_amount, takes="Decimal | int | str")


@attrs.frozen
class Claim:
    """A claim of the exchange against the deposit (R-DEP-03): amount, day, description, kind.

    >>> import datetime
    >>> c = Claim("1200", "2025年12月会员管理费", on=datetime.date(2026, 1, 5), kind="未缴费用")
    >>> c.amount, c.kind.label
    (Decimal('1200.00'), '未缴费用')
    """

    amount: Decimal = attrs.field(converter=_CLAIM_AMOUNT)
    on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    description: str = attrs.field(converter=QUOTED)  # shown in reasons
    kind: ClaimKind = attrs.field(default=ClaimKind.OTHER, kw_only=True, converter=_KIND)


def _amount(argument: str, value: Any) -> Decimal:
    """A computed amount held by a result (a line, a deduction): a ``Decimal`` of whole fen,
    not negative; a tampered or hand-built value is refused naming ``argument``."""
    return require_money(argument, require_type(argument, value, Decimal, "a Decimal"))


@attrs.frozen
class Deduction:
    """The part ``amount`` of claim number ``claim_index`` taken from a payment (R-DEP-03):
    more than 0, at most the claim's amount, whole fen."""

    claim_index: int
    claim: Claim
    amount: Decimal

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "claim_index", require_int("claim_index", self.claim_index, low=0))
        require_type("claim", self.claim, Claim, "a Claim")
        amount, claimed = _amount("amount", self.amount), self.claim.amount
        problem = f"must be more than 0 and at most the claim's {claimed}"
        within("amount", self.amount, amount, low=0, high=claimed, low_open=True, problem=problem)


@attrs.frozen
class ScheduleLine(Explained):
    """One line of a refund schedule: what, when, how much (never negative: ``signed`` has
    the direction; a payment's ``amount = gross - deducted``), by which rule, and why;
    ``scheduled_on`` ends the period (art. 202), ``due_on`` is the payday (art. 203).

    A line keeps facts, not sentences: ``announced_on``; the announcement's line the
    ``peak``, the ``reserve`` kept and the policy's ``reserve_rate`` and ``reserve_rounding``
    that set it (R-DEP-01); a tranche's line the policy's ``tranche`` it pays and its
    ``tranche_number`` (1, 2, …; R-DEP-02); an owed line the ``claim`` it is owed for
    (R-DEP-03).  Its :attr:`label` and :attr:`reason` are worded from them when read, in
    the language active then.  ``str()`` is one line headed by the ``kind``; a line has no
    truth value."""

    kind: LineKind
    due_on: _dt.date = attrs.field(converter=DATE)
    amount: Decimal
    rule: str = attrs.field(converter=ANY_TEXT)
    gross: Decimal
    scheduled_on: _dt.date = attrs.field(converter=DATE)
    deductions: tuple[Deduction, ...] = ()
    provisional: bool = attrs.field(default=False, converter=BOOL)
    announced_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    peak: Decimal | None = attrs.field(default=None, kw_only=True)
    reserve: Decimal | None = attrs.field(default=None, kw_only=True)
    reserve_rate: Decimal | None = attrs.field(default=None, kw_only=True)
    reserve_rounding: Rounding | None = attrs.field(default=None, kw_only=True)
    tranche: Tranche | None = attrs.field(default=None, kw_only=True)
    tranche_number: int | None = attrs.field(default=None, kw_only=True)
    claim: Claim | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        """R-DEP-01/02/03: whole fen, ``amount = gross - deducted`` (an owed line has no
        deductions), paid on or after the day it was scheduled."""
        require_type("kind", self.kind, LineKind, "a LineKind")
        _amount("gross", self.gross)
        _amount("amount", self.amount)
        needs = {
            LineKind.AT_ANNOUNCEMENT: ("peak", "reserve", "reserve_rate", "reserve_rounding"),
            LineKind.TRANCHE: ("tranche", "tranche_number"),
            LineKind.OWED: ("claim",),
        }[self.kind]
        for name in (*_LINE_FACTS, "claim"):
            given = getattr(self, name)
            if (given is None) is (name in needs):
                problem = f"a {self.kind.value} line has {'a' if name in needs else 'no'} {name}"
                raise InvalidInput.for_argument(name, given, problem)
        if self.peak is not None and self.reserve is not None:
            _amount("peak", self.peak)
            _amount("reserve", self.reserve)
        if self.tranche is not None:
            require_type("tranche", self.tranche, Tranche, "a Tranche")
            require_int("tranche_number", self.tranche_number, low=1)
        optional_check(_CLAIM)("claim", self.claim)
        require_items("deductions", self.deductions, "a tuple of Deduction", holding=Deduction)
        if self.kind is LineKind.OWED and self.deductions:
            problem = "an owed line has no deductions"
            raise InvalidInput.for_argument("deductions", self.deductions, problem)
        if self.amount != difference(self.gross, less=self.deducted):
            problem = f"must be gross {self.gross} less the deductions {self.deducted}"
            raise InvalidInput.for_argument("amount", self.amount, problem)
        problem = f"must not be before scheduled_on {self.scheduled_on}"
        within("due_on", self.due_on, self.due_on, low=self.scheduled_on, problem=problem)

    @property
    def label(self) -> str:
        """The line's name in the active language (``第1期 风险保障金40%``, ``tranche 1: 40%
        of the reserve``)."""
        if self.tranche is not None:
            return _(
                "tranche {number}: {share} of the reserve",
                number=self.tranche_number,
                share=percent(self.tranche.share),
            )
        if self.claim is not None:
            kind = self.claim.kind
            return _("owed by the member ({kind})", kind=key_words(kind) if english() else kind)
        return _("refund at the announcement (balance above the reserve)")

    @property
    def reason(self) -> str:  # type: ignore[override]
        """Why the line pays what it does, when, in the active language (R-DEP-01/02/03)."""
        return _line_reason(self)

    @property
    def signed(self) -> Decimal:
        """The amount with its direction: positive to the member, negative owed by them."""
        return self.amount if self.kind.sign > 0 else self.amount.copy_negate()  # exact

    @property
    def deducted(self) -> Decimal:
        """The total of the claims taken from this line."""
        return total(d.amount for d in self.deductions)

    def _verdict(self) -> str:
        return verdict_word(self.kind)


@attrs.frozen
class RefundSchedule(Explained):
    """The refund of a terminated member's deposit, line by line (R-DEP-01, R-DEP-02):
    ``total`` always equals ``balance - claimed`` exactly.  A result like any other:
    ``rule`` is R-DEP-02 (the schedule), ``rule_ids`` every rule it applies, ``reason`` one
    line, ``explain()`` that line and one per schedule line; :meth:`render` is the notice
    to the member (a customer document, in Chinese)."""

    peak: Decimal
    balance: Decimal
    announced_on: _dt.date
    reserve: Decimal
    lines: tuple[ScheduleLine, ...]
    claims: tuple[Claim, ...]
    policy: DepositPolicy = attrs.field(kw_only=True)

    def __attrs_post_init__(self) -> None:
        """The invariants, however the schedule was built (or loaded by :mod:`custops.serial`):
        whole fen, ``balance <= peak``, the policy's reserve (R-DEP-01) and tranches (R-DEP-02),
        each deduction of its claim, ``total == balance - claimed`` (R-DEP-03)."""
        pol = require_type("policy", self.policy, DepositPolicy, "a DepositPolicy")
        require_date("announced_on", self.announced_on)
        peak, balance = _amount("peak", self.peak), _amount("balance", self.balance)
        within("balance", balance, balance, high=peak, problem=f"must not exceed peak {peak}")
        reserve = min(pol.reserve_of(peak), balance)
        if _amount("reserve", self.reserve) != reserve:
            problem = f"must be {reserve}: the policy's share of the peak, at most the balance"
            raise InvalidInput.for_argument("reserve", self.reserve, problem)
        require_items("claims", self.claims, "a tuple of Claim", holding=Claim)
        lines = require_items("lines", self.lines, "a tuple of ScheduleLine", holding=ScheduleLine)
        paid = [line for line in lines if line.kind is not LineKind.OWED]
        scheduled, grosses = _payments(self.announced_on, balance, reserve, pol)
        found = sorted(
            (line.scheduled_on, line.kind is LineKind.TRANCHE, line.gross) for line in paid
        )
        every = sorted(
            (day, k > 0, g) for k, (day, g) in enumerate(zip(scheduled, grosses, strict=True))
        )
        paying = [line for line in every if not line[1] or line[2] > 0]
        if found not in (paying, every):  # no reserve kept (or stored before 0.00 lines were)
            problem = (
                "must be the payment at the announcement and one line per tranche of the "
                "policy that returns some of the reserve"
            )
            raise InvalidInput.for_argument("lines", [line.gross for line in paid], problem)
        for line in lines:
            for d in line.deductions:
                if d.claim_index >= len(self.claims) or self.claims[d.claim_index] != d.claim:
                    problem = "must name one of the schedule's claims"
                    raise InvalidInput.for_argument("claim_index", d.claim_index, problem)
        owing = difference(balance, less=self.claimed)  # exact: amounts have up to 30 digits
        if self.total != owing:
            problem = f"the lines must add up to balance - claimed = {owing}"
            raise InvalidInput.for_argument("lines", self.total, problem)

    @property
    def tranche_lines(self) -> tuple[ScheduleLine, ...]:
        """The tranche lines, in order."""
        return tuple(line for line in self.lines if line.kind is LineKind.TRANCHE)

    @property
    def at_announcement(self) -> ScheduleLine:
        """The line refunding the balance above the reserve."""
        return next(line for line in self.lines if line.kind is LineKind.AT_ANNOUNCEMENT)

    @property
    def refunded(self) -> Decimal:
        """Everything paid to the member."""
        return total(line.amount for line in self.lines if line.kind.sign > 0)

    @property
    def owed(self) -> Decimal:
        """What the member still owes after the reserve is used up (0 if nothing)."""
        return total(line.amount for line in self.lines if line.kind.sign < 0)

    @property
    def claimed(self) -> Decimal:
        """The total of the claims."""
        return total(c.amount for c in self.claims)

    @property
    def total(self) -> Decimal:
        """The sum of the signed lines: ``balance - claimed``, fen for fen."""
        return total(line.signed for line in self.lines)

    @property
    def provisional(self) -> bool:
        """Whether any due date rests on an unpublished (provisional) holiday year."""
        return any(line.provisional for line in self.lines)

    @property
    def rule(self) -> str:  # type: ignore[override]
        """R-DEP-02: the refund in tranches is the schedule's rule."""
        return "R-DEP-02"

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules the schedule applies: the reserve (R-DEP-01), the tranches (R-DEP-02),
        the claims and costs (R-DEP-03)."""
        return ("R-DEP-01", "R-DEP-02", "R-DEP-03")

    @property
    def reason(self) -> str:  # type: ignore[override]
        """One line in the active language: what is refunded in how many payments, from the
        announcement, or from the first payment's day and the announcement's when they differ
        (a rest day moved it, art. 203; nothing was paid that day), and what the claims took
        and the member owes."""
        paying = [line for line in self.lines if line.kind.sign > 0 and line.amount > 0]
        count = len(paying)
        said = {
            "refunded": self.refunded,
            "count": count,
            "announced_on": self.announced_on,
            "claimed": self.claimed,
            "owed": self.owed,
        }
        if not paying:  # "in 0 payments" says nothing: say why nothing is refunded
            if self.claimed > 0:
                return _(
                    "nothing is refunded: the claims of {claimed} take the whole balance of "
                    "{balance}; owed {owed}",
                    claimed=self.claimed,
                    balance=self.balance,
                    owed=self.owed,
                )
            return _(
                "nothing is refunded: the balance is {balance}; claims {claimed}, owed {owed}",
                balance=self.balance,
                claimed=self.claimed,
                owed=self.owed,
            )
        first_on = min((line.due_on for line in paying), default=self.announced_on)
        if first_on != self.announced_on and self.reserve_capped:
            return ngettext(
                "refund of {refunded} in {count} payment from {first_on}, announced on "
                "{announced_on}, the balance below {rate} of the peak all kept as the reserve; "
                "claims {claimed}, owed {owed}",
                "refund of {refunded} in {count} payments from {first_on}, announced on "
                "{announced_on}, the balance below {rate} of the peak all kept as the reserve; "
                "claims {claimed}, owed {owed}",
                count,
                **said,
                first_on=first_on,
                rate=percent(self.policy.reserve_rate),
            )
        if first_on != self.announced_on:
            return ngettext(
                "refund of {refunded} in {count} payment from {first_on}, announced on "
                "{announced_on}; claims {claimed}, owed {owed}",
                "refund of {refunded} in {count} payments from {first_on}, announced on "
                "{announced_on}; claims {claimed}, owed {owed}",
                count,
                **said,
                first_on=first_on,
            )
        if self.reserve_capped:
            return ngettext(
                "refund of {refunded} in {count} payment from {announced_on}, "
                "the balance below {rate} of the peak all kept as the reserve; "
                "claims {claimed}, owed {owed}",
                "refund of {refunded} in {count} payments from {announced_on}, "
                "the balance below {rate} of the peak all kept as the reserve; "
                "claims {claimed}, owed {owed}",
                count,
                **said,
                rate=percent(self.policy.reserve_rate),
            )
        return ngettext(
            "refund of {refunded} in {count} payment from {announced_on}; "
            "claims {claimed}, owed {owed}",
            "refund of {refunded} in {count} payments from {announced_on}; "
            "claims {claimed}, owed {owed}",
            count,
            **said,
        )

    @property
    def reserve_capped(self) -> bool:
        """Whether the balance was below the policy's share of the peak, so all of it is
        kept as the reserve and nothing is refunded at the announcement (R-DEP-01)."""
        return self.reserve < self.policy.reserve_of(self.peak)

    def explain(self) -> str:
        """The one-line account, then one line per schedule line.

        >>> import datetime
        >>> day = datetime.date(2025, 12, 15)
        >>> print(refund_schedule(peak="1000", balance="900", announced_on=day).explain())
        结果（R-DEP-02）：自 2025-12-15 起分 3 次退还 900.00 元；索赔 0.00 元，会员欠付 0.00 元
          公告日退还（R-DEP-01）：2025-12-15 退还 700.00 元；保证金余额 900.00 元减去风险...
          分期退还（R-DEP-02）：2026-04-15 退还 80.00 元；风险保障金的 40%，公告日 2025-12-...
          分期退还（R-DEP-02）：2026-06-15 退还 120.00 元；风险保障金的 60%，公告日 2025-12...
        """
        return block(str(self), self.lines)

    def render(self) -> str:
        """The schedule as a plain-text refund notice in the active language: in Chinese the
        notice to the member, amounts in figures and in 大写; in English the same notice for
        staff who read English, amounts in figures (大写 is a Chinese way of writing them).
        CJK characters count as two columns."""
        if english():
            return self._render_english()
        rate = percent(self.policy.reserve_rate)
        head: list[tuple[str, ...]] = [
            ("终止会员资格公告日", str(self.announced_on)),
            ("保证金最大峰值", amount_text(self.peak)),
            ("保证金余额", amount_text(self.balance)),
            (f"风险保障金（最大峰值的{rate}）", amount_text(self.reserve)),
        ]
        if self.reserve_capped:  # not 20% of the peak: the whole balance (R-DEP-01)
            head[-1] = (f"风险保障金（保证金余额不足最大峰值的{rate}）", amount_text(self.reserve))
        rows: list[tuple[str, ...]] = [("项目", "到期日", "金额", "大写", "规则")]
        for line in self.lines:
            due = f"{line.due_on}{' *' if line.provisional else ''}"
            rows.append((line.label, due, amount_text(line.signed), _words(line.signed), line.rule))
        rows.append(("合计", "", amount_text(self.total), _words(self.total), ""))
        body = _table(rows, 2)
        rule = "-" * max(display_width(text) for text in body)
        notes: list[str] = []
        if self.reserve_capped:
            notes.append(f"保证金余额不足最大峰值的{rate}，全部留作风险保障金（R-DEP-01）")
        elif (exact := self.policy.reserve_share(self.peak)) != self.reserve:
            how, kept = self.policy.reserve_rounding.label, amount_text(self.reserve)
            share = f"最大峰值 {amount_text(self.peak)} 元的{rate}为 {_digits(exact, grouped=True)}"
            notes.append(f"风险保障金：{share} 元，按{how}取到分为 {kept} 元（R-DEP-01）")
        for line in self.lines:
            if line.kind is not LineKind.OWED and line.due_on != line.scheduled_on:
                rolled = f"{line.scheduled_on} 为休息日，顺延至 {line.due_on}（民法典第二百零三条）"
                notes.append(f"{line.label}：{rolled}")
            for d in line.deductions:
                claim = f"{d.claim.kind.label} {amount_text(d.amount)}"
                notes.append(f"{line.label}：扣除{claim}（{d.claim.on}，{d.claim.description}）")
        if self.provisional:
            notes.append("* 该年度节假日安排尚未公布，到期日按法定节假日推算，以公布为准")
        notes.append("已缴交易所的各项费用不予退还，终止过程中的费用由会员承担（R-DEP-03）")
        parts = ["交易所会员保证金退还计划", *_table(head, 1), "", body[0], rule, *body[1:-1], rule]
        return "\n".join([*parts, body[-1], "", *notes])

    def _render_english(self) -> str:
        """:meth:`render` in English: the Chinese notice's lines, worded in English."""
        rate = percent(self.policy.reserve_rate)
        head: list[tuple[str, ...]] = [
            ("Membership termination announced on", str(self.announced_on)),
            ("Peak deposit", amount_text(self.peak)),
            ("Deposit balance", amount_text(self.balance)),
            (f"Risk reserve ({rate} of the peak)", amount_text(self.reserve)),
        ]
        if self.reserve_capped:  # not 20% of the peak: the whole balance (R-DEP-01)
            head[-1] = (
                f"Risk reserve (balance below {rate} of the peak)",
                amount_text(self.reserve),
            )
        rows: list[tuple[str, ...]] = [("Item", "Due on", "Amount", "Rule")]
        for line in self.lines:
            due = f"{line.due_on}{' *' if line.provisional else ''}"
            rows.append((line.label, due, amount_text(line.signed), line.rule))
        rows.append(("Total", "", amount_text(self.total), ""))
        body = _table(rows, 2)
        rule = "-" * max(display_width(text) for text in body)
        notes: list[str] = []
        if self.reserve_capped:
            notes.append(
                f"The deposit balance is below {rate} of the peak: all of it is kept as the "
                "risk reserve (R-DEP-01)."
            )
        elif (exact := self.policy.reserve_share(self.peak)) != self.reserve:
            how = key_words(self.policy.reserve_rounding)
            notes.append(
                f"Risk reserve: {rate} of the peak {amount_text(self.peak)} is "
                f"{_digits(exact, grouped=True)}, rounded {how} to the fen: "
                f"{amount_text(self.reserve)} (R-DEP-01)."
            )
        for line in self.lines:
            if line.kind is not LineKind.OWED and line.due_on != line.scheduled_on:
                notes.append(
                    f"{line.label}: {line.scheduled_on} is a rest day, paid on {line.due_on} "
                    "(Civil Code art. 203)."
                )
            for d in line.deductions:
                claim = f"{key_words(d.claim.kind)} {amount_text(d.amount)}"
                notes.append(
                    f"{line.label}: less {claim} ({d.claim.on}, {quote_word(d.claim.description)})."
                )
        if self.provisional:
            notes.append(
                "* The year's public holidays are not published yet: the due date is reckoned "
                "from the statutory holidays and may move when they are."
            )
        notes.append(
            "Fees already paid to the exchange are not refunded; the costs of the termination "
            "are borne by the member (R-DEP-03)."
        )
        parts = ["Exchange member deposit refund schedule", *_table(head, 1), "", body[0], rule]
        return "\n".join([*parts, *body[1:-1], rule, body[-1], "", *notes])


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


_CLAIM = functools.partial(require_type, types=Claim, what="a Claim")  # an item of claims


@functools.lru_cache(maxsize=256)
def _payments(
    start: _dt.date, held: Decimal, reserve: Decimal, policy: DepositPolicy
) -> tuple[tuple[_dt.date, ...], tuple[Decimal, ...]]:
    """The days and gross amounts of the payments: 0 at the announcement ``start``, the held
    balance above the reserve (R-DEP-01); 1… the tranches, each the cumulative share of the
    reserve rounded to the fen less what the earlier took, the last the rest (R-DEP-02).
    Pure and kept for the last few arguments: a schedule asks twice, when it is made and
    when it checks itself."""
    cumulative = itertools.accumulate(t.share for t in policy.tranches[:-1])
    # exact (amounts have up to 30 digits, the default context 28): the products, the parts
    upto = [min(policy.rounding.times(reserve, c), reserve) for c in cumulative]
    tranches = [difference(b, less=a) for a, b in itertools.pairwise([ZERO, *upto, reserve])]
    days = (start, *(t.scheduled_after(start) for t in policy.tranches))
    return days, (difference(held, less=reserve), *tranches)


# The reasons of the schedule (R-DEP-02) and of its lines (R-DEP-01, R-DEP-02, R-DEP-03).
#: What a schedule line pays and on which day (first in its reason, R-DEP-01/02)
_PAID = N_("{amount} paid on {day}")
_AT_ANNOUNCEMENT = N_("balance {balance} minus the reserve {reserve}, refunded at the announcement")
_ALL_KEPT = N_(
    "balance {balance} is below {rate} of the peak {peak}: all of it is kept as the reserve, "
    "nothing refunded at the announcement"
)
_RESERVE_ROUNDED = N_(
    "the reserve, {rate} of the peak {peak}, is {exact}, rounded {how} to the fen: {reserve}"
)
_ROUNDED_AWAY = N_(
    "rounded to the fen, this tranche returns 0.00: the other tranches return the whole reserve"
)
_ROLLED = N_("{day} is a rest day: paid on the next working day, Civil Code art. 203")
_OWED = N_(
    "the claim of {day} for {description} exceeds what is left to pay by {rest}: owed by the member"
)
_PROVISIONAL = N_(
    "provisional: the public holidays of {year} are not published yet, the day may move"
)


@fitted_call
def refund_schedule(
    *,
    peak: MoneyInput,
    balance: MoneyInput,
    announced_on: _dt.date,
    claims: Iterable[Claim] = (),
    policy: DepositPolicy | None = None,
    calendar: WorkCalendar | None = None,
) -> RefundSchedule:
    """The refund schedule of a terminated member's deposit (R-DEP-01, R-DEP-02, R-SLA-24;
    claims: R-DEP-03, D8 第十一条(三)), due days rolled to working days of ``calendar``
    (default: China; Civil Code arts. 201-203), the announcement's refund too (R-DEP-01).
    Raises :class:`~custops.errors.InvalidInput` when ``balance`` exceeds ``peak``, a claim
    is dated after the last tranche is due (R-DEP-03: the deposit is all refunded by then) or
    is refused (``policy.excess_claims``), or the schedule passes the calendar's end.

    The schedule is D8's, for an exchange member's deposit, and speaks of the member, the
    reserve and the announcement; a fit-out (装修) or tenancy deposit is settled at once at
    move-out with :func:`custops.moveout.settle` (D6 四 4, R-MOV-02; docs/deposits.md).

    >>> import datetime
    >>> s = refund_schedule(
    ...     peak="1000000", balance="150000", announced_on=datetime.date(2025, 12, 15),
    ...     claims=[
    ...         Claim("70000", "交易手续费欠款", on=datetime.date(2026, 1, 10), kind="未缴费用")
    ...     ],
    ... )
    >>> [(str(t.due_on), t.gross, t.amount) for t in s.tranche_lines]
    [('2026-04-15', Decimal('60000.00'), Decimal('0.00')),
     ('2026-06-15', Decimal('90000.00'), Decimal('80000.00'))]
    """
    pol = policy_or_default(policy, DepositPolicy)
    work = calendar_or_china(calendar)
    peak_amount, held = require_money("peak", peak), require_money("balance", balance)
    problem = (
        f"must not exceed the peak {peak_amount} (the peak is the largest the deposit has been)"
    )
    within("balance", balance, held, high=peak_amount, problem=problem)
    start = require_date("announced_on", announced_on)
    claim_list = require_items("claims", claims, "a sequence of Claim", Claim, each=_CLAIM)
    try:  # each claim is an amount; together they must be one too (the schedule sums them)
        total(c.amount for c in claim_list)
    except InvalidInput:
        problem = "add up to more than an amount of money can hold"
        raise InvalidInput.for_argument("claims", claims, problem) from None
    cal = work if pol.roll_to_workday else None

    reserve = min(pol.reserve_of(peak_amount), held)
    scheduled, grosses = _payments(start, held, reserve, pol)
    if cal is not None:  # a payment day past the calendar's years: say which day, not "day"
        years = cal.supported_years
        for day in scheduled:
            if day.year not in years:
                problem = (
                    f"puts a payment on {day}, outside the years {years.start}-{years.stop - 1} "
                    f"the {cal.country} calendar supports"
                )
                raise InvalidInput.for_argument("announced_on", start, problem)
    with in_date_range("announced_on", start):  # a day past the calendar's years
        # with no reserve kept the tranches are left out: their days are not asked of the
        # calendar; with one, every tranche has its line, one rounded to 0.00 too
        dues = [
            _due(day, cal) if k == 0 or reserve else (day, False) for k, day in enumerate(scheduled)
        ]
        last_due = _due(scheduled[-1], cal)[0] if claim_list else scheduled[-1]
    for index, claim in enumerate(claim_list):  # R-DEP-03: the reserve answers until then
        if claim.on > last_due:
            problem = (
                f"is dated {claim.on}, after {last_due}, the day the last tranche of the "
                "reserve is due: the deposit is all refunded by then, so a later claim is not "
                "the deposit's to settle"
            )
            raise InvalidInput.for_argument(f"claims[{index}]", claim, problem)

    # Claims: by date, each netted against the earliest payment still unpaid on its date.
    left = list(grosses)
    taken_from: list[list[Deduction]] = [[] for _ in grosses]
    lines: list[ScheduleLine] = []  # the owed lines first, then the payments
    for index, claim in sorted(enumerate(claim_list), key=lambda item: item[1].on):
        open_payments = [k for k, (due_on, _flag) in enumerate(dues) if due_on >= claim.on]
        available = total(left[k] for k in open_payments)
        if claim.amount > available and pol.excess_claims is ExcessClaims.REFUSE:
            problem = (
                f"claims {claim.amount} but only {available} is left to pay on or after "
                f"{claim.on}; the policy refuses a claim the deposit cannot cover "
                f"(excess_claims={ExcessClaims.REFUSE.value})"
            )
            raise InvalidInput.for_argument(f"claims[{index}]", claim, problem)
        rest = claim.amount
        for k in open_payments:
            part = min(rest, left[k])
            if part > 0:
                left[k] = difference(left[k], less=part)
                rest = difference(rest, less=part)
                taken_from[k].append(Deduction(index, claim, part))
        if rest > 0:
            day = max(claim.on, start)
            owed = ScheduleLine(
                kind=LineKind.OWED,
                due_on=day,
                amount=rest,
                rule="R-DEP-03",
                gross=rest,
                scheduled_on=day,
                announced_on=start,
                claim=claim,
            )
            lines.append(owed)

    for k, (due_on, provisional) in enumerate(dues):
        first = k == 0  # the announcement's refund (R-DEP-01), then the tranches (R-DEP-02)
        if not first and not reserve:  # no reserve kept: no tranche to return (R-DEP-02)
            continue
        payment = ScheduleLine(
            kind=LineKind.AT_ANNOUNCEMENT if first else LineKind.TRANCHE,
            due_on=due_on,
            amount=left[k],
            rule="R-DEP-01" if first else "R-DEP-02",
            gross=grosses[k],
            scheduled_on=scheduled[k],
            deductions=tuple(taken_from[k]),
            provisional=provisional,
            announced_on=start,
            peak=peak_amount if first else None,
            reserve=reserve if first else None,
            reserve_rate=pol.reserve_rate if first else None,
            reserve_rounding=pol.reserve_rounding if first else None,
            tranche=None if first else pol.tranches[k - 1],
            tranche_number=None if first else k,
        )
        lines.append(payment)
    lines.sort(key=lambda line: (line.due_on, line.kind is LineKind.OWED))
    return RefundSchedule(peak_amount, held, start, reserve, tuple(lines), claim_list, policy=pol)


def _balance_days(argument: str, value: Any) -> tuple[tuple[_dt.date, Decimal], ...]:
    """The dated balances of ``value``, sorted by day: a mapping day → balance, or
    ``(day, balance)`` pairs in any order.  A day is a ``date`` (an instant is refused: which
    day it is depends on the desk's zone), a balance an amount given to custops (whole fen,
    not negative, never a float); a day given twice is refused naming the day."""
    by_key = isinstance(value, Mapping)
    what, pair = "a mapping or a sequence of (day, balance) pairs", "(day, balance)"
    read: list[tuple[_dt.date, Decimal]] = []
    for i, item in enumerate(require_pairs(argument, value, what, pair)):
        where = entry(argument, item[0]) if by_key else item_argument(argument, value, i)
        parts: list[Any] = []
        for part, check in enumerate((require_date, require_money)):
            try:  # a mapping's entry shows the key or the value refused, a pair itself
                parts.append(check(("day", "balance")[part], item[part]))
            except (InvalidInput, InvalidType) as exc:
                raise of_part(exc, where, item[part] if by_key else item) from None
        read.append((parts[0], parts[1]))
    if not read:
        raise InvalidInput.for_argument(argument, value, "must hold at least one dated balance")
    days = [day for day, _amount in read]
    require_distinct(argument, days, "gives the day {twice} twice", twice=True)
    return tuple(sorted(read))


@attrs.frozen
class PeakDeposit(Explained):
    """The peak deposit (保证金最大峰值) of a member's balance history, as at the
    announcement of the termination (R-DEP-01, D8 第十一条(五)): the ``peak`` balance, the
    ``peak_days`` it was recorded on (every day, in order; ``reached_on`` the first), the
    ``balance`` last recorded on or before ``announced_on`` (the schedule's ``balance``),
    ``day_count`` the days counted and ``later_day_count`` the days recorded after the
    announcement, left out.  Its ``reason`` and ``explain()`` are worded from these facts
    when read, in the language active then; it has no truth value.  Made by
    :func:`peak_deposit`; ``peak`` and ``balance`` are what :func:`refund_schedule` takes."""

    peak: Decimal
    peak_days: tuple[_dt.date, ...]
    balance: Decimal
    announced_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    day_count: int = attrs.field(kw_only=True)
    later_day_count: int = attrs.field(default=0, kw_only=True)

    def __attrs_post_init__(self) -> None:
        """R-DEP-01: whole fen, ``balance <= peak``, at least one peak day, the days in
        order, each on or before the announcement, no more than the days counted."""
        peak, balance = _amount("peak", self.peak), _amount("balance", self.balance)
        within("balance", balance, balance, high=peak, problem=f"must not exceed peak {peak}")
        days = require_items("peak_days", self.peak_days, "a tuple of date", each=require_date)
        if not days or any(b <= a for a, b in itertools.pairwise(days)):
            problem = "must be at least one day, in order, each once"
            raise InvalidInput.for_argument("peak_days", self.peak_days, problem)
        if days[-1] > self.announced_on:
            problem = f"must be on or before the announcement {self.announced_on}"
            raise InvalidInput.for_argument("peak_days", self.peak_days, problem)
        object.__setattr__(self, "peak_days", days)  # a tuple, however it was given
        require_int("day_count", self.day_count, low=len(days))
        require_int("later_day_count", self.later_day_count, low=0)

    @property
    def rule(self) -> str:  # type: ignore[override]
        """R-DEP-01: the reserve is computed from the deposit's peak."""
        return "R-DEP-01"

    @property
    def reached_on(self) -> _dt.date:
        """The first day the balance was at its peak."""
        return self.peak_days[0]

    @property
    def reason(self) -> str:  # type: ignore[override]
        """One line in the active language: the peak, the first day it was reached, on how
        many of the days counted up to the announcement, and the later days left out."""
        why = [
            ngettext(
                "peak deposit {peak}, first reached on {reached_on}; at the peak on "
                "{peak_day_count} of the {count} day recorded up to the announcement on "
                "{announced_on}",
                "peak deposit {peak}, first reached on {reached_on}; at the peak on "
                "{peak_day_count} of the {count} days recorded up to the announcement on "
                "{announced_on}",
                self.day_count,
                peak=self.peak,
                reached_on=self.reached_on,
                peak_day_count=len(self.peak_days),
                count=self.day_count,
                announced_on=self.announced_on,
            )
        ]
        if self.later_day_count:
            why.append(
                ngettext(
                    "{count} day recorded after the announcement is left out",
                    "{count} days recorded after the announcement are left out",
                    self.later_day_count,
                    count=self.later_day_count,
                )
            )
        return joined(why, strong=True)

    def explain(self) -> str:
        """The one-line account, then the days at the peak and the balance at the
        announcement (the schedule's ``balance``).

        >>> import datetime
        >>> day = datetime.date
        >>> found = peak_deposit(
        ...     {day(2025, 3, 3): "1000000", day(2025, 6, 30): "800000"},
        ...     announced_on=day(2025, 10, 31),
        ... )
        >>> print(found.explain())
        结果（R-DEP-01）：保证金最大峰值 1000000.00 元，2025-03-03 首次达到；截至公告日 ...
          达到峰值的日期：2025-03-03
          公告日保证金余额：800000.00 元
        """
        balance = _("{amount} yuan", amount=self.balance)
        rows = [
            colon(_("days at the peak"), word_list(self.peak_days)),
            colon(_("deposit balance at the announcement"), balance),
        ]
        return block(str(self), rows)


@fitted_call
def peak_deposit(
    balances: Mapping[_dt.date, MoneyInput] | Iterable[tuple[_dt.date, MoneyInput]],
    *,
    announced_on: _dt.date,
) -> PeakDeposit:
    """The peak deposit (保证金最大峰值) of a member's dated ``balances``, from which
    :func:`refund_schedule` keeps the reserve (R-DEP-01, D8 第十一条(五)
    按照保证金最大峰值计算): the largest balance recorded on or before ``announced_on``, the
    day the exchange announced the termination, and every day it was recorded.

    ``balances`` is a mapping day → the member's deposit balance that day, or ``(day,
    balance)`` pairs in any order (sorted here: a ledger's export order does not matter).
    A day is a ``date``; a balance an amount (``Decimal``, ``int`` or ``str``; whole fen,
    not negative; a float is refused).  Refused, naming ``balances``: no balance, a day given
    twice, no day on or before ``announced_on``.  Days after the announcement are left out
    and counted (``later_day_count``): the clause reckons the peak of the membership, which
    ends with the announcement, and a balance recorded after it is the refund under way.

    >>> import datetime
    >>> day = datetime.date
    >>> found = peak_deposit(
    ...     [(day(2025, 6, 30), "800000"), (day(2025, 3, 3), "1000000"),
    ...      (day(2025, 5, 6), "1000000"), (day(2025, 11, 3), "200000")],
    ...     announced_on=day(2025, 10, 31),
    ... )
    >>> found.peak, found.peak_days, found.balance
    (Decimal('1000000.00'), (datetime.date(2025, 3, 3), datetime.date(2025, 5, 6)),
     Decimal('800000.00'))
    >>> refund_schedule(peak=found.peak, balance=found.balance,
    ...                 announced_on=found.announced_on).reserve
    Decimal('200000.00')
    """
    start = require_date("announced_on", announced_on)
    recorded = _balance_days("balances", balances)
    counted = [(day, amount) for day, amount in recorded if day <= start]
    if not counted:
        problem = (
            f"has no balance on or before the announcement {start} (the first is dated "
            f"{recorded[0][0]}): the peak is reckoned up to the announcement"
        )
        raise InvalidInput.for_argument("balances", balances, problem)
    peak = max(amount for _day, amount in counted)
    return PeakDeposit(
        peak,
        tuple(day for day, amount in counted if amount == peak),
        counted[-1][1],
        announced_on=start,
        day_count=len(counted),
        later_day_count=len(recorded) - len(counted),
    )


#: The facts a kind of schedule line keeps, beside an owed line's ``claim``.
_LINE_FACTS = ("peak", "reserve", "reserve_rate", "reserve_rounding", "tranche", "tranche_number")


def _line_reason(line: ScheduleLine) -> str:
    """Why ``line`` pays what it does, when, in the active language, from its facts: the
    announcement's refund and the reserve kept (R-DEP-01), a tranche (R-DEP-02), a claim
    owed (R-DEP-03); a day rolled to the next working day (Civil Code art. 203), the claims
    taken and a due day that rests on holidays not yet published."""
    if line.claim is not None:  # an owed line (R-DEP-03)
        claim = line.claim
        return _(_OWED, day=claim.on, description=claim.description, rest=line.amount)
    said: dict[str, Any] = {"announced_on": line.announced_on, "day": line.scheduled_on}
    # what the line pays and when; a line of nothing (the reserve kept whole, a tranche
    # rounded away) says why instead
    paid = [_(_PAID, amount=line.amount, day=line.due_on)] if line.gross else []
    if line.tranche is not None:
        tranche = line.tranche
        why = [
            *paid,
            ngettext(
                "{share} of the reserve, {months} month after {announced_on}",
                "{share} of the reserve, {months} months after {announced_on}",
                tranche.months,
                **said,
                share=percent(tranche.share),
                months=tranche.months,
            ),
        ]
    else:
        peak, reserve, rate = line.peak, line.reserve, line.reserve_rate  # the announcement's
        how = line.reserve_rounding
        assert peak is not None
        assert reserve is not None
        assert rate is not None
        assert how is not None
        balance = line.gross + reserve  # exact: whole fen
        said.update(balance=balance, reserve=reserve)
        exact = exact_product(peak, rate)  # DepositPolicy.reserve_share
        if reserve < how.times(peak, rate):  # the whole balance is the reserve
            why = [_(_ALL_KEPT, **said, rate=percent(rate), peak=peak)]
        else:
            why = [*paid, _(_AT_ANNOUNCEMENT, **said)]
            if exact != reserve:  # say how the rounding changed it (R-DEP-01)
                rounded = {"rate": percent(rate), "peak": peak}
                rounded.update(exact=_digits(exact), how=key_words(how) if english() else how)
                why.append(_(_RESERVE_ROUNDED, **said, **rounded))
    if line.tranche is not None and line.gross == 0:  # kept as its own line (R-DEP-02)
        why.append(_(_ROUNDED_AWAY))
    if line.due_on != line.scheduled_on:
        why.append(_(_ROLLED, **said))
    if line.deductions:
        why.append(_("less claims of {claimed}", claimed=line.deducted))
    if line.provisional:
        why.append(_(_PROVISIONAL, year=line.due_on.year))
    return joined(why, strong=True)


def _digits(amount: Decimal, *, grouped: bool = False) -> str:
    """An exact amount with every digit it has, at least to the fen (``24691.356``): what a
    rounding changed, shown before the rounded amount (R-DEP-01)."""
    exponent = amount.normalize().as_tuple().exponent  # an amount is finite: an int
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{amount:{',' if grouped else ''}.{places}f}"


def _words(amount: Decimal) -> str:
    if abs(amount) > MAX_UPPERCASE:
        return "（超出大写范围）"
    return uppercase(amount, negative=NegativeAmount.MARK)


def _table(rows: list[tuple[str, ...]], right_aligned: int) -> list[str]:
    """The rows as text, each column padded to its widest cell in terminal columns.

    Not :func:`custops._text.pad` per cell (issue 12, L13): that measures every cell again
    after the widths are known; this measures each cell once, and ``render()`` of a seed
    schedule takes about 205 µs against 255 µs with ``pad`` (measured 2026-12-03)."""
    sizes = [[display_width(cell) for cell in row] for row in rows]
    widths = [max(size[c] for size in sizes) for c in range(len(rows[0]))]
    lines = []
    for row, size in zip(rows, sizes, strict=True):
        cells = []
        for c, cell in enumerate(row):
            pad = " " * (widths[c] - size[c])  # in columns, not characters (str.ljust counts those)
            cells.append(pad + cell if c == right_aligned else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return lines
