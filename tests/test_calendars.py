"""Tests of custops.calendars: working days with 调休, business hours, provisional years.

The working-day arithmetic serves R-SLA-01, R-SLA-08, R-SLA-09 and R-SLA-13 (deadlines in
working days) and implements RULES.md §1 "Chinese calendar".  The fast index is compared
with an independent day-by-day reference built directly on the ``holidays`` package.
"""

from __future__ import annotations

import datetime as dt
import pickle
import sys
import warnings
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import holidays
import pytest
from holidays.constants import PUBLIC
from hypothesis import given, settings
from hypothesis import strategies as st

from calendar_checks import counting_builds
from custops import calendars as cals
from custops.calendars import (
    Arrangement,
    BusinessHours,
    DayInfo,
    DayKind,
    Interval,
    WorkCalendar,
    china,
)
from custops.errors import (
    CalendarNotPublished,
    CustopsError,
    InvalidInput,
    InvalidType,
    PolicyError,
    ProvisionalCalendarWarning,
)
from custops.i18n import language, stray_words
from custops.testing import aware_datetimes, calendars, dates

SH = ZoneInfo("Asia/Shanghai")
D = dt.date
H = dt.timedelta(hours=1)

# A calendar for 2001-2030 that never warns: the years after the data are declared final
# (they are then answered from the statutory rules, exactly like the reference below).
CAL = WorkCalendar(final_years=range(2027, 2036))


def days(start: dt.date, end: dt.date, name: str) -> dict[dt.date, str]:
    """The days ``start..end`` (both included), each named ``name``: a notice's holiday."""
    return {start + dt.timedelta(i): name for i in range((end - start).days + 1)}


#: A made-up but complete 2027 notice (the real one is not out): every festival's days,
#: with the weekend days worked in exchange (调休上班).  Tests that type in a notice use it.
NOTICE_2027_HOLIDAYS = {
    **days(D(2027, 1, 1), D(2027, 1, 3), "元旦"),
    **days(D(2027, 2, 5), D(2027, 2, 12), "春节"),
    **days(D(2027, 4, 3), D(2027, 4, 5), "清明节"),
    **days(D(2027, 5, 1), D(2027, 5, 5), "劳动节"),
    D(2027, 6, 9): "端午节",
    D(2027, 9, 15): "中秋节",
    **days(D(2027, 10, 1), D(2027, 10, 7), "国庆节"),
}
NOTICE_2027_MAKEUP = (D(2027, 1, 31), D(2027, 2, 20), D(2027, 5, 8), D(2027, 9, 26), D(2027, 10, 9))
NOTICE_2027 = Arrangement(2027, NOTICE_2027_HOLIDAYS, makeup_workdays=NOTICE_2027_MAKEUP)


def bad(value: object) -> Any:
    """A wrongly typed argument, passed on purpose."""
    return value


def at(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SH)


# --------------------------------------------------------------------------- reference

_REF = holidays.country_holidays(
    "CN", years=range(2000, 2037), categories=(PUBLIC,), language="zh_CN", expand=False
)


def ref_is_workday(
    d: dt.date,
    closures: frozenset[dt.date] = frozenset(),
    extra: frozenset[dt.date] = frozenset(),
) -> bool:
    """Day-by-day reference: overrides, then 调休 makeup days, then weekends and holidays."""
    if d in closures:
        return False
    if d in extra:
        return True
    if d in _REF.weekend_workdays:
        return True
    if d.weekday() >= 5:
        return False
    return d not in _REF


def ref_add_workdays(d: dt.date, n: int) -> dt.date:
    step = dt.timedelta(days=1 if n > 0 else -1)
    for _ in range(abs(n)):
        d += step
        while not ref_is_workday(d):
            d += step
    return d


def ref_workdays_between(a: dt.date, b: dt.date) -> int:
    lo, hi = min(a, b), max(a, b)
    count = 0
    d = lo + dt.timedelta(days=1)
    while d <= hi:
        count += ref_is_workday(d)
        d += dt.timedelta(days=1)
    return count if b >= a else -count


def ref_working_time(t1: dt.datetime, t2: dt.datetime) -> dt.timedelta:
    """Day-by-day reference of standard business time in [t1, t2) (Shanghai has no DST now)."""
    sign = 1
    if t2 < t1:
        t1, t2, sign = t2, t1, -1
    total = dt.timedelta()
    day = t1.astimezone(SH).date()
    while day <= t2.astimezone(SH).date():
        if ref_is_workday(day):
            weekday = 0 if day.weekday() >= 5 else day.weekday()
            for interval in BusinessHours.standard().intervals_on(weekday):
                start = dt.datetime.combine(day, interval.start, SH)
                end = dt.datetime.combine(day, interval.end, SH)
                lo, hi = max(start, t1), min(end, t2)
                if hi > lo:
                    total += hi - lo
        day += dt.timedelta(days=1)
    return sign * total


# --------------------------------------------------------------------------- strategies

# The project's own strategies (custops.testing).
days_2001_2030 = dates()  # MIN_DATE … MAX_DATE
days_2024_2026 = dates(D(2024, 1, 1), D(2026, 12, 31))
# Any zone, to the microsecond; the local day ends on 2026-12-30 so that every instant
# still falls in 2026 or earlier in Shanghai (2027 is provisional for CAL's reference).
instants = aware_datetimes(D(2024, 1, 1), D(2026, 12, 30), whole_seconds=False)


# --------------------------------------------------------------------------- real arrangements


@pytest.mark.parametrize(
    ("first", "last", "makeup"),
    [
        # 2024 Spring Festival: 02-10..02-17 off; Sun 02-04 and Sun 02-18 worked.
        (D(2024, 2, 10), D(2024, 2, 17), (D(2024, 2, 4), D(2024, 2, 18))),
        # 2024 National Day: 10-01..10-07 off; Sun 09-29 and Sat 10-12 worked.
        (D(2024, 10, 1), D(2024, 10, 7), (D(2024, 9, 29), D(2024, 10, 12))),
        # 2025 Spring Festival (除夕 a holiday from 2025): 01-28..02-04; Sun 01-26, Sat 02-08.
        (D(2025, 1, 28), D(2025, 2, 4), (D(2025, 1, 26), D(2025, 2, 8))),
        # 2025 National Day + Mid-Autumn: 10-01..10-08; Sun 09-28 and Sat 10-11 worked.
        (D(2025, 10, 1), D(2025, 10, 8), (D(2025, 9, 28), D(2025, 10, 11))),
        # 2026 Spring Festival: 02-15..02-23 (9 days); Sat 02-14 and Sat 02-28 worked.
        (D(2026, 2, 15), D(2026, 2, 23), (D(2026, 2, 14), D(2026, 2, 28))),
        # 2026 National Day: 10-01..10-07; Sun 09-20 and Sat 10-10 worked (holidays 0.109 data,
        # State Council notice 2025-11: 国庆节 10月1日至7日放假调休, 9月20日、10月10日上班).
        (D(2026, 10, 1), D(2026, 10, 7), (D(2026, 9, 20), D(2026, 10, 10))),
    ],
)
def test_golden_weeks_follow_the_state_council_arrangement(
    first: dt.date, last: dt.date, makeup: tuple[dt.date, ...]
) -> None:
    """docs/rules.md Chinese calendar: the whole break is rest, the 调休 weekend days are worked."""
    cal = china()
    before = first - dt.timedelta(days=1)
    assert cal.rest_days_between(before, last) == tuple(
        first + dt.timedelta(days=i) for i in range((last - first).days + 1)
    )
    assert cal.is_workday(last + dt.timedelta(days=1)) or cal.day_kind(
        last + dt.timedelta(days=1)
    ) in (DayKind.WEEKEND,)
    for day in makeup:
        assert day.weekday() >= 5
        assert cal.day_kind(day) is DayKind.MAKEUP_WORKDAY
        assert cal.is_workday(day)


def test_makeup_saturdays_2025_10_11_and_2026_10_10() -> None:
    """docs/rules.md: the National Day 补班 Saturdays are working days with Monday's hours."""
    cal = china()
    info = cal.day_info(D(2025, 10, 11))
    assert (info.day, info.outcome, info.holiday_name, info.provisional, info.rule) == (
        D(2025, 10, 11),
        DayKind.MAKEUP_WORKDAY,
        None,
        False,
        "R-CAL-01",  # 4.18: a stable rule ID; the data source is `source`
    )
    assert (info.reason, info.source) == (
        "2025-10-11 (Saturday) is a working day: make-up working day (调休上班)",
        f"holidays {holidays.__version__} data (CN)",  # type: ignore[attr-defined]
    )
    assert info == DayInfo(
        D(2025, 10, 11),
        DayKind.MAKEUP_WORKDAY,
        holiday_name=None,
        provisional=False,
        rule="R-CAL-01",
        reason=info.said,
        source=info.origin,
    )
    assert cal.day_info(D(2025, 10, 11)).is_workday
    assert cal.business_intervals(D(2026, 10, 10)) == (
        (at(2026, 10, 10, 9), at(2026, 10, 10, 12)),
        (at(2026, 10, 10, 13), at(2026, 10, 10, 18)),
    )
    assert cal.day_kind(D(2026, 10, 3)) is DayKind.HOLIDAY  # a Saturday inside the break
    # R-CAL-01: the name is custops' own, the same whichever release of the holidays
    # package words it ("休息日（由 2026-10-10 调休）", "休息日（2026-10-10日起取代）").
    assert cal.holiday_name(D(2026, 10, 7)) == "休息日（由 2026-10-10 调休）"


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2025, 9, 30), 1, D(2025, 10, 9)),  # R-SLA-01: one working day over National Day
        (D(2025, 9, 30), 3, D(2025, 10, 11)),  # R-SLA-08: 3 working days end on the 补班 Sat
        (D(2025, 9, 30), 7, D(2025, 10, 16)),  # R-SLA-09: special cases, 7 working days
        (D(2025, 9, 30), 10, D(2025, 10, 21)),  # R-SLA-13: 10 working days
        (D(2026, 9, 30), 3, D(2026, 10, 10)),
        (D(2026, 2, 13), 1, D(2026, 2, 14)),  # Friday → the makeup Saturday
        (D(2026, 2, 14), 1, D(2026, 2, 24)),
        (D(2024, 2, 9), 1, D(2024, 2, 18)),  # 除夕 2024 was a working day; Sun 02-18 worked
        (D(2025, 10, 9), -1, D(2025, 9, 30)),
        (D(2025, 10, 5), 0, D(2025, 10, 5)),  # n == 0 returns d, even on a rest day
        (D(2025, 10, 5), -1, D(2025, 9, 30)),
    ],
)
def test_add_workdays_across_golden_weeks(start: dt.date, n: int, expected: dt.date) -> None:
    """R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13: working days skip holidays, count 补班 days."""
    assert china().add_workdays(start, n) == expected
    if n >= 1:
        assert china().workdays_between(start, expected) == n


