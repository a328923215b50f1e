"""Complaint cases: the workflow from intake to review, with its SLA clocks.

A :class:`Case` is an immutable record of a contact (a :class:`Complaint`) and of every
event of its handling — each with its time and the :class:`Role` that acted.  It follows
the seed's flows (:mod:`custops.complaints.flow`), under its desk's
:class:`~custops.complaints.CasePolicy`; every case names its desk (there is no default).

Each step returns a new case; a step the flow or the roles do not allow raises
:class:`~custops.errors.IllegalTransition` and the case is unchanged.  The case starts
and stops the clocks of an SLA policy (:mod:`custops.sla.presets`) as it moves, so
:meth:`Case.status` gives every target's due time and state.

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> from custops.complaints import Complaint
>>> sh = ZoneInfo("Asia/Shanghai")
>>> c = Complaint(received_at=dt.datetime(2025, 9, 30, 16, 0, tzinfo=sh), channel="电话",
...               content="服务员态度很差", complainant="李女士")
>>> case = Case.open(c, "客户关系顾问", policy="tobacco")
>>> case.stage, case.allowed_events()
(<Stage.RECORDED: 'recorded'>, (<CaseAction.CLASSIFY: 'classify'>, <CaseAction.REPLY: 'reply'>))
>>> case.approve(dt.datetime(2025, 9, 30, 17, 0, tzinfo=sh), "总经理")
Traceback (most recent call last):
...
custops.errors.IllegalTransition: approve (批准) at 2025-09-30 17:00+08:00: not allowed while \
the case is 已登记 (recorded); allowed: classify, reply
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

import attrs

from custops._validate import (
    policy_or_default,
    require_aware,
    require_bool,
    require_str,
    require_type,
    type_name,
)
from custops.complaints.classifier import classify as classify_text
from custops.complaints.events import CaseEvent, fmt
from custops.complaints.flow import (
    OPEN_STAGES,
    STEP_RULES,
    CaseAction,
    CaseState,
    Flow,
    Stage,
    advance,
    next_steps,
)
from custops.complaints.model import (
    Category,
    Complaint,
    Department,
    Kind,
    Role,
    Severity,
    Validity,
)
from custops.complaints.penalties import PenaltyAssessment, ResponsibilityPolicy, assess_penalty
from custops.complaints.policy import DEFAULT_ROLES, CasePolicy, desk
from custops.complaints.retention import Retention, RetentionPolicy, keep_record
from custops.complaints.severity import assess_severity
from custops.decisions import Decision, Explained
from custops.errors import IllegalTransition, InvalidInput, InvalidType
from custops.i18n import _, current_language
from custops.periods import Period, deadline
from custops.sla import Clock, Selection, SlaPolicy, State, Status, Target
from custops.sla._targets import named, quoted

__all__ = ["Case", "CaseStatus", "Clear", "SixClears", "retention_until"]

_A = CaseAction
_NO_CLOCK_FLOWS = (Flow.PRAISE, Flow.NO_ACTION)


def _refuse(state: CaseState | None, event: CaseEvent, problem: str) -> IllegalTransition:
    where = state.stage.value if state is not None else "not recorded"
    step = event.action
    return IllegalTransition(
        f"{step.value} ({step.label}) at {fmt(event.at)}: {problem}",
        state=where,
        event=step.value,
    )


def _flow(flow: Flow | None) -> Flow | str:
    """A case's flow as a sentence shows it (before classification: not yet classified)."""
    return _("not yet classified") if flow is None else flow


def _utc(moment: _dt.datetime) -> _dt.datetime:
    """``moment`` in UTC: aware datetimes in one zone compare by wall clock, which is wrong
    in the hour a daylight-saving zone repeats; instants compare correctly in UTC.  A
    moment at the edge of the datetime range is clamped to it."""
    try:
        return moment.astimezone(_dt.timezone.utc)
    except OverflowError:
        edge = _dt.datetime.max if moment.year > 1 else _dt.datetime.min
        return edge.replace(tzinfo=_dt.timezone.utc)


