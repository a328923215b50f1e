"""The flow rules of a complaint case: its flows, stages and steps, and what may follow what.

The seed's flows — general (R-CMP-06; D1 第四条, D5 第条), major (R-CMP-07; D13 第十四章
六), not established (R-CMP-05), consultation, suggestion, praise and nothing to handle
(R-CMP-01; D14 四), and the loop of an unsatisfied customer (R-CMP-08, D5 第六条 3 ②) —
step by step in the table of ``docs/cases.md``.

>>> state = advance(None, CaseAction.RECORD, {})
>>> [a.value for a in next_steps(state)]
['classify', 'reply']
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from custops._enums import fold, parse_member
from custops.complaints.model import Category, Department, Kind, Role, Severity, Validity
from custops.enums import LabelledEnum, in_english
from custops.i18n import worded_in_english
from custops.periods import Period

__all__ = ["CaseAction", "Flow", "Stage"]


@worded_in_english
@in_english(GENERAL="general complaint", MAJOR="major complaint", NOT_ESTABLISHED="unfounded")
class Flow(LabelledEnum):
    """Which of the seed's flows a case follows; known once it is classified."""

    GENERAL = ("general", "一般投诉", "general complaint")
    MAJOR = ("major", "重大投诉", "major complaint")
    NOT_ESTABLISHED = ("not_established", "投诉不成立", "unfounded")
    CONSULTATION = ("consultation", "咨询", "客户咨询")
    SUGGESTION = ("suggestion", "建议", "推荐", "客户建议")
    PRAISE = ("praise", "表扬", "表彰")
    NO_ACTION = ("no_action", "无需处理")


@worded_in_english
class Stage(LabelledEnum):
    """Where a case stands: the stage its last step left it in (:attr:`CaseStatus.stage
    <custops.complaints.CaseStatus.stage>`; a :class:`~custops.complaints.CaseStatus` is
    the whole answer, this enumeration its stage, R-CMP-06).

    :meth:`parse` reads an old ticket system's status where it names one stage (新建 is
    recorded, 已派单 assigned, 已关闭 and 已办结 closed); one that may name several
    (待处理, 处理中, 已处理, 已解决, "in progress") is refused naming them, never guessed:
    the desk maps it to the stage it means.

    >>> Stage.parse("已关闭"), Stage.parse("新建"), Stage.parse("已派單")
    (<Stage.CLOSED: 'closed'>, <Stage.RECORDED: 'recorded'>, <Stage.ASSIGNED: 'assigned'>)
    >>> Stage.parse("待处理", argument="status")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: status: may name recorded (已登记) or classified ... (got '待处理')
    """

    RECORDED = ("recorded", "已登记", "新建", "新登记", "已记录", "new")
    CLASSIFIED = ("classified", "已定性", "已分类")
    ASSIGNED = ("assigned", "已分派", "调查处理中", "已派单", "已分配", "已派发")
    PROPOSED = ("proposed", "已提出方案", "待批准", "已提交报告")
    APPROVED = ("approved", "已批准")
    NOTIFIED = ("notified", "已通知客户")
    ESCALATED = ("escalated", "已上报", "紧急处理中")
    NEGOTIATED = ("negotiated", "已协商")
    EXPLAINED = ("explained", "已解释", "已委婉答复")
    PROMISED = ("promised", "已承诺期限")
    ANSWERED = ("answered", "已答复")
    COMMENDED = ("commended", "已转表扬", "已表彰")
    SATISFIED = ("satisfied", "客户满意")
    UNSATISFIED = ("unsatisfied", "客户不满意")
    CLOSED = ("closed", "已结案", "结案", "已关闭", "关闭", "已办结", "办结", "已完结", "完结")
    REVIEWED = ("reviewed", "已总结")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Stage:
        """The stage ``text`` names (:meth:`LabelledEnum.parse
        <custops.enums.LabelledEnum.parse>`); an old system's status that may name several
        stages (待处理, 处理中) is refused naming them."""
        return parse_member(cls, text, argument=argument, ambiguous=_AMBIGUOUS_STAGES)


