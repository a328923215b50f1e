"""How a desk runs its cases: which SLA desk, who takes each step, which step stops which clock.

A case always names its desk: :class:`CasePolicy` needs ``sla`` (a preset such as
``presets.WINERY`` or its name ``"winery"``); there is no default desk (issue 17).

>>> from custops.sla import presets
>>> p = CasePolicy(sla="quality")
>>> sorted(r.value for r in p.approvers)
['general_manager', 'quality_manager']
>>> sorted(r.value for r in CasePolicy(sla=presets.DEALER).approvers)
['general_manager']
>>> CasePolicy()
Traceback (most recent call last):
...
custops.errors.PolicyError: sla: a case names its desk: pass an SlaPolicy or a preset name \
such as 'winery'; there is no default desk (got None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

import attrs

from custops._validate import require_str, require_type, type_name
from custops.complaints.flow import CaseAction
from custops.complaints.model import Role
from custops.complaints.retention import RetentionPolicy
from custops.complaints.severity import SeverityPolicy
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.periods import Period
from custops.sla import SlaPolicy, presets

__all__ = ["CasePolicy"]

_A = CaseAction
_R = Role
_DESK = frozenset({_R.CUSTOMER_RELATIONS_ADVISER, _R.CUSTOMER_RELATIONS_MANAGER})
_DEPARTMENT_HEADS = frozenset(
    {_R.SALES_MANAGER, _R.SERVICE_MANAGER, _R.DEPARTMENT_MANAGER, _R.QUALITY_MANAGER}
)
_CRM = frozenset({_R.CUSTOMER_RELATIONS_MANAGER})
_EVERYONE = frozenset(Role)

#: Who may take each step (D1 第三条, D5 第五条/第六条); approve and reject default to
#: the policy's approvers.
DEFAULT_ROLES: dict[CaseAction, frozenset[Role]] = {
    _A.RECORD: _DESK | {_R.QUALITY_MANAGER},
    _A.CLASSIFY: _CRM,
    _A.ASSIGN: _CRM,
    _A.AGREE: _CRM | _DEPARTMENT_HEADS,
    _A.PROPOSE: _DEPARTMENT_HEADS,
    _A.NOTIFY: _DESK,
    _A.REPLY: _EVERYONE,
    _A.ESCALATE: _CRM,
    _A.NEGOTIATE: _CRM | _DEPARTMENT_HEADS,
    _A.EXPLAIN: _DESK | _DEPARTMENT_HEADS,
    _A.PROMISE: _EVERYONE,
    _A.ANSWER: _EVERYONE,
    _A.COMMEND: _DESK,
    _A.SURVEY: _DESK | {_R.QUALITY_MANAGER},
    _A.REOPEN: _CRM | {_R.QUALITY_MANAGER},
    _A.EXTEND: _CRM | {_R.GENERAL_MANAGER},
    _A.CLOSE: _DESK | {_R.QUALITY_MANAGER},
    _A.REVIEW: _CRM | _DEPARTMENT_HEADS | {_R.GENERAL_MANAGER},
}

_TOLD = ("register", "acknowledge", "reply", "quality_reply", "resolve")

#: Which SLA targets (by name, across the presets) each step stops.  Registration stops
#: only ``register``: the written complaint's ``acknowledge`` stops when the
#: confirmation reaches the customer (R-SLA-06, D10 二 2); an interim reply does not stop
#: ``quality_reply``, the answer does (R-SLA-08, D10 二 3.1); ``agreement`` needs the
#: agreement with the customer (R-SLA-02, D5 第六条 1); ``report`` is met when the report
#: is submitted, not when it is approved (R-SLA-03, D5 第六条 2).
DEFAULT_STOPS: dict[CaseAction, tuple[str, ...]] = {
    _A.RECORD: ("register",),
    _A.REPLY: ("reply", "acknowledge"),
    _A.AGREE: ("agreement",),
    _A.PROPOSE: ("solution", "report"),
    _A.NOTIFY: _TOLD,
    _A.NEGOTIATE: ("solution", "agreement", "report", *_TOLD),
    _A.EXPLAIN: ("solution", "agreement", *_TOLD),
    _A.ANSWER: ("solution", "agreement", "promised_reply", *_TOLD),
    _A.COMMEND: _TOLD,
    _A.SURVEY: ("follow_up", "feedback"),
}

#: Targets that begin a new cycle when a case is reopened (R-CMP-08, R-SLA-04).
DEFAULT_RESTARTS = frozenset({"solution", "agreement", "resolve"})


def _step(argument: str, value: Any) -> CaseAction:
    return CaseAction.parse(value, argument=argument)


def _roles(argument: str, value: Any) -> frozenset[Role]:
    items = (value,) if isinstance(value, (str, Role)) else value
    if not isinstance(items, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a set of roles, not a {type_name(value)}"
        )
    return frozenset(Role.parse(r, argument=argument) for r in items)


def _mapping(argument: str, value: Any, what: str) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(
            argument, value, f"must be a mapping step -> {what}, not a {type_name(value)}"
        )
    return value


def _roles_table(value: Any) -> tuple[tuple[CaseAction, frozenset[Role]], ...]:
    table = dict(DEFAULT_ROLES)
    for key, roles in _mapping("roles", value, "roles").items():
        action = _step("roles", key)
        chosen = _roles("roles", roles)
        if not chosen:
            raise PolicyError.for_argument(
                "roles", action.value, "no role may take this step, so no case could pass it"
            )
        table[action] = chosen
    return tuple((a, table[a]) for a in CaseAction if a in table)


def _stops_table(value: Any) -> tuple[tuple[CaseAction, tuple[str, ...]], ...]:
    table = dict(DEFAULT_STOPS)
    for key, names in _mapping("stops", value, "target names").items():
        action = _step("stops", key)
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


def _sla_policy(value: Any) -> SlaPolicy:
    """A preset's name (``"winery"``, ``"D10"``) as its :class:`SlaPolicy`; ``None`` refused."""
    if value is None:
        raise PolicyError.for_argument(
            "sla",
            value,
            "a case names its desk: pass an SlaPolicy or a preset name such as 'winery'; "
            "there is no default desk",
        )
    if not isinstance(value, str):
        return require_type("sla", value, SlaPolicy, "an SlaPolicy or a preset name")
    return _preset("sla", value)


