"""Private names stay private (CONTRIBUTING.md items 6 and 7; issue 12).

An underscore name (``_day_fields``, ``_joined``, ``_SCHEMA``) belongs to the module that
defines it: the module may change it at will, and a second module that imports or reaches it
is a helper or a table without its home.  Each check reads the source of every module of
``src/custops`` (``cli/`` and ``testing/`` included):

a. **cross-module private access**: ``from custops.a import _b`` where ``_b`` is a name
   (not a private submodule) of ``custops.a``, and ``x._y`` where ``_y`` is defined by another
   module of ``src/custops`` and not by this one
   (``calendars._KINDS`` imported by vector, ``cal._day_fields(day)`` in periods,
   ``classifier._joined`` in severity, ``periods._without_value`` in ``sla._clock``).
   What other modules need is a name without an underscore, in ``__all__`` or not
   (``calendars.day_fields``, ``calendar_or_china``), or one of the homes' helpers;
b. **test-only private helpers**: a private method or function that nothing in
   ``src/custops`` uses, kept alive only by the tests (``MatterAccess._designated``): the tests
   assert on the public API it restates.

The allowed shapes, each with its reason, are the ``_…_EXCEPTIONS`` tables below; an entry
that no longer names anything fails ``test_every_exception_names_something``.  The findings
are keyed ``module -> name`` (line numbers move; the message has them).
"""

from __future__ import annotations

import ast
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

# The parsed sources are test_api_copies' own (one home for both).
from test_api_copies import Source, Sources, sources

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "custops"
TESTS = ROOT / "tests"

Found = dict[str, str]  # "module -> name" -> "path:line: what; use ..."


def _add(found: Found, key: str, detail: str) -> None:
    if key not in found:
        found[key] = detail
    elif detail not in found[key]:
        found[key] = f"{found[key]}; {detail}"


def is_private(name: str) -> bool:
    """``_name``: not a dunder (``__all__``), not an enum's sunder API (``_value_``,
    ``_missing_``: Python's documented hooks), not the gettext marker ``_``."""
    return (
        name.startswith("_")
        and not name.startswith("__")
        and not (len(name) > 2 and name.endswith("_"))
        and name != "_"
    )


def _defined(src: Source) -> set[str]:
    """The names a module defines: functions, classes, assigned names and attributes,
    attrs fields (class-level annotations)."""
    names: set[str] = set()
    for node in ast.walk(src.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


@functools.cache
def _definitions(srcs: tuple[Source, ...]) -> dict[str, frozenset[str]]:
    return {src.name: frozenset(_defined(src)) for src in srcs}


# =========================================================================== a. private access

# Decisions, not debt: where a module may use another's underscore name, with the reason.
# Keyed by the module that uses it (a prefix: a package's modules) and the name ("*": any).
_ACCESS_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("custops.serial", "_state"): "the one home of storage stores a value's whole state and "
    "restores it as it was (a ledger's and a case's `_state`: the purchases and events "
    "their public answers are derived from), so the round trip is exact",
}


def _exception(user: str, name: str) -> str | None:
    for (prefix, allowed), reason in _ACCESS_EXCEPTIONS.items():
        if (user == prefix or user.startswith(prefix + ".")) and allowed in (name, "*"):
            return reason
    return None


