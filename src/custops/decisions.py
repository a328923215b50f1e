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

import re
from collections.abc import Callable, Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

import attrs

from custops._text import colon, english, joined, quoted_list, verdict_word
from custops._validate import (
    field_converter,
    half_width,
    require_bool,
    require_known_rule,
    require_name,
    require_rule_id,
    rule_id_spans,
)
from custops.errors import InvalidInput, InvalidType, Refused
from custops.i18n import N_, Worded, _, headline, ngettext, verdict

__all__ = ["Decision", "Explained", "Fact", "Wording", "worded_reason"]

D = TypeVar("D", bound="Decision")
E = TypeVar("E", bound="Explained")


class Explained:
    """A one-line ``str()`` and a multi-line ``explain()`` for a result with ``rule`` and
    ``reason`` fields (and usually ``outcome``); a subclass may override :meth:`explain`."""

    __slots__ = ()

    rule: str
    reason: str
    _answer: ClassVar[str | None] = None

    def _verdict(self) -> str:
        outcome = getattr(self, "outcome", None)
        return _("result") if outcome is None else verdict_word(outcome)

    def __str__(self) -> str:
        return headline(self._verdict(), self.rule, self.reason)

    def explain(self) -> str:
        """The account of the answer, one or more lines; the first is ``str(self)``."""
        return str(self)

    def _answer_field(self) -> str | None:
        """The field a caller tests instead of a truth value, which a class of two named
        outcomes or of a non-answer names as ``_answer`` (``RouteDecision.route``,
        ``Deadline.due``); ``None`` for a result whose fields are all facts."""
        return self._answer

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
        field = self._answer_field()
        if outcome is None and field is not None:
            value = getattr(self, field)
            shown = f"{type(value).__name__}.{value.name}" if isinstance(value, Enum) else value
            problem = (
                f"is not a yes/no answer, so it has no truth value; test result.{field} "
                f"instead (it is {shown})"
            )
        elif outcome is None:
            problem = "is not a yes/no answer, so it has no truth value; test its fields instead"
        else:
            shown = f"{type(outcome).__name__}.{getattr(outcome, 'name', outcome)}"
            problem = (
                "has three or more outcomes, so it has no truth value; test result.outcome "
                f"instead (it is {shown})"
            )
        problem = f"{name} {problem}"
        raise InvalidType(f"result: {problem}", argument="result", value=self, problem=problem)


#: The rule IDs already found good (a library answers with a few, over and over): checked
#: once, then found here; emptied when full, so it stays small.
_GOOD_RULES: set[str] = set()
_GOOD_MAX = 1024


def _check_allowed(_decision: Any, field: attrs.Attribute[Any], value: Any) -> None:
    """``allowed`` is a ``bool`` (``"no"`` or ``None`` would read as a yes or fail open)."""
    if value is not True and value is not False:
        require_bool(field.name, value)


def _result_rule(argument: str, value: Any) -> str:
    """``rule`` is one rule ID (``R-SEC-05``, or a company's own), never a list of them, read
    as a target's ``rule`` is (the one check: :func:`~custops._validate.require_rule_id`):
    trimmed, as every id custops takes; one of the catalogue's form (``R-ABC-01``) is one of
    its IDs (:func:`~custops._validate.require_known_rule`)."""
    if type(value) is str and value in _GOOD_RULES:  # a str subclass may compare equal and
        return value  # behave otherwise; a list is not hashable
    rule = require_known_rule(argument, require_rule_id(argument, value, several=None))
    if len(_GOOD_RULES) >= _GOOD_MAX:
        _GOOD_RULES.clear()
    _GOOD_RULES.add(rule)
    return rule


def check_reason(decision: Any, field: attrs.Attribute[Any], value: Any) -> None:
    """The attrs validator of a result's ``reason`` (a :class:`Decision`'s, and that of a
    result built checked, such as ``moveout.Settlement``): one non-blank line (no line break
    nor control character: the check of a name; not made only of spaces and invisible format
    characters such as U+200B) with no rule ID inside it, in any width
    (:func:`~custops._validate.rule_id_spans`) — the catalogue's, or the result's own
    ``rule`` (a company's ``HR-07``): the ID is the result's ``rule``."""
    _check_reason_text(decision, field.name, value)


