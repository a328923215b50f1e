"""The classifier's long-text paths: the same answers, at a cost linear in the length.

A short text (a review, a message) is read by the plain code of :mod:`.classifier`; a
long one (a letter, a pasted chat log, a file) goes through these equivalents:

* :func:`quick` rewrites a rule pattern whose every match starts with one of a few
  characters (:func:`starts`) so that the regular-expression engine tries it only at
  those characters, ``(?=[…])(?:pattern)`` — the same matches, found sooner;
* :func:`windowed` finds the matches of a pattern whose every match holds one of a few
  characters that are rare in the text by searching only around them, with the widest
  match (:func:`width`) and how far past it the pattern looks as the window: the same
  matches as ``finditer``, without a pass over the whole text;
* :func:`pairs` names two-character strings one of which every match of a pattern holds,
  so a pattern is searched only in a text that holds one (found with the rules' terms),
  and in a long text where they are rare, only around them (:func:`windowed`: a pair
  lies inside the match that holds it);
* :class:`Scopes` finds the question scope of a match (its sentence's start to its
  clause's end) by bisection and asks each question frame once per scope, so a long
  text without punctuation (one giant clause) costs one search, not one per match.
"""

from __future__ import annotations

import bisect
import operator
import re
from itertools import accumulate
from typing import Any

__all__ = [
    "FLAGS",
    "LONG",
    "META",
    "QUANTIFIER",
    "Scopes",
    "mixed_start",
    "optional",
    "pairs",
    "pairs_of",
    "quick",
    "slow_start",
    "starts",
    "width",
    "windowed",
]

#: Normalised texts longer than this take the long-text paths (shorter ones the plain
#: loops, which cost less to set up).
LONG = 1024

META = frozenset("\\.^$*+?{}[]()|")
QUANTIFIER = re.compile(r"(?:([?*+])|\{(\d*)(?:,\d*)?\})[?+]?")


def optional(repeat: re.Match[str] | None) -> bool:
    """Whether a :data:`QUANTIFIER` match lets its element repeat zero times (``?``, ``*``,
    ``{0,…}``, ``{,…}``).

    >>> optional(QUANTIFIER.match("{0,2}")), optional(QUANTIFIER.match("+")), optional(None)
    (True, False, False)
    """
    return bool(repeat and (repeat.group(1) in ("?", "*") or repeat.group(2) in ("", "0")))


FLAGS = re.compile(r"\(\?[aiLmsux-]")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")


