"""One home per helper, the shape of an error, and item 2 for the values custops takes
(CONTRIBUTING.md, "The API convention", items 2, 6 and 7, and "Errors").

The other test_api_*.py modules find a helper copied under its own shape; these checks
find a helper written by hand in another shape, and an error that does not say what it
refuses:

a. **declaration order**: outside ``custops.enums``, ``list(E).index(…)``,
   ``tuple(E).index(…)``, ``list(type(m)).index(m)`` or ``enumerate(E)`` (also
   ``enumerate((*E, *F))``) of a ``LabelledEnum`` subclass ``E`` is ``E.position`` computed
   by hand;
b. **zone lookup**: ``ZoneInfo(<not a literal>)`` outside ``custops._validate`` is
   ``require_zone`` written out (a literal zone is test_api_copies' business);
c. **Chinese numerals**: a string, or a table of strings, made of nine or more of the
   numeral characters (零〇一二两三四五六七八九十百千万) outside their two homes, the reader
   ``custops.periods`` and the writer ``custops._text.numeral_text``;
d. **a type check with the wrong class**: an ``if`` whose test holds ``not isinstance(…)``
   and whose body raises a ``CustopsError`` other than ``InvalidType``;
e. **errors that say what they refuse**: every ``CustopsError`` built directly (not by
   ``for_argument``) with the base class' constructor passes ``argument=`` and ``value=``;
   and at run time, every error raised by the bad inputs of tests/test_bad_input.py starts
   with the argument it names (a state machine's ``IllegalTransition`` with its event);
f. **one-letter parameters** in the modules test_api_shapes.py does not sweep
   (``custops.testing``, ``custops.cli``): the Hypothesis exception covers
   ``min_value``/``max_value`` and positional options, not one-letter names;
g. **the values custops takes**: an attrs class that appears in a public parameter's
   annotation (``LoanRequest``, ``Complaint``, ``Claim`` …) keeps its moments (``on``,
   ``at``, ``<role>_on``, ``<role>_at``) and its yes/no and enum options keyword-only.

Each check has a ``KNOWN_*`` list of today's violations in modules waiting for their fix;
an entry that is fixed fails the test until it is deleted, so the lists only shrink.
"""

from __future__ import annotations

import ast
import datetime as _dt
import enum
import functools
import importlib
import inspect
import pkgutil
import re
import types
import typing
import warnings
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

import custops
from custops import errors
from custops.decisions import Explained
from custops.errors import CustopsError, IllegalTransition, InsufficientPoints, Refused
from custops.secrecy import Level
from test_api_copies import Source, Sources, _scoped, sources
from test_api_shapes import parameter_name_problems_of

Found = dict[str, str]


def _where(src: Source, node: ast.AST) -> str:
    return f"{src.path}:{getattr(node, 'lineno', 0)}"


def _named(node: ast.AST) -> str | None:
    """The name a ``Name`` or an ``Attribute`` (``enums.Kind``) ends with."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _add(found: Found, key: str, detail: str) -> None:
    found[key] = f"{found[key]}; {detail}" if key in found else detail


def _report(found: Found, known: dict[str, str], what: str) -> None:
    new = {k: v for k, v in found.items() if k not in known}
    assert new == {}, f"{what}:\n" + "\n".join(f"{k}: {v}" for k, v in sorted(new.items()))


# =========================================================================== a. position


def enum_classes(srcs: Sources) -> frozenset[str]:
    """The names of the classes deriving from ``LabelledEnum`` (through any number of
    subclasses, ``OrderedEnum`` included), read from the sources."""
    bases: dict[str, set[str]] = {}
    for src in srcs.values():
        for node in ast.walk(src.tree):
            if isinstance(node, ast.ClassDef):
                named = {n for b in node.bases if (n := _named(b)) is not None}
                bases.setdefault(node.name, set()).update(named)
    found = {"LabelledEnum"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return frozenset(found - {"LabelledEnum"})
        found |= more


def _is_enum(node: ast.AST, enums: frozenset[str]) -> bool:
    """``E``, ``module.E`` or ``type(member)``: an enumeration."""
    if isinstance(node, ast.Call) and _named(node.func) == "type" and len(node.args) == 1:
        return True
    return _named(node) in enums


def position_problems(srcs: Sources) -> Found:
    """A member's place in the declaration order computed by hand outside
    ``custops.enums`` (``LabelledEnum.position`` is the one home)."""
    enums = enum_classes(srcs)
    found: Found = {}
    for src in srcs.values():
        if src.name == "custops.enums":
            continue
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            # list(E).index(m) / tuple(E).index(m)
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "index"
                and isinstance(func.value, ast.Call)
                and _named(func.value.func) in ("list", "tuple")
                and len(func.value.args) == 1
                and _is_enum(func.value.args[0], enums)
            ):
                _add(found, f"{src.name}:{scope}", f"{_where(src, node)}: {ast.unparse(node)}")
            # enumerate(E) / enumerate((*E, *F))
            if _named(func) == "enumerate" and node.args:
                what = node.args[0]
                items = (
                    [e.value for e in what.elts if isinstance(e, ast.Starred)]
                    if isinstance(what, (ast.Tuple, ast.List))
                    else [what]
                )
                if items and all(_is_enum(i, enums) for i in items):
                    _add(found, f"{src.name}:{scope}", f"{_where(src, node)}: {ast.unparse(node)}")
    return found


# Debt, issue 12: in a module waiting for its fix.
KNOWN_POSITIONS: dict[str, str] = {}


def test_a_declaration_order_is_position() -> None:
    """Item 7: a member's place in the declaration order is ``LabelledEnum.position``."""
    _report(
        position_problems(sources()),
        KNOWN_POSITIONS,
        "a declaration order computed by hand: use `member.position` (CONTRIBUTING item 7)",
    )


# =========================================================================== b. zones


def _zone_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """The names ``ZoneInfo`` goes by in a module, and the names of ``zoneinfo`` itself."""
    classes, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "zoneinfo":
            classes |= {a.asname or a.name for a in node.names if a.name == "ZoneInfo"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "zoneinfo"}
    return classes, modules


