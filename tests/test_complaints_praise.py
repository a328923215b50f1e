"""Praise (表扬) and contacts with nothing to handle (无需处理) as cases (issue 13 item 2).

Praise opens no complaint flow and no complaint SLA target: it is recorded, routed to the
praised staff's department for commendation (R-CMP-01) and closed; a contact with nothing
to handle is recorded and closed.  The review counts both as their own kinds (R-CMP-14).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Case,
    CaseAction,
    ClearOutcome,
    Complaint,
    Department,
    Flow,
    Kind,
    Stage,
    statistics,
)
from custops.errors import IllegalTransition
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
A = CaseAction
T0 = dt.datetime(2025, 10, 13, 9, 0, tzinfo=SH)
ADVISER, CRM = "客户关系顾问", "客户关系经理"


def contact(text: str) -> Complaint:
    return Complaint(received_at=T0, channel="电话", content=text, complainant="李女士")


@pytest.mark.parametrize("desk", [p.name for p in presets.all_presets()])
def test_praise_is_routed_for_commendation_without_a_complaint_clock_R_CMP_01(desk: str) -> None:
    case = Case.open(contact("小张服务特别热情，表扬一下"), ADVISER, policy=desk)
    case = case.classify(T0, CRM, kind="表扬", category="服务质量")
    assert (case.kind, case.flow) == (Kind.PRAISE, Flow.PRAISE)
    assert case.allowed_events() == (A.COMMEND, A.REPLY)
    for step in (A.ASSIGN, A.ESCALATE, A.EXTEND, A.AGREE, A.SURVEY):
        assert step not in case.allowed_events()
    with pytest.raises(IllegalTransition):
        case.assign(T0, CRM, "质量部")
    assert case.clocks() == {}
    assert case.status(at=T0 + dt.timedelta(days=30)).statuses == ()
    # routed by what was praised: D10 二 3.3's 营销办; the dealer's 客户关系部 (D1 has none)
    routed = Department.CUSTOMER_RELATIONS if desk == "dealer" else Department.MARKETING_OFFICE
    assert case.department is routed
    case = case.commend(T0 + dt.timedelta(hours=1), ADVISER, department="营销办", note="转营销办")
    assert (case.stage, case.department) == (Stage.COMMENDED, Department.MARKETING_OFFICE)
    case = case.close(T0 + dt.timedelta(hours=2), ADVISER, result="已转部门表扬")
    assert case.stage is Stage.CLOSED
    assert case.allowed_events() == ()  # no complaint review step
    assert case.six_clears().allowed


@pytest.mark.parametrize("desk", [p.name for p in presets.all_presets()])
def test_nothing_to_handle_is_recorded_and_closed_R_CMP_01(desk: str) -> None:
    case = Case.open(contact("谢谢，没事了"), ADVISER, policy=desk)
    case = case.classify(T0, CRM, kind="无需处理", category="其他")
    assert case.flow is Flow.NO_ACTION
    assert case.allowed_events() == (A.CLOSE, A.REPLY)
    assert case.clocks() == {}
    case = case.close(T0, ADVISER, result="无需处理")
    clears = case.six_clears()
    assert clears.allowed
    assert clears["reply"].outcome is ClearOutcome.NOT_APPLICABLE  # nothing to tell the customer


def test_the_review_counts_praise_and_nothing_to_handle_as_their_own_kinds_R_CMP_14() -> None:
    praise = Case.open(contact("表扬小张"), ADVISER, policy="winery")
    praise = praise.classify(T0, CRM, kind="praise", category="service_quality")
    nothing = Case.open(contact("打错了"), ADVISER, policy="winery")
    nothing = nothing.classify(T0, CRM, kind="no_action", category="other").close(
        T0, ADVISER, result="x"
    )
    review = statistics([praise, nothing], at=T0 + dt.timedelta(hours=1))
    assert review.by_kind[Kind.PRAISE] == 1
    assert review.by_kind[Kind.NO_ACTION] == 1
    assert review.by_kind[Kind.COMPLAINT] == 0
    assert review.by_flow[Flow.PRAISE] == review.by_flow[Flow.NO_ACTION] == 1
    assert review.on_time == ()  # no complaint clock ran
    assert "praise 1" in review.explain()


@settings(max_examples=25)
@given(
    kind=st.sampled_from(["表扬", "无需处理"]),
    desk=st.sampled_from([p.name for p in presets.all_presets()]),
    minutes=st.integers(0, 60 * 24 * 60),
)
def test_property_no_complaint_target_ever_runs_for_praise_or_no_action(
    kind: str, desk: str, minutes: int
) -> None:
    case = Case.open(contact("好"), ADVISER, policy=desk).classify(
        T0, CRM, kind=kind, category="其他"
    )
    status = case.status(at=T0 + dt.timedelta(minutes=minutes))
    assert status.statuses == ()
    assert not status.breached
