"""``sla.due_many`` over a pandas Series (docs/sla.md, "Many cases at once"): a Series of
aware starts gives a Series with the same index and name, in the calendar's zone — what
``custops.vector.deadline_many`` returns — and every row is exactly the clock's deadline
(R-SLA-01 … R-SLA-12).  pandas is not a dependency: skipped where it is absent."""

from __future__ import annotations

import datetime as dt
import sys
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import WorkCalendar
from custops.errors import InvalidInput
from custops.sla import Clock, Target, due_many

pd = pytest.importorskip("pandas")

SH = ZoneInfo("Asia/Shanghai")
RESOLVE = Target("resolve", "3个工作日", rule="R-SLA-09")


def _series(*stamps: str, tz: str = "Asia/Shanghai", **kw: object) -> object:
    return pd.Series(pd.to_datetime(list(stamps)).tz_localize(tz), **kw)


def test_R_SLA_09_a_series_gives_a_series_with_its_index_and_name() -> None:
    starts = _series("2025-09-30 16:00", "2026-02-13 10:00", index=["C-1", "C-2"], name="received")
    due = due_many(starts, RESOLVE)
    assert isinstance(due, pd.Series)
    assert list(due.index) == ["C-1", "C-2"]
    assert due.name == "received"
    assert str(due.dtype) == "datetime64[us, Asia/Shanghai]"
    assert [t.isoformat() for t in due] == [
        "2025-10-11T18:00:00+08:00",  # 10-11 is a 调休 Saturday
        "2026-02-25T18:00:00+08:00",  # Spring Festival 2026
    ]


def test_a_series_gets_what_custops_vector_deadlines_returns() -> None:
    pytest.importorskip("numpy")
    from custops import vector

    starts = _series("2025-09-30 16:00", "2025-10-01 09:00", "2026-02-13 10:00", tz="UTC")
    assert due_many(starts, RESOLVE).equals(vector.deadline_many(starts, "3个工作日"))


def test_a_list_gives_a_list_other_iterables_a_tuple() -> None:
    starts = [dt.datetime(2025, 9, 30, 16, tzinfo=SH)]
    assert isinstance(due_many(starts, RESOLVE), list)
    assert isinstance(due_many(tuple(starts), RESOLVE), tuple)
    assert isinstance(due_many(iter(starts), RESOLVE), tuple)
    assert isinstance(due_many(pd.Index(starts), RESOLVE), tuple)  # not a Series


def test_an_empty_series_gives_an_empty_series_in_the_calendars_zone() -> None:
    due = due_many(pd.Series([], dtype="datetime64[ns, UTC]", name="x"), RESOLVE)
    assert isinstance(due, pd.Series)
    assert len(due) == 0
    assert due.name == "x"
    assert str(due.dtype) == "datetime64[us, Asia/Shanghai]"


def test_the_result_is_in_the_calendars_zone() -> None:
    utc_calendar = WorkCalendar(zone="UTC")
    due = due_many(_series("2025-09-30 16:00"), Target("reply", "24小时"), calendar=utc_calendar)
    assert str(due.dtype) == "datetime64[us, UTC]"
    assert due.iloc[0] == pd.Timestamp("2025-10-01 08:00", tz="UTC")


def test_a_missing_start_is_refused_naming_its_row() -> None:
    starts = pd.Series(pd.to_datetime(["2025-09-30 16:00", None]).tz_localize("Asia/Shanghai"))
    with pytest.raises(
        InvalidInput, match=r"^starts\[1\]: is missing: a clock needs its start"
    ) as e:
        due_many(starts, RESOLVE)
    assert e.value.argument == "starts[1]"


def test_a_series_without_a_zone_is_refused_naming_its_row() -> None:
    starts = pd.Series(pd.to_datetime(["2025-09-30 16:00"]))
    with pytest.raises(InvalidInput, match=r"^starts\[0\]: must be timezone-aware"):
        due_many(starts, RESOLVE)


def test_pandas_is_not_imported_by_due_many() -> None:
    """Recognised duck-typed: custops.sla imports nothing from pandas."""
    import custops._validate as validate
    import custops.sla._policy as policy

    assert "pandas" not in vars(policy)
    assert "pandas" not in vars(validate)
    assert validate.series_type() is sys.modules["pandas"].Series


_STARTS = st.lists(
    st.datetimes(
        min_value=dt.datetime(2025, 1, 1),
        max_value=dt.datetime(2026, 12, 31),
        timezones=st.just(SH),
    ),
    max_size=8,
)
_TARGETS = st.sampled_from(
    [RESOLVE, Target("reply", "24小时"), Target("visit", "1天"), Target("fix", "8个工作小时")]
)


@settings(max_examples=30, deadline=None)
@given(_STARTS, _TARGETS)
def test_R_SLA_01_every_row_is_the_clocks_deadline_property(
    starts: list[dt.datetime], target: Target
) -> None:
    """Row by row, the Series holds ``Clock.start(s, target).status(at=s).due_at`` and keeps
    the index (R-SLA-01 … R-SLA-12)."""
    index = [f"C-{i}" for i in range(len(starts))]
    column = pd.Series(pd.DatetimeIndex(starts, dtype="datetime64[us, Asia/Shanghai]"), index=index)
    due = due_many(column, target)
    assert list(due.index) == index
    for start, got in zip(starts, due, strict=True):
        assert got == Clock.start(start, target).status(at=start).due_at
