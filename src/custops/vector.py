"""Working-day arithmetic and deadlines over columns: numpy arrays and pandas Series.

``pip install 'custops[numpy]'``.  Every function gives, element by element, exactly what
the scalar API gives, 调休 and provisional years included; the accepted columns and the
handling of missing values are on docs/vector.md (a numpy ``datetime64`` column of
instants, which holds no zone, is refused, saying how to give one).  A
missing day or start (``None``, ``NaT``, a float ``NaN``, an arrow null) gives a missing
answer in its row, or with ``on_missing="raise"`` (:class:`Missing`) a refusal naming the
row.

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> from custops import vector
>>> start = dt.datetime(2025, 9, 30, 16, tzinfo=ZoneInfo("Asia/Shanghai"))
>>> vector.deadline_many([start], "3个工作日")
[datetime.datetime(2025, 10, 11, 18, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))]
"""

from __future__ import annotations

import datetime as _dt
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, overload

from custops._dates import (
    DAY_US,
    EPOCH_ORDINAL,
    NOON,
    US,
    UTC,
    from_us,
    year_ordinals,
)
from custops._series import NAT as _NAT
from custops._series import (
    arrow_days,
    arrow_us,
    from_numpy,
    numpy_us,
    objects_us,
    to_arrow,
    wall_to_us,
)
from custops._series import distinct as _distinct
from custops._series import local_days as _local_days
from custops._series import to_us as _to_us
from custops._validate import (
    a_type_name,
    fitted_call,
    in_date_range,
    is_arrow,
    is_missing,
    require_aware,
    require_bool,
    require_type,
    row_labels,
    row_name,
    rows_by_label,
    series_type,
    within,
)
from custops.calendars import (
    DayKind,
    Roll,
    WorkCalendar,
    asking_provisional,
    calendar_or_china,
    day_index,
    utc_intervals,
)
from custops.enums import LabelledEnum
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.periods import Convention, Cutoff, Period, deadline
from custops.sla import Measure, Target
from custops.sla._targets import ends_at_midnight

try:
    import numpy as np
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "custops.vector needs numpy; install it with: pip install 'custops[numpy]'"
    ) from exc

if TYPE_CHECKING:  # pragma: no cover
    from numpy.typing import NDArray

__all__ = [
    "Missing",
    "add_workdays_many",
    "day_kind_many",
    "deadline_many",
    "is_workday_many",
    "provisional_many",
    "roll_many",
    "status_many",
    "workdays_between_many",
]


class Missing(LabelledEnum):
    """What a function of this module does with a missing day or start: ``None``, ``NaT``
    (numpy's or pandas'), a float ``NaN`` (what pandas holds for a missing value in an
    object column, e.g. one read from CSV) or an arrow null.  ``keep`` (the default) gives
    a missing answer in its row and leaves the others alone, as pandas and numpy's
    ``busday_offset`` do; ``raise`` refuses the first missing row, naming it
    (``starts[1]: is missing …``), for a job that must not store an empty answer.

    >>> Missing.parse("raise"), str(Missing.KEEP)
    (<Missing.RAISE: 'raise'>, '留空')
    """

    KEEP = ("keep", "留空", "缺失留空")
    RAISE = ("raise", "报错", "缺失报错")


#: More working days than any supported range of years holds.
_MAX_WORKDAYS = 400 * 366


# --------------------------------------------------------------------------- the index


# The stable key and the working flag of each day-kind code of the scalar calendar's index
# (a code is the kind's position in DayKind: calendars.day_index).
_KEYS = np.array([kind.value for kind in DayKind], dtype=object)
_WORKING = np.array([kind.is_workday for kind in DayKind], dtype=bool)


class _Days:
    """Day-level columns of the years ``lo..hi``, read from the scalar calendar's own index."""

    def __init__(self, calendar: WorkCalendar, lo: int, hi: int) -> None:
        first, last = year_ordinals(lo, hi)
        ix = day_index(calendar, first, last, argument="days", value=lo)
        codes = np.frombuffer(ix.kinds, dtype=np.uint8)[first - ix.first : last - ix.first + 1]
        self.first = first - EPOCH_ORDINAL  # epoch days from here on
        self.kinds = _KEYS[codes]
        self.workday = workday = _WORKING[codes]
        # count[i]: working days in [first, first + i); work: their epoch days, ascending.
        self.count = np.concatenate(([0], np.cumsum(workday, dtype=np.int64)))
        self.work = np.flatnonzero(workday).astype(np.int64) + self.first


_days = functools.lru_cache(maxsize=64)(_Days)


class _Span:
    """The years a computation has looked at, grown one year at a time as answers need."""

    def __init__(self, calendar: WorkCalendar, lo: int, hi: int, argument: str) -> None:
        self.calendar = calendar
        self.years = years = calendar.supported_years
        for year in (lo, hi):
            if year not in years:
                message = f"reaches a year outside the calendar's {years.start}-{years.stop - 1}"
                raise InvalidInput.for_argument(argument, year, message)
        self.lo, self.hi = lo, hi
        self.lo_day = self.hi_day = 0  # the first and last epoch day of the input

    def days(self) -> _Days:
        return _days(self.calendar, self.lo, self.hi)

    def grow(self, forward: bool, argument: str, value: Any) -> None:
        """One more year on the side ``forward`` says; past the calendar's years, refuse
        ``value`` of ``argument`` (the caller's value that leads there) as the scalar
        calendar words it."""
        year = self.hi + 1 if forward else self.lo - 1
        if year not in self.years:
            if forward:
                problem = f"goes past {self.years.stop - 1}, the last supported year"
            else:
                problem = f"goes before {self.years.start}, the first supported year"
            raise InvalidInput.for_argument(argument, value, problem)
        self.lo, self.hi = min(self.lo, year), max(self.hi, year)


def _year_of(epoch_days: NDArray[np.int64]) -> NDArray[np.int64]:
    return epoch_days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


# --------------------------------------------------------------------------- conversions


def _as_days(value: Any, argument: str) -> tuple[NDArray[np.int64], Callable[..., Any]]:
    """Epoch days of a column of dates (NaT where a day is missing), and a function that
    wraps a result like the input (the second argument: the arrow type of a column of
    objects, which no row may say)."""

    def wrap(result: Any, kind: str | None = None) -> Any:
        return np.asarray(result)  # an array comes back as it is

    series = series_type()
    if series is not None and isinstance(value, series):
        index, name = value.index, value.name
        if getattr(value.dtype, "tz", None) is not None:
            problem = "must hold dates, not instants with a time zone"
            raise InvalidType.for_argument(argument, value.dtype, problem)
        arr = value.to_numpy()
        dates = arr.dtype == object  # e.g. df["opened"].dt.date: dates come back as dates

        def wrap(result: Any, kind: str | None = None) -> Any:
            if dates and result.dtype.kind == "M":
                result = result.astype(object)  # datetime64[D] items become dates, NaT None
            return series(result, index=index, name=name)

    elif isinstance(value, (list, tuple)):
        arr = np.empty(len(value), dtype=object)  # one item per row, even a sequence
        arr[:] = value
        container = tuple if isinstance(value, tuple) else list

        def wrap(result: Any, kind: str | None = None) -> Any:
            return container(result.tolist())  # datetime64[D] items become dates, NaT None

    elif isinstance(value, np.ndarray):
        arr = value
    elif is_arrow(value):  # date32 (or a naive timestamp): pyarrow is imported then
        arr = arrow_days(value, argument)
        chunked = not isinstance(value, sys.modules["pyarrow"].Array)

        def wrap(result: Any, kind: str | None = None) -> Any:
            return from_numpy(result, chunked, kind)

    else:
        problem = (
            "must be a numpy array, a pandas Series, a pyarrow array of date32 or a list of "
            f"dates, not {a_type_name(value)}"
        )
        raise InvalidType.for_argument(argument, value, problem)
    _one_column(arr, argument)
    if arr.dtype == object:
        arr = _object_days(arr, argument)
    elif arr.dtype.kind != "M":
        raise InvalidType.for_argument(argument, arr.dtype, _DAYS_ACCEPTED)
    as_days = arr.astype("datetime64[D]", copy=False)
    if as_days.dtype != arr.dtype:  # a timestamp column: a day is its midnight, nothing else
        timed = np.flatnonzero(~np.isnat(arr) & (as_days != arr))
        if timed.size:
            i = int(timed[0])
            raise InvalidInput.for_argument(
                f"{argument}[{i}]",
                _item(value, i),
                "must be a day, not a moment with a time of day (a timestamp column holds "
                "days only at midnight)",
            )
    days: NDArray[np.int64] = as_days.view(np.int64)
    return days, wrap


