"""What the command line's ``--json`` prints (CONTRIBUTING item 9).

``tests/test_cli_json.py`` checks option names and a few documents.  Here every command line
shown in ``docs/*.md`` (``$ custops ...``) and every argv list of ``tests/test_cli_json.py`` is
run with ``--json`` (when its command takes it), and:

a. **a rule result carries ``rule`` and ``reason``**: a document that names a rule anywhere
   (a ``rule``/``*_rule``/``rule_ids`` key, or an ``R-XXX-NN`` value) has a top-level
   ``rule`` and ``reason`` (``uppercase`` or ``workdays add`` name no rule: no finding);
b. **the library decides**: no rule ID written as a string in ``custops.cli`` (docstrings
   aside): the rule comes from the result (``result.rule``);
c. **``cli._common`` helpers are used**: ``x.isoformat() if x else None`` and its other
   shapes are ``custops.cli._common.iso``;
d. **an error names what the user typed**: the argument an error names (``parse_day("A",
   ...)``, ``as_arguments({...})``) is an option string, a metavar as the usage shows it, a
   positional, a choice or a subcommand of the real parser;
e. **one key per quantity**: a key that prints a library attribute is its name
   (``"ends_on": iso(deadline.ends_on)``), and no key is a word that says nothing
   (``n``, ``result``).

What the tree still breaks sits in a commented ``KNOWN_*`` set;
``test_known_json_problems_are_still_there`` fails once an entry is fixed.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import io
import json
import re
import shlex
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from custops.cli import build_parser, main
from test_api_copies import _scoped

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "custops"
CLI_COMMON = "custops.cli._common"
_RULE_ID = re.compile(r"R-[A-Z]+-\d+")

Found = dict[str, str]  # key -> "where: what; use <home>"


def _add(found: Found, key: str, detail: str) -> None:
    found[key] = f"{found[key]}; {detail}" if key in found and detail not in found[key] else detail


# =========================================================================== the commands


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    if parser.get_default("handler") is not None:
        yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _leaves(child, (*path, name))


@functools.cache
def _json_commands() -> frozenset[tuple[str, ...]]:
    return frozenset(
        path
        for path, parser in _leaves(build_parser())
        if any("--json" in a.option_strings for a in parser._actions)
    )


def _command(argv: list[str]) -> tuple[str, ...] | None:
    """The leaf command of an argv (``--lang xx`` skipped), if it takes ``--json``."""
    words = list(argv)
    if words[:1] == ["--lang"]:
        words = words[2:]
    for n in (3, 2, 1):
        if tuple(words[:n]) in _json_commands():
            return tuple(words[:n])
    return None


def _doc_argvs() -> Iterator[tuple[str, list[str]]]:
    for page in sorted((ROOT / "docs").glob("*.md")):
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("$ custops "):
                yield f"docs/{page.name}:{number}", shlex.split(line[len("$ custops ") :])


def _test_argvs() -> Iterator[tuple[str, list[str]]]:
    path = ROOT / "tests" / "test_cli_json.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.List) and node.elts:
            words = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if len(words) == len(node.elts):
                yield f"tests/test_cli_json.py:{node.lineno}", words


# Commands the docs and the fixtures do not show with a rule result.
_EXTRA = [
    ("own", ["classify", "快递丢了,要求退款"]),
    ("own", ["secrecy", "default-level", "合同"]),
    ("own", ["vip", "report-due", "--on", "2024-06-01"]),
]


@functools.cache
def documents() -> dict[tuple[str, ...], tuple[str, str, Any]]:
    """One ``--json`` document per command (the first example that parses): where it was
    shown, the command line, the document."""
    found: dict[tuple[str, ...], tuple[str, str, Any]] = {}
    for where, argv in [*_doc_argvs(), *_test_argvs(), *_EXTRA]:
        command = _command(argv)
        if command is None or command in found:
            continue
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            try:
                main([*argv, "--json"])
            except (SystemExit, Exception):  # a refusal or a crash: other tests' business
                continue
        try:
            found[command] = (where, " ".join(argv), json.loads(out.getvalue()))
        except json.JSONDecodeError:
            continue
    return found


def _names_a_rule(document: Any) -> bool:
    if isinstance(document, dict):
        return any(
            k == "rule" or k.endswith("_rule") or k == "rule_ids" or _names_a_rule(v)
            for k, v in document.items()
        )
    if isinstance(document, list):
        return any(_names_a_rule(v) for v in document)
    return isinstance(document, str) and bool(_RULE_ID.fullmatch(document))


def rule_result_problems(docs: dict[tuple[str, ...], tuple[str, str, Any]]) -> Found:
    """A ``--json`` document naming a rule without a top-level ``rule`` and ``reason``."""
    found: Found = {}
    for command, (where, argv, document) in docs.items():
        if not _names_a_rule(document):
            continue
        top = document if isinstance(document, dict) else {}
        missing = [k for k in ("rule", "reason") if k not in top]
        if missing:
            _add(
                found,
                " ".join(command),
                f"{where}: `custops {argv} --json` names a rule but has no "
                f"{' and no '.join(missing)}; print the result's .rule and .reason",
            )
    return found


# =========================================================================== the source


def cli_sources(src: Path = SRC) -> dict[str, tuple[str, ast.Module]]:
    return {
        f"custops.cli.{p.stem}" if p.stem != "__init__" else "custops.cli": (
            f"cli/{p.name}",
            ast.parse(p.read_text(encoding="utf-8")),
        )
        for p in sorted((src / "cli").glob("*.py"))
    }


def _docstring_ids(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def hard_coded_rule_problems(srcs: dict[str, tuple[str, ast.Module]]) -> Found:
    """A rule ID as a string in the command line: the library decides and names the rule."""
    found: Found = {}
    for name, (path, tree) in srcs.items():
        docs = _docstring_ids(tree)
        for scope, node in _scoped(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
                and _RULE_ID.fullmatch(node.value)
            ):
                _add(
                    found,
                    f"{name}:{scope}",
                    f"{path}:{node.lineno}: the rule {node.value} written in the CLI; "
                    "print the library result's .rule",
                )
    return found


def _isoformat_of(node: ast.expr) -> str | None:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "isoformat"
        and not node.args
        and not node.keywords
    ):
        return ast.unparse(node.func.value)
    return None


def _tests_value(test: ast.expr) -> str | None:
    """``x``, ``x is None``, ``x is not None``, ``not x`` → ``x``."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        return ast.unparse(test.left)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return ast.unparse(test.operand)
    return ast.unparse(test)


