"""Classifier rules and the text form they match: :class:`Rule`, :func:`normalise`.

Private: the public names are exported by :mod:`custops.complaints.classifier` (and
``custops.complaints``).  :mod:`custops.complaints.rules_data` builds the built-in rules
from this module, and the classifier imports both, so neither imports the other back.
"""

from __future__ import annotations

import bisect
import contextlib
import operator
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain, compress, count, repeat
from typing import TYPE_CHECKING, Any, ClassVar

if sys.version_info >= (3, 11):  # the parser the ``re`` module compiles with
    import re._parser as _re_parser
else:  # pragma: no cover - Python 3.10
    import sre_parse as _re_parser

import attrs

from custops._enums import enum_field
from custops._validate import (
    ANY_TEXT,
    BOOL,
    ONE_RULE_ID,
    POLICY_INT,
    POLICY_POSITIVE_INT,
    derived_converter,
    field_converter,
    require_bool,
    require_distinct,
    require_items,
    require_label,
    require_rule_id,
    require_str,
    require_strings,
    rule_id_spans,
)
from custops.complaints import _scan
from custops.complaints._hanzi import CANTONESE as _CANTONESE
from custops.complaints._hanzi import TABLE as _TABLE
from custops.complaints._hanzi import cantonese_words, regional_words
from custops.complaints._scan import FLAGS, META, QUANTIFIER, optional
from custops.complaints.model import Category, Kind, Signal
from custops.errors import InvalidInput

#: Characters that end a clause: a negation never reaches across them.
CLAUSE_BREAKS = frozenset("。,.!?;:…")
#: Words of a contrast: a negation never reaches across them either (虽然变化不大但贴心: 不
#: is the first clause's; 不但好吃: 不 negates no 好吃).
CONTRAST_BREAKS = re.compile(r"但是|但(?![愿凡])|可是|然而|却|(?<![再最好])不过(?![分来去夜])")
#: Characters that end a sentence: a question frame reaches back to its start (请问，…).
SENTENCE_BREAKS = frozenset("。.!?;…")
_SIMPLIFIED = {chr(k): v for k, v in {**_TABLE, **_CANTONESE}.items()}
#: One character for one: full-width ASCII, capitals, traditional characters and written
#: Cantonese's own (唔 → 不, 冇 → 没).
_FAST: dict[int, str] = {
    **{c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)},
    **{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    **_TABLE,
    **_CANTONESE,
}
#: True only while the built-in rule set is built (see :func:`trusted_data`).
_TRUSTED = False


def normalise(text: str) -> tuple[str, tuple[int, ...]]:
    """The matching form of ``text`` and, per character, its index in ``text``.

    Each character is NFKC-normalised on its own (full-width letters, digits and
    punctuation become half-width), lower-cased, made simplified when it is a
    traditional Chinese character the built-in table knows and written Cantonese read as
    Mandarin (:mod:`._hanzi`: 唔 → 不, 點解 → 为何); a space is
    dropped, except one between two Chinese characters, which becomes ``,`` (it separates
    clauses there), and a line break becomes ``。`` (a clause break).

    >>> normalise("Ｔａｓｔｅ 不好！")
    ('taste不好!', (0, 1, 2, 3, 4, 6, 7, 8))
    >>> normalise("物流快 东西不错")[0]  # a space between Chinese words separates clauses
    '物流快,东西不错'
    >>> normalise("服務態度…")
    ('服务态度...', (0, 1, 2, 3, 4, 4, 4))
    """
    require_str("text", text, nonempty=False)
    normalised, where = normalise_fast(text)
    return normalised, tuple(where)


class _Forms:
    """The matching form of each character met: one character for one in ``table`` (for
    ``str.translate``), the others (``…`` → ``...``, spaces) found by ``special``."""

    def __init__(self) -> None:
        self.table = dict(_FAST)
        self.pieces: dict[str, str] = {}  # every non-ASCII character met → its form
        self.special = re.compile(r"\s")

    def piece(self, ch: str) -> str:
        """The matching form of the non-ASCII character ``ch`` (learnt once)."""
        piece = self.pieces.get(ch)
        if piece is None:
            form = unicodedata.normalize("NFKC", ch).lower().split()  # no spaces
            piece = self.pieces[ch] = "".join(_SIMPLIFIED.get(p, p) for p in "".join(form))
            if len(piece) == 1:
                self.table[ord(ch)] = piece
            else:  # several characters or none: looked at one by one
                found = (re.escape(c) for c, p in self.pieces.items() if len(p) != 1)
                self.special = re.compile("[\\s" + "".join(found) + "]")
        return piece

    @classmethod
    def of(cls, text: str) -> _Forms:
        """The forms, with every character of ``text`` learnt (afresh when too many)."""
        if len(_FORMS[0].pieces) > 65_536:
            _FORMS[0] = cls()  # replaced, not cleared: a caller in another thread keeps its own
        forms = _FORMS[0]
        for ch in set(text).difference(forms.pieces):
            if ch >= "\x80":
                forms.piece(ch)
        return forms


_FORMS = [_Forms()]


def _unmet(text: str, forms: _Forms) -> bool:
    """Whether ``text`` holds a non-ASCII character ``forms`` has not met.

    >>> _unmet("abc", _Forms()), _unmet("Ⅻ", _Forms())
    (False, True)
    """
    return any(ch >= "\x80" for ch in set(text).difference(forms.pieces))


def normalise_fast(text: str) -> tuple[str, Sequence[int]]:
    """:func:`normalise`, its positions as cheap as can be (a ``range`` when one for one)."""
    text = cantonese_words(text)  # one character for one: every position is kept
    text = regional_words(text)  # (訊號 → 信号, 網路 → 网络: one for one too)
    forms = _FORMS[0]
    # a long text that shows a character not met before (its sample): learnt first
    fast = (
        "" if len(text) >= 4096 and _unmet(text[::_SAMPLE], forms) else text.translate(forms.table)
    )
    if not fast or fast != fast.lower() or not unicodedata.is_normalized("NFKC", fast):
        forms = _Forms.of(text)  # a character not met before (else: each maps one for one)
        fast = text.translate(forms.table)
    out: list[str] = []
    where: list[int] = []
    last = ""  # the last character written
    pos = 0
    for m in forms.special.finditer(fast):
        at = m.start()
        if at > pos:
            out.append(fast[pos:at])
            where.extend(range(pos, at))
            last = fast[at - 1]
        ch, piece = text[at], ""
        if ch in "\n\r":
            piece = "。"
        elif ch >= "\x80":
            piece = forms.piece(ch)
        elif last > "\u2e7f" and at + 1 < len(text) and text[at + 1] > "\u2e7f":
            piece = ","  # a space between two Chinese characters separates clauses
        if piece:
            out.append(piece)
            where.extend([at] * len(piece))
            last = piece[-1]
        pos = at + 1
    if not pos:
        return fast, range(len(text))
    out.append(fast[pos:])
    where.extend(range(pos, len(text)))
    return "".join(out), where


@contextlib.contextmanager
def trusted_data() -> Iterator[None]:
    """Build rules whose patterns are compiled on first use, not at construction.

    Only for the built-in rule set, whose every pattern the test suite compiles
    (``tests/test_complaints_classifier.py``); a user's rules are checked when built.
    """
    global _TRUSTED
    _TRUSTED = True
    try:
        yield
    finally:
        _TRUSTED = False


def _norm_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in (normalise(term)[0] for term in terms) if t)


