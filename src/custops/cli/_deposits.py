"""``custops refund --peak P --balance B --announced-on DATE``: the refund schedule of a
commodity exchange member's deposit (D8 only)."""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from custops._text import examples
from custops.calendars import asking_provisional
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_enum_option,
    add_json_option,
    as_arguments,
    calendar_from,
    parse_day,
    print_json,
    strict_calendar,
)
from custops.deposits import (
    Claim,
    ClaimKind,
    DepositPolicy,
    ExcessClaims,
    RefundSchedule,
    refund_schedule,
)
from custops.errors import InvalidInput, InvalidType
from custops.i18n import _

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The library's argument names as the command's (errors name what the user typed).
_REFUND_ARGUMENTS = {
    "peak": "--peak",
    "balance": "--balance",
    "announced_on": "--announced-on",
    "claims": "--claim",
    "excess_claims": "--excess-claims",
}


def _claim(index: int, text: str) -> Claim:
    """A ``--claim`` as typed: ``AMOUNT:ON:`` then the description, which may hold colons; a
    last ``:KIND`` is the kind only when it is one (``ClaimKind.parse`` reads it), else part of
    the description.  A refusal names ``--claim[index]`` and shows the whole value typed."""
    argument = f"--claim[{index}]"
    parts = text.split(":", 2)
    if len(parts) < 3:
        example = examples("1200:2026-01-05:fee", "1200:2026-01-05:管理费")
        problem = f"must be AMOUNT:ON:DESCRIPTION[:KIND], e.g. {example}"
        raise InvalidInput.for_argument(argument, text, problem)
    amount, on, description = parts
    kind: ClaimKind | str = ClaimKind.OTHER
    head, colon_mark, tail = description.rpartition(":")
    if colon_mark:
        with contextlib.suppress(InvalidInput):  # not a kind: the colon is the description's
            kind, description = ClaimKind.parse(tail, argument="kind"), head
    try:
        with as_arguments(dict.fromkeys(("amount", "description", "kind"), argument)):
            return Claim(amount, description, on=parse_day(argument, on), kind=kind)
    except (InvalidInput, InvalidType) as exc:  # the whole value typed, not the part refused
        raise type(exc).for_argument(argument, text, exc.problem or str(exc)) from None


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "amount": str(claim.amount),
        "on": claim.on.isoformat(),
        "description": claim.description,
        "kind": claim.kind.value,
    }


def _schedule_json(schedule: RefundSchedule) -> dict[str, Any]:
    """The schedule as a document that stands on its own (item 9): the ``claims`` its
    deductions point into by ``claim_index``, and the totals (``refunded``, ``claimed``,
    ``owed``, ``total`` = ``balance - claimed``) a reader checks the lines against."""
    lines = [
        {
            "rule": line.rule,
            "kind": line.kind.value,
            "label": line.label,
            "scheduled_on": line.scheduled_on.isoformat(),
            "due_on": line.due_on.isoformat(),
            "gross": str(line.gross),
            "deductions": [
                {"claim_index": d.claim_index, "amount": str(d.amount)} for d in line.deductions
            ],
            "amount": str(line.amount),
            "provisional": line.provisional,
            "reason": line.reason,
        }
        for line in schedule.lines
    ]
    return {
        "rule": schedule.rule,
        "rule_ids": list(schedule.rule_ids),
        "reason": schedule.reason,
        "peak": str(schedule.peak),
        "balance": str(schedule.balance),
        "announced_on": schedule.announced_on.isoformat(),
        "reserve": str(schedule.reserve),
        "claims": [_claim_json(claim) for claim in schedule.claims],
        "lines": lines,
        "refunded": str(schedule.refunded),
        "claimed": str(schedule.claimed),
        "owed": str(schedule.owed),
        "total": str(schedule.total),
        "provisional": schedule.provisional,
    }


