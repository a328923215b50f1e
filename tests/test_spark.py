"""custops.spark on PySpark in local mode: every column equals the scalar path.

R-SLA-01/08/09/13 (working days) through broadcast joins on the calendar table, and
Civil Code deadlines through mapInArrow over custops.vector, on a generated table of a
million tickets.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import time
import warnings
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("pyspark")
pytest.importorskip("pandas")

from custops import spark as cs
from custops.calendars import china
from custops.complaints import DEFAULT_CLASSIFIER_POLICY, Rule, classify
from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
from custops.periods import deadline

# The local Spark session is module-scoped: its tests share one worker (built once).
pytestmark = pytest.mark.xdist_group("spark")

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17+ (no `java` on PATH and no JAVA_HOME)")
    # collect() gives timestamps as naive datetimes in the process's zone: compare in UTC.
    os.environ["TZ"] = "UTC"
    time.tzset()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("custops-tests")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_add_workdays_by_join_R_SLA_01(spark: Any) -> None:
    rows = [
        (1, dt.date(2025, 9, 30), 1),
        (2, dt.date(2025, 9, 30), 3),
        (3, dt.date(2025, 10, 9), -1),
        (4, dt.date(2025, 10, 4), 0),
        (5, dt.date(2025, 10, 4), -2),
        (6, dt.date(2026, 2, 13), 5),
    ]
    df = spark.createDataFrame(rows, "id int, opened date, n int")
    out = {r["id"]: r["due_on"] for r in cs.with_add_workdays(df, "opened", "n").collect()}
    assert out == {i: china().add_workdays(d, n) for i, d, n in rows}
    fixed = cs.with_add_workdays(df, "opened", 3, out="third").collect()
    assert {r["id"]: r["third"] for r in fixed} == {
        i: china().add_workdays(d, 3) for i, d, _ in rows
    }


def test_workdays_between_by_join_R_SLA_13(spark: Any) -> None:
    rows = [
        (dt.date(2025, 9, 30), dt.date(2025, 10, 11)),
        (dt.date(2025, 10, 11), dt.date(2025, 9, 30)),
    ]
    df = spark.createDataFrame(rows, "a date, b date")
    got = [r["workdays"] for r in cs.with_workdays_between(df, "a", "b").orderBy("a").collect()]
    assert sorted(got) == sorted(china().workdays_between(a, b) for a, b in rows)
    assert sorted(got) == [-3, 3]


def test_calendar_frame_matches_the_calendar(spark: Any) -> None:
    frame = cs.calendar_frame(spark, dt.date(2025, 10, 1), dt.date(2025, 10, 12))
    rows = {r["day"]: r for r in frame.collect()}
    assert len(rows) == 12
    assert rows[dt.date(2025, 10, 11)]["is_workday"] is True
    assert rows[dt.date(2025, 10, 1)]["holiday_name"] == china().holiday_name(dt.date(2025, 10, 1))
    assert rows[dt.date(2025, 10, 11)]["outcome"] == china().day_kind(dt.date(2025, 10, 11)).value


def test_deadlines_by_map_in_pandas_R_SLA_08(spark: Any) -> None:
    starts = [
        dt.datetime(2025, 9, 30, 8, 0, tzinfo=dt.timezone.utc),
        dt.datetime(2026, 2, 13, 2, 30, tzinfo=dt.timezone.utc),
    ]
    df = spark.createDataFrame([(i, s) for i, s in enumerate(starts)], "id int, opened timestamp")
    got = {r["id"]: r["due_at"] for r in cs.with_deadline(df, "opened", "3个工作日").collect()}
    for i, s in enumerate(starts):
        expected = deadline(s, "3个工作日").astimezone(dt.timezone.utc).replace(tzinfo=None)
        assert got[i] == expected


def test_deadline_takes_the_options_of_the_scalar_R_SLA_08(spark: Any) -> None:
    """``with_deadline`` takes ``periods.deadline``'s ``cutoff``, ``convention`` and ``roll``
    (the Spark form of a scalar takes its options) and gives what it gives per row."""
    starts = [
        dt.datetime(2025, 9, 30, 8, 0, tzinfo=dt.timezone.utc),
        dt.datetime(2025, 10, 2, 2, 30, tzinfo=dt.timezone.utc),
    ]
    df = spark.createDataFrame([(i, s) for i, s in enumerate(starts)], "id int, opened timestamp")
    options: dict[str, Any] = {"cutoff": "midnight", "roll": "preceding"}
    out = cs.with_deadline(df, "opened", "3天", **options).collect()
    got = {r["id"]: r["due_at"] for r in out}
    for i, s in enumerate(starts):
        expected = deadline(s, "3天", **options).astimezone(dt.timezone.utc).replace(tzinfo=None)
        assert got[i] == expected
    with pytest.raises(InvalidInput, match=r"^roll: "):
        cs.with_deadline(df, "opened", "3天", roll="sideways")


def test_classify_by_map_in_pandas(spark: Any) -> None:
    texts = ["送餐太慢了，饭都凉了", "请问你们几点开门？", ""]
    df = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id int, text string")
    got = {r["id"]: (r["kind"], r["category"]) for r in cs.with_classify(df, "text").collect()}
    for i, t in enumerate(texts):
        result = classify(t)
        category = None if result.category is None else result.category.value
        assert got[i] == (result.kind.value, category)


def test_classify_by_a_company_policy_on_the_executors(spark: Any) -> None:
    """R-CMP-01: a company's own rule travels with the plan (pickled as the rules it was
    given) and decides on the executors exactly as :func:`classify` decides with it."""
    own = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.fizz", kind="投诉", category="产品质量", terms=("没气",), weight=5)
    )
    texts = ["可乐没气", "请问你们几点开门？"]
    df = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id int, text string")
    rows = cs.with_classify(df, "text", policy=own).collect()
    got = {r["id"]: (r["kind"], r["category"], r["reason"]) for r in rows}
    expected = [classify(t, policy=own) for t in texts]
    assert [got[i] for i in range(len(texts))] == [
        (e.kind.value, e.category.value, e.reason) for e in expected
    ]
    assert got[0][:2] == ("complaint", "product_quality")
    assert classify(texts[0]).category.value != "product_quality"  # the default has no such rule


def test_classification_reasons_are_in_the_callers_language(spark: Any) -> None:
    """Executors are other processes (default zh_CN): the language active when the plan is
    built travels with it, so the reason column equals the scalar path in that language."""
    texts = ["送餐太慢了，饭都凉了", "请问你们几点开门？"]
    df = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id int, text string")
    english = cs.with_classify(df, "text")  # tests run with en_US active
    with language("zh_CN"):
        chinese = cs.with_classify(df, "text", prefix="zh_")
        expected_zh = [classify(t).reason for t in texts]
    expected_en = [classify(t).reason for t in texts]
    assert expected_en != expected_zh  # the two languages differ, so the test can tell them apart
    got_en = {r["id"]: r["reason"] for r in english.collect()}
    got_zh = {r["id"]: r["zh_reason"] for r in chinese.collect()}  # collected outside the block
    assert [got_en[i] for i in range(len(texts))] == expected_en
    assert [got_zh[i] for i in range(len(texts))] == expected_zh


def test_bad_arguments_are_refused(spark: Any) -> None:
    df = spark.createDataFrame([(dt.date(2025, 1, 2),)], "d date")
    with pytest.raises(InvalidType, match="df"):
        cs.with_add_workdays([1, 2], "d", 1)
    with pytest.raises(InvalidInput, match="day"):
        cs.with_add_workdays(df, "missing", 1)
    with pytest.raises(InvalidType, match="workdays"):
        cs.with_add_workdays(df, "d", 1.5)  # type: ignore[arg-type]


def _refusal(error: type[Exception], call: Any) -> Exception:
    """The error ``call()`` raises, at the call: no Spark job runs (nothing is collected)."""
    with pytest.raises(error) as caught:
        call()
    return caught.value


def test_names_of_new_columns_are_checked_at_the_call(spark: Any) -> None:
    """A column name custops writes is a str the frame does not have (in any case, as
    Spark compares names): else a CustopsError naming the argument, never Spark's own."""
    df = spark.createDataFrame(
        [(1, dt.date(2025, 9, 30), dt.datetime(2025, 9, 30, 8, 0), "送餐太慢了")],
        "id int, opened_on date, opened_at timestamp, text string",
    )
    nothing: Any = None  # not a str: a wrong type, as a caller without types may pass
    five: Any = 5
    refusals = [
        (InvalidType, lambda: cs.with_classify(df, "text", prefix=nothing), "prefix", None),
        (InvalidType, lambda: cs.with_classify(df, "text", prefix=five), "prefix", 5),
        (InvalidType, lambda: cs.with_classify(df, "text", policy=five), "policy", 5),
        (InvalidType, lambda: cs.with_deadline(df, "opened_at", "3个工作日", out=five), "out", 5),
        (
            InvalidInput,
            lambda: cs.with_deadline(df, "opened_at", "3个工作日", out="id"),
            "out",
            "id",
        ),
        (
            InvalidInput,
            lambda: cs.with_deadline(df, "opened_at", "3个工作日", out="ID"),
            "out",
            "ID",
        ),
        (InvalidInput, lambda: cs.with_add_workdays(df, "opened_on", 3, out="id"), "out", "id"),
        (
            InvalidInput,
            lambda: cs.with_add_workdays(df, "opened_on", 3, out="__seq"),
            "out",
            "__seq",
        ),
        (InvalidType, lambda: cs.with_add_workdays(df, "opened_on", 3, out=nothing), "out", None),
        (
            InvalidInput,
            lambda: cs.with_workdays_between(df, "opened_on", "opened_on", out="text"),
            "out",
            "text",
        ),
        (
            InvalidType,
            lambda: cs.calendar_frame("x", dt.date(2025, 1, 1), dt.date(2025, 1, 2)),
            "spark",
            "x",
        ),
    ]
    for error, call, argument, value in refusals:
        refused = _refusal(error, call)
        assert (refused.argument, refused.value) == (argument, value)  # type: ignore[attr-defined]
    with_kind = cs.with_classify(df, "text")
    refused = _refusal(InvalidInput, lambda: cs.with_classify(with_kind, "text"))
    assert (refused.argument, refused.value) == ("prefix", "")  # type: ignore[attr-defined]
    named = cs.with_classify(df, "text", prefix="zh_").columns
    assert named[-4:] == ["zh_kind", "zh_category", "zh_confidence", "zh_reason"]


