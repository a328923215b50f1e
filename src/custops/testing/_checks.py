"""Argument checks shared by the strategies of :mod:`custops.testing` (bounds, sizes,
strategies, members of an enumeration); each error names the argument as any custops
argument check does."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable
from typing import Any, Final, TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._dates import NO_TIME
from custops._enums import member_check
from custops._validate import (
    require_date,
    require_int,
    require_items,
    require_type,
    utc,
    within,
)
from custops.calendars import china
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
from custops.money import FEN, to_fen, yuan

T = TypeVar("T")
E = TypeVar("E", bound=LabelledEnum)

#: The first and last day :func:`dates` gives by default: the years with real holiday data
#: (the ``holidays`` package's Chinese arrangements) and a few years beyond.
MIN_DATE: Final = _dt.date(2001, 1, 1)
MAX_DATE: Final = _dt.date(2030, 12, 31)
#: The default ``max_gap`` of the strategies that take events one after another: at most two
#: days between one event and the next.
MAX_GAP: Final = _dt.timedelta(hours=48)


def date_bounds(min_value: Any, max_value: Any) -> tuple[_dt.date, _dt.date]:
    lo = require_date("min_value", min_value)
    hi = require_date("max_value", max_value)
    within("max_value", hi, hi, low=lo, problem=f"must not be before min_value {lo}")
    return lo, hi


def calendar_bounds(min_value: Any, max_value: Any) -> tuple[_dt.date, _dt.date]:
    """:func:`date_bounds` that China's calendar can count on: a bound outside the years it
    supports is refused when the strategy is built, naming it (not when a value is drawn,
    naming the library's arguments).

    >>> calendar_bounds(_dt.date(2001, 1, 1), _dt.date(2150, 1, 1))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: max_value: must lie in the years 1950-2100 ... (got ...)
    """
    lo, hi = date_bounds(min_value, max_value)
    years = china().supported_years
    first, last = _dt.date(years[0], 1, 1), _dt.date(years[-1], 12, 31)
    problem = f"must lie in the years {years[0]}-{years[-1]} China's calendar supports"
    within("min_value", min_value, lo, low=first, high=last, problem=problem)
    within("max_value", max_value, hi, low=first, high=last, problem=problem)
    return lo, hi


def fen_bound(argument: str, value: Any, *, positive: bool = False) -> int:
    """A bound in whole fen (never rounded: that would move the range); at least 0.01
    when ``positive``."""
    amount = yuan(value, argument=argument, exact=True)
    if positive:
        within(argument, value, amount, low=FEN, problem="must be at least 0.01")
    return to_fen(amount)


def size(argument: str, value: Any, minimum: int = 0) -> int:
    return require_int(argument, value, low=minimum, high=10_000)


def sizes(min_size: Any, max_size: Any, minimum: int = 0) -> tuple[int, int]:
    lo = size("min_size", min_size, minimum)
    hi = size("max_size", max_size, minimum)
    within("max_size", hi, hi, low=lo, problem=f"must not be less than min_size {lo}")
    return lo, hi


def strategy(argument: str, value: Any, default: SearchStrategy[Any]) -> SearchStrategy[Any]:
    """``value`` if it is a Hypothesis strategy, ``default`` if it is ``None``."""
    if value is None:
        return default
    return require_type(argument, value, SearchStrategy, "a Hypothesis strategy")


def collection(argument: str, value: Any, what: str, convert: Callable[[Any], T]) -> tuple[T, ...]:
    """The distinct items of ``value`` converted: a non-empty collection (not a lone str)."""
    items = require_items(argument, value, f"a collection of {what}")
    chosen = tuple(dict.fromkeys(convert(item) for item in items))
    if not chosen:
        raise InvalidInput.for_argument(argument, value, "must not be empty")
    return chosen


def members(argument: str, value: Any, kind: type[E]) -> tuple[E, ...]:
    """Members of the enumeration ``kind`` from members or any spelling ``kind.parse`` reads
    (:func:`custops._enums.member_check`: a refusal lists the members)."""
    return collection(
        argument, value, kind.__name__, functools.partial(member_check(kind), argument)
    )


def gaps(max_gap: Any) -> SearchStrategy[_dt.timedelta]:
    """Whole minutes from 0 to ``max_gap`` (a timedelta, not negative), often 0."""
    gap = require_type("max_gap", max_gap, _dt.timedelta, "a datetime.timedelta")
    if gap < NO_TIME:
        raise InvalidInput.for_argument("max_gap", max_gap, "must not be negative")
    minutes = int(gap.total_seconds() // 60)
    drawn = st.just(0) if minutes < 1 else st.one_of(st.just(0), st.integers(1, minutes))
    return drawn.map(lambda m: _dt.timedelta(minutes=m))


def later(moment: _dt.datetime, gap: _dt.timedelta) -> _dt.datetime:
    """``gap`` of elapsed time after ``moment``, in ``moment``'s zone: counted in UTC, not on
    the wall clock, so a daylight-saving fold or gap neither repeats nor skips an hour."""
    return (utc(moment) + gap).astimezone(moment.tzinfo)
