"""Every refusal of custops.periods and custops.sla shows the refused value once: one
"(got …)" per message (house rule: the message names the argument and shows the value;
a calendar's refusal quoted inside a period's showed two).

The deadlines counted are those of R-SLA-01 … R-SLA-25 (docs/periods.md), the clocks
those of R-SLA-01 … R-SLA-12 (docs/sla.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import CustopsError
from custops.periods import Period, Unit, deadline, due_date, due_in_month, window_start
from custops.sla import Clock, SelectionRule, Target, due_many, presets

SH = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
T = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)


def _message(call: Callable[[], Any]) -> CustopsError:
    with pytest.raises(CustopsError) as caught:
        call()
    return caught.value


# Each error path of the periods and the SLA engine: (id, call, argument named).
ERROR_PATHS: list[tuple[str, Callable[[], Any], str]] = [
    ("Period.parse unknown", lambda: Period.parse("fortnight"), "text"),
    ("Period.parse negative", lambda: Period.parse("-3天"), "text"),
    ("Period.parse month name", lambda: Period.parse("三月"), "text"),
    ("Period.parse half day", lambda: Period.parse("半天"), "text"),
    ("Period.parse too long", lambda: Period.parse("1" * 20 + "天"), "text"),
    ("Period.parse day of month", lambda: Period.parse("次月2日"), "text"),
    ("Period.parse not a str", lambda: Period.parse(3), "text"),  # type: ignore[arg-type]
    ("Period count", lambda: Period(-1, "天"), "count"),
    ("Period unit", lambda: Period(1, "fortnight"), "unit"),
    ("Unit.parse", lambda: Unit.parse("fortnights"), "text"),
    ("as_relativedelta", lambda: Period.workdays(3).as_relativedelta(), "period"),
    ("as_timedelta", lambda: Period.months(3).as_timedelta(), "period"),
    ("deadline naive", lambda: deadline(dt.datetime(2025, 9, 30), "3天"), "start"),
    ("deadline str start", lambda: deadline("2025-09-30", "3天"), "start"),  # type: ignore[call-overload]
    ("deadline date for hours", lambda: deadline(dt.date(2025, 9, 30), "24小时"), "start"),
    ("deadline cutoff", lambda: deadline(T, "3天", cutoff="noon"), "cutoff"),
    ("deadline convention", lambda: deadline(T, "3天", convention="x"), "convention"),
    ("deadline roll", lambda: deadline(T, "3天", roll="sideways"), "roll"),
    ("deadline explain", lambda: deadline(T, "3天", explain="yes"), "explain"),  # type: ignore[call-overload]
    ("deadline start before", lambda: deadline(dt.date(1900, 1, 5), "3个工作日"), "start"),
    ("deadline start after", lambda: deadline(dt.date(2200, 1, 1), "3个工作日"), "start"),
    (
        "deadline instant before",
        lambda: deadline(dt.datetime(1800, 1, 1, tzinfo=SH), "3个工作日"),
        "start",
    ),
    ("deadline reaches past", lambda: deadline(dt.date(2100, 12, 20), "3个月"), "period"),
    # audit F10: the start (outside 1950-2100) is at fault, not the period
    ("deadline beyond 9999", lambda: deadline(dt.date(9999, 12, 30), "6个月"), "start"),
    ("due_date datetime", lambda: due_date(T, "3天"), "start"),
    ("due_in_month text", lambda: due_in_month(dt.date(2025, 1, 1), "次月"), "text"),
    ("due_in_month bad", lambda: due_in_month(dt.date(2025, 1, 1), "next month"), "text"),
    ("due_in_month outside", lambda: due_in_month(dt.date(1900, 1, 1), "次月2日"), "start"),
    ("window_start unit", lambda: window_start(dt.date(2025, 1, 1), "3个工作日"), "period"),
    ("window_start year 1", lambda: window_start(dt.date(1, 2, 1), "1年"), "period"),
    ("Target period", lambda: Target("x", "fortnight"), "period"),
    (
        "Target special",
        lambda: Target("x", "7个工作日", special_period="3个工作日"),
        "special_period",
    ),
    ("Target no period", lambda: Target("x", None).period_for(), "promised"),
    ("Clock.start naive", lambda: Clock.start(dt.datetime(2025, 9, 30), Target("x", "3天")), "at"),
    (
        "Clock.start outside",
        lambda: Clock.start(dt.datetime(1900, 6, 1, tzinfo=UTC), Target("x", "3个工作日")),
        "at",
    ),
    (
        "Clock.start working hours outside",
        lambda: Clock.start(dt.datetime(2101, 6, 1, tzinfo=UTC), Target("x", "8个工作小时")),
        "at",
    ),
    ("due_many str", lambda: due_many("2025-09-30", Target("x", "3天")), "starts"),
    (
        "due_many naive row",
        lambda: due_many([T, dt.datetime(2025, 1, 1)], Target("x", "3天")),
        "starts[1]",
    ),
    (
        "due_many outside",
        lambda: due_many([dt.datetime(2101, 1, 1, tzinfo=SH)], Target("x", "3天")),
        "starts[0]",
    ),
    (
        "SelectionRule no value",
        lambda: SelectionRule("r", ("x",), conditions={"kind": []}),
        "conditions['kind']",
    ),
    ("presets.get", lambda: presets.get("bakery"), "name"),
]


@pytest.mark.parametrize(
    ("call", "argument"), [p[1:] for p in ERROR_PATHS], ids=[p[0] for p in ERROR_PATHS]
)
def test_every_refusal_shows_its_value_once(call: Callable[[], Any], argument: str) -> None:
    error = _message(call)
    message = str(error)
    assert message.count("(got ") == 1, message
    assert message.startswith(f"{error.argument}: "), message
    assert error.argument == argument


def test_a_start_outside_the_calendar_quotes_the_calendar_without_its_value() -> None:
    """Before: ``start: is outside the calendar (day: must lie in the years 1950-2100 the CN
    calendar supports (got datetime.date(1900, 1, 5))) (got datetime.date(1900, 1, 5))``."""
    error = _message(lambda: deadline(dt.date(1900, 1, 5), "3个工作日"))
    assert str(error) == (
        "start: is outside the calendar (day: must lie in the years 1950-2100 the CN calendar "
        "supports) (got datetime.date(1900, 1, 5))"
    )
    assert error.value == dt.date(1900, 1, 5)


def test_a_period_that_reaches_outside_names_the_period_and_the_day_reached() -> None:
    error = _message(lambda: deadline(dt.date(2100, 12, 20), "3个月"))
    assert str(error) == (
        "period: cannot be counted from 2100-12-20 (day: must lie in the years 1950-2100 the CN "
        "calendar supports) (got '3个月')"
    )


def test_the_sla_clock_still_names_the_innermost_reason_once() -> None:
    """R-SLA-09 at issue 14: the clock names ``at`` and the calendar's reason, once."""
    start = dt.datetime(1900, 6, 1, 10, tzinfo=UTC)
    error = _message(lambda: Clock.start(start, Target("x", "3个工作日")))
    assert str(error).startswith(
        "at: 3 working days cannot be counted from it (day: must lie in the years 1950-2100 the CN "
        "calendar supports) (got "
    )


