"""Time custops.serial: to_json / from_json of a clock, a case and a ledger.

Run:  .venv/bin/python benchmarks/bench_serial.py [N]      (N calls, default 20000)

Issue 15's target: ``to_json`` of a 3-event clock in at most 20 µs.  Side by side:

* ``serial.to_json`` — the shipped path: cattrs-generated unstructuring, the JSON text of
  shared values (the calendar, the target, a policy) written once and reused;
* ``to_dict + json.dumps`` — the same document without the reuse (the dict API);
* ``attrs.asdict + json.dumps`` — what an application writes by hand (with a
  ``value_serializer`` for enums, Decimals, dates and zones): no tags, no version, no way
  back;
* ``serial.from_json`` — loading: JSON, checks, then the value's constructor (a clock
  recomputes its deadlines, a case replays its events, a ledger checks its state).

The first row times ``sum(range(1000))``: compare machines by it (about 10 µs on an idle
2020s laptop core); the numbers scale with it.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from custops import serial
from custops.complaints import Case, Complaint
from custops.periods import Period
from custops.sla import Clock, Target
from custops.vip import Card, Holder, Ledger

SH = ZoneInfo("Asia/Shanghai")


def per_call_us(func: Callable[[], object], n: int, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(n):
            func()
        best = min(best, time.perf_counter() - t0)
    return best / n * 1e6


def by_hand(_: Any, __: Any, value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (Decimal, ZoneInfo)):
        return str(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (frozenset, tuple)):
        return list(value)
    return value


def fallback(value: Any) -> Any:
    if isinstance(value, (frozenset, set)):
        return sorted(by_hand(None, None, v) for v in value)
    return by_hand(None, None, value)


def init_only(field: attrs.Attribute[Any], _: Any) -> bool:
    return field.init


def values() -> dict[str, Any]:
    start = dt.datetime(2025, 10, 9, 9, tzinfo=SH)
    clock = (
        Clock.start(start, Target("reply", Period.parse("24小时"), rule="R-SLA-05"))
        .pause(start + dt.timedelta(hours=3))
        .resume(start + dt.timedelta(hours=5))
    )
    complaint = Complaint(
        received_at=dt.datetime(2025, 9, 30, 16, tzinfo=SH),
        channel="电话",
        content="上周买的酒有怪味，口感不对",
        complainant="王先生",
        claimed_loss="760",
        demand="换货",
    )
    case = Case.open(complaint, "客户关系顾问", policy="winery").classify(
        dt.datetime(2025, 9, 30, 16, 40, tzinfo=SH),
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    case = case.reply(dt.datetime(2025, 10, 1, 10, tzinfo=SH), "客户关系顾问", note="已取样")
    ledger = Ledger(Card.issue("VIP-1", Holder("C1", "王芳"), on=dt.date(2024, 1, 1)))
    for i in range(10):
        ledger = ledger.earn(dt.date(2024, 1, 2 + i), Decimal("188.80"), f"S{i}")
    ledger = ledger.redeem(dt.date(2024, 2, 1), 10, "保温杯")
    return {"clock (3 events)": clock, "case (3 events)": case, "ledger (11 entries)": ledger}


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    print(f"calibration sum(range(1000)): {per_call_us(lambda: sum(range(1000)), 2000):8.1f} µs")
    print(
        f"{'value':<22}{'bytes':>7}{'to_json':>10}{'dict+dumps':>12}"
        f"{'by hand':>10}{'from_json':>11}   (µs per call)"
    )
    for name, value in values().items():
        text = serial.to_json(value)
        assert serial.from_json(text) == value
        assert json.loads(text) == serial.to_dict(value)
        rounds = n if "clock" in name else max(n // 10, 1)

        def dumps_dict(value: Any = value) -> str:
            return json.dumps(serial.to_dict(value), ensure_ascii=False, separators=(",", ":"))

        def dumps_by_hand(value: Any = value) -> str:
            data = attrs.asdict(value, filter=init_only, value_serializer=by_hand)
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=fallback)

        def dump(value: Any = value) -> str:
            return serial.to_json(value)

        def load(text: str = text) -> Any:
            return serial.from_json(text)

        to = per_call_us(dump, rounds)
        plain = per_call_us(dumps_dict, rounds)
        hand = per_call_us(dumps_by_hand, rounds)
        back = per_call_us(load, max(rounds // 20, 1))
        size = len(text.encode())
        print(f"{name:<22}{size:>7}{to:>10.1f}{plain:>12.1f}{hand:>10.1f}{back:>11.1f}")
    # the realistic case: every clock different (its own events), the calendar and target
    # shared as an application shares them
    target = Target("reply", Period.parse("24小时"), rule="R-SLA-05")
    origin = dt.datetime(2025, 3, 3, 9, tzinfo=SH)
    clocks = []
    for i in range(min(n, 5000)):
        start = origin + dt.timedelta(minutes=7 * i)
        clock = Clock.start(start, target).pause(start + dt.timedelta(hours=1))
        clocks.append(clock.resume(start + dt.timedelta(hours=2)))

    def all_clocks() -> None:
        for clock in clocks:
            serial.to_json(clock)

    fresh = per_call_us(all_clocks, 1) / len(clocks)
    print(
        f"{len(clocks)} different 3-event clocks, shared calendar and target: {fresh:.1f} µs each"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
