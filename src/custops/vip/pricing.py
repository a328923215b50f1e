"""The price of a basket with the card's single best benefit (R-VIP-03/04/06/07): :func:`quote`."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

import attrs

from custops._text import block, english, examples, joined, percent, verdict_word, word_list
from custops._validate import (
    NAME_OR_EMPTY,
    field_converter,
    fitted_call,
    instance_check,
    optional_check,
    policy_or_default,
    require_bool,
    require_date,
    require_int,
    require_items,
    require_type,
    require_whole,
    within,
)
from custops.decisions import Explained, worded_reason
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
from custops.i18n import N_, _, ngettext, worded_in_english
from custops.money import (
    MONEY,
    OPTIONAL_MONEY,
    ZERO,
    MoneyInput,
    allocate,
    difference,
    from_fen,
    require_money,
    to_fen,
    total,
    yuan,
)
from custops.vip.cards import (
    Card,
    CardCheck,
    Holder,
    is_birthday,
    no_card,
    presenter_id,
    same_card,
)
from custops.vip.ledger import EntryKind, Ledger
from custops.vip.policy import VIP_POLICY, RemainderRule, StackingRule, TierBasis, VipPolicy
from custops.vip.qualification import Purchase, Qualification, qualify

__all__ = ["Benefit", "Line", "MemberRate", "Quote", "QuoteLine", "member_rate", "quote"]

_MAX_AMOUNT_DIGITS = 24  # a line of up to 10**24 yuan; custops.money refuses 10**28


@worded_in_english
class Benefit(LabelledEnum):
    """The single benefit that priced a line (R-VIP-04); an English sentence names it in
    words (:attr:`english_words`), a Chinese one by its label.

    >>> Benefit.POINTS_TIER.label, Benefit.POINTS_TIER.english_words
    ('积分折扣', 'points-tier rate')
    """

    BIRTHDAY = ("birthday", "生日折扣", "生日")
    POINTS_TIER = ("points_tier", "积分折扣", "points tier", "tier", "积分")
    VIP_BASE = ("vip_base", "会员折扣", "vip", "base", "会员", "vip base")
    PROMOTION = ("promotion", "促销", "promo")
    SPECIAL_PRICE = ("special_price", "特价", "special price", "special")
    COUPON = ("coupon", "优惠券", "voucher", "优惠卡")
    NONE = ("none", "无优惠", "no benefit", "原价")

    @property
    def is_vip(self) -> bool:
        """Whether this is one of the card's own benefits (base, points tier, birthday)."""
        return self in (Benefit.BIRTHDAY, Benefit.POINTS_TIER, Benefit.VIP_BASE)

    @property
    def is_given(self) -> bool:
        """Whether a line priced with this got a benefit at all (every member but ``NONE``)."""
        return self is not Benefit.NONE

    @property
    def english_words(self) -> str:
        """How an English sentence names the benefit (``VIP rate``, ``promotion price``)."""
        return _ENGLISH_WORDS[self]


_ENGLISH_WORDS = {
    Benefit.BIRTHDAY: "birthday rate",
    Benefit.POINTS_TIER: "points-tier rate",
    Benefit.VIP_BASE: "VIP rate",
    Benefit.PROMOTION: "promotion price",
    Benefit.SPECIAL_PRICE: "special price",
    Benefit.COUPON: "coupon",
    Benefit.NONE: "no benefit",
}


_WOULD_BE = N_("{benefit} would be {amount}")
_AT_VIP_RATE = N_("{benefit} ({discount}): {list_amount} × {rate} = {amount} (half up)")


def _discount(rate: Decimal) -> str:
    """A VIP rate as a reader of the active language writes it: ``Decimal('0.85')`` is
    ``'8.5折'`` in Chinese (the share of the price paid, in tenths) and ``'15% off'`` in
    English (the share taken off).

    >>> _discount(Decimal("0.85"))
    '8.5折'
    """
    if english():
        return f"{percent(1 - rate)} off"
    return f"{format((rate * 10).normalize(), 'f')}折"


# Whole fen or None: a unit price is multiplied, never rounded.
if TYPE_CHECKING:

    def _WHOLE(value: Decimal | int | str | None) -> Decimal | None: ...  # noqa: N802

else:
    _WHOLE = OPTIONAL_MONEY


def _coupon_value(argument: str, value: Any) -> Decimal:
    """A coupon's value (R-VIP-04): money, as :func:`~custops.money.require_money` reads it;
    a text that is no amount (the coupon's name as a till shows it, ``"满200减10"``, ``"9折券"``)
    is refused saying to give the yuan it takes off."""
    try:
        return require_money(argument, value)
    except InvalidInput as exc:
        if not isinstance(value, str) or not exc.problem.startswith("is not an amount of money"):
            raise
        said = examples(
            "e.g. '10' for a coupon of 10 off 200",
            "e.g. '10' for \"满200减10\"",
        )
        problem = (
            f"is not an amount of money: give the coupon's value, the yuan it takes off ({said}); "
            "its threshold is checked before it is given, and a rate off is no coupon's value"
        )
        raise InvalidInput.for_argument(argument, value, problem) from None


if TYPE_CHECKING:

    def _COUPON(value: Decimal | int | str | None) -> Decimal | None: ...  # noqa: N802

else:
    _COUPON = field_converter(optional_check(_coupon_value), takes="Decimal | int | str | None")

#: How goods sold by weight or length are entered (docs/vip.md, "Pricing"): a line's quantity
#: counts items, so such goods are one line priced at their total.
_WEIGHED = (
    "goods sold by weight or length are one line whose list_price is the line's total, "
    "with quantity 1"
)


def _line_quantity(argument: str, value: Any) -> int:
    """A line's quantity: a whole number of items, at least 1, as an ``int`` or as the
    ``Decimal`` or text that writes one (``Decimal("2")``, ``"2"``); ``1.5`` is refused,
    saying how goods sold by weight are entered."""
    return require_whole(
        argument,
        value,
        low=1,
        fraction=f"must be a whole number of items; {_WEIGHED}",
        inexact=f"pass an int; {_WEIGHED}",
    )


if TYPE_CHECKING:

    def _QUANTITY(value: Decimal | int | str) -> int: ...  # noqa: N802