def _needs(pattern: str) -> tuple[frozenset[str], ...]:
    r"""Sets of characters such that every match of ``pattern`` holds one of each set,
    as far as plain to see.

    Used only to skip a rule's regular expression on a text that misses one of these
    sets, so fewer sets (no shortcut) are always safe.

    >>> [sorted(s) for s in _needs(r"(?<!管)(退|换货)\S{0,2}款")]
    [['换', '退'], ['款']]
    >>> [sorted(s) for s in _needs(r"(很|太)?一般(啊)?[二三]次")]
    [['一'], ['般'], ['三', '二'], ['次']]
    >>> [sorted(s) for s in _needs(r"(\d+|半)个?(小时|钟头)")]  # \d: any digit, ٣ too
    [['小', '钟']]
    >>> [sorted(s) for s in _needs(r"是多少|为什么")]  # each alternative of the whole pattern
    [['什', '少']]
    >>> _needs(r"\S+吗"), _needs(r"(?i)ab"), _needs(r"(一)?\u6b21")
    ((frozenset({'吗'}),), (), ())
    """
    if FLAGS.search(pattern):  # inline flags change what a character matches
        return ()
    alternatives = [_elements(alternative) for alternative in _scan.alternatives(pattern)]
    if len(alternatives) == 1:
        return tuple(alternatives[0])
    if not all(alternatives):
        return ()
    return (frozenset().union(*map(_rarest, alternatives)),)


#: Characters found in many texts (the seventh in the real texts or more often): a set of
#: needs holding fewer of them lets a pattern be skipped on more texts
_COMMON = frozenset(
    "的不是了一有好我很还在个就到没人这也都用上以来要么多能大可时服下后小次点为过看家天得"
)


def _rarest(needs: list[frozenset[str]]) -> frozenset[str]:
    """Of the sets of needs of an alternative (each one held by every match of it), the
    one a text most likely misses: the fewest common characters, then the fewest
    characters, then the first.

    >>> sorted(_rarest([frozenset("一会"), frozenset("如怎"), frozenset("处安补")]))
    ['如', '怎']
    """
    return min(needs, key=_commonness)


def _commonness(chars: frozenset[str]) -> tuple[int, int]:
    """How likely a text is to hold one of ``chars``, roughly: its common characters (see
    :data:`_COMMON`), then its characters."""
    return len(chars & _COMMON), len(chars)


def _elements(pattern: str) -> list[frozenset[str]]:
    """:func:`_needs` of a pattern without a top-level ``|``: per element that is not
    optional and plain to see, its characters, up to the first element not understood."""
    out = []
    i = 0
    while i < len(pattern):
        chars, i = _element(pattern, i)
        if i < 0:
            break
        repeat = QUANTIFIER.match(pattern, i)
        if repeat:
            i = repeat.end()
            if optional(repeat):
                continue
        if chars is not None:
            out.append(chars)
    return out


def _element(pattern: str, i: int) -> tuple[frozenset[str] | None, int]:
    """Characters one of which every match of the element at ``pattern[i]`` holds
    (``None``: not plain to see, or none) and the index after it (``-1``: not understood)."""
    ch, end = pattern[i], _scan.group_end(pattern, i)
    body = pattern[i + 1 : end - 1] if end > i else ""
    if ch == "(":
        if end < 0 or body.startswith(("?=", "?!", "?<=", "?<!")):  # a lookaround
            return None, end
        if body.startswith("?P<") and ">" in body:  # a named group: a group
            body = body[body.index(">") + 1 :]
        elif body.startswith("?") and not body.startswith("?:"):
            return None, -1
        # (of each alternative, the characters of any element it needs: the rarest)
        firsts = [_elements(each) for each in _scan.alternatives(body.removeprefix("?:"))]
        return (frozenset().union(*map(_rarest, firsts)) if all(firsts) else None), end
    if ch == "[":
        return _scan.char_class(body), end
    if ch == "\\":
        after = pattern[i + 1 : end]
        if after in META:
            return frozenset(after), end
        # \d is any Unicode decimal digit (٣, ３ …), too many to list: no set, as for \w
        return None, (end if after and after in "dsSwWDbBAZ" else -1)
    if ch in ".^$":
        return None, end
    return (None, -1) if ch in META else (frozenset(ch), end)


def _strings(argument: str, value: Any) -> tuple[str, ...]:
    if _TRUSTED and type(value) is tuple:
        return value  # built-in data (see trusted_data): checked by the test suite
    return require_strings(argument, value)


def _terms(argument: str, value: Any) -> tuple[str, ...]:
    """A rule's terms: a reason quotes the term that matched, so each is a text
    :func:`~custops._validate.require_label` reads (one line, trimmed, no rule ID)."""
    if _TRUSTED and type(value) is tuple:
        return value  # built-in data (see trusted_data): checked by the test suite
    return require_items(argument, value, "a sequence of str", each=require_label)


if TYPE_CHECKING:

    def STRINGS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802
    def _TERMS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802

else:
    STRINGS = field_converter(_strings, takes="Iterable[str]")
    _TERMS = field_converter(_terms, takes="Iterable[str]")

#: the ids a classification gives the learned layer and "no rule": no rule may take them
RESERVED_IDS = ("learned", "default")


def _rule_id(argument: str, value: Any) -> str:
    """A rule's id, read as every rule ID custops takes (trimmed; one ID, never a list),
    and not one of :data:`RESERVED_IDS`, which an explanation reads as the learned layer
    or as no rule at all."""
    rule_id = require_rule_id(argument, value, several=None)
    if rule_id in RESERVED_IDS:
        problem = "is reserved: 'learned' is the learned layer, 'default' no rule"
        raise InvalidInput.for_argument(argument, value, problem)
    return rule_id


if TYPE_CHECKING:

    def _RULE_ID(value: str) -> str: ...  # noqa: N802

else:
    _RULE_ID = field_converter(_rule_id, takes="str")


def without_rule_ids(reason: str) -> str:
    """``reason`` with each rule ID of the catalogue (``R-CMP-05``) elided as ``…``: a
    rule's pattern may match one in the customer's words, and a reason quotes the match,
    but a reason holds no rule ID (house rule 4; a term holding one is refused instead).

    >>> without_rule_ids("投诉：「按R-CMP-05处理」表明不满，「Ｒ－ＣＭＰ－０６」")
    '投诉：「按…处理」表明不满，「…」'
    """
    spans = rule_id_spans(reason)  # (Ｒ－ＣＭＰ－０５ too, in the customer's width)
    for start, end in reversed(spans):
        reason = reason[:start] + "…" + reason[end:]
    return reason


if TYPE_CHECKING:

    def _KIND(value: Kind | str | None) -> Kind | None: ...  # noqa: N802
    def OPTIONAL_CATEGORY(value: Category | str | None) -> Category | None: ...  # noqa: N802

else:
    _KIND, OPTIONAL_CATEGORY = enum_field(Kind, optional=True), enum_field(Category, optional=True)

#: ``describes_problem``: a yes/no given, or (``None``) whether the rule is a complaint's
#: with a category.
if TYPE_CHECKING:

    def _DESCRIBES_PROBLEM(value: bool | None) -> bool: ...  # noqa: N802

else:
    _DESCRIBES_PROBLEM = derived_converter(
        lambda rule: rule.kind is Kind.COMPLAINT and rule.category is not None,
        require_bool,
        takes="bool | None",
    )


def _compiled(
    argument: str, patterns: tuple[str, ...], *, takes_a_character: bool = False
) -> tuple[re.Pattern[str], ...]:
    """Each of ``patterns`` compiled; a bad one is named ``argument[i]`` in the error.

    With ``takes_a_character`` (a rule's own patterns, whose matches are its evidence), a
    pattern made of anchors and lookarounds only is refused: it could match nothing but the
    empty string, and an empty match is no evidence, so the rule would never fire.

    >>> _compiled("patterns", (r"^(?!.*吗)(?=.*楼主)",), takes_a_character=True)
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: patterns[0]: takes no character ... (got '^(?!.*吗)(?=.*楼主)')
    """
    out = []
    for i, pattern in enumerate(patterns):
        try:
            out.append(re.compile(pattern))
        except re.error as exc:
            raise InvalidInput.for_argument(
                f"{argument}[{i}]", pattern, f"is not a valid regular expression: {exc}"
            ) from None
        if takes_a_character and _widest(pattern) == 0:
            raise InvalidInput.for_argument(
                f"{argument}[{i}]",
                pattern,
                "takes no character (anchors and lookarounds only), so it never fires: match "
                "the words themselves, e.g. '(?!.*吗)楼主'",
            )
    return tuple(out)


