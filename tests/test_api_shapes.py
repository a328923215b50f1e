"""Result shapes, field types and command-line moments, on the real objects (CONTRIBUTING.md
items 4, 6 and 9; issue 12).

``tests/test_api_conventions.py`` reads the annotations as text and counts every enum as
one type; these checks resolve them (``typing.get_type_hints``) and walk the real parser:

e. every public function that computes a value returns a result: an attrs class it returns
   derives :class:`custops.decisions.Explained` (``rule``, a one-line ``reason``,
   ``explain()``) unless it is a value the caller builds and keeps (``_VALUE_EXCEPTIONS``);
   a field name has one real type across the public classes (each enum is its own type:
   ``level`` is a secrecy ``Level`` or a ``StaffLevel``, not both);
   a table's column of moments is named as one moment (``day``, ``<role>_on``,
   ``<role>_at``); an ``int`` beside ``points_*`` siblings (or a bare ``points``) names
   the unit too (``Reversal.shortfall`` beside ``points_due``; ``LedgerEntry.debt`` beside
   ``points``), and so does an ``int`` its class's docstring
   measures in a unit (``VipPolicy.tier_threshold``, "累计积分满30分"); no public
   parameter is named by one letter (``add_workdays(day, n)``);
f. the command line: an option holding a date or an instant is ``--on``/``--at`` or named by
   its role, ``--<role>-on``/``--<role>-at``, and one defaulting to today is ``--on``/``--at``.

What the tree still breaks sits in a commented ``KNOWN_*`` set; a fixed
entry fails ``test_known_shapes_are_still_there`` until it is removed.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import enum
import functools
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import custops
from custops.decisions import Decision, Explained

Found = dict[str, str]


@functools.cache
def _modules() -> tuple[types.ModuleType, ...]:
    """The public library modules (not the shell, not the Hypothesis strategies)."""
    names = ["custops"]
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts[1:]):
            continue
        if info.name.startswith(("custops.cli", "custops.testing")):
            continue
        names.append(info.name)
    return tuple(importlib.import_module(n) for n in sorted(names))


def _exported() -> Iterator[tuple[str, Any]]:
    seen: set[int] = set()
    for module in _modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if id(obj) not in seen:
                seen.add(id(obj))
                yield f"{module.__name__}:{name}", obj


def _hints(obj: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(obj)
    except (NameError, TypeError):  # an annotation only a type checker resolves
        return {}


def _flat(tp: Any) -> list[Any]:
    """The members of a union, ``None`` left out."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [m for a in typing.get_args(tp) for m in _flat(a)]
    return [] if tp is type(None) else [tp]


# =========================================================================== e. results

# Values the caller builds and keeps, not the answer to a question (their constructors'
# checks are the rules): each with the reason.
_VALUE_EXCEPTIONS = {
    "custops.secrecy:Matter": "classify_matter/extend/copy_of build the matter itself, the "
    "value every later question (can_know, access_report) is asked about",
}

# Debt, issue 12: computed results without rule/reason/explain().
# (secrecy.AccessReport, fixed: it derives Explained, rule R-SEC-04.)
KNOWN_RESULTS: set[str] = set()


def result_problems_of(exported: list[tuple[str, Any]]) -> Found:
    """attrs classes (not policies, not :class:`Explained`) returned by the public functions
    among ``exported`` (``module:name``, object)."""
    names = {id(obj): where for where, obj in exported}
    returned: dict[str, list[str]] = defaultdict(list)
    classes: dict[str, type[Any]] = {}
    for where, fn in exported:
        if not inspect.isfunction(fn):
            continue
        for tp in _flat(_hints(fn).get("return")):
            if inspect.isclass(tp) and attrs.has(tp) and not tp.__name__.endswith("Policy"):
                name = names.get(id(tp), f"{tp.__module__}:{tp.__qualname__}")
                returned[name].append(where)
                classes[name] = tp
    found: Found = {}
    for name, functions in sorted(returned.items()):
        cls = classes[name]
        if issubclass(cls, Explained) or name in _VALUE_EXCEPTIONS:
            continue
        missing = [a for a in ("rule", "reason", "explain") if not hasattr(cls, a)]
        found[name] = (
            f"returned by {', '.join(functions)}: no {'/'.join(missing) or 'Explained base'}; "
            "derive custops.decisions.Explained (rule, one-line reason, explain())"
        )
    return found


