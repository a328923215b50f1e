"""Issue 14 items 1-4 and issue 17 (period words) for calendars and periods.

调休 rest days as their own kind, statutory holidays, a company's work week, business hours
of a date, half-day holidays by policy, roll conventions, and the seed's period words
(四个月后, 六个月后 in D8 第十一条(五) — R-MEM-03; 每季度 in D2; 次月2日 in D9).
"""

from __future__ import annotations

import datetime as dt
import warnings
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import (
    Arrangement,
    BusinessHours,
    DayKind,
    HalfDay,
    Interval,
    Roll,
    WorkCalendar,
    china,
)
from custops.errors import InvalidInput, InvalidType
from custops.periods import Period, deadline, due_date, due_in_month
from test_calendars import NOTICE_2027_HOLIDAYS, NOTICE_2027_MAKEUP

D = dt.date
SH = ZoneInfo("Asia/Shanghai")
CAL = china()
DAYS = st.dates(min_value=D(2001, 1, 1), max_value=D(2026, 12, 31))


def at(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SH)


# ------------------------------------------------------------------ 调休 rest days


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        # State Council notice for 2025: 国庆节、中秋节 10-01..10-08 off; 09-28 and 10-11 worked.
        (D(2025, 10, 1), DayKind.HOLIDAY),
        (D(2025, 10, 6), DayKind.HOLIDAY),  # 中秋节
        (D(2025, 10, 7), DayKind.SWAPPED_REST_DAY),  # for Sunday 09-28
        (D(2025, 10, 8), DayKind.SWAPPED_REST_DAY),  # for Saturday 10-11
        (D(2025, 9, 28), DayKind.MAKEUP_WORKDAY),
        (D(2025, 10, 11), DayKind.MAKEUP_WORKDAY),
        # 2026 notice: 春节 02-15..02-23 off; 02-14 and 02-28 worked.
        (D(2026, 2, 20), DayKind.SWAPPED_REST_DAY),
        (D(2026, 2, 23), DayKind.SWAPPED_REST_DAY),
        (D(2026, 2, 17), DayKind.HOLIDAY),
        (D(2026, 1, 2), DayKind.SWAPPED_REST_DAY),  # for Sunday 01-04
        (D(2026, 1, 4), DayKind.MAKEUP_WORKDAY),
    ],
)
def test_swapped_rest_days_are_their_own_kind(day: dt.date, kind: DayKind) -> None:
    assert CAL.day_kind(day) is kind
    assert CAL.is_statutory_holiday(day) is (kind is DayKind.HOLIDAY)
    assert CAL.is_workday(day) is kind.is_workday


def test_labels_are_unambiguous() -> None:
    labels = [k.label for k in DayKind]
    assert len(set(labels)) == len(labels)
    assert "调休休息" in labels
    assert "调休上班" in labels
    assert "调休" not in labels


def test_statutory_holiday_ignores_company_overrides() -> None:
    worked = WorkCalendar(extra_workdays=[D(2025, 10, 1)], closures=[D(2025, 10, 9)])
    assert worked.is_workday(D(2025, 10, 1))
    assert worked.is_statutory_holiday(D(2025, 10, 1))
    assert not worked.is_statutory_holiday(D(2025, 10, 9))


def test_a_user_arrangement_can_name_its_swapped_rest_days() -> None:
    notice = Arrangement(
        2027,
        NOTICE_2027_HOLIDAYS,
        makeup_workdays=[*NOTICE_2027_MAKEUP, D(2027, 10, 16)],
        swapped_rest_days=[D(2027, 10, 8)],
    )
    cal = WorkCalendar(arrangements=[notice], strict=True)
    assert cal.day_kind(D(2027, 10, 8)) is DayKind.SWAPPED_REST_DAY
    assert cal.day_kind(D(2027, 9, 26)) is DayKind.MAKEUP_WORKDAY
    with pytest.raises(InvalidInput, match="rest day and as a working day"):
        Arrangement(
            2027,
            NOTICE_2027_HOLIDAYS,
            makeup_workdays=[D(2027, 10, 8)],
            swapped_rest_days=[D(2027, 10, 8)],
        )


