"""The house rules of the public API (CONTRIBUTING.md, "The API convention"), asserted.

Every public module is introspected, so a new function or class that breaks a rule fails
here, not in a user's code review.  Each check lists its violations as ``module:qualname``
(``custops.vip:Ledger.balance(on)``):

1. time: an argument, field or property whose annotation holds a ``date`` or a
   ``datetime`` (unions included) is ``on`` (a date), ``at`` (a datetime),
   ``<role>_on``/``<role>_at``, ``start``/``end`` or ``day`` (calendar methods only); a
   range is never two role moments (``earliest_…``/``latest_…``, ``from_…``/``until_…``);
2. positions: every argument with a default is keyword-only (options), and so is every
   field with a default of a policy class (``@attrs.frozen(kw_only=True)``); a moment is
   positional only as the first argument of a method that records an event (it returns
   its own class; an alternative constructor only when the class keeps ``events``); two
   amounts, moments or yes/no facts are never both required positions;
3. ``calendar: WorkCalendar | None = None`` and ``policy: <X>Policy | None = None`` are
   keyword-only, a policy is passed as ``policy`` and held as ``policy``/``<x>_policy``,
   ``None`` is the seed's policy, and no zone (``tz``/``zone``) is taken apart from a
   calendar; no public class's signature shows a default as ``NOTHING`` (an
   ``attrs.Factory``): a default derived from the other fields is ``None``;
4. one decision shape: every class with a ``rule`` or a ``reason`` has both and derives
   :class:`custops.decisions.Explained`; a yes/no answer is a
   :class:`~custops.decisions.Decision` (no ``is_*()`` returning a bare ``bool``) that
   carries no three-way ``outcome``; a three-way answer names it ``outcome`` (any enum field
   of three or more members of a result, whatever the enum's name); only decisions have a
   truth value (the results themselves: ``tests/test_api_results.py``);
5. one enum base: :class:`custops.enums.LabelledEnum`, snake_case keys, labels as ``str()``,
   ``parse()`` of the key, the label and the name, ``choices()`` the (key, label) pairs; no
   ``Literal["a", "b"]`` enumeration in a public signature, field or alias, and no ``str``
   field of a closed set (an ``in_`` validator, a method testing it against strings);
6. unique names: one meaning per exported name, one type per attribute name, a field and
   a parameter of one name take one type, no function hiding its own submodule, no
   internal helper in ``__all__``, a collection of person ids named ``<word>_ids`` (never
   ``readers``), a count named ``<thing>_count`` (no ``int`` named as a
   bare plural; one resolved type per field name, each enum its own, results that are not
   ``Explained`` and the command line's date options are ``tests/test_api_shapes.py``);
7. layout: no import cycle (function-level imports included), no per-field converter
   wrapper, no docstring or docs page citing ``RULES.md``/``DESIGN.md``, no helper written
   twice (the same body in two modules, or a home helper of ``_validate``/``_enums``/
   ``_text``/``_dates`` re-written under its own name; the other shapes of a copy, inline
   validators, constants in several modules and arithmetic or text by hand outside its home
   are ``tests/test_api_copies.py``);
8. the command line: the moment of the question is the option ``--on DATE`` (``--at``),
   never a positional argument or another spelling.

The documented exceptions (decisions, not debt) are listed in CONTRIBUTING.md, "Documented
exceptions"; each ``_…_EXCEPTIONS`` table here holds those entries, with the same reason.

What the tree still breaks sits in the commented ``KNOWN_*`` allow-list of its check, each
entry with its reason and "issue 12": visible debt, never silently skipped.  A new
violation fails its test; a fixed one fails ``test_known_debt_is_still_owed`` until its
entry is removed, so the lists only shrink.  Allow-lists that are decisions rather than
debt (a documented exception) are named ``_…_EXCEPTIONS`` and say where it is documented.
"""

from __future__ import annotations

import argparse
import ast
import enum
import functools
import importlib
import inspect
import pkgutil
import re
import sys
import textwrap
import typing
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import attrs
import pytest

import custops
from custops._validate import fitted_call
from custops.calendars import WorkCalendar
from custops.decisions import Decision, Explained
from custops.enums import LabelledEnum

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "custops"

# The command modules of the shell are private (custops.cli._vip, …): their functions take
# argparse values.  The package custops.cli itself (main, build_parser) is checked.
_SKIP_MODULES = ("custops.__main__",)
# The Hypothesis strategies follow Hypothesis' conventions, not items 1-2 (CONTRIBUTING
# item 6): bounds are min_value/max_value, options positional as in st.integers.
_HYPOTHESIS = "custops.testing"


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


def test_6_every_public_module_declares_its_exports() -> None:
    """``__all__`` says what a module offers (``from m import *``, the checks below, which
    read it): a module without one would be skipped by every check of its exports."""
    missing = [m.__name__ for m in MODULES if not isinstance(getattr(m, "__all__", None), list)]
    assert missing == []
    vector = importlib.import_module("custops.vector")
    assert {"deadline_many", "provisional_many", "status_many"} <= set(vector.__all__)
    assert not {"np", "sys", "functools", "Any", "from_us", "UTC"} & set(vector.__all__)


def test_6_every_export_has_a_docstring() -> None:
    """``help()`` of every exported class or callable says what it is: its own docstring,
    in every module without a leading underscore (``custops.cli``'s ``main`` and
    ``build_parser`` included)."""
    names = ["custops"] + [
        info.name
        for info in pkgutil.walk_packages(custops.__path__, "custops.")
        if not any(part.startswith("_") for part in info.name.split(".")[1:])
    ]
    bare = []
    for name in sorted(names):
        module = importlib.import_module(name)
        for export in getattr(module, "__all__", ()):
            obj = getattr(module, export)
            if inspect.ismodule(obj) or not (inspect.isclass(obj) or callable(obj)):
                continue
            own = vars(obj).get("__doc__") if inspect.isclass(obj) else obj.__doc__
            if not (isinstance(own, str) and own.strip()):
                bare.append(f"{name}:{export}")
    assert bare == [], "exports without a docstring:\n" + "\n".join(bare)


def _exported(module: ModuleType) -> Iterator[tuple[str, Any]]:
    for name in getattr(module, "__all__", ()):
        yield name, getattr(module, name)


def _public_objects() -> dict[int, tuple[str, Any]]:
    """Every object exported by a public module, once, as ``module:name``."""
    seen: dict[int, tuple[str, Any]] = {}
    for module in MODULES:
        for name, obj in _exported(module):
            seen.setdefault(id(obj), (f"{module.__name__}:{name}", obj))
    return seen


OBJECTS = _public_objects()


class Member(NamedTuple):
    """A public function or method: where (``module:Class.name``), the function, its class."""

    where: str
    fn: Callable[..., Any]
    owner: type[Any] | None
    kind: str  # "function", "method", "classmethod", "staticmethod"

    @property
    def hypothesis(self) -> bool:
        return self.where.startswith(_HYPOTHESIS + ":")


def _callables() -> Iterator[Member]:
    for where, obj in OBJECTS.values():
        if inspect.isclass(obj):
            if issubclass(obj, enum.Enum) or issubclass(obj, BaseException):
                continue
            for attr, member in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if isinstance(member, classmethod):
                    yield Member(f"{where}.{attr}", member.__func__, obj, "classmethod")
                elif isinstance(member, staticmethod):
                    yield Member(f"{where}.{attr}", member.__func__, obj, "staticmethod")
                elif inspect.isfunction(member):
                    yield Member(f"{where}.{attr}", member, obj, "method")
        elif isinstance(obj, functools._lru_cache_wrapper):
            yield Member(where, obj.__wrapped__, None, "function")
        elif inspect.isfunction(obj):
            yield Member(where, obj, None, "function")


CALLABLES = sorted(_callables(), key=lambda c: c.where)


def _attrs_classes() -> Iterator[tuple[str, type[Any]]]:
    for where, obj in OBJECTS.values():
        if inspect.isclass(obj) and attrs.has(obj):
            yield where, obj


ATTRS_CLASSES = sorted(_attrs_classes(), key=lambda c: c[0])

#: Every public class by its name, to read string annotations.
CLASSES: dict[str, type[Any]] = {
    obj.__name__: obj for _, obj in OBJECTS.values() if inspect.isclass(obj)
}


def _properties(cls: type[Any]) -> Iterator[tuple[str, str]]:
    """(name, return annotation) of the public properties defined on ``cls``."""
    for attr, member in vars(cls).items():
        if attr.startswith("_"):
            continue
        if isinstance(member, property) and member.fget is not None:
            yield attr, _text(member.fget.__annotations__.get("return"))
        elif isinstance(member, functools.cached_property):
            yield attr, _text(member.func.__annotations__.get("return"))


def _text(ann: Any) -> str:
    """An annotation as its source reads: a string as written; a type (attrs fields whose
    types were resolved, e.g. by cattrs) by its name, modules stripped, arguments kept."""
    if ann is inspect.Parameter.empty or ann is None:
        return ""
    if isinstance(ann, str):
        return ann
    if isinstance(ann, type) and not getattr(ann, "__args__", None):
        return ann.__name__
    return re.sub(r"\b(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_])", "", str(ann)).replace("NoneType", "None")


def _annotation(param: inspect.Parameter | attrs.Attribute[Any]) -> str:
    ann = param.annotation if isinstance(param, inspect.Parameter) else param.type
    return _text(ann)


def _members(annotation: str) -> list[str]:
    """The members of a union annotation without ``None``, modules stripped (``_dt.date``)."""
    parts = [p.strip() for p in _split_top(annotation, "|")]
    return [re.sub(r"^(?:\w+\.)+(?=\w+$)", "", p) for p in parts if p and p != "None"]


def _split_top(text: str, sep: str) -> list[str]:
    """``text`` split on ``sep`` outside brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def _date_kinds(annotation: str) -> set[str]:
    """``{"date"}``, ``{"datetime"}``, both or none: the moments a (union) annotation holds."""
    return {m for m in _members(annotation) if m in ("date", "datetime")}


def _enum_of(annotation: str) -> type[enum.Enum] | None:
    members = _members(annotation)
    if len(members) != 1:
        return None
    cls = CLASSES.get(members[0])
    return cls if inspect.isclass(cls) and issubclass(cls, enum.Enum) else None


def _signature(fn: Callable[..., Any]) -> inspect.Signature | None:
    try:
        return inspect.signature(fn)
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return None


def _own_params(member: Member) -> list[inspect.Parameter]:
    sig = _signature(member.fn)
    if sig is None:  # pragma: no cover
        return []
    params = list(sig.parameters.values())
    if member.kind in ("method", "classmethod") and params and params[0].name in ("self", "cls"):
        params = params[1:]
    return params


def _returns_own_class(member: Member) -> bool:
    """The method records an event: it returns a new value of its own class."""
    if member.owner is None:
        return False
    ret = _text(member.fn.__annotations__.get("return")).replace(" ", "")
    own = member.owner.__name__
    # ledger.reverse(on, ref) -> tuple[Ledger, Reversal]: the new value and the result
    return ret in (own, "Self") or ret.startswith(f"tuple[{own},")


# --------------------------------------------------------------------------- the debt

Found = dict[str, str]  # violation (module:qualname …) -> detail


def _assert_only_known(found: Found, known: dict[str, str], title: str) -> None:
    new = [f"{k}  {v}".rstrip() for k, v in sorted(found.items()) if k not in known]
    assert new == [], f"{title}:\n" + "\n".join(new)


# =========================================================================== 1. time names

_ROLE_MOMENT = re.compile(r"^[a-z][a-z0-9_]*_(on|at)$")
_BANNED_TIME_NAMES = {"d", "t", "t1", "t2", "a", "b", "now", "when", "dt", "moment", "today"}
# A calendar method whose subject is a date names it `day` (item 1): WorkCalendar and the
# calendar results of custops.calendars.
_CALENDAR_MODULE = "custops.calendars"

# Debt, issue 12: names of moments still outside the convention.
KNOWN_TIME: dict[str, str] = {}


def _time_problem(
    name: str, annotation: str, owner: type[Any] | None, *, hypothesis: bool = False
) -> str | None:
    kinds = _date_kinds(annotation)
    if hypothesis and name in ("min_value", "max_value"):
        return None  # the bounds of a strategy, named as Hypothesis names them
    if name in _BANNED_TIME_NAMES:
        return f"banned time name {name!r}"
    if not kinds:
        # (`Any`: a column of moments in custops.vector)
        if (name in ("on", "at") or _ROLE_MOMENT.match(name)) and annotation not in ("", "Any"):
            return f"named like a moment but annotated {annotation!r}"
        return None
    if name == "day":
        if owner is None or owner.__module__ != _CALENDAR_MODULE:
            return "`day` outside a calendar method (use `on` or `<role>_on`)"
        return None
    if name in ("start", "end"):
        return None
    if name == "on" or name.endswith("_on"):
        return None if kinds == {"date"} else f"`{name}` is a date, annotated {annotation!r}"
    if name == "at" or name.endswith("_at"):
        return (
            None if kinds == {"datetime"} else f"`{name}` is a datetime, annotated {annotation!r}"
        )
    return f"a moment ({annotation}) not named on/at/<role>_on/<role>_at/start/end/day"


def _cell(annotation: str) -> str:
    """The type of one cell of a table's column ``tuple[X, ...]`` (``CalendarTable``)."""
    match = re.fullmatch(
        r"tuple\[(.*), \.\.\.\]", annotation.replace(" ", "").replace(",...", ", ...")
    )
    return match.group(1) if match else annotation


@functools.cache
def _time_violations() -> Found:
    found: Found = {}
    for m in CALLABLES:
        for p in _own_params(m):
            problem = _time_problem(p.name, _annotation(p), m.owner, hypothesis=m.hypothesis)
            if problem:
                found[f"{m.where}({p.name})"] = problem
    for where, cls in ATTRS_CLASSES:
        column = cls.__name__ in _COLUMN_CLASS_EXCEPTIONS  # a column is named as its cells
        for field in attrs.fields(cls):
            annotation = _cell(_annotation(field)) if column else _annotation(field)
            if column and field.name == "day":
                continue  # the column of DayInfo.day, a calendar's subject
            problem = _time_problem(field.name, annotation, cls)
            if problem:
                found[f"{where}.{field.name}"] = problem
    for where, obj in OBJECTS.values():
        if inspect.isclass(obj) and not issubclass(obj, enum.Enum):
            for name, ret in _properties(obj):
                problem = _time_problem(name, ret, obj)
                if problem and _date_kinds(ret):
                    found[f"{where}.{name}"] = problem
    return found


def test_1_moments_are_named_by_the_convention() -> None:
    _assert_only_known(_time_violations(), KNOWN_TIME, "moments named outside the convention")


