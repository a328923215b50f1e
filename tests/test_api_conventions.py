"""The house rules of the public API (CONTRIBUTING.md, "The API convention"), asserted.

Every public module is introspected, so a new function or class that breaks a rule fails
here, not in a user's code review:

1. time: a date or instant argument (or field) is ``on``/``at``, ``start``/``end``,
   ``day`` (calendar methods) or ``<role>_on``/``<role>_at``; no ``d``, ``t``, ``now``…;
2. positions: ``on``/``at`` of a module function are keyword-only; a method may take the
   moment as its first argument (it records an event at that moment), else keyword-only;
3. ``calendar`` and ``policy`` are keyword-only wherever they are taken, a policy object
   is always passed as ``policy``, and no public callable takes a bare zone (``tz``);
4. one decision shape: a yes/no result is a :class:`custops.decisions.Decision`;
   every result with a ``reason`` has a ``rule``; only decisions define ``__bool__``;
5. one enum base: every public enumeration derives from :class:`custops.enums.LabelledEnum`
   with a ``snake_case`` key as its value and its label as ``str()``;
6. public names are unique across modules, and ``__all__`` exports no private helper.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import attrs
import pytest

import custops
from custops.decisions import Decision, Explained
from custops.enums import LabelledEnum

# The command-line shell is not a library surface: its functions take argparse values.
_SKIP_MODULES = ("custops.cli", "custops.__main__")


def _public_modules() -> list[ModuleType]:
    names = ["custops"]
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts[1:]):
            continue
        if info.name.startswith(_SKIP_MODULES):
            continue
        names.append(info.name)
    return [importlib.import_module(n) for n in sorted(names)]


MODULES = _public_modules()


def _exported(module: ModuleType) -> Iterator[tuple[str, Any]]:
    for name in getattr(module, "__all__", ()):
        yield name, getattr(module, name)


def _public_objects() -> dict[int, tuple[str, Any]]:
    """Every object exported by a public module, once, with its first qualified name."""
    seen: dict[int, tuple[str, Any]] = {}
    for module in MODULES:
        for name, obj in _exported(module):
            seen.setdefault(id(obj), (f"{module.__name__}.{name}", obj))
    return seen


OBJECTS = _public_objects()


def _callables() -> Iterator[tuple[str, Callable[..., Any], bool]]:
    """(qualified name, callable, is_method) for every public function and method."""
    for qualname, obj in OBJECTS.values():
        if inspect.isclass(obj):
            if issubclass(obj, enum.Enum) or issubclass(obj, BaseException):
                continue
            for attr, member in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if isinstance(member, (staticmethod, classmethod)):
                    yield f"{qualname}.{attr}", member.__func__, isinstance(member, classmethod)
                elif inspect.isfunction(member):
                    yield f"{qualname}.{attr}", member, True
        elif inspect.isfunction(obj):
            yield qualname, obj, False


CALLABLES = sorted(_callables(), key=lambda c: c[0])

_POLICY_TYPE = re.compile(r"^(?:\w+\.)*\w*Policy(?:\s*\|\s*None)?$")
_DATE_TYPE = re.compile(r"^(?:_?dt\.|datetime\.)?(date|datetime)(?:\s*\|\s*None)?$")
# min_value/max_value: the bounds of a Hypothesis strategy, named as Hypothesis names them.
_MOMENT_NAMES = {"on", "at", "start", "end", "day", "min_value", "max_value"}
_ROLE_MOMENT = re.compile(r"^[a-z][a-z0-9_]*_(on|at)$")
_BANNED_TIME_NAMES = {"d", "t", "t1", "t2", "a", "b", "now", "when", "dt", "moment", "today"}
_YES_NO_FIELDS = {
    "allowed",
    "complete",
    "eligible",
    "passed",
    "qualified",
    "ok",
    "compliant",
    "valid",
    "established",
    "imposed",
    "returnable",
    "major",
}


def _annotation(param: inspect.Parameter | attrs.Attribute[Any]) -> str:
    ann = param.annotation if isinstance(param, inspect.Parameter) else param.type
    if ann is inspect.Parameter.empty or ann is None:
        return ""
    return ann if isinstance(ann, str) else getattr(ann, "__name__", str(ann))


def _is_moment_type(annotation: str) -> bool:
    return bool(_DATE_TYPE.match(annotation.strip()))


def _moment_name_ok(name: str) -> bool:
    return name in _MOMENT_NAMES or bool(_ROLE_MOMENT.match(name))


def _signature(fn: Callable[..., Any]) -> inspect.Signature | None:
    try:
        return inspect.signature(fn)
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return None


def _own_params(fn: Callable[..., Any], is_method: bool) -> list[inspect.Parameter]:
    sig = _signature(fn)
    if sig is None:  # pragma: no cover
        return []
    params = list(sig.parameters.values())
    if is_method and params and params[0].name in ("self", "cls"):
        params = params[1:]
    return params


def _attrs_classes() -> Iterator[tuple[str, type[Any]]]:
    for qualname, obj in OBJECTS.values():
        if inspect.isclass(obj) and attrs.has(obj):
            yield qualname, obj


ATTRS_CLASSES = sorted(_attrs_classes(), key=lambda c: c[0])


# --------------------------------------------------------------------------- 1. time names


def test_moments_are_named_by_the_convention() -> None:
    bad = []
    for qualname, fn, is_method in CALLABLES:
        for p in _own_params(fn, is_method):
            if p.name in _BANNED_TIME_NAMES:
                bad.append(f"{qualname}({p.name})")
            elif _is_moment_type(_annotation(p)) and not _moment_name_ok(p.name):
                bad.append(f"{qualname}({p.name}: {_annotation(p)})")
    for qualname, cls in ATTRS_CLASSES:
        for field in attrs.fields(cls):
            if field.name in _BANNED_TIME_NAMES:
                bad.append(f"{qualname}.{field.name}")
            elif _is_moment_type(_annotation(field)) and not _moment_name_ok(field.name):
                bad.append(f"{qualname}.{field.name}: {_annotation(field)}")
    assert bad == [], "moments named outside the convention:\n" + "\n".join(bad)


# --------------------------------------------------------------------------- 2. positions


def test_the_moment_is_keyword_only_or_the_first_argument_of_a_method() -> None:
    bad = []
    for qualname, fn, is_method in CALLABLES:
        params = _own_params(fn, is_method)
        for i, p in enumerate(params):
            if p.name not in ("on", "at") or p.kind is inspect.Parameter.KEYWORD_ONLY:
                continue
            if is_method and i == 0:
                continue  # an event recorded at a moment: clock.pause(at, ...)
            bad.append(f"{qualname}({p.name}) is {p.kind.description}, position {i}")
    assert bad == [], "moments passed by position:\n" + "\n".join(bad)


# --------------------------------------------------------------------------- 3. calendar/policy


def test_calendar_and_policy_are_keyword_only() -> None:
    bad = []
    for qualname, fn, is_method in CALLABLES:
        for p in _own_params(fn, is_method):
            if p.name in ("calendar", "policy") and p.kind is not inspect.Parameter.KEYWORD_ONLY:
                bad.append(f"{qualname}({p.name}) is {p.kind.description}")
    for qualname, cls in ATTRS_CLASSES:
        if qualname.endswith("Policy"):
            continue  # a policy may hold a calendar as an ordinary field
        for field in attrs.fields(cls):
            if field.name in ("calendar", "policy") and not field.kw_only:
                bad.append(f"{qualname}.{field.name} is not keyword-only")
    assert bad == [], "calendar/policy passed by position:\n" + "\n".join(bad)


def test_a_policy_object_is_passed_as_policy() -> None:
    bad = []
    for qualname, fn, is_method in CALLABLES:
        for p in _own_params(fn, is_method):
            ann = _annotation(p)
            if _POLICY_TYPE.match(ann.strip()) and p.name != "policy":
                bad.append(f"{qualname}({p.name}: {ann})")
    assert bad == [], "policy objects under other names:\n" + "\n".join(bad)


def test_the_zone_always_comes_from_the_calendar() -> None:
    bad: list[str] = []
    for qualname, fn, is_method in CALLABLES:
        bad.extend(f"{qualname}({p.name})" for p in _own_params(fn, is_method) if p.name == "tz")
    for qualname, cls in ATTRS_CLASSES:
        if qualname.endswith(".WorkCalendar"):
            continue
        bad.extend(f"{qualname}.{f.name}" for f in attrs.fields(cls) if f.name == "tz")
    assert bad == [], "a zone passed apart from a calendar:\n" + "\n".join(bad)


# --------------------------------------------------------------------------- 4. decisions


def test_yes_no_results_are_decisions() -> None:
    bad = []
    for qualname, cls in ATTRS_CLASSES:
        names = {f.name: f for f in attrs.fields(cls)}
        for name in sorted(_YES_NO_FIELDS & names.keys()):
            if name == "allowed" and issubclass(cls, Decision):
                continue
            bad.append(f"{qualname}.{name}")
        outcome = names.get("outcome")
        if outcome is not None and _annotation(outcome) in ("bool", "bool | None"):
            bad.append(f"{qualname}.outcome is a bool")
    assert bad == [], "yes/no answers outside the Decision shape:\n" + "\n".join(bad)


def test_every_result_with_a_reason_names_its_rule() -> None:
    bad = []
    for qualname, cls in ATTRS_CLASSES:
        names = {f.name for f in attrs.fields(cls)}
        if "reason" in names and "rule" not in names:
            bad.append(qualname)
    assert bad == [], "results with a reason but no rule:\n" + "\n".join(bad)


def test_only_decisions_define_bool() -> None:
    """Only yes/no decisions have a truth value; every other result refuses ``bool()``
    (``Explained.__bool__`` raises), so ``if result:`` never silently means "yes"."""
    bad = [
        qualname
        for qualname, obj in OBJECTS.values()
        if inspect.isclass(obj)
        and not issubclass(obj, (Decision, enum.Enum))
        and getattr(obj, "__bool__", None) not in (None, Explained.__bool__)
    ]
    assert bad == [], "truthiness outside decisions:\n" + "\n".join(bad)


# --------------------------------------------------------------------------- 5. enums

ENUMS = sorted(
    (
        (qualname, obj)
        for qualname, obj in OBJECTS.values()
        if inspect.isclass(obj) and issubclass(obj, enum.Enum) and obj not in (LabelledEnum,)
    ),
    key=lambda e: e[0],
)


@pytest.mark.parametrize(("qualname", "cls"), ENUMS, ids=[e[0] for e in ENUMS])
def test_every_enum_has_the_one_base(qualname: str, cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum), f"{qualname} does not derive from LabelledEnum"
    for member in cls:
        assert isinstance(member.value, str), f"{member!r}: value is not a str key"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", member.value), f"{member!r}: not snake_case"
        assert str(member) == member.label
        assert cls.parse(member.value) is member
        assert cls.parse(member.label) is member


# --------------------------------------------------------------------------- 6. names


def test_public_names_are_unique_across_modules() -> None:
    by_name: dict[str, dict[int, str]] = {}
    for module in MODULES:
        for name, obj in _exported(module):
            by_name.setdefault(name, {})[id(obj)] = module.__name__
    clashes = {name: sorted(mods.values()) for name, mods in by_name.items() if len(mods) > 1}
    assert clashes == {}, f"one name, several meanings: {clashes}"


def test_all_exports_no_private_helper() -> None:
    bad = []
    for module in MODULES:
        for name, obj in _exported(module):
            if name.startswith("_") and name != "__version__":
                bad.append(f"{module.__name__}.{name}")
                continue
            home = getattr(obj, "__module__", None)
            if (
                isinstance(home, str)
                and (inspect.isclass(obj) or inspect.isfunction(obj))
                and home.startswith("custops")
                and any(p.startswith("_") for p in home.split(".")[1:])
                and not home.startswith(module.__name__ + ".")
            ):
                bad.append(f"{module.__name__}.{name} (defined in private {home})")
    assert bad == [], "private helpers exported:\n" + "\n".join(bad)


def test_the_sweep_sees_the_whole_surface() -> None:
    # A guard for this module itself: an import error or a renamed package would make
    # every check above vacuous.
    assert len(MODULES) >= 15
    assert len(CALLABLES) >= 150
    assert len(ATTRS_CLASSES) >= 60
    assert len(ENUMS) >= 30
