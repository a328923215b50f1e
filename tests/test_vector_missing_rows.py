"""Bulk functions over columns: one rule for a missing value, refusals that name the row,
and arrow columns read as numpy ones.

- A missing day or start is ``None``, ``NaT``, a float ``NaN`` or an arrow null: a missing
  answer in its row by default, a refusal naming the row with ``on_missing="raise"``;
  ``sla.due_many`` and ``status_many`` refuse it always (a clock needs its start).
- Every bulk function's refusal of one bad row names that row (``starts[1]``,
  ``days[1]``, ``workdays[1]``), never the whole column.
- A pyarrow-backed Series, ``Array`` or ``ChunkedArray`` of zoned timestamps gives
  exactly the answers of the same instants in numpy.

Rules: R-PER-01 (deadlines), R-SLA-01, R-SLA-09 (clocks and their due times).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import vector
from custops.errors import CustopsError, InvalidInput
from custops.sla import Target, due_many

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = dt.datetime(2025, 9, 30, 16, tzinfo=SHANGHAI)
DAY = dt.date(2025, 9, 30)
RESOLVE = Target("resolve", "3个工作日", rule="R-SLA-09")
AT = dt.datetime(2025, 12, 31, tzinfo=SHANGHAI)


@pytest.fixture(autouse=True)
def _quiet() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # provisional years: not what is tested here
        yield


# ------------------------------------------------------------------ missing values

#: Each function with days or starts, called on a column whose row 1 is ``gap``.
DAY_CALLS: dict[str, Callable[..., Any]] = {
    "is_workday": lambda days, **kw: vector.is_workday_many(days, **kw),
    "day_kind_many": lambda days, **kw: vector.day_kind_many(days, **kw),
    "add_workdays": lambda days, **kw: vector.add_workdays_many(days, 1, **kw),
    "roll": lambda days, **kw: vector.roll_many(days, **kw),
}
START_CALLS: dict[str, Callable[..., Any]] = {
    "deadline_many": lambda starts, **kw: vector.deadline_many(starts, "3个工作日", **kw),
    "provisional_many": lambda starts, **kw: vector.provisional_many(starts, "3个工作日", **kw),
    "with_provisional": lambda starts, **kw: vector.deadline_many(
        starts, "3个工作日", with_provisional=True, **kw
    ),
}
GAPS = [None, float("nan"), np.float64("nan"), pd.NaT, np.datetime64("NaT")]


@pytest.mark.parametrize("gap", GAPS, ids=repr)
@pytest.mark.parametrize("name", sorted(DAY_CALLS))
def test_a_missing_day_is_kept_or_refused_by_its_row(name: str, gap: Any) -> None:
    call = DAY_CALLS[name]
    kept = call([DAY, gap, DAY])
    assert kept[1] in (None, False) or pd.isna(kept[1])
    assert call([DAY, DAY]) == [kept[0], kept[2]]
    with pytest.raises(InvalidInput, match=r"^days\[1\]: is missing \(on_missing='raise'\)") as e:
        call([DAY, gap, DAY], on_missing="raise")
    assert e.value.argument == "days[1]"
    assert call([DAY, DAY], on_missing=vector.Missing.RAISE) == call([DAY, DAY])


@pytest.mark.parametrize("gap", GAPS, ids=repr)
@pytest.mark.parametrize("name", sorted(START_CALLS))
def test_a_missing_start_is_kept_or_refused_by_its_row_r_per_01(name: str, gap: Any) -> None:
    """A float NaN (an object column's empty cell) is missing, as NaT and None are."""
    call = START_CALLS[name]
    kept = call([START, gap, START])
    due = kept["due_at"] if isinstance(kept, dict) else kept
    if name != "provisional_many":
        assert due[1] is None
        assert due[0] == due[2] == dt.datetime(2025, 10, 11, 18, tzinfo=SHANGHAI)
    else:
        assert kept == [False, False, False]
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: is missing \(on_missing='raise'\)"):
        call([START, gap, START], on_missing="raise")


def test_a_missing_start_in_a_labelled_object_series_is_named_by_its_label() -> None:
    starts = pd.Series([START, float("nan")], index=["T1", "T2"], dtype=object)
    assert vector.deadline_many(starts, "3个工作日").isna().tolist() == [False, True]
    with pytest.raises(InvalidInput, match=r"^starts\[label 'T2'\] \(position 1\): is missing"):
        vector.deadline_many(starts, "3个工作日", on_missing="raise")


@pytest.mark.parametrize("gap", GAPS, ids=repr)
def test_due_many_and_clock_statuses_refuse_any_missing_start_r_sla_09(gap: Any) -> None:
    """A due time is a clock's, and a clock needs its start: refused whatever the marker."""
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: is missing"):
        due_many([START, gap], RESOLVE)
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: is missing"):
        vector.status_many([START, gap], RESOLVE, at=AT)


def test_an_unknown_missing_option_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInput, match=r"^on_missing: is not a known Missing"):
        vector.deadline_many([START], "3个工作日", on_missing="drop")
    assert vector.Missing.parse("报错") is vector.Missing.RAISE


