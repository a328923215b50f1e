"""Time ``custops.periods.deadline`` per unit against the day-by-day loop a user would write.

Run:  .venv/bin/python benchmarks/bench_periods.py

Each row times one call (best of several repeats, µs per call) from 2025-09-30 16:00
Asia/Shanghai, after warming every cache.  ``plain`` is ``deadline(start, period)``,
``explain`` is ``deadline(..., explain=True)`` (which also words the rule and lists every
rest day it skipped).  ``naive`` is what a user of the ``holidays`` package would otherwise
write: walk day by day with ``HolidayBase.is_working_day`` (which knows the 调休 make-up
days), roll a rest day forward, and end at 18:00; for working hours, walk the business
intervals day by day.  Both sides are checked to agree before anything is timed.
"""

from __future__ import annotations

import datetime as dt
import sys
import timeit
from collections.abc import Callable
from zoneinfo import ZoneInfo

import holidays
from dateutil.relativedelta import relativedelta
from holidays.constants import PUBLIC

from custops.calendars import WorkCalendar
from custops.periods import Period, Unit, deadline

SH = ZoneInfo("Asia/Shanghai")
START = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)
CAL = WorkCalendar(final_years=range(2027, 2030))
DATA = holidays.country_holidays(
    "CN", years=range(2020, 2030), categories=(PUBLIC,), language="zh_CN"
)
CLOSE = dt.time(18)
HOURS = ((dt.time(9), dt.time(12)), (dt.time(13), dt.time(18)))
PERIODS = (
    Period.minutes(30),
    Period.hours(24),
    Period.days(3),
    Period.weeks(1),
    Period.months(4),
    Period.years(1),
    Period.workdays(3),
    Period.workdays(250),
    Period.working_hours(24),
)


# --------------------------------------------------------------------------- the naive way


def _roll(day: dt.date) -> dt.date:
    while not DATA.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def _working_hours(start: dt.datetime, hours: int) -> dt.datetime:
    left = dt.timedelta(hours=hours)
    day = start.date()
    while True:
        if DATA.is_working_day(day):
            for a, b in HOURS:
                lo = max(dt.datetime.combine(day, a, SH), start)
                hi = dt.datetime.combine(day, b, SH)
                if hi > lo:
                    if hi - lo >= left:
                        return lo + left
                    left -= hi - lo
        day += dt.timedelta(days=1)


def naive(start: dt.datetime, period: Period) -> dt.datetime:
    """Deadline by a day-by-day loop over ``holidays`` (published years, Shanghai only)."""
    n = period.count
    unit = period.unit
    day = start.date()
    if unit in (Unit.MINUTES, Unit.HOURS):
        return start + period.as_timedelta()
    if unit is Unit.WORKING_HOURS:
        return _working_hours(start, n)
    if unit is Unit.WORKDAYS:
        while n:
            day += dt.timedelta(days=1)
            n -= DATA.is_working_day(day)
    elif unit in (Unit.DAYS, Unit.WEEKS):
        day = _roll(day + period.as_timedelta())
    else:
        months = n if unit is Unit.MONTHS else 12 * n
        day = _roll(day + relativedelta(months=months))
    return dt.datetime.combine(day, CLOSE, SH)


# --------------------------------------------------------------------------- timing


def best_us(func: Callable[[], object], seconds: float = 0.2) -> float:
    """Best time of one call in µs over 7 repeats of about ``seconds`` each."""
    number = max(1, int(seconds / max(timeit.timeit(func, number=3) / 3, 1e-7)))
    return min(timeit.repeat(func, number=number, repeat=7)) / number * 1e6


def main() -> int:
    for period in PERIODS:  # warm every cache and check both sides agree
        ours = deadline(START, period, calendar=CAL)
        assert ours == naive(START, period), (period, ours, naive(START, period))
        assert deadline(START, period, calendar=CAL, explain=True).due_at == ours
    print(
        f"custops.periods.deadline benchmark (Python {sys.version.split()[0]}, "
        f"holidays {holidays.__version__})"  # type: ignore[attr-defined]
    )
    print(f"start {START.isoformat()}; µs per call, best of 7\n")
    head = (
        f"{'period':>12} {'plain':>9} {'explain':>9} {'naive loop':>11}"
        f" {'naive/plain':>12} {'explain/plain':>14}"
    )
    print(head)
    print("-" * len(head))
    for period in PERIODS:
        plain = best_us(lambda p=period: deadline(START, p, calendar=CAL))  # type: ignore[misc]
        explained = best_us(lambda p=period: deadline(START, p, calendar=CAL, explain=True))  # type: ignore[misc]
        loop = best_us(lambda p=period: naive(START, p))  # type: ignore[misc]
        print(
            f"{period!s:>12} {plain:9.2f} {explained:9.2f} {loop:11.2f}"
            f" {loop / plain:11.1f}x {explained / plain:13.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
