"""``custops deadline START PERIOD``: when a period counted from START ends, and why
(``periods.deadline``; a day of a month such as 次月2日 or 当月底, ``periods.due_in_month``;
a desk's SLA schedule is ``custops sla schedule``)."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Callable
from typing import Any

from custops._text import moment_text
from custops.calendars import Roll, WorkCalendar, asking_provisional, china
from custops.cli._common import (
    BadRow,
    CsvTable,
    Subparsers,
    add_calendar_options,
    add_enum_option,
    add_id_column_option,
    add_json_option,
    add_keep_going_option,
    as_arguments,
    calendar_from,
    csv_file,
    format_due,
    give_moment,
    iso,
    key_problem,
    parse_start,
    print_json,
    print_provisional_note,
    provisional_mark,
    provisional_years,
    read_moments,
    row_refuser,
    strict_calendar,
    tsv_cell,
)
from custops.errors import CustopsError, InvalidInput
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
    if args.file is not None:
        return _cmd_deadline_file(args)
    for option, dest in _FILE_OPTIONS.items():
        typed = getattr(args, dest)
        if typed:
            problem = "applies to a .csv file given with --file"
            raise InvalidInput.for_argument(option, typed, problem)
    if args.start is None or args.period is None:
        missing = "START" if args.start is None else "PERIOD"
        problem = "missing: give START and PERIOD, or --file PATH for a .csv file of cases"
        raise InvalidInput(f"{missing}: {problem}", argument=missing, value=None, problem=problem)
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


#: The options of ``deadline --file`` alone (a refusal names one typed without ``--file``).
_FILE_OPTIONS = {
    "--start-column": "start_column",
    "--period": "period_text",
    "--period-column": "period_column",
    "--id-column": "id_column",
    "--keep-going": "keep_going",
}


def _row_error(option: str, column: str, row: int, cell: str, problem: str) -> BadRow:
    """The refusal of ``cell``, row ``row`` of ``column`` (the column ``option`` names)."""
    return BadRow(row, option, column, cell, problem)


def _cmd_deadline_file(args: argparse.Namespace) -> int:
    """``deadline --file PATH``: the deadline of every row of a .csv file, counted in one
    pass per period (``vector.deadline_many``, R-PER-01, R-SLA-08), each with its
    provisional flag; a bad row stops the command (status 2) naming the row, the column
    and the cell, or with ``--keep-going`` is reported on stderr and left out (status 1)."""
    if args.start is not None or args.period is not None:
        typed = args.start if args.period is None else args.period
        argument = "START" if args.period is None else "PERIOD"
        problem = (
            "is given beside --file; a file gives each row's start with --start-column and "
            "its period with --period or --period-column"
        )
        raise InvalidInput.for_argument(argument, typed, problem)
    if args.start_column is None:
        problem = "missing: name the column of the start times with --start-column NAME"
        raise InvalidInput(
            f"--start-column: {problem}", argument="--start-column", value=None, problem=problem
        )
    if (args.period_text is None) == (args.period_column is None):
        problem = "give one of --period PERIOD (every row) and --period-column NAME"
        typed = args.period_text or args.period_column
        raise InvalidInput(
            f"--period: {problem}" + ("" if typed is None else f" (got {typed!r})"),
            argument="--period",
            value=typed,
            problem=problem,
        )
    calendar = calendar_from(args)
    cutoff = Cutoff.parse(args.cutoff, argument="--cutoff")
    convention = Convention.parse(args.convention, argument="--convention")
    roll = Roll.parse(args.roll, argument="--roll")
    table = csv_file(args.file)
    keys = None if args.id_column is None else table.column("--id-column", args.id_column)
    bad: dict[int, CustopsError] = {}

    refuse = row_refuser(table, keys, args.id_column, keep_going=args.keep_going, bad=bad)

    cells = table.column("--start-column", args.start_column)
    starts = dict(read_moments(cells, "--start-column", args.start_column, calendar, refuse))
    if keys is not None and not args.json:  # a key that TSV would change is a bad row
        for row, typed in enumerate(keys, 1):
            changed = key_problem(typed)
            if changed is not None:
                refuse(_row_error("--id-column", args.id_column, row, typed, changed))
                starts.pop(row, None)
    groups = _periods(table, args, refuse)
    dues: dict[int, tuple[_dt.datetime, bool]] = {}
    with strict_calendar(calendar):
        for text, rows in groups.items():
            rows = [row for row in rows if row in starts]
            dues.update(
                _count(
                    text, rows, starts, cells, args, calendar, (cutoff, convention, roll), refuse
                )
            )
    periods = {row: text for text, rows in groups.items() for row in rows}
    years: set[int] = set()
    lines = []
    mark = _("provisional")
    for row in sorted(dues):
        due, provisional = dues[row]
        if provisional:
            first = calendar.to_local(starts[row]).date()
            years.update(provisional_years(calendar, first, calendar.to_local(due).date()))
        key = None if keys is None else keys[row - 1]
        shown = mark if provisional else ""
        number = table.numbers[row - 1]
        lines.append(_due_line(args, number, key, starts[row], periods[row], due, shown))
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    print_provisional_note(calendar.country, years)
    for row in sorted(bad):
        print(f"custops: error: {bad[row].message}", file=sys.stderr)
    return 1 if bad else 0


def _periods(
    table: CsvTable, args: argparse.Namespace, refuse: Callable[[BadRow], None]
) -> dict[str, list[int]]:
    """The rows of each period (``--period`` for all, else each row's cell of
    ``--period-column``), a period read once: a cell that is not a period is refused by
    ``refuse`` (``--period`` itself, naming it)."""
    if args.period_text is not None:
        Period.parse(args.period_text, argument="--period")
        return {args.period_text: list(range(1, len(table.rows) + 1))}
    column = args.period_column
    groups: dict[str, list[int]] = {}
    for row, cell in enumerate(table.column("--period-column", column), 1):
        groups.setdefault(cell.strip(), []).append(row)
    for text, rows in list(groups.items()):
        try:
            Period.parse(text)  # refused below as the row's cell
        except InvalidInput as exc:
            del groups[text]
            for row in rows:
                refuse(_row_error("--period-column", column, row, text, exc.problem or ""))
    return groups


def _count(
    period: str,
    rows: list[int],
    starts: dict[int, _dt.datetime],
    cells: list[str],
    args: argparse.Namespace,
    calendar: WorkCalendar,
    options: tuple[Cutoff, Convention, Roll],
    refuse: Callable[[BadRow], None],
) -> dict[int, tuple[_dt.datetime, bool]]:
    """The deadline and the provisional flag of each of ``rows`` (one ``period``), counted
    by ``vector.deadline_many`` (R-PER-01, R-SLA-08); a start the count refuses (a year the
    calendar has no data for) is refused by ``refuse``.  The starts outside the calendar's
    years are counted apart from the others, and a batch refused is split in two around the
    start refused, so a file with many bad rows costs a count per bad row, not a count of
    the whole file per bad row; every answer is the one a count of its row alone gives."""
    years = calendar.supported_years
    inside = [row for row in rows if calendar.to_local(starts[row]).year in years]
    outside = [row for row in rows if calendar.to_local(starts[row]).year not in years]
    dues: dict[int, tuple[_dt.datetime, bool]] = {}
    batches = [batch for batch in (outside, inside) if batch]
    while batches:
        batch = batches.pop()
        refused = _count_batch(period, batch, starts, calendar, options, dues)
        if refused is None:
            continue
        index, problem = refused
        if index is None and len(batch) > 1:  # some start of the batch goes past: halve it
            rest = batch
        else:
            index = index or 0
            row = batch[index]
            cell = cells[row - 1]
            refuse(_row_error("--start-column", args.start_column, row, cell, problem))
            rest = batch[:index] + batch[index + 1 :]
        half = len(rest) // 2
        batches.extend(part for part in (rest[half:], rest[:half]) if part)
    return dues


def _count_batch(
    period: str,
    rows: list[int],
    starts: dict[int, _dt.datetime],
    calendar: WorkCalendar,
    options: tuple[Cutoff, Convention, Roll],
    dues: dict[int, tuple[_dt.datetime, bool]],
) -> tuple[int | None, str] | None:
    """Count ``rows`` in one ``vector.deadline_many`` call into ``dues``; ``None`` when
    counted, else the index in ``rows`` of the start refused and the problem: the index is
    ``None`` when the count names no start but the period that, from some start, goes past
    the calendar's years (the batch is split until the row is found)."""
    from custops.vector import deadline_many  # numpy: only for a file

    cutoff, convention, roll = options
    try:
        result = deadline_many(
            [starts[row] for row in rows],
            period,
            calendar=calendar,
            cutoff=cutoff,
            convention=convention,
            roll=roll,
            with_provisional=True,
        )
    except InvalidInput as exc:
        name, _bracket, index = (exc.argument or "").partition("[")
        problem = exc.problem or ""
        from_a_start = problem.startswith("cannot be counted from") or "supported year" in problem
        if name == "period" and from_a_start:  # the years run out from some start
            return None, problem
        if name != "starts" or not index.removesuffix("]").isdigit():
            raise
        return int(index.removesuffix("]")), problem
    flags = result["provisional"]
    dues.update(
        (row, (due, bool(flag)))
        for row, due, flag in zip(rows, result["due_at"], flags, strict=True)
    )
    return None


