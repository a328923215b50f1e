"""custops.periods: parsing the seed's periods and counting deadlines (Civil Code arts. 200–204).

Dates are real: Spring Festival and National Day 2024–2026 with their make-up working days
(2024-02-18 Sun, 2025-01-26 Sun, 2025-02-08 Sat, 2025-10-11 Sat, 2026-02-14 Sat,
2026-02-28 Sat, 2026-10-10 Sat), as the State Council published them.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Iterator
from zoneinfo import ZoneInfo

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import BusinessHours, WorkCalendar, china
from custops.errors import (
    CalendarNotPublished,
    CustopsError,
    InvalidInput,
    InvalidType,
    ProvisionalCalendarWarning,
)
from custops.i18n import language
from custops.periods import (
    MAX_COUNT,
    Convention,
    Cutoff,
    Deadline,
    Period,
    Unit,
    deadline,
    due_date,
    due_in_month,
    window_start,
)
from custops.testing import aware_datetimes, dates
from custops.testing import periods as period_strategy

SH = ZoneInfo("Asia/Shanghai")
D = dt.date


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=SH)


# ------------------------------------------------------------------ parsing the seed's words


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("R-SLA-01", "一个工作日", Period.workdays(1)),
        ("R-SLA-01", "一个工作日内", Period.workdays(1)),
        ("R-SLA-02", "1天", Period.days(1)),
        ("R-SLA-03", "三天", Period.days(3)),
        ("R-SLA-04", "一周", Period.weeks(1)),
        ("R-SLA-04", "当天", Period.days(0)),
        ("R-SLA-05", "24小时", Period.hours(24)),
        ("R-SLA-08", "三个工作日", Period.workdays(3)),
        ("R-SLA-09", "七个工作日", Period.workdays(7)),
        ("R-SLA-09", "7个工作日", Period.workdays(7)),
        ("R-SLA-13", "10个工作日", Period.workdays(10)),
        ("R-SLA-14", "一周内", Period.weeks(1)),
        ("R-SLA-20", "1分钟", Period.minutes(1)),
        ("R-SLA-21", "第二天", Period.days(1)),
        ("R-SLA-22", "15天", Period.days(15)),
        ("R-SLA-23", "一年", Period.years(1)),
        ("R-SLA-24", "四个月", Period.months(4)),
        ("R-SLA-24", "六个月", Period.months(6)),
        ("R-SLA-25", "3个月", Period.months(3)),
        ("R-VIP-01", "半年", Period.months(6)),
        ("R-VIP-10", "二年", Period.years(2)),
        ("R-VIP-10", "两年", Period.years(2)),
    ],
)
def test_parse_reads_every_period_phrase_of_the_seed(
    rule: str, text: str, expected: Period
) -> None:
    """R-SLA-01..25, R-VIP-01, R-VIP-10: each phrase of the seed parses to its period."""
    assert Period.parse(text) == expected, rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十五天", Period.days(15)),
        ("二十四小时", Period.hours(24)),
        ("两小时", Period.hours(2)),
        ("一日", Period.days(1)),
        ("一个星期", Period.weeks(1)),
        ("两个礼拜", Period.weeks(2)),
        ("一个月", Period.months(1)),
        ("十二个月", Period.months(12)),
        ("一百零五天", Period.days(105)),
        ("3工作日", Period.workdays(3)),
        ("8工作小时", Period.working_hours(8)),
        ("8个工作小时", Period.working_hours(8)),
        ("半小时", Period.minutes(30)),
        ("３个工作日", Period.workdays(3)),  # full-width digit
        (" 3 个 工作日 ", Period.workdays(3)),
        ("在24小时以内", Period.hours(24)),
        ("24 hours", Period.hours(24)),
        ("24h", Period.hours(24)),
        ("3 working days", Period.workdays(3)),
        ("3 workdays", Period.workdays(3)),
        ("within 3 business days", Period.workdays(3)),
        ("2 weeks", Period.weeks(2)),
        ("a week", Period.weeks(1)),
        ("6 months", Period.months(6)),
        ("half a year", Period.months(6)),
        ("1 year", Period.years(1)),
        ("30 minutes", Period.minutes(30)),
        ("Twenty-Four Hours", Period.hours(24)),
        ("24 WORKING_HOURS", Period.working_hours(24)),
        ("0 days", Period.days(0)),
    ],
)
def test_parse_reads_common_variants(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "三", "天", "3", "-3天", "3.5天", "二四小时", "百天", "十百天", "x days",
     "3 fortnights", "三月", "12月", "半天", "9999999999天", "٣ days", "1e3 days"],
)  # fmt: skip
def test_parse_refuses_anything_else_quoting_the_text(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert repr(text) in str(info.value)
    assert info.value.argument == "text"


def test_a_month_name_is_not_a_number_of_months() -> None:
    """三月 is March; a period of months needs 个 (三个月)."""
    with pytest.raises(InvalidInput, match="name of a month"):
        Period.parse("三月")
    assert Period.parse("三个月") == Period.months(3)


def test_parse_refuses_a_non_string() -> None:
    with pytest.raises(InvalidType, match="text: must be a Period or a str"):
        Period.parse(3)  # type: ignore[arg-type]


def test_parse_returns_a_period_as_it_is() -> None:
    """Every converter of a period field reads through ``Period.parse`` (one home)."""
    period = Period.workdays(3)
    assert Period.parse(period) is period


# ------------------------------------------------------------------ the Period value


@pytest.mark.parametrize(
    ("period", "text"),
    [
        (Period.minutes(1), "1分钟"),
        (Period.hours(24), "24小时"),
        (Period.days(15), "15天"),
        (Period.weeks(1), "1周"),
        (Period.months(6), "6个月"),
        (Period.years(2), "2年"),
        (Period.workdays(3), "3个工作日"),
        (Period.working_hours(24), "24个工作小时"),
    ],
)
def test_str_is_the_canonical_chinese_form(period: Period, text: str) -> None:
    assert str(period) == text
    assert Period.parse(text) == period


def test_half_a_year_prints_as_six_months() -> None:
    """RULES.md default: 半年 is 6 months; str() prints 6个月 so the round trip holds."""
    assert str(Period.parse("半年")) == "6个月"


def test_constructor_checks_its_fields() -> None:
    assert Period(3, "workdays") == Period(3, "工作日") == Period.workdays(3)
    assert Period.days(0).count == 0
    with pytest.raises(InvalidInput, match=r"count: must be at least 0 \(got -1\)"):
        Period.days(-1)
    with pytest.raises(InvalidInput, match="count: must be at most"):
        Period.days(MAX_COUNT + 1)
    with pytest.raises(InvalidType, match="count: must be an int"):
        Period(1.5, Unit.DAYS)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="not a bool"):
        Period(True, Unit.DAYS)
    with pytest.raises(InvalidType, match="unit: must be a Unit"):
        Period(1, 7)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="unit: is not a known Unit"):
        Period(1, "fortnight")


def test_period_is_frozen_and_hashable() -> None:
    p = Period.workdays(3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.count = 4  # type: ignore[misc]
    assert {p, Period.parse("三个工作日")} == {p}


def test_unit_labels_and_levels() -> None:
    assert [u.label for u in Unit] == [
        "分钟", "小时", "天", "周", "月", "年", "工作日", "工作小时"
    ]  # fmt: skip
    assert Unit.parse("WORKING DAYS") is Unit.WORKDAYS
    assert Unit.parse("个月") is Unit.MONTHS
    assert Unit.parse("working_hours") is Unit.WORKING_HOURS
    assert {u for u in Unit if u.is_day_level} == {
        Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS, Unit.WORKDAYS
    }  # fmt: skip
    assert Period.hours(1).is_time_level
    assert not Period.hours(1).is_day_level
    with pytest.raises(InvalidInput, match="'秒'"):
        Unit.parse("秒")


def test_offsets() -> None:
    assert Period.parse("半年").as_relativedelta().months == 6
    assert Period.weeks(2).as_timedelta() == dt.timedelta(days=14)
    assert Period.working_hours(24).as_timedelta() == dt.timedelta(hours=24)
    with pytest.raises(InvalidInput, match="working time"):
        Period.workdays(3).as_relativedelta()
    with pytest.raises(InvalidInput, match="no fixed length"):
        Period.months(1).as_timedelta()


# ------------------------------------------------------------------ deadlines: Civil Code


def test_issue_example_three_working_days_over_national_day_2025() -> None:
    """R-SLA-08/R-SLA-09: 3 working days from 2025-09-30 16:00 end on the make-up Saturday
    2025-10-11 at the close of business (art. 203 ¶2)."""
    assert deadline(at(2025, 9, 30, 16), "3个工作日") == at(2025, 10, 11, 18)
    assert deadline(at(2025, 9, 30, 16), Period.workdays(3), cutoff="midnight") == at(2025, 10, 12)


def test_three_working_days_over_national_day_2026_end_on_the_makeup_saturday() -> None:
    """R-SLA-09: 2026-10-01..07 are off, Saturday 2026-10-10 is a make-up working day."""
    assert deadline(at(2026, 9, 30, 10), "三个工作日") == at(2026, 10, 10, 18)
    assert due_date(D(2026, 9, 30), "三个工作日") == D(2026, 10, 10)


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        # Spring Festival 2025: 01-28..02-04 off; Sun 01-26 and Sat 02-08 are working days.
        (D(2025, 1, 24), "一个工作日", D(2025, 1, 26)),  # R-SLA-01: the make-up Sunday
        (D(2025, 1, 27), "三个工作日", D(2025, 2, 7)),  # R-SLA-08
        (D(2025, 1, 27), "七个工作日", D(2025, 2, 12)),  # R-SLA-09 special case
        (D(2025, 1, 27), "10个工作日", D(2025, 2, 17)),  # R-SLA-13
        # Spring Festival 2024: 02-10..02-17 off; Sun 02-18 is a working day.
        (D(2024, 2, 9), "1个工作日", D(2024, 2, 18)),
        # Spring Festival 2026: 02-15..02-23 off; Sat 02-14 and Sat 02-28 are working days.
        (D(2026, 2, 13), "1个工作日", D(2026, 2, 14)),
        (D(2026, 2, 13), "2个工作日", D(2026, 2, 24)),
        # National Day 2024: 10-01..10-07 off; Sat 10-12 is a working day.
        (D(2024, 9, 30), "5个工作日", D(2024, 10, 12)),
    ],
)
def test_working_days_count_only_working_days(start: D, text: str, expected: D) -> None:
    """R-SLA-01, R-SLA-08, R-SLA-09, R-SLA-13: the n-th working day after the start day."""
    assert due_date(start, text) == expected
    assert deadline(start, text) == expected


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        (D(2025, 9, 9), "1天", D(2025, 9, 10)),  # R-SLA-02: an ordinary Wednesday
        (D(2025, 9, 30), "三天", D(2025, 10, 9)),  # R-SLA-03: 10-03 is a holiday → 10-09
        (D(2025, 9, 30), "一周", D(2025, 10, 9)),  # R-SLA-04/14: 10-07 is a holiday
        (D(2024, 2, 9), "1天", D(2024, 2, 18)),  # 02-10 Spring Festival → make-up Sunday
        (D(2026, 2, 13), "3天", D(2026, 2, 24)),  # 02-16 New Year's Eve … 02-23
        (D(2025, 9, 5), "1天", D(2025, 9, 8)),  # Saturday → Monday
        (D(2025, 9, 12), "一周", D(2025, 9, 19)),  # 09-19 is a Friday: unchanged
        (D(2025, 9, 22), "15天", D(2025, 10, 9)),  # R-SLA-22: 10-07 is a holiday
    ],
)
def test_days_do_not_count_the_start_day_and_roll_off_rest_days(
    start: D, text: str, expected: D
) -> None:
    """Civil Code art. 201 ¶1 and art. 203 ¶1 (R-SLA-02, -03, -04, -14, -22)."""
    assert due_date(start, text) == expected


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        (D(2025, 6, 1), "四个月", D(2025, 10, 9)),  # R-SLA-24: 10-01 is National Day
        (D(2025, 6, 1), "六个月", D(2025, 12, 1)),  # R-SLA-24: a Monday
        (D(2025, 1, 31), "1个月", D(2025, 2, 28)),  # art. 202: no 02-31 → the last day
        (D(2024, 1, 31), "1个月", D(2024, 2, 29)),  # leap year
        (D(2025, 8, 31), "半年", D(2026, 2, 28)),  # 02-28 is a make-up Saturday in 2026
        (D(2025, 8, 30), "半年", D(2026, 2, 28)),
        (D(2024, 2, 29), "一年", D(2025, 2, 28)),  # art. 202 for years
        (D(2024, 10, 1), "二年", D(2026, 10, 8)),  # R-VIP-10: 2026-10-01..07 off
        (D(2025, 11, 3), "3个月", D(2026, 2, 3)),  # R-SLA-25: an ordinary Tuesday
    ],
)
def test_months_and_years_end_on_the_corresponding_day(start: D, text: str, expected: D) -> None:
    """Civil Code art. 202 (and art. 203 ¶1): R-SLA-24, R-SLA-25, R-VIP-10."""
    assert due_date(start, text) == expected


def test_hours_are_exact_elapsed_time_and_do_not_roll() -> None:
    """R-SLA-05..07, R-SLA-10, R-SLA-11, R-SLA-20; Civil Code art. 201 ¶2."""
    start = at(2025, 9, 30, 16, 5)
    assert deadline(start, "24小时") == at(2025, 10, 1, 16, 5)  # on National Day
    assert deadline(start, "1分钟") == at(2025, 9, 30, 16, 6)
    assert deadline(start, Period.hours(0)) == start
    utc = dt.datetime(2025, 9, 30, 8, 5, tzinfo=dt.timezone.utc)
    due = deadline(utc, "24小时")
    assert due == at(2025, 10, 1, 16, 5)
    assert due.tzinfo == SH  # expressed in the calendar's zone


def test_day_level_deadlines_end_at_close_of_business_or_midnight() -> None:
    """Civil Code art. 203 ¶2."""
    start = at(2025, 9, 9, 10)
    assert deadline(start, "1天") == at(2025, 9, 10, 18)
    assert deadline(start, "1天", cutoff="midnight") == at(2025, 9, 11)
    no_hours = WorkCalendar(business_hours=None)
    assert deadline(start, "1天", calendar=no_hours) == at(2025, 9, 11)
    assert deadline(start, "1天", calendar=no_hours, cutoff="close_of_business") == at(2025, 9, 11)


def test_the_start_day_is_taken_in_the_calendars_zone() -> None:
    """23:30 UTC on 2025-09-08 is already 2025-09-09 in Shanghai: that is the start day."""
    start = dt.datetime(2025, 9, 8, 23, 30, tzinfo=dt.timezone.utc)
    assert deadline(start, "1天") == at(2025, 9, 10, 18)


def test_working_hours_are_a_budget_of_business_time() -> None:
    """The Jira/Zendesk convention: 3 working days of 8 hours = 24 working hours."""
    start = at(2025, 9, 30, 16)
    # 2h on 09-30, 8h on 10-09, 8h on 10-10, 6h on the make-up Saturday 10-11.
    assert deadline(start, "24个工作小时") == at(2025, 10, 11, 16)
    assert deadline(start, "3个工作日", convention="working_time") == at(2025, 10, 11, 16)
    # A budget that ends exactly at the close of business ends there, not next morning.
    assert deadline(at(2025, 9, 9, 9), Period.working_hours(24)) == at(2025, 9, 11, 18)


def test_working_time_without_business_hours_counts_whole_working_days() -> None:
    """A calendar without hours works its working days from 00:00 to 24:00."""
    no_hours = WorkCalendar(business_hours=None)
    result = deadline(at(2025, 9, 30, 16), "8个工作小时", calendar=no_hours, explain=True)
    assert result.due_at == at(2025, 10, 1)  # 24:00 of 09-30
    assert result.ends_on == D(2025, 9, 30)
    assert result.skipped_rest_days == ()
    assert deadline(
        at(2025, 9, 30, 16), "1个工作日", calendar=no_hours, convention="working_time"
    ) == at(2025, 10, 9, 16)


def test_a_zero_period_means_on_the_day() -> None:
    """R-SLA-04 follow-up call "on the day" of completion: a zero period."""
    assert deadline(at(2025, 9, 9, 10), "当天") == at(2025, 9, 9, 18)
    assert due_date(D(2025, 10, 1), "当天") == D(2025, 10, 9)  # a holiday: next working day
    # Begun after the close of business: the next working day's close, never before the start.
    assert deadline(at(2025, 9, 9, 19), Period.days(0)) == at(2025, 9, 10, 18)
    assert deadline(at(2025, 9, 9, 19), Period.workdays(0)) == at(2025, 9, 10, 18)


def test_closures_and_24x7_hours_are_respected() -> None:
    closed = WorkCalendar(closures=[D(2025, 9, 10)])
    assert due_date(D(2025, 9, 9), "1个工作日", calendar=closed) == D(2025, 9, 11)
    desk = WorkCalendar(business_hours=BusinessHours.always())
    due = deadline(at(2025, 9, 9, 10), "1天", calendar=desk)
    assert due == at(2025, 9, 11)  # the 24x7 desk closes at 24:00


# ------------------------------------------------------------------ explanations


def test_explanation_names_the_rules_and_the_rest_days_skipped() -> None:
    result = deadline(at(2025, 9, 30, 16), "3个工作日", explain=True)
    assert isinstance(result, Deadline)
    assert result.due_at == at(2025, 10, 11, 18)
    assert result.ends_on == D(2025, 10, 11)
    assert result.rule == "R-PER-01"  # a stable ID, the law in the reason
    assert result.reason.endswith("(working days)")
    assert result.provisional is False
    assert result.cutoff is Cutoff.CLOSE_OF_BUSINESS
    assert result.skipped_rest_days[0] == D(2025, 10, 1)
    assert D(2025, 10, 8) in result.skipped_rest_days
    assert len(result.skipped_rest_days) == 8
    text = result.explain()
    assert "2025-10-11 (Saturday, make-up working day (调休上班))" in text
    assert "rest days not counted: 2025-10-01, 2025-10-02," in text
    assert "art. 203 ¶2" in text
    assert "18:00" in text


def test_explanation_of_a_rolled_day_period() -> None:
    """Civil Code art. 203 ¶1: the skipped days are listed."""
    result = due_date(D(2025, 9, 30), "三天", explain=True)
    assert (result.due_at, result.ends_on) == (None, D(2025, 10, 9))  # a date start
    assert result.rule == "R-PER-01"
    assert result.reason == "2025-09-30 + 3 days → 2025-10-09 (Civil Code arts. 201, 203)"
    assert result.skipped_rest_days == tuple(D(2025, 10, d) for d in range(3, 9))
    assert "art. 201 ¶1: the start day 2025-09-30 is not counted" in result.reasoning
    assert any(step.startswith("art. 203 ¶1") for step in result.reasoning)


def test_explanation_of_months_mentions_art_202() -> None:
    result = due_date(D(2025, 1, 31), "1个月", explain=True)
    assert result.rule == "R-PER-01"
    assert "Civil Code arts. 201–203" in result.reason
    assert any("has no day 31" in step for step in result.reasoning)


def test_explanation_of_hours() -> None:
    result = deadline(at(2025, 9, 30, 16), "24小时", explain=True)
    assert result.rule == "R-PER-01"
    assert result.reason.endswith("(Civil Code art. 201 ¶2)")
    assert result.skipped_rest_days == ()
    assert "rest days are not skipped" in result.explain()
    assert str(result) == "deadline (R-PER-01): " + result.reason


# ------------------------------------------------------------------ refusals


def test_bad_arguments_are_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match="start: must be timezone-aware"):
        deadline(dt.datetime(2025, 9, 30, 16), "1天")
    with pytest.raises(InvalidType, match="start: must be an aware datetime for a period"):
        deadline(D(2025, 9, 30), "24小时")
    with pytest.raises(InvalidType, match="start: must be a timezone-aware datetime or a date"):
        deadline("2025-09-30", "1天")  # type: ignore[call-overload]
    with pytest.raises(InvalidInput, match="period: is not a period"):
        deadline(at(2025, 9, 30), "soon")
    with pytest.raises(InvalidType, match="period: must be a Period"):
        deadline(at(2025, 9, 30), 3)  # type: ignore[call-overload]
    with pytest.raises(InvalidInput, match="cutoff"):
        deadline(at(2025, 9, 30), "1天", cutoff="noon")
    with pytest.raises(InvalidInput, match="convention"):
        deadline(at(2025, 9, 30), "1天", convention="x")
    with pytest.raises(InvalidType, match="calendar: must be a WorkCalendar"):
        deadline(at(2025, 9, 30), "1天", calendar="CN")  # type: ignore[call-overload]
    with pytest.raises(InvalidType, match=r"start: must be a datetime\.date"):
        due_date(at(2025, 9, 30), "1天")


def test_a_deadline_beyond_the_calendars_years_names_the_period() -> None:
    with pytest.raises(
        InvalidInput, match=r"period: cannot be counted from 2026-12-20 \(day: must"
    ):
        due_date(D(2026, 12, 20), "100年")


def test_a_deadline_beyond_year_9999_is_invalid_input() -> None:
    """The period is named and shown as given (not the start, nor a count of months)."""
    with pytest.raises(InvalidInput, match=r"^period: ends beyond the dates Python") as info:
        deadline(at(2025, 9, 30), Period.years(MAX_COUNT))
    assert info.value.value == "999999999年"
    assert str(info.value).endswith("(got '999999999年')")
    with pytest.raises(InvalidInput, match=r"^period: ends beyond.*\(got '999999999年'\)$"):
        deadline(D(2025, 6, 1), Period(MAX_COUNT, "years"))
    with pytest.raises(InvalidInput, match="period: ends beyond"):
        deadline(at(2025, 9, 30), Period.hours(MAX_COUNT))
    with pytest.raises(InvalidInput, match=r"^period: is longer than .*\(got '999999999周'\)$"):
        Period(MAX_COUNT, "weeks").as_timedelta()  # not OverflowError


@settings(max_examples=200, deadline=None)
@given(
    count=st.integers(min_value=1, max_value=MAX_COUNT),
    unit=st.sampled_from(["weeks", "days", "hours", "minutes", "months", "years"]),
)
def test_a_period_too_long_for_datetime_is_refused_as_given(count: int, unit: str) -> None:
    """Every period, however long, gives a length and a deadline or InvalidInput naming
    ``period`` and showing it as given (never OverflowError, the start or a computed count)."""
    period = Period(count, unit)
    calls: list[Callable[[], object]] = [lambda: deadline(at(2025, 9, 30, 16), period)]
    if period.is_day_level:
        calls.append(lambda: deadline(D(2025, 6, 1), period))
    else:
        calls.append(period.as_timedelta)
    for call in calls:
        refused = None
        try:
            call()
        except InvalidInput as exc:
            refused = exc
        if refused is not None:
            assert (refused.argument, refused.value) == ("period", str(period)), str(refused)


# ------------------------------------------------------------------ windows


def test_half_year_window() -> None:
    """R-VIP-01 "半年内": every day s with s + 6 months >= end (art. 1259: 以内 includes
    the bound), so a purchase exactly half a year before counts — as custops.vip counts."""
    assert window_start(D(2024, 7, 15), "半年") == D(2024, 1, 15)
    assert window_start(D(2025, 2, 28), "半年") == D(2024, 8, 28)
    assert window_start(D(2025, 8, 31), "半年") == D(2025, 3, 1)  # 02-28 + 6 months < 08-31
    assert window_start(D(2025, 3, 31), "半年") == D(2024, 10, 1)
    assert window_start(D(2025, 3, 31), "15天") == D(2025, 3, 16)
    with pytest.raises(InvalidInput, match="a window is counted in days"):
        window_start(D(2025, 3, 31), "3个工作日")


# ------------------------------------------------------------------ properties


@given(st.dates(D(1000, 1, 1), D(9000, 12, 31)), st.sampled_from(["半年", "1个月", "15天", "1年"]))
def test_window_start_is_the_earliest_day_whose_period_reaches_the_end_R_VIP_01(
    end: dt.date, period: str
) -> None:
    p = Period.parse(period)
    start = window_start(end, p)
    assert start + p.as_relativedelta() >= end
    assert start - dt.timedelta(days=1) + p.as_relativedelta() < end


@pytest.fixture(autouse=True)
def _published_years_only() -> Iterator[None]:
    """Property tests may reach into 2027, whose arrangement is provisional."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        yield