@functools.cache
def result_problems() -> Found:
    return result_problems_of(list(_exported()))


def test_e_every_computed_result_is_explained() -> None:
    new = {k: v for k, v in result_problems().items() if k not in KNOWN_RESULTS}
    assert new == {}, "results outside the Explained shape (CONTRIBUTING item 4):\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(new.items())
    )


# One field name, one type (item 6), on the resolved annotations.  `None` is left out (an
# optional field has the type it holds); each enum is its own type.
# Names whose types differ by design, with the reason (CONTRIBUTING "Documented exceptions",
# "One name, several types by design", and item 4 for `outcome`).
_SEVERAL_TYPES_EXCEPTIONS = {
    "outcome": "item 4: every result with three or more outcomes has its own outcome enum",
    "events": "each object's own event records",
    "history": "each object's own past",
    "lines": "each result's own *Line rows",
    "missing": "each checklist's own missing items",
    "rules": "each policy's own rule table",
    "status": "each object's own status at a moment",
    "policy": "each object's own policy (item 3: policy: <X>Policy)",
    # Documented (issue 12) instead of renamed:
    "timing": "each check's own timing enum (GreetingTiming, PhoneTiming)",
    "kind": "each class's own kind enum (Kind, DayKind, LineKind, EntryKind, MatterKind, "
    "ClaimKind, PhraseKind, EventKind)",
    "start": "item 1: a range's first bound, of what the range holds: days (ReviewPeriod, "
    "InspectionWindow, UpdatePeriod), times of day (Interval), a date or an instant (Deadline, "
    "TimedDeadline)",
    "end": "item 1: a range's last bound, of what the range holds: days (ReviewPeriod, "
    "InspectionWindow, UpdatePeriod), times of day (Interval)",
}
# Classes left out: one column per DayInfo field (CONTRIBUTING: CalendarTable).
_COLUMN_CLASSES = {"CalendarTable"}

# Debt, issue 12: names with several real types (fixed: `level` of
# StaffMember renamed `staff_level`, `basis` of Qualification renamed `qualify_basis`).
KNOWN_FIELD_TYPES: set[str] = set()


def _type_name(tp: Any) -> str:
    return tp.__qualname__ if inspect.isclass(tp) else repr(tp).replace("typing.", "")


def field_types_of(classes: list[Any]) -> dict[str, dict[str, set[str]]]:
    """For each field name of the attrs ``classes``: its resolved types, each with the
    classes that give the field that type."""
    table: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for cls in classes:
        if (
            not inspect.isclass(cls)
            or not attrs.has(cls)
            or issubclass(cls, enum.Enum)
            or cls.__name__ in _COLUMN_CLASSES
        ):
            continue
        hints = _hints(cls)
        for field in attrs.fields(cls):
            if field.name.startswith("_") or field.name not in hints:
                continue
            kinds = " | ".join(sorted(_type_name(t) for t in _flat(hints[field.name])))
            table[field.name][kinds].add(cls.__name__)
    return table


def field_type_problems_of(classes: list[Any]) -> Found:
    """Field names with several resolved types among the attrs ``classes``."""
    return {
        name: "; ".join(f"{t} [{', '.join(sorted(c))}]" for t, c in sorted(kinds.items()))
        for name, kinds in sorted(field_types_of(classes).items())
        if len(kinds) > 1 and name not in _SEVERAL_TYPES_EXCEPTIONS
    }


@functools.cache
def field_type_problems() -> Found:
    return field_type_problems_of([obj for _, obj in _exported()])


def test_e_a_field_name_has_one_real_type() -> None:
    new = {k: v for k, v in field_type_problems().items() if k not in KNOWN_FIELD_TYPES}
    assert new == {}, "one field name, several types (CONTRIBUTING item 6):\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(new.items())
    )


