"""The one enumeration base of custops: a stable key, a Chinese label, any spelling parsed.

Every enumeration of the library derives from :class:`LabelledEnum` (or :class:`OrderedEnum`,
whose members rank in declaration order, lowest first); docs/enums.md describes the
behaviour.  A member is declared as ``NAME = ("key", "中文", "variant", ...)``.

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
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable
from typing import Any, TypeVar

from custops._enums import parse_member

__all__ = ["LabelledEnum", "OrderedEnum"]

E = TypeVar("E", bound="LabelledEnum")


class LabelledEnum(enum.Enum):
    """An enumeration whose members carry a stable key, a Chinese ``label`` and variants.

    ``value`` is the key (English ``snake_case``), ``label`` the Chinese label (also
    ``str(member)``), ``variants`` the other spellings :meth:`parse` accepts.
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

    # members are singletons compared by identity: hash them in C, not by their name in
    # Python (``Enum.__hash__``), which a classifier calls some fifty times a text
    __hash__ = object.__hash__


def _by_rank(compare: Callable[[int, int], bool]) -> Callable[[Any, Any], bool]:
    """An ordering method of :class:`OrderedEnum`: members of one enumeration by rank."""

    def method(self: Any, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented  # type: ignore[no-any-return]
        return compare(self.rank, other.rank)

    return method


class OrderedEnum(LabelledEnum):
    """A :class:`LabelledEnum` whose members are ordered as declared, lowest first.

    ``rank`` is the position (0 for the lowest); ``<``, ``<=``, ``>``, ``>=``, ``min`` and
    ``max`` compare members of the same enumeration by it.
    """

    @property
    def rank(self) -> int:
        """The member's position in the declaration order, 0 for the lowest."""
        return _ranks(type(self))[self]

    __lt__ = _by_rank(operator.lt)
    __le__ = _by_rank(operator.le)
    __gt__ = _by_rank(operator.gt)
    __ge__ = _by_rank(operator.ge)


_RANKS: dict[type[OrderedEnum], dict[Any, int]] = {}


def _ranks(cls: type[OrderedEnum]) -> dict[Any, int]:
    ranks = _RANKS.get(cls)
    if ranks is None:
        ranks = _RANKS[cls] = {m: i for i, m in enumerate(cls)}
    return ranks
