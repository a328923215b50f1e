"""The car dealer's desk by its own document (D1): its category wording (R-CMP-02), its
departments (R-CMP-03, D1 第三条: 销售经理/服务经理 本部门的主要投诉受理人, no quality department
and no marketing office), praise of its staff routed to their own department, and the
preset names a desk is chosen by.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops._enums import fold
from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Case,
    CaseEvent,
    CasePolicy,
    Category,
    Complaint,
    Department,
)
from custops.errors import IllegalTransition, InvalidInput
from custops.i18n import language
from custops.sla import presets

T0 = dt.datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
ADVISER, CRM = "客户关系顾问", "客户关系经理"
DOCS = Path(__file__).resolve().parent.parent / "docs"


def _case(text: str, desk: str | CasePolicy = "dealer") -> Case:
    complaint = Complaint(received_at=T0, channel="展厅", content=text, complainant="车主")
    return Case.open(complaint, ADVISER, policy=desk)


# ------------------------------------------------------------- categories (R-CMP-02)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("新车销售购销合同", Category.SALES_CONTRACT),  # D1 第一条 2, word for word
        ("新车销售合同", Category.SALES_CONTRACT),
        ("新车购销合同", Category.SALES_CONTRACT),
        ("新车销售购销合同类", Category.SALES_CONTRACT),
        ("购车合同", Category.SALES_CONTRACT),
        ("服务态度", Category.SERVICE_QUALITY),
        ("服务态度问题", Category.SERVICE_QUALITY),
        ("工作态度", Category.SERVICE_QUALITY),  # D10 二 3.3
        ("维修保养", Category.REPAIR_QUALITY),
    ],
)
def test_the_seeds_own_category_wording_is_read_R_CMP_02(text: str, member: Category) -> None:
    """R-CMP-02: D1 第一条's own words for its categories (与新车销售购销合同有关的投诉) and a
    CRM's 服务态度 name the category they mean."""
    assert Category.parse(text) is member
    assert CasePolicy(sla_policy="dealer").staff_category(text) is member


@pytest.mark.parametrize("text", ["售后服务", "售后", "新车"])
def test_an_ambiguous_category_word_stays_refused_R_CMP_02(text: str) -> None:
    """R-CMP-02: 售后服务 (a repair or the staff's service?) names no one category: refused,
    naming the argument."""
    with pytest.raises(InvalidInput, match=r"^category: is not a known Category"):
        Category.parse(text, argument="category")


# ------------------------------------------------------------- departments (R-CMP-03)


def test_the_dealer_desk_routes_by_d1_R_CMP_03() -> None:
    """R-CMP-03, D1 第三条: the dealer has no 质量部 and no 营销办: a car's fault and a repair
    go to 售后服务部 (服务经理), the purchase contract and a return or refund to 销售部
    (销售经理), the rest to 客户关系部 (客户关系经理 判定…受理责任人)."""
    table = dict(CasePolicy(sla_policy="dealer").departments)
    assert table == {
        Category.PRODUCT_QUALITY: Department.AFTER_SALES,
        Category.SALES_CONTRACT: Department.SALES,
        Category.REPAIR_QUALITY: Department.AFTER_SALES,
        Category.SERVICE_QUALITY: Department.CUSTOMER_RELATIONS,
        Category.RETURN_EXCHANGE: Department.SALES,
        Category.PROPOSAL_CRITICISM: Department.CUSTOMER_RELATIONS,
        Category.OTHER: Department.CUSTOMER_RELATIONS,
    }
    assert not {Department.QUALITY, Department.MARKETING_OFFICE} & set(table.values())


def test_the_other_desks_keep_the_seeds_table_R_CMP_03() -> None:
    """R-CMP-03, D10 二 3: the winery's, the quality desk's and the tobacco desk's routing is
    unchanged: the classifier's table."""
    for name in ("winery", "quality", "tobacco"):
        assert CasePolicy(sla_policy=name).departments == DEFAULT_CLASSIFIER_POLICY.departments


def test_a_dealer_overrides_its_own_table_a_category_at_a_time_R_CMP_03() -> None:
    """R-CMP-03: a mapping given overrides the dealer's own table category by category; the
    classifier's whole table given is that table."""
    own = CasePolicy(sla_policy="dealer", departments={"退换货": "客户关系部"})
    assert dict(own.departments)[Category.RETURN_EXCHANGE] is Department.CUSTOMER_RELATIONS
    assert dict(own.departments)[Category.PRODUCT_QUALITY] is Department.AFTER_SALES
    seed = CasePolicy(sla_policy="dealer", departments=DEFAULT_CLASSIFIER_POLICY.departments)
    assert seed.departments == DEFAULT_CLASSIFIER_POLICY.departments


def test_a_complaint_not_established_is_answered_by_the_dealers_department_R_CMP_05() -> None:
    """R-CMP-05, R-CMP-03: on the dealer's desk, an unfounded complaint about the car is
    answered by 售后服务部, not by a quality department the dealer does not have."""
    desk = CasePolicy(sla_policy="dealer")
    assert desk.explaining_department("产品质量") is Department.AFTER_SALES
    assert desk.explaining_department("退换货") is Department.SALES