_OUTSIDE_YEARS = st.one_of(st.integers(1, 1949), st.integers(2101, 9998))
_DAY_PERIODS = st.sampled_from(["3个工作日", "1天", "1周", "1个月", "1年", "当天", "0个工作日"])


@settings(max_examples=60, deadline=None)
@given(_OUTSIDE_YEARS, st.integers(1, 12), st.integers(1, 28), _DAY_PERIODS, st.booleans())
def test_every_out_of_range_deadline_shows_one_value_property(
    year: int, month: int, day: int, period: str, instant: bool
) -> None:
    """For any start outside the calendar's years, deadline and due_date refuse it with one
    "(got …)", naming the start or the period (R-SLA-01 … R-SLA-25)."""
    start: dt.date = dt.date(year, month, day)
    if instant:
        start = dt.datetime(year, month, day, 10, tzinfo=SH)
    error = _message(lambda: deadline(start, period))
    assert str(error).count("(got ") == 1, str(error)
    assert error.argument in ("start", "period")


@settings(max_examples=40, deadline=None)
@given(_OUTSIDE_YEARS, st.sampled_from(["次月2日", "当月底", "隔月15日"]))
def test_every_out_of_range_day_of_month_shows_one_value_property(year: int, text: str) -> None:
    error = _message(lambda: due_in_month(dt.date(year, 6, 1), text))
    assert str(error).count("(got ") == 1, str(error)
    assert error.argument == "start"


@settings(max_examples=40, deadline=None)
@given(_OUTSIDE_YEARS, st.sampled_from(["3个工作日", "1天", "8个工作小时", "1个月"]))
def test_every_out_of_range_batch_shows_one_value_property(year: int, period: str) -> None:
    """due_many (R-SLA-01 … R-SLA-12) refuses a batch holding an out-of-range start once,
    naming its row."""
    starts = [T, dt.datetime(year, 6, 1, 10, tzinfo=UTC)]
    error = _message(lambda: due_many(starts, Target("x", period)))
    assert str(error).count("(got ") == 1, str(error)
    assert error.argument == "starts[1]"