def test_column_types_are_checked_on_the_driver(spark: Any) -> None:
    """A column of the wrong type is refused at the call from the schema, naming the
    argument and showing the column's name as given: not a PythonException at collect."""
    df = spark.createDataFrame(
        [(1, "2025-09-30", dt.date(2025, 9, 30))], "id long, text string, opened_on date"
    )
    refusals = [
        (lambda: cs.with_classify(df, "id"), "text", "id"),
        (lambda: cs.with_deadline(df, "text", "3个工作日"), "start", "text"),
        (lambda: cs.with_deadline(df, "opened_on", "3个工作日"), "start", "opened_on"),
        (lambda: cs.with_add_workdays(df, "opened_on", "text"), "workdays", "text"),
    ]
    for call, argument, value in refusals:
        refused = _refusal(InvalidType, call)
        assert (refused.argument, refused.value) == (argument, value)  # type: ignore[attr-defined]
    ok = cs.with_add_workdays(df, "opened_on", "id").collect()
    assert ok[0]["due_on"] == china().add_workdays(dt.date(2025, 9, 30), 1)


def test_a_million_tickets_equal_the_scalar_path_on_a_sample(spark: Any) -> None:
    f = pytest.importorskip("pyspark.sql.functions")
    tickets = spark.range(1_000_000).select(
        f.col("id"),
        f.expr("date_add(date'2024-01-01', cast(id * 7919 % 1000 as int))").alias("opened_on"),
        f.expr("cast(id % 15 + 1 as int)").alias("n"),
        f.expr("timestamp_seconds(1704067200 + cast(id * 104729 % 86400000 as bigint))").alias(
            "opened_at"
        ),
    )
    done = cs.with_deadline(
        cs.with_add_workdays(tickets, "opened_on", "n"), "opened_at", "3个工作日"
    )
    done = done.cache()
    assert done.count() == 1_000_000
    assert done.where("due_on is null or due_at is null").count() == 0
    sample = done.where("id % 5003 = 0").collect()
    assert len(sample) >= 150
    cal = china()
    for row in sample:
        assert row["due_on"] == cal.add_workdays(row["opened_on"], row["n"])
        start = row["opened_at"].replace(tzinfo=dt.timezone.utc)
        expected = deadline(start, "3个工作日").astimezone(dt.timezone.utc).replace(tzinfo=None)
        assert row["due_at"] == expected
    done.unpersist()


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_deadlines_carry_a_provisional_column_when_asked_R_PER_01(spark: Any) -> None:
    """docs/rules.md §1: a deadline counted through 2027 (no notice in the data) is marked,
    per row; an elapsed-time one never is (R-SLA-05)."""
    from custops.periods import provisional

    starts = [
        dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.timezone.utc),
        dt.datetime(2026, 12, 30, 2, 0, tzinfo=dt.timezone.utc),
    ]
    df = spark.createDataFrame([(i, s) for i, s in enumerate(starts)], "id int, opened timestamp")
    for period in ("3个工作日", "24小时"):
        rows = cs.with_deadline(df, "opened", period, provisional="due_provisional").collect()
        got = {r["id"]: r["due_provisional"] for r in rows}
        assert got == {i: provisional(s, period) for i, s in enumerate(starts)}
    assert got == {0: False, 1: False}
    assert "due_provisional" not in cs.with_deadline(df, "opened", "1天").columns
    with pytest.raises(InvalidInput, match=r"^provisional: "):
        cs.with_deadline(df, "opened", "1天", provisional="id")
    with pytest.raises(InvalidInput, match=r"^provisional: .*which out adds"):
        cs.with_deadline(df, "opened", "1天", provisional="DUE_AT")