_DAYS_ACCEPTED = (
    "must hold days: a datetime64 column, or datetime.date objects (None or NaT where missing)"
)


def _one_column(arr: NDArray[Any], argument: str) -> None:
    if arr.ndim != 1:
        raise InvalidInput.for_argument(argument, arr.shape, "must be one column (a 1-D array)")


def _object_days(arr: NDArray[Any], argument: str) -> NDArray[Any]:
    """A column of ``date`` objects (None, NaT or NaN for a missing day) as ``datetime64[D]``."""
    out = np.empty(len(arr), dtype="datetime64[D]")
    for i, item in enumerate(arr.tolist()):
        if type(item) is _dt.date:
            out[i] = item
        elif is_missing(item):
            out[i] = np.datetime64("NaT")
        else:
            problem = f"must be a date (None or NaT where missing), not {a_type_name(item)}"
            raise InvalidType.for_argument(f"{argument}[{i}]", item, problem)
    return out


def _rows_present(
    values: NDArray[np.int64],
    compute: Callable[[Any], NDArray[Any]],
    missing: Any = _NAT,
    dtype: Any = np.int64,
) -> NDArray[Any]:
    """``compute(rows)`` for the rows of ``values`` present (``rows`` a mask, or every row
    when none is missing), ``missing`` in the others."""
    if not len(values) or int(values.min()) != _NAT:  # no row is missing (NaT)
        return compute(slice(None))
    ok = values != _NAT
    out = np.full(len(values), missing, dtype=dtype)
    try:
        out[ok] = compute(ok)
    except InvalidInput as exc:  # a row of the rows present: named by its row in ``values``
        raise _renumbered(exc, ok) from None
    return out


def _renumbered(exc: InvalidInput, rows: NDArray[np.bool_]) -> InvalidInput:
    """``exc`` naming ``<argument>[i]`` of the rows ``rows`` selects, renamed for the i-th
    of them (a row of the whole column); any other ``exc`` itself.

    >>> err = InvalidInput.for_argument("days[1]", 7, "is late")
    >>> print(_renumbered(err, np.array([False, True, False, True])))
    days[3]: is late (got 7)
    """
    name, bracket, index = (exc.argument or "").partition("[")
    if not bracket or not index.removesuffix("]").isdigit():
        return exc
    row = int(np.flatnonzero(rows)[int(index.removesuffix("]"))])
    message = f"{name}[{row}]" + exc.message.removeprefix(exc.argument or "")
    return InvalidInput(message, argument=f"{name}[{row}]", value=exc.value, problem=exc.problem)


def _first(mask: NDArray[np.bool_]) -> int | None:
    """The first row where ``mask`` holds, or ``None``."""
    return int(np.argmax(mask)) if mask.any() else None


def _refuse_missing(
    values: NDArray[np.int64], argument: str, problem: str, given: Any = None
) -> None:
    """Refuse the first missing row of ``values`` (NaT), naming it and showing the caller's
    item of ``given`` there (a ``NaT``, a ``None``)."""
    if len(values) and int(values.min()) == _NAT:  # NaT is the least int64: a quick test
        row = _first(values == _NAT) or 0
        raise InvalidInput.for_argument(f"{argument}[{row}]", _item(given, row), problem)


def _missing_option(on_missing: Missing | str) -> Missing:
    """``on_missing`` as a :class:`Missing` member (any spelling ``parse`` reads)."""
    return Missing.parse(on_missing, argument="on_missing")


def _refuse_if_asked(
    values: NDArray[np.int64], missing: Missing, argument: str, given: Any
) -> None:
    """With ``on_missing="raise"``, refuse the first missing row of ``values`` (NaT)."""
    if missing is Missing.RAISE:
        _refuse_missing(values, argument, "is missing (on_missing='raise')", given)


def _item(given: Any, row: int) -> Any:
    """The caller's own item at ``row`` of a column (a Series by position), or ``None``."""
    series = series_type()
    if is_arrow(given):
        return given[row].as_py()  # the item as Python has it (None where null)
    try:
        return given.iloc[row] if series is not None and isinstance(given, series) else given[row]
    except (TypeError, IndexError, KeyError):
        return None


#: What ``workdays`` of :func:`add_workdays_many` may be.
_COUNTS = "an int or an array of ints"


def _as_counts(value: Any, shape: tuple[int, ...]) -> NDArray[np.int64]:
    """The ``workdays`` of :func:`add_workdays_many` as an int64 column of the days' ``shape``
    (an array: its dtype is checked here; a Python scalar went through ``require_type``)."""
    series = series_type()
    if series is not None and isinstance(value, series) and bool(value.isna().any()):
        row = int(np.flatnonzero(value.isna().to_numpy())[0])  # a nullable Int64 column's gap
        problem = "is missing: every day needs its count of working days"
        raise InvalidInput.for_argument(f"workdays[{row}]", value.iloc[row], problem)
    arr = value.to_numpy() if series is not None and isinstance(value, series) else value
    arr = np.asarray(arr)
    if arr.dtype.kind == "f" and arr.ndim == 1 and bool(np.isnan(arr).any()):
        row = int(np.flatnonzero(np.isnan(arr))[0])  # a float column's gap, as Int64's above
        problem = "is missing: every day needs its count of working days"
        raise InvalidInput.for_argument(f"workdays[{row}]", _item(value, row), problem)
    if arr.dtype.kind not in "iu":
        raise InvalidType.for_argument("workdays", value, f"must be {_COUNTS}")
    if arr.shape != shape:
        problem = f"must have the shape of the days {shape}"
        raise InvalidInput.for_argument("workdays", arr.shape, problem)
    if arr.size and (int(arr.min()) < -_MAX_WORKDAYS or int(arr.max()) > _MAX_WORKDAYS):
        problem = f"leads past the calendar's years (at most {_MAX_WORKDAYS} working days)"
        row = _first(np.abs(arr.astype(np.int64)) > _MAX_WORKDAYS) or 0
        raise InvalidInput.for_argument(f"workdays[{row}]", int(arr.flat[row]), problem)
    return arr.astype(np.int64)


def _span_of(
    calendar: WorkCalendar, *columns: NDArray[np.int64], argument: str | tuple[str, ...]
) -> _Span:
    """The span of the years of ``columns`` (epoch days, none missing); a day outside the
    calendar's years is refused naming its row of its column (``argument``: the column's
    name, or one name per column)."""
    names = (argument,) * len(columns) if isinstance(argument, str) else argument
    lo = min(int(c.min()) for c in columns)
    hi = max(int(c.max()) for c in columns)
    years = _year_of(np.array([lo, hi], dtype=np.int64))
    supported = calendar.supported_years
    if int(years[0]) not in supported or int(years[1]) not in supported:
        # the first day outside the calendar's years, named by its row (of one column)
        for name, column in zip(names, columns, strict=True):
            column_years = _year_of(column)
            outside = (column_years < supported.start) | (column_years >= supported.stop)
            row = _first(outside)
            if row is not None:
                day = _dt.date.fromordinal(int(column[row]) + EPOCH_ORDINAL)
                bounds = f"{supported.start}-{supported.stop - 1}"
                problem = (
                    f"lies outside the years {bounds} the {calendar.country} calendar supports"
                )
                raise InvalidInput.for_argument(f"{name}[{row}]", day, problem)
    span = _Span(calendar, int(years[0]), int(years[1]), names[0])
    span.lo_day, span.hi_day = lo, hi
    return span


# --------------------------------------------------------------------------- days


@fitted_call
def is_workday_many(
    days: Any, *, calendar: WorkCalendar | None = None, on_missing: Missing | str = Missing.KEEP
) -> Any:
    """Whether each day is a working day (调休 make-up days included).

    >>> import numpy as np
    >>> is_workday_many(np.array(["2025-10-08", "2025-10-11"], dtype="datetime64[D]"))
    array([False,  True])
    """
    return _day_column(days, calendar, "workday", on_missing)


@fitted_call
def day_kind_many(
    days: Any, *, calendar: WorkCalendar | None = None, on_missing: Missing | str = Missing.KEEP
) -> Any:
    """The day kind of each day, as its stable key (``DayKind(key)`` gives the member).

    >>> import numpy as np
    >>> day_kind_many(np.array(["2025-10-01", "2025-10-11"], dtype="datetime64[D]")).tolist()
    ['holiday', 'makeup_workday']
    """
    return _day_column(days, calendar, "kinds", on_missing)


