"""A company's own category names (CasePolicy.category_names), as department_names maps
departments: read wherever a category is taken (Case.classify, the routing table
``departments``; R-CMP-02, R-CMP-03), recorded and counted in the review (R-CMP-14) as the
seed's category; an unknown name is refused saying how to map it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Case, CasePolicy, Category, Complaint, Department, statistics
from custops.errors import InvalidInput, PolicyError

SH = ZoneInfo("Asia/Shanghai")
OWN = {"口感异味": "产品质量", "包装破损": "产品质量", "沉淀悬浮": "退换货", "服务态度": "服务质量"}
MINE = CasePolicy(sla_policy="winery", category_names=OWN)
SEED = CasePolicy(sla_policy="winery")


def T(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 9, day, hour, tzinfo=SH)


def case(policy: CasePolicy, category: str, *, kind: str = "投诉", day: int = 7) -> Case:
    c = Complaint(received_at=T(day, 9), channel="电话", content="酒有怪味", complainant="王先生")
    judged = True if kind == "投诉" else None
    return Case.open(c, "客户关系顾问", policy=policy).classify(
        T(day, 10),
        "客户关系经理",
        kind=kind,
        category=category,
        grounds_sufficient=judged,
        demand_reasonable=judged,
    )


def test_a_company_category_name_is_the_seed_category_R_CMP_02() -> None:
    assert case(MINE, "口感异味").category is Category.PRODUCT_QUALITY
    assert case(MINE, "沉淀悬浮").category is Category.RETURN_EXCHANGE
    assert MINE.staff_category(" 服务态度 ") is Category.SERVICE_QUALITY
    assert MINE.staff_category("退换货") is Category.RETURN_EXCHANGE


def test_an_unknown_category_is_refused_saying_how_to_map_it_R_CMP_02() -> None:
    with pytest.raises(InvalidInput, match=r"category: .*category_names=\{name: category\}"):
        case(SEED, "口感异味")
    with pytest.raises(PolicyError, match="category_names"):  # a seed label is no own name
        CasePolicy(sla_policy="winery", category_names={"产品质量": "服务质量"})


def test_an_identity_line_of_an_exported_category_table_changes_nothing_R_CMP_02() -> None:
    """R-CMP-02: a line mapping a seed category's name to itself (产品质量 → 产品质量,
    退换货 → return_exchange) is read as nothing: the policy is the one without it."""
    exported = {**OWN, "产品质量": "产品质量", "退换货": "return_exchange"}
    assert CasePolicy(sla_policy="winery", category_names=exported) == MINE
    assert case(MINE, "产品质量").category is Category.PRODUCT_QUALITY


def test_the_routing_table_takes_the_company_names_R_CMP_03() -> None:
    desk = CasePolicy(
        sla_policy="winery", category_names=OWN, departments={"服务态度": "售后服务部"}
    )
    assert dict(desk.departments)[Category.SERVICE_QUALITY] is Department.AFTER_SALES
    praise = case(desk, "服务态度", kind="表扬")
    assert praise.department is Department.AFTER_SALES


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(sorted(OWN)), min_size=1, max_size=5))
def test_a_policy_in_company_names_behaves_as_the_seed_named_one_R_CMP_14(
    names: list[str],
) -> None:
    mine = [case(MINE, n, day=7 + i) for i, n in enumerate(names)]
    seed = [case(SEED, OWN[n], day=7 + i) for i, n in enumerate(names)]
    assert [c.events for c in mine] == [c.events for c in seed]
    at = T(30, 18)
    assert statistics(mine, at=at) == statistics(seed, at=at)


def test_an_unknown_channel_is_refused_saying_how_to_map_it_R_CMP_04() -> None:
    with pytest.raises(InvalidInput, match=r"^channel: .*map a company's own channel name"):
        Complaint(received_at=T(7), channel="经销商转达", content="酒有怪味", complainant="王")
    mine = {"经销商转达": "转交"}  # mapped before the call, as docs/enums.md shows
    c = Complaint(
        received_at=T(7), channel=mine["经销商转达"], content="酒有怪味", complainant="王"
    )
    assert c.channel.value == "forwarded"
