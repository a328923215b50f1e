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


def test_R_MEM_03_a_missed_registration_is_remembered_after_new_year() -> None:
    """R-MEM-03 (D8 第八条): a member that did not register in the 2026 window has lost its
    membership (the Default) on 2026-12-31 and still on 2027-01-05: the answer is about the
    latest window opened, so it does not flip on 1 January."""
    for day in (dt.date(2026, 12, 31), dt.date(2027, 1, 5)):
        status = inspection_status(on=day, registered=False)
        assert status.outcome is InspectionOutcome.MISSED
        assert status.membership_continues is False
        assert status.window.year == 2026
        assert status.rule == "R-MEM-03"
    with language("en_US"):
        text = str(inspection_status(on=dt.date(2027, 1, 5), registered=False))
    assert text == (
        "missed (R-MEM-03): not registered in the 2026 inspection window 2026-07-01 – "
        "2026-08-31: treated as not passed, the membership ends (article 8)"
    )


def test_R_MEM_03_registered_and_pending_continues() -> None:
    """R-MEM-03: a member registered in time whose review is pending is not told its
    membership ended: PENDING, continuing, on every day until a verdict."""
    for day in (dt.date(2026, 8, 31), dt.date(2026, 9, 1), dt.date(2027, 6, 30)):
        status = inspection_status(on=day, registered=True)
        assert status.outcome is InspectionOutcome.PENDING
        assert status.membership_continues is True
    with language("zh_CN"):
        said = str(inspection_status(on=dt.date(2026, 9, 1), registered=True))
    assert said == (
        "年检审查中（R-MEM-03）：已在 2026 年度年检期 2026-07-01 至 2026-08-31 内登记，"
        "审查结论待定：会员资格继续"
    )


def test_R_MEM_03_the_verdict_decides() -> None:
    """R-MEM-03: a verdict decides whatever the registration fact says."""
    on = dt.date(2027, 3, 1)
    assert inspection_status(on=on, passed=True).outcome is InspectionOutcome.PASSED
    failed = inspection_status(on=on, registered=True, passed=False)
    assert failed.outcome is InspectionOutcome.FAILED
    assert failed.membership_continues is False
    assert failed.window.year == 2026


def test_R_MEM_03_facts_are_checked() -> None:
    """R-MEM-03: ``registered`` and ``passed`` must be a bool or None; before year 1's
    window no inspection exists, refused naming ``on``."""
    with pytest.raises(InvalidType, match="registered: must be a bool"):
        inspection_status(on=dt.date(2027, 1, 5), registered="no")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="on: no inspection window has opened yet"):
        inspection_status(on=dt.date(1, 3, 1))


@settings(max_examples=60)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from([True, False, None]),
    st.sampled_from([True, False, None]),
)
def test_R_MEM_03_membership_ends_iff_failed_or_not_registered_after_the_window(
    on: dt.date, registered: bool | None, passed: bool | None
) -> None:
    """R-MEM-03 invariant: the membership ends exactly on a failed review, or, with no
    verdict, when the member is known not to have registered in a window that has closed
    (a pass without a registration is refused, naming ``registered``)."""
    if registered is False and passed is True:
        with pytest.raises(InvalidInput) as refused:
            inspection_status(on=on, registered=registered, passed=passed)
        assert refused.value.argument == "registered"
        return
    status = inspection_status(on=on, registered=registered, passed=passed)
    window_year = on.year if on >= dt.date(on.year, 7, 1) else on.year - 1
    assert status.window.year == window_year
    closed = on > dt.date(window_year, 8, 31)
    expected = passed if passed is not None else not (closed and registered is False)
    assert status.membership_continues is expected


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