def _check_reason_text(decision: Any, name: str, value: Any) -> None:
    """:func:`check_reason`'s check, of the argument ``name``."""
    if not (type(value) is str and value.isprintable() and value and not value.isspace()):
        require_name(name, value)  # the common case above is one; else the full check
    own = decision.rule  # (validators run once every field is set)
    text = half_width(value)  # (Ｒ－ＶＩＰ－０１ and ＨＲ－０７ are IDs too)
    if rule_id_spans(value) or (
        own in text and re.search(rf"(?<![A-Za-z0-9]){re.escape(own)}(?![A-Za-z0-9])", text)
    ):
        raise InvalidInput.for_argument(
            name, value, "must not hold a rule ID; the rule ID is the result's rule"
        )


def _check_given_reason(decision: Any, _field: object, value: Any) -> None:
    """The attrs validator of a :class:`Decision`'s ``said`` (given as ``reason``): a
    :class:`Wording`, or a reason given as text, checked (:func:`check_reason`)."""
    if not isinstance(value, Wording):
        _check_reason_text(decision, "reason", value)


def _shown(cls: type) -> list[tuple[str, str, Any]]:
    """The fields ``repr()`` shows, as (name shown, attribute read, the attrs ``repr``):
    ``said`` as ``reason`` read; a field kept under another name than it is given by,
    whose name given by is the class's property (``said_steps`` kept for ``reasoning``),
    as the property reads it."""
    kept = _SHOWN.get(cls)
    if kept is None:
        kept = []
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
            if field.name == "said" and field.repr is not False:
                kept.append(("reason", "reason", True))
            elif field.repr is not False and field.name != "reason":
                name = field.alias or field.name
                worded = name != field.name and isinstance(getattr(cls, name, None), property)
                kept.append((name, name if worded else field.name, field.repr))
        _SHOWN[cls] = kept
    return kept


_SHOWN: dict[type, list[tuple[str, str, Any]]] = {}


def _decision_repr(self: Any) -> str:
    """``Class(field=value, ...)`` with the ``reason`` as read (worded in the active
    language when the result keeps facts)."""
    parts = [
        f"{name}={(shown if callable(shown) else repr)(getattr(self, read))}"
        for name, read, shown in _shown(type(self))
    ]
    return f"{type(self).__name__}({', '.join(parts)})"


def _given_reason(value: str | Wording) -> str:
    """A type checker's reading of a :class:`Decision`'s ``reason``: given as text or a
    :class:`Wording`, read as text (kept as given in ``said``)."""
    return value if isinstance(value, str) else str(value)


#: The message of :func:`worded_colon`: its head and tail joined by the language's colon.
_COLON = "{head}: {tail}"
#: The message of :func:`worded_joined`: its parts one after the other.
_JOINED = "{head}{tail}"
#: The message of :func:`worded_clauses`: parts of one sentence, joined.
_CLAUSES = "{parts}"
#: The message of :func:`worded_term`: a term written in each language as given.
_TERM = "{chinese}|{english}"
#: The message of :func:`worded_quoted`: words quoted, as a list.
_QUOTED = "{quoted}"


def _field_pairs(value: Iterable[tuple[str, object]]) -> tuple[tuple[str, Any], ...]:
    pairs = tuple((str(key), item) for key, item in value)
    return tuple(sorted(pairs, key=lambda pair: pair[0]))


