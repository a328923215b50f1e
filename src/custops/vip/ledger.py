"""The points ledger of a card (R-VIP-02, R-VIP-05, R-VIP-08, R-VIP-10, R-VIP-12):
:class:`Ledger`."""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
import threading
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from custops._dates import ONE_DAY, add_months
from custops._enums import fold
from custops._text import verdict_word
from custops._validate import (
    ID,
    OPTIONAL_ID,
    OPTIONAL_QUOTED,
    derived_converter,
    fitted_call,
    of_part,
    require_date,
    require_id,
    require_int,
    require_items,
    require_label,
    require_type,
    type_validator,
    within,
)
from custops.decisions import W_, Explained, Wn_, Wording, check_said, kept_wording, worded_clauses
from custops.enums import LabelledEnum
from custops.errors import IllegalTransition, InsufficientPoints, InvalidInput, InvalidType
from custops.i18n import language
from custops.money import ZERO, MoneyInput, from_fen, require_money, to_fen, yuan
from custops.vip.cards import Card, same_card
from custops.vip.policy import (
    VIP_POLICY,
    RemainderRule,
    ShortfallRule,
    TierBasis,
    VipPolicy,
)
from custops.vip.qualification import Purchase

__all__ = ["EntryKind", "Ledger", "LedgerEntry", "Reversal", "ReversalOutcome"]


class EntryKind(LabelledEnum):
    """The kind of a ledger entry."""

    EARN = ("earn", "消费积分", "earned")
    REDEEM = ("redeem", "兑换奖品", "redemption")
    REVERSE = ("reverse", "退货扣回", "reversal", "return")
    EXPIRE = ("expire", "积分过期", "expiry", "expired")
    REPLACE = ("replace", "挂失补卡", "replacement")
    OPENING = ("opening", "期初余额", "opening balance", "brought forward")
    AMEND = ("amend", "资料更正", "amended", "correction")


class ReversalOutcome(LabelledEnum):
    """How a return's points were taken back."""

    REVERSED = ("reversed", "已扣回", "full")
    DEBT = ("debt", "记欠分")
    WRITTEN_OFF = ("written_off", "部分核销", "write off")
    REFUSED = ("refused", "拒绝扣回", "refuse")
    VOID = ("void", "卡已失效", "card expired")


@kept_wording
@attrs.frozen
class LedgerEntry(Explained):
    """One change of a card's points, with its reason and rule ID (R-VIP-05, R-VIP-08, …):
    ``points`` the signed change of the valid balance, ``paid`` the amount paid (an earn),
    ``refunded`` the amount refunded (a reverse, as :attr:`Reversal.refunded`), each
    ``None`` on other entries (an opening balance has no ``paid``: nothing was paid on this
    ledger), ``carry`` and ``points_owed`` the carried remainder and the debt after it
    (:attr:`Ledger.carry`, :attr:`Ledger.points_owed`).  ``str()`` is one line headed by the
    ``kind``; an entry has no truth value.  Its reason is worded when read, from the facts it
    keeps (a ``reason`` given as text is kept as given)."""

    kind: EntryKind
    on: _dt.date
    points: int
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    ref: str | None = attrs.field(default=None, converter=OPTIONAL_ID)
    paid: Decimal | None = None
    refunded: Decimal | None = None
    gift: str | None = attrs.field(default=None, converter=OPTIONAL_QUOTED)
    carry: Decimal = ZERO
    points_owed: int = 0
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def _verdict(self) -> str:
        # an entry is no yes/no answer: it heads with its kind (earn, redeem, expiry, …)
        return verdict_word(self.kind)


@attrs.frozen
class _Purchase:
    """A purchase on the ledger (or its opening balance): what it paid and earned, and where
    its points are now — valid (``points``), expired, spent on gifts, or repaying a debt,
    each until a return takes them back."""

    ref: str = attrs.field(converter=ID)
    earned_on: _dt.date
    expires_on: _dt.date  # the last day its points are valid
    paid_fen: int
    points_earned: int  # what the purchase earned (R-VIP-05), debt repayment included
    points: int  # of those, valid and unspent
    fen_per_point: int  # the spend of one point when it was earned (R-VIP-05)
    points_repaid: int = 0  # of those, how many repaid a debt (and were not yet owed again)
    points_expired: int = 0  # lost to expiry and not yet offset by a return
    points_redeemed: int = 0  # spent on gifts (R-VIP-08) and not yet charged to a return
    refunded_fen: int = 0
    returned: bool = False  # fully returned: no further reversal
    opening: bool = False  # an opening balance brought from elsewhere, not a purchase


@attrs.frozen
class _State:
    """Everything a ledger knows, immutable (tuples only), for one card."""

    card: Card
    entries: tuple[LedgerEntry, ...] = ()
    purchases: tuple[_Purchase, ...] = ()  # in the order earned
    spend_fen: int = 0  # net spend on this card (returns deducted), opening carry included
    points_owed: int = 0
    lifetime_points: int = 0  # points credited, less points reversed
    last_event_on: _dt.date | None = None
    replaced_by: str | None = None  # the card this one's points moved to (R-VIP-12)


@kept_wording
@attrs.frozen
class Reversal(Explained):
    """What a return did to the points (the new ledger is returned beside it):
    ``points_due``, what the refund had earned, is ``points_reversed`` (taken) +
    ``points_expired`` + ``points_restored`` (owed again as debt) + ``points_short`` (spent
    on gifts: handled as the policy says).  When ``REFUSED`` (``shortfall_rule="refuse"``)
    nothing was taken and the ledger is unchanged: ``points_reversed``, ``points_expired``
    and ``points_restored`` are 0 and ``points_short`` is the shortfall that refused it, the
    part of ``points_due`` already spent (more than 0, at most ``points_due``), so the sum
    holds for every other outcome only.  ``rule`` is what decided the outcome: R-VIP-10 when
    the card had expired (``VOID``: D7 卡使用说明 10, 有效期到期时旧卡自动失效, so nothing is
    taken), R-VIP-05 otherwise; :attr:`rule_ids` lists both for a ``VOID``.  Its reason is
    worded when read."""

    ref: str
    on: _dt.date
    refunded: Decimal
    points_due: int
    points_reversed: int
    points_expired: int
    points_short: int
    outcome: ReversalOutcome
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    points_restored: int = 0
    rule: str = "R-VIP-05"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule the return applies, once each: ``rule``, then R-VIP-05 (the points a
        refund earned are taken back) when the card's expiry decided it (R-VIP-10)."""
        return tuple(dict.fromkeys((self.rule, "R-VIP-05")))


def _same_card(instance: Ledger, attribute: attrs.Attribute[Any], state: object) -> None:
    """A ledger's points stay with their card: ``attrs.evolve(ledger, card=...)`` is refused."""
    if not isinstance(state, _State):
        problem = "is private; build a ledger with Ledger(card, policy=...)"
        raise InvalidType.for_argument("_state", state, problem)
    if state.card == instance.card:
        return
    if same_card(state.card, instance.card):
        problem = (
            f"is card {state.card.number} with other holder data; record the correction with "
            "ledger.amend(on, card) (R-VIP-02)"
        )
    else:
        problem = (
            f"the ledger holds the points of card {state.card.number}; they move only to the "
            "card replacing it, with move_to() (R-VIP-08, R-VIP-12)"
        )
    raise InvalidInput.for_argument("card", instance.card.number, problem)


def _expiry(lot: _Purchase) -> _dt.date:
    return lot.expires_on


def _lapsed(purchases: Sequence[_Purchase], head: int, ordered: bool, on: _dt.date) -> list[int]:
    """The places of the purchases (from ``head`` on, sorted by their last valid day when
    ``ordered``) holding valid points whose last valid day is before ``on``, the
    first-expiring first (then the oldest): R-VIP-10."""
    stop = bisect.bisect_left(purchases, on, lo=head, key=_expiry) if ordered else len(purchases)
    places = [i for i in range(head, stop) if purchases[i].points and purchases[i].expires_on < on]
    if not ordered:
        places.sort(key=lambda i: purchases[i].expires_on)
    return places


def _expired(lot: _Purchase) -> _Purchase:
    """``lot`` with its valid points expired (R-VIP-10)."""
    return attrs.evolve(lot, points=0, points_expired=lot.points_expired + lot.points)


class _Refs:
    """The place of each ``ref`` among the purchases, shared by a ledger and the ledgers its
    operations make: only a ledger holding the ``size`` purchases it has seen adds to it in
    place; a ledger with fewer (a second operation on one ledger) adds to a copy of it.  A
    place it gives may be beyond a ledger's purchases (one a later ledger added): a ledger
    reads only the places where its own purchases hold that ``ref``.  ``adding`` lets one
    ledger at a time add to it: two threads recording on one ledger at once copy it as a
    second operation would."""

    __slots__ = ("adding", "places", "size")

    def __init__(self, places: dict[str, int], size: int) -> None:
        self.places, self.size, self.adding = places, size, threading.Lock()


