"""Argument checks shared by every module (private): each returns the (possibly converted)
value or raises a :class:`~custops.errors.CustopsError` naming the argument and the value."""

from __future__ import annotations

import builtins
import contextlib
import datetime as _dt
import functools
import inspect
import operator
import re
import sys
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from custops._dates import MIDNIGHT, UTC
from custops.errors import CustopsError, InvalidInput, InvalidType, PolicyError

__all__: list[str] = []  # private helpers, imported by name by every module

T = TypeVar("T")
P = ParamSpec("P")


def field_converter(check: Callable[[str, Any], T], *, takes: object = None) -> Any:
    """An attrs converter that calls ``check(field_name, value)``: one converter serves
    every field of a type, and the error names the field; ``takes`` is the annotation the
    class's ``__init__`` shows for the field (what a caller passes), when it is not ``Any``:
    a type, or its text when the module holds every name the text uses (``typing.get_type_hints``
    reads it there).  A type checker reads a converter only as a named function: declare
    each under ``if TYPE_CHECKING:`` as ``def DATE(value: date) -> date: ...``, built at run
    time as this converter (``else: DATE = field_converter(require_date, takes=date)``).

    >>> import attrs
    >>> @attrs.frozen
    ... class Box:
    ...     size: int = attrs.field(converter=field_converter(require_int))
    >>> Box("3")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: size: must be an int, not a str (got '3')
    """
    if takes is None:
        return attrs.Converter(lambda value, field: check(field.name, value), takes_field=True)

    def convert(value: Any, field: attrs.Attribute[Any]) -> T:
        return check(field.name, value)

    convert.__annotations__ = {**convert.__annotations__, "value": takes}
    return attrs.Converter(convert, takes_field=True)


def derived_converter(
    derive: Callable[[Any], T],
    check: Callable[[str, Any], T] | None = None,
    *,
    takes: object,
) -> Any:
    """The attrs converter of a field whose default is derived from the fields before it:
    the default is ``None`` (what ``inspect.signature`` and ``help()`` show), read as
    ``derive(instance)``; any other value is ``check(field_name, value)`` (kept as given
    without ``check``).  The field keeps its exact type (``None`` is never stored), and
    ``attrs.evolve`` passes the value kept, so it is not derived again; ``takes`` is the
    annotation ``__init__`` shows (``"str | None"``).

    >>> @attrs.frozen
    ... class Box:
    ...     size: int
    ...     twice: int = attrs.field(
    ...         default=None,
    ...         converter=derived_converter(
    ...             lambda box: 2 * box.size, require_int, takes="int | None"
    ...         ),
    ...     )
    >>> Box(3).twice, Box(3, 5).twice
    (6, 5)
    >>> import inspect
    >>> inspect.signature(Box)
    <Signature (size: 'int', twice: 'int | None' = None) -> None>
    """

    def convert(value: Any, instance: Any, field: attrs.Attribute[Any]) -> T:
        if value is None:
            return derive(instance)
        return value if check is None else check(field.name, value)

    convert.__annotations__ = {**convert.__annotations__, "value": takes}
    return attrs.Converter(convert, takes_self=True, takes_field=True)


def retyped(convert: Callable[..., T], takes: object) -> Callable[..., T]:
    """``convert``, an attrs converter that reads its ``value`` as ``Any`` (a plain one, or
    the function of an ``attrs.Converter``), with ``value`` annotated ``takes``: what the
    class's ``__init__`` shows for the field.

    >>> import inspect
    >>> inspect.signature(retyped(lambda value: value, "int"))
    <Signature (value: 'int', *context: 'Any') -> 'T'>
    """

    def converter(value: Any, *context: Any) -> T:
        return convert(value, *context)

    converter.__annotations__ = {**converter.__annotations__, "value": takes}
    return converter


def optional_check(check: Callable[[str, Any], T]) -> Callable[[str, Any], T | None]:
    """``check``, with ``None`` let through as ``None``: the one "None or the check" helper
    (``field_converter(optional_check(require_id))``).

    >>> optional_check(require_int)("count", None), optional_check(require_int)("count", 3)
    (None, 3)
    """

    def check_or_none(argument: str, value: Any) -> T | None:
        return None if value is None else check(argument, value)

    return check_or_none


def require_distinct(
    argument: str,
    items: Sequence[Any],
    problem: str,
    *,
    shown: Any = None,
    twice: bool = False,
    placed: bool = False,
    keys: Sequence[Any] | None = None,
    error: type[CustopsError] = InvalidInput,
) -> None:
    """The one "no duplicates" check: ``error`` (:class:`InvalidInput`, or
    :class:`PolicyError` for a policy's field) naming ``argument`` with ``problem`` when an
    item of ``items`` (hashable) comes twice; it shows ``shown``, by default ``items``, or
    with ``twice`` the first item that comes again (an earlier one was the same), and with
    ``placed`` names that item by its place too (``submitted[1]``).  ``keys``
    (as many as ``items``) are compared instead of the items (a phrase's folded form);
    ``{twice!r}`` in ``problem`` is that item, ``{first}`` the place of the earlier one and
    ``{earlier!r}`` the earlier item itself (one name in two spellings).

    >>> require_distinct("ids", ("R-A-01", "R-B-02"), "names a rule twice")
    >>> require_distinct("ids", ("R-A-01", "R-A-01"), "names a rule twice", error=PolicyError)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: ids: names a rule twice (got ('R-A-01', 'R-A-01'))
    >>> require_distinct("names", ("李", "王", "王"), "names {twice!r} twice", twice=True)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: names: names '王' twice (got '王')
    >>> require_distinct("names", ("李", "王", "王"), "repeats names[{first}]", placed=True)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: names[2]: repeats names[1] (got '王')
    """
    compared = items if keys is None else keys
    if len(set(compared)) == len(compared):
        return
    # each key's first place: the first item that comes again is at another place
    firsts: dict[Any, int] = {}
    for place, key in enumerate(compared):
        firsts.setdefault(key, place)
    place = next(p for p, k in enumerate(compared) if firsts[k] != p)
    again = items[place]
    if placed:
        argument = f"{argument}[{place}]"
    if twice or placed:
        shown = again
    elif shown is None:
        shown = items
    raise error.for_argument(
        argument,
        shown,
        problem.format(
            twice=again, first=firsts[compared[place]], earlier=items[firsts[compared[place]]]
        ),
    )


def series_type() -> Any:
    """``pandas.Series`` if pandas is imported already (then the caller may hold one), else
    None: pandas is never imported here (it is not a dependency)."""
    pandas = sys.modules.get("pandas")
    return None if pandas is None else getattr(pandas, "Series", None)


def is_arrow(value: Any) -> bool:
    """Whether ``value`` is a pyarrow ``Array`` or ``ChunkedArray`` (pyarrow is imported
    only by a caller that has one: custops does not import it)."""
    pa: Any = sys.modules.get("pyarrow")
    return pa is not None and isinstance(value, (pa.Array, pa.ChunkedArray))


def row_labels(value: Any) -> Any:
    """The index of ``value`` when it is a pandas Series whose labels are not its
    positions (anything but a ``RangeIndex`` from 0 by 1), else None: a bulk function's
    error names such a row by its label as well as its position (:func:`rows_by_label`)."""
    series = series_type()
    if series is None or not isinstance(value, series):
        return None
    index = value.index
    if type(index).__name__ == "RangeIndex" and index.start == 0 and index.step == 1:
        return None
    return index


def row_name(argument: str, labels: Any, position: int) -> str:
    """How a bulk function's error names the row at ``position`` of the column
    ``argument``: ``argument[position]``, or, for a column whose rows carry labels
    (``labels``, an index from :func:`row_labels`), ``argument[label <label>] (position
    <position>)``.

    >>> row_name("starts", None, 1)
    'starts[1]'
    >>> import pandas as pd
    >>> row_name("days", pd.Index(["T1", "T2"]), 1)
    "days[label 'T2'] (position 1)"
    """
    if labels is None or not 0 <= position < len(labels):
        return f"{argument}[{position}]"
    label = labels[position]
    label = label.item() if hasattr(label, "item") and not isinstance(label, str) else label
    return f"{argument}[label {label!r}] (position {position})"


@contextlib.contextmanager
def rows_by_label(rows: Any, **columns: Any) -> Iterator[None]:
    """Rename an :class:`InvalidInput` or :class:`InvalidType` raised inside that names
    ``<name>[<position>]`` of one of the ``columns`` (given by name) when that column, or
    else ``rows`` (the column whose index the results carry), is a Series with labels:
    the row is named as :func:`row_name` names it, the value and the problem kept.

    >>> import pandas as pd
    >>> starts = pd.Series([1, 2], index=[10, 11])
    >>> with rows_by_label(starts, starts=starts):
    ...     raise InvalidInput.for_argument("starts[1]", None, "is missing")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: starts[label 11] (position 1): is missing (got None)
    """
    try:
        yield
    except (InvalidInput, InvalidType) as exc:
        renamed = _by_label(exc, rows, columns)
        if renamed is exc:
            raise
        raise renamed from None


