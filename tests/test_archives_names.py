"""Tests of a company's own record kinds and titles in custops.archives: ``ArchivePolicy``'s
``record_names`` and ``relation_names``, read by ``required_records``, ``approver``,
``record_kind``, ``record_kinds`` and ``staff_relation`` (R-ARC-01, R-ARC-02, R-ARC-03)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops._enums import fold
from custops.archives import (
    Archive,
    ArchivePolicy,
    LoanRequest,
    RecordKind,
    Relation,
    can_lend_record,
    completeness,
)
from custops.errors import InvalidInput, InvalidType, PolicyError

D = dt.date
# A manufacturer's supplier archive (purchasing department and records office).
PLANT = ArchivePolicy(
    record_names={
        "供应商资质证书": "客户单位资料",
        "营业执照副本": "客户单位资料",
        "供货协议": "客户与管理处往来文件",
        "年度评审": "客户资料补充",
    },
    relation_names={
        "采购部经理": "直接上级",
        "财务部": "相关业务人员",
        "档案室": "档案管理人",
        "外部审计": "无关人员",
    },
    required_records=["供应商资质证书", "营业执照副本", "供货协议", "年度评审"],
    required_contents=["联系方式"],
    approver="采购部经理",
)
SUPPLIER = Archive(
    "SUP-0193",
    created_on=D(2026, 2, 24),
    records=PLANT.record_kinds(["供应商资质证书", "供货协议", "年度评审"]),
    contents=["联系方式"],
    keeper_id="档案室-刘敏",
    created_by_id="采购-王强",
    approved_by_id="采购部经理-赵刚",
    approver_role=PLANT.staff_relation("采购部经理"),
)


def _loan(relation: Relation | str, **changes: Any) -> LoanRequest:
    base = LoanRequest(
        "孙丽",
        relation,
        "核对付款记录",
        on=D(2026, 9, 30),
        due_back_on=D(2026, 10, 8),
        registered=True,
    )
    return attrs.evolve(base, **changes)


# -- the policy reads its own names ---------------------------------------------------------


def test_R_ARC_01_required_records_take_the_company_names() -> None:
    assert PLANT.required_records == {
        RecordKind.UNIT_DATA,
        RecordKind.CORRESPONDENCE,
        RecordKind.SUPPLEMENTS,
    }
    assert PLANT.record_kind("供应商资质证书") is RecordKind.UNIT_DATA
    assert PLANT.record_kind(RecordKind.REPAIRS) is RecordKind.REPAIRS  # a member as it is
    assert PLANT.record_kind("维修记录") is RecordKind.REPAIRS  # the seed's names still read


def test_R_ARC_02_the_approver_may_be_the_company_title() -> None:
    assert PLANT.approver is Relation.SUPERVISOR
    seed_named = attrs.evolve(PLANT, approver="直接上级")
    assert seed_named == PLANT
    d9 = ArchivePolicy(relation_names={"采购总监": "销售总监"}, approver="采购总监")
    assert d9.approver is Relation.SALES_DIRECTOR


def test_R_ARC_02_an_approver_outside_the_seed_choices_is_still_refused() -> None:
    # 财务部 stands in 相关业务人员, who approves under neither D2 nor D9
    with pytest.raises(PolicyError) as caught:
        ArchivePolicy(relation_names={"财务部": "相关业务人员"}, approver="财务部")
    assert caught.value.argument == "approver"


@pytest.mark.parametrize(
    "spelling", ["供应商资质证书", " 供应商资质证书 ", "供應商資質證書", "供应商资质证书\u3000"]
)
def test_R_ARC_01_own_names_read_as_the_seed_names_are(spelling: str) -> None:
    """Spaces, full-width spaces and Traditional forms are ignored, as in the seed's names."""
    assert PLANT.record_kind(spelling) is RecordKind.UNIT_DATA


@pytest.mark.parametrize("spelling", ["采购部经理", "採購部經理", " 采购部经理"])
def test_R_ARC_03_own_titles_read_in_any_spelling(spelling: str) -> None:
    assert PLANT.staff_relation(spelling) is Relation.SUPERVISOR


def test_R_ARC_01_record_kinds_keep_the_collection_shape() -> None:
    assert PLANT.record_kinds({"供货协议", "维修记录"}) == {
        RecordKind.CORRESPONDENCE,
        RecordKind.REPAIRS,
    }
    assert PLANT.record_kinds(()) == frozenset()
    with pytest.raises(InvalidType) as caught:  # a lone text is not a collection
        PLANT.record_kinds("供货协议")
    assert caught.value.argument == "records"


# -- decisions on mapped values -------------------------------------------------------------


