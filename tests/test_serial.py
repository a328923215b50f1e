"""Tests of custops.serial: documents, exact round trips, continuation, refusals, schemas.

Storage of values is issue 15 (item 2); the rules a loaded value keeps obeying are its
module's (R-SLA-01 clocks, R-CMP-05 cases, R-VIP-05/R-VIP-08 ledgers, R-SEC-03 matters,
R-DEP-01 schedules) — checked here by continuing the loaded value exactly as the original.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from cattrs.fns import identity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from calendar_checks import counting_builds
from custops import serial, testing
from custops.complaints import Case, Complaint, classify, statistics
from custops.deposits import Claim, refund_schedule
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.i18n import language, stray_words
from custops.moveout import Charge, Damage, MoveOutCase, settle
from custops.periods import Period
from custops.purchasing import CostLimit, cost_contract
from custops.secrecy import HQ, Level, Matter, MatterKind
from custops.service import cash_announcement
from custops.sla import Clock, Target
from custops.vip import (
    Card,
    CardCheck,
    EntryKind,
    Holder,
    Ledger,
    Line,
    Purchase,
    Qualification,
    VipPolicy,
    qualify,
    quote,
)
from custops.vip.cards import no_card

SH = ZoneInfo("Asia/Shanghai")
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "docs" / "schema"
FAST = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))


def roundtrip(value: Any) -> Any:
    """Through JSON text and through the dict form; both must give an equal value."""
    via_json = serial.from_json(serial.to_json(value))
    via_dict = serial.from_dict(json.loads(json.dumps(serial.to_dict(value))))
    assert via_json == value
    assert via_dict == value
    assert json.loads(serial.to_json(value)) == serial.to_dict(value)
    assert type(via_json) is type(value)
    return via_json


def a_clock() -> Clock:
    target = Target("reply", Period.parse("24小时"))
    at = dt.datetime(2025, 10, 9, 9, tzinfo=SH)
    return (
        Clock.start(at, target)
        .pause(at + dt.timedelta(hours=3))
        .resume(at + dt.timedelta(hours=5), note="客户回电")
    )


def a_matter() -> Matter:
    return Matter(
        "M-1",
        Level.SECRET,
        MatterKind.CONTRACT,
        owner=HQ,
        classified_on=dt.date(2024, 3, 1),
        ends_on=None,
        person_ids=frozenset({"zhang", "li", "wang"}),
    )


def a_ledger() -> Ledger:
    card = Card.issue("VIP-1", Holder("C1", "王芳"), on=dt.date(2024, 1, 1))
    led = Ledger(card).earn(dt.date(2024, 1, 2), "1250.50", "S1")
    led = led.redeem(dt.date(2024, 1, 5), 5, "保温杯")
    led, _ = led.reverse(dt.date(2024, 1, 6), "S1", amount="300")
    return led


# --------------------------------------------------------------------------- documents


def test_document_shape_and_scalar_forms() -> None:
    """Version, tag, instants with offset and zone key, money as decimal strings."""
    doc = serial.to_dict(a_clock())
    assert doc["custops"] == serial.SCHEMA_VERSION == 1
    assert doc["type"] == "sla.Clock"
    assert doc["value"]["events"][0]["at"] == "2025-10-09T09:00:00+08:00[Asia/Shanghai]"
    assert doc["value"]["events"][2]["note"] == "客户回电"
    assert doc["value"]["calendar"]["zone"] == "Asia/Shanghai"
    assert doc["value"]["target"]["warnings"] == ["0.5", "0.75"]
    assert json.loads(serial.to_json(a_clock())) == doc


def test_money_enums_and_sets() -> None:
    """R-VIP-05: money as decimal strings; enums by value; frozensets sorted."""
    doc = serial.to_dict(a_ledger())["value"]
    assert doc["entries"][0]["paid"] == "1250.50"
    assert doc["entries"][0]["kind"] == "earn"
    matter = serial.to_dict(a_matter())["value"]
    assert matter["person_ids"] == ["li", "wang", "zhang"]
    assert matter["level"] == "secret"


def test_timedelta_and_status_results() -> None:
    """A result with timedeltas (R-SLA-01 status) keeps them exactly, in microseconds."""
    status = a_clock().status(at=dt.datetime(2025, 10, 10, 9, 0, 0, 7, tzinfo=SH))
    doc = serial.to_dict(status)["value"]
    assert doc["elapsed"] == int(status.elapsed / dt.timedelta(microseconds=1))
    assert roundtrip(status) == status


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(1, 3), "1/3"),
        (dt.timedelta(days=-1, microseconds=5), -86_399_999_995),
        (Decimal("12.50"), "12.50"),
        (ZoneInfo("Europe/Berlin"), "Europe/Berlin"),
        (dt.time(9, 30), "09:30:00"),
        (dt.datetime(2025, 1, 1, 9, tzinfo=dt.timezone.utc), "2025-01-01T09:00:00+00:00"),
    ],
)
def test_scalar_forms_are_exact(value: Any, text: Any) -> None:
    """Each scalar form, and its way back (also inside an untyped field)."""
    conv = serial._converter()
    assert conv.unstructure(value, unstructure_as=type(value)) == text
    assert conv.structure(text, type(value)) == value
    tagged = serial._any_out(conv, value)
    assert serial._any_in(conv, json.loads(json.dumps(tagged)), "data") == value


def test_tags_resolve_back() -> None:
    assert serial.tag_of(Ledger) == "vip.Ledger"
    assert serial.tag_of(Case) == "complaints.Case"
    with pytest.raises(InvalidType, match=r"value: is not a value custops\.serial stores"):
        serial.to_dict(Decimal("1"))


def test_shared_fragments_do_not_leak() -> None:
    """to_json reuses the text of a shared calendar; two clocks stay distinct."""
    one, two = a_clock(), a_clock().stop(dt.datetime(2025, 10, 9, 18, tzinfo=SH))
    assert serial.from_json(serial.to_json(one)) == one
    assert serial.from_json(serial.to_json(two)) == two
    assert serial.to_json(one) != serial.to_json(two)


# --------------------------------------------------------------------------- round trips


@FAST
@given(st.one_of(testing.calendars(), testing.business_hours(), testing.periods()))
def test_roundtrip_time_values(value: Any) -> None:
    roundtrip(value)


@FAST
@given(st.one_of(testing.holders(), testing.cards(), testing.purchases(), testing.lines()))
def test_roundtrip_vip_values(value: Any) -> None:
    roundtrip(value)


@FAST
@given(testing.vip_policies())
def test_roundtrip_vip_policies(value: Any) -> None:
    roundtrip(value)


@FAST
@given(st.one_of(testing.persons(), testing.matters(), testing.claims(), testing.targets()))
def test_roundtrip_secrecy_deposit_sla_values(value: Any) -> None:
    """R-SEC-03 extensions and R-DEP-03 claims survive the trip."""
    roundtrip(value)


@FAST
@given(testing.complaints())
def test_roundtrip_complaints(value: Any) -> None:
    roundtrip(value)


@FAST
@given(testing.ledgers(policies=testing.vip_policies()))
def test_roundtrip_ledgers(ledger: Ledger) -> None:
    roundtrip(ledger)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(testing.ledgers(policies=testing.vip_policies(), max_operations=20))
def test_roundtrip_ledgers_of_every_operation(ledger: Ledger) -> None:
    """R-VIP-05, R-VIP-10, R-VIP-12, R-VIP-02: a ledger drawn with an opening balance, corrected
    and replaced cards, returns once the card has expired and a closing entry comes back
    equal, its entries and its answers the same; on the day of its last entry its balance is
    the sum of its entries, and a closed ledger's is 0 (its points followed the new card)."""
    loaded = roundtrip(ledger)
    assert loaded.entries == ledger.entries
    assert (loaded.card, loaded.replaced_by) == (ledger.card, ledger.replaced_by)
    day = ledger.last_event_on or ledger.card.issued_on
    balance = loaded.valid_points(on=day)
    assert balance == ledger.valid_points(on=day) == sum(e.points for e in loaded.entries)
    assert (loaded.carry, loaded.points_owed) == (ledger.carry, ledger.points_owed)
    assert loaded.lifetime_points == ledger.lifetime_points
    if ledger.replaced_by is not None:
        assert balance == loaded.points_owed == 0
        assert loaded.entries[-1].kind is EntryKind.REPLACE


