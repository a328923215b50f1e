"""Time custops.sla's single clock, the bare deadline function and the batch, per case.

Run:  .venv/bin/python benchmarks/bench_sla.py [N]      (N starts, default 20000)

For each target the same N start moments (random minutes of 2025-2026, so many share a
date, as a day's tickets do) are evaluated three ways, side by side, and the answers are
checked equal:

* ``Clock.start(s, target).status(at=s).due_at`` in a loop — the single-case SLA path (it also
  computes the allowance, elapsed time, warnings… of a full :class:`Status`);
* ``periods.deadline(s, period)`` in a loop — the bare deadline function;
* ``due_many(starts, target)`` — one batch call.

The ratio columns say how many times slower the first two are than the batch, and how
much the clock costs over the bare deadline.  The last rows time ``Clock.status`` alone:
a fresh clock, a clock with two pauses (a case being watched), and a clock of 2,000
events (linear: about 1,000 times the cost of one pause, not a million).

Then ``due_many`` over a pandas Series of N aware instants (as read from a CSV export:
``pd.to_datetime(...).dt.tz_localize(...)``), side by side with the same starts as a list
of ``datetime``, as a list of pandas Timestamps (each start read row by row) and with
``vector.deadline_many`` where the target's period is a plain deadline; the answers are
checked equal, and the ratio says how many times slower the list is than the Series.
Skipped without pandas.

Then the desks (issue 17 targets: selection <= 10 µs per case, ``schedule()`` <= 40 µs
per ticket): ``SlaPolicy.select`` and ``SlaPolicy.schedule`` over N tickets with random
spellings of channel, kind and category on every preset — first pass (each desk's
memos empty) and steady state (a desk's day's tickets share dates and spellings), then
the bulk forms ``select_many`` and ``schedule_many`` of the same tickets as columns
(answers checked equal to the loop), with the ratio loop / bulk.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from custops.calendars import WorkCalendar, china
from custops.periods import Period, deadline
from custops.sla import Clock, ClockEvent, EventKind, Target, due_many, presets

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
        single = tuple(Clock.start(s, target, calendar=cal).status(at=s).due_at for s in starts)
        assert due_many(starts, target, calendar=cal) == single
        assert tuple(deadline(s, period, calendar=cal) for s in starts) == single

        def via_clock(t: Target = target) -> object:
            return [Clock.start(s, t, calendar=cal).status(at=s).due_at for s in starts]

        def via_deadline(p: Period = period) -> object:
            return [deadline(s, p, calendar=cal) for s in starts]

        def via_batch(t: Target = target) -> object:
            return due_many(starts, t, calendar=cal)

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
        Clock.start(t0, TARGETS[2], calendar=cal)
        .pause(t0 + dt.timedelta(hours=1))
        .resume(t0 + dt.timedelta(days=9))
        .pause(t0 + dt.timedelta(days=9, hours=2))
        .resume(t0 + dt.timedelta(days=10))
    )
    at = t0 + dt.timedelta(days=10, hours=3)
    fresh = Clock.start(t0, TARGETS[2], calendar=cal)
    events = [ClockEvent(t0, EventKind.START)]
    for i in range(1, 2001):
        kind = EventKind.PAUSE if i % 2 else EventKind.RESUME
        events.append(ClockEvent(t0 + dt.timedelta(minutes=i), kind))
    busy = Clock(TARGETS[2], tuple(events), calendar=cal)
    m = 5_000
    for label, clock in (("fresh", fresh), ("2 pauses", watched)):

        def statuses(c: Clock = clock) -> object:
            return [c.status(at=at) for _ in range(m)]

        us = per_case_us(statuses, m)
        print(f"Clock.status, {label} (resolve 3个工作日): {us:.1f} µs per call")
    us = per_case_us(lambda: [busy.status(at=at) for _ in range(20)], 20)
    print(f"Clock.status, 2,000 events (resolve 3个工作日): {us / 1000:.2f} ms per call")
    series_paths(starts, cal)
    desks(starts, rng)
    return 0


def series_paths(starts: list[dt.datetime], cal: WorkCalendar) -> None:
    """``due_many`` of a Series against a list, a list of Timestamps and vector.deadline_many."""
    try:
        import pandas as pd

        from custops import vector
    except ImportError:
        print("\ndue_many over a pandas Series: skipped (no pandas)")
        return
    n = len(starts)
    column = pd.Series(pd.DatetimeIndex(starts).tz_convert("Asia/Shanghai"), name="received")
    stamps = list(column)  # pandas Timestamps, one by one
    print(f"\ndue_many over a pandas Series of {n} starts; µs per case")
    print(
        f"{'target':<20}{'Series':>9}{'list':>9}{'Timestamps':>12}{'vector':>9}"
        f"{'list/Series':>13}{'Timestamps/Series':>19}"
    )
    for target in TARGETS:
        period = target.period_for()
        answer = due_many(column, target, calendar=cal)
        assert tuple(answer) == due_many(starts, target, calendar=cal)
        assert tuple(due_many(stamps, target, calendar=cal)) == tuple(answer)

        def via_series(t: Target = target) -> object:
            return due_many(column, t, calendar=cal)

        def via_list(t: Target = target) -> object:
            return due_many(starts, t, calendar=cal)

        def via_stamps(t: Target = target) -> object:
            return due_many(stamps, t, calendar=cal)

        def via_vector(p: Period = period) -> object:
            return vector.deadline_many(column, p, calendar=cal)

        vector_us = float("nan")
        if not target.calendar_days:
            assert vector.deadline_many(column, period, calendar=cal).equals(answer)
            vector_us = per_case_us(via_vector, n)
        series_us = per_case_us(via_series, n)
        list_us = per_case_us(via_list, n)
        stamps_us = per_case_us(via_stamps, n, 2)
        label = f"{target.name} {period}"
        print(
            f"{label:<20}{series_us:>9.2f}{list_us:>9.2f}{stamps_us:>12.2f}{vector_us:>9.2f}"
            f"{list_us / series_us:>12.1f}x{stamps_us / series_us:>18.1f}x"
        )


SPELLINGS = {
    "channel": (
        "phone",
        "电话",
        "热线",
        "PHONE",
        "written",
        "书面",
        "online",
        "email",
        "in_person",
        "当面",
        "forwarded",
        "转交",
    ),
    "kind": (
        "complaint",
        "投诉",
        "客户投诉类",
        "Complaint",
        "consultation",
        "咨询",
        "询问",
        "suggestion",
        "建议",
        "praise",
        "表扬",
    ),
    "category": ("product_quality", "质量", "产品质量", "service", "服务质量", "other", "退货"),
}


def desks(starts: list[dt.datetime], rng: random.Random) -> None:
    """select() and schedule() per ticket on every preset, first pass and steady state."""
    n = len(starts)
    # a promise within the resolve target (3 working days, R-SLA-09), as docs/sla.md shows
    promise = {"promised_reply": Period.workdays(2)}
    tickets = [{a: rng.choice(v) for a, v in SPELLINGS.items()} for _ in range(n)]
    print(f"\nDesks: {n} tickets per preset, random spellings; µs per ticket")
    print(
        f"{'preset':<10}{'select 1st':>12}{'select':>10}{'schedule 1st':>14}{'schedule':>10}"
        f"{'select_many':>13}{'ratio':>7}{'schedule_many':>15}{'ratio':>7}"
    )
    columns = {a: [t[a] for t in tickets] for a in SPELLINGS}
    for name in presets.names():
        fresh = presets.get(name)
        clear = fresh._memo.clear, fresh._read.clear, fresh._dues.clear

        def select(p=fresh) -> object:  # type: ignore[no-untyped-def]
            return [p.select(**t) for t in tickets]

        given = promise if name == "tobacco" else None

        def schedule(p=fresh, given=given) -> object:  # type: ignore[no-untyped-def]
            return [
                p.schedule(received_at=s, promised_periods=given, **t)
                for s, t in zip(starts, tickets, strict=True)
            ]

        for c in clear:
            c()
        first_select = per_case_us(select, n, 1)
        select_us = per_case_us(select, n)
        for c in clear:
            c()
        first_schedule = per_case_us(schedule, n, 1)
        schedule_us = per_case_us(schedule, n)

        def select_many(p=fresh) -> object:  # type: ignore[no-untyped-def]
            return p.select_many(**columns)

        def schedule_many(p=fresh, given=given) -> object:  # type: ignore[no-untyped-def]
            return p.schedule_many(received_at=starts, promised_periods=given, **columns)

        assert select_many() == select()
        assert schedule_many() == schedule()
        select_many_us = per_case_us(select_many, n)
        schedule_many_us = per_case_us(schedule_many, n)
        print(
            f"{name:<10}{first_select:>12.2f}{select_us:>10.2f}"
            f"{first_schedule:>14.2f}{schedule_us:>10.2f}"
            f"{select_many_us:>13.2f}{select_us / select_many_us:>6.1f}×"
            f"{schedule_many_us:>15.2f}{schedule_us / schedule_many_us:>6.1f}×"
        )


if __name__ == "__main__":
    raise SystemExit(main())
