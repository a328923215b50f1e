"""The cost of one points-ledger operation by the length of the ledger's history.

Run: ``.venv/bin/python benchmarks/bench_vip_ledger.py [LENGTH ...]`` (default 20 2000 4000).
One card holds LENGTH purchases (six a day, points valid 12 months, a gift every 50
purchases); each operation is then timed on that ledger, and a run of 200 purchases is
appended to it one after another.  The times are CPU time (``time.process_time``, best of
seven rounds, µs per call), which a busy machine disturbs less than wall time; the 1-minute
load average is printed beside each row.  "the next day" lets the points of the purchases of
a year before lapse (their expiry entries are part of the operation).
"""

from __future__ import annotations

import os
import sys
import time
import timeit
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from custops.vip import Card, Holder, Ledger, VipPolicy

START = date(2024, 1, 1)
POLICY = VipPolicy(points_validity_months=12)
CARD = Card.issue("VIP-1", Holder("C1", "王芳"), on=START)


def build_ledger(length: int) -> Ledger:
    """``length`` purchases, six a day, a gift every 50 purchases."""
    led = Ledger(CARD, policy=POLICY)
    for i in range(length):
        day = START + timedelta(days=i // 6)
        led = led.earn(day, Decimal(137 + i % 50), f"S{i}")
        if i % 50 == 49:
            led = led.redeem(day, 3, "保温杯")
    return led


def best(call: Callable[[], object], number: int) -> float:
    """CPU µs per call, the best of seven rounds of ``number`` calls."""
    rounds = timeit.repeat(call, number=number, repeat=7, timer=time.process_time)
    return min(rounds) / number * 1e6


def main(lengths: list[int]) -> None:
    print(f"{'entries':>8} {'operation':34s} {'CPU µs':>9} {'load':>5}")
    for length in lengths:
        measure(length)


def measure(length: int) -> None:
    """Print the cost of each operation on a ledger of ``length`` purchases."""
    led = build_ledger(length)
    day = led.last_event_on
    assert day is not None
    later = day + timedelta(days=1)
    lapse_count = len(led.expire(later).entries) - len(led.entries)
    recent = f"S{length - 1}"
    cases: dict[str, Callable[[], object]] = {
        "earn": lambda: led.earn(day, "268.28", "NEW"),
        f"earn the next day ({lapse_count} lapsing)": lambda: led.earn(later, "268.28", "NEW"),
        "redeem": lambda: led.redeem(day, 5, "电饭煲"),
        "reverse the latest purchase": lambda: led.reverse(day, recent),
        f"expire the next day ({lapse_count} lapsing)": lambda: led.expire(later),
        "valid_points (the balance)": lambda: led.valid_points(on=day),
        "lapsing (the next day)": lambda: led.lapsing(on=later),
    }
    entries = len(led.entries)
    for name, call in cases.items():
        print(f"{entries:8d} {name:34s} {best(call, 200):9.1f} {os.getloadavg()[0]:5.2f}")

    def append() -> None:
        grown = led
        for i in range(200):
            grown = grown.earn(day, "99.5", f"T{i}")

    per_earn = best(append, 1) / 200
    load = os.getloadavg()[0]
    print(f"{entries:8d} {'200 earns in a row (each)':34s} {per_earn:9.1f} {load:5.2f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [20, 2000, 4000])