def test_ledgers_draw_every_operation() -> None:
    """``testing.ledgers()`` reaches every kind of entry, the newer operations included: an
    opening balance, a corrected card (R-VIP-02), a replacement (R-VIP-12) and a closed
    ledger, and a return once the card has expired (R-VIP-10); ``allow_closed=False`` never
    closes a ledger."""
    seen: set[object] = set()

    @settings(max_examples=300, database=None, deadline=None)
    @given(testing.ledgers(policies=testing.vip_policies(), max_operations=20))
    def draw(ledger: Ledger) -> None:
        seen.update(e.kind for e in ledger.entries)
        if ledger.replaced_by is not None:
            seen.add("closed")
        end = ledger.card.last_valid_on
        if any(e.kind is EntryKind.REVERSE and e.on > end for e in ledger.entries):
            seen.add("reverse after expiry")

    draw()
    assert seen == {*EntryKind, "closed", "reverse after expiry"}

    @settings(max_examples=40, database=None, deadline=None)
    @given(testing.ledgers(allow_closed=False))
    def never_closed(ledger: Ledger) -> None:
        assert ledger.replaced_by is None

    never_closed()


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(testing.cases(max_events=6))
def test_roundtrip_cases(case: Case) -> None:
    roundtrip(case)


def _custops_values(value: Any) -> list[Any]:
    """The custops values inside what a strategy drew (tuples and pairs flattened)."""
    if isinstance(value, (tuple, list)):
        return [v for item in value for v in _custops_values(item)]
    if attrs.has(type(value)) and type(value).__module__.startswith("custops."):
        return [value]
    return []


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_strategy_of_custops_testing_roundtrips(data: st.DataObject) -> None:
    """Whatever custops.testing draws — including strategies added later — round-trips."""
    drawn = 0
    for name in testing.__all__:
        make = getattr(testing, name)
        if not callable(make):
            continue
        try:
            strategy = make()
        except (TypeError, CustopsError):  # needs an argument (case_events(case)), or scalar
            continue
        if not isinstance(strategy, SearchStrategy):
            continue
        for value in _custops_values(data.draw(strategy, label=name)):
            roundtrip(value)
            drawn += 1
    assert drawn >= 15


def _storable_classes() -> list[type]:
    """Every public attrs class custops.serial stores: each one it gives a tag to."""
    import importlib
    import pkgutil

    import custops

    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and attrs.has(obj):
                try:
                    found[serial.tag_of(obj)] = obj
                except InvalidType:
                    continue  # not stored alone (a generic: Tally)
    return [found[tag] for tag in sorted(found)]


def _field_types(tp: Any, seen: set[Any]) -> list[Any]:
    """The types the fields of ``tp`` hold, all the way down (a generic's item type given)."""
    if tp in seen:
        return []
    seen.add(tp)
    if serial._is_custops_attrs(tp):
        if tp is Ledger:  # stored by its own hook: its card, policy, entries and purchases
            return [t for f in serial._ledger_fields() for t in _field_types(f.type, seen)]
        return [t for _f, ft in serial._typed_fields(tp) for t in _field_types(ft, seen)]
    if serial._is_class_of(tp):
        return [tp]
    args = [a for a in getattr(tp, "__args__", ()) if a is not Ellipsis]
    if args and (serial._is_union(tp) or serial._is_tuple(tp) or serial._is_frozenset(tp)):
        return [t for a in args for t in _field_types(a, seen)]
    return [tp]


def test_every_field_of_every_stored_class_is_written_as_json() -> None:
    """docs/serial.md: every public value is stored.  No field of a stored class, however
    deep (a ``Tally`` inside a ``CaseStatistics``), holds a type that reaches the JSON text
    unconverted: a JSON scalar or a type serial writes itself (a class by its tag)."""
    conv = serial._converter()
    plain = {str, int, float, bool, type(None), Any}
    classes = _storable_classes()
    assert len(classes) >= 100
    seen: set[Any] = set()
    unwritten = {
        repr(tp)
        for cls in classes
        for tp in _field_types(cls, seen)
        if tp not in plain and conv.get_unstructure_hook(tp) is identity
    }
    assert unwritten == set()


