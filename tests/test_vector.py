"""custops.vector: every column answer equals the scalar API's, row by row.

R-SLA-01, R-SLA-08, R-SLA-09 and R-SLA-13 count working days; the vector path must count
them exactly as :class:`~custops.calendars.WorkCalendar` and
:func:`custops.periods.deadline` do — 调休 make-up days, closures and provisional years
included.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

from custops import testing, vector  # noqa: E402
from custops.calendars import Roll, WorkCalendar, china  # noqa: E402
from custops.errors import (  # noqa: E402
    CalendarNotPublished,
    CustopsError,
    InvalidInput,
    InvalidType,
    ProvisionalCalendarWarning,
)
from custops.i18n import language  # noqa: E402
from custops.periods import deadline  # noqa: E402
from custops.periods import provisional as one_provisional  # noqa: E402

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
COMPANY = WorkCalendar(
    closures=[dt.date(2025, 12, 31)],
    extra_workdays=[dt.date(2026, 1, 4)],
    final_years=[2027],
)

days_2024_2027 = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))
published_days = st.dates(dt.date(2015, 1, 1), dt.date(2026, 12, 31))


def _arr(days: Sequence[dt.date | None]) -> object:
    return np.array(days, dtype="datetime64[D]")


# --------------------------------------------------------------------------- examples


def test_national_day_2025_make_up_saturday_R_SLA_01() -> None:
    days = _arr([dt.date(2025, 9, 30), dt.date(2025, 10, 9), dt.date(2025, 10, 10)])
    got = vector.add_workdays_many(days, 1)
    assert got.tolist() == [dt.date(2025, 10, 9), dt.date(2025, 10, 10), dt.date(2025, 10, 11)]
    assert vector.is_workday_many(_arr([dt.date(2025, 10, 11)])).tolist() == [True]


def test_lists_and_series_keep_their_shape() -> None:
    days = [dt.date(2025, 9, 30), dt.date(2026, 2, 13)]
    assert vector.add_workdays_many(days, 1) == [dt.date(2025, 10, 9), dt.date(2026, 2, 14)]
    series = pd.Series(pd.to_datetime(["2025-09-30", "2026-02-13"]), index=[7, 9], name="opened")
    out = vector.add_workdays_many(series, 1)
    assert list(out.index) == [7, 9]
    assert out.name == "opened"
    assert [d.date() for d in pd.to_datetime(out)] == [dt.date(2025, 10, 9), dt.date(2026, 2, 14)]


def test_n_as_a_column_and_zero_and_back() -> None:
    days = _arr([dt.date(2025, 10, 9)] * 3)
    got = vector.add_workdays_many(days, np.array([-1, 0, 2]))
    assert got.tolist() == [dt.date(2025, 9, 30), dt.date(2025, 10, 9), dt.date(2025, 10, 11)]


def test_one_numpy_int_counts_as_the_int_it_holds_R_SLA_01() -> None:
    """R-SLA-01: ``np.int64(2)`` (or a 0-d int array) is one count for every day, as ``2``
    is; a numpy float or bool is refused by its type, not by a shape."""
    days = _arr([dt.date(2025, 9, 30), dt.date(2025, 10, 9)])
    expected = vector.add_workdays_many(days, 2).tolist()
    assert expected == [
        dt.date(2025, 10, 10),
        dt.date(2025, 10, 11),
    ]  # 11 October: a make-up Saturday
    for count in (np.int64(2), np.uint8(2), np.array(2)):
        assert vector.add_workdays_many(days, count).tolist() == expected
    for bad, shown in ((np.float64(2.0), "float64"), (np.array(2.5), "ndarray")):
        with pytest.raises(InvalidType, match=rf"^workdays: .*not a {shown} \(got "):
            vector.add_workdays_many(days, bad)


def test_workdays_between_is_signed_R_SLA_13() -> None:
    a = _arr([dt.date(2025, 9, 30), dt.date(2025, 10, 11)])
    b = _arr([dt.date(2025, 10, 11), dt.date(2025, 9, 30)])
    assert vector.workdays_between_many(a, b).tolist() == [3, -3]


def test_day_kinds_are_the_scalar_keys() -> None:
    days = [
        dt.date(2025, 10, 1),
        dt.date(2025, 10, 11),
        dt.date(2025, 10, 12),
        dt.date(2025, 10, 9),
    ]
    expected = [china().day_kind(d).value for d in days]
    assert vector.day_kind_many(_arr(days)).tolist() == expected


def test_empty_columns() -> None:
    empty = np.array([], dtype="datetime64[D]")
    assert vector.add_workdays_many(empty, 3).shape == (0,)
    assert vector.is_workday_many(empty).shape == (0,)
    assert vector.workdays_between_many(empty, empty).shape == (0,)
    empty_starts = pd.Series([], dtype="datetime64[us, Asia/Shanghai]")
    assert vector.deadline_many(empty_starts, "1天").shape == (0,)
    assert vector.provisional_many(empty_starts, "1天").shape == (0,)


def test_deadlines_of_a_series_are_aware_in_the_calendar_zone_R_SLA_08() -> None:
    starts = pd.Series(pd.to_datetime(["2025-09-30 08:00", "2025-09-30 20:00"])).dt.tz_localize(
        "UTC"
    )
    due = vector.deadline_many(starts, "3个工作日")
    assert str(due.dt.tz) == "Asia/Shanghai"
    first = starts.iloc[0].to_pydatetime()
    assert due.iloc[0].to_pydatetime() == deadline(first, "3个工作日")


def test_naive_numpy_starts_are_refused_not_read_in_some_zone_R_SLA_01() -> None:
    """A datetime64 array has no zone, and the arrays at hand disagree on what it means (a
    zoned Series' ``.values`` is UTC, a naive column wall times): custops guesses none
    (R-SLA-01 counts from the local day), and the refusal names the argument and says how
    to localise, in every bulk form of instants."""
    naive = np.array(["2026-12-09T20:00", "NaT"], dtype="datetime64[s]")
    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants.*tz_localize"):
        vector.deadline_many(naive, "1个工作日")
    with pytest.raises(InvalidInput, match=r"^starts: .*tz_localize\('Asia/Shanghai'\)"):
        vector.provisional_many(naive, "1个工作日")
    with pytest.raises(InvalidInput, match=r"^starts: .*\.values"):
        vector.status_many(naive, Target("reply", "1个工作日"), at=dt.datetime.now(SHANGHAI))
    from custops import sla

    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants"):
        sla.due_many(naive, Target("reply", "1个工作日"))
    desk = sla.presets.winery()
    with pytest.raises(InvalidInput, match=r"^received_at: must hold aware instants"):
        desk.schedule_many(received_at=naive, channel="电话", kind="投诉")
    # a zoned Series' .values (UTC) would have been read 8 hours off: refused too
    zoned = pd.Series([pd.Timestamp("2025-10-09 07:00", tz=SHANGHAI)])
    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants"):
        vector.deadline_many(zoned.values, "1个工作日")
    got = vector.deadline_many(zoned, "1个工作日").iloc[0].to_pydatetime()
    assert got == dt.datetime(2025, 10, 10, 18, tzinfo=SHANGHAI)
    # a naive Series is refused: pandas localises a column in one call
    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants, not naive"):
        vector.deadline_many(pd.Series(naive), "1个工作日")
    localised = pd.Series(naive).dt.tz_localize("Asia/Shanghai")
    got = vector.deadline_many(localised, "1个工作日").iloc[0].to_pydatetime()
    assert got == dt.datetime(2026, 12, 10, 18, tzinfo=SHANGHAI)
    target = Target("reply", "1个工作日")
    aware = pd.Series([pd.Timestamp("2025-09-30 10:00", tz=SHANGHAI)])
    at = dt.datetime(2025, 10, 1, tzinfo=SHANGHAI)
    with pytest.raises(InvalidInput, match=r"^stopped_at: must hold aware instants"):
        vector.status_many(aware, target, at=at, stopped_at=naive.astype("datetime64[us]"))


def test_numpy_columns_of_the_wrong_kind_are_refused_naming_the_argument() -> None:
    with pytest.raises(InvalidType, match=r"^starts: must hold instants.*\(got dtype\('int64'\)\)"):
        vector.deadline_many(np.array([1, 2]), "1个工作日")
    with pytest.raises(InvalidInput, match=r"^starts: must be one column"):
        vector.deadline_many(np.zeros((2, 2), dtype="datetime64[s]"), "1个工作日")
    naive = np.empty(1, dtype=object)
    naive[0] = dt.datetime(2025, 9, 30, 10)
    with pytest.raises(InvalidInput, match=r"^starts\[0\]"):
        vector.deadline_many(naive, "1个工作日")


_WALL = st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2026, 11, 30)).map(
    lambda t: t.replace(microsecond=0)
)


@settings(max_examples=40, deadline=None)
@given(walls=st.lists(_WALL, min_size=1, max_size=8), hours=st.integers(0, 30 * 24))
def test_numpy_columns_answer_as_the_list_does_R_SLA_01(
    walls: list[dt.datetime], hours: int
) -> None:
    """An object array of aware datetimes gives, row by row, what a list gives and what the
    scalar clock gives, as an object array."""
    aware = [w.replace(tzinfo=SHANGHAI) for w in walls]
    objects = np.empty(len(aware), dtype=object)
    objects[:] = aware
    target = Target("resolve", "3个工作日")
    at = max(aware) + dt.timedelta(hours=hours)
    by_list = vector.status_many(aware, target, at=at)
    got = vector.status_many(objects, target, at=at)
    assert got["state"].tolist() == by_list["state"]
    assert got["elapsed"].tolist() == by_list["elapsed"]
    assert got["due_at"].tolist() == by_list["due_at"]
    assert by_list["due_at"] == [Clock.start(a, target).status(at=at).due_at for a in aware]
    from custops import sla

    due = sla.due_many(objects, target)
    assert due.dtype == object
    assert due.tolist() == by_list["due_at"]


# --------------------------------------------------------------------------- bad input


def test_a_provisional_year_warns_like_the_scalar_path() -> None:
    cal = WorkCalendar(closures=[dt.date(2026, 3, 2)])  # a fresh instance: not yet warned
    with pytest.warns(ProvisionalCalendarWarning, match="2027"):
        vector.add_workdays_many(_arr([dt.date(2026, 12, 30)]), 5, calendar=cal)
    strict = WorkCalendar(strict=True)
    with pytest.raises(CalendarNotPublished):
        vector.is_workday_many(_arr([dt.date(2027, 3, 1)]), calendar=strict)
    assert vector.is_workday_many(_arr([dt.date(2026, 3, 2)]), calendar=strict).tolist() == [True]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_bad_columns_are_refused_naming_the_argument() -> None:
    with pytest.raises(InvalidType, match="days"):
        vector.add_workdays_many("2025-10-01", 1)
    with pytest.raises(InvalidType, match="days"):
        vector.add_workdays_many(np.array([1, 2]), 1)
    # the missing row is shown as the caller had it (a NaT), not as None
    with pytest.raises(InvalidInput, match=r"starts\[0\]: is missing.*\(got np.datetime64\('NaT'"):
        vector.workdays_between_many(
            np.array(["NaT"], dtype="datetime64[D]"),
            _arr([dt.date(2025, 1, 2)]),
            on_missing="raise",
        )
    with pytest.raises(InvalidInput, match=r"ends\[1\]: is missing.*\(got None\)$"):
        vector.workdays_between_many(
            _arr([dt.date(2025, 1, 2)] * 2), [dt.date(2025, 1, 3), None], on_missing="raise"
        )
    with pytest.raises(InvalidType, match=r"days\[1\]: must be a date .*not a str"):
        vector.add_workdays_many(pd.Series([dt.date(2026, 2, 13), "2026-02-14"]), 1)
    with pytest.raises(InvalidType, match=r"^workdays: must be an int or an array of ints"):
        vector.add_workdays_many(_arr([dt.date(2025, 1, 2)]), 1.5)
    with pytest.raises(InvalidInput, match=r"^workdays: must have the shape of the days"):
        vector.add_workdays_many(_arr([dt.date(2025, 1, 2)]), np.array([1, 2]))
    with pytest.raises(InvalidInput, match=r"^starts\[0\]: must be timezone-aware \(a naive"):
        vector.deadline_many([dt.datetime(2025, 1, 2, 9)], "1天")  # require_aware's wording (N4)
    with pytest.raises(InvalidType, match=r"^starts\[0\]: must be a timezone-aware datetime"):
        vector.deadline_many([dt.date(2025, 1, 2)], "1天")
    with pytest.raises(InvalidInput, match="starts"):
        vector.deadline_many(pd.Series(pd.to_datetime(["2025-01-02"])), "1天")
    with pytest.raises(InvalidInput, match="days"):
        vector.is_workday_many(_arr([dt.date(9999, 1, 1)]))
    # the refused value is the caller's count, worded as the scalar calendar words it
    with pytest.raises(InvalidInput, match=r"^workdays: goes past 2100, .*\(got 10000\)$"):
        vector.add_workdays_many(_arr([dt.date(2100, 6, 1)]), 10_000)


def test_the_calendars_end_names_the_callers_count_or_day_R_SLA_01() -> None:
    """R-SLA-01 in columns: a count that runs past the calendar's years is refused showing
    the caller's count (not a year) and the way it went, as the scalar calendar words it;
    a day outside the years is named by its row of the whole column (missing rows
    included) with the day."""
    cal = WorkCalendar()
    with pytest.raises(InvalidInput) as caught:
        vector.add_workdays_many(_arr([dt.date(2100, 12, 30)]), 5)
    assert str(caught.value) == str(_scalar_refusal(cal, dt.date(2100, 12, 30), 5))
    with pytest.raises(InvalidInput) as caught:
        vector.add_workdays_many(_arr([dt.date(1950, 1, 3)]), -5)
    assert str(caught.value) == str(_scalar_refusal(cal, dt.date(1950, 1, 3), -5))
    assert "first supported year (got -5)" in str(caught.value)
    days = _arr([None, dt.date(2025, 1, 2), None, dt.date(2100, 12, 30)])
    with pytest.raises(InvalidInput) as caught:
        vector.add_workdays_many(days, np.array([1, 1, 1, 5]))
    assert (caught.value.argument, caught.value.value) == ("workdays[3]", 5)
    with pytest.raises(InvalidInput) as caught:
        vector.add_workdays_many(days, np.array([1, -(10**6), 1, 1]))
    assert (caught.value.argument, caught.value.value) == ("workdays[1]", -(10**6))
    late = _arr([None, dt.date(2025, 1, 2), None, dt.date(2101, 1, 1)])
    with pytest.raises(InvalidInput) as caught:
        vector.add_workdays_many(late, 1)
    assert (caught.value.argument, caught.value.value) == ("days[3]", dt.date(2101, 1, 1))
    assert "lies outside the years 1950-2100 the CN calendar supports" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        vector.workdays_between_many(
            _arr([dt.date(2025, 1, 2)] * 2), _arr([dt.date(2025, 1, 3), dt.date(1949, 12, 31)])
        )
    assert (caught.value.argument, caught.value.value) == ("ends[1]", dt.date(1949, 12, 31))


def _scalar_refusal(cal: WorkCalendar, day: dt.date, workdays: int) -> InvalidInput:
    """What the scalar calendar says for the same count (the columns' wording)."""
    try:
        cal.add_workdays(day, workdays)
    except InvalidInput as error:
        return error
    raise AssertionError(f"{workdays} working days from {day} were counted")


def test_a_series_of_date_objects_is_accepted_and_given_back_as_dates_R_SLA_01() -> None:
    """``df["opened"].dt.date`` (an object column of dates) works like a
    list of the same dates, and the answer holds dates again."""
    opened = pd.Series(pd.to_datetime(["2025-09-30 16:00", "2026-02-13 10:00", None]))
    got = vector.add_workdays_many(opened.dt.date, 1)
    assert got.dtype == object
    assert got.tolist()[:2] == [dt.date(2025, 10, 9), dt.date(2026, 2, 14)]
    assert got.tolist()[2] is None
    as_list = vector.add_workdays_many([dt.date(2025, 9, 30), dt.date(2026, 2, 13)], 1)
    assert got.tolist()[:2] == as_list
    objects = np.array([dt.date(2025, 10, 11)], dtype=object)
    assert vector.is_workday_many(objects).tolist() == [True]


def test_a_really_wrong_dtype_says_what_is_accepted() -> None:
    with pytest.raises(InvalidType, match=r"datetime64 column, or datetime\.date objects") as info:
        vector.add_workdays_many(np.array(["2026-02-13"]), 1)
    assert "dtype('<U10')" in str(info.value)
    with pytest.raises(InvalidType, match=r"days\[0\]: must be a date.*not a datetime"):
        vector.add_workdays_many([dt.datetime(2026, 2, 13, 9)], 1)


def test_a_missing_day_or_start_gives_a_missing_answer_R_SLA_08() -> None:
    """Wish 5: NaT (or None) in, NaT (or None) out, row by row, as numpy's own
    ``busday_offset`` does; a yes/no column says False, a key column None."""
    days = np.array(["2025-09-30", "NaT", "2025-10-01"], dtype="datetime64[D]")
    assert vector.add_workdays_many(days, 1).tolist() == [
        dt.date(2025, 10, 9),
        None,
        dt.date(2025, 10, 9),
    ]
    ns = np.array([1, 5, 0])
    assert vector.add_workdays_many(days, ns).tolist() == [
        dt.date(2025, 10, 9),
        None,
        dt.date(2025, 10, 1),
    ]
    assert vector.roll_many(days).tolist() == [dt.date(2025, 9, 30), None, dt.date(2025, 10, 9)]
    assert vector.is_workday_many(days).tolist() == [True, False, False]
    assert vector.day_kind_many(days).tolist() == ["workday", None, "holiday"]
    assert vector.add_workdays_many([None, dt.date(2025, 9, 30)], 1) == [None, dt.date(2025, 10, 9)]
    assert vector.add_workdays_many(days[1:2], 3).tolist() == [None]
    start = dt.datetime(2025, 9, 30, 16, tzinfo=SHANGHAI)
    assert vector.deadline_many([start, None], "3个工作日") == [deadline(start, "3个工作日"), None]
    series = pd.Series([pd.Timestamp(start), pd.NaT], dtype="datetime64[ns, Asia/Shanghai]")
    for period in ("3个工作日", "8个工作小时", "24小时", "0天"):
        due = vector.deadline_many(series, period)
        assert due.iloc[0].to_pydatetime() == deadline(start, period)
        assert pd.isna(due.iloc[1])
    utc = pd.Series(np.array(["2025-09-30T08:00", "NaT"], dtype="datetime64[us]"))
    assert vector.deadline_many(utc.dt.tz_localize("UTC"), "1天").isna().tolist() == [False, True]


# --------------------------------------------------------------------------- properties


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=60, deadline=None)
@given(st.lists(published_days, min_size=1, max_size=40), st.integers(-400, 400))
def test_add_workdays_equals_the_scalar_path(days: list[dt.date], n: int) -> None:
    cal = china()
    got = vector.add_workdays_many(_arr(days), n).tolist()
    assert got == [cal.add_workdays(d, n) for d in days]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(days_2024_2027, st.integers(-30, 30)), min_size=1, max_size=30))
