"""``custops secrecy default-level KIND | kinds``: the secrecy levels of D12."""

from __future__ import annotations

import argparse

from custops.cli._common import Subparsers
from custops.secrecy import Level, LevelRequired, MatterKind, default_level


def _level_text(level: Level) -> str:
    if level is Level.UNCLASSIFIED:
        return f"not classified ({level.label})"
    return f"{level.label} ({level.value})"


def _cmd_default_level(args: argparse.Namespace) -> int:
    kind = MatterKind.parse(args.kind, argument="KIND")
    level = default_level(kind)  # LevelRequired (a CustopsError) -> exit 2, one line
    rule = "R-SEC-02" if level.classified else "R-SEC-01"
    print(f"{kind.label} ({kind.value}): {_level_text(level)} [{rule}]")
    return 0


def _cmd_kinds(args: argparse.Namespace) -> int:
    for kind in MatterKind:
        try:
            text = _level_text(default_level(kind))
        except LevelRequired:
            text = "no default: classify explicitly"
        print(f"{kind.label}\t{kind.value}\t{text}")
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops secrecy``."""
    p = sub.add_parser(
        "secrecy",
        help="secrecy levels of the company secrecy policy (D12)",
        description="Secrecy levels of D12: the default level of a kind of matter.",
    )
    secrecy_sub = p.add_subparsers(dest="secrecy_command", metavar="SECRECY_COMMAND", required=True)
    d = secrecy_sub.add_parser(
        "default-level",
        help="the default secrecy level of a kind of matter (R-SEC-02)",
        description=(
            "Print the default level of KIND (e.g. 合同, 财务报表, business licence). "
            "A kind in the secrecy scope without a default level (客户信息, 管理策略, …) "
            "is an error: it must be classified explicitly."
        ),
    )
    d.add_argument("kind", metavar="KIND", help="kind of matter, Chinese or English")
    d.set_defaults(handler=_cmd_default_level)
    k = secrecy_sub.add_parser(
        "kinds",
        help="every kind of matter with its default level",
        description="List every kind of matter (label, English name, default level).",
    )
    k.set_defaults(handler=_cmd_kinds)
