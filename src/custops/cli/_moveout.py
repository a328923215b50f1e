"""``custops moveout settle --deposit … --damage … --arrears …``: the move-out settlement
of D6 (deposits refunded less damages and arrears, or what the tenant owes)."""

from __future__ import annotations

import argparse

from custops._text import amount_text
from custops.cli._common import (
    Subparsers,
    add_json_option,
    as_arguments,
    parse_amount,
    parse_pair,
    print_json,
)
from custops.errors import InvalidInput
from custops.i18n import N_, _
from custops.moveout import Charge, Damage, settle

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The kinds of line, the option that gives them and the sign they carry in the sum.
_KINDS = (
    ("deposit", N_("deposit"), 1),
    ("damage", N_("damage"), -1),
    ("arrears", N_("arrears"), -1),
)


#: The shape of each kind's option, as its usage shows it (its metavar, and the shape a
#: refusal asks for).
_FORMS = {"deposit": "[LABEL=]AMOUNT", "damage": "[LOCATION=]AMOUNT", "arrears": "[LABEL=]AMOUNT"}


#: The kind of line as the argument of ``settle`` that takes it (its ``--json`` key).
_ARGUMENTS = {"deposit": "deposits", "damage": "damages", "arrears": "arrears"}


def _item_json(item: Charge | Damage) -> dict[str, str]:
    """A deposit, damage or arrear by the library's fields, as the library holds them (a
    damage's label is its ``location``; ``"-"`` when none was typed)."""
    if isinstance(item, Damage):
        return {"location": item.location, "amount": str(item.amount)}
    return {"label": item.label, "amount": str(item.amount)}


def _lines(args: argparse.Namespace) -> list[tuple[str, str | None, Charge | Damage]]:
    """Every ``--deposit``/``--damage``/``--arrears`` as (kind, label or None, item)."""
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


def _cmd_settle(args: argparse.Namespace) -> int:
    """R-MOV-02: the settlement with finance, each line and the sum that adds up."""
    lines = _lines(args)
    if not lines:
        raise InvalidInput.for_argument(
            "--deposit/--damage/--arrears", None, "give at least one amount to settle"
        )
    deposits = [i for k, _l, i in lines if k == "deposit" and isinstance(i, Charge)]
    damages = [i for k, _l, i in lines if isinstance(i, Damage)]
    arrears = [i for k, _l, i in lines if k == "arrears" and isinstance(i, Charge)]
    s = settle(deposits=deposits, damages=damages, arrears=arrears)
    sign = {kind: factor for kind, _word, factor in _KINDS}
    signed = [(kind, label, sign[kind] * item.amount) for kind, label, item in lines]
    if args.json:
        print_json(
            {
                "rule": s.rule,
                **{
                    plural: [_item_json(item) for k, _label, item in lines if k == kind]
                    for kind, plural in _ARGUMENTS.items()
                },
                "deposits_total": str(s.deposits_total),
                "damages_total": str(s.damages_total),
                "arrears_total": str(s.arrears_total),
                "net": str(s.net),
                "refund": str(s.refund),
                "owed": str(s.owed),
                "reason": s.reason,
            }
        )
        return 0
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
    print(s)
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops moveout`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "moveout",
        help=_("a tenant moving out (D6): the settlement of deposits, damages and arrears"),
        description=_("A tenant moving out of the building (D6)."),
    )
    moveout_sub = p.add_subparsers(dest="moveout_command", metavar="MOVEOUT_COMMAND", required=True)
    s = moveout_sub.add_parser(
        "settle",
        help=_("refund of the deposits less damages and arrears, or what is owed (R-MOV-02)"),
        description=_(
            "Settle a move-out with finance (R-MOV-02): the deposits held are refunded less "
            "the damages found at the inspection and the arrears; when these exceed the "
            "deposits the tenant owes the difference. Each amount is [LABEL=]AMOUNT in yuan "
            "(e.g. {example}); every option may be repeated. Exact to the fen.",
            example="装修押金=20000",
        ),
    )
    for kind, text in (
        ("deposit", _("a deposit held")),
        ("damage", _("a damage and its compensation")),
        ("arrears", _("an amount the tenant owes")),
    ):
        s.add_argument(f"--{kind}", action="append", default=[], metavar=_FORMS[kind], help=text)
    add_json_option(s)
    s.set_defaults(handler=_cmd_settle)
