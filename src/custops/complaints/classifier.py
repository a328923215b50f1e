"""Rule-based classification of a contact's text, with the evidence for every answer.

:func:`classify` reads Chinese (and plain English) text and returns a
:class:`Classification`: the kind (R-CMP-01), the category (R-CMP-02, R-CMP-03), the
suggested department, the severity hints (R-CMP-07), a confidence, and the evidence:
which rule fired, on which words or patterns, at which positions of the *original*
text.  Rules are data (:class:`Rule`, :class:`ClassifierPolicy`), extended by a company with
:meth:`ClassifierPolicy.extended`; how they decide is told in ``docs/classification.md``.  A
suggestion's category is ``PROPOSAL_CRITICISM`` (D1 第一条 5); a text no rule recognises
is handled as the rule set's ``default_kind`` (complaint: the safe way).

Confidence is a float in [0, 1], rounded to two places and computed from integer scores
only (so it is deterministic): ``top / (top + runner_up) × min(1, top / saturation)``,
the smaller of the kind's and the category's.

>>> r = classify("酒里有很多沉淀，我要退货！")
>>> r.kind.value, r.category.value, r.department.value
('complaint', 'return_exchange', 'quality')
>>> r.category_rule
'rx.demand'
>>> [(e.rule_id, e.span, e.text) for e in r.evidence][:2]
[('rx.sediment', (5, 7), '沉淀'), ('rx.demand', (8, 12), '我要退货')]
>>> classify("请问你们周末几点关门？").kind
<Kind.CONSULTATION: 'consultation'>
>>> from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
>>> rules_only = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)
>>> classify("ｘｙｚ", policy=rules_only).reason
'投诉：没有规则识别出这段文字，按投诉稳妥处理；类别其他：未识别出具体对象'
>>> classify("服務態度很差").kind.label  # traditional characters are read as simplified
'投诉'
>>> classify("公交车上人太多").suppressed[0].negated_by  # 交车 is no car delivery here
'公交车'
"""

from __future__ import annotations

import bisect
import gc
import operator
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import partial
from itertools import chain, compress, count, islice, repeat
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast, overload

import attrs

from custops._enums import enum_field, member_check
from custops._text import (
    QUOTED_WORDS,
    clipped,
    colon,
    count_repr,
    english,
    first_distinct,
    joined,
    quote_word,
    quoted_list,
    quoted_words,
)
from custops._validate import (
    BOOL,
    POLICY_INT,
    POLICY_POSITIVE_INT,
    a_type_name,
    field_converter,
    fitted_call,
    instance_check,
    is_arrow,
    policy_or_default,
    require_bool,
    require_distinct,
    require_items,
    require_pairs,
    require_str,
    rows_by_label,
    rule_id_spans,
    series_type,
)
from custops.complaints import _ngram, _scan
from custops.complaints._hanzi import HAN
from custops.complaints._rules import (
    CLAUSE_BREAKS as CLAUSE_BREAKS,
)
from custops.complaints._rules import (
    FIFTH,
    FIRST,
    FOURTH,
    OPTIONAL_CATEGORY,
    SECOND,
    STRINGS,
    Index,
    Rule,
    compile_any,
    frames_of,
    later_frames_of,
    later_scope,
    normalise,
    normalise_fast,
    question_scope,
    without_rule_ids,
)
from custops.complaints._rules import (
    SENTENCE_BREAKS as SENTENCE_BREAKS,
)
from custops.complaints.model import Category, Department, Kind, Signal
from custops.complaints.rules_data import (
    BUILTIN_RULES,
    CONTRASTS,
    DEFAULT_DEPARTMENTS,
    REPAIR_REQUEST_RULE,
    WORDS,
)
from custops.decisions import Explained, worded_reason
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import N_, _, ngettext

__all__ = [
    "DEFAULT_CLASSIFIER_POLICY",
    "Classification",
    "ClassifierPolicy",
    "Evidence",
    "Issue",
    "classify",
    "classify_many",
    "find_matches",
    "prepare_classifier",
]


@attrs.frozen(slots=False)  # a dict-based instance is built twice as fast
class Evidence:
    """One match of one rule: which (``rule_id``, a rule's ID), where (``span``, the
    positions ``(start, end)`` of the *original* text, as ``re.Match.span()``), what, why.

    ``source`` is the keyword or pattern of the rule that matched; ``negated_by`` is
    the negation cue (or the words of an overriding rule's match) that suppressed the
    match, or ``""`` if it counted.  ``kind`` is ``None`` for a match only asked about
    (see ``Rule.question_frames``).  ``flipped_by`` is the negation cue that turned a
    match of a rule with ``negated_kind`` into a vote for that kind (``不`` in
    ``不新鲜``); ``weight`` is the rule's weight, doubled when the match stands after a
    contrast (``…，但是…``; then ``stressed`` is true).
    """

    rule_id: str
    span: tuple[int, int]
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
            "rule_id": _rule_name(self.rule_id),
            "start": self.span[0],
            "end": self.span[1],
            "words": quoted_words((self.text,)),
            "votes": votes,
        }
        if self.negated_by:
            cue = quoted_words((self.negated_by,))
            return _(
                "{rule_id} [{start}:{end}] {words} → {votes}, cancelled by {cue}",
                cue=cue,
                **fields,
            )
        parts = [
            _(
                "{rule_id} [{start}:{end}] {words} → {votes} +{weight}",
                weight=self.weight,
                **fields,
            )
        ]
        if self.flipped_by:
            parts.append(_("turned by {cue}", cue=quoted_words((self.flipped_by,))))
        if self.stressed:
            parts.append(_("after a contrast"))
        return joined(parts)


_RULES = partial(require_items, what="a sequence of Rule", each=instance_check(Rule))
if TYPE_CHECKING:

    def _RULES_FIELD(value: Iterable[Rule]) -> tuple[Rule, ...]: ...  # noqa: N802

else:
    _RULES_FIELD = field_converter(_RULES, takes="Iterable[Rule]")


def _departments(value: Any) -> tuple[tuple[Category, Department], ...]:
    what, pair = "a mapping Category → Department", "(Category, Department)"
    pairs = [
        (
            Category.parse(category, argument="departments"),
            Department.parse(department, argument="departments"),
        )
        for category, department in require_pairs("departments", value, what, pair)
    ]
    return tuple(sorted(pairs, key=lambda p: p[0].position))


def _policy_departments(argument: str, value: Any) -> tuple[tuple[Category, Department], ...]:
    """A policy's ``departments``: every category once, each with its department; a
    refusal shows the mapping as given."""
    pairs = _departments(value)
    mapped = [c for c, _ in pairs]
    require_distinct(argument, mapped, "a category is mapped twice", shown=value, error=PolicyError)
    missing = [c.value for c in Category if c not in mapped]
    if missing:
        problem = (
            f"every category needs a department; missing {', '.join(missing)}"
            " (to change some, use ClassifierPolicy().with_departments(...))"
        )
        raise PolicyError.for_argument(argument, value, problem)
    return pairs


#: Why a classifier rule may not take a rule ID of the catalogue (docs/rules.md) as its id
_CATALOGUE_ID = (
    "holds a rule ID of the catalogue (docs/rules.md), which a classification's rule is; "
    "a classifier rule's id names it in the rule set, such as 'acme.screen'"
)

if TYPE_CHECKING:
    from custops._validate import MappingOrPairs

    def _KINDS_FIELD(value: Iterable[Kind | str]) -> tuple[Kind, ...]: ...  # noqa: N802
    def _DEPARTMENTS_FIELD(  # noqa: N802
        value: MappingOrPairs[Category, Department | str],
    ) -> tuple[tuple[Category, Department], ...]: ...

else:
    _KINDS_FIELD = field_converter(
        partial(require_items, what="a sequence of Kind", each=member_check(Kind)),
        takes="Iterable[Kind | str]",
    )
    _DEPARTMENTS_FIELD = field_converter(
        _policy_departments,
        takes=Mapping[Category | str, Department | str]
        | Sequence[tuple[Category | str, Department | str]],
    )

#: The built-in departments, read once: a policy's default, whatever becomes of the data
_BUILTIN_DEPARTMENTS = _policy_departments("departments", DEFAULT_DEPARTMENTS)


if TYPE_CHECKING:

    def _CATEGORY_FIELD(value: Category | str) -> Category: ...  # noqa: N802
    def _KIND_FIELD(value: Kind | str) -> Kind: ...  # noqa: N802

else:
    _CATEGORY_FIELD = enum_field(Category)
    _KIND_FIELD = enum_field(Kind)


@attrs.frozen(kw_only=True)
class ClassifierPolicy:
    """An ordered rule set and what it decides when rules do not (R-CMP-02, R-CMP-03).

    ``rules`` in priority order (it breaks ties between categories); ``departments``
    maps every category to its department (D1 第三条, D10 二 3); ``default_kind`` is the
    kind of a text no rule recognises; ``kind_tie_order`` breaks a tie between kinds;
    ``suggestion_category`` is a suggestion's category (``None`` keeps its topic);
    ``saturation`` the score at which confidence stops growing.  ``words`` are boundary
    words: a match that cuts one in two or lies inside one is no match (``公交车`` holds
    no ``交车``).  ``contrasts`` are regular expressions of a contrast (``但是``): a match
    after one weighs double.  ``praise_category`` is the category of praise and of a
    contact with nothing to handle.  ``learned`` and ``learned_category`` weigh the
    learned layer (:mod:`custops.complaints._ngram`; 0 turns it off) in the kind and
    category scores; the kind model is not consulted when the rules' best kind leads by
    ``learned_margin`` or more; in a text longer than 40 characters its vote and that
    margin weigh half as much again, rounded down (9 for 6, 7 for 5).  With
    ``wish_frames_problems`` a wish about a problem is a suggestion unless the complaint
    cues are stronger (``希望瓶盖能改成好拧一点的``).  With ``returns_by_grounds`` a
    complaint whose category is a return or refund goes to the department of the grounds
    it is asked on, its next issue, when that is a contract, service or repair matter
    (多扣了月租，要求退费 → the sales department, D1 第一条 2): D10 二 3.2's return class is
    goods sent back for a defect, which the quality department handles; a fee paid back is
    not (``Classification.refund_grounds`` says so).
    Rule IDs must be unique and none a rule ID of the catalogue (``R-CMP-03`` is a
    classification's ``rule``, not a rule of the set), a rule's ``overrides`` must name
    rules of the set, and every category must have a department, else
    :class:`~custops.errors.PolicyError`.  Every field defaults to the built-in rule set's
    (``ClassifierPolicy() == DEFAULT_CLASSIFIER_POLICY``; ``policy=None`` means it).

    >>> from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
    >>> mine = DEFAULT_CLASSIFIER_POLICY.extended(
    ...     Rule("acme.screen", category="产品质量", kind="投诉", terms=("烧屏",), weight=3))
    >>> classify("手机屏幕烧屏了", policy=mine).category_rule
    'acme.screen'
    """

    rules: tuple[Rule, ...] = attrs.field(
        default=BUILTIN_RULES, converter=_RULES_FIELD, repr=count_repr
    )
    departments: tuple[tuple[Category, Department], ...] = attrs.field(
        default=_BUILTIN_DEPARTMENTS,
        converter=_DEPARTMENTS_FIELD,
    )
    default_kind: Kind = attrs.field(default=Kind.COMPLAINT, converter=_KIND_FIELD)
    kind_tie_order: tuple[Kind, ...] = attrs.field(
        default=(Kind.CONSULTATION, Kind.SUGGESTION, Kind.COMPLAINT, Kind.PRAISE, Kind.NO_ACTION),
        converter=_KINDS_FIELD,
    )
    suggestion_category: Category | None = attrs.field(
        default=Category.PROPOSAL_CRITICISM,
        converter=OPTIONAL_CATEGORY,
    )
    saturation: int = attrs.field(default=4, converter=POLICY_POSITIVE_INT)
    wish_frames_problems: bool = attrs.field(default=True, converter=BOOL)
    words: tuple[str, ...] = attrs.field(default=WORDS, converter=STRINGS, repr=count_repr)
    contrasts: tuple[str, ...] = attrs.field(
        default=CONTRASTS,
        converter=STRINGS,
        repr=count_repr,
    )
    praise_category: Category = attrs.field(default=Category.OTHER, converter=_CATEGORY_FIELD)
    learned: int = attrs.field(default=6, converter=POLICY_INT)
    learned_category: int = attrs.field(default=3, converter=POLICY_INT)
    # the model is heard whenever its vote (at most ``learned``) could change the kind:
    # chosen by 5-fold cross-validation on the dev split (margin 3: kind 83.3 %, 6: 83.7 %)
    learned_margin: int = attrs.field(default=6, converter=POLICY_POSITIVE_INT)
    returns_by_grounds: bool = attrs.field(default=True, converter=BOOL)
    _contrast: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _order: dict[str, int] = attrs.field(init=False, eq=False, repr=False)
    _by_id: dict[str, Rule] = attrs.field(init=False, eq=False, repr=False)
    _department: dict[Category, Department] = attrs.field(init=False, eq=False, repr=False)
    _tie: dict[Kind, int] = attrs.field(init=False, eq=False, repr=False)
    # kind_tie_order as given, carried from __attrs_pre_init__ to a refusal of
    # __attrs_post_init__ (the converter reads the kinds one by one, not the whole order)
    _given_tie_order: Any = attrs.field(init=False, eq=False, repr=False)

    def __attrs_pre_init__(self, **kwargs: Any) -> None:
        object.__setattr__(self, "_given_tie_order", kwargs.get("kind_tie_order"))

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_contrast", _first_chars_first(self.contrasts))
        order = {rule.id: i for i, rule in enumerate(self.rules)}
        order.setdefault("learned", len(order))
        object.__setattr__(self, "_order", order)
        object.__setattr__(self, "_by_id", {rule.id: rule for rule in self.rules})
        object.__setattr__(self, "_department", dict(self.departments))
        object.__setattr__(self, "_tie", {k: i for i, k in enumerate(self.kind_tie_order)})
        ids = [rule.id for rule in self.rules]
        require_distinct("rules", ids, "rule IDs must be unique", twice=True, error=PolicyError)
        for rule in self.rules:
            if rule_id_spans(rule.id):  # a classification's rule is the catalogue's
                raise PolicyError.for_argument("rules", rule.id, _CATALOGUE_ID)
            for target in rule.overrides:
                if target not in self._by_id:
                    problem = f"is no rule of this set, yet rule {rule.id!r} overrides it"
                    raise PolicyError.for_argument("rules", target, problem)
        if sorted(self.kind_tie_order, key=list(Kind).index) != list(Kind):
            raise PolicyError.for_argument(
                "kind_tie_order", self._given_tie_order, "must list each Kind exactly once"
            )

    def department_for(self, category: Category | str) -> Department:
        """The department suggested for ``category``.

        >>> from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
        >>> DEFAULT_CLASSIFIER_POLICY.department_for(Category.SERVICE_QUALITY).label
        '营销办'
        """
        return self._department[Category.parse(category, argument="category")]

    @fitted_call
    def extended(self, *rules: Rule, first: bool = False) -> ClassifierPolicy:
        """A copy with ``rules`` added at the end (or at the front with ``first=True``)."""
        new = _RULES("rules", rules)
        require_bool("first", first)
        return attrs.evolve(self, rules=(new + self.rules) if first else (self.rules + new))

    def without(self, *ids: str) -> ClassifierPolicy:
        """A copy without the rules named ``ids`` (an unknown ID is an error); a rule that
        overrides one of them no longer names it in ``overrides``.

        >>> mine = DEFAULT_CLASSIFIER_POLICY.extended(
        ...     Rule("acme.screen", kind="投诉", terms=("烧屏",), overrides=("pq.defect",)))
        >>> mine.without("pq.defect").rules[-1].overrides
        ()
        """
        known = {r.id for r in self.rules}
        for rule_id in ids:
            require_str("ids", rule_id)
            if rule_id not in known:
                raise InvalidInput.for_argument("ids", rule_id, "is not a rule of this set")
        gone = frozenset(ids)
        kept = tuple(
            attrs.evolve(rule, overrides=tuple(o for o in rule.overrides if o not in gone))
            if gone.intersection(rule.overrides)
            else rule
            for rule in self.rules
            if rule.id not in gone
        )
        return attrs.evolve(self, rules=kept)

    def with_departments(
        self,
        departments: Mapping[Category | str, Department | str]
        | Sequence[tuple[Category | str, Department | str]],
    ) -> ClassifierPolicy:
        """A copy where the categories in ``departments`` go to the departments given."""
        current = dict(self.departments)
        current.update(dict(_departments(departments)))
        return attrs.evolve(self, departments=current)


