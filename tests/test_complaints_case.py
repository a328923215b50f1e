"""Tests of custops.complaints.case: the case workflow, its SLA clocks, the six clears.

Rule IDs: R-CMP-05/06/07/08 (flows), R-CMP-01 (consultations, suggestions), R-CMP-13
(penalties by loss and delay), R-CMP-15 (six clears), R-SLA-01/02/03/04/05/09/10/11/12
(clocks the case starts and stops), R-SLA-23 (retention).  Worked examples cross
National Day 2025 (1–8 October off; Saturday 11 October a 调休 working day) and Spring
Festival 2026 (15–23 February off; Saturdays 14 and 28 February 调休 working days).
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import inspect
import itertools
import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import event as hyp_event
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Case,
    CaseAction,
    CaseEvent,
    CasePolicy,
    Category,
    ClearKind,
    ClearOutcome,
    Complaint,
    Department,
    Flow,
    Kind,
    Party,
    ResponsibilityPolicy,
    RetentionPolicy,
    Role,
    Severity,
    Stage,
    Validity,
    assess_penalty,
    classify,
    retention_until,
)
from custops.complaints import case as case_module
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.periods import Period
from custops.sla import State, presets
from custops.testing import cases

SH = ZoneInfo("Asia/Shanghai")
A = CaseAction
DEALER = CasePolicy(sla_policy=presets.DEALER)

ADVISER = "客户关系顾问"
CRM = "客户关系经理"
GM = "总经理"
QM = "质量负责人"
DM = "部门经理"


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def S(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """A moment of 2026 (Spring Festival examples)."""
    return T(month, day, hour, minute, year=2026)


def show(t: dt.datetime) -> str:
    return t.isoformat(sep=" ", timespec="minutes")


def complaint(at: dt.datetime, **kw: Any) -> Complaint:
    fields: dict[str, Any] = {
        "channel": "电话",
        "content": "酒有怪味，口感不对",
        "complainant": "王先生",
        "contact": "138 0000 0000",
    }
    fields.update(kw)
    return Complaint(received_at=at, **fields)


def general(case: Case, at: dt.datetime, **kw: Any) -> Case:
    data: dict[str, Any] = {
        "kind": "投诉",
        "category": "产品质量",
        "severity": "一般",
        "grounds_sufficient": True,
        "demand_reasonable": True,
    }
    data.update(kw)
    return case.classify(at, CRM, **data)


# --------------------------------------------------------------------------- flows


def test_general_flow_dealer_national_day_2025_R_CMP_06_R_SLA_01() -> None:
    """D1 第四条: record → classify → assign → propose (one working day) → GM → notify → …"""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER)
    assert case.stage is Stage.RECORDED
    assert case.flow is None
    assert case.allowed_events() == (A.CLASSIFY, A.REPLY)
    # before classification the case runs as a general complaint (the safe side); its
    # solution is the handler's, counted from the assignment (R-SLA-01, D1 第四条 3)
    s = case.status(at=T(9, 30, 16))
    assert [t.name for t in s.selection.targets] == ["solution"]
    assert s.waiting == ("solution",)

    case = general(case, T(9, 30, 17))
    assert (case.flow, case.kind, case.category, case.validity) == (
        Flow.GENERAL,
        Kind.COMPLAINT,
        Category.PRODUCT_QUALITY,
        Validity.ESTABLISHED,
    )
    assert case.allowed_events() == (A.ASSIGN, A.REPLY, A.ESCALATE, A.EXTEND)
    case = case.assign(T(9, 30, 17, 30), CRM, "质量部", handler="张工")
    assert case.department is Department.QUALITY
    assert case.handler == "张工"
    assert case.allowed_events() == (
        A.ASSIGN,
        A.PROPOSE,
        A.REPLY,
        A.ESCALATE,
        A.AGREE,
        A.EXTEND,
    )
    case = case.propose(T(10, 9, 11), "服务经理", solution="换货")
    assert case.allowed_events() == (
        A.APPROVE,
        A.REJECT,
        A.REPLY,
        A.ESCALATE,
        A.AGREE,
        A.EXTEND,
    )
    case = case.approve(T(10, 9, 15), GM)
    case = case.notify(T(10, 9, 16), ADVISER)
    assert case.allowed_events() == (A.SURVEY, A.REPLY, A.ESCALATE)
    case = case.survey(T(10, 10, 10), ADVISER, satisfied=True)
    assert case.allowed_events() == (A.CLOSE, A.REPLY)
    case = case.close(T(10, 10, 11), CRM, result="换货一箱，客户满意")
    assert case.allowed_events() == (A.REVIEW,)
    assert not case.is_open
    case = case.review(T(10, 13, 9), GM, note="加强出库口感抽检")
    assert case.stage is Stage.REVIEWED
    assert case.allowed_events() == ()
    assert [e.action for e in case.events] == [
        A.RECORD,
        A.CLASSIFY,
        A.ASSIGN,
        A.PROPOSE,
        A.APPROVE,
        A.NOTIFY,
        A.SURVEY,
        A.CLOSE,
        A.REVIEW,
    ]
    solution = case.status(at=T(10, 13, 9))["solution"]
    # proposed on 9 October, the first working day after the holiday: met (R-SLA-01)
    assert solution.state is State.MET
    assert show(solution.due_at) == "2025-10-09 18:00+08:00"
    assert solution.stopped_at == T(10, 9, 11)


def test_every_event_records_time_and_role_R_CMP_06() -> None:
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    first, second = case.events
    assert (first.action, first.at, first.role) == (
        A.RECORD,
        T(9, 30, 16),
        Role.CUSTOMER_RELATIONS_ADVISER,
    )
    assert (second.action, second.role) == (A.CLASSIFY, Role.CUSTOMER_RELATIONS_MANAGER)
    assert second.get("kind") is Kind.COMPLAINT
    assert (
        case.history[1]
        .describe()
        .startswith(
            "2025-09-30 17:00+08:00 classify by customer relations manager "
            "[category: product quality; "
        )
    )


def test_only_the_general_manager_approves_a_solution_R_CMP_06() -> None:
    """D1 第三条: 总经理 — 投诉解决方案的批准."""
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    case = case.assign(T(9, 30, 18), CRM, "质量部").propose(T(10, 9, 10), QM, solution="退货")
    for role in (CRM, ADVISER, QM, DM, "销售经理"):
        with pytest.raises(IllegalTransition) as info:
            case.approve(T(10, 9, 11), role)
        assert "only general manager may" in str(info.value)
        assert info.value.event_name == "approve"
        assert info.value.state_name == "proposed"
    assert case.stage is Stage.PROPOSED
    assert len(case.events) == 4
    assert case.approve(T(10, 9, 11), GM).stage is Stage.APPROVED
    assert case.who_may("批准") == frozenset({Role.GENERAL_MANAGER})


def test_only_the_customer_relations_manager_classifies_and_assigns_R_CMP_06() -> None:
    """D1 第三条: 客户关系经理 — 判定投诉性质和类别及受理责任人."""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER)
    with pytest.raises(
        IllegalTransition, match="may not classify; only customer relations manager may"
    ):
        case.classify(
            T(9, 30, 17),
            ADVISER,
            kind="投诉",
            category="产品质量",
            grounds_sufficient=True,
            demand_reasonable=True,
        )
    case = general(case, T(9, 30, 17))
    with pytest.raises(IllegalTransition, match="may not assign"):
        case.assign(T(9, 30, 18), GM, "质量部")
    # the handler proposes, not the customer-relations manager (who only assists)
    case = case.assign(T(9, 30, 18), CRM, "质量部")
    with pytest.raises(IllegalTransition, match="may not propose"):
        case.propose(T(9, 30, 19), CRM, solution="退货")


def test_the_gm_may_send_a_proposal_back() -> None:
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    case = case.assign(T(9, 30, 18), CRM, "质量部").propose(T(10, 9, 10), QM, solution="道歉")
    case = case.reject(T(10, 9, 11), GM, note="补偿不足")
    assert case.stage is Stage.ASSIGNED
    with pytest.raises(IllegalTransition, match="allowed: assign, propose"):
        case.notify(T(10, 9, 12), ADVISER)
    assert (
        case.propose(T(10, 9, 14), QM, solution="换货").approve(T(10, 9, 15), GM).stage
        is Stage.APPROVED
    )


def test_major_flow_spring_festival_2026_R_CMP_07() -> None:
    """D1 第四条 (major): record → escalate at once → negotiate → satisfaction → close."""
    c = complaint(
        S(2, 13, 15),
        channel="书面",
        content="喝了你们的酒住院了，已经找了律师",
        complainant="张女士",
        claimed_loss="30000",
    )
    case = Case.open(c, QM, policy=DEALER)  # D5: the quality supervisor receives written complaints
    case = case.classify(S(2, 13, 16), CRM, kind="投诉", category="产品质量")
    assert case.severity is Severity.MAJOR  # assessed under the policy's criteria
    assert case.flow is Flow.MAJOR
    assert case.validity is None
    assert case.allowed_events() == (A.ESCALATE, A.REPLY, A.EXTEND)
    with pytest.raises(IllegalTransition, match="allowed: escalate, reply, extend"):
        case.assign(S(2, 13, 16), CRM, "质量部")
    case = case.escalate(S(2, 13, 16, 5), CRM, department="质量部", note="紧急会议")
    assert case.stage is Stage.ESCALATED
    assert case.department is Department.QUALITY
    with pytest.raises(IllegalTransition):
        case.approve(S(2, 13, 17), GM)  # no approval step in the major flow
    case = case.negotiate(S(2, 14, 11), DM, note="赔偿医药费")
    case = case.survey(S(2, 14, 17), CRM, satisfied=True)
    case = case.close(S(2, 14, 17, 30), CRM, result="赔偿 30000 元")
    case = case.review(S(2, 24, 10), GM, note="出库抽检")
    s = case.status(at=S(2, 24, 10))
    assert s.selection.matched_rule == "major complaint"
    # received on Friday 13 February; Saturday 14 February is a 调休 working day
    assert show(s["solution"].due_at) == "2026-02-14 18:00+08:00"
    assert s["solution"].state is State.MET
    assert case.six_clears().allowed


def test_a_general_complaint_escalated_while_handled_becomes_major_R_CMP_07() -> None:
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    case = case.assign(T(9, 30, 18), CRM, "售后服务部")
    case = case.escalate(T(10, 9, 9), CRM, note="客户联系了媒体")
    assert (case.flow, case.severity, case.stage) == (Flow.MAJOR, Severity.MAJOR, Stage.ESCALATED)
    assert case.department is Department.AFTER_SALES  # kept from the assignment
    assert case.allowed_events() == (A.NEGOTIATE, A.REPLY, A.EXTEND)
    with pytest.raises(IllegalTransition):
        case.escalate(T(10, 9, 10), CRM)  # once is enough


def test_not_established_path_R_CMP_05() -> None:
    """Grounds insufficient or demand unreasonable: explain tactfully, close."""
    case = Case.open(complaint(T(9, 30, 16), content="说好的赠品没给"), ADVISER, policy=DEALER)
    case = general(case, T(9, 30, 17), grounds_sufficient=True, demand_reasonable=False)
    assert case.flow is Flow.NOT_ESTABLISHED
    assert case.validity is Validity.NOT_ESTABLISHED
    assert case.allowed_events() == (A.EXPLAIN, A.REPLY)
    with pytest.raises(IllegalTransition):
        case.assign(T(9, 30, 18), CRM, "销售部")
    with pytest.raises(IllegalTransition):
        case.close(T(9, 30, 18), CRM, result="x")  # explain first
    case = case.clarify(T(9, 30, 18), ADVISER, note="赠品活动已于 9 月 1 日结束，已致歉")
    case = case.close(T(9, 30, 18, 5), ADVISER, result="客户谅解")
    assert case.allowed_events() == (A.REVIEW,)
    assert case.status(at=T(10, 1, 9))["solution"].state is State.MET
    assert case.six_clears().allowed


def test_consultation_tobacco_national_day_2025_R_CMP_01_R_SLA_11() -> None:
    """D14 四(一): answer at once, otherwise within 24 hours (wall time, holiday or not)."""
    c = complaint(T(9, 30, 20), content="请问新品什么时候到货", complainant="陈老板")
    case = Case.open(c, ADVISER, policy=CasePolicy(sla_policy=presets.TOBACCO))
    case = case.classify(T(9, 30, 20, 5), CRM, kind="咨询", category="其他")
    assert case.flow is Flow.CONSULTATION
    assert case.severity is None  # only a complaint has a severity (R-CMP-07)
    assert case.allowed_events() == (A.ANSWER, A.REPLY)
    s = case.status(at=T(10, 1, 9))
    assert [t.target_name for t in s.statuses] == ["answer"]
    assert show(s["answer"].due_at) == "2025-10-01 20:00+08:00"
    case = case.answer(T(10, 1, 21), ADVISER, note="10 月 9 日到货")
    assert case.status(at=T(10, 1, 21))["answer"].state is State.BREACHED
    case = case.close(T(10, 1, 21, 5), ADVISER, result="已答复")
    assert case.allowed_events() == ()  # no review step for a consultation
    with pytest.raises(IllegalTransition, match="nothing"):
        case.review(T(10, 2, 9), GM)


def test_consultation_needs_no_validity_and_cannot_be_major_R_CMP_01() -> None:
    case = Case.open(complaint(T(9, 30, 20), content="请问怎么办卡"), ADVISER, policy=DEALER)
    with pytest.raises(InvalidInput, match="severity: only a complaint has it"):
        case.classify(T(9, 30, 21), CRM, kind="咨询", category="其他", severity="重大")
    with pytest.raises(InvalidInput, match="grounds_sufficient: only a complaint"):
        case.classify(
            T(9, 30, 21),
            CRM,
            kind="咨询",
            category="其他",
            grounds_sufficient=True,
            demand_reasonable=True,
        )


def test_suggestion_with_a_promised_reply_tobacco_spring_festival_2026_R_SLA_12() -> None:
    """D14 四(二): report, promise a reply deadline, answer whether it was adopted."""
    c = complaint(S(2, 13, 10), content="建议增加送货次数", complainant="刘老板")
    case = Case.open(c, ADVISER, policy=CasePolicy(sla_policy=presets.TOBACCO))
    case = case.classify(S(2, 13, 10, 5), CRM, kind="建议", category="建议批评")
    # a suggestion may be declared special (D14 四(四), R-SLA-09)
    assert case.allowed_events() == (A.PROMISE, A.ANSWER, A.REPLY, A.EXTEND)
    s = case.status(at=S(2, 13, 10, 5))
    assert s.waiting == ("promised_reply",)
    # D14 四(四) bounds a suggestion too: handled within 3 working days (R-SLA-09)
    assert [st.target_name for st in s.statuses] == ["resolve"]
    case = case.promise(S(2, 13, 10, 10), ADVISER, "2个工作日")
    assert case.allowed_events() == (A.ANSWER, A.REPLY, A.EXTEND)
    reply = case.status(at=S(2, 13, 11))["promised_reply"]
    # 14 (调休), 24 February: the second working day after the 13th
    assert show(reply.due_at) == "2026-02-24 18:00+08:00"
    assert reply.rule == "R-SLA-12"
    case = case.answer(S(2, 24, 10), ADVISER, note="已采纳").close(
        S(2, 24, 10, 5), ADVISER, result="采纳"
    )
    assert case.status(at=S(2, 24, 11))["promised_reply"].state is State.MET


def test_suggestion_answered_without_a_promise() -> None:
    case = Case.open(complaint(T(9, 30, 10), content="希望延长营业时间"), ADVISER, policy=DEALER)
    case = case.classify(T(9, 30, 10), CRM, kind="suggestion", category="proposal_criticism")
    case = case.answer(T(9, 30, 10, 30), "销售经理").close(T(9, 30, 11), ADVISER, result="已记录")
    assert case.stage is Stage.CLOSED
    assert case.flow is Flow.SUGGESTION


def test_unsatisfied_customer_reopens_the_case_quality_desk_R_CMP_08_R_SLA_04() -> None:
    """D5 第六条 3 ②: handled again until the customer is satisfied; nothing is lost."""
    policy = CasePolicy(sla_policy=presets.QUALITY)
    case = general(Case.open(complaint(T(9, 30, 10)), ADVISER, policy=policy), T(9, 30, 11))
    case = case.assign(T(9, 30, 12), CRM, "质量部").agree(T(9, 30, 15), DM, note="同意换货")
    case = case.propose(T(10, 9, 11), DM, solution="换货")
    # D5 第条 5: 提交至质量负责人及经理批示 — both approve
    case = case.approve(T(10, 9, 15), GM).approve(T(10, 9, 15, 30), QM)
    case = case.notify(T(10, 9, 16), ADVISER)
    before = case.survey(T(10, 9, 17), QM, satisfied=False)
    assert before.stage is Stage.UNSATISFIED
    assert before.allowed_events() == (A.REOPEN, A.REPLY)
    with pytest.raises(IllegalTransition, match=r"allowed: reopen, reply$"):
        before.close(T(10, 9, 18), QM, result="x")
    case = before.reopen(T(10, 10, 9), QM, note="客户要求退款")
    assert case.events[: len(before.events)] == before.events
    assert case.stage is Stage.ASSIGNED
    assert case.reopen_count == 1
    case = case.agree(T(10, 10, 10), DM, note="客户同意退款").propose(
        T(10, 10, 11), DM, solution="退款"
    )
    case = case.approve(T(10, 10, 12), GM).approve(T(10, 10, 12, 30), QM)
    case = case.notify(T(10, 10, 14), ADVISER).survey(T(10, 10, 15), QM, satisfied=True)
    case = case.close(T(10, 10, 16), QM, result="退款，客户满意")
    s = case.status(at=T(10, 10, 16))
    resolve = s["resolve"]
    assert resolve.cycle_index == 2
    assert len(resolve.history) == 1
    first = resolve.history[0]
    assert (first.state, show(first.due_at)) == (State.MET, "2025-10-09 18:00+08:00")
    assert show(resolve.due_at) == "2025-10-17 18:00+08:00"  # one week again from the reopen
    follow = s["follow_up"]
    assert follow.cycle_index == 2
    assert follow.state is State.MET
    assert s["report"].cycle_index == 2  # the report follows the second agreement
    assert case.reopen_count == 1


def test_major_case_reopened_returns_to_negotiation_R_CMP_08() -> None:
    case = Case.open(complaint(T(9, 30, 10)), ADVISER, policy=DEALER)
    case = case.classify(T(9, 30, 11), CRM, kind="投诉", category="产品质量", severity="重大")
    case = case.escalate(T(9, 30, 11), CRM).negotiate(T(9, 30, 15), CRM)
    case = case.survey(T(9, 30, 16), CRM, satisfied=False).reopen(T(9, 30, 17), CRM)
    assert case.stage is Stage.ESCALATED
    assert case.allowed_events() == (A.NEGOTIATE, A.REPLY, A.EXTEND)


def test_winery_phone_reply_and_feedback_chain_R_SLA_05_R_SLA_10() -> None:
    """D10: reply within 24 hours; the feedback form within 24 hours after handling."""
    policy = CasePolicy(sla_policy=presets.WINERY)
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=policy), T(9, 30, 16, 30))
    case = case.reply(T(10, 1, 10), ADVISER, note="质量部已取样，10 月 9 日前答复")
    assert case.stage is Stage.CLASSIFIED  # an interim reply changes no stage
    s = case.status(at=T(10, 1, 10))
    assert s["reply"].state is State.MET
    # R-SLA-08 (D10 二 3.1): the interim reply does not answer the quality complaint
    assert s["quality_reply"].state is State.RUNNING
    assert s["resolve"].state is State.RUNNING
    assert s.waiting == ("feedback",)
    assert show(s["resolve"].due_at) == "2025-10-11 18:00+08:00"  # the 调休 Saturday
    case = case.assign(T(10, 9, 9), CRM, "质量部").propose(T(10, 9, 11), QM, solution="退货")
    case = case.approve(T(10, 9, 14), GM).notify(T(10, 9, 15), ADVISER)
    s = case.status(at=T(10, 9, 15))
    assert s["resolve"].state is State.MET
    assert s["quality_reply"].state is State.MET  # the answer stops it
    assert show(s["feedback"].due_at) == "2025-10-10 15:00+08:00"
    case = case.survey(T(10, 10, 16), ADVISER, satisfied=True)
    assert case.status(at=T(10, 10, 16))["feedback"].state is State.BREACHED
    assert case.status(at=T(10, 10, 16)).breaches == ("feedback",)


def test_register_target_stops_at_the_record_R_SLA_07() -> None:
    c = complaint(T(9, 30, 16), channel="当面")
    case = Case.open(c, ADVISER, at=T(10, 1, 17), policy=CasePolicy(sla_policy=presets.WINERY))
    assert case.status(at=T(10, 1, 17))["register"].state is State.BREACHED  # 25 hours later


def test_a_special_case_gets_seven_working_days_R_SLA_09() -> None:
    policy = CasePolicy(sla_policy=presets.TOBACCO)
    case = general(Case.open(complaint(T(9, 29, 9)), ADVISER, policy=policy), T(9, 29, 10))
    assert show(case.status(at=T(9, 29, 10))["resolve"].due_at) == "2025-10-10 18:00+08:00"
    longer = case.extend(T(9, 29, 11), CRM, note="需送检")
    assert longer.special
    assert A.EXTEND not in longer.allowed_events()
    # 30 September, 9, 10, 11 (调休 Saturday), 13, 14, 15 October
    assert show(longer.status(at=T(9, 29, 11))["resolve"].due_at) == "2025-10-15 18:00+08:00"
    with pytest.raises(IllegalTransition, match="may not extend"):
        case.extend(T(9, 29, 11), ADVISER)
    special = general(
        Case.open(complaint(T(9, 29, 9)), ADVISER, policy=policy), T(9, 29, 10), special=True
    )
    assert special.special
    assert (
        special.status(at=T(9, 29, 10))["resolve"].due_at
        == longer.status(at=T(9, 29, 11))["resolve"].due_at
    )


def tobacco_case() -> Case:
    """A tobacco complaint received 30 September 16:00, classified at 16:40;
    handling due 11 October 18:00 (three working days, the 调休 Saturday the third)."""
    c = complaint(T(9, 30, 16))
    return general(Case.open(c, ADVISER, policy="tobacco"), T(9, 30, 16, 40))


def test_a_late_extension_is_refused_and_the_miss_stays_R_SLA_09() -> None:
    """R-SLA-09 (D10 三, D14 四(四): 处理期限不能超过三个工作日，特殊状况不能超过七个工作日): a
    special case is declared while the deadline it extends runs; once that deadline has
    passed, ``extend`` is refused (naming ``at``) and the case is unchanged."""
    case = tobacco_case()
    missed = case.status(at=T(10, 13, 8))["resolve"]
    assert missed.state is State.BREACHED
    assert show(missed.due_at) == "2025-10-11 18:00+08:00"
    with pytest.raises(IllegalTransition) as refused:
        case.extend(T(10, 13, 9), GM)
    error = refused.value
    assert (error.argument, error.value, error.event_name) == ("at", T(10, 13, 9), "extend")
    assert str(error).startswith(
        "at: the deadline of 'resolve' already passed at 2025-10-11 18:00+08:00; "
    )
    assert "R-SLA-09" in str(error)
    assert not case.special  # nothing changed
    assert A.EXTEND in case.allowed_events()
    assert case.status(at=T(10, 13, 10))["resolve"].state is State.BREACHED
    # in another zone, the same instant: the same refusal
    utc = dt.timezone.utc
    with pytest.raises(IllegalTransition, match="already passed") as in_utc:
        case.extend(dt.datetime(2025, 10, 13, 1, tzinfo=utc), GM)
    assert in_utc.value.value == dt.datetime(2025, 10, 13, 1, tzinfo=utc)
    # a stored case with a late extension is refused when replayed, under the same rule
    late = CaseEvent(T(10, 13, 9), "extend", GM)
    with pytest.raises(IllegalTransition, match=r"^at: the deadline of 'resolve' already"):
        Case(case.complaint, (*case.events, late), policy="tobacco")
    with pytest.raises(IllegalTransition, match="already passed"):
        case.apply(late)


def test_an_extension_up_to_the_deadline_is_approved_R_SLA_09() -> None:
    """R-SLA-09: at the deadline itself it has not yet passed; the special period (seven
    working days after 30 September: 9, 10, 11 (调休), 13, 14, 15, 16 October) then applies."""
    case = tobacco_case()
    for moment in (T(10, 9, 9), T(10, 11, 18)):
        longer = case.extend(moment, GM, note="需送检")
        assert longer.special
        s = longer.status(at=T(10, 13, 10))["resolve"]
        assert s.state is State.RUNNING
        assert show(s.due_at) == "2025-10-16 18:00+08:00"
    with pytest.raises(IllegalTransition, match="already passed at 2025-10-11 18:00"):
        case.extend(T(10, 11, 18, 1), GM)
    # after another step, still in time
    handled = case.assign(T(10, 9, 9), CRM, "质量部")
    assert handled.extend(T(10, 10, 9), CRM).special


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["tobacco", "winery"]),
    st.integers(0, 48),
    st.integers(0, 16 * 24),
    st.booleans(),
)
def test_property_an_extension_never_turns_a_missed_deadline_into_one_met_R_SLA_09(
    desk: str, classified_after: int, extended_after: int, assigned: bool
) -> None:
    """R-SLA-09: an extension at any moment either is refused, leaving the case as it was,
    because a deadline it would move was already missed at that moment, or every target
    missed at that moment (and at any later moment) stays missed."""
    received = T(9, 29, 11)
    c = complaint(received)
    case = general(
        Case.open(c, ADVISER, policy=desk), received + dt.timedelta(hours=classified_after)
    )
    if assigned:
        case = case.assign(case.last_event_at, CRM, "质量部")
    moment = case.last_event_at + dt.timedelta(hours=extended_after)
    before = case.status(at=moment)
    if extension_too_late(case, moment):
        hyp_event("refused")
        with pytest.raises(IllegalTransition, match="already passed") as refused:
            case.extend(moment, GM)
        assert refused.value.argument == "at"
        assert refused.value.value == moment
        assert not case.special
        assert case.status(at=moment) == before
        return
    hyp_event("extended")
    after = case.extend(moment, GM)
    later = moment + dt.timedelta(hours=extended_after)
    for s in before.values():
        if s.breached:
            assert after.status(at=moment)[s.target_name].breached
            assert after.status(at=later)[s.target_name].breached


def test_a_late_special_classification_is_refused_and_the_miss_stays_R_SLA_09() -> None:
    """R-SLA-09 (D10 三, D14 四(四): 处理期限不能超过三个工作日，特殊状况不能超过七个工作日):
    until classified, a case is timed as a general complaint; classifying it special once
    that deadline has passed would move the deadline it missed, so it is refused as a late
    ``extend`` is (naming ``at``, the case unchanged).  Classified not special, it keeps
    the miss; classified special in time, the seven working days apply."""
    recorded = Case.open(complaint(T(9, 30, 16)), ADVISER, policy="tobacco")
    missed = recorded.status(at=T(10, 13, 9))["resolve"]
    assert missed.state is State.BREACHED
    assert show(missed.due_at) == "2025-10-11 18:00+08:00"
    with pytest.raises(IllegalTransition) as refused:
        general(recorded, T(10, 13, 9), special=True)
    error = refused.value
    assert (error.argument, error.value, error.event_name) == ("at", T(10, 13, 9), "classify")
    assert error.state_name == "recorded"
    assert str(error).startswith(
        "at: the deadline of 'resolve' already passed at 2025-10-11 18:00+08:00; a special "
        "case (R-SLA-09) is declared before the deadline it extends, not after; this "
        "classify would move it to 2025-10-16 18:00+08:00"
    )
    assert recorded.stage is Stage.RECORDED  # nothing changed
    assert not recorded.special
    assert recorded.status(at=T(10, 13, 9))["resolve"] == missed
    # the value as given: another zone, the same instant
    in_utc = dt.datetime(2025, 10, 13, 1, tzinfo=dt.timezone.utc)
    with pytest.raises(IllegalTransition, match="already passed") as other:
        general(recorded, in_utc, special=True)
    assert other.value.value.tzinfo is dt.timezone.utc
    # not special: accepted, and the deadline stays missed
    plain = general(recorded, T(10, 13, 9))
    assert plain.status(at=T(10, 13, 9))["resolve"].state is State.BREACHED
    # in time (at the deadline itself): the special period applies
    for moment in (T(10, 9, 9), T(10, 11, 18)):
        longer = general(recorded, moment, special=True)
        assert longer.special
        s = longer.status(at=T(10, 13, 9))["resolve"]
        assert (s.state, show(s.due_at)) == (State.RUNNING, "2025-10-16 18:00+08:00")
    # a stored case classified special too late is refused when replayed, by the same rule
    late = CaseEvent(
        T(10, 13, 9), "classify", CRM, "", {**dict(plain.events[-1].data), "special": True}
    )
    with pytest.raises(IllegalTransition, match=r"^at: the deadline of 'resolve' already"):
        Case(recorded.complaint, (*recorded.events, late), policy="tobacco")
    with pytest.raises(IllegalTransition, match="already passed"):
        recorded.apply(late)


def test_a_late_classification_on_a_desk_without_a_special_period_is_accepted_R_SLA_09() -> None:
    """R-SLA-09: on the dealer's desk (D1: no special period) ``special`` moves no deadline,
    so a late classification is not refused; the handler's solution, counted from the
    assignment (R-SLA-01, D1 第四条 3), keeps its one working day, and missed stays missed."""
    recorded = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER)
    assert recorded.status(at=T(10, 13, 9)).waiting == ("solution",)
    case = general(recorded, T(10, 13, 9), special=True)
    assert case.special
    case = case.assign(T(10, 13, 10), CRM, "质量部")
    late = case.status(at=T(10, 15, 9))["solution"]
    assert late.state is State.BREACHED
    assert late.due_at == T(10, 14, 18)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_property_no_accepted_step_turns_a_missed_deadline_into_one_met_R_SLA_09(
    data: st.DataObject,
) -> None:
    """R-SLA-09: for any case and any step at ``t``, every deadline (of any cycle) reported
    missed at ``t`` stays missed, at ``t`` and later, after the step if it is accepted (a
    target the step drops, as a classification as a consultation drops the complaint's, is
    no longer timed); a refused step leaves the case as it was."""
    case, _ = random_walk(data, 3)
    for _ in range(6):
        if not case.allowed_events():
            break
        minutes = data.draw(st.integers(0, 60 * 24 * 14), label="minutes")
        moment = case.last_event_at + dt.timedelta(minutes=minutes)
        event = random_event(data, case, moment)
        movers: list[CaseAction] = [a for a in (A.CLASSIFY, A.EXTEND) if a in case.allowed_events()]
        steer = data.draw(st.booleans(), label="a step that may move a deadline")
        if movers and steer:
            action = data.draw(st.sampled_from(movers))
            role = sorted(case.who_may(action), key=lambda r: r.value)[0]
            payload: dict[str, Any] = {}
            if action is A.CLASSIFY:  # a special complaint (R-SLA-09)
                payload = {"kind": Kind.COMPLAINT, "category": Category.PRODUCT_QUALITY}
                payload |= {"severity": Severity.GENERAL, "special": True}
                payload |= {"grounds_sufficient": True, "demand_reasonable": True}
            event = CaseEvent(moment, action, role, "", payload)
        before = case.status(at=moment)
        try:
            after = case.apply(event)
        except IllegalTransition as refused:
            if "already passed" in str(refused):
                hyp_event(f"refused a late {event.action.value}")
            assert case.status(at=moment) == before
            continue
        hyp_event(f"accepted {event.action.value}")
        later = moment + dt.timedelta(hours=data.draw(st.integers(0, 24 * 20), label="hours"))
        for s in before.values():
            missed = cycles_missed(s)
            if not missed:
                continue
            for when in (moment, later):
                status = after.status(at=when)
                if s.target_name in status:
                    assert missed <= cycles_missed(status[s.target_name]), (event, s)
        case = after


# --------------------------------------------------------------------------- time and input


def test_times_must_be_aware_and_never_go_back() -> None:
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER)
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        case.classify(dt.datetime(2025, 9, 30, 17), CRM, kind="咨询", category="其他")
    with pytest.raises(IllegalTransition, match="before the previous event"):
        case.classify(T(9, 30, 15), CRM, kind="咨询", category="其他")
    with pytest.raises(IllegalTransition, match="before the complaint was received"):
        Case.open(complaint(T(9, 30, 16)), ADVISER, at=T(9, 30, 15), policy=DEALER)
    same = case.classify(T(9, 30, 16), CRM, kind="咨询", category="其他")  # equal times are fine
    assert same.stage is Stage.CLASSIFIED
    # another zone, the same instant
    utc = dt.datetime(2025, 9, 30, 8, 30, tzinfo=dt.timezone.utc)
    assert case.classify(utc, CRM, kind="咨询", category="其他").events[-1].at == T(9, 30, 16, 30)


def test_a_case_keeps_and_shows_its_times_in_the_calendars_zone() -> None:
    """CONTRIBUTING item 3 (the zone comes from the calendar), R-CMP-06 (every step records
    its time): a complaint received in UTC describes itself in +08:00, as its clocks do;
    the instants are those given."""
    utc = dt.timezone.utc
    received, classified = (
        dt.datetime(2025, 9, 30, 8, tzinfo=utc),
        dt.datetime(2025, 9, 30, 9, tzinfo=utc),
    )
    case = Case.open(complaint(received), ADVISER, policy="winery").classify(
        classified, CRM, kind="咨询", category="其他"
    )
    assert [e.at for e in case.events] == [received, classified]  # the same instants
    assert [show(e.at) for e in case.events] == ["2025-09-30 16:00+08:00", "2025-09-30 17:00+08:00"]
    assert all(e.at.tzinfo is SH for e in case.events)
    assert show(case.recorded_at) == "2025-09-30 16:00+08:00"
    assert show(case.last_event_at) == "2025-09-30 17:00+08:00"
    assert case.describe().endswith("last event 2025-09-30 17:00+08:00")
    assert "+00:00" not in case.six_clears().explain()
    with pytest.raises(IllegalTransition) as refused:
        case.classify(
            dt.datetime(2025, 9, 30, 8, 30, tzinfo=utc), CRM, kind="咨询", category="其他"
        )
    assert str(refused.value) == (
        "classify at 2025-09-30 16:30+08:00: "
        "it is before the previous event (2025-09-30 17:00+08:00)"
    )
    with pytest.raises(IllegalTransition, match=r"received \(2025-09-30 16:00\+08:00\)$"):
        Case.open(complaint(received), ADVISER, policy="winery", at=T(9, 30, 15))
    # a stored case replayed from events in another zone is the same case, in +08:00
    moved = tuple(attrs.evolve(e, at=e.at.astimezone(utc)) for e in case.events)
    again = Case(case.complaint, moved, policy="winery")
    assert again == case
    assert [show(e.at) for e in again.events] == [show(e.at) for e in case.events]
    assert again.apply(CaseEvent(classified, "answer", ADVISER)).events[-1].at.tzinfo is SH


def test_bad_event_data_is_invalid_input() -> None:
    at = T(9, 30, 16)
    with pytest.raises(InvalidInput, match="needs its validity judged"):
        CaseEvent(at, "classify", CRM, data={"kind": "投诉", "category": "产品质量"})
    with pytest.raises(InvalidInput, match=r"^demand_reasonable: must be judged too"):
        CaseEvent(
            at,
            "classify",
            CRM,
            data={"kind": "投诉", "category": "产品质量", "grounds_sufficient": True},
        )
    with pytest.raises(InvalidInput, match="unknown: colour"):
        CaseEvent(at, "notify", ADVISER, data={"colour": "red"})
    with pytest.raises(InvalidInput, match="needs 'department'"):
        CaseEvent(at, "assign", CRM)
    with pytest.raises(InvalidInput, match="not a known Role"):
        CaseEvent(at, "notify", "保安")
    with pytest.raises(InvalidInput, match="not a known CaseAction"):
        CaseEvent(at, "dance", CRM)
    with pytest.raises(InvalidType, match="satisfied: must be a bool"):
        CaseEvent(at, "survey", CRM, data={"satisfied": "yes"})
    with pytest.raises(InvalidType, match=r"data\[0\]: must be a \(name, value\) pair"):
        CaseEvent(at, "survey", CRM, data=["satisfied"])  # type: ignore[list-item]
    with pytest.raises(InvalidType, match="data: must be a mapping name -> value, not an int"):
        CaseEvent(at, "survey", CRM, data=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="reads as the name of a month"):
        CaseEvent(at, "promise", CRM, data={"period": "三月"})
    e = CaseEvent(at, "promise", CRM, data={"period": "五个工作日"})
    assert e.get("period") == Period.workdays(5)
    assert hash(e) == hash(attrs.evolve(e))


def test_case_inputs_are_checked() -> None:
    c = complaint(T(9, 30, 16))
    with pytest.raises(InvalidInput, match="events: must begin with a record event"):
        Case(c, (), policy=DEALER)
    with pytest.raises(IllegalTransition, match="a case begins with its record"):
        Case(c, (CaseEvent(T(9, 30, 16), "notify", ADVISER),), policy=DEALER)
    with pytest.raises(InvalidType, match="complaint: must be a Complaint"):
        Case.open("酒有怪味", ADVISER, policy=DEALER)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="policy: must be a CasePolicy, an SlaPolicy"):
        Case.open(c, ADVISER, policy=42)  # type: ignore[arg-type]
    with pytest.raises(PolicyError, match="policy: a case names its desk"):
        Case.open(c, ADVISER, policy=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^policy: is missing; call Case\.open\(complaint"):
        Case.open(c, ADVISER)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="required keyword-only argument: 'sla_policy'"):
        CasePolicy()  # type: ignore[call-arg]
    with pytest.raises(PolicyError, match="sla_policy: a case names its desk"):
        CasePolicy(sla_policy=None)  # type: ignore[arg-type]
    assert Case.open(c, ADVISER, policy=presets.WINERY).policy == CasePolicy(
        sla_policy=presets.WINERY
    )
    assert Case.open(c, ADVISER, policy="winery").policy.sla_policy is presets.WINERY
    with pytest.raises(InvalidType, match="event: must be a CaseEvent"):
        Case.open(c, ADVISER, policy=DEALER).apply("classify")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="at: is before the case was recorded"):
        Case.open(c, ADVISER, at=T(9, 30, 17), policy=DEALER).status(at=T(9, 30, 16, 30))


def test_a_case_is_its_events_replayed() -> None:
    policy = CasePolicy(sla_policy=presets.QUALITY)
    case = general(Case.open(complaint(T(9, 30, 10)), ADVISER, policy=policy), T(9, 30, 11))
    case = case.assign(T(9, 30, 12), CRM, "质量部").propose(T(10, 9, 11), QM, solution="换货")
    again = Case(case.complaint, case.events, policy=policy)
    assert again == case
    assert hash(again) == hash(case)
    assert again.status(at=T(10, 10, 9)) == case.status(at=T(10, 10, 9))
    assert again.clocks() == case.clocks()


def test_status_as_of_a_past_moment_ignores_later_events() -> None:
    policy = CasePolicy(sla_policy=presets.TOBACCO)
    case = Case.open(complaint(T(9, 30, 16), content="请问几点关门"), ADVISER, policy=policy)
    case = case.classify(T(9, 30, 17), CRM, kind="咨询", category="其他")
    case = case.answer(T(9, 30, 18), ADVISER).close(T(9, 30, 18), ADVISER, result="已答复")
    early = case.status(at=T(9, 30, 16, 30))
    assert early.stage is Stage.RECORDED
    assert early.flow is None
    assert [t.target_name for t in early.statuses] == ["resolve"]  # provisional: a complaint
    late = case.status(at=T(9, 30, 18))
    assert late.stage is Stage.CLOSED
    assert [t.target_name for t in late.statuses] == ["answer"]
    assert case.as_of(at=T(9, 30, 17)).stage is Stage.CLASSIFIED
    assert case.as_of(at=T(10, 1)) is case


def test_a_desk_without_a_deadline_for_a_kind_says_so() -> None:
    """The winery sets no deadline for a consultation: it runs no clock, and says why."""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=CasePolicy(sla_policy=presets.WINERY))
    case = case.classify(T(9, 30, 16), CRM, kind="咨询", category="其他")
    s = case.status(at=T(9, 30, 17))
    assert s.statuses == ()
    assert s.selection.matched_rule is not None
    assert s.selection.reason


def test_classify_defaults_to_the_classifier_and_the_severity_criteria_R_CMP_07() -> None:
    c = complaint(T(9, 30, 16), content="喝了酒拉肚子住院了，我已经找了律师，要求赔偿")
    case = Case.open(c, ADVISER, policy=DEALER).classify(T(9, 30, 17), CRM)
    assert case.kind is Kind.COMPLAINT
    assert case.category is classify(c.text).category  # whatever the classifier reads
    assert case.severity is Severity.MAJOR  # safety and legal criteria fired
    assert case.flow is Flow.MAJOR
    recorded = case.events[-1]
    assert (recorded.get("kind"), recorded.get("severity")) == (Kind.COMPLAINT, Severity.MAJOR)
    # the recorded choice, not the classifier, is what a replay uses
    assert Case(case.complaint, case.events, policy=DEALER).flow is Flow.MAJOR
    # a consultation read from the text is never major and needs no validity
    q = Case.open(complaint(T(9, 30, 16), content="请问你们周末营业吗？"), ADVISER, policy=DEALER)
    q = q.classify(T(9, 30, 17), CRM)
    assert (q.kind, q.flow, q.severity) == (Kind.CONSULTATION, Flow.CONSULTATION, None)


def test_status_lines_and_reasons() -> None:
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    case = case.assign(T(9, 30, 17, 30), CRM, "质量部")  # R-SLA-01 counts from here
    status = case.status(at=T(10, 10, 9))
    lines = status.explain().splitlines()
    assert status.reason == (
        "case assigned (general complaint) as of 2025-10-10 09:00+08:00; "
        f"dealer rule {status.selection.matched_rule!r}; breached: solution"
    )
    assert lines[0] == str(status)
    assert "R-" not in status.reason
    assert status.rule == status.selection.rule
    assert lines[1].startswith("  solution")
    assert status.breached is True
    assert status.breaches == ("solution",)
    assert status.running == ()
    assert case.status(at=T(10, 9, 9)).running[0].target_name == "solution"
    with pytest.raises(InvalidInput, match="is not a running or finished target"):
        case.status(at=T(10, 9, 9))["resolve"]


# --------------------------------------------------------------------------- adversarial


def general_at(stage: Stage, t: dt.datetime | None = None) -> Case:
    """A general complaint (dealer desk) brought to ``stage``, every step at ``t``."""
    t = T(9, 30, 16) if t is None else t
    steps: list[tuple[Stage, Callable[[Case], Case]]] = [
        (Stage.RECORDED, lambda c: c),
        (Stage.CLASSIFIED, lambda c: general(c, t)),
        (Stage.ASSIGNED, lambda c: c.assign(t, CRM, "质量部")),
        (Stage.PROPOSED, lambda c: c.propose(t, QM, solution="换货")),
        (Stage.APPROVED, lambda c: c.approve(t, GM)),
        (Stage.NOTIFIED, lambda c: c.notify(t, ADVISER)),
        (Stage.SATISFIED, lambda c: c.survey(t, ADVISER, satisfied=True)),
        (Stage.CLOSED, lambda c: c.close(t, CRM, result="换货")),
        (Stage.REVIEWED, lambda c: c.review(t, GM)),
    ]
    case = Case.open(complaint(t), ADVISER, policy=DEALER)
    for reached, step in steps:
        case = step(case)
        if reached is stage:
            return case
    raise AssertionError(stage)


ESCALATE_ALLOWED = {
    Stage.RECORDED: False,  # not yet classified: classify it as major instead
    Stage.CLASSIFIED: True,
    Stage.ASSIGNED: True,
    Stage.PROPOSED: True,
    Stage.APPROVED: True,
    Stage.NOTIFIED: True,
    Stage.SATISFIED: False,
    Stage.CLOSED: False,
    Stage.REVIEWED: False,
}


@pytest.mark.parametrize("stage", list(ESCALATE_ALLOWED))
def test_escalation_from_every_stage_of_the_general_flow_R_CMP_07(stage: Stage) -> None:
    """D13 第十四章 六: a general complaint that turns major is reported at once — while handled."""
    case = general_at(stage)
    t = T(9, 30, 17)
    if not ESCALATE_ALLOWED[stage]:
        assert A.ESCALATE not in case.allowed_events()
        with pytest.raises(IllegalTransition, match=f"while the case is {stage.value};"):
            case.escalate(t, CRM)
        return
    major = case.escalate(t, CRM, note="客户找了媒体")
    assert (major.stage, major.flow, major.severity) == (
        Stage.ESCALATED,
        Flow.MAJOR,
        Severity.MAJOR,
    )
    done = major.negotiate(t, DM).survey(t, CRM, satisfied=True).close(t, CRM, result="赔偿")
    assert done.six_clears().allowed
    assert done.status(at=t).selection.matched_rule == "major complaint"


def test_an_unsatisfied_customer_is_reopened_before_an_escalation_R_CMP_08_R_CMP_07() -> None:
    unhappy = general_at(Stage.NOTIFIED).survey(T(9, 30, 17), ADVISER, satisfied=False)
    with pytest.raises(IllegalTransition, match=r"allowed: reopen, reply$"):
        unhappy.escalate(T(9, 30, 18), CRM)
    major = unhappy.reopen(T(9, 30, 18), CRM).escalate(T(9, 30, 18), CRM)
    assert (major.reopen_count, major.flow, major.stage) == (1, Flow.MAJOR, Stage.ESCALATED)


def test_escalation_is_refused_outside_the_general_flow() -> None:
    t = T(9, 30, 16)
    base = Case.open(complaint(t), ADVISER, policy=DEALER)
    others = {
        "consultation": base.classify(t, CRM, kind="咨询", category="其他"),
        "suggestion": base.classify(t, CRM, kind="建议", category="建议批评"),
        "not established": general(base, t, grounds_sufficient=False),
    }
    for name, case in others.items():
        with pytest.raises(IllegalTransition, match="allowed: "):
            case.escalate(t, CRM)
        # nor may they take the complaint steps (a suggestion may be special: D14 四(四))
        steps = (A.ASSIGN, A.PROPOSE, A.APPROVE, A.NOTIFY, A.SURVEY)
        for step in steps + ((A.EXTEND,) if name != "suggestion" else ()):
            assert step not in case.allowed_events(), (name, step)
        with pytest.raises(IllegalTransition):
            case.assign(t, CRM, "质量部")
        with pytest.raises(IllegalTransition):
            case.survey(t, ADVISER, satisfied=True)


def test_allowed_events_for_one_role_are_its_buttons_R_CMP_06() -> None:
    """D1 第三条: what each role may do next, for a desk that shows one user's buttons."""
    proposed = general_at(Stage.PROPOSED)
    assert proposed.allowed_events(GM) == (A.APPROVE, A.REJECT, A.REPLY, A.EXTEND)
    assert proposed.allowed_events(Role.CUSTOMER_RELATIONS_MANAGER) == (
        A.REPLY,
        A.ESCALATE,
        A.AGREE,
        A.EXTEND,
    )
    assert proposed.allowed_events("服务经理") == (A.REPLY, A.AGREE)
    for role in Role:
        mine = proposed.allowed_events(role)
        assert set(mine) <= set(proposed.allowed_events())
        assert all(role in proposed.who_may(a) for a in mine)
    with pytest.raises(InvalidInput, match=r"^role: is not a known Role"):
        proposed.allowed_events("保安")


