"""``custops demo``: a tour of the library on a built-in example."""

from __future__ import annotations

import argparse
import datetime as _dt

from custops._text import Term, colon
from custops.calendars import china
from custops.cli._common import Subparsers, format_due
from custops.complaints import classify
from custops.deposits import refund_schedule
from custops.i18n import _
from custops.money import allocate, uppercase, yuan
from custops.periods import deadline
from custops.secrecy import HQ, Person, can_copy, can_know, classify_matter
from custops.sla import presets
from custops.vip import Card, Holder, Ledger, Line, Purchase, qualify, quote

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _start() -> _dt.datetime:
    """When the example complaint is received: 16:00 in the zone of the calendar it is
    counted on (the default, China's)."""
    return _dt.datetime(2025, 9, 30, 16, 0, tzinfo=china().zone)


def _money() -> list[str]:
    amount = yuan("6007.14")
    weights = (1, 1, 1)
    parts = tuple(allocate(yuan("100"), weights))
    return [
        _(
            "Money: exact Decimal yuan, {uppercase} for bills",
            uppercase=Term("大写", "capital figures (大写)"),
        ),
        _("{amount} in capital figures: {words}", amount=amount, words=uppercase(amount)),
        _(
            "{total} split by weights {weights}: {parts} (sum {sum})",
            total=yuan("100"),
            weights=weights,
            parts=parts,
            sum=sum(parts),
        ),
    ]


def _deadline() -> list[str]:
    start = _start()
    result = deadline(start, "3个工作日", explain=True)
    return [
        _(
            "Deadlines: Civil Code arts. 200-204 on the {calendar} calendar",
            calendar=Term("调休", "make-up-day (调休)"),
        ),
        _(
            "a complaint received {received}, handled within {period}:",
            received=format_due(start),
            period=result.period,
        ),
        _("due {due}", due=format_due(result.due_at or result.ends_on)),
        *(f"  - {step}" for step in result.reasoning),
    ]


def _complaint() -> list[str]:
    text = "你们的酒里有很多沉淀，喝起来还发酸，我要退货！"
    result = classify(text)
    schedule = presets.get("winery").schedule(
        {"channel": "phone", "kind": result.kind, "category": result.category}, received_at=_start()
    )
    return [
        _("Complaints and SLA: classify, then each due time"),
        _("the customer: {text}", text=text),
        _(
            "-> {kind} / {category} / {department} (confidence {confidence})",
            kind=result.kind,
            category=result.category,
            department=result.department,
            confidence=result.confidence,
        ),
        f"   {result.reason}",
        *schedule.explain().splitlines(),
    ]


def _vip() -> list[str]:
    day = _dt.date(2025, 6, 1)
    holder = Holder("C001", "王芳", born_on=_dt.date(1990, 6, 1))
    bought = [Purchase(_dt.date(2025, 1, 20), "900"), Purchase(_dt.date(2025, 3, 10), "1200")]
    qualified = qualify(bought, on=_dt.date(2025, 3, 10))
    card = Card.issue("VIP-0001", holder, on=_dt.date(2025, 3, 10), qualification=qualified)
    basket = [Line("299", 2), Line("129", promotion_price="99")]
    result = quote(basket, card, on=day, id_verified=True, ledger=Ledger(card))
    return [
        _("VIP: qualification, one benefit per line, exact points"),
        qualified.reason,
        _("on {day} (the holder's birthday, ID shown):", day=day),
        *(
            "  "
            + _(
                "{price} x{quantity} -> {amount} [{benefit}]",
                price=ql.line.list_price,
                quantity=ql.line.quantity,
                amount=ql.amount,
                benefit=ql.benefit,
            )
            for ql in result.lines
        ),
        _(
            "total {total} (saving {saving}), points earned {points}",
            total=result.total,
            saving=result.saving,
            points=result.points,
        ),
    ]


def _refund() -> list[str]:
    schedule = refund_schedule(
        peak="1000000", balance="800000", announced_on=_dt.date(2025, 10, 31)
    )
    return [
        _("Deposit refund: a 20% reserve, 40% of it after 4 months, the rest after 6"),
        _("the refund notice for the member (always in Chinese):"),
        *(f"  {line}" for line in schedule.render().splitlines()),
    ]


def _secrecy() -> list[str]:
    day = _dt.date(2025, 7, 1)
    supervisor = Person("张伟", company="华东公司", positions={"主管"})
    clerk = Person("李娜", company="华东公司", positions={"员工"})
    gm = Person("赵总", company="华东公司", positions={"子公司总经理"})
    boss = Person("王总", company=HQ, positions={"总公司总经理"})
    plan = classify_matter(
        "2025年度规划",
        "年度规划",
        owner="华东公司",
        classified_on=_dt.date(2025, 1, 2),
        ends_on=_dt.date(2027, 12, 31),
        supervisor_id=supervisor.id,
    )
    return [
        _("Secrecy: deny by default, every decision explained"),
        _(
            "{matter}: {level}, owned by {owner}, supervised by {supervisor}",
            matter=plan.id,
            level=plan.level,
            owner=plan.owner,
            supervisor=supervisor.id,
        ),
        colon(
            _("May {person} (general manager at HQ) know it?", person=boss.id),
            can_know(boss, plan, on=day),
        ),
        colon(_("May {person} (staff) know it?", person=clerk.id), can_know(clerk, plan, on=day)),
        colon(
            _(
                "May {person} copy it with the approval of {approver}?",
                person=supervisor.id,
                approver=gm.id,
            ),
            can_copy(supervisor, plan, on=day, approval=gm),
        ),
        colon(
            _("May {person} copy it without approval?", person=supervisor.id),
            can_copy(supervisor, plan, on=day),
        ),
    ]


#: The sections of ``custops demo``, in order; each returns its title, then its lines.
_SECTIONS = (_deadline, _complaint, _vip, _refund, _secrecy, _money)


def _cmd_demo(args: argparse.Namespace) -> int:
    print(_("custops demo: the library on a built-in example"))
    for section in _SECTIONS:
        title, *lines = section()
        print(f"\n{title}")
        for line in lines:
            print(f"  {line}")
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops demo`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "demo",
        help=_("a tour of what custops answers, on built-in examples"),
        description=_("Run custops on a built-in example and print what each module answers."),
    )
    p.set_defaults(handler=_cmd_demo)
