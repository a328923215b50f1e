"""How soon a major complaint is escalated, and to whom (R-CMP-07, R-CMP-15; docs/cases.md).

D1 第四条 (重大投诉 2): 「客户关系经理将投诉内容迅速传递给责任部门经理、总经理,并立即召紧急
会议」; D13 第十四章 六: 「报告重大投诉,务必马上报告部门负责人或分管经理」.  Neither gives a
number: ``CasePolicy.escalation_period`` (default two hours by the clock, night and
holidays included: 立即, 务必马上 wait for no working day) is the time "at once"
allows, counted from the classification that found the complaint major — or from its
receipt, when a regulator forwarded it (below) — and
``CasePolicy.escalate_to`` the roles the escalation tells (D1: 部门经理 and 总经理; D13:
部门负责人或分管经理, which :class:`~custops.complaints.Role` reads as 部门经理).

The escalation is timed as one more target of the case, ``escalation``: its clock starts
when the case becomes major — classified major, or, for a general complaint, the assessment
whose loss reaches the threshold (``Case.assess_loss``, D1 第三条: the loss decides the
nature of the complaint, and from then on it is major, R-CMP-07) — and stops at the
``escalate`` step, so a late escalation is breached in
:meth:`Case.status <custops.complaints.Case.status>` with its rule ID, and the 报告 clear of
:meth:`Case.six_clears <custops.complaints.Case.six_clears>` is not met.  The latest
assessment counts: one below the threshold makes the complaint general again and removes
the clock, and a later one reaching it starts a new one from then.  A case closed before it
was escalated ends the clock at closing, not reached (or breached, when late by then).  A
general complaint escalated while handled, before any loss made it major, has no such
clock: the escalation is the moment it became major.

A complaint a regulator forwarded (``Complaint.forwarded_by`` naming one of
``SeverityPolicy.regulators``, the regulator criterion in force) is major at receipt: the
channel says so before anyone reads it, and D1 第四条's major flow has no step between
recording it (1 「详细记录客户投诉内容」) and passing it on (2 「迅速传递给责任部门经理、
总经理」) — the judging of the complaint's nature (一般投诉 2 「判定投诉性质」) is the general
flow's; D13 第十四章 六 「马上报告」 likewise.  So when such a complaint is classified major,
its escalation clock starts at ``received_at``, not at the classification: the time spent
before classifying it counts against "at once".  The clock runs from the case's opening on,
before anyone has classified it (a status read in the first hours shows the escalation due,
not a breach backdated once it is classified); a classification as another kind, or as a
general complaint by hand, removes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from custops._enums import holds_folded
from custops._text import labelled_key, moment_text, span
from custops.complaints.events import CaseEvent
from custops.complaints.flow import CaseAction, CaseState, Flow
from custops.complaints.model import Complaint, Role, Severity, Signal
from custops.i18n import _
from custops.periods import Period
from custops.sla import Clock, Measure, State, Target

if TYPE_CHECKING:
    from custops.complaints.policy import CasePolicy

__all__: list[str] = []  # the case's own helpers, imported by name by custops.complaints

_A = CaseAction

#: The name of the escalation's target among a case's clocks.
TARGET = "escalation"
#: What "at once" (迅速, 立即, 务必马上) allows by default: the seed gives no number, and
#: nothing that waits for business hours — two hours by the clock, night and holidays
#: included (a major complaint received on a holiday's first night is not left to the
#: first working day after it); a desk that escalates in business hours only sets
#: ``escalation_period="2个工作小时"``.
DEFAULT_PERIOD = Period.hours(2)
#: Whom an escalation tells by default: D1 第四条 names the department manager and the GM;
#: every other desk D13 第十四章 六's 部门负责人或分管经理 (the role 部门经理).
D1_TOLD = frozenset({Role.DEPARTMENT_MANAGER, Role.GENERAL_MANAGER})
D13_TOLD = frozenset({Role.DEPARTMENT_MANAGER})


def rule_of(policy: CasePolicy) -> str:
    """The rule the escalation's timing stands on: D1's major flow on D1's desk (R-CMP-07),
    D13's 报告 elsewhere (R-CMP-15)."""
    return "R-CMP-07" if policy.sla_policy.source == "D1" else "R-CMP-15"


def target(policy: CasePolicy) -> Target | None:
    """The escalation's target under ``policy`` (``None``: the policy does not time it)."""
    period = policy.escalation_period
    if period is None:
        return None
    return Target(TARGET, period, rule=rule_of(policy), label="立即上报重大投诉")


def told_problem(told: Iterable[Role] | None, policy: CasePolicy) -> str:
    """Why an escalation that told ``told`` falls short of ``policy.escalate_to`` ("" when it
    does not, or when who was told is not recorded)."""
    if told is None:
        return ""
    missing = [r for r in Role if r in policy.escalate_to and r not in set(told)]
    if not missing:
        return ""
    need = [r for r in Role if r in policy.escalate_to]
    return (  # the desk's own rule: D1's major flow on D1's desk, D13's 报告 elsewhere
        f"an escalation tells {_roles(need)} ({rule_of(policy)}, CasePolicy.escalate_to); "
        f"not told: {_roles(missing)}"
    )


def _roles(roles: Iterable[Role]) -> str:
    """Roles as a refusal names them: their keys, each with its label for a Chinese reader
    (an English message holds no Chinese but the value refused)."""
    return ", ".join(labelled_key(r) for r in roles)


