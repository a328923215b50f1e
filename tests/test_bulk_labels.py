"""Bulk functions over pandas Series with labels (docs/vector.md, docs/sla.md,
docs/complaints.md): results keep the input's index, every column of a result is of one
container, a refused row is named by its label and its position, and a refusal is one
line.  Each bulk answer equals the single call row by row (R-SLA-01 … R-SLA-12, R-CMP-01).
pandas and numpy are not dependencies: skipped where they are absent."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

from custops import vector  # noqa: E402
from custops.complaints import classify, classify_many  # noqa: E402
from custops.errors import CustopsError, InvalidInput, InvalidType  # noqa: E402
from custops.periods import deadline  # noqa: E402
from custops.sla import Clock, Target, due_many  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
RESOLVE = Target("resolve", "3个工作日", rule="R-SLA-09")
TARGETS = [
    RESOLVE,
    Target("reply", "24小时"),
    Target("visit", "1天"),
    Target("fix", "8个工作小时"),
    Target("same_day", "0个工作日"),
    Target("calendar", "2天", calendar_days=True),
]

_STARTS = st.lists(
    st.datetimes(
        min_value=dt.datetime(2025, 1, 1),
        max_value=dt.datetime(2026, 12, 31),
        timezones=st.just(SH),
    ),
    min_size=1,
    max_size=8,
)
_INDEXES = st.sampled_from(["range", "shifted", "str", "shuffled"])


def _index(kind: str, n: int) -> Any:
    if kind == "range":
        return pd.RangeIndex(n)
    if kind == "shifted":
        return pd.RangeIndex(10, 10 + n)
    if kind == "str":
        return pd.Index([f"T{i}" for i in range(n)])
    return pd.Index(list(range(n))[::-1]) * 3


def _column(starts: list[dt.datetime], kind: str, unit: str = "us") -> Any:
    instants = pd.DatetimeIndex(starts).as_unit(unit).tz_convert("Asia/Shanghai")
    return pd.Series(instants, index=_index(kind, len(starts)), name="受理时间")


# --------------------------------------------------------------------------- answers


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=40, deadline=None)
@given(_STARTS, st.sampled_from(TARGETS), _INDEXES, st.sampled_from(["us", "ns"]))
def test_R_SLA_01_due_many_of_a_labelled_series_is_the_clocks_deadline_property(
    starts: list[dt.datetime], target: Target, kind: str, unit: str
) -> None:
    """A Series of any index and unit gives, row by row, the clock's deadline and what a
    list of the same starts gives, under the Series' index and name (R-SLA-01)."""
    column = _column(starts, kind, unit)
    due = due_many(column, target)
    assert isinstance(due, pd.Series)
    assert due.index.equals(column.index)
    assert due.name == "受理时间"
    assert str(due.dtype) == "datetime64[us, Asia/Shanghai]"
    assert list(due) == list(due_many(starts, target))
    for start, got in zip(starts, due, strict=True):
        assert got == Clock.start(start, target).status(at=start).due_at


def test_R_SLA_01_due_many_of_a_series_finer_than_a_microsecond_is_the_row_by_row_answer() -> None:
    """A start with nanoseconds is compared with its due time as the clock compares it: the
    column goes row by row, and gives what Timestamps one by one give (R-SLA-01)."""
    stamps = ["2025-10-09 18:00:00.000000500", "2025-10-09 17:00"]
    column = pd.Series(
        pd.to_datetime(stamps, format="ISO8601").tz_localize("Asia/Shanghai"), index=[5, 6]
    )
    same_day = Target("same_day", "0个工作日")
    due = due_many(column, same_day)
    assert list(due) == list(due_many(list(column), same_day))


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=30, deadline=None)
@given(_STARTS, st.sampled_from(["3个工作日", "24小时", "8个工作小时", "0个工作日"]), _INDEXES)
def test_R_SLA_09_deadlines_of_a_labelled_series_are_the_scalar_deadlines_property(
    starts: list[dt.datetime], period: str, kind: str
) -> None:
    column = _column(starts, kind)
    due = vector.deadline_many(column, period)
    assert due.index.equals(column.index)
    assert list(due) == [deadline(s, period) for s in starts]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=30, deadline=None)
