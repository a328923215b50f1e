"""custops.serial and the documents a user writes by hand (docs/serial.md, "A report of many
results" and "What loading refuses"): loading reads exactly what saving writes, and
anything else is refused with a :class:`~custops.errors.CustopsError` naming where it is
(house rules, CONTRIBUTING.md: "Errors", a failed call changes nothing; "Money": floats
are refused everywhere)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custops import serial, testing
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.periods import Period
from custops.sla import Clock, Target
from custops.vip import Card, Holder, Ledger, Purchase

SOME = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

CARD = Card.issue("VIP-1", Holder("C1", "王芳"), on=dt.date(2025, 1, 1))


def _list_document(*items: Any) -> dict[str, Any]:
    return {"custops": 1, "type": "list", "value": list(items)}


def _refusal(call: Any, value: Any) -> CustopsError | None:
    """The CustopsError ``call(value)`` raises, or ``None`` (any other exception escapes)."""
    try:
        call(value)
    except CustopsError as error:
        return error
    return None


def _nested(depth: int) -> Any:
    """A list ``depth`` lists deep (the outer one counted) holding one 1."""
    value: Any = [1]
    for _ in range(depth - 1):
        value = [value]
    return value


# --------------------------------------------------------------------------- floats


@pytest.mark.parametrize(
    ("text", "place", "value"),
    [
        ('{"custops":1,"type":"list","value":[1,1.5]}', "value[1]", 1.5),
        ('{"custops":1,"type":"tuple","value":[2.0]}', "value[0]", 2.0),
        (
            '{"custops":1,"type":"dict","value":{"a":{"type":"list","value":[2e3]}}}',
            "value['a'][0]",
            2000.0,
        ),
    ],
)
def test_a_float_in_a_report_is_refused_as_saving_refuses_it(
    text: str, place: str, value: float
) -> None:
    """House rule "Money" (floats refused everywhere): ``to_json`` refuses a float item and
    never writes a JSON number with a point or an exponent, so loading refuses one, naming
    where it is and showing it; an amount is ``{"type": "decimal", "value": "1.50"}``."""
    with pytest.raises(InvalidType, match="must be a Decimal, not a float"):
        serial.to_json([value])
    with pytest.raises(InvalidInput) as info:
        serial.from_json(text)
    assert str(info.value).startswith(f"text: {place}: number: must not be a float")
    assert info.value.value == value
    assert str(info.value).endswith(f"(got {value!r})")
    with pytest.raises(InvalidInput, match=r"^document: value\[0\]: number: must not be a float"):
        serial.from_dict(_list_document(0.5))
    amounts = [Decimal("1.50"), 2]
    assert serial.from_json(serial.to_json(amounts)) == amounts  # as saving writes them


def test_a_bare_array_in_a_report_is_refused() -> None:
    """A collection item is written ``{"type": "list", ...}`` (or ``"tuple"``), never as a
    bare array: loading reads what saving writes, and nothing else."""
    with pytest.raises(InvalidInput, match=r'^text: value\[0\]: array: must be \{"type": "list"'):
        serial.from_json('{"custops":1,"type":"list","value":[[1]]}')
    assert serial.from_json('{"custops":1,"type":"list","value":[{"type":"tuple","value":[1]}]}')


# --------------------------------------------------------------------------- expect


@pytest.mark.parametrize(
    "report", [[CARD, 1], (CARD, "备注"), {"C1": CARD.check(on=dt.date(2025, 6, 1))}]
)
def test_expect_takes_the_collections_to_json_writes(report: Any) -> None:
    """R-VIP-09 card checks in a report: ``expect=list`` (``tuple``, ``dict``) reads a report
    document of that collection and refuses another, as ``expect=Card`` does a card's."""
    cls = type(report)
    assert serial.from_json(serial.to_json(report), expect=cls) == report
    assert serial.from_dict(serial.to_dict(report), expect=cls) == report
    other = dict if cls is not dict else list
    with pytest.raises(InvalidInput, match=rf"^text: is not a document of {other.__name__} "):
        serial.from_json(serial.to_json(report), expect=other)
    with pytest.raises(InvalidInput, match=rf"^text: is not a document of {cls.__name__} "):
        serial.from_json(serial.to_json(CARD), expect=cls)