periods = period_strategy(max_count=MAX_COUNT)  # every unit, up to the largest count


@given(periods)
def test_str_round_trips_through_parse(period: Period) -> None:
    assert Period.parse(str(period)) == period


_ALPHABET = (
    "零〇一二两三四五六七八九十百千万个半天日周月年小时分钟工作星期礼拜钟头内以之在当次第"
    "0123456789０１２ _-hoursdayweekmonthyearworkingbusinessinthalfamnHDW"
)


# Local: arbitrary (mostly invalid) text; custops.testing only spells valid periods.
@given(st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=12)))
def test_parse_is_total(text: str) -> None:
    """Any string gives a Period or InvalidInput, never another exception."""
    try:
        period = Period.parse(text)
    except InvalidInput as exc:
        message = str(exc)
    else:
        assert Period.parse(str(period)) == period
        return
    assert repr(text) in message


starts = aware_datetimes(D(2024, 1, 1), D(2026, 6, 30), zones=[SH, "UTC"], whole_seconds=False)
# Per-unit caps that keep every deadline inside the calendar's years (REALISTIC_MAX, the
# strategy's default, reaches five years).
counts = {
    Unit.MINUTES: 5000,
    Unit.HOURS: 500,
    Unit.DAYS: 60,
    Unit.WEEKS: 10,
    Unit.MONTHS: 7,
    Unit.YEARS: 1,
    Unit.WORKDAYS: 40,
    Unit.WORKING_HOURS: 200,
}