@given(_STARTS, st.sampled_from(TARGETS[:5]), _INDEXES, st.integers(0, 200))
def test_R_SLA_09_clock_statuses_of_a_labelled_series_are_the_clocks_property(
    starts: list[dt.datetime], target: Target, kind: str, stop_hours: int
) -> None:
    """Every column is a Series with the starts' index, and row by row what the scalar
    clock says (R-SLA-09); a list gives lists of the same values."""
    column = _column(starts, kind)
    at = max(starts) + dt.timedelta(hours=100)
    stops = [s + dt.timedelta(hours=stop_hours) if i % 2 else None for i, s in enumerate(starts)]
    stopped = pd.Series(pd.DatetimeIndex(stops, dtype="datetime64[us, Asia/Shanghai]"))
    stopped.index = column.index
    got = vector.status_many(column, target, at=at, stopped_at=stopped)
    from_list = vector.status_many(starts, target, at=at, stopped_at=stops)
    assert set(got) == {"due_at", "state", "elapsed", "allowance", "measure"}
    for key in ("due_at", "state", "elapsed", "allowance"):
        assert isinstance(got[key], pd.Series), key
        assert got[key].index.equals(column.index), key
        assert got[key].name == key
        assert isinstance(from_list[key], list), key
        assert got[key].tolist() == from_list[key], key
    assert got["measure"] == from_list["measure"] == target.measure.value
    for i, (start, stop) in enumerate(zip(starts, stops, strict=True)):
        clock = Clock.start(start, target)
        if stop is not None and stop <= at:
            clock = clock.stop(stop)
        status = clock.status(at=at)
        assert got["due_at"].iloc[i] == status.due_at
        assert got["state"].iloc[i] == status.state.value
        assert got["elapsed"].iloc[i] == status.elapsed
        assert got["allowance"].iloc[i] == status.allowance


def test_clock_statuses_columns_follow_the_container_of_the_starts() -> None:
    start = dt.datetime(2025, 9, 30, 16, tzinfo=SH)
    at = start + dt.timedelta(days=1)
    as_tuple = vector.status_many((start,), RESOLVE, at=at)
    assert all(type(as_tuple[k]) is tuple for k in ("due_at", "state", "elapsed", "allowance"))
    assert as_tuple["elapsed"] == (dt.timedelta(hours=2),)
    as_list = vector.status_many([start], RESOLVE, at=at)
    assert all(type(as_list[k]) is list for k in ("due_at", "state", "elapsed", "allowance"))
    assert as_list["measure"] == "working"
    # a numpy datetime64 array holds no zone: refused, as a naive datetime is, naming it
    array = np.array([start.replace(tzinfo=None) - dt.timedelta(hours=8)], dtype="datetime64[us]")
    with pytest.raises(InvalidInput, match=r"^starts: must hold aware instants"):
        vector.status_many(array, RESOLVE, at=at)


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.sampled_from(["送餐太慢了，饭都凉了", "请问几点开门？", "谢谢", "", "漏水了"]),
        max_size=8,
    ),
    _INDEXES,
)
def test_R_CMP_01_classify_many_of_a_labelled_series_is_classify_per_text_property(
    texts: list[str], kind: str
) -> None:
    column = pd.Series(texts, index=_index(kind, len(texts)), dtype=object, name="工单内容")
    got = classify_many(column)
    for key, values in got.items():
        assert isinstance(values, pd.Series), key
        assert values.index.equals(column.index), key
        assert values.name == key
        assert values.tolist() == classify_many(texts)[key], key
    for i, text in enumerate(texts):
        result = classify(text)
        assert got["kind"].iloc[i] == result.kind.value
        assert got["reason"].iloc[i] == result.reason


def test_R_CMP_01_classify_many_reads_any_ordered_iterable_of_str() -> None:
    texts = ["送餐太慢了，饭都凉了", "请问几点开门？"]
    expected = classify_many(texts)
    assert classify_many(iter(texts)) == expected
    assert classify_many(pd.Series(texts, dtype="string"))["kind"].tolist() == expected["kind"]
    from_array = classify_many(np.array(texts))  # numpy arrays, as vector gives them
    assert isinstance(from_array["kind"], np.ndarray)
    assert from_array["kind"].tolist() == expected["kind"]
    assert classify_many(tuple(texts))["kind"] == tuple(expected["kind"])


# --------------------------------------------------------------------------- refusals


def _refused(call: Any, error: type[CustopsError] = InvalidInput) -> CustopsError:
    with pytest.raises(error) as caught:
        call()
    return caught.value


def _shanghai(*stamps: Any, index: Any = None) -> Any:
    return pd.Series(pd.to_datetime(list(stamps)).tz_localize("Asia/Shanghai"), index=index)


def test_a_missing_start_is_named_by_its_label_and_position() -> None:
    starts = _shanghai("2026-03-02 10:00", None, "2026-03-04 10:00", index=[10, 11, 12])
    for call in (
        lambda: due_many(starts, RESOLVE),
        lambda: vector.status_many(starts, RESOLVE, at=dt.datetime(2026, 3, 5, tzinfo=SH)),
    ):
        refused = _refused(call)
        assert str(refused).startswith(
            "starts[label 11] (position 1): is missing: a clock needs its start"
        )
        assert refused.argument == "starts[label 11] (position 1)"


def test_a_series_indexed_from_0_is_named_by_position_alone() -> None:
    starts = _shanghai("2026-03-02 10:00", None)
    assert _refused(lambda: due_many(starts, RESOLVE)).argument == "starts[1]"
    assert _refused(lambda: due_many(list(starts), RESOLVE)).argument == "starts[1]"


