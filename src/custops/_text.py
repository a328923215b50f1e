"""Plain-text layout for Chinese and mixed text (private): a terminal gives wide and
full-width characters two columns, so ``str.ljust`` misaligns a table with Chinese in it."""

from __future__ import annotations

import datetime as _dt
import enum
import re
import unicodedata
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import islice
from typing import Any

import attrs

from custops._dates import NO_TIME, ONE_MINUTE
from custops._validate import require_int, require_type
from custops.i18n import _, current_language, key_words, ngettext

__all__: list[str] = []  # private helpers, imported by name

_WIDE = frozenset({"W", "F"})


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters take 2.

    >>> display_width("合计 Total"), display_width("3个工作日")
    (10, 9)
    """
    require_type("text", text, str, "a str")
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if unicodedata.east_asian_width(ch) in _WIDE)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` terminal columns (left-aligned by default).

    >>> pad("24小时", 10) + "|", pad("3个工作日", 10) + "|"
    ('24小时    |', '3个工作日 |')
    >>> pad("12.00", 8, right=True)
    '   12.00'
    """
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def english() -> bool:
    """Whether the active language is English (``en_US``): the one test of it that lays
    out text (:mod:`custops.i18n` keeps its own, below this module).

    >>> english()
    False
    """
    return current_language() == "en_US"


def examples(english_text: str, chinese_text: str) -> str:
    """The examples or choices a refusal's message gives, for its reader: ``english_text``
    under ``en_US``, where a message holds no Chinese but the value it refuses, else
    ``chinese_text`` (the spellings a Chinese reader types as well).

    >>> examples("'3 working days'", "'3个工作日'")
    "'3个工作日'"
    """
    return english_text if english() else chinese_text


def verdict_word(member: Any) -> str:
    """An enumeration member as the head of a result's one-line ``str()``, as
    :class:`~custops.decisions.Explained` shows an ``outcome``: the English key in words
    under ``en_US`` (``points tier``), else the Chinese label (``积分折扣``).

    >>> from custops.vip import Benefit
    >>> verdict_word(Benefit.POINTS_TIER)
    '积分折扣'
    """
    if english():
        return key_words(member) if isinstance(member, enum.Enum) else str(member)
    return str(getattr(member, "label", member))


def block(head: str, rows: Iterable[object]) -> str:
    """``head``, then one indented line per row: the layout of a multi-line ``explain()``
    (a result's line, then its lines, items or evidence).

    >>> print(block("合计", ["一", "二"]))
    合计
      一
      二
    """
    return "\n  ".join([head, *map(str, rows)])


def percent(share: Decimal | Fraction) -> str:
    """A share as a percentage, exact and without trailing zeros: ``Decimal('0.4')`` →
    ``'40%'``, ``Fraction(1, 8)`` → ``'12.5%'``.

    >>> from decimal import Decimal
    >>> percent(Decimal("0.40")), percent(Decimal("0.125")), percent(Fraction(1, 3))
    ('40%', '12.5%', '33.33%')
    """
    if isinstance(share, Fraction):  # a repeating decimal: two places, half up
        share = (Decimal(share.numerator) / Decimal(share.denominator)).quantize(
            Decimal("0.0001"), ROUND_HALF_UP
        )
    return f"{(share * 100).normalize():f}%"


def amount_text(amount: Decimal, *, signed: bool = False) -> str:
    """An amount of money as a notice or a till prints it: thousands grouped, two places
    (``1,000,000.00``); ``signed`` writes ``+`` before a positive amount; zero is ``0.00``,
    never ``-0.00`` nor ``+0.00``.

    >>> from decimal import Decimal
    >>> amount_text(Decimal("36000")), amount_text(Decimal("-1200"), signed=True)
    ('36,000.00', '-1,200.00')
    >>> amount_text(Decimal("350.5"), signed=True), amount_text(Decimal("-0"), signed=True)
    ('+350.50', '0.00')
    """
    if amount.is_zero():
        return f"{abs(amount):,.2f}"
    return f"{amount:{'+' if signed else ''},.2f}"


#: The marks a head may bring instead of the colon: a translated label (``理由：``,
#: ``reason:``), a question (``可以知悉吗？``), a dash (``card: valid —``).
_OWN_MARKS = frozenset(":：?？—")
#: Full-width marks take their own space: no blank follows them.
_WIDE_MARKS = frozenset("：？")


