"""Tests of custops.vip.ledger's history: what a return takes back (R-VIP-05, R-VIP-08,
R-VIP-10), a past day's balance, an opening balance, a corrected holder (R-VIP-02, R-VIP-09),
a replaced card's closed ledger (R-VIP-12), the cash a gift may not be (R-VIP-08) and a
stored ledger checked when loaded."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops import serial
from custops._enums import fold
from custops.errors import IllegalTransition, InsufficientPoints, InvalidInput
from custops.money import from_fen, to_fen, yuan
from custops.testing import ledgers, vip_policies
from custops.vip import (
    Card,
    EntryKind,
    Holder,
    Ledger,
    Line,
    RemainderRule,
    Reversal,
    ReversalOutcome,
    ShortfallRule,
    TierBasis,
    VipPolicy,
    quote,
)
from custops.vip.ledger import _is_cash

D = Decimal
LI = Holder("C2", "李雷")
YEAR = VipPolicy(points_validity_months=12)


def card_of(policy: VipPolicy | None = None, holder: Holder = LI) -> Card:
    return Card.issue("VIP-2", holder, on=date(2024, 1, 1), policy=policy)


def completed(policy: VipPolicy | None = None) -> Ledger:
    """Purchase A earns 29 points and carries 99.99; purchase B's 0.01 completes a 30th
    point with A's remainder (R-VIP-05: 消费额会自动积累)."""
    led = Ledger(card_of(policy), policy=policy)
    return led.earn(date(2024, 1, 2), "2999.99", "A").earn(date(2024, 1, 3), "0.01", "B")


# --- a return takes back only what was redeemed as spent (R-VIP-05, R-VIP-08, R-VIP-10) ---------


def test_R_VIP_08_points_that_expired_unused_make_no_debt_on_a_return() -> None:
    """R-VIP-05, R-VIP-08, R-VIP-10: the point purchase B completed from A's carried
    remainder expired unused, as A's own did; returning A owes nothing and says that all
    30 points due had expired (R-VIP-08 charges only points actually redeemed)."""
    led, rev = completed(YEAR).reverse(date(2025, 3, 5), "A")
    assert (rev.outcome, rev.points_due, rev.points_expired) == (ReversalOutcome.REVERSED, 30, 30)
    assert (rev.points_reversed, rev.points_short, rev.points_restored) == (0, 0, 0)
    assert led.points_owed == 0
    assert [(e.kind, e.points) for e in led.entries[2:]] == [
        (EntryKind.EXPIRE, -29),
        (EntryKind.EXPIRE, -1),
        (EntryKind.REVERSE, 0),
    ]
    assert "30 had already expired" in rev.reason
    assert "spent" not in rev.reason
    assert "debt" not in rev.reason
    assert not any(e.kind is EntryKind.REDEEM for e in led.entries)


def test_R_VIP_10_a_return_after_the_card_expired_counts_unused_points_as_expired() -> None:
    """R-VIP-10: after the card expired nothing is taken; the points due that were never
    redeemed lapsed with the card, and the reason says no gift was spent."""
    _, rev = completed().reverse(date(2026, 1, 5), "A")
    assert (rev.outcome, rev.points_expired, rev.points_short) == (ReversalOutcome.VOID, 30, 0)
    assert "spent" not in rev.reason
    assert rev.reason.endswith(
        "card expired after 2026-01-01; its points are void; 30 had already expired; the "
        "purchase itself earned 29; the carried remainder moves"
    )


def test_R_VIP_08_a_return_says_exactly_what_was_redeemed() -> None:
    """R-VIP-08: with 5 points redeemed, a return after the card expired says 5 were spent
    and 25 expired; within the card's validity the 5 are owed as a debt (shortfall DEBT)."""
    led = completed().redeem(date(2024, 2, 1), 5, "保温杯")
    _, rev = led.reverse(date(2026, 1, 5), "A")
    assert (rev.outcome, rev.points_short, rev.points_expired) == (ReversalOutcome.VOID, 5, 25)
    assert "5 had been spent and are not recovered; 25 had already expired" in rev.reason
    led = Ledger(card_of(YEAR), policy=YEAR).earn(date(2024, 1, 2), "2999.99", "A")
    led = led.earn(date(2024, 1, 3), "0.01", "B").redeem(date(2024, 2, 1), 5, "保温杯")
    after, rev = led.reverse(date(2025, 3, 5), "A")
    assert (rev.outcome, rev.points_short, rev.points_expired) == (ReversalOutcome.DEBT, 5, 25)
    assert after.points_owed == 5


def test_R_VIP_08_another_purchases_expired_points_excuse_no_redeemed_gift() -> None:
    """R-VIP-08: A's 10 points paid for a gift; X's 5 points, bought later, expired unused.
    Returning A owes the 10 redeemed points: X's expiry is not A's."""
    led = Ledger(card_of(YEAR), policy=YEAR).earn(date(2024, 1, 2), "1000", "A")
    led = led.redeem(date(2024, 1, 3), 10, "电饭煲").earn(date(2024, 1, 4), "500", "X")
    led, rev = led.reverse(date(2025, 2, 1), "A")
    assert (rev.outcome, rev.points_short, rev.points_expired) == (ReversalOutcome.DEBT, 10, 0)
    assert led.points_owed == 10


def test_R_VIP_08_a_gift_paid_with_other_points_is_no_debt_of_this_purchase() -> None:
    """R-VIP-08: Z's 5 points paid for a gift after A's and B's points had expired; the
    point B completed from A's remainder expired unused, so returning A owes nothing."""
    led = completed(YEAR).earn(date(2025, 2, 1), "500", "Z").redeem(date(2025, 2, 2), 5, "伞")
    led, rev = led.reverse(date(2025, 3, 5), "A")
    assert (rev.points_short, rev.points_expired, led.points_owed) == (0, 30, 0)


