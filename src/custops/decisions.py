"""The one shape of a yes/no answer: :class:`Decision` (allowed, rule, reason), whose
``require()`` raises :class:`~custops.errors.Refused` when it does not allow; results with
three or more outcomes share ``str()`` and ``explain()`` through :class:`Explained`, and
have no truth value: ``if result:`` raises :class:`~custops.errors.InvalidType` (test
``result.outcome``) instead of always meaning yes (docs/decisions.md).

>>> no = Decision(False, "R-SEC-05", "阅读人未经持有人指定")
>>> bool(no), no.explain()
(False, '拒绝（R-SEC-05）：阅读人未经持有人指定')
>>> no.require()
Traceback (most recent call last):
...
custops.errors.Refused: 拒绝（R-SEC-05）：阅读人未经持有人指定
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

import attrs

from custops._text import verdict_word
from custops.errors import InvalidType, Refused
from custops.i18n import _, headline, verdict

__all__ = ["Decision", "Explained"]

D = TypeVar("D", bound="Decision")


class Explained:
    """A one-line ``str()`` and a multi-line ``explain()`` for a result with ``rule`` and
    ``reason`` fields (and usually ``outcome``); a subclass may override :meth:`explain`."""

    __slots__ = ()

    rule: str
    reason: str

    def _verdict(self) -> str:
        outcome = getattr(self, "outcome", None)
        return _("result") if outcome is None else verdict_word(outcome)

    def __str__(self) -> str:
        return headline(self._verdict(), self.rule, self.reason)

    def explain(self) -> str:
        """The account of the answer, one or more lines; the first is ``str(self)``."""
        return str(self)

    def __bool__(self) -> bool:
        """Refused with :class:`~custops.errors.InvalidType`: a result that is not a yes/no
        :class:`Decision` has no truth value, as an array of several elements has none in
        numpy.  Without this, ``if inspection_status(...):`` would always be true.

        >>> import enum
        >>> class Light(enum.Enum):
        ...     RED, AMBER, GREEN = 1, 2, 3
        >>> class Signal(Explained):
        ...     outcome, rule, reason = Light.AMBER, "R-XX-01", "amber"
        >>> bool(Signal())
        Traceback (most recent call last):
        ...
        custops.errors.InvalidType: result: Signal has three ... (it is Light.AMBER)
        """
        name = type(self).__name__
        outcome = getattr(self, "outcome", None)
        if outcome is None:
            problem = "is not a yes/no answer, so it has no truth value; test its fields instead"
        else:
            shown = f"{type(outcome).__name__}.{getattr(outcome, 'name', outcome)}"
            problem = (
                "has three or more outcomes, so it has no truth value; test result.outcome "
                f"instead (it is {shown})"
            )
        problem = f"{name} {problem}"
        raise InvalidType(f"result: {problem}", argument="result", value=self, problem=problem)


@attrs.frozen
class Decision(Explained):
    """A yes/no answer with the rule that gave it and a one-line reason; subclass it
    (``@attrs.frozen class Qualification(Decision): ...``) to add fields."""

    allowed: bool
    rule: str
    reason: str

    #: What :meth:`require` raises: a subclass names a subclass of
    #: :class:`~custops.errors.Refused` (``AccessDecision``: ``AccessDenied``).
    _refusal: ClassVar[type[Refused]] = Refused

    def _verdict(self) -> str:
        return verdict(self.allowed)

    def __bool__(self) -> bool:
        return self.allowed

    def require(self: D) -> D:
        """This decision if it allows; else raise :class:`~custops.errors.Refused` (or the
        subclass of it the decision's class names)."""
        if self.allowed:
            return self
        raise self._refusal(str(self), rule=self.rule, reason=self.reason, decision=self)
