"""A complaint not established is answered by a department (R-CMP-05; D10 二 3.4
营管办负责人…对客户进行解答; R-CMP-09), counted in the review's department table (R-CMP-14),
and the review counts cases by handling class beside category (D10 二 3.1–3.4); the flow
is unchanged (R-CMP-06): such a case is explained and closed, never assigned.
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
    CasePolicy,
    Complaint,
    Department,
    HandlingClass,
    OnTime,
    statistics,
)
from custops.errors import IllegalTransition, InvalidInput
from custops.i18n import language

SH = ZoneInfo("Asia/Shanghai")
ADVISER = "客户关系顾问"
CRM = "客户关系经理"


def T(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 9, day, hour, tzinfo=SH)


def classified(established: bool, *, policy: object = "winery", day: int = 7) -> Case:
    complaint = Complaint(
        received_at=T(day, 9), channel="电话", content="店员说话不客气", complainant="李女士"
    )
    case = Case.open(complaint, ADVISER, policy=policy)  # type: ignore[arg-type]
    return case.classify(
        T(day, 10),
        CRM,
        kind="投诉",
        category="服务质量",
        grounds_sufficient=established,
        demand_reasonable=True,
    )


def test_clarify_attributes_the_case_to_the_marketing_office_R_CMP_05() -> None:
    case = classified(False).clarify(T(7, 11), ADVISER, note="误会已解释")
    assert case.department is Department.MARKETING_OFFICE
    assert case.events[-1].action is CaseAction.EXPLAIN
    routing = case.routing()
    assert routing.allowed
    assert routing.rule == "R-CMP-05"
    assert "marketing office" in routing.reason


def test_clarify_takes_another_department_or_a_company_name_R_CMP_05() -> None:
    case = classified(False).clarify(T(7, 11), ADVISER, department="售后服务部")
    assert case.department is Department.AFTER_SALES
    mine = CasePolicy(sla_policy="winery", department_names={"华东销售部": "销售部"})
    case = classified(False, policy=mine).clarify(T(7, 11), ADVISER, department="华东销售部")
    assert case.department is Department.SALES
    with pytest.raises(InvalidInput, match="department"):
        classified(False).clarify(T(7, 11), ADVISER, department="物流部")


def test_the_flow_is_unchanged_not_established_is_never_assigned_R_CMP_06() -> None:
    with pytest.raises(IllegalTransition):
        classified(False).assign(T(7, 11), CRM, "营销办")
    with pytest.raises(IllegalTransition):  # an established complaint is assigned, not explained
        classified(True).clarify(T(7, 11), ADVISER)


def test_a_case_replayed_from_its_events_keeps_the_department_R_CMP_05() -> None:
    case = classified(False).clarify(T(7, 11), ADVISER, department="质量部")
    again = Case(case.complaint, case.events, policy=case.policy)
    assert again.department is Department.QUALITY


def test_the_review_counts_the_explaining_department_and_the_handling_class_R_CMP_14() -> None:
    explained = [
        classified(False, day=d).clarify(T(d, 11), ADVISER).close(T(d, 12), CRM) for d in (7, 8, 9)
    ]
    assigned = [classified(True, day=d).assign(T(d, 11), CRM, "营销办") for d in (10, 11, 14, 15)]
    review = statistics([*explained, *assigned], at=T(30, 18))
    assert review.by_department.as_dict() == {Department.MARKETING_OFFICE: 7}
    assert review.by_handling.as_dict() == {HandlingClass.CUSTOMER_MISUNDERSTANDING: 3}
    assert review.by_category.count == 7
    with language("zh_CN"):
        text = review.explain()
    assert "处理类别：" in text
    assert "客户误解 3" in text


@settings(max_examples=25, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=6))
def test_every_case_handled_or_explained_has_a_department_R_CMP_14(
    established: list[bool],
) -> None:
    cases = []
    for day, ok in enumerate(established, start=7):
        case = classified(ok, day=day)
        if ok:
            cases.append(case.assign(T(day, 11), CRM, "营销办"))
        else:
            cases.append(case.clarify(T(day, 11), ADVISER))
    review = statistics(cases, at=T(30, 18))
    assert review.by_department[None] == 0
    assert review.by_department.count == len(cases)
    assert review.by_handling.count == established.count(False)


def test_the_on_time_line_says_the_end_of_day_it_used_R_CMP_14_R_SLA_09() -> None:
    case = classified(True).assign(T(7, 11), CRM, "营销办")
    review = statistics([case], at=T(30, 18))
    assert review.on_time_for("resolve").day_ends == ("18:00",)  # the close of business
    assert review.on_time_for("reply").day_ends == ()  # 24 hours: no end of day
    assert "resolve (deadline days end at 18:00): 0/1 on time" in review.explain()
    with language("zh_CN"):
        assert "处理完毕（期限日截至 18:00）：" in review.explain()


@given(st.sampled_from(["18:00", "17:30", "24:00"]), st.integers(0, 5), st.integers(0, 5))
def test_an_on_time_line_names_every_end_of_day_R_CMP_14(end: str, met: int, missed: int) -> None:
    line = OnTime("resolve", met, missed, 0, day_ends=(end,)).describe()
    assert f"(deadline days end at {end})" in line
    assert "deadline days" not in OnTime("reply", met, missed, 0).describe()