def test_R_VIP_05_under_refuse_points_that_expired_unused_do_not_refuse_a_return() -> None:
    """R-VIP-05 (shortfall_rule=refuse): only points spent on a gift refuse a return."""
    policy = attrs.evolve(YEAR, shortfall_rule=ShortfallRule.REFUSE)
    led, rev = completed(policy).reverse(date(2025, 3, 5), "A")
    assert rev.outcome is ReversalOutcome.REVERSED
    assert led.entries[-1].kind is EntryKind.REVERSE


def test_R_VIP_08_a_later_purchases_point_still_valid_is_taken_back() -> None:
    """R-VIP-05: the point B completed from A's remainder is still valid: returning A takes
    it back with A's own 29, and nothing is owed."""
    led, rev = completed().reverse(date(2024, 2, 1), "A")
    assert (rev.points_reversed, rev.points_short, led.valid_points(on=date(2024, 2, 1))) == (
        30,
        0,
        0,
    )


def test_R_VIP_08_a_gift_of_two_purchases_returned_one_after_the_other_is_owed_once() -> None:
    """R-VIP-08: A's 10 points paid for a gift; returning A takes C's 5 points (the balance
    first) and owes 5; returning C then owes the other 5 (the gift cost 10, owed once)."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "1000", "A").redeem(date(2024, 1, 3), 10, "伞")
    led = led.earn(date(2024, 1, 4), "500", "C")
    led, first = led.reverse(date(2024, 1, 5), "A")
    assert (first.points_reversed, first.points_short, led.points_owed) == (5, 5, 5)
    led, second = led.reverse(date(2024, 1, 6), "C")
    assert (second.points_reversed, second.points_short, led.points_owed) == (0, 5, 10)


# --- a random history: the properties of returns and of past days --------------------------------

_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("earn"), st.integers(0, 300_000)),
        st.tuples(st.just("redeem"), st.integers(1, 40)),
        st.tuples(st.just("reverse"), st.integers(0, 30), st.one_of(st.none(), st.integers(1, 99))),
        st.tuples(st.just("wait"), st.integers(0, 200)),
        st.tuples(st.just("amend"), st.booleans()),
    ),
    max_size=25,
)


def _history(
    ops: list[tuple[Any, ...]], policy: VipPolicy, opening: tuple[int, int] | None = None
) -> tuple[list[tuple[date, Ledger]], list[Reversal], int]:
    """Apply ``ops`` to a new ledger (optionally opened with ``(points, carry_fen)``), skipping
    refused operations: the ledger after each operation with its day, the reversals and the
    points redeemed."""
    card = card_of(policy, Holder("C2", "李雷", born_on=date(1990, 1, 1)))
    led, day = Ledger(card, policy=policy), card.issued_on
    if opening is not None:
        led = led.open_balance(day, opening[0], "OPEN", carry=from_fen(opening[1]))
    after, reversals, redeemed, refs = [(day, led)], list[Reversal](), 0, list[str]()
    for op in ops:
        if op[0] == "wait":
            day += timedelta(days=op[1])
            continue
        if op[0] == "earn" and day <= card.last_valid_on:
            led = led.earn(day, from_fen(op[1]), f"P{len(refs)}")
            refs.append(f"P{len(refs)}")
        elif op[0] == "redeem" and day <= card.last_valid_on:
            try:
                led = led.redeem(day, op[1], "礼品")
            except InsufficientPoints:
                continue
            redeemed += op[1]
        elif op[0] == "reverse" and refs:
            ref = refs[op[1] % len(refs)]
            try:
                led, rev = led.reverse(day, ref, amount=None if op[2] is None else yuan(op[2]))
            except (IllegalTransition, InvalidInput):
                continue
            reversals.append(rev)
        elif op[0] == "amend":
            born = date(1990, 1, 1) if op[1] else date(1991, 2, 3)
            led = led.amend(day, led.card.amend(Holder("C2", "李雷", born_on=born)))
        else:
            continue
        after.append((day, led))
    return after, reversals, redeemed


@settings(max_examples=120, deadline=None)
@given(_OPS, vip_policies())
def test_property_R_VIP_08_a_return_never_owes_points_that_were_never_redeemed(
    ops: list[tuple[Any, ...]], policy: VipPolicy
) -> None:
    """R-VIP-05, R-VIP-08: without a redemption no return is short and no debt is ever
    owed; with redemptions, the points short of the returns made while the card was valid
    add up to at most the points redeemed (each redeemed point is charged once)."""
    steps, reversals, redeemed = _history(ops, policy)
    charged = sum(
        r.points_short
        for r in reversals
        if r.outcome not in (ReversalOutcome.VOID, ReversalOutcome.REFUSED)
    )
    assert charged <= redeemed
    if not redeemed:
        assert all(r.points_short == 0 for r in reversals)
        assert all(led.points_owed == 0 for _, led in steps)
    for r in reversals:
        if r.outcome is not ReversalOutcome.REFUSED:
            parts = r.points_reversed + r.points_expired + r.points_restored + r.points_short
            assert r.points_due == parts


@settings(max_examples=120, deadline=None)
@given(
    _OPS,
    vip_policies(),
    st.one_of(st.none(), st.tuples(st.integers(0, 80), st.integers(0, 9_999))),
    st.integers(-5, 900),
)
def test_property_R_VIP_10_the_balance_on_any_past_day_is_the_entries_up_to_it(
    ops: list[tuple[Any, ...]],
    policy: VipPolicy,
    opening: tuple[int, int] | None,
    offset: int,
) -> None:
    """R-VIP-05, R-VIP-10: the balance on any day, past or not, is the sum of the entries up
    to that day (0 before the first), and what the ledger said on that day, once its last
    operation of the day was recorded (expiries since included)."""
    if opening is not None and policy.remainder is RemainderRule.TRUNCATE:
        opening = (opening[0], 0)
    if opening is not None:
        opening = (opening[0], opening[1] % policy.fen_per_point)
    steps, _, _ = _history(ops, policy, opening)
    final = steps[-1][1]
    day = steps[0][0] + timedelta(days=offset)
    last = final.last_event_on
    assume(last is None or day <= last)
    assert final.valid_points(on=day) == sum(e.points for e in final.entries if e.on <= day)
    then = [led for on, led in steps if on <= day]
    expected = then[-1].valid_points(on=day) if then else 0
    assert final.valid_points(on=day) == expected


def test_R_VIP_10_a_past_days_balance_is_read_from_the_entries() -> None:
    """R-VIP-10: ``valid_points`` of a day before the last entry is the entries' sum up to
    it; a day before the card was issued holds 0; the points tier of a purchase is still
    read at the ledger's end (a purchase is recorded there), naming ``on`` and pointing to
    the points a past purchase was judged on."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "500", "A").redeem(date(2024, 2, 1), 3, "伞")
    led = led.earn(date(2024, 3, 1), "1200", "B")
    assert [led.valid_points(on=date(2024, m, 1)) for m in (1, 2, 3)] == [0, 2, 14]
    assert led.valid_points(on=date(2024, 1, 2)) == 5
    assert led.valid_points(on=date(2023, 12, 31)) == 0
    with pytest.raises(InvalidInput) as refused:
        led.tier_points(on=date(2024, 2, 1))
    assert refused.value.argument == "on"
    # the evidence for a past purchase is the balance before it, not the day's closing one
    assert "tier_points_before(ref) or its Quote.points_for_tier" in refused.value.problem
    assert led.tier_points_before("B") == 2