def zone_problems(srcs: Sources) -> Found:
    """A zone looked up from a computed name outside ``custops._validate.require_zone``."""
    found: Found = {}
    for src in srcs.values():
        if src.name == "custops._validate":
            continue
        classes, modules = _zone_names(src.tree)
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            looked_up = (isinstance(func, ast.Name) and func.id in classes) or (
                isinstance(func, ast.Attribute)
                and func.attr == "ZoneInfo"
                and isinstance(func.value, ast.Name)
                and func.value.id in modules
            )
            literal = isinstance(node.args[0], ast.Constant)
            if looked_up and not literal:
                _add(found, f"{src.name}:{scope}", f"{_where(src, node)}: {ast.unparse(node)}")
    return found


KNOWN_ZONES: dict[str, str] = {}


def test_b_a_zone_is_looked_up_by_require_zone() -> None:
    """Item 7: a zone named by a computed key is ``_validate.require_zone(argument, key)``."""
    _report(
        zone_problems(sources()),
        KNOWN_ZONES,
        "a zone looked up by hand: use `custops._validate.require_zone` (CONTRIBUTING item 7)",
    )


# =========================================================================== c. numerals

NUMERALS = frozenset("零〇一二两三四五六七八九十百千万")
#: The reader of Chinese numerals and their one writer.
NUMERAL_HOMES = frozenset({"custops.periods", "custops._text"})
_MIN_NUMERALS = 9


def _docstrings(tree: ast.Module) -> set[int]:
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


def _numeral_text(value: object) -> bool:
    """A string of numeral characters only (``"一二三"``, ``"十"``)."""
    return isinstance(value, str) and bool(value) and set(value) <= NUMERALS


def numeral_problems(srcs: Sources) -> Found:
    """A constant or table spelling Chinese numerals outside their homes: a string, or the
    strings of one ``dict``/``tuple``/``list``/``set`` display, that hold nothing but
    numeral characters and nine or more different ones."""
    found: Found = {}
    for src in srcs.values():
        if src.name in NUMERAL_HOMES:
            continue
        skip = _docstrings(src.tree)
        for scope, node in _scoped(src.tree):
            if isinstance(node, ast.Constant) and id(node) not in skip:
                texts = [node.value]
            elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                texts = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            elif isinstance(node, ast.Dict):
                texts = [e.value for e in (*node.keys, *node.values) if isinstance(e, ast.Constant)]
            else:
                continue
            numerals = [t for t in texts if isinstance(t, str) and _numeral_text(t)]
            if len(set("".join(numerals))) >= _MIN_NUMERALS:
                _add(found, f"{src.name}:{scope}", f"{_where(src, node)}: {numerals!r}")
    return found


KNOWN_NUMERALS: dict[str, str] = {}


def test_c_chinese_numerals_have_two_homes() -> None:
    """Item 7: Chinese numerals are read by ``custops.periods`` and written by
    ``custops._text.numeral_text``; no other module spells them out."""
    _report(
        numeral_problems(sources()),
        KNOWN_NUMERALS,
        "Chinese numerals spelled out: use `custops._text.numeral_text` (CONTRIBUTING item 7)",
    )


def test_c_the_writer_writes_what_the_reader_reads() -> None:
    """The writer's digits are the reader's first spelling of each value."""
    from custops import periods
    from custops._text import numeral_text

    for number in (*range(0, 130), 1010, 20000, 100005, 99_999_999):
        assert periods.Period.parse(f"{numeral_text(number)}天").count == number


# =========================================================================== d. type checks


def _error_classes() -> dict[str, type[CustopsError]]:
    return {
        name: obj
        for name, obj in vars(errors).items()
        if isinstance(obj, type) and issubclass(obj, CustopsError)
    }


def _raised_class(node: ast.Raise) -> str | None:
    """The error class a ``raise`` builds: ``X(…)``, ``X.for_argument(…)`` or ``X``."""
    exc = node.exc
    if isinstance(exc, ast.Call):
        exc = exc.func
        if isinstance(exc, ast.Attribute) and exc.attr == "for_argument":
            exc = exc.value
    return _named(exc) if exc is not None else None


def _not_isinstance(test: ast.expr) -> set[str]:
    """The values ``test`` refuses by type: ``x`` of each ``not isinstance(x, …)``."""
    return {
        ast.unparse(n.operand.args[0])
        for n in ast.walk(test)
        if isinstance(n, ast.UnaryOp)
        and isinstance(n.op, ast.Not)
        and isinstance(n.operand, ast.Call)
        and _named(n.operand.func) == "isinstance"
        and n.operand.args
    }


def _refused_value(node: ast.Raise) -> str | None:
    """The value an error shows: ``for_argument(argument, value, …)``'s or ``value=``."""
    call = node.exc
    if not isinstance(call, ast.Call):
        return None
    if isinstance(call.func, ast.Attribute) and call.func.attr == "for_argument":
        return ast.unparse(call.args[1]) if len(call.args) > 1 else None
    given = {k.arg: k.value for k in call.keywords}
    return ast.unparse(given["value"]) if "value" in given else None


def type_check_problems(srcs: Sources) -> Found:
    """``if not isinstance(x, …): raise X`` refusing ``x`` itself, with ``X`` a
    ``CustopsError`` but not ``InvalidType``: a wrong type refused as a wrong value.  (A
    type test of a value derived from the argument, such as what a text parsed to, may
    refuse the text as a wrong value.)"""
    classes = set(_error_classes()) - {"InvalidType"}
    found: Found = {}
    for src in srcs.values():
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.If):
                continue
            checked = _not_isinstance(node.test)
            for stmt in node.body if checked else ():
                if (
                    isinstance(stmt, ast.Raise)
                    and _raised_class(stmt) in classes
                    and _refused_value(stmt) in checked
                ):
                    test = ast.unparse(node.test)
                    detail = f"{_where(src, node)}: if {test}: raise {_raised_class(stmt)}"
                    _add(found, f"{src.name}:{scope}", detail)
    return found


KNOWN_TYPE_CHECKS: dict[str, str] = {}