# A table's columns are its rows' fields (CONTRIBUTING: "CalendarTable holds one column per
# DayInfo field"), so a column of moments is named as item 1 names one moment: a date column
# `day` (a calendar's subject) or `<role>_on`, an instant column `<role>_at` (
# `date` and `close_of_business`).
_DATE_COLUMN_NAMES = ("day", "on")

# Debt, issue 12.
KNOWN_COLUMNS: set[str] = set()


def column_problems_of(tables: list[type[Any]]) -> Found:
    found: Found = {}
    for cls in tables:
        hints = _hints(cls)
        for field in attrs.fields(cls):
            tp = hints.get(field.name)
            if typing.get_origin(tp) is not tuple:
                continue
            held = {t for a in typing.get_args(tp) if a is not Ellipsis for t in _flat(a)}
            where = f"{cls.__name__}.{field.name}"
            if _dt.datetime in held:
                if not (field.name == "at" or field.name.endswith("_at")):
                    found[where] = "a column of instants is named <role>_at (item 1)"
            elif _dt.date in held and not (
                field.name in _DATE_COLUMN_NAMES or field.name.endswith("_on")
            ):
                found[where] = "a column of days is named day (DayInfo.day) or <role>_on (item 1)"
    return found


@functools.cache
def column_problems() -> Found:
    return column_problems_of(
        [obj for _, obj in _exported() if inspect.isclass(obj) and obj.__name__ in _COLUMN_CLASSES]
    )


def test_e_table_columns_are_named_as_moments() -> None:
    new = {k: v for k, v in column_problems().items() if k not in KNOWN_COLUMNS}
    assert new == {}, "table columns of moments (CONTRIBUTING item 1):\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(new.items())
    )


# A quantity of points keeps the unit's name (item 6: `points`), and a class that names its
# point quantities by the unit (`points_due`, `points_reversed`) names every one so (
# Reversal's `already_expired`, `shortfall` and `debt_restored` beside them, now
# `points_expired`, `points_short`, `points_restored`).  An int beside such a sibling is a
# quantity of points unless its name says otherwise: a count (`*_count`), an ordinal (a
# cycle, an index, a ring, a year, a weekday, a day or a month of the calendar), a rate
# (`fen_per_point`) or a quantity in another unit (a unit word in its name).  A sibling is a
# quantity of points when "points" is the first or the last word of its name, or the whole
# name (`LedgerEntry.debt`, the points owed, beside the entry's `points`), and
# no other unit word is in it (`points_validity_months` is months).  Not looked at: a
# policy, whose ints are options of every kind (`VipPolicy.tier_threshold_points` beside its
# `report_day`), not one account of points; its docstring tells its units (below).
_UNITS = frozenset(
    {"us", "seconds", "minutes", "hours", "days", "workdays", "weeks", "months", "years"}
    | {"chars", "points"}
)
_ORDINALS = frozenset({"count", "cycle", "index", "ring", "year", "weekday", "day", "month"})
# Decisions, not debt: an int beside `points_*` siblings that is not a quantity of points,
# each with the reason (none yet).
_POINTS_EXCEPTIONS: dict[str, str] = {}

# Debt, issue 12.
KNOWN_POINTS: set[str] = set()


def _in_points(name: str) -> bool:
    words = name.split("_")
    return (
        "points" in (words[0], words[-1])
        and words.count("points") == 1
        and (not (set(words) - {"points"}) & _UNITS)
    )


def _int_members(cls: type[Any]) -> list[str]:
    """The public ``int`` fields and properties of the attrs class ``cls``."""
    hints = _hints(cls)
    names = [
        f.name
        for f in attrs.fields(cls)
        if not f.name.startswith("_") and _flat(hints.get(f.name)) == [int]
    ]
    properties = [
        name
        for name, member in vars(cls).items()
        if isinstance(member, property)
        and member.fget is not None
        and not name.startswith("_")
        and _flat(_hints(member.fget).get("return")) == [int]
    ]
    return names + properties


