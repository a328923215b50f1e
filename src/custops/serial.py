"""Store custops values as JSON documents and load them back, exactly (``custops[serial]``).

The optional part of custops that imports `cattrs <https://catt.rs/>`_ (made for attrs
classes; ``pip install 'custops[serial]'``).  Every public value an application keeps
becomes a small document ``{"custops": 1, "type": "sla.Clock", "value": {...}}``: the
schema version, a stable tag (the public module and the class name) and the fields, in
the JSON forms ``docs/serial.md`` lists.  Loading rebuilds every value through its
constructor, so every validator runs: a tampered document is refused with
:class:`~custops.errors.InvalidInput`, never half-built.

>>> from custops.periods import Period
>>> to_json(Period.parse("3个工作日"))
'{"custops":1,"type":"periods.Period","value":{"count":3,"unit":"workdays"}}'
>>> from_json(to_json(Period.parse("3个工作日"))) == Period.parse("3个工作日")
True
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import importlib
import itertools
import json
import operator
import os
import pkgutil
import threading
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Final
from zoneinfo import ZoneInfo

import attrs

from custops._dates import MIDNIGHT, ONE_DAY, US
from custops._text import ratio
from custops._validate import (
    fitted_call,
    optional_check,
    pairs_mapping,
    require_aware,
    require_int,
    require_known_rule,
    require_number,
    require_type,
    require_zone,
    shown_value,
    within,
)
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.money import ZERO, difference, total

try:
    import cattrs
    from cattrs.errors import CattrsError
    from cattrs.fns import identity
    from cattrs.gen import make_dict_unstructure_fn
except ImportError as _exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "custops.serial needs cattrs, an optional dependency of custops: "
        "pip install 'custops[serial]'"
    ) from _exc

__all__ = [
    "MAX_NESTING",
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "json_schema",
    "tag_of",
    "to_dict",
    "to_json",
]

#: The version of the document schema this custops writes and reads (``"custops": 1``).
SCHEMA_VERSION: Final = 1

Document = dict[str, Any]
T = typing.TypeVar("T")

#: What loading may raise on a bad document; all become InvalidInput naming the argument.
_FAULTS: Final = (CustopsError, CattrsError, ValueError, TypeError, KeyError, AttributeError)


class _Fault(Exception):
    """A fault in a document: where (a path such as ``.events[2].at``) and the error."""

    def __init__(self, path: str, error: BaseException) -> None:
        super().__init__(path)
        self.path = path
        self.error = error

    @property
    def problem(self) -> str:
        error = self.error
        if isinstance(error, CustopsError):
            return error.message
        return f"{type(error).__name__}: {error}"

    @property
    def shown(self) -> str:
        """The ``(got …)`` the error's message ends with (``""``: none)."""
        return shown_value(self.error) if isinstance(self.error, CustopsError) else ""


def _guard(prefix: str, hook: Callable[[Any, Any], Any], value: Any, tp: Any) -> Any:
    """``hook(value, tp)`` with any fault located under ``prefix``."""
    try:
        return hook(value, tp)
    except _Fault as fault:
        fault.path = prefix + fault.path
        raise fault from None
    except _FAULTS as exc:
        raise _Fault(prefix, exc) from None


# --------------------------------------------------------------------------- tags


def tag_of(cls: type) -> str:
    """The stable tag of a storable class: its public module and its name.

    >>> from custops.vip import Ledger
    >>> tag_of(Ledger)
    'vip.Ledger'
    >>> tag_of(dict)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: cls: is not a value custops.serial stores ... (got <class 'dict'>)
    """
    return _tag(cls, "cls")


_TAGS: dict[type, str] = {}


#: No value given to :func:`_tag`: a refusal shows the class
_NO_VALUE: Any = object()


def _tag(cls: Any, argument: str = "value", *, given: Any = _NO_VALUE) -> str:
    """The tag of ``cls`` (found once, then cached), or an error naming ``argument`` and
    showing ``given`` (the caller's value whose class ``cls`` is), else ``cls``."""
    tag = _TAGS.get(cls) if isinstance(cls, type) else None
    if tag is None:
        tag = _TAGS[cls] = _find_tag(cls, argument, cls if given is _NO_VALUE else given)
    return tag


def _find_tag(cls: Any, argument: str, shown: Any) -> str:
    cls = require_type(argument, cls, type, "a class")
    if getattr(cls, "__parameters__", ()):  # Tally[K]: a document could not say what K is
        problem = (
            f"is a {cls.__name__} of an unstated item type, which a document cannot name; "
            "store the value that holds it (a CaseStatistics)"
        )
        raise InvalidType.for_argument(argument, shown, problem)
    parts = cls.__module__.split(".")
    if (
        len(parts) >= 2
        and parts[0] == "custops"
        and not cls.__name__.startswith("_")
        and (attrs.has(cls) or issubclass(cls, enum.Enum))
    ):
        tag = f"{parts[1]}.{cls.__name__}"
        if _public_class(tag) is cls:
            return _STORED_UNDER.get(tag, tag)
    # a report (a list, a tuple or a dict of values) is stored too, but has no tag of a class
    report = "" if argument == "cls" else ", or a list, tuple or dict of them"
    problem = "is not a value custops.serial stores (a public attrs class or enumeration of "
    raise InvalidType.for_argument(argument, shown, f"{problem}custops{report})")


#: A class stored under the tag of the class it narrows, within one schema version: a
#: ``TimedDeadline`` is a ``Deadline`` whose ``start`` and ``due_at`` are instants, written as
#: ``periods.Deadline`` (as before it was a class of its own) and loaded as a
#: ``TimedDeadline`` again when both are (:data:`_BUILT_AS`).
_STORED_UNDER: Final[dict[str, str]] = {"periods.TimedDeadline": "periods.Deadline"}


def _class_of(tag: str) -> type | None:
    """The class a document tagged ``tag`` (``"sla.Clock"``) holds, or ``None``: a class
    stored under another's tag (:data:`_STORED_UNDER`) has no tag of its own."""
    return None if tag in _STORED_UNDER else _public_class(tag)


@functools.cache
def _public_class(tag: str) -> type | None:
    """The public class called ``tag`` (``"sla.Clock"``), or ``None``."""
    module_name, _, name = tag.partition(".")
    if not module_name.isidentifier() or not name.isidentifier() or name.startswith("_"):
        return None
    if module_name.startswith("_") or module_name in {"cli", "serial", "testing", "spark"}:
        return None
    try:
        module = importlib.import_module(f"custops.{module_name}")
    except ImportError:
        return None
    found = _exported(module, name)
    if found is None and hasattr(module, "__path__"):
        for info in pkgutil.iter_modules(module.__path__):
            if not info.name.startswith("_"):
                sub = importlib.import_module(f"custops.{module_name}.{info.name}")
                found = _exported(sub, name)
                if found is not None:
                    break
    return found


def _exported(module: types.ModuleType, name: str) -> type | None:
    value = getattr(module, name, None) if name in getattr(module, "__all__", ()) else None
    if isinstance(value, type) and (attrs.has(value) or issubclass(value, enum.Enum)):
        # (a generic class, Tally[K], has no tag: a document could not say what K is)
        return None if getattr(value, "__parameters__", ()) else value
    return None


def _class_for(tag: Any, path: str) -> type:
    cls = _class_of(tag) if isinstance(tag, str) else None
    if cls is None:
        raise InvalidInput.for_argument(path, tag, "is not a known custops type tag")
    return cls


# --------------------------------------------------------------------------- scalars


def _fail(path: str, value: Any, problem: str) -> InvalidInput:
    return InvalidInput.for_argument(path, value, problem)  # type: ignore[return-value]


def _datetime_out(value: _dt.datetime) -> str:
    zone = value.tzinfo
    key = zone.key if isinstance(zone, ZoneInfo) else None
    return f"{value.isoformat()}[{key}]" if key else value.isoformat()


def _zone(key: Any, _: Any = None) -> ZoneInfo:
    return require_zone("zone", key)


def _datetime_in(value: Any, _: Any = None) -> _dt.datetime:
    if not isinstance(value, str):
        raise _fail("datetime", value, "must be an ISO 8601 string with an offset")
    text, _, zone = value.partition("[")
    try:
        moment = _dt.datetime.fromisoformat(text)
    except ValueError:
        raise _fail("datetime", value, "is not an ISO 8601 instant") from None
    if moment.tzinfo is None:
        raise _fail("datetime", value, "must carry its UTC offset")
    if not zone:
        return moment
    if not zone.endswith("]"):
        raise _fail("datetime", value, "has an unterminated [zone]")
    local = moment.astimezone(_zone(zone[:-1]))
    if local.utcoffset() != moment.utcoffset():
        raise _fail("datetime", value, "offset does not match its zone at that instant")
    return local