def test_R_ARC_01_completeness_checks_the_company_list() -> None:
    c = completeness(SUPPLIER, policy=PLANT)
    assert c.allowed
    lacking = attrs.evolve(SUPPLIER, records=PLANT.record_kinds(["供应商资质证书", "年度评审"]))
    c = completeness(lacking, policy=PLANT)
    assert not c.allowed
    assert c.rule == "R-ARC-01"
    assert c.missing_records == (RecordKind.CORRESPONDENCE,)


def test_R_ARC_02_an_approval_by_the_company_title_is_complete() -> None:
    other = attrs.evolve(SUPPLIER, approver_role=PLANT.staff_relation("财务部"))
    c = completeness(other, policy=PLANT)
    assert (c.allowed, c.rule, c.missing_approval) == (False, "R-ARC-02", True)


def test_R_ARC_03_a_loan_to_the_finance_department() -> None:
    d = can_lend_record(_loan(PLANT.staff_relation("财务部")), archive=SUPPLIER, policy=PLANT)
    assert (d.allowed, d.rule) == (True, "R-ARC-03")


def test_R_ARC_03_a_mapped_unrelated_party_is_refused() -> None:
    d = can_lend_record(_loan(PLANT.staff_relation("外部审计")), archive=SUPPLIER, policy=PLANT)
    assert (d.allowed, d.rule) == (False, "R-ARC-03")


def test_R_ARC_03_a_mapped_keeper_is_checked_against_the_archive() -> None:
    loan = _loan(PLANT.staff_relation("档案室"))
    d = can_lend_record(loan, archive=SUPPLIER, policy=PLANT)
    assert (d.allowed, d.rule) == (False, "R-ARC-03")
    assert "档案室-刘敏" in d.reason
    keeper = attrs.evolve(loan, borrower_id="档案室-刘敏")
    assert can_lend_record(keeper, archive=SUPPLIER, policy=PLANT).allowed


# -- refusals say how to map a company's own name --------------------------------------------


def test_R_ARC_01_an_unknown_record_kind_says_how_to_map_it() -> None:
    with pytest.raises(InvalidInput) as caught:
        Archive("SUP-0193", created_on=D(2026, 2, 24), records=["维修记录", "质量体系认证"])
    error = caught.value
    assert (error.argument, error.value) == ("records[1]", "质量体系认证")
    assert "ArchivePolicy.record_names" in error.problem
    assert "ArchivePolicy.record_kind" in error.problem
    with pytest.raises(InvalidInput) as caught:
        PLANT.record_kind("质量体系认证")
    assert (caught.value.argument, caught.value.value) == ("record_kind", "质量体系认证")
    with pytest.raises(InvalidInput) as caught:
        PLANT.record_kinds(["供货协议", "质量体系认证"])
    assert caught.value.argument == "records[1]"
    with pytest.raises(InvalidInput) as caught:
        attrs.evolve(PLANT, required_records=["供货协议", "质量体系认证"])
    assert caught.value.argument == "required_records[1]"
    assert "record_names" in caught.value.problem


def test_R_ARC_03_an_unknown_relation_says_how_to_map_it() -> None:
    with pytest.raises(InvalidInput) as caught:
        _loan("财务部")
    assert (caught.value.argument, caught.value.value) == ("relation", "财务部")
    assert "ArchivePolicy.relation_names" in caught.value.problem
    assert "ArchivePolicy.staff_relation" in caught.value.problem
    with pytest.raises(InvalidInput) as caught:
        attrs.evolve(SUPPLIER, approver_role="采购部经理")
    assert caught.value.argument == "approver_role"
    assert "relation_names" in caught.value.problem
    with pytest.raises(InvalidInput) as caught:
        PLANT.staff_relation("质检部")
    assert (caught.value.argument, caught.value.value) == ("relation", "质检部")
    with pytest.raises(InvalidInput) as caught:
        ArchivePolicy(approver="采购部经理")  # the title without its mapping
    assert caught.value.argument == "approver"


def test_R_ARC_03_the_seed_policy_reads_no_company_names() -> None:
    with pytest.raises(InvalidInput):
        ArchivePolicy().staff_relation("财务部")
    with pytest.raises(InvalidInput):
        ArchivePolicy().record_kind("供货协议")


# -- the tables themselves -------------------------------------------------------------------


def test_R_ARC_03_a_seed_name_may_not_map_to_another_relation() -> None:
    with pytest.raises(PolicyError) as caught:
        ArchivePolicy(relation_names={"负责人": "直接上级"})  # 负责人 is the handler's alias
    assert (caught.value.argument, caught.value.value) == ("relation_names", "负责人")


def test_R_ARC_01_a_seed_name_may_not_map_to_another_record_kind() -> None:
    with pytest.raises(PolicyError) as caught:
        ArchivePolicy(record_names={"押金": "客户单位资料"})  # 押金 is a payments record
    assert caught.value.argument == "record_names"