def _day_column(
    days: Any, calendar: WorkCalendar | None, column: str, on_missing: Missing | str
) -> Any:
    """A per-day column of the day tables (``workday`` or ``kinds``) looked up for ``days``."""
    option = _missing_option(on_missing)
    with rows_by_label(days, days=days):
        return _day_column_of(days, calendar, column, option)


def _day_column_of(days: Any, calendar: WorkCalendar | None, column: str, missing: Missing) -> Any:
    cal = calendar_or_china(calendar)
    o, wrap = _as_days(days, "days")
    _refuse_if_asked(o, missing, "days", days)
    workday = column == "workday"

    def look_up(rows: Any) -> NDArray[Any]:
        if not len(present := o[rows]):
            return np.zeros(0, dtype=bool if workday else object)
        span = _span_of(cal, present, argument="days")
        ix = span.days()
        _touch(cal, span)
        found: NDArray[Any] = getattr(ix, column)[present - ix.first]
        return found

    found = _rows_present(o, look_up, False if workday else None, bool if workday else object)
    return wrap(found, None if workday else "string")


@fitted_call
def add_workdays_many(
    days: Any,
    workdays: Any,
    *,
    calendar: WorkCalendar | None = None,
    with_provisional: bool = False,
    on_missing: Missing | str = Missing.KEEP,
) -> Any:
    """The working day ``workdays`` working days after each day (the day not counted; a
    negative ``workdays`` counts back).

    ``with_provisional=True`` returns a dict of two columns in the container of ``days``:
    ``due_on`` (these days) and ``provisional``, whether the row was counted through a year
    whose arrangement is not published (docs/rules.md §1, R-PER-01: a day to count again
    once the notice is in; ``periods.provisional(day, "N个工作日")`` per row; a missing day
    is not); as :func:`deadline_many`'s, the flags are the answer and no
    :class:`~custops.errors.ProvisionalCalendarWarning` comes besides them.

    ``workdays`` is one int (a numpy int too) or an array of ints of the days' shape;
    ``0`` gives the day itself (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13 count working days
    so).  A missing day gives a missing answer (``on_missing="keep"``) or is refused naming
    its row (``on_missing="raise"``); a missing count is always refused, naming its row.

    >>> import numpy as np
    >>> add_workdays_many(np.array(["2025-09-30", "NaT"], dtype="datetime64[D]"), np.array([1, 1]))
    array(['2025-10-09',        'NaT'], dtype='datetime64[D]')
    """
    option = _missing_option(on_missing)
    flagged = require_bool("with_provisional", with_provisional)
    with rows_by_label(days, days=days, workdays=workdays):
        if not flagged:
            return _add_workdays_column(days, workdays, calendar, option)
        with asking_provisional():  # the answer is the flag: no warning besides it
            return _add_workdays_column(days, workdays, calendar, option, flagged=True)


def _add_workdays_column(
    days: Any, workdays: Any, calendar: WorkCalendar | None, missing: Missing, flagged: bool = False
) -> Any:
    cal = calendar_or_china(calendar)
    o, wrap = _as_days(days, "days")
    _refuse_if_asked(o, missing, "days", days)
    scalar = np.ndim(workdays) == 0
    if scalar:  # one value: the one type check, reading a numpy int as the int it holds
        workdays = require_type("workdays", workdays, int, _COUNTS)
        problem = f"leads past the calendar's years (at most {_MAX_WORKDAYS} working days)"
        within(
            "workdays", workdays, workdays, low=-_MAX_WORKDAYS, high=_MAX_WORKDAYS, problem=problem
        )
    k = np.zeros(0, dtype=np.int64) if scalar else _as_counts(workdays, o.shape)
    out = _rows_present(
        o, lambda rows: _add_workdays(cal, o[rows], workdays if scalar else k[rows])
    )
    due = wrap(out.view("datetime64[D]"))
    if not flagged:
        return due
    flags = _unpublished_between(cal, o, out)
    return {"due_on": _named(due, "due_on"), "provisional": _like(days)(flags, "provisional")}


def _unpublished_between(
    cal: WorkCalendar, first: NDArray[np.int64], last: NDArray[np.int64]
) -> NDArray[np.bool_]:
    """Whether the days from ``first`` to ``last`` (epoch days, in either order, both
    included) meet a year whose arrangement is not published for ``cal``: what
    ``periods.provisional`` says of a count between two days; ``False`` where either is
    missing (NaT)."""
    flags = np.zeros(len(first), dtype=bool)
    rows = (first != _NAT) & (last != _NAT)
    if not rows.any():
        return flags
    lo = _year_of(np.minimum(first[rows], last[rows]))
    hi = _year_of(np.maximum(first[rows], last[rows]))
    lo_year, hi_year = int(lo.min()), int(hi.max())
    unpublished = [not cal.is_published(y) for y in range(lo_year, hi_year + 1)]
    before = np.concatenate(([0], np.cumsum(np.array(unpublished, dtype=np.int64))))
    flags[rows] = before[hi - lo_year + 1] > before[lo - lo_year]
    return flags


def _add_workdays(cal: WorkCalendar, o: NDArray[np.int64], workdays: Any) -> NDArray[np.int64]:
    """:func:`add_workdays_many` of epoch days ``o`` (none missing), ``workdays`` an int or an
    array."""
    scalar_n = isinstance(workdays, int)
    if not len(o):
        return o + 0
    span = _span_of(cal, o, argument="days")
    if scalar_n and workdays == 0:
        _touch(cal, span)
        return o + 0
    while True:
        ix = span.days()
        if scalar_n:
            # One answer per day of the table, then one gather per row.
            step = 1 if workdays > 0 else 0
            j = ix.count[step : len(ix.workday) + step] + (workdays - step)
            lo_j, hi_j = int(j[span.lo_day - ix.first]), int(j[span.hi_day - ix.first])
        else:
            rel = (o - ix.first).astype(np.int32)
            step_col = (workdays > 0).view(np.int8)
            j = ix.count[rel + step_col] + (workdays - step_col)
            moving = None if workdays.all() else workdays != 0
            moved = j if moving is None else j[moving]
            lo_j, hi_j = (int(moved.min()), int(moved.max())) if moved.size else (0, 0)
        if lo_j >= 0 and hi_j < len(ix.work):
            break
        forward = hi_j >= len(ix.work)  # an answer lies past the table (else before it)
        if scalar_n:
            span.grow(forward, "workdays", workdays)
        else:
            beyond = j >= len(ix.work) if forward else j < 0
            row = _first(beyond if moving is None else beyond & moving)
            span.grow(forward, f"workdays[{row}]", int(workdays[row or 0]))
    result: NDArray[np.int64]
    if scalar_n:
        table = ix.work[np.clip(j, 0, len(ix.work) - 1)]
        result = table[o - ix.first]
    elif moving is None:
        result = ix.work[j]
    else:
        result = np.where(moving, ix.work[np.clip(j, 0, len(ix.work) - 1)], o)
    _touch(cal, span)
    return result


@fitted_call
def roll_many(
    days: Any,
    *,
    roll: Roll | str = Roll.FOLLOWING,
    calendar: WorkCalendar | None = None,
    on_missing: Missing | str = Missing.KEEP,
) -> Any:
    """Each day if it is a working day, else the working day ``roll_many`` (a
    :class:`~custops.calendars.Roll`) moves it to, as
    :meth:`WorkCalendar.roll <custops.calendars.WorkCalendar.roll>` does one day: the next
    one by default (Civil Code art. 203), the previous one (``preceding``), or the next one
    unless it falls in the next month (``modified_following``).

    >>> import numpy as np
    >>> roll_many(np.array(["2025-10-01", "2025-10-09"], dtype="datetime64[D]"))
    array(['2025-10-09', '2025-10-09'], dtype='datetime64[D]')
    >>> roll_many(np.array(["2025-10-01"], dtype="datetime64[D]"), roll="preceding")
    array(['2025-09-30'], dtype='datetime64[D]')
    """
    rule = Roll.parse(roll, argument="roll")
    cal = calendar_or_china(calendar)
    option = _missing_option(on_missing)
    with rows_by_label(days, days=days):
        o, wrap = _as_days(days, "days")
        _refuse_if_asked(o, option, "days", days)
        return wrap(
            _rows_present(o, lambda rows: _rolled(cal, o[rows], rule)).view("datetime64[D]")
        )