# --- an opening balance (R-VIP-05, R-VIP-10) ------------------------------------------------------


def test_R_VIP_05_an_opening_balance_brings_points_and_carry_without_a_purchase() -> None:
    """R-VIP-05: a migrated member's points and carried remainder open the ledger as an
    OPENING entry — no ``paid``, a reason that says what it is — and the carry completes
    the next point as a purchase's would."""
    led = Ledger(card_of()).open_balance(date(2024, 1, 1), 30, "POS-2019", carry="99.99")
    entry = led.entries[0]
    assert (entry.kind, entry.points, entry.paid, entry.ref, entry.rule) == (
        EntryKind.OPENING,
        30,
        None,
        "POS-2019",
        "R-VIP-05",
    )
    assert entry.reason == (
        "opening balance POS-2019: 30 points brought forward, valid until 2026-01-01; 99.99 "
        "carried to the next purchase"
    )
    assert str(entry).startswith("opening (R-VIP-05): opening balance POS-2019")
    assert (led.valid_points(on=date(2024, 1, 1)), led.carry, led.lifetime_points) == (
        30,
        D("99.99"),
        30,
    )
    led = led.earn(date(2024, 1, 2), "0.01", "S1")
    assert (led.entries[-1].points, led.carry) == (1, D("0.00"))
    assert "paid" not in led.entries[0].reason


def test_R_VIP_10_opening_points_expire_as_points_earned_that_day() -> None:
    """R-VIP-10: the opening balance's points expire as points earned on its day do:
    ``points_validity_months`` after it (or with the card), and the expiry says so."""
    led = Ledger(card_of(YEAR), policy=YEAR).open_balance(date(2024, 3, 1), 12, "OLD")
    assert led.valid_points(on=date(2025, 3, 1)) == 12
    led = led.expire(date(2025, 3, 2))
    assert led.entries[-1].points == -12
    assert led.entries[-1].reason == (
        "12 points of the opening balance OLD (of 2024-03-01) expired after 2025-03-01"
    )


def test_R_VIP_05_an_opening_balance_is_spent_but_never_returned() -> None:
    """R-VIP-05, R-VIP-08: the opening points are redeemed like any; its ``ref`` is no
    purchase to return (IllegalTransition naming ``ref``), and a return of a purchase
    whose points were redeemed takes the opening points first (the balance)."""
    led = Ledger(card_of()).open_balance(date(2024, 1, 1), 10, "OLD")
    led = led.earn(date(2024, 1, 2), "500", "S1").redeem(date(2024, 1, 3), 12, "电饭煲")
    with pytest.raises(IllegalTransition) as refused:
        led.reverse(date(2024, 1, 4), "OLD")
    assert (refused.value.argument, refused.value.value) == ("ref", "OLD")
    assert refused.value.problem == (
        "'OLD' is the opening balance, not a purchase: nothing was paid for it here"
    )
    after, rev = led.reverse(date(2024, 1, 4), "S1")
    assert (rev.points_due, rev.points_reversed, rev.points_short) == (5, 3, 2)
    assert after.valid_points(on=date(2024, 1, 4)) == 0


@pytest.mark.parametrize(
    ("kwargs", "argument", "problem"),
    [
        ({"points": -1}, "points", "must be at least 0"),
        ({"carry": "100"}, "carry", "must lie in [0, 100.00)"),
        ({"carry": "-1"}, "carry", "must not be negative"),
        ({"carry": "0.001"}, "carry", "fen"),
        ({"on": date(2023, 12, 31)}, "on", "is valid from 2024-01-01"),
        ({"on": date(2026, 1, 2)}, "on", "expired after 2026-01-01"),
    ],
)
def test_R_VIP_05_an_opening_balance_refuses_what_no_card_could_hold(
    kwargs: dict[str, Any], argument: str, problem: str
) -> None:
    """R-VIP-05, R-VIP-10: points not below 0, a carry of whole fen below one point, on a
    day the card is valid; each refusal names its argument."""
    given = {"on": date(2024, 1, 1), "points": 5, "ref": "OLD", **kwargs}
    with pytest.raises(InvalidInput) as refused:
        Ledger(card_of()).open_balance(**given)
    assert refused.value.argument == argument
    assert problem in str(refused.value)


