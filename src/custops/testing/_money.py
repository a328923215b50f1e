"""Strategies for :mod:`custops.money`: amounts to the fen and allocation weights."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._validate import require_bool, require_int, within
from custops.money import from_fen
from custops.testing._checks import fen_bound, sizes

Weight = int | Decimal | Fraction


def amounts(
    min_value: Decimal | int | str | None = None,
    max_value: Decimal | int | str = 100_000,
    *,
    allow_negative: bool = False,
) -> SearchStrategy[Decimal]:
    """Amounts of money as custops holds them: ``Decimal`` yuan with exactly two places.

    Drawn as whole fen between the bounds (inclusive, whole fen; ``min_value`` defaults to
    0, or to ``-max_value`` with ``allow_negative``); they shrink towards 0.00.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, deadline=None)
    ... @given(amounts(min_value="0.01", max_value="99.99"))
    ... def check(x):
    ...     assert Decimal("0.01") <= x <= Decimal("99.99") and x.as_tuple().exponent == -2
    >>> check()
    """
    require_bool("allow_negative", allow_negative)
    hi = fen_bound("max_value", max_value)
    if min_value is None:
        lo = -abs(hi) if allow_negative else min(hi, 0)
    else:
        lo = fen_bound("min_value", min_value)
    if not allow_negative:
        within(
            "min_value" if min_value is not None else "max_value",
            min_value if min_value is not None else max_value,
            lo,
            low=0,
            problem="is negative; pass allow_negative=True for negative amounts",
        )
    problem = f"must not be less than min_value {from_fen(lo)}"
    within("max_value", max_value, hi, low=lo, problem=problem)
    return st.integers(min_value=lo, max_value=hi).map(from_fen)


def _positive(ws: list[Weight]) -> tuple[Weight, ...]:
    """Weights with a positive sum: an all-zero draw gets a first weight of 1."""
    if not any(w > 0 for w in ws):
        ws = [1, *ws[1:]]
    return tuple(ws)


def weights(
    *,
    min_size: int = 1,
    max_size: int = 6,
    max_value: int = 1000,
    places: int = 2,
    max_denominator: int = 12,
) -> SearchStrategy[tuple[int | Decimal | Fraction, ...]]:
    """Weights :func:`custops.money.allocate` accepts, not all zero: ``int``, ``Decimal`` with
    ``places`` places and ``Fraction`` up to ``max_denominator``, from 0 to ``max_value``."""
    lo, hi = sizes(min_size, max_size, minimum=1)
    top = require_int("max_value", max_value, low=1, high=10**12)
    exponent = require_int("places", places, low=0, high=12)
    denominator = require_int("max_denominator", max_denominator, low=1, high=10**6)
    one: SearchStrategy[Weight] = st.one_of(
        st.integers(0, top),
        st.integers(0, top * 10**exponent).map(lambda f: Decimal(f).scaleb(-exponent)),
        st.fractions(min_value=0, max_value=top, max_denominator=denominator),
    )
    return st.lists(one, min_size=lo, max_size=hi).map(_positive)
