"""custops.vector on a million rows, side by side with numpy and a Python loop.

Run:  python benchmarks/bench_vector.py [--rows N] [--until 2027-06-30]

Prints, for N random (day, n) pairs over 2015–2026 (n in 1..20):

- ``vector.add_workdays_many`` vs ``numpy.busday_offset`` with a prebuilt ``busdaycalendar``
  (China's holidays from the same calendar, Saturday/Sunday weekend — numpy cannot
  express 调休 make-up Saturdays) vs a Python loop over the scalar ``add_workdays``
  (timed on a sample and scaled), with the ratios and the disagreements of each with the
  scalar answer;
- day-level ``vector.deadline_many`` for N aware starts ("3个工作日") and working-hour
  deadlines ("8个工作小时"), working days under convention="working_time",
  ``vector.provisional_many`` of the day-level deadlines, and the deadlines with their
  provisional flags as two calls and as one (``with_provisional=True``), each as a ratio
  to ``deadline_many`` alone; with pyarrow installed, the same deadlines of a pyarrow-backed
  Series and of a ``ChunkedArray``, as a ratio to the numpy-backed Series;
- ``vector.status_many`` of N clocks, a third paused once and half stopped.

Needs ``pip install 'custops[numpy]'`` and pandas.  Timing figures depend on the machine
and its load (the 1-minute load average is printed first and last); the ratios are the
point.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
import pandas as pd

from custops import vector
from custops.calendars import china


def best(fn: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def load() -> str:
    """The 1-minute load average, to print beside the figures (timings depend on it)."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "unknown"


def main() -> None:
    print(f"load average {load()} (1 minute) on {os.cpu_count()} cores")
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--until",
        default=None,
        help="draw the days from 2025-01-01 to this day (e.g. 2027-06-30: a share of rows "
        "in a year not yet published) instead of 2015-2026",
    )
    args = parser.parse_args()
    rows = args.rows
    rng = np.random.default_rng(20251001)
    cal = china()
    first = np.datetime64("2015-01-01" if args.until is None else "2025-01-01")
    span = 365 * 12 - 60
    if args.until is not None:
        span = int((np.datetime64(args.until) - first).astype(int)) + 1
    days = first + rng.integers(0, span, rows).astype("timedelta64[D]")
    n = rng.integers(1, 21, rows)

    vector.add_workdays_many(days[:10], n[:10])  # build the day tables once (cached)
    t_vec = best(lambda: vector.add_workdays_many(days, n))
    got = vector.add_workdays_many(days, n)

    holidays = [
        d
        for d in np.arange("2015-01-01", "2028-01-01", dtype="datetime64[D]").astype(object)
        if d.weekday() < 5 and not cal.is_workday(d)
    ]
    busday = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    rolled = np.busday_offset(days, 0, roll="backward", busdaycal=busday)
    t_np = best(lambda: np.busday_offset(rolled, n, roll="forward", busdaycal=busday))
    np_got = np.busday_offset(rolled, n, roll="forward", busdaycal=busday)

    sample = min(rows, 100_000)
    pydays = days[:sample].astype(object).tolist()
    pyn = n[:sample].tolist()
    t0 = time.perf_counter()
    scalar = [cal.add_workdays(d, k) for d, k in zip(pydays, pyn, strict=True)]
    t_loop = (time.perf_counter() - t0) * rows / sample

    vec_wrong = int((got[:sample].astype(object) != np.array(scalar, dtype=object)).sum())
    np_wrong = int((np_got[:sample].astype(object) != np.array(scalar, dtype=object)).sum())
    print(f"add_workdays on {rows:,} rows")
    print(f"  custops.vector        {t_vec * 1e3:8.1f} ms   disagreements {vec_wrong}/{sample}")
    print(
        f"  numpy.busday_offset   {t_np * 1e3:8.1f} ms   disagreements {np_wrong}/{sample}"
        f"   ({t_np / t_vec:.1f}x the vector time)"
    )
    print(f"  Python loop (scaled)  {t_loop * 1e3:8.1f} ms   ({t_loop / t_vec:.0f}x)")

    minutes = rng.integers(0, 24 * 60, rows).astype("timedelta64[m]")
    starts = pd.Series(days.astype("datetime64[us]") + minutes).dt.tz_localize("Asia/Shanghai")
    vector.deadline_many(starts[:10], "3个工作日")
    t_dl = best(lambda: vector.deadline_many(starts, "3个工作日"), repeat=2)
    print(f"deadlines 3个工作日 on {rows:,} aware starts: {t_dl * 1e3:8.1f} ms")
    try:
        import pyarrow as pa
    except ImportError:
        print("  (no pyarrow: the arrow inputs are not timed)")
    else:
        backed = starts.astype("timestamp[us, tz=Asia/Shanghai][pyarrow]")
        chunked = pa.chunked_array([backed.array.__arrow_array__().combine_chunks()])
        t_backed = best(lambda: vector.deadline_many(backed, "3个工作日"), repeat=2)
        t_chunked = best(lambda: vector.deadline_many(chunked, "3个工作日"), repeat=2)
        print(
            f"  pyarrow-backed Series {t_backed * 1e3:8.1f} ms ({t_backed / t_dl:.2f}x numpy), "
            f"pyarrow ChunkedArray {t_chunked * 1e3:8.1f} ms ({t_chunked / t_dl:.2f}x)"
        )
    vector.deadline_many(starts[:10], "8个工作小时")
    t_wh = best(lambda: vector.deadline_many(starts, "8个工作小时"), repeat=2)
    print(f"deadlines 8个工作小时 on {rows:,} aware starts: {t_wh * 1e3:8.1f} ms")
    vector.deadline_many(starts[:10], "3个工作日", convention="working_time")
    t_wt = best(lambda: vector.deadline_many(starts, "3个工作日", convention="working_time"), 2)
    print(f"deadlines 3个工作日 working_time on {rows:,} starts: {t_wt * 1e3:8.1f} ms")
    t_pv = best(lambda: vector.provisional_many(starts, "3个工作日"), repeat=2)
    print(f"provisional_many 3个工作日 on {rows:,} aware starts: {t_pv * 1e3:8.1f} ms")
    t_both = best(lambda: vector.deadline_many(starts, "3个工作日", with_provisional=True), 2)
    print(
        f"deadlines and provisional flags, 3个工作日 on {rows:,} starts:\n"
        f"  two calls (deadlines + provisional_many)  {(t_dl + t_pv) * 1e3:8.1f} ms"
        f"   ({(t_dl + t_pv) / t_dl:.2f}x deadlines alone)\n"
        f"  one call (with_provisional=True)           {t_both * 1e3:8.1f} ms"
        f"   ({t_both / t_dl:.2f}x deadlines alone)"
    )
    check = starts.iloc[:2000]
    from custops.periods import deadline

    expected = [deadline(t.to_pydatetime(), "3个工作日") for t in check]
    got_dl = [t.to_pydatetime() for t in vector.deadline_many(check, "3个工作日")]
    print(
        f"  disagreements with periods.deadline on 2,000 rows: "
        f"{sum(a != b for a, b in zip(got_dl, expected, strict=True))}"
    )
    bench_clocks(rows, rng)
    print(f"load average {load()} (1 minute)")


