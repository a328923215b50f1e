"""``custops archive due FIRST_CONTACT_ON | on-time CUSTOMER_ID FIRST_CONTACT_ON CREATED_ON |
lend BORROWER_ID RELATION PURPOSE --on DATE --due-back-on DATE``: the last day to create a
customer archive, was one created in time (D2, R-SLA-14), and may one be lent (D2 4-5)."""

from __future__ import annotations

import argparse

from custops.archives import (
    Archive,
    LoanRequest,
    Relation,
    archive_due,
    can_lend_record,
    created_in_time,
)
from custops.calendars import asking_provisional
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_deadline_options,
    add_enum_option,
    add_json_option,
    as_arguments,
    calendar_from,
    day_or_today,
    iso,
    parse_day,
    print_deadline,
    print_decision,
    strict_calendar,
)
from custops.i18n import _

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The library's argument names as the command's (errors name what the user typed).
_LOAN_ARGUMENTS = {
    "borrower_id": "BORROWER_ID",
    "relation": "RELATION",
    "purpose": "PURPOSE",
    "on": "--on",
    "due_back_on": "--due-back-on",
}


def _cmd_lend(args: argparse.Namespace) -> int:
    """R-ARC-03: lent only to related staff, registered, for a set time; exit 1 if refused."""
    on = day_or_today("--on", args.on)
    due_back = None if args.due_back_on is None else parse_day("--due-back-on", args.due_back_on)
    with as_arguments(_LOAN_ARGUMENTS):
        request = LoanRequest(
            args.borrower_id,
            args.relation,
            args.purpose,
            on=on,
            due_back_on=due_back,
            registered=args.registered,
            private=args.private,
        )
    fields = {
        "borrower_id": request.borrower_id,
        "relation": request.relation.value,
        "on": request.on.isoformat(),
        "due_back_on": iso(due_back),
    }
    return print_decision(args, can_lend_record(request), fields)


def _cmd_due(args: argparse.Namespace) -> int:
    """The last day (R-SLA-14); when the count runs through a year whose holiday arrangement
    is not published, the day is marked provisional in the active language (no Python
    warning: ``--explain`` says it in a step of its own)."""
    first = parse_day("FIRST_CONTACT_ON", args.first_contact_on)
    cal = calendar_from(args)
    names = {"first_contact_on": "FIRST_CONTACT_ON"}
    with asking_provisional(), as_arguments(names), strict_calendar(cal):
        result = archive_due(first, calendar=cal, explain=True)
    print_deadline(args, result, {"first_contact_on": first.isoformat()}, calendar=cal)
    return 0


def _cmd_on_time(args: argparse.Namespace) -> int:
    """R-SLA-14: was the archive created within the week after the first contact; exit 1 if
    it was late.  The count through an unpublished year is not warned about: the library's
    reason says it is provisional (暂定), and ``--json`` gives ``provisional``, as ``archive
    due`` marks its day."""
    first = parse_day("FIRST_CONTACT_ON", args.first_contact_on)
    created = parse_day("CREATED_ON", args.created_on)
    cal = calendar_from(args)
    names = {"customer_id": "CUSTOMER_ID", "first_contact_on": "FIRST_CONTACT_ON"}
    with asking_provisional(), as_arguments(names), strict_calendar(cal):
        archive = Archive(args.customer_id, first_contact_on=first, created_on=created)
        decision = created_in_time(archive, calendar=cal)
    fields = {
        "customer_id": archive.customer_id,
        "first_contact_on": first.isoformat(),
        "due_on": iso(decision.due_on),
        "created_on": created.isoformat(),
        "provisional": decision.provisional,
    }
    return print_decision(args, decision, fields)


def add_parser(sub: Subparsers) -> None:
    """Register ``custops archive`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "archive",
        help=_("customer archives (D2): the last day to create one, may one be lent"),
        description=_("Customer archives (D2): the last day to create one, may one be lent."),
    )
    archive_sub = p.add_subparsers(dest="archive_command", metavar="ARCHIVE_COMMAND", required=True)
    lend = archive_sub.add_parser(
        "lend",
        help=_("may a customer archive be lent (R-ARC-03); exit 1 if not"),
        description=_(
            "Whether a customer archive may be lent to BORROWER_ID (R-ARC-03): never to "
            "unrelated people or on the strength of a personal relationship, only through "
            "the lending register, and only with a return day (archives are company "
            "property no one may keep). Exits 1 when refused."
        ),
    )
    lend.add_argument(
        "borrower_id", metavar="BORROWER_ID", help=_("who asks, e.g. {example}", example="李四")
    )
    add_enum_option(
        lend,
        "relation",
        Relation,
        default=None,
        help=_(
            "how the borrower stands to the archive, in either language ({labels} …):",
            labels=("相关业务人员", "无关人员"),
        ),
    )
    lend.add_argument("purpose", metavar="PURPOSE", help=_("what the archive is needed for"))
    lend.add_argument("--on", metavar="DATE", help=_("the day of the loan (default: today)"))
    lend.add_argument(
        "--due-back-on",
        metavar="DATE",
        help=_("the day it comes back (without one the loan is refused)"),
    )
    lend.add_argument(
        "--registered",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_(
            "whether the loan is entered in the lending register (default: no, and a loan "
            "not entered is refused)"
        ),
    )
    lend.add_argument(
        "--private",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("asked on the strength of a personal relationship"),
    )
    add_json_option(lend)
    lend.set_defaults(handler=_cmd_lend)

    due = archive_sub.add_parser(
        "due",
        help=_("last day to create a customer archive (within one week)"),
        description=_(
            "The last day to create the archive of a customer first contacted on FIRST_CONTACT_ON "
            "(one week, Civil Code counting, rest days skipped; R-SLA-14)."
        ),
    )
    due.add_argument(
        "first_contact_on",
        metavar="FIRST_CONTACT_ON",
        help=_("day of first contact, e.g. 2025-10-08 or 2025/10/8"),
    )
    add_calendar_options(due)
    add_deadline_options(due)
    due.set_defaults(handler=_cmd_due)

    on_time = archive_sub.add_parser(
        "on-time",
        help=_("was a customer archive created within the week (R-SLA-14); exit 1 if not"),
        description=_(
            "Whether the archive of CUSTOMER_ID, first contacted on FIRST_CONTACT_ON, was "
            "created in time on CREATED_ON: on or before the last day `archive due` gives "
            "(R-SLA-14); an answer counted through a year whose holiday arrangement is not "
            "published is marked provisional. Exits 1 when it was late."
        ),
    )
    on_time.add_argument(
        "customer_id", metavar="CUSTOMER_ID", help=_("the customer the archive is of")
    )
    on_time.add_argument(
        "first_contact_on",
        metavar="FIRST_CONTACT_ON",
        help=_("day of first contact, e.g. 2025-10-08 or 2025/10/8"),
    )
    on_time.add_argument(
        "created_on", metavar="CREATED_ON", help=_("the day the archive was created")
    )
    add_calendar_options(on_time)
    add_json_option(on_time)
    on_time.set_defaults(handler=_cmd_on_time)
