"""Rule-based classification of a contact's text, with the evidence for every answer.

:func:`classify` reads Chinese (and plain English) text and returns a
:class:`Classification`: the kind (R-CMP-01), the category (R-CMP-02, R-CMP-03), the
suggested department, the severity hints (R-CMP-07), a confidence, and the evidence:
which rule fired, on which words or patterns, at which positions of the *original*
text.  Rules are data (:class:`Rule`, :class:`RuleSet`): an ordered, user-extensible
list of keywords and regular expressions with weights and negations, in the manner of
Zendesk triggers and ServiceNow assignment rules.  A company adds its own vocabulary
with :meth:`RuleSet.extended` without touching code.

How it works:

1. The text is normalised character by character: NFKC (full-width → half-width),
   English lower-cased, spaces dropped, line breaks turned into a clause break (``。``).
   Every normalised character remembers its position in the original text.
2. Each rule's keywords and patterns are searched in the normalised text.  A match is
   *suppressed* when one of the rule's negation cues stands within ``window``
   characters before it (or one of its ``negations_after`` after it) in the same
   clause: ``不是质量问题``, ``质量没问题``; or when it lies inside a match of a rule
   that ``overrides`` it (``积分会过期`` is about points, not spoiled goods).
3. A rule *fires* when it has at least one match that is not suppressed; it adds its
   weight once to its kind, its category, or both.  Topic rules (a category, no kind)
   say what the text is about; problem rules (a category and ``Kind.COMPLAINT``) say
   something went wrong; cue rules (a kind only) say how it is asked.
4. The kind and the category are those with the highest score; ties go to the kind
   listed first in ``RuleSet.kind_tie_order`` (consultation before complaint, so a
   question wins unless complaint signals are *stronger*) and to the category with
   more problem evidence, then to the one whose first fired rule comes first in the
   rule set.  A wish or proposal about a problem (``希望瓶盖能改成好拧一点的``) is a
   suggestion unless complaint cues (anger, demand, loss) are stronger than the
   suggestion cues: the problem words are then its subject, not complaint votes
   (``RuleSet.wish_frames_problems``).  Likewise return words inside a question
   (``请问退货需要什么手续？``) are its subject, not a demand (``Rule.question_frames``),
   unless another complaint vote fires.  A suggestion's category is
   ``PROPOSAL_CRITICISM`` (D1 第一条 5); its subject is kept in ``topic``.
5. When no rule fires the result says so: ``matched`` is false, the kind is the rule
   set's ``default_kind`` (complaint: it is the safe way to handle an unknown contact),
   the category ``OTHER``, the confidence 0 and the reason ``no rule matched``.

Confidence is a float in [0, 1], rounded to two places and computed from integer scores
only (so it is deterministic): ``top / (top + runner_up) × min(1, top / saturation)``,
the smaller of the kind's and the category's.

>>> r = classify("酒里有很多沉淀，我要退货！")
>>> r.kind.value, r.category.value, r.department.value
('complaint', 'return_exchange', 'quality')
>>> r.category_rule
'rx.demand'
>>> [(e.rule, e.start, e.end, e.text) for e in r.evidence][:2]
[('rx.sediment', 5, 7, '沉淀'), ('rx.demand', 8, 12, '我要退货')]
>>> classify("请问你们周末几点关门？").kind
<Kind.CONSULTATION: 'consultation'>
>>> classify("ｘｙｚ").reason
'no rule matched: kind complaint by default, category other'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import attrs

from custops._validate import require_int, require_str, type_name
from custops.complaints.model import Category, Department, Kind, Signal, to_enum
from custops.errors import InvalidInput, InvalidType, PolicyError

__all__ = [
    "Classification",
    "Evidence",
    "Rule",
    "RuleSet",
    "classify",
    "find_matches",
    "normalise",
]

#: Characters that end a clause: a negation never reaches across them.
CLAUSE_BREAKS = frozenset("。,.!?;:…")
#: Characters that end a sentence: a question frame reaches back to its start (请问，…).
SENTENCE_BREAKS = frozenset("。.!?;…")
_RULE_ID = re.compile(r"[A-Za-z0-9_.\-]{1,64}")


def normalise(text: str) -> tuple[str, tuple[int, ...]]:
    """The matching form of ``text`` and, per character, its index in ``text``.

    Each character is NFKC-normalised on its own (full-width letters, digits and
    punctuation become half-width), lower-cased, and dropped when it is a space;
    a line break becomes ``。`` (a clause break).

    >>> normalise("Ｔａｓｔｅ 不 好！")
    ('taste不好!', (0, 1, 2, 3, 4, 6, 8, 9))
    """
    require_str("text", text, nonempty=False)
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        if ch in "\n\r":
            out.append("。")
            where.append(index)
            continue
        for piece in unicodedata.normalize("NFKC", ch).lower():
            if piece.isspace():
                continue
            out.append(piece)
            where.append(index)
    return "".join(out), tuple(where)


def _norm_term(term: str) -> str:
    return normalise(term)[0]


_META = frozenset("\\.^$*+?{}[]()|")
_DIGITS = frozenset("0123456789")
_MIN_REPEAT = re.compile(r"\{(\d*)")


def _char_class(body: str) -> frozenset[str] | None:
    r"""The characters of a simple class body (``二三2-9``); ``None`` if not simple."""
    if not body or body.startswith("^") or "\\" in body:
        return None
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            chars.add(body[i])
            i += 1
    return frozenset(chars)


def _first_chars(pattern: str) -> frozenset[str] | None:
    r"""The characters one of which every match of ``pattern`` starts with, if plain to see.

    Recognises a pattern that starts (after lookarounds) with a literal character, an
    escaped one (``\?``), ``\d``, a simple class (``[二三2-9]``) or a group of literal
    alternatives (``(退|换货)``), none of them optional; ``None`` otherwise.  Used only to
    skip a rule's regular expression on texts that hold none of these characters, so
    ``None`` (no shortcut) is always safe.

    >>> sorted(_first_chars(r"(?<!管)(退|换货)\S{0,2}款"))
    ['换', '退']
    >>> sorted(_first_chars(r"[二三]次")), sorted(_first_chars(r"\?{2,}"))
    (['三', '二'], ['?'])
    >>> _first_chars(r"\S+吗") is None, _first_chars(r"(一)?次") is None
    (True, True)
    """
    p = pattern
    while p.startswith(("(?<!", "(?<=", "(?!", "(?=")):
        head = 4 if p.startswith("(?<") else 3
        close = p.find(")")
        if close == -1 or "(" in p[head:close]:
            return None
        p = p[close + 1 :]
    first: frozenset[str] | None
    if p.startswith("(") and not p.startswith("(?"):
        close = p.find(")")
        body = p[1:close] if close != -1 else "("
        if any(ch in _META for ch in body.replace("|", "")):
            return None
        alternatives = body.split("|")
        if not all(alternatives):
            return None
        first, rest = frozenset(alt[0] for alt in alternatives), p[close + 1 :]
    elif p.startswith("["):
        close = p.find("]", 1)
        first = _char_class(p[1:close]) if close != -1 else None
        rest = p[close + 1 :]
    elif p.startswith("\\") and len(p) > 1 and p[1] in _META | {"d"}:
        first, rest = (_DIGITS if p[1] == "d" else frozenset(p[1])), p[2:]
    elif p and p[0] not in _META:
        first, rest = frozenset(p[0]), p[1:]
    else:
        return None
    if first is None or (rest and rest[0] in "?*"):
        return None
    repeat = _MIN_REPEAT.match(rest)
    if repeat and int(repeat.group(1) or "0") < 1:
        return None
    return first


def _strings(argument: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a tuple of str, not a {type_name(value)}"
        )
    items = tuple(value)
    for i, item in enumerate(items):
        require_str(f"{argument}[{i}]", item)
    return items


def _kind(value: Any) -> Kind | None:
    return None if value is None else to_enum(Kind, "kind", value)


def _category(value: Any) -> Category | None:
    return None if value is None else to_enum(Category, "category", value)


def _signal(value: Any) -> Signal | None:
    return None if value is None else to_enum(Signal, "signal", value)


def _terms(value: Any) -> tuple[str, ...]:
    return _strings("terms", value)


def _patterns(value: Any) -> tuple[str, ...]:
    return _strings("patterns", value)


def _negations(value: Any) -> tuple[str, ...]:
    return _strings("negations", value)


def _negations_after(value: Any) -> tuple[str, ...]:
    return _strings("negations_after", value)


def _not_negations(value: Any) -> tuple[str, ...]:
    return _strings("not_negations", value)


def _question_frames(value: Any) -> tuple[str, ...]:
    return _strings("question_frames", value)


def _overrides(value: Any) -> tuple[str, ...]:
    return _strings("overrides", value)


def _compile(argument: str, patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    for i, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InvalidInput.for_argument(
                f"{argument}[{i}]", pattern, f"is not a valid regular expression: {exc}"
            ) from None
    body = "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(patterns))
    return re.compile(body) if body else None


def _question_scope(text: str, start: int, end: int) -> str:
    """Where a question frame of ``text[start:end]`` may stand (``text`` normalised):
    from the start of its sentence to the end of its clause, closing mark included.

    An opening ``请问，`` or ``想咨询一下，`` frames what follows it; a question in a later
    clause (``我要退货，你们什么时候来取？``) does not take back a demand already made.

    >>> _question_scope("好的。想咨询一下,退货要带发票吗?谢谢", 9, 11)
    '想咨询一下,退货要带发票吗?'
    >>> _question_scope("我要退货,什么时候来取?", 2, 4)
    '我要退货,'
    """
    low = start
    while low > 0 and text[low - 1] not in SENTENCE_BREAKS:
        low -= 1
    high = end
    while high < len(text) and text[high] not in CLAUSE_BREAKS:
        high += 1
    return text[low : high + 1]


@attrs.frozen(cache_hash=True)
class Rule:
    """One classification rule: what it votes for, what it looks for, what cancels it.

    ``id`` names the rule in every piece of evidence.  ``kind``, ``category`` and
    ``signal`` say what it votes for (at least one); ``terms`` are literal keywords,
    ``patterns`` regular expressions, both matched against the normalised text (so
    write them half-width, lower case, without spaces).  ``weight`` (≥ 1) is added once
    when the rule fires.  ``negations`` are cues that suppress a match when they stand
    within ``window`` characters before it in the same clause; ``negations_after`` the
    same, after it; ``not_negations`` are look-alikes that are no negation (``是不是``,
    ``有没有``).  ``problem`` says that the rule's complaint vote describes *what is
    wrong* (沉淀, 排队, 瓶盖) rather than the customer's anger or demand (投诉, 凭什么,
    我要退货): a wish or proposal about a problem is a suggestion (see
    :class:`RuleSet`), so a problem vote does not count against a suggestion cue.  By
    default a rule is a problem rule when it votes for a complaint *and* a category.

    ``question_frames`` are regular expressions of a question (请问, 多久, …吗): when each
    match of the rule has one of them in its clause or earlier in its sentence, the rule
    is what is *asked about*: its complaint vote is set aside and its category vote
    kept, unless some other complaint vote fires (anger, a demand outside the question,
    a problem such as 沉淀).  R-CMP-01: ``请问退货需要什么手续？`` is a consultation about
    returns, not a demand.
    ``overrides`` names rules whose matches inside a match of this rule do not count:
    a more specific reading of the same words (``积分会过期`` is about points, so the
    product-defect reading of its ``过期`` is suppressed, ``negated_by`` the overriding
    words).

    >>> rule = Rule("acme.battery", category="产品质量", kind="投诉",
    ...             terms=("电池鼓包", "续航"), negations=("没有",))
    >>> rule.category, rule.weight, rule.problem
    (<Category.PRODUCT_QUALITY: 'product_quality'>, 1, True)
    >>> Rule("acme.demand", category="退换货", kind="投诉", terms=("包退",), problem=False).problem
    False
    >>> from custops.complaints.rules_data import DEFAULT_RULES
    >>> asked = Rule("acme.demand", category="退换货", kind="投诉", terms=("包退",),
    ...              question_frames=("请问", "吗$"))
    >>> classify("请问包退吗", rules=DEFAULT_RULES.extended(asked)).kind.label
    '咨询'
    >>> classify("必须包退", rules=DEFAULT_RULES.extended(asked)).kind.label
    '投诉'
    >>> Rule("x", category="other", patterns=("(",))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: patterns[0]: is not a valid regular expression: ... (got '(')
    """

    id: str = attrs.field()
    kind: Kind | None = attrs.field(default=None, converter=_kind)
    category: Category | None = attrs.field(default=None, converter=_category)
    signal: Signal | None = attrs.field(default=None, converter=_signal)
    terms: tuple[str, ...] = attrs.field(default=(), converter=_terms)
    patterns: tuple[str, ...] = attrs.field(default=(), converter=_patterns)
    weight: int = attrs.field(default=1)
    negations: tuple[str, ...] = attrs.field(default=(), converter=_negations)
    negations_after: tuple[str, ...] = attrs.field(default=(), converter=_negations_after)
    window: int = attrs.field(default=4)
    note: str = attrs.field(default="")
    not_negations: tuple[str, ...] = attrs.field(
        default=("是不是", "有没有", "不是吗", "无论", "没想到", "不知道"), converter=_not_negations
    )
    problem: bool = attrs.field(
        default=attrs.Factory(
            lambda self: self.kind is Kind.COMPLAINT and self.category is not None, takes_self=True
        )
    )
    question_frames: tuple[str, ...] = attrs.field(default=(), converter=_question_frames)
    overrides: tuple[str, ...] = attrs.field(default=(), converter=_overrides)
    _regex: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _literals: tuple[tuple[str, str], ...] = attrs.field(init=False, eq=False, repr=False)
    _cues_before: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _cues_after: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _exceptions: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _gate: frozenset[str] | None = attrs.field(init=False, eq=False, repr=False)
    _frames: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)

    @id.validator
    def _check_id(self, _: Any, value: Any) -> None:
        require_str("id", value)
        if not _RULE_ID.fullmatch(value):
            raise InvalidInput.for_argument(
                "id", value, "must be 1-64 ASCII letters, digits, '_', '.' or '-'"
            )

    @weight.validator
    def _check_weight(self, _: Any, value: Any) -> None:
        require_int("weight", value, minimum=1)

    @window.validator
    def _check_window(self, _: Any, value: Any) -> None:
        require_int("window", value, minimum=0)

    @note.validator
    def _check_note(self, _: Any, value: Any) -> None:
        require_str("note", value, nonempty=False)

    @problem.validator
    def _check_problem(self, _: Any, value: Any) -> None:
        if not isinstance(value, bool):
            raise InvalidType.for_argument("problem", value, "must be a bool")

    @overrides.validator
    def _check_overrides(self, _: Any, value: tuple[str, ...]) -> None:
        for i, rule_id in enumerate(value):
            if not _RULE_ID.fullmatch(rule_id):
                raise InvalidInput.for_argument(
                    f"overrides[{i}]", rule_id, "must be a rule ID (1-64 ASCII letters, ...)"
                )

    def __attrs_post_init__(self) -> None:
        if self.kind is None and self.category is None and self.signal is None:
            raise InvalidInput.for_argument(
                "id", self.id, "a rule must vote for a kind, a category or a signal"
            )
        if not self.terms and not self.patterns:
            raise InvalidInput.for_argument("id", self.id, "a rule needs terms or patterns")
        object.__setattr__(self, "_regex", _compile("patterns", self.patterns))
        object.__setattr__(self, "_frames", _compile("question_frames", self.question_frames))
        gates = [_first_chars(p) for p in self.patterns]
        gate = None if None in gates else frozenset().union(*(g for g in gates if g))
        object.__setattr__(self, "_gate", gate)
        literals = {(_norm_term(t), t) for t in self.terms}
        object.__setattr__(self, "_literals", tuple(sorted(lit for lit in literals if lit[0])))
        cues_before = tuple(c for c in map(_norm_term, self.negations) if c)
        cues_after = tuple(c for c in map(_norm_term, self.negations_after) if c)
        object.__setattr__(self, "_cues_before", cues_before)
        object.__setattr__(self, "_cues_after", cues_after)
        exceptions = tuple(c for c in map(_norm_term, self.not_negations) if c)
        object.__setattr__(self, "_exceptions", exceptions)

    def matches(self, normalised: str) -> tuple[tuple[int, int, str, str], ...]:
        """``(start, end, source, negated_by)`` for each match in ``normalised`` text.

        Matches of one rule never overlap: the leftmost wins, then the longest, then the
        first pattern, then the first term in sorted order.
        """
        require_str("normalised", normalised, nonempty=False)
        return _Index.of((self,)).scan(normalised).get(0, ())

    def _pattern_matches(
        self, normalised: str, chars: frozenset[str] | None = None
    ) -> list[tuple[int, int, int, str]]:
        if self._regex is None:
            return []
        if chars is not None and self._gate is not None and self._gate.isdisjoint(chars):
            return []  # no match can start here: none of its first characters is in the text
        found = []
        for m in self._regex.finditer(normalised):
            start, end = m.span()
            if start < end:
                index = int((m.lastgroup or "a0")[1:])
                found.append((start, end, index, self.patterns[index]))
        return found

    def _negation(self, text: str, start: int, end: int) -> str:
        if self._cues_before:
            low = start
            while low > 0 and start - low < self.window and text[low - 1] not in CLAUSE_BREAKS:
                low -= 1
            before = self._blank_exceptions(text, low, start)
            for cue in self._cues_before:
                if cue in before:
                    return cue
        if self._cues_after:
            high = end
            while high < len(text) and high - end < self.window and text[high] not in CLAUSE_BREAKS:
                high += 1
            after = self._blank_exceptions(text, end, high)
            for cue in self._cues_after:
                if cue in after:
                    return cue
        return ""

    def _blank_exceptions(self, text: str, low: int, high: int) -> str:
        """``text[low:high]``, with look-alikes of a negation (是不是, 有没有) blanked out.

        An exception is looked for a little beyond the window, so one that the window
        cuts in half (``是|不是``) is still recognised.
        """
        if not self._exceptions:
            return text[low:high]
        margin = max(len(e) for e in self._exceptions)
        lo, hi = max(0, low - margin), min(len(text), high + margin)
        chars = list(text[lo:hi])
        for exception in self._exceptions:
            at = text.find(exception, lo, hi)
            while at != -1:
                for i in range(at, at + len(exception)):
                    chars[i - lo] = "\x00"
                at = text.find(exception, at + 1, hi)
        return "".join(chars[low - lo : high - lo])


@attrs.frozen
class Evidence:
    """One match of one rule: where (original positions ``[start, end)``), what, why.

    ``source`` is the keyword or pattern of the rule that matched; ``negated_by`` is
    the negation cue (or the words of an overriding rule's match) that suppressed the
    match, or ``""`` if it counted.  ``kind`` is ``None`` for a match only asked about
    (see ``Rule.question_frames``).
    """

    rule: str
    start: int
    end: int
    text: str
    source: str
    weight: int
    kind: Kind | None = None
    category: Category | None = None
    signal: Signal | None = None
    negated_by: str = ""

    def __str__(self) -> str:
        votes = [t.label for t in (self.kind, self.category, self.signal) if t is not None]
        where = f"[{self.start}:{self.end}] {self.text!r}"
        tail = f" negated by {self.negated_by!r}" if self.negated_by else f" +{self.weight}"
        return f"{self.rule} {where} → {'/'.join(votes)}{tail}"


def _rules(value: Any) -> tuple[Rule, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "rules", value, f"must be a sequence of Rule, not a {type_name(value)}"
        )
    rules = tuple(value)
    for i, rule in enumerate(rules):
        if not isinstance(rule, Rule):
            raise InvalidType.for_argument(
                f"rules[{i}]", rule, f"must be a Rule, not a {type_name(rule)}"
            )
    return rules


def _departments(value: Any) -> tuple[tuple[Category, Department], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidType.for_argument(
            "departments", value, f"must map Category → Department, not a {type_name(value)}"
        )
    pairs = []
    for item in items:
        if isinstance(item, (str, bytes)) or not isinstance(item, Sequence) or len(item) != 2:
            raise InvalidType.for_argument(
                "departments", item, "must map Category → Department (pairs of two)"
            )
        category, department = item
        pairs.append(
            (
                Category.parse(category, argument="departments"),
                Department.parse(department, argument="departments"),
            )
        )
    return tuple(sorted(pairs, key=lambda p: list(Category).index(p[0])))


def _default_kind(value: Any) -> Kind:
    return to_enum(Kind, "default_kind", value)


def _suggestion_category(value: Any) -> Category | None:
    return None if value is None else to_enum(Category, "suggestion_category", value)


def _kinds(value: Any) -> tuple[Kind, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "kind_tie_order", value, f"must be a sequence of Kind, not a {type_name(value)}"
        )
    return tuple(Kind.parse(k, argument="kind_tie_order") for k in value)


@attrs.frozen
class RuleSet:
    """An ordered rule set and what it decides when rules do not (R-CMP-02, R-CMP-03).

    ``rules`` in priority order (between categories of equal score, the one with more
    problem evidence wins, then the one whose first fired rule comes first);
    ``departments`` maps every category to the department suggested for it (D1 第三条,
    D10 二 3); ``default_kind`` is the kind of a text no rule recognises;
    ``kind_tie_order`` breaks a tie between kinds; ``suggestion_category`` is the
    category of a suggestion (``None`` keeps its topic); ``saturation`` the score
    at which confidence stops growing.  With ``wish_frames_problems`` (the default) a
    wish or proposal about a problem is a suggestion unless the complaint cues (anger,
    demand, loss: the complaint votes of rules that are not ``problem`` rules) are
    stronger than the suggestion cues: the problem words are then the suggestion's
    subject and their complaint votes are set aside (``希望瓶盖能改成好拧一点的``).  With
    ``wish_frames_problems=False`` every complaint vote counts against the suggestion.
    Rule IDs must be unique and every category must have a department, else
    :class:`~custops.errors.PolicyError`.

    >>> from custops.complaints.rules_data import DEFAULT_RULES
    >>> mine = DEFAULT_RULES.extended(
    ...     Rule("acme.screen", category="产品质量", kind="投诉", terms=("烧屏",), weight=3))
    >>> classify("手机屏幕烧屏了", rules=mine).category_rule
    'acme.screen'
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    departments: tuple[tuple[Category, Department], ...] = attrs.field(converter=_departments)
    default_kind: Kind = attrs.field(default=Kind.COMPLAINT, converter=_default_kind)
    kind_tie_order: tuple[Kind, ...] = attrs.field(
        default=(Kind.CONSULTATION, Kind.SUGGESTION, Kind.COMPLAINT), converter=_kinds
    )
    suggestion_category: Category | None = attrs.field(
        default=Category.PROPOSAL_CRITICISM, converter=_suggestion_category
    )
    saturation: int = attrs.field(default=4)
    wish_frames_problems: bool = attrs.field(default=True)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise PolicyError.for_argument("rules", rule.id, "rule IDs must be unique")
            seen.add(rule.id)
        mapped = [c for c, _ in self.departments]
        if len(set(mapped)) != len(mapped):
            raise PolicyError.for_argument("departments", mapped, "a category is mapped twice")
        missing = [c.value for c in Category if c not in mapped]
        if missing:
            raise PolicyError.for_argument(
                "departments", missing, "every category needs a department; missing"
            )
        if sorted(self.kind_tie_order, key=list(Kind).index) != list(Kind):
            raise PolicyError.for_argument(
                "kind_tie_order", self.kind_tie_order, "must list each Kind exactly once"
            )
        if isinstance(self.saturation, bool) or not isinstance(self.saturation, int):
            raise InvalidType.for_argument("saturation", self.saturation, "must be an int")
        if self.saturation < 1:
            raise PolicyError.for_argument("saturation", self.saturation, "must be at least 1")
        if not isinstance(self.wish_frames_problems, bool):
            raise InvalidType.for_argument(
                "wish_frames_problems", self.wish_frames_problems, "must be a bool"
            )

    def department_for(self, category: Category) -> Department:
        """The department suggested for ``category``.

        >>> from custops.complaints.rules_data import DEFAULT_RULES
        >>> DEFAULT_RULES.department_for(Category.SERVICE_QUALITY).label
        '营销办'
        """
        category = Category.parse(category, argument="category")
        return dict(self.departments)[category]

    def extended(self, *rules: Rule, first: bool = False) -> RuleSet:
        """A copy with ``rules`` added at the end (or at the front with ``first=True``)."""
        new = _rules(rules)
        return attrs.evolve(self, rules=(new + self.rules) if first else (self.rules + new))

    def without(self, *ids: str) -> RuleSet:
        """A copy without the rules named ``ids`` (an unknown ID is an error)."""
        known = {r.id for r in self.rules}
        for rule_id in ids:
            require_str("ids", rule_id)
            if rule_id not in known:
                raise InvalidInput.for_argument("ids", rule_id, "is not a rule of this set")
        return attrs.evolve(self, rules=tuple(r for r in self.rules if r.id not in ids))

    def with_departments(self, departments: Mapping[Any, Any]) -> RuleSet:
        """A copy where the categories in ``departments`` go to the departments given."""
        current = dict(self.departments)
        current.update(dict(_departments(departments)))
        return attrs.evolve(self, departments=current)


@attrs.frozen
class Classification:
    """What :func:`classify` found and why.

    ``kind``, ``category`` (and ``topic``, the best-scoring subject even for a
    suggestion), ``department``; ``kind_rule`` and ``category_rule`` name the
    strongest rule behind each (``"default"`` when none); ``evidence`` the matches that
    counted, in text order; ``suppressed`` those a negation cancelled; ``signals`` the
    severity hints (R-CMP-07); the scores; the confidences and a one-line ``reason``.
    """

    text: str
    kind: Kind
    category: Category
    topic: Category | None
    department: Department
    kind_rule: str
    category_rule: str
    confidence: float
    kind_confidence: float
    category_confidence: float
    matched: bool
    evidence: tuple[Evidence, ...]
    suppressed: tuple[Evidence, ...]
    kind_scores: tuple[tuple[Kind, int], ...]
    category_scores: tuple[tuple[Category, int], ...]
    reason: str

    @property
    def signals(self) -> frozenset[Signal]:
        """The severity hints found in the text (see :func:`assess_severity`)."""
        return frozenset(e.signal for e in self.evidence if e.signal is not None)

    @property
    def fired(self) -> tuple[str, ...]:
        """The IDs of the rules that fired, in rule-set order of first match."""
        return tuple(dict.fromkeys(e.rule for e in self.evidence))

    def explain(self) -> str:
        """A multi-line, human-readable account: the decision, then every match.

        >>> print(classify("不是质量问题，是服务员态度太差").explain())
        投诉 / 服务质量 → 营销办 (confidence 1.0)
        reason: kind complaint by rule kind.complaint (score 7 vs 0); category service_quality ...
          sq.staff [8:11] '服务员' → 服务质量 +1
          sq.attitude [11:13] '态度' → 投诉/服务质量 +3
          kind.complaint [13:15] '太差' → 投诉 +4
          suppressed: pq.defect [2:6] '质量问题' → 投诉/产品质量 negated by '不是'
          suppressed: pq.topic [2:4] '质量' → 产品质量 negated by '不是'
        """
        lines = [
            f"{self.kind.label} / {self.category.label} → {self.department.label}"
            f" (confidence {self.confidence})",
            f"reason: {self.reason}",
        ]
        lines.extend(f"  {e}" for e in self.evidence)
        lines.extend(f"  suppressed: {e}" for e in self.suppressed)
        return "\n".join(lines)


class _Index:
    """All literal terms of a tuple of rules, indexed by their first two characters.

    Scanning a text visits each position once and tries only the terms that start with
    the one or two characters there, so the cost grows with the text, not with the
    vocabulary.
    """

    _cache: ClassVar[dict[tuple[Rule, ...], _Index]] = {}

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        single: dict[str, list[tuple[int, int, str]]] = {}
        double: dict[str, dict[str, list[tuple[str, int, int, str]]]] = {}
        for r, rule in enumerate(rules):
            for order, (term, source) in enumerate(rule._literals):
                at = len(rule.patterns) + order
                if len(term) == 1:
                    single.setdefault(term, []).append((r, at, source))
                else:
                    by_second = double.setdefault(term[0], {})
                    by_second.setdefault(term[1], []).append((term, r, at, source))
        #: first character → (one-character terms, second character → longer terms)
        self.first: dict[
            str,
            tuple[
                tuple[tuple[int, int, str], ...], dict[str, tuple[tuple[str, int, int, str], ...]]
            ],
        ] = {
            ch: (
                tuple(single.get(ch, ())),
                {c2: tuple(e) for c2, e in double.get(ch, {}).items()},
            )
            for ch in single.keys() | double.keys()
        }
        self.with_patterns = tuple(r for r, rule in enumerate(rules) if rule._regex is not None)
        where: dict[str, list[int]] = {}
        for r, rule in enumerate(rules):
            where.setdefault(rule.id, []).append(r)
        overriders: dict[int, list[int]] = {}
        for r, rule in enumerate(rules):
            for target in rule.overrides:
                for t in where.get(target, ()):
                    overriders.setdefault(t, []).append(r)
        #: rule position → positions of the rules that override it (unknown IDs are ignored)
        self.overriders = {t: tuple(rs) for t, rs in overriders.items()}

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _Index:
        index = cls._cache.get(rules)
        if index is None:
            if len(cls._cache) >= 64:
                cls._cache.clear()
            index = cls._cache[rules] = cls(rules)
        return index

    def scan(self, text: str) -> dict[int, tuple[tuple[int, int, str, str], ...]]:
        """Rule position → its non-overlapping ``(start, end, source, negated_by)``."""
        raw: dict[int, list[tuple[int, int, int, str]]] = {}
        first = self.first
        last = len(text) - 1
        for i, ch in enumerate(text):
            entries = first.get(ch)
            if entries is None:
                continue
            singles, by_second = entries
            for r, order, source in singles:
                raw.setdefault(r, []).append((i, i + 1, order, source))
            if i < last:
                for term, r, order, source in by_second.get(text[i + 1], ()):
                    if len(term) == 2 or text.startswith(term, i):
                        raw.setdefault(r, []).append((i, i + len(term), order, source))
        chars = frozenset(text)
        for r in self.with_patterns:
            found = self.rules[r]._pattern_matches(text, chars)
            if found:
                raw.setdefault(r, []).extend(found)
        out: dict[int, tuple[tuple[int, int, str, str], ...]] = {}
        for r, found in raw.items():
            rule = self.rules[r]
            found.sort(key=lambda m: (m[0], m[0] - m[1], m[2]))
            kept: list[tuple[int, int, str, str]] = []
            end_of_last = -1
            for start, end, _, source in found:
                if start >= end_of_last:
                    kept.append((start, end, source, rule._negation(text, start, end)))
                    end_of_last = end
            out[r] = tuple(kept)
        for r, by in self.overriders.items():
            if r in out:
                spans = [(s, e) for o in by for s, e, _, neg in out.get(o, ()) if not neg]
                if spans:
                    out[r] = tuple(
                        (s, e, source, neg or _covered(text, s, e, spans))
                        for s, e, source, neg in out[r]
                    )
        return out


def _covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of the first span that covers ``[start, end)``, or ``""``."""
    for low, high in spans:
        if low <= start and end <= high:
            return text[low:high]
    return ""


def find_matches(
    text: str, rules: Iterable[Rule]
) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...]]:
    """All matches of ``rules`` in ``text``: ``(counted, suppressed)``, each in text order.

    >>> from custops.complaints.rules_data import DEFAULT_RULES
    >>> counted, suppressed = find_matches("没有人受伤", DEFAULT_RULES.rules)
    >>> [e.rule for e in counted], [(e.rule, e.negated_by) for e in suppressed]
    ([], [('sig.safety', '没有')])
    """
    require_str("text", text, nonempty=False)
    counted, suppressed, _ = _find(text, _rules(rules))
    return counted, suppressed


def _find(
    text: str, rule_tuple: tuple[Rule, ...]
) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...], frozenset[str]]:
    """Counted and suppressed evidence, and the IDs of the rules only *asked about*.

    A rule is asked about when it has question frames and each of its counted matches
    stands in a sentence one of them matches.
    """
    normalised, where = normalise(text)
    counted: list[tuple[int, int, Evidence]] = []
    suppressed: list[tuple[int, int, Evidence]] = []
    asked: set[str] = set()
    scanned = _Index.of(rule_tuple).scan(normalised)
    for order in sorted(scanned):
        rule = rule_tuple[order]
        frames = rule._frames
        if frames is not None:
            found = [(s, e) for s, e, _, neg in scanned[order] if not neg]
            if found and all(frames.search(_question_scope(normalised, s, e)) for s, e in found):
                asked.add(rule.id)
        for start, end, source, negated_by in scanned[order]:
            o_start, o_end = where[start], where[end - 1] + 1
            evidence = Evidence(
                rule=rule.id,
                start=o_start,
                end=o_end,
                text=text[o_start:o_end],
                source=source,
                weight=rule.weight,
                kind=rule.kind,
                category=rule.category,
                signal=rule.signal,
                negated_by=negated_by,
            )
            (suppressed if negated_by else counted).append((o_start, order, evidence))
    counted.sort(key=lambda t: (t[0], t[1]))
    suppressed.sort(key=lambda t: (t[0], t[1]))
    return (
        tuple(e for _, _, e in counted),
        tuple(e for _, _, e in suppressed),
        frozenset(asked),
    )


def _confidence(top: int, runner_up: int, saturation: int) -> float:
    if top <= 0:
        return 0.0
    # top/(top+runner_up) × min(1, top/saturation) as one exact integer ratio; int / int
    # is correctly rounded, so this is the float of the exact fraction (deterministic).
    return round(top * min(top, saturation) / ((top + runner_up) * saturation), 2)


def classify(text: str, *, rules: RuleSet | None = None) -> Classification:
    """Classify ``text`` by the rule set ``rules`` (default: the built-in Chinese rules).

    Deterministic and total: any string gets an answer; a text no rule recognises
    gets ``matched=False``, category ``OTHER`` and confidence 0 (R-CMP-01, R-CMP-02,
    R-CMP-03; severity hints for R-CMP-07).

    >>> r = classify("建议礼盒包装做得简单一点")
    >>> r.kind.label, r.category.label, r.topic.label, r.kind_rule
    ('建议', '建议批评', '产品质量', 'kind.suggestion')
    >>> classify("保养完机油灯又亮了，第三次了，我已经打了12315").signals == {
    ...     Signal.REPEAT, Signal.REGULATOR}
    True
    >>> classify(42)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: text: must be a str, not a int (got 42)
    """
    require_str("text", text, nonempty=False)
    if rules is None:
        from custops.complaints.rules_data import DEFAULT_RULES

        rules = DEFAULT_RULES
    elif not isinstance(rules, RuleSet):
        raise InvalidType.for_argument(
            "rules", rules, f"must be a RuleSet, not a {type_name(rules)}"
        )
    order = {rule.id: i for i, rule in enumerate(rules.rules)}
    weights = {rule.id: rule.weight for rule in rules.rules}
    problems = {rule.id for rule in rules.rules if rule.problem}
    counted, suppressed, asked = _find(text, rules.rules)
    if asked and any(e.kind is Kind.COMPLAINT and e.rule not in asked for e in counted):
        asked = frozenset()  # another complaint signal (anger, a demand, a problem): no frame
    if asked:  # the subject of a question: its complaint vote is set aside (R-CMP-01)
        counted = tuple(attrs.evolve(e, kind=None) if e.rule in asked else e for e in counted)
    fired: dict[str, Evidence] = {}
    for e in counted:
        fired.setdefault(e.rule, e)
    kind_scores: dict[Kind, int] = {}
    kind_best: dict[Kind, str] = {}
    cue_score = 0  # complaint votes of rules that are not problem rules
    cue_best = ""
    category_scores: dict[Category, int] = {}
    category_first: dict[Category, int] = {}
    category_problem: dict[Category, int] = {}  # the part of the score from problem rules
    category_best: dict[Category, str] = {}
    for rule_id in sorted(fired, key=order.__getitem__):
        e = fired[rule_id]
        w = weights[rule_id]
        if e.kind is not None:
            kind_scores[e.kind] = kind_scores.get(e.kind, 0) + w
            best = kind_best.get(e.kind)
            if best is None or w > weights[best]:
                kind_best[e.kind] = rule_id
            if e.kind is Kind.COMPLAINT and rule_id not in problems:
                cue_score += w
                if not cue_best or w > weights[cue_best]:
                    cue_best = rule_id
        if e.category is not None:
            category_scores[e.category] = category_scores.get(e.category, 0) + w
            category_first.setdefault(e.category, order[rule_id])
            if rule_id in problems and rule_id not in asked:
                category_problem[e.category] = category_problem.get(e.category, 0) + w
            best = category_best.get(e.category)
            if best is None or w > weights[best]:
                category_best[e.category] = rule_id

    wish = kind_scores.get(Kind.SUGGESTION, 0)
    framed = (
        rules.wish_frames_problems
        and wish > 0
        and wish >= cue_score
        and kind_scores.get(Kind.COMPLAINT, 0) > cue_score
    )
    if framed:  # the problem words are what the suggestion is about
        if cue_score:
            kind_scores[Kind.COMPLAINT], kind_best[Kind.COMPLAINT] = cue_score, cue_best
        else:
            del kind_scores[Kind.COMPLAINT], kind_best[Kind.COMPLAINT]
    tie = {k: i for i, k in enumerate(rules.kind_tie_order)}
    kinds = sorted(kind_scores, key=lambda k: (-kind_scores[k], tie[k]))
    categories = sorted(
        category_scores,
        key=lambda c: (-category_scores[c], -category_problem.get(c, 0), category_first[c]),
    )
    matched = bool(counted)

    if kinds:
        kind = kinds[0]
        kind_rule = kind_best[kind]
        runner = kind_scores[kinds[1]] if len(kinds) > 1 else 0
        kind_conf = _confidence(kind_scores[kind], runner, rules.saturation)
    else:
        kind, kind_rule, kind_conf = rules.default_kind, "default", 0.0
    topic = categories[0] if categories else None
    if topic is not None:
        runner = category_scores[categories[1]] if len(categories) > 1 else 0
        category_conf = _confidence(category_scores[topic], runner, rules.saturation)
        category, category_rule = topic, category_best[topic]
    else:
        category, category_rule, category_conf = Category.OTHER, "default", 0.0
    if kind is Kind.SUGGESTION and rules.suggestion_category is not None and kinds:
        category, category_rule, category_conf = rules.suggestion_category, kind_rule, kind_conf

    kind_part = (
        f"kind {kind.value} by rule {kind_rule} (score {kind_scores[kind]} vs "
        f"{kind_scores[kinds[1]] if len(kinds) > 1 else 0})"
        if kinds
        else f"kind {kind.value} by default (no kind rule fired)"
    )
    if framed:
        kind_part += ", problem words taken as the subject of a wish"
    if asked:
        kind_part += f", {'/'.join(sorted(asked, key=order.__getitem__))} asked about, not demanded"
    if category_rule == "default":
        category_part = "category other by default (no category rule fired)"
    elif topic is not None and category is topic:
        category_part = (
            f"category {category.value} by rule {category_rule} (score {category_scores[topic]}"
            f" vs {category_scores[categories[1]] if len(categories) > 1 else 0})"
        )
    else:
        category_part = f"category {category.value} because it is a suggestion"
    if not matched:
        reason = f"no rule matched: kind {kind.value} by default, category other"
    else:
        reason = f"{kind_part}; {category_part}"
    return Classification(
        text=text,
        kind=kind,
        category=category,
        topic=topic,
        department=rules.department_for(category),
        kind_rule=kind_rule,
        category_rule=category_rule,
        confidence=min(kind_conf, category_conf),
        kind_confidence=kind_conf,
        category_confidence=category_conf,
        matched=matched,
        evidence=counted,
        suppressed=suppressed,
        kind_scores=tuple((k, kind_scores[k]) for k in Kind if k in kind_scores),
        category_scores=tuple((c, category_scores[c]) for c in Category if c in category_scores),
        reason=reason,
    )