def private_access_problems(srcs: Sources) -> Found:
    """A module that imports or reaches another module's underscore name.

    Not a finding: ``custops.i18n._`` (the gettext marker every module imports by that
    name); a private *submodule* imported from its package (``from custops.complaints import
    _scan``, ``sla/__init__`` importing ``_clock``: a private module exists to be imported by
    its package); ``self._x``/``cls._x`` (a class's own members, inherited ones included);
    ``_x`` that this module defines too (its own name, whoever else has one)."""
    defined = _definitions(tuple(srcs.values()))
    owners: dict[str, list[str]] = defaultdict(list)
    for module, names in defined.items():
        for name in names:
            if is_private(name):
                owners[name].append(module)
    found: Found = {}
    for src in srcs.values():
        mine = defined[src.name]
        for node in ast.walk(src.tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("custops"):
                for alias in node.names:
                    name = alias.name
                    if (
                        not is_private(name)
                        or f"{node.module}.{name}" in srcs  # a private submodule
                        or _exception(src.name, name) is not None
                    ):
                        continue
                    _add(
                        found,
                        f"{src.name} -> {node.module}.{name}",
                        f"{src.path}:{node.lineno}: imports the private {node.module}.{name}; "
                        "give it a name without an underscore (or move it to its home)",
                    )
            elif isinstance(node, ast.Attribute) and is_private(node.attr):
                base = node.value
                if (isinstance(base, ast.Name) and base.id in ("self", "cls")) or node.attr in mine:
                    continue
                others = [m for m in owners.get(node.attr, ()) if m != src.name]
                if not others or _exception(src.name, node.attr) is not None:
                    continue  # a standard library's private (`_catalog`), not custops'
                _add(
                    found,
                    f"{src.name} -> {node.attr}",
                    f"{src.path}:{node.lineno}: `{ast.unparse(node)[:50]}` reaches the private "
                    f"{node.attr} of {', '.join(sorted(others))}; give it a name without an "
                    "underscore (an internal interface, like calendars.day_fields)",
                )
    return found


# =========================================================================== b. test-only helpers

# Private functions and methods that nothing calls by name, with the reason they exist.
_UNUSED_EXCEPTIONS: dict[str, str] = {
    # argparse's HelpFormatter calls its own methods by these names: the help's layout
    "custops.cli:_Formatter._fill_text": "argparse wraps a description or an epilog with it",
    "custops.cli:_Formatter._split_lines": "argparse wraps an argument's help with it",
}

# A decorator that registers the function (attrs' `@x.validator`/`@x.default`, a property's
# setter, `functools.singledispatch`'s `.register`): the framework calls it, not a name.
_REGISTERING = re.compile(r"\.(validator|default|setter|deleter|register)\b|^property$")


def _used_names(srcs: Sources) -> Counter[str]:
    """Every name read in ``src/custops`` (as a name, an attribute, or a string: ``getattr``
    and ``tools/i18n.py``-style lookups)."""
    used: Counter[str] = Counter()
    for src in srcs.values():
        for node in ast.walk(src.tree):
            if isinstance(node, ast.Name):
                used[node.id] += 1
            elif isinstance(node, ast.Attribute):
                used[node.attr] += 1
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                used.update(re.findall(r"\b_\w+", node.value))
            elif isinstance(node, ast.alias):
                used[node.name] += 1
    return used


def _private_functions(src: Source) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """The private functions, methods and nested functions of ``src``, with their owner."""

    def visit(
        node: ast.AST, scope: str
    ) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = child.name if scope == "" else f"{scope}.{child.name}"
                if isinstance(child, ast.ClassDef):
                    yield from visit(child, inner)
                    continue
                if is_private(child.name) and not any(
                    _REGISTERING.search(ast.unparse(d)) for d in child.decorator_list
                ):
                    yield inner, child
                yield from visit(child, inner)

    return visit(src.tree, "")


@functools.cache
def _test_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(TESTS.glob("test_*.py")))


def kept_for_tests_problems(srcs: Sources, tests: str) -> Found:
    """A private function or method of ``src/custops`` that no module uses (its definition
    aside); found in ``tests`` (the tests' text), it is kept alive for them only."""
    used = _used_names(srcs)
    found: Found = {}
    for src in srcs.values():
        for qualname, fn in _private_functions(src):
            if used[fn.name] or f"{src.name}:{qualname}" in _UNUSED_EXCEPTIONS:
                continue
            where = f"{src.path}:{fn.lineno}"
            if re.search(rf"\b{re.escape(fn.name)}\b", tests):
                what = "used only by the tests; assert on the public API it restates, and delete it"
            else:
                what = "used nowhere; delete it"
            found[f"{src.name}:{qualname}"] = f"{where}: {what}"
    return found


# =========================================================================== the tests


def _assert_none(found: Found, title: str) -> None:
    new = [f"{k}\n    {v}" for k, v in sorted(found.items())]
    assert new == [], f"{title} (CONTRIBUTING items 6-7, issue 12):\n" + "\n".join(new)


