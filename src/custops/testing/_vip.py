"""Strategies for :mod:`custops.vip`: policies, purchases, basket lines, holders, cards and
ledgers built by a random valid history."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._dates import add_months
from custops._validate import require_bool, within
from custops.money import from_fen, to_fen
from custops.testing._calendars import dates
from custops.testing._checks import MAX_DATE, MIN_DATE, date_bounds, fen_bound, size, strategy
from custops.testing._complaints import NAMES, PRODUCTS
from custops.testing._money import amounts
from custops.vip import (
    Card,
    Feb29Rule,
    Holder,
    Ledger,
    Line,
    Purchase,
    RemainderRule,
    ReversalOutcome,
    ShortfallRule,
    StackingRule,
    TierBasis,
    VipPolicy,
)


def vip_policies() -> SearchStrategy[VipPolicy]:
    """:class:`~custops.vip.VipPolicy` values with the seed's numbers and every choice varied
    (points validity none, or 1 to 24 months, often 6 or 12).  Shrinks to ``VipPolicy()``."""
    return st.builds(
        VipPolicy,
        remainder=st.sampled_from(RemainderRule),
        shortfall_rule=st.sampled_from(ShortfallRule),
        tier_basis=st.sampled_from(TierBasis),
        stacking=st.sampled_from(StackingRule),
        feb29=st.sampled_from(Feb29Rule),
        points_validity_months=st.one_of(st.none(), st.sampled_from((6, 12)), st.integers(1, 24)),
    )


@st.composite
def _purchases(
    draw: st.DrawFn, days: SearchStrategy[_dt.date], paid: SearchStrategy[Decimal]
) -> Purchase:
    amount = draw(paid)
    refunded = draw(st.one_of(st.just(0), st.integers(0, to_fen(amount))))
    ref = draw(st.one_of(st.none(), st.integers(1, 9999).map(lambda n: f"S-{n:04d}")))
    return Purchase(draw(days), amount, ref, refunded=from_fen(refunded))


def purchases(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    max_paid: Decimal | int | str = 3000,
) -> SearchStrategy[Purchase]:
    """:class:`~custops.vip.Purchase` values: a day, an amount paid (up to ``max_paid``,
    whole fen, not negative), maybe a reference, and usually nothing refunded (never more
    than was paid)."""
    top = fen_bound("max_paid", max_paid)
    within("max_paid", max_paid, top, low=0)
    return _purchases(dates(min_value, max_value), amounts(max_value=from_fen(top)))


_LINE: Final = attrs.fields(Line)
#: A line's own benefits (R-VIP-04), as the fields of ``Line`` that hold them.
_BENEFITS: Final = (_LINE.promotion_price.name, _LINE.special_price.name, _LINE.coupon.name)


@st.composite
def _lines(draw: st.DrawFn, max_fen: int, max_quantity: int) -> Line:
    price = draw(st.integers(1, max_fen))
    benefit = draw(st.sampled_from((None, *_BENEFITS)))
    extra: dict[str, Decimal] = {}
    if benefit is not None:
        top = price * 2 if benefit == _LINE.coupon.name else price
        extra[benefit] = from_fen(draw(st.integers(0, top)))
    return Line(
        from_fen(price),
        draw(st.integers(1, max_quantity)),
        name=draw(st.sampled_from(("", *PRODUCTS))),
        **extra,
    )


def lines(*, max_price: Decimal | int | str = 2000, max_quantity: int = 5) -> SearchStrategy[Line]:
    """Basket :class:`~custops.vip.Line` values: a whole-fen unit price up to ``max_price``,
    a quantity, and at most one benefit of its own (a promotion or special price not above
    the list price, or a coupon that may exceed the line)."""
    top = fen_bound("max_price", max_price, positive=True)
    return _lines(top, size("max_quantity", max_quantity, minimum=1))


_FIRST_BIRTHDAY: Final = _dt.date(1940, 1, 1)
_LAST_BIRTHDAY: Final = _dt.date(2008, 12, 31)
_LEAP_BIRTHDAYS: Final = (_dt.date(1992, 2, 29), _dt.date(2000, 2, 29))


def _born_by(day: _dt.date) -> SearchStrategy[_dt.date | None]:
    """A birthday (sometimes none, sometimes 29 February) never after ``day``."""
    latest = min(day, _LAST_BIRTHDAY)
    leap = [d for d in _LEAP_BIRTHDAYS if d <= day]
    return st.one_of(
        st.none(),
        st.dates(min(_FIRST_BIRTHDAY, latest), latest),
        *([st.sampled_from(leap)] if leap else []),
    )


_CUSTOMER_IDS: Final = st.integers(1, 9999).map(lambda n: f"C{n:04d}")


def holders() -> SearchStrategy[Holder]:
    """Card :class:`~custops.vip.Holder` values: an id ``C0001``…, a Chinese name and a
    birthday (sometimes none, sometimes 29 February)."""
    return st.builds(Holder, _CUSTOMER_IDS, NAMES, born_on=_born_by(_LAST_BIRTHDAY))


@st.composite
def _issued_cards(
    draw: st.DrawFn, days: SearchStrategy[_dt.date], holders: SearchStrategy[Holder] | None
) -> Card:
    number = draw(st.integers(1, 99_999).map(lambda n: f"VIP-{n:05d}"))
    day = draw(days)
    if holders is None:
        holder = draw(st.builds(Holder, _CUSTOMER_IDS, NAMES, born_on=_born_by(day)))
    else:  # a holder born after the issue day is refused (R-VIP-07): never drawn
        holder = draw(holders.filter(lambda h: h.born_on is None or h.born_on <= day))
    return Card.issue(number, holder, on=day)


#: The last day :func:`cards` issues a card on: one valid the policy's two years
#: (R-VIP-10) ends within the dates Python can hold.
_LAST_ISSUE_DAY: Final = add_months(_dt.date.max, -VipPolicy().card_validity_months)


def cards(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    holders: SearchStrategy[Holder] | None = None,
) -> SearchStrategy[Card]:
    """VIP :class:`~custops.vip.Card` values issued (``Card.issue``) on a day of the range,
    valid two years (R-VIP-10), to a holder born on or before the issue day (a card for a
    holder born later is refused, R-VIP-07; from ``holders``, such holders are skipped).
    ``max_value`` leaves room for the two years (at most 9997-12-31)."""
    lo, hi = date_bounds(min_value, max_value)
    last = _LAST_ISSUE_DAY.isoformat()
    problem = f"must be at most {last}: a card issued later would be valid past {_dt.date.max}"
    within("max_value", max_value, hi, high=_LAST_ISSUE_DAY, problem=problem)
    if holders is not None:
        strategy("holders", holders, _holders())
    return _issued_cards(dates(lo, hi), holders)


_holders = holders
_GIFTS: Final = ("电饭煲", "保温杯", "台灯", "雨伞", "毛巾", "购物袋")


#: The points an opening balance brings at most (a member migrated from another system).
_MAX_OPENING_POINTS: Final = 500


def _opened(draw: st.DrawFn, ledger: Ledger) -> Ledger:
    """``ledger`` opened with a balance brought forward on its card's issue day (R-VIP-05), a
    carry below one point under ``remainder=carry``; or left empty."""
    if not draw(st.booleans()):
        return ledger
    policy = ledger.policy
    carry = 0
    if policy.remainder is RemainderRule.CARRY:
        carry = draw(st.integers(0, policy.fen_per_point - 1))
    points = draw(st.integers(0, _MAX_OPENING_POINTS))
    return ledger.open_balance(ledger.card.issued_on, points, "S0", carry=from_fen(carry))


def _amended(draw: st.DrawFn, card: Card) -> Card:
    """``card`` with its holder's name or birthday corrected (R-VIP-02; born by the issue day)."""
    holder = card.holder
    name = draw(NAMES)
    born_on = draw(_born_by(card.issued_on))
    return card.amend(attrs.evolve(holder, name=name, born_on=born_on))


