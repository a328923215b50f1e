"""One home per helper, beyond function bodies (CONTRIBUTING.md items 3 and 7).

``tests/test_api_conventions.py`` compares module-level function bodies.  A copy of a shared
helper also hides in other shapes, and each check here reads the source (every module of
``src/custops``, ``cli/`` and ``testing/`` included; each file is parsed once) for one of them,
failing with ``file:line`` and the home to use:

a. **copies in another shape**: a method, closure or lambda with the body of a module-level
   function (names normalised: a ``lambda`` equals a ``def``); a statement equal to one inside
   a home helper once every name (but the functions called) and constant is blanked (a copy
   with other messages), or a block or a whole function equal to another module's that way;
   a home one-liner written inline (``_dt.date.today() if x is None else parse_day(...)``
   is ``day_or_today``); a one-statement body equal to another module's once a method's
   ``self.<attribute>`` is a parameter and a time span is written in the home's unit
   (``timedelta(microseconds=us)`` is ``us * US``: ``custops._dates.from_us``), in one
   module too, a method's own class one name (``list(Document).index(self) + 1`` and
   ``list(ChangeKind).index(self) + 1``: ``LabelledEnum.position``); a check (a few
   statements, one raising) equal to another once every name, the functions called too,
   and every message is blanked (``require_number`` then ``< 0`` and ``require_rational``
   then ``< 0``: a bound of the home's check);
b. **inline validators**: "iterable but not a string" then an ``isinstance`` per item
   (``require_items``), ``if not isinstance(x, T): raise InvalidType(...)`` (``require_type``)
   and ``None if x is None else check(...)`` or a bare ``if x is not None: check(x)``
   (``optional_check``); a check called on each of the items ``require_items`` returned
   (``require_items(..., each=check)``); an interval refused by hand (``if not 0 < share <=
   1: raise``, ``if number < 0: raise``, ``if self.refunded > self.paid: raise`` in any
   words, a pair's order refused in a loop: ``within``, the bounds of the checks); "no
   duplicates" by hand (``len(set(x)) != len(x)``, ``x.count(i) > 1``, a ``seen`` set grown
   in a loop: ``require_distinct``); a loop's item tested for a 2-tuple and refused
   (``require_pairs``); ``isinstance(v, bool) or not isinstance(v, …)`` then
   ``InvalidType`` (``require_type``);
c. **constants**: one module-level constant (a value, a regex, a converter, a time unit)
   defined in two or more modules; a home's constant written inline, in an expression or as
   a default argument (``Decimal("0.00")`` is ``custops.money.ZERO``, ``timedelta(days=1)``
   ``custops._dates.ONE_DAY``), and one time unit written inline in two modules; any call
   or attribute whose value is a home constant's, however spelt (``_dt.time()`` is
   ``MIDNIGHT``, ``_dt.timedelta(0)`` ``NO_TIME``; the homes and ``testing/`` included);
d. **arithmetic and formatting**: ``.astimezone(<UTC>)`` outside ``custops._validate``
   (``utc``) and ``= timezone.utc`` outside ``custops._dates`` (``UTC``, with the other time
   constants), month-end arithmetic outside ``custops._dates``
   (``monthrange``, ``relativedelta(day=31)``, ``add_months(...) - one day``, a month index
   ``// 12``), a share times 100 shown with ``%`` or formatted ``{x:.0%}``, and
   ``isoformat(timespec="minutes")`` outside ``custops._text``
   (``percent``, ``moment_text``), ``NAME=VALUE`` split by hand in the command line
   (``cli._common.parse_pair``); text laid out in place outside ``custops._text`` (and
   ``custops.i18n``): ``block``'s separator, ``current_language() == "en_US"``, a separator
   or a word chosen by language (``(", " if en else "、").join``); time arithmetic outside
   ``custops._dates``: a ratio of time units (``86_400``, ``1_000_000``), a clock field
   scaled (``t.hour * 60``), ``relativedelta`` with months or years, a year's first or last
   day as an ordinal (``US``, ``time_us``, ``add_months``, ``year_ordinals``);
f. **zone literals**: an IANA zone appears only in its one home (``WorkCalendar.zone``'s
   default); the zone comes from the calendar (item 3); and a zone a home holds as a
   constant is never written as its name (``tz_localize("UTC")`` is ``custops._dates.UTC``).

Results, resolved field types, table columns and the command line's date options are
checked on the real objects in ``tests/test_api_shapes.py``.

The homes are ``custops._validate``, ``_text``, ``_dates``, ``_enums``, ``money`` and
``cli._common``; for ``custops.testing``'s modules ``custops.testing._checks`` is one more.
What ``--json`` prints is checked in ``tests/test_api_json.py``.

The findings are keyed ``module:qualname`` (line numbers move; the message has them).
What the tree still breaks sits in a commented ``KNOWN_*`` set;
``test_known_copies_are_still_there`` fails once an entry is fixed, so the sets only
shrink.  ``_…_EXCEPTIONS`` tables are decisions
(CONTRIBUTING.md, "Documented exceptions"), each with its reason.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import datetime as _dt
import decimal
import fractions
import functools
import operator
import re
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest
from dateutil import relativedelta as dateutil_relativedelta

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "custops"

Found = dict[str, str]  # "module:qualname" -> "path:line: what; use <home>"


class Source(NamedTuple):
    """A parsed module of ``src/custops``."""

    name: str  # custops.sla._clock
    path: str  # sla/_clock.py
    tree: ast.Module


Sources = dict[str, Source]


@functools.cache
def sources(src: Path = SRC) -> Sources:
    """Every module under ``src`` (parsed once; the checks below only read the trees)."""
    found: Sources = {}
    for path in sorted(src.rglob("*.py")):
        parts = list(path.relative_to(src.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        text = path.read_text(encoding="utf-8")
        found[name] = Source(name, str(path.relative_to(src)), ast.parse(text))
    return found


def _add(found: Found, key: str, detail: str) -> None:
    if key not in found:
        found[key] = detail
    elif detail not in found[key]:  # one line once, however many calls it holds
        found[key] = f"{found[key]}; {detail}"


# The homes (CONTRIBUTING item 7) and what each holds.
VALIDATE, TEXT, DATES, ENUMS = (
    "custops._validate",
    "custops._text",
    "custops._dates",
    "custops._enums",
)
CLI_COMMON = "custops.cli._common"
MONEY = "custops.money"  # ZERO, total (CONTRIBUTING item 7)
HOMES = (VALIDATE, TEXT, DATES, ENUMS, CLI_COMMON, MONEY)
# The home of custops.testing's own helpers and constants (`size`), for its modules only.
TESTING_CHECKS = "custops.testing._checks"


def _homes_for(name: str) -> tuple[str, ...]:
    """The homes a module imports from: a ``custops.testing`` module has one more."""
    testing = name.startswith("custops.testing.") and name != TESTING_CHECKS
    return (*HOMES, TESTING_CHECKS) if testing else HOMES


@functools.cache
def _scoped(tree: ast.AST) -> tuple[tuple[str, ast.AST], ...]:
    """Every node with the qualified name of the function or class around it
    (``<module>`` at the top level): ``Clock.measure``, ``optional_check.check_or_none``
    (once per tree: every check walks it)."""

    def visit(node: ast.AST, scope: str) -> Iterator[tuple[str, ast.AST]]:
        for child in ast.iter_child_nodes(node):
            yield scope, child
            inner = scope
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = child.name if scope == "<module>" else f"{scope}.{child.name}"
            yield from visit(child, inner)

    return tuple(visit(tree, "<module>"))


def _where(src: Source, node: ast.AST) -> str:
    return f"{src.path}:{getattr(node, 'lineno', 0)}"


def _key(src: Source, scope: str, node: ast.AST) -> str:
    """The stable key of a finding: the function (or class) around it, or the function or
    constant itself."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        scope = node.name if scope == "<module>" else f"{scope}.{node.name}"
    return f"{src.name}:{scope}"


def _size(nodes: list[ast.stmt] | ast.AST) -> int:
    """AST nodes, contexts not counted."""
    roots = nodes if isinstance(nodes, list) else [nodes]
    return sum(1 for r in roots for n in ast.walk(r) if not isinstance(n, ast.expr_context))


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


Function = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


def _body(fn: Function) -> list[ast.stmt]:
    if isinstance(fn, ast.Lambda):
        return [ast.Return(fn.body)]
    return [s for s in fn.body if not _is_docstring(s)]


def _params(fn: Function, *, method: bool = True) -> list[str]:
    """The parameters, ``self``/``cls`` left out where ``fn`` may be a method."""
    a = fn.args
    names = [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
    names += [p.arg for p in (a.vararg, a.kwarg) if p is not None]
    return names[1:] if method and names[:1] in (["self"], ["cls"]) else names


# =========================================================================== a. other shapes

# The smallest body compared by name (as tests/test_api_conventions.py: a two-argument call).
_MIN_BODY_NODES = 6
# The smallest statement compared with every name and constant blanked (contexts not
# counted): an `if` with a call in its test and a return of two nested calls
# (`if current_language() == "en_US": return str(getattr(m, "value", m)).replace(...)`),
# never a one-line call.
_MIN_LOOSE_NODES = 16


class _Rename(ast.NodeTransformer):
    """Parameters by position, then every other name stored in the body by first store."""

    def __init__(self, params: list[str]) -> None:
        self.names = {p: f"_p{i}" for i, p in enumerate(params)}

    def visit_Name(self, node: ast.Name) -> ast.Name:
        if node.id not in self.names and isinstance(node.ctx, ast.Store):
            self.names[node.id] = f"_l{len(self.names)}"
        return ast.Name(self.names.get(node.id, node.id), node.ctx)

    def visit_arg(self, node: ast.arg) -> ast.arg:
        return ast.arg(self.names.setdefault(node.arg, f"_l{len(self.names)}"))


def body_key(fn: Function) -> tuple[str, int]:
    """A function's body with its parameters renamed by position and its locals by first
    store, docstring and annotations dropped (``lambda a, v: check(a, v)`` equals
    ``def f(name, value): return check(name, value)``); and its size."""
    body = [_Rename(_params(fn)).visit(copy.deepcopy(s)) for s in _body(fn)]
    return ast.dump(ast.Module(body=body, type_ignores=[]), annotate_fields=False), _size(body)


class _Blank(ast.NodeTransformer):
    """Every name, argument and constant blanked, except the function a call calls: the
    logic, whatever its variables and messages (``require_number`` and ``require_rational``
    stay two different checks)."""

    def visit_Call(self, node: ast.Call) -> ast.Call:
        called = node.func if isinstance(node.func, ast.Name) else self.visit(node.func)
        args = [self.visit(a) for a in node.args]
        return ast.Call(called, args, [self.visit(k) for k in node.keywords])

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name("N", node.ctx)

    def visit_Constant(self, node: ast.Constant) -> ast.Constant:
        return ast.Constant("C")

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.Constant:
        return ast.Constant("C")

    def visit_arg(self, node: ast.arg) -> ast.arg:
        return ast.arg("A")


def loose_key(stmts: list[ast.stmt]) -> tuple[str, int]:
    blank = [_Blank().visit(copy.deepcopy(s)) for s in stmts]
    return ast.dump(ast.Module(body=blank, type_ignores=[]), annotate_fields=False), _size(blank)


# Two modules' blocks (outside the homes) compared the same way: a block of logic, never a
# one-line check such as `if not isinstance(pair, tuple) or len(pair) != 2: raise ...`
# (the `try: Fraction(...) except (ValueError, ArithmeticError)` converter).
_MIN_BLOCK_NODES = 24

_LOOSE_STATEMENTS = (ast.If, ast.For, ast.Try, ast.With, ast.Return, ast.Assign)


def _functions(src: Source) -> Iterator[tuple[str, Function]]:
    for scope, node in _scoped(src.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield scope, node


def other_shape_problems(srcs: Sources) -> Found:
    """A method, closure or lambda whose normalised body is a module-level function's."""
    top: dict[str, list[str]] = defaultdict(list)
    sizes: set[int] = set()
    for src in srcs.values():
        for node in src.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                key, size = body_key(node)
                if size >= _MIN_BODY_NODES:
                    top[key].append(f"{src.name}:{node.name}")
                    sizes.add(size)
    found: Found = {}
    for src in srcs.values():
        for scope, fn in _functions(src):
            if scope == "<module>" and not isinstance(fn, ast.Lambda):
                continue  # module-level pairs: test_api_conventions.test_7_one_home_per_helper
            if _size(_body(fn)) not in sizes:
                continue  # renaming keeps the size: no module-level body of this size
            key, _ = body_key(fn)
            if key not in top:
                continue
            # the function, or the lambdas of a scope together (their lines move)
            here = _key(src, scope, fn) + (".<lambda>" if isinstance(fn, ast.Lambda) else "")
            others = [t for t in top[key] if t != here]
            if others:
                _add(found, here, f"{_where(src, fn)}: the body of {', '.join(others)}; call it")
    return found


@functools.cache
def _statements(src: Source) -> tuple[tuple[str, ast.stmt], ...]:
    """The statements inside functions big enough to compare loosely (blanking only
    shrinks a statement, so the smaller ones are left out before it)."""
    return tuple(
        (scope, node)
        for scope, node in _scoped(src.tree)
        if isinstance(node, _LOOSE_STATEMENTS)
        and scope != "<module>"
        and _size(node) >= _MIN_LOOSE_NODES
    )


def loose_problems(srcs: Sources) -> Found:
    """Logic equal once every name and constant is blanked (so a copy with its own messages
    matches): a statement equal to one inside a home helper, or a whole function body equal
    to another module's function."""
    in_homes: dict[str, str] = {}
    for home in HOMES:
        if home in srcs:
            for scope, stmt in _statements(srcs[home]):
                key, size = loose_key([stmt])
                if size >= _MIN_LOOSE_NODES:
                    in_homes.setdefault(key, f"{home}:{scope}")
    bodies: dict[str, list[tuple[Source, str, Function]]] = defaultdict(list)
    blocks: dict[str, list[tuple[Source, str, ast.stmt]]] = defaultdict(list)
    found: Found = {}
    for src in srcs.values():
        if src.name in HOMES:
            continue
        for scope, stmt in _statements(src):
            key, size = loose_key([stmt])
            if key in in_homes:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, stmt)}: the logic of {in_homes[key]} (names and "
                    "messages aside); use that home's helper",
                )
            elif size >= _MIN_BLOCK_NODES:
                blocks[key].append((src, scope, stmt))
        for scope, fn in _functions(src):
            if isinstance(fn, ast.Lambda):
                continue
            key, size = loose_key(_body(fn))
            if size >= _MIN_LOOSE_NODES:
                bodies[key].append((src, scope, fn))
    for group in blocks.values():
        if len({src.name for src, _, _ in group}) < 2:
            continue
        for src, scope, stmt in group:
            others = [f"{o.name}:{s} line {b.lineno}" for o, s, b in group if o != src]
            _add(
                found,
                f"{src.name}:{scope}",
                f"{_where(src, stmt)}: the block of {', '.join(others)}; one helper in "
                f"{VALIDATE} (or the home of its kind)",
            )
    for places in bodies.values():
        if len({src.name for src, _, _ in places}) < 2:
            continue
        for src, scope, fn in places:
            others = [f"{o.name}:{_key(o, s, f).split(':')[1]}" for o, s, f in places if o != src]
            _add(
                found,
                _key(src, scope, fn),
                f"{_where(src, fn)}: the logic of {', '.join(others)}; one helper in "
                f"{VALIDATE} (or the home of its kind)",
            )
    return found


class _Template(NamedTuple):
    home: str  # module:function
    expr: ast.expr
    holes: frozenset[str]  # the helper's parameters: they match any expression


# A one-liner is worth a finding when it is more than a call: `yuan(value, argument=a)` is a
# use of yuan, `_dt.date.today() if text is None else parse_day(argument, text)` a copy.
_MIN_TEMPLATE_NODES = 8


# custops.testing._checks' helpers are one call with its bounds (`require_int(argument, value,
# low=minimum, high=10_000)`): a smaller template, looked for in custops.testing only.
_MIN_TESTING_TEMPLATE_NODES = 4


def _templates(
    srcs: Sources, homes: tuple[str, ...] = HOMES, minimum: int = _MIN_TEMPLATE_NODES
) -> list[_Template]:
    """The one-expression bodies of the homes' functions and closures (``return <expr>``),
    with the parameters (the enclosing function's too) as holes."""
    found: list[_Template] = []
    for home in homes:
        if home not in srcs:
            continue
        for node in srcs[home].tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for inner in ast.walk(node):
                if not isinstance(inner, ast.FunctionDef):
                    continue
                body = _body(inner)
                if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
                    continue
                holes = frozenset(_params(node, method=False) + _params(inner, method=False))
                expr = body[0].value
                fixed = _size(expr) - sum(
                    1 for n in ast.walk(expr) if isinstance(n, ast.Name) and n.id in holes
                )
                if fixed >= minimum:
                    found.append(_Template(f"{home}:{node.name}", expr, holes))
    return found