class _Index:
    """What a ledger derives from its purchases to answer in a time that does not grow with
    its history (never compared, shown, stored or pickled; rebuilt on demand):

    * ``refs``: the place of each ``ref`` among the purchases (:class:`_Refs`);
    * ``head``: every purchase before it holds no valid point (a purchase's valid points
      only ever fall);
    * ``live``: the valid points of all purchases, whatever their last valid day;
    * ``ordered``: the purchases' last valid days never fall from one to the next (points
      earned later lapse no sooner: true unless the policy's validity or the card changed),
      so the first-expiring points are the first purchases from ``head`` on."""

    __slots__ = ("head", "live", "ordered", "refs")

    def __init__(self, refs: _Refs, head: int, live: int, ordered: bool) -> None:
        self.refs, self.head, self.live, self.ordered = refs, head, live, ordered

    @classmethod
    def of(cls, purchases: tuple[_Purchase, ...]) -> _Index:
        """The index of ``purchases``, built afresh."""
        places: dict[str, int] = {}
        for at, lot in enumerate(purchases):
            places.setdefault(lot.ref, at)
        ordered = all(a.expires_on <= b.expires_on for a, b in itertools.pairwise(purchases))
        built = cls(_Refs(places, len(purchases)), 0, sum(p.points for p in purchases), ordered)
        return built.after(purchases, purchases, 0)

    def after(
        self, before: tuple[_Purchase, ...], purchases: tuple[_Purchase, ...], change: int
    ) -> _Index:
        """The index of ``purchases``, the purchases ``before`` (this index's) with purchases
        appended and points taken, ``change`` the points the new entries add up to."""
        refs, ordered, head, known = self.refs, self.ordered, self.head, len(before)
        if len(purchases) > known:
            with refs.adding:
                if refs.size == known:  # the last ledger to add: it adds in place
                    refs.size = len(purchases)
                else:
                    refs = _Refs(dict(refs.places), len(purchases))
                for at in range(known, len(purchases)):
                    refs.places[purchases[at].ref] = at
            ordered = ordered and all(
                purchases[at - 1].expires_on <= purchases[at].expires_on
                for at in range(max(known, 1), len(purchases))
            )
        while head < len(purchases) and not purchases[head].points:
            head += 1
        return _Index(refs, head, self.live + change, ordered)

    def order(self, lots: list[_Purchase]) -> Sequence[int]:
        """The places of the lots that may hold valid points, the first-expiring first (then
        the oldest): R-VIP-08."""
        if self.ordered:
            return range(self.head, len(lots))
        return sorted(range(self.head, len(lots)), key=lambda i: lots[i].expires_on)

    def first(self, purchases: tuple[_Purchase, ...], on: _dt.date) -> int:
        """The place of the first purchase from ``head`` on whose last valid day is ``on`` or
        later (when ordered: every purchase with valid points before it lapses before ``on``)."""
        return bisect.bisect_left(purchases, on, lo=self.head, key=_expiry)


def _draw(lots: list[_Purchase], points: int, index: _Index, spent_on: str | None = None) -> int:
    """Take up to ``points`` valid points from ``lots`` (in place), the points that expire
    first first (then the oldest): R-VIP-08, in the order of ``index``
    (:meth:`_Index.order`); how many were taken.  ``spent_on`` names the field of each lot
    that keeps what they were spent on (``points_redeemed``: a gift; ``points_repaid``: a
    debt), none when they are taken back."""
    taken = 0
    if points <= 0:  # nothing to draw: spare the sort
        return taken
    for i in index.order(lots):
        if taken == points:
            break
        lot = lots[i]
        take = min(points - taken, lot.points)
        if take:
            kept = {} if spent_on is None else {spent_on: getattr(lot, spent_on) + take}
            lots[i] = attrs.evolve(lot, points=lot.points - take, **kept)
            taken += take
    return taken


#: The places a return looks for the points it takes back, in order (R-VIP-05): still
#: How a day before the ledger's last entry is refused (an operation is recorded at its end).
_APPEND_ONLY = "the ledger is append-only"

#: How a negative payment is refused: a return is recorded against its purchase.
_NEGATIVE_PAID = (
    "must not be negative: a return is recorded with reverse(on, ref, amount=...) on the "
    "purchase's ref, which takes its points back (R-VIP-05)"
)

#: valid (taken), expired unused (nothing to take), repaying a debt, spent on a gift.
_WHERE = ("points", "points_expired", "points_repaid", "points_redeemed")


#: ``_state``: the state given (by the ledger's own operations), or (``None``) a new card's.
if TYPE_CHECKING:

    def _FRESH_STATE(value: _State | None) -> _State: ...  # noqa: N802

else:
    _FRESH_STATE = derived_converter(lambda ledger: _State(ledger.card), takes="_State | None")


class _Rates:
    """A policy's numbers of earning (R-VIP-05), read once: ``per`` the fen of one point,
    ``per_yuan`` the same in yuan, ``carries`` whether the remainder carries; the carry of a
    spend is read once per remainder (a bulk call meets the same few again and again)."""

    __slots__ = ("_carry", "carries", "per", "per_yuan")

    def __init__(self, policy: VipPolicy) -> None:
        self.per = policy.fen_per_point
        self.per_yuan = from_fen(self.per)
        self.carries = policy.remainder is RemainderRule.CARRY
        self._carry: dict[int, Decimal] = {}

    def between(self, low_fen: int, high_fen: int) -> int:
        """The points earned by the spend from ``low_fen`` up to ``high_fen`` (R-VIP-05)."""
        return high_fen // self.per - low_fen // self.per

    def gross(self, paid_fen: int, spend_fen: int) -> int:
        """The points a payment earns after a net spend of ``spend_fen``: with the carried
        remainder, or truncated."""
        spend = spend_fen if self.carries else 0
        return self.between(spend, spend + paid_fen)

    def carry_of(self, spend_fen: int) -> Decimal:
        """The spend below one point carried to the next purchase (0.00 when truncated)."""
        if not self.carries:
            return ZERO
        fen = spend_fen % self.per
        carry = self._carry.get(fen)
        if carry is None:
            carry = self._carry[fen] = from_fen(fen)
        return carry