def _cmd_refund(args: argparse.Namespace) -> int:
    policy = DepositPolicy(
        roll_to_workday=args.roll_to_workday,
        excess_claims=ExcessClaims.parse(args.excess_claims, argument="--excess-claims"),
    )
    announced_on = parse_day("--announced-on", args.announced_on)
    claims = [_claim(i, text) for i, text in enumerate(args.claim)]
    calendar = calendar_from(args)
    # the schedule marks a provisional day itself (*), with a note under it
    with as_arguments(_REFUND_ARGUMENTS), asking_provisional(), strict_calendar(calendar):
        schedule = refund_schedule(
            peak=args.peak,
            balance=args.balance,
            announced_on=announced_on,
            claims=claims,
            calendar=calendar,
            policy=policy,
        )
    if args.json:
        print_json(_schedule_json(schedule))
    else:
        print(schedule.render())
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops refund`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "refund",
        help=_(
            "the refund schedule of a commodity exchange member's deposit (D8 only; a "
            "tenant's deposit: moveout) (20%% / 40%% / 60%%)"
        ),
        description=_(
            "Print the refund schedule of the deposit a commodity exchange member lodged with "
            "the exchange, when its membership ends (D8 only, R-DEP-01..03). Not for any other "
            "deposit: a building tenant's deposits on moving out are settled by the finance "
            "department once the engineering and security departments have inspected the "
            "unit: refunded, or an amount collected for damage noted (custops moveout settle, "
            "D6); its arithmetic (the deposit less damage and arrears) serves any other "
            "deposit, such as a rented item's, though no policy custops applies sets its terms; "
            "a prepaid or stored-value card's balance is outside custops (no policy custops "
            "applies says what is refunded). "
            "20% of the peak is kept as a risk reserve, the rest of the balance is refunded "
            "at the announcement, 40% of the reserve 4 months and the remaining 60% 6 months "
            "after it (on the next working day if that is a rest day). Each claim (--claim) is "
            "taken from the earliest payment due on or after its day: one dated on or before the "
            "announcement from the refund paid that day, a later one from the tranches; what "
            "nothing left can cover is owed by the member, and a claim dated after the last "
            "tranche is due is refused (R-DEP-03)."
        ),
        epilog=_(
            "examples:\n"
            "  custops refund --peak 1000000 --balance 800000 --announced-on 2025-10-31\n"
            "  custops refund --peak 1000000 --balance 800000 --announced-on 2025/10/31 "
            "--claim 1200:2026-01-05:{fee}\n"
            "  custops refund --peak 1000000 --balance 800000 --announced-on 2025-10-31 --json",
            fee="管理费",
        ),
    )
    p.add_argument(
        "--peak",
        required=True,
        metavar="AMOUNT",
        help=_("the deposit's peak, yuan"),
    )
    p.add_argument(
        "--balance", required=True, metavar="AMOUNT", help=_("the deposit balance held, yuan")
    )
    p.add_argument(
        "--announced-on",
        required=True,
        metavar="DATE",
        help=_("day of the announcement, e.g. 2025-10-31 or 2025/10/31"),
    )
    p.add_argument(
        "--claim",
        action="append",
        default=[],
        metavar="AMOUNT:ON:DESCRIPTION[:KIND]",
        help=_(
            "a claim of the exchange (repeatable), taken from the earliest payment due on or "
            "after its day: the refund on the announcement day, then the tranches of the "
            "reserve; KIND e.g. {example}, loss, fine",
            example="未缴费用",
        ),
    )
    p.add_argument(
        "--roll-to-workday",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=_("move a due day that falls on a rest day to the next working day (default: yes)"),
    )
    add_enum_option(
        p,
        "--excess-claims",
        ExcessClaims,
        default=ExcessClaims.OWED,
        help=_(
            "a claim that what is left to pay cannot cover: record it as owed or refuse it "
            "(default: owed)"
        ),
    )
    add_calendar_options(p)
    add_json_option(p)
    p.set_defaults(handler=_cmd_refund)
