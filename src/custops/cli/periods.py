"""``custops deadline START PERIOD``: when a period counted from START ends, and why; with
``--preset NAME --channel X --kind Y``, every SLA target's due time for a case received at
START on one of the seed's desks (:mod:`custops.sla.presets`).
"""

from __future__ import annotations

import argparse
import datetime as _dt
from typing import Any

from custops._text import moment_text
from custops.calendars import china
from custops.cli._common import (
    Subparsers,
    add_enum_option,
    add_json_option,
    as_arguments,
    format_due,
    iso,
    parse_start,
    print_json,
    quiet_provisional,
)
from custops.complaints.model import Category, Channel, Kind, Severity
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
from custops.i18n import _
from custops.periods import Convention, Cutoff, Period, deadline
from custops.sla import presets

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The case attributes the command passes to ``SlaPolicy.schedule``, with their enums.
_CASE_OPTIONS: dict[str, type[LabelledEnum]] = {
    "channel": Channel,
    "kind": Kind,
    "category": Category,
    "severity": Severity,
}


def _run_preset(args: argparse.Namespace) -> int:
    if args.period is not None:
        raise InvalidInput.for_argument(
            "PERIOD", args.period, "give either PERIOD or --preset, not both"
        )
    for option, default in (
        ("cutoff", Cutoff.CLOSE_OF_BUSINESS),
        ("convention", Convention.CIVIL_CODE),
    ):
        text = getattr(args, option)
        if type(default).parse(text, argument=f"--{option}") is not default:
            problem = "applies to PERIOD only; a preset's targets carry their own rules"
            raise InvalidInput.for_argument(f"--{option}", text, problem)
    with as_arguments({"name": "--preset"}):
        policy = presets.get(args.preset)
    start = parse_start(args.start, calendar=policy.calendar)  # no zone: the desk's
    if not isinstance(start, _dt.datetime):
        raise InvalidInput.for_argument(
            "START", args.start, "must be a date-time for --preset (e.g. 2025-09-30T16:00)"
        )
    case: dict[str, Any] = {
        name: cls.parse(getattr(args, name), argument=f"--{name}")
        for name, cls in _CASE_OPTIONS.items()
        if getattr(args, name) is not None
    }
    if args.special:
        case["special"] = True
    promised = None
    if args.promised is not None:
        period = Period.parse(args.promised, argument="--promised")
        promised = {t.name: period for t in policy.targets if t.period is None}
        if not promised:
            raise InvalidInput.for_argument(
                "--promised", args.promised, f"preset {policy.name!r} has no promised target"
            )
    with quiet_provisional():
        schedule = policy.schedule(case, received_at=start, promised_periods=promised)
    if args.json:
        selection = schedule.selection
        steps = [
            {
                "target": step.target.name,
                "label": step.target.label,
                "rule": step.target.rule,
                "start_at": iso(step.start_at),
                "due_at": iso(step.due_at),
                "note": step.note,
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
                "special": selection.special,
                "steps": steps,
                "reason": selection.reason,
            }
        )
    elif args.brief:
        for step in schedule.steps:
            due = moment_text(step.due_at) if step.due_at else "-"
            print(f"{step.target.name}\t{due}")
    else:
        received = format_due(start)
        print(_("{source}: case received {received}", source=policy.source, received=received))
        print(schedule.explain())
    return 0


def _cmd_deadline(args: argparse.Namespace) -> int:
    if args.preset is not None:
        return _run_preset(args)
    for option in (*_CASE_OPTIONS, "promised", "special"):
        value = getattr(args, option)
        if value is not None and value is not False:  # --special is a flag
            raise InvalidInput.for_argument(f"--{option}", value, "needs --preset NAME")
    calendar = china()  # what deadline() counts on: a START without a zone is in its zone
    start = parse_start(args.start, calendar=calendar)
    if args.period is None:
        raise InvalidInput.for_argument(
            "PERIOD", None, "is required unless --preset names a desk (e.g. --preset winery)"
        )
    # the explanation itself says when a year is provisional
    with as_arguments({"start": "START", "period": "PERIOD"}), quiet_provisional():
        result = deadline(
            start,
            args.period,
            calendar=calendar,
            cutoff=Cutoff.parse(args.cutoff, argument="--cutoff"),
            convention=Convention.parse(args.convention, argument="--convention"),
            explain=True,
        )
    if args.json:
        print_json(
            {
                "rule": result.rule,
                "start": iso(result.start),
                "period": str(result.period),
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
    print(format_due(result.ends_on if result.due_at is None else result.due_at))
    if not args.brief:
        counted = _("{period} from {start}", period=result.period, start=format_due(result.start))
        print(f"  {counted}  [{result.rule}]")
        for step in result.reasoning:
            print(f"  - {step}")
    return 0


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "deadline",
        help=_("when a period counted from START ends, or every SLA target of a desk (--preset)"),
        description=_(
            "Count PERIOD from START as the PRC Civil Code does (arts. 200-204) on the "
            "mainland-China working-day calendar, and say how the deadline was reached; or, "
            "with --preset, print when every SLA target of one of the seed's desks is due "
            "for a case received at START, and which rule picked the targets. "
            "A START without a zone is taken in the calendar's zone ({zone}); a bare date "
            "gives the last day.",
            zone=china().zone.key,
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
        nargs="?",
        default=None,
        help=_(
            "e.g. {examples}, '3 working days' (not with --preset)",
            examples=("3个工作日", "24小时", "一周", "四个月", "半年"),
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
    p.add_argument("--brief", action="store_true", help=_("print only the deadline(s)"))
    add_json_option(p)
    desk = p.add_argument_group("SLA desks (custops.sla.presets)")
    desk.add_argument(
        "--preset",
        metavar="NAME",
        help=_("dealer (D1), quality (D5), winery (D10), tobacco (D14); Chinese names work too"),
    )
    add_enum_option(desk, "--channel", Channel, default=None, help=_("the case's channel"))
    add_enum_option(desk, "--kind", Kind, default=None, help=_("the case's kind"))
    add_enum_option(desk, "--category", Category, default=None, help=_("the case's category"))
    add_enum_option(desk, "--severity", Severity, default=None, help=_("the case's severity"))
    desk.add_argument(
        "--special",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("a special case: the longer periods (R-SLA-09)"),
    )
    desk.add_argument(
        "--promised",
        metavar="PERIOD",
        help=_("the period promised to the customer, for targets without one (R-SLA-12)"),
    )
    p.set_defaults(handler=_cmd_deadline)