@attrs.frozen
class Ledger:
    """The immutable, append-only points ledger of one card (docs/vip.md, "The points
    ledger"): each operation returns a **new** ledger, its entries adding up to the balance;
    with ``remainder=CARRY`` the card has been credited ``floor(net spend / 100)`` points
    beyond its opening balance (R-VIP-05).  ``attrs.evolve(ledger, card=...)`` is refused
    (:meth:`move_to`, :meth:`amend`).

    >>> from datetime import date
    >>> from custops.vip import Holder
    >>> card = Card.issue("VIP-9", Holder("C9", "赵敏"), on=date(2024, 1, 1))
    >>> led = Ledger(card).earn(date(2024, 1, 2), "150", "A").earn(date(2024, 1, 3), "150", "B")
    >>> day = date(2024, 1, 3)
    >>> led.valid_points(on=day), led.carry, led.points_for("49.99"), led.tier_points(on=day)
    (3, Decimal('0.00'), 0, 3)
    >>> after, rev = led.reverse(date(2024, 1, 4), "A")
    >>> rev.points_due, after.valid_points(on=date(2024, 1, 4)), after.carry
    (2, 1, Decimal('50.00'))
    >>> after.valid_points(on=date(2024, 1, 2))                        # a past day: the entries
    1
    >>> led.redeem(date(2024, 1, 5), 3, "伞").valid_points(on=date(2024, 1, 5))
    0
    >>> [e.points for e in led.expire(date(2026, 1, 2)).entries]      # the card has expired
    [1, 2, -1, -2]
    >>> day = date(2024, 8, 1)
    >>> led.move_to(day, card.replace("VIP-9B", on=day)).valid_points(on=day)  # lost, replaced
    3
    """

    card: Card = attrs.field(validator=type_validator(Card))
    policy: VipPolicy = attrs.field(
        default=None,
        converter=VIP_POLICY,
        kw_only=True,
    )
    _state: _State = attrs.field(
        default=None,
        converter=_FRESH_STATE,
        kw_only=True,
        alias="_state",
        validator=_same_card,
        repr=lambda state: f"<{len(state.entries)} entries>",
    )
    _index: _Index | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __getstate__(self) -> dict[str, Any]:
        """What a pickle keeps: the card, the policy and the state (the index is rebuilt)."""
        return {"card": self.card, "policy": self.policy, "_state": self._state}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name in ("card", "policy", "_state"):
            object.__setattr__(self, name, state[name])
        object.__setattr__(self, "_index", None)

    def _view(self) -> _Index:
        """This ledger's index (:class:`_Index`), built once when it was not handed on."""
        index = self._index
        if index is None:
            index = _Index.of(self._state.purchases)
            object.__setattr__(self, "_index", index)
        return index

    def _with(self, state: _State, index: _Index | None, card: Card | None = None) -> Ledger:
        """This ledger holding ``state`` (and ``card``), whose index is ``index``."""
        if card is None:
            ledger = attrs.evolve(self, _state=state)
        else:
            ledger = Ledger(card, policy=self.policy, _state=attrs.evolve(state, card=card))
        object.__setattr__(ledger, "_index", index)
        return ledger

    @property
    def entries(self) -> tuple[LedgerEntry, ...]:
        """Every change of the balance, oldest first; their points add up to the balance."""
        return self._state.entries

    @fitted_call
    def valid_points(self, *, on: _dt.date) -> int:
        """The card's balance, the valid points on ``on``: earned, not spent, reversed or
        expired (R-VIP-10).  A day before the last entry's is read from the entries: the
        sum of those up to that day (0 before the first); a moved ledger's entries include
        those of the card it replaced (R-VIP-12)."""
        require_date("on", on)
        last = self._state.last_event_on
        if last is not None and on < last:
            return sum(e.points for e in self._upto(on))
        index, purchases = self._view(), self._state.purchases
        if index.ordered:  # all valid points less those lapsing before ``on``
            lapsed = purchases[index.head : index.first(purchases, on)]
            return index.live - sum(p.points for p in lapsed)
        return sum(p.points for p in purchases[index.head :] if p.expires_on >= on)

    def _upto(self, on: _dt.date) -> tuple[LedgerEntry, ...]:
        """The entries of the days up to ``on``, inclusive (they are in date order)."""
        entries = self._state.entries
        return entries[: bisect.bisect_right(entries, on, key=lambda e: e.on)]

    @property
    def carry(self) -> Decimal:
        """The spend below one point carried to the next purchase (R-VIP-05)."""
        return self._carry_of(self._state.spend_fen)

    @property
    def points_owed(self) -> int:
        """The debt: points owed by returns whose points had been spent, repaid by the next
        earnings (a return takes the balance first: a ledger with a debt has a balance of 0)."""
        return self._state.points_owed

    @property
    def lifetime_points(self) -> int:
        """Points credited on this card less points reversed (redeemed and expired included)."""
        return self._state.lifetime_points

    @property
    def last_event_on(self) -> _dt.date | None:
        """The day of the last operation, if any."""
        return self._state.last_event_on

    @property
    def replaced_by(self) -> str | None:
        """The number of the card this card's points moved to (R-VIP-12), once the ledger is
        closed by :meth:`close`; ``None`` while the ledger takes events."""
        return self._state.replaced_by

    @fitted_call
    def tier_points(self, *, on: _dt.date) -> int:
        """The points that count toward the points tier of a purchase on ``on`` (R-VIP-06,
        ``tier_basis``).  A purchase is recorded after the ledger's last entry, so a day
        before it is refused naming ``on``; the points a past purchase was judged on are
        :meth:`tier_points_before` its ``ref`` (or its quote's
        :attr:`~custops.vip.Quote.points_for_tier`), not :meth:`valid_points` of its day,
        which is that day's closing balance, after the purchase."""
        self._not_past(
            on,
            "the points tier is read for a purchase on that day or later; the points a past "
            "purchase was judged on: tier_points_before(ref) or its Quote.points_for_tier "
            "(valid_points of a past day is its closing balance, after its purchases)",
        )
        if self.policy.tier_basis is TierBasis.LIFETIME_EARNED:
            return self.lifetime_points
        return self.valid_points(on=on)

    def tier_points_before(self, ref: str) -> int:
        """The points the purchase ``ref`` on this ledger was judged on for the points tier
        (R-VIP-06: 累计积分满30分, judged on the valid balance before the purchase): the sum
        of the entries before its own — earlier purchases of its day and the expiries
        recorded with it included — which is what :meth:`tier_points` gave for it and what
        its quote kept as :attr:`~custops.vip.Quote.points_for_tier`.  The evidence when a
        member disputes a past rate: :meth:`valid_points` of the purchase's day is the
        day's closing balance, the purchase's own points included.  A ``ref`` that is no
        purchase here (or the opening balance) is refused naming ``ref``; so is any ``ref``
        under ``tier_basis=lifetime_earned``, whose running total the entries do not keep
        (the quote's ``points_for_tier`` does).

        >>> from datetime import date
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-6", Holder("C6", "杨过"), on=date(2025, 1, 1))
        >>> led = Ledger(card).earn(date(2025, 1, 2), "2900", "A")
        >>> led = led.earn(date(2025, 1, 3), "198", "B")  # priced at 9折 on 29 points
        >>> led.tier_points_before("B"), led.valid_points(on=date(2025, 1, 3))
        (29, 30)
        """
        given, ref = ref, require_id("ref", ref)
        if self.policy.tier_basis is TierBasis.LIFETIME_EARNED:
            problem = (
                "cannot be answered under tier_basis=lifetime_earned: the entries keep no "
                "running lifetime total; the purchase's Quote.points_for_tier keeps it"
            )
            raise InvalidInput.for_argument("ref", given, problem)
        entries = self._state.entries
        for place, entry in enumerate(entries):
            if entry.kind is EntryKind.EARN and entry.ref == ref:
                return sum(e.points for e in entries[:place])
        raise InvalidInput.for_argument("ref", given, "is not a purchase on this ledger")

    @fitted_call
    def lapsing(self, *, on: _dt.date) -> int:
        """The points that lapse after ``on``: valid that day, gone the next, because ``on``
        is their last valid day (R-VIP-10: the card's last valid day, or
        ``points_validity_months`` after the purchase), as the ledger stands — a later
        purchase, redemption or return changes it.  It is ``valid_points(on=on)`` less
        ``valid_points`` of the next day; a day before the ledger's last entry is refused
        naming ``on`` (a past day's balance is :meth:`valid_points`).

        >>> from datetime import date
        >>> from custops.vip import Holder
        >>> card = Card.issue("VIP-8", Holder("C8", "周芷若"), on=date(2025, 1, 1))
        >>> led = Ledger(card).earn(date(2025, 3, 1), "500", "A")
        >>> led.lapsing(on=date(2026, 12, 31)), led.lapsing(on=date(2027, 1, 1))
        (0, 5)
        """
        self._not_past(on, "ask about that day or later (a past day's balance: valid_points)")
        index, purchases = self._view(), self._state.purchases
        if index.ordered:
            start = index.first(purchases, on)
            stop = bisect.bisect_right(purchases, on, lo=start, key=_expiry)
            return sum(p.points for p in purchases[start:stop])
        return sum(p.points for p in purchases[index.head :] if p.expires_on == on)

    def _not_past(self, on: _dt.date, ask: str) -> None:
        """Refuse ``on`` before the last entry's day, naming it (the ledger is append-only),
        saying ``ask``: what to ask instead."""
        require_date("on", on)
        last = self._state.last_event_on
        if last is not None:
            problem = f"{_APPEND_ONLY} and its last entry is of {last.isoformat()}; {ask}"
            within("on", on, on, low=last, problem=problem)

    def points_for(self, paid: MoneyInput) -> int:
        """The points a payment of ``paid`` (whole fen) would earn now, before a debt is repaid."""
        return self._gross(to_fen(require_money("paid", paid)), self._state.spend_fen)

    def _gross(self, paid_fen: int, spend_fen: int) -> int:
        """The points a payment earns after a net spend of ``spend_fen`` (R-VIP-05): with the
        carried remainder, or truncated."""
        return _Rates(self.policy).gross(paid_fen, spend_fen)

    def _points_between(self, low_fen: int, high_fen: int) -> int:
        """The points earned by the spend from ``low_fen`` up to ``high_fen`` (R-VIP-05)."""
        return _Rates(self.policy).between(low_fen, high_fen)

    def _carry_of(self, spend_fen: int) -> Decimal:
        return _Rates(self.policy).carry_of(spend_fen)

    def _check_event(self, on: _dt.date, event: str, *, last: _dt.date | None = None) -> None:
        """``on`` must be a date, not before the last entry's (``last`` when later: that of
        the rows a bulk call recorded before it; the ledger is append-only), and the ledger
        must take events: a ledger closed by a replacement takes none."""
        require_date("on", on)
        state = self._state
        if state.replaced_by is not None:
            moved_on = state.last_event_on
            assert moved_on is not None  # (a closed ledger holds its replacement entry)
            problem = (
                f"card {state.card.number} was replaced by card {state.replaced_by} on "
                f"{moved_on.isoformat()} and its points moved there; record the event on the "
                f"ledger of card {state.replaced_by} (R-VIP-12)"
            )
            raise IllegalTransition(
                f"{event}: {problem}", state_name="replaced", event_name=event, problem=problem
            )
        last = last or state.last_event_on
        if last is not None:
            problem = f"{_APPEND_ONLY} and its last entry is of {last.isoformat()}"
            within("on", on, on, low=last, problem=f"{problem}; ask about that day or later")

    def _check_valid(self, on: _dt.date) -> None:
        """Refuse ``on`` when the card is not valid that day (R-VIP-10), naming ``on``."""
        check = self.card.check(on=on)
        if not check.allowed:
            with language("en_US"):  # for the error message, which is always English
                problem = f"{check.reason} ({check.rule})"
            raise InvalidInput.for_argument("on", on, problem)

    def _find(self, ref: str) -> int | None:
        """The place of the purchase ``ref`` among this ledger's purchases, if any."""
        purchases, at = self._state.purchases, self._view().refs.places.get(ref)
        if at is not None and at < len(purchases) and purchases[at].ref == ref:
            return at
        return None

    def _lot_expiry(self, on: _dt.date) -> _dt.date:
        months, end = self.policy.points_validity_months, self.card.last_valid_on
        return end if months is None else min(add_months(on, months, argument="on"), end)

    def _expire_upto(self, on: _dt.date) -> tuple[tuple[LedgerEntry, ...], tuple[_Purchase, ...]]:
        """Entries recording the expiry of every point whose last valid day is before ``on``."""
        purchases, index = self._state.purchases, self._view()
        places = _lapsed(purchases, index.head, index.ordered, on)
        if not places:
            return (), purchases
        state = self._state
        lapsed = [purchases[i] for i in places]
        entries = self._expiries(lapsed, self.carry, state.points_owed)
        lots = list(purchases)
        for i in places:
            lots[i] = _expired(lots[i])
        return tuple(entries), tuple(lots)

    def _expiries(self, lapsed: list[_Purchase], carry: Decimal, debt: int) -> list[LedgerEntry]:
        """The entries recording the expiry of the points of the purchases ``lapsed``, in
        order, with the ledger's ``carry`` and ``debt`` (R-VIP-10)."""
        entries = []
        for p in lapsed:
            if p.opening:
                why = Wn_(
                    "{points} point of the opening balance {ref} (of {day}) expired after {end}",
                    "{points} points of the opening balance {ref} (of {day}) expired after {end}",
                    p.points,
                    points=p.points,
                    day=p.earned_on,
                    ref=p.ref,
                    end=p.expires_on,
                )
            else:
                why = Wn_(
                    "{points} point earned on {day} (purchase {ref}) expired after {end}",
                    "{points} points earned on {day} (purchase {ref}) expired after {end}",
                    p.points,
                    points=p.points,
                    day=p.earned_on,
                    ref=p.ref,
                    end=p.expires_on,
                )
            day, points = p.expires_on + ONE_DAY, -p.points
            entry = LedgerEntry(
                EntryKind.EXPIRE,
                day,
                points,
                "R-VIP-10",
                why,
                ref=p.ref,
                carry=carry,
                points_owed=debt,
            )
            entries.append(entry)
        return entries

    def _entry(
        self, kind: EntryKind, on: _dt.date, points: int, rule: str, why: Wording
    ) -> LedgerEntry:
        """An entry that leaves the carry and the debt as they are."""
        return LedgerEntry(
            kind, on, points, rule, why, carry=self.carry, points_owed=self.points_owed
        )

    def _record(self, on: _dt.date, *entries: LedgerEntry, **changes: Any) -> Ledger:
        """This ledger with ``entries`` appended on ``on`` and ``changes`` to its state."""
        state = self._state
        new = attrs.evolve(state, entries=state.entries + entries, last_event_on=on, **changes)
        change = sum(e.points for e in entries)
        return self._with(new, self._view().after(state.purchases, new.purchases, change))

    @fitted_call
    def open_balance(
        self, on: _dt.date, points: int, ref: str, *, carry: MoneyInput = ZERO
    ) -> Ledger:
        """Open the ledger with a balance kept elsewhere before (a member migrated from another
        system): ``points`` valid points and the ``carry`` toward the next point (R-VIP-05,
        whole fen below ``yuan_per_point``; 0.00 under ``remainder=truncate``), recorded on
        ``on`` under ``ref`` as an :attr:`EntryKind.OPENING` entry — nothing is paid on this
        ledger, so the entry has no ``paid``.  Its points expire as points earned on ``on``
        do (R-VIP-10: with the card, or ``points_validity_months`` after ``on``), are spent
        like any others and are never returned (``reverse`` refuses its ``ref``).  Only the
        first entry of a ledger (an opening balance opens it), on a day the card is valid
        (R-VIP-10); a *renewed* card starts empty instead (R-VIP-10: old points do not carry
        over)."""
        points = require_int("points", points, low=0)
        self._check_event(on, "open_balance")
        ref = require_id("ref", ref)
        amount = require_money("carry", carry)
        carry_fen, per = to_fen(amount), self.policy.fen_per_point
        if self.policy.remainder is RemainderRule.TRUNCATE and carry_fen:
            problem = "must be 0.00: under remainder=truncate nothing carries (R-VIP-05)"
            raise InvalidInput.for_argument("carry", carry, problem)
        problem = (
            f"must lie in [0, {from_fen(per)}): the amount below one point carried to the "
            "next purchase"
        )
        within("carry", carry, carry_fen, high=per, high_open=True, problem=problem)
        if self._state.entries:
            first = self._state.entries[0].on.isoformat()
            problem = (
                f"the ledger of card {self.card.number} already has entries (from {first}); an "
                "opening balance is its first entry"
            )
            raise IllegalTransition(
                f"open_balance: {problem}",
                state_name="opened",
                event_name="open_balance",
                problem=problem,
            )
        self._check_valid(on)
        end = self._lot_expiry(on)
        terms = {"points": points, "ref": ref, "end": end}
        if self.policy.remainder is RemainderRule.CARRY:
            why = Wn_(
                "opening balance {ref}: {points} point brought forward, valid until {end}; "
                "{carry} carried to the next purchase",
                "opening balance {ref}: {points} points brought forward, valid until {end}; "
                "{carry} carried to the next purchase",
                points,
                **terms,
                carry=from_fen(carry_fen),
            )
        else:
            why = Wn_(
                "opening balance {ref}: {points} point brought forward, valid until {end}",
                "opening balance {ref}: {points} points brought forward, valid until {end}",
                points,
                **terms,
            )
        entry = LedgerEntry(
            EntryKind.OPENING,
            on,
            points,
            "R-VIP-05",
            why,
            ref=ref,
            carry=from_fen(carry_fen),
        )
        lot = _Purchase(ref, on, end, 0, points, points, per, opening=True)
        changes = {"spend_fen": carry_fen, "lifetime_points": points}
        return self._record(on, entry, purchases=(lot,), **changes)

    @fitted_call
    def earn(self, on: _dt.date, paid: MoneyInput, ref: str) -> Ledger:
        """Record a purchase of ``paid`` (实付, whole fen) on ``on`` under a new ``ref``; points
        per R-VIP-05, repaying the debt (:attr:`points_owed`) first.  Refused on a day the card
        is not valid (R-VIP-10).  A purchase of 0.00 (a free basket: gifts, lines a coupon pays
        for, whose quote totals 0.00) is recorded like any other, so the sale's ``ref`` is on
        the ledger: it earns no point and leaves the carry as it was.  A negative ``paid`` (a
        till sending a return as a negative sale) is refused naming ``paid``: a return is
        :meth:`reverse` of the purchase's ``ref``.  After :func:`~custops.vip.quote`,
        :meth:`Quote.credit <custops.vip.Quote.credit>` records the sale with exactly the
        quote's points, and refuses a card presented by someone other than its holder
        (R-VIP-09), which this call cannot see."""
        amount = yuan(paid, argument="paid", exact=True)
        within("paid", paid, amount, low=0, problem=_NEGATIVE_PAID)
        self._check_event(on, "earn")
        given, ref = ref, require_id("ref", ref)
        self._check_valid(on)
        if self._find(ref) is not None:
            raise InvalidInput.for_argument("ref", given, "is already a purchase on this ledger")
        state = self._state
        expiries, purchases = self._expire_upto(on)
        entry, bought, changes = self._earning(
            on, amount, ref, state.spend_fen, state.points_owed, state.lifetime_points
        )
        appended = purchases + (bought,)  # noqa: RUF005  (one copy of the purchases, not two)
        return self._record(on, *expiries, entry, purchases=appended, **changes)

    def _earning(
        self,
        on: _dt.date,
        amount: Decimal,
        ref: str,
        spend_fen: int,
        owed: int,
        lifetime: int,
        rates: _Rates | None = None,
    ) -> tuple[LedgerEntry, _Purchase, dict[str, int]]:
        """The entry and the purchase recording a payment of ``amount`` on ``on`` under
        ``ref`` (R-VIP-05) after a net spend of ``spend_fen``, with ``owed`` points owed and
        ``lifetime`` points credited, and the ledger's new ``spend_fen``, ``points_owed``
        and ``lifetime_points``; ``rates`` the policy's numbers, read once by a bulk call
        (the amount is parsed once, into fen)."""
        rates = rates or _Rates(self.policy)
        paid_fen = to_fen(amount)
        gross = rates.gross(paid_fen, spend_fen)
        repaid = min(gross, owed)
        debt = owed - repaid
        spend = spend_fen + paid_fen
        carry = rates.carry_of(spend)
        terms = {"points": gross, "paid": amount, "per": rates.per_yuan}
        if rates.carries:
            earned = Wn_(
                "earned {points} point for {paid} paid (1 point per {per}; {carry} carried to "
                "the next purchase)",
                "earned {points} points for {paid} paid (1 point per {per}; {carry} carried to "
                "the next purchase)",
                gross,
                **terms,
                carry=carry,
            )
        else:
            earned = Wn_(
                "earned {points} point for {paid} paid (1 point per {per}; remainder not carried)",
                "earned {points} points for {paid} paid (1 point per {per}; remainder not carried)",
                gross,
                **terms,
            )
        why = [earned]
        if repaid:
            why.append(W_("{repaid} repaid the debt of an earlier return", repaid=repaid))
        said, net = worded_clauses(why, strong=True), gross - repaid  # net: the points credited
        lifetime += gross
        entry = LedgerEntry(
            EntryKind.EARN,
            on,
            net,
            "R-VIP-05",
            said,
            ref=ref,
            paid=amount,
            carry=carry,
            points_owed=debt,
        )
        expires_on, per = self._lot_expiry(on), rates.per
        bought = _Purchase(ref, on, expires_on, paid_fen, gross, net, per, points_repaid=repaid)
        changes = {"spend_fen": spend, "points_owed": debt, "lifetime_points": lifetime}
        return entry, bought, changes

    def earn_many(self, purchases: Iterable[Purchase]) -> Ledger:
        """Record ``purchases`` (:class:`~custops.vip.Purchase` records, each
        ``Purchase(on, paid, ref)``, in the order given): exactly the ledger that
        ``earn(p.on, p.paid, p.ref)`` for each in turn gives (R-VIP-05, R-VIP-10), entries,
        expiries and debt repaid included, built in one pass with one copy of the history
        rather than one per purchase — the call for importing a member's past purchases.

        The rows are given in date order, oldest first, as the ledger is append-only: a row
        dated before the row above it is refused saying so and naming every such row.  A
        purchase the ledger refuses is refused as ``earn`` refuses it, its problem said of
        its row (``purchases[2]: its ref is already a purchase on this ledger``, a day as
        ``purchases[0]: its day 2024-01-01 is refused: …``); a
        purchase needs its ``ref``, and a return is recorded with :meth:`reverse` once the
        purchase is on the ledger, so a ``refunded`` amount is refused.  A refused call
        records nothing: the ledger is a value, and the call returns a new one or none.

        >>> from datetime import date
        >>> from custops.vip import Holder, Purchase
        >>> card = Card.issue("VIP-7", Holder("C7", "张无忌"), on=date(2024, 1, 1))
        >>> past = [Purchase(date(2024, 1, 2), "150", "A"), Purchase(date(2024, 1, 3), "150", "B")]
        >>> led = Ledger(card).earn_many(past)
        >>> one_by_one = Ledger(card).earn(date(2024, 1, 2), "150", "A")
        >>> led == one_by_one.earn(date(2024, 1, 3), "150", "B")
        True
        >>> from custops.errors import InvalidInput
        >>> try:
        ...     Ledger(card).earn_many([past[0], past[0]])
        ... except InvalidInput as refused:
        ...     print(refused.argument, "-", refused.problem)
        purchases[1] - its ref is already a purchase on this ledger
        """
        rows = require_items(
            "purchases", purchases, "an iterable of vip.Purchase records", holding=Purchase
        )
        if not rows:
            return self
        state, index = self._state, self._view()
        entries, lots = list(state.entries), list(state.purchases)
        spend, owed, lifetime = state.spend_fen, state.points_owed, state.lifetime_points
        last, head, ordered = state.last_event_on, index.head, index.ordered
        added: set[str] = set()
        rates = _Rates(self.policy)  # the policy's numbers, read once for every row
        for i, row in enumerate(rows):
            on, ref = row.on, self._row_ref(i, rows, last, added)
            places = _lapsed(lots, head, ordered, on)
            if places:
                entries += self._expiries([lots[j] for j in places], rates.carry_of(spend), owed)
                for j in places:
                    lots[j] = _expired(lots[j])
            entry, bought, changes = self._earning(on, row.paid, ref, spend, owed, lifetime, rates)
            spend, owed = changes["spend_fen"], changes["points_owed"]
            lifetime = changes["lifetime_points"]
            entries.append(entry)
            ordered = ordered and (not lots or lots[-1].expires_on <= bought.expires_on)
            lots.append(bought)
            added.add(ref)
            last = on
            while head < len(lots) and not lots[head].points:
                head += 1
        new = attrs.evolve(
            state,
            entries=tuple(entries),
            purchases=tuple(lots),
            spend_fen=spend,
            points_owed=owed,
            lifetime_points=lifetime,
            last_event_on=last,
        )
        change = sum(e.points for e in new.entries[len(state.entries) :])
        return self._with(new, index.after(state.purchases, new.purchases, change))

    def _row_ref(
        self, i: int, rows: Sequence[Purchase], last: _dt.date | None, added: set[str]
    ) -> str:
        """The ``ref`` of row ``i`` of :meth:`earn_many`, checked as :meth:`earn` checks its
        arguments, the rows before it (recorded on ``last``, their refs ``added``) counted:
        a refusal is said of ``purchases[i]``, and a row dated before the one before it
        says that the rows must be in date order, and which are not."""
        row = rows[i]
        try:
            if row.refunded:
                problem = (
                    "must be 0.00: a purchase is recorded as paid, and its return afterwards "
                    "with reverse"
                )
                raise InvalidInput.for_argument("refunded", row.refunded, problem)
            self._check_event(row.on, "earn_many", last=last)
            ref = require_id("ref", row.ref)
            self._check_valid(row.on)
            if ref in added or self._find(ref) is not None:
                raise InvalidInput.for_argument("ref", ref, "is already a purchase on this ledger")
        except (InvalidInput, InvalidType) as exc:
            if i and exc.argument == "on" and exc.problem.startswith(_APPEND_ONLY):
                # before the row above it (``last`` is its day): the batch is out of order
                problem = _out_of_order(rows, i)
                raise InvalidInput.for_argument(f"purchases[{i}]", row, problem) from None
            if exc.argument == "on":  # a day refused: said as "its day … is refused: why"
                said = f"its day {row.on.isoformat()} is refused: {exc.problem}"
                raise type(exc).for_argument(f"purchases[{i}]", row, said) from None
            raise of_part(exc, f"purchases[{i}]", row) from None
        return ref

    @fitted_call
    def redeem(self, on: _dt.date, points: int, gift: str) -> Ledger:
        """Spend ``points`` of this card on ``gift`` (R-VIP-08), the first-expiring first;
        all or nothing (:class:`~custops.errors.InsufficientPoints`), never for cash (a
        ``gift`` that is only money — 现金, 人民币, 红包, 返现, 抵现, 余额, an amount such as
        ``"￥50"``, ``"50元"`` or ``"现金50元"`` — is refused, and so is cash bundled with
        goods, ``"保温杯+现金50元"``, and points taken off a price, ``"抵扣金价50元"``,
        ``"代金50元"``; a voucher or a card for goods, ``"抵扣券"``, is a gift), and
        never cancelled.  ``gift`` is a text the entry's ``reason`` quotes
        (:func:`~custops._validate.require_label`): trimmed, and refused when it holds a
        control character or a rule ID, so that the ``reason`` and ``str()`` stay one line
        with no rule ID inside.  Refused, as :meth:`earn` is, on a day the card is not valid
        (R-VIP-10), naming ``on``."""
        points = require_int("points", points, low=1)
        self._check_event(on, "redeem")
        self._check_valid(on)  # as earn: no card, no points spent on it (R-VIP-10)
        given, gift = gift, require_label("gift", gift)  # the entry's reason quotes it
        if _holds_cash(fold(gift)):
            problem = "points are never exchanged for cash (R-VIP-08)"
            raise InvalidInput.for_argument("gift", given, problem)
        expiries, purchases = self._expire_upto(on)
        available = self._view().live + sum(e.points for e in expiries)
        if available < points:
            problem = (  # the points asked for are the value: shown once, by (got …)
                f"is more than the {available} valid points card {self.card.number} has "
                f"on {on.isoformat()} (R-VIP-08)"
            )
            raise InsufficientPoints.for_argument(
                "points", points, problem, points_requested=points, points_available=available
            )
        drawn = list(purchases)
        _draw(drawn, points, self._view(), "points_redeemed")
        why = Wn_(
            "redeemed {points} point for {gift} (first-expiring points first; not cancellable, "
            "never for cash)",
            "redeemed {points} points for {gift} (first-expiring points first; not cancellable, "
            "never for cash)",
            points,
            points=points,
            gift=gift,
        )
        entry = attrs.evolve(self._entry(EntryKind.REDEEM, on, -points, "R-VIP-08", why), gift=gift)
        return self._record(on, *expiries, entry, purchases=tuple(drawn))

    @fitted_call
    def reverse(
        self, on: _dt.date, ref: str, *, amount: MoneyInput | None = None
    ) -> tuple[Ledger, Reversal]:
        """Take back the points of purchase ``ref`` returned on ``on`` (all, or ``amount``),
        never below zero without saying so (R-VIP-05; returns are not in D7, docs/rules.md).
        The points the refund earned are looked for where they are — the purchase's own, then
        those its carried remainder completed in later purchases: still valid (taken back),
        expired unused (nothing to take), repaying a debt, or spent on a gift; points spent
        are taken from the balance first (the first-expiring), a repaid debt is then owed
        again, and what was redeemed (R-VIP-08, and only that) is handled as docs/vip.md,
        "Returning", says (``policy.shortfall_rule``).  Nothing is taken once the card has
        expired (R-VIP-10: the ``VOID`` result and its entry cite that rule); a purchase
        fully returned raises :class:`~custops.errors.IllegalTransition`, and so does the
        ``ref`` of the opening balance (nothing was paid for it on this ledger)."""
        given, ref = ref, require_id("ref", ref)
        self._check_event(on, "reverse")
        state, index = self._state, self._find(ref)
        if index is None:
            raise InvalidInput.for_argument("ref", given, "is not a purchase on this ledger")
        bought = state.purchases[index]
        if bought.opening:
            problem = (
                f"{ref!r} is the opening balance, not a purchase: nothing was paid for it here"
            )
            raise IllegalTransition.for_argument(
                "ref", given, problem, state_name="opening", event_name="reverse"
            )
        if bought.returned:
            problem = f"purchase {ref!r} is already fully returned"
            raise IllegalTransition.for_argument(
                "ref", given, problem, state_name="returned", event_name="reverse"
            )
        left_fen = bought.paid_fen - bought.refunded_fen
        if amount is None:
            refund_fen = left_fen
        else:
            refund_fen = to_fen(require_money("amount", amount))
            problem = (
                f"must be more than 0 and at most the {from_fen(left_fen)} of purchase "
                f"{ref!r} not yet refunded"
            )
            within(
                "amount", amount, refund_fen, low=0, high=left_fen, low_open=True, problem=problem
            )
        refunded = from_fen(refund_fen)
        # the points the refunded spend earned: from the card's spend, or the purchase's alone
        spend = state.spend_fen if self.policy.remainder is RemainderRule.CARRY else left_fen
        due = self._points_between(spend - refund_fen, spend)
        expiries, purchases = self._expire_upto(on)
        lots = list(purchases)
        # where the points due are: the purchase's own, then those its carried remainder
        # completed in the purchases after it (then, should any be left, the others)
        found, need = dict.fromkeys(_WHERE, 0), due
        for i in itertools.chain((index,), range(index + 1, len(lots)), range(index)):
            if not need:
                break
            lot, kept = lots[i], {}
            for where in _WHERE:
                if take := min(need, getattr(lot, where)):
                    kept[where] = getattr(lot, where) - take
                    found[where] += take
                    need -= take
            if kept:
                lots[i] = attrs.evolve(lot, **kept)
        unknown = need  # (only in a ledger stored before these places were kept): spent
        taken, exempt = found["points"], found["points_expired"]
        owed_again, spent = found["points_repaid"], found["points_redeemed"] + unknown
        end = self.card.last_valid_on
        void = on > end  # after the card expired every point has lapsed: nothing is taken
        # points spent (on a debt, on a gift) are taken from the balance first: the points
        # taken are spent as those were (R-VIP-08: a debt is never owed while points are left)
        for where, used in (("points_repaid", owed_again), ("points_redeemed", spent)):
            covered = _draw(lots, used, self._view(), where)
            taken += covered
            if where == "points_repaid":
                owed_again -= covered
            else:
                spent -= covered
        restored = 0 if void else owed_again  # a debt repaid by points now returned
        shortfall = spent + (owed_again if void else 0)
        if void or not shortfall:
            outcome = ReversalOutcome.VOID if void else ReversalOutcome.REVERSED
        else:
            outcome = _SHORTFALL[self.policy.shortfall_rule]
        said = {"refunded": refunded, "ref": ref, "due": due, "taken": taken, "expired": exempt}
        said.update(shortfall=shortfall, restored=restored, earned=bought.points_earned, end=end)
        if outcome is ReversalOutcome.REFUSED:
            reason = _reversal_clauses(outcome, said)[1]
            return self, Reversal(ref, on, refunded, due, 0, 0, shortfall, outcome, reason)
        debt = state.points_owed + restored + (shortfall if outcome is ReversalOutcome.DEBT else 0)
        moved = due != bought.points_earned and refund_fen == bought.paid_fen
        happened = (True, True, void and shortfall, exempt, restored, moved)
        clauses = _reversal_clauses(outcome, said)
        why = [text for text, yes in zip(clauses, happened, strict=True) if yes]
        reason = worded_clauses(why, strong=True)
        lots[index] = attrs.evolve(
            lots[index],
            refunded_fen=bought.refunded_fen + refund_fen,
            returned=refund_fen == left_fen,
        )
        spend = state.spend_fen - refund_fen
        carry = self._carry_of(spend)
        lifetime = state.lifetime_points - due
        # the card's expiry decides a return after it: nothing is taken (R-VIP-10)
        rule = "R-VIP-10" if outcome is ReversalOutcome.VOID else "R-VIP-05"
        entry = LedgerEntry(
            EntryKind.REVERSE,
            on,
            -taken,
            rule,
            reason,
            ref,
            refunded=refunded,
            carry=carry,
            points_owed=debt,
        )
        changes = {"spend_fen": spend, "points_owed": debt, "lifetime_points": lifetime}
        ledger = self._record(on, *expiries, entry, purchases=tuple(lots), **changes)
        return ledger, Reversal(
            ref, on, refunded, due, taken, exempt, shortfall, outcome, reason, restored, rule
        )

    @fitted_call
    def expire(self, on: _dt.date) -> Ledger:
        """Record the expiry of every point whose last valid day is before ``on`` (R-VIP-10):
        the card's, or ``points_validity_months`` after the purchase (never beyond it)."""
        self._check_event(on, "expire")
        expiries, purchases = self._expire_upto(on)
        return self._record(on, *expiries, purchases=purchases)

    @fitted_call
    def amend(self, on: _dt.date, card: Card) -> Ledger:
        """This ledger holding ``card``, the same card with its holder's registration data
        corrected (a name, a birth date: R-VIP-02; :meth:`Card.amend`), recorded on ``on``
        as an :attr:`EntryKind.AMEND` entry that changes no points.  ``card`` must be this
        card — its number, its customer (R-VIP-09: a card is not transferred), its days of
        validity — or it is refused naming ``card``; the same holder data again changes
        nothing (the ledger is returned as it is)."""
        require_type("card", card, Card, "a Card")
        self._check_event(on, "amend")
        mine = self.card
        if not same_card(card, mine):
            problem = (
                f"is not card {mine.number} of customer {mine.holder.customer_id}; an "
                "amendment corrects the holder's data on the same card (R-VIP-02): another "
                "holder's card is never this one's (R-VIP-09), a replacement takes move_to() "
                "(R-VIP-12)"
            )
            raise InvalidInput.for_argument("card", card.number, problem)
        if (card.issued_on, card.last_valid_on, card.replaces) != (
            mine.issued_on,
            mine.last_valid_on,
            mine.replaces,
        ):
            problem = (
                f"differs from card {mine.number} in its days of validity or the card it "
                "replaces; an amendment corrects the holder's data only (R-VIP-02, R-VIP-10)"
            )
            raise InvalidInput.for_argument("card", card.number, problem)
        if card == mine:
            return self
        old, new, unknown = mine.holder, card.holder, W_("not given")
        changes = [
            W_("name {old} → {new}", old=old.name, new=new.name) if old.name != new.name else "",
            W_("birth date {old} → {new}", old=old.born_on or unknown, new=new.born_on or unknown)
            if old.born_on != new.born_on
            else "",
        ]
        why = W_(
            "registration data of customer {customer} corrected: {changes}",
            customer=new.customer_id,
            changes=worded_clauses([c for c in changes if c]),
        )
        expiries, purchases = self._expire_upto(on)
        entry = self._entry(EntryKind.AMEND, on, 0, "R-VIP-02", why)
        recorded = self._record(on, *expiries, entry, purchases=purchases)
        return recorded._with(recorded._state, recorded._index, card)

    @fitted_call
    def move_to(self, on: _dt.date, card: Card) -> Ledger:
        """The ledger of the card that replaces this one (R-VIP-12): the balance follows.
        ``card`` must be the replacement (:meth:`Card.replace`) for the same customer
        (R-VIP-09); a *renewed* card starts an empty ledger instead (R-VIP-10).  ``on`` is a
        day both cards are valid (R-VIP-10): a day before either was issued, or after either's
        last valid day (an expired card is renewed, not replaced), is refused naming ``on``,
        as :meth:`Card.replace` refuses it and :meth:`earn` refuses a day the card is not
        valid.  This ledger is a value and stays as it is: keep the ledger returned in its
        place, and :meth:`close` for the old card (a ledger that refuses every event)."""
        moved, _balance = self._moved(on, card, "move_to")
        return moved._with(moved._state, moved._index, card)

    @fitted_call
    def close(self, on: _dt.date, card: Card) -> Ledger:
        """This card's ledger once ``card`` replaces it (R-VIP-12), to keep for the old card
        beside :meth:`move_to`'s for the new one: the same replacement entry, but with the
        balance leaving it (its points, its carry and its debt follow the holder to
        ``card``), so it reads 0 from ``on`` on, and every later event (earn, redeem,
        reverse, expire, amend, move_to, close) is refused with
        :class:`~custops.errors.IllegalTransition` naming both cards.  Reads of the days
        before stay as they were; :attr:`replaced_by` is ``card``'s number.  ``card`` and
        ``on`` are checked as :meth:`move_to` checks them."""
        moved, balance = self._moved(on, card, "close")
        state, index = moved._state, moved._view()
        head, purchases = index.head, state.purchases  # (none before head holds points)
        lots = tuple(attrs.evolve(p, points=0) if p.points else p for p in purchases[head:])
        out = attrs.evolve(state.entries[-1], points=-balance, carry=ZERO, points_owed=0)
        closed = attrs.evolve(
            state,
            entries=(*state.entries[:-1], out),
            purchases=purchases[:head] + lots,
            spend_fen=0,
            points_owed=0,
            replaced_by=card.number,
        )
        return self._with(closed, _Index(index.refs, len(purchases), 0, index.ordered))

    def _moved(self, on: _dt.date, card: Card, event: str) -> tuple[Ledger, int]:
        """The ledger after the replacement entry of ``card`` on ``on`` (R-VIP-12), checked,
        and the balance that moves."""
        require_type("card", card, Card, "a Card")
        self._check_event(on, event)
        if card.replaces != self.card.number:
            problem = (
                f"does not replace card {self.card.number}; points of one card never move to "
                "another (R-VIP-08, R-VIP-10)"
            )
            raise InvalidInput.for_argument("card", card.number, problem)
        if card.holder.customer_id != self.card.holder.customer_id:
            problem = "belongs to another customer; cards are not transferable (R-VIP-09)"
            raise InvalidInput.for_argument("card", card.number, problem)
        for valid in (self.card, card):  # a day both cards are valid on (R-VIP-10, R-VIP-12)
            problem = (
                f"is before card {valid.number} was issued on {valid.issued_on.isoformat()}; "
                "the balance moves on a day both cards are valid (R-VIP-10, R-VIP-12)"
            )
            within("on", on, on, low=valid.issued_on, problem=problem)
            problem = (
                f"card {valid.number} is valid {valid.issued_on.isoformat()} … "
                f"{valid.last_valid_on.isoformat()}; an expired card is renewed, not replaced, "
                "and its points lapse with it (R-VIP-10, R-VIP-12)"
            )
            within("on", on, on, high=valid.last_valid_on, problem=problem)
        expiries, purchases = self._expire_upto(on)
        balance = self._view().live + sum(e.points for e in expiries)
        why = Wn_(
            "card {card} reported lost or damaged and replaced by {new}; the balance of "
            "{balance} point follows",
            "card {card} reported lost or damaged and replaced by {new}; the balance of "
            "{balance} points follows",
            balance,
            card=self.card.number,
            new=card.number,
            balance=balance,
        )
        entry = self._entry(EntryKind.REPLACE, on, 0, "R-VIP-12", why)
        return self._record(on, *expiries, entry, purchases=purchases), balance

    def combine(self, other: Ledger) -> Ledger:
        """Always refused: the points of different cards are never added up (R-VIP-08).  The
        error shows the ledger given by its card's number, as ``attrs.evolve(ledger, card=…)``
        does (``other: … (got 'VIP-2')``)."""
        require_type("other", other, Ledger, "a Ledger")
        problem = (
            f"points of card {self.card.number} cannot be combined with another card's; only "
            "the card's own points count (R-VIP-08)"
        )
        raise InvalidInput.for_argument("other", other.card.number, problem)


