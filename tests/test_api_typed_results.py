"""Results a service reads as a type checker types them, without a test for ``None``.

This module is user code as much as a test: plain ``mypy`` (``--strict``, which checks
``tests/``) fails when one of these results is typed ``X | None`` again, and each test
checks at run time that the value the type promises is there: an explained deadline
counted from an instant ends at an instant (R-PER-01, R-SLA-21), a schedule's step has a
due time unless its period is promised case by case and was not given (R-SLA-12), and
every error but a decision's refusal names its argument.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.decisions import Decision
from custops.errors import (
    CustopsError,
    IllegalTransition,
    InsufficientPoints,
    InvalidInput,
    InvalidType,
    PolicyError,
    Refused,
)
from custops.periods import (
    Cutoff,
    Deadline,
    Period,
    TimedDeadline,
    deadline,
    due_date,
    due_in_month,
)
from custops.service import website_reply_due
from custops.sla import SelectionRule, SlaPolicy, Target, presets
from custops.testing import aware_datetimes, periods

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SHANGHAI)


def test_an_explained_deadline_from_an_instant_has_its_due_instant_R_PER_01() -> None:
    d = deadline(AT, "3个工作日", explain=True)
    due_at: dt.datetime = d.due_at  # typed datetime: no narrowing
    start: dt.datetime = d.start
    assert type(d) is TimedDeadline
    assert (start, due_at) == (AT, dt.datetime(2025, 10, 11, 18, 0, tzinfo=SHANGHAI))  # 调休
    assert due_at.date() == d.ends_on == deadline(AT, "3个工作日").date()


def test_a_day_of_a_month_from_an_instant_has_its_due_instant_R_PER_01() -> None:
    d = due_in_month(AT, "次月2日", explain=True)  # 10-02 is National Day: 10-09
    due_at: dt.datetime = d.due_at
    assert type(d) is TimedDeadline
    assert d.period is None
    assert due_at == dt.datetime(2025, 10, 9, 18, 0, tzinfo=SHANGHAI)


def test_the_website_reply_deadline_has_its_due_instant_R_SLA_21() -> None:
    d = website_reply_due(AT, explain=True)
    due_at: dt.datetime = d.due_at
    assert type(d) is TimedDeadline
    assert due_at == dt.datetime(2025, 10, 1, 0, 0, tzinfo=SHANGHAI)


def test_a_deadline_counted_from_a_day_stays_a_deadline_without_an_instant_R_PER_01() -> None:
    for d in (
        deadline(AT.date(), "3天", explain=True),
        due_date(AT.date(), "3天", explain=True),
        due_in_month(AT.date(), "次月2日", explain=True),
    ):
        assert type(d) is Deadline
        assert d.due_at is None
        assert d.ends_on == dt.date(2025, 10, 9)


def test_a_timed_deadline_refuses_a_missing_instant_R_PER_01() -> None:
    d = deadline(AT, "24小时", explain=True)
    with pytest.raises(InvalidType, match=r"^due_at: must be a timezone-aware datetime"):
        attrs.evolve(d, due_at=None)
    with pytest.raises(InvalidType, match=r"^start: must be a timezone-aware datetime"):
        attrs.evolve(d, start=AT.date())
    assert attrs.evolve(d, reason="x") != d


#: A deadline stored before TimedDeadline was a class of its own (``deadline(AT, "24小时",
#: explain=True)``), as custops wrote it then
STORED_BEFORE = (
    '{"custops":1,"type":"periods.Deadline","value":{"start":"2025-09-30T16:00:00+08:00[A'
    'sia/Shanghai]","period":{"count":24,"unit":"hours"},"due_at":"2025-10-01T16:00:00+08'
    ':00[Asia/Shanghai]","ends_on":"2025-10-01","rule":"R-PER-01","reason":{"message":"{s'
    'tart} + {period} → {due} ({law})","fields":[["due","2025-10-01 16:00+08:00"],["law",'
    '{"type":"decisions.Wording","value":{"message":"Civil Code art. 201 ¶2","fields":[],'
    '"plural":null,"count":null}}],["period",{"type":"periods.Period","value":{"count":24'
    ',"unit":"hours"}}],["start","2025-09-30 16:00+08:00"]],"plural":null,"count":null},"'
    'reasoning":[{"message":"art. 201 ¶2: {period} runs from the exact moment {start}","f'
    'ields":[["due","2025-10-01 16:00+08:00"],["period",{"type":"periods.Period","value":'
    '{"count":24,"unit":"hours"}}],["start","2025-09-30 16:00+08:00"]],"plural":null,"cou'
    'nt":null},{"message":"{period} of elapsed time → {due}; rest days are not skipped","'
    'fields":[["due","2025-10-01 16:00+08:00"],["period",{"type":"periods.Period","value"'
    ':{"count":24,"unit":"hours"}}],["start","2025-09-30 16:00+08:00"]],"plural":null,"co'
    'unt":null}],"skipped_rest_days":[],"cutoff":null,"provisional":false}}'
)


def test_a_timed_deadline_is_stored_as_a_deadline_and_loads_as_one_R_PER_01() -> None:
    """The tag stays ``periods.Deadline`` within schema version 1: a reader of before reads it."""
    d = deadline(AT, "3个工作日", explain=True)
    assert serial.tag_of(TimedDeadline) == "periods.Deadline"
    doc = serial.to_dict(d)
    assert doc["type"] == "periods.Deadline"
    assert serial.to_json(d).startswith('{"custops":1,"type":"periods.Deadline",')
    for back in (serial.from_json(serial.to_json(d)), serial.from_dict(doc)):
        assert type(back) is TimedDeadline
        assert back == d
    assert serial.from_dict(doc, expect=Deadline) == d
    assert serial.from_dict(doc, expect=TimedDeadline) == d


def test_a_deadline_stored_before_equals_the_same_deadline_counted_today_R_PER_01() -> None:
    old = serial.from_json("".join(STORED_BEFORE), expect=TimedDeadline)
    fresh = deadline(AT, "24小时", explain=True)
    assert type(old) is TimedDeadline
    assert old == fresh
    assert len({old, fresh}) == 1
    assert serial.to_json(fresh) == "".join(STORED_BEFORE)


def test_a_deadline_counted_from_a_day_loads_as_a_deadline_R_PER_01() -> None:
    d = deadline(AT.date(), "3天", explain=True)
    back = serial.from_json(serial.to_json(d))
    assert type(back) is Deadline
    assert back == d
    with pytest.raises(InvalidInput, match=r"^text: is not a document of TimedDeadline"):
        serial.from_json(serial.to_json(d), expect=TimedDeadline)


def test_the_tag_of_a_timed_deadline_is_not_a_tag_of_its_own_R_PER_01() -> None:
    doc = serial.to_dict(deadline(AT, "3个工作日", explain=True))
    doc["type"] = "periods.TimedDeadline"
    with pytest.raises(InvalidInput, match=r"^document: is not a known type tag"):
        serial.from_dict(doc)
    assert serial.json_schema(TimedDeadline) == serial.json_schema(Deadline)


def test_a_deadline_that_ends_at_24_00_round_trips_R_PER_01_R_SLA_21() -> None:
    """A last day that ends at 24:00 is written as 00:00 of the next day (art. 203 ¶2)."""
    for d in (
        deadline(AT, "3天", cutoff="midnight", explain=True),
        website_reply_due(AT, explain=True),
    ):
        assert d.due_at.time() == dt.time(0, 0)
        assert d.due_at.date() == d.ends_on + dt.timedelta(days=1)
        assert serial.from_json(serial.to_json(d)) == d
        doc = serial.to_dict(d)
        later = d.due_at.date() + dt.timedelta(days=1)
        doc["value"]["ends_on"] = later.isoformat()  # not the day its reason counts to
        with pytest.raises(InvalidInput, match=r"ends_on: must be the day its reason ends on"):
            serial.from_dict(doc)


def test_only_a_last_day_that_ends_at_24_00_counts_to_the_next_day_R_PER_01() -> None:
    """A reason may end at 00:00 of the day after ``ends_on`` only when ``due_at`` is that
    instant (art. 203 ¶2); a deadline of a date start, or one ending at another time, is refused."""
    by_day = Deadline(
        dt.date(2025, 10, 9),
        Period.days(1),
        None,
        dt.date(2025, 10, 10),
        "R-PER-01",
        "2025-10-09 + 1天 → 2025-10-11 00:00+08:00",
        (),
    )
    timed = deadline(AT, "3个工作日", explain=True)  # ends 2025-10-11 18:00
    at_close = attrs.evolve(timed, reason=f"… → {timed.ends_on + dt.timedelta(days=1)} 00:00+08:00")
    for d in (by_day, at_close):
        with pytest.raises(InvalidInput, match=r"ends_on: must be the day its reason ends on"):
            serial.from_json(serial.to_json(d))
    at_midnight = deadline(AT, "3个工作日", cutoff="midnight", explain=True)
    assert at_midnight.due_at.time() == dt.time(0, 0)
    text = attrs.evolve(at_midnight, reason=f"… → {at_midnight.due_at:%Y-%m-%d %H:%M}+08:00")
    assert serial.from_json(serial.to_json(text)) == text


def test_explain_given_as_a_bool_is_typed_by_the_start_R_PER_01() -> None:
    """``explain=<a bool>`` from an instant is an instant or a TimedDeadline, as
    ``website_reply_due`` answers; from a day, a day or a Deadline."""
    for flag in (False, True):
        counted: dt.datetime | TimedDeadline = deadline(AT, "3个工作日", explain=flag)
        in_month: dt.datetime | TimedDeadline = due_in_month(AT, "次月2日", explain=flag)
        reply: dt.datetime | TimedDeadline = website_reply_due(AT, explain=flag)
        by_day: dt.date | Deadline = deadline(AT.date(), "3天", explain=flag)
        for answer in (counted, in_month, reply):
            due_at = answer.due_at if isinstance(answer, TimedDeadline) else answer
            assert isinstance(answer, TimedDeadline) is flag
            assert due_at.tzinfo is not None
        assert isinstance(by_day, Deadline) is flag


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=60, deadline=None)
@given(
    aware_datetimes(dt.date(2024, 1, 1), dt.date(2026, 6, 30), whole_seconds=False),
    periods(),
    st.sampled_from(Cutoff),
)
def test_a_timed_deadline_behaves_as_the_deadline_of_its_fields_R_PER_01(
    start: dt.datetime, period: Period, cutoff: Cutoff
) -> None:
    """A TimedDeadline only narrows the types of ``start`` and ``due_at``: it ends when the
    plain answer does, equals (and hashes as) the Deadline of the same fields, is stored as
    that Deadline is, and loads as a TimedDeadline again."""
    timed = deadline(start, period, cutoff=cutoff, explain=True)
    assert type(timed) is TimedDeadline
    assert timed.due_at == deadline(start, period, cutoff=cutoff)
    plain = Deadline(
        timed.start,
        timed.period,
        timed.due_at,
        timed.ends_on,
        timed.rule,
        timed.said,
        timed.said_steps,
        timed.skipped_rest_days,
        timed.cutoff,
        timed.provisional,
    )
    assert timed == plain
    assert plain == timed
    assert hash(timed) == hash(plain)
    assert serial.to_json(timed) == serial.to_json(plain)
    for back in (serial.from_json(serial.to_json(timed)), serial.from_json(serial.to_json(plain))):
        assert type(back) is TimedDeadline
        assert back == timed
    assert attrs.evolve(timed, provisional=not timed.provisional) != plain


def test_a_step_has_its_due_instant_unless_its_period_is_promised_R_SLA_12() -> None:
    schedule = presets.WINERY.schedule(received_at=AT, kind="complaint", channel="phone")
    for step in schedule.steps:
        due_at: dt.datetime = step.require_due_at()
        assert due_at == step.due_at
    reply, resolve = presets.TOBACCO.schedule(received_at=AT, kind="suggestion").steps
    assert reply.due_at is None
    with pytest.raises(InvalidInput, match=r"^promised_periods: target 'promised_reply'") as e:
        reply.require_due_at()
    assert e.value.value is None
    assert resolve.require_due_at() == dt.datetime(2025, 10, 11, 18, 0, tzinfo=SHANGHAI)
    promised = presets.TOBACCO.schedule(
        received_at=AT, kind="suggestion", promised_periods={"promised_reply": "2个工作日"}
    )
    assert promised.steps[0].require_due_at() == dt.datetime(2025, 10, 10, 18, 0, tzinfo=SHANGHAI)


def test_a_step_chained_after_a_promised_step_has_no_due_instant_R_SLA_12_R_SLA_10() -> None:
    desk = SlaPolicy(
        "desk",
        (
            Target("promised_reply", None, rule="R-SLA-12"),
            Target("feedback", "24小时", starts_after="promised_reply", rule="R-SLA-10"),
        ),
        (SelectionRule("all", ("promised_reply", "feedback")),),
    )
    promised, feedback = desk.schedule(received_at=AT).steps
    assert promised.due_at is None
    assert (feedback.started_at, feedback.due_at) == (None, None)
    with pytest.raises(InvalidInput, match=r"^promised_periods: target 'feedback' starts after"):
        feedback.require_due_at()
    given = desk.schedule(received_at=AT, promised_periods={"promised_reply": "2个工作日"})
    assert given.steps[1].require_due_at() == dt.datetime(2025, 10, 11, 18, 0, tzinfo=SHANGHAI)


def test_an_error_that_refuses_an_argument_names_it_as_a_str() -> None:
    try:
        deadline(dt.datetime(2025, 9, 30, 16, 0), "3个工作日")  # naive: no zone
    except (InvalidInput, InvalidType) as error:
        argument: str = error.argument  # typed str: no narrowing
        assert argument == "start"
    else:  # pragma: no cover
        pytest.fail("a naive start was accepted")
    for error_class in (InvalidInput, InvalidType, PolicyError, IllegalTransition):
        named: str = error_class("x: is wrong", argument="x").argument
        assert named == "x"
    short = InsufficientPoints("points: 30 > 12", points_requested=30, points_available=12)
    assert short.argument == "points"
    with pytest.raises(TypeError, match="argument"):
        InvalidInput("x: is wrong")  # type: ignore[call-arg]


def test_a_refusal_of_a_decision_names_no_argument_R_SEC_05() -> None:
    with pytest.raises(Refused) as refused:
        Decision(False, "R-SEC-05", "阅读人未经持有人指定").require()
    error: CustopsError = refused.value
    assert error.argument is None
    assert error.value is None
