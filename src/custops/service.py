"""Service standards of the showroom and order desk (D13 客户服务标准; docs/service.md):
R-SVC-01 … R-SVC-04 and R-SLA-19 … R-SLA-21, every number a field of :class:`ServicePolicy`.
Staff read the active language; what the customer hears or is handed is always Chinese.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from functools import cache, partial
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import attrs

from custops._dates import MIDNIGHT, NO_TIME, ONE_DAY, ONE_MINUTE, DayRange, add_months
from custops._enums import enum_field, fold, parse_member
from custops._text import amount_text, count_repr, examples, moment_text
from custops._text import ratio as ratio_text
from custops._validate import (
    ANY_TEXT,
    BOOL,
    COUNT,
    DATE,
    POLICY_INT,
    POLICY_POSITIVE_INT,
    QUOTED,
    WALL_TIME,
    argument_name,
    field_converter,
    fitted_call,
    in_date_range,
    optional_check,
    policy_field,
    policy_or_default,
    require_aware,
    require_bool,
    require_date,
    require_distinct,
    require_int,
    require_items,
    require_label,
    require_rational,
    require_str,
    require_type,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.complaints._hanzi import to_simplified
from custops.decisions import (
    W_,
    Decision,
    Explained,
    Wn_,
    Wording,
    check_said,
    kept_wording,
    worded_clauses,
    worded_term,
)
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, PolicyError
from custops.i18n import N_
from custops.money import MAX_UPPERCASE, ZERO, MoneyInput, from_fen, to_fen, uppercase, yuan
from custops.periods import Period, TimedDeadline

__all__ = [
    "DEFAULT_APPROVED_PHRASES",
    "DEFAULT_FORBIDDEN_PHRASES",
    "CashAnnouncement",
    "ForbiddenPhrase",
    "FranchiseAllowance",
    "FranchiseOutcome",
    "GreetingCheck",
    "GreetingTiming",
    "NextDay",
    "PhoneCheck",
    "PhoneTiming",
    "PhraseFinding",
    "PhraseKind",
    "PickingDeadline",
    "Problem",
    "ReadyWindow",
    "RepairDecision",
    "RepairOutcome",
    "ReplyCheck",
    "ServicePolicy",
    "StoreReturnDecision",
    "StoreReturnOutcome",
    "cash_announcement",
    "check_reply",
    "franchise_return_allowance",
    "greeting_check",
    "phone_check",
    "picking_deadline",
    "repair_intake",
    "website_reply_due",
    "wholesale_return_decision",
]


_T = TypeVar("_T")


class PhraseKind(LabelledEnum):
    """What makes a phrase forbidden (D13 第十五章 服务忌语).

    >>> PhraseKind.parse("brusque").label
    '生硬用语'
    """

    CONTEMPTUOUS_ADDRESS = ("contemptuous_address", "蔑视性污辱性称谓", "蔑视性称谓")
    BRUSQUE = ("brusque", "生硬用语", "rude")


# Characters a speaker (or a typist) puts inside a phrase: spaces, half- or full-width
# punctuation, and the invisible format characters a pasted text carries (a zero-width
# space, a soft hyphen, a direction mark).  They are ignored when phrases are looked for.
_SEPARATORS = re.compile(
    r"[\s,，、.。!！?？~～…;；:：\-－—–─·\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+"
)
#: The separators that end a clause (a space or a mark of punctuation that parts clauses, not
#: a dash, a middle dot or an invisible character, which stand inside words): a suggestion
#: that is a sentence of its own replaces the whole clause holding a phrase (R-SVC-01).
_CLAUSE_BREAK = re.compile(r"[\s,，、.。!！?？~～…;；:：]")


@cache
def _compatible_table() -> dict[int, str]:
    """``str.translate``'s table of compatibility characters (NFKC, one character for one):
    the Kangxi radical ``⽼`` (U+2F7C) a PDF or an input method gives reads as ``老``, a
    full-width ``Ａ`` as ``A``, a small form ``﹗`` (U+FE57) as ``!``; a character whose
    NFKC form is longer or shorter (``…``, ``㈱``) is kept, so a text keeps its length and a
    position its place (R-SVC-01).  Built once, on first use, and bounded: only a character
    with a decomposition can change under NFKC, and every one lies below U+2FA20 (about
    3,600 entries)."""
    table: dict[int, str] = {}
    for code in range(0x2FA20):
        char = chr(code)
        if unicodedata.decomposition(char):
            folded = unicodedata.normalize("NFKC", char)
            if len(folded) == 1 and folded != char:
                table[code] = folded
    return table


def _compatible(text: str) -> str:
    """``text`` with its compatibility characters folded (:func:`_compatible_table`): as
    long as ``text``, each character in its place."""
    return text.translate(_compatible_table())


@attrs.frozen
class _Squeezed:
    """A text without separators, its compatibility characters folded (NFKC) and read as
    simplified Chinese (``餵，幹什麼`` reads as ``喂干什么``, ``⽼头`` as ``老头``: each
    conversion is one character for one, R-SVC-01), and how to find a kept character's place
    in the original text."""

    text: str
    kept_at: list[int]  # for each run of separators: how many characters were kept before it
    removed: list[int]  # for each run: how many characters were removed up to its end
    breaks: list[int]  # kept_at of each run that ends a clause (:data:`_CLAUSE_BREAK`)

    @classmethod
    def of(cls, text: str) -> _Squeezed:
        kept_at: list[int] = []
        removed: list[int] = []
        breaks: list[int] = []
        gone = 0
        text = _compatible(text)  # one character for one: the positions stay those typed
        for m in _SEPARATORS.finditer(text):
            kept_at.append(m.start() - gone)
            if _CLAUSE_BREAK.search(m.group()):
                breaks.append(m.start() - gone)
            gone += m.end() - m.start()
            removed.append(gone)
        squeezed = _SEPARATORS.sub("", text) if kept_at else text
        return cls(to_simplified(squeezed), kept_at, removed, breaks)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause (between clause breaks or the ends of the text) around the kept
        characters ``start`` … ``end - 1``, in kept characters."""
        i = bisect.bisect_right(self.breaks, start) - 1
        j = bisect.bisect_left(self.breaks, end)
        return (self.breaks[i] if i >= 0 else 0), (
            self.breaks[j] if j < len(self.breaks) else len(self.text)
        )

    def broken(self, start: int, end: int) -> bool:
        """Whether a clause ends inside the kept characters ``start`` … ``end - 1``."""
        return bisect.bisect_right(self.breaks, start) < bisect.bisect_left(self.breaks, end)

    def where(self, k: int) -> int:
        """The position in the original text of the ``k``-th kept character."""
        i = bisect.bisect_right(self.kept_at, k)
        return k + (self.removed[i - 1] if i else 0)

    def unbroken(self, start: int, end: int) -> bool:
        """Whether the kept characters ``start`` … ``end - 1`` stand together in the text."""
        return self.where(end - 1) - self.where(start) == end - 1 - start


def _word_keys(argument: str, words: tuple[str, ...]) -> list[str]:
    """Each of ``words`` as compared (:class:`_Squeezed`); a word with nothing to compare is
    refused, naming its place in ``argument``."""
    keys = []
    for i, word in enumerate(words):
        squeezed = _Squeezed.of(word).text
        if not squeezed:
            raise InvalidInput.for_argument(f"{argument}[{i}]", word, "must contain a word")
        keys.append(squeezed)
    return keys


def _sequence(what: str, check: Callable[[str, Any], Any]) -> Any:
    """A check of a tuple from any iterable but a str, each item ``check``-ed (for
    :func:`~custops._validate.field_converter` or, in a policy,
    :func:`~custops._validate.policy_field`)."""

    def convert(argument: str, value: Any) -> tuple[Any, ...]:
        return require_items(argument, value, f"a sequence of {what}", each=check)

    return convert


#: texts a reason or a reply quotes (a phrase's exceptions and suffixes, the approved
#: phrases): one line each, no rule ID (:func:`~custops._validate.require_label`)
_LABELS = _sequence("str", require_label)

if TYPE_CHECKING:

    def _WORDS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802
    def _PHRASE_KIND(value: PhraseKind | str) -> PhraseKind: ...  # noqa: N802

else:
    _WORDS = field_converter(_LABELS, takes="Iterable[str]")
    _PHRASE_KIND = enum_field(PhraseKind)


