"""Calendar inputs are refused naming what the caller gave (CONTRIBUTING item 9), and a
count in hours near the calendar's end explains itself as it answers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from custops.calendars import Arrangement, BusinessHours, Interval, WorkCalendar
from custops.errors import InvalidInput, InvalidType
from custops.periods import deadline

SH = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("weekly", "message"),
    [
        ({0: ["x"]}, "weekly[Monday][0]: is not an interval such as '09:00-12:00' (got 'x')"),
        (
            {0: ["12:00-09:00"]},
            "weekly[Monday][0]: its end must be later than start 12:00:00; for a night shift, "
            "split it at midnight: '12:00-24:00' that day and '00:00-09:00' the next "
            "(got '12:00-09:00')",
        ),
        (
            {0: ["09:00-12:00", ("13:00", "12:30")]},
            "weekly[Monday][1]: its end must be later than start 13:00:00; for a night shift, "
            "split it at midnight: '13:00-24:00' that day and '00:00-12:30' the next "
            "(got ('13:00', '12:30'))",
        ),
    ],
)
def test_a_bad_interval_is_named_by_its_place_with_the_text_given_R_SLA_05(
    weekly: dict[int, list[object]], message: str
) -> None:
    """R-SLA-05 counts business hours: an interval is refused by its place in ``weekly``,
    showing what was given (not ``Interval``'s own ``text``/``end``)."""
    with pytest.raises(InvalidInput) as caught:
        BusinessHours(weekly)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_an_interval_may_be_a_start_end_pair_R_SLA_05() -> None:
    hours = BusinessHours({0: [("09:00", "12:00"), "13:00-18:00"]})
    assert [(i.start.hour, i.end.hour) for i in hours.weekly[0]] == [(9, 12), (13, 18)]
    with pytest.raises(InvalidType, match=r"a text such as '09:00-12:00' or a \(start, end\)"):
        BusinessHours({0: [3]})  # type: ignore[list-item]


def test_a_day_outside_the_calendars_years_is_shown_as_the_day_R_SLA_01() -> None:
    """R-SLA-01's calendar: a closure outside the years is shown as the day given."""
    with pytest.raises(InvalidInput) as caught:
        WorkCalendar(closures=[dt.date(2025, 1, 2), dt.date(1900, 1, 2)])
    assert (caught.value.argument, caught.value.value) == ("closures[1]", dt.date(1900, 1, 2))


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "must not be empty"), ("元\n旦", "must not contain the control character")],
)
def test_an_arranged_holidays_name_is_checked_as_a_name_naming_its_day(
    name: str, message: str
) -> None:
    """A holiday's name is shown in a day's one-line reason: named by its day."""
    with pytest.raises(InvalidInput, match=rf"^holidays\[2027-01-01\]: {message}"):
        Arrangement(2027, {dt.date(2027, 1, 1): name})


def _hours_of(day: dt.date, intervals: tuple[str, ...], *, with_dates: bool) -> BusinessHours:
    if with_dates:
        return BusinessHours.standard().with_dates({day: intervals})
    return BusinessHours({0: "09:00-12:00"}, by_day={day: intervals})


@pytest.mark.parametrize(
    "intervals",
    [("09:00-12:00", "11:00-13:00"), ("09:00-12:00", "09:00-12:00")],
)
def test_a_dates_intervals_are_named_by_the_date_as_a_weekdays_by_the_weekday_R_SLA_05(
    intervals: tuple[str, ...],
) -> None:
    """R-SLA-05 counts business hours: overlapping (or twice given) intervals of a date are
    refused naming the date, ``by_day[2026-01-01]``, as a weekday's name ``weekly[Monday]``."""
    day = dt.date(2026, 1, 1)
    for with_dates in (False, True):
        with pytest.raises(InvalidInput) as caught:
            _hours_of(day, intervals, with_dates=with_dates)
        error = caught.value
        assert error.argument == "by_day[2026-01-01]"
        assert error.value == tuple(Interval.parse(i) for i in intervals)
        assert str(error) == f"{error.argument}: {error.problem} (got {error.value!r})"
        assert error.problem == "intervals overlap"
    with pytest.raises(InvalidInput, match=r"^weekly\[Monday\]: intervals overlap"):
        BusinessHours({0: intervals})


@pytest.mark.parametrize(
    ("weekly", "by_day", "error", "message"),
    [
        ({7: "09:00-12:00"}, {}, InvalidInput, "weekly: its key must be at most 6 (got 7)"),
        ({-1: "09:00-12:00"}, {}, InvalidInput, "weekly: its key must be at least 0 (got -1)"),
        (
            {True: "09:00-12:00"},
            {},
            InvalidType,
            "weekly: its key must be an int, not a bool (got True)",
        ),
        (
            {0: "09:00-12:00"},
            {"2026-01-01": ()},
            InvalidType,
            "by_day: its key must be a datetime.date, not a str; parse the text first, e.g. "
            "datetime.date.fromisoformat('2024-05-15') (got '2026-01-01')",
        ),
    ],
)
def test_a_key_that_is_no_weekday_or_date_is_refused_naming_the_mapping(
    weekly: dict[object, str], by_day: dict[object, tuple[str, ...]], error: type, message: str
) -> None:
    """A key that is no weekday (no date) has no place of its own to name: the mapping is
    named, "its key", showing the key given."""
    with pytest.raises(error) as caught:
        BusinessHours(weekly, by_day=by_day)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_an_hour_count_ending_past_the_calendar_explains_as_it_answers_R_SLA_05() -> None:
    """R-SLA-05 (hours are exact elapsed time): a count that ends in 2101 is answered, and
    explained too (its provisional note looks only at the calendar's own years)."""
    start = dt.datetime(2100, 12, 31, 23, tzinfo=SH)
    answer = deadline(start, "2小时")
    explained = deadline(start, "2小时", explain=True)
    assert explained.due_at == answer == dt.datetime(2101, 1, 1, 1, tzinfo=SH)


def test_a_missing_count_in_a_nullable_column_is_named_by_its_row() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    from custops import vector

    days = np.array(["2025-01-02", "2025-01-03"], dtype="datetime64[D]")
    with pytest.raises(InvalidInput, match=r"^workdays\[1\]: is missing"):
        vector.add_workdays_many(days, pd.Series([1, None], dtype="Int64"))