def iso_copy_problems(srcs: dict[str, tuple[str, ast.Module]]) -> Found:
    """``None if x is None else x.isoformat()`` in any shape outside ``cli._common``."""
    found: Found = {}
    for name, (path, tree) in srcs.items():
        if name == CLI_COMMON:
            continue
        for scope, node in _scoped(tree):
            if not isinstance(node, ast.IfExp):
                continue
            branches = (node.body, node.orelse)
            nones = [b for b in branches if isinstance(b, ast.Constant) and b.value is None]
            values = [v for b in branches if (v := _isoformat_of(b)) is not None]
            if len(nones) == len(values) == 1 and values[0] == _tests_value(node.test):
                _add(
                    found,
                    f"{name}:{scope}",
                    f"{path}:{node.lineno}: `{ast.unparse(node)}` is the body of "
                    f"{CLI_COMMON}.iso; call iso({values[0]})",
                )
    return found


# d. An error names what the user typed (CONTRIBUTING item 9; `parse_day("A",
# args.first)` where the usage shows `DATE` and `N|B`): the argument a command's error names
# (the first argument of `parse_day`, `parse_count`, `parse_amount`, `parse_pair`,
# `day_or_today`, `for_argument`, and the names `as_arguments` reports) is one of the
# command line's own words: an option string, a metavar as the usage shows it, a positional
# shown by its name, a choice or a subcommand.
_ERROR_NAMERS = frozenset(
    {"parse_day", "parse_count", "parse_amount", "parse_pair", "day_or_today", "for_argument"}
)


