"""``custops classify TEXT | - | --file PATH``: kind, category, department and evidence of a
customer's text, or of many texts, one row each (``classify_many``)."""

from __future__ import annotations

import argparse
from typing import Any

from custops._text import colon
from custops.cli._common import (
    Subparsers,
    add_id_column_option,
    add_json_option,
    add_texts_input,
    key_problem,
    print_json,
    print_json_line,
    texts_and_keys,
    tsv_cell,
)
from custops.complaints import Classification, Evidence, classify, classify_many
from custops.complaints.model import Category, Department, Kind
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
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
        "quiet": result.quiet,
        "signals": sorted(s.value for s in result.signals),
        "repair_request": result.repair_request,
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


#: The members ``classify_many`` names by their keys (a kind, a category, a department).
_MEMBERS: dict[str, dict[str, LabelledEnum]] = {
    name: {member.value: member for member in cls}
    for name, cls in (("kind", Kind), ("category", Category), ("department", Department))
}


#: The cell of a row (``--brief``, ``--file``, ``-``) whose text no rule read with
#: confidence (``quiet``, R-CMP-01), after the rule and before the text; a row read has an
#: empty cell there, as ``deadline --file`` leaves its "provisional" cell empty
_TO_READ = N_("for a person to read")


def _print_rows(
    texts: list[str],
    *,
    as_json: bool,
    keys: list[str] | None = None,
    numbers: list[int] | None = None,
) -> None:
    """One row per text, in order: a JSON line (``row``, ``text`` and every column of
    ``classify_many``), else a tab-separated line: kind, category, department, rule, the
    mark of a text for a person to read (``quiet``, R-CMP-01: the kind is no answer; an
    empty cell otherwise) and the text.  With ``keys`` (``--id-column``) each row starts
    with its key (JSON: ``id``).  ``numbers``: each row's number in its .csv file (default:
    1, 2 …)."""
    columns = classify_many(texts)
    mark = _(_TO_READ)
    for number, text in enumerate(texts):
        if as_json:
            cells = {name: column[number] for name, column in columns.items()}
            key = {} if keys is None else {"id": keys[number]}
            shown = number + 1 if numbers is None else numbers[number]
            print_json_line({**key, "row": shown, "text": text, **cells})
            continue
        row = (
            *(() if keys is None else (keys[number],)),
            *(_MEMBERS[name][columns[name][number]] for name in _MEMBERS),
            columns["rule"][number],
            mark if columns["quiet"][number] else "",
            text,
        )
        print("\t".join(tsv_cell(cell) for cell in row))


def _refuse_changed_keys(column: str, keys: list[str], numbers: list[int]) -> None:
    """Refuse, before any row is printed, a key (``--id-column``) that a tab-separated
    line would change (a tab, a line break: written as a space, as in a text), naming the
    option, the column, the row and the key: a key must match its row back."""
    for key, number in zip(keys, numbers, strict=True):
        problem = key_problem(key)
        if problem is not None:
            raise InvalidInput.for_argument(f"--id-column {column}, row {number}", key, problem)


def _cmd_classify(args: argparse.Namespace) -> int:
    texts, keys, numbers = texts_and_keys(args)
    if keys is not None and numbers is not None and not args.json:
        _refuse_changed_keys(args.id_column, keys, numbers)
    if texts is not None or args.brief:
        shown = [args.text] if texts is None else texts
        _print_rows(shown, as_json=args.json, keys=keys, numbers=numbers)
        return 0
    result = classify(args.text)
    if args.json:
        print_json(_as_json(result))
        return 0
    print(_header("kind", result.kind_rule, kind=result.kind))
    print(_header("category", result.category_rule, category=result.category))
    print(_("department: {department}", department=result.department))
    print(_("confidence: {confidence}", confidence=result.confidence))
    if result.quiet:  # not read: the kind above is no answer, a person should read the text
        print(
            _("not read (quiet): no rule read this text with confidence; a person should read it")
        )
    signals = tuple(sorted(result.signals, key=lambda s: s.value))
    print(_("severity hints: {hints}", hints=signals or _("none")))
    if result.repair_request:  # a repair request (报修): kept out of the complaint review
        print(_("repair request: yes, not counted as a complaint in the review"))
    print(colon(_("reason:"), result.reason))
    # the rest is the classification's own account (explain(), after its first line, the
    # answer and the reason shown above): its issues, scores and every match
    print(result.explain().split("\n", 1)[1])
    return 0


def add_parser(sub: Subparsers) -> None:
    """Register ``custops classify`` with its options on ``sub``, the subcommands of the
    ``custops`` parser: the one name each command module exports, which
    :func:`custops.cli.build_parser` calls for every group."""
    p = sub.add_parser(
        "classify",
        help=_(
            "classify a customer's text by the built-in rules (D1, D10): kind, category, "
            "department, with the evidence"
        ),
        description=_(
            "Classify a customer's text (Chinese or plain English) as a consultation, "
            "suggestion, complaint, praise or no action needed, find its category and the "
            "department to handle it, and show the words that decided it. Many texts (a file "
            "or the standard input, one a line) give one row each, in their order: kind, "
            "category, department, rule, {mark} when no rule read the text with confidence "
            "(an empty cell otherwise: the kind is the answer) and the text, separated by "
            "tabs (--json: one JSON object a line, its quiet true for a text to read).",
            mark=_(_TO_READ),
        ),
        epilog=_(
            "examples:\n"
            "  custops classify {one}\n"
            "  custops classify {one} --brief\n"
            "  custops classify --file texts.txt > results.tsv\n"
            "  custops classify --file complaints.csv --column {column} --json\n"
            "  echo {two} | custops classify -",
            one="酒里有沉淀，我要退货",
            column="投诉内容",
            two="请问几点开门",
        ),
    )
    add_texts_input(
        p,
        text_help=_(
            "the customer's words, e.g. {example}; words that start with - and a Latin "
            "letter follow {separator}",
            example="酒里有沉淀，我要退货",
            separator="--",
        ),
    )
    add_id_column_option(p)
    p.add_argument(
        "--brief",
        action="store_true",
        help=_(
            "print one row: kind, category, department, rule, {mark} (or an empty cell) and "
            "the text, tab-separated",
            mark=_(_TO_READ),
        ),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_classify)
