"""custops.archives after the records audit (audit-records F3, F4, F6, F12, F14) and the API
audit: updates dated after ``on`` do not count (R-SLA-15),
the approver's role is a policy (R-ARC-02: D2 直接上级, D9 销售总监) and nobody approves their
own archive, the seed's own record names parse (R-ARC-01), and every result explains itself.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.archives import (
    Archive,
    ArchivePolicy,
    FileContent,
    RecordKind,
    Relation,
    SurveyOutcome,
    SurveyStatus,
    UpdateOutcome,
    UpdatePeriod,
    completeness,
    overdue_updates,
    survey_due,
    update_schedule,
)
from custops.decisions import Explained
from custops.errors import InvalidType, PolicyError
from custops.i18n import language

D = dt.date
BASE = Archive(
    "某医院",
    created_on=D(2025, 3, 3),
    records=list(RecordKind),
    contents=list(FileContent),
    keeper_id="王五",
    created_by_id="李四",
    approved_by_id="赵六",
    approver_role="直接上级",
)


# --- F3: R-SLA-15 ---------------------------------------------------------------------------------


def test_R_SLA_15_an_update_after_on_does_not_count_F3() -> None:
    """Audit F3 (R-SLA-15): on 2024-11-01 the 2024-12-15 update has not happened: Q4 is
    OPEN, as survey_due ignores a survey after ``on`` (before: DONE)."""
    a = Archive(
        "某经销商",
        created_on=D(2024, 1, 2),
        partner_since_on=D(2024, 1, 1),
        updates=[D(2024, 4, 10), D(2024, 7, 10), D(2024, 12, 15)],
    )
    q4 = update_schedule(a, on=D(2024, 11, 1))[-1]
    assert (q4.name, q4.updated_on, q4.outcome) == ("2024Q4", None, UpdateOutcome.OPEN)
    assert update_schedule(a, on=D(2024, 12, 31))[-1].outcome is UpdateOutcome.DONE


@settings(max_examples=80)
@given(
    st.dates(min_value=D(2020, 1, 1), max_value=D(2026, 6, 30)),
    st.lists(st.dates(min_value=D(2020, 1, 1), max_value=D(2026, 12, 31)), max_size=8),
)
def test_R_SLA_15_property_the_schedule_sees_only_the_past(
    on: dt.date, updates: list[dt.date]
) -> None:
    """Audit F3 property (R-SLA-15): the schedule on ``on`` is the same whether or not
    updates dated after ``on`` are recorded."""
    a = Archive("某药店", created_on=D(2020, 1, 1), partner_since_on=D(2020, 1, 1), updates=updates)
    past = attrs.evolve(a, updates=[d for d in updates if d <= on])
    assert update_schedule(a, on=on) == update_schedule(past, on=on)
    assert all(p.updated_on is None or p.updated_on <= on for p in update_schedule(a, on=on))


# --- F4: R-ARC-02 ---------------------------------------------------------------------------------


def test_R_ARC_02_the_direct_superior_approves_by_default_D2() -> None:
    """R-ARC-02, D2 1 交直接上级审核 (RULES.md §7): the default policy wants the direct
    superior; an approval without a role, or by another role, is not the approval asked."""
    assert completeness(BASE).allowed
    assert ArchivePolicy().approver is Relation.SUPERVISOR
    for role in (None, "销售总监", "相关业务人员"):
        c = completeness(attrs.evolve(BASE, approver_role=role))
        assert (c.allowed, c.missing_approval, c.unmet_rule_ids) == (False, True, ("R-ARC-02",))
        assert c.reason == "missing: an approval by the direct superior"
    unapproved = completeness(attrs.evolve(BASE, approved_by_id=None))
    assert unapproved.reason == "missing: an approval (by the direct superior)"
    with language("zh_CN"):
        assert completeness(attrs.evolve(BASE, approved_by_id=None)).reason == (
            "缺少：审批确认（须由直接上级）"
        )


def test_R_ARC_02_the_sales_director_approves_under_D9() -> None:
    """R-ARC-02, D9 4.1.2 c 客户档案由销售总监进行审批确认: a policy choice."""
    d9 = ArchivePolicy(approver="销售总监")
    assert d9.approver is Relation.SALES_DIRECTOR
    director = attrs.evolve(BASE, approver_role=Relation.SALES_DIRECTOR)
    assert completeness(director, policy=d9).allowed
    assert not completeness(BASE, policy=d9).allowed
    assert not completeness(director).allowed  # the D2 default wants the direct superior
    with language("zh_CN"):
        assert completeness(BASE, policy=d9).reason == "缺少：由销售总监审批确认"


@pytest.mark.parametrize(
    ("who", "role"),
    [("keeper_id", "keeper"), ("created_by_id", "creator"), ("customer_id", "customer")],
)
def test_R_ARC_02_no_self_approval(who: str, role: str) -> None:
    """R-ARC-02 (D2 1: built by one person, approved by the superior, kept by another): the
    approver is never the keeper, the creator or the customer, compared after trimming."""
    person = getattr(BASE, who)
    own = attrs.evolve(BASE, approved_by_id=f"\u3000{person} ")
    c = completeness(own)
    assert (c.allowed, c.missing_approval, c.rule) == (False, True, "R-ARC-02")
    assert c.reason == f"missing: an approval by someone other than the {role} (no self-approval)"


def test_R_ARC_02_approval_not_required() -> None:
    """R-ARC-02: ``require_approval=False`` asks no approval at all."""
    free = ArchivePolicy(require_approval=False)
    assert completeness(attrs.evolve(BASE, approved_by_id="王五", approver_role=None), policy=free)


def test_R_ARC_02_the_approver_is_one_of_the_two_seed_roles() -> None:
    """R-ARC-02: only D2's direct superior or D9's sales director may be the policy's
    approver; the archive's roles are parsed in any spelling."""
    with pytest.raises(PolicyError, match="approver: must be the direct superior"):
        ArchivePolicy(approver="keeper")
    assert attrs.evolve(BASE, approver_role="上級").approver_role is Relation.SUPERVISOR
    with pytest.raises(InvalidType, match="approver_role"):
        attrs.evolve(BASE, approver_role=3)  # type: ignore[arg-type]