def test_a_null_start_is_kept_or_refused_as_the_vector_functions_do_R_SLA_08(
    spark: Any,
) -> None:
    """``on_missing`` means what it means in custops.vector (``vector.Missing``): a null
    start gives a null deadline (``keep``, the default), or is refused (``raise``) — here
    at the call, before a column is written, naming ``start`` and showing the row."""
    from custops.vector import Missing

    opened = dt.datetime(2025, 9, 30, 8, 0, tzinfo=dt.timezone.utc)
    df = spark.createDataFrame([(1, opened), (2, None)], "id int, opened timestamp")
    for keep in ({}, {"on_missing": "keep"}, {"on_missing": Missing.KEEP}):
        got = {
            r["id"]: r["due_at"]
            for r in cs.with_deadline(df, "opened", "3个工作日", **keep).collect()
        }
        assert got[2] is None
        assert got[1] == deadline(opened, "3个工作日").astimezone(dt.timezone.utc).replace(
            tzinfo=None
        )
    refused = _refusal(
        InvalidInput, lambda: cs.with_deadline(df, "opened", "3个工作日", on_missing="raise")
    )
    assert str(refused).startswith(
        "start: is missing (on_missing='raise'): column 'opened' is null in the row shown "
        "(got {'id': 2, 'opened': None})"
    )
    whole = df.where("id = 1")
    rows = cs.with_deadline(whole, "opened", "3个工作日", on_missing=Missing.RAISE).collect()
    assert [r["id"] for r in rows] == [1]
    with pytest.raises(InvalidInput, match=r"^on_missing: "):
        cs.with_deadline(df, "opened", "3个工作日", on_missing="skip")


