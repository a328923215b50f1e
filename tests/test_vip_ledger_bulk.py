"""``Ledger.earn_many`` (docs/vip.md, "Importing a history"): the purchases recorded in one
call give exactly the ledger that ``earn`` of each in turn gives (R-VIP-05, R-VIP-10):
entries, expiries, debt repaid, carry and every later answer; a purchase ``earn`` refuses
is refused naming its row, and the call records nothing."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from custops.errors import CustopsError, IllegalTransition, InvalidInput, InvalidType
from custops.testing import ledgers, vip_policies
from custops.vip import Card, EntryKind, Holder, Ledger, Purchase, VipPolicy

ISSUED = dt.date(2024, 1, 1)
CARD = Card.issue("VIP-7", Holder("C7", "韩梅梅"), on=ISSUED)


def _one_by_one(ledger: Ledger, rows: list[Purchase]) -> Ledger | tuple[int, CustopsError]:
    """``earn`` of each row in turn, or the first row refused and its error."""
    for i, row in enumerate(rows):
        ref: Any = row.ref  # None too: earn refuses it as the bulk call does
        try:
            ledger = ledger.earn(row.on, row.paid, ref)
        except CustopsError as exc:
            return i, exc
    return ledger


def test_R_VIP_05_the_rows_give_the_ledger_earn_gives_one_by_one() -> None:
    rows = [
        Purchase(dt.date(2024, 1, 2), "150.50", "A"),
        Purchase(dt.date(2024, 1, 2), "49.50", "B"),  # completes a point with the carry
        Purchase(dt.date(2024, 3, 1), "0", "C"),  # a free basket is recorded too
    ]
    bulk = Ledger(CARD).earn_many(rows)
    assert bulk == _one_by_one(Ledger(CARD), rows)
    assert [e.points for e in bulk.entries] == [1, 1, 0]
    assert bulk.valid_points(on=dt.date(2024, 3, 1)) == 2


def test_R_VIP_10_points_lapsing_between_rows_are_expired_as_earn_expires_them() -> None:
    policy = VipPolicy(points_validity_months=1)
    rows = [Purchase(dt.date(2024, 1, 5), "300", "A"), Purchase(dt.date(2024, 3, 1), "100", "B")]
    bulk = Ledger(CARD, policy=policy).earn_many(rows)
    assert [e.kind for e in bulk.entries] == [EntryKind.EARN, EntryKind.EXPIRE, EntryKind.EARN]
    assert bulk == _one_by_one(Ledger(CARD, policy=policy), rows)


def test_an_empty_history_changes_nothing_and_a_generator_is_read() -> None:
    ledger = Ledger(CARD).earn(dt.date(2024, 1, 2), "100", "A")
    assert ledger.earn_many([]) is ledger
    rows = (Purchase(dt.date(2024, 1, 3), str(n), f"S{n}") for n in range(100, 103))
    assert ledger.earn_many(rows).lifetime_points == 4


def test_R_VIP_05_a_row_earn_refuses_is_refused_naming_its_row() -> None:
    ledger = Ledger(CARD).earn(dt.date(2024, 1, 2), "100", "A")
    again = Purchase(dt.date(2024, 1, 3), "100", "A")
    with pytest.raises(InvalidInput, match=r"^purchases\[1\]: its ref is already a purchase"):
        ledger.earn_many([Purchase(dt.date(2024, 1, 3), "5", "B"), again])
    early = Purchase(dt.date(2024, 1, 1), "100", "C")
    refused = r"^purchases\[0\]: its day 2024-01-01 is refused: the ledger is append-only"
    with pytest.raises(InvalidInput, match=refused):
        ledger.earn_many([early])
    with pytest.raises(InvalidType, match=r"^purchases\[0\]: its ref must be"):
        ledger.earn_many([Purchase(dt.date(2024, 1, 3), "100")])


def test_R_VIP_05_rows_out_of_date_order_are_refused_saying_so_and_which() -> None:
    """R-VIP-05: the ledger is append-only, so a batch is given oldest first; a row dated
    before the row above it is refused saying so, naming it and every other such row."""
    rows = [
        Purchase(dt.date(2024, 1, 12), "100", "A"),
        Purchase(dt.date(2024, 1, 11), "100", "B"),
        Purchase(dt.date(2024, 1, 13), "100", "C"),
        Purchase(dt.date(2024, 1, 10), "100", "D"),
    ]
    with pytest.raises(InvalidInput) as refused:
        Ledger(CARD).earn_many(rows)
    assert refused.value.argument == "purchases[1]"
    assert refused.value.problem == (
        "is dated 2024-01-11, before purchases[0] of 2024-01-12: the purchases must be given "
        "in date order, oldest first (sort them by on), as the ledger is append-only; rows "
        "dated before the row above them: purchases[1], purchases[3]"
    )
    assert "its on" not in str(refused.value)
    ordered = sorted(rows, key=lambda p: p.on)
    assert Ledger(CARD).earn_many(ordered).lifetime_points == 4


def test_R_VIP_10_a_row_on_a_day_the_card_is_not_valid_is_refused() -> None:
    late = Purchase(CARD.last_valid_on + dt.timedelta(days=1), "100", "Z")
    with pytest.raises(InvalidInput, match=r"^purchases\[0\]: its day \S+ is refused: .*R-VIP-10"):
        Ledger(CARD).earn_many([late])


def test_a_refunded_row_is_refused_its_return_is_reverse() -> None:
    row = Purchase(dt.date(2024, 1, 3), "100", "A", refunded="20")
    with pytest.raises(InvalidInput, match=r"^purchases\[0\]: its refunded must be 0.00"):
        Ledger(CARD).earn_many([row])


def test_not_purchase_records_are_refused() -> None:
    with pytest.raises(InvalidType, match=r"^purchases: must hold Purchase values"):
        Ledger(CARD).earn_many([(dt.date(2024, 1, 3), "100", "A")])  # type: ignore[list-item]
    with pytest.raises(InvalidType, match=r"^purchases: must be an iterable"):
        Ledger(CARD).earn_many(Purchase(dt.date(2024, 1, 3), "100", "A"))  # type: ignore[arg-type]


def test_R_VIP_12_a_closed_ledger_refuses_the_rows_as_earn_does() -> None:
    day = dt.date(2024, 6, 1)
    closed = Ledger(CARD).close(day, CARD.replace("VIP-7B", on=day))
    with pytest.raises(IllegalTransition, match=r"^earn_many: card VIP-7 was replaced"):
        closed.earn_many([Purchase(day, "100", "A")])


def test_a_bulk_ledger_forks_and_pickles_as_a_ledger_of_earns() -> None:
    """The index the bulk call hands on is the one ``earn`` builds: a fork from the ledger
    before it, and a ledger rebuilt from a pickle, answer as ledgers built one by one."""
    base = Ledger(CARD).earn(dt.date(2024, 1, 2), "100", "A")
    bulk = base.earn_many([Purchase(dt.date(2024, 1, 3), "100", "B")])
    fork = base.earn(dt.date(2024, 1, 4), "100", "B")  # the ref B is new to ``base``
    assert fork.entries[-1].ref == "B"
    with pytest.raises(InvalidInput, match=r"^ref: is already a purchase"):
        bulk.earn(dt.date(2024, 1, 5), "1", "B")
    assert pickle.loads(pickle.dumps(bulk)).earn(dt.date(2024, 1, 5), "1", "C") == bulk.earn(
        dt.date(2024, 1, 5), "1", "C"
    )


_ROWS = st.lists(
    st.builds(
        Purchase,
        st.integers(0, 900).map(lambda n: ISSUED + dt.timedelta(days=n)),
        st.integers(0, 50_000).map(lambda fen: f"{fen // 100}.{fen % 100:02d}"),
        st.one_of(st.sampled_from([f"S{i}" for i in range(12)]), st.none()),
    ),
    max_size=10,
)


@settings(max_examples=80, deadline=None)
@given(
    ledgers(policies=vip_policies(), max_operations=6, allow_closed=False),
    _ROWS,
    st.booleans(),
)
def test_R_VIP_05_bulk_is_earn_one_by_one_refusals_included_property(
    ledger: Ledger, rows: list[Purchase], in_order: bool
) -> None:
    """``earn_many(rows)`` is ``earn`` of each row in turn, on any ledger that takes events
    (an opening balance, returns, redemptions, a points term): the same ledger, and every
    answer after it the same; or, when ``earn`` refuses row ``i``, the same problem said of
    ``purchases[i]`` (a refused day as "its day … is refused", a row dated before the row
    above it as out of date order), and the ledger as it was."""
    if in_order:
        rows = sorted(rows, key=lambda row: row.on)
    before = pickle.dumps(ledger)
    expected = _one_by_one(ledger, rows)
    event("recorded" if isinstance(expected, Ledger) else "refused")
    if isinstance(expected, Ledger):
        got = ledger.earn_many(rows)
        assert got == expected
        later = expected.last_event_on or ISSUED
        for day in (later, later + dt.timedelta(days=400)):
            assert got.valid_points(on=day) == expected.valid_points(on=day)
        assert got.expire(later + dt.timedelta(days=800)) == expected.expire(
            later + dt.timedelta(days=800)
        )
    else:
        i, refused = expected
        with pytest.raises(type(refused)) as caught:
            ledger.earn_many(rows)
        error: Any = caught.value
        assert error.argument == f"purchases[{i}]"
        day = rows[i].on
        if refused.argument == "on" and i and day < rows[i - 1].on:  # the batch's own order
            assert error.problem.startswith(f"is dated {day}, before purchases[{i - 1}] of ")
            assert "must be given in date order" in error.problem
        elif refused.argument == "on":
            assert error.problem == f"its day {day} is refused: {refused.problem}"
        else:
            assert error.problem == f"its {refused.argument} {refused.problem}"
    assert pickle.dumps(ledger) == before  # nothing changed
