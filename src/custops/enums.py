"""The one enumeration base of custops (docs/enums.md): a stable key, a Chinese label, English
words, the display text of the active language, any spelling parsed.  A member is declared as
``NAME = ("key", "中文", "variant", ...)``; :func:`in_english` words the members whose key does
not read as English by itself."""

from __future__ import annotations

import enum
import functools
import operator
import re
from collections.abc import Callable
from typing import Any, TypeVar

from custops._enums import lookup_table, parse_member
from custops._text import english
from custops._validate import require_type
from custops.errors import InvalidInput
from custops.i18n import CJK_RUN, language

__all__ = ["LabelledEnum", "OrderedEnum", "in_english"]

E = TypeVar("E", bound="LabelledEnum")
T = TypeVar("T", bound=type["LabelledEnum"])

#: A member's key: lower-case English words joined by ``_`` (``dark_blue``, ``round_05up``).
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


class LabelledEnum(enum.Enum):
    """An enumeration whose ``value`` is a stable English ``snake_case`` key, ``label`` (also
    ``str(member)``) the Chinese label, ``english_words`` its English words, ``words`` the
    one of the two the active language shows, ``variants`` the other spellings :meth:`parse`
    reads, ``position`` its place in the declaration order, :meth:`choices` the (key, words)
    pairs of a form or a Django field.

    >>> class Colour(LabelledEnum):
    ...     RED = ("red", "红色", "红")
    ...     DARK_BLUE = ("dark_blue", "深蓝色")
    >>> Colour.parse("红"), Colour.parse("Dark Blue"), str(Colour.RED)
    (<Colour.RED: 'red'>, <Colour.DARK_BLUE: 'dark_blue'>, '红色')
    >>> Colour.DARK_BLUE.position, Colour.DARK_BLUE.english_words, Colour.DARK_BLUE.words
    (1, 'dark blue', '深蓝色')
    >>> Colour.choices(), Colour.choices(code="en_US")
    ((('red', '红色'), ('dark_blue', '深蓝色')), (('red', 'red'), ('dark_blue', 'dark blue')))
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
        """The member named by ``text`` (a member, or its key, English name, English words,
        Chinese label or a variant, in British or US spelling); else
        :class:`~custops.errors.InvalidType` (not a ``str``) or
        :class:`~custops.errors.InvalidInput` (no such member), naming ``argument``."""
        return parse_member(cls, text, argument=argument)

    @classmethod
    def choices(cls, *, code: str = "zh_CN") -> tuple[tuple[str, str], ...]:
        """``(value, words)`` for every member, in declaration order (Django ``choices``): the
        stored key and the member as the language ``code`` shows it (:attr:`words`), by
        default the Chinese :attr:`label` whatever language is active, so that a model field
        or a migration never depends on the language of the process that imported it;
        ``code="en_US"`` gives the :attr:`english_words` (an English admin or form), and
        ``code`` is read as :func:`~custops.i18n.language` reads it (``en-SG``, ``zh-hans``;
        :func:`~custops.i18n.current_language` for the request's own language)."""
        with language(code):
            return tuple((m.value, m.words) for m in cls)

    @property
    def english_words(self) -> str:
        """How English names the member, in every language: the words :func:`in_english`
        gave it, else its key in words (``not_yet_valid`` → ``not yet valid``)."""
        return _ENGLISH.get(self) or self._value_.replace("_", " ")

    @property
    def words(self) -> str:
        """The member as the active language shows it (docs/i18n.md): its Chinese
        :attr:`label` in ``zh_CN``, its :attr:`english_words` in ``en_US`` — the text for a
        user interface's drop-down or a table's cell; ``value`` stays the key to store."""
        return self.english_words if english() else self.label

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


#: The English words :func:`in_english` gave members whose key does not read as English.
_ENGLISH: dict[Any, str] = {}


def in_english(**words: str) -> Callable[[T], T]:
    """A class decorator giving members of a :class:`LabelledEnum` their English words where
    the key in words does not read right (an abbreviation, two things joined), by member name;
    a name that is no member, words that are empty or hold Chinese, or words that another
    member answers to (:meth:`LabelledEnum.parse` reads them), are refused when the class is
    defined.

    >>> @in_english(HQ_GM="HQ general manager")
    ... class Post(LabelledEnum):
    ...     STAFF = ("staff", "员工")
    ...     HQ_GM = ("hq_gm", "总公司总经理")
    >>> [p.english_words for p in Post]
    ['staff', 'HQ general manager']
    """

    def declare(cls: T) -> T:
        for name, text in words.items():
            if name not in cls.__members__:
                problem = f"is not a member of {cls.__name__}"
                raise InvalidInput.for_argument("words", name, problem)
            text = require_type(name, text, str, "a str")
            if not text.strip() or CJK_RUN.search(text):
                raise InvalidInput.for_argument(name, text, "must be English words")
            _ENGLISH[cls.__members__[name]] = text
        lookup_table(cls)  # parse() reads the words: two members answering to one are refused
        return cls

    return declare


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