@attrs.frozen
class Wording(Worded):
    """A sentence kept as its message and the facts it names, worded when read: ``str()``
    is the sentence in the language active then.  A result keeps one instead of the
    sentence (:func:`kept_wording`; made with :func:`W_` and :func:`Wn_`), so that it
    reads in the reader's language and is the same value whichever language it was made
    in.  ``message`` is an English source
    sentence of the catalogues (marked with :func:`~custops.i18n.N_`); ``fields`` are the
    facts it names, filled in as :func:`~custops.i18n._` fills them (another
    :class:`Wording` is put in as it is worded); with ``plural`` and ``count``, a counted
    message (:func:`~custops.i18n.ngettext`).

    >>> from custops.i18n import language
    >>> from custops.secrecy import Level, MatterKind
    >>> said = W_("{kind} is {level} by default", kind=MatterKind.CONTRACT, level=Level.SECRET)
    >>> str(said), str(worded_colon(W_("result"), said))
    ('合同默认定为秘密', '结果：合同默认定为秘密')
    >>> with language("en_US"):
    ...     str(said), said == W_("{kind} is {level} by default",
    ...                           level=Level.SECRET, kind=MatterKind.CONTRACT)
    ('"合同" is secret (秘密) by default', True)
    """

    message: str
    fields: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_field_pairs)
    plural: str | None = attrs.field(default=None, kw_only=True)
    count: int | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        fields = dict(self.fields)
        if self.message == _CLAUSES and self.plural is None:
            return joined(map(str, fields["parts"]), strong=fields["strong"])
        if self.message == _QUOTED and self.plural is None:
            return quoted_list(fields["words"])
        if self.message == _TERM and self.plural is None:
            return str(fields["english" if english() else "chinese"])
        if self.message == _COLON and self.plural is None:
            return colon(str(fields["head"]), fields["tail"])
        if self.message == _JOINED and self.plural is None:
            return f"{fields['head']}{fields['tail']}"
        if self.plural is not None and self.count is not None:
            return ngettext(self.message, self.plural, self.count, **fields)
        return _(self.message, **fields) if fields else _(self.message)


#: The attrs converter of a result's ``rule``: one rule ID, trimmed (a :class:`Decision`'s,
#: and a result's that is built checked, such as ``moveout.Settlement``).
if TYPE_CHECKING:

    def RULE_ID(value: str) -> str: ...  # noqa: N802

else:
    RULE_ID = field_converter(_result_rule, takes="str")


@attrs.frozen
class Decision(Explained):
    """A yes/no answer with the rule that gave it and a one-line reason; subclass it
    (``@attrs.frozen class Qualification(Decision): ...``) to add fields.

    Checked when built, as every value the caller builds: ``allowed`` a ``bool``, ``rule``
    one rule ID (trimmed), ``reason`` one line with no rule ID inside it.

    >>> Decision("no", "R-SEC-05", "阅读人未经持有人指定")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: allowed: must be a bool, not a str (got 'no')
    >>> Decision(False, "R-SEC-05", "阅读人未经持有人指定（R-SEC-05）")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: reason: must not hold a rule ID; the rule ID is ... (got ...)
    """

    allowed: bool = attrs.field(validator=_check_allowed)
    rule: str = attrs.field(converter=RULE_ID)
    #: Given as text or a :class:`Wording`, and read as text (as a type checker reads it).
    reason: str = attrs.field(converter=_given_reason)
    if not TYPE_CHECKING:  # kept as given, in ``said``, and read from it as ``reason``
        del reason
        __annotations__.pop("reason")
        said: str | Wording = attrs.field(alias="reason", validator=_check_given_reason)
        __annotations__["said"] = str | Wording  # resolved here, not in a subclass's module

        @property
        def reason(self) -> str:
            """Why, one line: as given, or worded from the facts it keeps in the language
            active when read."""
            said = self.said
            if type(said) is str:
                return said
            text = str(said)
            _check_reason_text(self, "reason", text)
            return text

    #: What :meth:`require` raises: a subclass names a subclass of
    #: :class:`~custops.errors.Refused` (``AccessDecision``: ``AccessDenied``).
    _refusal: ClassVar[type[Refused]] = Refused

    #: The words that head ``str()``, the yes's then the no's, marked with
    #: :func:`~custops.i18n.N_` and worded in the active language when shown; ``None``:
    #: 允许/拒绝 (allowed/refused), the words of a permission.  A subclass answering a
    #: question of fact names its own (:class:`Fact`: 是/否, yes/no; a check of a reply:
    #: 合格/不合格, compliant/not compliant); the shape stays the same (``allowed``,
    #: ``bool()``, ``require()``).
    _verdict_words: ClassVar[tuple[str, str] | None] = None

    def __repr__(self) -> str:
        return _decision_repr(self)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A subclass keeps the decision's ``repr()`` (its ``reason`` as read), unless it
        writes its own; one that declares ``reason`` again and not ``said`` (a reason worded
        from its facts, :func:`worded_reason`) is given no reason: ``said`` is none of its
        arguments."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__
        if "reason" in own and "said" not in own and not isinstance(own["reason"], property):
            given = attrs.field(init=False, default="", eq=False, repr=False)
            setattr(cls, "said", given)  # noqa: B010
            notes = own.get("__annotations__")
            if isinstance(notes, dict):
                notes["said"] = str | Wording
        if "__repr__" not in own:
            setattr(cls, "__repr__", _decision_repr)  # noqa: B010  (attrs writes none then)

    def _verdict(self) -> str:
        if self._verdict_words is None:
            return verdict(self.allowed)
        return _(self._verdict_words[0 if self.allowed else 1])

    def __bool__(self) -> bool:
        return self.allowed

    def require(self: D) -> D:
        """This decision if it allows; else raise :class:`~custops.errors.Refused` (or the
        subclass of it the decision's class names)."""
        if self.allowed:
            return self
        raise self._refusal(str(self), rule=self.rule, reason=self.reason, decision=self)