def test_add_workdays_in_provisional_and_company_years(pairs: list[tuple[dt.date, int]]) -> None:
    days = [d for d, _ in pairs]
    ns = np.array([n for _, n in pairs])
    for cal in (COMPANY, WorkCalendar()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ProvisionalCalendarWarning)
            got = vector.add_workdays_many(_arr(days), ns, calendar=cal).tolist()
            expected = [cal.add_workdays(d, n) for d, n in pairs]
        assert got == expected


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(published_days, published_days), min_size=1, max_size=30))
def test_workdays_between_equals_the_scalar_path(pairs: list[tuple[dt.date, dt.date]]) -> None:
    a = [x for x, _ in pairs]
    b = [y for _, y in pairs]
    got = vector.workdays_between_many(_arr(a), _arr(b)).tolist()
    assert got == [china().workdays_between(x, y) for x, y in pairs]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.none() | published_days, st.none() | published_days), min_size=1, max_size=20
    )
)
def test_workdays_between_keeps_a_missing_row_R_SLA_13(
    pairs: list[tuple[dt.date | None, dt.date | None]],
) -> None:
    """A row missing either day counts nothing (``None``), as its siblings keep a missing
    row; the other rows are the scalar path's."""
    got = vector.workdays_between_many([x for x, _ in pairs], [y for _, y in pairs])
    assert list(got) == [
        None if x is None or y is None else china().workdays_between(x, y) for x, y in pairs
    ]