def _rolled(cal: WorkCalendar, o: NDArray[np.int64], rule: Roll) -> NDArray[np.int64]:
    """The days ``o`` (epoch days) rolled by ``rule`` to working days of ``cal``."""
    if rule is Roll.PRECEDING:
        return _roll_back(cal, o)
    following = _roll_forward(cal, o)
    if rule is Roll.FOLLOWING or not len(o):
        return following
    month = o.view("datetime64[D]").astype("datetime64[M]")
    later = following.view("datetime64[D]").astype("datetime64[M]") != month
    if not later.any():
        return following
    back = np.copy(following)
    back[later] = _roll_back(cal, o[later])
    return back


def _roll_forward(cal: WorkCalendar, o: NDArray[np.int64]) -> NDArray[np.int64]:
    if not len(o):
        return o + 0
    span = _span_of(cal, o, argument="days")
    while True:
        ix = span.days()
        j = ix.count[o - ix.first + 1]
        rest = ~ix.workday[o - ix.first]
        if not rest.any() or int(j[rest].max()) < len(ix.work):
            break
        row = _first(rest & (j >= len(ix.work))) or 0
        day = _dt.date.fromordinal(int(o[row]) + EPOCH_ORDINAL)
        span.grow(True, f"days[{row}]", day)
    safe = np.clip(j, 0, max(len(ix.work) - 1, 0))
    result: NDArray[np.int64] = np.where(rest, ix.work[safe] if len(ix.work) else o, o)
    _touch(cal, span)
    return result


def _roll_back(cal: WorkCalendar, o: NDArray[np.int64]) -> NDArray[np.int64]:
    if not len(o):
        return o + 0
    span = _span_of(cal, o, argument="days")
    while True:
        ix = span.days()
        j = ix.count[o - ix.first + 1]  # the working days up to each day, itself included
        rest = ~ix.workday[o - ix.first]
        if not rest.any() or int(j[rest].min()) > 0:
            break
        row = _first(rest & (j == 0)) or 0
        day = _dt.date.fromordinal(int(o[row]) + EPOCH_ORDINAL)
        span.grow(False, f"days[{row}]", day)
    safe = np.clip(j - 1, 0, max(len(ix.work) - 1, 0))
    result: NDArray[np.int64] = np.where(rest, ix.work[safe] if len(ix.work) else o, o)
    _touch(cal, span)
    return result


@fitted_call
def workdays_between_many(
    starts: Any,
    ends: Any,
    *,
    calendar: WorkCalendar | None = None,
    with_provisional: bool = False,
    on_missing: Missing | str = Missing.KEEP,
) -> Any:
    """Working days in ``(start, end]`` for each row of ``starts`` and ``ends``; negative
    when the end is before the start.  A row missing either day counts nothing: ``None``
    in its row (the column is then of objects, as :func:`day_kind_many`'), or refused with
    ``on_missing="raise"``.  ``with_provisional=True`` returns a dict of ``workdays`` and
    ``provisional`` (whether the days from start to end meet a year whose arrangement is
    not published, docs/rules.md §1, R-PER-01; ``False`` where a day is missing), as
    :func:`add_workdays_many` does, with no warning besides the flags.

    >>> import numpy as np
    >>> workdays_between_many(
    ...     np.array(["2025-09-30"], dtype="datetime64[D]"),
    ...     np.array(["2025-10-11"], dtype="datetime64[D]"),
    ... )
    array([3])
    >>> import datetime as dt
    >>> workdays_between_many([dt.date(2025, 9, 30), None], [dt.date(2025, 10, 11)] * 2)
    [3, None]
    """
    option = _missing_option(on_missing)
    flagged = require_bool("with_provisional", with_provisional)
    with rows_by_label(starts, starts=starts, ends=ends):
        if not flagged:
            return _workdays_between(starts, ends, calendar, option)
        with asking_provisional():  # the answer is the flag: no warning besides it
            return _workdays_between(starts, ends, calendar, option, flagged=True)


def _workdays_between(
    starts: Any, ends: Any, calendar: WorkCalendar | None, missing: Missing, flagged: bool = False
) -> Any:
    cal = calendar_or_china(calendar)
    a, wrap = _as_days(starts, "starts")
    b, _ = _as_days(ends, "ends")
    if a.shape != b.shape:
        raise InvalidInput.for_argument("ends", b.shape, f"must have the shape of starts {a.shape}")
    _refuse_if_asked(a, missing, "starts", starts)
    _refuse_if_asked(b, missing, "ends", ends)
    if not len(a):
        counted = wrap(np.zeros(0, dtype=np.int64))
        if not flagged:
            return counted
        return {"workdays": counted, "provisional": _like(starts)(np.zeros(0, bool), "provisional")}
    either = np.where(b == _NAT, _NAT, a)  # a row missing either day

    def count(rows: Any) -> NDArray[np.int64]:
        first, last = a[rows], b[rows]
        if not len(first):  # every row missing
            return np.zeros(0, dtype=np.int64)
        span = _span_of(cal, first, last, argument=("starts", "ends"))
        ix = span.days()
        _touch(cal, span)
        counted: NDArray[np.int64] = ix.count[last - ix.first + 1] - ix.count[first - ix.first + 1]
        return counted

    counted = wrap(_rows_present(either, count, None, object), "int64")
    if not flagged:
        return counted
    flags = _unpublished_between(cal, a, b)
    return {
        "workdays": _named(counted, "workdays"),
        "provisional": _like(starts)(flags, "provisional"),
    }


def _touch(calendar: WorkCalendar, span: _Span) -> None:
    """Let the calendar instance warn (or refuse) for the provisional years an answer
    examined, as the scalar path would: the tables are cached by configuration only."""
    for year in range(span.lo, span.hi + 1):
        if not calendar.is_published(year):
            calendar.is_workday(_dt.date(year, 1, 1))


# --------------------------------------------------------------------------- instants


def _as_instants(
    value: Any, calendar: WorkCalendar
) -> tuple[NDArray[np.int64], Callable[[NDArray[np.int64]], Any]]:
    """UTC epoch microseconds of a column of aware instants (NaT where missing), and the
    wrapper for results."""
    series = series_type()
    zone = calendar.zone
    us: NDArray[np.int64]
    if series is not None and isinstance(value, series):
        index, name = value.index, value.name
        us = _series_us(value, "starts", zone)

        def wrap(result: NDArray[np.int64]) -> Any:
            pandas: Any = sys.modules["pandas"]
            utc = pandas.DatetimeIndex(result.view("datetime64[us]")).tz_localize(UTC)
            return series(utc.tz_convert(str(zone)), index=index, name=name)

    elif isinstance(value, (list, tuple)):
        us = objects_us(value, "starts")
        container = tuple if isinstance(value, tuple) else list

        def wrap(result: NDArray[np.int64]) -> Any:
            return container(None if u == _NAT else from_us(u, zone) for u in result.tolist())

    elif isinstance(value, np.ndarray):  # aware objects (a datetime64 array refused: no zone)
        us, wrap = numpy_us(value, "starts", zone)  # type: ignore[assignment]  # an array
    elif is_arrow(value):
        us = arrow_us(value, "starts", zone)
        chunked = not isinstance(value, sys.modules["pyarrow"].Array)

        def wrap(result: NDArray[np.int64]) -> Any:
            return to_arrow(result, zone, chunked)

    else:
        raise InvalidType.for_argument(
            "starts",
            value,
            "must be a pandas Series with a time zone, a pyarrow timestamp array with one, "
            "a numpy object array of aware datetimes or a list of them, not "
            f"{a_type_name(value)}",
        )
    return us, wrap


def _series_us(value: Any, argument: str, zone: _dt.tzinfo) -> NDArray[np.int64]:
    """UTC microseconds of a Series of aware instants (NaT stays): one with a time zone
    (pyarrow-backed too), or of aware ``datetime`` objects in any zones; a naive column is
    refused, saying how to localise it."""
    dtype = value.dtype
    tz = getattr(dtype, "tz", None)
    # pandas.ArrowDtype (pyarrow is installed then): its zone, converted to pandas' own
    arrow_tz = getattr(getattr(dtype, "pyarrow_dtype", None), "tz", None)
    if tz is None and arrow_tz is not None:  # its int64 buffer read directly, not converted
        return arrow_us(value.array.__arrow_array__(), argument, zone)
    if tz is not None:
        us: NDArray[np.int64] = value.array.as_unit("us").asi8  # UTC, whatever the zone
        return us
    if dtype.kind == "O":  # aware datetime objects, each checked (naive refused by its row)
        return objects_us(value.tolist(), argument)
    problem = (
        f"must hold aware instants, not naive ones ({dtype}): localise the column, "
        f"{argument}.dt.tz_localize('{zone}') for wall times of that zone or "
        ".dt.tz_localize('UTC') for UTC instants"
    )
    raise InvalidInput.for_argument(argument, dtype, problem)