# ------------------------------------------------------ every refusal names the row


OUTSIDE_START = dt.datetime(1900, 1, 1, tzinfo=SHANGHAI)
OUTSIDE_DAY = dt.date(1900, 1, 1)
NAIVE = dt.datetime(2025, 9, 30, 16)

#: (what, call, the argument the refusal names): one bad row, row 1, in each.
ROW_REFUSALS: list[tuple[str, Callable[[], Any], str]] = [
    ("is_workday outside", lambda: vector.is_workday_many([DAY, OUTSIDE_DAY]), "days[1]"),
    ("day_kind_many a str", lambda: vector.day_kind_many([DAY, "2025-10-01"]), "days[1]"),
    ("roll outside", lambda: vector.roll_many([DAY, OUTSIDE_DAY]), "days[1]"),
    ("add_workdays outside", lambda: vector.add_workdays_many([DAY, OUTSIDE_DAY], 1), "days[1]"),
    (
        "add_workdays NaN count",
        lambda: vector.add_workdays_many([DAY, DAY], np.array([1.0, np.nan])),
        "workdays[1]",
    ),
    (
        "add_workdays Int64 gap",
        lambda: vector.add_workdays_many([DAY, DAY], pd.Series([1, None], dtype="Int64")),
        "workdays[1]",
    ),
    (
        "add_workdays past the years",
        lambda: vector.add_workdays_many([DAY, DAY], np.array([1, 60_000])),
        "workdays[1]",
    ),
    (
        "workdays_between missing end",
        lambda: vector.workdays_between_many([DAY, DAY], [DAY, None], on_missing="raise"),
        "ends[1]",
    ),
    (
        "workdays_between outside start",
        lambda: vector.workdays_between_many([DAY, OUTSIDE_DAY], [DAY, DAY]),
        "starts[1]",
    ),
    ("deadlines outside", lambda: vector.deadline_many([START, OUTSIDE_START], "1天"), "starts[1]"),
    ("deadlines naive", lambda: vector.deadline_many([START, NAIVE], "1天"), "starts[1]"),
    (
        "provisional_many outside",
        lambda: vector.provisional_many([START, OUTSIDE_START], "3个工作日"),
        "starts[1]",
    ),
    (
        "status_many outside",
        lambda: vector.status_many([START, OUTSIDE_START], RESOLVE, at=AT),
        "starts[1]",
    ),
    (
        "status_many stop before start",
        lambda: vector.status_many(
            [START, START], RESOLVE, at=AT, stopped_at=[None, START - dt.timedelta(days=1)]
        ),
        "stopped_at[1]",
    ),
    ("due_many outside", lambda: due_many([START, OUTSIDE_START], RESOLVE), "starts[1]"),
    (
        "due_many past 2100",
        lambda: due_many([START, dt.datetime(2100, 12, 30, tzinfo=SHANGHAI)], RESOLVE),
        "starts[1]",
    ),
    ("due_many naive", lambda: due_many([START, NAIVE], RESOLVE), "starts[1]"),
    (
        "due_many Series outside",
        lambda: due_many(pd.Series([START, OUTSIDE_START], dtype=object), RESOLVE),
        "starts[1]",
    ),
]


