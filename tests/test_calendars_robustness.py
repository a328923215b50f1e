"""Issue 14 item 5 for calendars, periods and money: any input gets an answer or a CustopsError.

Every public callable of the three modules is fed the edges of Python's own types — date.min
and date.max, datetime.min/max with zones at both ends of the offset range, huge integers,
a 1 MB string, a zone name longer than 255 bytes, infinite decimals — in every argument
position.  Each call must return or raise a :class:`~custops.errors.CustopsError`; a bare
``ValueError``, ``OverflowError`` or ``OSError`` fails the test.  Answers past the
calendar's years are refused naming the argument.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from custops import calendars as cals
from custops import money, periods
from custops.errors import CustopsError, InvalidInput

UTC = dt.timezone.utc
EAST = dt.timezone(dt.timedelta(hours=14))
WEST = dt.timezone(dt.timedelta(hours=-14))
SH = ZoneInfo("Asia/Shanghai")

NASTY: list[Any] = [
    dt.date.min,
    dt.date.max,
    dt.datetime.min.replace(tzinfo=UTC),
    dt.datetime.max.replace(tzinfo=UTC),
    dt.datetime.min.replace(tzinfo=EAST),
    dt.datetime.max.replace(tzinfo=WEST),
    dt.datetime.max.replace(tzinfo=SH),
    dt.datetime.min.replace(tzinfo=ZoneInfo("America/New_York")),
    dt.datetime(2025, 1, 1),  # naive
    10**100,
    -(10**100),
    2**63,
    "x" * 1_000_000,
    "A" * 300,  # a zone name over 255 bytes
    "../../etc/passwd",
    None,
    1.5,
    Decimal("NaN"),
    Decimal("Infinity"),
    Decimal("1e999999"),
    "",
    "24:00",
    "08:60",
    "08:00:60",
    dt.timedelta.max,
    dt.timedelta.min,
    True,
    b"x",
    [],
    {},
    dt.time(0),
]

CAL = cals.china()
D0 = dt.date(2025, 1, 1)
T0 = dt.datetime(2025, 1, 1, 9, tzinfo=SH)

# name -> (callable, a valid argument tuple); every position is replaced by each nasty value.
CALLS: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]] = {
    "is_workday": (CAL.is_workday, (D0,)),
    "day_kind": (CAL.day_kind, (D0,)),
    "is_statutory_holiday": (CAL.is_statutory_holiday, (D0,)),
    "holiday_name": (CAL.holiday_name, (D0,)),
    "day_info": (CAL.day_info, (D0,)),
    "next_workday": (CAL.next_workday, (D0,)),
    "previous_workday": (CAL.previous_workday, (D0,)),
    "roll": (CAL.roll, (D0,)),
    "business_intervals": (CAL.business_intervals, (D0,)),
    "close_of_business": (CAL.close_of_business, (D0,)),
    "to_local": (CAL.to_local, (T0,)),
    "is_published": (CAL.is_published, (2025,)),
    "add_workdays": (CAL.add_workdays, (D0, 3)),
    "workdays_between": (CAL.workdays_between, (D0, dt.date(2025, 2, 1))),
    "rest_days_between": (CAL.rest_days_between, (D0, dt.date(2025, 2, 1))),
    "add_working_time": (CAL.add_working_time, (T0, dt.timedelta(hours=1))),
    "working_time_between": (CAL.working_time_between, (T0, T0 + dt.timedelta(days=3))),
    "WorkCalendar": (cals.WorkCalendar, ("CN",)),
    "Interval": (cals.Interval, ("09:00", "10:00")),
    "Interval.parse": (cals.Interval.parse, ("09:00-10:00",)),
    "BusinessHours": (cals.BusinessHours, ({0: "09:00-10:00"},)),
    "Arrangement": (cals.Arrangement, (2027, {dt.date(2027, 1, 1): "元旦"})),
    "DayKind.parse": (cals.DayKind.parse, ("工作日",)),
    "HalfDay.parse": (cals.HalfDay.parse, ("women",)),
    "Roll.parse": (cals.Roll.parse, ("following",)),
    "calendar_or_china": (cals.calendar_or_china, (None,)),
    "Period": (periods.Period, (3, "days")),
    "Period.parse": (periods.Period.parse, ("3天",)),
    "Unit.parse": (periods.Unit.parse, ("days",)),
    "deadline": (periods.deadline, (T0, "3个工作日")),
    "due_date": (periods.due_date, (D0, "3天")),
    "window_start": (periods.window_start, (D0, "半年")),
    "yuan": (money.yuan, ("1.00",)),
    "to_fen": (money.to_fen, (Decimal("1.00"),)),
    "from_fen": (money.from_fen, (100,)),
    "uppercase": (money.uppercase, (Decimal("1.00"),)),
    "total": (money.total, ([Decimal("1.00")],)),
    "allocate": (money.allocate, (Decimal("10.00"), [1, 2])),
}

KEYWORDS: dict[str, tuple[Callable[..., Any], tuple[str, ...]]] = {
    "WorkCalendar": (
        cals.WorkCalendar,
        (
            "subdiv",
            "closures",
            "extra_workdays",
            "weekend",
            "business_hours",
            "half_days",
            "zone",
            "strict",
            "final_years",
            "arrangements",
        ),
    ),
    "deadline": (
        lambda **kw: periods.deadline(T0, "3天", **kw),
        ("calendar", "cutoff", "convention", "roll", "explain"),
    ),
    "BusinessHours": (
        lambda **kw: cals.BusinessHours({0: "09:00-10:00"}, **kw),
        ("makeup_weekday", "by_day"),
    ),
    "roll": (lambda **kw: CAL.roll(D0, **kw), ("roll",)),
    "uppercase": (lambda **kw: money.uppercase(Decimal("1"), **kw), ("negative",)),
}


def _answers_or_refuses(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            fn(*args, **kwargs)
        except CustopsError as exc:
            refused: CustopsError | None = exc
        else:
            refused = None
    assert refused is None or refused.argument, f"{refused!r} names no argument"


@pytest.mark.parametrize("name", sorted(CALLS))
def test_every_position_answers_or_raises_a_custops_error(name: str) -> None:
    fn, good = CALLS[name]
    fn(*good)  # the valid call works
    for position in range(len(good)):
        for value in NASTY:
            args = list(good)
            args[position] = value
            _answers_or_refuses(fn, *args)


@pytest.mark.parametrize("name", sorted(KEYWORDS))
def test_every_keyword_answers_or_raises_a_custops_error(name: str) -> None:
    fn, keywords = KEYWORDS[name]
    for keyword in keywords:
        for value in NASTY:
            _answers_or_refuses(fn, **{keyword: value})


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: CAL.add_workdays(dt.date(2100, 12, 1), 400), "workdays"),
        (lambda: CAL.add_workdays(dt.date(1950, 2, 1), -400), "workdays"),
        (lambda: CAL.is_workday(dt.date(1949, 12, 31)), "day"),
        (lambda: CAL.is_workday(dt.date(2101, 1, 1)), "day"),
        (lambda: CAL.workdays_between(D0, dt.date(2101, 1, 1)), "end"),
        (lambda: CAL.add_working_time(T0, dt.timedelta(days=10**6)), "delta"),
        (lambda: CAL.working_time_between(dt.datetime.min.replace(tzinfo=EAST), T0), "start"),
        (lambda: CAL.to_local(dt.datetime.max.replace(tzinfo=WEST)), "at"),
        (lambda: periods.deadline(T0, periods.Period.years(periods.MAX_COUNT)), "period"),
        (lambda: periods.due_date(dt.date(2100, 12, 1), "3个月"), "period"),
        (lambda: periods.window_start(dt.date(1, 1, 1), "1天"), "period"),
        (lambda: cals.WorkCalendar(zone="A" * 300), "zone"),
        (lambda: money.from_fen(10**100), "fen"),
    ],
)
def test_answers_past_the_range_are_refused_naming_the_argument(
    call: Callable[[], Any], argument: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        call()
    assert caught.value.argument == argument


def test_the_edges_of_the_supported_years_are_answered() -> None:
    """The first and last supported days answer; one day beyond is refused."""
    years = CAL.supported_years
    first, last = dt.date(years.start, 1, 1), dt.date(years.stop - 1, 12, 31)
    assert isinstance(CAL.is_workday(first), bool)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert isinstance(CAL.is_workday(last), bool)
        assert CAL.workdays_between(first, last) > 0
    with pytest.raises(InvalidInput, match="day: must lie in the years 1950-2100"):
        CAL.is_workday(first - dt.timedelta(days=1))
    with pytest.raises(InvalidInput, match="day: must lie in the years 1950-2100"):
        CAL.is_workday(last + dt.timedelta(days=1))