@attrs.frozen
class Fact(Decision):
    """A :class:`Decision` that answers a question of fact (is it a birthday? was the
    notice given in time?), not a permission: the same shape (``allowed`` is the yes,
    ``bool()``, ``require()``), headed 是/否 (yes/no) instead of 允许/拒绝.

    >>> Fact(True, "R-VIP-07", "2026-03-02 是生日")
    Fact(allowed=True, rule='R-VIP-07', reason='2026-03-02 是生日')
    >>> str(Fact(True, "R-VIP-07", "2026-03-02 是生日"))
    '是（R-VIP-07）：2026-03-02 是生日'
    >>> bool(Fact(False, "R-VIP-07", "2026-03-01 不是生日"))
    False
    """

    _verdict_words = (N_("yes"), N_("no"))


def worded_reason(wording: Callable[[E], str]) -> Callable[[type[E]], type[E]]:
    """A class decorator, outside ``@attrs.frozen``: the :class:`Decision` subclass (or any
    :class:`Explained` result) keeps facts and its ``reason`` is ``wording(decision)``, worded
    when read in the language active then (a ``Qualification``, a ``CardCheck``, a
    ``CaseStatus``).  The subclass declares ``reason`` again as
    ``attrs.field(init=False, eq=False, repr=False, hash=False)``: no argument, never
    stored nor compared, so the same decision made in two languages is one value, and a
    pickled one keeps its facts only.  The text is checked as a given reason is (one line,
    no rule ID: :func:`check_reason`).

    >>> import attrs
    >>> def said(d):
    ...     return f"近半年积分 {d.points} 分"
    >>> @worded_reason(said)
    ... @attrs.frozen
    ... class Tier(Decision):
    ...     points: int
    ...     reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)
    >>> tier = Tier(True, "R-VIP-06", 30)
    >>> tier, tier.reason
    (Tier(allowed=True, rule='R-VIP-06', points=30), '近半年积分 30 分')
    """

    if not callable(wording):
        raise InvalidType.for_argument("wording", wording, "must be a function of the decision")

    def decorate(cls: type[E]) -> type[E]:
        field = attrs.fields_dict(cast("type[attrs.AttrsInstance]", cls)).get("reason")
        if field is None or field.init or field.eq or field.repr:
            problem = "must be declared again as attrs.field(init=False, eq=False, repr=False)"
            raise InvalidInput.for_argument("reason", cls, problem)
        kept: Callable[[E], dict[str, Any]] = getattr(cls, "__getstate__")  # noqa: B009  (attrs')

        def reason(self: E) -> str:
            text = wording(self)
            check_reason(self, field, text)
            return text

        def getstate(self: E) -> dict[str, Any]:
            state = kept(self)
            state.pop("reason", None)  # worded when read: never kept
            return state

        reason.__doc__ = "Why, one line worded from the facts in the active language."
        setattr(cls, "reason", property(reason))  # noqa: B010  (over the attrs field)
        setattr(cls, "__getstate__", getstate)  # noqa: B010
        return cls

    return decorate


