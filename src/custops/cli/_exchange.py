"""``custops exchange change-due EVENT_ON | inspection [--on DATE] | inactivity
LAST_TRADE_ON [--on DATE]``: the membership rules of the exchange (D8) that a date answers;
``--on`` is the day of the question (default: today), as in every command."""

from __future__ import annotations

import argparse
from typing import Any

from custops.calendars import asking_provisional
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_deadline_options,
    add_json_option,
    as_arguments,
    calendar_from,
    day_or_today,
    format_due,
    parse_day,
    print_deadline,
    print_json,
    strict_calendar,
)
from custops.exchange import (
    ExchangePolicy,
    InactivityCheck,
    InactivityOutcome,
    InspectionStatus,
    change_report_due,
    inspection_status,
    revocation_due_to_inactivity,
)
from custops.i18n import _, ngettext

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _cmd_change_due(args: argparse.Namespace) -> int:
    """R-MEM-04, R-SLA-13: the last day to report a change of 第十条 in writing, printed as
    every Deadline is (the library's reason and reasoning)."""
    event_on = parse_day("EVENT_ON", args.event_on)
    cal = calendar_from(args)
    with as_arguments({"event_on": "EVENT_ON"}), asking_provisional(), strict_calendar(cal):
        result = change_report_due(event_on, calendar=cal, explain=True)
    given = {"event_on": event_on.isoformat(), "period": str(result.period)}
    print_deadline(args, result, given, calendar=cal)
    return 0


def _status_json(status: InspectionStatus) -> dict[str, Any]:
    return {
        "rule": status.rule,
        "outcome": status.outcome.value,
        "on": status.on.isoformat(),
        "window": {"start": status.window.start.isoformat(), "end": status.window.end.isoformat()},
        "membership_continues": status.membership_continues,
        "reason": status.reason,
    }


def _cmd_inspection(args: argparse.Namespace) -> int:
    """R-MEM-03, R-SLA-17: where a member stands with the annual inspection of the year of
    the day of the question (``--on``, default today)."""
    on = day_or_today("--on", args.on)
    flags = {
        "on": "--on",
        "registered": "--registered" if args.registered else "--no-registered",
        "passed": "--passed" if args.passed else "--no-passed",
    }
    with as_arguments(flags):
        status = inspection_status(on=on, registered=args.registered, passed=args.passed)
    if args.json:
        print_json(_status_json(status))
    else:
        print(status)
        if status.membership_continues:
            print(_("membership continues"))
        else:
            print(_("membership ends (article 8)"))
    return 0 if status.membership_continues else 1


def _inactivity_json(check: InactivityCheck) -> dict[str, Any]:
    return {
        "rule": check.rule,
        "outcome": check.outcome.value,
        "last_trade_on": check.last_trade_on.isoformat(),
        "on": check.on.isoformat(),
        "met_on": check.met_on.isoformat(),
        "reason": check.reason,
    }


def _cmd_inactivity(args: argparse.Namespace) -> int:
    """R-MEM-06, R-SLA-25: whether three months without trading revoke the membership."""
    last_trade_on = parse_day("LAST_TRADE_ON", args.last_trade_on)
    on = day_or_today("--on", args.on)
    with as_arguments({"last_trade_on": "LAST_TRADE_ON", "on": "--on"}):
        check = revocation_due_to_inactivity(
            last_trade_on,
            on=on,
            unapproved_other_membership=args.unapproved_other_membership,
            good_reason=args.good_reason,
        )
    if args.json:
        print_json(_inactivity_json(check))
    else:
        print(check)
        months = ExchangePolicy().inactivity_months  # the policy the check was made under
        met = ngettext(
            "{count} month without trading is met from {day}",
            "{count} months without trading are met from {day}",
            months,
            count=months,
            day=format_due(check.met_on),
        )
        print(met)  # met_on: the first day the condition holds (the period ended the day before)
    return 1 if check.outcome is InactivityOutcome.REVOKE else 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops exchange`` with its options on ``sub``, the subcommands of the
    ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "exchange",
        help=_("exchange membership (D8): change reports, annual inspection, inactivity"),
        description=_(
            "Membership of the exchange (D8): the last day to report a change, where a member "
            "stands with the annual inspection, whether months without trading revoke."
        ),
    )
    exchange_sub = p.add_subparsers(
        dest="exchange_command", metavar="EXCHANGE_COMMAND", required=True
    )

    due = exchange_sub.add_parser(
        "change-due",
        help=_("last day to report a change in writing (10 working days, R-MEM-04)"),
        description=_(
            "The last day to report a change listed in article 10 ({article}) — legal "
            "representative, capital, address, a lawsuit of 50,000 yuan or more … — that "
            "happened on EVENT_ON: 10 working days, the day of the change not counted, "
            "make-up working days ({swaps}) included (R-MEM-04, R-SLA-13).",
            article="第十条",
            swaps="调休",
        ),
    )
    due.add_argument(
        "event_on", metavar="EVENT_ON", help=_("day of the change, e.g. 2025-09-26 or 2025/9/26")
    )
    add_calendar_options(due)
    add_deadline_options(due)
    due.set_defaults(handler=_cmd_change_due)

    insp = exchange_sub.add_parser(
        "inspection",
        help=_("where a member stands with the annual inspection (R-MEM-03)"),
        description=_(
            "Where a member stands on the day of the question (--on, default today) with its "
            "latest annual inspection, the one whose registration window (1 July - 31 August; "
            "R-MEM-03, R-SLA-17) opened last: before 1 July, last year's. The same facts give "
            "the same answer until the next window opens. Exits 1 when the membership ends: a "
            "failed review (--no-passed), or, once the window has closed, no registration in it "
            "(--no-registered, treated as not passed)."
        ),
    )
    insp.add_argument("--on", metavar="DATE", help=_("the day of the question (default: today)"))
    insp.add_argument(
        "--registered",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "whether the member registered in the window: registered, or not (--no-registered); "
            "default: not known"
        ),
    )
    insp.add_argument(
        "--passed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "the review's verdict: passed, or failed (--no-passed); default: no verdict yet "
            "(pending) or not known"
        ),
    )
    add_json_option(insp)
    insp.set_defaults(handler=_cmd_inspection)

    idle = exchange_sub.add_parser(
        "inactivity",
        help=_("do months without trading revoke the membership (R-MEM-06)"),
        description=_(
            "Whether a member whose last trade was on LAST_TRADE_ON has gone three months without "
            "trading by the day of the question (--on, default today), and whether that "
            "revokes the membership (R-MEM-06, R-SLA-25; "
            "article 20, item 3 ({article}): only together with an unapproved membership "
            "elsewhere). "
            "Exits 1 when the membership is revoked.",
            article="第二十条(三)",
        ),
    )
    idle.add_argument(
        "last_trade_on",
        metavar="LAST_TRADE_ON",
        help=_("day of the last trade, e.g. 2025-01-10 or 2025/1/10"),
    )
    idle.add_argument("--on", metavar="DATE", help=_("the day of the question (default: today)"))
    idle.add_argument(
        "--unapproved-other-membership",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "a membership of another exchange taken without approval (default: unknown)",
        ),
    )
    idle.add_argument(
        "--good-reason",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("a good reason for not trading was shown (never revoked)"),
    )
    add_json_option(idle)
    idle.set_defaults(handler=_cmd_inactivity)
