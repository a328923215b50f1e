"""``custops classify TEXT``: kind, category, department and evidence of a customer's text."""

from __future__ import annotations

import argparse
from typing import Any

from custops._text import colon
from custops.cli._common import Subparsers, add_json_option, print_json
from custops.complaints import Classification, Evidence, classify
from custops.i18n import N_, _

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
            "flipped_by": e.flipped_by,
            "stressed": e.stressed,
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


#: A header line per label and what decided it: a rule (its ID), the learned layer, or
#: no rule (the rule set's default)
_HEADERS = {
    ("kind", "rule"): N_("kind: {kind} (rule {rule})"),
    ("kind", "learned"): N_("kind: {kind} (learned layer)"),
    ("kind", "default"): N_("kind: {kind} (no rule: by default)"),
    ("category", "rule"): N_("category: {category} (rule {rule})"),
    ("category", "learned"): N_("category: {category} (learned layer)"),
    ("category", "default"): N_("category: {category} (no rule: by default)"),
}


def _header(label: str, rule: str, **fields: Any) -> str:
    """The header line of ``label``, naming the rule behind it (see ``_HEADERS``)."""
    by = rule if rule in ("learned", "default") else "rule"
    return _(_HEADERS[label, by], rule=rule, **fields)


def _cmd_classify(args: argparse.Namespace) -> int:
    result = classify(args.text)
    if args.json:
        print_json(_as_json(result))
        return 0
    print(_header("kind", result.kind_rule, kind=result.kind))
    print(_header("category", result.category_rule, category=result.category))
    print(_("department: {department}", department=result.department))
    print(_("confidence: {confidence}", confidence=result.confidence))
    signals = tuple(sorted(result.signals, key=lambda s: s.value))
    print(_("severity hints: {hints}", hints=signals or _("none")))
    print(colon(_("reason:"), result.reason))
    # the rest is the classification's own account (explain(), after its first line, the
    # answer and the reason shown above): its issues, scores and every match
    print(result.explain().split("\n", 1)[1])
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
        help=_(
            "the customer's words, e.g. {example}; words that start with - and a Latin "
            "letter follow {separator}",
            example="酒里有沉淀，我要退货",
            separator="--",
        ),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_classify)