# A gift that is only cash (R-VIP-08; D7 卡使用说明 2 积分不得兑换为现金), read in its folded
# form (:func:`fold`: NFKC, lower case, no spaces; Traditional read as simplified) as words in
# any order.  The seed forbids points for 现金 and nothing else: what a till or a member
# portal writes for cash is refused, however it is worded, and a prize that is not cash is
# not.  Cash is, by the seed's word, money itself and money handed over as it is:
#   * money: 现金, 人民币, 钱, 零钱, 红包, 礼金, coins and notes, a currency (元, 美元, 港币,
#     dollars, HK$, €, £; a till's slang 刀 or 蚊 after an amount, 50刀) or an amount in digits
#     or Chinese numerals (50, 五十, 整 as in 一百元整);
#   * paying it out: cash back and cash out (返现, 退现, 折现, 兑现, 提现, 套现, 变现, 返利) and
#     a transfer (转账, 汇款, 打款) — points turned into cash, whatever follows;
#   * points spent as money (抵现, 抵扣, 抵用, 抵付, 抵款, 抵钱: 积分抵现 takes money off a
#     bill, which is points exchanged for cash) and money held in an account (余额, 余额宝,
#     钱包余额: 支付宝余额 is money in a wallet);
#   * around it, words that only say how cash reaches the member or how much: a wallet or a
#     bank (微信, 支付宝, 微信钱包, 银行: not 钱包 alone, for 零钱包 is a purse), a way of
#     handing over (转, 返还, 退还, 发放, 赠送, 到账, 抵) or of sizing it (等值, 等额, 全额,
#     折合, 折算) — cash beside money (微信红包, 支付宝红包, 现金返还, 微信零钱50元, 等值现金,
#     现金抵用, 抵50元), never cash alone (a gift named 微信 or 支付宝 names no money);
#   * and the way a till or a portal frames a gift, which says nothing of what it is: the
#     exchange (积分兑, 兑换, 换领, 兑奖: 积分兑现金 is points turned into cash, as the seed
#     forbids), the amount or prize it is (金额, 面值, 奖: 金额50元, 现金奖), a quantity (×1,
#     x2, *1, 1份, 一份: a count of the gift, never an amount of money) and punctuation
#     (现金：50元, 现金（50元）, 现金/50元, 【现金】).
# A word of anything else makes the gift goods: a voucher or a card spent in the store
# (现金券, 代金券, 抵用券, 购物卡; D7 权限2 names 优惠券(卡) a benefit of its own, not cash),
# goods priced in money (50元话费), a phone top-up (话费充值: credit for a service, spent on
# it as goods are) and stored value (充值, 储值卡余额: a store card's balance is a voucher,
# and the seed says nothing of it) are gifts.  The text is read by cutting it into words, every
# way at once (linear in its length; a regular expression of repeated alternatives took
# exponential time on a long run of digits).
_MONEY_WORDS = (
    "现金", "现钞", "现款", "钞票", "纸币", "硬币", "零钱", "零花钱", "压岁钱", "利是", "利市",
    "钱", "人民币", "红包", "礼金", "奖金", "返现", "退现", "折现", "兑现", "提现", "套现",
    "变现", "退款", "转账", "汇款", "打款", "返利",
    "抵现", "抵扣", "抵用", "抵付", "抵款", "抵钱", "余额", "余额宝", "钱包余额",
    "美元", "美金", "港元", "港币", "澳元", "澳门币", "台币", "新台币", "欧元", "英镑",
    "日元", "韩元", "加元", "卢布", "外币", "外汇", "元", "圆", "块钱", "块", "角", "毛",
    "分钱", "整",
    "rmb", "cny", "cash", "cashback", "money", "refund", "hongbao", "redpacket",
    "redpackets", "redenvelope", "redenvelopes", "transfer", "yuan", "renminbi", "dollar",
    "dollars", "buck", "bucks", "euro", "euros", "pound", "pounds", "sterling", "yen", "won",
    "balance", "rebate",
    "usd", "hkd", "eur", "gbp", "jpy", "krw", "aud", "cad", "twd", "mop", "us", "hk", "nt",
    "¥", "$", "€", "£", "₩", "₹", "¢",
)  # fmt: skip
_CASH_WORDS = (
    "微信", "支付宝", "微信钱包", "支付宝钱包", "银行", "银行卡", "账户", "转", "抵",
    "转入", "到账", "返", "返还", "还", "退", "退还", "发", "发放", "送", "赠送", "给", "支付",
    "领", "领取", "提", "取", "兑换", "换", "换成", "成", "为", "积分", "奖励", "直接", "等值",
    "等额", "同等", "同额", "全额", "折合", "折算", "的",
    # the framing of a gift: its exchange, its amount, its prize
    "兑", "兑成", "兑为", "兑取", "兑奖", "换取", "换领", "申领", "可", "用", "金额", "面额",
    "面值", "奖",
    "wechat", "weixin", "alipay", "bank", "wire", "back", "out", "in", "of", "as", "gift",
    "worth", "equivalent", "equal", "value", "points", "point", "for", "to", "into",
    "redeem", "redeemed", "redemption", "exchange", "exchanged", "prize", "reward", "amount",
)  # fmt: skip
#: The Chinese numerals of an amount, ordinary and formal (五十, 伍拾).
_CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
# One digit or Chinese numeral (a run of them is an amount), or a point or comma inside one.
_NUMERAL = re.compile(rf"\d|[{_CHINESE_NUMERALS}]|(?<=\d)[.,](?=\d)")
# A till's slang for yuan after an amount (50刀, 五十蚊): money only there (刀 alone is a knife).
_SLANG_UNIT = re.compile(rf"(?<=[\d{_CHINESE_NUMERALS}])[刀蚊]")
# A quantity of the gift (×1, x2, *3, 1份, 一份, ×1份): a count, not an amount of money; of
# at most four digits, so that a long run of digits is still read in linear time.
_QUANTITY = re.compile(
    r"[×x*](?:\d{1,4}|[一二两三四五六七八九十]{1,4})(?:份|个|张|次|笔|件)?"
    r"|(?:\d{1,4}|[一二两三四五六七八九十]{1,4})(?:份|个|张|次|笔|件)"
)
# Punctuation a till or a portal puts around or inside a gift's words (after fold: NFKC).
_PUNCTUATION = frozenset(":;,.!?/\\|'\"()[]{}<>、，。；：！？（）【】「」『』《》〈〉“”‘’·・…—–~～")


