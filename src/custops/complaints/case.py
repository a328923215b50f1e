"""Complaint cases: the workflow from intake to review, with its SLA clocks.

A :class:`Case` is an immutable record of a contact (a :class:`Complaint`) and of every
event of its handling — each with its time and the :class:`Role` that acted.  It
follows the seed's flows (R-CMP-06, R-CMP-07, R-CMP-05, R-CMP-01, R-CMP-08):

* **general complaint** (D1 第四条, D5 第条): record → classify and judge validity →
  assign the department → investigate and propose a solution → the GM approves →
  notify the customer → ask whether they are satisfied → close → review;
* **major complaint** (D1 第四条, D13 第十四章 六): record → classify as major →
  escalate at once to the department manager and the GM → negotiate with the customer
  → satisfaction → close → review;
* **not established** (R-CMP-05): explain tactfully → close;
* **consultation** (D14 四(一)): answer → close; **suggestion** (D14 四(二)): promise a
  reply deadline (optional) → answer → close;
* **the loop** (R-CMP-08, D5 第六条 3 ②): an unsatisfied customer's case is reopened
  and handled again until they are satisfied.

Each step returns a new case; a step the flow or the roles do not allow raises
:class:`~custops.errors.IllegalTransition` and the case is unchanged.  The case starts
and stops the clocks of an SLA policy (:mod:`custops.sla.presets`) as it moves, so
:meth:`Case.status` gives every target's due time and state.

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> from custops.complaints import Complaint
>>> from custops.sla import presets
>>> sh = ZoneInfo("Asia/Shanghai")
>>> c = Complaint(received_at=dt.datetime(2025, 9, 30, 16, 0, tzinfo=sh), channel="电话",
...               content="服务员态度很差", complainant="李女士")
>>> case = Case.open(c, "客户关系顾问", policy=CasePolicy(sla=presets.TOBACCO))
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
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from custops._validate import (
    require_aware,
    require_bool,
    require_int,
    require_str,
    require_type,
    type_name,
)
from custops.complaints.classifier import classify as classify_text
from custops.complaints.model import (
    Category,
    Complaint,
    Department,
    Kind,
    Role,
    Severity,
    Validity,
    to_enum,
)
from custops.complaints.penalties import PenaltyAssessment, ResponsibilityPolicy, assess_penalty
from custops.complaints.severity import SeverityCriteria, assess_severity
from custops.enums import LabelledEnum
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.periods import Period
from custops.sla import Clock, Selection, SlaPolicy, State, Status, Target, presets

__all__ = [
    "Case",
    "CaseAction",
    "CaseEvent",
    "CasePolicy",
    "CaseStatus",
    "Clear",
    "Flow",
    "Retention",
    "RetentionPolicy",
    "SixClears",
    "Stage",
    "retention_until",
]


# --------------------------------------------------------------------------- enums


class Flow(LabelledEnum):
    """Which of the seed's flows a case follows; known once it is classified."""

    GENERAL = ("general", "一般投诉", "general complaint")
    MAJOR = ("major", "重大投诉", "major complaint")
    NOT_ESTABLISHED = ("not_established", "投诉不成立", "unfounded")
    CONSULTATION = ("consultation", "咨询", "客户咨询")
    SUGGESTION = ("suggestion", "建议", "推荐", "客户建议")


class Stage(LabelledEnum):
    """Where a case stands: the stage its last step left it in."""

    RECORDED = ("recorded", "已登记")
    CLASSIFIED = ("classified", "已定性", "已分类")
    ASSIGNED = ("assigned", "已分派", "调查处理中")
    PROPOSED = ("proposed", "已提出方案", "待批准")
    APPROVED = ("approved", "已批准")
    NOTIFIED = ("notified", "已通知客户")
    ESCALATED = ("escalated", "已上报", "紧急处理中")
    NEGOTIATED = ("negotiated", "已协商")
    EXPLAINED = ("explained", "已解释", "已委婉答复")
    PROMISED = ("promised", "已承诺期限")
    ANSWERED = ("answered", "已答复")
    SATISFIED = ("satisfied", "客户满意")
    UNSATISFIED = ("unsatisfied", "客户不满意")
    CLOSED = ("closed", "已结案")
    REVIEWED = ("reviewed", "已总结")


class CaseAction(LabelledEnum):
    """The kinds of event of a case (one per step; :meth:`Case.allowed_events` lists them)."""

    RECORD = ("record", "登记", "记录")
    CLASSIFY = ("classify", "定性", "分类", "判定")
    ASSIGN = ("assign", "分派", "确定受理部门")
    PROPOSE = ("propose", "提出解决办法", "提出方案")
    APPROVE = ("approve", "批准")
    REJECT = ("reject", "驳回")
    NOTIFY = ("notify", "通知客户")
    REPLY = ("reply", "回复客户", "回复", "答复客户")
    ESCALATE = ("escalate", "上报", "立即上报")
    NEGOTIATE = ("negotiate", "协商", "协商解决")
    EXPLAIN = ("explain", "委婉解释", "解释")
    PROMISE = ("promise", "承诺回复期限", "承诺期限")
    ANSWER = ("answer", "解答", "答复")
    SURVEY = ("survey", "满意度回访", "回访", "询问满意度")
    REOPEN = ("reopen", "再次处理", "重新处理")
    EXTEND = ("extend", "特殊情况延期", "延期", "special case")
    CLOSE = ("close", "结案", "关闭")
    REVIEW = ("review", "总结评价", "总结")


_A = CaseAction
_COMPLAINT_FLOWS = (Flow.GENERAL, Flow.MAJOR, Flow.NOT_ESTABLISHED)
_OPEN_STAGES = frozenset(Stage) - {Stage.CLOSED, Stage.REVIEWED}

#: The rule behind each step (cited in refusals).
_RULES: dict[CaseAction, str] = {
    _A.RECORD: "R-CMP-06",
    _A.CLASSIFY: "R-CMP-06, R-CMP-05",
    _A.ASSIGN: "R-CMP-06",
    _A.PROPOSE: "R-CMP-06, R-SLA-01",
    _A.REJECT: "R-CMP-06",
    _A.APPROVE: "R-CMP-06",
    _A.NOTIFY: "R-CMP-06",
    _A.REPLY: "R-CMP-15, R-SLA-05",
    _A.ESCALATE: "R-CMP-07, R-CMP-15",
    _A.NEGOTIATE: "R-CMP-07",
    _A.EXPLAIN: "R-CMP-05",
    _A.PROMISE: "R-SLA-12",
    _A.ANSWER: "R-CMP-01, R-SLA-11",
    _A.SURVEY: "R-CMP-06, R-SLA-04",
    _A.REOPEN: "R-CMP-08",
    _A.EXTEND: "R-SLA-09",
    _A.CLOSE: "R-CMP-06",
    _A.REVIEW: "R-CMP-06",
}