def _check_role(state: CaseState | None, event: CaseEvent, policy: CasePolicy) -> None:
    roles = policy.roles_for(event.action)
    if event.role not in roles:
        who = ", ".join(r.label for r in Role if r in roles)
        own = dict(policy.roles).get(event.action)
        if own is not None and own != DEFAULT_ROLES.get(event.action):
            source = "CasePolicy.roles"
        elif event.action in (_A.APPROVE, _A.REJECT) and policy.sla.source == "D5":
            source = "D5 第条 5"
        else:
            source = "D1 第三条"
        raise _refuse(
            state,
            event,
            f"{event.role.label} ({event.role.value}) may not {event.action.value}; "
            f"only {who} may ({STEP_RULES[event.action]}, {source})",
        )


def _advance(
    state: CaseState | None,
    last: _dt.datetime | None,
    event: CaseEvent,
    complaint: Complaint,
    policy: CasePolicy,
) -> CaseState:
    """The state after ``event``, or :class:`IllegalTransition` (nothing changes)."""
    action = event.action
    if state is None:
        if action is not _A.RECORD:
            raise _refuse(state, event, "a case begins with its record (登记)")
        if _utc(event.at) < _utc(complaint.received_at):
            raise _refuse(
                state,
                event,
                f"it is before the complaint was received ({fmt(complaint.received_at)})",
            )
    else:
        assert last is not None
        if _utc(event.at) < _utc(last):
            raise _refuse(state, event, f"it is before the previous event ({fmt(last)})")
        allowed = next_steps(state)
        if action not in allowed:
            shown = ", ".join(a.value for a in allowed) or "nothing (the case is finished)"
            hint = (
                "; a closed case is not reopened: record the new complaint as a new case"
                if action is _A.REOPEN and state.stage not in OPEN_STAGES
                else ""
            )
            raise _refuse(
                state,
                event,
                f"not allowed while the case is {state.stage.label} ({state.stage.value}); "
                f"allowed: {shown}{hint}",
            )
    _check_role(state, event, policy)
    if action is _A.APPROVE and state is not None and event.role in state.approvals:
        raise _refuse(state, event, f"{event.role.label} has already approved this proposal")
    return advance(
        state,
        action,
        dict(event.data),
        role=event.role,
        approvers=policy.required_approvals,
    )


# --------------------------------------------------------------------------- results


@attrs.frozen
class CaseStatus(Explained):
    """Where a case stands at a moment (:meth:`Case.status`).

    ``stage`` and ``flow`` as of ``at``; ``selection`` the SLA rule that chose the
    targets (``rule`` its rule IDs); ``targets`` each running or finished clock's
    :class:`~custops.sla.Status` (in the policy's order); ``waiting`` the selected targets
    whose clock has not begun (a chained target before its predecessor stops, a promised
    reply before the promise); ``next_steps`` the steps allowed next;
    ``awaiting_approval`` the approvers who have not yet approved a submitted proposal;
    ``approval_late`` whether they took longer than ``CasePolicy.approval_period``
    (the approver's delay, D5 第六条 2); ``reason`` one line.
    """

    at: _dt.datetime
    stage: Stage
    flow: Flow | None
    selection: Selection
    targets: tuple[Status, ...]
    waiting: tuple[str, ...]
    next_steps: tuple[CaseAction, ...]
    awaiting_approval: tuple[Role, ...]
    approval_late: bool
    reason: str
    rule: str

    def __getitem__(self, name: str) -> Status:
        for s in self.targets:
            if s.target == name:
                return s
        raise InvalidInput.for_argument(
            "name",
            name,
            "is not a running or finished target; targets: "
            + (", ".join(s.target for s in self.targets) or "none"),
        )

    @property
    def breaches(self) -> tuple[str, ...]:
        """The targets whose deadline has passed (stopped late, or still open after due)."""
        return tuple(s.target for s in self.targets if s.state is State.BREACHED)

    @property
    def breached(self) -> bool:
        """Whether any target's deadline has passed."""
        return bool(self.breaches)

    @property
    def running(self) -> tuple[Status, ...]:
        """The clocks still running or paused, earliest due first."""
        live = (s for s in self.targets if s.state in (State.RUNNING, State.PAUSED))
        return tuple(sorted(live, key=lambda s: s.due_at))

    def _verdict(self) -> str:
        return _("case status")

    def explain(self) -> str:
        """The status as text: the case line, then one line per target (with its rule)."""
        labels = {t.name: t.label for t in self.selection.targets}
        out = [str(self), *(f"{s.reason} [{s.rule}]" for s in self.targets)]
        out += (_("{target}: waiting", target=named(n, labels.get(n, ""))) for n in self.waiting)
        return "\n  ".join(out)