def colon(head: str, tail: object) -> str:
    """``head: tail``, a label then what it labels, with the active language's colon
    (``理由：未指定``, ``reason: none given``).  A head that ends in a mark of its own (a
    translated ``理由：``, a question ``……可以知悉吗？``, ``card: valid —``) keeps it, and a
    blank follows unless the mark is full-width.  ``tail`` is already worded: a sentence is
    never a field of ``_()`` (in English a field holding Chinese is quoted whole).

    >>> colon("理由", "未指定"), colon("理由：", "未指定"), colon("可以知悉吗？", "允许")
    ('理由：未指定', '理由：未指定', '可以知悉吗？允许')
    >>> colon("reason:", "none given"), colon("card: valid —", "ok")
    ('reason: none given', 'card: valid — ok')
    """
    mark = head[-1:]
    if mark in _OWN_MARKS:
        return f"{head}{'' if mark in _WIDE_MARKS else ' '}{tail}"
    return f"{head}: {tail}" if english() else f"{head}：{tail}"


def word_list(items: Iterable[object], *, either: bool = False) -> str:
    """Words as a list in the active language: ``a, b, c`` in English, ``a、b、c`` in
    Chinese, as ``_()`` joins a collection field (:mod:`custops.i18n`, which this module
    imports, writes that join itself); ``either`` lists alternatives, ``a/b`` and ``a或b``.
    Clauses are :func:`joined`.

    >>> word_list(["投诉", "建议"]), word_list(()), word_list(["电话", "邮件"], either=True)
    ('投诉、建议', '', '电话或邮件')
    """
    if either:
        return ("/" if english() else "或").join(map(str, items))
    return (", " if english() else "、").join(map(str, items))


def joined(parts: Iterable[str], *, strong: bool = False) -> str:
    """Parts of one sentence, joined as the active language writes them: ``，`` / ``, ``,
    or ``；`` / ``; `` when ``strong`` (clauses: the core catalogue's ``"; "``, which no
    other area translates): the one home of a separator that follows the language.

    >>> joined(["超时", "未答复"]), joined(["超时", "未答复"], strong=True)
    ('超时，未答复', '超时；未答复')
    """
    if strong:
        return _("; ").join(parts)
    return (", " if english() else "，").join(parts)


def aside(head: str, notes: Iterable[str]) -> str:
    """``head`` with its notes in brackets: ``safety ("拉肚子"; 2 earlier complaints)`` in
    English, ``人身安全（「拉肚子」，此前投诉 2 次）`` in Chinese (a note may be a list of
    words, so English separates the notes with ``;``).

    >>> aside("人身安全", ["「拉肚子」", "此前投诉 2 次"])
    '人身安全（「拉肚子」，此前投诉 2 次）'
    """
    if english():
        return f"{head} ({'; '.join(notes)})"
    return f"{head}（{'，'.join(notes)}）"


class Term:
    """A seed's term for a sentence's field: in Chinese ``chinese`` (its ``str()``), in
    English ``english_words``, written as given — the English words first, the Chinese after
    them in brackets where a Chinese colleague searches for it (house style, docs/i18n.md),
    so ``_()`` neither quotes it whole nor names it by its label alone.

    >>> from custops.i18n import language
    >>> clause = Term("第五条(二)", 'article 5, item 2 ("第五条(二)")')
    >>> _("{clause}: independent fixed premises", clause=clause)
    '第五条(二)：有独立的固定经营场所'
    >>> with language("en_US"):
    ...     _("{clause}: independent fixed premises", clause=clause)
    'article 5, item 2 ("第五条(二)"): independent fixed premises'
    """

    __slots__ = ("chinese", "english_words")

    def __init__(self, chinese: str, english_words: str) -> None:
        self.chinese = chinese
        self.english_words = english_words

    def __str__(self) -> str:
        return self.chinese

    def __repr__(self) -> str:
        return f"Term({self.chinese!r}, {self.english_words!r})"


def labelled_key(member: Any) -> str:
    """An enumeration member as a refusal names it: its words in the active language, then
    its key (``部门经理 (department_manager)``, in English ``department manager
    (department_manager)``); the key alone where the words are the key — an English message
    holds no Chinese but the value refused.

    >>> from custops.complaints import Role
    >>> from custops.i18n import language
    >>> labelled_key(Role.DEPARTMENT_MANAGER)
    '部门经理 (department_manager)'
    >>> with language("en_US"):
    ...     labelled_key(Role.DEPARTMENT_MANAGER), labelled_key(Role.GENERAL_MANAGER)
    ('department manager (department_manager)', 'general manager (general_manager)')
    """
    words, key = member.words, member.value
    return key if words == key else f"{words} ({key})"


