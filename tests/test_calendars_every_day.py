"""A desk that works every day, holidays included (``WorkCalendar.every_day()``,
``public_holidays=False``), and a seven-day week that rests on the statutory days only
(``days_in_lieu=False``).

Rules: R-CAL-01 (a day's answer and its source; a year never provisional when no notice
can change it), R-SLA-01 / R-SLA-08 (working days counted on the calendar), R-CMP-15 (a
major complaint's escalation on a 24×7 desk), R-PER-02 (working hours).
"""

from __future__ import annotations

import datetime as dt
import pickle
import warnings
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.calendars import DAY_RULE, BusinessHours, DayKind, WorkCalendar, china
from custops.cli import main
from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
from custops.periods import deadline, provisional

D = dt.date
SH = ZoneInfo("Asia/Shanghai")
EVERY = WorkCalendar.every_day()
SEVEN = WorkCalendar(weekend=())
COURIER = WorkCalendar(weekend=(), days_in_lieu=False)
FIRST, LAST = D(1950, 1, 1), D(2100, 12, 31)

days = st.dates(min_value=FIRST, max_value=LAST)
#: From the published years to the last supported one (2027 on is provisional for china())
later_days = st.dates(min_value=D(2020, 1, 1), max_value=D(2060, 12, 31))


# --------------------------------------------------------------------------- every day


def test_every_day_is_a_seven_day_week_without_public_holidays_R_CAL_01() -> None:
    """The named constructor is the parameters a user would write by hand."""
    assert WorkCalendar(weekend=(), public_holidays=False, business_hours=None) == EVERY
    assert (EVERY.weekend, EVERY.business_hours) == (frozenset(), None)
    assert (EVERY.public_holidays, EVERY.days_in_lieu) == (False, True)
    assert (china().public_holidays, china().days_in_lieu) == (True, True)


def test_new_years_day_of_an_unlisted_year_is_worked_R_CAL_01_R_SLA_01() -> None:
    """The old recipe (a year's holidays as extra working days) left 2027-01-01 a rest
    day; the every-day desk works it, and 2 working hours from 12-31 23:00 are 01:00."""
    recipe = WorkCalendar(
        weekend=(),
        business_hours=None,
        extra_workdays=china().rest_days_between(D(2025, 12, 31), D(2026, 12, 31)),
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert recipe.is_workday(D(2027, 1, 1)) is False
    assert len(caught) == 1  # and only as a provisional warning
    assert EVERY.is_workday(D(2027, 1, 1)) is True
    eve = dt.datetime(2026, 12, 31, 23, tzinfo=SH)
    due = deadline(eve, "2个工作小时", calendar=EVERY)
    assert due == dt.datetime(2027, 1, 1, 1, tzinfo=SH)
    assert provisional(eve, "2个工作小时", calendar=EVERY) is False


def test_no_warning_and_no_refusal_in_any_year_R_CAL_01() -> None:
    """Never provisional: a strict every-day calendar answers 2027 and 2100 too (the
    suite turns warnings into errors, so a warning would fail here)."""
    strict = WorkCalendar(weekend=(), public_holidays=False, strict=True)
    for year in (2027, 2050, 2100):
        assert strict.is_workday(D(year, 10, 1)) is True
        assert (strict.is_published(year), EVERY.is_published(year)) == (True, True)
        assert EVERY.day_info(D(year, 1, 1)).provisional is False
    assert EVERY.add_workdays(D(2026, 12, 31), 400) == D(2026, 12, 31) + dt.timedelta(400)


def test_a_holiday_worked_says_why_R_CAL_01() -> None:
    """day_info: a working day, the festival's name kept, the calendar's week the source."""
    with language("zh_CN"):
        info = EVERY.day_info(D(2026, 10, 1))
        plain = EVERY.day_info(D(2026, 10, 14))
        reason, source = info.reason, info.source
    assert (info.outcome, info.rule, info.is_workday) == (DayKind.WORKDAY, DAY_RULE, True)
    assert info.holiday_name == "国庆节"
    assert reason == "2026-10-01（周四）是工作日：本日历不放公共假日，国庆节照常上班"
    assert source == "本日历自己的工作周（不放公共假日）"
    with language("en_US"):
        assert info.reason == (
            "2026-10-01 (Thursday) is a working day: this calendar observes no public "
            "holidays; National Day is worked"
        )
    # a holiday worked is still a statutory holiday, as for extra_workdays
    assert EVERY.is_statutory_holiday(D(2026, 10, 1)) is True
    with language("zh_CN"):
        assert plain.reason == "2026-10-14（周三）是工作日：工作日"


def test_business_hours_and_closures_stay_choosable_R_CAL_01() -> None:
    """A night desk keeps its hours on every day, holidays included; a closure rests."""
    night = BusinessHours(dict.fromkeys(range(7), ("00:00-06:00", "22:00-24:00")))
    desk = WorkCalendar.every_day(business_hours=night, closures=[D(2027, 2, 6)])
    hours = desk.business_intervals(D(2026, 10, 1))
    assert [(a.hour, b.hour) for a, b in hours] == [(0, 6), (22, 0)]
    assert desk.is_workday(D(2027, 2, 6)) is False
    assert desk.day_kind(D(2027, 2, 6)) is DayKind.CLOSURE
    assert WorkCalendar.every_day(zone="Asia/Urumqi").zone == ZoneInfo("Asia/Urumqi")


def test_a_weekly_rest_day_without_public_holidays_R_CAL_01() -> None:
    """public_holidays=False on a Monday-to-Friday week: holidays worked, a make-up
    Saturday a plain Saturday off."""
    office = WorkCalendar(public_holidays=False)
    assert [office.is_workday(D(2025, 10, d)) for d in (1, 8)] == [True, True]
    assert office.day_kind(D(2025, 10, 11)) is DayKind.WEEKEND  # 调休上班 on china()
    assert china().is_workday(D(2025, 10, 11))


def test_the_flags_are_read_as_every_bool_option() -> None:
    with pytest.raises(InvalidType, match="public_holidays"):
        WorkCalendar(public_holidays="no")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="days_in_lieu"):
        WorkCalendar(days_in_lieu=0.0)  # type: ignore[arg-type]


