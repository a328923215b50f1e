"""``custops purchasing cost BASIS AMOUNT --actual A … | mode --large …``: the purchasing
rules of D15 (the cost contract, and who holds the authority to purchase)."""

from __future__ import annotations

import argparse
from typing import Any

from custops._text import Term, amount_text, colon
from custops.cli._common import (
    Subparsers,
    add_enum_option,
    add_json_option,
    as_arguments,
    parse_amount,
    parse_pair,
    print_json,
)
from custops.i18n import _
from custops.purchasing import (
    CostBasis,
    CostContract,
    CostLimit,
    Share,
    cost_contract,
    purchasing_mode,
)

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private

#: The library's argument names as the command's (errors name what the user typed).
_COST_ARGUMENTS = {
    "basis": "BASIS",
    "amount": "AMOUNT",
    "limit": "AMOUNT",
    "actual": "--actual",
    "tonnes": "--tonnes",
    "goods_value": "--goods-value",
    "parties": "--party",
    "task_completed": "--no-task-completed",
}


#: The party of the default split (D15 2(2)): the purchasing department, as the seed names it.
_DEPARTMENT = "采购部门"


def _party(name: str) -> str | Term:
    """A party of a split as a line names it: a name the user gave as given (quoted in
    English), the default purchasing department in English words, its seed name after."""
    if name == _DEPARTMENT:
        return Term(name, f"the purchasing department ({name})")
    return name


def _shares(shares: tuple[Share, ...]) -> list[dict[str, str]]:
    return [{"name": s.name, "amount": str(s.amount)} for s in shares]


def _contract_json(c: CostContract) -> dict[str, Any]:
    return {
        "rule": c.rule,
        "outcome": c.outcome.value,
        "basis": c.limit.basis.value,
        "amount": str(c.limit.amount),
        "limit_amount": str(c.limit_amount),
        "actual": str(c.actual),
        "overspend": str(c.overspend),
        "savings": str(c.savings),
        "borne": str(c.borne),
        "company_overspend": str(c.company_overspend),
        "shared": str(c.shared),
        "company_savings": str(c.company_savings),
        "overspend_split": _shares(c.overspend_split),
        "savings_split": _shares(c.savings_split),
        "reason": c.reason,
    }


def _cmd_cost(args: argparse.Namespace) -> int:
    """R-PUR-02: the cost contract, who bears an overspend and who shares a saving."""
    parties = [
        parse_pair(f"--party[{i}]", text, value_default="1", form="NAME[=WEIGHT]")
        for i, text in enumerate(args.party)
    ] or None
    with as_arguments(_COST_ARGUMENTS):
        contract = cost_contract(
            CostLimit(args.basis, args.amount),
            actual=parse_amount("--actual", args.actual),
            tonnes=args.tonnes,
            goods_value=None
            if args.goods_value is None
            else parse_amount("--goods-value", args.goods_value),
            task_completed=args.task_completed,
            parties=parties,
        )
    if args.json:
        print_json(_contract_json(contract))
        return 0
    print(contract)
    # the default policy: the purchasing side bears all of an overspend (D15 2(2))
    # the amounts as the line above writes them (5,675.00: thousands grouped)
    for share in contract.overspend_split:
        amount = amount_text(share.amount)
        print("  " + _("{party} bears {amount}", party=_party(share.name), amount=amount))
    for share in contract.savings_split:
        amount = amount_text(share.amount)
        print("  " + _("{party} gets {amount}", party=_party(share.name), amount=amount))
    if contract.company_savings:
        amount = amount_text(contract.company_savings)
        print("  " + _("the company keeps {amount}", amount=amount))
    return 0


def _cmd_mode(args: argparse.Namespace) -> int:
    """R-PUR-01: the purchasing-authority system the criteria of D15 1 recommend."""
    r = purchasing_mode(
        large=args.large,
        branches_scattered=args.branches_scattered,
        needs_differ=args.needs_differ,
        common_high_value=args.common_high_value,
    )
    if args.json:
        print_json(
            {
                "rule": r.rule,
                "outcome": r.outcome.value,
                "facts": list(r.facts),
                "advantages": list(r.advantages),
                "drawbacks": list(r.drawbacks),
                "reason": r.reason,
            }
        )
        return 0
    print(r)
    print("  " + _("criteria: {criteria}", criteria=r.facts))
    for text in r.advantages:
        print("  " + colon(_("advantage:"), text))
    for text in r.drawbacks:
        print("  " + colon(_("drawback:"), text))
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops purchasing`` with its options on ``sub``, the subcommands of the
    ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "purchasing",
        help=_("purchasing (D15): the cost contract and who holds the authority to purchase"),
        description=_("Purchasing (D15): the purchasing-cost contract and the purchasing system."),
    )
    purchasing_sub = p.add_subparsers(
        dest="purchasing_command", metavar="PURCHASING_COMMAND", required=True
    )

    cost = purchasing_sub.add_parser(
        "cost",
        help=_("actual purchasing cost against the contracted limit (R-PUR-02)"),
        description=_(
            "Check the actual purchasing cost against a contracted limit of AMOUNT yuan per "
            "BASIS (purchasing-cost contracting ({contract}), R-PUR-02): an overspend is "
            "borne by the purchasing side, savings are theirs to share, split by weight, "
            "exact to the fen.",
            contract="采购费用承包制",
        ),
    )
    add_enum_option(
        cost,
        "basis",
        CostBasis,
        default=None,
        help=_(
            "what the limit is counted per, in either language ({labels}):",
            labels=("每吨", "每百元", "每月"),
        ),
    )
    cost.add_argument(
        "amount", metavar="AMOUNT", help=_("yuan per tonne, per 100 yuan or per month")
    )
    cost.add_argument(
        "--actual", required=True, metavar="AMOUNT", help=_("the actual purchasing cost, yuan")
    )
    cost.add_argument("--tonnes", metavar="TONNES", help=_("tonnes of goods bought (per_tonne)"))
    cost.add_argument(
        "--goods-value",
        metavar="AMOUNT",
        help=_("value of the goods bought, yuan (per_hundred_yuan)"),
    )
    cost.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="NAME[=WEIGHT]",
        help=_(
            "who bears or shares, with a weight (repeatable; default: the purchasing "
            "department ({department}))",
            department="采购部门",
        ),
    )
    cost.add_argument(
        "--task-completed",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=_(
            "whether the purchasing task was completed (default: yes); with "
            "--no-task-completed a monthly limit's savings are not shared"
        ),
    )
    add_json_option(cost)
    cost.set_defaults(handler=_cmd_cost)

    mode = purchasing_sub.add_parser(
        "mode",
        help=_("centralised, decentralised or mixed purchasing (R-PUR-01)"),
        description=_(
            "Recommend who should hold the authority to purchase ({modes}) from the criteria "
            "of the purchasing policy (D15 1, R-PUR-01). Answer each question yes or no: "
            "--large or --no-large, --branches-scattered or --no-branches-scattered, and "
            "--needs-differ or --no-needs-differ; none is assumed for you.",
            modes=("集中制", "分散制", "混合制"),
        ),
    )
    for option, text in (
        ("--large", _("a large enterprise (--no-large: a small one)")),
        (
            "--branches-scattered",
            _("branches spread over different places (--no-branches-scattered: close)"),
        ),
        ("--needs-differ", _("the branches' needs differ a lot")),
    ):
        mode.add_argument(option, action=argparse.BooleanOptionalAction, required=True, help=text)
    mode.add_argument(
        "--common-high-value",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("some goods are common to all branches and bought for large amounts"),
    )
    add_json_option(mode)
    mode.set_defaults(handler=_cmd_mode)