def test_expect_refuses_a_class_that_is_no_document() -> None:
    """``expect`` is a stored class or one of the three collections; ``set`` is neither."""
    with pytest.raises(InvalidType, match=r"^expect: is not a value .* or a list, tuple or dict"):
        serial.from_json(serial.to_json([1]), expect=set)


# --------------------------------------------------------------------------- nesting


def test_a_collection_that_contains_itself_is_refused_naming_it() -> None:
    """House rule "Errors": a list or dict that contains itself has no document; it is
    refused naming the argument (``value``, or the place of the inner one) and saying so,
    never Python's RecursionError."""
    looped: list[Any] = []
    looped.append(looped)
    mapping: dict[str, Any] = {}
    mapping["self"] = mapping
    inner: list[Any] = [1]
    inner.append((inner,))
    cases = [
        (looped, "value", "value[0]"),
        (mapping, "value", "value['self']"),
        ([CARD, inner], "value[1]", "value[1][1][0]"),
    ]
    for value, argument, place in cases:
        for write in (serial.to_json, serial.to_dict):
            with pytest.raises(InvalidInput) as info:
                write(value)
            assert info.value.argument == argument
            assert (
                info.value.problem == f"contains itself (as {place}), which a document cannot hold"
            )


def test_nesting_beyond_the_documented_limit_is_refused_saving_and_loading() -> None:
    """Collections nest up to ``serial.MAX_NESTING`` deep (docs/serial.md); one more level is
    refused by ``to_json`` and by ``from_json``, naming where it is."""
    deepest = _nested(serial.MAX_NESTING)
    assert serial.from_json(serial.to_json(deepest)) == deepest
    with pytest.raises(InvalidInput, match=r"^value: nests lists, tuples and dicts more than 100"):
        serial.to_json(_nested(serial.MAX_NESTING + 1))
    text = serial.to_json(deepest).replace('"value":[1]', '"value":[{"type":"list","value":[1]}]')
    with pytest.raises(InvalidInput, match=r"^text: value(\[0\]){100}: list: nests lists, tuples"):
        serial.from_json(text)


_LEAVES = st.one_of(
    testing.periods(),
    testing.cards(),
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=4),
    st.decimals(allow_nan=True, places=2),
    st.floats(allow_nan=False),
    st.datetimes(timezones=st.none() | st.just(dt.timezone.utc)),
)


@st.composite
def _nestings(draw: st.DrawFn) -> Any:
    """Lists, tuples and dicts of custops values (floats, NaN amounts and naive instants
    among them), now and then wrapped deeper than the limit or made to contain itself."""
    value = draw(
        st.recursive(
            _LEAVES,
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.lists(inner, max_size=3).map(tuple)
                | st.dictionaries(st.text(max_size=3), inner, max_size=3)
            ),
            max_leaves=8,
        )
    )
    value = [value]
    for _ in range(draw(st.sampled_from([0, 0, 0, serial.MAX_NESTING - 2, serial.MAX_NESTING]))):
        value = [value]
    if draw(st.booleans()):
        value.append(value)
    return value


def _shape(item: Any) -> Any:
    if isinstance(item, (list, tuple)):
        return (type(item), [_shape(x) for x in item])
    if isinstance(item, dict):
        return (dict, {k: _shape(v) for k, v in item.items()})
    return (type(item), item)