@st.composite
def unit_and_two_counts(draw: st.DrawFn) -> tuple[Unit, int, int]:
    unit = draw(st.sampled_from(Unit))
    a = draw(period_strategy([unit], max_count=counts[unit])).count
    b = draw(period_strategy([unit], max_count=counts[unit])).count
    return unit, min(a, b), max(a, b)


@settings(max_examples=150)
@given(starts, unit_and_two_counts(), st.sampled_from(Cutoff))
def test_deadline_is_never_before_the_start_and_monotonic_in_the_count(
    start: dt.datetime, case: tuple[Unit, int, int], cut: Cutoff
) -> None:
    unit, small, large = case
    first = deadline(start, Period(small, unit), cutoff=cut)
    second = deadline(start, Period(large, unit), cutoff=cut)
    assert start <= first <= second


@given(
    dates(D(2024, 1, 1), D(2026, 6, 30)),
    period_strategy([Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.WORKDAYS], min_count=1, max_count=30),
)
def test_a_due_date_is_a_working_day_after_the_start(start: D, period: Period) -> None:
    """Arts. 201 and 203: the last day is later than the start day and a working day."""
    due = due_date(start, period)
    assert due > start
    assert china().is_workday(due)


@given(dates(D(2024, 1, 1), D(2026, 10, 31)), period_strategy(["workdays"], max_count=40))
def test_working_days_agree_with_the_calendar(start: D, period: Period) -> None:
    """The n-th working day after the start day: n working days in (start, due]."""
    cal = china()
    n = period.count
    due = due_date(start, period)
    assert cal.is_workday(due)
    if n:
        assert cal.workdays_between(start, due) == n
    else:  # "on the day": the start day itself, or the next working day
        assert due == (start if cal.is_workday(start) else cal.next_workday(start))


