"""Plain-text layout for Chinese and mixed text (private): a terminal gives wide and
full-width characters two columns, so ``str.ljust`` misaligns a table with Chinese in it."""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from custops._dates import NO_TIME, ONE_MINUTE
from custops._validate import require_type
from custops.i18n import _, current_language

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


def verdict_word(member: Any) -> str:
    """An enumeration member as the head of a result's one-line ``str()``, as
    :class:`~custops.decisions.Explained` shows an ``outcome``: the English key in words
    under ``en_US`` (``points tier``), else the Chinese label (``积分折扣``).

    >>> from custops.vip import Benefit
    >>> verdict_word(Benefit.POINTS_TIER)
    '积分折扣'
    """
    if current_language() == "en_US":
        return str(getattr(member, "value", member)).replace("_", " ")
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


def colon(head: str, tail: str) -> str:
    """Two clauses, ``head: tail``, with the active language's colon (``理由：…``).

    >>> colon("理由", "未指定")
    '理由：未指定'
    """
    return f"{head}: {tail}" if current_language() == "en_US" else f"{head}：{tail}"


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


def span(d: _dt.timedelta, *, working: bool = False) -> str:
    """A duration to the minute, as each language writes it: ``25h30m``, ``0h55m`` in
    English, ``25 小时 30 分钟``, ``55 分钟`` in Chinese; ``working`` says it is counted in
    working time (R-SLA-09; audit finding 5): ``26 working hours``, ``26 工作小时``.

    >>> span(_dt.timedelta(minutes=55)), span(_dt.timedelta(hours=-25, minutes=-30))
    ('55 分钟', '-25 小时 30 分钟')
    >>> span(_dt.timedelta(hours=26), working=True)
    '26 工作小时'
    """
    sign = "-" if d < NO_TIME else ""
    hours, minutes = divmod(abs(d) // ONE_MINUTE, 60)
    if working:
        if not minutes:
            if hours == 1:
                return sign + _("{hours} working hour", hours=hours)
            return sign + _("{hours} working hours", hours=hours)
        if not hours:
            return sign + _("{minutes} working minutes", minutes=minutes)
        return sign + _("{hours} working hours {minutes} min", hours=hours, minutes=minutes)
    if not minutes:
        return sign + _("{hours}h", hours=hours)
    if not hours:
        return sign + _("0h{minutes:0>2}m", minutes=minutes)
    return sign + _("{hours}h{minutes:0>2}m", hours=hours, minutes=minutes)