def _added_to(doc: str, name: str) -> list[str]:
    """The names ``doc`` adds ``name`` to or takes it from (``a`` + ``b`` (a remark) - ``c``)."""
    tokens = re.split(r"``(\w+)``", doc)  # text, name, text, name, ...
    chain: list[str] = []
    groups: list[list[str]] = []
    for i in range(1, len(tokens), 2):
        between = re.sub(r"\([^)]*\)", "", tokens[i - 1]).strip()
        if chain and between not in ("+", "-", "−"):
            groups.append(chain)
            chain = []
        chain.append(tokens[i])
    groups.append(chain)
    return sorted({n for g in groups if name in g for n in g if n != name})


def points_unit_problems_of(classes: list[tuple[str, Any]]) -> Found:
    """Ints beside `points_*` siblings that do not name the unit, among the attrs
    ``classes`` (``module:name``, class)."""
    found: Found = {}
    for where, cls in classes:
        if not (inspect.isclass(cls) and attrs.has(cls)) or cls.__name__.endswith("Policy"):
            continue
        names = _int_members(cls)
        points = [n for n in names if _in_points(n)]
        if not points:
            continue
        doc = inspect.getdoc(cls) or ""
        for name in names:
            words = set(name.split("_"))
            if (
                name in points
                or name.endswith("_count")
                or words & (_UNITS | _ORDINALS | {"per"})
                or f"{where}.{name}" in _POINTS_EXCEPTIONS
            ):
                continue
            summed = [n for n in _added_to(doc, name) if n in points]
            said = f" (the docstring adds it to {', '.join(summed)})" if summed else ""
            found[f"{where}.{name}"] = (
                f"an int beside {', '.join(points)}{said}: a quantity of points keeps the "
                f"unit's name (`points_{name.rsplit('_', 1)[-1]}` or so), a count is "
                "`<thing>_count` (CONTRIBUTING item 6)"
            )
    return found


@functools.cache
def points_unit_problems() -> Found:
    return points_unit_problems_of(list(_exported()))


def test_e_quantities_beside_points_name_the_unit() -> None:
    new = {k: v for k, v in points_unit_problems().items() if k not in KNOWN_POINTS}
    assert new == {}, "an int beside points_* siblings (CONTRIBUTING item 6):\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(new.items())
    )


# A quantity measured in a unit keeps the unit's name wherever it is written (item 6):
# beside a `points` field (a bare `points` too: `LedgerEntry.debt`, the points owed,
# beside `points`, above), where the class's docstring measures it in a unit (R-VIP-06
# `tier_threshold` "(累计积分满30分)": points, in a policy too), and as a parameter: a
# parameter is named by what it holds, never by one letter (`add_workdays(day, n)`: the
# number of working days is `workdays`, as `workdays_between` returns it).
_UNIT_TEXT = {
    "points": re.compile(r"\bpoints?\b|积分"),
    "workdays": re.compile(r"\bworking days?\b|\bworkdays?\b|工作日"),
    "days": re.compile(r"\bdays\b|天"),
    "months": re.compile(r"\bmonths\b|个月"),
    "hours": re.compile(r"\bhours\b|小时"),
    "minutes": re.compile(r"\bminutes\b|分钟"),
}
# Decisions, not debt: an int whose docstring names a unit that is not its measure, with
# the reason (none yet).
_UNIT_EXCEPTIONS: dict[str, str] = {}

# Debt, issue 12.
KNOWN_UNITS: set[str] = set()


def _described(doc: str) -> dict[str, str]:
    """What a docstring says of each ``name``: the text after it, to the next ``name`` or
    the end of the clause (``; ``, ``. ``)."""
    tokens = re.split(r"``(\w+)``", doc)
    said: dict[str, str] = {}
    for i in range(1, len(tokens), 2):
        text = re.split(r"[;。；]|\.\s", tokens[i + 1] if i + 1 < len(tokens) else "")[0]
        said.setdefault(tokens[i], text)
    return said


def _names_a_quantity(name: str) -> bool:
    """Whether ``name`` says what it is: a unit, a count, an ordinal or a rate."""
    words = set(name.split("_"))
    return name.endswith("_count") or bool(words & (_UNITS | _ORDINALS | {"per"}))


