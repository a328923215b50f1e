"""Calendar arithmetic shared by every module (private): the one home of month arithmetic
(CONTRIBUTING, "One home per helper")."""

from __future__ import annotations

import calendar
import datetime as _dt

from custops.errors import InvalidInput

__all__: list[str] = []  # private helpers, imported by name


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
