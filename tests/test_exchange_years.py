"""The annual inspection across a year boundary, and the explained change-report deadline
(R-MEM-03, R-SLA-17, R-MEM-04, R-SLA-13; audit-records F5, F14)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import china
from custops.errors import InvalidInput, InvalidType
from custops.exchange import (
    InspectionOutcome,
    change_report_due,
    inspection_status,
)
from custops.i18n import language
from custops.periods import Deadline


def test_R_MEM_03_missed_year_is_remembered_after_new_year() -> None:
    """R-MEM-03 (D8 第八条): a member that did not pass the 2026 inspection has lost its
    membership; on 2027-01-05 it still has, given last year's verdict."""
    assert inspection_status(on=dt.date(2026, 12, 31)).membership_continues is False
    status = inspection_status(on=dt.date(2027, 1, 5), previous_passed=False)
    assert status.outcome is InspectionOutcome.FAILED
    assert status.membership_continues is False
    assert status.window.year == 2026
    assert status.rule == "R-MEM-03"
    with language("en_US"):
        text = str(inspection_status(on=dt.date(2027, 1, 5), previous_passed=False))
    assert text == (
        "failed (R-MEM-03): did not pass the 2026 inspection (failed or missed): the exchange "
        "ended the membership (article 8)"
    )


def test_R_MEM_03_previous_year_passed_keeps_the_old_answers() -> None:
    """R-MEM-03: a member that passed last year (or whose verdict is not given) is judged on
    this year's window, as before."""
    for previous in (True, None):
        status = inspection_status(on=dt.date(2027, 1, 5), previous_passed=previous)
        assert status.outcome is InspectionOutcome.NOT_OPEN
        assert status.membership_continues is True
        assert status.window.year == 2027


def test_R_MEM_03_this_years_verdict_decides_over_last_years() -> None:
    """R-MEM-03: the latest verdict decides: this year's, once there is one."""
    on = dt.date(2027, 8, 1)
    passed = inspection_status(on=on, passed=True, previous_passed=False)
    assert passed.outcome is InspectionOutcome.PASSED
    assert passed.membership_continues is True
    during = inspection_status(on=on, previous_passed=False)
    assert during.outcome is InspectionOutcome.FAILED
    assert during.window.year == 2026


def test_R_MEM_03_previous_passed_is_checked() -> None:
    """R-MEM-03: ``previous_passed`` must be a bool or None; year 1 has no year before."""
    with pytest.raises(InvalidType, match="previous_passed: must be a bool"):
        inspection_status(on=dt.date(2027, 1, 5), previous_passed="no")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="previous_passed: there is no year before year 1"):
        inspection_status(on=dt.date(1, 3, 1), previous_passed=False)


@settings(max_examples=60)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from([True, False, None]),
    st.sampled_from([True, False, None]),
)
def test_R_MEM_03_membership_ends_iff_the_latest_verdict_is_not_a_pass(
    on: dt.date, passed: bool | None, previous: bool | None
) -> None:
    """R-MEM-03 invariant: the membership continues exactly when the latest verdict known
    (this year's, else last year's, else this year's window still open or not yet open)
    is not a fail."""
    window_open = dt.date(on.year, 7, 1)
    if on < window_open and passed is not None:
        with pytest.raises(InvalidInput):
            inspection_status(on=on, passed=passed, previous_passed=previous)
        return
    status = inspection_status(on=on, passed=passed, previous_passed=previous)
    if passed is not None:
        expected = passed
    elif previous is False:
        expected = False
    else:
        expected = on <= dt.date(on.year, 8, 31)
    assert status.membership_continues is expected
    if passed is None and previous is False:
        assert status.window.year == on.year - 1


# --------------------------------------------------------------------------- R-MEM-04


def test_R_MEM_04_change_report_due_explains_itself() -> None:
    """R-MEM-04, R-SLA-13: ``explain=True`` gives a Deadline whose headline names the rule
    and whose first step states it; the due is the plain answer."""
    d = change_report_due(dt.date(2025, 9, 26), explain=True)
    assert isinstance(d, Deadline)
    assert d.ends_on == change_report_due(dt.date(2025, 9, 26)) == dt.date(2025, 10, 16)
    assert d.rule == "R-MEM-04"  # one stable rule ID (CONTRIBUTING item 4)
    with language("en_US"):
        lines = change_report_due(dt.date(2025, 9, 26), explain=True).explain().splitlines()
    assert lines[0].startswith("deadline (R-MEM-04): 2025-09-26 + ")
    assert " → 2025-10-16" in lines[0]
    assert lines[1] == (
        "  - R-MEM-04 (article 10): a member reports the change in writing to the exchange "
        "within 10 working days"
    )


def test_R_MEM_04_change_report_due_explain_must_be_a_bool() -> None:
    """R-MEM-04: ``explain`` is checked."""
    with pytest.raises(InvalidType, match="explain: must be a bool"):
        change_report_due(dt.date(2025, 9, 26), explain=1)  # type: ignore[call-overload]


@settings(max_examples=60)
@given(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 11, 30)))
def test_R_MEM_04_explained_due_equals_the_plain_due(event_on: dt.date) -> None:
    """R-MEM-04 invariant: the explained count (periods.due_date) lands on the same day as
    the plain one (WorkCalendar.add_workdays), a working day after the event."""
    plain = change_report_due(event_on)
    explained = change_report_due(event_on, explain=True)
    assert explained.ends_on == plain
    assert explained.rule == "R-MEM-04"
    assert plain > event_on
    assert china().is_workday(plain)
