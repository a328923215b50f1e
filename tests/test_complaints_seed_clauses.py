"""The case steps that meet the seed's clocks, to the seed's exact words (issue 17).

Each test quotes the clause of the seed it checks, with its document (D-number) and
article: R-SLA-06 (D10 二 2), R-SLA-08 (D10 二 3.1), R-SLA-02 (D5 第六条 1), R-SLA-03 and
the approvals (D5 第条 5, 第六条 2), R-CMP-09 (D14 四(三)), and the desk a case must name.
"""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Case,
    CaseEvent,
    CasePolicy,
    Complaint,
    HandlingClass,
    Party,
    Role,
    Severity,
    Stage,
    handling_decision,
)
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.sla import State, presets

SH = ZoneInfo("Asia/Shanghai")
ADVISER, CRM, GM, QM, DM = "客户关系顾问", "客户关系经理", "总经理", "质量负责人", "部门经理"


def T(month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


def complaint(at: dt.datetime, channel: str = "电话", content: str = "酒有沉淀") -> Complaint:
    return Complaint(received_at=at, channel=channel, content=content, complainant="王先生")


def classified(case: Case, at: dt.datetime, category: str = "产品质量") -> Case:
    return case.classify(
        at, CRM, kind="投诉", category=category, grounds_sufficient=True, demand_reasonable=True
    )


# --------------------------------------------------------------------------- R-SLA-06

D10_2_2 = (
    "收到客户的书面投诉,要立即向营销办管理部汇报,请示。并在24小时内给客户进行登记、回复客户确认。"
)


def test_acknowledgement_stops_when_the_confirmation_reaches_the_customer_R_SLA_06() -> None:
    """D10 二 2 (R-SLA-06): 在24小时内给客户进行登记、回复客户确认 — registering the
    letter is not confirming it to the customer; the clock stops at the confirmation."""
    assert "登记、回复客户确认" in D10_2_2
    received = T(10, 13, 9)
    case = Case.open(complaint(received, "书面"), QM, policy="winery")  # registered at once
    assert case.status(at=T(10, 13, 10))["acknowledge"].state is State.RUNNING
    late = case.status(at=T(10, 14, 10))["acknowledge"]
    assert late.state is State.BREACHED  # registered, never confirmed: 25 hours later
    confirmed = case.reply(T(10, 13, 15), ADVISER, note="已收到您的来信，三个工作日内答复")
    assert confirmed.status(at=T(10, 14, 10))["acknowledge"].state is State.MET


# --------------------------------------------------------------------------- R-SLA-08

D10_2_3_1 = (
    "不能立即解答的,立即和上级部门领导汇报,质量部进行整改处理方案,"
    "给客户承诺三个工作日的回复期限和投诉答复状况。"
)


def test_the_interim_reply_does_not_stop_the_three_working_day_answer_R_SLA_08() -> None:
    """D10 二 3.1 (R-SLA-08): 给客户承诺三个工作日的回复期限 — the reply that promises the
    answer within three working days is not the answer; only the answer stops the clock."""
    assert "承诺三个工作日的回复期限" in D10_2_3_1
    case = classified(Case.open(complaint(T(10, 13, 9)), ADVISER, policy="winery"), T(10, 13, 9))
    case = case.reply(T(10, 13, 11), ADVISER, note="质量部调查中，三个工作日内答复")
    status = case.status(at=T(10, 13, 12))
    assert status["reply"].state is State.MET  # the 24-hour reply (R-SLA-05)
    assert status["quality_reply"].state is State.RUNNING
    # Monday 13 October + 3 working days: due Thursday 16 October 18:00; no answer yet
    assert case.status(at=T(10, 17, 9))["quality_reply"].state is State.BREACHED
    answered = case.assign(T(10, 14, 9), CRM, "质量部").propose(T(10, 14, 10), QM, solution="换货")
    answered = answered.approve(T(10, 14, 11), GM).notify(T(10, 14, 12), ADVISER)
    assert answered.status(at=T(10, 17, 9))["quality_reply"].state is State.MET


@settings(max_examples=30)
@given(st.integers(min_value=0, max_value=60 * 24 * 6))
def test_property_no_interim_reply_stops_the_quality_answer_R_SLA_08(minutes: int) -> None:
    case = classified(Case.open(complaint(T(10, 13, 9)), ADVISER, policy="winery"), T(10, 13, 9))
    at = T(10, 13, 9) + dt.timedelta(minutes=minutes)
    replied = case.reply(at, ADVISER)
    assert replied.clocks()["quality_reply"].stopped_at is None
    assert replied.clocks()["reply"].stopped_at == at


# --------------------------------------------------------------------------- R-SLA-02

D5_6_1 = "被投诉部门主任(或职责人)需在1天内明确职责、整理方案并与客户进行沟通达成初步协议。"


def test_the_agreement_clock_needs_the_customer_R_SLA_02() -> None:
    """D5 第六条 1 (R-SLA-02): 与客户进行沟通达成初步协议 — an internal proposal is not an
    agreement with the customer."""
    assert "与客户进行沟通达成初步协议" in D5_6_1
    case = classified(Case.open(complaint(T(10, 13, 9)), ADVISER, policy="quality"), T(10, 13, 9))
    case = case.assign(T(10, 13, 10), CRM, "质量部").propose(T(10, 13, 11), DM, solution="换货")
    assert case.status(at=T(10, 13, 12))["agreement"].state is State.RUNNING
    agreed = classified(
        Case.open(complaint(T(10, 13, 9)), ADVISER, policy="quality"), T(10, 13, 9)
    ).assign(T(10, 13, 10), CRM, "质量部")
    agreed = agreed.agree(T(10, 13, 16), DM, note="客户同意换货")
    assert agreed.status(at=T(10, 13, 17))["agreement"].state is State.MET
    assert agreed.stage is Stage.ASSIGNED  # agreeing changes no stage


# --------------------------------------------------------------------------- D5 approvals

D5_FLOW_5 = "综合部提出解决投诉的具体方案,并提交至质量负责人及经理批示。"
D5_6_2 = "由质量负责人或其指定的相关人员于调查处理后三天内提出报告呈总经理批示。"


def _submitted(policy: CasePolicy | str = "quality") -> Case:
    case = classified(Case.open(complaint(T(10, 13, 9)), ADVISER, policy=policy), T(10, 13, 9))
    case = case.assign(T(10, 13, 10), CRM, "质量部").agree(T(10, 13, 11), DM, note="客户同意")
    return case.propose(T(10, 14, 10), DM, solution="换货两箱")


def test_the_solution_needs_both_the_quality_lead_and_the_manager_D5() -> None:
    """D5 第条 5: 提交至质量负责人及经理批示 — both approve, each once."""
    assert "质量负责人及经理批示" in D5_FLOW_5
    case = _submitted()
    assert case.policy.approvers == {Role.QUALITY_MANAGER, Role.GENERAL_MANAGER}
    one = case.approve(T(10, 14, 11), GM)
    assert one.stage is Stage.PROPOSED
    assert one.status(at=T(10, 14, 11)).awaiting_approval == (Role.QUALITY_MANAGER,)
    with pytest.raises(IllegalTransition, match="already approved"):
        one.approve(T(10, 14, 12), GM)
    assert Role.GENERAL_MANAGER not in one.who_may("approve")
    both = one.approve(T(10, 14, 12), QM)
    assert both.stage is Stage.APPROVED
    assert both.status(at=T(10, 14, 12)).awaiting_approval == ()
    # the dealer desk of D1 第三条: the GM alone
    dealer = _submitted("dealer").approve(T(10, 14, 11), GM)
    assert dealer.stage is Stage.APPROVED


def test_the_report_is_met_when_submitted_and_slow_approval_is_the_approvers_D5() -> None:
    """D5 第六条 2 (R-SLA-03): 三天内提出报告 — the report is met when it is submitted; a
    slow 批示 is tracked (and fined) as the approver's delay, not the handler's."""
    assert "三天内提出报告" in D5_6_2
    policy = CasePolicy(sla_policy="quality", approval_period="1个工作日")
    case = _submitted(policy)
    assert case.status(at=T(10, 14, 10))["report"].state is State.MET
    slow = case.approve(T(10, 20, 10), GM).approve(T(10, 20, 11), QM)  # four working days
    status = slow.status(at=T(10, 20, 11))
    assert status["report"].state is State.MET
    assert status.approval_late is True
    assert "report" not in status.breaches
    penalty = slow.penalty(at=T(10, 20, 11), loss="0")
    # D5 第七条 fines the case once (R-CMP-11): the slow approval is named, not fined apart
    assert [line.party for line in penalty.lines] == [Party.RESPONSIBLE_PERSON]
    assert penalty.total == 200  # no loss, still fined: 凡发生客户投诉案件…处罚
    assert penalty.for_party(Party.APPROVER) == penalty.for_party(Party.HANDLER) == 0
    assert "the slow approval: not fined apart, D5 art. 7 fining the case once" in penalty.reason
    # the desk assessed under D1's reading (each person, named by the desk): the approver
    # who was slow is fined, the handler who submitted in time is not
    each = attrs.evolve(policy, penalty_scheme="each_person")
    slow_each = _submitted(each).approve(T(10, 20, 10), GM).approve(T(10, 20, 11), QM)
    penalty = slow_each.penalty(at=T(10, 20, 11), loss="0")
    assert penalty.for_party(Party.APPROVER) == penalty.for_party("approver") > 0
    assert penalty.for_party(Party.HANDLER) == 0  # the handler submitted in time
    quick = _submitted(each).approve(T(10, 14, 11), GM).approve(T(10, 14, 12), QM)
    assert quick.status(at=T(10, 14, 12)).approval_late is False
    assert quick.penalty(at=T(10, 14, 12), loss="0").for_party(Party.APPROVER) == 0
    # still awaited after the period: late already
    assert case.status(at=T(10, 20, 9)).approval_late is True
    # without an approval period (the seed sets none) nothing is tracked
    assert _submitted().status(at=T(10, 30, 9)).approval_late is False


# --------------------------------------------------------------------------- D14 四(三)

D14_4_3 = (
    "属于一般工作失误、服务欠缺的,按所在单位有关规章制度和考核规定对当事人进行处理,"
    "并使其立即纠正,同时,根据实际,提出整改方案"
)


@pytest.mark.parametrize("handling", list(HandlingClass))
def test_a_corrective_plan_only_for_an_ordinary_mistake_R_CMP_09(handling: HandlingClass) -> None:
    """D14 四(三) (R-CMP-09): 属于一般工作失误…提出整改方案 — the plan is asked only there."""
    assert "提出整改方案" in D14_4_3
    decision = handling_decision(handling)
    assert decision.corrective_plan is (handling is HandlingClass.ORDINARY_MISTAKE)
    assert decision.outcome is handling


# --------------------------------------------------------------------------- the desk


def test_a_case_always_names_its_desk_issue_17_item_3() -> None:
    c = complaint(T(10, 13, 9))
    with pytest.raises(PolicyError, match=r"^policy: a case names its desk"):
        Case.open(c, ADVISER, policy=None)  # type: ignore[arg-type]
    with pytest.raises(PolicyError, match=r"^sla_policy: a case names its desk"):
        CasePolicy(sla_policy=None)  # type: ignore[arg-type]
    assert inspect.signature(CasePolicy).parameters["sla_policy"].default is inspect.Parameter.empty
    with pytest.raises(PolicyError, match=r"^policy: a case names its desk"):
        Case(c, Case.open(c, ADVISER, policy="dealer").events, policy=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="required keyword-only argument: 'policy'"):
        Case(c, Case.open(c, ADVISER, policy="dealer").events)  # type: ignore[call-arg]
    assert inspect.signature(Case).parameters["policy"].default is inspect.Parameter.empty
    for desk in presets.all_presets():
        assert Case.open(c, ADVISER, policy=desk).policy.sla_policy is desk
        assert Case.open(c, ADVISER, policy=desk.name).policy.sla_policy is desk


@settings(max_examples=40)
@given(
    desk=st.sampled_from(["dealer", "quality", "winery", "tobacco"]),
    order=st.permutations([GM, QM]),
    count=st.integers(0, 2),
)
def test_property_approved_iff_every_required_approver_approved_D5(
    desk: str, order: list[str], count: int
) -> None:
    """D5 第条 5 / D1 第三条: the proposal is approved exactly when every required approver
    has approved; a role that may not approve is refused and changes nothing."""
    case = _submitted(desk)
    done: set[Role] = set()
    for i, who in enumerate(order[:count]):
        role = Role.parse(who)
        if role not in case.who_may("approve"):
            with pytest.raises(IllegalTransition):
                case.approve(T(10, 14, 11 + i), who)
            continue
        case = case.approve(T(10, 14, 11 + i), who)
        done.add(role)
        if case.stage is Stage.APPROVED:
            break
    required = case.policy.required_approvals
    assert (case.stage is Stage.APPROVED) == (bool(done) and required <= done)


# --------------------------------------------------------------------------- R-CMP-11

D5_7_1 = "凡发生客户投诉案件,经职责归属处200~1500元/次罚款。"


def test_a_case_on_d5s_desk_is_fined_at_most_1500_yuan_in_all_R_CMP_11_R_CMP_13() -> None:
    """D5 第七条 (R-CMP-11): 200~1500元/次 — on D5's desk one case is fined at most
    1 500 yuan in all; the dealer's desk (D1 第六条, R-CMP-13) fines each person."""
    assert "200~1500元/次" in D5_7_1
    late = _submitted().status(at=T(10, 30, 9))
    assert late.breaches  # the approvals never came: the case is late
    d5 = _submitted().penalty(at=T(10, 30, 9), loss="25000")
    assert (d5.total, d5.rule) == (Decimal("1500.00"), "R-CMP-11")
    assert [line.party for line in d5.lines] == [Party.RESPONSIBLE_PERSON]
    assert "once for the case (D5 art. 7)" in d5.reason
    assert "not fined apart" in d5.reason  # the delays are named, the case fined once
    assert "D1" not in d5.explain()  # D5's own rule, not the dealer's
    d1 = _submitted("dealer").penalty(at=T(10, 30, 9), loss="25000")
    assert d1.total > 1500
    assert "no cap per case" in d1.reason


# ----------------------------------------------------------------- R-CMP-07, R-CMP-15

D1_MAJOR_2 = "客户关系经理将投诉内容迅速传递给责任部门经理、总经理,并立即召紧急会议,商磋解决办法。"
D13_14_6 = "六报告重大投诉,务必马上报告部门负责人或分管经理"


def _major(policy: CasePolicy | str = "dealer", at: dt.datetime | None = None) -> Case:
    """A major complaint classified on Monday 13 October 2025 at 15:30 (due 17:30)."""
    moment = T(10, 13, 15, 30) if at is None else at
    case = Case.open(complaint(T(10, 13, 15)), ADVISER, policy=policy)
    return case.classify(moment, CRM, kind="投诉", category="产品质量", severity="重大")


def test_a_late_escalation_is_breached_and_the_report_clear_not_met_R_CMP_07_R_CMP_15() -> None:
    """D1 重大投诉 2 (R-CMP-07): 迅速传递…立即召紧急会议; D13 第十四章 六 (R-CMP-15): 务必马上
    报告 — the escalation is timed (two hours by the clock from the classification as major,
    the policy's default): on time it is met, a minute late it is breached with its rule ID, the
    报告 clear is not met and says why, and the delay is the handler's (D1 第六条 2)."""
    assert "迅速传递给责任部门经理、总经理" in D1_MAJOR_2
    assert "马上报告部门负责人或分管经理" in D13_14_6
    case = _major()
    waiting = case.status(at=T(10, 13, 16))["escalation"]
    assert (waiting.state, waiting.due_at, waiting.rule) == (
        State.RUNNING,
        T(10, 13, 17, 30),
        "R-CMP-07",
    )
    on_time = case.escalate(T(10, 13, 17, 30), CRM)
    assert on_time.status(at=T(10, 14))["escalation"].state is State.MET
    assert on_time.six_clears()["report"].outcome.value == "met"
    late = case.escalate(T(10, 13, 17, 31), CRM)
    status = late.status(at=T(10, 13, 18))
    assert status["escalation"].state is State.BREACHED
    assert "escalation" in status.breaches
    assert "R-CMP-07" in status.rule_ids
    assert "[R-CMP-07]" in status.explain()
    clear = late.six_clears()["report"]
    assert clear.outcome.value == "not_met"
    assert "later than the" in clear.reason
    assert "due 2025-10-13 17:30+08:00" in clear.reason
    assert "escalation" in late.penalty(at=T(10, 13, 18)).delayed
    # not yet escalated: the clear says when it was due
    assert "due 2025-10-13 17:30" in case.six_clears()["report"].reason


def test_the_escalation_records_whom_it_told_as_the_originals_name_them_R_CMP_07() -> None:
    """D1: 责任部门经理、总经理 (both); D13: 部门负责人或分管经理 (the role 部门经理); an
    escalation that leaves one out is refused; D1's 紧急会议 is a recorded fact."""
    assert CasePolicy(sla_policy="dealer").escalate_to == {
        Role.DEPARTMENT_MANAGER,
        Role.GENERAL_MANAGER,
    }
    assert CasePolicy(sla_policy="winery").escalate_to == {Role.DEPARTMENT_MANAGER}
    assert Role.parse("部门负责人") is Role.parse("分管经理") is Role.DEPARTMENT_MANAGER
    told = _major().escalate(T(10, 13, 16), CRM, emergency_meeting=True).events[-1]
    assert told.get("told") == (Role.DEPARTMENT_MANAGER, Role.GENERAL_MANAGER)
    assert told.get("emergency_meeting") is True
    assert "emergency meeting: yes" in told.describe()
    with pytest.raises(
        InvalidInput, match=r"^told: .*not told: department manager \(department_manager\)"
    ):
        _major().escalate(T(10, 13, 16), CRM, told="总经理")
    winery = _major("winery").escalate(T(10, 13, 16), CRM)
    assert winery.events[-1].get("told") == (Role.DEPARTMENT_MANAGER,)
    assert winery.status(at=T(10, 13, 16))["escalation"].rule == "R-CMP-15"
    # a stored escalation is replayed under the same rule
    short = CaseEvent(T(10, 13, 16), "escalate", CRM, data={"told": ["总经理"]})
    with pytest.raises(
        IllegalTransition, match="not told: department manager \\(department_manager\\)"
    ):
        _major().apply(short)
    unsaid = _major().apply(CaseEvent(T(10, 13, 16), "escalate", CRM))  # who: not recorded
    assert unsaid.events[-1].get("told") is None
    assert unsaid.six_clears()["report"].outcome.value == "met"


def test_the_escalation_period_is_a_policy_field_R_CMP_07() -> None:
    """The seed gives no number, and 立即/务必马上 wait for no working day: two hours by the
    clock by default; ``None`` leaves it untimed;
    a general complaint escalated while handled has no escalation clock."""
    assert str(CasePolicy(sla_policy="dealer").escalation_period) == "2小时"
    untimed = _major(CasePolicy(sla_policy="dealer", escalation_period=None))
    assert "escalation" not in untimed.clocks()
    assert untimed.escalate(T(10, 20), CRM).six_clears()["report"].outcome.value == "met"
    sameday = CasePolicy(sla_policy="dealer", escalation_period="4个工作小时")
    assert _major(sameday).status(at=T(10, 13, 16))["escalation"].due_at == T(10, 14, 10, 30)
    general = classified(Case.open(complaint(T(10, 13, 9)), ADVISER, policy="dealer"), T(10, 13))
    assert "escalation" not in general.escalate(T(10, 20), CRM).clocks()
    with pytest.raises(PolicyError, match=r"^escalate_to: name at least one role"):
        CasePolicy(sla_policy="dealer", escalate_to=())
    own = presets.WINERY
    clash = type(own)(
        own.name,
        (*own.targets, type(own.targets[0])("escalation", "1小时")),
        own.rules,
        source=own.source,
    )
    with pytest.raises(PolicyError, match=r"^escalation_period: times the escalation"):
        CasePolicy(sla_policy=clash, stops={"escalate": ("escalation",)})


def test_an_escalation_not_allowed_is_refused_before_its_told_list_R_CMP_07() -> None:
    """R-CMP-07: an escalation the case's stage does not allow is refused as
    such, an IllegalTransition, even with a ``told`` that leaves a role out: the caller does
    not fix ``told`` only to learn the step was never allowed; once allowed, ``told`` is
    still checked, naming it; nothing changes."""
    recorded = Case.open(complaint(T(10, 13, 15)), ADVISER, policy="dealer")
    for told in ("总经理", 3, None):
        with pytest.raises(IllegalTransition, match=r"not allowed while the case is recorded"):
            recorded.escalate(T(10, 13, 15, 40), CRM, told=told)  # type: ignore[arg-type]
    assert len(recorded.events) == 1
    with pytest.raises(IllegalTransition, match=r"it is before the previous event"):
        _major().escalate(T(10, 13, 15), CRM, told="总经理")
    with pytest.raises(
        InvalidInput, match=r"^told: .*not told: department manager \(department_manager\)"
    ):
        _major().escalate(T(10, 13, 16), CRM, told="总经理")


@pytest.mark.parametrize("given_period", ["0小时", "0个工作小时", "0分钟", "-1小时", "abc"])
def test_a_non_positive_escalation_period_is_a_policy_error_R_CMP_07(given_period: str) -> None:
    """R-CMP-07: an escalation allowed no time (or a negative or unreadable
    period) is refused, a PolicyError naming ``escalation_period``: a policy's refusals are
    PolicyError, whatever is wrong with the value; ``None`` leaves it untimed."""
    with pytest.raises(PolicyError, match=r"^escalation_period: ") as caught:
        CasePolicy(sla_policy="dealer", escalation_period=given_period)
    assert (caught.value.argument, caught.value.value) == ("escalation_period", given_period)
    assert CasePolicy(sla_policy="dealer", escalation_period="1分钟").escalation_period
    with pytest.raises(InvalidType, match=r"^escalation_period: must be a Period"):
        CasePolicy(sla_policy="dealer", escalation_period=0)  # type: ignore[arg-type]


def test_escalate_to_is_refused_as_policy_data_R_CMP_07() -> None:
    """R-CMP-07: an unknown role and an empty list are both PolicyError
    naming ``escalate_to`` (its item for a list), a wrong type InvalidType."""
    with pytest.raises(PolicyError, match=r"^escalate_to: is not a known Role"):
        CasePolicy(sla_policy="dealer", escalate_to="boss")
    with pytest.raises(PolicyError, match=r"^escalate_to\[1\]: is not a known Role"):
        CasePolicy(sla_policy="dealer", escalate_to=["总经理", "boss"])
    with pytest.raises(PolicyError, match=r"^escalate_to: name at least one role"):
        CasePolicy(sla_policy="dealer", escalate_to=[])
    with pytest.raises(InvalidType, match=r"^escalate_to: "):
        CasePolicy(sla_policy="dealer", escalate_to=3)  # type: ignore[arg-type]


@settings(max_examples=30)
@given(st.integers(min_value=-3, max_value=48), st.sampled_from(["小时", "分钟", "个工作小时"]))
def test_property_an_escalation_period_is_accepted_iff_positive_R_CMP_07(
    count: int, unit: str
) -> None:
    """R-CMP-07: every escalation period a policy holds is longer than nothing."""
    text = f"{count}{unit}"
    if count <= 0:
        with pytest.raises(PolicyError, match=r"^escalation_period: "):
            CasePolicy(sla_policy="dealer", escalation_period=text)
    else:
        held = CasePolicy(sla_policy="dealer", escalation_period=text).escalation_period
        assert held is not None
        assert held.count == count


@settings(max_examples=40)
@given(st.integers(min_value=-120, max_value=60 * 24 * 10))
def test_property_an_escalation_after_its_deadline_is_always_breached_R_CMP_07_R_CMP_15(
    minutes: int,
) -> None:
    """R-CMP-07, R-CMP-15: whenever it comes, the escalation is met iff it is not after the
    deadline, and the 报告 clear agrees."""
    case = _major()
    due = case.status(at=T(10, 13, 15, 30))["escalation"].due_at
    at = max(due + dt.timedelta(minutes=minutes), T(10, 13, 15, 30))
    done = case.escalate(at, CRM)
    state = done.status(at=at)["escalation"].state
    assert (state is State.BREACHED) == (at > due)
    assert (done.six_clears()["report"].outcome.value == "met") == (at <= due)


def test_approvers_and_the_approval_period_are_refused_as_policy_data_R_SLA_03() -> None:
    """R-SLA-03, R-CMP-06 (D5 第六条 2, the approvals of a proposal): ``approvers`` and
    ``approval_period`` are policy data, refused as ``escalate_to`` and ``escalation_period``
    are — an unknown role, an empty list, a period of no time or an unreadable one is a
    PolicyError naming the field; a wrong type stays InvalidType."""
    with pytest.raises(PolicyError, match=r"^approvers: is not a known Role"):
        CasePolicy(sla_policy="quality", approvers="boss")
    with pytest.raises(PolicyError, match=r"^approvers: name at least one approver"):
        CasePolicy(sla_policy="quality", approvers=[])
    for text in ("0小时", "0个工作日", "-1小时", "abc"):
        with pytest.raises(PolicyError, match=r"^approval_period: ") as caught:
            CasePolicy(sla_policy="quality", approval_period=text)
        assert caught.value.value == text
    with pytest.raises(InvalidType, match=r"^approval_period: "):
        CasePolicy(sla_policy="quality", approval_period=0)  # type: ignore[arg-type]
    held = CasePolicy(sla_policy="quality", approval_period="1个工作日").approval_period
    assert str(held) == "1个工作日"


def test_a_major_complaint_at_night_on_a_holiday_is_escalated_that_night_R_CMP_07_R_CMP_15() -> (
    None
):
    """D1 第四条 「…迅速传递给责任部门经理、总经理,并立即召紧急会议」; D13 第十四章 六
    「报告重大投诉,务必马上报告部门负责人或分管经理」: at once waits for no working day — a
    gas leak received at 03:00 on 初一 is due for escalation two hours after it is found
    major, by the clock, on every desk; a desk that escalates in business hours only says
    so (then it is due after the holiday)."""
    night = dt.datetime(2026, 2, 17, 3, 0, tzinfo=SH)  # 初一 of the 2026 Spring Festival
    gas = Complaint(
        received_at=night,
        channel="热线",
        content="厨房里闻到很浓的煤气味，赶紧派人来",
        complainant="李先生",
    )
    for desk in ("dealer", "winery", "tobacco", "quality"):
        case = Case.open(gas, ADVISER, policy=desk).classify(
            night + dt.timedelta(minutes=5), CRM, kind="投诉", category="产品质量"
        )
        assert case.severity is Severity.MAJOR, desk
        due = case.status(at=night + dt.timedelta(minutes=10))["escalation"].due_at
        assert due == night + dt.timedelta(hours=2, minutes=5), desk
    hours = CasePolicy(sla_policy="tobacco", escalation_period="2个工作小时")
    later = Case.open(gas, ADVISER, policy=hours).classify(
        night + dt.timedelta(minutes=5), CRM, kind="投诉", category="产品质量"
    )
    due_later = later.status(at=night + dt.timedelta(minutes=10))["escalation"].due_at
    assert due_later.date() == dt.date(2026, 2, 24)