def test_R_VIP_05_an_opening_balance_is_the_first_entry_only() -> None:
    """R-VIP-05: an opening balance opens a ledger; a ledger with entries refuses one
    (IllegalTransition); under ``remainder=truncate`` nothing carries."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "100", "S1")
    with pytest.raises(IllegalTransition, match=r"^open_balance: the ledger of card VIP-2"):
        led.open_balance(date(2024, 1, 3), 5, "OLD")
    truncate = VipPolicy(remainder=RemainderRule.TRUNCATE)
    with pytest.raises(InvalidInput, match=r"^carry: must be 0\.00: under remainder=truncate"):
        Ledger(card_of(truncate), policy=truncate).open_balance(
            date(2024, 1, 1), 5, "OLD", carry="5"
        )
    led = Ledger(card_of(truncate), policy=truncate).open_balance(date(2024, 1, 1), 5, "OLD")
    assert (
        led.entries[0].reason
        == "opening balance OLD: 5 points brought forward, valid until 2026-01-01"
    )


@settings(max_examples=80, deadline=None)
@given(_OPS, vip_policies(), st.integers(0, 80), st.integers(0, 9_999))
def test_property_R_VIP_05_an_opening_balance_is_a_purchase_that_was_never_made(
    ops: list[tuple[Any, ...]], policy: VipPolicy, points: int, carry_fen: int
) -> None:
    """R-VIP-05: a ledger opened with ``points`` and a carry holds, after any history, the
    balance, carry and debt of a ledger whose first purchase paid ``points`` × 100 + the
    carry — without that purchase: its entries differ in the first alone (and in how the
    expiry of its points names them)."""
    per = policy.fen_per_point
    carry_fen = 0 if policy.remainder is RemainderRule.TRUNCATE else carry_fen % per
    opened, _, _ = _history(ops, policy, (points, carry_fen))
    led = Ledger(opened[0][1].card, policy=policy)
    led = led.earn(led.card.issued_on, from_fen(points * per + carry_fen), "OPEN")
    faked = led
    for (day, step), (_, before) in zip(opened[1:], opened, strict=False):
        new = step.entries[len(before.entries) :]
        if new:  # (an amendment that corrects nothing records nothing)
            faked = _replay(faked, day, new, step)
    last = opened[-1][1]
    day = last.last_event_on or last.card.issued_on
    assert last.valid_points(on=day) == faked.valid_points(on=day)
    assert (last.carry, last.points_owed) == (faked.carry, faked.points_owed)
    assert [_unnamed(e) for e in last.entries[1:]] == [_unnamed(e) for e in faked.entries[1:]]
    assert (last.entries[0].kind, last.entries[0].paid) == (EntryKind.OPENING, None)


def _unnamed(entry: Any) -> Any:
    """An entry as it compares here: the expiry of the opening points says what they are."""
    opening = entry.kind is EntryKind.EXPIRE and entry.ref == "OPEN"
    return attrs.evolve(entry, reason="expired") if opening else entry


def _replay(led: Ledger, day: date, new: tuple[Any, ...], after: Ledger) -> Ledger:
    """``led`` with the operation whose entries (expiries first) are ``new`` applied."""
    entry = new[-1]
    if entry.kind is EntryKind.EARN:
        return led.earn(day, entry.paid, entry.ref)
    if entry.kind is EntryKind.REDEEM:
        return led.redeem(day, -entry.points, entry.gift)
    if entry.kind is EntryKind.REVERSE:
        return led.reverse(day, entry.ref, amount=entry.refunded or None)[0]
    if entry.kind is EntryKind.AMEND:
        return led.amend(day, after.card)
    return led.expire(day)


# --- a holder's registration data corrected on the same card (R-VIP-02, R-VIP-09) -----------------


def test_R_VIP_02_a_holders_birth_date_is_corrected_on_the_same_card() -> None:
    """R-VIP-02, R-VIP-07: ``Card.amend`` corrects the birth date; ``Ledger.amend`` records
    the correction (an AMEND entry of 0 points, saying what changed) and holds the
    corrected card, so ``quote`` takes ledger and card together and the birthday rate
    follows the corrected date."""
    card = card_of()
    led = Ledger(card).earn(date(2024, 1, 2), "3000", "S1")
    fixed = card.amend(attrs.evolve(card.holder, born_on=date(1990, 5, 4)))
    assert (fixed.number, fixed.issued_on, fixed.last_valid_on) == (
        card.number,
        card.issued_on,
        card.last_valid_on,
    )
    amended = led.amend(date(2024, 2, 1), fixed)
    entry = amended.entries[-1]
    assert (entry.kind, entry.points, entry.rule, amended.card) == (
        EntryKind.AMEND,
        0,
        "R-VIP-02",
        fixed,
    )
    assert entry.reason == (
        "registration data of customer C2 corrected: birth date not given → 1990-05-04"
    )
    q = quote([Line("100")], fixed, on=date(2024, 5, 4), ledger=amended, id_verified=True)
    assert (q.total, q.lines[0].benefit.value) == (D("60.00"), "birthday")
    assert amended.valid_points(on=date(2024, 2, 1)) == led.valid_points(on=date(2024, 2, 1))
    renamed = fixed.amend(Holder("C2", "李蕾", born_on=date(1990, 5, 4)))
    assert amended.amend(date(2024, 2, 2), renamed).entries[-1].reason == (
        'registration data of customer C2 corrected: name "李雷" → "李蕾"'
    )
    assert amended.amend(date(2024, 2, 2), fixed) is amended  # nothing to correct


def test_R_VIP_09_an_amendment_keeps_the_customer_and_the_card() -> None:
    """R-VIP-09: another customer's data is no correction (``holder`` refused); a ledger
    takes only its own card corrected (``card`` refused: another number, another customer,
    other days of validity), and a birth date after the issue day stays refused (R-VIP-07)."""
    card = card_of()
    with pytest.raises(InvalidInput) as refused:
        card.amend(Holder("C3", "韩梅梅"))
    assert refused.value.argument == "holder"
    assert refused.value.problem == (
        "is customer C3, and card VIP-2 is for customer C2 only (R-VIP-09); amend() corrects "
        "the holder's own registration data (R-VIP-02)"
    )
    with pytest.raises(InvalidInput, match=r"^holder: born on 2030-01-01, after the issue day"):
        card.amend(Holder("C2", "李雷", born_on=date(2030, 1, 1)))
    led = Ledger(card)
    other = Card.issue("VIP-3", LI, on=date(2024, 1, 1))
    with pytest.raises(InvalidInput, match=r"^card: is not card VIP-2 of customer C2; "):
        led.amend(date(2024, 1, 2), other)
    longer = attrs.evolve(card, last_valid_on=date(2027, 1, 1))
    with pytest.raises(InvalidInput, match=r"^card: differs from card VIP-2 in its days"):
        led.amend(date(2024, 1, 2), longer)


def test_R_VIP_02_the_refusals_say_how_to_correct_a_holder() -> None:
    """R-VIP-02, R-VIP-09: ``transfer_to`` the card's own holder and ``attrs.evolve(ledger,
    card=corrected)`` point to ``amend``; a transfer to another customer stays R-VIP-09."""
    card = card_of()
    fixed = card.amend(Holder("C2", "李雷", born_on=date(1990, 5, 4)))
    with pytest.raises(InvalidInput) as refused:
        card.transfer_to(fixed.holder)
    assert "amend() (R-VIP-02)" in refused.value.problem
    assert "R-VIP-09" in refused.value.problem
    with pytest.raises(InvalidInput, match=r"cannot be transferred \(R-VIP-09\)"):
        card.transfer_to(Holder("C3", "韩梅梅"))
    with pytest.raises(InvalidInput) as refused:
        attrs.evolve(Ledger(card), card=fixed)
    assert refused.value.problem == (
        "is card VIP-2 with other holder data; record the correction with "
        "ledger.amend(on, card) (R-VIP-02)"
    )


def test_R_VIP_12_a_replacement_of_a_corrected_card_takes_the_uncorrected_ledger() -> None:
    """R-VIP-09, R-VIP-12: ``move_to`` matches the customer, not every holder datum: the
    replacement of the corrected card takes the ledger's points."""
    card = card_of()
    led = Ledger(card).earn(date(2024, 1, 2), "800", "S1")
    fixed = card.amend(Holder("C2", "李雷", born_on=date(1990, 5, 4)))
    moved = led.move_to(date(2024, 2, 1), fixed.replace("VIP-2B", on=date(2024, 2, 1)))
    assert (moved.card.holder, moved.valid_points(on=date(2024, 2, 1))) == (fixed.holder, 8)


