"""Working-day arithmetic and deadlines over columns: numpy arrays and pandas Series.

``pip install 'custops[numpy]'``.  Every function gives, element by element, exactly what
the scalar API gives (:meth:`~custops.calendars.WorkCalendar.add_workdays`,
:func:`custops.periods.deadline`, …), 调休 and provisional years included, with a few
array look-ups per row.  Days are ``datetime64[D]`` arrays, Series of dates or lists of
``date``; instants are aware (a Series with a zone, a list of aware ``datetime``, or a
``datetime64`` array read as UTC).  Results come back in the input's kind of container:
a Series keeps its index (instants in the calendar's zone), an array stays an array
(instants in UTC), a list a list.

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> from custops import vector
>>> start = dt.datetime(2025, 9, 30, 16, tzinfo=ZoneInfo("Asia/Shanghai"))
>>> vector.deadlines([start], "3个工作日")
[datetime.datetime(2025, 10, 11, 18, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))]
"""

from __future__ import annotations

import datetime as _dt
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from custops._validate import require_bool, require_type, type_name
from custops.calendars import _KINDS, _WORKING_CODE, WorkCalendar, calendar_or_china
from custops.errors import InvalidInput, InvalidType
from custops.periods import Period, deadline

try:
    import numpy as np
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "custops.vector needs numpy; install it with: pip install 'custops[numpy]'"
    ) from exc

if TYPE_CHECKING:  # pragma: no cover
    from numpy.typing import NDArray

__all__ = [
    "add_workdays",
    "clock_statuses",
    "day_kinds",
    "deadlines",
    "is_workday",
    "roll_forward",
    "workdays_between",
]

_UTC = _dt.timezone.utc
_EPOCH_DAY = _dt.date(1970, 1, 1).toordinal()
_US_PER_DAY = 86_400_000_000
_NAT = int(np.iinfo(np.int64).min)
#: More working days than any supported range of years holds.
_MAX_N = 400 * 366


# --------------------------------------------------------------------------- the index


class _Days:
    """Day-level columns for a whole range of years (epoch days, inclusive)."""

    __slots__ = ("count", "first", "kinds", "last", "work", "workday")

    def __init__(self, first: int, kinds: NDArray[Any], workday: NDArray[np.bool_]) -> None:
        self.first = first
        self.last = first + len(workday) - 1
        self.kinds = kinds
        self.workday = workday
        # count[i]: working days in [first, first + i); work: their epoch days, ascending.
        self.count = np.concatenate(([0], np.cumsum(workday, dtype=np.int64)))
        self.work = np.flatnonzero(workday).astype(np.int64) + first


# The stable key and the working flag of each day-kind code of the scalar calendar's index.
_KEYS = np.array([kind.value for kind in _KINDS], dtype=object)
_WORKING = np.array(_WORKING_CODE, dtype=bool)


@functools.lru_cache(maxsize=64)
def _days(calendar: WorkCalendar, lo: int, hi: int) -> _Days:
    """The day tables of the years ``lo..hi``, read from the scalar calendar's own index."""
    first, last = _dt.date(lo, 1, 1).toordinal(), _dt.date(hi, 12, 31).toordinal()
    ix = calendar._index(first, last, "days", lo)
    codes = np.frombuffer(ix.kinds, dtype=np.uint8)[first - ix.first : last - ix.first + 1]
    return _Days(first - _EPOCH_DAY, _KEYS[codes], _WORKING[codes])


class _Span:
    """The years a computation has looked at, grown one year at a time as answers need."""

    def __init__(self, calendar: WorkCalendar, lo: int, hi: int, argument: str) -> None:
        self.calendar = calendar
        self.years = years = calendar.supported_years
        for year in (lo, hi):
            if year not in years:
                message = f"reaches a year outside the calendar's {years.start}–{years.stop - 1}"
                raise InvalidInput.for_argument(argument, year, message)
        self.lo = lo
        self.hi = hi
        self.lo_day = self.hi_day = 0  # the first and last epoch day of the input

    def days(self) -> _Days:
        return _days(self.calendar, self.lo, self.hi)

    def grow(self, forward: bool, argument: str) -> None:
        year = self.hi + 1 if forward else self.lo - 1
        if year not in self.years:
            bounds = f"{self.years.start}–{self.years.stop - 1}"
            message = f"leads past the calendar's last supported year ({bounds})"
            raise InvalidInput.for_argument(argument, year, message)
        if forward:
            self.hi = year
        else:
            self.lo = year