@settings(max_examples=40, deadline=None)
@given(st.lists(published_days, min_size=1, max_size=30), st.sampled_from(list(Roll)))
def test_roll_and_is_workday_equal_the_scalar_path_R_SLA_01(
    days: list[dt.date], roll: Roll
) -> None:
    """The bulk ``roll`` is ``WorkCalendar.roll`` row by row, for each ``Roll``."""
    cal = china()
    assert vector.roll_many(_arr(days), roll=roll).tolist() == [
        cal.roll(d, roll=roll) for d in days
    ]
    assert vector.roll_many(_arr(days), roll=roll.value).tolist() == [
        cal.roll(d, roll=roll) for d in days
    ]
    assert vector.is_workday_many(_arr(days)).tolist() == [cal.is_workday(d) for d in days]


def test_roll_takes_the_scalar_options_R_SLA_01() -> None:
    """National Day 2025: 1-8 October off; 9 October a working day.  ``modified_following``
    of 31 May 2025 (a Saturday; 2 June the Dragon Boat Festival's day off) stays in May."""
    days = _arr([dt.date(2025, 10, 1), dt.date(2025, 5, 31), dt.date(2025, 9, 30)])
    assert vector.roll_many(days).tolist() == [
        dt.date(2025, 10, 9),
        dt.date(2025, 6, 3),
        dt.date(2025, 9, 30),
    ]
    assert vector.roll_many(days, roll="preceding").tolist() == [
        dt.date(2025, 9, 30),
        dt.date(2025, 5, 30),
        dt.date(2025, 9, 30),
    ]
    assert vector.roll_many(days, roll=Roll.MODIFIED_FOLLOWING).tolist() == [
        dt.date(2025, 10, 9),
        dt.date(2025, 5, 30),
        dt.date(2025, 9, 30),
    ]
    with pytest.raises(InvalidInput, match=r"^roll: "):
        vector.roll_many(days, roll="sideways")


