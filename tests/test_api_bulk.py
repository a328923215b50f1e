"""The bulk forms (CONTRIBUTING, "The API convention", item 10): the bulk form of a scalar
``x`` is ``x_many``, beside ``x`` (``sla.due_many``, ``complaints.classify_many``,
``Ledger.earn_many``) or, when it needs numpy, in ``custops.vector`` (``deadline_many`` of
``periods.deadline``, ``add_workdays_many`` of ``WorkCalendar.add_workdays``); it takes the
scalar's keyword-only options under the same names; the Spark form is ``with_x``."""

from __future__ import annotations

import datetime as _dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import custops
from custops import calendars, complaints, periods, sla
from custops.errors import CustopsError

pytest.importorskip("numpy")

#: where a column function of custops.vector finds its scalar, in this order
_SCALAR_HOMES: tuple[Any, ...] = (periods, calendars.WorkCalendar, sla.Clock)
#: a scalar's options that choose the shape of its one answer, not what it is
_SHAPE_OPTIONS = frozenset({"explain"})


def _modules() -> list[Any]:
    names = ["custops"]
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if any(p.startswith("_") for p in info.name.split(".")[1:]) or "__main__" in info.name:
            continue
        names.append(info.name)
    found = []
    for name in sorted(names):
        try:
            found.append(importlib.import_module(name))
        except ImportError:  # an optional dependency that is not installed
            continue
    return found


def _public(owner: Any) -> Iterator[tuple[str, Any]]:
    """The public functions of a module (its ``__all__``) and the public methods of its
    classes."""
    for name in getattr(owner, "__all__", ()):
        value = getattr(owner, name)
        if inspect.isclass(value) and value.__module__.startswith("custops"):
            for attr, method in vars(value).items():
                if not attr.startswith("_") and callable(method):
                    yield f"{value.__name__}.{attr}", getattr(value, attr)
        elif inspect.isfunction(value):
            yield name, value


def _bulk_forms() -> dict[str, tuple[Callable[..., Any], Any]]:
    """Every ``*_many`` of the public API: ``module:name`` -> (the function, its owner)."""
    found: dict[str, tuple[Callable[..., Any], Any]] = {}
    for module in _modules():
        for name, value in _public(module):
            if name.rsplit(".", 1)[-1].endswith("_many"):
                owner: Any = module
                if "." in name:
                    owner = getattr(module, name.split(".")[0])
                found[f"{value.__module__}:{value.__qualname__}"] = (value, owner)
    return found


def _twin(bulk: Callable[..., Any], owner: Any) -> Callable[..., Any] | None:
    """The scalar ``x`` of ``x_many``: beside it (its module or class), or, for a column
    function of custops.vector, in the scalar homes."""
    name = bulk.__name__.removesuffix("_many")
    homes = _SCALAR_HOMES if owner.__name__ == "custops.vector" else (owner,)
    for home in homes:
        if callable(found := getattr(home, name, None)):
            return found  # type: ignore[no-any-return]
    return None


def _keyword_only(function: Callable[..., Any]) -> dict[str, Any]:
    return {
        p.name: p.default
        for p in inspect.signature(function).parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    }


BULK = _bulk_forms()


def test_the_bulk_forms_are_found() -> None:
    names = {where.rsplit(":", 1)[1] for where in BULK}
    assert {"due_many", "classify_many", "Ledger.earn_many", "deadline_many"} <= names
    assert {"status_many", "add_workdays_many", "provisional_many"} <= names


