"""``custops deadline START PERIOD``: when a period counted from START ends, and why.

With ``--preset NAME`` the same command prints every SLA target of a desk instead
(:mod:`custops.cli.sla`).
"""

from __future__ import annotations

import argparse

from custops.cli import sla
from custops.cli._common import Subparsers, format_due, parse_start, quiet_provisional
from custops.errors import InvalidInput
from custops.i18n import _
from custops.periods import deadline


def _cmd_deadline(args: argparse.Namespace) -> int:
    if args.preset is not None:
        return sla.run_preset(args)
    for option in (*sla.CASE_OPTIONS, "promised"):
        value = getattr(args, option)
        if value is not None:
            raise InvalidInput.for_argument(f"--{option}", value, "needs --preset NAME")
    if args.special:
        raise InvalidInput.for_argument("--special", True, "needs --preset NAME")
    start = parse_start(args.start)
    if args.period is None:
        raise InvalidInput.for_argument(
            "PERIOD", None, "is required unless --preset names a desk (e.g. --preset winery)"
        )
    with quiet_provisional():  # the explanation itself says when a year is provisional
        result = deadline(
            start,
            args.period,
            cutoff="midnight" if args.cutoff == "midnight" else "close_of_business",
            convention="working_time" if args.working_time else "civil_code",
            explain=True,
        )
    print(format_due(result.due))
    if not args.brief:
        counted = _("{period} from {start}", period=result.period, start=format_due(result.start))
        print(f"  {counted}  [{result.rule}]")
        for step in result.steps:
            print(f"  - {step}")
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops deadline START [PERIOD] [--preset NAME ...]``."""
    p = sub.add_parser(
        "deadline",
        help=_("when a period counted from START ends, or every SLA target of a desk (--preset)"),
        description=_(
            "Count PERIOD from START as the PRC Civil Code does (arts. 200-204) on the "
            "mainland-China working-day calendar, and say how the deadline was reached; or, "
            "with --preset, print when every SLA target of one of the seed's desks is due "
            "for a case received at START, and which rule picked the targets. "
            "A START without a zone is taken in Asia/Shanghai; a bare date gives the last day."
        ),
    )
    p.add_argument(
        "start",
        metavar="START",
        help=_("2025-09-30T16:00, 2025-09-30T16:00+08:00 or a date 2025-09-30"),
    )
    p.add_argument(
        "period",
        metavar="PERIOD",
        nargs="?",
        default=None,
        help=_(
            "e.g. {examples}, '3 working days' (not with --preset)",
            examples=("3个工作日", "24小时", "一周", "四个月", "半年"),
        ),
    )
    p.add_argument(
        "--cutoff",
        choices=("close_of_business", "midnight"),
        default="close_of_business",
        help=_("when the last day ends (default: its close of business, art. 203)"),
    )
    p.add_argument(
        "--working-time",
        action="store_true",
        help=_("count working days as a budget of business hours (Jira/Zendesk convention)"),
    )
    p.add_argument("--brief", action="store_true", help=_("print only the deadline(s)"))
    sla.add_arguments(p)
    p.set_defaults(handler=_cmd_deadline)