# Debt: two role moments of one class or call that bound one range.
KNOWN_RANGE_PAIRS: dict[str, str] = {}

# Names of the two bounds of one range written as two role moments (item 1: ranges are
# `start`/`end`, or a range value such as a `DayRange`: `RepairDecision.ready`).
_RANGE_BOUND = re.compile(
    r"^(?:(?P<low>earliest|from)_(?P<a>\w+)|(?P<high>latest|until)_(?P<b>\w+)"
    r"|(?P<c>\w+)_(?P<mid>from|until)_(?P<unit>on|at))$"
)
_RANGE_PARTNER = {"earliest": "latest", "from": "until"}


def _range_pair_problems(names: Iterator[str] | list[str]) -> list[str]:
    """The pairs among ``names`` (role moments) that bound one range; a ``<role>_starts_on``
    beside the moment ``on`` (``window_starts_on`` … ``on``) is one too."""
    names = list(names)
    pairs = [
        f"{name}/{name.rsplit('_', 1)[1]}"
        for name in names
        if re.fullmatch(r"\w+_starts_(on|at)", name) and name.rsplit("_", 1)[1] in names
    ]
    names = [n for n in names if _ROLE_MOMENT.match(n)]
    for name in names:
        match = _RANGE_BOUND.match(name)
        if match is None:
            continue
        if match["low"]:
            partner = f"{_RANGE_PARTNER[match['low']]}_{match['a']}"
        elif match["mid"] == "from":
            partner = f"{match['c']}_until_{match['unit']}"
        else:
            continue
        if partner in names:
            pairs.append(f"{name}/{partner}")
    return pairs


@functools.cache
def _range_pair_violations() -> Found:
    found: Found = {}
    for m in CALLABLES:
        pairs = _range_pair_problems([p.name for p in _own_params(m)])
        if pairs:
            found[m.where] = f"a range as two moments ({', '.join(pairs)}): start/end or a range"
    for where, cls in ATTRS_CLASSES:
        held = [f.name for f in attrs.fields(cls)] + [name for name, _ in _properties(cls)]
        pairs = _range_pair_problems(held)
        if pairs:
            found[where] = f"a range as two moments ({', '.join(pairs)}): start/end or a range"
    return found


def test_1_a_range_is_start_and_end_not_two_role_moments() -> None:
    """``earliest_ready_on``/``latest_ready_on`` (or ``from_…``/``until_…``) is one range of
    days: ``start``/``end``, or a field holding a range (``ready: ReadyWindow``)."""
    _assert_only_known(_range_pair_violations(), KNOWN_RANGE_PAIRS, "ranges as two moments")


# =========================================================================== 2. positions

# Documented exceptions (CONTRIBUTING item 2 and the dict/CLI conventions): an argument
# with a default that stays positional.
_POSITIONAL_DEFAULT_EXCEPTIONS = {
    "custops.complaints:CaseEvent.get(default)": "dict-like get(name, default)",
    "custops.complaints:CaseStatus.get(default)": "Mapping's get(name, default)",
    "custops.complaints:SixClears.get(default)": "Mapping's get(kind, default)",
    "custops.cli:main(argv)": "main(argv=None) of every command-line entry point",
    # Subjects with a default ("who, then what", the subject optional), listed by name:
    "custops.archives:survey_due(surveys)": "subject: the surveys so far, none by default",
    "custops.complaints:Case.allowed_events(role)": "subject: the role asking, any by default",
    "custops.sla:SlaPolicy.schedule(attributes)": "subject: the case's attributes (or keywords)",
    "custops.sla:SlaPolicy.select(attributes)": "subject: the case's attributes (or keywords)",
    "custops.sla:SlaPolicy.schedule_many(attributes)": (
        "subject: a column of the cases' attributes (or keyword columns)"
    ),
    "custops.sla:SlaPolicy.select_many(attributes)": (
        "subject: a column of the cases' attributes (or keyword columns)"
    ),
    "custops.vip:Card.check(presented_by)": "subject: who presents the card",
    "custops.vip:quote(card)": "subject: the card presented with the lines, if any",
}

# Debt, issue 12: options (arguments with a default) still positional.
KNOWN_OPTIONS: dict[str, str] = {}


@functools.cache
def _option_violations() -> Found:
    found: Found = {}
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    for m in CALLABLES:
        if m.hypothesis:
            continue
        for i, p in enumerate(_own_params(m)):
            if p.kind in positional and p.default is not inspect.Parameter.empty:
                key = f"{m.where}({p.name})"
                if key not in _POSITIONAL_DEFAULT_EXCEPTIONS:
                    found[key] = f"{p.kind.description} at position {i}, default {p.default!r}"
    return found


def test_2_options_are_keyword_only() -> None:
    _assert_only_known(_option_violations(), KNOWN_OPTIONS, "options passed by position")


# Documented exceptions: a positional moment that is the subject.
_MOMENT_POSITION_EXCEPTIONS = {
    "custops:WorkCalendar.add_working_time(at)": "calendar arithmetic: the instant is the subject",
    "custops:WorkCalendar.to_local(at)": "calendar arithmetic: the instant is the subject",
}

# Debt, issue 12: moments still positional outside an event-recording method.
KNOWN_MOMENT_POSITIONS: dict[str, str] = {}


#: What a value that keeps its events calls them (a field or a property)
_EVENT_RECORDS = ("events", "updates", "entries")


def _records_events(member: Member) -> bool:
    """A method returning its own class records an event when the class keeps its events
    (``clock.pause(at)``, ``ledger.earn(on, …)``, ``archive.updated(on)``), not when it
    builds another value of its kind (``card.renew(number, *, on)``); an alternative
    constructor (a classmethod) only when the class keeps its events (``Clock.start(at,
    target)``), not when it merely builds a value from a day (``ReviewPeriod.week(on)``)."""
    owner = member.owner
    if owner is None:
        return False
    if member.kind == "classmethod":
        return attrs.has(owner) and "events" in attrs.fields_dict(owner)
    return any(hasattr(owner, name) for name in _EVENT_RECORDS) or (
        attrs.has(owner) and any(name in attrs.fields_dict(owner) for name in _EVENT_RECORDS)
    )


def _is_moment_param(p: inspect.Parameter) -> bool:
    # `on`/`at`: the moment the question is about.  A role date (`received_at`) is a
    # subject ("who, then what") and may be positional.
    return p.name in ("on", "at")


@functools.cache
def _moment_position_violations() -> Found:
    found: Found = {}
    for m in CALLABLES:
        if m.hypothesis:
            continue
        for i, p in enumerate(_own_params(m)):
            if p.kind is inspect.Parameter.KEYWORD_ONLY:
                continue
            if i > 0 and _date_kinds(_annotation(p)) and _returns_own_class(m):
                # one shape for events, the moment first: Clock.start(at, target), not
                # open(unit, tenant, applied_on)
                found[f"{m.where}({p.name})"] = f"the moment of an event at position {i}, not first"
                continue
            if not _is_moment_param(p):
                continue
            if i == 0 and _returns_own_class(m) and _records_events(m):
                continue  # an event recorded at a moment: clock.pause(at), ledger.earn(on, …)
            key = f"{m.where}({p.name})"
            if key not in _MOMENT_POSITION_EXCEPTIONS:
                what = (
                    "a query"
                    if not _returns_own_class(m)
                    else "a constructor that records no event"
                    if not _records_events(m)
                    else f"position {i}"
                )
                found[key] = f"{p.kind.description} moment in {what}"
    return found


def test_2_the_moment_is_keyword_only_or_first_in_an_event() -> None:
    _assert_only_known(
        _moment_position_violations(), KNOWN_MOMENT_POSITIONS, "moments passed by position"
    )


#: The body every method wrapped by ``custops._validate.fitted_call`` runs
_FITTED_CODE = fitted_call(lambda self: None).__code__


def _unfitted_moment_methods() -> list[str]:
    """Every public method whose moment (``on``/``at``) comes first after ``self``, or is
    keyword-only, and that does not refuse a call in the other style as InvalidType naming
    the argument (``custops._validate.fitted_call``); the calendar's arithmetic, whose
    instant is the subject, is not an event (``_MOMENT_POSITION_EXCEPTIONS``)."""
    found = []
    for m in CALLABLES:
        if m.hypothesis or m.kind not in ("method", "classmethod"):
            continue
        params = _own_params(m)
        first = bool(params) and _is_moment_param(params[0])
        by_name = any(
            _is_moment_param(p) and p.kind is inspect.Parameter.KEYWORD_ONLY for p in params
        )
        if not (first or by_name) or getattr(m.fn, "__code__", None) is _FITTED_CODE:
            continue
        if f"{m.where}({params[0].name})" not in _MOMENT_POSITION_EXCEPTIONS:
            found.append(m.where)
    return found


def test_2_a_moment_in_the_other_style_is_refused_naming_it() -> None:
    """House rule 2: a method recording an event takes its moment first, by position
    (``case.assign(at, role, …)``), a question by name (``case.status(at=…)``); either
    called in the other style (``ledger.move_to(card, on=day)``), without its moment or
    with an unknown keyword raises InvalidType naming the argument and the signature to
    call, never Python's bare TypeError: every such method is wrapped by ``fitted_call``."""
    assert _unfitted_moment_methods() == []
    fitted = [m.where for m in CALLABLES if getattr(m.fn, "__code__", None) is _FITTED_CODE]
    assert {"custops.complaints:Case.assign", "custops.sla:Clock.pause"} <= set(fitted)


# Debt, issue 12: policy classes whose options (fields with a default) are positional.
KNOWN_POLICY_FIELDS: dict[str, str] = {}


@functools.cache
def _policy_field_violations() -> Found:
    """Every field of a policy class with a default is an option: keyword-only
    (``@attrs.frozen(kw_only=True)``), so ``VipPolicy(Decimal("1000"), …)`` is refused.
    A required field (``SlaPolicy(name, targets, rules)``) is the
    policy's subject and may stay positional."""
    policy_classes = _policy_classes()
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        if not (_POLICY_CLASS.match(cls.__name__) or cls.__name__ in policy_classes):
            continue
        positional = [
            f.name
            for f in attrs.fields(cls)
            if f.init and not f.kw_only and f.default is not attrs.NOTHING
        ]
        if positional:
            found[where] = f"{len(positional)} options by position: {', '.join(positional)}"[:160]
    return found


def test_2_policy_options_are_keyword_only() -> None:
    _assert_only_known(
        _policy_field_violations(), KNOWN_POLICY_FIELDS, "policy options passed by position"
    )


# Two subjects of one type (CONTRIBUTING "Documented exceptions", item 2): where a call or
# a value takes two amounts, two moments or two yes/no facts, a caller could swap them
# unnoticed, so they are required keywords (`cash_announcement(*, amount_received,
# amount_due)`, `Extension(*, decided_on, ends_on)`), not positions.  A range's `start` and
# `end` (item 1) are the one positional pair: a range refuses an end before its start.
# Results (`Explained`) are built by custops, not by the caller, and are not held to it.
# Options (parameters or fields with a default) by position are as swappable when two of
# one type stand side by side, a text or a count as much as an amount
# (`Complaint(channel, content, complainant, *, contact, reference, …)`), so two positional
# options of one type in a row are caught too, whatever the type.
_SAME_KIND_POSITION_EXCEPTIONS = {
    "custops.sla:Cycle": "a clock's own record of a cycle, built by the clock (Clock.history)",
    "custops.sla:Step": "a step of a desk's schedule, built by SlaPolicy.schedule",
    "custops.complaints:Evidence": "the classifier's own record of a signal it read, built by "
    "classify (Classification.evidence)",
}

# Debt: calls and values taking two subjects of one type by position.
KNOWN_SAME_KIND_POSITIONS: dict[str, str] = {}

# An amount of money named as one, whatever its annotation (`Any` takes a str or a Decimal).
_MONEY_NAME = re.compile(
    r"(^|_)(amount|paid|price|peak|balance|fee|fine|loss|cost|deposit|change|total|owed"
    r"|refund|allowance)s?(_|$)"
)


def _subject_kind(name: str, annotation: str) -> str | None:
    """What a caller could swap with another of its kind: a moment, a yes/no or money."""
    members = _members(annotation)
    if _date_kinds(annotation):
        return "moment"
    if members == ["bool"]:
        return "yes/no"
    if "Decimal" in members or ((not members or "Any" in members) and _MONEY_NAME.search(name)):
        return "money"
    return None


