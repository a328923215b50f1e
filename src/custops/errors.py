"""Every error custops raises, and the one warning it emits (docs/errors.md has the table):
all derive from :class:`CustopsError` and from the built-in exception that fits
(``InvalidInput`` is a ``ValueError`` …); messages name the argument and show the value.

>>> from custops.money import yuan
>>> yuan(1.5)
Traceback (most recent call last):
...
custops.errors.InvalidType: value: money must be ... pass yuan('1.5') instead (got 1.5)
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "AccessDenied",
    "CalendarNotPublished",
    "CustopsError",
    "IllegalTransition",
    "InsufficientPoints",
    "InvalidInput",
    "InvalidType",
    "LevelRequired",
    "PolicyError",
    "ProvisionalCalendarWarning",
    "Refused",
]


class CustopsError(Exception):
    """Base class of every exception raised by custops: ``argument`` names the offending
    argument (or field), ``value`` holds the refused value, where there is one, and
    ``problem`` is the reason alone, without the argument or the value (a form shows it
    beside the field ``argument`` names; the message is ``"<argument>: <problem> (got
    <value!r>)"``).  ``argument`` is ``None`` only in a :class:`Refused`, a decision's *no*;
    every other class requires it and types it ``str`` (catch :class:`InvalidInput`,
    :class:`InvalidType`, … for a type checker to read it so).

    >>> error = InvalidInput.for_argument("paid", "abc", "is not an amount of money")
    >>> error.argument, error.value, error.problem
    ('paid', 'abc', 'is not an amount of money')
    """

    def __init__(
        self,
        message: str,
        *,
        argument: str | None = None,
        value: Any = None,
        problem: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.argument = argument
        self.value = value
        #: the reason alone; the whole message when no shorter one was given
        self.problem = message if problem is None else problem

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        """Rebuild the error as it is, keywords and all, in :mod:`pickle` and :mod:`copy`
        (an error raised in a ``ProcessPoolExecutor`` worker reaches the caller whole): the
        constructor is not called again, since most classes require keywords.

        >>> import pickle
        >>> error = InvalidInput.for_argument("paid", "abc", "is not an amount of money")
        >>> back = pickle.loads(pickle.dumps(error))
        >>> type(back).__name__, back.argument, back.value, str(back) == str(error)
        ('InvalidInput', 'paid', 'abc', True)
        """
        return (_rebuilt, (type(self), self.args), dict(self.__dict__))

    @classmethod
    def for_argument(cls, argument: str, value: Any, reason: str, **details: Any) -> CustopsError:
        """Build the error with the house style ``"<argument>: <reason> (got <value!r>)"``
        (``reason`` is its ``problem``); ``details`` are the class's own keywords (an
        ``IllegalTransition``'s ``state_name`` and ``event_name``)."""
        message = f"{argument}: {reason} (got {_shown(value)})"
        return cls(message, argument=argument, value=value, problem=reason, **details)