@attrs.frozen
class ForbiddenPhrase:
    """A forbidden phrase (服务忌语), what kind it is and the approved phrase to say instead
    (R-SVC-01).  Spaces and punctuation are ignored when looking for it (``"喂,干什么"``
    matches ``"喂，干什么"`` and ``"喂干什么"``), and Traditional characters read as simplified
    (``"餵，幹什麼"`` matches too); positions are those of the text searched.

    ``exceptions`` are longer words that contain the phrase but are not it (``老头乐``, a
    back-scratcher, is not ``老头``): a match inside one of them is no match.  ``suffixes``
    extend a match that they follow directly (``老头儿`` is replaced whole, not as ``老伯儿``).

    >>> ForbiddenPhrase("喂,干什么", "brusque", "您好").spans("喂！干什么")
    ((0, 5),)
    >>> old = ForbiddenPhrase("老头", "contemptuous_address", "老伯",
    ...                       exceptions=["老头乐"], suffixes=["儿"])
    >>> old.spans("老頭兒買了老头乐")
    ((0, 3),)

    A phrase of two or more parts (written with a separator between them, ``"喂,干什么"``)
    may have a short gap between its parts: up to ``max_gap_chars`` characters, each of
    them one of ``gap_words`` (a pronoun, a particle: 你, 呀 …), so ``"喂，你干什么"`` is the
    phrase as ``"喂，干什么"`` is; any other word between the parts is not (``max_gap_chars=0``,
    the default: no gap).

    >>> hey = ForbiddenPhrase("喂,干什么", "brusque", "您好", gap_words=["你", "呀"],
    ...                       max_gap_chars=2)
    >>> hey.spans("喂，你干什么"), hey.spans("喂，你呀干什么"), hey.spans("喂，老师干什么")
    (((0, 6),), ((0, 7),), ())

    A ``whole_clause`` phrase of one part is one only when it is a clause by itself
    (between marks of punctuation, spaces or the ends of the text), give or take up to
    ``max_gap_chars`` characters of ``gap_words`` before it and as many after it:
    ``等一会儿！`` and ``你等一会儿啊`` are the brusque command, ``请等一会儿`` and
    ``等一会儿我帮您查`` are not.

    >>> wait = ForbiddenPhrase("等一会儿", "brusque", "请稍等", whole_clause=True,
    ...                        gap_words=["你", "啊"], max_gap_chars=2)
    >>> wait.spans("你等一会儿啊！"), wait.spans("请等一会儿"), wait.spans("等一会儿我帮您查")
    (((0, 6),), (), ())

    ``variants`` are other wordings of the same phrase (干嘛 for 干什么), looked for as the
    phrase is (its gap words, ``whole_clause``, exceptions and suffixes apply to each) and
    reported as the phrase: a finding's ``phrase`` is the listed one, its ``text`` the
    wording said.

    >>> what = ForbiddenPhrase("干什么", "brusque", "请把您的需求告知我", whole_clause=True,
    ...                        variants=["干嘛"])
    >>> what.spans("干嘛？"), what.spans("干嘛不买")
    (((0, 2),), ())

    A clause that holds nothing but a ``whole_clause`` phrase said again and again (its
    wordings, gap words between) is the phrase said by itself: ``干嘛干什么！`` is one
    occurrence.

    >>> what.spans("干什么干嘛！"), what.spans("干什么干什么都行")
    (((0, 5),), ())

    A ``whole_clause`` phrase of two or more parts must start its clause: only gap words,
    or its first part said again (喂喂，干什么), may stand before it there.  Any words may
    follow its last part (喂，干什么呀你这是 is the phrase, unpunctuated or not) but those
    of ``harmless_after``, which make it innocent when they follow the last part in its
    clause (after gap words or the last part said again: 喂，干什么都行).  Its finding
    covers its clauses when only gap words or its last part said again follow it, and ends
    with its last part otherwise.

    >>> hey = ForbiddenPhrase("喂,干什么", "brusque", "您好", whole_clause=True,
    ...                       gap_words=["你"], max_gap_chars=1, harmless_after=["都"])
    >>> hey.spans("喂喂，你干什么这是"), hey.spans("喂，干什么都行"), hey.spans("老师喂，干什么")
    (((0, 7),), (), ())

    ``in_place`` says the suggestion is the same kind of word as the phrase (a polite form
    of address for a contemptuous one, 老伯 for 老头) and may stand in its place in
    :attr:`ReplyCheck.suggested_text`; any other suggestion is a sentence of its own and
    replaces the whole clause that holds the phrase (:func:`check_reply`).
    """

    phrase: str = attrs.field(converter=QUOTED)
    kind: PhraseKind = attrs.field(converter=_PHRASE_KIND)
    suggestion: str = attrs.field(converter=QUOTED)
    exceptions: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_WORDS)
    suffixes: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_WORDS)
    gap_words: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_WORDS)
    max_gap_chars: int = attrs.field(default=0, kw_only=True, converter=COUNT)
    whole_clause: bool = attrs.field(default=False, kw_only=True, converter=BOOL)
    in_place: bool = attrs.field(default=False, kw_only=True, converter=BOOL)
    variants: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_WORDS)
    harmless_after: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_WORDS)
    _key: str = attrs.field(init=False, eq=False, repr=False)
    _wordings: tuple[tuple[str, ...], ...] = attrs.field(init=False, eq=False, repr=False)
    _gap_keys: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _exception_keys: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _suffix_keys: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _harmless_keys: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        key = _Squeezed.of(self.phrase).text
        if not key:
            raise InvalidInput.for_argument("phrase", self.phrase, "must contain a word")
        variant_keys = _word_keys("variants", self.variants)
        problem = "is listed twice, or is the phrase itself"
        require_distinct(
            "variants",
            (self.phrase, *self.variants),
            problem,
            twice=True,
            keys=[key, *variant_keys],
        )
        keys = (key, *variant_keys)
        exception_keys = []
        for i, word in enumerate(self.exceptions):
            squeezed = _Squeezed.of(word).text
            if not any(k in squeezed and squeezed != k for k in keys):
                problem = f"must be a longer word containing the phrase {self.phrase!r}"
                if self.variants:
                    problem += " or one of its variants"
                raise InvalidInput.for_argument(f"exceptions[{i}]", word, problem)
            exception_keys.append(squeezed)
        # 老頭乐 and 老头乐 are one word: listed twice, as a policy's phrase may not be
        problem = "is listed twice"
        require_distinct("exceptions", self.exceptions, problem, twice=True, keys=exception_keys)
        suffix_keys = _word_keys("suffixes", self.suffixes)
        require_distinct("suffixes", self.suffixes, problem, twice=True, keys=suffix_keys)
        wordings = tuple(
            tuple(part for piece in _SEPARATORS.split(words) if (part := _Squeezed.of(piece).text))
            for words in (self.phrase, *self.variants)
        )
        gap_keys = _word_keys("gap_words", self.gap_words)
        require_distinct("gap_words", self.gap_words, problem, twice=True, keys=gap_keys)
        parted = any(len(parts) > 1 for parts in wordings)
        if self.max_gap_chars and not parted and not self.whole_clause:
            problem = (
                f"a gap stands between parts, or around a whole_clause phrase, and the phrase "
                f"{self.phrase!r} has one part and is not whole_clause"
            )
            raise InvalidInput.for_argument("max_gap_chars", self.max_gap_chars, problem)
        if self.max_gap_chars and not gap_keys:
            problem = "a gap holds only gap_words, and none are given"
            raise InvalidInput.for_argument("max_gap_chars", self.max_gap_chars, problem)
        if gap_keys and not self.max_gap_chars:
            problem = "have no room: max_gap_chars is 0"
            raise InvalidInput.for_argument("gap_words", self.gap_words, problem)
        harmless_keys = _word_keys("harmless_after", self.harmless_after)
        require_distinct(
            "harmless_after", self.harmless_after, problem, twice=True, keys=harmless_keys
        )
        if harmless_keys and not (self.whole_clause and len(wordings[0]) > 1):
            problem = "follow the last part of a whole_clause phrase of two or more parts"
            raise InvalidInput.for_argument("harmless_after", self.harmless_after, problem)
        object.__setattr__(self, "_harmless_keys", tuple(harmless_keys))
        object.__setattr__(self, "_wordings", wordings)
        object.__setattr__(self, "_gap_keys", tuple(gap_keys))
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_exception_keys", tuple(exception_keys))
        object.__setattr__(self, "_suffix_keys", tuple(sorted(suffix_keys, key=len, reverse=True)))

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` of each non-overlapping occurrence of the phrase in ``text``."""
        return self._find(_Squeezed.of(require_str("text", text, nonempty=False)))

    def _find(self, squeezed: _Squeezed) -> tuple[tuple[int, int], ...]:
        text, found = squeezed.text, []
        # An exception or a suffix counts only as one word: with nothing between its
        # characters in the text (``老头，乐`` is not 老头乐, ``老头，儿子`` not 老头儿).
        excepted = sorted(
            (at, at + len(word))
            for word in self._exception_keys
            for at in _occurrences(text, word)
            if squeezed.unbroken(at, at + len(word))
        )
        # a match inside an exception: one that starts at or before it reaches as far (the
        # furthest end of those starting up to each point), found by bisection — linear in
        # the text however many exceptions it holds
        lows = [low for low, _high in excepted]
        reach = list(itertools.accumulate((high for _low, high in excepted), max))
        # Each clause, each head and each tail is decided once per search (memoised), not
        # once per match in it: a long run of repeats (干什么干什么…都行) stays linear.
        alone: dict[tuple[int, int], bool] = {}
        heads: dict[int, set[int]] = {}
        tails: dict[tuple[int, int], tuple[int, bool]] = {}
        parted = len(self._wordings[0]) > 1
        for parts in self._wordings:  # the phrase, then each variant
            match = self._match_parts(parts, text, 0)
            while match is not None:
                i, end = match
                before = bisect.bisect_right(lows, i) - 1
                if before >= 0 and reach[before] >= end:
                    match = self._match_parts(parts, text, i + 1)
                    continue
                if self.whole_clause:
                    span = self._clause_span(squeezed, parted, i, end, alone, heads, tails)
                    if span is None:
                        match = self._match_parts(parts, text, i + 1)
                        continue
                    i, end = span
                for s in self._suffix_keys:  # the longest that follows directly
                    if text.startswith(s, end) and squeezed.unbroken(end - 1, end + len(s)):
                        end += len(s)
                        break
                found.append((squeezed.where(i), squeezed.where(end - 1) + 1))
                match = self._match_parts(parts, text, end)
        # wordings found in one place (叫什么 and 叫什么叫) are one occurrence: the longest
        return tuple(_disjoint(found, lambda span: span))

    def _match_parts(self, parts: tuple[str, ...], text: str, start: int) -> tuple[int, int] | None:
        """The first occurrence of a wording (the phrase's or a variant's ``parts``) in
        ``text`` (squeezed) from ``start``: its start and end, a gap of ``gap_words`` allowed
        between its parts (R-SVC-01)."""
        if not self.max_gap_chars:
            words = "".join(parts)
            i = text.find(words, start)
            return None if i < 0 else (i, i + len(words))
        i = text.find(parts[0], start)
        while i >= 0:
            end = self._rest(parts, text, i + len(parts[0]), 1)
            if end is not None:
                return i, end
            i = text.find(parts[0], i + 1)
        return None

    def _gap_only(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is nothing, or ``gap_words`` of at most
        ``max_gap_chars`` characters together (around a ``whole_clause`` phrase)."""
        return end - start <= self.max_gap_chars and end in self._gap_ends(text, start, end)

    def _alone(self, text: str, low: int, high: int) -> bool:
        """Whether the clause ``text[low:high]`` (squeezed) is the phrase said by itself: its
        wordings, said once or again and again (干什么干什么！), each with at most
        ``max_gap_chars`` characters of ``gap_words`` before and after it, and nothing else
        (a ``whole_clause`` phrase, R-SVC-01); once a wording is said, its last part said
        again is the phrase said again too (喂干什么干什么, 叫什么，等一会儿等一会儿)."""

        def step(pos: int, at: int) -> Iterator[int]:
            yield from self._wording_ends(text, at, high)
            if pos != low:  # after a wording: its last part said again
                yield from self._part_ends(text, at, high, -1)

        _steps, _gaps, after_a_step = self._walk(text, low, high, step)
        return high in after_a_step

    def _clause_span(
        self,
        squeezed: _Squeezed,
        parted: bool,
        i: int,
        end: int,
        alone: dict[tuple[int, int], bool],
        heads: dict[int, set[int]],
        tails: dict[tuple[int, int], tuple[int, bool]],
    ) -> tuple[int, int] | None:
        """Where the finding of a ``whole_clause`` phrase matched at ``i`` … ``end - 1``
        (squeezed) lies, or ``None`` when the match is no finding (R-SVC-01); ``alone``,
        ``heads`` and ``tails`` keep what one search has decided (:meth:`_find`).

        A phrase of one part must be its clause by itself (:meth:`_alone`).  A phrase of two
        or more parts must start its clause (gap words, or its first part said again, before
        it: 喂喂，你干嘛) and stands unless what follows its last part in its clause is one of
        ``harmless_after`` (干什么都行); it covers its clauses when only gap words, or its
        last part said again, follow it, and ends with its last part otherwise."""
        text = squeezed.text
        low, high = squeezed.clause(i, end)
        if not parted:
            if squeezed.broken(low, high):  # a part typed across a space (等一 会儿)
                key = (end, high)
                if key not in tails:
                    tails[key] = self._tail(text, end, high)
                ok = self._gap_only(text, low, i) and tails[key][0] == high
            else:
                if (low, high) not in alone:
                    alone[(low, high)] = self._alone(text, low, high)
                ok = alone[(low, high)]
            return (low, high) if ok else None
        if low not in heads:
            heads[low] = self._head(text, low, squeezed.clause(i, i + 1)[1])
        if i not in heads[low]:
            return None
        key = (end, high)
        if key not in tails:
            tails[key] = self._tail(text, end, high)
        furthest, harmless = tails[key]
        return None if harmless else (low, furthest)

    def _head(self, text: str, low: int, high: int) -> set[int]:
        """Where a two-part phrase may start in the clause ``text[low:high]`` (squeezed):
        after gap words only, or after its first part said again (喂喂喂，干什么), gap words
        between (R-SVC-01)."""
        steps, gaps, _after = self._walk(
            text, low, high, lambda _pos, at: self._part_ends(text, at, high, 0)
        )
        return steps | gaps

    def _tail(self, text: str, end: int, high: int) -> tuple[int, bool]:
        """What follows a wording of the phrase ending at ``end`` in its clause, up to
        ``high`` (squeezed): how far its last part said again reaches (喂，你干什么干什么),
        gap words between, or ``high`` when gap words only follow; and whether one of
        ``harmless_after`` follows it (干什么都行, 等一会儿我帮您查), after gap words or its
        last part said again (R-SVC-01)."""
        steps, gaps, _after = self._walk(
            text, end, high, lambda _pos, at: self._part_ends(text, at, high, -1)
        )
        furthest = high if high in gaps else max(steps)
        harmless = any(
            text.startswith(word, at) for at in gaps if at != high for word in self._harmless_keys
        )
        return furthest, harmless

    def _walk(
        self, text: str, start: int, high: int, step: Callable[[int, int], Iterable[int]]
    ) -> tuple[set[int], set[int], set[int]]:
        """Every place reached from ``start`` up to ``high`` (squeezed) by gaps of at most
        ``max_gap_chars`` characters of ``gap_words``, each followed by a ``step`` (where a
        word starting at a gap's end ``at``, after the place ``pos``, ends: ``step(pos,
        at)``), again and again: ``(start and the steps' ends, every gap's end, the gaps'
        ends after a step)`` (R-SVC-01)."""
        steps, gaps, after_a_step = {start}, set(), set()
        fresh = [start]
        while fresh:
            ends: list[int] = []
            for pos in fresh:
                reached = self._gap_ends(text, pos, min(high, pos + self.max_gap_chars))
                gaps |= reached
                if pos != start:
                    after_a_step |= reached
                for at in reached:
                    ends += step(pos, at)
            fresh = [e for e in dict.fromkeys(ends) if e not in steps]
            steps.update(fresh)
        return steps, gaps, after_a_step

    def _wording_ends(self, text: str, at: int, high: int) -> Iterator[int]:
        """Where a whole wording of the phrase that starts at ``at`` ends, up to ``high``."""
        for parts in self._wordings:
            if text.startswith(parts[0], at):
                end = self._rest(parts, text, at + len(parts[0]), 1)
                if end is not None and end <= high:
                    yield end

    def _part_ends(self, text: str, at: int, high: int, part: int) -> Iterator[int]:
        """Where the ``part``-th part (0: the first, -1: the last) of a wording of two or more
        parts, said again at ``at``, ends, up to ``high``."""
        for parts in self._wordings:
            word = parts[part]
            if len(parts) > 1 and text.startswith(word, at) and at + len(word) <= high:
                yield at + len(word)

    def _gap_ends(self, text: str, at: int, limit: int) -> set[int]:
        """Where a gap of ``gap_words`` that starts at ``at`` may end, no further than
        ``limit`` (``at`` itself: no gap)."""
        reached, fresh = {at}, [at]
        while fresh:  # every end of a gap of gap words, no longer than the limit
            fresh = [
                pos + len(word)
                for pos in fresh
                for word in self._gap_keys
                if pos + len(word) <= limit and text.startswith(word, pos)
            ]
            fresh = [pos for pos in dict.fromkeys(fresh) if pos not in reached]
            reached.update(fresh)
        return reached

    def _rest(self, parts: tuple[str, ...], text: str, at: int, part: int) -> int | None:
        """Where ``parts`` from ``part`` on end when they follow ``at`` (each after a gap of
        at most ``max_gap_chars`` characters of ``gap_words``), or ``None``."""
        if part == len(parts):
            return at
        reached = self._gap_ends(text, at, at + self.max_gap_chars)
        key = parts[part]
        for pos in sorted(reached):
            if text.startswith(key, pos):
                end = self._rest(parts, text, pos + len(key), part + 1)
                if end is not None:
                    return end
        return None


def _disjoint(items: Iterable[_T], span: Callable[[_T], tuple[int, int]]) -> list[_T]:
    """The ``items`` whose ``span`` overlaps no longer one's (of two as long, the one that
    starts first; of two alike, the first given), sorted by where they start: what overlaps
    a longer finding is part of it (R-SVC-01).

    >>> _disjoint([(2, 6), (0, 5), (6, 8)], lambda span: span)
    [(0, 5), (6, 8)]
    """
    kept: list[_T] = []
    starts: list[int] = []  # of the items kept, as ``kept`` is sorted
    for item in sorted(items, key=lambda item: (span(item)[0] - span(item)[1], span(item)[0])):
        start, end = span(item)
        i = bisect.bisect_right(starts, start)
        if (i and span(kept[i - 1])[1] > start) or (i < len(kept) and starts[i] < end):
            continue
        starts.insert(i, start)
        kept.insert(i, item)
    return kept


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, overlapping occurrences included."""
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


#: What may stand between the two parts of 喂,干什么 and 叫什么,等一会儿 (R-SVC-01), and
#: before them in their clauses: a pronoun, a modal particle or interjection, an
#: intensifier (喂，你到底干什么, 叫什么呀，等一会儿), at most ``_MAX_GAP_CHARS`` characters
#: of them; any other word between the parts (叫什么名字？等一会儿) keeps them apart.  Not
#: 的: before a part or between parts it makes a noun phrase (她的叫什么, what is hers
#: called; 叫什么的, what's-it-called), and after the last part of a two-part phrase any
#: word may follow (喂？干什么的？ is found).  A part alone is a finding only as a clause by
#: itself (the ``whole_clause`` phrases below).  A verb of wanting or coming may stand
#: there too (喂，你想干什么啊, 喂，你们来干什么), within the same bound, but not before a
#: part said alone (``_CLAUSE_GAP_WORDS``: 想等一会儿吗？ asks the customer).
_GAP_WORDS: tuple[str, ...] = (
    "你们",
    "你",
    "您",
    "他",
    "她",
    "呀",
    "啊",
    "啦",
    "呢",
    "吧",
    "嘛",
    "哦",
    "喔",
    "哎",
    "唉",
    "嘿",
    "诶",
    "哟",
    "到底",
    "又",
    "在",
    "要",
    "想",
    "来",
)
#: The most characters of ``_GAP_WORDS`` between the parts of a phrase (喂，你到底在干什么).
_MAX_GAP_CHARS = 4
#: What may stand around a part of 喂,干什么 or 叫什么,等一会儿 said as a clause by itself
#: (你等一会儿啊, 你到底叫什么): ``_GAP_WORDS`` but the polite 您, the 要 of a plain
#: statement (您等一会儿, 你要等一会儿 tell the customer, they do not order them about)
#: and the verbs of a question (想等一会儿吗？, 来等一会儿吗？).
_CLAUSE_GAP_WORDS: tuple[str, ...] = tuple(
    w for w in _GAP_WORDS if w not in ("您", "要", "想", "来")
)

#: The forbidden phrases of D13 第十五章 服务忌语 1–3 (R-SVC-01), each with an approved
#: phrase of the same chapter to say instead.  Item 1 lists 老头, 老太婆, 神经病 "等等":
#: a company adds its own with ``attrs.evolve(policy, forbidden=policy.forbidden + (...,))``.
#: The exceptions are everyday words that merely contain a phrase (老头乐 a back-scratcher,
#: 老头衫 an undershirt, 老头鞋 cloth shoes, 老头鱼 a fish, 寿星老头 the god of longevity a
#: silverware shop sells as a figure or a pendant; 神经病学 neurology, 神经病变 neuropathy,
#: 神经病理 neuropathology; 小老头 is said of a person more often than of a design, so a shop
#: that sells one adds it: docs/service.md); 老头儿 and 老头子 are the phrase itself and are
#: replaced whole.  老伯 and 大妈 are forms of address and stand in the place of 老头 and
#: 老太婆 (``in_place``); every other suggestion is a sentence and replaces the clause.
#: Items 2 and 3 are each one utterance that starts its clause (``whole_clause``: a
#: first part inside a longer clause is no part of it; any words but those of
#: ``harmless_after`` may follow the last part), and a part said as a clause by itself is
#: as brusque (干什么！ 叫什么！ 等一会儿！), with its own approved phrase
#: (请把您的需求告知我, 请不要焦急, 请稍等); 喂 alone is how a call is answered and is
#: none (docs/service.md).
#: The same words said another way are the same phrase (``variants``): 干嘛 and 干啥 are
#: the spoken forms of 干什么, 等会儿 and 等一下 of 等一会儿 said as a curt reply, and
#: 叫什么叫 (叫什么呀叫) is 叫什么 with its verb said again.
_WHAT_VARIANTS = ("干嘛", "干啥")
_WAIT_VARIANTS = ("等会儿", "等一下")
#: What makes a two-part phrase harmless when it follows the last part in its clause
#: (``harmless_after``), chosen by meaning and kept short: 都 or 也 after 干什么 make
#: it "whatever" (喂，干什么都行), 用 asks what a thing is for (喂，干什么用的？);
#: after 等一会儿, what the clerk is about to do for the customer
#: (叫什么，等一会儿我帮您查, 等一会儿给您看, 等一会儿就好, 等一会儿马上到).
#: Not 我 alone (等一会儿我在忙 is curt) nor 再 (等一会儿再说 brushes the customer off).
_WHAT_HARMLESS = ("都", "也", "用")
_WAIT_HARMLESS = ("帮", "给", "就", "马上", "我帮", "我给", "我来", "我就", "我马上")
DEFAULT_FORBIDDEN_PHRASES: tuple[ForbiddenPhrase, ...] = (
    ForbiddenPhrase("老太婆", PhraseKind.CONTEMPTUOUS_ADDRESS, "大妈", in_place=True),
    ForbiddenPhrase(
        "老头",
        PhraseKind.CONTEMPTUOUS_ADDRESS,
        "老伯",
        exceptions=("老头乐", "老头衫", "老头鞋", "老头鱼", "寿星老头"),
        suffixes=("儿", "子"),
        in_place=True,
    ),
    ForbiddenPhrase(
        "神经病",
        PhraseKind.CONTEMPTUOUS_ADDRESS,
        "我理解您的心情",
        exceptions=("神经病学", "神经病变", "神经病理"),
    ),
    ForbiddenPhrase(
        "喂,干什么",
        PhraseKind.BRUSQUE,
        "您好,请把您的需求告知我",
        whole_clause=True,
        gap_words=_GAP_WORDS,
        max_gap_chars=_MAX_GAP_CHARS,
        variants=tuple(f"喂,{what}" for what in _WHAT_VARIANTS),
        harmless_after=_WHAT_HARMLESS,
    ),
    ForbiddenPhrase(
        "叫什么,等一会儿",
        PhraseKind.BRUSQUE,
        "请不要焦急,请稍等",
        whole_clause=True,
        gap_words=_GAP_WORDS,
        max_gap_chars=_MAX_GAP_CHARS,
        variants=tuple(f"叫什么,{wait}" for wait in _WAIT_VARIANTS),
        harmless_after=_WAIT_HARMLESS,
    ),
    *(
        ForbiddenPhrase(
            part,
            PhraseKind.BRUSQUE,
            suggestion,
            whole_clause=True,
            gap_words=_CLAUSE_GAP_WORDS,
            max_gap_chars=_MAX_GAP_CHARS,
            variants=variants,
        )
        for part, suggestion, variants in (
            ("干什么", "请把您的需求告知我", _WHAT_VARIANTS),
            ("叫什么", "请不要焦急", ("叫什么,叫",)),
            ("等一会儿", "请稍等", _WAIT_VARIANTS),
        )
    ),
)

#: The approved phrases (文明用语) of D13 第十五章 1–31, as the seed writes them; item 1
#: (因人称呼) and item 3 are split into their single forms of address and requests.
DEFAULT_APPROVED_PHRASES: tuple[str, ...] = tuple(
    """
    老伯 大妈 同志 师傅 女士 小姐 小朋友 您好 请进 请坐 请讲 请问 请稍等 感谢
    对不起 请谅解 很报歉 没关系 不客气 请您排队等侯 请不要焦急 很兴奋能为您服务
    请您先看一下须知 您有什么愿望,请告知我
    对不起,请留意保持环境(室内)卫生(请您不要吸烟) 请把您的需求告知我
    我能为您供应什么关怀吗 我理解您的心情 我会尽量关怀您 请您按规定填写表格
    有不懂的地方您尽管问 很愧疚,让您久等了 不用谢 请放心 我们帮您办 请留下保贵看法
    您慢走 请走好,再见 为您服务是我应当做的! 您的需求就是我的职责
    """.split()  # noqa: SIM905 - the seed's list, kept readable
)


class NextDay(LabelledEnum):
    """What "the next day" (第二天) of R-SLA-21 means.

    >>> NextDay.parse("working day").label
    '下一个工作日'
    """

    CALENDAR_DAY = ("calendar_day", "次日", "第二天", "calendar")
    WORKING_DAY = ("working_day", "下一个工作日", "workday")


if TYPE_CHECKING:

    def _PHRASES(value: Iterable[ForbiddenPhrase]) -> tuple[ForbiddenPhrase, ...]: ...  # noqa: N802
    def _SPAN(value: _dt.timedelta) -> _dt.timedelta: ...  # noqa: N802
    def _NEXT_DAY(value: NextDay | str) -> NextDay: ...  # noqa: N802
    def _APPROVED(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802

else:
    _PHRASES = field_converter(
        _sequence(
            "ForbiddenPhrase",
            partial(require_type, types=ForbiddenPhrase, what="a ForbiddenPhrase"),
        ),
        takes="Iterable[ForbiddenPhrase]",
    )
    _SPAN = field_converter(
        partial(require_type, types=_dt.timedelta, what="a timedelta"), takes=_dt.timedelta
    )
    _NEXT_DAY = enum_field(NextDay)
    _APPROVED = policy_field(_LABELS, takes="Iterable[str]")


@attrs.frozen(kw_only=True)
class ServicePolicy:
    """The numbers and phrase lists of D13, with the seed's values as defaults.

    ``forbidden``/``approved`` (第十五章, R-SVC-01); ``max_answer_ring_count``, the most rings
    heard before a call is answered on time, and ``min_apology_ring_count``, the ring count
    from which an apology is owed (第一章 1, R-SLA-19); ``greet_within`` (第二章 1, R-SLA-20);
    ``picking_*``, ``max_regular_order_item_count``,
    ``next_day`` (第九章 3, R-SLA-21: wall times in the zone of ``calendar=``);
    ``cash_separator``, ``announce_zero_change`` (R-SVC-02);
    ``self_collected_quality_exception`` (R-SVC-03); ``repair_months_*``,
    ``accept_thai_silver`` (第十章 2–3, R-SVC-04).  A policy that contradicts itself raises
    :class:`~custops.errors.PolicyError`:

    >>> ServicePolicy(max_answer_ring_count=5, min_apology_ring_count=3)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: min_apology_ring_count: must be after max_answer_ring_count=5 ...
    """

    forbidden: tuple[ForbiddenPhrase, ...] = attrs.field(
        default=DEFAULT_FORBIDDEN_PHRASES,
        converter=_PHRASES,
        repr=count_repr,
    )
    approved: tuple[str, ...] = attrs.field(
        default=DEFAULT_APPROVED_PHRASES,
        converter=_APPROVED,
        repr=count_repr,
    )
    max_answer_ring_count: int = attrs.field(default=2, converter=POLICY_POSITIVE_INT)
    min_apology_ring_count: int = attrs.field(default=5, converter=POLICY_POSITIVE_INT)
    greet_within: _dt.timedelta = attrs.field(default=ONE_MINUTE, converter=_SPAN)
    picking_close: _dt.time = attrs.field(default=_dt.time(18, 0), converter=WALL_TIME)
    picking_cutoff: _dt.time = attrs.field(default=_dt.time(16, 0), converter=WALL_TIME)
    max_regular_order_item_count: int = attrs.field(default=100, converter=POLICY_INT)
    next_day: NextDay = attrs.field(default=NextDay.CALENDAR_DAY, converter=_NEXT_DAY)
    cash_separator: str = attrs.field(default=",", converter=ANY_TEXT)
    announce_zero_change: bool = attrs.field(default=True, converter=BOOL)
    self_collected_quality_exception: bool = attrs.field(default=False, converter=BOOL)
    repair_months_min: int = attrs.field(default=1, converter=POLICY_INT)
    repair_months_max: int = attrs.field(default=6, converter=POLICY_INT)
    accept_thai_silver: bool = attrs.field(default=False, converter=BOOL)

    def __attrs_post_init__(self) -> None:
        ring = self.min_apology_ring_count
        problem = f"must be after max_answer_ring_count={self.max_answer_ring_count}"
        within(
            "min_apology_ring_count",
            ring,
            ring,
            low=self.max_answer_ring_count,
            low_open=True,
            error=PolicyError,
            problem=problem,
        )
        if self.greet_within <= NO_TIME:
            raise PolicyError.for_argument("greet_within", self.greet_within, "must be positive")
        if self.picking_cutoff > self.picking_close:
            problem = f"must not be after picking_close={self.picking_close}"
            raise PolicyError.for_argument("picking_cutoff", self.picking_cutoff, problem)
        low, high = self.repair_months_min, self.repair_months_max
        problem = f"must not exceed repair_months_max={high}"
        within("repair_months_min", low, low, high=high, error=PolicyError, problem=problem)
        keys = [item._key for item in self.forbidden]  # 老頭 and 老头 are one phrase
        phrases = [item.phrase for item in self.forbidden]
        problem = "is listed twice"
        require_distinct("forbidden", phrases, problem, twice=True, keys=keys, error=PolicyError)
        keys = [_Squeezed.of(text).text for text in self.approved]
        require_distinct(
            "approved", self.approved, problem, twice=True, keys=keys, error=PolicyError
        )
        texts = [("approved", text) for text in self.approved]
        texts += [("suggestion", item.suggestion) for item in self.forbidden]
        for where, text in texts:
            squeezed = _Squeezed.of(text)
            for item in self.forbidden:
                if item._find(squeezed):
                    problem = f"contains the forbidden phrase {item.phrase!r}"
                    raise PolicyError.for_argument(where, text, problem)


@attrs.frozen
class PhraseFinding:
    """One forbidden phrase found in a reply and the approved ``suggestion`` (for the
    customer: Chinese in every language); ``span`` is where ``text`` lies in the reply,
    ``(start, end)`` as :meth:`re.Match.span` gives it (``reply[slice(*f.span)] == f.text``)."""

    span: tuple[int, int]
    text: str
    phrase: str
    kind: PhraseKind
    suggestion: str


@kept_wording
@attrs.frozen
class ReplyCheck(Decision):
    """The result of :func:`check_reply`: ``allowed`` when no forbidden phrase was found;
    ``suggested_text`` (for the customer: Chinese) is the reply with each clause that holds a
    finding replaced by the finding's suggestion, or, for an ``in_place`` phrase (a form of
    address), the phrase alone replaced by another form of address: never a suggestion
    spliced into the middle of the staff's own words.  Its reason is worded when read, from
    the phrases it keeps (a ``reason`` given as text is kept as given); ``suggested_text``
    and the findings are the customer's Chinese, the same in every language."""

    _verdict_words = (N_("compliant"), N_("not compliant"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    findings: tuple[PhraseFinding, ...]
    suggested_text: str
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def check_reply(text: str, *, policy: ServicePolicy | None = None) -> ReplyCheck:
    """Find the forbidden phrases (服务忌语) of D13 第十五章 in ``text`` (R-SVC-01).  A finding
    that overlaps a longer one is part of it (等一会儿 in 叫什么，等一会儿, 干什么呢 in
    喂，干什么呢) and is not listed again: findings never overlap.  Only Chinese is checked.

    In ``suggested_text`` each clause (between marks of punctuation or spaces) that holds a
    finding is replaced whole by the finding's suggestion (by each of them, when it holds
    several), so a suggestion that is a sentence of its own never lands in the middle of
    other words; only a phrase marked ``in_place`` (a form of address: 老头 → 老伯) is
    replaced alone, in a clause that holds no other finding.

    >>> check = check_reply("喂，干什么？叫你的老头来")
    >>> [(f.span, f.text, f.suggestion) for f in check.findings]
    [((0, 5), '喂，干什么', '您好,请把您的需求告知我'), ((9, 11), '老头', '老伯')]
    >>> check.suggested_text, check.allowed
    ('您好,请把您的需求告知我？叫你的老伯来', False)
    >>> check_reply("你神经病啊！我们不卖").suggested_text
    '我理解您的心情！我们不卖'
    """
    require_str("text", text, nonempty=False)
    pol = policy_or_default(policy, ServicePolicy)
    squeezed = _Squeezed.of(text)
    # the clause is the one the matcher saw: a compatibility form of a mark (﹗ ﹐ ｡) ends it
    # too, and the folding keeps every position (one character for one)
    folded = _compatible(text)
    found: list[tuple[PhraseFinding, tuple[int, int] | None]] = []
    for item in pol.forbidden:
        for start, end in item._find(squeezed):
            finding = PhraseFinding(
                (start, end), text[start:end], item.phrase, item.kind, item.suggestion
            )
            found.append((finding, None if item.in_place else _clause(folded, start, end)))
    # a finding that overlaps a longer one is part of it (等一会儿 in 叫什么，等一会儿; 干什么呢,
    # a part said with a particle, in 喂，干什么呢; 你们叫什么, a part said as a clause, in
    # 你们叫什么，等一会儿), so findings never overlap; of two alike, the phrase first in order
    found.sort(key=lambda pair: pair[0].phrase)
    return _reply_check(text, _disjoint(found, lambda pair: pair[0].span))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``text[start:end]``: from after the clause break
    (:data:`_CLAUSE_BREAK`) before ``start`` to the first one at or after ``end``."""
    low = start
    while low > 0 and not _CLAUSE_BREAK.match(text, low - 1):
        low -= 1
    m = _CLAUSE_BREAK.search(text, end)
    return low, (m.start() if m else len(text))


def _reply_check(text: str, kept: list[tuple[PhraseFinding, tuple[int, int] | None]]) -> ReplyCheck:
    """The :class:`ReplyCheck` of the findings ``kept`` (each with the clause it replaces,
    or ``None`` for an ``in_place`` phrase), sorted by where they start."""
    found = [f for f, _clause_span in kept]
    # What is replaced: runs of overlapping clauses and phrases, each by the suggestions of
    # its clauses (an in_place phrase inside a replaced clause goes with it), or by the one
    # form of address of an in_place phrase that stands alone.
    regions: list[tuple[int, int, list[str], str]] = []  # start, end, clauses', in place
    for f, clause_span in sorted(kept, key=lambda pair: (pair[1] or pair[0].span)[0]):
        start, end = clause_span or f.span
        said = [f.suggestion] if clause_span else []
        if regions and start < regions[-1][1]:
            low, high, suggestions, alone = regions[-1]
            regions[-1] = (low, max(high, end), suggestions + said, alone)
        else:
            regions.append((start, end, said, f.suggestion))
    pieces: list[str] = []
    position = 0
    for start, end, suggestions, alone in regions:
        pieces += (text[position:start], ",".join(dict.fromkeys(suggestions)) or alone)
        position = end
    pieces.append(text[position:])
    if found:
        listed = tuple(dict.fromkeys(f.phrase for f in found))
        reason = W_("forbidden phrases used: {phrases}", phrases=listed)
    else:
        reason = W_("no forbidden phrase found")
    return ReplyCheck(not found, "R-SVC-01", reason, tuple(found), "".join(pieces))


@kept_wording
@attrs.frozen
class CashAnnouncement(Explained):
    """What the cashier says on taking cash and giving change (唱收唱付, R-SVC-02):
    ``spoken`` in figures, ``spoken_uppercase`` in 大写 (for the customer: Chinese in every
    language); ``change == amount_received - amount_due``.  Its reason is worded when read,
    from the amounts it keeps (a ``reason`` given as text is kept as given)."""

    amount_received: Decimal
    amount_due: Decimal
    change: Decimal
    spoken: str
    spoken_uppercase: str
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


def _spoken(amount: Decimal) -> str:
    """An amount in figures as announced: whole yuan without decimals, else two decimals."""
    return str(amount.to_integral_value()) if amount == amount.to_integral_value() else str(amount)


@fitted_call
def cash_announcement(
    *, amount_received: MoneyInput, amount_due: MoneyInput, policy: ServicePolicy | None = None
) -> CashAnnouncement:
    """The change and the words 收您××元,找您××元 for a cash payment (D13 第四章 7, R-SVC-02).

    Amounts are in whole fen; :class:`~custops.errors.InvalidInput` when ``amount_due`` is
    0 (a sale of nothing), when less than ``amount_due`` is ``amount_received`` or more than
    ``custops.money.MAX_UPPERCASE``.

    >>> a = cash_announcement(amount_received="100", amount_due="87.5")
    >>> a.change, a.spoken, a.spoken_uppercase
    (Decimal('12.50'), '收您100元,找您12.50元', '收您壹佰元整,找您壹拾贰元伍角')
    """
    pol = policy_or_default(policy, ServicePolicy)
    paid = yuan(amount_received, argument="amount_received", non_negative=True, exact=True)
    owed = yuan(amount_due, argument="amount_due", non_negative=True, exact=True)
    # a sale of nothing takes no cash: 0 due is more likely a form left empty than a sale
    problem = "must be positive: a sale of nothing takes no cash"
    within("amount_due", amount_due, owed, low=0, low_open=True, problem=problem)
    if paid < owed:
        problem = f"is less than the amount due {owed} ({owed - paid} short)"
        raise InvalidInput.for_argument("amount_received", amount_received, problem)
    if paid > MAX_UPPERCASE:
        said = examples("in capital numerals (daxie)", "in 大写")
        problem = f"exceeds {MAX_UPPERCASE}, the largest amount said {said}"
        raise InvalidInput.for_argument("amount_received", amount_received, problem)
    change = paid - owed
    # For the customer: Chinese in every language (not through ``_``).
    told = (("收您", paid), ("找您", change))[: 2 if change or pol.announce_zero_change else 1]
    said = pol.cash_separator.join(f"{verb}{_spoken(amount)}元" for verb, amount in told)
    upper = pol.cash_separator.join(f"{verb}{uppercase(amount)}" for verb, amount in told)
    why = N_("{paid} received for {owed} due: {change} change")
    amounts = {"paid": amount_text(paid), "owed": amount_text(owed), "change": amount_text(change)}
    reason = W_(why, **amounts)
    return CashAnnouncement(paid, owed, change, said, upper, "R-SVC-02", reason)


class PhoneTiming(LabelledEnum):
    """When a phone call was answered, and whether the owed apology came (R-SLA-19).

    >>> PhoneTiming.parse("late no apology").label
    '超时接听未致歉'
    """

    ON_TIME = ("on_time", "及时接听")
    LATE = ("late", "接听不及时")
    LATE_APOLOGISED = ("late_apologised", "超时接听已致歉")
    LATE_NO_APOLOGY = ("late_no_apology", "超时接听未致歉")


@kept_wording
@attrs.frozen
class PhoneCheck(Decision):
    """The judgement of one answered call: ``allowed`` (compliant) unless answered late
    without the apology that was owed; ``timing`` says which of the four cases it was."""

    _verdict_words = (N_("compliant"), N_("not compliant"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    timing: PhoneTiming
    ring_count: int
    apology_required: bool
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def phone_check(
    ring_count: int, *, apologised: bool = False, policy: ServicePolicy | None = None
) -> PhoneCheck:
    """Judge a call answered after ``ring_count`` rings were heard (D13 第一章 1, R-SLA-19): from
    ``min_apology_ring_count`` (铃响五声后) a late call is ``allowed`` only when ``apologised``.

    >>> c = phone_check(3)
    >>> c.timing.label, c.allowed, c.apology_required
    ('接听不及时', False, False)
    """
    pol = policy_or_default(policy, ServicePolicy)
    count = require_int("ring_count", ring_count, low=0)
    sorry = require_bool("apologised", apologised)
    by, owed = pol.max_answer_ring_count, pol.min_apology_ring_count
    fields = {"rings": count, "limit": by, "owed": owed}  # the reason is counted in rings
    if count <= by:
        timing = PhoneTiming.ON_TIME
        reason = Wn_(
            "answered after {rings} ring, within {limit}",
            "answered after {rings} rings, within {limit}",
            count,
            **fields,
        )
    elif count < owed:
        timing = PhoneTiming.LATE
        reason = Wn_(
            "answered after {rings} ring; the standard is by ring {limit}",
            "answered after {rings} rings; the standard is by ring {limit}",
            count,
            **fields,
        )
    elif sorry:
        timing = PhoneTiming.LATE_APOLOGISED
        reason = Wn_(
            "answered after {rings} ring and apologised first, as owed from ring {owed}",
            "answered after {rings} rings and apologised first, as owed from ring {owed}",
            count,
            **fields,
        )
    else:
        timing = PhoneTiming.LATE_NO_APOLOGY
        reason = Wn_(
            "answered after {rings} ring without the apology owed from ring {owed}",
            "answered after {rings} rings without the apology owed from ring {owed}",
            count,
            **fields,
        )
    ok = timing in (PhoneTiming.ON_TIME, PhoneTiming.LATE_APOLOGISED)
    return PhoneCheck(ok, "R-SLA-19", reason, timing, count, count >= pol.min_apology_ring_count)


class GreetingTiming(LabelledEnum):
    """Whether a visiting customer was greeted in time (R-SLA-20).

    >>> GreetingTiming.parse("overdue").label
    '已超时未问候'
    """

    ON_TIME = ("on_time", "及时问候")
    LATE = ("late", "问候超时")
    PENDING = ("pending", "待问候")
    OVERDUE = ("overdue", "已超时未问候")


@kept_wording
@attrs.frozen
class GreetingCheck(Decision):
    """The judgement of a greeting: ``allowed`` when greeted (or still waiting) within the
    allowed wait; ``timing`` says which of the four cases it was; ``due_at`` is the arrival
    plus the allowed wait."""

    _verdict_words = (N_("compliant"), N_("not compliant"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    timing: GreetingTiming
    due_at: _dt.datetime
    waited: _dt.timedelta
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


_GREETING_REASONS = {
    GreetingTiming.ON_TIME: N_("greeted within {limit} s"),
    GreetingTiming.LATE: N_("greeted after {waited} s; the standard is {limit} s"),
    GreetingTiming.PENDING: N_("not yet greeted; due within {limit} s"),
    GreetingTiming.OVERDUE: N_("not greeted after {waited} s; the standard is {limit} s"),
}


def _seconds(span: _dt.timedelta) -> str:
    """A duration in seconds as a reason says it: ``60``, ``60.5`` (never rounded away)."""
    return f"{span.total_seconds():.6f}".rstrip("0").rstrip(".")


@fitted_call
def greeting_check(
    arrived_at: _dt.datetime,
    *,
    greeted_at: _dt.datetime | None = None,
    at: _dt.datetime | None = None,
    policy: ServicePolicy | None = None,
) -> GreetingCheck:
    """Judge the greeting of a visiting customer (D13 第二章 1, R-SLA-20), due ``greet_within``
    of arrival: ON_TIME or LATE with ``greeted_at``, else PENDING or OVERDUE at ``at``.

    >>> from datetime import datetime, timezone
    >>> t = datetime(2025, 3, 3, 2, 0, tzinfo=timezone.utc)
    >>> late = greeting_check(t, greeted_at=t.replace(minute=1, second=30))
    >>> late.timing.label, late.allowed, str(late.waited)
    ('问候超时', False, '0:01:30')
    """
    pol = policy_or_default(policy, ServicePolicy)
    arrived = require_aware("arrived_at", arrived_at)
    with in_date_range("arrived_at", arrived_at):
        due = arrived + pol.greet_within
    limit = _seconds(pol.greet_within)
    current = optional_check(require_aware)("at", at)
    if greeted_at is not None:
        greeted = require_aware("greeted_at", greeted_at)
        if greeted < arrived:
            problem = f"is before arrived_at={arrived.isoformat()}"
            raise InvalidInput.for_argument("greeted_at", greeted_at, problem)
        if current is not None and current < greeted:
            raise InvalidInput.for_argument("at", at, f"is before greeted_at={greeted.isoformat()}")
        waited = greeted - arrived
        timing = GreetingTiming.ON_TIME if greeted <= due else GreetingTiming.LATE
    elif current is None:
        problem = "is required when greeted_at is not given (has the customer been greeted?)"
        raise InvalidInput.for_argument("at", at, problem)
    elif current < arrived:
        raise InvalidInput.for_argument("at", at, f"is before arrived_at={arrived.isoformat()}")
    else:
        waited = current - arrived
        timing = GreetingTiming.PENDING if current <= due else GreetingTiming.OVERDUE
    reason = W_(_GREETING_REASONS[timing], waited=_seconds(waited), limit=limit)
    ok = timing in (GreetingTiming.ON_TIME, GreetingTiming.PENDING)
    return GreetingCheck(ok, "R-SLA-20", reason, timing, due, waited)


@kept_wording
@attrs.frozen
class PickingDeadline(Explained):
    """When an online order must be picked (配好), and why (worded when read, from the facts
    it keeps; a ``reason`` given as text is kept as given): ``received_at`` in the
    calendar's zone, ``due_at`` the close of the day it is picked on, ``late`` received at
    or after the cut-off, ``large`` more items than a regular order, ``provisional`` whether
    a day looked up on the calendar (``NextDay.WORKING_DAY``: is the day a working day,
    which is the next) lies in a year whose holiday arrangement is not published, so
    ``due_at`` may move once the year's notice is in the calendar (the reason then says
    暂定; with ``NextDay.CALENDAR_DAY`` no day is looked up and it is never provisional)."""

    _answer: ClassVar[str] = "due_at"  # what bool() tells a caller to test
    received_at: _dt.datetime
    due_at: _dt.datetime
    late: bool
    large: bool
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    provisional: bool = attrs.field(default=False, converter=BOOL)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def picking_deadline(
    received_at: _dt.datetime,
    *,
    item_count: int,
    policy: ServicePolicy | None = None,
    calendar: WorkCalendar | None = None,
) -> PickingDeadline:
    """When an online order of ``item_count`` items received at ``received_at`` must be picked
    (D13 第九章 3, R-SLA-21):
    the same day, or the next (``policy.next_day``) when received at or after the cut-off or
    larger than ``max_regular_order_item_count``; wall times are read in the zone of ``calendar``.
    The reason names the day by the rule applied (次日 or 下一个工作日, with its date); with
    ``NextDay.WORKING_DAY`` a day in a year whose holiday arrangement is not published makes
    the answer ``provisional`` (docs/rules.md §1).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> sh = ZoneInfo("Asia/Shanghai")
    >>> d = picking_deadline(datetime(2025, 3, 7, 16, 5, tzinfo=sh), item_count=2)
    >>> d.due_at.isoformat(), d.late, d.provisional
    ('2025-03-08T18:00:00+08:00', True, False)
    >>> print(d.reason)
    16:05 接单，已到截单时间 16:00；次日（2025-03-08）下班前配好
    """
    pol = policy_or_default(policy, ServicePolicy)
    require_aware("received_at", received_at)
    count = require_int("item_count", item_count, low=1)
    cal = calendar_or_china(calendar)
    with in_date_range("received_at", received_at):
        received = cal.to_local(received_at, argument="received_at")
        day = received.date()
        workdays = pol.next_day is NextDay.WORKING_DAY
        late = received.time().replace(tzinfo=None) >= pol.picking_cutoff
        hhmm = "{:%H:%M}".format
        limit = pol.max_regular_order_item_count
        why: list[Wording] = []  # the clauses of the reason
        if workdays and not cal.is_workday(day):
            day, late = cal.next_workday(day), False
            why.append(W_("received on a rest day, counted from {day}", day=day))
        large = count > limit
        if late:
            said = N_("received at {time}, at or after the cut-off {cutoff}")
            why.append(W_(said, time=hhmm(received), cutoff=hhmm(pol.picking_cutoff)))
        if large:
            large_said = Wn_(
                "large order ({items} item, more than {limit})",
                "large order ({items} items, more than {limit})",
                count,
                items=count,
                limit=limit,
            )
            why.append(large_said)
        if late or large:  # worded by the rule applied, with the day it gives
            if workdays:
                day = cal.next_workday(day)
                why.append(W_("picked by the next working day ({day})", day=day))
            else:
                day += ONE_DAY
                why.append(W_("picked by the next day ({day})", day=day))
        else:
            close = hhmm(pol.picking_close)
            why.append(W_("picked the same day before close ({close})", close=close))
        # only the working-day rule looks days up on the calendar (docs/rules.md §1)
        ends = (received.date(), day) if workdays else ()
        unpublished = sorted({d.year for d in ends if not cal.is_published(d.year)})
        if unpublished:
            said = N_("provisional: the holiday arrangement for {years} is not published yet")
            why.append(W_(said, years=tuple(map(str, unpublished))))
        reason = worded_clauses(why, strong=True)
        due = _dt.datetime.combine(day, pol.picking_close, tzinfo=cal.zone)
        return PickingDeadline(
            received, due, late, large, "R-SLA-21", reason, provisional=bool(unpublished)
        )


@overload
def website_reply_due(
    received_at: _dt.datetime,
    *,
    calendar: WorkCalendar | None = ...,
    explain: Literal[False] = ...,
    policy: ServicePolicy | None = ...,
) -> _dt.datetime: ...
@overload
def website_reply_due(
    received_at: _dt.datetime,
    *,
    calendar: WorkCalendar | None = ...,
    explain: Literal[True],
    policy: ServicePolicy | None = ...,
) -> TimedDeadline: ...
@overload
def website_reply_due(
    received_at: _dt.datetime,
    *,
    calendar: WorkCalendar | None = ...,
    explain: bool,
    policy: ServicePolicy | None = ...,
) -> _dt.datetime | TimedDeadline: ...
@fitted_call
def website_reply_due(
    received_at: _dt.datetime,
    *,
    calendar: WorkCalendar | None = None,
    explain: bool = False,
    policy: ServicePolicy | None = None,
) -> _dt.datetime | TimedDeadline:
    """When a message or order on the website must be answered (D13 第九章 8, R-SLA-21):
    the same day (当天回复), i.e. by 24:00 in the zone of ``calendar``; ``explain=True``
    returns a :class:`~custops.periods.TimedDeadline` (a period of 0 days: the day received).

    >>> from datetime import datetime, timezone
    >>> website_reply_due(datetime(2025, 3, 7, 15, 10, tzinfo=timezone.utc))  # 23:10 in Shanghai
    datetime.datetime(2025, 3, 8, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
    >>> print(website_reply_due(datetime(2025, 3, 7, 15, 10, tzinfo=timezone.utc),
    ...                         explain=True).explain())
    期限（R-SLA-21）：2025-03-07 23:10+08:00 收到，当天回复：2025-03-08 00:00+08:00 前
      - 第九章 8：网站上的留言或订单须当天回复
      - 按日历所在时区于 2025-03-07 收到，期限至当日 24:00
    """
    policy_or_default(policy, ServicePolicy)
    require_aware("received_at", received_at)
    explain = require_bool("explain", explain)
    cal = calendar_or_china(calendar)
    with in_date_range("received_at", received_at):
        local = cal.to_local(received_at, argument="received_at")
        day = local.date()
        due = _dt.datetime.combine(day + ONE_DAY, MIDNIGHT, tzinfo=cal.zone)
    if not explain:
        return due
    said = N_("{chapter}: a message or order on the website is answered the same day ({term})")
    steps = (
        W_(
            said, chapter=worded_term("第九章 8", 'chapter 9, item 8 ("第九章 8")'), term="当天回复"
        ),
        W_("received on {day} in the calendar's zone: due by 24:00 that day", day=day),
    )
    said = N_("received {start}, answered the same day: by {due}")
    reason = W_(said, start=moment_text(local), due=moment_text(due))
    return TimedDeadline(received_at, Period.days(0), due, day, "R-SLA-21", reason, steps)


class Problem(LabelledEnum):
    """Why a wholesale customer wants to return goods (D13 第十一章 1): the seed's own words
    read as the member they name — 货颜色不一样 (第九章 4) is a mismatch, 银器断裂 and 损坏
    (第十章) are quality problems — and so do their everyday variants.

    >>> Problem.parse("other").label, Problem.parse("颜色不一样").name, Problem.parse("断裂").name
    ('其他原因', 'MISMATCH', 'QUALITY')
    """

    MISMATCH = (
        "mismatch",
        "与所需产品有差异",
        "货不对版",
        "货不对板",
        "不符",
        "与订单不符",
        "发错货",
        "wrong_goods",
        "有差异",
        "差异",
        "颜色不一样",
        "货颜色不一样",
        "颜色不对",
        "颜色不符",
        "款式不对",
        "款式不一样",
        "尺寸不对",
        "尺码不对",
        "规格不符",
        "发错了",
        "wrong_item",
        "wrong_colour",
        "wrong_size",
    )
    QUALITY = (
        "quality",
        "质量问题",
        "质量",
        "品质问题",
        "quality_problem",
        "defect",
        "质量有问题",
        "有质量问题",
        "产品本身问题",
        "断裂",
        "银器断裂",
        "断了",
        "破损",
        "损坏",
        "坏了",
        "宝石脱落",
        "掉石",
        "宝石裂开",
        "裂开",
        "瑕疵",
        "次品",
        "damaged",
        "broken",
        "defective",
        "faulty",
    )
    OTHER = ("other", "其他原因", "其他", "不想要", "change_of_mind")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Problem:
        """The grounds ``text`` names (:meth:`LabelledEnum.parse
        <custops.enums.LabelledEnum.parse>`); a wording that may be a mismatch or a quality
        problem (问题, 有问题) is refused naming both, and a wording custops does not know is
        refused saying how to map it (a form's own words are the caller's to map).

        >>> Problem.parse("有问题")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: text: may name mismatch (...) or quality ... (got '有问题')
        >>> Problem.parse("包装旧了", argument="grounds")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: grounds: is not a known Problem; ...; map a form's own \
wording to one of them before the call (got '包装旧了')
        """
        argument = argument_name(argument)
        try:
            return parse_member(cls, text, argument=argument, ambiguous=_AMBIGUOUS_PROBLEMS)
        except InvalidInput as refused:
            if not str(refused.problem).startswith("is not a known"):
                raise
            problem = f"{refused.problem}; map a form's own wording to one of them before the call"
            raise InvalidInput.for_argument(argument, text, problem) from None


#: Wordings of a return's grounds that do not say which of two members they are: goods
#: "with a problem" may differ from the order or be faulty (D13 第十一章 1 (2) and (3));
#: a colour difference (色差) may be goods of another colour than ordered, or plating or
#: silver that discoloured, a quality matter.
_AMBIGUOUS_PROBLEMS: dict[str, tuple[str, ...]] = {
    fold(word): ("MISMATCH", "QUALITY")
    for word in ("问题", "有问题", "货有问题", "商品有问题", "problem", "problems", "色差")
}


class StoreReturnOutcome(LabelledEnum):
    """What happens to goods a wholesale customer wants to return: exchanged, refunded,
    refused or sent to the video check (:func:`wholesale_return_decision`, R-SVC-03); a
    franchisee's request has its own :class:`FranchiseOutcome`.

    >>> StoreReturnOutcome.parse("inspect").label, StoreReturnOutcome.parse("换货").name
    ('视频查验', 'EXCHANGE')
    """

    EXCHANGE = ("exchange", "换货")
    REFUND = ("refund", "退货", "退款", "return")
    REFUSED = ("refused", "不予退换")
    INSPECT = ("inspect", "视频查验")


@kept_wording
@attrs.frozen
class StoreReturnDecision(Explained):
    """A return decision: the outcome, the rule and a one-line reason (worded when read,
    from the facts it keeps; a ``reason`` given as text is kept as given)."""

    outcome: StoreReturnOutcome
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def wholesale_return_decision(
    grounds: Problem | str,
    *,
    self_collected: bool,
    remote: bool,
    video: bool = False,
    quality_confirmed: bool | None = None,
    in_stock: bool = True,
    policy: ServicePolicy | None = None,
) -> StoreReturnDecision:
    """Decide a wholesale customer's return (D13 第十一章 1, R-SVC-03): goods the customer
    collected are refused (第十一章 1(1) 「自己提货的不能退换」; 第四章 2, goods checked when
    collected, is why); a mismatch is exchanged for 「视频客户与外地客户」 (1(2)): a ``video``
    customer (one who ordered by video, wherever they are) or a ``remote`` one (外地), either
    of them qualifying, and the reason says which; a quality problem is checked by video
    first (``quality_confirmed=None``: INSPECT).  ``grounds`` is why the customer returns the
    goods (a :class:`Problem` or its spelling).

    ``quality_confirmed`` (the video check) and ``in_stock`` are facts of later steps that a
    form may carry before it is known what the claim turns out to be: they are accepted in
    every case and, where the answer did not depend on them (``quality_confirmed`` beside
    other grounds or goods refused as collected; ``in_stock=False`` anywhere but a confirmed
    quality problem), the reason says it was not used.  The result has three or more
    outcomes: test ``.outcome`` (``if decision:`` raises).

    >>> print(wholesale_return_decision("mismatch", self_collected=True, remote=True))
    不予退换（R-SVC-03）：客户自己提货的商品不予退换
    >>> wholesale_return_decision("mismatch", self_collected=False, remote=False, video=True).reason
    '视频客户收到的货物与订单不符：予以换货'
    """
    pol = policy_or_default(policy, ServicePolicy)
    kind = Problem.parse(grounds, argument="grounds")
    collected = require_bool("self_collected", self_collected)
    far = require_bool("remote", remote)
    seen = require_bool("video", video)
    optional_check(require_bool)("quality_confirmed", quality_confirmed)
    stock = require_bool("in_stock", in_stock)
    out = StoreReturnOutcome
    kept = collected and not (kind is Problem.QUALITY and pol.self_collected_quality_exception)
    if kept:
        outcome = out.REFUSED
        reason = W_("goods the customer collected are not returned or exchanged")
    elif kind is Problem.MISMATCH and (far or seen):
        outcome = out.EXCHANGE
        if far and seen:
            said = N_(
                "a video and remote customer received goods that differ from the order: exchange"
            )
        elif seen:
            said = N_("a video customer received goods that differ from the order: exchange")
        else:
            said = N_("a remote customer received goods that differ from the order: exchange")
        reason = W_(said)
    elif kind is Problem.MISMATCH:
        outcome = out.REFUSED
        reason = W_("only video and remote customers exchange goods that differ from the order")
    elif kind is not Problem.QUALITY:
        outcome = out.REFUSED
        reason = W_("wholesale goods are exchanged only for a mismatch or a quality problem")
    elif quality_confirmed is None:
        outcome = out.INSPECT
        reason = W_("a quality problem is checked by video before it is exchanged")
    elif not quality_confirmed:
        outcome, reason = out.REFUSED, W_("the video check found no problem with the product")
    elif stock:
        outcome, reason = out.EXCHANGE, W_("confirmed quality problem: exchanged")
    else:
        outcome = out.REFUND
        reason = W_("confirmed quality problem and no replacement in stock: refunded")
    # facts of later steps given where the answer did not depend on them: said to be unused
    if quality_confirmed is not None and (kept or kind is not Problem.QUALITY):
        said = N_("{reason} (quality_confirmed not used: only a quality claim is checked by video)")
        reason = W_(said, reason=reason)
    if not stock and not (kind is Problem.QUALITY and outcome in (out.EXCHANGE, out.REFUND)):
        said = N_(
            "{reason} (in_stock not used: stock matters only for a confirmed quality problem)"
        )
        reason = W_(said, reason=reason)
    return StoreReturnDecision(outcome, "R-SVC-03", reason)


class FranchiseOutcome(LabelledEnum):
    """What becomes of a franchisee's return request under the contract's ratio
    (:func:`franchise_return_allowance`, D13 第十一章 2, R-SVC-03): accepted in full, partly
    accepted (the part over the ratio refused) or refused — as returns or exchanges, which
    the ratio covers alike (退换货比例).

    >>> FranchiseOutcome.parse("partly accepted").label, FranchiseOutcome.parse("准予退换").name
    ('部分受理', 'ACCEPTED')
    """

    ACCEPTED = ("accepted", "准予退换", "受理", "全部受理")
    PARTLY_ACCEPTED = ("partly_accepted", "部分受理", "部分准予退换", "partial", "partly")
    REFUSED = ("refused", "不予退换", "不予受理")


@kept_wording
@attrs.frozen
class FranchiseAllowance(Explained):
    """How much of a franchisee's return request the contract's ratio allows, in yuan:
    ``remaining_amount − over_returned_amount == allowance_amount − returned_amount``, one of
    the two zero (``over_returned_amount`` is what was returned beyond the allowance),
    ``accepted_amount + refused_amount == requested_amount``; ``outcome`` is ACCEPTED when
    all of the request is accepted, PARTLY_ACCEPTED when some of it is, REFUSED when none
    is (three outcomes: test ``.outcome``, ``if allowance:`` raises).  Its reason is worded
    when read, from the facts it keeps (a ``reason`` given as text is kept as given)."""

    outcome: FranchiseOutcome
    allowance_amount: Decimal
    returned_amount: Decimal
    remaining_amount: Decimal
    over_returned_amount: Decimal
    requested_amount: Decimal
    accepted_amount: Decimal
    refused_amount: Decimal
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


def _ratio_text(share: Fraction) -> str:
    """A ratio as a reason shows it: a decimal when it is one (``0.08``), else a fraction
    (``1/3``)."""
    places = Decimal(share.numerator) / Decimal(share.denominator)
    return f"{places.normalize():f}" if Fraction(places) == share else ratio_text(share)


@fitted_call
def franchise_return_allowance(
    *,
    purchased_amount: MoneyInput,
    ratio: Decimal | Fraction | int | str,
    requested_amount: MoneyInput,
    returned_amount: MoneyInput = 0,
) -> FranchiseAllowance:
    """Apply a franchise contract's return ratio (加盟合同上的退换货比例; D13 第十一章 2, R-SVC-03):
    ``requested_amount`` (positive: a request for nothing is refused) is accepted up to what
    ``returned_amount`` left of ``purchased_amount × ratio``.

    Both amounts cover the contract period, the one its ratio is stated for (the contract's
    term, or the year it counts in, to date): ``purchased_amount`` is what the franchisee
    bought from the company in it, ``returned_amount`` what was returned or exchanged in it
    already.  A ratio is a share of the purchases, so more returned than purchased is no
    share of them: it is refused (:class:`~custops.errors.InvalidInput`) as figures of two
    periods, or a typing error.  Returns beyond the allowance but within the purchases are
    shown (``over_returned_amount``).

    The outcome (:class:`FranchiseOutcome`) is ACCEPTED, PARTLY_ACCEPTED or REFUSED:

    >>> a = franchise_return_allowance(
    ...     purchased_amount="20000", ratio="0.1", returned_amount="1500",
    ...     requested_amount="800")
    >>> a.outcome.name, a.accepted_amount, a.refused_amount
    ('PARTLY_ACCEPTED', Decimal('500.00'), Decimal('300.00'))
    >>> a.allowance_amount, a.remaining_amount
    (Decimal('2000.00'), Decimal('500.00'))
    >>> str(a).partition("：")[0]
    '部分受理（R-SVC-03）'
    """
    # (amounts are whole fen, as everywhere: a fraction of a fen is refused, not rounded)
    bought = yuan(purchased_amount, argument="purchased_amount", non_negative=True, exact=True)
    share = require_rational("ratio", ratio, low=0, high=1)  # 0.08, 8%, 1/3
    asked = yuan(requested_amount, argument="requested_amount", non_negative=True, exact=True)
    # a request for nothing is no return to decide (it would be a refund "accepted in full")
    within(
        "requested_amount",
        requested_amount,
        asked,
        low=0,
        low_open=True,
        problem="must be positive",
    )
    done = yuan(returned_amount, argument="returned_amount", non_negative=True, exact=True)
    # both amounts are of the contract period: returns are a share of its purchases
    problem = (
        f"exceeds purchased_amount {bought}: both cover the contract period, and its returns "
        f"are a share of its purchases"
    )
    within("returned_amount", returned_amount, done, high=bought, problem=problem)
    allowance = from_fen(math.floor(to_fen(bought) * share + Fraction(1, 2)))  # half up
    remaining = max(allowance - done, ZERO)
    over = max(done - allowance, ZERO)  # returned beyond the allowance: shown, not hidden
    accepted = min(asked, remaining)
    refused = asked - accepted
    message = N_("contract return ratio {ratio} of {purchased} = {allowance}; {remaining} remains")
    head = W_(
        message,
        ratio=_ratio_text(share),
        purchased=amount_text(bought),
        allowance=amount_text(allowance),
        remaining=amount_text(remaining),
    )
    # accepted as returns or exchanges alike (the ratio covers both: 退换货比例), in full or
    # in part (the amounts say which); refused when nothing is left, saying why: a ratio of
    # 0 allows none, nothing bought gives none, and returns beyond the allowance are shown
    out = FranchiseOutcome
    outcome = (
        out.PARTLY_ACCEPTED if accepted and refused else out.ACCEPTED if accepted else out.REFUSED
    )
    if refused == 0:
        said = N_("{head}: all {requested} accepted")
    elif accepted > 0:
        said = N_("{head}: {accepted} of {requested} accepted")
    elif share == 0 and over:
        said = N_("{head}: the contract allows no returns, and {returned} was already returned")
    elif share == 0:
        said = N_("{head}: the contract allows no returns")
    elif over:
        said = N_("{head}: returns of {returned} already exceed the allowance by {over}")
    elif allowance == 0:
        said = N_("{head}: nothing was purchased, so nothing can be returned")
    else:
        said = N_("{head}: the contract's return allowance is used up")
    amounts = {"accepted": accepted, "requested": asked, "returned": done, "over": over}
    reason = W_(said, head=head, **{k: amount_text(v) for k, v in amounts.items()})
    return FranchiseAllowance(
        outcome, allowance, done, remaining, over, asked, accepted, refused, "R-SVC-03", reason
    )


class RepairOutcome(LabelledEnum):
    """Where a piece of jewellery brought for repair goes (D13 第十章).

    >>> RepairOutcome.parse("refused").label
    '不予受理'
    """

    IN_HOUSE = ("in_house", "自行修理")
    SENT_ABROAD = ("sent_abroad", "送外修理", "abroad", "送印度修理")
    REFUSED = ("refused", "不予受理")


@attrs.frozen
class ReadyWindow(DayRange):
    """When a piece sent abroad for repair comes back (R-SVC-04): from ``start`` to ``end``,
    both included (``day in window``).

    >>> import datetime as dt
    >>> w = ReadyWindow(dt.date(2025, 2, 28), dt.date(2025, 7, 31))
    >>> dt.date(2025, 7, 31) in w, dt.date(2025, 8, 1) in w
    (True, False)
    """

    start: _dt.date = attrs.field(converter=DATE)
    end: _dt.date = attrs.field(converter=DATE)


@kept_wording
@attrs.frozen
class RepairDecision(Explained):
    """A repair intake: the outcome, ``ready`` the window in which a repair sent abroad comes
    back (a :class:`ReadyWindow`, ``None`` for the others), ``tell_customer``, and the fields
    of D13 第十章 4's two papers (Chinese in every language): ``receipt_fields`` of the receipt
    (收条) the customer gets, ``handover_fields`` of the handover sheet (交接单) that goes with
    the piece: the same, then the customer's name and a photo, to know it again on its return.
    Its reason is worded when read, from the facts it keeps (a ``reason`` given as text is
    kept as given); ``tell_customer`` is what the customer is told, in Chinese in every
    language, as the papers' fields are.
    """

    outcome: RepairOutcome
    received_on: _dt.date
    ready: ReadyWindow | None
    tell_customer: tuple[str, ...]
    receipt_fields: tuple[str, ...]
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    handover_fields: tuple[str, ...] = ()
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


_RECEIPT_FIELDS = ("日期", "商品编码", "需修理部位")  # 收条 (D13 第十章 4)
_HANDOVER_FIELDS = (*_RECEIPT_FIELDS, "客户姓名", "照片")  # 交接单, 最终注上客户姓名,照相


@fitted_call
def repair_intake(
    received_on: _dt.date,
    *,
    repairable_in_house: bool,
    thai_silver: bool = False,
    policy: ServicePolicy | None = None,
) -> RepairDecision:
    """Take in a piece of jewellery for repair (D13 第十章, R-SVC-04): Thai silver (泰银) is
    refused; what the shop cannot mend is sent abroad for ``repair_months_*`` months.

    >>> from datetime import date
    >>> d = repair_intake(date(2025, 1, 31), repairable_in_house=False)
    >>> d.outcome.label, d.ready.start, d.ready.end
    ('送外修理', datetime.date(2025, 2, 28), datetime.date(2025, 7, 31))
    """
    pol = policy_or_default(policy, ServicePolicy)
    day = require_date("received_on", received_on)
    in_house = require_bool("repairable_in_house", repairable_in_house)
    thai = require_bool("thai_silver", thai_silver)
    rule, outcome = "R-SVC-04", RepairOutcome
    if thai and not pol.accept_thai_silver:
        reason = W_("Thai silver jewellery is not accepted for repair")
        sorry = ("泰银饰品不在受理范围",)  # for the customer: Chinese in every language
        return RepairDecision(outcome.REFUSED, day, None, sorry, (), rule, reason)
    told: tuple[str, ...] = ()  # what the customer is told (Chinese)
    if in_house:
        went, window = outcome.IN_HOUSE, None
        reason = W_("repairable in house (e.g. a fallen stone): mended by the shop")
    else:
        low, high = pol.repair_months_min, pol.repair_months_max
        went = outcome.SENT_ABROAD
        window = ReadyWindow(
            add_months(day, low, argument="received_on"),
            add_months(day, high, argument="received_on"),
        )
        told = (f"维修需时{low}–{high}个月", "修复后可能与原样不完全一致")
        said = N_("not repairable in house: sent abroad, ready in {low}–{high} months")
        reason = W_(said, low=low, high=high)
    return RepairDecision(went, day, window, told, _RECEIPT_FIELDS, rule, reason, _HANDOVER_FIELDS)