def worded_colon(head: Wording | str, tail: Wording | str) -> Wording:
    """``head: tail`` with the colon of the language read in
    (:func:`~custops._text.colon`), worded when read."""
    return Wording(_COLON, (("head", head), ("tail", tail)))


def worded_joined(head: Wording | str, tail: Wording | str) -> Wording:
    """``head`` then ``tail``, each worded when read."""
    return Wording(_JOINED, (("head", head), ("tail", tail)))


def worded_clauses(parts: Iterable[Wording | str], *, strong: bool = False) -> Wording:
    """Parts of one sentence joined as the language read in writes them
    (:func:`~custops._text.joined`: ``，``/``, ``, or ``；``/``; `` when ``strong``)."""
    return Wording(_CLAUSES, (("parts", tuple(parts)), ("strong", strong)))


def worded_term(chinese: str, english_words: Wording | str) -> Wording:
    """A seed's term, written as given in each language: ``chinese`` in Chinese,
    ``english_words`` in English (the English words, the Chinese after them)."""
    return Wording(_TERM, (("chinese", chinese), ("english", english_words)))


def worded_quoted(words: Iterable[str]) -> Wording:
    """``words``, each quoted as the language read in quotes a word of the customer's, as a
    list (:func:`~custops._text.quoted_list`: ``「太慢」、「凉了」``, ``"太慢", "凉了"``)."""
    return Wording(_QUOTED, (("words", tuple(words)),))


def W_(message: str, /, **fields: Any) -> Wording:  # noqa: N802 — marked as N_ is
    """``message`` with its ``fields``, kept to be worded when read: a :class:`Wording`
    (``tools/i18n.py`` collects ``message`` as it collects the first argument of ``_``)."""
    return Wording(message, tuple(fields.items()))


def Wn_(singular: str, plural: str, count: int, /, **fields: Any) -> Wording:  # noqa: N802
    """A counted message kept to be worded when read (:func:`~custops.i18n.ngettext`'s
    arguments; ``tools/i18n.py`` collects it as it collects ``ngettext``'s)."""
    return Wording(singular, tuple(fields.items()), plural=plural, count=count)


def _said(result: Any) -> str:
    said = result.said
    return said if type(said) is str else str(said)


def check_said(result: Any, _field: object, value: Any) -> None:
    """The attrs validator of a result's ``said`` (:func:`kept_wording`): a
    :class:`Wording`, or a reason given as text, checked as a :class:`Decision`'s
    (:func:`check_reason`)."""
    if not isinstance(value, Wording):
        check_reason(result, attrs.fields_dict(type(result))["reason"], value)


def kept_wording(result_class: type[E]) -> type[E]:
    """A class decorator, outside ``@attrs.frozen``: the result keeps its reason as a
    :class:`Wording` in the field ``said``, given and stored as ``reason`` (declared
    ``said: str | Wording = attrs.field(alias="reason", validator=check_said)``), and its
    ``reason`` is worded from it when read (:func:`worded_reason`); a reason given as text
    (``AccessDecision(False, "R-SEC-04", "…")``) is kept as given, in the language it was
    written in.  Its ``repr()`` shows the ``reason`` as worded then, and so another worded
    field kept under another name than it is given by (a deadline's ``said_steps``, given
    as ``reasoning``, read through the property ``reasoning``).
    """
    cls = worded_reason(_said)(result_class)
    setattr(cls, "__repr__", _decision_repr)  # noqa: B010
    return cls