# --- a replaced card's ledger is closed (R-VIP-12) ------------------------------------------------


def test_R_VIP_12_the_old_cards_ledger_refuses_every_event_after_the_move() -> None:
    """R-VIP-12: ``close`` gives the old card's ledger: its balance moved (0 from the move
    on, the days before as they were), and every event refused naming both cards."""
    card = card_of()
    led = Ledger(card).earn(date(2024, 1, 2), "3250", "S1")
    new = card.replace("VIP-2B", on=date(2024, 8, 1))
    moved, closed = led.move_to(date(2024, 8, 1), new), led.close(date(2024, 8, 1), new)
    assert (moved.replaced_by, closed.replaced_by) == (None, "VIP-2B")
    assert closed.entries[:-1] == moved.entries[:-1]
    assert (closed.entries[-1].kind, closed.entries[-1].points, moved.entries[-1].points) == (
        EntryKind.REPLACE,
        -32,
        0,
    )
    assert closed.valid_points(on=date(2024, 8, 1)) == 0
    assert (
        closed.valid_points(on=date(2024, 7, 31)) == 32 == moved.valid_points(on=date(2024, 8, 1))
    )
    assert (closed.carry, closed.points_owed) == (D("0.00"), 0)
    later = date(2024, 8, 2)
    events: dict[str, Callable[[], object]] = {
        "earn": lambda: closed.earn(later, "100", "S2"),
        "redeem": lambda: closed.redeem(later, 1, "伞"),
        "reverse": lambda: closed.reverse(later, "S1"),
        "expire": lambda: closed.expire(later),
        "amend": lambda: closed.amend(later, card),
        "move_to": lambda: closed.move_to(later, new),
        "close": lambda: closed.close(later, new),
    }
    for event, call in events.items():
        with pytest.raises(IllegalTransition) as refused:
            call()
        assert (refused.value.event_name, refused.value.state_name) == (event, "replaced")
        assert str(refused.value) == (
            f"{event}: card VIP-2 was replaced by card VIP-2B on 2024-08-01 and its points "
            "moved there; record the event on the ledger of card VIP-2B (R-VIP-12)"
        )
    assert moved.earn(later, "100", "S2").valid_points(on=later) == 33
    assert serial.from_json(serial.to_json(closed)) == closed


@settings(max_examples=60, deadline=None)
@given(_OPS, vip_policies(), st.integers(0, 900))
def test_property_R_VIP_12_a_closed_ledger_reads_its_past_and_nothing_after(
    ops: list[tuple[Any, ...]], policy: VipPolicy, offset: int
) -> None:
    """R-VIP-12: closed on any day the card is valid, the old card's ledger reads every
    earlier day as the new card's ledger does, 0 from the move on, and takes no event."""
    steps, _, _ = _history(ops, policy)
    led = steps[-1][1]
    on = led.last_event_on or led.card.issued_on
    assume(on <= led.card.last_valid_on)
    new = led.card.replace("VIP-2B", on=on)
    moved, closed = led.move_to(on, new), led.close(on, new)
    day = led.card.issued_on - timedelta(days=5) + timedelta(days=offset)
    if day < on:
        assert closed.valid_points(on=day) == moved.valid_points(on=day)
    else:
        assert closed.valid_points(on=day) == 0
    assert moved.valid_points(on=on) == led.valid_points(on=on)
    with pytest.raises(IllegalTransition, match=r"^expire: card VIP-2 was replaced by card VIP-2B"):
        closed.expire(max(day, on))


