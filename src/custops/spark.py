"""custops on Apache Spark: working-day joins, deadlines and classification of ticket tables.

``pip install 'custops[spark]'`` (PySpark, with numpy, pandas and pyarrow; Spark needs Java
17+).  Both ways in give
exactly the scalar answers (docs/spark.md): broadcast joins on :func:`calendar_frame`, no
user-defined function (:func:`with_add_workdays`, :func:`with_workdays_between`), and
``mapInArrow`` over custops.vector (:func:`with_deadline`, :func:`with_classify`).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import importlib
from collections.abc import Iterator
from typing import Any

from custops._validate import fitted_call, policy_or_default, require_str, require_type
from custops.calendars import Roll, WorkCalendar, asking_provisional, calendar_or_china
from custops.complaints import ClassifierPolicy
from custops.errors import InvalidInput, InvalidType
from custops.i18n import current_language, language
from custops.periods import Convention, Cutoff, Period
from custops.vector import Missing

__all__ = [
    "calendar_frame",
    "with_add_workdays",
    "with_classify",
    "with_deadline",
    "with_workdays_between",
]


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"{name} is not installed; install it with: pip install 'custops[spark]'"
        ) from exc


def _dataframe(df: Any, argument: str) -> Any:
    sql = _module("pyspark.sql")
    return require_type(argument, df, sql.DataFrame, "a pyspark DataFrame")


def _column(df: Any, name: Any, argument: str, *types: str) -> str:
    """``name``, a column of ``df``; with ``types`` (pyspark.sql.types class names), one
    of those types, checked on the driver from the schema."""
    text = require_str(argument, name)
    if text not in df.columns:
        raise InvalidInput.for_argument(argument, name, f"is not a column of {df.columns}")
    kind = df.schema[text].dataType
    if types and type(kind).__name__ not in types:
        problem = f"must name a column of {' or '.join(types)}, not {kind.simpleString()}"
        raise InvalidType.for_argument(argument, name, problem)
    return text


#: the working columns the joins of this module add (and drop) on the caller's frame
_WORKING = frozenset({"__d", "__w", "__seq", "__want", "__target", "__a", "__sa", "__b", "__sb"})


def _new_column(df: Any, name: Any, argument: str, value: Any = None) -> str:
    """``name``, a column ``df`` does not have yet, as Spark matches names (regardless of
    case, unless ``spark.sql.caseSensitive``), nor one of :data:`_WORKING`; a refusal names
    ``argument`` and shows ``value`` (by default ``name``)."""
    shown = name if value is None else value
    text = require_str(argument, name)
    sensitive = str(df.sparkSession.conf.get("spark.sql.caseSensitive", "false")) == "true"

    def same(column: str) -> bool:  # Spark's resolver: equal, or equal ignoring case
        return column == text if sensitive else column.lower() == text.lower()

    if any(map(same, df.columns)):
        problem = f"would add the column {text!r}, which the frame has: {df.columns}"
        raise InvalidInput.for_argument(argument, shown, problem)
    if any(map(same, _WORKING)):
        problem = f"would add the column {text!r}, a name this module works with"
        raise InvalidInput.for_argument(argument, shown, problem)
    return text


@fitted_call
def calendar_frame(
    spark: Any, start: _dt.date, end: _dt.date, *, calendar: WorkCalendar | None = None
) -> Any:
    """The calendar table from ``start`` to ``end`` as a Spark DataFrame (one row a day): the
    columns of :class:`custops.calendars.CalendarTable` but ``closes_at`` (Spark
    timestamps carry no zone)."""
    sql = _module("pyspark.sql")
    require_type("spark", spark, sql.SparkSession, "a pyspark SparkSession")
    cal = calendar_or_china(calendar)
    columns = cal.table(start, end).columns()  # start and end checked by table()
    del columns["closes_at"]
    schema = (
        "day date, outcome string, outcome_label string, is_workday boolean, workday_seq long, "
        "holiday_name string, provisional boolean, business_seconds_before long"
    )
    return spark.createDataFrame(list(zip(*columns.values(), strict=True)), schema)


#: the integral column types of pyspark.sql.types
_INTEGERS = ("ByteType", "ShortType", "IntegerType", "LongType")


def _date_bounds(df: Any, *columns: str) -> tuple[_dt.date, _dt.date]:
    f = _module("pyspark.sql.functions")
    row = df.agg(*(bound(c) for c in columns for bound in (f.min, f.max))).collect()[0]
    values = [v for v in row if v is not None] or [_dt.date(2000, 1, 1)]  # no dates at all
    return min(values), max(values)


def _flag_name(df: Any, provisional: Any, out: str) -> str | None:
    """``provisional``, the name of the flag column to add besides ``out`` (``None``: no
    flags): a name the frame does not have, nor ``out`` (as Spark compares names)."""
    if provisional is None:
        return None
    flag = _new_column(df, provisional, "provisional")
    sensitive = str(df.sparkSession.conf.get("spark.sql.caseSensitive", "false")) == "true"
    if flag == out if sensitive else flag.lower() == out.lower():
        problem = f"would add the column {flag!r}, which out adds"
        raise InvalidInput.for_argument("provisional", provisional, problem)
    return flag


def _unpublished_between(cal: WorkCalendar, first: Any, last: Any, lo: int, hi: int) -> Any:
    """A boolean Spark column: whether the days from the date column ``first`` to ``last``
    (in either order, both included) meet a year of ``lo`` to ``hi`` whose arrangement is
    not published for ``cal`` (R-PER-01); ``False`` where either day is null.  What
    ``vector``'s ``with_provisional`` flags say (``periods.provisional`` per row): the
    unpublished years are listed on the driver, so no custops code runs on the executors."""
    f = _module("pyspark.sql.functions")
    years = [y for y in range(lo, hi + 1) if not cal.is_published(y)]
    if not years:
        return f.lit(False)
    low = f.year(f.least(first, last))
    high = f.year(f.greatest(first, last))
    meets = f.lit(False)
    for year in years:  # a handful at most: the years past the last notice the span reaches
        meets = meets | ((low <= year) & (high >= year))
    return f.when(first.isNull() | last.isNull(), f.lit(False)).otherwise(meets)


def _quiet(flag: str | None) -> Any:
    """With flags asked for, the answer is the flag: no warning besides it."""
    return contextlib.nullcontext() if flag is None else asking_provisional()


@fitted_call
def with_add_workdays(
    df: Any,
    day: str,
    workdays: int | str,
    *,
    out: str = "due_on",
    provisional: str | None = None,
    calendar: WorkCalendar | None = None,
) -> Any:
    """``df`` with ``out``: the ``workdays``-th working day after the date column ``day``.

    ``workdays`` is an int or the name of an integer column.  Broadcast joins on the calendar table
    (docs/spark.md), exactly :meth:`~custops.calendars.WorkCalendar.add_workdays` (R-SLA-01,
    R-SLA-08, R-SLA-09, R-SLA-13).  The table spans only the days the answers need, so a
    provisional year warns only when an answer is in it.

    ``provisional`` names a boolean column to add too: whether the row was counted through a
    year whose arrangement is not published (R-PER-01; the days from ``day`` to ``out`` meet
    such a year; ``False`` where either is null): the rows to count again once the notice is
    in, as ``vector.add_workdays_many(..., with_provisional=True)`` flags them; with it, no
    :class:`~custops.errors.ProvisionalCalendarWarning` comes besides the flags.
    """
    f = _module("pyspark.sql.functions")
    df = _dataframe(df, "df")
    day = _column(df, day, "day")
    workdays = require_type("workdays", workdays, (int, str), "an int or the name of an int column")
    out = _new_column(df, out, "out")
    flag = _flag_name(df, provisional, out)
    count = (
        f.lit(workdays)
        if isinstance(workdays, int)
        else f.col(_column(df, workdays, "workdays", *_INTEGERS))
    )
    lo, hi = _date_bounds(df, day)
    bounds: Any = (
        (workdays, workdays)
        if isinstance(workdays, int)
        else df.agg(f.min(count), f.max(count)).collect()[0]
    )
    least, most = (int(bound or 0) for bound in bounds)
    cal = calendar_or_china(calendar)
    with _quiet(flag):
        first = cal.add_workdays(lo, min(least, 0) - 1)
        last = cal.add_workdays(hi, max(most, 0) + 1)
        table = calendar_frame(df.sparkSession, first, last, calendar=cal)
    here = table.selectExpr("day as __d", "is_workday as __w", "workday_seq as __seq")
    there = table.where("is_workday").select(
        f.col("day").alias(out), f.col("workday_seq").alias("__target")
    )
    joined = df.join(f.broadcast(here), df[day] == f.col("__d"), "left")
    target = (
        f.when(count > 0, f.col("__seq") + count)
        .when(count < 0, f.col("__seq") - f.col("__w").cast("long") + count + 1)
        .otherwise(f.lit(None))
    )
    joined = joined.withColumn("__want", target)
    result = joined.join(f.broadcast(there), f.col("__want") == f.col("__target"), "left")
    result = result.withColumn(out, f.when(count == 0, f.col(day)).otherwise(f.col(out)))
    if flag is not None:
        flags = _unpublished_between(cal, f.col(day), f.col(out), first.year, last.year)
        result = result.withColumn(flag, flags)
    return result.drop("__d", "__w", "__seq", "__want", "__target")


@fitted_call
def with_workdays_between(
    df: Any,
    start: str,
    end: str,
    *,
    out: str = "workdays",
    provisional: str | None = None,
    calendar: WorkCalendar | None = None,
) -> Any:
    """``df`` with ``out``: working days in ``(start, end]`` (negative when end < start;
    R-SLA-13 counts so).

    ``provisional`` names a boolean column to add too: whether the days from ``start`` to
    ``end`` meet a year whose arrangement is not published (R-PER-01; ``False`` where either
    is null), as ``vector.workdays_between_many(..., with_provisional=True)`` flags them;
    with it, no :class:`~custops.errors.ProvisionalCalendarWarning` comes besides the flags.
    """
    f = _module("pyspark.sql.functions")
    df = _dataframe(df, "df")
    start = _column(df, start, "start")
    end = _column(df, end, "end")
    out = _new_column(df, out, "out")
    flag = _flag_name(df, provisional, out)
    cal = calendar_or_china(calendar)
    lo, hi = _date_bounds(df, start, end)
    with _quiet(flag):
        table = calendar_frame(df.sparkSession, lo, hi, calendar=cal)
    a = table.selectExpr("day as __a", "workday_seq as __sa")
    b = table.selectExpr("day as __b", "workday_seq as __sb")
    joined = df.join(f.broadcast(a), df[start] == f.col("__a"), "left").join(
        f.broadcast(b), df[end] == f.col("__b"), "left"
    )
    result = joined.withColumn(out, f.col("__sb") - f.col("__sa"))
    if flag is not None:
        flags = _unpublished_between(cal, f.col(start), f.col(end), lo.year, hi.year)
        result = result.withColumn(flag, flags)
    return result.drop("__a", "__sa", "__b", "__sb")


@fitted_call
def with_deadline(
    df: Any,
    start: str,
    period: Period | str,
    *,
    out: str = "due_at",
    provisional: str | None = None,
    calendar: WorkCalendar | None = None,
    cutoff: Cutoff | str = Cutoff.CLOSE_OF_BUSINESS,
    convention: Convention | str = Convention.CIVIL_CODE,
    roll: Roll | str = Roll.FOLLOWING,
    on_missing: Missing | str = Missing.KEEP,
) -> Any:
    """``df`` with ``out``: when ``period`` counted from the timestamp column ``start`` ends.

    ``mapInArrow`` over :func:`custops.vector.deadline_many`, so every row is what
    :func:`custops.periods.deadline` says (Civil Code, 调休 included); a timestamp column.
    ``provisional`` names a boolean column to add too: whether the row's deadline is
    provisional (:func:`custops.vector.provisional_many`: counted through a year whose
    arrangement is not published; R-PER-01), the rows to count again once the notice is in;
    both columns come of one count (``vector.deadline_many(..., with_provisional=True)``).

    A null ``start`` gives a null deadline (``on_missing="keep"``, the default), or is
    refused (``on_missing="raise"``, :class:`custops.vector.Missing`): as the vector
    functions mean it, for a job that must not store an empty answer.  The refusal comes
    at the call, before any column is written — the driver looks for a null start (one
    Spark job, as :func:`with_add_workdays` reads its bounds) — and names ``start`` and
    shows the first such row (a Spark row has no position to name).

    Right under any ``spark.sql.session.timeZone``: the batches are Arrow record batches
    (``mapInArrow``), whose timestamps are the instants stored (epoch microseconds), so no
    session or process zone comes between (R-PER-01 counts on the start's Beijing date).
    A ``timestamp_ntz`` column (wall times with no zone, e.g. a MySQL ``DATETIME``) is
    refused (:class:`~custops.errors.InvalidType` naming ``start``), saying how to give it
    its zone, as :mod:`custops.vector` refuses a naive column.
    """
    df = _dataframe(df, "df")
    cal = calendar_or_china(calendar)
    start = _instants(df, start, cal)
    p = Period.parse(period, argument="period")
    ends = Cutoff.parse(cutoff, argument="cutoff")
    counting = Convention.parse(convention, argument="convention")
    rolling = Roll.parse(roll, argument="roll")
    option = Missing.parse(on_missing, argument="on_missing")
    out = _new_column(df, out, "out")
    flag = _flag_name(df, provisional, out)
    if option is Missing.RAISE:
        _refuse_a_null(df, start)
    types = _module("pyspark.sql.types")
    added = [types.StructField(out, types.TimestampType())]
    if flag is not None:
        added.append(types.StructField(flag, types.BooleanType()))
    schema = types.StructType([*df.schema.fields, *added])

    def batches(frames: Iterator[Any]) -> Iterator[Any]:
        from custops import vector

        pa = _module("pyarrow")

        for batch in frames:
            column = batch.column(start)  # epoch microseconds: the instants stored
            # one count for both columns when the flags are asked for too
            both = vector.deadline_many(
                column,
                p,
                calendar=cal,
                cutoff=ends,
                convention=counting,
                roll=rolling,
                with_provisional=flag is not None,
                on_missing=option,
            )
            due = both if flag is None else both["due_at"]
            columns = [*batch.columns, due.cast(column.type)]  # the instants, as Spark labels
            if flag is not None:
                columns.append(both["provisional"])
            names = [*batch.schema.names, *(field.name for field in added)]
            yield pa.RecordBatch.from_arrays(columns, names=names)

    return df.mapInArrow(batches, schema)


def _instants(df: Any, start: Any, cal: WorkCalendar) -> str:
    """``start``, a column of instants (``TimestampType``) of ``df``; a column of wall
    times with no zone (``TimestampNTZType``) is refused, saying how to give it one, as
    custops.vector refuses a naive column (a guess would put deadlines hours off)."""
    text = _column(df, start, "start", "TimestampType", "TimestampNTZType")
    if type(df.schema[text].dataType).__name__ == "TimestampNTZType":
        zone = str(cal.zone)
        problem = (
            "must name a column of instants (timestamp), not timestamp_ntz: wall times with "
            "no zone, which a guess would put hours off; give them their zone first, for "
            f"wall times of {zone}: expr(\"cast(concat(cast(`{text}` as string), ' {zone}') "
            'as timestamp)")'
        )
        raise InvalidType.for_argument("start", start, problem)
    return text


def _refuse_a_null(df: Any, start: str) -> None:
    """Refuse the column ``start`` of ``df`` if a row holds no instant there, showing the
    first such row (``with_deadline(..., on_missing="raise")``)."""
    f = _module("pyspark.sql.functions")
    found = df.where(f.col(start).isNull()).limit(1).collect()
    if found:
        problem = f"is missing (on_missing='raise'): column {start!r} is null in the row shown"
        raise InvalidInput.for_argument("start", found[0].asDict(), problem)


@fitted_call
def with_classify(
    df: Any, text: str, *, prefix: str = "", policy: ClassifierPolicy | None = None
) -> Any:
    """``df`` with the classification of the text column: kind, category, confidence, reason.

    ``mapInArrow`` over :func:`custops.complaints.classify_many` (the frame's other columns
    pass through untouched); the new columns (``prefix`` + ``kind``, ``category``,
    ``confidence``, ``reason``) are worded in the language active when this is called, which
    travels with the plan to the executors.
    ``policy`` (a :class:`~custops.complaints.ClassifierPolicy`, ``None`` for the default)
    travels with the plan too: it is pickled as the rules it was given and prepared again on
    each executor.
    """
    df = _dataframe(df, "df")
    text = _column(df, text, "text", "StringType")
    types = _module("pyspark.sql.types")
    string, double = types.StringType(), types.DoubleType()
    added = {"kind": string, "category": string, "confidence": double, "reason": string}
    require_str("prefix", prefix, nonempty=False)
    for key in added:
        _new_column(df, f"{prefix}{key}", "prefix", prefix)
    fields = [types.StructField(f"{prefix}{key}", kind) for key, kind in added.items()]
    schema = types.StructType([*df.schema.fields, *fields])
    spoken = current_language()  # on the driver, when the plan is built
    rules = policy_or_default(policy, ClassifierPolicy)  # refused here, not on an executor

    def batches(frames: Iterator[Any]) -> Iterator[Any]:
        from custops.complaints import classify_many

        pa = _module("pyarrow")

        for batch in frames:
            texts = ["" if t is None else t for t in batch.column(text).to_pylist()]
            with language(spoken):
                columns = classify_many(texts, policy=rules)
            columns["confidence"] = [float(c) for c in columns["confidence"]]
            arrays = [
                pa.array(columns[key], type=pa.float64() if key == "confidence" else pa.string())
                for key in added
            ]
            names = [*batch.schema.names, *(f"{prefix}{key}" for key in added)]
            yield pa.RecordBatch.from_arrays([*batch.columns, *arrays], names=names)

    return df.mapInArrow(batches, schema)