def test_d_a_wrong_type_is_invalid_type() -> None:
    """ "Errors": a wrong type is ``InvalidType`` (``require_type`` and the ``require_*``
    checks say so); ``InvalidInput``, ``PolicyError`` … are for wrong values."""
    _report(
        type_check_problems(sources()),
        KNOWN_TYPE_CHECKS,
        "a type check raising another class than InvalidType (CONTRIBUTING, Errors)",
    )


# =========================================================================== e. errors


def _plain_errors() -> frozenset[str]:
    """The error classes built with the base constructor (``message, *, argument, value``,
    ``problem``; ``argument`` required by every class that always names one)."""
    base = list(inspect.signature(CustopsError.__init__).parameters)
    return frozenset(
        name
        for name, cls in _error_classes().items()
        if list(inspect.signature(cls.__init__).parameters) == base
    )


def error_argument_problems(srcs: Sources) -> Found:
    """A ``CustopsError`` built directly (not by ``for_argument``) without ``argument=``
    and ``value=``: its message may name an argument, its attributes do not."""
    plain = _plain_errors()
    found: Found = {}
    for src in srcs.values():
        if src.name == "custops.errors":
            continue
        for scope, node in _scoped(src.tree):
            if not isinstance(node, ast.Call) or _named(node.func) not in plain:
                continue
            given = {k.arg for k in node.keywords}
            if None in given:  # **kwargs: not read here
                continue
            missing = sorted({"argument", "value"} - given)
            if missing:
                detail = (
                    f"{_where(src, node)}: {_named(node.func)}(…) without {', '.join(missing)}="
                )
                _add(found, f"{src.name}:{scope}", detail)
    return found


KNOWN_ERROR_ARGUMENTS: dict[str, str] = {}


def test_e_an_error_built_directly_names_its_argument_and_value() -> None:
    """ "Errors": the message names the argument and shows the value, and so do the
    error's ``argument`` and ``value``."""
    _report(
        error_argument_problems(sources()),
        KNOWN_ERROR_ARGUMENTS,
        "an error built without argument= and value= (CONTRIBUTING, Errors)",
    )


def error_shape_problem(error: CustopsError) -> str | None:
    """What is wrong with a raised error's shape, or ``None``: its message starts with the
    argument it names (``argument: …``, ``argument[2]: …``), an ``IllegalTransition``'s
    that names the event (``argument="event"``) with the event refused; a ``Refused`` is a
    decision, not a refused argument."""
    text = str(error)
    if isinstance(error, Refused):
        return None
    if isinstance(error, IllegalTransition) and error.argument == "event":
        event = str(error.value)
        return None if text.startswith(event) else f"does not start with its event {event!r}"
    if error.argument is None:
        return "names no argument (`argument` is None)"
    if not re.match(rf"{re.escape(error.argument)}[:\[.]", text):
        return f"does not start with its argument {error.argument!r}"
    return None


def _raised(fn: Any, kwargs: dict[str, Any]) -> CustopsError | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(**kwargs)
    except CustopsError as error:
        return error
    except Exception:  # another exception is test_bad_input's business
        return None
    return None


def _returned_twice() -> None:
    """A purchase returned in full, then returned again: the ledger refuses the second."""
    from test_bad_input import LEDGER

    ledger, _ = LEDGER.reverse(_dt.date(2025, 2, 3), "R-1")
    ledger.reverse(_dt.date(2025, 2, 4), "R-1")


def _unknown_declared_value() -> None:
    """A selection rule testing a declared attribute for a value it does not declare."""
    from custops.sla import CaseAttribute, SelectionRule, SlaPolicy, Target

    rule = SelectionRule("r", ("reply",), conditions={"priority": "asap"})
    attribute = CaseAttribute("priority", ("low", "urgent"))
    SlaPolicy("p", (Target("reply", "1天"),), (rule,), extra_attributes=(attribute,))


def _sweep() -> Iterator[tuple[str, CustopsError]]:
    """The errors of test_bad_input's tables (the wrong inputs, the refused operations,
    each argument of each valid call in turn given each kind of junk), and of a few
    refusals by a state machine."""
    from test_bad_input import BAD, CALLS, JUNK, NOT_DATA, REFUSALS, _params

    for bad in BAD:
        if (error := _raised(bad.fn, bad.kwargs)) is not None:
            yield bad.what, error
    for refusal in REFUSALS:
        refused = functools.partial(refusal.refused, refusal.build())
        if (error := _raised(refused, {})) is not None:
            yield refusal.what, error
    if (error := _raised(_returned_twice, {})) is not None:
        yield "vip.Ledger.reverse returned twice", error
    if (error := _raised(_unknown_declared_value, {})) is not None:
        yield "sla.SlaPolicy unknown value of a declared attribute", error
    for call in CALLS:
        for argument in _params(call.fn):
            if argument == "argument" or (call.id, argument) in NOT_DATA:
                continue
            for label, junk in JUNK:
                if (error := _raised(call.fn, {**call.kwargs, argument: junk})) is not None:
                    yield f"{call.id}({argument}={label})", error


KNOWN_ERROR_SHAPES: dict[str, str] = {}


def test_e_every_error_starts_with_what_it_refuses() -> None:
    """ "Errors": a raised error's message starts with the argument its ``argument``
    names (or, refused by a state machine, the event), so message and attributes agree."""
    found: Found = {}
    for what, error in _sweep():
        problem = error_shape_problem(error)
        if problem is not None:
            found.setdefault(what, f"{type(error).__name__} {problem}: {error}")
    _report(found, KNOWN_ERROR_SHAPES, "an error whose message and attributes disagree")
    assert sorted(set(KNOWN_ERROR_SHAPES) - set(found)) == []  # the list only shrinks


def _read_then_refused() -> Iterator[tuple[str, Any, str, str]]:
    """Texts that read well but are refused afterwards (a period in a unit the call does
    not count in, a country code in lower case), beside the call they are given to."""
    from custops.calendars import WorkCalendar
    from custops.periods import window_start

    end = _dt.date(2025, 3, 31)
    yield "periods.window_start", functools.partial(window_start, end), "period", "3 working hours"
    yield "periods.window_start", functools.partial(window_start, end), "period", " 3个工作日 "
    yield "calendars.WorkCalendar", WorkCalendar, "country", " xx "


