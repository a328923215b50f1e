"""The command line names what it gives as the library does (CONTRIBUTING.md item 9).

Read from the source of ``src/custops/cli/``:

- a positional's metavar is its ``dest`` upper-cased (``workdays add DAY WORKDAYS``); one
  that takes several values shows one of them (``LINE [LINE ...]`` for ``lines``);
- every metavar is made of words, none of them one letter (``--tonnes TONNES``, not
  ``--tonnes T``; ``NAME[=WEIGHT]``), as no public parameter is one letter (item 6);
- where a command passes what the user typed (one ``args.<dest>``) to a function or class
  of the library, or to a method of a value a library call returned (``policy =
  presets.get(…)``, then ``policy.schedule(…)``), the parameter it fills is named as the
  ``dest`` (``--born-on`` gives ``born_on=``; a positional given by place is checked against
  the signature's name).

A switch is named as the parameter it gives: a yes/no parameter is the option of an
``argparse.BooleanOptionalAction`` (``--roll-to-workday``/``--no-roll-to-workday`` gives
``roll_to_workday=args.roll_to_workday``), never ``not args.no_roll``; an enum parameter is an
option taking the member's key (``--convention working_time``, read by ``Convention.parse``),
never a flag turned into a member (``WORKING_TIME if args.working_time else CIVIL_CODE``).

The shape of an option follows what it feeds (``option_shape_problems``): an option whose
dest is a yes/no parameter of the library (``bool``, or ``bool | None`` where ``None`` is
"not known") is an ``argparse.BooleanOptionalAction`` (never ``store_true``, a
``store_const`` pair or a ``yes/no/unknown`` choice), and one whose dest is an enum parameter
or field of the library is made by ``cli._common.add_enum_option`` (its keys shown as the
choices, any spelling read).  A display option (``--json``, ``--explain``) changes how the
answer is shown, not the question: it stays a plain flag (``_DISPLAY_OPTIONS``).

The shapes that are decisions, not debt, are let through by shape, each with its reason:
a repeated option names one of the items it collects (``--closure DATE`` gives
``closures=``, item 9); a reader's generic parameter (``yuan(value)``, ``Period.parse(text)``,
``presets.get(name)``) takes what the user typed, whatever it is called.
``_NAME_EXCEPTIONS`` lists the rest.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "src" / "custops" / "cli"

Found = dict[str, str]

# A reader's parameter: it takes the text the user typed, whatever that text names.
_READERS = frozenset({"value", "text", "name"})

# Decisions, not debt: an argument passed under another name, with the reason.
_NAME_EXCEPTIONS = {
    "_vip.py:Holder.customer_id<-holder": "--holder gives the card's holder "
    "(Card.issue(number, holder)); the Holder value is built from the id typed",
    "_vip.py:Card.issue.on<-issued_on": "--issued-on gives the card's issued_on: "
    "Card.issue(number, holder, *, on) keeps the day it is issued on as issued_on",
}


# Display options: how the answer is shown, not what is asked; plain flags (item 9).
_DISPLAY_OPTIONS = {
    "json": "prints the result as JSON instead of text",
    "brief": "prints only the deadline(s)",
    "explain": "shows how the day was counted (archive_due(explain=) picks the result's form)",
    "uppercase": "says the amounts in 大写 as well",
}

_ENUM_BASES = frozenset({"LabelledEnum", "OrderedEnum"})


def _library_parameters(src: Path = CLI.parent) -> tuple[set[str], set[str]]:
    """The names of the library's yes/no parameters and fields, and of its enum ones, read
    from the source (``cli/`` and ``testing/`` left out)."""
    trees = [
        ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(src.rglob("*.py"))
        if path.relative_to(src).parts[0] not in ("cli", "testing")
    ]
    enums = set(_ENUM_BASES)
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    grown = True
    while grown:
        before = len(enums)
        enums |= {c.name for c in classes if {ast.unparse(b) for b in c.bases} & enums}
        grown = len(enums) > before
    typed: list[tuple[str, ast.expr]] = []
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                a = node.args
                typed += [
                    (p.arg, p.annotation)
                    for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)
                    if p.annotation is not None
                ]
            elif isinstance(node, ast.ClassDef):
                typed += [
                    (s.target.id, s.annotation)
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
    yes_no: set[str] = set()
    enum_valued: set[str] = set()
    for name, annotation in typed:
        if name.startswith("_"):
            continue
        kinds = {part.strip() for part in ast.unparse(annotation).split("|")} - {"None", "str"}
        if kinds == {"bool"}:
            yes_no.add(name)
        elif kinds and kinds <= enums - _ENUM_BASES:
            enum_valued.add(name)
    return yes_no, enum_valued


def _add_argument_calls(
    trees: list[tuple[str, ast.Module]],
) -> Iterator[tuple[str, ast.Call, dict[str, ast.expr]]]:
    """Every ``<parser>.add_argument(name, …)`` call: its file, the call, its keywords."""
    for file, tree in trees:
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "add_argument"
                and node.args
            ):
                yield file, node, {k.arg: k.value for k in node.keywords if k.arg}


def option_shape_problems(
    trees: list[tuple[str, ast.Module]], yes_no: set[str], enum_valued: set[str]
) -> Found:
    """An option whose shape is not the one of what it feeds (see the module's docstring)."""
    found: Found = {}
    for file, node, keywords in _add_argument_calls(trees):
        option = _text(node.args[0])
        if option is None or not option.startswith("--"):
            continue
        dest = _text(keywords.get("dest")) or option[2:].replace("-", "_")
        action = keywords.get("action")
        shown = ast.unparse(action) if action is not None else "store"
        if dest in _DISPLAY_OPTIONS:
            continue
        if dest in yes_no and not shown.endswith("BooleanOptionalAction"):
            found[f"{file}:{option}"] = (
                f"{file}:{node.lineno}: {option} ({shown}) feeds the yes/no {dest}; make "
                f"it an argparse.BooleanOptionalAction with the library's default"
            )
        elif _text(action) in ("store_true", "store_false"):
            # a flag that is not a display option is a yes/no question, whatever the
            # library calls it (`vip quote --card`: a card is presented)
            found[f"{file}:{option}"] = (
                f"{file}:{node.lineno}: {option} ({shown}) is a yes/no option; make it an "
                f"argparse.BooleanOptionalAction (or a display option, _DISPLAY_OPTIONS)"
            )
        elif dest in enum_valued and _text(action) != "append":  # a repeated one: pairs
            found[f"{file}:{option}"] = (
                f"{file}:{node.lineno}: {option} feeds the enum {dest}; make it with "
                f"add_enum_option (the keys shown as the choices, any spelling read)"
            )
    return found


def _trees(cli: Path = CLI) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(cli.glob("*.py")):
        yield path.name, ast.parse(path.read_text(encoding="utf-8"))


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def positional_problems(trees: list[tuple[str, ast.Module]]) -> Found:
    """A positional whose metavar is not its dest upper-cased (a repeated one: singular)."""
    found: Found = {}
    for file, node, keywords in _add_argument_calls(trees):
        dest = _text(node.args[0])
        metavar = _text(keywords.get("metavar"))
        if dest is None or dest.startswith("-") or metavar is None:
            continue
        several = "nargs" in keywords and f"{metavar.lower()}s" == dest
        if metavar != dest.upper() and not several:
            found[f"{file}:{dest}"] = (
                f"{file}:{node.lineno}: positional {dest} shown as {metavar}; "
                f"show it as {dest.upper()}, the library's name"
            )
    return found


def metavar_problems(trees: list[tuple[str, ast.Module]]) -> Found:
    """A metavar with a one-letter word in it (``T``, ``NAME[=W]``): show the word."""
    found: Found = {}
    for file, node, keywords in _add_argument_calls(trees):
        metavar = _text(keywords.get("metavar"))
        name = _text(node.args[0])
        if metavar is None or name is None:
            continue
        short = [w for w in re.split(r"[^A-Za-z0-9]+", metavar) if len(w) == 1]
        if short:
            found[f"{file}:{name}"] = (
                f"{file}:{node.lineno}: {name} shown as {metavar}; a metavar is a word, "
                f"not {', '.join(short)}"
            )
    return found


def _imported(tree: ast.Module) -> dict[str, Any]:
    """The names a command module imports from the library (not from ``custops.cli``)."""
    names: dict[str, Any] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("custops")
            and not node.module.startswith("custops.cli")
        ):
            module = importlib.import_module(node.module)
            for alias in node.names:
                names[alias.asname or alias.name] = getattr(module, alias.name, None)
    return names