@pytest.mark.parametrize("where", sorted(BULK))
def test_every_bulk_form_has_a_scalar_twin_with_its_options(where: str) -> None:
    """``x_many`` has a scalar ``x`` where a user looks for it, and takes every keyword-only
    option of ``x`` (but ``explain``, the shape of one answer) under the same name and with
    the same default; a column function of a ``WorkCalendar`` method takes the calendar as
    ``calendar=``."""
    bulk, owner = BULK[where]
    twin = _twin(bulk, owner)
    assert twin is not None, f"{where}: no scalar {bulk.__name__.removesuffix('_many')!r}"
    theirs = {k: v for k, v in _keyword_only(twin).items() if k not in _SHAPE_OPTIONS}
    ours = _keyword_only(bulk)
    if getattr(calendars.WorkCalendar, twin.__name__, None) is twin:
        theirs["calendar"] = None  # the scalar's calendar is its ``self``
    missing = sorted(set(theirs) - set(ours))
    assert missing == [], f"{where} lacks the options {missing} of its scalar"
    for name, default in theirs.items():
        if name != "at" and default is not inspect.Parameter.empty:
            assert ours[name] == default, f"{where}({name}=…): default differs from the scalar's"


def test_every_column_function_is_a_bulk_form() -> None:
    """custops.vector offers nothing but bulk forms (and the enum of their option)."""
    vector = importlib.import_module("custops.vector")
    functions = [n for n in vector.__all__ if inspect.isfunction(getattr(vector, n))]
    assert functions
    assert [n for n in functions if not n.endswith("_many")] == []


#: options of a scalar that its Spark form cannot take, and why
_SPARK_EXCEPTIONS: dict[str, set[str]] = {}


def test_every_spark_form_is_with_a_bulk_forms_scalar() -> None:
    """custops.spark's ``with_x`` adds to a DataFrame the column(s) of the bulk form
    ``x_many``, and takes the keyword-only options of the scalar ``x``."""
    spark = pytest.importorskip("custops.spark")
    by_name = {bulk.__name__: (bulk, owner) for bulk, owner in BULK.values()}
    adds = [n for n in spark.__all__ if n.startswith("with_")]
    assert adds
    for name in adds:
        scalar = name.removeprefix("with_")
        assert f"{scalar}_many" in by_name, f"spark.{name}: no bulk form {scalar}_many"
        twin = _twin(*by_name[f"{scalar}_many"])
        assert twin is not None
        function = getattr(spark, name)
        theirs = set(_keyword_only(twin)) - _SHAPE_OPTIONS - _SPARK_EXCEPTIONS.get(name, set())
        assert theirs <= set(_keyword_only(function)), name
    assert [n for n in spark.__all__ if not n.startswith("with_")] == ["calendar_frame"]


def test_no_other_bulk_names() -> None:
    """No public function is a bulk form under another name: a plural of a scalar's name
    (``deadlines``, ``statuses``) or ``*_rows`` / ``*_column(s)`` / ``*_batch``."""
    odd = []
    for module in _modules():
        for name, value in _public(module):
            last = name.rsplit(".", 1)[-1]
            if last.endswith(("_rows", "_columns", "_column", "_batch", "_bulk", "statuses")):
                odd.append(f"{value.__module__}:{name}")
    assert odd == []


# --------------------------------------------------------------------------- containers

_SH = ZoneInfo("Asia/Shanghai")
_RESOLVE = sla.Target("resolve", "3个工作日")
_AT = _dt.datetime(2025, 12, 1, 9, tzinfo=_SH)
_END = _dt.date(2025, 1, 2)  # the end of each row's count of working days
_DESK = sla.presets.winery()
_CHANNELS = ("电话", "网站", "书面", "微信小程序")
_TEXTS = ("送餐太慢了，饭都凉了", "请问几点开门？", "服务员态度太差", "谢谢你们", "")
#: the containers a column may come in: the name, how to build one from a list
_CONTAINERS: dict[str, Callable[[list[Any]], Any]] = {
    "list": list,
    "tuple": tuple,
    "ndarray": lambda rows: _object_array(rows),
    "datetime64": lambda rows: _datetime64(rows),
    "Series": lambda rows: _pd().Series(rows, dtype=_series_dtype(rows)),
    "Arrow": lambda rows: _pa().array(rows),
    "ChunkedArray": lambda rows: _pa().chunked_array([_pa().array(rows)]),
}


def _pd() -> Any:
    return pytest.importorskip("pandas")


def _pa() -> Any:
    return pytest.importorskip("pyarrow")