# An old ticket system's statuses that name no one stage, each with the stages it may mean
# (R-CMP-06): waiting to be handled is recorded or classified; being handled, any step
# between assignment and the customer's notice; handled or resolved, an answer given or a
# case the customer accepted or closed; accepted (受理), recorded or assigned.
_AMBIGUOUS_STAGES: Final = {
    fold(word): stages
    for words, stages in (
        (("待处理", "未处理", "pending"), ("RECORDED", "CLASSIFIED")),
        (("已受理", "受理"), ("RECORDED", "ASSIGNED")),
        (
            ("处理中", "进行中", "跟进中", "in progress"),
            ("ASSIGNED", "PROPOSED", "APPROVED", "ESCALATED", "NEGOTIATED"),
        ),
        (
            ("已处理", "已回复", "已解决", "resolved"),
            ("NOTIFIED", "ANSWERED", "SATISFIED", "CLOSED"),
        ),
    )
    for word in words
}


@worded_in_english
class CaseAction(LabelledEnum):
    """The kinds of event of a case (one per step; :meth:`Case.allowed_events` lists them)."""

    RECORD = ("record", "登记", "记录")
    CLASSIFY = ("classify", "定性", "分类", "判定")
    ASSIGN = ("assign", "分派", "确定受理部门")
    AGREE = ("agree", "达成初步协议", "初步协议")
    PROPOSE = ("propose", "提出解决办法", "提出方案", "提出报告")
    APPROVE = ("approve", "批准", "批示")
    REJECT = ("reject", "驳回")
    NOTIFY = ("notify", "通知客户")
    REPLY = ("reply", "回复客户", "回复", "答复客户", "回复客户确认")
    ESCALATE = ("escalate", "上报", "立即上报")
    NEGOTIATE = ("negotiate", "协商", "协商解决")
    EXPLAIN = ("explain", "委婉解释", "解释")
    PROMISE = ("promise", "承诺回复期限", "承诺期限")
    ANSWER = ("answer", "解答", "答复")
    COMMEND = ("commend", "转表扬", "表彰")
    SURVEY = ("survey", "满意度回访", "回访", "询问满意度")
    REOPEN = ("reopen", "再次处理", "重新处理")
    EXTEND = ("extend", "特殊情况延期", "延期", "special case")
    PAUSE = ("pause", "等待客户", "暂停计时", "pending customer", "waiting on the customer")
    RESUME = ("resume", "恢复计时", "客户已回复")
    ASSESS_LOSS = ("assess_loss", "核定损失", "损失核定", "assess loss")
    CLOSE = ("close", "结案", "关闭")
    REVIEW = ("review", "总结评价", "总结")


_A = CaseAction
COMPLAINT_FLOWS = (Flow.GENERAL, Flow.MAJOR, Flow.NOT_ESTABLISHED)
OPEN_STAGES = frozenset(Stage) - {Stage.CLOSED, Stage.REVIEWED}