def test_refusals_say_what_is_allowed_and_why() -> None:
    approved = general_at(Stage.APPROVED)
    with pytest.raises(IllegalTransition) as twice:
        approved.approve(T(9, 30, 17), GM)
    assert str(twice.value).endswith(
        "not allowed while the case is approved; allowed: notify, reply, escalate, agree, extend"
    )
    with pytest.raises(IllegalTransition, match=r"allowed: survey, reply, escalate$"):
        general_at(Stage.NOTIFIED).close(T(9, 30, 17), CRM, result="x")  # no close without a survey
    with pytest.raises(IllegalTransition, match="a closed case is not reopened"):
        general_at(Stage.CLOSED).reopen(T(9, 30, 17), CRM)
    with pytest.raises(IllegalTransition, match=r"allowed: nothing \(the case is finished\)"):
        general_at(Stage.REVIEWED).reply(T(9, 30, 17), ADVISER)
    # roles: the seed's are cited as D1 第三条 (D1 art. 3 in English), a company's own as
    # its policy
    with pytest.raises(
        IllegalTransition, match=r"only general manager may \(R-CMP-06, D1 art\. 3\)"
    ):
        general_at(Stage.PROPOSED).approve(T(9, 30, 17), CRM)
    with language("zh_CN"), pytest.raises(IllegalTransition, match=r"\(R-CMP-06, D1 第三条\)$"):
        general_at(Stage.PROPOSED).approve(T(9, 30, 17), CRM)
    own = CasePolicy(sla_policy=presets.DEALER, roles={"approve": {"质量负责人"}})
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=own), T(9, 30, 16))
    case = case.assign(T(9, 30, 16), CRM, "质量部").propose(T(9, 30, 16), QM, solution="x")
    with pytest.raises(
        IllegalTransition, match=r"only quality manager may \(R-CMP-06, CasePolicy.roles\)"
    ):
        case.approve(T(9, 30, 17), GM)


