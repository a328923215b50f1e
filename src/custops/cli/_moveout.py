"""``custops moveout settle --deposit … --damage … --fee … --arrears … [--refund-period PERIOD
--on DATE]``: the move-out settlement of D6 (deposits refunded less damages, fees and
arrears, or what the tenant owes), and the day the refund is due when the company promises
one."""

from __future__ import annotations

import argparse
import datetime as _dt
from typing import Any

from custops._text import amount_text
from custops.calendars import asking_provisional
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_json_option,
    as_arguments,
    calendar_from,
    iso,
    parse_amount,
    parse_day,
    parse_pair,
    print_json,
    print_provisional_note,
    provisional_years,
    strict_calendar,
)
from custops.errors import InvalidInput, PolicyError
from custops.i18n import N_, _
from custops.moveout import Charge, Damage, MoveOutPolicy, Settlement, settle

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The kinds of line, the word that shows them and the sign they carry in the sum, in the
#: order of the settlement's reason (deposits − damages − fees − arrears).
_KINDS = (
    ("deposit", N_("deposit"), 1),
    ("damage", N_("damage"), -1),
    ("fee", N_("fee"), -1),
    ("arrears", N_("arrears"), -1),
)


#: The shape of each kind's option, as its usage shows it (its metavar, and the shape a
#: refusal asks for).
_FORMS = {
    "deposit": "[LABEL=]AMOUNT",
    "damage": "[LOCATION=]AMOUNT",
    "fee": "[LABEL=]AMOUNT",
    "arrears": "[LABEL=]AMOUNT",
}


#: The kind of line as the argument of ``settle`` that takes it (its ``--json`` key).
_ARGUMENTS = {"deposit": "deposits", "damage": "damages", "fee": "fees", "arrears": "arrears"}

#: The library's argument names as the command's (errors name what the user typed).
_SETTLE_ARGUMENTS = {"on": "--on", "refund_period": "--refund-period"}


def _item_json(item: Charge | Damage) -> dict[str, str]:
    """A deposit, damage, fee or arrear by the library's fields, as the library holds them (a
    damage's label is its ``location``; ``"-"`` when none was typed)."""
    if isinstance(item, Damage):
        return {"location": item.location, "amount": str(item.amount)}
    return {"label": item.label, "amount": str(item.amount)}


def _lines(args: argparse.Namespace) -> list[tuple[str, str | None, Charge | Damage]]:
    """Every ``--deposit``/``--damage``/``--fee``/``--arrears`` as (kind, label or None, item)."""
    lines: list[tuple[str, str | None, Charge | Damage]] = []
    for kind, _word, _sign in _KINDS:
        for i, text in enumerate(getattr(args, kind)):
            argument = f"--{kind}[{i}]"
            label, amount = parse_pair(argument, text, name_default="-", form=_FORMS[kind])
            make = Damage if kind == "damage" else Charge
            with as_arguments(dict.fromkeys(("label", "location", "amount"), argument)):
                item = make(label, parse_amount(argument, amount))
            lines.append((kind, None if label == "-" else label, item))
    return lines


def _policy(args: argparse.Namespace) -> MoveOutPolicy:
    """The policy ``--refund-period`` gives (none typed: the seed's, no refund period); a
    period refused is said of the option, showing what was typed."""
    try:
        return MoveOutPolicy(refund_period=args.refund_period)
    except PolicyError as exc:
        problem = exc.problem or str(exc)
        raise InvalidInput.for_argument("--refund-period", args.refund_period, problem) from None


def _settlement_day(args: argparse.Namespace, policy: MoveOutPolicy) -> _dt.date | None:
    """The day of the settlement, ``--on``: the day the refund period counts from; today
    when a refund period is given without it, else none (nothing is counted)."""
    if args.on is not None:
        return parse_day("--on", args.on)
    return _dt.date.today() if policy.refund_period is not None else None


def _json(
    s: Settlement,
    lines: list[tuple[str, str | None, Charge | Damage]],
    on: _dt.date | None,
    policy: MoveOutPolicy,
) -> dict[str, Any]:
    """The settlement as a document with stable keys: what was given to ``settle`` (the
    items under the library's argument names, ``on``, the policy's ``refund_period``), then
    the settlement's totals and ``refund_due`` (``null`` when nothing is due), as the
    library names them."""
    due = s.refund_due
    period = policy.refund_period
    return {
        "rule": s.rule,
        "rule_ids": list(s.rule_ids),
        **{
            plural: [_item_json(item) for k, _label, item in lines if k == kind]
            for kind, plural in _ARGUMENTS.items()
        },
        "on": iso(on),
        "refund_period": None if period is None else str(period),
        "deposits_total": str(s.deposits_total),
        "damages_total": str(s.damages_total),
        "fees_total": str(s.fees_total),
        "arrears_total": str(s.arrears_total),
        "net": str(s.net),
        "refund": str(s.refund),
        "owed": str(s.owed),
        "refund_due": None
        if due is None
        else {
            "rule": due.rule,
            "ends_on": due.ends_on.isoformat(),
            "provisional": due.provisional,
            "reason": due.reason,
            "reasoning": list(due.reasoning),
        },
        "reason": s.reason,
    }