instants = st.datetimes(
    dt.datetime(2024, 1, 1), dt.datetime(2026, 11, 30), timezones=st.sampled_from([SHANGHAI])
)
periods = st.sampled_from(
    [
        "0天",
        "1天",
        "3天",
        "1周",
        "1个月",
        "半年",
        "1个工作日",
        "3个工作日",
        "7个工作日",
        "24小时",
        "90分钟",
        "8个工作小时",
        "1个工作小时",
        "0个工作日",
    ]
)


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=60, deadline=None)
@given(st.lists(instants, min_size=1, max_size=20), periods)
def test_deadlines_equal_the_scalar_path_R_SLA_09(starts: list[dt.datetime], period: str) -> None:
    got = vector.deadline_many(starts, period)
    assert got == [deadline(s, period) for s in starts]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=60, deadline=None)
@given(st.lists(instants, min_size=1, max_size=20), periods, st.sampled_from(list(Roll)))
def test_deadlines_take_the_scalar_roll_R_PER_01(
    starts: list[dt.datetime], period: str, roll: Roll
) -> None:
    """``roll`` moves a last day off a rest day in bulk as ``periods.deadline(roll=…)`` does
    (art. 203; a backward roll never ends a period on or before its start)."""
    got = vector.deadline_many(starts, period, roll=roll)
    assert got == [deadline(s, period, roll=roll) for s in starts]
    flags = vector.provisional_many(starts, period, roll=roll.value)
    assert list(flags) == [deadline(s, period, roll=roll, explain=True).provisional for s in starts]


def test_deadlines_roll_back_a_month_ending_in_a_holiday_R_PER_01() -> None:
    """1 September 2025 + 1 month is 1 October, National Day: following gives 9 October,
    preceding 30 September."""
    start = [dt.datetime(2025, 9, 1, 10, tzinfo=SHANGHAI)]
    assert [t.date() for t in vector.deadline_many(start, "1个月")] == [dt.date(2025, 10, 9)]
    back = vector.deadline_many(start, "1个月", roll="preceding")
    assert [t.date() for t in back] == [dt.date(2025, 9, 30)]
    with pytest.raises(InvalidInput, match=r"^roll: "):
        vector.deadline_many(start, "1个月", roll="sideways")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.datetimes(
            dt.datetime(2025, 1, 1), dt.datetime(2025, 12, 31), timezones=st.just(NEW_YORK)
        ),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from(["1天", "2个工作日", "4个工作小时", "36小时"]),
)
def test_deadlines_across_dst_equal_the_scalar_path(starts: list[dt.datetime], period: str) -> None:
    cal = WorkCalendar("US", zone="America/New_York")
    got = vector.deadline_many(starts, period, calendar=cal)
    assert got == [deadline(s, period, calendar=cal) for s in starts]


def test_working_time_convention_equals_the_scalar_path() -> None:
    starts = [dt.datetime(2025, 9, 30, 16, 30, tzinfo=SHANGHAI)]
    got = vector.deadline_many(starts, "2个工作日", convention="working_time")
    assert got == [deadline(starts[0], "2个工作日", convention="working_time")]


# --------------------------------------------------------------------------- SLA clocks

from custops.sla import Clock, ClockEvent, EventKind, Target  # noqa: E402

TARGETS = {
    "reply": Target("reply", "24小时", rule="R-SLA-05"),
    "solution": Target("solution", "1个工作日", rule="R-SLA-01"),
    "resolve": Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09"),
    "working": Target("working", "8个工作小时", rule="R-SLA-09"),
    "week": Target("week", "1周", rule="R-SLA-04"),
    # the last day to 24:00 (R-PER-01, art. 203 ¶2): counted to the close, ended at 24:00
    "solution_midnight": Target("solution", "1个工作日", cutoff="midnight", rule="R-SLA-01"),
    "resolve_midnight": Target(
        "resolve", "3个工作日", special_period="7个工作日", cutoff="midnight", rule="R-SLA-09"
    ),
}
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


Pauses = list[tuple[dt.datetime, dt.datetime | None]]
ClockRow = tuple[dt.datetime, Pauses, dt.datetime | None, dt.datetime]


@st.composite
def clocks(draw: st.DrawFn) -> ClockRow:
    """A valid single-cycle clock: pauses in order, a stop after them, ``at`` after all."""
    start = draw(
        st.datetimes(dt.datetime(2025, 1, 2), dt.datetime(2026, 6, 30), timezones=st.just(SHANGHAI))
    )
    t = start
    pauses: Pauses = []
    for _ in range(draw(st.integers(0, 3))):
        p0 = t + draw(st.integers(0, 72)) * HOUR + draw(st.integers(0, 59)) * MINUTE
        open_pause = draw(st.booleans()) and not pauses
        p1 = None if open_pause else p0 + draw(st.integers(0, 96)) * HOUR
        pauses.append((p0, p1))
        if p1 is None:
            t = p0
            break
        t = p1
    stop = None
    if draw(st.booleans()):  # a paused clock may be stopped too
        stop = t + draw(st.integers(0, 200)) * HOUR
        t = stop
    at = t + draw(st.integers(0, 300)) * HOUR
    return start, pauses, stop, at