@settings(max_examples=60)
@given(DAYS)
def test_every_rest_day_has_one_rest_kind(day: dt.date) -> None:
    """Invariant: a day is a working day exactly when its kind is a working kind."""
    kind = CAL.day_kind(day)
    assert CAL.is_workday(day) is kind.is_workday
    if CAL.is_statutory_holiday(day):
        assert kind is DayKind.HOLIDAY


# ------------------------------------------------------------------ the company's work week


def test_six_day_week_keeps_holidays_and_makeup_days() -> None:
    six = WorkCalendar(weekend=(6,))
    assert six.is_workday(D(2025, 3, 1))  # an ordinary Saturday
    assert not six.is_workday(D(2025, 3, 2))  # Sunday
    assert not six.is_workday(D(2025, 10, 1))  # National Day
    assert six.day_kind(D(2025, 10, 8)) is DayKind.SWAPPED_REST_DAY
    # An ordinary Saturday inside the golden week is the company's own: worked unless closed.
    assert six.is_workday(D(2025, 10, 4))
    assert six.day_kind(D(2025, 9, 28)) is DayKind.MAKEUP_WORKDAY  # Sunday worked (调休)
    assert six.add_workdays(D(2025, 2, 28), 1) == D(2025, 3, 1)
    # A Saturday worked by the six-day week has the make-up weekday's hours.
    assert six.close_of_business(D(2025, 3, 1)) == at(2025, 3, 1, 18)


def test_big_small_week_by_explicit_extra_workdays() -> None:
    saturdays = [D(2025, 3, 1) + dt.timedelta(weeks=2 * i) for i in range(10)]
    cal = WorkCalendar(extra_workdays=saturdays)
    assert [cal.is_workday(D(2025, 3, 1) + dt.timedelta(weeks=i)) for i in range(4)] == [
        True,
        False,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("weekend", "error"),
    [((7,), InvalidInput), ("5,6", InvalidType), (range(7), InvalidInput), ((1.5,), InvalidType)],
)
def test_bad_weekends_are_refused(weekend: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="weekend"):
        WorkCalendar(weekend=weekend)  # type: ignore[arg-type]


def test_a_weekday_listed_twice_in_the_weekend_is_refused_R_SLA_01() -> None:
    """R-SLA-01 (the calendar counts working time): ``(5, 5)`` is as likely a typo for
    ``(5, 6)`` as a threshold listed twice is; it is refused, not read as ``{5}``."""
    for weekend in ((5, 5), [6, 5, 6]):
        with pytest.raises(InvalidInput, match=r"^weekend: lists a weekday twice") as refused:
            WorkCalendar(weekend=weekend)
        assert refused.value.value == weekend
    assert WorkCalendar(weekend={5, 6}).weekend == frozenset({5, 6})


@settings(max_examples=40)
@given(DAYS, st.integers(1, 30))
def test_a_six_day_week_has_at_least_the_working_days_of_a_five_day_week(
    day: dt.date, n: int
) -> None:
    six = WorkCalendar(weekend=(6,), final_years=range(2027, 2040))
    five = WorkCalendar(final_years=range(2027, 2040))
    end = day + dt.timedelta(days=n)
    assert six.workdays_between(day, end) >= five.workdays_between(day, end)


# ------------------------------------------------------------------ hours of a date, half days


def test_hours_of_one_date_and_partial_closures() -> None:
    hours = BusinessHours.standard().with_dates(
        {D(2025, 9, 9): ("09:00-12:00",), D(2025, 9, 10): ()}
    )
    cal = WorkCalendar(business_hours=hours)
    assert cal.close_of_business(D(2025, 9, 9)) == at(2025, 9, 9, 12)
    assert cal.close_of_business(D(2025, 9, 10)) is None
    assert cal.is_workday(D(2025, 9, 10))  # still a working day for day counts
    assert cal.add_working_time(at(2025, 9, 9, 11), dt.timedelta(hours=2)) == at(2025, 9, 11, 10)
    assert cal.working_time_between(at(2025, 9, 9, 0), at(2025, 9, 11, 0)) == dt.timedelta(hours=3)
    with pytest.raises(InvalidInput, match="hours"):
        WorkCalendar(business_hours=BusinessHours.standard().with_dates({D(2300, 1, 1): ()}))