def _widest(pattern: str) -> int:
    """How many characters a match of ``pattern`` can take at most (lookarounds and anchors
    take none), as the regular-expression parser counts them."""
    parsed = _re_parser.parse(pattern)
    return int(parsed.getwidth()[1])


def compile_any(argument: str, patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regular expression for any of ``patterns`` (``None`` for none)."""
    _compiled(argument, patterns)
    body = "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(patterns))
    return re.compile(body) if body else None


def question_scope(text: str, start: int, end: int) -> str:
    """Where a question frame of ``text[start:end]`` may stand (``text`` normalised):
    from the start of its sentence to the end of its clause, closing mark included.

    An opening ``请问，`` or ``想咨询一下，`` frames what follows it; a question in a later
    clause (``我要退货，你们什么时候来取？``) does not take back a demand already made.

    >>> question_scope("好的。想咨询一下,退货要带发票吗?谢谢", 9, 11)
    '想咨询一下,退货要带发票吗?'
    >>> question_scope("我要退货,什么时候来取?", 2, 4)
    '我要退货,'
    """
    low = start
    while low > 0 and text[low - 1] not in SENTENCE_BREAKS:
        low -= 1
    high = end
    while high < len(text) and text[high] not in CLAUSE_BREAKS:
        high += 1
    return text[low : high + 1]


#: How far after a match (characters) a rule's ``later_frames`` are looked for.
LATER_REACH = 24


def later_scope(text: str, end: int) -> str:
    """Where a rule's ``later_frames`` may stand after a match ending at ``end`` (``text``
    normalised): the rest of its sentence, at most :data:`LATER_REACH` characters, so the
    look costs the same in a text of any length.

    >>> later_scope("我想退货,怎么操作?谢谢", 4)
    ',怎么操作?'
    """
    high = min(len(text), end + LATER_REACH)
    stop = end
    while stop < high and text[stop] not in SENTENCE_BREAKS:
        stop += 1
    return text[end : stop + 1]


def frames_of(rule: Rule) -> re.Pattern[str] | None:
    """``rule``'s question frames as one compiled pattern (``None`` without frames), for
    the classifier; set when the rule is prepared (:meth:`Rule._prepare`), or, of a
    built-in rule, when first asked for (only a rule that matched a text is)."""
    if not rule._framed:
        rule._frame()
    return rule._frames


def later_frames_of(rule: Rule) -> re.Pattern[str] | None:
    """``rule``'s later frames as one compiled pattern (``None`` without any)."""
    if not rule._framed:
        rule._frame()
    return rule._later


if TYPE_CHECKING:

    def _SIGNAL(value: Signal | str | None) -> Signal | None: ...  # noqa: N802

else:
    _SIGNAL = enum_field(Signal, optional=True)


