"""The one enumeration base of custops: a stable key, a Chinese label, any spelling parsed.

Every enumeration of the library derives from :class:`LabelledEnum` (or its ordered
variant :class:`OrderedEnum`), so they all behave the same way:

- ``member.value`` is a stable English ``snake_case`` key — store it in a database,
  send it over JSON, use it in Django ``choices``;
- ``member.label`` is the Chinese label, and ``str(member)`` is that label;
- ``Enum.parse(text)`` reads the key, the English name, the label or a listed variant
  (NFKC-folded, case- and separator-insensitive) and names the argument when it fails;
- ``Enum.choices()`` lists ``(value, label)`` pairs, Django-style.

A member is declared as ``NAME = ("key", "中文", "variant", ...)``.

>>> class Colour(LabelledEnum):
...     RED = ("red", "红色", "红")
...     DARK_BLUE = ("dark_blue", "深蓝色")
>>> Colour.RED.value, Colour.RED.label, str(Colour.RED)
('red', '红色', '红色')
>>> Colour.parse("红"), Colour.parse("Dark Blue"), Colour.parse("DARK_BLUE")
(<Colour.RED: 'red'>, <Colour.DARK_BLUE: 'dark_blue'>, <Colour.DARK_BLUE: 'dark_blue'>)
>>> Colour.choices()
(('red', '红色'), ('dark_blue', '深蓝色'))
>>> Colour.parse("绿", argument="colour")
Traceback (most recent call last):
...
custops.errors.InvalidInput: colour: is not a known Colour; one of: red (红色), ... (got '绿')

An :class:`OrderedEnum` compares its members in the order they are declared, lowest
first:

>>> class Size(OrderedEnum):
...     SMALL = ("small", "小")
...     LARGE = ("large", "大")
>>> Size.SMALL < Size.LARGE, max(Size).label, Size.LARGE.rank
(True, '大', 1)
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from custops._enums import parse_member

__all__ = ["LabelledEnum", "OrderedEnum"]

E = TypeVar("E", bound="LabelledEnum")
O = TypeVar("O", bound="OrderedEnum")  # noqa: E741


class LabelledEnum(enum.Enum):
    """An enumeration whose members carry a stable key, a Chinese ``label`` and variants.

    A member is declared as ``NAME = ("key", "中文", "variant", ...)``: ``value`` is the
    key (English ``snake_case``), ``label`` the Chinese label, ``variants`` the other
    spellings :meth:`parse` accepts.  ``str(member)`` is the label.
    """

    _value_: str
    label: str
    variants: tuple[str, ...]

    def __new__(cls, value: str, label: str, *variants: str) -> LabelledEnum:
        member = object.__new__(cls)
        member._value_ = value
        member.label = label
        member.variants = variants
        return member

    @classmethod
    def parse(cls: type[E], text: Any, *, argument: str = "text") -> E:
        """The member named by ``text``: its key, English name, Chinese label or a variant.

        A member is returned as it is; anything else raises
        :class:`~custops.errors.InvalidType` (not a ``str``) or
        :class:`~custops.errors.InvalidInput` (no such member), naming ``argument``.
        """
        return parse_member(cls, text, argument=argument)

    @classmethod
    def choices(cls) -> tuple[tuple[str, str], ...]:
        """``(value, label)`` for every member, in declaration order (Django ``choices``)."""
        return tuple((m.value, m.label) for m in cls)

    def __str__(self) -> str:
        return self.label


class OrderedEnum(LabelledEnum):
    """A :class:`LabelledEnum` whose members are ordered as declared, lowest first.

    ``rank`` is the position (0 for the lowest); ``<``, ``<=``, ``>``, ``>=``, ``min`` and
    ``max`` compare members of the same enumeration by it.
    """

    @property
    def rank(self) -> int:
        """The member's position in the declaration order, 0 for the lowest."""
        return _ranks(type(self))[self]

    def __lt__(self: O, other: O) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self: O, other: O) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self: O, other: O) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self: O, other: O) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.rank >= other.rank

    def __hash__(self) -> int:
        return hash(self._name_)


_RANKS: dict[type[OrderedEnum], dict[Any, int]] = {}


def _ranks(cls: type[OrderedEnum]) -> dict[Any, int]:
    ranks = _RANKS.get(cls)
    if ranks is None:
        ranks = _RANKS[cls] = {m: i for i, m in enumerate(cls)}
    return ranks