def bench_clocks(rows: int, rng: object) -> None:
    """SLA status of `rows` clocks given as columns, a third of them paused once."""
    import datetime as dt

    from custops.sla import Target

    gen = rng  # numpy Generator
    start0 = np.datetime64("2025-01-02T01:00", "us")
    starts = start0 + gen.integers(0, 300 * 86_400, rows).astype("timedelta64[s]")  # type: ignore[attr-defined]
    paused = np.flatnonzero(gen.random(rows) < 1 / 3)  # type: ignore[attr-defined]
    p0 = starts[paused] + np.timedelta64(2, "h")
    p1 = p0 + gen.integers(0, 48 * 3600, len(paused)).astype("timedelta64[s]")  # type: ignore[attr-defined]
    stops = np.where(gen.random(rows) < 0.5, starts + np.timedelta64(5, "D"), np.datetime64("NaT"))  # type: ignore[attr-defined]
    at = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)
    target = Target("resolve", "3个工作日", rule="R-SLA-09")
    per_clock = (starts.nbytes + stops.nbytes + (p0.nbytes + p1.nbytes + paused.nbytes)) / rows

    def utc(column: np.ndarray) -> pd.Series:  # instants are aware: these are UTC ones
        return pd.Series(column.astype("datetime64[us]")).dt.tz_localize("UTC")

    aware = utc(starts)
    pauses = (paused, utc(p0), utc(p1))
    args = {"at": at, "stopped_at": utc(stops), "pauses": pauses}
    vector.status_many(aware[:10], target, at=at)
    t = best(lambda: vector.status_many(aware, target, **args), repeat=2)  # type: ignore[arg-type]
    print(
        f"status_many (3个工作日, 1/3 paused, 1/2 stopped) on {rows:,} clocks: "
        f"{t * 1e3:8.1f} ms; input columns {per_clock:.0f} bytes per clock"
    )


if __name__ == "__main__":
    main()