def _year_of(epoch_days: NDArray[np.int64]) -> NDArray[np.int64]:
    return epoch_days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


# --------------------------------------------------------------------------- conversions


def _as_days(value: Any, argument: str) -> tuple[NDArray[np.int64], Callable[[Any], Any]]:
    """Epoch days of a column of dates, and a function that wraps a result like the input."""
    wrap: Callable[[Any], Any] = _identity
    series = _series_type()
    if series is not None and isinstance(value, series):
        index, name = value.index, value.name
        if getattr(value.dtype, "tz", None) is not None:
            raise InvalidType.for_argument(
                argument, value.dtype, "must hold dates, not instants with a time zone"
            )
        arr = value.to_numpy()

        def wrap(result: Any) -> Any:
            return series(result, index=index, name=name)

    elif isinstance(value, (list, tuple)):
        for item in value:
            if type(item) is not _dt.date:
                raise InvalidType.for_argument(
                    argument, item, f"must hold dates, not a {type_name(item)}"
                )
        arr = np.array(value, dtype="datetime64[D]")
        wrap = _to_dates if not isinstance(value, tuple) else _to_date_tuple
    elif isinstance(value, np.ndarray):
        arr = value
    else:
        raise InvalidType.for_argument(
            argument,
            value,
            f"must be a numpy array, a pandas Series or a list of dates, not a {type_name(value)}",
        )
    if arr.dtype.kind != "M":
        raise InvalidType.for_argument(argument, arr.dtype, "must hold datetime64 days (or dates)")
    days = arr.astype("datetime64[D]", copy=False).view(np.int64)
    if len(days) and int(days.min()) == _NAT:
        raise InvalidInput.for_argument(argument, "NaT", "must not hold missing values")
    return days, wrap


def _identity(result: Any) -> Any:
    return result


def _to_dates(result: Any) -> Any:
    return result.astype(object).tolist() if result.dtype.kind == "M" else result.tolist()


def _to_date_tuple(result: Any) -> Any:
    return tuple(_to_dates(result))


def _series_type() -> Any:
    pandas = sys.modules.get("pandas")
    return None if pandas is None else pandas.Series


def _as_counts(value: Any, shape: tuple[int, ...]) -> NDArray[np.int64]:
    if isinstance(value, bool):
        raise InvalidType.for_argument("n", value, "must be an int, not a bool")
    series = _series_type()
    arr = value.to_numpy() if series is not None and isinstance(value, series) else value
    arr = np.asarray(arr)
    if arr.dtype.kind not in "iu":
        raise InvalidType.for_argument("n", value, "must be an int or an array of ints")
    if arr.shape != shape:
        raise InvalidInput.for_argument("n", arr.shape, f"must have the shape of the days {shape}")
    if arr.size and (int(arr.min()) < -_MAX_N or int(arr.max()) > _MAX_N):
        raise InvalidInput.for_argument(
            "n", int(arr.max()), f"leads past the calendar's years (at most {_MAX_N} working days)"
        )
    return arr.astype(np.int64)


def _span_of(calendar: WorkCalendar, *columns: NDArray[np.int64], argument: str) -> _Span:
    lo = min(int(c.min()) for c in columns)
    hi = max(int(c.max()) for c in columns)
    years = _year_of(np.array([lo, hi], dtype=np.int64))
    span = _Span(calendar, int(years[0]), int(years[1]), argument)
    span.lo_day, span.hi_day = lo, hi
    return span


# --------------------------------------------------------------------------- days


def is_workday(days: Any, *, calendar: WorkCalendar | None = None) -> Any:
    """Whether each day is a working day (调休 make-up days included).

    >>> import numpy as np
    >>> is_workday(np.array(["2025-10-08", "2025-10-11"], dtype="datetime64[D]"))
    array([False,  True])
    """
    return _day_column(days, calendar, "workday")


def day_kinds(days: Any, *, calendar: WorkCalendar | None = None) -> Any:
    """The day kind of each day, as its stable key (``DayKind(key)`` gives the member).

    >>> import numpy as np
    >>> day_kinds(np.array(["2025-10-01", "2025-10-11"], dtype="datetime64[D]")).tolist()
    ['holiday', 'makeup_workday']
    """
    return _day_column(days, calendar, "kinds")