@st.composite
def any_clocks(draw: st.DrawFn) -> ClockRow:
    """A clock whose events may be in any order: before the start, a pause ending before
    it begins, overlapping pauses, a pause after the stop, a pause after an open pause."""
    start = draw(
        st.datetimes(dt.datetime(2025, 1, 2), dt.datetime(2026, 6, 30), timezones=st.just(SHANGHAI))
    )
    offsets = st.integers(-48, 200).map(lambda h: start + h * HOUR)
    pauses: Pauses = draw(st.lists(st.tuples(offsets, st.none() | offsets), max_size=3))
    stop = draw(st.none() | offsets)
    return start, pauses, stop, draw(offsets)


def _events(start: dt.datetime, pauses: Pauses, stop: dt.datetime | None) -> list[ClockEvent]:
    """The scalar events of a row: start, the pauses in time order (an open one last), stop."""
    events = [ClockEvent(start, EventKind.START)]
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    for a, b in sorted(pauses, key=lambda p: (p[0], far if p[1] is None else p[1])):
        events.append(ClockEvent(a, EventKind.PAUSE))
        if b is not None:
            events.append(ClockEvent(b, EventKind.RESUME))
    if stop is not None:
        events.append(ClockEvent(stop, EventKind.STOP))
    return events


PauseTable = tuple[Any, list[dt.datetime], list[dt.datetime | None]]


def _columns(rows: list[ClockRow]) -> tuple[list[dt.datetime | None], PauseTable]:
    """The ``stopped_at`` column and the long ``pauses`` table of ``rows``."""
    clock_ix = [i for i, r in enumerate(rows) for _ in r[1]]
    pauses = (
        np.array(clock_ix, dtype=np.int64),
        [p[0] for r in rows for p in r[1]],
        [p[1] for r in rows for p in r[1]],
    )
    return [r[2] for r in rows], pauses


@settings(max_examples=120, deadline=None)
@given(st.lists(clocks(), min_size=1, max_size=6), st.sampled_from(sorted(TARGETS)))
def test_clock_statuses_equal_clock_status_R_SLA_09(
    rows: list[ClockRow],
    name: str,
) -> None:
    target = TARGETS[name]
    at = max(r[3] for r in rows)
    starts = [r[0] for r in rows]
    stopped_at, table = _columns(rows)
    got = vector.status_many(starts, target, at=at, stopped_at=stopped_at, pauses=table)
    for i, (start, pauses, stop, _) in enumerate(rows):
        status = Clock(target, tuple(_events(start, pauses, stop))).status(at=at)
        assert got["due_at"][i] == status.due_at, (i, status)
        assert got["state"][i] == status.state.value, (i, status)
        assert got["elapsed"][i] == np.timedelta64(status.elapsed, "us")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(clocks(), any_clocks()), min_size=1, max_size=4),
    st.sampled_from(sorted(TARGETS)),
    st.booleans(),
)
def test_clock_statuses_refuse_what_clock_refuses_R_SLA_09(
    rows: list[ClockRow], name: str, shuffle: bool
) -> None:
    """The columns refuse every event table the scalar clock refuses
    (an event before the start or before the one before it, a pause while paused, an
    event after the stop, ``at`` before a start), and otherwise answer as it does."""
    target = TARGETS[name]
    at = rows[0][3]
    starts = [r[0] for r in rows]
    stopped_at, (clock_ix, p0, p1) = _columns(rows)
    if shuffle:  # the order of the long pause table carries no meaning
        clock_ix, p0, p1 = clock_ix[::-1], p0[::-1], p1[::-1]
    columns = {"stopped_at": stopped_at, "pauses": (clock_ix, p0, p1)}
    try:
        scalar = [
            Clock(target, tuple(_events(start, pauses, stop))).status(at=at)
            for start, pauses, stop, _ in rows
        ]
    except CustopsError:
        with pytest.raises(InvalidInput):
            vector.status_many(starts, target, at=at, **columns)  # type: ignore[arg-type]
        return
    got = vector.status_many(starts, target, at=at, **columns)  # type: ignore[arg-type]
    for i, status in enumerate(scalar):
        assert got["due_at"][i] == status.due_at, (i, status)
        assert got["state"][i] == status.state.value, (i, status)
        assert got["elapsed"][i] == np.timedelta64(status.elapsed, "us")
        assert got["allowance"][i] == np.timedelta64(status.allowance, "us")


def _at(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SHANGHAI)


BAD_TABLES = [
    # (what the audit saw, keywords of status_many, the refusal)
    ("at before the start", {"at": _at(2025, 1, 1)}, r"^at: is before the start of clock 0"),
    (
        "stop before the start",
        {"stopped_at": [_at(2026, 2, 12, 10)]},
        r"^stopped_at\[0\]: is before the clock's start \(2026-02-13 16:00",
    ),
    (
        "pause before the start",
        {"pauses": (np.array([0]), [_at(2026, 2, 12, 10)], [_at(2026, 2, 12, 12)])},
        r"^pauses: the pause in row 0 begins before the start of clock 0",
    ),
    (
        "pause ending before it begins",
        {"pauses": (np.array([0]), [_at(2026, 2, 14, 12)], [_at(2026, 2, 14, 10)])},
        r"^pauses: the pause in row 0 ends before it begins \(2026-02-14 12:00",
    ),
    (
        "pause after the stop",
        {
            "stopped_at": [_at(2026, 2, 14, 10)],
            "pauses": (np.array([0]), [_at(2026, 2, 24, 12)], [_at(2026, 2, 24, 14)]),
        },
        r"^stopped_at\[0\]: is before the end of its pause in row 0 of pauses",
    ),
    (
        "overlapping pauses",
        {
            "pauses": (
                np.array([0, 0]),
                [_at(2026, 2, 14, 10), _at(2026, 2, 14, 11)],
                [_at(2026, 2, 14, 12), _at(2026, 2, 14, 13)],
            )
        },
        r"^pauses: the pause in row 1 begins before the pause in row 0 \(clock 0\) ends",
    ),
    (
        "a pause while paused",
        {
            "pauses": (
                np.array([0, 0]),
                [_at(2026, 2, 14, 10), _at(2026, 2, 16, 11)],
                [None, _at(2026, 2, 16, 13)],
            )
        },
        r"still paused \(the pause in row 0 has no end\)",
    ),
    (
        "a missing pause start",
        {"pauses": (np.array([0]), [None], [_at(2026, 2, 14, 10)])},
        r"^pauses: the pause in row 0 has no start",
    ),
]


