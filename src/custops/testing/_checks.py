"""Argument checks shared by the strategies of :mod:`custops.testing` (bounds, sizes,
strategies, members of an enumeration); each error names the argument as any custops
argument check does."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._validate import require_date, require_int, require_type, type_name
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.money import to_fen, yuan

#: The first and last day :func:`dates` gives by default: the years with real holiday data
#: (the ``holidays`` package's Chinese arrangements) and a few years beyond.
MIN_DATE: Final = _dt.date(2001, 1, 1)
MAX_DATE: Final = _dt.date(2030, 12, 31)


def date_bounds(min_value: Any, max_value: Any) -> tuple[_dt.date, _dt.date]:
    lo = require_date("min_value", min_value)
    hi = require_date("max_value", max_value)
    if hi < lo:
        raise InvalidInput.for_argument("max_value", hi, f"must not be before min_value {lo}")
    return lo, hi


def fen_bound(argument: str, value: Any) -> int:
    """A bound in whole fen (a bound is never rounded: it would move the range)."""
    amount = yuan(value, argument=argument)
    raw = value.strip().lstrip("¥￥").strip().replace(",", "") if isinstance(value, str) else value
    if Decimal(raw) != amount:
        raise InvalidInput.for_argument(argument, value, "must be a whole number of fen")
    return to_fen(amount)


def size(argument: str, value: Any, minimum: int = 0) -> int:
    return require_int(argument, value, minimum=minimum, maximum=10_000)


def sizes(min_size: Any, max_size: Any, minimum: int = 0) -> tuple[int, int]:
    lo = size("min_size", min_size, minimum)
    hi = size("max_size", max_size, minimum)
    if hi < lo:
        raise InvalidInput.for_argument("max_size", hi, f"must not be less than min_size {lo}")
    return lo, hi


def strategy(argument: str, value: Any) -> SearchStrategy[Any]:
    if not isinstance(value, SearchStrategy):
        raise InvalidType.for_argument(
            argument, value, f"must be a Hypothesis strategy, not a {type_name(value)}"
        )
    return value


def members(argument: str, value: Any, parse: Any, kind: type) -> tuple[Any, ...]:
    if isinstance(value, (str, kind)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a collection of {kind.__name__}, not a {type_name(value)}"
        )
    items = []
    for item in value:
        if not isinstance(item, kind):
            try:
                item = parse(item)
            except CustopsError:
                raise InvalidInput.for_argument(
                    argument, item, f"is not a known {kind.__name__}"
                ) from None
        items.append(item)
    chosen = tuple(dict.fromkeys(items))
    if not chosen:
        raise InvalidInput.for_argument(argument, value, "must not be empty")
    return chosen


def gaps(max_gap: Any) -> SearchStrategy[_dt.timedelta]:
    """Whole minutes from 0 to ``max_gap`` (a timedelta, not negative), often 0."""
    gap = require_type("max_gap", max_gap, _dt.timedelta, "a datetime.timedelta")
    if gap < _dt.timedelta(0):
        raise InvalidInput.for_argument("max_gap", max_gap, "must not be negative")
    minutes = int(gap.total_seconds() // 60)
    drawn = st.just(0) if minutes < 1 else st.one_of(st.just(0), st.integers(1, minutes))
    return drawn.map(lambda m: _dt.timedelta(minutes=m))
