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
   the category ``OTHER``, the confidence 0, and the reason says no rule recognised it.

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
>>> from custops.complaints.rules_data import DEFAULT_RULES
>>> rules_only = attrs.evolve(DEFAULT_RULES, learned=0, learned_category=0)
>>> classify("ｘｙｚ", policy=rules_only).reason
'投诉：没有规则识别出这段文字，按投诉稳妥处理；类别其他：未识别出具体对象'
>>> classify("服務態度很差").kind.label  # traditional characters are read as simplified
'投诉'
>>> classify("公交车上人太多").suppressed[0].negated_by  # 交车 is no car delivery here
'公交车'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import attrs

from custops._validate import require_int, require_str, type_name
from custops.complaints._hanzi import TABLE as _TABLE
from custops.complaints.model import Category, Department, Kind, Signal
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import N_, _, current_language

__all__ = [
    "Classification",
    "Evidence",
    "Issue",
    "Rule",
    "RuleSet",
    "classify",
    "classify_many",
    "find_matches",
    "normalise",
]

#: Characters that end a clause: a negation never reaches across them.
CLAUSE_BREAKS = frozenset("。,.!?;:…")
#: Characters that end a sentence: a question frame reaches back to its start (请问，…).
SENTENCE_BREAKS = frozenset("。.!?;…")
_SIMPLIFIED = {chr(k): v for k, v in _TABLE.items()}
#: One character for one: full-width ASCII, capitals and traditional characters.
_FAST: dict[int, str] = {
    **{c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)},
    **{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    **_TABLE,
}
_SPACE = re.compile(r"\s")
#: Memo of the matching form of each character met (NFKC, lower case, simplified).
_PIECES: dict[str, str] = {}
#: True only while the built-in rule set is built (see :func:`_trusted_data`).
_TRUSTED = False
_RULE_ID = re.compile(r"[A-Za-z0-9_.\-]{1,64}")


def normalise(text: str) -> tuple[str, tuple[int, ...]]:
    """The matching form of ``text`` and, per character, its index in ``text``.

    Each character is NFKC-normalised on its own (full-width letters, digits and
    punctuation become half-width), lower-cased, made simplified when it is a
    traditional Chinese character the built-in table knows (:mod:`._hanzi`), and
    dropped when it is a space; a line break becomes ``。`` (a clause break).

    >>> normalise("Ｔａｓｔｅ 不好！")
    ('taste不好!', (0, 1, 2, 3, 4, 6, 7, 8))
    >>> normalise("物流快 东西不错")[0]  # a space between Chinese words separates clauses
    '物流快,东西不错'
    >>> normalise("服務態度")[0]
    '服务态度'
    """
    require_str("text", text, nonempty=False)
    fast = text.translate(_FAST)
    if fast == fast.lower() and unicodedata.is_normalized("NFKC", fast):
        # the common case: one character for one; only the spaces need a look
        if _SPACE.search(fast) is None:
            return fast, tuple(range(len(text)))
        return _spaced(text, fast)
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        if ch in "\n\r":
            out.append("。")
            where.append(index)
            continue
        if ch < "\x80":
            if not ch.isspace():
                out.append(ch.lower())
                where.append(index)
            elif (
                out and out[-1] > "\u2e7f" and index + 1 < len(text) and text[index + 1] > "\u2e7f"
            ):
                out.append(",")  # a space between two Chinese characters separates clauses
                where.append(index)
            continue
        pieces = _PIECES.get(ch)
        if pieces is None:
            if len(_PIECES) > 65_536:
                _PIECES.clear()
            pieces = _PIECES[ch] = "".join(
                _SIMPLIFIED.get(p, p)
                for p in unicodedata.normalize("NFKC", ch).lower()
                if not p.isspace()
            )
        if len(pieces) == 1:
            out.append(pieces)
            where.append(index)
        else:
            out.extend(pieces)
            where.extend([index] * len(pieces))
    return "".join(out), tuple(where)


class _trusted_data:  # noqa: N801 (a context manager used like a function)
    """Build rules whose patterns are compiled on first use, not at construction.

    Only for the built-in rule set, whose every pattern the test suite compiles
    (``tests/test_complaints_classifier.py``); importing the package then compiles
    nothing.  A user's rules are always checked when they are built.
    """

    def __enter__(self) -> None:
        global _TRUSTED
        _TRUSTED = True

    def __exit__(self, *_: object) -> None:
        global _TRUSTED
        _TRUSTED = False


def _spaced(text: str, fast: str) -> tuple[str, tuple[int, ...]]:
    """:func:`normalise` of a text whose characters all map one for one, spaces apart."""
    out: list[str] = []
    where: list[int] = []
    last = ""  # the last character written
    pos = 0
    for m in _SPACE.finditer(fast):
        at = m.start()
        if at > pos:
            out.append(fast[pos:at])
            where.extend(range(pos, at))
            last = fast[at - 1]
        ch = text[at]
        if ch in "\n\r":
            out.append("。")
            where.append(at)
            last = "。"
        elif ch < "\x80" and last > "\u2e7f" and at + 1 < len(text) and text[at + 1] > "\u2e7f":
            out.append(",")
            where.append(at)
            last = ","
        pos = at + 1
    out.append(fast[pos:])
    where.extend(range(pos, len(text)))
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
    if _TRUSTED and type(value) is tuple:
        return value  # built-in data (see _trusted_data): checked by the test suite
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a tuple of str, not a {type_name(value)}"
        )
    items = tuple(value)
    for i, item in enumerate(items):
        require_str(f"{argument}[{i}]", item)
    return items


def _kind(value: Any) -> Kind | None:
    return None if value is None else Kind.parse(value, argument="kind")