def _iso_in(cls: type[_dt.date | _dt.time], form: str, length: int = 0) -> Callable[..., Any]:
    """The reading of an ISO ``date`` or ``time`` text (``length`` characters, if given)."""
    name = cls.__name__

    def structure(value: Any, _: Any = None) -> Any:
        if not isinstance(value, str) or (length and len(value) != length):
            raise _fail(name, value, f"must be an ISO {name} {form}")
        try:
            return cls.fromisoformat(value)
        except ValueError:
            raise _fail(name, value, f"is not an ISO {name}") from None

    return structure


def _timedelta_out(value: _dt.timedelta) -> int:
    return value // US


def _timedelta_in(value: Any, _: Any = None) -> _dt.timedelta:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail("timedelta", value, "must be a whole number of microseconds")
    try:
        return _dt.timedelta(microseconds=value)
    except OverflowError:
        raise _fail("timedelta", value, "is out of range") from None


def _decimal_in(value: Any, _: Any = None) -> Decimal:
    if not isinstance(value, str):
        raise _fail("decimal", value, "must be a decimal string such as '12.50'")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _fail("decimal", value, "is not a decimal number") from None
    if not number.is_finite():
        raise _fail("decimal", value, "must be finite")
    return number


def _fraction_in(value: Any, _: Any = None) -> Fraction:
    if not isinstance(value, str) or "/" not in value:
        raise _fail("fraction", value, "must be a string 'n/d'")
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise _fail("fraction", value, "is not a fraction 'n/d'") from None


#: The values that are not JSON types: (class, tag inside an ``Any`` field, out, in),
#: a datetime before a date (it is one).
_SCALARS: Final[tuple[tuple[type, str, Callable[[Any], Any], Callable[[Any, Any], Any]], ...]] = (
    (Decimal, "decimal", str, _decimal_in),
    (_dt.datetime, "datetime", _datetime_out, _datetime_in),
    (_dt.date, "date", _dt.date.isoformat, _iso_in(_dt.date, "YYYY-MM-DD", 10)),
    (_dt.time, "time", _dt.time.isoformat, _iso_in(_dt.time, "HH:MM[:SS]")),
    (_dt.timedelta, "timedelta", _timedelta_out, _timedelta_in),
    (Fraction, "fraction", ratio, _fraction_in),
    (ZoneInfo, "zone", operator.attrgetter("key"), _zone),
)
_SCALAR_TAGS: Final = {tag: cls for cls, tag, _, _ in _SCALARS}


def _json_in(cls: type, what: str, *also: type) -> Callable[[Any, Any], Any]:
    """The check of a JSON scalar read as ``cls`` (or one of ``also``; a bool is no number)."""
    kinds = (cls, *also)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is cls:  # the usual case, first
            return value
        fits = isinstance(value, kinds) and not isinstance(value, bool)
        if not fits:
            raise _fail(cls.__name__, value, f"must be {what}, not {_json_type(value)}")
        return float(value) if cls is float else value

    return structure


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else "a value")


def _sort_key(item: Any) -> Any:
    return (0, item, "") if isinstance(item, str) else (1, "", json.dumps(item, sort_keys=True))


# --------------------------------------------------------------------------- converter


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _is_frozenset(tp: Any) -> bool:
    return tp is frozenset or typing.get_origin(tp) is frozenset


def _is_tuple(tp: Any) -> bool:
    return tp is tuple or typing.get_origin(tp) is tuple


def _is_class_of(tp: Any) -> bool:
    return typing.get_origin(tp) is type


def _is_custops_attrs(tp: Any) -> bool:
    """Whether ``tp`` is an attrs class of custops, or one of its generics given its item
    type (``Tally[Kind]``, a field of ``CaseStatistics``)."""
    cls = _origin(tp)
    return isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith("custops.")


def _origin(tp: Any) -> Any:
    """The class of ``tp``: itself, or the generic class ``Tally`` of ``Tally[Kind]``."""
    return typing.get_origin(tp) or tp


def _typed_fields(tp: Any) -> list[tuple[attrs.Attribute[Any], Any]]:
    """The init fields of ``tp`` with their types, a generic's type variables replaced by
    the types it is given (``Tally[Kind]``'s counts hold ``Kind`` keys)."""
    cls = _origin(tp)
    attrs.resolve_types(cls)
    given = dict(zip(getattr(cls, "__parameters__", ()), typing.get_args(tp), strict=False))

    def typed(field_type: Any) -> Any:
        free = getattr(field_type, "__parameters__", ())
        return field_type[tuple(given[v] for v in free)] if free and given else field_type

    return [(f, typed(f.type)) for f in attrs.fields(cls) if f.init]


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _build(*, fragments: bool = False, memo: bool = False) -> cattrs.Converter:
    # tuples are written as arrays, sets as arrays sorted (the same set, the same text)
    arrays: dict[type, Callable[[Any], Any]] = {
        Sequence: list,
        AbstractSet: functools.partial(sorted, key=_sort_key),
    }
    conv = cattrs.Converter(detailed_validation=False, unstruct_collection_overrides=arrays)
    for scalar, _, write, read in _SCALARS:
        conv.register_unstructure_hook(scalar, write)
        conv.register_structure_hook(scalar, read)
    conv.register_structure_hook(str, _json_in(str, "a string"))
    conv.register_structure_hook(int, _json_in(int, "an integer"))
    conv.register_structure_hook(bool, _json_in(bool, "true or false"))
    conv.register_structure_hook(float, _json_in(float, "a number", int))
    conv.register_unstructure_hook_func(_is_enum, operator.attrgetter("_value_"))
    conv.register_structure_hook_func(_is_enum, _enum_in)
    # a class (an enumeration) by its tag: looked up by the value's own class (a field that
    # may hold a class or something else) and by a field declared ``type[...]``
    conv.register_unstructure_hook(enum.EnumMeta, _class_ref_out)
    conv.register_unstructure_hook_func(_is_class_of, _class_ref_out)
    conv.register_structure_hook_func(_is_class_of, _class_ref_in)
    is_any = functools.partial(operator.is_, Any)
    conv.register_unstructure_hook_func(is_any, functools.partial(_any_out, conv))
    conv.register_structure_hook_func(is_any, functools.partial(_any_in, conv))
    conv.register_unstructure_hook_factory(_is_tuple_of, _tuple_of_out)
    conv.register_structure_hook_factory(_is_frozenset, _collection_in)
    conv.register_structure_hook_factory(_is_tuple, _collection_in)
    conv.register_unstructure_hook_factory(_is_union, _union_out)
    conv.register_structure_hook_factory(_is_union, _union_in)
    conv.register_unstructure_hook_factory(_is_custops_attrs, _attrs_out)
    conv.register_structure_hook_factory(_is_custops_attrs, _attrs_in)
    for name, instance in _builtins():
        cls = type(instance)
        conv.register_unstructure_hook(cls, _builtin_out(name, instance, _attrs_out(cls, conv)))
        conv.register_structure_hook(cls, _builtin_in(name, instance, _attrs_in(cls, conv)))
    if fragments:  # registered last: it takes precedence over the attrs factory
        conv.register_unstructure_hook_factory(
            _is_shared, lambda cls: _fragment_out(_attrs_out(cls, conv))
        )
    if memo:  # registered last too: a shared value read from JSON text is built once
        builtin = {type(instance): (name, instance) for name, instance in _builtins()}

        def shared_in(cls: Any) -> Callable[[Any, Any], Any]:
            hook = _attrs_in(cls, conv)
            if cls in builtin:
                hook = _builtin_in(*builtin[cls], hook)
            return _memo_in(hook)

        conv.register_structure_hook_factory(_is_shared, shared_in)
    return conv


