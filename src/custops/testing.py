"""Hypothesis strategies for custops values: property-test your own code with them.

``custops.testing`` is the optional part of custops that imports `Hypothesis
<https://hypothesis.readthedocs.io/>`_; install it with ``pip install 'custops[testing]'``.
Every strategy produces only values the library accepts (no constructor raises), builds
them from simple parts so that a failing example shrinks to something readable, and
keeps to the library's invariants (a ledger never goes negative, a matter's people
exist, a calendar never warns about a provisional year).

>>> from decimal import Decimal
>>> from hypothesis import given, settings
>>> from custops.money import allocate
>>> @settings(max_examples=30, derandomize=True, deadline=None)
... @given(amounts(max_value="5000"), weights())
... def test_allocate_is_exact(total, ws):
...     assert sum(allocate(total, ws)) == total
>>> test_allocate_is_exact()

Bounds are keyword arguments checked like any custops argument: a bad bound raises
:class:`~custops.errors.InvalidInput` or :class:`~custops.errors.InvalidType` naming it.

>>> amounts(min_value="-1")
Traceback (most recent call last):
...
custops.errors.InvalidInput: min_value: is negative; pass allow_negative=True ... (got '-1')
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from custops._validate import (
    require_bool,
    require_date,
    require_int,
    require_str,
    require_type,
    type_name,
)
from custops.calendars import BusinessHours, Interval, WorkCalendar, china
from custops.complaints import (
    Case,
    CaseAction,
    CaseEvent,
    CasePolicy,
    Category,
    Channel,
    Complaint,
    Department,
    Kind,
    Severity,
)
from custops.deposits import Claim, ClaimKind
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.money import from_fen, to_fen, yuan
from custops.periods import Period, Unit
from custops.secrecy import HQ, Extension, Level, LevelRequired, Matter, MatterKind, Person, Role
from custops.secrecy import default_level as _default_level
from custops.sla import Target, presets
from custops.vip import (
    Card,
    Feb29Rule,
    Holder,
    Ledger,
    Line,
    Purchase,
    RemainderRule,
    ReversalOutcome,
    ShortfallRule,
    StackingRule,
    TierBasis,
    VipPolicy,
)

try:
    from hypothesis import strategies as st
    from hypothesis.strategies import SearchStrategy
except ImportError as _exc:  # pragma: no cover - exercised by a test that hides hypothesis
    raise ImportError(
        "custops.testing needs Hypothesis, an optional dependency of custops: "
        "pip install 'custops[testing]'"
    ) from _exc

__all__ = [
    "COMPANIES",
    "MAX_DATE",
    "MIN_DATE",
    "REALISTIC_MAX",
    "ZONES",
    "amounts",
    "aware_datetimes",
    "business_hours",
    "calendars",
    "cards",
    "case_events",
    "cases",
    "chinese_numeral",
    "claims",
    "complaint_texts",
    "complaints",
    "dates",
    "holders",
    "labelled_complaint_texts",
    "ledgers",
    "lines",
    "matters",
    "people",
    "period_texts",
    "periods",
    "persons",
    "purchases",
    "secrecy_groups",
    "spelled_periods",
    "targets",
    "vip_policies",
    "weights",
]

#: The first and last day :func:`dates` gives by default: the years with real holiday data
#: (the ``holidays`` package's Chinese arrangements) and a few years beyond.
MIN_DATE: Final = _dt.date(2001, 1, 1)
MAX_DATE: Final = _dt.date(2030, 12, 31)

#: The zones :func:`aware_datetimes` uses by default; Asia/Shanghai first (it shrinks to it).
ZONES: Final = (
    "Asia/Shanghai",
    "UTC",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Europe/Berlin",
    "America/New_York",
)

#: The companies of a group in :func:`people` and :func:`matters`: HQ and two subsidiaries.
COMPANIES: Final = (HQ, "华东公司", "华南公司")

#: The largest amount :func:`periods` gives per unit unless ``max_amount`` says otherwise:
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

_ONE_DAY = _dt.timedelta(days=1)
Weight = int | Decimal | Fraction

# --------------------------------------------------------------------------- argument checks


def _date_bounds(min_value: Any, max_value: Any) -> tuple[_dt.date, _dt.date]:
    lo = require_date("min_value", min_value)
    hi = require_date("max_value", max_value)
    if hi < lo:
        raise InvalidInput.for_argument("max_value", hi, f"must not be before min_value {lo}")
    return lo, hi


def _fen_bound(argument: str, value: Any) -> int:
    """A bound in whole fen (a bound is never rounded: it would move the range)."""
    amount = yuan(value, argument=argument)
    raw = value.strip().lstrip("¥￥").strip().replace(",", "") if isinstance(value, str) else value
    if Decimal(raw) != amount:
        raise InvalidInput.for_argument(argument, value, "must be a whole number of fen")
    return to_fen(amount)


def _size(argument: str, value: Any, minimum: int = 0) -> int:
    return require_int(argument, value, minimum=minimum, maximum=10_000)


def _sizes(min_size: Any, max_size: Any, minimum: int = 0) -> tuple[int, int]:
    lo = _size("min_size", min_size, minimum)
    hi = _size("max_size", max_size, minimum)
    if hi < lo:
        raise InvalidInput.for_argument("max_size", hi, f"must not be less than min_size {lo}")
    return lo, hi


def _strategy(argument: str, value: Any) -> SearchStrategy[Any]:
    if not isinstance(value, SearchStrategy):
        raise InvalidType.for_argument(
            argument, value, f"must be a Hypothesis strategy, not a {type_name(value)}"
        )
    return value


def _members(argument: str, value: Any, parse: Any, kind: type) -> tuple[Any, ...]:
    if isinstance(value, (str, kind)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a collection of {kind.__name__}, not a {type_name(value)}"
        )
    items = []
    for item in value:
        if not isinstance(item, kind):
            try:
                item = parse(item)
            except CustopsError:
                raise InvalidInput.for_argument(
                    argument, item, f"is not a known {kind.__name__}"
                ) from None
        items.append(item)
    chosen = tuple(dict.fromkeys(items))
    if not chosen:
        raise InvalidInput.for_argument(argument, value, "must not be empty")
    return chosen


# --------------------------------------------------------------------------- money


def amounts(
    min_value: Decimal | int | str | None = None,
    max_value: Decimal | int | str = 100_000,
    *,
    allow_negative: bool = False,
) -> SearchStrategy[Decimal]:
    """Amounts of money as custops holds them: ``Decimal`` yuan with exactly two places.

    Drawn as whole fen between the bounds (inclusive, whole fen; ``min_value`` defaults to
    0, or to ``-max_value`` with ``allow_negative``); they shrink towards 0.00.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, deadline=None)
    ... @given(amounts(min_value="0.01", max_value="99.99"))
    ... def check(x):
    ...     assert Decimal("0.01") <= x <= Decimal("99.99") and x.as_tuple().exponent == -2
    >>> check()
    """
    require_bool("allow_negative", allow_negative)
    hi = _fen_bound("max_value", max_value)
    if min_value is None:
        lo = -abs(hi) if allow_negative else 0
    else:
        lo = _fen_bound("min_value", min_value)
    if lo < 0 and not allow_negative:
        raise InvalidInput.for_argument(
            "min_value" if min_value is not None else "max_value",
            min_value if min_value is not None else max_value,
            "is negative; pass allow_negative=True for negative amounts",
        )
    if hi < lo:
        raise InvalidInput.for_argument(
            "max_value", max_value, f"must not be less than min_value {from_fen(lo)}"
        )
    return st.integers(min_value=lo, max_value=hi).map(from_fen)


def _positive(ws: list[Weight]) -> tuple[Weight, ...]:
    """Weights with a positive sum: an all-zero draw gets a first weight of 1."""
    if not any(w > 0 for w in ws):
        ws = [1, *ws[1:]]
    return tuple(ws)


def weights(
    *,
    min_size: int = 1,
    max_size: int = 6,
    max_value: int = 1000,
    places: int = 2,
    max_denominator: int = 12,
) -> SearchStrategy[tuple[int | Decimal | Fraction, ...]]:
    """Weights :func:`custops.money.allocate` accepts: non-negative, not all zero.

    Each weight is an ``int``, a ``Decimal`` with ``places`` decimal places or a
    ``Fraction`` with a denominator up to ``max_denominator`` (all three kinds
    ``allocate`` takes), at most ``max_value``; zeros are frequent.
    """
    lo, hi = _sizes(min_size, max_size, minimum=1)
    top = require_int("max_value", max_value, minimum=1, maximum=10**12)
    exponent = require_int("places", places, minimum=0, maximum=12)
    denominator = require_int("max_denominator", max_denominator, minimum=1, maximum=10**6)
    one: SearchStrategy[Weight] = st.one_of(
        st.integers(0, top),
        st.integers(0, top * 10**exponent).map(lambda f: Decimal(f).scaleb(-exponent)),
        st.fractions(min_value=0, max_value=top, max_denominator=denominator),
    )
    return st.lists(one, min_size=lo, max_size=hi).map(_positive)


# --------------------------------------------------------------------------- time


def dates(
    min_value: _dt.date = MIN_DATE, max_value: _dt.date = MAX_DATE
) -> SearchStrategy[_dt.date]:
    """Days between ``min_value`` and ``max_value`` (default 2001–2030, the years with data)."""
    lo, hi = _date_bounds(min_value, max_value)
    return st.dates(min_value=lo, max_value=hi)


def _zone(value: Any) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    text = require_str("zones", value)
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput.for_argument("zones", value, "is not a known time zone") from None


def aware_datetimes(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    zones: Iterable[str | ZoneInfo] = ZONES,
    whole_seconds: bool = True,
) -> SearchStrategy[_dt.datetime]:
    """Timezone-aware instants whose local day lies in the bounds.

    The zone is one of ``zones`` (Asia/Shanghai, UTC, Hong Kong, Tokyo, Berlin and New
    York by default); times that do not exist in the zone (a spring-forward gap) are
    never produced. The instants are whole seconds unless ``whole_seconds=False``
    (then they have microseconds too).
    """
    require_bool("whole_seconds", whole_seconds)
    lo, hi = _date_bounds(min_value, max_value)
    if isinstance(zones, (str, ZoneInfo)) or not isinstance(zones, Iterable):
        raise InvalidType.for_argument(
            "zones", zones, f"must be a collection of zone names, not a {type_name(zones)}"
        )
    chosen = tuple(dict.fromkeys(_zone(z) for z in zones))
    if not chosen:
        raise InvalidInput.for_argument("zones", zones, "must not be empty")
    instants = st.datetimes(
        min_value=_dt.datetime.combine(lo, _dt.time()),
        max_value=_dt.datetime.combine(hi, _dt.time.max),
        timezones=st.sampled_from(chosen),
        allow_imaginary=False,
    )
    return instants.map(lambda t: t.replace(microsecond=0)) if whole_seconds else instants


# --------------------------------------------------------------------------- periods


def _units(value: Iterable[Unit | str] | None) -> tuple[Unit, ...]:
    if value is None:
        return tuple(Unit)
    return _members("units", value, Unit.parse, Unit)


def periods(
    units: Iterable[Unit | str] | None = None,
    *,
    min_amount: int = 0,
    max_amount: int | None = None,
) -> SearchStrategy[Period]:
    """Valid :class:`~custops.periods.Period` values of ``units`` (all eight by default).

    The amount runs from ``min_amount`` to ``max_amount``, by default to the realistic
    length of the unit (:data:`REALISTIC_MAX`: 600 minutes … 5 years), so that a deadline
    computed from the period stays inside the calendar's years.
    """
    chosen = _units(units)
    lo = require_int("min_amount", min_amount, minimum=0, maximum=999_999_999)
    if max_amount is not None:
        require_int("max_amount", max_amount, minimum=lo, maximum=999_999_999)

    def of(unit: Unit) -> SearchStrategy[Period]:
        hi = max_amount if max_amount is not None else max(lo, REALISTIC_MAX[unit])
        return st.integers(lo, hi).map(lambda n: Period(n, unit))

    return st.one_of([of(unit) for unit in chosen])


_CN_DIGITS = "零一二三四五六七八九"


def _below_10000(n: int) -> str:
    out = ""
    pending_zero = False
    for digit, unit in zip(
        (n // 1000, n // 100 % 10, n // 10 % 10, n % 10), "千百十 ", strict=True
    ):
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += _CN_DIGITS[digit] + unit.strip()
    return out[1:] if out.startswith("一十") else out


def chinese_numeral(n: int) -> str:
    """``n`` (0 … 99,999,999) in Chinese numerals, as :meth:`Period.parse` reads them.

    >>> [chinese_numeral(n) for n in (0, 3, 10, 15, 24, 105, 1010, 20000, 100005)]
    ['零', '三', '十', '十五', '二十四', '一百零五', '一千零一十', '二万', '十万零五']
    """
    require_int("n", n, minimum=0, maximum=99_999_999)
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    if not high:
        return _below_10000(low)
    text = _below_10000(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _below_10000(low)
    return text


# Unit words after a Chinese or Arabic number (个 handled separately: 月 needs it).
_ZH_WORDS: Final = {
    Unit.MINUTES: ("分钟",),
    Unit.HOURS: ("小时", "个小时", "个钟头", "钟头"),
    Unit.DAYS: ("天", "日"),
    Unit.WEEKS: ("周", "个星期", "星期", "个礼拜", "礼拜"),
    Unit.MONTHS: ("个月",),
    Unit.YEARS: ("年",),
    Unit.WORKDAYS: ("个工作日", "工作日", "个工作天"),
    Unit.WORKING_HOURS: ("个工作小时", "工作小时"),
}
_EN_WORDS: Final = {
    Unit.MINUTES: (("minute", "minutes"), ("min", "mins")),
    Unit.HOURS: (("hour", "hours"), ("hr", "hrs")),
    Unit.DAYS: (("day", "days"), ("calendar day", "calendar days")),
    Unit.WEEKS: (("week", "weeks"),),
    Unit.MONTHS: (("month", "months"),),
    Unit.YEARS: (("year", "years"),),
    Unit.WORKDAYS: (
        ("working day", "working days"),
        ("business day", "business days"),
        ("workday", "workdays"),
    ),
    Unit.WORKING_HOURS: (("working hour", "working hours"), ("business hour", "business hours")),
}
_EN_NUMBERS: Final = {
    0: "zero",
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    12: "twelve",
    15: "fifteen",
    24: "twenty four",
    30: "thirty",
    48: "forty eight",
    72: "seventy two",
}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _spellings(period: Period) -> tuple[str, ...]:
    """Every way custops.testing writes ``period``; the canonical ``str`` first."""
    n, unit = period.amount, period.unit
    forms = [str(period)]
    numbers = [str(n), chinese_numeral(n), str(n).translate(_FULL_WIDTH)]
    if n == 2:
        numbers.append("两")
    for number in numbers:
        for word in _ZH_WORDS[unit]:
            core = number + word
            forms += [core, core + "内", core + "以内", "在" + core + "内"]
    forms.append(f"{n}{_ZH_WORDS[unit][0].replace('个', '個')}")
    for singular, plural in _EN_WORDS[unit]:
        word = singular if n == 1 else plural
        forms += [f"{n} {word}", f"within {n} {word}", f"{n} {word}".upper()]
        if n in _EN_NUMBERS:
            forms.append(f"{_EN_NUMBERS[n]} {word}")
    special = {
        (6, Unit.MONTHS): ("半年", "half a year"),
        (30, Unit.MINUTES): ("半小时", "半个小时", "half an hour"),
        (0, Unit.DAYS): ("当天", "当日", "same day"),
        (1, Unit.DAYS): ("次日", "第二天", "next day", "一日内", "a day"),
        (1, Unit.HOURS): ("an hour",),
        (1, Unit.WEEKS): ("一周", "一个星期", "a week"),
    }
    forms += special.get((n, unit), ())
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
    units: Iterable[Unit | str] | None = None, *, max_amount: int | None = None
) -> SearchStrategy[tuple[Period, str]]:
    """Pairs ``(period, text)`` where ``Period.parse(text) == period``.

    The text is one of the forms the seed and the office write: the canonical form
    (``3个工作日``), Arabic, Chinese or full-width numerals with or without 个 and a
    trailing 内/以内 (``三个工作日内``, ``两周``, ``２４小时``), the traditional 個, English
    (``3 working days``, ``within 24 hours``, ``twenty four hours``) and the special words
    (半年, 半小时, 一个半小时, 一年半, 当天, 次日). It shrinks to the canonical form.
    """
    base = periods(units, max_amount=max_amount)
    return _spelled(base)


def period_texts(
    units: Iterable[Unit | str] | None = None, *, max_amount: int | None = None
) -> SearchStrategy[str]:
    """Strings :meth:`Period.parse` accepts (the texts of :func:`spelled_periods`)."""
    return spelled_periods(units, max_amount=max_amount).map(lambda pair: pair[1])


# --------------------------------------------------------------------------- calendars

_QUARTERS_PER_DAY = 96


def _quarter(q: int) -> _dt.time:
    """Quarter-hour ``q`` of the day as a time; 96 (24:00) is ``time(0)``, an interval's end."""
    return _dt.time(q // 4 % 24, q % 4 * 15)


@st.composite
def _day_hours(draw: st.DrawFn) -> tuple[Interval, ...]:
    count = draw(st.integers(1, 2))
    points = sorted(
        draw(
            st.lists(
                st.integers(0, _QUARTERS_PER_DAY),
                min_size=2 * count,
                max_size=2 * count,
                unique=True,
            )
        )
    )
    return tuple(
        Interval(_quarter(a), _quarter(b)) for a, b in zip(points[::2], points[1::2], strict=True)
    )


@st.composite
def _custom_hours(draw: st.DrawFn) -> BusinessHours:
    week: dict[int, tuple[Interval, ...]] = {}
    for weekday in range(7):
        if weekday < 5 or draw(st.booleans()):
            week[weekday] = draw(_day_hours())
    return BusinessHours(week, makeup_weekday=draw(st.integers(0, 4)))


_SAMPLE_HOURS: Final = (
    BusinessHours.standard(),
    BusinessHours.always(),
    BusinessHours(dict.fromkeys(range(5), ("08:30-12:00", "13:30-17:30"))),
    BusinessHours(dict.fromkeys(range(7), ("09:00-21:00",))),
    BusinessHours({**dict.fromkeys(range(5), ("08:00-17:00",)), 5: ("09:00-12:00",)}),
)


def business_hours() -> SearchStrategy[BusinessHours]:
    """:class:`~custops.calendars.BusinessHours`: the standard week, common shop and office
    weeks, or random ones (Monday–Friday always open, weekends sometimes; one or two
    intervals a day on a quarter-hour grid). Shrinks to ``BusinessHours.standard()``."""
    return st.one_of(st.sampled_from(_SAMPLE_HOURS), _custom_hours())


def _weekend(lo: _dt.date, hi: _dt.date) -> Callable[[_dt.date], _dt.date]:
    def snap(d: _dt.date) -> _dt.date:
        saturday = d + _dt.timedelta(days=(5 - d.weekday()) % 7)
        if saturday > hi:
            saturday -= _dt.timedelta(days=7)
        return saturday if saturday >= lo else d

    return snap


def _final_years(until: int) -> range:
    """The years after the published data through ``until``, declared final (no warnings)."""
    years = china().supported_years
    last = require_int("final_until", until, minimum=years.start, maximum=years.stop - 1)
    through = china().published_through or years.start - 1
    return range(through + 1, last + 1)


@st.composite
def _calendars(
    draw: st.DrawFn,
    closures: SearchStrategy[_dt.date],
    extra_workdays: SearchStrategy[_dt.date],
    max_closures: int,
    max_extra_workdays: int,
    hours: SearchStrategy[BusinessHours | None],
    final: range,
) -> WorkCalendar:
    closed = draw(st.frozensets(closures, max_size=max_closures))
    extra = draw(st.frozensets(extra_workdays, max_size=max_extra_workdays)) - closed
    return WorkCalendar(closures=closed, extra_workdays=extra, hours=draw(hours), final_years=final)


def calendars(
    *,
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    closures: SearchStrategy[_dt.date] | None = None,
    extra_workdays: SearchStrategy[_dt.date] | None = None,
    max_closures: int = 6,
    max_extra_workdays: int = 6,
    hours: SearchStrategy[BusinessHours | None] | None = None,
    final_until: int = MAX_DATE.year + 20,
) -> SearchStrategy[WorkCalendar]:
    """Chinese :class:`~custops.calendars.WorkCalendar` values with company overrides.

    Up to ``max_closures`` company closures (公司停业, default: any day between
    ``min_value`` and ``max_value``) and up to ``max_extra_workdays`` extra working days
    (加班日, default: Saturdays between the same days); a day is never both. Business
    hours come from ``hours`` (default :func:`business_hours`; pass ``st.none()`` for
    calendars without hours). Every year
    after the published data through ``final_until`` (2050) is declared final
    (``final_years``), so the calendars never emit ``ProvisionalCalendarWarning`` there.
    Shrinks to ``WorkCalendar()`` with those years declared final.
    """
    lo, hi = _date_bounds(min_value, max_value)
    closed = dates(lo, hi) if closures is None else _strategy("closures", closures)
    extra = (
        dates(lo, hi).map(_weekend(lo, hi))
        if extra_workdays is None
        else _strategy("extra_workdays", extra_workdays)
    )
    hours_st = business_hours() if hours is None else _strategy("hours", hours)
    return _calendars(
        closed,
        extra,
        _size("max_closures", max_closures),
        _size("max_extra_workdays", max_extra_workdays),
        hours_st,
        _final_years(final_until),
    )


# --------------------------------------------------------------------------- complaints

_PRODUCTS: Final = (
    "两箱酒",
    "一箱干红",
    "礼盒装白酒",
    "这批货",
    "新买的车",
    "冰箱",
    "床上用品四件套",
    "沙发",
    "整条香烟",
    "会员卡",
)
_WHEN: Final = ("上周", "昨天", "前天", "上个月", "三天前", "今天上午", "")
_PROBLEMS: Final = (
    "瓶底有沉淀",
    "有两瓶瓶盖发霉",
    "酒里有悬浮物",
    "瓶子漏酒",
    "包装破损",
    "口感不对",
    "刚用两天就坏了",
    "跟合同约定的型号不一样",
    "到现在还没送货",
    "价格比说好的贵",
)
_SERVICE: Final = (
    ("售后的接待", "态度太差，爱搭不理"),
    ("收银员", "算错了账还不承认"),
    ("物业", "报修三次都没人来"),
    ("维修师傅", "修完车还是异响"),
    ("前台", "让我排队等了一个多小时"),
)
_DEMANDS: Final = ("我要退货", "要求赔偿", "请尽快处理", "给个说法", "要求换货", "")
_ANGER: Final = ("太差了", "怎么回事", "我要投诉", "非常不满意", "")
_QUESTIONS: Final = (
    ("会员卡", ("怎么办理", "需要带什么材料", "要交押金吗")),
    ("积分", ("可以兑换什么", "怎么查", "能转给家人吗")),
    ("退货", ("需要什么手续", "多久能退款", "要带发票吗")),
    ("保养", ("多久做一次", "需要预约吗", "大概多少钱")),
    ("发票", ("在哪里开", "能开专票吗")),
    ("押金", ("什么时候退", "怎么退")),
    ("这款酒", ("有点沉淀是正常现象吗", "开瓶后能放多久", "怎么保存")),
)
_ASPECTS: Final = ("礼盒包装", "瓶盖", "营业时间", "停车位", "积分规则", "店里的指示牌", "排队")
_IMPROVEMENTS: Final = (
    "简单一点",
    "改成好拧一点的",
    "延长到晚上九点",
    "多设几个",
    "更清楚一些",
    "增加一个窗口",
)


@st.composite
def _complaint_text(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        body = (
            f"{draw(st.sampled_from(_WHEN))}买的{draw(st.sampled_from(_PRODUCTS))}，"
            f"{draw(st.sampled_from(_PROBLEMS))}"
        )
    else:
        staff, what = draw(st.sampled_from(_SERVICE))
        body = f"{staff}{what}"
    tail = [x for x in (draw(st.sampled_from(_DEMANDS)), draw(st.sampled_from(_ANGER))) if x]
    return "，".join([body, *tail]) + draw(st.sampled_from(("", "！", "。", "！！")))


@st.composite
def _consultation_text(draw: st.DrawFn) -> str:
    topic, questions = draw(st.sampled_from(_QUESTIONS))
    question = draw(st.sampled_from(questions))
    form = draw(st.sampled_from(("请问{t}{q}？", "想咨询一下，{t}{q}？", "你好，{t}{q}")))
    return form.format(t=topic, q=question)


@st.composite
def _suggestion_text(draw: st.DrawFn) -> str:
    aspect = draw(st.sampled_from(_ASPECTS))
    improvement = draw(st.sampled_from(_IMPROVEMENTS))
    form = draw(st.sampled_from(("建议{a}{i}", "希望{a}能{i}", "提个小意见，{a}最好{i}")))
    return form.format(a=aspect, i=improvement)


_TEXTS: Final = {
    Kind.COMPLAINT: _complaint_text(),
    Kind.CONSULTATION: _consultation_text(),
    Kind.SUGGESTION: _suggestion_text(),
}


def _labelled(kind: Kind) -> SearchStrategy[tuple[Kind, str]]:
    return _TEXTS[kind].map(lambda text: (kind, text))


def _kinds(value: Iterable[Kind | str] | None) -> tuple[Kind, ...]:
    if value is None:
        return (Kind.COMPLAINT, Kind.CONSULTATION, Kind.SUGGESTION)
    return _members("kinds", value, Kind.parse, Kind)


def labelled_complaint_texts(
    kinds: Iterable[Kind | str] | None = None,
) -> SearchStrategy[tuple[Kind, str]]:
    """Pairs ``(kind, text)``: a plausible Chinese text written as a contact of ``kind``.

    The kind is what the template meant (a complaint about a product or a member of
    staff, a question, a proposal); it is a label for your own routing tests, not a
    promise about what :func:`custops.complaints.classify` answers.
    """
    return st.one_of([_labelled(kind) for kind in _kinds(kinds)])


def complaint_texts(kinds: Iterable[Kind | str] | None = None) -> SearchStrategy[str]:
    """Plausible Chinese complaint, consultation and suggestion texts, from templates.

    ``kinds`` restricts them (``kinds=["投诉"]``); see :func:`labelled_complaint_texts`.
    """
    return labelled_complaint_texts(kinds).map(lambda pair: pair[1])


_SURNAMES: Final = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴")
_GIVEN: Final = ("芳", "伟", "娜", "敏", "静", "强", "磊", "洋", "艳", "军")
_NAMES: Final = st.builds(
    lambda s, g: s + g, st.sampled_from(_SURNAMES), st.sampled_from(_GIVEN)
) | st.builds(lambda s, t: s + t, st.sampled_from(_SURNAMES), st.sampled_from(("先生", "女士")))
_PHONES: Final = st.integers(0, 99_999_999).map(lambda n: f"13{n % 10}{n:08d}")
_REFERENCES: Final = st.one_of(
    st.just(""),
    st.integers(1, 999).map(lambda n: f"出库单 CK-2024{n:04d}"),
    st.integers(10_000, 99_999).map(lambda n: f"京A{n}"),
    st.integers(1, 99_999).map(lambda n: f"订单 {n:06d}"),
)


@st.composite
def _complaints(
    draw: st.DrawFn, received: SearchStrategy[_dt.datetime], texts: SearchStrategy[str]
) -> Complaint:
    return Complaint(
        received_at=draw(received),
        channel=draw(st.sampled_from(Channel)),
        content=draw(texts),
        complainant=draw(_NAMES),
        contact=draw(st.one_of(st.just(""), _PHONES)),
        reference=draw(_REFERENCES),
        against=draw(st.sampled_from(("", "售后服务部", "销售部", "收银员", "物业"))),
        claimed_loss=draw(st.one_of(st.just(Decimal("0.00")), amounts(max_value=20_000))),
        demand=draw(st.sampled_from(_DEMANDS)),
        complainants=draw(st.one_of(st.just(1), st.integers(2, 30))),
    )


def complaints(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    kinds: Iterable[Kind | str] | None = None,
) -> SearchStrategy[Complaint]:
    """Realistic :class:`~custops.complaints.Complaint` records received between the days.

    Any channel; the content from :func:`complaint_texts` (restricted by ``kinds``); a
    Chinese name, maybe a phone number and a reference (outbound record, licence plate,
    order); a claimed loss that is usually 0; usually a single complainant.
    """
    return _complaints(aware_datetimes(min_value, max_value), complaint_texts(kinds))


_complaint_records = complaints

#: The last day :func:`cases` receives complaints on by default: 30 September of the last
#: year with a published holiday arrangement, so a case's deadlines stay in published years.
_CASES_UNTIL: Final = _dt.date(china().published_through or MAX_DATE.year, 9, 30)
_PROMISES: Final = ("2小时", "24小时", "48小时", "1个工作日", "3个工作日", "5个工作日", "1周")
_HANDLERS: Final = ("", "张工", "李经理", "王师傅")


@functools.cache
def _case_policies() -> tuple[CasePolicy, ...]:
    return tuple(CasePolicy(sla=preset) for preset in presets.all_presets())


def _by_value(roles: Iterable[Any]) -> list[Any]:
    return sorted(roles, key=lambda r: r.value)


def _gaps(max_gap: Any) -> SearchStrategy[_dt.timedelta]:
    gap = require_type("max_gap", max_gap, _dt.timedelta, "a datetime.timedelta")
    if gap < _dt.timedelta(0):
        raise InvalidInput.for_argument("max_gap", max_gap, "must not be negative")
    minutes = int(gap.total_seconds() // 60)
    drawn = st.just(0) if minutes < 1 else st.one_of(st.just(0), st.integers(1, minutes))
    return drawn.map(lambda m: _dt.timedelta(minutes=m))


@st.composite
def _case_event(draw: st.DrawFn, case: Case, gaps: SearchStrategy[_dt.timedelta]) -> CaseEvent:
    action = draw(st.sampled_from(case.allowed_events()))
    role = draw(st.sampled_from(_by_value(case.who_may(action))))
    data: dict[str, Any] = {}
    if action is CaseAction.CLASSIFY:
        kind = draw(st.sampled_from(Kind))
        data = {"kind": kind, "category": draw(st.sampled_from(Category))}
        if kind is Kind.COMPLAINT:
            data["severity"] = draw(st.sampled_from(Severity))
            data["grounds_sufficient"] = draw(st.booleans())
            data["demand_reasonable"] = draw(st.booleans())
            data["special"] = draw(st.booleans())
    elif action is CaseAction.ASSIGN:
        data = {"department": draw(st.sampled_from(Department))}
        data["handler"] = draw(st.sampled_from(_HANDLERS))
    elif action is CaseAction.ESCALATE:
        department = draw(st.one_of(st.none(), st.sampled_from(Department)))
        data = {} if department is None else {"department": department}
    elif action is CaseAction.PROMISE:
        data = {"period": draw(st.sampled_from(_PROMISES))}
    elif action is CaseAction.SURVEY:
        data = {"satisfied": draw(st.booleans())}
    last = case.last_at  # elapsed time, not wall-clock time (a DST fold or gap)
    at = (last.astimezone(_dt.timezone.utc) + draw(gaps)).astimezone(last.tzinfo)
    return CaseEvent(action, at, role, "", data)


def case_events(
    case: Case, *, max_gap: _dt.timedelta = _dt.timedelta(hours=48)
) -> SearchStrategy[CaseEvent]:
    """The next step of ``case`` that :meth:`Case.apply <custops.complaints.Case.apply>`
    accepts: one of ``case.allowed_events()``, taken by a role that may take it
    (``case.who_may``), with the data it needs (classification, department, promised
    period, the customer's satisfaction), at the last event's time or up to ``max_gap``
    later (whole minutes; often the same moment). A finished case (no step allowed) is
    refused with :class:`~custops.errors.InvalidInput`.
    """
    require_type("case", case, Case, "a Case")
    gaps = _gaps(max_gap)
    if not case.allowed_events():
        raise InvalidInput.for_argument("case", case.stage.value, "is finished: no step is allowed")
    return _case_event(case, gaps)


@st.composite
def _cases(
    draw: st.DrawFn,
    records: SearchStrategy[Complaint],
    policies: SearchStrategy[CasePolicy],
    max_events: int,
    gaps: SearchStrategy[_dt.timedelta],
) -> Case:
    policy = draw(policies)
    recorder = draw(st.sampled_from(_by_value(policy.roles_for(CaseAction.RECORD))))
    case = Case.open(draw(records), recorder, policy=policy)
    for _ in range(draw(st.integers(0, max_events))):
        if not case.allowed_events():
            break
        case = case.apply(draw(_case_event(case, gaps)))
    return case


def cases(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = _CASES_UNTIL,
    *,
    complaints: SearchStrategy[Complaint] | None = None,
    policies: SearchStrategy[CasePolicy] | None = None,
    max_events: int = 12,
    max_gap: _dt.timedelta = _dt.timedelta(hours=48),
) -> SearchStrategy[Case]:
    """Complaint :class:`~custops.complaints.Case` values built by a random valid workflow.

    The complaint is one of :func:`complaints` received between the days (default: until
    30 September of the last year with a published holiday arrangement, so the case's
    deadlines stay in published years) or one of ``complaints``; the policy is a
    ``CasePolicy`` with one of the SLA presets (``custops.sla.presets``) or one of
    ``policies``. It is recorded by a role that may record it, then takes up to
    ``max_events`` steps of :func:`case_events` — each an allowed step by an allowed role,
    up to ``max_gap`` after the previous one — stopping early when the case is finished.
    So every case is one the library can reach: classified or not, assigned, proposed,
    approved or rejected, escalated, surveyed, reopened, closed, reviewed. Shrinks to a
    case just recorded.
    """
    lo, hi = _date_bounds(min_value, max_value)
    records = (
        _complaint_records(lo, hi) if complaints is None else _strategy("complaints", complaints)
    )
    policy_st = (
        st.sampled_from(_case_policies()) if policies is None else _strategy("policies", policies)
    )
    return _cases(records, policy_st, _size("max_events", max_events), _gaps(max_gap))


# --------------------------------------------------------------------------- VIP


def vip_policies() -> SearchStrategy[VipPolicy]:
    """:class:`~custops.vip.VipPolicy` values with the seed's numbers and every choice
    (remainder, shortfall, tier basis, stacking, 29 February, points validity: none, or
    1 to 24 months, often 6 or 12) varied. Shrinks to ``VipPolicy()``."""
    return st.builds(
        VipPolicy,
        remainder=st.sampled_from(RemainderRule),
        shortfall=st.sampled_from(ShortfallRule),
        tier_basis=st.sampled_from(TierBasis),
        stacking=st.sampled_from(StackingRule),
        feb29=st.sampled_from(Feb29Rule),
        points_validity_months=st.one_of(st.none(), st.sampled_from((6, 12)), st.integers(1, 24)),
    )


@st.composite
def _purchases(
    draw: st.DrawFn, days: SearchStrategy[_dt.date], paid: SearchStrategy[Decimal]
) -> Purchase:
    amount = draw(paid)
    refunded = draw(st.one_of(st.just(0), st.integers(0, to_fen(amount))))
    ref = draw(st.one_of(st.none(), st.integers(1, 9999).map(lambda n: f"S-{n:04d}")))
    return Purchase(draw(days), amount, ref, refunded=from_fen(refunded))


def purchases(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    max_paid: Decimal | int | str = 3000,
) -> SearchStrategy[Purchase]:
    """:class:`~custops.vip.Purchase` values: a day, an amount paid (up to ``max_paid``),
    maybe a reference, and usually nothing refunded (never more than was paid)."""
    return _purchases(dates(min_value, max_value), amounts(max_value=max_paid))


@st.composite
def _lines(draw: st.DrawFn, max_fen: int, max_quantity: int) -> Line:
    price = draw(st.integers(1, max_fen))
    benefit = draw(st.sampled_from((None, "promotion_price", "special_price", "coupon")))
    extra: dict[str, Decimal] = {}
    if benefit is not None:
        top = price if benefit != "coupon" else max(price, 1) * 2
        extra[benefit] = from_fen(draw(st.integers(0, top)))
    return Line(
        from_fen(price),
        draw(st.integers(1, max_quantity)),
        name=draw(st.sampled_from(("", *_PRODUCTS))),
        **extra,
    )


def lines(*, max_price: Decimal | int | str = 2000, max_quantity: int = 5) -> SearchStrategy[Line]:
    """Basket :class:`~custops.vip.Line` values: a whole-fen unit price up to ``max_price``,
    a quantity, and at most one benefit of its own (a promotion or special price not above
    the list price, or a coupon that may exceed the line)."""
    top = _fen_bound("max_price", max_price)
    if top < 1:
        raise InvalidInput.for_argument("max_price", max_price, "must be at least 0.01")
    return _lines(top, require_int("max_quantity", max_quantity, minimum=1, maximum=10_000))


_BIRTHDAYS: Final = st.one_of(
    st.none(),
    st.dates(_dt.date(1940, 1, 1), _dt.date(2008, 12, 31)),
    st.sampled_from((_dt.date(1992, 2, 29), _dt.date(2000, 2, 29))),
)


def holders() -> SearchStrategy[Holder]:
    """Card :class:`~custops.vip.Holder` values: an id ``C0001``…, a Chinese name and a
    birthday (sometimes none, sometimes 29 February)."""
    return st.builds(
        Holder,
        st.integers(1, 9999).map(lambda n: f"C{n:04d}"),
        _NAMES,
        birthday=_BIRTHDAYS,
    )


def cards(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    holders: SearchStrategy[Holder] | None = None,
) -> SearchStrategy[Card]:
    """VIP :class:`~custops.vip.Card` values issued (``Card.issue``) on a day of the range,
    valid two years (R-VIP-10)."""
    who = _holders() if holders is None else _strategy("holders", holders)
    return st.builds(
        Card.issue,
        st.integers(1, 99_999).map(lambda n: f"VIP-{n:05d}"),
        who,
        dates(min_value, max_value),
    )


_holders = holders
_GIFTS: Final = ("电饭煲", "保温杯", "台灯", "雨伞", "毛巾", "购物袋")


@st.composite
def _ledgers(
    draw: st.DrawFn,
    card_st: SearchStrategy[Card],
    policy_st: SearchStrategy[VipPolicy],
    max_operations: int,
    max_paid_fen: int,
) -> Ledger:
    card = draw(card_st)
    ledger = Ledger(card, draw(policy_st))
    day = card.issued_on
    left: dict[str, int] = {}  # fen of each purchase not yet fully returned
    for number in range(draw(st.integers(0, max_operations))):
        day += _dt.timedelta(days=draw(st.integers(0, 60)))
        balance = ledger.balance(day)
        open_refs = sorted(left)
        choices = ["expire"]
        if day <= card.valid_until:
            choices.insert(0, "earn")
        if balance:
            choices.append("redeem")
        if open_refs:
            choices.append("reverse")
        op = draw(st.sampled_from(choices))
        if op == "earn":
            ref = f"S{number + 1}"
            fen = draw(st.integers(0, max_paid_fen))
            ledger = ledger.earn(from_fen(fen), day, ref)
            left[ref] = fen
        elif op == "redeem":
            ledger = ledger.redeem(
                draw(st.integers(1, balance)), day, draw(st.sampled_from(_GIFTS))
            )
        elif op == "reverse":
            ref = draw(st.sampled_from(open_refs))
            part = draw(st.one_of(st.none(), st.integers(1, left[ref]))) if left[ref] else None
            ledger, reversal = ledger.reverse(ref, day, None if part is None else from_fen(part))
            if reversal.outcome is not ReversalOutcome.REFUSED:
                left[ref] -= to_fen(reversal.refunded)
                if not left[ref]:
                    del left[ref]
        else:
            ledger = ledger.expire(day)
    return ledger


def ledgers(
    *,
    cards: SearchStrategy[Card] | None = None,
    policies: SearchStrategy[VipPolicy] | None = None,
    max_operations: int = 12,
    max_paid: Decimal | int | str = 3000,
) -> SearchStrategy[Ledger]:
    """Points :class:`~custops.vip.Ledger` values built by a random valid history.

    Up to ``max_operations`` operations, days non-decreasing from the card's issue day:
    purchases (``earn``, 0.00 — a fully discounted one — up to ``max_paid``) while the
    card is valid, redemptions of at
    most the valid balance, full or partial returns (``reverse``) of purchases not yet
    fully returned — also after the card expired — and ``expire``. The policy comes from
    ``policies`` (default ``VipPolicy()``; :func:`vip_policies` varies it). Every ledger
    keeps the library's invariants: the balance is the sum of the entries and never
    negative. Shrinks to an empty ledger.
    """
    card_st = _cards() if cards is None else _strategy("cards", cards)
    policy_st = st.just(VipPolicy()) if policies is None else _strategy("policies", policies)
    top = _fen_bound("max_paid", max_paid)
    if top < 1:
        raise InvalidInput.for_argument("max_paid", max_paid, "must be at least 0.01")
    return _ledgers(card_st, policy_st, _size("max_operations", max_operations), top)


_cards = cards


# --------------------------------------------------------------------------- secrecy

_IDS: Final = ("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu")


def _roles_for(company: str) -> tuple[Role, ...]:
    if Person("probe", company=company).company == HQ:
        return tuple(r for r in Role if r is not Role.SUBSIDIARY_GM)
    return tuple(r for r in Role if not r.hq_only)


def _companies(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "companies", value, f"must be a collection of company names, not a {type_name(value)}"
        )
    chosen = tuple(dict.fromkeys(Person("probe", company=c).company for c in value))
    if not chosen:
        raise InvalidInput.for_argument("companies", value, "must not be empty")
    return chosen


@st.composite
def _person(draw: st.DrawFn, person_id: str, companies: tuple[str, ...]) -> Person:
    company = draw(st.sampled_from(companies))
    roles = draw(st.frozensets(st.sampled_from(_roles_for(company)), max_size=2))
    return Person(person_id, company=company, roles=roles)


def persons(companies: Iterable[str] = COMPANIES) -> SearchStrategy[Person]:
    """One secrecy :class:`~custops.secrecy.Person` of ``companies`` with up to two roles
    that the company can hold (HQ roles only at HQ, 子公司总经理 only at a subsidiary)."""
    chosen = _companies(companies)
    return st.sampled_from(_IDS).flatmap(lambda pid: _person(pid, chosen))


@st.composite
def _people(draw: st.DrawFn, companies: tuple[str, ...], lo: int, hi: int) -> tuple[Person, ...]:
    count = draw(st.integers(lo, hi))
    return tuple(
        draw(_person(f"{_IDS[i % len(_IDS)]}{i // len(_IDS) or ''}", companies))
        for i in range(count)
    )


def people(
    companies: Iterable[str] = COMPANIES, *, min_size: int = 1, max_size: int = 10
) -> SearchStrategy[tuple[Person, ...]]:
    """A group's people: a tuple of :class:`~custops.secrecy.Person` with distinct ids
    (``wang``, ``li``, … then ``wang1``…), each of one of ``companies`` (:data:`COMPANIES`)."""
    lo, hi = _sizes(min_size, max_size)
    return _people(_companies(companies), lo, hi)


_CLASSIFIED: Final = (Level.SECRET, Level.CONFIDENTIAL, Level.TOP_SECRET)


@st.composite
def _matter(
    draw: st.DrawFn,
    matter_id: str,
    ids: tuple[str, ...],
    owners: tuple[str, ...],
    days: SearchStrategy[_dt.date],
    kinds: tuple[MatterKind, ...],
    levels: tuple[Level, ...] | None = None,
) -> Matter:
    kind = draw(st.sampled_from(kinds))
    if levels is not None:
        level = draw(st.sampled_from(levels))
    else:
        try:
            level = _default_level(kind)
        except LevelRequired:
            level = draw(st.sampled_from(_CLASSIFIED))
    start = draw(days)
    term = draw(st.one_of(st.none(), st.integers(0, 1500)))
    end = None if term is None else start + _dt.timedelta(days=term)
    extensions: list[Extension] = []
    if end is not None and (level.classified or levels is not None):
        current = end
        for _ in range(draw(st.integers(0, 2))):
            decided = start + _dt.timedelta(days=draw(st.integers(0, (current - start).days)))
            current = current + _dt.timedelta(days=draw(st.integers(1, 730)))
            extensions.append(Extension(decided_on=decided, until=current))
    return Matter(
        matter_id,
        level,
        kind,
        owner=draw(st.sampled_from(owners)),
        classified_on=start,
        term_end=end,
        supervisor=draw(st.one_of(st.none(), st.sampled_from(ids))),
        people=draw(st.frozensets(st.sampled_from(ids), max_size=4)),
        extensions=extensions,
    )


def _matter_kinds(value: Iterable[MatterKind | str] | None) -> tuple[MatterKind, ...]:
    if value is None:
        return tuple(MatterKind)
    return _members("kinds", value, MatterKind.parse, MatterKind)


def _levels(value: Iterable[Level | str] | None) -> tuple[Level, ...] | None:
    if value is None:
        return None
    return _members("levels", value, Level.parse, Level)


def matters(
    people: Sequence[Person] | None = None,
    *,
    companies: Iterable[str] | None = None,
    kinds: Iterable[MatterKind | str] | None = None,
    levels: Iterable[Level | str] | None = None,
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
) -> SearchStrategy[Matter]:
    """Secrecy :class:`~custops.secrecy.Matter` values whose people exist.

    The supervisor and the cleared ``people`` are ids of ``people`` (default: the ids
    :func:`people` uses); the owner is one of ``companies`` (default: the companies of
    ``people``, or :data:`COMPANIES`). The level is the kind's default (R-SEC-02), or a
    random classified level for a kind that has none; with ``levels``, one of ``levels``
    whatever the kind (a level set explicitly, also above or below the default).
    ``classified_on`` lies in the bounds; the term is open or up to about four years,
    with up to two extensions decided while the matter was classified by its term
    (R-SEC-03; with ``levels``, whatever the level).
    """
    given: Any = people
    if given is None:
        ids, default_owners = _IDS, COMPANIES
    else:
        if isinstance(given, Person) or not isinstance(people, Sequence):
            raise InvalidType.for_argument(
                "people", people, f"must be a sequence of Person, not a {type_name(people)}"
            )
        for person in people:
            if not isinstance(person, Person):
                raise InvalidType.for_argument(
                    "people", person, f"must hold Person values, not a {type_name(person)}"
                )
        if not given:
            raise InvalidInput.for_argument("people", given, "must not be empty")
        ids = tuple(dict.fromkeys(p.id for p in given))
        default_owners = tuple(dict.fromkeys(p.company for p in given))
    owners = default_owners if companies is None else _companies(companies)
    days = dates(min_value, max_value)
    chosen = _matter_kinds(kinds)
    explicit = _levels(levels)
    return st.integers(1, 9999).flatmap(
        lambda n: _matter(f"M-{n:04d}", ids, owners, days, chosen, explicit)
    )


@st.composite
def _groups(
    draw: st.DrawFn,
    companies: tuple[str, ...],
    max_people: int,
    max_matters: int,
    days: SearchStrategy[_dt.date],
) -> tuple[tuple[Person, ...], tuple[Matter, ...]]:
    group = draw(_people(companies, 1, max_people))
    ids = tuple(p.id for p in group)
    kinds = tuple(MatterKind)
    count = draw(st.integers(0, max_matters))
    return group, tuple(
        draw(_matter(f"M-{i + 1}", ids, companies, days, kinds)) for i in range(count)
    )


def secrecy_groups(
    companies: Iterable[str] = COMPANIES,
    *,
    max_people: int = 10,
    max_matters: int = 6,
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
) -> SearchStrategy[tuple[tuple[Person, ...], tuple[Matter, ...]]]:
    """``(people, matters)`` of one group: matters with distinct ids (``M-1``…) owned by
    ``companies`` whose supervisors and cleared people are among ``people``."""
    return _groups(
        _companies(companies),
        _size("max_people", max_people, minimum=1),
        _size("max_matters", max_matters),
        dates(min_value, max_value),
    )


# --------------------------------------------------------------------------- deposits, SLA

_CLAIM_REASONS: Final = {
    ClaimKind.UNPAID_FEES: ("会员管理费欠款", "交易手续费欠款"),
    ClaimKind.LOSS: ("交割违约损失", "仓储损失"),
    ClaimKind.FINE: ("违规赔偿金",),
    ClaimKind.TERMINATION_COST: ("终止处理费用", "清算费用"),
    ClaimKind.OTHER: ("其他应付款项",),
}


@st.composite
def _claims(
    draw: st.DrawFn, days: SearchStrategy[_dt.date], amount: SearchStrategy[Decimal]
) -> Claim:
    kind = draw(st.sampled_from(ClaimKind))
    return Claim(draw(amount), draw(days), draw(st.sampled_from(_CLAIM_REASONS[kind])), kind=kind)


def claims(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    max_amount: Decimal | int | str = 500_000,
) -> SearchStrategy[Claim]:
    """Deposit :class:`~custops.deposits.Claim` values (R-DEP-03): more than 0 and up to
    ``max_amount``, arising on a day of the range, of any kind with a matching reason."""
    top = _fen_bound("max_amount", max_amount)
    if top < 1:
        raise InvalidInput.for_argument("max_amount", max_amount, "must be at least 0.01")
    return _claims(dates(min_value, max_value), amounts(min_value="0.01", max_value=max_amount))


_TARGET_NAMES: Final = ("acknowledge", "reply", "resolve", "feedback", "follow_up", "report")
_WARNINGS: Final = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"), Decimal("0.9"))


@st.composite
def _targets(draw: st.DrawFn, base: SearchStrategy[Period], max_amount: int | None) -> Target:
    period = draw(base)
    special = None
    if draw(st.booleans()):
        cap = REALISTIC_MAX[period.unit] if max_amount is None else max_amount
        longer = draw(st.integers(period.amount, max(period.amount, cap)))
        special = Period(longer, period.unit)
    warnings = draw(st.one_of(st.just(_WARNINGS[1:3]), st.frozensets(st.sampled_from(_WARNINGS))))
    return Target(
        draw(st.sampled_from(_TARGET_NAMES)),
        period,
        special_period=special,
        warnings=sorted(warnings),
        rule=draw(st.sampled_from(("", "R-SLA-01", "R-SLA-05", "R-SLA-08", "R-SLA-09"))),
    )


def targets(
    units: Iterable[Unit | str] | None = None, *, max_amount: int | None = None
) -> SearchStrategy[Target]:
    """SLA :class:`~custops.sla.Target` values: a name, a period of :func:`periods`
    (``units``, ``max_amount``), sometimes a special period of the same unit at least as
    long and within the same bound (R-SLA-09), and warning thresholds (default 0.5 and
    0.75, or a subset of 0.25 … 0.9).
    """
    return _targets(periods(units, max_amount=max_amount), max_amount)