def starts(pattern: str) -> frozenset[str] | None:
    r"""The characters every match of ``pattern`` starts with, as far as plain to see;
    ``None`` when not plain to see, or when the pattern can match the empty string.

    Lookarounds and anchors take no character, so they are stepped over; an optional
    element adds its characters and the next element is looked at too.

    >>> sorted(starts(r"(?<![不非])(很|太)?一般"))
    ['一', '太', '很']
    >>> sorted(starts(r"(?<!is)sue(?!de)")), sorted(starts(r"[2-4]次|第?[二三]次"))
    (['s'], ['2', '3', '4', '三', '二', '第'])
    >>> sorted(starts(r"^(?=(好|嗯+))(?P=a)")), starts(r"(?=\d)(?P=a)")
    (['嗯', '好'], None)
    >>> starts(r"\d+天"), starts(r"(很)?"), starts(r"(?i)ab"), starts(r".好")
    (None, None, None, None)
    """
    if FLAGS.search(pattern):  # inline flags change what a character matches
        return None
    found = _alternatives_start(pattern)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern``, tried by the regular-expression engine only where a match can start
    (see :func:`starts`): the same matches, found sooner in a long text.

    Only a pattern that starts with a lookaround or an optional element, or whose
    alternatives do not all start with a character, is rewritten: for the others the
    engine already skips to a possible first character.  So is one whose first group's
    alternatives do not all start with a character (which the engine tries one by one at
    every position), its first characters looked for with ``\d`` read as any digit.

    >>> quick(re.compile(r"(?<!多)(媒体|记者)曝光")).pattern
    '(?=[媒记])(?:(?<!多)(媒体|记者)曝光)'
    >>> quick(re.compile(r"(很)?一般")).pattern
    '(?=[一很])(?:(很)?一般)'
    >>> quick(re.compile(r"(媒体|记者)曝光")).pattern, quick(re.compile(r"(?<!x)\d+天")).pattern
    ('(媒体|记者)曝光', '(?<!x)\\d+天')
    >>> quick(re.compile(r"(什么|啥)区别|区别是什么")).pattern
    '(?=[什区啥])(?:(什么|啥)区别|区别是什么)'
    >>> quick(re.compile(r"(全家|[两三\d]+个)人")).pattern
    '(?=[三两全\\d])(?:(全家|[两三\\d]+个)人)'
    >>> quick(re.compile(r"(会|将)怎么|(?P<ab>赔|扣)不(?P=ab)")).pattern
    '(?=[会将扣赔])(?:(会|将)怎么|(?P<ab>赔|扣)不(?P=ab))'
    """
    source = pattern.pattern
    read = _unnamed(pattern)  # (a named group read as a group: its first characters)
    if slow_start(source) or mixed_start(source):
        first = starts(read)
    elif _branchy_start(source) and _DIGIT not in source:
        first = starts(_ESCAPED_DIGIT.sub(lambda m: m.group(1) + _DIGIT, read))
    else:
        first = None
    if not first:
        return pattern
    chars = "".join(re.escape(ch) for ch in sorted(first - {_DIGIT}))
    chars += "\\d" if _DIGIT in first else ""
    return re.compile(f"(?=[{chars}])(?:{source})", pattern.flags)


#: the opening of a named group
NAMED = re.compile(r"(?<!\\)\(\?P<\w+>")


def _unnamed(pattern: re.Pattern[str]) -> str:
    r"""The source of ``pattern`` with each named group opened as a plain group, for
    :func:`starts` (a name only matters to a reference, which ends what it reads); the
    source itself unless every opening found is one of the pattern's named groups (not,
    say, in a character class).

    >>> _unnamed(re.compile(r"(?P<a>赔|扣)不(?P=a)")), _unnamed(re.compile(r"[(?P<a>]"))
    ('(赔|扣)不(?P=a)', '[(?P<a>]')
    """
    source = pattern.pattern
    found = len(NAMED.findall(source))
    return NAMED.sub("(", source) if found and found == len(pattern.groupindex) else source


#: stands for ``\d`` (any digit) while :func:`quick` looks for a pattern's first characters
_DIGIT = "\ue000"
#: a ``\d`` escape (not an escaped backslash followed by ``d``)
_ESCAPED_DIGIT = re.compile(r"(?<!\\)((?:\\\\)*)\\d")


def _branchy_start(pattern: str) -> bool:
    r"""Whether ``pattern`` starts with a group (within groups) whose alternatives do not
    all start with a character (see :func:`mixed_start`).

    >>> _branchy_start(r"(一|\d+|半)个小时"), _branchy_start(r"((全家|[二三]+个)人)都")
    (True, True)
    >>> _branchy_start(r"(什么|啥)区别"), _branchy_start(r"\d+天"), _branchy_start(r"(一|二)+")
    (False, False, False)
    """
    while pattern.startswith("(?:") or (pattern[:1] == "(" and pattern[1:2] != "?"):
        end = group_end(pattern, 0)
        if end < 0 or QUANTIFIER.match(pattern, end):
            return False  # a repeated or optional group (see slow_start), or not plain
        pattern = pattern[3 if pattern.startswith("(?:") else 1 : end - 1]
        if len(alternatives(pattern)) > 1:
            return mixed_start(pattern)
    return False


#: The text :func:`pairs_of` was last asked about, and its pairs (read as one tuple: another
#: thread may replace it, never change it)
_LAST_PAIRS: list[tuple[str, list[str]]] = [("", [])]


def pairs_of(text: str) -> list[str]:
    """The two-character strings of ``text``, one a position (``text[i:i + 2]``): the same
    objects for the same text object asked again, each hashed once however often looked up
    (the rules' terms, their words and the learned layer's n-grams read a short text's
    pairs in turn).  Not for a long text: its list is not kept.

    >>> pairs_of("很好吧"), pairs_of("好")
    (['很好', '好吧'], [])
    """
    last, found = _LAST_PAIRS[0]
    if last is text:
        return found
    found = list(map(operator.add, text, text[1:]))
    if len(text) <= LONG:
        _LAST_PAIRS[0] = (text, found)
    return found


#: The text :func:`chars_of` was last asked about, and its characters (as _LAST_PAIRS)
_LAST_CHARS: list[tuple[str, frozenset[str]]] = [("", frozenset())]


def chars_of(text: str) -> frozenset[str]:
    """The set of the characters of ``text``: the same set for the same text object asked
    again, its strings hashed once (the rules' scan and the learned layer's one-character
    n-grams read a short text's characters in turn).  Not for a long text: it is not kept.

    >>> sorted(chars_of("很好很"))
    ['好', '很']
    """
    last, found = _LAST_CHARS[0]
    if last is text:
        return found
    found = frozenset(text)
    if len(text) <= LONG:
        _LAST_CHARS[0] = (text, found)
    return found


#: Candidates closer than this are searched in one window (a search call costs about
#: as much as the engine's pass over this many characters).
GAP = 64
_REPEAT = re.compile(r"(?:([?*+])|\{(\d*)(,?)(\d*)\})[?+]?")
_ONE_CHAR_ESCAPES = frozenset("dDsSwWntrfv")


def width(pattern: str) -> tuple[int, int] | None:
    r"""The most characters a match of ``pattern`` spans and the most characters past a
    match's end it looks at (lookaheads, ``$``); ``None`` when unbounded (``+``, ``*``,
    ``{2,}``) or not plain to see (inline flags, back references, named groups).

    A lookbehind reads the text before the match, which a search from a later position
    sees as well, so it adds nothing.

    >>> width(r"(?<![不非])(很|比较)?一般(?=$|[。,])"), width(r"第?[二三]次\S{0,2}(退|换)")
    ((4, 2), (6, 0))
    >>> width(r"\d+天"), width(r"(?i)ab"), width(r"(?P<x>a)"), width(r"(a)\1")
    (None, None, None, None)
    """
    if FLAGS.search(pattern):
        return None
    found = _alternatives_width(pattern)
    if found is None or found[0] < 1:
        return None
    return found


def _alternatives_width(pattern: str) -> tuple[int, int] | None:
    widest = reach = 0
    for alternative in alternatives(pattern):
        found = _sequence_width(alternative)
        if found is None:
            return None
        widest, reach = max(widest, found[0]), max(reach, found[1])
    return widest, reach


def _sequence_width(pattern: str) -> tuple[int, int] | None:
    total = reach = 0
    i = 0
    while i < len(pattern):
        end = group_end(pattern, i)
        if end < 0:
            return None
        element = _element_width(pattern, i, end)
        if element is None:
            return None
        size, ahead = element
        repeat = _REPEAT.match(pattern, end)
        if repeat:
            end = repeat.end()
            if repeat.group(1) == "?":
                pass
            elif repeat.group(1) or (repeat.group(3) and not repeat.group(4)):
                if size:
                    return None  # unbounded
            elif not (repeat.group(2) or repeat.group(4)):
                return None  # "{}" or "{,}": not a plain quantifier
            else:
                size *= int(repeat.group(4) or repeat.group(2))
        # a lookahead inside reads at most ``ahead`` past wherever it stands in the match
        total, reach = total + size, max(reach, ahead)
        i = end
    return total, reach


def _element_width(pattern: str, i: int, end: int) -> tuple[int, int] | None:
    """The widest match of the element ``pattern[i:end]`` and how far past it it looks."""
    ch = pattern[i]
    if ch == "(":
        body = pattern[i + 1 : end - 1]
        if body.startswith(("?=", "?!")):
            inner = _alternatives_width(body[2:])
            return None if inner is None else (0, inner[0] + inner[1])
        if body.startswith(("?<=", "?<!")):
            inner = _alternatives_width(body[3:])
            return None if inner is None else (0, inner[1])
        if body.startswith("?:"):
            body = body[2:]
        elif body.startswith("?"):
            return None
        return _alternatives_width(body)
    if ch == "[":
        return (1, 0)
    if ch == "\\":
        after = pattern[i + 1 : end]
        if after and (after in META or after in _ONE_CHAR_ESCAPES or not after.isalnum()):
            return (1, 0)
        if after and after in _ZERO_WIDTH_ESCAPES:
            return (0, 1)
        return None  # \1, \x41, \u6b21, \N{…}: not plain to see
    if ch == "$":
        return (0, 1)  # it looks at the character after (a final newline)
    if ch == "^":
        return (0, 0)
    if ch == ".":
        return (1, 0)
    if ch in META:
        return None
    return (1, 0)


def windowed(
    pattern: re.Pattern[str],
    text: str,
    candidates: list[int],
    size: tuple[int, int],
) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)``, given the sorted positions of the
    characters one of which every match holds (``candidates``) and :func:`width`
    (``size``): each search runs only around a candidate, in a window wide enough that
    every match starting in it is the one a search of the whole text finds.

    >>> rx = re.compile(r"(?<!不)满意(?=[。,]|$)")
    >>> text = "很满意。不满意,满意满意"
    >>> windowed(rx, text, [i for i, c in enumerate(text) if c == "意"], width(rx.pattern))
    [(1, 3), (10, 12)]
    >>> [m.span() for m in rx.finditer(text)]
    [(1, 3), (10, 12)]
    """
    widest, reach = size
    n, count = len(text), len(candidates)
    out: list[tuple[int, int]] = []
    search = pattern.search
    pos = k = 0  # pos: where ``finditer`` would search next
    j = -1  # the last candidate of the run (close enough to share one search) holding k
    while k < count:
        first = candidates[k]
        if first < pos:  # inside the last match: no match of its own
            k += 1
            continue
        if j < k:  # a new run: walk it once (a dense run is walked once, not once a match)
            j = k
            while j + 1 < count and candidates[j + 1] - candidates[j] <= GAP:
                j += 1
        last = candidates[j]
        # a match holding a candidate starts at most ``widest - 1`` before it; one that
        # starts at ``last`` or before reads nothing at or past ``stop``
        stop = min(n, last + widest + reach + 2)
        m = search(text, max(pos, first - widest + 1), stop)
        if m is not None and m.start() <= last:
            out.append(m.span())
            pos = m.end()
        else:  # no match starts at or before ``last``
            pos = last + 1
            k = j + 1
    return out