def test_R_ARC_01_an_identity_line_changes_nothing() -> None:
    assert ArchivePolicy(record_names={"维修记录": "维修记录"}) == ArchivePolicy()
    assert ArchivePolicy(relation_names={"上级": "直接上级"}) == ArchivePolicy()


def test_R_ARC_01_two_spellings_of_one_name_are_refused() -> None:
    with pytest.raises(PolicyError) as caught:
        ArchivePolicy(record_names={"供货协议": "往来文件", " 供货协议 ": "往来文件"})
    assert caught.value.argument == "record_names"


def test_R_ARC_01_a_mapping_to_no_seed_member_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:  # as every unknown member of a policy field
        ArchivePolicy(record_names={"供货协议": "合同"})
    assert caught.value.argument == "record_names['供货协议']"
    with pytest.raises(InvalidType):
        ArchivePolicy(relation_names=["财务部"])  # type: ignore[list-item]


def test_R_ARC_01_the_tables_are_kept_sorted_and_shown() -> None:
    pol = ArchivePolicy(relation_names=[("财务部", "colleague"), ("采购部经理", "supervisor")])
    assert pol.relation_names == (
        ("财务部", Relation.COLLEAGUE),
        ("采购部经理", Relation.SUPERVISOR),
    )
    assert "采购部经理" in repr(pol)


# -- properties: a company's own name decides as the seed's name it maps to ------------------

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


def _own_name(cls: type[RecordKind] | type[Relation]) -> st.SearchStrategy[str]:
    """A text that is none of the seed's names of ``cls``."""

    def not_seed(name: str) -> bool:
        try:
            cls.parse(name)
        except InvalidInput:
            return True
        return False

    return st.text(_CJK, min_size=2, max_size=6).filter(not_seed)


@settings(max_examples=60)
@given(
    _own_name(Relation),
    st.sampled_from(list(Relation)),
    st.sampled_from(["孙丽", "档案室-刘敏", "采购-王强", "采购部经理-赵刚"]),
    st.booleans(),
    st.integers(0, 40),
)
def test_R_ARC_03_an_own_relation_lends_as_the_seed_relation(
    name: str, relation: Relation, borrower: str, registered: bool, days: int
) -> None:
    pol = ArchivePolicy(relation_names={name: relation}, max_loan_days=30)
    loan = _loan(
        pol.staff_relation(name),
        borrower_id=borrower,
        registered=registered,
        due_back_on=D(2026, 9, 30) + dt.timedelta(days=days),
    )
    seed = attrs.evolve(loan, relation=relation.label)
    mine = can_lend_record(loan, archive=SUPPLIER, policy=pol)
    theirs = can_lend_record(seed, archive=SUPPLIER, policy=pol)
    assert (mine.allowed, mine.rule, mine.reason) == (theirs.allowed, theirs.rule, theirs.reason)


@settings(max_examples=60)
@given(
    st.lists(_own_name(RecordKind), min_size=1, max_size=4, unique=True),
    st.data(),
)
def test_R_ARC_01_own_record_kinds_decide_as_the_seed_kinds(
    names: list[str], data: st.DataObject
) -> None:
    assume(len({fold(n) for n in names}) == len(names))
    kinds = [data.draw(st.sampled_from(list(RecordKind))) for _ in names]
    table = dict(zip(names, kinds, strict=True))
    held = data.draw(st.lists(st.sampled_from(names), unique=True))
    required = data.draw(st.lists(st.sampled_from(names), unique=True))
    approver = data.draw(st.sampled_from([Relation.SUPERVISOR, Relation.SALES_DIRECTOR]))
    title = data.draw(_own_name(Relation))
    mine_pol = ArchivePolicy(
        record_names=table,
        relation_names={title: approver},
        required_records=required,
        approver=title,
    )
    seed_pol = ArchivePolicy(required_records=[table[n] for n in required], approver=approver)
    mine = attrs.evolve(
        SUPPLIER,
        records=mine_pol.record_kinds(held),
        approver_role=mine_pol.staff_relation(title),
    )
    seed = attrs.evolve(
        SUPPLIER,
        records=[table[n].label for n in held],
        approver_role=approver.label,
    )
    a, b = completeness(mine, policy=mine_pol), completeness(seed, policy=seed_pol)
    assert (a.allowed, a.rule, a.reason, a.missing_records, a.missing_approval) == (
        b.allowed,
        b.rule,
        b.reason,
        b.missing_records,
        b.missing_approval,
    )


@settings(max_examples=40)
@given(st.sampled_from(list(RecordKind)), st.sampled_from(list(Relation)))
def test_R_ARC_01_every_seed_name_still_reads_under_a_company_table(
    kind: RecordKind, relation: Relation
) -> None:
    """A company's table adds names; it takes none of the seed's away."""
    assert PLANT.record_kind(kind.label) is kind
    assert PLANT.record_kind(kind.value) is kind
    assert PLANT.staff_relation(relation.label) is relation
