"""``custops secrecy default-level KIND | kinds | know | copy | lend``: the secrecy levels
of D12 and the access decisions on a matter (R-SEC-01 … R-SEC-06)."""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from custops._text import Term
from custops.cli._common import (
    Subparsers,
    add_enum_option,
    add_json_option,
    as_arguments,
    day_or_today,
    iso,
    parse_day,
    print_decision,
    print_json,
)
from custops.errors import InvalidInput
from custops.i18n import _
from custops.secrecy import (
    AccessDecision,
    Level,
    LevelRequired,
    Matter,
    MatterKind,
    Person,
    Position,
    can_copy,
    can_know,
    can_lend,
    classify_matter,
    default_level,
)

__all__ = ["add_parser"]  # registers the commands of the group; the rest is private


def _level_text(level: Level) -> str:
    if level is Level.UNCLASSIFIED:
        # the words are the sentence's own; the Chinese label follows them, as searched for
        return _("not classified ({level})", level=Term(level.label, level.label))
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


# --------------------------------------------------------------------------------------
# Access decisions: know, copy, lend (R-SEC-04 … R-SEC-06)

#: The form of a person typed on the command line: an id, the company, any positions.
_PERSON_FORM = "ID@COMPANY[:POSITION,…]"
#: What separates the positions of a person typed (``主管,部门经理``; also ``、`` and ``，``).
_POSITION_MARKS = re.compile(r"[,，、]")
#: The library's names of a person's parts: a refusal of one names the argument typed.
_PERSON_PARTS = ("id", "company", "positions")
#: The library's argument names of ``classify_matter`` as the command's.
_MATTER_ARGUMENTS = {
    "matter_id": "MATTER_ID",
    "kind": "KIND",
    "owner": "--owner",
    "classified_on": "--classified-on",
    "ends_on": "--ends-on",
    "level": "--level",
    "supervisor_id": "--supervisor-id",
    "person_ids": "--person-id",
}


def _person(argument: str, text: str) -> Person:
    """A person typed as ``ID@COMPANY[:POSITION,…]`` (``li@华东公司``,
    ``gm_e@华东公司:子公司总经理``, ``wang@总公司:总公司总经理``); a refusal names ``argument``."""
    person_id, at, rest = text.partition("@")
    company, _mark, held = rest.partition(":")
    if not at or not person_id.strip() or not company.strip():
        raise InvalidInput.for_argument(argument, text, f"must look like {_PERSON_FORM}")
    words = (word.strip() for word in _POSITION_MARKS.split(held))
    positions = [Position.parse(word, argument=argument) for word in words if word]
    with as_arguments(dict.fromkeys(_PERSON_PARTS, argument)):
        return Person(person_id, company=company, positions=positions)


@contextlib.contextmanager
def _as_typed(typed: Mapping[str, tuple[str, str]]) -> Iterator[None]:
    """A decision's refusal of a person it was given (an HQ position at a company the
    policy does not read as HQ) as one of the argument the user typed, showing the text
    typed: ``typed`` maps the library's argument to the command's and that text."""
    try:
        yield
    except InvalidInput as exc:
        argument = exc.argument or ""
        if argument not in typed or exc.problem is None:
            raise
        name, text = typed[argument]
        raise InvalidInput.for_argument(name, text, exc.problem) from None


def _matter(args: argparse.Namespace) -> Matter:
    """The matter the options describe, marked as :func:`classify_matter` marks it (its
    kind's default level unless ``--level``; R-SEC-02)."""
    classified_on = parse_day("--classified-on", args.classified_on)
    ends_on = None if args.ends_on is None else parse_day("--ends-on", args.ends_on)
    with as_arguments(_MATTER_ARGUMENTS):
        return classify_matter(
            args.matter_id,
            args.kind,
            owner=args.owner,
            classified_on=classified_on,
            ends_on=ends_on,
            level=args.level,
            supervisor_id=args.supervisor_id,
            person_ids=args.person_id,
        )