def _unify(pattern: ast.AST, node: ast.AST, holes: frozenset[str], bound: dict[str, str]) -> bool:
    """Whether ``node`` is ``pattern`` with each hole (a parameter) bound to one expression."""
    if isinstance(pattern, ast.Name) and pattern.id in holes:
        text = ast.unparse(node)
        return bound.setdefault(pattern.id, text) == text
    if type(pattern) is not type(node):
        return False
    for field, value in ast.iter_fields(pattern):
        if field in ("ctx", "type_comment"):
            continue
        other = getattr(node, field, None)
        if isinstance(value, list):
            if not isinstance(other, list) or len(value) != len(other):
                return False
            if not all(
                _unify(p, n, holes, bound) if isinstance(p, ast.AST) else p == n
                for p, n in zip(value, other, strict=True)
            ):
                return False
        elif isinstance(value, ast.AST):
            if not isinstance(other, ast.AST) or not _unify(value, other, holes, bound):
                return False
        elif value != other:
            return False
    return True


def inline_one_liner_problems(srcs: Sources) -> Found:
    """A home one-liner's expression written out in place: ``None if x is None else
    require_date("x", x)`` (``optional_check``), ``_dt.date.today() if a.on is None else
    parse_day("--on", a.on)`` (``day_or_today``)."""
    templates = _templates(srcs)
    testing = _templates(srcs, (TESTING_CHECKS,), _MIN_TESTING_TEMPLATE_NODES)
    found: Found = {}
    for src in srcs.values():
        if src.name in HOMES or src.name == TESTING_CHECKS:
            continue
        mine = templates + testing if TESTING_CHECKS in _homes_for(src.name) else templates
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.expr):
                continue
            for t in mine:
                if type(node) is type(t.expr) and _unify(t.expr, node, t.holes, {}):
                    text = ast.unparse(node)
                    _add(
                        found,
                        f"{src.name}:{scope}",
                        f"{_where(src, node)}: `{text[:70]}` is the body of {t.home}; call it",
                    )
    return found


# One-statement helpers compared across modules with what makes two copies of one helper
# look different set aside (`WorkCalendar._at` and `vector._from_us`, now
# `custops._dates.from_us`): a method's `self.<attribute>` is a parameter, and a time span
# `timedelta(<unit>=x)` is `x * <the home's unit>` (`timedelta(microseconds=us)` is
# `us * US`), so a copy matches whichever way it writes the unit.  A body smaller than this
# (fixed nodes, the holes not counted) is a call, not a helper: `block(str(self), self.lines)`
# in four `explain()` methods is each result's use of `_text.block`.
_MIN_SAME_BODY_NODES = 8
_SPAN_UNITS = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")


def _unit_names(srcs: Sources) -> dict[str, str]:
    """Each time unit a home names by its value (``microseconds`` -> ``US``, ``days`` ->
    ``ONE_DAY``)."""
    names: dict[str, str] = {}
    for values in home_values(srcs).values():
        for name, value in values.items():
            for unit in _SPAN_UNITS:
                if isinstance(value, _dt.timedelta) and value == _dt.timedelta(**{unit: 1}):
                    names.setdefault(unit, name)
    return names


class _Normal(ast.NodeTransformer):
    """A body with its parameters and ``self.<attribute>`` reads as holes (by first use), its
    locals by first store, and its time spans in the home's units."""

    def __init__(
        self,
        params: list[str],
        owner: str | None,
        units: dict[str, str],
        cls: str | None = None,
    ) -> None:
        self.params = set(params)
        self.owner = owner
        self.cls = cls  # the class a method belongs to: `list(Document)` is `list(<own class>)`
        self.units = units
        self.names: dict[str, str] = {}
        self.holes = 0

    def _hole(self, text: str) -> ast.Name:
        if text not in self.names:
            self.names[text] = f"_h{len(self.names)}"
            self.holes += 1
        return ast.Name(self.names[text], ast.Load())

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.params:
            return self._hole(node.id)
        if node.id == self.cls:
            return ast.Name("<own class>", ast.Load())
        if isinstance(node.ctx, ast.Store) and node.id not in self.names:
            self.names[node.id] = f"_l{len(self.names)}"
        return ast.Name(self.names.get(node.id, node.id), ast.Load())

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if (
            self.owner is not None
            and isinstance(node.value, ast.Name)
            and node.value.id == self.owner
            and isinstance(node.ctx, ast.Load)
        ):
            return self._hole(f"{self.owner}.{node.attr}")
        return self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        unit = self._unit(node)
        if unit is None:
            return self.generic_visit(node)
        amount = node.args[0] if node.args else node.keywords[0].value
        return ast.BinOp(self.visit(amount), ast.Mult(), ast.Name(unit, ast.Load()))

    def _unit(self, node: ast.Call) -> str | None:
        """``timedelta(microseconds=x)`` is ``x * US``, ``timedelta(x)`` ``x * ONE_DAY``."""
        if ast.unparse(node.func).rsplit(".", 1)[-1] != "timedelta":
            return None
        if len(node.args) == 1 and not node.keywords:
            return self.units.get("days", "<days>")
        if not node.args and len(node.keywords) == 1 and node.keywords[0].arg in _SPAN_UNITS:
            unit = str(node.keywords[0].arg)
            return self.units.get(unit, f"<{unit}>")
        return None

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        units = set(self.units.values())
        if (  # `US * x` is `x * US`
            isinstance(node.op, ast.Mult)
            and isinstance(node.left, ast.Name)
            and node.left.id in units
            and not (isinstance(node.right, ast.Name) and node.right.id in units)
        ):
            node.left, node.right = node.right, node.left
        return node


def normal_body(fn: Function, units: dict[str, str], cls: str | None = None) -> tuple[str, int]:
    """The body of ``fn`` (a method of the class ``cls``) as :class:`_Normal` writes it, and
    its size without the holes."""
    params = _params(fn, method=False)
    owner = params[0] if params[:1] in (["self"], ["cls"]) else None
    normal = _Normal([p for p in params if p != owner], owner, units, cls)
    body = [normal.visit(copy.deepcopy(s)) for s in _body(fn)]
    dump = ast.dump(ast.Module(body=body, type_ignores=[]), annotate_fields=False)
    return dump, _size(body) - normal.holes


def _classes(src: Source) -> frozenset[str]:
    return frozenset(n.name for _, n in _scoped(src.tree) if isinstance(n, ast.ClassDef))


def same_body_problems(srcs: Sources) -> Found:
    """A one-statement function, method, closure or lambda whose body is another one's, in
    another module or in the same (two properties of exchange, each
    ``list(<its class>).index(self) + 1``), once ``self.<attribute>`` is a parameter, the
    method's own class is one name and a time span is written in the home's unit: a home's
    helper (``custops._dates.from_us``, ``LabelledEnum.position``) to call, or one helper
    written twice."""
    units = _unit_names(srcs)
    groups: dict[str, list[tuple[Source, str, Function]]] = defaultdict(list)
    for src in srcs.values():
        classes = _classes(src)
        for scope, fn in _functions(src):
            body = _body(fn)
            if len(body) != 1 or _size(body) < _MIN_SAME_BODY_NODES:
                continue
            owner = scope.rsplit(".", 1)[-1]
            key, fixed = normal_body(fn, units, owner if owner in classes else None)
            if fixed >= _MIN_SAME_BODY_NODES:
                groups[key].append((src, scope, fn))
    found: Found = {}
    for places in groups.values():
        named = [
            (src, fn, _key(src, scope, fn) + (".<lambda>" if isinstance(fn, ast.Lambda) else ""))
            for src, scope, fn in places
        ]
        if len({name for _, _, name in named}) < 2:
            continue  # one function (a lambda's scope twice)
        homes = [name for src, _, name in named if src.name in HOMES]
        for src, fn, name in named:
            if src.name in HOMES:
                continue
            if homes:
                use = f"the body of {', '.join(homes)}; call it"
            else:
                others = ", ".join(n for _, _, n in named if n != name)
                use = f"the body of {others}; one helper, in the home of its kind"
            _add(found, name, f"{_where(src, fn)}: {use}")
    return found


class _BlankAll(_Blank):
    """:class:`_Blank` with the function a call calls blanked too, and numbers kept: a check
    around another base check (``require_number`` or ``require_rational``, then ``< 0``)."""

    def visit_Call(self, node: ast.Call) -> ast.Call:
        return ast.Call(
            self.visit(node.func),
            [self.visit(a) for a in node.args],
            [self.visit(k) for k in node.keywords],
        )

    def visit_Constant(self, node: ast.Constant) -> ast.Constant:
        return node if isinstance(node.value, (int, float)) else ast.Constant("C")


# The smallest check compared with every name blanked: a conversion, a bound refused and the
# value returned (`exchange._years` and `money._weight`: 25 nodes).
_MIN_CHECK_NODES = 20
# A check is a few statements (convert, refuse, return); a longer body is logic of its own,
# which the loose comparison of whole bodies (names kept) looks at.
_MAX_CHECK_STATEMENTS = 5
_MAX_CHECK_NODES = 80


def check_copy_problems(srcs: Sources) -> Found:
    """A check (a body of two statements or more, one raising) equal to another function's
    or method's once every name (the functions called too) and message is blanked, the
    numbers kept, in one module or in two (`exchange._years` and
    `money._weight`, a number then ``< 0`` refused): one helper, or a bound of the
    ``custops._validate`` check (``require_number(..., low=0)``).  ``custops._validate``'s
    own checks are each the one home of its kind."""
    groups: dict[str, list[tuple[Source, str, Function]]] = defaultdict(list)
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, fn in _functions(src):
            body = _body(fn)
            if not 2 <= len(body) <= _MAX_CHECK_STATEMENTS or not (
                _MIN_CHECK_NODES <= _size(body) <= _MAX_CHECK_NODES
            ):
                continue
            if not any(isinstance(n, ast.Raise) for s in body for n in ast.walk(s)):
                continue
            blank = [_BlankAll().visit(copy.deepcopy(s)) for s in body]
            if _size(blank) >= _MIN_CHECK_NODES:
                dump = ast.dump(ast.Module(body=blank, type_ignores=[]), annotate_fields=False)
                groups[dump].append((src, scope, fn))
    found: Found = {}
    for places in groups.values():
        names = [_key(src, scope, fn) for src, scope, fn in places]
        if len(set(names)) < 2:
            continue
        for (src, _, fn), name in zip(places, names, strict=True):
            others = ", ".join(n for n in names if n != name)
            _add(
                found,
                name,
                f"{_where(src, fn)}: the check of {others} (names, calls and messages aside); "
                f"one helper, or the bounds of a {VALIDATE} check (low=, high=)",
            )
    return found


# =========================================================================== b. inline checks

_STRINGS = {"str", "bytes"}
_COLLECTIONS = {"Iterable", "Sequence", "Collection", "Mapping", "list", "tuple"}
# `if not isinstance(value, Iterable): raise` alone is require_items' first branch too.
_ITERABLES = {"Iterable", "Collection"}


def _isinstance_of(test: ast.AST) -> Iterator[tuple[str, set[str], bool]]:
    """The ``isinstance(x, T)`` calls in a test: (x, the type names, negated)."""

    def names(node: ast.AST) -> set[str]:
        return {
            ast.unparse(n).rsplit(".", 1)[-1]
            for n in ast.walk(node)
            if isinstance(n, (ast.Name, ast.Attribute))
        }

    under_not = {
        id(n.operand)
        for n in ast.walk(test)
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not)
    }
    for node in ast.walk(test):
        if id(node) in under_not:
            continue  # seen as the operand of its `not`
        negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
        call = node.operand if isinstance(node, ast.UnaryOp) else node
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "isinstance"
            and len(call.args) == 2
        ):
            yield ast.unparse(call.args[0]), names(call.args[1]), negated


def _sized(test: ast.expr) -> bool:
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "len"
        for n in ast.walk(test)
    )


def _raises(body: list[ast.stmt]) -> bool:
    return any(isinstance(s, ast.Raise) for s in body)


def inline_check_problems(srcs: Sources) -> Found:
    """``require_items`` written out: a value refused when a ``str`` or not iterable, then
    an ``isinstance`` per item in a loop."""
    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.If) or not _raises(node.body):
                continue
            checks = list(_isinstance_of(node.test))
            refused = {x for x, kinds, neg in checks if not neg and kinds & _STRINGS}
            needed = {x for x, kinds, neg in checks if neg and kinds & _COLLECTIONS}
            iterable = {x for x, kinds, neg in checks if neg and kinds & _ITERABLES}
            if _sized(node.test):
                continue  # `... or len(item) != 2`: the shape of a pair, not a collection
            if refused & needed or iterable:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: 'iterable but not a string' checked inline; "
                    f"use {VALIDATE}.require_items(argument, value, what, holding=/each=)",
                )
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.For) or f"{src.name}:{scope}" not in found:
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.If)
                    and _raises(inner.body)
                    and any(neg for _, _, neg in _isinstance_of(inner.test))
                ):
                    _add(
                        found,
                        f"{src.name}:{scope}",
                        f"{_where(src, inner)}: a type check per item; "
                        f"require_items(holding=/each=) does it",
                    )
    return found


def _calls(node: ast.AST | None, name: str) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func).rsplit(".", 1)[-1] == name


def _per_item(node: ast.AST) -> tuple[ast.expr, ast.expr, ast.AST | None] | None:
    """A loop over one iterable: its target, the iterable, and what it does to each item (a
    comprehension's element; the call of a one-statement body, ``out.append(...)`` read
    as its argument)."""
    if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
        if len(node.generators) == 1 and not node.generators[0].ifs:
            loop = node.generators[0]
            return loop.target, loop.iter, node.elt
    elif isinstance(node, ast.For) and len(node.body) == 1 and not node.orelse:
        stmt = node.body[0]
        done = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
        if (
            isinstance(done, ast.Call)
            and isinstance(done.func, ast.Attribute)
            and done.func.attr in ("append", "add")
            and len(done.args) == 1
        ):
            done = done.args[0]
        return node.target, node.iter, done
    return None


def _each_call(node: ast.AST | None, item: str) -> ast.Call | None:
    """``check(argument, item, ...)``, ``each``'s call in ``require_items``: the item the
    second positional argument, the first (the argument's name) not made from it."""
    if (
        isinstance(node, ast.Call)
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Name)
        and node.args[1].id == item
        and not any(isinstance(n, ast.Name) and n.id == item for n in ast.walk(node.args[0]))
    ):
        return node
    return None


def each_loop_problems(srcs: Sources) -> Found:
    """``require_items(..., each=check)`` written out: a loop, comprehension or
    ``enumerate`` over the items ``require_items`` returned (the call itself, or a name bound
    to it in the same function) that passes each item to a check as ``check(argument, item,
    ...)``; ``each=`` does it, naming ``argument[i]`` (with ``instance_check(cls)`` for
    ``require_type``, ``functools.partial`` for a check's options)."""
    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        items: dict[str, set[str]] = defaultdict(set)  # scope -> names of require_items' items
        for scope, node in _scoped(src.tree):
            if isinstance(node, ast.Assign) and _calls(node.value, "require_items"):
                items[scope].update(t.id for t in node.targets if isinstance(t, ast.Name))
        for scope, node in _scoped(src.tree):
            loop = _per_item(node)
            if loop is None:
                continue
            target, iterable, done = loop
            if (  # for i, item in enumerate(items)
                isinstance(target, ast.Tuple)
                and len(target.elts) == 2
                and isinstance(iterable, ast.Call)
                and _calls(iterable, "enumerate")
                and len(iterable.args) == 1
            ):
                target, iterable = target.elts[1], iterable.args[0]
            checked = _calls(iterable, "require_items") or (
                isinstance(iterable, ast.Name) and iterable.id in items[scope]
            )
            call = _each_call(done, target.id) if isinstance(target, ast.Name) else None
            if checked and call is not None:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: `{ast.unparse(call)[:50]}` on each of require_items' "
                    f"items; use {VALIDATE}.require_items(..., each=check)",
                )
    return found


def _raises_invalid_type(body: list[ast.stmt]) -> bool:
    return (
        len(body) == 1
        and isinstance(body[0], ast.Raise)
        and "InvalidType" in ast.unparse(body[0].exc or ast.Constant(None))
    )


# Decisions, not debt: a type check that is not require_type's, with the reason.
_INLINE_TYPE_EXCEPTIONS = {
    "custops.serial:_load": "names the JSON type of a document (an object, an array), not the "
    "Python type require_type shows",
}


def inline_type_check_problems(srcs: Sources) -> Found:
    """``require_type`` written out: ``if not isinstance(value, T): raise InvalidType(...)``
    alone (``require_type(argument, value, T, what)`` says "must be {what}, not a <type>")."""
    found: Found = {}
    for src in srcs.values():
        if src.name in (VALIDATE, ENUMS):
            continue
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.If) or not _raises_invalid_type(node.body):
                continue
            test = node.test
            if (
                isinstance(test, ast.UnaryOp)
                and isinstance(test.op, ast.Not)
                and [neg for _, _, neg in _isinstance_of(test)] == [True]
                and not any(kinds & _ITERABLES for _, kinds, _ in _isinstance_of(test))
            ) and f"{src.name}:{scope}" not in _INLINE_TYPE_EXCEPTIONS:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: `{ast.unparse(test)}` then InvalidType; use "
                    f"{VALIDATE}.require_type(argument, value, types, what)",
                )
    return found


def _is_none_test(test: ast.expr) -> str | None:
    """``x is None`` → ``x``."""
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return ast.unparse(test.left)
    return None


def _is_not_none_test(test: ast.expr) -> str | None:
    """``x is not None`` → ``x``."""
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return ast.unparse(test.left)
    return None