# --- cash in every wording a till uses (R-VIP-08) -------------------------------------------------

_CASH = [
    "积分抵现", "抵现50元", "现金抵用", "支付宝余额", "余额", "账户余额", "钱包余额", "余额宝",
    "微信零钱", "零钱", "红包", "积分抵扣", "抵扣50元", "抵50元", "积分折算现金", "返利",
    "现金返利", "100元", "50块", "退款", "balance", "cash rebate",
    # points taken off a price, whatever they are taken off (抵扣金价50元, 代金50元, 折现)
    "抵扣金价50元", "抵扣工费", "金价抵50元", "代金50元", "折现", "积分折抵货款", "保温杯+抵50元",
]  # fmt: skip
_GOODS = [
    "话费充值", "话费", "充值50元", "抵用券", "抵扣券", "现金抵用券", "储值卡余额", "会员卡余额",
    "支付宝", "微信", "零钱包", "保温杯",
]  # fmt: skip


@pytest.mark.parametrize("gift", _CASH)
def test_R_VIP_08_cash_in_a_tills_words_is_refused(gift: str) -> None:
    """R-VIP-08 (积分不得兑换为现金): points spent as money (抵现, 抵扣, 抵用; taken off a
    price: 抵扣金价50元, 代金50元, 折现), money in an
    account (余额, 零钱, 余额宝), a red packet, a rebate, an amount: refused naming ``gift``,
    the ledger unchanged."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "1000", "S1")
    snapshot = pickle.dumps(led)
    with pytest.raises(InvalidInput) as refused:
        led.redeem(date(2024, 1, 3), 5, gift)
    assert (refused.value.argument, refused.value.value) == ("gift", gift)
    assert refused.value.problem == "points are never exchanged for cash (R-VIP-08)"
    assert pickle.dumps(led) == snapshot


@pytest.mark.parametrize("gift", _GOODS)
def test_R_VIP_08_vouchers_top_ups_and_a_wallets_name_stay_gifts(gift: str) -> None:
    """R-VIP-08: a voucher (抵用券), stored value (充值, a store card's balance), a phone
    top-up (话费充值: credit for a service) and a wallet's name alone are gifts."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "1000", "S1")
    assert led.redeem(date(2024, 1, 3), 5, gift).entries[-1].gift == gift


@pytest.mark.parametrize(
    "gift", ["兑换金价计算器", "抵扣券", "50元抵扣券", "代金券", "抵用券50元", "抵达纪念杯"]
)
def test_R_VIP_08_a_voucher_named_for_an_offset_and_goods_near_it_stay_gifts(gift: str) -> None:
    """R-VIP-08: goods whose name holds 金价 (兑换金价计算器), a voucher named for what it
    takes off (抵扣券, 代金券: D7 权限2 names 优惠券(卡) a benefit of its own) and 抵 in
    another word (抵达) are gifts."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "1000", "S1")
    assert led.redeem(date(2024, 1, 3), 5, gift).entries[-1].gift == gift


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["抵扣", "抵用", "代金", "折抵", "抵"]),
    st.sampled_from(["金价", "工费", "货款", ""]),
    st.sampled_from(["50元", "¥50", "五十元"]),
)
def test_property_R_VIP_08_an_offset_with_an_amount_is_cash_and_its_voucher_is_not(
    offset: str, price: str, amount: str
) -> None:
    """R-VIP-08: an offset beside an amount of money is cash whatever it is taken off; the
    same words naming a voucher (…券) are a gift."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "1000", "S1")
    with pytest.raises(InvalidInput, match="never exchanged for cash"):
        led.redeem(date(2024, 1, 3), 5, offset + price + amount)
    voucher = amount + offset + "券"
    assert led.redeem(date(2024, 1, 3), 5, voucher).entries[-1].gift == voucher


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["", "积分", "积分兑换", "可", "用积分", "微信", "支付宝", "账户"]),
    st.sampled_from(["抵现", "抵扣", "抵用", "余额", "余额宝", "钱包余额", "返利", "抵50元"]),
    st.sampled_from(["", "50元", "×1", "（50元）", "到账", "等值"]),
)
def test_property_R_VIP_08_money_spent_or_held_is_cash_and_a_voucher_is_not(
    before: str, money: str, after: str
) -> None:
    """R-VIP-08: the new words of cash among any framing are cash; the same words naming a
    voucher (券) or a store card (储值卡) are a gift."""
    assert _is_cash(fold(before + money + after))
    assert not _is_cash(fold(before + money + after + "券"))
    assert not _is_cash(fold("储值卡" + before + money + after))


# --- a stored ledger is checked when loaded (R-VIP-05) ------------------------------------------


def _doc(led: Ledger) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(serial.to_json(led))
    return result