def test_R_CMP_14_a_case_review_is_stored() -> None:
    """R-CMP-14: a review (a CaseStatistics and the tallies it holds) round-trips; each
    tally keeps its enumeration by its tag, so a loaded tally reads any spelling of a key."""
    from custops.complaints import Complaint

    asked = Complaint(
        received_at=dt.datetime(2025, 10, 13, 9, tzinfo=SH),
        channel="电话",
        content="请问几点开门",
        complainant="A",
    )
    review = statistics([Case.open(asked, "客户关系顾问", policy="tobacco")])
    doc = _doc(review)
    assert doc["value"]["by_kind"] == {
        "counts": [[None, 1]],
        "key_enum": {"class": "complaints.Kind"},
    }
    assert doc["value"]["by_channel"]["counts"] == [["phone", 1]]
    loaded = roundtrip(review)
    assert loaded.by_channel["phone"] == loaded.by_channel["电话"] == 1
    assert loaded.by_kind.key_enum is review.by_kind.key_enum
    doc["value"]["by_kind"]["key_enum"] = {"class": "complaints.Category"}
    assert refused(doc) == (
        "document: value: by_kind: must count by Kind, not by Category (got Tally(counts=((None, "
        "1),), key_enum=<enum 'Category'>))"
    )
    doc = _doc(review)
    doc["value"]["by_stage"]["extra"] = 1
    assert (
        refused(doc) == "document: value.by_stage: Tally: has unknown fields: extra (got ['extra'])"
    )
    doc = _doc(review)
    doc["value"]["by_channel"]["counts"] = [["fax", 1]]
    assert refused(doc).startswith(
        "document: value.by_channel.counts[0][0]: Channel: is not the value"
    )
    schema = serial.json_schema(type(review))
    assert schema["$defs"]["complaints.CaseStatistics"]["properties"]["by_kind"] == {
        "$ref": "#/$defs/complaints.Tally[complaints.Kind]"
    }


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(testing.cases(max_events=6), max_size=3, unique_by=lambda case: case.complaint))
def test_property_R_CMP_14_every_review_round_trips(cases: list[Case]) -> None:
    """Invariant (R-CMP-14): the review of any cases is stored and loaded back equal, every
    tally keeping its counts and its enumeration."""
    review = statistics(cases)
    loaded = roundtrip(review)
    for name in ("by_kind", "by_category", "by_channel", "by_department", "by_stage"):
        tally = getattr(loaded, name)
        assert tally.as_dict() == getattr(review, name).as_dict()
        assert tally.key_enum is getattr(review, name).key_enum is not None
        assert tally.count == review.case_count


def test_R_VIP_09_R_VIP_10_a_report_of_many_results_is_one_document() -> None:
    """A list, tuple or dict (``str`` keys) of stored values is one document whose ``type``
    is ``"list"``, ``"tuple"`` or ``"dict"`` (docs/serial.md, "A report of many results"),
    loaded back as the same collection: here the R-VIP-09/R-VIP-10 card checks of a day."""
    card = Card.issue("VIP-1", Holder("C1", "王芳"), on=dt.date(2025, 1, 1))
    day = dt.date(2025, 6, 1)
    checks = {"C1": card.check(on=day), "C2": card.check("C2", on=day)}
    document = serial.to_dict(checks)
    assert (document["custops"], document["type"]) == (1, "dict")
    assert document["value"]["C2"]["type"] == "vip.CardCheck"
    assert document["value"]["C2"]["value"]["card_status"] == "not_holder"
    loaded = roundtrip(checks)
    assert [c.rule for c in loaded.values()] == ["R-VIP-10", "R-VIP-09"]
    report = [card, (Decimal("1.50"), day, None, "备注", 3), [], {}]
    assert roundtrip(report) == report
    assert type(roundtrip(tuple(report))) is tuple
    assert type(serial.from_json(serial.to_json(report))[1]) is tuple  # as it was given


@pytest.mark.parametrize(
    ("value", "argument", "problem"),
    [
        ([Period.parse("2小时"), object()], "value[1]", "is not a value custops.serial stores"),
        ({"a": [1, 0.5]}, "value['a'][1]", "must be a Decimal, not a float; floats are inexact"),
        ({1: Period.parse("2小时")}, "value", "a key must be a str, not an int"),
    ],
)
def test_a_collection_item_serial_does_not_store_is_refused_by_its_place(
    value: Any, argument: str, problem: str
) -> None:
    """An item of a list or dict that cannot be stored is refused naming its place."""
    for write in (serial.to_json, serial.to_dict):
        with pytest.raises(InvalidType) as caught:
            write(value)
        assert caught.value.argument == argument
        assert caught.value.problem.startswith(problem)


def test_a_tampered_collection_document_is_refused_where_it_is() -> None:
    """A collection document is checked item by item, each through its constructor."""
    bad = {"type": "periods.Period", "value": {"count": -1, "unit": "days"}}
    document = {"custops": 1, "type": "dict", "value": {"a": {"type": "tuple", "value": [bad]}}}
    with pytest.raises(InvalidInput, match=r"^document: value\['a'\]\[0\]: count: must be"):
        serial.from_dict(document)
    with pytest.raises(InvalidInput, match=r"^text: value: list: must be an array, not an object"):
        serial.from_json('{"custops":1,"type":"list","value":{}}')
    with pytest.raises(InvalidInput, match=r"^text: is not a document of Card \(got 'list'\)"):
        serial.from_json(serial.to_json([]), expect=Card)


