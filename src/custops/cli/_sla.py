"""``custops sla schedule RECEIVED_AT --preset NAME …``: every SLA target's due time for a
case received at RECEIVED_AT on one of the seed's desks (``SlaPolicy.schedule``), and
``custops sla presets``: the desks' names (:mod:`custops.sla.presets`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Any

from custops._text import colon, english, moment_text
from custops.calendars import asking_provisional, china
from custops.cli._common import (
    Subparsers,
    add_calendar_options,
    add_enum_option,
    add_json_option,
    as_arguments,
    calendar_from,
    format_due,
    iso,
    parse_start,
    print_json,
    print_provisional_note,
    provisional_mark,
    provisional_years,
    strict_calendar,
)
from custops.complaints import escalation
from custops.complaints.model import Category, Channel, Kind, Severity
from custops.complaints.policy import CasePolicy
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, PolicyError
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


def _cmd_schedule(args: argparse.Namespace) -> int:
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
        head, _sep, rest = exc.problem.partition(", and none was given; pass ")
        taken = rest.partition("(its rules take ")[2].removesuffix(")")
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
        help=_("the SLA targets of the built-in complaint desks"),
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
        help=_("when the case was received: 2025-09-30T16:00 or 2025-09-30T16:00+08:00"),
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
