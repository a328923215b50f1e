"""Plain-text layout for Chinese and mixed text (private): a terminal gives wide and
full-width characters two columns, so ``str.ljust`` misaligns a table with Chinese in it."""

from __future__ import annotations

import unicodedata

from custops._validate import require_type

__all__ = ["display_width", "pad"]

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