def shown_value_problems(
    raised: Iterable[tuple[str, str, str, CustopsError | None]],
) -> Found:
    """ "Errors": a text given to an argument and refused shows that text as given, not
    the form custops read it in (``got '3个工作小时'`` for ``'3 working hours'``, ``'JUNK'``
    for ``'junk'``), so the user finds what they typed in the message."""
    found: Found = {}
    for what, argument, given, error in raised:
        if error is None or error.argument != argument or not isinstance(error.value, str):
            continue
        if error.value != given:
            found[what] = f"shows {error.value!r} for {given!r}: {error}"
    return found


def _shown_sweep() -> Iterator[tuple[str, str, str, CustopsError | None]]:
    from test_bad_input import CALLS, JUNK, NOT_DATA, _params

    for call in CALLS:
        for argument in _params(call.fn):
            if argument == "argument" or (call.id, argument) in NOT_DATA:
                continue
            for label, junk in JUNK:
                if isinstance(junk, str):
                    error = _raised(call.fn, {**call.kwargs, argument: junk})
                    yield f"{call.id}({argument}={label})", argument, junk, error
    for what, fn, argument, text in _read_then_refused():
        yield f"{what}({argument}={text!r})", argument, text, _raised(fn, {argument: text})


def test_e_a_refused_text_is_shown_as_given() -> None:
    found = shown_value_problems(_shown_sweep())
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in sorted(found.items()))


# =========================================================================== f. one letter


def _unswept_modules() -> list[types.ModuleType]:
    """The public modules test_api_shapes.py leaves out: the strategies and the shell."""
    names = ["custops.testing", "custops.cli"]
    for package in ("custops.testing", "custops.cli"):
        module = importlib.import_module(package)
        names += [
            info.name
            for info in pkgutil.iter_modules(module.__path__, f"{package}.")
            if not info.name.rsplit(".", 1)[1].startswith("_")
        ]
    return [importlib.import_module(n) for n in sorted(names)]


def test_f_no_one_letter_parameter_in_the_strategies_or_the_shell() -> None:
    """Item 6: no public parameter is one letter, in ``custops.testing`` and ``custops.cli``
    too (the Hypothesis exception is about ``min_value``/``max_value`` and positions)."""
    exported = [
        (f"{m.__name__}:{name}", getattr(m, name))
        for m in _unswept_modules()
        for name in getattr(m, "__all__", ())
    ]
    assert len(exported) > 30  # the sweep sees the strategies
    assert parameter_name_problems_of(exported) == {}


# =========================================================================== g. values taken


def _public_modules() -> list[types.ModuleType]:
    names = ["custops"]
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if any(p.startswith("_") for p in info.name.split(".")[1:]):
            continue
        if info.name.startswith(("custops.cli", "custops.testing", "custops.spark")):
            continue
        names.append(info.name)
    return [importlib.import_module(n) for n in sorted(names)]


def _flat(tp: Any) -> Iterator[Any]:
    yield tp
    for arg in typing.get_args(tp):
        yield from _flat(arg)


def taken_classes() -> dict[type, str]:
    """Every exported attrs class that a public function or method takes as an argument
    (it is in a parameter's annotation), and every exported attrs class a field of one of
    those holds (``Matter.extensions`` holds ``Extension``s, ``MoveOutCase.inspection`` an
    ``Inspection``: the caller builds them to build the value), with one place that takes it."""
    exported: dict[int, tuple[str, Any]] = {}
    for module in _public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            exported.setdefault(id(obj), (f"{module.__name__}:{name}", obj))
    callables: list[tuple[str, Any]] = []
    for where, obj in exported.values():
        if inspect.isfunction(obj):
            callables.append((where, obj))
        elif inspect.isclass(obj):
            for name, member in vars(obj).items():
                fn = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
                if inspect.isfunction(fn) and not name.startswith("_"):
                    callables.append((f"{where}.{name}", fn))
    classes = {id(obj): obj for _, obj in exported.values() if attrs.has(obj)}
    taken: dict[type, str] = {}
    for where, fn in callables:
        try:
            hints = typing.get_type_hints(fn)
        except Exception:  # an annotation only a type checker reads
            continue
        for name, hint in hints.items():
            if name == "return":
                continue
            for tp in _flat(hint):
                if id(tp) in classes:
                    taken.setdefault(tp, f"{where}({name})")
    return _with_held_classes(taken, classes)


_UNIONS = (typing.Union, types.UnionType)


def _init_field_hints(cls: type) -> Iterator[tuple[attrs.Attribute[Any], Any]]:
    """The init fields of the attrs class ``cls`` with their resolved annotations (none when
    an annotation is one only a type checker reads)."""
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # an annotation only a type checker reads
        return
    for field in attrs.fields(typing.cast(Any, cls)):
        if field.init and field.name in hints:
            yield field, hints[field.name]


def _union_members(hint: Any) -> list[Any]:
    """The members of a union annotation but ``None`` (``Inspection | None`` → the class),
    or the annotation itself."""
    if typing.get_origin(hint) in _UNIONS:
        return [a for a in typing.get_args(hint) if a is not type(None)]
    return [hint]


def _with_held_classes(taken: dict[type, str], classes: Mapping[int, Any]) -> dict[type, str]:
    """``taken`` and, transitively, the ``classes`` its attrs fields hold; not the parts of a
    result (an ``Explained``, as ``Classification.evidence``): custops builds those too."""
    todo = [cls for cls in taken if not issubclass(cls, Explained)]
    while todo:
        cls = todo.pop()
        for field, hint in _init_field_hints(cls):
            for tp in _flat(hint):
                if id(tp) in classes and tp not in taken:
                    taken[tp] = f"{taken[cls]} -> {cls.__qualname__}.{field.name}"
                    if not issubclass(tp, Explained):
                        todo.append(tp)
    return taken