# --------------------------------------------------------------- session time zones (R-PER-01)


@contextlib.contextmanager
def _session_zone(spark: Any, zone: str) -> Iterator[None]:
    """The session's ``spark.sql.session.timeZone`` set to ``zone`` for the block."""
    before = spark.conf.get("spark.sql.session.timeZone")
    spark.conf.set("spark.sql.session.timeZone", zone)
    try:
        yield
    finally:
        spark.conf.set("spark.sql.session.timeZone", before)


def _epoch_us(moment: dt.datetime) -> int:
    delta = moment - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return (delta.days * 86_400 + delta.seconds) * 10**6 + delta.microseconds


#: Sessions a cluster is set to: UTC, Beijing (Chinese clusters) and a zone with DST
SESSION_ZONES = ("UTC", "Asia/Shanghai", "America/New_York")


def _deadlines_under(spark: Any, zone: str, starts: list[dt.datetime | None]) -> list[Any]:
    """``with_deadline`` of ``starts`` (3个工作日, with its provisional flags) under the
    session zone ``zone``, as epoch microseconds read by Spark itself (no collect-side zone)."""
    with _session_zone(spark, zone):
        df = spark.createDataFrame(list(enumerate(starts)), "id int, opened timestamp")
        added = cs.with_deadline(df, "opened", "3个工作日", provisional="prov")
        rows = added.selectExpr(
            "id", "unix_micros(opened) as o", "unix_micros(due_at) as d", "prov"
        ).collect()
    return [(r["o"], r["d"], r["prov"]) for r in sorted(rows, key=lambda r: r["id"])]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@pytest.mark.parametrize("zone", SESSION_ZONES)