else:
    _QUANTITY = field_converter(_line_quantity, takes="Decimal | int | str")


@attrs.frozen
class Line:
    """A line of a basket: unit list price, quantity and its one non-VIP benefit (R-VIP-04),
    if any: a unit ``promotion_price`` (促销) or ``special_price`` (特价), or what a
    ``coupon`` (优惠券/卡) takes off the line; prices are whole fen.  A coupon worth more
    than the line makes it free, and what it has left is not paid out (the line's ``reason``
    says so).  The quantity counts items: an ``int``, or a ``Decimal`` or text holding a
    whole number (``Decimal("2")``, ``"2"``) read as that ``int``; goods sold by weight are
    one line whose ``list_price`` is the line's total, with quantity 1.

    >>> Line("199", 2, promotion_price="179").list_amount
    Decimal('398.00')
    """

    list_price: Decimal = attrs.field(converter=MONEY)
    quantity: int = attrs.field(default=1, converter=_QUANTITY)
    promotion_price: Decimal | None = attrs.field(default=None, converter=_WHOLE, kw_only=True)
    special_price: Decimal | None = attrs.field(default=None, converter=_WHOLE, kw_only=True)
    coupon: Decimal | None = attrs.field(default=None, converter=_COUPON, kw_only=True)
    name: str = attrs.field(default="", kw_only=True, converter=NAME_OR_EMPTY)

    def __attrs_post_init__(self) -> None:
        if self.list_amount.adjusted() >= _MAX_AMOUNT_DIGITS:  # a line is below 10**24 yuan
            cap = "a quote line's list amount (list price × quantity) must be below 10**24 yuan"
            if self.list_price.adjusted() >= _MAX_AMOUNT_DIGITS:
                raise InvalidInput.for_argument(
                    "list_price", self.list_price, f"is too large: {cap}"
                )
            problem = (
                f"times list_price {self.list_price} makes a list amount of {self.list_amount}, "
                f"too large: {cap}"
            )
            raise InvalidInput.for_argument("quantity", self.quantity, problem)
        for field in ("promotion_price", "special_price"):
            price = getattr(self, field)
            if price is not None:
                most = f"must not exceed list_price {self.list_price}"
                within(field, price, price, high=self.list_price, problem=most)

    @property
    def list_amount(self) -> Decimal:
        """List price × quantity."""
        return self.list_price * self.quantity


@attrs.frozen
class QuoteLine(Explained):
    """How one line was priced: the single benefit applied and the amount (to the fen, half
    up); ``options``: every benefit that applied, with the amount it would have given;
    ``coupon_taken`` what coupons take off the line (its own and its share of the order's, ``None``
    without one); ``stacking`` the policy's rule for the line's own benefits.  A line keeps
    these facts, not sentences: its ``reason`` is worded from them when read, in the
    language active then.  ``str()`` is one line headed by the ``benefit``; a line has no
    truth value."""

    line: Line
    list_amount: Decimal
    amount: Decimal
    benefit: Benefit
    rate: Decimal | None
    options: tuple[tuple[Benefit, Decimal], ...]
    rule: str
    coupon_taken: Decimal | None = attrs.field(default=None, kw_only=True)
    stacking: StackingRule = attrs.field(default=StackingRule.BEST_FOR_CUSTOMER, kw_only=True)

    @property
    def reason(self) -> str:  # type: ignore[override]
        """Why the line costs what it does, one line in the active language (R-VIP-04)."""
        return _line_reason(self)

    @property
    def saving(self) -> Decimal:
        """List amount less the amount paid, exact (:func:`~custops.money.difference`)."""
        return difference(self.list_amount, less=self.amount)

    @fitted_call
    def refund_for(self, quantity: int | Decimal | str, *, returned_count: int = 0) -> Decimal:
        """The money back for ``quantity`` items of this line returned after
        ``returned_count`` of its items were returned before (R-VIP-04, R-VIP-05): the line's
        ``amount`` — what was paid for it, its single benefit, its rounding to the fen and its
        share of an order coupon included — split evenly over its items with
        :func:`~custops.money.allocate` (the first items take the odd fen: ``Line("33.35",
        3)`` paid 90.05 gives 30.02, 30.02, 30.01).  Exact: the refunds of every item of the
        line, one by one or in any batches, add up to its ``amount``, so the last return is
        never refused by :meth:`Ledger.reverse <custops.vip.Ledger.reverse>`, whose
        ``amount=`` it is (the points it takes back follow, R-VIP-05).  ``quantity`` is
        read as a line's quantity is (an ``int``, or a whole number in a ``Decimal`` or a
        text); each count is refused naming it when it is not a whole number, below 1 (0 for
        ``returned_count``) or beyond the items left.

        >>> from datetime import date
        >>> card = Card.issue("VIP-3", Holder("C3", "李娜"), on=date(2025, 1, 1))
        >>> ql = quote([Line("33.35", 3)], card, on=date(2025, 1, 2), ledger=Ledger(card)).lines[0]
        >>> ql.amount, [ql.refund_for(1, returned_count=n) for n in range(3)]
        (Decimal('90.05'), [Decimal('30.02'), Decimal('30.02'), Decimal('30.01')])
        >>> ql.refund_for(2, returned_count=1)
        Decimal('60.03')
        """
        count = self.line.quantity
        returned = require_int("returned_count", returned_count, low=0)
        problem = (
            f"must be below the line's quantity {count}: the items of this line returned "
            "before, one at least left to return"
        )
        within("returned_count", returned_count, returned, high=count - 1, problem=problem)
        left = count - returned
        items = _line_quantity("quantity", quantity)
        problem = f"must be at most the {left} of this line's {count} items not yet returned"
        within("quantity", quantity, items, high=left, problem=problem)
        paid = self.amount
        return difference(_share(paid, returned + items, count), less=_share(paid, returned, count))

    def _verdict(self) -> str:
        # a line is no yes/no answer: it heads with the benefit it was given (of several)
        return verdict_word(self.benefit)


def _share(amount: Decimal, items: int, count: int) -> Decimal:
    """What the first ``items`` of ``count`` items paid ``amount`` together are worth: the
    sum of the first ``items`` parts of ``allocate(amount, [1] * count)`` (equal weights,
    ties to the earlier part: the first ``fen % count`` items take one fen more), counted
    without a list of ``count`` weights (a line may hold a great many items)."""
    base, extra = divmod(to_fen(amount), count)
    return from_fen(items * base + min(items, extra))