def test_next_previous_and_roll() -> None:
    """Civil Code art. 203 roll-forward and the neighbours of a day."""
    cal = china()
    assert cal.next_workday(D(2025, 9, 30)) == D(2025, 10, 9)
    assert cal.previous_workday(D(2025, 10, 9)) == D(2025, 9, 30)
    assert cal.roll(D(2025, 10, 3)) == D(2025, 10, 9)
    assert cal.roll(D(2025, 10, 11)) == D(2025, 10, 11)


def test_workdays_between_is_half_open_and_signed() -> None:
    cal = china()
    assert cal.workdays_between(D(2025, 9, 30), D(2025, 9, 30)) == 0
    assert cal.workdays_between(D(2025, 9, 30), D(2025, 10, 8)) == 0
    assert cal.workdays_between(D(2025, 9, 29), D(2025, 10, 12)) == 4  # 09-30, 10-09..10-11
    assert cal.workdays_between(D(2025, 10, 12), D(2025, 9, 29)) == -4
    # 261 weekdays - 18 weekday holidays + 5 makeup weekend days
    assert cal.workdays_between(D(2024, 12, 31), D(2025, 12, 31)) == 248


def test_half_day_holidays_never_close_a_day() -> None:
    """Only the PUBLIC category: 妇女节, 青年节, 儿童节, 建军节 half days are working days."""
    cal = china()
    for day in (D(2024, 3, 8), D(2023, 5, 4), D(2026, 6, 1), D(2025, 8, 1)):
        assert day.weekday() < 5
        assert cal.is_workday(day)
        assert cal.holiday_name(day) is None


# --------------------------------------------------------------------------- overrides


def test_company_overrides_win_over_public_data() -> None:
    cal = WorkCalendar(closures=[D(2025, 10, 11)], extra_workdays=[D(2025, 10, 8)])
    assert cal.day_kind(D(2025, 10, 11)) is DayKind.CLOSURE
    assert not cal.is_workday(D(2025, 10, 11))
    assert cal.day_kind(D(2025, 10, 8)) is DayKind.EXTRA_WORKDAY
    assert cal.next_workday(D(2025, 9, 30)) == D(2025, 10, 8)
    name = cal.holiday_name(D(2025, 10, 8))  # the package's wording varies by release
    assert name is not None
    assert name.startswith("休息日")
    assert "2025-10-11" in name
    assert cal != china()


def test_a_date_in_both_overrides_is_refused() -> None:
    """The day is named by its place as given (``extra_workdays[1]``), shown as given."""
    with pytest.raises(InvalidInput, match=r"extra_workdays\[1\]: is also listed in closures"):
        WorkCalendar(closures=[D(2025, 5, 6)], extra_workdays=[D(2025, 5, 7), D(2025, 5, 6)])


# --------------------------------------------------------------------------- provisional years


def test_is_published_is_derived_from_the_data() -> None:
    cal = WorkCalendar()
    assert cal.published_through == 2026
    assert cal.is_published(2001)
    assert cal.is_published(2026)
    assert not cal.is_published(2027)
    assert WorkCalendar(final_years=[2027]).is_published(2027)
    assert WorkCalendar("HK").is_published(2040)
    assert WorkCalendar("HK").published_through is None


