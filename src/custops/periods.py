"""Periods such as ``"3个工作日"``, ``"24小时"``, ``"半年"`` and the deadlines they give.

A :class:`Period` is a count and a :class:`Unit`, read by :meth:`Period.parse` from the
seed's words (R-SLA-01 … R-SLA-25); :func:`deadline` counts it from a start as the PRC
Civil Code, arts. 200–204, does (docs/rules.md; docs/periods.md has the table of rules).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> start = datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
>>> deadline(start, "3个工作日")          # Sat 2025-10-11 is a make-up working day (调休)
datetime.datetime(2025, 10, 11, 18, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, NamedTuple, overload

import attrs
from dateutil.relativedelta import relativedelta

from custops._dates import MIDNIGHT, ONE_DAY, ONE_MINUTE, UTC, add_months, month_end
from custops._enums import enum_field, fold, parse_member
from custops._text import english, examples, moment_text, month_text
from custops._validate import (
    a_type_name,
    argument_name,
    field_converter,
    fitted_call,
    in_date_range,
    range_error,
    require_aware,
    require_bool,
    require_date,
    require_int,
    require_type,
    utc,
)
from custops.calendars import (
    Roll,
    WorkCalendar,
    asking_provisional,
    calendar_or_china,
    day_fields,
)
from custops.decisions import (
    W_,
    Explained,
    Wording,
    check_said,
    kept_wording,
    worded_joined,
    worded_term,
)
from custops.enums import LabelledEnum, in_english
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.i18n import N_, _, language

__all__ = [
    "CIVIL_CODE_RULE",
    "MAX_COUNT",
    "WORKING_TIME_RULE",
    "Convention",
    "Cutoff",
    "Deadline",
    "Period",
    "TimedDeadline",
    "Unit",
    "deadline",
    "due_date",
    "due_in_month",
    "provisional",
    "window_start",
]

#: The largest count a :class:`Period` holds (nine digits).  A period that reaches past
#: the limits of ``datetime`` from its start is refused naming ``period``, as given.
MAX_COUNT = 999_999_999
if TYPE_CHECKING:

    def _COUNT(value: int) -> int: ...  # noqa: N802

else:
    _COUNT = field_converter(partial(require_int, low=0, high=MAX_COUNT), takes="int")


# --------------------------------------------------------------------------- units


@in_english(WORKDAYS="working days")
class Unit(LabelledEnum):
    """The unit of a :class:`Period`: a stable key, a Chinese ``label``, English words
    (``working days`` for ``workdays``).

    >>> Unit.parse("fortnights")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: text: is not a known Unit; one of: ... (got 'fortnights')
    """

    MINUTES = ("minutes", "分钟")
    HOURS = ("hours", "小时")
    DAYS = ("days", "天")
    WEEKS = ("weeks", "周")
    MONTHS = ("months", "月")
    YEARS = ("years", "年")
    WORKDAYS = ("workdays", "工作日")
    WORKING_HOURS = ("working_hours", "工作小时")

    @property
    def is_day_level(self) -> bool:
        """Whether the unit counts whole days (days, weeks, months, years, working days)."""
        return self in _DAY_LEVEL

    @property
    def is_time_level(self) -> bool:
        """Whether the unit counts time from the exact moment (minutes, hours, working hours)."""
        return not self.is_day_level

    @property
    def is_wall_clock(self) -> bool:
        """Whether the unit counts wall-clock time from the exact moment (minutes, hours:
        Civil Code art. 201 ¶2), not working time or days.

        >>> Unit.HOURS.is_wall_clock, Unit.WORKING_HOURS.is_wall_clock, Unit.DAYS.is_wall_clock
        (True, False, False)
        """
        return self is Unit.MINUTES or self is Unit.HOURS

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Unit:
        """The unit named by ``text``: the Chinese label, the English name or a common variant.

        >>> Unit.parse("小时"), Unit.parse("Working_Hours"), Unit.parse("个月")
        (<Unit.HOURS: 'hours'>, <Unit.WORKING_HOURS: 'working_hours'>, <Unit.MONTHS: 'months'>)
        """
        return parse_member(cls, text, argument=argument, aliases=_UNIT_ALIASES)


_DAY_LEVEL = frozenset({Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS, Unit.WORKDAYS})


class Cutoff(LabelledEnum):
    """When the last day of a day-level period ends (Civil Code art. 203 ¶2): at its close
    of business (停止业务活动的时间, the default) or at 24:00 (二十四时).

    >>> Cutoff.parse("midnight"), str(Cutoff.CLOSE_OF_BUSINESS)
    (<Cutoff.MIDNIGHT: 'midnight'>, '营业结束')
    """

    CLOSE_OF_BUSINESS = ("close_of_business", "营业结束", "停止业务活动的时间", "close", "cob")
    MIDNIGHT = ("midnight", "二十四时", "24:00", "24时", "午夜")


class Convention(LabelledEnum):
    """How working days are counted: as whole days under the Civil Code (the default,
    R-PER-01), or as a budget of business time (``working_time``, Jira/Zendesk, R-PER-02).

    >>> Convention.parse("工作时间"), str(Convention.CIVIL_CODE)
    (<Convention.WORKING_TIME: 'working_time'>, '民法典')
    """

    CIVIL_CODE = ("civil_code", "民法典", "civil code", "整日")
    WORKING_TIME = ("working_time", "工作时间", "business time", "营业时间")


# One unit as a calendar offset and as a fixed length; the keys are the units that have one.
_OFFSETS: dict[Unit, Callable[[int], relativedelta]] = {
    Unit.MINUTES: lambda n: relativedelta(minutes=n),
    Unit.HOURS: lambda n: relativedelta(hours=n),
    Unit.DAYS: lambda n: relativedelta(days=n),
    Unit.WEEKS: lambda n: relativedelta(days=7 * n),
    Unit.MONTHS: lambda n: relativedelta(months=n),
    Unit.YEARS: lambda n: relativedelta(years=n),
}
_LENGTHS = {
    u: _dt.timedelta(**{u.value: 1}) for u in (Unit.MINUTES, Unit.HOURS, Unit.DAYS, Unit.WEEKS)
}
_LENGTHS[Unit.WORKING_HOURS] = _LENGTHS[Unit.HOURS]

# How str() writes each unit after the count: "24小时", "6个月", "3个工作日".
_CANONICAL = {unit: unit.label for unit in Unit} | {
    unit: f"个{unit.label}" for unit in (Unit.MONTHS, Unit.WORKDAYS, Unit.WORKING_HOURS)
}

# Chinese unit words as they follow a number (个 is handled separately): labels and variants.
ZH_UNITS = {unit.label: unit for unit in Unit} | {
    "钟头": Unit.HOURS,
    "日": Unit.DAYS,
    "星期": Unit.WEEKS,
    "礼拜": Unit.WEEKS,
    "工作天": Unit.WORKDAYS,
    "自然日": Unit.DAYS,  # 3个自然日: calendar days, as 3天 (F16)
    "日历日": Unit.DAYS,
    "日历天": Unit.DAYS,
}

# English unit words (after lower-casing; "_" and "-" read as spaces), each also plural.
EN_UNITS = {
    f"{word}{plural}": unit
    for unit, words in (
        (Unit.MINUTES, ("minute", "min")),
        (Unit.HOURS, ("hour", "hr")),
        (Unit.DAYS, ("day", "calendar day")),
        (Unit.WEEKS, ("week", "wk")),
        (Unit.MONTHS, ("month", "mo")),
        (Unit.YEARS, ("year", "yr")),
        (Unit.WORKDAYS, ("workday", "work day", "working day", "business day")),
        (Unit.WORKING_HOURS, ("working hour", "work hour", "business hour")),
    )
    for word in words
    for plural in ("", "s")
} | {"h": Unit.HOURS, "d": Unit.DAYS, "w": Unit.WEEKS, "y": Unit.YEARS}

# Unit.parse's aliases: the unit words, also after 个 (traditional 個): "个月", "個工作日".
_UNIT_ALIASES: dict[str, str] = {
    **{f"{ge}{word}": unit.name for word, unit in ZH_UNITS.items() for ge in ("", "个", "個")},
    **{word: unit.name for word, unit in EN_UNITS.items()},
}


# --------------------------------------------------------------------------- numbers

CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_CHARS = "".join(CN_DIGITS) + "".join(_CN_SMALL) + "万"

_EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_NUMBERS = {word: n for n, word in enumerate(_EN_DIGITS)} | {
    "a": 1,
    "an": 1,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty four": 24,
    "thirty": 30,
    "forty eight": 48,
    "seventy two": 72,
}


def _chinese_int(text: str) -> int | None:
    """The value of a Chinese numeral (一, 十五, 二十四, 一百零五, 两万); None if malformed."""
    high, wan, low = text.partition("万")
    if not wan:
        return _below_10k(text)
    top, rest = _below_10k(high), _below_10k(low)
    return None if not top or rest is None else top * 10_000 + rest


def _below_10k(text: str) -> int | None:
    """A numeral without 万: digits each followed by a smaller unit, 零 for a gap."""
    value, digit, zero, last_unit = 0, None, False, 10_000
    for char in text:
        if char in CN_DIGITS:
            if digit is not None and not zero:
                return None  # two digits in a row: "二四"
            digit = CN_DIGITS[char]
            zero = digit == 0
        elif char in _CN_SMALL:
            unit = _CN_SMALL[char]
            if zero or unit >= last_unit or (digit is None and unit != 10):
                return None  # "零十", "十百", "百" alone ("十五" is 15)
            value += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    return value + (digit or 0)


def _arabic_int(text: str) -> int | None:
    significant = text.lstrip("0") or "0"
    if len(significant) > len(str(MAX_COUNT)):
        return MAX_COUNT + 1  # too long: refused with its own message
    return int(significant)


# --------------------------------------------------------------------------- parsing

# 内/以内 (within) and 后/之后/以后 (after: "四个月后退还", D8 第十一条(五)) end the same day.
_AFFIXES_ZH = re.compile(r"^(?:在|于)?(?P<core>.*?)(?:以内|之内|内|之后|以后|后)?$")

_ZH_PERIOD = re.compile(
    r"(?P<num>[0-9]+|["
    + _CN_CHARS
    + r"]+)(?P<ge>个)?(?P<unit>"
    + "|".join(sorted(ZH_UNITS, key=len, reverse=True))
    + r")"
)
# N个季度 (a quarter is 3 months): 一季度, 两个季度, 1季度.
_ZH_QUARTERS = re.compile(r"(?P<num>[0-9]+|[" + _CN_CHARS + r"]+)个?季度")
_ZH_HALF = re.compile(
    r"(?P<num>[0-9]+|[" + _CN_CHARS + r"]+)(?:个半(?:小时|钟头)|(?:小时|钟头)半|(?P<year>年半))"
)
# "within 5 days", "in 5 days", "after 5 days", "5 days later", "5 days from now", "in 5
# days' time": all end when 5 days have passed, as 5天内 and 5天后 do.
_EN_BEFORE = r"(?:(?:within|in|after) )?"
_EN_AFTER = r"(?:(?:['’]s?)? time)?(?: (?:later|from now))?"
_EN_PERIOD = re.compile(
    _EN_BEFORE
    + r"(?P<num>[0-9]+|"
    + "|".join(sorted(EN_NUMBERS, key=len, reverse=True))
    + r") ?(?P<unit>"
    + "|".join(sorted(EN_UNITS, key=len, reverse=True))
    + r")"
    + _EN_AFTER
)
_EN_AFFIXES = re.compile(_EN_BEFORE + r"(?P<core>.*?)" + _EN_AFTER)


# Words that are a period without a number.  Half a year is 6 months (docs/rules.md); 当天
# is 0 days ("on the day", R-SLA-04, R-SLA-21), 次日 1 day (R-SLA-21); a quarter is 3 months;
# 每 + a unit is the interval of a recurring duty ("每季度…对客户档案进行填充", D2;
# "每月汇总一次", D7): one unit.
_SPECIAL_WORDS: tuple[tuple[int, Unit, tuple[str, ...]], ...] = (
    (6, Unit.MONTHS, ("半年", "半个年", "half a year", "half year", "a half year")),
    (30, Unit.MINUTES, ("半小时", "半个小时", "半个钟头", "half an hour", "half hour")),
    (0, Unit.DAYS, ("当天", "当日", "same day")),
    (1, Unit.DAYS, ("次日", "第二天", "next day", "每天", "每日")),
    (3, Unit.MONTHS, ("季度", "一个季度", "每季度", "每个季度", "quarter", "a quarter")),
    (1, Unit.MONTHS, ("每月", "每个月")),
    (1, Unit.WEEKS, ("每周", "每星期", "每个星期")),
    (1, Unit.YEARS, ("每年",)),
)


def _parse(text: str, argument: str, *, inside: bool = False) -> Period:
    """The period ``text`` spells (``inside``: a part of a text refused, read to say why,
    whose own refusal says only that it is no period)."""
    require_type(argument, text, str, f"a str such as {examples(*_EXAMPLE)}")
    if unicodedata.normalize("NFKC", text).strip().startswith(("-", "−", "负")):
        raise InvalidInput.for_argument(argument, text, "a period cannot be negative")
    if len(text) > 200:
        raise InvalidInput.for_argument(argument, text[:40] + "…", "is too long to be a period")
    # NFKC, lower case, one space; Traditional read as simplified: 一週, 兩年, 半年內, 三個工作日
    # a sentence's full stop after the period is no part of it: "5个工作日。", "5 days."
    key = fold(_numbers_marked(text), keep_spaces=True).rstrip("。. ")
    if _NUMBERED_DAY.search(key):  # a date: its numbers are neither a range nor apart
        pass
    elif span := _RANGE.search(key):  # "5-7个工作日" is no 57 working days
        raise InvalidInput.for_argument(argument, text, _range_problem(key, span))
    elif apart := _APART.search(key):  # "5 7个工作日": no 57, no range either
        raise InvalidInput.for_argument(argument, text, _apart_problem(apart.group()))
    if (fraction := _FRACTION.search(key)) and (problem := _fraction_problem(key, fraction)):
        raise InvalidInput.for_argument(argument, text, problem)
    compact = key.replace(" ", "")
    affixed = _AFFIXES_ZH.fullmatch(compact)
    core = affixed["core"] if affixed is not None else compact
    english_core = _EN_AFFIXES.fullmatch(key)
    special = (
        SPECIAL_PERIODS.get(key)
        or SPECIAL_PERIODS.get(core)
        or (english_core and _EN_LENGTHS.get(english_core["core"]))
    )
    if special is not None:
        return special
    if _MONTH_DAY.fullmatch(core) or core in _MONTH_WORDS:
        raise InvalidInput.for_argument(argument, text, month_day_problem())
    count: int | None = None
    unit: Unit | None = None
    match = _ZH_PERIOD.fullmatch(core)
    half = _ZH_HALF.fullmatch(core)
    quarters = _ZH_QUARTERS.fullmatch(core)
    if quarters is not None:
        n = _number(quarters["num"])
        if n is not None:
            count, unit = 3 * n, Unit.MONTHS
    elif match is not None:
        count = _number(match["num"])
        unit = ZH_UNITS[match["unit"]]
        if match["unit"] == "月" and not match["ge"]:
            problem = "reads as the name of a month; write a number of months" + examples(
                ", e.g. '3 months'", " with 个, e.g. '3个月'"
            )
            raise InvalidInput.for_argument(argument, text, problem)
    elif half is not None:  # 一个半小时 = 90 minutes, 一年半 = 18 months (半年 is 6 months)
        whole = _number(half["num"])
        if whole is not None:
            count, unit = (
                (12 * whole + 6, Unit.MONTHS) if half["year"] else (60 * whole + 30, Unit.MINUTES)
            )
    elif "半" in core:
        problem = (None if inside else _unread_problem(key)) or _half_problem(core)
        raise InvalidInput.for_argument(argument, text, problem)
    elif match := _EN_PERIOD.fullmatch(key):
        number = match["num"]
        count = _arabic_int(number) if number.isdigit() else EN_NUMBERS[number]
        unit = EN_UNITS[match["unit"]]
    if count is None or unit is None:
        shown = examples(
            "'3 working days', '24 hours', 'one week', '6 months' or 'half a year'",
            "'3个工作日', '24小时', '一周', '6个月', '半年' or '3 working days'",
        )
        problem = (
            None if inside else _unread_problem(key)
        ) or f"is not a period; write e.g. {shown}"
        raise InvalidInput.for_argument(argument, text, problem)
    if count > MAX_COUNT:
        raise InvalidInput.for_argument(argument, text, f"is longer than {MAX_COUNT} units")
    return Period(count, unit)


# Digits grouped by thousands, with one mark between the groups, a space (also a no-break or
# thin one, which NFKC makes a space), a comma or "_": "1 000天", "10,000 days", "1_000_000".
# A comma followed by fewer or more digits is no grouping ("2,5天" is a decimal comma).
_GROUPED = re.compile(
    r"(?<![0-9.,_])[0-9]{1,3}(?P<mark>[ ,_])[0-9]{3}(?:(?P=mark)[0-9]{3})*(?![0-9]|(?P=mark)[0-9])"
)
# A hyphen between two numbers ("5-7", "5 - 7") is a range's mark, not the space fold reads.
_HYPHEN = re.compile(r"(?<=[0-9])\s*[-‐‑]\s*(?=[0-9])")


def _numbers_marked(text: str) -> str:
    """``text`` (NFKC) with each number grouped by thousands written as one ("1 000天":
    "1000天") and a hyphen between numbers as a range's mark ("5-7": "5~7"), which
    :func:`~custops._enums.fold` would otherwise read as a space.

    >>> _numbers_marked("1 000天"), _numbers_marked("10,000 days"), _numbers_marked("5-7天")
    ('1000天', '10000 days', '5~7天')
    """
    normal = unicodedata.normalize("NFKC", text)
    joined = _GROUPED.sub(lambda grouped: re.sub(r"[ ,_]", "", grouped.group()), normal)
    return _HYPHEN.sub("~", joined)


# Two numbers with a range's mark between them ("5-7个工作日", "5~7天", "3到5天", "三至五个工作日",
# "3 or 4 days", "one to two weeks"): a range, never one number.
_EN_COUNTS = "|".join(sorted((w for w in EN_NUMBERS if len(w) > 2), key=len, reverse=True))
_MARKS = "~〜—–−至到或、"
_RANGE_MARK = rf"(?:[{_MARKS}]|(?<![a-z])(?:or|to)(?![a-z]))"
# (an end may have a fraction, "1.5-2天")
_RANGE = re.compile(
    r"(?<![0-9a-z.,])(?:"
    + rf"[0-9]+(?:[.,][0-9]+)? ?{_RANGE_MARK} ?[0-9]+(?:[.,][0-9]+)?(?![0-9.,])"
    + rf"|[{_CN_CHARS}]+ ?[{_MARKS}] ?[{_CN_CHARS}]+"
    + rf"|(?:{_EN_COUNTS}) (?:or|to) (?:{_EN_COUNTS})(?![a-z])"
    + r")"
)
# A day written as numbers ("2025-01-05", marked "2025~01~05"): no range, no numbers apart.
_NUMBERED_DAY = re.compile(r"(?<![0-9])[0-9]{4}~[0-9]{1,2}~[0-9]{1,2}(?![0-9])")
# Arabic numbers apart with nothing but a space between them, and not grouped by thousands
# ("5 7个工作日", "1 0000天"): neither one number nor a range.
_APART = re.compile(r"(?<![0-9a-z.,])[0-9]+(?: [0-9]+)+(?![0-9a-z.,])")


def _range_problem(key: str, span: re.Match[str]) -> str:
    """Why a range of periods is refused, naming both its ends ("5-7个工作日": '5个工作日' to
    '7个工作日'; "5-7": '5' to '7'), and the period to write: its later end where that
    reads as one, else its earlier end ("2-2.5天": '2天'), else an example."""
    earlier, later = re.split(rf" ?{_RANGE_MARK} ?", span.group(), maxsplit=1)
    rest = key[span.end() :]
    read: list[str | None] = []
    for end in (earlier, later):
        try:
            read.append(period_text(_parse(end + rest, "text", inside=True)))
        except InvalidInput:  # "1.5-2天": no period of 1.5天; "5-7": none of 5
            read.append(None)
    # an end that is no period is shown as written, with the unit when the other end has one
    low, high = (
        shown or end + (rest if any(read) else "")
        for shown, end in zip(read, (earlier, later), strict=True)
    )
    head = f"is a range ('{low}' to '{high}'), not one period; write one period, e.g. "
    if read[1] is not None:
        return head + f"'{high}' for its later end"
    return head + (f"'{low}'" if read[0] is not None else examples(*_EXAMPLE))


def _apart_problem(numbers: str) -> str:
    """Why numbers apart ("5 7") are refused: neither one number nor a range.

    >>> print(_apart_problem("5 7"))
    holds numbers apart ('5 7'), neither one number (digits grouped by three: '1 000') nor
    a range ('5-7'); write one period, e.g. '3个工作日'
    """
    return (
        f"holds numbers apart ('{numbers}'), neither one number (digits grouped by three: "
        f"'1 000') nor a range ('5-7'); write one period, e.g. " + examples(*_EXAMPLE)
    )


# A number with a fraction: "2.5天", "2,5天" (a decimal comma: one or two digits after it),
# "一点五天".  A period counts whole units.
_FRACTION = re.compile(
    r"(?<![0-9.,])(?P<whole>[0-9]+)(?P<mark>[.,])(?P<part>[0-9]+)(?![0-9.,])"
    rf"|(?<![{_CN_CHARS}点])(?P<cn_whole>[{_CN_CHARS}]+)点(?P<cn_part>[{''.join(CN_DIGITS)}]+)"
    rf"(?![{_CN_CHARS}])"
)
# The next smaller unit a fraction is written in, and how many of it one unit is.
_SMALLER: Final = {
    Unit.YEARS: (12, Unit.MONTHS),
    Unit.WEEKS: (7, Unit.DAYS),
    Unit.DAYS: (24, Unit.HOURS),
    Unit.HOURS: (60, Unit.MINUTES),
}


def _fraction_problem(key: str, fraction: re.Match[str]) -> str | None:
    """Why a period with a fraction ("2.5天", "2,5天", "一点五天") is refused, and how to
    write it: in the smaller unit that makes it whole ('60小时'), or the two whole counts
    around it.  ``None`` when the text is no period with the number made whole.

    >>> print(_fraction_problem("2,5天", _FRACTION.search("2,5天")))
    has a fraction ('2,5', read as 2.5); a period counts whole units: write it in a smaller
    one, e.g. '60小时'
    """
    if fraction["mark"] == "," and len(fraction["part"]) > 2:
        return None  # "1,0000天": no decimal comma, no grouping either
    if fraction["whole"] is not None:
        value = Decimal(f"{fraction['whole']}.{fraction['part']}")
    else:
        whole = _chinese_int(fraction["cn_whole"])
        if whole is None:
            return None
        value = whole + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in fraction["cn_part"]))
    try:
        whole_text = key[: fraction.start()] + "1" + key[fraction.end() :]
        unit = _parse(whole_text, "text", inside=True).unit
    except InvalidInput:
        return None
    if value > MAX_COUNT:
        return f"is longer than {MAX_COUNT} units"
    number = fraction.group()
    shown = f"'{number}'" if fraction["mark"] == "." else f"'{number}', read as {value}"
    # "1.000天", "2.500天": a point before three digits groups thousands in some countries
    grouped = ""
    if fraction["mark"] == "." and len(fraction["part"]) == 3 and len(fraction["whole"]) <= 3:
        thousands = Period(int(fraction["whole"] + fraction["part"]), unit)
        grouped = f", or '{period_text(thousands)}' where the point groups thousands"
    return (
        f"has a fraction ({shown}); a period counts whole units: " + _whole(value, unit) + grouped
    )


def _whole(value: Decimal, unit: Unit) -> str:
    """How to write ``value`` ``unit`` (a fraction) as a period: whole, in the smaller unit
    that makes it whole, or as the whole counts around it."""
    if value == value.to_integral_value():
        return f"write it whole, e.g. '{period_text(Period(int(value), unit))}'"
    counted = unit
    while counted in _SMALLER and value != value.to_integral_value():
        factor, counted = _SMALLER[counted]
        value *= factor
    if value == value.to_integral_value() and value <= MAX_COUNT:
        return f"write it in a smaller one, e.g. '{period_text(Period(int(value), counted))}'"
    aside = {
        Unit.WORKDAYS: "in working hours (a working day's length is the calendar's) or ",
        Unit.MONTHS: "in days (months differ in length) or ",
    }.get(counted, "")
    low = int(value)
    around = [period_text(Period(n, counted)) for n in (low, low + 1) if n and n <= MAX_COUNT]
    return f"write it {aside}as a whole count, e.g. " + " or ".join(f"'{w}'" for w in around)


_SPECIAL_TEXTS = [word for _n, _unit, words in _SPECIAL_WORDS for word in words]
# A period inside other words ("5个工作日内办结"): each spelling _parse reads, with the
# within/after words it reads too, found where no number goes on before it ("1.5个工作日",
# "一点五天" hold no "5个工作日" / "五天").
_INSIDE_ZH = re.compile(
    rf"(?:(?<![0-9.,{_CN_CHARS}点])(?:[0-9]+|[{_CN_CHARS}]+)(?:个半(?:小时|钟头)|(?:小时|钟头)半"
    r"|年半|个?季度|个?(?:"
    + "|".join(sorted(ZH_UNITS, key=len, reverse=True))
    + r"))|"
    + "|".join(sorted((w for w in _SPECIAL_TEXTS if not w.isascii()), key=len, reverse=True))
    + r")(?:以内|之内|内|之后|以后|后)?"
)
_INSIDE_EN = re.compile(
    r"(?<![a-z0-9.,])(?:"
    + _EN_PERIOD.pattern.replace("?P<num>", "?:").replace("?P<unit>", "?:")
    + "|"
    + "|".join(sorted((w for w in _SPECIAL_TEXTS if w.isascii()), key=len, reverse=True))
    + r")(?![a-z0-9])"
)
# A date ("3月5日", "2026年3月") or a day of a month ("次月2日前"): its numbers are no period.
_DATE = re.compile(rf"[0-9{_CN_CHARS}]+[年月][0-9{_CN_CHARS}]+[月日号]|[当本次下隔]个?月")


def _unread_problem(key: str) -> str | None:
    """Why a text that holds a period among other words is refused: the words are not
    read (a period is a number and a unit, with 内/以内 or 'within' around it), and which
    period to write alone; two periods: which to choose.  ``None`` when the text holds no
    period (or names a date, whose numbers are none)."""
    compact = key.replace(" ", "")
    if _DATE.search(compact):
        return None
    found: list[tuple[Period, str, str]] = []
    for pattern, text in ((_INSIDE_ZH, compact), (_INSIDE_EN, key)):
        for match in pattern.finditer(text):
            try:
                period = _parse(match.group(), "text", inside=True)
            except InvalidInput:
                continue
            found.append((period, text[: match.start()].strip(), text[match.end() :].strip()))
    if not found:
        return None
    shown = [f"'{period_text(period)}'" for period, _before, _after in found]
    if len(found) > 1:
        return f"holds more than one period ({', '.join(shown)}); write the one to count, alone"
    _period, before, after = found[0]
    where = "before and after" if before and after else "before" if before else "after"
    words = "', '".join(w for w in (before, after) if w)
    unread = examples("", f" ('{words}')")
    # 内/以内 (within) is read: the period as written with it is accepted too
    alone = examples(f" or 'within {period_text(_period)}'", f" or '{period_text(_period)}内'")
    if not _period.count:  # "on the day": no "within" to it
        alone = ""
    return (
        f"holds the period {shown[0]} with words {where} it that are not read{unread}; "
        f"write the period alone, e.g. {shown[0]}{alone}"
    )


def _number(text: str) -> int | None:
    """An Arabic or Chinese numeral's value; None if malformed."""
    return _arabic_int(text) if text.isascii() else _chinese_int(text)


