"""Tests of the points ledger's answers against a straightforward recomputation from what it
stores (R-VIP-05, R-VIP-08, R-VIP-10): the balance, the points lapsing, the expiries each
operation records, the points a gift draws and the refs it knows, over random histories —
with forks (two operations on one ledger), a policy whose points term changes on the way and
a replaced card — and a ledger rebuilt from a pickle answering every operation as the ledger
it was pickled from."""

from __future__ import annotations

import pickle
from datetime import date, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.errors import CustopsError, InvalidInput
from custops.money import from_fen
from custops.vip import Card, EntryKind, Holder, Ledger, Reversal, VipPolicy

ISSUED = date(2024, 1, 1)
HOLDER = Holder("C7", "韩梅梅")

_KINDS = [
    "earn", "earn", "earn", "redeem", "redeem", "reverse", "reverse", "expire", "wait", "wait",
    "term", "term", "move",
]  # fmt: skip

# One operation: what it is, a number (an amount, points, a count of days), the ledger it
# applies to (an index into the ledgers made so far: a fork when not the last) and a ref
# drawn from a small pool, so that refs come again, on one ledger and across forks.
_OPS = st.lists(
    st.tuples(
        st.sampled_from(_KINDS),
        st.integers(0, 90_000),
        st.integers(0, 1_000),
        st.sampled_from([f"S{i}" for i in range(6)]),
    ),
    min_size=5,
    max_size=60,
)


def _stored(led: Ledger) -> dict[str, Any]:
    """What the ledger stores (its serial document), read back as plain data."""
    value: dict[str, Any] = serial.to_dict(led)["value"]
    return value


def _lots(led: Ledger) -> list[dict[str, Any]]:
    return [
        {**p, "expires_on": date.fromisoformat(p["expires_on"])} for p in _stored(led)["purchases"]
    ]


def _recomputed_balance(led: Ledger, on: date) -> int:
    """R-VIP-10: from the last entry's day on, the valid points of the purchases still valid
    on ``on``; before it, the sum of the entries up to ``on``."""
    last = led.last_event_on
    if last is not None and on < last:
        return sum(e.points for e in led.entries if e.on <= on)
    return sum(p["points"] for p in _lots(led) if p["expires_on"] >= on)


def _check_answers(led: Ledger) -> None:
    """The balance and the points lapsing of the days around the ledger's end, as recomputed."""
    last = led.last_event_on or ISSUED
    lots = _lots(led)
    days = {
        last,
        last + timedelta(days=1),
        led.card.last_valid_on,
        *(p["expires_on"] for p in lots),
    }
    days |= {day + timedelta(days=1) for day in list(days)}
    days |= {last - timedelta(days=1), ISSUED}
    for day in sorted(days):
        assert led.valid_points(on=day) == _recomputed_balance(led, day)
        if day >= last:
            lapsing = sum(p["points"] for p in lots if p["expires_on"] == day)
            assert led.lapsing(on=day) == lapsing
            assert lapsing == led.valid_points(on=day) - led.valid_points(on=day + timedelta(1))
    assert sum(e.points for e in led.entries) == sum(p["points"] for p in lots)


def _expected_expiries(before: Ledger, on: date) -> list[tuple[str, int]]:
    """R-VIP-10: the expiry entries an operation on ``on`` records first: every purchase with
    valid points whose last valid day is before ``on``, the first-expiring first (then the
    oldest)."""
    lots = [p for p in _lots(before) if p["points"] and p["expires_on"] < on]
    lots.sort(key=lambda p: p["expires_on"])  # stable: the oldest first among equals
    return [(p["ref"], -p["points"]) for p in lots]


def _expected_draw(lots: list[dict[str, Any]], points: int) -> list[int]:
    """R-VIP-08: the points a gift of ``points`` takes from each purchase, the first-expiring
    first (then the oldest)."""
    taken = [0] * len(lots)
    for i in sorted(range(len(lots)), key=lambda i: lots[i]["expires_on"]):
        take = min(points, lots[i]["points"])
        taken[i], points = take, points - take
    return taken


def _outcome(call: Any) -> tuple[str, Any]:
    """What a call gives, or the refusal it raises (its class and message)."""
    try:
        return "value", call()
    except CustopsError as refused:
        return "refused", (type(refused).__name__, str(refused))


def _apply(led: Ledger, op: tuple[str, int, int, str], day: date) -> Any:
    """The operation ``op`` on ``led`` on ``day``: a call giving a ledger, or a (ledger,
    reversal) pair for a return."""
    kind, number, _pick, ref = op
    if kind == "earn":
        return lambda: led.earn(day, from_fen(number * 3), ref)
    if kind == "redeem":
        return lambda: led.redeem(day, 1 + number % 12, "保温杯")
    if kind == "reverse":
        amount = None if number % 3 else from_fen(1 + number % 40_000)
        return lambda: led.reverse(day, ref, amount=amount)
    if kind == "move":
        return lambda: led.move_to(day, led.card.replace(led.card.number + "R", on=day))
    return lambda: led.expire(day)


def _same_answer(a: tuple[str, Any], b: tuple[str, Any]) -> None:
    assert a[0] == b[0]
    if a[0] == "refused":
        assert a[1] == b[1]
        return
    left, right = a[1], b[1]
    if isinstance(left, tuple):
        assert isinstance(right, tuple)
        assert left[1] == right[1]
        left, right = left[0], right[0]
    assert left == right
    assert repr(left) == repr(right)
    assert [e.reason for e in left.entries] == [e.reason for e in right.entries]