@functools.cache
def shown_words() -> dict[str, frozenset[str]]:
    """The words of each command module's command lines, read from the real parser: option
    strings, metavars (as the usage shows them), positionals without a metavar, choices,
    subcommands; the top-level parser's words are every module's."""
    words: dict[str, set[str]] = {}

    def walk(parser: argparse.ArgumentParser, shared: set[str]) -> None:
        handler = parser.get_default("handler")
        mine = words.setdefault(handler.__module__, set()) if handler is not None else shared
        for action in parser._actions:
            mine.update(action.option_strings)
            if isinstance(action.metavar, str):
                mine.add(action.metavar)
            elif not action.option_strings:
                mine.add(action.dest)
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    mine.add(name)
                    walk(child, shared)
            elif action.choices is not None:
                mine.update(str(c) for c in action.choices)

    shared: set[str] = set()
    walk(build_parser(), shared)
    return {module: frozenset(w | shared) for module, w in words.items()} | {"": frozenset(shared)}


def _error_name(node: ast.AST) -> str | None:
    """The argument an error names, as written (an f-string's literal head: ``--party``
    of ``f"--party[{i}]"``), or ``None`` when it is computed."""
    if isinstance(node, ast.JoinedStr):
        head = node.values[0] if node.values else None
        if not (isinstance(head, ast.Constant) and isinstance(head.value, str)):
            return None
        text = head.value
        if "[" not in text and len(node.values) > 1:
            return None  # `f"--{option}"`: computed
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    return text.split("[", 1)[0]