_STORED = st.one_of(testing.cards(), testing.periods(), testing.purchases(), testing.targets())
_ITEMS = st.recursive(
    st.one_of(_STORED, st.none(), st.integers(), st.text(max_size=5), st.dates()),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@FAST
@given(st.one_of(st.lists(_ITEMS, max_size=4), st.dictionaries(st.text(max_size=5), _ITEMS)))
def test_property_a_collection_of_stored_values_round_trips(value: Any) -> None:
    """Invariant: a list, tuple or dict of stored values (and of JSON scalars, dates and
    such collections) comes back equal, each collection of the type it was given."""

    def shape(item: Any) -> Any:
        if isinstance(item, (list, tuple)):
            return (type(item), [shape(x) for x in item])
        if isinstance(item, dict):
            return (dict, {k: shape(v) for k, v in item.items()})
        return type(item)

    assert shape(roundtrip(value)) == shape(value)


def test_roundtrip_schedule_and_classification() -> None:
    """R-DEP-01 schedules and a classifier result (floats kept exactly)."""
    schedule = refund_schedule(
        peak="1000000",
        balance="800000",
        announced_on=dt.date(2025, 10, 31),
        claims=[Claim("1200", "会员管理费欠款", on=dt.date(2025, 11, 3))],
    )
    roundtrip(schedule)
    roundtrip(schedule.policy)
    result = classify("你们的客服态度太差了，我要投诉，必须赔偿")
    assert roundtrip(result).confidence == result.confidence


# --------------------------------------------------------------------------- continuation


@st.composite
def clocks(draw: st.DrawFn) -> tuple[Clock, list[tuple[str, dt.datetime]]]:
    target = draw(testing.targets(["minutes", "hours", "days", "workdays"], max_count=30))
    start = draw(testing.aware_datetimes(dt.date(2019, 1, 1), dt.date(2022, 12, 31)))
    steps = draw(st.lists(st.sampled_from(["pause", "resume", "stop", "restart"]), max_size=4))
    gaps = draw(st.lists(st.integers(0, 3000), min_size=len(steps) + 1, max_size=len(steps) + 1))
    start += dt.timedelta(minutes=gaps[0])
    at = start
    plan = []
    for step, gap in zip(steps, gaps[1:], strict=True):
        at = at + dt.timedelta(minutes=gap)
        plan.append((step, at))
    return Clock.start(start, target), plan


def _advance(clock: Clock, step: str, at: dt.datetime) -> Clock | None:
    try:
        result: Clock = getattr(clock, step)(at)
    except CustopsError:
        return None
    return result


@FAST
@given(clocks(), st.integers(0, 5000))
def test_loaded_clock_continues_exactly(drawn: Any, later: int) -> None:
    """R-SLA-01: a clock saved after any step goes on exactly as the original."""
    clock, plan = drawn
    for step, at in plan:
        loaded = serial.from_json(serial.to_json(clock))
        assert loaded == clock
        nxt, nxt_loaded = _advance(clock, step, at), _advance(loaded, step, at)
        assert nxt == nxt_loaded
        if nxt is None:
            break
        clock = nxt
    when = clock.events[-1].at + dt.timedelta(minutes=later)
    assert serial.from_json(serial.to_json(clock)).status(at=when) == clock.status(at=when)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_loaded_case_continues_exactly(data: st.DataObject) -> None:
    """R-CMP-05: a case reloaded mid-way accepts the same next event with the same result."""
    case = data.draw(testing.cases(max_events=5))
    loaded = serial.from_json(serial.to_json(case))
    if case.allowed_events():
        event = data.draw(testing.case_events(case))
        case, loaded = case.apply(event), loaded.apply(event)
        assert loaded == case
    at = case.events[-1].at + dt.timedelta(hours=30)
    assert loaded.status(at=at) == case.status(at=at)


def test_a_major_case_keeps_its_grounds_and_reads_in_any_language_R_CMP_07() -> None:
    """A case stores no sentence of custops': a major complaint's classification keeps its
    severity grounds (criteria, words, figures), so the loaded case explains itself in the
    language of whoever reads it; grounds that do not fit their criterion are refused."""
    received = dt.datetime(2025, 10, 10, 17, 59, tzinfo=SH)
    c = Complaint(
        received_at=received,
        channel="400热线",
        content="新车刹车失灵差点出事故，再不处理我就找电视台曝光",
        complainant="周先生",
        claimed_loss="20000",
    )
    with language("zh_CN"):
        case = Case.open(c, "客户关系顾问", policy="dealer").classify(
            received, "客户关系经理", note="客户情绪激动"
        )
    text = serial.to_json(case)
    loaded = serial.from_json(text)
    assert loaded == case
    assert loaded.events[-1].get("severity_grounds") == case.events[-1].get("severity_grounds")
    assert loaded.events[-1].note == "客户情绪激动"
    for code in ("en_US", "zh_CN"):
        with language(code):
            status = loaded.status(at=received).reason
            assert status == case.status(at=received).reason
            assert stray_words(status) == ()
    with language("en_US"):
        assert loaded.severity_reason.startswith(
            "major: claimed loss (20000.00 yuan claimed, at least 10000.00 yuan); safety"
        )
    doc = json.loads(text)
    classified = doc["value"]["events"][1]["data"]
    grounds = next(value for name, value in classified if name == "severity_grounds")
    grounds[0][1][1] = [grounds[0][1][1][0]]  # the loss without its threshold
    with pytest.raises(InvalidInput, match=r"loss takes 2 figures, not 1"):
        serial.from_dict(doc)


@FAST
@given(
    testing.ledgers(policies=testing.vip_policies(), allow_closed=False),
    st.integers(0, 400),
    st.integers(0, 5000),
)
def test_loaded_ledger_continues_exactly(ledger: Ledger, days: int, paid: int) -> None:
    """R-VIP-05, R-VIP-08: the same purchase, redemption and expiry on both ledgers."""
    loaded = serial.from_json(serial.to_json(ledger))
    day = (ledger.last_event_on or ledger.card.issued_on) + dt.timedelta(days=days)
    assert loaded.valid_points(on=day) == ledger.valid_points(on=day)
    if day <= ledger.card.last_valid_on:
        ledger = ledger.earn(day, Decimal(paid), "NEXT")
        loaded = loaded.earn(day, Decimal(paid), "NEXT")
        assert loaded == ledger
        assert loaded.entries == ledger.entries
    assert (
        loaded.expire(day + dt.timedelta(days=800)).entries
        == ledger.expire(day + dt.timedelta(days=800)).entries
    )


def test_replaced_card_and_changed_policy_ledger_continues() -> None:
    """R-VIP-12 (points follow a replacement card) and a policy changed mid-history."""
    led = a_ledger()
    new_card = led.card.replace("VIP-1B", on=dt.date(2024, 3, 1))
    led = led.move_to(dt.date(2024, 3, 1), new_card)
    led = attrs.evolve(led, policy=VipPolicy(points_validity_months=6))
    led = led.earn(dt.date(2024, 3, 2), "880", "S2")
    loaded = roundtrip(led)
    day = dt.date(2024, 10, 1)
    assert loaded.expire(day).entries == led.expire(day).entries
    assert loaded.expire(day).valid_points(on=day) == led.expire(day).valid_points(on=day)


# --------------------------------------------------------------------------- refusals


def _doc(value: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(serial.to_json(value))
    return result


@pytest.mark.parametrize("value", [object(), None, dt.date(2024, 1, 1), 3])
def test_a_value_serial_does_not_store_is_refused_showing_the_value(value: Any) -> None:
    """A value of no custops class is refused naming ``value`` and showing it, as given
    (not its class)."""
    for write in (serial.to_json, serial.to_dict):
        with pytest.raises(InvalidType, match=r"^value: is not a value custops\.serial stores"):
            write(value)
        with pytest.raises(InvalidType) as caught:
            write(value)
        assert caught.value.value is value
        assert str(caught.value).endswith(f"(got {value!r})")


@pytest.mark.parametrize(
    ("purchases", "field", "value", "message"),
    [
        ([("1200", 1)], "amount", "5.00", "must be 1200.00: the net of the purchase counted"),
        ([("1200", 1)], "allowed", False, "must be True"),
        ([("1200", 1)], "rule", "R-VIP-02", "must be R-VIP-01"),
        ([("600", 1), ("500", 2)], "window_total", "1.00", "must be 1100.00"),
        ([("600", 1), ("500", 2)], "needed", "0.00", "must be 900.00: the single threshold or"),
        ([("600", 1), ("500", 2)], "cumulative_threshold", "1000.00", "must be more than the"),
        ([("600", 1), ("500", 2)], "single_purchase_threshold", "600.00", "must be more than"),
        ([("600", 1), ("500", 2)], "later_paid", "5.00", "must be 0.00: nothing, with no"),
        ([("1200", 1)], "single_purchase_threshold", "1300.00", "must be at most the amount"),
        ([("1200", 1)], "largest_paid", "1100.00", "must be 1200.00: the amount of"),
        ([("1200", 1)], "largest_paid_on", None, "must be given with a largest_paid"),
        ([("600", 1), ("500", 2)], "largest_paid_on", "2025-01-03", "is after on 2025-01-02"),
        ([("1200", 1)], "later_count", -1, "later_count: must be at least 0"),
        ([("900", 1), ("900", 2), ("600", 2)], "amount", "1.00", "must be 2400.00"),
        ([("900", 1), ("900", 2), ("600", 2)], "qualify_basis", "not_qualified", "must be False"),
    ],
)
def test_R_VIP_01_a_tampered_qualification_is_refused(
    purchases: list[tuple[str, int]], field: str, value: Any, message: str
) -> None:
    """R-VIP-01: a loaded qualification adds up as ``qualify`` made it (single, cumulative,
    missed); a round trip of the untouched document is equal."""
    q = qualify(
        [Purchase(dt.date(2025, 1, day), amount) for amount, day in purchases],
        on=dt.date(2025, 1, 2),
    )
    doc = serial.to_dict(q)
    assert serial.from_dict(doc) == q
    doc["value"][field] = value
    with pytest.raises(InvalidInput, match=re.escape(message)):
        serial.from_dict(doc)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(testing.purchases(dt.date(2024, 6, 1), dt.date(2025, 6, 30)), max_size=5),
    testing.dates(dt.date(2024, 6, 1), dt.date(2025, 6, 30)),
    st.sampled_from(("zh_CN", "en_US")),
)
def test_property_R_VIP_01_a_qualification_stores_facts_and_reads_in_any_language(
    bought: list[Purchase], on: dt.date, code: str
) -> None:
    """R-VIP-01: a qualification keeps facts, no sentence: the document made under either
    language is the same, loads back equal, writes back byte for byte, and the loaded value
    words its reason in the language active when it is read."""
    bought = list({p.ref or id(p): p for p in bought}.values())  # a ref counts once
    with language(code):
        q = qualify(bought, on=on)
        text = serial.to_json(q)
    with language("zh_CN" if code == "en_US" else "en_US"):
        assert serial.to_json(qualify(bought, on=on)) == text
    loaded = serial.from_json(text, expect=Qualification)
    assert loaded == q
    assert serial.to_json(loaded) == text
    assert "reason" not in json.loads(text)["value"]
    for each in ("zh_CN", "en_US"):
        with language(each):
            assert loaded.reason == q.reason
            assert str(loaded) == str(q)


@settings(max_examples=30, deadline=None)
@given(
    testing.cards(dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
    testing.dates(dt.date(2019, 1, 1), dt.date(2028, 12, 31)),
    st.one_of(st.none(), st.just("C0099"), testing.holders()),
)
def test_property_R_VIP_09_R_VIP_10_a_card_check_round_trips(
    card: Card, on: dt.date, who: Any
) -> None:
    """R-VIP-09, R-VIP-10: a card check stores its card, presenter and day, loads back equal,
    writes back byte for byte, and reads in the active language; no card too (R-VIP-03)."""
    for check in (card.check(who, on=on), no_card(on=on)):
        text = serial.to_json(check)
        loaded = serial.from_json(text, expect=CardCheck)
        assert loaded == check
        assert serial.to_json(loaded) == text
        with language("zh_CN"):
            assert loaded.reason == check.reason
        assert loaded.reason == check.reason  # en_US, the tests' language


@pytest.mark.parametrize(
    ("presenter", "field", "value", "message"),
    [
        ("C2", "card_status", "valid", "card_status: must be not_holder"),
        ("C2", "allowed", True, "allowed: must be False"),
        ("C2", "rule", "R-VIP-10", "rule: must be R-VIP-09"),
        ("C2", "presented_by_id", None, "card_status: must be valid"),
        ("C7", "on", "2030-01-01", "card_status: must be expired"),
        ("C7", "on", "2024-01-01", "card_status: must be not_yet_valid"),
    ],
)
def test_R_VIP_09_R_VIP_10_a_tampered_card_check_is_refused(
    presenter: str, field: str, value: Any, message: str
) -> None:
    """R-VIP-09, R-VIP-10: a loaded card check's outcome is the one its card, presenter and
    day give, so its reason, worded from them, never contradicts it."""
    card = Card.issue("VIP-7", Holder("C7", "李雷"), on=dt.date(2024, 2, 29))
    doc = serial.to_dict(card.check(presenter, on=dt.date(2024, 5, 1)))
    doc["value"][field] = value
    with pytest.raises(InvalidInput, match=re.escape(message)):
        serial.from_dict(doc)
    doc = serial.to_dict(no_card(on=dt.date(2024, 5, 1)))
    doc["value"]["presented_by_id"] = "C2"
    with pytest.raises(InvalidInput, match="presented_by_id: must be null"):
        serial.from_dict(doc)


def test_unknown_version_and_tag_are_refused() -> None:
    doc = _doc(a_clock())
    with pytest.raises(InvalidInput, match=r"text: is a schema version .* \(got 2\)") as info:
        serial.from_json(json.dumps({**doc, "custops": 2}))
    assert info.value.argument == "text"
    with pytest.raises(InvalidInput, match="document: is not a known type tag"):
        serial.from_dict({**doc, "type": "sla.Clocks"})
    with pytest.raises(InvalidInput, match="document: is not a known type tag"):
        serial.from_dict({**doc, "type": "vip._State"})
    with pytest.raises(InvalidInput, match="is not a document of Ledger"):
        serial.from_dict(doc, expect=Ledger)
    with pytest.raises(InvalidInput, match="text: is not JSON"):
        serial.from_json("{")
    with pytest.raises(InvalidType, match="text: must be a str"):
        serial.from_json(42)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[]", "an array"),
        ("5", "a number"),
        ("null", "null"),
        ('"x"', "a string"),
        ("true", "a boolean"),
    ],
)
def test_json_that_is_not_an_object_is_a_wrong_value(text: str, kind: str) -> None:
    """docs/serial.md: a JSON type that does not fit is ``InvalidInput``, at the top level
    too: ``text`` is a str, the right type; its content is wrong.  ``from_dict`` of a Python
    value that is not a dict stays ``InvalidType``."""
    with pytest.raises(InvalidInput) as caught:
        serial.from_json(text)
    assert not isinstance(caught.value, InvalidType)
    assert caught.value.argument == "text"
    assert caught.value.value == text
    assert str(caught.value) == (
        f"text: must be a custops document (an object), not {kind} (got {text!r})"
    )
    with pytest.raises(InvalidInput):
        serial.from_json(text.encode())
    with pytest.raises(InvalidType, match=r"^document: must be a custops document \(an object\)"):
        serial.from_dict(json.loads(text))