def _an_option(field: attrs.Attribute[Any]) -> bool:
    """A yes/no or enum field with a default: an option of the value — its default a yes/no
    or a member, or ``None`` where the field holds one (``kind: Kind | None = None``)."""
    if field.default is attrs.NOTHING:
        return False
    default = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return False
    if default is None:
        return _holds_an_enum(field.type)
    return isinstance(default, (bool, enum.Enum))


def _holds_an_enum(annotation: Any) -> bool:
    """Whether ``annotation`` (a type or its text) is an enumeration or a yes/no, alone or
    ``| None`` (``Kind | None``, ``"Rounding | None"``)."""
    parts = typing.get_args(annotation) or (annotation,)
    for part in parts:
        if isinstance(part, type) and (issubclass(part, enum.Enum) or part is bool):
            return True
        if isinstance(part, str):
            names = {n.strip() for n in part.split("|")} - {"None"}
            if any(n == "bool" or n in _enum_names() for n in names):
                return True
    return False


@functools.cache
def _enum_names() -> frozenset[str]:
    """The names of custops' public enumerations (as a string annotation names them)."""
    return frozenset(
        getattr(module, name).__name__
        for module in _public_modules()
        for name in getattr(module, "__all__", ())
        if isinstance(getattr(module, name), type) and issubclass(getattr(module, name), enum.Enum)
    )


def _a_yes_no(field: attrs.Attribute[Any]) -> bool:
    """A yes/no fact, required or not (``Inspection.restored``): a bare ``True`` by position
    reads as nothing, and two of them swap unnoticed."""
    return field.type in (bool, "bool")


def _a_moment(name: str) -> bool:
    return name in ("on", "at") or name.endswith(("_on", "_at"))


def _held_singly(taken: Iterable[type]) -> set[type]:
    """The classes an attrs field of a taken value holds as one value (``MoveOutCase.
    inspection: Inspection | None``), not as the entries of a history (``events:
    tuple[Event, ...]``): such a value is no record of an event."""
    single: set[type] = set()
    for cls in taken:
        for _field, hint in _init_field_hints(cls):
            members = _union_members(hint)
            single.update(m for m in members if inspect.isclass(m) and attrs.has(m))
    return single


def taken_value_problems(taken: dict[type, str]) -> Found:
    """A value custops takes whose moment or yes/no or enum option is positional.

    Not inputs: a policy (test_api_conventions holds policies to item 2) and a result
    (an ``Explained``: custops builds it; ``Card.issue(qualification)``).  A record of an
    event takes its moment first, as the method that records it does
    (``CaseEvent(at, action, role)``, ``Purchase(on, paid, ref)`` as ``ledger.earn(on,
    paid, ref)``): a first field ``on`` or ``at`` is that moment — unless a value holds it
    as one value of its own (``MoveOutCase.inspection``: item 7's example)."""
    found: Found = {}
    single = _held_singly(taken)
    for cls, where in taken.items():
        if cls.__name__.endswith("Policy") or issubclass(cls, Explained):
            continue
        fields = [f for f in attrs.fields(typing.cast(Any, cls)) if f.init]
        for index, field in enumerate(fields):
            first_moment = index == 0 and field.name in ("on", "at") and cls not in single
            if field.kw_only or first_moment:
                continue
            if _a_moment(field.name) or _an_option(field) or _a_yes_no(field):
                key = f"{cls.__module__}:{cls.__qualname__}({field.name})"
                found[key] = f"positional, taken by {where}"
    return found


# Debt, issue 12: the moment of an input in a module waiting for its fix.
KNOWN_TAKEN_VALUES: dict[str, str] = {}


def test_g_the_values_custops_takes_keep_moments_and_options_keywords() -> None:
    """Item 2: a value the caller builds for custops (an input, as ``LoanRequest``) takes
    its subjects by position, its moments and yes/no or enum options by keyword."""
    taken = taken_classes()
    assert any(cls.__name__ == "LoanRequest" for cls in taken)
    _report(
        taken_value_problems(taken),
        KNOWN_TAKEN_VALUES,
        "a moment or an option of a value custops takes, positional (CONTRIBUTING item 2)",
    )


@attrs.frozen
class _Record:
    """``moveout.Inspection`` as it was: a second moment and yes/no facts by position."""

    on: _dt.date
    restored: bool
    restored_on: _dt.date | None = None
    fit_out_kept: bool = False


@attrs.frozen
class _Holder:
    """A value a public call takes, holding the record in a field (``MoveOutCase``)."""

    unit_id: str
    record: _Record | None = attrs.field(default=None, kw_only=True)


def test_g_a_value_held_in_a_field_of_a_taken_value_is_checked_too() -> None:
    """Item 2: ``Extension`` and ``Inspection`` enter only through another value's field
    (``Matter.extensions``, ``MoveOutCase.inspection``), and are held to the rule as well."""
    classes = {id(_Record): _Record, id(_Holder): _Holder}
    taken = _with_held_classes({_Holder: "can_leave(case)"}, classes)
    assert taken[_Record] == "can_leave(case) -> _Holder.record"
    assert sorted(taken_value_problems(taken)) == [
        f"{__name__}:_Record(fit_out_kept)",
        f"{__name__}:_Record(on)",  # held as one value, not a history's entry
        f"{__name__}:_Record(restored)",
        f"{__name__}:_Record(restored_on)",
    ]
    found = taken_classes()
    assert {cls.__name__ for cls in found} >= {"Extension", "Inspection", "Tranche"}


def _convert(field: attrs.Attribute[Any], value: Any) -> Any:
    """``value`` through the attrs converter of ``field`` (an ``attrs.Converter`` too)."""
    converter: Any = field.converter
    if isinstance(converter, attrs.Converter):
        extra: list[Any] = [None] if converter.takes_self else []  # type: ignore[attr-defined]
        if converter.takes_field:  # type: ignore[attr-defined]
            extra.append(field)
        return converter.converter(value, *extra)  # type: ignore[attr-defined]
    return converter(value)


def _labelled_enums(tp: Any) -> list[type[enum.Enum]]:
    from custops.enums import LabelledEnum

    return [t for t in _flat(tp) if inspect.isclass(t) and issubclass(t, LabelledEnum)]


