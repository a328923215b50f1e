"""Vector warns for provisional years as the scalar path does (R-SLA-01).

Three paths were found silent in a size pass; each test below failed on that code.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

np = pytest.importorskip("numpy")

from custops import vector  # noqa: E402
from custops.calendars import WorkCalendar  # noqa: E402
from custops.errors import ProvisionalCalendarWarning  # noqa: E402
from custops.sla import Target  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")


def _years(run: Callable[[], object]) -> list[int | None]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run()
    return [w.message.year for w in caught if isinstance(w.message, ProvisionalCalendarWarning)]


@pytest.mark.parametrize("instance", [0, 1])
def test_working_hour_deadlines_warn_on_every_instance_R_SLA_01(instance: int) -> None:
    starts = [dt.datetime(2025, 3, 3, 10, tzinfo=SH), dt.datetime(2027, 3, 1, 10, tzinfo=SH)]
    assert _years(lambda: vector.deadline_many(starts, "8个工作小时", calendar=WorkCalendar())) == [
        2027
    ]


def test_add_zero_workdays_warns_like_the_scalar_path() -> None:
    days = np.array(["2027-03-01"], dtype="datetime64[D]")
    assert _years(lambda: vector.add_workdays_many(days, 0, calendar=WorkCalendar())) == [2027]
    assert _years(lambda: WorkCalendar().add_workdays(dt.date(2027, 3, 1), 0)) == [2027]


@pytest.mark.parametrize("instance", [0, 1])
def test_a_pause_pushing_the_due_time_into_a_provisional_year_warns(instance: int) -> None:
    target = Target("solution", "3个工作日", rule="R-SLA-01")
    start = dt.datetime(2026, 12, 24, 10, tzinfo=SH)
    pauses = (
        np.array([0]),
        [dt.datetime(2026, 12, 25, 10, tzinfo=SH)],
        [dt.datetime(2026, 12, 30, 10, tzinfo=SH)],
    )
    at = dt.datetime(2026, 12, 30, 12, tzinfo=SH)

    def run() -> object:
        return vector.status_many([start], target, at=at, pauses=pauses, calendar=WorkCalendar())

    assert _years(run) == [2027]
