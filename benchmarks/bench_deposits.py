"""Time custops.deposits: the refund schedule and its printed notice (issue 7).

No other library computes this schedule, so the numbers are absolute, per call, on a warm
calendar: ``refund_schedule`` without and with claims, one schedule of a batch of 1,000
different members (each its own peak, balance and day: what a nightly run over every member
pays per schedule), and ``RefundSchedule.render()``.

Run:  .venv/bin/python benchmarks/bench_deposits.py [--number N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import timeit
from collections.abc import Callable

from custops.calendars import china
from custops.deposits import Claim, refund_schedule


def _per_call(func: Callable[[], object], number: int) -> float:
    """The best of five runs, in microseconds per call."""
    return min(timeit.repeat(func, number=number, repeat=5)) / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=3000, help="calls per timing run")
    args = parser.parse_args()

    china()  # build the shared calendar's index once, outside the timings
    announced = dt.date(2025, 10, 31)
    claims = [Claim("1000", "fees", on=dt.date(2025, 11, day)) for day in range(1, 6)]
    schedule = refund_schedule(peak="1000000", balance="800000", announced_on=announced)
    members = [
        (
            f"{1000 + 7919 * i}.{i % 100:02d}",
            f"{500 + 3301 * i}.00",
            dt.date(2025, 1, 1) + dt.timedelta(i % 180),
        )
        for i in range(1000)
    ]

    def batch() -> None:
        for peak, balance, day in members:
            refund_schedule(peak=peak, balance=balance, announced_on=day)

    cases: list[tuple[str, Callable[[], object]]] = [
        (
            "refund_schedule (seed example)",
            lambda: refund_schedule(peak="1000000", balance="800000", announced_on=announced),
        ),
        (
            "refund_schedule with 5 claims",
            lambda: refund_schedule(
                peak="1000000", balance="800000", announced_on=announced, claims=claims
            ),
        ),
        ("RefundSchedule.render()", schedule.render),
    ]
    for name, func in cases:
        print(f"{name:34} {_per_call(func, args.number):8.1f} µs")
    per_schedule = _per_call(batch, max(1, args.number // 1000)) / len(members)
    print(f"{'refund_schedule, 1,000 members':34} {per_schedule:8.1f} µs per schedule")


if __name__ == "__main__":
    main()