@settings(max_examples=150, deadline=None)
@given(_OPS, st.sampled_from([None, None, 1, 3, 12]))
def test_property_R_VIP_10_the_ledger_answers_as_its_stored_history_says(
    ops: list[tuple[str, int, int, str]], months: int | None
) -> None:
    """R-VIP-05, R-VIP-08, R-VIP-10: over random histories with forks, a changed points term
    and a replaced card, every ledger's balance and lapsing points are those recomputed from
    its purchases and entries; each operation first records the expiries recomputed from the
    ledger before it (first-expiring first), a gift takes the first-expiring points, a ref
    is refused by ``earn`` exactly when the ledger holds it and by ``reverse`` exactly when
    it does not; and the same operation on the ledger rebuilt from its pickle gives the same
    ledger, the same return and the same refusal."""
    policy = VipPolicy(points_validity_months=months)
    card = Card.issue("VIP-7", HOLDER, on=ISSUED, policy=policy)
    made: list[tuple[date, Ledger]] = [(ISSUED, Ledger(card, policy=policy))]
    for op in ops:
        kind, number, pick, ref = op
        day, led = made[-1] if pick % 4 else made[pick % len(made)]
        if kind == "wait":
            made.append((day + timedelta(days=number % 120), led))
            continue
        if kind == "term":  # the policy's points term changes: later points may lapse sooner
            term = VipPolicy(points_validity_months=1 + number % 13)
            made.append((day, attrs.evolve(led, policy=term)))
            continue
        held = [p["ref"] for p in _lots(led)]
        refs = set(held)
        if kind == "reverse" and held and pick % 3:  # mostly a purchase the ledger holds
            op = (kind, number, pick, held[number % len(held)])
            ref = op[3]
        result = _outcome(_apply(led, op, day))
        _same_answer(result, _outcome(_apply(pickle.loads(pickle.dumps(led)), op, day)))
        if kind == "earn" and ref in refs:
            assert result[1][0] == "InvalidInput"
            assert "ref: is already a purchase on this ledger" in result[1][1]
        if kind == "reverse" and ref not in refs:
            assert result[1][0] == "InvalidInput"
            assert "ref: is not a purchase on this ledger" in result[1][1]
        if result[0] == "refused":
            continue
        after = result[1][0] if isinstance(result[1], tuple) else result[1]
        if after is led:  # a return refused by the shortfall policy: nothing recorded
            continue
        added = after.entries[len(led.entries) :]
        expiries = [(e.ref, e.points) for e in added if e.kind is EntryKind.EXPIRE]
        assert expiries == _expected_expiries(led, day)
        assert all(e.kind is EntryKind.EXPIRE for e in added[: len(expiries)])
        if kind == "redeem":
            lots = _lots(led.expire(day))
            drawn = [p["points"] - q["points"] for p, q in zip(lots, _lots(after), strict=True)]
            assert drawn == _expected_draw(lots, 1 + number % 12)
        _check_answers(after)
        made.append((day, after))


def _history() -> Ledger:
    card = Card.issue("VIP-8", HOLDER, on=ISSUED, policy=VipPolicy(points_validity_months=2))
    led = Ledger(card, policy=VipPolicy(points_validity_months=2))
    for i in range(30):
        led = led.earn(ISSUED + timedelta(days=7 * i), "150", f"S{i}")
    return led.redeem(ISSUED + timedelta(days=210), 2, "伞")


def test_R_VIP_05_the_index_is_not_part_of_the_value() -> None:
    """A ledger made by operations and the same ledger loaded from its document or its
    pickle are equal, hash alike, show alike and pickle alike, whether or not they have yet
    answered a question (R-VIP-05: the ledger is its entries and its purchases)."""
    led = _history()
    loaded = serial.from_json(serial.to_json(led))
    unpickled = pickle.loads(pickle.dumps(led))
    snapshot = pickle.dumps(unpickled)
    for other in (loaded, unpickled):
        assert other == led
        assert hash(other) == hash(led)
        assert repr(other) == repr(led)
        assert serial.to_json(other) == serial.to_json(led)
    day = ISSUED + timedelta(days=220)
    assert unpickled.valid_points(on=day) == led.valid_points(on=day) == loaded.valid_points(on=day)
    assert pickle.dumps(unpickled) == snapshot  # answering left nothing new in it
    assert pickle.loads(pickle.dumps(led)).earn(day, "100", "N") == led.earn(day, "100", "N")


def test_R_VIP_05_two_ledgers_made_from_one_keep_their_own_refs() -> None:
    """Two purchases recorded on one ledger make two ledgers, each holding its own ref only:
    each refuses its own ref again and returns only its own purchase (R-VIP-05)."""
    base = _history()
    day = base.last_event_on
    assert day is not None
    first, second = base.earn(day, "300", "X"), base.earn(day, "300", "Y")
    third = second.earn(day, "300", "X")  # X at another place than in ``first``
    for led, mine, other in ((first, "X", "Y"), (second, "Y", "X")):
        with pytest.raises(InvalidInput) as taken_again:
            led.earn(day, "1", mine)
        assert taken_again.value.problem == "is already a purchase on this ledger"
        with pytest.raises(InvalidInput) as not_held:
            led.reverse(day, other)
        assert not_held.value.problem == "is not a purchase on this ledger"
    after, rev = third.reverse(day, "X")
    assert isinstance(rev, Reversal)
    assert (rev.ref, rev.points_due) == ("X", 3)
    assert first.reverse(day, "X")[1].points_due == 3
    assert after.valid_points(on=day) == third.valid_points(on=day) - 3