def test_provisional_year_warns_once_per_calendar_and_year() -> None:
    cal = WorkCalendar()
    with pytest.warns(ProvisionalCalendarWarning, match="2027 is not published"):
        assert cal.add_workdays(D(2026, 12, 30), 3) == D(2027, 1, 5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert cal.is_workday(D(2027, 1, 4))
        assert cal.workdays_between(D(2026, 12, 31), D(2027, 1, 8)) == 5
    assert caught == []
    with pytest.warns(ProvisionalCalendarWarning, match="2028"):
        cal.is_workday(D(2028, 3, 1))
    with pytest.warns(ProvisionalCalendarWarning):  # another calendar warns on its own
        WorkCalendar().is_workday(D(2027, 1, 4))


def test_strict_calendar_refuses_a_provisional_year() -> None:
    cal = WorkCalendar(strict=True)
    with pytest.raises(CalendarNotPublished, match="2027") as info:
        cal.add_workdays(D(2026, 12, 30), 3)
    assert info.value.year == 2027
    assert isinstance(info.value, LookupError)
    assert cal.add_workdays(D(2026, 12, 1), 3) == D(2026, 12, 4)


def test_user_arrangement_replaces_a_provisional_year() -> None:
    new_year = Arrangement(
        2027,
        {**NOTICE_2027_HOLIDAYS, D(2027, 1, 4): "元旦（调休）"},
        makeup_workdays=[*NOTICE_2027_MAKEUP, D(2027, 1, 9)],
    )
    cal = WorkCalendar(arrangements=[new_year], strict=True)
    assert cal.is_published(2027)
    assert cal.day_kind(D(2027, 1, 4)) is DayKind.HOLIDAY
    assert cal.day_kind(D(2027, 1, 9)) is DayKind.MAKEUP_WORKDAY
    assert cal.day_kind(D(2027, 1, 31)) is DayKind.MAKEUP_WORKDAY
    assert cal.day_kind(D(2027, 2, 15)) is DayKind.WORKDAY
    assert cal.holiday_name(D(2027, 1, 1)) == "元旦"
    assert cal.add_workdays(D(2026, 12, 31), 1) == D(2027, 1, 5)
    assert cal.add_workdays(D(2027, 1, 25), 10) == D(2027, 2, 15)
    info = cal.day_info(D(2027, 1, 4))
    assert (info.rule, info.source) == ("R-CAL-01", "user-supplied arrangement for 2027")
    assert info.explain().splitlines()[1] == "  source: user-supplied arrangement for 2027"


def test_a_notice_decides_the_days_made_up_for_a_weekend_festival() -> None:
    """R-CAL-01: the statutory days are required of a notice, the days the statutory rules
    make up for a festival on a weekend (补假) are not: the notice says where the rest goes."""
    statutory = {D(2027, 1, 1): "元旦", **days(D(2027, 2, 5), D(2027, 2, 8), "春节")}
    others = {
        D(2027, 4, 5): "清明节",
        **days(D(2027, 5, 1), D(2027, 5, 2), "劳动节"),
        D(2027, 6, 9): "端午节",
        D(2027, 9, 15): "中秋节",
        **days(D(2027, 10, 1), D(2027, 10, 3), "国庆节"),
    }
    cal = WorkCalendar(arrangements=[Arrangement(2027, {**statutory, **others})])
    assert cal.is_workday(D(2027, 2, 9))  # 补假 in the statutory fallback, not in the notice
    assert [cal.is_workday(D(2027, 2, 5)), cal.is_workday(D(2027, 10, 1))] == [False, False]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        assert not WorkCalendar().is_workday(D(2027, 2, 9))


def test_arrangement_validation() -> None:
    with pytest.raises(InvalidInput, match="holidays: must lie in 2027"):
        Arrangement(2027, [D(2026, 12, 31)])
    with pytest.raises(InvalidInput, match="both as a rest day and as a working day"):
        Arrangement(2027, [D(2027, 1, 2)], makeup_workdays=[D(2027, 1, 2)])
    with pytest.raises(
        InvalidInput,
        match=r"arrangements\[1\]: gives a second arrangement for the year of arrangements\[0\]",
    ):
        WorkCalendar(arrangements=[NOTICE_2027, NOTICE_2027])


def test_an_empty_arrangement_is_refused() -> None:
    """R-CAL-01: a notice lists every festival; an empty one is a mistake, not a year
    without holidays."""
    with pytest.raises(InvalidInput) as info:
        Arrangement(2027, {})
    assert (info.value.argument, info.value.value) == ("holidays", ())
    assert info.value.problem.startswith("is empty; a notice lists every festival of 2027")


@pytest.mark.parametrize(
    ("left_out", "said"),
    [
        ([D(2027, 1, 1)], "New Year's Day 2027-01-01"),
        (list(days(D(2027, 10, 1), D(2027, 10, 3), "")), "National Day 2027-10-01..2027-10-03"),
        ([D(2027, 2, 5), D(2027, 5, 2)], "Chinese New Year's Eve 2027-02-05; Labor Day 2027-05-02"),
    ],
)
def test_an_arrangement_without_a_statutory_day_is_refused(
    left_out: list[dt.date], said: str
) -> None:
    """R-CAL-01: the statutory days are rest days whatever a notice says; a notice typed in
    part (the Spring Festival first) is refused, naming the festivals and days left out,
    never answered with 元旦 or 国庆 as working days."""
    partial = Arrangement(
        2027,
        {d: n for d, n in NOTICE_2027_HOLIDAYS.items() if d not in left_out},
        makeup_workdays=NOTICE_2027_MAKEUP,
    )
    with pytest.raises(InvalidInput) as info:
        WorkCalendar(arrangements=[partial])
    error = info.value
    assert (error.argument, error.value) == ("arrangements[0]", partial)
    assert error.problem == (
        f"its holidays leave out statutory days of 2027: {said}; a notice lists every "
        "festival, and the statutory days are rest days whatever else it says, so give each "
        "of them"
    )
    with pytest.raises(InvalidInput, match=r"^arrangements\['2027'\]: its holidays leave out"):
        WorkCalendar(arrangements={"2027": partial})


def test_a_correction_of_a_published_year_is_checked_as_a_notice() -> None:
    """R-CAL-01: an arrangement for a year in the data (2026) replaces it, under the same
    check: a company day alone would have made National Day a working day."""
    with pytest.raises(InvalidInput, match=r"of 2026: New Year's Day 2026-01-01; .*National"):
        WorkCalendar(arrangements=[Arrangement(2026, {D(2026, 12, 31): "公司"})])
    data = holidays.country_holidays("CN", years=2026, categories=(PUBLIC,))
    published = {d: n for d, n in data.items() if d.year == 2026}
    corrected = Arrangement(
        2026,
        {**published, D(2026, 12, 31): "公司"},
        makeup_workdays=[d for d in data.weekend_workdays if d.year == 2026],
    )
    cal = WorkCalendar(arrangements=[corrected])
    assert [cal.is_workday(D(2026, 10, 1)), cal.is_workday(D(2026, 12, 31))] == [False, False]
    assert cal.is_workday(D(2026, 9, 20))
    assert cal.holiday_name(D(2026, 12, 31)) == "公司"


@pytest.mark.parametrize(
    ("calendar", "makeup", "weekday"),
    [
        ({}, D(2027, 2, 3), "Wednesday"),
        ({"weekend": (6,)}, D(2027, 3, 5), "Friday"),
    ],
)
def test_a_makeup_workday_on_a_working_weekday_is_refused(
    calendar: dict[str, Any], makeup: dt.date, weekday: str
) -> None:
    """R-CAL-01: a make-up working day (调休上班) is a weekly rest day worked; a weekday is
    a typo for the weekend day meant, which would otherwise stay a rest day."""
    holidays_of = {d: n for d, n in NOTICE_2027_HOLIDAYS.items() if d != makeup}
    typo = Arrangement(2027, holidays_of, makeup_workdays=[*NOTICE_2027_MAKEUP, makeup])
    with pytest.raises(InvalidInput) as info:
        WorkCalendar(**calendar, arrangements=[typo])
    assert info.value.argument == "arrangements[0]"
    assert info.value.problem.startswith(
        f"its makeup_workdays lists {makeup}, a {weekday}: a make-up working day is a weekly "
        "rest day worked"
    )
    # a Saturday is a rest day of the country's week, whatever the company's own week
    six_days = WorkCalendar(weekend=(6,), arrangements=[NOTICE_2027])
    assert six_days.day_kind(D(2027, 2, 20)) is DayKind.WORKDAY


def test_arrangement_names_each_day_once() -> None:
    """R-SLA-01: a user's notice names each holiday once (docs/calendars.md, "When the
    notice comes out"): a day given two names is refused, never one of them silently kept;
    the same day again under the same name (or as a plain date twice) is one holiday."""
    day = D(2025, 10, 1)
    given = [(day, "国庆节"), (D(2025, 10, 2), "国庆节"), (day, "中秋节")]
    with pytest.raises(InvalidInput) as info:
        Arrangement(2025, given)
    error = info.value
    assert (error.argument, error.value) == ("holidays", (day, "中秋节"))
    assert error.problem == "lists 2025-10-01 again under another name; give each day one name"
    assert str(error) == f"holidays: {error.problem} (got {error.value!r})"
    with pytest.raises(InvalidInput, match="holidays: lists 2025-10-01 again"):
        Arrangement(2025, [day, (day, "国庆节")])  # a plain date is named 休息日
    once = Arrangement(2025, [(day, "国庆节")])
    assert Arrangement(2025, [(day, "国庆节"), (day, " 国庆节 ")]) == once
    assert Arrangement(2025, [day, day]).holidays == ((day, "休息日"),)
    again = Arrangement(2027, [*NOTICE_2027_HOLIDAYS.items(), (D(2027, 10, 1), " 国庆节 ")])
    assert WorkCalendar(arrangements=[again]).holiday_name(D(2027, 10, 1)) == "国庆节"


@given(
    st.dictionaries(
        dates(D(2025, 1, 1), D(2025, 12, 31)), st.sampled_from(("元旦", "春节")), min_size=1
    ),
    st.data(),
)
def test_property_listing_a_holiday_again_changes_nothing(
    named: dict[dt.date, str], data: st.DataObject
) -> None:
    """R-SLA-01: a holiday given again with its own name leaves the arrangement as it was."""
    pairs = list(named.items())
    again = data.draw(st.lists(st.sampled_from(pairs), max_size=3))
    assert Arrangement(2025, [*pairs, *again]) == Arrangement(2025, named)


# --------------------------------------------------------------------------- other countries


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    closed=st.sets(st.dates(dt.date(2025, 9, 1), dt.date(2025, 10, 31)), max_size=3),
)
def test_every_day_answer_cites_the_calendar_rule_R_CAL_01(
    day: dt.date, closed: set[dt.date]
) -> None:
    """R-CAL-01: whether a day is a working day is the holiday and 调休 calendar's answer,
    whatever the day's kind (holiday, 调休 rest or make-up day, closure, provisional year):
    never a deadline's rule such as R-SLA-01, and the reason holds no rule ID."""
    cal = WorkCalendar(closures=sorted(closed))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        info = cal.day_info(day)
    assert info.rule == "R-CAL-01"
    assert "R-" not in info.reason
    assert "R-CAL-01" in str(info)
    assert "R-SLA" not in info.explain()


def test_other_countries_use_their_own_data() -> None:
    hk = WorkCalendar("HK", zone="Asia/Hong_Kong")
    assert not hk.is_workday(D(2025, 12, 25))
    assert hk.holiday_name(D(2025, 12, 25)) == "聖誕節"
    us_ca = WorkCalendar("US", subdiv="CA", zone="America/Los_Angeles")
    assert us_ca.add_workdays(D(2025, 7, 3), 1) == D(2025, 7, 7)
    assert us_ca.zone == ZoneInfo("America/Los_Angeles")


# --------------------------------------------------------------------------- business hours


def test_business_time_stops_at_close_of_business() -> None:
    cal = china()
    t = at(2025, 9, 30, 16)
    assert cal.add_working_time(t, 2 * H) == at(2025, 9, 30, 18)  # the end, not 10-09 09:00
    assert cal.add_working_time(t, 3 * H) == at(2025, 10, 9, 10)
    assert cal.add_working_time(at(2025, 9, 29, 11), 2 * H) == at(2025, 9, 29, 14)  # lunch
    assert cal.add_working_time(at(2025, 9, 29, 20), H) == at(2025, 9, 30, 10)  # after hours
    assert cal.add_working_time(at(2025, 9, 30, 14), -H) == at(2025, 9, 30, 13)
    assert cal.add_working_time(at(2025, 9, 30, 14), -2 * H) == at(2025, 9, 30, 11)
    assert cal.add_working_time(t, dt.timedelta(0)) == t
    assert cal.close_of_business(D(2025, 9, 30)) == at(2025, 9, 30, 18)
    assert cal.close_of_business(D(2025, 10, 1)) is None


def test_24_working_hours_is_three_standard_days() -> None:
    """R-SLA-09 as a working-time budget: 3 working days = 24 business hours."""
    cal = china()
    assert cal.add_working_time(at(2025, 9, 29, 16), 24 * H) == at(2025, 10, 10, 16)
    assert cal.working_time_between(at(2025, 9, 29, 16), at(2025, 10, 10, 16)) == 24 * H


def test_makeup_day_uses_the_configured_weekday() -> None:
    friday_short = BusinessHours(
        {
            **dict.fromkeys(range(4), ("09:00-12:00", "13:00-18:00")),
            4: ("09:00-15:00",),
        },
        makeup_weekday=4,
    )
    cal = WorkCalendar(business_hours=friday_short)
    assert cal.close_of_business(D(2025, 10, 11)) == at(2025, 10, 11, 15)
    assert cal.close_of_business(D(2025, 10, 10)) == at(2025, 10, 10, 15)
    assert china().close_of_business(D(2025, 10, 11)) == at(2025, 10, 11, 18)


def test_any_zone_is_converted_and_naive_is_refused() -> None:
    cal = china()
    utc = dt.datetime(2025, 9, 30, 8, tzinfo=dt.timezone.utc)  # 16:00 in Shanghai
    result = cal.add_working_time(utc, 2 * H)
    assert result == at(2025, 9, 30, 18)
    assert result.tzinfo == SH
    with pytest.raises(InvalidInput, match="t: must be timezone-aware"):
        cal.add_working_time(dt.datetime(2025, 9, 30, 16), H)
    with pytest.raises(InvalidInput, match="end: must be timezone-aware"):
        cal.working_time_between(utc, dt.datetime(2025, 9, 30, 16))
    with pytest.raises(InvalidType, match=r"delta: must be datetime\.timedelta"):
        cal.add_working_time(utc, 3)  # type: ignore[arg-type]


def test_no_business_hours_means_whole_working_days() -> None:
    cal = WorkCalendar(business_hours=None)
    assert cal.close_of_business(D(2025, 9, 30)) is None
    assert cal.add_working_time(at(2025, 9, 30, 12), 24 * H) == at(2025, 10, 9, 12)


def test_always_hours_count_all_of_a_working_day() -> None:
    cal = WorkCalendar(business_hours=BusinessHours.always())
    assert cal.working_time_between(at(2025, 9, 30, 0), at(2025, 10, 10, 0)) == 48 * H
    assert cal.close_of_business(D(2025, 9, 30)) == at(2025, 10, 1, 0)