@overload
def deadline_many(
    starts: Any,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    with_provisional: Literal[False] = ...,
    on_missing: Missing | str = ...,
) -> Any: ...
@overload
def deadline_many(
    starts: Any,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    with_provisional: Literal[True],
    on_missing: Missing | str = ...,
) -> dict[str, Any]: ...
@overload
def deadline_many(
    starts: Any,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    with_provisional: bool,
    on_missing: Missing | str = ...,
) -> Any: ...
@fitted_call
def deadline_many(
    starts: Any,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = None,
    cutoff: Cutoff | str = Cutoff.CLOSE_OF_BUSINESS,
    convention: Convention | str = Convention.CIVIL_CODE,
    roll: Roll | str = Roll.FOLLOWING,
    with_provisional: bool = False,
    on_missing: Missing | str = Missing.KEEP,
) -> Any:
    """When ``period`` counted from each start ends: :func:`custops.periods.deadline` per row,
    with its options (``cutoff``, ``convention``, ``roll_many``: where a last day that is a rest
    day moves).

    ``with_provisional=True`` counts once and returns a dict of two columns in the
    container of ``starts``: ``due_at`` (these deadlines) and ``provisional`` (what
    :func:`provisional_many` says of them), ready for ``pandas.DataFrame`` or
    ``DataFrame.assign``; as there, the flags are the answer and no
    :class:`~custops.errors.ProvisionalCalendarWarning` comes besides them.

    ``starts`` may also be a pyarrow ``Array`` or ``ChunkedArray`` of zoned timestamps,
    read from its int64 values (the answer is one of the same kind).  A missing start
    (``None``, ``NaT``, a float ``NaN``, a null) gives a missing due time in its row with
    ``on_missing="keep"`` (the default), and is refused naming its row with
    ``on_missing="raise"``.

    >>> import pandas as pd
    >>> starts = pd.Series(pd.to_datetime(["2025-09-30 16:00", "2026-02-13 10:00", None]))
    >>> due = deadline_many(starts.dt.tz_localize("Asia/Shanghai"), "1个工作日")
    >>> [str(t) for t in due]
    ['2025-10-09 18:00:00+08:00', '2026-02-14 18:00:00+08:00', 'NaT']
    """
    flagged = require_bool("with_provisional", with_provisional)
    return _deadline_columns(
        starts, period, calendar, cutoff, convention, roll, on_missing, due=True, flags=flagged
    )


def _deadline_columns(
    starts: Any,
    period: Period | str,
    calendar: WorkCalendar | None,
    cutoff: Cutoff | str,
    convention: Convention | str,
    roll: Roll | str,
    on_missing: Missing | str,
    *,
    due: bool,
    flags: bool,
) -> Any:
    """The one count behind :func:`deadline_many` and :func:`provisional_many`: the deadline
    column alone (``flags`` false), the provisional column alone (``due`` false), or both
    as a dict; a provisional column asked for silences the warning (it is the answer)."""
    cal = calendar_or_china(calendar)
    p = Period.parse(period, argument="period")
    ends = Cutoff.parse(cutoff, argument="cutoff")
    counting = Convention.parse(convention, argument="convention")
    rolling = Roll.parse(roll, argument="roll")
    option = _missing_option(on_missing)
    with rows_by_label(starts, starts=starts):
        us, wrap = _as_instants(starts, cal)
        _refuse_if_asked(us, option, "starts", starts)
        if not flags:
            return wrap(_due_us(us, starts, period, p, cal, ends, counting, rolling))
        provisional = np.zeros(len(us), dtype=bool)
        rows = us != _NAT
        counted = not p.unit.is_wall_clock and bool(rows.any())
        due_us = us
        if due or counted:
            with asking_provisional():  # the answer is the flag: no warning besides it
                due_us = _due_us(us, starts, period, p, cal, ends, counting, rolling)
        if counted:
            provisional[rows] = _counted_through_unpublished(us[rows], due_us[rows], cal)
        flag_column = _like(starts)(provisional, "provisional")
        if not due:
            return flag_column
        return {"due_at": _named(wrap(due_us), "due_at"), "provisional": flag_column}


def _due_us(
    us: NDArray[np.int64],
    starts: Any,
    period: Any,
    p: Period,
    cal: WorkCalendar,
    cutoff: Cutoff,
    convention: Convention,
    roll: Roll,
) -> NDArray[np.int64]:
    """The deadlines of the starts ``us`` (UTC microseconds, NaT where missing) as UTC
    microseconds; a refusal shows the caller's ``starts`` item or ``period``."""
    try:
        return _rows_present(
            us, lambda rows: _deadlines(us[rows], p, cal, cutoff, convention, roll=roll)
        )
    except InvalidInput as exc:
        raise _as_given(exc, starts, period) from None


@fitted_call
def provisional_many(
    starts: Any,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = None,
    cutoff: Cutoff | str = Cutoff.CLOSE_OF_BUSINESS,
    convention: Convention | str = Convention.CIVIL_CODE,
    roll: Roll | str = Roll.FOLLOWING,
    on_missing: Missing | str = Missing.KEEP,
) -> Any:
    """Which rows of :func:`deadline_many` (same arguments) are provisional: counted through a
    year whose holiday arrangement is not published for ``calendar``, answered from the
    statutory holidays (docs/rules.md §1, R-PER-01; R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13),
    exactly ``deadline(..., explain=True).provisional`` per row.  Minutes and hours are
    elapsed time and never provisional (R-SLA-05); a missing start is not (``False``).  A
    ``bool`` column in the container of ``starts`` (a Series keeps its index).  Asking gives
    no :class:`~custops.errors.ProvisionalCalendarWarning`: the answer is the flag.  To have
    the deadlines too, ask ``deadline_many(..., with_provisional=True)``: one count gives both.

    >>> import pandas as pd
    >>> starts = pd.Series(pd.to_datetime(["2026-12-01 10:00", "2026-12-30 10:00"]))
    >>> provisional_many(starts.dt.tz_localize("Asia/Shanghai"), "3个工作日").tolist()
    [False, True]
    """
    return _deadline_columns(
        starts, period, calendar, cutoff, convention, roll, on_missing, due=False, flags=True
    )