def _negated_kind(value: Any) -> Kind | None:
    return None if value is None else Kind.parse(value, argument="negated_kind")


def _category(value: Any) -> Category | None:
    return None if value is None else Category.parse(value, argument="category")


def _signal(value: Any) -> Signal | None:
    return None if value is None else Signal.parse(value, argument="signal")


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

    ``negated_kind`` turns a negated match into a vote for that kind instead of
    suppressing it: a praise word under a negation is a complaint (``不怎么好吃``,
    ``不新鲜``, ``一点也不满意``); the evidence records the cue in ``flipped_by``.

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
    >>> classify("请问包退吗", policy=DEFAULT_RULES.extended(asked)).kind.label
    '咨询'
    >>> classify("必须包退", policy=DEFAULT_RULES.extended(asked)).kind.label
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
    negated_kind: Kind | None = attrs.field(default=None, converter=_negated_kind)
    _regex: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _each: tuple[re.Pattern[str], ...] = attrs.field(init=False, eq=False, repr=False)
    _literals: tuple[tuple[str, str], ...] = attrs.field(init=False, eq=False, repr=False)
    _cues_before: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _cues_after: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _exceptions: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _gate: frozenset[str] | None = attrs.field(init=False, eq=False, repr=False)
    _frames: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _ready: bool = attrs.field(init=False, eq=False, repr=False)

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
        object.__setattr__(self, "_ready", False)
        if not _TRUSTED:  # built-in data is checked by the test suite, prepared on first use
            self._prepare()

    def _prepare(self) -> None:
        """Compile the patterns, normalise the terms and cues (once, before matching)."""
        object.__setattr__(self, "_regex", _compile("patterns", self.patterns))
        object.__setattr__(self, "_frames", _compile("question_frames", self.question_frames))
        object.__setattr__(self, "_each", tuple(map(re.compile, self.patterns)))
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
        object.__setattr__(self, "_ready", True)

    def matches(self, normalised: str) -> tuple[tuple[int, int, str, str], ...]:
        """``(start, end, source, negated_by)`` for each match in ``normalised`` text.

        Matches of one rule never overlap: the leftmost wins, then the longest, then the
        first pattern, then the first term in sorted order.
        """
        require_str("normalised", normalised, nonempty=False)
        found = _Index.of((self,)).scan(normalised).get(0, ())
        return tuple((s, e, source, neg or flip) for s, e, source, neg, flip in found)

    def _pattern_matches(
        self, normalised: str, chars: frozenset[str] | None = None
    ) -> list[tuple[int, int, int, str]]:
        if not self._ready:
            self._prepare()
        if self._regex is None:
            return []
        if chars is not None and self._gate is not None and self._gate.isdisjoint(chars):
            return []  # no match can start here: none of its first characters is in the text
        found = []
        for index, each in enumerate(self._each):  # one pattern at a time: each keeps
            for m in each.finditer(normalised):  # its literal-prefix search, fast in C
                start, end = m.span()
                if start < end:
                    found.append((start, end, index, self.patterns[index]))
        return found

    def _frame_regex(self) -> re.Pattern[str] | None:
        if not self._ready:
            self._prepare()
        return self._frames

    def _negation(self, text: str, start: int, end: int) -> str:
        if self._cues_before:
            low = start
            while low > 0 and start - low < self.window and text[low - 1] not in CLAUSE_BREAKS:
                low -= 1
            before = text[low:start]
            if any(cue in before for cue in self._cues_before):
                before = self._blank_exceptions(text, low, start)
                for cue in self._cues_before:
                    if cue in before:
                        return cue
        if self._cues_after:
            high = end
            while high < len(text) and high - end < self.window and text[high] not in CLAUSE_BREAKS:
                high += 1
            after = text[end:high]
            if any(cue in after for cue in self._cues_after):
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
    (see ``Rule.question_frames``).  ``flipped_by`` is the negation cue that turned a
    match of a rule with ``negated_kind`` into a vote for that kind (``不`` in
    ``不新鲜``); ``weight`` is the rule's weight, doubled when the match stands after a
    contrast (``…，但是…``; then ``stressed`` is true).
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
    flipped_by: str = ""
    stressed: bool = False

    def __str__(self) -> str:
        """One evidence line of :meth:`Classification.explain`, in the active language."""
        votes = tuple(t for t in (self.kind, self.category, self.signal) if t is not None)
        fields = {
            "rule": _rule_name(self.rule),
            "start": self.start,
            "end": self.end,
            "words": _quoted((self.text,)),
            "votes": votes,
        }
        if self.negated_by:
            cue = _quoted((self.negated_by,))
            return _(
                "{rule} [{start}:{end}] {words} → {votes}, cancelled by {cue}", cue=cue, **fields
            )
        parts = [
            _("{rule} [{start}:{end}] {words} → {votes} +{weight}", weight=self.weight, **fields)
        ]
        if self.flipped_by:
            parts.append(_("turned by {cue}", cue=_quoted((self.flipped_by,))))
        if self.stressed:
            parts.append(_("after a contrast"))
        return _joined(parts)


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
    return Kind.parse(value, argument="default_kind")


def _suggestion_category(value: Any) -> Category | None:
    return None if value is None else Category.parse(value, argument="suggestion_category")


def _boundary_words(value: Any) -> tuple[str, ...]:
    return _strings("words", value)


def _contrasts(value: Any) -> tuple[str, ...]:
    return _strings("contrasts", value)