def test_business_time_across_a_clock_change() -> None:
    """Business time is real elapsed time: the spring-forward Sunday has 23 hours."""
    cal = WorkCalendar(
        "US",
        business_hours=BusinessHours.always(),
        zone="America/New_York",
        extra_workdays=[D(2025, 3, 9)],
    )
    sunday = dt.datetime(2025, 3, 9, tzinfo=ZoneInfo("America/New_York"))
    monday = sunday + dt.timedelta(days=1)
    assert cal.working_time_between(sunday, monday) == 23 * H
    assert cal.add_working_time(sunday, 23 * H) == monday


def test_interval_and_hours_validation() -> None:
    with pytest.raises(InvalidInput, match="end: must be later than start"):
        Interval("12:00", "09:00")
    with pytest.raises(InvalidInput, match="start: is not a time of day"):
        Interval("25:00", "26:00")
    with pytest.raises(InvalidInput, match=r"weekly\[Monday\]: intervals overlap") as caught:
        BusinessHours({0: ("09:00-12:00", "11:00-13:00")})
    # business hours are a calendar's data, not a policy: no PolicyError
    assert not isinstance(caught.value, PolicyError)
    with pytest.raises(TypeError, match="positional"):  # an option is keyword-only
        BusinessHours({0: ("09:00-12:00",)}, 5)  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match="weekly: its key must be at most 6"):
        BusinessHours({7: ("09:00-12:00",)})
    with pytest.raises(InvalidInput, match="makeup_weekday: must be at most 6"):
        BusinessHours({0: ("09:00-12:00",)}, makeup_weekday=7)
    assert Interval.parse("13:00至18:00") == Interval(dt.time(13), dt.time(18))
    assert Interval("00:00", "24:00").length == dt.timedelta(days=1)
    assert BusinessHours.standard().day_length(0) == 8 * H
    assert BusinessHours.always().day_length(6) == 24 * H


# --------------------------------------------------------------------------- values and errors


def test_day_kind_labels_and_parse() -> None:
    assert [k.label for k in DayKind] == [
        "工作日",
        "周末",
        "法定节假日",
        "调休休息",
        "调休上班",
        "公司停业",
        "加班日",
    ]
    assert [k.value for k in DayKind] == [
        "workday",
        "weekend",
        "holiday",
        "swapped_rest_day",
        "makeup_workday",
        "closure",
        "extra_workday",
    ]
    assert str(DayKind.HOLIDAY) == "法定节假日"
    assert DayKind.parse("调休上班") is DayKind.MAKEUP_WORKDAY
    assert DayKind.parse("调休休息") is DayKind.SWAPPED_REST_DAY
    with pytest.raises(InvalidInput, match="text: is not a known DayKind"):
        DayKind.parse("调休")  # ambiguous: the worked weekend day or the day off?
    assert DayKind.parse(" Makeup Workday ") is DayKind.MAKEUP_WORKDAY
    assert DayKind.parse("CLOSURE") is DayKind.CLOSURE
    assert DayKind.parse("补班") is DayKind.MAKEUP_WORKDAY
    with pytest.raises(InvalidInput, match="text: is not a known DayKind"):
        DayKind.parse("holiday-ish")


def test_calendar_is_a_hashable_picklable_value() -> None:
    cal = WorkCalendar(closures=[D(2025, 5, 6)])
    cal.is_workday(D(2025, 5, 6))  # builds the index
    copy = pickle.loads(pickle.dumps(cal))
    assert copy == cal
    assert hash(copy) == hash(cal)
    assert not copy.is_workday(D(2025, 5, 6))
    assert {cal, copy} == {cal}
    assert china() is china()
    assert china() == WorkCalendar()


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: china().is_workday(bad("2025-10-01")),
            InvalidType,
            "day: must be a datetime.date",
        ),
        (
            lambda: china().is_workday(dt.datetime(2025, 10, 1)),
            InvalidType,
            "day: must be a datetime.date",
        ),
        (
            lambda: china().add_workdays(D(2025, 1, 1), True),
            InvalidType,
            "^workdays: must be an int",
        ),
        (
            lambda: china().add_workdays(D(2025, 1, 1), bad(1.0)),
            InvalidType,
            "^workdays: must be an int",
        ),
        (lambda: china().is_workday(D(1900, 1, 1)), InvalidInput, "day: must lie in the years"),
        (
            lambda: china().add_workdays(D(2099, 1, 1), 1000),
            InvalidInput,
            "^workdays: goes past 2100",
        ),
        (
            lambda: china().add_workdays(D(1951, 1, 1), -1000),
            InvalidInput,
            "^workdays: goes before",
        ),
        (lambda: china().workdays_between(D(2025, 1, 1), D(2150, 1, 1)), InvalidInput, "end:"),
        (lambda: WorkCalendar("XX"), InvalidInput, "country: is not a country"),
        (lambda: WorkCalendar("US", subdiv="ZZ"), InvalidInput, "subdiv: is not"),
        (lambda: WorkCalendar(zone="Mars/Olympus"), InvalidInput, "zone: is not a known time zone"),
        (lambda: WorkCalendar(closures=bad(D(2025, 1, 1))), InvalidType, "closures: must be an"),
        (
            lambda: WorkCalendar(final_years=[1800]),
            InvalidInput,
            r"^final_years\[0\]: must lie in the years 1950-2100 the CN calendar supports "
            r"\(got 1800\)",
        ),
        (  # one refusal for a year outside the calendar's own years
            lambda: WorkCalendar(final_years=[1920]),
            InvalidInput,
            r"^final_years\[0\]: must lie in the years 1950-2100 the CN calendar supports "
            r"\(got 1920\)",
        ),
        (  # no answer for a year the calendar cannot answer
            lambda: china().is_published(1920),
            InvalidInput,
            r"^year: must lie in the years 1950-2100 the CN calendar supports \(got 1920\)$",
        ),
        (lambda: china().is_published(2150), InvalidInput, r"^year: must lie in the years"),
        (  # the count of one working day is the calendar's, the day the caller's
            lambda: china().next_workday(D(2100, 12, 31)),
            InvalidInput,
            r"^day: has no working day after it \(goes past 2100, the last supported year\) "
            r"\(got datetime.date\(2100, 12, 31\)\)$",
        ),
        (
            lambda: china().previous_workday(D(1950, 1, 2)),
            InvalidInput,
            r"^day: has no working day before it \(goes before 1950, the first supported year\)",
        ),
        (
            lambda: china().roll(D(1950, 1, 1), roll="preceding"),
            InvalidInput,
            r"^day: has no working day before it",
        ),
        (lambda: WorkCalendar(strict=bad(1)), InvalidType, "strict: must be a bool"),
        (lambda: china().is_published(bad("2027")), InvalidType, "year: must be an int"),
    ],
)
def test_bad_input_names_the_argument(
    call: object, error: type[CustopsError], message: str
) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


# --------------------------------------------------------------------------- properties


@given(days_2001_2030, st.integers(1, 600))
def test_add_workdays_lands_on_a_workday_and_inverts_between(d: dt.date, n: int) -> None:
    """R-SLA-01/08/09/13: workdays_between(d, add_workdays(d, n)) == n for every n >= 1."""
    result = CAL.add_workdays(d, n)
    assert result > d
    assert CAL.is_workday(result)
    assert CAL.workdays_between(d, result) == n
    back = CAL.add_workdays(d, -n)
    assert back < d
    assert CAL.is_workday(back)
    # (back, d] holds the n - 1 working days strictly between them, plus d if it is one.
    assert CAL.workdays_between(back, d) == n - 1 + int(CAL.is_workday(d))


@given(days_2001_2030, st.integers(-400, 400))
def test_add_workdays_is_monotonic_in_workdays(d: dt.date, n: int) -> None:
    assert CAL.add_workdays(d, n) < CAL.add_workdays(d, n + 1)


@settings(max_examples=60)
@given(days_2001_2030, st.integers(-300, 300))
def test_fast_add_workdays_matches_the_day_by_day_reference(d: dt.date, n: int) -> None:
    assert CAL.add_workdays(d, n) == ref_add_workdays(d, n)


@settings(max_examples=60)
@given(days_2001_2030, days_2001_2030)
def test_fast_workdays_between_matches_the_day_by_day_reference(a: dt.date, b: dt.date) -> None:
    assert CAL.workdays_between(a, b) == ref_workdays_between(a, b)
    assert CAL.is_workday(a) == ref_is_workday(a)


@given(instants, st.integers(-200 * 60, 200 * 60))
def test_business_time_add_and_between_are_inverse(t: dt.datetime, minutes: int) -> None:
    delta = dt.timedelta(minutes=minutes)
    result = CAL.add_working_time(t, delta)
    assert CAL.working_time_between(t, result) == delta
    assert (result >= t) if minutes >= 0 else (result < t)


@settings(max_examples=60)
@given(instants, instants)
def test_working_time_between_matches_the_day_by_day_reference(
    t1: dt.datetime, t2: dt.datetime
) -> None:
    assert CAL.working_time_between(t1, t2) == ref_working_time(t1, t2)


@settings(max_examples=30)
@given(
    calendars(
        closures=days_2024_2026,
        extra_workdays=days_2024_2026,  # any day, not only Saturdays as by default
        max_closures=8,
        max_extra_workdays=8,
        business_hours=st.none(),
        public_holidays=st.just(True),  # the reference reads the country's holidays
        days_in_lieu=st.just(True),
    ),
    days_2024_2026,
    st.integers(1, 40),
)
def test_overrides_are_honoured(cal: WorkCalendar, d: dt.date, n: int) -> None:
    closures, extra = cal.closures, cal.extra_workdays
    for day in closures:
        assert not cal.is_workday(day)
        assert cal.day_kind(day) is DayKind.CLOSURE
    for day in extra:
        assert cal.is_workday(day)
    assert cal.is_workday(d) == ref_is_workday(d, frozenset(closures), frozenset(extra))
    result = cal.add_workdays(d, n)
    assert result not in closures
    assert cal.workdays_between(d, result) == n