def _object_array(rows: list[Any]) -> Any:
    import numpy as np

    out = np.empty(len(rows), dtype=object)  # one item per row (a date, a datetime, a str)
    out[:] = rows
    return out


def _datetime64(rows: list[Any]) -> Any:
    """Days as ``datetime64[D]``, instants as ``datetime64[us]`` wall times of the
    calendar's zone (which every bulk form of instants refuses: the array holds no zone),
    texts as a numpy array of texts."""
    import numpy as np

    if rows and isinstance(rows[0], _dt.datetime):
        return np.array([row.astimezone(_SH).replace(tzinfo=None) for row in rows], "M8[us]")
    if rows and isinstance(rows[0], _dt.date):
        return np.array(rows, dtype="datetime64[D]")
    return np.array(rows)


def _series_dtype(rows: list[Any]) -> Any:
    """Aware instants as a zoned column; days and texts as objects (dates come back as
    dates)."""
    return None if rows and isinstance(rows[0], _dt.datetime) else object


def _container_of(value: Any) -> str:
    for name in ("ChunkedArray", "Arrow", "Series", "ndarray"):
        if _is(value, name):
            return name
    return type(value).__name__


def _is(value: Any, name: str) -> bool:
    import sys

    if name == "ndarray":
        numpy = sys.modules.get("numpy")
        return numpy is not None and isinstance(value, numpy.ndarray)
    if name == "Series":
        pandas = sys.modules.get("pandas")
        return pandas is not None and isinstance(value, pandas.Series)
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is None:
        return False
    return isinstance(value, pyarrow.ChunkedArray if name == "ChunkedArray" else pyarrow.Array)


def _rows(value: Any) -> list[Any]:
    """A column's rows as Python objects."""
    if _is(value, "Arrow") or _is(value, "ChunkedArray"):
        return list(value.to_pylist())
    if _is(value, "Series") or _is(value, "ndarray"):
        return list(value.tolist())
    return list(value)


_DAY = st.dates(_dt.date(2024, 1, 1), _dt.date(2025, 11, 30))
_INSTANT = st.datetimes(
    _dt.datetime(2024, 1, 1), _dt.datetime(2025, 11, 30), timezones=st.just(_SH)
).map(lambda t: t.replace(microsecond=0))


def _cal() -> Any:
    return calendars.china()


def _kind_key(day: _dt.date) -> str:
    return str(_cal().day_kind(day).value)


def _status(start: _dt.datetime) -> dict[str, Any]:
    status = sla.Clock.start(start, _RESOLVE).status(at=_AT)
    return {"due_at": status.due_at, "state": status.state.value}


def _classified(text: str) -> dict[str, Any]:
    answer = complaints.classify(text)
    return {"kind": answer.kind.value, "category": answer.category.value, "rule": answer.rule}