def _praise_category(value: Any) -> Category:
    return Category.parse(value, argument="praise_category")


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
    at which confidence stops growing.  ``words`` are boundary words: a match that cuts
    one in two or lies inside one is no match (``公交车`` keeps ``交车`` from being a car
    delivery, ``度假`` keeps ``度假酒店`` from holding ``假酒``).  ``contrasts`` are
    regular expressions of a contrast (``但是``, ``不过``, ``，就是``): a match after one
    weighs double, since the part after it usually carries what the customer means.
    ``praise_category`` is the category of praise and of a contact with nothing to
    handle (their subject is kept in ``topic``).  ``learned`` and ``learned_category``
    are the weights of the learned layer (a character n-gram model trained on real
    texts, see :mod:`custops.complaints._ngram`) in the kind and the category scores:
    the model's probability times the weight is added to the rules' integer score (0
    turns it off).  The kind model is not consulted when the rules' best kind leads the
    next by ``learned_margin`` or more, nor the category model when the rules' problem
    evidence already favours one category: explicit rules decide what they are sure of.
    With ``wish_frames_problems`` (the
    default) a wish or proposal about a problem is a suggestion unless the complaint cues (anger,
    demand, loss: the complaint votes of rules that are not ``problem`` rules) are
    stronger than the suggestion cues: the problem words are then the suggestion's
    subject and their complaint votes are set aside (``希望瓶盖能改成好拧一点的``).  With
    ``wish_frames_problems=False`` every complaint vote counts against the suggestion.
    Rule IDs must be unique and every category must have a department, else
    :class:`~custops.errors.PolicyError`.

    >>> from custops.complaints.rules_data import DEFAULT_RULES
    >>> mine = DEFAULT_RULES.extended(
    ...     Rule("acme.screen", category="产品质量", kind="投诉", terms=("烧屏",), weight=3))
    >>> classify("手机屏幕烧屏了", policy=mine).category_rule
    'acme.screen'
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    departments: tuple[tuple[Category, Department], ...] = attrs.field(converter=_departments)
    default_kind: Kind = attrs.field(default=Kind.COMPLAINT, converter=_default_kind)
    kind_tie_order: tuple[Kind, ...] = attrs.field(
        default=(Kind.CONSULTATION, Kind.SUGGESTION, Kind.COMPLAINT, Kind.PRAISE, Kind.NO_ACTION),
        converter=_kinds,
    )
    suggestion_category: Category | None = attrs.field(
        default=Category.PROPOSAL_CRITICISM, converter=_suggestion_category
    )
    saturation: int = attrs.field(default=4)
    wish_frames_problems: bool = attrs.field(default=True)
    words: tuple[str, ...] = attrs.field(default=(), converter=_boundary_words)
    contrasts: tuple[str, ...] = attrs.field(default=(), converter=_contrasts)
    praise_category: Category = attrs.field(default=Category.OTHER, converter=_praise_category)
    learned: int = attrs.field(default=0)
    learned_category: int = attrs.field(default=0)
    learned_margin: int = attrs.field(default=1_000_000)
    _contrast: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _order: dict[str, int] = attrs.field(init=False, eq=False, repr=False)
    _by_id: dict[str, Rule] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_contrast", _compile("contrasts", self.contrasts))
        order = {rule.id: i for i, rule in enumerate(self.rules)}
        order.setdefault("learned", len(order))
        object.__setattr__(self, "_order", order)
        object.__setattr__(self, "_by_id", {rule.id: rule for rule in self.rules})
        require_int("learned", self.learned, minimum=0)
        require_int("learned_category", self.learned_category, minimum=0)
        require_int("learned_margin", self.learned_margin, minimum=1)
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
class Issue:
    """One thing a text is about, with the evidence for it: a category and its matches.

    ``score`` is the category's score (each rule counted once); ``evidence`` the
    counted matches that voted for it (for a suggestion's or a praise's own category,
    the matches that decided the kind).
    """

    category: Category
    score: int
    evidence: tuple[Evidence, ...]

    def __str__(self) -> str:
        words = _quoted(e.text for e in self.evidence)
        if not words:
            return _("{category}", category=self.category)
        return _(
            "{category} ({score}: {words})", category=self.category, score=self.score, words=words
        )


