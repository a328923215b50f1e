"""Working days with 调休, business hours and provisional years: :class:`WorkCalendar`.

A :class:`WorkCalendar` answers *is this a working day*, *what is the n-th working
day after this one*, *how many working days lie between these two*, and the same
questions in business time (hours and minutes inside business intervals).  It
implements the "Chinese calendar" paragraph of RULES.md §1, on which every
working-day rule stands (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13):

* the public holidays of the ``holidays`` package (``PUBLIC`` category only; the
  half days of Women's Day, Youth Day, Children's Day and Army Day never close a day)
  are rest days;
* the weekend days the State Council's yearly arrangement turns into working days
  (调休上班, 补班; ``weekend_workdays`` in ``holidays``) are working days;
* a company's own ``closures`` and ``extra_workdays`` win over the public data;
* a year whose arrangement is not in the data yet is *provisional*: the calendar
  answers from the statutory rules and warns once (or raises, when ``strict``).

The answers come from a per-calendar index built lazily per range of years: the
sorted ordinals of the working days, a prefix count over the days and a prefix
sum of business microseconds.  ``add_workdays`` and ``workdays_between`` are two
array look-ups, ``add_working_time`` and ``working_time_between`` a binary search;
none of them walks day by day.

>>> import datetime as dt
>>> cal = china()
>>> cal.day_kind(dt.date(2025, 10, 11))
<DayKind.MAKEUP_WORKDAY: '调休上班'>
>>> cal.add_workdays(dt.date(2025, 9, 30), 3)   # 10-09, 10-10, then the 补班 Saturday
datetime.date(2025, 10, 11)
>>> cal.workdays_between(dt.date(2025, 9, 30), dt.date(2025, 10, 11))
3
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import functools
import itertools
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import holidays as _holidays
from holidays.constants import PUBLIC
from holidays.version import __version__ as _holidays_version

from custops._enums import parse_member
from custops._validate import require_aware, require_bool, require_date, require_int, type_name
from custops.errors import (
    CalendarNotPublished,
    InvalidInput,
    InvalidType,
    PolicyError,
    ProvisionalCalendarWarning,
)

__all__ = [
    "ARRANGED_COUNTRIES",
    "MAX_YEAR",
    "MIN_YEAR",
    "Arrangement",
    "BusinessHours",
    "DayInfo",
    "DayKind",
    "Interval",
    "WorkCalendar",
    "calendar_or_china",
    "china",
]

#: The earliest and latest years any calendar answers for (narrowed further by
#: the years the ``holidays`` package supports for the country: 1950-2100 for CN).
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

#: Countries whose working days are fixed each year by an official arrangement
#: (调休).  For these a year after the last arrangement in the data is provisional;
#: every other country's holidays follow statutory rules, so every year is published.
ARRANGED_COUNTRIES: Final = frozenset({"CN", "CHN"})

_US: Final = _dt.timedelta(microseconds=1)
_DAY_US: Final = 86_400_000_000
_EPOCH: Final = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_NO_LIMIT: Final = 10**9
_EPOCH_ORDINAL: Final = _dt.date(1970, 1, 1).toordinal()


# --------------------------------------------------------------------------- day kinds


class DayKind(enum.Enum):
    """What a day is in a :class:`WorkCalendar`, with its Chinese label.

    >>> DayKind.parse("补班")
    <DayKind.MAKEUP_WORKDAY: '调休上班'>
    >>> DayKind.parse("public holiday").label
    '法定节假日'
    >>> DayKind.HOLIDAY.is_workday
    False
    """

    WORKDAY = "工作日"
    WEEKEND = "周末"
    HOLIDAY = "法定节假日"
    MAKEUP_WORKDAY = "调休上班"
    CLOSURE = "公司停业"
    EXTRA_WORKDAY = "加班日"

    @property
    def label(self) -> str:
        """The Chinese label (工作日, 周末, 法定节假日, 调休上班, 公司停业, 加班日)."""
        return self.value

    @property
    def is_workday(self) -> bool:
        """Whether a day of this kind is a working day."""
        return self in _WORKING_KINDS

    @classmethod
    def parse(cls, text: str | DayKind, *, argument: str = "text") -> DayKind:
        """The kind named by ``text``: its Chinese label, English name or a common variant."""
        return parse_member(cls, text, argument=argument, aliases=_KIND_ALIASES)


_WORKING_KINDS: Final = frozenset({DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY, DayKind.EXTRA_WORKDAY})
_KIND_ALIASES: Final[dict[str, str]] = {
    "working_day": "WORKDAY",
    "weekday": "WORKDAY",
    "weekend_day": "WEEKEND",
    "双休日": "WEEKEND",
    "public_holiday": "HOLIDAY",
    "statutory_holiday": "HOLIDAY",
    "节假日": "HOLIDAY",
    "法定假日": "HOLIDAY",
    "假日": "HOLIDAY",
    "makeup": "MAKEUP_WORKDAY",
    "makeup_day": "MAKEUP_WORKDAY",
    "make_up_working_day": "MAKEUP_WORKDAY",
    "makeup_working_day": "MAKEUP_WORKDAY",
    "weekend_workday": "MAKEUP_WORKDAY",
    "调休": "MAKEUP_WORKDAY",
    "补班": "MAKEUP_WORKDAY",
    "调休补班": "MAKEUP_WORKDAY",
    "company_closure": "CLOSURE",
    "停业": "CLOSURE",
    "公司休息日": "CLOSURE",
    "extra_working_day": "EXTRA_WORKDAY",
    "extra": "EXTRA_WORKDAY",
    "加班": "EXTRA_WORKDAY",
}

# Day kinds are stored one byte per day in the index, in this order.
_KINDS: Final = (
    DayKind.WORKDAY,
    DayKind.WEEKEND,
    DayKind.HOLIDAY,
    DayKind.MAKEUP_WORKDAY,
    DayKind.CLOSURE,
    DayKind.EXTRA_WORKDAY,
)
_K_WORK, _K_WEEKEND, _K_HOLIDAY, _K_MAKEUP, _K_CLOSURE, _K_EXTRA = range(6)
_WORKING_CODE: Final = (True, False, False, True, False, True)


# --------------------------------------------------------------------------- business hours


def _parse_time(argument: str, value: Any, *, end: bool) -> _dt.time:
    if isinstance(value, _dt.time):
        if value.tzinfo is not None:
            raise InvalidInput.for_argument(
                argument, value, "must be a local wall time without a zone"
            )
        return value
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?\s*", value)
        if match:
            hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
            if end and (hour, minute, second) == (24, 0, 0):
                return _dt.time(0)
            if hour < 24 and minute < 60 and second < 60:
                return _dt.time(hour, minute, second)
        raise InvalidInput.for_argument(argument, value, "is not a time of day such as '09:00'")
    raise InvalidType.for_argument(
        argument, value, f"must be a datetime.time or a str like '09:00', not a {type_name(value)}"
    )


def _start_time(value: _dt.time | str) -> _dt.time:
    return _parse_time("start", value, end=False)


def _end_time(value: _dt.time | str) -> _dt.time:
    return _parse_time("end", value, end=True)


def _time_us(t: _dt.time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


@attrs.frozen
class Interval:
    """One business interval of a day in local wall time: ``[start, end)``.

    ``end`` must be later than ``start`` on the same day; ``time(0)`` (or the
    text ``"24:00"``) as the end means midnight at the end of the day.  Times can
    be given as text.

    >>> Interval("09:00", "12:00")
    Interval(start=datetime.time(9, 0), end=datetime.time(12, 0))
    >>> Interval.parse("13:00-18:00").length
    datetime.timedelta(seconds=18000)
    >>> Interval("12:00", "09:00")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: end: must be later than start 12:00:00 (got datetime.time(9, 0))
    """

    start: _dt.time = attrs.field(converter=_start_time)
    end: _dt.time = attrs.field(converter=_end_time)

    def __attrs_post_init__(self) -> None:
        if self.end_us <= self.start_us:
            raise InvalidInput.for_argument(
                "end", self.end, f"must be later than start {self.start}"
            )

    @property
    def start_us(self) -> int:
        """Microseconds from midnight to ``start``."""
        return _time_us(self.start)

    @property
    def end_us(self) -> int:
        """Microseconds from midnight to ``end`` (a whole day when ``end`` is 24:00)."""
        return _DAY_US if self.end == _dt.time(0) else _time_us(self.end)

    @property
    def length(self) -> _dt.timedelta:
        """How long the interval lasts."""
        return _dt.timedelta(microseconds=self.end_us - self.start_us)

    @classmethod
    def parse(cls, text: str) -> Interval:
        """Read ``"09:00-12:00"`` (also with ``–``, ``~``, ``至`` or ``到`` between the times)."""
        if not isinstance(text, str):
            raise InvalidType.for_argument("text", text, f"must be a str, not a {type_name(text)}")
        parts = re.split(r"\s*(?:-|–|—|~|～|至|到)\s*", text.strip())
        if len(parts) != 2 or not all(parts):
            raise InvalidInput.for_argument(
                "text", text, "is not an interval such as '09:00-12:00'"
            )
        return cls(parts[0], parts[1])


_WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

Week = tuple[tuple[Interval, ...], ...]


def _as_intervals(weekday: int, value: Any) -> tuple[Interval, ...]:
    if isinstance(value, (Interval, str)):
        value = (value,)
    if not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "weekly", value, f"{_WEEKDAY_NAMES[weekday]}: must be a tuple of Interval"
        )
    items = tuple(Interval.parse(v) if isinstance(v, str) else v for v in value)
    for item in items:
        if not isinstance(item, Interval):
            raise InvalidType.for_argument(
                "weekly", item, f"{_WEEKDAY_NAMES[weekday]}: must hold Interval values"
            )
    items = tuple(sorted(items, key=lambda i: i.start_us))
    for before, after in itertools.pairwise(items):
        if after.start_us < before.end_us:
            raise PolicyError.for_argument(
                "weekly", (before, after), f"{_WEEKDAY_NAMES[weekday]}: intervals overlap"
            )
    return items


def _week(value: Mapping[int, Any] | Iterable[Any]) -> Week:
    """Convert a ``{weekday: intervals}`` mapping or a 7-sequence to a frozen 7-tuple."""
    if isinstance(value, Mapping):
        for key in value:
            if isinstance(key, bool) or not isinstance(key, int) or not 0 <= key <= 6:
                raise InvalidInput.for_argument(
                    "weekly", key, "keys must be weekdays 0 (Monday) .. 6 (Sunday)"
                )
        return tuple(_as_intervals(wd, value.get(wd, ())) for wd in range(7))
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "weekly", value, "must be a mapping weekday -> intervals or a 7-tuple"
        )
    days = tuple(value)
    if len(days) != 7:
        raise InvalidInput.for_argument("weekly", value, "must have one entry per weekday (7)")
    return tuple(_as_intervals(wd, day) for wd, day in enumerate(days))


def _check_weekday(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    require_int(attribute.name, value, minimum=0, maximum=6)


@attrs.frozen
class BusinessHours:
    """Business intervals per weekday (0 = Monday .. 6 = Sunday).

    ``weekly`` accepts a mapping ``{weekday: intervals}`` (missing weekdays have
    no hours) or a sequence of seven entries; it is stored as a frozen 7-tuple,
    so ``hours.weekly[0]`` is Monday's intervals.  A lunch break is two intervals.
    A working weekend day (调休上班) uses the hours of ``makeup_weekday``
    (Monday by default).

    >>> hours = BusinessHours.standard()
    >>> hours.intervals_on(0)
    (Interval(start=datetime.time(9, 0), end=datetime.time(12, 0)),
     Interval(start=datetime.time(13, 0), end=datetime.time(18, 0)))
    >>> hours.day_length(5), hours.day_length(5, makeup=True)
    (datetime.timedelta(0), datetime.timedelta(seconds=28800))
    >>> BusinessHours({0: ["08:30-17:30"], 1: ["08:30-17:30"]}).day_length(1)
    datetime.timedelta(seconds=32400)
    """

    weekly: Week = attrs.field(converter=_week)
    makeup_weekday: int = attrs.field(default=0, validator=_check_weekday)

    @classmethod
    def standard(cls) -> BusinessHours:
        """09:00-12:00 and 13:00-18:00, Monday to Friday (8 hours a day)."""
        day = (Interval(_dt.time(9), _dt.time(12)), Interval(_dt.time(13), _dt.time(18)))
        return cls(dict.fromkeys(range(5), day))

    @classmethod
    def always(cls) -> BusinessHours:
        """00:00-24:00 every day (a 24x7 desk; still only on working days)."""
        return cls({wd: (Interval(_dt.time(0), _dt.time(0)),) for wd in range(7)})

    def intervals_on(self, weekday: int, *, makeup: bool = False) -> tuple[Interval, ...]:
        """The intervals of ``weekday``; with ``makeup`` those of ``makeup_weekday``."""
        require_int("weekday", weekday, minimum=0, maximum=6)
        return self.weekly[self.makeup_weekday if require_bool("makeup", makeup) else weekday]

    def day_length(self, weekday: int, *, makeup: bool = False) -> _dt.timedelta:
        """Total business time of ``weekday`` (or of a makeup day, with ``makeup``)."""
        return sum((i.length for i in self.intervals_on(weekday, makeup=makeup)), _dt.timedelta())


# --------------------------------------------------------------------------- arrangements


def _arranged_holidays(
    value: Mapping[_dt.date, str] | Iterable[_dt.date],
) -> tuple[tuple[_dt.date, str], ...]:
    days: Any = value  # checked at run time: the annotation is what callers should pass
    if isinstance(days, Mapping):
        pairs = [(require_date("holidays", d), name) for d, name in days.items()]
        for _, name in pairs:
            if not isinstance(name, str) or not name.strip():
                raise InvalidInput.for_argument("holidays", name, "a holiday name must be text")
    elif isinstance(days, Iterable) and not isinstance(days, (str, bytes)):
        pairs = [(require_date("holidays", d), "休息日") for d in days]
    else:
        raise InvalidType.for_argument(
            "holidays", value, "must be a mapping date -> name or an iterable of dates"
        )
    return tuple(sorted(pairs))


def _date_set(argument: str, value: Any) -> frozenset[_dt.date]:
    if isinstance(value, (str, bytes, _dt.date)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(argument, value, "must be an iterable of datetime.date")
    return frozenset(require_date(argument, d) for d in value)


def _workdays_set(value: Iterable[_dt.date]) -> frozenset[_dt.date]:
    return _date_set("workdays", value)


def _check_year(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    require_int(attribute.name, value, minimum=MIN_YEAR, maximum=MAX_YEAR)


@attrs.frozen
class Arrangement:
    """A year's holiday arrangement supplied by the user (e.g. a new State Council notice).

    It replaces the public data for every day of ``year``: ``holidays`` (a
    mapping date -> name, or plain dates) are rest days, ``workdays`` are weekend
    days worked (调休上班), every other day follows the weekly rest days.  A notice's
    days that fall in the previous year belong to that year's arrangement.

    >>> import datetime as dt
    >>> a = Arrangement(2027, {dt.date(2027, 1, 1): "元旦"}, workdays=[dt.date(2027, 1, 2)])
    >>> a.holidays
    ((datetime.date(2027, 1, 1), '元旦'),)
    """

    year: int = attrs.field(validator=_check_year)
    holidays: tuple[tuple[_dt.date, str], ...] = attrs.field(converter=_arranged_holidays)
    workdays: frozenset[_dt.date] = attrs.field(default=frozenset(), converter=_workdays_set)

    def __attrs_post_init__(self) -> None:
        for d, _ in self.holidays:
            if d.year != self.year:
                raise InvalidInput.for_argument("holidays", d, f"must lie in {self.year}")
        for d in sorted(self.workdays):
            if d.year != self.year:
                raise InvalidInput.for_argument("workdays", d, f"must lie in {self.year}")
        both = self.workdays & {d for d, _ in self.holidays}
        if both:
            raise InvalidInput.for_argument(
                "workdays", min(both), "is listed both as a holiday and as a working day"
            )


# --------------------------------------------------------------------------- the index


@attrs.frozen
class _Entity:
    """What the ``holidays`` package knows about a country (cached per country)."""

    country: str
    subdiv: str | None
    language: str | None
    first_year: int
    last_year: int
    published_through: int  # years after this one are provisional (absent user overrides)


def _special_years(holiday_set: Any) -> set[int]:
    years: set[int] = set()
    for name in dir(holiday_set):
        if name.startswith("special_") and "holidays" in name:
            value = getattr(holiday_set, name, None)
            if isinstance(value, dict):
                years.update(y for y in value if isinstance(y, int))
    return years


@functools.lru_cache(maxsize=64)
def _entity(country: str, subdiv: str | None) -> _Entity:
    try:
        probe = _holidays.country_holidays(country, subdiv=subdiv)
    except NotImplementedError as exc:
        argument, value = ("subdiv", subdiv) if "subdivision" in str(exc) else ("country", country)
        raise InvalidInput.for_argument(
            argument, value, "is not a country or subdivision the holidays package knows"
        ) from None
    cls = type(probe)
    if PUBLIC not in getattr(cls, "supported_categories", (PUBLIC,)):
        raise InvalidInput.for_argument("country", country, "has no public-holiday category")
    if country.upper() in ARRANGED_COUNTRIES:
        # The last year the data carries a State Council arrangement for: the class's
        # special (substituted) holidays are keyed by year.
        years = _special_years(probe)
        through = max(years) if years else MIN_YEAR - 1
    else:
        through = _NO_LIMIT
    return _Entity(
        country=country,
        subdiv=subdiv,
        language=getattr(cls, "default_language", None),
        first_year=max(MIN_YEAR, int(getattr(cls, "start_year", MIN_YEAR))),
        last_year=min(MAX_YEAR, int(getattr(cls, "end_year", MAX_YEAR))),
        published_through=through,
    )


class _Index:
    """Working days of a contiguous range of whole years, as flat arrays (immutable once built).

    ``kinds[i]`` is the kind code of day ``first + i``; ``count[i]`` the number of
    working days before day ``first + i`` (so ``count`` has one entry more than
    there are days); ``work`` the sorted ordinals of the working days;
    ``secs[i]`` the business microseconds before day ``first + i`` (built lazily).
    """

    __slots__ = (
        "count",
        "first",
        "hi_year",
        "kinds",
        "last",
        "lo_year",
        "names",
        "offsets",
        "secs",
        "through",
        "work",
    )

    def __init__(
        self, lo_year: int, hi_year: int, kinds: bytearray, names: dict[int, str], through: int
    ) -> None:
        self.through = through
        self.lo_year = lo_year
        self.hi_year = hi_year
        self.first = _dt.date(lo_year, 1, 1).toordinal()
        self.last = _dt.date(hi_year, 12, 31).toordinal()
        self.kinds = bytes(kinds)
        self.names = names
        working = [_WORKING_CODE[k] for k in self.kinds]
        self.work = [self.first + i for i, w in enumerate(working) if w]
        self.count = [0, *itertools.accumulate(working)]
        self.secs: list[int] | None = None
        self.offsets: list[int] | None = None


class _Cache:
    """The mutable, private part of a calendar: its index and the years already warned about."""

    __slots__ = ("index", "templates", "warned")

    def __init__(self) -> None:
        self.index: _Index | None = None
        self.templates: tuple[tuple[tuple[int, int], ...], ...] | None = None
        self.warned: set[int] = set()

    def __reduce__(self) -> tuple[type[_Cache], tuple[()]]:
        return (_Cache, ())  # a pickled calendar rebuilds its index on demand


# --------------------------------------------------------------------------- converters


def _country(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidType.for_argument("country", value, f"must be a str, not a {type_name(value)}")
    if not value.strip():
        raise InvalidInput.for_argument("country", value, "must not be empty")
    return value.strip().upper()


def _subdiv(value: str | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidType.for_argument("subdiv", value, f"must be a str, not a {type_name(value)}")
    return value


def _closures(value: Iterable[_dt.date]) -> frozenset[_dt.date]:
    return _date_set("closures", value)


def _extra_workdays(value: Iterable[_dt.date]) -> frozenset[_dt.date]:
    return _date_set("extra_workdays", value)


def _zone(value: ZoneInfo | str) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    if not isinstance(value, str):
        raise InvalidType.for_argument(
            "tz", value, f"must be a ZoneInfo or a zone name, not a {type_name(value)}"
        )
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput.for_argument("tz", value, "is not a known time zone") from None


def _hours(value: BusinessHours | None) -> BusinessHours | None:
    if value is not None and not isinstance(value, BusinessHours):
        raise InvalidType.for_argument(
            "hours", value, f"must be a BusinessHours or None, not a {type_name(value)}"
        )
    return value


def _final_years(value: Iterable[int] | int) -> frozenset[int]:
    years: Any = (value,) if isinstance(value, int) and not isinstance(value, bool) else value
    if isinstance(years, (str, bytes)) or not isinstance(years, Iterable):
        raise InvalidType.for_argument("final_years", value, "must be an iterable of years")
    return frozenset(
        require_int("final_years", y, minimum=MIN_YEAR, maximum=MAX_YEAR) for y in years
    )


def _arrangements(
    value: Iterable[Arrangement] | Mapping[int, Arrangement],
) -> tuple[Arrangement, ...]:
    items: Any = list(value.values()) if isinstance(value, Mapping) else value
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidType.for_argument("arrangements", value, "must be an iterable of Arrangement")
    result = tuple(items)
    for item in result:
        if not isinstance(item, Arrangement):
            raise InvalidType.for_argument(
                "arrangements", item, f"must hold Arrangement values, not a {type_name(item)}"
            )
    years = [a.year for a in result]
    if len(set(years)) != len(years):
        raise InvalidInput.for_argument("arrangements", years, "has two arrangements for a year")
    return tuple(sorted(result, key=lambda a: a.year))


def _check_strict(_inst: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    require_bool(attribute.name, value)


# --------------------------------------------------------------------------- results


@attrs.frozen
class DayInfo:
    """What a calendar says about one day, and why (returned by :meth:`WorkCalendar.describe`).

    >>> import datetime as dt
    >>> info = china().describe(dt.date(2025, 10, 1))
    >>> info.kind.label, info.is_workday, info.holiday_name, info.provisional
    ('法定节假日', False, '国庆节', False)
    """

    day: _dt.date
    kind: DayKind
    is_workday: bool
    holiday_name: str | None
    provisional: bool
    source: str
    reason: str


# --------------------------------------------------------------------------- the calendar


@attrs.frozen
class WorkCalendar:
    """Working days of a country (China by default) with a company's overrides.

    Equal and hashable by configuration; pickles (the index is rebuilt on demand).

    * ``country``/``subdiv``: any country the ``holidays`` package knows (``"CN"``,
      ``"HK"``, ``"US"`` with ``subdiv="CA"``…); only its ``PUBLIC`` holidays close a day.
    * ``closures`` / ``extra_workdays``: company rest days / working days; they win
      over the public data; a date in both is an error.
    * ``hours``: :class:`BusinessHours` for business-time arithmetic, or ``None``
      (a working day is then worked from 00:00 to 24:00).
    * ``tz``: the zone business hours are read in (Asia/Shanghai).
    * ``strict``: raise :class:`~custops.errors.CalendarNotPublished` instead of
      warning when a provisional year is used.
    * ``final_years``: years the user declares final although the data has no
      arrangement for them; ``arrangements``: the user's own :class:`Arrangement`
      for a year (the year is then published and answered from it).

    Working-day arithmetic serves the working-day rules R-SLA-01, R-SLA-08,
    R-SLA-09 and R-SLA-13.

    >>> import datetime as dt
    >>> cal = WorkCalendar()
    >>> cal.is_workday(dt.date(2025, 10, 11)), cal.is_workday(dt.date(2025, 10, 8))
    (True, False)
    >>> cal.holiday_name(dt.date(2025, 10, 1))
    '国庆节'
    >>> WorkCalendar(closures=[dt.date(2025, 10, 11)]).is_workday(dt.date(2025, 10, 11))
    False
    >>> WorkCalendar() == cal, hash(WorkCalendar()) == hash(cal)
    (True, True)
    """

    country: str = attrs.field(default="CN", converter=_country)
    subdiv: str | None = attrs.field(default=None, converter=_subdiv)
    closures: frozenset[_dt.date] = attrs.field(
        default=frozenset(), converter=_closures, kw_only=True
    )
    extra_workdays: frozenset[_dt.date] = attrs.field(
        default=frozenset(), converter=_extra_workdays, kw_only=True
    )
    hours: BusinessHours | None = attrs.field(
        factory=BusinessHours.standard, converter=_hours, kw_only=True
    )
    tz: ZoneInfo = attrs.field(default=ZoneInfo("Asia/Shanghai"), converter=_zone, kw_only=True)
    strict: bool = attrs.field(default=False, validator=_check_strict, kw_only=True)
    final_years: frozenset[int] = attrs.field(
        default=frozenset(), converter=_final_years, kw_only=True
    )
    arrangements: tuple[Arrangement, ...] = attrs.field(
        default=(), converter=_arrangements, kw_only=True
    )
    _cache: _Cache = attrs.field(
        init=False, factory=_Cache, eq=False, hash=False, repr=False, order=False
    )

    def __attrs_post_init__(self) -> None:
        entity = _entity(self.country, self.subdiv)
        both = self.closures & self.extra_workdays
        if both:
            raise InvalidInput.for_argument(
                "extra_workdays", min(both), "is also listed in closures"
            )
        for argument, days in (
            ("closures", self.closures),
            ("extra_workdays", self.extra_workdays),
        ):
            for d in days:
                if not entity.first_year <= d.year <= entity.last_year:
                    raise InvalidInput.for_argument(argument, d, self._range_text(entity))
        for argument, years in (
            ("final_years", self.final_years),
            ("arrangements", {a.year for a in self.arrangements}),
        ):
            for y in sorted(years):
                if not entity.first_year <= y <= entity.last_year:
                    raise InvalidInput.for_argument(argument, y, self._range_text(entity))

    # ------------------------------------------------------------ configuration views

    @property
    def zone(self) -> ZoneInfo:
        """The calendar's time zone (``tz``)."""
        return self.tz

    @property
    def supported_years(self) -> range:
        """The years this calendar answers for; a date outside them is refused.

        >>> china().supported_years
        range(1950, 2101)
        """
        entity = _entity(self.country, self.subdiv)
        return range(entity.first_year, entity.last_year + 1)

    @property
    def published_through(self) -> int | None:
        """The last year the data carries an official arrangement for (``None``: no such notion).

        >>> china().published_through
        2026
        """
        through = _entity(self.country, self.subdiv).published_through
        return None if through == _NO_LIMIT else through

    def is_published(self, year: int) -> bool:
        """Whether the official arrangement for ``year`` is known (never warns or raises).

        For China, a year after :attr:`published_through` is provisional unless the
        user declared it final (``final_years``) or supplied an ``Arrangement``.
        Other countries follow statutory rules, so every year is published.

        >>> china().is_published(2026), china().is_published(2027)
        (True, False)
        >>> WorkCalendar(final_years=[2027]).is_published(2027)
        True
        """
        require_int("year", year, minimum=MIN_YEAR, maximum=MAX_YEAR)
        return not self._provisional(year)

    def _provisional(self, year: int) -> bool:
        if year <= _entity(self.country, self.subdiv).published_through:
            return False
        return year not in self.final_years and all(a.year != year for a in self.arrangements)

    # ------------------------------------------------------------ index management

    @staticmethod
    def _range_text(entity: _Entity) -> str:
        return (
            f"must lie in the years {entity.first_year}-{entity.last_year} "
            f"the {entity.country} calendar supports"
        )

    def _index(self, lo: int, hi: int, argument: str, value: Any) -> _Index:
        """The index, extended if needed to cover ordinals ``lo..hi``."""
        ix = self._cache.index
        if ix is not None and ix.first <= lo and hi <= ix.last:
            return ix
        entity = _entity(self.country, self.subdiv)
        lo_year = _dt.date.fromordinal(max(lo, 1)).year
        hi_year = _dt.date.fromordinal(min(hi, _dt.date.max.toordinal())).year
        if lo_year < entity.first_year or hi_year > entity.last_year:
            raise InvalidInput.for_argument(argument, value, self._range_text(entity))
        # Whole decades, so a calendar used around one date builds once.
        lo_year = max(entity.first_year, lo_year - lo_year % 10)
        hi_year = min(entity.last_year, hi_year - hi_year % 10 + 9)
        if ix is not None:
            lo_year, hi_year = min(lo_year, ix.lo_year), max(hi_year, ix.hi_year)
        ix = self._build(entity, lo_year, hi_year)
        self._cache.index = ix
        return ix

    def _grow(self, ix: _Index, forward: bool, argument: str, value: Any) -> _Index:
        """The index extended by at least its own length in one direction."""
        entity = _entity(self.country, self.subdiv)
        span = ix.hi_year - ix.lo_year + 1
        if forward:
            if ix.hi_year >= entity.last_year:
                raise InvalidInput.for_argument(
                    argument, value, f"goes past {entity.last_year}, the last supported year"
                )
            target = _dt.date(min(entity.last_year, ix.hi_year + span), 12, 31).toordinal()
            return self._index(ix.first, target, argument, value)
        if ix.lo_year <= entity.first_year:
            raise InvalidInput.for_argument(
                argument, value, f"goes before {entity.first_year}, the first supported year"
            )
        target = _dt.date(max(entity.first_year, ix.lo_year - span), 1, 1).toordinal()
        return self._index(target, ix.last, argument, value)

    def _build(self, entity: _Entity, lo_year: int, hi_year: int) -> _Index:
        first = _dt.date(lo_year, 1, 1).toordinal()
        last = _dt.date(hi_year, 12, 31).toordinal()
        years = range(max(entity.first_year, lo_year - 1), min(entity.last_year, hi_year + 1) + 1)
        data = _holidays.country_holidays(
            entity.country,
            subdiv=entity.subdiv,
            years=years,
            expand=False,
            language=entity.language,
            categories=(PUBLIC,),
        )
        kinds = bytearray(last - first + 1)
        for o in range(first, last + 1):
            if data.is_weekend(_dt.date.fromordinal(o)):
                kinds[o - first] = _K_WEEKEND
        weekend = bytes(kinds)
        names: dict[int, str] = {}
        arranged = {a.year: a for a in self.arrangements}
        for d, name in data.items():
            o = d.toordinal()
            if first <= o <= last and d.year not in arranged:
                kinds[o - first] = _K_HOLIDAY
                names[o] = name
        for d in data.weekend_workdays:
            o = d.toordinal()
            if first <= o <= last and d.year not in arranged:
                kinds[o - first] = _K_MAKEUP if weekend[o - first] else _K_WORK
        for year, arrangement in arranged.items():
            if not lo_year <= year <= hi_year:
                continue
            start = _dt.date(year, 1, 1).toordinal() - first
            stop = _dt.date(year, 12, 31).toordinal() - first + 1
            kinds[start:stop] = weekend[start:stop]
            for o in [o for o in names if start <= o - first < stop]:
                del names[o]
            for d, name in arrangement.holidays:
                kinds[d.toordinal() - first] = _K_HOLIDAY
                names[d.toordinal()] = name
            for d in arrangement.workdays:
                o = d.toordinal() - first
                kinds[o] = _K_MAKEUP if weekend[o] else _K_WORK
        for d in self.closures:
            if first <= d.toordinal() <= last:
                kinds[d.toordinal() - first] = _K_CLOSURE
        for d in self.extra_workdays:
            if first <= d.toordinal() <= last:
                kinds[d.toordinal() - first] = _K_EXTRA
        return _Index(lo_year, hi_year, kinds, names, entity.published_through)

    def _note(self, lo_year: int, hi_year: int) -> None:
        """Warn about (or, when strict, refuse) the provisional years in ``lo_year..hi_year``."""
        through = _entity(self.country, self.subdiv).published_through
        if hi_year <= through:
            return
        provisional = [
            y for y in range(max(lo_year, through + 1), hi_year + 1) if self._provisional(y)
        ]
        if not provisional:
            return
        if self.strict:
            year = provisional[0]
            raise CalendarNotPublished(
                f"year: the official {self.country} holiday arrangement for {year} is not "
                f"published in the data (last: {through}); declare it final or supply an "
                f"Arrangement (got {year})",
                year=year,
                country=self.country,
            )
        for year in provisional:
            if year not in self._cache.warned:
                warnings.warn(
                    f"the {self.country} holiday arrangement for {year} is not published yet; "
                    f"answering from the statutory holidays (provisional). Pass "
                    f"final_years=[{year}] or an Arrangement to silence this.",
                    ProvisionalCalendarWarning,
                    stacklevel=3,
                )
                self._cache.warned.add(year)

    def _day(self, argument: str, d: Any) -> int:
        if d.__class__ is not _dt.date:
            require_date(argument, d)
        return int(d.toordinal())

    # ------------------------------------------------------------ days

    def is_workday(self, d: _dt.date) -> bool:
        """Whether ``d`` is a working day (调休 makeup days and extra workdays included).

        >>> import datetime as dt
        >>> china().is_workday(dt.date(2026, 10, 10))  # Saturday, 补班 for National Day
        True
        """
        if d.__class__ is not _dt.date:
            require_date("d", d)
        o = d.toordinal()
        ix = self._cache.index
        if ix is None or not ix.first <= o <= ix.last:
            ix = self._index(o, o, "d", d)
        if d.year > ix.through:
            self._note(d.year, d.year)
        return _WORKING_CODE[ix.kinds[o - ix.first]]

    def day_kind(self, d: _dt.date) -> DayKind:
        """The :class:`DayKind` of ``d``.

        >>> import datetime as dt
        >>> china().day_kind(dt.date(2026, 2, 17)).label
        '法定节假日'
        """
        o = self._day("d", d)
        ix = self._index(o, o, "d", d)
        self._note(d.year, d.year)
        return _KINDS[ix.kinds[o - ix.first]]

    def holiday_name(self, d: _dt.date) -> str | None:
        """The public holiday's name on ``d`` (Chinese for CN), or ``None``.

        >>> import datetime as dt
        >>> china().holiday_name(dt.date(2025, 10, 8))
        '休息日（由 2025-10-11 调休）'
        """
        o = self._day("d", d)
        ix = self._index(o, o, "d", d)
        self._note(d.year, d.year)
        return ix.names.get(o)

    def describe(self, d: _dt.date) -> DayInfo:
        """Everything the calendar knows about ``d``, with a one-line reason.

        >>> import datetime as dt
        >>> china().describe(dt.date(2025, 10, 11)).reason
        '2025-10-11 (Saturday) is a working day: 调休上班 (makeup working day)'
        """
        kind = self.day_kind(d)
        name = self.holiday_name(d)
        provisional = not self.is_published(d.year)
        if kind is DayKind.CLOSURE:
            source = "company closure"
        elif kind is DayKind.EXTRA_WORKDAY:
            source = "company extra working day"
        elif any(a.year == d.year for a in self.arrangements):
            source = f"user-supplied arrangement for {d.year}"
        elif provisional:
            source = f"statutory rules (the {d.year} arrangement is not published: provisional)"
        else:
            source = f"holidays {_holidays_version} data ({self.country})"
        english = (
            kind.name.lower().replace("_", " ").replace("makeup workday", "makeup working day")
        )
        what = "a working day" if kind.is_workday else "a rest day"
        reason = (
            f"{d.isoformat()} ({_WEEKDAY_NAMES[d.weekday()]}) is {what}: {kind.label} ({english})"
        )
        if name:
            reason += f", {name}"
        return DayInfo(
            day=d,
            kind=kind,
            is_workday=kind.is_workday,
            holiday_name=name,
            provisional=provisional,
            source=source,
            reason=reason,
        )

    def add_workdays(self, d: _dt.date, n: int) -> _dt.date:
        """The ``n``-th working day after ``d`` (``d`` not counted); ``n < 0`` counts back.

        ``n == 0`` returns ``d`` itself.  For every ``n >= 1``,
        ``workdays_between(d, add_workdays(d, n)) == n``.  Two array look-ups, no loop
        over days (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13 count working days this way).

        >>> import datetime as dt
        >>> china().add_workdays(dt.date(2025, 9, 30), 1)   # 10-01..08 off
        datetime.date(2025, 10, 9)
        >>> china().add_workdays(dt.date(2025, 10, 9), -1)
        datetime.date(2025, 9, 30)
        """
        if d.__class__ is not _dt.date:
            require_date("d", d)
        if n.__class__ is not int:
            require_int("n", n)
        o = d.toordinal()
        ix = self._cache.index
        if ix is None or not ix.first <= o <= ix.last:
            ix = self._index(o, o, "d", d)
        while True:
            if n > 0:
                j = ix.count[o - ix.first + 1] + n - 1
                if j < len(ix.work):
                    r = ix.work[j]
                    break
                ix = self._grow(ix, True, "n", n)
            elif n < 0:
                j = ix.count[o - ix.first] + n
                if j >= 0:
                    r = ix.work[j]
                    break
                ix = self._grow(ix, False, "n", n)
            else:
                r = o
                break
        result = _dt.date.fromordinal(r)
        lo, hi = (d.year, result.year) if n >= 0 else (result.year, d.year)
        if hi > ix.through:
            self._note(lo, hi)
        return result

    def next_workday(self, d: _dt.date) -> _dt.date:
        """The first working day strictly after ``d``.

        >>> import datetime as dt
        >>> china().next_workday(dt.date(2026, 2, 13))   # Friday before Spring Festival
        datetime.date(2026, 2, 14)
        """
        return self.add_workdays(d, 1)

    def previous_workday(self, d: _dt.date) -> _dt.date:
        """The last working day strictly before ``d``.

        >>> import datetime as dt
        >>> china().previous_workday(dt.date(2026, 2, 24))
        datetime.date(2026, 2, 14)
        """
        return self.add_workdays(d, -1)

    def roll_forward(self, d: _dt.date) -> _dt.date:
        """``d`` if it is a working day, else the next one (Civil Code art. 203).

        >>> import datetime as dt
        >>> china().roll_forward(dt.date(2025, 10, 1))
        datetime.date(2025, 10, 9)
        """
        return d if self.is_workday(d) else self.add_workdays(d, 1)

    def workdays_between(self, a: _dt.date, b: _dt.date) -> int:
        """Working days in ``(a, b]``; negative (minus those in ``(b, a]``) when ``b < a``.

        >>> import datetime as dt
        >>> china().workdays_between(dt.date(2026, 9, 30), dt.date(2026, 10, 10))
        3
        >>> china().workdays_between(dt.date(2026, 10, 10), dt.date(2026, 9, 30))
        -3
        """
        if a.__class__ is not _dt.date:
            require_date("a", a)
        if b.__class__ is not _dt.date:
            require_date("b", b)
        oa = a.toordinal()
        ob = b.toordinal()
        ix = self._cache.index
        if ix is None or not (ix.first <= oa <= ix.last and ix.first <= ob <= ix.last):
            self._index(oa, oa, "a", a)
            ix = self._index(min(oa, ob), max(oa, ob), "b", b)
        if a.year > ix.through or b.year > ix.through:
            self._note(min(a.year, b.year), max(a.year, b.year))
        return ix.count[ob - ix.first + 1] - ix.count[oa - ix.first + 1]

    def rest_days_between(self, a: _dt.date, b: _dt.date) -> tuple[_dt.date, ...]:
        """The rest days in ``(a, b]`` (in ``(b, a]`` when ``b < a``), oldest first.

        >>> import datetime as dt
        >>> [d.day for d in china().rest_days_between(dt.date(2025, 9, 30), dt.date(2025, 10, 9))]
        [1, 2, 3, 4, 5, 6, 7, 8]
        """
        oa = self._day("a", a)
        ob = self._day("b", b)
        lo, hi = min(oa, ob), max(oa, ob)
        self._index(oa, oa, "a", a)
        ix = self._index(lo, hi, "b", b)
        self._note(min(a.year, b.year), max(a.year, b.year))
        kinds = ix.kinds
        return tuple(
            _dt.date.fromordinal(o)
            for o in range(lo + 1, hi + 1)
            if not _WORKING_CODE[kinds[o - ix.first]]
        )

    # ------------------------------------------------------------ business time

    def to_local(self, t: _dt.datetime) -> _dt.datetime:
        """``t`` (timezone-aware, any zone) in the calendar's zone; naive → error.

        >>> import datetime as dt
        >>> china().to_local(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
        datetime.datetime(2025, 1, 1, 8, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        return require_aware("t", t).astimezone(self.tz)

    def _templates(self) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Wall-clock intervals (µs from midnight) of weekdays 0-6 and, last, of a makeup day."""
        templates = self._cache.templates
        if templates is None:
            if self.hours is None:
                templates = (((0, _DAY_US),),) * 8
            else:
                weekly = self.hours.weekly
                days = (*weekly, weekly[self.hours.makeup_weekday])
                templates = tuple(tuple((i.start_us, i.end_us) for i in day) for day in days)
            self._cache.templates = templates
        return templates

    def _wall(self, kind: int, ordinal: int) -> tuple[tuple[int, int], ...]:
        """Wall-clock business intervals (µs from midnight) of a day of this kind."""
        if not _WORKING_CODE[kind]:
            return ()
        templates = self._templates()
        day = templates[(ordinal + 6) % 7]
        if kind == _K_MAKEUP or (kind == _K_EXTRA and not day):
            return templates[7]
        return day

    def _real(
        self, ix: _Index, ordinal: int, wall: tuple[tuple[int, int], ...]
    ) -> list[tuple[int, int]]:
        """The day's intervals ``wall`` as UTC microseconds since the epoch."""
        offsets = ix.offsets
        if offsets is None:  # business time not used yet: ask the zone for this day only
            before, after = self._offset(ordinal), self._offset(ordinal + 1)
        else:
            before, after = offsets[ordinal - ix.first], offsets[ordinal - ix.first + 1]
        if before == after:
            base = (ordinal - _EPOCH_ORDINAL) * _DAY_US - before
            return [(base + s, base + e) for s, e in wall]
        # A clock change on this day: convert each wall time exactly.
        midnight = _dt.datetime.combine(_dt.date.fromordinal(ordinal), _dt.time(0), self.tz)
        out = []
        for s, e in wall:
            start = (midnight + _dt.timedelta(microseconds=s) - _EPOCH) // _US
            end = (midnight + _dt.timedelta(microseconds=e) - _EPOCH) // _US
            out.append((start, end))
        return out

    def _offset(self, ordinal: int) -> int:
        """The zone's UTC offset (µs) at 00:00 of day ``ordinal``."""
        return self.tz.utcoffset(_dt.datetime.fromordinal(ordinal)) // _US  # type: ignore[operator]

    def _secs(self, ix: _Index) -> list[int]:
        """Prefix sums of business µs per day (and UTC offsets at each midnight), built once."""
        secs = ix.secs
        if secs is not None:
            return secs
        offsets = [self._offset(o) for o in range(ix.first, ix.last + 2)]
        ix.offsets = offsets
        totals = []
        for i, kind in enumerate(ix.kinds):
            wall = self._wall(kind, ix.first + i)
            if not wall:
                totals.append(0)
            elif offsets[i] == offsets[i + 1]:
                totals.append(sum(e - s for s, e in wall))
            else:  # a clock change on this day: measure real elapsed time
                totals.append(sum(e - s for s, e in self._real(ix, ix.first + i, wall)))
        secs = [0, *itertools.accumulate(totals)]
        ix.secs = secs
        return secs

    def _position(self, ix: _Index, secs: list[int], local: _dt.datetime) -> int:
        """Business microseconds from the start of the index to instant ``local``."""
        o = local.toordinal()
        u = (local - _EPOCH) // _US
        pos = secs[o - ix.first]
        for s, e in self._real(ix, o, self._wall(ix.kinds[o - ix.first], o)):
            if u > s:
                pos += min(u, e) - s
        return pos

    def _instant(self, ix: _Index, secs: list[int], target: int, forward: bool) -> _dt.datetime:
        """The earliest (``forward``) or latest instant at business position ``target``."""
        if forward:
            i = bisect.bisect_left(secs, target) - 1
        else:
            i = bisect.bisect_right(secs, target) - 1
        o = ix.first + i
        rem = target - secs[i]
        for s, e in self._real(ix, o, self._wall(ix.kinds[i], o)):
            if rem < e - s or (forward and rem == e - s):
                return self._at(s + rem)
            rem -= e - s
        raise AssertionError("unreachable: business position outside its day")  # pragma: no cover

    def _at(self, us: int) -> _dt.datetime:
        """The instant ``us`` microseconds after the epoch, in :attr:`zone`."""
        return (_EPOCH + _dt.timedelta(microseconds=us)).astimezone(self.tz)

    def business_intervals(self, d: _dt.date) -> tuple[tuple[_dt.datetime, _dt.datetime], ...]:
        """The business intervals of ``d`` as aware datetimes in :attr:`zone`; ``()`` on rest days.

        >>> import datetime as dt
        >>> [(a.hour, b.hour) for a, b in china().business_intervals(dt.date(2025, 10, 11))]
        [(9, 12), (13, 18)]
        >>> china().business_intervals(dt.date(2025, 10, 1))
        ()
        """
        o = self._day("d", d)
        ix = self._index(o, o, "d", d)
        self._note(d.year, d.year)
        wall = self._wall(ix.kinds[o - ix.first], o)
        return tuple((self._at(s), self._at(e)) for s, e in self._real(ix, o, wall))

    def close_of_business(self, d: _dt.date) -> _dt.datetime | None:
        """The end of ``d``'s last business interval; ``None`` without hours or on a rest day.

        This is when a period's last day ends where there are business hours (Civil
        Code art. 203 ¶2).

        >>> import datetime as dt
        >>> china().close_of_business(dt.date(2025, 9, 30))
        datetime.datetime(2025, 9, 30, 18, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        o = self._day("d", d)
        ix = self._index(o, o, "d", d)
        self._note(d.year, d.year)
        wall = self._wall(ix.kinds[o - ix.first], o)
        if self.hours is None or not wall:
            return None
        return self._at(self._real(ix, o, wall[-1:])[0][1])

    def add_working_time(self, t: _dt.datetime, delta: _dt.timedelta) -> _dt.datetime:
        """The instant ``delta`` of business time after ``t`` (before it, when negative).

        ``t`` must be timezone-aware (any zone; the result is in :attr:`zone`).  Time
        outside business hours does not count: from an instant outside them, the
        clock starts at the next business moment.  A result landing exactly at the
        end of an interval is that end (18:00, not the next morning's 09:00).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> t = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> china().add_working_time(t, dt.timedelta(hours=2))
        datetime.datetime(2025, 9, 30, 18, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        >>> china().add_working_time(t, dt.timedelta(hours=3))   # National Day holiday
        datetime.datetime(2025, 10, 9, 10, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        local = self.to_local(t)
        if not isinstance(delta, _dt.timedelta):
            raise InvalidType.for_argument(
                "delta", delta, f"must be a datetime.timedelta, not a {type_name(delta)}"
            )
        o = local.toordinal()
        ix = self._index(o, o, "t", t)
        amount = delta // _US
        if amount == 0:
            self._note(local.year, local.year)
            return local
        while True:
            secs = self._secs(ix)
            target = self._position(ix, secs, local) + amount
            if (amount > 0 and target <= secs[-1]) or (amount < 0 and target >= 0):
                break
            ix = self._grow(ix, amount > 0, "delta", delta)
        result = self._instant(ix, secs, target, amount > 0)
        self._note(min(local.year, result.year), max(local.year, result.year))
        return result

    def working_time_between(self, t1: _dt.datetime, t2: _dt.datetime) -> _dt.timedelta:
        """Business time in ``[t1, t2)``; negative when ``t2 < t1``.

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> sh = ZoneInfo("Asia/Shanghai")
        >>> start = dt.datetime(2025, 9, 30, 16, 0, tzinfo=sh)
        >>> china().working_time_between(start, dt.datetime(2025, 10, 9, 10, 0, tzinfo=sh))
        datetime.timedelta(seconds=10800)
        """
        a = require_aware("t1", t1).astimezone(self.tz)
        b = require_aware("t2", t2).astimezone(self.tz)
        oa, ob = a.toordinal(), b.toordinal()
        self._index(oa, oa, "t1", t1)
        ix = self._index(min(oa, ob), max(oa, ob), "t2", t2)
        secs = self._secs(ix)
        self._note(min(a.year, b.year), max(a.year, b.year))
        return _dt.timedelta(microseconds=self._position(ix, secs, b) - self._position(ix, secs, a))


@functools.lru_cache(maxsize=1)
def china() -> WorkCalendar:
    """The default mainland-China calendar (cached): ``WorkCalendar()``.

    >>> china() is china(), china().country
    (True, 'CN')
    """
    return WorkCalendar()


def calendar_or_china(value: Any, *, argument: str = "calendar") -> WorkCalendar:
    """``value`` if it is a :class:`WorkCalendar`, :func:`china` for ``None``; else an error.

    Every function of custops that takes ``calendar=None`` reads its calendar with this.

    >>> calendar_or_china(None) is china()
    True
    >>> calendar_or_china("CN")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: calendar: must be a WorkCalendar or None, not a str (got 'CN')
    """
    if value is None:
        return china()
    if not isinstance(value, WorkCalendar):
        raise InvalidType.for_argument(
            argument, value, f"must be a WorkCalendar or None, not a {type_name(value)}"
        )
    return value