def _cmd_settle(args: argparse.Namespace) -> int:
    """R-MOV-02: the settlement with finance, each line and the sum that adds up; with a
    refund period, the day the refund is due (R-PER-01), marked when provisional."""
    lines = _lines(args)
    if not lines:
        raise InvalidInput.for_argument(
            "--deposit/--damage/--fee/--arrears", None, "give at least one amount to settle"
        )
    policy = _policy(args)
    on = _settlement_day(args, policy)
    cal = calendar_from(args)
    items = {plural: [i for k, _l, i in lines if k == kind] for kind, plural in _ARGUMENTS.items()}
    # the reason marks a provisional due day itself, with a note under it
    with as_arguments(_SETTLE_ARGUMENTS), asking_provisional(), strict_calendar(cal):
        s = settle(
            deposits=[i for i in items["deposits"] if isinstance(i, Charge)],
            damages=[i for i in items["damages"] if isinstance(i, Damage)],
            fees=[i for i in items["fees"] if isinstance(i, Charge)],
            arrears=[i for i in items["arrears"] if isinstance(i, Charge)],
            on=on,
            calendar=cal,
            policy=policy,
        )
    if args.json:
        print_json(_json(s, lines, on, policy))
        return 0
    sign = {kind: factor for kind, _word, factor in _KINDS}
    signed = [(kind, label, sign[kind] * item.amount) for kind, label, item in lines]
    words = {kind: word for kind, word, _factor in _KINDS}
    figures = [amount_text(value, signed=True) for _kind, _label, value in signed]
    net = amount_text(s.net)
    width = max(len(text) for text in [*figures, net])
    for (kind, label, _value), figure in zip(signed, figures, strict=True):
        what = _(words[kind])
        if label is not None:
            what = _("{kind}: {label}", kind=what, label=label)
        print(f"  {figure:>{width}}  {what}")
    total = _("refunded to the tenant") if s.net >= 0 else _("owed by the tenant")
    print(f"= {net:>{width}}  {total}")
    print(s.explain() if args.explain else s)
    due = s.refund_due
    if due is not None and due.provisional and on is not None:
        print_provisional_note(cal.country, provisional_years(cal, on, due.ends_on))
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops moveout`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "moveout",
        help=_("a tenant moving out (D6): the settlement of deposits, damages, fees and arrears"),
        description=_("A tenant moving out of the building (D6)."),
    )
    moveout_sub = p.add_subparsers(dest="moveout_command", metavar="MOVEOUT_COMMAND", required=True)
    s = moveout_sub.add_parser(
        "settle",
        help=_("refund of the deposits less damages, fees and arrears, or what is owed (R-MOV-02)"),
        description=_(
            "Settle a move-out with finance (R-MOV-02): the deposits held are refunded less "
            "the damages found at the inspection, the fees deducted and the arrears; when "
            "these exceed the deposits the tenant owes the difference. Each amount is "
            "[LABEL=]AMOUNT in yuan (e.g. {example}); each of --deposit, --damage, --fee and "
            "--arrears may be repeated. Exact to the fen. With --refund-period (a company's "
            "promise, e.g. {period}; D6 names no period) the refund is due that period after "
            "the day of the settlement (--on), counted on the calendar the calendar options "
            "give (R-PER-01): the rest days skipped and the make-up working days (调休) of the "
            "year's notice counted; a day counted through a year whose notice is not "
            "published is marked provisional.",
            example="装修押金=20000",
            period="7个工作日",
        ),
        epilog=_(
            "examples:\n"
            "  custops moveout settle --deposit {deposit}=3200 --fee {fee}=200 "
            "--arrears {arrears}=86.40\n"
            "  custops moveout settle --deposit 3200 --fee {fee}=200 --refund-period "
            "{period} --on 2026-03-06 --explain",
            deposit="押金",
            fee="保洁费",
            arrears="水电",
            period="7个工作日",
        ),
    )
    for kind, text in (
        ("deposit", _("a deposit held")),
        ("damage", _("a damage and its compensation")),
        (
            "fee",
            _(
                "a fee deducted, neither compensation nor an arrear (e.g. a cleaning fee, "
                "{example})",
                example="保洁费",
            ),
        ),
        ("arrears", _("an amount the tenant owes")),
    ):
        s.add_argument(f"--{kind}", action="append", default=[], metavar=_FORMS[kind], help=text)
    s.add_argument(
        "--refund-period",
        metavar="PERIOD",
        default=None,
        help=_(
            "how long after the settlement the refund is due, in days, working days, weeks, "
            "months or years, e.g. {example} or 30 days (default: none, as D6 names none)",
            example="7个工作日",
        ),
    )
    s.add_argument(
        "--on",
        metavar="DATE",
        default=None,
        help=_("the day of the settlement, which the refund period counts from (default: today)"),
    )
    s.add_argument(
        "--explain",
        action="store_true",
        help=_("list each fee and show how the refund's due day was counted"),
    )
    add_calendar_options(s)
    add_json_option(s)
    s.set_defaults(handler=_cmd_settle)
