"""Columns of aware instants as int64 microseconds (private): the pieces
:mod:`custops.vector` and :func:`custops.sla.due_many` share, the reading of a pyarrow
column of timestamps included.  Imported only where a numpy array, a pandas Series or a
pyarrow array is given (numpy is then installed)."""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import numpy as np

from custops._dates import DAY_US, EPOCH, EPOCH_ORDINAL, MIDNIGHT, NO_TIME, US, UTC, from_us
from custops._validate import in_date_range, is_missing, require_aware, utc
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.periods import Period, deadline

if TYPE_CHECKING:  # pragma: no cover
    from numpy.typing import NDArray

    from custops.calendars import WorkCalendar

__all__: list[str] = []  # private helpers, imported by name

#: A missing instant (NaT) as int64.
NAT = int(np.iinfo(np.int64).min)


def distinct(values: NDArray[np.int64]) -> tuple[int, NDArray[np.int64], list[int]]:
    """The minimum of ``values``, every value's offset from it, and the offsets present."""
    lo = int(values.min())
    rel = values - lo
    present = np.zeros(int(rel.max()) + 1, dtype=bool)
    present[rel] = True
    return lo, rel, np.flatnonzero(present).tolist()


def local_days(us: NDArray[np.int64], calendar: WorkCalendar) -> NDArray[np.int64]:
    """The local date (epoch days, in the calendar's zone) of each UTC instant.

    The zone's offset is looked up once per UTC day present (a small table over the
    range), and exactly per row only on days with a clock change.
    """
    zone = calendar.zone
    offsets, mixed = _offsets(us, _utc_offsets(zone))
    local = (us + offsets) // DAY_US
    for r in np.flatnonzero(mixed).tolist():  # a day with a clock change: exact per row
        local[r] = from_us(int(us[r]), zone).date().toordinal() - EPOCH_ORDINAL
    return local


def _utc_offsets(zone: _dt.tzinfo) -> Callable[[int], tuple[int, int]]:
    """The offsets (µs) of ``zone`` at the first and the last microsecond of a UTC day."""

    def offset_of(day: int) -> tuple[int, int]:
        first, last = (from_us(u, zone) for u in (day * DAY_US, (day + 1) * DAY_US - 1))
        return (first.utcoffset() or NO_TIME) // US, (last.utcoffset() or NO_TIME) // US

    return offset_of


def to_us(t: _dt.datetime) -> int:
    """The aware instant ``t`` as microseconds since :data:`~custops._dates.EPOCH`
    (clamped to the ends of ``datetime`` as :func:`~custops._validate.utc` clamps)."""
    return (utc(t) - EPOCH) // US


def aware_us(argument: str, value: Any) -> int:
    """:func:`to_us` of ``value``, an aware datetime (refused near the ends of datetime)."""
    with in_date_range(argument, value):
        return to_us(require_aware(argument, value))


def objects_us(items: Any, argument: str) -> NDArray[np.int64]:
    """UTC microseconds of a sequence of aware datetimes (``None``, ``NaT`` or a float
    ``NaN``: ``NaT``), a row that is not one refused as ``<argument>[i]``."""
    us: NDArray[np.int64] = np.array(
        [NAT if is_missing(t) else aware_us(f"{argument}[{i}]", t) for i, t in enumerate(items)],
        dtype=np.int64,
    )
    return us