def _is_cash(folded: str) -> bool:
    """Whether ``folded`` (a gift's :func:`fold`) is only cash: made of the words above, its
    quantities and punctuation, at least one of them money (R-VIP-08).  ``reached[i]`` says
    how the text up to ``i`` can be cut into those words: ``None`` not at all, ``False``
    without money, ``True`` with it."""
    reached: list[bool | None] = [None] * (len(folded) + 1)
    reached[0] = False
    for at in range(len(folded)):
        state = reached[at]
        if state is None:
            continue
        steps = [(len(w), True) for w in _MONEY_WORDS if folded.startswith(w, at)]
        steps += [(len(w), False) for w in _CASH_WORDS if folded.startswith(w, at)]
        if _NUMERAL.match(folded, at) or _SLANG_UNIT.match(folded, at):
            steps.append((1, True))
        if folded[at] in _PUNCTUATION:
            steps.append((1, False))
        if quantity := _QUANTITY.match(folded, at):
            steps.append((quantity.end() - at, False))
        for length, money in steps:
            end = reached[at + length]
            reached[at + length] = bool(end) or state or money
    return bool(folded) and reached[-1] is True


#: Points spent as money off a price (R-VIP-08): an offset (抵扣, 抵用, 抵现, 折抵, 折现,
#: 代金 …) outside the name of a voucher or a card (:data:`_VOUCHER`: 抵扣券, 代金券, 抵用卡
#: are goods, as above) makes the gift cash whatever it is taken off (抵扣金价50元, 抵扣工费,
#: 代金50元); 抵 alone does so beside an amount of money (抵金价50元, 金价抵50元).
_VOUCHER = re.compile(r"(?:抵扣|抵用|抵现|抵价|代金|现金|抵)?[券卡]")
_OFFSET = re.compile(r"抵扣|抵用|抵现|抵付|抵款|抵钱|折抵|折现|代金")
_OFFSET_BY = re.compile(r"抵(?![达御抗制押触])")
_MONEY_AMOUNT = re.compile(
    r"[¥$€£]\d|\d[\d.,]*(?:元|圆|块|rmb|yuan)"
    rf"|[{_CHINESE_NUMERALS}]+(?:元|圆|块)"
)