def _first_chars_first(contrasts: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for any of ``contrasts`` (``None`` for none), tried by the engine only
    at a character a match of one of them can start with when all are plain to see (see
    ``_scan.starts``): the same first match, found sooner (a contrast may start with a
    lookbehind or an anchor, where the engine cannot skip ahead by itself).

    >>> _first_chars_first(("但是", "(?<!再)不过")).pattern
    '(?=[不但])(?:(?P<a0>但是)|(?P<a1>(?<!再)不过))'
    >>> _first_chars_first(("但是", ".好")).pattern  # "." may be any character
    '(?P<a0>但是)|(?P<a1>.好)'
    """
    every = compile_any("contrasts", contrasts)
    firsts = [_scan.starts(contrast) for contrast in contrasts]
    if every is None or any(first is None for first in firsts):
        return every
    chars = "".join(re.escape(ch) for ch in sorted(frozenset().union(*firsts)))  # type: ignore[arg-type]
    return re.compile(f"(?=[{chars}])(?:{every.pattern})")


#: The built-in rule set (the seed's complaint vocabulary, :mod:`.rules_data`): the very
#: object ``policy=None`` stands for (``policy_or_default`` builds it once).
DEFAULT_CLASSIFIER_POLICY = policy_or_default(None, ClassifierPolicy)


@attrs.frozen(slots=False)
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
        words = quoted_words(e.text for e in self.evidence)
        if not words:
            return _("{category}", category=self.category)
        return _(
            "{category} ({score}: {words})", category=self.category, score=self.score, words=words
        )


def _unread(quiet: bool, r: Classification) -> bool:
    """:attr:`Classification.quiet`: a short text unread, or a reading that is no complaint
    with confidence 0 (R-CMP-01)."""
    return bool(quiet) or (not r.confidence and r.kind is not Kind.COMPLAINT)


if TYPE_CHECKING:

    def _QUIET_FIELD(value: bool) -> bool: ...  # noqa: N802

else:
    _QUIET_FIELD = attrs.Converter(_unread, takes_self=True)


def _classification_reason(r: Classification) -> str:
    """A classification's one-line reason, worded from its facts in the active language."""
    return _worded(_reason_facts(r))


@worded_reason(_classification_reason)
@attrs.frozen(slots=False)
class Classification(Explained):
    """What :func:`classify` found and why.

    ``category`` is the primary category (``topic`` the best-scoring subject, even of a
    suggestion or a praise, and ``None`` on nothing to handle or when no subject scores;
    ``department`` is the topic's for praise, R-CMP-03);
    ``issues`` every category the text raises, primary first,
    with its evidence; ``kind_rule`` and ``category_rule`` name the strongest rule behind
    each (``"default"`` when none, ``"learned"`` for the learned layer); ``evidence`` the
    matches that counted, in text order, ``suppressed`` those cancelled; ``rule`` the
    catalogue rule applied (R-CMP-03 for a complaint, R-CMP-01 otherwise).  ``str()`` is
    one line (the answer, the rule and the reason), the first line of :meth:`explain`; a
    classification has no truth value (``bool()`` raises :class:`~custops.errors.InvalidType`:
    test ``.kind``).

    A classification keeps facts, not sentences: besides those, the facts its reason tells
    (``runner_up`` the kind that came second, ``own_category`` whether the category is the
    kind's own, ``wish_framed`` whether a wish framed the problem words, ``quiet`` whether a
    short text went unread, ``asked_words`` the words asked about, ``harm_words`` the words
    of harm, ``yielded_category`` a demand's category behind the fault, ``blank`` and
    ``wordless`` a text with nothing in it or no words to read, ``repair_request`` a
    repair request).  Its ``reason``, ``str()``
    and :meth:`explain` are worded when read, in the language active then: the same text
    classified in Chinese and in English gives one value (R-CMP-01).

    >>> from custops.i18n import language
    >>> r = classify("送餐太慢了")
    >>> r.reason
    '投诉：「太慢」表明不满，未见表扬；类别销售合同：「太慢」'
    >>> with language("en_US"):
    ...     print(r.reason)
    ...     r == classify("送餐太慢了")
    complaint: "太慢" shows dissatisfaction, no praise found; category sales contract: "太慢"
    True
    """

    _answer: ClassVar[str] = "kind"  # what bool() tells a caller to test
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
    #: what the learned layer added to each kind's score (its evidence lines show each
    #: n-gram's own weight, not what it adds)
    learned_scores: tuple[tuple[Kind, int], ...] = ()
    #: what further words added to each kind's score: 1 for each distinct word of praise
    #: or of complaint beyond one per rule (a rule's line shows its one vote)
    word_scores: tuple[tuple[Kind, int], ...] = ()
    #: the kind scored second, which the reason says the kind outweighs (``None``: none)
    runner_up: Kind | None = attrs.field(default=None, kw_only=True)
    #: whether the category is the kind's own (a suggestion's, a praise's), not a subject's
    own_category: bool = attrs.field(default=False, kw_only=True)
    #: whether a wish framed the problem words, so they make no complaint
    wish_framed: bool = attrs.field(default=False, kw_only=True)
    #: whether the reading is unread, for a person to read (R-CMP-01): a short text that
    #: neither the rules nor the learned layer read, and any reading of a kind other than a
    #: complaint with confidence 0 (a question with no subject read, 这个怎么弄？, as well as
    #: nothing to handle read by no rule); a complaint read with confidence 0 is not, as it
    #: keeps a complaint's clocks (a one-step triage refuses what is quiet, docs/cases.md)
    quiet: bool = attrs.field(default=False, kw_only=True, converter=_QUIET_FIELD)
    #: the words asked about, not demanded (a question's subject), distinct, in text order
    asked_words: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    #: the words of harm to health or safety that made a complaint, distinct, in text order
    harm_words: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    #: the words of another complaint-grade signal (a repeat, a regulator, the media, a
    #: lawyer or a court, the police) that made a text read as praise a complaint
    #: (R-CMP-01, R-CMP-07), distinct, in text order
    grave_words: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    #: the category a demand would have put first, behind the fault it is about (R-CMP-03)
    yielded_category: Category | None = attrs.field(default=None, kw_only=True)
    #: whether the text has nothing in it (no character but spaces and full stops)
    blank: bool = attrs.field(default=False, kw_only=True)
    #: whether the text has no words to read (punctuation, digits or signs only)
    wordless: bool = attrs.field(default=False, kw_only=True)
    #: whether the text is a repair request (报修): a fault reported with a request to fix
    #: it or send someone, without blame, anger, a repeat failure, a delay or a severity
    #: hint.  Its kind stays a complaint, but a desk keeps it out of the complaint review
    #: (docs/complaints.md, "Repair requests and other tickets that are not complaints")
    repair_request: bool = attrs.field(default=False, kw_only=True)
    #: of a transcript (客服：…\n客户：…), the number of the agent's turns, which are not
    #: read: only the customer's turns are classified, the spans of the evidence are the
    #: transcript's; 0 for any other text (R-CMP-01)
    agent_turn_count: int = attrs.field(default=0, kw_only=True)
    #: whether the text is in a language the learned layer was not trained on (Latin,
    #: kana or Hangul letters and at most one Chinese character: hi, my card was
    #: blocked; 카드가 정지되었어요): only the rules read it, and when none does it is
    #: ``quiet`` (a person reads it)
    foreign: bool = attrs.field(default=False, kw_only=True)
    #: the grounds a return or a refund is asked on, when they decide the department instead
    #: of the return's own (多扣了月租，要求退费: a fee refunded is the contract's matter, the
    #: sales department's, D1 第一条 2; ``ClassifierPolicy.returns_by_grounds``); else ``None``
    refund_grounds: Category | None = attrs.field(default=None, kw_only=True)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

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
        """The IDs of the rules that fired, in text order of first match; the learned
        layer is no rule (its evidence has ``rule_id == "learned"``, its votes are
        :attr:`learned_scores`).

        >>> classify("等\\t了很久").fired, classify("服务员态度太差").fired
        ((), ('kind.staff-failed-me', 'sq.staff', 'sq.attitude', 'kind.complaint'))
        """
        return tuple(dict.fromkeys(e.rule_id for e in self.evidence if e.rule_id != "learned"))

    def _verdict(self) -> str:
        return _(
            "{kind} / {category} → {department} (confidence {confidence})",
            kind=self.kind,
            category=self.category,
            department=self.department,
            confidence=self.confidence,
        )

    def explain(self) -> str:
        """A multi-line, human-readable account: the decision, then every match.

        The words are those of the active language (see :mod:`custops.i18n`); the
        customer's words are quoted, rule IDs of the rule set too.

        >>> r = classify("不是质量问题，是服务员态度太差")
        >>> r.explain().startswith(str(r) + "\\n")  # the answer, its rule and its reason
        True
        >>> print(r.explain().split("\\n", 1)[1])
        问题：服务质量（4：「服务员」、「态度」）
        得分：投诉 14
          「kind.staff-failed-me」[8:15]「服务员态度太差」→ 投诉 +7
          「sq.staff」[8:11]「服务员」→ 服务质量 +1
          「sq.attitude」[11:13]「态度」→ 投诉、服务质量 +3
          「kind.complaint」[13:15]「太差」→ 投诉 +4
          「pq.defect」[2:6]「质量问题」→ 投诉、产品质量，被「不是」否定，不计
          「pq.topic」[2:4]「质量」→ 产品质量，被「不是」否定，不计
        """
        scores = joined(
            (_("{kind} {score}", kind=k, score=n) for k, n in self.kind_scores), strong=False
        )
        lines = [
            str(self),
            colon(_("issues"), joined(map(str, self.issues), strong=True)),
        ]
        if self.refund_grounds is not None:  # a return routed by what it is asked on
            why = _(
                "a return or refund asked on the grounds of {grounds} goes where {grounds} "
                "matters go: {department}",
                grounds=self.refund_grounds,
                department=self.department,
            )
            lines.append(colon(_("department"), why))
        if self.agent_turn_count:  # a transcript: what was not read
            lines.append(
                colon(
                    _("transcript"),
                    ngettext(
                        "only the customer's turns are read; {count} turn of the agent's is not",
                        "only the customer's turns are read; {count} turns of the agent's are not",
                        self.agent_turn_count,
                        count=self.agent_turn_count,
                    ),
                )
            )
        if scores:
            lines.append(colon(_("scores"), scores))
        if self.word_scores:  # further words of a kind, beyond each rule's one vote
            added = (_("{kind} +{score}", kind=k, score=n) for k, n in self.word_scores)
            lines.append(colon(_("further words add"), joined(added)))
        if self.learned_scores:  # what the model added, beside its n-grams' weights
            added = (_("{kind} +{score}", kind=k, score=n) for k, n in self.learned_scores)
            lines.append(colon(_("learned layer adds"), joined(added)))
        votes = _votes(self.evidence)
        for e in self.evidence:
            if e.rule_id == "learned":
                gap = " " if english() else ""
                lines.append(f"  {e}{gap}{_('(n-gram weight)')}")
            elif e in votes:
                lines.append(f"  {e}")
            else:
                lines.append(f"  {joined((str(e), _('not added again')))}")
        lines.extend(f"  {e}" for e in self.suppressed)
        return "\n".join(lines)


def _votes(evidence: Iterable[Evidence]) -> frozenset[Evidence]:
    """The evidence that adds to the scores: per rule, its first heaviest match (a rule
    votes once per kind and once for its category)."""
    best: dict[tuple[str, Any], Evidence] = {}
    for e in evidence:
        if e.rule_id == "learned":
            continue
        for key in ((e.rule_id, e.kind), (e.rule_id, e.category is not None)):
            if key not in best or e.weight > best[key].weight:
                best[key] = e
    return frozenset(best.values())


@fitted_call
def find_matches(
    text: str, *, policy: ClassifierPolicy | None = None
) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...]]:
    """All matches of the policy's rules in ``text``: ``(counted, suppressed)``, each in
    text order.

    ``policy`` is a :class:`ClassifierPolicy` (its boundary words and contrasts apply);
    ``None`` means the built-in rules (``DEFAULT_CLASSIFIER_POLICY``).  For bare rules,
    give a policy without words or contrasts
    (``ClassifierPolicy(rules=…, words=(), contrasts=())``).  Of a transcript only the
    customer's turns are read, as :func:`classify` reads them (the spans point into the
    whole text).

    >>> counted, suppressed = find_matches("没有人受伤")
    >>> [e.rule_id for e in counted], [(e.rule_id, e.negated_by) for e in suppressed]
    ([], [('sig.safety', '没有')])
    >>> t = "客服：不满意可拨打12300申诉。\\n客户：套餐怎么改？"
    >>> [e.rule_id for e in find_matches(t)[0] if e.rule_id.startswith("sig.")]
    []
    """
    require_str("text", text, nonempty=False)
    rules = policy_or_default(policy, ClassifierPolicy)
    rule_tuple, words, contrast = rules.rules, rules.words, rules._contrast
    normalised, where = _customers_words(text)
    counted, suppressed, _asked, _voting = _find(
        text, normalised, where, rule_tuple, words, contrast
    )
    return _in_text_order(counted), _in_text_order(suppressed)


def heard_matches(text: str, policy: ClassifierPolicy) -> tuple[Evidence, ...]:
    """The matches of ``find_matches`` that count as said, in text order: those of a rule
    only asked about (a question frame around it, no other complaint vote in the text, as
    :func:`classify` reads it, R-CMP-01) left out — what severity hints are read from
    (:func:`~custops.complaints.assess_severity`: 消委会的电话是多少？ threatens nobody).
    Of a transcript only the customer's turns are read, as :func:`classify` reads them."""
    normalised, where = _customers_words(text)
    counted, _suppressed, asked, voting = _find(
        text, normalised, where, policy.rules, policy.words, policy._contrast
    )
    asked = _only_asked(asked, voting)
    return _in_text_order([e for e in counted if e.rule_id not in asked])


def _customers_words(text: str) -> tuple[str, Sequence[int]]:
    """``text`` normalised for matching, with each character's index in ``text``: of a
    transcript (:func:`_turns`) the customer's turns only, nothing when it has none — the
    agent's words are never read as the customer's (R-CMP-01, R-CMP-07)."""
    turns = _turns(text) if _opens_transcript(text) else None
    return normalise_fast(text) if turns is None else _spoken_words(turns)


def _spoken_words(turns: _Turns) -> tuple[str, Sequence[int]]:
    """The customer's turns normalised for matching, each character's index in the
    transcript; where the agent spoke between two turns a sentence's end and a space
    stand, which no rule reads across (a gap of ``\\S`` or of ``[^。…]``, R-CMP-01)."""
    normalised, at = normalise_fast(turns.spoken)
    where = [turns.at[i] for i in at]  # positions in the turns → in the transcript
    if not turns.breaks:
        return normalised, where
    chars: list[str] = []
    spans: list[int] = []
    for char, i, pos in zip(normalised, at, where, strict=True):
        if i in turns.breaks:
            chars.append("。 ")
            spans.extend((pos, pos))
        else:
            chars.append(char)
            spans.append(pos)
    return "".join(chars), spans


def _only_asked(asked: frozenset[str], voting: Iterable[Evidence]) -> frozenset[str]:
    """The rules of ``asked`` only asked about: none when another complaint vote (anger, a
    demand, a problem) stands in the text, for then no frame makes it a question (R-CMP-01)."""
    if asked and any(e.kind is Kind.COMPLAINT and e.rule_id not in asked for e in voting):
        return frozenset()
    return asked