def _counted_through_unpublished(
    us: NDArray[np.int64], due: NDArray[np.int64], cal: WorkCalendar
) -> NDArray[np.bool_]:
    """Whether each count from ``us`` to ``due`` (UTC microseconds, none missing) ran
    through a year without a published arrangement: from the start's local day to the last
    day counted (the day before a due time at 24:00), as the scalar explanation says.

    A local day is within a day of its UTC day, so only the rows whose UTC span, two days
    wider on each side, meets such a year are read in local days."""
    flags = np.zeros(len(us), dtype=bool)
    low, high = np.minimum(us, due), np.maximum(us, due)
    margin = 2 * DAY_US
    edge_years = _year_of(np.array([low.min() - margin, high.max() + margin]) // DAY_US)
    years = cal.supported_years
    span = range(max(int(edge_years[0]), years.start), min(int(edge_years[1]), years.stop - 1) + 1)
    near = np.zeros(len(us), dtype=bool)
    for year in span:
        if not cal.is_published(year):
            first, last = year_ordinals(year, year)
            begins, ends = ((o - EPOCH_ORDINAL) * DAY_US for o in (first, last + 1))
            near |= (high + margin >= begins) & (low - margin < ends)
    rows = np.flatnonzero(near)
    if len(rows):
        flags[rows] = _through_unpublished(us[rows], due[rows], cal)
    return flags


def _through_unpublished(
    us: NDArray[np.int64], due: NDArray[np.int64], cal: WorkCalendar
) -> NDArray[np.bool_]:
    """:func:`_counted_through_unpublished` of every row, in local days."""
    first = _local_days(us, cal)
    # a due time after the start that falls at local midnight ends the day before
    last = _local_days(due - (due > us), cal)
    lo = _year_of(np.minimum(first, last))
    hi = _year_of(np.maximum(first, last))
    years = cal.supported_years
    lo_year, hi_year = int(lo.min()), int(hi.max())
    span = range(max(lo_year, years.start), min(hi_year, years.stop - 1) + 1)
    unpublished = np.array([not cal.is_published(y) for y in span], dtype=np.int64)
    # before[i]: unpublished years before lo_year + i
    before = np.zeros(hi_year - lo_year + 2, dtype=np.int64)
    before[span.start - lo_year + 1 : span.stop - lo_year + 1] = np.cumsum(unpublished)
    before[span.stop - lo_year + 1 :] = before[span.stop - lo_year]
    flags: NDArray[np.bool_] = before[hi - lo_year + 1] > before[lo - lo_year]
    return flags


def _as_given(exc: InvalidInput, starts: Any, period: Any) -> CustopsError:
    """``exc`` showing the caller's own value: the item of ``starts`` at the row
    ``starts[i]`` it names, or ``period`` as given; any other ``exc`` itself."""
    name, bracket, index = (exc.argument or "").partition("[")
    if name == "starts" and bracket and index.removesuffix("]").isdigit():
        value = _item(starts, int(index.removesuffix("]")))
    elif exc.argument == "period":
        value = period
    else:
        return exc
    return InvalidInput.for_argument(exc.argument or "", value, exc.problem or "")


def _deadlines(
    us: NDArray[np.int64],
    p: Period,
    cal: WorkCalendar,
    cutoff: Cutoff,
    convention: Convention,
    *,
    roll: Roll = Roll.FOLLOWING,
    given_period: bool = True,
) -> NDArray[np.int64]:
    """:func:`deadline_many` of UTC microseconds ``us`` (none missing), as UTC microseconds.

    A row the calendar cannot answer is refused as ``starts[i]``, and so is a row the
    period cannot be counted from (past the calendar's last year), the period named in the
    problem: the caller's ``period`` (``given_period``) or a target's own period."""
    if not len(us):
        return us + 0

    def scalar(u: int) -> int:
        start = from_us(u, cal.zone)
        due = deadline(start, p, calendar=cal, cutoff=cutoff, convention=convention, roll=roll)
        assert isinstance(due, _dt.datetime)
        return _to_us(due)

    def row(r: int) -> int:
        """The scalar deadline of row ``r``; a refusal of its start names ``starts[r]``."""
        try:
            return scalar(int(us[r]))
        except InvalidInput as exc:
            if exc.argument == "start":
                problem = exc.problem or ""
            elif exc.argument == "period":  # counting from this row's start leaves the years
                whose = "period" if given_period else "the target's period"
                problem = f"{whose} {p} {exc.problem}"
            else:
                raise
            raise InvalidInput.for_argument(f"starts[{r}]", None, problem) from None

    row(0)  # checks the options once, naming them on error
    try:
        return _deadlines_checked(us, p, cal, convention, scalar)
    except InvalidInput:
        # a row past the calendar's years: the first one outside them, else the latest
        # start (counting goes forward), refused as the scalar refuses it
        years = cal.supported_years
        local = _year_of(_local_days(us, cal))
        outside = np.flatnonzero((local < years.start) | (local >= years.stop))
        for r in (*outside[:1].tolist(), int(np.argmax(us)), int(np.argmin(us))):
            row(r)
        raise


def _deadlines_checked(
    us: NDArray[np.int64],
    p: Period,
    cal: WorkCalendar,
    convention: Convention,
    scalar: Callable[[int], int],
) -> NDArray[np.int64]:
    """:func:`_deadlines` once the options are checked, ``scalar`` the deadline of one
    instant (UTC microseconds)."""
    unit = p.unit.value
    if p.unit.is_wall_clock:
        return us + p.as_timedelta() // US
    if p.count == 0:
        unique, inverse = np.unique(us, return_inverse=True)
        computed = np.array([scalar(u) for u in unique.tolist()], dtype=np.int64)
        return computed[inverse.reshape(-1)]
    working_time = unit == "workdays" and convention is Convention.WORKING_TIME
    if unit == "working_hours" or working_time:
        # n working days under convention="working_time" are n × a full working day's
        # business time (the makeup weekday's), counted as working hours are (R-PER-02)
        hours = cal.business_hours
        day_us = DAY_US if hours is None else hours.day_length(hours.makeup_weekday) // US
        budget = day_us * p.count if working_time else p.as_timedelta() // US
        years = _year_of(_local_days(us, cal))
        business = _Business(cal, int(years.min()), int(years.max()))
        due_us = business.at(business.pos(us, "period") + budget)
        _touch(cal, business.span)  # the years of the starts and of the answers
        return due_us
    lo, rel, present = _distinct(_local_days(us, cal))
    due = np.zeros(present[-1] + 1, dtype=np.int64)
    for i in present:
        d = _dt.date.fromordinal(lo + i + EPOCH_ORDINAL)
        due[i] = scalar(_to_us(_dt.datetime.combine(d, NOON, cal.zone)))
    out: NDArray[np.int64] = due[rel]
    return out


@functools.lru_cache(maxsize=64)
def _intervals(
    calendar: WorkCalendar, lo: int, hi: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Every business interval of the years ``lo..hi``: UTC starts, ends, business before."""
    first, last = year_ordinals(lo, hi)
    ix = day_index(calendar, first, last, argument="starts", value=lo)
    pairs = [i for o in range(first, last + 1) for i in utc_intervals(calendar, ix, o)]
    s, e = np.array(pairs, dtype=np.int64).reshape(-1, 2).T.copy()
    return s, e, np.cumsum(e - s) - (e - s)  # business time before each interval


# --------------------------------------------------------------------------- SLA clocks


class _Business:
    """Business time as positions: µs of business time since the first interval of a span."""

    def __init__(self, calendar: WorkCalendar, lo: int, hi: int) -> None:
        self.span = _Span(calendar, lo, hi, "starts")
        self._load()

    def _load(self) -> None:
        self.s, self.e, self.before = _intervals(self.span.calendar, self.span.lo, self.span.hi)
        self.ends_before = self.before + (self.e - self.s)

    def pos(self, t: NDArray[np.int64], argument: str = "at") -> NDArray[np.int64]:
        # past the last interval of the span's last year: a later year's intervals are
        # needed only for an instant in a later year
        while len(self.s) == 0 or (
            int(t.max()) > int(self.e[-1])
            and from_us(int(t.max()), self.span.calendar.zone).year > self.span.hi
        ):
            self.span.grow(True, argument, from_us(int(t.max()), self.span.calendar.zone))
            self._load()
        i = np.searchsorted(self.s, t, side="right") - 1
        k = np.clip(i, 0, None)
        inside = np.clip(t - self.s[k], 0, (self.e - self.s)[k])
        out: NDArray[np.int64] = np.where(i >= 0, self.before[k] + inside, 0)
        return out

    def at(self, p: NDArray[np.int64]) -> NDArray[np.int64]:
        while len(self.s) == 0 or int(p.max()) > int(self.ends_before[-1]):
            self.span.grow(True, "period", self.span.hi + 1)
            self._load()
        j = np.searchsorted(self.ends_before, p, side="left")
        out: NDArray[np.int64] = self.s[j] + (p - self.before[j])
        return out


@fitted_call
def status_many(
    starts: Any,
    target: Target,
    *,
    at: _dt.datetime,
    stopped_at: Any = None,
    pauses: tuple[Any, Any, Any] | None = None,
    special: bool = False,
    promised: Period | str | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """Due time and state at ``at`` of many single-cycle clocks of one target, as columns.

    For every row what ``Clock(target, events, calendar=...).status(at=at)`` says
    (R-SLA-01 … R-SLA-12), a ``cutoff="midnight"`` target's due times at 24:00 of their
    day as there (R-PER-01).  ``starts`` and ``stopped_at`` (NaT or ``None``: still open) are
    instants as in :func:`deadline_many`, ``at`` is one instant, and ``pauses`` is a long
    table ``(clock, pause_starts, pause_ends)``: the clock's row number, when the pause
    began and when it ended (NaT: still paused).  Each row is read as the scalar clock's
    events: the start, its pauses in time order, its stop.  Events after ``at`` do not
    count, but a table the scalar :class:`~custops.sla.Clock` refuses is refused with
    :class:`~custops.errors.InvalidInput` naming the column and the row (docs/vector.md).

    Returns a dict of four columns of the container ``starts`` is (a Series with its
    index, a list, a tuple or a pyarrow array): ``due_at`` (instants, as
    :func:`deadline_many` gives them), ``state`` (the :class:`custops.sla.State` keys),
    ``elapsed`` and ``allowance`` (durations: ``timedelta64[us]``, or
    ``datetime.timedelta`` in a list); and ``measure``, one str for all rows: the
    :class:`custops.sla.Measure` key of the target's period (``"working"`` or ``"wall"``).
    A row refused is named by its position, and by its label too when ``starts`` is a
    Series with labels (``stopped_at[label 'T2'] (position 1)``).
    """
    with rows_by_label(starts, starts=starts, stopped_at=stopped_at):
        return _clock_statuses(
            starts,
            target,
            at=at,
            stopped_at=stopped_at,
            pauses=pauses,
            special=special,
            promised=promised,
            calendar=calendar,
        )


def _clock_statuses(
    starts: Any,
    target: Target,
    *,
    at: _dt.datetime,
    stopped_at: Any,
    pauses: tuple[Any, Any, Any] | None,
    special: bool,
    promised: Period | str | None,
    calendar: WorkCalendar | None,
) -> dict[str, Any]:
    cal = calendar_or_china(calendar)
    require_type("target", target, Target, "a custops.sla.Target")
    if target.calendar_days:  # 24:00 of a calendar day (R-SLA-04): the scalar Clock counts it
        problem = "counts calendar days to 24:00 (calendar_days=True); use custops.sla.Clock"
        raise InvalidInput.for_argument("target", target.name, problem)
    # the period the scalar clock takes, refused as it refuses it (R-SLA-09, R-SLA-12)
    period = target.period_for(special=special, promised=promised)
    midnight = ends_at_midnight(target, period)  # cutoff="midnight": the day ends at 24:00
    wall = period.unit.is_wall_clock
    us, wrap = _as_instants(starts, cal)
    _refuse_missing(us, "starts", "is missing: a clock needs its start", starts)
    moment = _one_instant(at, cal, wall)
    stop = _optional_column(stopped_at, len(us), "stopped_at", cal.zone)
    given = (stopped_at, *(pauses[1:] if isinstance(pauses, tuple) else (None, None)))
    table = _check_events(
        us,
        stop,
        _pause_columns(pauses, len(us), cal.zone),
        moment,
        at,
        cal.zone,
        given,
        row_labels(starts),
    )
    none = np.zeros(0, dtype=np.int64)
    try:
        due, state, elapsed, allowance = (
            _replay(us, stop, table, moment, period, cal, wall, midnight=midnight)
            if len(us)
            else (none, none.astype(object), none, none)
        )
    except InvalidInput as exc:
        raise _as_given(exc, starts, promised) from None
    one = np.timedelta64(1, "us")
    column = _like(starts)
    return {
        "due_at": _named(wrap(due), "due_at"),
        "state": column(state, "state"),
        "elapsed": column(elapsed * one, "elapsed"),
        "allowance": column(allowance * one, "allowance"),
        "measure": (Measure.WALL if wall else Measure.WORKING).value,
    }


def _named(column: Any, name: str) -> Any:
    """``column`` named ``name`` if it is a Series, else ``column`` itself."""
    series = series_type()
    return column.rename(name) if series is not None and isinstance(column, series) else column


def _like(given: Any) -> Callable[[NDArray[Any], str], Any]:
    """A function giving a result column (a numpy array) in the container of ``given``:
    a Series with its index (and the column's name), a list, a tuple, a pyarrow ``Array``
    or ``ChunkedArray``, or the array."""
    series = series_type()
    if series is not None and isinstance(given, series):
        index = given.index
        return lambda values, name: series(values, index=index, name=name)
    if isinstance(given, (list, tuple)):
        container = type(given) if type(given) in (list, tuple) else list
        return lambda values, name: container(values.tolist())
    if is_arrow(given):
        pa: Any = sys.modules["pyarrow"]
        chunked = isinstance(given, pa.ChunkedArray)

        def arrow(values: NDArray[Any], name: str) -> Any:
            # a column of keys is of strings even with no row (an empty column)
            out = pa.array(values, type=pa.string() if values.dtype == object else None)
            return pa.chunked_array([out], type=out.type) if chunked else out

        return arrow
    return lambda values, name: values


def _replay(
    us: NDArray[np.int64],
    stop: NDArray[np.int64],
    table: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]],
    moment: int,
    period: Period,
    cal: WorkCalendar,
    wall: bool,
    *,
    midnight: bool = False,
) -> tuple[NDArray[np.int64], NDArray[Any], NDArray[np.int64], NDArray[np.int64]]:
    """:func:`status_many` of checked, non-empty columns: due (µs), state, elapsed and
    allowance (µs), one segment of running time between pauses at a time.  With
    ``midnight`` (a ``cutoff="midnight"`` target) the allowance runs out at the close of
    business, as the scalar clock counts it, and a due time ends at 24:00 of its day."""
    n = len(us)
    close_due = _deadlines(
        us, period, cal, Cutoff.CLOSE_OF_BUSINESS, Convention.CIVIL_CODE, given_period=False
    )
    base_due = _day_ends(close_due, cal) if midnight else close_due
    lo_year = int(_year_of(_local_days(us, cal)).min())
    # wall time reads no calendar: the years it touches are those of the starts
    hi_year = int(_year_of(_local_days(us if wall else np.append(close_due, moment), cal)).max())
    business = None if wall else _Business(cal, lo_year, hi_year)

    # Every instant is turned into a position on the target's time line once: business
    # time for a working measure, the instant itself for wall time.
    def pos(t: NDArray[np.int64]) -> NDArray[np.int64]:
        return t if business is None else business.pos(t)

    def inv(p: NDArray[np.int64]) -> NDArray[np.int64]:
        return p if business is None else business.at(p)

    pos_us = pos(us)
    if wall or period.unit.value == "working_hours":
        allowed = np.full(n, period.as_timedelta() // US)
    else:
        allowed = pos(close_due) - pos_us
    # pauses: (n, k + 1) arrays of the pauses begun by `at`, in order, padded with NaT
    p0, p1 = _pause_table(table, n, moment)
    stopped = (stop != _NAT) & (stop <= moment)
    end = np.where(stopped, stop, moment)
    pos_end = pos(end)
    inf = np.iinfo(np.int64).max
    consumed = np.zeros(n, dtype=np.int64)
    due = np.full(n, _NAT, dtype=np.int64)
    has_due = np.zeros(n, dtype=bool)
    running = np.ones(n, dtype=bool)  # a running segment starts at `a` (position `pa`)
    a = us
    pa = pos_us
    paused_now = np.zeros(n, dtype=bool)
    for i in range(p0.shape[1]):
        has_pause = p0[:, i] != _NAT
        b = np.where(has_pause, p0[:, i], np.where(stopped, stop, inf))
        open_end = b == inf
        pb = np.where(open_end, pos_end, pos(np.where(open_end, us, b)))
        span = np.where(running, pb - pa, 0)
        # The due time falls in this segment when the allowance left fits in it (in the
        # first segment that is the unpaused deadline itself).
        need = allowed - consumed
        fits = running & ~has_due & (open_end | (need <= span))
        if fits.any():
            adv = np.where(need <= 0, a, inv(pa + np.where(fits, np.maximum(need, 0), 0)))
            candidate = np.maximum(adv, base_due)
            take = fits & (open_end | (candidate <= b))
            due = np.where(take, candidate, due)
            has_due |= take
        consumed = consumed + span
        resumed = has_pause & (p1[:, i] != _NAT)
        paused_now |= running & has_pause & ~resumed
        running = running & resumed
        if running.any():
            a = np.where(resumed, p1[:, i], a)
            pa = np.where(resumed, pos(np.where(resumed, p1[:, i], us)), pa)
    fill = ~has_due & (p0[:, 0] == _NAT)  # never paused: the unpaused deadline
    due = np.where(fill, base_due, due)
    has_due |= fill
    rest = ~has_due
    if rest.any():
        need = allowed - consumed
        adv = np.where(need <= 0, end, inv(pos_end + np.where(rest, np.maximum(need, 0), 0)))
        due = np.where(rest, np.maximum(adv, base_due), due)
    if midnight:  # a due time a pause moved on ends at 24:00 of its day too
        due = np.where(due > base_due, _day_ends(due, cal), due)
    state = np.where(
        stopped,
        np.where(stop <= due, "met", "breached"),
        np.where(moment > due, "breached", np.where(paused_now, "paused", "running")),
    ).astype(object)
    if not wall:  # a pause may push a due time on
        hi_year = max(hi_year, from_us(int(due.max()), cal.zone).year)
    _touch(cal, _Span(cal, lo_year, hi_year, "at"))
    return due, state, consumed, allowed


def _day_ends(us: NDArray[np.int64], cal: WorkCalendar) -> NDArray[np.int64]:
    """24:00 of the local day of each instant ``us`` (UTC microseconds, none missing), as
    :func:`custops.sla._targets.day_end` gives it: an instant at local midnight stays."""
    days = _local_days(us, cal)
    starts = wall_to_us(days * DAY_US, cal.zone)
    ends: NDArray[np.int64] = np.where(us == starts, us, wall_to_us((days + 1) * DAY_US, cal.zone))
    return ends


def _one_instant(value: Any, calendar: WorkCalendar, wall: bool) -> int:
    """``at`` of :func:`status_many` as UTC microseconds: any instant for a wall-clock
    target, as the scalar clock reads it; in the calendar's years for working time."""
    with in_date_range("at", value):
        local = calendar.to_local(require_aware("at", value))
        us = _to_us(value)
    years = calendar.supported_years
    if not wall and local.year not in years:
        problem = (
            f"must lie in the years {years.start}-{years.stop - 1} the "
            f"{calendar.country} calendar supports"
        )
        raise InvalidInput.for_argument("at", value, problem)
    return us


def _optional_column(value: Any, n: int, argument: str, zone: _dt.tzinfo) -> Any:
    if value is None:
        return np.full(n, _NAT, dtype=np.int64)
    if isinstance(value, (list, tuple)):
        if len(value) != n:
            raise InvalidInput.for_argument(argument, len(value), f"must have {n} rows")
        return objects_us(value, argument)
    series = series_type()
    if series is not None and isinstance(value, series):
        out = _series_us(value, argument, zone).copy()
    elif isinstance(value, np.ndarray):  # aware objects (a datetime64 array refused: no zone)
        out = numpy_us(value, argument, zone)[0]
    elif is_arrow(value):  # an arrow column of zoned timestamps, read as starts are
        out = arrow_us(value, argument, zone)
    else:
        problem = f"must be a column of instants, not {a_type_name(value)}"
        raise InvalidType.for_argument(argument, value, problem)
    if len(out) != n:
        raise InvalidInput.for_argument(argument, len(out), f"must have {n} rows")
    return out


def _pause_columns(
    pauses: tuple[Any, Any, Any] | None, n: int, zone: _dt.tzinfo
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """The pause table as int64 columns ``(clock, pause starts, pause ends)``, NaT ends open."""
    if pauses is None:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    if not isinstance(pauses, tuple) or len(pauses) != 3:
        raise InvalidType.for_argument(
            "pauses", pauses, "must be a tuple (clock, pause_starts, pause_ends)"
        )
    clock = np.asarray(pauses[0])
    if clock.dtype.kind not in "iu":
        raise InvalidType.for_argument("pauses", clock.dtype, "clock must be row numbers")
    _one_column(clock, "pauses")
    m = len(clock)
    p0 = _optional_column(pauses[1], m, "pauses", zone)
    p1 = _optional_column(pauses[2], m, "pauses", zone)
    if (bad := _first((clock < 0) | (clock >= n))) is not None:
        problem = f"the clock of row {bad} must be in 0..{n - 1}"
        raise InvalidInput.for_argument("pauses", int(clock[bad]), problem)
    if (bad := _first(p0 == _NAT)) is not None:
        raise InvalidInput.for_argument("pauses", None, f"the pause in row {bad} has no start")
    return clock.astype(np.int64), p0, p1


def _check_events(
    us: NDArray[np.int64],
    stop: NDArray[np.int64],
    table: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]],
    moment: int,
    at: _dt.datetime,
    zone: _dt.tzinfo,
    given: tuple[Any, Any, Any],
    labels: Any = None,
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Refuse the event tables :class:`~custops.sla.Clock` refuses, naming the first
    offending row (no event before the start or the one before it, no pause while paused,
    nothing after the stop, ``at`` not before a start) and showing its instant as given
    (``given``: the stops, the pause starts and the pause ends as the caller passed them);
    return the pauses sorted.  A clock is named by its row of the starts, ``clock 1``,
    and by its label too when ``labels`` (a Series' index, :func:`row_labels`) are given:
    ``clock label 11 (position 1)``."""
    clock, p0, p1 = table

    def clock_of(row: int) -> str:
        if labels is None:
            return f"clock {row}"
        return "clock " + row_name("", labels, row).removeprefix("[").replace("] (", " (", 1)

    def show(u: int) -> str:
        return from_us(u, zone).isoformat(sep=" ")

    def refuse(argument: str, column: int, row: int, problem: str) -> Exception:
        return InvalidInput.for_argument(argument, _item(given[column], row), problem)

    if (row := _first(us > moment)) is not None:
        problem = f"is before the start of {clock_of(row)} ({show(int(us[row]))})"
        raise InvalidInput.for_argument("at", at, problem)
    has_stop = stop != _NAT
    if (row := _first(has_stop & (stop < us))) is not None:
        start = show(int(us[row]))
        raise refuse(f"stopped_at[{row}]", 0, row, f"is before the clock's start ({start})")
    if not len(clock):
        return table
    if (j := _first(p0 < us[clock])) is not None:
        c = int(clock[j])
        problem = (
            f"the pause in row {j} begins before the start of {clock_of(c)} ({show(int(us[c]))})"
        )
        raise refuse("pauses", 1, j, problem)
    is_open = p1 == _NAT
    if (j := _first(~is_open & (p1 < p0))) is not None:
        problem = f"the pause in row {j} ends before it begins ({show(int(p0[j]))})"
        raise refuse("pauses", 2, j, problem)
    # Each clock's pauses in time order (an open pause last): every pause must begin at
    # or after the end of the one before, which must have ended.
    end_key = np.where(is_open, np.iinfo(np.int64).max, p1)
    order = _sorted_order(clock, p0, end_key)
    c_s, p0_s, p1_s, open_s = clock[order], p0[order], p1[order], is_open[order]
    same = c_s[1:] == c_s[:-1]
    after_open = same & open_s[:-1]
    overlap = same & ~open_s[:-1] & (p0_s[1:] < p1_s[:-1])
    bad = after_open | overlap
    if bad.any():
        k = np.flatnonzero(bad)
        k = k[np.argmin(order[k + 1])]  # the first offending row of the input
        j, prev, c = int(order[k + 1]), int(order[k]), int(c_s[k])
        if after_open[k]:
            why = f"while {clock_of(c)} is still paused (the pause in row {prev} has no end)"
        else:
            why = f"before the pause in row {prev} ({clock_of(c)}) ends ({show(int(p1_s[k]))})"
        raise refuse("pauses", 1, j, f"the pause in row {j} begins {why}")
    # The last event of each clock's pauses: the stop may not come before it.
    last = np.ones(len(c_s), dtype=bool)
    last[:-1] = ~same
    c_l = c_s[last]
    latest = np.where(open_s[last], p0_s[last], p1_s[last])
    bad = has_stop[c_l] & (stop[c_l] < latest)
    if bad.any():
        q = int(np.flatnonzero(bad)[np.argmin(c_l[bad])])
        row, j = int(c_l[q]), int(order[np.flatnonzero(last)[q]])
        event = "start" if open_s[last][q] else "end"
        problem = (
            f"is before the {event} of its pause in row {j} of pauses ({show(int(latest[q]))})"
        )
        raise refuse(f"stopped_at[{row}]", 0, row, problem)
    return c_s, p0_s, p1_s


def _sorted_order(*keys: NDArray[np.int64]) -> NDArray[np.intp]:
    """The order that sorts rows by ``keys`` (the first the most significant): a range
    when they are in order already (a table kept by clock and time), else a lexsort."""
    if len(keys[0]) > 1:
        ahead = np.zeros(len(keys[0]) - 1, dtype=bool)  # rows already after the one before
        tied = np.ones(len(keys[0]) - 1, dtype=bool)
        for key in keys:
            ahead |= tied & (key[1:] > key[:-1])
            tied &= key[1:] == key[:-1]
        if not (ahead | tied).all():
            return np.lexsort(keys[::-1])
    return np.arange(len(keys[0]))


def _pause_table(
    table: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]], n: int, moment: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Pause starts and ends begun by ``moment``, rows × (k + 1): NaT after a row's pauses.

    ``table`` is sorted by clock, then time (:func:`_check_events`).
    """
    clock, p0, p1 = table
    keep = p0 <= moment
    clock, p0, p1 = clock[keep], p0[keep], p1[keep]
    p1 = np.where((p1 != _NAT) & (p1 > moment), _NAT, p1)
    counts = np.bincount(clock, minlength=n) if len(clock) else np.zeros(n, dtype=np.int64)
    k = int(counts.max()) if n else 0
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    col = np.arange(len(clock)) - first[clock]
    a = np.full((n, k + 1), _NAT, dtype=np.int64)
    b = np.full((n, k + 1), _NAT, dtype=np.int64)
    a[clock, col] = p0
    b[clock, col] = p1
    return a, b
