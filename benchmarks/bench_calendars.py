"""Time custops.calendars against `holidays` and `numpy.busday_offset`, side by side.

Run:  .venv/bin/python benchmarks/bench_calendars.py   (numpy is a benchmark-only extra)

Every row times one scalar call (best of several repeats, µs per call) after warming
the caches of both sides: custops' index, the populated ``holidays.China`` object and a
prebuilt ``numpy.busdaycalendar``.  numpy knows no 调休 (a weekend day that is worked),
so its answers differ from the real Chinese calendar around golden weeks; it is timed
as the speed reference a pandas user would reach for, not as a correct alternative.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
import timeit
from collections.abc import Callable
from zoneinfo import ZoneInfo

import holidays
from holidays.constants import PUBLIC

from custops.calendars import WorkCalendar

try:
    import numpy as np
except ImportError:  # pragma: no cover - numpy is optional for this script
    np = None  # type: ignore[assignment]

START = dt.date(2025, 9, 30)
END = dt.date(2026, 9, 30)
YEARS = range(2020, 2030)


def best_us(func: Callable[[], object], number: int) -> float:
    """Best time of one call in µs over 5 repeats of ``number`` calls."""
    return min(timeit.repeat(func, number=number, repeat=5)) / number * 1e6


def main() -> int:
    cal = WorkCalendar(final_years=range(2027, 2030))
    data = holidays.country_holidays(
        "CN", years=YEARS, categories=(PUBLIC,), language="zh_CN", expand=False
    )
    # Warm both sides and check they agree before timing anything.
    for n in (3, 250):
        mine = cal.add_workdays(START, n)
        other = data.get_nth_working_day(START, n)
        assert mine == other, (n, mine, other)
    # holidays counts [start, end] inclusive; custops counts (start, end].
    assert cal.workdays_between(START, END) == data.get_working_days_count(
        START + dt.timedelta(days=1), END
    )

    rows: list[tuple[str, float, str, float]] = []
    for n in (3, 250):
        rows.append(
            (
                f"add_workdays(day, {n})",
                best_us(functools.partial(cal.add_workdays, START, n), 20000),
                f"holidays get_nth_working_day(d, {n})",
                best_us(
                    functools.partial(data.get_nth_working_day, START, n), 200 if n > 10 else 2000
                ),
            )
        )
    rows.append(
        (
            "workdays_between(start, end) 1 year",
            best_us(lambda: cal.workdays_between(START, END), 20000),
            "holidays get_working_days_count(a, b)",
            best_us(lambda: data.get_working_days_count(START, END), 50),
        )
    )

    if np is not None:
        rest = [np.datetime64(d) for d in data if d.weekday() < 5]
        busday = np.busdaycalendar(weekmask="1111100", holidays=rest)
        np_start = np.datetime64(START)
        np_end = np.datetime64(END)
        for n in (3, 250):
            rows.append(
                (
                    f"add_workdays(day, {n})",
                    best_us(functools.partial(cal.add_workdays, START, n), 20000),
                    f"numpy busday_offset(d, {n}, busdaycal=)",
                    best_us(
                        functools.partial(
                            np.busday_offset, np_start, n, roll="forward", busdaycal=busday
                        ),
                        20000,
                    ),
                )
            )
        rows.append(
            (
                "add_workdays(day, 3)",
                best_us(lambda: cal.add_workdays(START, 3), 20000),
                "numpy busday_offset(d, 3, holidays=list)",
                best_us(lambda: np.busday_offset(np_start, 3, roll="forward", holidays=rest), 2000),
            )
        )
        rows.append(
            (
                "workdays_between(start, end) 1 year",
                best_us(lambda: cal.workdays_between(START, END), 20000),
                "numpy busday_count(a, b, busdaycal=)",
                best_us(lambda: np.busday_count(np_start, np_end, busdaycal=busday), 20000),
            )
        )

    sh = ZoneInfo("Asia/Shanghai")
    t = dt.datetime(2025, 9, 30, 16, tzinfo=sh)
    extra = [
        (
            "add_working_time(at, 3 h)",
            best_us(lambda: cal.add_working_time(t, dt.timedelta(hours=3)), 5000),
        ),
        (
            "add_working_time(at, 2000 h)",
            best_us(lambda: cal.add_working_time(t, dt.timedelta(hours=2000)), 5000),
        ),
        (
            "working_time_between(start, start + 1 year)",
            best_us(
                lambda: cal.working_time_between(t, t + dt.timedelta(days=365)),
                5000,
            ),
        ),
        ("is_workday(day)", best_us(lambda: cal.is_workday(START), 50000)),
        ("build index: WorkCalendar() + first call", best_us(lambda: cold_start(START), 5)),
    ]

    print(
        f"custops.calendars benchmark (Python {sys.version.split()[0]}, "
        f"holidays {holidays.__version__}"  # type: ignore[attr-defined]
        f"{', numpy ' + np.__version__ if np is not None else ', numpy not installed'})"
    )
    print()
    head = f"{'custops':36} {'µs':>8}   {'other library':42} {'µs':>9}   {'other/custops':>13}"
    print(head)
    print("-" * len(head))
    for ours_name, ours, theirs_name, theirs in rows:
        print(
            f"{ours_name:36} {ours:8.2f}   {theirs_name:42} {theirs:9.2f}   {theirs / ours:12.1f}x"
        )
    print()
    for name, value in extra:
        print(f"{name:44} {value:9.2f} µs")
    return 0


def cold_start(day: dt.date) -> bool:
    """A fresh calendar's first answer: builds the decade index from the holidays data."""
    return WorkCalendar().is_workday(day)


if __name__ == "__main__":
    raise SystemExit(main())