def _by_label(exc: CustopsError, rows: Any, columns: Mapping[str, Any]) -> CustopsError:
    argument = exc.argument or ""
    name, bracket, rest = argument.partition("[")
    if (
        type(exc) not in (InvalidInput, InvalidType)
        or not bracket
        or not rest.endswith("]")
        or not rest[:-1].isdigit()
        or name not in columns
        or not exc.message.startswith(argument)
    ):
        return exc
    labels = row_labels(columns[name])
    if labels is None and series_type() is not None and isinstance(columns[name], series_type()):
        return exc  # a Series of its own, without labels
    if labels is None:
        labels = row_labels(rows)
    if labels is None:
        return exc
    position = int(rest[:-1])
    renamed = row_name(name, labels, position)
    message = renamed + exc.message.removeprefix(argument)
    return type(exc)(message, argument=renamed, value=exc.value, problem=exc.problem)


def policy_field(check: Callable[[str, Any], Any], *, takes: object = None) -> Any:
    """:func:`field_converter` for a policy's field: a value ``check`` refuses as
    :class:`~custops.errors.InvalidInput` is a :class:`~custops.errors.PolicyError` instead
    (same message).

    >>> import attrs
    >>> @attrs.frozen
    ... class Policy:
    ...     rate: Decimal = attrs.field(converter=policy_field(require_fraction))
    >>> Policy("1.5")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: rate: must lie in [0, 1] (got '1.5')
    """

    def convert(argument: str, value: Any) -> Any:
        try:
            return check(argument, value)
        except InvalidInput as exc:
            raise PolicyError(
                exc.message, argument=exc.argument, value=exc.value, problem=exc.problem
            ) from None

    return field_converter(convert, takes=takes)


def a_type_name(value: Any) -> str:
    """:func:`type_name` with its article, as a refusal says it: ``a str``, ``an int``.

    >>> a_type_name(5), a_type_name("5")
    ('an int', 'a str')
    """
    return with_article(type_name(value))


def with_article(name: str) -> str:
    """``name`` (a type's or a class's) after its article, as a refusal says it: ``a str``,
    ``an int``, ``an ArchivePolicy``.

    >>> with_article("ArchivePolicy"), with_article("VipPolicy"), with_article("Unit")
    ('an ArchivePolicy', 'a VipPolicy', 'a Unit')
    """
    vowel = name[:1] in "aeiouAEIOU" and not name.lower().startswith(_SOUNDED_Y)
    return f"an {name}" if vowel else f"a {name}"


# Words spelt with a vowel but said with a consonant first: a Unit, a UserList, a Euro.
_SOUNDED_Y = ("uni", "use", "usu", "uti", "eu", "one")


def type_name(value: Any) -> str:
    """The plain type name used in error messages (``float``, ``datetime``, ...); a type
    from outside the standard library with a builtin's name is qualified by its module
    (``numpy.bool``: "must be a bool, not a bool" would say nothing).

    >>> import fractions
    >>> type_name(1.5), type_name(fractions.Fraction(1, 2))
    ('float', 'Fraction')
    """
    cls = type(value)
    name = cls.__name__
    if name in _BUILTIN_NAMES and cls.__module__ != "builtins":
        return f"{cls.__module__.partition('.')[0]}.{name}"
    return name