def _offsets_money(folded: str) -> bool:
    """Whether ``folded`` (a gift's :func:`fold`) spends the points as money off a price
    (:data:`_OFFSET`), a cash equivalent (R-VIP-08)."""
    bare = _VOUCHER.sub("|", folded)  # a voucher named apart: no offset word
    if _OFFSET.search(bare):
        return True
    return bool(_OFFSET_BY.search(bare) and _MONEY_AMOUNT.search(bare))


#: What joins the pieces of a bundled gift (保温杯+现金50元, 礼品外加现金); not a comma nor
#: 、, which also set off what a gift is worth (保温杯，50元)
_BUNDLE = re.compile(r"[+&]|外加|另加|另送|加送|附赠|附送|再加|以及")


def _holds_cash(folded: str) -> bool:
    """Whether ``folded`` (a gift's :func:`fold`) is cash or bundles cash with goods (R-VIP-08:
    积分不得兑换为现金 — not in part either): the whole is cash, or one of its pieces is
    (:data:`_BUNDLE`) and says so in words, not in a bare count (毛巾+1 is one more towel)."""
    if _is_cash(folded) or _offsets_money(folded):
        return True
    pieces = _BUNDLE.split(folded)
    return len(pieces) > 1 and any(
        _is_cash(piece) and not piece.isdecimal() for piece in pieces if piece
    )