@attrs.frozen(cache_hash=True)
class Rule:
    """One classification rule: what it votes for, what it looks for, what cancels it.

    ``id`` names the rule in every piece of evidence.  ``kind``, ``category`` and
    ``signal`` say what it votes for (at least one); ``terms`` are literal keywords,
    ``patterns`` regular expressions, both matched against the normalised text (so
    write them half-width, lower case, without spaces).  ``weight`` (≥ 1) is added once
    when the rule fires.  ``negations`` are cues that suppress a match when they stand
    within ``window_chars`` characters before it in the same clause; ``negations_after`` the
    same, after it; ``not_negations`` are look-alikes that are no negation (``是不是``).
    ``describes_problem`` says that the complaint vote describes *what is wrong* (沉淀,
    排队), not the customer's anger or demand (投诉, 我要退货), so it does not count against
    a suggestion cue; by default (``None``) derived: a rule voting for a complaint *and* a
    category is one.
    ``negated_kind`` turns a negated match into a vote for that kind (``不新鲜`` is a
    complaint); the evidence records the cue in ``flipped_by``.  ``question_frames`` are
    regular expressions of a question (请问, …吗): when each match stands in a sentence
    one of them matches, the rule is only *asked about* and its complaint vote is set
    aside unless another complaint vote fires (R-CMP-01: ``请问退货需要什么手续？`` is a
    consultation).  ``later_frames`` are frames that make a match asked about also when
    they stand later in its sentence (:func:`later_scope`): a procedure asked after the
    wish it serves (``我想退货，怎么操作？``: how to return is asked, no return demanded;
    the labelling guide's questions).  ``overrides`` names rules whose matches inside a
    match of this rule do not count (``积分会过期`` is about points, not spoiled goods).
    ``makes_request`` marks a rule whose match is the text's own request (a patient
    asking a doctor what to do):
    the words of feeling beside it (难受, 恶心 — the patient's symptoms) are what the
    request is about, so a verdict does not take the text's kind from it, and the learned
    layer does not vote on the kind.
    ``silencers`` are regular expressions (or plain words) whose match *anywhere* in the
    normalised text silences the rule (R-CMP-01, R-CMP-02): each of its matches is then
    suppressed evidence whose ``negated_by`` is the words the first one matched, as a
    negated match is — a weak vote for a neutral description (油耗7个) that must not
    outvote the verdict told elsewhere in the text (…，太费油了).  Unlike ``negations``
    they are not bound to a clause or a window, and the evidence stays the term itself.
    A cue must take a character, as a pattern must.

    >>> told = Rule("acme.spec", kind="无需处理", terms=("油耗",), silencers=("费油|厉害",))
    >>> told.matches("百公里油耗7个,动力够用")
    ((3, 5, '油耗', ''),)
    >>> told.matches("油耗12个。说实话,太费油了")
    ((0, 2, '油耗', '费油'),)

    >>> rule = Rule("acme.battery", category="产品质量", kind="投诉",
    ...             terms=("电池鼓包", "续航"), negations=("没有",))
    >>> rule.category, rule.weight, rule.describes_problem
    (<Category.PRODUCT_QUALITY: 'product_quality'>, 1, True)
    >>> Rule("acme.demand", category="退换货", kind="投诉", terms=("包退",),
    ...      describes_problem=False).describes_problem
    False
    >>> from custops.complaints import DEFAULT_CLASSIFIER_POLICY, classify
    >>> asked = Rule("acme.demand", category="退换货", kind="投诉", terms=("包退",),
    ...              question_frames=("请问", "吗$"))
    >>> classify("请问包退吗", policy=DEFAULT_CLASSIFIER_POLICY.extended(asked)).kind.label
    '咨询'
    >>> classify("必须包退", policy=DEFAULT_CLASSIFIER_POLICY.extended(asked)).kind.label
    '投诉'
    >>> Rule("x", category="other", patterns=("(",))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: patterns[0]: is not a valid regular expression: ... (got '(')
    """

    id: str = attrs.field(converter=_RULE_ID)  # the one positional argument
    kind: Kind | None = attrs.field(kw_only=True, default=None, converter=_KIND)
    category: Category | None = attrs.field(kw_only=True, default=None, converter=OPTIONAL_CATEGORY)
    signal: Signal | None = attrs.field(
        kw_only=True,
        default=None,
        converter=_SIGNAL,
    )
    terms: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=_TERMS)
    patterns: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    weight: int = attrs.field(kw_only=True, default=1, converter=POLICY_POSITIVE_INT)
    negations: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    negations_after: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    window_chars: int = attrs.field(kw_only=True, default=4, converter=POLICY_INT)
    note: str = attrs.field(kw_only=True, default="", converter=ANY_TEXT)
    not_negations: tuple[str, ...] = attrs.field(
        kw_only=True,
        # (a proposal's A-not-A question denies nothing: 能不能增加, 可不可以改成)
        default=(
            "是不是",
            "有没有",
            "不是吗",
            "无论",
            "没想到",
            "不知道",
            "能不能",
            "可不可以",
        ),
        converter=STRINGS,
    )
    describes_problem: bool = attrs.field(
        kw_only=True,
        default=None,
        converter=_DESCRIBES_PROBLEM,
    )
    question_frames: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    later_frames: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    overrides: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    negated_kind: Kind | None = attrs.field(kw_only=True, default=None, converter=_KIND)
    makes_request: bool = attrs.field(kw_only=True, default=False, converter=BOOL)
    silencers: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=STRINGS)
    #: per pattern: the compiled pattern (``None`` for a built-in rule's, compiled by the
    #: index on first use) and the sets of characters every match holds one of (see
    #: _needs), set by _prepare
    _each: tuple[tuple[re.Pattern[str] | None, tuple[frozenset[str], ...]], ...] = attrs.field(
        init=False, eq=False, repr=False
    )
    _literals: tuple[tuple[str, str], ...] = attrs.field(init=False, eq=False, repr=False)
    _cues_before: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _cues_after: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _exceptions: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _frames: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _later: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    #: ``None`` until compiled (a built-in rule's: when first looked for, see _silenced)
    _silencing: tuple[re.Pattern[str], ...] | None = attrs.field(init=False, eq=False, repr=False)
    _framed: bool = attrs.field(init=False, eq=False, repr=False)  # _frames, _later set
    _ready: bool = attrs.field(init=False, eq=False, repr=False)

    @overrides.validator
    def _check_overrides(self, _: Any, value: tuple[str, ...]) -> None:
        for i, rule_id in enumerate(value):
            if not ONE_RULE_ID.fullmatch(rule_id):
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
        if not _TRUSTED:  # 異味 and 异味, ＡＢ and ab are one term: listed twice
            keys = [normalise(term)[0] for term in self.terms]
            require_distinct("terms", self.terms, "is listed twice", twice=True, keys=keys)
        object.__setattr__(self, "_ready", False)
        object.__setattr__(self, "_framed", False)
        object.__setattr__(self, "_silencing", None)
        if not _TRUSTED:  # built-in data is checked by the test suite, prepared on first use
            self._prepare()

    def _prepare(self, *, lazily: bool = False) -> None:
        """Compile the patterns, normalise the terms and cues (once, before matching).

        ``lazily`` (a built-in rule, checked by the test suite): the patterns, frames and
        silencers are left to be compiled when first needed, unchecked; the answers are
        the same.  Every value set is the same whichever thread sets it first.
        """
        if lazily:
            each: tuple[re.Pattern[str] | None, ...] = (None,) * len(self.patterns)
        else:
            each = _compiled("patterns", self.patterns, takes_a_character=True)
            frames = compile_any("question_frames", self.question_frames)
            later = compile_any("later_frames", self.later_frames)
            object.__setattr__(self, "_frames", frames)
            object.__setattr__(self, "_later", later)
            object.__setattr__(self, "_framed", True)
            silencing = _compiled("silencers", self.silencers, takes_a_character=True)
            object.__setattr__(self, "_silencing", silencing)
        literals = {(normalise(t)[0], t) for t in self.terms}
        for name, value in (
            ("_each", tuple(zip(each, map(_needs, self.patterns), strict=True))),
            ("_literals", tuple(sorted(lit for lit in literals if lit[0]))),
            ("_cues_before", _norm_terms(self.negations)),
            ("_cues_after", _norm_terms(self.negations_after)),
            ("_exceptions", _norm_terms(self.not_negations)),
            ("_ready", True),
        ):
            object.__setattr__(self, name, value)

    def _frame(self) -> None:
        """Compile a built-in rule's question and later frames (see :func:`frames_of`)."""
        for name, frames in (("_frames", self.question_frames), ("_later", self.later_frames)):
            body = "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(frames))
            object.__setattr__(self, name, re.compile(body) if body else None)
        object.__setattr__(self, "_framed", True)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the rule's own fields: a rule is sent to another process (a Spark
        executor) as what it was given, and prepared there on first use."""
        given = {f.name: getattr(self, f.name) for f in attrs.fields(Rule) if f.init}
        return (_rebuilt_rule, (given,))

    def matches(self, normalised: str) -> tuple[tuple[int, int, str, str], ...]:
        """``(start, end, source, negated_by)`` for each match in ``normalised`` text.

        Matches of one rule never overlap: the leftmost wins, then the longest, then the
        first pattern, then the first term in sorted order.
        """
        require_str("normalised", normalised, nonempty=False)
        found = Index.of((self,)).scan(normalised).get(0, ())
        return tuple((s, e, source, neg or flip) for s, e, source, neg, flip in found)

    def _silenced(self, text: str) -> str:
        """The first cue of ``silencers`` found anywhere in the normalised ``text`` (the
        words it matched; the first pattern that matches, at its leftmost match), or
        ``""``: one search per pattern, however many matches the rule has.

        >>> Rule("x", kind="无需处理", terms=("油耗",), silencers=("费油", "太.")
        ...      )._silenced("油耗12个,太费油了")
        '费油'
        """
        silencing = self._silencing
        if silencing is None:  # a built-in rule's, compiled when first looked for
            silencing = tuple(map(re.compile, self.silencers))
            object.__setattr__(self, "_silencing", silencing)
        for silencer in silencing:
            found = silencer.search(text)
            if found is not None:
                return found.group()
        return ""

    def _negation(self, text: str, start: int, end: int) -> str:
        window = self.window_chars
        # the window up to the clause break lies within the next ``window`` characters:
        # with no cue there (most matches), there is none in it
        near = text[max(0, start - window) : start]
        if self._cues_before and any(map(near.__contains__, self._cues_before)):
            low = start
            while low > 0 and start - low < window and text[low - 1] not in CLAUSE_BREAKS:
                low -= 1
            before = text[low:start]
            if any(map(before.__contains__, self._cues_before)):
                for turn in CONTRAST_BREAKS.finditer(text, low, start):
                    low = turn.end()
                before = text[low:start]
            if any(map(before.__contains__, self._cues_before)):
                before = self._blank_exceptions(text, low, start)
                for cue in self._cues_before:
                    if cue in before:
                        return cue
        near = text[end : end + window]
        if self._cues_after and any(map(near.__contains__, self._cues_after)):
            high = end
            while high < len(text) and high - end < window and text[high] not in CLAUSE_BREAKS:
                high += 1
            after = text[end:high]
            if any(map(after.__contains__, self._cues_after)):
                stop = CONTRAST_BREAKS.search(text, end, high)
                high = high if stop is None else stop.start()
                after = text[end:high]
            if any(map(after.__contains__, self._cues_after)):
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


def _rebuilt_rule(given: dict[str, Any]) -> Rule:
    """A :class:`Rule` unpickled: built again from the fields it was given."""
    return Rule(**given)


_Match = tuple[int, int, str, str, str]  # start, end, source, negated_by, flipped_by
#: the first, second, fourth and fifth item of a tuple (shared by the package; of a
#: ``_Match``, the fourth is ``negated_by``, the fifth ``flipped_by``)
FIRST, SECOND = operator.itemgetter(0), operator.itemgetter(1)
_THIRD = operator.itemgetter(2)
FOURTH, FIFTH = operator.itemgetter(3), operator.itemgetter(4)
_SPAN = operator.methodcaller("span")
_WORD = -1  # the rule position under which the literal pass lists boundary words
_KEYED = -2  # … and the patterns one of whose pairs occurs (by pattern position)


#: a pattern of a long text is searched around its rarest characters when they are at
#: most one in this many of the text's characters (a search call costs about as much as
#: the engine's pass over a hundred characters)
_RARE = 100
#: how rare a character is, estimated from every 17th character (a prime: a text that
#: repeats a short piece, 在吗在吗…, is not sampled at one of its characters only)
_SAMPLE = 17


_Term = tuple[str, int, int, str]  # term, rule position, source position, source


class Index:
    """The terms and patterns of a tuple of rules, indexed by the characters they start with.

    Scanning a text visits each position once and tries only the terms that start with
    the one or two characters there, and only the patterns that can match: one of whose
    pairs (:func:`._scan.pairs`) occurs, found in the same visit, or else whose first
    characters occur in the text, so the cost grows with the text, not with the vocabulary.
    """

    _cache: ClassVar[dict[tuple[tuple[Rule, ...], tuple[str, ...]], Index]] = {}
    _known: ClassVar[dict[int, tuple[tuple[Rule, ...], tuple[str, ...], Index]]] = {}

    def __init__(self, rules: tuple[Rule, ...], words: tuple[str, ...] = ()) -> None:
        self.rules = rules
        self.words = _Words(words) if words else None
        #: one-character term → its entries; first two characters → the longer terms
        self.singles: dict[str, list[_Term]] = {}
        self.pairs: dict[str, list[_Term]] = {}
        #: every pattern as (rule position, pattern position, compiled, source, needs);
        #: listed under each character of its smallest set of needs (see _needs); a
        #: built-in rule's is compiled when a text first needs it (``None`` until then,
        #: see :meth:`_pattern`)
        self.patterns: list[
            tuple[int, int, re.Pattern[str] | None, str, tuple[frozenset[str], ...]]
        ]
        self.patterns = []
        #: per pattern: the sets of its needs a short text is still to be checked for,
        #: split: the characters of its one-character sets (each one the text must hold:
        #: checked at once, a subset), then its other sets (one of each): the first alone
        #: (``None``: none), the rest
        self.short_split: list[
            tuple[frozenset[str], frozenset[str] | None, tuple[frozenset[str], ...]]
        ] = []
        #: the patterns: those with pairs (see _scan.pairs) are listed under them, in
        #: ``pairs`` (as rule position _KEYED) and, for a long text, in ``held_ids``; the
        #: others under the characters of their smallest set of needs (see _needs) in
        #: ``gated``, or in ``always``
        self.gated: dict[str, list[int]] = {}
        always: list[int] = []
        keyed: dict[str, list[_Term]] = {}
        held: dict[str, list[int]] = {}
        #: rule position → positions of the rules that override it (unknown IDs are ignored)
        self.overriders: dict[int, list[int]] = {}
        for r, rule in enumerate(rules):
            if not rule._ready:  # a built-in rule: its patterns compiled when first needed
                rule._prepare(lazily=True)
            for order, (term, source) in enumerate(rule._literals, len(rule.patterns)):
                by = self.singles if len(term) == 1 else self.pairs
                by.setdefault(term[:2], []).append((term, r, order, source))
            for index, (each, needs) in enumerate(rule._each):
                k, source = len(self.patterns), rule.patterns[index]
                keys = _scan.pairs(source)
                gate = min(needs, key=len, default=None)
                for pair in sorted(keys or ()):  # found with the terms (see scan)
                    keyed.setdefault(pair, []).append((pair, _KEYED, k, source))
                    held.setdefault(pair, []).append(k)
                for ch in (gate or ()) if not keys else ():
                    self.gated.setdefault(ch, []).append(k)
                if gate is None and not keys:
                    always.append(k)
                self.patterns.append((r, index, each, source, needs))
                # a short text tries a pattern listed under its gate only when the text
                # holds a character of it: the other sets are left to check
                gated = gate is not None and not keys
                others = tuple(n for n in needs if not (gated and n is gate))
                larger = [n for n in others if len(n) != 1]
                self.short_split.append(
                    (
                        frozenset().union(*(n for n in others if len(n) == 1)),
                        larger[0] if larger else None,
                        tuple(larger[1:]),
                    )
                )
            for t, target in enumerate(rules if rule.overrides else ()):
                if target.id in rule.overrides:
                    self.overriders.setdefault(t, []).append(r)
        #: per rule: its cues before and after a match as one search each (``None``: no
        #: cue), which tells in C whether a match's windows hold any (see ``_negation``)
        self.near = [(_any_cue(rule._cues_before), _any_cue(rule._cues_after)) for rule in rules]
        self.always = frozenset(always)
        self.pairs_long = {pair: list(entries) for pair, entries in self.pairs.items()}
        self.involved = frozenset(self.overriders).union(*self.overriders.values())
        self.overridden = frozenset(self.overriders)
        for word in self.words.sorted if self.words is not None else ():
            for by in (self.singles,) if len(word) == 1 else (self.pairs, self.pairs_long):
                by.setdefault(word[:2], []).append((word, _WORD, 0, word))  # with the terms
        for pair, entries in keyed.items():
            self.pairs.setdefault(pair, []).extend(entries)
        #: a long text: each pattern's pair (see _scan.pairs) → its number (from 1), where
        #: it occurs picked in C, apart from the terms; per number, the patterns holding
        #: it, and per pattern, the numbers of its pairs
        self.held_ids = {pair: n for n, pair in enumerate(held, 1)}
        self.held_of: list[tuple[int, ...]] = [(), *map(tuple, held.values())]
        self.held_pairs: dict[int, list[int]] = {}
        for n, ks in enumerate(self.held_of):
            for k in ks:
                self.held_pairs.setdefault(k, []).append(n)
        #: the same entries for :meth:`scan`: ``(term, rule position, source position,
        #: source, length)``, the term ``None`` when its two characters are the pair
        self._scan_pairs = {p: _split_entries(_scan_entries(es)) for p, es in self.pairs.items()}
        #: a short text: the patterns one of whose pairs is ``p``, in the order the pair's
        #: entries list them (picked in C, apart from the terms, see :meth:`scan`); and the
        #: pairs' entries of terms and words without them, of the pairs that have some
        self._keyed_short: dict[str, tuple[int, ...]] = {}
        self._scan_terms: dict[str, _ScanPair] = {}
        for p, (exact, longer) in self._scan_pairs.items():
            keyed_here = tuple(order for r, order, _source in exact if r == _KEYED)
            if keyed_here:
                self._keyed_short[p] = keyed_here
                exact = tuple(e for e in exact if e[0] != _KEYED)
            if exact or longer is not None:
                self._scan_terms[p] = (exact, longer)
        #: the overridden rules in the order they are negated by their overriders (a rule
        #: both overriding and overridden is read as that order leaves it)
        self._override_rank = {r: n for n, r in enumerate(self.overriders)}
        #: a long text's entries of each pair, split as a short text's (see _split_entries):
        #: a longer term tried only where its second and third characters follow; made
        #: when a long text first needs them (see :meth:`_long_pairs`)
        self._scan_pairs_long: dict[str, _ScanPair] | None = None
        self._single_chars = (
            re.compile("[" + "".join(map(re.escape, sorted(self.singles))) + "]")
            if self.singles
            else None
        )
        #: for a long text: each pattern tried only where it can start (see _scan.quick),
        #: ``None`` until first needed
        self.quick: list[re.Pattern[str] | None] = []
        #: for a short text: per pattern, the search that tells whether it matches at all
        #: and whether it is called with the set of the text's characters too (``None``
        #: until first needed, see :meth:`_short_search`)
        self.short_searches: list[tuple[Any, bool, bool] | None] = [None] * len(self.patterns)
        #: for a long text: each pattern's width (see _scan.width), None when unbounded
        self.widths: list[tuple[int, int] | None] = []

    def _quick(self) -> list[re.Pattern[str] | None]:
        """The patterns for a long text (each compiled when first needed, see
        :meth:`_quick_at`), and their widths."""
        if len(self.quick) < len(self.patterns):
            self.widths = [_scan.width(source) for _r, _i, _each, source, _ in self.patterns]
            self.quick = [None] * len(self.patterns)
        return self.quick

    def _quick_at(self, k: int) -> re.Pattern[str]:
        """Pattern ``k`` for a long text (see _scan.quick), compiled on first use."""
        quick = self.quick[k] = _scan.quick(self._pattern(k))
        return quick

    def prepare(self) -> None:
        """Do now what the first texts would: compile every pattern for a short and a long
        text, and each rule's frames and silencers (the answers are the same)."""
        self._quick()
        self._long_pairs()
        for k, search in enumerate(self.short_searches):
            if search is None:
                self._short_search(k)
            if self.quick[k] is None:
                self._quick_at(k)
        for rule in self.rules:
            frames_of(rule)
            if rule.silencers:
                rule._silenced("")

    def _long_pairs(self) -> dict[str, _ScanPair]:
        """A long text's entries of each pair (see ``_scan_pairs_long``), made on first
        use (the same whichever thread makes them first)."""
        by_pair = self._scan_pairs_long
        if by_pair is None:
            by_pair = {p: _split_entries(_scan_entries(es)) for p, es in self.pairs_long.items()}
            self._scan_pairs_long = by_pair
        return by_pair

    def _pattern(self, k: int) -> re.Pattern[str]:
        """Pattern ``k`` compiled: a built-in rule's when first needed (the same pattern
        whichever thread compiles it first)."""
        r, index, each, source, needs = self.patterns[k]
        if each is None:
            each = re.compile(source)
            self.patterns[k] = (r, index, each, source, needs)
        return each

    def _short_search(self, k: int) -> tuple[Any, bool, bool]:
        """The search telling whether pattern ``k`` matches a short text: of a pattern that
        starts with a lookaround or an optional element, or with alternatives not all
        starting with a character, the one tried only where a match can start
        (:func:`._scan.quick`: the same matches; the engine otherwise tries every
        position, each lookbehind at each); of the others, the pattern's own.  Compiled on
        first use (a text that never needs the pattern never pays for it); with whether it
        is called with the set of the text's characters too (see :func:`_gated`)."""
        each, source = self._pattern(k), self.patterns[k][3]
        if _scan.slow_start(source) or _scan.mixed_start(source):
            each = _scan.quick(each)
        plain = each.search
        search = _gated(plain, *_short_gates(each, source))
        # (and whether it is the pattern's own search: its match is the first of finditer)
        own = search is plain and each is self.patterns[k][2]
        entry = self.short_searches[k] = (search, search is not plain, own)
        return entry

    @classmethod
    def of(cls, rules: tuple[Rule, ...], words: tuple[str, ...] = ()) -> Index:
        """The index of ``rules`` and ``words``, built once (the same tuples are found by
        identity, without hashing every rule)."""
        known = cls._known.get(id(rules))
        if known is not None and known[0] is rules and known[1] is words:
            return known[2]
        index = cls._cache.get((rules, words))
        if index is None:
            index = cls(rules, words)
        elif index.rules is not rules:  # equal rules, other objects (one copy unpickled):
            for rule in rules:  # the matcher reads the given ones' cues, so ready them too
                if not rule._ready:
                    rule._prepare(lazily=True)
        if len(cls._cache) >= 64:
            cls._cache.clear()
            cls._known.clear()
        cls._cache[(rules, words)] = index
        cls._known[id(rules)] = (rules, words, index)
        return index

    def _rare(
        self, text: str, patterns: Iterable[int]
    ) -> dict[int, tuple[list[int], tuple[int, int]]]:
        """Pattern → the sorted positions of the characters of its rarest set of needs
        (see _needs), for each bounded pattern (see _scan.width) whose set is rare
        enough in the long ``text`` that searching around them costs less than a pass."""
        counts = Counter(text[::_SAMPLE])  # estimates: the choice only changes the speed
        limit = len(text) // (_RARE * _SAMPLE)
        chosen: dict[int, tuple[frozenset[str], tuple[int, int]]] = {}
        for k in patterns:
            needs, size = self.patterns[k][4], self.widths[k]
            if needs and size is not None:
                rarest = min(needs, key=lambda chars: sum(map(counts.__getitem__, chars)))
                if sum(map(counts.__getitem__, rarest)) <= limit:
                    chosen[k] = rarest, size
        if not chosen:
            return {}
        found: dict[str, list[int]] = {ch: [] for chars, _ in chosen.values() for ch in chars}
        every = re.compile("[" + "".join(map(re.escape, sorted(found))) + "]")
        for m in every.finditer(text):
            found[m.group()].append(m.start())
        return {
            k: (sorted(chain.from_iterable(map(found.__getitem__, chars))), size)
            for k, (chars, size) in chosen.items()
        }

    def _held_positions(
        self, held_at: list[int | None], bounded: dict[int, tuple[int, int]]
    ) -> dict[int, tuple[list[int], tuple[int, int]]]:
        """Pattern → the sorted positions where its pairs occur in a long text (``held_at``
        holds each position's pair number, see :meth:`scan`) and its width, for each
        pattern of ``bounded``."""
        if not bounded:
            return {}
        needed = frozenset(n for k in bounded for n in self.held_pairs[k])
        positions = list(compress(count(), map(needed.__contains__, held_at)))
        at: dict[int, list[int]] = {}  # (each pair's positions in order, as met)
        for i, n in zip(positions, map(held_at.__getitem__, positions), strict=True):
            found = at.get(n)  # type: ignore[arg-type]  # (picked: a number)
            if found is None:
                at[n] = [i]  # type: ignore[index]
            else:
                found.append(i)
        out = {}
        for k, size in bounded.items():
            ns = self.held_pairs[k]
            if len(ns) == 1:
                out[k] = (at[ns[0]], size)
            else:
                out[k] = (sorted(chain.from_iterable(at.get(n, ()) for n in ns)), size)
        return out

    def scan(self, text: str) -> dict[int, tuple[_Match, ...]]:
        """Rule position → its non-overlapping ``(start, end, source, negated_by, flipped_by)``.

        A match is negated by its rule's negation cues (or, with ``negated_kind``,
        flipped by them), by the match of an overriding rule that covers it, or by a
        boundary word it cuts in two (``交车`` in ``公交车``).
        """
        # rule position → (start, -end, source position, source): sorted, the leftmost,
        # then the longest, then the first source comes first
        raw: defaultdict[int, list[tuple[int, int, int, str]]] = defaultdict(list)
        # the positions whose two characters start a term, found without a Python loop
        # over the text: each pair looked up in C, the hits picked by ``filter``
        long = len(text) > _scan.LONG
        held_at: list[int | None] = []  # a long text: per position, its pair's number
        # a short text: the patterns one of whose pairs occurs (see _scan.pairs), in the
        # order of the pairs and of their entries; a long text's are counted in ``held``
        keyed: Iterable[int] = ()
        if long:
            strings = list(map(operator.add, text, text[1:]))
            after = strings[1:]  # (the pair that follows each: a longer term's next two)
            after.append("")
            # the positions whose pair starts a term or word, picked in C (no pair made
            # a tuple), then their entries
            by_pair = self._scan_pairs_long or self._long_pairs()
            at = list(compress(count(), map(by_pair.__contains__, strings)))
            entries = zip(at, map(by_pair.__getitem__, map(strings.__getitem__, at)), strict=True)
            _term_entries(raw, entries, after, text)
            del after
            # where the patterns' pairs occur, in C: a text repeating one (楼主楼主…) has
            # half a million, which are counted, and listed only where rare
            held_at = list(map(self.held_ids.get, strings))
            del strings
        else:  # (the same strings, hashed once, are the learned layer's)
            # the entries of a pair: its own (two characters) at once, the longer terms
            # by the pair that follows (a term's second and third characters), looked up
            # hashed already: most never start with the text's next character
            strings = _scan.pairs_of(text)
            after = strings[1:]
            after.append("")
            # the patterns one of whose pairs occurs: listed in C (as the pairs order them)
            keyed = chain.from_iterable(filter(None, map(self._keyed_short.get, strings)))
            hits = filter(SECOND, enumerate(map(self._scan_terms.get, strings)))
            _term_entries(raw, hits, after, text)  # type: ignore[arg-type]  # (picked: not None)
        chars = set(text) if long else _scan.chars_of(text)
        if self._single_chars is not None and not self.singles.keys().isdisjoint(chars):
            for m in self._single_chars.finditer(text):
                i = m.start()
                for _term, r, order, source in self.singles[m.group()]:
                    raw[r].append((i, -i - 1, order, source))
        found_words = raw.pop(_WORD, None)  # boundary words: where each occurs
        held: dict[int, int] = {}  # a long text: pattern → how often its pairs occur
        if long:  # (a short text's patterns one of whose pairs occurs: ``keyed``)
            for n, times in Counter(filter(None, held_at)).items():
                for k in self.held_of[n]:
                    held[k] = held.get(k, 0) + times
        quick = self._quick() if long else None
        # only patterns that can start at a character of the text, or hold a pair of it:
        gates = self.gated
        patterns = self.always.union(*map(gates.__getitem__, gates.keys() & chars), keyed, held)
        if not long:  # (the loop below, less what a long text needs)
            every, short_split, searches = self.patterns, self.short_split, self.short_searches
            for k in patterns:
                each_of, one, rest = short_split[k]
                if (
                    not each_of <= chars
                    or (one is not None and chars.isdisjoint(one))
                    or (rest and any(map(chars.isdisjoint, rest)))
                ):
                    continue
                search, with_chars, own = searches[k] or self._short_search(k)
                found = search(text, chars) if with_chars else search(text)
                if found is None:
                    continue
                r, index, each, source, _needs = every[k]  # (compiled by _short_search)
                start, end = found.span()
                if own and start < end:
                    # the pattern's own search found its first match: the others follow
                    # it (as ``finditer`` goes on after a match that is not empty)
                    raw[r].append((start, -end, index, source))
                    matches = each.finditer(text, end)  # type: ignore[union-attr]
                else:
                    matches = each.finditer(text)  # type: ignore[union-attr]
                for m in matches:
                    start, end = m.span()
                    if start < end:
                        raw[r].append((start, -end, index, source))
            patterns = frozenset()
        rare: dict[int, tuple[list[int], tuple[int, int]]] = {}
        if long:
            # a bounded pattern whose pairs are rare enough: searched around them (each
            # pair lies inside a match that holds it), the others around rare characters
            limit = len(text) // _RARE
            widths = self.widths
            bounded = {k: b for k, n in held.items() if n <= limit and (b := widths[k]) is not None}
            rare = self._held_positions(held_at, bounded)
            rare.update(self._rare(text, patterns.difference(rare)))
        for k in patterns:
            r, index, each, source, needs = self.patterns[k]
            if any(map(chars.isdisjoint, needs)):
                continue
            if each is None:
                each = self._pattern(k)
            if k in rare:  # a long text, a rare character in every match: around it only
                for start, end in _scan.windowed(each, text, *rare[k]):
                    raw[r].append((start, -end, index, source))
                continue
            if quick is not None:  # a long text: searched once, where a match can start
                # (its matches may be many, 在吗在吗…: their spans read and kept in C)
                spans = list(map(_SPAN, (quick[k] or self._quick_at(k)).finditer(text)))
                starts, ends = list(map(FIRST, spans)), list(map(SECOND, spans))
                raw[r].extend(
                    compress(
                        zip(starts, map(operator.neg, ends), repeat(index), repeat(source)),
                        map(operator.lt, starts, ends),
                    )
                )
                continue
            if each.search(text) is None:
                continue
            for m in each.finditer(text):  # one pattern at a time: each keeps its
                start, end = m.span()  # literal-prefix search, fast in C
                if start < end:
                    raw[r].append((start, -end, index, source))
        cut = None  # a match may cut a boundary word: see _Words.straddled
        if found_words:
            occurrences = sorted((s, source) for s, _end, _order, source in found_words)
            cut = _Occurrences(occurrences, self.words.longest if self.words else 0).straddled
        involved = self.involved  # rules that override or are overridden: cut last
        out: dict[int, tuple[_Match, ...]] = {}
        for r, found in raw.items():
            rule = self.rules[r]
            found.sort()
            kept: list[_Match] = []
            end_of_last = -1
            # a cue of ``silencers`` anywhere in the text: every match kept is suppressed
            # by it (looked for once, for a rule that matched)
            hush = rule._silenced(text) if rule.silencers else ""
            if hush:
                for start, end, _order, source in found:
                    if start >= end_of_last:
                        end_of_last = -end
                        kept.append((start, end_of_last, source, hush, ""))
                out[r] = tuple(kept)
                continue
            flips = rule.negated_kind is not None
            cues = bool(rule._cues_before or rule._cues_after)
            if cues and len(found) > _FEW_CUED:  # none of its cues in the text: no negation
                cues = any(map(text.__contains__, rule._cues_before + rule._cues_after))
            early = None if r in involved else cut
            if not cues and early is None and len(found) > _FEW_CUED:
                # nothing to negate: the matches kept are those no earlier one overlaps,
                # which (sorted) is every one when each starts at or after the one before
                # ends: checked, then kept, in C (a text repeating 在吗 has half a
                # million matches)
                starts = list(map(FIRST, found))
                ends = list(map(operator.neg, map(SECOND, found)))
                if all(map(operator.ge, starts[1:], ends)):
                    blank = repeat("")
                    out[r] = tuple(
                        zip(starts, ends, map(FOURTH, found), blank, blank, strict=False)
                    )
                    continue
            if not cues and early is None:  # the same loop, with nothing to negate
                for start, end, _order, source in found:
                    if start >= end_of_last:
                        end_of_last = -end
                        kept.append((start, end_of_last, source, "", ""))
                out[r] = tuple(kept)
                continue
            before, after = self.near[r]
            window = rule.window_chars
            for start, end, _order, source in found:
                end = -end
                if start >= end_of_last:
                    # (no cue in either window, none negates: ``_negation`` gives "")
                    cue = (
                        rule._negation(text, start, end)
                        if cues
                        and (
                            (before is not None and before(text, max(0, start - window), start))
                            or (after is not None and after(text, end, end + window))
                        )
                        else ""
                    )
                    neg, flip = ("", cue) if cue and flips else (cue, "")
                    if early is not None and not neg:
                        neg = early(start, end)
                    kept.append((start, end, source, neg, flip))
                    end_of_last = end
            out[r] = tuple(kept)
        # (the overridden rules that matched, in the order of ``overriders``)
        for r in sorted(self.overridden.intersection(out), key=self._override_rank.__getitem__):
            spans = [
                [(s, e) for s, e, _, neg, _ in out.get(o, ()) if not neg]
                for o in self.overriders[r]
            ]
            if any(spans):
                covered = _Covers(text, spans).covered
                out[r] = tuple(
                    (s, e, source, neg or covered(s, e), flip) for s, e, source, neg, flip in out[r]
                )
        if cut is not None:
            for r in involved.intersection(out):
                out[r] = tuple(
                    (s, e, source, neg or cut(s, e), flip) for s, e, source, neg, flip in out[r]
                )
        return out


