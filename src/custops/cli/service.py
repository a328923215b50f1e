"""``custops check-reply TEXT | change --received R --amount-due D | archive-due DATE``: the
service rules of D13 and the customer archives of D2."""

from __future__ import annotations

import argparse

from custops._text import colon
from custops.archives import archive_due
from custops.calendars import china
from custops.cli._common import (
    Subparsers,
    add_json_option,
    as_arguments,
    iso,
    parse_day,
    print_json,
    provisional_mark,
    quiet_provisional,
)
from custops.i18n import _
from custops.service import cash_announcement, check_reply

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _cmd_check_reply(args: argparse.Namespace) -> int:
    check = check_reply(args.text)
    if args.json:
        findings = [
            {
                "span": list(f.span),
                "text": f.text,
                "kind": f.kind.value,
                "suggestion": f.suggestion,
            }
            for f in check.findings
        ]
        print_json(
            {
                "rule": check.rule,
                "allowed": check.allowed,
                "findings": findings,
                "suggested_text": check.suggested_text,
                "reason": check.reason,
            }
        )
        return 0 if check.allowed else 1
    if check.allowed:
        print(colon(_("ok:"), f"{check.reason} [{check.rule}]"))
        return 0
    for f in check.findings:
        start, end = f.span
        print(f"{start}-{end}\t{f.text}\t{f.kind.label}\t-> {f.suggestion}")
    print(colon(_("suggested:"), check.suggested_text))
    return 1


def _cmd_change(args: argparse.Namespace) -> int:
    with as_arguments({"received": "--received", "amount_due": "--amount-due"}):
        announcement = cash_announcement(args.received, args.amount_due)
    if args.json:
        print_json(
            {
                "rule": announcement.rule,
                "received": str(announcement.received),
                "amount_due": str(announcement.amount_due),
                "change": str(announcement.change),
                "spoken": announcement.spoken,
                "spoken_uppercase": announcement.spoken_uppercase,
                "reason": announcement.reason,
            }
        )
        return 0
    print(announcement.spoken_uppercase if args.uppercase else announcement.spoken)
    print(_("change: {amount}", amount=announcement.change))
    return 0


def _cmd_archive_due(args: argparse.Namespace) -> int:
    """The last day (R-SLA-14); when the count runs through a year whose holiday arrangement
    is not published, the day is marked provisional in the active language (no Python
    warning: ``--explain`` says it in a step of its own)."""
    first = parse_day("FIRST_CONTACT_ON", args.first_contact_on)
    cal = china()
    with quiet_provisional():
        if args.json:
            result = archive_due(first, calendar=cal, explain=True)
            print_json(
                {
                    "rule": result.rule,
                    "first_contact_on": first.isoformat(),
                    "ends_on": iso(result.ends_on),
                    "provisional": result.provisional,
                    "reason": result.reason,
                    "reasoning": list(result.reasoning),
                }
            )
            return 0
        if args.explain:
            print(archive_due(first, calendar=cal, explain=True).explain())
            return 0
        due = archive_due(first, calendar=cal)
    print(f"{due.isoformat()}{provisional_mark(cal, first, due)}")
    return 0


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "check-reply",
        help=_("find forbidden service phrases ({term}) in a reply", term="服务忌语"),
        description=_(
            "Find the forbidden phrases of D13 {chapter} in TEXT (R-SVC-01) and suggest "
            "approved ones. Exits 1 when a phrase is found.",
            chapter="第十五章",
        ),
    )
    p.add_argument(
        "text",
        metavar="TEXT",
        help=_("what was said or written, e.g. {example}", example="喂,干什么"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_check_reply)

    p = sub.add_parser(
        "change",
        help=_("the change and the cashier's words {words}", words="收您××元,找您××元"),
        description=_("Announce a cash payment (R-SVC-02): RECEIVED taken, DUE owed, the change."),
    )
    p.add_argument("--received", required=True, metavar="AMOUNT", help=_("cash taken, e.g. 100"))
    p.add_argument(
        "--amount-due", required=True, metavar="AMOUNT", help=_("amount due, e.g. 87.50")
    )
    p.add_argument(
        "--uppercase", action="store_true", help=_("say the amounts in {term}", term="大写")
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_change)

    p = sub.add_parser(
        "archive-due",
        help=_("last day to create a customer archive (within one week)"),
        description=_(
            "The last day to create the archive of a customer first contacted on FIRST_CONTACT_ON "
            "(one week, Civil Code counting, rest days skipped; R-SLA-14)."
        ),
    )
    p.add_argument(
        "first_contact_on", metavar="FIRST_CONTACT_ON", help=_("day of first contact, YYYY-MM-DD")
    )
    p.add_argument("--explain", action="store_true", help=_("show how the day was counted"))
    add_json_option(p)
    p.set_defaults(handler=_cmd_archive_due)