@pytest.mark.parametrize(
    ("group", "day"),
    [
        (HalfDay.WOMEN, D(2024, 3, 8)),
        (HalfDay.YOUTH, D(2023, 5, 4)),
        (HalfDay.ARMY, D(2025, 8, 1)),
    ],
)
def test_half_day_holidays_apply_only_to_whom_they_are_for(group: HalfDay, day: dt.date) -> None:
    """国务院《全国年节及纪念日放假办法》: 妇女节、青年节、建军节 half a day for those people."""
    assert (day.month, day.day) == group.month_day
    cal = WorkCalendar(half_days=[group])
    assert cal.is_workday(day)
    assert cal.close_of_business(day) == dt.datetime.combine(day, dt.time(12), SH)
    assert CAL.close_of_business(day) == dt.datetime.combine(day, dt.time(18), SH)


def test_childrens_day_is_a_whole_day_for_children_only() -> None:
    cal = WorkCalendar(half_days="儿童节")
    assert cal.day_kind(D(2026, 6, 1)) is DayKind.HOLIDAY
    assert cal.holiday_name(D(2026, 6, 1)) == "六一儿童节"
    assert CAL.is_workday(D(2026, 6, 1))


# ------------------------------------------------------------------ roll conventions


def test_roll_conventions() -> None:
    assert CAL.roll(D(2025, 10, 4)) == D(2025, 10, 9)
    assert CAL.roll(D(2025, 10, 4), roll=Roll.PRECEDING) == D(2025, 9, 30)
    assert CAL.roll(D(2025, 5, 31), roll=Roll.MODIFIED_FOLLOWING) == D(2025, 5, 30)
    assert CAL.roll(D(2025, 10, 4), roll="modified_following") == D(2025, 10, 9)
    assert CAL.roll(D(2025, 10, 9), roll="preceding") == D(2025, 10, 9)
    with pytest.raises(InvalidInput, match="roll"):
        CAL.roll(D(2025, 10, 4), roll="sideways")


def test_deadline_rolls_by_the_convention_asked_for() -> None:
    """Civil Code art. 203 ¶1 rolls forward; a contract may say preceding (R-SLA-24 style)."""
    assert due_date(D(2025, 6, 1), "四个月") == D(2025, 10, 9)
    assert due_date(D(2025, 6, 1), "四个月", roll="preceding") == D(2025, 9, 30)
    result = deadline(D(2025, 6, 1), "四个月", roll=Roll.PRECEDING, explain=True)
    assert "rolled back" in result.explain()
    assert result.skipped_rest_days[0] == D(2025, 9, 30) + dt.timedelta(days=1)


@settings(max_examples=60)
@given(DAYS, st.sampled_from(list(Roll)))
def test_roll_lands_on_a_working_day_near_the_day(day: dt.date, roll: Roll) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rolled = CAL.roll(day, roll=roll)
    assert CAL.is_workday(rolled)
    if CAL.is_workday(day):
        assert rolled == day
    if roll is Roll.PRECEDING:
        assert rolled <= day
    if roll is Roll.MODIFIED_FOLLOWING and rolled > day:
        assert rolled.month == day.month


# ------------------------------------------------------------------ period words (issue 17)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("四个月后", Period.months(4)),  # D8 第十一条(五): 四个月后退还风险保障金的40%
        ("六个月后", Period.months(6)),  # … 六个月后退还剩余的60%
        ("三天后", Period.days(3)),
        ("3天之后", Period.days(3)),
        ("每季度", Period.months(3)),  # D2: 每季度…对客户档案进行填充
        ("一个季度", Period.months(3)),
        ("每月", Period.months(1)),  # D9: 每月汇总一次
        ("每周", Period.weeks(1)),
        ("每年", Period.years(1)),
    ],
)
def test_the_seeds_period_words(text: str, period: Period) -> None:
    assert Period.parse(text) == period