def _find(
    text: str,
    normalised: str,
    where: Sequence[int],
    rule_tuple: tuple[Rule, ...],
    words: tuple[str, ...],
    contrast: re.Pattern[str] | None,
) -> tuple[list[Evidence], list[Evidence], frozenset[str], list[Evidence]]:
    """Counted and suppressed evidence (in rule order), the IDs of the rules only *asked about*,
    and the counted evidence without the pieces that vote as an earlier one does, as far as
    seen cheaply (of a rule whose every match counts as it is, the first: a long text
    repeating 谢谢 has half a million, which vote as one; see :func:`_first_of_each_vote`).

    A rule is asked about when it has question frames and each of its counted matches
    stands in a sentence one of them matches.  A kind or category match after a
    contrast weighs double.
    """
    counted: list[Evidence] = []
    suppressed: list[Evidence] = []
    asked: set[str] = set()
    alike: list[tuple[int, int]] = []  # pieces of ``counted`` that vote as their first does
    scopes: list[_scan.Scopes] = []  # of a long text: each question scope searched once
    scanned = Index.of(rule_tuple, words).scan(normalised)
    if _ASCII_ALNUM(normalised):  # an English keyword counts as a whole word only
        _in_ascii_words(scanned, rule_tuple, text, normalised, where)
    turn = -1  # normalised position after which matches stand after a contrast
    if contrast is not None:
        m = contrast.search(normalised)
        if m is not None:
            turn = m.end()
    for order in sorted(scanned):
        rule = rule_tuple[order]
        frames, later = frames_of(rule), later_frames_of(rule)
        if frames is not None or later is not None:
            found = [(s, e) for s, e, _, neg, _ in scanned[order] if not neg]
            # a match followed in its sentence by a later frame is asked about (我想退货，
            # 怎么操作？); the others need a frame in their own scope
            rest = (
                [(s, e) for s, e in found if not later.search(later_scope(normalised, e))]
                if later is not None
                else found
            )
            if not found:
                pass
            elif not rest:
                asked.add(rule.id)
            elif frames is None:
                pass
            elif len(normalised) > _scan.LONG:
                if not scopes:
                    scopes.append(_scan.Scopes(normalised, SENTENCE_BREAKS, CLAUSE_BREAKS))
                if all(scopes[0].framed(frames, s, e) for s, e in rest):
                    asked.add(rule.id)
            elif all(frames.search(question_scope(normalised, s, e)) for s, e in rest):
                asked.add(rule.id)
        votes = rule.kind is not None or rule.category is not None
        stresses = votes and turn >= 0 and rule.kind in _STRESSED
        rule_id, weight, kind, category, signal = (
            rule.id,
            rule.weight,
            rule.kind,
            rule.category,
            rule.signal,
        )
        matches = scanned[order]
        if (
            type(where) is range  # (``range(len(text))``: one character for one)
            and not (stresses and matches and turn <= matches[-1][0])
            and not any(map(FOURTH, matches))  # no match negated (its negated_by)
            and not any(map(FIFTH, matches))  # nor flipped (its flipped_by)
        ):  # every match counts as it is (a long text repeating 谢谢 has half a million)
            if len(matches) > 1:
                alike.append((len(counted) + 1, len(counted) + len(matches)))
            counted += [
                Evidence(rule_id, (s, e), text[s:e], source, weight, kind, category, signal)
                for s, e, source, _negated_by, _flipped_by in matches
            ]
            continue
        for start, end, source, negated_by, flipped_by in matches:
            o_start, o_end = where[start], where[end - 1] + 1
            stressed = stresses and turn <= start
            (suppressed if negated_by else counted).append(
                Evidence(
                    rule_id,
                    (o_start, o_end),
                    text[o_start:o_end],
                    source,
                    weight * 2 if stressed else weight,
                    rule.negated_kind if flipped_by else kind,
                    category,
                    None if flipped_by else signal,
                    negated_by,
                    flipped_by,
                    stressed,
                )
            )
    voting = counted
    if alike:
        voting, low = [], 0
        for start, end in alike:
            voting += counted[low:start]
            low = end
        voting += counted[low:]
    return counted, suppressed, frozenset(asked), voting


_ASCII_ALNUM = re.compile(r"[0-9a-z]").search
#: What may follow an English keyword in its word: an ending (refunds, leaked, waiting, quickly)
_ENDINGS = frozenset(("s", "es", "d", "ed", "ing", "ly"))


def _word_run(normalised: str, where: Sequence[int], i: int, size: int) -> tuple[int, int]:
    """The English word or number of ``normalised`` that holds position ``i`` (a letter or
    a digit): the run of letters and digits around it with nothing left out between them
    in the text (``where`` consecutive), as ``(start, end)``."""
    low, high = i, i + 1
    while low > 0 and _ALNUM(normalised[low - 1]) and where[low - 1] + 1 == where[low]:
        low -= 1
    while high < size and _ALNUM(normalised[high]) and where[high] == where[high - 1] + 1:
        high += 1
    return low, high


def _in_ascii_words(
    scanned: dict[int, tuple[Any, ...]],
    rules: tuple[Rule, ...],
    text: str,
    normalised: str,
    where: Sequence[int],
) -> None:
    """Negate, in ``scanned``, each match of a term that starts or ends inside a longer
    English word or number of ``text``: ``fast`` in breakfast, ``5星`` in 15星 — the word
    it lies in is its ``negated_by`` (as a boundary word's is); an ending after a term
    (refund → refunds, refunded) keeps the word its own.  An English word of a complaint's
    rule right after not, never or n't (not rude, wasn't rude) is negated by it, whatever
    the rule's own negation cues (R-CMP-01).

    >>> from custops.complaints import find_matches
    >>> [(e.text, e.negated_by) for e in find_matches("The breakfast came fast")[1]]
    [('fast', 'breakfast')]
    >>> {e.negated_by for e in find_matches("the staff were not rude at all")[1]}
    {'not'}
    """
    size = len(normalised)
    for r in _ascii_rules(rules).intersection(scanned):
        terms, found = rules[r].terms, scanned[r]
        # (a rule that turns its negated match into another kind reads its own cues)
        said_not = rules[r].kind is Kind.COMPLAINT and rules[r].negated_kind is None
        marked = list(found)
        run = (0, 0)  # the word last walked: the matches inside it share it (linear in it)
        for k, (start, end, source, negated_by, _flipped_by) in enumerate(found):
            if negated_by or not (_ALNUM(normalised[start]) or _ALNUM(normalised[end - 1])):
                continue
            if source not in terms:
                continue  # (a pattern says its own bounds)
            low, high = start, end
            if _ALNUM(normalised[start]):  # letters or digits before it, no space between
                if not run[0] <= start < run[1]:
                    run = _word_run(normalised, where, start, size)
                low = run[0]
            if _ALNUM(normalised[end - 1]):  # … or after it
                if not run[0] <= end - 1 < run[1]:
                    run = _word_run(normalised, where, end - 1, size)
                high = run[1]
            ending = normalised[end:high]
            if low < start or (
                ending and (normalised[end - 1].isdigit() or ending not in _ENDINGS)
            ):
                marked[k] = (start, end, source, text[where[low] : where[high - 1] + 1], "")
            elif said_not and normalised[start].isalpha():
                cue = _NOT_BEFORE(text, max(0, where[start] - 12), where[start])
                if cue is not None:
                    marked[k] = (start, end, source, cue.group(1), "")
        scanned[r] = tuple(marked)


#: not, never or n't right before an English word (the staff were not rude), its end
_NOT_BEFORE = re.compile(r"(?<![a-z])(not|never|\w+n['’]t)[ \t]+$", re.IGNORECASE).search


#: Per rule tuple, the positions of its rules with a term that starts or ends with a Latin
#: letter or a digit (the last few tuples asked about)
_ASCII_RULES: list[tuple[tuple[Rule, ...], frozenset[int]]] = []


def _ascii_rules(rules: tuple[Rule, ...]) -> frozenset[int]:
    """The positions in ``rules`` of the rules with a term that starts or ends with a Latin
    letter or a digit (normalised)."""
    for known, positions in _ASCII_RULES:
        if known is rules:
            return positions
    positions = frozenset(
        r
        for r, rule in enumerate(rules)
        for term in (normalise(t)[0] for t in rule.terms)
        if term and (_ALNUM(term[0]) or _ALNUM(term[-1]))
    )
    _ASCII_RULES[:] = [*_ASCII_RULES[-3:], (rules, positions)]
    return positions


def _first_of_each_vote(evidence: list[Evidence]) -> list[Evidence]:
    """``evidence`` without the pieces that vote as an earlier one does (the same rule,
    votes, weight and cues), which change no tally: a rule votes with its first heaviest
    match.  A long text repeating 谢谢 has half a million pieces, and a few votes.

    >>> e = [Evidence("r", (i, i + 2), "谢谢", "谢谢", 1) for i in range(0, 200, 2)]
    >>> _first_of_each_vote(e) == e[:1]
    True
    """
    if len(evidence) < 64:
        return evidence
    keys = list(map(_VOTE, evidence))
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    return list(map(evidence.__getitem__, sorted(first.values())))


_VOTE = operator.attrgetter(
    "rule_id", "kind", "category", "signal", "weight", "negated_by", "flipped_by", "stressed"
)


def _in_text_order(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """``evidence`` of :func:`_find` by start (stable: in rule order where starts tie)."""
    items = list(evidence)
    if len(items) < 64:
        return tuple(sorted(items, key=lambda e: e.span[0]))
    starts = list(map(FIRST, map(_SPAN, items)))  # many: the sort's keys got in C
    return tuple(map(items.__getitem__, sorted(range(len(items)), key=starts.__getitem__)))


def _with_learned(
    counted: tuple[Evidence, ...], learned: list[Evidence], order: Mapping[str, int]
) -> tuple[Evidence, ...]:
    """``counted`` and ``learned`` in text order, ties in rule order: what a stable sort of
    ``counted + learned`` by ``(start, rule order)`` gives.  ``counted`` is in that order
    already (by start, then in the rule order of :func:`_find`), so each of the few
    learned pieces is put in its place by bisection, in the order the sort gives them.

    >>> from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
    >>> def piece(rule_id, start):
    ...     return Evidence(rule_id, (start, start + 2), "xx", "xx", 1)
    >>> counted = (piece("rx.demand", 0), piece("kind.complaint", 4))
    >>> merged = _with_learned(counted, [piece("learned", 4), piece("learned", 1)],
    ...                        DEFAULT_CLASSIFIER_POLICY._order)
    >>> [(e.rule_id, e.span[0]) for e in merged]
    [('rx.demand', 0), ('learned', 1), ('kind.complaint', 4), ('learned', 4)]
    """

    def key_of(e: Evidence) -> tuple[int, int]:  # (the bisection reads it only where it looks)
        return e.span[0], order[e.rule_id]

    if len(counted) < 64:  # a few: the stable sort itself
        return tuple(sorted((*counted, *learned), key=key_of))
    out = list(counted)
    learned_keys = [(e.span[0], order[e.rule_id]) for e in learned]
    # a stable sort: pieces of equal key stay in list order
    for key, e in sorted(zip(learned_keys, learned, strict=True), key=FIRST):
        out.insert(bisect.bisect_right(out, key, key=key_of), e)
    return tuple(out)


_SPAN, _RULE = operator.attrgetter("span"), operator.attrgetter("rule_id")
_KIND, _SIGNAL, _TEXT = map(operator.attrgetter, ("kind", "signal", "text"))
_ASKING = frozenset({Kind.CONSULTATION, Kind.SUGGESTION})
_ASKED = _ASKING | {Kind.NO_ACTION}  # (with a greeting or thanks: 你好，…有没有停车场？)
_SILENT = frozenset({Kind.PRAISE, Kind.NO_ACTION})
#: the grounds of a return or refund that route it to their own department: a contract's,
#: a service's or a repair's matter, no goods' defect (``ClassifierPolicy.returns_by_grounds``)
_REFUND_GROUNDS = frozenset(
    {Category.SALES_CONTRACT, Category.SERVICE_QUALITY, Category.REPAIR_QUALITY}
)

#: the rules whose complaint vote reads a fault (坏了, 不制冷, 堵了, 漏水): a repair request
#: (报修) needs one (R-CMP-01); besides the ``pq.`` rules
_FAULT_RULES = frozenset(
    {"kind.broken", "kind.cannot", "kind.must-handle", "rq.topic", "rq.problem"}
)
#: complaint votes that are neither a fault nor the request itself and still leave a repair
#: request one: an urgent call (快派人来) asks for help, it blames no one
_REQUEST_RULES = frozenset({REPAIR_REQUEST_RULE, "desk.urgent"})


def _repair_request(voting: Sequence[Evidence]) -> bool:
    """Whether the voting evidence is a repair request's (报修, R-CMP-01, R-CMP-07): the
    request rule and a fault read, and no other complaint vote — anger, blame, a verdict,
    a repeat, a delay, a loss or a claim (kind.complaint, kind.verdict, sq.waiting,
    kind.claim …) make it a complaint like any other — nor a severity hint (signal)."""
    request = fault = False
    for e in voting:
        if e.signal is not None:
            return False
        rule_id = e.rule_id
        if rule_id == REPAIR_REQUEST_RULE:
            request = e.kind is Kind.COMPLAINT
        elif rule_id in _FAULT_RULES or rule_id.startswith("pq."):
            fault = fault or e.kind is Kind.COMPLAINT or rule_id.startswith("rq.")
        elif e.kind is Kind.COMPLAINT and rule_id not in _REQUEST_RULES:
            return False
    return request and fault


#: What the rules can read: Chinese characters or Latin letters (and kana or Hangul, words
#: the learned layer does not read: ``foreign``).  A text with none (digits, emoji, signs)
#: that no rule recognises is nothing to handle (R-CMP-01).
_READABLE = re.compile(
    r"[a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"
)


_MARKS = frozenset({"Sm", "Sc", "Sk"})  # mathematical, currency and modifier signs


def _only_marks(normalised: str) -> bool:
    """Whether ``normalised`` holds punctuation, spaces and mathematical or currency signs
    only — no digit, letter or picture (an emoji is a symbol of its own: 😡 says something).

    >>> _only_marks("!!!???"), _only_marks("12315"), _only_marks("😡😡")
    (True, False, False)
    """
    return all(
        unicodedata.category(ch)[0] in "PZ" or unicodedata.category(ch) in _MARKS
        for ch in normalised
    )


_MODEL_SPAN = 2000  # characters of a long text's start and end the learned layer reads
_TOPIC_LEAD = 2  # a rule topic this far ahead names the category without the model
# the longest text (normalised characters) whose wish or question the rules read alone:
# in a longer text it is one part among others, so the learned layer is heard as well,
# and its vote (and the margin below which it is heard) weighs _LONG halves as much, half
# as much again: the rules' cue counts say less about a review of many clauses, yet on
# sources the layer was never trained on a doubled vote read more of them wrongly than
# this (the forty-second round, measured)
_SHORT = 40
_LONG = 3
_NUMBERS = re.compile(rf"\W?\d{{{_ngram.NUMBER_DIGITS},}}")
_DIGITS = re.compile(rf"\d{{{_ngram.NUMBER_DIGITS}}}").search
_END_MARKS = "".join(sorted(CLAUSE_BREAKS | {"~"}))
#: a letter or other word character that is no digit: never removed by _NUMBERS, nor
#: by the stripping of the closing marks; what is left once the others are removed (one
#: string made in C, not a list of one-character strings)
_NOT_KEPT = re.compile(r"[\W\d]+")


def _is_short(normalised: str) -> bool:
    """Whether the text has at most ``_SHORT`` characters; a phone or order number (seven
    digits or more, which give the model no n-gram either), the mark setting it off and
    the marks closing the text are not counted, so a number appended to a text — after
    its own closing mark, after a mark of its own, or straight after the words — never
    changes how the text is read.

    >>> _is_short("车开了不到一个月，怠速的时候方向盘抖得厉害，仪表上还亮了个黄灯。13000000002")
    True
    >>> text = "我2.0的,也是从6万换过变速箱油以后油耗比以前多了一升。怎么检查变速箱油液位呢?"
    >>> _is_short(text) == _is_short(text + "13912345678") == _is_short(text + "。13912345678")
    True
    """
    if len(normalised) <= _SHORT:
        return True
    if len(_NOT_KEPT.sub("", normalised[: 4 * _SHORT])) > _SHORT:
        return False  # more characters than that are kept (a long text: found at once)
    if _DIGITS(normalised):  # (where _NUMBERS matches: found sooner)
        normalised = _NUMBERS.sub("", normalised)
    return len(normalised.rstrip(_END_MARKS)) <= _SHORT


#: a letter of a script the learned layer was not trained on: Latin, kana, Hangul
_LETTER = re.compile(r"[a-z\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]").search
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]").finditer


def _not_chinese(normalised: str) -> bool:
    """Whether ``normalised`` is in a language the learned layer was not trained on:
    Latin, kana or Hangul letters, and at most one Chinese character (the forty-third
    round, measured on the real texts: no answer changes; taking Latin letters three times
    as many as the Chinese characters for the mark, four Cantonese texts written half in
    English lost the model's category, three of them rightly put).

    >>> _not_chinese("hi,mycardwasblocked"), _not_chinese("iphone充电很慢"), _not_chinese("12315")
    (True, False, False)
    >>> _not_chinese("카드가정지되었어요"), _not_chinese("ありがとう")
    (True, True)
    """
    return (
        _LETTER(normalised) is not None and next(islice(_CHINESE(normalised), 1, 2), None) is None
    )


_STRESSED = frozenset({Kind.COMPLAINT, Kind.PRAISE, None})


def _confidence(top: int, runner_up: int, saturation: int) -> float:
    if top <= 0:
        return 0.0
    # top/(top+runner_up) × min(1, top/saturation) as one exact integer ratio; int / int
    # is correctly rounded, so this is the float of the exact fraction (deterministic).
    return round(top * min(top, saturation) / ((top + runner_up) * saturation), 2)