def enum_field_problems(taken: Mapping[type, str]) -> Found:
    """An enum field of a value custops takes (a policy too; not a result, which custops
    builds) without a converter reading any spelling: given the key (``member.value``) or
    the Chinese label, it must hold the member (a set of members, for a set field), as
    ``deadline(convention="working_time")`` does.  ``Inspection(…, {"security"}, …)`` kept
    the str, and ``moveout.MoveOutEvent(…, "验房", …).step`` too."""
    found: Found = {}
    for cls in taken:
        if issubclass(cls, Explained):
            continue
        for field, hint in _init_field_hints(cls):
            enums = _labelled_enums(hint)
            if not enums:
                continue
            key = f"{cls.__module__}:{cls.__qualname__}.{field.name}"
            if field.converter is None:
                found[key] = f"holds {enums[0].__name__} without a converter"
                continue
            members = _union_members(hint)
            origin = typing.get_origin(members[0]) if len(members) == 1 else None
            if len(members) == 1 and members[0] in enums:
                shape = "member"
            elif origin in (frozenset, tuple) and typing.get_args(members[0])[0] in enums:
                shape = "collection"
            else:
                continue  # pairs of members (``CasePolicy.roles``): the converter exists
            member = next(iter(enums[0]))
            for spelling in (member.value, member.label):  # type: ignore[attr-defined]
                try:
                    got = _convert(field, spelling if shape == "member" else [spelling])
                except CustopsError as exc:
                    found[key] = f"{spelling!r} refused: {exc}"
                    break
                held = got if shape == "member" else next(iter(got), None)
                if held is not member:
                    found[key] = f"{spelling!r} kept as {got!r}, not {member!r}"
                    break
    return found


@attrs.frozen
class _Visit:
    """``moveout.MoveOutEvent`` as it was: an enum field without a converter."""

    on: _dt.date
    level: Level | None = None


def test_g_an_enum_field_of_a_value_custops_takes_reads_any_spelling() -> None:
    """Item 5: "an argument that takes a member also takes any spelling ``parse()`` reads",
    a field of a value the caller builds too (``Inspection.inspectors``, ``MoveOutEvent.step``)."""
    taken = taken_classes()
    names = {cls.__name__ for cls in taken}
    assert {"Inspection", "MoveOutEvent", "Complaint", "CaseEvent"} <= names
    found = enum_field_problems(taken)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
    from custops.moveout import Inspection, MoveOutEvent, MoveOutStep, PropertyDepartment

    day = _dt.date(2025, 6, 5)
    held = Inspection(["security", "工程部"], (), on=day, restored=True).inspectors
    assert held == {PropertyDepartment.SECURITY, PropertyDepartment.ENGINEERING}
    assert MoveOutEvent(day, "验房", "x").step is MoveOutStep.INSPECTION
    assert MoveOutEvent(day, "inspection", "x").step is MoveOutStep.INSPECTION
    # the check finds a field kept as given
    assert enum_field_problems({_Visit: "a call"}) == {
        f"{__name__}:_Visit.level": "holds Level without a converter"
    }


