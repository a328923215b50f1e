"""``custops secrecy default-level KIND | kinds``: the secrecy levels of D12."""

from __future__ import annotations

import argparse

from custops.cli._common import (
    Subparsers,
    add_enum_option,
    add_json_option,
    as_arguments,
    print_json,
)
from custops.i18n import _
from custops.secrecy import Level, LevelRequired, MatterKind, default_level

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _level_text(level: Level) -> str:
    if level is Level.UNCLASSIFIED:
        return _("not classified ({level})", level=level)
    return _("level {level}", level=level)


def _kind_json(kind: MatterKind) -> dict[str, str | None]:
    """A kind of matter and its default level (``None``: it must be classified explicitly)."""
    try:
        level: str | None = default_level(kind).value
    except LevelRequired:
        level = None
    return {"kind": kind.value, "label": kind.label, "default_level": level}


def _cmd_default_level(args: argparse.Namespace) -> int:
    kind = MatterKind.parse(args.kind, argument="KIND")
    # LevelRequired (a CustopsError) -> exit 2, one line
    with as_arguments({"kind": "KIND"}):
        result = default_level(kind, explain=True)
    if args.json:
        print_json(
            {
                "rule": result.rule,
                "kind": kind.value,
                "outcome": result.outcome.value,
                "reason": result.reason,
            }
        )
        return 0
    print(result)  # the outcome, the rule and the reason, as the library's str() says them
    return 0


def _cmd_kinds(args: argparse.Namespace) -> int:
    if args.json:
        print_json({"kinds": [_kind_json(kind) for kind in MatterKind]})
        return 0
    for kind in MatterKind:
        try:
            text = _level_text(default_level(kind))
        except LevelRequired:
            text = _("no default: classify explicitly")
        print(f"{kind.label}\t{kind.value}\t{text}")  # the key (2nd column) is what KIND takes
    return 0


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "secrecy",
        help=_("secrecy levels of the company secrecy policy (D12)"),
        description=_("Secrecy levels of D12: the default level of a kind of matter."),
    )
    secrecy_sub = p.add_subparsers(dest="secrecy_command", metavar="SECRECY_COMMAND", required=True)
    d = secrecy_sub.add_parser(
        "default-level",
        help=_("the default secrecy level of a kind of matter (R-SEC-02)"),
        description=_(
            "Print the default level of KIND (e.g. {examples}, business licence). "
            "A kind in the secrecy scope without a default level ({unset}, …) "
            "is an error: it must be classified explicitly.",
            examples=("合同", "财务报表"),
            unset=("客户信息", "管理策略"),
        ),
    )
    add_enum_option(
        d, "kind", MatterKind, default=None, help=_("kind of matter, in either language:")
    )
    add_json_option(d)
    d.set_defaults(handler=_cmd_default_level)
    k = secrecy_sub.add_parser(
        "kinds",
        help=_("every kind of matter with its default level"),
        description=_("List every kind of matter (label, English name, default level)."),
    )
    add_json_option(k)
    k.set_defaults(handler=_cmd_kinds)