def _same_kind_problem(names: list[tuple[str, str]]) -> str | None:
    """``names``: the required positional (name, annotation) pairs of one call or value."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for name, annotation in names:
        kind = _subject_kind(name, annotation)
        if kind is not None:
            by_kind[kind].append(name)
    problems = []
    for kind, held in sorted(by_kind.items()):
        if {"start", "end"} <= set(held):  # a range, refused when its ends are swapped
            held = [n for n in held if n not in ("start", "end")]
        if len(held) > 1:
            problems.append(f"{len(held)} of kind {kind} by position: {', '.join(held)}")
    return "; ".join(problems) or None


def _option_run_problem(names: list[tuple[str, str | None]]) -> str | None:
    """``names``: the positional (name, annotation) pairs of one call or value, in order,
    ``None`` for a required one's annotation.  Two options of one type in a row (``X`` and
    ``X | None`` are one type) are a swap a caller would not notice."""
    runs: list[list[str]] = []
    previous: list[str] | None = None
    for name, annotation in names:
        members = None if annotation is None else sorted(_members(annotation))
        if members is not None and members == previous:
            runs[-1].append(name)
        else:
            runs.append([name])
        previous = members
    long = [run for run in runs if len(run) > 1]
    return (
        "; ".join(f"{len(r)} options of one type by position: {', '.join(r)}" for r in long) or None
    )


def _with_option_runs(problem: str | None, names: list[tuple[str, str | None]]) -> str | None:
    runs = _option_run_problem(names)
    return "; ".join(p for p in (problem, runs) if p) or None


@functools.cache
def _same_kind_position_violations() -> Found:
    found: Found = {}
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    for m in CALLABLES:
        if m.hypothesis:
            continue
        names = [
            (p.name, _annotation(p))
            for p in _own_params(m)
            if p.kind in positional and p.default is inspect.Parameter.empty
        ]
        options: list[tuple[str, str | None]] = [
            (p.name, None if p.default is inspect.Parameter.empty else _annotation(p))
            for p in _own_params(m)
            if p.kind in positional
        ]
        problem = _with_option_runs(_same_kind_problem(names), options)
        if problem and m.where not in _SAME_KIND_POSITION_EXCEPTIONS:
            found[m.where] = problem
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":") or issubclass(cls, Explained):
            continue
        names = [
            (f.alias or f.name, _annotation(f))
            for f in attrs.fields(cls)
            if f.init and not f.kw_only and f.default is attrs.NOTHING
        ]
        fields: list[tuple[str, str | None]] = [
            (f.alias or f.name, None if f.default is attrs.NOTHING else _annotation(f))
            for f in attrs.fields(cls)
            if f.init and not f.kw_only
        ]
        problem = _with_option_runs(_same_kind_problem(names), fields)
        if problem and where not in _SAME_KIND_POSITION_EXCEPTIONS:
            found[where] = problem
    return found


def test_2_two_subjects_of_one_type_are_required_keywords() -> None:
    _assert_only_known(
        _same_kind_position_violations(),
        KNOWN_SAME_KIND_POSITIONS,
        "two amounts, moments or yes/no facts, or two options of one type in a row, by "
        "position (a caller could swap them)",
    )


# =========================================================================== 3. calendar, policy

_POLICY_CLASS = re.compile(r"^\w*Policy$")


def _policy_classes() -> set[str]:
    """``<X>Policy`` and any other class taken as ``policy=`` (so a policy object under
    another class name is still a policy)."""
    return {
        x
        for m in CALLABLES
        for p in _own_params(m)
        if p.name == "policy"
        for x in _members(_annotation(p))
        if x in CLASSES
    }


# Names under which a policy object is passed instead of `policy` (issue 12).
_POLICY_ALIASES = {"criteria", "rules", "ruleset", "rule_set", "config", "settings"}
_ZONE_NAMES = {"tz", "zone", "timezone", "tzinfo"}

# Documented exceptions.
_CALENDAR_POLICY_EXCEPTIONS = {
    "custops.complaints:Case.open(policy)": "a case always names its desk: the policy is a "
    "required keyword, there is no default desk (docs/rules.md R-CMP-06 Reading, issue 17)",
}

# Debt, issue 12: calendar/policy arguments and fields still outside the convention.
KNOWN_CALENDAR_POLICY: dict[str, str] = {}


def _calendar_param_problem(p: inspect.Parameter) -> str | None:
    ann = _annotation(p)
    problems = []
    if p.kind is not inspect.Parameter.KEYWORD_ONLY:
        problems.append(p.kind.description)
    if _members(ann) != ["WorkCalendar"] or "None" not in _split_top(ann.replace(" ", ""), "|"):
        problems.append(f"annotated {ann!r}, not 'WorkCalendar | None'")
    if p.default is not None:
        problems.append(f"default {p.default!r}")
    return "; ".join(problems) or None


def _policy_param_problem(p: inspect.Parameter) -> str | None:
    ann = _annotation(p)
    members = _members(ann)
    problems = []
    if p.kind is not inspect.Parameter.KEYWORD_ONLY:
        problems.append(p.kind.description)
    if (
        len(members) != 1
        or not _POLICY_CLASS.match(members[0])
        or "None" not in _split_top(ann.replace(" ", ""), "|")
    ):
        problems.append(f"annotated {ann!r}, not '<X>Policy | None'")
    if p.default is not None:
        problems.append(f"default {p.default!r}"[:80])
    return "; ".join(problems) or None


@functools.cache
def _calendar_policy_violations() -> Found:
    policy_classes = _policy_classes()
    found: Found = {}
    for m in CALLABLES:
        if m.hypothesis:
            continue
        for p in _own_params(m):
            ann = _annotation(p)
            key = f"{m.where}({p.name})"
            if p.name == "calendar":
                problem = _calendar_param_problem(p)
            elif p.name == "policy":
                problem = _policy_param_problem(p)
            elif "WorkCalendar" in _members(ann):
                problem = f"a calendar passed as {p.name!r}"
            elif any(_POLICY_CLASS.match(x) for x in _members(ann)):
                problem = f"a policy passed as {p.name!r}"
            elif p.name in _POLICY_ALIASES and p.kind is not inspect.Parameter.VAR_POSITIONAL:
                problem = f"{p.name!r} ({ann}): a policy object is passed as `policy`"
            else:
                problem = None
            if problem and key not in _CALENDAR_POLICY_EXCEPTIONS:
                found[key] = problem
    for where, cls in ATTRS_CLASSES:
        for field in attrs.fields(cls):
            ann = _annotation(field)
            policies = [x for x in _members(ann) if _POLICY_CLASS.match(x) or x in policy_classes]
            key = f"{where}.{field.name}"
            # (a policy may hold a calendar as an ordinary field)
            if (
                field.name in ("calendar", "policy")
                and not field.kw_only
                and not where.endswith("Policy")
            ):
                found[key] = "not keyword-only"
            if policies and field.name != "policy" and not field.name.endswith("_policy"):
                found[key] = f"holds a {policies[0]}: name it `policy` or `<x>_policy`"
    return found


def test_3_calendar_and_policy_are_optional_keywords() -> None:
    _assert_only_known(
        _calendar_policy_violations(),
        KNOWN_CALENDAR_POLICY,
        "calendar/policy outside `calendar: WorkCalendar | None = None`, "
        "`policy: <X>Policy | None = None` (keyword-only)",
    )


# Documented exceptions: a policy class without a seed default.
_NO_DEFAULT_POLICY_EXCEPTIONS = {
    "CasePolicy": "a case always names its desk, there is no default desk (docs/rules.md "
    "R-CMP-06 Reading, issue 17); Case.open requires policy= (a keyword without default; "
    "None is refused)",
}

# Debt, issue 12: policy classes that cannot be built from the seed's defaults.
KNOWN_POLICY_DEFAULTS: dict[str, str] = {}


@functools.cache
def _policy_default_violations() -> Found:
    """``policy=None`` means the seed's defaults: every policy class taken as ``policy``
    builds with no argument, through ``custops._validate.policy_or_default``."""
    from custops._validate import policy_or_default

    found: Found = {}
    names = {
        x
        for m in CALLABLES
        for p in _own_params(m)
        if p.name == "policy" and f"{m.where}(policy)" not in _CALENDAR_POLICY_EXCEPTIONS
        for x in _members(_annotation(p))
        if _POLICY_CLASS.match(x)
    }
    for name in sorted(names - _NO_DEFAULT_POLICY_EXCEPTIONS.keys()):
        cls = CLASSES.get(name)
        if cls is None:
            found[name] = "not exported by a public module"
            continue
        try:
            default = policy_or_default(None, cls)
        except Exception as exc:  # any failure is the finding
            found[name] = f"policy=None refused: {type(exc).__name__}: {exc}"[:200]
            continue
        if default != cls():
            found[name] = "policy=None is not the seed's defaults"
    return found


def test_3_policy_none_means_the_seed_defaults() -> None:
    _assert_only_known(
        _policy_default_violations(), KNOWN_POLICY_DEFAULTS, "policy=None not the seed defaults"
    )


# Debt, issue 12: a class whose signature still shows a hidden default.
KNOWN_HIDDEN_DEFAULTS: dict[str, str] = {}


@functools.cache
def _hidden_default_violations() -> Found:
    """A public class's ``inspect.signature`` (``help()``) shows every default as a value: an
    ``attrs.Factory`` default shows ``NOTHING``; a default derived from the other fields is
    ``None`` (``custops._validate.derived_converter``), a fixed one the value itself."""
    found: Found = {}
    for where, obj in OBJECTS.values():
        if not inspect.isclass(obj) or issubclass(obj, (enum.Enum, BaseException)):
            continue
        sig = _signature(obj)
        for p in sig.parameters.values() if sig is not None else ():
            if p.default is attrs.NOTHING:
                found[f"{where}({p.name})"] = "the default shows as NOTHING (an attrs.Factory)"
    return found


def test_3_no_signature_shows_a_hidden_default() -> None:
    _assert_only_known(
        _hidden_default_violations(),
        KNOWN_HIDDEN_DEFAULTS,
        "defaults shown as NOTHING in a public signature (use None, derived, or the value)",
    )


def test_3_the_hidden_default_check_sees_a_factory() -> None:
    """A guard for the check: a factory default shows ``NOTHING``, ``derived_converter``
    shows ``None`` and keeps the field's value and type."""
    from custops._validate import derived_converter, require_int

    size_of: Any = derived_converter(lambda box: box.size, require_int, takes="int | None")

    @attrs.frozen
    class Box:
        size: int
        hidden: int = attrs.field(default=attrs.Factory(lambda box: box.size, takes_self=True))
        shown: int = attrs.field(
            default=None,
            converter=size_of,  # type: ignore[misc]
        )

    params = inspect.signature(Box).parameters
    assert params["hidden"].default is attrs.NOTHING
    assert params["shown"].default is None
    assert (Box(3).hidden, Box(3).shown, Box(3, 1, 2).shown) == (3, 3, 2)
    assert attrs.evolve(Box(3), size=4).shown == 3  # kept, as a factory's value is


# Debt, issue 12.
KNOWN_ZONES: dict[str, str] = {}


@functools.cache
def _zone_violations() -> Found:
    found: Found = {}
    for m in CALLABLES:
        if m.owner is WorkCalendar:
            continue
        for p in _own_params(m):
            if p.name in _ZONE_NAMES or {"ZoneInfo", "tzinfo"} & set(_members(_annotation(p))):
                found[f"{m.where}({p.name})"] = "a zone apart from a calendar"
    for where, cls in ATTRS_CLASSES:
        if cls is WorkCalendar:
            continue
        for field in attrs.fields(cls):
            if field.name in _ZONE_NAMES or {"ZoneInfo", "tzinfo"} & set(
                _members(_annotation(field))
            ):
                found[f"{where}.{field.name}"] = "a zone apart from a calendar"
    return found


def test_3_the_zone_always_comes_from_the_calendar() -> None:
    _assert_only_known(_zone_violations(), KNOWN_ZONES, "a zone passed apart from a calendar")


# =========================================================================== 4. decisions

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

# Debt, issue 12: yes/no answers outside the Decision shape.
KNOWN_YES_NO: dict[str, str] = {}


@functools.cache
def _yes_no_violations() -> Found:
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        fields = {f.name: _annotation(f) for f in attrs.fields(cls)}
        props = dict(_properties(cls))
        for name, ann in sorted({**props, **fields}.items()):
            if name == "allowed" and issubclass(cls, Decision):
                continue
            if name in _YES_NO_FIELDS and _members(ann) == ["bool"]:
                found[f"{where}.{name}"] = f"a yes/no answer as {ann!r}, not a Decision"
        outcome = fields.get("outcome", props.get("outcome"))
        if outcome is not None and "bool" in _members(outcome):
            found[f"{where}.outcome"] = f"outcome is {outcome!r}"
        if "rule" in fields:
            for name, ann in fields.items():
                if ann.replace(" ", "") == "bool|None":
                    found[f"{where}.{name}"] = "a three-way answer as bool | None"
    return found


def test_4_yes_no_answers_are_decisions() -> None:
    _assert_only_known(
        _yes_no_violations(), KNOWN_YES_NO, "yes/no answers outside the Decision shape"
    )


# Every public callable annotated ``-> bool`` is held to it, whatever its name (a question
# need not start with is_/can_: ``periods.provisional``, ``ResponsibilityPolicy.by_loss``).
# Documented exceptions: classes whose questions are facts, not rules (no rule to give),
# by class name, and single callables by where (``module:name``).
_BARE_BOOL_EXCEPTIONS = {
    "WorkCalendar": "calendar facts (is_workday, is_published, …); WorkCalendar.day_info "
    "explains a day with its rule as a DayInfo",
    "SelectionRule": "rule as data: applies_to is a policy rule's own test of a case, asked "
    "by SlaPolicy.select, whose Selection is the explained answer",
    "ResponsibilityPolicy": "rule as data: by_loss is a penalty policy's own test of a "
    "scheme, asked by assess_penalty (and Case.penalty through it), whose PenaltyAssessment is "
    "the explained answer",
}
_BARE_BOOL_CALLABLE_EXCEPTIONS = {
    "custops.periods:provisional": "a calendar fact: whether the years a deadline is counted "
    "through are published, a flag to store beside a deadline; the explained form is "
    "deadline(..., explain=True).provisional with the Deadline's wording",
}

# Debt, issue 12.
KNOWN_BARE_BOOL: dict[str, str] = {}


@functools.cache
def _bare_bool_violations() -> Found:
    found: Found = {}
    for m in CALLABLES:
        if m.hypothesis or _text(m.fn.__annotations__.get("return")) != "bool":
            continue
        exempt = (
            m.owner is not None and m.owner.__name__ in _BARE_BOOL_EXCEPTIONS
        ) or m.where in _BARE_BOOL_CALLABLE_EXCEPTIONS
        if not exempt:
            found[m.where] = "a question answered with a bare bool (return a Decision)"
    return found


def test_4_rule_questions_return_decisions_not_bools() -> None:
    _assert_only_known(_bare_bool_violations(), KNOWN_BARE_BOOL, "bare bools for rule questions")


# Documented exceptions: classes whose `rule` is data, not a result's rule.
_RULE_AS_DATA_EXCEPTIONS = {
    "custops.sla:Target": "policy data: the rule ID the target implements, copied into Status",
    "custops.sla:SelectionRule": "policy data: the rule IDs a desk rule implements, copied "
    "into Selection.rule/rule_ids",
}

# Debt, issue 12: classes with a rule or a reason outside the Explained shape.
KNOWN_EXPLAINED: dict[str, str] = {}


@functools.cache
def _explained_violations() -> Found:
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        # (a property inherited counts: a Decision's reason, read from what it keeps)
        names = {f.name for f in attrs.fields(cls)}
        names |= {n for klass in cls.__mro__ for n, _ in _properties(klass)}
        if not names & {"rule", "reason"} or where in _RULE_AS_DATA_EXCEPTIONS:
            continue
        problems = []
        if "rule" not in names:
            problems.append("a reason but no rule")
        if "reason" not in names:
            problems.append("a rule but no reason")
        if not issubclass(cls, Explained):
            problems.append("does not derive custops.decisions.Explained")
        if problems:
            found[where] = "; ".join(problems)
    return found


def test_4_every_result_with_a_rule_or_reason_is_explained() -> None:
    _assert_only_known(
        _explained_violations(), KNOWN_EXPLAINED, "results outside the Explained shape"
    )


def _is_result(cls: type[Any]) -> bool:
    names = {f.name for f in attrs.fields(cls)}
    return issubclass(cls, Explained) or bool(names & {"rule", "reason"})