def quote_word(word: str) -> str:
    """A word quoted for the active language: ``"太慢"`` in English, ``「太慢」`` in
    Chinese (a quotation mark of the same kind inside becomes the other kind, a line break
    a space: a reason stays one line).

    >>> quote_word("太慢"), quote_word("「凉了」"), quote_word("好\\n好")
    ('「太慢」', '「“凉了”」', '「好 好」')
    """
    return (_quote_english if english() else _quote_chinese)(word)


def one_line(text: str) -> str:
    """``text`` with each line break and other control character (a tab) a space: a reason
    or a described event stays one line, whatever a customer's or a handler's text holds.

    >>> one_line("活动\\n已结束"), one_line("ok"), one_line("a\\tb")
    ('活动 已结束', 'ok', 'a b')
    """
    return text if text.isprintable() else text.translate(_LINE_BREAKS)


def _quote_english(word: str) -> str:
    if not word.isprintable():  # a reason is one line: a line break quoted is a space
        word = word.translate(_LINE_BREAKS)
    return '"' + word.replace('"', "'") + '"'


def _quote_chinese(word: str) -> str:
    if not word.isprintable():
        word = word.translate(_LINE_BREAKS)
    return "「" + word.replace("「", "“").replace("」", "”") + "」"


#: What ``str.splitlines`` splits at and every other control character (a tab, a NUL), each
#: quoted as a space: a quoted word never breaks the one line of a reason, nor brings a
#: character a reason refuses (a tab between the letters of a word the learned layer
#: cites); the evidence keeps the text as it is
_LINE_BREAKS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0), *map(ord, "\u2028\u2029")], " ")


#: Customer words quoted in a reason, at most (the rest of a long letter's is not read).
QUOTED_WORDS = 4


#: The characters of a customer's word that a one-line text quotes: a longer run is cut
QUOTED_CHARS = 20


def clipped(word: str, chars: int = QUOTED_CHARS) -> str:
    """``word``, or its first ``chars`` characters and ``…`` when it is longer: a reason
    quotes a customer's words on one line, however long a run they repeat (the evidence
    keeps the run whole).

    >>> clipped("谢谢" * 20), clipped("太慢")
    ('谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢谢…', '太慢')
    """
    return word if len(word) <= chars else word[:chars] + "…"


def first_distinct(words: Iterable[str], limit: int) -> list[str]:
    """The first ``limit`` distinct non-blank ``words``, in the order first read, read a
    piece at a time in C (each piece twice the last, up to 4,096 words): a long letter's
    words are a long iterator, and the same word half a million times costs little.

    >>> first_distinct(iter(["太慢", " ", "太慢", "凉了", "贵"]), 2)
    ['太慢', '凉了']
    """
    if type(words) is list and len(words) <= 8 and limit >= 1:  # (a few: read at once)
        return list(dict.fromkeys(filter(str.strip, words)))[:limit]
    distinct: dict[str, None] = {}
    chosen = filter(str.strip, words)
    size = 8
    while len(distinct) < limit:
        piece = dict.fromkeys(islice(chosen, size))
        if not piece:
            break
        distinct.update(piece)
        size = min(2 * size, 4096)
    return list(distinct)[:limit]


def quoted_words(words: Iterable[str], *, limit: int | None = QUOTED_WORDS) -> str:
    """The first ``limit`` distinct non-blank ``words`` (every one when ``None``), each
    quoted (:func:`quote_word`), as a :func:`word_list`: ``「太慢」、「凉了」`` in Chinese,
    ``"太慢", "凉了"`` in English.

    >>> quoted_words(["太慢", "凉了", "太慢", " "])
    '「太慢」、「凉了」'
    """
    if limit is None or limit < 1:
        items = list(dict.fromkeys(filter(str.strip, words)))[:limit]
    else:
        items = first_distinct(words, limit)
    return quoted_list(items)


