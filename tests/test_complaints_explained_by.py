"""A complaint not established is answered by a department and counted (R-CMP-05, R-CMP-09,
R-CMP-14); the flow is unchanged (R-CMP-06): such a case is explained and closed, never
assigned.

The answering department is the desk's (``CasePolicy.explained_by``, by default its
``departments``), the same for ``Case.clarify`` and the step ``explain``: the quality
department for product quality (D10 二 3.1: 能立即解答的,立即解答), the marketing office for a
misunderstanding of staff (D10 二 3.4: 营管办负责人…对客户进行解答).  The review counts cases
by handling class beside category: only a service complaint not established is the
customer's own problem or misunderstanding (D10 二 3.4 「投诉资料是客户对工作人员误解的」, D14
四(三) 「属于客户自身问题或误解」).  An on-time line says the end of day its deadlines used, in
the desk's own zone (R-SLA-09).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import china
from custops.complaints import (
    Case,
    CaseAction,
    CasePolicy,
    Category,
    Complaint,
    Department,
    HandlingClass,
    OnTime,
    statistics,
)
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
ADVISER = "客户关系顾问"
CRM = "客户关系经理"


def T(day: int, hour: int = 10, zone: ZoneInfo = SH) -> dt.datetime:
    return dt.datetime(2026, 9, day, hour, tzinfo=zone)


def classified(
    category: str = "服务质量",
    *,
    grounds: bool = False,
    demand: bool = True,
    policy: object = "winery",
    day: int = 7,
    zone: ZoneInfo = SH,
) -> Case:
    complaint = Complaint(
        received_at=T(day, 9, zone), channel="电话", content="店员说话不客气", complainant="李女士"
    )
    case = Case.open(complaint, ADVISER, policy=policy)  # type: ignore[arg-type]
    return case.classify(
        T(day, 10, zone),
        CRM,
        kind="投诉",
        category=category,
        grounds_sufficient=grounds,
        demand_reasonable=demand,
    )


def test_clarify_attributes_the_case_to_the_marketing_office_R_CMP_05() -> None:
    case = classified(grounds=False).clarify(T(7, 11), ADVISER, note="误会已解释")
    assert case.department is Department.MARKETING_OFFICE
    assert case.events[-1].action is CaseAction.EXPLAIN
    routing = case.routing()
    assert routing.allowed
    assert routing.rule == "R-CMP-05"
    assert "marketing office" in routing.reason


def test_clarify_takes_another_department_or_a_company_name_R_CMP_05() -> None:
    case = classified(grounds=False).clarify(T(7, 11), ADVISER, department="售后服务部")
    assert case.department is Department.AFTER_SALES
    mine = CasePolicy(sla_policy="winery", department_names={"华东销售部": "销售部"})
    case = classified(grounds=False, policy=mine).clarify(
        T(7, 11), ADVISER, department="华东销售部"
    )
    assert case.department is Department.SALES
    with pytest.raises(InvalidInput, match="department"):
        classified(grounds=False).clarify(T(7, 11), ADVISER, department="物流部")


def test_the_flow_is_unchanged_not_established_is_never_assigned_R_CMP_06() -> None:
    with pytest.raises(IllegalTransition):
        classified(grounds=False).assign(T(7, 11), CRM, "营销办")
    with pytest.raises(IllegalTransition):  # an established complaint is assigned, not explained
        classified(grounds=True).clarify(T(7, 11), ADVISER)


def test_a_case_replayed_from_its_events_keeps_the_department_R_CMP_05() -> None:
    case = classified(grounds=False).clarify(T(7, 11), ADVISER, department="质量部")
    again = Case(case.complaint, case.events, policy=case.policy)
    assert again.department is Department.QUALITY


def test_the_review_counts_the_explaining_department_and_the_handling_class_R_CMP_14() -> None:
    explained = [
        classified(grounds=False, day=d).clarify(T(d, 11), ADVISER).close(T(d, 12), CRM)
        for d in (7, 8, 9)
    ]
    assigned = [
        classified(grounds=True, day=d).assign(T(d, 11), CRM, "营销办") for d in (10, 11, 14, 15)
    ]
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
        case = classified(grounds=ok, day=day)
        if ok:
            cases.append(case.assign(T(day, 11), CRM, "营销办"))
        else:
            cases.append(case.clarify(T(day, 11), ADVISER))
    review = statistics(cases, at=T(30, 18))
    assert review.by_department[None] == 0
    assert review.by_department.count == len(cases)
    assert review.by_handling.count == established.count(False)


def test_the_on_time_line_says_the_end_of_day_it_used_R_CMP_14_R_SLA_09() -> None:
    case = classified(grounds=True).assign(T(7, 11), CRM, "营销办")
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


def test_a_product_complaint_not_established_is_no_misunderstanding_R_CMP_09_R_CMP_14() -> None:
    quality = classified("产品质量").clarify(T(7, 11), ADVISER).close(T(7, 12), CRM, result="x")
    service = classified("服务质量").clarify(T(7, 11), ADVISER).close(T(7, 12), CRM, result="x")
    review = statistics([quality, service], at=T(30, 18))
    assert review.by_handling.as_dict() == {HandlingClass.CUSTOMER_MISUNDERSTANDING: 1}
    assert review.by_category.as_dict() == {
        Category.PRODUCT_QUALITY: 1,
        Category.SERVICE_QUALITY: 1,
    }
    # D10 二 3.3 = 服务质量 less the misunderstandings: 1 - 1, never negative
    service_count = review.by_category[Category.SERVICE_QUALITY]
    assert service_count - review.by_handling[HandlingClass.CUSTOMER_MISUNDERSTANDING] == 0
    assert review.by_department.as_dict() == {
        Department.QUALITY: 1,
        Department.MARKETING_OFFICE: 1,
    }


def test_a_service_complaint_with_an_unreasonable_demand_is_the_customers_own_R_CMP_09() -> None:
    # D14 四(三): 属于客户自身问题或误解 — either reason a service complaint fails
    case = classified("服务质量", grounds=True, demand=False).clarify(T(7, 11), ADVISER)
    review = statistics([case], at=T(30, 18))
    assert review.by_handling.as_dict() == {HandlingClass.CUSTOMER_MISUNDERSTANDING: 1}


def test_clarify_defaults_to_the_desks_department_for_the_category_R_CMP_05() -> None:
    # D10 二 3.1: the quality department answers a product-quality complaint
    assert classified("产品质量").clarify(T(7, 11), ADVISER).department is Department.QUALITY
    # D10 二 3.4: the marketing office answers a misunderstanding of staff
    service = classified("服务质量").clarify(T(7, 11), ADVISER)
    assert service.department is Department.MARKETING_OFFICE
    # D14 四(三): the responsible department, the desk's own routing
    mine = CasePolicy(sla_policy="tobacco", departments={"服务质量": "客户关系部"})
    case = classified("服务质量", policy=mine).clarify(T(7, 11), ADVISER)
    assert case.department is Department.CUSTOMER_RELATIONS


def test_department_none_is_the_default_never_no_department_R_CMP_05() -> None:
    for category in ("产品质量", "服务质量", "销售合同", "其他"):
        default = classified(category).clarify(T(7, 11), ADVISER)
        told_none = classified(category).clarify(T(7, 11), ADVISER, department=None)
        assert told_none.department is default.department is not None
        assert told_none.routing().allowed


def test_the_step_explain_gives_the_department_clarify_gives_R_CMP_05() -> None:
    for category in ("产品质量", "服务质量", "维修质量"):
        stepped = classified(category).record(T(7, 11), "explain", ADVISER)
        assert stepped.department is classified(category).clarify(T(7, 11), ADVISER).department
        again = Case(stepped.complaint, stepped.events, policy=stepped.policy)
        assert again.department is stepped.department


def test_a_desk_names_who_explains_category_by_category_R_CMP_05() -> None:
    mine = CasePolicy(
        sla_policy="winery",
        department_names={"客服中心": "客户关系部"},
        explained_by={"服务质量": "客服中心"},
    )
    assert mine.explained_by == ((Category.SERVICE_QUALITY, Department.CUSTOMER_RELATIONS),)
    case = classified("服务质量", policy=mine).clarify(T(7, 11), ADVISER)
    assert case.department is Department.CUSTOMER_RELATIONS
    assert mine.explaining_department("产品质量") is Department.QUALITY
    # the categories not given follow the desk's departments, even once changed
    moved = attrs.evolve(mine, departments={"产品质量": "销售部"})
    assert moved.explaining_department("产品质量") is Department.SALES
    # an explicit department wins for one case
    chosen = classified("服务质量", policy=mine).clarify(T(7, 11), ADVISER, department="质量部")
    assert chosen.department is Department.QUALITY
    with pytest.raises(InvalidInput, match=r"^explained_by: .*department_names"):
        CasePolicy(sla_policy="winery", explained_by={"服务质量": "物流部"})
    with pytest.raises(InvalidType, match=r"^explained_by: "):
        CasePolicy(sla_policy="winery", explained_by=None)  # type: ignore[arg-type]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["产品质量", "服务质量", "销售合同", "维修质量", "退换货", "其他"]),
            st.booleans(),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_property_misunderstandings_are_service_complaints_not_established_R_CMP_09(
    drawn: list[tuple[str, bool, bool]],
) -> None:
    cases = []
    for day, (category, grounds, demand) in enumerate(drawn, start=7):
        case = classified(category, grounds=grounds, demand=demand, day=day)
        if grounds and demand:
            cases.append(case.assign(T(day, 11), CRM, "营销办"))
        else:
            cases.append(case.clarify(T(day, 11), ADVISER))
    review = statistics(cases, at=T(30, 18))
    misunderstood = review.by_handling[HandlingClass.CUSTOMER_MISUNDERSTANDING]
    expected = sum(c == "服务质量" and not (g and d) for c, g, d in drawn)
    assert misunderstood == expected
    assert review.by_category[Category.SERVICE_QUALITY] - misunderstood >= 0
    assert review.by_department[None] == 0


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(list(Category)), st.sampled_from(list(Department)))
def test_property_clarify_and_the_step_agree_on_every_desk_R_CMP_05(
    category: Category, department: Department
) -> None:
    desk = CasePolicy(sla_policy="winery", explained_by={category: department})
    name = category.label
    stepped = classified(name, policy=desk).record(T(7, 11), "explain", ADVISER)
    clarified = classified(name, policy=desk).clarify(T(7, 11), ADVISER)
    assert stepped.department is clarified.department is department


def _desk(zone: str) -> CasePolicy:
    calendar = attrs.evolve(china(), zone=ZoneInfo(zone))
    return CasePolicy(sla_policy=attrs.evolve(presets.WINERY, calendar=calendar))


@pytest.mark.parametrize("zone", ["Asia/Urumqi", "America/New_York", "Asia/Shanghai"])
def test_the_end_of_day_is_the_desks_own_R_CMP_14_R_SLA_09(zone: str) -> None:
    here = ZoneInfo(zone)
    case = classified("产品质量", grounds=True, policy=_desk(zone), zone=here).assign(
        T(7, 11, here), CRM, "质量部"
    )
    assert case.status(at=T(8, 10))["resolve"].due_at.strftime("%H:%M") == "18:00"
    review = statistics([case], at=T(8, 10))  # the review's own calendar is China's
    assert review.on_time_for("resolve").day_ends == ("18:00",)


def test_desks_in_several_zones_report_one_end_of_day_R_CMP_14_R_SLA_09() -> None:
    cases = []
    for day, zone in enumerate(("Asia/Urumqi", "America/New_York", "Asia/Shanghai"), start=7):
        here = ZoneInfo(zone)
        case = classified("产品质量", grounds=True, policy=_desk(zone), zone=here, day=day)
        cases.append(case.assign(T(day, 11, here), CRM, "质量部"))
    review = statistics(cases, at=T(12, 10))
    assert review.on_time_for("resolve").day_ends == ("18:00",)


def test_day_ends_is_checked_when_built_R_CMP_14() -> None:
    assert OnTime("resolve", 1, 0, 0, day_ends="18:00").day_ends == ("18:00",)
    assert "(deadline days end at 18:00)" in OnTime("resolve", 1, 0, 0, day_ends="18:00").describe()
    with pytest.raises(InvalidType, match=r"^day_ends: "):
        OnTime("resolve", 1, 0, 0, day_ends=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^day_ends\[0\]: "):
        OnTime("resolve", 1, 0, 0, day_ends=[3])  # type: ignore[list-item]
    with pytest.raises(InvalidInput, match=r"^day_ends\[1\]: .*'25:00'"):
        OnTime("resolve", 1, 0, 0, day_ends=["18:00", "25:00"])


@given(st.integers(0, 23), st.integers(0, 59))
def test_property_a_time_of_day_is_one_end_of_day_R_CMP_14(hour: int, minute: int) -> None:
    text = f"{hour:02d}:{minute:02d}"
    end = "24:00" if text == "00:00" else text  # midnight ends the day
    assert OnTime("resolve", 0, 0, 1, day_ends=text).day_ends == (end,)
    assert OnTime("resolve", 0, 0, 1, day_ends=[text, "24:00"]).day_ends == (end, "24:00")
    assert OnTime("resolve", 0, 0, 1, day_ends=[dt.time(hour, minute)]).day_ends == (end,)


def test_two_keys_of_one_category_are_refused_naming_both_R_CMP_03() -> None:
    with pytest.raises(PolicyError, match=r"^departments: .*'口感异味' and '产品质量'"):
        CasePolicy(
            sla_policy="winery",
            category_names={"口感异味": "产品质量"},
            departments={"口感异味": "质量部", "产品质量": "销售部"},
        )
    with pytest.raises(PolicyError, match=r"^departments: .*'产品质量' and 'product_quality'"):
        CasePolicy(
            sla_policy="winery", departments=[("产品质量", "质量部"), ("product_quality", "销售部")]
        )


def test_an_unmapped_category_name_gets_the_category_names_hint_R_CMP_03() -> None:
    with pytest.raises(InvalidInput, match=r"^departments: .*category_names=.*'口感异味'"):
        CasePolicy(sla_policy="winery", departments={"口感异味": "质量部"})
    mine = CasePolicy(
        sla_policy="winery",
        category_names={"口感异味": "产品质量"},
        departments={"口感异味": "销售部"},
    )
    assert dict(mine.departments)[Category.PRODUCT_QUALITY] is Department.SALES