_PEOPLE = st.sampled_from(["王五", "李四", "赵六", "钱七", " 王五 ", "某医院"])


@settings(max_examples=120)
@given(
    _PEOPLE,
    st.one_of(st.none(), _PEOPLE),
    st.one_of(st.none(), _PEOPLE),
    st.one_of(st.none(), st.sampled_from(list(Relation))),
    st.sampled_from([Relation.SUPERVISOR, Relation.SALES_DIRECTOR]),
)
def test_R_ARC_02_property_approval(
    keeper: str,
    creator: str | None,
    approver: str | None,
    role: Relation | None,
    wanted: Relation,
) -> None:
    """R-ARC-02 property: a full archive is complete iff it is approved, in the policy's
    role, by someone who is not its keeper, creator or customer (after trimming)."""
    a = attrs.evolve(
        BASE, keeper_id=keeper, created_by_id=creator, approved_by_id=approver, approver_role=role
    )
    others = {a.keeper_id, a.created_by_id, a.customer_id}
    expected = a.approved_by_id is not None and a.approved_by_id not in others and role is wanted
    c = completeness(a, policy=ArchivePolicy(approver=wanted))
    assert c.allowed == expected
    assert c.missing_approval == (not expected)


# --- F6: names trimmed ----------------------------------------------------------------------------


def test_R_ARC_02_people_are_trimmed_F6() -> None:
    """Audit F6 (R-ARC-01/02): names pasted with spaces (also U+3000) are trimmed, so an
    archive equals itself typed cleanly."""
    padded = Archive(
        "\u3000某医院 ", created_on=D(2025, 3, 3), keeper_id=" 王五", created_by_id="李四\u3000"
    )
    assert (padded.customer_id, padded.keeper_id, padded.created_by_id) == (
        "某医院",
        "王五",
        "李四",
    )
    assert padded == Archive(
        "某医院", created_on=D(2025, 3, 3), keeper_id="王五", created_by_id="李四"
    )


# --- F12: R-ARC-01 --------------------------------------------------------------------------------

# D3 三 1–12, word for word.
_D3 = (
    "收集客户单位资料",
    "客户缴费记录包括各样应付之押金",
    "客户装修工程文件",
    "客户迁入时填具之资料",
    "客户资料补充",
    "客户联络资料",
    "紧急事故联络人的资料",
    "客户与管理处往来文件",
    "客户违规事项与欠费记录",
    "客户维修记录",
    "客户投诉记录",
    "客户单位有关的工程档案(与二次装修工程有关资料)与工作程序",
)


