"""A company's own department names (a property company's 工程部, 财务部, 保安部, D6 四) map
to the seed's complaint-handling departments through ``CasePolicy.department_names``
(R-CMP-06: a case is assigned to a department; R-CMP-14: the review counts by department;
R-CMP-01/03: praise is routed to one)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.complaints import Case, CasePolicy, Category, Complaint, Department, statistics
from custops.errors import InvalidInput, PolicyError

SH = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2026, 12, 4, 10, 0, tzinfo=SH)
PROPERTY: dict[str, Department | str] = {
    "工程部": "技术部",
    "财务部": "综合部",
    "保安部": Department.GENERAL_AFFAIRS,
}


def _classified(policy: CasePolicy | str, complainant: str = "业主") -> Case:
    """A classified case; give each case of one review its own ``complainant`` (a review
    counts a case once, R-CMP-14)."""
    complaint = Complaint(
        received_at=AT,
        channel="phone",
        complainant=complainant,
        content="电梯坏了三天没人修，太差了",
    )
    return Case.open(complaint, "客户关系顾问", policy=policy).classify(
        AT + dt.timedelta(minutes=5),
        "客户关系经理",
        grounds_sufficient=True,
        demand_reasonable=True,
    )


def _desk(**more: Any) -> CasePolicy:
    return CasePolicy(sla_policy="quality", department_names=PROPERTY, **more)


def test_an_unmapped_department_is_refused_saying_how_to_map_it_R_CMP_06() -> None:
    case = _classified("quality")
    with pytest.raises(InvalidInput, match=r"^department: is not a known Department; ") as info:
        case.assign(AT + dt.timedelta(minutes=10), "客户关系经理", "财务部")
    assert info.value.argument == "department"
    assert info.value.value == "财务部"
    assert "CasePolicy(department_names={name: department})" in str(info.value)
    assert len(case.events) == 2  # the refused step changed nothing


def test_a_case_assigned_to_a_company_department_goes_to_the_one_it_maps_to_R_CMP_06() -> None:
    at = AT + dt.timedelta(minutes=10)
    ours = _classified(_desk()).assign(at, "客户关系经理", " 财务部 ", handler="李会计")
    seed = _classified(_desk()).assign(
        at, "客户关系经理", Department.GENERAL_AFFAIRS, handler="李会计"
    )
    assert ours == seed
    assert ours.department is Department.GENERAL_AFFAIRS
    assert ours.routing().allowed
    assert ours.routing().rule == "R-CMP-06"
    assert serial.from_json(serial.to_json(ours)) == ours
    assert serial.from_json(serial.to_json(_desk())) == _desk()


def test_the_review_counts_a_company_department_as_the_one_it_maps_to_R_CMP_14() -> None:
    at = AT + dt.timedelta(minutes=10)
    cases = [
        _classified(_desk(), f"{name}的业主").assign(at, "客户关系经理", name)
        for name in ("工程部", "财务部", "保安部")
    ]
    assert statistics(cases).by_department.as_dict() == {
        Department.TECHNICAL: 1,
        Department.GENERAL_AFFAIRS: 2,
    }


def test_the_routing_table_takes_a_company_department_R_CMP_03() -> None:
    desk = _desk(departments={"服务质量": "保安部"})
    assert dict(desk.departments)[Category.SERVICE_QUALITY] is Department.GENERAL_AFFAIRS
    pairs = _desk(departments=[("服务质量", "工程部")])
    assert dict(pairs.departments)[Category.SERVICE_QUALITY] is Department.TECHNICAL
    with pytest.raises(InvalidInput, match=r"department_names=\{name: department\}") as info:
        CasePolicy(sla_policy="quality", departments={"服务质量": "物业部"})
    assert info.value.value == "物业部"


def test_a_commendation_and_an_escalation_take_a_company_department_R_CMP_01() -> None:
    at = AT + dt.timedelta(minutes=10)
    escalated = _classified(_desk()).escalate(at, "客户关系经理", department="工程部")
    assert escalated.department is Department.TECHNICAL
    assert _desk().staff_department("保安部") is Department.GENERAL_AFFAIRS
    assert _desk().staff_department(Department.QUALITY) is Department.QUALITY


@pytest.mark.parametrize(
    ("names", "error", "message"),
    [
        ({"质量部": "综合部"}, PolicyError, r"^department_names: is already a department's name"),
        ({"财务部": "会计室"}, InvalidInput, r"^department_names\['财务部'\]: is not a known Dep"),
        ({" ": "综合部"}, InvalidInput, r"^department_names: must not be empty"),
    ],
)
def test_bad_department_names_are_refused(names: dict[str, str], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        CasePolicy(sla_policy="quality", department_names=names)


_DEPARTMENTS = list(Department)
_CATEGORIES = list(Category)


@given(
    st.lists(st.sampled_from(_DEPARTMENTS), unique=True),
    st.dictionaries(st.sampled_from(_CATEGORIES), st.sampled_from(_DEPARTMENTS)),
    st.sampled_from(_DEPARTMENTS),
)
def test_property_a_policy_in_a_companys_department_names_is_the_seed_named_one_R_CMP_06(
    mapped: list[Department], routes: dict[Category, Department], assigned: Department
) -> None:
    """A policy written with a company's own department names behaves exactly as the one
    written with the seed's departments: the same value, the same routing, the same
    assignment and the same review."""
    names = {f"部门{i}": department for i, department in enumerate(mapped)}
    own: dict[Department, str | Department] = {d: n for n, d in names.items()}
    seed = CasePolicy(sla_policy="quality", department_names=names, departments=routes)
    theirs = CasePolicy(
        sla_policy="quality",
        department_names=names,
        departments={c: own.get(d, d) for c, d in routes.items()},
    )
    assert theirs == seed
    assert serial.to_json(theirs) == serial.to_json(seed)
    at = AT + dt.timedelta(minutes=10)
    by_seed = _classified(seed).assign(at, "客户关系经理", assigned)
    by_theirs = _classified(theirs).assign(at, "客户关系经理", own.get(assigned, assigned))
    assert by_theirs == by_seed
    assert by_theirs.routing() == by_seed.routing()
    assert statistics([by_theirs]).by_department == statistics([by_seed]).by_department


def test_an_identity_line_of_an_exported_table_changes_nothing_R_CMP_06() -> None:
    """A mapping exported from an old system holds the names that are already the seed's
    (销售部 → 销售部): such a line is read as nothing, not as a second department."""
    exported = {**PROPERTY, "销售部": "销售部", "sales": Department.SALES, "质量部": "quality"}
    assert CasePolicy(sla_policy="quality", department_names=exported) == _desk()
    at = AT + dt.timedelta(minutes=10)
    case = _classified(CasePolicy(sla_policy="quality", department_names=exported))
    assert case.assign(at, "客户关系经理", "销售部").department is Department.SALES
    assert CasePolicy(sla_policy="quality", department_names={"销售部": "销售部"}) == CasePolicy(
        sla_policy="quality"
    )


def test_a_seed_name_mapped_to_another_department_is_refused_naming_both() -> None:
    """A seed name mapped to another seed department would mean two departments: refused,
    naming the department it already names and the one it was mapped to."""
    with pytest.raises(PolicyError) as info:
        CasePolicy(sla_policy="quality", department_names={"销售部": "营销办"})
    assert info.value.argument == "department_names"
    assert info.value.value == "销售部"
    assert info.value.problem == (
        "is already a department's name (sales) and cannot also name marketing_office; "
        "map only the company's own department names"
    )


@given(
    st.lists(st.sampled_from(_DEPARTMENTS), unique=True),
    st.lists(st.tuples(st.sampled_from(_DEPARTMENTS), st.booleans(), st.booleans())),
)
def test_property_identity_lines_added_to_a_mapping_change_nothing_R_CMP_06(
    mapped: list[Department], identities: list[tuple[Department, bool, bool]]
) -> None:
    """Any identity lines (a seed department's name or label mapped to itself, in either
    spelling) added to a valid mapping give the very same policy: the same value, the
    same stored form and the same department for every name."""
    names: dict[str, Department | str] = {f"部门{i}": d for i, d in enumerate(mapped)}
    exported = dict(names)
    for department, key_label, value_label in identities:
        key = department.label if key_label else department.value
        exported[key] = department.label if value_label else department
    plain = CasePolicy(sla_policy="quality", department_names=names)
    loaded = CasePolicy(sla_policy="quality", department_names=exported)
    assert loaded == plain
    assert serial.to_json(loaded) == serial.to_json(plain)
    for name in (*exported, *(d.label for d in _DEPARTMENTS)):
        assert loaded.staff_department(name) is plain.staff_department(name)


AIRLINE: dict[str, str] = {
    "地面服务部": "营销办",
    "客舱服务部": "售后服务部",
    "行李服务部": "售后服务部",
    "销售部": "销售部",  # an identity line of the exported table
}


def _airline_review() -> Any:
    desk = CasePolicy(sla_policy="quality", department_names=AIRLINE)
    at = AT + dt.timedelta(minutes=10)
    assigned = [
        _classified(desk, f"{name}的旅客").assign(at, "客户关系经理", name)
        for name in ("地面服务部", "客舱服务部", "行李服务部", "销售部", "质量部")
    ]
    return statistics([*assigned, _classified(desk)])


def test_the_review_names_departments_as_the_company_does_R_CMP_14() -> None:
    """R-CMP-14: the monthly review speaks the company's own department names where its
    policy maps them; two of its departments mapped onto one seed department are counted
    together and the line names both; a department it does not map keeps the seed's name;
    the counts stay by the seed's departments."""
    from custops.i18n import language, stray_words

    review = _airline_review()
    assert review.department_names == (
        ("地面服务部", Department.MARKETING_OFFICE),
        ("客舱服务部", Department.AFTER_SALES),
        ("行李服务部", Department.AFTER_SALES),
    )
    assert review.by_department.as_dict() == {
        Department.QUALITY: 1,
        Department.MARKETING_OFFICE: 1,
        Department.SALES: 1,
        Department.AFTER_SALES: 2,
        None: 1,
    }
    with language("zh_CN"):
        line = next(r for r in review.explain().splitlines() if "部门：" in r)
        assert line.split("：", 1)[1].strip() == (
            "质量部 1 件；地面服务部 1 件；销售部 1 件；客舱服务部/行李服务部 2 件；未定 1 件"
        )
        assert "营销办" not in review.explain()
        assert "售后服务部" not in review.explain()
        assert review.department_name(Department.AFTER_SALES) == "客舱服务部/行李服务部"
        assert review.department_name("质量部") == "质量部"
        assert review.department_name(None) == "未定"
    with language("en_US"):
        text = review.explain()
        assert (
            'department: quality department 1; "地面服务部" 1; sales department 1; '
            '"客舱服务部/行李服务部" 2; not yet known 1'
        ) in " ".join(text.split())
        assert stray_words(text, code="en_US") == ()
        assert review.department_name(Department.QUALITY) == "quality department"


