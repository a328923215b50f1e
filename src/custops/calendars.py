"""Working days with 调休, business hours and provisional years: :class:`WorkCalendar`.

The calendar every working-day rule stands on (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13);
a day's own answer cites the calendar rule R-CAL-01 (docs/calendars.md says where its data
comes from).  Answers come from a per-calendar index
built lazily per decade: day counts are two array look-ups, business time a binary search.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import importlib
import itertools
import os
import re
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

import attrs
from holidays.constants import PUBLIC
from holidays.version import __version__ as _holidays_version

from custops._dates import (
    DAY_US,
    EPOCH,
    EPOCH_ORDINAL,
    MIDNIGHT,
    NO_TIME,
    NOON,
    ONE_DAY,
    US,
    from_us,
    time_us,
    year_ordinals,
)
from custops._enums import fold, parse_members
from custops._table import CalendarTable, build_table
from custops._text import block, english
from custops._validate import (
    BOOL,
    WALL_TIME,
    argument_name,
    derived_converter,
    field_converter,
    fitted_call,
    held_int,
    in_date_range,
    instance_check,
    of_part,
    optional_check,
    require_aware,
    require_bool,
    require_date,
    require_distinct,
    require_int,
    require_items,
    require_label,
    require_mapping,
    require_month_day,
    require_pair,
    require_str,
    require_type,
    require_wall_time,
    require_zone,
    retyped,
    within,
)
from custops.decisions import W_, Explained, Wording, check_said, kept_wording, worded_term
from custops.enums import LabelledEnum, in_english
from custops.errors import (
    CalendarNotPublished,
    InvalidInput,
    InvalidType,
    ProvisionalCalendarWarning,
)
from custops.i18n import N_, _, language, worded_with_label

__all__ = [
    "ARRANGED_COUNTRIES",
    "DAY_RULE",
    "MAX_YEAR",
    "MIN_YEAR",
    "Arrangement",
    "BusinessHours",
    "CalendarTable",
    "DayInfo",
    "DayKind",
    "HalfDay",
    "Interval",
    "Roll",
    "WorkCalendar",
    "china",
]

CalendarTable.__module__ = __name__  # public here; built in custops._table

#: The earliest and latest years any calendar answers for (narrowed further by
#: the years the ``holidays`` package supports for the country: 1950-2100 for CN).
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

#: Countries whose working days are fixed each year by an official arrangement
#: (调休).  For these a year after the last arrangement in the data is provisional;
#: every other country's holidays follow statutory rules, so every year is published.
ARRANGED_COUNTRIES: Final = frozenset({"CN", "CHN"})

_NO_LIMIT: Final = 10**9


# --------------------------------------------------------------------------- day kinds


@worded_with_label("HOLIDAY", "SWAPPED_REST_DAY", "MAKEUP_WORKDAY")
@in_english(
    WORKDAY="working day",
    HOLIDAY="public holiday",
    SWAPPED_REST_DAY="day off in lieu",
    MAKEUP_WORKDAY="make-up working day",
)
class DayKind(LabelledEnum):
    """What a day is in a :class:`WorkCalendar`: a stable key, a Chinese label; an English
    sentence names it in words, and a holiday or a swapped day then by its label as well
    (``make-up working day (调休上班)``).

    ``SWAPPED_REST_DAY`` is a weekday made a rest day by the State Council's swap with a
    weekend day (调休休息, e.g. 2025-10-08 for Saturday 2025-10-11), ``MAKEUP_WORKDAY`` that
    weekend day worked in exchange (调休上班, 补班).

    >>> DayKind.parse("补班"), DayKind.HOLIDAY.is_workday
    (<DayKind.MAKEUP_WORKDAY: 'makeup_workday'>, False)
    """

    WORKDAY = ("workday", "工作日", "working day", "weekday")
    WEEKEND = ("weekend", "周末", "weekend day", "双休日")
    HOLIDAY = ("holiday", "法定节假日", "public holiday", "statutory holiday", "节假日", "法定假日")
    SWAPPED_REST_DAY = ("swapped_rest_day", "调休休息", "day off in lieu", "调休假", "调休放假")
    MAKEUP_WORKDAY = (
        "makeup_workday",
        "调休上班",
        "makeup day",
        "make up working day",
        "makeup working day",
        "weekend workday",
        "补班",
        "调休补班",
    )
    CLOSURE = ("closure", "公司停业", "company closure", "停业", "公司休息日")
    EXTRA_WORKDAY = ("extra_workday", "加班日", "extra working day", "加班")

    @property
    def is_workday(self) -> bool:
        """Whether a day of this kind is a working day."""
        return _WORKING_CODE[self.position]


# Day kinds are stored one byte per day in the index, in this order.
_KINDS: Final = tuple(DayKind)
_K_WORK, _K_WEEKEND, _K_HOLIDAY, _K_SWAPPED, _K_MAKEUP, _K_CLOSURE, _K_EXTRA = range(7)
_WORKING_CODE: Final = (True, False, False, False, True, False, True)


class Roll(LabelledEnum):
    """Where a day that is not a working day moves to (when a rule rolls it).

    ``FOLLOWING`` (the default; Civil Code art. 203 ¶1) is the next working day,
    ``PRECEDING`` the previous one, ``MODIFIED_FOLLOWING`` the next one unless that
    falls in the next month, then the previous one.

    >>> Roll.parse("modified following"), str(Roll.FOLLOWING)
    (<Roll.MODIFIED_FOLLOWING: 'modified_following'>, '顺延至下一工作日')
    """

    FOLLOWING = ("following", "顺延至下一工作日", "forward", "顺延")
    PRECEDING = ("preceding", "提前至上一工作日", "backward", "提前")
    MODIFIED_FOLLOWING = ("modified_following", "顺延但不跨月", "modified")


# --------------------------------------------------------------------------- business hours


if TYPE_CHECKING:

    def _END_TIME(value: _dt.time | str) -> _dt.time: ...  # noqa: N802

else:  # "24:00" too
    _END_TIME = field_converter(
        functools.partial(require_wall_time, end=True), takes=_dt.time | str
    )


#: Set while a caller reports for itself whether answers are provisional
#: (``periods.provisional``, ``vector.provisional_many``, the command line's notes): no
#: warning is given for it, and the year is not marked as warned about (a later plain answer
#: still warns once)
_ASKING_PROVISIONAL: ContextVar[bool] = ContextVar("custops_asking_provisional", default=False)


@contextmanager
def asking_provisional() -> Iterator[None]:
    """Within the block, provisional years are counted without a warning (the caller reports
    the flag itself); a strict calendar still refuses them."""
    token = _ASKING_PROVISIONAL.set(True)
    try:
        yield
    finally:
        _ASKING_PROVISIONAL.reset(token)


@attrs.frozen
class Interval:
    """One business interval of a day in local wall time: ``[start, end)``.

    ``end`` is later than ``start``; ``time(0)`` (or ``"24:00"``) as the end is midnight at
    the end of the day.  Times may be given as text.

    >>> Interval("12:00", "09:00")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: end: must be later than start 12:00:00; for a night shift, ...
    """

    start: _dt.time = attrs.field(converter=WALL_TIME)
    end: _dt.time = attrs.field(converter=_END_TIME)

    def __attrs_post_init__(self) -> None:
        problem = f"must be later than start {self.start}"
        if self.end_us < self.start_us:  # a night shift: two intervals, split at midnight
            start, end = self.start.isoformat("minutes"), self.end.isoformat("minutes")
            problem += (
                f"; for a night shift, split it at midnight: '{start}-24:00' "
                f"that day and '00:00-{end}' the next"
            )
        within("end", self.end, self.end_us, low=self.start_us, low_open=True, problem=problem)

    @property
    def start_us(self) -> int:
        """Microseconds from midnight to ``start``."""
        return time_us(self.start)

    @property
    def end_us(self) -> int:
        """Microseconds from midnight to ``end`` (a whole day when ``end`` is 24:00)."""
        return DAY_US if self.end == MIDNIGHT else time_us(self.end)

    @property
    def length(self) -> _dt.timedelta:
        """How long the interval lasts."""
        return (self.end_us - self.start_us) * US

    @classmethod
    @fitted_call
    def parse(cls, text: str, *, argument: str = "text") -> Interval:
        """Read ``"09:00-12:00"`` (also with ``–``, ``~``, ``至`` or ``到`` between the times);
        a refusal names ``argument`` and shows the text (a time's own fault included).

        >>> Interval.parse("12:00-09:00", argument="weekly[Monday][0]")
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: weekly[Monday][0]: its end must be later than start ...
        """
        argument = argument_name(argument)
        require_type(argument, text, str, "a str such as '09:00-12:00'")
        parts = re.split(r"\s*(?:-|–|—|~|～|至|到)\s*", text.strip()) if len(text) < 64 else []
        if len(parts) != 2 or not all(parts):
            problem = "is not an interval such as '09:00-12:00'"
            raise InvalidInput.for_argument(argument, text, problem)
        return _interval_of(argument, text, parts[0], parts[1])


# English in argument names of error messages; through ``_`` in explanations (周一 …).
#: A date as the ``holidays`` data writes it in its English names (``Day off (substituted
#: from 09/28/2025)``): month, day, year, rewritten as ISO 8601 as every date custops shows.
_US_DATE: Final = re.compile(r"\b(?P<month>\d{2})/(?P<day>\d{2})/(?P<year>\d{4})\b")

_WEEKDAY_NAMES: Final = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)

Week = tuple[tuple[Interval, ...], ...]
ByDay = tuple[tuple[_dt.date, tuple[Interval, ...]], ...]


def _interval_of(argument: str, given: Any, start: Any, end: Any) -> Interval:
    """``Interval(start, end)``; a refusal names ``argument`` and shows what was ``given``."""
    try:
        return Interval(start, end)
    except (InvalidInput, InvalidType) as exc:
        raise of_part(exc, argument, given) from None


def _one_interval(argument: str, value: Any) -> Interval:
    """An interval given as an Interval, a text (``"09:00-12:00"``) or a (start, end) pair."""
    if isinstance(value, str):
        return Interval.parse(value, argument=argument)
    if isinstance(value, tuple) and len(value) == 2:
        return _interval_of(argument, value, *value)
    what = "an Interval, a text such as '09:00-12:00' or a (start, end) pair"
    return require_type(argument, value, Interval, what)


def _intervals(argument: str, value: Any) -> tuple[Interval, ...]:
    """One day's intervals from an Interval, a text, a (start, end) pair or an iterable of
    them, each named by its place; sorted, disjoint."""
    if isinstance(value, (Interval, str)):
        value = (value,)
    items = require_items(argument, value, "a tuple of Interval", each=_one_interval)
    items = tuple(sorted(items, key=lambda i: i.start_us))
    for before, after in itertools.pairwise(items):
        overlap = "intervals overlap"
        within(argument, (before, after), after.start_us, low=before.end_us, problem=overlap)
    return items


def _week(argument: str, value: Any) -> Week:
    """Convert a ``{weekday: intervals}`` mapping or a 7-sequence to a frozen 7-tuple."""
    given = value
    if isinstance(value, Mapping):
        for key in value:
            _key(argument, key, _weekday)
        value = [value.get(wd, ()) for wd in range(7)]
    days = tuple(require_items(argument, value, "a mapping weekday -> intervals or a 7-tuple"))
    if len(days) != 7:
        raise InvalidInput.for_argument(argument, value, "must have one entry per weekday (7)")
    week = tuple(_intervals(f"{argument}[{_WEEKDAY_NAMES[wd]}]", d) for wd, d in enumerate(days))
    if not any(week):  # no business time at all: business_hours=None is "no hours"
        problem = "must give business hours on at least one weekday"
        raise InvalidInput.for_argument(argument, given, problem)
    return week


_weekday: Final = functools.partial(require_int, low=0, high=6)


def _key(argument: str, key: Any, check: Callable[[str, Any], Any]) -> Any:
    """A mapping's ``key`` read by ``check``; a refusal names the mapping: "its key …"."""
    try:
        return check("key", key)
    except (InvalidInput, InvalidType) as exc:
        raise of_part(exc, argument, key) from None


def _by_day(argument: str, value: Any) -> ByDay:
    """Dates' own intervals; a day's are named by the day (``by_day[2026-01-01]``), as a
    weekday's are by the weekday (``weekly[Monday]``)."""
    if isinstance(value, tuple):  # the stored form, as attrs.evolve passes it back
        value = dict(value)
    require_mapping(argument, value, "be a mapping date -> intervals")
    pairs = {}
    for key, intervals in value.items():
        day = _key(argument, key, require_date)
        pairs[day] = _intervals(f"{argument}[{day.isoformat()}]", intervals)
    return tuple(sorted(pairs.items()))


def _first_open(week: Week) -> int:
    """The first weekday with business hours (Monday for the usual week)."""
    return next(wd for wd, intervals in enumerate(week) if intervals)


if TYPE_CHECKING:
    #: A day's business hours as given: an Interval, a text such as '09:00-12:00', a
    #: (start, end) pair, or an iterable of them.
    _DayHours = (
        Interval
        | str
        | tuple[_dt.time | str, _dt.time | str]
        | Iterable[Interval | str | tuple[_dt.time | str, _dt.time | str]]
    )

    def _WEEK(value: Mapping[int, _DayHours] | Sequence[_DayHours]) -> Week: ...  # noqa: N802
    def _MAKEUP_WEEKDAY(value: int | None) -> int: ...  # noqa: N802
    def _BY_DAY(value: Mapping[_dt.date, _DayHours]) -> ByDay: ...  # noqa: N802

else:
    _PAIR = tuple[_dt.time | str, _dt.time | str]
    _HOURS = Interval | str | _PAIR | Iterable[Interval | str | _PAIR]
    _WEEK = field_converter(_week, takes=Mapping[int, _HOURS] | Sequence[_HOURS])
    #: ``makeup_weekday``: a weekday given, or (``None``) the first with hours.
    _MAKEUP_WEEKDAY = derived_converter(
        lambda hours: _first_open(hours.weekly), _weekday, takes="int | None"
    )
    _BY_DAY = field_converter(_by_day, takes=Mapping[_dt.date, _HOURS])


@attrs.frozen
class BusinessHours:
    """Business intervals per weekday (0 = Monday .. 6 = Sunday), and on given dates.

    ``weekly`` is a mapping ``{weekday: intervals}`` (missing weekdays have no hours) or
    seven entries, with hours on one weekday at least.  A working day whose weekday has no
    hours (调休上班, an extra working day) has the hours of ``makeup_weekday``, a weekday
    with hours (by default, ``None``, the first weekday of ``weekly`` with hours: Monday
    for a Monday-to-Friday week, Tuesday for a Tuesday-to-Saturday shop); it is also the
    full working day of a working-time budget
    (``periods.deadline``: n working days are n × its hours); ``by_day`` gives dates their
    own intervals (``()`` closes a day's business; it still counts as a working day).

    >>> hours = BusinessHours.standard()
    >>> hours.day_length(5), hours.day_length(5, makeup=True)
    (datetime.timedelta(0), datetime.timedelta(seconds=28800))
    """

    weekly: Week = attrs.field(converter=_WEEK)
    makeup_weekday: int = attrs.field(
        default=None,
        converter=_MAKEUP_WEEKDAY,
        kw_only=True,
    )
    by_day: ByDay = attrs.field(default=(), converter=_BY_DAY, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.weekly[self.makeup_weekday]:  # a working day of no hours: a budget of 0
            problem = "must be a weekday with business hours: a makeup working day takes its hours"
            raise InvalidInput.for_argument("makeup_weekday", self.makeup_weekday, problem)

    @classmethod
    def standard(cls) -> BusinessHours:
        """09:00-12:00 and 13:00-18:00, Monday to Friday (8 hours a day)."""
        day = (Interval(_dt.time(9), NOON), Interval(_dt.time(13), _dt.time(18)))
        return cls(dict.fromkeys(range(5), day))

    @classmethod
    def always(cls) -> BusinessHours:
        """00:00-24:00 every day (a 24x7 desk; still only on working days)."""
        return cls({wd: (Interval(MIDNIGHT, MIDNIGHT),) for wd in range(7)})

    def with_dates(
        self,
        by_day: Mapping[
            _dt.date,
            Interval
            | str
            | tuple[_dt.time | str, _dt.time | str]
            | Iterable[Interval | str | tuple[_dt.time | str, _dt.time | str]],
        ],
    ) -> BusinessHours:
        """These hours with the intervals of some dates replaced (added to earlier ones)."""
        merged = dict(self.by_day)
        merged.update(_by_day("by_day", by_day))
        return attrs.evolve(self, by_day=merged)

    @fitted_call
    def intervals_on(self, weekday: int, *, makeup: bool = False) -> tuple[Interval, ...]:
        """The intervals of ``weekday``; with ``makeup`` those of ``makeup_weekday``."""
        weekday = require_int("weekday", weekday, low=0, high=6)
        return self.weekly[self.makeup_weekday if require_bool("makeup", makeup) else weekday]

    @fitted_call
    def day_length(self, weekday: int, *, makeup: bool = False) -> _dt.timedelta:
        """Total business time of ``weekday`` (or of a makeup day, with ``makeup``)."""
        return sum((i.length for i in self.intervals_on(weekday, makeup=makeup)), NO_TIME)


# --------------------------------------------------------------------------- arrangements


#: The name of a 调休 rest day of the mainland's data, worded by custops from the make-up
#: working day the data gives (R-CAL-01), so that it does not change with the wording of a
#: release of the ``holidays`` package (``休息日（2025-10-11日起取代）`` in 0.92,
#: ``休息日（由 2025-10-11 调休）`` later); in English :data:`_SWAPPED_ENGLISH`.  A name
#: holding no date that can be read stays the data's.
_SWAPPED_NAME: Final = "休息日（由 {day} 调休）"
#: :data:`_SWAPPED_NAME` in English, as the calendar words 休息日 ("rest day").
_SWAPPED_ENGLISH: Final = "rest day (swapped from {day})"

#: The name of a day made up for a festival on a weekend (补假) in the mainland's data,
#: worded by custops around the festival's name the data gives (R-CAL-01): the data's
#: labels of such a day (``observed_label``, and ``observed_estimated_label`` where the
#: festival's date is estimated), each with custops' wording, which does not change with a
#: release's (``春节（观察日）`` in 0.92, ``春节（补假）`` later).
_OBSERVED_NAMES: Final = (
    ("observed_label", "{festival}（补假）"),
    ("observed_estimated_label", "{festival}（补假，推定）"),
)

#: The name of a holiday an :class:`Arrangement` gives as a plain date: 休息日, the name
#: kept (``holiday_name``) and worded when read, "rest day (休息日)" in English.
_UNNAMED_HOLIDAY: Final = "休息日"


class _UnnamedHoliday(str):
    """:data:`_UNNAMED_HOLIDAY` as an explanation's field: 休息日, worded when read, in
    English "rest day (休息日)" — the words, then the label, as every labelled term of the
    seed (``custops.i18n.worded_with_label``) — not a name quoted."""

    __slots__ = ()

    @property
    def english_words(self) -> str:
        return f"rest day ({self})"


_UNNAMED = _UnnamedHoliday(_UNNAMED_HOLIDAY)


def _arranged_holidays(argument: str, value: Any) -> tuple[tuple[_dt.date, str], ...]:
    if isinstance(value, Mapping):
        value = value.items()
    pairs = [
        # a name is shown in one-line reasons: a name's check, naming the day it is for
        (day := require_date(argument, d[0]), require_label(f"{argument}[{day}]", d[1]))
        if isinstance(d, tuple)
        else (require_date(argument, d), _UNNAMED_HOLIDAY)
        for d in require_items(argument, value, "a mapping date -> name or an iterable of dates")
    ]
    # a day listed again under the same name is one holiday; under another name it is refused
    unique = tuple(dict.fromkeys(pairs))
    problem = "lists {twice[0]} again under another name; give each day one name"
    require_distinct(argument, unique, problem, twice=True, keys=[day for day, _ in unique])
    return tuple(sorted(unique))


def _days(argument: str, value: Any) -> frozenset[_dt.date]:
    return frozenset(
        require_items(argument, value, "an iterable of datetime.date", each=require_date)
    )


#: The longest range of days one item of ``closures`` may give: a longer one is a typo
#: (a year too far), not a company's rest.
_MAX_CLOSURE_DAYS: Final = 366


def _closure_range(argument: str, value: Any) -> tuple[_dt.date, _dt.date]:
    """One item of ``closures``: a day (a range of one day) or a ``(start, end)`` pair of
    days, both included; an end before its start, or a range over a year long, is refused."""
    if not isinstance(value, tuple):
        day = require_date(argument, value)
        return day, day
    start, end = require_pair(argument, value, "(start, end)")
    try:
        start, end = require_date("start", start), require_date("end", end)
    except InvalidType as exc:
        raise of_part(exc, argument, value) from None
    within(argument, value, end, low=start, problem=f"ends before its start {start}")
    if (end - start).days >= _MAX_CLOSURE_DAYS:
        problem = f"spans more than {_MAX_CLOSURE_DAYS} days; give each year's closure apart"
        raise InvalidInput.for_argument(argument, value, problem)
    return start, end


@field_converter
def _closure_days(argument: str, value: Any) -> frozenset[_dt.date]:
    """Company rest days: each item a ``date`` or a ``(start, end)`` range of dates."""
    what = "an iterable of datetime.date or (start, end) pairs of them"
    ranges = require_items(argument, value, what, each=_closure_range)
    return frozenset(
        start + _dt.timedelta(days=i)
        for start, end in ranges
        for i in range((end - start).days + 1)
    )


def _annual_days(argument: str, value: Any) -> frozenset[tuple[int, int]]:
    """Company rest days of every year, as ``(month, day)`` pairs (29 February refused)."""
    what = "an iterable of (month, day) pairs"
    return frozenset(require_items(argument, value, what, each=require_month_day))


_year: Final = functools.partial(require_int, low=MIN_YEAR, high=MAX_YEAR)

if TYPE_CHECKING:

    def _YEAR(value: int) -> int: ...  # noqa: N802
    def _HOLIDAYS(  # noqa: N802
        value: (
            Mapping[_dt.date, str]
            | Sequence[_dt.date | tuple[_dt.date, str]]
            | AbstractSet[_dt.date]
        ),
    ) -> tuple[tuple[_dt.date, str], ...]: ...
    def _DATES(value: Iterable[_dt.date]) -> frozenset[_dt.date]: ...  # noqa: N802

else:
    _YEAR = field_converter(_year, takes="int")
    _HOLIDAYS = field_converter(
        _arranged_holidays,
        takes=Mapping[_dt.date, str]
        | Sequence[_dt.date | tuple[_dt.date, str]]
        | AbstractSet[_dt.date],
    )
    _DATES = field_converter(_days, takes=Iterable[_dt.date])


@attrs.frozen
class Arrangement:
    """A year's holiday arrangement supplied by the user (e.g. a new State Council notice).

    It replaces the public data for every day of ``year``: ``holidays`` (date -> name, or
    plain dates) are rest days, ``makeup_workdays`` weekend days worked (调休上班),
    ``swapped_rest_days`` weekdays given as rest for them (调休休息); every other day
    follows the weekly rest days.  A day listed twice in ``holidays`` under one name is one
    holiday; under two names it is refused; an empty ``holidays`` is refused.  A calendar
    given the arrangement refuses it when ``holidays`` leaves out a statutory day of the
    year (the law's days of each festival: a notice lists every festival) or a make-up
    working day is no weekly rest day.

    >>> import datetime as dt
    >>> Arrangement(
    ...     2027, {dt.date(2027, 1, 1): "元旦"}, makeup_workdays=[dt.date(2027, 1, 2)]
    ... ).holidays
    ((datetime.date(2027, 1, 1), '元旦'),)
    """

    year: int = attrs.field(converter=_YEAR)
    holidays: tuple[tuple[_dt.date, str], ...] = attrs.field(converter=_HOLIDAYS)
    makeup_workdays: frozenset[_dt.date] = attrs.field(
        default=frozenset(),
        converter=_DATES,
        kw_only=True,
    )
    swapped_rest_days: frozenset[_dt.date] = attrs.field(
        default=frozenset(),
        converter=_DATES,
        kw_only=True,
    )

    def __attrs_post_init__(self) -> None:
        if not self.holidays:
            problem = (
                f"is empty; a notice lists every festival of {self.year} (the statutory "
                "holidays at least), so give its rest days"
            )
            raise InvalidInput.for_argument("holidays", self.holidays, problem)
        rest = {d for d, _name in self.holidays} | self.swapped_rest_days
        for argument, days in (("holidays", rest), ("makeup_workdays", self.makeup_workdays)):
            for d in sorted(days):
                if d.year != self.year:
                    raise InvalidInput.for_argument(argument, d, f"must lie in {self.year}")
        if both := self.makeup_workdays & rest:
            problem = "is listed both as a rest day and as a working day"
            raise InvalidInput.for_argument("makeup_workdays", min(both), problem)


# --------------------------------------------------------------------------- the index


@attrs.frozen
class _Entity:
    """What the ``holidays`` package knows about a country (cached per country)."""

    country: str
    subdiv: str | None
    language: str | None
    english: bool  # whether the data names its holidays in English too
    first_year: int
    last_year: int
    published_through: int  # years after this one are provisional (absent user overrides)
    swapped: re.Pattern[str] | None  # the name the data gives a 调休 rest day (its date: ``date``)
    swapped_format: str  # the ``strftime`` format of the date in that name
    # The data's names of a day made up for a festival on a weekend (补假; the festival:
    # ``festival``), each with custops' wording of it (_OBSERVED_NAMES); none off the mainland.
    observed: tuple[tuple[re.Pattern[str], str], ...]


#: The package's directory: a warning points at the first frame outside it
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


#: Modules whose frames are custops' own work: the package, and the libraries it builds its
#: values and documents with (attrs' generated ``__init__`` of a custops class is named
#: after the custops module; cattrs and attrs run only when custops calls them).
_OWN_MODULES: Final = ("custops", "attr", "attrs", "cattrs")


def _ours(frame: Any) -> bool:
    if frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        return True
    module = frame.f_globals.get("__name__")
    return isinstance(module, str) and module.partition(".")[0] in _OWN_MODULES


def _outside_stacklevel() -> int:
    """The ``stacklevel`` for ``warnings.warn`` called by this function's caller that points
    at the first frame outside the package — the user's line, however deep the method that
    noticed the provisional year (``day_kind``, ``business_intervals``, ``add_workdays`` …),
    and however many attrs-generated constructors lie between (``Case.open`` starting its
    clocks).  Works on every Python custops supports (``skip_file_prefixes`` is 3.12+)."""
    frame = sys._getframe(1)  # the function that calls warnings.warn: stacklevel 1
    level = 1
    while frame.f_back is not None and _ours(frame):
        frame = frame.f_back
        level += 1
    return level


_LOADING = threading.Lock()


_UNKNOWN_ENTITY = "is not a country or subdivision the holidays package knows"


@functools.lru_cache(maxsize=64)
def _country_class(country: str) -> Any:
    """The ``holidays`` class of ``country``, loading only that country's module when it
    imports no other (``holidays.country_holidays`` imports all ~250; docs/calendars.md)."""
    from holidays.registry import COUNTRIES

    found = next(((m, names) for m, names in COUNTRIES.items() if country in names), None)
    if found is None:
        raise InvalidInput.for_argument("country", country, _UNKNOWN_ENTITY)
    module, names = found
    name = f"holidays.countries.{module}"
    with _LOADING:
        loaded = sys.modules.get(name)
        if loaded is None and "holidays.countries" not in sys.modules:
            loaded = _load_alone(name, module)
        if loaded is None:
            loaded = importlib.import_module(name)
    return getattr(loaded, names[0])


def _load_alone(name: str, module: str) -> Any:
    """Module ``name`` executed without its package ``holidays.countries`` (None: not possible)."""
    import importlib.util
    from pathlib import Path

    from holidays import registry

    path = Path(registry.__file__).parent / "countries" / f"{module}.py"
    try:
        if "holidays.countries" in path.read_text(encoding="utf-8"):
            return None  # it imports another country: load the package
    except OSError:  # pragma: no cover - an installation without sources
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # pragma: no cover
        return None
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[name] = loaded
    try:
        spec.loader.exec_module(loaded)
    except BaseException:  # pragma: no cover - a broken installation: let holidays say why
        sys.modules.pop(name, None)
        return None
    return loaded


def _holiday_data(entity: _Entity, lo_year: int, hi_year: int, language: str | None) -> Any:
    """The ``holidays`` data of ``entity`` (public holidays only) for ``lo_year..hi_year``
    and the years either side (a notice's days may fall in the year before)."""
    years = range(max(entity.first_year, lo_year - 1), min(entity.last_year, hi_year + 1) + 1)
    return _country_class(entity.country)(
        subdiv=entity.subdiv, years=years, expand=False, language=language, categories=(PUBLIC,)
    )


@functools.lru_cache(maxsize=64)
def _entity(country: str, subdiv: str | None) -> _Entity:
    cls = _country_class(country)
    default_language = getattr(cls, "default_language", None)
    try:  # in the language the data is read in (_holiday_data), whatever the locale
        probe = cls(subdiv=subdiv, language=default_language)
    except NotImplementedError:
        raise InvalidInput.for_argument("subdiv", subdiv, _UNKNOWN_ENTITY) from None
    if PUBLIC not in getattr(cls, "supported_categories", (PUBLIC,)):
        raise InvalidInput.for_argument("country", country, "has no public-holiday category")
    # The data's name of a 调休 rest day as its language words it (``休息日（由 %s 调休）``),
    # the make-up working day's date where ``%s`` stands, in the data's own format.
    translate = getattr(probe, "tr", None) or str
    label = getattr(probe, "substituted_label", None)
    date_format = getattr(probe, "substituted_date_format", None)
    through = _NO_LIMIT
    if country in ARRANGED_COUNTRIES:
        # The last year the data carries a State Council arrangement for: the class's
        # special (substituted) holidays are keyed by year.
        names = (n for n in dir(probe) if n.startswith("special_") and "holidays" in n)
        tables = [t for t in (getattr(probe, n, None) for n in names) if isinstance(t, dict)]
        through = max((y for t in tables for y in t if isinstance(y, int)), default=MIN_YEAR - 1)
    return _Entity(
        country=country,
        subdiv=subdiv,
        language=default_language,
        english="en_US" in getattr(cls, "supported_languages", ()),
        first_year=max(MIN_YEAR, int(getattr(cls, "start_year", MIN_YEAR))),
        last_year=min(MAX_YEAR, int(getattr(cls, "end_year", MAX_YEAR))),
        published_through=through,
        swapped=_label_pattern(translate(label), "date") if label else None,
        swapped_format=translate(date_format) if date_format else "",
        observed=tuple(
            (_label_pattern(translate(text), "festival"), wording)
            for attribute, wording in _OBSERVED_NAMES
            if country in ARRANGED_COUNTRIES and (text := getattr(probe, attribute, None))
        ),
    )


@functools.lru_cache(maxsize=256)
def _statutory_days(entity: _Entity, year: int) -> tuple[tuple[_dt.date, str], ...]:
    """The statutory days of ``year`` as the ``holidays`` data marks them: each festival's
    own days, not a day made up for one on a weekend (补假, the data's observed days) nor a
    调休 rest day, each with its festival's name (in English where the data has English
    names: the name goes into an English error message)."""
    cls = _country_class(entity.country)
    options: dict[str, Any] = {
        "subdiv": entity.subdiv,
        "years": year,
        "expand": False,
        "observed": False,
        "categories": (PUBLIC,),
    }
    data = cls(**options, language=entity.language)
    swapped = entity.swapped
    days = sorted(d for d, name in data.items() if not (swapped and swapped.fullmatch(name)))
    named = cls(**options, language="en_US") if entity.english else data
    return tuple((d, named.get(d, data[d])) for d in days if d.year == year)


def _label_pattern(label: str, group: str) -> re.Pattern[str]:
    """The names a data's ``label`` gives (``休息日（由 %s 调休）``, ``%s（补假）``), what
    stands where ``%s`` does as the group ``group`` (a 调休 rest day's date, a festival)."""
    found = f"(?P<{group}>.+)"
    return re.compile(re.escape(label).replace("%s", found, 1).replace("%s", ".+"))


def _observed_name(entity: _Entity, name: str) -> str:
    """custops' name of a day the data makes up for a festival on a weekend (补假), the
    festival's name as the data gives it (``春节（补假）``, whether the release writes
    ``春节（补假）`` or ``春节（观察日）``); any other name as given (R-CAL-01)."""
    for pattern, wording in entity.observed:
        found = pattern.fullmatch(name)
        if found is not None:
            return wording.format(festival=found["festival"])
    return name


def _swapped_from(entity: _Entity, name: str) -> _dt.date | None:
    """The make-up working day that the data's name of a 调休 rest day gives
    (``休息日（由 2025-10-11 调休）`` → 2025-10-11), or ``None`` when the name holds no date
    that can be read (R-CAL-01)."""
    found = entity.swapped.fullmatch(name) if entity.swapped else None
    if found is None or not entity.swapped_format:
        return None
    try:
        return _dt.datetime.strptime(found["date"].strip(), entity.swapped_format).date()
    except ValueError:
        return None


def _festival_runs(days: list[tuple[_dt.date, str]]) -> str:
    """Days with their festivals' names as ``New Year's Day 2027-01-01; National Day
    2027-10-01..2027-10-03``: each festival once, its consecutive days as a range."""
    festivals: dict[str, list[list[_dt.date]]] = {}
    for day, name in days:
        runs = festivals.setdefault(name, [])
        if runs and day - runs[-1][-1] == ONE_DAY:
            runs[-1].append(day)
        else:
            runs.append([day])
    return "; ".join(
        f"{name} " + ", ".join(f"{r[0]}..{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)
        for name, runs in festivals.items()
    )


def _check_arrangement(calendar: WorkCalendar, name: str, given: Arrangement) -> None:
    """Refuse an arrangement (said as ``name``, shown as ``given``) whose ``holidays`` leave
    out a statutory day of its year, or whose make-up working day is a day the country and
    the calendar both work anyway (a weekday: a typo for the weekend day meant)."""
    entity = _entity(calendar.country, calendar.subdiv)
    rest = {d for d, _name in given.holidays} | given.swapped_rest_days
    missing = [(d, n) for d, n in _statutory_days(entity, given.year) if d not in rest]
    if missing:
        problem = (
            f"leave out statutory days of {given.year}: {_festival_runs(missing)}; a notice "
            "lists every festival, and the statutory days are rest days whatever else it "
            "says, so give each of them"
        )
        inner = InvalidInput.for_argument("holidays", given.holidays, problem)
        raise of_part(inner, name, given)
    country_weekend = _country_class(entity.country)(subdiv=entity.subdiv, years=()).weekend
    for day in sorted(given.makeup_workdays):
        if day.weekday() not in country_weekend | (calendar.weekend or frozenset()):
            problem = (
                f"lists {day}, a {_WEEKDAY_NAMES[day.weekday()]}: a make-up working day is "
                "a weekly rest day worked in exchange for a day off; give the weekend day "
                "the notice names"
            )
            inner = InvalidInput.for_argument("makeup_workdays", day, problem)
            raise of_part(inner, name, given)


class _Index:
    """Working days of a contiguous range of whole years, as flat arrays (immutable once built).

    For day ``first + i``: ``kinds[i]`` its kind code, ``count[i]`` the working days before
    it (one entry more than days), ``secs[i]`` the business µs before it (built lazily);
    ``work`` the sorted ordinals of the working days.
    """

    def __init__(
        self,
        lo_year: int,
        hi_year: int,
        kinds: bytearray,
        names: dict[int, str],
        statutory: frozenset[int],
        through: int,
    ) -> None:
        self.through = through
        self.lo_year = lo_year
        self.hi_year = hi_year
        self.first, self.last = year_ordinals(lo_year, hi_year)
        self.kinds = bytes(kinds)
        self.names = names
        self.english: dict[int, str] | None = None  # the names in English, built when asked
        # The make-up working day of each 调休 rest day named by custops (_SWAPPED_NAME).
        self.swapped_from: dict[int, _dt.date] = {}
        # The days a rest day (or make-up working day) of the data or a notice is not kept
        # on (``public_holidays``/``days_in_lieu`` off): a working day the calendar explains.
        self.waived: frozenset[int] = frozenset()
        self.statutory = statutory
        working = [_WORKING_CODE[k] for k in self.kinds]
        self.work = [self.first + i for i, w in enumerate(working) if w]
        self.count = [0, *itertools.accumulate(working)]
        self.secs: list[int] | None = None
        self.offsets: list[int] | None = None
        # Business intervals (µs from midnight) of the days that differ from their weekday.
        self.walls: dict[int, tuple[tuple[int, int], ...]] = {}


class _Cache:
    """The mutable, private part of a calendar: its index, and the years past the published
    ones already warned about or needing no warning (one set look-up per provisional answer)."""

    def __init__(self) -> None:
        self.index: _Index | None = None
        self.templates: tuple[tuple[tuple[int, int], ...], ...] | None = None
        self.settled: set[int] = set()

    def __reduce__(self) -> tuple[type[_Cache], tuple[()]]:
        return (_Cache, ())  # a pickled calendar rebuilds its index on demand


class _Shared:
    """The built indexes of the calendars used last, keyed by the calendar itself (equal and
    hashable by configuration), so that every calendar equal to one already used — loaded
    from a document, or built again in a loop — starts from the same index instead of
    building its own.  Bounded (the least recently used index goes first) and guarded by a
    lock; an index never changes what it answers once built (its lazily built parts are
    the same whoever builds them), so sharing it changes nothing but the time.
    """

    SIZE: Final = 32

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._indexes: dict[WorkCalendar, _Index] = {}

    def get(self, calendar: WorkCalendar) -> _Index | None:
        with self._lock:
            ix = self._indexes.pop(calendar, None)
            if ix is not None:
                self._indexes[calendar] = ix  # now the most recently used
            return ix

    def put(self, calendar: WorkCalendar, ix: _Index) -> None:
        with self._lock:
            self._indexes.pop(calendar, None)
            self._indexes[calendar] = ix
            while len(self._indexes) > self.SIZE:
                del self._indexes[next(iter(self._indexes))]


_SHARED = _Shared()


# --------------------------------------------------------------------------- converters


def _country(argument: str, value: Any) -> str:
    code = require_str(argument, value).strip().upper()
    try:
        _country_class(code)
    except InvalidInput:  # refused as given (" cn " is read as "CN")
        raise InvalidInput.for_argument(argument, value, _UNKNOWN_ENTITY) from None
    return code


def _read_subdiv(value: Any, calendar: Any, field: attrs.Attribute[Any]) -> str | None:
    """A subdivision of the calendar's country as the ``holidays`` package spells it, read
    as ``country`` is: trimmed and in any case (``" ca "`` is ``"CA"``; an alias too,
    ``"alaska"`` is ``"Alaska"``); ``None``: the whole country."""
    if value is None:
        return None
    text = require_str(field.name, value)
    cls = _country_class(calendar.country)
    known: dict[str, str] = {}
    for name in (*getattr(cls, "subdivisions", ()), *getattr(cls, "subdivisions_aliases", {})):
        known.setdefault(fold(name, keep_spaces=True), name)  # a code before an alias
    found = known.get(fold(text, keep_spaces=True))
    if found is None:
        raise InvalidInput.for_argument(field.name, value, _UNKNOWN_ENTITY)
    return found


def _weekend(argument: str, value: Any) -> frozenset[int] | None:
    if value is None:
        return None
    listed = require_items(argument, value, "an iterable of weekdays 0..6", each=_weekday)
    # a weekday listed twice is as likely a typo ((5, 5) for (5, 6)) as a repeated threshold
    require_distinct(argument, listed, "lists a weekday twice", shown=value)
    days = frozenset(listed)
    if len(days) == 7:
        raise InvalidInput.for_argument(argument, value, "leaves no working weekday")
    return days


@field_converter
def _final_years(argument: str, value: Any) -> frozenset[int]:
    """Whole years, or one year alone; their range is the calendar's own, checked by
    :func:`_in_years` (``final_years[0]``: "must lie in the years 1950-2100 …")."""
    years: Any = (value,) if _lone_year(value) else value
    return frozenset(require_items(argument, years, "an iterable of years", each=require_int))


def _lone_year(value: Any) -> bool:
    """Whether ``value`` is one year, not a collection of them (a numpy integer too)."""
    year = held_int(value)
    return isinstance(year, int) and not isinstance(year, bool)


@field_converter
def _arrangements(argument: str, value: Any) -> tuple[Arrangement, ...]:
    items = list(value.values()) if isinstance(value, Mapping) else value
    each = instance_check(Arrangement, "Arrangement")
    result = require_items(argument, items, "an iterable of Arrangement", each=each)
    years = [a.year for a in result]
    problem = "gives a second arrangement for the year of {argument}[{first}]".replace(
        "{argument}", argument
    )
    require_distinct(argument, list(result), problem, placed=True, keys=years)
    return tuple(sorted(result, key=lambda a: a.year))


def _in_years(read: Any, *, takes: object) -> Any:
    """The converter ``read`` of a calendar's field, then each item given (a day, a year, an
    arrangement) within the years the calendar supports: an item outside is refused by its
    place as the caller wrote it (``closures[0]``, ``arrangements[0]``), showing the item as
    given; an extra working day also listed in ``closures`` too (``extra_workdays[1]``)."""

    def convert(value: Any, calendar: Any, field: attrs.Attribute[Any]) -> Any:
        if isinstance(value, Iterator):  # read once: kept, so its items can be named by place
            value = tuple(value)
        result = read.converter(value, field)
        entity = _entity(calendar.country, calendar.subdiv)
        problem = WorkCalendar._range_text(entity)
        if isinstance(value, Mapping):
            places = [(f"{field.name}[{key!r}]", item) for key, item in value.items()]
        elif _lone_year(value):
            places = [(field.name, value)]
        else:
            places = [(f"{field.name}[{i}]", item) for i, item in enumerate(value)]
        low, high = entity.first_year, entity.last_year
        for name, item in places:
            ends = item if isinstance(item, tuple) else (item,)  # a range of closures
            for end in ends:
                year = end.year if isinstance(end, (_dt.date, Arrangement)) else held_int(end)
                within(name, item, year, low=low, high=high, problem=problem)
            if field.name == "extra_workdays" and item in calendar.closures:
                raise InvalidInput.for_argument(name, item, "is also listed in closures")
            if field.name == "arrangements":
                _check_arrangement(calendar, name, item)
        return result

    convert.__annotations__ = {**convert.__annotations__, "value": takes}
    return attrs.Converter(convert, takes_self=True, takes_field=True)


def _half_days(argument: str, value: Any) -> frozenset[HalfDay]:
    return parse_members(HalfDay, value, argument=argument, lone=True)


class HalfDay(LabelledEnum):
    """The State Council's holidays for part of the people (国务院《全国年节及纪念日放假办法》).

    Applied only when a calendar is told its staff are those people (``half_days=...``):
    a half day off (3-8, 5-4, 8-1) ends business at 12:00 but stays a working day; the
    whole of 6-1 (children) is a rest day (法定节假日).
    """

    WOMEN = ("women", "三八妇女节", "妇女节", "women's day")
    YOUTH = ("youth", "五四青年节", "青年节", "youth day")
    CHILDREN = ("children", "六一儿童节", "儿童节", "children's day")
    ARMY = ("army", "八一建军节", "建军节", "army day")

    @property
    def month_day(self) -> tuple[int, int]:
        """The month and day of the holiday."""
        return _HALF_DAY_DATES[self]


_HALF_DAY_DATES: Final = {
    HalfDay.WOMEN: (3, 8),
    HalfDay.YOUTH: (5, 4),
    HalfDay.CHILDREN: (6, 1),
    HalfDay.ARMY: (8, 1),
}
_NOON_US: Final = time_us(NOON)


#: The rule every answer of a calendar stands on (R-CAL-01, docs/rules.md; the catalogue's
#: §1 "Chinese calendar"): working days are the days the State Council's yearly arrangement
#: (statutory holidays, 调休 make-up days) and the company make working days, and a year
#: not yet published is provisional.  The working-day rules that count these days
#: (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13) are the deadlines' rules, not a day's.
DAY_RULE: Final = "R-CAL-01"


def _check_source(_result: object, _field: attrs.Attribute[Any], value: Any) -> None:
    """The attrs validator of :class:`DayInfo`'s ``origin``: a
    :class:`~custops.decisions.Wording`, or a source given as text, one line with no rule
    ID, refused naming ``source``."""
    if not isinstance(value, Wording):
        require_label("source", value)


@kept_wording
@attrs.frozen
class DayInfo(Explained):
    """What a calendar says about one day, and why (:meth:`WorkCalendar.day_info`).

    ``outcome`` is the day's :class:`DayKind` (the answer: one of several kinds, so named
    as every such answer is); ``rule`` is the stable rule ID :data:`DAY_RULE` (R-CAL-01,
    the holiday and 调休 calendar), ``reason`` says the answer in one line, and ``source``
    where it comes from (the ``holidays`` data, a user's :class:`Arrangement`, a company
    closure…).  Both are worded when read, in the language active then, from the facts
    the result keeps (``said`` and ``origin``, each a :class:`~custops.decisions.Wording`),
    so a day explained in Chinese reads in English and equals the same day explained in
    English; a ``reason`` or ``source`` given as text is kept as given.
    ``explain()`` adds the source as a second line.

    >>> import datetime as dt
    >>> info = china().day_info(dt.date(2025, 10, 1))
    >>> info.outcome, info.is_workday
    (<DayKind.HOLIDAY: 'holiday'>, False)

    ``repr()`` shows the ``reason`` and the ``source`` as read, by the names they are given
    by, as a :class:`~custops.decisions.Decision` shows its reason:

    >>> info
    DayInfo(day=datetime.date(2025, 10, 1), outcome=<DayKind.HOLIDAY: 'holiday'>,
            holiday_name='国庆节', provisional=False, rule='R-CAL-01',
            reason='2025-10-01（周三）是休息日：法定节假日、国庆节',
            source='「holidays」... 版数据（「CN」）')
    """

    day: _dt.date
    outcome: DayKind
    holiday_name: str | None
    provisional: bool
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    origin: str | Wording = attrs.field(alias="source", validator=_check_source)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def source(self) -> str:
        """Where the answer comes from, one line worded in the active language."""
        origin = self.origin
        return origin if type(origin) is str else str(origin)

    @property
    def is_workday(self) -> bool:
        """Whether the day is a working day."""
        return self.outcome.is_workday

    def explain(self) -> str:
        """``str(self)``, then the source of the answer."""
        return block(str(self), [_("source: {source}", source=self.source)])


if TYPE_CHECKING:

    def _COUNTRY(value: str) -> str: ...  # noqa: N802
    def _SUBDIV(value: str | None) -> str | None: ...  # noqa: N802
    def _CLOSURES(  # noqa: N802
        value: Iterable[_dt.date | tuple[_dt.date, _dt.date]],
    ) -> frozenset[_dt.date]: ...
    def _ANNUAL_DAYS(  # noqa: N802
        value: Iterable[tuple[int, int]],
    ) -> frozenset[tuple[int, int]]: ...
    def _EXTRA_WORKDAYS(value: Iterable[_dt.date]) -> frozenset[_dt.date]: ...  # noqa: N802
    def _WEEKEND(value: Iterable[int] | None) -> frozenset[int] | None: ...  # noqa: N802
    def _BUSINESS_HOURS(value: BusinessHours | None) -> BusinessHours | None: ...  # noqa: N802
    def _HALF_DAYS(  # noqa: N802
        value: HalfDay | str | Iterable[HalfDay | str],
    ) -> frozenset[HalfDay]: ...
    def _ZONE(value: ZoneInfo | str) -> ZoneInfo: ...  # noqa: N802
    def _FINAL_YEARS(value: int | Iterable[int]) -> frozenset[int]: ...  # noqa: N802
    def _ARRANGEMENTS(  # noqa: N802
        value: Mapping[int, Arrangement] | Mapping[str, Arrangement] | Iterable[Arrangement],
    ) -> tuple[Arrangement, ...]: ...

else:
    _COUNTRY = field_converter(_country, takes="str")
    _SUBDIV = attrs.Converter(
        retyped(_read_subdiv, "str | None"), takes_self=True, takes_field=True
    )
    _CLOSURES = _in_years(_closure_days, takes=Iterable[_dt.date | tuple[_dt.date, _dt.date]])
    _ANNUAL_DAYS = field_converter(_annual_days, takes="Iterable[tuple[int, int]]")
    _EXTRA_WORKDAYS = _in_years(_DATES, takes=Iterable[_dt.date])
    _WEEKEND = field_converter(_weekend, takes="Iterable[int] | None")
    _BUSINESS_HOURS = field_converter(
        optional_check(functools.partial(require_type, types=BusinessHours, what="BusinessHours")),
        takes="BusinessHours | None",
    )
    _HALF_DAYS = field_converter(_half_days, takes="HalfDay | str | Iterable[HalfDay | str]")
    _ZONE = field_converter(require_zone, takes="ZoneInfo | str")
    _FINAL_YEARS = _in_years(_final_years, takes="int | Iterable[int]")
    _ARRANGEMENTS = _in_years(
        _arrangements,
        takes="Mapping[int, Arrangement] | Mapping[str, Arrangement] | Iterable[Arrangement]",
    )


@attrs.frozen
class WorkCalendar:
    """Working days of a country (China by default) with a company's overrides.

    Equal and hashable by configuration; pickles (the index is rebuilt on demand).  Serves
    the working-day rules R-SLA-01, R-SLA-08, R-SLA-09 and R-SLA-13.

    * ``country``/``subdiv``: any country the ``holidays`` package knows; only its
      ``PUBLIC`` holidays close a day.  The country is the calendar's subject and goes by
      place; ``subdiv`` and every other option by name (``WorkCalendar("US", subdiv="CA")``).
    * ``closures`` / ``extra_workdays``: company rest days / working days, winning over
      the public data (a date in both is an error); an item of ``closures`` is a date or a
      ``(start, end)`` range of dates, both included (a shutdown), at most a year long.
    * ``annual_closures``: company rest days of every year, ``(month, day)`` pairs (an
      anniversary); a year's ``extra_workdays`` win over them.
    * ``weekend``: the weekly rest days (0 = Monday … 6 = Sunday), each listed once;
      ``None``: the country's.
    * ``public_holidays``: ``False`` for a desk that works through every public holiday,
      of every year: no public holiday, 补假 day or 调休 rest day closes a day, and no
      make-up working day opens one (only the weekly rest days and the company's own
      days apply); such a calendar is never provisional, since no notice changes its
      answer.  :meth:`every_day` builds one with no weekly rest day either.
    * ``days_in_lieu``: ``False`` for a seven-day week (``weekend=()``, refused with any
      weekly rest day while public holidays are observed) that rests on the
      festivals' own statutory days only: not on the days made up for a festival on a
      weekend (补假) nor on 调休 rest days, and a make-up working day is a plain day of
      the week — staff who never had the weekend off are owed neither (放假办法 第六条:
      补假 is given "在工作日" for a holiday that fell on a weekend rest day).  Such a
      calendar is never provisional either: the statutory days are the law's.
    * ``business_hours``: :class:`BusinessHours`, or ``None`` (a working day is worked 00:00-24:00),
      read in the calendar's time zone ``zone``; ``half_days``: the :class:`HalfDay`
      holidays of the staff.
    * ``strict``: raise :class:`~custops.errors.CalendarNotPublished` instead of warning
      when a provisional year is used; ``final_years``: years declared final although the
      data has no arrangement; ``arrangements``: the user's own :class:`Arrangement` of a year.

    >>> import datetime as dt
    >>> WorkCalendar(closures=[dt.date(2025, 10, 11)]).is_workday(dt.date(2025, 10, 11))
    False
    """

    country: str = attrs.field(default="CN", converter=_COUNTRY)
    subdiv: str | None = attrs.field(default=None, kw_only=True, converter=_SUBDIV)
    closures: frozenset[_dt.date] = attrs.field(
        default=frozenset(),
        converter=_CLOSURES,
        kw_only=True,
    )
    annual_closures: frozenset[tuple[int, int]] = attrs.field(
        default=frozenset(),
        converter=_ANNUAL_DAYS,
        kw_only=True,
    )
    extra_workdays: frozenset[_dt.date] = attrs.field(
        default=frozenset(),
        converter=_EXTRA_WORKDAYS,
        kw_only=True,
    )
    weekend: frozenset[int] | None = attrs.field(default=None, converter=_WEEKEND, kw_only=True)
    public_holidays: bool = attrs.field(default=True, converter=BOOL, kw_only=True)
    days_in_lieu: bool = attrs.field(default=True, converter=BOOL, kw_only=True)
    business_hours: BusinessHours | None = attrs.field(
        default=BusinessHours.standard(),
        converter=_BUSINESS_HOURS,
        kw_only=True,
    )
    half_days: frozenset[HalfDay] = attrs.field(
        default=frozenset(),
        converter=_HALF_DAYS,
        kw_only=True,
    )
    zone: ZoneInfo = attrs.field(default=ZoneInfo("Asia/Shanghai"), converter=_ZONE, kw_only=True)
    strict: bool = attrs.field(default=False, converter=BOOL, kw_only=True)
    final_years: frozenset[int] = attrs.field(
        default=frozenset(),
        converter=_FINAL_YEARS,
        kw_only=True,
    )
    arrangements: tuple[Arrangement, ...] = attrs.field(
        default=(),
        converter=_ARRANGEMENTS,
        kw_only=True,
    )
    _cache: _Cache = attrs.field(
        init=False, factory=_Cache, eq=False, hash=False, repr=False, order=False
    )

    def __attrs_post_init__(self) -> None:
        # closures, extra_workdays, final_years and arrangements are checked by their
        # converters (each item by its place as given); the hours' dates here
        if not self.days_in_lieu and self.public_holidays and self.weekend != frozenset():
            # staff with weekly rest days are owed the 补假 of a festival on them (放假办法
            # 第六条) and the 调休 rest days they worked a weekend day for
            problem = (
                "is only for a seven-day week (weekend=()): staff with weekly rest days are "
                f"owed the days in lieu (weekend={self._weekend_text()})"
            )
            raise InvalidInput.for_argument("days_in_lieu", self.days_in_lieu, problem)
        entity = _entity(self.country, self.subdiv)
        problem = self._range_text(entity)
        hours = self.business_hours
        for day in sorted(d for d, _hours in hours.by_day) if hours else []:
            low, high = entity.first_year, entity.last_year
            within("business_hours", day, day.year, low=low, high=high, problem=problem)

    def _weekend_text(self) -> str:
        """``weekend`` as given: ``None`` (the country's) or the weekday numbers."""
        return "None" if self.weekend is None else repr(tuple(sorted(self.weekend)))

    @classmethod
    @fitted_call
    def every_day(
        cls,
        *,
        country: str = "CN",
        business_hours: BusinessHours | None = None,
        zone: ZoneInfo | str | None = None,
        closures: Iterable[_dt.date | tuple[_dt.date, _dt.date]] = (),
    ) -> WorkCalendar:
        """A desk that works every day of every year, public holidays included: no weekly
        rest day, ``public_holidays=False`` (a food-delivery or courier desk, a hotline);
        ``country`` (by name) gives the years it answers for and the holidays' names.
        Its working time is ``business_hours`` (``None``, the default: all day, so that
        "2 hours" is two hours of wall time); ``closures`` are its own rest days; ``zone``
        its time zone (``None``: a calendar's default, Asia/Shanghai).  Never provisional:
        no holiday notice changes its answer (R-CAL-01).

        >>> import datetime as dt
        >>> desk = WorkCalendar.every_day()
        >>> desk.is_workday(dt.date(2027, 1, 1)), desk.is_published(2030)
        (True, True)
        >>> desk.add_workdays(dt.date(2027, 2, 4), 3)
        datetime.date(2027, 2, 7)
        >>> print(desk.day_info(dt.date(2027, 2, 6)).reason)
        2027-02-06（周六）是工作日：本日历不放公共假日，春节照常上班
        """
        desk = cls(
            country,
            weekend=(),
            public_holidays=False,
            business_hours=business_hours,
            closures=closures,
        )
        return desk if zone is None else attrs.evolve(desk, zone=zone)

    # ------------------------------------------------------------ configuration views

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
        """Whether the official arrangement for ``year`` is known (never warns; a year
        outside :attr:`supported_years` is refused, as a day of it would be).

        For China, a year after :attr:`published_through` is provisional unless declared final
        (``final_years``) or given an ``Arrangement``; other countries' years are all published.

        >>> china().is_published(2026), WorkCalendar(final_years=[2027]).is_published(2027)
        (True, True)
        >>> china().is_published(1920)
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: year: must lie in the years 1950-2100 the CN calendar ...
        """
        entity = _entity(self.country, self.subdiv)
        low, high = entity.first_year, entity.last_year
        number = require_int("year", year)
        within("year", year, number, low=low, high=high, problem=self._range_text(entity))
        return not self._provisional(number)

    def _last_published(self, before: int) -> int:
        """The last year before ``before`` up to which every year is published: the data's
        last, or later where the user's arrangements or final years continue it."""
        last = _entity(self.country, self.subdiv).published_through
        while last + 1 < before and not self._provisional(last + 1):
            last += 1
        return last

    def _provisional(self, year: int) -> bool:
        if not (self.public_holidays and self.days_in_lieu):
            return False  # the law's days or none: nothing a notice could change
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
        shared = _SHARED.get(self)  # an equal calendar's index, perhaps wider than this one's
        if shared is not None and (
            ix is None or shared.first <= ix.first <= ix.last <= shared.last
        ):
            self._cache.index = ix = shared
            if ix.first <= lo and hi <= ix.last:
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
        _SHARED.put(self, ix)
        return ix

    def _grow(self, ix: _Index, forward: bool, argument: str, value: Any) -> _Index:
        """The index extended by at least its own length in one direction."""
        entity = _entity(self.country, self.subdiv)
        span = ix.hi_year - ix.lo_year + 1
        if forward and ix.hi_year >= entity.last_year:
            problem = f"goes past {entity.last_year}, the last supported year"
            raise InvalidInput.for_argument(argument, value, problem)
        if not forward and ix.lo_year <= entity.first_year:
            problem = f"goes before {entity.first_year}, the first supported year"
            raise InvalidInput.for_argument(argument, value, problem)
        lo = ix.lo_year if forward else max(entity.first_year, ix.lo_year - span)
        hi = min(entity.last_year, ix.hi_year + span) if forward else ix.hi_year
        return self._index(*year_ordinals(lo, hi), argument, value)

    def _build(self, entity: _Entity, lo_year: int, hi_year: int) -> _Index:
        first, last = year_ordinals(lo_year, hi_year)
        data = _holiday_data(entity, lo_year, hi_year, entity.language)
        if self.weekend is None:
            rest = [data.is_weekend(_dt.date.fromordinal(first + i)) for i in range(7)]
        else:
            rest = [(first + i + 6) % 7 in self.weekend for i in range(7)]
        weekend = bytes(_K_WEEKEND if rest[i % 7] else _K_WORK for i in range(last - first + 1))
        kinds = bytearray(weekend)
        names: dict[int, str] = {}
        arranged = {a.year: a for a in self.arrangements}
        swapped = entity.swapped
        worded = entity.country in ARRANGED_COUNTRIES  # 调休 rest days named by custops
        swapped_from: dict[int, _dt.date] = {}
        for d, name in data.items():
            o = d.toordinal()
            if first <= o <= last and d.year not in arranged:
                is_swapped = swapped is not None and swapped.fullmatch(name) is not None
                kinds[o - first] = _K_SWAPPED if is_swapped else _K_HOLIDAY
                made_up = _swapped_from(entity, name) if is_swapped and worded else None
                if made_up is not None:  # the same name under every release of the data
                    swapped_from[o] = made_up
                    name = _SWAPPED_NAME.format(day=made_up.isoformat())
                elif not is_swapped:
                    name = _observed_name(entity, name)
                names[o] = name
        for d in data.weekend_workdays:
            o = d.toordinal()
            if first <= o <= last and d.year not in arranged:
                kinds[o - first] = _K_MAKEUP if weekend[o - first] else _K_WORK
        for year, arrangement in arranged.items():
            if not lo_year <= year <= hi_year:
                continue  # (the loops above left the year's days to its weekly rest days)
            for d, name in arrangement.holidays:
                kinds[d.toordinal() - first] = _K_HOLIDAY
                names[d.toordinal()] = name
            for d in arrangement.swapped_rest_days:
                kinds[d.toordinal() - first] = _K_SWAPPED
            for d in arrangement.makeup_workdays:
                o = d.toordinal() - first
                kinds[o] = _K_MAKEUP if weekend[o] else _K_WORK
        public = frozenset(o for o, k in enumerate(kinds, first) if k == _K_HOLIDAY)
        waived = self._waive(entity, lo_year, hi_year, kinds, weekend)
        halves: list[int] = []
        for half in sorted(self.half_days, key=lambda h: h.month_day):
            for year in range(lo_year, hi_year + 1):
                o = _dt.date(year, *half.month_day).toordinal()
                if half is HalfDay.CHILDREN and _WORKING_CODE[kinds[o - first]]:
                    kinds[o - first] = _K_HOLIDAY
                    names[o] = half.label
                elif half is not HalfDay.CHILDREN:
                    halves.append(o)
        statutory = public | frozenset(o for o, k in enumerate(kinds, first) if k == _K_HOLIDAY)
        for month, day_of_month in sorted(self.annual_closures):
            for year in range(lo_year, hi_year + 1):
                kinds[_dt.date(year, month, day_of_month).toordinal() - first] = _K_CLOSURE
        for days, code in ((self.closures, _K_CLOSURE), (self.extra_workdays, _K_EXTRA)):
            for o in (d.toordinal() for d in days):
                if first <= o <= last:
                    kinds[o - first] = code
        ix = _Index(lo_year, hi_year, kinds, names, statutory, entity.published_through)
        ix.swapped_from = swapped_from
        ix.waived = waived
        if self.business_hours is not None:
            templates = self._templates()
            for o in halves:  # a half day off: business ends at noon
                wall = templates[(o + 6) % 7] or templates[7]
                ix.walls[o] = tuple((s, min(e, _NOON_US)) for s, e in wall if s < _NOON_US)
            for d, intervals in self.business_hours.by_day:
                ix.walls[d.toordinal()] = tuple((i.start_us, i.end_us) for i in intervals)
        return ix

    def _waive(
        self,
        entity: _Entity,
        lo_year: int,
        hi_year: int,
        kinds: bytearray,
        weekend: bytes,
    ) -> frozenset[int]:
        """Undo, in ``kinds``, the public days this calendar does not keep: every public
        holiday, 补假 day, 调休 rest day and make-up working day (``public_holidays`` off),
        or all but the festivals' own statutory days (``days_in_lieu`` off); each such day
        becomes a day of the calendar's week.  The days made working days are returned;
        each keeps its name (a festival's, a 调休 rest day's), which explains it, as a
        holiday the company works (``extra_workdays``) keeps its name."""
        if self.public_holidays and self.days_in_lieu:
            return frozenset()
        first = year_ordinals(lo_year, lo_year)[0]
        kept: frozenset[int] = frozenset()
        if self.public_holidays:  # days in lieu off: the law's days of each year stay
            kept = frozenset(
                d.toordinal()
                for year in range(lo_year, hi_year + 1)
                for d, _name in _statutory_days(entity, year)
            )
        waived = set()
        for i, kind in enumerate(kinds):
            o = first + i
            if kind in (_K_HOLIDAY, _K_SWAPPED, _K_MAKEUP) and o not in kept:
                kinds[i] = weekend[i]
                if kind != _K_MAKEUP and kinds[i] == _K_WORK:
                    waived.add(o)
        return frozenset(waived)

    def _note(self, lo_year: int, hi_year: int) -> None:
        """Warn about (or, when strict, refuse) the provisional years in ``lo_year..hi_year``."""
        settled = self._cache.settled
        if lo_year == hi_year and lo_year in settled:
            return
        through = _entity(self.country, self.subdiv).published_through
        if hi_year <= through:
            return
        years = range(max(lo_year, through + 1), hi_year + 1)
        # A provisional year is settled once warned about (a strict calendar never settles one).
        provisional = [y for y in years if y not in settled and self._provisional(y)]
        if provisional and self.strict:
            year = provisional[0]
            problem = (  # (the year is the value, shown once)
                f"its official {self.country} holiday arrangement is not published in the data "
                f"(last: {self._last_published(year)}); supply the notice as an Arrangement "
                "(or declare the statutory holidays final with final_years)"
            )
            raise CalendarNotPublished.for_argument(
                "year", year, problem, year=year, country=self.country
            )
        if _ASKING_PROVISIONAL.get():  # the caller asks for the flag: it is the answer
            return
        for year in provisional:
            warnings.warn(
                ProvisionalCalendarWarning(
                    f"the {self.country} holiday arrangement for {year} is not published yet; "
                    f"answering from the statutory holidays (provisional). Once the notice is "
                    f"out, type it in whole, every festival: WorkCalendar(arrangements="
                    f"[Arrangement({year}, {{date: name, ...}}, makeup_workdays=[...])]), or "
                    f"upgrade holidays. "
                    f"final_years=[{year}] would declare the statutory holidays alone final, "
                    f"right only for a notice without make-up working days"
                    f"{'' if english() else ' (调休)'}. This warning comes once per calendar "
                    f"and year, not with every answer: keep deadline(..., explain=True)"
                    f".provisional or periods.provisional(...) beside a stored deadline.",
                    year=year,
                    country=self.country,
                ),
                stacklevel=_outside_stacklevel(),
            )
        settled.update(years)

    def _locate(self, day: Any) -> tuple[_Index, int]:
        """The index covering ``day`` (checked, provisional years noted) and its ordinal."""
        if day.__class__ is not _dt.date:
            require_date("day", day)
        o = day.toordinal()
        ix = self._index(o, o, "day", day)
        if day.year > ix.through:
            self._note(day.year, day.year)
        return ix, o

    # ------------------------------------------------------------ days

    def is_workday(self, day: _dt.date) -> bool:
        """Whether ``day`` is a working day (调休 makeup days and extra workdays included).

        >>> import datetime as dt
        >>> china().is_workday(dt.date(2026, 10, 10))  # Saturday, 补班 for National Day
        True
        """
        if day.__class__ is not _dt.date:
            require_date("day", day)
        o = day.toordinal()
        ix = self._cache.index
        if ix is None or not ix.first <= o <= ix.last:
            ix = self._index(o, o, "day", day)
        year = day.year
        if year > ix.through and year not in self._cache.settled:
            self._note(year, year)
        return _WORKING_CODE[ix.kinds[o - ix.first]]

    def day_kind(self, day: _dt.date) -> DayKind:
        """The :class:`DayKind` of ``day``.

        >>> import datetime as dt
        >>> china().day_kind(dt.date(2025, 10, 8)).label    # swapped for Saturday 10-11
        '调休休息'
        """
        ix, o = self._locate(day)
        return _KINDS[ix.kinds[o - ix.first]]

    def is_statutory_holiday(self, day: _dt.date) -> bool:
        """Whether ``day`` is a statutory public holiday (法定节假日) in the public data.

        A 调休 rest day (调休休息) is not one; closures, extra working days,
        ``public_holidays`` and ``days_in_lieu`` do not change the answer (a holiday
        worked is still a holiday).

        >>> import datetime as dt
        >>> china().is_statutory_holiday(dt.date(2025, 10, 1))
        True
        """
        ix, o = self._locate(day)
        return o in ix.statutory

    def holiday_name(self, day: _dt.date) -> str | None:
        """The public holiday's name on ``day`` (Chinese for CN), or ``None``: the data's
        name, but for two kinds of mainland day, which custops names itself so that the
        name is the same under every release of the ``holidays`` package (R-CAL-01): a
        调休 rest day, from the make-up working day the data gives, ``休息日（由 <date>
        调休）`` (the data's name where it holds no date to read), and a day made up for a
        festival on a weekend, ``<festival>（补假）``.  The same in every language.

        >>> import datetime as dt
        >>> china().holiday_name(dt.date(2025, 10, 8))
        '休息日（由 2025-10-11 调休）'
        """
        ix, o = self._locate(day)
        return ix.names.get(o)

    def table(self, start: _dt.date, end: _dt.date) -> CalendarTable:
        """One row per day from ``start`` to ``end`` (both included), as columns.

        A :class:`CalendarTable`, to count working days by joins (R-SLA-01, R-SLA-08,
        R-SLA-09, R-SLA-13).

        >>> import datetime as dt
        >>> t = china().table(dt.date(2025, 10, 7), dt.date(2025, 10, 11))
        >>> t.outcome[:2], t.outcome[-1], t.workday_seq
        (('swapped_rest_day', 'swapped_rest_day'), 'makeup_workday', (0, 0, 1, 2, 3))
        """
        return build_table(self, start, end)

    def day_info(self, day: _dt.date) -> DayInfo:
        """Everything the calendar knows about ``day``, with its source and a one-line reason
        (rule :data:`DAY_RULE`, R-CAL-01).

        The reason and the source are worded in the active language (:mod:`custops.i18n`);
        ``holiday_name`` is :meth:`holiday_name`'s, the same in every language: the data's
        own name (Chinese for CN), custops' own for a mainland 调休 rest day or 补假 day.

        >>> import datetime as dt
        >>> info = china().day_info(dt.date(2025, 10, 11))
        >>> info.rule, info.reason, info.source
        ('R-CAL-01', '2025-10-11（周六）是工作日：调休上班', '「holidays」... 版数据（「CN」）')
        >>> print(info.explain())
        调休上班（R-CAL-01）：2025-10-11（周六）是工作日：调休上班
          依据：「holidays」... 版数据（「CN」）
        """
        kind = self.day_kind(day)
        ix, o = self._locate(day)
        year = day.year
        provisional = not self.is_published(year)
        fields = _worded_day_fields(self, day)
        if kind is DayKind.CLOSURE:
            source = N_("company closure")
        elif kind is DayKind.EXTRA_WORKDAY:
            source = N_("company extra working day")
        elif not self.public_holidays:
            source = N_("the calendar's own week (public holidays not observed)")
        elif not self.days_in_lieu:
            source = N_(
                "statutory days of the holidays {version} data ({country}); no days in lieu"
            )
        elif any(a.year == year for a in self.arrangements):
            source = N_("user-supplied arrangement for {year}")
        elif provisional:
            source = N_("statutory rules (the {year} arrangement is not published: provisional)")
        else:
            source = N_("holidays {version} data ({country})")
        if kind.is_workday and o in ix.waived and len(fields["what"]) > 1:
            fields["what"] = fields["what"][1:]  # the day's name: the kind is the answer
            if not self.public_holidays:
                reason = N_(
                    "{day} ({weekday}) is a working day: this calendar observes no public "
                    "holidays; {what} is worked"
                )
            else:
                reason = N_(
                    "{day} ({weekday}) is a working day: this calendar rests on the "
                    "statutory days only, without days in lieu; {what} is worked"
                )
        elif kind.is_workday:
            reason = N_("{day} ({weekday}) is a working day: {what}")
        else:
            reason = N_("{day} ({weekday}) is a rest day: {what}")
        return DayInfo(
            day,
            kind,
            holiday_name=self.holiday_name(day),
            provisional=provisional,
            rule=DAY_RULE,
            reason=W_(reason, **fields),
            source=W_(source, year=year, version=_holidays_version, country=self.country),
        )

    def add_workdays(self, day: _dt.date, workdays: int) -> _dt.date:
        """The working day ``workdays`` working days after ``day`` (``day`` not counted);
        a negative ``workdays`` counts back.

        ``workdays == 0`` returns ``day``; ``workdays_between(day, add_workdays(day, w)) == w``
        for every ``w >= 1``.  Two array look-ups (R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13
        count so).

        >>> import datetime as dt
        >>> china().add_workdays(dt.date(2025, 9, 30), 1)   # 10-01..08 off
        datetime.date(2025, 10, 9)
        """
        if day.__class__ is not _dt.date:
            require_date("day", day)
        if workdays.__class__ is not int:
            workdays = require_int("workdays", workdays)
        o = day.toordinal()
        ix = self._cache.index
        if ix is None or not ix.first <= o <= ix.last:
            ix = self._index(o, o, "day", day)
        # The answer is work[j], j counting on from the working days up to ``day`` (included
        # going forward, excluded going back); the index grows until it holds it.
        if workdays > 0:
            while (j := ix.count[o - ix.first + 1] + workdays - 1) >= len(ix.work):
                ix = self._grow(ix, True, "workdays", workdays)
            o = ix.work[j]
        elif workdays < 0:
            while (j := ix.count[o - ix.first] + workdays) < 0:
                ix = self._grow(ix, False, "workdays", workdays)
            o = ix.work[j]
        result = _dt.date.fromordinal(o)
        hi = result.year if workdays >= 0 else day.year
        if hi > ix.through:
            lo = day.year if workdays >= 0 else result.year
            # a provisional year already warned about costs no further call
            if lo != hi or lo not in self._cache.settled:
                self._note(lo, hi)
        return result

    def next_workday(self, day: _dt.date) -> _dt.date:
        """The first working day strictly after ``day``.

        >>> import datetime as dt
        >>> china().next_workday(dt.date(2026, 2, 13))   # Friday before Spring Festival
        datetime.date(2026, 2, 14)
        """
        with in_date_range("day", day, counting="has no working day after it"):
            return self.add_workdays(day, 1)

    def previous_workday(self, day: _dt.date) -> _dt.date:
        """The last working day strictly before ``day``.

        >>> import datetime as dt
        >>> china().previous_workday(dt.date(2026, 2, 24))
        datetime.date(2026, 2, 14)
        """
        with in_date_range("day", day, counting="has no working day before it"):
            return self.add_workdays(day, -1)

    @fitted_call
    def roll(self, day: _dt.date, *, roll: Roll | str = Roll.FOLLOWING) -> _dt.date:
        """``day`` if it is a working day, else the working day ``roll`` (a :class:`Roll`, as
        :func:`custops.periods.deadline` takes it) moves it to.

        >>> import datetime as dt
        >>> china().roll(dt.date(2025, 10, 1))
        datetime.date(2025, 10, 9)
        """
        rule = Roll.parse(roll, argument="roll")
        if self.is_workday(day):
            return day
        if rule is Roll.PRECEDING:
            return self.previous_workday(day)
        result = self.next_workday(day)
        if rule is Roll.MODIFIED_FOLLOWING and result.month != day.month:
            return self.previous_workday(day)
        return result

    def _span(self, start: Any, end: Any) -> tuple[_Index, int, int]:
        """The index covering the days ``start`` and ``end`` (checked), and their ordinals."""
        if start.__class__ is not _dt.date:
            require_date("start", start)
        if end.__class__ is not _dt.date:
            require_date("end", end)
        oa = start.toordinal()
        ob = end.toordinal()
        ix = self._cache.index
        if ix is None or not (ix.first <= oa <= ix.last and ix.first <= ob <= ix.last):
            self._index(oa, oa, "start", start)
            ix = self._index(min(oa, ob), max(oa, ob), "end", end)
        if start.year > ix.through or end.year > ix.through:
            self._note(min(start.year, end.year), max(start.year, end.year))
        return ix, oa, ob

    def workdays_between(self, start: _dt.date, end: _dt.date) -> int:
        """Working days in ``(start, end]``; when ``end < start``, minus those in ``(end, start]``.

        >>> import datetime as dt
        >>> china().workdays_between(dt.date(2026, 9, 30), dt.date(2026, 10, 10))
        3
        """
        ix, oa, ob = self._span(start, end)
        return ix.count[ob - ix.first + 1] - ix.count[oa - ix.first + 1]

    def rest_days_between(self, start: _dt.date, end: _dt.date) -> tuple[_dt.date, ...]:
        """The rest days in ``(start, end]`` (``(end, start]`` when ``end < start``), oldest first.

        >>> import datetime as dt
        >>> [d.day for d in china().rest_days_between(dt.date(2025, 9, 30), dt.date(2025, 10, 9))]
        [1, 2, 3, 4, 5, 6, 7, 8]
        """
        ix, oa, ob = self._span(start, end)
        lo, hi = min(oa, ob), max(oa, ob)
        kinds = ix.kinds
        return tuple(
            _dt.date.fromordinal(o)
            for o in range(lo + 1, hi + 1)
            if not _WORKING_CODE[kinds[o - ix.first]]
        )

    # ------------------------------------------------------------ business time

    @fitted_call
    def to_local(self, at: _dt.datetime, *, argument: str = "at") -> _dt.datetime:
        """``at`` (timezone-aware, any zone) in the calendar's zone; naive → error.

        >>> import datetime as dt
        >>> china().to_local(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
        datetime.datetime(2025, 1, 1, 8, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        argument = argument_name(argument)
        try:
            return require_aware(argument, at).astimezone(self.zone)
        except OverflowError:  # datetime.min/max shifted out of the representable range
            problem = (  # not the calendar's years: the instant has no local time at all
                f"lies beyond the dates Python can represent (years 1-9999) in {self.zone.key}"
            )
            raise InvalidInput.for_argument(argument, at, problem) from None

    def _templates(self) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Wall-clock intervals (µs from midnight) of weekdays 0-6 and, last, of a makeup day."""
        templates = self._cache.templates
        if templates is None:
            if self.business_hours is None:
                templates = (((0, DAY_US),),) * 8
            else:
                weekly = self.business_hours.weekly
                days = (*weekly, weekly[self.business_hours.makeup_weekday])
                templates = tuple(tuple((i.start_us, i.end_us) for i in day) for day in days)
            self._cache.templates = templates
        return templates

    def _wall(self, ix: _Index, ordinal: int) -> tuple[tuple[int, int], ...]:
        """Wall-clock business intervals (µs from midnight) of day ``ordinal``.

        A rest day has none; a date of ``business_hours.by_day`` (or a half day off) its own; a
        working day whose weekday has no hours (调休上班, extra working day, a six-day
        week's Saturday) those of ``business_hours.makeup_weekday``.
        """
        kind = ix.kinds[ordinal - ix.first]
        if not _WORKING_CODE[kind]:
            return ()
        special = ix.walls.get(ordinal)
        if special is not None:
            return special
        templates = self._templates()
        day = templates[(ordinal + 6) % 7]
        return templates[7] if kind == _K_MAKEUP or not day else day

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
            base = (ordinal - EPOCH_ORDINAL) * DAY_US - before
            return [(base + s, base + e) for s, e in wall]
        # A clock change on this day: convert each wall time exactly.
        midnight = _dt.datetime.combine(_dt.date.fromordinal(ordinal), MIDNIGHT, self.zone)

        def real(us: int) -> int:
            return (midnight + us * US - EPOCH) // US

        return [(real(s), real(e)) for s, e in wall]

    def _offset(self, ordinal: int) -> int:
        """The zone's UTC offset (µs) at 00:00 of day ``ordinal``."""
        return self.zone.utcoffset(_dt.datetime.fromordinal(ordinal)) // US  # type: ignore[operator]

    def _secs(self, ix: _Index) -> list[int]:
        """Prefix sums of business µs per day (and UTC offsets at each midnight), built once."""
        if ix.secs is None:
            ix.offsets = offsets = [self._offset(o) for o in range(ix.first, ix.last + 2)]
            totals = []
            for i, o in enumerate(range(ix.first, ix.last + 1)):
                wall = self._wall(ix, o)
                if offsets[i] != offsets[i + 1]:  # a clock change: measure real elapsed time
                    wall = tuple(self._real(ix, o, wall))
                totals.append(sum(e - s for s, e in wall))
            ix.secs = [0, *itertools.accumulate(totals)]
        return ix.secs

    def _position(self, ix: _Index, secs: list[int], local: _dt.datetime) -> int:
        """Business microseconds from the start of the index to instant ``local``."""
        o = local.toordinal()
        u = (local - EPOCH) // US
        pos = secs[o - ix.first]
        for s, e in self._real(ix, o, self._wall(ix, o)):
            if u > s:
                pos += min(u, e) - s
        return pos

    def _instant(self, ix: _Index, secs: list[int], target: int, forward: bool) -> _dt.datetime:
        """The earliest (``forward``) or latest instant at business position ``target``."""
        i = (bisect.bisect_left if forward else bisect.bisect_right)(secs, target) - 1
        o = ix.first + i
        rem = target - secs[i]
        for s, e in self._real(ix, o, self._wall(ix, o)):
            if rem < e - s or (forward and rem == e - s):
                return from_us(s + rem, self.zone)
            rem -= e - s
        raise AssertionError("unreachable: business position outside its day")  # pragma: no cover

    def business_intervals(self, day: _dt.date) -> tuple[tuple[_dt.datetime, _dt.datetime], ...]:
        """The business intervals of ``day``, aware, in :attr:`zone` (``()`` on a rest day).

        >>> import datetime as dt
        >>> [(a.hour, b.hour) for a, b in china().business_intervals(dt.date(2025, 10, 11))]
        [(9, 12), (13, 18)]
        """
        ix, o = self._locate(day)
        return tuple(
            (from_us(s, self.zone), from_us(e, self.zone)) for s, e in utc_intervals(self, ix, o)
        )

    def close_of_business(self, day: _dt.date) -> _dt.datetime | None:
        """The end of ``day``'s last business interval; ``None`` without hours or on a rest day.

        When a period's last day ends where there are business hours (Civil Code art. 203 ¶2).

        >>> import datetime as dt
        >>> china().close_of_business(dt.date(2025, 9, 30))
        datetime.datetime(2025, 9, 30, 18, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        ix, o = self._locate(day)
        wall = self._wall(ix, o)
        if self.business_hours is None or not wall:
            return None
        return from_us(self._real(ix, o, wall[-1:])[0][1], self.zone)

    def add_working_time(self, at: _dt.datetime, delta: _dt.timedelta) -> _dt.datetime:
        """The instant ``delta`` of business time after ``at`` (before it, when negative).

        ``at`` is timezone-aware (any zone; the result is in :attr:`zone`).  Time outside
        business hours does not count; a result exactly at the end of an interval is that end
        (18:00, not the next morning's 09:00).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> china().add_working_time(at, dt.timedelta(hours=3))   # National Day holiday
        datetime.datetime(2025, 10, 9, 10, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        local = self.to_local(at)
        require_type("delta", delta, _dt.timedelta, "datetime.timedelta")
        o = local.toordinal()
        ix = self._index(o, o, "at", at)
        amount = delta // US
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

    def working_time_between(self, start: _dt.datetime, end: _dt.datetime) -> _dt.timedelta:
        """Business time in ``[start, end)``; negative when ``end < start``.

        >>> import datetime as dt
        >>> start = dt.datetime(2025, 9, 30, 8, 0, tzinfo=dt.timezone.utc)   # 16:00 in Shanghai
        >>> china().working_time_between(start, start + dt.timedelta(days=8, hours=18))
        datetime.timedelta(seconds=10800)
        """
        a = self.to_local(start, argument="start")
        b = self.to_local(end, argument="end")
        oa, ob = a.toordinal(), b.toordinal()
        self._index(oa, oa, "start", start)
        ix = self._index(min(oa, ob), max(oa, ob), "end", end)
        secs = self._secs(ix)
        self._note(min(a.year, b.year), max(a.year, b.year))
        return (self._position(ix, secs, b) - self._position(ix, secs, a)) * US


@functools.lru_cache(maxsize=1)
def china() -> WorkCalendar:
    """The default mainland-China calendar (cached): ``WorkCalendar()``.

    >>> china() is china(), china().country
    (True, 'CN')
    """
    return WorkCalendar()


def calendar_or_china(value: WorkCalendar | None, *, argument: str = "calendar") -> WorkCalendar:
    """``value`` if it is a :class:`WorkCalendar`, :func:`china` for ``None``; else an error.

    Every function of custops that takes ``calendar=None`` reads its calendar with this.

    >>> calendar_or_china("CN")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: calendar: must be a WorkCalendar or None, not a str (got 'CN')
    """
    if value is None:
        return china()
    return require_type(argument, value, WorkCalendar, "a WorkCalendar or None")


# --------------------------------------------------------------------------- internal interface
# What custops.vector and custops.periods read of a calendar beyond its public API.  Not
# exported (like calendar_or_china): these functions are the one way another module of
# custops reaches a calendar's index; nothing outside calendars.py touches its private names.


def day_index(
    calendar: WorkCalendar, first: int, last: int, *, argument: str, value: Any
) -> _Index:
    """The day index of ``calendar`` covering the day ordinals ``first..last`` (built, or
    extended, as needed).  Its ``first`` is the ordinal of its first day; ``kinds[o - first]``
    is the position of day ``o``'s :class:`DayKind` in ``tuple(DayKind)``.  It notes no
    provisional year (the caller asks :meth:`WorkCalendar.is_published`); a day outside the
    supported years is :class:`~custops.errors.InvalidInput` naming ``argument`` and ``value``.
    """
    return calendar._index(first, last, argument, value)


def utc_intervals(calendar: WorkCalendar, index: _Index, ordinal: int) -> list[tuple[int, int]]:
    """The business intervals of day ``ordinal`` of ``index`` (:func:`day_index`) as
    microseconds since :data:`custops._dates.EPOCH` (``[]`` on a rest day)."""
    return calendar._real(index, ordinal, calendar._wall(index, ordinal))


def _worded_day_fields(calendar: WorkCalendar, day: _dt.date) -> dict[str, Any]:
    """:func:`day_fields`, kept to be worded when read: the weekday a
    :class:`~custops.decisions.Wording`, the holiday's name the data's name in each
    language (:func:`~custops.decisions.worded_term`) where the data has an English one."""
    with language("zh_CN"):
        fields = day_fields(calendar, day)
    what = fields["what"]
    if len(what) > 1 and type(what[-1]) is str:
        with language("en_US"):
            english_name = day_fields(calendar, day)["what"][-1]
        if english_name != what[-1]:
            what = (what[0], worded_term(what[-1], english_name))
    return {"day": day, "weekday": W_(_WEEKDAY_NAMES[day.weekday()]), "what": what}


def day_fields(calendar: WorkCalendar, day: _dt.date) -> dict[str, Any]:
    """``day`` as fields of an explanation (``{day} ({weekday}, {what})``): its date,
    weekday, and kind with the holiday's name, in the active language (the data's
    English name when ``en_US`` is active, its dates in ISO 8601 as every date custops
    shows; a mainland 调休 rest day's name custops' own, :data:`_SWAPPED_ENGLISH`:
    ``rest day (swapped from 2025-09-28)``; a user's or a half day's name as given).
    ``day`` is checked, and a provisional year noted, as :meth:`WorkCalendar.day_kind` does.

    >>> import datetime as dt
    >>> day_fields(china(), dt.date(2025, 10, 11))["what"]
    (<DayKind.MAKEUP_WORKDAY: 'makeup_workday'>,)
    """
    ix, o = calendar._locate(day)
    kind = _KINDS[ix.kinds[o - ix.first]]
    name = ix.names.get(o)
    made_up = ix.swapped_from.get(o)
    entity = _entity(calendar.country, calendar.subdiv)
    translated = entity.english and entity.language != "en_US"
    if made_up is not None and english():  # a 调休 rest day custops names (R-CAL-01)
        name = _SWAPPED_ENGLISH.format(day=made_up.isoformat())
    elif name is not None and translated and english():
        if ix.english is None:
            arranged = {a.year for a in calendar.arrangements}
            ix.english = {
                d.toordinal(): _US_DATE.sub(r"\g<year>-\g<month>-\g<day>", n)
                for d, n in _holiday_data(entity, ix.lo_year, ix.hi_year, "en_US").items()
                if d.toordinal() in ix.names and d.year not in arranged
            }
        name = ix.english.get(o, name)
    if name == _UNNAMED_HOLIDAY:  # a notice's day given without a name: worded when read
        name = _UNNAMED
    return {
        "day": day,
        "weekday": _(_WEEKDAY_NAMES[day.weekday()]),
        "what": (kind,) if name is None else (kind, name),
    }