def _per_unit(unit: Unit, doc: str) -> classmethod[Period, [int], Period]:
    """The constructor of periods of ``unit``, ``Period.<unit>(count)``, documented ``doc``."""

    def constructor(cls: type[Period], count: int) -> Period:
        return cls(count, unit)

    constructor.__name__ = unit.value
    constructor.__qualname__ = f"Period.{unit.value}"
    constructor.__doc__ = doc
    return classmethod(constructor)


if TYPE_CHECKING:

    def _UNIT(value: Unit | str) -> Unit: ...  # noqa: N802

else:
    _UNIT = enum_field(Unit)


@attrs.frozen
class Period:
    """A length of time: ``count`` (0 … :data:`MAX_COUNT`) of a :class:`Unit`.

    A count of 0 means "the same day" / "at once"; a negative count is refused.
    ``unit`` may be a :class:`Unit` or its text (``"workdays"``, ``"工作日"``).

    >>> str(Period.hours(24)), str(Period.months(6)), str(Period(1, "周"))
    ('24小时', '6个月', '1周')
    """

    count: int = attrs.field(converter=_COUNT)
    unit: Unit = attrs.field(converter=_UNIT)

    # -- constructors: Period.hours(24) is Period(24, Unit.HOURS) ---------------------
    minutes = _per_unit(Unit.MINUTES, "``count`` minutes (R-SLA-20: ``Period.minutes(1)``).")
    hours = _per_unit(
        Unit.HOURS, "``count`` hours of elapsed time (R-SLA-05: ``Period.hours(24)``)."
    )
    days = _per_unit(Unit.DAYS, "``count`` calendar days (R-SLA-03: ``Period.days(3)``).")
    weeks = _per_unit(Unit.WEEKS, "``count`` weeks of 7 days (R-SLA-04: ``Period.weeks(1)``).")
    months = _per_unit(Unit.MONTHS, "``count`` months (R-SLA-24: ``Period.months(4)``).")
    years = _per_unit(Unit.YEARS, "``count`` years (R-VIP-10: ``Period.years(2)``).")
    workdays = _per_unit(
        Unit.WORKDAYS, "``count`` working days (R-SLA-09: ``Period.workdays(3)``)."
    )
    working_hours = _per_unit(
        Unit.WORKING_HOURS, "``count`` hours of business time (the Jira/Zendesk convention)."
    )

    @classmethod
    @fitted_call
    def parse(cls, text: Period | str, *, argument: str = "text") -> Period:
        """Read a period as the seed writes it, or in English (a ``Period`` is returned as is).

        The words and numerals read are those of docs/periods.md; ``半年`` is 6 months (the
        docs/rules.md default); ``三月`` names March and is refused (write ``三个月``).
        ``argument`` names the argument in error messages; other text raises
        :class:`~custops.errors.InvalidInput`, anything but a ``Period`` or a ``str``
        :class:`~custops.errors.InvalidType`.

        >>> [str(Period.parse(t)) for t in ("一个工作日内", "一周", "二十四小时", "半年", "两年")]
        ['1个工作日', '1周', '24小时', '6个月', '2年']
        """
        return period_check(argument_name(argument), text)

    # -- views ----------------------------------------------------------------------

    @property
    def is_day_level(self) -> bool:
        """Whether the period counts whole days (days, weeks, months, years, working days)."""
        return self.unit.is_day_level

    @property
    def is_time_level(self) -> bool:
        """Whether the period runs from the exact moment (minutes, hours, working hours)."""
        return self.unit.is_time_level

    def as_relativedelta(self) -> relativedelta:
        """The calendar offset of the period (not for working days or working hours).

        >>> Period.parse("半年").as_relativedelta(), Period.weeks(2).as_relativedelta()
        (relativedelta(months=+6), relativedelta(days=+14))
        """
        if self.unit in _OFFSETS:
            return _OFFSETS[self.unit](self.count)
        problem = "counts working time, which only a WorkCalendar can place"
        raise InvalidInput.for_argument("period", str(self), problem)

    def as_timedelta(self) -> _dt.timedelta:
        """The fixed length of the period; for working hours the budget of business time.

        Months, years and working days (no fixed length) are refused.

        >>> Period.hours(24).as_timedelta()
        datetime.timedelta(days=1)
        """
        if self.unit in _LENGTHS:
            try:
                return _LENGTHS[self.unit] * self.count
            except OverflowError:  # a count of weeks beyond the 999 999 999 days of timedelta
                problem = "is longer than Python can represent as a length of time"
                raise InvalidInput.for_argument("period", str(self), problem) from None
        problem = "has no fixed length (months, years and working days vary)"
        raise InvalidInput.for_argument("period", str(self), problem)

    @property
    def english_words(self) -> str:
        """The period as an English sentence names it, its count and unit in words
        (``3 working days``, ``1 hour``): what an explanation worded in English shows, where
        ``str()`` is the period's own (Chinese) spelling.

        >>> Period.workdays(3).english_words, Period.hours(1).english_words
        ('3 working days', '1 hour')
        """
        words = self.unit.english_words
        if self.count == 1:
            words = words.removesuffix("s")
        return f"{self.count} {words}"

    def __str__(self) -> str:
        return f"{self.count}{_CANONICAL[self.unit]}"