def _offsets(
    values: NDArray[np.int64], offset_of: Callable[[int], tuple[int, int]]
) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    """Per row of ``values`` (microseconds, none missing), the zone offset (µs) of its day
    and whether that day has a clock change, from ``offset_of(day)``: the offsets at the
    day's first and last microsecond, looked up once per day present."""
    lo, rel, present = distinct(values // DAY_US)
    offsets = np.zeros(present[-1] + 1, dtype=np.int64)
    mixed = np.zeros(present[-1] + 1, dtype=bool)
    for i in present:
        a, b = offset_of(lo + i)
        offsets[i], mixed[i] = a, a != b
    return offsets[rel], mixed[rel]


def numpy_us(
    value: NDArray[Any], argument: str, zone: _dt.tzinfo
) -> tuple[NDArray[np.int64], Callable[[NDArray[np.int64]], NDArray[Any]]]:
    """UTC microseconds of a numpy column of instants (``NaT`` where missing), and the
    function giving a result (UTC microseconds) in the same kind of array.

    An object array holds aware datetimes (``None``, ``NaT`` or ``NaN`` where missing) and
    gets back aware datetimes in ``zone`` (``None`` where missing).  A ``datetime64`` array
    holds no zone and is refused, saying how to give one: instants are aware, and numpy's
    own sources disagree on what such an array means (a zoned pandas column's ``.values``
    and pyarrow's ``to_numpy()`` give UTC; a naive column, wall times)."""
    if value.ndim != 1:
        raise InvalidInput.for_argument(argument, value.shape, "must be one column (a 1-D array)")
    if value.dtype != object:
        refuse_instants(value, argument, zone)

    def objects(result: NDArray[np.int64]) -> NDArray[Any]:
        out = np.empty(len(result), dtype=object)  # one datetime per row
        out[:] = [None if u == NAT else from_us(u, zone) for u in result.tolist()]
        return out

    return objects_us(value.tolist(), argument), objects


def refuse_instants(value: NDArray[Any], argument: str, zone: _dt.tzinfo) -> NoReturn:
    """Refuse a numpy array of instants that is not an object array of aware datetimes: a
    ``datetime64`` holds no zone (the message says how to give one), any other dtype holds
    no instants."""
    if value.dtype.kind != "M":
        problem = (
            "must hold instants: aware datetime objects (an object array), not a numpy array "
            f"of {value.dtype}"
        )
        raise InvalidType.for_argument(argument, value.dtype, problem)
    problem = (
        "must hold aware instants, and a numpy datetime64 array has no time zone (a zoned "
        "pandas column's .values and pyarrow's to_numpy() give UTC): pass the zoned pandas "
        f"column itself, or localise it, pandas.Series({argument}).dt.tz_localize('{zone}') "
        "for wall times of that zone or .dt.tz_localize('UTC') for UTC instants"
    )
    raise InvalidInput.for_argument(argument, value.dtype, problem)


def _naive(us: int) -> _dt.datetime:
    return _dt.datetime(1970, 1, 1) + _dt.timedelta(microseconds=us)


def wall_to_us(local: NDArray[np.int64], zone: _dt.tzinfo) -> NDArray[np.int64]:
    """UTC microseconds of wall times of ``zone`` (microseconds from 1970-01-01 00:00 read
    as a wall time there; ``NaT`` stays), each as ``datetime(…, tzinfo=zone)`` reads it."""
    out: NDArray[np.int64] = local.copy()
    rows = np.flatnonzero(local != NAT)
    if not len(rows):
        return out
    values = local[rows]

    def offset_of(day: int) -> tuple[int, int]:
        first = _naive(day * DAY_US)
        last = _naive((day + 1) * DAY_US - 1)
        a, b = (t.replace(tzinfo=zone).utcoffset() or NO_TIME for t in (first, last))
        return a // US, b // US

    offsets, mixed = _offsets(values, offset_of)
    found = values - offsets
    for r in np.flatnonzero(mixed).tolist():  # a day with a clock change: exact per row
        found[r] = to_us(_naive(int(values[r])).replace(tzinfo=zone))
    out[rows] = found
    return out


def due_series(starts: Any, period: Period, cal: WorkCalendar) -> Any:
    """:func:`custops.sla.due_many` of a pandas Series of aware instants, by columns, or
    ``None`` when its row-by-row path is to answer: a missing start, a start finer than a
    microsecond, a period of working hours, or any start this path cannot count (that
    path words the refusal).

    The answers are the row-by-row path's own: a day-level deadline is the scalar
    ``deadline`` of the local day's midnight, once per local day, and for a start after
    it the scalar ``deadline`` of the start itself; a wall-clock period is added to the
    instant."""
    if not whole_us(starts):
        return None
    due = due_us(starts.array.as_unit("us").asi8, period, cal)
    return None if due is None else like_starts(due, starts, cal.zone)


def due_us(us: NDArray[np.int64], period: Period, cal: WorkCalendar) -> NDArray[np.int64] | None:
    """The due times (UTC microseconds) of the starts ``us`` (UTC microseconds, none
    missing), as :func:`due_series` counts them, or ``None`` when the row-by-row path is to
    answer (a period of working hours, or a start this path cannot count)."""
    unit = period.unit
    zone = cal.zone
    try:
        if unit.is_wall_clock:
            due = us + period.as_timedelta() // US
            if int(due.max()) >= _LAST_US:
                return None
        elif unit.value == "working_hours":
            return None
        else:
            lo, rel, present = distinct(local_days(us, cal))
            by_day = np.zeros(present[-1] + 1, dtype=np.int64)
            for i in present:
                day = _dt.date.fromordinal(lo + i + EPOCH_ORDINAL)
                midnight = _dt.datetime.combine(day, MIDNIGHT, zone)
                by_day[i] = to_us(_a_datetime(deadline(midnight, period, calendar=cal)))
            due = by_day[rel]
            for r in np.flatnonzero(due < us).tolist():  # a zero period begun after its close
                start = from_us(int(us[r]), zone)
                due[r] = to_us(_a_datetime(deadline(start, period, calendar=cal)))
    except (CustopsError, OverflowError, ValueError):
        return None
    return due


def due_arrow(
    starts: Any,
    period: Period,
    cal: WorkCalendar,
    by_rows: Callable[[list[_dt.datetime | None]], tuple[_dt.datetime, ...]],
    *,
    columns: bool = True,
) -> Any:
    """:func:`custops.sla.due_many` of a pyarrow ``Array`` or ``ChunkedArray`` of zoned
    timestamps (read by :func:`arrow_us`), as an arrow column of the due times in the
    calendar's zone (a ``ChunkedArray`` for a ``ChunkedArray``): by columns as
    :func:`due_series` counts them when ``columns`` and no start is missing, else
    ``by_rows`` of the starts as aware datetimes (``None`` where missing), which words any
    refusal."""
    zone = cal.zone
    us = arrow_us(starts, "starts", zone)
    chunked = not isinstance(starts, sys.modules["pyarrow"].Array)
    whole = len(us) and int(us.min()) != NAT
    due = due_us(us, period, cal) if columns and whole else None
    if due is None:
        found = by_rows([None if u == NAT else from_us(u, zone) for u in us.tolist()])
        due = np.array([to_us(t) for t in found], dtype=np.int64)
    return to_arrow(due, zone, chunked)


def like_starts(due: NDArray[np.int64], starts: Any, zone: _dt.tzinfo) -> Any:
    """UTC microseconds ``due`` as a Series of instants in ``zone``, with the index and
    the name of the Series ``starts``."""
    pandas: Any = sys.modules["pandas"]
    instants = pandas.DatetimeIndex(due.view("datetime64[us]")).tz_localize(UTC)
    return type(starts)(instants.tz_convert(str(zone)), index=starts.index, name=starts.name)


def series_of(found: tuple[_dt.datetime, ...], starts: Any, zone: _dt.tzinfo) -> Any:
    """The aware datetimes ``found`` as :func:`like_starts` gives them (each read once as
    microseconds, not parsed by pandas one by one)."""
    return like_starts(np.array([to_us(t) for t in found], dtype=np.int64), starts, zone)


def whole_us(starts: Any) -> bool:
    """Whether the Series ``starts`` holds aware instants, none missing, none finer than
    a microsecond (then a ``datetime`` holds each exactly)."""
    if not len(starts) or getattr(starts.dtype, "tz", None) is None:
        return False
    values = starts.array
    raw = values.asi8
    if bool((raw == NAT).any()):
        return False
    return values.unit != "ns" or not bool((raw % 1000).any())


def datetimes(starts: Any, zone: _dt.tzinfo) -> Any:
    """The Series ``starts`` as a list of aware ``datetime`` in ``zone`` (the same
    instants, each converted once), or ``starts`` itself when :func:`whole_us` does not
    hold."""
    if not whole_us(starts):
        return starts
    return [from_us(u, zone) for u in starts.array.as_unit("us").asi8.tolist()]


#: Microseconds per unit of an arrow timestamp coarser than a microsecond.
_PER_UNIT = {"s": 1_000_000, "ms": 1_000, "us": 1}


def arrow_us(column: Any, argument: str, zone: _dt.tzinfo) -> NDArray[np.int64]:
    """UTC microseconds of an arrow timestamp column with a time zone (a pyarrow
    ``Array`` or ``ChunkedArray``), read from its int64 values as numpy input is (arrow
    keeps a zoned timestamp in UTC): a null is ``NaT``, nanoseconds are floored to the
    microsecond as pandas' ``as_unit("us")`` floors them.  A naive column is refused as a
    naive Series is, and any other arrow type as not instants."""
    pa: Any = sys.modules["pyarrow"]
    kind = column.type
    if not pa.types.is_timestamp(kind):
        problem = f"must hold aware instants, not an arrow column of {kind}"
        raise InvalidType.for_argument(argument, kind, problem)
    if kind.tz is None:
        problem = (
            f"must hold aware instants, not naive ones ({kind}): give the column a time zone, "
            f"pyarrow.compute.assume_timezone({argument}, '{zone}') for wall times of that "
            f"zone or {argument}.cast(pyarrow.timestamp('{kind.unit}', tz='UTC')) for UTC "
            "instants"
        )
        raise InvalidInput.for_argument(argument, kind, problem)
    ints = column.cast(pa.int64())  # the same buffer, read as int64
    nulls = bool(ints.null_count)
    if nulls:
        ints = ints.fill_null(NAT)
    raw = np.asarray(ints.to_numpy(), dtype=np.int64)
    missing = raw == NAT if nulls else None
    if kind.unit == "ns":
        us = raw // 1_000
    elif (per := _PER_UNIT[kind.unit]) == 1:
        return raw
    else:
        limit = np.iinfo(np.int64).max // per
        beyond = np.abs(raw) > limit if missing is None else (np.abs(raw) > limit) & ~missing
        if beyond.any():
            row = int(np.flatnonzero(beyond)[0])
            problem = "is past the range of instants custops counts (datetime's years 1-9999)"
            raise InvalidInput.for_argument(f"{argument}[{row}]", column[row].as_py(), problem)
        us = raw * per
    if missing is not None:
        us[missing] = NAT
    return us


def arrow_days(column: Any, argument: str) -> NDArray[Any]:
    """An arrow column of days (a pyarrow ``Array`` or ``ChunkedArray`` of ``date32``,
    ``date64`` or a timestamp without a time zone) as a numpy ``datetime64`` array, a null
    as ``NaT``: read as a numpy column of days is (a timestamp holds a day only at its
    midnight).  A column of zoned timestamps is refused as a zoned Series is, and any other
    arrow type as not days."""
    pa: Any = sys.modules["pyarrow"]
    kind = column.type
    if pa.types.is_timestamp(kind) and kind.tz is not None:
        problem = "must hold dates, not instants with a time zone"
        raise InvalidType.for_argument(argument, kind, problem)
    if not (pa.types.is_date(kind) or pa.types.is_timestamp(kind)):
        problem = f"must hold days (an arrow column of date32), not an arrow column of {kind}"
        raise InvalidType.for_argument(argument, kind, problem)
    days: NDArray[Any] = column.to_numpy(zero_copy_only=False)
    return days


def from_numpy(values: NDArray[Any], chunked: bool, kind: str | None = None) -> Any:
    """A result column (a numpy array; ``NaT``, ``None`` where missing) as an arrow column,
    a null where it is missing, a ``ChunkedArray`` of one chunk if ``chunked``: days as
    ``date32``, flags as ``bool``, counts as ``int64``, keys as strings.  ``kind`` (the
    name of a pyarrow type, ``"string"``, ``"int64"``) is the column's type even when no
    row says it (an empty column, or one missing in every row), so a schema holds."""
    pa: Any = sys.modules["pyarrow"]
    if values.dtype.kind == "M" and kind is None:
        kind = "date32"  # days, even with no row present
    out = pa.array(values, type=getattr(pa, kind)() if kind else None, from_pandas=True)
    return pa.chunked_array([out], type=out.type) if chunked else out


def to_arrow(us: NDArray[np.int64], zone: _dt.tzinfo, chunked: bool) -> Any:
    """UTC microseconds ``us`` (``NaT``: null) as an arrow ``timestamp[us, tz=zone]``
    column, a ``ChunkedArray`` of one chunk if ``chunked``."""
    pa: Any = sys.modules["pyarrow"]
    ints = pa.array(us, type=pa.int64(), mask=us == NAT)
    out = ints.cast(pa.timestamp("us", tz=str(zone)))
    return pa.chunked_array([out]) if chunked else out


#: Microseconds from the epoch to a day before the end of ``datetime``: a wall-clock due
#: time past it is left to the row-by-row path (which refuses it).
_LAST_US = (_dt.datetime(9999, 12, 30, tzinfo=UTC) - EPOCH) // US


def _a_datetime(value: Any) -> _dt.datetime:
    assert isinstance(value, _dt.datetime)
    return value