def _fmt(t: _dt.datetime) -> str:
    return t.isoformat(sep=" ", timespec="minutes")


# --------------------------------------------------------------------------- events


def _opt_bool(argument: str, value: Any) -> bool | None:
    return None if value is None else require_bool(argument, value)


def _period(argument: str, value: Any) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period.parse(value, argument=argument)
    raise InvalidType.for_argument(
        argument, value, f"must be a Period or a str such as '5个工作日', not a {type_name(value)}"
    )


def _enum(cls: Any) -> Callable[[str, Any], Any]:
    def convert(argument: str, value: Any) -> Any:
        return to_enum(cls, argument, value)

    return convert


def _text(argument: str, value: Any) -> str:
    return require_str(argument, value, nonempty=False).strip()


def _opt_department(argument: str, value: Any) -> Department | None:
    return None if value is None else to_enum(Department, argument, value)


_Field = tuple[Callable[[str, Any], Any], bool, Any]

#: What each kind of event carries in ``data``: name -> (converter, required, default).
_SCHEMA: dict[CaseAction, dict[str, _Field]] = {
    _A.CLASSIFY: {
        "kind": (_enum(Kind), True, None),
        "category": (_enum(Category), True, None),
        "severity": (_enum(Severity), False, Severity.GENERAL),
        "grounds_sufficient": (_opt_bool, False, None),
        "demand_reasonable": (_opt_bool, False, None),
        "special": (require_bool, False, False),
    },
    _A.ASSIGN: {"department": (_enum(Department), True, None), "handler": (_text, False, "")},
    _A.ESCALATE: {"department": (_opt_department, False, None)},
    _A.PROMISE: {"period": (_period, True, None)},
    _A.SURVEY: {"satisfied": (require_bool, True, None)},
}


def _action(value: Any) -> CaseAction:
    return to_enum(CaseAction, "kind", value)


def _event_at(value: Any) -> _dt.datetime:
    return require_aware("at", value)


def _role(value: Any) -> Role:
    return to_enum(Role, "role", value)


def _note(value: Any) -> str:
    return require_str("note", value, nonempty=False).strip()


def _raw_data(value: Any) -> Any:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in value):
        return dict(value)
    raise InvalidType.for_argument(
        "data", value, f"must be a mapping name -> value, not a {type_name(value)}"
    )


@attrs.frozen
class CaseEvent:
    """One event of a case: what was done (``kind``), when, by which role, a note, data.

    ``data`` depends on the kind and is checked and normalised here (labels become
    enum members, texts become periods); a kind without data takes none:

    * ``classify``: ``kind``, ``category`` (required), ``severity`` (default general),
      ``grounds_sufficient`` and ``demand_reasonable`` (required for a general
      complaint, R-CMP-05), ``special`` (R-SLA-09, default false);
    * ``assign``: ``department`` (required), ``handler`` (the 受理责任人, optional);
    * ``escalate``: ``department`` (the responsible department, optional);
    * ``promise``: ``period`` (the reply deadline promised, R-SLA-12);
    * ``survey``: ``satisfied`` (bool).

    ``data`` is stored as sorted ``(name, value)`` pairs, so events are hashable.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> e = CaseEvent("定性", dt.datetime(2025, 10, 9, 9, tzinfo=ZoneInfo("Asia/Shanghai")),
    ...               "客户关系经理", data={"kind": "投诉", "category": "服务质量",
    ...               "grounds_sufficient": True, "demand_reasonable": True})
    >>> e.kind, e.role, e.get("category"), e.get("severity")
    (<CaseAction.CLASSIFY: 'classify'>, <Role.CUSTOMER_RELATIONS_MANAGER: \
'customer_relations_manager'>, <Category.SERVICE_QUALITY: 'service_quality'>, \
<Severity.GENERAL: 'general'>)
    >>> CaseEvent("survey", e.at, "客户关系顾问")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: data: survey needs 'satisfied' (got {})
    """

    kind: CaseAction = attrs.field(converter=_action)
    at: _dt.datetime = attrs.field(converter=_event_at)
    role: Role = attrs.field(converter=_role)
    note: str = attrs.field(default="", converter=_note)
    data: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_raw_data)

    def __attrs_post_init__(self) -> None:
        raw: dict[str, Any] = self.data  # type: ignore[assignment]
        schema = _SCHEMA.get(self.kind, {})
        unknown = sorted(k for k in raw if k not in schema)
        if unknown:
            known = ", ".join(schema) or "nothing"
            raise InvalidInput.for_argument(
                "data", raw, f"{self.kind.value} takes {known}; unknown: {', '.join(unknown)}"
            )
        out: dict[str, Any] = {}
        for name, (convert, required, default) in schema.items():
            if raw.get(name) is None:
                if required:
                    raise InvalidInput.for_argument(
                        "data", raw, f"{self.kind.value} needs {name!r}"
                    )
                out[name] = default
            else:
                out[name] = convert(name, raw[name])
        if self.kind is _A.CLASSIFY:
            _check_classification(out, raw)
        object.__setattr__(self, "data", tuple(sorted(out.items())))

    def get(self, name: str, default: Any = None) -> Any:
        """The data value called ``name`` (``default`` when absent)."""
        require_str("name", name)
        for key, value in self.data:
            if key == name:
                return value
        return default

    def describe(self) -> str:
        """One line: time, step, role, data and note."""
        data = ", ".join(
            f"{k}={getattr(v, 'label', v)}" for k, v in self.data if v is not None and v != ""
        )
        extra = f" [{data}]" if data else ""
        note = f" — {self.note}" if self.note else ""
        step = f"{self.kind.label} ({self.kind.value})"
        return f"{_fmt(self.at)} {step} by {self.role.label}{extra}{note}"


def _check_classification(out: dict[str, Any], raw: Mapping[str, Any]) -> None:
    kind, severity = out["kind"], out["severity"]
    judged = out["grounds_sufficient"] is not None or out["demand_reasonable"] is not None
    if kind is not Kind.COMPLAINT:
        for name, bad in (
            ("severity", severity is not Severity.GENERAL),
            ("special", out["special"]),
            ("grounds_sufficient", judged),
        ):
            if bad:
                raise InvalidInput.for_argument(
                    "data", raw, f"{name}: only a complaint has it, not a {kind.value}"
                )
        return
    complete = out["grounds_sufficient"] is not None and out["demand_reasonable"] is not None
    if judged and not complete:
        raise InvalidInput.for_argument(
            "data", raw, "judge both grounds_sufficient and demand_reasonable (R-CMP-05)"
        )
    if severity is Severity.GENERAL and not complete:
        raise InvalidInput.for_argument(
            "data",
            raw,
            "a general complaint needs its validity judged: grounds_sufficient and "
            "demand_reasonable (R-CMP-05)",
        )