@pytest.mark.parametrize(("case", "columns", "refusal"), BAD_TABLES, ids=[b[0] for b in BAD_TABLES])
def test_event_tables_the_scalar_clock_refuses_are_refused_R_SLA_09(
    case: str, columns: dict[str, object], refusal: str
) -> None:
    """Each of these gave numbers (negative elapsed, 'met', a moved
    due time); now the column and the row are named, and the scalar clock agrees."""
    target = TARGETS["resolve"]
    start = _at(2026, 2, 13, 16)
    keywords = {"at": _at(2026, 2, 25, 17), **columns}
    with pytest.raises(InvalidInput, match=refusal) as info:
        vector.status_many([start], target, **keywords)  # type: ignore[arg-type]
    assert isinstance(info.value, CustopsError)
    stop: Any = (keywords.get("stopped_at") or [None])[0]  # type: ignore[index]
    table: Any = keywords.get("pauses") or (None, [], [])
    _, p0, p1 = table
    if None in p0:
        return  # a pause without a start has no scalar form
    events = _events(start, list(zip(p0, p1, strict=True)), stop)
    with pytest.raises(CustopsError):
        Clock(target, tuple(events)).status(at=keywords["at"])  # type: ignore[arg-type]


def test_a_clock_stopped_while_paused_and_a_late_row_in_a_snapshot() -> None:
    """A stop during an open pause is allowed (as for ``Clock.stop``); one clock started
    after ``at`` (a month-end snapshot holding later tickets) refuses the table, naming it."""
    target = TARGETS["resolve"]
    start = _at(2026, 2, 13, 16)
    pauses = (np.array([0]), [_at(2026, 2, 14, 10)], [None])
    got = vector.status_many(
        [start], target, at=_at(2026, 3, 2, 9), stopped_at=[_at(2026, 2, 27, 10)], pauses=pauses
    )
    scalar = (
        Clock.start(start, target).pause(_at(2026, 2, 14, 10)).stop(_at(2026, 2, 27, 10))
    ).status(at=_at(2026, 3, 2, 9))
    assert got["state"] == [scalar.state.value]
    assert got["due_at"] == [scalar.due_at]
    with pytest.raises(InvalidInput, match=r"^at: is before the start of clock 1 \(2026-03-02"):
        vector.status_many([start, _at(2026, 3, 2, 9)], target, at=_at(2026, 2, 28, 9))


def test_a_clock_without_its_start_is_refused_naming_the_row() -> None:
    target = TARGETS["resolve"]
    start = dt.datetime(2025, 9, 30, 16, tzinfo=SHANGHAI)
    with pytest.raises(InvalidInput, match=r"starts\[1\]: is missing.*\(got None\)$"):
        vector.status_many([start, None], target, at=start + HOUR)
    column = pd.Series([start, pd.NaT], index=[7, 8])  # the row by label and position
    with pytest.raises(
        InvalidInput, match=r"starts\[label 8\] \(position 1\): is missing.*\(got NaT\)$"
    ):
        vector.status_many(column, target, at=start + HOUR)


@settings(max_examples=30)
@given(
    cal=testing.calendars(),
    days=st.lists(testing.dates(), min_size=1, max_size=20),
    n=st.integers(-30, 30),
)
def test_columns_are_the_same_in_every_language(
    cal: WorkCalendar, days: list[dt.date], n: int
) -> None:
    """Issue 15: column answers are keys, numbers and days, not sentences — the active
    language changes none of them (R-SLA-01 working days, R-SLA-13 counts)."""
    answers = {}
    for code in ("zh_CN", "en_US"):
        with language(code):
            answers[code] = (
                vector.day_kind_many(_arr(days), calendar=cal).tolist(),
                vector.add_workdays_many(_arr(days), n, calendar=cal).tolist(),
                vector.workdays_between_many(_arr(days), _arr(days[::-1]), calendar=cal).tolist(),
                cal.table(min(days), min(days) + dt.timedelta(days=9)),
            )
    assert answers["zh_CN"] == answers["en_US"]
    assert all(key.isascii() for key in answers["en_US"][0])


def test_add_workdays_names_its_quantity_workdays_R_SLA_01() -> None:
    """the column of working days is ``workdays``, as keyword and in
    errors, and a keyword call equals the scalar API."""
    days = _arr([dt.date(2025, 9, 30), dt.date(2026, 2, 13)])
    got = vector.add_workdays_many(days, workdays=np.array([3, -1])).tolist()
    assert got == [china().add_workdays(dt.date(2025, 9, 30), workdays=3), dt.date(2026, 2, 12)]
    bool_refused = r"^workdays: must be an int or an array of ints, not a bool \(got True\)"
    for flag in (True, np.True_, np.array([True, False])):
        with pytest.raises(InvalidType, match=bool_refused if flag is True else "^workdays: "):
            vector.add_workdays_many(days, workdays=flag)
    with pytest.raises(InvalidInput, match=r"^workdays: leads past the calendar's years"):
        vector.add_workdays_many(days, workdays=10**9)


@pytest.mark.parametrize(
    "column",
    [
        lambda: np.array(["2025-09-30T20:00"], dtype="datetime64[ns]"),
        lambda: pd.Series(pd.to_datetime(["2025-09-30 20:00"])),
        lambda: np.array(["2025-09-30", "2025-10-09T00:00:01"], dtype="datetime64[s]"),
    ],
)
def test_a_timestamp_with_a_time_of_day_is_no_day_R_SLA_01(column: Any) -> None:
    """R-SLA-01: a naive timestamp column holds days only at midnight; a time of day is a
    moment, refused naming its row and showing it as given (it was cut to its day)."""
    days = column()
    with pytest.raises(InvalidInput, match="must be a day, not a moment") as refused:
        vector.add_workdays_many(days, 1)
    argument = str(refused.value.argument)
    row = int(argument.removeprefix("days[").removesuffix("]"))
    given = days.iloc[row] if isinstance(days, pd.Series) else days[row]
    assert refused.value.value == np.datetime64(given)
    midnight = pd.Series(pd.to_datetime(["2025-09-30", None]))  # days at midnight, one missing
    assert vector.add_workdays_many(midnight, 1).tolist()[0] == pd.Timestamp("2025-10-09")


@given(st.integers(-12, 14), st.integers(1, 23))
def test_clock_refusals_show_the_instant_as_given_R_SLA_05(offset: int, hours_before: int) -> None:
    """R-SLA-05: a stop or a pause before its clock's start is refused showing the instant the
    caller gave, in its own zone (not converted to the calendar's)."""
    sh = ZoneInfo("Asia/Shanghai")
    start = dt.datetime(2025, 9, 30, 16, tzinfo=sh)
    zone = dt.timezone(dt.timedelta(hours=offset))
    early = (start - dt.timedelta(hours=hours_before)).astimezone(zone)
    target = Target("reply", "3个工作日", rule="R-SLA-05")
    at = dt.datetime(2025, 10, 10, tzinfo=sh)
    with pytest.raises(InvalidInput) as stop:
        vector.status_many([start], target, at=at, stopped_at=[early])
    with pytest.raises(InvalidInput) as pause:
        vector.status_many([start], target, at=at, pauses=([0], [early], [None]))
    for refused, argument in ((stop, "stopped_at[0]"), (pause, "pauses")):
        assert refused.value.argument == argument
        assert refused.value.value == early
        assert refused.value.value.tzinfo == zone