def test_every_refusal_is_a_custops_error() -> None:
    for bad in ("", "3", "三月"):
        with pytest.raises(CustopsError):
            Period.parse(bad)


# ------------------------------------------------------------------ review additions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("３个工作日", Period.workdays(3)),  # full-width digit
        ("24 小时", Period.hours(24)),
        ("二十四 小时", Period.hours(24)),
        ("两周", Period.weeks(2)),
        ("十二个月", Period.months(12)),
        ("3個工作日", Period.workdays(3)),  # traditional 個
        ("一个半小时", Period.minutes(90)),  # exact: elapsed time
        ("两个半钟头", Period.minutes(150)),
        ("一年半", Period.months(18)),  # 半年 is 6 months (RULES.md), so 一年半 is 18
    ],
)
def test_parse_handles_odd_but_meaningful_inputs(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected
    assert Period.parse(str(expected)) == expected


@pytest.mark.parametrize("text", ["一个半月", "半个月", "一天半", "半天", "一周半", "1.5个月"])
def test_parse_refuses_half_units_without_a_whole_meaning(text: str) -> None:
    """Half a day, week or month is no whole number of Civil Code units: refused, quoted."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert repr(text) in str(info.value)


def test_a_strict_calendar_refusal_keeps_its_type_through_deadline() -> None:
    """strict=True: counting into a provisional year raises CalendarNotPublished (a
    LookupError), not a generic InvalidInput; elapsed hours need no arrangement."""
    strict = WorkCalendar(strict=True)
    with pytest.raises(CalendarNotPublished, match="2027") as info:
        deadline(at(2026, 12, 30, 10), "3个工作日", calendar=strict)
    assert info.value.year == 2027
    with pytest.raises(CalendarNotPublished):
        due_date(D(2026, 12, 30), "3天", calendar=strict)
    assert deadline(at(2026, 12, 30, 10), "72小时", calendar=strict) == at(2027, 1, 2, 10)


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        # Spring Festival 2024 (02-10..17 off, Sun 02-04 and Sun 02-18 worked).
        (at(2024, 2, 8, 15), "三个工作日", at(2024, 2, 19, 18)),  # 02-09, 02-18, 02-19
        (at(2024, 2, 8, 15), "3天", at(2024, 2, 18, 18)),  # 02-11 off → the 补班 Sunday
        # National Day 2024 (10-01..07 off, Sun 09-29 and Sat 10-12 worked).
        (at(2024, 9, 28, 10), "一个工作日", at(2024, 9, 29, 18)),
        (at(2024, 9, 30, 10), "1周", at(2024, 10, 8, 18)),
        # Spring Festival 2025 (01-28..02-04 off, Sun 01-26 and Sat 02-08 worked).
        (at(2025, 1, 24, 17), "1个工作日", at(2025, 1, 26, 18)),
        (at(2025, 1, 27, 9), "24个工作小时", at(2025, 2, 6, 18)),  # 01-27, 02-05, 02-06
        # National Day 2025 (10-01..08 off, Sun 09-28 and Sat 10-11 worked).
        (at(2025, 9, 30, 16), "3个工作日", at(2025, 10, 11, 18)),
        (at(2025, 9, 30, 16), "十个工作日", at(2025, 10, 21, 18)),  # R-SLA-13
        # Spring Festival 2026 (02-15..23 off, Sat 02-14 and Sat 02-28 worked).
        (at(2026, 2, 13, 12), "两个工作日", at(2026, 2, 24, 18)),
        (at(2026, 2, 13, 12), "15天", at(2026, 2, 28, 18)),  # the 补班 Saturday itself
        # National Day 2026 (10-01..07 off, Sun 09-20 and Sat 10-10 worked).
        (at(2026, 9, 30, 16), "七个工作日", at(2026, 10, 15, 18)),  # R-SLA-09 special
        (at(2026, 9, 30, 16), "3天", at(2026, 10, 8, 18)),
    ],
)
def test_golden_week_deadlines_2024_2026(
    start: dt.datetime, text: str, expected: dt.datetime
) -> None:
    """R-SLA-01, R-SLA-09, R-SLA-13 and arts. 201–203 across every golden week 2024–2026."""
    assert deadline(start, text) == expected
    assert deadline(start, text, explain=True).due_at == expected


def test_zero_working_days_explained_as_on_the_day() -> None:
    result = deadline(at(2025, 10, 4, 10), Period.workdays(0), explain=True)
    assert result.due_at == at(2025, 10, 9, 18)
    assert result.reasoning[0] == "a zero period ends on the start day 2025-10-04"
    assert result.skipped_rest_days == tuple(D(2025, 10, d) for d in range(5, 9))


def test_deadlines_in_a_zone_with_clock_changes() -> None:
    """Hours are real elapsed time (art. 201 ¶2); 24:00 is the next local midnight."""
    ny = ZoneInfo("America/New_York")
    cal = WorkCalendar("US", zone="America/New_York")
    start = dt.datetime(2025, 3, 8, 12, tzinfo=ny)  # EST; clocks spring forward on 03-09
    assert deadline(start, "24小时", calendar=cal) == dt.datetime(2025, 3, 9, 13, tzinfo=ny)
    assert deadline(start, "1天", calendar=cal, cutoff="midnight") == dt.datetime(
        2025, 3, 11, tzinfo=ny
    )
    assert deadline(start, "1天", calendar=cal) == dt.datetime(2025, 3, 10, 18, tzinfo=ny)
    assert deadline(start, "8个工作小时", calendar=cal) == dt.datetime(2025, 3, 10, 18, tzinfo=ny)


# Members and the old string spellings alike (the string spellings are still accepted).
conventions = st.sampled_from([*Convention, "civil_code", "working_time", "工作时间"])
cutoffs = st.sampled_from([*Cutoff, "close_of_business", "midnight", "二十四时"])


@settings(max_examples=120)
@given(starts, period_strategy(max_count=40), cutoffs, conventions)
def test_the_explanation_never_changes_the_answer(
    start: dt.datetime, period: Period, cutoff: Cutoff | str, convention: Convention | str
) -> None:
    """One code path: explain=True words the same count, and its rest days are real ones
    inside the period (start day, last day] ([start day, last day] for a zero period)."""
    n = period.count
    plain = deadline(start, period, cutoff=cutoff, convention=convention)
    explained = deadline(start, period, cutoff=cutoff, convention=convention, explain=True)
    assert explained.due_at == plain
    assert explained.reasoning
    cal = china()
    first = start.astimezone(SH).date()
    assert all(not cal.is_workday(d) for d in explained.skipped_rest_days)
    lowest = first if n == 0 else first + dt.timedelta(days=1)  # on the day: the start day too
    assert all(lowest <= d <= explained.ends_on for d in explained.skipped_rest_days)


@given(dates(D(2001, 1, 1), D(2025, 12, 31)), period_strategy(["months", "years"], max_count=12))
def test_months_and_years_follow_relativedelta_then_roll(start: D, period: Period) -> None:
    """Civil Code art. 202 (R-SLA-24, R-SLA-25): the corresponding day, or the month's last
    day, as dateutil.relativedelta computes it; then art. 203 ¶1."""
    n, unit = period.count, period.unit
    months = n if unit is Unit.MONTHS else 12 * n
    assert due_date(start, period) == china().roll(start + relativedelta(months=months))


# Tests that kill the surviving mutants of tools/mutate.py (issue 14 item 7).


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("一百〇五天", Period.days(105)),
        ("八小时", Period.hours(8)),
        ("nine days", Period.days(9)),
        ("两万分钟", Period.minutes(20_000)),
        ("一万零五天", Period.days(10_005)),
        ("seventy two hours", Period.hours(72)),
        ("999999999天", Period.days(MAX_COUNT)),
    ],
)
def test_every_numeral_reads_its_value(text: str, period: Period) -> None:
    assert Period.parse(text) == period


def test_a_start_outside_the_calendar_is_refused_as_the_start() -> None:
    with pytest.raises(InvalidInput, match=r"^start: is outside the calendar") as caught:
        due_date(D(1949, 12, 31), "1个工作日")
    assert caught.value.argument == "start"


def test_due_in_month_wraps_range_errors_as_deadline_does() -> None:
    """R-SLA-24: ``due_in_month`` and ``deadline`` share the one
    range-error home: a day outside the calendar's years names ``start`` and the calendar's
    reason once, and a strict calendar's ``CalendarNotPublished`` keeps its type in both."""
    with pytest.raises(InvalidInput) as caught:
        due_in_month(D(1900, 1, 5), "次月2日")
    assert str(caught.value) == (
        "start: is outside the calendar (day: must lie in the years 1950-2100 the CN calendar "
        "supports) (got datetime.date(1900, 1, 5))"
    )
    # a start inside the years whose due day is not: the day reached is said, not "day"
    with pytest.raises(InvalidInput) as caught:
        due_in_month(D(2100, 12, 1), "次月2日")
    assert str(caught.value) == (
        "start: leads to 2101-01-02, outside the years 1950-2100 the CN calendar supports "
        "(got datetime.date(2100, 12, 1))"
    )
    strict = WorkCalendar(strict=True)
    with pytest.raises(CalendarNotPublished, match="2030"):
        due_in_month(D(2030, 1, 15), "次月2日", calendar=strict)
    with pytest.raises(CalendarNotPublished, match="2030"):
        deadline(D(2030, 1, 15), "3个工作日", calendar=strict)


def test_the_explanation_says_why_the_day_ends_at_midnight() -> None:
    asked = deadline(at(2025, 9, 9, 10), "1天", cutoff="midnight", explain=True)
    assert "24:00 (cutoff='midnight')" in asked.explain()
    bare = deadline(
        at(2025, 9, 9, 10), "1天", calendar=WorkCalendar(business_hours=None), explain=True
    )
    assert "24:00 (the calendar has no business hours)" in bare.explain()


def test_the_working_time_budget_is_written_in_hours_and_minutes() -> None:
    result = deadline(at(2025, 9, 9, 9), "3个工作日", convention="working_time", explain=True)
    assert "3 working days = 3 × 8h of business time = 24h" in result.explain()
    half = WorkCalendar(business_hours=BusinessHours(dict.fromkeys(range(5), ("09:00-12:30",))))
    result = deadline(
        at(2025, 9, 9, 9), "2个工作日", calendar=half, convention="working_time", explain=True
    )
    assert "= 7h" in result.explain()
    assert "2 × 3h30m" in result.explain()


def test_the_working_time_budget_is_translated() -> None:
    """the budget is written by the one duration helper (custops._text.span),
    so zh_CN says 8 小时, not 8h (R-PER-02); either spelling of the convention counts it."""
    with language("zh_CN"):
        for convention in (Convention.WORKING_TIME, "working_time", "工作时间"):
            result = deadline(at(2025, 9, 9, 9), "3个工作日", convention=convention, explain=True)
            assert isinstance(result, Deadline)
            assert result.rule == "R-PER-02"
            assert (
                result.reasoning[0] == "按工作时长计：3个工作日 = 3 × 每日营业时间 8 小时 = 24 小时"
            )
            assert "h" not in result.explain().replace("R-PER", "")
        half = WorkCalendar(business_hours=BusinessHours(dict.fromkeys(range(5), ("09:00-12:30",))))
        result = deadline(
            at(2025, 9, 9, 9), "2个工作日", calendar=half, convention="working_time", explain=True
        )
        assert "2 × 每日营业时间 3 小时 30 分钟 = 7 小时" in result.explain()


@pytest.mark.parametrize(
    ("cutoff", "convention"),
    [("noon", "civil_code"), ("midnight", "lunar"), (3, "civil_code"), ("midnight", None)],
)
def test_cutoff_and_convention_are_parsed_or_refused_by_name(
    cutoff: object, convention: object
) -> None:
    """Cutoff and Convention are LabelledEnums: any spelling parse() reads, else a refusal
    naming the argument."""
    bad = "cutoff" if cutoff != "midnight" else "convention"
    with pytest.raises(CustopsError, match=f"^{bad}: "):
        deadline(at(2025, 9, 30), "1天", cutoff=cutoff, convention=convention)  # type: ignore[call-overload]
    assert deadline(at(2025, 9, 30), "1天", cutoff="二十四时") == deadline(
        at(2025, 9, 30), "1天", cutoff=Cutoff.MIDNIGHT
    )
    assert Convention.parse("business time") is Convention.WORKING_TIME


@pytest.mark.parametrize("text", ["十十天", "1000000000天", "百天"])
def test_malformed_or_too_large_numerals_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="text"):
        Period.parse(text)