def test_R_ARC_01_the_seeds_own_record_names_parse_F12() -> None:
    """Audit F12, R-ARC-01: each line of D3 三, as the seed writes it, is its RecordKind,
    in order (also with full-width parentheses)."""
    assert [RecordKind.parse(line) for line in _D3] == list(RecordKind)
    assert RecordKind.parse("客户单位有关的工程档案（与二次装修工程有关资料）与工作程序") is (
        RecordKind.ENGINEERING
    )


# --- F14: survey and update outcomes ----------------------------------------------------------


def test_R_SLA_15_update_periods_explain_themselves_api_4_6() -> None:
    """R-SLA-15: ``outcome`` (was ``status``), a one-line reason, Explained."""
    a = Archive(
        "某药店", created_on=D(2025, 2, 1), partner_since_on=D(2025, 1, 1), updates=[D(2025, 8, 1)]
    )
    q1, q2, q3, q4 = update_schedule(a, on=D(2025, 10, 10))
    assert isinstance(q2, UpdatePeriod)
    assert isinstance(q2, Explained)
    assert [p.outcome for p in (q1, q2, q3, q4)] == [
        UpdateOutcome.DONE,
        UpdateOutcome.OVERDUE,
        UpdateOutcome.DONE,
        UpdateOutcome.OPEN,
    ]
    assert q1.reason == "2025Q1 updated on 2025-02-01"
    assert q2.reason == "2025Q2: no update; it was due on or before 2025-06-30"
    assert q4.reason == "2025Q4: no update yet; due on or before 2025-12-31"
    assert str(q2) == "overdue (R-SLA-15): 2025Q2: no update; it was due on or before 2025-06-30"
    assert q2.explain() == str(q2)
    with pytest.raises(InvalidType, match=r"test result\.outcome"):
        bool(q2)
    with language("zh_CN"):
        assert str(update_schedule(a, on=D(2025, 10, 10))[1]) == (
            "逾期未更新（R-SLA-15）：2025Q2 未见更新，最迟应于 2025-06-30（含当日）更新，现已逾期"
        )
    (late,) = (o for o in overdue_updates([a], on=D(2025, 10, 10)))
    assert late.update_period == q2  # was ``period``
    # The overdue entry explains itself with its period's outcome, rule and reason.
    assert (late.outcome, late.rule, str(late)) == (UpdateOutcome.OVERDUE, "R-SLA-15", str(q2))
    with pytest.raises(InvalidType):
        bool(late)


def test_R_SLA_18_survey_status_explains_itself_api_4_5() -> None:
    """audit F14 (R-SLA-18): SurveyStatus is Explained, with survey outcomes
    of its own (已调查 / 待调查 / 逾期未调查), not the update labels."""
    s = survey_due([D(2022, 5, 1)], on=D(2025, 6, 1))
    assert isinstance(s, SurveyStatus)
    assert isinstance(s, Explained)
    assert s.outcome is SurveyOutcome.OVERDUE
    assert str(s) == "overdue (R-SLA-18): no satisfaction survey in 2023, 2024"
    with pytest.raises(InvalidType):
        bool(s)
    with language("zh_CN"):
        assert [o.label for o in SurveyOutcome] == ["已调查", "待调查", "逾期未调查"]
        assert str(survey_due([D(2025, 3, 1)], on=D(2025, 6, 1))).startswith("已调查（R-SLA-18）")


def test_R_ARC_01_completeness_names_rule_ids_api_6_21() -> None:
    """R-ARC-01, R-ARC-02: ``Completeness.rule_ids`` (was ``rules``) names the
    rules applied, as every result's ``rule_ids`` does; ``unmet_rule_ids`` those not met."""
    empty = completeness(Archive("某药店", created_on=D(2025, 3, 3)))
    assert empty.rule_ids == empty.unmet_rule_ids == ("R-ARC-01", "R-ARC-02")
    assert empty.rule == "R-ARC-01"
    complete = completeness(BASE)
    assert complete.rule_ids == ("R-ARC-01", "R-ARC-02")
    assert (complete.allowed, complete.rule, complete.unmet_rule_ids) == (True, "R-ARC-01", ())