@attrs.frozen
class Classification:
    """What :func:`classify` found and why.

    ``kind``, ``category`` (the primary one; ``topic`` is the best-scoring subject
    even for a suggestion or a praise), ``department``; ``issues`` every category
    the text raises, the primary first, each with its evidence (``categories`` their
    categories); ``kind_rule`` and ``category_rule`` name the strongest rule behind
    each (``"default"`` when none, ``"learned"`` when the learned layer decided);
    ``evidence`` the matches that counted, in text order; ``suppressed`` those a
    negation or a boundary word cancelled; ``signals`` the severity hints (R-CMP-07);
    the scores; the confidences; ``rule`` the catalogue rule the decision applies
    (R-CMP-03 for a complaint's category and department, R-CMP-01 otherwise) and a
    one-line ``reason``.  Multi-line text comes only from :meth:`explain`.
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
    issues: tuple[Issue, ...]
    rule: str
    reason: str

    @property
    def categories(self) -> tuple[Category, ...]:
        """The primary category, then the other categories the text raises."""
        return tuple(issue.category for issue in self.issues)

    @property
    def signals(self) -> frozenset[Signal]:
        """The severity hints found in the text (see :func:`assess_severity`)."""
        return frozenset(e.signal for e in self.evidence if e.signal is not None)

    @property
    def fired(self) -> tuple[str, ...]:
        """The IDs of the rules that fired, in text order of first match."""
        return tuple(dict.fromkeys(e.rule for e in self.evidence))

    def explain(self) -> str:
        """A multi-line, human-readable account: the decision, then every match.

        The words are those of the active language (see :mod:`custops.i18n`); the
        customer's words are quoted, rule IDs of the rule set too.

        >>> print(classify("不是质量问题，是服务员态度太差").explain())
        投诉 / 服务质量 → 营销办（置信度 1.0）
        理由：投诉：「态度」、「太差」表明不满，未见表扬；类别服务质量：「服务员」、「态度」
        问题：服务质量（4：「服务员」、「态度」）
        得分：投诉 7
          「sq.staff」[8:11]「服务员」→ 服务质量 +1
          「sq.attitude」[11:13]「态度」→ 投诉、服务质量 +3
          「kind.complaint」[13:15]「太差」→ 投诉 +4
          「pq.defect」[2:6]「质量问题」→ 投诉、产品质量，被「不是」否定，不计
          「pq.topic」[2:4]「质量」→ 产品质量，被「不是」否定，不计
        """
        scores = _joined(
            (_("{kind} {score}", kind=k, score=n) for k, n in self.kind_scores), strong=False
        )
        lines = [
            _(
                "{kind} / {category} → {department} (confidence {confidence})",
                kind=self.kind,
                category=self.category,
                department=self.department,
                confidence=self.confidence,
            ),
            _labelled(_("reason"), self.reason),
            _labelled(_("issues"), _joined(map(str, self.issues), strong=True)),
        ]
        if scores:
            lines.append(_labelled(_("scores"), scores))
        lines.extend(f"  {e}" for e in self.evidence)
        lines.extend(f"  {e}" for e in self.suppressed)
        return "\n".join(lines)


_Match = tuple[int, int, str, str, str]  # start, end, source, negated_by, flipped_by


class _Index:
    """All literal terms of a tuple of rules, indexed by their first two characters.

    Scanning a text visits each position once and tries only the terms that start with
    the one or two characters there, so the cost grows with the text, not with the
    vocabulary.
    """

    _cache: ClassVar[dict[tuple[tuple[Rule, ...], tuple[str, ...]], _Index]] = {}

    def __init__(self, rules: tuple[Rule, ...], words: tuple[str, ...] = ()) -> None:
        self.rules = rules
        self.words = _Words(words) if words else None
        single: dict[str, list[tuple[int, int, str]]] = {}
        double: dict[str, dict[str, list[tuple[str, int, int, str]]]] = {}
        for r, rule in enumerate(rules):
            if not rule._ready:
                rule._prepare()
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
        self.with_patterns = tuple(r for r, rule in enumerate(rules) if rule.patterns)
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
    def of(cls, rules: tuple[Rule, ...], words: tuple[str, ...] = ()) -> _Index:
        key = (rules, words)
        index = cls._cache.get(key)
        if index is None:
            if len(cls._cache) >= 64:
                cls._cache.clear()
            index = cls._cache[key] = cls(rules, words)
        return index

    def scan(self, text: str) -> dict[int, tuple[_Match, ...]]:
        """Rule position → its non-overlapping ``(start, end, source, negated_by, flipped_by)``.

        A match is negated by its rule's negation cues (or, with ``negated_kind``,
        flipped by them), by the match of an overriding rule that covers it, or by a
        boundary word it cuts in two (``交车`` in ``公交车``).
        """
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
        out: dict[int, tuple[_Match, ...]] = {}
        for r, found in raw.items():
            rule = self.rules[r]
            found.sort(key=lambda m: (m[0], m[0] - m[1], m[2]))
            kept: list[_Match] = []
            end_of_last = -1
            flips = rule.negated_kind is not None
            for start, end, _order, source in found:
                if start >= end_of_last:
                    cue = rule._negation(text, start, end)
                    if cue and flips:
                        kept.append((start, end, source, "", cue))
                    else:
                        kept.append((start, end, source, cue, ""))
                    end_of_last = end
            out[r] = tuple(kept)
        for r, by in self.overriders.items():
            if r in out:
                spans = [(s, e) for o in by for s, e, _, neg, _ in out.get(o, ()) if not neg]
                if spans:
                    out[r] = tuple(
                        (s, e, source, neg or _covered(text, s, e, spans), flip)
                        for s, e, source, neg, flip in out[r]
                    )
        if self.words is not None:
            found_words = self.words.find(text)
            if found_words:
                longest = self.words.longest
                for r, matches in out.items():
                    out[r] = tuple(
                        (s, e, source, neg or _straddled(text, s, e, found_words, longest), flip)
                        for s, e, source, neg, flip in matches
                    )
        return out


class _Words:
    """Boundary words: where each occurs in a text (overlapping occurrences included)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        by_first: dict[str, list[str]] = {}
        for word in sorted({_norm_term(w) for w in words} - {""}):
            by_first.setdefault(word[0], []).append(word)
        self.by_first = {ch: tuple(ws) for ch, ws in by_first.items()}
        self.longest = max((len(w) for ws in self.by_first.values() for w in ws), default=0)

    def find(self, text: str) -> dict[int, tuple[int, ...]]:
        """Start → the ends of the boundary words that start there."""
        found: dict[int, tuple[int, ...]] = {}
        by_first = self.by_first
        for i, ch in enumerate(text):
            words = by_first.get(ch)
            if words is not None:
                ends = tuple(i + len(w) for w in words if text.startswith(w, i))
                if ends:
                    found[i] = ends
        return found


def _straddled(
    text: str, start: int, end: int, words: dict[int, tuple[int, ...]], longest: int
) -> str:
    """The first boundary word that overlaps ``[start, end)`` without lying inside it.

    A match that cuts a word in two, or lies inside a longer word, is no match of its
    own: ``交车`` in ``公交车``, ``假酒`` across ``度假|酒店``, ``还是不`` across ``还是|不错``.
    """
    for low in range(max(0, start - longest + 1), end):
        for high in words.get(low, ()):
            if high > start and not (start <= low and high <= end):
                return text[low:high]
    return ""