@functools.cache
def _found_access() -> Found:
    return private_access_problems(sources())


def test_a_no_module_uses_another_modules_private_name() -> None:
    _assert_none(_found_access(), "another module's private name")


def test_b_no_private_helper_kept_for_the_tests() -> None:
    _assert_none(kept_for_tests_problems(sources(), _test_text()), "a private helper nothing uses")


def test_every_exception_names_something() -> None:
    srcs = sources()
    defined = _definitions(tuple(srcs.values()))
    stale = [
        f"{user} {name}"
        for user, name in _ACCESS_EXCEPTIONS
        if not any(m == user or m.startswith(user + ".") for m in srcs)
        or (name != "*" and not any(name in names for names in defined.values()))
    ]
    stale += [k for k in _UNUSED_EXCEPTIONS if k.split(":")[0] not in srcs]
    assert stale == [], "exceptions for names that no longer exist:\n" + "\n".join(stale)
    # The guard of the sweep: a moved tree would make every check vacuous.
    assert len(srcs) >= 60
    assert "custops.i18n" in srcs
    assert "custops.testing" in srcs
    assert "test_api_private" in _test_text()


def _parse(modules: dict[str, str]) -> Sources:
    return {
        name: Source(name, name.replace(".", "/") + ".py", ast.parse(text))
        for name, text in modules.items()
    }


def test_the_checks_find_the_known_cases() -> None:
    """The shapes at cb0b6d9, and the fixed shapes let through."""
    srcs = _parse(
        {
            "custops.calendars": (
                "_KINDS = ()\n_WORKING_CODE = ()\n"
                "class WorkCalendar:\n"
                "    def _day_fields(self, day):\n        return self._index\n"
                "    def _index(self):\n        return 1\n"
                "def day_fields(calendar, day):\n    return calendar._day_fields(day)\n"
            ),
            "custops.vector": (
                "from custops.calendars import _KINDS, _WORKING_CODE, day_fields\n"
                "from custops.i18n import _\n"
                "def kinds(calendar):\n"
                "    return calendar._index, day_fields(calendar, 1), _('x')\n"
            ),
            "custops.periods": (
                "EN_UNITS = {}\ndef explain(cal, day):\n    return cal._day_fields(day)\n"
            ),
            "custops.sla._clock": "from custops.periods import _without_value\n",
            "custops.sla": "from custops.sla import _clock\n",
            "custops.i18n": (
                "def _(text):\n    return text\n"
                "def load(data):\n    return GNUTranslations(data)._catalog, kind._value_\n"
            ),
            "custops.testing._periods": (
                "from custops import periods as _parser\nWORDS = _parser.EN_UNITS\n"
            ),
            "custops.serial": "def store(ledger):\n    return ledger._state\n",
            "custops.vip.ledger": "class Ledger:\n    _state: int\n",
        }
    )
    found = private_access_problems(srcs)
    assert set(found) == {
        "custops.vector -> custops.calendars._KINDS",
        "custops.vector -> custops.calendars._WORKING_CODE",
        "custops.vector -> _index",
        "custops.periods -> _day_fields",
        "custops.sla._clock -> custops.periods._without_value",
    }
    assert "vector.py:4:" in found["custops.vector -> _index"]
    # A private method only the tests call; one a registering decorator calls, and a
    # private function called by name, are used.
    srcs = _parse(
        {
            "custops.secrecy": (
                "class MatterAccess:\n"
                "    def _designated(self, person_id):\n        return person_id in self.readers\n"
                "    def _kept(self):\n        return 1\n"
                "    @level.validator\n    def _check(self, attribute, value):\n        pass\n"
                "    def can_know(self, p):\n        return self._kept() and _helper(p)\n"
                "def _helper(p):\n    return p\n"
                "def _orphan():\n    return 2\n"
            ),
        }
    )
    found = kept_for_tests_problems(srcs, "assert access._designated('p1')\n")
    assert set(found) == {"custops.secrecy:MatterAccess._designated", "custops.secrecy:_orphan"}
    assert "only by the tests" in found["custops.secrecy:MatterAccess._designated"]
    assert "used nowhere" in found["custops.secrecy:_orphan"]