def test_events_at_the_same_instant_and_status_at_odd_moments() -> None:
    t = T(9, 30, 16)
    done = general_at(Stage.REVIEWED, t)  # nine events, all at 16:00
    assert {e.at for e in done.events} == {t}
    assert done.as_of(at=t) is done
    assert done.status(at=t).stage is Stage.REVIEWED
    with pytest.raises(InvalidInput, match="at: is before the case was recorded"):
        done.status(at=t - dt.timedelta(microseconds=1))
    # ten years on, nothing runs and nothing more is breached
    late = done.status(at=T(9, 30, 16, year=2035))
    assert late.running == ()
    assert late.breaches == done.status(at=t).breaches == ()
    assert not late.breached
    # between two events the case is as the first left it
    spread = general(Case.open(complaint(t), ADVISER, policy=DEALER), T(9, 30, 17))
    spread = spread.assign(T(10, 9, 9), CRM, "质量部")
    mid = spread.status(at=T(10, 1, 12))
    assert (mid.stage, mid.next_steps[0]) == (Stage.CLASSIFIED, A.ASSIGN)
    assert mid.waiting == ("solution",)  # the handler's day starts at the assignment (R-SLA-01)
    assert spread.status(at=T(10, 9, 10))["solution"].state is State.RUNNING
    # another zone names the same instant
    utc = dt.datetime(2025, 10, 1, 4, tzinfo=dt.timezone.utc)
    assert spread.status(at=utc) == mid
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        spread.status(at=dt.datetime(2025, 10, 1, 12))