# --------------------------------------------------------------------------- policy

_R = Role
_DESK = frozenset({_R.CUSTOMER_RELATIONS_ADVISER, _R.CUSTOMER_RELATIONS_MANAGER})
_DEPARTMENT_HEADS = frozenset(
    {_R.SALES_MANAGER, _R.SERVICE_MANAGER, _R.DEPARTMENT_MANAGER, _R.QUALITY_MANAGER}
)
_CRM = frozenset({_R.CUSTOMER_RELATIONS_MANAGER})
_EVERYONE = frozenset(Role)

#: Who may take each step (D1 第三条, D5 第五条/第六条); see :class:`CasePolicy`.
DEFAULT_ROLES: dict[CaseAction, frozenset[Role]] = {
    _A.RECORD: _DESK | {_R.QUALITY_MANAGER},
    _A.CLASSIFY: _CRM,
    _A.ASSIGN: _CRM,
    _A.PROPOSE: _DEPARTMENT_HEADS,
    _A.REJECT: frozenset({_R.GENERAL_MANAGER}),
    _A.APPROVE: frozenset({_R.GENERAL_MANAGER}),
    _A.NOTIFY: _DESK,
    _A.REPLY: _EVERYONE,
    _A.ESCALATE: _CRM,
    _A.NEGOTIATE: _CRM | _DEPARTMENT_HEADS,
    _A.EXPLAIN: _DESK | _DEPARTMENT_HEADS,
    _A.PROMISE: _EVERYONE,
    _A.ANSWER: _EVERYONE,
    _A.SURVEY: _DESK | {_R.QUALITY_MANAGER},
    _A.REOPEN: _CRM | {_R.QUALITY_MANAGER},
    _A.EXTEND: _CRM | {_R.GENERAL_MANAGER},
    _A.CLOSE: _DESK | {_R.QUALITY_MANAGER},
    _A.REVIEW: _CRM | _DEPARTMENT_HEADS | {_R.GENERAL_MANAGER},
}

#: Which SLA targets (by name, across the presets) each step stops.
DEFAULT_STOPS: dict[CaseAction, tuple[str, ...]] = {
    _A.RECORD: ("register", "acknowledge"),
    _A.REPLY: ("reply", "acknowledge", "quality_reply"),
    _A.PROPOSE: ("solution", "agreement"),
    _A.APPROVE: ("report",),
    _A.NOTIFY: ("register", "acknowledge", "reply", "quality_reply", "resolve"),
    _A.NEGOTIATE: (
        "solution",
        "agreement",
        "report",
        "register",
        "acknowledge",
        "reply",
        "quality_reply",
        "resolve",
    ),
    _A.EXPLAIN: (
        "solution",
        "agreement",
        "register",
        "acknowledge",
        "reply",
        "quality_reply",
        "resolve",
    ),
    _A.ANSWER: (
        "solution",
        "agreement",
        "register",
        "acknowledge",
        "reply",
        "promised_reply",
        "quality_reply",
        "resolve",
    ),
    _A.SURVEY: ("follow_up", "feedback"),
}

#: Targets that begin a new cycle when a case is reopened (R-CMP-08, R-SLA-04).
DEFAULT_RESTARTS = frozenset({"solution", "agreement", "resolve"})


def _roles_table(value: Any) -> tuple[tuple[CaseAction, frozenset[Role]], ...]:
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(
            "roles", value, f"must be a mapping step -> roles, not a {type_name(value)}"
        )
    table = dict(DEFAULT_ROLES)
    for key, roles in value.items():
        action = to_enum(CaseAction, "roles", key)
        items = (roles,) if isinstance(roles, (str, Role)) else roles
        if not isinstance(items, Iterable):
            raise InvalidType.for_argument(
                "roles", roles, f"must be a set of roles, not a {type_name(roles)}"
            )
        chosen = frozenset(to_enum(Role, "roles", r) for r in items)
        if not chosen:
            raise PolicyError.for_argument(
                "roles", action.value, "no role may take this step, so no case could pass it"
            )
        table[action] = chosen
    return tuple((a, table[a]) for a in CaseAction)


def _stops_table(value: Any) -> tuple[tuple[CaseAction, tuple[str, ...]], ...]:
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(
            "stops", value, f"must be a mapping step -> target names, not a {type_name(value)}"
        )
    table = dict(DEFAULT_STOPS)
    for key, names in value.items():
        action = to_enum(CaseAction, "stops", key)
        if isinstance(names, str) or not isinstance(names, Iterable):
            raise InvalidType.for_argument(
                "stops", names, f"must be a sequence of target names, not a {type_name(names)}"
            )
        table[action] = tuple(require_str("stops", n).strip() for n in names)
    return tuple((a, table[a]) for a in CaseAction if a in table)


def _names(value: Any) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "restart_on_reopen", value, f"must be a set of target names, not a {type_name(value)}"
        )
    return frozenset(require_str("restart_on_reopen", n).strip() for n in value)


def _typed(cls: type, argument: str) -> Callable[[Any, Any, Any], None]:
    def check(_instance: Any, _attribute: Any, value: Any) -> None:
        require_type(argument, value, cls, f"a {cls.__name__}")

    return check


@attrs.frozen
class RetentionPolicy:
    """How long complaint records are kept (R-SLA-23; D10 四 2, D14 四(五)).

    ``ordinary_years``: ordinary records, counted from the closing date (default 1,
    资料保存一年); ``important_years``: important records, ``None`` for long-term
    (长期保存, the default); ``major_is_important``: whether a major case is
    important (default true — the seed does not say which records are important).

    >>> RetentionPolicy(ordinary_years=2, important_years=1)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: important_years: important records must be kept at least \
as long as ordinary ones (2 years) (got 1)
    """

    ordinary_years: int = attrs.field(default=1)
    important_years: int | None = attrs.field(default=None)
    major_is_important: bool = attrs.field(default=True)

    def __attrs_post_init__(self) -> None:
        require_int("ordinary_years", self.ordinary_years, minimum=1)
        if self.important_years is not None:
            require_int("important_years", self.important_years, minimum=1)
            if self.important_years < self.ordinary_years:
                raise PolicyError.for_argument(
                    "important_years",
                    self.important_years,
                    "important records must be kept at least as long as ordinary ones "
                    f"({self.ordinary_years} year{'s' * (self.ordinary_years > 1)})",
                )
        require_bool("major_is_important", self.major_is_important)