def test_a_review_in_the_company_names_is_stored_and_read_back_R_CMP_14() -> None:
    """R-CMP-14: a stored review keeps the company's names it speaks; a stored pair that
    names no department is refused, naming ``department_names``."""
    import attrs

    review = _airline_review()
    assert serial.from_json(serial.to_json(review)) == review
    with pytest.raises(InvalidInput, match=r"^department_names.*: is not a known Department"):
        attrs.evolve(review, department_names=[("地面服务部", "机务部")])
    with pytest.raises(InvalidInput, match=r"^department_names"):
        attrs.evolve(review, department_names=[(" ", "营销办")])
    seed_named = statistics([_classified("quality")])
    assert seed_named.department_names == ()


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["甲部", "乙部", "丙部", "丁部"]), st.sampled_from(_DEPARTMENTS)
    )
)
def test_property_the_review_names_each_counted_department_once_R_CMP_14(
    names: dict[str, Department],
) -> None:
    """R-CMP-14: whatever the mapping, the review counts what the seed-named policy counts,
    and its department line names every counted department once: by all the company's
    names mapped to it (each names exactly its own), or by the seed's label."""
    from custops.i18n import language

    desk = CasePolicy(sla_policy="quality", department_names=names)
    at = AT + dt.timedelta(minutes=10)
    ours = [_classified(desk, name).assign(at, "客户关系经理", name) for name in names]
    seed = [_classified("quality", name).assign(at, "客户关系经理", d) for name, d in names.items()]
    review = statistics(ours)
    assert review.by_department == statistics(seed).by_department
    with language("zh_CN"):
        for department in review.by_department:
            assert department is not None
            shown = review.department_name(department)
            mine = sorted(n for n, d in names.items() if d is department)
            assert shown.split("/") == mine if mine else shown == department.label