# --------------------------------------------------------------------------- provisional rows

instants_2026_2027 = st.datetimes(
    dt.datetime(2026, 11, 1), dt.datetime(2027, 12, 31, 23, 59), timezones=st.just(SHANGHAI)
)
bulk_periods = st.sampled_from(
    ["3个工作日", "1个工作日", "10个工作日", "0个工作日", "24小时", "1周", "8个工作小时", "3天"]
)


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_provisional_rows_of_a_ticket_desk_R_PER_01() -> None:
    """docs/rules.md §1: a deadline counted through 2027 (no notice in the data) is marked
    per row, elapsed time never (R-SLA-05); with the notice typed in, none is."""
    starts = pd.Series(
        pd.to_datetime(["2026-12-01 10:00", "2026-12-31 23:59", "2027-09-30 17:00", None]),
        index=["T9", "T5", "T11", "T0"],
    ).dt.tz_localize("Asia/Shanghai")
    got = vector.provisional_many(starts, "3个工作日")
    assert got.tolist() == [False, True, True, False]
    assert got.index.tolist() == ["T9", "T5", "T11", "T0"]
    assert got.name == "provisional"
    assert vector.provisional_many(starts, "24小时").tolist() == [False] * 4
    from test_calendars import NOTICE_2027

    cal = WorkCalendar(arrangements=[NOTICE_2027])
    assert vector.provisional_many(starts, "3个工作日", calendar=cal).tolist() == [False] * 4
    assert vector.provisional_many([None, starts.iloc[1].to_pydatetime()], "1周") == [False, True]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=40, deadline=None)
@given(
    st.lists(instants_2026_2027, min_size=1, max_size=12),
    bulk_periods,
    st.sampled_from(["close_of_business", "midnight"]),
)
def test_provisional_rows_equal_the_scalar_answer(
    starts: list[dt.datetime], period: str, cutoff: str
) -> None:
    """Invariant: row by row, ``vector.provisional_many`` is the scalar ``provisional`` and the
    flag of ``deadline(..., explain=True)`` (docs/rules.md §1, R-PER-01)."""
    got = vector.provisional_many(starts, period, cutoff=cutoff)
    for start, flag in zip(starts, got, strict=True):
        assert flag == one_provisional(start, period, cutoff=cutoff)
        assert flag == deadline(start, period, cutoff=cutoff, explain=True).provisional


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.datetimes(
            dt.datetime(2025, 12, 20),
            dt.datetime(2028, 1, 10),
            timezones=st.sampled_from([SHANGHAI, NEW_YORK, dt.timezone(dt.timedelta(hours=14))]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["1个工作日", "3个工作日", "0个工作日", "2天", "1周", "8个工作小时"]),
    st.sampled_from(["close_of_business", "midnight"]),
    st.sampled_from([china(), WorkCalendar(zone=NEW_YORK)]),
)
def test_provisional_rows_near_year_ends_equal_the_scalar_answer(
    starts: list[dt.datetime], period: str, cutoff: str, cal: WorkCalendar
) -> None:
    """Invariant: starts in any zone, on either side of a new year, published or not, are
    flagged as the scalar explanation flags them, in the calendar's own zone (R-PER-01)."""
    got = vector.provisional_many(starts, period, cutoff=cutoff, calendar=cal)
    for start, flag in zip(starts, got, strict=True):
        assert (
            flag == deadline(start, period, cutoff=cutoff, calendar=cal, explain=True).provisional
        )


def test_deadlines_with_provisional_give_both_columns_of_one_count_R_PER_01() -> None:
    """docs/rules.md §1: one call gives the deadlines and their provisional flags, as two
    columns named and indexed as the starts, with no warning besides the flags."""
    starts = pd.Series(
        pd.to_datetime(["2026-12-01 10:00", "2026-12-31 23:59", None]), index=["T9", "T5", "T0"]
    ).dt.tz_localize("Asia/Shanghai")
    cal = WorkCalendar(closures=[dt.date(2026, 3, 2)])  # a fresh instance: not yet warned
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the flags are the answer: no warning besides them
        both = vector.deadline_many(starts, "3个工作日", calendar=cal, with_provisional=True)
    assert sorted(both) == ["due_at", "provisional"]
    assert both["provisional"].tolist() == [False, True, False]
    assert both["provisional"].name == "provisional"
    assert both["due_at"].name == "due_at"
    assert both["due_at"].index.tolist() == ["T9", "T5", "T0"]
    assert str(both["due_at"].iloc[0]) == "2026-12-04 18:00:00+08:00"
    assert pd.isna(both["due_at"].iloc[2])
    table = pd.DataFrame(both)
    assert table.columns.tolist() == ["due_at", "provisional"]
    hours = vector.deadline_many([starts.iloc[1].to_pydatetime()], "24小时", with_provisional=True)
    assert hours["provisional"] == [False]  # elapsed time is never provisional (R-SLA-05)
    assert hours["due_at"] == [dt.datetime(2027, 1, 1, 23, 59, tzinfo=SHANGHAI)]
    empty = vector.deadline_many(starts.iloc[:0], "1天", with_provisional=True)
    assert len(empty["due_at"]) == len(empty["provisional"]) == 0
    with pytest.raises(InvalidType, match=r"^with_provisional: must be a bool.*'yes'"):
        vector.deadline_many(starts, "1天", with_provisional="yes")  # type: ignore[call-overload]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.one_of(st.none(), instants_2026_2027), min_size=0, max_size=12),
    bulk_periods,
    st.sampled_from(["close_of_business", "midnight"]),
    st.sampled_from(["civil_code", "working_time"]),
)
def test_deadlines_with_provisional_equal_the_two_calls(
    starts: list[dt.datetime | None], period: str, cutoff: str, convention: str
) -> None:
    """Invariant: ``deadline_many(..., with_provisional=True)`` is ``deadline_many(...)`` beside
    ``provisional_many(...)`` of the same arguments, row by row (R-PER-01)."""
    options: dict[str, Any] = {"cutoff": cutoff, "convention": convention}
    both = vector.deadline_many(starts, period, with_provisional=True, **options)
    assert both["due_at"] == vector.deadline_many(starts, period, **options)
    assert both["provisional"] == vector.provisional_many(starts, period, **options)
    column = pd.Series(starts, dtype=object)
    if any(s is not None for s in starts):
        column = pd.Series(pd.to_datetime(column, utc=True)).dt.tz_convert("Asia/Shanghai")
    of_series = vector.deadline_many(column, period, with_provisional=True, **options)
    pd.testing.assert_series_equal(
        of_series["due_at"], vector.deadline_many(column, period, **options).rename("due_at")
    )
    pd.testing.assert_series_equal(
        of_series["provisional"], vector.provisional_many(column, period, **options)
    )


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=40, deadline=None)
@given(
    st.lists(instants_2026_2027, min_size=1, max_size=12),
    st.integers(1, 12),
    st.sampled_from([COMPANY, WorkCalendar(business_hours=None), china()]),
)
def test_working_time_workdays_in_bulk_equal_the_scalar_path_R_PER_02(
    starts: list[dt.datetime], workdays: int, cal: WorkCalendar
) -> None:
    """Invariant: working days under convention="working_time" (counted in bulk as working
    hours are) give the scalar answer per row (R-PER-02)."""
    period = f"{workdays}个工作日"
    got = vector.deadline_many(starts, period, calendar=cal, convention="working_time")
    assert got == [deadline(s, period, calendar=cal, convention="working_time") for s in starts]