def _sla_policy(value: SlaPolicy | str) -> SlaPolicy:
    """A preset's name (``"winery"``, ``"D10"``) as its :class:`SlaPolicy`; anything else as
    is (the validator refuses what is not a :class:`SlaPolicy`)."""
    if not isinstance(value, str):
        return value
    try:
        return presets.get(value)
    except InvalidInput as error:
        problem = error.message.split(": ", 1)[1].rsplit(" (got ", 1)[0]
        raise InvalidInput.for_argument("sla", value, problem) from None


@attrs.frozen
class CasePolicy:
    """How a desk runs its cases: SLA, roles, which steps stop which clocks, retention.

    * ``sla``: the :class:`~custops.sla.SlaPolicy` whose targets the case runs, or the name
      of a preset (``"winery"``, ``"酒厂"``, ``"D10"``) (default
      :data:`custops.sla.presets.DEALER`, the desk of D1 whose flow this is);
    * ``roles``: who may take each step — a mapping step → roles that *overrides* the
      defaults step by step (D1 第三条: only the GM approves a solution, the
      customer-relations manager classifies and assigns; D5: the quality manager
      records written complaints, phones the customer and handles a case again);
    * ``stops``: which targets each step stops, overriding the defaults step by step;
      a target stops at its first step that finds it running, and every clock still
      open stops when the case is closed;
    * ``restart_on_reopen``: the targets that begin a new cycle when the case is
      reopened (R-CMP-08): the solution, the agreement and the handling period;
    * ``criteria``: what makes a complaint major when :meth:`Case.classify` is not
      told (R-CMP-07); ``retention``: :class:`RetentionPolicy` (R-SLA-23).

    >>> p = CasePolicy(roles={"approve": {"总经理", "质量负责人"}})
    >>> sorted(r.value for r in p.roles_for("approve"))
    ['general_manager', 'quality_manager']
    >>> CasePolicy(roles={"approve": ()})
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: roles: no role may take this step, so no case could pass it \
(got 'approve')
    """

    sla: SlaPolicy = attrs.field(
        default=presets.DEALER, converter=_sla_policy, validator=_typed(SlaPolicy, "sla")
    )
    roles: tuple[tuple[CaseAction, frozenset[Role]], ...] = attrs.field(
        factory=dict, converter=_roles_table
    )
    stops: tuple[tuple[CaseAction, tuple[str, ...]], ...] = attrs.field(
        factory=dict, converter=_stops_table
    )
    restart_on_reopen: frozenset[str] = attrs.field(default=DEFAULT_RESTARTS, converter=_names)
    criteria: SeverityCriteria = attrs.field(
        factory=SeverityCriteria, validator=_typed(SeverityCriteria, "criteria")
    )
    retention: RetentionPolicy = attrs.field(
        factory=RetentionPolicy, validator=_typed(RetentionPolicy, "retention")
    )

    _role_map: dict[CaseAction, frozenset[Role]] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )
    _stop_map: dict[CaseAction, tuple[str, ...]] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_role_map", dict(self.roles))
        object.__setattr__(self, "_stop_map", dict(self.stops))

    def roles_for(self, action: CaseAction | str) -> frozenset[Role]:
        """The roles that may take ``action``."""
        step = action if isinstance(action, CaseAction) else to_enum(CaseAction, "action", action)
        return self._role_map[step]

    def stops_for(self, action: CaseAction | str) -> tuple[str, ...]:
        """The target names ``action`` stops (every open clock for ``close``)."""
        step = action if isinstance(action, CaseAction) else to_enum(CaseAction, "action", action)
        return self._stop_map.get(step, ())


# --------------------------------------------------------------------------- state


@attrs.frozen
class _State:
    """What the events so far have made of the case (private; derived, never stored)."""

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
    reopened: int = 0
    satisfied: bool | None = None


def _allowed(state: _State) -> tuple[CaseAction, ...]:
    s, f = state.stage, state.flow
    nxt: set[CaseAction] = set()
    if s is Stage.RECORDED:
        nxt.add(_A.CLASSIFY)
    elif s is Stage.CLASSIFIED:
        nxt |= (
            {
                Flow.GENERAL: {_A.ASSIGN},
                Flow.MAJOR: {_A.ESCALATE},
                Flow.NOT_ESTABLISHED: {_A.EXPLAIN},
                Flow.CONSULTATION: {_A.ANSWER},
                Flow.SUGGESTION: {_A.PROMISE, _A.ANSWER},
            }[f]
            if f is not None
            else set()
        )
    elif s is Stage.ASSIGNED:
        nxt |= {_A.ASSIGN, _A.PROPOSE}
    elif s is Stage.PROPOSED:
        nxt |= {_A.APPROVE, _A.REJECT}
    elif s is Stage.APPROVED:
        nxt.add(_A.NOTIFY)
    elif s in (Stage.NOTIFIED, Stage.NEGOTIATED):
        nxt.add(_A.SURVEY)
    elif s is Stage.ESCALATED:
        nxt.add(_A.NEGOTIATE)
    elif s is Stage.PROMISED:
        nxt.add(_A.ANSWER)
    elif s in (Stage.EXPLAINED, Stage.ANSWERED, Stage.SATISFIED):
        nxt.add(_A.CLOSE)
    elif s is Stage.UNSATISFIED:
        nxt.add(_A.REOPEN)
    elif s is Stage.CLOSED and f in _COMPLAINT_FLOWS:
        nxt.add(_A.REVIEW)
    side: list[CaseAction] = []
    if s in _OPEN_STAGES:
        side.append(_A.REPLY)
        if f is Flow.GENERAL and s not in (Stage.SATISFIED, Stage.UNSATISFIED):
            side.append(_A.ESCALATE)
        handling = (Stage.CLASSIFIED, Stage.ASSIGNED, Stage.PROPOSED, Stage.APPROVED)
        live = s in handling or s is Stage.ESCALATED
        if f in (Flow.GENERAL, Flow.MAJOR) and not state.special and live:
            side.append(_A.EXTEND)
    main = tuple(a for a in CaseAction if a in nxt)
    return main + tuple(a for a in side if a not in nxt)


def _refuse(state: _State | None, event: CaseEvent, problem: str) -> IllegalTransition:
    where = state.stage.value if state is not None else "not recorded"
    return IllegalTransition(
        f"{event.kind.value} ({event.kind.label}) at {_fmt(event.at)}: {problem}",
        state=where,
        event=event.kind.value,
    )