def test_g_a_value_custops_takes_checks_its_fields() -> None:
    """Item 7 and "Errors": ``Inspection('abc', 5, on='x', restored='maybe')`` is refused,
    naming the argument and the value, as ``CaseEvent`` and ``ClockEvent`` are."""
    from custops.errors import InvalidInput, InvalidType
    from custops.moveout import Inspection, MoveOutEvent

    day = _dt.date(2025, 6, 5)
    with pytest.raises(InvalidType, match=r"^on: .*\(got 'x'\)$"):
        Inspection("abc", 5, on="x", restored="maybe")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^inspectors: .*\(got 'abc'\)$"):
        Inspection("abc", 5, on=day, restored="maybe")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^inspectors\[0\]: is not a known PropertyDepartment"):
        Inspection(["abc"], (), on=day, restored=True)
    with pytest.raises(InvalidType, match=r"^damages: .*\(got 5\)$"):
        Inspection([], 5, on=day, restored=True)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^restored: must be a bool.*\(got 'maybe'\)$"):
        Inspection([], (), on=day, restored="maybe")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^restored_on: "):
        Inspection([], (), on=day, restored=True, restored_on="2025-06-05")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^fit_out_kept: "):
        Inspection([], (), on=day, restored=True, fit_out_kept=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^step: is not a known MoveOutStep"):
        MoveOutEvent(day, "move", "x")
    with pytest.raises(InvalidType, match=r"^detail: "):
        MoveOutEvent(day, None, 3)  # type: ignore[arg-type]
    assert MoveOutEvent(day, None, "arrears added").step is None


def event_record_problems(classes: list[type]) -> Found:
    """A record whose moment (a field ``on`` or ``at``) is positional but not first: an event
    record takes its moment first (``CaseEvent(at, action, role)``, ``ClockEvent(at, kind)``),
    whether or not a public call takes it (``ClockEvent`` is only held in ``Clock.events``).
    Policies and results (``Explained``) are built by custops, not by the caller."""
    found: Found = {}
    for cls in classes:
        if cls.__name__.endswith("Policy") or issubclass(cls, Explained):
            continue
        fields = [f for f in attrs.fields(typing.cast(Any, cls)) if f.init]
        for index, field in enumerate(fields):
            if field.name in ("on", "at") and not field.kw_only and index:
                key = f"{cls.__module__}:{cls.__qualname__}({field.name})"
                found[key] = f"the moment is field {index + 1}; an event record takes it first"
    return found


def exported_attrs_classes() -> list[type]:
    seen: dict[int, type] = {}
    for module in _public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.isclass(obj) and attrs.has(obj):
                seen.setdefault(id(obj), obj)
    return list(seen.values())


def test_g_an_event_record_takes_its_moment_first() -> None:
    """Item 2: every exported record with a positional ``on``/``at`` has it first."""
    classes = exported_attrs_classes()
    assert any(cls.__name__ == "ClockEvent" for cls in classes)
    found = event_record_problems(classes)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


# =========================================================================== h. policy numbers


# The policies that take no default: the seed's own desk stands in.
_POLICY_SAMPLES: dict[str, Any] = {
    "SlaPolicy": lambda: importlib.import_module("custops.sla.presets").winery(),
    "CasePolicy": lambda: importlib.import_module("custops.complaints").CasePolicy(
        sla_policy="winery"
    ),
}

# Numbers a policy field cannot hold whatever it counts: below any bound, or far above.
# out of bounds, and no number at all: a text, NaN, a blank (a policy refuses each as
# PolicyError whichever check finds it: the converter or the post-init)
_BAD_POLICY_NUMBERS = (-1, -(10**6), 10**12, "x", "nan", "", "-1", "Infinity")


def policy_number_problems(classes: Iterable[type]) -> Found:
    """Item 7 (``error=``, "``PolicyError`` for a policy"): a number field of a policy
    (an ``int``, ``Decimal``, ``float`` or ``Fraction`` by default, money included) that
    refuses a value refuses it as :class:`~custops.errors.PolicyError`, as the policy's
    other bounds do, never as a plain ``InvalidInput``."""
    found: Found = {}
    for cls in classes:
        if not cls.__name__.endswith("Policy"):
            continue
        make = _POLICY_SAMPLES.get(cls.__name__, cls)
        policy = make()
        for field in attrs.fields(cls):
            value = getattr(policy, field.name)
            if not field.init or isinstance(value, bool):
                continue
            if not isinstance(value, (int, Decimal, float, Fraction)):
                continue
            for bad in _BAD_POLICY_NUMBERS:
                try:
                    attrs.evolve(policy, **{field.alias: bad})
                except (errors.PolicyError, errors.InvalidType):
                    continue  # a wrong type stays InvalidType (CONTRIBUTING, "Errors")
                except errors.InvalidInput as exc:
                    key = f"{cls.__module__}.{cls.__name__}.{field.name}"
                    _add(found, key, f"{bad!r} refused as {type(exc).__name__}: {exc}")
                    break
    return found


# classifier.py is reworked on its own (its bounds move to policy_field there).
KNOWN_POLICY_NUMBERS: dict[str, str] = {}


def test_h_a_policy_refuses_a_number_as_a_policy_error() -> None:
    """Item 7: ``ExchangePolicy(inactivity_months=-1)`` is a ``PolicyError`` as
    ``ExchangePolicy(senior_share=-1)`` is (every exported policy, every number field)."""
    classes = [cls for cls in exported_attrs_classes() if cls.__name__.endswith("Policy")]
    assert {"ExchangePolicy", "ServicePolicy", "CasePolicy", "SlaPolicy"} <= {
        cls.__name__ for cls in classes
    }
    _report(policy_number_problems(classes), KNOWN_POLICY_NUMBERS, "policy numbers")


# =========================================================================== the lists stay true


@pytest.mark.parametrize(
    ("known", "found"),
    [
        (KNOWN_POSITIONS, lambda: position_problems(sources())),
        (KNOWN_ZONES, lambda: zone_problems(sources())),
        (KNOWN_NUMERALS, lambda: numeral_problems(sources())),
        (KNOWN_TYPE_CHECKS, lambda: type_check_problems(sources())),
        (KNOWN_ERROR_ARGUMENTS, lambda: error_argument_problems(sources())),
        (KNOWN_TAKEN_VALUES, lambda: taken_value_problems(taken_classes())),
        (KNOWN_POLICY_NUMBERS, lambda: policy_number_problems(exported_attrs_classes())),
    ],
    ids=[
        "positions",
        "zones",
        "numerals",
        "type_checks",
        "error_arguments",
        "taken_values",
        "policy_numbers",
    ],
)
def test_known_debt_is_still_there(known: dict[str, str], found: Any) -> None:
    """A fixed entry of a ``KNOWN_*`` list is deleted from it (the lists only shrink)."""
    assert sorted(set(known) - set(found())) == []


# =========================================================================== the checks see


def _parsed(code: str, name: str = "custops.example") -> Sources:
    return {name: Source(name, name.removeprefix("custops.") + ".py", ast.parse(code))}


_ENUM = "class Category(LabelledEnum):\n    A = ('a', '甲')\n"


def test_the_checks_see_the_homes_written_by_hand() -> None:
    """Each check finds the shapes the tenth independent check found (as they were
    written), and not their clean neighbours."""
    old_order = _ENUM + "def _order(member):\n    return list(type(member)).index(member)\n"
    by_hand = _ENUM + "k = sorted(p, key=lambda p: list(Category).index(p[0]))\n"
    table = (
        _ENUM
        + "class Kind(Category): pass\n_RANK = {m: i for i, m in enumerate((*Kind, *Category))}\n"
    )
    clean = (
        _ENUM
        + "x = list(rows).index(r)\nfor i, row in enumerate(rows): pass\nk = Category.A.position\n"
    )
    for code in (old_order, by_hand, table):
        assert position_problems(_parsed(code)), code
    assert position_problems(_parsed(clean)) == {}

    old_zone = "from zoneinfo import ZoneInfo\ndef _zone(key, _=None):\n    return ZoneInfo(key)\n"
    module_zone = "import zoneinfo as z\ndef f(name):\n    return z.ZoneInfo(name)\n"
    assert zone_problems(_parsed(old_zone))
    assert zone_problems(_parsed(module_zone))
    literal = "from zoneinfo import ZoneInfo\nSH = ZoneInfo('Asia/Shanghai')\n"
    assert zone_problems(_parsed(literal)) == {}
    assert zone_problems(_parsed(old_zone, "custops._validate")) == {}

    items = '_ITEM_NAMES = "一二三四五六七八九十"\n'
    digits = 'CN = dict(zip("零〇一二两三四五六七八九", range(12)))\n'
    places = (
        "P = {'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}\n"
    )
    prose = '"""一二三四五六七八九十 in a docstring."""\n'
    prose += 'M = "三个工作日内答复，十五日内办结，一年内二次"\n'
    for code in (items, digits, places):
        assert numeral_problems(_parsed(code)), code
    assert numeral_problems(_parsed(prose)) == {}
    assert numeral_problems(_parsed(digits, "custops.periods")) == {}

    old_vector = (
        "def f(argument, item, i):\n"
        "    if not isinstance(item, _dt.datetime) or item.utcoffset() is None:\n"
        "        raise InvalidInput.for_argument(argument, item, f'must hold aware datetimes')\n"
    )
    derived = (  # a text parsed to the wrong kind of value: a wrong value of the text
        "def f(args):\n"
        "    start = parse_start(args.start)\n"
        "    if not isinstance(start, _dt.datetime):\n"
        "        raise InvalidInput.for_argument('START', args.start, 'must be a date-time')\n"
    )
    right = old_vector.replace("InvalidInput", "InvalidType")
    assert type_check_problems(_parsed(old_vector))
    assert type_check_problems(_parsed(derived)) == type_check_problems(_parsed(right)) == {}

    old_policy = "def f(r, e):\n    raise PolicyError(f'rule {r.name!r}: {e}') from None\n"
    named = "def f(e):\n    raise PolicyError(f'x: {e}', argument='x', value=e.value)\n"
    built = "def f(e):\n    raise PolicyError.for_argument('x', e, 'is wrong')\n"
    state = "def f(e):\n    raise IllegalTransition('x', state_name='s', event_name=e)\n"
    assert error_argument_problems(_parsed(old_policy))
    for code in (named, built, state):
        assert error_argument_problems(_parsed(code)) == {}, code


def test_the_error_shape_sees_errors_without_argument_or_value() -> None:
    """Findings 17 and 18 as they were, and the shapes that are right."""
    from custops.errors import InvalidInput, PolicyError

    shown = "rule 'r': priority: is not a known priority"
    assert error_shape_problem(PolicyError(shown, argument="priority"))
    ledger = IllegalTransition(
        "ref: purchase 'R-1' is already fully returned", event_name="reverse"
    )
    assert error_shape_problem(ledger)
    assert error_shape_problem(InvalidInput("rows: x (got 1)", argument="row", value=1))
    for right in (
        InvalidInput.for_argument("stops[0]", "x", "must be aware"),
        InvalidInput.for_argument("conditions", "x", "lists no value"),
        IllegalTransition(
            "reverse: purchase 'R-1' is already fully returned", event_name="reverse"
        ),
        IllegalTransition.for_argument("ref", "R-1", "is fully returned", event_name="reverse"),
        InsufficientPoints.for_argument(
            "points", 9, "needs 9", points_requested=9, points_available=1
        ),
        Refused("no", rule="R-1", reason="no"),
    ):
        assert error_shape_problem(right) is None, right


def test_the_taken_values_check_sees_a_positional_moment() -> None:
    """``LoanRequest`` as it was: its day and yes/no options positional; an event record
    takes its moment first."""

    @attrs.frozen
    class OldLoanRequest:
        borrower: str
        on: _dt.date
        due_back_on: _dt.date | None
        registered: bool = True
        note: str = ""

    @attrs.frozen
    class Event:
        at: _dt.datetime
        action: str
        done_at: _dt.datetime | None = attrs.field(default=None, kw_only=True)

    found = taken_value_problems({OldLoanRequest: "f(request)", Event: "g(event)"})
    assert sorted(k.split("(")[1] for k in found) == ["due_back_on)", "on)", "registered)"]


def test_the_event_record_check_sees_a_moment_second() -> None:
    """``ClockEvent`` as it was: ``(kind, at, note)``; held by a clock, taken by no call."""

    @attrs.frozen
    class OldClockEvent:
        kind: str
        at: _dt.datetime
        note: str = ""

    @attrs.frozen
    class NewClockEvent:
        at: _dt.datetime
        kind: str
        note: str = ""

    found = event_record_problems([OldClockEvent, NewClockEvent])
    assert [k.rsplit(".", 1)[-1] for k in found] == ["OldClockEvent(at)"]


# =========================================================================== the sites fixed


def test_the_fixed_sites_refuse_as_the_convention_says() -> None:
    """The sites the checks above found, as they refuse now."""
    pytest.importorskip("numpy")
    from custops import archives, serial, vector
    from custops.errors import InvalidInput, InvalidType, PolicyError
    from custops.sla import presets

    sh = _dt.timezone(_dt.timedelta(hours=8))
    start = _dt.datetime(2026, 2, 13, 16, tzinfo=sh)
    target = presets.get("winery").target_named("reply")
    for stop, error in (("2026-02-14", InvalidType), (_dt.datetime(2026, 2, 14), InvalidInput)):
        with pytest.raises(error, match=r"^stopped_at\[0\]: ") as raised:
            vector.status_many([start], target, at=start, stopped_at=[stop])
        assert raised.value.argument == "stopped_at[0]"
    with pytest.raises(PolicyError, match=r"^conditions\['priority'\]: rule 'r': ") as refused:
        _unknown_declared_value()
    assert (refused.value.argument, refused.value.value) == ("conditions['priority']", "asap")
    with pytest.raises(InvalidInput, match=r"\.zone.*is not a known time zone"):
        serial.from_json(
            '{"custops": 1, "type": "calendars.WorkCalendar", "value": {"zone": "Mars/Olympus"}}'
        )
    with pytest.raises(TypeError):
        archives.LoanRequest("李四", "相关业务人员", "核对", _dt.date(2025, 3, 3), None)  # type: ignore[call-arg]
    with pytest.raises(IllegalTransition, match=r"^ref: purchase 'R-1' .* \(got 'R-1'\)$") as twice:
        _returned_twice()
    returned = twice.value
    assert (returned.argument, returned.value, returned.state_name, returned.event_name) == (
        "ref",
        "R-1",
        "returned",
        "reverse",
    )
    from test_bad_input import LEDGER

    with pytest.raises(
        InsufficientPoints, match=r"^points: is more than the \d+ valid points .* \(got 1000000\)$"
    ) as many:
        LEDGER.redeem(_dt.date(2025, 2, 3), 10**6, "杯")
    assert (many.value.argument, many.value.value, many.value.points_requested) == (
        "points",
        10**6,
        10**6,
    )