def unit_field_problems_of(classes: list[tuple[str, Any]]) -> Found:
    """The ints of the attrs ``classes`` (``module:name``, class), policies included, that
    their class's docstring measures in a unit their name does not carry."""
    found: Found = {}
    for where, cls in classes:
        if not (inspect.isclass(cls) and attrs.has(cls)):
            continue
        said = _described(inspect.getdoc(cls) or "")
        for name in _int_members(cls):
            text = said.get(name, "")
            units = [u for u, pattern in _UNIT_TEXT.items() if pattern.search(text)]
            if not units or _names_a_quantity(name) or f"{where}.{name}" in _UNIT_EXCEPTIONS:
                continue
            found[f"{where}.{name}"] = (
                f"an int the docstring measures in {units[0]} ({text.strip()[:40]!r}): a "
                f"quantity keeps the unit's name (`{name}_{units[0]}` or so; CONTRIBUTING item 6)"
            )
    return found


def _callables(exported: list[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """The exported functions and the public methods of the exported classes."""
    for where, obj in exported:
        if inspect.isfunction(obj):
            yield where, obj
        elif inspect.isclass(obj):
            for name, member in vars(obj).items():
                fn = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
                if inspect.isfunction(fn) and not name.startswith("_"):
                    yield f"{where}.{name}", fn


def parameter_name_problems_of(exported: list[tuple[str, Any]]) -> Found:
    """A public function's or method's parameter named by one letter (``n``)."""
    found: Found = {}
    for where, fn in _callables(exported):
        for name in inspect.signature(fn).parameters:
            if len(name) == 1:
                found[f"{where}({name})"] = (
                    f"the parameter `{name}`: a parameter is named by what it holds, a quantity "
                    "by its unit (`workdays`), a count `<thing>_count` (CONTRIBUTING item 6)"
                )
    return found


@functools.cache
def unit_problems() -> Found:
    exported = list(_exported())
    return {**unit_field_problems_of(exported), **parameter_name_problems_of(exported)}


def test_e_quantities_name_their_unit() -> None:
    new = {k: v for k, v in unit_problems().items() if k not in KNOWN_UNITS}
    assert new == {}, "a quantity without its unit's name (CONTRIBUTING item 6):\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(new.items())
    )


# =========================================================================== f. the command line

_MOMENT_METAVARS = {"DATE", "DAY", "TIME", "DATETIME", "MOMENT", "WHEN", "AT"}
_TODAY = ("default: today", "default: now", "默认：今天", "默认为今天")

# Debt, issue 12: date options not named --on/--at/--<role>-on.
KNOWN_CLI_OPTIONS: set[str] = set()


def _commands() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    from custops.cli import build_parser

    def walk(name: str, parser: argparse.ArgumentParser) -> Iterator[tuple[str, Any]]:
        yield name, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, child in action.choices.items():
                    yield from walk(f"{name} {sub}", child)

    yield from walk("custops", build_parser())


def cli_option_problems(commands: list[tuple[str, argparse.ArgumentParser]]) -> Found:
    found: Found = {}
    for command, parser in commands:
        for action in parser._actions:
            long = [o for o in action.option_strings if o.startswith("--")]
            if not long:
                continue
            help_text = " ".join(str(action.help or "").split())
            today = any(t in help_text for t in _TODAY)
            moment = str(action.metavar or "").upper() in _MOMENT_METAVARS or today
            # A repeated option collects days (`workdays --closure DATE`, the calendar's
            # `closures`): a collection, named by what it holds, not a moment (item 1).
            many = isinstance(action, argparse._AppendAction) or action.nargs in ("*", "+")
            if not moment or many:
                continue
            name = long[0]
            if today and name not in ("--on", "--at"):
                found[f"{command} {name}"] = (
                    "the moment of the question (default today) is --on DATE / --at"
                )
            elif name not in ("--on", "--at") and not name.endswith(("-on", "-at")):
                found[f"{command} {name}"] = (
                    f"a date option is named by its role: --<role>-on (e.g. {name}-on)"
                )
    return found


@functools.cache
def _cli_problems() -> Found:
    from custops.i18n import language

    with language("en_US"):
        return cli_option_problems(list(_commands()))


def test_f_cli_moments_are_on_at_or_role_on() -> None:
    new = {k: v for k, v in _cli_problems().items() if k not in KNOWN_CLI_OPTIONS}
    assert new == {}, "command-line date options (CONTRIBUTING items 1 and 9):\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(new.items())
    )


