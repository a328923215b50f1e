"""Plain-text layout for Chinese and mixed text (private): a terminal gives wide and
full-width characters two columns, so ``str.ljust`` misaligns a table with Chinese in it."""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from custops._validate import require_type
from custops.i18n import current_language

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