def quoted_list(words: Iterable[str]) -> str:
    """``words``, each quoted, as a :func:`word_list`: ``word_list(map(quote_word, words))``,
    the language looked up once.

    >>> quoted_list(["太慢", "凉了"])
    '「太慢」、「凉了」'
    """
    if english():
        return ", ".join(map(_quote_english, words))
    return "、".join(map(_quote_chinese, words))


def ratio(share: Fraction) -> str:
    """A fraction as ``numerator/denominator`` (``2/3``), in text and in documents.

    >>> ratio(Fraction(2, 3))
    '2/3'
    """
    return f"{share.numerator}/{share.denominator}"


def moment_text(value: _dt.datetime | _dt.date) -> str:
    """A moment as reasons and refusals show it: an instant to the minute with its offset
    (``2025-10-09 09:00+08:00``), a day as ``2025-10-09``.

    >>> from zoneinfo import ZoneInfo
    >>> moment_text(_dt.datetime(2025, 10, 9, 9, 0, 30, tzinfo=ZoneInfo("Asia/Shanghai")))
    '2025-10-09 09:00+08:00'
    >>> moment_text(_dt.date(2025, 10, 9))
    '2025-10-09'
    """
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def month_text(day: _dt.date) -> str:
    """A calendar month as reasons and labels show it: ``2025-10`` (the first seven
    characters of the day's ISO form, the year with four digits).

    >>> month_text(_dt.date(2025, 10, 9)), month_text(_dt.date(5, 1, 31))
    ('2025-10', '0005-01')
    """
    return f"{day.year:04d}-{day.month:02d}"