def _short_gates(
    pattern: re.Pattern[str], source: str
) -> tuple[frozenset[str] | None, tuple[tuple[tuple[frozenset[str], ...], Any], ...] | None]:
    r"""What a short text must hold for ``pattern`` (of ``source``) to match it, beyond its
    needs (see :func:`_needs`), as far as plain to see: the characters the text starts
    with, one of them, when every alternative is anchored at the start (``^``); and, of a
    pattern with alternatives at its top level, each one's needs (see :func:`_elements`)
    and its own search: the pattern matches a text exactly when one of them does, and an
    alternative is tried only on a text that holds its needs.  ``None``: nothing to tell.

    >>> sorted(_short_gates(re.compile(s := r"^(?=(?P<a>好的?|嗯+))(?P=a)$"), s)[0])
    ['嗯', '好']
    >>> _, each = _short_gates(re.compile(s := r"(会|将)怎么|(?P<ab>赔|扣)不(?P=ab)"), s)
    >>> [[sorted(n) for n in needs] for needs, _search in each]
    [[['会', '将'], ['怎'], ['么']], [['扣', '赔'], ['不']]]
    >>> each[1][1]("赔不赔") is not None, each[1][1]("赔不扣") is None
    (True, True)
    """
    options = _scan.alternatives(source) if source else []
    first = None
    if options and all(o.startswith("^") for o in options) and not pattern.flags & re.M:
        # a match starts at the text's start (a named group read as a group: its name
        # only matters to a reference, which ends what :func:`._scan.starts` reads)
        first = _scan.starts(_scan.NAMED.sub("(", source))
    each = None
    # (an alternative alone numbers its groups from 1: none may refer to one by number)
    if (
        1 < len(options) <= _ALONE
        and not _scan.FLAGS.search(source)
        and not _BY_NUMBER.search(source)
    ):
        needs = [tuple(_elements(option)) for option in options]
        if all(needs):
            try:
                searches = [re.compile(option, pattern.flags) for option in options]
            except re.error:  # (a group named in another alternative: never matched)
                return first, None
            each = tuple(
                (n, _scan.quick(one).search) for n, one in zip(needs, searches, strict=True)
            )
    return first, each