# Documented exceptions (CONTRIBUTING.md, "Documented exceptions"): enum fields of three or
# more members in a result that are not its answer, so not named `outcome`.
_NOT_AN_ANSWER = "a row of a table: the row's kind, not an answer"
_NOT_AN_ANSWER_EXCEPTIONS = {
    "custops.complaints:CaseStatus.stage": "a status report: where the case stands",
    "custops.complaints:CaseStatus.flow": "a status report: the case's flow",
    "custops.sla:Status.state": "a status report: where the clock stands",
    "custops.complaints:Classification.kind": "a classification: several labels, each with "
    "its classifier rule (kind_rule, category_rule), not one answer",
    "custops.complaints:Classification.category": "a classification (see kind)",
    "custops.complaints:Classification.topic": "a classification (see kind)",
    "custops.complaints:Classification.department": "a classification (see kind)",
    "custops.complaints:Classification.runner_up": "a fact of the classification: the kind "
    "scored second, which its reason words",
    "custops.complaints:Classification.yielded_category": "a fact of the classification: a "
    "demand's category behind the fault, which its reason words",
    "custops.complaints:Classification.refund_grounds": "a fact of the classification: the "
    "grounds a refund is asked on, which route it and explain() words",
    "custops.complaints:PenaltyLine.party": _NOT_AN_ANSWER,
    "custops.deposits:ScheduleLine.kind": _NOT_AN_ANSWER,
    "custops.vip:LedgerEntry.kind": _NOT_AN_ANSWER,
    "custops.vip:QuoteLine.benefit": _NOT_AN_ANSWER,
    "custops.deposits:ScheduleLine.reserve_rounding": "a fact of the line: the policy's "
    "rounding that set the reserve it words its reason from",
    "custops.vip:Quote.vip_benefit": "the card's best benefit, a fact of the quote; the "
    "answer is the total",
    "custops.exchange:Consequence.finding": "the input echoed: the finding whose consequence it is",
    "custops.exchange:Consequence.if_not_rectified": "one of the measures (a Sanction), "
    "beside `measures`",
    "custops.secrecy:LeakReport.level": "a fact of the record: the leaked matter's level",
}

# Debt, issue 12.
KNOWN_OUTCOMES: dict[str, str] = {}


@functools.cache
def _outcome_violations() -> Found:
    """Every enum of three or more members in a result is its answer unless it is a
    documented exception, whatever the enum's class name (``ModeRecommendation.mode:
    PurchasingMode``, passed a check that looked at names only)."""
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        if where in _RULE_AS_DATA_EXCEPTIONS:
            continue  # policy data (Target.recurrence), not a result
        named = {f.name for f in attrs.fields(cls)} | {n for n, _ in _properties(cls)}
        for field in attrs.fields(cls):
            kind = _enum_of(_annotation(field))
            if kind is None:
                continue
            size = len(kind)
            if field.name == "outcome" and issubclass(cls, Decision) and size >= 3:
                found[f"{where}.outcome"] = (
                    f"a Decision also carries a {size}-valued {kind.__name__}"
                )
            elif field.name == "outcome" and _is_result(cls) and size < 3:
                found[f"{where}.outcome"] = f"{kind.__name__} has {size} members: a Decision"
            elif (
                field.name != "outcome"
                and _is_result(cls)
                and not issubclass(cls, Decision)
                and "outcome" not in named
                and size >= 3
                and f"{where}.{field.name}" not in _NOT_AN_ANSWER_EXCEPTIONS
            ):
                found[f"{where}.{field.name}"] = (
                    f"a {size}-way {kind.__name__} answer not named `outcome`"
                )
    return found


def test_4_three_way_answers_are_named_outcome() -> None:
    _assert_only_known(_outcome_violations(), KNOWN_OUTCOMES, "outcomes out of shape")


def test_4_only_decisions_define_bool() -> None:
    """Only yes/no decisions have a truth value; every other result refuses ``bool()``
    (``Explained.__bool__`` raises), so ``if result:`` never silently means "yes"."""
    bad = [
        where
        for where, obj in OBJECTS.values()
        if inspect.isclass(obj)
        and not issubclass(obj, (Decision, enum.Enum))
        and getattr(obj, "__bool__", None) not in (None, Explained.__bool__)
    ]
    assert bad == [], "truthiness outside decisions:\n" + "\n".join(bad)


# =========================================================================== 5. enums

ENUMS = sorted(
    (
        (where, obj)
        for where, obj in OBJECTS.values()
        if inspect.isclass(obj) and issubclass(obj, enum.Enum) and obj not in (LabelledEnum,)
    ),
    key=lambda e: e[0],
)


@pytest.mark.parametrize(("where", "cls"), ENUMS, ids=[e[0] for e in ENUMS])
def test_5_every_enum_has_the_one_base(where: str, cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum), f"{where} does not derive from LabelledEnum"
    for member in cls:
        assert isinstance(member.value, str), f"{member!r}: value is not a str key"
        snake = r"[a-z][a-z0-9]*(_[a-z0-9]+)*"  # no doubled or trailing underscore
        assert re.fullmatch(snake, member.value), f"{member!r}: not snake_case"
        assert str(member) == member.label
        assert cls.parse(member.value) is member
        assert cls.parse(member.label) is member
        assert cls.parse(member.name) is member
        # any spelling: every variant, and the name and the key in either case
        for spelling in (
            *getattr(member, "variants", ()),
            member.name.lower(),
            member.value.upper(),
        ):
            assert cls.parse(spelling) is member, f"{member!r}: parse({spelling!r})"
    assert cls.choices() == tuple((m.value, m.label) for m in cls)


_STR_LITERAL = re.compile(r"\bLiteral\[\s*['\"]")

# Debt, issue 12: enumerations written as Literal["a", "b"] (no label, parse() or choices()).
KNOWN_LITERALS: dict[str, str] = {}


@functools.cache
def _literal_violations() -> Found:
    """An enumeration is a LabelledEnum, never ``Literal["a", "b"]`` (``periods.Cutoff`` was
    one): in a parameter, a field or an exported alias."""
    found: Found = {}
    for m in CALLABLES:
        for p in _own_params(m):
            if _STR_LITERAL.search(_annotation(p)):
                found[f"{m.where}({p.name})"] = f"a Literal enumeration: {_annotation(p)}"
    for where, cls in ATTRS_CLASSES:
        for field in attrs.fields(cls):
            if _STR_LITERAL.search(_annotation(field)):
                found[f"{where}.{field.name}"] = f"a Literal enumeration: {_annotation(field)}"
    for where, obj in OBJECTS.values():
        if typing.get_origin(obj) is typing.Literal:
            found[where] = f"an exported Literal alias: {obj}"
    return found


def test_5_no_literal_enumerations() -> None:
    _assert_only_known(_literal_violations(), KNOWN_LITERALS, "Literal enumerations")


# Debt: a field typed `str` that holds one of a closed set of values (an enumeration).
KNOWN_STR_ENUMERATIONS: dict[str, str] = {}


def _closed_str_set(node: ast.expr, namespace: Mapping[str, Any]) -> frozenset[str] | None:
    """The strings of a literal set/tuple/list of two or more strings, or of a module-level
    constant holding one (``_ROUNDINGS = frozenset(...)``); else ``None``."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        items = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        if len(items) == len(node.elts) and all(isinstance(i, str) for i in items):
            return frozenset(typing.cast(list[str], items)) if len(items) > 1 else None
        return None
    if isinstance(node, ast.Name):
        value = namespace.get(node.id)
        if (
            isinstance(value, (set, frozenset, tuple, list))
            and len(value) > 1
            and all(isinstance(i, str) for i in value)
        ):
            return frozenset(value)
    return None


def _str_enumeration_problems(cls: type[Any], namespace: Mapping[str, Any]) -> list[str]:
    """The ``str`` fields of ``cls`` that are a closed set of values: an attrs ``in_``
    validator, or a method of the class testing a value read from ``self`` with
    ``in``/``not in`` against a set of strings (``if mode not in _ROUNDINGS``)."""
    fields = [f for f in attrs.fields(cls) if _members(_annotation(f)) == ["str"]]
    problems = []
    for field in fields:
        stack = [field.validator]
        while stack:
            validator = stack.pop()
            stack.extend(getattr(validator, "_validators", ()))
            inner = getattr(validator, "validator", None)  # optional(...)
            if inner is not None:
                stack.append(inner)
            options = getattr(validator, "options", None)
            if type(validator).__name__ == "_InValidator" and options is not None:
                problems.append(f"{field.name}: one of {sorted(map(str, options))[:4]}")
    if not fields:
        return problems
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):  # pragma: no cover - a class without source
        return problems
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        # the names a method reads from self: self.x, getattr(self, …), and what holds them
        from_self = {"self"}
        for node in ast.walk(fn):
            if isinstance(node, ast.Assign) and any(
                isinstance(n, ast.Name) and n.id in from_self for n in ast.walk(node.value)
            ):
                from_self |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(fn):
            if not (
                isinstance(node, ast.Compare)
                and len(node.ops) == 1
                and isinstance(node.ops[0], (ast.In, ast.NotIn))
            ):
                continue
            read = {n.id for n in ast.walk(node.left) if isinstance(n, ast.Name)}
            closed = _closed_str_set(node.comparators[0], namespace)
            if closed is not None and read & from_self:
                problems.append(f"a value of self checked against {sorted(closed)[:4]}")
    return problems


@functools.cache
def _str_enumeration_violations() -> Found:
    """A closed set of values typed ``str`` is an enumeration without a label, ``parse()``
    or ``choices()`` (``DepositPolicy.rounding`` was one: ``"ROUND_HALF_UP"``): item 5."""
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":"):
            continue
        problems = _str_enumeration_problems(cls, vars(sys.modules[cls.__module__]))
        if problems:
            found[where] = "; ".join(problems)
    return found


def test_5_no_closed_set_of_strings_for_an_enumeration() -> None:
    _assert_only_known(
        _str_enumeration_violations(), KNOWN_STR_ENUMERATIONS, "str fields of a closed set"
    )


def test_5_the_six_clears_are_an_enum_read_in_any_spelling() -> None:
    """Item 5: the six clears of R-CMP-15 are a closed set checked by the lookup
    ``SixClears[...]``, not by a validator or a method of ``Clear`` (which
    ``test_5_no_closed_set_of_strings_for_an_enumeration`` reads): ``Clear.name``/``label``
    were two strs and ``clears["复清晰"]`` was refused.  A clear holds a ``ClearKind``, and
    the checklist is indexed by any spelling of one."""
    import datetime as dt

    from custops.complaints import Case, Clear, ClearKind, Complaint

    field = attrs.fields_dict(Clear)["kind"]
    assert _enum_of(_annotation(field)) is ClearKind
    assert issubclass(ClearKind, LabelledEnum)
    held = {f.name: _members(_annotation(f)) for f in attrs.fields(Clear)}
    assert [n for n, ann in held.items() if ann == ["str"]] == ["reason", "rule"]
    at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    c = Complaint(received_at=at, channel="电话", content="谢谢", complainant="周")
    clears = Case.open(c, "客户关系顾问", policy="dealer").six_clears()
    assert [x.kind for x in clears.values()] == list(ClearKind)
    for member in ClearKind:
        for spelling in (member, member.value, member.label, member.name, member.value.upper()):
            assert clears[spelling].kind is member, spelling
            assert spelling in clears
        assert Clear(member.label, "met", "x").kind is member


def test_5_the_deposit_policys_roundings_are_enums() -> None:
    """Item 5: ``DepositPolicy.rounding``/``reserve_rounding`` are ``Rounding`` members
    (each a ``decimal`` rounding mode), not ``decimal.ROUND_*`` strings."""
    from custops.deposits import DepositPolicy
    from custops.money import Rounding

    for name in ("rounding", "reserve_rounding"):
        field = attrs.fields_dict(DepositPolicy)[name]
        assert _enum_of(_annotation(field)) == Rounding, name
        assert isinstance(getattr(DepositPolicy(), name), Rounding), name
        assert getattr(DepositPolicy(**{name: "四舍五入"}), name) is Rounding.HALF_UP  # type: ignore[arg-type]


# =========================================================================== 6. names


def test_6_public_names_are_unique_across_modules() -> None:
    by_name: dict[str, dict[int, str]] = {}
    for module in MODULES:
        for name, obj in _exported(module):
            by_name.setdefault(name, {})[id(obj)] = module.__name__
    clashes = {name: sorted(mods.values()) for name, mods in by_name.items() if len(mods) > 1}
    assert clashes == {}, f"one name, several meanings: {clashes}"


# Debt, issue 12.
KNOWN_SHADOWS: dict[str, str] = {}


@functools.cache
def _shadow_violations() -> Found:
    found: Found = {}
    for module in MODULES:
        if not hasattr(module, "__path__"):
            continue
        for info in pkgutil.iter_modules(module.__path__):
            full = f"{module.__name__}.{info.name}"
            if full.startswith(_SKIP_MODULES):
                continue
            sub = sys.modules.get(full) or importlib.import_module(full)
            if hasattr(module, info.name) and getattr(module, info.name) is not sub:
                other = getattr(module, info.name)
                found[f"{module.__name__}:{info.name}"] = (
                    f"a {type(other).__name__} hides the submodule {full}"
                )
    return found


def test_6_no_name_hides_its_own_submodule() -> None:
    _assert_only_known(_shadow_violations(), KNOWN_SHADOWS, "names hiding their own submodule")


# Internal helpers by name: the "or default" twins and the checks of custops._validate.
_INTERNAL_HELPERS = re.compile(
    r"^(?:calendar_or_china|policy_or_default|\w+_or_default|\w+_or_none|field_converter"
    r"|policy_field|enum_field|members_field|require_\w+|fold)$"
)

# Debt, issue 12.
KNOWN_PRIVATE_EXPORTS: dict[str, str] = {}


@functools.cache
def _private_export_violations() -> Found:
    found: Found = {}
    for module in MODULES:
        for name, obj in _exported(module):
            key = f"{module.__name__}:{name}"
            if name.startswith("_") and name != "__version__":
                found[key] = "a private name"
                continue
            if _INTERNAL_HELPERS.match(name):
                found[key] = "an internal helper"
                continue
            home = getattr(obj, "__module__", None)
            if (
                isinstance(home, str)
                and (inspect.isclass(obj) or inspect.isfunction(obj))
                and home.startswith("custops")
                and any(p.startswith("_") for p in home.split(".")[1:])
                and not home.startswith(module.__name__ + ".")
            ):
                found[key] = f"defined in the private {home}"
    return found


def test_6_all_exports_no_private_helper() -> None:
    _assert_only_known(
        _private_export_violations(), KNOWN_PRIVATE_EXPORTS, "private helpers exported"
    )


# Names whose types differ by design: the reason and every "kind type" accepted (any
# other kind or type under the name is still a violation).
_SAME_MEANING_EXCEPTIONS: dict[str, tuple[str, set[str]]] = {
    "events": (
        "each object's own event records",
        {
            "value tuple[CaseEvent,...]",
            "value tuple[ClockEvent,...]",
            "value tuple[MoveOutEvent,...]",
        },
    ),
    "history": (
        "each object's own past: a case's events, a clock's cycles",
        {"value tuple[CaseEvent,...]", "value tuple[Cycle,...]", "value tuple[MoveOutEvent,...]"},
    ),
    "lines": (
        "each result's own *Line rows",
        {
            "value tuple[PenaltyLine,...]",
            "value tuple[QuoteLine,...]",
            "value tuple[ScheduleLine,...]",
        },
    ),
    "missing": (
        "each checklist's own missing items",
        {"value tuple[enum,...]", "value tuple[Clear,...]"},
    ),
    "rules": (
        "each policy's own rule table",
        {"value tuple[Rule,...]", "value tuple[SelectionRule,...]"},
    ),
    "status": (
        "each object's own status at a moment",
        {"method -> CaseStatus", "method -> Status"},
    ),
    "holiday_name": (
        "WorkCalendar.holiday_name(day) answers what DayInfo.holiday_name holds",
        {"method -> str", "value str"},
    ),
    "is_workday": (
        "WorkCalendar.is_workday(day) answers what DayInfo.is_workday holds",
        {"method -> bool", "value bool"},
    ),
}
# Classes left out of the table: their fields are columns of what the name means elsewhere.
_COLUMN_CLASS_EXCEPTIONS = {"CalendarTable": "one column per DayInfo field (a table for joins)"}

# Debt, issue 12: attribute names with more than one type across public classes.
KNOWN_ATTRIBUTE_TYPES: dict[str, str] = {}


def _normal_type(annotation: str, owner: type[Any]) -> str:
    """The meaning of an annotation: ``None`` dropped, an enum is ``enum``, a policy is
    ``Policy``, the owner's own class ``Self``."""

    def word(match: re.Match[str]) -> str:
        name = match.group(0)
        cls = CLASSES.get(name)
        if name in (owner.__name__, "Self", "D"):
            return "Self"
        if inspect.isclass(cls) and issubclass(cls, enum.Enum):
            return "enum"
        if _POLICY_CLASS.match(name):
            return "Policy"
        return name

    text = re.sub(r"\b(?:_?dt|datetime|decimal)\.", "", annotation.replace(" ", ""))
    members = sorted(m for m in _split_top(text, "|") if m != "None")
    if members and set(members) <= {"date", "datetime", "time"}:
        return "moment"  # item 1 names each kind of moment
    return re.sub(r"\b[A-Za-z_]\w*\b", word, "|".join(members))


