"""``custops workdays add DATE N | between A B | check DATE``: working days with 调休."""

from __future__ import annotations

import argparse
import sys
import warnings

from custops.calendars import WorkCalendar
from custops.cli._common import Subparsers, parse_count, parse_day
from custops.errors import InvalidInput, ProvisionalCalendarWarning

_WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def _calendar(args: argparse.Namespace) -> WorkCalendar:
    return WorkCalendar(
        args.country,
        args.subdiv,
        closures=[parse_day("--closure", t) for t in args.closure],
        extra_workdays=[parse_day("--extra-workday", t) for t in args.extra_workday],
        final_years=[parse_count("--final-year", t) for t in args.final_year],
        strict=args.strict,
    )


def _answer(args: argparse.Namespace, cal: WorkCalendar) -> str:
    if args.action == "add":
        day = cal.add_workdays(parse_day("DATE", args.first), parse_count("N", args.second))
        return day.isoformat()
    if args.action == "between":
        return str(cal.workdays_between(parse_day("A", args.first), parse_day("B", args.second)))
    if args.second is not None:
        raise InvalidInput.for_argument("check", args.second, "takes one DATE only")
    day = parse_day("DATE", args.first)
    info = cal.day_info(day)
    parts = [day.isoformat(), _WEEKDAYS_ZH[day.weekday()], info.kind.label]
    if info.holiday_name:
        parts.append(info.holiday_name)
    line = " ".join(parts) + (" — working day" if info.is_workday else " — rest day")
    if info.provisional:
        line += f" (provisional: the {day.year} arrangement is not published)"
    return line


def _cmd_workdays(args: argparse.Namespace) -> int:
    if args.action in ("add", "between") and args.second is None:
        raise InvalidInput.for_argument(
            args.action, args.first, "needs two arguments (DATE N, or A B)"
        )
    cal = _calendar(args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ProvisionalCalendarWarning)
        answer = _answer(args, cal)
    print(answer)
    for warning in caught:
        if issubclass(warning.category, ProvisionalCalendarWarning):
            print(f"custops: note: {warning.message}", file=sys.stderr)
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops workdays``."""
    p = sub.add_parser(
        "workdays",
        help="working days with 调休: add N, count between two dates, check a day",
        description=(
            "Working-day arithmetic on the official calendar (default: mainland China, "
            "调休 makeup days included). "
            "'add DATE N': the N-th working day after DATE (DATE not counted; N < 0 counts back). "
            "'between A B': working days in (A, B], negative when B < A. "
            "'check DATE': the kind of DATE and its holiday name."
        ),
    )
    p.add_argument("action", choices=("add", "between", "check"), help="what to compute")
    p.add_argument("first", metavar="DATE", help="a date, YYYY-MM-DD")
    p.add_argument(
        "second", metavar="N|B", nargs="?", default=None, help="N for add, B for between"
    )
    p.add_argument("--country", default="CN", help="ISO country code known to holidays (CN)")
    p.add_argument("--subdiv", default=None, help="subdivision code, e.g. CA for --country US")
    p.add_argument(
        "--closure", action="append", default=[], metavar="DATE", help="a company rest day"
    )
    p.add_argument(
        "--extra-workday",
        action="append",
        default=[],
        metavar="DATE",
        help="a company working day",
    )
    p.add_argument(
        "--final-year",
        action="append",
        default=[],
        metavar="YEAR",
        help="treat YEAR's statutory calendar as final (no provisional note)",
    )
    p.add_argument(
        "--strict", action="store_true", help="refuse a year whose arrangement is not published"
    )
    p.set_defaults(handler=_cmd_workdays)