def _classified_major(events: Iterable[CaseEvent]) -> CaseEvent | None:
    return next(
        (e for e in events if e.action is _A.CLASSIFY and e.get("severity") is Severity.MAJOR),
        None,
    )


def major_at_receipt(complaint: Complaint | None, policy: CasePolicy) -> bool:
    """Whether ``complaint`` is major from its receipt under ``policy`` (R-CMP-07, D1 第四条
    重大投诉 1–2): a regulator forwarded it (``forwarded_by`` names one of the policy's
    ``SeverityPolicy.regulators``, the regulator criterion in force), so its escalation
    clock starts when it was received."""
    if complaint is None or not complaint.forwarded_by:
        return False
    criteria = policy.severity_policy
    return Signal.REGULATOR in criteria.enabled and holds_folded(
        complaint.forwarded_by, criteria.regulators
    )


def _major(state: CaseState) -> bool:
    """Whether a case in ``state`` is a major complaint: in the major flow, or a general
    complaint its assessed loss made major (R-CMP-07), still to be escalated."""
    return state.flow is Flow.MAJOR or (
        state.flow is Flow.GENERAL and state.severity is Severity.MAJOR
    )


def clock(
    events: tuple[CaseEvent, ...],
    state: CaseState,
    policy: CasePolicy,
    complaint: Complaint | None = None,
) -> Clock | None:
    """The escalation's clock of a case with ``events`` that left it in ``state`` (``None``:
    not major, major only by its escalation, or not timed by ``policy``): started by the
    classification as major — at the receipt of ``complaint`` when a regulator forwarded
    it (:func:`major_at_receipt`, D1 第四条 重大投诉 1–2), and then from the case's opening
    on, before anyone classified it: the channel says it is major before it is read, so
    a status shows the escalation due from the first hour, not backdated once classified;
    a classification as another kind or as general removes it — or by the assessment whose
    loss made a general complaint major (``state.assessed_major_at``, R-CMP-07), stopped by
    the escalation, ended by a closing that came first."""
    wanted = target(policy)
    found = _classified_major(events)
    if wanted is None:
        return None
    receipt = complaint is not None and major_at_receipt(complaint, policy)
    if not (_major(state) or (receipt and state.flow is None)):
        return None
    calendar = policy.sla_policy.calendar
    if complaint is not None and receipt and (found is not None or state.flow is None):
        # classified major, or not classified yet: the channel said major at receipt
        note = _("major at receipt: forwarded by a regulator")
        timed = Clock.start(complaint.received_at, wanted, calendar=calendar, note=note)
    elif found is not None:
        timed = Clock.start(found.at, wanted, calendar=calendar, note=_("classified as major"))
    elif state.assessed_major_at is not None:
        since = state.assessed_major_at
        note = _("made major by the assessed loss")
        timed = Clock.start(since, wanted, calendar=calendar, note=note)
    else:
        return None
    for e in events:  # neither step comes before the clock's start (R-CMP-06)
        if e.action is _A.ESCALATE:
            return timed.stop(e.at, note=_("by {step}", step=e.action))
        if e.action is _A.CLOSE:
            return timed.cancel(e.at, note=_("ended at closing, not reached"))
    return timed


def report_clear(
    events: tuple[CaseEvent, ...],
    state: CaseState,
    policy: CasePolicy,
    complaint: Complaint | None = None,
) -> tuple[bool | None, str]:
    """The 报告 clear of D13 第十四章 六 (R-CMP-15): whether a major complaint was reported
    at once (``None``: not a major complaint), and why; a general complaint its assessed
    loss made major is one, to be reported from then (R-CMP-07); one a regulator forwarded,
    from its receipt."""
    if not _major(state) and not (state.flow is None and major_at_receipt(complaint, policy)):
        return None, _("not a major complaint")
    escalation = next((e for e in events if e.action is _A.ESCALATE), None)
    timed = clock(events, state, policy, complaint)
    due = None if timed is None else timed.status(at=timed.events[0].at).due_at
    if escalation is None:
        if due is None:
            return False, _("a major complaint not yet reported")
        return False, _("a major complaint not yet reported (due {due})", due=moment_text(due))
    fields: dict[str, Any] = {"at": moment_text(escalation.at), "role": escalation.role}
    told = escalation.get("told")
    text = _("escalated at {at} by {role}", **fields)
    if told:
        text = _("{escalated}, told {roles}", escalated=text, roles=told)
    done = None if timed is None else timed.status(at=escalation.at)
    if done is not None and done.state is State.BREACHED:
        # the period as the escalation clock's status says it, in the active language
        allowed = span(done.allowance, working=done.measure is Measure.WORKING)
        fields = {"escalated": text, "period": allowed, "due": moment_text(done.due_at)}
        if _classified_major(events) is not None and major_at_receipt(complaint, policy):
            late = _(
                "{escalated}: later than the {period} allowed after its receipt, a regulator"
                " having forwarded it (due {due})",
                **fields,
            )
        elif _classified_major(events) is None:  # major by the loss assessed (R-CMP-07)
            late = _(
                "{escalated}: later than the {period} allowed after its assessed loss made it"
                " major (due {due})",
                **fields,
            )
        else:
            late = _(
                "{escalated}: later than the {period} allowed after it was classified major"
                " (due {due})",
                **fields,
            )
        return False, late
    return True, text