#: A pattern's set of pairs (see :func:`pairs`) is kept only when at most this large.
_PAIRS = 32
_NOT_LITERAL = frozenset("dDsSwWbBAZ")  # escapes of a class or a zero-width test


def pairs(pattern: str) -> frozenset[str] | None:
    r"""Two-character strings one of which every match of ``pattern`` holds, as far as
    plain to see (the fewest found); ``None`` when none are plain to see.

    Only characters a match takes one after the other count: two literal elements side
    by side (a character, a simple class, a group of literal alternatives), or the
    first two characters of each alternative of a group.  An optional or repeated
    element, a lookaround or an anchor between two elements breaks the pair.

    >>> sorted(pairs(r"(?<![不非])(很|比较)?一般(?=$|[。,])"))
    ['一般']
    >>> sorted(pairs(r"(退|换)货")), sorted(pairs(r"第?[二三]次")), sorted(pairs(r"是多少|为什么"))
    (['换货', '退货'], ['三次', '二次'], ['为什', '是多'])
    >>> pairs(r"\d+天"), pairs(r"(?i)ab"), pairs(r"a?b"), pairs(r"\u6b21\u6570"), pairs(r"ab|c")
    (None, None, None, None, None)
    """
    if FLAGS.search(pattern):
        return None
    found = _alternatives_pairs(pattern)
    return None if found is None else frozenset(found)