@attrs.frozen
class Clear:
    """One of the six "clear"s of D13 第十四章 (R-CMP-15).

    ``met`` is ``True``, ``False`` (missing) or ``None`` (does not apply).
    """

    name: str
    label: str
    met: bool | None
    reason: str
    rule: str = "R-CMP-15"


@attrs.frozen
class SixClears(Decision):
    """The checklist of D13 第十四章 for one case (R-CMP-15): allowed when complete.

    ``items`` the six :class:`Clear` s; ``missing`` names the gaps.
    """

    items: tuple[Clear, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """The names of the clears not (yet) met."""
        return tuple(c.name for c in self.items if c.met is False)

    def __getitem__(self, name: str) -> Clear:
        for c in self.items:
            if c.name == name:
                return c
        raise InvalidInput.for_argument(
            "name", name, "is not a clear; one of " + ", ".join(c.name for c in self.items)
        )


# --------------------------------------------------------------------------- Case


def _complaint(_i: Any, _a: Any, value: Any) -> None:
    require_type("complaint", value, Complaint, "a Complaint")


def _events(value: Any) -> tuple[CaseEvent, ...]:
    if isinstance(value, (str, bytes, CaseEvent)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "events", value, f"must be a sequence of CaseEvent, not a {type_name(value)}"
        )
    events = tuple(value)
    for e in events:
        if not isinstance(e, CaseEvent):
            raise InvalidType.for_argument(
                "events", e, f"must hold CaseEvent values, not a {type_name(e)}"
            )
    if not events:
        raise InvalidInput.for_argument("events", value, "must begin with a record event")
    return events


_Clocks = tuple[str, Selection, dict[str, Clock]]  # worded in a language (the first)


@attrs.frozen
class Case:
    """One contact and every event of its handling — immutable; each step a new case.

    Build a case with :meth:`open` (or ``Case(complaint, events, policy=...)``, which
    replays ``events`` under the same rules, so a case stored as its events comes back
    identical).  Move it with :meth:`apply` or the step methods; each takes the moment
    first, then the role that acts.  Times are aware datetimes and never go back; the
    first event is the record, no earlier than the complaint was received.  ``policy``
    names the desk: a :class:`CasePolicy`, an ``SlaPolicy`` or a preset's name.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> t = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="当面", content="说好的赠品没给", complainant="周")
    >>> case = Case.open(c, "客户关系顾问", policy="dealer").classify(
    ...     t, "客户关系经理", kind="投诉", category="销售合同",
    ...     grounds_sufficient=False, demand_reasonable=True)
    >>> case.flow, [a.value for a in case.allowed_events()]
    (<Flow.NOT_ESTABLISHED: 'not_established'>, ['explain', 'reply'])
    >>> done = case.explain(t, "客户关系顾问", "活动已结束").close(t, "客户关系顾问", "客户谅解")
    >>> done.stage, done.six_clears().allowed, Case(c, done.events, policy="dealer") == done
    (<Stage.CLOSED: 'closed'>, True, True)
    """

    complaint: Complaint = attrs.field(validator=_complaint)
    events: tuple[CaseEvent, ...] = attrs.field(converter=_events)
    policy: CasePolicy = attrs.field(kw_only=True, default=None, converter=desk)
    _state: CaseState = attrs.field(init=False, eq=False, repr=False)
    _clocks: _Clocks | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        state: CaseState | None = None
        last: _dt.datetime | None = None
        for event in self.events:
            state = _advance(state, last, event, self.complaint, self.policy)
            last = event.at
        object.__setattr__(self, "_state", state)
        object.__setattr__(self, "_clocks", None)

    # -- building -------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        complaint: Complaint,
        role: Role | str,
        *,
        at: _dt.datetime | None = None,
        note: str = "",
        policy: CasePolicy | SlaPolicy | str | None = None,
    ) -> Case:
        """A case whose first event records ``complaint`` (R-CMP-06, D1 第四条 1).

        ``at`` defaults to the moment the complaint was received; ``role`` is who
        recorded it (the customer-relations adviser or manager; the quality manager for a
        written complaint, D5).  ``policy`` is required: the desk (a :class:`CasePolicy`,
        an ``SlaPolicy`` or a preset's name); without it the case is refused with
        :class:`~custops.errors.PolicyError` — no desk is chosen silently.
        """
        require_type("complaint", complaint, Complaint, "a Complaint")
        desk_policy = desk(policy)
        moment = complaint.received_at if at is None else at
        return cls(complaint, (CaseEvent(moment, _A.RECORD, role, note),), policy=desk_policy)

    def apply(self, event: CaseEvent) -> Case:
        """The case with ``event`` added, or :class:`IllegalTransition` (nothing changes)."""
        require_type("event", event, CaseEvent, "a CaseEvent")
        state = _advance(self._state, self.events[-1].at, event, self.complaint, self.policy)
        new = object.__new__(Case)
        for name, value in (
            ("complaint", self.complaint),
            ("events", (*self.events, event)),
            ("policy", self.policy),
            ("_state", state),
            ("_clocks", None),
        ):
            object.__setattr__(new, name, value)
        return new

    def record(
        self,
        at: _dt.datetime,
        action: CaseAction | str,
        role: Role | str,
        note: str = "",
        **data: Any,
    ) -> Case:
        """The case with the step ``action`` taken at ``at`` by ``role`` (any step by name)."""
        return self.apply(CaseEvent(at, action, role, note, data))

    def classify(
        self,
        at: _dt.datetime,
        role: Role | str,
        *,
        kind: Kind | str | None = None,
        category: Category | str | None = None,
        severity: Severity | str | None = None,
        grounds_sufficient: bool | None = None,
        demand_reasonable: bool | None = None,
        special: bool = False,
        note: str = "",
    ) -> Case:
        """Classify the contact and judge its validity (R-CMP-01/02/05/07; D1 第四条 2).

        Only the customer-relations manager classifies (D1 第三条).  ``kind`` and
        ``category`` default to what :func:`~custops.complaints.classify` reads in the
        complaint's text; ``severity`` to :func:`~custops.complaints.assess_severity`
        under the policy's severity criteria (complaints only).  A general complaint needs
        ``grounds_sufficient`` and ``demand_reasonable`` (R-CMP-05); a major one is
        escalated whatever its validity.  ``special`` marks a special case (R-SLA-09).
        Praise (表扬) and a contact with nothing to handle (无需处理) open no complaint
        flow.  The event records the values chosen, so a replay never re-runs the
        classifier.
        """
        if kind is None or category is None:
            found = classify_text(self.complaint.text)
            kind = found.kind if kind is None else kind
            category = found.category if category is None else category
        resolved = Kind.parse(kind, argument="kind")
        if severity is None:
            severity = (
                assess_severity(self.complaint, policy=self.policy.severity_policy).severity
                if resolved is Kind.COMPLAINT
                else Severity.GENERAL
            )
        return self.record(
            at,
            _A.CLASSIFY,
            role,
            note,
            kind=resolved,
            category=category,
            severity=severity,
            grounds_sufficient=grounds_sufficient,
            demand_reasonable=demand_reasonable,
            special=special,
        )

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
        return self.record(at, _A.ASSIGN, role, note, department=department, handler=handler)

    def agree(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """A preliminary agreement reached **with the customer** (R-SLA-02, D5 第六条 1:
        与客户进行沟通达成初步协议); an internal proposal does not count."""
        return self.record(at, _A.AGREE, role, note)

    def propose(self, at: _dt.datetime, role: Role | str, solution: str = "") -> Case:
        """The handler's cause and solution, and the report submitted for approval
        (D1 第四条 3, R-SLA-01; D5 第六条 2 提出报告, R-SLA-03)."""
        return self.record(at, _A.PROPOSE, role, require_str("solution", solution, nonempty=False))

    def approve(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """One approver approves the proposal; it is approved once every approver has
        (D1 第三条: the GM; D5 第条 5: 质量负责人及经理批示)."""
        return self.record(at, _A.APPROVE, role, note)

    def reject(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """An approver sends the proposal back; the handler proposes again."""
        return self.record(at, _A.REJECT, role, note)

    def notify(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """The customer is told the approved solution (D1 第四条 4): handling completes."""
        return self.record(at, _A.NOTIFY, role, note)

    def reply(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """A reply that reaches the customer (D10 二 1–3.1; D13 跟清晰): it confirms a
        written complaint (R-SLA-06) and stops the reply targets; it is not the answer of a
        quality complaint (R-SLA-08).  Allowed at any open stage; changes no stage."""
        return self.record(at, _A.REPLY, role, note)

    def escalate(
        self,
        at: _dt.datetime,
        role: Role | str,
        *,
        department: Department | str | None = None,
        note: str = "",
    ) -> Case:
        """Pass a major complaint at once to the department manager and the GM (R-CMP-07).

        A general complaint may be escalated while it is handled (from classification
        until the customer is asked about the result): it becomes major.  An unsatisfied
        customer's case is reopened first (R-CMP-08).
        """
        return self.record(at, _A.ESCALATE, role, note, department=department)

    def negotiate(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """The department and customer-relations managers settle with the customer."""
        return self.record(at, _A.NEGOTIATE, role, note)

    def explain(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Answer a complaint that is not established, tactfully (委婉答复, R-CMP-05)."""
        return self.record(at, _A.EXPLAIN, role, note)

    def promise(
        self, at: _dt.datetime, role: Role | str, period: Period | str, note: str = ""
    ) -> Case:
        """Promise a suggestion's reply deadline, counted from ``at`` (R-SLA-12)."""
        return self.record(at, _A.PROMISE, role, note, period=period)

    def answer(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Answer a consultation or a suggestion (D14 四(一), 四(二))."""
        return self.record(at, _A.ANSWER, role, note)

    def commend(
        self, at: _dt.datetime, role: Role | str, department: Department | str, note: str = ""
    ) -> Case:
        """Route praise to the praised staff's ``department`` for commendation (R-CMP-01)."""
        return self.record(at, _A.COMMEND, role, note, department=department)

    def survey(self, at: _dt.datetime, role: Role | str, satisfied: bool, note: str = "") -> Case:
        """Ask whether the customer is satisfied (D1 第四条 5, D5 第六条 3)."""
        return self.record(at, _A.SURVEY, role, note, satisfied=satisfied)

    def reopen(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Handle again: the customer is not satisfied (R-CMP-08, D5 第六条 3 ②)."""
        return self.record(at, _A.REOPEN, role, note)

    def extend(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Declare a special case: the longer handling period applies (R-SLA-09)."""
        return self.record(at, _A.EXTEND, role, note)

    def close(self, at: _dt.datetime, role: Role | str, result: str = "") -> Case:
        """Close the case; ``result`` is what goes into the record (记清晰, R-CMP-15)."""
        return self.record(at, _A.CLOSE, role, require_str("result", result, nonempty=False))

    def review(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Summary, evaluation and improvement (D1 第四条 7, D5 第条 7)."""
        return self.record(at, _A.REVIEW, role, note)

    # -- views ------------------------------------------------------------------------

    @property
    def stage(self) -> Stage:
        """The stage the last event left the case in."""
        return self._state.stage

    @property
    def flow(self) -> Flow | None:
        """The flow, once classified (``None`` before)."""
        return self._state.flow

    @property
    def kind(self) -> Kind | None:
        """The kind of contact, once classified."""
        return self._state.kind

    @property
    def category(self) -> Category | None:
        """The category, once classified."""
        return self._state.category

    @property
    def severity(self) -> Severity | None:
        """The severity, once classified (major after an escalation)."""
        return self._state.severity

    @property
    def validity(self) -> Validity | None:
        """Whether the complaint is established, once judged (R-CMP-05)."""
        return self._state.validity

    @property
    def department(self) -> Department | None:
        """The department assigned (or escalated to, or commending), if any."""
        return self._state.department

    @property
    def handler(self) -> str:
        """The handler named at the last assignment."""
        return self._state.handler

    @property
    def special(self) -> bool:
        """Whether the case is special (R-SLA-09: the longer handling period)."""
        return self._state.special

    @property
    def reopened(self) -> int:
        """How many times the case was handled again (R-CMP-08)."""
        return self._state.reopened

    @property
    def is_open(self) -> bool:
        """Whether the case has not been closed."""
        return self._state.stage in OPEN_STAGES

    @property
    def recorded_at(self) -> _dt.datetime:
        """When the case was recorded (its first event)."""
        return self.events[0].at

    @property
    def closed_at(self) -> _dt.datetime | None:
        """When the case was closed, ``None`` while open."""
        return next((e.at for e in reversed(self.events) if e.action is _A.CLOSE), None)

    @property
    def last_at(self) -> _dt.datetime:
        """The time of the last event."""
        return self.events[-1].at

    def allowed_events(self, role: Role | str | None = None) -> tuple[CaseAction, ...]:
        """The steps allowed next: the flow's next steps first, then those allowed at any
        open stage (reply, escalate, agree, extend).  With ``role``, only the steps that
        role may take (one user's buttons, D1 第三条).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> t = dt.datetime(2025, 10, 9, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> c = Complaint(received_at=t, channel="电话", content="态度差", complainant="周")
        >>> case = Case.open(c, "客户关系顾问", policy="dealer").classify(t, "客户关系经理",
        ...     kind="投诉", category="服务质量", grounds_sufficient=True, demand_reasonable=True)
        >>> [a.value for a in case.allowed_events()]
        ['assign', 'reply', 'escalate', 'extend']
        >>> [a.value for a in case.allowed_events("客户关系顾问")]
        ['reply']
        >>> [a.value for a in case.allowed_events("总经理")]
        ['reply', 'extend']
        """
        steps = next_steps(self._state)
        if role is None:
            return steps
        who = Role.parse(role, argument="role")
        return tuple(a for a in steps if who in self.who_may(a))

    def who_may(self, action: CaseAction | str) -> frozenset[Role]:
        """The roles that may take ``action`` under the case's policy (for ``approve``, those
        who have not yet approved the proposal)."""
        step = CaseAction.parse(action, argument="action")
        roles = self.policy.roles_for(step)
        return roles - self._state.approvals if step is _A.APPROVE else roles

    def history(self) -> tuple[CaseEvent, ...]:
        """Every event, in order (``e.describe()`` gives each as one line)."""
        return self.events

    def describe(self) -> str:
        """One line: the complaint, the stage and flow, and the last event's time."""
        return _(
            "case of {complainant} ({channel}): {stage} ({flow}), last event {at}",
            complainant=self.complaint.complainant,
            channel=self.complaint.channel,
            stage=self.stage,
            flow=_flow(self.flow),
            at=fmt(self.last_at),
        )

    def as_of(self, *, at: _dt.datetime) -> Case:
        """The case as it stood at ``at``: only the events up to ``at``.

        ``at`` before the record is refused.
        """
        moment = require_aware("at", at)
        if _utc(moment) < _utc(self.recorded_at):
            raise InvalidInput.for_argument(
                "at", at, f"is before the case was recorded ({fmt(self.recorded_at)})"
            )
        kept = tuple(e for e in self.events if _utc(e.at) <= _utc(moment))
        if len(kept) == len(self.events):
            return self
        return Case(self.complaint, kept, policy=self.policy)

    # -- SLA ------------------------------------------------------------------------

    def selection(self) -> Selection:
        """The SLA policy's selection for the case as classified so far.

        Before classification the case is taken as a general complaint (the safe side:
        the strictest targets run from receipt).
        """
        st = self._state
        return self.policy.sla.select(
            channel=self.complaint.channel,
            kind=st.kind if st.kind is not None else Kind.COMPLAINT,
            category=st.category,
            severity=st.severity,
            special=st.special,
        )

    def clocks(self) -> dict[str, Clock]:
        """The SLA clocks, replayed from the events (a new dict each call).

        Targets that start with the case start at receipt; a promised reply starts at
        the promise (R-SLA-12); a chained target starts when its predecessor stops; a
        step stops the targets :attr:`CasePolicy.stops` names; a reopen restarts
        :attr:`CasePolicy.restart_on_reopen` (R-CMP-08); closing stops every clock.
        Praise and a contact with nothing to handle run no complaint clock.
        """
        return dict(self._replay()[2])

    def _replay(self) -> _Clocks:
        cached = self._clocks
        if cached is not None and cached[0] == current_language():
            return cached
        sel = self.selection()
        clocks: dict[str, Clock] = {}
        if self._state.flow not in _NO_CLOCK_FLOWS:
            _run_clocks(self, sel, clocks)
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
        cal = policy.sla.work_calendar
        due: _dt.datetime | None = None
        late = False
        for e in self.events:
            if e.action is _A.PROPOSE:
                due = deadline(e.at, period, calendar=cal)
            elif e.action is _A.APPROVE and due is not None:
                late = late or _utc(e.at) > _utc(due)
            elif e.action in (_A.REJECT, _A.REOPEN):
                due = None
        if awaiting and due is not None:
            late = late or _utc(moment) > _utc(due)
        return awaiting, late

    def status(self, *, at: _dt.datetime) -> CaseStatus:
        """Every SLA target's due time and state, and the stage, as of ``at``.

        A function of the events up to ``at`` (later events are ignored, see
        :meth:`as_of`); ``at`` before the record is refused.
        """
        case = self.as_of(at=at)
        moment = case.policy.sla.work_calendar.to_local(at)
        _language, sel, clocks = case._replay()
        statuses: list[Status] = []
        waiting: list[str] = []
        for t in sel.targets:
            clock = clocks.get(t.name)
            if clock is None or _utc(clock.events[0].at) > _utc(moment):
                waiting.append(t.name)
            else:
                statuses.append(clock.status(at=moment))
        late = tuple(named(s.target, s.label) for s in statuses if s.state is State.BREACHED)
        awaiting, approval_late = case._approval(moment)
        where = _(
            "case {stage} ({flow}) at {at}", stage=case.stage, flow=_flow(case.flow), at=fmt(moment)
        )
        parts = [
            where,
            _("{desk} rule {rule}", desk=named(sel.desk, sel.label), rule=quoted(sel.matched)),
        ]
        if late:
            parts.append(_("breached: {targets}", targets=late))
        if awaiting:
            parts.append(_("awaiting approval: {roles}", roles=awaiting))
        return CaseStatus(
            at=moment,
            stage=case.stage,
            flow=case.flow,
            selection=sel,
            targets=tuple(statuses),
            waiting=tuple(waiting),
            next_steps=case.allowed_events(),
            awaiting_approval=awaiting,
            approval_late=approval_late,
            reason=_("; ").join(parts),
            rule=sel.rule or "R-CMP-06",
        )

    # -- checks -------------------------------------------------------------------------

    def six_clears(self) -> SixClears:
        """The six "clear"s of D13 第十四章 as a checklist (R-CMP-15).

        听清晰 the complaint was recorded; 问清晰 it was classified; 跟清晰 it was
        followed to the end (closed); 复清晰 the customer was told the result (notified,
        negotiated with, explained to, answered or thanked — after the last reopen);
        记清晰 the result went into the record (the close carries a result);
        报告 a major complaint was escalated at once (does not apply otherwise).
        """
        events = self.events
        state = self._state
        last_reopen = max((i for i, e in enumerate(events) if e.action is _A.REOPEN), default=-1)
        results = (_A.NOTIFY, _A.NEGOTIATE, _A.EXPLAIN, _A.ANSWER, _A.COMMEND)
        replied = [e for e in events[last_reopen + 1 :] if e.action in results]
        close = next((e for e in events if e.action is _A.CLOSE), None)
        record = events[0]
        told: bool | None = bool(replied) if state.flow is not Flow.NO_ACTION else None
        recorded = close is not None and bool(close.note)
        escalation = next((e for e in events if e.action is _A.ESCALATE), None)
        if replied:
            told_text = _(
                "customer told the result at {at} ({step})",
                at=fmt(replied[-1].at),
                step=replied[-1].action,
            )
        else:
            told_text = (
                _("nothing to tell the customer")
                if told is None
                else _("the customer has not been told the result")
            )
        if close is None:
            closed_text, record_text = _("not yet closed"), _("no result recorded yet")
        else:
            closed_text = _("closed at {at}", at=fmt(close.at))
            record_text = (
                _("result recorded at closing")
                if recorded
                else _("closed without recording the result")
            )
        if state.flow is not Flow.MAJOR:
            report: bool | None = None
            report_text = _("not a major complaint")
        elif escalation is None:
            report, report_text = False, _("a major complaint not yet reported")
        else:
            report = True
            report_text = _(
                "escalated at {at} by {role}", at=fmt(escalation.at), role=escalation.role
            )
        asked = (
            _("classified as {flow}", flow=state.flow) if state.flow else _("not yet classified")
        )
        heard = _("recorded at {at} by {role}", at=fmt(record.at), role=record.role)
        items = (
            Clear("listen", "听清晰", True, heard),
            Clear("ask", "问清晰", state.flow is not None, asked),
            Clear("follow", "跟清晰", close is not None, closed_text),
            Clear("reply", "复清晰", told, told_text),
            Clear("record", "记清晰", recorded, record_text),
            Clear("report", "报告重大投诉", report, report_text),
        )
        missing = tuple(c.label for c in items if c.met is False)
        reason = _("missing: {clears}", clears=missing) if missing else _("all six clears met")
        return SixClears(allowed=not missing, rule="R-CMP-15", reason=reason, items=items)

    @property
    def retention(self) -> Retention:
        """:func:`retention_until` under the case's policy (R-SLA-23)."""
        return retention_until(self)

    def penalty(
        self,
        *,
        at: _dt.datetime,
        loss: Any = None,
        policy: ResponsibilityPolicy | None = None,
    ) -> PenaltyAssessment:
        """The penalties of D1 第六条 for this case as of ``at`` (R-CMP-13).

        ``loss`` defaults to the loss the customer claimed; responsibility counts as
        assigned once an established (or major) complaint has a department; the delayed
        targets are those breached at ``at`` (the handler's delay); a late approval is
        the approver's delay (D5 第六条 2), fined to the approver, not the handler.
        """
        case = self.as_of(at=at)
        status = case.status(at=at)
        assigned = case.flow in (Flow.GENERAL, Flow.MAJOR) and case.department is not None
        return assess_penalty(
            self.complaint.claimed_loss if loss is None else loss,
            delayed=status.breaches,
            approval_delayed=status.approval_late,
            responsibility_assigned=assigned,
            policy=policy,
        )


def _run_clocks(case: Case, sel: Selection, clocks: dict[str, Clock]) -> None:
    """Start and stop the selected targets' clocks as the case's events go (in place)."""
    cal = sel.calendar
    policy = case.policy
    followers: dict[str, list[Target]] = {}
    for t in sel.targets:
        if t.starts_after is not None:
            followers.setdefault(t.starts_after, []).append(t)
        elif t.period is not None:
            clocks[t.name] = Clock.start(
                case.complaint.received_at, t, calendar=cal, special=sel.special, note=_("received")
            )
    promised = case._state.promised

    def stop(name: str, event: CaseEvent) -> None:
        clock = clocks.get(name)
        if clock is None or clock.stopped_at is not None:
            return
        clocks[name] = stopped = clock.stop(event.at, _("by {step}", step=event.action))
        for t in followers.get(name, ()):
            mine = clocks.get(t.name)
            if mine is None:
                if t.period is None and promised is None:
                    continue
                clocks[t.name] = Clock.start_after(
                    t,
                    stopped,
                    special=sel.special,
                    promised=promised if t.period is None else None,
                )
            elif mine.stopped_at is not None:
                clocks[t.name] = mine.restart(
                    event.at,
                    _("after {target} stopped again", target=named(name, stopped.target.label)),
                )

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
                    clocks[name] = clock.restart(event.at, _("reopened (R-CMP-08)"))
        if action is _A.CLOSE:
            while any(c.stopped_at is None for c in clocks.values()):
                for name in list(clocks):
                    stop(name, event)
        else:
            for name in policy.stops_for(action):
                stop(name, event)


def retention_until(
    case: Case, *, important: bool | None = None, policy: RetentionPolicy | None = None
) -> Retention:
    """How long ``case``'s record is kept (R-SLA-23; D10 四 2, D14 四(五)).

    One year from the closing date (the corresponding day, 29 February → 28
    February), important records long-term.  ``important`` defaults to whether the
    case is major (``RetentionPolicy.major_is_important``).  An open case is kept while
    it is open.  ``policy`` defaults to the case's.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> t = dt.datetime(2024, 2, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="电话", content="请问几点开门", complainant="吴")
    >>> case = Case.open(c, "客户关系顾问", policy="tobacco").classify(t, "客户关系经理",
    ...     kind="咨询", category="其他").answer(t, "客户关系顾问")
    >>> case = case.close(t, "客户关系顾问", "已答复")
    >>> retention_until(case).kept_until_on
    datetime.date(2025, 2, 28)
    >>> retention_until(case, important=True).long_term
    True
    """
    require_type("case", case, Case, "a Case")
    rules = case.policy.retention if policy is None else policy_or_default(policy, RetentionPolicy)
    if important is None:
        important = rules.major_is_important and case.flow is Flow.MAJOR
        why = _("a major case") if important else _("an ordinary case")
    else:
        important = require_bool("important", important)
        why = _("marked important") if important else _("marked ordinary")
    closed = case.closed_at
    day = None if closed is None else case.policy.sla.work_calendar.to_local(closed).date()
    return keep_record(day, important=important, why=why, policy=rules)