def ledgers(
    *,
    cards: SearchStrategy[Card] | None = None,
    policies: SearchStrategy[VipPolicy] | None = None,
    max_operations: int = 12,
    max_paid: Decimal | int | str = 3000,
    allow_closed: bool = True,
) -> SearchStrategy[Ledger]:
    """Points :class:`~custops.vip.Ledger` values built by up to ``max_operations`` valid
    operations from the card's issue day, under a policy of ``policies`` (default
    ``VipPolicy()``): sometimes an ``open_balance`` first (points brought forward, with a
    carry under ``remainder=carry``); then ``earn`` (0.00 up to ``max_paid``) while the card
    is valid, ``redeem`` within the balance, full or partial ``reverse`` (also once the card
    has expired, when nothing is taken back), ``expire``, ``amend`` (the holder's name or
    birthday corrected) and ``move_to`` a replacement card while it is valid; days pass by
    up to 60 at a time, sometimes by up to 400 (past a points term or the card's last valid
    day).  With ``allow_closed`` the history may end with ``close`` (the ledger of a card
    replaced, which takes no more events: ``replaced_by`` is set); ``allow_closed=False``
    gives only ledgers that take events.  Shrinks to an empty ledger.
    """
    card_st = strategy("cards", cards, _cards())
    policy_st = strategy("policies", policies, st.just(VipPolicy()))
    most = size("max_operations", max_operations)
    max_paid_fen = fen_bound("max_paid", max_paid, positive=True)
    closing = require_bool("allow_closed", allow_closed)
    steps = st.one_of(st.integers(0, 60), st.integers(61, 400))

    @st.composite
    def history(draw: st.DrawFn) -> Ledger:
        card = draw(card_st)
        ledger = _opened(draw, Ledger(card, policy=draw(policy_st)))
        day = card.issued_on
        left: dict[str, int] = {}  # fen of each purchase not yet fully returned
        for number in range(draw(st.integers(0, most))):
            day += _dt.timedelta(days=draw(steps))
            balance = ledger.valid_points(on=day)
            valid = card.issued_on <= day <= card.last_valid_on
            possible = {
                "earn": valid,
                "expire": True,
                "redeem": balance > 0 and valid,
                "reverse": bool(left),
                "amend": True,
                "move_to": valid,
                "close": valid and closing,
            }
            op = draw(st.sampled_from([name for name, ok in possible.items() if ok]))
            if op == "earn":
                ref = f"S{number + 1}"
                fen = draw(st.integers(0, max_paid_fen))
                ledger = ledger.earn(day, from_fen(fen), ref)
                left[ref] = fen
            elif op == "redeem":
                ledger = ledger.redeem(
                    day, draw(st.integers(1, balance)), draw(st.sampled_from(_GIFTS))
                )
            elif op == "reverse":
                ref = draw(st.sampled_from(sorted(left)))
                part = draw(st.one_of(st.none(), st.integers(1, left[ref]))) if left[ref] else None
                ledger, reversal = ledger.reverse(
                    day, ref, amount=None if part is None else from_fen(part)
                )
                if reversal.outcome is not ReversalOutcome.REFUSED:
                    left[ref] -= to_fen(reversal.refunded)
                    if not left[ref]:
                        del left[ref]
            elif op == "amend":
                card = _amended(draw, card)
                ledger = ledger.amend(day, card)
            elif op in ("move_to", "close"):
                new = card.replace(f"{card.number}-R{number + 1}", on=day)
                if op == "close":
                    return ledger.close(day, new)
                ledger, card = ledger.move_to(day, new), new
            else:
                ledger = ledger.expire(day)
        return ledger

    return history()


_cards = cards
