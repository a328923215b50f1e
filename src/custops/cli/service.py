"""``custops check-reply TEXT | change --amount-received AMOUNT --amount-due AMOUNT``: the service
rules of D13."""

from __future__ import annotations

import argparse

from custops._text import colon, verdict_word
from custops.cli._common import (
    Subparsers,
    add_json_option,
    as_arguments,
    print_json,
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
                "phrase": f.phrase,
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
        # the phrase and the suggestion are the customer's (Chinese); the kind is for staff
        kind = verdict_word(f.kind)
        print(f"{start}-{end}\t{f.text}\t{kind}\t-> {f.suggestion}")
    print(colon(_("suggested:"), check.suggested_text))
    return 1


def _cmd_change(args: argparse.Namespace) -> int:
    with as_arguments({"amount_received": "--amount-received", "amount_due": "--amount-due"}):
        announcement = cash_announcement(
            amount_received=args.amount_received, amount_due=args.amount_due
        )
    if args.json:
        print_json(
            {
                "rule": announcement.rule,
                "amount_received": str(announcement.amount_received),
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
        description=_(
            "Announce a cash payment (R-SVC-02): --amount-received taken, --amount-due owed, "
            "the change."
        ),
    )
    p.add_argument(
        "--amount-received", required=True, metavar="AMOUNT", help=_("cash taken, e.g. 100")
    )
    p.add_argument(
        "--amount-due", required=True, metavar="AMOUNT", help=_("amount due, e.g. 87.50")
    )
    p.add_argument(
        "--uppercase", action="store_true", help=_("say the amounts in {term}", term="大写")
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_change)