def test_the_explanation_names_the_provisional_year() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = deadline(D(2026, 12, 30), "3个工作日", calendar=WorkCalendar(), explain=True)
    assert "no official arrangement is published for 2027" in result.explain()


# --------------------------------------------------------------------------- provisional years


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_provisional_says_which_deadlines_to_count_again_R_SLA_09() -> None:
    """docs/rules.md §1 (R-PER-01): a plain deadline through 2027 is provisional, asked
    without the explanation's wording; it is the explanation's own flag."""
    from custops.periods import provisional
    from test_calendars import NOTICE_2027

    late = dt.datetime(2026, 12, 31, 23, 59, tzinfo=SH)
    early = dt.datetime(2026, 12, 1, 10, tzinfo=SH)
    assert provisional(late, "3个工作日") is True
    assert provisional(early, "3个工作日") is False
    assert provisional(D(2026, 12, 30), "3个工作日") is True
    assert provisional(late, "3个工作日") == deadline(late, "3个工作日", explain=True).provisional
    assert (
        provisional(late, "3个工作日", calendar=WorkCalendar(arrangements=[NOTICE_2027])) is False
    )
    with pytest.raises(InvalidInput, match=r"^period: "):
        provisional(late, "3.5个工作日")


def test_asking_whether_provisional_gives_no_warning_R_PER_01() -> None:
    """docs/rules.md §1 (R-PER-01): ``provisional`` and ``vector.provisional_many`` answer
    with the flag and warn nothing; the year stays unwarned, so a plain deadline through it
    still warns once; a strict calendar still refuses it."""
    from custops import vector
    from custops.periods import provisional

    cal = WorkCalendar()  # a fresh calendar: no year warned about yet
    late = dt.datetime(2026, 12, 31, 23, 59, tzinfo=SH)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert provisional(late, "3个工作日", calendar=cal) is True
        assert vector.provisional_many([late], "3个工作日", calendar=cal) == [True]
    with pytest.warns(ProvisionalCalendarWarning, match="2027"):
        deadline(late, "3个工作日", calendar=cal)
    with pytest.raises(CalendarNotPublished):
        provisional(late, "3个工作日", calendar=WorkCalendar(strict=True))