def _attribute_table() -> dict[str, dict[str, list[str]]]:
    """attribute name -> "kind type" -> the classes that have it."""
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for where, cls in OBJECTS.values():
        if (
            not inspect.isclass(cls)
            or issubclass(cls, (enum.Enum, BaseException))
            or where.startswith(_HYPOTHESIS + ":")
        ):
            continue
        # a column class's fields are named as its cells; its methods are checked as any
        if attrs.has(cls) and cls.__name__ not in _COLUMN_CLASS_EXCEPTIONS:
            for field in attrs.fields(cls):
                if not field.name.startswith("_"):
                    table[field.name][f"value {_normal_type(_annotation(field), cls)}"].append(
                        cls.__name__
                    )
        for name, ret in _properties(cls):
            table[name][f"value {_normal_type(ret, cls)}"].append(cls.__name__)
        for attr, member in vars(cls).items():
            if attr.startswith("_"):
                continue
            fn = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
            if not inspect.isfunction(fn):
                continue
            ret = _normal_type(_text(fn.__annotations__.get("return")), cls)
            if isinstance(member, classmethod) and ret == "Self":
                continue  # an alternative constructor: Period.hours(3), Case.open(...)
            table[attr][f"method -> {ret}"].append(cls.__name__)
    return table


@functools.cache
def _attribute_type_violations() -> Found:
    found: Found = {}
    for name, kinds in sorted(_attribute_table().items()):
        accepted = _SAME_MEANING_EXCEPTIONS.get(name, ("", set()))[1]
        if len(kinds) > 1 and not set(kinds) <= accepted:
            found[name] = "; ".join(
                f"{k} [{', '.join(sorted(v))}]" for k, v in sorted(kinds.items())
            )
    return found


def test_6_an_attribute_name_has_one_type() -> None:
    _assert_only_known(
        _attribute_type_violations(), KNOWN_ATTRIBUTE_TYPES, "one name, several types"
    )


# One name takes one enum (item 6): a parameter or a field named `convention` is a
# `Convention` wherever it appears, so the keyword copied from one call works in another
# (`deadline(…, roll=Roll.PRECEDING)` and `WorkCalendar.roll(day, roll=…)`).  Names that
# take each object's own enum by design (CONTRIBUTING.md, "Documented exceptions", "One
# name, several types by design"):
_ENUM_NAME_EXCEPTIONS = {
    "kind": "each class's own kind enum (Kind, DayKind, MatterKind, EventKind, …)",
    "outcome": "each result's own outcome enum",
    "timing": "each check's own timing (GreetingTiming, PhoneTiming)",
    "department": "each organisation's own departments: a complaint desk's Department, "
    "the property departments that sign a move-out off (PropertyDepartment)",
}

# Debt, issue 12: names that take two enums across the public API.
KNOWN_ENUM_NAMES: dict[str, str] = {}


def _enum_name_table() -> dict[str, dict[str, list[str]]]:
    """parameter or init field name -> enum class name -> where it takes that enum."""
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

    def add(name: str, annotation: str, where: str) -> None:
        for member in _members(annotation):
            cls = CLASSES.get(member)
            if inspect.isclass(cls) and issubclass(cls, enum.Enum):
                table[name][member].append(where)

    for m in CALLABLES:
        if not m.hypothesis:
            for p in _own_params(m):
                add(p.name, _annotation(p), m.where)
    for where, cls in OBJECTS.values():
        if inspect.isclass(cls) and attrs.has(cls) and not where.startswith(_HYPOTHESIS + ":"):
            for field in attrs.fields(cls):
                if field.init and not field.name.startswith("_"):
                    add(field.name, _annotation(field), where)
    return table


def _enum_name_problems(table: Mapping[str, Mapping[str, list[str]]]) -> Found:
    return {
        name: "; ".join(f"{e} [{', '.join(sorted(w))}]" for e, w in sorted(enums.items()))
        for name, enums in sorted(table.items())
        if len(enums) > 1 and name not in _ENUM_NAME_EXCEPTIONS
    }


@functools.cache
def _enum_name_violations() -> Found:
    return _enum_name_problems(_enum_name_table())


def test_6_a_name_takes_one_enum() -> None:
    _assert_only_known(_enum_name_violations(), KNOWN_ENUM_NAMES, "one name, several enums")


# A count is `<thing>_count`, never a bare plural (item 6).  Precisely: an `int` parameter,
# field or property whose name's last word ends in "s" is a count named as a bare plural,
# unless that word is a unit the number is measured in (CONTRIBUTING.md, "Documented
# exceptions"): a duration or a quantity keeps its unit's name (`notice_days`,
# `window_months`, `Interval.start_us`, `Rule.window_chars`, `points`).
_UNIT_WORDS = frozenset(
    {"us", "seconds", "minutes", "hours", "days", "workdays", "weeks", "months", "years"}
    | {"chars", "points"}
)

# Debt, issue 12: counts named as bare plurals.
KNOWN_COUNTS: dict[str, str] = {}


# A unit's name is a quantity (item 6, "Units"): a field or property named by a bare unit
# word (`hours`, `months`, `points`) holds a number measured in that unit, as `Period.hours(
# count)` builds a number of hours, never something else (`WorkCalendar.hours` held the
# calendar's BusinessHours table: it is `business_hours`).  A longer name ending in a unit
# word may name a collection of such days or years (`extra_workdays`, `final_years`).
_QUANTITY_TYPES = frozenset({"int", "Decimal", "Fraction", "float", "timedelta"})
# Decisions, not debt: a field named by a unit that is not a quantity, with the reason.
_UNIT_NAME_EXCEPTIONS: dict[str, str] = {}


def _unit_name_problems() -> Found:
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":"):
            continue
        typed = [(f.name, _annotation(f)) for f in attrs.fields(cls)]
        for name, annotation in [*typed, *_properties(cls)]:
            key = f"{where}.{name}"
            if name not in _UNIT_WORDS or key in _UNIT_NAME_EXCEPTIONS:
                continue
            members = _members(annotation)
            if members and not set(members) <= _QUANTITY_TYPES:
                found[key] = f"named by a unit but holds {annotation}"
    return found


def test_6_a_unit_name_holds_a_quantity() -> None:
    found = _unit_name_problems()
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in sorted(found.items()))


def test_6_the_unit_name_check_sees_a_table_named_as_a_unit() -> None:
    assert _members("BusinessHours | None") == ["BusinessHours"]
    assert not {"BusinessHours"} <= _QUANTITY_TYPES
    assert {"int", "Decimal"} <= _QUANTITY_TYPES
    assert set(_UNIT_NAME_EXCEPTIONS) <= {w for w, _ in ATTRS_CLASSES} | {
        f"{w}.{f.name}" for w, c in ATTRS_CLASSES for f in attrs.fields(c)
    }


def _count_problem(name: str, annotation: str) -> str | None:
    if _members(annotation) != ["int"] or not name.endswith("s"):
        return None
    if name.rsplit("_", 1)[-1] in _UNIT_WORDS:
        return None
    return f"an int named as a bare plural: `{_count_name(name)}`"


def _count_name(name: str) -> str:
    """The conventional name of a count: ``complainants`` -> ``complainant_count``."""
    head, _, last = name.rpartition("_")
    if last.endswith("ies"):
        single = last[:-3] + "y"
    elif last.endswith(("sses", "ches", "shes", "xes")):
        single = last[:-2]
    else:
        single = last[:-1]
    return f"{head}_{single}_count" if head else f"{single}_count"


# An `int` beside `*_count` siblings in one class is a count too (
# `decided` beside `met_count`, `passes_returned` beside `pass_count`), unless it is the
# class's total `count`, an ordinal (a cycle, an index, a year), or a quantity with a
# unit word anywhere in its name (`repair_months_min`).
_NOT_COUNTS = frozenset({"count", "cycle", "index", "year", "weekday"})


def _int_names(cls: type[Any]) -> list[str]:
    """The public `int` fields and properties of ``cls``."""
    names = [
        f.name
        for f in (attrs.fields(cls) if attrs.has(cls) else ())
        if _members(_annotation(f)) == ["int"] and not f.name.startswith("_")
    ]
    derived = [  # typed descriptors, `reopen_count = _Derived[int](...)` on `Case`
        attr
        for attr, member in vars(cls).items()
        if not attr.startswith("_")
        and typing.get_args(getattr(member, "__orig_class__", None)) == (int,)
    ]
    return names + [n for n, ret in _properties(cls) if _members(ret) == ["int"]] + derived


def _sibling_count_problems(names: list[str]) -> dict[str, str]:
    """The names among one class's `int` names that count something beside `*_count` ones."""
    if not any(n.endswith("_count") for n in names):
        return {}
    return {
        n: "an int beside `*_count` siblings, not named `<thing>_count`"
        for n in names
        if not n.endswith("_count")
        and n.rsplit("_", 1)[-1] not in _NOT_COUNTS
        and not set(n.split("_")) & _UNIT_WORDS
    }


# A bare past participle is a count too (`Case.reopened`, how many times the case was
# reopened, became `reopen_count`): an `int` whose whole name is one word ending in "ed",
# unless it is a documented exception (CONTRIBUTING.md, "Documented exceptions").
_PARTICIPLE_EXCEPTIONS = {
    "custops.complaints:ClassifierPolicy.learned": "the weight of the learned layer, not a count",
}


def _participle_count_problem(name: str) -> str | None:
    if "_" in name or not name.endswith("ed"):
        return None
    return "an int named as a bare past participle, not `<thing>_count`"


@functools.cache
def _count_violations() -> Found:
    found: Found = {}
    seen: set[type[Any]] = set()
    classes = [*ATTRS_CLASSES, *((w, o) for w, o in OBJECTS.values() if inspect.isclass(o))]
    for where, cls in classes:
        if cls in seen or issubclass(cls, enum.Enum) or where.startswith(_HYPOTHESIS + ":"):
            continue
        seen.add(cls)
        for name, why in _sibling_count_problems(_int_names(cls)).items():
            found[f"{where}.{name}"] = why
        for name in _int_names(cls):
            bare = _participle_count_problem(name)
            if bare and f"{where}.{name}" not in _PARTICIPLE_EXCEPTIONS:
                found[f"{where}.{name}"] = bare
    for m in CALLABLES:
        if m.hypothesis:
            continue
        for p in _own_params(m):
            problem = _count_problem(p.name, _annotation(p))
            if problem:
                found[f"{m.where}({p.name})"] = problem
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":"):
            continue
        for field in attrs.fields(cls):
            problem = _count_problem(field.name, _annotation(field))
            if problem and not field.name.startswith("_"):
                found[f"{where}.{field.name}"] = problem
    for where, obj in OBJECTS.values():
        if inspect.isclass(obj) and not issubclass(obj, enum.Enum):
            for name, ret in _properties(obj):
                problem = _count_problem(name, ret)
                if problem:
                    found[f"{where}.{name}"] = problem
    return found


def test_6_a_count_is_named_count() -> None:
    _assert_only_known(_count_violations(), KNOWN_COUNTS, "counts named as bare plurals")


# A field and a parameter of one name take one type (item 6): a value read from a result's
# field can be passed on under the same keyword (`LeakReport.matter_id` is the id that
# `AccessReport.for_matter(matter_id)` takes; `matter` is always a `Matter`).  Read as
# "the field's type is one the parameter takes", up to the spellings a parameter accepts
# besides: `None`, `| str` beside an enum (item 5), a collection of the same items under
# another container (`Iterable[str]` for a `frozenset[str]` field; a mapping for pairs), a
# type alias as what it names, and `Any` (money, a column, a document) as any type.  Names
# whose types differ by design (CONTRIBUTING.md, "Documented exceptions", "One name,
# several types by design"):
_FIELD_PARAMETER_EXCEPTIONS = {
    "department": "each organisation's own departments: a complaint desk's Department, "
    "the PropertyDepartment that signs a move-out off (MoveOutCase.sign_off)",
    "end": "item 1: a range's last bound, of what the range holds (days, times of day)",
    "kind": "each class's own kind enum (Kind, DayKind, MatterKind, EventKind, …)",
    "lines": "each result's own *Line rows; vip.quote(lines) takes the basket's Lines",
    "policy": "each object's own policy class (item 3: policy: <X>Policy)",
    "start": "item 1: a range's first bound, of what the range holds (days, times of day, "
    "a date or an instant)",
}