def _covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of the first span that covers ``[start, end)``, or ``""``."""
    for low, high in spans:
        if low <= start and end <= high:
            return text[low:high]
    return ""


def find_matches(
    text: str, rules: RuleSet | Iterable[Rule]
) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...]]:
    """All matches of ``rules`` in ``text``: ``(counted, suppressed)``, each in text order.

    ``rules`` is a :class:`RuleSet` (its boundary words and contrasts apply) or any
    sequence of rules.

    >>> from custops.complaints.rules_data import DEFAULT_RULES
    >>> counted, suppressed = find_matches("没有人受伤", DEFAULT_RULES)
    >>> [e.rule for e in counted], [(e.rule, e.negated_by) for e in suppressed]
    ([], [('sig.safety', '没有')])
    """
    require_str("text", text, nonempty=False)
    if isinstance(rules, RuleSet):
        rule_tuple, words, contrast = rules.rules, rules.words, rules._contrast
    else:
        rule_tuple, words, contrast = _rules(rules), (), None
    normalised, where = normalise(text)
    counted, suppressed, _asked = _find(text, normalised, where, rule_tuple, words, contrast)
    return counted, suppressed


def _find(
    text: str,
    normalised: str,
    where: tuple[int, ...],
    rule_tuple: tuple[Rule, ...],
    words: tuple[str, ...],
    contrast: re.Pattern[str] | None,
) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...], frozenset[str]]:
    """Counted and suppressed evidence, and the IDs of the rules only *asked about*.

    A rule is asked about when it has question frames and each of its counted matches
    stands in a sentence one of them matches.  A kind or category match after a
    contrast weighs double.
    """
    counted: list[tuple[int, int, Evidence]] = []
    suppressed: list[tuple[int, int, Evidence]] = []
    asked: set[str] = set()
    scanned = _Index.of(rule_tuple, words).scan(normalised)
    turn = -1  # normalised position after which matches stand after a contrast
    if contrast is not None:
        m = contrast.search(normalised)
        if m is not None:
            turn = m.end()
    for order in sorted(scanned):
        rule = rule_tuple[order]
        frames = rule._frame_regex()
        if frames is not None:
            found = [(s, e) for s, e, _, neg, _ in scanned[order] if not neg]
            if found and all(frames.search(_question_scope(normalised, s, e)) for s, e in found):
                asked.add(rule.id)
        votes = rule.kind is not None or rule.category is not None
        for start, end, source, negated_by, flipped_by in scanned[order]:
            o_start, o_end = where[start], where[end - 1] + 1
            stressed = votes and 0 <= turn <= start and rule.kind in _STRESSED
            evidence = Evidence(
                rule=rule.id,
                start=o_start,
                end=o_end,
                text=text[o_start:o_end],
                source=source,
                weight=rule.weight * 2 if stressed else rule.weight,
                kind=rule.negated_kind if flipped_by else rule.kind,
                category=rule.category,
                signal=None if flipped_by else rule.signal,
                negated_by=negated_by,
                flipped_by=flipped_by,
                stressed=stressed,
            )
            (suppressed if negated_by else counted).append((o_start, order, evidence))
    counted.sort(key=lambda t: (t[0], t[1]))
    suppressed.sort(key=lambda t: (t[0], t[1]))
    return (
        tuple(e for _, _, e in counted),
        tuple(e for _, _, e in suppressed),
        frozenset(asked),
    )


_ASKING = frozenset({Kind.CONSULTATION, Kind.SUGGESTION})
_SILENT = frozenset({Kind.PRAISE, Kind.NO_ACTION})
_MODEL_SPAN = 2000  # characters of a long text's start and end the learned layer reads
_TOPIC_LEAD = 2  # a rule topic this far ahead names the category without the model
_STRESSED = frozenset({Kind.COMPLAINT, Kind.PRAISE, None})


def _confidence(top: int, runner_up: int, saturation: int) -> float:
    if top <= 0:
        return 0.0
    # top/(top+runner_up) × min(1, top/saturation) as one exact integer ratio; int / int
    # is correctly rounded, so this is the float of the exact fraction (deterministic).
    return round(top * min(top, saturation) / ((top + runner_up) * saturation), 2)


def rule_features(evidence: Iterable[Evidence]) -> frozenset[str]:
    """What the rules saw, as features of the learned layer: ``@rule:kind`` per vote.

    A flipped vote is marked ``!`` and a vote after a contrast ``>``, so the model
    learns how much each rule, a negated praise or a turn of the text is worth.
    """
    out = set()
    for e in evidence:
        if e.rule == "learned":
            continue
        vote = e.kind.value if e.kind is not None else "-"
        mark = ("!" if e.flipped_by else "") + (">" if e.stressed else "")
        out.add(f"@{e.rule}:{vote}{mark}")
        if e.kind is not None:
            out.add(f"@{vote}{mark}")
    return frozenset(out)


def _policy(policy: Any) -> RuleSet:
    if policy is None:
        from custops.complaints.rules_data import DEFAULT_RULES

        return DEFAULT_RULES
    if not isinstance(policy, RuleSet):
        raise InvalidType.for_argument(
            "policy", policy, f"must be a RuleSet, not a {type_name(policy)}"
        )
    return policy


def _learned_evidence(
    text: str, normalised: str, where: tuple[int, ...], grams: Sequence[tuple[str, int]], vote: Any
) -> list[Evidence]:
    out = []
    for gram, weight in grams:
        at = normalised.find(gram)
        if at < 0 or weight <= 0:
            continue
        o_start, o_end = where[at], where[at + len(gram) - 1] + 1
        out.append(
            Evidence(
                rule="learned",
                start=o_start,
                end=o_end,
                text=text[o_start:o_end],
                source=gram,
                weight=weight,
                kind=vote if isinstance(vote, Kind) else None,
                category=vote if isinstance(vote, Category) else None,
            )
        )
    return out


def _lead(scores: Mapping[Any, int]) -> int:
    """How far the best score is ahead of the next (the best score when alone)."""
    ranked = [*sorted(scores.values(), reverse=True), 0, 0]
    return ranked[0] - ranked[1]


def _consult_model(
    rules: RuleSet,
    text: str,
    normalised: str,
    where: tuple[int, ...],
    counted: tuple[Evidence, ...],
    kind_scores: dict[Kind, int],
    kind_best: dict[Kind, tuple[int, str]],
    category_scores: dict[Category, int],
    category_best: dict[Category, tuple[int, str]],
    category_first: dict[Category, int],
    *,
    kind_decided: bool,
    category_decided: bool,
) -> list[Evidence]:
    """Add the learned layer's votes to the scores (in place); its evidence.

    The model speaks only where the rules are unsure, and only with evidence: when
    none of the text's n-grams pushes towards its favourite, it stays silent.
    """
    kind_decided = kind_decided or not rules.learned
    category_decided = category_decided or not rules.learned_category
    if kind_decided and category_decided:
        return []  # the rules are sure of both: the model is not even run
    from custops.complaints import _ngram

    # the model reads short texts: of a long letter, its opening and its closing words
    # (where the verdict usually stands), so its cost does not grow with the letter
    head = (
        normalised
        if len(normalised) <= 2 * _MODEL_SPAN
        else (normalised[:_MODEL_SPAN] + "。" + normalised[-_MODEL_SPAN:])
    )
    prediction = _ngram.predict(head, rule_features(counted))
    learned: list[Evidence] = []
    if not kind_decided:
        top_kind = max(prediction.kinds, key=lambda kp: kp[1])[0]
        found = _learned_evidence(text, normalised, where, prediction.evidence(top_kind), top_kind)
        # a question or a proposal asks for an answer: the model may read it as a
        # complaint, never as praise or as nothing to handle
        asking = bool(kind_scores) and set(kind_scores) <= _ASKING
        if found and not (asking and top_kind in _SILENT):
            learned += found
            for kind, p in prediction.kinds:
                if asking and kind in _SILENT:
                    continue
                vote = round(rules.learned * p)
                if vote > 0:
                    kind_scores[kind] = kind_scores.get(kind, 0) + vote
                    if vote > kind_best.get(kind, (0, ""))[0]:
                        kind_best[kind] = (vote, "learned")
    if not category_decided:
        # a suggestion's category follows from its kind, not from the model
        choices = [cp for cp in prediction.categories if cp[0] is not rules.suggestion_category]
        top = max(choices, key=lambda cp: cp[1])[0]
        found = _learned_evidence(text, normalised, where, prediction.evidence(top), top)
        if found:
            learned += found
            for category, p in choices:
                vote = round(rules.learned_category * p)
                if vote > 0:
                    category_scores[category] = category_scores.get(category, 0) + vote
                    category_first.setdefault(category, rules._order["learned"])
                    if vote > category_best.get(category, (0, ""))[0]:
                        category_best[category] = (vote, "learned")
    return learned


#: Why a kind was chosen, in words: the customer's words that show it.
_WHY: dict[Kind, str] = {
    Kind.COMPLAINT: N_("complaint: {words} show dissatisfaction"),
    Kind.PRAISE: N_("praise: {words} praise the goods or the service"),
    Kind.CONSULTATION: N_("consultation: {words} ask a question"),
    Kind.SUGGESTION: N_("suggestion: {words} propose a change"),
    Kind.NO_ACTION: N_("nothing to handle: {words} ask for nothing"),
}
_QUOTED_WORDS = 4  # customer words quoted in a reason, at most


def _quoted(words: Iterable[str], limit: int | None = _QUOTED_WORDS) -> str:
    """The customer's words, quoted for the active language: 「太慢」、「凉了」 / "太慢", "凉了"."""
    items = list(dict.fromkeys(w for w in words if w.strip()))[:limit]
    if current_language() == "en_US":
        return ", ".join('"' + w.replace('"', "'") + '"' for w in items)
    return "、".join("「" + w.replace("「", "“").replace("」", "”") + "」" for w in items)


