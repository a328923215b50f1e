"""``custops uppercase AMOUNT``: the Chinese capital amount (大写) of a bill."""

from __future__ import annotations

import argparse

from custops._text import examples
from custops._validate import within
from custops.cli._common import Subparsers, add_enum_option, add_json_option, print_json
from custops.i18n import _
from custops.money import NegativeAmount, uppercase, yuan

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _cmd_uppercase(args: argparse.Namespace) -> int:
    negative = NegativeAmount.parse(args.negative, argument="--negative")
    amount = yuan(args.amount, argument="AMOUNT", exact=True)
    if negative is NegativeAmount.REFUSE:  # the hint is the option, not the library's keyword
        sign = examples("a negative mark", "负")
        problem = f"is negative; a bill carries no negative amount (--negative mark writes {sign})"
        within("AMOUNT", args.amount, amount, low=0, problem=problem)
    words = uppercase(amount, negative=negative, argument="AMOUNT")
    if args.json:
        print_json({"amount": str(amount), "uppercase": words})
    else:
        print(words)
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops uppercase`` with its options on ``sub``, the subcommands of the
    ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "uppercase",
        help=_("write an amount as a Chinese capital amount"),
        description=_("Write AMOUNT (yuan, e.g. 6007.14) as the PBOC capital amount of a bill."),
    )
    p.add_argument("amount", metavar="AMOUNT", help=_("amount in yuan, e.g. 6007.14 or ¥1,000"))
    add_enum_option(
        p,
        "--negative",
        NegativeAmount,
        default=NegativeAmount.REFUSE,
        help=_("a negative amount: refuse it, or mark it with {sign} (default: refuse)", sign="负"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_uppercase)