def _day_column(days: Any, calendar: WorkCalendar | None, column: str) -> Any:
    """A per-day column of the day tables (``workday`` or ``kinds``) looked up for ``days``."""
    cal = calendar_or_china(calendar)
    o, wrap = _as_days(days, "days")
    if not len(o):
        return wrap(np.zeros(0, dtype=bool if column == "workday" else object))
    span = _span_of(cal, o, argument="days")
    ix = span.days()
    _touch(cal, span)
    return wrap(getattr(ix, column)[o - ix.first])


def add_workdays(days: Any, n: Any, *, calendar: WorkCalendar | None = None) -> Any:
    """The ``n``-th working day after each day (the day not counted; ``n < 0`` counts back).

    ``n`` is one int or an array of ints of the days' shape; ``n == 0`` gives the day
    itself, as :meth:`~custops.calendars.WorkCalendar.add_workdays` does.  Two array
    look-ups per row (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13 count working days so).

    >>> import numpy as np
    >>> add_workdays(np.array(["2025-09-30"], dtype="datetime64[D]"), np.array([1]))
    array(['2025-10-09'], dtype='datetime64[D]')
    """
    cal = calendar_or_china(calendar)
    o, wrap = _as_days(days, "days")
    scalar_n = isinstance(n, int) and not isinstance(n, bool)
    if scalar_n and not -_MAX_N <= n <= _MAX_N:
        raise InvalidInput.for_argument(
            "n", n, f"leads past the calendar's years (at most {_MAX_N} working days)"
        )
    k = np.zeros(0, dtype=np.int64) if scalar_n else _as_counts(n, o.shape)
    if not len(o):
        return wrap(o.view("datetime64[D]"))
    span = _span_of(cal, o, argument="days")
    while True:
        ix = span.days()
        if scalar_n:
            if n == 0:
                return wrap(o.view("datetime64[D]").copy())
            # One answer per day of the table, then one gather per row.
            step = 1 if n > 0 else 0
            j = ix.count[step : len(ix.workday) + step] + (n - step)
            lo_j, hi_j = int(j[span.lo_day - ix.first]), int(j[span.hi_day - ix.first])
        else:
            rel = (o - ix.first).astype(np.int32)
            step_col = (k > 0).view(np.int8)
            j = ix.count[rel + step_col] + (k - step_col)
            moving = None if k.all() else k != 0
            if moving is None:
                lo_j, hi_j = int(j.min()), int(j.max())
            elif moving.any():
                lo_j, hi_j = int(j[moving].min()), int(j[moving].max())
            else:
                lo_j = hi_j = 0
        if hi_j >= len(ix.work):
            span.grow(True, "n")
            continue
        if lo_j < 0:
            span.grow(False, "n")
            continue
        break
    if scalar_n:
        table = ix.work[np.clip(j, 0, len(ix.work) - 1)]
        result = table[o - ix.first]
    elif moving is None:
        result = ix.work[j]
    else:
        result = np.where(moving, ix.work[np.clip(j, 0, len(ix.work) - 1)], o)
    _touch(cal, span)
    return wrap(result.view("datetime64[D]"))


def roll_forward(days: Any, *, calendar: WorkCalendar | None = None) -> Any:
    """Each day if it is a working day, else the next one (Civil Code art. 203).

    >>> import numpy as np
    >>> roll_forward(np.array(["2025-10-01", "2025-10-09"], dtype="datetime64[D]"))
    array(['2025-10-09', '2025-10-09'], dtype='datetime64[D]')
    """
    cal = calendar_or_china(calendar)
    o, wrap = _as_days(days, "days")
    if not len(o):
        return wrap(o.astype("datetime64[D]"))
    span = _span_of(cal, o, argument="days")
    while True:
        ix = span.days()
        j = ix.count[o - ix.first + 1]
        rest = ~ix.workday[o - ix.first]
        if rest.any() and int(j[rest].max()) >= len(ix.work):
            span.grow(True, "days")
            continue
        break
    safe = np.clip(j, 0, max(len(ix.work) - 1, 0))
    result = np.where(rest, ix.work[safe] if len(ix.work) else o, o)
    _touch(cal, span)
    return wrap(result.view("datetime64[D]"))