# ------------------------------------------------------------- praise of staff (R-CMP-01)


@pytest.mark.parametrize(
    ("text", "dealer", "winery"),
    [
        ("感谢销售顾问小王，服务很周到", Department.SALES, Department.MARKETING_OFFICE),
        ("服务顾问李师傅很耐心，点赞", Department.AFTER_SALES, Department.MARKETING_OFFICE),
        ("谢谢张顾问，交车仪式很用心", Department.SALES, Department.SALES),
        ("服务很周到，点赞", Department.CUSTOMER_RELATIONS, Department.MARKETING_OFFICE),
        ("新车开起来很舒服，点赞", Department.AFTER_SALES, Department.QUALITY),
    ],
)
def test_praise_goes_to_the_praised_staffs_department_on_the_dealer_desk_R_CMP_03(
    text: str, dealer: Department, winery: Department
) -> None:
    """R-CMP-01, R-CMP-03, D1 第三条: on the dealer's desk praise of a sales consultant goes to
    销售部, of a service adviser to 售后服务部 (their managers handle their department's
    matters); the winery's desk keeps D10 二 3.3's 营销办 for staff; a car praised goes
    where its faults go.  The case replays to the same department."""
    for desk, expected in (("dealer", dealer), ("winery", winery)):
        case = _case(text, desk).classify(T0, CRM)
        assert case.department is expected, (desk, text)
        assert Case(case.complaint, case.events, policy=desk) == case
        assert case.routing().allowed
        assert case.routing().rule == "R-CMP-03"


def test_praise_of_staff_by_title_says_so_R_CMP_03() -> None:
    """R-CMP-03: the routing of praise sent to the staff's own department names why, in
    either language."""
    case = _case("感谢销售顾问小王，服务很周到").classify(T0, CRM)
    with language("zh_CN"):
        assert case.routing().reason == "表扬的是服务质量，点名销售部的员工（按职务），转销售部"
    with language("en_US"):
        assert case.routing().reason == (
            "praise of service quality names staff of sales department by their title: "
            "sales department"
        )


def test_a_desk_that_routes_service_itself_keeps_its_routing_R_CMP_03() -> None:
    """R-CMP-03: a dealer that sends service matters to 售后服务部 itself has praise of a sales
    consultant's service go there too: the caller's table wins over the titles."""
    own = CasePolicy(sla_policy="dealer", departments={"服务质量": "售后服务部"})
    case = _case("感谢销售顾问小王，服务很周到", own).classify(T0, CRM)
    assert case.department is Department.AFTER_SALES


def test_a_replayed_praise_sent_elsewhere_is_refused_R_CMP_03() -> None:
    """R-CMP-03: praise classified to a department the desk does not route it to is refused,
    naming the department the desk routes it to."""
    case = _case("感谢销售顾问小王，服务很周到").classify(T0, CRM)
    record, classified = case.events
    moved = CaseEvent(
        classified.at, "classify", CRM, data={**dict(classified.data), "department": "客户关系部"}
    )
    with pytest.raises(IllegalTransition, match=r"customer_relations.*sales"):
        Case(case.complaint, (record, moved), policy="dealer")


_SALES = ("销售顾问", "销售经理", "交车专员")
_SERVICE = ("服务顾问", "维修技师", "售后经理")


@given(
    title=st.sampled_from(_SALES + _SERVICE),
    name=st.sampled_from(("小王", "张", "李师傅", "")),
)
def test_property_staff_praise_routes_to_the_titles_department_R_CMP_03(
    title: str, name: str
) -> None:
    """R-CMP-03: praise of service naming one department's staff title goes to that
    department on the dealer's desk, and the replay agrees."""
    case = _case(f"感谢{title}{name}，服务很周到").classify(
        T0, CRM, kind="表扬", category="服务质量"
    )
    expected = Department.SALES if title in _SALES else Department.AFTER_SALES
    assert case.department is expected
    assert Case(case.complaint, case.events, policy="dealer") == case


# ------------------------------------------------------------- preset names


def test_every_preset_name_is_documented_and_deliberate() -> None:
    """Every short name a desk is chosen by (policy="4S店") is listed in docs/cases.md, and
    every name listed there chooses the desk it is listed with."""
    text = (DOCS / "cases.md").read_text(encoding="utf-8")
    section = text.split("<!-- preset names -->")[1]
    rows = re.findall(r"^\| `(\w+)` \| (.+?) \|$", section, flags=re.M)
    listed = {name: {n.strip(" `") for n in names.split(",")} for name, names in rows}
    assert set(listed) == set(presets.names())
    for name, names in listed.items():
        for alias in names:
            assert presets.get(alias).name == name, alias
            assert CasePolicy(sla_policy=alias).sla_policy.name == name
    shown = {fold(alias) for names in listed.values() for alias in names}
    assert set(presets._ALIASES) <= shown  # no name chooses a desk unlisted