# --------------------------------------------------------------------------- review additions


@pytest.mark.parametrize(
    ("hour", "delta_hours", "expected"),
    [
        (9, -1, at(2025, 9, 28, 17)),  # the opening: back to the make-up Sunday's close
        (9, 1, at(2025, 9, 29, 10)),
        (12, 0, at(2025, 9, 29, 12)),  # zero never moves, even at lunch
        (12, 1, at(2025, 9, 29, 14)),  # lunch does not count
        (12, -1, at(2025, 9, 29, 11)),
        (13, -1, at(2025, 9, 29, 11)),
        (13, 1, at(2025, 9, 29, 14)),
        (18, 1, at(2025, 9, 30, 10)),  # after close: from the next opening
        (18, -1, at(2025, 9, 29, 17)),
    ],
)
def test_business_time_from_interval_boundaries(
    hour: int, delta_hours: int, expected: dt.datetime
) -> None:
    """Starts exactly at 09:00, 12:00, 13:00 and 18:00 on Monday 2025-09-29."""
    t = at(2025, 9, 29, hour)
    assert CAL.add_working_time(t, delta_hours * H) == expected
    assert CAL.working_time_between(t, expected) == delta_hours * H


def test_the_lazy_index_grows_across_decades_and_refuses_beyond_its_data() -> None:
    """2029-12-31 is the last day of the first decade built; the index grows on demand."""
    cal = WorkCalendar(final_years=range(2027, 2101))
    assert cal.add_workdays(D(2029, 12, 31), 1) == ref_add_workdays(D(2029, 12, 31), 1)
    fresh = WorkCalendar(final_years=range(2027, 2101))
    assert fresh.add_workdays(D(2030, 1, 1), -1) == D(2029, 12, 31)
    assert fresh.workdays_between(D(2029, 12, 28), D(2030, 1, 3)) == ref_workdays_between(
        D(2029, 12, 28), D(2030, 1, 3)
    )
    far = fresh.add_workdays(D(2025, 1, 1), 15_000)  # about 60 years: grows by doubling
    assert far.year > 2080
    assert fresh.workdays_between(D(2025, 1, 1), far) == 15_000
    assert fresh.add_workdays(far, -15_000) == D(2024, 12, 31)  # 2025-01-01 is a holiday
    with pytest.raises(InvalidInput, match=r"^workdays: goes past 2100, .* \(got 1000000000\)"):
        fresh.add_workdays(D(2025, 1, 1), 10**9)
    with pytest.raises(InvalidInput, match=r"^workdays: goes before 1950"):
        fresh.add_workdays(D(2025, 1, 1), -(10**9))
    with pytest.raises(InvalidInput, match=r"delta: goes past 2100"):
        fresh.add_working_time(at(2025, 1, 1), dt.timedelta(days=10**6))


def test_published_years_never_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cal = WorkCalendar()
        assert cal.add_workdays(D(2001, 1, 1), 6000) < D(2027, 1, 1)
        assert cal.workdays_between(D(2026, 1, 1), D(2026, 12, 31)) > 0
        assert cal.add_working_time(at(2026, 12, 31, 9), 8 * H) == at(2026, 12, 31, 18)
        assert cal.day_info(D(2026, 12, 31)).provisional is False


def test_a_provisional_year_warns_once_whatever_the_method() -> None:
    cal = WorkCalendar()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cal.is_workday(D(2027, 3, 1))
        cal.day_kind(D(2027, 3, 2))
        cal.business_intervals(D(2027, 3, 3))
        cal.add_working_time(at(2027, 3, 4, 9), H)
        cal.working_time_between(at(2027, 3, 4, 9), at(2027, 3, 5, 9))
        assert cal.day_info(D(2027, 3, 5)).provisional
    assert [w.category for w in caught] == [ProvisionalCalendarWarning]
    assert "2027" in str(caught[0].message)
    assert caught[0].filename == __file__  # points at the caller, not at the library


def test_R_SLA_01_a_provisional_year_warns_at_the_line_that_opened_the_case() -> None:
    """R-SLA-01: a case opened (or loaded) in a provisional year warns at the caller's own
    line, not inside the constructors attrs generates for custops' values, so a service can
    filter the warning by its own module."""
    from custops import serial
    from custops.complaints import Case, Complaint
    from custops.complaints.policy import desk

    winery = desk("winery")
    own = WorkCalendar()  # a calendar of its own: no other test has had its warning yet
    policy = attrs.evolve(winery, sla_policy=attrs.evolve(winery.sla_policy, calendar=own))
    complaint = Complaint(
        received_at=at(2027, 3, 1, 10), channel="电话", content="酒有怪味", complainant="王先生"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = sys._getframe().f_lineno + 1
        case = Case.open(complaint, "客户关系顾问", policy=policy)
        loaded_line = sys._getframe().f_lineno + 1
        serial.from_json(serial.to_json(case))
    assert caught
    assert {w.category for w in caught} == {ProvisionalCalendarWarning}
    assert (caught[0].filename, caught[0].lineno) == (__file__, line)
    assert all(w.filename == __file__ and w.lineno in (line, loaded_line) for w in caught)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.is_workday(D(2027, 3, 1)),
        lambda c: c.day_kind(D(2027, 3, 1)),
        lambda c: c.holiday_name(D(2027, 3, 1)),
        lambda c: c.day_info(D(2027, 3, 1)),
        lambda c: c.add_workdays(D(2026, 12, 31), 1),
        lambda c: c.add_workdays(D(2027, 1, 8), -1),
        lambda c: c.workdays_between(D(2026, 12, 1), D(2027, 1, 8)),
        lambda c: c.rest_days_between(D(2026, 12, 1), D(2027, 1, 8)),
        lambda c: c.business_intervals(D(2027, 3, 1)),
        lambda c: c.close_of_business(D(2027, 3, 1)),
        lambda c: c.add_working_time(at(2026, 12, 31, 17), 2 * H),
        lambda c: c.working_time_between(at(2026, 12, 31, 17), at(2027, 1, 4, 10)),
    ],
)
def test_strict_refuses_a_provisional_year_in_every_method(call: Any) -> None:
    cal = WorkCalendar(strict=True)
    with pytest.raises(
        CalendarNotPublished,
        match=r"^year: its official CN holiday arrangement is not published .*\(got 2027\)$",
    ):
        call(cal)
    call(WorkCalendar(strict=True, final_years=[2027]))  # declared final: answered


def test_overrides_on_top_of_public_holidays_and_makeup_days() -> None:
    """A company may work a statutory holiday (with that weekday's hours) or close a 补班 day."""
    cal = WorkCalendar(extra_workdays=[D(2025, 10, 6)], closures=[D(2025, 10, 11)])
    assert cal.day_kind(D(2025, 10, 6)) is DayKind.EXTRA_WORKDAY
    assert cal.holiday_name(D(2025, 10, 6)) == "中秋节"  # the public name stays known
    assert cal.close_of_business(D(2025, 10, 6)) == at(2025, 10, 6, 18)
    assert cal.close_of_business(D(2025, 10, 11)) is None
    assert D(2025, 10, 11) in cal.rest_days_between(D(2025, 10, 10), D(2025, 10, 12))
    assert cal.add_workdays(D(2025, 9, 30), 2) == D(2025, 10, 9)
    assert cal.working_time_between(at(2025, 10, 6, 0), at(2025, 10, 12, 0)) == 24 * H
    # An extra working Sunday takes the make-up weekday's hours (Monday's by default).
    sunday = WorkCalendar(extra_workdays=[D(2025, 9, 7)])
    assert sunday.business_intervals(D(2025, 9, 7))[0] == (at(2025, 9, 7, 9), at(2025, 9, 7, 12))


def test_calendar_value_semantics() -> None:
    """Equality and hash are by configuration; the index cache is never part of them."""
    used = WorkCalendar(closures=[D(2025, 5, 6), D(2025, 5, 7)])
    used.add_working_time(at(2025, 5, 6, 9), 100 * H)  # builds days and business time
    same = WorkCalendar(closures=(D(2025, 5, 7), D(2025, 5, 6)))
    assert used == same
    assert hash(used) == hash(same)
    clone = pickle.loads(pickle.dumps(used))
    assert clone == used
    assert clone.add_working_time(at(2025, 5, 6, 9), 100 * H) == used.add_working_time(
        at(2025, 5, 6, 9), 100 * H
    )
    assert WorkCalendar(final_years=2027) == WorkCalendar(final_years=[2027])
    assert WorkCalendar(business_hours=None) != WorkCalendar()
    assert WorkCalendar(zone="UTC") != WorkCalendar()
    evolved = attrs.evolve(used, closures=[])
    assert evolved == WorkCalendar()
    assert evolved.is_workday(D(2025, 5, 6))  # its own index, not the copied one


NY = ZoneInfo("America/New_York")
# A 24x7 desk and a split night shift, working on the clock-change Sundays of 2025.
NY_CALENDARS = [
    WorkCalendar(
        "US",
        zone="America/New_York",
        business_hours=hours,
        extra_workdays=[D(2025, 3, 9), D(2025, 11, 2)],
    )
    for hours in (
        BusinessHours.standard(),
        BusinessHours.always(),
        BusinessHours(dict.fromkeys(range(7), ("00:30-03:00", "22:00-24:00"))),
    )
]