def workdays_between(start: Any, end: Any, *, calendar: WorkCalendar | None = None) -> Any:
    """Working days in ``(start, end]`` for each pair; negative when ``end < start``.

    >>> import numpy as np
    >>> workdays_between(
    ...     np.array(["2025-09-30"], dtype="datetime64[D]"),
    ...     np.array(["2025-10-11"], dtype="datetime64[D]"),
    ... )
    array([3])
    """
    cal = calendar_or_china(calendar)
    a, wrap = _as_days(start, "start")
    b, _ = _as_days(end, "end")
    if a.shape != b.shape:
        raise InvalidInput.for_argument("end", b.shape, f"must have the shape of start {a.shape}")
    if not len(a):
        return wrap(np.zeros(0, dtype=np.int64))
    span = _span_of(cal, a, b, argument="start")
    ix = span.days()
    _touch(cal, span)
    return wrap(ix.count[b - ix.first + 1] - ix.count[a - ix.first + 1])


def _touch(calendar: WorkCalendar, span: _Span) -> None:
    """Let the calendar warn (or refuse) for the provisional years an answer examined.

    The day tables are cached by calendar *configuration*; the warning is the calendar
    instance's own (once per instance and year), so each call asks it about the
    unpublished years among those its days and results fall in, as the scalar path would.
    """
    for year in range(span.lo, span.hi + 1):
        if not calendar.is_published(year):
            calendar.is_workday(_dt.date(year, 1, 1))


# --------------------------------------------------------------------------- instants


def _as_instants(
    value: Any, calendar: WorkCalendar
) -> tuple[NDArray[np.int64], Callable[[NDArray[np.int64]], Any]]:
    """UTC epoch microseconds of a column of aware instants, and the wrapper for results."""
    series = _series_type()
    zone = calendar.zone
    if series is not None and isinstance(value, series):
        tz = getattr(value.dtype, "tz", None)
        if tz is None:
            raise InvalidInput.for_argument(
                "starts", value.dtype, "must hold aware instants (a Series with a time zone)"
            )
        index, name = value.index, value.name
        values = value.array
        if values.isna().any():
            raise InvalidInput.for_argument("starts", "NaT", "must not hold missing values")
        us = values.as_unit("us").asi8  # UTC microseconds, whatever the zone

        def wrap(result: NDArray[np.int64]) -> Any:
            pandas: Any = sys.modules["pandas"]
            utc = pandas.DatetimeIndex(result.view("datetime64[us]")).tz_localize("UTC")
            return series(utc.tz_convert(str(zone)), index=index, name=name)

        return us, wrap
    if isinstance(value, (list, tuple)):
        out: list[int] = []
        for item in value:
            if not isinstance(item, _dt.datetime):
                raise InvalidType.for_argument(
                    "starts", item, f"must hold aware datetimes, not a {type_name(item)}"
                )
            if item.utcoffset() is None:
                raise InvalidInput.for_argument("starts", item, "must hold aware datetimes")
            out.append(_instant_us(item, "starts"))
        container = tuple if isinstance(value, tuple) else list

        def wrap_list(result: NDArray[np.int64]) -> Any:
            return container(_from_us(int(u), zone) for u in result.tolist())

        return np.array(out, dtype=np.int64), wrap_list
    if isinstance(value, np.ndarray):
        if value.dtype.kind != "M":
            raise InvalidType.for_argument(
                "starts", value.dtype, "must hold datetime64 instants (read as UTC)"
            )
        us = value.astype("datetime64[us]")
        if np.isnat(us).any():
            raise InvalidInput.for_argument("starts", "NaT", "must not hold missing values")
        return us.astype(np.int64), lambda r: r.astype("datetime64[us]")
    raise InvalidType.for_argument(
        "starts",
        value,
        "must be a numpy datetime64 array, a pandas Series with a time zone or a list of "
        f"aware datetimes, not a {type_name(value)}",
    )


def _instant_us(item: _dt.datetime, argument: str) -> int:
    """:func:`_to_us` of an aware ``item`` of ``argument``; refused near the ends of datetime."""
    try:
        return _to_us(item)
    except (OverflowError, ValueError):
        raise InvalidInput.for_argument(
            argument, item, "is too close to the end of the supported date range"
        ) from None