def test_the_calendars_serialise_and_pickle_R_CAL_01() -> None:
    for calendar in (EVERY, COURIER):
        text = serial.to_json(calendar)
        assert serial.from_json(text) == calendar
        assert pickle.loads(pickle.dumps(calendar)) == calendar
    assert '"public_holidays":false' in serial.to_json(EVERY)
    # a document written before the options existed still loads, with the defaults
    old = '{"custops":1,"type":"calendars.WorkCalendar","value":{"country":"CN"}}'
    assert serial.from_json(old) == china()


@settings(max_examples=60, deadline=None)
@given(day=days)
def test_every_day_is_a_working_day_R_CAL_01(day: dt.date) -> None:
    assert EVERY.is_workday(day)
    assert EVERY.day_kind(day) is DayKind.WORKDAY
    assert EVERY.is_published(day.year)
    assert EVERY.day_info(day).provisional is False


@settings(max_examples=60, deadline=None)
@given(day=days, n=st.integers(min_value=-3000, max_value=3000))
def test_add_workdays_is_calendar_days_R_SLA_01(day: dt.date, n: int) -> None:
    target = day + dt.timedelta(days=n)
    if not FIRST <= target <= LAST:
        return
    assert EVERY.add_workdays(day, n) == target
    assert EVERY.workdays_between(day, target) == n
    assert EVERY.rest_days_between(day, target) == ()


# --------------------------------------------------------------------------- seven-day week