def span(d: _dt.timedelta, *, working: bool = False) -> str:
    """A duration to the minute, as each language writes it: ``25h30m``, ``0h55m`` in
    English, ``25 小时 30 分钟``, ``55 分钟`` in Chinese; ``working`` says it is counted in
    working time (R-SLA-09): ``26 working hours``, ``26 工作小时``.

    >>> span(_dt.timedelta(minutes=55)), span(_dt.timedelta(hours=-25, minutes=-30))
    ('55 分钟', '-25 小时 30 分钟')
    >>> span(_dt.timedelta(hours=26), working=True)
    '26 工作小时'
    """
    sign = "-" if d < NO_TIME else ""
    hours, minutes = divmod(abs(d) // ONE_MINUTE, 60)
    if working:
        if not minutes:
            return sign + ngettext(
                "{hours} working hour", "{hours} working hours", hours, hours=hours
            )
        if not hours:
            return sign + ngettext(
                "{minutes} working minute", "{minutes} working minutes", minutes, minutes=minutes
            )
        return sign + ngettext(
            "{hours} working hour {minutes} min",
            "{hours} working hours {minutes} min",
            hours,
            hours=hours,
            minutes=minutes,
        )
    if not minutes:
        return sign + _("{hours}h", hours=hours)
    if not hours:
        return sign + _("0h{minutes:0>2}m", minutes=minutes)
    return sign + _("{hours}h{minutes:0>2}m", hours=hours, minutes=minutes)


#: The digits as :meth:`Period.parse <custops.periods.Period.parse>` reads them, the first
#: spelling of each value (零 … 九; it also reads 〇 and 两), and the places of four digits.
_CN_DIGITS = "零一二三四五六七八九"
_CN_PLACES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


#: The largest number :func:`numeral_text` writes (九千九百九十九万九千九百九十九).
MAX_NUMERAL = 99_999_999


def numeral_text(number: int, *, argument: str = "number") -> str:
    """``number`` (0 … 99,999,999) in Chinese numerals, the one writer of them (an item of
    the seed, ``第五条(三)``; a count :meth:`Period.parse <custops.periods.Period.parse>`
    reads back; ``custops.testing.chinese_numeral``): zeros between digits read as one 零,
    a leading 一十 is 十 (十一, 十五) — leading only: after a 零 it stays 一十 (七万零一十).
    ``argument`` names the number in error messages, as the caller wrote it.

    >>> [numeral_text(n) for n in (0, 3, 10, 11, 15, 24, 105, 1010, 20000, 100005)]
    ['零', '三', '十', '十一', '十五', '二十四', '一百零五', '一千零一十', '二万', '十万零五']
    >>> numeral_text(70010), numeral_text(100015)
    ('七万零一十', '十万零一十五')
    """
    number = require_int(argument, number, low=0, high=MAX_NUMERAL)
    if number == 0:
        return _CN_DIGITS[0]
    high, low = divmod(number, 10_000)
    if not high:
        return _below_10000(low)
    text = _below_10000(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _below_10000(low, leading=False)
    return text


def _below_10000(number: int, *, leading: bool = True) -> str:
    """1 … 9999 in Chinese numerals (:func:`numeral_text`); a ``leading`` 一十 is 十."""
    places = [(number // power % 10, place) for power, place in _CN_PLACES]
    text = "".join(_CN_DIGITS[digit] + place if digit else "零" for digit, place in places)
    text = re.sub("零+", "零", text).strip("零")
    return text[1:] if leading and text.startswith("一十") else text


#: The names a :func:`count_repr` shows before ``…``
REPR_NAMES = 3


def count_repr(items: Iterable[object]) -> str:
    """A bulky collection in its holder's repr: how many items of which class, and the
    first :data:`REPR_NAMES` names (an item's ``name``, ``id`` or ``phrase``; an enum
    member's key; the first of a pair): a rule set of hundreds of patterns is one line
    in a log, not a page.

    >>> count_repr(("太慢", "凉了", "贵", "脏"))
    "<4 str: '太慢', '凉了', '贵', …>"
    >>> count_repr(())
    '<0 items>'
    """
    shown = list(items)
    if not shown:
        return "<0 items>"
    kinds = sorted({_item_kind(item) for item in shown})
    names = [_item_name(item) for item in shown[: REPR_NAMES + 1]]
    more = ", …" if len(shown) > REPR_NAMES else ""
    return f"<{len(shown)} {'/'.join(kinds)}: {', '.join(names[:REPR_NAMES])}{more}>"


#: The items a :func:`table_repr` shows in full before it counts them instead
REPR_TABLE_ITEMS = 8


def table_repr(items: Iterable[object]) -> str:
    """A desk's own table (its own names, each with the member it maps to) in its holder's
    repr: in full while it is short (up to :data:`REPR_TABLE_ITEMS` items: the names a
    log should show), else by :func:`count_repr`.

    >>> table_repr((("紧急", 1),)), table_repr(tuple((str(i), i) for i in range(9)))
    ("(('紧急', 1),)", "<9 str→int: '0', '1', '2', …>")
    """
    shown = tuple(items)
    return repr(shown) if len(shown) <= REPR_TABLE_ITEMS else count_repr(shown)


def _item_kind(item: object) -> str:
    if isinstance(item, tuple) and len(item) == 2:  # a mapping's pair: key → value
        return "→".join(type(part).__name__ for part in item)
    return type(item).__name__


def _item_name(item: object) -> str:
    if isinstance(item, tuple) and item:
        return _item_name(item[0])
    if isinstance(item, enum.Enum):
        return str(item.value)
    for attribute in ("name", "id", "phrase"):
        name = getattr(item, attribute, None)
        if isinstance(name, str):
            return repr(name)
    return repr(item)


def policy_repr(policy: Any) -> str:
    """A policy held by another policy, in its holder's repr: its class and the fields it
    is given, by name: a field without a default always, any other only where it differs
    from the default the class builds (``SecrecyPolicy()`` for the seed's), a collection
    of more than :data:`REPR_NAMES` items or of attrs values by :func:`count_repr`, a
    nested policy by this function, a field of a short repr (``repr=callable``) by its own.

    >>> from custops.secrecy import SecrecyPolicy
    >>> policy_repr(SecrecyPolicy())
    'SecrecyPolicy()'
    """
    fields = [field for field in attrs.fields(type(policy)) if field.init]
    given = {
        field.alias: getattr(policy, field.name)
        for field in fields
        if field.default is attrs.NOTHING
    }
    baseline = type(policy)(**given)
    parts = []
    for field in fields:
        value = getattr(policy, field.name)
        if not field.repr or (
            field.default is not attrs.NOTHING and value == getattr(baseline, field.name)
        ):
            continue
        if callable(field.repr):
            shown = field.repr(value)
        elif attrs.has(type(value)) and type(value).__name__.endswith("Policy"):
            shown = policy_repr(value)
        elif isinstance(value, (tuple, frozenset)) and (
            len(value) > REPR_NAMES or any(attrs.has(type(item)) for item in value)
        ):
            shown = count_repr(value)
        else:
            shown = repr(value)
        parts.append(f"{field.alias}={shown}")
    return f"{type(policy).__name__}({', '.join(parts)})"