class _Tally:
    """The votes of one axis (kinds or categories): each one's score, strongest rule and
    the order of its first rule."""

    def __init__(self) -> None:
        self.scores: dict[Any, int] = {}
        self.best: dict[Any, tuple[int, str]] = {}
        self.first: dict[Any, int] = {}

    def add(self, key: Any, weight: int, rule: str, order: int = 0) -> None:
        self.scores[key] = self.scores.get(key, 0) + weight
        best = self.best.get(key, (0, ""))
        # the learned layer is the strongest rule only where no rule voted: a rule that
        # agrees with it explains the answer in words (「太差」 shows dissatisfaction)
        if weight > best[0] and (rule != "learned" or not best[1]):
            self.best[key] = (weight, rule)
        self.first.setdefault(key, order)

    def top(self, ranked: list[Any], saturation: int, default: Any) -> tuple[Any, str, float]:
        """The first of ``ranked``, its strongest rule and the confidence in it."""
        if not ranked:
            return default, "default", 0.0
        runner_up = self.scores[ranked[1]] if len(ranked) > 1 else 0
        confidence = _confidence(self.scores[ranked[0]], runner_up, saturation)
        return ranked[0], self.best[ranked[0]][1], confidence


def _in_enum_order(scores: dict[Any, int]) -> tuple[tuple[Any, int], ...]:
    """The scores (of kinds, or of categories) as pairs, in the order the enumeration
    lists its members."""
    # (the members in declaration order, each looked up: cheaper than a sort by position)
    pairs = tuple([(member, scores[member]) for member in _MEMBERS if member in scores])
    if len(pairs) == len(scores):
        return pairs
    return tuple(sorted(scores.items(), key=lambda item: item[0].position))


_MEMBERS = (*Kind, *Category)


def rule_features(evidence: Iterable[Evidence]) -> frozenset[str]:
    """What the rules saw, as features of the learned layer: ``@rule:kind`` per vote.

    A flipped vote is marked ``!`` and a vote after a contrast ``>``, so the model
    learns how much each rule, a negated praise or a turn of the text is worth.
    """
    out = set()
    # the features depend on four fields only: each of their combinations is read once
    # (a long letter has thousands of matches of a few rules)
    for rule_id, kind, flipped_by, stressed in set(map(_VOTE_FIELDS, evidence)):
        if rule_id == "learned":
            continue
        vote = kind._value_ if kind is not None else "-"  # (.value is a slow property)
        mark = ("!" if flipped_by else "") + (">" if stressed else "")
        out.add(f"@{rule_id}:{vote}{mark}")
        if kind is not None:
            out.add(f"@{vote}{mark}")
    return frozenset(out)


_VOTE_FIELDS = operator.attrgetter("rule_id", "kind", "flipped_by", "stressed")


#: Words an n-gram of the learned layer often cuts, besides the rules' own terms and
#: boundary words (「个小」 of 两个小时 is no evidence a reader accepts).
_UNITS = ("小时", "钟头", "分钟", "时候", "时间", "东西")
_MEASURES = frozenset("个只块元次天件家位")
_NUMERALS = frozenset("0123456789一二两三四五六七八九十几半百千万多这那每哪")
_PARTICLES = frozenset("的了着们地得吗呢吧啊呀")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz").__contains__  # ([0-9a-z])
_ALNUM_RUN = re.compile(r"[0-9a-z]*").match
_LAST_OTHER = re.compile(r".*[^0-9a-z]", re.DOTALL).match  # up to the last other character


def _run_start(normalised: str, at: int) -> int:
    """Where the run of letters and digits holding ``normalised[at]`` starts.

    >>> _run_start("好ok12ok", 5), _run_start("ok", 1)
    (1, 0)
    """
    while at > 0:
        low = max(0, at - 256)  # a piece at a time: one greedy match each, in C
        m = _LAST_OTHER(normalised, low, at)
        if m is not None:
            return m.end()
        at = low
    return 0


#: A degree word, or 也/的, before a word of approval (很美, 态度也好, 一如既往的好): the
#: learned layer's praise of a short text the rules did not read is taken only with one
_PRAISING = re.compile(
    r"(很|真|太|特别|非常|挺|超|好|也|的)(好|美|棒|赞|快|甜|香|爽|舒服|漂亮|不错|满意)"
).search
#: Words of approval the praise rules do not read as praise on their own (简洁又方便, 神器,
#: 杠杠的, 辛苦了): the learned layer's praise of a text the rules read otherwise is taken
#: only with one of these or with :data:`_PRAISING` (sixteenth round, measured)
_APPROVING = re.compile(
    r"(很|真|太|特别|非常|挺|超|好|也|又|的|蛮|十分|相当)"
    r"(方便|简洁|精美|给力|好用|好玩|好吃|好喝|实惠|划算|贴心|耐心|热情|专业|及时)"
    r"|神器|大爱|杠杠|良心|辛苦了|点赞|五星|好评|推荐|无比|一流|完美|值得"
).search
#: A patient's care by a doctor (医生…治疗, 大夫…手术, 主任…好转): a text read as praise or
#: as nothing to handle that names both tells of the illness treated, not of harm the
#: business did — its symptom words (住院, 过敏, 出血) make no complaint (the labelling guide,
#: twenty-second batch: no signal for the patient's own illness; the twenty-ninth round)
_CARER = "(医生|大夫|主任|医师|护士|专家|教授|院长)"
_CARE = "(治疗|诊治|诊疗|手术|看病|医术|康复|出院|好转|痊愈|治好|治愈|缓解)"
_CARED_FOR = re.compile(f"{_CARER}.{{0,40}}?{_CARE}|{_CARE}.{{0,40}}?{_CARER}", re.S).search
#: Praise of a person's work, not of a delivery's terms: a member of staff named (理赔员李师傅,
#: 快递小哥, 客服) or a matter handled (处理得很及时, 回复及时, 第一时间赶到).  Speed praised
#: in such a text (及时, 准时: ``pr.delivery``) is that person's service, so the praise is
#: routed as service quality is, to the office that gives staff their notices (R-CMP-03;
#: D10 二 3.3 营管办会对被投诉的当事人进行通报批评): an insurer's adjuster
#: and a courier praised for coming on time were routed to sales
_HANDLED_FAST = re.compile(
    r"(处理|回复|答复|解答|办理|响应|受理|赶到|到场|上门)得?(也|都|很|非常|特别|十分|相当|超|挺|真|"
    r"太|好|还|蛮)*(及时|迅速|准时)|第一时间就?(赶到|赶来|到场|上门|处理|回复|答复|联系|解决|帮)|"
    r"(及时|迅速|准时)(地|的)?(处理|回复|答复|解答|办理|"
    r"响应|受理|赶到|到场|上门)"
).search
#: A member of staff named, praised for their speed (快递小哥…准时送到): both must be said —
#: a price or a contract praised beside a staff word (业务员给的价格很优惠) stays the sales
#: department's (D1 第三条)
_STAFF_WORDS = (
    r"师傅|小哥|小姐姐|小伙|小妹|快递员|配送员|送餐员|送货员|外卖员|骑手|理赔员|查勘员|定损员|"
    r"安装工|维修工|司机|客服|服务员|工作人员|营业员|店员|柜员|导购|业务员|顾问|专员|经理"
)
_STAFF_NAMED = re.compile(_STAFF_WORDS).search
_SPEED = re.compile(
    r"及时|迅速|准时|第一时间|很快就?(到|来|送|赶|处理|回复|解决)|马上就?(到|来|赶)"
).search


def _staff_work(normalised: str) -> bool:
    """Whether praise of ``normalised`` is of a person's speed or a matter handled fast:
    routed with staff matters, not as a delivery's terms (R-CMP-03, D10 二 3.3)."""
    if _HANDLED_FAST(normalised):
        return True
    return bool(_STAFF_NAMED(normalised) and _SPEED(normalised))


#: Thanks or praise addressed to a member of staff (谢谢…的客服小姐姐, 感谢张师傅): the person
#: is what is praised when their own service is (_PERSON_SERVICE), not the goods they brought
_PERSON_THANKED = re.compile(
    r"(谢谢|感谢|多谢|表扬|点赞|致谢|夸夸)(一下)?[^，。！？,.!?\n]{0,12}?(" + _STAFF_WORDS + ")"
).search


#: What a person's own service is praised by: their manner or their work for the customer
#: (耐心, 态度, 热情, 专业, 细心, 周到, 认真, 负责, 辛苦, 帮我…, 服务…好)
_PERSON_SERVICE = re.compile(
    r"耐心|态度|热情|专业|细心|周到|认真|负责|辛苦|贴心|热心|礼貌|帮我|帮忙|帮了|"
    r"服务(很|真|特别|非常|十分|超|挺)?(好|棒|到位)"
).search


def _person_praised(normalised: str) -> bool:
    """Whether praise of ``normalised`` is of a person: thanks or praise addressed to a
    member of staff (谢谢…客服小姐姐，耐心帮我查了账单; 感谢张师傅！…态度特别好), routed
    with staff matters whatever the matter they helped with (R-CMP-03, D10 二 3.3); a
    review that praises the goods and, beside them, the staff keeps the goods' topic, and so
    does a person thanked for goods they brought or recommended (谢谢张经理推荐的酒，很好喝;
    感谢师傅送来的热水器，质量真好: the taste and the quality are the goods', D10 二 3.1):
    only praise of the person's own service (耐心, 态度, 热情, 专业, 帮我…) is theirs."""
    if _PERSON_THANKED(normalised) and _PERSON_SERVICE(normalised):
        return True
    # a member of staff praised as the subject of the text's first clause for their own
    # service (客服小姐姐很耐心帮我调了临时额度，点赞; 师傅很专业): theirs, whatever the
    # matter they helped with
    return bool(_STAFF_SUBJECT(normalised))


#: A member of staff as the subject of the first clause, then their own service (R-CMP-03)
_STAFF_SUBJECT = re.compile(
    r"^[^，。！？,.!?\n]{0,8}?(" + _STAFF_WORDS + r")[^，。！？,.!?\n]{0,6}?("
    r"耐心|热情|专业|细心|周到|认真|负责|贴心|热心|礼貌|态度(很|真|特别|非常|十分|超|挺)?好)"
).search


#: A word that makes a shortcoming minor (有点贵, 稍微有点吵, 略咸): the labelling guide's
#: mixed texts 3 (a mostly positive text with a minor shortcoming is praise)
_MINOR_WORDS = "有点|有些|有一点|一点点|稍微|稍稍|稍|略微|略|一丢丢|小小的|些许"
_MINOR_BEFORE, _MINOR_START = re.compile(f"({_MINOR_WORDS})$"), re.compile(_MINOR_WORDS)
#: A fault of the goods themselves that no degree word makes minor: food or goods that smell
#: or taste off, or have spoiled (有点奇怪的味道, 有点异味, 稍微有点臭) — the labelling guide's
#: taste, freshness and hygiene complaints, not a matter of degree as 有点咸 or 有点贵 is
_SPOILED = re.compile(r"奇怪|怪味|怪怪|异味|臭|馊|变质|发霉|霉味|哈喇|坏了|烂了|变味|发酸|酸臭")
#: How far after a shortcoming's words its object may be named (有点奇怪的味道: 奇怪 in the
#: piece, 味道 after it)
_SPOILED_AFTER = 4
#: A degree word of a shortcoming, counted in the text after the first praise: more
#: shortcomings so marked than pieces of praise outweigh the praise (the labelling guide's
#: twenty-fourth batch: two shortcomings outweigh one word of praise)
#: (略 inside a word — 忽略, 攻略, 策略 — marks nothing)
_MINOR_MARK = re.compile(f"(?<![忽攻策战省简领侵粗约])(?:{_MINOR_WORDS})+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]").fullmatch
_KNOWN_WORDS: list[tuple[ClassifierPolicy, frozenset[str], dict[str, tuple[int, ...]]]] = []


def _known_words(rules: ClassifierPolicy) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The words of ``rules`` (terms and boundary words, normalised, 2–6 characters) and
    the function words (:data:`_FUNCTION_WORDS`), and, by their first two characters, their
    lengths."""
    for known, words, by_pair in _KNOWN_WORDS:
        if known is rules:
            return words, by_pair
    # (the function words too: 「经打」 of 已经打了 cut 已经 in two)
    found = {normalise(w)[0] for w in (*rules.words, *_UNITS, *_FUNCTION_WORDS.split())}
    for rule in rules.rules:
        found.update(normalise(t)[0] for t in rule.terms)
    words = frozenset(w for w in found if 2 <= len(w) <= 6)
    lengths: dict[str, set[int]] = {}
    for w in words:
        lengths.setdefault(w[:2], set()).add(len(w))
    by_pair = {pair: tuple(sorted(n)) for pair, n in lengths.items()}
    _KNOWN_WORDS[:] = [*_KNOWN_WORDS[-3:], (rules, words, by_pair)]
    return words, by_pair


def _whole_words(normalised: str, start: int, end: int, rules: ClassifierPolicy) -> tuple[int, int]:
    """The span ``[start, end)`` of an n-gram widened to the whole words it cuts: a word
    of the rules (物流 of 「流太慢」), a number with its measure word (两个小时 of
    「个小」, 两个 of 「了两」), and without a particle at either end (「的酒」 → 「酒」) while two
    characters are left."""
    size = len(normalised)
    if size > _scan.LONG:
        start, end = _widen_by_pairs(normalised, start, end, rules)
        spans = None
    else:  # (a short text's words looked up once: see _widen_to_words)
        spans = _word_spans(normalised, rules)
        if spans:
            start, end = _widen_by_spans(spans, start, end)
    # a number or a Latin word is cited whole (「12315」, not 「了1」 and 「31」; issue 13):
    # its run of letters and digits found in C, however long (``okokok…``)
    if start > 0 and _ALNUM(normalised[start]) and _ALNUM(normalised[start - 1]):
        start = _run_start(normalised, start)
    if end < size and _ALNUM(normalised[end - 1]) and _ALNUM(normalised[end]):
        end = _ALNUM_RUN(normalised, end).end()  # type: ignore[union-attr]  # (it matches "")
    if normalised[start] in _MEASURES:
        while start > 0 and normalised[start - 1] in _NUMERALS:
            start -= 1
    if normalised[end - 1] in _NUMERALS and end < size and normalised[end] in _MEASURES:
        end += 1  # 「了两」 of 等了两个小时 → 「两个」 (the particle goes below)
    if end - start == 2:  # a particle and one character of a word: the whole word
        if normalised[end - 1] in _PARTICLES and start > 0 and _HAN(normalised[start - 1]):
            start -= 1  # 「决了」 of 解决了 → 「解决」
        elif normalised[start] in _PARTICLES and end < size and _HAN(normalised[end]):
            end += 1  # 「的手」 of 我的手机 → 「手机」
    while end - start > 2 and normalised[start] in _PARTICLES:
        start += 1
    while end - start > 2 and normalised[end - 1] in _PARTICLES:
        end -= 1
    # a particle dropped may have moved an edge into a word (「的差」 of 的差物流 → 「差物」)
    if spans is None:
        return _widen_by_pairs(normalised, start, end, rules)
    return _widen_by_spans(spans, start, end) if spans else (start, end)


_SPANS: list[tuple[str, ClassifierPolicy, list[tuple[int, int]]]] = []


def _word_spans(normalised: str, rules: ClassifierPolicy) -> list[tuple[int, int]]:
    """Where the words of ``rules`` (see :func:`_known_words`) occur in ``normalised``, as
    spans; those of the last text asked about are kept (each of its n-grams asks).

    >>> from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
    >>> _word_spans("等了两个小时", DEFAULT_CLASSIFIER_POLICY)
    [(4, 6)]
    """
    for known, policy, spans in _SPANS[:1]:  # (read once: another thread may replace it)
        if known == normalised and policy is rules:
            return spans
    words, by_pair = _known_words(rules)
    size = len(normalised)
    # the lengths of the words starting with each pair (the pairs the rules' scan looked
    # up, hashed already); the few positions with some are picked in C
    found = list(map(by_pair.get, _scan.pairs_of(normalised)))
    spans = [
        (s, s + n)
        for s in compress(count(), found)
        for n in found[s]  # type: ignore[union-attr]  # (picked: not None)
        # (a word of two characters is the pair itself)
        if n == 2 or (s + n <= size and normalised[s : s + n] in words)
    ]
    _SPANS[:] = [(normalised, rules, spans)]
    return spans


def _widen_to_words(
    normalised: str, start: int, end: int, rules: ClassifierPolicy
) -> tuple[int, int]:
    """``[start, end)`` widened until no word of the rules crosses either edge."""
    if len(normalised) > _scan.LONG:
        return _widen_by_pairs(normalised, start, end, rules)
    # the words of a short text are found once (:func:`_word_spans`), then each n-gram's
    # span is widened by them: what :func:`_widen_by_pairs` finds
    return _widen_by_spans(_word_spans(normalised, rules), start, end)


def _widen_by_spans(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened until none of the words at ``spans`` crosses either edge."""
    if not spans:
        return start, end
    for _round in range(3):
        low, high = start, end
        for s, e in spans:
            if s < low < e or s < high < e:
                start, end = min(start, s), max(end, e)
        if (start, end) == (low, high):
            break
    return start, end