def _enum_in(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        raise _fail(cls.__name__, value, f"is not the value of a {cls.__name__} member") from None


def _class_ref_out(cls: type) -> dict[str, str]:
    return {"class": _tag(cls)}


def _class_ref_in(value: Any, tp: Any) -> type:
    if not isinstance(value, dict) or set(value) != {"class"}:
        raise _fail("class", value, 'must be {"class": "<tag>"}')
    cls = _class_for(value["class"], "class")
    (bound,) = typing.get_args(tp) or (object,)
    if isinstance(bound, type) and not issubclass(cls, bound):
        raise _fail("class", value, f"must name a subclass of {bound.__name__}")
    return cls


def _is_tuple_of(tp: Any) -> bool:
    """Whether ``tp`` is ``tuple[item, ...]``."""
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_of_out(tp: Any, conv: cattrs.Converter) -> Callable[[Any], list[Any]]:
    """``tuple[item, ...]`` as an array, by a list comprehension (faster than cattrs')."""
    item = conv.get_unstructure_hook(typing.get_args(tp)[0])
    return list if item is identity else lambda value: [item(x) for x in value]


def _variadic(args: tuple[Any, ...]) -> bool:
    """Whether a tuple's arguments are ``()`` or ``(item, ...)``, not a fixed layout."""
    return not args or (len(args) == 2 and args[1] is Ellipsis)


def _collection_in(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    args = typing.get_args(tp)
    make = frozenset if _is_frozenset(tp) else tuple
    fixed = make is tuple and not _variadic(args)
    hooks = [conv.get_structure_hook(a) for a in args] if fixed else []
    item_type = args[0] if args else Any
    item = conv.get_structure_hook(item_type)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, list):
            raise _fail("list", value, f"must be an array, not {_json_type(value)}")
        if fixed:
            if len(value) != len(hooks):
                raise _fail("list", value, f"must have {len(hooks)} items")
            return tuple(
                _guard(f"[{i}]", h, x, a)
                for i, (h, x, a) in enumerate(zip(hooks, value, args, strict=True))
            )
        out = make(_guard(f"[{i}]", item, x, item_type) for i, x in enumerate(value))
        if make is frozenset and len(out) != len(value):
            raise _fail("list", value, "repeats an item of a set")
        return out

    return structure


def _union_out(tp: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    members = typing.get_args(tp)
    if len(members) == 2 and type(None) in members:
        (inner,) = [m for m in members if m is not type(None)]
        hook = conv.get_unstructure_hook(inner)
        # None or the hook (optional_check; an unstructure hook names no argument)
        return functools.partial(optional_check(lambda _, value: hook(value)), "value")
    return conv.unstructure  # any other union: written as the value's own class says


def _union_in(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    members = [m for m in typing.get_args(tp) if m is not type(None)]
    optional = len(members) < len(typing.get_args(tp))
    # an aware instant before a day: a day string is never an instant (no offset)
    members.sort(key=lambda m: 0 if m is _dt.datetime else 1)
    hooks = [(m, conv.get_structure_hook(m)) for m in members]

    def structure(value: Any, _: Any) -> Any:
        if value is None:
            if optional:
                return None
            raise _fail("value", value, "must not be null")
        if len(hooks) == 1:  # an optional value: its own fault, not "matches none of"
            return hooks[0][1](value, hooks[0][0])
        problems = []
        for member, hook in hooks:
            try:
                return _guard("", hook, value, member)
            except _Fault as fault:
                name = getattr(member, "__name__", str(member))
                problems.append(f"{name}: {fault.path.lstrip('.')} {fault.problem}".strip())
        raise _fail("value", value, "matches none of " + "; ".join(problems))

    return structure


def _attrs_out(tp: Any, conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    if tp is _ledger_cls():
        return _ledger_out(conv)
    cls = _origin(tp)
    attrs.resolve_types(cls)
    hook = make_dict_unstructure_fn(tp, conv, _cattrs_use_alias=True)
    version = _TYPE_VERSIONS.get(f"{cls.__module__}.{cls.__qualname__}")
    if version is None:
        return hook
    return lambda value: {_VERSION_KEY: version, **hook(value)}


def _attrs_in(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if tp is _ledger_cls():
        return _ledger_in(conv)
    cls = _origin(tp)
    typed = _typed_fields(tp)
    private = [f.name for f, _ in typed if f.name.startswith("_")]
    if private:
        raise InvalidType.for_argument(
            "value",
            cls,
            f"has private init fields ({', '.join(private)}); it needs a custops.serial hook",
        )
    # a field kept under another name than it is given by (a result's ``said``, given and
    # stored as ``reason``) is stored by the name it is given by
    key = [f.alias or f.name for f, _ in typed]
    fields = [(k, k, t, f.default is attrs.NOTHING) for k, (f, t) in zip(key, typed, strict=True)]
    name = f"{cls.__module__}.{cls.__qualname__}"
    current = _TYPE_VERSIONS.get(name)
    read = _reader(conv, cls.__name__, fields, versioned=current is not None)
    if current is not None:  # an older document is upgraded as it loads
        read = _read_version(read, cls.__name__, current, _UPGRADES[name])
    check = _INVARIANTS.get(name)
    if any(f.name == "rule" for f, _ in typed):  # a result's rule: the catalogue's or a
        check = _known_rule if check is None else _both(_known_rule, check)  # company's own
    fill = _FILLED.get(name, _as_stored)
    built_as = _BUILT_AS.get(name)
    if built_as is None and check is None:
        return lambda value, _: _construct(cls, fill(read(value)))

    def structure(value: Any, _: Any) -> Any:
        kwargs = fill(read(value))
        built = _construct(cls if built_as is None else built_as(kwargs), kwargs)
        if check is not None:
            check(built)
        return built

    return structure


def _as_stored(kwargs: dict[str, Any]) -> dict[str, Any]:
    return kwargs


def _checklist_parts(kwargs: dict[str, Any]) -> dict[str, Any]:
    """A Checklist stored before its items' parts were named has no ``missing_parts``: every
    part of each item in ``missing`` is missing (that item was not submitted; R-MEM-02)."""
    if "missing_parts" in kwargs:
        return kwargs
    parts = tuple(part for item in kwargs.get("missing", ()) for part in item.parts)
    return {**kwargs, "missing_parts": parts}


def _police_in_legal(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Severity criteria stored before the police signal existed (a document without a
    ``version``, :data:`_TYPE_VERSIONS`) named a police report under ``legal``: their
    ``enabled`` with ``legal`` and without ``police`` loads with ``police`` added, so they keep
    escalating police reports (R-CMP-07).  Criteria stored since carry ``"version": 2`` and
    load as saved (this upgrade is not applied): a desk that left the police report out
    keeps it out."""
    from custops.complaints.model import Signal

    enabled = kwargs.get("enabled")
    if enabled is None or Signal.LEGAL not in enabled or Signal.POLICE in enabled:
        return kwargs
    return {**kwargs, "enabled": frozenset(enabled) | {Signal.POLICE}}


#: The key of a versioned class's object that holds its version (:data:`_TYPE_VERSIONS`).
_VERSION_KEY: Final = "version"

#: The version of the severity criteria since which ``enabled`` lists the police report
#: itself (``Signal.POLICE``, R-CMP-07); before, ``legal`` covered it.
_POLICE_VERSION: Final = 2

#: A class whose stored fields changed meaning within schema version 1, by the version of
#: its documents this custops writes: its object carries ``"version": N``, and an object
#: without one was stored before the change (version 1).  A document of an older version
#: than this is upgraded by the class's :data:`_UPGRADES` function; a current one loads as
#: saved.
_TYPE_VERSIONS: Final[dict[str, int]] = {
    "custops.complaints.severity.SeverityPolicy": _POLICE_VERSION,
}

#: How a document of a versioned class older than its :data:`_TYPE_VERSIONS` is read.
_UPGRADES: Final[dict[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "custops.complaints.severity.SeverityPolicy": _police_in_legal,
}

#: What a value stored by an older version lacks, filled in as it loads (by its class).
_FILLED: Final[dict[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "custops.exchange.Checklist": _checklist_parts,
}


def _read_version(
    read: Callable[[Any], dict[str, Any]],
    name: str,
    current: int,
    upgrade: Callable[[dict[str, Any]], dict[str, Any]],
) -> Callable[[Any], dict[str, Any]]:
    """``read`` of a versioned class: the keyword arguments, ``upgrade``d when the object's
    version (1 when it has none) is older than ``current``; a newer one is refused."""

    def read_versioned(value: Any) -> dict[str, Any]:
        kwargs = read(value)
        stored = value.get(_VERSION_KEY, 1)
        if isinstance(stored, bool) or not isinstance(stored, int) or not 1 <= stored <= current:
            problem = f"is a version of {name} this custops does not read (it reads 1 to {current})"
            raise _fail(_VERSION_KEY, stored, problem)
        return kwargs if stored == current else upgrade(kwargs)

    return read_versioned


def _deadline_class(kwargs: dict[str, Any]) -> type:
    """A deadline counted from an instant (its ``start`` and ``due_at`` instants) is a
    ``TimedDeadline``, stored or not before that class was (R-PER-01); any other a
    ``Deadline``."""
    from custops.periods import Deadline, TimedDeadline

    timed = all(isinstance(kwargs.get(k), _dt.datetime) for k in ("start", "due_at"))
    return TimedDeadline if timed else Deadline


#: The class a document of a tag is built as, chosen by its fields (by the tag's class).
_BUILT_AS: Final[dict[str, Callable[[dict[str, Any]], type]]] = {
    "custops.periods.Deadline": _deadline_class,
}


def _known_rule(value: Any) -> None:
    """A loaded value's ``rule`` of the catalogue's form (``R-ABC-01``) is one of its IDs:
    ``R-FOO-99`` is a damaged document, a company's own ``HR-07`` is not."""
    if type(value.rule) is str:
        require_known_rule("rule", value.rule)


def _both(first: Callable[[Any], None], then: Callable[[Any], None]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        first(value)
        then(value)

    return check


def _reader(
    conv: cattrs.Converter,
    name: str,
    fields: list[tuple[str, str, Any, bool]],
    *,
    versioned: bool = False,
) -> Callable[[Any], dict[str, Any]]:
    """A function reading a document's object into keyword arguments.

    ``fields`` are (name in the document, keyword, type, required); ``versioned``: the
    object may carry its class's version too (:data:`_TYPE_VERSIONS`, read apart).
    """
    specs = [
        (key, alias, conv.get_structure_hook(tp), tp, needed) for key, alias, tp, needed in fields
    ]
    known = {spec[0] for spec in specs} | ({_VERSION_KEY} if versioned else set())

    def read(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _fail(name, value, f"must be an object, not {_json_type(value)}")
        unknown = sorted(set(value) - known, key=str)
        if unknown:
            raise _fail(name, unknown, f"has unknown fields: {', '.join(map(str, unknown))}")
        kwargs: dict[str, Any] = {}
        for key, alias, hook, tp, needed in specs:
            if key in value:
                kwargs[alias] = _guard(f".{key}", hook, value[key], tp)
            elif needed:
                raise _fail(name, value, f"misses the field {key!r}")
        return kwargs

    return read


def _construct(cls: type, kwargs: dict[str, Any]) -> Any:
    """``cls(**kwargs)``: the constructor and every validator run.

    A field stored as ``(key, value)`` pairs (a mapping kept as a tuple) is passed again as
    a ``dict`` if the constructor takes only mappings for it (a case policy's ``roles``).
    """
    for _ in range(len(kwargs) + 1):
        try:
            return cls(**kwargs)
        except InvalidType as exc:
            pairs = kwargs.get(exc.argument or "")
            if isinstance(pairs, Mapping) or not isinstance(pairs, tuple):
                raise
            try:
                mapping = pairs_mapping(str(exc.argument), pairs)
            except CustopsError:  # not pairs: the constructor's refusal stands
                raise exc from None
            kwargs = {**kwargs, str(exc.argument): mapping}
    return cls(**kwargs)


def _any_out(conv: cattrs.Converter, value: Any) -> Any:
    """A value of an ``Any`` field: JSON scalars as they are, everything else tagged."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (tuple, list)):
        return [_any_out(conv, x) for x in value]
    for cls, tag, _, _ in _SCALARS:
        if isinstance(value, cls):
            return {"type": tag, "value": conv.unstructure(value, unstructure_as=cls)}
    tag = _tag(type(value), given=value)
    return {"type": tag, "value": conv.unstructure(value, unstructure_as=type(value))}


def _any_in(conv: cattrs.Converter, value: Any, _: Any = None) -> Any:
    """A value of an ``Any`` field (:func:`_any_out`'s document), refused as ``any``."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return tuple(_any_in(conv, x) for x in value)
    if not isinstance(value, dict) or set(value) != {"type", "value"}:
        raise _fail("any", value, 'must be a JSON scalar, an array or {"type": ..., "value": ...}')
    tag = value["type"]
    cls = _SCALAR_TAGS.get(tag) if isinstance(tag, str) else None
    return conv.structure(value["value"], cls or _class_for(tag, "any"))


#: The collections a document may hold at its top (a report of many results), by the tag
#: its ``type`` is: items in the untyped field's form (:func:`_any_out`), a collection
#: among them as ``{"type": "list", "value": [...]}``, so each comes back as it was given.
_COLLECTIONS: Final[dict[type, str]] = {list: "list", tuple: "tuple", dict: "dict"}
_COLLECTION_TAGS: Final = {tag: cls for cls, tag in _COLLECTIONS.items()}

#: How deep the collections of a document may nest (a list in a list in …, the top one
#: included): deeper is refused, in saving and in loading alike (docs/serial.md).
MAX_NESTING: Final = 100


def _items_out(conv: cattrs.Converter, value: Any, argument: str, within: Mapping[int, str]) -> Any:
    """The items of ``value`` (a list, a tuple or a dict with ``str`` keys) as stored; an
    item that cannot be is refused naming its place (``value[1]``, ``value['C001']``), and
    so is a collection that contains itself (``within``: the places of the collections it
    is inside of, by ``id``) or nests deeper than :data:`MAX_NESTING`."""
    outer = within.get(id(value))
    if outer is not None:
        problem = f"contains itself (as {argument}), which a document cannot hold"
        raise InvalidInput.for_argument(outer, value, problem)
    if len(within) >= MAX_NESTING:
        problem = f"nests lists, tuples and dicts more than {MAX_NESTING} deep (the place shown)"
        raise InvalidInput.for_argument(next(iter(within.values())), argument, problem)
    within = {**within, id(value): argument}
    if isinstance(value, dict):
        stored = {}
        for key, item in value.items():
            require_type(argument, key, str, "a str", noun="a key")  # JSON keys are text
            stored[key] = _item_out(conv, item, f"{argument}[{key!r}]", within)
        return stored
    return [_item_out(conv, item, f"{argument}[{i}]", within) for i, item in enumerate(value)]


def _item_out(conv: cattrs.Converter, item: Any, argument: str, within: Mapping[int, str]) -> Any:
    kind = _COLLECTIONS.get(type(item))
    if kind is not None:
        return {"type": kind, "value": _items_out(conv, item, argument, within)}
    if isinstance(item, float):  # inexact, as everywhere in custops
        require_type(argument, item, Decimal, "a Decimal", inexact="pass Decimal({text!r})")
    if isinstance(item, Decimal):  # NaN and infinities: no amount, and loading refuses them
        require_number(argument, item)
    if isinstance(item, _dt.datetime):  # an instant is aware, as everywhere in custops
        require_aware(argument, item)
    if type(item) is int and item.bit_length() > _LONGEST_INT_BITS:
        try:
            str(item)
        except ValueError:  # more digits than Python writes as text (4300 by default)
            problem = (
                "is an int of more digits than Python writes as text (its bits shown); "
                "store it as a Decimal"
            )
            raise InvalidInput.for_argument(argument, item.bit_length(), problem) from None
    if not isinstance(item, (str, int, type(None), *_SCALAR_TAGS.values())):
        _tag(type(item), argument, given=item)  # a value custops stores, or refused here
    return _any_out(conv, item)


#: An ``int`` of at most this many bits has fewer digits than any limit Python sets on the
#: text of an ``int`` (640 digits at least, ``sys.set_int_max_str_digits``).
_LONGEST_INT_BITS: Final = 2000


def _items_in(conv: cattrs.Converter, value: Any, cls: Any, depth: int = 1) -> Any:
    """The ``cls`` (list, tuple or dict) whose items :func:`_items_out` stored in ``value``,
    ``depth`` collections deep (refused beyond :data:`MAX_NESTING`)."""
    if depth > MAX_NESTING:
        problem = f"nests lists, tuples and dicts more than {MAX_NESTING} deep (the depth shown)"
        raise _fail(cls.__name__, depth, problem)
    read = functools.partial(_item_in, conv, depth=depth + 1)
    if cls is dict:
        if not isinstance(value, dict):
            raise _fail("dict", value, f"must be an object, not {_json_type(value)}")
        return {key: _guard(f"[{key!r}]", read, item, None) for key, item in value.items()}
    if not isinstance(value, list):
        raise _fail(cls.__name__, value, f"must be an array, not {_json_type(value)}")
    items = [_guard(f"[{i}]", read, item, None) for i, item in enumerate(value)]
    return items if cls is list else tuple(items)


def _item_in(conv: cattrs.Converter, value: Any, _: Any = None, *, depth: int = 1) -> Any:
    """An item of a collection document: a collection (``{"type": "list", ...}``), else an
    untyped field's value; a JSON number with a fraction or an exponent (``1.5``, ``2e3``)
    is refused, as saving refuses a float, and so is a bare array: :func:`_item_out` writes
    neither (a tuple is ``{"type": "tuple", ...}``)."""
    tag = value.get("type") if isinstance(value, dict) and set(value) == {"type", "value"} else None
    cls = _COLLECTION_TAGS.get(tag) if isinstance(tag, str) else None
    if cls is not None:
        return _items_in(conv, value["value"], cls, depth)
    if isinstance(value, list):
        problem = 'must be {"type": "list", "value": [...]} or "tuple", as a report writes it'
        raise _fail("array", value, problem)
    if isinstance(value, float):
        problem = (
            'must not be a float, which is inexact: an amount is stored as {"type": '
            '"decimal", "value": "1.50"}, a whole number without a point'
        )
        raise _fail("number", value, problem)
    return _any_in(conv, value)


# --------------------------------------------------------------------------- speed

#: The classes an application shares between many values (a calendar, a target, a policy):
#: to_json writes each object's JSON once and reuses the text while the object lives.
_SHARED_NAMES: Final = ("WorkCalendar", "Target")
_FRAGMENTS: dict[int, tuple[Any, str]] = {}
_MAX_FRAGMENTS: Final = 512
#: A fragment's place in the text: NUL, a per-process nonce (unguessable), the object's id.
_MARK: Final = f"\x00{os.urandom(8).hex()}:"
_MARK_JSON: Final = json.dumps(_MARK)[:-1]  # '"\u0000<nonce>:'


def _is_shared(tp: Any) -> bool:
    name = getattr(_origin(tp), "__name__", "")
    return _is_custops_attrs(tp) and (
        name in _SHARED_NAMES or name.endswith(("Policy", "Criteria"))
    )


def _fragment_out(hook: Callable[[Any], Any]) -> Callable[[Any], str]:
    def unstructure(value: Any) -> str:
        key = id(value)
        if key not in _FRAGMENTS:
            if len(_FRAGMENTS) >= _MAX_FRAGMENTS:
                _FRAGMENTS.clear()
            text = _dumps(hook(value))
            if _MARK_JSON in text:  # a shared value inside (a policy's calendar)
                text = _splice(text) or _dumps(_converter().unstructure(value))
            _FRAGMENTS[key] = (value, text)
        return f"{_MARK}{key}"

    return unstructure


#: The shared values (a calendar, a target, a policy) built from JSON text lately, by class
#: and text: a thousand cases stored with one desk's policy load it once.  Values are
#: frozen, so handing the same object to every document that describes it changes nothing
#: but the time (and lets equal calendars share one built index).  Only text that
#: ``from_json`` parsed is a key: its JSON types are exact, so equal text is an equal input.
_LOADED: dict[tuple[Any, str], Any] = {}
_MAX_LOADED: Final = 64
_loaded_lock = threading.Lock()


def _memo_in(hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def structure(value: Any, cls: Any) -> Any:
        key = (cls, _dumps(value))
        with _loaded_lock:
            built = _LOADED.get(key, _LOADED)
        if built is not _LOADED:
            return built
        built = hook(value, cls)  # a refusal is not kept: the next load refuses it again
        with _loaded_lock:
            if len(_LOADED) >= _MAX_LOADED:
                del _LOADED[next(iter(_LOADED))]
            _LOADED[key] = built
        return built

    return structure


def _splice(text: str) -> str | None:
    """``text`` with each marker replaced by its fragment; ``None`` if one was evicted."""
    parts = text.split(_MARK_JSON)
    out = [parts[0]]
    for part in parts[1:]:
        key, _, rest = part.partition('"')
        entry = _FRAGMENTS.get(int(key)) if key.isdigit() else None
        if entry is None:
            return None
        out += (entry[1], rest)
    return "".join(out)


_dumps: Final[Callable[[Any], str]] = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False
).encode


# --------------------------------------------------------------------------- the ledger


def _ledger_cls() -> type:
    from custops.vip import Ledger

    return Ledger


def _ledger_fields() -> list[attrs.Attribute[Any]]:
    """A ledger's document: its card, its policy, then the fields of its state (its entries
    and the state of its purchases)."""
    fields = attrs.fields(attrs.resolve_types(_ledger_cls()))
    state = attrs.resolve_types(fields._state.type)
    return [fields.card, fields.policy, *(f for f in attrs.fields(state) if f.name != "card")]


def _ledger_out(conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    hooks = [(f.name, conv.get_unstructure_hook(f.type)) for f in _ledger_fields()]

    def unstructure(ledger: Any) -> dict[str, Any]:
        state = ledger._state  # its card is the ledger's; only the policy is not in it
        return {
            name: hook(getattr(ledger if name == "policy" else state, name)) for name, hook in hooks
        }

    return unstructure


def _ledger_in(conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    from custops.vip.ledger import EntryKind

    fields = _ledger_fields()  # resolves the annotations of the ledger and of its state
    ledger_cls = _ledger_cls()
    state_cls = attrs.fields(ledger_cls)._state.type
    read = _reader(conv, "Ledger", [(f.name, f.name, f.type, True) for f in fields])

    def structure(value: Any, _: Any) -> Any:
        kwargs = read(value)
        card, policy = kwargs.pop("card"), kwargs.pop("policy")
        ledger = ledger_cls(card, policy=policy, _state=state_cls(card=card, **kwargs))
        _check_ledger(ledger, EntryKind)
        return ledger

    return structure


def _check_ledger(ledger: Any, entry_kind: Any) -> None:
    """Refuse a ledger whose stored state contradicts its entries (a tampered document)."""
    state = ledger._state
    entries = state.entries
    lots = state.purchases
    problems = []
    if sum(e.points for e in entries) != sum(p.points for p in lots):
        problems.append("the entries do not add up to the points of its purchases")
    if any(a.on > b.on for a, b in itertools.pairwise(entries)):
        problems.append("the entries are not in date order")
    if entries and (state.last_event_on is None or state.last_event_on < entries[-1].on):
        problems.append("last_event_on is before the last entry")
    last = entries[-1] if entries else None
    if last is not None and (last.points_owed != state.points_owed or last.carry != ledger.carry):
        problems.append("points_owed or carry differs from the last entry's")
    if not entries and (state.points_owed or state.spend_fen or state.lifetime_points or lots):
        problems.append("an empty ledger holds points or spend")
    credited = (entry_kind.EARN, entry_kind.OPENING)
    earned = [e.ref for e in entries if e.kind in credited]
    if [p.ref for p in lots] != earned or len(set(earned)) != len(earned):
        problems.append("its purchases are not the purchases of its entries")
    problems += _ledger_points_problems(entries, lots, entry_kind)
    if state.replaced_by is not None and (
        last is None or last.kind is not entry_kind.REPLACE or any(p.points for p in lots)
    ):
        problems.append("a ledger closed by a replacement ends with it and holds no points")
    numbers = [state.points_owed, state.spend_fen, state.lifetime_points]
    for p in lots:
        numbers += [p.paid_fen, p.points_earned, p.points, p.points_repaid, p.points_expired]
        numbers += [p.points_redeemed, p.refunded_fen]
        places = p.points + p.points_repaid + p.points_expired + p.points_redeemed
        if p.refunded_fen > p.paid_fen or places > p.points_earned:
            problems.append(f"purchase {p.ref!r} holds more than it earned or paid")
    if any(n < 0 for n in numbers):
        problems.append("a count is negative")
    if problems:
        raise _fail("Ledger", ledger.card.number, "; ".join(dict.fromkeys(problems)))


def _ledger_points_problems(entries: Sequence[Any], lots: Sequence[Any], kind: Any) -> list[str]:
    """R-VIP-05: each purchase earned the points its payment gives at its own rate (the
    carried remainder completes at most one more), its entry says what it paid and credits
    those points less the debt they repaid, and its refunds add up to what its returns
    refunded; an opening balance (the first entry, nothing paid) credits its own points."""
    from custops.money import from_fen, to_fen

    problems = []
    by_ref = {p.ref: p for p in lots}
    refunded = dict.fromkeys(by_ref, 0)
    owed = 0
    for place, e in enumerate(entries):
        lot = by_ref.get(e.ref) if e.ref is not None else None
        if e.kind is kind.REVERSE and lot is not None:
            refunded[lot.ref] += to_fen(e.refunded) if e.refunded is not None else 0
        elif e.kind is kind.OPENING and lot is not None:
            if place or not lot.opening or lot.paid_fen or e.paid is not None:
                problems.append(f"the opening balance {lot.ref!r} is not the first entry alone")
            elif e.points != lot.points_earned:
                problems.append(f"the opening balance {lot.ref!r} credits other points")
        elif e.kind is kind.EARN and lot is not None:
            paid, per = lot.paid_fen, lot.fen_per_point
            if lot.opening or e.paid is None or to_fen(e.paid) != paid:
                shown = "none" if e.paid is None else e.paid
                problems.append(
                    f"the entry of purchase {lot.ref!r} says paid {shown}, its purchase "
                    f"{from_fen(paid)}"
                )
            elif per < 1 or not paid // per <= lot.points_earned <= (paid + per - 1) // per:
                problems.append(
                    f"purchase {lot.ref!r} earned {lot.points_earned} points for "
                    f"{from_fen(paid)} paid, not what 1 point per {from_fen(max(per, 1))} gives"
                )
            elif e.points != lot.points_earned - (owed - e.points_owed):
                problems.append(
                    f"the entry of purchase {lot.ref!r} credits {e.points} points, not the "
                    f"{lot.points_earned} it earned less the debt they repaid"
                )
        owed = e.points_owed
    problems += [
        f"the refunds of purchase {ref!r} are not what its returns refunded"
        for ref, fen in refunded.items()
        if fen != by_ref[ref].refunded_fen
    ]
    return problems


# --------------------------------------------------------------------------- invariants
#
# A result class (a cost contract, a quote …) is built by a function that computes it;
# its constructor checks no arithmetic, so loading one re-checks what the function
# guarantees: money is whole fen and not negative, and the amounts add up.  A
# tampered document is refused naming the field and its value (R-MOV-02, R-PUR-02,
# R-SVC-02, R-VIP-03 … R-VIP-05; the deposit schedule, a move-out settlement and vip cards
# check themselves when built, so loading one runs the same check).


def _whole_fen(value: Any, *names: str, signed: bool = False) -> None:
    """Each field of ``names`` (``None`` skipped) is money: whole fen, not negative."""
    from custops.money import yuan

    def whole_fen(argument: str, amount: Any) -> Decimal:
        return yuan(amount, argument=argument, exact=True, non_negative=not signed)

    for name in names:
        optional_check(whole_fen)(name, getattr(value, name))


def _counts(value: Any, *names: str) -> None:
    for name in names:
        require_int(name, getattr(value, name), low=0)


def _adds_up(name: str, value: Any, expected: Any, what: str) -> None:
    if value != expected:
        raise InvalidInput.for_argument(name, value, f"must be {expected}: {what}")


def _move_out_case(case: Any) -> None:
    """R-MOV-02: a case's settlement is the settlement of its own deposits, damages, arrears
    and charges for lost passes and keys (less the fees it deducted); its refund is due by
    the case's policy (``refund_period`` counted from the day it was settled); what was
    collected is at most what was owed."""
    from custops.moveout import settle

    found = case.settlement
    if found is None:  # (a settlement without an inspection: refused by the constructor)
        return
    expected = settle(
        deposits=case.deposits,
        damages=case.inspection.damages,
        arrears=case.arrears,
        lost=case.lost,
        fees=found.fees,
    )
    for name in ("deposits_total", "damages_total", "arrears_total", "refund", "owed"):
        mine, theirs = getattr(found, name), getattr(expected, name)
        if mine != theirs:
            problem = f"differs from the case's own {name} {theirs}"
            raise InvalidInput.for_argument(f"settlement.{name}", mine, problem)
    period, due = case.policy.refund_period, found.refund_due
    if due is None and period is not None and found.refund != ZERO:  # (a refund is due)
        problem = f"is missing: the policy's refund_period is {period}"
        raise InvalidInput.for_argument("settlement.refund_due", due, problem)
    if due is not None and (due.start, due.period) != (case.settled_on, period):
        problem = f"must count the policy's refund_period ({period}) from {case.settled_on}"
        raise InvalidInput.for_argument("settlement.refund_due", due, problem)
    problem = f"exceeds the amount owed {found.owed}"
    within("collected", case.collected, case.collected, high=found.owed, problem=problem)


def _cost_contract(c: Any) -> None:
    """R-PUR-02: overspend − savings = actual − limit (one of them zero); the purchasing
    side's part and the company's add up to each; the splits add up to the part shared
    (an empty split to nothing); the outcome is the one the amounts give."""
    from custops.purchasing import outcome_of

    money = ("limit_amount", "actual", "overspend", "savings", "borne", "company_overspend")
    _whole_fen(c, *money, "shared", "company_savings")
    over, under = (
        difference(c.actual, less=c.limit_amount),
        difference(c.limit_amount, less=c.actual),
    )
    _adds_up("overspend", c.overspend, max(over, ZERO), "actual - limit, if positive")
    _adds_up("savings", c.savings, max(under, ZERO), "limit - actual, if positive")
    company_over, company_saved = (
        difference(c.overspend, less=c.borne),
        difference(c.savings, less=c.shared),
    )
    _adds_up("company_overspend", c.company_overspend, company_over, "overspend - borne")
    _adds_up("company_savings", c.company_savings, company_saved, "savings - shared")
    for name, part in (("overspend_split", c.borne), ("savings_split", c.shared)):
        split = getattr(c, name)
        if total(s.amount for s in split) != part:  # an empty split adds up to 0.00
            raise InvalidInput.for_argument(name, split, f"must add up to {part}")
    outcome = outcome_of(c.overspend, c.savings)
    if c.outcome is not outcome:
        problem = f"must be {outcome.value}: the outcome the amounts give"
        raise InvalidInput.for_argument("outcome", c.outcome, problem)


def _cash_announcement(a: Any) -> None:
    """R-SVC-02: the change is what was received less what was due."""
    _whole_fen(a, "amount_received", "amount_due", "change")
    _adds_up("change", a.change, a.amount_received - a.amount_due, "amount_received - amount_due")


def _ledger_entry(e: Any) -> None:
    """R-VIP-05: what was paid or refunded and the carried remainder are whole fen."""
    _whole_fen(e, "paid", "refunded", "carry")
    _counts(e, "points_owed")


def _reversal(r: Any) -> None:
    """R-VIP-05: the points due are those taken, expired, owed again or short."""
    _whole_fen(r, "refunded")
    _counts(r, "points_due", "points_reversed", "points_expired", "points_short", "points_restored")
    if r.outcome.value != "refused":
        parts = r.points_reversed + r.points_expired + r.points_restored + r.points_short
        what = "points_reversed + points_expired + points_restored + points_short"
        _adds_up("points_due", r.points_due, parts, what)
        return
    # a refused return took nothing; its shortfall, the points already spent, refused it
    for name in ("points_reversed", "points_expired", "points_restored"):
        _adds_up(name, getattr(r, name), 0, "a refused return takes nothing")
    problem = "of a refused return must be more than 0 and at most points_due"
    within(
        "points_short", r.points_short, r.points_short, low=1, high=r.points_due, problem=problem
    )


def _quote_line(q: Any) -> None:
    """R-VIP-03/04: a line costs at most its list amount, whole fen."""
    _whole_fen(q, "list_amount", "amount")
    _adds_up("list_amount", q.list_amount, q.line.list_amount, "list_price × quantity")
    problem = f"must not exceed the list amount {q.list_amount}"
    within("amount", q.amount, q.amount, high=q.list_amount, problem=problem)


def _quote(q: Any) -> None:
    """R-VIP-03/04: the totals are the sums of the lines."""
    _whole_fen(q, "list_total", "total")
    _adds_up("total", q.total, total(x.amount for x in q.lines), "the lines' sum")
    lists = total(x.list_amount for x in q.lines)  # exact: amounts have up to 30 digits
    _adds_up("list_total", q.list_total, lists, "the lines' list amounts")
    _counts(q, "points")


def _qualification(q: Any) -> None:
    """R-VIP-01: the amounts are whole fen, and those the stored purchases decide add up —
    a cumulative (or missed) qualification's total is the sum of its purchases, a single
    purchase's amount that purchase's, the largest paid on its day; ``allowed`` is its basis, the
    basis the one its amounts and thresholds give; the window ends on ``on``; nothing is
    needed once qualified, and when not the least that qualifies (the single threshold or
    what the total lacks).  (A single purchase's ``window_total`` sums purchases the result
    does not store: only its fen are checked.)  The reason is worded from these facts."""
    _whole_fen(q, "amount", "window_total", "needed", "later_paid", "largest_paid")
    _whole_fen(q, "later_refunded")
    _whole_fen(q, "single_purchase_threshold", "cumulative_threshold")
    _counts(q, "later_count", "later_refund_count")
    if not q.later_count:
        _adds_up("later_paid", q.later_paid, ZERO, "nothing, with no purchase after on")
    if not q.later_refund_count:
        _adds_up("later_refunded", q.later_refunded, ZERO, "nothing, with no refund after on")
    basis = q.qualify_basis.value
    _adds_up("allowed", q.allowed, basis != "not_qualified", "qualify_basis is not not_qualified")
    _adds_up("rule", q.rule, "R-VIP-01", "the rule of qualify")
    _adds_up("qualification_window", q.qualification_window.end, q.on, "its end is on")
    late = [p.on for p in q.counted if p.on > q.on]
    if late:
        raise InvalidInput.for_argument("counted", late[0], f"is after on {q.on}")
    largest, day = q.largest_paid, q.largest_paid_on
    within("largest_paid_on", day, day or q.on, high=q.on, problem=f"is after on {q.on}")
    if (day is None) is (largest > ZERO):
        problem = "must be given with a largest_paid above 0.00, and only then"
        raise InvalidInput.for_argument("largest_paid_on", day, problem)
    single, cumulative = q.single_purchase_threshold, q.cumulative_threshold
    if basis == "single":
        _adds_up("counted", len(q.counted), 1, "the one purchase that qualifies")
        _adds_up(
            "amount", q.amount, q.counted[0].net_as_of(on=q.on), "the net of the purchase counted"
        )
        _adds_up("largest_paid", largest, q.amount, "the amount of the purchase counted")
        _adds_up("largest_paid_on", day, q.counted[0].on, "the day of the purchase counted")
        _adds_up("needed", q.needed, ZERO, "nothing, once qualified")
        problem = f"must be at most the amount {q.amount} that qualified"
        within("single_purchase_threshold", single, single, high=q.amount, problem=problem)
        return
    problem = "must be more than the largest purchase, which did not qualify on its own"
    within("single_purchase_threshold", single, single, low=largest, low_open=True, problem=problem)
    counted = total(p.net_as_of(on=q.on) for p in q.counted)  # exact: amounts have up to 30 digits
    _adds_up("window_total", q.window_total, counted, "the net of the purchases counted")
    _adds_up("amount", q.amount, q.window_total, "window_total")
    short = difference(cumulative, less=q.window_total)
    if basis == "cumulative":
        _adds_up("needed", q.needed, ZERO, "nothing, once qualified")
        problem = f"must be at most the window_total {q.window_total} that qualified"
        within("cumulative_threshold", cumulative, cumulative, high=q.window_total, problem=problem)
    else:
        problem = f"must be more than the window_total {q.window_total}, which did not qualify"
        within(
            "cumulative_threshold",
            cumulative,
            cumulative,
            low=q.window_total,
            low_open=True,
            problem=problem,
        )
        needed = min(single, short)
        _adds_up("needed", q.needed, needed, "the single threshold or what the total lacks")


def _card_check(c: Any) -> None:
    """R-VIP-03, R-VIP-09, R-VIP-10: the outcome is the one its card, presenter and day
    give (:meth:`Card.check <custops.vip.Card.check>`), and no card is no benefit; the
    reason is worded from these facts."""
    from custops.vip.cards import no_card

    again = no_card(on=c.on) if c.card is None else c.card.check(c.presented_by_id, on=c.on)
    if c.card is None and c.presented_by_id is not None:
        problem = "must be null: no card was presented"
        raise InvalidInput.for_argument("presented_by_id", c.presented_by_id, problem)
    what = f"what the card check on {c.on} gives"
    if c.card_status is not again.card_status:  # an enumeration is named by its key
        problem = f"must be {again.card_status.value}: {what}"
        raise InvalidInput.for_argument("card_status", c.card_status, problem)
    _adds_up("rule", c.rule, again.rule, what)
    _adds_up("allowed", c.allowed, again.allowed, what)


def _eligibility(e: Any) -> None:
    """R-MEM-01: an applicant is eligible when every condition is met, and the verdict and
    each check are answers of R-MEM-01."""
    _adds_up("allowed", e.allowed, all(c.allowed for c in e.checks), "every check allowed")
    for check in (e, *e.checks):
        _adds_up("rule", check.rule, "R-MEM-01", "the rule of eligibility")


def _deadline(d: Any) -> None:
    """A deadline's reason ends its count on its ``ends_on``: the fact ``due`` it keeps
    (``2026-10-15``, ``2026-10-15 18:00+08:00``), or, in a reason kept as text, what follows
    its last arrow (``… → 2026-10-15``, in every language), or, for a last day that ends at
    24:00 (art. 203 ¶2: a ``due_at`` at 00:00 of the day after ``ends_on``), that instant
    (``… → 2026-10-16 00:00+08:00``); a document whose date and reason disagree is refused."""
    said = d.said
    if isinstance(said, str):
        _, arrow, counted = said.rpartition("→ ")
    else:
        due = dict(said.fields).get("due")
        if isinstance(due, _dt.date):
            due = due.isoformat()
        arrow, counted = ("→ ", due) if isinstance(due, str) else ("", "")
    ends: tuple[str, ...] = (d.ends_on.isoformat(),)
    due_at, next_day = d.due_at, d.ends_on + ONE_DAY
    if due_at is not None and (due_at.date(), due_at.time()) == (next_day, MIDNIGHT):
        ends = (*ends, f"{next_day.isoformat()} 00:00")  # a last day that ends at 24:00
    if arrow and not counted.startswith(ends):
        problem = f"must be the day its reason ends on ({d.reason!r})"
        raise InvalidInput.for_argument("ends_on", d.ends_on, problem)


#: The checks run on a loaded value of a class (by module and name), after its constructor.
_INVARIANTS: Final[dict[str, Callable[[Any], None]]] = {
    "custops.moveout.MoveOutCase": _move_out_case,
    "custops.purchasing.Share": lambda share: _whole_fen(share, "amount"),
    "custops.purchasing.CostContract": _cost_contract,
    "custops.service.CashAnnouncement": _cash_announcement,
    "custops.vip.ledger.LedgerEntry": _ledger_entry,
    "custops.vip.ledger.Reversal": _reversal,
    "custops.vip.pricing.QuoteLine": _quote_line,
    "custops.vip.pricing.Quote": _quote,
    "custops.vip.qualification.Qualification": _qualification,
    "custops.vip.cards.CardCheck": _card_check,
    "custops.exchange.Eligibility": _eligibility,
    "custops.periods.Deadline": _deadline,
    "custops.periods.TimedDeadline": _deadline,
}


#: Library data an application does not own, written by name while it is the built-in one
#: (the classifier's rule set: hundreds of rules inside every case policy otherwise).
_BUILTINS: Final = (("complaints", "DEFAULT_CLASSIFIER_POLICY"),)


def _builtin_out(name: str, instance: Any, hook: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: (
        {"builtin": name} if value is instance or value == instance else hook(value)
    )


def _builtin_in(name: str, instance: Any, hook: Callable[[Any, Any], Any]) -> Any:
    def structure(value: Any, cls: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"builtin"}:
            if value["builtin"] != name:
                raise _fail("builtin", value["builtin"], f"is not a built-in {cls.__name__}")
            return instance
        return hook(value, cls)

    return structure


def _builtins() -> list[tuple[str, Any]]:
    """The built-in library data, by name (``complaints.DEFAULT_CLASSIFIER_POLICY``)."""
    return [
        (f"{module}.{name}", getattr(importlib.import_module(f"custops.{module}"), name))
        for module, name in _BUILTINS
    ]


_converter: Final = functools.cache(_build)
_json_converter: Final = functools.cache(functools.partial(_build, fragments=True))
_text_converter: Final = functools.cache(functools.partial(_build, memo=True))


# --------------------------------------------------------------------------- public API


def to_dict(value: object) -> Document:
    """``value`` as a JSON-ready document ``{"custops": 1, "type": tag, "value": {...}}``.

    ``value`` is a value custops stores, or a ``list``, ``tuple`` or ``dict`` (``str``
    keys) of them (a report of many results; JSON scalars, dates, amounts and such
    collections among them too): its ``type`` is ``"list"``, ``"tuple"`` or ``"dict"``,
    and :func:`from_dict` gives back the same collection.

    >>> from custops.periods import Period
    >>> to_dict(Period.parse("2小时"))
    {'custops': 1, 'type': 'periods.Period', 'value': {'count': 2, 'unit': 'hours'}}
    """
    cls = type(value)
    if cls in _COLLECTIONS:
        body = _items_out(_converter(), value, "value", {})
        return {"custops": SCHEMA_VERSION, "type": _COLLECTIONS[cls], "value": body}
    tag = _tag(cls, given=value)
    body = _converter().get_unstructure_hook(cls)(value)
    return {"custops": SCHEMA_VERSION, "type": tag, "value": body}


def to_json(value: object) -> str:
    """``value`` as a compact JSON document (UTF-8 text, Chinese kept as it is): a value
    custops stores, or a list, tuple or dict of them, as :func:`to_dict` says.

    >>> from custops.periods import Period
    >>> text = to_json([Period.parse("2小时"), Period.parse("3个工作日")])
    >>> text[:72]
    '{"custops":1,"type":"list","value":[{"type":"periods.Period","value":{"c'
    >>> from_json(text) == [Period.parse("2小时"), Period.parse("3个工作日")]
    True
    """
    cls = type(value)
    if cls in _COLLECTIONS:
        tag, body = _COLLECTIONS[cls], _dumps(_items_out(_json_converter(), value, "value", {}))
    else:
        tag = _tag(cls, given=value)
        body = _dumps(_json_converter().get_unstructure_hook(cls)(value))
    if _MARK_JSON in body:
        spliced = _splice(body)
        body = _dumps(to_dict(value)["value"]) if spliced is None else spliced
    return f'{{"custops":{SCHEMA_VERSION},"type":"{tag}","value":{body}}}'


@typing.overload
def from_dict(document: Document, *, expect: type[T]) -> T: ...
@typing.overload
def from_dict(document: Document, *, expect: None = None) -> Any: ...
@fitted_call
def from_dict(document: Document, *, expect: type[object] | None = None) -> Any:
    """The value a :func:`to_dict` document describes, rebuilt through its constructor.

    ``expect`` (a class custops stores, or ``list``, ``tuple`` or ``dict`` for a report)
    refuses a document of another type.  Any fault — an unknown version or tag, a missing
    or extra field, a value its class refuses — raises :class:`~custops.errors.InvalidInput`
    naming ``document`` and where the fault is.
    """
    return _load(document, "document", _expected(expect), _converter())


@typing.overload
def from_json(text: str | bytes, *, expect: type[T]) -> T: ...
@typing.overload
def from_json(text: str | bytes, *, expect: None = None) -> Any: ...
@fitted_call
def from_json(text: str | bytes, *, expect: type[object] | None = None) -> Any:
    """The value a :func:`to_json` document describes (see :func:`from_dict`).

    >>> from_json('{"custops":1,"type":"periods.Period","value":{"count":-1,"unit":"days"}}')
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: text: value: count: ... (got -1)

    ``text`` is a ``str`` (or UTF-8 ``bytes``); JSON that is not an object is a wrong
    content, :class:`~custops.errors.InvalidInput` (``from_dict`` refuses a Python value that
    is not a ``dict`` with :class:`~custops.errors.InvalidType`).

    >>> from_json("[]")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: text: must be a custops document ..., not an array (got '[]')
    """
    stored = _expected(expect)
    if isinstance(text, (bytes, bytearray)):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput.for_argument("text", text[:40], "is not UTF-8") from None
    text = require_type("text", text, str, "a str")
    try:
        data = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_object)
    except (ValueError, RecursionError) as exc:
        raise InvalidInput.for_argument("text", text[:80], f"is not JSON: {exc}") from None
    if not isinstance(data, dict):  # a str of the wrong content: the JSON holds no object
        problem = f"must be a custops document (an object), not {_json_type(data)}"
        raise InvalidInput.for_argument("text", text[:80], problem)
    return _load(data, "text", stored, _text_converter())


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a ``dict``; a key that comes twice is refused (JSON leaves its
    meaning open, and ``to_json`` never writes one)."""
    read = dict(pairs)
    if len(read) != len(pairs):
        twice = next(key for i, (key, _) in enumerate(pairs) if key in dict(pairs[:i]))
        raise ValueError(f"the key {twice!r} comes twice in one object")
    return read


#: What ``expect`` is when it is not given: every document is expected.
_ANY_DOCUMENT: Final = (None, None)


def _expected(expect: Any) -> tuple[type | None, type | None]:
    """``expect`` checked, and the class its documents are tagged with: a collection's own
    (``list``: a report), else the class it is stored as (a ``TimedDeadline``'s documents
    are tagged ``periods.Deadline``)."""
    if expect is None:
        return _ANY_DOCUMENT
    if isinstance(expect, type) and expect in _COLLECTIONS:
        return expect, expect
    return expect, _class_of(_tag(expect, "expect"))


def _load(
    data: Any, argument: str, expected: tuple[type | None, type | None], conv: cattrs.Converter
) -> Any:
    refuse = functools.partial(InvalidInput.for_argument, argument)
    if not isinstance(data, dict):
        raise InvalidType.for_argument(
            argument, data, f"must be a custops document (an object), not {_json_type(data)}"
        )
    version = data.get("custops")
    if isinstance(version, bool) or not isinstance(version, int):
        raise refuse(version, 'is not a custops document: "custops" must be the schema version')
    if version != SCHEMA_VERSION:
        problem = f"is a schema version this custops does not read (it reads {SCHEMA_VERSION})"
        raise refuse(version, problem)
    if set(data) - {"custops", "type", "value"} or "value" not in data:
        raise refuse(sorted(data), 'must have exactly the keys "custops", "type" and "value"')
    tag = data.get("type")
    collection = _COLLECTION_TAGS.get(tag) if isinstance(tag, str) else None
    cls = collection or (_class_of(tag) if isinstance(tag, str) else None)
    if cls is None:
        raise refuse(tag, "is not a known type tag")
    # a class stored under another's tag (a TimedDeadline) is expected of its documents
    expect, stored = expected
    not_expected = f"is not a document of {getattr(expect, '__name__', expect)}"
    if expect is not None and cls is not stored:
        raise refuse(tag, not_expected)
    try:
        hook = (
            conv.get_structure_hook(cls)
            if collection is None
            else functools.partial(_items_in, conv)
        )
        loaded = _guard("value", hook, data["value"], cls)
    except RecursionError:  # a document nested deeper than Python reads (a field's value)
        problem = "nests its values deeper than custops reads (the document's type shown)"
        raise refuse(tag, problem) from None
    except _Fault as fault:  # where, then the error's own words; its value shown once
        value, tail = getattr(fault.error, "value", None), fault.shown
        problem = f"{fault.path}: {fault.problem.removesuffix(tail)}"
        message = f"{argument}: {problem}{tail}"
        error = InvalidInput(message, argument=argument, value=value, problem=problem)
        raise error from fault.error
    if expect is not None and not isinstance(loaded, expect):  # a Deadline of a date start
        raise refuse(tag, not_expected)
    return loaded


# --------------------------------------------------------------------------- JSON Schema

_SCALAR_SCHEMAS: Final[dict[Any, dict[str, Any]]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    float: {"type": "number"},
    type(None): {"type": "null"},
    Decimal: {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$", "description": "decimal"},
    _dt.datetime: {
        "type": "string",
        "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+[+-][0-9]{2}:[0-9]{2}(\[[^\]]+\])?$",
        "description": "ISO 8601 instant with its offset, then [zone key] if it has one",
    },
    _dt.date: {"type": "string", "format": "date"},
    _dt.time: {"type": "string", "pattern": r"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$"},
    _dt.timedelta: {"type": "integer", "description": "microseconds"},
    Fraction: {"type": "string", "pattern": r"^-?[0-9]+/[0-9]+$"},
    ZoneInfo: {"type": "string", "description": "IANA zone key"},
}


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the :func:`to_dict` documents of ``cls``.

    Built from the class's attrs fields and type annotations, so it follows the code;
    ``docs/schema/`` holds it for the values an application keeps.

    >>> from custops.periods import Period
    >>> schema = json_schema(Period)
    >>> schema["properties"]["type"], schema["$defs"]["periods.Period"]["required"]
    ({'const': 'periods.Period'}, ['count', 'unit'])
    """
    tag = _tag(cls, "cls")
    defs: dict[str, Any] = {}
    ref = _schema_of(_class_of(tag) or cls, defs)  # a TimedDeadline is stored as a Deadline
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://custops.invalid/schema/{tag}.json",
        "title": f"custops document of {tag}",
        **_closed(
            {"custops": {"const": SCHEMA_VERSION}, "type": {"const": tag}, "value": ref},
            ["custops", "type", "value"],
        ),
        "$defs": dict(sorted(defs.items())),
    }


def _closed(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    """The schema of an object with exactly ``properties``, ``required`` among them."""
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _def_name(tp: Any) -> str:
    cls = _origin(tp)
    parts = cls.__module__.split(".")
    name = f"{parts[1] if len(parts) > 1 else parts[0]}.{cls.__name__.lstrip('_')}"
    given = typing.get_args(tp)  # a generic given its item type: Tally[complaints.Kind]
    return f"{name}[{', '.join(map(_def_name, given))}]" if given else name


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp in _SCALAR_SCHEMAS:
        return dict(_SCALAR_SCHEMAS[tp])
    if tp is Any:
        return {"description": "a JSON scalar, an array, or {type, value} for other values"}
    if _is_enum(tp):
        return {"enum": [m.value for m in tp]}
    if _is_union(tp):
        return {"anyOf": [_schema_of(m, defs) for m in typing.get_args(tp)]}
    if _is_class_of(tp):
        return _closed({"class": {"type": "string"}}, ["class"])
    if _is_tuple(tp) or _is_frozenset(tp):
        args = typing.get_args(tp)
        out: dict[str, Any] = {"type": "array"}
        if _is_frozenset(tp):
            out["uniqueItems"] = True
        if not _variadic(args) and not _is_frozenset(tp):
            out["prefixItems"] = [_schema_of(a, defs) for a in args]
            out["minItems"] = out["maxItems"] = len(args)
        elif args:
            out["items"] = _schema_of(args[0], defs)
        return out
    if _is_custops_attrs(tp):
        name = _def_name(tp)
        if name not in defs:
            defs[name] = {}
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    return {}


def _object_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    cls = _origin(tp)
    if cls is _ledger_cls():
        typed = [(f, f.type) for f in _ledger_fields()]  # (their annotations resolved)
        required = [f.name for f, _ in typed]
    else:
        typed = _typed_fields(tp)
        required = [f.alias or f.name for f, _ in typed if f.default is attrs.NOTHING]
    # a field is stored by the name it is given by (a result's ``said``, as ``reason``)
    # a versioned class's version, written by this custops (absent: an older document, 1)
    version = _TYPE_VERSIONS.get(f"{cls.__module__}.{cls.__qualname__}")
    head: dict[str, Any] = {}
    if version is not None:
        head[_VERSION_KEY] = {"type": "integer", "minimum": 1, "maximum": version}
    fields = {f.alias or f.name: _schema_of(t, defs) for f, t in typed}
    schema = _closed({**head, **fields}, required)
    for name, instance in _builtins():
        if type(instance) is cls:
            return {"anyOf": [_closed({"builtin": {"const": name}}, ["builtin"]), schema]}
    return schema
