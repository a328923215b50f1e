"""Exchange membership after issue 12: month arithmetic is custops._dates.add_months
and an explained deadline has one stable rule ID (R-MEM-04, R-MEM-06)."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput
from custops.exchange import (
    ExchangePolicy,
    InactivityCounting,
    change_report_due,
    revocation_due_to_inactivity,
)
from custops.i18n import language


def test_R_MEM_04_explained_deadline_has_one_rule_id() -> None:
    """R-MEM-04 (CONTRIBUTING item 4): ``rule`` is the one stable ID, the reason holds no
    rule ID, and the first step states article 10."""
    d = change_report_due(dt.date(2025, 9, 26), explain=True)
    assert d.rule == "R-MEM-04"
    assert "R-" not in d.reason
    assert "\n" not in d.reason
    assert d.reasoning[0].startswith("R-MEM-04 (article 10): a member reports the change")
    assert str(d).startswith("deadline (R-MEM-04): 2025-09-26 + ")


def _old_met_on(last: dt.date, months: int, counting: InactivityCounting) -> dt.date:
    """The first day of inactivity as ``relativedelta`` counted it before (the oracle)."""
    if counting is InactivityCounting.ROLLING:
        last_day = last + relativedelta(months=months)
    else:
        first = last.replace(day=1) + relativedelta(months=1)
        last_day = first + relativedelta(months=months, days=-1)
    return last_day + dt.timedelta(days=1)


@settings(max_examples=80)
@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9000, 12, 31)),
    st.integers(min_value=1, max_value=36),
    st.sampled_from(InactivityCounting),
)
def test_R_MEM_06_property_months_are_counted_as_before(
    last: dt.date, months: int, counting: InactivityCounting
) -> None:
    """R-MEM-06 invariant: ``met_on`` (the day the months without trading are complete) is
    the day ``relativedelta`` gives, for both countings; before it the member is trading."""
    policy = ExchangePolicy(inactivity_months=months, inactivity_counting=counting)
    met_on = _old_met_on(last, months, counting)
    r = revocation_due_to_inactivity(last, on=met_on, policy=policy)
    assert r.met_on == met_on
    assert r.outcome.value != "trading"
    before = revocation_due_to_inactivity(last, on=met_on - dt.timedelta(days=1), policy=policy)
    assert before.outcome.value == "trading"


def test_R_MEM_04_past_the_calendar_names_event_on() -> None:
    """R-MEM-04: 10 working days that run past the calendar's last year are refused naming
    ``event_on`` with the day given (the policy's count was never the caller's)."""
    for explain, code in ((False, "zh_CN"), (True, "en_US")):
        with language(code), pytest.raises(InvalidInput) as caught:  # English in both
            change_report_due(dt.date(2100, 12, 25), explain=explain)
        assert (caught.value.argument, caught.value.value) == ("event_on", dt.date(2100, 12, 25))
        assert str(caught.value) == (
            "event_on: 10 working days cannot be counted from it (goes past 2100, the last "
            "supported year) (got datetime.date(2100, 12, 25))"
        )


def test_R_MEM_06_past_the_calendar_names_last_trade_on() -> None:
    """R-MEM-06: months that run past year 9999 are refused naming ``last_trade_on``."""
    with pytest.raises(InvalidInput, match=r"^last_trade_on: 3 months later is past the last"):
        revocation_due_to_inactivity(dt.date(9999, 11, 1), on=dt.date(9999, 12, 31))
    calendar = ExchangePolicy(inactivity_counting="calendar_months", inactivity_months=1)
    with pytest.raises(InvalidInput, match=r"^last_trade_on: 1 months later is past the last"):
        revocation_due_to_inactivity(
            dt.date(9999, 12, 5), on=dt.date(9999, 12, 31), policy=calendar
        )
