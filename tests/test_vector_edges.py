"""custops.vector at the ends of the calendar (1950-2100, the years the ``holidays`` package
holds for CN): a refused row is named as the caller's row with the caller's value, and
``status_many`` answers and refuses exactly as the scalar clock does.

Rules: R-PER-01 (deadlines), R-SLA-01, R-SLA-09, R-SLA-12 (clocks and their periods).
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import vector
from custops.calendars import china
from custops.errors import CustopsError, InvalidInput
from custops.periods import Period
from custops.sla import Clock, Target

pd = pytest.importorskip("pandas")

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def _quiet() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # provisional years: not what is tested here
        yield


def at(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SHANGHAI)


def test_the_calendar_covers_1950_to_2100() -> None:
    assert china().supported_years == range(1950, 2101)


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize("period", ["3个工作日", "8个工作小时", "3天", "一个月"])
def test_a_start_outside_the_calendar_names_its_row_R_PER_01(period: str) -> None:
    late = at(2200, 1, 1)
    for starts, row in (([at(2025, 1, 1), late], 1), ([None, at(2025, 1, 1), late], 2)):
        with pytest.raises(InvalidInput) as caught:
            vector.deadline_many(starts, period)
        assert (caught.value.argument, caught.value.value) == (f"starts[{row}]", late)
    series = pd.Series(pd.to_datetime(["2025-01-01", None, "1949-06-01"])).dt.tz_localize(
        "Asia/Shanghai"
    )
    with pytest.raises(InvalidInput) as caught:
        vector.deadline_many(series, period)
    assert caught.value.argument == "starts[2]"
    assert caught.value.value == series.iloc[2]  # the caller's item, not a noon of that day


@pytest.mark.parametrize("period", ["3个工作日", "8个工作小时", "三天", "1个月"])
def test_a_period_counted_past_the_calendar_names_the_row_R_PER_01(period: str) -> None:
    """A start whose count runs past 2100 is refused as its row (a sentinel among a million
    rows is found by its label), the period named in the problem."""
    late = at(2100, 12, 31, 17)
    with pytest.raises(InvalidInput) as caught:
        vector.deadline_many([at(2025, 1, 1), late], period)
    assert (caught.value.argument, caught.value.value) == ("starts[1]", late)
    assert caught.value.problem is not None
    assert caught.value.problem.startswith(f"period {Period.parse(period)} cannot be counted")
    series = pd.Series([late, at(2026, 2, 13, 10)], index=["YT2", "YT1"])
    with pytest.raises(InvalidInput) as caught:
        vector.deadline_many(series.dt.tz_convert("Asia/Shanghai"), period)
    assert caught.value.argument == "starts[label 'YT2'] (position 0)"
    assert "goes past 2100" in str(caught.value) or "1950-2100" in str(caught.value)


# --------------------------------------------------------------------------- status_many


def _scalar(target: Target, start: dt.datetime, when: dt.datetime, **options: Any) -> Any:
    try:
        status = Clock.start(start, target, **options).status(at=when)
    except CustopsError as error:
        return type(error)
    return status.state.value, status.due_at


def _vector(target: Target, start: dt.datetime, when: dt.datetime, **options: Any) -> Any:
    try:
        columns = vector.status_many([start], target, at=when, **options)
    except CustopsError as error:
        return type(error)
    return columns["state"][0], columns["due_at"][0]


def test_a_promised_period_for_a_target_with_its_own_is_refused_R_SLA_12() -> None:
    reply = Target("reply", "24小时")
    with pytest.raises(InvalidInput) as caught:
        vector.status_many([at(2025, 10, 1)], reply, at=at(2025, 10, 5), promised="3天")
    with pytest.raises(InvalidInput) as scalar:
        Clock.start(at(2025, 10, 1), reply, promised="3天")
    assert (caught.value.argument, caught.value.problem) == ("promised", scalar.value.problem)
    open_ended = Target("resolve", None)
    with pytest.raises(InvalidInput, match="promised"):
        vector.status_many([at(2025, 10, 1)], open_ended, at=at(2025, 10, 5))
    answer = vector.status_many([at(2025, 10, 1)], open_ended, at=at(2025, 10, 5), promised="3天")
    assert (
        answer["due_at"][0]
        == _scalar(open_ended, at(2025, 10, 1), at(2025, 10, 5), promised="3天")[1]
    )


@pytest.mark.parametrize(
    ("target", "start", "when"),
    [
        (Target("resolve", "3个工作日"), at(2100, 1, 5), at(2100, 3, 1)),
        (Target("resolve", "8个工作小时"), at(2100, 12, 30), at(2100, 12, 31, 20)),
        (Target("reply", "24小时"), at(2100, 12, 31, 10), at(2100, 12, 31, 11)),
        (Target("reply", "24小时"), at(2100, 1, 5), at(2101, 3, 1)),
        (Target("reply", "24小时"), at(2100, 1, 5), at(2200, 3, 1)),
    ],
)
def test_the_last_year_is_answered_as_the_scalar_clock_does_R_SLA_01(
    target: Target, start: dt.datetime, when: dt.datetime
) -> None:
    answer = _scalar(target, start, when)
    assert isinstance(answer, tuple)
    assert _vector(target, start, when) == answer


@pytest.mark.parametrize("period", ["3个工作日", "8个工作小时", "2天"])
def test_at_past_the_calendar_is_refused_for_working_time_R_SLA_01(period: str) -> None:
    when = at(2101, 3, 1)
    with pytest.raises(InvalidInput) as caught:
        vector.status_many([at(2100, 1, 5)], Target("t", period), at=when)
    assert (caught.value.argument, caught.value.value) == ("at", when)
    assert "1950-2100" in str(caught.value)


_TARGETS = [
    Target(name, period)
    for name, period in (
        ("a", "3个工作日"),
        ("b", "8个工作小时"),
        ("c", "24小时"),
        ("d", "2天"),
        ("e", "1周"),
    )
]


@settings(max_examples=40)
@given(
    target=st.sampled_from(_TARGETS),
    start=st.datetimes(min_value=dt.datetime(2100, 11, 1), max_value=dt.datetime(2100, 12, 31, 23)),
    later=st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=800)),
)
def test_clock_statuses_agree_with_the_scalar_clock_at_the_end_R_SLA_01(
    target: Target, start: dt.datetime, later: dt.timedelta
) -> None:
    """Near the calendar's last day, each row is what the scalar clock says: the same
    answer, or a refusal of the same kind."""
    begun = start.replace(tzinfo=SHANGHAI)
    when = begun + later
    assert _vector(target, begun, when) == _scalar(target, begun, when)
