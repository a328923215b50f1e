"""The one implementation of label parsing (private; the base classes are in
:mod:`custops.enums`): :func:`fold` normalises a text for lookup, :func:`parse_member` finds
the member it names.  Two members answering to one folded name are a programming error,
raised when the enum's lookup table is first built.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from custops._validate import field_converter, require_items, type_name
from custops.errors import InvalidInput, InvalidType

__all__: list[str] = []  # private helpers; the public base classes live in custops.enums

E = TypeVar("E", bound=enum.Enum)

_IGNORED = str.maketrans("", "", " \t\n_-")


def fold(text: str) -> str:
    """The lookup form of a name or label: NFKC (full-width ``ＡＢＣ`` reads as ASCII),
    lower case, spaces, ``_`` and ``-`` ignored.

    >>> fold(" Top_Secret "), fold("ＴＯＰ－ＳＥＣＲＥＴ"), fold("绝密")
    ('topsecret', 'topsecret', '绝密')
    """
    return unicodedata.normalize("NFKC", text).strip().lower().translate(_IGNORED)


def names_of(member: enum.Enum) -> tuple[str, ...]:
    """Every name a member answers to: its name, its label and its string value(s)."""
    values = member.value if isinstance(member.value, tuple) else (member.value,)
    variants = getattr(member, "variants", ())
    names = (member.name, getattr(member, "label", None), *values, *variants)
    return tuple(name for name in names if isinstance(name, str))


@functools.cache
def _table(cls: type[enum.Enum], aliases: tuple[tuple[str, str], ...]) -> dict[str, enum.Enum]:
    table: dict[str, enum.Enum] = {}

    def add(key: str, member: enum.Enum) -> None:
        folded = fold(key)
        if not folded:
            return
        other = table.setdefault(folded, member)
        if other is not member:
            raise TypeError(f"{cls.__name__}: {key!r} names both {other.name} and {member.name}")

    for member in cls:
        for name in names_of(member):
            add(name, member)
    for alias, name in aliases:
        add(alias, cls[name])
    return table


def parse_member(
    cls: type[E], text: Any, *, argument: str, aliases: Mapping[str, str] | None = None
) -> E:
    """The member of ``cls`` that ``text`` names, or a clear error.

    ``text`` may be a member (returned as it is) or a ``str``: the member's English name,
    its label, a string value or variant, or a key of ``aliases`` (alias → member name).
    Raises :class:`~custops.errors.InvalidType` (not a str) or
    :class:`~custops.errors.InvalidInput` (no such member), naming ``argument``; the
    examples are :meth:`LabelledEnum.parse <custops.enums.LabelledEnum.parse>`'s.
    """
    if isinstance(text, cls):
        return text
    if not isinstance(text, str):
        raise InvalidType.for_argument(
            argument, text, f"must be a {cls.__name__} or a str, not a {type_name(text)}"
        )
    table = _table(cls, tuple(sorted(aliases.items())) if aliases else ())
    member = table.get(fold(text))
    if member is None:
        raise InvalidInput.for_argument(
            argument, text, f"is not a known {cls.__name__}; one of: {_choices(cls)}"
        )
    return member  # type: ignore[return-value]


def parse_members(cls: type[E], value: Any, *, argument: str) -> frozenset[E]:
    """A set of members of ``cls`` from any iterable of members or texts (not a lone str),
    each read by ``cls.parse`` (so the enum's own aliases apply); errors name ``argument``.

    >>> from custops.enums import LabelledEnum
    >>> class Colour(LabelledEnum):
    ...     RED = ("red", "红色")
    ...     BLUE = ("blue", "蓝色")
    >>> sorted(m.value for m in parse_members(Colour, ["红色", Colour.BLUE], argument="c"))
    ['blue', 'red']
    >>> parse_members(Colour, "红色", argument="colours")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: colours: must be a collection of Colour, not a str (got '红色')
    """
    items = require_items(argument, value, f"a collection of {cls.__name__}", enum.Enum)
    parse = getattr(cls, "parse", functools.partial(parse_member, cls))
    return frozenset(parse(v, argument=argument) for v in items)


def enum_field(cls: type[E]) -> Any:
    """An attrs converter reading a member of ``cls`` as ``cls.parse`` does (the error names
    the field); :func:`members_field` reads a set of them.

    >>> import attrs
    >>> from custops.complaints import Kind
    >>> @attrs.frozen
    ... class Contact:
    ...     kind: Kind = attrs.field(converter=enum_field(Kind))
    ...     also: frozenset[Kind] = attrs.field(default=(), converter=members_field(Kind))
    >>> Contact("投诉", ["建议"])
    Contact(kind=<Kind.COMPLAINT: 'complaint'>, also=frozenset({<Kind.SUGGESTION: 'suggestion'>}))
    """
    parse = getattr(cls, "parse", functools.partial(parse_member, cls))
    return field_converter(lambda name, value: parse(value, argument=name))


def members_field(cls: type[E]) -> Any:
    """An attrs converter reading a set of members of ``cls`` (:func:`parse_members`)."""
    return field_converter(lambda name, value: parse_members(cls, value, argument=name))


def _choices(members: Iterable[enum.Enum]) -> str:
    out = []
    for member in members:
        label = getattr(member, "label", None)
        key = member.value if isinstance(member.value, str) else member.name.lower()
        out.append(f"{key} ({label})" if isinstance(label, str) and label != key else key)
    return ", ".join(out)