_SHORTFALL = {  # what a shortfall_rule makes of points already spent
    ShortfallRule.DEBT: ReversalOutcome.DEBT,
    ShortfallRule.WRITE_OFF: ReversalOutcome.WRITTEN_OFF,
    ShortfallRule.REFUSE: ReversalOutcome.REFUSED,
}


def _reversal_clauses(outcome: ReversalOutcome, said: dict[str, Any]) -> tuple[Wording, ...]:
    """The clauses of a return's explanation (R-VIP-05), counted in points: the points due,
    what was taken back (by ``outcome``), then the notes (spent after the card expired,
    expired unused, a debt owed again, the carried remainder moved)."""
    due, taken, shortfall = said["due"], said["taken"], said["shortfall"]
    returned = Wn_(
        "return of {refunded} on purchase {ref}: {due} point due",
        "return of {refunded} on purchase {ref}: {due} points due",
        due,
        **said,
    )
    if outcome is ReversalOutcome.REFUSED:
        back = Wn_(
            "the refund of {refunded} on purchase {ref} should take back {due} point, more than "
            "the {taken} left; nothing taken (shortfall policy: refuse)",
            "the refund of {refunded} on purchase {ref} should take back {due} points, more than "
            "the {taken} left; nothing taken (shortfall policy: refuse)",
            due,
            **said,
        )
    elif outcome is ReversalOutcome.VOID:
        back = W_("card expired after {end}; its points are void", **said)
    elif outcome is ReversalOutcome.REVERSED:
        back = Wn_("took back {taken} point", "took back {taken} points", taken, **said)
    elif outcome is ReversalOutcome.DEBT:
        back = Wn_(
            "took back {taken} point; {shortfall} spent already, owed as a debt",
            "took back {taken} points; {shortfall} spent already, owed as a debt",
            taken,
            **said,
        )
    else:
        back = Wn_(
            "took back {taken} point; {shortfall} spent already, written off",
            "took back {taken} points; {shortfall} spent already, written off",
            taken,
            **said,
        )
    return (
        returned,
        back,
        Wn_(
            "{shortfall} had been spent and is not recovered",
            "{shortfall} had been spent and are not recovered",
            shortfall,
            **said,
        ),
        W_("{expired} had already expired", **said),
        W_("{restored} had repaid a debt, which is owed again", **said),
        W_("the purchase itself earned {earned}; the carried remainder moves", **said),
    )


def _out_of_order(rows: Sequence[Purchase], i: int) -> str:
    """Why row ``i`` of :meth:`Ledger.earn_many`, dated before row ``i - 1``, is refused:
    the rows must be in date order, and which rows are not (the first five)."""
    late = [j for j in range(i, len(rows)) if rows[j].on < rows[j - 1].on]
    shown = ", ".join(f"purchases[{j}]" for j in late[:5])
    more = f" and {len(late) - 5} more" if len(late) > 5 else ""
    return (
        f"is dated {rows[i].on.isoformat()}, before purchases[{i - 1}] of "
        f"{rows[i - 1].on.isoformat()}: the purchases must be given in date order, oldest "
        f"first (sort them by on), as the ledger is append-only; rows dated before the row "
        f"above them: {shown}{more}"
    )
