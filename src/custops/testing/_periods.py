"""Strategies for :mod:`custops.periods`: periods and the texts that spell them, written
from the vocabulary :meth:`Period.parse <custops.periods.Period.parse>` itself reads."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Final, TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops import periods as _parser  # its vocabulary: the words Period.parse reads
from custops._text import MAX_NUMERAL, numeral_text
from custops._validate import optional_check, require_int
from custops.periods import MAX_COUNT, Period, Unit
from custops.testing._checks import members

T = TypeVar("T")

#: The largest count :func:`periods` gives per unit unless ``max_count`` says otherwise:
#: the lengths customer-service periods really have (the seed's longest is 二年).
REALISTIC_MAX: Final = {
    Unit.MINUTES: 600,
    Unit.HOURS: 240,
    Unit.DAYS: 400,
    Unit.WEEKS: 60,
    Unit.MONTHS: 36,
    Unit.YEARS: 5,
    Unit.WORKDAYS: 60,
    Unit.WORKING_HOURS: 200,
}


def periods(
    units: Iterable[Unit | str] | None = None, *, min_count: int = 0, max_count: int | None = None
) -> SearchStrategy[Period]:
    """Valid :class:`~custops.periods.Period` values of ``units`` (all eight by default), from
    ``min_count`` to ``max_count`` (default :data:`REALISTIC_MAX`, so that a deadline
    counted from one stays inside the calendar's years)."""
    chosen = tuple(Unit) if units is None else members("units", units, Unit)
    lo = require_int("min_count", min_count, low=0, high=MAX_COUNT)
    max_count = optional_check(functools.partial(require_int, low=lo, high=MAX_COUNT))(
        "max_count", max_count
    )

    def of(unit: Unit) -> SearchStrategy[Period]:
        hi = max_count if max_count is not None else max(lo, REALISTIC_MAX[unit])
        return st.integers(lo, hi).map(lambda n: Period(n, unit))

    return st.one_of([of(unit) for unit in chosen])


def chinese_numeral(count: int) -> str:
    """``count`` (0 … 99,999,999) in Chinese numerals, as :meth:`Period.parse` reads them:
    the library's own writer (``custops._text.numeral_text``), for tests that spell counts.
    A count outside that range is refused naming ``count``.

    >>> [chinese_numeral(n) for n in (0, 3, 10, 15, 24, 105, 1010, 20000, 100005)]
    ['零', '三', '十', '十五', '二十四', '一百零五', '一千零一十', '二万', '十万零五']
    """
    return numeral_text(count, argument="count")


def _words_of(table: Mapping[str, T]) -> dict[T, tuple[str, ...]]:
    """The words of ``table`` (word → meaning) for each meaning, in the table's order."""
    words: dict[T, list[str]] = {}
    for word, meaning in table.items():
        words.setdefault(meaning, []).append(word)
    return {meaning: tuple(found) for meaning, found in words.items()}


# Period.parse's own vocabulary: the unit words after a number (a bare 月 names a month,
# so months take 个), the English unit words and number words, the special phrases.
_ZH_WORDS: Final = _words_of(_parser.ZH_UNITS)
_EN_WORDS: Final = _words_of(_parser.EN_UNITS)
_EN_NUMBER_WORDS: Final = _words_of(_parser.EN_NUMBERS)
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _spellings(period: Period) -> tuple[str, ...]:
    """Every way custops.testing writes ``period``; the canonical ``str`` first."""
    n, unit = period.count, period.unit
    forms = [str(period)]
    numbers = [str(n), str(n).translate(_FULL_WIDTH)]
    if n <= MAX_NUMERAL:  # Chinese numerals are written up to 99,999,999 (亿 is not read)
        numbers.insert(1, chinese_numeral(n))
    if n == 2:
        numbers.append("两")
    for number in numbers:
        for word in _ZH_WORDS.get(unit, ()):
            cores = [number + word, number + "个" + word] if word != "月" else [number + "个月"]
            for core in cores:
                forms += [core, core + "内", core + "以内", "在" + core + "内"]
    forms += [f"{n}個{word}" for word in _ZH_WORDS.get(unit, ())]
    for word in _EN_WORDS.get(unit, ()):
        forms += [f"{n} {word}", f"within {n} {word}", f"{n} {word}".upper()]
        forms += [f"{number} {word}" for number in _EN_NUMBER_WORDS.get(n, ())]
    forms += sorted(text for text, p in _parser.SPECIAL_PERIODS.items() if p == period)
    if unit is Unit.MINUTES and n >= 90 and n % 60 == 30:
        forms += [f"{chinese_numeral(n // 60)}个半小时", f"{n // 60}个半小时"]
    if unit is Unit.MONTHS and n >= 18 and n % 12 == 6:
        forms.append(f"{chinese_numeral(n // 12)}年半")
    return tuple(dict.fromkeys(forms))


@st.composite
def _spelled(draw: st.DrawFn, base: SearchStrategy[Period]) -> tuple[Period, str]:
    period = draw(base)
    return period, draw(st.sampled_from(_spellings(period)))


def spelled_periods(
    units: Iterable[Unit | str] | None = None, *, max_count: int | None = None
) -> SearchStrategy[tuple[Period, str]]:
    """Pairs ``(period, text)`` where ``Period.parse(text) == period``, the text written as the
    seed and the office write it: ``三个工作日内``, ``两周``, ``２４小时``, 個, ``within 24 hours``,
    半年, 一个半小时, 当天 … It shrinks to the canonical form (``3个工作日``).  A count above
    99,999,999 (``max_count`` may reach :data:`~custops.periods.MAX_COUNT`) is spelled in
    digits only: Chinese numerals are written up to 九千九百九十九万九千九百九十九.
    """
    return _spelled(periods(units, max_count=max_count))


def period_texts(
    units: Iterable[Unit | str] | None = None, *, max_count: int | None = None
) -> SearchStrategy[str]:
    """Strings :meth:`Period.parse` accepts (the texts of :func:`spelled_periods`)."""
    return spelled_periods(units, max_count=max_count).map(lambda pair: pair[1])
