"""``sla.due_many`` over a pyarrow ``Array`` or ``ChunkedArray`` of zoned timestamps
(docs/sla.md, "Many cases at once"): read as ``custops.vector`` reads one, it gives an
arrow column of the due times in the calendar's zone, row by row what the same instants
give as a list or a numpy array of datetimes (R-SLA-01 … R-SLA-12).  pyarrow is optional:
skipped where it is absent, and imported only by a caller that holds such a column."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType
from custops.sla import Target, due_many

pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")

SH = ZoneInfo("Asia/Shanghai")
RESOLVE = Target("resolve", "3个工作日", rule="R-SLA-09")


def _at(year: int, month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SH)


def test_R_SLA_09_an_arrow_array_gives_an_arrow_array_in_the_calendars_zone() -> None:
    starts = pa.array(
        [_at(2025, 9, 30, 16), _at(2026, 2, 13, 10)], type=pa.timestamp("us", tz="UTC")
    )
    due = due_many(starts, RESOLVE)
    assert isinstance(due, pa.Array)
    assert due.type == pa.timestamp("us", tz="Asia/Shanghai")
    assert [t.astimezone(SH).isoformat() for t in due.to_pylist()] == [
        "2025-10-11T18:00:00+08:00",  # 10-11 is a 调休 Saturday
        "2026-02-25T18:00:00+08:00",  # Spring Festival 2026
    ]


def test_a_chunked_array_gives_a_chunked_array_what_vector_deadlines_returns() -> None:
    from custops import vector

    chunk = pa.array([_at(2025, 9, 30, 16)], type=pa.timestamp("ms", tz="Asia/Shanghai"))
    starts = pa.chunked_array([chunk, chunk])
    due = due_many(starts, RESOLVE)
    assert isinstance(due, pa.ChunkedArray)
    assert due.equals(vector.deadline_many(starts, "3个工作日"))


def test_a_missing_start_is_refused_naming_its_row_R_SLA_01() -> None:
    starts = pa.array([_at(2025, 9, 30, 16), None], type=pa.timestamp("us", tz="UTC"))
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: is missing: a clock needs its start"):
        due_many(starts, RESOLVE)


def test_a_naive_or_non_timestamp_column_is_refused_as_vector_refuses_it() -> None:
    naive = pa.array([dt.datetime(2025, 9, 30, 16)], type=pa.timestamp("us"))
    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants, not naive"):
        due_many(naive, RESOLVE)
    with pytest.raises(InvalidType, match=r"^starts: must hold aware instants, not an arrow"):
        due_many(pa.array([1, 2]), RESOLVE)


def test_an_empty_array_gives_an_empty_array() -> None:
    due = due_many(pa.array([], type=pa.timestamp("ns", tz="UTC")), RESOLVE)
    assert len(due) == 0
    assert due.type == pa.timestamp("us", tz="Asia/Shanghai")


def test_pyarrow_is_not_imported_by_due_many() -> None:
    """Recognised by the modules already imported: a caller without an arrow column never
    imports pyarrow through custops.sla."""
    code = (
        "import sys, datetime as dt, zoneinfo; from custops.sla import Target, due_many; "
        "due_many([dt.datetime(2025, 9, 30, tzinfo=zoneinfo.ZoneInfo('UTC'))], "
        "Target('r', '3个工作日')); print('pyarrow' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


_STARTS = st.lists(
    st.datetimes(
        min_value=dt.datetime(2025, 1, 1),
        max_value=dt.datetime(2026, 12, 31),
        timezones=st.just(SH),
    ),
    max_size=8,
)
_TARGETS = st.sampled_from(
    [
        RESOLVE,
        Target("reply", "24小时"),
        Target("visit", "1天"),
        Target("fix", "8个工作小时"),
        Target("call", "1天", calendar_days=True),
    ]
)


@settings(max_examples=40, deadline=None)
@given(_STARTS, _TARGETS, st.sampled_from(["us", "ns"]), st.booleans())
def test_R_SLA_01_arrow_input_gives_the_numpy_inputs_answers_property(
    starts: list[dt.datetime], target: Target, unit: str, chunked: bool
) -> None:
    """The same instants as an arrow column (any unit, one chunk or two) and as a numpy
    array of datetimes give the same due times, row by row."""
    column = pa.array(starts, type=pa.timestamp(unit, tz="UTC"))
    if chunked:
        column = pa.chunked_array([column[:1], column[1:]], type=column.type)
    expected = due_many(np.array(starts, dtype=object), target)
    got = due_many(column, target)
    assert isinstance(got, pa.ChunkedArray if chunked else pa.Array)
    assert got.to_pylist() == list(expected)