def test_R_VIP_05_a_stored_ledger_whose_paid_or_points_were_changed_is_refused() -> None:
    """R-VIP-05: loading checks each purchase's points against its payment as it checks
    the sums: an entry whose ``paid`` differs from its purchase's, a purchase whose points
    1 point per 100 cannot give, an entry crediting other points, refunds that are not its
    returns', an opening balance that is not first: each refused naming the ledger."""
    led = Ledger(card_of()).earn(date(2024, 1, 2), "1200", "A").redeem(date(2024, 1, 3), 5, "伞")
    led, _ = led.reverse(date(2024, 1, 4), "A", amount="100")
    doc = _doc(led)
    doc["value"]["entries"][0]["paid"] = "1.50"
    with pytest.raises(
        InvalidInput, match=r"the entry of purchase 'A' says paid 1\.50, its purchase 1200\.00"
    ):
        serial.from_dict(doc)
    doc["value"]["purchases"][0]["paid_fen"] = 150
    doc["value"]["purchases"][0]["refunded_fen"] = 0
    with pytest.raises(InvalidInput, match=r"purchase 'A' earned 12 points for 1\.50 paid"):
        serial.from_dict(doc)
    doc = _doc(led)
    doc["value"]["entries"][0]["points"] = 11
    doc["value"]["entries"][1]["points"] = -4
    with pytest.raises(InvalidInput, match="credits 11 points, not the 12"):
        serial.from_dict(doc)
    doc = _doc(led)
    doc["value"]["purchases"][0]["refunded_fen"] = 5000
    with pytest.raises(InvalidInput, match="the refunds of purchase 'A' are not"):
        serial.from_dict(doc)
    opened = (
        Ledger(card_of())
        .open_balance(date(2024, 1, 1), 3, "OLD")
        .earn(date(2024, 1, 2), "100", "S1")
    )
    assert serial.from_dict(_doc(opened)) == opened
    doc = _doc(opened)
    doc["value"]["entries"].reverse()
    doc["value"]["entries"][0]["on"] = doc["value"]["entries"][1]["on"]
    with pytest.raises(InvalidInput, match=r"not the first entry alone|not the purchases"):
        serial.from_dict(doc)


@settings(max_examples=60, deadline=None)
@given(_OPS, vip_policies(), st.integers(0, 80))
def test_property_R_VIP_05_every_history_round_trips_and_continues(
    ops: list[tuple[Any, ...]], policy: VipPolicy, points: int
) -> None:
    """R-VIP-05: a ledger of any history (an opening balance, earnings, redemptions,
    returns, amendments) is stored and loaded as it was, and loading accepts it."""
    steps, _, _ = _history(ops, policy, (points, 0))
    led = steps[-1][1]
    loaded = serial.from_json(serial.to_json(led))
    assert loaded == led
    day = led.last_event_on or led.card.issued_on
    assert loaded.expire(day).entries == led.expire(day).entries
    assert to_fen(loaded.carry) == to_fen(led.carry)


def test_R_VIP_06_the_tier_of_a_purchase_counts_the_opening_balance() -> None:
    """R-VIP-06: a member brought in with 30 points pays the points tier at once, and under
    the lifetime basis the opening points count as earned ones."""
    led = Ledger(card_of()).open_balance(date(2024, 1, 1), 30, "OLD")
    q = quote([Line("100")], led.card, on=date(2024, 1, 2), ledger=led)
    assert (q.lines[0].benefit.value, q.total) == ("points_tier", D("85.00"))
    lifetime = attrs.evolve(led, policy=VipPolicy(tier_basis=TierBasis.LIFETIME_EARNED))
    assert lifetime.redeem(date(2024, 1, 2), 30, "伞").tier_points(on=date(2024, 1, 2)) == 30


def test_R_VIP_02_a_corrected_card_is_quoted_with_its_ledger() -> None:
    """R-VIP-02: the holder's birth date corrected on the same card; the ledger not yet told
    of it still holds the card's points, and the corrected date prices the birthday."""
    card = Card.issue("VIP-1", Holder("C1", "王芳", born_on=date(1990, 6, 11)), on=date(2024, 1, 1))
    ledger = Ledger(card).earn(date(2024, 2, 1), "3333.33", "S1")
    fixed = card.amend(Holder("C1", "王芳", born_on=date(1990, 6, 1)))
    q = quote([Line("100")], fixed, on=date(2024, 6, 1), ledger=ledger, id_verified=True)
    assert q.total == Decimal("60.00")  # 6折 on the corrected birthday (R-VIP-07)
    other = Card.issue("VIP-2", Holder("C2", "李雷"), on=date(2024, 1, 1))
    with pytest.raises(InvalidInput, match="ledger"):
        quote([Line("100")], other, on=date(2024, 6, 1), ledger=ledger)


# --- the points that lapse on a day (R-VIP-10) --------------------------------------------


def test_R_VIP_10_no_point_lapses_at_the_year_end_unless_the_card_ends() -> None:
    """R-VIP-10: points are valid until the card expires (``points_validity_months`` None):
    nothing lapses on 31 December; all that is left lapses after the card's last valid day.
    With ``points_validity_months=12`` a purchase's points lapse a year after it."""
    card = Card.issue("VIP-3", LI, on=date(2025, 6, 1))
    led = Ledger(card).earn(date(2025, 7, 1), "1500", "A").earn(date(2026, 12, 31), "500", "B")
    assert led.lapsing(on=date(2026, 12, 31)) == 0
    assert led.valid_points(on=date(2027, 1, 1)) == 20
    assert card.last_valid_on == date(2027, 6, 1)
    assert led.lapsing(on=date(2027, 6, 1)) == 20
    yearly = Card.issue("VIP-4", LI, on=date(2025, 6, 1), policy=YEAR)
    led = Ledger(yearly, policy=YEAR).earn(date(2025, 12, 31), "1000", "A")
    led = led.earn(date(2026, 1, 2), "500", "B")
    assert [led.lapsing(on=date(y, m, d)) for y, m, d in ((2026, 12, 31), (2027, 1, 2))] == [10, 5]


def test_R_VIP_10_lapsing_refuses_a_day_before_the_last_entry() -> None:
    led = Ledger(card_of()).earn(date(2024, 3, 1), "500", "A")
    with pytest.raises(InvalidInput) as refused:
        led.lapsing(on=date(2024, 2, 29))
    assert refused.value.argument == "on"
    assert str(refused.value).startswith(
        "on: the ledger is append-only and its last entry is of 2024-03-01; ask about that day "
        "or later (a past day's balance: valid_points)"
    )