def _rebuilt(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    """An instance of ``cls`` with ``args`` but without calling its ``__init__``: pickle and
    copy then restore its attributes (see :meth:`CustopsError.__reduce__`)."""
    error = cls.__new__(cls, *args)
    BaseException.__init__(error, *args)
    return error


#: The longest ``repr`` a message quotes whole; a longer one (a policy with many rules, a
#: long text) keeps its head and its tail around "…", and the error's ``value`` the whole
_SHOWN = 300


def _shown(value: Any) -> str:
    """``repr(value)`` on one line, cut in the middle when longer than :data:`_SHOWN`
    characters.  A ``repr`` spread over lines (a pandas Series, a long numpy array) has
    each line break and the blanks around it read as one space: a message stays one line.

    >>> _shown("x" * 5)
    "'xxxxx'"
    >>> len(_shown("x" * 1000)) <= _SHOWN
    True
    >>> _shown("a" * 400)[-5:]
    "aaaa'"
    >>> class Column:
    ...     def __repr__(self): return "0    好\\n1    坏\\nLength: 2, dtype: object"
    >>> _shown(Column())
    '0    好 1    坏 Length: 2, dtype: object'
    """
    text = repr(value)
    if "\n" in text or "\r" in text:
        text = re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", text).strip()
    if len(text) <= _SHOWN:
        return text
    return f"{text[: _SHOWN - 61]} … {text[-58:]}"


class _ArgumentError(CustopsError):
    """An error that names the argument it refuses (every class here but :class:`Refused`):
    ``argument`` is a ``str``, required by the constructor."""

    argument: str

    def __init__(
        self, message: str, *, argument: str, value: Any = None, problem: str | None = None
    ) -> None:
        super().__init__(message, argument=argument, value=value, problem=problem)


class InvalidInput(_ArgumentError, ValueError):
    """A value of the right type that custops cannot accept."""


class InvalidType(_ArgumentError, TypeError):
    """A value of the wrong type, such as a ``float`` where money is expected."""


class LevelRequired(InvalidInput):
    """A kind of matter in the secrecy scope that has no default level (R-SEC-02): classify
    it explicitly (``classify_matter(..., level=Level.SECRET)``).  Also in ``custops.secrecy``."""


class PolicyError(_ArgumentError, ValueError):
    """A policy object whose fields contradict themselves (a rate above 1, shares not adding up)."""


class CalendarNotPublished(_ArgumentError, LookupError):
    """A strict calendar was asked about a year whose official arrangement is not in the data."""

    def __init__(
        self,
        message: str,
        *,
        year: int,
        country: str = "CN",
        argument: str = "year",
        value: Any = None,
        problem: str | None = None,
    ) -> None:
        shown = year if value is None else value
        super().__init__(message, argument=argument, value=shown, problem=problem)
        self.year = year
        self.country = country


class InsufficientPoints(_ArgumentError, ValueError):
    """A redemption asked for more points than the card's valid balance: ``argument`` is
    ``points`` and ``value`` the points requested; ``points_requested`` and
    ``points_available`` are the two counts of points."""

    def __init__(
        self,
        message: str,
        *,
        points_requested: int,
        points_available: int,
        argument: str = "points",
        value: Any = None,
        problem: str | None = None,
    ) -> None:
        shown = points_requested if value is None else value
        super().__init__(message, argument=argument, value=shown, problem=problem)
        self.points_requested = points_requested
        self.points_available = points_available


class IllegalTransition(_ArgumentError, ValueError):
    """An event the state machine does not allow in its current state (nothing was changed):
    ``argument`` is ``event`` and ``value`` the event refused, unless the refusal names the
    argument that makes the event impossible (``argument="ref"``, ``value`` its value).

    ``state_name`` and ``event_name`` are the state's and the event's stable English names,
    ``str`` whatever the machine (a case's ``Stage`` and ``CaseAction`` keys, ``"proposed"``
    and ``"approve"``; a clock's phase and ``EventKind`` key, ``"running"`` and
    ``"resume"``; a move-out's latest ``MoveOutStep`` key and the step's method,
    ``"settlement"`` and ``"add_arrears"``), ``None`` when not given."""

    def __init__(
        self,
        message: str,
        *,
        state_name: str | None = None,
        event_name: str | None = None,
        argument: str = "event",
        value: Any = None,
        problem: str | None = None,
    ) -> None:
        shown = event_name if argument == "event" and value is None else value
        super().__init__(message, argument=argument, value=shown, problem=problem)
        self.state_name = state_name
        self.event_name = event_name


class Refused(CustopsError, PermissionError):
    """Raised by ``Decision.require()`` when the decision does not allow: ``rule``, ``reason``
    and ``decision`` (the refusing decision itself, with all its fields)."""

    def __init__(self, message: str, *, rule: str, reason: str, decision: Any = None) -> None:
        super().__init__(message, problem=reason)
        self.rule = rule
        self.reason = reason
        self.decision = decision


class AccessDenied(Refused):
    """A secrecy decision (know, copy, lend) that refuses, raised by its ``require()``."""


class ProvisionalCalendarWarning(UserWarning):
    """Emitted once per calendar and year when a provisional (unpublished) year is used.

    ``year`` and ``country`` say which arrangement is missing (``None`` when not known).
    """

    def __init__(self, message: str, *, year: int | None = None, country: str | None = None):
        super().__init__(message)
        self.year = year
        self.country = country