#: a pattern with at most this many alternatives at its top level has each searched alone
#: (see :func:`_short_gates`): with more, the checks cost more than they save
_ALONE = 4
#: a reference to a group by its number, or a condition on a group
_BY_NUMBER = re.compile(r"\\[1-9]|\(\?\(")


def _term_entries(
    raw: defaultdict[int, list[tuple[int, int, int, str]]],
    found: Iterable[tuple[int, _ScanPair]],
    after: list[str],
    text: str,
) -> None:
    """Each term that starts at a position ``found`` lists (its pair's entries: its own at
    once, the longer terms keyed by the pair that follows, ``after[i]``), added to ``raw``
    by rule as (start, -end, order, source); a longer term is checked in full only where
    its next pair matches."""
    for i, (exact, longer) in found:
        for r, order, source in exact:
            raw[r].append((i, -i - 2, order, source))
        if longer is not None:
            for term, r, order, source, size in longer.get(after[i], ()):
                if term is None or text.startswith(term, i):
                    raw[r].append((i, -i - size, order, source))


def _gated(
    search: Any,
    first: frozenset[str] | None,
    each: tuple[tuple[tuple[frozenset[str], ...], Any], ...] | None,
) -> Any:
    """``search`` of a short text, as :func:`_short_gates` tells (``search`` itself when
    it tells nothing), else called as ``gated(text, chars)`` with the set of the text's
    characters (made once a text, see :meth:`Index.scan`): a text whose first character
    no match starts with is not searched; of a pattern with alternatives, each
    alternative whose needs the text holds is searched, alone.

    >>> ab, cd = re.compile("ab").search, re.compile("cd").search
    >>> each = ((frozenset("a"),), ab), ((frozenset("c"),), cd)
    >>> gated = _gated(re.compile("ab|cd").search, None, each)
    >>> gated("xcd", set("xcd")).group(), gated("xab", set("xab")).group(), gated("ad", set("ad"))
    ('cd', 'ab', None)
    """
    if first is None and each is None:
        return search

    def gated(text: str, chars: AbstractSet[str]) -> Any:
        if first is not None and text[:1] not in first:
            return None
        if each is None:
            return search(text)
        for needs, alone in each:
            if not any(map(chars.isdisjoint, needs)):
                found = alone(text)
                if found is not None:
                    return found
        return None

    return gated