def test_pyarrow_backed_and_object_series_of_aware_instants_are_read_R_SLA_09() -> None:
    """A ticket table read with dtype_backend="pyarrow" holds zoned timestamps; an object
    column holds aware datetimes in any zones: both are aware, both are read."""
    start = dt.datetime(2026, 12, 9, 10, tzinfo=SHANGHAI)
    expected = deadline(start, "3个工作日")
    mixed = pd.Series([start, start.astimezone(NEW_YORK)], dtype=object)
    assert [t.to_pydatetime() for t in vector.deadline_many(mixed, "3个工作日")] == [expected] * 2
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: must be timezone-aware"):
        vector.deadline_many(pd.Series([start, dt.datetime(2026, 12, 9)], dtype=object), "1天")
    pytest.importorskip("pyarrow")
    arrow = pd.Series([start]).astype("timestamp[us, tz=Asia/Shanghai][pyarrow]")
    assert vector.deadline_many(arrow, "3个工作日").iloc[0].to_pydatetime() == expected
    assert vector.provisional_many(arrow, "3个工作日").tolist() == [False]
    target = Target("resolve", "3个工作日", rule="R-SLA-09")
    at = dt.datetime(2026, 12, 10, tzinfo=SHANGHAI)
    status = vector.status_many(arrow, target, at=at, stopped_at=arrow)
    assert status["due_at"].iloc[0].to_pydatetime() == expected


def test_vector_exports_only_its_functions() -> None:
    assert sorted(vector.__all__) == [
        "Missing",
        "add_workdays_many",
        "day_kind_many",
        "deadline_many",
        "is_workday_many",
        "provisional_many",
        "roll_many",
        "status_many",
        "workdays_between_many",
    ]
    assert all(callable(getattr(vector, name)) for name in vector.__all__)


def test_a_midnight_target_is_counted_as_the_scalar_clock_counts_it_R_PER_01() -> None:
    """``cutoff="midnight"``: the allowance runs out at the close of business of the last
    working day, and the day ends at 24:00 (R-PER-01, art. 203 ¶2); a pause that moves the
    due time on moves it to 24:00 of its new day, as ``Clock.status`` says (R-SLA-09)."""
    target = Target("resolve", "3个工作日", cutoff="midnight", rule="R-SLA-09")
    starts = [_at(2025, 9, 30, 16), _at(2025, 11, 14, 10)]
    pauses = (np.array([1]), [_at(2025, 11, 14, 12)], [_at(2025, 11, 17, 12)])
    at = _at(2025, 11, 19, 20)
    got = vector.status_many(starts, target, at=at, pauses=pauses)
    assert got["due_at"][0] == _at(2025, 10, 12)  # 10-11 (调休 Saturday) to 24:00
    assert got["due_at"][1] == _at(2025, 11, 21)  # 11-19 moved a day by the pause, to 24:00
    assert got["state"] == ["breached", "running"]
    for i, start in enumerate(starts):
        events = [ClockEvent(start, EventKind.START)]
        if i == 1:
            events += [ClockEvent(pauses[1][0], EventKind.PAUSE)]
            events += [ClockEvent(pauses[2][0], EventKind.RESUME)]
        status = Clock(target, tuple(events)).status(at=at)
        assert (got["due_at"][i], got["state"][i]) == (status.due_at, status.state.value)
        assert got["allowance"][i] == status.allowance


# ------------------------------------------- provisional flags of day columns (R-PER-01)


def test_add_workdays_many_flags_days_counted_into_an_unpublished_year_R_PER_01() -> None:
    """docs/rules.md §1: a due day counted into 2027 (no notice in the data) is flagged per
    row, never silently final; a missing day is not; no warning besides the flags."""
    days = np.array(["2026-12-31", "2026-12-25", "NaT", "2027-01-06"], dtype="datetime64[D]")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the flags are the answer: no warning
        both = vector.add_workdays_many(days, np.array([3, 3, 3, -3]), with_provisional=True)
    assert both["due_on"].tolist() == [
        dt.date(2027, 1, 6),
        dt.date(2026, 12, 30),
        None,
        dt.date(2026, 12, 31),
    ]
    assert both["provisional"].tolist() == [True, False, False, True]
    series = pd.Series(days, index=list("abcd"))
    flagged = vector.add_workdays_many(series, 3, with_provisional=True)
    assert list(flagged["provisional"].index) == list("abcd")
    assert flagged["due_on"].name == "due_on"
    with pytest.raises(InvalidType, match=r"^with_provisional: "):
        vector.add_workdays_many(days, 3, with_provisional="yes")  # type: ignore[arg-type]


def test_workdays_between_many_flags_spans_meeting_an_unpublished_year_R_PER_01() -> None:
    starts = [dt.date(2026, 12, 31), dt.date(2026, 12, 1), None]
    ends = [dt.date(2027, 1, 5), dt.date(2026, 12, 28), dt.date(2027, 1, 5)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        both = vector.workdays_between_many(starts, ends, with_provisional=True)
    assert both == {"workdays": [2, 19, None], "provisional": [True, False, False]}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.dates(min_value=dt.date(2025, 11, 1), max_value=dt.date(2027, 2, 28)),
            st.integers(min_value=-30, max_value=30),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_day_flags_are_the_scalar_provisional_R_PER_01(rows: list[tuple[dt.date, int]]) -> None:
    """Property: each row's flag is ``periods.provisional(day, "N个工作日")`` of the scalar
    API, and the working days between a day and its due day are flagged alike."""
    days = [d for d, _ in rows]
    counts = [n for _, n in rows]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        both = vector.add_workdays_many(days, np.array(counts), with_provisional=True)
        expected = [one_provisional(d, f"{abs(n)}个工作日") if n >= 0 else None for d, n in rows]
        between = vector.workdays_between_many(days, both["due_on"], with_provisional=True)
    for flag, want in zip(both["provisional"], expected, strict=True):
        if want is not None:
            assert flag is want
    assert between["provisional"] == both["provisional"]
    # counted forward, the working days between a day and its due day are the count
    assert [w for w, n in zip(between["workdays"], counts, strict=True) if n >= 0] == [
        n for n in counts if n >= 0
    ]