@settings(max_examples=60, deadline=None)
@given(ledgers(policies=vip_policies()), st.integers(0, 800))
def test_property_R_VIP_10_lapsing_is_the_drop_in_the_balance_to_the_next_day(
    led: Ledger, days: int
) -> None:
    """R-VIP-10: on any day from the last entry on, the points lapsing are the valid points
    of that day less those of the next, and never negative."""
    start = led.last_event_on or led.card.issued_on
    day = start + timedelta(days=days)
    lapsing = led.lapsing(on=day)
    assert lapsing == led.valid_points(on=day) - led.valid_points(on=day + timedelta(days=1))
    assert 0 <= lapsing <= led.valid_points(on=day)


# --- what a recording method returns (CONTRIBUTING item 2) ---------------------------------


def test_every_event_returns_the_new_ledger_and_only_a_return_its_result_too() -> None:
    """Every method that records an event returns the new ``Ledger``; ``reverse`` alone
    returns ``(Ledger, Reversal)``: its outcome (taken back, owed, expired: R-VIP-05,
    R-VIP-08) is not told by the call.  A new method of either shape is added here."""
    returns = {
        name: function.__annotations__.get("return")
        for name, function in vars(Ledger).items()
        if callable(function) and not name.startswith("_")
    }
    events = {name for name, shown in returns.items() if str(shown).startswith(("Ledger", "tuple"))}
    assert events == {
        "open_balance", "earn", "earn_many", "redeem", "reverse", "expire", "amend",
        "move_to", "close", "combine",
    }  # fmt: skip
    assert {name for name in events if returns[name] != "Ledger"} == {"reverse"}
    assert returns["reverse"] == "tuple[Ledger, Reversal]"


def test_R_VIP_08_a_return_gives_the_new_ledger_then_the_reversal_to_unpack() -> None:
    """R-VIP-08: ``reverse`` gives a pair; asked what a ledger answers, the pair is Python's
    ``AttributeError`` on a tuple (docs/vip.md shows it), and unpacked it is the ledger and
    the explained result, in this order."""
    led = Ledger(card_of()).earn(date(2024, 2, 1), "1000", "S1").redeem(date(2024, 2, 1), 10, "杯")
    returned = led.reverse(date(2024, 2, 2), "S1")
    with pytest.raises(AttributeError, match="'tuple' object has no attribute 'valid_points'"):
        returned.valid_points(on=date(2024, 2, 2))  # type: ignore[attr-defined]
    after, reversal = returned
    assert isinstance(after, Ledger)
    assert isinstance(reversal, Reversal)
    assert reversal.outcome is ReversalOutcome.DEBT
    assert after.points_owed == reversal.points_short == 10
    assert after.entries[-1].kind is EntryKind.REVERSE


def test_R_VIP_10_a_return_after_the_card_expired_cites_R_VIP_10() -> None:
    """R-VIP-10 (D7 卡使用说明 10: 有效期到期时旧卡自动失效): a return after the card expired
    takes nothing because the card is void, so the result and its ledger entry cite R-VIP-10
    (R-VIP-05, what a refund takes back, listed after it); a return within the validity
    cites R-VIP-05 alone."""
    card = Card.issue("SR3201000004", Holder("M320100004", "吴刚"), on=date(2024, 12, 31))
    led = Ledger(card).earn(date(2026, 12, 20), "3500", "A")
    after, rev = led.reverse(date(2027, 1, 3), "A")
    assert (rev.outcome, rev.points_reversed) == (ReversalOutcome.VOID, 0)
    assert rev.rule == "R-VIP-10"
    assert rev.rule_ids == ("R-VIP-10", "R-VIP-05")
    assert str(rev).startswith("void (R-VIP-10): return of 3500.00 on purchase A")
    entry = after.entries[-1]
    assert (entry.kind, entry.rule, entry.points) == (EntryKind.REVERSE, "R-VIP-10", 0)
    _, within_validity = led.reverse(date(2026, 12, 21), "A")
    assert (within_validity.rule, within_validity.rule_ids) == ("R-VIP-05", ("R-VIP-05",))


@settings(max_examples=60)
@given(st.integers(min_value=1, max_value=900), st.integers(min_value=1, max_value=400_000))
def test_property_R_VIP_10_a_return_cites_R_VIP_10_exactly_when_the_card_had_expired(
    days_after: int, paid_fen: int
) -> None:
    """R-VIP-05, R-VIP-10: whatever was paid and whenever it is returned, the return cites
    R-VIP-10 exactly when it comes after the card's last valid day (its outcome ``VOID``),
    and its entry cites the same rule."""
    card = Card.issue("VIP-R10", Holder("C10", "吴刚"), on=date(2024, 1, 1))
    led = Ledger(card).earn(date(2024, 1, 2), from_fen(paid_fen), "A")
    on = date(2024, 1, 2) + timedelta(days=days_after)
    after, rev = led.reverse(on, "A")
    expired = on > card.last_valid_on
    assert (rev.outcome is ReversalOutcome.VOID) is expired
    assert rev.rule == ("R-VIP-10" if expired else "R-VIP-05")
    assert after.entries[-1].rule == rev.rule


@pytest.mark.parametrize("paid", ["-59.90", -60, Decimal("-0.01"), "￥-59.90"])
def test_R_VIP_05_a_negative_sale_is_refused_pointing_to_reverse(paid: Any) -> None:
    """R-VIP-05: a till sending a return as a negative sale is refused naming ``paid``, and
    the message says a return is recorded with ``reverse`` on the purchase's ``ref``; the
    ledger is unchanged."""
    card = Card.issue("VIP-N", Holder("CN", "郑洁"), on=date(2026, 1, 1))
    led = Ledger(card).earn(date(2026, 1, 2), "59.90", "A")
    with pytest.raises(InvalidInput) as caught:
        led.earn(date(2026, 1, 3), paid, "A-RETURN")
    assert caught.value.argument == "paid"
    assert caught.value.problem.startswith("must not be negative: a return is recorded with ")
    assert "reverse(on, ref, amount=...)" in caught.value.problem
    assert len(led.entries) == 1
