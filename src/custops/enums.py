"""The one enumeration base of custops (docs/enums.md): a stable key, a Chinese label, any
spelling parsed.  A member is declared as ``NAME = ("key", "中文", "variant", ...)``."""

from __future__ import annotations

import enum
import functools
import operator
import re
from collections.abc import Callable
from typing import Any, TypeVar

from custops._enums import parse_member
from custops._validate import require_type
from custops.errors import InvalidInput

__all__ = ["LabelledEnum", "OrderedEnum"]

E = TypeVar("E", bound="LabelledEnum")

#: A member's key: lower-case English words joined by ``_`` (``dark_blue``, ``round_05up``).
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


class LabelledEnum(enum.Enum):
    """An enumeration whose ``value`` is a stable English ``snake_case`` key, ``label`` (also
    ``str(member)``) the Chinese label, ``variants`` the other spellings :meth:`parse` reads,
    ``position`` its place in the declaration order.

    >>> class Colour(LabelledEnum):
    ...     RED = ("red", "红色", "红")
    ...     DARK_BLUE = ("dark_blue", "深蓝色")
    >>> Colour.parse("红"), Colour.parse("Dark Blue"), str(Colour.RED)
    (<Colour.RED: 'red'>, <Colour.DARK_BLUE: 'dark_blue'>, '红色')
    >>> Colour.DARK_BLUE.position
    1
    """

    _value_: str
    label: str
    variants: tuple[str, ...]

    def __new__(cls, value: str, label: str, *variants: str) -> LabelledEnum:
        # checked when the class is defined: the key goes to databases and Django choices
        if not _KEY.fullmatch(require_type("value", value, str, "a str")):
            problem = "must be a stable English snake_case key (a-z, 0-9, '_'), e.g. 'dark_blue'"
            raise InvalidInput.for_argument("value", value, problem)
        member = object.__new__(cls)
        member._value_ = value
        member.label = label
        member.variants = variants
        return member

    @classmethod
    def parse(cls: type[E], text: Any, *, argument: str = "text") -> E:
        """The member named by ``text`` (a member, or its key, English name, Chinese label or
        a variant); else :class:`~custops.errors.InvalidType` (not a ``str``) or
        :class:`~custops.errors.InvalidInput` (no such member), naming ``argument``."""
        return parse_member(cls, text, argument=argument)

    @classmethod
    def choices(cls) -> tuple[tuple[str, str], ...]:
        """``(value, label)`` for every member, in declaration order (Django ``choices``)."""
        return tuple((m.value, m.label) for m in cls)

    @property
    def position(self) -> int:
        """The member's place in the declaration order, 0 for the first (an item number of
        the seed is ``position + 1``)."""
        return _positions(type(self))[self]

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
    """A :class:`LabelledEnum` whose members of one enumeration compare (``<``, ``max`` …) by
    their ``rank``, the declaration order, lowest first."""

    @property
    def rank(self) -> int:
        """The member's :attr:`~LabelledEnum.position` read as its rank: 0 for the lowest."""
        return self.position

    __lt__ = _by_rank(operator.lt)
    __le__ = _by_rank(operator.le)
    __gt__ = _by_rank(operator.gt)
    __ge__ = _by_rank(operator.ge)


@functools.cache
def _positions(cls: type[LabelledEnum]) -> dict[Any, int]:
    """Each member's place in the declaration order (built once per enumeration)."""
    return {m: i for i, m in enumerate(cls)}