def test_a_case_pickles_and_comes_back_equal() -> None:
    """DESIGN (Scale): values pickle, so a case can go to a worker process."""
    case = general_at(Stage.NOTIFIED).survey(T(9, 30, 17), ADVISER, satisfied=False)
    case = case.reopen(T(9, 30, 18), CRM)
    before = case.status(at=T(10, 9, 9))  # fills the clock cache
    back = pickle.loads(pickle.dumps(case))
    assert back == case
    assert back.stage is Stage.ASSIGNED
    assert back.reopen_count == 1
    assert back.status(at=T(10, 9, 9)) == before
    assert back.propose(T(10, 9, 10), QM, solution="退款").stage is Stage.PROPOSED
    assert pickle.loads(pickle.dumps(before)) == before


def test_many_reopen_cycles_keep_every_cycle_R_CMP_08() -> None:
    """Sixty rounds of an unsatisfied customer: every cycle kept, replay identical."""
    policy = CasePolicy(sla_policy=presets.QUALITY)
    t = T(9, 29, 9)
    case = general(Case.open(complaint(t), ADVISER, policy=policy), t)
    case = case.assign(t, CRM, "质量部")
    rounds = 60
    for _ in range(rounds):
        t += dt.timedelta(hours=1)
        case = case.propose(t, QM, solution="x").approve(t, GM).approve(t, QM).notify(t, ADVISER)
        case = case.survey(t, QM, satisfied=False).reopen(t, QM)
    assert case.reopen_count == rounds
    assert len(case.events) == 3 + 6 * rounds
    resolve = case.status(at=t)["resolve"]
    assert resolve.cycle_index == rounds + 1
    assert len(resolve.history) == rounds
    assert all(c.state is State.MET for c in resolve.history)
    assert Case(case.complaint, case.events, policy=policy) == case


