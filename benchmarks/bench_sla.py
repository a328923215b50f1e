"""Time custops.sla's single clock, the bare deadline function and the batch, per case.

Run:  .venv/bin/python benchmarks/bench_sla.py [N]      (N starts, default 20000)

For each target the same N start moments (random minutes of 2025-2026, so many share a
date, as a day's tickets do) are evaluated three ways, side by side, and the answers are
checked equal:

* ``Clock.start(target, s).status(s).due`` in a loop — the single-case SLA path (it also
  computes the allowance, elapsed time, warnings… of a full :class:`Status`);
* ``periods.deadline(s, period)`` in a loop — the bare deadline function;
* ``due_many(starts, target)`` — one batch call.

The ratio columns say how many times slower the first two are than the batch, and how
much the clock costs over the bare deadline.  The last rows time ``Clock.status`` alone:
a fresh clock, a clock with two pauses (a case being watched), and a clock of 2,000
events (linear: about 1,000 times the cost of one pause, not a million).
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
from custops.sla import Clock, ClockEvent, EventKind, Target, due_many

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

    print(f"custops.sla: {n} starts, distinct dates {len({s.date() for s in starts})}; µs per case")
    print(
        f"{'target':<20}{'Clock':>9}{'deadline':>10}{'due_many':>10}"
        f"{'Clock/batch':>13}{'deadline/batch':>16}{'Clock/deadline':>16}"
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

        clock_us = per_case_us(via_clock, n, 2)
        deadline_us = per_case_us(via_deadline, n, 2)
        batch_us = per_case_us(via_batch, n)
        label = f"{target.name} {period}"
        print(
            f"{label:<20}{clock_us:>9.2f}{deadline_us:>10.2f}{batch_us:>10.2f}"
            f"{clock_us / batch_us:>12.0f}x{deadline_us / batch_us:>15.0f}x"
            f"{clock_us / deadline_us:>15.1f}x"
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
    fresh = Clock.start(TARGETS[2], t0, cal)
    events = [ClockEvent(EventKind.START, t0)]
    for i in range(1, 2001):
        kind = EventKind.PAUSE if i % 2 else EventKind.RESUME
        events.append(ClockEvent(kind, t0 + dt.timedelta(minutes=i)))
    busy = Clock(TARGETS[2], tuple(events), cal)
    m = 5_000
    for label, clock in (("fresh", fresh), ("2 pauses", watched)):

        def statuses(c: Clock = clock) -> object:
            return [c.status(at) for _ in range(m)]

        us = per_case_us(statuses, m)
        print(f"Clock.status, {label} (resolve 3个工作日): {us:.1f} µs per call")
    us = per_case_us(lambda: [busy.status(at) for _ in range(20)], 20)
    print(f"Clock.status, 2,000 events (resolve 3个工作日): {us / 1000:.2f} ms per call")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
