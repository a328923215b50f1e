"""``custops check-reply TEXT | - | --file PATH`` and ``custops change --amount-received AMOUNT
--amount-due AMOUNT``: the service rules of D13."""

from __future__ import annotations

import argparse
from typing import Any

from custops._text import amount_text, colon, verdict_word
from custops.cli._common import (
    Subparsers,
    add_json_option,
    add_texts_input,
    as_arguments,
    print_json,
    print_json_line,
    texts_and_keys,
    tsv_cell,
)
from custops.i18n import _
from custops.service import ReplyCheck, ServicePolicy, cash_announcement, check_reply

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _check_json(check: ReplyCheck) -> dict[str, Any]:
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
    return {
        "rule": check.rule,
        "allowed": check.allowed,
        "findings": findings,
        "suggested_text": check.suggested_text,
        "reason": check.reason,
    }


def _check_rows(texts: list[str], *, as_json: bool, numbers: list[int] | None = None) -> int:
    """One row per text, in order: a JSON line (``row``, ``text`` and the check), else a
    tab-separated line: ok or the phrases found, the suggested text, the text; exit 1 when
    a phrase is found in any.  ``numbers``: each row's number in its .csv file (a blank
    row skipped still counts; default 1, 2 …)."""
    found = False
    rows = range(1, len(texts) + 1) if numbers is None else numbers
    for number, text in zip(rows, texts, strict=True):
        check = check_reply(text)
        found = found or not check.allowed
        if as_json:
            print_json_line({"row": number, "text": text, **_check_json(check)})
            continue
        phrases = tuple(dict.fromkeys(f.phrase for f in check.findings))
        verdict = _("ok") if check.allowed else _("forbidden: {phrases}", phrases=phrases)
        cells = (verdict, check.suggested_text, text)
        print("\t".join(tsv_cell(cell) for cell in cells))
    return 1 if found else 0


def _cmd_check_reply(args: argparse.Namespace) -> int:
    texts, _keys, numbers = texts_and_keys(args)
    if texts is not None:
        return _check_rows(texts, as_json=args.json, numbers=numbers)
    check = check_reply(args.text)
    if args.json:
        print_json(_check_json(check))
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
    # an exact payment is announced as the library announces it (找您0元) unless
    # --no-announce-zero-change: then the cashier says the amount taken alone
    exact = ServicePolicy(announce_zero_change=args.announce_zero_change)
    with as_arguments({"amount_received": "--amount-received", "amount_due": "--amount-due"}):
        announcement = cash_announcement(
            amount_received=args.amount_received, amount_due=args.amount_due, policy=exact
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
    if announcement.change:
        print(_("change: {amount}", amount=amount_text(announcement.change)))
    else:
        print(_("no change due"))
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops check-reply`` and ``custops change`` with their options on ``sub``, the
    subcommands of the ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "check-reply",
        help=_("find forbidden service phrases in a reply (D13)"),
        description=_(
            "Find the forbidden phrases of D13 chapter 15 ({chapter}) in TEXT (R-SVC-01) and "
            "suggest "
            "approved ones. Exits 1 when a phrase is found.",
            chapter="第十五章",
        ),
    )
    add_texts_input(p, text_help=_("what was said or written, e.g. {example}", example="喂,干什么"))
    add_json_option(p)
    p.set_defaults(handler=_cmd_check_reply)

    p = sub.add_parser(
        "change",
        help=_("the change and the cashier's words ({words}) under D13", words="收您××元,找您××元"),
        description=_(
            "Announce a cash payment (D13, R-SVC-02): --amount-received taken, --amount-due owed, "
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
        "--uppercase", action="store_true", help=_("say the amounts in Chinese capital figures")
    )
    p.add_argument(
        "--announce-zero-change",
        action=argparse.BooleanOptionalAction,
        default=ServicePolicy().announce_zero_change,
        help=_(
            "for an exact payment, say the change of 0 ({words}); --no-announce-zero-change "
            "says the amount taken alone",
            words="找您0元",
        ),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_change)
