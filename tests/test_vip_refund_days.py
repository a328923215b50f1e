"""R-VIP-01: a refund counts from its day (``Purchase.refunded_on``).

D7 vip资格申请条件: 一次性购物满1000元(以实付金额为准). A purchase refunded in part later
counted in full on the days before the refund: an answer about a past day is the answer
that day would have given, whatever happened after it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput
from custops.i18n import language
from custops.vip import Purchase, QualifyBasis, qualify

BOUGHT = dt.date(2025, 3, 1)
REFUNDED = dt.date(2025, 5, 1)


def test_R_VIP_01_a_later_refund_does_not_undo_the_day_of_purchase() -> None:
    """R-VIP-01: 1200.00 paid on 03-01 and 300.00 refunded on 05-01 qualified on 03-01 (the
    card issued that day was right) and no longer by that purchase on 05-01."""
    sale = Purchase(BOUGHT, "1200.00", "S-1", refunded="300.00", refunded_on=REFUNDED)
    then = qualify([sale], on=BOUGHT)
    assert then.allowed is True
    assert then.qualify_basis is QualifyBasis.SINGLE
    assert (then.largest_paid, then.amount) == (Decimal("1200.00"), Decimal("1200.00"))
    assert (then.later_refund_count, then.later_refunded) == (1, Decimal("300.00"))
    with language("en_US"):
        assert then.reason == (
            "one purchase of 1200.00 paid on 2025-03-01 ≥ 1000.00; "
            "1 refund after 2025-03-01 not deducted (300.00)"
        )
    with language("zh_CN"):
        assert "2025-03-01 之后的 1 笔退款未扣除（共 300.00 元）" in then.reason
    the_day_before = qualify([sale], on=REFUNDED - dt.timedelta(days=1))
    assert the_day_before.allowed is True
    after = qualify([sale], on=REFUNDED)
    assert after.allowed is False
    assert after.largest_paid == Decimal("900.00")
    assert (after.later_refund_count, after.later_refunded) == (0, Decimal("0.00"))


def test_R_VIP_01_an_undated_refund_counts_as_it_always_did() -> None:
    """R-VIP-01: a refund without its day is deducted on every day the purchase counts."""
    sale = Purchase(BOUGHT, "1200.00", "S-1", refunded="300.00")
    assert qualify([sale], on=BOUGHT).allowed is False
    assert sale.net_as_of(on=BOUGHT) == sale.net == Decimal("900.00")
    assert sale.net_as_of(on=BOUGHT - dt.timedelta(days=1)) == Decimal("0.00")


def test_R_VIP_01_a_later_refund_in_the_cumulative_total() -> None:
    """R-VIP-01: the half year's total counts each purchase net of the refunds up to the day."""
    first = Purchase(BOUGHT, "900.00", "A", refunded="500.00", refunded_on=REFUNDED)
    second = Purchase(dt.date(2025, 4, 1), "900.00", "B")
    third = Purchase(dt.date(2025, 4, 2), "200.00", "C")
    q = qualify([first, second, third], on=dt.date(2025, 4, 30))
    assert q.qualify_basis is QualifyBasis.CUMULATIVE
    assert q.window_total == Decimal("2000.00")
    later = qualify([first, second, third], on=REFUNDED)
    assert later.allowed is False
    assert later.window_total == Decimal("1500.00")


def test_R_VIP_01_a_refund_day_before_the_purchase_is_refused() -> None:
    """R-VIP-01: a refund cannot come before what it refunds; a refund day needs a refund."""
    with pytest.raises(InvalidInput, match=r"^refunded_on: must not be before the purchase's day"):
        Purchase(BOUGHT, "100", refunded="10", refunded_on=BOUGHT - dt.timedelta(days=1))
    with pytest.raises(InvalidInput, match=r"^refunded_on: is the day of a refund"):
        Purchase(BOUGHT, "100", refunded_on=BOUGHT)
    same_day = Purchase(BOUGHT, "100", refunded="10", refunded_on=BOUGHT)
    assert same_day.net_as_of(on=BOUGHT) == Decimal("90.00")


@st.composite
def _history(draw: st.DrawFn) -> list[Purchase]:
    """Purchases of 2024-2025, some refunded in part, on a drawn day or undated."""
    rows = []
    for i in range(draw(st.integers(0, 6))):
        on = draw(st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31)))
        fen = draw(st.integers(1, 150_000))
        refunded_fen = draw(st.sampled_from((0, 0, fen, draw(st.integers(0, fen)))))
        refunded_on = None
        if refunded_fen and draw(st.booleans()):
            refunded_on = on + dt.timedelta(days=draw(st.integers(0, 400)))
        rows.append(
            Purchase(
                on,
                Decimal(fen) / 100,
                f"P{i}",
                refunded=Decimal(refunded_fen) / 100,
                refunded_on=refunded_on,
            )
        )
    return rows


def _as_known_on(day: dt.date, history: list[Purchase]) -> list[Purchase]:
    """What was known on ``day``: the purchases up to it, each refund dated after it undone."""
    known = []
    for p in history:
        if p.on > day:
            continue
        if p.refunded_on is not None and p.refunded_on > day:
            p = Purchase(p.on, p.paid, p.ref)
        known.append(p)
    return known


@settings(max_examples=150, deadline=None)
@given(_history(), st.dates(dt.date(2024, 1, 1), dt.date(2026, 6, 30)))
def test_R_VIP_01_the_answer_on_a_day_depends_on_nothing_dated_after_it(
    history: list[Purchase], day: dt.date
) -> None:
    """R-VIP-01 (property): the decision about ``day`` from a whole history is the one from
    only what was known on ``day`` — purchases after it, and refunds dated after it, change
    only the note that says they were not counted."""
    full, known = qualify(history, on=day), qualify(_as_known_on(day, history), on=day)
    assert full.allowed is known.allowed
    assert full.qualify_basis is known.qualify_basis
    assert (full.amount, full.window_total, full.needed) == (
        known.amount,
        known.window_total,
        known.needed,
    )
    assert (full.largest_paid, full.largest_paid_on) == (known.largest_paid, known.largest_paid_on)
    assert [p.ref for p in full.counted] == [p.ref for p in known.counted]
    assert known.later_count == known.later_refund_count == 0