def _joined(parts: Iterable[str], *, strong: bool = False) -> str:
    """Parts of one sentence, joined as the active language writes them (，/； or , /; )."""
    if current_language() == "en_US":
        return ("; " if strong else ", ").join(parts)
    return ("；" if strong else "，").join(parts)


def _labelled(label: str, text: str) -> str:
    """``label: text`` as the active language writes it (``理由：…``)."""
    return f"{label}: {text}" if current_language() == "en_US" else f"{label}：{text}"


def _rule_name(rule: str) -> str:
    """A rule's ID as an explanation shows it: quoted in Chinese; the learned layer by name."""
    if rule == "learned":
        return _("learned layer")
    return rule if current_language() == "en_US" else f"「{rule}」"


def _reason(
    kind: Kind,
    category: Category,
    evidence: tuple[Evidence, ...],
    issues: tuple[Issue, ...],
    *,
    kind_rule: str,
    runner: Kind | None,
    own: bool,
    framed: bool,
    asked: tuple[str, ...],
    matched: bool,
) -> str:
    """The one-line reason of a classification, in words and the active language."""
    voted = [e for e in evidence if e.kind is kind]
    if kind_rule == "default":
        kind_parts = [_("{kind}: no rule recognised the text, so it is handled as one", kind=kind)]
    elif kind_rule == "learned" and not matched:
        words = _quoted(e.text for e in voted if e.rule == "learned")
        kind_parts = [
            _(
                "{kind}: no rule fired; its wording ({words}) is closest to such texts",
                kind=kind,
                words=words,
            )
        ]
    elif kind_rule == "learned":
        words = _quoted(e.text for e in voted if e.rule == "learned")
        kind_parts = [
            _("{kind}: the wording ({words}) is closest to such texts", kind=kind, words=words)
        ]
    else:
        kind_parts = [_(_WHY[kind], words=_quoted(e.text for e in voted if e.rule != "learned"))]
        rival = [e.text for e in evidence if runner is not None and e.kind is runner]
        if rival:
            kind_parts.append(_("more than {words} ({kind})", words=_quoted(rival), kind=runner))
        elif kind is Kind.COMPLAINT:
            kind_parts.append(_("no praise found"))
        else:
            kind_parts.append(_("no complaint found"))
    if framed:
        kind_parts.append(_("the problem words are what the wish is about"))
    if asked:
        kind_parts.append(_("{words} asked about, not demanded", words=_quoted(asked)))
    if own:
        category_parts = [
            _("category {category}, as for every {kind}", category=category, kind=kind)
        ]
    elif not issues[0].evidence:
        category_parts = [_("category {category}: no subject recognised", category=category)]
    else:
        words = _quoted(e.text for e in issues[0].evidence)
        category_parts = [_("category {category}: {words}", category=category, words=words)]
    if len(issues) > 1:
        others = tuple(issue.category for issue in issues[1:])
        category_parts.append(_("also {others}", others=others))
    return _joined((_joined(kind_parts), _joined(category_parts)), strong=True)


