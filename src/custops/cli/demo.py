"""``custops demo``: a tour of the library on a built-in example."""

from __future__ import annotations

import argparse
import datetime as _dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from custops.cli._common import CLI_ZONE, Subparsers, format_due
from custops.complaints import classify
from custops.deposits import refund_schedule
from custops.money import allocate, uppercase, yuan
from custops.periods import deadline
from custops.secrecy import HQ, Person, can_copy, can_know, classify_matter
from custops.sla import presets
from custops.vip import Card, Holder, Line, Purchase, qualification, quote

_START = _dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo(CLI_ZONE))


def _money() -> list[str]:
    amount = yuan("6007.14")
    parts = allocate(yuan("100"), [1, 1, 1])
    return [
        "Money (custops.money): exact Decimal yuan, 大写 for bills",
        f"  uppercase({amount}) = {uppercase(amount)}",
        f"  allocate(100.00, [1, 1, 1]) = {', '.join(str(p) for p in parts)} (sum {sum(parts)})",
    ]


def _deadline() -> list[str]:
    result = deadline(_START, "3个工作日", explain=True)
    return [
        "Deadlines (custops.periods): Civil Code arts. 200-204 on the 调休 calendar",
        f"  a complaint received {format_due(_START)}, handled within 3个工作日:",
        f"  due {format_due(result.due)}",
        *(f"    - {step}" for step in result.steps),
    ]


def _complaint() -> list[str]:
    text = "你们的酒里有很多沉淀，喝起来还发酸，我要退货！"
    result = classify(text)
    schedule = presets.get("winery").schedule(
        {"channel": "phone", "kind": result.kind, "category": result.category}, at=_START
    )
    return [
        "Complaints and SLA (custops.complaints, custops.sla): classify, then each due time",
        f"  {text}",
        f"  -> {result.kind.label} / {result.category.label} / {result.department.label}"
        f" (confidence {result.confidence}; {result.reason})",
        *(f"  {line}" for line in schedule.explain().splitlines()),
    ]


def _vip() -> list[str]:
    day = _dt.date(2025, 6, 1)
    holder = Holder("C001", "王芳", born_on=_dt.date(1990, 6, 1))
    bought = [Purchase(_dt.date(2025, 1, 20), "900"), Purchase(_dt.date(2025, 3, 10), "1200")]
    qualified = qualification(bought, on=_dt.date(2025, 3, 10))
    card = Card.issue("VIP-0001", holder, on=_dt.date(2025, 3, 10), qualification=qualified)
    basket = [Line("299", 2), Line("129", promotion_price="99")]
    result = quote(basket, card, on=day, id_verified=True)
    return [
        "VIP (custops.vip): qualification, one benefit per line, exact points",
        f"  {qualified.reason}",
        f"  on {day} (the holder's birthday, ID shown):",
        *(
            f"    {ql.line.list_price} x{ql.line.quantity} -> {ql.amount} [{ql.benefit.label}]"
            for ql in result.lines
        ),
        f"  total {result.total} (saving {result.saving}), points earned {result.points}",
    ]


def _refund() -> list[str]:
    schedule = refund_schedule(
        peak="1000000", balance="800000", announced_on=_dt.date(2025, 10, 31)
    )
    return [
        "Deposit refund (custops.deposits): 20% reserve, 40% after 4 months, 60% after 6",
        *(f"  {line}" for line in schedule.render().splitlines()),
    ]


def _secrecy() -> list[str]:
    day = _dt.date(2025, 7, 1)
    supervisor = Person("sup", company="华东公司", positions={"主管"})
    clerk = Person("li", company="华东公司", positions={"员工"})
    gm = Person("gm", company="华东公司", positions={"子公司总经理"})
    boss = Person("wang", company=HQ, positions={"总公司总经理"})
    plan = classify_matter(
        "2025年度规划",
        "年度规划",
        owner="华东公司",
        classified_on=_dt.date(2025, 1, 2),
        ends_on=_dt.date(2027, 12, 31),
        supervisor="sup",
    )
    checks = [
        ("wang (HQ GM) may know", can_know(boss, plan, on=day)),
        ("li (staff) may know", can_know(clerk, plan, on=day)),
        (
            "sup may copy it with the subsidiary GM's approval",
            can_copy(supervisor, plan, on=day, approval=gm),
        ),
        ("sup may copy it without approval", can_copy(supervisor, plan, on=day)),
    ]
    return [
        "Secrecy (custops.secrecy): deny by default, every decision explained",
        f"  {plan.id}: {plan.level.label}, owned by 华东公司, supervisor sup",
        *(
            f"  {question}? {'yes' if decision else 'no'} [{decision.rule}] {decision.reason}"
            for question, decision in checks
        ),
    ]


#: The sections of ``custops demo``, in order; each returns its lines.
_SECTIONS: tuple[Callable[[], list[str]], ...] = (
    _deadline,
    _complaint,
    _vip,
    _refund,
    _secrecy,
    _money,
)


def _cmd_demo(args: argparse.Namespace) -> int:
    print("custops demo: the library on a built-in example")
    for section in _SECTIONS:
        print()
        print("\n".join(section()))
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops demo``."""
    p = sub.add_parser(
        "demo",
        help="a tour of the library on a built-in example",
        description="Run custops on a built-in example and print what each module answers.",
    )
    p.set_defaults(handler=_cmd_demo)