def _widen_by_pairs(
    normalised: str, start: int, end: int, rules: ClassifierPolicy
) -> tuple[int, int]:
    """:func:`_widen_to_words`, looking up the pairs of characters near the edges."""
    words, by_pair = _known_words(rules)
    size = len(normalised)
    for _round in range(3):
        low, high = start, end
        # a word (at most 6 characters) crossing an edge starts at most 5 before it: the
        # pairs from there to ``high`` are looked up at once, in C
        lo = max(0, low - 5)
        # (of a wide span, only a word starting near an edge can cross it)
        pieces = ((lo, high),) if high - lo <= 16 else ((lo, low), (max(low, high - 5), high))
        for a, b in pieces:
            pairs = map(by_pair.get, map(operator.add, normalised[a:b], normalised[a + 1 : b + 1]))
            for s, lengths in filter(SECOND, enumerate(pairs, a)):
                for n in lengths or ():
                    crosses = s < low < s + n or s < high < s + n
                    if crosses and s + n <= size and normalised[s : s + n] in words:
                        start, end = min(start, s), max(end, s + n)
        if (start, end) == (low, high):
            break
    return start, end


#: Words that say nothing of a category or a kind: pronouns, demonstratives, numbers with
#: their measure words, time words and particles.  The learned layer's n-grams of these
#: alone (「这个」, 「时候」, 「一个」, 「我们」) still weigh in its votes, but they are not
#: cited as its evidence: a reader takes them for no reason at all.
_FUNCTION_WORDS = (
    "我们 你们 他们 她们 它们 咱们 大家 自己 我 你 您 他 她 它 "
    "这个 那个 这些 那些 这里 那里 这儿 那儿 这样 那样 这么 那么 这种 那种 这次 那次 "
    "这 那 哪 什么 "
    "一个 一些 一点 一下 一次 一直 个 些 "
    "一 二 两 三 四 五 六 七 八 九 十 百 千 万 几 半 0 1 2 3 4 5 6 7 8 9 "
    "时候 现在 今天 昨天 明天 当时 刚才 已经 以后 以前 之前 之后 然后 后来 的时候 时 已 "
    "的 地 得 了 着 过 吗 呢 吧 啊 呀 哦 嘛 是 在 和 与 跟 也 都 就 还 又 才 把 被 给 对 "
    "从 到 说"
)
_ONLY_FUNCTION_WORDS = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _FUNCTION_WORDS.split()), key=len, reverse=True)) + ")+"
)


def _citable(gram: str) -> bool:
    """Whether the learned layer's ``gram`` (normalised) is worth citing: not only function
    words (:data:`_FUNCTION_WORDS`).

    >>> [_citable(g) for g in ("这个", "我们一个", "两个", "信号", "这个手机")]
    [False, False, False, True, True]
    """
    return _ONLY_FUNCTION_WORDS.fullmatch(gram) is None


def _learned_evidence(
    text: str,
    normalised: str,
    where: Sequence[int],
    grams: Sequence[tuple[str, int]],
    vote: Any,
    rules: ClassifierPolicy,
) -> tuple[list[Evidence], bool]:
    """The learned layer's evidence for ``vote``: its n-grams ``grams`` of positive weight
    found in the text, each widened to whole words and cited once, without those of
    function words alone; and whether any n-gram was found (the layer's votes count then,
    cited or not)."""
    out = []
    seen: list[tuple[int, int]] = []
    kind, category = (vote, None) if isinstance(vote, Kind) else (None, vote)
    for gram, weight in grams:
        if weight <= 0:
            continue
        at = normalised.find(gram)
        if at < 0:
            continue
        start, end = _whole_words(normalised, at, at + len(gram), rules)
        if seen and any(start < e and s < end for s, e in seen):
            continue  # one piece of the customer's words is cited once
        seen.append((start, end))
        source = normalised[start:end]
        if not (_citable(gram) and (source == gram or _citable(source))):
            continue  # (its weight still counts: only the citation is left out)
        o_start, o_end = where[start], where[end - 1] + 1
        out.append(
            Evidence(
                "learned", (o_start, o_end), text[o_start:o_end], source, weight, kind, category
            )
        )
    return out, bool(seen)