def test_deadlines_are_the_scalar_ones_under_any_session_zone_R_PER_01(
    spark: Any, zone: str
) -> None:
    """R-PER-01 counts on the start's Beijing date, whatever zone the Spark session shows
    timestamps in: a ticket at 17:59 on Friday 2026-02-13 is due 02-25 18:00, not counted
    from Saturday; the frame's own timestamps pass through unchanged (the DST hour of a
    New York session included)."""
    starts: list[dt.datetime | None] = [
        dt.datetime(2026, 2, 13, 17, 59, tzinfo=SHANGHAI),
        dt.datetime(2026, 2, 14, 0, 0, tzinfo=SHANGHAI),
        dt.datetime(2026, 9, 30, 20, 0, tzinfo=SHANGHAI),
        dt.datetime(2026, 12, 31, 10, 0, tzinfo=SHANGHAI),
        None,
        dt.datetime(2025, 11, 2, 5, 30, tzinfo=dt.timezone.utc),  # 01:30 EDT
        dt.datetime(2025, 11, 2, 6, 30, tzinfo=dt.timezone.utc),  # 01:30 EST
    ]
    got = _deadlines_under(spark, zone, starts)
    from custops.periods import provisional

    expected = [
        (None, None, False)
        if s is None
        else (_epoch_us(s), _epoch_us(deadline(s, "3个工作日")), provisional(s, "3个工作日"))
        for s in starts
    ]
    assert got == expected
    assert got[0][1] == _epoch_us(dt.datetime(2026, 2, 25, 18, tzinfo=SHANGHAI))
    assert got[3][2] is True  # counted into 2027: provisional


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.datetimes(
            min_value=dt.datetime(2025, 12, 1),
            max_value=dt.datetime(2027, 1, 31),
            timezones=st.sampled_from([SHANGHAI, dt.timezone.utc, ZoneInfo("America/New_York")]),
        ),
        min_size=1,
        max_size=40,
    )
)
@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_every_session_zone_gives_the_same_instants_R_PER_01(
    spark: Any, starts: list[dt.datetime]
) -> None:
    """Property: under every session zone the due instants (and flags) are the same, and
    each is the scalar ``deadline`` of its start."""
    answers = [_deadlines_under(spark, zone, list(starts)) for zone in SESSION_ZONES]
    assert answers[0] == answers[1] == answers[2]
    assert [d for _, d, _ in answers[0]] == [_epoch_us(deadline(s, "3个工作日")) for s in starts]