def test_four_and_six_months_after_the_announcement_R_MEM_03() -> None:
    """D8 第十一条(五): the reserve is refunded 40% four months, 60% six months after."""
    announced = D(2025, 6, 1)
    assert due_date(announced, "四个月后") == D(2025, 10, 9)  # 10-01 is National Day
    assert due_date(announced, "六个月后") == D(2025, 12, 1)


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        (D(2025, 9, 15), "次月2日", D(2025, 10, 9)),  # D9: 于次月2日…寄回; 10-02 is a holiday
        (D(2025, 10, 31), "次月2日", D(2025, 11, 3)),  # Sunday 11-02 → Monday
        (D(2025, 11, 10), "下月二日", D(2025, 12, 2)),
        (D(2025, 1, 20), "当月底", D(2025, 2, 5)),  # 01-31 is in Spring Festival
        (D(2025, 3, 3), "本月末", D(2025, 3, 31)),
        (D(2025, 1, 31), "次月30日", D(2025, 2, 28)),
        (D(2025, 12, 15), "次月2日前", D(2026, 1, 4)),  # 01-02 调休休息, 01-04 补班
        (D(2025, 1, 10), "本月15号", D(2025, 1, 15)),
    ],
)
def test_a_day_of_a_month(start: dt.date, text: str, expected: dt.date) -> None:
    assert due_in_month(start, text) == expected


@pytest.mark.parametrize("text", ["次月", "当月", "次月0日", "次月32日", "下周二", "x" * 1000])
def test_a_month_without_a_day_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="text"):
        due_in_month(D(2025, 1, 1), text)
    with pytest.raises(InvalidInput):
        Period.parse(text)


def test_a_day_of_a_month_is_not_a_period() -> None:
    with pytest.raises(InvalidInput, match="due_in_month"):
        due_date(D(2025, 1, 1), "次月2日")


# ------------------------------------------------------------------ clock times (issue 14 item 7)


@pytest.mark.parametrize(
    ("start", "end", "argument"),
    [
        ("24:00", "24:00", "start"),  # 24:00 only ends a day
        ("08:60", "09:00", "start"),
        ("08:00:60", "09:00", "start"),
        ("09:00", "09:00", "end"),  # an empty interval
        ("09:00", "08:59:59", "end"),
        ("09:00", "25:00", "end"),
        ("9", "10:00", "start"),
    ],
)
def test_bad_clock_times_are_refused_by_name(start: str, end: str, argument: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Interval(start, end)
    assert caught.value.argument == argument


def test_seconds_and_microseconds_count_in_interval_lengths() -> None:
    assert Interval("09:00:30", "09:01").length == dt.timedelta(seconds=30)
    assert Interval(dt.time(9, 0, 0, 1), dt.time(9, 0, 1)).length == dt.timedelta(
        microseconds=999_999
    )
    assert Interval("23:59:59", "24:00").length == dt.timedelta(seconds=1)
    assert Interval("00:00", "24:00").length == dt.timedelta(days=1)


# ------------------------------------------------------------------ the holidays floor


def test_2019_working_weekend_days_are_right_in_the_data() -> None:
    """The floor holidays>=0.92: older releases had wrong 2019 working Sundays (issue 14).

    国务院办公厅 2018-12 notice for 2019: worked Sat 02-02, Sun 02-03, Sun 04-28, Sun 05-05,
    Sun 09-29 and Sat 10-12.
    """
    worked = [D(2019, 2, 2), D(2019, 2, 3), D(2019, 4, 28), D(2019, 5, 5), D(2019, 9, 29)]
    worked.append(D(2019, 10, 12))
    assert all(CAL.day_kind(day) is DayKind.MAKEUP_WORKDAY for day in worked)
    weekend_2019 = [
        D(2019, 1, 1) + dt.timedelta(days=i)
        for i in range(365)
        if (D(2019, 1, 1) + dt.timedelta(days=i)).weekday() >= 5
    ]
    assert [day for day in weekend_2019 if CAL.is_workday(day)] == worked
