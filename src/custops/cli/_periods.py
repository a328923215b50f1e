"""``custops deadline START PERIOD``: when a period counted from START ends, and why
(``periods.deadline``; a day of a month such as 次月2日 or 当月底, ``periods.due_in_month``;
a desk's SLA schedule is ``custops sla schedule``)."""

from __future__ import annotations

import argparse
import datetime as _dt

from custops._text import moment_text
from custops.calendars import Roll, WorkCalendar, asking_provisional, china
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_enum_option,
    add_json_option,
    as_arguments,
    calendar_from,
    format_due,
    give_moment,
    iso,
    parse_start,
    print_json,
    print_provisional_note,
    provisional_mark,
    provisional_years,
    strict_calendar,
)
from custops.errors import InvalidInput
from custops.i18n import _
from custops.periods import (
    Convention,
    Cutoff,
    Deadline,
    Period,
    deadline,
    due_in_month,
    month_day_problem,
)

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _month_day(
    args: argparse.Namespace, start: _dt.datetime | _dt.date, calendar: WorkCalendar, roll: Roll
) -> Deadline | None:
    """PERIOD read as a day of a month (次月2日, 当月底: ``periods.due_in_month``, R-SLA-16)
    when it is not a length, counted from START's day in the calendar's zone (an instant
    START gives the instant that day ends, at its close of business); ``None`` for
    a period (``deadline`` counts it).  Text that is neither is refused as ``due_in_month``
    refuses it when the period reader took it for a day of a month (次月 alone: no day),
    else as a period.  ``--cutoff`` and ``--convention`` do not apply to a day: a value other
    than their default is refused, naming the option."""
    try:
        Period.parse(args.period)
    except InvalidInput as exc:
        month_day = exc.problem == month_day_problem()
    else:
        return None
    if not month_day:
        return None  # deadline() refuses it as a period, naming PERIOD
    for option, cls, default in (
        ("--cutoff", Cutoff, Cutoff.CLOSE_OF_BUSINESS),
        ("--convention", Convention, Convention.CIVIL_CODE),
    ):
        given = getattr(args, option.removeprefix("--"))
        if cls.parse(given, argument=option) is not default:
            problem = (
                f"does not apply to a day of a month ({args.period}): it is a day, not a length"
            )
            raise InvalidInput.for_argument(option, given, problem)
    with as_arguments({"start": "START", "text": "PERIOD"}):
        return due_in_month(start, args.period, calendar=calendar, roll=roll, explain=True)


def _cmd_deadline(args: argparse.Namespace) -> int:
    calendar = calendar_from(args)  # a START without a zone is in its zone
    start = parse_start(args.start, calendar=calendar)
    roll = Roll.parse(args.roll, argument="--roll")
    # the explanation itself says when a year is provisional
    names = {"start": "START", "period": "PERIOD"}
    with asking_provisional(), strict_calendar(calendar):
        result = _month_day(args, start, calendar, roll)
        if result is None:
            _needs_a_time(args, start)
            with as_arguments(names):
                result = deadline(
                    start,
                    args.period,
                    calendar=calendar,
                    cutoff=Cutoff.parse(args.cutoff, argument="--cutoff"),
                    convention=Convention.parse(args.convention, argument="--convention"),
                    roll=roll,
                    explain=True,
                )
    if args.json:
        print_json(
            {
                "rule": result.rule,
                "start": iso(result.start),
                "period": None if result.period is None else str(result.period),
                "text": args.period if result.period is None else None,
                "due_at": iso(result.due_at),
                "ends_on": iso(result.ends_on),
                "cutoff": None if result.cutoff is None else result.cutoff.value,
                "skipped_rest_days": [day.isoformat() for day in result.skipped_rest_days],
                "provisional": result.provisional,
                "reason": result.reason,
                "reasoning": list(result.reasoning),
            }
        )
        return 0
    due = result.ends_on if result.due_at is None else result.due_at
    shown_due = format_due(due, last_day=result.ends_on)
    if args.brief:  # the deadline alone, marked when provisional; the note on stderr
        print(shown_due + (_(" (provisional)") if result.provisional else ""))
        print_provisional_note(calendar.country, _unpublished_years_counted(result, due, calendar))
        return 0
    print(shown_due + _provisional(result, due, calendar))
    if not args.brief:
        shown = format_due(_in_zone(result.start, calendar))
        if shown != format_due(result.start):  # the days counted are the calendar zone's
            shown += _(" (given as {moment})", moment=moment_text(result.start))
        period = args.period if result.period is None else result.period
        counted = _("{period} from {start}", period=period, start=shown)
        print(f"  {counted}  [{result.rule}]")
        for step in result.reasoning:
            print(f"  - {step}")
    return 0