def _any_cue(cues: tuple[str, ...]) -> Any:
    """A search for any of ``cues`` (``None`` for none): ``search(text, low, high)`` finds
    one exactly when one of them is in ``text[low:high]``."""
    return re.compile("|".join(map(re.escape, cues))).search if cues else None


def _scan_entries(entries: list[_Term]) -> tuple[tuple[str | None, int, int, str, int], ...]:
    """``entries`` of one pair as :meth:`Index.scan` reads them (see ``_scan_pairs``)."""
    return tuple(
        (None if len(term) == 2 else term, r, order, source, len(term))
        for term, r, order, source in entries
    )


#: one pair's entries as a short text's scan reads them (see :func:`_split_entries`)
_ScanPair = tuple[
    tuple[tuple[int, int, str], ...],
    dict[str, tuple[tuple[str | None, int, int, str, int], ...]] | None,
]


def _split_entries(entries: tuple[tuple[str | None, int, int, str, int], ...]) -> _ScanPair:
    """``entries`` of one pair (see :func:`_scan_entries`) as a short text's scan reads
    them: those of the pair itself, as ``(rule position, source position, source)``;
    the longer terms by their second and third characters (the term ``None`` when those
    end it), or ``None`` when there is none."""
    exact = tuple((r, order, source) for term, r, order, source, _ in entries if term is None)
    longer: dict[str, list[tuple[str | None, int, int, str, int]]] = {}
    for term, r, order, source, size in entries:
        if term is not None:
            entry = (None if size == 3 else term, r, order, source, size)
            longer.setdefault(term[1:3], []).append(entry)
    return exact, ({p: tuple(es) for p, es in longer.items()} if longer else None)