@pytest.mark.parametrize("period", ["24小时", "48小时", "30分钟", "2小时"])
def test_elapsed_time_is_never_provisional_R_SLA_05(period: str) -> None:
    """R-SLA-05/06/07/10/11: hours and minutes are elapsed time (art. 201 ¶2): no calendar
    day is used, so no year's arrangement matters, strict calendar or not."""
    from custops.periods import provisional

    for cal in (None, WorkCalendar(strict=True)):
        start = dt.datetime(2026, 12, 31, 10, tzinfo=SH)
        result = deadline(start, period, calendar=cal, explain=True)
        assert result.provisional is False
        assert not any("provisional" in step for step in result.reasoning)
        assert provisional(start, period, calendar=cal) is False
    assert deadline(dt.datetime(2027, 6, 1, tzinfo=SH), period, explain=True).provisional is False


def test_a_missing_start_is_said_to_be_missing() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidInput, match=r"^start: is missing \(got NaT\)$"):
        deadline(pd.NaT, "3个工作日")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("次月2日", "day 2 of the next month (次月2日)"),
        ("下个月 15 号前", "day 15 of the next month (下个月15号前)"),
        ("当月底", "the last day of this month (当月底)"),
        ("隔月十日", "day 10 of the month after next (隔月十日)"),
    ],
)
def test_a_day_of_a_month_is_said_in_english_words_before_the_text_read(
    text: str, words: str
) -> None:
    """R-PER-01 (R-VIP-11's 次月2日): in English the day of a month is said in words, the
    text read after them in parentheses; in Chinese the text alone, as it was read."""
    with language("en_US"):
        explained = due_in_month(D(2025, 3, 10), text, explain=True)
    assert explained.reason.startswith(f"2025-03-10: {words} → ")
    assert explained.reasoning[0].startswith(f"{words} → ")
    read = "".join(text.split())
    with language("zh_CN"):
        chinese = due_in_month(D(2025, 3, 10), text, explain=True)
        assert chinese.reasoning[0].startswith(f"{read} → ")
        assert explained.reasoning[0].startswith(f"{read} → ")  # made in English, read in Chinese
    assert chinese == explained


