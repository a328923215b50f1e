"""Calendar arithmetic shared by every module (private): the one home of month arithmetic
and of the time constants (CONTRIBUTING, "One home per helper")."""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import Final

from custops.errors import InvalidInput

__all__: list[str] = []  # private helpers, imported by name

UTC: Final = _dt.timezone.utc
ONE_DAY: Final = _dt.timedelta(days=1)
ONE_MINUTE: Final = _dt.timedelta(minutes=1)
NO_TIME: Final = _dt.timedelta(0)  # a zero span
MIDNIGHT: Final = _dt.time(0)
NOON: Final = _dt.time(12)
#: One microsecond, the unit of the integer instants of calendars and vector (``delta // US``).
US: Final = _dt.timedelta(microseconds=1)
DAY_US: Final = ONE_DAY // US  # microseconds in a day
EPOCH: Final = _dt.datetime(1970, 1, 1, tzinfo=UTC)  # instant 0 of those integers
EPOCH_ORDINAL: Final = _dt.date(1970, 1, 1).toordinal()  # day 0 of the day numbers
_SECOND_US: Final = _dt.timedelta(seconds=1) // US  # microseconds in a second (time_us)
#: No term is longer than the calendar (years 1-9999).
MAX_MONTHS: Final = 12 * 9999


class DayRange:
    """The one ``in`` of a range of days whose ``start`` and ``end`` are both included
    (:class:`~custops.complaints.review.ReviewPeriod`,
    :class:`~custops.exchange.InspectionWindow`): a mixin for attrs classes with those two
    date fields.  Anything but a date is not in the range — a ``datetime`` neither: it is an
    instant, not a day — and a range never ends before it starts
    (:class:`~custops.errors.InvalidInput` naming ``end``; a class with a post-init of its own
    calls this one first).

    >>> import attrs, datetime as dt
    >>> @attrs.frozen
    ... class Days(DayRange):
    ...     start: dt.date
    ...     end: dt.date
    >>> r = Days(dt.date(2026, 7, 1), dt.date(2026, 8, 31))
    >>> dt.date(2026, 8, 31) in r, dt.date(2026, 9, 1) in r, "2026-07-01" in r
    (True, False, False)
    >>> dt.datetime(2026, 8, 1, 9, 30) in r
    False
    """

    __slots__ = ()
    start: _dt.date
    end: _dt.date

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput.for_argument("end", self.end, f"is before the start {self.start}")

    def __contains__(self, day: object) -> bool:
        return (
            isinstance(day, _dt.date)
            and not isinstance(day, _dt.datetime)
            and self.start <= day <= self.end
        )


def from_us(us: int, zone: _dt.tzinfo) -> _dt.datetime:
    """The instant ``us`` microseconds after :data:`EPOCH`, in ``zone``.

    >>> from_us(DAY_US, UTC).isoformat()
    '1970-01-02T00:00:00+00:00'
    """
    return (EPOCH + us * US).astimezone(zone)


def time_us(t: _dt.time) -> int:
    """Microseconds from midnight to the wall time ``t`` (a ``time`` without a zone).

    >>> import datetime as dt
    >>> time_us(NOON) == DAY_US // 2, time_us(dt.time(0, 0, 1, 5))
    (True, 1000005)
    """
    return (t.hour * 3600 + t.minute * 60 + t.second) * _SECOND_US + t.microsecond


def year_ordinals(first_year: int, last_year: int) -> tuple[int, int]:
    """The day ordinals (``date.toordinal()``) of 1 January of ``first_year`` and of
    31 December of ``last_year``: a span of whole years as day numbers.

    >>> import datetime as dt
    >>> first, last = year_ordinals(2024, 2025)
    >>> dt.date.fromordinal(first), last - first + 1
    (datetime.date(2024, 1, 1), 731)
    """
    return _dt.date(first_year, 1, 1).toordinal(), _dt.date(last_year, 12, 31).toordinal()


def add_months(day: _dt.date, months: int, *, argument: str = "day") -> _dt.date:
    """The corresponding day ``months`` (may be negative) after ``day``, or that month's last
    day when it has none (Civil Code art. 202): what ``day + relativedelta(months=months)``
    gives, several times faster.  A result outside years 1–9999 is
    :class:`~custops.errors.InvalidInput` naming ``argument`` and showing ``day``.

    >>> import datetime as dt
    >>> add_months(dt.date(2024, 8, 31), -6), add_months(dt.date(2024, 1, 31), 1)
    (datetime.date(2024, 2, 29), datetime.date(2024, 2, 29))
    >>> add_months(dt.date(9999, 12, 1), 1, argument="on")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: on: +1 months falls outside the calendar (years 1-9999) (got ...)
    """
    years, month0 = divmod(day.month - 1 + months, 12)
    year = day.year + years
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        problem = f"{months:+d} months falls outside the calendar (years 1-9999)"
        raise InvalidInput.for_argument(argument, day, problem)
    last = calendar.monthrange(year, month0 + 1)[1]
    return day.replace(year=year, month=month0 + 1, day=min(day.day, last))


def month_end(day: _dt.date) -> _dt.date:
    """The last day of ``day``'s month.

    >>> import datetime as dt
    >>> month_end(dt.date(2024, 2, 10)), month_end(dt.date(9999, 12, 31))
    (datetime.date(2024, 2, 29), datetime.date(9999, 12, 31))
    """
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def cycle_start(day: _dt.date, months: int) -> _dt.date:
    """The first day of the cycle of ``months`` months (1, 2, 3, 4, 6 or 12: cycles aligned
    to 1 January) that holds ``day``, as a quarter (``months`` = 3) or a year (12).

    >>> import datetime as dt
    >>> cycle_start(dt.date(2025, 8, 14), 3), cycle_start(dt.date(2025, 8, 14), 12)
    (datetime.date(2025, 7, 1), datetime.date(2025, 1, 1))
    """
    return _dt.date(day.year, (cycle_index(day, months) - 1) * months + 1, 1)


def cycle_index(day: _dt.date, months: int) -> int:
    """The number (from 1) of the cycle of ``months`` months, aligned to 1 January, that
    holds ``day``: its quarter for ``months`` = 3.

    >>> import datetime as dt
    >>> cycle_index(dt.date(2025, 8, 14), 3), cycle_index(dt.date(2025, 8, 14), 6)
    (3, 2)
    """
    return (day.month - 1) // months + 1