#: Each step: the rule behind it (cited in refusals) and the stage it leads to (``None``:
#: the stage stays, or depends on the step's data).
_STEPS: dict[CaseAction, tuple[str, Stage | None]] = {
    _A.RECORD: ("R-CMP-06", Stage.RECORDED),
    _A.CLASSIFY: ("R-CMP-06, R-CMP-05", None),
    _A.ASSIGN: ("R-CMP-06", Stage.ASSIGNED),
    _A.AGREE: ("R-SLA-02", None),
    _A.PROPOSE: ("R-CMP-06, R-SLA-01, R-SLA-03", Stage.PROPOSED),
    _A.APPROVE: ("R-CMP-06", None),
    _A.REJECT: ("R-CMP-06", Stage.ASSIGNED),
    _A.NOTIFY: ("R-CMP-06", Stage.NOTIFIED),
    _A.REPLY: ("R-CMP-15, R-SLA-05, R-SLA-06", None),
    _A.ESCALATE: ("R-CMP-07, R-CMP-15", Stage.ESCALATED),
    _A.NEGOTIATE: ("R-CMP-07", Stage.NEGOTIATED),
    _A.EXPLAIN: ("R-CMP-05", Stage.EXPLAINED),
    _A.PROMISE: ("R-SLA-12", Stage.PROMISED),
    _A.ANSWER: ("R-CMP-01, R-SLA-11", Stage.ANSWERED),
    _A.COMMEND: ("R-CMP-01", Stage.COMMENDED),
    _A.SURVEY: ("R-CMP-06, R-SLA-04", None),
    _A.REOPEN: ("R-CMP-08", None),
    _A.EXTEND: ("R-SLA-09", None),
    _A.PAUSE: ("R-CMP-06", None),
    _A.RESUME: ("R-CMP-06", None),
    _A.ASSESS_LOSS: ("R-CMP-07, R-CMP-13", None),
    _A.CLOSE: ("R-CMP-06", Stage.CLOSED),
    _A.REVIEW: ("R-CMP-06", Stage.REVIEWED),
}
STEP_RULES = {action: rule for action, (rule, _stage) in _STEPS.items()}

#: The next step(s) of each stage; right after classification, of each flow.
_NEXT: dict[Stage | Flow, tuple[CaseAction, ...]] = {
    Stage.RECORDED: (_A.CLASSIFY,),
    Flow.GENERAL: (_A.ASSIGN,),
    Flow.MAJOR: (_A.ESCALATE,),
    Flow.NOT_ESTABLISHED: (_A.EXPLAIN,),
    Flow.CONSULTATION: (_A.ANSWER,),
    Flow.SUGGESTION: (_A.PROMISE, _A.ANSWER),
    Flow.PRAISE: (_A.COMMEND,),
    Flow.NO_ACTION: (_A.CLOSE,),
    Stage.ASSIGNED: (_A.ASSIGN, _A.PROPOSE),
    Stage.PROPOSED: (_A.APPROVE, _A.REJECT),
    Stage.APPROVED: (_A.NOTIFY,),
    Stage.NOTIFIED: (_A.SURVEY,),
    Stage.NEGOTIATED: (_A.SURVEY,),
    Stage.ESCALATED: (_A.NEGOTIATE,),
    Stage.PROMISED: (_A.ANSWER,),
    Stage.EXPLAINED: (_A.CLOSE,),
    Stage.ANSWERED: (_A.CLOSE,),
    Stage.COMMENDED: (_A.CLOSE,),
    Stage.SATISFIED: (_A.CLOSE,),
    Stage.UNSATISFIED: (_A.REOPEN,),
}

_HANDLING = frozenset({Stage.CLASSIFIED, Stage.ASSIGNED, Stage.PROPOSED, Stage.APPROVED})
#: The flows a special case may be declared in (R-SLA-09; D14 四(四) 客户投诉处理期限…特殊状况
#: 不能超过7个工作日, where 客户投诉 is the umbrella of 咨询、推荐、投诉): a complaint's and a
#: suggestion's handling.  A consultation's bound is its 24 hours (四(一), R-SLA-11).
_SPECIAL_FLOWS = (Flow.GENERAL, Flow.MAJOR, Flow.SUGGESTION)


@attrs.frozen
class CaseState:
    """What the events so far have made of a case (derived, never stored)."""

    stage: Stage
    flow: Flow | None = None
    kind: Kind | None = None
    category: Category | None = None
    severity: Severity | None = None
    validity: Validity | None = None
    department: Department | None = None
    handler: str = ""
    special: bool = False
    promised: Period | None = None
    reopen_count: int = 0
    satisfied: bool | None = None
    agreed: bool = False
    approvals: frozenset[Role] = frozenset()
    paused: bool = False
    #: the loss recorded by the latest ``assess_loss`` (``None``: none recorded)
    loss: Decimal | None = None
    #: when the assessed loss made a general complaint major (R-CMP-07): the first of the
    #: assessments reaching the threshold since the last one below it (``None``: it did not)
    assessed_major_at: _dt.datetime | None = None