def _due_line(
    args: argparse.Namespace,
    row: int,
    key: str | None,
    start: _dt.datetime,
    period: str,
    due: _dt.datetime,
    mark: str,
) -> str:
    """One row of ``deadline --file``: with ``--json`` a JSON line (``id`` with
    ``--id-column``, ``row``, ``start``, ``period``, ``due_at``, ``provisional``), else a
    tab-separated line: the key (with ``--id-column``), the due time, ``mark`` (the word
    provisional, or an empty cell for a final answer), the start and the period."""
    if args.json:
        head: dict[str, Any] = {} if key is None else {"id": key}
        fields = {"row": row, "start": iso(start), "period": period, "due_at": iso(due)}
        return json.dumps(head | fields | {"provisional": bool(mark)}, ensure_ascii=False)
    cells = (*(() if key is None else (key,)), moment_text(due), mark, moment_text(start), period)
    return "\t".join(tsv_cell(cell) for cell in cells)


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
        nargs="?",
        help=_("2025-09-30T16:00, 2025-09-30T16:00+08:00 or a date 2025-09-30"),
    )
    p.add_argument(
        "period",
        metavar="PERIOD",
        nargs="?",
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
    files = p.add_argument_group(
        _("a .csv file of cases (instead of START and PERIOD)"),
        _(
            "One row out per row of the file, in its order: the key (--id-column), the due "
            "time, {provisional} when counted through a year whose arrangement is not "
            "published, the start and the period, tab-separated (--json: one JSON object a "
            "line). A bad row stops the command (status 2) naming the row, the column and "
            "the value; with --keep-going it is reported on stderr, the other rows are "
            "printed and the status is 1.",
            provisional=_("provisional"),
        ),
    )
    files.add_argument(
        "--file",
        metavar="PATH",
        help=_("a UTF-8 .csv file with a header row, one case a row"),
    )
    files.add_argument(
        "--start-column",
        metavar="NAME",
        help=_("the column of the start times (a date-time, as START; a date alone is refused)"),
    )
    files.add_argument(
        "--period",
        dest="period_text",
        metavar="PERIOD",
        help=_(
            "the period counted from every row's start (a length, e.g. {example})",
            example="3个工作日",
        ),
    )
    files.add_argument("--period-column", metavar="NAME", help=_("the column of each row's period"))
    add_id_column_option(files)
    add_keep_going_option(files)
    add_calendar_options(p)
    p.add_argument("--brief", action="store_true", help=_("print only the deadline(s)"))
    add_json_option(p)
    p.set_defaults(handler=_cmd_deadline)