def error_name_problems(
    srcs: dict[str, tuple[str, ast.Module]], words: dict[str, frozenset[str]]
) -> Found:
    """An error naming an argument that is not on the command line (``words``: each
    module's words, ``""`` the top-level parser's)."""
    found: Found = {}
    for name, (path, tree) in srcs.items():
        shown = words.get(name, words[""])
        constants = {
            t.id: n.value
            for n in tree.body
            if isinstance(n, ast.Assign)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        for scope, node in _scoped(tree):
            if not isinstance(node, ast.Call):
                continue
            called = ast.unparse(node.func).rsplit(".", 1)[-1]
            named: list[ast.AST] = []
            if called in _ERROR_NAMERS and node.args:
                named = [node.args[0]]
            elif called == "as_arguments" and node.args:
                given = node.args[0]
                if isinstance(given, ast.Name):
                    given = constants.get(given.id, given)
                if isinstance(given, ast.Dict):
                    named = [v for v in given.values if v is not None]
            for argument in named:
                text = _error_name(argument)
                if text is None or name == CLI_COMMON:
                    continue
                unknown = [w for w in text.split("/") if w not in shown]
                if unknown:
                    _add(
                        found,
                        f"{name}:{scope}",
                        f"{path}:{node.lineno}: an error names {text!r}, which the command "
                        "line does not show; name the option or the metavar the user typed",
                    )
    return found


# e. One key per quantity (CONTRIBUTING items 6 and 9; `workdays add` printed the
# number of working days as `n` and the day reached as `result`, `workdays between` the same
# quantity as `workdays`): a key that prints a library value's attribute is that attribute's
# name (`"ends_on": iso(deadline.ends_on)`, not `"due_on"`), so one quantity has one key in
# every command; and a key is never a word that says nothing of what it holds.
_NO_NAMES = frozenset({"result", "value", "answer", "output", "data", "n", "x"})
# Wrappers that print a value without changing what it is.
_PRINTERS = frozenset({"iso", "str", "int", "float", "format_due", "_money", "money_text"})
# How a member or an object is shown: an enum member's key or label, an object's name
# (`"target": step.target.name`).
_SHOWN_AS = frozenset({"value", "label", "name"})


def _printed_attributes(node: ast.AST) -> list[str]:
    """The attributes a printed value reads, outermost first (``["value", "outcome"]`` of
    ``decision.outcome.value``, ``["ends_on"]`` of ``iso(deadline.ends_on)``); none for a
    name, a computation, or the command's own ``args``."""
    while isinstance(node, ast.Call) and not node.keywords:
        func = node.func
        if isinstance(func, ast.Name) and func.id in _PRINTERS and len(node.args) == 1:
            node = node.args[0]
        elif isinstance(func, ast.Attribute) and func.attr == "isoformat" and not node.args:
            node = func.value
        else:
            return []
    chain: list[str] = []
    while isinstance(node, ast.Attribute):
        chain.append(node.attr)
        node = node.value
    if not chain or any(a.startswith("_") for a in chain):
        return []
    if isinstance(node, ast.Name) and node.id == "args":
        return []
    if chain[0] in _SHOWN_AS:  # a member or an object shown by its key, label or name
        return chain if len(chain) > 1 else []
    return chain[:1]


def _text_fields(tree: ast.AST) -> set[int]:
    """The dicts that are a sentence's named fields (``_("…", **fields)``), not documents."""
    names = {
        k.value.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        for k in n.keywords
        if k.arg is None and isinstance(k.value, ast.Name)
    }
    return {
        id(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign)
        and isinstance(n.value, ast.Dict)
        and any(isinstance(t, ast.Name) and t.id in names for t in n.targets)
    }


def json_key_problems(srcs: dict[str, tuple[str, ast.Module]]) -> Found:
    """A document key that is not the name of the library attribute it prints, or that says
    nothing of what it holds."""
    found: Found = {}
    for name, (path, tree) in srcs.items():
        fields = _text_fields(tree)
        for scope, node in _scoped(tree):
            if not isinstance(node, ast.Dict) or scope == "<module>" or id(node) in fields:
                continue  # a module's table (`_BENEFIT`), a sentence's fields: no document
            for key, value in zip(node.keys, node.values, strict=True):
                if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                    continue
                chain = _printed_attributes(value)
                if key.value in _NO_NAMES:
                    problem = f"the key {key.value!r} says nothing of what it holds"
                elif chain and key.value not in chain:
                    attribute = chain[-1] if chain[0] in _SHOWN_AS else chain[0]
                    problem = (
                        f"the key {key.value!r} prints `.{attribute}`; one quantity, one key: "
                        f"{attribute!r}"
                    )
                else:
                    continue
                _add(found, f"{name}:{scope}", f"{path}:{key.lineno}: {problem}")
    return found


def _nulled(value: ast.expr) -> str | None:
    """The library attribute a document value replaces by ``null`` when it is falsy or
    equal to something (``e.negated_by or None``, ``None if x.label == "-" else
    x.label``), or ``None``."""
    if (
        isinstance(value, ast.BoolOp)
        and isinstance(value.op, ast.Or)
        and isinstance(value.values[-1], ast.Constant)
        and value.values[-1].value is None
    ):
        held = value.values[0]
    elif isinstance(value, ast.IfExp) and (
        (isinstance(value.body, ast.Constant) and value.body.value is None)
        or (isinstance(value.orelse, ast.Constant) and value.orelse.value is None)
    ):
        held = value.orelse if isinstance(value.body, ast.Constant) else value.body
        tested = {ast.unparse(n) for n in ast.walk(value.test)}
        if ast.unparse(held) not in tested:  # `None if x is None else x.value`: a None kept
            return None
        if isinstance(value.test, ast.Compare) and all(
            isinstance(op, (ast.Is, ast.IsNot)) for op in value.test.ops
        ):
            return None
    else:
        return None
    return held.attr if isinstance(held, ast.Attribute) else None


def nulled_value_problems(srcs: dict[str, tuple[str, ast.Module]]) -> Found:
    """Item 9, "every key is the library's name for what it holds": a document value that
    prints ``null`` where the library holds a value (an empty ``str``, a placeholder) shows
    something the library does not hold; print the value as it is."""
    found: Found = {}
    for name, (path, tree) in srcs.items():
        for scope, node in _scoped(tree):
            if not isinstance(node, ast.Dict) or scope == "<module>":
                continue
            for value in node.values:
                if (attribute := _nulled(value)) is not None:
                    problem = (
                        f"prints null for a `.{attribute}` the library holds; print it as it is"
                    )
                    _add(found, f"{name}:{scope}", f"{path}:{value.lineno}: {problem}")
    return found


# =========================================================================== the debt

# Issue 12: refund without rule/reason, classify without rule, report-due
# and default-level without reason (fixed).
KNOWN_RULE_RESULTS: set[str] = set()
# cli/vip.py report-due, cli/secrecy.py default-level, and `exchange change-due` wrote
# R-MEM-04 and its reason (fixed).
KNOWN_HARD_CODED_RULES: set[str] = set()
# cli/archives.py lend (fixed).
KNOWN_ISO_COPIES: set[str] = set()
# Error names and keys.
KNOWN_ERROR_NAMES: set[str] = set()
KNOWN_KEYS: set[str] = set()
KNOWN_NULLED: set[str] = set()

CHECKS: dict[str, tuple[Callable[[], Found], set[str]]] = {
    "rule results": (lambda: rule_result_problems(documents()), KNOWN_RULE_RESULTS),
    "hard-coded rules": (lambda: hard_coded_rule_problems(cli_sources()), KNOWN_HARD_CODED_RULES),
    "iso copies": (lambda: iso_copy_problems(cli_sources()), KNOWN_ISO_COPIES),
    "error names": (
        lambda: error_name_problems(cli_sources(), shown_words()),
        KNOWN_ERROR_NAMES,
    ),
    "keys": (lambda: json_key_problems(cli_sources()), KNOWN_KEYS),
    "nulled values": (lambda: nulled_value_problems(cli_sources()), KNOWN_NULLED),
}


@functools.cache
def _found(check: str) -> Found:
    return CHECKS[check][0]()


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_json_conventions(check: str) -> None:
    new = [f"{k}\n    {v}" for k, v in sorted(_found(check).items()) if k not in CHECKS[check][1]]
    assert new == [], f"--json: {check} (CONTRIBUTING items 4, 7, 9):\n" + "\n".join(new)


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_known_json_problems_are_still_there(check: str) -> None:
    """A KNOWN entry that no longer occurs was fixed: remove it, so it cannot come back."""
    fixed = sorted(CHECKS[check][1] - set(_found(check)))
    assert fixed == [], f"fixed, remove from KNOWN ({check}, issue 12):\n" + "\n".join(fixed)


def test_the_checks_find_what_the_audit_found() -> None:
    """Each check on the shapes it was written for and on the fixed shapes."""
    docs: dict[tuple[str, ...], tuple[str, str, Any]] = {
        ("refund",): ("x:1", "refund", {"peak": "1", "lines": [{"rule": "R-DEP-02"}]}),
        ("classify",): ("x:2", "classify t", {"kind_rule": "R-CMP-01", "reason": "r"}),
        ("ok",): ("x:3", "ok", {"rule": "R-DEP-02", "reason": "r", "lines": []}),
        ("uppercase",): ("x:4", "uppercase 1", {"amount": "1.00", "uppercase": "壹元整"}),
    }
    found = rule_result_problems(docs)
    assert set(found) == {"refund", "classify"}
    assert "x:1:" in found["refund"]
    assert "no rule and no reason" in found["refund"]
    srcs = {
        "custops.cli.vip": (
            "cli/vip.py",
            ast.parse(
                'def _cmd(a):\n    """R-VIP-11."""\n    return {"rule": "R-VIP-11", "on": 1}\n'
                "def _ok(r):\n    return {'rule': r.rule}\n"
            ),
        ),
        "custops.cli.archives": (
            "cli/archives.py",
            ast.parse(
                "def _cmd_lend(d):\n    return d.isoformat() if d else None\n"
                "def _b(d):\n    return None if d is None else d.isoformat()\n"
                "def _ok(d, e):\n    return iso(d) if e else d.isoformat() if d else 'x'\n"
            ),
        ),
        CLI_COMMON: (
            "cli/_common.py",
            ast.parse("def iso(m):\n    return None if m is None else m.isoformat()\n"),
        ),
    }
    assert set(hard_coded_rule_problems(srcs)) == {"custops.cli.vip:_cmd"}
    assert "cli/vip.py:3:" in hard_coded_rule_problems(srcs)["custops.cli.vip:_cmd"]
    assert set(iso_copy_problems(srcs)) == {
        "custops.cli.archives:_cmd_lend",
        "custops.cli.archives:_b",
    }


def test_the_checks_find_the_known_cases() -> None:
    """At cb0b6d9: `workdays add` printed `n` and `result`, `vip
    report-due` the Deadline's `ends_on` as `due_on`; errors named `A`, `B` and `N` where the
    usage shows `DATE` and `N|B`.  The fixed shapes are let through."""
    srcs = {
        "custops.cli.calendars": (
            "cli/calendars.py",
            ast.parse(
                "def _answer(args, cal):\n"
                "    first, count = parse_day('DATE', args.first), parse_count('N', args.second)\n"
                "    start, end = parse_day('A', args.first), parse_day('B', args.second)\n"
                "    day = cal.add_workdays(first, count)\n"
                "    return {'day': iso(first), 'n': count, 'result': iso(day)}\n"
                "def _fixed(args, cal, info):\n"
                "    workdays = parse_count('WORKDAYS', args.second)\n"
                "    when = parse_day(f'--closure[{args.i}]', args.x)\n"
                "    other = parse_day(f'--{args.o}', 1)\n"
                "    with as_arguments({'workdays': 'WORKDAYS', 'day': 'DAY/--on'}):\n"
                "        return {'workdays': workdays, 'kind': info.kind.value, 'k': kind.value}\n"
            ),
        ),
        "custops.cli.vip": (
            "cli/vip.py",
            ast.parse(
                "_BENEFIT = {'promo': _FIELDS.promotion_price.name}\n"
                "def _cmd_report_due(args, deadline, check):\n"
                "    fields = {'basis': check.qualify_basis}\n"
                "    print(_('[{basis}]', **fields))\n"
                "    with as_arguments(_NAMES):\n"
                "        due = {'due_on': iso(deadline.ends_on)}\n"
                "        return {**due, 'status': check.card_status.value}\n"
                "_NAMES = {'on': 'WHEN'}\n"
            ),
        ),
    }
    words = {
        "custops.cli.calendars": frozenset({"DATE", "N|B", "WORKDAYS", "DAY", "--closure", "--on"}),
        "custops.cli.vip": frozenset({"--on"}),
        "": frozenset({"--on", "--json"}),
    }
    found = error_name_problems(srcs, words)
    assert set(found) == {"custops.cli.calendars:_answer", "custops.cli.vip:_cmd_report_due"}
    for name in ("'N'", "'A'", "'B'"):
        assert name in found["custops.cli.calendars:_answer"]
    assert "'DATE'" not in found["custops.cli.calendars:_answer"]
    found = json_key_problems(srcs)
    assert set(found) == {"custops.cli.calendars:_answer", "custops.cli.vip:_cmd_report_due"}
    assert "'n' says nothing" in found["custops.cli.calendars:_answer"]
    assert "'result' says nothing" in found["custops.cli.calendars:_answer"]
    assert "'ends_on'" in found["custops.cli.vip:_cmd_report_due"]
    assert "'card_status'" in found["custops.cli.vip:_cmd_report_due"]
    assert "basis" not in found["custops.cli.vip:_cmd_report_due"]


def test_the_sweep_runs_the_commands() -> None:
    """A guard: the examples still parse, so the rule-result check is not vacuous."""
    docs = documents()
    assert len(docs) >= 12, sorted(docs)
    assert {("refund",), ("classify",), ("deadline",)} <= set(docs)
    assert "custops.cli._common" in cli_sources()
    words = shown_words()
    assert "--lang" in words[""]
    assert {"DATE", "--closure", "--json", "--lang"} <= words["custops.cli._calendars"]


def test_the_nulled_value_check_sees_its_shapes() -> None:
    def parsed(code: str) -> dict[str, tuple[str, ast.Module]]:
        return {"custops.cli.x": ("cli/x.py", ast.parse(code))}

    negated = "def f(e):\n    return {'negated_by': e.negated_by or None}\n"
    placeholder = "def f(i):\n    return {'label': None if i.label == '-' else i.label}\n"
    kept = "def f(r):\n    return {'topic': r.topic.value if r.topic else None}\n"
    optional = "def f(e):\n    return {'kind': None if e.kind is None else e.kind.value}\n"
    assert nulled_value_problems(parsed(negated))
    assert nulled_value_problems(parsed(placeholder))
    assert nulled_value_problems(parsed(kept)) == nulled_value_problems(parsed(optional)) == {}
