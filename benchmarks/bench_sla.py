"""Time custops.sla's batch entry point against the single-case path, per case.

Run:  .venv/bin/python benchmarks/bench_sla.py [N]      (N starts, default 20000)

For each target the same N start moments (random minutes of 2025-2026, so many share a
date, as a day's tickets do) are evaluated three ways, and the answers are checked equal:

* ``Clock.start(target, s).status(s).due`` in a loop — the single-case SLA path;
* ``periods.deadline(s, period)`` in a loop — the bare deadline function;
* ``due_many(starts, target)`` — one batch call.

A last row times ``Clock.status`` of a clock with two pauses (a case being watched).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from custops.calendars import china
from custops.periods import Period, deadline
from custops.sla import Clock, Target, due_many

SH = ZoneInfo("Asia/Shanghai")
TARGETS = (
    Target("reply", "24小时", rule="R-SLA-05"),
    Target("solution", "1个工作日", rule="R-SLA-01"),
    Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09"),
    Target("close", "1周", rule="R-SLA-04"),
    Target("answer", "8个工作小时"),
)


def per_case_us(func: Callable[[], object], n: int, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best / n * 1e6


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    rng = random.Random(4)
    origin = dt.datetime(2025, 1, 1, tzinfo=SH)
    span = int((dt.datetime(2026, 10, 31, tzinfo=SH) - origin).total_seconds() // 60)
    starts = [origin + dt.timedelta(minutes=rng.randrange(span)) for _ in range(n)]
    cal = china()
    cal.working_time_between(origin, dt.datetime(2026, 12, 31, tzinfo=SH))  # warm the index

    print(f"custops.sla: {n} starts, distinct dates {len({s.date() for s in starts})}")
    print(
        f"{'target':<22}{'Clock µs/case':>15}{'deadline µs':>13}{'due_many µs':>13}{'speed-up':>10}"
    )
    for target in TARGETS:
        period = target.period_for()
        single = tuple(Clock.start(target, s, cal).status(s).due for s in starts)
        assert due_many(starts, target, cal) == single
        assert tuple(deadline(s, period, cal) for s in starts) == single

        def via_clock(t: Target = target) -> object:
            return [Clock.start(t, s, cal).status(s).due for s in starts]

        def via_deadline(p: Period = period) -> object:
            return [deadline(s, p, cal) for s in starts]

        def via_batch(t: Target = target) -> object:
            return due_many(starts, t, cal)

        clock_us = per_case_us(via_clock, n, 1)
        deadline_us = per_case_us(via_deadline, n, 1)
        batch_us = per_case_us(via_batch, n)
        label = f"{target.name} {period}"
        print(
            f"{label:<22}{clock_us:>15.2f}{deadline_us:>13.2f}{batch_us:>13.2f}"
            f"{clock_us / batch_us:>9.0f}x"
        )

    t0 = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)
    watched = (
        Clock.start(TARGETS[2], t0, cal)
        .pause(t0 + dt.timedelta(hours=1))
        .resume(t0 + dt.timedelta(days=9))
        .pause(t0 + dt.timedelta(days=9, hours=2))
        .resume(t0 + dt.timedelta(days=10))
    )
    at = t0 + dt.timedelta(days=10, hours=3)
    m = 5_000
    status_us = per_case_us(lambda: [watched.status(at) for _ in range(m)], m)
    print(f"Clock.status with 2 pauses (resolve 3个工作日): {status_us:.1f} µs per call")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
