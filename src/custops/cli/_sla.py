"""``custops sla schedule RECEIVED_AT --preset NAME …``: every SLA target's due time for a
case received at RECEIVED_AT on one of the seed's desks (``SlaPolicy.schedule``), or for
every row of a .csv file (``--file``, ``SlaPolicy.schedule_many``), and ``custops sla
presets``: the desks' names (:mod:`custops.sla.presets`).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

from custops._text import colon, english, moment_text
from custops.calendars import WorkCalendar, asking_provisional, china
from custops.cli._common import (
    BadRow,
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
from custops.complaints import escalation
from custops.complaints.model import Category, Channel, Kind, Severity
from custops.complaints.policy import CasePolicy
from custops.enums import LabelledEnum
from custops.errors import CustopsError, InvalidInput, PolicyError
from custops.i18n import _
from custops.periods import Period, period_text
from custops.sla import Schedule, SlaPolicy, Target, presets
from custops.sla._targets import named

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The case attributes the command passes to ``SlaPolicy.schedule``, with their enums.
_CASE_OPTIONS: dict[str, type[LabelledEnum]] = {
    "channel": Channel,
    "kind": Kind,
    "category": Category,
    "severity": Severity,
}


#: The options of ``sla schedule --file`` alone (a refusal names one typed without
#: ``--file``): the column of each row's received time, of each case attribute, the key's.
_FILE_OPTIONS = {
    "--received-at-column": "received_at_column",
    **{f"--{name}-column": f"{name}_column" for name in (*_CASE_OPTIONS, "special")},
    "--id-column": "id_column",
    "--keep-going": "keep_going",
}


def _cmd_schedule(args: argparse.Namespace) -> int:
    if args.file is not None:
        return _cmd_schedule_file(args)
    for option, dest in _FILE_OPTIONS.items():
        typed = getattr(args, dest)
        if typed:
            raise InvalidInput.for_argument(
                option, typed, "applies to a .csv file given with --file"
            )
    if args.received_at is None:
        problem = "missing: give RECEIVED_AT, or --file PATH for a .csv file of cases"
        raise InvalidInput(
            f"RECEIVED_AT: {problem}", argument="RECEIVED_AT", value=None, problem=problem
        )
    with as_arguments({"name": "--preset"}):
        policy = presets.get(args.preset)
    cal = calendar_from(args, policy.calendar)  # the desk's, with the company's own days
    # no zone: the desk's calendar's
    received_at = parse_start(args.received_at, calendar=cal, argument="RECEIVED_AT", dates=False)
    case: dict[str, Any] = {
        name: cls.parse(getattr(args, name), argument=f"--{name}")
        for name, cls in _CASE_OPTIONS.items()
        if getattr(args, name) is not None
    }
    if args.special is not None:  # --special or --no-special: given, as the library reads it
        case["special"] = args.special
    period = None if args.promised is None else Period.parse(args.promised, argument="--promised")
    if period is not None and all(t.period is not None for t in policy.targets):
        raise InvalidInput.for_argument(
            "--promised", args.promised, f"preset {policy.name!r} has no promised target"
        )
    try:
        names = {"received_at": "RECEIVED_AT", "special": "--special"}
        with as_arguments(names), asking_provisional(), strict_calendar(cal):
            promised = None
            if period is not None:  # for the promised targets the case's selection picks
                selection = policy.select(case, calendar=cal)
                promised = {t.name: period for t in selection.targets if t.period is None}
                if not promised:
                    problem = (
                        f"rule {selection.matched_rule!r} of preset {policy.name!r} selects "
                        "no promised target for this case"
                    )
                    raise InvalidInput.for_argument("--promised", args.promised, problem)
            schedule = policy.schedule(
                case, received_at=received_at, promised_periods=promised, calendar=cal
            )
    except InvalidInput as exc:
        if exc.argument not in _CASE_OPTIONS or exc.value is not None or exc.argument in case:
            raise
        # an attribute the desk's rules read and the case lacks: the option that gives it
        # (item 9), with the values its rules take
        head, taken = _lacking(exc.problem)
        message = f"not given, and {head}; give it (one of {taken})"
        raise InvalidInput.for_argument(f"--{exc.argument}", None, message) from None
    except PolicyError as exc:
        if exc.argument != "attributes":
            raise
        # the attributes the desk's rules read, as the options that give them: the error
        # names those the user did not give (the case lacks them), else those given (their
        # values match no rule); the preset itself is not wrong (item 9)
        read = sorted({a for r in policy.rules for a, _values in r.conditions})
        options = [f"--{a}" if a in _CASE_OPTIONS or a == "special" else a for a in read]
        missing = [o for a, o in zip(read, options, strict=True) if a not in case]
        head = exc.problem.partition("; its rules read ")[0]
        if missing:
            named, value = "/".join(missing), None
            message = f"not given, and {head}; give one of them"
            if len(missing) == 1:
                message = f"not given, and {head}; give it"
        else:
            given = [o for a, o in zip(read, options, strict=True) if a in case]
            named = "/".join(given) or "--preset"
            value = {o: getattr(args, o[2:]) for o in given} or args.preset
            message = f"{head}; its rules read {', '.join(options) or 'no option'}"
        raise PolicyError.for_argument(named, value, message) from None
    # the due times are provisional where a year counted through has no published
    # arrangement (the library's warning is silenced above: the answer says it instead)
    # (a step counting wall time never is: Step.provisional)
    first = cal.to_local(received_at).date()
    dues = [
        cal.to_local(step.due_at).date()
        for step in schedule.steps
        if step.provisional and step.due_at is not None
    ]
    mark = provisional_mark(cal, first, max(dues)) if dues else ""
    escalated = _escalation_text(policy, case, schedule)
    if args.json:
        selection = schedule.selection
        steps = [
            {
                "target": _target_json(step.target),
                "started_at": iso(step.started_at),
                "due_at": iso(step.due_at),
                "note": step.note,
                "provisional": step.provisional,
            }
            for step in schedule.steps
        ]
        print_json(
            {
                "rule": selection.rule,
                "desk": selection.desk,
                "source": policy.source,
                "received_at": schedule.received_at.isoformat(),
                "matched_rule": selection.matched_rule,
                "matched_label": selection.matched_label,
                "special": selection.special,
                "steps": steps,
                "provisional": schedule.provisional,
                "reason": selection.reason,
            }
            | _escalation_json(policy, case, schedule)
        )
    elif args.brief:  # the targets and due times, a provisional one marked; the note on stderr
        for step in schedule.steps:
            row = [step.target.name, moment_text(step.due_at) if step.due_at else "-"]
            print("\t".join([*row, _("provisional")] if step.provisional else row))
        years = provisional_years(cal, first, max(dues)) if dues else []
        print_provisional_note(cal.country, years)
        if escalated:
            print("custops: " + colon(_("note:"), escalated), file=sys.stderr)
    else:
        received = format_due(received_at)
        header = _("{source}: case received {received}", source=policy.source, received=received)
        print(header + mark)
        print(schedule.explain())
        if escalated:
            print(f"  {escalated}")
    return 0


def _lacking(problem: str) -> tuple[str, str]:
    """The refusal of a case that lacks an attribute the desk's rules read, in two parts:
    what the desk reads (``desk 'winery' reads the kind of a case with channel=phone``) and
    the values its rules take (``no_action, praise, …``)."""
    head, _sep, rest = problem.partition(", and none was given; pass ")
    return head, rest.partition("(its rules take ")[2].removesuffix(")")


#: A row named in a refusal of ``SlaPolicy.schedule_many``: ``received_at[3]``, ``kind[0]``.
_ROW_NAMED = re.compile(r"(\w+)\[(\d+)\]")


def _cmd_schedule_file(args: argparse.Namespace) -> int:
    """``sla schedule --file PATH``: every SLA target's due time for every row of a .csv file
    (R-SLA-01, R-SLA-08), counted by ``SlaPolicy.schedule_many`` (the cases grouped by the
    attributes the desk's rules read); ``--channel`` … give every row's attribute,
    ``--channel-column`` … each row's (an empty cell: not given).  A bad row stops the command
    (status 2) naming the row, the column and the cell, or with ``--keep-going`` is reported
    on stderr and left out (status 1)."""
    if args.received_at is not None:
        problem = "is given beside --file; a file gives each row's with --received-at-column"
        raise InvalidInput.for_argument("RECEIVED_AT", args.received_at, problem)
    if args.promised is not None:
        problem = "applies to one case; a file's cases take the desk's own periods"
        raise InvalidInput.for_argument("--promised", args.promised, problem)
    if args.received_at_column is None:
        problem = "missing: name the column of the received times with --received-at-column NAME"
        raise InvalidInput(
            f"--received-at-column: {problem}",
            argument="--received-at-column",
            value=None,
            problem=problem,
        )
    with as_arguments({"name": "--preset"}):
        policy = presets.get(args.preset)
    cal = calendar_from(args, policy.calendar)  # the desk's, with the company's own days
    shared: dict[str, Any] = {
        name: cls.parse(getattr(args, name), argument=f"--{name}")
        for name, cls in _CASE_OPTIONS.items()
        if getattr(args, name) is not None
    }
    if args.special is not None:
        shared["special"] = args.special
    table = csv_file(args.file)
    keys = None if args.id_column is None else table.column("--id-column", args.id_column)
    bad: dict[int, CustopsError] = {}

    refuse = row_refuser(table, keys, args.id_column, keep_going=args.keep_going, bad=bad)

    received_cells = table.column("--received-at-column", args.received_at_column)
    column = args.received_at_column
    received = dict(read_moments(received_cells, "--received-at-column", column, cal, refuse))
    if keys is not None and not args.json:  # a key that TSV would change is a bad row
        for row, typed in enumerate(keys, 1):
            changed = key_problem(typed)
            if changed is not None:
                refuse(BadRow(row, "--id-column", args.id_column, typed, changed))
                received.pop(row, None)
    columns: dict[str, list[str]] = {}
    for name in (*_CASE_OPTIONS, "special"):
        column = getattr(args, f"{name}_column")
        if column is None:
            continue
        if name in shared:
            problem = f"is given beside --{name}; give every row's with --{name} or each row's here"
            raise InvalidInput.for_argument(f"--{name}-column", column, problem)
        columns[name] = [cell.strip() for cell in table.column(f"--{name}-column", column)]
    schedules = _schedules(policy, cal, received, received_cells, columns, shared, args, refuse)
    years: set[int] = set()
    lines = []
    escalated = ""
    for row in sorted(schedules):
        schedule = schedules[row]
        key = None if keys is None else keys[row - 1]
        dues = [cal.to_local(s.due_at).date() for s in schedule.steps if s.provisional and s.due_at]
        if dues:
            years.update(provisional_years(cal, cal.to_local(received[row]).date(), max(dues)))
        case = _row_case(shared, columns, row)
        escalation_fields = _escalation_json(policy, case, schedule)
        escalated = escalated or _escalation_text(policy, case, schedule)
        number = table.numbers[row - 1]
        lines.extend(_schedule_lines(args, number, key, schedule, escalation_fields))
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    print_provisional_note(cal.country, years)
    if escalated and not args.json:  # once, as the single case's --brief does (R-CMP-07)
        print("custops: " + colon(_("note:"), escalated), file=sys.stderr)
    for row in sorted(bad):
        print(f"custops: error: {bad[row].message}", file=sys.stderr)
    return 1 if bad else 0


def _schedules(
    policy: SlaPolicy,
    cal: WorkCalendar,
    received: dict[int, _dt.datetime],
    received_cells: list[str],
    columns: dict[str, list[str]],
    shared: dict[str, Any],
    args: argparse.Namespace,
    refuse: Callable[[BadRow], None],
) -> dict[int, Schedule]:
    """The schedule of each row of ``received``, by ``SlaPolicy.schedule_many`` over the rows
    left; a row it refuses (``received_at[i]``, ``kind[i]``: a cell it cannot read, an
    attribute the desk's rules need and the row's cell leaves empty, a year the calendar has
    no data for) is refused by ``refuse`` and the others counted again without it."""
    rows = sorted(received)
    while rows:
        attributes: dict[str, Any] = {
            name: [column[row - 1] or None for row in rows] for name, column in columns.items()
        }
        try:
            names = {"received_at": "--received-at-column"}
            with as_arguments(names), asking_provisional(), strict_calendar(cal):
                found = policy.schedule_many(
                    received_at=[received[row] for row in rows],
                    calendar=cal,
                    **attributes,
                    **shared,
                )
        except (InvalidInput, PolicyError) as exc:
            named = _ROW_NAMED.fullmatch(exc.argument or "")
            name = "" if named is None else named.group(1)
            problem = exc.problem or str(exc)
            # an attribute the desk's rules read and a row lacks: the values its rules take
            lacking = ", and none was given; pass " in problem
            head, taken = _lacking(problem)
            if lacking and name in _CASE_OPTIONS and name not in columns:  # no row gives it
                message = f"not given, and {head}; give it, or --{name}-column (one of {taken})"
                raise InvalidInput.for_argument(f"--{name}", None, message) from None
            if named is None or name not in (*columns, "received_at"):
                raise  # not one row's: every row would be refused alike
            row = rows[int(named.group(2))]
            option, column = f"--{name.replace('_', '-')}-column", getattr(args, f"{name}_column")
            cell = (received_cells if name == "received_at" else columns[name])[row - 1]
            if lacking:  # the row's cell is empty
                problem = f"is empty, and {head}; give it (one of {taken})"
            refuse(BadRow(row, option, column, cell, problem))
            rows.remove(row)
            continue
        return dict(zip(rows, found, strict=True))
    return {}


def _row_case(
    shared: Mapping[str, Any], columns: Mapping[str, list[str]], row: int
) -> dict[str, Any]:
    """The severity of one row of ``sla schedule --file``, as the case mapping
    :func:`_escalation_text` reads: ``--severity``'s, else the row's cell (read already by
    ``schedule_many``, so it parses), else none."""
    if "severity" in shared:
        return {"severity": shared["severity"]}
    cell = columns.get("severity", [""] * row)[row - 1]
    return {"severity": Severity.parse(cell, argument="--severity-column")} if cell else {}


def _escalation_json(
    policy: SlaPolicy, case: Mapping[str, Any], schedule: Schedule
) -> dict[str, Any]:
    """The ``escalation`` field of a major complaint's ``--json`` answer when the desk's
    schedule has no target for it (R-CMP-07): its target, period and rule, counted from the
    classification as major by the case; ``{}`` for any other case."""
    if not _escalation_text(policy, case, schedule):
        return {}
    target = escalation.target(CasePolicy(sla_policy=policy))
    assert target is not None
    assert target.period is not None
    return {
        "escalation": {
            "target": target.name,
            "period": str(target.period),
            "counted_from": "classification as major",
            "rule": target.rule,
        }
    }


def _schedule_lines(
    args: argparse.Namespace,
    number: int,
    key: str | None,
    schedule: Schedule,
    escalation_fields: Mapping[str, Any],
) -> list[str]:
    """The lines of one row of ``sla schedule --file``: with ``--json`` one JSON line (``id``
    with ``--id-column``, ``row``, ``received_at``, ``rule``, ``matched_rule``, ``steps``
    each with ``target``, ``due_at`` and ``provisional``, and a major complaint's
    ``escalation``), else a tab-separated line per target: the key (with ``--id-column``,
    else the row's number), the target, its due time, the word provisional (or an empty
    cell), the received time; a case the desk sets no target for is one line with ``-`` for
    the target and the due time."""
    if args.json:
        head: dict[str, Any] = {} if key is None else {"id": key}
        steps = [
            {"target": s.target.name, "due_at": iso(s.due_at), "provisional": s.provisional}
            for s in schedule.steps
        ]
        fields = {
            "row": number,
            "received_at": iso(schedule.received_at),
            "rule": schedule.selection.rule,
            "matched_rule": schedule.selection.matched_rule,
            "steps": steps,
            "provisional": schedule.provisional,
        }
        return [json.dumps(head | fields | dict(escalation_fields), ensure_ascii=False)]
    lead = (str(number),) if key is None else (key,)
    received = moment_text(schedule.received_at)
    mark = _("provisional")
    rows = [
        (s.target.name, moment_text(s.due_at) if s.due_at else "-", mark if s.provisional else "")
        for s in schedule.steps
    ] or [("-", "-", "")]
    return ["\t".join(tsv_cell(cell) for cell in (*lead, *row, received)) for row in rows]


def _escalation_text(policy: SlaPolicy, case: Mapping[str, Any], schedule: Schedule) -> str:
    """Where the escalation of a major complaint (R-CMP-07) is timed when the desk's schedule
    has no target for it: by the case (``CasePolicy.escalation_period``), from the
    classification as major, not from receipt; ``""`` for any other case."""
    target = escalation.target(CasePolicy(sla_policy=policy))
    if case.get("severity") is not Severity.MAJOR or target is None or target.period is None:
        return ""
    if any(step.target.name == target.name for step in schedule.steps):
        return ""  # the desk's own target, in the schedule
    return _(
        "{name}: a major complaint is also escalated within {period} of its "
        "classification as major; the case times it (custops.complaints.Case, "
        "CasePolicy.escalation_period), not this schedule [{rule}]",
        name=named(target.name, target.label),
        period=period_text(target.period),
        rule=target.rule,
    )


def _target_json(target: Target, *, rule: bool = True) -> dict[str, Any]:
    """A target by the fields that name it: its name, its label and (a step's) its rule."""
    named = {"name": target.name, "label": target.label}
    return {**named, "rule": target.rule} if rule else named


def _preset_json(policy: SlaPolicy) -> dict[str, Any]:
    """A desk by the policy's fields, with its targets by theirs."""
    return {
        "name": policy.name,
        "source": policy.source,
        "label": policy.label,
        "targets": [_target_json(target, rule=False) for target in policy.targets],
    }


#: A built-in desk in English words, by its name (its label, the seed's, follows them).
_DESK_WORDS = {
    "dealer": "car dealer complaints",
    "quality": "quality system complaints",
    "winery": "winery complaints",
    "tobacco": "cigarette complaints",
}


def _desk_label(policy: SlaPolicy) -> str:
    """A desk's label as the active language shows it: in English its words, then the
    seed's label in brackets (``car dealer complaints (汽车经销商客户投诉)``)."""
    words = _DESK_WORDS.get(policy.name) if english() else None
    return f"{words} ({policy.label})" if words else policy.label


def _cmd_presets(args: argparse.Namespace) -> int:
    if args.json:
        print_json({"presets": [_preset_json(policy) for policy in presets.all_presets()]})
        return 0
    for policy in presets.all_presets():
        # the name (1st column) is what --preset takes; D1 … and the label work too
        print(f"{policy.name}\t{policy.source}\t{_desk_label(policy)}")
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops sla`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "sla",
        help=_("the SLA targets of the built-in complaint desks (D1, D5, D10, D14)"),
        description=_(
            "The SLA targets (service deadlines) of the built-in complaint desks: the car "
            "dealer's, the quality system's, the winery's and the tobacco company's. When each "
            "target is due for a case, and the desks' names."
        ),
    )
    sla_sub = p.add_subparsers(dest="sla_command", metavar="SLA_COMMAND", required=True)
    s = sla_sub.add_parser(
        "schedule",
        help=_("when every SLA target of a desk is due for a case (R-SLA-*)"),
        description=_(
            "Print when every SLA target of a built-in complaint desk is due for a case "
            "received at RECEIVED_AT, and which rule picked the targets. A RECEIVED_AT "
            "without a zone is taken in the desk's calendar's zone ({zone} unless --zone is "
            "given).",
            zone=china().zone.key,  # every preset counts on it
        ),
        epilog=_(
            "examples:\n"
            "  custops sla schedule 2025-09-30T16:00 --preset dealer\n"
            "  custops sla schedule '2025/9/30 16:00' --preset winery --channel phone "
            "--kind complaint --brief\n"
            "  custops sla schedule 2025-09-30T16:00 --preset {tobacco} --kind complaint --special "
            "--json\n"
            "  custops sla presets",
            tobacco="烟草",
        ),
    )
    s.add_argument(
        "received_at",
        metavar="RECEIVED_AT",
        nargs="?",
        help=_(
            "when the case was received: 2025-09-30T16:00 or 2025-09-30T16:00+08:00 "
            "(not with --file)"
        ),
    )
    s.add_argument(
        "--preset",
        metavar="NAME",
        required=True,
        help=_("dealer (D1), quality (D5), winery (D10), tobacco (D14); Chinese names work too"),
    )
    add_enum_option(s, "--channel", Channel, default=None, help=_("the case's channel"))
    add_enum_option(s, "--kind", Kind, default=None, help=_("the case's kind"))
    add_enum_option(s, "--category", Category, default=None, help=_("the case's category"))
    add_enum_option(s, "--severity", Severity, default=None, help=_("the case's severity"))
    s.add_argument(
        "--special",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_("a special case: the longer periods (R-SLA-09)"),
    )
    s.add_argument(
        "--promised",
        metavar="PERIOD",
        help=_("the period promised to the customer, for targets without one (R-SLA-12)"),
    )
    s.add_argument(
        "--brief", action="store_true", help=_("print only the targets and their due times")
    )
    files = s.add_argument_group(
        _("a .csv file of cases (instead of RECEIVED_AT)"),
        _(
            "One line out per target of each row, in the file's order: the key (--id-column), "
            "the target, its due time, {provisional} when counted through a year whose "
            "arrangement is not published, and the received time, tab-separated (--json: one "
            "JSON object a row). --channel, --kind, --category, --severity and --special give "
            "every row's attribute; --channel-column and the others each row's (an empty "
            "cell: not given). A bad row stops the command (status 2) naming the row, the "
            "column and the value; with --keep-going it is reported on stderr, the other rows "
            "are printed and the status is 1.",
            provisional=_("provisional"),
        ),
    )
    files.add_argument(
        "--file", metavar="PATH", help=_("a UTF-8 .csv file with a header row, one case a row")
    )
    files.add_argument(
        "--received-at-column",
        metavar="NAME",
        help=_("the column of the received times (a date-time, as RECEIVED_AT)"),
    )
    columns = {
        "channel": _("the column of each case's channel (an empty cell: not given)"),
        "kind": _("the column of each case's kind (an empty cell: not given)"),
        "category": _("the column of each case's category (an empty cell: not given)"),
        "severity": _("the column of each case's severity (an empty cell: not given)"),
    }
    for name in _CASE_OPTIONS:
        files.add_argument(f"--{name}-column", metavar="NAME", help=columns[name])
    files.add_argument(
        "--special-column",
        metavar="NAME",
        help=_("the column saying whether each case is special (yes or no)"),
    )
    add_id_column_option(files)
    add_keep_going_option(files)
    add_calendar_options(s)
    add_json_option(s)
    s.set_defaults(handler=_cmd_schedule)
    n = sla_sub.add_parser(
        "presets",
        help=_("the built-in complaint desks: the names --preset takes"),
        description=_(
            "List the built-in complaint desks: the name --preset takes, the company document "
            "the desk's rules come from, and its name."
        ),
    )
    add_json_option(n)
    n.set_defaults(handler=_cmd_presets)