#: The flows whose case runs clocks a pause could hold (praise and nothing to handle run none).
PAUSABLE_FLOWS = (None, *COMPLAINT_FLOWS, Flow.CONSULTATION, Flow.SUGGESTION)


def next_steps(
    state: CaseState, *, pausable: bool = False, assessable: bool = False
) -> tuple[CaseAction, ...]:
    """The steps allowed next: the flow's next steps, then those allowed at any open stage.

    With ``assessable`` (a complaint recorded with its loss not known yet,
    ``Complaint.loss`` ``None``) an open case of a complaint, or one not yet classified, may
    record the loss once it is assessed (``assess_loss``, again to correct it: the latest
    counts; R-CMP-07, R-CMP-13).

    With ``pausable`` (the desk's ``CasePolicy.pause_for_customer``) an open case of a
    flow that runs clocks may wait on the customer (``pause``); a paused case takes only
    ``resume`` and a ``reply`` that reaches the customer (a reminder), so no step of the
    flow is taken while its clocks stand still (docs/cases.md, "Waiting on the customer").
    """
    s, f = state.stage, state.flow
    if state.paused:
        return (_A.REPLY, _A.RESUME)
    if s is Stage.CLOSED:
        nxt: tuple[CaseAction, ...] = (_A.REVIEW,) if f in COMPLAINT_FLOWS else ()
    else:
        nxt = _NEXT.get(f if s is Stage.CLASSIFIED and f is not None else s, ())
    side: list[CaseAction] = []
    if s in OPEN_STAGES:
        side.append(_A.REPLY)
        live = s in _HANDLING or s is Stage.ESCALATED
        if f is Flow.GENERAL and s not in (Stage.SATISFIED, Stage.UNSATISFIED):
            side.append(_A.ESCALATE)
        if f is Flow.GENERAL and live and s is not Stage.CLASSIFIED:
            side.append(_A.AGREE)
        if f in _SPECIAL_FLOWS and not state.special and (live or s is Stage.PROMISED):
            side.append(_A.EXTEND)
        if pausable and f in PAUSABLE_FLOWS:
            side.append(_A.PAUSE)
        if assessable and f in (None, *COMPLAINT_FLOWS):
            side.append(_A.ASSESS_LOSS)
    main = tuple(a for a in CaseAction if a in nxt)
    return main + tuple(a for a in side if a not in nxt)


def _classified(state: CaseState, data: Mapping[str, Any]) -> CaseState:
    """The state a classification leaves: a severity only for a complaint (R-CMP-07), a
    department only for praise, routed for commendation by its topic (R-CMP-01, R-CMP-03)."""
    kind: Kind = data["kind"]
    severity: Severity | None = data["severity"] if kind is Kind.COMPLAINT else None
    grounds, demand = data.get("grounds_sufficient"), data.get("demand_reasonable")
    validity = None
    if grounds is not None and demand is not None:
        validity = Validity.ESTABLISHED if grounds and demand else Validity.NOT_ESTABLISHED
    if kind is not Kind.COMPLAINT:
        flow = Flow[kind.name]  # consultation, suggestion, praise, no action: a flow each
    elif severity is Severity.MAJOR:
        flow = Flow.MAJOR  # reported at once, whatever its validity (D13 第十四章 六)
    else:
        flow = Flow.GENERAL if validity is Validity.ESTABLISHED else Flow.NOT_ESTABLISHED
    return attrs.evolve(
        state,
        stage=Stage.CLASSIFIED,
        flow=flow,
        kind=kind,
        category=data["category"],
        severity=severity,
        validity=validity,
        department=data.get("department") if kind is Kind.PRAISE else state.department,
        special=bool(data.get("special")),
    )