def _validate_checks(srcs: Sources) -> set[str]:
    """The argument checks of custops._validate and custops._enums: ``(argument, value)``,
    and custops.money's ``(value, *, argument=...)`` (``yuan``)."""
    names: set[str] = set()
    for home in (VALIDATE, ENUMS, MONEY):
        if home in srcs:
            for node in srcs[home].tree.body:
                if not isinstance(node, ast.FunctionDef):
                    continue
                keywords = [a.arg for a in node.args.kwonlyargs]
                if _params(node)[:2] == ["argument", "value"] or (
                    home == MONEY and _params(node)[:1] == ["value"] and "argument" in keywords
                ):
                    names.add(node.name)
    return names


def none_or_check_problems(srcs: Sources) -> Found:
    """'None or the check' written out, as a conditional expression, an ``if``/``else``
    assigning one name, or a bare ``if x is not None: check(x)``:
    ``custops._validate.optional_check(check)(argument, value)``."""
    checks = _validate_checks(srcs)

    def a_check(node: ast.AST | None, value: str) -> bool:
        return (
            isinstance(node, ast.Call)
            and ast.unparse(node.func).rsplit(".", 1)[-1] in checks
            and any(ast.unparse(a) == value for a in node.args)
        )

    def none(node: ast.AST | None) -> bool:
        return isinstance(node, ast.Constant) and node.value is None

    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, node in _scoped(src.tree):
            value: str | None = None
            if isinstance(node, ast.IfExp):
                value = _is_none_test(node.test)
                hit = value is not None and none(node.body) and a_check(node.orelse, value)
            elif isinstance(node, ast.If) and len(node.body) == 1 and not node.orelse:
                value = _is_not_none_test(node.test)
                only = node.body[0]
                call = only.value if isinstance(only, (ast.Expr, ast.Assign)) else None
                hit = value is not None and a_check(call, value)
            elif isinstance(node, ast.If) and len(node.body) == len(node.orelse) == 1:
                value = _is_none_test(node.test)
                yes, no = node.body[0], node.orelse[0]
                hit = (
                    value is not None
                    and isinstance(yes, ast.Assign)
                    and isinstance(no, ast.Assign)
                    and none(yes.value)
                    and a_check(no.value, value)
                )
            else:
                continue
            if hit:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: 'None or the check' on {value}; "
                    f"use {VALIDATE}.optional_check(check)(argument, {value})",
                )
    return found


_ORDERS = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)


def _number(node: ast.AST) -> bool:
    """A number written in place: ``0``, ``-1``, ``Decimal(1)``, ``Fraction(1, 2)``."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    return (
        isinstance(node, ast.Call)
        and ast.unparse(node.func).rsplit(".", 1)[-1] in ("Decimal", "Fraction")
        and all(isinstance(a, ast.Constant) for a in node.args)
    )


def _refuses(body: list[ast.stmt]) -> bool:
    """A refusal, whatever its wording: a ``raise`` of a call (``InvalidInput.for_argument(…)``,
    ``PolicyError(f"…")``, a local ``refuse(…)``), after nothing but the message's
    assignments (``problem = f"must …"``) (``if self.refunded > self.paid: problem
    = …; raise``)."""
    if not body:
        return False
    *before, last = body
    return (
        isinstance(last, ast.Raise)
        and isinstance(last.exc, ast.Call)
        and all(isinstance(s, (ast.Assign, ast.AnnAssign)) for s in before)
    )


_NUMBER_TYPES = frozenset({"int", "Decimal", "Fraction", "int | None", "Decimal | None"})


def _numeric_fields(src: Source) -> dict[str, frozenset[str]]:
    """Each class's fields declared a number (``paid: Decimal``, ``report_day: int``)."""
    return {
        cls.name: frozenset(
            st.target.id
            for st in cls.body
            if isinstance(st, ast.AnnAssign)
            and isinstance(st.target, ast.Name)
            and ast.unparse(st.annotation) in _NUMBER_TYPES
        )
        for cls in ast.walk(src.tree)
        if isinstance(cls, ast.ClassDef)
    }


# Decisions, not debt: an interval refused by hand, with the reason.
_INTERVAL_EXCEPTIONS = {
    "custops._dates:add_months": "custops._validate imports custops._dates (its UTC): the home "
    "of the dates cannot import within back (no import cycle)",
    "custops._dates:DayRange.__attrs_post_init__": "the range of days itself, in the home of "
    "the dates (no import cycle)",
}
#: The names of moments and their bounds: an order of two of them refused by hand is an
#: interval check of dates or instants (``if found_on < outbound_on: raise``)
_MOMENTS = frozenset({"start", "end", "first", "last", "day", "lo", "hi", "on", "at", "born"})


def _moment(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    return isinstance(name, str) and (name in _MOMENTS or name.endswith(("_on", "_at")))


def interval_problems(srcs: Sources) -> Found:
    """An interval check written by hand (``if not Decimal(0) < rate <=
    Decimal(1): raise PolicyError.for_argument(...)``, ``if not 0 < share <= 1``, ``if
    number < 0``): an ``if`` that orders a value against a number written in place, or
    between two bounds, or a class's number field (``self.refunded > self.paid``) against
    a bound, or two moments (``found_on < outbound_on``, ``end < start``, ``day <
    self.created_on``), and refuses the argument in any words; and a pair's order refused in
    a loop (``for before, after in pairwise(items): if after.start < before.end: raise``);
    ``custops._validate.within`` is the one interval check (the bounds of ``require_int``,
    ``require_number``, ``require_rational`` and ``require_fraction``)."""
    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        numeric = _numeric_fields(src)
        loops: dict[int, frozenset[str]] = {}  # an if's id -> the pair its loop unpacks
        bounds: dict[int, frozenset[str]] = {}  # an if's id -> names its loop binds to numbers
        for node in ast.walk(src.tree):
            if isinstance(node, ast.For) and isinstance(node.target, ast.Tuple):
                pair = [e.id for e in node.target.elts if isinstance(e, ast.Name)]
                if len(pair) == len(node.target.elts) == 2:
                    for inner in ast.walk(node):
                        loops.setdefault(id(inner), frozenset(pair))
                numbers = _loop_numbers(node)
                if numbers:
                    for inner in ast.walk(node):
                        bounds[id(inner)] = bounds.get(id(inner), frozenset()) | numbers
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.If) or not _refuses(node.body):
                continue
            if f"{src.name}:{scope}" in _INTERVAL_EXCEPTIONS:
                continue
            test = node.test
            if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
                test = test.operand
            tests = test.values if isinstance(test, ast.BoolOp) else [test]
            fields = numeric.get(scope.split(".")[0], frozenset())
            for part in tests:
                if not (
                    isinstance(part, ast.Compare) and all(isinstance(o, _ORDERS) for o in part.ops)
                ):
                    continue
                sides = [part.left, *part.comparators]
                if any(_calls(side, "len") for side in sides):
                    continue  # a text's or a list's size, a shape rather than a number's bounds
                named = {n.id for side in sides for n in ast.walk(side) if isinstance(n, ast.Name)}
                if (
                    len(part.ops) == 2
                    or all(_moment(side) for side in sides)
                    or any(_number(side) for side in sides)
                    or any(
                        isinstance(side, ast.Attribute)
                        and ast.unparse(side.value) == "self"
                        and side.attr in fields
                        for side in sides
                    )
                    or loops.get(id(node), frozenset({""})) <= named
                    or bool(bounds.get(id(node), frozenset()) & named)
                    or any(_own_field(side) for side in sides)
                ):
                    _add(
                        found,
                        f"{src.name}:{scope}",
                        f"{_where(src, node)}: `{ast.unparse(node.test)[:50]}` refused by hand; "
                        f"use {VALIDATE}.within (or a check's low=/high=)",
                    )
    return found


def _loop_numbers(loop: ast.For) -> frozenset[str]:
    """The names a loop over rows written in place binds to numbers only (``for name,
    least, problem in (("a", 1, "…"), ("b", 2, "…"))``: ``least``), a bound written by
    hand one row at a time."""
    if not isinstance(loop.target, ast.Tuple) or not isinstance(loop.iter, (ast.Tuple, ast.List)):
        return frozenset()
    rows = loop.iter.elts
    width = len(loop.target.elts)
    if not rows or not all(isinstance(row, ast.Tuple) and len(row.elts) == width for row in rows):
        return frozenset()
    names = set()
    for place, target in enumerate(loop.target.elts):
        if isinstance(target, ast.Name) and all(
            _number(row.elts[place])  # type: ignore[attr-defined]
            for row in rows
        ):
            names.add(target.id)
    return frozenset(names)


def _own_field(node: ast.AST) -> bool:
    """``getattr(self, name)``: a field of the class read by its name."""
    return (
        _calls(node, "getattr")
        and isinstance(node, ast.Call)
        and bool(node.args)
        and ast.unparse(node.args[0]) == "self"
    )


def _len_of_set(node: ast.AST) -> bool:
    """``len(set(x))``, ``len(frozenset(x))``, ``len({…})``."""
    if not (_calls(node, "len") and isinstance(node, ast.Call) and node.args):
        return False
    inner = node.args[0]
    return isinstance(inner, (ast.Set, ast.SetComp)) or any(
        _calls(inner, name) for name in ("set", "frozenset")
    )


def _grown(loop: ast.For, name: str) -> bool:
    """``name`` grows in ``loop``: ``name.add(…)``, ``name.append(…)``, ``name[…] = …``;
    and is not built anew in it (a set per item, such as a chain's links walked for a
    cycle, holds no earlier items)."""
    if any(
        isinstance(node, ast.Assign) and any(ast.unparse(t) == name for t in node.targets)
        for node in ast.walk(loop)
    ):
        return False
    for node in ast.walk(loop):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and ast.unparse(node.func.value) == name
            and node.func.attr in ("add", "append")
        ):
            return True
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript) and ast.unparse(t.value) == name for t in node.targets
        ):
            return True
    return False


# Decisions, not debt: a "no duplicates" check of another shape, with the reason.
_DISTINCT_EXCEPTIONS = {
    "custops.purchasing:_parties": "reads the parties in order and refuses a name seen before "
    "at once, before its weight and any later item is read (R-PUR-02); require_distinct "
    "checks a whole sequence",
}


def distinct_problems(srcs: Sources) -> Found:
    """ "No duplicates" written by hand: ``len(set(x)) != len(x)`` (or ``<``) then
    a raise, the first duplicate found by ``x.count(i) > 1``, and a set or dict grown in a
    ``for`` loop with ``if v in seen: raise`` (or ``if v in items[:i]``);
    ``custops._validate.require_distinct`` is the home (``twice=True`` shows the item that
    comes again, ``keys=`` compares folded forms).  A diagnostic that only builds a message
    (``problems.append``) is no check and is let through."""
    found: Found = {}

    def hit(src: Source, scope: str, node: ast.AST, what: str) -> None:
        key = f"{src.name}:{scope}"
        if key not in _DISTINCT_EXCEPTIONS:
            _add(found, key, f"{_where(src, node)}: {what}; use {VALIDATE}.require_distinct")

    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, node in _scoped(src.tree):
            if isinstance(node, ast.If) and _raises(node.body):
                for part in ast.walk(node.test):
                    if isinstance(part, ast.Compare) and any(
                        _len_of_set(side) for side in (part.left, *part.comparators)
                    ):
                        hit(src, scope, node, f"`{ast.unparse(part)[:50]}` then a raise")
            elif (
                isinstance(node, ast.Compare)
                and isinstance(node.left, ast.Call)
                and isinstance(node.left.func, ast.Attribute)
                and node.left.func.attr == "count"
                and isinstance(node.ops[0], (ast.Gt, ast.GtE))
            ):
                hit(src, scope, node, f"the duplicate found by hand, `{ast.unparse(node)}`")
            elif isinstance(node, ast.For):
                index = None  # for i, item in enumerate(...): items[:i] is "seen"
                if (
                    _calls(node.iter, "enumerate")
                    and isinstance(node.target, ast.Tuple)
                    and isinstance(node.target.elts[0], ast.Name)
                ):
                    index = node.target.elts[0].id
                for inner in ast.walk(node):
                    if not (
                        isinstance(inner, ast.If)
                        and _raises(inner.body)
                        and isinstance(inner.test, ast.Compare)
                        and isinstance(inner.test.ops[0], ast.In)
                    ):
                        continue
                    seen = inner.test.comparators[0]
                    sliced = (
                        isinstance(seen, ast.Subscript)
                        and isinstance(seen.slice, ast.Slice)
                        and seen.slice.lower is None
                        and index is not None
                        and ast.unparse(seen.slice.upper or ast.Constant(None)) == index
                    )
                    if sliced or (isinstance(seen, ast.Name) and _grown(node, seen.id)):
                        hit(src, scope, inner, f"`{ast.unparse(inner.test)}` in a loop")
    return found


def _pair_test(node: ast.AST) -> str | None:
    """``isinstance(x, tuple) and len(x) == 2`` (or its negation, ``!= 2``) → ``x``."""
    if not (isinstance(node, ast.BoolOp) and len(node.values) == 2):
        return None
    first, second = node.values
    if isinstance(first, ast.UnaryOp):
        first = first.operand
    if isinstance(second, ast.UnaryOp):
        second = second.operand
    if not (
        _calls(first, "isinstance")
        and isinstance(first, ast.Call)
        and len(first.args) == 2
        and ast.unparse(first.args[1]) == "tuple"
        and isinstance(second, ast.Compare)
        and _calls(second.left, "len")
        and isinstance(second.comparators[0], ast.Constant)
        and second.comparators[0].value == 2
    ):
        return None
    item = ast.unparse(first.args[0])
    return item if ast.unparse(second.left) == f"len({item})" else None


def pair_problems(srcs: Sources) -> Found:
    """Pairs checked by hand in a loop: an item of a loop tested for a 2-tuple
    (``isinstance(item, tuple) and len(item) == 2``) and refused;
    ``custops._validate.require_pairs`` reads pairs (``also=`` lets a value of a type
    through: ``a Tranche or a (months, share) pair``).  A pair's order refused in a loop is
    an interval check (``intervals``)."""
    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.For):
                continue
            item = ast.unparse(node.target)
            for inner in ast.walk(node):
                # a refusal of the loop's item (a bare `raise` passes another's on)
                if (
                    isinstance(inner, ast.If)
                    and any(isinstance(r, ast.Raise) and r.exc is not None for r in inner.body)
                    and item in [_pair_test(n) for n in ast.walk(inner.test)]
                ):
                    _add(
                        found,
                        f"{src.name}:{scope}",
                        f"{_where(src, inner)}: a pair checked by hand; use "
                        f"{VALIDATE}.require_pairs",
                    )
    return found


def _bool_test(test: ast.expr) -> bool:
    """``isinstance(x, bool) or not isinstance(x, …)``, in any order or nesting."""
    found = list(_isinstance_of(test))
    return any("bool" in kinds and not neg for _, kinds, neg in found) and any(
        neg for _, _, neg in found
    )


def bool_type_problems(srcs: Sources) -> Found:
    """The type check of a number written out (``money.yuan``): ``isinstance(v,
    bool) or not isinstance(v, …)`` then ``raise InvalidType``;
    ``custops._validate.require_type`` is the one type check (a ``bool`` refused unless
    asked for, ``inexact=`` a float's hint, ``noun=`` the word before "must be")."""
    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, node in _scoped(src.tree):
            if (
                isinstance(node, ast.If)
                and _bool_test(node.test)
                and any(
                    isinstance(s, ast.Raise) and "InvalidType" in ast.unparse(s) for s in node.body
                )
            ):
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: `{ast.unparse(node.test)[:50]}` then InvalidType; "
                    f"use {VALIDATE}.require_type",
                )
    return found


# =========================================================================== c. constants


def _run_time_body(tree: ast.Module) -> Iterator[ast.stmt]:
    """The module's statements as run: an ``if TYPE_CHECKING:`` block's ``else`` too (a
    converter declared for a type checker is built there)."""
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            yield from node.orelse
        else:
            yield node