def _from_us(us: int, zone: _dt.tzinfo) -> _dt.datetime:
    epoch = _dt.datetime(1970, 1, 1, tzinfo=_UTC)
    return (epoch + _dt.timedelta(microseconds=us)).astimezone(zone)


def _distinct(values: NDArray[np.int64]) -> tuple[int, NDArray[np.int64], list[int]]:
    """The minimum of ``values``, every value's offset from it, and the offsets present."""
    lo = int(values.min())
    rel = values - lo
    present = np.zeros(int(rel.max()) + 1, dtype=bool)
    present[rel] = True
    return lo, rel, np.flatnonzero(present).tolist()


def _local_days(us: NDArray[np.int64], calendar: WorkCalendar) -> NDArray[np.int64]:
    """The local date (epoch days, in the calendar's zone) of each UTC instant.

    The zone's offset is looked up once per UTC day present (a small table over the
    range), and exactly per row only on days with a clock change.
    """
    zone = calendar.zone
    lo, rel, present = _distinct(us // _US_PER_DAY)
    offsets = np.zeros(present[-1] + 1, dtype=np.int64)
    mixed = np.zeros(present[-1] + 1, dtype=bool)
    one_us = _dt.timedelta(microseconds=1)
    for i in present:
        day = lo + i
        a = _from_us(day * _US_PER_DAY, zone).utcoffset() or _dt.timedelta()
        b = _from_us((day + 1) * _US_PER_DAY - 1, zone).utcoffset() or _dt.timedelta()
        offsets[i] = a // one_us
        mixed[i] = a != b
    local = (us + offsets[rel]) // _US_PER_DAY
    if mixed.any():  # a day with a clock change: exact per row
        for r in np.flatnonzero(mixed[rel]).tolist():
            local[r] = _from_us(int(us[r]), zone).date().toordinal() - _EPOCH_DAY
    return local


def deadlines(
    starts: Any,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = None,
    cutoff: str = "close_of_business",
    convention: str = "civil_code",
) -> Any:
    """When ``period`` counted from each start ends: :func:`custops.periods.deadline` per row.

    Minutes and hours are exact elapsed time; day-level periods (days, weeks, months,
    years, working days) depend only on the start's local date, so they are counted once
    per distinct date and mapped back; working hours use business-time prefix sums.
    A zero period, and working days under ``convention="working_time"``, are counted
    per distinct start.

    >>> import pandas as pd
    >>> starts = pd.Series(pd.to_datetime(["2025-09-30 16:00", "2026-02-13 10:00"]))
    >>> due = deadlines(starts.dt.tz_localize("Asia/Shanghai"), "1个工作日")
    >>> [str(t) for t in due]
    ['2025-10-09 18:00:00+08:00', '2026-02-14 18:00:00+08:00']
    """
    cal = calendar_or_china(calendar)
    p = Period.parse(period, argument="period")
    us, wrap = _as_instants(starts, cal)
    if not len(us):
        return wrap(us)

    def scalar(u: int) -> int:
        due = deadline(_from_us(u, cal.zone), p, calendar=cal, cutoff=cutoff, convention=convention)  # type: ignore[call-overload]
        assert isinstance(due, _dt.datetime)
        return _to_us(due)

    unit = p.unit.value
    scalar(int(us[0]))  # checks the options once, naming them on error
    if unit in ("minutes", "hours"):
        step = p.as_timedelta() // _dt.timedelta(microseconds=1)
        return wrap(us + step)
    if p.amount == 0 or (unit == "workdays" and convention == "working_time"):
        unique, inverse = np.unique(us, return_inverse=True)
        return wrap(np.array([scalar(u) for u in unique.tolist()], dtype=np.int64)[inverse])
    if unit == "working_hours":
        return wrap(_working_hours(us, p.as_timedelta(), cal))
    lo, rel, present = _distinct(_local_days(us, cal))
    noon = _dt.time(12)
    due = np.zeros(present[-1] + 1, dtype=np.int64)
    for i in present:
        d = _dt.date.fromordinal(lo + i + _EPOCH_DAY)
        due[i] = scalar(_to_us(_dt.datetime.combine(d, noon, cal.zone)))
    return wrap(due[rel])


def _to_us(t: _dt.datetime) -> int:
    utc = t.astimezone(_UTC)
    return int(
        (utc.toordinal() - _EPOCH_DAY) * _US_PER_DAY
        + ((utc.hour * 60 + utc.minute) * 60 + utc.second) * 1_000_000
        + utc.microsecond
    )


@functools.lru_cache(maxsize=64)
def _intervals(
    calendar: WorkCalendar, lo: int, hi: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Every business interval of the years ``lo..hi``: UTC starts, ends, business before."""
    starts: list[int] = []
    ends: list[int] = []
    day = _dt.date(lo, 1, 1)
    last = _dt.date(hi, 12, 31)
    one = _dt.timedelta(days=1)
    while day <= last:
        for a, b in calendar.business_intervals(day):
            starts.append(_to_us(a))
            ends.append(_to_us(b))
        day += one
    s = np.array(starts, dtype=np.int64)
    e = np.array(ends, dtype=np.int64)
    before = np.concatenate(([0], np.cumsum(e - s)[:-1])) if len(s) else s
    return s, e, before.astype(np.int64)


def _working_hours(
    us: NDArray[np.int64], budget: _dt.timedelta, calendar: WorkCalendar
) -> NDArray[np.int64]:
    years = _year_of(_local_days(us, calendar))
    business = _Business(calendar, int(years.min()), int(years.max()))
    return business.at(business.pos(us, "period") + budget // _dt.timedelta(microseconds=1))


# --------------------------------------------------------------------------- SLA clocks


class _Business:
    """Business time as positions: µs of business time since the first interval of a span."""

    def __init__(self, calendar: WorkCalendar, lo: int, hi: int) -> None:
        self.calendar = calendar
        self.span = _Span(calendar, lo, hi, "starts")
        self._load()

    def _load(self) -> None:
        self.s, self.e, self.before = _intervals(self.calendar, self.span.lo, self.span.hi)
        self.ends_before = self.before + (self.e - self.s)

    def pos(self, t: NDArray[np.int64], argument: str = "at") -> NDArray[np.int64]:
        while len(self.s) == 0 or int(t.max()) > int(self.e[-1]):
            self.span.grow(True, argument)
            self._load()
        i = np.searchsorted(self.s, t, side="right") - 1
        k = np.clip(i, 0, None)
        inside = np.clip(t - self.s[k], 0, (self.e - self.s)[k])
        out: NDArray[np.int64] = np.where(i >= 0, self.before[k] + inside, 0)
        return out

    def at(self, p: NDArray[np.int64]) -> NDArray[np.int64]:
        while len(self.s) == 0 or int(p.max()) > int(self.ends_before[-1]):
            self.span.grow(True, "period")
            self._load()
        j = np.searchsorted(self.ends_before, p, side="left")
        out: NDArray[np.int64] = self.s[j] + (p - self.before[j])
        return out


def clock_statuses(
    starts: Any,
    target: Any,
    *,
    at: Any,
    stops: Any = None,
    pauses: tuple[Any, Any, Any] | None = None,
    special: bool = False,
    promised: Period | str | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """Due time and state at ``at`` of many single-cycle clocks of one target, as columns.

    ``starts`` are the clocks' start instants, ``stops`` their stop instants (NaT or
    ``None`` for a clock still open), ``pauses`` a long table of pause intervals
    ``(clock, pause_starts, pause_ends)``: the row number of the clock, when the pause
    began and when it ended (NaT: still paused).  ``at`` is one instant.  Instants are
    given as in :func:`deadlines`.  Events after ``at`` are ignored.

    Returns the columns ``due_at`` (instants, like ``starts``), ``state`` (the
    :class:`custops.sla.State` keys: running, paused, met, breached), ``elapsed`` and
    ``allowance`` (``timedelta64[us]``) — for every row what
    ``Clock(target, events, calendar=...).status(at=at)`` says (R-SLA-01 … R-SLA-12:
    wall time for hours, business time for working hours, and for day-level targets
    the Civil Code deadline converted into an allowance of business time).
    """
    from custops.sla import Measure, Target

    cal = calendar_or_china(calendar)
    require_type("target", target, Target, "a custops.sla.Target")
    if target.period is None and promised is None:
        raise InvalidInput.for_argument(
            "promised", promised, f"is needed: target {target.name!r} has no fixed period"
        )
    require_bool("special", special)
    if promised is not None:
        period = Period.parse(promised, argument="promised")
    elif special and target.special_period is not None:
        period = target.special_period
    else:
        assert target.period is not None
        period = target.period
    us, wrap = _as_instants(starts, cal)
    n = len(us)
    moment = _one_instant(at, cal)
    stop = _optional_column(stops, n, cal, "stops")
    wall = period.unit.value in ("minutes", "hours")
    measure = (Measure.WALL if wall else Measure.WORKING).value
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return {
            "due_at": wrap(empty),
            "state": np.zeros(0, dtype=object),
            "elapsed": empty.astype("timedelta64[us]"),
            "allowance": empty.astype("timedelta64[us]"),
            "measure": measure,
        }
    if int(np.min(us, initial=moment)) > moment:
        raise InvalidInput.for_argument("at", at, "is before a clock started")
    # the unpaused deadline and the allowance
    base_due = np.asarray(_deadline_us(us, period, cal))
    lo_year = int(_year_of(_local_days(us, cal)).min())
    hi_year = int(_year_of(_local_days(np.append(base_due, moment), cal)).max())
    business = None if wall else _Business(cal, lo_year, hi_year)

    # Every instant is turned into a position on the target's time line once: business
    # time for a working measure, the instant itself for wall time.
    def pos(t: NDArray[np.int64]) -> NDArray[np.int64]:
        return t if business is None else business.pos(t)

    def inv(p: NDArray[np.int64]) -> NDArray[np.int64]:
        return p if business is None else business.at(p)

    pos_us = pos(us)
    if wall or period.unit.value == "working_hours":
        allowed = np.full(n, period.as_timedelta() // _dt.timedelta(microseconds=1))
    else:
        allowed = pos(base_due) - pos_us
    # pauses: (n, k + 1) arrays of the pauses begun by `at`, in order, padded with NaT
    p0, p1 = _pause_table(pauses, n, cal, moment)
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
    npauses = (p0 != _NAT).sum(axis=1)
    paused_now = np.zeros(n, dtype=bool)
    for i in range(p0.shape[1]):
        exists = running
        has_pause = p0[:, i] != _NAT
        b = np.where(has_pause, p0[:, i], np.where(stopped, stop, inf))
        open_end = b == inf
        pb = np.where(open_end, pos_end, pos(np.where(open_end, us, b)))
        span = np.where(exists, pb - pa, 0)
        undecided = exists & ~has_due
        if i == 0:
            take = undecided & (open_end | (base_due <= b))
            due = np.where(take, base_due, due)
            has_due |= take
        else:
            need = allowed - consumed
            fits = undecided & (open_end | (need <= span))
            if fits.any():
                adv = np.where(need <= 0, a, inv(pa + np.where(fits, np.maximum(need, 0), 0)))
                candidate = np.maximum(adv, base_due)
                take = fits & (open_end | (candidate <= b))
                due = np.where(take, candidate, due)
                has_due |= take
        consumed = consumed + span
        resumed = has_pause & (p1[:, i] != _NAT)
        paused_now |= exists & has_pause & ~resumed
        running = exists & resumed
        if running.any():
            a = np.where(resumed, p1[:, i], a)
            pa = np.where(resumed, pos(np.where(resumed, p1[:, i], us)), pa)
    no_pause = npauses == 0
    fill = ~has_due & no_pause
    due = np.where(fill, base_due, due)
    has_due |= fill
    rest = ~has_due
    if rest.any():
        need = allowed - consumed
        adv = np.where(need <= 0, end, inv(pos_end + np.where(rest, np.maximum(need, 0), 0)))
        due = np.where(rest, np.maximum(adv, base_due), due)
    state = np.where(
        stopped,
        np.where(stop <= due, "met", "breached"),
        np.where(moment > due, "breached", np.where(paused_now, "paused", "running")),
    ).astype(object)
    _touch(cal, _Span(cal, lo_year, hi_year, "at"))
    one = np.timedelta64(1, "us")
    return {
        "due_at": wrap(due),
        "state": state,
        "elapsed": consumed * one,
        "allowance": allowed * one,
        "measure": measure,
    }


def _deadline_us(us: NDArray[np.int64], period: Period, cal: WorkCalendar) -> Any:
    return deadlines(us.view("datetime64[us]"), period, calendar=cal).view(np.int64)


def _one_instant(value: Any, calendar: WorkCalendar) -> int:
    if not isinstance(value, _dt.datetime):
        raise InvalidType.for_argument(
            "at", value, f"must be an aware datetime, not a {type_name(value)}"
        )
    if value.utcoffset() is None:
        raise InvalidInput.for_argument("at", value, "must be an aware datetime")
    try:
        local = value.astimezone(calendar.zone)
        us = _to_us(value)
    except (OverflowError, ValueError):
        raise InvalidInput.for_argument(
            "at", value, "is too close to the end of the supported date range"
        ) from None
    years = calendar.supported_years
    if local.year not in years or local.year + 1 not in years:
        raise InvalidInput.for_argument(
            "at", value, f"must lie in the calendar's years {years.start}–{years.stop - 2}"
        )
    return us


def _optional_column(value: Any, n: int, calendar: WorkCalendar, argument: str) -> Any:
    if value is None:
        return np.full(n, _NAT, dtype=np.int64)
    if isinstance(value, (list, tuple)):
        if len(value) != n:
            raise InvalidInput.for_argument(argument, len(value), f"must have {n} rows")
        out = np.full(n, _NAT, dtype=np.int64)
        for i, item in enumerate(value):
            if item is None:
                continue
            if not isinstance(item, _dt.datetime) or item.utcoffset() is None:
                raise InvalidInput.for_argument(argument, item, "must hold aware datetimes or None")
            out[i] = _instant_us(item, argument)
        return out
    series = _series_type()
    if series is not None and isinstance(value, series):
        values = value.array
        if getattr(value.dtype, "tz", None) is None:
            raise InvalidInput.for_argument(argument, value.dtype, "must hold aware instants")
        out = values.as_unit("us").asi8.copy()
    elif isinstance(value, np.ndarray) and value.dtype.kind == "M":
        out = value.astype("datetime64[us]").view(np.int64).copy()
    else:
        raise InvalidType.for_argument(
            argument, value, f"must be a column of instants, not a {type_name(value)}"
        )
    if len(out) != n:
        raise InvalidInput.for_argument(argument, len(out), f"must have {n} rows")
    return out


def _pause_table(
    pauses: tuple[Any, Any, Any] | None, n: int, calendar: WorkCalendar, moment: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Pause starts and ends begun by ``moment``, rows × (k + 1): NaT after a row's pauses."""
    if pauses is None:
        empty = np.full((n, 1), _NAT, dtype=np.int64)
        return empty, empty
    if not isinstance(pauses, tuple) or len(pauses) != 3:
        raise InvalidType.for_argument(
            "pauses", pauses, "must be a tuple (clock, pause_starts, pause_ends)"
        )
    clock = np.asarray(pauses[0])
    if clock.dtype.kind not in "iu":
        raise InvalidType.for_argument("pauses", clock.dtype, "clock must be row numbers")
    m = len(clock)
    p0 = _optional_column(pauses[1], m, calendar, "pauses")
    p1 = _optional_column(pauses[2], m, calendar, "pauses")
    if m and (int(clock.min()) < 0 or int(clock.max()) >= n):
        raise InvalidInput.for_argument("pauses", int(clock.max()), f"clock must be in 0..{n - 1}")
    if (p0 == _NAT).any():
        raise InvalidInput.for_argument("pauses", "NaT", "a pause must have its start")
    keep = p0 <= moment
    clock, p0, p1 = clock[keep], p0[keep], p1[keep]
    p1 = np.where((p1 != _NAT) & (p1 > moment), _NAT, p1)
    order = np.lexsort((p0, clock))
    clock, p0, p1 = clock[order], p0[order], p1[order]
    counts = np.bincount(clock, minlength=n) if len(clock) else np.zeros(n, dtype=np.int64)
    k = int(counts.max()) if n else 0
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    col = np.arange(len(clock)) - first[clock]
    a = np.full((n, k + 1), _NAT, dtype=np.int64)
    b = np.full((n, k + 1), _NAT, dtype=np.int64)
    a[clock, col] = p0
    b[clock, col] = p1
    return a, b