def _alternatives_pairs(pattern: str) -> set[str] | None:
    """:func:`pairs` of ``pattern``: the union of its alternatives' (``None`` if one has none)."""
    out: set[str] = set()
    for alternative in alternatives(pattern):
        found = _sequence_pairs(alternative)
        if found is None:
            return None
        out |= found
    return out if len(out) <= _PAIRS else None


def _sequence_pairs(pattern: str) -> set[str] | None:
    """:func:`pairs` of ``pattern`` (no top-level ``|``): the smallest set found."""
    best: set[str] | None = None
    last: set[str] | None = None  # the characters the literal element just before ends with
    i = 0
    while i < len(pattern):
        end = group_end(pattern, i)
        if end < 0 or (pattern[i] == "\\" and not _plain_escape(pattern[i + 1 : end])):
            return None  # not understood: nothing after this can be trusted
        repeat = QUANTIFIER.match(pattern, end)
        strings = None if repeat else _literal(pattern, i, end)
        candidates = []
        if strings is None:
            if not repeat and pattern[i] == "(" and not pattern.startswith("(?", i):
                candidates.append(_alternatives_pairs(pattern[i + 1 : end - 1]))
            elif not repeat and pattern.startswith("(?:", i):
                candidates.append(_alternatives_pairs(pattern[i + 3 : end - 1]))
            last = None
        else:
            if all(len(s) > 1 for s in strings):
                candidates.append({s[:2] for s in strings})
            if last is not None:
                candidates.append({a + s[0] for a in last for s in strings})
            last = {s[-1] for s in strings}
        for found in candidates:
            if found and len(found) <= _PAIRS and (best is None or len(found) < len(best)):
                best = found
        i = repeat.end() if repeat else end
    return best