def fitted_call(method: Callable[P, T]) -> Callable[P, T]:
    """``method`` (a method, its first parameter ``self`` or ``cls``, or a plain function)
    refusing a call whose arguments do not fit its signature as :class:`InvalidType` naming
    the argument and the value given for it, with the signature to call, never Python's
    bare ``TypeError``: a moment given in the other style (``ledger.move_to(card,
    on=day)``: a method recording an event takes its moment first, by position, while a
    card's methods take ``on=``; ``card.replace(day, number)``, by position where ``on=``
    is keyword-only), an argument given twice, one unknown or one missing.  The value
    quoted is the one given for the argument named: the one given by name when it is given
    twice; of the values given by position beyond the positional parameters, the one of
    the type of the keyword-only parameter it belongs to (``on``: the date), or, when no
    one value is of that type, all of them, each by its place.  The signature, ``help()``
    and type checkers see ``method``'s own; a call that fits costs one frame more.

    >>> class Shelf:
    ...     @fitted_call
    ...     def put(self, on, item): return on, item
    >>> Shelf().put("book", on="Monday")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: on: given both by position ('book', 1st) and as on=; call ...
    >>> @fitted_call
    ... def due(period: str, *, on: _dt.date) -> str: return period
    >>> due(_dt.date(2024, 1, 2), "3 days")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: on: is keyword-only, ... (got datetime.date(2024, 1, 2))
    """
    signature = inspect.signature(method)
    name = getattr(method, "__qualname__", "")
    params = list(signature.parameters.values())
    bound = bool(params) and params[0].name in ("self", "cls")

    @functools.wraps(method)
    def checked(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except TypeError as exc:
            # a call that does not fit fails before ``method``'s frame starts: the
            # traceback ends here; a TypeError from inside it is left as it is
            trace = exc.__traceback__
            if isinstance(exc, CustopsError) or trace is None or trace.tb_next is not None:
                raise
            error = _misfit(method, name, signature, args[1:] if bound else args, kwargs)
            if error is None:
                raise
            raise error from None

    return checked


def _misfit(
    method: Callable[..., Any],
    name: str,
    signature: inspect.Signature,
    given: tuple[Any, ...],
    named: Mapping[str, Any],
) -> CustopsError | None:
    """The :class:`InvalidType` for a call of ``name`` with ``given`` by position and
    ``named`` by keyword that does not fit ``signature`` (whose first parameter, ``self``
    or ``cls``, is left out), naming the argument and quoting the value given for it;
    ``None`` when none is found."""
    params = list(signature.parameters.values())
    if params and params[0].name in ("self", "cls"):
        params = params[1:]
    by_place = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    places = [p for p in params if p.kind in by_place]
    keywords = [p for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY]
    shown = [p.name for p in places] + (["*"] if keywords else []) + [p.name for p in keywords]
    call = f"call {name}({', '.join(shown)})"
    known = {p.name for p in params}
    for key, value in named.items():
        if key not in known:
            return InvalidType.for_argument(key, value, f"is not a parameter; {call}")
    for place, (param, value) in enumerate(zip(places, given, strict=False), 1):
        if param.name in named:
            problem = (
                f"given both by position ({_shown_short(value)}, {_ordinal(place)}) and as "
                f"{param.name}=; {call}: by position in this order, or each by name"
            )
            return InvalidType.for_argument(param.name, named[param.name], problem)
    if len(given) > len(places):
        return _too_many(method, name, call, places, keywords, given, named)
    filled = {p.name for p in places[: len(given)]} | set(named)
    for param in params:
        if param.default is inspect.Parameter.empty and param.name not in filled:
            return InvalidType.for_argument(param.name, None, f"is missing; {call}")
    return None


def _too_many(
    method: Callable[..., Any],
    name: str,
    call: str,
    places: list[inspect.Parameter],
    keywords: list[inspect.Parameter],
    given: tuple[Any, ...],
    named: Mapping[str, Any],
) -> CustopsError:
    """The refusal of ``given``, more values by position than ``places``: named as the
    keyword-only parameter one of them belongs to (the one value of its type, of no other's
    not given by name), quoting it;
    else as the first keyword-only parameter not given by name, quoting every value given
    by position, each by its place."""
    unnamed = [p for p in keywords if p.name not in named]
    taken = f"{name} takes {len(places)} by position"
    if places:
        taken += f" ({', '.join(p.name for p in places)})"
    fitting = {p.name: [i for i, v in enumerate(given) if _of_type(method, p, v)] for p in unnamed}
    for param in unnamed:
        fits = fitting[param.name]
        if len(fits) == 1 and all(fits[0] not in f for n, f in fitting.items() if n != param.name):
            place, value = fits[0] + 1, given[fits[0]]
            problem = (
                f"is keyword-only, not given by position ({_ordinal(place)} of {len(given)}: "
                f"{taken}); {call}"
            )
            return InvalidType.for_argument(param.name, value, problem)
    argument = unnamed[0].name if unnamed else name
    each = ", ".join(f"{_ordinal(i)}: {_shown_short(v)}" for i, v in enumerate(given, 1))
    problem = (
        f"is keyword-only, not given by position ({taken}; given {len(given)}: {each}); {call}"
    )
    return InvalidType.for_argument(argument, given, problem)


def _of_type(method: Callable[..., Any], param: inspect.Parameter, value: Any) -> bool:
    """Whether ``value`` is of ``param``'s annotated type (a string annotation read in
    ``method``'s module); ``False`` when the annotation is not a type one can test."""
    annotation = param.annotation
    if isinstance(annotation, str):
        space = getattr(inspect.unwrap(method), "__globals__", {})
        try:
            annotation = eval(annotation, dict(space))  # an annotation of custops' own
        except Exception:  # a name imported for type checkers only: not a test
            return False
    if annotation is inspect.Parameter.empty or annotation is object:
        return False
    try:
        return isinstance(value, annotation)
    except TypeError:  # a generic (Iterable[Line]) or Any: not a type to test
        return False


def _shown_short(value: Any) -> str:
    """``repr(value)`` cut to 60 characters, as a message quotes a value beside another."""
    text = " ".join(repr(value).split("\n"))
    return text if len(text) <= 60 else text[:57] + "..."


def _ordinal(number: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th`` … ``11th``, ``21st``: a place in a call."""
    tail = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{'th' if 10 <= number % 100 <= 20 else tail}"


#: The names of Python's builtin types (``bool``, ``int``, ``str`` …): another type of one of
#: these names is shown with its package (``numpy.bool``)
_BUILTIN_NAMES = frozenset(name for name, v in vars(builtins).items() if isinstance(v, type))


def require_type(
    argument: str,
    value: Any,
    types: type[T] | tuple[type, ...],
    what: str,
    *,
    noun: str = "",
    inexact: str = "",
) -> T:
    """Return ``value`` if it is an instance of ``types``; else raise :class:`InvalidType`:
    ``{noun} must be {what}, not a <type>``.  The one type check of custops.

    ``bool`` is never accepted unless ``types`` holds it (not where ``int`` is asked for);
    where ``types`` holds ``int``, another library's integer (``np.int64``) is read as the
    ``int`` it holds (:func:`held_int`), and that ``int`` is returned.
    ``inexact`` is the hint a refused ``float`` gets after ``; floats are inexact, ``
    (``{text}`` in it is the float written as a str: money's ``pass yuan({text!r}) instead``).

    >>> require_type("rate", 0.9, (int, str), "an int or a str", inexact="pass a str")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: rate: ... not a float; floats are inexact, pass a str (got 0.9)
    >>> require_type("paid", 1.5, int, "an int", noun="money", inexact="pass yuan({text!r})")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: paid: money must be an int, ... pass yuan('1.5') (got 1.5)
    """
    accepted = types if isinstance(types, tuple) else (types,)
    if isinstance(value, types) and (not isinstance(value, bool) or bool in accepted):
        return value  # type: ignore[return-value]
    if int in accepted and (held := held_int(value)) is not value:
        return held  # type: ignore[no-any-return]
    problem = f"{noun} must be" if noun else "must be"
    problem = f"{problem} {what}, not {a_type_name(value)}"
    if inexact and isinstance(value, float):
        problem += "; floats are inexact, " + inexact.format(text=str(value))
    raise InvalidType.for_argument(argument, value, problem)


#: The names numpy gives its yes/no type (``np.bool_``; ``numpy.bool`` since numpy 2): it
#: has ``__index__`` in numpy 1, yet a yes/no is not a number, as a ``bool`` is not
_BOOL_NAMES = frozenset({"bool", "bool_"})


def held_int(value: Any) -> Any:
    """The ``int`` that ``value`` holds when it is an integer of another kind — a numpy
    integer (``np.int64``, ``np.uint8``, a 0-d integer array): anything with ``__index__``
    — else ``value`` itself, a ``bool`` (numpy's ``np.bool_`` too) included: the one reading
    of another library's integer, which :func:`require_type` applies wherever an ``int`` is
    taken (numpy is never imported here).

    >>> from fractions import Fraction
    >>> class Count:
    ...     def __index__(self): return 3
    >>> held_int(Count()), held_int(True), held_int("3"), held_int(Fraction(3))
    (3, True, '3', Fraction(3, 1))
    """
    if isinstance(value, int) or type(value).__name__ in _BOOL_NAMES:
        return value
    if getattr(type(value), "__index__", None) is None:
        return value
    try:
        return operator.index(value)
    except TypeError:  # a numpy array of another kind (floats, more than one item)
        return value


def require_bool(argument: str, value: Any) -> bool:
    """Return ``value`` if it is a ``bool``."""
    return require_type(argument, value, bool, "a bool")


def require_int(
    argument: str,
    value: Any,
    *,
    low: int | None = None,
    high: int | None = None,
    low_open: bool = False,
    high_open: bool = False,
    error: type[CustopsError] = InvalidInput,
) -> int:
    """Return ``value`` if it is an ``int`` (not a ``bool``; a numpy integer as the ``int``
    it holds) within the bounds given
    (:func:`within`'s: ``low=1`` is "at least 1", ``low_open=True`` an open end); a value out
    of them is ``error`` (e.g. :class:`PolicyError` for a policy).

    >>> require_int("report_day", 0, low=1, high=28, error=PolicyError)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: report_day: must be at least 1 (got 0)
    """
    number: int = require_type(argument, value, int, "an int")
    if low is not None:  # each bound is its own sentence: "must be at least 1"
        within(argument, value, number, low=low, low_open=low_open, error=error)
    if high is not None:
        within(argument, value, number, high=high, high_open=high_open, error=error)
    return number


#: A number as a text gives it after NFKC (a full-width ``２`` is ``2``): ASCII digits, a sign,
#: at most one point; :func:`require_whole` reads a whole one as the ``int`` it holds.
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)
#: A number with its thousands grouped (``1,000``, ``-12,345.6``): commas only between
#: groups of three digits, as an amount of money is written (custops.money).
_GROUPED_NUMBER = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?", re.ASCII)
#: A number written with an exponent (``1e3``, ``-2.5E-7``): refused, with its own hint.
_EXPONENT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+", re.ASCII)
#: Decimal's words for what is no finite number, any case, with a sign (``"-Infinity"``,
#: ``"NaN"``): refused as such, not as a misspelling.
_NOT_FINITE_TEXT = re.compile(r"[+-]?(?:s?nan|inf(?:inity)?)", re.IGNORECASE | re.ASCII)
_NUMBER_FORMS = (
    "is not a number: write digits 0-9 with an optional sign, at most one point and commas "
    "only between groups of three, e.g. '1,000' or '2.5'"
)


def require_whole(
    argument: str,
    value: Any,
    *,
    low: int | None = None,
    high: int | None = None,
    fraction: str = "must be a whole number",
    inexact: str = "pass an int",
    error: type[CustopsError] = InvalidInput,
) -> int:
    """``value`` as the ``int`` it holds: an ``int`` (another library's integer too, as
    :func:`require_int` reads it), or a ``Decimal`` or a ``str`` that writes a whole number
    (``Decimal("2")``, ``"2"``, ``" 2.0 "``, a full-width ``"２"``), as a till, a form or a
    decimal column gives a count; within the bounds given (:func:`require_int`'s).  A number
    with a fraction is ``error`` with ``fraction`` as its problem, a text that is no number
    ``error`` too; a ``float`` (``inexact`` its hint) or a ``bool`` is :class:`InvalidType`.

    >>> require_whole("quantity", "2", low=1), require_whole("quantity", Decimal("3.00"))
    (2, 3)
    >>> require_whole("quantity", "1.5", fraction="must be a whole number of items")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: quantity: must be a whole number of items (got '1.5')
    """
    given: Any = require_type(
        argument, value, (int, Decimal, str), "an int, a Decimal or a str", inexact=inexact
    )
    if isinstance(given, str):
        text = unicodedata.normalize("NFKC", given).strip()
        if not _NUMBER_TEXT.fullmatch(text):
            problem = "is not a number: write digits 0-9 with at most one point, e.g. '2'"
            raise error.for_argument(argument, value, problem)
        given = Decimal(text)
    if isinstance(given, Decimal):
        if not given.is_finite():
            raise error.for_argument(argument, value, "must be a finite number")
        if given != given.to_integral_value():
            raise error.for_argument(argument, value, fraction)
        given = int(given)
    number: int = given
    if low is not None:
        within(argument, value, number, low=low, error=error)
    if high is not None:
        within(argument, value, number, high=high, error=error)
    return number


def require_str(argument: str, value: Any, *, nonempty: bool = True) -> str:
    """Return ``value`` if it is a ``str`` (non-blank unless ``nonempty=False``)."""
    text: str = require_type(argument, value, str, "a str")
    if nonempty and not text.strip():
        raise InvalidInput.for_argument(argument, value, "must not be empty")
    return text


# What an id refuses inside it: control and format characters (a newline, a zero-width
# space) and line or paragraph separators; a name refuses only the control characters and
# separators (it may need a zero-width joiner).
_CONTROL = frozenset({"Cc", "Cf", "Zl", "Zp"})
_CC = frozenset({"Cc", "Zl", "Zp"})


def _trimmed(argument: str, value: Any, refused: frozenset[str]) -> str:
    """``value``, a str, trimmed; refused when empty or holding a character of a category
    in ``refused`` (the message names ``argument`` and shows the value as given)."""
    text = require_str(argument, value).strip()
    if text.isprintable():  # the common case, checked in C
        return text
    bad = next((c for c in text if unicodedata.category(c) in refused), None)
    if bad is not None:
        problem = f"must not contain the control character {bad!r}"
        raise InvalidInput.for_argument(argument, value, problem)
    return text


def argument_name(argument: Any) -> str:
    """The name a caller gives its value in refusals (a public function's ``argument=``):
    a ``str`` that is not blank and holds no control character or line break, trimmed (a
    refusal's message starts with it: ``"grounds: is not a known Problem"``).  Else
    :class:`InvalidType` (not a ``str``) or :class:`InvalidInput`, naming ``argument``.

    >>> argument_name("grounds")
    'grounds'
    >>> argument_name(" ")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: argument: must not be empty (got ' ')
    """
    if type(argument) is str and argument.isprintable() and argument.strip() == argument:
        return argument if argument else require_str("argument", argument)  # the usual case
    return _trimmed("argument", argument, _CC)


def require_id(argument: str, value: Any) -> str:
    """An id as a till types or scans it (a card number, a customer or person id, a purchase
    ref): surrounding whitespace trimmed, as a company name is; a non-``str`` is
    :class:`InvalidType`, an empty id or one holding a control or format character
    (a newline, a tab, a zero-width space) inside is :class:`InvalidInput`, and so is one
    holding a rule ID of the catalogue (``R-VIP-05``: results quote ids in their one-line
    reasons, which hold no rule ID).  The message names ``argument`` and shows the value
    **as the caller passed it**.

    >>> require_id("presented_by", " C001\\n")
    'C001'
    >>> require_id("number", " VIP\\t7 ")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: number: must not contain ... (got ' VIP\\t7 ')
    >>> require_id("ref", "  ")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: ref: must not be empty (got '  ')
    """
    return _without_rule_id(argument, value, _trimmed(argument, value, _CONTROL))


#: The areas of the rule catalogue (docs/rules.md), as its IDs spell them.
RULE_AREAS = (
    "ARC", "CAL", "CHN", "CMP", "DEP", "ECO", "MEM", "MOV", "PER", "PUR", "SEC", "SLA", "SVC", "VIP"
)  # fmt: skip
#: A rule ID of the catalogue as it appears in a text (``R-SLA-05``, ``R-VIP-04a``;
#: docs/rules.md): what a one-line ``reason`` must not hold, and what a Chinese sentence may.
#: Only the catalogue's areas: a caller's card number or ticket id shaped like one
#: (``R-SH-001``, ``R-VIPX-12``) is text, not a rule ID.
RULE_ID_IN_TEXT = re.compile(
    rf"(?<![A-Za-z0-9])R-(?:{'|'.join(RULE_AREAS)})-\d{{2}}[a-z]?(?![A-Za-z0-9])"
)
#: How many rules each area of the catalogue has (docs/rules.md numbers them from 01).
_RULE_COUNTS = {
    "ARC": 3, "CAL": 1, "CHN": 1, "CMP": 15, "DEP": 3, "ECO": 1, "MEM": 6, "MOV": 2,
    "PER": 2, "PUR": 2, "SEC": 7, "SLA": 25, "SVC": 4, "VIP": 12,
}  # fmt: skip
#: Every rule ID of the catalogue (docs/rules.md).
CATALOGUE_RULE_IDS = frozenset(
    f"R-{area}-{n:02d}" for area, count in _RULE_COUNTS.items() for n in range(1, count + 1)
)
#: The catalogue's own form of a rule ID, kept for the catalogue: ``R-``, three capital
#: letters, ``-``, two digits.  A company's own rule IDs take another form (``HR-07``,
#: ``R-SH-001``, ``ACME-12``), so a document naming ``R-FOO-99`` is a damaged one.
_CATALOGUE_FORM = re.compile(r"R-[A-Z]{3}-\d{2}[a-z]?")


def require_known_rule(argument: str, rule: str) -> str:
    """``rule`` unless it has the catalogue's form (``R-ABC-01``) without being one of its
    IDs (:data:`CATALOGUE_RULE_IDS`) or a lettered part of one (``R-VIP-04a``): ``R-FOO-99`` is
    refused, a company's ``HR-07`` is not.

    >>> require_known_rule("rule", "R-SEC-04"), require_known_rule("rule", "HR-07")
    ('R-SEC-04', 'HR-07')
    >>> require_known_rule("rule", "R-FOO-99")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: rule: is not a rule of the catalogue ... (got 'R-FOO-99')
    """
    if (
        rule in CATALOGUE_RULE_IDS
        or not _CATALOGUE_FORM.fullmatch(rule)
        or rule[:8] in CATALOGUE_RULE_IDS
    ):
        return rule
    problem = (
        "is not a rule of the catalogue (docs/rules.md); a company's own rule ID takes "
        "another form than R-ABC-01, such as 'HR-07'"
    )
    raise InvalidInput.for_argument(argument, rule, problem)


#: full-width ASCII read as ASCII, one character for one (Ｒ－ＶＩＰ－０１ is R-VIP-01), so a
#: match's span in the folded text is its span in the text
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def half_width(text: str) -> str:
    """``text`` with its full-width ASCII (``Ｒ－ＶＩＰ－０１``) read as ASCII, one character
    for one: what a search for a rule ID reads.

    >>> half_width("见Ｒ－ＶＩＰ－０１")
    '见R-VIP-01'
    """
    return text if text.isascii() else text.translate(_HALF_WIDTH)


def rule_id_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a rule ID of the catalogue (:data:`RULE_ID_IN_TEXT`), in any
    width: the one search of "a rule ID inside a text", for what a caller gives (labels,
    ids, a decision's reason) and for what a reason quotes.

    >>> rule_id_spans("见R-SLA-01和Ｒ－ＶＩＰ－０１"), rule_id_spans("R-SH-001")
    ([(1, 9), (10, 18)], [])
    """
    folded = half_width(text)
    return [m.span() for m in RULE_ID_IN_TEXT.finditer(folded)] if "R-" in folded else []


_NOT_ONE_ID = re.compile(r"[\s,;，；、]")
#: One rule ID: ASCII letters and digits, ``-``, ``_`` or ``.`` (the catalogue's ``R-SLA-05``,
#: a company's own ``HR-07``), never a sentence nor a translated verdict (允许).
ONE_RULE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")


def require_rule_id(argument: str, value: Any, *, several: str | None = "rule_ids") -> str:
    """One rule ID (``R-SLA-05``, or a company's own such as ``HR-07``), trimmed and checked
    as an id (:func:`require_id`): a list of IDs in one text, or text that is no ID (允许),
    is refused — a result's ``rule`` is one ID, a target's ``rule_ids`` all of them (house
    rule 4); ``several`` names the field that takes several, if the value has one.

    >>> require_rule_id("rule", " R-SLA-05 ")
    'R-SLA-05'
    >>> require_rule_id("rule", "R-SLA-05, R-SLA-08")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: rule: must be one rule ID ... (got 'R-SLA-05, R-SLA-08')
    """
    key = _trimmed(argument, value, _CONTROL)  # an id (require_id) that is a rule ID itself
    if _NOT_ONE_ID.search(key):
        hint = f"; list several in {several}" if several else ""
        problem = f"must be one rule ID such as 'R-SLA-05'{hint}"
        raise InvalidInput.for_argument(argument, value, problem)
    if not ONE_RULE_ID.fullmatch(key):
        problem = "must be a rule ID such as 'R-SLA-05' (ASCII letters, digits, '-', '_', '.')"
        raise InvalidInput.for_argument(argument, value, problem)
    return key


def require_name(argument: str, value: Any) -> str:
    """A person's name: trimmed and checked like :func:`require_id`, but only control
    characters are refused (a name may need a zero-width joiner, a soft hyphen or a
    direction mark).

    >>> require_name("name", " 李\u200d明 ")
    '李\u200d明'

    A name made only of invisible format characters (a lone U+200B) is empty.
    """
    name = _trimmed(argument, value, _CC)
    if not name.isprintable() and all(c.isspace() or unicodedata.category(c) == "Cf" for c in name):
        raise InvalidInput.for_argument(argument, value, "must not be empty")
    return name


def require_label(argument: str, value: Any) -> str:
    """A caller's text that a result's one-line ``reason`` quotes (a gift, a target's label, a
    rule's name, a phrase): a name (:func:`require_name`: trimmed, one line) with no rule ID
    of the catalogue inside it (:data:`RULE_ID_IN_TEXT`), since a reason holds no rule ID — the
    result's ``rule`` is its own.

    >>> require_label("label", " 回复 "), require_label("card", "R-SH-001")  # not the catalogue's
    ('回复', 'R-SH-001')
    >>> require_label("label", "见R-SLA-01")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: label: must not hold a rule ID; a reason quotes it (got ...)
    """
    return _without_rule_id(argument, value, require_name(argument, value))


def _without_rule_id(argument: str, value: Any, text: str) -> str:
    """``text`` (read from ``value``) if it holds no rule ID; else refused, naming
    ``argument``: a reason quotes it."""
    if rule_id_spans(text):
        raise InvalidInput.for_argument(
            argument, value, "must not hold a rule ID; a reason quotes it"
        )
    return text


_WALL_TIME = re.compile(r"\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?\s*")


def require_wall_time(argument: str, value: Any, *, end: bool = False) -> _dt.time:
    """A local wall time from a ``datetime.time`` without a zone or a text such as
    ``"09:00"`` (``"24:00"``, midnight at the end of the day, only when ``end`` is true, as
    ``time(0)``): the one reading of a time of day (business hours, a policy's closing time).

    >>> require_wall_time("picking_close", "18：00"), require_wall_time("end", "24:00", end=True)
    (datetime.time(18, 0), datetime.time(0, 0))
    """
    if isinstance(value, _dt.time):
        if value.tzinfo is not None:
            raise InvalidInput.for_argument(
                argument, value, "must be a local wall time without a zone"
            )
        return value
    if isinstance(value, str):
        match = _WALL_TIME.fullmatch(value) if len(value) <= 16 else None
        if match:
            hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
            if end and (hour, minute, second) == (24, 0, 0):
                return MIDNIGHT
            if hour < 24 and minute < 60 and second < 60:
                return _dt.time(hour, minute, second)
        raise InvalidInput.for_argument(argument, value, "is not a time of day such as '09:00'")
    raise InvalidType.for_argument(
        argument, value, f"must be a datetime.time or a str like '09:00', not {a_type_name(value)}"
    )


#: How a text date becomes a ``date``: custops takes days as dates, not as text (a form's
#: text is parsed where it is read, as ``custops.cli`` does with ``parse_day``).
_PARSE_A_DATE = "parse the text first, e.g. datetime.date.fromisoformat('2024-05-15')"


#: Which day an instant is: the store's local day, in the calendar's zone.
_LOCAL_DAY = (
    "pass the store's local day, e.g. at.astimezone(ZoneInfo('Asia/Shanghai')).date() "
    "(the zone of the calendar at hand: calendar.zone)"
)


def require_date(argument: str, value: Any) -> _dt.date:
    """Return ``value`` if it is a ``date`` and not a ``datetime``; a text is refused saying
    how to make a ``date`` of it.

    >>> require_date("on", "2024-05-15")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: on: must be a datetime.date, not a str; parse the text first, ...
    """
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        problem = f"must be a datetime.date, not {a_type_name(value)}"
        if isinstance(value, str):
            problem = f"{problem}; {_PARSE_A_DATE}"
        elif isinstance(value, _dt.datetime):
            problem = f"{problem}; {_LOCAL_DAY}"
        raise InvalidType.for_argument(argument, value, problem)
    return value


def is_missing(item: Any) -> bool:
    """Whether ``item`` is how a column marks a missing value: ``None``, a float ``NaN``
    (pandas' marker in an object column), pandas' ``NaT`` or numpy's ``NaT``.

    >>> is_missing(float("nan")), is_missing(None), is_missing(0.0)
    (True, True, False)
    """
    if item is None:
        return True
    if isinstance(item, float) or type(item).__name__ in ("NaTType", "datetime64"):
        return bool(item != item)  # NaN and NaT are not equal to themselves
    return False


def require_aware(argument: str, value: Any) -> _dt.datetime:
    """Return ``value`` if it is a timezone-aware ``datetime``."""
    if not isinstance(value, _dt.datetime):
        raise InvalidType.for_argument(
            argument, value, f"must be a timezone-aware datetime, not {a_type_name(value)}"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        if value != value:  # pandas' NaT, a missing value that passes for a naive datetime
            raise InvalidInput.for_argument(argument, value, "is missing")
        raise InvalidInput.for_argument(
            argument,
            value,
            "must be timezone-aware (a naive datetime is ambiguous); "
            "attach a zone, e.g. .replace(tzinfo=ZoneInfo('Asia/Shanghai'))",
        )
    return value


def item_argument(argument: str, value: Any, place: int) -> str:
    """How an error names the item at ``place`` of the collection ``value``: by its place,
    ``argument[place]``, in an ordered collection; by ``argument`` alone in a set, which has
    no place (the error's value shows the item).  :func:`stable_items` gives a set's items in
    the order to check them.

    >>> item_argument("ids", ["a", "b"], 1), item_argument("ids", {"a", "b"}, 1)
    ('ids[1]', 'ids')
    """
    return argument if isinstance(value, AbstractSet) else f"{argument}[{place}]"


def stable_items(value: Any) -> tuple[Any, ...]:
    """The items of the collection ``value`` in the order to check them: as given, or for a
    set (whose order changes with ``PYTHONHASHSEED``) sorted by type, then ``repr``, so the
    item a refusal names is the same in every run.

    >>> stable_items(["b", "a"]), stable_items({"b", "a", 1})
    (('b', 'a'), (1, 'a', 'b'))
    """
    items = tuple(value)
    if isinstance(value, AbstractSet):
        return tuple(sorted(items, key=lambda item: (type(item).__qualname__, repr(item))))
    return items


def require_items(
    argument: str,
    value: Any,
    what: str,
    *single: type,
    holding: type | None = None,
    each: Callable[[str, Any], Any] | None = None,
    ordered: bool = False,
) -> tuple[Any, ...]:
    """The items of the collection ``value`` (a ``Sequence`` if ``ordered``): a lone ``str``,
    ``bytes`` or ``single`` value is refused (``must be {what}, not a <type>``), and so is an
    item not a ``holding``; ``each`` checks (and may convert) every item as
    ``each(f"{argument}[{i}]", item)``.  A set's items come in a stable order
    (:func:`stable_items`) and are named by ``argument`` alone (:func:`item_argument`): the
    error is the same under every ``PYTHONHASHSEED``.

    >>> require_items("ids", (1, "2"), "a collection of ids", holding=int)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: ids: must hold int values, not a str (got '2')
    >>> require_items("counts", [1, "2"], "a sequence of int", each=require_int)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: counts[1]: must be an int, not a str (got '2')
    """
    if isinstance(value, (str, bytes, *single)) or not isinstance(
        value, Sequence if ordered else Iterable
    ):
        raise InvalidType.for_argument(argument, value, f"must be {what}, not {a_type_name(value)}")
    found = stable_items(value)
    if each is not None:
        return tuple(each(item_argument(argument, value, i), item) for i, item in enumerate(found))
    if holding is not None:
        for item in found:
            if not isinstance(item, holding):
                problem = f"must hold {holding.__name__} values, not {a_type_name(item)}"
                raise InvalidType.for_argument(argument, item, problem)
    return found


def require_strings(argument: str, value: Any) -> tuple[str, ...]:
    """The items of ``value``, a collection of non-blank ``str`` (not a lone ``str``), as a
    tuple: a phrase's exceptions, a rule's terms (the converter :data:`STRINGS`).

    >>> require_strings("terms", ["漏水", "渗水"])
    ('漏水', '渗水')
    >>> require_strings("terms", "漏水")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: terms: must be a sequence of str, not a str (got '漏水')
    """
    return require_items(argument, value, "a sequence of str", each=require_str)


def require_pair(argument: str, value: Any, pair: str = "(key, value)") -> tuple[Any, Any]:
    """``value`` if it is a 2-tuple, else :class:`InvalidType` (``must be a {pair} pair``):
    the one check of a pair's shape, which :func:`require_pairs` applies to each item.

    >>> require_pair("inspection_start", (6, 1), "(month, day)")
    (6, 1)
    >>> require_pair("inspection_start", [6, 1], "(month, day)")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: inspection_start: must be a (month, day) pair (got [6, 1])
    """
    if not (isinstance(value, tuple) and len(value) == 2):
        raise InvalidType.for_argument(argument, value, f"must be a {pair} pair")
    return value


def require_month_day(argument: str, value: Any) -> tuple[int, int]:
    """A ``(month, day)`` of every year (29 February is refused: not every year has it);
    a bad part is said of the pair (``its month …``).

    >>> require_month_day("annual_closures[0]", (12, 18))
    (12, 18)
    >>> require_month_day("annual_closures[0]", (2, 29))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: annual_closures[0]: is not a day of every year (got (2, 29))
    """
    month, day = require_pair(argument, value, "(month, day)")
    try:
        month = require_int("month", month, low=1, high=12)
        day = require_int("day", day, low=1, high=31)
    except (InvalidInput, InvalidType) as exc:
        raise of_part(exc, argument, value) from None
    try:
        _dt.date(2001, month, day)  # a common year: 29 February is refused
    except ValueError:
        raise InvalidInput.for_argument(argument, value, "is not a day of every year") from None
    return (month, day)


def require_pairs(
    argument: str,
    value: Any,
    what: str = "a mapping or a sequence of pairs",
    pair: str = "(key, value)",
    *,
    also: type | None = None,
) -> Iterator[Any]:
    """The ``(key, value)`` pairs of the mapping ``value``, or of ``value`` if it is a
    collection of 2-tuples (:func:`require_items`: ``must be {what}``), one at a time: an
    item that is no 2-tuple is :class:`InvalidType` (``must be a {pair} pair``) when it is
    reached, so a caller refuses what it reads in order.  With ``also``, ``value`` is a
    collection (a mapping's keys are its items) and an item that is an ``also`` comes as it
    is (``tranches[1]: must be a Tranche or a (months, share) pair``); an item is named
    by its place (``weights[1]``).

    >>> list(require_pairs("weights", {"a": 1})), list(require_pairs("weights", [("b", 2)]))
    ([('a', 1)], [('b', 2)])
    >>> list(require_pairs("weights", [("a", 1), ["b", 2]]))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: weights[1]: must be a (key, value) pair (got ['b', 2])
    """
    if isinstance(value, Mapping) and also is None:
        yield from value.items()
        return
    for i, item in enumerate(require_items(argument, value, what)):
        if isinstance(item, tuple) and len(item) == 2:
            yield item
        elif also is None:
            yield require_pair(item_argument(argument, value, i), item, pair)
        elif isinstance(item, also):
            yield item
        else:
            problem = f"must be {a_type(also)} or a {pair} pair"
            raise InvalidType.for_argument(item_argument(argument, value, i), item, problem)


def entry(argument: str, key: Any) -> str:
    """The name of the entry ``key`` of the mapping ``argument``, as the caller writes it in
    Python (``stops['notify']``, ``conditions['channel']``, ``promised_periods['reply']``):
    the one name of a mapping's entry, which a refusal of that entry's value says, the key
    as given (not as custops reads it).

    >>> entry("stops", "notify"), entry("roles", "批准") + "[0]"
    ("stops['notify']", "roles['批准'][0]")
    """
    return f"{argument}[{key!r}]"


def pairs_mapping(
    argument: str,
    value: Any,
    what: str = "a mapping or a sequence of pairs",
    pair: str = "(key, value)",
    *,
    error: type[CustopsError] = InvalidInput,
) -> dict[Any, Any]:
    """``value`` as a ``dict``: a mapping, or a collection of ``(key, value)`` pairs read by
    :func:`require_pairs` (a list and a tuple alike: the one "mapping or pairs" reading);
    a key that is not hashable is :class:`InvalidType`, and one given twice ``error``
    (:class:`PolicyError` for a policy's field), which shows that key.

    >>> pairs_mapping("data", [("department", "质量部")]), pairs_mapping("data", {"a": 1})
    ({'department': '质量部'}, {'a': 1})
    >>> pairs_mapping("data", (("a", 1), ("a", 2)))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: data: gives 'a' twice (got 'a')
    """
    if isinstance(value, Mapping):
        return dict(value)
    pairs = tuple(require_pairs(argument, value, what, pair))
    for i, (key, _item) in enumerate(pairs):
        if not isinstance(key, Hashable):
            problem = f"must have a name or key first, not {a_type_name(key)}"
            raise InvalidType.for_argument(item_argument(argument, value, i), pairs[i], problem)
    keys = [key for key, _item in pairs]
    require_distinct(argument, keys, "gives {twice!r} twice", twice=True, error=error)
    return dict(pairs)


def require_zone(argument: str, value: Any) -> ZoneInfo:
    """Return ``value`` if it is a ``ZoneInfo``, else the zone its IANA name (a str) names."""
    if isinstance(value, ZoneInfo):
        return value
    name = require_str(argument, value)
    try:
        if len(name) > 255:  # too long for a file name: some systems raise OSError
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput.for_argument(argument, value, "is not a known time zone") from None


#: What :func:`require_type` tells a caller who passed a float where a number is exact.
EXACT = "pass a str or a Decimal"

#: A bound of :func:`within`: an int, a ``Decimal`` or a ``Fraction`` (``Fraction(1, 3)``).
Bound = int | Decimal | Fraction


def within(
    argument: str,
    value: Any,
    number: Any,
    *,
    low: Any = None,
    high: Any = None,
    low_open: bool = False,
    high_open: bool = False,
    error: type[CustopsError] = InvalidInput,
    problem: str | None = None,
) -> None:
    """The one interval check of a number (an int, a ``Decimal`` or a ``Fraction``; or,
    with a ``problem`` of its own, of another ordered value, such as a date):
    :class:`InvalidInput` naming ``argument`` and showing ``value`` (as given) unless
    ``number`` lies between ``low`` and ``high`` (``None``: unbounded on that side);
    ``low_open``/``high_open`` make a bound exclusive.  ``error`` is the error raised
    instead (:class:`~custops.errors.PolicyError` for a policy's field checked in
    ``__attrs_post_init__``), and ``problem`` the text that replaces the bounds' own
    (a calendar's range of years names the calendar).

    >>> within("share", "1/3", Fraction(1, 3), low=0, high=1, low_open=True)
    >>> within("share", "0", Fraction(0), low=0, high=1, low_open=True)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: share: must lie in (0, 1] (got '0')
    >>> within("years", "-1", Decimal(-1), low=0)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: years: must be at least 0 (got '-1')
    >>> within("saturation", 0, 0, low=1, error=PolicyError)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: saturation: must be at least 1 (got 0)
    """
    below = low is not None and (number <= low if low_open else number < low)
    above = high is not None and (number >= high if high_open else number > high)
    if not (below or above):
        return
    if low is not None and high is not None:
        lb, hb = "(" if low_open else "[", ")" if high_open else "]"
        bounds = f"must lie in {lb}{low}, {high}{hb}"
    elif below:
        bounds = f"must be {'more than' if low_open else 'at least'} {low}"
    else:
        bounds = f"must be {'less than' if high_open else 'at most'} {high}"
    raise error.for_argument(argument, value, bounds if problem is None else problem)


def require_fraction(
    argument: str,
    value: Any,
    *,
    low: Bound = 0,
    high: Bound = 1,
    low_open: bool = False,
    high_open: bool = False,
    error: type[CustopsError] = InvalidInput,
) -> Decimal:
    """Return ``value`` as a ``Decimal`` if it is an int/str/Decimal within ``[low, high]``
    (:func:`require_number` with those bounds, and its ``error``).

    ``low_open``/``high_open`` make the bound exclusive.  Floats are refused: a
    rate such as ``0.85`` is passed as ``Decimal("0.85")`` or ``"0.85"``.
    """
    return require_number(
        argument, value, low=low, high=high, low_open=low_open, high_open=high_open, error=error
    )


def require_number(
    argument: str,
    value: Any,
    *,
    low: Bound | None = None,
    high: Bound | None = None,
    low_open: bool = False,
    high_open: bool = False,
    error: type[CustopsError] = InvalidInput,
) -> Decimal:
    """Return ``value`` (an int, a numeric str or a ``Decimal``) as a finite ``Decimal``,
    within the bounds given (:func:`within`: ``low=0`` is "not below 0"); a value that is no
    finite number or out of bounds is ``error`` (a wrong type is :class:`InvalidType`).

    Floats are refused with a hint: they are inexact. A text, after NFKC, must be ASCII
    digits with an optional sign and at most one point, and may group its thousands with
    commas (``"1,000"``), as an amount of money is written; Decimal's other spellings
    (``"1_000"``, another script's digits such as ``"٣"``, an exponent: ``"1e3"``, said as
    such) are refused.

    >>> require_number("years", " 2.5 ", low=0), require_number("tonnes", "1,000")
    (Decimal('2.5'), Decimal('1000'))
    >>> require_number("tonnes", "1_000")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: tonnes: is not a number: write digits 0-9 ... (got '1_000')
    """
    given: Any = require_type(
        argument, value, (int, str, Decimal), "an int, a str or a Decimal", inexact=EXACT
    )
    if isinstance(given, str):
        text = unicodedata.normalize("NFKC", given).strip()  # an IME's full-width digits
        # the documented form only ("1,000": thousands grouped as money is written), not
        # Decimal's own syntax ("1_000", "1e3", another script's digits such as "٣")
        form = _GROUPED_NUMBER if "," in text else _NUMBER_TEXT
        if not form.fullmatch(text):
            if _NOT_FINITE_TEXT.fullmatch(text):
                raise error.for_argument(argument, value, "must be a finite number")
            if _EXPONENT.fullmatch(text):  # "1e3": as likely a slip as 1000, as money says
                problem = "is not a number: write it without an exponent, e.g. '1000'"
                raise error.for_argument(argument, value, problem)
            raise error.for_argument(argument, value, _NUMBER_FORMS)
        given = text.replace(",", "")
    try:
        number = Decimal(given)
    except ArithmeticError:
        raise error.for_argument(argument, value, _NUMBER_FORMS) from None
    if not number.is_finite():
        raise error.for_argument(argument, value, "must be a finite number")
    within(
        argument,
        value,
        number,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        error=error,
    )
    return number


_DEFAULTS: dict[Any, Any] = {}


def policy_or_default(value: Any, cls: type[T], *, argument: str = "policy") -> T:
    """``value`` if it is a ``cls``; the default ``cls()`` (the seed's values) for ``None``,
    built once and shared (policies are frozen).

    >>> from fractions import Fraction
    >>> policy_or_default(None, Fraction), policy_or_default(Fraction(1, 2), Fraction)
    (Fraction(0, 1), Fraction(1, 2))
    >>> policy_or_default("strict", Fraction)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: policy: must be a Fraction or None, not a str (got 'strict')
    """
    if value is None:
        default: T | None = _DEFAULTS.get(cls)
        if default is None:
            default = _DEFAULTS[cls] = cls()
        return default
    if not isinstance(value, cls):
        what = f"must be {with_article(cls.__name__)} or None, not {a_type_name(value)}"
        raise InvalidType.for_argument(argument, value, what)
    return value


def optional_text(argument: str, value: Any) -> str:
    """An optional text (a note, a contact …): ``value`` as a stripped ``str``; empty,
    blank and ``None`` all mean "none given" and are stored as ``""``.

    >>> optional_text("note", None), optional_text("note", "   "), optional_text("note", " 已取样 ")
    ('', '', '已取样')
    """
    if value is None:
        return ""
    return require_str(argument, value, nonempty=False).strip()


def optional_name(argument: str, value: Any) -> str:
    """An optional name (a staff member's, a basket line's): ``""`` when empty or blank, else
    :func:`require_label` (trimmed, no control character and no rule ID, so a reason that
    shows it stays one line with no rule ID).  ``None`` is refused, as for any ``str`` field.

    >>> optional_name("name", "  "), optional_name("name", " 李四 ")
    ('', '李四')
    >>> optional_name("name", "李\\n四")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: name: must not contain the control character '\\n' (got '李\\n四')
    """
    text = require_str(argument, value, nonempty=False)
    return require_label(argument, text) if text.strip() else ""


def label_text(argument: str, value: Any) -> str:
    """A label (a target's or a desk's Chinese name): :func:`optional_name`, ``None`` read as
    no label; a reason quotes it, so it holds no rule ID (:func:`require_label`).

    >>> label_text("label", None), label_text("label", " 答复客户 ")
    ('', '答复客户')
    """
    return "" if value is None else optional_name(argument, value)


def stripped_text(argument: str, value: Any) -> str:
    """A required text (content, a name …): ``value`` as a stripped ``str`` holding a
    non-blank character; ``None``, empty and blank are all refused."""
    return require_str(argument, value).strip()


def require_mapping(argument: str, value: Any, what: str) -> Mapping[Any, Any]:
    """``value`` if it is a mapping; else :class:`InvalidType`: ``must {what}, not a <type>``."""
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(argument, value, f"must {what}, not {a_type_name(value)}")
    return value


def a_type(cls: type) -> str:
    """The type's name with its article, as error messages say it: ``a Charge``, ``an Event``."""
    return with_article(cls.__name__)


def instance_check(cls: type[T], what: str | None = None) -> Callable[[str, Any], T]:
    """The check ``(argument, value)`` that ``value`` is a ``cls`` (``must be {what}``, by
    default :func:`a_type`); for ``date`` it is :func:`require_date` (a datetime is refused).

    >>> require_items("lines", [1, "2"], "a sequence of int", each=instance_check(int))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: lines[1]: must be an int, not a str (got '2')
    """
    if cls is _dt.date:
        return require_date  # type: ignore[return-value]
    said = a_type(cls) if what is None else what
    return lambda argument, value: require_type(argument, value, cls, said)


def type_validator(cls: type, *, optional: bool = False) -> Any:
    """An attrs validator: the field holds a ``cls`` (or ``None`` if ``optional``: ``must be
    a Charge or None``); the error names the field as ``__init__`` takes it: its alias."""
    check: Callable[[str, Any], Any] = instance_check(cls, a_type(cls) + " or None" * optional)
    if optional:
        check = optional_check(check)
    return lambda _instance, field, value: check(field.alias or field.name, value)


def policy_converter(cls: type) -> Any:
    """The attrs converter of a field holding a ``cls`` policy: ``None`` is its default
    (:func:`policy_or_default`), and the error names the field."""
    return field_converter(
        lambda argument, value: policy_or_default(value, cls, argument=argument),
        takes=f"{cls.__name__} | None",
    )


#: The refusal of a text that is not a ratio, naming the forms :func:`require_rational` reads.
_RATIONAL_FORMS = "is not a number: give a decimal (0.08), a percentage (8%) or a fraction (1/3)"


def _rational_text(text: str) -> Fraction:
    """A ratio written as a decimal, a percentage or a fraction (``ValueError`` if none)."""
    number = text.strip()
    if number.endswith(("%", "％")):
        return Fraction(number[:-1].rstrip()) / 100
    return Fraction(number)


def require_rational(
    argument: str,
    value: Any,
    *,
    low: Bound | None = None,
    high: Bound | None = None,
    low_open: bool = False,
    high_open: bool = False,
    error: type[CustopsError] = InvalidInput,
) -> Fraction:
    """``value`` (an int, a numeric str, a ``Decimal`` or a ``Fraction``) as an exact
    ``Fraction`` within the bounds given (:func:`within`): the one reading of a ratio or a
    share, a text written as a decimal (``"0.08"``), a percentage (``"8%"``, ``"8％"``) or a
    fraction (``"1/3"``); a float is refused with a hint (it is inexact), a text in no such
    form is refused naming the forms, and a value that is no finite number is refused;
    ``error`` is the class of a value's refusal (a wrong type is :class:`InvalidType`).

    >>> require_rational("weight", " 1/3 "), require_rational("weight", Decimal("0.5"))
    (Fraction(1, 3), Fraction(1, 2))
    >>> require_rational("ratio", "8%"), require_rational("ratio", "0.08")
    (Fraction(2, 25), Fraction(2, 25))
    >>> require_rational("weight", "1/0")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: weight: is not a finite number (got '1/0')
    >>> require_rational("ratio", "八成")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: ratio: is not a number: ... (got '八成')
    >>> require_rational("share", "3/2", low=0, high=1, low_open=True)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: share: must lie in (0, 1] (got '3/2')
    """
    what = "an int, a str, a Decimal or a Fraction"
    given: Any = require_type(argument, value, (int, str, Decimal, Fraction), what, inexact=EXACT)
    try:
        number = _rational_text(given) if isinstance(given, str) else Fraction(given)
    except ZeroDivisionError:
        raise error.for_argument(argument, value, "is not a finite number") from None
    except (ValueError, ArithmeticError):  # ArithmeticError: InvalidOperation, Overflow
        problem = "is not a finite number" if not isinstance(given, str) else _RATIONAL_FORMS
        raise error.for_argument(argument, value, problem) from None
    within(
        argument,
        value,
        number,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        error=error,
    )
    return number


def require_events(argument: str, value: Any, kind: type[T], first: str) -> tuple[T, ...]:
    """A value's event history: a non-empty sequence of ``kind`` that begins with the
    ``first`` event (``must begin with a record event`` when empty); the shared check of a
    case's and a clock's ``events`` (``field_converter(partial(require_events, ...))``)."""
    events = require_items(argument, value, f"a sequence of {kind.__name__}", holding=kind)
    if not events:
        raise InvalidInput.for_argument(argument, value, f"must begin with a {first} event")
    return events


def utc(moment: Any, *, argument: str | None = None) -> _dt.datetime:
    """``moment`` in UTC, for comparing instants: aware datetimes in one zone compare by
    wall clock, which is wrong in the hour a daylight-saving zone repeats.  The one zone
    conversion helper, with two policies for an instant UTC cannot show (``datetime.max``
    with a zone west of it): without ``argument`` (comparing instants already checked) it is
    clamped to the edge of the range; with ``argument`` (a caller's input) ``moment`` is
    checked aware and such an instant is :class:`InvalidInput` naming ``argument`` (issue 14).

    >>> import datetime as dt
    >>> west = dt.timezone(-dt.timedelta(hours=5))
    >>> utc(dt.datetime.max.replace(tzinfo=west)).year
    9999
    >>> utc(dt.datetime.max.replace(tzinfo=west), argument="at")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: at: is outside the range of dates UTC can show (got ...)
    """
    if argument is not None and (
        moment.__class__ is not _dt.datetime or moment.utcoffset() is None
    ):  # the common case (an aware datetime) skips the call
        require_aware(argument, moment)
    try:
        return moment.astimezone(UTC)  # type: ignore[no-any-return]
    except OverflowError:
        if argument is not None:
            problem = "is outside the range of dates UTC can show"
            raise InvalidInput.for_argument(argument, moment, problem) from None
        edge = _dt.datetime.max if moment.year > 1 else _dt.datetime.min
        return edge.replace(tzinfo=UTC)


def _instant(argument: str, value: Any) -> _dt.datetime:
    """``value``, an aware datetime and an instant UTC can show (:func:`utc` with
    ``argument``): an instant refused here is never refused later as another argument."""
    utc(value, argument=argument)
    return value  # type: ignore[no-any-return]


def by_name(found: Iterable[T], name: str, names: Callable[[T], str], problem: str) -> T:
    """The item of ``found`` called ``name``, read as a name is built (:func:`require_name`:
    trimmed; a non-``str`` is :class:`InvalidType`); else :class:`InvalidInput`: ``problem``,
    then the names (``none`` when there are none).

    >>> by_name(["reply", "resolve"], " reply ", str, "is not a target; one of ")
    'reply'
    """
    wanted = require_name("name", name)
    listed = tuple(found)
    for item in listed:
        if names(item) == wanted:
            return item
    raise InvalidInput.for_argument(
        "name", name, problem + (", ".join(names(i) for i in listed) or "none")
    )


#: The arguments that the date arithmetic of custops (``custops._dates``, calendars, periods,
#: clocks) names when a day or an instant is beyond its range: a refusal naming one of them,
#: met while counting from a caller's value, is a range error of that value.
_RANGE_ARGUMENTS = frozenset({"start", "end", "period", "day", "at", "workdays", "delta"})
#: The calendar's own counts (``add_workdays``'s ``workdays``, ``add_working_time``'s
#: ``delta``): quoted inside a caller's range error by their reason alone.
_COUNT_ARGUMENTS = frozenset({"workdays", "delta"})
#: That reason, as ``WorkCalendar`` words it.
_CALENDAR_END = re.compile(r"\((goes (?:past|before) \d+, the (?:last|first) supported year)\)$")
_OUTSIDE = "is outside the calendar"
#: The years a calendar's refusal of a day names ("must lie in the years 1950-2100 …")
_YEARS = re.compile(r"must lie in the years (\d+)-(\d+)")
_TOO_CLOSE = "is too close to the end of the supported date range"


def of_part(exc: CustopsError, argument: str, value: Any) -> CustopsError:
    """``exc``, a refusal of one part of the caller's ``value`` (a pair's ``end``, a tranche's
    ``share``), said of the caller's ``argument`` with ``value`` as given: the one home of
    that re-raise.

    >>> inner = InvalidInput.for_argument("end", 9, "must be later than start 12")
    >>> print(of_part(inner, "weekly[0]", "12-09"))
    weekly[0]: its end must be later than start 12 (got '12-09')
    """
    said = f"its {exc.argument} {exc.problem}" if exc.argument else exc.problem
    return type(exc).for_argument(argument, value, said)


def shown_value(exc: CustopsError) -> str:
    """The ``" (got <value!r>)"`` the message of ``exc`` ends with (``""``: none), the one
    home of that test.

    >>> shown_value(InvalidInput.for_argument("day", 7, "is late"))
    ' (got 7)'
    >>> shown_value(InvalidInput("day: is late", argument="day"))
    ''
    """
    tail = f" (got {exc.value!r})"
    return tail if exc.message.endswith(tail) else ""


def without_value(exc: CustopsError) -> str:
    """The message of ``exc`` without its closing ``(got …)``: quoted inside another error's
    message, which shows its own value, so that a message has one ``(got …)``.

    >>> without_value(InvalidInput.for_argument("day", 7, "must lie in the years 1950-2100"))
    'day: must lie in the years 1950-2100'
    """
    message, tail = exc.message, shown_value(exc)
    if tail:
        return message[: -len(tail)]
    cut = message.rfind(" (got ")
    return message[:cut] if cut >= 0 else message


def _innermost(exc: CustopsError) -> str:
    """The innermost ``<argument>: <problem>`` of a range error, without any value: a
    calendar's refusal wrapped by the periods (``start: is outside the calendar (day: must
    lie in the years 1950-2100 …) (got …)``) gives ``day: must lie in the years 1950-2100 …``.

    >>> _innermost(InvalidInput.for_argument("start", 1, "is outside the calendar (day: early)"))
    'day: early'
    """
    message = without_value(exc)  # a wrapped reason is quoted without its value: one cut
    inner = max(message.rfind(f"({name}: ") for name in _RANGE_ARGUMENTS)
    if inner >= 0:
        return message[inner + 1 :].removesuffix(")")
    past = _CALENDAR_END.search(message)  # a calendar's count, quoted by its reason alone
    return past.group(1) if past else message


def range_error(
    exc: Exception,
    argument: str,
    value: Any,
    problem: str = _TOO_CLOSE,
    *,
    counting: str = _OUTSIDE,
) -> Exception:
    """What to raise for ``exc``, met while computing from the caller's ``value`` (issue 14):
    the one home of range-error wrapping.

    - an :class:`InvalidInput` that names ``argument`` already says it: ``exc`` itself;
    - one that names an argument of the date arithmetic (a calendar's ``day``, a period's
      ``start`` …) becomes :class:`InvalidInput` naming ``argument``: ``counting``, then
      the innermost reason once, without its value (``at: 3个工作日 cannot be counted from it
      (day: must lie in the years 1950-2100 …) (got …)``); a calendar's own count
      (``workdays``, ``delta``), which the caller never named, by its reason alone;
    - any other :class:`~custops.errors.CustopsError` (a strict calendar's
      :class:`~custops.errors.CalendarNotPublished`, a wrong type) is ``exc`` itself;
    - a date overflow (``OverflowError``, ``ValueError``) says ``problem``.

    >>> import datetime as dt
    >>> inner = InvalidInput.for_argument("day", dt.date(1900, 1, 1), "is too early")
    >>> print(range_error(inner, "start", dt.date(1900, 1, 1)))
    start: is outside the calendar (day: is too early) (got datetime.date(1900, 1, 1))
    >>> past = InvalidInput.for_argument("workdays", 10, "goes past 2100, the last supported year")
    >>> print(range_error(past, "on", dt.date(2100, 12, 25), counting="cannot count 10"))
    on: cannot count 10 (goes past 2100, the last supported year) (got datetime.date(2100, 12, 25))
    >>> print(range_error(OverflowError("date value out of range"), "on", dt.date.max))
    on: is too close to the end of the supported date range (got datetime.date(9999, 12, 31))
    """
    if isinstance(exc, InvalidInput):
        if exc.argument == argument:
            return exc
        if exc.argument in _RANGE_ARGUMENTS:
            inner = _innermost(exc)
            if exc.argument in _COUNT_ARGUMENTS:  # a count the caller never named: its reason
                inner = inner.partition(": ")[2]
            reached, years = exc.value, _YEARS.search(inner)
            if (
                counting == _OUTSIDE
                and exc.argument == "day"
                and isinstance(reached, _dt.date)
                and isinstance(value, _dt.date)
                and years
                and int(years[1]) <= value.year <= int(years[2])
            ):  # the caller's day is inside the years; a day it leads to is not: say which
                where = inner.partition(": ")[2].removeprefix("must lie in ")
                return InvalidInput.for_argument(
                    argument, value, f"leads to {reached.isoformat()}, outside {where}"
                )
            return InvalidInput.for_argument(argument, value, f"{counting} ({inner})")
    if isinstance(exc, CustopsError):
        return exc
    return InvalidInput.for_argument(argument, value, problem)


@contextlib.contextmanager
def in_date_range(argument: str, value: Any, *, counting: str = _OUTSIDE) -> Iterator[None]:
    """:func:`range_error` as a ``with`` block: a date-range overflow, or a calendar's
    refusal of a year it has no data for, met inside becomes :class:`InvalidInput` naming
    the caller's ``argument`` (``counting`` says what could not be done from it).

    >>> import datetime as dt
    >>> with in_date_range("on", dt.date.max):
    ...     dt.date.max + dt.timedelta(days=1)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: on: is too close to the end of the supported date range (got ...)
    """
    try:
        yield
    except (CustopsError, OverflowError, ValueError) as exc:
        error = range_error(exc, argument, value, counting=counting)
        if error is exc:
            raise
        raise error from None


# The checks of a few common bounds, each the converter of its field type below.
_positive_int = functools.partial(require_int, low=1)
_share = functools.partial(require_fraction, low_open=True)
_count = functools.partial(require_int, low=0)
_any_text = functools.partial(require_str, nonempty=False)

# The attrs converters of the common field types, declared once (CONTRIBUTING, "One home
# per helper"): ``attrs.field(converter=DATE)``; each error names the field.
# A converter is typed for a type checker as the function it stands for (what a caller
# passes, what the field holds): a type checker's attrs support reads named functions only.
if TYPE_CHECKING:
    _K = TypeVar("_K")
    _V = TypeVar("_V")
    #: A mapping ``key -> value`` whose keys are ``_K`` values or their names, or its pairs.
    MappingOrPairs = (
        Mapping[_K, _V] | Mapping[str, _V] | Mapping[_K | str, _V] | Sequence[tuple[_K | str, _V]]
    )

    def BOOL(value: bool) -> bool: ...  # noqa: N802
    def DATE(value: _dt.date) -> _dt.date: ...  # noqa: N802
    def WALL_TIME(value: _dt.time | str) -> _dt.time: ...  # noqa: N802
    def TEXT(value: str) -> str: ...  # noqa: N802
    def STRINGS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802
    def ANY_TEXT(value: str) -> str: ...  # noqa: N802
    def ID(value: str) -> str: ...  # noqa: N802
    def POSITIVE_INT(value: int) -> int: ...  # noqa: N802
    def COUNT(value: int) -> int: ...  # noqa: N802
    def OPTIONAL_TEXT(value: str | None) -> str: ...  # noqa: N802
    def STRIPPED_TEXT(value: str) -> str: ...  # noqa: N802
    def OPTIONAL_ID(value: str | None) -> str | None: ...  # noqa: N802
    def OPTIONAL_NAME(value: str | None) -> str | None: ...  # noqa: N802
    def NAME_OR_EMPTY(value: str) -> str: ...  # noqa: N802
    def LABEL(value: str | None) -> str: ...  # noqa: N802
    def OPTIONAL_DATE(value: _dt.date | None) -> _dt.date | None: ...  # noqa: N802
    def RATE(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def SHARE(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def AWARE(value: _dt.datetime) -> _dt.datetime: ...  # noqa: N802
    def NAME(value: str) -> str: ...  # noqa: N802
    def QUOTED(value: str) -> str: ...  # noqa: N802
    def OPTIONAL_QUOTED(value: str | None) -> str | None: ...  # noqa: N802
    def POLICY_INT(value: int) -> int: ...  # noqa: N802
    def POLICY_POSITIVE_INT(value: int) -> int: ...  # noqa: N802
    def OPTIONAL_POLICY_POSITIVE_INT(value: int | None) -> int | None: ...  # noqa: N802

else:
    BOOL = field_converter(require_bool, takes=bool)
    DATE = field_converter(require_date, takes=_dt.date)
    WALL_TIME = field_converter(require_wall_time, takes=_dt.time | str)  # "18:00", no zone
    TEXT = field_converter(require_str, takes=str)  # a non-blank str
    STRINGS = field_converter(require_strings, takes=Iterable[str])  # non-blank str
    ANY_TEXT = field_converter(_any_text, takes=str)  # a str, possibly empty
    ID = field_converter(require_id, takes=str)
    POSITIVE_INT = field_converter(_positive_int, takes=int)
    COUNT = field_converter(_count, takes=int)  # an int >= 0
    OPTIONAL_TEXT = field_converter(optional_text, takes=str | None)  # None, blank: ""
    STRIPPED_TEXT = field_converter(stripped_text, takes=str)  # stripped, non-blank
    OPTIONAL_ID = field_converter(optional_check(require_id), takes=str | None)
    OPTIONAL_NAME = field_converter(optional_check(require_name), takes=str | None)
    NAME_OR_EMPTY = field_converter(optional_name, takes=str)  # "" (blank) or a name
    LABEL = field_converter(label_text, takes=str | None)  # the same, None read as ""
    OPTIONAL_DATE = field_converter(optional_check(require_date), takes=_dt.date | None)
    RATE = policy_field(require_fraction, takes=Decimal | int | str)  # in [0, 1]
    SHARE = policy_field(_share, takes=Decimal | int | str)  # of a price, in (0, 1]
    AWARE = field_converter(_instant, takes=_dt.datetime)  # an instant UTC can show
    NAME = field_converter(require_name, takes=str)  # a person's name or a label, trimmed
    QUOTED = field_converter(require_label, takes=str)  # a name a reason quotes
    OPTIONAL_QUOTED = field_converter(optional_check(require_label), takes=str | None)
    POLICY_INT = policy_field(_count, takes=int)  # a policy's count or points, >= 0
    POLICY_POSITIVE_INT = policy_field(_positive_int, takes=int)  # a policy's count, >= 1
    OPTIONAL_POLICY_POSITIVE_INT = policy_field(optional_check(_positive_int), takes=int | None)