def _harm(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The safety signals among ``evidence`` (R-CMP-03, R-CMP-07; the labelling guide's
    rule 1: safety or health harm makes a text a complaint whatever else it says).

    Only a safety signal decides the kind by itself: a threat to go to a regulator, a
    lawyer or the media is a severity hint and a weak complaint vote of its rule
    (``sig.media``, ``sig.regulator``, ``sig.legal``), which other readings may outweigh —
    but not praise when the rules also read a problem (:func:`_grave`).
    """
    evidence = tuple(evidence)
    return tuple(
        compress(evidence, map(operator.is_, map(_SIGNAL, evidence), repeat(Signal.SAFETY)))
    )


#: The signals of a complaint-grade matter besides safety (R-CMP-07): a repeat, a regulator,
#: the media, a lawyer or a court, the police.  Praise that carries one beside a problem
#: told is no praise (呵呵…修了四次…打不通…给你们点个赞): the text is a complaint, so a
#: major matter never leaves the desk as a commendation (R-CMP-01).  Several customers
#: (``Signal.COLLECTIVE``) are left out: in praise they are mostly a party (一行8个人,
#: 大家都很快乐), and turning them made six `dev` reviews complaints, none rightly
#: (``Complaint.complainant_count`` still makes a case major, R-CMP-07)
_GRAVE = frozenset({Signal.REPEAT, Signal.REGULATOR, Signal.MEDIA, Signal.LEGAL, Signal.POLICE})


#: A lawyer named as someone's friend or trade (律师朋友, 朋友是律师) takes no action: the legal
#: signal turns praise into a complaint only with an act of law beside it (找律师, 请律师,
#: 起诉, 律师函, 打官司, 法院) — R-CMP-07's 法律诉讼 is a threat or a suit, not a person
_LEGAL_ACT = re.compile(
    r"起诉|律师函|官司|法院|仲裁|告你|告到"
    r"|(?:找|请|委托|联系)[^，。！？,.!?]{0,3}律师"
)


def _grave(evidence: Iterable[Evidence], text: str) -> tuple[Evidence, ...]:
    """The complaint-grade signals among ``evidence`` other than safety (:data:`_GRAVE`;
    R-CMP-01, R-CMP-07): what makes a text read as praise a complaint.  A signal only asked
    about (消委会的电话是多少？) was set aside before: it is no threat; a lawyer with no act
    of law in the ``text`` (律师朋友说你们很专业) is none either.

    >>> four = Evidence("sig.repeat", (14, 18), "修了四次", "修了四次", 1, signal=Signal.REPEAT)
    >>> good = Evidence("pr.general", (34, 35), "赞", "赞", 3, Kind.PRAISE)
    >>> [e.text for e in _grave([good, four], "买了半年修了四次，给你们点个赞")]
    ['修了四次']
    >>> friend = Evidence("sig.legal", (0, 2), "律师", "律师", 2, Kind.COMPLAINT,
    ...                   signal=Signal.LEGAL)
    >>> _grave([friend], "律师朋友说你们很专业"), len(_grave([friend], "律师说我要起诉你们"))
    ((), 1)
    """
    return tuple(
        e
        for e in evidence
        if e.signal in _GRAVE and (e.signal is not Signal.LEGAL or _LEGAL_ACT.search(text))
    )


#: A problem told as put right (终于修好了, 问题解决了): no complaint besides a signal
_PUT_RIGHT = re.compile(
    r"(?<![没未不])(?:解决|修好|处理好|搞定|弄好|换好)了?"
    r"(?![^，。！？,.!?]{0,3}(?:又|还|没|再))"  # 修好了又坏: not put right
)


def _reported(
    voting: Iterable[Evidence],
    problem_rules: AbstractSet[str],
    grave: Iterable[Evidence],
    text: str,
) -> bool:
    """Whether the rules read a complaint in ``voting`` besides a signal's own vote: a
    problem told (a problem rule's vote: 打不通, 不制冷) or a strong complaint cue (weight 4
    or more: 呵呵, 太差, 失望) — praise that thanks the staff for a matter put right after a
    post on Weibo (发微博…立马帮我解决了) reports none, and stays praise (R-CMP-01).

    The signal's own words are not a complaint besides it: a cue inside a ``grave``
    signal's span (投诉 in 黑猫投诉, in 之前投诉过) is the signal again; nor is a problem
    the ``text`` tells as put right after it (不制冷…这次师傅终于修好了): a repeat already
    fixed is thanks, not a complaint (R-CMP-01, R-CMP-07).

    >>> cue = Evidence("kind.complaint", (2, 4), "投诉", "投诉", 4, Kind.COMPLAINT)
    >>> mark = Evidence("sig.regulator", (0, 4), "黑猫投诉", "黑猫投诉", 2, Kind.COMPLAINT,
    ...                 signal=Signal.REGULATOR)
    >>> said, none = "在黑猫投诉发了帖", frozenset()
    >>> _reported([cue, mark], none, [], said), _reported([cue, mark], none, [mark], said)
    (True, False)
    >>> cold = Evidence("pq.defect", (2, 5), "不制冷", "不制冷", 3, Kind.COMPLAINT)
    >>> rules = frozenset({"pq.defect"})
    >>> _reported([cold], rules, (), "冰箱不制冷，终于修好了")
    False
    >>> _reported([cold], rules, (), "冰箱不制冷")
    True
    """
    spans = [e.span for e in grave]
    return any(
        e.kind is Kind.COMPLAINT
        and e.signal is None
        and (e.rule_id in problem_rules or e.weight >= 4)
        and not any(e.span[0] < end and start < e.span[1] for start, end in spans)
        and not _PUT_RIGHT.search(text, e.span[1])
        for e in voting
    )


def _minor(counted: Iterable[Evidence], text: str) -> bool:
    """Whether ``counted`` is praise with only minor shortcomings after it: every complaint
    piece follows the first piece of praise and is made minor by the words before it
    (有点贵, 稍微有点吵), and no piece carries a signal (harm, a regulator, several
    customers) — the labelling guide's mixed texts 3: 不错，就是披萨有些小 is praise.

    >>> good = Evidence("pr.general", (0, 2), "不错", "不错", 2, Kind.PRAISE)
    >>> small = Evidence("pq.defect", (9, 10), "小", "小", 2, Kind.COMPLAINT)
    >>> _minor([good, small], "不错，就是披萨有些小")
    True
    >>> _minor([good, attrs.evolve(small, span=(6, 8), text="披萨")], "不错，就是披萨有些小")
    False

    A smell or a taste gone off is no small matter, nor are more small shortcomings than
    words of praise:

    >>> odd = Evidence("kind.verdict", (7, 12), "奇怪的味道", "奇怪的味道", 4, Kind.COMPLAINT)
    >>> _minor([good, odd], "不错，就是有点奇怪的味道")
    False
    >>> _minor([good, attrs.evolve(small, span=(14, 15))], "不错，就是送得有点慢，披萨有些小")
    False
    """
    praise = complaint = 0
    first_praise = -1
    praised: set[str] = set()
    for e in counted:
        if e.signal is not None:
            return False
        if e.kind is Kind.PRAISE:
            praise += 1
            praised.add(e.text)
            if first_praise < 0 or e.span[0] < first_praise:
                first_praise = e.span[0]
    for e in counted:
        if e.kind is Kind.COMPLAINT:
            complaint += 1
            start, end = e.span
            if start < first_praise or not (
                _MINOR_BEFORE.search(text, max(0, start - 4), start) or _MINOR_START.match(e.text)
            ):
                return False
            if _SPOILED.search(text, start, end + _SPOILED_AFTER):
                return False  # (a smell or a taste gone off is no small matter)
    # several shortcomings each made small (送货有点点慢, 皮稍有点厚有点硬) outweigh one word
    # of praise: no longer a text that mentions one in passing
    if praise and complaint and len(_MINOR_MARK.findall(text, first_praise)) > len(praised):
        return False
    return bool(praise and complaint)


def _more_words(counted: Iterable[Evidence]) -> dict[Kind, int]:
    """What further words of praise and of complaint add to their kinds: 1 for each
    distinct word beyond one per rule.  A rule votes once, with its heaviest match, so a
    review praising ten things had only the votes of the few praise rules against each
    distinct problem rule's (the twenty-third round, measured: leave-one-source-out kind
    +0.1, praise read as a complaint 6.5 → 6.2 %).

    >>> good = [Evidence("pr.general", (i, i + 2), w, w, 3, Kind.PRAISE)
    ...         for i, w in enumerate(("不错", "很好", "不错"))]
    >>> _more_words(good)
    {<Kind.PRAISE: 'praise'>: 1}
    """
    counted = tuple(counted)
    if len(counted) < 2:
        return {}  # (no kind can have two words)
    kinds = list(map(_KIND, counted))
    if kinds.count(Kind.PRAISE) < 2 and kinds.count(Kind.COMPLAINT) < 2:
        return {}  # (most short texts: a word or none of each kind, nothing further)
    words: dict[Kind, set[str]] = {}
    rules: dict[Kind, set[str]] = {}
    for e in counted:
        if e.kind is Kind.PRAISE or e.kind is Kind.COMPLAINT:
            words.setdefault(e.kind, set()).add(e.text)
            rules.setdefault(e.kind, set()).add(e.rule_id)
    return {k: len(words[k]) - len(rules[k]) for k in words if len(words[k]) > len(rules[k])}


def _verdict_over_question(scores: dict[Kind, int]) -> None:
    """A question with anger, a verdict or a demand (a complaint cue of weight 4 or more;
    not the weaker marks ？？ or ！！) takes the kind of the verdict, not of its form
    (labelling guide, mixed texts 5: 请问退款多久到账？你们太差了！ is a complaint): the
    question's votes count at most one less than the complaint's."""
    if Kind.CONSULTATION in scores:
        scores[Kind.CONSULTATION] = min(scores[Kind.CONSULTATION], scores[Kind.COMPLAINT] - 1)


def _lead(scores: Mapping[Any, int]) -> int:
    """How far the best score is ahead of the next (the best score when alone)."""
    ranked = [*sorted(scores.values(), reverse=True), 0, 0]
    return ranked[0] - ranked[1]


def _consult_model(
    rules: ClassifierPolicy,
    text: str,
    normalised: str,
    where: Sequence[int],
    counted: Sequence[Evidence],
    kinds: _Tally,
    categories: _Tally,
    kind_decided: bool,
    category_decided: bool,
    short: bool,
) -> list[Evidence]:
    """Add the learned layer's votes to the tallies; its evidence.

    The model speaks only where the rules are unsure, and only with evidence: when
    none of the text's n-grams pushes towards its favourite, it stays silent.
    """
    kind_decided = kind_decided or not rules.learned
    category_decided = category_decided or not rules.learned_category
    if kind_decided and category_decided:
        return []  # the rules are sure of both: the model is not even run
    # the model reads short texts: of a long letter, its opening and its closing words
    # (where the verdict usually stands), so its cost does not grow with the letter
    head = (
        normalised
        if len(normalised) <= 2 * _MODEL_SPAN
        else (normalised[:_MODEL_SPAN] + "。" + normalised[-_MODEL_SPAN:])
    )
    prediction = _ngram.predict(
        head, rule_features(counted), kinds=not kind_decided, categories=not category_decided
    )
    learned: list[Evidence] = []
    if not kind_decided:
        top_kind = max(prediction.kinds, key=SECOND)[0]
        # (a short question or proposal never reaches here: its form decides; ``short``
        # is _is_short(normalised))
        weight = rules.learned * (2 if short else _LONG) // 2
        evidence = prediction.evidence(top_kind)
        found, spoke = _learned_evidence(text, normalised, where, evidence, top_kind, rules)
        if spoke:
            learned += found
            for kind, p in prediction.kinds:
                vote = round(weight * p)
                if vote > 0:
                    kinds.add(kind, vote, "learned")
    if not category_decided:
        # a suggestion's category follows from its kind, not from the model
        choices = [cp for cp in prediction.categories if cp[0] is not rules.suggestion_category]
        top = max(choices, key=SECOND)[0]
        found, spoke = _learned_evidence(
            text, normalised, where, prediction.evidence(top), top, rules
        )
        if spoke:
            learned += found
            # the category its evidence is cited for leads its votes: a rival rounded to
            # as many votes gets one fewer, so a tie is not broken against the evidence
            lead = round(rules.learned_category * dict(choices)[top])
            for category, p in choices:
                vote = round(rules.learned_category * p)
                if category is not top and vote >= lead:
                    vote = lead - 1
                if vote > 0:
                    categories.add(category, vote, "learned", rules._order["learned"])
    return learned


def _why(kind: Kind, shown: tuple[str, ...]) -> str:
    """Why a kind was chosen, in words: the customer's words that show it, ``shown``
    (:func:`_cite`; the verb agrees with the number of words quoted)."""
    n, words = len(shown), quoted_list(shown)
    if kind is Kind.COMPLAINT:
        return ngettext(
            "complaint: {words} shows dissatisfaction",
            "complaint: {words} show dissatisfaction",
            n,
            words=words,
        )
    if kind is Kind.PRAISE:
        return ngettext(
            "praise: {words} praises the goods or the service",
            "praise: {words} praise the goods or the service",
            n,
            words=words,
        )
    if kind is Kind.CONSULTATION:
        return ngettext(
            "consultation: {words} asks a question",
            "consultation: {words} ask a question",
            n,
            words=words,
        )
    if kind is Kind.SUGGESTION:
        return ngettext(
            "suggestion: {words} proposes a change",
            "suggestion: {words} propose a change",
            n,
            words=words,
        )
    return ngettext(
        "no action: {words} asks for nothing",
        "no action: {words} ask for nothing",
        n,
        words=words,
    )


#: Why the learned layer chose a kind, when no rule fired (False) or beside the rules (True).
_LEARNED = (
    N_("{kind}: no rule fired; its wording ({words}) is closest to such texts"),
    N_("{kind}: the wording ({words}) is closest to such texts"),
)


#: Why a text has the kind no rule gave it, when no rule matched (False) or when rules
#: matched but none of them told what the text asks for (True: a subject's words, 服务员)
_NO_KIND = (
    N_("{kind}: no rule recognised the text, so it is handled as one"),
    N_("{kind}: no rule recognised what the text asks for, so it is handled as one"),
)
#: The same of a short text that asks for nothing, as neither rules nor the learned layer read it
_QUIET = (
    N_("{kind}: no rule recognised this short text, nor did the learned layer"),
    N_("{kind}: no rule recognised what this short text asks for, nor did the learned layer"),
)
#: The same of a text in another language than Chinese, which the learned layer never reads
_FOREIGN = (
    N_(
        "{kind}: no rule recognised this text, and the learned layer reads Chinese only; "
        "a person should read it"
    ),
    N_(
        "{kind}: no rule recognised what this text asks for, and the learned layer reads "
        "Chinese only; a person should read it"
    ),
)
#: The same, when the learned layer read praise without a word of approval
_QUIET_PRAISE = (
    N_(
        "{kind}: no rule recognised this short text; the learned layer's praise "
        "({words}) without a word of approval is not taken"
    ),
    N_(
        "{kind}: no rule recognised what this short text asks for; the learned layer's "
        "praise ({words}) without a word of approval is not taken"
    ),
)


def _of_kind(evidence: tuple[Evidence, ...], kind: Kind) -> tuple[Evidence, ...]:
    """The pieces of ``evidence`` for ``kind``, picked in C."""
    return tuple(compress(evidence, map(operator.is_, map(_KIND, evidence), repeat(kind))))


def _texts_of(
    evidence: tuple[Evidence, ...], kind: Kind, *, learned: bool | None = None
) -> Iterator[str]:
    """The words of the pieces of ``evidence`` for ``kind`` (only the learned layer's, or
    only the rules', when ``learned`` says so), picked in C: a long text may have half a
    million pieces, and a reason reads them until it has enough to quote."""
    chosen: Iterator[bool] = map(operator.is_, map(_KIND, evidence), repeat(kind))
    if learned is not None:
        test = operator.eq if learned else operator.ne
        chosen = map(operator.and_, chosen, map(test, map(_RULE, evidence), repeat("learned")))
    return compress(map(_TEXT, evidence), chosen)


def _rule_name(rule: str) -> str:
    """A rule's ID as an explanation shows it: quoted in Chinese; the learned layer by name."""
    if rule == "learned":
        return _("learned layer")
    return rule if english() else quote_word(rule)


#: What a reason says, as facts: its parts (a tag, then what the part names), the why's,
#: then the about's; or the message of a text with nothing to read, and ``None``
_Part = tuple[Any, ...]
_Facts = tuple[tuple[_Part, ...], tuple[_Part, ...]] | tuple[str, None]


def _cite(words: Iterable[str]) -> tuple[str, ...]:
    """The customer's ``words`` a reason quotes: the first few distinct ones, each cut to
    :data:`~custops._text.QUOTED_CHARS` characters (a reason is one short line, whatever
    run of characters a rule matched; the evidence keeps it whole).  A few words given as
    a list or a tuple are read at once; more, or an iterator, a piece at a time
    (:func:`~custops._text.first_distinct`: a long text may have half a million).

    >>> _cite(["太慢", " ", "太慢", "凉了", "贵", "差", "慢"]), _cite(iter(["谢谢" * 20]))
    (('太慢', '凉了', '贵', '差'), ('谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢…',))
    """
    if type(words) in _FEW and len(words) <= 16:  # type: ignore[arg-type]
        return tuple(dict.fromkeys(filter(str.strip, map(clipped, words))))[:QUOTED_WORDS]
    return tuple(first_distinct(map(clipped, words), QUOTED_WORDS))


_FEW = frozenset((list, tuple))


def _reason_facts(r: Classification) -> _Facts:
    """What ``r``'s reason says, from the facts it keeps."""
    if r.blank:
        return (_UNSPOKEN if r.agent_turn_count else _BLANK, None)
    if r.wordless:
        return (_WORDLESS, None)
    return _facts(
        r.kind,
        r.category,
        r.evidence,
        r.issues,
        kind_rule=r.kind_rule,
        runner=r.runner_up,
        own=r.own_category,
        framed=r.wish_framed,
        asked=r.asked_words,
        matched=r.matched,
        harm=r.harm_words,
        grave=r.grave_words,
        quiet=r.quiet,
        yielded=r.yielded_category,
        repair=r.repair_request,
        foreign=r.foreign,
    )


#: The reason of a text with nothing in it, and of one with no words to read
_BLANK = N_("empty text: nothing to handle")
_WORDLESS = N_("nothing to read (no words, only digits or signs)")
#: The reason of a transcript of the agent's turns only
_UNSPOKEN = N_(
    "a transcript without a turn of the customer's: nothing to read (the agent's turns "
    "are not read); a person should read it"
)


def _facts(
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
    harm: tuple[str, ...] = (),
    grave: tuple[str, ...] = (),
    quiet: bool = False,
    yielded: Category | None = None,
    repair: bool = False,
    foreign: bool = False,
) -> _Facts:
    """What the one-line reason of a classification says, as facts (:func:`_worded` words
    them): the customer's words it quotes, already chosen, and what it names.  Many texts
    share their facts, so :func:`classify_many` words each once."""
    why: list[_Part]
    if harm or grave:
        if harm:
            why = [("harm", _cite(harm))]
        else:  # the signals the words carry, named (R-CMP-07)
            named = dict.fromkeys(e.signal for e in evidence if e.text in grave and e.signal)
            signals = tuple(s for s in named if s in _GRAVE)
            why = [("grave", _cite(grave), signals)]
        against = [e for e in evidence if runner is not None and e.kind is runner]
        outweighed = [e.text for e in against if e.rule_id != "learned"] or [
            e.text for e in against
        ]
        if outweighed:
            why.append(("outweighs", _cite(outweighed), runner))
    elif kind_rule == "default" and quiet and foreign:
        why = [("foreign", matched, kind)]
    elif kind_rule == "default" and quiet:
        praised = [e.text for e in evidence if e.rule_id == "learned" and e.kind is Kind.PRAISE]
        if praised:
            why = [("quiet praise", matched, kind, _cite(praised))]
        else:
            why = [("quiet", matched, kind)]
    elif kind_rule == "default":
        why = [("no kind", matched, kind)]
    elif kind_rule == "learned":
        few = len(evidence) < 64  # a few pieces: read into lists at once
        learned = (e.text for e in evidence if e.kind is kind and e.rule_id == "learned")
        words = _cite(list(learned) if few else learned)
        # (without an n-gram of weight to show, the model leaned this way unseen)
        why = [("learned", matched, kind, words) if words else ("no kind", matched, kind)]
    elif len(evidence) < 64:  # a few pieces: read into lists at once
        mine = [e.text for e in evidence if e.kind is kind and e.rule_id != "learned"]
        why = [("why", kind, _cite(mine))]
        rivals = [e.text for e in evidence if e.kind is runner] if runner is not None else []
        if rivals:
            why.append(("more than", _cite(rivals), runner))
        else:
            why.append(("no praise",) if kind is Kind.COMPLAINT else ("no complaint",))
    else:
        # the runner's words, read only as far as they are quoted (a long text may have
        # half a million pieces)
        rival = iter(()) if runner is None else _texts_of(evidence, runner)
        first = list(islice(rival, 1))
        why = [("why", kind, _cite(_texts_of(evidence, kind, learned=False)))]
        if first:
            why.append(("more than", _cite(chain(first, rival)), runner))
        else:
            why.append(("no praise",) if kind is Kind.COMPLAINT else ("no complaint",))
    if framed:
        why.append(("framed",))
    if asked:
        why.append(("asked", _cite(asked)))
    if repair:  # a repair request (报修), kept out of the complaint review
        why.append(("repair",))
    about: list[_Part]
    if own:
        about = [("own", category, kind)]
    elif issues[0].evidence:
        shown = issues[0].evidence
        words = _cite([e.text for e in shown] if len(shown) <= 16 else map(_TEXT, shown))
        about = [("category", category, words)]
    else:
        about = [("no subject", category)]
    if yielded is not None:  # a demand's category, behind the fault it is about (R-CMP-03)
        about.append(("yielded", yielded))
    if len(issues) > 1:
        about.append(("also", tuple(issue.category for issue in issues[1:])))
    return tuple(why), tuple(about)


def _worded(facts: _Facts) -> str:
    """The one-line reason that says ``facts`` (:func:`_facts`), in the active language."""
    if facts[1] is None:
        return _(facts[0])
    why, about = facts
    reason = joined((joined(map(_said, why)), joined(map(_said, about))), strong=True)
    # a pattern's match may quote a rule ID of the customer's words: the reason holds none
    # (a rule ID holds an ``R``, ``Ｒ`` in full width: a reason without one has none)
    return without_rule_ids(reason) if "R" in reason or "\uff32" in reason else reason


def _said(part: _Part) -> str:
    """One part of a reason (:func:`_facts`), in words and the active language."""
    tag = part[0]
    if tag == "why":
        return _why(part[1], part[2])
    if tag == "more than":
        return _("more than {words} ({kind})", words=quoted_list(part[1]), kind=part[2])
    if tag == "no praise":
        return _("no praise found")
    if tag == "no complaint":
        return _("no complaint found")
    if tag == "category":
        return _("category {category}: {words}", category=part[1], words=quoted_list(part[2]))
    if tag == "no subject":
        return _("category {category}: no subject recognised", category=part[1])
    if tag == "own":
        return _(
            "category {category}, as for every text of kind {kind}", category=part[1], kind=part[2]
        )
    if tag == "also":
        return _("also {others}", others=part[1])
    if tag == "yielded":
        return _("classed by the fault named, not by the {category} asked for", category=part[1])
    if tag == "no kind":
        return _(_NO_KIND[part[1]], kind=part[2])
    if tag == "learned":
        return _(_LEARNED[part[1]], kind=part[2], words=quoted_list(part[3]))
    if tag == "quiet":
        return _(_QUIET[part[1]], kind=part[2])
    if tag == "foreign":
        return _(_FOREIGN[part[1]], kind=part[2])
    if tag == "quiet praise":
        return _(_QUIET_PRAISE[part[1]], kind=part[2], words=quoted_list(part[3]))
    if tag == "framed":
        return _("the problem words are what the wish is about")
    if tag == "asked":
        return _("{words} asked about, not demanded", words=quoted_list(part[1]))
    if tag == "repair":
        return _("a repair request: a fault with a request to fix it, no blame")
    if tag == "grave":
        return ngettext(
            "complaint: {words} is a sign of a major complaint ({signals})",
            "complaint: {words} are signs of a major complaint ({signals})",
            len(part[1]),
            words=quoted_list(part[1]),
            signals=part[2],
        )
    if tag == "harm":
        return ngettext(
            "complaint: {words} reports harm to health or safety",
            "complaint: {words} report harm to health or safety",
            len(part[1]),
            words=quoted_list(part[1]),
        )
    assert tag == "outweighs", tag
    return _("which outweighs {words} ({kind})", words=quoted_list(part[1]), kind=part[2])


@fitted_call
def classify(text: str, *, policy: ClassifierPolicy | None = None) -> Classification:
    """Classify ``text`` by the rule set ``policy`` (default: the built-in Chinese rules).

    Deterministic and total: any string gets an answer.  An empty text is
    :attr:`Kind.NO_ACTION` with confidence 0; a text no rule recognises gets
    ``matched=False`` (R-CMP-01, R-CMP-02, R-CMP-03; severity hints for R-CMP-07).  While
    a text of more than 1,024 characters is classified, Python's cyclic garbage collector
    is paused (and resumed if it was on, see :mod:`gc`): a long text's
    evidence is many small objects in no cycle, made faster so; a thread that switches the
    collector off meanwhile finds it on again.

    A transcript (客服：…, 客户：…; see :func:`_turns`) is read by the
    customer's turns only, its evidence spans pointing into the whole text
    (``agent_turn_count`` counts the agent's turns, not read); one of the agent's turns only
    is nothing to handle, ``quiet``, with confidence 0: a person reads it.  A text in
    another language than Chinese (Latin, kana or Hangul letters, at most one Chinese
    character) is read by the rules only (``foreign``), and ``quiet`` when none reads it.

    >>> r = classify("客服：您好。\\n客户：我的宽带又断了。\\n客服：师傅很专业，请您放心。")
    >>> r.kind.label, r.agent_turn_count
    ('投诉', 2)
    >>> r = classify("客服：您好。\\n客服：如不满意，您也可以拨打12300申诉。")
    >>> r.kind.label, r.confidence, r.quiet
    ('无需处理', 0.0, True)
    >>> r = classify("please see the attached photo")
    >>> r.kind.label, r.foreign, r.quiet, r.confidence
    ('无需处理', True, True, 0.0)

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
    custops.errors.InvalidType: text: must be a str, not an int (got 42)
    """
    return _classify(text, policy, False)


@overload
def _classify(
    text: str, policy: ClassifierPolicy | None, row: Literal[False]
) -> Classification: ...
@overload
def _classify(text: str, policy: ClassifierPolicy | None, row: Literal[True]) -> _FactsRow: ...
def _classify(text: str, policy: ClassifierPolicy | None, row: bool) -> Classification | _FactsRow:
    """:func:`classify`, or with ``row`` only the row :func:`classify_many` keeps of it."""
    require_str("text", text, nonempty=False)
    return _answer(text, policy_or_default(policy, ClassifierPolicy), row)


def _answer(text: str, rules: ClassifierPolicy, row: bool) -> Classification | _FactsRow:
    """:func:`_classify` of a checked ``text`` by checked ``rules``: of a transcript, only
    the customer's turns are read (:func:`_turns`, R-CMP-01)."""
    turns = _turns(text) if _opens_transcript(text) else None
    if turns is None:
        normalised, where = normalise_fast(text)
    elif not turns.spoken:  # the agent's turns only: nothing of the customer's to read
        answer = _nothing(text, rules, agent_turn_count=turns.agent)
        return _facts_row(answer) if row else answer
    else:
        normalised, where = _spoken_words(turns)
    if len(normalised) <= _scan.LONG:
        return _classified(text, rules, normalised, where, row, turns)
    return _classified_long(text, rules, normalised, where, row, turns)


#: A speaker's name opening a line of a transcript (客服：, 坐席 1023：, 工号8808：,
#: 客服小王：, 在线客服：, 人工客服：, 10086客服：, 客服-小李：, 客户经理：, Agent:, 客户：,
#: 用户(138…)：), after an optional time ([10:02], 10:02:33, 2026-12-01 10:02): the agent's
#: names (group 1), then the customer's (group 2), an optional staff or line number or a
#: short name (小王, -小李), then a colon, full or half width.  Every part is bounded and
#: none repeats another: matched in time linear in the line.
_SPEAKER = re.compile(
    r"[ \t\u3000]*"
    r"(?:[\[【(（]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]{1,3})?"
    r"\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?[ \t\u3000]{0,3})?"
    r"(?:"
    r"((?:在线|在線|人工|智能|热线|熱線|\d{3,6})?"
    r"(?:客服(?:代表|专员|專員|人员|人員)?|坐席|座席|话务员|話務員|接线员|接線員|工号|工號"
    r"|客户经理|客戶經理)"
    r"(?:小" + HAN + r"|[-－—·_][^\s:：(（)）]{1,8})?"
    r"|agent|operator|customer service|cs)"
    r"|(客户|客戶|用户|用戶|来电人|來電人|来电者|來電者|顾客|顧客|customer|caller|client|user)"
    r")[ \t]{0,3}(?:[(（][^)）\n]{0,16}[)）]|(?:工号|工號)?[ \t]{0,3}[0-9a-z]{0,12})"
    r"[ \t]{0,3}[:：][ \t\u3000]*",
    re.IGNORECASE,
).match

#: A header line a transcript may open with (通话记录 2026-12-01 10:02): a date or a time
_HEADER = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}").search