def ref_business_time(cal: WorkCalendar, t1: dt.datetime, t2: dt.datetime) -> dt.timedelta:
    """Day-by-day reference in any zone: each interval converted to UTC on its own."""
    assert cal.business_hours is not None
    sign = 1
    if t2 < t1:
        t1, t2, sign = t2, t1, -1
    total = dt.timedelta()
    day = t1.astimezone(cal.zone).date()
    while day <= t2.astimezone(cal.zone).date():
        kind = cal.day_kind(day)
        if kind.is_workday:
            weekday = day.weekday()
            own = cal.business_hours.intervals_on(weekday)
            makeup = kind is DayKind.MAKEUP_WORKDAY or (kind is DayKind.EXTRA_WORKDAY and not own)
            for interval in cal.business_hours.intervals_on(weekday, makeup=makeup):
                end_day = day + dt.timedelta(days=1) if interval.end == dt.time(0) else day
                start = dt.datetime.combine(day, interval.start, cal.zone)
                end = dt.datetime.combine(end_day, interval.end, cal.zone)
                lo = max(start.astimezone(dt.timezone.utc), t1)
                hi = min(end.astimezone(dt.timezone.utc), t2)
                if hi > lo:
                    total += hi - lo
        day += dt.timedelta(days=1)
    return sign * total


# Local: instants packed around the two 2025 clock changes in New York, which the public
# aware_datetimes() (spread over whole years) would rarely hit.
ny_instants = st.builds(
    lambda base, minutes: base + dt.timedelta(minutes=minutes),
    st.sampled_from(
        [dt.datetime(2025, 3, 9, 7, tzinfo=dt.timezone.utc), dt.datetime(2025, 11, 2, 6, tzinfo=NY)]
    ),
    st.integers(-3 * 24 * 60, 3 * 24 * 60),
)


@settings(max_examples=60)
@given(st.sampled_from(NY_CALENDARS), ny_instants, ny_instants, st.integers(-3000, 3000))
def test_business_time_across_clock_changes_matches_the_reference(
    cal: WorkCalendar, t1: dt.datetime, t2: dt.datetime, minutes: int
) -> None:
    """America/New_York around both 2025 clock changes: real elapsed business time."""
    assert cal.working_time_between(t1, t2) == ref_business_time(cal, t1, t2)
    delta = dt.timedelta(minutes=minutes)
    result = cal.add_working_time(t1, delta)
    assert result.tzinfo is cal.zone
    assert cal.working_time_between(t1, result) == delta


def test_close_of_business_on_clock_change_days() -> None:
    desk, night = NY_CALENDARS[1], NY_CALENDARS[2]
    utc = dt.timezone.utc
    # Spring forward: the 24x7 day closes at the next midnight, 23 real hours later.
    assert desk.close_of_business(D(2025, 3, 9)) == dt.datetime(2025, 3, 10, 4, tzinfo=utc)
    # 00:30-03:00 on the spring-forward night is 02:00-03:00 EST→EDT: ends 03:00 EDT.
    assert night.business_intervals(D(2025, 3, 9))[0] == (
        dt.datetime(2025, 3, 9, 5, 30, tzinfo=utc),
        dt.datetime(2025, 3, 9, 7, 0, tzinfo=utc),
    )
    assert (
        desk.working_time_between(
            dt.datetime(2025, 11, 2, tzinfo=NY), dt.datetime(2025, 11, 3, tzinfo=NY)
        )
        == 25 * H
    )


@settings(max_examples=40)
@given(days_2001_2030, days_2001_2030)
def test_rest_days_between_is_the_complement_of_working_days(a: dt.date, b: dt.date) -> None:
    """(a, b] splits into working days and rest days; the rest days match the reference."""
    lo, hi = min(a, b), max(a, b)
    rest = CAL.rest_days_between(a, b)
    assert len(rest) + abs(CAL.workdays_between(a, b)) == (hi - lo).days
    assert all(lo < d <= hi and not ref_is_workday(d) for d in rest)


# Tests that kill the surviving mutants of tools/mutate.py (issue 14 item 7).


def test_an_arrangement_takes_date_name_pairs() -> None:
    notice = Arrangement(2027, [(D(2027, 1, 1), "元旦"), (D(2027, 2, 6), "春节")])
    assert notice.holidays == ((D(2027, 1, 1), "元旦"), (D(2027, 2, 6), "春节"))


def test_a_half_day_off_cuts_an_interval_that_spans_noon() -> None:
    straight = BusinessHours(dict.fromkeys(range(5), ("09:00-18:00",)))
    cal = WorkCalendar(business_hours=straight, half_days=["women"])
    assert cal.business_intervals(D(2024, 3, 8)) == ((at(2024, 3, 8, 9), at(2024, 3, 8, 12)),)


def test_a_half_day_off_drops_an_interval_that_starts_at_noon() -> None:
    split = BusinessHours(dict.fromkeys(range(5), ("09:00-12:00", "12:00-18:00")))
    cal = WorkCalendar(business_hours=split, half_days=["women"])
    assert cal.business_intervals(D(2024, 3, 8)) == ((at(2024, 3, 8, 9), at(2024, 3, 8, 12)),)


def test_the_first_and_last_year_of_an_index_carry_their_holidays() -> None:
    """A fresh calendar builds its index by decade (2020-2029): the holidays of the
    decade's first and last years come from the data like any other's."""
    assert WorkCalendar().day_kind(D(2020, 1, 1)) is DayKind.HOLIDAY  # the index's first day
    assert WorkCalendar().day_kind(D(2020, 10, 1)) is DayKind.HOLIDAY
    assert WorkCalendar(final_years=[2027, 2028, 2029]).day_kind(D(2029, 10, 1)) is DayKind.HOLIDAY
    assert WorkCalendar(final_years=[2027, 2028, 2029]).day_kind(D(2029, 1, 1)) is DayKind.HOLIDAY


def test_the_last_day_of_an_index_takes_holidays_and_closures() -> None:
    """2019-12-31 ends the 2010-2019 index: Latvia's New Year's Eve and a closure count."""
    assert not WorkCalendar("LV").is_workday(D(2019, 12, 31))
    assert WorkCalendar("LV").is_workday(D(2019, 12, 30))
    closed = WorkCalendar(closures=[D(2010, 1, 1), D(2019, 12, 31)])
    assert closed.day_kind(D(2019, 12, 31)) is DayKind.CLOSURE
    assert closed.day_kind(D(2010, 1, 1)) is DayKind.CLOSURE
    worked = WorkCalendar(extra_workdays=[D(2010, 1, 1), D(2019, 12, 31)])
    assert worked.day_kind(D(2019, 12, 31)) is DayKind.EXTRA_WORKDAY
    assert worked.day_kind(D(2010, 1, 1)) is DayKind.EXTRA_WORKDAY  # the index's first day


def test_a_half_day_off_keeps_the_hours_of_its_own_weekday() -> None:
    """2023-03-08 is a Wednesday: the half day cuts Wednesday's hours, not Thursday's."""
    hours = BusinessHours({2: ("08:00-17:00",), 3: ("10:00-19:00",)})
    cal = WorkCalendar(business_hours=hours, half_days=["women"])
    assert cal.business_intervals(D(2023, 3, 8)) == ((at(2023, 3, 8, 8), at(2023, 3, 8, 12)),)


def test_english_holiday_names_in_every_year_of_the_index_but_not_for_a_users_names() -> None:
    """Explanations in English name the data's holidays in English (first and last year of
    the decade included); a user's arrangement keeps its own (quoted) names."""
    with language("en_US"):
        assert WorkCalendar().day_info(D(2020, 10, 1)).reason.endswith("National Day")
        later = WorkCalendar(final_years=[2027, 2028, 2029]).day_info(D(2029, 10, 1))
        assert later.reason.endswith("National Day")
        named = {**NOTICE_2027_HOLIDAYS, D(2027, 10, 1): "国庆假期"}
        own = WorkCalendar(arrangements=[Arrangement(2027, named)])
        assert own.day_info(D(2027, 10, 1)).reason.endswith('"国庆假期"')
    with language("zh_CN"):
        assert WorkCalendar().day_info(D(2020, 10, 1)).reason.endswith("国庆节")


def test_R_SLA_09_the_table_names_its_columns_as_the_calendar_does() -> None:
    """R-SLA-09: the table's day column is ``day`` (as ``DayInfo.day``)
    and the close of business, an instant, is ``closes_at``."""
    table = china().table(dt.date(2025, 9, 30), dt.date(2025, 10, 11))
    row = table.to_dicts()[0]
    assert next(iter(row)) == "day"
    assert row["day"] == dt.date(2025, 9, 30)
    assert row["closes_at"] == china().close_of_business(dt.date(2025, 9, 30))
    assert table.closes_at[1] is None  # 10-01, a holiday
    assert "day" in attrs.fields_dict(DayInfo)
    assert len(table) == len(table.day) == 12


def test_add_workdays_names_its_quantity_workdays_R_SLA_01() -> None:
    """the number of working days is ``workdays`` (a quantity keeps
    its unit's name), as keyword and in errors, beside ``workdays_between``'s answer."""
    day = D(2025, 9, 30)
    later = china().add_workdays(day, workdays=3)
    assert later == D(2025, 10, 11)  # 10-01..08 off, 10-09, 10-10, Saturday 10-11 worked
    assert china().workdays_between(day, later) == 3
    with pytest.raises(InvalidType, match=r"^workdays: must be an int, not a bool \(got True\)"):
        china().add_workdays(day, workdays=True)