# =========================================================================== the debt

KNOWN = {
    "results": (result_problems, KNOWN_RESULTS),
    "field types": (field_type_problems, KNOWN_FIELD_TYPES),
    "cli options": (_cli_problems, KNOWN_CLI_OPTIONS),
    "columns": (column_problems, KNOWN_COLUMNS),
    "points units": (points_unit_problems, KNOWN_POINTS),
    "units": (unit_problems, KNOWN_UNITS),
}


@pytest.mark.parametrize("check", sorted(KNOWN))
def test_known_shapes_are_still_there(check: str) -> None:
    collect, known = KNOWN[check]
    fixed = sorted(known - set(collect()))
    assert fixed == [], f"fixed, remove from KNOWN ({check}, issue 12):\n" + "\n".join(fixed)


class _Staff(enum.Enum):
    JUNIOR = "junior"


class _Secret(enum.Enum):
    SECRET = "secret"


@attrs.frozen
class _Schedule:
    """A bare table, as deposits.RefundSchedule was at 0363117."""

    level: _Secret
    total: int


@attrs.frozen
class _Member:
    level: _Staff | None


@attrs.frozen
class _Table:
    """CalendarTable's columns at 0363117."""

    date: tuple[_dt.date, ...]
    close_of_business: tuple[_dt.datetime | None, ...]
    day: tuple[_dt.date, ...]
    closes_at: tuple[_dt.datetime | None, ...]
    kind: tuple[str, ...]


def _schedule() -> _Schedule:
    return _Schedule(_Secret.SECRET, 0)


def _decide() -> Decision:
    return Decision(True, "R-DEP-02", "ok")


@attrs.frozen
class _Reversal:
    """Reversal at f3a35e5: ``points_due`` is ``points_reversed`` (taken) +
    ``already_expired`` + ``debt_restored`` (owed again) + ``shortfall`` (spent)."""

    points_due: int
    points_reversed: int
    already_expired: int
    shortfall: int
    line_count: int  # a count, an ordinal, a rate and a span name what they are
    year: int
    fen_per_point: int
    notice_days: int
    debt_restored: int = 0

    @property
    def taken(self) -> int:
        return self.points_reversed


@attrs.frozen
class _Fixed:
    points_due: int
    points_expired: int
    points_short: int
    points_validity_months: int


@attrs.frozen
class _Entry:
    """LedgerEntry at cb0b6d9: ``points`` the signed change, ``carry`` and
    ``debt`` the carried remainder and the points owed after it."""

    points: int
    debt: int


@attrs.frozen
class _PointsPolicy:
    points_max: int
    report_day: int
    threshold: int


def test_the_points_check_sees_the_known_cases() -> None:
    classes: list[tuple[str, Any]] = [
        ("custops.vip:Reversal", _Reversal),
        ("custops.vip:Fixed", _Fixed),
        ("custops.vip:LedgerEntry", _Entry),
        ("custops.vip:VipPolicy", _PointsPolicy),
    ]
    found = points_unit_problems_of(classes)
    assert sorted(found) == [
        "custops.vip:LedgerEntry.debt",  # beside a bare `points`
        "custops.vip:Reversal.already_expired",
        "custops.vip:Reversal.debt_restored",
        "custops.vip:Reversal.shortfall",
        "custops.vip:Reversal.taken",
    ]
    assert "the docstring adds it to points_reversed" in found["custops.vip:Reversal.shortfall"]
    assert "docstring" not in found["custops.vip:Reversal.taken"]
    # `points_validity_months` is months: beside it alone, an int is not points.
    assert not _in_points("points_validity_months")
    assert _in_points("lifetime_points")
    assert _in_points("points_due")
    assert _in_points("points")


@attrs.frozen(kw_only=True)
class _VipPolicy:
    """VipPolicy at cb0b6d9: R-VIP-01 ``window_months`` (半年内累计购物满2000元);
    R-VIP-06 ``tier_threshold`` (累计积分满30分), ``tier_rate`` (8.5折); R-VIP-11
    ``report_day`` (次月2日); ``grace`` the working days a member has to pay; ``limit`` the
    most a card may hold."""

    window_months: int = 6
    tier_threshold: int = 30
    report_day: int = 2
    grace: int = 3
    limit: int = 9
    grace_workdays: int = 3


