"""``custops vip quote LINE... | qualify DATE=AMOUNT... | report-due [--on DATE]``: VIP cards
(D7); ``--on`` is the day of the question (default: today), as in every command."""

from __future__ import annotations

import argparse
import re
from decimal import Decimal
from typing import Any

import attrs

from custops._text import colon, verdict_word
from custops._validate import of_part, require_distinct
from custops.calendars import asking_provisional
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_deadline_options,
    add_enum_option,
    add_json_option,
    as_arguments,
    calendar_from,
    day_or_today,
    iso,
    parse_amount,
    parse_count,
    parse_day,
    parse_pair,
    print_deadline,
    print_json,
    strict_calendar,
)
from custops.errors import InvalidInput, InvalidType
from custops.i18n import _
from custops.money import ZERO, require_money
from custops.vip import (
    Card,
    CardStatus,
    Holder,
    Ledger,
    Line,
    Purchase,
    Quote,
    StackingRule,
    VipPolicy,
    qualify,
    quote,
    registration_report_due,
)

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

_FIELDS = attrs.fields(Line)
#: A LINE's benefit word as the ``Line`` field it sets (the library's names, checked by mypy).
_BENEFIT = {
    "promo": _FIELDS.promotion_price.name,
    "promotion": _FIELDS.promotion_price.name,
    "special": _FIELDS.special_price.name,
    "coupon": _FIELDS.coupon.name,
}
_LINE = re.compile(
    r"(?P<price>[^xX:]+?)(?:\s*[xX×*]\s*(?P<qty>\d+))?"
    rf"(?::(?P<kind>{'|'.join(_BENEFIT)})=(?P<value>[^:]+))?"
)

#: Two benefits or more on one line (``299:special=1:promo=2``)
_SEVERAL = re.compile(rf"(?::\s*(?:{'|'.join(_BENEFIT)})\s*=[^:]*){{2}}")

#: The library's argument names as the command's (errors name what the user typed).
_QUOTE_ARGUMENTS = {
    "on": "--on",
    "presented_by": "--presented-by",
    "coupon": "--coupon",
}
#: The card holder's id when a card is described without ``--holder``
_HOLDER = "C0001"
_CARD_ARGUMENTS = {
    "customer_id": "--holder",
    "holder": "--born-on",
    "points": "--valid-points",
    "carry": "--carry",
}
#: Every ``Line`` field is read from the one LINE the user typed: a refusal of one says
#: which part of the LINE, in the words the LINE is written in (``its promo price …``).
_LINE_PARTS = {
    _FIELDS.list_price.name: "price",
    _FIELDS.quantity.name: "quantity",
    _FIELDS.promotion_price.name: "promo price",
    _FIELDS.special_price.name: "special price",
    _FIELDS.coupon.name: "coupon",
}


def _line(text: str) -> Line:
    """A LINE argument; the prices and the quantity go to ``Line`` as text, which checks them
    (whole fen, a whole number of items)."""
    match = _LINE.fullmatch(text.strip())
    if match is None and _SEVERAL.search(text):
        problem = "takes one benefit (promo=, special= or coupon=), not several"
        raise InvalidInput.for_argument("LINE", text, problem)
    if match is None:
        raise InvalidInput.for_argument(
            "LINE", text, "must look like 199, 199x2, 100:promo=80, 120:special=99 or 50:coupon=10"
        )
    # the quantity's text goes to Line too, read as every quantity is (ASCII digits after
    # NFKC: "x٣" is refused, as "٣" is by yuan)
    price, qty = match["price"].strip(), match["qty"] or 1
    benefit = {_BENEFIT[match["kind"]]: match["value"]} if match["kind"] else {}
    try:
        return Line(price, qty, **benefit)
    except (InvalidInput, InvalidType) as exc:  # said of the part, showing the LINE typed
        part = _LINE_PARTS.get(exc.argument or "", exc.argument or "")
        problem = exc.problem.replace(_FIELDS.list_price.name, "the price")
        inner = type(exc)(exc.message, argument=part, value=exc.value, problem=problem)
        raise of_part(inner, "LINE", text) from None


