"""Complaint cases: the workflow from intake to review, with its SLA clocks (docs/cases.md).

A step the flow (:mod:`custops.complaints.flow`) or the desk's roles do not allow raises
:class:`~custops.errors.IllegalTransition`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

import attrs

from custops._dates import NO_TIME
from custops._enums import enum_field
from custops._text import (
    block,
    english,
    examples,
    joined,
    labelled_key,
    moment_text,
    one_line,
    quote_word,
    verdict_word,
)
from custops._validate import (
    by_name,
    field_converter,
    fitted_call,
    label_text,
    policy_or_default,
    require_aware,
    require_bool,
    require_distinct,
    require_events,
    require_items,
    require_label,
    require_name,
    require_str,
    require_type,
    type_validator,
    utc,
)
from custops.complaints import escalation as _escalation
from custops.complaints.classifier import Classification
from custops.complaints.classifier import classify as classify_text
from custops.complaints.events import CaseEvent, step_data_error
from custops.complaints.flow import (
    OPEN_STAGES,
    PAUSABLE_FLOWS,
    STEP_RULES,
    CaseAction,
    CaseState,
    Flow,
    Stage,
    advance,
    flow_steps,
    next_steps,
)
from custops.complaints.model import (
    Category,
    Complaint,
    Department,
    Kind,
    Role,
    Severity,
    Signal,
    Validity,
)
from custops.complaints.penalties import (
    PenaltyAssessment,
    PenaltyScheme,
    ResponsibilityPolicy,
    assess_labelled,
    assess_penalty,
)
from custops.complaints.policy import (
    CasePolicy,
    company_department,
    company_roles,
    desk,
    praised_department,
)
from custops.complaints.retention import Retention, RetentionPolicy, keep_record
from custops.complaints.severity import assess_severity, loss_pending
from custops.decisions import W_, Decision, Explained, Wording, worded_reason
from custops.enums import LabelledEnum, in_english
from custops.errors import CustopsError, IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import N_, _, current_language, worded_with_label
from custops.money import MoneyInput
from custops.periods import Period, deadline, zone_note
from custops.sla import Clock, EventKind, Selection, SlaPolicy, State, Status, Target
from custops.sla._clock import in_counted_years
from custops.sla._targets import named, promise_problem, quoted, read_special, special_for

__all__ = [
    "Case",
    "CaseStatus",
    "Clear",
    "ClearKind",
    "ClearOutcome",
    "SixClears",
    "retention_until",
]

T = TypeVar("T")
_A = CaseAction
_NO_CLOCK_FLOWS = (Flow.PRAISE, Flow.NO_ACTION)


def _refuse(state: CaseState | None, event: CaseEvent, problem: str) -> IllegalTransition:
    where = state.stage.value if state is not None else "not recorded"
    step = event.action
    return IllegalTransition(
        f"{step.value}{examples('', f' ({step.label})')} at {moment_text(event.at)}: {problem}",
        state_name=where,
        event_name=step.value,
        problem=problem,
    )


def _local(event: CaseEvent, policy: CasePolicy, *, argument: str) -> CaseEvent:
    """``event`` with its moment in the zone of the desk's calendar (the same instant): a
    case keeps and shows its times in the calendar's zone, as its clocks do (CONTRIBUTING
    item 3; docs/sla.md)."""
    calendar = policy.sla_policy.calendar
    if event.at.tzinfo is calendar.zone:
        return event
    return attrs.evolve(event, at=calendar.to_local(event.at, argument=argument))


def _flow(flow: Flow | None) -> str:
    """A case's flow as a sentence shows it (before classification: not yet classified);
    in English by its English name (``general complaint``) when it has one."""
    if flow is None:
        return _("not yet classified")
    name = next((v for v in flow.variants if v.isascii()), None)
    return name if name and english() else verdict_word(flow)


def _check_role(state: CaseState | None, event: CaseEvent, policy: CasePolicy) -> None:
    roles = policy.roles_for(event.action)
    if event.role not in roles:
        who = ", ".join(r.words for r in Role if r in roles)
        source = policy.roles_source(event.action)  # the desk's own (R-CMP-06)
        raise _refuse(
            state,
            event,
            f"{labelled_key(event.role)} may not {event.action.value}; "
            f"only {who} may ({STEP_RULES[event.action]}, {source})",
        )


#: Why a classified case is in its flow and the step its flow takes first (R-CMP-05 …
#: R-CMP-07), as a refused step says it: the flow's rule, the reason, the first step.
_FLOW_WHY: dict[Flow, tuple[str, str, CaseAction]] = {
    Flow.MAJOR: ("R-CMP-07", "of its severity", _A.ESCALATE),
    Flow.GENERAL: ("R-CMP-06", "it is established and not major", _A.ASSIGN),
    Flow.NOT_ESTABLISHED: (
        "R-CMP-05",
        "its grounds are not sufficient or its demand is not reasonable",
        _A.EXPLAIN,
    ),
}


def _flow_problem(state: CaseState, severity_reason: Callable[[], str]) -> str:
    """What a refused step of a classified complaint adds: the case's flow, why it is in
    it, and the step the flow takes first (``""`` at any other stage, and for the flows
    whose first step is their only one).  A major complaint is escalated before anything
    else (R-CMP-07): ``severity_reason`` words the criteria that made it major."""
    if state.stage is not Stage.CLASSIFIED or state.flow not in _FLOW_WHY:
        return ""
    flow = state.flow
    rule, why, first = _FLOW_WHY[flow]
    if flow is Flow.MAJOR:
        grounds = one_line(severity_reason()) or Severity.MAJOR.value
        why = f"{why} ({grounds})"
    return (
        f"; the case is in the {labelled_key(flow)} flow because {why} ({rule}), whose "
        f"first step is {first.value}: {first.value} it first"
    )


def _read_as(kind: Kind) -> str:
    """A kind as a refusal of a triage names what the text was read as."""
    return "nothing to handle" if kind is Kind.NO_ACTION else f"a {kind.english_words}"


def _refuse_judgements(kind: Kind, source: str, **given: Any) -> None:
    """Refuse a complaint's judgements on a contact whose kind was read, not given, as
    another kind (R-CMP-05, R-CMP-07; R-SLA-09 for ``special``, a suggestion's too): a desk
    that judged a complaint's validity has decided it is a complaint, so a reading that
    disagrees is said, naming the first judgement given, never dropped silently."""
    special = given["special"] and kind is not Kind.SUGGESTION
    present = {  # the validity judgement first: it is what decides a complaint
        "grounds_sufficient": given["grounds_sufficient"] is not None,
        "demand_reasonable": given["demand_reasonable"] is not None,
        "severity": given["severity"] is not None,
        "special": special,
    }
    wrong = [name for name, there in present.items() if there]
    if wrong:
        name = wrong[0]
        who = "a complaint or a suggestion" if name == "special" else "a complaint"
        raise InvalidInput.for_argument(
            name,
            given[name],
            f"only {who} has it, and {source} reads the contact as a {kind.value}: if the "
            "desk judged it a complaint, say so with kind='complaint' (or a classification "
            "that reads it as one); else leave the judgement out",
        )


def _advance(
    state: CaseState | None,
    last: _dt.datetime | None,
    event: CaseEvent,
    complaint: Complaint,
    policy: CasePolicy,
    severity_reason: Callable[[], str] = lambda: "",
) -> CaseState:
    """The state after ``event``, or :class:`IllegalTransition` (nothing changes);
    ``severity_reason`` words why the case is major when a refusal says so."""
    action, problem = event.action, ""
    if state is None or last is None:
        if action is not _A.RECORD:
            problem = f"a case begins with its {labelled_key(_A.RECORD)}"
        elif utc(event.at) < utc(complaint.received_at):
            received = policy.sla_policy.calendar.to_local(complaint.received_at)
            problem = f"it is before the complaint was received ({moment_text(received)})"
    elif utc(event.at) < utc(last):
        problem = f"it is before the previous event ({moment_text(last)})"
    elif action in (_A.PAUSE, _A.RESUME) or state.paused:
        problem = _pause_problem(state, action, policy)
    elif action not in (allowed := _next(state, complaint, policy)):
        shown = ", ".join(a.value for a in allowed) or "nothing (the case is finished)"
        problem = f"not allowed while the case is {labelled_key(state.stage)}; "
        problem += f"allowed: {shown}"
        problem += _flow_problem(state, severity_reason)
        if action is _A.REOPEN and state.stage not in OPEN_STAGES:
            problem += "; a closed case is not reopened: record the new complaint as a new case"
    if problem:
        raise _refuse(state, event, problem)
    _check_role(state, event, policy)
    if action is _A.APPROVE and state is not None and event.role in state.approvals:
        raise _refuse(state, event, f"{event.role.words} has already approved this proposal")
    problem = _department_problem(event, policy, complaint.text)
    if problem:
        raise _refuse(state, event, f"its department {event.get('department').value} {problem}")
    problem = _escalation.told_problem(event.get("told"), policy)
    if problem and action is _A.ESCALATE:
        raise _refuse(state, event, problem)
    roles = policy.required_approvals
    after = advance(state, action, dict(event.data), role=event.role, approvers=roles)
    if action is _A.EXPLAIN and after.department is None and after.category is not None:
        # no department named: the desk's for the case's category, the same for
        # ``Case.clarify`` and the step ``explain`` (D10 二 3.1/3.4, D14 四(三); R-CMP-05)
        after = attrs.evolve(after, department=policy.explaining_department(after.category))
    if action is _A.ASSESS_LOSS and after.flow is Flow.GENERAL:
        # a general complaint whose assessed loss reaches the threshold is major (R-CMP-07):
        # timed as one, and to be escalated at once from the moment it became major (its
        # escalation clock and its status say so); the latest loss counts
        severity = _loss_severity(after.loss, policy)
        since = None if severity is Severity.GENERAL else after.assessed_major_at or event.at
        after = attrs.evolve(after, severity=severity, assessed_major_at=since)
    try:
        _select(policy, complaint, after)
    except PolicyError as exc:  # the desk could not time the case this step leaves
        raise _refuse(state, event, f"the case would have no SLA rule: {exc.problem}") from None
    return after


def _next(state: CaseState, complaint: Complaint, policy: CasePolicy) -> tuple[CaseAction, ...]:
    """The steps allowed after ``state``: waiting on the customer on the desks that allow
    it, and recording the assessed loss of a complaint recorded without it."""
    return next_steps(state, pausable=policy.pause_for_customer, assessable=complaint.loss is None)


def _loss_severity(loss: Decimal | None, policy: CasePolicy) -> Severity:
    """The severity an assessed ``loss`` gives a general complaint (R-CMP-07): major when it
    reaches ``SeverityPolicy.loss_threshold`` (inclusive) at a desk that counts the loss."""
    criteria = policy.severity_policy
    counted = Signal.LOSS in criteria.enabled
    major = counted and loss is not None and loss >= criteria.loss_threshold
    return Severity.MAJOR if major else Severity.GENERAL


#: The setting a desk turns waiting on the customer on with, as a refusal names it.
_PAUSE_SETTING = "CasePolicy.pause_for_customer"


def _pause_problem(state: CaseState, action: CaseAction, policy: CasePolicy) -> str:
    """Why ``action`` is refused on a case in ``state`` as waiting on the customer goes
    ("" when it is not): a pause on a desk that does not allow one (``pause_for_customer``
    off: the seed's deadlines are promises to the customer, R-SLA-05 … R-SLA-09), on a
    closed case, on a case whose flow runs no clock, or on a case already paused; a resume
    of a case that is not paused; and any step but ``resume`` and ``reply`` while paused."""
    if action is _A.PAUSE:
        if not policy.pause_for_customer:
            return (
                "the desk does not stop its clocks while it waits on the customer: its "
                "deadlines are promises to the customer (R-SLA-05, R-SLA-09); "
                f"{_PAUSE_SETTING}=True allows it"
            )
        if state.stage not in OPEN_STAGES:
            return f"the case is {labelled_key(state.stage)}: no clock runs to pause"
        if state.paused:
            return "the case is already waiting on the customer (paused); resume it first"
        if state.flow not in PAUSABLE_FLOWS:
            assert state.flow is not None
            return f"a {state.flow.value} case runs no clock to pause"
        return ""
    if action is _A.RESUME:
        return "" if state.paused else "the case is not waiting on the customer (not paused)"
    if action is _A.REPLY:
        return ""
    return "the case is waiting on the customer (paused): resume it first; allowed: reply, resume"


def _department_problem(event: CaseEvent, policy: CasePolicy, text: str) -> str:
    """Why ``event`` names a department the desk does not route praise to ("": it does not):
    praise classified with a department names the desk's department of what was praised
    (R-CMP-03, ``CasePolicy.departments``; on the dealer's desk the praised staff's own,
    named by title in the complaint's ``text``, D1 第三条): a replay runs under the same
    rules as the steps (docs/cases.md).  A commendation names any department, read as an assignment
    reads it (R-CMP-01: the praised staff may work in a department no complaint is routed
    to, 技术部 or a company's own name of ``CasePolicy.department_names``)."""
    chosen = event.get("department")
    if chosen is None:
        return ""
    if event.action is _A.CLASSIFY and event.get("kind") is Kind.PRAISE:
        category = event.get("category")
        routed = praised_department(policy, category, text)
        if chosen is not routed:
            return (
                f"praise of {category.value} goes to the desk's department for it, "
                f"{routed.value}, not {chosen.value} (R-CMP-03, CasePolicy.departments)"
            )
    return ""


def _select(policy: CasePolicy, complaint: Complaint, state: CaseState | None) -> Selection:
    """The SLA selection of a case in ``state`` (``None``: just recorded; before
    classification a general complaint, the safe side); a desk with no rule for it raises
    PolicyError."""
    if state is None:  # as the record step leaves it
        return policy.sla_policy.select(
            channel=complaint.channel, kind=Kind.COMPLAINT, special=False
        )
    desk = policy.sla_policy
    return desk.select(
        channel=complaint.channel,
        kind=state.kind if state.kind is not None else Kind.COMPLAINT,
        category=state.category,
        severity=state.severity,
        # a case declared special keeps the fact; a desk without a special period (R-SLA-09)
        # selects as for any case, and its selection is not special
        special=state.special and desk.special_applies,
    )


def _case_status_reason(status: CaseStatus) -> str:
    """The one line of a :class:`CaseStatus`, worded from its facts in the active language:
    the stage, the desk's rule, the targets late or not reached, the approvals awaited, a
    pause, and why the complaint is (or may become) major (R-CMP-07)."""
    sel, statuses = status.selection, status.statuses
    where = _(
        "case {stage} ({flow}) as of {at}",
        stage=verdict_word(status.stage),
        flow=_flow(status.flow),
        at=moment_text(status.at),
    )
    parts = [
        where,
        _(
            "{desk} rule {rule}",
            desk=named(sel.desk, sel.label),
            rule=quoted(sel.matched_rule, sel.matched_label),
        ),
    ]
    late = tuple(named(s.target_name, s.label) for s in statuses if s.missed_count)
    if late:
        parts.append(_("breached: {targets}", targets=late))
    unmet = tuple(named(s.target_name, s.label) for s in statuses if s.state is State.NOT_REACHED)
    if unmet:
        parts.append(_("not reached: {targets}", targets=unmet))
    if status.awaiting_approval:
        parts.append(_("awaiting approval: {roles}", roles=status.awaiting_approval))
    if status.paused_at is not None:
        parts.append(
            _(
                "waiting on the customer since {at}: {reason}",
                at=moment_text(status.paused_at),
                reason=quote_word(status.pause_reason),
            )
        )
    if status.loss_pending:  # general for now: the loss may still make it major
        parts.append(loss_pending())
    elif status.flow is Flow.GENERAL and status.severity is Severity.MAJOR:
        parts.append(  # to be escalated; the rule, R-CMP-07, is among the status's rule_ids
            _(
                "the assessed loss of {loss} yuan reaches {threshold} yuan: the complaint "
                "is major and is to be escalated",
                loss=status.loss,
                threshold=status.loss_threshold,
            )
        )
    classified = status.classify_event
    if status.flow is Flow.MAJOR and classified is not None:  # why major: note and grounds
        if classified.note:  # the caller's own words, as given: quoted
            parts.append(quote_word(classified.note))
        if classified.severity_reason:  # worded now, in the reader's language (R-CMP-07)
            parts.append(classified.severity_reason)
    return joined(parts, strong=True)


@worded_reason(_case_status_reason)
@attrs.frozen
class CaseStatus(Explained, Mapping[str, Status]):
    """Where a case stands at a moment (:meth:`Case.status`).

    ``selection`` the SLA rule that chose the targets; ``statuses`` each running or
    finished clock's :class:`~custops.sla.Status`; ``waiting`` the selected targets whose
    clock has not begun; ``awaiting_approval`` the approvers yet to approve a proposal;
    ``approval_late`` whether they took longer than ``CasePolicy.approval_period`` allows;
    ``paused_at`` when the case began waiting on the customer (``None``: it is not
    waiting, :meth:`Case.pause`) and ``pause_reason`` what for — its paused clocks' due
    times are then the deadlines if it resumed at ``at``, moved by the time paused, and
    :meth:`explain` says from where to where.
    ``rule`` is the selection's primary rule ID, ``rule_ids`` every rule of the selected
    targets (R-CMP-06 when the desk's selection names none); :attr:`provisional` whether
    any of its due times is tentative.

    A status keeps facts, not sentences: besides those, the case's ``severity`` and
    ``loss`` (:attr:`Case.loss`), the desk's ``loss_threshold``, ``loss_pending`` (the
    loss, not known yet, may still make the complaint major: R-CMP-07) and
    ``classify_event``, the classification that found a major complaint major (its note
    and grounds say why).  Its ``reason`` is worded from them when read, in the language
    active then: a status computed in Chinese reads in English inside
    ``with language("en_US")``, and the same status asked in two languages is one value.

    A status is a read-only :class:`~collections.abc.Mapping` of the running or finished
    targets' names (``target_names``, in selection order) to their
    :class:`~custops.sla.Status` (``statuses``): ``keys()``, ``values()``, ``items()``,
    ``len()``, iteration (the names), ``in`` and ``get()`` agree, and ``status[name]``
    reads a name trimmed, or a label one target alone has (R-CMP-06).  It is a value, not
    a dict: ``status == dict(status)`` is ``False`` (two statuses are equal by their facts)
    and ``bool(status)`` is refused (test ``status.stage``; ``len(status)`` counts the
    targets).
    """

    _answer: ClassVar[str] = "stage"  # what bool() tells a caller to test
    at: _dt.datetime
    stage: Stage
    flow: Flow | None
    selection: Selection
    statuses: tuple[Status, ...]
    waiting: tuple[str, ...]
    next_steps: tuple[CaseAction, ...]
    awaiting_approval: tuple[Role, ...]
    approval_late: bool
    paused_at: _dt.datetime | None
    pause_reason: str
    rule: str
    rule_ids: tuple[str, ...]
    severity: Severity | None
    loss: Decimal | None
    loss_threshold: Decimal
    loss_pending: bool
    classify_event: CaseEvent | None
    said_zone_note: str | Wording | None = attrs.field(
        default=None, alias="zone_note", repr=False, kw_only=True
    )
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def zone_note(self) -> str | None:
        """How the complaint's receipt was read when given in a named zone other than the
        calendar's (R-PER-01), as a deadline's and an SLA schedule's explanation say it, in
        the active language; ``None`` otherwise."""
        note = self.said_zone_note
        return None if note is None else str(note)

    def __getitem__(self, name: str) -> Status:
        """The status of the target called ``name``, or labelled so (``status["处理完毕"]``)
        when one target alone has that label, read as a target's name is built (trimmed);
        a non-``str`` is :class:`~custops.errors.InvalidType`, an unknown name
        :class:`~custops.errors.InvalidInput` (``get`` and ``in`` ask without a refusal)."""
        key = require_name("name", name)
        found = self._find(key)
        if found is not None:
            return found
        problem = "is not a running or finished target; targets: "
        return by_name(self.statuses, name, lambda s: s.target_name, problem)

    def _find(self, key: str) -> Status | None:
        """The status ``key`` (trimmed) names: a target's name, or a label one target
        alone has; ``None`` when none."""
        key = key.strip()
        for s in self.statuses:
            if s.target_name == key:
                return s
        labelled = [s for s in self.statuses if s.label and s.label == key]
        return labelled[0] if len(labelled) == 1 else None

    def __iter__(self) -> Iterator[str]:
        """The running or finished targets' names (the keys), in selection order."""
        return iter(self.target_names)

    def __len__(self) -> int:
        return len(self.statuses)

    def __contains__(self, name: object) -> bool:
        """Whether ``name`` looks up a running or finished target (``status[name]``
        answers): its name or a label one target alone has, read trimmed.  As a mapping's
        ``in``, another key (``None``, a number) is in no status; a target's
        :class:`~custops.sla.Status` itself is :class:`~custops.errors.InvalidType`, as
        ``in`` once read it and would now answer ``False`` (test ``s in
        status.values()``, or its ``target_name``)."""
        if isinstance(name, Status):
            problem = "is a target's status, not its name; test `s in status.values()`"
            raise InvalidType.for_argument("name", name, problem)
        return isinstance(name, str) and self._find(name) is not None

    @overload
    def get(self, name: str) -> Status | None: ...
    @overload
    def get(self, name: str, default: Status | T) -> Status | T: ...
    def get(self, name: str, default: object = None) -> Any:
        """``status[name]`` when ``name`` is in the status, else ``default``; a ``name``
        that is not a ``str`` is :class:`~custops.errors.InvalidType`, as in
        :meth:`CaseEvent.get`."""
        found = self._find(require_str("name", name, nonempty=False))
        return default if found is None else found

    @property
    def target_names(self) -> tuple[str, ...]:
        """The running or finished targets' names, in selection order: the keys of the
        status, a read-only mapping of name → :class:`~custops.sla.Status` (``keys()``,
        ``values()``, ``items()``, ``dict(status)``), whose values are ``statuses``
        (R-CMP-06)."""
        return tuple(s.target_name for s in self.statuses)

    @property
    def breaches(self) -> tuple[str, ...]:
        """The targets that missed a deadline by ``at``: the running or last cycle's
        (stopped late, or still open after due) or an earlier cycle's (R-SLA-09, R-CMP-08,
        R-CMP-13): a reopened case's new cycle does not undo the delay of the one before
        (a missed deadline stays missed; D1 第六条 2 fines the delay), so
        :meth:`Case.penalty` counts it too.  Each target once, in selection order;
        :attr:`Status.missed_count` says how many of its cycles were late, and
        :attr:`Status.state` is the running cycle's alone."""
        return tuple(s.target_name for s in self.statuses if s.missed_count)

    @property
    def breached(self) -> bool:
        """Whether any target missed a deadline, in any cycle (:attr:`breaches`)."""
        return bool(self.breaches)

    @property
    def not_reached(self) -> tuple[str, ...]:
        """The targets the case closed without reaching, before their deadline (their
        step never came: :attr:`State.NOT_REACHED`); not a delay (:attr:`breaches`), but
        not on time either (docs/cases.md, "What closing does to a clock")."""
        return tuple(s.target_name for s in self.statuses if s.state is State.NOT_REACHED)

    @property
    def provisional(self) -> bool:
        """Whether a due time of the case is provisional: exactly when one of its targets'
        statuses is (:attr:`Status.provisional <custops.sla.Status.provisional>`: working
        time counted through a year whose holiday arrangement is not published, R-SLA-01,
        docs/rules.md §1), as :attr:`Schedule.provisional <custops.sla.Schedule.provisional>`
        is of its steps; a target still waiting has no due time yet."""
        return any(s.provisional for s in self.statuses)

    @property
    def running(self) -> tuple[Status, ...]:
        """The clocks still running or paused, earliest due first."""
        live = (s for s in self.statuses if s.state in (State.RUNNING, State.PAUSED))
        return tuple(sorted(live, key=lambda s: s.due_at))

    def _verdict(self) -> str:
        # a status is no yes/no answer (its stage, statuses, …): headed with what it is
        return _("case status")

    def explain(self) -> str:
        """The status as text: the case line, then one line per target (with its rule),
        each followed, when its cycle was paused, by the time paused and where that moved
        its deadline from (:meth:`Status.describe_period <custops.sla.Status.describe_period>`)."""
        labels = {t.name: t.label for t in self.selection.targets}
        rows: list[str] = []
        for s in self.statuses:
            rows.append(f"{s.reason} [{s.rule}]")
            if s.paused > NO_TIME or s.state is State.PAUSED:
                rows.append("  " + s.describe_period())
        targets = {t.name: t for t in self.selection.targets}
        rows += (_waiting_line(targets[n], labels) for n in self.waiting)
        zone = [] if self.zone_note is None else [self.zone_note]
        return block(str(self), [*rows, *zone])


def _waiting_line(target: Target, labels: Mapping[str, str]) -> str:
    """A target whose clock has not begun, and the step that begins it: the handler's
    assignment for a handler's target (D1 第四条 2-3, R-SLA-01: ``assign``), its
    predecessor's stop for a chained one, a promise for a target without a fixed period
    (R-SLA-12: ``promise``)."""
    name = named(target.name, target.label)
    if target.starts_after is not None:
        after = named(target.starts_after, labels.get(target.starts_after, ""))
        return _("{target}: waiting; it starts when {after} stops", target=name, after=after)
    if target.period is None:
        return _(
            "{target}: waiting; it starts when a deadline is promised ({step})",
            target=name,
            step=verdict_word(_A.PROMISE),
        )
    if target.from_assignment:
        return _(
            "{target}: waiting; it starts when the case is assigned to its handler ({step})",
            target=name,
            step=verdict_word(_A.ASSIGN),
        )
    return _("{target}: waiting", target=name)


class ClearOutcome(LabelledEnum):
    """Whether one "clear" of D13 第十四章 is met (R-CMP-15); ``not_applicable`` when the
    case has nothing to do for it (no result to tell, not a major complaint)."""

    MET = ("met", "已做到", "done", "yes")
    NOT_MET = ("not_met", "未做到", "missing", "no")
    NOT_APPLICABLE = ("not_applicable", "不适用", "unknown", "n/a", "none")


_OUTCOME: dict[bool | None, ClearOutcome] = {
    True: ClearOutcome.MET,
    False: ClearOutcome.NOT_MET,
    None: ClearOutcome.NOT_APPLICABLE,
}


@worded_with_label("LISTEN", "ASK", "FOLLOW", "REPLY", "RECORD", "REPORT")
@in_english(
    LISTEN="heard clearly",
    ASK="asked clearly",
    FOLLOW="followed clearly",
    REPLY="replied clearly",
    RECORD="recorded clearly",
    REPORT="major complaint reported",
)
class ClearKind(LabelledEnum):
    """The six "clear"s of D13 第十四章 (R-CMP-15), in checklist order: heard (听清晰), asked
    about (问清晰), followed to the end (跟清晰), replied to (复清晰), recorded (记清晰), and
    a major complaint reported at once (报告).  An English sentence names one in words, then
    by its label (``replied clearly (复清晰)``): the seed's term a Chinese colleague knows.

    >>> ClearKind.parse("复清晰"), ClearKind.parse("REPLY").value
    (<ClearKind.REPLY: 'reply'>, 'reply')
    """

    LISTEN = ("listen", "听清晰", "heard")
    ASK = ("ask", "问清晰", "asked")
    FOLLOW = ("follow", "跟清晰", "followed", "follow_up")
    REPLY = ("reply", "复清晰", "replied")
    RECORD = ("record", "记清晰", "recorded")
    REPORT = ("report", "报告重大投诉", "报告", "reported")


if TYPE_CHECKING:

    def _CLEAR_OUTCOME(value: ClearOutcome | str) -> ClearOutcome: ...  # noqa: N802
    def _CLEAR_KIND(value: ClearKind | str) -> ClearKind: ...  # noqa: N802

else:
    _CLEAR_OUTCOME = enum_field(ClearOutcome)
    _CLEAR_KIND = enum_field(ClearKind)


@attrs.frozen
class Clear(Explained):
    """One of the six "clear"s of D13 第十四章 (R-CMP-15): its ``kind`` (a
    :class:`ClearKind`: the stable key is ``kind.value``, the Chinese label ``kind.label``),
    :class:`ClearOutcome`, and a one-line reason.  Three outcomes, so no truth value: test
    ``clear.outcome``."""

    kind: ClearKind = attrs.field(converter=_CLEAR_KIND)
    outcome: ClearOutcome = attrs.field(converter=_CLEAR_OUTCOME)
    reason: str
    rule: str = "R-CMP-15"


def _clears(argument: str, value: Any) -> tuple[Clear, ...]:
    """The clears of a checklist: :class:`Clear` values, no kind twice."""
    items = require_items(argument, value, "a sequence of Clear", holding=Clear)
    problem = "holds two clears of one kind ({twice.value})"
    require_distinct(argument, [c.kind for c in items], problem, shown=value)
    return items


if TYPE_CHECKING:

    def _CLEARS(value: Iterable[Clear]) -> tuple[Clear, ...]: ...  # noqa: N802

else:
    _CLEARS = field_converter(_clears, takes="Iterable[Clear]")


@attrs.frozen
class SixClears(Decision, Mapping[str, Clear]):
    """The checklist of D13 第十四章 for one case (R-CMP-15): allowed when complete.

    ``clears`` the six :class:`Clear` s, in checklist order; ``missing`` those not (yet)
    met.  The checklist is a read-only :class:`~collections.abc.Mapping` of the clears'
    kinds (``kind.value``: ``listen``, ``ask``, ``follow``, ``reply``, ``record``,
    ``report``, in checklist order) to their :class:`Clear`: ``keys()``, ``values()``
    (the clears), ``items()``, ``len()``, iteration (the kinds), ``in`` and ``get()``
    agree, as in a case's :class:`CaseStatus`.  A kind is looked up in any spelling
    :meth:`ClearKind.parse <custops.enums.LabelledEnum.parse>` reads (the key, the label,
    the member's name), and a :class:`ClearKind` member is accepted as a key too: it is
    the kind itself, as ``parse()`` reads it (the keys stay its ``value``, so a type
    checker reads ``ClearKind.REPLY in clears`` as a check of a non-``str``; ``"reply" in
    clears`` and ``clears.get(ClearKind.REPLY)`` are typed as they answer); another
    object is :class:`~custops.errors.InvalidType` in ``[]`` and ``get()``, in no
    checklist for ``in``.  ``clears[kind]`` refuses a kind that is not a clear (or, in a
    checklist built by hand, one it lacks) as :class:`~custops.errors.InvalidInput`;
    ``get()`` then answers ``default`` and ``in`` ``False``.  It is a decision, not a
    dict: ``bool(clears)`` is ``allowed`` (``len(clears)`` counts the clears), and two
    checklists are equal by their facts.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> t = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="电话", content="谢谢", complainant="周")
    >>> clears = Case.open(c, "客户关系顾问", policy="dealer").six_clears()
    >>> len(clears), list(clears), "reply" in clears, bool(clears)
    (6, ['listen', 'ask', 'follow', 'reply', 'record', 'report'], True, False)
    >>> clears["复清晰"] is clears[ClearKind.REPLY] is clears["REPLY"] is clears.get("reply")
    True
    >>> [x.kind.value for x in clears.values()] == list(clears.keys())
    True
    >>> "smile" in clears, clears.get("smile", "none")
    (False, 'none')
    """

    _verdict_words = (N_("complete"), N_("incomplete"))

    clears: tuple[Clear, ...] = attrs.field(default=(), converter=_CLEARS)

    @property
    def missing(self) -> tuple[Clear, ...]:
        """The clears not (yet) met (outcome ``not_met``), in checklist order."""
        return tuple(c for c in self.clears if c.outcome is ClearOutcome.NOT_MET)

    def explain(self) -> str:
        """The checklist as text: the verdict line, then one line per clear."""
        return block(str(self), self.clears)

    def _find(self, kind: object) -> Clear | None:
        """The clear of the kind ``kind`` spells (a :class:`ClearKind` or any spelling its
        ``parse()`` reads); ``None`` when it spells no kind or the checklist lacks it; a
        ``kind`` that is neither a ``str`` nor a :class:`ClearKind` is
        :class:`~custops.errors.InvalidType`."""
        try:
            wanted = ClearKind.parse(kind, argument="kind")  # InvalidType: not a spelling
        except InvalidInput:
            return None
        return next((c for c in self.clears if c.kind is wanted), None)

    def __getitem__(self, kind: ClearKind | str) -> Clear:
        """The clear of that kind (a :class:`ClearKind` or any spelling its ``parse()``
        reads); another object is :class:`~custops.errors.InvalidType`, a spelling of no
        kind or a kind the checklist lacks :class:`~custops.errors.InvalidInput` (``get``
        and ``in`` ask without a refusal)."""
        found = self._find(kind)
        if found is None:
            ClearKind.parse(kind, argument="kind")  # refuses a spelling of no kind
            held = ", ".join(self) or "none"
            problem = f"is not a clear of this checklist; it holds: {held}"
            raise InvalidInput.for_argument("kind", kind, problem)
        return found

    def __iter__(self) -> Iterator[str]:
        """The clears' kinds (the keys, ``kind.value``), in checklist order."""
        return iter(c.kind.value for c in self.clears)

    def __len__(self) -> int:
        return len(self.clears)

    def __contains__(self, kind: object) -> bool:
        """Whether ``kind`` looks up a clear of the checklist (``clears[kind]`` answers): a
        :class:`ClearKind` or any spelling its ``parse()`` reads.  As a mapping's ``in``,
        another key (``None``, a number, a spelling of no kind) is in no checklist; a
        :class:`Clear` itself is :class:`~custops.errors.InvalidType`, as ``in`` once read
        it and would now answer ``False`` (test ``c in clears.values()``, or its
        ``kind``)."""
        if isinstance(kind, Clear):
            problem = "is a clear, not its kind; test `c in clears.values()`"
            raise InvalidType.for_argument("kind", kind, problem)
        if not isinstance(kind, (str, ClearKind)):
            return False
        return self._find(kind) is not None

    @overload
    def get(self, kind: ClearKind | str) -> Clear | None: ...
    @overload
    def get(self, kind: ClearKind | str, default: Clear | T) -> Clear | T: ...
    def get(self, kind: ClearKind | str, default: object = None) -> Any:
        """``clears[kind]`` when ``kind`` is in the checklist, else ``default``; a ``kind``
        that is neither a ``str`` nor a :class:`ClearKind` is
        :class:`~custops.errors.InvalidType`, as a ``name`` is in :meth:`CaseStatus.get`
        (one signature: the key, then ``default``; the key named as a clear's ``kind``)."""
        found = self._find(kind)
        return default if found is None else found


class _Derived(Generic[T]):
    """A read-only attribute of :class:`Case`: the field of its derived state of that name."""

    def __init__(self, doc: str) -> None:
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, case: None, owner: type) -> _Derived[T]: ...
    @overload
    def __get__(self, case: Case, owner: type) -> T: ...
    def __get__(self, case: Case | None, owner: type) -> _Derived[T] | T:
        if case is None:
            return self
        value: T = getattr(case._state, self.name)
        return value


_Clocks = tuple[str, Selection, dict[str, Clock]]  # worded in a language (the first)


if TYPE_CHECKING:

    def _EVENTS(value: Iterable[CaseEvent]) -> tuple[CaseEvent, ...]: ...  # noqa: N802

else:
    _EVENTS = field_converter(
        partial(require_events, kind=CaseEvent, first="record"), takes="Iterable[CaseEvent]"
    )


def _told_roles(told: Any, policy: CasePolicy) -> Any:
    """``told`` (one role or a collection, as ``Case.escalate`` takes it) with each
    company's own role name of ``policy.role_names`` read as the role it maps to."""
    return company_roles("told", told, dict(policy.role_names))


#: The keyword a step's own method takes for its free text (``propose(solution=)``,
#: ``close(result=)``), read by :meth:`Case.record` as the step's note
_FREE_TEXT = {CaseAction.PROPOSE: "solution", CaseAction.CLOSE: "result"}


def _free_text(
    action: CaseAction | str, data: dict[str, Any], note: str
) -> tuple[dict[str, Any], str]:
    """``data`` without the step's free-text keyword (:data:`_FREE_TEXT`), and the note:
    that keyword's text (``solution`` not blank, as :meth:`Case.propose`) or ``note``; both
    given are refused, naming the keyword.  An action not known is left to the event."""
    try:
        step = CaseAction.parse(action)
    except CustopsError:
        return data, note
    keyword = _FREE_TEXT.get(step)
    if keyword is None or keyword not in data:
        return data, note
    rest = dict(data)
    text = rest.pop(keyword)
    if note:
        problem = f"is the {step.value} step's note: give it once, as {keyword}= or as note="
        raise InvalidInput.for_argument(keyword, text, problem)
    return rest, require_str(keyword, text, nonempty=step is CaseAction.PROPOSE)


@attrs.frozen
class Case:
    """One contact and every event of its handling — immutable; each step a new case.

    Build a case with :meth:`open` (or ``Case(complaint, events, policy=...)``, which
    replays ``events`` under the same rules); move it with :meth:`apply` or the step
    methods, each taking the moment, then the role that acts.  Times never go back.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> t = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="当面", content="说好的赠品没给", complainant="周")
    >>> case = Case.open(c, "客户关系顾问", policy="dealer").classify(
    ...     t, "客户关系经理", kind="投诉", category="销售合同",
    ...     grounds_sufficient=False, demand_reasonable=True)
    >>> case.flow, [a.value for a in case.allowed_events()]
    (<Flow.NOT_ESTABLISHED: 'not_established'>, ['explain', 'reply'])
    >>> done = case.clarify(t, "客户关系顾问", note="活动已结束").close(
    ...     t, "客户关系顾问", result="客户谅解")
    >>> done.stage, done.six_clears().allowed, Case(c, done.events, policy="dealer") == done
    (<Stage.CLOSED: 'closed'>, True, True)
    """

    complaint: Complaint = attrs.field(validator=type_validator(Complaint))
    events: tuple[CaseEvent, ...] = attrs.field(converter=_EVENTS)
    policy: CasePolicy = attrs.field(kw_only=True, converter=desk)
    _state: CaseState = attrs.field(init=False, eq=False, repr=False)
    _clocks: _Clocks | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        state: CaseState | None = None
        last: _dt.datetime | None = None
        events = tuple(_local(e, self.policy, argument="events") for e in self.events)
        first: CaseState | None = None
        for i, event in enumerate(events):
            before = state
            state = _advance(state, last, event, self.complaint, self.policy)
            first = state if first is None else first
            last = event.at
            made = partial(Case._made, self.complaint, policy=self.policy)
            if before is not None and _reselects(before, state):
                _check_moved(made(events[:i], before), made(events[: i + 1], state), event.at)
            if event.action is _A.PROMISE:  # a stored promise is held to its limit too
                found = _promise_problem(made(events[: i + 1], state), event.at)
                if found is not None:
                    raise IllegalTransition.for_argument(
                        "events",
                        event,
                        found[0],
                        state_name=state.stage.value,
                        event_name=event.action.value,
                    )
        object.__setattr__(self, "events", events)
        object.__setattr__(self, "_state", state)
        if _untimed(self, events[-1].at) is not None:  # a stored case is held to it too
            _refuse_untimed(self, first)

    @classmethod
    @fitted_call
    def open(
        cls,
        complaint: Complaint,
        role: Role | str,
        *,
        policy: CasePolicy | SlaPolicy | str,
        at: _dt.datetime | None = None,
        note: str = "",
    ) -> Case:
        """A case whose first event records ``complaint`` (R-CMP-06, D1 第四条 1).

        ``at`` defaults to the moment the complaint was received; ``role`` is who recorded
        it.  ``policy``, the desk (a :class:`CasePolicy`, an SLA policy or a preset's name),
        is required: there is no default desk, ``None`` raises a PolicyError (issue 17).
        A desk whose SLA has no rule for the complaint (its channel, as a general
        complaint until classified) is refused too, a :class:`~custops.errors.PolicyError`
        naming ``policy``: such a case could never be asked its status or its clocks
        (docs/sla.md, "No silent empty schedule"), and a step that would leave a case with
        no rule (a classification as a kind the desk does not time) is refused as an
        :class:`~custops.errors.IllegalTransition`.  So is a complaint received at a moment
        the desk's calendar cannot count its deadlines from (outside the calendar's years,
        as a typo'd year puts it): an :class:`~custops.errors.InvalidInput` naming
        ``complaint`` and showing its ``received_at``, and a record moment ``at`` it cannot
        count to, naming ``at``.
        """
        require_type("complaint", complaint, Complaint, "a Complaint")
        desk_policy = desk(policy)
        try:
            _select(desk_policy, complaint, None)
        except PolicyError as exc:
            raise PolicyError.for_argument("policy", policy, exc.problem) from None
        moment = complaint.received_at if at is None else at
        event = CaseEvent(moment, _A.RECORD, desk_policy.staff_role(role), note)
        # named as given: the moment, or the complaint whose receipt it defaults to
        event = _local(event, desk_policy, argument="complaint" if at is None else "at")
        try:  # the desk's calendar counts the deadlines from the receipt, and to the record
            return cls(complaint, (event,), policy=desk_policy)
        except InvalidInput as exc:
            if exc.argument != "events" or _UNTIMED not in exc.problem:
                raise
            untimed = _UNTIMED + exc.problem.partition(_UNTIMED)[2]
            if at is None:  # the record is at the receipt: the complaint is named
                untimed = "received at a moment the desk's calendar cannot time: "
                untimed += exc.problem.partition(_UNTIMED)[2]
                raise InvalidInput.for_argument(
                    "complaint", complaint.received_at, untimed
                ) from None
            raise InvalidInput.for_argument("at", at, untimed) from None

    def apply(self, event: CaseEvent) -> Case:
        """The case with ``event`` added, or :class:`IllegalTransition` (nothing changes);
        a promise beyond its limit (:meth:`promise`) is refused naming ``event``, or ``at``
        when the limiting deadline had passed (an :class:`~custops.errors.IllegalTransition`)."""
        require_type("event", event, CaseEvent, "a CaseEvent")
        return self._apply(event, event.at, ("event", event))

    def _apply(self, event: CaseEvent, given: _dt.datetime, promised: tuple[str, Any]) -> Case:
        """:meth:`apply`; a deadline moved too late is refused naming ``given``, the moment
        as the caller gave it (``event.at`` may be it in the calendar's zone); a promise
        beyond its limit names ``promised`` (the argument and the value given)."""
        event = _local(event, self.policy, argument="event")
        why = partial(getattr, self, "severity_reason")
        state = _advance(self._state, self.events[-1].at, event, self.complaint, self.policy, why)
        new = Case._made(self.complaint, (*self.events, event), state, policy=self.policy)
        untimed = _untimed(new, event.at)
        if untimed is not None:  # refused now, not when a status or a review is asked
            raise InvalidInput.for_argument("at", given, _UNTIMED + untimed.problem)
        if _reselects(self._state, state):
            _check_moved(self, new, given)
        if event.action is _A.PROMISE:
            found = _promise_problem(new, event.at)
            if found is not None:
                problem, passed = found
                if passed:  # the moment is wrong, not the period: named as extend names it
                    raise IllegalTransition.for_argument(
                        "at",
                        given,
                        problem,
                        state_name=self._state.stage.value,
                        event_name=event.action.value,
                    )
                raise InvalidInput.for_argument(*promised, problem)
        return new

    @classmethod
    def _made(
        cls,
        complaint: Complaint,
        events: tuple[CaseEvent, ...],
        state: CaseState,
        *,
        policy: CasePolicy,
    ) -> Case:
        """The case of ``events`` (already checked, in the calendar's zone) that left
        ``state``, built without replaying them."""
        new = object.__new__(cls)
        for name, value in (
            ("complaint", complaint),
            ("events", events),
            ("policy", policy),
            ("_state", state),
            ("_clocks", None),
        ):
            object.__setattr__(new, name, value)
        return new

    @fitted_call
    def record(
        self,
        at: _dt.datetime,
        action: CaseAction | str,
        role: Role | str,
        *,
        note: str = "",
        **data: Any,
    ) -> Case:
        """The case with the step ``action`` taken at ``at`` by ``role`` (any step by name;
        the record step registers an in-person or forwarded complaint, R-SLA-07); a
        refusal of the step's data names the keyword given (``department``), not ``data``.

        The free text of a step is ``note``, or the keyword its own method takes: ``solution``
        for ``propose`` (not blank, as :meth:`propose`) and ``result`` for ``close`` — one of
        the two, not both.

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> from custops.complaints import Case, Complaint
        >>> t = dt.datetime(2026, 12, 8, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> case = Case.open(Complaint(received_at=t, channel="热线", content="酒有沉淀",
        ...                            complainant="王"), "客户关系顾问", policy="winery")
        >>> case = case.classify(t, "客户关系经理", kind="投诉", category="产品质量",
        ...                      grounds_sufficient=True, demand_reasonable=True)
        >>> case = case.assign(t, "客户关系经理", "质量部")
        >>> case.record(t, "propose", "质量负责人", solution="换货两箱").events[-1].note
        '换货两箱'
        """
        role = self.policy.staff_role(role)
        data, note = _free_text(action, data, note)
        given = data.get("department")  # shown as given in a refusal
        if type(given) is str:  # a company's own name as the seed's department
            data["department"] = self.policy.staff_department(given)
        if type(data.get("category")) is str:  # a company's own name as the seed's category
            data["category"] = self.policy.staff_category(data["category"])
        severity = data.get("severity")
        if type(severity) is str:  # a company's own name as the seed's severity (R-CMP-07)
            read = self.policy.staff_severity(severity)  # else refused, saying how to map it
            own = dict(self.policy.severity_names)
            if company_department(severity, own) is not severity:  # (a seed's: as given)
                data["severity"] = read
        try:
            try:
                event = CaseEvent(at, action, role, note, data)
            except InvalidInput as exc:
                if exc.argument != "data":
                    raise
                raise step_data_error(CaseAction.parse(action), data, exc) from None
            event = _local(event, self.policy, argument="at")
            problem = _department_problem(event, self.policy, self.complaint.text)
            if problem:  # named as the keyword given, before the step is tried
                raise InvalidInput.for_argument("department", given, problem)
            return self._apply(event, at, ("period", data.get("period")))
        except InvalidInput as exc:  # a company's own severity name, refused as given
            if exc.argument != "severity" or data.get("severity") is severity:
                raise
            raise InvalidInput.for_argument("severity", severity, exc.problem) from None

    @fitted_call
    def classify(
        self,
        at: _dt.datetime,
        role: Role | str,
        *,
        classification: Classification | None = None,
        kind: Kind | str | None = None,
        category: Category | str | None = None,
        severity: Severity | str | None = None,
        grounds_sufficient: bool | None = None,
        demand_reasonable: bool | None = None,
        special: bool | str = False,
        note: str = "",
    ) -> Case:
        """Classify the contact and judge its validity (R-CMP-01/02/05/07; D1 第四条 2).

        ``kind`` and ``category`` default to ``classification``, the
        :class:`~custops.complaints.Classification` of the case's ``complaint.text``
        (default: :func:`~custops.complaints.classify` under the desk's rules,
        ``policy.severity_policy.classifier_policy``); ``severity`` to
        :func:`~custops.complaints.assess_severity` (complaints only: a case of another
        kind has none); a general complaint needs ``grounds_sufficient`` and
        ``demand_reasonable`` (R-CMP-05); ``special`` (a bool, or yes/no as
        ``SlaPolicy.select`` reads it: 是/否, 特殊/一般) marks a special case (R-SLA-09): a
        complaint, or a suggestion — D14 四 opens 「客户投诉分咨询、推荐、投诉三种类型」, so
        四(四) 「客户投诉处理期限不能超过三个工作日，特殊状况不能超过7个工作日」 bounds a
        suggestion's handling too, and the tobacco desk gives it ``resolve`` with its
        special period (``presets.TOBACCO.schedule(kind="suggestion", special=True)``
        gives the same 7 working days); a consultation's bound is its 24 hours (四(一)),
        and praise or a contact with nothing to handle is not handled, so neither is
        special.

        **A special case is declared in time**, as by :meth:`extend` (D10 三, D14 四(四):
        处理期限不能超过三个工作日，特殊状况不能超过七个工作日).  Until classified, a case
        is timed as a general complaint; a classification at a moment after a deadline
        it would move (a clock breached at ``at`` whose deadline the special period
        changes) is refused, an :class:`~custops.errors.IllegalTransition` naming ``at``,
        and the case is unchanged: classified without ``special``, the case keeps the
        deadline it missed.  A missed deadline stays missed.

        **One-step triage.**  When ``kind`` is not given, it is read from the text (or
        from ``classification``).  The complaint's own judgements (``grounds_sufficient``,
        ``demand_reasonable``, ``severity``, ``special`` — a suggestion's too) are a
        complaint's only (R-CMP-05, R-CMP-07): a desk that judged a contact's validity has
        decided it is a complaint, so given with a kind — explicit or read — that is not
        a complaint they are refused, an :class:`~custops.errors.InvalidInput` naming the
        first of them and saying how to give ``kind='complaint'``; the case is unchanged
        and, until classified, timed as a general complaint.  Never is a judged complaint
        filed as another kind without its clocks.  A triage that does not know the kind
        classifies first and passes the judgements only to a complaint.  A text read
        unread (:attr:`Classification.quiet`: any kind but a complaint with confidence 0 —
        no rule recognised it, or none read its subject) is never filed unread: the
        triage is refused, an :class:`~custops.errors.InvalidInput` naming ``kind``, and
        the case stays open, timed as a general complaint, until a person gives the kind —
        but for a complaint a regulator forwarded (``forwarded_by`` naming one of
        ``SeverityPolicy.regulators``): major at receipt, with its escalation clock running
        since then (R-CMP-07, D1 第四条 重大投诉 1–2), it is classified a complaint, and the
        event's ``note`` says so (the text not read, the regulator that forwarded it) after
        the caller's own.

        **The case follows the reading** (R-CMP-01, R-CMP-07).  A contact whose kind is read
        (not given) as praise, a consultation, a suggestion or nothing to handle is filed as
        that kind: its severity alone (a signal word, ``complainant_count``) never makes it a
        complaint — a question about 防烫伤手套, thanks for what 12315 helped put right, a
        thank-you signed by twelve customers are no complaints.  The classifier itself reads
        praise with a complaint-grade signal beside a problem told as a complaint
        (:attr:`Classification.grave_words`: 呵呵…修了四次…打不通…点个赞), and that reading
        is assessed like any complaint's.  A person who reads a major matter in it gives
        ``kind='complaint'`` (and the severity).

        **Praise is routed** to the department of what was praised (R-CMP-01, R-CMP-03):
        its category is what was praised (the explicit ``category``, else the
        classification's ``topic``), its department the desk's department of that
        category (``CasePolicy.departments``), where complaints about it go (D1 第三条:
        the sales or service manager's department; D10 二 3: product quality to 质量部,
        staff and service to 营销办); :meth:`routing` says why.  The event records the
        values chosen, so a replay never re-runs the classifier.

        ``note`` is one line with no rule ID (the case's status quotes a major complaint's
        note in its one-line ``reason``), unlike the free notes of the other steps; it is
        kept as given.  What made an assessed complaint major is kept as data, not as a
        sentence: the event's ``severity_grounds`` (the criteria, the words that fired them, their
        figures), worded in the reader's language whenever the case's status, its
        :meth:`severity_reason` or the event's ``describe()`` is read — a case classified
        in Chinese explains itself in English to an English reader, and the other way round.
        """
        note = label_text("note", note)
        if classification is not None:
            found: Classification | None = require_type(
                "classification", classification, Classification, "a Classification"
            )
            if classification.text != self.complaint.text:
                raise InvalidInput.for_argument(
                    "classification",
                    classification.text,
                    "is the classification of another text; classify this case's complaint.text",
                )
        elif kind is None or category is None:
            rules = self.policy.severity_policy.classifier_policy
            found = classify_text(self.complaint.text, policy=rules)
        else:
            found = None
        special = read_special("special", special)  # a bool or yes/no (是/否, 特殊/一般)
        read = kind is None  # the kind comes from the text: complaint judgements if needed
        if found is not None:
            kind = found.kind if kind is None else kind
        resolved = Kind.parse(kind, argument="kind")
        unread = read and found is not None and found.quiet
        if unread and _escalation.major_at_receipt(self.complaint, self.policy):
            # a text not read, forwarded by a regulator: the regulator passed on a
            # complaint, major at receipt (R-CMP-07, D1 第四条 重大投诉 1–2), so a triage files
            # it as one and says so in the classification's note, not left open as general
            assert found is not None
            resolved = Kind.COMPLAINT
            default = _(
                "the text was not read (read as {kind}, confidence 0); forwarded by a "
                "regulator ({forwarder}), so classified as a complaint",
                kind=found.kind,
                forwarder=self.complaint.forwarded_by,
            )
            note = joined([note, default], strong=True) if note else default
        elif unread:
            # a reading that is no complaint, with confidence 0 (no rule recognised the
            # text, or none read its subject: 这个怎么弄？): a triage never files it unread,
            # with fewer clocks than a complaint's; a person reads it and gives the kind
            # (R-CMP-01)
            assert found is not None
            raise InvalidInput.for_argument(
                "kind",
                None,
                f"the text was read as {_read_as(found.kind)} "
                f"with confidence {found.confidence:.2g} "
                f"({found.reason}); a person must read it and give kind (R-CMP-01): "
                "until then the case stays open, timed as a general complaint",
            )
        if found is not None and category is None:  # praise: what was praised, its topic
            praised = resolved is Kind.PRAISE and found.topic is not None
            category = found.topic if praised else found.category
        assert category is not None  # given, or read with the kind
        department: Department | None = None
        if resolved is Kind.PRAISE:
            subject = self.policy.staff_category(category)
            department = praised_department(self.policy, subject, self.complaint.text)
        if read and resolved is not Kind.COMPLAINT:
            # a complaint's judgements on a contact read as another kind: the desk judged a
            # complaint the text is not read as, so neither is dropped silently (R-CMP-05)
            _refuse_judgements(
                resolved,
                "the classification given" if classification is not None else "the text",
                severity=severity,
                special=special,
                grounds_sufficient=grounds_sufficient,
                demand_reasonable=demand_reasonable,
            )
        grounds: tuple[Any, ...] | None = None
        if severity is None and resolved is Kind.COMPLAINT:
            assessed = assess_severity(self._as_assessed(), policy=self.policy.severity_policy)
            severity = assessed.severity
            if assessed.severity is Severity.MAJOR:  # which R-CMP-07 criterion fired, as data
                grounds = assessed.severity_grounds
        return self.record(
            at,
            _A.CLASSIFY,
            role,
            note=note,
            kind=resolved,
            category=category,
            severity=severity,
            grounds_sufficient=grounds_sufficient,
            demand_reasonable=demand_reasonable,
            special=special,
            department=department,
            severity_grounds=grounds,
        )

    @fitted_call
    def assign(
        self,
        at: _dt.datetime,
        role: Role | str,
        department: Department | str,
        *,
        handler: str = "",
        note: str = "",
    ) -> Case:
        """Assign the handling department and handler (D1 第四条 2; again to reassign)."""
        return self.record(at, _A.ASSIGN, role, note=note, department=department, handler=handler)

    @fitted_call
    def agree(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """A preliminary agreement **with the customer** (R-SLA-02, D5 第六条 1)."""
        return self.record(at, _A.AGREE, role, note=note)

    @fitted_call
    def propose(self, at: _dt.datetime, role: Role | str, *, solution: str) -> Case:
        """The handler's cause and solution, and the report submitted for approval
        (D1 第四条 3 提出解决办法, R-SLA-01; D5 第六条 2 提出报告, R-SLA-03): the solution is
        what the GM approves and the customer is told, so an empty or blank one is refused."""
        solution = require_str("solution", solution)
        return self.record(at, _A.PROPOSE, role, note=solution)

    @fitted_call
    def approve(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """One approver approves; the proposal is approved once all have (D1 第三条, D5 第条 5)."""
        return self.record(at, _A.APPROVE, role, note=note)

    @fitted_call
    def reject(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """An approver sends the proposal back; the handler proposes again."""
        return self.record(at, _A.REJECT, role, note=note)

    @fitted_call
    def notify(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """The customer is told the approved solution (D1 第四条 4): handling completes."""
        return self.record(at, _A.NOTIFY, role, note=note)

    @fitted_call
    def reply(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """A reply that reaches the customer (D10 二 1–3.1; D13 跟清晰), at any open stage:
        it answers a phone complaint (R-SLA-05) and confirms a written one (R-SLA-06), but is
        not the answer of a quality one (R-SLA-08)."""
        return self.record(at, _A.REPLY, role, note=note)

    @fitted_call
    def escalate(
        self,
        at: _dt.datetime,
        role: Role | str,
        *,
        department: Department | str | None = None,
        told: Iterable[Role | str] | Role | str | None = None,
        emergency_meeting: bool | None = None,
        note: str = "",
    ) -> Case:
        """Pass a major complaint at once to the department manager and the GM (R-CMP-07).

        A general complaint may be escalated while it is handled (from classification
        until the customer is asked about the result): it becomes major.  An unsatisfied
        customer's case is reopened first (R-CMP-08).  ``told`` (recorded; default the
        policy's ``escalate_to``: D1 第四条 责任部门经理、总经理, D13 第十四章 六
        部门负责人或分管经理) must name every role of ``escalate_to``, else
        :class:`~custops.errors.InvalidInput` names it, once the step itself is allowed (an
        escalation the case's stage or the role does not allow is refused first, an
        :class:`~custops.errors.IllegalTransition`); ``emergency_meeting`` records
        whether D1's 紧急会议 was called with it (立即召紧急会议; ``None``: not said).  The
        escalation is timed (``escalation_period``) from the moment the complaint became
        major: its classification as major, or the assessment whose loss made a general
        complaint major (:meth:`assess_loss`).
        """
        # the step itself first (its moment, the stage, the role): a told list is not
        # worth correcting for an escalation that is not allowed at all
        role = self.policy.staff_role(role)
        bare = _local(CaseEvent(at, _A.ESCALATE, role, note), self.policy, argument="at")
        why = partial(getattr, self, "severity_reason")
        _advance(self._state, self.events[-1].at, bare, self.complaint, self.policy, why)
        chosen = self.policy.escalate_to if told is None else _told_roles(told, self.policy)
        event = CaseEvent(at, _A.ESCALATE, role, data={"told": chosen})
        problem = _escalation.told_problem(event.get("told"), self.policy)
        if problem:  # named as the keyword given, before the step is tried
            raise InvalidInput.for_argument("told", told, problem)
        return self.record(
            at,
            _A.ESCALATE,
            role,
            note=note,
            department=department,
            told=event.get("told"),
            emergency_meeting=emergency_meeting,
        )

    @fitted_call
    def negotiate(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """The department and customer-relations managers settle with the customer."""
        return self.record(at, _A.NEGOTIATE, role, note=note)

    @fitted_call
    def clarify(
        self,
        at: _dt.datetime,
        role: Role | str,
        *,
        department: Department | str | None = None,
        note: str = "",
    ) -> Case:
        """Answer a complaint that is not established, tactfully (委婉答复, R-CMP-05): the
        step ``explain`` (:attr:`CaseAction.EXPLAIN`).

        ``department`` is the one that answers the customer, the case's department from
        then on (:attr:`department`, :meth:`routing`) and counted in the review's
        department table (R-CMP-14).  ``None`` (the default) is the desk's department for
        the case's category (``CasePolicy.explained_by``, by default the desk's
        ``departments``): the quality department for product quality (D10 二 3.1:
        能立即解答的,立即解答), the marketing office for service quality (D10 二 3.4:
        营管办负责人…对客户进行解答, the customer's misunderstanding of staff), the
        responsible department elsewhere (D14 四(三)).
        The step ``explain`` recorded without a department (:meth:`record`) gives the
        same.  A company names its own, a :class:`Department` or one of
        ``CasePolicy.department_names``.  The flow is unchanged (R-CMP-06): a complaint
        not established is answered and closed, never assigned.
        """
        if department is None:
            return self.record(at, _A.EXPLAIN, role, note=note)
        return self.record(at, _A.EXPLAIN, role, note=note, department=department)

    @fitted_call
    def promise(
        self, at: _dt.datetime, role: Role | str, period: Period | str, *, note: str = ""
    ) -> Case:
        """Promise a suggestion's reply deadline, counted from ``at`` (R-SLA-12); a promise
        ending after the deadline of the target that limits it (``Target.limited_by``: D14
        四(四), R-SLA-09) is refused, naming ``period`` (nothing changes); once that deadline
        has passed at ``at`` no period could be accepted, and the promise is refused as a
        late extension is, an :class:`~custops.errors.IllegalTransition` naming ``at``."""
        return self.record(at, _A.PROMISE, role, note=note, period=period)

    @fitted_call
    def answer(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """Answer a consultation or a suggestion (D14 四(一), 四(二))."""
        return self.record(at, _A.ANSWER, role, note=note)

    @fitted_call
    def commend(
        self,
        at: _dt.datetime,
        role: Role | str,
        *,
        department: Department | str | None = None,
        note: str = "",
    ) -> Case:
        """Pass praise to the praised staff's ``department`` for commendation (R-CMP-01).

        ``department`` defaults to the case's, routed by what was praised when it was
        classified (R-CMP-03, :meth:`routing`); another is read as :meth:`assign` reads
        it — any :class:`~custops.complaints.Department` or a company's own name of
        ``CasePolicy.department_names`` (the praised staff may work where no complaint is
        routed: 技术部, 宽带装维中心 → 技术部) — else
        :class:`~custops.errors.InvalidInput` names it and the mapping to add it to
        (nothing changes).
        """
        if department is not None:  # checked by the step, shown as given
            return self.record(at, _A.COMMEND, role, note=note, department=department)
        chosen = self.department
        if self.flow is Flow.PRAISE and chosen is None:
            known = _departments(self.policy)
            raise InvalidInput.for_argument(
                "department",
                department,
                "this praise case has no department (its classification routed none): "
                "name one, such as " + ", ".join(d.value for d in known) + ", or a company's "
                "own name of CasePolicy(department_names={name: department})",
            )
        if chosen is None:  # not praise: the flow refuses the step, whatever the department
            chosen = Department.CUSTOMER_RELATIONS
        return self.record(at, _A.COMMEND, role, note=note, department=chosen)

    @fitted_call
    def survey(
        self, at: _dt.datetime, role: Role | str, satisfied: bool, *, note: str = ""
    ) -> Case:
        """Ask whether the customer is satisfied (D1 第四条 5, D5 第六条 3)."""
        require_bool("satisfied", satisfied)  # named as the caller gave it (not the event's data)
        return self.record(at, _A.SURVEY, role, note=note, satisfied=satisfied)

    @fitted_call
    def reopen(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """Handle again: the customer is not satisfied (R-CMP-08, D5 第六条 3 ②)."""
        return self.record(at, _A.REOPEN, role, note=note)

    @fitted_call
    def extend(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """Declare a special case: the longer handling period applies (R-SLA-09), to a
        complaint or a suggestion (D14 四(四), see :meth:`classify`), from the cycle that
        runs at ``at``: in a reopened case the earlier cycles keep the deadlines they had,
        met or missed, and only the running one (and any later) gets the special period.

        The extension is approved while the deadline it extends runs (D10 三, D14 四(四):
        the handling period is at most three working days, seven in a special case): an
        extension at a moment after that deadline (a clock whose running cycle is breached
        at ``at`` and whose deadline the special period would move) is refused, an
        :class:`~custops.errors.IllegalTransition` naming ``at``, and the case is unchanged;
        a missed deadline stays missed.
        """
        return self.record(at, _A.EXTEND, role, note=note)

    @fitted_call
    def pause(self, at: _dt.datetime, role: Role | str, reason: str) -> Case:
        """Wait on the customer from ``at`` (the photos, the receipt, a document asked for):
        every clock of the case running at ``at`` pauses, and a clock that begins while the
        case waits (a chained target) begins paused; :meth:`resume` restarts them.  A pause
        moves each deadline by the time it covers in the clock's measure — the working time
        of a target counted in working time, the wall time of one counted in hours
        (docs/sla.md, "Pause semantics") — and a clock paused before its deadline is never
        breached while the case waits.  A clock already breached stays breached: a pause
        at or after its deadline moves nothing (a missed deadline stays missed).  The
        escalation of a major complaint to its managers (R-CMP-07, R-CMP-15) and the
        approval of a proposal (``CasePolicy.approval_period``) wait on no customer and are
        not paused.

        ``reason`` (required: one line, no rule ID) says what the case waits for; the
        status quotes it.  Only on a desk that allows it, ``CasePolicy.pause_for_customer``:
        off by default, since the seed's deadlines are promises to the customer (D10 二
        24小时内答复; D10 三, D14 四(四) 处理期限不能超过三个工作日) and the seed stops no
        clock while the desk waits (its remedy for a case that needs longer is the special
        period, R-SLA-09, :meth:`extend`).  Refused, an
        :class:`~custops.errors.IllegalTransition` that leaves the case as it was: on a desk
        that does not allow it (the message names ``CasePolicy.pause_for_customer``), on a
        case already waiting, a closed case, a case whose flow runs no clock (praise,
        nothing to handle), at a moment before the last event, or by a role the desk's
        ``roles['pause']`` does not name (R-CMP-06; default: the desk and the department
        managers).  While the case waits, only :meth:`resume` and :meth:`reply` (a reminder
        that reaches the customer) are taken.
        """
        reason = require_label("reason", reason)
        return self.record(at, _A.PAUSE, role, reason=reason)

    @fitted_call
    def resume(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """The customer's answer came (or the desk stops waiting) at ``at``: every clock the
        pause held runs again, its deadline moved by the time paused (:meth:`pause`).  A
        case that is not waiting is refused, an :class:`~custops.errors.IllegalTransition`."""
        return self.record(at, _A.RESUME, role, note=note)

    @fitted_call
    def assess_loss(
        self, at: _dt.datetime, role: Role | str, loss: MoneyInput, *, note: str = ""
    ) -> Case:
        """Record the loss the complaint caused, assessed at ``at`` (yuan, exact: a ``str``,
        an ``int`` or a ``Decimal``; a float or a negative amount is refused, naming
        ``loss``), on a case whose complaint was recorded with its loss not known yet
        (``Complaint.loss`` ``None``): a side step at any open stage of a
        complaint or of a case not yet classified, taken again to correct it (the latest
        counts).  From then on the case reads the recorded loss, as if the complaint had
        been filed with it: a classification assesses the severity with it
        (:func:`~custops.complaints.assess_severity`), the status no longer says the
        severity is provisional, and :meth:`penalty` fines by it (R-CMP-11, R-CMP-13).

        A general complaint whose recorded loss reaches ``SeverityPolicy.loss_threshold``
        is major (:attr:`severity`, timed by the desk's rule for a major complaint, as
        when it is filed with that loss), but it is not escalated by itself: reporting it
        to the managers is a step of its own (D1 第四条 迅速传递给责任部门经理、总经理), so
        its status says it is to be escalated until :meth:`escalate` is taken (R-CMP-07),
        and the escalation is timed from this assessment as from a classification as
        major (the ``escalation`` target, ``CasePolicy.escalation_period``, and the 报告
        clear of :meth:`six_clears`, R-CMP-15); a later assessment below the threshold
        removes that target again, and a case closed before the escalation ends it.
        A complaint already major stays major whatever the loss, and one not established
        keeps its flow (R-CMP-05).

        Only the roles of ``roles['assess_loss']`` may (default: the customer-relations
        manager, who judges the nature of a complaint, D1 第三条 判定投诉性质); another
        role, a case recorded with its loss, a closed case, a case of another kind, or a
        moment before the last event is refused, an
        :class:`~custops.errors.IllegalTransition` that leaves the case as it was.
        """
        return self.record(at, _A.ASSESS_LOSS, role, note=note, loss=loss)

    @fitted_call
    def close(self, at: _dt.datetime, role: Role | str, *, result: str = "") -> Case:
        """Close the case; ``result`` is what goes into the record (记清晰, R-CMP-15)."""
        result = require_str("result", result, nonempty=False)
        return self.record(at, _A.CLOSE, role, note=result)

    @fitted_call
    def review(self, at: _dt.datetime, role: Role | str, *, note: str = "") -> Case:
        """Summary, evaluation and improvement (D1 第四条 7, D5 第条 7)."""
        return self.record(at, _A.REVIEW, role, note=note)

    stage = _Derived[Stage]("The stage the last event left the case in.")
    flow = _Derived[Flow | None]("The flow, once classified (``None`` before).")
    kind = _Derived[Kind | None]("The kind of contact, once classified.")
    category = _Derived[Category | None]("The category, once classified.")
    severity = _Derived[Severity | None]("The severity, once classified (major if escalated).")
    validity = _Derived[Validity | None]("Whether the complaint is established (R-CMP-05).")
    department = _Derived[Department | None]("The department assigned, escalated to or praised.")
    handler = _Derived[str]("The handler named at the last assignment.")
    special = _Derived[bool]("Whether the case is special (R-SLA-09: the longer period).")
    reopen_count = _Derived[int]("How many times the case was handled again (R-CMP-08).")

    @property
    def loss(self) -> Decimal | None:
        """The loss the case reads: the latest recorded by :meth:`assess_loss`, else the
        complaint's (``Complaint.loss``; ``None``: not known yet)."""
        recorded = self._state.loss
        return self.complaint.loss if recorded is None else recorded

    def _as_assessed(self) -> Complaint:
        """The complaint with the loss the case reads (:attr:`loss`)."""
        if self._state.loss is None:
            return self.complaint
        return attrs.evolve(self.complaint, claimed_loss=self._state.loss)

    @property
    def is_open(self) -> bool:
        """Whether the case has not been closed."""
        return self._state.stage in OPEN_STAGES

    @property
    def is_paused(self) -> bool:
        """Whether the case is waiting on the customer, its clocks paused (:meth:`pause`)."""
        return self._state.paused

    @property
    def paused_at(self) -> _dt.datetime | None:
        """When the case began waiting on the customer, ``None`` while it is not."""
        pause = self._pause()
        return None if pause is None else pause.at

    @property
    def pause_reason(self) -> str:
        """What the case is waiting on the customer for (``""`` while it is not)."""
        pause = self._pause()
        return "" if pause is None else str(pause.get("reason"))

    def _pause(self) -> CaseEvent | None:
        """The pause the case is waiting in, ``None`` while it is not paused."""
        if not self._state.paused:
            return None
        return next(e for e in reversed(self.events) if e.action is _A.PAUSE)

    @property
    def recorded_at(self) -> _dt.datetime:
        """When the case was recorded (its first event)."""
        return self.events[0].at

    @property
    def closed_at(self) -> _dt.datetime | None:
        """When the case was closed, ``None`` while open."""
        return next((e.at for e in reversed(self.events) if e.action is _A.CLOSE), None)

    @property
    def last_event_at(self) -> _dt.datetime:
        """The time of the last event."""
        return self.events[-1].at

    def allowed_events(self, role: Role | str | None = None) -> tuple[CaseAction, ...]:
        """The steps allowed next: the flow's next steps first, then those allowed at any
        open stage (reply, escalate, agree, extend, and pause on a desk that allows it;
        while the case waits on the customer, reply and resume alone).  With ``role``, only
        the steps that role may take (one user's buttons, D1 第三条).
        """
        steps = _next(self._state, self.complaint, self.policy)
        if role is None:
            return steps
        who = self.policy.staff_role(role)  # a company's own name as the role it maps to
        return tuple(a for a in steps if who in self.who_may(a))

    def who_may(self, action: CaseAction | str) -> frozenset[Role]:
        """The roles that may take ``action`` under the case's policy (for ``approve``, those
        who have not yet approved the proposal)."""
        step = CaseAction.parse(action, argument="action")
        roles = self.policy.roles_for(step)
        return roles - self._state.approvals if step is _A.APPROVE else roles

    @property
    def history(self) -> tuple[CaseEvent, ...]:
        """Every event, in order (``e.describe()`` gives each as one line)."""
        return self.events

    def describe(self) -> str:
        """One line: the complaint, the stage and flow, and the last event's time; while the
        case waits on the customer, since when and for what (:meth:`pause`)."""
        line = _(
            "case of {complainant} ({channel}): {stage} ({flow}), last event {at}",
            complainant=self.complaint.complainant,
            channel=verdict_word(self.complaint.channel),
            stage=verdict_word(self.stage),
            flow=_flow(self.flow),
            at=moment_text(self.last_event_at),
        )
        pause = self._pause()
        if pause is None:
            return line
        return _(
            "{case}; waiting on the customer since {at}: {reason}",
            case=line,
            at=moment_text(pause.at),
            reason=quote_word(pause.get("reason")),
        )

    @property
    def severity_reason(self) -> str:
        """Why the last classification found the complaint major (R-CMP-07): its criteria,
        the words that fired them and their figures, worded in the language active when it
        is read; ``""`` when the case is not classified major by an assessment (a severity
        given by hand, a complaint escalated while handled, any other kind)."""
        last = next((e for e in reversed(self.events) if e.action is _A.CLASSIFY), None)
        return "" if last is None else last.severity_reason

    @fitted_call
    def as_of(self, *, at: _dt.datetime) -> Case:
        """The case as it stood at ``at``: only the events up to ``at`` (not before the record)."""
        moment = require_aware("at", at)
        if utc(moment) < utc(self.recorded_at):
            raise InvalidInput.for_argument(
                "at", at, f"is before the case was recorded ({moment_text(self.recorded_at)})"
            )
        kept = tuple(e for e in self.events if utc(e.at) <= utc(moment))
        if len(kept) == len(self.events):
            return self
        # a prefix of the steps this case accepted: each was checked when it was taken
        state: CaseState | None = None
        for i, event in enumerate(kept):
            last = kept[i - 1].at if i else None
            state = _advance(state, last, event, self.complaint, self.policy)
        assert state is not None  # the record is kept: at is not before it
        return Case._made(self.complaint, kept, state, policy=self.policy)

    @property
    def selection(self) -> Selection:
        """The SLA policy's selection for the case as classified so far (before
        classification: a general complaint, the safe side)."""
        return _select(self.policy, self.complaint, self._state)

    def clocks(self) -> dict[str, Clock]:
        """The SLA clocks, replayed from the events (a new dict each call).

        A promised reply starts at the promise (R-SLA-12), a chained target when its
        predecessor stops; a reopen restarts :attr:`CasePolicy.restart_on_reopen`
        (R-CMP-08).  Praise and a contact with nothing to handle run no complaint clock.
        """
        return dict(self._replay()[2])

    def _replay(self) -> _Clocks:
        cached = self._clocks
        if cached is not None and cached[0] == current_language():
            return cached
        sel = self.selection
        clocks: dict[str, Clock] = {}
        if self._state.flow not in _NO_CLOCK_FLOWS:
            _run_clocks(self, sel, clocks)
            # R-CMP-07, R-CMP-15: from receipt when a regulator forwarded the complaint
            timed = _escalation.clock(self.events, self._state, self.policy, self.complaint)
            if timed is not None:
                clocks[_escalation.TARGET] = timed
        result = (current_language(), sel, clocks)
        object.__setattr__(self, "_clocks", result)
        return result

    def _approval(self, moment: _dt.datetime) -> tuple[tuple[Role, ...], bool]:
        """Who has yet to approve a submitted proposal, and whether an approval came (or is
        still awaited) later than ``CasePolicy.approval_period`` allows (D5 第六条 2)."""
        state, policy = self._state, self.policy
        awaiting: tuple[Role, ...] = ()
        if state.stage is Stage.PROPOSED:
            awaiting = tuple(r for r in Role if r in policy.required_approvals - state.approvals)
        period = policy.approval_period
        if period is None:
            return awaiting, False
        due: _dt.datetime | None = None
        late = False
        for e in self.events:
            if e.action is _A.PROPOSE:
                due = deadline(e.at, period, calendar=policy.sla_policy.calendar)
            elif e.action is _A.APPROVE and due is not None:
                late = late or utc(e.at) > utc(due)
            elif e.action in (_A.REJECT, _A.REOPEN):
                due = None
        if awaiting and due is not None:
            late = late or utc(moment) > utc(due)
        return awaiting, late

    @fitted_call
    def status(self, *, at: _dt.datetime) -> CaseStatus:
        """Every SLA target's due time and state, and the stage, as of ``at`` (:meth:`as_of`)."""
        case = self.as_of(at=at)
        calendar = case.policy.sla_policy.calendar
        moment = calendar.to_local(at)
        received = case.complaint.received_at  # as given: its zone, if another (R-PER-01)
        _language, sel, clocks = case._replay()
        begun = {n: c for n, c in clocks.items() if utc(c.events[0].at) <= utc(moment)}
        statuses = tuple(begun[t.name].status(at=moment) for t in sel.targets if t.name in begun)
        own = {t.name for t in sel.targets}  # the case's own targets too: the escalation
        extra = tuple(c.status(at=moment) for n, c in begun.items() if n not in own)
        statuses += extra
        waiting = tuple(t.name for t in sel.targets if t.name not in begun)
        awaiting, approval_late = case._approval(moment)
        ids = sel.rule_ids or ("R-CMP-06",)
        ids += tuple(dict.fromkeys(s.rule for s in extra if s.rule not in ids))
        to_escalate = case.flow is Flow.GENERAL and case.severity is Severity.MAJOR
        if to_escalate and "R-CMP-07" not in ids:  # major by its loss, to be escalated
            ids += ("R-CMP-07",)
        pause = case._pause()
        classified = None
        if case.flow is Flow.MAJOR:  # the classification that found it major, if any
            last = next((e for e in reversed(case.events) if e.action is _A.CLASSIFY), None)
            if last is not None and last.get("severity") is Severity.MAJOR:
                classified = last
        return CaseStatus(
            at=moment,
            stage=case.stage,
            flow=case.flow,
            selection=sel,
            statuses=statuses,
            waiting=waiting,
            next_steps=case.allowed_events(),
            awaiting_approval=awaiting,
            approval_late=approval_late,
            paused_at=None if pause is None else pause.at,
            pause_reason="" if pause is None else str(pause.get("reason")),
            rule=ids[0],
            rule_ids=ids,
            severity=case.severity,
            loss=case.loss,
            loss_threshold=case.policy.severity_policy.loss_threshold,
            loss_pending=case._loss_pending(),
            classify_event=classified,
            zone_note=zone_note(received, calendar.to_local(received), calendar, desk=True),
        )

    def _loss_pending(self) -> bool:
        """Whether the complaint's loss, not known yet (``Complaint.loss`` ``None``), may still
        make the case major (R-CMP-07): a complaint (or a contact not yet classified) that
        is not major, at a desk whose severity criteria count the loss."""
        state = self._state
        return (
            self.loss is None
            and state.kind in (None, Kind.COMPLAINT)
            and state.flow is not Flow.MAJOR
            and Signal.LOSS in self.policy.severity_policy.enabled
        )

    def six_clears(self) -> SixClears:
        """The six "clear"s of D13 第十四章 as a checklist (R-CMP-15): 听清晰 recorded,
        问清晰 classified, 跟清晰 closed, 复清晰 the result told after the last reopen,
        记清晰 a result recorded at closing, 报告 a major complaint escalated at once: within
        ``CasePolicy.escalation_period`` of its classification as major (of its receipt
        when a regulator forwarded it, R-CMP-07), or of the assessment whose loss made it
        major (:meth:`assess_loss`; a late escalation is not
        met, and the reason says so)."""
        events, flow = self.events, self._state.flow
        last_reopen = max((i for i, e in enumerate(events) if e.action is _A.REOPEN), default=-1)
        results = (_A.NOTIFY, _A.NEGOTIATE, _A.EXPLAIN, _A.ANSWER, _A.COMMEND)
        replied = [e for e in events[last_reopen + 1 :] if e.action in results]
        close = next((e for e in events if e.action is _A.CLOSE), None)
        told: bool | None
        if flow is Flow.NO_ACTION:  # no result to tell
            told, told_text = None, _("nothing to tell the customer")
        elif replied:
            last = replied[-1]
            told = True
            told_text = _(
                "customer told the result at {at} ({step})",
                at=moment_text(last.at),
                step=last.action,
            )
        else:
            told, told_text = False, _("the customer has not been told the result")
        recorded = close is not None and bool(close.note)
        if close is None:
            closed_text, record_text = _("not yet closed"), _("no result recorded yet")
        else:
            closed_text = _("closed at {at}", at=moment_text(close.at))
            record_text = (
                _("result recorded at closing")
                if recorded
                else _("closed without recording the result")
            )
        # reported at once: by the policy's escalation_period, to escalate_to (R-CMP-07)
        report, report_text = _escalation.report_clear(
            events, self._state, self.policy, self.complaint
        )
        asked = _("classified as {flow}", flow=_flow(flow)) if flow else _("not yet classified")
        heard = _("recorded at {at} by {role}", at=moment_text(events[0].at), role=events[0].role)
        clears = (
            Clear(ClearKind.LISTEN, _OUTCOME[True], heard),
            Clear(ClearKind.ASK, _OUTCOME[flow is not None], asked),
            Clear(ClearKind.FOLLOW, _OUTCOME[close is not None], closed_text),
            Clear(ClearKind.REPLY, _OUTCOME[told], told_text),
            Clear(ClearKind.RECORD, _OUTCOME[recorded], record_text),
            Clear(ClearKind.REPORT, _OUTCOME[report], report_text),
        )
        missing = tuple(c.kind for c in clears if c.outcome is ClearOutcome.NOT_MET)
        reason = _("missing: {clears}", clears=missing) if missing else _("all six clears met")
        return SixClears(allowed=not missing, rule="R-CMP-15", reason=reason, clears=clears)

    def routing(self) -> Decision:
        """Where the case goes and why: allowed once it has a department (R-CMP-01,
        R-CMP-03 for praise; R-CMP-06 for a complaint assigned, R-CMP-07 escalated).

        Praise is routed when classified, to the department of what was praised
        (``CasePolicy.departments``: D1 第三条, D10 二 3), or to the one it was
        commended to; a complaint goes to the department assigned (D1 第四条 2); a
        consultation, a suggestion or a contact with nothing to handle stays with the desk.
        """
        st, events = self._state, self.events
        last = next((e for e in reversed(events) if e.action in _ROUTES), None)
        if st.flow is None:
            return Decision(False, "R-CMP-06", _("not yet classified: no department yet"))
        if st.kind is Kind.PRAISE:
            if last is not None and last.action is _A.COMMEND:
                reason = _(
                    "praise commended to {department} at {at} by {role}",
                    department=st.department,
                    at=moment_text(last.at),
                    role=last.role,
                )
                return Decision(True, "R-CMP-01", reason)
            if st.department is None:
                return Decision(False, "R-CMP-01", _("praise not yet routed to a department"))
            assert st.category is not None  # classified
            if st.department is not dict(self.policy.departments)[st.category]:
                # the dealer's praised staff, named by title (D1 第三条): their own department
                reason = _(
                    "praise of {category} names staff of {department} by their title: {department}",
                    category=st.category,
                    department=st.department,
                )
                return Decision(True, "R-CMP-03", reason)
            reason = _(
                "praise of {category} goes where {category} matters go: {department}",
                category=st.category,
                department=st.department,
            )
            return Decision(True, "R-CMP-03", reason)
        if st.kind is not Kind.COMPLAINT:
            reason = _("kind {kind} stays with the desk: no department", kind=st.kind)
            return Decision(False, "R-CMP-01", reason)
        if st.department is None or last is None:
            return Decision(False, "R-CMP-06", _("complaint not yet assigned to a department"))
        if last.action is _A.EXPLAIN:  # answered, not handled (R-CMP-05; D10 二 3.4)
            reason = _(
                "complaint not established, answered by {department} at {at} by {role}",
                department=st.department,
                at=moment_text(last.at),
                role=last.role,
            )
            return Decision(True, "R-CMP-05", reason)
        rule = "R-CMP-07" if last.action is _A.ESCALATE else "R-CMP-06"
        reason = _(
            "complaint {step} to {department} at {at} by {role}",
            step=last.action,
            department=st.department,
            at=moment_text(last.at),
            role=last.role,
        )
        return Decision(True, rule, reason)

    @property
    def retention(self) -> Retention:
        """:func:`retention_until` under the case's policy (R-SLA-23)."""
        return retention_until(self)

    @fitted_call
    def penalty(
        self,
        *,
        at: _dt.datetime,
        loss: MoneyInput | None = None,
        policy: ResponsibilityPolicy | None = None,
    ) -> PenaltyAssessment:
        """What the case costs the people answerable for it as of ``at``, under its own
        desk's rule (``CasePolicy.penalty_scheme``, :class:`PenaltyScheme`; R-CMP-11,
        R-CMP-12, R-CMP-13).

        Each company of the seed has its own rule, and a case gets its desk's, never
        another's: the dealer's (D1 第六条) fines each person by the loss and the handler for
        a delay; the quality desk's (D5 第七条) fines the case once, 200~1500 yuan; the
        winery's (D10 七) deducts a point per complaint and fines no money — the assessment
        has ``points`` and no lines, so a report summing ``total`` adds nothing that is not
        a fine.  The tobacco company's document (D14 四(三)) sets no fine and no score: its
        staff are dealt with under the unit's own rules, so the assessment is refused, a
        :class:`~custops.errors.PolicyError` naming ``policy`` and the desk, rather than a
        0.00 that would read as "no penalty" where the seed says the unit decides one; a
        desk of the caller's own is refused the same way until its
        ``CasePolicy.penalty_scheme`` is named.  (A user of one desk expects that desk's
        consequence: the winery's is a score, which the assessment gives; a fine invented
        for the tobacco desk would be no one's rule.)

        ``loss`` defaults to the loss the case reads as of ``at`` (:attr:`loss`: the latest
        recorded by :meth:`assess_loss`, else ``Complaint.loss``); while it is not
        known (``None``), a fine by the size of the loss waits for it (the assessment is
        ``provisional``, its reason says the fine is to be assessed once the loss is known),
        and giving ``loss`` once it is assessed re-evaluates the case; responsibility is
        assigned once an established or major complaint has a department; the targets that missed a
        deadline by ``at``, in any cycle (:attr:`CaseStatus.breaches`: a reopen starts a new
        cycle, it does not undo the delay of the one before), are the handler's delay, a
        late approval the approver's (``CasePolicy.approval_period``).  The seed penalises
        the loss a *complaint* caused and a *complaint* delayed: a case classified as
        praise, a consultation, a suggestion or nothing to handle is assessed no penalty,
        and the reason says so (a case not yet classified counts as a complaint, the safe
        side, as its SLA selection does).  ``policy`` holds the numbers (the loss bands, the
        fines, the points per complaint: :class:`ResponsibilityPolicy`), the seed's defaults
        when ``None``.
        """
        scheme = self.policy.penalty_scheme
        if scheme is PenaltyScheme.UNIT_RULES:
            sla = self.policy.sla_policy
            desk = f"the {sla.name} desk ({sla.source})" if sla.source else f"the desk {sla.name!r}"
            own = " (D14 art. 4(3), R-CMP-09)" if sla.source == "D14" else ""
            problem = (
                f"{desk} sets no fine and no score: its staff are dealt with under the "
                f"unit's own rules{own}, which custops does not know; to assess one, name "
                "the desk's scheme, CasePolicy(sla_policy=..., penalty_scheme=...): "
                "each_person, per_case or score"
            )
            raise PolicyError.for_argument("policy", sla.name, problem)
        case = self.as_of(at=at)
        kind = case.kind
        claimed = case.loss if loss is None else loss
        if kind is not None and kind is not Kind.COMPLAINT:
            checked = assess_penalty(
                claimed, scheme=scheme, responsibility_assigned=False, policy=policy
            )
            reason = _(
                "no penalty: kind {kind} is not a complaint; only complaints are penalised",
                kind=kind,
            )
            return attrs.evolve(checked, lines=(), delayed=(), reason=reason, points=0)
        status = case.status(at=at)
        assigned = case.flow in (Flow.GENERAL, Flow.MAJOR) and case.department is not None
        labels = {t.name: t.label for t in self.policy.sla_policy.targets if t.label}
        return assess_labelled(  # a late target named by its desk's label in Chinese
            claimed,
            scheme=scheme,
            delayed=status.breaches,
            approval_delayed=status.approval_late,
            responsibility_assigned=assigned,
            policy=policy,
            labels=labels,
        )


_UNTIMED = "is a moment the desk's calendar cannot time: "


def _untimed(case: Case, at: _dt.datetime) -> InvalidInput | None:
    """The desk's calendar's refusal to count the case's clocks at ``at``, the moment of
    its last step (``None``: it counts them): a receipt or a step at a moment outside the
    calendar's years (a typo'd year, 2206 for 2026), or a deadline counted from it past
    them.  Every path that builds a case checks it — :meth:`Case.open`, a step
    (:meth:`Case.record`, :meth:`Case.apply`) and a stored case's replay (``Case(...)``,
    :mod:`custops.serial`) — so no case holds a moment its status or a review
    (:func:`~custops.complaints.statistics`) would fail on (R-CMP-06, R-CMP-14)."""
    try:
        in_counted_years(case.policy.sla_policy.calendar, at, "at", at)
        case.status(at=at)
    except InvalidInput as exc:
        return exc
    return None


def _refuse_untimed(case: Case, first: CaseState | None) -> None:
    """Refuse a stored case (``events`` already checked, its state set) the desk's calendar
    cannot time at its last event: naming ``complaint`` and its ``received_at`` when the
    clocks cannot be counted from the receipt, else ``events`` and the first event at whose
    moment they cannot be counted (``first`` the state the record left)."""
    assert first is not None
    events, complaint, policy = case.events, case.complaint, case.policy
    recorded = Case._made(complaint, events[:1], first, policy=policy)
    try:
        received = complaint.received_at
        in_counted_years(policy.sla_policy.calendar, received, "complaint", received)
        recorded._replay()
    except InvalidInput as exc:
        untimed = f"received at a moment the desk's calendar cannot time: {exc.problem}"
        raise InvalidInput.for_argument("complaint", complaint.received_at, untimed) from None
    state: CaseState | None = None
    for i, event in enumerate(events):
        state = _advance(state, events[i - 1].at if i else None, event, complaint, policy)
        found = _untimed(Case._made(complaint, events[: i + 1], state, policy=policy), event.at)
        if found is not None:
            step = f"{event.action.value} at {moment_text(event.at)}: {_UNTIMED}{found.problem}"
            raise InvalidInput.for_argument("events", event, step) from None


def _judged(status: Status) -> list[tuple[State, _dt.datetime]]:
    """Each cycle's state and deadline, the earlier cycles first."""
    return [(c.state, c.due_at) for c in status.history] + [(status.state, status.due_at)]


def _reselects(before: CaseState, after: CaseState) -> bool:
    """Whether a step that left ``before`` as ``after`` changed what the desk selects the
    targets and their periods by (the kind, category, severity or special flag): a
    classification, an escalation, an extension.  Only such a step can move a deadline."""
    return (before.kind, before.category, before.severity, before.special) != (
        after.kind,
        after.category,
        after.severity,
        after.special,
    )


def _check_moved(before: Case, after: Case, given: _dt.datetime) -> None:
    """Refuse the step that made ``before`` into ``after`` at ``given`` when it would move a
    deadline that has already passed (R-SLA-09; :meth:`Case.extend`,
    :meth:`Case.classify`): a clock, or an earlier cycle of one, breached at that moment
    whose deadline the step changes (a special period declared late).  A target the step
    drops (a classification as a kind the desk times otherwise) or adds is not moved."""
    moment = after.last_event_at
    step = after.events[-1].action
    later = after._replay()[2]
    for name, clock in before._replay()[2].items():
        if name not in later or utc(clock.events[0].at) > utc(moment):
            continue
        was, now = _judged(clock.status(at=moment)), _judged(later[name].status(at=moment))
        for (state, due), (_state, new_due) in zip(was, now, strict=False):
            if state is State.BREACHED and utc(due) != utc(new_due):
                problem = f"the deadline of {name!r} already passed at {moment_text(due)}; "
                if after.special and not before.special:
                    problem += (
                        "a special case (R-SLA-09) is declared before the deadline it "
                        "extends, not after"
                    )
                else:
                    problem += "a missed deadline stays missed (R-SLA-09)"
                if step is not _A.EXTEND:
                    problem += f"; this {step.value} would move it to {moment_text(new_due)}"
                raise IllegalTransition.for_argument(
                    "at", given, problem, state_name=before.stage.value, event_name=step.value
                )


def _received(kind: Kind | None) -> str:
    """The note of a case's clock started at receipt, naming the ticket by its kind when
    it is known (R-CMP-01): a consultation's clock is not counted from a complaint."""
    if kind is Kind.CONSULTATION:
        return _("received: the consultation")
    if kind is Kind.SUGGESTION:
        return _("received: the suggestion")
    if kind is Kind.PRAISE:
        return _("received: the praise")
    return _("received")


def _promise_problem(case: Case, at: _dt.datetime) -> tuple[str, bool] | None:
    """Why the promise just made (the case's last step, at ``at``) is refused, and whether
    the limiting deadline had already passed at ``at`` (then no period could be accepted:
    the moment is refused, not the period): it ends after the deadline of the target
    limiting it (R-SLA-09, R-SLA-12; D14 四(四)); ``None`` when it does not.  Every path a
    promise takes checks it — :meth:`Case.promise`, :meth:`Case.record`,
    :meth:`Case.apply` and a stored case's replay — so no case holds a promise its clocks
    cannot read."""
    status = case.status(at=at)
    begun = {s.target_name: s for s in status.statuses}
    for t in status.selection.targets:
        bound = t.limited_by
        if bound is not None and t.name in begun and bound in begun:
            limit = status.selection.target_named(bound)
            limit_due = begun[bound].due_at
            problem = promise_problem(t, begun[t.name].due_at, limit, limit_due)
            if problem is None:
                continue
            if utc(limit_due) <= utc(at):
                problem = (
                    f"the deadline of {bound!r} already passed at {moment_text(limit_due)} "
                    f"(R-SLA-09, D14 art. 4(4)): a promise of {t.name!r} may not exceed it, and "
                    "no period promised now can end by it (R-SLA-12)"
                )
                return problem, True
            return problem, False
    return None


#: The steps that send a case to a department.
_ROUTES = (_A.ASSIGN, _A.ESCALATE, _A.COMMEND, _A.EXPLAIN)


def _departments(policy: CasePolicy) -> tuple[Department, ...]:
    """The departments the case's policy knows (its classifier policy's), in enum order."""
    mapped = {d for _c, d in policy.departments}
    return tuple(d for d in Department if d in mapped)


def _close_meets(policy: CasePolicy, sel: Selection, flow: Flow | None) -> frozenset[str]:
    """The targets closing a case of ``flow`` meets: those the policy names for ``close``,
    and those no other step of the flow stops (an unfounded complaint has no satisfaction
    survey: its follow-up call and feedback form are met when it closes, R-SLA-04,
    R-SLA-10).  Any other clock still open at closing is ended, not reached: its step
    never came (R-SLA-02: no preliminary agreement was recorded)."""
    steps = flow_steps(flow) - {_A.CLOSE} if flow is not None else frozenset()
    stopped = {name for step in steps for name in policy.stops_for(step)}
    own = {t.name for t in sel.targets if t.name not in stopped}
    return frozenset(policy.stops_for(_A.CLOSE)) | own


def _run_clocks(case: Case, sel: Selection, clocks: dict[str, Clock]) -> None:
    """Start and stop the selected targets' clocks as the case's events go (in place).

    A chained target (``starts_after``) begins when its predecessor stops, and a new cycle
    of it each time the predecessor stops again; a step that meets it before then (the
    report submitted, ``propose``, before the agreement with the customer, R-SLA-03) meets
    that cycle at once, and the predecessor's stop then starts nothing.  A special case
    declared by ``extend`` applies from the cycle running then (R-SLA-09): the cycles closed
    before it keep their deadlines.  ``close`` meets the targets of :func:`_close_meets`
    and ends every other open clock, not reached (:meth:`Clock.cancel`)."""
    cal = sel.calendar
    policy = case.policy
    followers: dict[str, list[Target]] = {}
    # a special case declared by extend applies from then on; by classification, throughout
    extended = any(e.action is _A.EXTEND for e in case.events)
    special = sel.special and not extended
    # a handler's target starts at the first assignment (R-SLA-01, D1 第四条 3); a general
    # complaint not yet assigned waits for it; a flow without one counts from receipt
    assigned = next((e for e in case.events if e.action is _A.ASSIGN), None)
    waits = assigned is None and case._state.flow in (None, Flow.GENERAL)
    for t in sel.targets:
        if t.starts_after is not None:
            followers.setdefault(t.starts_after, []).append(t)
        elif t.period is not None and t.from_assignment and assigned is not None:
            clocks[t.name] = Clock.start(
                assigned.at, t, calendar=cal, special=special_for(t, special), note=_("assigned")
            )
        elif t.period is not None and not (t.from_assignment and waits):
            clocks[t.name] = Clock.start(
                case.complaint.received_at,
                t,
                calendar=cal,
                special=special_for(t, special),
                note=_received(case._state.kind),
            )
    promised = case._state.promised
    chained = {t.name: t for ts in followers.values() for t in ts}
    waiting: CaseEvent | None = None  # the pause the case waits in (on the customer)

    def begin(t: Target, stopped: Clock) -> Clock | None:
        if t.period is None and promised is None:
            return None
        chosen = promised if t.period is None else None
        return Clock.start_after(t, stopped, special=special_for(t, special), promised=chosen)

    def early(t: Target, event: CaseEvent) -> None:
        # met before its predecessor's current cycle stopped: this cycle is met at once
        before = clocks.get(t.starts_after or "")
        if before is not None and before.stopped_at is not None:
            return  # the predecessor stopped: the target runs, or was met, as chained
        wanted = 1 if before is None else before.cycle_count
        mine = clocks.get(t.name)
        note = _("by {step}", step=event.action)
        if mine is None:
            if t.period is None and promised is None:
                return
            chosen = promised if t.period is None else None
            mine = Clock.start(
                event.at, t, calendar=cal, special=special_for(t, special), promised=chosen
            )
        elif mine.stopped_at is not None and mine.cycle_count < wanted:
            mine = mine.restart(event.at, note=note)
        else:
            return
        clocks[t.name] = mine.stop(event.at, note=note)

    def stop(name: str, event: CaseEvent) -> None:
        clock = clocks.get(name)
        if name in chained and (clock is None or clock.stopped_at is not None):
            early(chained[name], event)
            return
        if clock is None or clock.stopped_at is not None:
            return
        clocks[name] = stopped = clock.stop(event.at, note=_("by {step}", step=event.action))
        for t in followers.get(name, ()):
            mine = clocks.get(t.name)
            if mine is None:
                started = begin(t, stopped)
                if started is not None:
                    clocks[t.name] = started
            elif mine.stopped_at is not None and mine.cycle_count < stopped.cycle_count:
                again = _("after {target} stopped again", target=named(name, stopped.target.label))
                clocks[t.name] = mine.restart(event.at, note=again)

    for event in case.events:
        action = event.action
        if action is _A.PROMISE:
            for t in sel.targets:
                if t.period is None and t.starts_after is None and t.name not in clocks:
                    clocks[t.name] = Clock.start(
                        event.at, t, calendar=cal, promised=event.get("period"), note=_("promised")
                    )
        elif action is _A.REOPEN:
            for name in sorted(policy.restart_on_reopen):
                clock = clocks.get(name)
                if clock is not None and clock.stopped_at is not None:
                    clocks[name] = clock.restart(event.at, note=_("reopened"))
        elif action is _A.PAUSE:
            waiting = event
        elif action is _A.RESUME:
            waiting = None
            for name, clock in clocks.items():
                if clock.stopped_at is None and clock.events[-1].kind is EventKind.PAUSE:
                    clocks[name] = clock.resume(event.at, note=event.note)
        elif action is _A.EXTEND and sel.special:
            special = True
            for name, clock in clocks.items():  # the running cycle on, or the next one
                if not special_for(clock.target, True):
                    continue  # a target without a special period keeps its period
                first = clock.cycle_count + (clock.stopped_at is not None)
                clocks[name] = clock.as_special(special_from_cycle=first)
        if action is _A.CLOSE:
            meets = _close_meets(policy, sel, case._state.flow)
            ended = _("ended at closing, not reached")
            while any(c.stopped_at is None for c in clocks.values()):
                for name in list(clocks):
                    if clocks[name].stopped_at is not None:
                        continue
                    if name in meets:
                        stop(name, event)
                    else:
                        clocks[name] = clocks[name].cancel(event.at, note=ended)
        else:
            for name in policy.stops_for(action):
                stop(name, event)
        if waiting is not None:  # every clock running now stands still, one begun now too
            _hold(clocks, event.at, str(waiting.get("reason")))


def _hold(clocks: dict[str, Clock], at: _dt.datetime, reason: str) -> None:
    """Pause (in place) every clock of ``clocks`` running at ``at``: the case waits on the
    customer (:meth:`Case.pause`); a clock that begins later (a handler's target counted
    from an assignment still to come) is left alone."""
    for name, clock in clocks.items():
        last = clock.events[-1]
        running = clock.stopped_at is None and last.kind is not EventKind.PAUSE
        if running and utc(last.at) <= utc(at):
            clocks[name] = clock.pause(at, note=reason)


@fitted_call
def retention_until(
    case: Case, *, important: bool | None = None, policy: RetentionPolicy | None = None
) -> Retention:
    """How long ``case``'s record is kept (R-SLA-23; D10 四 2, D14 四(五)).

    ``important`` defaults to whether the case is major
    (``RetentionPolicy.major_is_important``); ``policy`` defaults to the case's.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> t = dt.datetime(2024, 2, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="电话", content="请问几点开门", complainant="吴")
    >>> case = Case.open(c, "客户关系顾问", policy="tobacco").classify(t, "客户关系经理",
    ...     kind="咨询", category="其他").answer(t, "客户关系顾问").close(
    ...     t, "客户关系顾问", result="答复")
    >>> retention_until(case).kept_until_on
    datetime.date(2025, 2, 28)
    """
    require_type("case", case, Case, "a Case")
    own = case.policy.retention_policy
    rules = own if policy is None else policy_or_default(policy, RetentionPolicy)
    if important is None:
        important = rules.major_is_important and case.flow is Flow.MAJOR
        why = W_("a major case") if important else W_("an ordinary case")
    else:
        important = require_bool("important", important)
        why = W_("marked important") if important else W_("marked ordinary")
    closed = case.closed_at
    day = None if closed is None else case.policy.sla_policy.calendar.to_local(closed).date()
    try:
        return keep_record(day, important=important, why=why, policy=rules)
    except InvalidInput:  # the term runs past 9999: the policy given, or the case's own day
        years = rules.important_years if important else rules.ordinary_years
        if policy is not None:
            problem = f"keeps the record {years} years from the case's close on {day}, past 9999"
            raise InvalidInput.for_argument("policy", policy, problem) from None
        problem = f"closed on {day}, its record is kept {years} years by its policy, past 9999"
        raise InvalidInput.for_argument("case", closed, problem) from None