def _constants(src: Source) -> Iterator[tuple[str, ast.stmt, ast.expr]]:
    for node in _run_time_body(src.tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        # ``A, B = x, y`` declares two constants, each read as if written alone
        pairs = (
            list(zip(target.elts, value.elts, strict=True))
            if isinstance(target, ast.Tuple)
            and isinstance(value, ast.Tuple)
            and len(target.elts) == len(value.elts)
            else [(target, value)]
        )
        for name, one in pairs:
            if isinstance(name, ast.Name) and name.id.lstrip("_").isupper():
                yield name.id, node, one


_MODULE_ALIASES = re.compile(r"\b(?:_dt|dt|datetime|_re)\.")
# Not a shared value: type variables, translation markers, `__all__`, and trivial values
# (one short literal: `LONG = 1024` in two modules mean two things).
_NOT_SHARED = re.compile(r"^(?:TypeVar\(|N_\(|_\(|\[|\(\)$|frozenset\(\)$)")
_MIN_CONSTANT_NODES = 3
# A name for another module's object read by introspection, not a value written twice:
# `_FIELDS = attrs.fields(Line)` (the fields of custops.vip.Line, which stay its home).
_INTROSPECTION = re.compile(r"^(?:attrs\.)?fields\(\w+\)$")


def _constant_key(value: ast.expr) -> str | None:
    text = _MODULE_ALIASES.sub("", ast.unparse(value))
    if isinstance(value, ast.Constant) and _distinctive(value.value):
        return text
    if _NOT_SHARED.match(text) or _size(value) < _MIN_CONSTANT_NODES or _INTROSPECTION.match(text):
        return None
    return text


def _distinctive(literal: object) -> bool:
    """A lone literal two modules would not write by chance: a number of six digits or
    more (``86_400_000_000`` microseconds a day), not ``LONG = 1024``."""
    return isinstance(literal, int) and not isinstance(literal, bool) and abs(literal) >= 10**5


# A character class of a regex (eight characters or more) in two modules' constants is one
# vocabulary written twice (the CJK class of i18n and sla._targets).
_CHAR_CLASS = re.compile(r"\[[^\]]{8,}\]")


def _char_classes(value: ast.expr) -> set[str]:
    return {
        match
        for node in ast.walk(value)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        for match in _CHAR_CLASS.findall(node.value)
    }


def constant_problems(srcs: Sources) -> Found:
    """One value defined as a module-level constant in two or more modules: a regex, a time
    unit, a converter, a bound.  Where one of them is a home's, the others import it."""
    by_value: dict[str, list[tuple[Source, str, ast.stmt]]] = defaultdict(list)
    classes: dict[str, list[tuple[Source, str, ast.stmt, str | None]]] = defaultdict(list)
    for src in srcs.values():
        for name, node, value in _constants(src):
            key = _constant_key(value)
            if key is not None:
                by_value[key].append((src, name, node))
            for part in _char_classes(value):
                classes[part].append((src, name, node, key))
    for part, users in classes.items():  # a class whose whole regex is not found already
        if not any(key is not None and len(by_value[key]) > 1 for _, _, _, key in users):
            by_value[f"the regex class {part}"] += [(src, n, node) for src, n, node, _ in users]
    found: Found = {}
    for text, places in by_value.items():
        if len({src.name for src, _, _ in places}) < 2:
            continue
        homes = [f"{src.name}.{name}" for src, name, _ in places if src.name in HOMES]
        for src, name, node in places:
            if src.name in HOMES:
                continue
            if homes:
                use = f"import {homes[0]}"
            else:
                others = [f"{o.name}.{n}" for o, n, _ in places if o is not src]
                use = f"also {', '.join(others)}: one constant, in the home of its kind"
            _add(found, f"{src.name}:{name}", f"{_where(src, node)}: `{text[:50]}`; {use}")
    return found


# A value written as a call of literals: `Decimal("0.00")`, `_dt.timedelta(days=1)`, `time(0)`.
_LITERAL_CALLS = {"Decimal", "timedelta", "time", "date", "datetime", "Fraction", "relativedelta"}
_VALUE_MODULES = {"_dt", "dt", "datetime", "decimal", "fractions", "dateutil", "relativedelta"}
# Written in two modules, a time unit is one constant; two policies' equal numbers
# (`Decimal("0.60")`) are a coincidence, each the seed's value in its own policy.
_TIME_UNITS = ("timedelta(", "time(", "relativedelta(")


def _literal_call(node: ast.AST) -> str | None:
    """The normalised text of a call of literals (``timedelta(1)`` is ``timedelta(days=1)``),
    or ``None``."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func  # `timedelta(...)`, `_dt.timedelta(...)`, not a method (`local.date()`)
    if isinstance(func, ast.Attribute) and not (
        isinstance(func.value, ast.Name) and func.value.id in _VALUE_MODULES
    ):
        return None
    name = ast.unparse(func).rsplit(".", 1)[-1]
    args = [*node.args, *(k.value for k in node.keywords)]
    if name not in _LITERAL_CALLS or any(k.arg is None for k in node.keywords):
        return None
    if not all(isinstance(a, ast.Constant) for a in args):
        return None
    text = _MODULE_ALIASES.sub("", ast.unparse(node))
    if name == "timedelta" and len(node.args) == 1 and not node.keywords:
        text = f"timedelta(days={ast.unparse(node.args[0])})"
    return text


def inline_constant_problems(srcs: Sources) -> Found:
    """A home's constant written inline (``Decimal("0.00")`` for ``custops.money.ZERO``,
    ``timedelta(days=1)`` for ``custops._dates.ONE_DAY``, in an expression or as a default
    argument), and one literal value written inline in two or more modules:
    one constant, in the home of its kind."""
    home_values: dict[str, dict[str, str]] = defaultdict(dict)  # home -> text -> HOME.NAME
    for home in (*HOMES, TESTING_CHECKS):
        if home in srcs:
            for name, _, value in _constants(srcs[home]):
                text = _literal_call(value)
                if text is not None:
                    home_values[home].setdefault(text, f"{home}.{name}")
    inline: dict[str, list[tuple[Source, str, ast.AST]]] = defaultdict(list)
    found: Found = {}
    for src in srcs.values():
        if src.name in HOMES or src.name == TESTING_CHECKS:
            continue
        defined = {id(value) for _, _, value in _constants(src)}  # constant_problems' business
        known = {t: n for h in _homes_for(src.name) for t, n in home_values[h].items()}
        for scope, node in _scoped(src.tree):
            text = None if id(node) in defined else _literal_call(node)
            if text is None:
                continue
            if text in known:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: `{text}` written inline; import {known[text]}",
                )
            else:
                inline[text].append((src, scope, node))
    for text, places in inline.items():
        modules = sorted({src.name for src, _, _ in places})
        if len(modules) < 2 or not text.startswith(_TIME_UNITS):
            continue
        for src, scope, node in places:
            others = ", ".join(m for m in modules if m != src.name)
            _add(
                found,
                f"{src.name}:{scope}",
                f"{_where(src, node)}: `{text}` also written in {others}; one named constant, "
                "in the home of its kind",
            )
    return found


# A home's constant rebuilt inline by its value, whatever the spelling (
# `_dt.time()` is MIDNIGHT = `_dt.time(0)`, `_dt.timedelta(0)` in custops.testing._checks is
# NO_TIME): the homes' constants and every call or attribute built of literals, arithmetic,
# the standard library's value types and the homes' constants are evaluated (nothing else is:
# a class's attributes are limited to its constants and pure constructors, so `now()`,
# `today()` and `ZoneInfo.clear_cache()` are never called) and compared by type and `repr`
# (`Decimal("0")` is not money's `ZERO`, `Decimal("0.00")`).
_VALUE_TYPE_MODULES: dict[str, tuple[ModuleType, frozenset[str]]] = {
    "datetime": (_dt, frozenset({"date", "time", "datetime", "timedelta", "timezone"})),
    "decimal": (decimal, frozenset({"Decimal"})),
    "fractions": (fractions, frozenset({"Fraction"})),
    "zoneinfo": (zoneinfo, frozenset({"ZoneInfo"})),
    "dateutil.relativedelta": (dateutil_relativedelta, frozenset({"relativedelta"})),
}
_VALUE_TYPES = (
    _dt.date,
    _dt.time,
    _dt.timedelta,
    _dt.tzinfo,
    decimal.Decimal,
    fractions.Fraction,
    dateutil_relativedelta.relativedelta,
)
_CLASS_ATTRIBUTES = frozenset(
    {"min", "max", "resolution", "utc", "combine", "fromisoformat", "fromordinal"}
)


_ARITHMETIC: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}


class _NotAValue(Exception):
    """An expression that is not built of literal values only."""


def _value(node: ast.AST, names: dict[str, Any]) -> Any:
    """The value of ``node``, an expression of literals, value types and ``names`` (a
    module's imported value types and home constants), or :class:`_NotAValue`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, str)):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        operand = _value(node.operand, names)
        if isinstance(operand, int):
            return -operand
    elif isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    elif isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = _value(node.left, names), _value(node.right, names)
        if not isinstance(left, str) and not isinstance(right, str):
            try:
                return _ARITHMETIC[type(node.op)](left, right)
            except Exception:
                raise _NotAValue from None
    elif isinstance(node, ast.Attribute) and not node.attr.startswith("_"):
        base = _value(node.value, names)
        if isinstance(base, ModuleType):
            ok = any(m is base and node.attr in a for m, a in _VALUE_TYPE_MODULES.values())
        elif isinstance(base, type):
            ok = node.attr in _CLASS_ATTRIBUTES
        else:
            ok = isinstance(base, _VALUE_TYPES)
        if ok:
            return getattr(base, node.attr)
    elif (
        isinstance(node, ast.Call)
        and not any(isinstance(a, ast.Starred) for a in node.args)
        and all(k.arg is not None for k in node.keywords)
    ):
        func = _value(node.func, names)
        if not isinstance(func, ModuleType):
            args = [_value(a, names) for a in node.args]
            kwargs = {str(k.arg): _value(k.value, names) for k in node.keywords}
            try:
                return func(*args, **kwargs)
            except Exception:
                raise _NotAValue from None
    raise _NotAValue


def _value_key(value: Any) -> tuple[str, str] | None:
    """How a value is compared: its type and ``repr``; ``None`` for what no home holds."""
    if isinstance(value, _VALUE_TYPES) or _distinctive(value):
        return type(value).__qualname__, repr(value)
    return None


def _root(node: ast.expr) -> str | None:
    """The name a chain of calls and attributes starts from (``_dt`` in ``_dt.time()``)."""
    while isinstance(node, (ast.Call, ast.Attribute)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _value_names(src: Source, homes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What ``src`` imports of the value types and of the homes' constants, by local name."""
    names: dict[str, Any] = {}
    for _, node in _scoped(src.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:  # `import dateutil.relativedelta` binds `dateutil`
                if alias.name in _VALUE_TYPE_MODULES and (alias.asname or "." not in alias.name):
                    names[alias.asname or alias.name] = _VALUE_TYPE_MODULES[alias.name][0]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            module, allowed = _VALUE_TYPE_MODULES.get(node.module, (None, frozenset()))
            for alias in node.names:
                if module is not None and alias.name in allowed:
                    names[alias.asname or alias.name] = getattr(module, alias.name)
                elif alias.name in homes.get(node.module, {}):
                    names[alias.asname or alias.name] = homes[node.module][alias.name]
    return names


@functools.cache
def _evaluated(homes: tuple[Source, ...]) -> dict[str, dict[str, Any]]:
    values: dict[str, dict[str, Any]] = {}
    for src in homes:
        names = _value_names(src, values)
        mine: dict[str, Any] = {}
        for name, _, value in _constants(src):
            with contextlib.suppress(_NotAValue):
                names[name] = mine[name] = _value(value, names)
        values[src.name] = {n: v for n, v in mine.items() if _value_key(v) is not None}
    return values


def home_values(srcs: Sources) -> dict[str, dict[str, Any]]:
    """The constants of the homes (custops.testing's one too) that hold a value, evaluated:
    home -> name -> value (``custops._dates`` -> ``MIDNIGHT`` -> ``time(0, 0)``)."""
    return _evaluated(tuple(srcs[h] for h in (*HOMES, TESTING_CHECKS) if h in srcs))


def home_value_problems(srcs: Sources) -> Found:
    """A call or attribute, anywhere in ``src/custops`` (the homes, ``cli/`` and ``testing/``
    included), whose value is a home constant's: ``_dt.time()`` or ``time(0, 0)`` is
    ``custops._dates.MIDNIGHT``, ``_dt.timedelta(0)`` ``NO_TIME``; the constant's own
    definition aside, and a private constant (``_dates._FIRST_DAY``) only in its module."""
    homes = home_values(srcs)
    found: Found = {}
    for src in srcs.values():
        known: dict[tuple[str, str], str] = {}
        for home in _homes_for(src.name):
            for name, value in homes.get(home, {}).items():
                if home == src.name or not name.startswith("_"):  # a private one is its own
                    known.setdefault(_value_key(value) or ("", ""), f"{home}.{name}")
        names = _value_names(src, homes)
        defines = {id(value): f"{src.name}.{name}" for name, _, value in _constants(src)}
        inside: set[int] = set()
        for scope, node in _scoped(src.tree):
            if (
                not isinstance(node, (ast.Call, ast.Attribute))
                or id(node) in inside
                or _root(node) not in names  # `f(...)`, `self.x`: the common case, not a value
            ):
                continue
            try:
                key = _value_key(_value(node, names))
            except _NotAValue:
                continue
            if key is None or key not in known or defines.get(id(node)) == known[key]:
                continue
            inside.update(id(n) for n in ast.walk(node))  # the outermost expression once
            _add(
                found,
                f"{src.name}:{scope}",
                f"{_where(src, node)}: `{ast.unparse(node)[:60]}` is the value of "
                f"{known[key]}; import it",
            )
    return found


# =========================================================================== d. arithmetic, text


def _utc_names(src: Source) -> set[str]:
    names = {"UTC"}
    for name, _, value in _constants(src):
        if _is_utc(value, set()):
            names.add(name)
    return names


def _is_utc(node: ast.expr, names: set[str]) -> bool:
    text = ast.unparse(node)
    return text.endswith(("timezone.utc", ".UTC")) or text in names


def _one_day(node: ast.expr) -> bool:
    text = _MODULE_ALIASES.sub("", ast.unparse(node))
    return text in ("timedelta(days=1)", "timedelta(1)") or bool(
        isinstance(node, ast.Name) and re.fullmatch(r"_?ONE_DAY", node.id)
    )


def _in_message(stmt: ast.AST) -> bool:
    """Whether a statement shows a ``%`` sign or passes a ``percent=`` field."""
    for node in ast.walk(stmt):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%" in node.value:
            return True
        if isinstance(node, ast.keyword) and node.arg in ("percent", "pct", "percentage"):
            return True
    return False


def _simple_statements(tree: ast.AST) -> Iterator[tuple[str, ast.stmt]]:
    """The statements without a body (an assignment, a return, an expression), each once."""
    compound: tuple[type[ast.stmt], ...] = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    compound += (ast.If, ast.For, ast.While, ast.Try, ast.With, ast.AsyncFor, ast.AsyncWith)
    compound += (ast.Match,)
    for scope, node in _scoped(tree):
        if isinstance(node, ast.stmt) and not isinstance(node, compound):
            yield scope, node
        elif isinstance(node, (ast.If, ast.While)):  # the test is an expression of its own
            yield scope, ast.Expr(node.test, lineno=node.lineno, col_offset=0)


def arithmetic_problems(srcs: Sources) -> Found:
    """Zone conversion to UTC, month ends, percentages and moments formatted outside their
    homes (CONTRIBUTING item 7)."""
    found: Found = {}
    for src in srcs.values():
        utc_names = _utc_names(src)
        for name, node, value in _constants(src):
            if src.name != DATES and _is_utc(value, set()):
                _add(found, f"{src.name}:{name}", f"{_where(src, node)}: import {DATES}.UTC")
        for scope, stmt in _simple_statements(src.tree):
            for problem, at in _by_hand(src, stmt, utc_names):
                _add(found, f"{src.name}:{scope}", f"{src.path}:{at}: {problem}")
    return found


def _by_hand(src: Source, stmt: ast.stmt, utc_names: set[str]) -> Iterator[tuple[str, int]]:
    """What one statement of ``src`` computes or formats by hand: (problem, line)."""
    cli = src.name.startswith("custops.cli.") and src.name != CLI_COMMON
    for node in ast.walk(stmt):
        line = getattr(node, "lineno", stmt.lineno)
        if isinstance(node, ast.BinOp):
            hundred = any(
                isinstance(side, ast.Constant) and side.value == 100
                for side in (node.left, node.right)
            )
            percent = src.name != TEXT and isinstance(node.op, ast.Mult) and hundred
            if percent and _in_message(stmt):
                yield f"a percentage by hand; use {TEXT}.percent", line
            if (
                src.name != DATES
                and isinstance(node.op, ast.Sub)
                and _months_later(node.left, _month_steps(src))
                and _one_day(node.right)
            ):
                yield f"a month end by hand; use {DATES}", line
        if isinstance(node, ast.BinOp) and src.name != DATES and _month_index(node):
            yield f"month arithmetic by hand; use {DATES}.add_months", line
        if isinstance(node, ast.FormattedValue) and src.name != TEXT:
            spec = ast.unparse(node.format_spec) if node.format_spec else ""
            if spec.rstrip("'\"}").endswith("%"):
                yield f"a percentage by a format spec; use {TEXT}.percent", line
        if not isinstance(node, ast.Call):
            continue
        attr = ast.unparse(node.func).rsplit(".", 1)[-1]
        if attr == "divmod" and src.name != DATES and _month_index(node):
            yield f"month arithmetic by hand; use {DATES}.add_months", line
        words = {k.arg: ast.unparse(k.value) for k in node.keywords}
        if attr == "astimezone" and src.name != VALIDATE:
            if node.args and _is_utc(node.args[0], utc_names):
                yield f"to UTC by hand; use {VALIDATE}.utc(moment)", line
        elif attr == "monthrange" and src.name != DATES:
            yield f"month length by hand; use {DATES}", line
        elif attr == "relativedelta" and "day" in words and src.name != DATES:
            yield f"a month's day by relativedelta; use {DATES}", line
        elif attr == "isoformat" and "minutes" in words.get("timespec", "") and src.name != TEXT:
            yield f"a moment's text by hand; use {TEXT}.moment_text", line
        elif cli and attr in ("partition", "rpartition") and _literal_args(node) == ["'='"]:
            yield f"NAME=VALUE split by hand; use {CLI_COMMON}.parse_pair", line


def _is_month_step(node: ast.AST) -> bool:
    """``relativedelta(months=n)``."""
    return (
        isinstance(node, ast.Call)
        and ast.unparse(node.func).rsplit(".", 1)[-1] == "relativedelta"
        and any(k.arg == "months" for k in node.keywords)
    )


@functools.cache
def _month_steps(src: Source) -> frozenset[str]:
    """The names ``src`` binds to ``relativedelta(months=n)`` (``cycle = ...``)."""
    return frozenset(
        target.id
        for node in ast.walk(src.tree)
        if isinstance(node, ast.Assign) and _is_month_step(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    )


def _months_later(node: ast.expr, steps: frozenset[str]) -> bool:
    """``add_months(...)``, ``day + relativedelta(months=n)`` or ``day + cycle`` (a name
    bound to one): a day some months later."""
    if isinstance(node, ast.Call):
        return ast.unparse(node.func).rsplit(".", 1)[-1] == "add_months"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        sides = (node.left, node.right)
        return any(_is_month_step(n) or (isinstance(n, ast.Name) and n.id in steps) for n in sides)
    return False


def _month_index(node: ast.BinOp | ast.Call) -> bool:
    """``(day.month - 1 + n) // 12``, ``% 12``, ``divmod(day.month + n, 12)``: a month
    index computed by hand."""
    if isinstance(node, ast.BinOp):
        if not isinstance(node.op, (ast.FloorDiv, ast.Mod)):
            return False
        left, twelve = node.left, node.right
    elif len(node.args) == 2:
        left, twelve = node.args
    else:
        return False
    month = any(isinstance(n, ast.Attribute) and n.attr == "month" for n in ast.walk(left))
    # `// 12`, or `// months` (a cycle's first month)
    cycle = isinstance(twelve, (ast.Name, ast.Attribute)) and "month" in ast.unparse(twelve)
    return month and (cycle or (isinstance(twelve, ast.Constant) and twelve.value == 12))


def _literal_args(call: ast.Call) -> list[str]:
    return [ast.unparse(a) for a in call.args]


# Text laid out by hand: `_text.block`'s separator (a new line and two
# spaces) written out, the active language tested in place (`current_language() ==
# "en_US"`), and a separator or a word chosen by language in place (`(", " if english
# else "、").join`): `custops._text` holds the layout in both languages, `custops.i18n` the
# language; every other module calls them.
_BLOCK_SEPARATOR = "\n  "
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_LANGUAGE_HOMES = (TEXT, "custops.i18n")


def _text_of(node: ast.AST) -> str | None:
    """A string literal's text, an f-string's literal parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    return None


# A separator of a sentence's parts, translated: `custops._text.joined` lays out both
# languages (`strong=True` for `；` / `; `).
_SEPARATORS = frozenset({"; ", ", ", "；", "，"})


def text_layout_problems(srcs: Sources) -> Found:
    """Text laid out or chosen by language outside ``custops._text`` (and ``custops.i18n``,
    the home of the language)."""
    found: Found = {}
    for src in srcs.values():
        if src.name in _LANGUAGE_HOMES:
            continue
        docs = _docstrings(src.tree)
        for scope, node in _scoped(src.tree):
            problem = None
            text = _text_of(node)
            if (
                text is not None
                and id(node) not in docs
                and _BLOCK_SEPARATOR in text
                and text.count("\n") == 1  # a separator, not a multi-line table of words
            ):
                problem = f"the block separator {_BLOCK_SEPARATOR!r}; use {TEXT}.block"
            elif (
                isinstance(node, ast.Compare)
                and _calls(node.left, "current_language")
                and any(isinstance(c, ast.Constant) for c in node.comparators)
            ):
                problem = f"`{ast.unparse(node)}` in place; a {TEXT} helper lays out both languages"
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "join"
                and _calls(node.func.value, "_")
                and isinstance(node.func.value, ast.Call)
                and _text_of(node.func.value.args[0]) in _SEPARATORS
            ):  # A separator translated in place
                sep = _text_of(node.func.value.args[0])
                problem = f"`_({sep!r}).join` in place; use {TEXT}.joined(parts, strong=True)"
            elif isinstance(node, ast.IfExp):
                branches = [_text_of(node.body), _text_of(node.orelse)]
                if all(branches) and len({bool(_CJK.search(str(b))) for b in branches}) == 2:
                    problem = (
                        f"`{ast.unparse(node)[:50]}` chooses the text by language in place; "
                        f"one helper in {TEXT} (`word_list`, `colon`)"
                    )
            if problem is not None:
                _add(found, f"{src.name}:{scope}", f"{_where(src, node)}: {problem}")
    return found


# Time arithmetic by hand: a number that is the ratio of two time units
# (`86_400` seconds a day, `1_000_000` microseconds a second), a clock field scaled by hand
# (`t.hour * 60`, `value.days * 86_400`), dateutil's `relativedelta` with months or years
# (`closed_on + relativedelta(years=n)`), and a year's first or last day as an ordinal
# (`date(lo, 1, 1).toordinal()`): `custops._dates` holds them (`US`, `time_us`,
# `add_months`, `year_ordinals`).
_TIME_UNITS_US = {
    "week": 604_800_000_000,
    "day": 86_400_000_000,
    "hour": 3_600_000_000,
    "minute": 60_000_000,
    "second": 1_000_000,
    "millisecond": 1_000,
    "microsecond": 1,
}
# Ratios below this (60, 24, 7, 1000) are too common a number to tell a unit by.
_MIN_RATIO = 1_440
_UNIT_RATIOS = {
    big // small: f"{a}s {'an' if b == 'hour' else 'a'} {b}"
    for b, big in _TIME_UNITS_US.items()
    for a, small in _TIME_UNITS_US.items()
    if big > small and big // small >= _MIN_RATIO
}
_CLOCK_FIELDS = frozenset({"hour", "minute", "second", "days", "seconds"})
_CALENDAR_STEPS = frozenset({"years", "months", "year", "month"})
# Decisions, not debt: where the shape is the value itself, with the reason.
_TIME_EXCEPTIONS = {
    "custops.periods:<module>": "`Period.as_relativedelta()` (public) gives a period as "
    "dateutil's value; `_OFFSETS` is that conversion, not date arithmetic",
}


def _year_day(node: ast.AST) -> bool:
    """``date(year, 1, 1)`` or ``date(year, 12, 31)``: a year's first or last day."""
    return (
        isinstance(node, ast.Call)
        and ast.unparse(node.func).rsplit(".", 1)[-1] == "date"
        and len(node.args) == 3
        and [ast.unparse(a) for a in node.args[1:]] in (["1", "1"], ["12", "31"])
    )


def time_arithmetic_problems(srcs: Sources) -> Found:
    """Time arithmetic written by hand outside ``custops._dates``."""
    found: Found = {}
    for src in srcs.values():
        if src.name == DATES:
            continue
        for scope, node in _scoped(src.tree):
            problem = None
            if isinstance(node, ast.BinOp) and isinstance(
                node.op, (ast.Mult, ast.FloorDiv, ast.Div, ast.Mod)
            ):
                sides = (node.left, node.right)
                ratio = [
                    s.value
                    for s in sides
                    if isinstance(s, ast.Constant)
                    and isinstance(s.value, int)
                    and s.value in _UNIT_RATIOS
                ]
                field = [
                    s.attr
                    for s in sides
                    if isinstance(s, ast.Attribute) and s.attr in _CLOCK_FIELDS
                ]
                if ratio:
                    problem = (
                        f"`{ratio[0]:_}` ({_UNIT_RATIOS[ratio[0]]}) by hand; use {DATES}.US "
                        "(`// US`, `* US`)"
                    )
                elif field and any(isinstance(s, ast.Constant) for s in sides):
                    problem = (
                        f"`{ast.unparse(node)[:40]}` scales .{field[0]} by hand; use {DATES} "
                        "(`time_us`, `// US`)"
                    )
            elif _calls(node, "relativedelta") and isinstance(node, ast.Call):
                steps = {str(k.arg) for k in node.keywords} & _CALENDAR_STEPS
                if steps:
                    problem = (
                        f"relativedelta({sorted(steps)[0]}=...) by hand; use {DATES}.add_months"
                    )
            elif (
                _calls(node, "toordinal")
                and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and _year_day(node.func.value)
            ):
                problem = f"a year's first or last day as an ordinal; use {DATES}.year_ordinals"
            key = f"{src.name}:{scope}"
            if problem is not None and key not in _TIME_EXCEPTIONS:
                _add(found, key, f"{_where(src, node)}: {problem}")
    return found


# =========================================================================== f. zone literals

_ZONE = re.compile(r"(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/\w+")
# The one home of the default zone (CONTRIBUTING, "Conventions": Asia/Shanghai).
_ZONE_HOME = "custops.calendars:WorkCalendar"


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and (
            node.body and _is_docstring(node.body[0])
        ):
            found.add(id(node.body[0].value))  # type: ignore[attr-defined]
    return found


def zone_literal_problems(srcs: Sources) -> Found:
    """An IANA zone as a string outside its home (docstrings and messages aside): the
    zone comes from the calendar (CONTRIBUTING item 3), a second literal is a second
    default."""
    found: Found = {}
    for src in srcs.values():
        docs = _docstrings(src.tree)
        for node in ast.walk(src.tree):  # a sample of zones (Hypothesis' draws), not a default
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) > 1:
                docs.update(id(e) for e in node.elts)
        for scope, node in _scoped(src.tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
                and _ZONE.fullmatch(node.value)
            ):
                key = f"{src.name}:{scope}"
                if key != _ZONE_HOME:
                    _add(
                        found,
                        key,
                        f"{_where(src, node)}: the zone {node.value!r} hard-coded; take it from "
                        f"the calendar (WorkCalendar().zone, {_ZONE_HOME})",
                    )
    return found


# When two zones are one: the same offset from UTC at each of these instants, years 1 to
# 9999, winter and summer (a country that kept UTC's offset for some decades, such as
# Africa/Abidjan since 1912, is not UTC; Etc/UTC, Zulu and GMT are).
_ZONE_PROBES = tuple(
    _dt.datetime(year, month, 1)
    for year in (1, 1800, 1900, 1950, 1970, 2000, 2025, 2100, 9999)
    for month in (1, 7)
)


@functools.cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@functools.cache
def _same_zone(name: str, zone: _dt.tzinfo) -> bool:
    try:
        named = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return all(named.utcoffset(t) == zone.utcoffset(t) for t in _ZONE_PROBES)


def _no_zone_of_its_own(src: Source, names: frozenset[str]) -> set[int]:
    """The strings of ``src`` that stand for no zone of their own: docstrings, and the
    members of a sample of zones to draw from (a tuple, list or set of two zone names or
    more: ``custops.testing``'s ``ZONES`` draws ``ZoneInfo("UTC")`` as a zone of its own)."""
    skip: set[int] = set()
    for _, node in _scoped(src.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.body and _is_docstring(node.body[0]):
                skip.add(id(node.body[0].value))  # type: ignore[attr-defined]
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            given = [e for e in node.elts if isinstance(e, ast.Constant)]
            if sum(1 for e in given if e.value in names) > 1:
                skip.update(id(e) for e in given)
    if src.tree.body and _is_docstring(src.tree.body[0]):
        skip.add(id(src.tree.body[0].value))  # type: ignore[attr-defined]
    return skip


def zone_name_problems(srcs: Sources) -> Found:
    """A home's zone written as its IANA name (``tz_localize("UTC")``,
    ``ZoneInfo("UTC")`` where ``custops._dates.UTC`` is the zone): any string that names a
    zone with the offsets of a home's ``tzinfo`` constant, in any module, passed to any
    library."""
    zones = {
        f"{home}.{name}": value
        for home, values in home_values(srcs).items()
        for name, value in values.items()
        if isinstance(value, _dt.tzinfo)
    }
    names = _zone_names()
    found: Found = {}
    for src in srcs.values():
        skip = _no_zone_of_its_own(src, names)
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.Constant) or node.value not in names or id(node) in skip:
                continue
            home = next((h for h, z in zones.items() if _same_zone(node.value, z)), None)
            if home is not None:
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: the zone {node.value!r} written as its name; use {home}",
                )
    return found


# =========================================================================== the debt

# Debt, issue 12.
KNOWN_OTHER_SHAPES: set[str] = set()
# Fixed: ReviewPeriod and InspectionWindow share custops._dates.DayRange.
KNOWN_LOOSE: set[str] = set()
# Fixed: testing._vip calls testing._checks.size.
KNOWN_ONE_LINERS: set[str] = set()
# Fixed.
KNOWN_INLINE_CHECKS: set[str] = set()
# Fixed: None or the check (8 sites in 7 functions) and the bare `if x is not None: check(x)`.
KNOWN_NONE_OR_CHECK: set[str] = set()
# Five (calendars.calendar_or_china, i18n._normalise, serial._find_tag,
# serial.from_json, spark._dataframe) fixed by debt fix: they call require_type.
KNOWN_INLINE_TYPE_CHECKS: set[str] = set()
# Fixed.
KNOWN_CONSTANTS: set[str] = set()
# Decimal("0.00") ×6, timedelta(hours=48) as a default ×3 and timedelta(days=1) but one
# are fixed.
KNOWN_INLINE_CONSTANTS: set[str] = set()
# Fixed; a cycle's first month `(since.month - 1) // months * months + 1` (fixed in
# update_schedule, with its month end by hand).
KNOWN_ARITHMETIC: set[str] = set()
# Fixed.
KNOWN_ZONE_LITERALS: set[str] = set()
# The shapes the checks above missed (fixed at aafed38; found here since): the body
# of `custops._dates.from_us` in `WorkCalendar._at` and `vector._from_us` (same bodies);
# require_items' each-loop in `service._sequence` and `calendars._dates` (each loops);
# `_dt.time()` and `_dt.timedelta(0)` in custops.testing (home values); the zone "UTC" in
# spark and vector (zone names).
KNOWN_SAME_BODIES: set[str] = set()
# The `calendars._dates` shape (a check on each of require_items' items,
# not `each=`) in eleven more converters, found by the each-loop check it taught; the eight
# outside calendars are fixed (`require_items(..., each=...)`).
KNOWN_EACH_LOOPS: set[str] = set()
KNOWN_HOME_VALUES: set[str] = set()
KNOWN_ZONE_NAMES: set[str] = set()
# More shapes the checks above missed: a check copied around another base check
# (check copies), interval checks by hand (intervals), text laid out by
# language in place (text layout), time arithmetic by hand (time arithmetic);
# a method's body in a sibling method, is found by "same bodies".
KNOWN_CHECK_COPIES: set[str] = set()
KNOWN_INTERVALS: set[str] = set()
KNOWN_TEXT_LAYOUT: set[str] = set()
KNOWN_TIME_ARITHMETIC: set[str] = set()
# More shapes the checks above missed: "no duplicates" by hand (distinct), pairs
# checked by hand in a loop (pairs), the type check of a number written out (bool type
# checks); its interval checks refused in other words are found by "intervals".
KNOWN_DISTINCT: set[str] = set()
KNOWN_PAIRS: set[str] = set()
KNOWN_BOOL_TYPE_CHECKS: set[str] = set()


# =========================================================================== g. converters

_CONVERTER_MAKERS = frozenset({"field_converter", "policy_field"})
_NO_ARGUMENTS = ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])
_HOME_CHECKS = ("require_", "utc(")  # the checks of custops._validate a converter may apply


def _one_call(fn: ast.FunctionDef) -> ast.Call | None:
    """The check ``fn`` stands for: the call of ``return check(argument, value, **kw)``,
    after any early exits (``if trusted: return value``, a fast path), or of ``check(argument,
    value, **kw)`` followed by ``return value`` (a check whose answer is not kept)."""
    body = [s for s in _body(fn) if not _early_exit(s)]
    call: ast.expr | None = None
    if len(body) == 1 and isinstance(body[0], ast.Return):
        call = body[0].value
    if (
        len(body) == 2
        and isinstance(body[0], ast.Expr)
        and isinstance(body[1], ast.Return)
        and isinstance(body[1].value, ast.Name)
    ):
        call = body[0].value
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
        return call
    return None


def _early_exit(stmt: ast.stmt) -> bool:
    """``if …: return …`` with no ``else``."""
    return (
        isinstance(stmt, ast.If)
        and not stmt.orelse
        and all(isinstance(b, ast.Return) for b in stmt.body)
    )


def _factories(tree: ast.Module) -> dict[str, tuple[list[str], ast.Call]]:
    """A module's private converter factories: ``def _sequence(what, check): def
    convert(argument, value): return require_items(..., each=check); return
    field_converter(convert)``, each as its parameters and the check its converter calls."""
    found: dict[str, tuple[list[str], ast.Call]] = {}
    for fn in tree.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("_")):
            continue
        body = _body(fn)
        last = body[-1] if body else None
        if not (
            isinstance(last, ast.Return)
            and isinstance(last.value, ast.Call)
            and isinstance(last.value.func, ast.Name)
            and last.value.func.id in _CONVERTER_MAKERS
            and len(last.value.args) == 1
            and isinstance(last.value.args[0], ast.Name)
        ):
            continue
        inner = last.value.args[0].id
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef) and stmt.name == inner:
                call = _one_call(stmt)
                if call is not None:
                    found[fn.name] = (_params(fn, method=False), call)
    return found