def _utc(moment: _dt.datetime) -> _dt.datetime:
    """``moment`` in UTC: aware datetimes in one zone compare by wall clock, which is wrong
    in the hour a daylight-saving zone repeats; instants compare correctly in UTC."""
    return moment.astimezone(_dt.timezone.utc)


def _advance(
    state: _State | None,
    last: _dt.datetime | None,
    event: CaseEvent,
    complaint: Complaint,
    policy: CasePolicy,
) -> _State:
    """The state after ``event``, or :class:`IllegalTransition` (nothing changes)."""
    kind = event.kind
    if state is None:
        if kind is not _A.RECORD:
            raise _refuse(state, event, "a case begins with its record (登记)")
        if _utc(event.at) < _utc(complaint.received_at):
            raise _refuse(
                state,
                event,
                f"it is before the complaint was received ({_fmt(complaint.received_at)})",
            )
        _check_role(state, event, policy)
        return _State(stage=Stage.RECORDED)
    assert last is not None
    if _utc(event.at) < _utc(last):
        raise _refuse(state, event, f"it is before the previous event ({_fmt(last)})")
    allowed = _allowed(state)
    if kind not in allowed:
        shown = ", ".join(a.value for a in allowed) or "nothing (the case is finished)"
        hint = (
            "; a closed case is not reopened: record the new complaint as a new case"
            if kind is _A.REOPEN and state.stage not in _OPEN_STAGES
            else ""
        )
        raise _refuse(
            state,
            event,
            f"not allowed while the case is {state.stage.label} ({state.stage.value}); "
            f"allowed: {shown}{hint}",
        )
    _check_role(state, event, policy)
    ev = attrs.evolve
    if kind is _A.CLASSIFY:
        return _classified(state, event)
    if kind is _A.ASSIGN:
        return ev(
            state,
            stage=Stage.ASSIGNED,
            department=event.get("department"),
            handler=event.get("handler"),
        )
    if kind is _A.PROPOSE:
        return ev(state, stage=Stage.PROPOSED)
    if kind is _A.REJECT:
        return ev(state, stage=Stage.ASSIGNED)
    if kind is _A.APPROVE:
        return ev(state, stage=Stage.APPROVED)
    if kind is _A.NOTIFY:
        return ev(state, stage=Stage.NOTIFIED)
    if kind is _A.ESCALATE:
        department = event.get("department") or state.department
        return ev(
            state,
            stage=Stage.ESCALATED,
            flow=Flow.MAJOR,
            severity=Severity.MAJOR,
            department=department,
        )
    if kind is _A.NEGOTIATE:
        return ev(state, stage=Stage.NEGOTIATED)
    if kind is _A.EXPLAIN:
        return ev(state, stage=Stage.EXPLAINED)
    if kind is _A.PROMISE:
        return ev(state, stage=Stage.PROMISED, promised=event.get("period"))
    if kind is _A.ANSWER:
        return ev(state, stage=Stage.ANSWERED)
    if kind is _A.SURVEY:
        happy = bool(event.get("satisfied"))
        return ev(state, stage=Stage.SATISFIED if happy else Stage.UNSATISFIED, satisfied=happy)
    if kind is _A.REOPEN:
        again = Stage.ESCALATED if state.flow is Flow.MAJOR else Stage.ASSIGNED
        return ev(state, stage=again, reopened=state.reopened + 1, satisfied=None)
    if kind is _A.EXTEND:
        return ev(state, special=True)
    if kind is _A.CLOSE:
        return ev(state, stage=Stage.CLOSED)
    if kind is _A.REVIEW:
        return ev(state, stage=Stage.REVIEWED)
    return state  # REPLY: the stage does not change


def _classified(state: _State, event: CaseEvent) -> _State:
    kind: Kind = event.get("kind")
    severity: Severity = event.get("severity")
    grounds, demand = event.get("grounds_sufficient"), event.get("demand_reasonable")
    validity = None
    if grounds is not None and demand is not None:
        validity = Validity.ESTABLISHED if grounds and demand else Validity.NOT_ESTABLISHED
    if kind is Kind.CONSULTATION:
        flow = Flow.CONSULTATION
    elif kind is Kind.SUGGESTION:
        flow = Flow.SUGGESTION
    elif severity is Severity.MAJOR:
        flow = Flow.MAJOR  # reported at once, whatever its validity (D13 第十四章 六)
    elif validity is Validity.ESTABLISHED:
        flow = Flow.GENERAL
    else:
        flow = Flow.NOT_ESTABLISHED
    return attrs.evolve(
        state,
        stage=Stage.CLASSIFIED,
        flow=flow,
        kind=kind,
        category=event.get("category"),
        severity=severity,
        validity=validity,
        special=bool(event.get("special")),
    )


def _check_role(state: _State | None, event: CaseEvent, policy: CasePolicy) -> None:
    roles = policy.roles_for(event.kind)
    if event.role not in roles:
        who = ", ".join(r.label for r in Role if r in roles)
        source = "D1 第三条" if roles == DEFAULT_ROLES[event.kind] else "CasePolicy.roles"
        raise _refuse(
            state,
            event,
            f"{event.role.label} ({event.role.value}) may not {event.kind.value}; "
            f"only {who} may ({_RULES[event.kind]}, {source})",
        )


# --------------------------------------------------------------------------- results


@attrs.frozen
class CaseStatus:
    """Where a case stands at a moment (:meth:`Case.status`).

    ``stage`` and ``flow`` as of ``at``; ``selection`` the SLA rule that chose the
    targets; ``targets`` each running or finished clock's :class:`~custops.sla.Status`
    (in the policy's order); ``waiting`` the selected targets whose clock has not begun
    (a chained target before its predecessor stops, a promised reply before the
    promise); ``allowed`` the steps allowed next; ``reason`` one line.
    """

    at: _dt.datetime
    stage: Stage
    flow: Flow | None
    selection: Selection
    targets: tuple[Status, ...]
    waiting: tuple[str, ...]
    allowed: tuple[CaseAction, ...]
    reason: str

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
    def breached(self) -> tuple[str, ...]:
        """The targets whose deadline has passed (stopped late, or still open after due)."""
        return tuple(s.target for s in self.targets if s.state is State.BREACHED)

    @property
    def open(self) -> tuple[Status, ...]:
        """The clocks still running or paused, earliest due first."""
        live = (s for s in self.targets if s.state in (State.RUNNING, State.PAUSED))
        return tuple(sorted(live, key=lambda s: s.due))

    def lines(self) -> tuple[str, ...]:
        """The status as text: the case line, then one line per target."""
        out = [self.reason]
        out.extend(f"  {s.reason}" for s in self.targets)
        out.extend(f"  {name}: waiting" for name in self.waiting)
        return tuple(out)


