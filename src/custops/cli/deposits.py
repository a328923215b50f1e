"""``custops refund --peak P --balance B --announced DATE``: a deposit's refund schedule (D8)."""

from __future__ import annotations

import argparse

from custops.cli._common import Subparsers, parse_day
from custops.deposits import Claim, DepositPolicy, ExcessClaims, refund_schedule
from custops.errors import InvalidInput
from custops.i18n import _


def _claim(index: int, text: str) -> Claim:
    parts = text.split(":", 3)
    if len(parts) < 3:
        raise InvalidInput.for_argument(
            f"--claim[{index}]",
            text,
            "must be AMOUNT:DATE:REASON[:KIND], e.g. 1200:2026-01-05:管理费",
        )
    amount, day, description = parts[:3]
    kind = parts[3] if len(parts) == 4 else "other"
    return Claim(amount, parse_day(f"--claim[{index}]", day), description, kind=kind)


def _cmd_refund(args: argparse.Namespace) -> int:
    policy = DepositPolicy(
        roll_to_workday=not args.no_roll,
        excess_claims=ExcessClaims.REFUSE if args.refuse_excess else ExcessClaims.OWED,
    )
    schedule = refund_schedule(
        peak=args.peak,
        balance=args.balance,
        announced_on=parse_day("--announced", args.announced),
        claims=[_claim(i, text) for i, text in enumerate(args.claim)],
        policy=policy,
    )
    print(schedule.render())
    return 0


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "refund",
        help=_(
            "the refund schedule of a terminated exchange member's deposit (20%% / 40%% / 60%%)"
        ),
        description=_(
            "Print the refund schedule of a terminated member's deposit (D8, R-DEP-01..03): "
            "20% of the peak is kept as a risk reserve, the rest of the balance is refunded "
            "at the announcement, 40% of the reserve 4 months and the remaining 60% 6 months "
            "after it (on the next working day if that is a rest day)."
        ),
    )
    p.add_argument(
        "--peak", required=True, help=_("the deposit's peak ({term}), yuan", term="最大峰值")
    )
    p.add_argument("--balance", required=True, help=_("the deposit balance held, yuan"))
    p.add_argument(
        "--announced", required=True, metavar="DATE", help=_("day of the announcement, YYYY-MM-DD")
    )
    p.add_argument(
        "--claim",
        action="append",
        default=[],
        metavar="AMOUNT:DATE:REASON[:KIND]",
        help=_(
            "a claim against the reserve (repeatable); KIND e.g. {example}, loss, fine",
            example="未缴费用",
        ),
    )
    p.add_argument("--no-roll", action="store_true", help=_("keep due days that fall on rest days"))
    p.add_argument(
        "--refuse-excess",
        action="store_true",
        help=_("refuse a claim the reserve cannot cover (default: record it as owed)"),
    )
    p.set_defaults(handler=_cmd_refund)
