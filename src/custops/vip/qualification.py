"""Who qualifies for a VIP card (R-VIP-01, R-VIP-02): :func:`qualify`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal

import attrs

from custops._dates import DayRange
from custops._text import joined
from custops._validate import (
    DATE,
    OPTIONAL_DATE,
    OPTIONAL_ID,
    fitted_call,
    instance_check,
    policy_or_default,
    require_date,
    require_distinct,
    require_items,
    within,
)
from custops.decisions import Decision, Explained, worded_reason
from custops.enums import LabelledEnum, in_english
from custops.errors import InvalidInput
from custops.i18n import N_, _, ngettext, worded_in_english
from custops.money import MONEY, ZERO, difference, total, yuan
from custops.periods import Period, window_start
from custops.vip.policy import VipPolicy

__all__ = [
    "Purchase",
    "Qualification",
    "QualificationWindow",
    "QualifyBasis",
    "qualification_window",
    "qualify",
]


@worded_in_english
@in_english(SINGLE="single purchase", CUMULATIVE="cumulative total within six months")
class QualifyBasis(LabelledEnum):
    """Which clause of R-VIP-01 qualified the customer."""

    SINGLE = ("single", "一次性购物满额", "single purchase")
    CUMULATIVE = ("cumulative", "半年内累计满额", "within window")
    NOT_QUALIFIED = ("not_qualified", "未达标准", "none")


@attrs.frozen
class Purchase:
    """One purchase: the day, the amount actually paid (实付金额) and the part of it
    ``refunded`` by returns, on ``refunded_on``; only :attr:`net` counts toward
    qualification (R-VIP-01).

    A refund counts from its day: asked about a day before ``refunded_on``, the purchase
    counts in full (:meth:`net_as_of`), as a purchase dated after the day asked about is not
    counted.  ``refunded_on`` is the day of the return (the day :meth:`Ledger.reverse
    <custops.vip.Ledger.reverse>` records it), not before the purchase's ``on``; several
    returns of one purchase are given as their sum on the day of the last.  A refund given
    without ``refunded_on`` keeps the meaning it has always had: it counts on every day
    the purchase counts, from ``on`` (the amount net of returns as of the data's export),
    so an application that keeps no return days is answered as before — and a question
    about a past day needs the day of each refund to be exact.

    >>> from datetime import date
    >>> Purchase(date(2024, 1, 5), "1200", refunded="200").net
    Decimal('1000.00')
    >>> late = Purchase(date(2025, 3, 1), "1200", refunded="300", refunded_on=date(2025, 5, 1))
    >>> late.net_as_of(on=date(2025, 3, 1)), late.net_as_of(on=date(2025, 5, 1))
    (Decimal('1200.00'), Decimal('900.00'))
    """

    on: _dt.date = attrs.field(converter=DATE)
    paid: Decimal = attrs.field(converter=MONEY)
    ref: str | None = attrs.field(default=None, converter=OPTIONAL_ID)
    refunded: Decimal = attrs.field(default=ZERO, converter=MONEY, kw_only=True)
    refunded_on: _dt.date | None = attrs.field(default=None, converter=OPTIONAL_DATE, kw_only=True)

    def __attrs_post_init__(self) -> None:
        problem = f"must not exceed paid {self.paid}"
        within("refunded", self.refunded, self.refunded, high=self.paid, problem=problem)
        if self.refunded_on is not None:
            problem = f"must not be before the purchase's day {self.on.isoformat()}"
            within("refunded_on", self.refunded_on, self.refunded_on, low=self.on, problem=problem)
            if not self.refunded:
                problem = "is the day of a refund, and refunded is 0.00"
                raise InvalidInput.for_argument("refunded_on", self.refunded_on, problem)

    @property
    def net(self) -> Decimal:
        """The amount paid and not refunded: what counts (实付, net of returns), exact."""
        return difference(self.paid, less=self.refunded)

    @fitted_call
    def net_as_of(self, *, on: _dt.date) -> Decimal:
        """What counts of this purchase asked about on ``on``: :attr:`paid` less the refund
        when it is undated or dated ``on`` or before (R-VIP-01); 0.00 before the purchase."""
        require_date("on", on)
        if on < self.on:
            return ZERO
        if self.refunded_on is not None and self.refunded_on > on:
            return self.paid
        return self.net


@attrs.frozen
class QualificationWindow(Explained, DayRange):
    """The half year whose purchases count toward a VIP card on its last day ``end``
    (R-VIP-01): ``start`` and ``end`` both included (``day in window``), with its rule and a
    one-line ``reason``, worded from ``start`` and ``end`` when read, in the language active
    then.

    >>> from datetime import date
    >>> w = qualification_window(on=date(2024, 8, 31))
    >>> w.start, w.end, date(2024, 2, 29) in w
    (datetime.date(2024, 3, 1), datetime.date(2024, 8, 31), False)
    >>> print(w)
    结果（R-VIP-01）：2024-03-01 至 2024-08-31 的购物计入 2024-08-31 的 VIP 资格（半年内）
    """

    start: _dt.date = attrs.field(converter=DATE)
    end: _dt.date = attrs.field(converter=DATE)
    rule: str = "R-VIP-01"

    @property
    def reason(self) -> str:  # type: ignore[override]
        """Which purchases count toward a card on ``end``, in the active language."""
        said = N_("purchases from {start} to {end} count toward a VIP card on {end} (half a year)")
        return _(said, start=self.start, end=self.end)


def _qualification_reason(q: Qualification) -> str:
    """Why ``q`` qualifies or not, in the active language (R-VIP-01): the route taken, or
    each route still open, then the purchases after ``on`` not counted, if any."""
    short = difference(q.cumulative_threshold, less=q.window_total)  # the total's shortfall
    said = {
        "largest": q.largest_paid,
        "day": q.on if q.largest_paid_on is None else q.largest_paid_on,
        "single": q.single_purchase_threshold,
        "paid": q.window_total,
        "start": q.qualification_window.start,
        "on": q.on,
        "threshold": q.cumulative_threshold,
        "short": short,
    }
    message = _WHY[q.qualify_basis]
    if q.qualify_basis is QualifyBasis.NOT_QUALIFIED and short < q.single_purchase_threshold:
        message = _SHORT_OF_TOTAL  # one route: the total's
    why = _(message, **said)
    notes = [why]
    if q.later_refund_count:  # a refund counts from its day (Purchase.refunded_on)
        notes.append(
            ngettext(
                "{count} refund after {on} not deducted ({refunded})",
                "{count} refunds after {on} not deducted ({refunded} in all)",
                q.later_refund_count,
                count=q.later_refund_count,
                on=q.on,
                refunded=q.later_refunded,
            )
        )
    if not q.later_count:
        return joined(notes, strong=True)
    note = ngettext(  # not counted, but said: an answer about an earlier day must not look wrong
        "{count} purchase after {on} not counted ({later} paid)",
        "{count} purchases after {on} not counted ({later} paid in all)",
        q.later_count,
        count=q.later_count,
        on=q.on,
        later=q.later_paid,
    )
    return joined([*notes, note], strong=True)


@worded_reason(_qualification_reason)
@attrs.frozen
class Qualification(Decision):
    """Whether a customer qualifies for a VIP card on ``on``, and why (R-VIP-01): ``counted``
    are the purchases that counted, ``amount`` their sum, ``window_total`` the net spend in
    ``qualification_window`` (the half year ending on ``on``, a :class:`QualificationWindow`),
    ``needed`` the least one more purchase today must pay to qualify (the single threshold
    or what the half year's total lacks, the smaller: the ``reason`` says each route that is
    open); ``qualify_basis`` on which ground (one purchase, the cumulative total, or not at
    all).

    A qualification keeps facts, not sentences: besides those, ``largest_paid`` and
    ``largest_paid_on``, the net and the day of the largest purchase the single route
    weighed (0.00 and ``None`` without one), the
    policy's ``single_purchase_threshold`` and ``cumulative_threshold`` it was answered
    under, and ``later_count`` purchases dated after ``on`` (never counted) that paid
    ``later_paid``, and ``later_refund_count`` refunds of counted purchases dated after
    ``on`` (not deducted) of ``later_refunded`` in all.  Its ``reason`` is worded from them
    when read, in the language active then: the same purchases asked about in Chinese and
    in English give one value.

    >>> from datetime import date
    >>> from custops.i18n import language
    >>> q = qualify([Purchase(date(2024, 1, 5), "1200")], on=date(2024, 1, 5))
    >>> q.reason
    '2024-01-05 一次性实付 1200.00 元 ≥ 1000.00 元'
    >>> with language("en_US"):
    ...     q.reason, q == qualify([Purchase(date(2024, 1, 5), "1200")], on=date(2024, 1, 5))
    ('one purchase of 1200.00 paid on 2024-01-05 ≥ 1000.00', True)
    """

    qualify_basis: QualifyBasis
    on: _dt.date
    qualification_window: QualificationWindow
    counted: tuple[Purchase, ...]
    amount: Decimal
    window_total: Decimal
    needed: Decimal
    largest_paid: Decimal = attrs.field(kw_only=True)
    largest_paid_on: _dt.date | None = attrs.field(kw_only=True)
    single_purchase_threshold: Decimal = attrs.field(kw_only=True)
    cumulative_threshold: Decimal = attrs.field(kw_only=True)
    later_count: int = attrs.field(default=0, kw_only=True)
    later_paid: Decimal = attrs.field(default=ZERO, kw_only=True)
    later_refund_count: int = attrs.field(default=0, kw_only=True)
    later_refunded: Decimal = attrs.field(default=ZERO, kw_only=True)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    #: ``qualified`` or ``not yet qualified``: a customer who does not qualify is not
    #: refused anything, and may qualify with the next purchase (``needed``).
    _verdict_words = (N_("qualified"), N_("not yet qualified"))


@fitted_call
def qualification_window(*, on: _dt.date, policy: VipPolicy | None = None) -> QualificationWindow:
    """The half year that ends on ``on`` (R-VIP-01), both ends included: the one reading of
    半年内 (D7 vip资格申请条件; docs/vip.md), a purchase of day *s* counts through
    *s* + 6 months (Civil Code arts. 201–202, 1259).

    >>> from datetime import date
    >>> window = qualification_window(on=date(2024, 8, 31))  # 2024-02-29 + 6 months = 2024-08-29
    >>> window.start, window.end
    (datetime.date(2024, 3, 1), datetime.date(2024, 8, 31))
    """
    require_date("on", on)
    months = policy_or_default(policy, VipPolicy).window_months
    return QualificationWindow(window_start(on, Period.months(months), argument="on"), on)


@fitted_call
def qualify(
    purchases: Iterable[Purchase], *, on: _dt.date, policy: VipPolicy | None = None
) -> Qualification:
    """Whether the purchases up to ``on`` qualify for a VIP card (R-VIP-01, R-VIP-02): one
    purchase of at least ``single_purchase_threshold`` (reported when both hold) or at least
    ``cumulative_threshold`` within :func:`qualification_window`, of :attr:`Purchase.net`.
    A purchase is counted once: a ``ref`` given twice is refused, as :meth:`Ledger.earn
    <custops.vip.Ledger.earn>` refuses a ref it holds (purchases without a ref cannot be
    told apart and each counts).  Purchases dated after ``on`` are never counted, nor
    refunds dated after it deducted (:attr:`Purchase.refunded_on`; an undated refund is
    deducted whenever its purchase counts): a whole history may be given to ask about an
    earlier day, and the ``reason`` says how many there were and what they paid or
    refunded.

    >>> from datetime import date
    >>> bought, refunded = date(2025, 3, 1), date(2025, 5, 1)
    >>> sale = Purchase(bought, "1200", "S1", refunded="300", refunded_on=refunded)
    >>> qualify([sale], on=bought).allowed, qualify([sale], on=refunded).allowed
    (True, False)

    >>> from datetime import date
    >>> q = qualify([Purchase(date(2024, 1, 5), "1000")], on=date(2024, 1, 5))
    >>> q.allowed, q.qualify_basis.label, q.rule
    (True, '一次性购物满额', 'R-VIP-01')
    """
    rules = policy_or_default(policy, VipPolicy)
    require_date("on", on)
    items = require_items(
        "purchases", purchases, "an iterable of Purchase", each=instance_check(Purchase)
    )
    refs = [p.ref for p in items if p.ref is not None]  # one receipt counts once, as on a ledger
    problem = "holds a purchase ref twice: a purchase counts once (R-VIP-01)"
    require_distinct("purchases", refs, problem, twice=True)
    window = qualification_window(on=on, policy=rules)
    # what each purchase counts for on ``on``: a refund dated after ``on`` is not deducted
    net = {id(p): p.net_as_of(on=on) for p in items}
    past = [p for p in items if p.on <= on and net[id(p)] > 0]
    later = [p for p in items if p.on > on]  # a whole history may be given: never counted
    refunded_later = [p for p in items if p.on <= on and net[id(p)] != p.net]
    in_window = tuple(p for p in past if p.on in window)
    try:  # exact: amounts have up to 30 digits, more than the default context's 28
        window_total = total(net[id(p)] for p in in_window)
    except InvalidInput:
        problem = "in the window add up to more than an amount of money can hold"
        raise InvalidInput.for_argument("purchases", purchases, problem) from None
    candidates = in_window if rules.single_purchase_in_window else tuple(past)
    single_t = yuan(rules.single_purchase_threshold)
    cumulative_t = yuan(rules.cumulative_threshold)
    best = max(candidates, key=lambda p: (net[id(p)], p.on), default=None)
    largest = ZERO if best is None else net[id(best)]
    counted, amount, needed = in_window, window_total, ZERO
    short = difference(cumulative_t, less=window_total)  # the cumulative route's shortfall
    if best is not None and largest >= single_t:
        basis, counted, amount = QualifyBasis.SINGLE, (best,), largest
    elif window_total >= cumulative_t:
        basis = QualifyBasis.CUMULATIVE
    else:
        basis, needed = QualifyBasis.NOT_QUALIFIED, min(single_t, short)
    later_paid = ZERO
    if later:
        try:
            later_paid = total(p.net for p in later)
        except InvalidInput:
            problem = f"after {on} add up to more than an amount of money can hold"
            raise InvalidInput.for_argument("purchases", purchases, problem) from None
    return Qualification(
        basis is not QualifyBasis.NOT_QUALIFIED,
        "R-VIP-01",
        basis,
        on,
        window,
        counted,
        amount,
        window_total,
        needed,
        largest_paid=largest,
        largest_paid_on=None if best is None else best.on,
        single_purchase_threshold=single_t,
        cumulative_threshold=cumulative_t,
        later_count=len(later),
        later_paid=later_paid,
        later_refund_count=len(refunded_later),
        later_refunded=total(p.refunded for p in refunded_later),
    )


# Why the customer qualifies or not, by basis (R-VIP-01).  Not qualified, the reason says
# what would qualify by each route still open, never a bare "more needed" beside the largest
# purchase (999.99 < 1000.00; 1000.00 more needed read as 0.01): the next purchase alone at
# the single threshold, or the rest of the half year's total, paid in any purchases.
_WHY = {
    QualifyBasis.SINGLE: N_("one purchase of {largest} paid on {day} ≥ {single}"),
    QualifyBasis.CUMULATIVE: N_("{paid} paid in {start} … {on} ≥ {threshold}"),
    QualifyBasis.NOT_QUALIFIED: N_(
        "largest purchase {largest} < {single} and {paid} paid in {start} … {on} < {threshold}; "
        "to qualify, one next purchase of at least {single}, or {short} more paid in all to "
        "reach {threshold}"
    ),
}
# Not qualified when the half year's total lacks less than the single threshold: any purchase
# that reaches it reaches the total first, so the total's route is the one to say.
_SHORT_OF_TOTAL = N_(
    "largest purchase {largest} < {single} and {paid} paid in {start} … {on} < {threshold}; "
    "to qualify, {short} more paid to reach {threshold}"
)
