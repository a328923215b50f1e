"""``custops workdays add DATE N | between A B | check DATE``: working days with 调休."""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import Any

from custops.calendars import WorkCalendar
from custops.cli._common import (
    Subparsers,
    add_json_option,
    labelled,
    parse_count,
    parse_day,
    print_json,
    provisional_mark,
    weekday,
)
from custops.errors import InvalidInput
from custops.errors import ProvisionalCalendarWarning as Pw
from custops.i18n import _


def _calendar(args: argparse.Namespace) -> WorkCalendar:
    return WorkCalendar(
        args.country,
        args.subdiv,
        closures=[parse_day("--closure", t) for t in args.closure],
        extra_workdays=[parse_day("--extra-workday", t) for t in args.extra_workday],
        final_years=[parse_count("--final-year", t) for t in args.final_year],
        strict=args.strict,
    )


def _answer(args: argparse.Namespace, cal: WorkCalendar) -> tuple[str, dict[str, Any]]:
    """The answer as a line of text and as the ``--json`` document."""
    if args.action == "add":
        first, count = parse_day("DATE", args.first), parse_count("N", args.second)
        day = cal.add_workdays(first, count)
        return day.isoformat(), {"day": first.isoformat(), "n": count, "result": day.isoformat()}
    if args.action == "between":
        start, end = parse_day("A", args.first), parse_day("B", args.second)
        workdays = cal.workdays_between(start, end)
        return str(workdays), {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "workdays": workdays,
        }
    if args.second is not None:
        raise InvalidInput.for_argument("check", args.second, "takes one DATE only")
    day = parse_day("DATE", args.first)
    info = cal.day_info(day)
    data = {
        "rule": info.rule,
        "day": day.isoformat(),
        "kind": info.kind.value,
        "holiday_name": info.holiday_name,
        "is_workday": info.is_workday,
        "provisional": info.provisional,
        "reason": info.reason,
    }
    status = _("working day") if info.is_workday else _("rest day")
    fields = {"day": day, "weekday": weekday(day), "kind": info.kind, "status": status}
    if info.holiday_name:
        line = _(
            "{day} {weekday}: {kind} ({holiday}), {status}", holiday=info.holiday_name, **fields
        )
    else:
        line = _("{day} {weekday}: {kind}, {status}", **fields)
    if info.provisional:
        line += provisional_mark(cal, day, day)
    return line, data


def _cmd_workdays(args: argparse.Namespace) -> int:
    if args.action in ("add", "between") and args.second is None:
        raise InvalidInput.for_argument(
            args.action, args.first, "needs two arguments (DATE N, or A B)"
        )
    cal = _calendar(args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", Pw)
        answer, data = _answer(args, cal)
    provisional = sorted({getattr(w.message, "year", 0) for w in caught if w.category is Pw})
    if args.json:
        document = {"action": args.action, "country": cal.country, **data}
        document.setdefault("provisional", bool(provisional))
        print_json(document)
    else:
        print(answer)
    for year in provisional:
        note = _(
            "the {country} holiday arrangement for {year} is not published yet: answered from "
            "the statutory holidays (provisional); pass --final-year {year} to treat them as final",
            country=cal.country,
            year=year,
        )
        print("custops: " + labelled(_("note:"), note), file=sys.stderr)
    return 0


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "workdays",
        help=_(
            "working days with {swaps}: add N, count between two dates, check a day", swaps="调休"
        ),
        description=_(
            "Working-day arithmetic on the official calendar (default: mainland China, "
            "{swaps} makeup days included). "
            "'add DATE N': the N-th working day after DATE (DATE not counted; N < 0 counts back). "
            "'between A B': working days in (A, B], negative when B < A. "
            "'check DATE': the kind of DATE and its holiday name.",
            swaps="调休",
        ),
    )
    p.add_argument("action", choices=("add", "between", "check"), help=_("what to compute"))
    p.add_argument("first", metavar="DATE", help=_("a date, YYYY-MM-DD"))
    p.add_argument(
        "second", metavar="N|B", nargs="?", default=None, help=_("N for add, B for between")
    )
    p.add_argument("--country", default="CN", help=_("ISO country code known to holidays (CN)"))
    p.add_argument("--subdiv", default=None, help=_("subdivision code, e.g. CA for --country US"))
    for option, metavar, text in (
        ("--closure", "DATE", _("a company rest day")),
        ("--extra-workday", "DATE", _("a company working day")),
        (
            "--final-year",
            "YEAR",
            _("treat YEAR's statutory calendar as final (no provisional note)"),
        ),
    ):
        p.add_argument(option, action="append", default=[], metavar=metavar, help=text)
    p.add_argument(
        "--strict", action="store_true", help=_("refuse a year whose arrangement is not published")
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_workdays)