def _returned(call: ast.expr, names: dict[str, Any]) -> Any:
    """The class a call of the library returns (``presets.get(…)`` gives a ``SlaPolicy``),
    read from its return annotation; ``None`` when it is not a library call or a class."""
    if not isinstance(call, ast.Call):
        return None
    callee = _callee(call.func, names)
    if callee is None:
        return None
    try:
        returned = typing.get_type_hints(callee[1]).get("return")
    except Exception:  # an annotation that does not resolve: not a class to follow
        return None
    return returned if inspect.isclass(returned) else None


def _callee(
    func: ast.expr, names: dict[str, Any], assigned: dict[str, ast.expr] | None = None
) -> tuple[str, Any] | None:
    """The library function or method a call calls: an imported name, an attribute of one,
    or a method of a value a library call returned (``policy = presets.get(…)`` then
    ``policy.schedule(…)``: ``SlaPolicy.schedule``)."""
    if isinstance(func, ast.Name) and func.id in names:
        return func.id, names[func.id]
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = names.get(func.value.id)
        if owner is None and assigned and func.value.id in assigned:
            owner = _returned(assigned[func.value.id], names)
            if owner is not None and hasattr(owner, func.attr):
                return f"{owner.__name__}.{func.attr}", getattr(owner, func.attr)
        elif owner is not None and hasattr(owner, func.attr):
            return f"{func.value.id}.{func.attr}", getattr(owner, func.attr)
    return None


