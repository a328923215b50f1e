"""The bulk forms (CONTRIBUTING, "The API convention", item 10): the bulk form of a scalar
``x`` is ``x_many``, beside ``x`` (``sla.due_many``, ``complaints.classify_many``,
``Ledger.earn_many``) or, when it needs numpy, in ``custops.vector`` (``deadline_many`` of
``periods.deadline``, ``add_workdays_many`` of ``WorkCalendar.add_workdays``); it takes the
scalar's keyword-only options under the same names; the Spark form is ``with_x``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import custops
from custops import calendars, periods, sla

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