SPECIAL_PERIODS = {word: Period(n, unit) for n, unit, words in _SPECIAL_WORDS for word in words}
# The English words of a length without a number, read with within/in/after or later/from
# now as a number and a unit are ("in half a year", "half an hour later": 半年后, 半小时后).
_EN_LENGTHS = {
    word: period
    for word, period in SPECIAL_PERIODS.items()
    if word.isascii() and period.unit in (Unit.MONTHS, Unit.MINUTES)
}


def period_text(period: Period) -> str:
    """A period as a refusal names it, for its reader: as custops writes it (``24小时``), in
    English its count and unit in words (``24 hours``), so that an English message holds no
    Chinese but the value refused.

    >>> period_text(Period.hours(24)), period_text(Period.weeks(1))
    ('24小时', '1周')
    """
    return period.english_words if english() else str(period)


#: A period as a refusal's example, for its reader (``custops._text.examples``).
_EXAMPLE: Final = ("'3 working days'", "'3个工作日'")


def month_day_problem() -> str:
    """Why :meth:`Period.parse` refuses a day of a month (次月2日, 当月底): it is no length;
    ``custops deadline`` reads such a PERIOD with :func:`due_in_month` instead.  Worded for
    the refusal's reader (no Chinese under ``en_US``), so compare it in the same language.

    >>> month_day_problem()
    "names a day of a month, not a length; count it with due_in_month(start, '次月2日')"
    """
    example = examples("text", "'次月2日'")
    return f"names a day of a month, not a length; count it with due_in_month(start, {example})"


