"""``custops workdays add DAY WORKDAYS | between START END | check DAY``: working days with 调休
(each a subcommand, its arguments named as :class:`~custops.calendars.WorkCalendar` names them)."""

from __future__ import annotations

import argparse
import re
import warnings
from typing import Any

from custops._text import english
from custops.calendars import DayKind, WorkCalendar, day_fields
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_json_option,
    as_arguments,
    calendar_from,
    parse_count,
    parse_day,
    print_json,
    print_provisional_note,
    provisional_mark,
    strict_calendar,
    weekday,
)
from custops.errors import ProvisionalCalendarWarning as Pw
from custops.i18n import _

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


#: The name of a 调休 rest day: a rest day, then why in brackets (custops' own on the
#: mainland, ``休息日（由 2025-10-11 调休）``, in English ``rest day (swapped from 2025-10-11)``).
_SWAPPED_NAME = re.compile(r"[^（(]+[（(](?P<why>.+)[）)]")
#: The arguments of the calendar's methods as the subcommands' metavars.
_DAY_ARGUMENTS = {"day": "DAY", "workdays": "WORKDAYS", "start": "START", "end": "END"}


def _answer(args: argparse.Namespace, cal: WorkCalendar) -> tuple[str, dict[str, Any]]:
    """The answer as a line of text and as the ``--json`` document."""
    if args.action == "add":
        day, workdays = parse_day("DAY", args.day), parse_count("WORKDAYS", args.workdays)
        due_on = cal.add_workdays(day, workdays)
        document = {"day": day.isoformat(), "workdays": workdays, "due_on": due_on.isoformat()}
        return due_on.isoformat(), document
    if args.action == "between":
        start, end = parse_day("START", args.start), parse_day("END", args.end)
        workdays = cal.workdays_between(start, end)
        return str(workdays), {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "workdays": workdays,
        }
    day = parse_day("DAY", args.day)
    info = cal.day_info(day)
    # the calendar's own rule (R-CAL-01: holidays and 调休 as published), and the calendar
    # data the day comes from
    data = {
        "day": day.isoformat(),
        "outcome": info.outcome.value,
        "holiday_name": info.holiday_name,
        "is_workday": info.is_workday,
        "provisional": info.provisional,
        "rule": info.rule,
        "reason": info.reason,
        "source": info.source,
    }
    status = _("working day") if info.is_workday else _("rest day")
    fields = {"day": day, "weekday": weekday(day), "kind": info.outcome, "status": status}
    holiday = info.holiday_name
    if holiday and english():  # the name in English (``rest day (swapped from …)``)
        what = day_fields(cal, day)["what"]
        holiday = what[-1] if len(what) > 1 else holiday
    swapped = _SWAPPED_NAME.fullmatch(holiday or "")
    if swapped and info.outcome is DayKind.SWAPPED_REST_DAY:  # 调休休息（由 2025-10-11 调休）
        holiday = swapped["why"]  # the kind says it is a rest day: the name says why, once
    if holiday:
        line = _("{day} {weekday}: {kind} ({holiday}), {status}", holiday=holiday, **fields)
    else:
        line = _("{day} {weekday}: {kind}, {status}", **fields)
    if info.provisional:
        line += provisional_mark(cal, day, day)
    return line, data


def _cmd_workdays(args: argparse.Namespace) -> int:
    cal = calendar_from(args)
    with warnings.catch_warnings(record=True) as caught, as_arguments(_DAY_ARGUMENTS):
        warnings.simplefilter("always", Pw)
        with strict_calendar(cal):
            answer, data = _answer(args, cal)
    provisional = sorted({getattr(w.message, "year", 0) for w in caught if w.category is Pw})
    if args.json:
        document = {"country": cal.country, **data}
        document.setdefault("provisional", bool(provisional))
        print_json(document)
    else:
        print(answer)
    print_provisional_note(cal.country, provisional)
    return 0


def _options() -> argparse.ArgumentParser:
    """The calendar's options and ``--json``, shared by the three subcommands."""
    p = argparse.ArgumentParser(add_help=False)
    add_calendar_options(p)
    add_json_option(p)
    return p


def _workdays_examples() -> str:
    """The examples every ``workdays --help`` shows."""
    return _(
        "examples:\n"
        "  custops workdays add 2025-09-30 3\n"
        "  custops workdays add 2025/10/9 -2\n"
        "  custops workdays between 2025-09-30 2025-10-31\n"
        "  custops workdays check {day}\n"
        "  custops workdays add 2025-09-30 3 --closure 2025-10-11 --json",
        day="2025年10月8日",
    )


def add_parser(sub: Subparsers) -> None:
    """Register ``custops workdays`` with its options on ``sub``, the subcommands of the
    ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "workdays",
        help=_(
            "working days with make-up working days ({swaps}): add, count between two days, "
            "check a day",
            swaps="调休",
        ),
        description=_(
            "Working-day arithmetic on the official calendar (default: mainland China, "
            "make-up working days ({swaps}) included).",
            swaps="调休",
        ),
        epilog=_workdays_examples(),
    )
    actions = p.add_subparsers(
        dest="action", metavar="ACTION", required=True, help=_("what to compute")
    )
    options = [_options()]
    date = _("a date, e.g. 2025-10-01 or 2025/10/1")
    add = actions.add_parser(
        "add",
        parents=options,
        help=_("the WORKDAYS-th working day after DAY (DAY not counted; WORKDAYS < 0 counts back)"),
        description=_(
            "Print the day that is WORKDAYS working days after DAY: DAY itself is not "
            "counted, weekends and public holidays are skipped, make-up working days ({swaps}) "
            "count; a negative WORKDAYS counts back.",
            swaps="调休",
        ),
        epilog=_workdays_examples(),
    )
    add.add_argument("day", metavar="DAY", help=date)
    add.add_argument("workdays", metavar="WORKDAYS", help=_("a number of working days"))
    between = actions.add_parser(
        "between",
        parents=options,
        help=_("working days in (START, END], negative when END < START"),
        description=_(
            "Print how many working days there are after START up to and including END "
            "(negative when END is before START)."
        ),
        epilog=_workdays_examples(),
    )
    between.add_argument("start", metavar="START", help=date)
    between.add_argument("end", metavar="END", help=date)
    check = actions.add_parser(
        "check",
        parents=options,
        help=_("the kind of DAY and its holiday name"),
        description=_(
            "Say whether DAY is a working day or a rest day, and why: a weekend, a public "
            "holiday (with its name), a make-up working day or a day off in lieu, as the "
            "working-day swaps ({swaps}) make them.",
            swaps="调休",
        ),
        epilog=_workdays_examples(),
    )
    check.add_argument("day", metavar="DAY", help=date)
    for command in (add, between, check):
        command.set_defaults(handler=_cmd_workdays)
