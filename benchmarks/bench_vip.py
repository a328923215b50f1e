"""Throughput of custops.vip: quotes, ledger operations, qualification.

Run: ``.venv/bin/python benchmarks/bench_vip.py``.  Pure-Python baseline, no comparison library
(no loyalty library on PyPI implements D7's rules); the numbers show the cost per call.
"""

from __future__ import annotations

import timeit
from datetime import date, timedelta
from decimal import Decimal

from custops.vip import Card, Holder, Ledger, Line, Purchase, qualify, quote

CARD = Card.issue("VIP-1", Holder("C1", "王芳", born_on=date(1990, 6, 1)), on=date(2024, 1, 1))
BASKET = [
    Line("199", 2),
    Line("129", promotion_price="99"),
    Line("88", coupon="5"),
    Line("45.5", 3),
    Line("300", special_price="260"),
] * 2


def build_ledger(n: int) -> Ledger:
    led = Ledger(CARD)
    for i in range(n):
        led = led.earn(date(2024, 1, 1) + timedelta(days=i // 3), Decimal(137 + i % 50), f"S{i}")
    return led


def main() -> None:
    led = build_ledger(300)
    day = date(2024, 6, 1)
    purchases = [
        Purchase(date(2024, 1, 1) + timedelta(days=i), Decimal(40 + i)) for i in range(200)
    ]
    cases = {
        "quote, 10 lines, no card": lambda: quote(BASKET, on=day),
        "quote, 10 lines, card + 300-entry ledger": lambda: quote(
            BASKET, CARD, on=day, ledger=led, id_verified=True
        ),
        "ledger.earn on a 300-entry ledger": lambda: led.earn(day, "268.28", "NEW"),
        "ledger.redeem on a 300-entry ledger": lambda: led.redeem(day, 50, "电饭煲"),
        "ledger.reverse on a 300-entry ledger": lambda: led.reverse(day, "S10"),
        "build a 300-entry ledger": lambda: build_ledger(300),
        "qualification over 200 purchases": lambda: qualify(purchases, on=date(2024, 7, 1)),
    }
    for name, call in cases.items():
        number, total = timeit.Timer(call).autorange()
        print(f"{name:45s} {total / number * 1e6:10.1f} µs/call")


if __name__ == "__main__":
    main()
