"""D14 四(四) limits every kind of 客户投诉 — consultations, suggestions and complaints — to
3 working days, 7 in a special case (R-SLA-09): a suggestion's promised reply (R-SLA-12) may
not end after the handling deadline; a longer promise is refused, naming the argument."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Case, Complaint
from custops.errors import InvalidInput, PolicyError
from custops.periods import Period, deadline
from custops.sla import SelectionRule, SlaPolicy, Target, presets

SH = ZoneInfo("Asia/Shanghai")
TOBACCO = presets.TOBACCO


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def _suggestion(received: dt.datetime) -> Case:
    c = Complaint(
        received_at=received, channel="电话", content="建议增加配送次数", complainant="李"
    )
    case = Case.open(c, "客户关系顾问", policy="tobacco")
    return case.classify(received, "客户关系经理", kind="建议", category="其他")


def test_R_SLA_09_R_SLA_12_a_ten_day_promise_for_a_suggestion_is_refused() -> None:
    """The check's case: received 2025-09-30 16:00, promised 10 working days (10-21) while
    D14 allows 3 (10-11)."""
    with pytest.raises(
        InvalidInput, match=r"^promised_periods\['promised_reply'\]: ends 2025-10-21"
    ):
        TOBACCO.schedule(
            received_at=at(2025, 9, 30, 16),
            kind="建议",
            promised_periods={"promised_reply": "10个工作日"},
        )
    ok = TOBACCO.schedule(
        received_at=at(2025, 9, 30, 16),
        kind="建议",
        promised_periods={"promised_reply": "3个工作日"},
    )
    assert [step.target.name for step in ok.steps] == ["promised_reply", "resolve"]
    special = TOBACCO.schedule(
        received_at=at(2025, 9, 30, 16),
        kind="建议",
        special=True,
        promised_periods={"promised_reply": "7个工作日"},
    )
    assert special.steps[0].due_at == at(2025, 10, 16, 18)
    sel = TOBACCO.select(kind="suggestion")
    with pytest.raises(InvalidInput, match=r"^promised_periods\['promised_reply'\]"):
        sel.start_clocks(at=at(2025, 9, 30, 16), promised_periods={"promised_reply": "4个工作日"})


def test_R_SLA_09_a_case_refuses_the_promise_naming_period() -> None:
    case = _suggestion(at(2025, 9, 30, 16))
    with pytest.raises(InvalidInput, match=r"^period: ends 2025-10-21 18:00\+08:00, after"):
        case.promise(at(2025, 9, 30, 17), "客户关系顾问", "10个工作日")
    kept = case.promise(at(2025, 9, 30, 17), "客户关系顾问", "2个工作日")
    assert kept.status(at=at(2025, 9, 30, 17))["promised_reply"].due_at == at(2025, 10, 10, 18)


def test_R_SLA_09_limited_by_is_checked_when_the_policy_is_built() -> None:
    with pytest.raises(PolicyError, match=r"^limited_by"):
        Target("x", "3天", limited_by="resolve")
    promised = Target("promised_reply", None, limited_by="resolve")
    resolve = Target("resolve", "3个工作日")
    with pytest.raises(PolicyError, match="without 'resolve', which limits it"):
        SlaPolicy("d", (promised, resolve), (SelectionRule("all", ("promised_reply",)),))


@settings(max_examples=40, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 10, 31)),
    st.integers(min_value=1, max_value=10),
)
def test_R_SLA_09_an_accepted_promise_never_ends_after_the_handling_deadline(
    received: dt.datetime, workdays: int
) -> None:
    """Property: a promise is accepted exactly when it ends no later than 3 working days
    from receipt, and then its deadline never passes the handling deadline."""
    received = received.replace(tzinfo=SH, microsecond=0)
    promised = Period.workdays(workdays)
    limit = deadline(received, "3个工作日")
    fits = deadline(received, promised) <= limit
    try:
        schedule = TOBACCO.schedule(
            received_at=received, kind="建议", promised_periods={"promised_reply": promised}
        )
    except InvalidInput:
        assert not fits
    else:
        assert fits
        assert schedule.steps[0].due_at is not None
        assert schedule.steps[0].due_at <= schedule.steps[1].due_at  # type: ignore[operator]


def test_R_SLA_09_every_path_a_promise_takes_is_held_to_the_limit() -> None:
    """A promise recorded by name (``record``), applied as an event (``apply``) or replayed
    from stored events is refused as :meth:`Case.promise` refuses it: no case holds a promise
    its clocks cannot read; the case is unchanged (R-SLA-09, R-SLA-12; D14 四(四))."""
    from custops.complaints import CaseEvent
    from custops.errors import IllegalTransition

    case = _suggestion(at(2025, 9, 30, 16))
    moment = at(2025, 9, 30, 17)
    with pytest.raises(InvalidInput, match=r"^period: ends 2025-10-21"):
        case.record(moment, "promise", "客户关系顾问", period="10个工作日")
    event = CaseEvent(moment, "promise", "客户关系顾问", "", {"period": "10个工作日"})
    with pytest.raises(InvalidInput, match=r"^event: ends 2025-10-21"):
        case.apply(event)
    with pytest.raises(IllegalTransition, match=r"^events: ends 2025-10-21"):
        Case(case.complaint, (*case.events, event), policy=case.policy)
    assert len(case.events) == 2  # unchanged
    kept = case.record(moment, "promise", "客户关系顾问", period="2个工作日")
    replayed = Case(kept.complaint, kept.events, policy=kept.policy)
    assert replayed.events == kept.events


def test_R_SLA_09_R_SLA_12_a_promise_after_the_limiting_deadline_names_at() -> None:
    """Once the deadline limiting the promise has passed, no period could be accepted: the
    moment is refused, an IllegalTransition naming ``at`` that says the deadline passed, as
    a late extension is, on every path; nothing changes."""
    from custops.complaints import CaseEvent
    from custops.errors import IllegalTransition

    case = _suggestion(at(2025, 9, 30, 16))  # resolve due 2025-10-11 18:00 (3 working days)
    late = at(2025, 10, 20, 10)
    passed = r"^at: the deadline of 'resolve' already passed at 2025-10-11 18:00\+08:00"
    attempts: list[Callable[[], Case]] = [
        lambda: case.promise(late, "客户关系顾问", "1小时"),
        lambda: case.record(late, "promise", "客户关系顾问", period="1小时"),
        lambda: case.apply(CaseEvent(late, "promise", "客户关系顾问", "", {"period": "1小时"})),
    ]
    for refuse in attempts:
        with pytest.raises(IllegalTransition, match=passed) as caught:
            refuse()
        assert (caught.value.argument, caught.value.value) == ("at", late)
        assert "shorter period" not in str(caught.value)
    # at the deadline itself nothing can end by it either
    with pytest.raises(IllegalTransition, match=r"^at: the deadline of 'resolve' already"):
        case.promise(at(2025, 10, 11, 18), "客户关系顾问", "1分钟")
    event = CaseEvent(late, "promise", "客户关系顾问", "", {"period": "1小时"})
    with pytest.raises(IllegalTransition, match=r"^events: the deadline of 'resolve' already"):
        Case(case.complaint, (*case.events, event), policy=case.policy)
    assert len(case.events) == 2  # unchanged
    # before the deadline a promise too long is still the period's fault
    with pytest.raises(InvalidInput, match=r"^period: ends .*promise a shorter period"):
        case.promise(at(2025, 10, 11, 17), "客户关系顾问", "2小时")


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=20 * 24 * 60), st.integers(min_value=1, max_value=72))
def test_R_SLA_09_a_refused_promise_names_at_exactly_when_the_deadline_has_passed(
    minutes: int, hours: int
) -> None:
    """Property: a promise ``hours`` long made ``minutes`` after receipt is accepted, refused
    naming ``period`` (the deadline still ahead) or refused naming ``at`` (it has passed)."""
    from custops.errors import IllegalTransition

    received = at(2025, 9, 30, 16)
    case = _suggestion(received)
    moment = received + dt.timedelta(minutes=minutes)
    limit = case.status(at=received)["resolve"].due_at
    assert limit is not None
    ends = moment + dt.timedelta(hours=hours)
    if moment >= limit:
        with pytest.raises(IllegalTransition, match=r"^at: the deadline of 'resolve'"):
            case.promise(moment, "客户关系顾问", f"{hours}小时")
    elif ends > limit:
        with pytest.raises(InvalidInput, match=r"^period: ends .*shorter period"):
            case.promise(moment, "客户关系顾问", f"{hours}小时")
    else:
        assert len(case.promise(moment, "客户关系顾问", f"{hours}小时").events) == 3