def _opens_transcript(text: str) -> bool:
    """Whether ``text`` may be a transcript: its first line that is not blank, or the
    one after a header line (:data:`_HEADER`), opens with a speaker's name (which ends
    in a colon, full or half width: a text without one is none)."""
    if ":" not in text and "：" not in text:
        return False
    first = text.lstrip()
    if _SPEAKER(first) is not None:
        return True
    cut = first.find("\n", 0, 80)
    return cut > 0 and _HEADER(first, 0, cut) is not None and _SPEAKER(first, cut + 1) is not None


@attrs.frozen
class _Turns:
    """The customer's turns of a transcript: ``spoken`` their words, one turn a line,
    ``at`` each character's index in the transcript, ``agent`` the agent's turns."""

    spoken: str
    at: list[int]
    agent: int
    #: the indices in ``spoken`` of the line breaks standing for an agent's turn between two
    #: of the customer's: no rule reads across them (R-CMP-01)
    breaks: frozenset[int] = frozenset()


#: Where a further turn may start on a transcript's line: after a space or a sentence's end
_TURN_GAP = re.compile(r"[。！？!?；;]?[ \t\u3000]+|[。！？!?；;]").finditer


def _names_within(line: str, after: int) -> list[tuple[int, int, bool]]:
    """The Chinese speakers' names inside ``line`` after index ``after`` (客服：… 客户：…),
    each after a space or a sentence's end: (where the turn before ends, where the name
    ends, whether it is the customer's).  Each gap is tried once, and a name is bounded:
    linear in the line."""
    found: list[tuple[int, int, bool]] = []
    for gap in _TURN_GAP(line, after):
        if gap.start() < after:
            continue  # (a gap inside the name found before: [10:02] 客户：)
        m = _SPEAKER(line, gap.end())
        if m is None:
            continue
        customer = m.group(2) is not None
        if not line[m.start(2 if customer else 1)].isascii():  # not an English word (agent)
            found.append((gap.end(), m.end(), customer))
            after = m.end()
    return found


