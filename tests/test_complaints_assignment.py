"""The dealer's one-working-day solution is the handler's, counted from the assignment
(R-SLA-01, D1 第四条 3 「投诉受理责任人…在一个工作日内提出解决办法」): step 2 names the
handler (确定投诉处理责任…确定具体的受理部门), step 3 gives the handler the day.  A general
complaint not yet assigned waits; a flow without an assignment (major, unfounded, a
suggestion) counts from receipt."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Case, Complaint
from custops.i18n import language
from custops.sla import State, presets

SH = ZoneInfo("Asia/Shanghai")
CRM = "客户关系经理"
ADVISER = "客户关系顾问"


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def _classified(received: dt.datetime, classified: dt.datetime, **kw: Any) -> Case:
    complaint = Complaint(
        received_at=received, channel="电话", content="新车漆面有划痕", complainant="王先生"
    )
    data: dict[str, Any] = {
        "kind": "投诉",
        "category": "产品质量",
        "severity": "一般",
        "grounds_sufficient": True,
        "demand_reasonable": True,
    }
    data.update(kw)
    return Case.open(complaint, ADVISER, policy="dealer").classify(classified, CRM, **data)


def test_R_SLA_01_a_case_assigned_late_gives_the_handler_a_whole_working_day() -> None:
    """The check's case: received 2025-09-30 10:00, classified 11:00, assigned 10-09 17:00:
    the solution is due 10-10 18:00 (the day after the assignment), not 10-09 18:00."""
    case = _classified(T(9, 30, 10), T(9, 30, 11))
    assert case.status(at=T(10, 9, 12)).waiting == ("solution",)
    case = case.assign(T(10, 9, 17), CRM, "质量部", handler="张工")
    status = case.status(at=T(10, 9, 17, 30))["solution"]
    assert status.started_at == T(10, 9, 17)
    assert status.due_at == T(10, 10, 18)
    assert status.state is State.RUNNING
    with language("zh_CN"):
        note = case.clocks()["solution"].events[0].note
    assert note == "自分派受理责任人起算"


def test_R_SLA_01_a_reassignment_does_not_restart_the_day() -> None:
    case = _classified(T(9, 30, 10), T(9, 30, 11)).assign(T(9, 30, 12), CRM, "质量部")
    case = case.assign(T(10, 9, 9), CRM, "销售部")
    assert case.status(at=T(10, 9, 10))["solution"].due_at == T(10, 9, 18)


def test_R_CMP_07_a_major_complaint_has_no_assignment_and_counts_from_receipt() -> None:
    case = _classified(T(9, 30, 10), T(9, 30, 11), severity="重大")
    assert case.status(at=T(9, 30, 12))["solution"].started_at == T(9, 30, 10)


def test_R_SLA_01_the_schedule_says_it_counts_from_the_assignment() -> None:
    schedule = presets.DEALER.schedule(received_at=T(9, 30, 16), kind="complaint")
    with language("zh_CN"):
        text = presets.DEALER.schedule(received_at=T(9, 30, 16), kind="complaint").explain()
    assert schedule.steps[0].target.from_assignment
    assert "自分派受理责任人起算（最早为接到投诉时）" in text
    assert "自受理起算" not in text


@settings(max_examples=60, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 10, 31)),
    st.integers(min_value=0, max_value=20 * 24 * 3600),
)
def test_R_SLA_01_the_solution_deadline_never_precedes_the_assignment(
    received: dt.datetime, delay: int
) -> None:
    """Property: however late the case is assigned, the solution clock starts at the
    assignment and is due after it."""
    received = received.replace(tzinfo=SH, microsecond=0)
    assigned = received + dt.timedelta(seconds=delay)
    case = _classified(received, received).assign(assigned, CRM, "质量部")
    status = case.status(at=assigned)["solution"]
    assert status.started_at == assigned
    assert status.due_at > assigned
    assert status.state is State.RUNNING
