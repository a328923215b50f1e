"""Strategies for days, instants and :mod:`custops.calendars` (business hours, company
calendars)."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable
from typing import Final
from zoneinfo import ZoneInfo

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._dates import MIDNIGHT
from custops._validate import require_bool, require_int, require_zone
from custops.calendars import BusinessHours, Interval, WorkCalendar, china
from custops.testing._checks import (
    MAX_DATE,
    MIN_DATE,
    calendar_bounds,
    collection,
    date_bounds,
    size,
    strategy,
)

#: The zones :func:`aware_datetimes` uses by default; first the zone of the default calendar,
#: Asia/Shanghai (it shrinks to it).
ZONES: Final = (
    china().zone.key,
    "UTC",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Europe/Berlin",
    "America/New_York",
)


def dates(
    min_value: _dt.date = MIN_DATE, max_value: _dt.date = MAX_DATE
) -> SearchStrategy[_dt.date]:
    """Days between ``min_value`` and ``max_value`` (default 2001–2030, the years with data)."""
    lo, hi = date_bounds(min_value, max_value)
    return st.dates(min_value=lo, max_value=hi)


def aware_datetimes(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    zones: Iterable[str | ZoneInfo] = ZONES,
    whole_seconds: bool = True,
) -> SearchStrategy[_dt.datetime]:
    """Timezone-aware instants whose local day lies in the bounds, in one of ``zones``
    (:data:`ZONES` by default) and never in a spring-forward gap; whole seconds unless
    ``whole_seconds=False``."""
    require_bool("whole_seconds", whole_seconds)
    lo, hi = date_bounds(min_value, max_value)
    chosen = collection("zones", zones, "zone names", functools.partial(require_zone, "zones"))
    instants = st.datetimes(
        min_value=_dt.datetime.combine(lo, MIDNIGHT),
        max_value=_dt.datetime.combine(hi, _dt.time.max),
        timezones=st.sampled_from(chosen),
        allow_imaginary=False,
    )
    return instants.map(lambda t: t.replace(microsecond=0)) if whole_seconds else instants


def _quarter(q: int) -> _dt.time:
    """Quarter-hour ``q`` of the day as a time; 96 (24:00) is ``time(0)``, an interval's end."""
    return _dt.time(q // 4 % 24, q % 4 * 15)


@st.composite
def _day_hours(draw: st.DrawFn) -> tuple[Interval, ...]:
    ends = 2 * draw(st.integers(1, 2))  # of one or two intervals
    quarters = st.integers(0, 96)  # quarter-hours of the day
    points = sorted(draw(st.lists(quarters, min_size=ends, max_size=ends, unique=True)))
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
    """:class:`~custops.calendars.BusinessHours`: the standard week (it shrinks to it), common
    shop and office weeks, or random quarter-hour weeks open at least Monday–Friday."""
    return st.one_of(st.sampled_from(_SAMPLE_HOURS), _custom_hours())


_business_hours = business_hours  # calendars()' parameter of that name hides the strategy


def final_years(until: int | None = None) -> range:
    """The years after the published data through ``until`` (default: the last year China's
    calendar supports), declared final (no warnings)."""
    years = china().supported_years
    last = years.stop - 1 if until is None else until
    last = require_int("final_until", last, low=years.start, high=years.stop - 1)
    through = china().published_through or years.start - 1
    return range(through + 1, last + 1)


def calendars(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    closures: SearchStrategy[_dt.date] | None = None,
    extra_workdays: SearchStrategy[_dt.date] | None = None,
    max_closures: int = 6,
    max_extra_workdays: int = 6,
    business_hours: SearchStrategy[BusinessHours | None] | None = None,
    final_until: int | None = None,
    public_holidays: SearchStrategy[bool] | None = None,
    days_in_lieu: SearchStrategy[bool] | None = None,
) -> SearchStrategy[WorkCalendar]:
    """Chinese :class:`~custops.calendars.WorkCalendar` values with up to ``max_closures``
    closures (公司停业, from ``closures``, default any day in the bounds) and up to
    ``max_extra_workdays`` extra working days (加班日, default Saturdays), never both on one
    day; ``business_hours`` default :func:`business_hours` (``st.none()`` for none).  The
    years after the published data through ``final_until`` (default: every year China's
    calendar supports, through 2100) are declared final, so nothing warns, whatever day
    in those years a test counts from or to.  ``public_holidays`` and ``days_in_lieu``
    (default ``st.booleans()`` each; ``st.just(True)`` for the country's whole
    arrangement) give the calendar's options of those names: a desk that works through
    the public holidays, or a seven-day week (``weekend=()``, the only week the option is
    for) that rests on the festivals' own statutory days only.  The bounds must lie in the
    years China's calendar supports (1950–2100)."""
    lo, hi = calendar_bounds(min_value, max_value)

    def saturday(d: _dt.date) -> _dt.date:  # of d's week, or the one before at the end
        day = d + _dt.timedelta(days=(5 - d.weekday()) % 7)
        if day > hi:
            day -= _dt.timedelta(days=7)
        return day if day >= lo else d

    closed = st.frozensets(
        strategy("closures", closures, dates(lo, hi)), max_size=size("max_closures", max_closures)
    )
    extra = st.frozensets(
        strategy("extra_workdays", extra_workdays, dates(lo, hi).map(saturday)),
        max_size=size("max_extra_workdays", max_extra_workdays),
    )
    hours_st = strategy("business_hours", business_hours, _business_hours())
    final = final_years(final_until)
    holidays_st = strategy("public_holidays", public_holidays, st.booleans())
    in_lieu_st = strategy("days_in_lieu", days_in_lieu, st.booleans())

    @st.composite
    def calendar(draw: st.DrawFn) -> WorkCalendar:
        shut = draw(closed)
        open_ = draw(extra) - shut
        public, in_lieu = draw(holidays_st), draw(in_lieu_st)
        return WorkCalendar(
            closures=shut,
            extra_workdays=open_,
            business_hours=draw(hours_st),
            final_years=final,
            public_holidays=public,
            days_in_lieu=in_lieu,
            # (no days in lieu is for a seven-day week only, while holidays are observed)
            weekend=() if public and not in_lieu else None,
        )

    return calendar()