# Modules whose parameters name a table's columns: each takes the name (a str) of the column
# that holds the value the parameter is named after (CONTRIBUTING, "Documented exceptions").
_COLUMN_NAME_MODULES = {
    "custops.spark": "with_add_workdays(df, day, workdays) names the column of the days",
}

# Debt, issue 12: names whose field and parameter take different types (each entry says
# which; a fixed one fails test_known_debt_is_still_owed).
KNOWN_FIELD_PARAMETERS: dict[str, str] = {}

# A type: the set of its union's members, each (name, arguments), an argument a type.
_Type = frozenset[tuple[str, tuple[Any, ...]]]
_COLLECTIONS = frozenset(
    {"Iterable", "Sequence", "Collection", "AbstractSet", "Set", "set", "frozenset", "list"}
)
_MAPPINGS = frozenset({"Mapping", "dict", "MutableMapping"})


def _parse_type(text: str, namespace: Mapping[str, Any]) -> _Type:
    """An annotation's text as a set of members: ``None`` dropped, a collection as
    ``collection[item]`` (a mapping a collection of pairs), ``str`` dropped beside an enum,
    an alias of ``namespace`` (``Keys = tuple[tuple[str, str], ...]``) as what it names."""
    text = re.sub(r"\b(?:_?dt|datetime|decimal|typing|abc|collections\.abc)\.", "", text)
    members: set[tuple[str, tuple[Any, ...]]] = set()
    for part in _split_top(text.replace(" ", ""), "|"):
        if not part or part == "None":
            continue
        name, _, rest = part.partition("[")
        args = [a for a in _split_top(rest[:-1], ",") if a] if rest else []
        alias = namespace.get(name)
        if not args and name not in CLASSES and typing.get_origin(alias) is not None:
            members |= _parse_type(_text(alias), namespace)
        elif name in _COLLECTIONS or (name == "tuple" and args[1:] == ["..."]):
            members.add(("collection", (_parse_type(args[0], namespace),)))
        elif name in _MAPPINGS and len(args) == 2:
            pair = ("tuple", tuple(_parse_type(a, namespace) for a in args))
            members.add(("collection", (frozenset({pair}),)))
        else:
            members.add((name, tuple(_parse_type(a, namespace) for a in args)))
    if any(_enum_of(name) is not None for name, args in members if not args):
        members.discard(("str", ()))
    return frozenset(members)


def _takes(param: _Type, field: _Type) -> bool:
    """Whether a parameter of type ``param`` takes every value of a field of type ``field``
    (a parameter typed ``object`` takes every value, as one typed ``Any`` does)."""

    def member(held: tuple[str, tuple[Any, ...]]) -> bool:
        return any(
            name in ("Any", "object")
            or (
                name == held[0]
                and len(args) == len(held[1])
                and all(_takes(p, f) for p, f in zip(args, held[1], strict=True))
            )
            for name, args in param
        )

    return any(name == "Any" for name, _ in field) or all(member(m) for m in field)


def _type_text(tp: _Type) -> str:
    def one(member: tuple[str, tuple[Any, ...]]) -> str:
        name, args = member
        return f"{name}[{', '.join(map(_type_text, args))}]" if args else name

    return " | ".join(sorted(map(one, tp)))


@functools.cache
def _field_parameter_table() -> tuple[dict[str, dict[_Type, list[str]]], ...]:
    """name -> type -> where: the public attrs fields, the public parameters."""
    fields: dict[str, dict[_Type, list[str]]] = defaultdict(lambda: defaultdict(list))
    params: dict[str, dict[_Type, list[str]]] = defaultdict(lambda: defaultdict(list))
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":") or cls.__name__ in _COLUMN_CLASS_EXCEPTIONS:
            continue
        namespace = vars(sys.modules[cls.__module__])
        for field in attrs.fields(cls):
            if not field.name.startswith("_"):
                tp = _parse_type(_annotation(field), namespace)
                fields[field.name][tp].append(f"{where}.{field.name}")
    for m in CALLABLES:
        if m.hypothesis or m.fn.__module__ in _COLUMN_NAME_MODULES:
            continue
        namespace = vars(sys.modules[m.fn.__module__])
        for p in _own_params(m):
            if p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
                params[p.name][_parse_type(_annotation(p), namespace)].append(
                    f"{m.where}({p.name})"
                )
    return fields, params


def _field_parameter_problems(
    fields: Mapping[str, Mapping[_Type, list[str]]], params: Mapping[str, Mapping[_Type, list[str]]]
) -> Found:
    found: Found = {}
    for name in sorted(fields.keys() & params.keys() - _FIELD_PARAMETER_EXCEPTIONS.keys()):
        clashes = [
            f"{fields[name][f][0]}: {_type_text(f)} / {params[name][p][0]}: {_type_text(p)}"
            for f in fields[name]
            for p in params[name]
            if not _takes(p, f)
        ]
        if clashes:
            found[name] = "; ".join(sorted(clashes))
    return found


@functools.cache
def _field_parameter_violations() -> Found:
    return _field_parameter_problems(*_field_parameter_table())


def test_6_a_field_and_a_parameter_of_one_name_take_one_type() -> None:
    _assert_only_known(
        _field_parameter_violations(),
        KNOWN_FIELD_PARAMETERS,
        "a field and a parameter of one name, two types",
    )


# Parameters of one name that take each object's own kind of record, by design.
_PARAMETER_EXCEPTIONS = {
    **_FIELD_PARAMETER_EXCEPTIONS,
    "case": "a case record of its module: a complaint Case, a MoveOutCase (CONTRIBUTING)",
    "text": "the text a reader reads: a spelling parse() reads, a JSON document (from_json)",
    "value": "what a reader or a writer is given: an amount (yuan), an attribute's value "
    "(CaseAttribute.read), a custops value to store (serial.to_dict, to_json)",
}


def _parameter_problems(params: Mapping[str, Mapping[_Type, list[str]]]) -> Found:
    """Two parameters of one name whose types neither takes the other's values
    (``decide(problem: Problem)`` beside ``for_argument(…, problem:
    str)``, a message)."""
    found: Found = {}
    for name in sorted(params.keys() - _PARAMETER_EXCEPTIONS.keys()):
        types = list(params[name])
        clashes = [
            f"{params[name][a][0]}: {_type_text(a)} / {params[name][b][0]}: {_type_text(b)}"
            for i, a in enumerate(types)
            for b in types[i + 1 :]
            if not _takes(a, b) and not _takes(b, a)
        ]
        if clashes:
            found[name] = "; ".join(sorted(clashes))
    return found


def test_6_parameters_of_one_name_take_one_type() -> None:
    """Item 6: a parameter name means one thing across the public API."""
    _assert_only_known(_parameter_problems(_field_parameter_table()[1]), {}, "one name, two types")
    problem = _parse_type("Problem", {})
    message = _parse_type("str", {})
    clash = {"problem": {problem: ["decide(problem)"], message: ["for_argument(problem)"]}}
    assert _parameter_problems(clash) == {
        "problem": "decide(problem): Problem / for_argument(problem): str"
    }
    assert (
        _parameter_problems({"x": {message: ["f(x)"], _parse_type("str | None", {}): ["g(x)"]}})
        == {}
    )


# Debt: a collection of person ids named as the people.
KNOWN_PERSON_IDS: dict[str, str] = {}

# Words naming people (item 6: `people` are `Person`s, their ids `person_ids`).
_PEOPLE_WORD = re.compile(
    r"(^|_)(people|persons|leaders|readers|cleared|open_to|staff|members|approvers|holders"
    r"|owners|recipients|signatories|employees|users|designated|keepers|handlers|witnesses"
    r"|participants|inspectors"
    r"|by)$"  # who did it: `LeakReport.caused_by_ids`, the ids of who leaked
)
_STR_COLLECTION = re.compile(
    r"^(?:frozenset|set|list|Iterable|Collection|Sequence|AbstractSet)\[str\]$|^tuple\[str,\.\.\.\]$"
)


def _person_ids_problem(name: str, annotation: str) -> str | None:
    """A collection of ``str`` named as people holds their ids: ``<word>_ids``."""
    members = [m.replace(" ", "") for m in _members(annotation)]
    if not members or not all(_STR_COLLECTION.match(m) for m in members):
        return None
    if _PEOPLE_WORD.search(name):
        word = "person" if name.endswith(("people", "persons")) else name.removesuffix("s")
        return f"{annotation} of person ids named as the people: `{word}_ids`"
    return None


@functools.cache
def _person_id_violations() -> Found:
    found: Found = {}
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":"):
            continue
        held = [(f.name, _annotation(f)) for f in attrs.fields(cls) if not f.name.startswith("_")]
        for name, annotation in [*held, *_properties(cls)]:
            problem = _person_ids_problem(name, annotation)
            if problem:
                found[f"{where}.{name}"] = problem
    for m in CALLABLES:
        if m.hypothesis:
            continue
        for p in _own_params(m):
            problem = _person_ids_problem(p.name, _annotation(p))
            if problem:
                found[f"{m.where}({p.name})"] = problem
    return found


def test_6_person_ids_are_named_ids() -> None:
    """``MatterAccess.leaders``/``cleared``/``open_to``/``readers`` held person ids: they are
    ``leader_ids``, ``cleared_ids``, ``open_to_ids``, ``reader_ids`` (as ``Matter.person_ids``)."""
    _assert_only_known(_person_id_violations(), KNOWN_PERSON_IDS, "person ids named as people")


# Debt: a field that keeps only the id of what a parameter of its name takes.
KNOWN_ID_FIELDS: dict[str, str] = {}


def _object_with_id(name: str) -> bool:
    """Whether ``name`` is a public attrs class whose value has an ``id`` (``Person``,
    ``Matter``) or an ``<x>_id`` (``Holder.customer_id``): a parameter that takes it or its
    id gives the field only the id."""
    cls = CLASSES.get(name)
    if not (inspect.isclass(cls) and attrs.has(cls)):
        return False
    return any(field == "id" or field.endswith("_id") for field in attrs.fields_dict(cls))


def _id_field_problems(
    fields: Mapping[str, list[tuple[str, str]]], params: Mapping[str, list[tuple[str, str]]]
) -> Found:
    """``name -> [(where, annotation)]`` of fields and of parameters: a field ``x: str``
    beside a parameter ``x: X | str`` (``X`` a value with an ``id``) keeps only the id, so it
    is ``x_id`` (item 6: ``matter`` is a ``Matter``, its id ``matter_id``)."""
    found: Found = {}
    for name in sorted(fields.keys() & params.keys()):
        takers = [
            (where, ann)
            for where, ann in params[name]
            if "str" in _members(ann) and any(_object_with_id(m) for m in _members(ann))
        ]
        if not takers:
            continue
        for where, ann in fields[name]:
            if _members(ann) == ["str"]:
                found[where] = (
                    f"keeps the id of {takers[0][0]}: {takers[0][1]}: name it `{name}_id`"
                )
    return found


@functools.cache
def _id_field_violations() -> Found:
    fields: dict[str, list[tuple[str, str]]] = defaultdict(list)
    params: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for where, cls in ATTRS_CLASSES:
        if where.startswith(_HYPOTHESIS + ":"):
            continue
        for field in attrs.fields(cls):
            if not field.name.startswith("_"):
                fields[field.name].append((f"{where}.{field.name}", _annotation(field)))
    for m in CALLABLES:
        if m.hypothesis or m.fn.__module__ in _COLUMN_NAME_MODULES:
            continue
        for p in _own_params(m):
            params[p.name].append((f"{m.where}({p.name})", _annotation(p)))
    return _id_field_problems(fields, params)


def test_6_a_field_keeping_an_id_is_named_id() -> None:
    """``report_leak(found_by: Person | str)`` kept only the person's id in
    ``LeakReport.found_by``: it is ``found_by_id``, as ``LeakReport.matter`` became
    ``matter_id``."""
    _assert_only_known(_id_field_violations(), KNOWN_ID_FIELDS, "an id named as its object")


# =========================================================================== 7. layout


@functools.cache
def _module_files() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        files[".".join(parts)] = path
    return files


@functools.cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


@functools.cache
def _import_graph() -> dict[str, set[str]]:
    files = _module_files()
    return {name: _imports(name, path, set(files)) for name, path in files.items()}


def _imports(name: str, path: Path, modules: set[str]) -> set[str]:
    """The custops modules ``name`` imports, at any depth (functions included), except
    under ``if TYPE_CHECKING:`` and except its own ancestor packages."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()

    def deepest(target: str) -> str | None:
        while target not in modules and "." in target:
            target = target.rsplit(".", 1)[0]
        return target if target in modules else None

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            targets: list[str] = []
            if isinstance(child, ast.Import):
                targets = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                targets = [
                    f"{module}.{a.name}" if f"{module}.{a.name}" in modules else module
                    for a in child.names
                ]
            for target in targets:
                hit = deepest(target) if target.startswith("custops") else None
                if hit and hit != name and not name.startswith(hit + "."):
                    found.add(hit)
            visit(child)

    visit(_tree(path))
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


# Debt, issue 12.
KNOWN_CYCLES: dict[str, str] = {}


@functools.cache
def _cycle_violations() -> Found:
    graph = _import_graph()
    found: Found = {}
    for component in _cycles(graph):
        edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a] & set(component))]
        found[" <-> ".join(component)] = "; ".join(edges)
    return found


def test_7_no_import_cycle() -> None:
    _assert_only_known(_cycle_violations(), KNOWN_CYCLES, "import cycles (function-level too)")


def test_7_the_import_graph_sees_lazy_imports() -> None:
    # A guard for the graph: a function-level import is an edge, TYPE_CHECKING is not.
    graph = _import_graph()
    assert sum(len(v) for v in graph.values()) >= 100
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# Debt, issue 12.
KNOWN_CITATIONS: dict[str, str] = {}


@functools.cache
def _citation_violations() -> Found:
    found: Found = {}
    pages = [*sorted(SRC.rglob("*.py")), *sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
    for path in pages:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for cited in ("RULES.md", "DESIGN.md"):
                if cited in line:
                    found[f"{path.relative_to(ROOT)}:{number}"] = (
                        f"cites {cited} (cite docs/rules.md)"
                    )
    return found


def test_7_no_page_cites_files_outside_the_repository() -> None:
    _assert_only_known(_citation_violations(), KNOWN_CITATIONS, "citations of RULES.md/DESIGN.md")


# Debt, issue 12.
KNOWN_WRAPPERS: dict[str, str] = {}


def _converter_names(tree: ast.AST) -> set[str]:
    """The names given as ``converter=`` or ``validator=`` to an attrs field."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for k in node.keywords:
                if k.arg in ("converter", "validator") and isinstance(
                    k.value, (ast.Name, ast.Attribute)
                ):
                    names.add(ast.unparse(k.value).rsplit(".", 1)[-1])
    return names