def _bound(call: ast.Call, names: Mapping[str, ast.expr]) -> ast.Call:
    """``call`` with each name of ``names`` replaced by the expression it stands for."""

    class Bind(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.expr:
            return copy.deepcopy(names[node.id]) if node.id in names else node

    return Bind().visit(copy.deepcopy(call))  # type: ignore[no-any-return]


def _check_text(node: ast.expr, helpers: Mapping[str, ast.Call]) -> str | None:
    """The check a converter applies as ``check(keywords)``, however it is spelt: a name
    (a module's one-line helper followed to the check it calls), ``partial(check, **kw)``
    or ``lambda a, v: check(a, v, **kw)``; ``None`` for anything else."""
    call: ast.Call | None = None
    if isinstance(node, ast.Name):
        if node.id not in helpers:
            return f"{node.id}()"
        call = helpers[node.id]
    elif isinstance(node, ast.Call) and ast.unparse(node.func).endswith("partial") and node.args:
        head = node.args[0]
        if not isinstance(head, ast.Name) or len(node.args) > 1:
            return None
        keywords = sorted(f"{k.arg}={ast.unparse(k.value)}" for k in node.keywords)
        return f"{head.id}({', '.join(keywords)})"
    elif isinstance(node, ast.Lambda) and isinstance(node.body, ast.Call):
        call = node.body
    if call is None or not isinstance(call.func, ast.Name):
        return None
    # past ``argument, value``: a description of what is taken ("a tuple of str", in any
    # words) does not make another check; any other extra argument does
    extra = [
        ast.unparse(a)
        for a in call.args[2:]
        if not isinstance(a, ast.JoinedStr)
        and not (isinstance(a, ast.Constant) and isinstance(a.value, str))
    ]
    keywords = sorted(f"{k.arg}={ast.unparse(k.value)}" for k in call.keywords)
    return f"{call.func.id}({', '.join(extra + keywords)})"


def converter_problems(srcs: Sources) -> Found:
    """Item 7, "one ``field_converter`` serves every attrs field of a type": a converter
    (``field_converter(check)`` or ``policy_field(check)``, as a constant or inline in a
    field) built outside ``custops._validate``/``custops.money`` from a check the homes
    already hold a converter of (``field_converter(require_bool)`` is ``BOOL``), or built
    from one check in two modules (the type needs a home constant)."""
    built: dict[str, list[tuple[Source, ast.Call]]] = defaultdict(list)
    homes: dict[str, str] = {}
    for src in srcs.values():
        helpers = {
            fn.name: call
            for fn in src.tree.body
            if isinstance(fn, ast.FunctionDef)
            and fn.name.startswith("_")  # a private one-liner stands for the check it calls
            and (call := _one_call(fn)) is not None
        }
        constants = {
            id(value): name for name, _, value in _constants(src) if isinstance(value, ast.Call)
        }
        factories = _factories(src.tree)
        for node in ast.walk(src.tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id in factories:  # _sequence("str", require_str)
                params, inner = factories[node.func.id]
                bound = _bound(inner, dict(zip(params, node.args, strict=False)))
                check = _check_text(ast.Lambda(args=_NO_ARGUMENTS, body=bound), helpers)
                maker = "field_converter"
            elif node.func.id in _CONVERTER_MAKERS and len(node.args) == 1:
                check = _check_text(node.args[0], helpers)
                maker = node.func.id
            else:
                continue
            if check is None or not check.startswith(_HOME_CHECKS):  # the homes' checks
                continue
            key = f"{maker}({check})"
            if src.name in (VALIDATE, MONEY) and id(node) in constants:
                homes.setdefault(key, f"{src.name}.{constants[id(node)]}")
            else:
                built[key].append((src, node))
    found: Found = {}
    for key, places in built.items():
        modules = {src.name for src, _ in places}
        if key in homes:
            use = f"import {homes[key]}"
        elif len(modules) > 1:
            use = f"built in {', '.join(sorted(modules))}: one constant in custops._validate"
        else:
            continue
        for src, node in places:
            _add(found, f"{src.name}:{key}", f"{_where(src, node)}: `{key}`; {use}")
    return found


KNOWN_CONVERTERS: set[str] = set()
# Decisions, not debt: a converter of a home's check kept beside it, with the reason.
_CONVERTER_EXCEPTIONS = {
    "custops.complaints._rules:field_converter(require_strings())": "the classifier's built-in "
    "rule set: a tuple is let through unchecked while trusted_data() builds it (the test "
    "suite checks that data; thousands of fields at import), else custops._validate's check",
}


def _assert_only_known(found: Found, known: set[str], title: str) -> None:
    new = [f"{k}\n    {v}" for k, v in sorted(found.items()) if k not in known]
    assert new == [], f"{title} (CONTRIBUTING item 7, one home per helper):\n" + "\n".join(new)


def test_a_no_helper_copied_as_a_method_closure_or_lambda() -> None:
    _assert_only_known(
        _found("other shapes"), KNOWN_OTHER_SHAPES, "a module-level helper re-written"
    )


def test_a_no_helper_body_with_self_attributes_or_other_units() -> None:
    _assert_only_known(_found("same bodies"), KNOWN_SAME_BODIES, "a helper's body written again")


def test_a_no_logic_copied_with_other_names_and_messages() -> None:
    _assert_only_known(_found("loose"), KNOWN_LOOSE, "the same logic written twice")


def test_a_no_home_one_liner_written_inline() -> None:
    _assert_only_known(_found("one-liners"), KNOWN_ONE_LINERS, "a home one-liner written out")


def test_b_no_inline_require_items() -> None:
    _assert_only_known(_found("inline checks"), KNOWN_INLINE_CHECKS, "require_items written out")


def test_b_no_require_items_each_loop_written_out() -> None:
    _assert_only_known(_found("each loops"), KNOWN_EACH_LOOPS, "require_items(each=) written out")


def test_b_no_inline_require_type() -> None:
    _assert_only_known(
        _found("inline type checks"), KNOWN_INLINE_TYPE_CHECKS, "require_type written out"
    )


def test_b_no_inline_none_or_check() -> None:
    _assert_only_known(_found("none or check"), KNOWN_NONE_OR_CHECK, "optional_check written out")


def test_c_no_constant_in_two_modules() -> None:
    _assert_only_known(
        _found("constants"), KNOWN_CONSTANTS, "one constant defined in several modules"
    )


def test_c_no_home_constant_written_inline() -> None:
    _assert_only_known(
        _found("inline constants"), KNOWN_INLINE_CONSTANTS, "a constant written inline"
    )


def test_c_no_home_constant_rebuilt_by_value() -> None:
    _assert_only_known(
        _found("home values"), KNOWN_HOME_VALUES, "a home constant's value written inline"
    )


def test_d_zone_month_percent_and_moment_text_in_their_homes() -> None:
    _assert_only_known(
        _found("arithmetic"), KNOWN_ARITHMETIC, "arithmetic or text outside its home"
    )


def test_f_one_zone_literal() -> None:
    _assert_only_known(
        _found("zone literals"), KNOWN_ZONE_LITERALS, "a zone literal outside its home"
    )


def test_f_no_home_zone_written_as_its_name() -> None:
    _assert_only_known(_found("zone names"), KNOWN_ZONE_NAMES, "a home's zone written as a name")


def test_a_no_check_copied_around_another_base_check() -> None:
    _assert_only_known(_found("check copies"), KNOWN_CHECK_COPIES, "a check written twice")


def test_b_no_interval_refused_by_hand() -> None:
    _assert_only_known(_found("intervals"), KNOWN_INTERVALS, "an interval check written out")


def test_d_text_laid_out_in_its_home() -> None:
    _assert_only_known(
        _found("text layout"), KNOWN_TEXT_LAYOUT, "text laid out outside custops._text"
    )


def test_d_time_arithmetic_in_its_home() -> None:
    _assert_only_known(
        _found("time arithmetic"), KNOWN_TIME_ARITHMETIC, "time arithmetic outside custops._dates"
    )


def test_b_no_distinct_check_written_out() -> None:
    _assert_only_known(_found("distinct"), KNOWN_DISTINCT, "require_distinct written out")


def test_b_no_pairs_checked_by_hand() -> None:
    _assert_only_known(_found("pairs"), KNOWN_PAIRS, "require_pairs written out")


def test_g_one_converter_per_field_type() -> None:
    found = _found("converters")
    stale = [key for key in _CONVERTER_EXCEPTIONS if key not in found]
    assert stale == [], f"converter exceptions that no longer name anything: {stale}"
    found = {k: v for k, v in found.items() if k not in _CONVERTER_EXCEPTIONS}
    _assert_only_known(found, KNOWN_CONVERTERS, "converter built again")


def test_g_the_converter_check_sees_its_shapes() -> None:
    """An inline ``field_converter(require_bool)`` beside the home's ``BOOL``, one check's
    converter built in two modules (inline or as a constant, through a partial, a lambda or
    a one-line helper), and not one module's own converter."""
    home = (
        "BOOL = field_converter(require_bool)\n"
        "def _any_text(argument, value):\n"
        "    return require_str(argument, value, nonempty=False)\n"
        "ANY_TEXT = field_converter(_any_text)\n"
    )
    inline = "class C:\n    strict = attrs.field(converter=field_converter(require_bool))\n"
    partial_text = "_T = field_converter(partial(require_str, nonempty=False))\n"
    aware = "class E:\n    at = attrs.field(converter=field_converter(require_aware))\n"
    aware_too = "_AT = field_converter(lambda a, v: require_aware(a, v))\n"
    own = "_ZONE = field_converter(require_zone)\n"
    found = converter_problems(
        _parse({VALIDATE: home, "custops.a": inline, "custops.b": partial_text + own})
    )
    assert sorted(found) == [
        "custops.a:field_converter(require_bool())",
        "custops.b:field_converter(require_str(nonempty=False))",
    ], found
    found = converter_problems(_parse({"custops.c": aware, "custops.d": aware_too}))
    assert sorted(found) == [
        "custops.c:field_converter(require_aware())",
        "custops.d:field_converter(require_aware())",
    ], found
    policy = "_C = policy_field(require_bool)\n"  # another error class: another converter
    assert converter_problems(_parse({VALIDATE: home, "custops.e": policy})) == {}


def test_b_no_number_type_check_written_out() -> None:
    _assert_only_known(
        _found("bool type checks"), KNOWN_BOOL_TYPE_CHECKS, "require_type written out"
    )


# =========================================================================== the guards

CHECKS: dict[str, tuple[Callable[[Sources], Found], set[str]]] = {
    "other shapes": (other_shape_problems, KNOWN_OTHER_SHAPES),
    "loose": (loose_problems, KNOWN_LOOSE),
    "one-liners": (inline_one_liner_problems, KNOWN_ONE_LINERS),
    "inline checks": (inline_check_problems, KNOWN_INLINE_CHECKS),
    "none or check": (none_or_check_problems, KNOWN_NONE_OR_CHECK),
    "inline type checks": (inline_type_check_problems, KNOWN_INLINE_TYPE_CHECKS),
    "constants": (constant_problems, KNOWN_CONSTANTS),
    "inline constants": (inline_constant_problems, KNOWN_INLINE_CONSTANTS),
    "arithmetic": (arithmetic_problems, KNOWN_ARITHMETIC),
    "zone literals": (zone_literal_problems, KNOWN_ZONE_LITERALS),
    "same bodies": (same_body_problems, KNOWN_SAME_BODIES),
    "each loops": (each_loop_problems, KNOWN_EACH_LOOPS),
    "home values": (home_value_problems, KNOWN_HOME_VALUES),
    "zone names": (zone_name_problems, KNOWN_ZONE_NAMES),
    "check copies": (check_copy_problems, KNOWN_CHECK_COPIES),
    "intervals": (interval_problems, KNOWN_INTERVALS),
    "text layout": (text_layout_problems, KNOWN_TEXT_LAYOUT),
    "time arithmetic": (time_arithmetic_problems, KNOWN_TIME_ARITHMETIC),
    "distinct": (distinct_problems, KNOWN_DISTINCT),
    "pairs": (pair_problems, KNOWN_PAIRS),
    "bool type checks": (bool_type_problems, KNOWN_BOOL_TYPE_CHECKS),
    "converters": (converter_problems, KNOWN_CONVERTERS),
}


@functools.cache
def _found(check: str) -> Found:
    """What one check finds in the tree (computed once for its test and its debt guard)."""
    return CHECKS[check][0](sources())


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_known_copies_are_still_there(check: str) -> None:
    """A KNOWN entry that no longer occurs was fixed: remove it, so it cannot come back."""
    fixed = sorted(CHECKS[check][1] - set(_found(check)))
    assert fixed == [], f"fixed, remove from KNOWN ({check}, issue 12):\n" + "\n".join(fixed)


def _parse(modules: dict[str, str]) -> Sources:
    return {
        name: Source(name, name.replace(".", "/") + ".py", ast.parse(text))
        for name, text in modules.items()
    }


_HOME_TEXT = {
    VALIDATE: (
        "def optional_check(check):\n"
        "    def check_or_none(argument, value):\n"
        "        return None if value is None else check(argument, value)\n"
        "    return check_or_none\n"
        "def require_date(argument, value):\n"
        "    return value\n"
        "def utc(moment):\n"
        "    return moment.astimezone(UTC)\n"
    ),
    TEXT: (
        "def verdict_word(member):\n"
        '    if current_language() == "en_US":\n'
        '        return str(getattr(member, "value", member)).replace("_", " ")\n'
        '    return str(getattr(member, "label", member))\n'
    ),
    DATES: "import datetime as _dt\nUTC = _dt.timezone.utc\n",
    CLI_COMMON: (
        "def day_or_today(argument, text):\n"
        "    return _dt.date.today() if text is None else parse_day(argument, text)\n"
    ),
}


def test_the_checks_find_each_kind_the_audit_found() -> None:
    """Each check on the shape found at 0363117, and on
    the fixed shape it must let through."""
    # a. a method equal to a module-level helper, a lambda equal to a def
    srcs = _parse(
        {
            "custops.money": (
                "def money(argument, value):\n    return yuan(value, argument=argument)"
            ),
            "custops.vip": (
                "class Card:\n"
                "    def price(self, name, v):\n"
                '        "Doc."\n'
                "        return yuan(v, argument=name)\n"
                "check = lambda a, v: yuan(v, argument=a)\n"
            ),
        }
    )
    assert set(other_shape_problems(srcs)) == {
        "custops.vip:Card.price",
        "custops.vip:<module>.<lambda>",
    }
    # a. the body of verdict_word inside a method, with other names; one try-block
    # in two modules; both gone once they call the helper.
    block = (
        "def {0}(argument, value):\n"
        "    if isinstance(value, bool) or not isinstance(value, (int, str)):\n"
        "        raise InvalidType.for_argument(argument, value, '{0}')\n"
        "    try:\n"
        "        share = Fraction(value.strip()) if isinstance(value, str) else Fraction(value)\n"
        "    except (ValueError, ArithmeticError):\n"
        "        raise InvalidInput.for_argument(argument, value, 'not a number') from None\n"
        "    return share\n"
    )
    verdict = (
        "class Explained:\n"
        "    def _verdict(self, outcome):\n"
        "        if outcome is None:\n"
        "            return ''\n"
        '        if current_language() == "en_US":\n'
        '            return str(getattr(outcome, "value", outcome)).replace("_", "-")\n'
        '        return str(getattr(outcome, "label", outcome))\n'
    )
    srcs = _parse(
        {
            **_HOME_TEXT,
            "custops.decisions": verdict,
            "custops.deposits": block.format("_weight"),
            "custops.exchange": block.format("_share"),
        }
    )
    assert set(loose_problems(srcs)) == {
        "custops.decisions:Explained._verdict",
        "custops.deposits:_weight",
        "custops.exchange:_share",
    }
    fixed = _parse(
        {**_HOME_TEXT, "custops.decisions": "def _verdict(o):\n    return verdict_word(o)"}
    )
    assert loose_problems(fixed) == {}
    # a. day_or_today's body inline in a command
    srcs = _parse(
        {
            **_HOME_TEXT,
            "custops.cli.archives": (
                "def _cmd_lend(args):\n"
                "    on = _dt.date.today() if args.on is None else parse_day('--on', args.on)\n"
                "    other = _dt.date.today() if args.x is None else parse_day('--on', args.y)\n"
            ),
        }
    )
    assert list(inline_one_liner_problems(srcs)) == ["custops.cli.archives:_cmd_lend"]
    assert "archives.py:2:" in inline_one_liner_problems(srcs)["custops.cli.archives:_cmd_lend"]
    assert "archives.py:3:" not in inline_one_liner_problems(srcs)["custops.cli.archives:_cmd_lend"]
    # b. "iterable but not a string", then a type check per item; None or check
    srcs = _parse(
        {
            **_HOME_TEXT,
            "custops.moveout": (
                "def _items(argument, value, kind):\n"
                "    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):\n"
                "        raise InvalidType.for_argument(argument, value, 'must be items')\n"
                "    for i, item in enumerate(value):\n"
                "        if not isinstance(item, kind):\n"
                "            raise InvalidType.for_argument(f'{argument}[{i}]', item, 'x')\n"
                "def _pairs(value):\n"
                "    for item in value:\n"
                "        if isinstance(item, str) or not isinstance(item, Sequence) \\\n"
                "                or len(item) != 2:\n"
                "            raise InvalidType.for_argument('pairs', item, 'must be a pair')\n"
                "def _intervals(argument, value):\n"
                "    if not isinstance(value, Iterable):\n"
                "        raise InvalidType.for_argument(argument, value, 'must be a tuple')\n"
                "def sign_off(given, on):\n"
                "    contact = None if given is None else require_date('given', given)\n"
                "    if on is None:\n"
                "        day = None\n"
                "    else:\n"
                "        day = require_date('on', on)\n"
                "    fine = optional_check(require_date)('on', on)\n"
            ),
        }
    )
    assert set(inline_check_problems(srcs)) == {
        "custops.moveout:_items",
        "custops.moveout:_intervals",
    }
    assert "per item" in inline_check_problems(srcs)["custops.moveout:_items"]
    assert set(inline_type_check_problems(srcs)) == {"custops.moveout:_items"}
    assert "_intervals" not in str(inline_type_check_problems(srcs))  # require_items' case
    assert list(none_or_check_problems(srcs)) == ["custops.moveout:sign_off"]
    assert none_or_check_problems(srcs)["custops.moveout:sign_off"].count("None or the check") == 2
    # c. one value in two modules; the home's copy is the one to import
    srcs = _parse(
        {
            VALIDATE: "OPTIONAL_ID = field_converter(optional_check(require_id))",
            DATES: "import datetime as _dt\nUS = _dt.timedelta(microseconds=1)",
            "custops.archives": "_OPTIONAL_ID = field_converter(optional_check(require_id))",
            "custops.vector": "import datetime\n_US = datetime.timedelta(microseconds=1)\nLONG = 1",
            "custops.calendars": "LONG = 1\n_FIELDS = attrs.fields(Line)",
            "custops.cli.vip": "_FIELDS = attrs.fields(Line)",
        }
    )
    assert constant_problems(srcs).keys() == {"custops.archives:_OPTIONAL_ID", "custops.vector:_US"}
    assert "import custops._dates.US" in constant_problems(srcs)["custops.vector:_US"]
    # d. zone conversion, month ends, percent, moment text, NAME=VALUE
    srcs = _parse(
        {
            **_HOME_TEXT,
            "custops.sla._clock": (
                "import datetime as _dt\n"
                "_UTC = _dt.timezone.utc\n"
                "def in_utc(value):\n"
                "    return value.astimezone(_UTC)\n"
                "class Status:\n"
                "    def reason(self):\n"
                "        return _('{p}% used', p=int(self.used * 100))\n"
                "    def fen(self):\n"
                "        return self.amount * 100\n"
            ),
            "custops.testing._sla": (
                "def later(last):\n    return last.astimezone(_dt.timezone.utc)"
            ),
            "custops.periods": (
                "def due(first, day):\n"
                "    last = (add_months(first, 1) - _ONE_DAY).day\n"
                "    end = calendar.monthrange(day.year, day.month)[1]\n"
                "    alt = day + relativedelta(day=31)\n"
                "    ok = add_months(first, 1)\n"
                "def shift(day, n):\n"
                "    years, month0 = divmod(day.month - 1 + n, 12)\n"
                "def share(x):\n"
                "    return f'{x:.0%}'\n"
            ),
            "custops.cli.vip": (
                "def _cmd(args, text):\n"
                "    day, _, amount = text.partition('=')\n"
                "    return due.isoformat(sep=' ', timespec='minutes')\n"
            ),
        }
    )
    found = arithmetic_problems(srcs)
    assert set(found) == {
        "custops.sla._clock:_UTC",
        "custops.sla._clock:in_utc",
        "custops.sla._clock:Status.reason",
        "custops.testing._sla:later",
        "custops.periods:due",
        "custops.periods:shift",
        "custops.periods:share",
        "custops.cli.vip:_cmd",
    }
    assert found["custops.periods:due"].count("by hand") == 2  # and one relativedelta(day=)
    assert "parse_pair" in found["custops.cli.vip:_cmd"]
    assert "moment_text" in found["custops.cli.vip:_cmd"]
    # f. a second default zone; a docstring's example and a sample of zones are not
    srcs = _parse(
        {
            "custops.cli._common": 'CLI_ZONE = "Asia/Shanghai"\nZONES = ("UTC", "Asia/Tokyo")',
            "custops.calendars": (
                "class WorkCalendar:\n"
                '    """>>> ZoneInfo("Asia/Shanghai")"""\n'
                '    zone = ZoneInfo("Asia/Shanghai")\n'
            ),
        }
    )
    assert list(zone_literal_problems(srcs)) == ["custops.cli._common:<module>"]


def test_the_checks_find_each_shape_found_at_a38f040() -> None:
    """Each check on the shapes found at a38f040, and the fixed shapes let through."""
    homes = {
        **_HOME_TEXT,
        DATES: "import datetime as _dt\nUTC = _dt.timezone.utc\nONE_DAY = _dt.timedelta(days=1)\n",
        MONEY: (
            "ZERO = Decimal('0.00')\ndef yuan(value, *, argument='value'):\n    return value\n"
        ),
        TESTING_CHECKS: (
            "def size(argument, value, minimum=0):\n"
            "    return require_int(argument, value, low=minimum, high=10_000)\n"
        ),
    }
    srcs = _parse(
        {
            **homes,
            # A home constant inline, in an expression and as a default
            "custops.complaints.model": (
                "def claim(loss=Decimal('0.00')):\n"
                "    return sum(loss, Decimal('0.00'))\n"
                "def due(day):\n"
                "    return day - _dt.timedelta(1)\n"
                "def fine(loss=ZERO):\n"
                "    return day - ONE_DAY\n"
            ),
            # One time unit written inline in two modules, as defaults
            "custops.testing._complaints": "def cases(max_gap=_dt.timedelta(hours=48)):\n    ...\n",
            "custops.testing._sla": (
                "def clocks(max_gap=timedelta(hours=48), later=local.time()):\n    ...\n"
                "def lines(max_quantity):\n"
                "    return require_int('max_quantity', max_quantity, low=1, high=10_000)\n"
                "def fixed(max_quantity):\n"
                "    return size('max_quantity', max_quantity, minimum=1)\n"
            ),
            # Testing's home is not a home for the library
            "custops.vip": "def n(q):\n    return require_int('q', q, low=1, high=10_000)\n",
            # A cycle's first month and its month end by hand
            "custops.archives": (
                "def cycle(since, months):\n"
                "    step = relativedelta(months=months)\n"
                "    end = since + step - _dt.timedelta(days=1)\n"
                "    end = since + relativedelta(months=1) - ONE_DAY\n"
                "    return (since.month - 1) // months * months + 1\n"
                "def fine(since, n):\n"
                "    return since.day // n\n"
            ),
            # The bare "if x is not None: check(x)"
            "custops.exchange": (
                "def status(passed, card, calendar):\n"
                "    if passed is not None:\n"
                "        require_date('passed', passed)\n"
                "    if card is not None:\n"
                "        card = yuan(card, argument='card')\n"
                "    if calendar is not None:\n"
                "        log(calendar)\n"
                "    passed = optional_check(require_date)('passed', passed)\n"
            ),
        }
    )
    found = inline_constant_problems(srcs)
    assert set(found) == {
        "custops.archives:cycle",  # its timedelta(days=1)
        "custops.complaints.model:claim",
        "custops.complaints.model:due",
        "custops.testing._complaints:cases",
        "custops.testing._sla:clocks",
    }
    assert found["custops.complaints.model:claim"].count("import custops.money.ZERO") == 2
    assert "model.py:1:" in found["custops.complaints.model:claim"]
    assert "model.py:2:" in found["custops.complaints.model:claim"]
    assert "import custops._dates.ONE_DAY" in found["custops.complaints.model:due"]
    assert "custops.testing._sla" in found["custops.testing._complaints:cases"]
    one_liners = inline_one_liner_problems(srcs)
    assert set(one_liners) == {"custops.testing._sla:lines"}
    assert "custops.testing._checks:size" in one_liners["custops.testing._sla:lines"]
    none_or_check = none_or_check_problems(srcs)
    assert list(none_or_check) == ["custops.exchange:status"]
    assert "exchange.py:2:" in none_or_check["custops.exchange:status"]
    assert "exchange.py:4:" in none_or_check["custops.exchange:status"]
    assert "exchange.py:6:" not in none_or_check["custops.exchange:status"]
    assert set(arithmetic_problems(srcs)) == {"custops.archives:cycle"}
    assert arithmetic_problems(srcs)["custops.archives:cycle"].count("month end by hand") == 2
    # A module constant equal to money's is money's to import
    srcs = _parse({MONEY: "ZERO = Decimal('0.00')", "custops.deposits": "_NIL = Decimal('0.00')"})
    assert "import custops.money.ZERO" in constant_problems(srcs)["custops.deposits:_NIL"]


_DATES_TEXT = (
    "import datetime as _dt\n"
    "UTC = _dt.timezone.utc\n"
    "ONE_DAY = _dt.timedelta(days=1)\n"
    "NO_TIME = _dt.timedelta(0)\n"
    "MIDNIGHT = _dt.time(0)\n"
    "US = _dt.timedelta(microseconds=1)\n"
    "EPOCH = _dt.datetime(1970, 1, 1, tzinfo=UTC)\n"
    "def from_us(us, zone):\n"
    "    return (EPOCH + us * US).astimezone(zone)\n"
)


def test_the_checks_find_each_shape_found_at_f3a35e5() -> None:
    """The findings on the shapes found at f3a35e5 (fixed at aafed38), each with
    the fixed shape the check lets through."""
    # The instant from microseconds written twice: a method reading `self.zone` and a
    # function taking `zone`; once the home has it, a copy spelling the unit otherwise.
    at = "class WorkCalendar:\n    def _at(self, us):\n        '''Doc.'''\n        return {}\n"
    srcs = _parse(
        {
            "custops.calendars": at.format(
                "(EPOCH + _dt.timedelta(microseconds=us)).astimezone(self.zone)"
            ),
            "custops.vector": (
                "def _from_us(us, zone):\n"
                "    return (EPOCH + _dt.timedelta(microseconds=us)).astimezone(zone)\n"
                "def explain(self):\n"
                "    return block(str(self), self.lines)\n"
            ),
            "custops.deposits": "def explain(self):\n    return block(str(self), self.items)\n",
        }
    )
    assert set(same_body_problems(srcs)) == {
        "custops.calendars:WorkCalendar._at",
        "custops.vector:_from_us",
    }
    srcs = _parse(
        {
            DATES: _DATES_TEXT,
            "custops.calendars": at.format("(EPOCH + US * us).astimezone(self.zone)"),
            "custops.vector": (
                "def _from_us(u, z):\n"
                "    return (EPOCH + _dt.timedelta(microseconds=u)).astimezone(z)\n"
            ),
            "custops.sla._clock": at.format("from_us(us, self.zone)"),
        }
    )
    found = same_body_problems(srcs)
    assert set(found) == {"custops.calendars:WorkCalendar._at", "custops.vector:_from_us"}
    assert "custops._dates:from_us; call it" in found["custops.vector:_from_us"]
    # require_items' each-loop written out: over its items by name or by call, as a
    # comprehension or a loop, indexed or not, with a check's options; `each=` let through.
    srcs = _parse(
        {
            VALIDATE: "def require_items(argument, value, what, *, each=None):\n    return ()\n",
            "custops.service": (
                "def _sequence(what, check):\n"
                "    def convert(argument, value):\n"
                "        items = require_items(argument, value, f'a sequence of {what}')\n"
                "        return tuple(check(f'{argument}[{i}]', item) for i, item in "
                "enumerate(items))\n"
                "    return field_converter(convert)\n"
                "def _fixed(what, check):\n"
                "    def convert(argument, value):\n"
                "        return require_items(argument, value, what, each=check)\n"
                "    return field_converter(convert)\n"
            ),
            "custops.calendars": (
                "def _dates(argument, value):\n"
                "    dates = require_items(argument, value, 'an iterable of datetime.date')\n"
                "    return frozenset(require_date(argument, d) for d in dates)\n"
                "def _extensions(argument, value):\n"
                "    out = []\n"
                "    for v in require_items(argument, value, 'a sequence of Extension'):\n"
                "        out.append(require_type(argument, v, Extension, 'an Extension'))\n"
                "    return out\n"
                "def _names(value):\n"
                "    found = require_items('names', value, 'names')\n"
                "    return [n.strip() for n in found] + [len(n) for n in found]\n"
                "def _pairs(argument, value):\n"
                "    return [Pair(argument, p) for p in value]\n"
            ),
        }
    )
    found = each_loop_problems(srcs)
    assert set(found) == {
        "custops.service:_sequence.convert",
        "custops.calendars:_dates",
        "custops.calendars:_extensions",
    }
    assert "each=check" in found["custops.calendars:_dates"]
    # A home constant rebuilt by its value, in custops.testing's home too; money's ZERO
    # is `Decimal("0.00")`, not `Decimal(0)`; the constants' own definitions let through.
    srcs = _parse(
        {
            DATES: _DATES_TEXT,
            MONEY: "from decimal import Decimal\nZERO = Decimal('0.00')\n",
            TESTING_CHECKS: (
                "import datetime as _dt\n"
                "def gaps(max_gap):\n"
                "    if max_gap < _dt.timedelta(0):\n"
                "        raise InvalidInput.for_argument('max_gap', max_gap, 'negative')\n"
            ),
            "custops.testing._calendars": (
                "import datetime as _dt\n"
                "def aware_datetimes(lo, hi):\n"
                "    return (_dt.datetime.combine(lo, _dt.time()), "
                "_dt.datetime.combine(hi, _dt.time.max))\n"
            ),
            "custops.cli.vip": (
                "import datetime as _dt\n"
                "from datetime import time, timedelta\n"
                "from decimal import Decimal\n"
                "from custops._dates import UTC\n"
                "def _cmd(args):\n"
                "    return time(0, 0), timedelta(hours=24), Decimal(0), Decimal('0.00')\n"
                "def _now():  # not a constant: never called\n"
                "    return _dt.datetime.now(UTC), _dt.date.today(), _dt.datetime.min.time()\n"
            ),
        }
    )
    found = home_value_problems(srcs)
    assert set(found) == {
        "custops.testing._checks:gaps",
        "custops.testing._calendars:aware_datetimes",
        "custops.cli.vip:_cmd",
        "custops.cli.vip:_now",  # `_dt.datetime.min.time()` is MIDNIGHT
    }
    assert "custops._dates.MIDNIGHT" in found["custops.testing._calendars:aware_datetimes"]
    assert "custops._dates.NO_TIME" in found["custops.testing._checks:gaps"]
    for home in ("MIDNIGHT", "ONE_DAY", "money.ZERO"):
        assert home in found["custops.cli.vip:_cmd"]
    assert "Decimal(0)`" not in found["custops.cli.vip:_cmd"]
    assert "now(" not in found["custops.cli.vip:_now"]
    assert "today(" not in found["custops.cli.vip:_now"]
    # The zone "UTC" (or another name of it) where the home's UTC is the zone; a sample of
    # zones to draw from, a docstring and a zone that only lately kept UTC's offset are not.
    srcs = _parse(
        {
            DATES: _DATES_TEXT,
            "custops.spark": (
                "def with_deadline(df):\n"
                "    def batches(frames):\n"
                "        for frame in frames:\n"
                "            column = frame.dt.tz_localize('UTC')\n"
                "            yield column.dt.tz_convert('Etc/UTC').dt.tz_localize(None)\n"
                "    return df.mapInPandas(batches)\n"
            ),
            "custops.vector": (
                "def _as_instants(zone):\n"
                "    '''In UTC:\n\n    >>> ZoneInfo(\"UTC\")\n    '''\n"
                "    return ZoneInfo('Zulu'), ZoneInfo('Africa/Abidjan'), ZoneInfo(zone)\n"
            ),
            "custops.testing._calendars": 'ZONES = ("Asia/Shanghai", "UTC", "Asia/Tokyo")\n',
        }
    )
    found = zone_name_problems(srcs)
    assert set(found) == {"custops.spark:with_deadline.batches", "custops.vector:_as_instants"}
    assert found["custops.spark:with_deadline.batches"].count("custops._dates.UTC") == 2
    assert "Abidjan" not in found["custops.vector:_as_instants"]


def test_the_sweep_sees_the_whole_tree() -> None:
    """A guard for this module itself: a moved tree would make every check vacuous."""
    srcs = sources()
    assert len(srcs) >= 60
    assert {*HOMES, TESTING_CHECKS} <= set(srcs)
    assert any(name.startswith("custops.cli.") for name in srcs)
    assert any(name.startswith("custops.testing.") for name in srcs)
    assert _templates(srcs), "no home one-liner to look for"
    assert _validate_checks(srcs) >= {"require_date", "require_id"}
    stale = [k for k in _INLINE_TYPE_EXCEPTIONS if k.split(":")[0] not in srcs]
    assert stale == [], "exceptions for modules that no longer exist"
    # The values, units and zones the checks of these shapes compare with.
    values = home_values(srcs)
    assert {"UTC", "NO_TIME", "MIDNIGHT", "US", "EPOCH"} <= set(values[DATES])
    assert "ZERO" in values[MONEY]
    assert _unit_names(srcs)["microseconds"] == "US"
    assert "UTC" in _zone_names()
    each = [
        fn
        for fn in srcs[VALIDATE].tree.body
        if isinstance(fn, ast.FunctionDef) and fn.name == "require_items"
    ]
    assert each, "no require_items: the each-loop check has nothing to compare with"
    assert "each" in _params(each[0]), "require_items(each=) is what each loops write out"
    # The ratios of time units, and the exceptions name what exists.
    assert {86_400, 1_000_000, 3_600_000_000} <= set(_UNIT_RATIOS)
    assert 60 not in _UNIT_RATIOS
    assert 1_000 not in _UNIT_RATIOS
    stale = [k for k in _TIME_EXCEPTIONS if k.split(":")[0] not in srcs]
    assert stale == [], "time exceptions for modules that no longer exist"


def test_the_checks_find_each_shape_found_at_cb0b6d9() -> None:
    """The findings at cb0b6d9 on their own shapes, each with the
    fixed shape the check lets through."""
    # One property body in two classes of one module, each naming its own class; the
    # fixed `self.position + 1` is a use of the home, too small to be a helper.
    srcs = _parse(
        {
            "custops.exchange": (
                "class Document(LabelledEnum):\n"
                "    @property\n"
                "    def number(self):\n        return list(Document).index(self) + 1\n"
                "class ChangeKind(LabelledEnum):\n"
                "    @property\n"
                "    def item(self):\n        return list(ChangeKind).index(self) + 1\n"
                "class Condition(LabelledEnum):\n"
                "    @property\n"
                "    def clause(self):\n        return self.position + 1\n"
                "class Finding(LabelledEnum):\n"
                "    @property\n"
                "    def article(self):\n        return self.position + 1\n"
            ),
        }
    )
    assert set(same_body_problems(srcs)) == {
        "custops.exchange:Document.number",
        "custops.exchange:ChangeKind.item",
    }
    # One check around two base checks, names and messages aside; the bound of the
    # home's check is let through.
    check = (
        "def {0}(argument, value):\n"
        "    {1} = {2}(argument, value)\n"
        "    if {1} < 0:\n"
        "        raise InvalidInput.for_argument(argument, value, '{3}')\n"
        "    return {1}\n"
    )
    srcs = _parse(
        {
            "custops.exchange": check.format("_years", "number", "require_number", "must be >= 0")
            + check.format("_share", "share", "require_rational", "x").replace("< 0", "< 1"),
            "custops.money": check.format("_weight", "weight", "require_rational", "negative"),
            "custops.deposits": "_WEIGHT = partial(require_rational, low=0)\n",
        }
    )
    assert set(check_copy_problems(srcs)) == {"custops.exchange:_years", "custops.money:_weight"}
    # An interval refused by hand, between two bounds or against a number; a size, a
    # comparison that refuses nothing, and the home itself are let through.
    srcs = _parse(
        {
            VALIDATE: (
                "def within(argument, value, number, *, low=None, high=None):\n"
                "    if not low <= value <= high:\n"
                "        raise InvalidInput.for_argument(argument, value, 'must lie in')\n"
            ),
            "custops.vip.policy": (
                "class VipPolicy:\n"
                "    def __attrs_post_init__(self):\n"
                "        if not Decimal(0) < self.rate <= Decimal(1):\n"
                "            raise PolicyError.for_argument('rate', self.rate, '(0, 1]')\n"
                "        if len(self.rules) > 3:\n"
                "            raise PolicyError.for_argument('rules', self.rules, 'too many')\n"
                "        if self.low < self.high:\n"
                "            return\n"
            ),
            "custops.exchange": (
                "def _years(argument, value):\n"
                "    number = require_number(argument, value)\n"
                "    if number < 0:\n"
                "        raise InvalidInput.for_argument(argument, value, 'must be >= 0')\n"
                "    return number\n"
            ),
        }
    )
    assert set(interval_problems(srcs)) == {
        "custops.vip.policy:VipPolicy.__attrs_post_init__",
        "custops.exchange:_years",
    }
    # Block's separator, the language tested and a separator chosen by it in
    # place; the home, a docstring, a table of words and a Chinese-only choice let through.
    srcs = _parse(
        {
            TEXT: (
                "def block(head, rows):\n    return '\\n  '.join([head, *rows])\n"
                "def word_list(items):\n"
                "    return (', ' if current_language() == 'en_US' else '、').join(items)\n"
            ),
            "custops.complaints.case": (
                "class CaseStatus:\n"
                "    def explain(self):\n"
                "        '''Lines:\\n  indented.'''\n"
                "        return '\\n  '.join(self.out)\n"
                "def _flow(english):\n"
                "    return english if current_language() == 'en_US' else '办结'\n"
            ),
            "custops.calendars": (
                "class DayInfo:\n"
                "    def explain(self):\n        return f'{self}\\n  ' + _('source')\n"
            ),
            "custops.sla._policy": (
                "def _rules_line(ids):\n"
                "    return _('rules: {rules}', rules=(', ' if english() else '、').join(ids))\n"
            ),
            "custops.service": (
                "PHRASES = '''\n    老伯 大妈\n    您好\n'''\n"
                "def digit(i):\n    return '零' if i else ''\n"
            ),
        }
    )
    found = text_layout_problems(srcs)
    assert set(found) == {
        "custops.complaints.case:CaseStatus.explain",
        "custops.complaints.case:_flow",
        "custops.calendars:DayInfo.explain",
        "custops.sla._policy:_rules_line",
    }
    assert "custops._text.block" in found["custops.calendars:DayInfo.explain"]
    # Years added with relativedelta, time units and clock fields scaled by
    # hand, a span of years as ordinals; `_dates` itself and a Period's own conversion let
    # through.
    srcs = _parse(
        {
            DATES: (
                "def time_us(t):\n"
                "    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000\n"
            ),
            "custops.complaints.retention": (
                "def keep_record(closed_on, years):\n"
                "    return closed_on + relativedelta(years=years)\n"
            ),
            "custops.serial": (
                "def _timedelta_out(value):\n"
                "    return (value.days * 86_400 + value.seconds) * 1_000_000 + value.us\n"
                "def _fixed(value):\n    return value // US, 60 * 24, len(value) * 60\n"
            ),
            "custops.calendars": (
                "def _time_us(t):\n    return t.hour * 60 + t.minute\n"
                "class _Index:\n"
                "    def __init__(self, lo, hi):\n"
                "        self.first = _dt.date(lo, 1, 1).toordinal()\n"
                "        self.last = _dt.date(hi, 12, 31).toordinal()\n"
                "        self.day = _dt.date(lo, 6, 1).toordinal()\n"
            ),
            "custops.periods": "_OFFSETS = {1: lambda n: relativedelta(years=n)}\n",
        }
    )
    found = time_arithmetic_problems(srcs)
    assert set(found) == {
        "custops.complaints.retention:keep_record",
        "custops.serial:_timedelta_out",
        "custops.calendars:_time_us",
        "custops.calendars:_Index.__init__",
    }
    assert "86_400" in found["custops.serial:_timedelta_out"]
    assert "1_000_000" in found["custops.serial:_timedelta_out"]
    assert found["custops.calendars:_Index.__init__"].count("year_ordinals") == 2


def test_the_checks_find_each_shape_found_at_c2a7539() -> None:
    """The findings at c2a7539 on their own shapes, each with the shape let through."""
    srcs = _parse(
        {
            VALIDATE: (
                "def require_distinct(argument, items, problem):\n"
                "    if len(set(items)) != len(items):\n"
                "        raise InvalidInput.for_argument(argument, items, problem)\n"
            ),
            "custops.sla._policy": (
                "def _twice(argument, names, what):\n"
                "    twice = next((n for n in names if names.count(n) > 1), None)\n"
                "def _check_chains(by_name):\n"  # a cycle walked per item: no duplicate check
                "    for t in by_name.values():\n"
                "        seen = {t.name}\n"
                "        while after is not None:\n"
                "            if after in seen:\n"
                "                raise PolicyError.for_argument('starts_after', after, 'cycle')\n"
                "            seen.add(after)\n"
            ),
            "custops.service": (
                "class ServicePolicy:\n"
                "    def __attrs_post_init__(self):\n"
                "        keys = [item._key for item in self.forbidden]\n"
                "        for i, item in enumerate(self.forbidden):\n"
                "            if item._key in keys[:i]:\n"
                "                raise PolicyError.for_argument('forbidden', item, 'twice')\n"
            ),
            "custops.calendars": (
                "def _years(argument, years):\n"
                "    if len(frozenset(years)) < len(years):\n"
                "        raise InvalidInput(f'{argument}: has two arrangements for a year')\n"
                "def _names(names):\n"
                "    seen = set()\n"
                "    for name in names:\n"
                "        if name in seen:\n"
                "            raise InvalidInput.for_argument('names', name, 'comes twice')\n"
                "        seen.add(name)\n"
            ),
            "custops.serial": (  # a diagnostic that only builds a message
                "def _check_ledger(earned, problems):\n"
                "    if len(set(earned)) != len(earned):\n"
                "        problems.append('its purchases are not the purchases of its entries')\n"
            ),
        }
    )
    assert set(distinct_problems(srcs)) == {
        "custops.sla._policy:_twice",
        "custops.service:ServicePolicy.__attrs_post_init__",
        "custops.calendars:_years",
        "custops.calendars:_names",
    }
    srcs = _parse(
        {
            "custops.deposits": (
                "def _tranches(argument, value):\n"
                "    for item in require_items(argument, value, 'a sequence of Tranche'):\n"
                "        if not isinstance(item, Tranche) and not (\n"
                "            isinstance(item, tuple) and len(item) == 2\n"
                "        ):\n"
                "            raise InvalidType.for_argument(argument, item, 'a pair')\n"
            ),
            "custops.complaints.penalties": (
                "def _bands(value):\n"
                "    for pair in value:\n"
                "        if not isinstance(pair, tuple) or len(pair) != 2:\n"
                "            raise InvalidType.for_argument('bands', pair, 'a pair')\n"
            ),
            "custops.serial": (  # another's error passed on, and a stored form tested
                "def _construct(cls, kwargs):\n"
                "    for _ in range(3):\n"
                "        if not all(isinstance(p, tuple) and len(p) == 2 for p in kwargs):\n"
                "            raise\n"
                "def _conditions(value):\n"
                "    if isinstance(value, tuple) and len(value) == 2:\n"
                "        return dict(value)\n"
            ),
        }
    )
    assert set(pair_problems(srcs)) == {
        "custops.deposits:_tranches",
        "custops.complaints.penalties:_bands",
    }
    srcs = _parse(
        {
            VALIDATE: (
                "def require_type(argument, value, types, what):\n"
                "    if isinstance(value, bool) or not isinstance(value, types):\n"
                "        raise InvalidType.for_argument(argument, value, what)\n"
            ),
            "custops.money": (
                "def yuan(value, *, argument='value'):\n"
                "    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):\n"
                "        message = f'{argument}: money must be an int'\n"
                "        raise InvalidType(message, argument=argument, value=value)\n"
            ),
            "custops.spark": (
                "def with_add_workdays(df, day, workdays):\n"
                "    if not isinstance(workdays, (int, str)) or isinstance(workdays, bool):\n"
                "        raise InvalidType.for_argument('workdays', workdays, 'an int')\n"
            ),
            "custops.serial": (  # a document's format: InvalidInput, not a type check
                "def _load(data):\n"
                "    if isinstance(version, bool) or not isinstance(version, int):\n"
                "        raise refuse(version, 'is not a custops document')\n"
            ),
        }
    )
    assert set(bool_type_problems(srcs)) == {
        "custops.money:yuan",
        "custops.spark:with_add_workdays",
    }
    srcs = _parse(
        {
            DATES: (
                "def add_months(day, months):\n"
                "    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:\n"
                "        problem = 'falls outside the calendar'\n"
                "        raise InvalidInput.for_argument('on', day, problem)\n"
            ),
            "custops.vip.qualification": (
                "class Purchase:\n"
                "    paid: Decimal = attrs.field(converter=MONEY)\n"
                "    refunded: Decimal = attrs.field(default=ZERO, converter=MONEY)\n"
                "    on: _dt.date = attrs.field(converter=DATE)\n"
                "    def __attrs_post_init__(self):\n"
                "        if self.refunded > self.paid:\n"
                "            problem = f'must not exceed paid {self.paid}'\n"
                "            raise InvalidInput.for_argument('refunded', self.refunded, problem)\n"
                "    def later(self, day):\n"  # two moments' order: an interval check too
                "        if day < self.on:\n"
                "            raise InvalidInput.for_argument('on', day, 'is before')\n"
            ),
            "custops.calendars": (
                "def _intervals(argument, items):\n"
                "    for before, after in itertools.pairwise(items):\n"
                "        if after.start_us < before.end_us:\n"
                "            raise PolicyError.for_argument(argument, after, 'overlap')\n"
            ),
            "custops.exchange": (
                "class ExchangePolicy:\n"
                "    def __attrs_post_init__(self):\n"
                "        if self.fine_multiple < 1:\n"
                "            raise PolicyError(f'fine_multiple: must be at least 1')\n"
            ),
        }
    )
    assert set(interval_problems(srcs)) == {
        "custops.vip.qualification:Purchase.__attrs_post_init__",
        "custops.vip.qualification:Purchase.later",
        "custops.calendars:_intervals",
        "custops.exchange:ExchangePolicy.__attrs_post_init__",
    }
    # a sentence's parts joined with a separator translated in place; an exception's English
    # message (item 8) and the home let through
    srcs = _parse(
        {
            TEXT: "def aside(head, notes):\n    return f\"{head} ({'; '.join(notes)})\"\n",
            "custops.vip.ledger": (
                "class Ledger:\n    def reverse(self, why):\n        reason = _('; ').join(why)\n"
            ),
            "custops.moveout": "def _unmet(unmet):\n    return _('；').join(unmet)\n",
            "custops.serial": (
                "def _check(problems):\n    raise _fail('Ledger', None, '; '.join(problems))\n"
            ),
        }
    )
    assert set(text_layout_problems(srcs)) == {
        "custops.vip.ledger:Ledger.reverse",
        "custops.moveout:_unmet",
    }
    srcs = sources()
    stale = [
        k
        for table in (_INTERVAL_EXCEPTIONS, _DISTINCT_EXCEPTIONS)
        for k in table
        if k.split(":")[0] not in srcs
    ]
    assert stale == [], "exceptions for modules that no longer exist"


# =========================================================================== a pair, a fold


def _len_two(test: ast.expr) -> bool:
    """``len(x) != 2`` / ``len(x) == 2`` somewhere in ``test``."""
    return any(
        isinstance(n, ast.Compare)
        and isinstance(n.left, ast.Call)
        and ast.unparse(n.left.func) == "len"
        and any(isinstance(c, ast.Constant) and c.value == 2 for c in n.comparators)
        for n in ast.walk(test)
    )


def single_pair_problems(srcs: Sources) -> Found:
    """One pair's shape checked by hand: ``if not isinstance(v, tuple) or len(v) != 2:
    raise InvalidType(…)`` (``custops._validate.require_pair`` is the one check)."""
    found: Found = {}
    for src in srcs.values():
        if src.name == VALIDATE:
            continue
        for scope, node in _scoped(src.tree):
            if (
                isinstance(node, ast.If)
                and _raises_invalid_type(node.body)
                and _len_two(node.test)
                and any("tuple" in kinds for _, kinds, _ in _isinstance_of(node.test))
            ):
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: `{ast.unparse(node.test)}` then InvalidType; use "
                    f"{VALIDATE}.require_pair(argument, value, pair)",
                )
    return found


def hand_fold_problems(srcs: Sources) -> Found:
    """A label looked up after ``.lower()``/``.casefold()`` by hand (``text.lower() in
    ALIASES``): ``custops._enums.fold`` is the one lookup form (NFKC, ``-``/``_``/spaces)."""
    found: Found = {}
    for src in srcs.values():
        if src.name == ENUMS:
            continue
        for scope, node in _scoped(src.tree):
            if (
                isinstance(node, ast.Compare)
                and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
                and isinstance(node.left, ast.Call)
                and isinstance(node.left.func, ast.Attribute)
                and node.left.func.attr in ("lower", "casefold")
            ):
                _add(
                    found,
                    f"{src.name}:{scope}",
                    f"{_where(src, node)}: `{ast.unparse(node)}`; fold both sides with "
                    f"{ENUMS}.fold",
                )
    return found


def test_no_pair_shape_or_label_fold_by_hand() -> None:
    srcs = sources()
    assert single_pair_problems(srcs) == {}
    assert hand_fold_problems(srcs) == {}


def test_the_pair_and_fold_checks_see_their_shapes() -> None:
    """``exchange._month_day`` and ``secrecy._company`` as they were."""
    text = (
        "def _month_day(argument, value):\n"
        "    if not isinstance(value, tuple) or len(value) != 2:\n"
        "        raise InvalidType.for_argument(argument, value, 'must be a (month, day) tuple')\n"
        "    return value\n"
        "def _company(argument, value):\n"
        "    text = require_id(argument, value)\n"
        "    return HQ if text.lower() in _HQ_ALIASES else text\n"
        "def fine(argument, value):\n"
        "    return HQ if fold(value) in _HQ_ALIASES else value\n"
    )
    srcs = {"custops.x": Source("custops.x", "x.py", ast.parse(text))}
    assert [k.split(":")[1] for k in single_pair_problems(srcs)] == ["_month_day"]
    assert [k.split(":")[1] for k in hand_fold_problems(srcs)] == ["_company"]


def test_a_constant_declared_in_a_tuple_assignment_is_seen() -> None:
    # ``_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)`` beside another
    # module's ``_FIRST = operator.itemgetter(0)``: one constant in two modules
    srcs = _parse(
        {
            "custops.a": "import operator\n_FIRST = operator.itemgetter(0)\n",
            "custops.b": (
                "import operator\n"
                "_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)\n"
            ),
        }
    )
    found = constant_problems(srcs)
    assert any("custops.a" in key and "_FIRST" in key for key in found), found
    assert any("custops.b" in key and "_FIRST" in key for key in found), found