@pytest.mark.parametrize(
    ("what", "call", "argument"), ROW_REFUSALS, ids=[what for what, _call, _arg in ROW_REFUSALS]
)
def test_every_bulk_refusal_of_one_row_names_that_row(
    what: str, call: Callable[[], Any], argument: str
) -> None:
    with pytest.raises(CustopsError) as info:
        call()
    assert info.value.argument == argument, what
    message = str(info.value)
    assert message.startswith(f"{argument}: "), message
    assert message.count("(got ") == 1, message
    assert "[datetime" not in message, message  # the row's value, not the column
    assert "array([" not in message, message


def test_due_many_names_the_row_as_vector_deadlines_does_r_sla_09() -> None:
    starts = [START, OUTSIDE_START, START]
    with pytest.raises(InvalidInput) as from_sla:
        due_many(starts, RESOLVE)
    with pytest.raises(InvalidInput) as from_vector:
        vector.deadline_many(starts, "3个工作日")
    assert str(from_sla.value) == str(from_vector.value)


# ------------------------------------------------------------ arrow columns


pa = pytest.importorskip("pyarrow")

#: instants of 1950-2100 in UTC microseconds
_LOW = int(pd.Timestamp("1950-03-01", tz="UTC").value // 1_000)
_HIGH = int(pd.Timestamp("2100-10-01", tz="UTC").value // 1_000)


@settings(max_examples=60, deadline=None)
@given(
    us=st.lists(st.one_of(st.none(), st.integers(_LOW, _HIGH)), min_size=1, max_size=40),
    unit=st.sampled_from(["s", "ms", "us", "ns"]),
    zone=st.sampled_from(["UTC", "Asia/Shanghai", "America/New_York"]),
    period=st.sampled_from(["3个工作日", "1天", "8个工作小时", "24小时"]),
    chunks=st.integers(1, 3),
)
def test_arrow_columns_give_the_numpy_answers_property(
    us: list[int | None], unit: str, zone: str, period: str, chunks: int
) -> None:
    """Invariant: an arrow column (a pyarrow-backed Series, an Array, a ChunkedArray) and
    the same instants as a pandas Series give the same deadlines and flags (R-PER-01)."""
    per = {"s": 1_000_000, "ms": 1_000, "us": 1, "ns": 1}[unit]
    scaled = [None if u is None else (u // per if unit != "ns" else u * 1_000) for u in us]
    arrow = pa.array(scaled, pa.timestamp(unit, tz=zone))
    numpy_series = pd.Series(arrow.to_pandas()).dt.tz_convert(zone)
    step = max(1, len(us) // chunks)
    chunked = pa.chunked_array([arrow[i : i + step] for i in range(0, len(us), step)])
    backed = pd.Series(pd.arrays.ArrowExtensionArray(chunked))
    expected = vector.deadline_many(numpy_series, period, with_provisional=True)
    want_due = [None if pd.isna(t) else t.to_pydatetime() for t in expected["due_at"]]
    want_flags = expected["provisional"].tolist()
    for column in (arrow, chunked, backed):
        got = vector.deadline_many(column, period, with_provisional=True)
        if isinstance(column, pd.Series):
            due = [None if pd.isna(t) else t.to_pydatetime() for t in got["due_at"]]
            assert got["due_at"].index.equals(column.index)
        else:
            assert type(got["due_at"]) is type(column)
            due = got["due_at"].to_pylist()
        assert due == want_due
        flag_column = got["provisional"]
        listed = flag_column.to_pylist() if hasattr(flag_column, "to_pylist") else flag_column
        assert list(listed) == want_flags
        flags = vector.provisional_many(column, period)
        assert list(flags.to_pylist() if hasattr(flags, "to_pylist") else flags) == want_flags


def test_an_arrow_answer_is_in_the_calendars_zone_and_a_null_stays_null() -> None:
    column = pa.array([1_759_219_200_000_000, None], pa.timestamp("us", tz="UTC"))
    due = vector.deadline_many(column, "3个工作日")
    assert isinstance(due, pa.Array)
    assert due.type == pa.timestamp("us", tz="Asia/Shanghai")
    assert due.to_pylist()[1] is None
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: is missing \(on_missing='raise'\)"):
        vector.deadline_many(column, "3个工作日", on_missing="raise")


def test_a_naive_or_non_timestamp_arrow_column_is_refused_saying_what_to_do() -> None:
    naive = pa.array([1_759_219_200_000_000], pa.timestamp("us"))
    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants, not naive"):
        vector.deadline_many(naive, "3个工作日")
    with pytest.raises(CustopsError, match=r"^starts: must hold aware instants, not an arrow"):
        vector.deadline_many(pa.array([1, 2]), "3个工作日")


def test_clock_statuses_read_arrow_starts_stops_and_pauses_as_numpy_ones_r_sla_01() -> None:
    received = [1_759_197_600_000_000, 1_759_806_000_000_000]  # 09-30 10:00, 10-07 11:00 UTC+8
    stopped = [1_759_284_000_000_000, None]
    kind = pa.timestamp("us", tz="UTC")
    as_arrow = vector.status_many(
        pa.array(received, kind),
        RESOLVE,
        at=AT,
        stopped_at=pa.chunked_array([pa.array(stopped, kind)]),
        pauses=(
            np.array([1]),
            pa.array([received[1] + 3_600_000_000], kind),
            pa.array([None], kind),
        ),
    )
    as_pandas = vector.status_many(
        pd.Series(pa.array(received, kind).to_pandas()),
        RESOLVE,
        at=AT,
        stopped_at=pd.Series(pa.array(stopped, kind).to_pandas()),
        pauses=(
            np.array([1]),
            pd.Series(pa.array([received[1] + 3_600_000_000], kind).to_pandas()),
            pd.Series([pd.NaT], dtype="datetime64[us, UTC]"),
        ),
    )
    assert as_arrow["state"].to_pylist() == as_pandas["state"].tolist() == ["met", "paused"]
    due = [t.to_pydatetime() for t in as_pandas["due_at"]]
    assert as_arrow["due_at"].to_pylist() == due


_ZONED = "timestamp[us, tz=Asia/Shanghai]"


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("rows", [0, 2])
def test_an_empty_or_all_missing_arrow_column_keeps_its_type_r_per_01(
    rows: int, chunked: bool
) -> None:
    """No row says the type of an empty column, nor of one missing in every row: each
    answer still has the type its rows have when present (date32, bool, int64, string,
    a timestamp in the calendar's zone), so a table's schema holds (R-PER-01, R-SLA-01)."""
    days = pa.array([None] * rows, pa.date32())
    starts = pa.array([None] * rows, pa.timestamp("us", tz="Asia/Shanghai"))
    if chunked:
        days, starts = pa.chunked_array([days]), pa.chunked_array([starts])
    answers = {
        "is_workday_many": (vector.is_workday_many(days), "bool"),
        "day_kind_many": (vector.day_kind_many(days), "string"),
        "add_workdays_many": (vector.add_workdays_many(days, 3), "date32[day]"),
        "roll_many": (vector.roll_many(days), "date32[day]"),
        "workdays_between_many": (vector.workdays_between_many(days, days), "int64"),
        "deadline_many": (vector.deadline_many(starts, "3个工作日"), _ZONED),
        "provisional_many": (vector.provisional_many(starts, "3个工作日"), "bool"),
    }
    if not rows:  # a clock needs its start: only an empty column of them
        target = Target("resolve", "3个工作日")
        at = dt.datetime(2025, 12, 1, tzinfo=ZoneInfo("Asia/Shanghai"))
        status = vector.status_many(starts, target, at=at)
        answers["status_many due_at"] = (status["due_at"], _ZONED)
        answers["status_many state"] = (status["state"], "string")
        answers["status_many elapsed"] = (status["elapsed"], "duration[us]")
        answers["due_many"] = (due_many(starts, target), _ZONED)
    for name, (answer, kind) in answers.items():
        assert str(answer.type) == kind, name
        assert len(answer) == rows, name
        # a missing day is no working day and a missing start no provisional one (False)
        assert answer.null_count == (0 if kind == "bool" else rows), name
        assert isinstance(answer, pa.ChunkedArray) == chunked, name