def _turns(text: str) -> _Turns | None:
    """The customer's turns of ``text`` when it is a transcript, else ``None``.

    A transcript opens with a speaker's name (:data:`_SPEAKER`; blank lines and one header
    line with a date or a time may come before it) and names the customer at least once
    (客户：…); a line without a name continues the turn before it, and a customer's
    sentence the agent only nodded into (客户：我的包裹 / 客服：请讲 / 客户：丢了) is read
    whole.  A line holding more than one turn (客服：您好。 客户：宽带断了。) is split at
    each further name after a space or a sentence's end when the text has other named
    lines or the line three names (one line of two names may be a letter to 客服 signed
    客户：张三).  A text of the agent's turns
    only — every line named, at least two of them — is a transcript without a customer
    turn (``spoken`` empty); one agent's line alone is read as the text it is (a customer
    may open a letter with 客服：).

    >>> t = _turns("客服：您好。\\n客户：我的宽带又断了。\\n客服：马上处理。\\n客户：行吧")
    >>> t.spoken, t.agent, t.at[:3]
    ('我的宽带又断了。\\n行吧', 2, [10, 11, 12])
    >>> _turns("客服：你好，我要投诉快递员") is None
    True
    >>> _turns("[10:02] 客服小王：您好。 客户：网断了。 客服：马上处理。").spoken
    '网断了。 '
    """
    header = False
    named = unnamed = 0
    # (the customer's, or None for a line continuing the turn before; start; end; the
    # further names on the line, at indices in ``text``)
    lines: list[tuple[bool | None, int, int, list[tuple[int, int, bool]]]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        m = _SPEAKER(line)
        if m is not None:
            named += 1
            within = [
                (start + low, start + high, c) for low, high, c in _names_within(line, m.end())
            ]
            lines.append((m.group(2) is not None, start + m.end(), end, within))
        elif line.strip():
            if not lines:
                if header or _HEADER(line) is None or len(line) > 80:
                    return None  # a text that does not open with a speaker's name
                header = True  # a header line (通话记录 2026-12-01 10:02): not a turn
                start = end + 1
                continue
            unnamed += 1
            lines.append((None, start, end, []))
        start = end + 1
    customer = agent = 0
    turns: list[tuple[bool, int, int]] = []
    speaking = False
    for own, low, high, within in lines:
        if own is not None:
            speaking = own
            customer += own
            agent += not own
            if within and (named > 1 or len(within) > 1):
                for cut, name_end, whose in within:
                    turns.append((speaking, low, cut))
                    speaking = whose
                    customer += whose
                    agent += not whose
                    low = name_end
        turns.append((speaking, low, high))
    if not customer and (unnamed or agent < 2):
        return None
    spoken: list[str] = []
    at: list[int] = []
    breaks: list[int] = []
    heard = True  # whether the turns since the customer's last were the customer's
    nodded = False  # whether the agent only nodded since (嗯, 请讲, 好的)
    for own, low, high in turns:
        if not own:
            nodded = (heard or nodded) and _BACKCHANNEL(text, low, high) is not None
            heard = False
            continue
        if high > low and text[high - 1] == "\r":
            high -= 1
        if at:
            if nodded and not _CLAUSE_END(spoken[-1].rstrip()):
                pass  # a sentence the agent's nod cut in two: read as one (我的包裹 / 丢了)
            else:
                if not heard:
                    breaks.append(len(at))  # (the agent spoke in between)
                spoken.append("\n")
                at.append(at[-1] + 1)  # (the line break after the turn before)
        spoken.append(text[low:high])
        at.extend(range(low, high))
        heard, nodded = True, False
    return _Turns("".join(spoken), at, agent, frozenset(breaks))


#: An agent's turn that only nods the customer on (嗯, 请讲, 好的, 您说): it cuts no
#: sentence of the customer's in two
_BACKCHANNEL = re.compile(
    r"\s*(嗯+|嗯嗯|哦+|噢|好的?|是的?|对+|在的?|请讲|请说|您请讲|您说|你说|明白|了解|收到|然后呢|"
    r"ok|OK|嗯好的)[。，,.!！~～]*\s*"
).fullmatch
#: A piece of speech ending its sentence (。！？…): what follows it starts a new one
_CLAUSE_END = re.compile(r"[。！？!?；;…~～]$|^$").search


def _classified_long(
    text: str,
    rules: ClassifierPolicy,
    normalised: str,
    where: Sequence[int],
    row: bool,
    turns: _Turns | None = None,
) -> Classification | _FactsRow:
    """:func:`_classified` of a long text, the cyclic garbage collector paused meanwhile
    (the one pause, for :func:`classify` and :func:`classify_many`).

    A long text may have hundreds of thousands of matches (谢谢谢谢…): their evidence is
    made of many small objects, none in a cycle, which the collector would walk again and
    again while they are made (a text of a million characters takes 1.6 times as long
    with it on).  A collector found off stays off; one found on is on again afterwards.
    """
    if not gc.isenabled():
        return _classified(text, rules, normalised, where, row, turns)
    gc.disable()
    try:
        return _classified(text, rules, normalised, where, row, turns)
    finally:
        gc.enable()


#: What :func:`classify_many` keeps of a text's classification (see ``_COLUMNS``)
_Row = tuple[str, str, str | None, str, float, str, bool, bool, tuple[str, ...], str]


#: :data:`_Row` with the reason as the facts it says (:func:`_facts`), to be worded
_FactsRow = tuple[str, str, str | None, str, float, str, bool, bool, tuple[str, ...], _Facts]


def _facts_row(r: Classification) -> _FactsRow:
    """The columns of :func:`classify_many` of ``r``, the reason as its facts."""
    topic = None if r.topic is None else r.topic._value_  # (.value: a slow property)
    kind, category, department = r.kind._value_, r.category._value_, r.department._value_
    signals = _signal_keys(r.evidence)
    confidence = float(r.confidence)
    return (
        kind,
        category,
        topic,
        department,
        confidence,
        r.rule,
        r.matched,
        r.quiet,
        signals,
        _reason_facts(r),
    )


def _signal_keys(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    """The keys of the severity hints among ``evidence`` (:attr:`Classification.signals`),
    sorted: the ``signals`` column of :func:`classify_many`."""
    return tuple(sorted({e.signal._value_ for e in evidence if e.signal is not None}))


def _classified(
    text: str,
    rules: ClassifierPolicy,
    normalised: str,
    where: Sequence[int],
    row: bool = False,
    turns: _Turns | None = None,
) -> Classification | _FactsRow:
    """:func:`classify` of ``text``, normalised already (with ``row``, only its columns of
    :func:`classify_many`: what else a classification holds is not made); of a transcript,
    ``normalised`` is its customer's ``turns``, ``where`` their places in ``text``."""
    agent_turn_count = 0 if turns is None else turns.agent
    if not normalised.strip("。"):
        answer = _nothing(text, rules, agent_turn_count=agent_turn_count)
        return _facts_row(answer) if row else answer
    by_rule, found, asked, voting = _find(
        text, normalised, where, rules.rules, rules.words, rules._contrast
    )
    if not _READABLE.search(normalised) and (not by_rule or _only_marks(normalised)):
        # no words: punctuation alone (!!!???, -) says nothing whatever rule it fires; digits
        # (12315) and pictures (😡) are read by the rules that know them
        answer = _nothing(text, rules, wordless=True, agent_turn_count=agent_turn_count)
        return _facts_row(answer) if row else answer
    # ``voting``: ``by_rule`` less pieces that vote as an earlier one of the same rule, so
    # what a piece of ``by_rule`` shows (its rule, kind, category, signal, cues, stress) a
    # piece of ``voting`` shows too: the questions below ask it (``by_rule`` of a long
    # text may have half a million pieces)
    asked = _only_asked(asked, voting)
    if asked:  # the subject of a question: its complaint vote is set aside (R-CMP-01), and
        # so is its severity hint: a hazard, a regulator or the press asked about (如果电梯困人
        # 打哪个电话？, 消委会的电话是多少？) is no harm and no threat (the labelling guide)
        by_rule = [
            attrs.evolve(e, kind=None, signal=None) if e.rule_id in asked else e for e in by_rule
        ]
        voting = [
            attrs.evolve(e, kind=None, signal=None) if e.rule_id in asked else e for e in voting
        ]
    counted, matched = _in_text_order(by_rule), bool(by_rule)
    voting = _first_of_each_vote(voting)  # in rule order, so the votes are too

    # each rule votes once per kind and once for its category, with its heaviest match
    kind_votes: dict[tuple[str, Kind], Evidence] = {}
    category_votes: dict[str, Evidence] = {}
    for e in voting:
        if e.kind is not None:
            key = (e.rule_id, e.kind)
            if key not in kind_votes or e.weight > kind_votes[key].weight:
                kind_votes[key] = e
        if e.category is not None and (
            e.rule_id not in category_votes or e.weight > category_votes[e.rule_id].weight
        ):
            category_votes[e.rule_id] = e

    kinds, cues = _Tally(), _Tally()  # cues: complaint votes of rules that are not problem rules
    problem_rules = set()
    for (rule_id, kind), e in kind_votes.items():
        kinds.add(kind, e.weight, rule_id)
        if kind is Kind.COMPLAINT:
            if rules._by_id[rule_id].describes_problem or e.flipped_by:
                problem_rules.add(rule_id)
            if not (
                rules._by_id[rule_id].describes_problem or (e.flipped_by and e.category is not None)
            ):
                cues.add(kind, e.weight, rule_id)
    more_words = _more_words(counted)
    for kind, more in more_words.items():
        kinds.scores[kind] += more
    categories = _Tally()
    problem: dict[Category, int] = {}  # the part of a category's score from problem votes
    demanded: dict[Category, int] = {}  # the part of a category's score from demands
    for rule_id, e in category_votes.items():
        c = e.category
        assert c is not None
        categories.add(c, e.weight, rule_id, rules._order[rule_id])
        if rule_id not in asked and rule_id in problem_rules:
            problem[c] = problem.get(c, 0) + e.weight
        elif (rule_id, Kind.COMPLAINT) in kind_votes and rule_id not in asked:
            demanded[c] = demanded.get(c, 0) + e.weight

    wish, cue_score = kinds.scores.get(Kind.SUGGESTION, 0), cues.scores.get(Kind.COMPLAINT, 0)
    # a request (a patient asking what to do): its symptoms are no verdict (R-CMP-01)
    request = any(rules._by_id[e.rule_id].makes_request for e in voting if e.kind is not None)
    verdict = cues.best.get(Kind.COMPLAINT, (0,))[0] >= 4 and not request
    if verdict:
        _verdict_over_question(kinds.scores)
    framed = (
        rules.wish_frames_problems
        and wish > 0
        and wish >= cue_score
        and kinds.scores.get(Kind.COMPLAINT, 0) > cue_score
    )
    if framed:  # the problem words are what the suggestion is about
        if cue_score:
            kinds.scores[Kind.COMPLAINT] = cue_score
            kinds.best[Kind.COMPLAINT] = cues.best[Kind.COMPLAINT]
        else:
            del kinds.scores[Kind.COMPLAINT], kinds.best[Kind.COMPLAINT]
    learned: list[Evidence] = []
    learned_scores: dict[Kind, int] = {}
    short = _is_short(normalised)  # (once: a long text's numbers are looked for in one pass)
    # the learned layer, trained on Chinese, does not read a text in another language:
    # it took an English greeting (hi, hello) for praise (the forty-third round)
    foreign = bool(rules.learned or rules.learned_category) and _not_chinese(normalised)
    if (rules.learned or rules.learned_category) and not foreign:
        # the kind model stays silent when the rules are sure, or have read the text's
        # structure (a question about a return, a wish about a problem); the category
        # model when the rules' problem evidence, or a clear subject, names the category
        sure = (
            2 * _lead(kinds.scores) >= rules.learned_margin * (2 if short else _LONG)
            or bool(asked)
            or request
            or (framed and short)
            # a short text the rules read as a question or a proposal only: its form decides
            # (a chat line, a forum question); the model, trained on reviews, would read
            # the subject words of the question as a complaint (tenth round, measured)
            or (short and bool(kinds.scores) and kinds.scores.keys() <= _ASKING)
        )
        named = _lead(problem) > 0 or _lead(categories.scores) >= _TOPIC_LEAD or bool(asked)
        # ... nor when the rules read a short question or proposal (with a greeting or
        # thanks at most): a subject it names (a word of the rules) gives its category, not
        # the model's reading of its other words (可以, 大概, 12: the thirty-fifth round)
        named = named or (
            short and bool(kinds.scores.keys() & _ASKING) and kinds.scores.keys() <= _ASKED
        )
        before = dict(kinds.scores)
        learned = _consult_model(
            rules, text, normalised, where, voting, kinds, categories, sure, named, short
        )
        learned_scores = {k: n - before.get(k, 0) for k, n in kinds.scores.items()}
        if verdict:  # nor does the learned layer's reading of the question's words
            _verdict_over_question(kinds.scores)

    tie, kind_scores, category_scores = rules._tie, kinds.scores, categories.scores
    # a tie goes to a kind the text shows evidence of (a bare prior is no evidence)
    shown = set(map(_KIND, voting)) | set(map(_KIND, learned))
    ranked = sorted(kind_scores, key=lambda k: (-kind_scores[k], k not in shown, tie[k]))
    if demanded and problem.get(Category.PRODUCT_QUALITY):
        # a demand (要求换货, 我要退款) names no problem: a complaint is classed by what it
        # is about (D10 二 3, R-CMP-03), so a product's named fault ranks before the demand,
        # wherever the text says either (我要退货！…门关不严 as 酒有股酸味…要求换货)
        demanded = {c: n for c, n in demanded.items() if c is not Category.PRODUCT_QUALITY}
    else:
        demanded = {}

    def place(c: Category, less: Mapping[Category, int] = demanded) -> tuple[int, int, int]:
        return (-(category_scores[c] - less.get(c, 0)), -problem.get(c, 0), categories.first[c])

    topics = sorted(category_scores, key=place)
    # the category a demand would have put first, had it counted (said in the reason)
    unmoved = min(category_scores, key=partial(place, less={}), default=None) if demanded else None
    yielded = unmoved if topics and unmoved is not topics[0] else None
    # a short text that neither the rules nor the learned layer read (a chat line, a name,
    # an order number, a link) asks for nothing; without the learned layer, or in a longer
    # text, the rule set's default stands (tenth round, measured)
    quiet = bool(rules.learned) and not ranked and (short or foreign)
    # nor does a short text no rule read whose only reading is the learned layer's
    # - praise without a word of approval: the layer mostly takes a greeting or an opinion
    #   of the subject (您好，我正在看…的房子, 用中行的比较稳妥) for praise (eleventh round,
    #   measured); praise the rules read, or with 很美/也好, stands;
    # - a complaint held without conviction (less than two thirds of its weight): a chat
    #   turn, an address, a remark on the side (twelfth round, measured)
    top = ranked[:1]
    learned_alone = (
        top == [Kind.PRAISE]
        and learned_scores.get(Kind.PRAISE, 0) > 0
        and not _PRAISING(normalised)
    ) or (
        top == [Kind.COMPLAINT]
        and 0 < 3 * learned_scores.get(Kind.COMPLAINT, 0) < 2 * rules.learned
    )
    if learned_alone and not any(e.kind not in (None, Kind.NO_ACTION) for e in voting) and short:
        ranked = [k for k in ranked if any(e.kind is k for e in voting)]  # the rules' only
        quiet = bool(rules.learned) and not ranked
    elif (
        ranked[:1] == [Kind.PRAISE]
        and not any(e.kind is Kind.PRAISE for e in voting)
        and (
            cues.best.get(Kind.COMPLAINT, (0,))[0] >= 4
            or (
                any(e.kind not in (None, Kind.PRAISE) for e in voting)
                and not _PRAISING(normalised)
                and not _APPROVING(normalised)
            )
        )
    ):
        # nor, at any length, praise that only the learned layer reads against the rules'
        # complaint cue (an accusation or a demand: 希望有关部门管管, 望有关领导一查到底) —
        # the layer takes a long letter's neutral words for a review's (fifteenth round,
        # measured) — or against any other reading of the rules in a text without a word
        # of approval (a game's player who asks for a feature, a resident who reports a
        # river: sixteenth round, measured)
        ranked = [k for k in ranked if k is not Kind.PRAISE]
    elif (
        ranked[:1] == [Kind.NO_ACTION]
        and short
        and any(e.kind is Kind.COMPLAINT for e in voting)
        and all(e.kind in (None, Kind.COMPLAINT) for e in voting)
    ):
        # nor nothing to handle in a short text whose only reading by the rules is a
        # complaint (新车怠速方向盘抖): the layer learned a forum's talk of faults as chat
        ranked = [k for k in ranked if k is not Kind.NO_ACTION]
    # (of a transcript, the customer's words only: its spans are the transcript's)
    read = text if turns is None else _spoken_only(text, turns)
    if ranked[:1] == [Kind.COMPLAINT] and Kind.PRAISE in ranked and _minor(counted, read):
        ranked = [Kind.PRAISE, *(k for k in ranked if k is not Kind.PRAISE)]
    default_kind = Kind.NO_ACTION if quiet else rules.default_kind
    kind, kind_rule, kind_conf = kinds.top(ranked, rules.saturation, default_kind)
    harm = (
        _harm(counted) if kind in _SILENT and _harm(voting) and not _CARED_FOR(normalised) else ()
    )
    # praise with a complaint-grade signal (a repeat, a regulator, the media, a lawyer, the
    # police) beside a problem told or a strong complaint cue is a complaint: sarcasm
    # (呵呵…修了四次…打不通…点个赞) never commended without its clocks (R-CMP-01, R-CMP-07)
    grave = _grave(voting, read) if kind is Kind.PRAISE and not harm else ()
    grave = _grave(counted, read) if grave and _reported(voting, problem_rules, grave, read) else ()
    if harm or grave:  # safety or health harm makes a complaint, whatever else the text says
        kind, kind_rule, kind_conf = Kind.COMPLAINT, (harm or grave)[0].rule_id, 1.0
        ranked = [Kind.COMPLAINT, *ranked]
        quiet = False  # a rule read it, and a complaint keeps its clocks (R-CMP-07)
    category, category_rule, category_conf = categories.top(
        topics, rules.saturation, Category.OTHER
    )
    # nothing to handle is about nothing: a subject the scores lean to in an acknowledgement
    # (好的，收到，谢谢) or a chat line is no subject, and a report grouped by topic must not
    # count it (R-CMP-01); praise keeps what it praised
    topic = topics[0] if topics and kind is not Kind.NO_ACTION else None
    if (
        kind is Kind.PRAISE
        and topic is not Category.SERVICE_QUALITY
        and (
            (topic is Category.SALES_CONTRACT and _staff_work(normalised))
            or _person_praised(normalised)
        )
    ):
        # a person's speed praised (理赔员…处理得非常及时, 快递小哥…准时送到) is their
        # service, not a delivery's terms, and so is a person praised for how they treat
        # the customer (客服…耐心帮我查账单, 师傅…态度特别好), not the matter they helped
        # with: routed with staff matters (R-CMP-03, D10 二 3.3)
        topic = Category.SERVICE_QUALITY
    own = None  # the kind's own category, if it has one
    if kind is Kind.SUGGESTION and rules.suggestion_category is not None and ranked:
        own = rules.suggestion_category
    elif kind in _SILENT and (ranked or quiet):
        own = rules.praise_category
    if own is not None:
        category, category_rule, category_conf = own, kind_rule, kind_conf

    evidence = _with_learned(counted, learned, rules._order) if learned else counted
    issues: tuple[Issue, ...]
    if own is not None:
        issues = (Issue(own, kind_scores.get(kind, 0), _of_kind(evidence, kind)),)
    else:
        others = [c for c in topics if c is not category and problem.get(c, 0) > 0]
        grouped: dict[Category | None, list[Evidence]] = {c: [] for c in (category, *others)}
        for e in evidence:  # each category's evidence, in one pass
            if e.category in grouped:
                grouped[e.category].append(e)
        issues = tuple(
            Issue(c, category_scores.get(c, 0), tuple(grouped[c])) for c in (category, *others)
        )

    runner = ranked[1] if len(ranked) > 1 else None
    asked_words: tuple[str, ...] = ()
    if asked:  # (distinct: a long text may ask about one word many times)
        asked_words = tuple(dict.fromkeys(e.text for e in counted if e.rule_id in asked))
    harm_words = tuple(dict.fromkeys(e.text for e in harm))
    grave_words = tuple(dict.fromkeys(e.text for e in grave))
    # a repair request (报修): its rule voted beside a fault read, no other complaint rule
    # (anger, blame, a repeat, a delay, a loss) did, and no hint makes the complaint more
    # than a fault to fix (R-CMP-07)
    repair = (
        kind is Kind.COMPLAINT
        and (REPAIR_REQUEST_RULE, Kind.COMPLAINT) in kind_votes
        and _repair_request(voting)
    )
    if kind is not Kind.COMPLAINT or category is yielded:
        yielded = None
    # praise goes where its topic's matters go (R-CMP-01, R-CMP-03; D1 第三条, D10 二 3); a
    # return or refund where its grounds go when they are no goods' defect (a fee paid back)
    grounds = None
    if (
        rules.returns_by_grounds
        and kind is Kind.COMPLAINT
        and category is Category.RETURN_EXCHANGE
        and len(issues) > 1
        and issues[1].category in _REFUND_GROUNDS
    ):
        grounds = issues[1].category
    department = rules._department[
        topic if kind is Kind.PRAISE and topic else grounds if grounds else category
    ]
    rule = "R-CMP-03" if kind is Kind.COMPLAINT else "R-CMP-01"
    if row:  # (the columns of classify_many: as _facts_row reads them)
        confidence = float(min(kind_conf, category_conf))
        topic_key = None if topic is None else topic._value_
        facts = _facts(
            kind,
            category,
            evidence,
            issues,
            kind_rule=kind_rule,
            runner=runner,
            own=own is not None,
            framed=framed,
            asked=asked_words,
            matched=matched,
            harm=harm_words,
            grave=grave_words,
            quiet=quiet,
            yielded=yielded,
            repair=repair,
            foreign=foreign,
        )
        return (
            kind._value_,
            category._value_,
            topic_key,
            department._value_,
            confidence,
            rule,
            matched,
            quiet,
            _signal_keys(evidence),
            facts,
        )
    return Classification(
        text=text,
        kind=kind,
        category=category,
        topic=topic,
        department=department,
        kind_rule=kind_rule,
        category_rule=category_rule,
        confidence=min(kind_conf, category_conf),
        kind_confidence=kind_conf,
        category_confidence=category_conf,
        matched=matched,
        evidence=evidence,
        suppressed=_in_text_order(found),
        kind_scores=_in_enum_order(kind_scores),
        category_scores=_in_enum_order(category_scores),
        issues=issues,
        rule=rule,
        learned_scores=_in_enum_order({k: n for k, n in learned_scores.items() if n > 0}),
        word_scores=_in_enum_order(more_words),
        runner_up=runner,
        own_category=own is not None,
        wish_framed=framed,
        quiet=quiet,
        asked_words=asked_words,
        harm_words=harm_words,
        grave_words=grave_words,
        yielded_category=yielded,
        refund_grounds=grounds,
        repair_request=repair,
        agent_turn_count=agent_turn_count,
        foreign=foreign,
    )


def _spoken_only(text: str, turns: _Turns) -> str:
    """``text`` with every character outside the customer's ``turns`` made a line break:
    what the customer said, each character in its place."""
    kept = ["\n"] * len(text)
    for i in turns.at:
        kept[i] = text[i]
    return "".join(kept)


def _nothing(
    text: str, rules: ClassifierPolicy, *, wordless: bool = False, agent_turn_count: int = 0
) -> Classification:
    """The answer for a text with nothing in it (``blank``), or with no words to read
    (``wordless``): nothing to handle, confidence 0; a transcript of the agent's turns
    only (``agent_turn_count``, nothing of the customer's) is ``quiet`` too: a person reads it."""
    category = rules.praise_category
    return Classification(
        text=text,
        kind=Kind.NO_ACTION,
        category=category,
        topic=None,
        department=rules._department[category],
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
        blank=not wordless,
        wordless=wordless,
        quiet=bool(agent_turn_count) and not wordless,
        agent_turn_count=agent_turn_count,
    )


@fitted_call
def classify_many(
    texts: Iterable[str] | Any, *, policy: ClassifierPolicy | None = None
) -> dict[str, Any]:
    """Classify many texts at once, as columns: exactly :func:`classify` per text.

    ``texts`` holds the texts in order: a pandas Series (recognised without importing
    pandas), a list, a tuple or any other sequence, a 1-D numpy array, a pyarrow ``Array``
    or ``ChunkedArray`` of strings (pyarrow imported only by the caller who has one), or
    an iterator; a set has no order to keep, so it is refused, as a mapping or a table
    is.  Returns the columns ``kind`` and ``category`` (the stable keys), ``topic`` (a key
    or ``None``), ``department`` (its key), ``confidence`` (a float), ``rule``, ``matched``
    and ``quiet`` (bools: a row with ``quiet`` true is one no rule read, for a person to
    read), ``signals`` (the keys of its severity hints, sorted, a tuple) and ``reason``,
    each in the container of ``texts``, in its order: a Series with the index
    of a Series given (named by its column), a tuple of a tuple, a numpy array of a numpy
    array (``confidence`` of floats, ``matched`` and ``quiet`` of bools, the others of
    objects, as a Series holds them), an
    arrow column of an arrow column (a ``ChunkedArray`` of a ``ChunkedArray``), and a list
    of a list, of an iterator or of any other sequence — ready for a DataFrame.  The
    repair-request marker (:attr:`Classification.repair_request`) is no column: it is
    in :func:`classify` only, and ``reason`` words it (报修：…).
    Identical texts are classified once.  An item not a ``str`` (``None``, a NaN of an
    empty cell, an arrow null) is refused naming its row: ``texts[1]``, or
    ``texts[label 'T2'] (position 1)`` in a Series with labels.

    >>> cols = classify_many(["送餐太慢了，饭都凉了", "请问几点开门？", "送餐太慢了，饭都凉了"])
    >>> cols["kind"]
    ['complaint', 'consultation', 'complaint']
    >>> classify_many(["已经找了记者，还要告到12315", "嗯"])["signals"]
    [('media', 'regulator'), ()]
    """
    series = series_type()
    column: Any = texts  # a Series, when is_series
    is_series = series is not None and isinstance(texts, series)
    if is_series:
        items: Any = column.tolist()
    elif is_arrow(texts):
        items = column.to_pylist()
    elif isinstance(texts, (str, bytes, AbstractSet, Mapping)) or not (
        isinstance(texts, (Sequence, Iterator)) or getattr(texts, "ndim", None) == 1
    ):  # in order: a sequence, an iterator, a 1-D array (not a table, not a set)
        problem = (
            "must be a sequence of str in order (a list, a tuple, a pandas Series, a 1-D "
            f"array or an iterator), not {a_type_name(texts)}"
        )
        raise InvalidType.for_argument("texts", texts, problem)
    else:
        items = texts if isinstance(texts, Sequence) else list(texts)
    with rows_by_label(texts, texts=texts):
        given = require_items(
            "texts", items, "a sequence of str", each=instance_check(str), ordered=True
        )
    rows: dict[str, _Row] = {}  # by text: identical texts are classified once
    table = []
    rules = policy_or_default(policy, ClassifierPolicy)  # checked even with no text
    for text in given:
        row = rows.get(text)
        if row is None:  # classify's answer, without what the columns do not show
            # (_classify, less its checks: each text is a str already)
            answer = _answer(text, rules, True)
            kind, category, topic, department, confidence, rule, matched, quiet, signals, facts = (
                cast(_FactsRow, answer)
            )
            # the reason worded once per distinct text (a cache of the facts, which hold
            # enumerations, hashed in Python, costs more than it saves: few texts share them)
            reason = _worded(facts)
            quiet = quiet or (not confidence and kind != Kind.COMPLAINT._value_)  # as .quiet
            row = (
                kind,
                category,
                topic,
                department,
                confidence,
                rule,
                matched,
                quiet,
                signals,
                reason,
            )
            rows[text] = row
        table.append(row)
    columns = {name: [row[i] for row in table] for i, name in enumerate(_COLUMNS)}
    if is_series:
        index = column.index
        return {name: series(column, index=index, name=name) for name, column in columns.items()}
    return _in_container(columns, texts)


def _in_container(columns: dict[str, list[Any]], texts: Any) -> dict[str, Any]:
    """The columns of :func:`classify_many` (lists) in the container of ``texts``: each
    converted once, as a whole (a Series is made by the caller)."""
    if type(texts) is tuple:
        return {name: tuple(column) for name, column in columns.items()}
    if is_arrow(texts):
        pa: Any = sys.modules["pyarrow"]
        chunked = isinstance(texts, pa.ChunkedArray)
        return {
            name: pa.chunked_array([pa.array(column)]) if chunked else pa.array(column)
            for name, column in columns.items()
        }
    np: Any = sys.modules.get("numpy")
    if np is not None and isinstance(texts, np.ndarray):
        arrays = {}
        for name, column in columns.items():
            if name == "confidence":
                arrays[name] = np.array(column, dtype=float)
            elif name == "matched" or name == "quiet":
                arrays[name] = np.array(column, dtype=bool)
            else:  # objects, one a row (a tuple of signals is not spread into a second axis)
                arrays[name] = np.empty(len(column), dtype=object)
                arrays[name][:] = column
        return arrays
    return columns


_COLUMNS = (
    "kind",
    "category",
    "topic",
    "department",
    "confidence",
    "rule",
    "matched",
    "quiet",
    "signals",
    "reason",
)


@fitted_call
def prepare_classifier(*, policy: ClassifierPolicy | None = None) -> None:
    """Do at once the work :func:`classify` otherwise does on a process's first texts:
    compile the rule set ``policy``'s patterns (default: the built-in Chinese rules) and
    load the learned layer (R-CMP-01).

    A service calls it at start-up, so that no request pays for it; the answers are the
    same with or without it, and calling it again costs nothing.

    >>> prepare_classifier()
    >>> classify("送餐很快，态度很好").kind.label
    '表扬'
    """
    rules = policy_or_default(policy, ClassifierPolicy)
    Index.of(rules.rules, rules.words).prepare()
    for rule in rules.rules:  # (the index may be of equal rules: the frames read are these)
        frames_of(rule)
    _ngram.load()