def test_internal_interface_gives_vector_and_periods_what_they_read_R_SLA_01() -> None:
    """other modules read a calendar's index through
    ``day_index``/``utc_intervals``/``day_fields``, which agree with the public answers."""
    from custops._dates import EPOCH, US, year_ordinals
    from custops.calendars import day_fields, day_index, utc_intervals

    cal = china()
    first, last = year_ordinals(2025, 2025)
    ix = day_index(cal, first, last, argument="days", value=2025)
    day = D(2025, 10, 11)
    assert tuple(DayKind)[ix.kinds[day.toordinal() - ix.first]] is cal.day_kind(day)
    real = utc_intervals(cal, ix, day.toordinal())
    public = [((a - EPOCH) // US, (b - EPOCH) // US) for a, b in cal.business_intervals(day)]
    assert real == public
    assert len(real) == 2
    assert utc_intervals(cal, ix, D(2025, 10, 1).toordinal()) == []
    fields = day_fields(cal, D(2025, 10, 1))
    assert fields["day"] == D(2025, 10, 1)
    assert fields["what"][0] is DayKind.HOLIDAY
    with pytest.raises(InvalidInput, match=r"^days: must lie in the years 1950-2100"):
        day_index(cal, *year_ordinals(1949, 1949), argument="days", value=1949)


def test_calendars_reaches_no_private_name_of_another_module() -> None:
    """calendars, vector and retention import no ``_name`` of
    another custops module and reach no ``obj._attr`` of another module's class."""
    import ast
    import pathlib

    import custops

    root = pathlib.Path(custops.__file__).parent
    for path in ("calendars.py", "vector.py", "complaints/retention.py"):
        tree = ast.parse((root / path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("custops"):
                names = [a.name for a in node.names if a.name.startswith("_")]
                assert not names or node.module == "custops.i18n", (path, names)
            if path != "calendars.py" and isinstance(node, ast.Attribute):
                own = isinstance(node.value, ast.Name) and node.value.id == "self"
                hidden = node.attr.startswith("_") and not node.attr.startswith("__")
                assert own or not hidden, (path, node.attr, node.lineno)


@pytest.mark.parametrize(
    "ask",
    [
        lambda cal: cal.day_kind(D(2027, 3, 2)),
        lambda cal: cal.holiday_name(D(2027, 3, 2)),
        lambda cal: cal.business_intervals(D(2027, 3, 3)),
        lambda cal: cal.add_workdays(D(2027, 3, 1), 3),
        lambda cal: cal.workdays_between(D(2027, 3, 1), D(2027, 3, 9)),
        lambda cal: cal.add_working_time(at(2027, 3, 4, 9), H),
        lambda cal: cal.working_time_between(at(2027, 3, 4, 9), at(2027, 3, 5, 9)),
    ],
)
def test_a_provisional_year_warning_points_at_the_callers_line(ask: Any) -> None:
    # whichever method notices the provisional year, the warning names the user's file
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ask(WorkCalendar())
    assert [w.category for w in caught] == [ProvisionalCalendarWarning]
    assert caught[0].filename == __file__


@pytest.mark.parametrize(
    ("country", "subdiv", "read"),
    [("us", "ca", "CA"), (" US ", " ca ", "CA"), ("US", "CA", "CA"), ("us", "ＣＡ", "CA")],
)
def test_subdiv_is_read_as_country_is(country: str, subdiv: str, read: str) -> None:
    """``subdiv`` is read as ``country`` is: trimmed, in any case (the ``holidays``
    package's spelling is kept), so ``--country us --subdiv ca`` names California."""
    calendar = WorkCalendar(country, subdiv=subdiv)
    assert (calendar.country, calendar.subdiv) == ("US", read)
    assert calendar == WorkCalendar("US", subdiv="CA")


def test_an_unknown_subdiv_is_refused_as_given() -> None:
    with pytest.raises(InvalidInput, match=r"^subdiv: is not a country or .* \(got ' xx '\)"):
        WorkCalendar("US", subdiv=" xx ")


def test_a_numpy_count_is_the_int_it_holds_as_the_vector_reads_it_R_SLA_01() -> None:
    """R-SLA-01 counts working days: a count read from a numpy column is the int it holds,
    and the scalar answer is the vector's (docs/vector.md: "exactly the scalar answers")."""
    np = pytest.importorskip("numpy")
    from custops import vector

    cal = china()
    day = D(2025, 10, 9)
    days = np.array([day.isoformat()], dtype="datetime64[D]")
    for count in (np.int64(-1), np.int32(3), np.uint8(1), np.int64(0)):
        scalar = cal.add_workdays(day, count)
        assert scalar == cal.add_workdays(day, int(count))
        assert np.datetime64(scalar) == vector.add_workdays_many(days, count)[0]
    assert cal.add_workdays(day, np.int64(-1)) == D(2025, 9, 30)
    assert cal.is_published(np.int64(2025))
    assert BusinessHours.standard().intervals_on(np.int64(0)) == BusinessHours.standard().weekly[0]
    assert WorkCalendar(final_years=np.int64(2027)).final_years == frozenset({2027})
    for wrong in (np.True_, np.float64(1.0)):
        with pytest.raises(InvalidType, match=r"^workdays: must be an int"):
            cal.add_workdays(day, wrong)


@settings(max_examples=40)
@given(dates(min_value=D(2000, 1, 1), max_value=D(2024, 12, 31)), st.integers(-400, 400))
def test_property_scalar_and_vector_agree_on_a_numpy_count_R_SLA_01(
    day: dt.date, count: int
) -> None:
    np = pytest.importorskip("numpy")
    from custops import vector

    cal = china()
    answer = cal.add_workdays(day, np.int64(count))
    assert answer == cal.add_workdays(day, count)
    days = np.array([day.isoformat()], dtype="datetime64[D]")
    assert np.datetime64(answer) == vector.add_workdays_many(days, np.int64(count), calendar=cal)[0]


# --------------------------------------------------------------------------- company closures


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_closures_take_a_shutdown_range_and_a_yearly_day_R_SLA_13() -> None:
    """R-SLA-13 counts the company's working days: a Spring Festival shutdown given as one
    (start, end) range, an anniversary given once for every year."""
    shutdown = (D(2027, 2, 3), D(2027, 2, 19))
    cal = WorkCalendar(closures=[shutdown, D(2026, 12, 24)], annual_closures=[(12, 18)])
    assert cal.closures == frozenset(
        {D(2026, 12, 24)} | {D(2027, 2, 3) + dt.timedelta(days=i) for i in range(17)}
    )
    assert cal == WorkCalendar(
        closures=[D(2026, 12, 24), *sorted(cal.closures - {D(2026, 12, 24)})],
        annual_closures=[(12, 18)],
    )
    for year in (2025, 2026, 2030):
        assert cal.day_kind(D(year, 12, 18)) is DayKind.CLOSURE
    assert cal.add_workdays(D(2026, 12, 17), 1) == D(2026, 12, 21)
    # a year's extra working day wins over the yearly closure
    worked = WorkCalendar(annual_closures=[(12, 18)], extra_workdays=[D(2026, 12, 18)])
    assert worked.is_workday(D(2026, 12, 18))
    assert not worked.is_workday(D(2025, 12, 18))
    assert pickle.loads(pickle.dumps(cal)) == cal


@pytest.mark.parametrize(
    ("kwargs", "error", "argument", "problem"),
    [
        (
            {"closures": [(D(2027, 2, 19), D(2027, 2, 3))]},
            InvalidInput,
            "closures[0]",
            "ends before",
        ),
        ({"closures": [(D(2027, 2, 3),)]}, InvalidType, "closures[0]", "(start, end) pair"),
        ({"closures": [(D(2027, 2, 3), "2027-02-19")]}, InvalidType, "closures[0]", "its end"),
        ({"closures": [(D(2027, 1, 1), D(2028, 1, 2))]}, InvalidInput, "closures[0]", "366 days"),
        ({"closures": [(D(1800, 1, 1), D(1800, 1, 2))]}, InvalidInput, "closures[0]", "years"),
        ({"annual_closures": [(2, 29)]}, InvalidInput, "annual_closures[0]", "every year"),
        ({"annual_closures": [(13, 1)]}, InvalidInput, "annual_closures[0]", "its month"),
        ({"annual_closures": [D(2026, 12, 18)]}, InvalidType, "annual_closures[0]", "(month"),
    ],
)
def test_bad_closure_ranges_and_yearly_days_are_refused_by_place(
    kwargs: dict[str, Any], error: type[Exception], argument: str, problem: str
) -> None:
    with pytest.raises(error) as info:
        WorkCalendar(**kwargs)
    assert info.value.argument == argument  # type: ignore[attr-defined]
    assert problem in str(info.value)


# --------------------------------------------------------------------------- provisional hints


def test_the_provisional_warning_leads_with_typing_in_the_notice() -> None:
    """docs/rules.md §1: the hint must not make a guess final; final_years is said for what
    it is (the statutory days alone)."""
    with pytest.warns(ProvisionalCalendarWarning) as caught:
        WorkCalendar(closures=[D(2026, 3, 3)]).is_workday(D(2027, 3, 3))
    text = str(caught[0].message)
    assert text.index("Arrangement(2027") < text.index("final_years=[2027]")
    assert "statutory holidays alone final" in text


def test_a_strict_refusal_names_the_last_year_published_for_this_calendar() -> None:
    cal = WorkCalendar(arrangements=[NOTICE_2027], strict=True)
    with pytest.raises(CalendarNotPublished, match=r"\(last: 2027\).*\(got 2028\)"):
        cal.is_workday(D(2028, 3, 1))
    with pytest.raises(CalendarNotPublished, match=r"\(last: 2026\).*\(got 2027\)"):
        WorkCalendar(strict=True).is_workday(D(2027, 3, 1))


def test_R_CAL_01_a_notice_day_without_a_name_is_worded_in_each_language() -> None:
    """A notice's holiday given as a plain date is named 休息日 (``holiday_name``, the name
    kept), and an explanation words it when read: 休息日 in Chinese, "rest day (休息日)" in
    English — the words, then the label, as every labelled term — never a bare Chinese name
    in an English sentence."""
    plain = Arrangement(2027, list(NOTICE_2027_HOLIDAYS), makeup_workdays=NOTICE_2027_MAKEUP)
    cal = WorkCalendar(arrangements=[plain])
    assert cal.holiday_name(D(2027, 1, 1)) == "休息日"
    with language("en_US"):
        info = cal.day_info(D(2027, 1, 1))
        assert info.reason == (
            "2027-01-01 (Friday) is a rest day: public holiday (法定节假日), rest day (休息日)"
        )
        assert stray_words(info.explain()) == ()
        assert info.holiday_name == "休息日"
    with language("zh_CN"):
        info = cal.day_info(D(2027, 1, 1))
        assert info.reason == "2027-01-01（周五）是休息日：法定节假日、休息日"
        assert stray_words(info.explain()) == ()
    named = WorkCalendar(arrangements=[NOTICE_2027])
    with language("en_US"):  # a name given is the user's own, quoted as given
        assert named.day_info(D(2027, 1, 1)).reason.endswith('public holiday (法定节假日), "元旦"')


def test_a_day_info_keeps_a_source_given_as_text_and_refuses_one_naming_source_R_CAL_01() -> None:
    """R-CAL-01: a ``DayInfo`` built with its own source text keeps it as given; a source of
    two lines or holding a rule ID is refused naming ``source``, not ``reason``."""

    def day(source: str) -> DayInfo:
        return DayInfo(
            D(2025, 10, 13),
            DayKind.WORKDAY,
            holiday_name=None,
            provisional=False,
            rule="R-CAL-01",
            reason="周一",
            source=source,
        )

    info = day("排班表")
    with language("en_US"):
        assert (info.source, info.outcome) == ("排班表", DayKind.WORKDAY)
    for source in ("排班表\n第二行", "见 R-CAL-01"):
        with pytest.raises(InvalidInput, match=r"^source: "):
            day(source)


@settings(max_examples=25, deadline=None)
@given(
    st.sets(st.dates(min_value=D(2031, 1, 1), max_value=D(2031, 12, 31)), max_size=4),
    st.dates(min_value=D(2030, 1, 1), max_value=D(2032, 12, 31)),
    st.integers(min_value=-40, max_value=40),
)
def test_R_SLA_01_equal_calendars_answer_identically(
    closures: set[dt.date], day: dt.date, workdays: int
) -> None:
    """R-SLA-01: a calendar equal to one already asked (which shares its index of working
    days) answers every question as a calendar asked first does."""
    first = WorkCalendar(closures=closures, strict=False)
    again = WorkCalendar(closures=sorted(closures))
    assert again == first
    assert hash(again) == hash(first)
    assert again is not first
    start = dt.datetime.combine(day, dt.time(9, 30), SH)
    end, delta = start + dt.timedelta(days=20), dt.timedelta(hours=workdays)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        for cal in (first, again):  # the first asked builds; the second asks its index
            answers = [
                cal.day_info(day),
                cal.add_workdays(day, workdays),
                cal.working_time_between(start, end),
                cal.add_working_time(start, abs(delta)),
            ]
            if cal is first:
                expected = answers
        assert answers == expected


def test_R_SLA_01_an_equal_calendar_does_not_build_its_index_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-SLA-01: the index of working days is built once per configuration, however many
    equal calendars ask (a calendar built again in a loop, one loaded with each case)."""
    built = counting_builds(monkeypatch)
    closure = D(2025, 11, 19)  # a configuration no other test asks about
    cals = [WorkCalendar(closures=[closure], annual_closures=[(3, 7)]) for _ in range(20)]
    answers = {c.add_workdays(D(2025, 11, 18), 3) for c in cals}
    assert answers == {D(2025, 11, 24)}  # 19th closed: 20, 21, 24
    assert len(built) == 1
    other = WorkCalendar(closures=[closure], annual_closures=[(3, 8)])
    assert other.add_workdays(D(2025, 11, 18), 3) == D(2025, 11, 24)
    assert len(built) == 2  # a different configuration builds its own


# ------------------------------------------------------------------ 调休 rest days' names


def test_R_CAL_01_every_swapped_rest_day_names_its_makeup_working_day() -> None:
    """R-CAL-01: every 调休 rest day of 2020-2026 is named by custops, in Chinese as
    ``休息日（由 <ISO date> 调休）`` (``holiday_name``, the same in every language) and in
    English as ``rest day (swapped from <ISO date>)``, whatever the holidays release's own
    wording; the date named is a weekend day worked in exchange (调休上班)."""
    cal = china()
    every_day = (D(2020, 1, 1) + dt.timedelta(i) for i in range(7 * 366))
    swapped = [
        d for d in every_day if d.year <= 2026 and cal.day_kind(d) is DayKind.SWAPPED_REST_DAY
    ]
    assert len(swapped) > 40  # seven years of National Days, Spring Festivals …
    for day in swapped:
        name = cal.holiday_name(day)
        assert name is not None
        made_up = D.fromisoformat(name.removeprefix("休息日（由 ").removesuffix(" 调休）"))
        assert name == f"休息日（由 {made_up.isoformat()} 调休）"
        assert cal.is_workday(made_up)
        assert cal.day_kind(made_up) is DayKind.MAKEUP_WORKDAY
        assert abs((made_up - day).days) < 60  # the same festival's arrangement
        with language("en_US"):
            info = cal.day_info(day)
            assert info.reason.endswith(f"rest day (swapped from {made_up.isoformat()})")
            assert info.holiday_name == name


def test_R_CAL_01_a_swapped_rest_day_is_named_alike_under_every_wording() -> None:
    """R-CAL-01: the make-up working day is read from the data's name as the release in use
    writes it (its label and date format), so both wordings the data has had give it."""
    entity = cals._entity("CN", None)
    data = cals._country_class("CN")(years=2025, language=entity.language, categories=(PUBLIC,))
    assert cals._swapped_from(entity, data[D(2025, 10, 8)]) == D(2025, 10, 11)
    # the wordings of holidays 0.92 and of later releases, each read by its own label
    for label in ("休息日（%s日起取代）", "休息日（由 %s 调休）"):
        worded = attrs.evolve(entity, swapped=cals._label_pattern(label, "date"))
        assert cals._swapped_from(worded, label % "2025-10-11") == D(2025, 10, 11)
        assert cals._swapped_from(worded, label % "国庆后") is None


@pytest.mark.parametrize(
    "name",
    [
        "休息日（由 某日 调休）",  # the label, no date
        "休息日（由 2025-13-40 调休）",  # a date that is none
        "休息日",  # not the label at all
        "Day off (substituted from 10/11/2025)",  # another language's label
    ],
)
def test_R_CAL_01_a_name_without_a_date_read_gives_none(name: str) -> None:
    """R-CAL-01: a name holding no date that can be read gives no make-up day (the
    calendar then keeps the data's name), never an exception."""
    entity = cals._entity("CN", None)
    assert entity.swapped is not None
    assert cals._swapped_from(entity, name) is None


def test_R_CAL_01_a_swapped_rest_day_without_a_date_keeps_the_data_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-CAL-01: where the data's name of a 调休 rest day holds no date custops can read,
    the day is still a 调休 rest day and keeps the data's own name, in every language."""
    monkeypatch.setattr(cals, "_swapped_from", lambda entity, name: None)
    # a calendar of its own (an index built here, under the patch, shared with no other test)
    cal = WorkCalendar(closures=[D(1999, 12, 31)])
    data = cals._country_class("CN")(years=2025, language="zh_CN", categories=(PUBLIC,))
    assert cal.day_kind(D(2025, 10, 8)) is DayKind.SWAPPED_REST_DAY
    assert cal.holiday_name(D(2025, 10, 8)) == data[D(2025, 10, 8)]
    with language("en_US"):
        reason = cal.day_info(D(2025, 10, 8)).reason
    english = cals._country_class("CN")(years=2025, language="en_US", categories=(PUBLIC,))[
        D(2025, 10, 8)
    ]
    assert reason.endswith(english.replace("10/11/2025", "2025-10-11"))


@settings(max_examples=50, deadline=None)
@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 31)))
def test_R_CAL_01_the_data_wording_of_any_day_reads_back(made_up: dt.date) -> None:
    """R-CAL-01 (property): any make-up working day written into the data's name of a 调休
    rest day, as the release in use writes it, is read back as that day."""
    entity = cals._entity("CN", None)
    label = cals._country_class("CN")(language=entity.language)
    name = label.tr(label.substituted_label) % made_up.strftime(entity.swapped_format)
    assert cals._swapped_from(entity, name) == made_up


def test_R_CAL_01_a_day_made_up_for_a_festival_is_named_alike_under_every_release() -> None:
    """R-CAL-01: a day the data makes up for a festival on a weekend (补假) is named by
    custops around the festival's name, ``春节（补假）``, whichever release of the holidays
    package is installed (0.92 wrote ``春节（观察日）``); its English name is the data's."""
    assert CAL.holiday_name(D(2027, 2, 9)) == "春节（补假）"
    assert CAL.holiday_name(D(2027, 2, 10)) == "春节（补假）"
    assert CAL.holiday_name(D(2027, 2, 6)) == "春节"  # the festival's own day: the data's
    every_day = (D(2020, 1, 1) + dt.timedelta(i) for i in range(11 * 366))
    names = {CAL.holiday_name(d) for d in every_day if d.year <= 2030}
    assert not any("观察日" in name for name in names if name)
    entity = cals._entity("CN", None)
    for label in ("%s（观察日）", "%s（补假）"):
        worded = attrs.evolve(
            entity, observed=((cals._label_pattern(label, "festival"), "{festival}（补假）"),)
        )
        assert cals._observed_name(worded, label % "春节") == "春节（补假）"
        assert cals._observed_name(worded, "国庆节") == "国庆节"  # any other name as given
    with language("en_US"):
        reason = CAL.day_info(D(2027, 2, 9)).reason
    assert reason.endswith("(observed)"), reason


def test_R_CAL_01_only_the_mainland_names_its_days_itself() -> None:
    """R-CAL-01: another country's days keep the data's own names (its language, its
    wording): custops words only the mainland's 调休 and 补假 days."""
    assert cals._entity("CN", None).observed
    assert not cals._entity("TW", None).observed
    taiwan = WorkCalendar("TW", zone="Asia/Taipei")
    name = taiwan.holiday_name(D(2025, 1, 27))
    data = cals._country_class("TW")(years=2025, language="zh_TW", categories=(PUBLIC,))
    assert name == data[D(2025, 1, 27)]