# --------------------------------------------------------------------------- policy


def test_case_policy_roles_and_stops_are_data() -> None:
    policy = CasePolicy(
        sla_policy=presets.DEALER, roles={"批准": {"总经理", "质量负责人"}}, stops={"propose": ()}
    )
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=policy), T(9, 30, 17))
    case = case.assign(T(9, 30, 18), CRM, "质量部").propose(T(10, 9, 10), QM, solution="换货")
    assert case.approve(T(10, 9, 11), QM).stage is Stage.APPROVED
    assert case.status(at=T(10, 9, 10))["solution"].state is State.RUNNING  # propose stops nothing
    assert policy.stops_for("close") == ()
    assert policy.roles_for(A.RECORD) == CasePolicy(sla_policy=presets.DEALER).roles_for(A.RECORD)
    with pytest.raises(PolicyError, match="no role may take this step"):
        CasePolicy(sla_policy=presets.DEALER, roles={"approve": set()})
    with pytest.raises(InvalidInput, match="not a known CaseAction"):
        CasePolicy(sla_policy=presets.DEALER, roles={"dance": {"总经理"}})
    with pytest.raises(InvalidType, match="sla_policy: must be an SlaPolicy"):
        CasePolicy(sla_policy=3)  # type: ignore[arg-type]


def test_enumerations_parse_chinese_and_english() -> None:
    assert CaseAction.parse("批准") is A.APPROVE
    assert CaseAction.parse("SURVEY") is A.SURVEY
    assert Stage.parse("已结案") is Stage.CLOSED
    assert Flow.parse("重大投诉") is Flow.MAJOR
    assert Flow.parse("推荐") is Flow.SUGGESTION


# --------------------------------------------------------------------------- six clears


def test_six_clears_name_what_is_missing_R_CMP_15() -> None:
    """D13 第十四章: 听清晰, 问清晰, 跟清晰, 复清晰, 记清晰, 报告重大投诉."""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER)
    clears = case.six_clears()
    assert clears.rule == "R-CMP-15"
    assert [c.kind.label for c in clears.clears] == [
        "听清晰",
        "问清晰",
        "跟清晰",
        "复清晰",
        "记清晰",
        "报告重大投诉",
    ]
    assert [c.kind.value for c in clears.missing] == ["ask", "follow", "reply", "record"]
    assert [c.kind for c in clears.values()] == list(ClearKind)
    assert list(clears) == [k.value for k in ClearKind]  # the keys: the kinds' values
    # a clear is looked up by its kind in any spelling: the key, the label, the member
    assert clears["复清晰"] is clears["REPLY"] is clears[ClearKind.REPLY] is clears.clears[3]
    assert "记清晰" in clears
    # the keys are strs, so a type checker reads a member or a number in ``in`` as a
    # non-overlapping check: the member is found all the same, a number is in no checklist
    member: object = ClearKind.REPORT
    assert member in clears
    number: object = 3
    assert number not in clears
    assert clears.missing == tuple(c for c in clears.clears if c.outcome is ClearOutcome.NOT_MET)
    assert clears["report"].outcome is ClearOutcome.NOT_APPLICABLE
    assert clears["listen"].outcome is ClearOutcome.MET
    # one shape: three outcomes, so a clear has no truth value; str() is one line
    with pytest.raises(InvalidType, match=r"test result\.outcome"):
        bool(clears["ask"])
    assert str(clears["listen"]).startswith("met (R-CMP-15): recorded at ")
    assert str(clears["report"]) == "not applicable (R-CMP-15): not a major complaint"
    assert clears.explain().splitlines()[0] == str(clears)
    assert len(clears.explain().splitlines()) == 7
    assert ClearOutcome.parse("unknown") is ClearOutcome.NOT_APPLICABLE
    case = general(case, T(9, 30, 17)).assign(T(9, 30, 18), CRM, "质量部")
    case = case.propose(T(10, 9, 10), QM, solution="退货").approve(T(10, 9, 11), GM)
    case = case.notify(T(10, 9, 12), ADVISER)
    assert [c.kind.value for c in case.six_clears().missing] == ["follow", "record"]
    unhappy = case.survey(T(10, 9, 13), ADVISER, satisfied=False).reopen(T(10, 9, 14), CRM)
    assert unhappy.six_clears()["reply"] in unhappy.six_clears().missing  # not told yet
    closed = case.survey(T(10, 9, 13), ADVISER, satisfied=True).close(T(10, 9, 14), CRM)
    assert closed.six_clears().missing == (closed.six_clears()["record"],)
    assert closed.six_clears()["record"].reason == "closed without recording the result"
    done = case.survey(T(10, 9, 13), ADVISER, satisfied=True).close(
        T(10, 9, 14), CRM, result="退货"
    )
    assert done.six_clears().allowed
    assert done.six_clears().reason == "all six clears met"


def test_six_clears_major_complaint_must_be_reported_R_CMP_15() -> None:
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER)
    case = case.classify(T(9, 30, 17), CRM, kind="投诉", category="产品质量", severity="major")
    assert "report" in [c.kind.value for c in case.six_clears().missing]
    assert (
        case.six_clears().reason
        == "missing: followed clearly (跟清晰), replied clearly (复清晰), recorded clearly "
        "(记清晰), major complaint reported (报告重大投诉)"
    )
    case = case.escalate(T(9, 30, 17), CRM)
    assert case.six_clears()["report"].outcome is ClearOutcome.MET
    with pytest.raises(InvalidInput, match="kind: is not a known ClearKind"):
        case.six_clears()["smile"]


# --------------------------------------------------------------------------- retention


def closed_case(at: dt.datetime, *, major: bool = False) -> Case:
    case = Case.open(complaint(at), ADVISER, policy=DEALER)
    if major:
        case = case.classify(at, CRM, kind="投诉", category="产品质量", severity="重大")
        case = case.escalate(at, CRM).negotiate(at, CRM)
    else:
        case = general(case, at).assign(at, CRM, "质量部").propose(at, QM, solution="x")
        case = case.approve(at, GM).notify(at, ADVISER)
    return case.survey(at, ADVISER, satisfied=True).close(at, CRM, result="done")


def test_records_are_kept_one_year_important_ones_long_term_R_SLA_23() -> None:
    """D10 四 2, D14 四(五): 资料保存一年，重要的资料长期保存."""
    r = closed_case(T(10, 9, 10)).retention
    assert (r.kept_until_on, r.long_term, r.important, r.rule) == (
        dt.date(2026, 10, 9),
        False,
        False,
        "R-SLA-23",
    )
    leap = retention_until(closed_case(dt.datetime(2024, 2, 29, 10, tzinfo=SH)))
    assert leap.kept_until_on == dt.date(2025, 2, 28)  # the corresponding day, Civil Code art. 202
    major = closed_case(T(10, 9, 10), major=True).retention
    assert major.long_term
    assert major.kept_until_on is None
    assert major.important
    assert major.reason == "a major case, closed 2025-10-09: kept long-term"
    assert retention_until(closed_case(T(10, 9, 10)), important=True).long_term
    assert not retention_until(closed_case(T(10, 9, 10), major=True), important=False).long_term
    three = retention_until(
        closed_case(T(10, 9, 10), major=True), policy=RetentionPolicy(important_years=3)
    )
    assert three.kept_until_on == dt.date(2028, 10, 9)
    # the local closing date counts: 23:30 UTC on 8 October is 9 October in Shanghai
    utc = dt.datetime(2025, 10, 8, 23, 30, tzinfo=dt.timezone.utc)
    assert closed_case(utc).retention.closed_on == dt.date(2025, 10, 9)
    open_case = Case.open(complaint(T(10, 9, 10)), ADVISER, policy=DEALER)
    assert open_case.retention.kept_until_on is None
    assert "kept while open" in open_case.retention.reason
    with pytest.raises(PolicyError):
        RetentionPolicy(ordinary_years=2, important_years=1)
    with pytest.raises(PolicyError):
        RetentionPolicy(ordinary_years=0)
    with pytest.raises(InvalidType):
        retention_until("case")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- penalties


