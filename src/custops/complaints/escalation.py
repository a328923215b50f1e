"""How soon a major complaint is escalated, and to whom (R-CMP-07, R-CMP-15; docs/cases.md).

D1 第四条 (重大投诉 2): 「客户关系经理将投诉内容迅速传递给责任部门经理、总经理,并立即召紧急
会议」; D13 第十四章 六: 「报告重大投诉,务必马上报告部门负责人或分管经理」.  Neither gives a
number: ``CasePolicy.escalation_period`` (default two working hours) is the time "at once"
allows, counted from the classification that found the complaint major, and
``CasePolicy.escalate_to`` the roles the escalation tells (D1: 部门经理 and 总经理; D13:
部门负责人或分管经理, which :class:`~custops.complaints.Role` reads as 部门经理).

The escalation is timed as one more target of the case, ``escalation``: its clock starts
when the case is classified major and stops at the ``escalate`` step, so a late escalation
is breached in :meth:`Case.status <custops.complaints.Case.status>` with its rule ID, and
the 报告 clear of :meth:`Case.six_clears <custops.complaints.Case.six_clears>` is not met.
A general complaint escalated while handled has no such clock: the escalation is the
moment it became major.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from custops._text import moment_text, span
from custops.complaints.events import CaseEvent
from custops.complaints.flow import CaseAction, Flow
from custops.complaints.model import Role, Severity
from custops.i18n import _
from custops.periods import Period
from custops.sla import Clock, Measure, State, Target

if TYPE_CHECKING:
    from custops.complaints.policy import CasePolicy

__all__: list[str] = []  # the case's own helpers, imported by name by custops.complaints

_A = CaseAction

#: The name of the escalation's target among a case's clocks.
TARGET = "escalation"
#: What "at once" (迅速, 立即, 马上) allows by default: the seed gives no number.
DEFAULT_PERIOD = Period.working_hours(2)
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
    need = ", ".join(f"{r.words} ({r.value})" for r in Role if r in policy.escalate_to)
    return (  # the desk's own rule: D1's major flow on D1's desk, D13's 报告 elsewhere
        "an escalation tells "
        + need
        + f" ({rule_of(policy)}, CasePolicy.escalate_to); not told: "
        + ", ".join(f"{r.words} ({r.value})" for r in missing)
    )


def _classified_major(events: Iterable[CaseEvent]) -> CaseEvent | None:
    return next(
        (e for e in events if e.action is _A.CLASSIFY and e.get("severity") is Severity.MAJOR),
        None,
    )


def clock(events: tuple[CaseEvent, ...], policy: CasePolicy) -> Clock | None:
    """The escalation's clock of a case with ``events`` (``None``: not classified major, or
    not timed by ``policy``): started by the classification as major, stopped by the
    escalation."""
    wanted = target(policy)
    found = _classified_major(events)
    if wanted is None or found is None:
        return None
    calendar = policy.sla_policy.calendar
    timed = Clock.start(found.at, wanted, calendar=calendar, note=_("classified as major"))
    escalated = next((e for e in events if e.action is _A.ESCALATE), None)
    if escalated is not None:
        timed = timed.stop(escalated.at, note=_("by {step}", step=escalated.action))
    return timed


def report_clear(
    events: tuple[CaseEvent, ...], flow: Flow | None, policy: CasePolicy
) -> tuple[bool | None, str]:
    """The 报告 clear of D13 第十四章 六 (R-CMP-15): whether a major complaint was reported
    at once (``None``: not a major complaint), and why."""
    if flow is not Flow.MAJOR:
        return None, _("not a major complaint")
    escalation = next((e for e in events if e.action is _A.ESCALATE), None)
    timed = clock(events, policy)
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
        late = _(
            "{escalated}: later than the {period} allowed after it was classified major"
            " (due {due})",
            escalated=text,
            period=allowed,
            due=moment_text(due) if due is not None else "",
        )
        return False, late
    return True, text