def _a_class_name(node: ast.expr) -> bool:
    """``VipPolicy``, ``models.Unit``: a name written as a class's."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return isinstance(node, (ast.Name, ast.Attribute)) and name[:1].isupper() and not name.isupper()


def _fixes_an_argument_name(fn: ast.FunctionDef | ast.Lambda) -> str | None:
    """``return check("promised", value)``: one statement with a call that passes the value
    on with what a shared converter would take from the field fixed by hand: the argument's
    name as a literal, even in a call nested in another (``frozenset(_names("restarts",
    value))``), or a class (``policy_or_default(policy, VipPolicy)``, which
    ``policy_converter(VipPolicy)`` is); a validator ``(instance, attribute, value)`` that
    names its field by a literal instead of ``attribute.name`` too.  Its text, else None."""
    params = [a.arg for a in fn.args.args]
    if len(params) == 3 and isinstance(fn, ast.FunctionDef):  # a validator
        param, literal_only = params[2], True
    elif len(params) == 1:
        param, literal_only = params[0], False
    else:
        return None
    body: ast.AST | None = fn.body if isinstance(fn, ast.Lambda) else None
    if isinstance(fn, ast.FunctionDef):
        stmts = [
            s
            for s in fn.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        ]
        if len(stmts) == 1 and isinstance(stmts[0], (ast.Return, ast.Expr)):
            body = stmts[0].value
    if not isinstance(body, ast.expr):
        return None
    for call in ast.walk(body):
        if not isinstance(call, ast.Call):
            continue
        if not any(isinstance(a, ast.Name) and a.id == param for a in call.args):
            continue
        named = any(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args
        ) or any(k.arg == "argument" and isinstance(k.value, ast.Constant) for k in call.keywords)
        fixed = not literal_only and any(_a_class_name(a) for a in call.args)
        if named or fixed:
            return ast.unparse(body)[:90]
    return None


@functools.cache
def _wrapper_violations() -> Found:
    """``def promised(value): return period_or_none("promised", value)`` given as a
    ``converter=``: a wrapper that only fixes the argument name (one
    ``custops._validate.field_converter`` serves every field of a type)."""
    trees = {name: _tree(path) for name, path in _module_files().items()}
    converters = set().union(*(_converter_names(t) for t in trees.values()))
    found: Found = {}
    for module, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in converters:
                text = _fixes_an_argument_name(node)
                if text:
                    found[f"{module}:{node.name}"] = f"line {node.lineno}: {text}"
            elif (
                isinstance(node, ast.keyword)
                and node.arg == "converter"
                and isinstance(node.value, ast.Lambda)
            ):
                text = _fixes_an_argument_name(node.value)
                if text:
                    found[f"{module}:<lambda>:{node.value.lineno}"] = text
    return found


def test_7_no_per_field_converter_wrapper() -> None:
    _assert_only_known(
        _wrapper_violations(), KNOWN_WRAPPERS, "one-line per-field converter wrappers"
    )


# One home per helper (CONTRIBUTING item 7): argument checks in custops._validate, label
# parsing in custops._enums, text layout in custops._text, month arithmetic in custops._dates.
_HOMES = ("custops._validate", "custops._enums", "custops._text", "custops._dates")
# The command line's helpers live in custops.cli._common (CONTRIBUTING item 9): a command
# module imports them (`day_or_today`), never re-writes them.
_CLI_HOME, _CLI_PACKAGE = "custops.cli._common", "custops.cli."
# The smallest body compared: six AST nodes (contexts not counted), i.e. a one-line call
# with two arguments, `return yuan(value, argument=argument, non_negative=True)`; a helper
# written twice is mostly such a one-liner, rarely three statements.
_MIN_BODY_NODES = 6

# Debt, issue 12: helpers written in more than one module.
KNOWN_DUPLICATE_HELPERS: dict[str, str] = {}


def _body_key(fn: ast.FunctionDef, *, by_use: bool = False) -> tuple[str, int]:
    """A function's body, normalised: docstring dropped, parameters renamed by position
    (``def money(argument, value)`` and ``def _unit_price(name, v)`` compare equal), or with
    ``by_use`` in the order the body first reads them (so a copy with its parameters swapped
    compares equal too); and its size in AST nodes."""
    body = [
        s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
    ]
    a = fn.args
    params = [*a.posonlyargs, *a.args, *([a.vararg] if a.vararg else []), *a.kwonlyargs]
    params += [a.kwarg] if a.kwarg else []
    if by_use:  # in the order the body first reads them: `f(text, argument)` = `f(argument, text)`
        declared = {p.arg for p in params}
        used = [n.id for s in body for n in ast.walk(s) if isinstance(n, ast.Name)]
        order = list(dict.fromkeys(u for u in used if u in declared))
        order += [p.arg for p in params if p.arg not in order]
    else:
        order = [p.arg for p in params]
    renamed = {name: f"_{i}" for i, name in enumerate(order)}
    text = ast.dump(ast.Module(body=body, type_ignores=[]), annotate_fields=False)
    for old, new in renamed.items():
        text = text.replace(f"Name('{old}',", f"Name('{new}',")
    size = sum(1 for s in body for node in ast.walk(s) if not isinstance(node, ast.expr_context))
    return text, size


@functools.cache
def _duplicate_helper_violations() -> Found:
    """The same helper in several modules: module-level functions with
    one normalised body, and a module defining a home helper's name (``_add_months`` beside
    ``custops._dates.add_months``, ``_percent`` beside ``custops._text.percent``)."""
    trees = {name: _tree(path) for name, path in _module_files().items()}
    return _duplicate_helper_problems(trees)


def _duplicate_helper_problems(trees: dict[str, ast.Module]) -> Found:
    homes_of = {home: home for home in _HOMES if home in trees}
    if _CLI_HOME in trees:
        homes_of[_CLI_HOME] = _CLI_HOME
    home_names: dict[str, str] = {}
    for module in homes_of:
        for node in trees[module].body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                home_names.setdefault(node.name, module)
    found: Found = {}
    for by_use in (False, True):
        bodies: dict[str, list[str]] = defaultdict(list)
        for module, tree in trees.items():
            for node in tree.body:
                if not isinstance(node, ast.FunctionDef):
                    continue
                key, size = _body_key(node, by_use=by_use)
                if size >= _MIN_BODY_NODES:
                    bodies[key].append(f"{module}:{node.name}")
                home = home_names.get(node.name.lstrip("_"))
                if home == _CLI_HOME and not module.startswith(_CLI_PACKAGE):
                    continue  # the command line's helpers bind only the command line
                if home is not None and module not in homes_of:
                    found[f"{module}:{node.name}"] = f"re-writes {home}.{node.name.lstrip('_')}"
        for places in bodies.values():
            if len({p.split(":")[0] for p in places}) < 2:
                continue
            homes = [p for p in places if p.split(":")[0] in homes_of]
            for place in places:
                if place in homes:
                    continue  # the home itself; the others re-write it
                others = ", ".join(homes or [p for p in places if p != place])
                what = "re-writes" if homes else "the same body as"
                found.setdefault(place, f"{what} {others}")
    return found


def test_7_one_home_per_helper() -> None:
    _assert_only_known(
        _duplicate_helper_violations(), KNOWN_DUPLICATE_HELPERS, "helpers written twice"
    )


# =========================================================================== 8. the command line

# The moment of the question on the command line: `--on DATE` (`--at` for an instant), as
# `vip quote --on`, `archive lend --on`.
_CLI_MOMENT_HELP = re.compile(r"^the (day|moment) of the question\b")
_CLI_BANNED_OPTIONS = {"--date", "--day", "--today", "--now", "--when", "--as-of", "--moment"}

# Debt, issue 12.
KNOWN_CLI_MOMENTS: dict[str, str] = {}


def _cli_commands() -> Iterator[tuple[str, Any]]:
    from custops.cli import build_parser

    def walk(name: str, parser: argparse.ArgumentParser) -> Iterator[tuple[str, Any]]:
        yield name, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, child in action.choices.items():
                    yield from walk(f"{name} {sub}".strip(), child)

    yield from walk("custops", build_parser())


@functools.cache
def _cli_moment_violations() -> Found:
    from custops.i18n import language

    with language("en_US"):
        return _cli_moment_problems(list(_cli_commands()))


def _cli_moment_problems(commands: list[tuple[str, argparse.ArgumentParser]]) -> Found:
    found: Found = {}
    for command, parser in commands:
        for action in parser._actions:
            options = set(action.option_strings)
            text = " ".join(str(action.help or "").split())
            where = f"{command} {'/'.join(sorted(options)) or action.dest}"
            if not options and action.dest in ("on", "at"):
                found[where] = "the moment as a positional argument (use --on DATE / --at)"
            elif options & _CLI_BANNED_OPTIONS:
                found[where] = "the moment spelled other than --on/--at"
            elif _CLI_MOMENT_HELP.match(text) and not options & {"--on", "--at"}:
                kind = "positional" if not options else "named otherwise"
                found[where] = f"the moment of the question {kind} (use --on DATE / --at)"
    return found


def test_8_the_cli_takes_the_moment_as_on() -> None:
    _assert_only_known(
        _cli_moment_violations(), KNOWN_CLI_MOMENTS, "command-line moments not --on/--at"
    )


# =========================================================================== the debt list

CHECKS: dict[str, tuple[Callable[[], Found], dict[str, str]]] = {
    "time": (_time_violations, KNOWN_TIME),
    "options": (_option_violations, KNOWN_OPTIONS),
    "moment positions": (_moment_position_violations, KNOWN_MOMENT_POSITIONS),
    "calendar/policy": (_calendar_policy_violations, KNOWN_CALENDAR_POLICY),
    "policy defaults": (_policy_default_violations, KNOWN_POLICY_DEFAULTS),
    "hidden defaults": (_hidden_default_violations, KNOWN_HIDDEN_DEFAULTS),
    "zones": (_zone_violations, KNOWN_ZONES),
    "yes/no": (_yes_no_violations, KNOWN_YES_NO),
    "bare bool": (_bare_bool_violations, KNOWN_BARE_BOOL),
    "explained": (_explained_violations, KNOWN_EXPLAINED),
    "outcomes": (_outcome_violations, KNOWN_OUTCOMES),
    "shadows": (_shadow_violations, KNOWN_SHADOWS),
    "private exports": (_private_export_violations, KNOWN_PRIVATE_EXPORTS),
    "attribute types": (_attribute_type_violations, KNOWN_ATTRIBUTE_TYPES),
    "enum names": (_enum_name_violations, KNOWN_ENUM_NAMES),
    "cycles": (_cycle_violations, KNOWN_CYCLES),
    "citations": (_citation_violations, KNOWN_CITATIONS),
    "wrappers": (_wrapper_violations, KNOWN_WRAPPERS),
    "policy fields": (_policy_field_violations, KNOWN_POLICY_FIELDS),
    "literals": (_literal_violations, KNOWN_LITERALS),
    "counts": (_count_violations, KNOWN_COUNTS),
    "field parameters": (_field_parameter_violations, KNOWN_FIELD_PARAMETERS),
    "duplicate helpers": (_duplicate_helper_violations, KNOWN_DUPLICATE_HELPERS),
    "cli moments": (_cli_moment_violations, KNOWN_CLI_MOMENTS),
    "same kind positions": (_same_kind_position_violations, KNOWN_SAME_KIND_POSITIONS),
    "range pairs": (_range_pair_violations, KNOWN_RANGE_PAIRS),
    "str enumerations": (_str_enumeration_violations, KNOWN_STR_ENUMERATIONS),
    "person ids": (_person_id_violations, KNOWN_PERSON_IDS),
    "id fields": (_id_field_violations, KNOWN_ID_FIELDS),
}


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_known_debt_is_still_owed(check: str) -> None:
    """A KNOWN entry that no longer occurs was fixed: remove it, so it cannot come back."""
    collect, known = CHECKS[check]
    fixed = sorted(set(known) - set(collect()))
    assert fixed == [], f"fixed, remove from KNOWN ({check}, issue 12):\n" + "\n".join(fixed)


def test_every_exception_names_something_that_exists() -> None:
    """An exception (a documented decision, not debt) must not outlive what it excuses."""
    params = {f"{m.where}({p.name})" for m in CALLABLES for p in _own_params(m)}
    callables = {m.where for m in CALLABLES}
    classes = {where for where, _ in OBJECTS.values()}
    names = set(_attribute_table())
    both = _field_parameter_table()
    stale = [
        *(k for k in _POSITIONAL_DEFAULT_EXCEPTIONS if k not in params),
        *(k for k in _MOMENT_POSITION_EXCEPTIONS if k not in params),
        *(k for k in _SAME_KIND_POSITION_EXCEPTIONS if k not in callables | classes),
        *(k for k in _CALENDAR_POLICY_EXCEPTIONS if k not in params),
        *(k for k in _RULE_AS_DATA_EXCEPTIONS if k not in classes),
        *(k for k in _BARE_BOOL_EXCEPTIONS if k not in CLASSES),
        *(k for k in _BARE_BOOL_CALLABLE_EXCEPTIONS if k not in callables),
        *(k for k in _NO_DEFAULT_POLICY_EXCEPTIONS if k not in CLASSES),
        *(k for k in _COLUMN_CLASS_EXCEPTIONS if k not in CLASSES),
        *(k for k in _SAME_MEANING_EXCEPTIONS if k not in names),
        *(k for k in _ENUM_NAME_EXCEPTIONS if len(_enum_name_table().get(k, ())) < 2),
        *(k for k in _NOT_AN_ANSWER_EXCEPTIONS if k.rsplit(".", 1)[0] not in classes),
        *(k for k in _PARTICIPLE_EXCEPTIONS if k.rsplit(".", 1)[0] not in classes),
        *(k for k in _FIELD_PARAMETER_EXCEPTIONS if not all(k in t for t in both)),
        *(k for k in _COLUMN_NAME_MODULES if k not in {m.fn.__module__ for m in CALLABLES}),
    ]
    assert stale == [], "exceptions for names that no longer exist:\n" + "\n".join(stale)
    assert callables


_OLD_ROUNDINGS = frozenset({"ROUND_HALF_UP", "ROUND_DOWN"})


@attrs.frozen(kw_only=True)
class _ClosedByCheck:
    """``DepositPolicy`` as it was: a rounding mode typed ``str``, checked by hand."""

    rounding: str = "ROUND_HALF_UP"

    def __attrs_post_init__(self) -> None:
        for argument in ("rounding",):
            mode = getattr(self, argument)
            if mode not in _OLD_ROUNDINGS:
                raise ValueError(mode)


@attrs.frozen
class _ClosedByValidator:
    mode: str = attrs.field(validator=attrs.validators.and_(attrs.validators.in_({"a", "b"})))


@attrs.frozen
class _Open:
    name: str

    def knows(self, word: str) -> bool:
        """A word the caller gives, checked against a set: not a field of the class."""
        return word in _OLD_ROUNDINGS or word in {"x", "y"}


def test_the_checks_catch_what_the_audit_found() -> None:
    # A guard for the checks themselves, on the shapes found in issue 12.
    assert _time_problem("due", "_dt.datetime | _dt.date", None)  # Deadline.due
    assert _time_problem("month", "_dt.date | str", None)  # registration_report_due(month)
    assert _time_problem("on", "_dt.datetime", None)
    assert _time_problem("day", "_dt.date", None)  # day outside a calendar method
    assert _time_problem("due_on", "_dt.date | None", None) is None
    # A table's column is named as its cells (`closes_at`, not
    # `close_of_business`)
    assert _cell("tuple[_dt.datetime | None, ...]") == "_dt.datetime|None"
    assert _time_problem("closes_at", _cell("tuple[_dt.datetime | None, ...]"), None) is None
    assert _time_problem("close_of_business", _cell("tuple[_dt.datetime, ...]"), None)
    assert _normal_type("Severity | None", Decision) == "enum"
    # one keyword, two enums: WorkCalendar.roll(convention=Roll) beside
    # deadline(convention=Convention) (issue 12, item 6)
    clash = {"convention": {"Convention": ["periods:deadline"], "Roll": ["WorkCalendar.roll"]}}
    assert "convention" in _enum_name_problems(clash)
    assert _enum_name_problems({"roll": {"Roll": ["periods:deadline", "WorkCalendar.roll"]}}) == {}
    assert _normal_type("D", Decision) == _normal_type("Decision", Decision) == "Self"
    wrapper = ast.parse('def promised(value):\n    return period_or_none("promised", value)')
    assert isinstance(wrapper.body[0], ast.FunctionDef)
    assert _fixes_an_argument_name(wrapper.body[0])
    translation = ast.parse("def label(self):\n    return self.text")
    assert isinstance(translation.body[0], ast.FunctionDef)
    assert _fixes_an_argument_name(translation.body[0]) is None
    # a wrapper that fixes the class, a literal in a nested call, a validator
    for text in (
        "def _policy(policy):\n    return policy_or_default(policy, VipPolicy)",
        'def _restarts(value):\n    return frozenset(_names("restart_on_reopen", value, "x"))',
        'def _check_count(instance, attribute, value):\n    require_int("count", value)',
    ):
        fn = ast.parse(text).body[0]
        assert isinstance(fn, ast.FunctionDef)
        assert _fixes_an_argument_name(fn), text
    for text in (
        "def _check(instance, attribute, value):\n    require_int(attribute.name, value)",
        "def _tuple(value):\n    return tuple(value)",
    ):
        fn = ast.parse(text).body[0]
        assert isinstance(fn, ast.FunctionDef)
        assert _fixes_an_argument_name(fn) is None, text
    # Counts as bare plurals, and what is not one
    assert _count_problem("complainants", "int") == (
        "an int named as a bare plural: `complainant_count`"
    )
    assert _count_problem("rings", "int")
    assert _count_problem("cycles", "int | None")
    assert _count_problem("open_cases", "int")
    assert _count_name("passes") == "pass_count"
    assert _count_problem("notice_days", "int") is None  # a duration in its unit
    assert _count_problem("ring_count", "int") is None
    assert _count_problem("readers", "frozenset[str]") is None
    # One body written twice, whatever the parameters are called
    one = ast.parse("def money(argument, value):\n    return yuan(value, argument=argument)")
    two = ast.parse('def _price(name, v):\n    "Doc."\n    return yuan(v, argument=name)')
    assert isinstance(one.body[0], ast.FunctionDef)
    assert isinstance(two.body[0], ast.FunctionDef)
    assert _body_key(one.body[0]) == _body_key(two.body[0])
    assert _body_key(one.body[0])[1] >= _MIN_BODY_NODES
    # A command module re-writing a cli._common helper, parameters swapped
    common = ast.parse(
        "def day_or_today(argument, text):\n"
        "    return _dt.date.today() if text is None else parse_day(argument, text)"
    )
    vip = ast.parse(
        "def _day(text, argument):\n"
        '    "A date argument."\n'
        "    return _dt.date.today() if text is None else parse_day(argument, text)"
    )
    trees = {"custops.cli._common": common, "custops.cli.vip": vip}
    assert _duplicate_helper_problems(trees) == {
        "custops.cli.vip:_day": "re-writes custops.cli._common:day_or_today"
    }
    named = ast.parse("def _day_or_today(a, b):\n    return b")
    assert _duplicate_helper_problems({"custops.cli._common": common, "custops.cli.x": named})
    assert not _duplicate_helper_problems({"custops.cli._common": common, "custops.x": named})
    # An int beside `*_count` siblings is a count
    assert _sibling_count_problems(["met_count", "missed_count", "decided"]).keys() == {"decided"}
    assert _sibling_count_problems(["pass_count", "passes_returned", "cycle", "count"]).keys() == {
        "passes_returned"
    }
    assert not _sibling_count_problems(["item_count", "repair_months_min"])
    assert _sibling_count_problems(["item_count", "answer_by_ring"]).keys() == {"answer_by_ring"}
    assert not _sibling_count_problems(["decided", "weight"])  # no `*_count` sibling
    # api-last: a count named as a bare past participle (`Case.reopened`)
    assert _participle_count_problem("reopened")
    assert _participle_count_problem("reopen_count") is None
    assert _participle_count_problem("points_reversed") is None  # a quantity, not bare
    # The moment of the question as a positional argument
    parser = argparse.ArgumentParser(prog="custops exchange inspection")
    parser.add_argument("date", help="the day of the question, YYYY-MM-DD")
    parser.add_argument("on", help="a day")
    parser.add_argument("--date", help="a day")
    fixed = argparse.ArgumentParser(prog="custops vip qualify")
    fixed.add_argument("--on", help="the day of the question (default: today)")
    assert sorted(_cli_moment_problems([("x", parser), ("y", fixed)])) == [
        "x --date",
        "x date",
        "x on",
    ]
    # A field and a parameter of one name, two types (item 6): `LeakReport.matter` held a
    # matter's id where every `matter` parameter is a Matter, `Matter.people` person ids
    # where `people` are Persons; a spelling the parameter takes besides is no clash
    matter = {"matter": {_parse_type("str", {}): ["LeakReport.matter"]}}
    assert _field_parameter_problems(matter, {"matter": {_parse_type("Matter", {}): ["can_know"]}})
    assert not _takes(_parse_type("Iterable[Person]", {}), _parse_type("frozenset[str]", {}))
    assert _takes(_parse_type("Iterable[str]", {}), _parse_type("frozenset[str]", {}))
    assert _takes(_parse_type("Person | str", {}), _parse_type("str", {}))
    assert _takes(_parse_type("Category | str | None", {}), _parse_type("Category", {}))
    assert not _takes(_parse_type("str", {}), _parse_type("Category", {}))
    keys = {"Keys": tuple[tuple[str, str], ...]}  # an alias as what it names (sla.Selection)
    assert _takes(_parse_type("Mapping[str, str] | None", {}), _parse_type("Keys", keys))
    assert _takes(_parse_type("Any", {}), _parse_type("Decimal", {}))
    assert not _takes(_parse_type("_dt.date", {}), _parse_type("_dt.date | _dt.datetime", {}))
    # Two subjects of one type by position: cash_announcement's two amounts,
    # Extension's two dates, two yes/no facts; a range's start and end are no such pair
    assert _same_kind_problem([("amount_received", "Any"), ("amount_due", "Any")])
    assert _same_kind_problem([("decided_on", "_dt.date"), ("ends_on", "_dt.date")])
    assert _same_kind_problem([("restored", "bool"), ("fit_out_kept", "bool")])
    assert _same_kind_problem([("peak", "Decimal"), ("balance", "Decimal | str")])
    assert _same_kind_problem([("start", "_dt.date"), ("end", "_dt.date")]) is None
    assert _same_kind_problem([("on", "_dt.date"), ("paid", "Any"), ("ref", "str")]) is None
    # A range as two role moments
    assert _range_pair_problems(["earliest_ready_on", "latest_ready_on", "received_on"]) == [
        "earliest_ready_on/latest_ready_on"
    ]
    assert _range_pair_problems(["from_on", "until_on"])
    assert _range_pair_problems(["valid_from_at", "valid_until_at"])
    assert not _range_pair_problems(["received_on", "due_on", "earliest_ready_on"])
    assert _range_pair_problems(["on", "window_starts_on", "amount"]) == ["window_starts_on/on"]
    assert not _range_pair_problems(["window_starts_on", "due_on"])
    # Person ids named as the people
    assert _person_ids_problem("readers", "frozenset[str]")
    assert _person_ids_problem("open_to", "frozenset[str]")
    assert _person_ids_problem("hq_leaders", "tuple[str, ...]")
    assert _person_ids_problem("people", "Iterable[str]") == (
        "Iterable[str] of person ids named as the people: `person_ids`"
    )
    assert _person_ids_problem("reader_ids", "frozenset[str]") is None
    assert _person_ids_problem("people", "Iterable[Person]") is None
    assert _person_ids_problem("inspectors", "frozenset[PropertyDepartment]") is None
    assert _person_ids_problem("caused_by", "frozenset[str]") == (
        "frozenset[str] of person ids named as the people: `caused_by_ids`"
    )
    assert _person_ids_problem("caused_by_ids", "Iterable[str]") is None
    # An id kept under the name of a parameter that takes the object or its id
    taken = {"found_by": [("report_leak(found_by)", "Person | str")]}
    kept = {"found_by": [("LeakReport.found_by", "str")]}
    assert _id_field_problems(kept, taken) == {
        "LeakReport.found_by": "keeps the id of report_leak(found_by): Person | str: "
        "name it `found_by_id`"
    }
    assert _id_field_problems(kept, {"found_by": [("f(found_by)", "str")]}) == {}
    assert _id_field_problems({"found_by": [("X.found_by", "Person")]}, taken) == {}
    assert _object_with_id("Holder")  # its id is customer_id: Archive.customer was one
    assert _id_field_problems(
        {"customer": [("Archive.customer", "str")]},
        {"customer": [("quote(customer)", "Holder | str | None")]},
    ) == {
        "Archive.customer": "keeps the id of quote(customer): Holder | str | None: "
        "name it `customer_id`"
    }
    # A closed set of strings: a validator, or a check in a method (DepositPolicy.rounding)
    namespace = globals()
    assert _str_enumeration_problems(_ClosedByCheck, namespace) == [
        "a value of self checked against ['ROUND_DOWN', 'ROUND_HALF_UP']"
    ]
    assert _str_enumeration_problems(_ClosedByValidator, namespace) == ["mode: one of ['a', 'b']"]
    assert _str_enumeration_problems(_Open, namespace) == []
    # A Literal enumeration, however it is spelled
    assert _STR_LITERAL.search("Literal['close_of_business', 'midnight']")
    assert _STR_LITERAL.search('Literal["civil_code"] | None')
    assert not _STR_LITERAL.search("Literal[True]")


def test_the_sweep_sees_the_whole_surface() -> None:
    # A guard for this module itself: an import error or a renamed package would make
    # every check above vacuous.
    assert len(MODULES) >= 15
    assert len(CALLABLES) >= 150
    assert len(ATTRS_CLASSES) >= 60
    assert len(ENUMS) >= 30
    assert any(m.where == "custops.cli:main" for m in CALLABLES)
    assert _date_kinds("_dt.datetime | _dt.date") == {"date", "datetime"}
    assert _date_kinds("date | str | None") == {"date"}
    assert _date_kinds("tuple[date, ...]") == set()


def test_a_policy_bound_on_a_count_is_named_min_or_max() -> None:
    """Item 6: a count is ``<thing>_count``; a policy's bound on one is ``min_<thing>_count``
    or ``max_<thing>_count`` (``max_answer_ring_count``), never a bare count
    (``large_order_item_count`` read as "more than this is large")."""
    bare = [
        f"{where}.{field.name}"
        for where, obj in OBJECTS.values()
        if inspect.isclass(obj) and attrs.has(obj) and obj.__name__.endswith("Policy")
        for field in attrs.fields(obj)
        if field.name.endswith("_count") and not field.name.startswith(("min_", "max_"))
    ]
    assert bare == []


# --------------------------------------------------------------------------- run-time hints


def _annotated_callables() -> Iterator[tuple[str, Any]]:
    """Every exported function and class, and the ``__init__``, methods and properties of
    each exported class (attrs' generated ``__init__`` included)."""
    for where, obj in OBJECTS.values():
        if not (inspect.isfunction(obj) or inspect.isclass(obj)):
            continue
        yield where, obj
        if not inspect.isclass(obj) or issubclass(obj, enum.Enum):
            continue
        for attr, member in vars(obj).items():
            if attr.startswith("_") and attr != "__init__":
                continue
            if isinstance(member, (staticmethod, classmethod)):
                member = member.__func__
            elif isinstance(member, property):
                member = member.fget
            elif isinstance(member, functools.cached_property):
                member = member.func
            if inspect.isfunction(member):
                yield f"{where}.{attr}", member


def test_type_hints_resolve_at_run_time() -> None:
    """``typing.get_type_hints`` resolves every public annotation (introspection, Sphinx
    autodoc, run-time type checkers): a name needed by an annotation is imported at run
    time, not only under ``TYPE_CHECKING``, and a class an attrs field names is defined
    before the class that holds it (``vector.status_many(target: Target)``,
    ``Qualification.qualification_window: QualificationWindow``)."""
    found: Found = {}
    commands = [  # the private command modules' exports too: cli._<group>.add_parser(sub)
        (f"{name}:{export}", getattr(importlib.import_module(name), export))
        for info in pkgutil.iter_modules(importlib.import_module("custops.cli").__path__)
        if info.name != "_common"
        for name in [f"custops.cli.{info.name}"]
        for export in importlib.import_module(name).__all__
    ]
    assert len(commands) >= 10
    for where, obj in [*_annotated_callables(), *commands]:
        try:
            typing.get_type_hints(obj)
        except Exception as exc:
            found[where] = f"{type(exc).__name__}: {exc}"
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in sorted(found.items()))