def classify(text: str, *, policy: RuleSet | None = None) -> Classification:
    """Classify ``text`` by the rule set ``policy`` (default: the built-in Chinese rules).

    Deterministic and total: any string gets an answer.  An empty text is
    :attr:`Kind.NO_ACTION` with confidence 0; a text no rule recognises gets
    ``matched=False`` (R-CMP-01, R-CMP-02, R-CMP-03; severity hints for R-CMP-07).

    >>> r = classify("建议礼盒包装做得简单一点")
    >>> r.kind.label, r.category.label, r.topic.label, r.kind_rule
    ('建议', '建议批评', '产品质量', 'kind.suggestion')
    >>> classify("送餐很快，态度很好").kind.label
    '表扬'
    >>> r = classify("味道还行，就是送得太慢了，饭都凉了")
    >>> r.kind.label, [c.label for c in r.categories]
    ('投诉', ['产品质量', '销售合同'])
    >>> [(i.category.label, [e.text for e in i.evidence]) for i in r.issues]
    [('产品质量', ['味道', '都凉']), ('销售合同', ['太慢'])]
    >>> classify("保养完机油灯又亮了，第三次了，我已经打了12315").signals == {
    ...     Signal.REPEAT, Signal.REGULATOR}
    True
    >>> classify("").kind, classify("").confidence
    (<Kind.NO_ACTION: 'no_action'>, 0.0)
    >>> classify(42)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: text: must be a str, not a int (got 42)
    """
    require_str("text", text, nonempty=False)
    rules = _policy(policy)
    normalised, where = normalise(text)
    if not normalised.strip("。"):
        return _nothing(text, rules)
    order, by_id = rules._order, rules._by_id
    counted, suppressed, asked = _find(
        text, normalised, where, rules.rules, rules.words, rules._contrast
    )
    if asked and any(e.kind is Kind.COMPLAINT and e.rule not in asked for e in counted):
        asked = frozenset()  # another complaint signal (anger, a demand, a problem): no frame
    if asked:  # the subject of a question: its complaint vote is set aside (R-CMP-01)
        counted = tuple(attrs.evolve(e, kind=None) if e.rule in asked else e for e in counted)
    matched = bool(counted)

    # each rule votes once per kind and once for its category, with its heaviest match
    kind_votes: dict[tuple[str, Kind], Evidence] = {}
    category_votes: dict[str, Evidence] = {}
    for e in counted:
        if e.kind is not None:
            key = (e.rule, e.kind)
            if key not in kind_votes or e.weight > kind_votes[key].weight:
                kind_votes[key] = e
        if e.category is not None and (
            e.rule not in category_votes or e.weight > category_votes[e.rule].weight
        ):
            category_votes[e.rule] = e

    kind_scores: dict[Kind, int] = {}
    kind_best: dict[Kind, tuple[int, str]] = {}
    cue_score = 0  # complaint votes of rules that are not problem rules
    cue_best: tuple[int, str] = (0, "")
    for (rule_id, kind), e in sorted(kind_votes.items(), key=lambda kv: order[kv[0][0]]):
        w = e.weight
        kind_scores[kind] = kind_scores.get(kind, 0) + w
        if w > kind_best.get(kind, (0, ""))[0]:
            kind_best[kind] = (w, rule_id)
        problem = by_id[rule_id].problem or bool(e.flipped_by and e.category is not None)
        if kind is Kind.COMPLAINT and not problem:
            cue_score += w
            if w > cue_best[0]:
                cue_best = (w, rule_id)
    problem_rules = {
        r
        for (r, k), v in kind_votes.items()
        if k is Kind.COMPLAINT and (by_id[r].problem or v.flipped_by)
    }
    category_scores: dict[Category, int] = {}
    category_first: dict[Category, int] = {}
    category_problem: dict[Category, int] = {}  # the part of the score from problem votes
    category_best: dict[Category, tuple[int, str]] = {}
    for rule_id, e in sorted(category_votes.items(), key=lambda kv: order[kv[0]]):
        c, w = e.category, e.weight
        assert c is not None
        category_scores[c] = category_scores.get(c, 0) + w
        category_first.setdefault(c, order[rule_id])
        if rule_id not in asked and rule_id in problem_rules:
            category_problem[c] = category_problem.get(c, 0) + w
        if w > category_best.get(c, (0, ""))[0]:
            category_best[c] = (w, rule_id)

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
    learned: list[Evidence] = []
    if rules.learned or rules.learned_category:
        learned = _consult_model(
            rules,
            text,
            normalised,
            where,
            counted,
            kind_scores,
            kind_best,
            category_scores,
            category_best,
            category_first,
            # the rules are sure, or have read the text's structure (a question about a
            # return, a wish about a problem): the kind model stays silent
            kind_decided=_lead(kind_scores) >= rules.learned_margin or bool(asked) or framed,
            # the rules' problem evidence, or a clear subject, names the category
            category_decided=_lead(category_problem) > 0
            or _lead(category_scores) >= _TOPIC_LEAD
            or bool(asked),
        )

    tie = {k: i for i, k in enumerate(rules.kind_tie_order)}
    kinds = sorted(kind_scores, key=lambda k: (-kind_scores[k], tie[k]))
    categories = sorted(
        category_scores,
        key=lambda c: (-category_scores[c], -category_problem.get(c, 0), category_first[c]),
    )

    if kinds:
        kind = kinds[0]
        kind_rule = kind_best[kind][1]
        runner = kind_scores[kinds[1]] if len(kinds) > 1 else 0
        kind_conf = _confidence(kind_scores[kind], runner, rules.saturation)
    else:
        kind, kind_rule, kind_conf = rules.default_kind, "default", 0.0
    topic = categories[0] if categories else None
    if topic is not None:
        runner = category_scores[categories[1]] if len(categories) > 1 else 0
        category_conf = _confidence(category_scores[topic], runner, rules.saturation)
        category, category_rule = topic, category_best[topic][1]
    else:
        category, category_rule, category_conf = Category.OTHER, "default", 0.0
    own = None  # the kind's own category, if it has one
    if kind is Kind.SUGGESTION and rules.suggestion_category is not None and kinds:
        own = rules.suggestion_category
    elif kind in (Kind.PRAISE, Kind.NO_ACTION) and kinds:
        own = rules.praise_category
    if own is not None:
        category, category_rule, category_conf = own, kind_rule, kind_conf

    evidence = tuple(sorted(counted + tuple(learned), key=lambda e: (e.start, order[e.rule])))
    if own is not None:
        primary = Issue(own, kind_scores[kind], tuple(e for e in evidence if e.kind is kind))
        others: list[Category] = []
    else:
        primary = Issue(
            category,
            category_scores.get(category, 0),
            tuple(e for e in evidence if e.category is category),
        )
        others = [c for c in categories if c is not category and category_problem.get(c, 0) > 0]
    issues = (
        primary,
        *(
            Issue(c, category_scores[c], tuple(e for e in evidence if e.category is c))
            for c in others
        ),
    )

    reason = _reason(
        kind,
        category,
        evidence,
        issues,
        kind_rule=kind_rule,
        runner=kinds[1] if len(kinds) > 1 else None,
        own=own is not None,
        framed=framed,
        asked=tuple(e.text for e in counted if e.rule in asked),
        matched=matched,
    )
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
        evidence=evidence,
        suppressed=suppressed,
        kind_scores=tuple((k, kind_scores[k]) for k in Kind if k in kind_scores),
        category_scores=tuple((c, category_scores[c]) for c in Category if c in category_scores),
        issues=issues,
        rule="R-CMP-03" if kind is Kind.COMPLAINT else "R-CMP-01",
        reason=reason,
    )