def _needs_a_time(args: argparse.Namespace, start: _dt.datetime | _dt.date) -> None:
    """Refuse a bare-date START for a PERIOD of hours or minutes, as every bad START is
    refused: what to type instead (a PERIOD that is not a period is refused by ``deadline``)."""
    if isinstance(start, _dt.datetime):
        return
    try:
        period = Period.parse(args.period)
    except InvalidInput:
        return
    if period.unit.is_time_level:
        problem = f"is a date without a time, and {args.period} counts hours; {give_moment()}"
        raise InvalidInput.for_argument("START", args.start, problem)


def _provisional(result: Deadline, due: _dt.datetime | _dt.date, calendar: WorkCalendar) -> str:
    """The mark of a deadline counted through a year whose arrangement is not published
    (`` (provisional: the 2027 arrangement is not published)``), as ``sla schedule`` marks
    its due times; ``""`` for a final answer."""
    if not result.provisional:
        return ""
    return provisional_mark(calendar, *_days_counted(result, due, calendar))


def _unpublished_years_counted(
    result: Deadline, due: _dt.datetime | _dt.date, calendar: WorkCalendar
) -> list[int]:
    """The years without a published arrangement a provisional deadline counted through."""
    if not result.provisional:
        return []
    return provisional_years(calendar, *_days_counted(result, due, calendar))


def _days_counted(
    result: Deadline, due: _dt.datetime | _dt.date, calendar: WorkCalendar
) -> tuple[_dt.date, _dt.date]:
    """The first and the last day a deadline counted over, in the calendar's zone."""
    first, last = _in_zone(result.start, calendar), _in_zone(due, calendar)
    days = [d.date() if isinstance(d, _dt.datetime) else d for d in (first, last)]
    return min(days), days[1]


def _in_zone(start: _dt.datetime | _dt.date, calendar: WorkCalendar) -> _dt.datetime | _dt.date:
    """An instant start as the calendar's zone shows it (its start day is that zone's)."""
    return calendar.to_local(start) if isinstance(start, _dt.datetime) else start


def add_parser(sub: Subparsers) -> None:
    """Register ``custops deadline`` with its options on ``sub``, the subcommands of the
    ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "deadline",
        help=_("when a period counted from START ends"),
        description=_(
            "Count PERIOD from START as the PRC Civil Code does (arts. 200-204) on the "
            "working-day calendar (default: mainland China), and say how the deadline was reached "
            "(a desk's SLA targets: custops sla schedule). A PERIOD that names a day of a "
            "month ({month_days}) gives that day, moved past rest days by --roll. "
            "A START without a zone is taken in the calendar's zone ({zone} unless --zone is "
            "given); a bare date gives the last day.",
            zone=china().zone.key,
            month_days=("次月2日", "当月底", "隔月15日"),
        ),
        epilog=_(
            "examples:\n"
            "  custops deadline 2025-09-30T16:00 {working}\n"
            "  custops deadline '2025/9/30 16:00' {hours} --brief\n"
            "  custops deadline 2025-09-30 {week} --closure 2025-10-09\n"
            "  custops deadline 2025-09-15 {month_day}\n"
            "  custops deadline 2025-09-30T16:00 {working} --cutoff midnight --json",
            working="3个工作日",
            hours="24小时",
            week="一周",
            month_day="次月2日",
        ),
    )
    p.add_argument(
        "start",
        metavar="START",
        help=_("2025-09-30T16:00, 2025-09-30T16:00+08:00 or a date 2025-09-30"),
    )
    p.add_argument(
        "period",
        metavar="PERIOD",
        help=_(
            "e.g. {examples}, '3 working days'",
            examples=("3个工作日", "24小时", "一周", "四个月", "半年", "次月2日", "当月底"),
        ),
    )
    add_enum_option(
        p,
        "--cutoff",
        Cutoff,
        default=Cutoff.CLOSE_OF_BUSINESS,
        help=_("when the last day ends (default: its close of business, art. 203)"),
    )
    add_enum_option(
        p,
        "--convention",
        Convention,
        default=Convention.CIVIL_CODE,
        help=_(
            "how working days are counted: whole days as the Civil Code does, or a budget of "
            "business hours (Jira/Zendesk convention) (default: civil_code)"
        ),
    )
    add_enum_option(
        p,
        "--roll",
        Roll,
        default=Roll.FOLLOWING,
        help=_(
            "where a last day that is a rest day moves (default: following, the next working "
            "day, art. 203)"
        ),
    )
    add_calendar_options(p)
    p.add_argument("--brief", action="store_true", help=_("print only the deadline(s)"))
    add_json_option(p)
    p.set_defaults(handler=_cmd_deadline)