def advance(
    state: CaseState | None,
    action: CaseAction,
    data: Mapping[str, Any],
    *,
    role: Role | None = None,
    approvers: frozenset[Role] = frozenset(),
) -> CaseState:
    """The state after ``action`` with ``data`` (the caller checked it is allowed).

    An approval (``role``) completes when every one of ``approvers`` has approved
    (D5 第条 5: 提交至质量负责人及经理批示); until then the case stays proposed.
    """
    if state is None:
        return CaseState(stage=Stage.RECORDED)
    ev = attrs.evolve
    if action is _A.CLASSIFY:
        return _classified(state, data)
    if action is _A.APPROVE:
        got = state.approvals | ({role} if role is not None else set())
        done = approvers <= got
        return ev(state, stage=Stage.APPROVED if done else Stage.PROPOSED, approvals=got)
    if action is _A.SURVEY:
        happy = bool(data["satisfied"])
        return ev(state, stage=Stage.SATISFIED if happy else Stage.UNSATISFIED, satisfied=happy)
    if action is _A.REOPEN:
        again = Stage.ESCALATED if state.flow is Flow.MAJOR else Stage.ASSIGNED
        return ev(
            state,
            stage=again,
            reopen_count=state.reopen_count + 1,
            satisfied=None,
            approvals=frozenset(),
        )
    if action is _A.EXTEND:
        return ev(state, special=True)
    if action is _A.AGREE:
        return ev(state, agreed=True)
    if action in (_A.PAUSE, _A.RESUME):
        return ev(state, paused=action is _A.PAUSE)
    if action is _A.ASSESS_LOSS:
        return ev(state, loss=data["loss"])
    stage = _STEPS[action][1] or state.stage
    if action is _A.ASSIGN:
        return ev(state, stage=stage, department=data["department"], handler=data["handler"])
    if action in (_A.PROPOSE, _A.REJECT):
        return ev(state, stage=stage, approvals=frozenset())
    if action is _A.ESCALATE:
        department = data.get("department") or state.department
        return ev(
            state, stage=stage, flow=Flow.MAJOR, severity=Severity.MAJOR, department=department
        )
    if action is _A.PROMISE:
        return ev(state, stage=stage, promised=data["period"])
    if action is _A.COMMEND:
        return ev(state, stage=stage, department=data["department"])
    if action is _A.EXPLAIN:  # the department that answers it (D10 二 3.4; R-CMP-14)
        return ev(state, stage=stage, department=data.get("department") or state.department)
    return ev(state, stage=stage)


#: Data enough to take each step in :func:`flow_steps` (a survey either way).
_SAMPLE_DATA: dict[CaseAction, tuple[dict[str, Any], ...]] = {
    _A.ASSIGN: ({"department": None, "handler": ""},),
    _A.SURVEY: ({"satisfied": True}, {"satisfied": False}),
    _A.PROMISE: ({"period": None},),
    _A.COMMEND: ({"department": None},),
}


@functools.cache
def flow_steps(flow: Flow) -> frozenset[CaseAction]:
    """Every step a case classified into ``flow`` may take from then on (by the table of
    :func:`next_steps`, an escalation's major flow included): the steps that could meet a
    target of such a case.  Closing meets only the targets none of them stops
    (docs/cases.md, "What closing does to a clock").

    >>> sorted(a.value for a in flow_steps(Flow.NOT_ESTABLISHED))
    ['close', 'explain', 'reply', 'review']
    """
    steps: set[CaseAction] = set()
    seen: set[tuple[Stage, Flow | None, bool]] = set()
    todo = [CaseState(stage=Stage.CLASSIFIED, flow=flow)]
    while todo:
        state = todo.pop()
        key = (state.stage, state.flow, state.special)
        if key in seen:
            continue
        seen.add(key)
        for action in next_steps(state):
            steps.add(action)
            for data in _SAMPLE_DATA.get(action, ({},)):
                todo.append(advance(state, action, data))
    return frozenset(steps)