def test_penalties_scale_with_the_loss_R_CMP_13() -> None:
    """D1 第六条 1: by the size of the loss, the responsible person and the department head;
    a complaint that caused no loss is fined nothing by it (依照投诉所造成的损失大小), unless
    the policy fines it by the first band."""
    fines = [assess_penalty(loss).for_party("具体责任者") for loss in (0, 999, 1000, 5000, 10001)]
    assert fines == [Decimal(x) for x in ("0.00", "200.00", "500.00", "1000.00", "1500.00")]
    every = ResponsibilityPolicy(fine_without_loss=True)
    assert assess_penalty(0, policy=every).for_party("具体责任者") == Decimal("200.00")
    a = assess_penalty("6000")
    assert [line.party for line in a.lines] == [Party.RESPONSIBLE_PERSON, Party.DEPARTMENT_HEAD]
    assert a.rule == "R-CMP-13"
    assert a.total == Decimal("2000.00")
    alone = assess_penalty("6000", policy=ResponsibilityPolicy(fine_department_head=False))
    assert alone.for_party(Party.DEPARTMENT_HEAD) == Decimal("0.00")
    none = assess_penalty("6000", responsibility_assigned=False)
    assert none.lines == ()
    assert none.reason.startswith("no loss penalty")


def test_delaying_a_complaint_is_penalised_R_CMP_13() -> None:
    """D1 第六条 2: the handler who delayed is penalised."""
    a = assess_penalty(0, delayed=["reply", "reply", "resolve"], responsibility_assigned=False)
    assert [(line.party, line.amount) for line in a.lines] == [(Party.HANDLER, Decimal("200.00"))]
    assert a.delayed == ("reply", "resolve")
    assert "delay (reply, resolve)" in a.reason


def test_responsibility_policy_stays_inside_the_per_case_range_R_CMP_11_R_CMP_13() -> None:
    with pytest.raises(PolicyError, match="fines must not fall"):
        ResponsibilityPolicy(bands=((0, 800), (5000, 500)))
    # each fine is checked by custops._validate.within, the one interval check
    with pytest.raises(PolicyError, match=r"^bands: must lie in \[200.00, 1500.00\]"):
        ResponsibilityPolicy(bands=((0, 200), (5000, 2000)))
    with pytest.raises(PolicyError, match="start at a loss of 0"):
        ResponsibilityPolicy(bands=((100, 200),))
    with pytest.raises(PolicyError, match="rise strictly"):
        ResponsibilityPolicy(bands=((0, 200), (0, 300)))
    with pytest.raises(InvalidType, match="money must be"):
        assess_penalty(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="delayed: must be a sequence"):
        assess_penalty(0, delayed="reply")
    assert ResponsibilityPolicy(bands={0: 300, 2000: 900}).fine_for(Decimal("2500"))[1] == Decimal(
        "900.00"
    )


def test_case_penalty_uses_the_breached_targets_R_CMP_13() -> None:
    # the winery's own rule is a score (D10 七); its desk assessed under D1's reading, named
    policy = CasePolicy(sla_policy=presets.WINERY, penalty_scheme="each_person")
    c = complaint(T(9, 30, 16), claimed_loss="6000")
    case = general(Case.open(c, ADVISER, policy=policy), T(9, 30, 17))
    case = case.assign(T(9, 30, 18), CRM, "质量部")
    p = case.penalty(at=T(10, 2, 9))
    assert p.delayed == ("reply",)  # 24 hours passed without a reply
    assert p.for_party("handler") == Decimal("200.00")
    assert p.for_party("responsible_person") == Decimal("1000.00")
    assert case.penalty(at=T(9, 30, 18)).delayed == ()
    assert case.penalty(at=T(9, 30, 18), loss="0").total == Decimal("0.00")  # no loss
    every = ResponsibilityPolicy(fine_without_loss=True)
    no_loss = case.penalty(at=T(9, 30, 18), loss="0", policy=every)
    assert no_loss.for_party("具体责任者") == Decimal("200.00")
    unfounded = general(
        Case.open(c, ADVISER, policy=policy), T(9, 30, 17), grounds_sufficient=False
    )
    assert unfounded.penalty(at=T(9, 30, 18)).lines == ()


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_property_a_larger_loss_never_gives_a_smaller_fine_R_CMP_13(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert assess_penalty(low).total <= assess_penalty(high).total


# --------------------------------------------------------------------------- properties

ROLES = tuple(Role)
START = T(9, 29, 9)


# Local: unlike custops.testing.case_events (always a legal step), this makes illegal
# events on purpose too: any action, any role, at any time.
def random_event(data: st.DataObject, case: Case, at: dt.datetime) -> CaseEvent:
    """Mostly a step the case allows, by a role that may take it; sometimes anything."""
    allowed = case.allowed_events()
    if allowed and data.draw(st.integers(0, 3)) > 0:
        action = data.draw(st.sampled_from(allowed))
        roles = sorted(case.who_may(action), key=lambda r: r.value)
        role = data.draw(st.sampled_from(roles)) if data.draw(st.integers(0, 5)) else None
    else:
        action = data.draw(st.sampled_from(tuple(CaseAction)))
        role = None
    if role is None:
        role = data.draw(st.sampled_from(ROLES))
    payload: dict[str, Any] = {}
    if action is A.CLASSIFY:
        kind = data.draw(st.sampled_from(tuple(Kind)))
        payload = {"kind": kind, "category": data.draw(st.sampled_from(tuple(Category)))}
        if kind is Kind.COMPLAINT:
            payload["severity"] = data.draw(st.sampled_from(tuple(Severity)))
            payload["grounds_sufficient"] = data.draw(st.booleans())
            payload["demand_reasonable"] = data.draw(st.booleans())
            payload["special"] = data.draw(st.booleans())
    elif action is A.ASSIGN or action is A.COMMEND:
        payload = {"department": data.draw(st.sampled_from(tuple(Department)))}
    elif action is A.PROMISE:
        payload = {"period": data.draw(st.sampled_from(("24小时", "3个工作日", "1周")))}
    elif action is A.SURVEY:
        payload = {"satisfied": data.draw(st.booleans())}
    elif action is A.PAUSE:
        payload = {"reason": "等待客户提供照片"}
    elif action is A.ASSESS_LOSS:
        payload = {"loss": data.draw(st.sampled_from(("0", "760", "10000", "25000")))}
    return CaseEvent(at, action, role, "", payload)


def extension_too_late(case: Case, at: dt.datetime) -> bool:
    """R-SLA-09: whether a target that has a special period was missed by ``at`` (now or in
    an earlier cycle), so an extension at ``at`` would move a deadline already passed."""
    longer = {t.name for t in case.selection.targets if t.special_period is not None}
    return any(s.missed_count for s in case.status(at=at).values() if s.target_name in longer)


def special_too_late(case: Case, event: CaseEvent) -> bool:
    """R-SLA-09: whether ``event`` classifies ``case`` as a special complaint after a
    deadline the special period would move has passed (refused as a late extension is)."""
    return (
        event.action is A.CLASSIFY
        and bool(event.get("special"))
        and event.get("kind") is Kind.COMPLAINT
        and extension_too_late(case, event.at)
    )


def cycles_missed(status: Any) -> set[int]:
    """The cycles of a target's status (1 the first) whose deadline was missed."""
    states = [c.state for c in status.history] + [status.state]
    return {i for i, state in enumerate(states, 1) if state is State.BREACHED}


def random_walk(data: st.DataObject, steps: int) -> tuple[Case, list[dt.datetime]]:
    """A case reached by up to ``steps`` legal steps (custops.testing.cases: any preset,
    any channel, received around National Day 2025 to Spring Festival 2026), and the
    moments of its events."""
    case = data.draw(
        cases(
            START.date(),
            dt.date(2026, 3, 31),
            max_events=steps,
            max_gap=dt.timedelta(hours=30),
        ),
        label="case",
    )
    hyp_event(f"stage={case.stage.value} reopen_count={case.reopen_count}")
    return case, [e.at for e in case.events]


@settings(max_examples=60)
@given(st.data())
def test_property_any_event_applies_or_raises_without_changing_the_case(
    data: st.DataObject,
) -> None:
    """Random events: each applies (iff allowed, by an allowed role, in time) or is refused."""
    case, _ = random_walk(data, 8)
    for _ in range(12):
        before_events = case.events
        before_stage, before_allowed = case.stage, case.allowed_events()
        at = case.last_event_at + dt.timedelta(minutes=data.draw(st.integers(-60, 60 * 24)))
        event = random_event(data, case, at)
        legal = (
            event.action in before_allowed
            and event.role in case.who_may(event.action)
            and event.at >= case.last_event_at
            and not (event.action is A.EXTEND and extension_too_late(case, event.at))
            and not special_too_late(case, event)
        )
        refused: IllegalTransition | None = None
        try:
            after = case.apply(event)
        except IllegalTransition as error:
            refused = error
        if refused is not None:
            assert not legal, f"refused a legal event: {refused}"
            assert case.events == before_events
            assert case.stage is before_stage
            assert case.allowed_events() == before_allowed
            continue
        assert legal
        assert after.events == (*before_events, event)
        assert case.events == before_events  # the old case is untouched
        case = after


@settings(max_examples=40)
@given(st.data())
def test_property_status_is_a_function_of_the_events(data: st.DataObject) -> None:
    case, moments = random_walk(data, 14)
    at = data.draw(st.sampled_from(moments)) + dt.timedelta(
        minutes=data.draw(st.integers(0, 60 * 24 * 10))
    )
    replayed = Case(case.complaint, case.events, policy=case.policy)
    assert replayed == case
    assert replayed.status(at=at) == case.status(at=at)
    # and the status at `at` is that of the case cut at `at`
    cut = Case(case.complaint, tuple(e for e in case.events if e.at <= at), policy=case.policy)
    assert cut.status(at=at) == case.status(at=at)


@settings(max_examples=40)
@given(st.data())
def test_property_reopen_never_loses_history_R_CMP_08(data: st.DataObject) -> None:
    """Every reopen adds a cycle; earlier events and earlier cycles stay."""
    case, _ = random_walk(data, 24)
    reopens = [i for i, e in enumerate(case.events) if e.action is A.REOPEN]
    assert case.reopen_count == len(reopens)
    for i in reopens:
        prefix = Case(case.complaint, case.events[:i], policy=case.policy)
        assert prefix.stage is Stage.UNSATISFIED
        assert case.events[:i] == prefix.events
    status = case.status(at=case.last_event_at)
    for s in status.statuses:
        assert len(s.history) == s.cycle_index - 1
        if s.target_name in case.policy.restart_on_reopen:
            assert s.cycle_index <= case.reopen_count + 1


@settings(max_examples=40)
@given(st.data())
def test_property_closed_cases_have_no_running_clock(data: st.DataObject) -> None:
    case, _ = random_walk(data, 20)
    if not case.is_open:
        status = case.status(at=case.last_event_at)
        assert all(s.stopped_at is not None for s in status.statuses)
        assert status.running == ()
        assert case.six_clears()["follow"].outcome is ClearOutcome.MET


#: The seed's order of steps (D1 第四条, D5 第六条, D14 四), written as what may come
#: just before each step — an oracle independent of the case's own transition table.
#: Replies, agreements with the customer, special-case declarations and loss assessments
#: (side steps) are left out of the sequence.
PREDECESSORS: dict[CaseAction, frozenset[CaseAction]] = {
    A.CLASSIFY: frozenset({A.RECORD}),
    A.ASSIGN: frozenset({A.CLASSIFY, A.ASSIGN, A.REJECT, A.REOPEN}),
    A.PROPOSE: frozenset({A.ASSIGN, A.REJECT, A.REOPEN}),
    A.APPROVE: frozenset({A.PROPOSE, A.APPROVE}),  # D5: the quality lead and the manager
    A.REJECT: frozenset({A.PROPOSE}),
    A.NOTIFY: frozenset({A.APPROVE}),
    A.ESCALATE: frozenset(
        {A.CLASSIFY, A.ASSIGN, A.PROPOSE, A.APPROVE, A.REJECT, A.NOTIFY, A.REOPEN}
    ),
    A.NEGOTIATE: frozenset({A.ESCALATE, A.REOPEN}),
    A.EXPLAIN: frozenset({A.CLASSIFY}),
    A.PROMISE: frozenset({A.CLASSIFY}),
    A.ANSWER: frozenset({A.CLASSIFY, A.PROMISE}),
    A.COMMEND: frozenset({A.CLASSIFY}),
    A.SURVEY: frozenset({A.NOTIFY, A.NEGOTIATE}),
    A.REOPEN: frozenset({A.SURVEY}),
    A.CLOSE: frozenset({A.SURVEY, A.EXPLAIN, A.ANSWER, A.COMMEND, A.CLASSIFY}),
    A.REVIEW: frozenset({A.CLOSE}),
}
#: D1 第三条: only the GM approves (D5 第条 5: the quality lead and the manager); only
#: the customer-relations manager classifies, assigns and reports a major complaint.
APPROVERS = {
    "D5": frozenset({Role.GENERAL_MANAGER, Role.QUALITY_MANAGER}),
}
ONLY = {
    A.CLASSIFY: Role.CUSTOMER_RELATIONS_MANAGER,
    A.ASSIGN: Role.CUSTOMER_RELATIONS_MANAGER,
    A.ESCALATE: Role.CUSTOMER_RELATIONS_MANAGER,
    A.ASSESS_LOSS: Role.CUSTOMER_RELATIONS_MANAGER,  # D1 第三条 判定投诉性质
}
COMPLAINT_ONLY = frozenset(
    {A.ASSIGN, A.PROPOSE, A.APPROVE, A.NOTIFY, A.ESCALATE, A.NEGOTIATE, A.SURVEY, A.REOPEN}
)


@settings(max_examples=60)
@given(st.data())
def test_property_every_reachable_case_follows_the_seed_R_CMP_06_R_CMP_08(
    data: st.DataObject,
) -> None:
    """Whatever random steps were tried, the events that stuck obey the seed's order."""
    case, _ = random_walk(data, 30)
    events = case.events
    assert events[0].action is A.RECORD
    assert all(a.at <= b.at for a, b in itertools.pairwise(events))
    main = [e for e in events if e.action not in (A.REPLY, A.EXTEND, A.AGREE, A.ASSESS_LOSS)]
    for before, event in itertools.pairwise(main):
        assert before.action in PREDECESSORS[event.action], (before.action, event.action)
        if event.action is A.REOPEN:
            assert before.get("satisfied") is False  # only an unsatisfied customer reopens
        if event.action is A.CLOSE and before.action is A.SURVEY:
            assert before.get("satisfied") is True  # 直至客户满意为止
    approvers = APPROVERS.get(case.policy.sla_policy.source, frozenset({Role.GENERAL_MANAGER}))
    for event in events:
        if event.action in ONLY:
            assert event.role is ONLY[event.action]
        if event.action in (A.APPROVE, A.REJECT):
            assert event.role in approvers
    kinds = [e.action for e in events]
    if A.ASSESS_LOSS in kinds:  # only a loss not known at filing is assessed (R-CMP-07)
        assert case.complaint.claimed_loss is None
    for i, event in enumerate(events):
        if event.action is A.ASSESS_LOSS:  # a complaint's, or before classification
            kinds_before = [e.get("kind") for e in events[:i] if e.action is A.CLASSIFY]
            assert kinds_before in ([], [Kind.COMPLAINT])
    for once in (A.RECORD, A.CLASSIFY, A.CLOSE, A.REVIEW, A.EXTEND, A.COMMEND):
        assert kinds.count(once) <= 1
    assert kinds.count(A.REOPEN) == case.reopen_count
    if case.kind is not Kind.COMPLAINT and case.kind is not None:
        assert not COMPLAINT_ONLY & set(kinds)
        assert A.REVIEW not in kinds


def test_case_policy_takes_a_preset_by_name_R_CMP_06() -> None:
    """The SLA of a desk may be named: ``CasePolicy(sla_policy="winery")`` (R-CMP-06, D10)."""
    assert CasePolicy(sla_policy="winery").sla_policy is presets.WINERY
    assert CasePolicy(sla_policy="D14").sla_policy is presets.TOBACCO
    with pytest.raises(InvalidInput, match=r"^sla_policy: is not a preset; one of dealer \(D1\)"):
        CasePolicy(sla_policy="bakery")


def test_every_instant_field_refuses_what_utc_cannot_show() -> None:
    """A complaint, a case's event and a clock's event read an instant alike (one home
    converter, ``AWARE``): one UTC cannot show is refused when it is given, naming the field,
    so that ``case.status(at=…)`` never reports a value its caller did not pass."""
    from custops.complaints.events import CaseEvent
    from custops.sla import ClockEvent

    early = dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    for build in (lambda: CaseEvent(early, "assign", "dealer"), lambda: ClockEvent(early, "start")):
        with pytest.raises(InvalidInput, match=r"^at: is outside the range of dates UTC can show"):
            build()


# --------------------------------------------------------------------------- one API


@pytest.mark.parametrize(
    ("step", "argument"),
    [
        (lambda case, at: case.assign(at, CRM, None), "department"),
        (lambda case, at: case.record(at, "assign", CRM, handler="李"), "department"),
        (lambda case, at: case.promise(at, CRM, None), "period"),
    ],
)
def test_a_step_missing_its_required_data_names_the_keyword_given(
    step: Callable[[Case, dt.datetime], Case], argument: str
) -> None:
    """Conventions, Errors: a case step's refusal names the caller's own argument and shows
    the value given (``department: … (got None)``), not the event's ``data`` dict."""
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    with pytest.raises(InvalidInput) as refused:
        step(case, T(9, 30, 18))
    assert refused.value.argument == argument
    assert refused.value.value is None
    assert str(refused.value).startswith(f"{argument}: ")
    assert str(refused.value).endswith("(got None)")


def test_a_step_given_data_it_does_not_take_names_that_keyword() -> None:
    """``case.record(at, "assign", role, colour=…)``: the keyword is named, not ``data``."""
    case = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    with pytest.raises(InvalidInput, match=r"^colour: is not data of the assign step.*'red'"):
        case.record(T(9, 30, 18), "assign", CRM, department="质量部", colour="red")
    # a caller who builds the event passes data: that is what is named
    with pytest.raises(InvalidInput, match=r"^data: assign needs 'department'"):
        CaseEvent(T(9, 30, 18), "assign", CRM, data={"department": None})


@pytest.mark.parametrize("name", [0, None, 1.5, ("reply",)])
def test_a_case_status_looked_up_by_a_non_str_is_a_wrong_type(name: Any) -> None:
    """Conventions: a wrong type is InvalidType, as ``case.six_clears()[0]`` is."""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy="winery")
    with pytest.raises(InvalidType, match=r"^name: must be a str"):
        case.status(at=T(9, 30, 17))[name]