def _person_json(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    positions = [p.value for p in sorted(person.positions, reverse=True)]
    return {"id": person.id, "company": person.company, "positions": positions}


def _matter_json(matter: Matter) -> dict[str, Any]:
    return {
        "id": matter.id,
        "kind": matter.kind.value,
        "level": matter.level.value,
        "owner": matter.owner,
        "classified_on": iso(matter.classified_on),
        "ends_on": iso(matter.ends_on),
        "supervisor_id": matter.supervisor_id,
        "person_ids": sorted(matter.person_ids),
    }


def _cmd_know(args: argparse.Namespace) -> int:
    """R-SEC-04 (R-SEC-01, R-SEC-03): may PERSON know the matter on the day; exit 1 if not."""
    person = _person("PERSON", args.person)
    matter = _matter(args)
    on = day_or_today("--on", args.on)
    with _as_typed({"person": ("PERSON", args.person)}):
        decision = can_know(person, matter, on=on)
    fields = {"on": on.isoformat(), "person": _person_json(person), "matter": _matter_json(matter)}
    return print_decision(args, decision, fields)


def _approved_command(
    ask: Callable[..., AccessDecision],
) -> Callable[[argparse.Namespace], int]:
    """The handler of a question that takes an approval (R-SEC-05 copy, R-SEC-06 lend)."""

    def handler(args: argparse.Namespace) -> int:
        person = _person("PERSON", args.person)
        matter = _matter(args)
        on = day_or_today("--on", args.on)
        approval = None if args.approval is None else _person("--approval", args.approval)
        typed = {"person": ("PERSON", args.person), "approval": ("--approval", args.approval)}
        with _as_typed(typed):
            decision = ask(person, matter, on=on, approval=approval)
        fields = {
            "on": on.isoformat(),
            "person": _person_json(person),
            "matter": _matter_json(matter),
            "approval": _person_json(approval),
        }
        return print_decision(args, decision, fields)

    return handler


def _add_access_arguments(parser: argparse.ArgumentParser, *, who: str) -> None:
    """PERSON MATTER_ID KIND and the matter's options, shared by know, copy and lend."""
    parser.add_argument(
        "person",
        metavar="PERSON",
        help=_(
            "{who}, as {form}: the id, the company (headquarters: type {hq}) and any "
            "positions, e.g. {example}",
            who=who,
            form=_PERSON_FORM,
            hq="总公司",
            example="li@华东公司:员工",
        ),
    )
    parser.add_argument("matter_id", metavar="MATTER_ID", help=_("the id of the matter"))
    add_enum_option(
        parser, "kind", MatterKind, default=None, help=_("kind of matter, in either language:")
    )
    parser.add_argument(
        "--owner",
        metavar="COMPANY",
        required=True,
        help=_("the company that owns the matter (headquarters: type {hq})", hq="总公司"),
    )
    parser.add_argument(
        "--classified-on", metavar="DATE", required=True, help=_("the day it was classified")
    )
    parser.add_argument(
        "--ends-on",
        metavar="DATE",
        help=_(
            "the last day of its secrecy term (declassified the day after; default: no "
            "term, never declassified automatically)"
        ),
    )
    add_enum_option(
        parser,
        "--level",
        Level,
        default=None,
        help=_("its level, if not its kind's default level (never below it)"),
    )
    parser.add_argument(
        "--supervisor-id",
        metavar="PERSON_ID",
        help=_(
            "the responsible supervisor (required for a confidential ({level}) matter)",
            level="机密",
        ),
    )
    parser.add_argument(
        "--person-id",
        metavar="PERSON_ID",
        action="append",
        default=[],
        help=_("a person cleared for the matter (repeatable)"),
    )
    parser.add_argument("--on", metavar="DATE", help=_("the day of the question (default: today)"))


def _add_approval_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--approval",
        metavar="PERSON",
        help=_(
            "who approved, as {form} (e.g. {example}); without it the request is refused "
            "where an approval is needed",
            form=_PERSON_FORM,
            example="gm_e@华东公司:子公司总经理",
        ),
    )


def add_parser(sub: Subparsers) -> None:
    """Register ``custops secrecy`` with its options on ``sub``, the subcommands of the ``custops``
    parser: the one name each command module exports, which :func:`custops.cli.build_parser`
    calls for every group."""
    p = sub.add_parser(
        "secrecy",
        help=_("secrecy levels and access decisions of the company secrecy policy (D12)"),
        description=_(
            "Secrecy levels of D12: the default level of a kind of matter, and whether a "
            "person may know, copy or borrow a matter."
        ),
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

    know = secrecy_sub.add_parser(
        "know",
        help=_("may a person know a matter (R-SEC-04); exit 1 if not"),
        description=_(
            "Whether PERSON may know the matter MATTER_ID of KIND on the day --on (R-SEC-04): "
            "HQ's general manager and deputy general managers know every matter, anyone else "
            "only what they are cleared for (--person-id); a paper outside the secrecy scope "
            "is open to the staff of the whole group, a matter declassified after its term to "
            "the staff of its owner (R-SEC-01, R-SEC-03). The matter takes its kind's default "
            "level unless --level. Exits 1 when refused."
        ),
    )
    _add_access_arguments(know, who=_("who asks"))
    add_json_option(know)
    know.set_defaults(handler=_cmd_know)

    copy = secrecy_sub.add_parser(
        "copy",
        help=_("may a person copy or excerpt a matter (R-SEC-05, R-SEC-06); exit 1 if not"),
        description=_(
            "Whether PERSON may copy or excerpt the matter on the day --on with the approval "
            "of --approval (R-SEC-05): the copier must be allowed to know it; top secret "
            "({top}) needs an HQ (deputy) GM's approval, confidential ({confidential}) and "
            "secret ({secret}) the approval of the GM of the subsidiary that owns it; a "
            "company certificate follows R-SEC-06. Exits 1 when refused.",
            top="绝密",
            confidential="机密",
            secret="秘密",
        ),
    )
    _add_access_arguments(copy, who=_("who copies"))
    _add_approval_option(copy)
    add_json_option(copy)
    copy.set_defaults(handler=_approved_command(can_copy))

    lend = secrecy_sub.add_parser(
        "lend",
        help=_("may a company certificate be lent to a person (R-SEC-06); exit 1 if not"),
        description=_(
            "Whether the company certificate MATTER_ID may be lent to PERSON on the day --on "
            "with the approval of --approval (R-SEC-06): only certificates are lent, to a "
            "borrower allowed to know them, with the approval of the GM of the subsidiary "
            "that holds them. Exits 1 when refused."
        ),
    )
    _add_access_arguments(lend, who=_("who borrows"))
    _add_approval_option(lend)
    add_json_option(lend)
    lend.set_defaults(handler=_approved_command(can_lend))