class _Calendar:
    def add_workdays(self, day: _dt.date, n: int) -> _dt.date:
        return day

    def add_days(self, day: _dt.date, days: int) -> _dt.date:
        return day


def _add_workdays(days: Any, n: Any) -> Any:
    return days


def test_the_unit_checks_see_the_known_cases() -> None:
    """An int its docstring measures in a unit its name does not carry
    (a policy's too), and a parameter named by one letter."""
    found = unit_field_problems_of([("custops.vip:VipPolicy", _VipPolicy)])
    assert sorted(found) == ["custops.vip:VipPolicy.grace", "custops.vip:VipPolicy.tier_threshold"]
    assert "points" in found["custops.vip:VipPolicy.tier_threshold"]
    assert "workdays" in found["custops.vip:VipPolicy.grace"]
    found = parameter_name_problems_of(
        [("custops:WorkCalendar", _Calendar), ("custops.vector:add_workdays_many", _add_workdays)]
    )
    assert sorted(found) == [
        "custops.vector:add_workdays_many(n)",
        "custops:WorkCalendar.add_workdays(n)",
    ]
    assert _described("``a`` and ``b`` the points owed; ``c`` (天)") == {
        "a": " and ",
        "b": " the points owed",
        "c": " (天)",
    }


def test_the_shape_checks_see_what_the_audit_found() -> None:
    # A bare table returned by a public function is found; a Decision is not.
    exported: list[tuple[str, Any]] = [
        ("custops.deposits:refund_schedule", _schedule),
        ("custops.x:decide", _decide),
        ("custops.deposits:RefundSchedule", _Schedule),
    ]
    assert list(result_problems_of(exported)) == ["custops.deposits:RefundSchedule"]
    # One field name, two enums (`level`: a secrecy Level, a StaffLevel); None aside.
    assert list(field_type_problems_of([_Schedule, _Member])) == ["level"]
    assert field_type_problems_of([_Member, _Member]) == {}
    # The table's `date` and `close_of_business` columns
    assert sorted(column_problems_of([_Table])) == ["_Table.close_of_business", "_Table.date"]
    tables = {obj.__name__ for _, obj in _exported() if inspect.isclass(obj)}
    assert tables >= _COLUMN_CLASSES, "the table classes are not exported any more"
    # `--birthday DATE` and `--date` defaulting to today are found; `--born-on`, a
    # repeated `--closure DATE` and `--on` are not.
    parser = argparse.ArgumentParser(prog="custops vip quote")
    parser.add_argument("--birthday", metavar="DATE", help="the holder's date of birth")
    parser.add_argument("--date", metavar="DATE", help="the day (default: today)")
    parser.add_argument("--born-on", metavar="DATE", help="the holder's date of birth")
    parser.add_argument("--closure", metavar="DATE", action="append", help="a closed day")
    parser.add_argument("--on", metavar="DATE", help="the day of the question (default: today)")
    assert sorted(cli_option_problems([("x", parser)])) == ["x --birthday", "x --date"]


def test_every_exception_names_something_that_exists() -> None:
    names = {where for where, _ in _exported()}
    stale = [k for k in _VALUE_EXCEPTIONS if k not in names]
    stale += [k for k in _POINTS_EXCEPTIONS if k.rsplit(".", 1)[0] not in names]
    stale += [k for k in _UNIT_EXCEPTIONS if k.rsplit(".", 1)[0] not in names]
    assert stale == [], "exceptions for names that no longer exist:\n" + "\n".join(stale)
    # The field names debt fix documented must still be fields of several types (`history`,
    # `missing`, `status` are documented for their properties and methods too).
    types = field_types_of([obj for _, obj in _exported()])
    one = [k for k in ("timing", "kind", "start", "end") if len(types.get(k, ())) < 2]
    assert one == [], "field names with one type now, remove the exception:\n" + "\n".join(one)
    assert len(names) >= 150  # the sweep sees the whole surface