#: each bulk form: (the rows it is given, the call, the scalar per row (a dict of some of
#: the columns where the answer has several), the containers it does not take)
_TABLE: dict[str, tuple[Any, Callable[[Any], Any], Callable[[Any], Any], frozenset[str]]] = {
    "is_workday_many": (
        _DAY,
        lambda days: _vector().is_workday_many(days),
        lambda day: _cal().is_workday(day),
        frozenset(),
    ),
    "day_kind_many": (_DAY, lambda days: _vector().day_kind_many(days), _kind_key, frozenset()),
    "add_workdays_many": (
        _DAY,
        lambda days: _vector().add_workdays_many(days, 3),
        lambda day: _cal().add_workdays(day, 3),
        frozenset(),
    ),
    "roll_many": (
        _DAY,
        lambda days: _vector().roll_many(days),
        lambda day: _cal().roll(day),
        frozenset(),
    ),
    "workdays_between_many": (
        _DAY,
        lambda days: _vector().workdays_between_many(days, [_END] * len(days)),
        lambda day: _cal().workdays_between(day, _END),
        frozenset(),
    ),
    "deadline_many": (
        _INSTANT,
        lambda starts: _vector().deadline_many(starts, "3个工作日"),
        lambda start: periods.deadline(start, "3个工作日"),
        frozenset({"datetime64"}),  # a datetime64 array holds no zone: refused, saying how
    ),
    "provisional_many": (
        _INSTANT,
        lambda starts: _vector().provisional_many(starts, "3个工作日"),
        lambda start: periods.provisional(start, "3个工作日"),
        frozenset({"datetime64"}),
    ),
    "status_many": (
        _INSTANT,
        lambda starts: _vector().status_many(starts, _RESOLVE, at=_AT),
        _status,
        frozenset({"datetime64"}),
    ),
    "due_many": (
        _INSTANT,
        lambda starts: sla.due_many(starts, _RESOLVE),
        lambda start: sla.due(start, _RESOLVE),
        frozenset({"datetime64"}),
    ),
    "select_many": (
        st.sampled_from(_CHANNELS),
        lambda channels: _DESK.select_many(channel=channels, kind="投诉"),
        lambda channel: _DESK.select(channel=channel, kind="投诉"),
        frozenset({"Arrow", "ChunkedArray"}),  # an arrow column holds no Selection
    ),
    "schedule_many": (
        _INSTANT,
        lambda received: _DESK.schedule_many(received_at=received, channel="电话", kind="投诉"),
        lambda at: _DESK.schedule(received_at=at, channel="电话", kind="投诉"),
        frozenset({"Arrow", "ChunkedArray", "datetime64"}),  # arrow holds no Schedule
    ),
    "classify_many": (
        st.sampled_from(_TEXTS),
        lambda texts: complaints.classify_many(texts),
        _classified,
        frozenset(),
    ),
}


def _vector() -> Any:
    return importlib.import_module("custops.vector")


def test_the_container_table_covers_every_column_bulk_form() -> None:
    """Every ``*_many`` that takes columns is in the table below (``Ledger.earn_many``
    answers with a ledger, not columns)."""
    names = {bulk.__name__ for bulk, _ in BULK.values()} - {"earn_many"}
    assert names == set(_TABLE)


@pytest.mark.parametrize("container", sorted(_CONTAINERS))
@pytest.mark.parametrize("name", sorted(_TABLE))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_bulk_form_answers_in_the_container_given(name: str, container: str, data: Any) -> None:
    """CONTRIBUTING item 10: a list, a tuple, a numpy array, a Series or an arrow column
    gives its answer in the same container (a dict of such columns where the answer has
    several fields), each row exactly what the scalar gives; a container a bulk form does
    not take is refused with a CustopsError, not read wrong."""
    rows_of, call, scalar, refused = _TABLE[name]
    rows = data.draw(st.lists(rows_of, min_size=1, max_size=5), label="rows")
    given = _CONTAINERS[container](rows)
    if container in refused:
        with pytest.raises(CustopsError):
            call(given)
        return
    answer = call(given)
    expected = [scalar(row) for row in rows]
    if isinstance(answer, dict):
        for field in expected[0]:
            column = answer[field]
            assert _container_of(column) == _container_of(given), (name, field)
            assert _rows(column) == [e[field] for e in expected], (name, field)
    else:
        assert _container_of(answer) == _container_of(given), name
        assert _rows(answer) == expected, name


def test_a_spark_form_names_one_column_out_and_several_by_a_prefix() -> None:
    """CONTRIBUTING item 10: ``out`` (a non-empty default) names the one column a Spark
    form adds; ``prefix`` (default ``""``) goes before the keys of a dict answer, and the
    columns it names are columns of the bulk form."""
    spark = pytest.importorskip("custops.spark")
    for name in (n for n in spark.__all__ if n.startswith("with_")):
        options = _keyword_only(getattr(spark, name))
        naming = {"out", "prefix"} & set(options)
        assert len(naming) == 1, f"spark.{name}: names its columns by {sorted(naming)}"
        if "out" in naming:
            assert isinstance(options["out"], str), name
            assert options["out"], name
        else:
            assert options["prefix"] == "", name
    columns = complaints.classify_many(["请问几点开门？"])
    assert {"kind", "category", "confidence", "reason"} <= set(columns)