@SOME
@given(_nestings())
def test_property_a_nesting_of_values_round_trips_or_is_refused(value: Any) -> None:
    """Invariant (house rule "Errors"): any nesting of lists, tuples and dicts of custops
    values either comes back exactly (each collection of its type, each item equal and of
    its class) or is refused with a CustopsError, never another exception."""
    refused = _refusal(serial.to_json, value)
    if refused is not None:
        assert str(refused.argument).startswith("value")
        with pytest.raises(CustopsError):
            serial.to_dict(value)
        return
    text = serial.to_json(value)
    assert _shape(serial.from_json(text)) == _shape(value)
    assert _shape(serial.from_dict(serial.to_dict(value))) == _shape(value)


# --------------------------------------------------------------------------- tampering


@pytest.mark.parametrize(
    "text",
    [
        '{"custops":1,"type":"list","value":[NaN]}',
        '{"custops":1,"type":"list","value":[-Infinity]}',
        '{"custops":1,"type":"list","value":[' + "9" * 5000 + "]}",
        '{"custops":1,"type":"list","value":[1],"value":[2]}',
        '{"custops":1,"type":"periods.Period","value":{"count":1,"count":-1,"unit":"days"}}',
        '\ufeff{"custops":1,"type":"list","value":[1]}',
        b'\xef\xbb\xbf{"custops":1,"type":"list","value":[1]}',
        b'{"custops":1,"type":"list","value":["\xff"]}',
        '{"custops":1,"type":"periods.Period","value":{"count":[1],"unit":"days"}}',
        '{"custops":1,"type":"periods.Period","value":{"count":1e400,"unit":"days"}}',
        '{"custops":1,"type":"list","value":' + "[" * 5000 + "]" * 5000 + "}",
    ],
)
def test_a_document_json_allows_but_custops_does_not_write_is_refused(text: Any) -> None:
    """House rule "Errors": what ``to_json`` never writes (NaN, an integer of more digits
    than Python reads, a key twice — JSON leaves its meaning open —, a byte-order mark,
    bytes that are not UTF-8, a wrong type in a known field, nesting deeper than Python
    reads) is an InvalidInput naming ``text``, never another exception."""
    with pytest.raises(InvalidInput) as info:
        serial.from_json(text)
    assert info.value.argument == "text"
    assert str(info.value).startswith("text: ")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
_TAGS = [
    "list",
    "tuple",
    "dict",
    *(serial.tag_of(cls) for cls in (Period, Card, Target, Clock, Ledger, Purchase)),
]
_STORED = st.one_of(
    testing.periods(), testing.cards(), testing.purchases(), testing.targets(), testing.ledgers()
)


@st.composite
def _tampered(draw: st.DrawFn) -> dict[str, Any]:
    """A document of a stored value (or of a report of them) with one part replaced by any
    JSON value, or a document whose value is any JSON value under a known tag."""
    if draw(st.booleans()):
        return {"custops": 1, "type": draw(st.sampled_from(_TAGS)), "value": draw(_JSON)}
    stored = draw(_STORED | st.lists(_STORED, max_size=2))
    document = serial.to_dict(stored)
    node: Any = document
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return document
        key = draw(st.sampled_from(keys))
        child = node[key]
        if not isinstance(child, (dict, list)) or draw(st.integers(0, 3)) == 0:
            node[key] = draw(_JSON)
            return document


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(_tampered())
def test_property_any_json_document_loads_or_is_refused_changing_nothing(
    document: dict[str, Any],
) -> None:
    """Invariant (house rule "Errors", a failed call changes nothing): whatever JSON a
    document holds, ``from_json`` and ``from_dict`` give a value or raise a CustopsError
    naming their argument, and a refused ``from_dict`` leaves the document as it was."""
    text = json.dumps(document, ensure_ascii=False)  # NaN and Infinity as JS literals
    before = copy.deepcopy(document)
    for load, given_value, argument in (
        (serial.from_json, text, "text"),
        (serial.from_dict, document, "document"),
    ):
        refused = _refusal(load, given_value)
        if refused is not None:
            assert refused.argument == argument, refused
            assert str(refused).startswith(f"{argument}: ")
        assert json.dumps(document, sort_keys=True) == json.dumps(before, sort_keys=True)
