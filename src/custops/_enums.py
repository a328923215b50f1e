"""Enumerations with Chinese labels, parsed from either language (private).

The one implementation of label parsing (DESIGN principle 8): :func:`fold` normalises a
text for lookup, :func:`parse_member` finds the member it names, or names the argument and
lists the choices.  The public base classes live in :mod:`custops.enums`.  Each enum's
lookup table is built once; two members answering to one folded name are a programming
error, raised when it is built.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from custops._validate import type_name
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
    names = [member.name]
    label = getattr(member, "label", None)
    if isinstance(label, str):
        names.append(label)
    value = member.value
    if isinstance(value, str):
        names.append(value)
    elif isinstance(value, tuple):
        names.extend(v for v in value if isinstance(v, str))
    names.extend(getattr(member, "variants", ()))
    return tuple(names)


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
    :class:`~custops.errors.InvalidInput` (no such member), naming ``argument``.

    >>> from custops.enums import LabelledEnum
    >>> class Colour(LabelledEnum):
    ...     RED = ("red", "红色", "红")
    ...     BLUE = ("blue", "蓝色")
    >>> parse_member(Colour, "红", argument="colour"), parse_member(Colour, "BLUE", argument="c")
    (<Colour.RED: 'red'>, <Colour.BLUE: 'blue'>)
    >>> parse_member(Colour, "绿", argument="colour")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: colour: is not a known Colour; one of: red (红色), ... (got '绿')
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
    if isinstance(value, (str, enum.Enum)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a collection of {cls.__name__}, not a {type_name(value)}"
        )
    parse = getattr(cls, "parse", functools.partial(parse_member, cls))
    return frozenset(parse(v, argument=argument) for v in value)


def _choices(members: Iterable[enum.Enum]) -> str:
    out = []
    for member in members:
        label = getattr(member, "label", None)
        key = member.value if isinstance(member.value, str) else member.name.lower()
        out.append(f"{key} ({label})" if isinstance(label, str) and label != key else key)
    return ", ".join(out)