def test_tampered_fields_are_refused() -> None:
    """A validator refuses; the error names the place in the document."""
    doc = _doc(a_clock())
    doc["value"]["events"][1]["at"] = "2025-10-09T08:00:00+08:00[Asia/Shanghai]"
    with pytest.raises(InvalidInput, match=r"document: value"):
        serial.from_dict(doc)
    doc = _doc(a_clock())
    doc["value"]["events"][0]["at"] = "2025-10-09T09:00:00"
    with pytest.raises(InvalidInput, match=r"value\.events.*must carry its UTC offset"):
        serial.from_dict(doc)
    doc = _doc(a_clock())
    doc["value"]["special"] = "yes"
    with pytest.raises(InvalidInput, match=r"value\.special.*must be true or false"):
        serial.from_dict(doc)
    doc = _doc(a_clock())
    doc["value"]["colour"] = "red"
    with pytest.raises(InvalidInput, match="unknown fields: colour"):
        serial.from_dict(doc)
    doc = _doc(a_clock())
    del doc["value"]["target"]
    with pytest.raises(InvalidInput, match="misses the field 'target'") as info:
        serial.from_dict(doc)
    assert info.value.value == doc["value"]  # the value given, not its field names
    empty = '{"custops": 1, "type": "secrecy.Matter", "value": {}}'
    with pytest.raises(InvalidInput, match=r"misses the field 'id' \(got \{\}\)"):
        serial.from_json(empty)
    doc = _doc(a_clock())
    doc["value"]["events"][0]["kind"] = "explode"
    with pytest.raises(InvalidInput, match=r"is not the value of a EventKind member"):
        serial.from_dict(doc)


