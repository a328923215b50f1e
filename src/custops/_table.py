"""The columnar calendar of ``WorkCalendar.table(start, end)``: one row per day, for joins.

With it an engine adds and counts working days by joins, no user-defined function: the
n-th working day after d is the working day whose ``workday_seq`` is ``seq(d) + n``, and
the working days in (a, b] are ``seq(b) - seq(a)``.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

import attrs

from custops._validate import require_date, utc, within
from custops.errors import InvalidInput

if TYPE_CHECKING:  # pragma: no cover
    from custops.calendars import WorkCalendar

__all__ = ["COLUMNS", "CalendarTable", "build_table"]

#: The columns of a :class:`CalendarTable`, in order.
COLUMNS = (
    "day",
    "outcome",
    "outcome_label",
    "is_workday",
    "workday_seq",
    "holiday_name",
    "provisional",
    "closes_at",
    "business_seconds_before",
)

_MAX_DAYS = 200 * 366
_SECOND = _dt.timedelta(seconds=1)


@attrs.frozen
class CalendarTable:
    """One row per day from ``start`` to ``end`` (both included) of a working calendar.

    ``outcome`` is the day's kind (``DayInfo.outcome``) as its stable key, ``outcome_label``
    its Chinese label (both the same in every language); ``workday_seq`` the working days
    from the first day up to and including this one; ``provisional`` whether the day's
    year is not yet published; ``closes_at`` the close of business, aware, in the
    calendar's zone, or ``None``; ``business_seconds_before`` the business seconds from the
    first day to this one.
    """

    start: _dt.date
    end: _dt.date
    day: tuple[_dt.date, ...]
    outcome: tuple[str, ...]
    outcome_label: tuple[str, ...]
    is_workday: tuple[bool, ...]
    workday_seq: tuple[int, ...]
    holiday_name: tuple[str | None, ...]
    provisional: tuple[bool, ...]
    closes_at: tuple[_dt.datetime | None, ...]
    business_seconds_before: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.day)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as dictionaries, column name to value (as polars' ``to_dicts``)."""
        return [
            dict(zip(COLUMNS, values, strict=True))
            for values in zip(*self.columns().values(), strict=True)
        ]

    def columns(self) -> dict[str, tuple[Any, ...]]:
        """The columns by name, in :data:`COLUMNS` order."""
        return {name: getattr(self, name) for name in COLUMNS}

    def to_arrow(self) -> Any:
        """A ``pyarrow.Table`` (needs ``pyarrow``: ``pip install 'custops[arrow]'``)."""
        pa = _require("pyarrow", "arrow")
        return pa.table(self.columns())

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` (needs ``pandas``: ``pip install 'custops[numpy]'``)."""
        pd = _require("pandas", "numpy")
        frame = pd.DataFrame(self.columns())
        frame["day"] = pd.to_datetime(frame["day"])
        return frame

    def to_polars(self) -> Any:
        """A ``polars.DataFrame`` (needs ``polars``: ``pip install 'custops[polars]'``)."""
        pl = _require("polars", "polars")
        return pl.DataFrame(self.columns())


def _require(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"{module} is not installed; install it (pip install 'custops[{extra}]') "
            f"to use this conversion"
        ) from exc


def build_table(calendar: WorkCalendar, start: Any, end: Any) -> CalendarTable:
    """The :class:`CalendarTable` of ``calendar`` from ``start`` to ``end`` (both included)."""
    first = require_date("start", start)
    last = require_date("end", end)
    within("end", end, last, low=first, problem=f"is before start {first.isoformat()}")
    if (last - first).days >= _MAX_DAYS:
        raise InvalidInput.for_argument(
            "end", end, f"is more than {_MAX_DAYS} days after start {first.isoformat()}"
        )
    rows = []
    count = seconds = 0
    years = calendar.supported_years  # day_kind refuses the days of other years
    unpublished = {y: not calendar.is_published(y) for y in years if first.year <= y <= last.year}
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = _dt.date.fromordinal(ordinal)
        kind = calendar.day_kind(day)
        is_work = kind.is_workday
        count += is_work
        name, close = calendar.holiday_name(day), calendar.close_of_business(day)
        provisional = unpublished[day.year]
        rows.append(
            (day, kind.value, kind.label, is_work, count, name, provisional, close, seconds)
        )
        for a, b in calendar.business_intervals(day):  # in UTC: real elapsed time
            seconds += (utc(b) - utc(a)) // _SECOND
    columns = dict(zip(COLUMNS, map(tuple, zip(*rows, strict=True)), strict=True))
    return CalendarTable(start=first, end=last, **columns)