@pytest.mark.parametrize("zone", SESSION_ZONES)
def test_a_column_of_wall_times_without_a_zone_is_refused_saying_how_R_PER_01(
    spark: Any, zone: str
) -> None:
    """A ``timestamp_ntz`` column (a MySQL DATETIME of Beijing wall times) is refused at the
    call, naming ``start``, as custops.vector refuses a naive column; the conversion the
    message gives reads the wall times in Beijing under any session zone."""
    wall = dt.datetime(2026, 2, 13, 17, 59)
    with _session_zone(spark, zone):
        ntz = spark.createDataFrame([(1, wall)], "id int, opened timestamp_ntz")
        refused = _refusal(InvalidType, lambda: cs.with_deadline(ntz, "opened", "3个工作日"))
        assert isinstance(refused, InvalidType)
        assert refused.argument == "start"
        assert "timestamp_ntz" in str(refused)
        assert "Asia/Shanghai" in str(refused)
        hint = (refused.problem or "").split("expr(", 1)[1].rsplit(")", 1)[0].strip('"')
        from pyspark.sql import functions

        zoned = ntz.withColumn("opened", functions.expr(hint))
        row = (
            cs.with_deadline(zoned, "opened", "3个工作日")
            .selectExpr("unix_micros(due_at) as d")
            .first()
        )
    assert row is not None
    assert row["d"] == _epoch_us(deadline(wall.replace(tzinfo=SHANGHAI), "3个工作日"))


@pytest.mark.parametrize("zone", SESSION_ZONES)
def test_classification_keeps_the_frames_timestamps_under_any_session_zone(
    spark: Any, zone: str
) -> None:
    """The columns ``with_classify`` passes through are the instants stored, the DST hour
    of a New York session included."""
    opened = [
        dt.datetime(2025, 11, 2, 5, 30, tzinfo=dt.timezone.utc),
        dt.datetime(2025, 11, 2, 6, 30, tzinfo=dt.timezone.utc),
    ]
    with _session_zone(spark, zone):
        df = spark.createDataFrame(
            [(i, s, "快递三天没到") for i, s in enumerate(opened)],
            "id int, opened timestamp, t string",
        )
        rows = cs.with_classify(df, "t").selectExpr("id", "unix_micros(opened) as o").collect()
    assert sorted((r["id"], r["o"]) for r in rows) == [
        (i, _epoch_us(s)) for i, s in enumerate(opened)
    ]