def _decimal(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _stored(value: object) -> Any:
    """``value`` as :mod:`custops.serial` stores it (its document's ``value``): imported only
    here, so that every other command runs without the ``serial`` extra (cattrs); without it,
    a quote's ``--json`` is refused by the command line as any missing extra is."""
    from custops import serial  # the optional extra, only when asked

    return serial.to_dict(value)["value"]


def _quote_json(result: Quote) -> dict[str, Any]:
    """Every field of the quote, its card check and its lines (a line's ``Line`` in place)."""
    check = result.card_check
    lines = [
        {
            "rule": ql.rule,
            "list_price": str(ql.line.list_price),
            "quantity": ql.line.quantity,
            "promotion_price": _decimal(ql.line.promotion_price),
            "special_price": _decimal(ql.line.special_price),
            "coupon": _decimal(ql.line.coupon),
            "name": ql.line.name,
            "list_amount": str(ql.list_amount),
            "amount": str(ql.amount),
            "benefit": ql.benefit.value,
            "rate": _decimal(ql.rate),
            "options": [
                {"benefit": benefit.value, "amount": str(amount)} for benefit, amount in ql.options
            ],
            "coupon_taken": _decimal(ql.coupon_taken),
            "stacking": ql.stacking.value,
            "reason": ql.reason,
        }
        for ql in result.lines
    ]
    return {
        "rule": result.rule,
        "rule_ids": list(result.rule_ids),
        "on": result.on.isoformat(),
        "card": None if result.card is None else _stored(result.card),
        "presented_by_id": result.presented_by_id,
        "id_verified": result.id_verified,
        "card_check": {
            "rule": check.rule,
            "allowed": check.allowed,
            "card_status": check.card_status.value,
            "card": None if check.card is None else _stored(check.card),
            "presented_by_id": check.presented_by_id,
            "on": check.on.isoformat(),
            "reason": check.reason,
        },
        "vip_benefit": result.vip_benefit.value,
        "vip_rate": _decimal(result.vip_rate),
        "lines": lines,
        "list_total": str(result.list_total),
        "total": str(result.total),
        "saving": str(result.saving),
        "points": result.points,
        "carry": _decimal(result.carry),
        "carry_after": _decimal(result.carry_after),
        "carry_given": result.carry_given,
        "points_for_tier": result.points_for_tier,
        "points_repaid": result.points_repaid,
        "points_owed": result.points_owed,
        "policy": _stored(result.policy),
        "notes": list(result.notes),
        "reason": result.reason,
    }


def _cmd_quote(args: argparse.Namespace) -> int:
    on = day_or_today("--on", args.on)
    policy = VipPolicy(stacking=StackingRule.parse(args.stacking, argument="--stacking"))
    lines = [_line(text) for text in args.lines]
    card = ledger = None
    implied = [
        option
        for option, given in (
            ("--valid-points", args.valid_points is not None),
            ("--carry", args.carry is not None),
            ("--born-on", args.born_on is not None),
            ("--issued-on", args.issued_on is not None),
            ("--holder", args.holder is not None),
        )
        if given
    ]
    if args.card is False and implied:  # --no-card beside an option of the card
        which = "which describes" if len(implied) == 1 else "which describe"
        problem = f"contradicts {', '.join(implied)}, {which} a card"
        raise InvalidInput(
            f"--no-card: {problem}", argument="--no-card", value=False, problem=problem
        )
    if args.card or implied:
        born_on = parse_day("--born-on", args.born_on) if args.born_on is not None else None
        issued = parse_day("--issued-on", args.issued_on) if args.issued_on is not None else on
        # the carried remainder (R-VIP-05) opens the ledger with the points; the opening
        # balance checks it (naming --carry)
        opening = ZERO
        if args.carry is not None:
            with as_arguments({"carry": "--carry"}):
                opening = require_money("carry", args.carry)
        # the card's day is --issued-on's, or --on's when no other is typed
        issued_by = "--on" if args.issued_on is None else "--issued-on"
        with as_arguments({**_CARD_ARGUMENTS, "on": issued_by}):
            holder = Holder(
                _HOLDER if args.holder is None else args.holder, "持卡人", born_on=born_on
            )
            card = Card.issue("VIP-0001", holder, on=issued, policy=policy)
            if args.valid_points is None:  # the balance is unknown: R-VIP-06, as quote refuses
                problem = (
                    "is required with a card: its rate depends on its points (R-VIP-06: "
                    f"{policy.tier_threshold_points} points give {policy.tier_rate}); type 0 "
                    "for a card with no points yet"
                )
                raise InvalidInput.for_argument("--valid-points", None, problem)
            points = parse_count("--valid-points", args.valid_points, low=0)
            ledger = Ledger(card, policy=policy)
            if points or opening:  # the typed balance opens it
                ledger = ledger.open_balance(issued, points, "opening balance", carry=opening)
    with as_arguments(_QUOTE_ARGUMENTS):
        result = quote(
            lines,
            card,
            on=on,
            id_verified=args.id_verified,
            ledger=ledger,
            presented_by=args.presented_by,
            coupon=args.coupon,
            policy=None if ledger is not None else policy,
        )
    if args.json:
        print_json(_quote_json(result))
        return 0
    check = result.card_check
    if check.card_status is CardStatus.NONE:  # no card: said once
        print(colon(_("card:"), check.reason))
    else:
        status = verdict_word(check.card_status)  # the key's words in English
        print(colon(_("card: {status} —", status=status), check.reason))
    for number, ql in enumerate(result.lines, 1):
        priced = _(
            "{number}. {price} x{quantity}: list {list_amount} -> {amount} [{benefit}]",
            number=number,
            price=ql.line.list_price,
            quantity=ql.line.quantity,
            list_amount=ql.list_amount,
            amount=ql.amount,
            benefit=ql.benefit,
        )
        print(f"{priced} {ql.reason}")
    print(
        _(
            "total {total} (list {list_total}, saving {saving}); points earned: {points}",
            total=result.total,
            list_total=result.list_total,
            saving=result.saving,
            points=result.points,
        )
    )
    for note in result.notes:
        print(colon(_("note:"), note))
    return 0


def _purchase_json(purchase: Purchase) -> dict[str, Any]:
    """A purchase's fields and its ``net`` (R-VIP-01)."""
    return {
        "on": purchase.on.isoformat(),
        "paid": str(purchase.paid),
        "ref": purchase.ref,
        "refunded": str(purchase.refunded),
        "refunded_on": iso(purchase.refunded_on),
        "net": str(purchase.net),
    }


#: The form of a ``--refund`` of ``vip qualify``.
_REFUND_FORM = "PURCHASE:AMOUNT[:ON], e.g. 1:300:2024-06-01"


def _refund(index: int, text: str, count: int) -> tuple[int, Decimal, Any]:
    """A ``--refund`` as typed: the place of the purchase refunded (1 for the first
    PURCHASE), the amount refunded and, optionally, the day of the return (R-VIP-01: a
    refund counts from its day).  A refusal names ``--refund[index]`` and shows the whole
    value typed."""
    argument = f"--refund[{index}]"
    parts = text.split(":")
    if len(parts) not in (2, 3):
        raise InvalidInput.for_argument(argument, text, f"must look like {_REFUND_FORM}")
    place = parts[0].strip()
    if not place.isdecimal() or not 1 <= int(place) <= count:
        problem = (
            f"must name a purchase by its place, 1 to {count} (the PURCHASE arguments in "
            f"order), as {_REFUND_FORM}"
            if count
            else "refunds a purchase, and no PURCHASE was given"
        )
        raise InvalidInput.for_argument(argument, text, problem)
    try:
        amount = parse_amount(argument, parts[1])
        on = parse_day(argument, parts[2]) if len(parts) == 3 else None
    except (InvalidInput, InvalidType) as exc:  # the whole value typed, not the part refused
        raise type(exc).for_argument(argument, text, exc.problem or str(exc)) from None
    return int(place) - 1, amount, on


def _cmd_qualify(args: argparse.Namespace) -> int:
    on = day_or_today("--on", args.on)
    purchases = []
    form = "DATE=AMOUNT, e.g. 2024-05-01=1200"
    for text in args.purchases:
        day, amount = parse_pair("PURCHASE", text, form=form)
        if "=" in day:  # 2024-05-01=100=3: the form is wrong, not the date
            raise InvalidInput.for_argument("PURCHASE", text, f"must look like {form}")
        purchases.append(Purchase(parse_day("PURCHASE", day), parse_amount("PURCHASE", amount)))
    refunds = [_refund(i, text, len(purchases)) for i, text in enumerate(args.refund)]
    problem = "refunds the purchase --refund[{first}] refunds: give it once"
    require_distinct("--refund", args.refund, problem, placed=True, keys=[r[0] for r in refunds])
    for index, (text, (place, refund, refunded_on)) in enumerate(
        zip(args.refund, refunds, strict=True)
    ):
        argument = f"--refund[{index}]"
        try:
            with as_arguments(dict.fromkeys(("refunded", "refunded_on"), argument)):
                purchases[place] = attrs.evolve(
                    purchases[place], refunded=refund, refunded_on=refunded_on
                )
        except (InvalidInput, InvalidType) as exc:  # the whole value typed
            raise type(exc).for_argument(argument, text, exc.problem or str(exc)) from None
    with as_arguments({"on": "--on"}):
        result = qualify(purchases, on=on)
    if args.json:
        print_json(
            {
                "rule": result.rule,
                "allowed": result.allowed,
                "qualify_basis": result.qualify_basis.value,
                "on": result.on.isoformat(),
                "qualification_window": {
                    "start": result.qualification_window.start.isoformat(),
                    "end": result.qualification_window.end.isoformat(),
                },
                "counted": [_purchase_json(p) for p in result.counted],
                "amount": str(result.amount),
                "window_total": str(result.window_total),
                "needed": str(result.needed),
                "largest_paid": str(result.largest_paid),
                "largest_paid_on": iso(result.largest_paid_on),
                "single_purchase_threshold": str(result.single_purchase_threshold),
                "cumulative_threshold": str(result.cumulative_threshold),
                "later_count": result.later_count,
                "later_paid": str(result.later_paid),
                "later_refund_count": result.later_refund_count,
                "later_refunded": str(result.later_refunded),
                "reason": result.reason,
            }
        )
        return 0 if result.allowed else 1
    fields = {"basis": result.qualify_basis, "rule": result.rule}
    if result.allowed:
        verdict = _("qualified [{basis}] ({rule}):", **fields)
    else:
        verdict = _("not qualified [{basis}] ({rule}):", **fields)
    print(colon(verdict, result.reason))
    print(
        _(
            "window {first} … {last}",
            first=result.qualification_window.start,
            last=result.qualification_window.end,
        )
    )
    return 0 if result.allowed else 1


def _cmd_report_due(args: argparse.Namespace) -> int:
    """R-VIP-11, R-SLA-16: the day the registration forms of the month of ``--on`` (default:
    today) are due, a rest day moved to the next working day of the calendar's options."""
    on = day_or_today("--on", args.on)
    cal = calendar_from(args)
    with as_arguments({"on": "--on"}), asking_provisional(), strict_calendar(cal):
        due = registration_report_due(on=on, calendar=cal, explain=True)
    print_deadline(args, due, {"on": on.isoformat()}, calendar=cal)
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops vip`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    vip = sub.add_parser(
        "vip",
        help=_("VIP prices, qualification and registration-report dates (D7)"),
        description=_("VIP membership (D7): price a basket, check qualification, report dates."),
    )
    vip_sub = vip.add_subparsers(dest="vip_command", metavar="VIP_COMMAND", required=True)

    q = vip_sub.add_parser(
        "quote",
        help=_("price a basket with the best single benefit per line"),
        description=_(
            "Price LINEs (PRICE[xQTY][:promo=P|:special=P|:coupon=C]) for a VIP card holder: "
            "10% off ({base}), 15% off ({points}) with 30+ points, 40% off ({birthday}) on the "
            "birthday with ID; one benefit per line.",
            base="9折",
            points="8.5折",
            birthday="6折",
        ),
        epilog=_(
            "examples:\n"
            "  custops vip quote 199x2 100:promo=80\n"
            "  custops vip quote 199X2 --card --valid-points 35 --on 2025-10-01\n"
            "  custops vip quote 299 --born-on 1990-10-01 --valid-points 0 --id-verified "
            "--on 2025/10/1\n"
            "  custops vip quote 120:special=99 50:coupon=10 --valid-points 12 --json"
        ),
    )
    q.add_argument("lines", nargs="+", metavar="LINE", help=_("e.g. 199x2, 100:promo=80"))
    q.add_argument("--on", metavar="DATE", help=_("the day of purchase (default: today)"))
    q.add_argument(
        "--card",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_("a VIP card is presented (any of the card's options implies it)"),
    )
    q.add_argument("--issued-on", metavar="DATE", help=_("the card's issue date (default: --on)"))
    q.add_argument(
        "--valid-points",
        metavar="POINTS",
        help=_("the card's valid points balance (required with a card; 0 for none yet)"),
    )
    q.add_argument(
        "--carry",
        metavar="AMOUNT",
        help=_(
            "the amount the card carries toward its next point before this purchase, "
            "0.00 to 99.99 (default: 0.00)"
        ),
    )
    q.add_argument("--born-on", metavar="DATE", help=_("the holder's date of birth"))
    q.add_argument(
        "--id-verified",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("the original ID card was shown"),
    )
    q.add_argument(
        "--holder",
        default=None,
        metavar="CUSTOMER_ID",
        help=_("the card holder's id (default: C0001)"),
    )
    q.add_argument(
        "--presented-by",
        metavar="CUSTOMER_ID",
        help=_("who presents the card (default: the holder)"),
    )
    q.add_argument("--coupon", metavar="AMOUNT", help=_("an order coupon split over the lines"))
    add_enum_option(
        q,
        "--stacking",
        StackingRule,
        default=StackingRule.BEST_FOR_CUSTOMER,
        help=_(
            "how the VIP rate meets a line's promotion: the better for the customer, or the "
            "promotion always (default: best_for_customer)"
        ),
    )
    add_json_option(q)
    q.set_defaults(handler=_cmd_quote)

    qual = vip_sub.add_parser(
        "qualify",
        help=_("does a customer qualify for a VIP card (exit 1 if not)"),
        description=_(
            "Purchases as DATE=AMOUNT (amount actually paid), e.g. 2024-05-01=1200; refunds "
            "as --refund PURCHASE:AMOUNT[:ON], e.g. --refund 1:300:2024-06-01."
        ),
    )
    qual.add_argument("purchases", nargs="*", metavar="PURCHASE", help=_("DATE=AMOUNT"))
    qual.add_argument("--on", metavar="DATE", help=_("the day of the question (default: today)"))
    qual.add_argument(
        "--refund",
        action="append",
        default=[],
        metavar="PURCHASE:AMOUNT[:ON]",
        help=_(
            "a refund of a purchase by returns (repeatable): the purchase's place among the "
            "PURCHASE arguments (1 for the first), the amount refunded and the day of the "
            "return, from which it counts (without it, on every day)"
        ),
    )
    add_json_option(qual)
    qual.set_defaults(handler=_cmd_qualify)

    due = vip_sub.add_parser(
        "report-due",
        help=_("when a month's registration forms are due ({when})", when="次月2日"),
        description=_(
            "The day the VIP registration forms of the month of --on must be mailed (R-VIP-11)."
        ),
    )
    due.add_argument("--on", metavar="DATE", help=_("any day of the forms' month (default: today)"))
    add_calendar_options(due)
    add_deadline_options(due)
    due.set_defaults(handler=_cmd_report_due)