def test_a_stop_before_its_start_is_named_by_the_label_of_the_starts() -> None:
    starts = _shanghai("2026-03-02 10:00", "2026-03-03 10:00", index=["A", "B"])
    stops = [None, dt.datetime(2026, 3, 2, 9, tzinfo=SH)]
    at = dt.datetime(2026, 3, 9, tzinfo=SH)
    refused = _refused(lambda: vector.status_many(starts, RESOLVE, at=at, stopped_at=stops))
    assert str(refused).startswith("stopped_at[label 'B'] (position 1): is before the clock's")
    as_series = pd.Series(stops, index=starts.index, dtype="datetime64[us, Asia/Shanghai]")
    refused = _refused(lambda: vector.status_many(starts, RESOLVE, at=at, stopped_at=as_series))
    assert refused.argument == "stopped_at[label 'B'] (position 1)"


def test_day_columns_name_the_row_by_label() -> None:
    days = pd.Series(
        pd.to_datetime(["2026-03-02", "2026-03-03 10:00"], format="ISO8601"), index=["T1", "T2"]
    )
    refused = _refused(lambda: vector.add_workdays_many(days, 3))
    assert refused.argument == "days[label 'T2'] (position 1)"
    good = pd.Series(pd.to_datetime(["2026-03-02", "2026-03-03"]), index=["T1", "T2"])
    refused = _refused(lambda: vector.add_workdays_many(good, np.array([1, 10**7])))
    assert refused.argument == "workdays[label 'T2'] (position 1)"
    gap = pd.Series(pd.to_datetime(["2026-03-02", None]), index=[4, 5])
    refused = _refused(
        lambda: vector.workdays_between_many(good.set_axis([4, 5]), gap, on_missing="raise")
    )
    assert refused.argument == "ends[label 5] (position 1)"
    assert _refused(lambda: vector.roll_many(days)).argument == "days[label 'T2'] (position 1)"
    assert (
        _refused(lambda: vector.is_workday_many(days)).argument == "days[label 'T2'] (position 1)"
    )


def test_a_start_past_the_calendar_is_named_by_its_label() -> None:
    starts = _shanghai("2026-03-02 10:00", "2200-03-02 10:00", index=["a", "b"])
    refused = _refused(lambda: vector.deadline_many(starts, "3个工作日"))
    assert refused.argument == "starts[label 'b'] (position 1)"


def test_R_CMP_01_a_text_not_a_str_is_named_by_its_label() -> None:
    texts = pd.Series(["好", float("nan")], index=[100, 101])
    refused = _refused(lambda: classify_many(texts), InvalidType)
    assert str(refused) == "texts[label 101] (position 1): must be a str, not a float (got nan)"
    assert _refused(lambda: classify_many(["好", None]), InvalidType).argument == "texts[1]"


@pytest.mark.parametrize(
    "call",
    [
        lambda frame: due_many(frame, RESOLVE),
        lambda frame: vector.deadline_many(frame, "3个工作日"),
        lambda frame: vector.add_workdays_many(frame, 1),
        lambda frame: vector.status_many(frame, RESOLVE, at=dt.datetime(2026, 1, 1, tzinfo=SH)),
        lambda frame: classify_many(frame),
        lambda frame: classify_many(frame["text"].to_dict()),
    ],
    ids=["due_many", "deadline_many", "add_workdays", "status_many", "classify_many", "a dict"],
)
def test_a_refusal_is_one_line_with_the_value_shortened(call: Any) -> None:
    """A value whose repr spans lines (a DataFrame, a long Series) is shown on one line,
    cut to a few hundred characters."""
    frame = pd.DataFrame({"text": ["好\n坏"] * 5000, "n": range(5000)})
    with pytest.raises(CustopsError) as caught:
        call(frame)
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 600


def test_R_SLA_09_a_clock_in_a_refused_event_table_is_named_by_its_label() -> None:
    """``at`` before a start and a pause before its clock's start name the clock by the
    label of its start as well as its position (the pause table's rows stay positions)."""
    starts = _shanghai("2026-03-02 10:00", "2026-03-09 10:00", index=[10, 11])
    at = dt.datetime(2026, 3, 3, tzinfo=SH)
    refused = _refused(lambda: vector.status_many(starts, RESOLVE, at=at))
    assert str(refused).startswith("at: is before the start of clock label 11 (position 1) (")
    pauses = (np.array([0]), [dt.datetime(2026, 3, 1, tzinfo=SH)], [None])
    later = dt.datetime(2026, 3, 10, tzinfo=SH)
    refused = _refused(lambda: vector.status_many(starts, RESOLVE, at=later, pauses=pauses))
    assert "the pause in row 0 begins before the start of clock label 10 (position 0)" in str(
        refused
    )
    plain = starts.reset_index(drop=True)
    refused = _refused(lambda: vector.status_many(plain, RESOLVE, at=at))
    assert str(refused).startswith("at: is before the start of clock 1 (")