def test_version_policy_missing_defaulted_field_loads() -> None:
    """Within version 1 a field with a default may be absent (older documents load)."""
    doc = _doc(a_clock())
    del doc["value"]["events"][0]["note"]
    del doc["value"]["special"]
    assert serial.from_dict(doc) == a_clock()
    with pytest.raises(InvalidInput, match="exactly the keys"):
        serial.from_dict({**doc, "extra": 1})
    with pytest.raises(InvalidInput, match="must be the schema version"):
        serial.from_dict({**doc, "custops": "1"})


def test_money_must_be_a_decimal_string() -> None:
    doc = _doc(a_ledger())
    doc["value"]["policy"]["base_rate"] = 0.01
    with pytest.raises(InvalidInput, match="must be a decimal string"):
        serial.from_dict(doc)


def test_tampered_ledger_is_refused() -> None:
    """R-VIP-05: a ledger whose stored points contradict its entries is not loaded."""
    doc = _doc(a_ledger())
    doc["value"]["purchases"][0]["points"] += 100
    with pytest.raises(InvalidInput, match="do not add up"):
        serial.from_dict(doc)
    doc = _doc(a_ledger())
    doc["value"]["points_owed"] = 3
    with pytest.raises(InvalidInput, match="points_owed or carry"):
        serial.from_dict(doc)
    doc = _doc(a_ledger())
    doc["value"]["purchases"] = []
    with pytest.raises(InvalidInput, match="not the purchases of its entries"):
        serial.from_dict(doc)


def test_zone_must_match_offset() -> None:
    doc = _doc(a_clock())
    doc["value"]["events"][0]["at"] = "2025-10-09T09:00:00+09:00[Asia/Shanghai]"
    with pytest.raises(InvalidInput, match="does not match its zone"):
        serial.from_dict(doc)
    doc["value"]["events"][0]["at"] = "2025-10-09T09:00:00+08:00[Mars/Olympus]"
    with pytest.raises(InvalidInput, match="not a known time zone"):
        serial.from_dict(doc)


@settings(max_examples=40, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
        max_leaves=8,
    )
)
def test_any_garbage_value_is_refused_cleanly(garbage: Any) -> None:
    """Whatever sits under "value", loading raises a CustopsError or gives a valid value."""
    for cls in (Clock, Ledger, Case, Period):
        doc = {"custops": 1, "type": serial.tag_of(cls), "value": garbage}
        outcome: Any
        try:
            outcome = serial.from_dict(doc)
        except CustopsError as exc:
            outcome = exc
        assert type(outcome) is cls or (
            isinstance(outcome, InvalidInput) and outcome.argument == "document"
        )


# --------------------------------------------------------------------------- schemas