def _vector_flags_of_add(
    rows: list[tuple[int, dt.date | None, int]],
) -> dict[int, tuple[Any, bool]]:
    """``vector.add_workdays_many(..., with_provisional=True)`` of ``rows`` by id."""
    import numpy as np

    from custops import vector

    days = np.array([d or "NaT" for _, d, _ in rows], dtype="datetime64[D]")
    counts = np.array([n for _, _, n in rows], dtype=np.int64)
    both = vector.add_workdays_many(days, counts, with_provisional=True)
    due = [None if np.isnat(d) else d.astype(dt.date) for d in both["due_on"]]
    return {i: (due[k], bool(both["provisional"][k])) for k, (i, _, _) in enumerate(rows)}


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_add_workdays_carries_a_provisional_column_when_asked_R_PER_01(spark: Any) -> None:
    """docs/rules.md §1 (R-PER-01): a working day counted into or through 2027 (no notice in
    the data) is flagged, as vector.add_workdays_many(..., with_provisional=True) flags it,
    and no ProvisionalCalendarWarning comes besides the flags."""
    from custops.errors import ProvisionalCalendarWarning

    rows: list[tuple[int, dt.date | None, int]] = [
        (1, dt.date(2026, 12, 30), 3),  # into 2027
        (2, dt.date(2026, 6, 1), 3),  # within 2026
        (3, dt.date(2027, 1, 6), -5),  # from 2027 back into 2026
        (4, dt.date(2027, 3, 1), 0),  # the day itself, in 2027
        (5, dt.date(2025, 12, 30), 5),  # 2025 into 2026: both published
        (6, None, 3),  # no day: no answer, not provisional
        (7, dt.date(2026, 12, 31), 0),
    ]
    df = spark.createDataFrame(rows, "id int, opened date, n int")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ProvisionalCalendarWarning)
        added = cs.with_add_workdays(df, "opened", "n", provisional="due_provisional")
        got = {r["id"]: (r["due_on"], r["due_provisional"]) for r in added.collect()}
    assert got == _vector_flags_of_add(rows)
    assert {i for i, (_, flag) in got.items() if flag} == {1, 3, 4}
    fixed = cs.with_add_workdays(df, "opened", 3, provisional="p").collect()
    assert {r["id"]: r["p"] for r in fixed} == {
        i: flag for i, (_, flag) in _vector_flags_of_add([(i, d, 3) for i, d, _ in rows]).items()
    }
    assert "due_provisional" not in cs.with_add_workdays(df, "opened", 3).columns
    refused = _refusal(InvalidInput, lambda: cs.with_add_workdays(df, "opened", 3, provisional="N"))
    assert (refused.argument, refused.value) == ("provisional", "N")  # type: ignore[attr-defined]
    with pytest.raises(InvalidInput, match=r"^provisional: .*which out adds"):
        cs.with_add_workdays(df, "opened", 3, provisional="DUE_ON")
    with pytest.raises(InvalidType, match=r"^provisional: "):
        cs.with_add_workdays(df, "opened", 3, provisional=True)  # type: ignore[arg-type]


def test_workdays_between_carries_a_provisional_column_when_asked_R_PER_01(spark: Any) -> None:
    """R-PER-01, R-SLA-13: a count between two days meeting 2027 (either order) is flagged,
    as vector.workdays_between_many(..., with_provisional=True) flags it."""
    import numpy as np

    from custops import vector

    rows: list[tuple[int, dt.date | None, dt.date | None]] = [
        (1, dt.date(2026, 12, 1), dt.date(2027, 1, 15)),
        (2, dt.date(2027, 1, 15), dt.date(2026, 12, 1)),
        (3, dt.date(2026, 1, 5), dt.date(2026, 12, 31)),
        (4, dt.date(2025, 12, 1), dt.date(2028, 1, 5)),
        (5, None, dt.date(2027, 1, 5)),
        (6, dt.date(2027, 2, 1), dt.date(2027, 2, 1)),
    ]
    df = spark.createDataFrame(rows, "id int, a date, b date")
    added = cs.with_workdays_between(df, "a", "b", provisional="prov").collect()
    got = {r["id"]: (r["workdays"], r["prov"]) for r in added}
    both = vector.workdays_between_many(
        np.array([a or "NaT" for _, a, _ in rows], dtype="datetime64[D]"),
        np.array([b or "NaT" for _, _, b in rows], dtype="datetime64[D]"),
        with_provisional=True,
    )
    counts = [None if c is None else int(c) for c in both["workdays"]]
    expected = {i: (counts[k], bool(both["provisional"][k])) for k, (i, _, _) in enumerate(rows)}
    assert got == expected
    assert {i for i, (_, flag) in got.items() if flag} == {1, 2, 4, 6}


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.dates(dt.date(2025, 10, 1), dt.date(2028, 3, 31))),
            st.integers(-40, 40),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_join_flags_equal_the_vector_flags_R_PER_01(
    spark: Any, drawn: list[tuple[dt.date | None, int]]
) -> None:
    """Invariant (R-PER-01): on any rows, the join's answers and flags are the vector
    function's, row by row."""
    rows = [(i, d, n) for i, (d, n) in enumerate(drawn)]
    df = spark.createDataFrame(rows, "id int, opened date, n int")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        added = cs.with_add_workdays(df, "opened", "n", provisional="prov").collect()
    assert {r["id"]: (r["due_on"], r["prov"]) for r in added} == _vector_flags_of_add(rows)