def test_a_case_status_is_looked_up_by_a_targets_label_too() -> None:
    """``status["处理完毕"]`` is the target labelled so (one target alone has that label);
    an unknown name or label is refused listing the targets."""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy="winery")
    status = case.status(at=T(9, 30, 17))
    by_label = {s.label: s for s in status.values() if s.label}
    assert by_label
    for label, found in by_label.items():
        assert status[label] is found is status[found.target_name]
        assert label in status
    assert "" not in status
    with pytest.raises(InvalidInput, match="is not a running or finished target"):
        status["处理完"]


def test_a_case_status_reads_a_name_or_label_trimmed_as_a_target_is_built() -> None:
    """``Target(" reply ", …).name`` is ``reply``: ``status[" reply "]`` and ``in`` find it."""
    case = Case.open(complaint(T(9, 30, 16)), ADVISER, policy="winery")
    status = case.status(at=T(9, 30, 17))
    for s in status.values():
        assert status[f" {s.target_name}\t"] is s
        assert f" {s.target_name} " in status
        if s.label:
            assert status[f"\u3000{s.label} "] is s
            assert f" {s.label}" in status
    assert " " not in status


def test_a_retention_policy_bounds_its_years_when_built_R_SLA_23() -> None:
    """CONTRIBUTING Conventions: a policy that cannot hold is refused when built
    (PolicyError naming the field), not later as the case's ``closed_on``."""
    for field in ("ordinary_years", "important_years"):
        with pytest.raises(PolicyError, match=rf"^{field}: must be at most 1000"):
            RetentionPolicy(**{field: 10**20})  # type: ignore[arg-type]
    assert RetentionPolicy(ordinary_years=1000).ordinary_years == 1000


