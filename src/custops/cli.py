"""The ``custops`` command: a thin shell over the library.

This is the only module of custops that prints, reads the clock or exits.  Bad
input prints a one-line ``custops: error: …`` on stderr and exits with status 2;
there is never a traceback for a user mistake.

Subcommands::

    custops demo                    a tour of the library on a built-in example
    custops uppercase AMOUNT        the Chinese capital amount (大写) of AMOUNT
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from custops import __version__
from custops.errors import CustopsError
from custops.money import allocate, uppercase, yuan

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, like custops' own errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _cmd_uppercase(args: argparse.Namespace) -> int:
    amount = yuan(args.amount, argument="AMOUNT")
    print(uppercase(amount, negative="mark" if args.mark_negative else "refuse"))
    return 0


def _demo_money() -> list[str]:
    amount = yuan("6007.14")
    parts = allocate(yuan("100"), [1, 1, 1])
    return [
        "Money (custops.money): exact Decimal yuan, 大写 for bills",
        f"  uppercase({amount}) = {uppercase(amount)}",
        f"  allocate(100.00, [1, 1, 1]) = {', '.join(str(p) for p in parts)} (sum {sum(parts)})",
    ]


#: The sections of ``custops demo``, in order; each returns its lines.
_DEMO_SECTIONS: tuple[Callable[[], list[str]], ...] = (_demo_money,)


def _cmd_demo(args: argparse.Namespace) -> int:
    print("custops demo: the library on a built-in example")
    for section in _DEMO_SECTIONS:
        print()
        print("\n".join(section()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``custops`` command (exposed for documentation and tests)."""
    parser = _Parser(
        prog="custops",
        description=(
            "Customer-operations rules for companies in China: 大写 amounts, 调休-correct "
            "working days and deadlines, SLA targets, VIP prices, deposit refunds, "
            "complaint classification and secrecy decisions."
        ),
    )
    parser.add_argument("--version", action="version", version=f"custops {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "demo",
        help="a tour of the library on a built-in example",
        description="Run custops on a built-in example and print what each module answers.",
    )
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser(
        "uppercase",
        help="write an amount as a Chinese capital amount (大写金额)",
        description="Write AMOUNT (yuan, e.g. 6007.14) as the PBOC capital amount of a bill.",
    )
    p.add_argument("amount", metavar="AMOUNT", help="amount in yuan, e.g. 6007.14 or ¥1,000")
    p.add_argument("--mark-negative", action="store_true", help="write a negative amount with 负")
    p.set_defaults(handler=_cmd_uppercase)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``custops`` with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except CustopsError as exc:
        print(f"custops: error: {exc}", file=sys.stderr)
        return 2
