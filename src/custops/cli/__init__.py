"""The ``custops`` command: a thin shell over the library.

This package is the only part of custops that prints, reads the clock or exits. Bad
input prints a one-line ``custops: error: …`` on stderr and exits with status 2;
there is never a traceback for a user mistake. One module per command group:

==========================  ==========================================================
``custops demo``             a tour of the library on a built-in example (``demo``)
``custops uppercase``        the Chinese capital amount (大写) of AMOUNT (``money``)
``custops workdays``         ``add DATE N``, ``between A B``, ``check DATE`` on the 调休
                             calendar (``calendars``)
``custops deadline``         when ``PERIOD`` counted from ``START`` ends, and why
                             (``periods``); with ``--preset NAME --channel X --kind Y``
                             every SLA target's due time (``sla``)
``custops secrecy``          ``default-level KIND``, ``kinds`` (``secrecy``)
``custops refund``           ``--peak P --balance B --announced DATE``: a deposit's refund
                             schedule (``deposits``)
``custops vip``              ``quote LINE...``, ``qualify DATE=AMOUNT...``,
                             ``report-due MONTH`` (``vip``)
``custops classify``         kind, category, department and evidence of a text
                             (``complaints``)
``custops check-reply``,     forbidden service phrases, the cashier's words, the last day
``change``, ``archive-due``  to create a customer archive (``service``)
==========================  ==========================================================
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from custops import __version__
from custops.cli import calendars, complaints, demo, deposits, money, periods, secrecy, service, vip
from custops.cli._common import Handler
from custops.errors import CustopsError

__all__ = ["build_parser", "main"]

#: The command groups, in the order ``custops --help`` lists them.
_GROUPS = (demo, money, calendars, periods, secrecy, deposits, vip, complaints, service)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, like custops' own errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


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
    for group in _GROUPS:
        group.add_parser(sub)
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
    except BrokenPipeError:
        # The reader went away (custops demo | head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
