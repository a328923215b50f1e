"""``custops deadline START --preset NAME --channel X --kind Y``: every SLA target's due
time for a case received at START, on one of the seed's desks (:mod:`custops.sla.presets`)."""

from __future__ import annotations

import argparse
import datetime as _dt
from typing import Any

from custops.cli._common import format_due, parse_start, quiet_provisional
from custops.errors import InvalidInput
from custops.i18n import _
from custops.periods import Period
from custops.sla import presets

#: The case attributes the command passes to ``SlaPolicy.schedule``.
CASE_OPTIONS = ("channel", "kind", "category", "severity")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The ``--preset`` options of ``custops deadline``."""
    desk = p.add_argument_group("SLA desks (custops.sla.presets)")
    desk.add_argument(
        "--preset",
        metavar="NAME",
        help=_("dealer (D1), quality (D5), winery (D10), tobacco (D14); Chinese names work too"),
    )
    desk.add_argument(
        "--channel",
        help=_("phone, written, in_person, forwarded, online ({labels}…)", labels=("电话", "书面")),
    )
    desk.add_argument(
        "--kind",
        help=_("consultation, suggestion, complaint ({labels})", labels=("咨询", "建议", "投诉")),
    )
    desk.add_argument(
        "--category", help=_("product_quality, service_quality, … ({labels}…)", labels="产品质量")
    )
    desk.add_argument("--severity", help=_("general or major ({labels})", labels=("一般", "重大")))
    desk.add_argument(
        "--special", action="store_true", help=_("a special case: the longer periods (R-SLA-09)")
    )
    desk.add_argument(
        "--promised",
        metavar="PERIOD",
        help=_("the period promised to the customer, for targets without one (R-SLA-12)"),
    )


def run_preset(args: argparse.Namespace) -> int:
    """Every target of the preset's selection for a case received at START."""
    if args.period is not None:
        raise InvalidInput.for_argument(
            "PERIOD", args.period, "give either PERIOD or --preset, not both"
        )
    if args.cutoff != "close_of_business" or args.working_time:
        raise InvalidInput.for_argument(
            "--cutoff/--working-time",
            args.cutoff,
            "apply to PERIOD only; a preset's targets carry their own rules",
        )
    start = parse_start(args.start)
    if not isinstance(start, _dt.datetime):
        raise InvalidInput.for_argument(
            "START", args.start, "must be a date-time for --preset (e.g. 2025-09-30T16:00)"
        )
    policy = presets.get(args.preset)
    case: dict[str, Any] = {
        name: getattr(args, name) for name in CASE_OPTIONS if getattr(args, name) is not None
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
        schedule = policy.schedule(case, at=start, promised=promised)
    if args.brief:
        for step in schedule.steps:
            due = step.due_at.isoformat(sep=" ", timespec="minutes") if step.due_at else "-"
            print(f"{step.target.name}\t{due}")
    else:
        print(
            _(
                "{source}: case received {received}",
                source=policy.source,
                received=format_due(start),
            )
        )
        print(schedule.explain())
    return 0
