"""The points ledger of a card (R-VIP-05, R-VIP-08, R-VIP-10, R-VIP-12): :class:`Ledger`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from custops._enums import fold
from custops._validate import require_date, require_int, require_str, require_type
from custops.decisions import Explained
from custops.enums import LabelledEnum
from custops.errors import IllegalTransition, InsufficientPoints, InvalidInput, InvalidType
from custops.i18n import N_, _, language
from custops.money import from_fen, to_fen, yuan
from custops.vip.cards import Card
from custops.vip.policy import (
    ZERO,
    RemainderRule,
    ShortfallRule,
    TierBasis,
    VipPolicy,
    add_months,
    instance_of,
    vip_policy,
)

__all__ = ["EntryKind", "Ledger", "LedgerEntry", "Reversal", "ReversalOutcome"]

_ONE_DAY = _dt.timedelta(days=1)


class EntryKind(LabelledEnum):
    """The kind of a ledger entry."""

    EARN = ("earn", "消费积分", "earned")
    REDEEM = ("redeem", "兑换奖品", "redemption")
    REVERSE = ("reverse", "退货扣回", "reversal", "return")
    EXPIRE = ("expire", "积分过期", "expiry", "expired")
    REPLACE = ("replace", "挂失补卡", "replacement")


class ReversalOutcome(LabelledEnum):
    """How a return's points were taken back."""

    REVERSED = ("reversed", "已扣回", "full")
    DEBT = ("debt", "记欠分")
    WRITTEN_OFF = ("written_off", "部分核销", "write off")
    REFUSED = ("refused", "拒绝扣回", "refuse")
    VOID = ("void", "卡已失效", "card expired")


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
    carry: Decimal = ZERO
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
class Reversal(Explained):
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
            "_state", state, "is private; build a ledger with Ledger(card, policy=...)"
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
    >>> from custops.vip import Holder
    >>> card = Card.issue("VIP-9", Holder("C9", "赵敏"), on=date(2024, 1, 1))
    >>> led = Ledger(card).earn(date(2024, 1, 2), "150", "A").earn(date(2024, 1, 3), "150", "B")
    >>> led.balance(date(2024, 1, 3)), led.carry
    (3, Decimal('0.00'))
    >>> after, rev = led.reverse(date(2024, 1, 4), "A")
    >>> rev.points_due, after.balance(date(2024, 1, 4)), after.carry
    (2, 1, Decimal('50.00'))
    """

    card: Card = attrs.field(validator=instance_of(Card))
    policy: VipPolicy = attrs.field(default=None, converter=vip_policy, kw_only=True)
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
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-2", Holder("C2", "钱多"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "3000", "S1")
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
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "4000", "S1")
        >>> led = led.redeem(date(2024, 2, 1), 15, "伞")
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
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-3", Holder("C3", "孙立"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "80", "S1")
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
            return ZERO
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
            return self.card.last_valid_on
        return min(add_months(on, months, "on"), self.card.last_valid_on)

    def _expire_upto(self, on: _dt.date) -> tuple[tuple[LedgerEntry, ...], tuple[_Purchase, ...]]:
        """Entries recording the expiry of every point whose last valid day is before ``on``."""
        purchases = self._state.purchases
        lapsed = sorted(
            (p for p in purchases if p.points and p.expires_on < on), key=lambda p: p.expires_on
        )
        if not lapsed:
            return (), purchases
        carry, debt = self.carry, self._state.debt
        entries = tuple(
            LedgerEntry(
                EntryKind.EXPIRE,
                p.expires_on + _ONE_DAY,
                -p.points,
                "R-VIP-10",
                _(_EXPIRED, points=p.points, day=p.earned_on, ref=p.ref, end=p.expires_on),
                ref=p.ref,
                carry=carry,
                debt=debt,
            )
            for p in lapsed
        )
        gone = [attrs.evolve(p, points=0, expired=p.expired + p.points) for p in purchases]
        return entries, tuple(g if p in lapsed else p for p, g in zip(purchases, gone, strict=True))

    def _record(self, on: _dt.date, *entries: LedgerEntry, **changes: Any) -> Ledger:
        """This ledger with ``entries`` appended on ``on`` and ``changes`` to its state."""
        state = self._state
        new = attrs.evolve(state, entries=(*state.entries, *entries), last_on=on, **changes)
        return attrs.evolve(self, _state=new)

    # -- operations -----------------------------------------------------------------------

    def earn(self, on: _dt.date, paid: Any, ref: str) -> Ledger:
        """Record a purchase of ``paid`` (实付) on ``on`` under ``ref``; points per R-VIP-05.

        Points owed by earlier returns (:attr:`debt`) are repaid first.  Refused on a day
        the card is not valid (R-VIP-10) and for a ``ref`` already on the ledger.

        >>> from datetime import date
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-4", Holder("C4", "周到"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "268.28", "S1")
        >>> led.entries[-1].points
        2
        >>> print(led.entries[-1].reason)
        实付 268.28 元，积 2 分（每 100.00 元积 1 分；余额 68.28 元累计至下次消费）
        """
        amount = yuan(paid, argument="paid", non_negative=True)
        require_date("on", on)
        require_str("ref", ref)
        self._check_order(on)
        with language("en_US"):  # for the error message, which is always English
            check = self.card.check(on)
        if not check.allowed:
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
        said = {"points": gross, "paid": amount, "per": yuan(self.policy.yuan_per_point)}
        why = [_(_EARNED[self.policy.remainder], **said, carry=carry)]
        if repaid:
            why.append(_("{repaid} repaid the debt of an earlier return", repaid=repaid))
        entry = LedgerEntry(
            EntryKind.EARN,
            on,
            gross - repaid,
            "R-VIP-05",
            _("; ").join(why),
            ref=ref,
            paid=amount,
            carry=carry,
            debt=debt,
        )
        bought = _Purchase(
            ref, on, self._lot_expiry(on), paid_fen, gross, gross - repaid, repaid=repaid
        )
        return self._record(
            on,
            *expiries,
            entry,
            purchases=(*purchases, bought),
            spend_fen=spend,
            debt=debt,
            lifetime=state.lifetime + gross,
        )

    def redeem(self, on: _dt.date, points: int, gift: str) -> Ledger:
        """Spend ``points`` of this card on ``gift`` (R-VIP-08); all or nothing.

        Draws on the points that expire first (then the oldest).  Refused with
        :class:`~custops.errors.InsufficientPoints` when the valid balance is short;
        points are never paid out as cash; a redemption cannot be cancelled and has no
        reversal.

        >>> from datetime import date
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-5", Holder("C5", "吴用"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "1000", "S1")
        >>> led.redeem(date(2024, 2, 1), 11, "保温杯")
        Traceback (most recent call last):
        ...
        custops.errors.InsufficientPoints: points: needs 11, card VIP-5 has 10 valid points
        on 2024-02-01 (R-VIP-08) (got 11)
        >>> led.redeem(date(2024, 2, 1), 10, "保温杯").balance(date(2024, 2, 1))
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
            _(_REDEEMED, points=points, gift=gift),
            gift=gift,
            carry=self.carry,
            debt=state.debt,
        )
        return self._record(on, *expiries, entry, purchases=tuple(drawn))

    def reverse(self, on: _dt.date, ref: str, amount: Any = None) -> tuple[Ledger, Reversal]:
        """Take back the points of purchase ``ref`` returned on ``on`` (all, or ``amount``).

        Returns are not in D7; docs/rules.md requires that their points are reversed, never
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
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-6", Holder("C6", "郑和"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "1200", "S1")
        >>> led = led.redeem(date(2024, 1, 2), 10, "电饭煲")
        >>> led, rev = led.reverse(date(2024, 1, 3), "S1")
        >>> rev.outcome.label, rev.points_reversed, rev.shortfall, led.debt
        ('记欠分', 2, 10, 10)
        >>> led.reverse(date(2024, 1, 4), "S1")
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
        void = on > self.card.last_valid_on
        # points of this purchase that repaid a debt: that debt is owed again
        restored = 0 if void else min(due - taken - exempt, own.repaid)
        shortfall = due - taken - exempt - restored
        rule = self.policy.shortfall
        debt = state.debt + restored
        said = {"refunded": refunded, "ref": ref, "due": due, "taken": taken, "expired": exempt}
        said.update(shortfall=shortfall, restored=restored, earned=bought.earned)
        if void:
            outcome = ReversalOutcome.VOID
        elif shortfall == 0:
            outcome = ReversalOutcome.REVERSED
        elif rule is ShortfallRule.REFUSE:
            reason = _(_TAKEN[ReversalOutcome.REFUSED], **said)
            return self, Reversal(
                ref, on, refunded, due, 0, 0, shortfall, ReversalOutcome.REFUSED, reason
            )
        elif rule is ShortfallRule.DEBT:
            outcome = ReversalOutcome.DEBT
            debt += shortfall
        else:
            outcome = ReversalOutcome.WRITTEN_OFF
        said["end"] = self.card.last_valid_on
        moved = due != bought.earned and refund_fen == bought.paid_fen
        happened = (True, True, void and shortfall, exempt, restored, moved)
        templates = (_RETURNED, _TAKEN[outcome], *_RETURN_NOTES)
        why = [_(t, **said) for t, yes in zip(templates, happened, strict=True) if yes]
        reason = _("; ").join(why)
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
        ledger = self._record(
            on,
            *expiries,
            entry,
            purchases=tuple(lots),
            spend_fen=new_spend,
            debt=debt,
            lifetime=state.lifetime - due,
        )
        return ledger, Reversal(
            ref, on, refunded, due, taken, exempt, shortfall, outcome, reason, restored
        )

    def expire(self, on: _dt.date) -> Ledger:
        """Record the expiry of every point whose last valid day is before ``on`` (R-VIP-10).

        By default points are valid until the card expires; ``points_validity_months``
        gives each purchase's points their own term (never beyond the card's).

        >>> from datetime import date
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-8", Holder("C8", "冯唐"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 1, 1), "500", "S1").expire(date(2026, 1, 2))
        >>> [(e.kind.label, e.points, e.on.isoformat()) for e in led.entries]
        [('消费积分', 5, '2024-01-01'), ('积分过期', -5, '2026-01-02')]
        """
        require_date("on", on)
        self._check_order(on)
        expiries, purchases = self._expire_upto(on)
        return self._record(on, *expiries, purchases=purchases)

    def move_to(self, on: _dt.date, card: Card) -> Ledger:
        """The ledger of the card that replaces this one (R-VIP-12): the balance follows.

        ``card`` must be the replacement of this ledger's card (:meth:`Card.replace`), for
        the same holder (R-VIP-09).  A *renewed* card starts an empty ledger instead
        (R-VIP-10).

        >>> from datetime import date
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-1", Holder("C1", "王芳"), on=date(2024, 1, 1))
        >>> led = Ledger(card).earn(date(2024, 2, 1), "3250", "S1")
        >>> moved = led.move_to(date(2024, 8, 1), card.replace(date(2024, 8, 1), "VIP-1B"))
        >>> moved.card.number, moved.balance(date(2024, 8, 1)), moved.carry
        ('VIP-1B', 32, Decimal('50.00'))
        """
        require_type("card", card, Card, "a Card")
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
            _(_MOVED, card=self.card.number, new=card.number, balance=balance),
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
        return Ledger(card, policy=self.policy, _state=moved)

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

# The explanations of the entries: expiry (R-VIP-10), redemption (R-VIP-08), replacement
# (R-VIP-12), earning by remainder rule and a return by outcome (R-VIP-05).
_EXPIRED = N_("{points} points earned on {day} (purchase {ref}) expired after {end}")
_REDEEMED = N_(
    "redeemed {points} points for {gift} (first-expiring points first; not cancellable, never "
    "for cash)"
)
_MOVED = N_(
    "card {card} reported lost or damaged and replaced by {new}; the balance of {balance} "
    "points follows"
)
_EARNED = {
    RemainderRule.CARRY: N_(
        "earned {points} points for {paid} paid (1 point per {per}; {carry} carried to the "
        "next purchase)"
    ),
    RemainderRule.TRUNCATE: N_(
        "earned {points} points for {paid} paid (1 point per {per}; remainder not carried)"
    ),
}
_RETURNED = N_("return of {refunded} on purchase {ref}: {due} points due")
_TAKEN = {
    ReversalOutcome.REFUSED: N_(
        "the refund of {refunded} on purchase {ref} should take back {due} points but only "
        "{taken} are left; nothing taken (shortfall policy: refuse)"
    ),
    ReversalOutcome.VOID: N_("card expired after {end}; its points are void"),
    ReversalOutcome.REVERSED: N_("took back {taken} points"),
    ReversalOutcome.DEBT: N_(
        "took back {taken} points; {shortfall} were spent and are owed as a debt"
    ),
    ReversalOutcome.WRITTEN_OFF: N_(
        "took back {taken} points; {shortfall} were spent and are written off"
    ),
}
_RETURN_NOTES = (  # in order: after expiry, expired unused, debt owed again, remainder moved
    N_("{shortfall} had been spent and are not recovered"),
    N_("{expired} had already expired"),
    N_("{restored} had repaid a debt, which is owed again"),
    N_("the purchase itself earned {earned}; the carried remainder moves"),
)