def period_check(argument: str, value: Any) -> Period:
    """The check ``(argument, value) -> Period`` of every Period field and argument: a
    :class:`Period` or its text, as :meth:`Period.parse` reads it (the error names
    ``argument``).

    >>> period_check("window", "3个工作日")
    Period(count=3, unit=<Unit.WORKDAYS: 'workdays'>)
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return _parse(value, argument)
    problem = f"must be a Period or a str such as {examples(*_EXAMPLE)}, not {a_type_name(value)}"
    raise InvalidType.for_argument(argument, value, problem)


#: The stable rule IDs of a count that no seed rule names (docs/rules.md, "How a period
#: is counted"): R-PER-01 the Civil Code (arts. 200–204, the default), R-PER-02 the
#: working-time budget (``convention="working_time"``, working hours).  A caller counting a
#: seed rule puts its own ID in ``rule`` (``archive_due``: R-SLA-14).
CIVIL_CODE_RULE: Final = "R-PER-01"
WORKING_TIME_RULE: Final = "R-PER-02"


if TYPE_CHECKING:

    def _CUTOFF(value: Cutoff | str | None) -> Cutoff | None: ...  # noqa: N802

else:
    _CUTOFF = enum_field(Cutoff, optional=True)


def _steps(value: Iterable[str | Wording]) -> tuple[str | Wording, ...]:
    """The steps of a :class:`Deadline`, kept as a tuple."""
    return tuple(value)


@kept_wording
@attrs.frozen(eq=False)  # equal to a TimedDeadline of the same fields: __eq__ below
class Deadline(Explained):
    """A deadline that says how it was computed (``deadline(..., explain=True)``).

    ``period`` is what was counted (``None`` for a day of a month, :func:`due_in_month`);
    ``due_at`` is the moment it ends, an aware ``datetime`` in the calendar's zone (``None``
    for a ``date`` start, which is counted in whole days; a deadline counted from an instant
    is a :class:`TimedDeadline`, whose ``due_at`` is never ``None``); ``ends_on`` the
    period's last day in the calendar's zone (the plain answer of a ``date`` start);
    ``rule`` a stable rule ID (:data:`CIVIL_CODE_RULE`, :data:`WORKING_TIME_RULE`, or the
    seed rule of the caller); ``reason`` the one-line answer with the provisions applied;
    ``reasoning`` one line per step (``explain()`` shows them); ``skipped_rest_days`` the
    rest days the count stepped over; ``provisional`` whether it ran through a year whose
    holiday arrangement is not published.  The deadline keeps the facts of its reason and of
    each step (a :class:`~custops.decisions.Wording`) and words them when read, in the
    language active then; a ``reason`` or step given as text is kept as given.

    >>> from datetime import date
    >>> d = due_date(date(2025, 9, 30), "3天", explain=True)
    >>> d.due_at, d.ends_on, d.rule, d.provisional
    (None, datetime.date(2025, 10, 9), 'R-PER-01', False)
    """

    _answer: ClassVar[str] = "ends_on"  # what bool() tells a caller to test
    start: _dt.datetime | _dt.date
    period: Period | None
    due_at: _dt.datetime | None
    ends_on: _dt.date
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    said_steps: tuple[str | Wording, ...] = attrs.field(alias="reasoning", converter=_steps)
    skipped_rest_days: tuple[_dt.date, ...] = ()
    cutoff: Cutoff | None = attrs.field(default=None, converter=_CUTOFF)
    provisional: bool = False
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def reasoning(self) -> tuple[str, ...]:
        """One line per step of the count, worded in the active language."""
        return tuple(map(str, self.said_steps))

    def _verdict(self) -> str:
        return _("deadline")

    def explain(self) -> str:
        """The computation as text: the one-line summary and one line per step."""
        return "\n".join((str(self), *(f"  - {step}" for step in self.reasoning)))

    def __eq__(self, other: object) -> bool:
        """Equal to a deadline of the same fields, whether a ``Deadline`` or a
        :class:`TimedDeadline` (which only narrows the types of ``start`` and ``due_at``)."""
        if not isinstance(other, Deadline):
            return NotImplemented
        return _compared(self) == _compared(other)

    def __hash__(self) -> int:
        return hash(_compared(self))


def _compared(d: Deadline) -> tuple[object, ...]:
    """The fields a deadline is compared by (every field but its worded ``reason``)."""
    return tuple(getattr(d, name) for name in _COMPARED)


_COMPARED: Final = tuple(f.name for f in attrs.fields(Deadline) if f.eq)


@kept_wording
@attrs.frozen(eq=False)  # compared as a Deadline
class TimedDeadline(Deadline):
    """A :class:`Deadline` counted from an instant, so it ends at one: ``start`` and
    ``due_at`` are aware ``datetime`` values, never ``None`` (``deadline(an aware datetime, …,
    explain=True)``, ``due_in_month`` from an instant, ``service.website_reply_due``).  A
    type checker reads ``due_at`` as a ``datetime`` without a test for ``None``; the fields
    are a :class:`Deadline`'s, and a ``TimedDeadline`` is one wherever a ``Deadline`` is taken
    (it equals a ``Deadline`` of the same fields, and is stored as one).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> t = datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> d = deadline(t, "24小时", explain=True)
    >>> type(d).__name__, d.due_at.isoformat()
    ('TimedDeadline', '2025-10-01T16:00:00+08:00')
    """

    if TYPE_CHECKING:  # the fields of a Deadline, narrowed: an instant start ends at an instant

        @property
        def start(self) -> _dt.datetime: ...

        @property
        def due_at(self) -> _dt.datetime: ...

    def __attrs_post_init__(self) -> None:
        require_aware("start", self.start)
        require_aware("due_at", self.due_at)


# --------------------------------------------------------------------------- deadline


_OWN_ARGUMENTS = frozenset(
    {"start", "period", "calendar", "cutoff", "convention", "roll", "explain"}
)


# The answer has the type of the start: an instant (or a TimedDeadline) for an instant, a
# day (or a Deadline) for a day; explain given as a bool gives either of the two.
@overload
def deadline(
    start: _dt.datetime,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    explain: Literal[False] = ...,
) -> _dt.datetime: ...
@overload
def deadline(
    start: _dt.datetime,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    explain: Literal[True],
) -> TimedDeadline: ...
@overload
def deadline(  # type: ignore[overload-overlap]  # an instant matched one above
    start: _dt.datetime,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    explain: bool,
) -> _dt.datetime | TimedDeadline: ...
@overload
def deadline(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    explain: Literal[False] = ...,
) -> _dt.date: ...
@overload
def deadline(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    explain: Literal[True],
) -> Deadline: ...
@overload
def deadline(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    cutoff: Cutoff | str = ...,
    convention: Convention | str = ...,
    roll: Roll | str = ...,
    explain: bool,
) -> _dt.date | Deadline: ...
@fitted_call
def deadline(
    start: _dt.datetime | _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = None,
    cutoff: Cutoff | str = Cutoff.CLOSE_OF_BUSINESS,
    convention: Convention | str = Convention.CIVIL_CODE,
    roll: Roll | str = Roll.FOLLOWING,
    explain: bool = False,
) -> _dt.datetime | _dt.date | Deadline:
    """When ``period`` counted from ``start`` ends (PRC Civil Code arts. 200–204 by default).

    ``start`` is an aware ``datetime`` (the result is one, in the calendar's zone) or, for a
    day-level period, a ``date`` (the result is the last day, as :func:`due_date` gives);
    ``period`` a :class:`Period` or its text.  The rules are "How a period is counted"
    (docs/rules.md; the table of docs/periods.md), on which every period rule of the seed
    stands: R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13 (working days), R-SLA-02, R-SLA-03,
    R-SLA-04, R-SLA-14, R-SLA-22 (days, weeks), R-SLA-23, R-SLA-24, R-SLA-25 (months,
    years) and R-SLA-05, R-SLA-06, R-SLA-07, R-SLA-10, R-SLA-11, R-SLA-20 (hours, minutes).
    ``cutoff`` is a :class:`Cutoff` or its spelling: ``"midnight"`` ends the last day at
    24:00, not at its close of business (art. 203 ¶2); ``roll`` moves a last day off a rest
    day (art. 203 ¶1); ``convention`` is a :class:`Convention` or its
    spelling: ``"working_time"`` counts working days as a budget of business time.
    ``explain=True`` returns a :class:`Deadline`; a strict calendar's
    :class:`~custops.errors.CalendarNotPublished` passes through unchanged.

    >>> from datetime import datetime, date
    >>> from zoneinfo import ZoneInfo
    >>> t = datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> deadline(t, "24小时").isoformat()
    '2025-10-01T16:00:00+08:00'
    >>> deadline(date(2025, 9, 30), "3天")     # 10-03 is National Day: next working day
    datetime.date(2025, 10, 9)
    """
    p = period_check("period", period)
    cal = calendar_or_china(calendar)
    ends = Cutoff.parse(cutoff, argument="cutoff")
    counting = Convention.parse(convention, argument="convention")
    require_bool("explain", explain)
    rolling = Roll.parse(roll, argument="roll")
    _check_start(start, p, cal)
    try:
        facts = _compute(start, p, cal, ends, counting, rolling)
        # The plain answer needs no text: the explanation is worded only when asked for.
        return _explain(start, p, cal, ends, counting, facts) if explain else facts.due
    except CustopsError as exc:  # a strict calendar's CalendarNotPublished keeps its type
        if exc.argument in _OWN_ARGUMENTS:
            raise
        # The calendar refused a day it does not cover (years outside its data): the
        # start itself, or a day the period reaches.
        first = cal.to_local(start).date() if isinstance(start, _dt.datetime) else start
        if exc.value == first:
            raise range_error(exc, "start", start) from None
        reached = f"cannot be counted from {moment_text(start)}"
        raise range_error(exc, "period", str(p), counting=reached) from None
    except (OverflowError, ValueError) as exc:  # beyond year 9999
        problem = f"ends beyond the dates Python can represent ({exc})"
        raise InvalidInput.for_argument("period", str(p), problem) from None


@fitted_call
def provisional(
    start: _dt.datetime | _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = None,
    cutoff: Cutoff | str = Cutoff.CLOSE_OF_BUSINESS,
    convention: Convention | str = Convention.CIVIL_CODE,
    roll: Roll | str = Roll.FOLLOWING,
) -> bool:
    """Whether :func:`deadline` (same arguments) is provisional: counted through a year whose
    holiday arrangement is not published for ``calendar``, so answered from the statutory
    holidays (docs/rules.md §1, R-PER-01; R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13).  It is
    ``deadline(..., explain=True).provisional`` without the wording; minutes and hours are
    elapsed time and never provisional (R-SLA-05, R-SLA-06, R-SLA-07, R-SLA-10, R-SLA-11).
    A deadline stored with ``True`` is one to count again once the year's notice is in the
    calendar (an :class:`~custops.calendars.Arrangement`).  Asking gives no
    :class:`~custops.errors.ProvisionalCalendarWarning`: the answer is the flag (a strict
    calendar still refuses the year).  A bare ``bool`` by design, a calendar fact as
    ``WorkCalendar.is_published`` is (CONTRIBUTING "Calendar facts").

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> t = datetime(2026, 12, 30, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> provisional(t, "3个工作日"), provisional(t, "24小时")
    (True, False)
    """
    p = period_check("period", period)
    cal = calendar_or_china(calendar)
    with asking_provisional():  # the answer is the flag: no warning besides it
        due = deadline(start, p, calendar=cal, cutoff=cutoff, convention=convention, roll=roll)
    if not isinstance(start, _dt.datetime):
        return bool(_unpublished(cal, min(start, due), max(start, due)))
    if p.unit.is_wall_clock:
        return False
    local = cal.to_local(start)
    assert isinstance(due, _dt.datetime)
    last = due.date()
    if due > local and due.time() == MIDNIGHT:  # ended at 24:00 of the day before
        last -= ONE_DAY
    first = local.date()
    return bool(_unpublished(cal, min(first, last), max(first, last)))


#: A day of a month as a refusal's example, for its reader (``custops._text.examples``).
_MONTH_DAY_EXAMPLE: Final = ("a day of a month (the 2nd of next month)", "'次月2日'")


def _half_problem(core: str) -> str:
    """Why a period with a half that has no whole-unit meaning (半个工作日, 半分钟, 半周) is
    refused, and what to write instead, by its unit.

    >>> _half_problem("半分钟")
    "minutes are counted whole; write e.g. '1分钟'"
    """
    if "工作日" in core:
        return (
            "a half working day is not a count of working days; write it in working hours, "
            + examples("e.g. '4 working hours'", "e.g. '4个工作小时'")
        )
    if "工作小时" in core or "工作时" in core:
        shown = examples("'1 working hour' or '2 working hours'", "'1个工作小时' or '2个工作小时'")
        return f"working hours are counted whole; write e.g. {shown}"
    if "分" in core:
        return "minutes are counted whole; write e.g. " + examples("'1 minute'", "'1分钟'")
    if "天" in core or "日" in core:
        return (
            "a half day has no whole-day meaning under the Civil Code; write it in hours, "
            + examples("e.g. '12 hours'", "e.g. '12小时'")
        )
    return (
        "a half week or month has no whole-unit meaning under the Civil Code; "
        "write it in days, e.g. "
    ) + examples("'15 days' or '45 days'", "'15天' or '45天'")


def _check_start(start: Any, period: Period, cal: WorkCalendar) -> None:
    """Refuse, naming ``start``, a start outside the years ``cal`` supports when the count
    needs the calendar (all but minutes and hours): ``period`` is not at fault (audit F10)."""
    if period.unit is Unit.MINUTES or period.unit is Unit.HOURS:
        return
    if isinstance(start, _dt.datetime):
        if start.tzinfo is None or start.utcoffset() is None:
            return  # refused by _compute with its own message
        first = cal.to_local(start, argument="start").date()
    elif isinstance(start, _dt.date):
        first = start
    else:
        return
    years = cal.supported_years
    if first.year not in years:  # the calendar's own refusal of the day, quoted for `start`
        lo, hi = years[0], years[-1]
        problem = f"must lie in the years {lo}-{hi} the {cal.country} calendar supports"
        raise range_error(InvalidInput.for_argument("day", first, problem), "start", start)


@overload
def due_date(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: Literal[False] = ...,
) -> _dt.date: ...
@overload
def due_date(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: Literal[True],
) -> Deadline: ...
@overload
def due_date(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: bool,
) -> _dt.date | Deadline: ...
@fitted_call
def due_date(
    start: _dt.date,
    period: Period | str,
    *,
    calendar: WorkCalendar | None = None,
    roll: Roll | str = Roll.FOLLOWING,
    explain: bool = False,
) -> _dt.date | Deadline:
    """The last day of a day-level ``period`` counted from the day ``start``.

    The rules of :func:`deadline` (arts. 201–203) without a time of day.

    >>> from datetime import date
    >>> due_date(date(2025, 1, 27), "三个工作日")     # Spring Festival 2025: 01-28..02-04 off
    datetime.date(2025, 2, 7)
    """
    day = require_date("start", start)
    p = period_check("period", period)
    if not p.is_day_level:  # the period is at fault here, not the date start
        problem = (
            f"is a period of {p.unit.value}, not day-level; due_date counts days, weeks, "
            "months, years and working days (for hours, deadline(an aware datetime, …))"
        )
        raise InvalidInput.for_argument("period", period, problem)
    return deadline(day, p, calendar=calendar, roll=roll, explain=explain)


class _Facts(NamedTuple):
    """What a count found, unformatted (:func:`_explain` words it).  ``naive``: the last day
    before art. 203 ¶1 moved it off a rest day; ``closed``: the day of a zero period whose
    business had closed before the start (it then ends on the next working day)."""

    due: _dt.datetime | _dt.date
    ends_on: _dt.date
    naive: _dt.date | None = None
    closed: _dt.date | None = None
    cutoff: Cutoff | None = None
    forward: bool = False  # a backward roll would not have passed the start day (F17)


def _compute(
    start: Any,
    period: Period,
    cal: WorkCalendar,
    cutoff: Cutoff,
    convention: Convention,
    rolling: Roll = Roll.FOLLOWING,
) -> _Facts:
    """Count ``period`` from ``start``: the one code path of :func:`deadline` (docs/rules.md).

    Only cheap facts are recorded here; :func:`_explain` words them when asked to.
    """
    if isinstance(start, _dt.datetime):
        local = cal.to_local(start, argument="start")
    elif isinstance(start, _dt.date):
        if not period.is_day_level:
            raise InvalidType.for_argument(
                "start",
                start,
                f"must be an aware datetime for a period of {period.unit.value} "
                f"({period_text(period)}); a date start needs a day-level period",
            )
        return _day_level(start, None, period, cal, cutoff, rolling)
    else:
        problem = f"must be a timezone-aware datetime or a date, not {a_type_name(start)}"
        raise InvalidType.for_argument("start", start, problem)
    unit = period.unit
    if unit is Unit.MINUTES or unit is Unit.HOURS:
        # Art. 201 ¶2 (R-SLA-05, -06, -07, -10, -11, -20): exact elapsed time; measured
        # in UTC so that a clock change in the calendar's zone does not bend it.
        due = cal.to_local(utc(local, argument="start") + period.as_timedelta())
        return _Facts(due, due.date())
    if unit is Unit.WORKING_HOURS or (
        unit is Unit.WORKDAYS and convention is Convention.WORKING_TIME
    ):
        due = cal.add_working_time(local, _budget(period, cal))
        last_day = due.date()
        if due > local and due.time() == MIDNIGHT:  # ended at 24:00 of the day before
            last_day -= ONE_DAY
        return _Facts(due, last_day)
    return _day_level(local.date(), local, period, cal, cutoff, rolling)


def _day_level(
    start_day: _dt.date,
    local: _dt.datetime | None,
    period: Period,
    cal: WorkCalendar,
    cutoff: Cutoff,
    rolling: Roll,
) -> _Facts:
    """Days, weeks, months, years (Civil Code arts. 201–203) and working days.

    Calendar units: the start day is not counted (art. 201 ¶1; R-SLA-02, -03, -04, -14,
    -22), months and years end on the corresponding day or the month's last day
    (art. 202; R-SLA-24, -25), a rest day moves to the next working day (art. 203 ¶1).
    Working days: the n-th working day after the start day (R-SLA-01, -08, -09, -13).
    With a moment (``local``), the last day ends at its cutoff (art. 203 ¶2).
    """
    unit = period.unit
    n = period.count
    naive: _dt.date | None = None
    forward = False
    if unit is Unit.WORKDAYS:
        last = cal.add_workdays(start_day, n) if n else cal.roll(start_day)
    else:
        if unit is Unit.DAYS or unit is Unit.WEEKS:
            naive = start_day + period.as_timedelta()
        else:
            months = n if unit is Unit.MONTHS else 12 * n
            try:
                naive = add_months(start_day, months, argument="period")
            except InvalidInput:  # add_months shows the start day: show the period as given
                problem = "ends beyond the dates Python can represent (years 1-9999)"
                raise InvalidInput.for_argument("period", str(period), problem) from None
        last = cal.roll(naive, roll=rolling)
        # Art. 201 ¶1: the start day is not counted, so a period never ends on or before
        # it (nor a zero period before it): a backward roll (preceding, modified
        # following) that would is replaced by the forward one of art. 203 ¶1.
        if last < start_day or (n and last == start_day):
            last = cal.roll(naive, roll=Roll.FOLLOWING)
            forward = True
    if local is None:
        return _Facts(last, last, naive, forward=forward)
    due, used = _end_of(cal, last, cutoff)
    closed = None
    if due < local:  # only for a zero period begun after its day's cutoff
        closed = last
        last = cal.next_workday(last)
        due, used = _end_of(cal, last, cutoff)
    return _Facts(due, last, naive, closed, used, forward)


def _budget(period: Period, cal: WorkCalendar) -> _dt.timedelta:
    """The business time of a working-time period (Jira/Zendesk): n working days are
    n × the business hours of a full working day (the makeup weekday's)."""
    if period.unit is Unit.WORKDAYS:
        return _day_length(cal) * period.count
    return period.as_timedelta()


def _day_length(cal: WorkCalendar) -> _dt.timedelta:
    hours = cal.business_hours
    # A calendar without business hours works a working day from 00:00 to 24:00.
    return ONE_DAY if hours is None else hours.day_length(hours.makeup_weekday)


def _end_of(cal: WorkCalendar, day: _dt.date, cutoff: Cutoff) -> tuple[_dt.datetime, Cutoff]:
    """When the last ``day`` ends (art. 203 ¶2): its close of business, else 24:00."""
    if cutoff is Cutoff.CLOSE_OF_BUSINESS:
        close = cal.close_of_business(day)
        if close is not None:
            return close, Cutoff.CLOSE_OF_BUSINESS
    midnight = _dt.datetime.combine(day + ONE_DAY, MIDNIGHT, cal.zone)
    return cal.to_local(utc(midnight)), Cutoff.MIDNIGHT  # a real instant (DST)


# --------------------------------------------------------------------------- explanations

# Why the last day ends at 24:00 (art. 203 ¶2).
_MIDNIGHT_BECAUSE: dict[str, str] = {
    "asked": N_("cutoff='midnight'"),
    "no hours": N_("the calendar has no business hours"),
    "closed": N_("the last day has no business hours"),
}

# The steps of a day-level count that end on a day, shown as ``{day} ({weekday}, {what})``.
_DAY_STEPS: dict[str, str] = {
    "workdays": N_("{period}: working day {n} after it is {day} ({weekday}, {what})"),
    "zero workdays": N_(
        "{period}: the start day itself, or the next working day → {day} ({weekday}, {what})"
    ),
    "weeks": N_("{period} = {n} days → {day} ({weekday}, {what})"),
    "days": N_("{period} → {day} ({weekday}, {what})"),
    "months": N_(
        "art. 202: {period} → the corresponding day of the last month, {day} ({weekday}, {what})"
    ),
    "month end": N_(
        "art. 202: {period} → {month} has no day {n}, so its last day {day} ({weekday}, {what})"
    ),
    "rolled": N_(
        "art. 203 ¶1: {naive} is a rest day, so the period ends on the next working day, "
        "{day} ({weekday}, {what})"
    ),
    "not back": N_(
        "{naive} is a rest day; rolling it back would end the period on or before its start "
        "day, so it ends on the next working day, {day} ({weekday}, {what})"
    ),
    "rolled back": N_(
        "{naive} is a rest day; rolled back (roll=preceding or modified_following) to the "
        "previous working day, {day} ({weekday}, {what})"
    ),
    "rolled by agreement": N_(
        "{naive} is a rest day; moved (roll=modified_following) to the next working day in "
        "the same month, {day} ({weekday}, {what})"
    ),
    "closed": N_(
        "{closed} has closed already at the start; the next working day is "
        "{day} ({weekday}, {what})"
    ),
}


def _day_words(cal: WorkCalendar, day: _dt.date) -> dict[str, Any]:
    """``day`` as fields of a step (:func:`~custops.calendars.day_fields`), worded when
    read: its weekday a message, a holiday's name as each language names it."""
    fields = day_fields(cal, day)
    with language("en_US"):  # the weekday's message, as English writes it (its msgid)
        english_fields = day_fields(cal, day)
    kind, *name = fields["what"]
    if name and type(name[0]) is str:
        with language("zh_CN"):
            chinese = day_fields(cal, day)["what"][1]
        english_name = english_fields["what"][1]
        if chinese != english_name:
            fields["what"] = (kind, worded_term(chinese, english_name))
    fields["weekday"] = W_(english_fields["weekday"])
    return fields


def _start_text(start: _dt.datetime | _dt.date, local: _dt.datetime | None) -> str | Wording:
    """The start as given, and beside it its local time in the calendar's zone when it was
    given in another offset (a UTC start: its local day is the one counted, R-PER-01)."""
    given = moment_text(start)
    if local is None or not isinstance(start, _dt.datetime):
        return given
    shown = moment_text(local)
    if shown == given:
        return given
    return W_("{start} (local time {local})", start=given, local=shown)


def _worded_span(length: _dt.timedelta) -> Wording:
    """A length of business time (never negative) as each language writes it, worded when
    read (:func:`~custops._text.span`)."""
    hours, minutes = divmod(length // ONE_MINUTE, 60)
    if not minutes:
        return W_("{hours}h", hours=hours)
    if not hours:
        return W_("0h{minutes:0>2}m", minutes=minutes)
    return W_("{hours}h{minutes:0>2}m", hours=hours, minutes=minutes)


def _explain(
    start: _dt.datetime | _dt.date,
    period: Period,
    cal: WorkCalendar,
    cutoff: Cutoff,
    convention: Convention,
    facts: _Facts,
) -> Deadline:
    """Word the facts of a count (``deadline(..., explain=True)``) in the active language."""
    unit = period.unit
    local = cal.to_local(start, argument="start") if isinstance(start, _dt.datetime) else None
    skipped: tuple[_dt.date, ...] = ()
    due = moment_text(facts.due)
    rule = CIVIL_CODE_RULE
    if local is not None and unit.is_wall_clock:
        law: Wording | tuple[Wording, ...] = W_("Civil Code art. 201 ¶2")
        at = {"period": period, "start": moment_text(local), "due": due}
        steps: list[Wording] = [
            W_("art. 201 ¶2: {period} runs from the exact moment {start}", **at),
            W_("{period} of elapsed time → {due}; rest days are not skipped", **at),
        ]
    elif local is not None and (
        unit is Unit.WORKING_HOURS
        or (unit is Unit.WORKDAYS and convention is Convention.WORKING_TIME)
    ):
        rule, law = WORKING_TIME_RULE, W_("working-time budget")
        at = {"start": moment_text(local), "due": due, "budget": _worded_span(_budget(period, cal))}
        steps = []
        if unit is Unit.WORKDAYS:
            day = _worded_span(_day_length(cal))
            step = N_("working-time convention: {period} = {n} × {day} of business time = {budget}")
            steps.append(W_(step, period=period, n=period.count, day=day, **at))
        steps.append(W_("{budget} of business time counted from {start} → {due}", **at))
        skipped = cal.rest_days_between(local.date(), facts.ends_on)
        if skipped:
            steps.append(W_("rest days without business hours: {days}", days=skipped))
    else:
        law, steps, skipped = _explain_days(start, local, period, cal, cutoff, facts)
    # Elapsed time (art. 201 ¶2) uses no calendar day: never provisional (R-SLA-05, -06,
    # -07, -10, -11, -20).
    elapsed = local is not None and unit.is_wall_clock
    if local is not None and not elapsed:
        assert isinstance(start, _dt.datetime)
        read = zone_note(start, local, cal)
        if read is not None:
            steps.insert(0, read)
    first = start if local is None else local.date()
    note = None if elapsed else _provisional_note(cal, first, facts.ends_on)
    if note:
        steps.append(note)
    # an instant start ends at an instant: a TimedDeadline, whose due_at is never None
    kind, due_at = (
        (TimedDeadline, facts.due) if isinstance(facts.due, _dt.datetime) else (Deadline, None)
    )
    return kind(
        start=start,
        period=period,
        due_at=due_at,
        ends_on=facts.ends_on,
        rule=rule,
        reason=W_(
            "{start} + {period} → {due} ({law})",
            start=_start_text(start, local),
            period=period,
            due=due,
            law=law,
        ),
        reasoning=steps,
        skipped_rest_days=skipped,
        cutoff=facts.cutoff,
        provisional=note is not None,
    )


def _explain_days(
    start: _dt.datetime | _dt.date,
    local: _dt.datetime | None,
    period: Period,
    cal: WorkCalendar,
    cutoff: Cutoff,
    facts: _Facts,
) -> tuple[Wording | tuple[Wording, ...], list[Wording], tuple[_dt.date, ...]]:
    """Rule, steps and skipped rest days of a day-level count (see :func:`_day_level`)."""
    unit = period.unit
    n = period.count
    start_day = start if local is None else local.date()
    counted = facts.ends_on if facts.closed is None else facts.closed
    naive = facts.naive
    steps = [
        W_("art. 201 ¶1: the start day {day} is not counted", day=start_day)
        if n
        else W_("a zero period ends on the start day {day}", day=start_day)
    ]

    def add(step: str, day: _dt.date, **fields: Any) -> None:
        """Word ``_DAY_STEPS[step]``, the step that ends on ``day``."""
        steps.append(W_(_DAY_STEPS[step], period=period, **fields, **_day_words(cal, day)))

    skipped: tuple[_dt.date, ...] = ()
    if naive is None:  # working days
        rule: Wording | tuple[Wording, ...] = W_("working days")
        skipped = cal.rest_days_between(start_day, counted)
        add("workdays" if n else "zero workdays", counted, n=n)
        if skipped:
            steps.append(W_("rest days not counted: {days}", days=skipped))
    else:
        if unit is Unit.WEEKS:
            add("weeks", naive, n=7 * n)
        elif unit is Unit.DAYS:
            add("days", naive)
        elif naive.day == start_day.day:
            add("months", naive)
        else:
            add("month end", naive, month=month_text(naive), n=start_day.day)
        day_units = unit in (Unit.DAYS, Unit.WEEKS)
        rule = W_("Civil Code arts. 201, 203") if day_units else W_("Civil Code arts. 201–203")
        if counted != naive:  # art. 203 ¶1 (or roll=...) moved it off a rest day
            later = counted > naive
            lo, hi = (naive - ONE_DAY, counted) if later else (counted, naive)
            skipped = cal.rest_days_between(lo, hi)
            add(
                ("not back" if facts.forward else "rolled") if later else "rolled back",
                counted,
                naive=naive,
            )
            steps.append(W_("rest days skipped: {days}", days=skipped))
            if not later:  # an agreed roll, not art. 203 ¶1 (which moves a day only forward)
                if local is None:  # and no art. 203 ¶2: the answer is a day
                    rule = (
                        W_("Civil Code art. 201") if day_units else W_("Civil Code arts. 201, 202")
                    )
                assert isinstance(rule, Wording)
                rule = (rule, W_(_AGREED_ROLL["preceding"]))
    if local is None:
        return rule, steps, skipped
    if facts.closed is not None:
        add("closed", facts.ends_on, closed=facts.closed)
        skipped = (*skipped, *cal.rest_days_between(facts.closed, facts.ends_on))
    due = facts.due
    assert isinstance(due, _dt.datetime)
    if facts.cutoff is Cutoff.CLOSE_OF_BUSINESS:
        time = "24:00" if due.date() > facts.ends_on else f"{due:%H:%M}"
        step = W_("art. 203 ¶2: the last day ends at the close of business, {time}", time=time)
    else:
        because = (
            "asked"
            if cutoff is Cutoff.MIDNIGHT
            else "no hours"
            if cal.business_hours is None
            else "closed"
        )
        why = W_(_MIDNIGHT_BECAUSE[because])
        step = W_(
            "art. 203 ¶2: the last day ends at 24:00 ({why}) = {due}", why=why, due=moment_text(due)
        )
    steps.append(step)
    return rule, steps, skipped


def _unpublished(cal: WorkCalendar, first: _dt.date, last: _dt.date) -> list[int]:
    """The years from ``first`` to ``last`` without a published arrangement in ``cal``
    (within the years it supports: an hour count may end past them)."""
    supported = cal.supported_years
    span = range(max(first.year, supported.start), min(last.year, supported.stop - 1) + 1)
    return [y for y in span if not cal.is_published(y)]


def _provisional_note(cal: WorkCalendar, first: _dt.date, last: _dt.date) -> Wording | None:
    """A step saying the count ran through years whose arrangement is not published."""
    years = _unpublished(cal, min(first, last), last)
    if not years:
        return None
    runs: list[list[int]] = []
    for year in years:
        if runs and runs[-1][-1] == year - 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    shown = tuple(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
    return W_(
        "provisional: no official arrangement is published for {years}; "
        "the statutory rules were used",
        years=shown,
    )


def calendar_text(cal: WorkCalendar) -> str:
    """The calendar as an explanation names it: its country, and its subdivision after a
    hyphen (``CN``, ``US-CA``)."""
    return cal.country if cal.subdiv is None else f"{cal.country}-{cal.subdiv}"


#: Instants that tell two zones apart by their offsets: each year's January and July from
#: 1890 (local mean time gave way to zone time around 1900–1930) to 2030
_PROBES: Final = tuple(
    _dt.datetime(year, month, 1, tzinfo=UTC) for year in range(1890, 2031) for month in (1, 7)
)


@functools.lru_cache(maxsize=64)
def _offsets(zone: _dt.tzinfo) -> tuple[_dt.timedelta | None, ...]:
    """The zone's offset from UTC at each of :data:`_PROBES`."""
    return tuple(probe.astimezone(zone).utcoffset() for probe in _PROBES)


def _same_or_no_place(given: _dt.tzinfo, calendar_zone: _dt.tzinfo) -> bool:
    """Whether ``given`` is the calendar's zone under another name (tzdata's links:
    Asia/Chongqing and PRC are Asia/Shanghai, the same offsets ever since 1890), or a zone
    of no place (UTC, Etc/GMT-8: one offset throughout) — neither says another region's
    holidays apply."""
    offsets = _offsets(given)
    return offsets == _offsets(calendar_zone) or len(set(offsets)) == 1


def zone_note(
    start: _dt.datetime, local: _dt.datetime, cal: WorkCalendar, *, desk: bool = False
) -> Wording | None:
    """A step saying that ``start``, given in a named zone other than the calendar's, was
    read in the calendar's zone (as ``local``) and its days counted on ``cal``, or ``None``.
    It says how to count on another region's calendar: pass ``calendar=`` to the call, or,
    for a case (``desk``), give it to the desk's ``SlaPolicy``, where a case's calendar is.

    The zone of a count is always the calendar's (house rule 3, R-PER-01): the start's zone
    says when, not which holidays apply.  An offset without a place (UTC, ``+08:00``) names
    no region, and the reason shows its local time already.
    """
    # a zoneinfo zone names its key, a pytz zone its ``zone``
    zone = start.tzinfo
    given = getattr(zone, "key", None) or getattr(zone, "zone", None)
    if (
        zone is None
        or not isinstance(given, str)
        or given == cal.zone.key
        or _same_or_no_place(zone, cal.zone)
    ):
        return None
    values = {
        "given": given,
        "local": moment_text(local),
        "zone": cal.zone.key,
        "calendar": calendar_text(cal),
    }
    if desk:
        return W_(
            "the start is in {given}, not in the calendar's zone: it was read as {local} in "
            "{zone}, and its days were counted on the {calendar} calendar (for the holidays of "
            "another region, give the desk's SlaPolicy calendar=WorkCalendar(...) of that "
            "region)",
            **values,
        )
    return W_(
        "the start is in {given}, not in the calendar's zone: it was read as {local} in "
        "{zone}, and its days were counted on the {calendar} calendar (for the holidays of "
        "another region, pass calendar=WorkCalendar(...) of that region)",
        **values,
    )


# --------------------------------------------------------------------------- days of a month

_MONTH_WORDS = {"当月": 0, "本月": 0, "次月": 1, "下月": 1, "下个月": 1, "隔月": 2}
#: The month a day of a month is counted in, in English words, by its offset from the start's.
_MONTH_NAMES = {
    0: N_("this month"),
    1: N_("the next month"),
    2: N_("the month after next"),
}
_MONTH_DAY = re.compile(
    r"(?P<month>当月|本月|次月|下月|下个月|隔月)(?:(?P<day>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]"
    r"|(?P<end>底|末|最后一天))(?:前|之前|以前)?"
)


@overload
def due_in_month(
    start: _dt.datetime,
    text: str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: Literal[False] = ...,
) -> _dt.datetime: ...
@overload
def due_in_month(
    start: _dt.datetime,
    text: str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: Literal[True],
) -> TimedDeadline: ...
@overload
def due_in_month(  # type: ignore[overload-overlap]  # an instant matched one above
    start: _dt.datetime,
    text: str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: bool,
) -> _dt.datetime | TimedDeadline: ...
@overload
def due_in_month(
    start: _dt.date,
    text: str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: Literal[False] = ...,
) -> _dt.date: ...
@overload
def due_in_month(
    start: _dt.date,
    text: str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: Literal[True],
) -> Deadline: ...
@overload
def due_in_month(
    start: _dt.date,
    text: str,
    *,
    calendar: WorkCalendar | None = ...,
    roll: Roll | str = ...,
    explain: bool,
) -> _dt.date | Deadline: ...
@fitted_call
def due_in_month(
    start: _dt.datetime | _dt.date,
    text: str,
    *,
    calendar: WorkCalendar | None = None,
    roll: Roll | str = Roll.FOLLOWING,
    explain: bool = False,
) -> _dt.datetime | _dt.date | Deadline:
    """The day a "day of a month" rule names, counted from the day ``start``.

    ``text`` is ``当月N日``/``本月N日`` (of ``start``'s month), ``次月N日``/``下月N日`` (of the
    next month, "于次月2日及时寄回", D7: R-SLA-16, R-VIP-11), ``隔月N日`` (the month after) or ``…底``/``…末`` (the
    month's last day); a trailing ``前`` changes nothing, ``次月`` alone is refused.  A day
    the month lacks is its last day (art. 202); a rest day rolls by ``roll`` (art. 203 ¶1).
    ``start`` is a ``date`` (the answer is the day) or an aware ``datetime``, counted from
    its day in the calendar's zone: the answer is then the instant the day ends, its close
    of business (art. 203 ¶2, as :func:`deadline` ends a day-level period; 24:00 on a day
    without business hours), in the calendar's zone (R-SLA-16).  ``explain=True`` returns a
    :class:`Deadline` (rule :data:`CIVIL_CODE_RULE`; ``start`` as given; ``period`` is
    ``None``: a day of a month is not a length).  Its reason cites what applied: art. 202
    when the month lacks the day, art. 203 when a rest day rolled forward (``roll``
    following) or a time of day ends the day, and the agreed roll by name when
    ``preceding`` or ``modified_following`` moved it (art. 203 moves a day only forward).

    >>> from datetime import date
    >>> due_in_month(date(2025, 1, 31), "次月30日")    # no 02-30: the month's last day
    datetime.date(2025, 2, 28)
    >>> print(due_in_month(date(2025, 9, 15), "次月2日", explain=True).explain())
    期限（R-PER-01）：2025-09-15 起「次月2日」→ 2025-10-09（《民法典》第203条）
      - 次月2日 → 2025-10-02（周四，法定节假日、国庆节）
      - 《民法典》第203条第1款：2025-10-02 为休息日，以其后第一个工作日 2025-10-09（周四，工作日）为期间最后一日
      - 跳过的休息日：2025-10-02、2025-10-03、2025-10-04、2025-10-05、2025-10-06、2025-10-07、2025-10-08
    """  # noqa: E501
    cal = calendar_or_china(calendar)
    if isinstance(start, _dt.datetime):
        day = cal.to_local(require_aware("start", start), argument="start").date()
    else:
        day = require_date("start", start)
    require_type("text", text, str, f"a str such as {examples(*_MONTH_DAY_EXAMPLE)}")
    rolling = Roll.parse(roll, argument="roll")
    require_bool("explain", explain)
    compact = fold(text, keep_spaces=True).replace(" ", "") if len(text) <= 40 else ""
    if compact in _MONTH_WORDS:
        problem = "names a month but no day; write " + examples(
            "the day too, or the month's end", "e.g. '次月2日' or '次月底'"
        )
        raise InvalidInput.for_argument("text", text, problem)
    match = _MONTH_DAY.fullmatch(compact)
    number = None if match is None or match["end"] else _number(match["day"])
    if match is None or (not match["end"] and not (number and 1 <= number <= 31)):
        problem = "is not a day of a month such as " + examples(
            "the 2nd of next month or the end of this month, written in Chinese",
            "'次月2日', '当月底'",
        )
        raise InvalidInput.for_argument("text", text, problem)
    with in_date_range("start", start):
        first = add_months(day.replace(day=1), _MONTH_WORDS[match["month"]], argument="start")
        last = month_end(first).day
        target = first.replace(day=last if number is None else min(number, last))
        due = cal.roll(target, roll=rolling)
        if explain:
            clipped = number is not None and number > last
            return _explain_month_day(
                start,
                day,
                _month_day_words(text, match, number),
                (target, due),
                cal,
                rolling,
                clipped=clipped,
            )
        if isinstance(start, _dt.datetime):
            return _end_of(cal, due, Cutoff.CLOSE_OF_BUSINESS)[0]
        return due


def _month_day_words(text: str, match: re.Match[str], number: int | None) -> Wording:
    """The day of a month as it was read (whitespace inside is no part of it), with its
    English words (``day 2 of the next month (次月2日)``) for an English explanation."""
    named = "".join(text.split())
    month = W_(_MONTH_NAMES[_MONTH_WORDS[match["month"]]])
    if number is None:
        words = W_("the last day of {month}", month=month)
    else:
        words = W_("day {n} of {month}", n=number, month=month)
    return worded_term(named, worded_joined(words, f" ({named})"))


def _explain_month_day(
    start: _dt.datetime | _dt.date,
    day: _dt.date,
    named: Wording,
    days: tuple[_dt.date, _dt.date],
    cal: WorkCalendar,
    rolling: Roll,
    *,
    clipped: bool,
) -> Deadline:
    """The :class:`Deadline` of :func:`due_in_month`: the day named, then any roll, then
    (for an instant ``start``) the end of the day; the reason cites only what applied
    (``clipped``: the month lacks the day named, art. 202)."""
    target, due = days
    articles: list[int] = [202] if clipped else []
    steps = [W_(_DAY_STEPS["days"], period=named, **_day_words(cal, target))]
    skipped: tuple[_dt.date, ...] = ()
    agreed: Wording | None = None
    if due != target:
        later = due > target
        lo, hi = (target - ONE_DAY, due) if later else (due, target)
        skipped = cal.rest_days_between(lo, hi)
        key = "rolled" if later and rolling is Roll.FOLLOWING else "rolled back"
        if key == "rolled":
            articles.append(203)
        else:
            agreed = W_(_AGREED_ROLL[rolling.value])
            if later:
                key = "rolled by agreement"
        steps.append(W_(_DAY_STEPS[key], period=named, naive=target, **_day_words(cal, due)))
        steps.append(W_("rest days skipped: {days}", days=skipped))
    due_at: _dt.datetime | None = None
    cutoff: Cutoff | None = None
    if isinstance(start, _dt.datetime):
        due_at, cutoff = _end_of(cal, due, Cutoff.CLOSE_OF_BUSINESS)
        if 203 not in articles:
            articles.append(203)
        if cutoff is Cutoff.CLOSE_OF_BUSINESS:
            time = "24:00" if due_at.date() > due else f"{due_at:%H:%M}"
            steps.append(
                W_("art. 203 ¶2: the last day ends at the close of business, {time}", time=time)
            )
        else:
            because = "no hours" if cal.business_hours is None else "closed"
            steps.append(
                W_(
                    "art. 203 ¶2: the last day ends at 24:00 ({why}) = {due}",
                    why=W_(_MIDNIGHT_BECAUSE[because]),
                    due=moment_text(due_at),
                )
            )
    note = _provisional_note(cal, day, due)
    if note:
        steps.append(note)
    laws = [W_(_ARTICLES[tuple(articles)])] if articles else []
    if agreed is not None:
        laws.append(agreed)
    shown: _dt.date | str = due if due_at is None else moment_text(due_at)
    if laws:
        law = tuple(laws)
        reason = W_("{start}: {text} → {due} ({law})", start=day, text=named, due=shown, law=law)
    else:
        reason = W_("{start}: {text} → {due}", start=day, text=named, due=shown)
    kind = Deadline if due_at is None else TimedDeadline
    return kind(
        start, None, due_at, due, CIVIL_CODE_RULE, reason, steps, skipped, cutoff, bool(note)
    )


# The provisions a day of a month applied (art. 202: a day the month lacks; art. 203: a rest
# day rolled forward, or the end of the day of an instant start).
_ARTICLES: dict[tuple[int, ...], str] = {
    (202,): N_("Civil Code art. 202"),
    (203,): N_("Civil Code art. 203"),
    (202, 203): N_("Civil Code arts. 202, 203"),
}

# A roll agreed instead of art. 203 ¶1's (which moves a last day only forward), by name.
_AGREED_ROLL: dict[str, str] = {
    "preceding": N_("the agreed roll to the previous working day"),
    "modified_following": N_("the agreed roll to the next working day in the same month"),
}


@fitted_call
def window_start(end: _dt.date, period: Period | str, *, argument: str = "end") -> _dt.date:
    """The first day of the window of ``period`` that ends on (and includes) ``end``.

    A look-back window such as "cumulative purchases within half a year" (R-VIP-01, 半年内)
    covers every day ``s`` with ``s + period >= end`` (Civil Code arts. 201–202; art. 1259:
    以内 includes the bound); no rest-day rule applies.  Days, weeks, months or years only.
    ``argument`` is the name errors give ``end`` (a caller's own, as ``on`` for
    :func:`custops.vip.qualification_window`); then a window reaching before the year 1 is
    blamed on that date, not on ``period``.

    >>> from datetime import date
    >>> window_start(date(2024, 7, 15), "半年")     # 2024-01-15 + 6 months = 2024-07-15
    datetime.date(2024, 1, 15)
    """
    argument = argument_name(argument)
    day = require_date(argument, end)
    p = period_check("period", period)
    if p.unit not in (Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS):
        problem = "a window is counted in days, weeks, months or years"
        raise InvalidInput.for_argument("period", period, problem)
    try:
        start = day - p.as_relativedelta()
        return start if start + p.as_relativedelta() >= day else start + ONE_DAY
    except (OverflowError, ValueError):
        if argument != "end":
            problem = f"-{p.count} {p.unit.value} falls outside the calendar (years 1-9999)"
            raise InvalidInput.for_argument(argument, day, problem) from None
        problem = f"reaches before the year 1 from {day.isoformat()}"
        raise InvalidInput.for_argument("period", period, problem) from None