def _read(expr: ast.expr) -> set[str]:
    """The ``args.<dest>`` an argument's expression reads."""
    return {
        n.attr
        for n in ast.walk(expr)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "args"
    }


def _members_by_switch(expr: ast.expr, names: dict[str, Any]) -> bool:
    """``E.A if args.flag else E.B``: a flag turned into a member of an enumeration."""
    if not (isinstance(expr, ast.IfExp) and _read(expr.test)):
        return False
    branches = (expr.body, expr.orelse)
    return any(
        isinstance(branch, ast.Attribute)
        and isinstance(branch.value, ast.Name)
        and isinstance(names.get(branch.value.id), type)
        and issubclass(names[branch.value.id], enum.Enum)
        for branch in branches
    )


def _locals(tree: ast.Module) -> dict[int, dict[str, ast.expr]]:
    """For each call (by ``id``), what the names of its function were assigned:
    ``rule = X if args.flag else Y`` and ``last, on = parse_day(…, args.last), …`` let a
    value read from ``args`` reach the library through a local name."""
    scopes: dict[int, dict[str, ast.expr]] = {}
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        assigned: dict[str, ast.expr] = {}
        for node in ast.walk(function):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Name):
                assigned[target.id] = value
            elif (
                isinstance(target, ast.Tuple)
                and isinstance(value, ast.Tuple)
                and len(target.elts) == len(value.elts)
            ):
                for name, part in zip(target.elts, value.elts, strict=True):
                    if isinstance(name, ast.Name):
                        assigned[name.id] = part
        for node in ast.walk(function):
            if isinstance(node, ast.Call):
                scopes[id(node)] = assigned
    return scopes


def _through(expr: ast.expr, assigned: dict[str, ast.expr], names: dict[str, Any]) -> ast.expr:
    """A local name as the expression it was assigned (one step), else ``expr``; a value the
    library built (``policy = VipPolicy(stacking=…)``) is checked where it is built."""
    value = assigned.get(expr.id) if isinstance(expr, ast.Name) else None
    if value is None or (isinstance(value, ast.Call) and _callee(value.func, names)):
        return expr
    return value