def _plain_escape(after: str) -> bool:
    """Whether the escape ``\\`` + ``after`` is understood: an escaped sign or a class."""
    return len(after) == 1 and (after in META or after in _NOT_LITERAL)


def _literal(pattern: str, i: int, end: int) -> set[str] | None:
    """The strings the element ``pattern[i:end]`` matches when it is literal: a character,
    an escaped sign, a simple class, a group of plain alternatives (``None`` otherwise)."""
    ch = pattern[i]
    if ch == "\\":
        after = pattern[i + 1 : end]
        return {after} if after in META else None
    if ch == "[":
        chars = char_class(pattern[i + 1 : end - 1])
        return None if chars is None or len(chars) > _PAIRS else set(chars)
    if ch == "(":
        body = pattern[i + 1 : end - 1]
        body = body[2:] if body.startswith("?:") else body
        options = body.split("|")
        if any(not o or META.intersection(o) for o in options):
            return None
        return set(options)
    return None if ch in META else {ch}


def slow_start(pattern: str) -> bool:
    """Whether ``pattern`` starts with a lookaround or an optional element (where the
    engine cannot skip ahead to a first character by itself)."""
    if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return True
    end = group_end(pattern, 0) if pattern else -1
    return optional(QUANTIFIER.match(pattern, end) if end > 0 else None)


def mixed_start(pattern: str) -> bool:
    """Whether ``pattern`` has alternatives at its top level, not all starting with a
    character (where the engine cannot skip ahead to a first character by itself)."""
    options = alternatives(pattern)
    return len(options) > 1 and not all(o and o[0] not in META for o in options)