@attrs.frozen
class Clear:
    """One of the six "clear"s of D13 第十四章 (R-CMP-15).

    ``met`` is ``True``, ``False`` (missing) or ``None`` (does not apply).
    """

    name: str
    label: str
    met: bool | None
    reason: str


@attrs.frozen
class SixClears:
    """The checklist of D13 第十四章 for one case (R-CMP-15); ``missing`` names the gaps."""

    items: tuple[Clear, ...]
    reason: str
    rule: str = "R-CMP-15"

    @property
    def missing(self) -> tuple[str, ...]:
        """The names of the clears not (yet) met."""
        return tuple(c.name for c in self.items if c.met is False)

    @property
    def complete(self) -> bool:
        """Whether every clear that applies is met."""
        return not self.missing

    def __getitem__(self, name: str) -> Clear:
        for c in self.items:
            if c.name == name:
                return c
        raise InvalidInput.for_argument(
            "name", name, "is not a clear; one of " + ", ".join(c.name for c in self.items)
        )


@attrs.frozen
class Retention:
    """How long a case's record is kept (R-SLA-23).

    ``until`` the last day it must be kept (``None`` while the case is open, or when it
    is kept long-term); ``long_term`` whether it is kept without end (长期保存);
    ``important`` whether it counted as important; ``closed_on`` the closing date.
    """

    important: bool
    closed_on: _dt.date | None
    until: _dt.date | None
    long_term: bool
    reason: str
    rule: str = "R-SLA-23"


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


def _case_policy(value: Any) -> CasePolicy:
    if value is None:
        return CasePolicy()
    if not isinstance(value, CasePolicy):
        raise InvalidType.for_argument(
            "policy", value, f"must be a CasePolicy or None, not a {type_name(value)}"
        )
    return value


_Clocks = tuple[Selection, dict[str, Clock]]


