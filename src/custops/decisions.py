"""The one shape of a yes/no answer: :class:`Decision` (allowed, rule, reason).

Every check that answers *yes or no* returns a :class:`Decision` or a subclass that adds
fields: ``bool(decision)`` is ``allowed``, ``rule`` the rule ID that decided, ``reason``
one line with no rule ID inside it; ``str()`` and ``explain()`` word them in the active
language (:mod:`custops.i18n`), and ``require()`` returns the decision when it allows and
raises :class:`~custops.errors.Refused` when not.  Results with three or more outcomes
carry ``outcome``, ``rule`` and ``reason`` instead and share ``explain()`` through
:class:`Explained` (docs/decisions.md).

>>> no = Decision(False, "R-SEC-05", "阅读人未经持有人指定")
>>> bool(no), no.explain()
(False, '拒绝（R-SEC-05）：阅读人未经持有人指定')
>>> no.require()
Traceback (most recent call last):
...
custops.errors.Refused: 拒绝（R-SEC-05）：阅读人未经持有人指定
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from custops.errors import Refused
from custops.i18n import _, current_language, headline, verdict

__all__ = ["Decision", "Explained"]

D = TypeVar("D", bound="Decision")


class Explained:
    """Behaviour shared by every result: a one-line ``str()`` and a multi-line ``explain()``.

    A subclass has ``rule`` and ``reason`` fields (and usually ``outcome``) and may override
    :meth:`explain` to add lines.
    """

    __slots__ = ()

    rule: str
    reason: str

    def _verdict(self) -> str:
        outcome = getattr(self, "outcome", None)
        if outcome is None:
            return _("result")
        if current_language() == "en_US":
            return str(getattr(outcome, "value", outcome)).replace("_", " ")
        return str(getattr(outcome, "label", outcome))

    def __str__(self) -> str:
        return headline(self._verdict(), self.rule, self.reason)

    def explain(self) -> str:
        """The account of the answer, one or more lines; the first is ``str(self)``."""
        return str(self)


@attrs.frozen
class Decision(Explained):
    """A yes/no answer with the rule that gave it and a one-line reason.

    Subclass it (``@attrs.frozen class Qualification(Decision): ...``) to add fields.
    """

    allowed: bool
    rule: str
    reason: str

    def _verdict(self) -> str:
        return verdict(self.allowed)

    def __bool__(self) -> bool:
        return self.allowed

    def require(self: D) -> D:
        """This decision if it allows; else raise :class:`~custops.errors.Refused`."""
        if self.allowed:
            return self
        raise Refused(str(self), rule=self.rule, reason=self.reason, decision=self)