def _preset(argument: str, name: str) -> SlaPolicy:
    """The preset called ``name``; an unknown name is refused naming ``argument``."""
    try:
        return presets.get(name)
    except InvalidInput as error:
        problem = error.message.split(": ", 1)[1].rsplit(" (got ", 1)[0]
        raise InvalidInput.for_argument(argument, name, problem) from None


def _approvers(value: Any) -> frozenset[Role] | None:
    if value is None:
        return None
    chosen = _roles("approvers", value)
    if not chosen:
        raise PolicyError.for_argument("approvers", value, "name at least one approver")
    return chosen


def _optional_period(value: Any) -> Period | None:
    return None if value is None else Period.parse(value, argument="approval_period")


def _typed(cls: type) -> Any:
    return lambda _i, a, value: require_type(a.name, value, cls, f"a {cls.__name__}")


@attrs.frozen
class CasePolicy:
    """How a desk runs its cases: SLA desk, roles, approvals, which steps stop which clocks.

    * ``sla``: the :class:`~custops.sla.SlaPolicy` whose targets the case runs, or the name
      of a preset (``"winery"``, ``"酒厂"``, ``"D10"``) — required, there is no default desk;
    * ``roles``: who may take each step — a mapping step → roles that *overrides* the
      defaults step by step (D1 第三条: the customer-relations manager classifies and
      assigns; D5: the quality manager records written complaints, phones the customer and
      handles a case again);
    * ``approvers``: every role whose approval a solution needs (default by desk: D5 第条 5
      提交至质量负责人及经理批示 — the quality lead and the manager; D1 第三条 and the
      other desks — the GM);
    * ``approval_period``: how long the approvers may take after the report is submitted
      (the seed sets none: ``None`` leaves approval delay untracked); a late approval is
      the approver's delay, not the handler's (D5 第六条 2);
    * ``stops``: which targets each step stops, overriding the defaults step by step;
      a target stops at its first step that finds it running, and every clock still
      open stops when the case is closed;
    * ``restart_on_reopen``: the targets that begin a new cycle when the case is
      reopened (R-CMP-08): the solution, the agreement and the handling period;
    * ``severity_policy``: what makes a complaint major when :meth:`Case.classify` is
      not told (R-CMP-07); ``retention``: :class:`RetentionPolicy` (R-SLA-23).
    """

    sla: SlaPolicy = attrs.field(default=None, converter=_sla_policy)
    roles: tuple[tuple[CaseAction, frozenset[Role]], ...] = attrs.field(
        factory=dict, converter=_roles_table
    )
    approvers: frozenset[Role] = attrs.field(default=None, converter=_approvers)
    approval_period: Period | None = attrs.field(default=None, converter=_optional_period)
    stops: tuple[tuple[CaseAction, tuple[str, ...]], ...] = attrs.field(
        factory=dict, converter=_stops_table
    )
    restart_on_reopen: frozenset[str] = attrs.field(default=DEFAULT_RESTARTS, converter=_names)
    severity_policy: SeverityPolicy = attrs.field(
        factory=SeverityPolicy, validator=_typed(SeverityPolicy)
    )
    retention: RetentionPolicy = attrs.field(
        factory=RetentionPolicy, validator=_typed(RetentionPolicy)
    )

    _role_map: dict[CaseAction, frozenset[Role]] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )
    _stop_map: dict[CaseAction, tuple[str, ...]] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )
    _required: frozenset[Role] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        roles = dict(self.roles)
        # approve overridden in ``roles`` without ``approvers``: any one of them approves
        any_one = cast(Any, self.approvers) is None and _A.APPROVE in roles
        if cast(Any, self.approvers) is None:
            both = self.sla.source == "D5"
            chosen = {_R.QUALITY_MANAGER, _R.GENERAL_MANAGER} if both else {_R.GENERAL_MANAGER}
            object.__setattr__(self, "approvers", roles.get(_A.APPROVE, frozenset(chosen)))
        for step in (_A.APPROVE, _A.REJECT):
            roles.setdefault(step, self.approvers)
        object.__setattr__(self, "_role_map", roles)
        object.__setattr__(self, "_stop_map", dict(self.stops))
        required = frozenset() if any_one else self.approvers & roles[_A.APPROVE]
        object.__setattr__(self, "_required", required)

    @property
    def required_approvals(self) -> frozenset[Role]:
        """The roles that must each approve before a solution is approved (none listed:
        any one of the roles that may approve)."""
        return self._required

    def roles_for(self, action: CaseAction | str) -> frozenset[Role]:
        """The roles that may take ``action``."""
        return self._role_map[_step("action", action)]

    def stops_for(self, action: CaseAction | str) -> tuple[str, ...]:
        """The target names ``action`` stops (every open clock for ``close``)."""
        return self._stop_map.get(_step("action", action), ())


def desk(policy: Any) -> CasePolicy:
    """The case policy ``policy`` names: a :class:`CasePolicy`, an ``SlaPolicy`` or a
    preset's name; ``None`` is refused — a case always names its desk (issue 17)."""
    if isinstance(policy, CasePolicy):
        return policy
    if policy is None:
        raise PolicyError.for_argument(
            "policy",
            policy,
            "a case names its desk: pass policy=CasePolicy(sla=...), an SlaPolicy such as "
            "presets.WINERY or a preset name such as 'winery'; there is no default desk",
        )
    if isinstance(policy, SlaPolicy):
        return CasePolicy(sla=policy)
    if isinstance(policy, str):
        return CasePolicy(sla=_preset("policy", policy))
    raise InvalidType.for_argument(
        "policy",
        policy,
        f"must be a CasePolicy, an SlaPolicy or a preset name, not a {type_name(policy)}",
    )
