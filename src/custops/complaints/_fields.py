"""Field converters and argument checks shared by the complaint and SLA modules (private)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from custops._enums import enum_field as enum_field  # the converter sla and model import here
from custops._validate import field_converter, require_items, require_str, require_type, type_name
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType
from custops.money import yuan

E = TypeVar("E", bound=LabelledEnum)
T = TypeVar("T")


def member(cls: type[E]) -> Callable[[str, Any], E]:
    """A check ``(argument, value)`` reading a member of ``cls``; the error names the argument."""
    return lambda argument, value: cls.parse(value, argument=argument)


def text(argument: str, value: Any) -> str:
    """An optional text (a note, a contact …): ``value`` as a stripped ``str``; empty,
    blank and ``None`` all mean "none given" and are stored as ``""``.

    >>> text("note", None), text("note", "   "), text("note", " 已取样 ")
    ('', '', '已取样')
    """
    if value is None:
        return ""
    return require_str(argument, value, nonempty=False).strip()


def nonempty(argument: str, value: Any) -> str:
    """A required text (content, a name …): ``value`` as a stripped ``str`` holding a
    non-blank character; ``None``, empty and blank are all refused."""
    return require_str(argument, value).strip()


def optional(check: Callable[[str, Any], T]) -> Callable[[str, Any], T | None]:
    """``check``, but ``None`` passes as ``None``."""
    return lambda argument, value: None if value is None else check(argument, value)


def money(argument: str, value: Any) -> Decimal:
    """``value`` as exact, non-negative yuan (floats refused)."""
    return yuan(value, argument=argument, non_negative=True)


#: The items of a collection (a lone ``str`` or ``bytes`` refused), each an instance of
#: ``holding`` if given: the shared check of :mod:`custops._validate`.
items = require_items


def mapping(argument: str, value: Any, what: str) -> Mapping[Any, Any]:
    """``value`` if it is a mapping; else :class:`InvalidType`: ``must {what}, not a <type>``."""
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(argument, value, f"must {what}, not a {type_name(value)}")
    return value


def typed(cls: type) -> Any:
    """An attrs validator: the field holds a ``cls`` (the error names the field)."""
    return lambda _instance, field, value: require_type(field.name, value, cls, f"a {cls.__name__}")


def utc(moment: _dt.datetime) -> _dt.datetime:
    """``moment`` in UTC, for comparing instants: aware datetimes in one zone compare by
    wall clock, which is wrong in the hour a daylight-saving zone repeats.  A moment at the
    edge of the datetime range is clamped to it."""
    try:
        return moment.astimezone(_dt.timezone.utc)
    except OverflowError:
        edge = _dt.datetime.max if moment.year > 1 else _dt.datetime.min
        return edge.replace(tzinfo=_dt.timezone.utc)


def by_name(found: Iterable[T], name: str, names: Callable[[T], str], problem: str) -> T:
    """The item of ``found`` called ``name``; else :class:`InvalidInput`: ``problem``, then
    the names (``none`` when there are none)."""
    listed = tuple(found)
    for item in listed:
        if names(item) == name:
            return item
    raise InvalidInput.for_argument(
        "name", name, problem + (", ".join(names(i) for i in listed) or "none")
    )


TEXT = field_converter(text)
NAME = field_converter(nonempty)
MONEY = field_converter(money)