def test_a_retention_past_9999_names_the_policy_or_the_case_R_SLA_23(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A case closed in 9995 and kept ten years: refused naming ``policy`` (given) or
    ``case`` (its own policy), never ``closed_on``, which the caller did not pass.  No
    step is recorded in a year the desk's calendar cannot count (R-CMP-06), so the case is
    built here with that check off: ``retention_until`` still guards its own range."""
    ten = RetentionPolicy(ordinary_years=10)
    at = T(9, 30, 16)
    case = (
        Case.open(
            complaint(at), ADVISER, policy=CasePolicy(sla_policy="tobacco", retention_policy=ten)
        )
        .classify(at, CRM, kind="咨询", category="其他")
        .answer(at, ADVISER)
    )
    late = dt.datetime(9995, 1, 1, tzinfo=SH)
    with pytest.raises(InvalidInput, match=r"^at: is a moment the desk's calendar cannot time"):
        case.close(late, ADVISER)
    monkeypatch.setattr(case_module, "_untimed", lambda *_args: None)
    case = case.close(late, ADVISER)
    with pytest.raises(InvalidInput, match=r"^policy: keeps the record 10 years .* 9995-01-01"):
        retention_until(case, policy=ten)
    with pytest.raises(InvalidInput, match=r"^case: closed on 9995-01-01") as refused:
        _ = case.retention
    assert refused.value.value == late


@pytest.mark.parametrize("solution", ["", "   ", "\u3000"])
def test_a_proposal_carries_its_solution_R_CMP_06(solution: str) -> None:
    """R-CMP-06 (D1 第四条 3–4: 在一个工作日内提出解决办法; 投诉解决办法经总经理同意后 …
    通知客户): the proposal is the solution the GM approves and the customer is told, and
    it stops the ``solution`` target (R-SLA-01): an empty or blank one is refused, and the
    case is unchanged."""
    case = general_at(Stage.ASSIGNED)
    with pytest.raises(InvalidInput) as caught:
        case.propose(T(9, 30, 17), QM, solution=solution)
    error = caught.value
    assert (error.argument, error.value, error.problem) == (
        "solution",
        solution,
        "must not be empty",
    )
    assert str(error) == f"solution: must not be empty (got {solution!r})"
    assert case.stage is Stage.ASSIGNED
    with pytest.raises(TypeError):  # a proposal without a solution is no proposal
        case.propose(T(9, 30, 17), QM)  # type: ignore[call-arg]
    proposed = case.propose(T(9, 30, 17), QM, solution=" 换货两箱 ")
    assert proposed.events[-1].note == "换货两箱"
    assert proposed.stage is Stage.PROPOSED


# ------------------------------------------------------------------ pairs, approvers, clears


def test_event_data_reads_a_list_of_pairs_as_a_tuple_of_them() -> None:
    """One reading of pairs: a list of (name, value) pairs is read as a tuple or a mapping."""
    at = dt.datetime(2025, 10, 9, 9, tzinfo=SH)
    pairs = [("department", "质量部")]
    by_list = CaseEvent(at, "assign", CRM, "", pairs)
    assert by_list == CaseEvent(at, "assign", CRM, "", tuple(pairs))
    assert by_list == CaseEvent(at, "assign", CRM, "", dict(pairs))
    assert by_list.get("department") is Department.QUALITY
    with pytest.raises(InvalidInput, match=r"^data: gives 'department' twice"):
        CaseEvent(at, "assign", CRM, "", [*pairs, ("department", "销售部")])


@given(
    approvers=st.sets(st.sampled_from(list(Role)), min_size=1),
    may=st.sets(st.sampled_from(list(Role)), min_size=1),
    as_labels=st.booleans(),
)
def test_declared_approvers_must_be_able_to_approve(
    approvers: set[Role], may: set[Role], as_labels: bool
) -> None:
    """A declared approver that roles['approve'] leaves out would be silently ignored: the
    policy is refused, naming ``approvers`` and showing them as given; otherwise every
    declared approver is required."""
    given_value: list[str] = sorted(r.label if as_labels else r.value for r in approvers)
    roles = {"approve": sorted(r.value for r in may)}
    if approvers <= may:
        policy = CasePolicy(sla_policy="dealer", approvers=given_value, roles=roles)
        assert policy.required_approvals == frozenset(approvers)
        return
    with pytest.raises(PolicyError, match=r"^approvers: .* may not approve") as info:
        CasePolicy(sla_policy="dealer", approvers=given_value, roles=roles)
    assert info.value.value is given_value


def test_a_checklist_built_by_hand_is_checked() -> None:
    """``SixClears`` built by hand holds Clears, no kind twice; a kind it lacks is an
    InvalidInput naming ``kind`` (not a StopIteration), absent from ``in`` and ``get``."""
    from custops.complaints.case import Clear, SixClears

    empty = SixClears(True, "R-CMP-15", "ok")
    with pytest.raises(InvalidInput, match=r"^kind: is not a clear of this checklist") as info:
        empty["reply"]
    assert info.value.value == "reply"
    assert "reply" not in empty
    assert empty.get("reply", "none") == "none"
    with pytest.raises(InvalidType, match=r"^clears: must hold Clear values"):
        SixClears(True, "R-CMP-15", "ok", clears=("x",))  # type: ignore[arg-type]
    reply = Clear("reply", "met", "ok")
    with pytest.raises(InvalidInput, match=r"^clears: holds two clears of one kind \(reply\)"):
        SixClears(True, "R-CMP-15", "ok", clears=[reply, Clear("复清晰", "met", "ok")])
    one = SixClears(True, "R-CMP-15", "ok", clears=[reply])
    assert one["复清晰"] is reply
    assert dict(one) == {"reply": reply}


def test_a_case_status_is_worded_when_read_R_SLA_05_R_CMP_07() -> None:
    """R-SLA-05, R-CMP-07: a status keeps facts; its headline is worded in the language
    active when it is read, not when ``status()`` ran, so a status computed in Chinese and
    shown to English-only staff is English throughout (the quoted caller's words aside), and
    a stored one reads in its reader's language too."""
    from custops import serial
    from custops.i18n import stray_words

    text = "新车刹车失灵差点出事故，再不处理我就找电视台曝光"
    major = Case.open(complaint(T(10, 10, 17, 59), content=text), ADVISER, policy=DEALER)
    major = major.classify(T(10, 10, 18), CRM, note="客户很激动")
    unknown = Case.open(complaint(T(10, 10, 9), claimed_loss=None), ADVISER, policy=DEALER)
    pending = unknown.classify(
        T(10, 10, 10),
        CRM,
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    loss = pending.assess_loss(T(10, 10, 11), CRM, Decimal("20000"))
    for case in (major, pending, loss):
        with language("zh_CN"):
            status = case.status(at=T(10, 10, 18, 30))
            chinese = status.reason
        with language("en_US"):
            english = status.reason
            assert english == case.status(at=T(10, 10, 18, 30)).reason
            assert stray_words(english) == ()
            assert status.explain().splitlines()[0].endswith(english)
        assert english != chinese
        assert english.startswith("case ")
        with language("zh_CN"):
            assert case.status(at=T(10, 10, 18, 30)) == status  # one value in both languages
            loaded = serial.from_json(serial.to_json(status))
            assert loaded == status
            assert loaded.reason == chinese
        with language("en_US"):
            assert loaded.reason == english
    assert "major" in english or "escalated" in english


def test_R_CMP_06_the_moment_in_the_other_style_names_it() -> None:
    """R-CMP-06 (house rule 2): a case's events take the moment first, by position
    (``case.assign(at, role, department)``), its questions and ``Case.open`` by name
    (``case.status(at=…)``); a call in the other style, or one without its moment, is
    refused as InvalidType naming the argument and the signature to call, never Python's
    bare TypeError."""
    case: Any = general(Case.open(complaint(T(9, 30, 16)), ADVISER, policy=DEALER), T(9, 30, 17))
    with pytest.raises(InvalidType) as info:
        case.assign(CRM, "质量部", at=T(9, 30, 18))  # the moment as a keyword, after the role
    # the value quoted is the one given as at=, the role that took its place beside it
    assert (info.value.argument, info.value.value) == ("at", T(9, 30, 18))
    assert f"given both by position ({CRM!r}, 1st) and as at=" in info.value.problem
    assert "call Case.assign(at, role, department, *, handler, note)" in info.value.problem
    with pytest.raises(InvalidType, match=r"^at: given both .* Case\.reply\(at, role"):
        case.reply(ADVISER, at=T(9, 30, 18))
    with pytest.raises(InvalidType, match=r"^at: is missing; call Case\.close\(at, role"):
        case.close(role=CRM)
    with pytest.raises(InvalidType, match=r"^at: is keyword-only, not given by position"):
        case.status(T(9, 30, 18))
    with pytest.raises(InvalidType, match=r"^at: is keyword-only.*Case\.open\(complaint, role"):
        Case.open(case.complaint, ADVISER, T(9, 30, 16), policy=DEALER)  # type: ignore[misc, arg-type]
    with pytest.raises(InvalidType, match=r"^when: is not a parameter; call Case\.pause\(at"):
        case.pause(when=T(9, 30, 18), role=CRM)
    # the signature help() and inspect show is the method's own, and each by name works
    assert list(inspect.signature(Case.assign).parameters)[:4] == [
        "self",
        "at",
        "role",
        "department",
    ]
    assigned = case.assign(role=CRM, department="质量部", at=T(9, 30, 18))
    assert assigned.department is Department.QUALITY


@settings(max_examples=25, deadline=None)
@given(cases(max_events=6), st.data())
def test_a_case_status_is_a_lawful_read_only_mapping_r_cmp_06(case: Case, data: Any) -> None:
    """R-CMP-06: ``case.status(at=…)`` is a ``Mapping`` of target name → Status whose
    keys, values, items, len, iteration, ``in`` and ``get`` agree, in selection order."""
    at = case.last_event_at + dt.timedelta(hours=data.draw(st.integers(0, 400)))
    status = case.status(at=at)
    assert isinstance(status, collections.abc.Mapping)
    keys = list(status)
    assert keys == list(status.keys()) == list(status.target_names)
    assert len(status) == len(keys) == len(status.values()) == len(status.items())
    assert list(status.values()) == list(status.statuses)
    assert list(status.items()) == list(zip(keys, status.statuses, strict=True))
    assert dict(status) == dict(status.items())
    for key, value in status.items():
        assert key in status
        assert key in status.keys()  # noqa: SIM118 (the keys view's own in)
        assert status[key] is value is status.get(key)
        assert value in status.values()
    unknown = data.draw(st.text(max_size=6).filter(lambda k: k.strip() not in keys))
    if all(s.label != unknown.strip() for s in status.statuses):
        assert unknown not in status
        assert status.get(unknown) is None
        assert status.get(unknown, "none") == "none"
    not_a_name: object = 7
    assert not_a_name not in status
    with pytest.raises(InvalidType, match=r"^name: must be a str"):
        status.get(7, "none")  # type: ignore[call-overload]
    for value in status.values():  # a target's Status, once read by `in`: refused, not False
        with pytest.raises(InvalidType, match=r"^name: is a target's status, not its name"):
            _ = value in status  # type: ignore[comparison-overlap]


def test_a_one_step_triage_refuses_a_quiet_reading_that_is_no_complaint() -> None:
    """R-CMP-01: a question whose subject nothing read (这个怎么弄？) reads as a
    consultation with confidence 0, ``quiet``; a triage that takes the kind from that
    reading is refused naming ``kind``, and the case is unchanged (still open, unclassified)."""
    contact = Complaint(received_at=T(10, 13, 9), channel="电话", content="这个怎么弄？",
                        complainant="客户")  # fmt: skip
    read = classify(contact.text)
    assert (read.kind, read.confidence, read.quiet) == (Kind.CONSULTATION, 0, True)
    opened = Case.open(contact, ADVISER, policy="winery")
    before = (opened.kind, opened.stage, opened.events)
    with pytest.raises(InvalidInput) as refused:
        opened.classify(T(10, 13, 9), CRM, classification=read)
    message = str(refused.value)
    assert message.startswith("kind:")
    assert "read as a consultation with confidence 0" in message
    assert "R-CMP-01" in message
    assert (opened.kind, opened.stage, opened.events) == before
    assert opened.kind is None


def test_a_target_status_as_a_key_is_refused_not_false() -> None:
    """R-CMP-06: ``in`` on a case's status takes a target's name; a ``Status`` itself (what
    ``in`` once read) is refused naming ``name``, so old code fails loudly, and the value
    is found among ``values()``."""
    contact = Complaint(received_at=T(3, 2, 10), channel="电话", content="酒里有沉淀",
                        complainant="王")  # fmt: skip
    case = Case.open(contact, ADVISER, policy="winery")
    status = case.status(at=T(3, 2, 11))
    first = status.statuses[0]
    assert first.target_name in status
    assert first in status.values()
    with pytest.raises(InvalidType) as refused:
        _ = first in status  # type: ignore[comparison-overlap]
    assert refused.value.argument == "name"
    assert "status.values()" in str(refused.value)
    assert None not in status


@settings(max_examples=25, deadline=None)
@given(cases(max_events=6), st.data())
def test_six_clears_are_a_lawful_read_only_mapping_R_CMP_15(case: Case, data: Any) -> None:
    """R-CMP-15: ``case.six_clears()`` is a ``Mapping`` of clear kind -> Clear whose keys,
    values, items, len, iteration, ``in`` and ``get`` agree, in checklist order, as a
    case's status is; every spelling ``ClearKind.parse`` reads (the member too) looks a
    clear up; a foreign key is in no checklist and ``get`` answers its default; ``bool``
    stays the decision's ``allowed``."""
    clears = case.six_clears()
    assert isinstance(clears, collections.abc.Mapping)
    keys = list(clears)
    assert keys == list(clears.keys()) == [kind.value for kind in ClearKind]
    assert len(clears) == len(keys) == len(clears.values()) == len(clears.items()) == 6
    assert list(clears.values()) == list(clears.clears)
    assert list(clears.items()) == list(zip(keys, clears.clears, strict=True))
    assert dict(clears) == dict(clears.items())
    for key, value in clears.items():
        assert key in clears
        assert clears[key] is value is clears.get(key)
        assert value in clears.values()
        kind = value.kind
        for spelling in (kind, kind.label, kind.name, f" {key.upper()} "):
            assert clears[spelling] is value is clears.get(spelling, None)
            assert spelling in clears
    unknown = data.draw(st.sampled_from(["smile", "nothing", "", "清晰"]))
    assert unknown not in clears
    assert clears.get(unknown) is None
    assert clears.get(unknown, "none") == "none"
    not_a_key: object = 7
    assert not_a_key not in clears
    with pytest.raises(InvalidType, match=r"^kind: must be a ClearKind or a str"):
        clears.get(7, "none")  # type: ignore[call-overload]
    assert bool(clears) is clears.allowed is (not clears.missing)


def test_record_reads_the_free_text_keyword_of_the_steps_own_method() -> None:
    """R-CMP-06: ``record("propose", solution=…)`` records the solution as
    ``propose(solution=…)`` does (and ``record("close", result=…)`` as ``close``); a blank
    solution, both ``solution`` and ``note``, or ``solution`` on another step are refused
    naming the keyword, and the case is unchanged."""
    opened = Case.open(complaint(T(9, 30, 9)), ADVISER, policy=DEALER)
    case = general(opened, T(9, 30, 10)).assign(T(9, 30, 10, 30), CRM, "质量部")
    at = T(9, 30, 11)
    by_method = case.propose(at, DM, solution="换货两箱")
    by_record = case.record(at, "propose", DM, solution="换货两箱")
    assert by_record.events == by_method.events
    assert by_record.events[-1].note == "换货两箱"
    with pytest.raises(InvalidInput, match=r"^solution: .*blank|^solution: .*empty"):
        case.record(at, "propose", DM, solution="  ")
    with pytest.raises(InvalidInput, match=r"^solution: .*give it once") as both:
        case.record(at, "propose", DM, solution="换货", note="换货")
    assert "换货" in str(both.value)
    with pytest.raises(InvalidInput, match=r"^solution: .*not data of the assign step"):
        case.record(at, "assign", CRM, department="质量部", solution="换货")
    assert (
        case.events == general(opened, T(9, 30, 10)).assign(T(9, 30, 10, 30), CRM, "质量部").events
    )
    with pytest.raises(InvalidInput, match=r"^result: .*close step's note: give it once"):
        case.record(at, "close", CRM, result="客户谅解", note="客户谅解")