# --- words around a period, ranges (R-PER-01) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["5个工作日内", "五个工作日", "5 working days", "在五个工作日以内", "五個工作日內",
     "5个工作日。", "5 working days.", "in 5 working days", "within 5 business days"],
)  # fmt: skip
def test_R_PER_01_the_spellings_of_a_period_a_desk_writes_are_read(text: str) -> None:
    """R-PER-01: a period with its within-words, a trailing full stop, or 'in' before it."""
    assert Period.parse(text) == Period.workdays(5)


@pytest.mark.parametrize(
    ("text", "shown", "where"),
    [
        ("5个工作日内办结", "5 working days", "after"),
        ("5个工作日内回复", "5 working days", "after"),
        ("五个工作日内处理完毕", "5 working days", "after"),
        ("24小时内回复", "24 hours", "after"),
        ("半年内办结", "6 months", "after"),
        ("办结时限：5个工作日", "5 working days", "before"),
        ("5 working days to resolve", "5 working days", "after"),
        ("承诺3个工作日内答复客户", "3 working days", "before and after"),
    ],
)
def test_R_PER_01_words_around_a_period_are_named_as_not_read(
    text: str, shown: str, where: str
) -> None:
    """R-PER-01: a service standard copied whole is refused, naming the period it holds,
    saying the other words are not read and how to write it (no generic 'not a period')."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert info.value.argument == "text"
    assert info.value.value == text
    assert info.value.problem == (
        f"holds the period '{shown}' with words {where} it that are not read; "
        f"write the period alone, e.g. '{shown}' or 'within {shown}'"
    )


def test_R_PER_01_a_chinese_reader_is_shown_the_words_not_read() -> None:
    """R-PER-01: under zh_CN the refusal quotes the words not read and the Chinese form."""
    with language("zh_CN"), pytest.raises(InvalidInput) as info:
        Period.parse("5个工作日内办结")
    assert info.value.problem == (
        "holds the period '5个工作日' with words after it that are not read ('办结'); "
        "write the period alone, e.g. '5个工作日' or '5个工作日内'"
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("5-7个工作日", "is a range ('5 working days' to '7 working days'), not one period; "
         "write one period, e.g. '7 working days' for its later end"),
        ("3到5天", "is a range ('3 days' to '5 days'), not one period; write one period, "
         "e.g. '5 days' for its later end"),
        ("三至五个工作日", "is a range ('3 working days' to '5 working days'), not one period; "
         "write one period, e.g. '5 working days' for its later end"),
        ("one to two weeks", "is a range ('1 week' to '2 weeks'), not one period; write one "
         "period, e.g. '2 weeks' for its later end"),
        ("5~7天", "is a range ('5 days' to '7 days'), not one period; write one period, "
         "e.g. '7 days' for its later end"),
        ("1,000-2,000天", "is a range ('1000 days' to '2000 days'), not one period; write one "
         "period, e.g. '2000 days' for its later end"),
        ("5-7", "is a range ('5' to '7'), not one period; write one period, "
         "e.g. '3 working days'"),
        ("3、5天", "is a range ('3 days' to '5 days'), not one period; write one period, "
         "e.g. '5 days' for its later end"),
        ("1.5-2天", "is a range ('1.5天' to '2 days'), not one period; write one period, "
         "e.g. '2 days' for its later end"),
        ("2-2.5天", "is a range ('2 days' to '2.5天'), not one period; write one period, "
         "e.g. '2 days'"),
        ("5天到7天", "holds more than one period ('5 days', '7 days'); write the one to count, "
         "alone"),
        ("5个工作日内办结，特殊情况可延长至10个工作日", "holds more than one period "
         "('5 working days', '10 working days'); write the one to count, alone"),
    ],
)  # fmt: skip
def test_R_PER_01_a_range_or_two_periods_is_refused_never_read_as_one(
    text: str, problem: str
) -> None:
    """R-PER-01: '5-7个工作日' was read as 57 working days; a range or two periods is
    refused, asking for one."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert info.value.problem == problem


@pytest.mark.parametrize(
    "text",
    [
        *("1.5个工作日办结", "一点五天以后办结", "3 dollars"),
        *("次月2日前回复", "3月5日前办结", "2025年3月5日", "1,0000天", "2025-01-05"),
    ],
)
def test_R_PER_01_no_period_is_found_where_a_number_goes_on_or_a_date_is(text: str) -> None:
    """R-PER-01: a decimal's last digit, a word that only starts like a unit or a date's
    numbers are no period inside the text: the refusal stays the plain one."""
    with pytest.raises(InvalidInput, match=r"^text: (is not a period|names a day of a month)"):
        Period.parse(text)


_WORDS_AFTER = st.sampled_from(["办结", "回复", "答复", "处理完毕", "退还", "到账"])
_WORDS_BEFORE = st.sampled_from(["办结时限：", "承诺", "须在", "时限"])


@settings(max_examples=60)
@given(period_strategy(), _WORDS_BEFORE | st.just(""), _WORDS_AFTER | st.just(""))
def test_property_a_period_among_words_is_named_never_misread_R_PER_01(
    period: Period, before: str, after: str
) -> None:
    """R-PER-01: a period alone, with 内 or a full stop, reads as itself; with other words
    around it, it is refused naming that period (never another), in every language."""
    text = f"{period}内"
    assert Period.parse(text) == Period.parse(f"{period}。") == period
    if before or after:
        with language("zh_CN"), pytest.raises(InvalidInput) as info:
            Period.parse(before + text + after)
        assert info.value.problem.startswith(f"holds the period '{period}' with words ")