@attrs.frozen
class Quote(Explained):
    """The price of a basket (R-VIP-04): per-line benefits, total, ``points`` the points the
    payment adds to the card's balance (R-VIP-05: what :meth:`Ledger.earn
    <custops.vip.Ledger.earn>` credits, after repaying the ledger's debt, which a note then
    states); ``card_check`` of the card presented, ``vip_benefit``/``vip_rate`` its best benefit
    today, ``notes`` what was not granted and why; ``carry`` the amount carried from earlier
    purchases that the points count (R-VIP-05, D7 权限3: 消费额会自动积累: the ledger's
    carry, 0.00 on a ledger with none) and ``carry_after`` what the purchase leaves carried to
    the next one (the notes say both in words), both ``None`` when the purchase earns no
    points by a carry (no valid card, or ``remainder=truncate``).  ``rule`` and ``reason``
    name what decided the quote: R-VIP-04 (each line its single benefit) and the account of
    the total, or, for a card presented that gives no benefit, the card check's rule
    (R-VIP-10 outside its validity, R-VIP-09 presented by someone else) and why, then the
    account.  The account opens with what priced the lines, each benefit with its count of
    lines (``特价 1 行``, ``会员折扣 2 行、促销 1 行``, ``无优惠 1 行``), never the card's
    benefit where it was not applied.  ``str()`` is the ``reason`` headed by the ``rule`` and
    the benefit the lines were priced with: the one benefit given, 多种优惠 (several
    benefits) when lines got different ones, 无优惠 when none got any;
    :meth:`explain` adds a line per basket line and per note; a quote has no truth value.

    >>> import datetime as dt
    >>> from custops.vip import Holder
    >>> card = Card.issue("V1", Holder("M1", "张伟"), on=dt.date(2025, 1, 18))
    >>> q = quote([Line("100")], card, on=dt.date(2027, 1, 19), ledger=Ledger(card))
    >>> q.rule, q.card_check.card_status.label
    ('R-VIP-10', '已过期')
    >>> print(q)
    无优惠（R-VIP-10）：不享会员优惠：会员卡 V1 有效期至 2027-01-18，已过期；...不获积分
    >>> print(quote([Line("100", special_price="70")], card, on=dt.date(2025, 3, 1),
    ...             ledger=Ledger(card)))
    特价（R-VIP-04）：特价 1 行；每行择优适用单一优惠：原价 100.00 元，应付 70.00 元，获积分 0 分
    """

    lines: tuple[QuoteLine, ...]
    list_total: Decimal
    total: Decimal
    card: Card | None
    vip_benefit: Benefit
    vip_rate: Decimal | None
    points: int
    rule: str = "R-VIP-04"
    on: _dt.date = attrs.field(kw_only=True)
    presented_by_id: str | None = attrs.field(default=None, kw_only=True)
    id_verified: bool = attrs.field(default=False, kw_only=True)
    points_for_tier: int | None = attrs.field(default=None, kw_only=True)
    points_repaid: int = attrs.field(default=0, kw_only=True)
    points_owed: int = attrs.field(default=0, kw_only=True)
    carry: Decimal | None = attrs.field(default=None, kw_only=True)
    carry_after: Decimal | None = attrs.field(default=None, kw_only=True)
    carry_given: bool = attrs.field(default=True, kw_only=True)
    policy: VipPolicy = attrs.field(
        default=None,
        converter=VIP_POLICY,
        kw_only=True,
    )

    @property
    def card_check(self) -> CardCheck:
        """The check of the card presented on ``on`` by ``presented_by_id`` (``None``: its
        holder), as :meth:`Card.check` answers it; :func:`no_card` without a card."""
        if self.card is None:
            return no_card(on=self.on)
        return self.card.check(self.presented_by_id, on=self.on)

    @property
    def notes(self) -> tuple[str, ...]:
        """What was not granted or could not be checked, and the points' carry and debt,
        one sentence each in the active language (worded from the quote's facts)."""
        return _notes(self)

    @property
    def reason(self) -> str:  # type: ignore[override]
        """What priced the lines and the account of the total, in the active language."""
        said = {"list_total": self.list_total, "total": self.total, "points": self.points}
        said["applied"] = _applied(self.lines)
        check = self.card_check
        if self.card is not None and not check.allowed:  # R-VIP-09, R-VIP-10
            return _(_NO_VIP, **said, why=check.reason)
        if self.policy.stacking is StackingRule.PROMOTION_WINS:  # a promotion wins
            return ngettext(
                "{applied}; each line gets a single benefit, promotions first: list "
                "{list_total}, to pay {total}, {points} point earned",
                "{applied}; each line gets a single benefit, promotions first: list "
                "{list_total}, to pay {total}, {points} points earned",
                self.points,
                **said,
            )
        return ngettext(
            "{applied}; each line gets its single best benefit: list {list_total}, to pay "
            "{total}, {points} point earned",
            "{applied}; each line gets its single best benefit: list {list_total}, to pay "
            "{total}, {points} points earned",
            self.points,
            **said,
        )

    @property
    def saving(self) -> Decimal:
        """List total less the total, exact to the fen (:func:`~custops.money.difference`:
        the default 28-digit context lost the fen of a total near the money range's end)."""
        return difference(self.list_total, less=self.total)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule the quote applies, once each in this order: ``rule`` (no stacking,
        R-VIP-04, or the card check's rule when the card presented gives no benefit), the
        card check's rule (``card_check.rule``: R-VIP-10 for a card in or out of its
        validity, R-VIP-09 for one presented by someone else, R-VIP-03 when no card is
        presented), each line's benefit (R-VIP-04 without one, R-VIP-03, R-VIP-06, R-VIP-07
        …) and, when the card is valid, the points earned (R-VIP-05).

        >>> from custops.vip import Line
        >>> import datetime as dt
        >>> quote([Line("199")], on=dt.date(2025, 1, 1)).rule_ids
        ('R-VIP-04', 'R-VIP-03')
        """
        rules = [self.rule, self.card_check.rule, *(line.rule for line in self.lines)]
        if self.card_check.allowed:
            rules.append("R-VIP-05")
        return tuple(dict.fromkeys(rules))

    def _verdict(self) -> str:
        """What priced the lines, not what the card offers (R-VIP-04): their one benefit,
        "several benefits" when lines differ, "no benefit" when none had one (a quote is no
        yes/no answer, so not Decision's ``_verdict_words``)."""
        kinds = [b for b in dict.fromkeys(line.benefit for line in self.lines) if b.is_given]
        if len(kinds) > 1:
            return _("several benefits")
        return verdict_word(kinds[0] if kinds else Benefit.NONE)

    def explain(self) -> str:
        """``str()``, then one indented line per basket line and per note."""
        return block(str(self), (*self.lines, *self.notes))

    def credit(self, ledger: Ledger, ref: str) -> Ledger:
        """The card's ``ledger`` with the sale this quote priced recorded under ``ref``: the
        ledger :meth:`Ledger.earn <custops.vip.Ledger.earn>` gives for the quote's ``on`` and
        ``total``, which credits exactly the quote's ``points`` (R-VIP-05), so the card holds
        the points the receipt shows — the call a till makes after a quote, rather than
        ``earn`` of the total, which cannot know who presented the card.

        A quote that gives the card no benefit earns its holder nothing: when the card was
        presented by someone else (R-VIP-09: 仅限本人使用不得转让) or outside its validity
        (R-VIP-10), recording it raises :class:`~custops.errors.Refused` with the card
        check's rule and reason (``quote.card_check.require()``), and the ledger stays as
        it is; such a sale is recorded on no card (``if quote.card_check:`` before
        recording).  Refused naming ``ledger``: a quote without a card (no card earns the
        sale's points), the ledger of another card or under another policy, and a ledger that
        changed after the quote was priced on it (a sale, a return or a redemption recorded
        in between moves its carry, its debt or its points tier, and with them the quote's
        price or points: quote the basket again).  ``ref`` is refused as ``earn`` refuses
        it (a ``ref`` already on the ledger).

        >>> from datetime import date
        >>> card = Card.issue("VIP-4", Holder("C4", "陈静"), on=date(2026, 1, 5))
        >>> led = Ledger(card)
        >>> q = quote([Line("150")], card, on=date(2026, 5, 10), ledger=led)
        >>> q.points, q.credit(led, "S-1").valid_points(on=date(2026, 5, 10))
        (1, 1)
        >>> spouse = quote([Line("150")], card, on=date(2026, 5, 10), ledger=led,
        ...                presented_by="C9")
        >>> spouse.points, spouse.rule
        (0, 'R-VIP-09')
        >>> spouse.credit(led, "S-2")
        Traceback (most recent call last):
        ...
        custops.errors.Refused: 拒绝（R-VIP-09）：...
        """
        require_type("ledger", ledger, Ledger, "a Ledger")
        card = self.card
        if card is None:
            problem = "cannot credit a quote priced without a card: no card earns its points"
            raise InvalidInput.for_argument("ledger", ledger.card.number, problem)
        if not same_card(ledger.card, card):
            problem = (
                f"is not the ledger of card {card.number}, which the quote priced; only that "
                "card's own points count (R-VIP-08)"
            )
            raise InvalidInput.for_argument("ledger", ledger.card.number, problem)
        if ledger.policy != self.policy:
            problem = "has another policy than the quote was priced under; quote it again"
            raise InvalidInput.for_argument("ledger", ledger.card.number, problem)
        self.card_check.require()  # R-VIP-09, R-VIP-10: no benefit, no points
        _require_as_quoted(self, ledger)
        return ledger.earn(self.on, self.total, ref)


def _require_as_quoted(q: Quote, ledger: Ledger) -> None:
    """Refuse ``ledger`` (naming it) when it is no longer the ledger quote ``q`` was priced on:
    a later entry, or a carry, a debt or a points tier other than the quote counted
    (R-VIP-05, R-VIP-06), any of which may change the price or the points."""
    last = ledger.last_event_on
    stale = ""
    if last is not None and last > q.on:
        stale = f"its last entry is of {last.isoformat()}, after the quote's day {q.on.isoformat()}"
    elif q.carry is not None and ledger.carry != q.carry:
        stale = f"it carries {ledger.carry}, the quote counted {q.carry}"
    elif ledger.points_owed != q.points_owed:
        stale = f"it owes {ledger.points_owed} points, the quote counted {q.points_owed}"
    elif ledger.tier_points(on=q.on) != q.points_for_tier:
        tier = ledger.tier_points(on=q.on)
        stale = f"its points tier counts {tier} points, the quote {q.points_for_tier}"
    if stale:
        problem = (
            f"has changed since the quote was priced on it: {stale}; quote the basket again "
            "on the ledger as it is now (R-VIP-05, R-VIP-06)"
        )
        raise InvalidInput.for_argument("ledger", ledger.card.number, problem)


def _vip_options(
    card: Card, on: _dt.date, id_verified: bool, tier_points: int | None, policy: VipPolicy
) -> list[tuple[Decimal, int, Benefit, str]]:
    """The card's benefits today, best first: birthday (R-VIP-07, the ID card verified or
    not required), points tier on ``tier_points`` (R-VIP-06; ``None``: no ledger) and base
    (R-VIP-03), each ``(rate, rank, benefit, rule)``."""
    options: list[tuple[Decimal, int, Benefit, str]] = [
        (policy.base_rate, 2, Benefit.VIP_BASE, "R-VIP-03")
    ]
    if tier_points is not None and tier_points >= policy.tier_threshold_points:
        options.append((policy.tier_rate, 1, Benefit.POINTS_TIER, "R-VIP-06"))
    birthday = card.holder.born_on  # never after the issue day (Card refuses it): R-VIP-07
    shown = id_verified or not policy.birthday_requires_id  # the rate could be given today
    if birthday is not None and shown and is_birthday(birthday, on=on, policy=policy).allowed:
        options.append((policy.birthday_rate, 0, Benefit.BIRTHDAY, "R-VIP-07"))
    return sorted(options, key=lambda o: (o[0], o[1]))


def _require_ledger(card: Card | None, ledger: Ledger | None, policy: VipPolicy) -> None:
    """Refuse a ``card`` given without its ``ledger`` (R-VIP-06): the card's rate depends on
    its points, and a price or a rate without them would be a guess that overcharges every
    member in the points tier.  ``Ledger(card)`` is the ledger of a card with no points yet
    (docs/vip.md, "Pricing")."""
    if card is not None and ledger is None:
        problem = (
            f"is required with card {card.number}: its rate depends on its points "
            f"(R-VIP-06: {policy.tier_threshold_points} points give {policy.tier_rate}); "
            "give the card's Ledger, Ledger(card) for a card with no points yet "
            "(Ledger(card, policy=...) under a policy of your own)"
        )
        raise InvalidInput.for_argument("ledger", ledger, problem)


def _notes(q: Quote) -> tuple[str, ...]:
    """The notes of quote ``q`` in the active language, from its facts: what the card could
    not give or check today (no ledger, a balance below the points tier, a birthday rate
    that could not be checked or given), or why the card gives nothing; a debt repaid; the
    carry counted and left (R-VIP-05, R-VIP-06, R-VIP-07)."""
    notes: list[str] = []
    check, policy = q.card_check, q.policy
    if q.card is not None and not check.allowed:
        notes.append(_("no VIP benefit: {why}", why=check.reason))
    elif q.card is not None:
        if q.points_for_tier is None:
            notes.append(_("no ledger given: the points tier was not checked"))
        elif q.points_for_tier < policy.tier_threshold_points:
            notes.append(
                ngettext(
                    "{points} point < {tier}: no points-tier rate",
                    "{points} points < {tier}: no points-tier rate",
                    q.points_for_tier,
                    points=q.points_for_tier,
                    tier=policy.tier_threshold_points,
                )
            )
        birthday = q.card.holder.born_on
        shown = q.id_verified or not policy.birthday_requires_id
        best = _vip_options(q.card, q.on, q.id_verified, q.points_for_tier, policy)[0][0]
        if birthday is None and shown and policy.birthday_rate < best:
            said = N_(
                "no birth date is registered for the holder: the birthday rate ({discount}) "
                "could not be checked"
            )
            notes.append(_(said, discount=_discount(policy.birthday_rate)))
        if birthday is not None and not shown and is_birthday(birthday, on=q.on, policy=policy):
            said = N_(
                "today is the holder's birthday but the original ID card was not verified: "
                "no birthday rate"
            )
            notes.append(_(said))
    if q.points_repaid:
        notes.append(
            ngettext(
                "{repaid} more point earned repays the debt of an earlier return ({owed} owed)",
                "{repaid} more points earned repay the debt of an earlier return ({owed} owed)",
                q.points_repaid,
                repaid=q.points_repaid,
                owed=q.points_owed,
            )
        )
    if q.carry is not None and q.carry_after is not None:  # R-VIP-05
        if q.carry_given:
            carried_note = N_(
                "{before} carried from earlier purchases counted; {carry} carried to the next "
                "purchase"
            )
        else:
            carried_note = N_(
                "no carry given, counted as {before}; {carry} carried to the next purchase"
            )
        notes.append(_(carried_note, before=q.carry, carry=q.carry_after))
    return tuple(notes)


@fitted_call
def quote(
    lines: Iterable[Line] | Line,
    card: Card | None = None,
    *,
    on: _dt.date,
    id_verified: bool = False,
    ledger: Ledger | None = None,
    presented_by: Holder | str | None = None,
    coupon: MoneyInput | None = None,
    policy: VipPolicy | None = None,
) -> Quote:
    """Price ``lines`` (a :class:`Line` or any iterable of them, a generator too, read
    once, in order: a set or a mapping is refused) on ``on`` for whoever presents
    ``card``, ``presented_by`` (a
    :class:`Holder` or a customer id, as in :meth:`Card.check`; ``None``: the holder)
    (R-VIP-09, R-VIP-10):
    the best of the VIP rate (R-VIP-03), the points-tier rate on the ``ledger``'s balance
    before this purchase (R-VIP-06) and the birthday rate with ``id_verified`` (R-VIP-07);
    with a ``card`` its ``ledger`` is required, ``Ledger(card)`` for a card with no points
    yet (a price that left the points unchecked would overcharge every member in the points
    tier, R-VIP-06), and without a card none is given;
    never stacked with a line's own benefit (R-VIP-04): per line the better for the customer,
    or under ``stacking=PROMOTION_WINS`` the line's promotion or special price whenever it has
    one (a coupon is neither: it is weighed against the VIP rate either way); an order
    ``coupon`` is split by list amount; ``policy`` is the ledger's (a different one is
    refused); ``points`` are what :meth:`Ledger.earn <custops.vip.Ledger.earn>` will credit,
    the ledger's debt repaid first (R-VIP-05).  The amount the card carries toward its next
    point before this purchase (D7 权限3: 消费额会自动积累) is the ledger's own
    :attr:`Ledger.carry <custops.vip.Ledger.carry>` (an opening balance sets it:
    :meth:`Ledger.open_balance <custops.vip.Ledger.open_balance>`), and without a ``card``
    nothing carries.  The quote's ``carry`` and
    ``carry_after`` give the carry counted and what the purchase leaves carried, as the notes
    say (余额 … 元累计至下次消费).  docs/vip.md, "Pricing".

    >>> from datetime import date
    >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
    >>> q = quote(
    ...     [Line("199", 2), Line("100", promotion_price="80"), Line("50", coupon="2")],
    ...     card, on=date(2024, 3, 1), ledger=Ledger(card),
    ... )
    >>> [(ql.benefit.label, ql.amount) for ql in q.lines]
    [('会员折扣', Decimal('358.20')), ('促销', Decimal('80.00')), ('会员折扣', Decimal('45.00'))]
    >>> q.total, q.points
    (Decimal('483.20'), 4)
    >>> quote([Line("100")], card, on=date(2024, 3, 1))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: ledger: is required with card VIP-1: ... (R-VIP-06: ...) ...
    >>> quote([Line("100")], card, on=date(2024, 3, 1), ledger=Ledger(card)).total
    Decimal('90.00')
    """
    # any iterable, read once (a generator too); a set or a mapping has no order to price
    # and show the lines in, and is refused as allocate refuses one
    items: tuple[Line, ...] = (
        (lines,)
        if isinstance(lines, Line)
        else require_items(
            "lines",
            lines,
            "an iterable of Line in order",
            AbstractSet,
            Mapping,
            each=instance_check(Line),
        )
    )
    shown = lines if isinstance(lines, (Line, Sequence)) else items  # a generator is spent
    if not items:
        raise InvalidInput.for_argument("lines", shown, "must not be empty")
    require_date("on", on)
    require_bool("id_verified", id_verified)
    optional_check(partial(require_type, types=Card, what="a Card"))("card", card)
    if ledger is not None:
        require_type("ledger", ledger, Ledger, "a Ledger")
        # one card whatever its holder's registration data say: a card corrected with
        # Card.amend is still the card of its ledger (R-VIP-02, R-VIP-09)
        if card is None or not same_card(ledger.card, card):
            problem = (
                "is not the ledger of the card presented; only that card's own points count "
                "(R-VIP-08)"
            )
            raise InvalidInput.for_argument("ledger", ledger.card.number, problem)
        if policy is not None and policy != ledger.policy:
            problem = "differs from the policy of the ledger given"
            raise InvalidInput.for_argument("policy", policy, problem)
    rules = ledger.policy if ledger is not None else policy_or_default(policy, VipPolicy)
    _require_ledger(card, ledger, rules)  # R-VIP-06
    carried = ZERO if ledger is None else ledger.carry  # R-VIP-05: no card carries nothing
    presenter = presenter_id(presented_by, "presented_by")
    check = no_card(on=on) if card is None else card.check(presented_by, on=on)
    vip: tuple[Benefit, Decimal, str] | None = None
    tier_points = None if ledger is None or not check.allowed else ledger.tier_points(on=on)
    if check.allowed:
        assert card is not None
        rate_, _rank, best, best_rule = _vip_options(card, on, id_verified, tier_points, rules)[0]
        vip = (best, rate_, best_rule)

    shares: tuple[Decimal, ...] = tuple(ZERO for _ in items)
    if coupon is not None and (order_coupon := _coupon_value("coupon", coupon)):
        weights = [line.list_amount for line in items]
        if not any(weights):
            raise InvalidInput.for_argument("coupon", coupon, "cannot apply to a free basket")
        shares = allocate(order_coupon, weights)

    priced = tuple(
        _price_line(line, share, vip, rules) for line, share in zip(items, shares, strict=True)
    )
    try:  # exact: a sum of lines has more digits than the default context's 28
        list_total = total(line.list_amount for line in items)
    except InvalidInput:
        problem = "add up to more than an amount of money can hold"
        raise InvalidInput.for_argument("lines", shown, problem) from None
    paid = total(p.amount for p in priced)  # at most list_total
    points = repaid = 0
    carries = rules.remainder is RemainderRule.CARRY
    per, before_fen = rules.fen_per_point, to_fen(carried)
    if check.allowed and ledger is None:  # R-VIP-05, counted as Ledger.earn counts
        after_fen = before_fen + to_fen(paid)
        points = after_fen // per - before_fen // per if carries else to_fen(paid) // per
    elif check.allowed:  # R-VIP-05: the carried remainder, then a debt repaid first
        assert ledger is not None
        earned = ledger.points_for(paid)
        repaid = min(earned, ledger.points_owed)
        points = earned - repaid  # what Ledger.earn credits to the balance
    counted: Decimal | None = None
    left: Decimal | None = None
    if check.allowed and carries:  # R-VIP-05: what the purchase leaves carried
        counted, left = carried, from_fen((before_fen + to_fen(paid)) % per)
    benefit, rate = (vip[0], vip[1]) if vip else (Benefit.NONE, None)
    rule = "R-VIP-04"  # no stacking: each line's single benefit
    if card is not None and not check.allowed:  # the card decides: R-VIP-09 or R-VIP-10
        rule = check.rule
    return Quote(
        priced,
        list_total,
        paid,
        card,
        benefit,
        rate,
        points,
        rule,
        on=on,
        presented_by_id=presenter,
        id_verified=id_verified,
        points_for_tier=tier_points,
        points_repaid=repaid,
        points_owed=0 if ledger is None else ledger.points_owed,
        carry=counted,
        carry_after=left,
        carry_given=ledger is not None,
        policy=rules,
    )


# The account of a quote (R-VIP-04), headed by what priced its lines (:func:`_applied`).
# A card presented that gives no benefit: its check's rule heads the quote, so its reason
# comes first (R-VIP-09, R-VIP-10), then what priced the lines
_NO_VIP = N_(
    "no VIP benefit: {why}; {applied}: list {list_total}, to pay {total}, no points earned"
)


def _applied(priced: Sequence[QuoteLine]) -> str:
    """The benefits that priced the lines, with how many lines each, in the order the lines
    first show them: ``特价 1 行``, ``会员折扣 2 行、促销 1 行``, ``无优惠 2 行`` (R-VIP-04)."""
    counts = Counter(line.benefit for line in priced)  # in the order first seen
    return word_list(
        ngettext("{benefit} on {count} line", "{benefit} on {count} lines", n, count=n, benefit=b)
        if b.is_given
        else ngettext(
            "{count} line without a benefit", "{count} lines without a benefit", n, count=n
        )
        for b, n in counts.items()
    )


def _price_line(
    line: Line, share: Decimal, vip: tuple[Benefit, Decimal, str] | None, policy: VipPolicy
) -> QuoteLine:
    """Price one line with its single benefit (R-VIP-04, ``policy.stacking``)."""
    list_amount = line.list_amount
    own: list[tuple[Benefit, Decimal]] = []
    if line.promotion_price is not None:
        own.append((Benefit.PROMOTION, line.promotion_price * line.quantity))
    if line.special_price is not None:
        own.append((Benefit.SPECIAL_PRICE, line.special_price * line.quantity))
    line_coupon = (line.coupon or ZERO) + share
    if line_coupon:
        own.append((Benefit.COUPON, max(ZERO, list_amount - line_coupon)))
    options = list(own)
    if vip is not None:
        options.append((vip[0], yuan(list_amount * vip[1])))
    facts: dict[str, Any] = {"coupon_taken": line_coupon or None, "stacking": policy.stacking}
    if not options:
        return QuoteLine(
            line, list_amount, list_amount, Benefit.NONE, None, (), "R-VIP-04", **facts
        )
    # promotions always win: the goods' own price (促销, 特价商品) keeps the VIP rate off the
    # line; a coupon (优惠券(卡), the line's or its share of the order's) is neither and is
    # weighed against the VIP rate as by default (R-VIP-04)
    if _promotions_win(own, policy.stacking):
        benefit, amount = min(own, key=lambda o: o[1])
    else:
        benefit, amount = min(options, key=lambda o: o[1])  # first of equals: own benefit
    rate: Decimal | None = None
    rule = "R-VIP-04"
    if benefit.is_vip:
        assert vip is not None
        rate, rule = vip[1], vip[2]
    return QuoteLine(line, list_amount, amount, benefit, rate, tuple(options), rule, **facts)


def _promotions_win(own: Sequence[tuple[Benefit, Decimal]], stacking: StackingRule) -> bool:
    """Whether the line's own price decides it whatever the VIP rate gives: the policy says
    promotions always win and the line has a promotion or special price (R-VIP-04)."""
    goods = any(b is not Benefit.COUPON for b, _a in own)
    return stacking is StackingRule.PROMOTION_WINS and goods


def _line_reason(ql: QuoteLine) -> str:
    """Why quote line ``ql`` costs what it does, in the active language (R-VIP-04)."""
    if not ql.options:
        return _("no benefit applies: list price")
    own = [(b, a) for b, a in ql.options if not b.is_vip]
    offered = any(b.is_vip for b, _a in ql.options)  # the card's rate was weighed
    if _promotions_win(own, ql.stacking):
        best = [_("the line's own benefit applies (policy: promotions always win)")]
    else:
        others = [_(_WOULD_BE, benefit=b, amount=a) for b, a in ql.options if b is not ql.benefit]
        best = [_("best single benefit"), *others]
    if ql.benefit.is_vip and ql.rate is not None:
        terms = {"discount": _discount(ql.rate), "list_amount": ql.list_amount, "rate": ql.rate}
        why = [_(_AT_VIP_RATE, benefit=ql.benefit, amount=ql.amount, **terms)]
        if own:
            why.append(_("the line's {own} not combined", own=tuple(b for b, _a in own)))
    else:
        why = [_("{benefit}: {amount} to pay", benefit=ql.benefit, amount=ql.amount)]
        coupon = ql.coupon_taken or ZERO
        if ql.benefit is Benefit.COUPON and coupon > ql.list_amount:
            said = N_(
                "coupon {coupon} is more than the line's {list_amount}: "
                "the {unused} left is not paid out"
            )
            unused = coupon - ql.list_amount
            why.append(_(said, coupon=coupon, list_amount=ql.list_amount, unused=unused))
        if offered:
            why.append(_("VIP rate not combined"))
    return joined(why + best, strong=True)


def _rate_reason(r: MemberRate) -> str:
    """Why member rate ``r`` applies, in the active language (R-VIP-03, R-VIP-06, R-VIP-10):
    the card, the rate, the points and the threshold it was judged on, the qualification
    and the birthday, each when it was asked about."""
    why: list[str] = []
    check = r.card_check
    if not check.allowed:
        why.append(_("no VIP rate: {why}", why=check.reason))
    elif r.outcome is Benefit.POINTS_TIER:
        assert r.vip_rate is not None
        assert r.points_for_tier is not None
        said = ngettext(
            "{discount}: {points} point ≥ {tier}",
            "{discount}: {points} points ≥ {tier}",
            r.points_for_tier,
            discount=_discount(r.vip_rate),
            points=r.points_for_tier,
            tier=r.tier_threshold_points,
        )
        why.append(said)
    else:
        assert r.vip_rate is not None
        why.append(_discount(r.vip_rate))
        if r.points_for_tier is None:
            why.append(_("no ledger given: the points tier was not checked"))
        else:
            why.append(
                ngettext(
                    "{points} point < {tier}: no points-tier rate",
                    "{points} points < {tier}: no points-tier rate",
                    r.points_for_tier,
                    points=r.points_for_tier,
                    tier=r.tier_threshold_points,
                )
            )
    if r.points_for_tier is not None and r.points_at_day_start:
        why.append(_("points as the day {on} opened, before its purchases", on=r.on))
    if r.qualification is not None:
        q = r.qualification
        said = N_("qualifies for a card on {on} ({basis})")
        if not q.allowed:
            said = N_("does not qualify for a card on {on} ({basis})")
        why.append(_(said, on=q.on, basis=q.qualify_basis))
    if r.birthday and check.allowed:
        said = N_("the holder's birthday: {discount} with the original ID card shown")
        why.append(_(said, discount=_discount(r.policy.birthday_rate)))
    return joined(why, strong=True)


@worded_reason(_rate_reason)
@attrs.frozen
class MemberRate(Explained):
    """Which rate a member is on on day ``on``, and why (R-VIP-03, R-VIP-06, R-VIP-10):
    ``outcome`` the :class:`Benefit` an ordinary line gets (``POINTS_TIER``, ``VIP_BASE``, or
    ``NONE`` without a card valid that day), ``vip_rate`` its rate (``None`` for ``NONE``),
    ``rule`` the rule that decided it; the facts it used: ``card_check`` (R-VIP-09,
    R-VIP-10), ``points_for_tier`` the points judged against ``tier_threshold_points``
    (``None``: no valid card; a card is always rated with its ledger, R-VIP-06),
    ``points_at_day_start`` whether those are
    the points as the day opened (a day before the ledger's last entry) rather than what
    the next purchase is judged on, ``qualification`` (when purchases were given: whether
    the customer qualifies for a card, R-VIP-01) and ``birthday`` (the holder's birthday:
    the birthday rate is given at the till with the original ID card, R-VIP-07, and is
    not the ``outcome``).  A line's own promotion, special price or coupon may still beat
    the rate (R-VIP-04: :func:`quote`).  It has no truth value: read ``outcome``.
    """

    outcome: Benefit
    rule: str
    on: _dt.date = attrs.field(kw_only=True)
    vip_rate: Decimal | None = attrs.field(kw_only=True)
    card_check: CardCheck = attrs.field(kw_only=True)
    points_for_tier: int | None = attrs.field(kw_only=True)
    tier_threshold_points: int = attrs.field(kw_only=True)
    points_at_day_start: bool = attrs.field(default=False, kw_only=True)
    qualification: Qualification | None = attrs.field(default=None, kw_only=True)
    birthday: bool = attrs.field(default=False, kw_only=True)
    policy: VipPolicy = attrs.field(default=None, converter=VIP_POLICY, kw_only=True)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule the answer applies, once each: ``rule``, the card check's, the
        qualification's (R-VIP-01) when purchases were given, R-VIP-06 when the points were
        judged and R-VIP-07 on the holder's birthday."""
        rules = [self.rule, self.card_check.rule]
        if self.qualification is not None:
            rules.append(self.qualification.rule)
        if self.points_for_tier is not None:
            rules.append("R-VIP-06")
        if self.birthday and self.card_check.allowed:
            rules.append("R-VIP-07")
        return tuple(dict.fromkeys(rules))


@fitted_call
def member_rate(
    card: Card | None,
    *,
    on: _dt.date,
    ledger: Ledger | None = None,
    purchases: Iterable[Purchase] | None = None,
    policy: VipPolicy | None = None,
) -> MemberRate:
    """Which rate the holder of ``card`` (``None``: no card) is on on ``on``, and why: the
    question a member portal is asked most ("which rate am I on?"), answered as
    :func:`quote` would price an ordinary line that day (R-VIP-03, R-VIP-06, R-VIP-10).
    With a ``card`` its ``ledger`` is required (``Ledger(card)`` for a card with no points
    yet, R-VIP-06: a rate that left the points unchecked would be a guess), and the points
    tier is judged: on or after the ledger's last
    entry's day, on the points the next purchase is judged on (:meth:`Ledger.tier_points`);
    on an earlier day, on the valid points as that day opened, before its purchases (for
    one purchase of that day, :meth:`Ledger.tier_points_before` its ``ref``; under
    ``tier_basis=lifetime_earned`` an earlier day is refused naming ``on``).  ``purchases``
    (optional) adds whether the customer qualifies for a card that day (R-VIP-01), the
    answer for a customer without one.  D7 names no tiers: a card gives the VIP rate, and
    the points-tier rate from ``tier_threshold_points``; docs/vip.md, "Questions members
    ask".

    >>> from datetime import date
    >>> card = Card.issue("VIP-5", Holder("C5", "黄蓉"), on=date(2025, 1, 1))
    >>> led = Ledger(card).earn(date(2025, 1, 2), "2900", "A")
    >>> led = led.earn(date(2025, 1, 3), "198", "B")
    >>> rate = member_rate(card, on=date(2025, 1, 3), ledger=led)
    >>> rate.outcome.label, rate.vip_rate, rate.rule, rate.points_for_tier
    ('积分折扣', Decimal('0.85'), 'R-VIP-06', 30)
    >>> print(member_rate(card, on=date(2025, 1, 3), ledger=led, purchases=[]).outcome.label)
    积分折扣
    >>> day = member_rate(card, on=date(2025, 1, 2), ledger=led)  # a past day: as it opened
    >>> day.outcome.label, day.points_for_tier, day.points_at_day_start
    ('会员折扣', 0, True)
    >>> print(day)  # doctest: +ELLIPSIS
    会员折扣（R-VIP-03）：9折；积分 0 分 < 30 分，不享积分折扣；积分按 2025-01-02 开始营业时...
    """
    require_date("on", on)
    optional_check(partial(require_type, types=Card, what="a Card"))("card", card)
    if ledger is not None:
        require_type("ledger", ledger, Ledger, "a Ledger")
        if card is None or not same_card(ledger.card, card):
            problem = "is not the ledger of the card given; only that card's own points count"
            raise InvalidInput.for_argument("ledger", ledger.card.number, problem)
        if policy is not None and policy != ledger.policy:
            problem = "differs from the policy of the ledger given"
            raise InvalidInput.for_argument("policy", policy, problem)
    rules = ledger.policy if ledger is not None else policy_or_default(policy, VipPolicy)
    _require_ledger(card, ledger, rules)  # R-VIP-06
    qualification = None if purchases is None else qualify(purchases, on=on, policy=rules)
    check = no_card(on=on) if card is None else card.check(on=on)
    facts: dict[str, Any] = {
        "on": on,
        "card_check": check,
        "tier_threshold_points": rules.tier_threshold_points,
        "qualification": qualification,
        "policy": rules,
    }
    if not check.allowed or card is None:
        return MemberRate(Benefit.NONE, check.rule, vip_rate=None, points_for_tier=None, **facts)
    points, day_start = None, False
    if ledger is not None:
        last = ledger.last_event_on
        if last is None or on >= last:
            points = ledger.tier_points(on=on)
        else:
            if rules.tier_basis is TierBasis.LIFETIME_EARNED:
                problem = (
                    f"is before the ledger's last entry, of {last.isoformat()}: under "
                    "tier_basis=lifetime_earned the entries keep no running lifetime total; "
                    "a past purchase's Quote.points_for_tier keeps it"
                )
                raise InvalidInput.for_argument("on", on, problem)
            points, day_start = _opening_points(ledger, on), True
    options = _vip_options(card, on, True, points, rules)  # the birthday's, were it shown
    birthday = any(o[2] is Benefit.BIRTHDAY for o in options)
    rate, benefit, rule = _without_birthday(options)
    return MemberRate(
        benefit,
        rule,
        vip_rate=rate,
        points_for_tier=points,
        points_at_day_start=day_start,
        birthday=birthday,
        **facts,
    )


def _without_birthday(
    options: list[tuple[Decimal, int, Benefit, str]],
) -> tuple[Decimal, Benefit, str]:
    """The best of the card's ``options`` but the birthday rate (given only at the till,
    with the original ID card): ``(rate, benefit, rule)``."""
    rate, _rank, benefit, rule = next(o for o in options if o[2] is not Benefit.BIRTHDAY)
    return rate, benefit, rule


def _opening_points(ledger: Ledger, on: _dt.date) -> int:
    """The valid points of ``ledger`` as ``on`` opened: the entries of the days before, and
    the expiries dated ``on`` (points whose last valid day was the day before)."""
    return sum(
        e.points for e in ledger.entries if e.on < on or (e.on == on and e.kind is EntryKind.EXPIRE)
    )