def argument_name_problems(trees: list[tuple[str, ast.Module]]) -> Found:
    """What the user typed passed to the library under another name than its dest."""
    found: Found = {}
    for file, tree in trees:
        names = _imported(tree)
        scopes = _locals(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            assigned = scopes.get(id(node), {})
            callee = _callee(node.func, names, assigned)
            if callee is None or not callable(callee[1]):
                continue
            label, obj = callee
            if getattr(obj, "__module__", "").startswith(("custops.errors", "custops._")):
                continue  # an error's or a check's (argument, value): not a name of the domain
            try:
                signature = inspect.signature(obj)
            except (TypeError, ValueError):
                continue
            kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
            places = [p.name for p in signature.parameters.values() if p.kind in kinds]
            given = [
                (places[i], arg)
                for i, arg in enumerate(node.args)
                if i < len(places)
                and not any(isinstance(a, ast.Starred) for a in node.args[: i + 1])
            ]
            given += [(k.arg, k.value) for k in node.keywords if k.arg]
            for parameter, expr in ((p, _through(e, assigned, names)) for p, e in given):
                read = _read(expr)
                if len(read) != 1:
                    continue
                (dest,) = read
                if _members_by_switch(expr, names):
                    found[f"{file}:{label}.{parameter}<-switch {dest}"] = (
                        f"{file}:{node.lineno}: the flag {dest} picks a member of {parameter}; "
                        f"take the member's key, --{parameter.replace('_', '-')} KEY, read "
                        f"by its parse()"
                    )
                    continue
                if (
                    parameter == dest
                    or parameter in _READERS
                    or parameter in (f"{dest}s", f"{dest[:-1]}ies")  # a repeated option: one item
                ):
                    continue
                key = f"{file}:{label}.{parameter}<-{dest}"
                if key not in _NAME_EXCEPTIONS:
                    found[key] = (
                        f"{file}:{node.lineno}: {dest} is passed to {label} as {parameter}; "
                        f"name the argument {parameter} (--{parameter.replace('_', '-')} or "
                        f"{parameter.upper()})"
                    )
    return found


def test_positionals_show_the_library_name() -> None:
    found = positional_problems(list(_trees()))
    assert found == {}, "\n".join(found.values())


def test_metavars_are_words() -> None:
    found = metavar_problems(list(_trees()))
    assert found == {}, "\n".join(found.values())


def test_arguments_are_named_as_the_library_names_them() -> None:
    found = argument_name_problems(list(_trees()))
    assert found == {}, "\n".join(found.values())


def test_options_are_shaped_as_what_they_feed() -> None:
    yes_no, enum_valued = _library_parameters()
    assert {"roll_to_workday", "passed", "strict", "special"} <= yes_no
    assert {"channel", "convention", "cutoff", "severity"} <= enum_valued
    found = option_shape_problems(list(_trees()), yes_no, enum_valued)
    assert found == {}, "\n".join(found.values())


def test_the_display_options_exist() -> None:
    """Each display option is still a flag of some command."""
    text = "".join(path.read_text(encoding="utf-8") for path in CLI.glob("*.py"))
    for dest in _DISPLAY_OPTIONS:
        assert f'"--{dest}"' in text, dest


def test_the_shape_check_finds_the_old_options() -> None:
    """The options the command line had: a ``store_true`` and a ``--passed/--failed`` pair
    for a yes/no parameter, a ``yes/no/unknown`` choice, a plain option for an enum; and
    the shapes that replaced them."""
    source = (
        "def add_parser(p):\n"
        "    p.add_argument('--strict', action='store_true')\n"
        "    p.add_argument('--passed', dest='passed', action='store_const', const=True)\n"
        "    p.add_argument('--failed', dest='passed', action='store_const', const=False)\n"
        "    p.add_argument('--unapproved-other-membership', choices=('yes', 'no', 'unknown'))\n"
        "    p.add_argument('--channel', help='phone, written')\n"
        "    p.add_argument('--explain', action='store_true')\n"
        "    p.add_argument('--card', action='store_true')\n"
        "def fixed(p):\n"
        "    p.add_argument('--special', action=argparse.BooleanOptionalAction, default=False)\n"
        "    add_enum_option(p, '--severity', Severity, default=None, help='')\n"
    )
    yes_no = {"strict", "passed", "unapproved_other_membership", "special", "explain"}
    found = option_shape_problems([("x.py", ast.parse(source))], yes_no, {"channel", "severity"})
    assert sorted(found) == [
        "x.py:--card",
        "x.py:--channel",
        "x.py:--failed",
        "x.py:--passed",
        "x.py:--strict",
        "x.py:--unapproved-other-membership",
    ]


def test_the_exceptions_name_what_exists() -> None:
    """An exception that no longer matches a call was fixed or renamed: remove it."""
    trees = list(_trees())
    assert len(trees) >= 10, "the command modules moved: the checks would be vacuous"
    # every exception still matches: checking without it finds it
    saved = dict(_NAME_EXCEPTIONS)
    try:
        _NAME_EXCEPTIONS.clear()
        found = argument_name_problems(trees)
    finally:
        _NAME_EXCEPTIONS.update(saved)
    assert set(saved) <= set(found)


def test_the_checks_find_their_shapes() -> None:
    """Each check on a command written against the rule, and the shapes it lets through."""
    source = (
        "from custops.vip import qualify\n"
        "from custops.calendars import WorkCalendar\n"
        "from custops.money import yuan\n"
        "def add_parser(sub):\n"
        "    p = sub.add_parser('x')\n"
        "    p.add_argument('day', metavar='DATE')\n"
        "    p.add_argument('purchases', nargs='*', metavar='PURCHASE')\n"
        "    p.add_argument('--date')\n"
        "def run(args):\n"
        "    qualify(args.purchases, on=parse_day('--date', args.date))\n"
        "    qualify(args.bought)\n"
        "    WorkCalendar(closures=[parse_day('--closure', t) for t in args.closure])\n"
        "    yuan(args.amount)\n"
    )
    trees = [("vip.py", ast.parse(source))]
    assert set(positional_problems(trees)) == {"vip.py:day"}
    assert metavar_problems(trees) == {}
    short = (
        "def add_parser(p):\n"
        "    p.add_argument('--tonnes', metavar='T')\n"
        "    p.add_argument('--tonnes', metavar='TONNES')\n"
        "    p.add_argument('--weight', metavar='NAME[=W]')\n"
        "    p.add_argument('--weight', metavar='NAME[=WEIGHT]')\n"
        "    p.add_argument('lines', nargs='+', metavar='LINE')\n"
    )
    assert set(metavar_problems([("x.py", ast.parse(short))])) == {"x.py:--tonnes", "x.py:--weight"}
    assert set(argument_name_problems(trees)) == {
        "vip.py:qualify.on<-date",
        "vip.py:qualify.purchases<-bought",
    }


def test_the_checks_find_a_switch_named_as_its_choice() -> None:
    """The switches the command line had, each named as the choice it makes, not as the
    parameter it gives; and the shapes that replaced them."""
    source = (
        "from custops.deposits import DepositPolicy, ExcessClaims\n"
        "from custops.periods import Convention, deadline\n"
        "from custops.archives import LoanRequest\n"
        "def run(args):\n"
        "    DepositPolicy(\n"
        "        roll_to_workday=not args.no_roll,\n"
        "        excess_claims=ExcessClaims.REFUSE if args.refuse_excess else ExcessClaims.OWED,\n"
        "    )\n"
        "    deadline(s, p, convention=Convention.WORKING_TIME if args.convention else None)\n"
        "    LoanRequest(b, r, p, on=d, due_back_on=d, registered=not args.unregistered)\n"
        "def fixed(args):\n"
        "    DepositPolicy(\n"
        "        roll_to_workday=args.roll_to_workday,\n"
        "        excess_claims=ExcessClaims.parse(args.excess_claims, argument='--x'),\n"
        "    )\n"
        "    deadline(s, p, convention=Convention.parse(args.convention, argument='--c'))\n"
        "    LoanRequest(b, r, p, on=d, due_back_on=d, registered=args.registered)\n"
    )
    trees = [("deposits.py", ast.parse(source))]
    assert set(argument_name_problems(trees)) == {
        "deposits.py:DepositPolicy.roll_to_workday<-no_roll",
        "deposits.py:DepositPolicy.excess_claims<-switch refuse_excess",
        "deposits.py:deadline.convention<-switch convention",
        "deposits.py:LoanRequest.registered<-unregistered",
    }


def test_the_checks_follow_a_value_the_library_returned() -> None:
    """A method of a value a library call returned is checked as the library's own: the
    desk's schedule was asked with START, which reaches ``SlaPolicy.schedule`` as
    ``received_at``; ``custops sla schedule RECEIVED_AT`` names it as the library does."""
    source = (
        "from custops.sla import presets\n"
        "def run(args):\n"
        "    policy = presets.get(args.preset)\n"
        "    start = parse_start(args.start, calendar=policy.calendar)\n"
        "    policy.schedule(case, received_at=start)\n"
        "def fixed(args):\n"
        "    policy = presets.get(args.preset)\n"
        "    received_at = parse_start(args.received_at, calendar=policy.calendar)\n"
        "    policy.schedule(case, received_at=received_at)\n"
    )
    found = argument_name_problems([("sla.py", ast.parse(source))])
    assert set(found) == {"sla.py:SlaPolicy.schedule.received_at<-start"}
    # and the command group itself is read: its call of the desk's schedule is found
    tree = ast.parse((CLI / "_sla.py").read_text(encoding="utf-8"))
    wrong = ast.unparse(tree).replace("received_at=received_at", "received_at=args.preset")
    found = argument_name_problems([("sla.py", ast.parse(wrong))])
    assert set(found) == {"sla.py:SlaPolicy.schedule.received_at<-preset"}