def _nothing(text: str, rules: RuleSet) -> Classification:
    """The answer for a text with nothing in it: nothing to handle, confidence 0."""
    category = rules.praise_category
    return Classification(
        text=text,
        kind=Kind.NO_ACTION,
        category=category,
        topic=None,
        department=rules.department_for(category),
        kind_rule="default",
        category_rule="default",
        confidence=0.0,
        kind_confidence=0.0,
        category_confidence=0.0,
        matched=False,
        evidence=(),
        suppressed=(),
        kind_scores=(),
        category_scores=(),
        issues=(Issue(category, 0, ()),),
        rule="R-CMP-01",
        reason=_("empty text: nothing to handle"),
    )


def classify_many(texts: Iterable[str], *, policy: RuleSet | None = None) -> dict[str, list[Any]]:
    """Classify many texts at once, as columns: exactly :func:`classify` per text.

    Returns ``kind`` and ``category`` (the stable keys), ``topic`` (a key or ``None``),
    ``department`` (its key), ``confidence`` (a float), ``rule`` and ``reason``, each a
    list in the order of ``texts`` — ready for a DataFrame.  Identical texts are
    classified once.

    >>> cols = classify_many(["送餐太慢了，饭都凉了", "请问几点开门？", "送餐太慢了，饭都凉了"])
    >>> cols["kind"]
    ['complaint', 'consultation', 'complaint']
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise InvalidType.for_argument(
            "texts", texts, f"must be a collection of str, not a {type_name(texts)}"
        )
    columns: dict[str, list[Any]] = {
        name: []
        for name in ("kind", "category", "topic", "department", "confidence", "rule", "reason")
    }
    seen: dict[str, Classification] = {}
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise InvalidType.for_argument(
                f"texts[{i}]", text, f"must be a str, not a {type_name(text)}"
            )
        result = seen.get(text)
        if result is None:
            result = seen[text] = classify(text, policy=policy)
        columns["kind"].append(result.kind.value)
        columns["category"].append(result.category.value)
        columns["topic"].append(None if result.topic is None else result.topic.value)
        columns["department"].append(result.department.value)
        columns["confidence"].append(float(result.confidence))
        columns["rule"].append(result.rule)
        columns["reason"].append(result.reason)
    return columns