def test_a_seven_day_week_rests_on_the_statutory_days_only_R_CAL_01_R_SLA_01() -> None:
    """Spring Festival 2027: 除夕 02-05 .. 初三 02-08 off; the 补假 days 02-09/10 worked
    (F7: D5 02-04 + 3 working days is 02-11, not 02-13)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert SEVEN.add_workdays(D(2027, 2, 4), 3) == D(2027, 2, 13)
    assert COURIER.add_workdays(D(2027, 2, 4), 3) == D(2027, 2, 11)
    rest = [d for d in range(4, 12) if not COURIER.is_workday(D(2027, 2, d))]
    assert rest == [5, 6, 7, 8]
    assert COURIER.holiday_name(D(2027, 2, 9)) == "春节（补假）"


def test_a_swapped_rest_day_is_worked_on_a_seven_day_week_R_CAL_01() -> None:
    """2026-10-06/07 rest for 09-20 (a Sunday worked): a desk that works every Sunday
    never gave 09-20 up; National Day's own 10-01..03 stay rest days."""
    assert not SEVEN.is_workday(D(2026, 10, 6))
    assert [COURIER.is_workday(D(2026, 10, d)) for d in (6, 7)] == [True, True]
    assert [COURIER.is_workday(D(2026, 10, d)) for d in (1, 2, 3)] == [False] * 3
    info = COURIER.day_info(D(2026, 10, 6))
    with language("zh_CN"):
        assert info.reason == (
            "2026-10-06（周二）是工作日：本日历只在法定节假日当天休息，不补假、不调休，"
            "休息日（由 2026-09-20 调休）照常上班"
        )
        assert info.source.endswith("的法定节假日（不补假、不调休）")
    assert COURIER.day_info(D(2026, 10, 1)).outcome is DayKind.HOLIDAY


def test_a_statutory_day_on_a_weekend_is_rested_on_its_own_date_R_CAL_01() -> None:
    """2026-10-03 (a Saturday) is a statutory day of National Day, and rests that day."""
    assert COURIER.is_workday(D(2026, 10, 3)) is False
    assert COURIER.day_kind(D(2026, 10, 3)) is DayKind.HOLIDAY


def test_no_days_in_lieu_is_never_provisional_R_CAL_01() -> None:
    strict = WorkCalendar(weekend=(), days_in_lieu=False, strict=True)
    assert strict.is_workday(D(2030, 10, 1)) is False  # National Day: the law's
    assert (strict.is_published(2030), SEVEN.is_published(2030)) == (True, False)


@settings(max_examples=60, deadline=None)
@given(day=later_days)
def test_no_days_in_lieu_only_adds_working_days_R_CAL_01(day: dt.date) -> None:
    """Compared with the default seven-day week, days_in_lieu=False never rests on a day
    it works, and rests on the statutory days the data marks."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        default = SEVEN.is_workday(day)
    assert COURIER.is_workday(day) or not default
    if not COURIER.is_workday(day):
        assert COURIER.day_kind(day) is DayKind.HOLIDAY


# --------------------------------------------------------------------------- command line


def _brief(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    status = main(["--lang", "en_US", *argv, "--brief"])
    captured = capsys.readouterr()
    assert status == 0
    return captured.out.strip(), captured.err


def test_cli_options_give_the_calendars_R_PER_02(capsys: pytest.CaptureFixture[str]) -> None:
    """--no-public-holidays and --no-days-in-lieu are the parameters; no provisional note."""
    every = ["--weekend", "none", "--no-public-holidays", "--business-hours", "none"]
    out, err = _brief(["deadline", "2026-12-31T23:00", "2个工作小时", *every], capsys)
    assert (out, err) == ("2027-01-01 01:00+08:00 (Fri)", "")
    seven = ["workdays", "add", "2027-02-04", "3", "--weekend", "none"]
    assert main([*seven, "--no-days-in-lieu"]) == 0
    assert capsys.readouterr() == ("2027-02-11\n", "")
    assert main(seven) == 0
    out, err = capsys.readouterr()
    assert out == "2027-02-13\n"
    assert "2027" in err  # the default: provisional, noted


@pytest.mark.parametrize("weekend", [None, (5, 6), (6,)])
def test_no_days_in_lieu_is_refused_on_a_week_with_rest_days_R_CAL_01(
    weekend: tuple[int, ...] | None,
) -> None:
    """放假办法 第六条 owes staff with weekly rest days the 补假 of a festival on them: the
    option that drops it is refused there, naming the argument and the week (R-CAL-01)."""
    with pytest.raises(InvalidInput, match=r"^days_in_lieu: is only for a seven-day week"):
        WorkCalendar(weekend=weekend, days_in_lieu=False)
    # without public holidays the option changes nothing and is accepted on any week
    assert WorkCalendar(weekend=weekend, public_holidays=False, days_in_lieu=False).is_workday(
        dt.date(2027, 2, 9)
    )
