"""``custops classify TEXT``: kind, category, department and evidence of a customer's text."""

from __future__ import annotations

import argparse
from typing import Any

from custops._text import colon
from custops.cli._common import Subparsers, add_json_option, print_json
from custops.complaints import Classification, Evidence, classify
from custops.i18n import _

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _evidence(pieces: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [
        {
            "rule_id": e.rule_id,
            "span": list(e.span),
            "text": e.text,
            "source": e.source,
            "weight": e.weight,
            "kind": None if e.kind is None else e.kind.value,
            "category": None if e.category is None else e.category.value,
            "signal": None if e.signal is None else e.signal.value,
            "negated_by": e.negated_by,
        }
        for e in pieces
    ]


def _as_json(result: Classification) -> dict[str, Any]:
    return {
        "rule": result.rule,
        "kind": result.kind.value,
        "category": result.category.value,
        "topic": result.topic.value if result.topic else None,
        "department": result.department.value,
        "kind_rule": result.kind_rule,
        "category_rule": result.category_rule,
        "confidence": result.confidence,
        "matched": result.matched,
        "signals": sorted(s.value for s in result.signals),
        "reason": result.reason,
        "evidence": _evidence(result.evidence),
        "suppressed": _evidence(result.suppressed),
    }


def _cmd_classify(args: argparse.Namespace) -> int:
    result = classify(args.text)
    if args.json:
        print_json(_as_json(result))
        return 0
    print(_("kind: {kind} (rule {rule})", kind=result.kind, rule=result.kind_rule))
    print(
        _("category: {category} (rule {rule})", category=result.category, rule=result.category_rule)
    )
    print(_("department: {department}", department=result.department))
    print(_("confidence: {confidence}", confidence=result.confidence))
    signals = tuple(sorted(result.signals, key=lambda s: s.value))
    print(_("severity hints: {hints}", hints=signals or _("none")))
    print(colon(_("reason:"), result.reason))
    if result.evidence or result.suppressed:
        print(_("evidence:"))
        for e in result.evidence:
            print(f"  {e}")
        for e in result.suppressed:
            print("  " + colon(_("suppressed:"), e))
    return 0


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "classify",
        help=_("classify a customer's text: kind, category, department, with the evidence"),
        description=_(
            "Classify TEXT (Chinese or plain English) as a consultation, suggestion, "
            "complaint, praise or no action needed, find its category and the department "
            "to handle it, and print every rule that fired, on which words, at which positions."
        ),
    )
    p.add_argument(
        "text",
        metavar="TEXT",
        help=_("the customer's words, e.g. {example}", example="酒里有沉淀，我要退货"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_classify)
