"""A special case's flag on a target without a special period (R-SLA-09; D10 三 「特殊状况不能
超过七个工作日」): refused naming ``special`` and the target wherever the flag is given for
one target (``Target.period_for``, ``Clock``, ``Clock.as_special``, ``due``, ``due_many``,
``vector.status_many``), never answered with the ordinary period; on a desk the flag is the
case's, taken by the targets with a special period only.
"""

from __future__ import annotations

import datetime as dt
import warnings
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import testing
from custops.errors import InvalidInput
from custops.periods import Period
from custops.sla import Clock, State, Target, due, due_many, presets

SHANGHAI = ZoneInfo("Asia/Shanghai")
PLAIN = Target("resolve", "3个工作日", rule="R-SLA-09")
SPECIAL = Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09")
HINT = r"special: target 'resolve' has no special_period.*special_period=\"7 working days\""


def at(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=SHANGHAI)


def test_period_for_refuses_special_without_a_special_period_R_SLA_09() -> None:
    with pytest.raises(InvalidInput, match=HINT) as caught:
        PLAIN.period_for(special=True)
    assert caught.value.argument == "special"
    assert "presets.WINERY.target_named" in str(caught.value)
    assert PLAIN.period_for() == Period.workdays(3)
    assert SPECIAL.period_for(special=True) == Period.workdays(7)


def test_a_promised_target_refuses_the_flag_too_R_SLA_09() -> None:
    """R-SLA-09, R-SLA-12: a target promised case by case has no special period either: the
    flag is refused, not ignored; a desk's special case still schedules it by its promise."""
    promised = Target("reply", None, rule="R-SLA-12")
    with pytest.raises(InvalidInput, match=r"^special: target 'reply' has no special_period"):
        promised.period_for(special=True, promised="5个工作日")
    with pytest.raises(InvalidInput, match=r"^special: "):
        Clock.start(at(9, 7), promised, special=True, promised="5个工作日")
    assert promised.period_for(promised="5个工作日") == Period.workdays(5)


def test_clock_start_and_as_special_refuse_the_flag_R_SLA_09() -> None:
    with pytest.raises(InvalidInput, match=HINT):
        Clock.start(at(9, 7), PLAIN, special=True)
    clock = Clock.start(at(9, 7), PLAIN)
    with pytest.raises(InvalidInput, match=HINT):
        clock.as_special()
    with pytest.raises(InvalidInput, match=HINT):
        Clock(PLAIN, clock.events, special=True)
    assert clock.as_special(special=False) == clock  # going back is no special flag


def test_due_and_due_many_refuse_the_flag_R_SLA_09() -> None:
    with pytest.raises(InvalidInput, match=HINT):
        due(at(9, 7), PLAIN, special=True)
    with pytest.raises(InvalidInput, match=HINT):
        due_many([at(9, 7)], PLAIN, special=True)


def test_a_special_winery_case_is_met_at_seven_working_days_R_SLA_09() -> None:
    # received Monday 09-07, closed 09-15: late at three working days, on time at seven
    resolve = presets.WINERY.target_named("resolve")
    clock = Clock.start(at(9, 7), resolve, special=True).stop(at(9, 15))
    status = clock.status(at=at(9, 30))
    assert status.state is State.MET
    assert status.due_at == dt.datetime(2026, 9, 16, 18, tzinfo=SHANGHAI)
    plain = Clock.start(at(9, 7), resolve).stop(at(9, 15)).status(at=at(9, 30))
    assert plain.state is State.BREACHED


def test_status_many_refuses_the_flag_R_SLA_09() -> None:
    pytest.importorskip("numpy")
    from custops import vector

    with pytest.raises(InvalidInput, match=HINT):
        vector.status_many([at(9, 7)], PLAIN, at=at(9, 30), special=True)
    out = vector.status_many(
        [at(9, 7)], SPECIAL, at=at(9, 30), stopped_at=[at(9, 15)], special=True
    )
    assert out["state"] == ["met"]


def test_a_desk_gives_the_flag_only_to_targets_with_a_special_period_R_SLA_09() -> None:
    schedule = presets.WINERY.schedule(
        received_at=at(9, 7), kind="complaint", channel="phone", special=True
    )
    steps = {s.target.name: s for s in schedule.steps}
    assert steps["resolve"].due_at == dt.datetime(2026, 9, 16, 18, tzinfo=SHANGHAI)
    assert steps["reply"].due_at == at(9, 8)  # 24 hours: no special period, its own
    with pytest.raises(InvalidInput, match="special"):  # no target has one (R-SLA-09)
        presets.DEALER.schedule(
            received_at=at(9, 7), kind="complaint", channel="phone", special=True
        )


@settings(max_examples=60, deadline=None)
@given(testing.targets(), st.sampled_from([at(3, 2), at(9, 7), at(9, 30, 16)]))
def test_a_special_flag_never_keeps_the_ordinary_period_silently_R_SLA_09(
    target: Target, start: dt.datetime
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # provisional years: not what is tested here
        if target.special_period is None:
            with pytest.raises(InvalidInput, match=f"special: target {target.name!r}"):
                Clock.start(start, target, special=True)
            return
        clock = Clock.start(start, target, special=True)
    assert clock.period == target.special_period