def _generator_tags() -> tuple[str, ...]:
    """The tags docs/schema/generate.py writes (one list, kept by the generator)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("schema_generate", SCHEMA_DIR / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tags: tuple[str, ...] = module.TAGS
    return tags


SCHEMA_CLASSES = _generator_tags()


def test_schema_files_are_current() -> None:
    """docs/schema/*.json are generated from the code (docs/schema/generate.py)."""
    for tag in SCHEMA_CLASSES:
        cls = serial._class_of(tag)
        assert cls is not None, tag
        path = SCHEMA_DIR / f"{tag}.json"
        stored = json.loads(path.read_text(encoding="utf-8"))
        assert stored == serial.json_schema(cls), f"regenerate {path.name}"


def test_documents_follow_their_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    values = [a_clock(), a_ledger(), a_matter(), a_clock().status(at=dt.datetime.now(SH))]
    for value in values:
        schema = serial.json_schema(type(value))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(json.loads(serial.to_json(value)), schema)
    bad = _doc(a_clock())
    bad["value"]["special"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, serial.json_schema(Clock))


def test_a_fresh_process_reads_a_ledger_R_VIP_08(tmp_path: Path) -> None:
    """R-VIP-08: a ledger written here is read back by a process that never wrote one.

    Reading may depend on state that writing sets up; only a new interpreter shows it.
    """
    import subprocess
    import sys

    led = a_ledger()
    path = tmp_path / "ledger.json"
    path.write_text(serial.to_json(led), encoding="utf-8")
    script = (
        "import sys; from pathlib import Path; from custops import serial; "
        "led = serial.from_json(Path(sys.argv[1]).read_text(encoding='utf-8')); "
        "print(serial.to_json(led))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert serial.from_json(done.stdout) == led


def test_an_enumeration_document_lists_its_keys() -> None:
    """The schema of an enumeration's document holds its keys itself (no dangling $ref)."""
    from custops.periods import Unit

    schema = serial.json_schema(Unit)
    assert schema["properties"]["value"] == {"enum": [u.value for u in Unit]}
    assert "$ref" not in json.dumps(schema)
    assert serial.from_dict(serial.to_dict(Unit.WORKDAYS)) is Unit.WORKDAYS


def test_a_policy_with_an_enumeration_attribute_is_stored() -> None:
    """An SLA policy whose extra case attribute takes an enumeration's values round-trips."""
    from custops.complaints import Kind
    from custops.sla import presets
    from custops.sla._targets import CaseAttribute

    policy = attrs.evolve(presets.dealer(), extra_attributes=(CaseAttribute("ckind", Kind),))
    doc = serial.to_dict(policy)["value"]["extra_attributes"][0]
    assert doc["values"] == {"class": "complaints.Kind"}
    assert serial.from_json(serial.to_json(policy)) == policy
    assert serial.from_dict(serial.to_dict(policy)) == policy


# --- results re-check their invariants when loaded (tampered documents refused) ---------------


DAY = dt.date(2025, 6, 3)


def a_moveout_case() -> MoveOutCase:
    return (
        MoveOutCase.open(
            "A",
            "T",
            on=DAY,
            deposits=[Charge("押金", "3000")],
            issued_pass_count=1,
            issued_key_count=1,
        )
        .receive_leasing_notice(DAY)
        .return_items(DAY + dt.timedelta(days=1), pass_count=1, key_count=1)
        .inspect(DAY + dt.timedelta(days=2), restored=True)
        .settle(DAY + dt.timedelta(days=3))
    )


def refused(doc: dict[str, Any]) -> str:
    """The message of the InvalidInput that loading ``doc`` raises."""
    with pytest.raises(InvalidInput) as info:
        serial.from_dict(doc)
    assert info.value.argument == "document"
    return str(info.value)


def test_R_MOV_02_a_tampered_settlement_is_refused() -> None:
    """R-MOV-02: refund − owed = deposits − damages − arrears; a case's settlement is that
    of its own deposits (both loaded before)."""
    case = a_moveout_case()
    assert roundtrip(case) == case
    doc = _doc(case)
    doc["value"]["settlement"]["refund"] = "99999.00"
    assert refused(doc) == (
        "document: value.settlement: refund: must be 3000.00: deposits - damages - fees - "
        "arrears, if positive (got Decimal('99999.00'))"
    )
    doc = _doc(case)
    doc["value"]["deposits"][0]["amount"] = "10"
    assert refused(doc) == (
        "document: value: settlement.deposits_total: differs from the case's own "
        "deposits_total 10.00 "
        "(got Decimal('3000.00'))"
    )
    doc = _doc(settle(deposits=[Charge("押金", "500")], arrears=[Charge("电费", "800")]))
    doc["value"]["owed"] = "-300.00"
    assert refused(doc) == "document: value: owed: must not be negative (got Decimal('-300.00'))"
    doc["value"]["owed"] = "300.001"
    assert "owed: has a fraction of a fen" in refused(doc)


def test_R_DEP_01_R_DEP_02_a_tampered_refund_schedule_is_refused() -> None:
    """R-DEP-01/02/03: the reserve is 20% of the peak, the lines add up to balance −
    claimed, every amount whole fen."""
    schedule = refund_schedule(peak="1000", balance="800", announced_on=dt.date(2025, 10, 31))
    assert roundtrip(schedule) == schedule
    doc = _doc(schedule)
    doc["value"]["lines"][0]["amount"] = "9999"
    assert refused(doc) == (
        "document: value.lines[0]: amount: must be gross 600.00 less the deductions 0.00 "
        "(got Decimal('9999'))"
    )
    doc = _doc(schedule)
    doc["value"]["reserve"] = "1"
    assert refused(doc).startswith("document: value: reserve: must be 200.00: the policy's share")
    doc = _doc(schedule)
    doc["value"]["lines"][1]["gross"] = doc["value"]["lines"][1]["amount"] = "100.00"
    assert "lines: must be the payment at the announcement and one line per tranche" in (
        refused(doc)
    )
    doc = _doc(schedule)
    doc["value"]["balance"] = "1200.00"
    assert refused(doc) == (
        "document: value: balance: must not exceed peak 1000.00 (got Decimal('1200.00'))"
    )


def test_R_DEP_03_a_deduction_must_be_of_its_claim() -> None:
    """R-DEP-03: a deduction takes part of one of the schedule's claims, at most its amount."""
    claim = Claim("50", "管理费", on=dt.date(2025, 11, 1))
    schedule = refund_schedule(
        peak="1000", balance="800", announced_on=dt.date(2025, 10, 31), claims=[claim]
    )
    doc = _doc(schedule)
    line = next(x for x in doc["value"]["lines"] if x["deductions"])
    line["deductions"][0]["amount"] = "60.00"
    assert "amount: must be more than 0 and at most the claim's 50.00" in refused(doc)
    doc = _doc(schedule)
    line = next(x for x in doc["value"]["lines"] if x["deductions"])
    line["deductions"][0]["claim_index"] = 3
    assert "claim_index: must name one of the schedule's claims (got 3)" in refused(doc)


def test_R_PUR_02_R_SVC_02_tampered_contracts_and_change_are_refused() -> None:
    """R-PUR-02: overspend = actual − limit; R-SVC-02: change = received − due."""
    contract = cost_contract(CostLimit("monthly", "100"), actual="150")
    assert roundtrip(contract) == contract
    doc = _doc(contract)
    doc["value"]["actual"] = "1.5"
    assert refused(doc) == (
        "document: value: overspend: must be 0.00: actual - limit, if positive "
        "(got Decimal('50.00'))"
    )
    doc = _doc(contract)
    doc["value"]["overspend_split"][0]["amount"] = "-1.00"
    assert "amount: must not be negative (got Decimal('-1.00'))" in refused(doc)
    cash = cash_announcement(amount_received="100", amount_due="87.5")
    assert roundtrip(cash) == cash
    doc = _doc(cash)
    doc["value"]["change"] = "20.00"
    assert refused(doc) == (
        "document: value: change: must be 12.50: amount_received - amount_due "
        "(got Decimal('20.00'))"
    )


def test_R_VIP_05_tampered_vip_results_are_refused() -> None:
    """R-VIP-05: a ledger entry's paid is whole fen and not negative; R-VIP-03/04: a quote's
    total is the sum of its lines; R-VIP-07: a card's holder was born by the issue day."""
    doc = _doc(a_ledger())
    doc["value"]["entries"][0]["paid"] = "-1234"
    assert refused(doc) == (
        "document: value.entries[0]: paid: must not be negative (got Decimal('-1234'))"
    )
    card = Card.issue("V", Holder("C1", "王", born_on=dt.date(1990, 1, 1)), on=DAY)
    q = quote([Line("100"), Line("50", 2)], card, on=DAY, ledger=Ledger(card))
    assert roundtrip(q) == q
    doc = _doc(q)
    doc["value"]["total"] = "1.00"
    assert (
        refused(doc)
        == "document: value: total: must be 180.00: the lines' sum (got Decimal('1.00'))"
    )
    doc = _doc(q)
    doc["value"]["lines"][0]["amount"] = "101.00"
    assert "amount: must not exceed the list amount 100.00" in refused(doc)
    doc = _doc(card)
    doc["value"]["holder"]["born_on"] = "2030-01-01"
    assert refused(doc).startswith(
        "document: value: holder: born on 2030-01-01, after the issue day"
    )
    led = a_ledger()
    ref, last_on = led.entries[0].ref, led.last_event_on
    assert ref is not None
    assert last_on is not None
    _, reversal = led.reverse(last_on, ref)
    doc = _doc(reversal)
    doc["value"]["points_due"] += 1
    assert "points_due: must be " in refused(doc)


@st.composite
def results(draw: st.DrawFn) -> tuple[Any, list[str]]:
    """A computed result, and the money fields of its document that its invariants tie to
    the others (changing one by a fen must be refused)."""
    kind = draw(st.sampled_from(("schedule", "settlement", "contract", "cash")))
    value: Any
    if kind == "schedule":
        peak = draw(testing.amounts(max_value=10**9))
        balance = draw(testing.amounts(max_value=peak))
        day = draw(testing.dates(dt.date(2024, 1, 1), dt.date(2025, 6, 30)))
        claims = draw(
            st.lists(
                testing.claims(day, day + dt.timedelta(days=200), max_amount=peak + 1), max_size=3
            )
        )
        value = refund_schedule(peak=peak, balance=balance, announced_on=day, claims=claims)
        return value, ["reserve", "lines.0.amount", "lines.1.gross"]
    if kind == "settlement":
        charges = st.lists(testing.amounts(min_value="0.01", max_value=10**6), max_size=3)
        value = settle(
            deposits=[Charge("押金", a) for a in draw(charges)],
            damages=[Damage("损坏", a) for a in draw(charges)],
            arrears=[Charge("欠费", a) for a in draw(charges)],
        )
        return value, ["deposits_total", "damages_total", "arrears_total", "refund", "owed"]
    if kind == "contract":
        limit, actual = (
            draw(testing.amounts(max_value=10**6)),
            draw(testing.amounts(max_value=10**6)),
        )
        value = cost_contract(CostLimit("monthly", limit), actual=actual)
        return value, ["limit_amount", "actual", "overspend", "savings"]
    due = draw(testing.amounts(min_value="0.01", max_value=10**5))  # a sale of something
    value = cash_announcement(
        amount_received=due + draw(testing.amounts(max_value=10**3)), amount_due=due
    )
    return value, ["amount_received", "amount_due", "change"]


def _at(doc: dict[str, Any], path: str) -> tuple[Any, Any]:
    where: Any = doc["value"]
    *parents, last = path.split(".")
    for part in parents:
        where = where[int(part)] if part.isdigit() else where[part]
    return where, int(last) if last.isdigit() else last


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(results(), st.data())
def test_property_results_round_trip_and_refuse_a_tampered_amount(
    drawn: tuple[Any, list[str]], data: st.DataObject
) -> None:
    """Invariant (R-DEP-01/02/03, R-MOV-02, R-PUR-02, R-SVC-02): ``load(dump(x)) == x`` for
    every computed result; a money field moved by one fen, made negative or given a fraction
    of a fen is refused with InvalidInput naming the field."""
    value, tied = drawn
    assert roundtrip(value) == value
    fields = {f.name for f in attrs.fields(type(value))} | {"amount", "gross"}
    path = data.draw(st.sampled_from(tied))
    doc = _doc(value)
    where, key = _at(doc, path)
    amount = Decimal(where[key])
    for bad in (amount + Decimal("0.01"), Decimal("-0.01") - amount, amount + Decimal("0.001")):
        where[key] = str(bad)
        named = re.match(r"document: value[^:]*: ([\w.]+): .*\(got ", refused(doc))
        assert named is not None
        assert named.group(1) in fields


def test_R_MOV_02_a_case_settlement_needs_its_inspection_and_collects_at_most_the_owed() -> None:
    """R-MOV-02: a stored case is settled only after its inspection, and what it collected
    is at most what its settlement says is owed; an open case (no settlement) loads."""
    open_case = MoveOutCase.open(
        "A", "T", on=DAY, deposits=[Charge("押金", "3000")], issued_pass_count=1, issued_key_count=1
    )
    assert roundtrip(open_case) == open_case
    owing = (
        MoveOutCase.open(
            "B",
            "T",
            on=DAY,
            arrears=[Charge("电费", "800")],
            issued_pass_count=1,
            issued_key_count=1,
        )
        .receive_leasing_notice(DAY)
        .return_items(DAY, pass_count=1, key_count=1)
        .inspect(DAY, restored=True)
        .settle(DAY, collected="100")
    )
    assert roundtrip(owing) == owing
    doc = _doc(owing)
    doc["value"]["collected"] = "900.00"
    assert refused(doc) == (
        "document: value: collected: exceeds the amount owed 800.00 (got Decimal('900.00'))"
    )
    doc = _doc(owing)
    doc["value"]["inspection"] = None
    assert "settlement: needs the inspection first" in refused(doc)


def test_R_VIP_05_a_loaded_entry_or_reversal_has_no_negative_count() -> None:
    """R-VIP-05: the debt after an entry and a reversal's counts are never negative."""
    doc = _doc(a_ledger())
    doc["value"]["entries"][0]["points_owed"] = -1
    # the one "not below 0" check of an int (custops._validate.require_int) says "at least 0"
    assert refused(doc) == "document: value.entries[0]: points_owed: must be at least 0 (got -1)"


def test_R_MOV_02_a_stored_settlement_keeps_one_rule_and_a_one_line_reason() -> None:
    """R-MOV-02 and CONTRIBUTING item 4: a stored case whose settlement's reason is two lines
    holding a rule ID, or whose rule is not a rule ID, is refused (every validator runs)."""
    doc = _doc(a_moveout_case())
    doc["value"]["settlement"]["reason"] = "line one\nline two R-MOV-01"
    assert "settlement: reason: must not contain the control character" in refused(doc)
    doc = _doc(a_moveout_case())
    doc["value"]["settlement"]["reason"] = "line two R-MOV-01"
    assert "settlement: reason: must not hold a rule ID" in refused(doc)
    doc = _doc(a_moveout_case())
    doc["value"]["settlement"]["rule"] = "not a rule"
    assert "settlement: rule: must be one rule ID" in refused(doc)


def test_R_SLA_01_loading_many_cases_builds_no_calendar_index_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-SLA-01, R-CMP-05: a stored case loads with the policy and calendar of the cases
    loaded before it — checked once per text — and replays its events on the index of working
    days already built, however many cases are loaded."""
    from custops.sla import presets

    received = dt.datetime(2025, 9, 30, 16, tzinfo=SH)
    texts = []
    for i in range(12):
        complaint = Complaint(
            received_at=received + dt.timedelta(hours=i),
            channel="电话",
            content=f"第{i}瓶酒有怪味",
            complainant="王先生",
        )
        texts.append(serial.to_json(Case.open(complaint, "客户关系顾问", policy="winery")))
    serial.from_json(texts[0])  # the first load may build what nothing built before
    built = counting_builds(monkeypatch)
    loaded = [serial.from_json(text) for text in texts]
    assert built == []
    assert len({id(case.policy) for case in loaded}) == 1  # one policy object for one text
    calendar = loaded[0].policy.sla_policy.calendar
    assert calendar == presets.WINERY.calendar
    at = received + dt.timedelta(days=3)
    assert [c.status(at=at) for c in loaded] == [
        serial.from_dict(serial.to_dict(c)).status(at=at) for c in loaded
    ]
    assert built == []