def _alternatives_start(pattern: str) -> tuple[set[str], bool] | None:
    """The first characters of the alternatives of ``pattern`` and whether one of them
    can match the empty string (``None``: not plain to see)."""
    chars: set[str] = set()
    nullable = False
    for alternative in alternatives(pattern):
        found = _sequence_start(alternative)
        if found is None:
            return None
        chars |= found[0]
        nullable = nullable or found[1]
    return chars, nullable


def _sequence_start(pattern: str) -> tuple[set[str], bool] | None:
    """The first characters of ``pattern`` (no top-level ``|``) and whether it can match
    the empty string (``None``: not plain to see)."""
    chars: set[str] = set()
    i = 0
    while i < len(pattern):
        end = group_end(pattern, i)
        if end < 0:
            return None
        element = _element_start(pattern, i, end)
        if element is None:
            return None
        found, nullable = element
        repeat = QUANTIFIER.match(pattern, end)
        if nullable is _AHEAD:  # a match starting here starts with one of ``found``
            if repeat is None or not optional(repeat):
                return chars | found, False
            found, nullable = set(), True  # (an optional lookahead tells nothing)
        if repeat:
            end = repeat.end()
            nullable = nullable or optional(repeat)
        chars |= found
        if not nullable:
            return chars, False
        i = end
    return chars, True


#: what :func:`_element_start` says of a lookahead whose own first characters are plain to
#: see (in place of "can match the empty string"): a match there starts with one of them
_AHEAD: Any = object()


def _element_start(pattern: str, i: int, end: int) -> tuple[set[str], bool] | None:
    """The first characters of the element ``pattern[i:end]`` and whether it can match
    the empty string (``None``: not plain to see)."""
    ch = pattern[i]
    if ch == "(":
        body = pattern[i + 1 : end - 1]
        if body.startswith("?="):  # a lookahead takes no character, but tells the next
            ahead = _alternatives_start(body[2:])
            if ahead is not None and not ahead[1]:
                return ahead[0], _AHEAD
            return set(), True
        if body.startswith(("?!", "?<=", "?<!")):
            return set(), True  # a lookaround takes no character
        if body.startswith("?:"):
            body = body[2:]
        elif body.startswith("?"):
            return None  # a named group, a back reference, a condition, a comment
        return _alternatives_start(body)
    if ch == "[":
        chars = char_class(pattern[i + 1 : end - 1])
        return None if chars is None else (set(chars), False)
    if ch == "\\":
        after = pattern[i + 1 : end]
        if after in META and after:
            return {after}, False
        if after in _ZERO_WIDTH_ESCAPES and after:
            return set(), True
        return None  # \d, \S, \w, \u…: too many characters, or not understood
    if ch in "^$":
        return set(), True
    if ch in META:  # "." and anything unexpected
        return None
    return {ch}, False


def char_class(body: str) -> frozenset[str] | None:
    r"""The characters of a simple class body (``二三2-9``); ``None`` if not simple: a
    negated class, an escape, a nested ``[`` or a reversed range (``9-2``).  The one copy:
    :mod:`custops.complaints._rules` reads its classes with it too.

    >>> sorted(char_class("二三2-4")), char_class("9-2"), char_class("[a")
    (['2', '3', '4', '三', '二'], None, None)
    """
    if not body or body.startswith("^") or "\\" in body or "[" in body:
        return None
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            if body[i] > body[i + 2]:
                return None
            chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            chars.add(body[i])
            i += 1
    return frozenset(chars)


def alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (``a|(b|c)`` → ``a``, ``(b|c)``)."""
    out, start, i = [], 0, 0
    while 0 <= i < len(pattern):
        if pattern[i] == "|":
            out.append(pattern[start:i])
            start = i + 1
        i = group_end(pattern, i)
    return [*out, pattern[start:]]


#: A class as :func:`group_end` reads one (``[^]…]``, ``[^…]``, ``[]…]``, ``[…]``: a ``]``
#: first is in the class; an escape takes the character after it, whatever it is)
_CLASS = r"\[(?:\^\]|\^(?!\])|\]|(?![\]^]))(?:[^\]\\]|\\.)*\]"
#: A group holding no group, as :func:`group_end` reads one: matched in C (the pieces a
#: rule's pattern is read in while the rule set is indexed are mostly such groups)
_FLAT_GROUP = re.compile(rf"(?s)\((?:[^()\[\\]|\\.|{_CLASS})*\)")
_FLAT_CLASS = re.compile(rf"(?s){_CLASS}")


def group_end(pattern: str, i: int) -> int:
    r"""The index after the group, class or (escaped) character at ``pattern[i]`` (``-1``:
    it never closes).

    >>> [group_end(r"(a|[)]\)b)c", i) for i in (0, 1, 3, 6, 9)]
    [10, 2, 6, 8, 10]
    >>> group_end("(a(b", 0), group_end("[ab", 0), group_end("[]a]", 0), group_end("[^]", 0)
    (-1, -1, 4, -1)
    """
    ch = pattern[i]
    if ch == "(" or ch == "[":  # (a group holding none, or a class: in one match, in C)
        flat = (_FLAT_GROUP if ch == "(" else _FLAT_CLASS).match(pattern, i)
        if flat is not None:
            return flat.end()
    if pattern[i] == "[":
        i += 2 if pattern.startswith("[^", i) else 1
        i += pattern.startswith("]", i)
        while i < len(pattern) and pattern[i] != "]":
            i += 2 if pattern[i] == "\\" else 1
        return i + 1 if i < len(pattern) else -1
    if pattern[i] != "(":
        return i + (2 if pattern[i] == "\\" else 1)
    i += 1
    while 0 <= i < len(pattern) and pattern[i] != ")":
        i = group_end(pattern, i)
    return i + 1 if 0 <= i < len(pattern) else -1


class Scopes:
    """The question scopes of one normalised text (see ``_rules.question_scope``):
    from the start of a match's sentence to the end of its clause, closing mark included;
    each frame is searched once per scope.

    >>> scopes = Scopes("好的。想咨询一下,退货要带发票吗?谢谢", frozenset("。?"), frozenset("。,?"))
    >>> scopes.scope(9, 11)
    '想咨询一下,退货要带发票吗?'
    >>> frames = re.compile("吗")
    >>> scopes.framed(frames, 9, 11), scopes.framed(frames, 3, 5)
    (True, False)
    """

    def __init__(
        self, text: str, sentence_breaks: frozenset[str], clause_breaks: frozenset[str]
    ) -> None:
        self.text = text
        self.sentences = _positions(text, sentence_breaks)
        self.clauses = _positions(text, clause_breaks)
        self.seen: dict[tuple[re.Pattern[str], int, int], bool] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The scope of ``text[start:end]`` as ``(low, high)``: ``text[low:high + 1]``."""
        k = bisect.bisect_left(self.sentences, start)
        low = self.sentences[k - 1] + 1 if k else 0
        k = bisect.bisect_left(self.clauses, end)
        high = self.clauses[k] if k < len(self.clauses) else len(self.text)
        return low, high

    def scope(self, start: int, end: int) -> str:
        """The text of the scope of ``text[start:end]``."""
        low, high = self.bounds(start, end)
        return self.text[low : high + 1]

    def framed(self, frames: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``frames`` matches in the scope of ``text[start:end]``."""
        low, high = self.bounds(start, end)
        key = (frames, low, high)
        known = self.seen.get(key)
        if known is None:
            known = self.seen[key] = frames.search(self.text[low : high + 1]) is not None
        return known


def _positions(text: str, chars: frozenset[str]) -> list[int]:
    """The positions in ``text`` of the characters ``chars``, in order."""
    if not chars:
        return []
    pieces = re.split("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", text)
    # each break ends a piece: the position after it is the sum of the pieces so far,
    # each with its break
    return list(map((-1).__add__, accumulate(map((1).__add__, map(len, pieces[:-1])))))