@attrs.frozen
class Case:
    """One contact and every event of its handling — immutable; each step a new case.

    Build a case with :meth:`open` (or ``Case(complaint, events, policy)``, which
    replays ``events`` under the same rules, so a case stored as its events comes back
    identical).  Move it with :meth:`apply` or the step methods (:meth:`classify`,
    :meth:`assign`, :meth:`propose`, :meth:`approve`, :meth:`notify`, :meth:`survey`,
    :meth:`close`, :meth:`review`, :meth:`escalate`, :meth:`negotiate`, :meth:`explain`,
    :meth:`answer`, :meth:`promise`, :meth:`reply`, :meth:`reopen`, :meth:`extend`,
    :meth:`reject`).  Times are aware datetimes and never go back; the first event is
    the record, no earlier than the complaint was received.

    A step that the flow does not allow now, or that the role may not take, raises
    :class:`~custops.errors.IllegalTransition` naming the rule; the case is unchanged.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> t = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> c = Complaint(received_at=t, channel="当面", content="说好的赠品没给", complainant="周")
    >>> case = Case.open(c, "客户关系顾问").classify(
    ...     t, "客户关系经理", kind="投诉", category="销售合同",
    ...     grounds_sufficient=False, demand_reasonable=True)
    >>> case.flow, [a.value for a in case.allowed_events()]
    (<Flow.NOT_ESTABLISHED: 'not_established'>, ['explain', 'reply'])
    >>> done = case.explain(t, "客户关系顾问", "活动已结束").close(t, "客户关系顾问", "客户谅解")
    >>> done.stage, done.six_clears().complete, Case(c, done.events) == done
    (<Stage.CLOSED: 'closed'>, True, True)
    """

    complaint: Complaint = attrs.field(validator=_complaint)
    events: tuple[CaseEvent, ...] = attrs.field(converter=_events)
    policy: CasePolicy = attrs.field(default=None, converter=_case_policy)
    _state: _State = attrs.field(init=False, eq=False, repr=False)
    _clocks: _Clocks | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        state: _State | None = None
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
        policy: CasePolicy | None = None,
    ) -> Case:
        """A case whose first event records ``complaint`` (R-CMP-06, D1 第四条 1).

        ``at`` defaults to the moment the complaint was received; ``role`` is who
        recorded it (the customer-relations adviser or manager; the quality manager for a
        written complaint, D5).
        """
        require_type("complaint", complaint, Complaint, "a Complaint")
        moment = complaint.received_at if at is None else at
        return cls(complaint, (CaseEvent(_A.RECORD, moment, role, note),), policy)

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

    def _step(self, action: CaseAction, at: Any, role: Any, note: Any, **data: Any) -> Case:
        return self.apply(CaseEvent(action, at, role, note, data))

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
        under the policy's criteria (complaints only).  A general complaint needs
        ``grounds_sufficient`` and ``demand_reasonable`` (R-CMP-05); a major one is
        escalated whatever its validity.  ``special`` marks a special case (R-SLA-09).
        The event records the values chosen, so a replay never re-runs the classifier.
        """
        if kind is None or category is None:
            found = classify_text(self.complaint.text)
            kind = found.kind if kind is None else kind
            category = found.category if category is None else category
        resolved = to_enum(Kind, "kind", kind)
        if severity is None:
            severity = (
                assess_severity(self.complaint, self.policy.criteria).severity
                if resolved is Kind.COMPLAINT
                else Severity.GENERAL
            )
        return self._step(
            _A.CLASSIFY,
            at,
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
        return self._step(_A.ASSIGN, at, role, note, department=department, handler=handler)

    def propose(self, at: _dt.datetime, role: Role | str, solution: str = "") -> Case:
        """The handler's cause and proposed solution (D1 第四条 3, R-SLA-01)."""
        return self._step(_A.PROPOSE, at, role, require_str("solution", solution, nonempty=False))

    def approve(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """The GM approves the proposed solution — only the GM (D1 第三条, 第四条 4)."""
        return self._step(_A.APPROVE, at, role, note)

    def reject(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """The GM sends the proposal back; the handler proposes again."""
        return self._step(_A.REJECT, at, role, note)

    def notify(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """The customer is told the approved solution (D1 第四条 4): handling completes."""
        return self._step(_A.NOTIFY, at, role, note)

    def reply(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """An interim reply to the customer (D10 二 1–3.1; D13 跟清晰: the next reply date).

        Allowed at any open stage; it stops the reply targets and changes no stage.
        """
        return self._step(_A.REPLY, at, role, note)

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
        customer's case is reopened first (R-CMP-08), so the new cycle is counted and
        timed, and may then be escalated.
        """
        return self._step(_A.ESCALATE, at, role, note, department=department)

    def negotiate(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """The department and customer-relations managers settle with the customer."""
        return self._step(_A.NEGOTIATE, at, role, note)

    def explain(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Answer a complaint that is not established, tactfully (委婉答复, R-CMP-05)."""
        return self._step(_A.EXPLAIN, at, role, note)

    def promise(
        self, at: _dt.datetime, role: Role | str, period: Period | str, note: str = ""
    ) -> Case:
        """Promise a suggestion's reply deadline, counted from ``at`` (R-SLA-12)."""
        return self._step(_A.PROMISE, at, role, note, period=period)

    def answer(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Answer a consultation or a suggestion (D14 四(一), 四(二))."""
        return self._step(_A.ANSWER, at, role, note)

    def survey(self, at: _dt.datetime, role: Role | str, satisfied: bool, note: str = "") -> Case:
        """Ask whether the customer is satisfied (D1 第四条 5, D5 第六条 3)."""
        return self._step(_A.SURVEY, at, role, note, satisfied=satisfied)

    def reopen(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Handle again: the customer is not satisfied (R-CMP-08, D5 第六条 3 ②)."""
        return self._step(_A.REOPEN, at, role, note)

    def extend(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Declare a special case: the longer handling period applies (R-SLA-09)."""
        return self._step(_A.EXTEND, at, role, note)

    def close(self, at: _dt.datetime, role: Role | str, result: str = "") -> Case:
        """Close the case; ``result`` is what goes into the record (记清晰, R-CMP-15)."""
        return self._step(_A.CLOSE, at, role, require_str("result", result, nonempty=False))

    def review(self, at: _dt.datetime, role: Role | str, note: str = "") -> Case:
        """Summary, evaluation and improvement (D1 第四条 7, D5 第条 7)."""
        return self._step(_A.REVIEW, at, role, note)

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
        """Consultation, suggestion or complaint, once classified."""
        return self._state.kind

    @property
    def category(self) -> Category | None:
        """The category, once classified."""
        return self._state.category

    @property
    def severity(self) -> Severity | None:
        """General or major, once classified (major after an escalation)."""
        return self._state.severity

    @property
    def validity(self) -> Validity | None:
        """Established or not, when judged (R-CMP-05)."""
        return self._state.validity

    @property
    def department(self) -> Department | None:
        """The responsible department, once assigned (or named at escalation)."""
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
        return self._state.stage in _OPEN_STAGES

    @property
    def recorded_at(self) -> _dt.datetime:
        """When the case was recorded (its first event)."""
        return self.events[0].at

    @property
    def closed_at(self) -> _dt.datetime | None:
        """When the case was closed, ``None`` while open."""
        for e in reversed(self.events):
            if e.kind is _A.CLOSE:
                return e.at
        return None

    @property
    def last_at(self) -> _dt.datetime:
        """The time of the last event."""
        return self.events[-1].at

    def allowed_events(self, role: Role | str | None = None) -> tuple[CaseAction, ...]:
        """The steps allowed next: the flow's next steps first, then those allowed at any
        open stage (reply, escalate, extend).  With ``role``, only the steps that role
        may take (one user's buttons, D1 第三条).

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> t = dt.datetime(2025, 10, 9, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> c = Complaint(received_at=t, channel="电话", content="态度差", complainant="周")
        >>> case = Case.open(c, "客户关系顾问").classify(t, "客户关系经理", kind="投诉",
        ...     category="服务质量", grounds_sufficient=True, demand_reasonable=True)
        >>> [a.value for a in case.allowed_events()]
        ['assign', 'reply', 'escalate', 'extend']
        >>> [a.value for a in case.allowed_events("客户关系顾问")]
        ['reply']
        >>> [a.value for a in case.allowed_events("总经理")]
        ['reply', 'extend']
        """
        steps = _allowed(self._state)
        if role is None:
            return steps
        who = to_enum(Role, "role", role)
        return tuple(a for a in steps if who in self.policy.roles_for(a))

    def who_may(self, action: CaseAction | str) -> frozenset[Role]:
        """The roles that may take ``action`` under the case's policy."""
        return self.policy.roles_for(action)

    def history(self) -> tuple[str, ...]:
        """Every event as one line (:meth:`CaseEvent.describe`)."""
        return tuple(e.describe() for e in self.events)

    def as_of(self, at: _dt.datetime) -> Case:
        """The case as it stood at ``at``: only the events up to ``at``.

        ``at`` before the record is refused.
        """
        moment = require_aware("at", at)
        if _utc(moment) < _utc(self.recorded_at):
            raise InvalidInput.for_argument(
                "at", at, f"is before the case was recorded ({_fmt(self.recorded_at)})"
            )
        kept = tuple(e for e in self.events if _utc(e.at) <= _utc(moment))
        if len(kept) == len(self.events):
            return self
        return Case(self.complaint, kept, self.policy)

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
        """
        return dict(self._replay()[1])

    def _replay(self) -> _Clocks:
        cached = self._clocks
        if cached is not None:
            return cached
        sel = self.selection()
        cal = sel.calendar
        clocks: dict[str, Clock] = {}
        followers: dict[str, list[Target]] = {}
        for t in sel.targets:
            if t.starts_after is not None:
                followers.setdefault(t.starts_after, []).append(t)
            elif t.period is not None:
                clocks[t.name] = Clock.start(
                    t, self.complaint.received_at, cal, special=sel.special, reason="received"
                )
        promised = self._state.promised

        def stop(name: str, event: CaseEvent) -> None:
            clock = clocks.get(name)
            if clock is None or clock.stopped_at is not None:
                return
            clocks[name] = stopped = clock.stop(event.at, event.kind.value)
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
                    clocks[t.name] = mine.restart(event.at, f"after {name} stopped again")

        for event in self.events:
            kind = event.kind
            if kind is _A.PROMISE:
                for t in sel.targets:
                    if t.period is None and t.starts_after is None and t.name not in clocks:
                        clocks[t.name] = Clock.start(
                            t, event.at, cal, promised=event.get("period"), reason="promised"
                        )
            elif kind is _A.REOPEN:
                for name in sorted(self.policy.restart_on_reopen):
                    clock = clocks.get(name)
                    if clock is not None and clock.stopped_at is not None:
                        clocks[name] = clock.restart(event.at, "reopened (R-CMP-08)")
            if kind is _A.CLOSE:
                while any(c.stopped_at is None for c in clocks.values()):
                    for name in list(clocks):
                        stop(name, event)
            else:
                for name in self.policy.stops_for(kind):
                    stop(name, event)
        result = (sel, clocks)
        object.__setattr__(self, "_clocks", result)
        return result

    def status(self, at: _dt.datetime) -> CaseStatus:
        """Every SLA target's due time and state, and the stage, as of ``at``.

        A function of the events up to ``at`` (later events are ignored, see
        :meth:`as_of`); ``at`` before the record is refused.
        """
        case = self.as_of(at)
        moment = case.policy.sla.work_calendar.to_local(at)
        sel, clocks = case._replay()
        statuses: list[Status] = []
        waiting: list[str] = []
        for t in sel.targets:
            clock = clocks.get(t.name)
            if clock is None or _utc(clock.events[0].at) > _utc(moment):
                waiting.append(t.name)
            else:
                statuses.append(clock.status(moment))
        late = [s.target for s in statuses if s.state is State.BREACHED]
        flow = f", {case.flow.label} ({case.flow.value})" if case.flow is not None else ""
        sla = f"{sel.policy} rule {sel.matched!r}" if sel.matched is not None else sel.reason
        breached = f"; breached: {', '.join(late)}" if late else ""
        reason = (
            f"case {case.stage.label} ({case.stage.value}){flow} at {_fmt(moment)}; {sla}{breached}"
        )
        return CaseStatus(
            at=moment,
            stage=case.stage,
            flow=case.flow,
            selection=sel,
            targets=tuple(statuses),
            waiting=tuple(waiting),
            allowed=case.allowed_events(),
            reason=reason,
        )

    # -- checks -------------------------------------------------------------------------

    def six_clears(self) -> SixClears:
        """The six "clear"s of D13 第十四章 as a checklist (R-CMP-15).

        听清晰 the complaint was recorded; 问清晰 it was classified; 跟清晰 it was
        followed to the end (closed); 复清晰 the customer was told the result (notified,
        negotiated with, explained to or answered — after the last reopen);
        记清晰 the result went into the record (the close carries a result);
        报告 a major complaint was escalated at once (does not apply otherwise).
        """
        events = self.events
        kinds = [e.kind for e in events]
        state = self._state
        last_reopen = max((i for i, k in enumerate(kinds) if k is _A.REOPEN), default=-1)
        results = (_A.NOTIFY, _A.NEGOTIATE, _A.EXPLAIN, _A.ANSWER)
        replied = [e for e in events[last_reopen + 1 :] if e.kind in results]
        close = next((e for e in events if e.kind is _A.CLOSE), None)
        record = events[0]
        items = [
            Clear(
                "listen",
                "听清晰",
                True,
                f"recorded at {_fmt(record.at)} by {record.role.label}",
            ),
            Clear(
                "ask",
                "问清晰",
                state.flow is not None,
                f"classified as {state.flow.label}" if state.flow else "not yet classified",
            ),
            Clear(
                "follow",
                "跟清晰",
                close is not None,
                f"closed at {_fmt(close.at)}" if close else "not yet closed",
            ),
            Clear(
                "reply",
                "复清晰",
                bool(replied),
                f"customer told the result at {_fmt(replied[-1].at)} ({replied[-1].kind.value})"
                if replied
                else "the customer has not been told the result",
            ),
            Clear(
                "record",
                "记清晰",
                close is not None and bool(close.note),
                "result recorded at closing"
                if close is not None and close.note
                else ("closed without recording the result" if close else "no result recorded yet"),
            ),
        ]
        if state.flow is Flow.MAJOR:
            escalation = next((e for e in events if e.kind is _A.ESCALATE), None)
            items.append(
                Clear(
                    "report",
                    "报告重大投诉",
                    escalation is not None,
                    f"escalated at {_fmt(escalation.at)} by {escalation.role.label}"
                    if escalation
                    else "a major complaint not yet reported",
                )
            )
        else:
            items.append(Clear("report", "报告重大投诉", None, "not a major complaint"))
        missing = [c.label for c in items if c.met is False]
        reason = (
            "all six clears met (R-CMP-15)"
            if not missing
            else f"missing: {', '.join(missing)} (R-CMP-15)"
        )
        return SixClears(items=tuple(items), reason=reason)

    @property
    def retention(self) -> Retention:
        """:func:`retention_until` under the case's policy (R-SLA-23)."""
        return retention_until(self)

    def penalty(
        self,
        at: _dt.datetime,
        *,
        loss: Any = None,
        policy: ResponsibilityPolicy | None = None,
    ) -> PenaltyAssessment:
        """The penalties of D1 第六条 for this case as of ``at`` (R-CMP-13).

        ``loss`` defaults to the loss the customer claimed; responsibility counts as
        assigned once an established (or major) complaint has a department; the delayed
        targets are those breached at ``at``.
        """
        case = self.as_of(at)
        delayed = case.status(at).breached
        assigned = case.flow in (Flow.GENERAL, Flow.MAJOR) and case.department is not None
        return assess_penalty(
            self.complaint.claimed_loss if loss is None else loss,
            delayed=delayed,
            responsibility_assigned=assigned,
            policy=policy,
        )


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
    >>> case = Case.open(c, "客户关系顾问").classify(t, "客户关系经理", kind="咨询",
    ...     category="其他").answer(t, "客户关系顾问").close(t, "客户关系顾问", "已答复")
    >>> retention_until(case).until
    datetime.date(2025, 2, 28)
    >>> retention_until(case, important=True).long_term
    True
    """
    require_type("case", case, Case, "a Case")
    rules = case.policy.retention if policy is None else policy
    require_type("policy", rules, RetentionPolicy, "a RetentionPolicy")
    if important is None:
        important = rules.major_is_important and case.flow is Flow.MAJOR
        why = "a major case" if important else "an ordinary case"
    else:
        important = require_bool("important", important)
        why = "marked important" if important else "marked ordinary"
    years = rules.important_years if important else rules.ordinary_years
    closed = case.closed_at
    if closed is None:
        keep = "long-term" if years is None else f"{years} year{'s' * (years > 1)}"
        return Retention(
            important=important,
            closed_on=None,
            until=None,
            long_term=False,
            reason=f"{why}, open: kept while open, then {keep} after closing (R-SLA-23)",
        )
    day = case.policy.sla.work_calendar.to_local(closed).date()
    if years is None:
        return Retention(
            important=important,
            closed_on=day,
            until=None,
            long_term=True,
            reason=f"{why}, closed {day}: kept long-term (长期保存) (R-SLA-23)",
        )
    until = day + relativedelta(years=years)
    return Retention(
        important=important,
        closed_on=day,
        until=until,
        long_term=False,
        reason=f"{why}, closed {day}: kept {years} year{'s' * (years > 1)}, until {until} "
        "(R-SLA-23)",
    )