@settings(max_examples=40)
@given(st.integers(1, 99), st.integers(1, 99), st.sampled_from(["-", "~", "到", "至", " - "]))
def test_property_a_range_is_never_read_as_one_number_R_PER_01(
    low: int, high: int, mark: str
) -> None:
    """R-PER-01: 'N-M个工作日' is refused as a range, never read as the number NM; the
    refusal names both ends."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(f"{low}{mark}{high}个工作日")
    ends = f"'{Period.workdays(low).english_words}' to '{Period.workdays(high).english_words}'"
    assert info.value.problem.startswith(f"is a range ({ends}), not one period")


# -- numbers grouped by thousands, decimal commas, numbers apart (R-PER-01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 000天", Period.days(1000)),
        ("10,000天", Period.days(10_000)),
        ("1,000天", Period.days(1000)),
        ("1,000 days", Period.days(1000)),
        ("1 000 days", Period.days(1000)),
        ("12,345个工作日", Period.workdays(12_345)),
        ("1 000 000分钟", Period.minutes(1_000_000)),
        ("1,000,000小时", Period.hours(1_000_000)),
        ("1\u00a0000天", Period.days(1000)),  # a no-break space
        ("1\u202f000天", Period.days(1000)),  # a narrow no-break space (SI style)
        ("1，000天", Period.days(1000)),  # a full-width comma
        ("1_000天", Period.days(1000)),
        ("1 000天内", Period.days(1000)),
        ("在10,000个工作小时以内", Period.working_hours(10_000)),
        ("within 1,000 working days", Period.workdays(1000)),
    ],
)
def test_R_PER_01_digits_grouped_by_thousands_read_as_one_number(
    text: str, expected: Period
) -> None:
    """R-PER-01: '1 000天' is 1000 days (as it was before ranges were refused), and so is
    '1,000天': a space or a comma between groups of three digits is no range and no
    word before a period."""
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2,5天", "has a fraction ('2,5', read as 2.5); a period counts whole units: write "
         "it in a smaller one, e.g. '60 hours'"),
        ("2.5天", "has a fraction ('2.5'); a period counts whole units: write it in a smaller "
         "one, e.g. '60 hours'"),
        ("一点五天", "has a fraction ('一点五', read as 1.5); a period counts whole units: "
         "write it in a smaller one, e.g. '36 hours'"),
        ("1.5年", "has a fraction ('1.5'); a period counts whole units: write it in a smaller "
         "one, e.g. '18 months'"),
        ("1 000,5 days", "has a fraction ('1000,5', read as 1000.5); a period counts whole "
         "units: write it in a smaller one, e.g. '24012 hours'"),
        ("1.0天", "has a fraction ('1.0'); a period counts whole units: write it whole, "
         "e.g. '1 day'"),
        ("3,5个工作日", "has a fraction ('3,5', read as 3.5); a period counts whole units: "
         "write it in working hours (a working day's length is the calendar's) or as a whole "
         "count, e.g. '3 working days' or '4 working days'"),
        ("2.5个月", "has a fraction ('2.5'); a period counts whole units: write it in days "
         "(months differ in length) or as a whole count, e.g. '2 months' or '3 months'"),
        ("0.5分钟", "has a fraction ('0.5'); a period counts whole units: write it as a whole "
         "count, e.g. '1 minute'"),
        ("1.5天内", "has a fraction ('1.5'); a period counts whole units: write it in a "
         "smaller one, e.g. '36 hours'"),
        ("9999999999.5天", f"is longer than {MAX_COUNT} units"),
        ("1.000天", "has a fraction ('1.000'); a period counts whole units: write it whole, "
         "e.g. '1 day', or '1000 days' where the point groups thousands"),
        ("2.500 days", "has a fraction ('2.500'); a period counts whole units: write it in a "
         "smaller one, e.g. '60 hours', or '2500 days' where the point groups thousands"),
    ],
)  # fmt: skip
def test_R_PER_01_a_fraction_is_refused_as_one_with_a_whole_period_to_write(
    text: str, problem: str
) -> None:
    """R-PER-01: '2,5天' (2.5 days with a decimal comma) is refused as a fraction, as
    '2.5天' is, never told to write '5天'; the refusal shows the period in whole units."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert (info.value.argument, info.value.value, info.value.problem) == ("text", text, problem)


@pytest.mark.parametrize("text", ["5 7个工作日", "1 0000天", "10,000 000天", "5 7 days"])
def test_R_PER_01_numbers_apart_are_neither_one_number_nor_a_range(text: str) -> None:
    """R-PER-01: '5 7个工作日' is no 57 working days (digits are grouped by three) and no
    range written with a mark: refused as numbers apart."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert info.value.problem.startswith("holds numbers apart (")
    assert "nor a range" in info.value.problem


_GROUP_MARKS = st.sampled_from([" ", ",", "\u00a0", "\u202f", "_", "，"])


@settings(max_examples=60)
@given(
    period_strategy(min_count=1000, max_count=MAX_COUNT),
    _GROUP_MARKS,
    st.sampled_from(["", "内", "。"]),
)
def test_property_digits_grouped_by_thousands_read_as_the_number_R_PER_01(
    period: Period, mark: str, after: str
) -> None:
    """R-PER-01: a count written with any thousands mark reads as the count itself, in
    Chinese and in English, never as a range or as its last group."""
    grouped = f"{period.count:,}".replace(",", mark)
    assert Period.parse(str(period).replace(str(period.count), grouped, 1) + after) == period
    english = period.english_words.replace(str(period.count), grouped, 1)
    assert Period.parse(english) == Period.parse(f"within {english}") == period


@settings(max_examples=60)
@given(
    st.integers(0, 9999),
    st.integers(1, 99).filter(lambda n: n % 10),
    st.sampled_from(["天", "小时", "周", "年", "个月", "个工作日", " days", " hours"]),
)
def test_property_a_decimal_comma_is_refused_as_the_decimal_point_is_R_PER_01(
    whole: int, part: int, unit: str
) -> None:
    """R-PER-01: 'N,M' (one or two digits after the comma) is the fraction 'N.M': both are
    refused alike, saying it is a fraction; neither names a period of M."""
    with pytest.raises(InvalidInput) as comma:
        Period.parse(f"{whole},{part}{unit}")
    with pytest.raises(InvalidInput) as point:
        Period.parse(f"{whole}.{part}{unit}")
    assert comma.value.problem == point.value.problem.replace(
        f"('{whole}.{part}')", f"('{whole},{part}', read as {whole}.{part})"
    )
    assert comma.value.problem.startswith("has a fraction (")


@settings(max_examples=40)
@given(
    st.integers(1, 99),
    st.integers(1, 99),
    st.sampled_from(["-", "~", "到", "至", " - ", "或", " to ", " or ", "–", "、", "－"]),
    st.sampled_from([Unit.DAYS, Unit.WORKDAYS, Unit.HOURS, Unit.WEEKS]),
)
def test_property_a_range_message_names_both_ends_R_PER_01(
    low: int, high: int, mark: str, unit: Unit
) -> None:
    """R-PER-01: a range is refused naming both its ends, and its later end to write."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(f"{low}{mark}{high}{unit.label}")
    first, last = Period(low, unit).english_words, Period(high, unit).english_words
    assert info.value.problem == (
        f"is a range ('{first}' to '{last}'), not one period; write one period, "
        f"e.g. '{last}' for its later end"
    )


# -- "N days later", "N days from now", "in N days' time" (R-PER-01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 days later", Period.days(5)),
        ("5 days later.", Period.days(5)),
        ("five working days later", Period.workdays(5)),
        ("3 business days from now", Period.workdays(3)),
        ("24 hours later", Period.hours(24)),
        ("in 5 days' time", Period.days(5)),
        ("in 5 days’ time", Period.days(5)),
        ("in a week's time", Period.weeks(1)),
        ("in two weeks time", Period.weeks(2)),
        ("6 months from now", Period.months(6)),
        ("in half a year", Period.months(6)),
        ("half an hour later", Period.minutes(30)),
        ("within a quarter", Period.months(3)),
    ],
)
def test_R_PER_01_later_and_from_now_read_as_in_and_after_do(text: str, expected: Period) -> None:
    """R-PER-01: 'N days later' and 'N days from now' end when N days have passed, as
    'after N days', 'in N days' and 5天后 do; so do the lengths without a number."""
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("5 days ago", "after it that are not read; write the period alone, e.g. '5 days'"),
        ("5 days after", "after it that are not read; write the period alone, e.g. '5 days'"),
        ("later 5 days", "before it that are not read; write the period alone, e.g. '5 days'"),
        ("same day later", "after it that are not read; write the period alone, e.g. '0 days'"),
    ],
)
def test_R_PER_01_other_words_about_time_stay_unread(text: str, words: str) -> None:
    """R-PER-01: 'ago' (the past), 'after' with nothing after it, 'later' before the period
    and 'later' after a day that is no length are not read as 'later' is."""
    with pytest.raises(InvalidInput) as info:
        Period.parse(text)
    assert words in info.value.problem


@settings(max_examples=60)
@given(
    period_strategy(),
    st.sampled_from(["{} later", "{} from now", "in {}", "after {}", "within {}", "in {}' time"]),
)
def test_property_later_reads_as_after_R_PER_01(period: Period, form: str) -> None:
    """R-PER-01: every English form of 'when the period has passed' reads as the period."""
    assert Period.parse(form.format(period.english_words)) == period