#: A rule with more matches than this in a text has its negation cues looked for in the
#: whole text first (one pass each): none there, no match of it is negated by a cue.
_FEW_CUED = 8


class _Occurrences:
    """Where the boundary words occur in one text, in order (of position, then word)."""

    def __init__(self, occurrences: list[tuple[int, str]], longest: int) -> None:
        self.occurrences = occurrences
        self.lows = [low for low, _word in occurrences]
        self.longest = longest

    def straddled(self, start: int, end: int) -> str:
        """:meth:`_Words.straddled` of ``text[start:end]``, by bisection.

        >>> _Occurrences([(0, "公交车"), (4, "度假")], 3).straddled(1, 3)
        '公交车'
        >>> _Occurrences([(0, "公交车")], 3).straddled(0, 3), _Occurrences([], 3).straddled(0, 2)
        ('', '')
        """
        lows, occurrences = self.lows, self.occurrences
        k = bisect.bisect_left(lows, start - self.longest + 1)
        while k < len(lows) and lows[k] < end:
            low, word = occurrences[k]
            high = low + len(word)
            if high > start and not (start <= low and high <= end):
                return word
            k += 1
        return ""


class _Words:
    """Boundary words, by their first character."""

    def __init__(self, words: tuple[str, ...]) -> None:
        by_first: dict[str, list[str]] = {}
        self.sorted = sorted({normalise(w)[0] for w in words} - {""})
        for word in self.sorted:
            by_first.setdefault(word[0], []).append(word)
        self.by_first = {ch: tuple(ws) for ch, ws in by_first.items()}
        self.longest = max((len(w) for ws in self.by_first.values() for w in ws), default=0)

    def straddled(self, text: str, start: int, end: int) -> str:
        """The first boundary word overlapping ``text[start:end]`` without lying inside it:
        ``交车`` in ``公交车``, ``假酒`` across ``度假|酒店`` are no matches."""
        first = max(0, start - self.longest + 1)
        if self.by_first.keys().isdisjoint(text[first:end]):
            return ""
        for low in range(first, end):
            for word in self.by_first.get(text[low], ()):
                high = low + len(word)
                if high > start and not start <= low < high <= end and text.startswith(word, low):
                    return word
        return ""


def _covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of the first span that covers ``[start, end)``, or ``""``."""
    return next((text[low:high] for low, high in spans if low <= start and end <= high), "")


class _Covers:
    """The matches of the rules that override one rule, in one text: per overriding rule,
    its matches in order, none overlapping (as :meth:`Index.scan` keeps them)."""

    def __init__(self, text: str, spans: list[list[tuple[int, int]]]) -> None:
        self.text = text
        self.spans = spans
        self.bounds = [(list(map(FIRST, each)), list(map(SECOND, each))) for each in spans]

    def covered(self, start: int, end: int) -> str:
        """:func:`_covered` of the spans in rule order, by bisection: a rule's matches do
        not overlap, so one at most (the last to start at or before ``start``) covers a
        non-empty ``[start, end)``, and the first rule with one has the first in order.

        >>> covers = _Covers("积分会过期了", [[(4, 6)], [(0, 5), (5, 6)]])
        >>> covers.covered(3, 5), covers.covered(4, 6), covers.covered(5, 7)
        ('积分会过期', '期了', '')
        """
        if start >= end:  # (no match is empty: the plain walk, to be sure)
            return _covered(self.text, start, end, [s for each in self.spans for s in each])
        for starts, ends in self.bounds:
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and end <= ends[k]:
                return self.text[starts[k] : ends[k]]
        return ""
