"""How a desk runs its cases: which SLA desk (always named: there is no default desk, issue
17), who takes each step, which step stops which clock."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from custops._enums import fold, lone_or_items, member_check, own_names, parse_members
from custops._text import count_repr, english, labelled_key, policy_repr, table_repr
from custops._validate import (
    BOOL,
    derived_converter,
    entry,
    field_converter,
    pairs_mapping,
    policy_converter,
    policy_field,
    require_items,
    require_label,
    require_type,
    retyped,
    within,
)
from custops.complaints import escalation
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
from custops.complaints.flow import CaseAction
from custops.complaints.model import Category, Department, Role, Severity
from custops.complaints.penalties import PenaltyScheme, scheme_of
from custops.complaints.retention import RetentionPolicy
from custops.complaints.severity import SeverityPolicy
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.periods import Period
from custops.sla import SlaPolicy, presets
from custops.sla._targets import period_or_none

__all__ = ["CasePolicy"]

T = TypeVar("T")
E = TypeVar("E", bound=LabelledEnum)
_A = CaseAction
_R = Role
_DESK = frozenset({_R.CUSTOMER_RELATIONS_ADVISER, _R.CUSTOMER_RELATIONS_MANAGER})
_DEPARTMENT_HEADS = frozenset(
    {_R.SALES_MANAGER, _R.SERVICE_MANAGER, _R.DEPARTMENT_MANAGER, _R.QUALITY_MANAGER}
)
_CRM = frozenset({_R.CUSTOMER_RELATIONS_MANAGER})
_EVERYONE = frozenset(Role)

#: Who may take each step (D1 第三条, D5 第五条/第六条; R-CMP-06); approve and reject default to
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
    # who asks the customer for what the case waits on, and who receives it: the desk and
    # the handling department (a desk's option: CasePolicy.pause_for_customer)
    _A.PAUSE: _DESK | _DEPARTMENT_HEADS,
    _A.RESUME: _DESK | _DEPARTMENT_HEADS,
    # the loss decides whether a complaint is major: the customer-relations manager, who
    # judges its nature (D1 第三条 判定投诉性质)
    _A.ASSESS_LOSS: _CRM,
    _A.CLOSE: _DESK | {_R.QUALITY_MANAGER},
    _A.REVIEW: _CRM | _DEPARTMENT_HEADS | {_R.GENERAL_MANAGER},
}

#: Where each desk's own document says who takes a step, as a refusal of a role cites it
#: (R-CMP-06): D1 第三条 divides the duties of the roles the library names (第四条 says who
#: notifies, escalates and negotiates); D5 names its approvers (第条 5: 质量负责人及经理) and
#: who calls the customer back and handles a case again (第六条 3: 质量负责人).  A step its
#: desk's document names no one for, and every step on the winery (D10) and tobacco (D14)
#: desks, whose documents name departments (营销办, 质量部, 订单部), not these roles, is
#: taken by the library's default roles (:data:`DEFAULT_ROLES`), and a refusal says so: it
#: never cites another company's document.
ROLE_CLAUSES: dict[str, dict[CaseAction, str]] = {
    "D1": {
        **dict.fromkeys(
            (
                _A.RECORD,
                _A.CLASSIFY,
                _A.ASSIGN,
                _A.PROPOSE,
                _A.APPROVE,
                _A.REJECT,
                _A.ASSESS_LOSS,
            ),
            "D1 第三条",
        ),
        _A.NOTIFY: "D1 第四条 4",
        _A.ESCALATE: "D1 第四条",
        _A.NEGOTIATE: "D1 第四条",
    },
    "D5": {
        _A.APPROVE: "D5 第条 5",
        _A.REJECT: "D5 第条 5",
        _A.SURVEY: "D5 第六条 3",
        _A.REOPEN: "D5 第六条 3",
    },
}

#: Each clause of :data:`ROLE_CLAUSES` as an English refusal cites it, in the catalogue's
#: style (``D1 art. 6 ¶1``: an article, then its numbered item).  D5's flow article is
#: printed 第条, its number lost in the seed; it is cited by what it governs, ``D5 flow
#: article ¶5``, not by a number the seed does not give.
_ROLE_CLAUSES_EN: dict[str, str] = {
    "D1 第三条": "D1 art. 3",
    "D1 第四条": "D1 art. 4",
    "D1 第四条 4": "D1 art. 4 ¶4",
    "D5 第条 5": "D5 flow article ¶5",
    "D5 第六条 3": "D5 art. 6 ¶3",
}

_TOLD = ("register", "acknowledge", "reply", "quality_reply", "resolve")

#: Which SLA targets (by name, across the presets) each step stops.  Registration stops
#: only ``register``: the written complaint's ``acknowledge`` stops when the
#: confirmation reaches the customer (R-SLA-06, D10 二 2); an interim reply does not stop
#: ``quality_reply``, the answer does (R-SLA-08, D10 二 3.1); ``agreement`` needs the
#: agreement with the customer (R-SLA-02, D5 第六条 1); ``report`` is met when the report
#: is submitted, not when it is approved (R-SLA-03, D5 第六条 2); a consultation's
#: ``answer`` by the answer, not by an interim reply (R-SLA-11, D14 四(一)).  ``close`` names
#: no target: it meets only those its case's flow has no step for (docs/cases.md, "What
#: closing does to a clock").
DEFAULT_STOPS: dict[CaseAction, tuple[str, ...]] = {
    _A.RECORD: ("register",),
    _A.REPLY: ("reply", "acknowledge"),
    _A.AGREE: ("agreement",),
    _A.PROPOSE: ("solution", "report"),
    _A.NOTIFY: _TOLD,
    _A.NEGOTIATE: ("solution", "agreement", "report", *_TOLD),
    _A.EXPLAIN: ("solution", "agreement", *_TOLD),
    _A.ANSWER: ("solution", "agreement", "answer", "promised_reply", *_TOLD),
    _A.COMMEND: _TOLD,
    _A.SURVEY: ("follow_up", "feedback"),
}

#: Targets that begin a new cycle when a case is reopened (R-CMP-08, R-SLA-04).
DEFAULT_RESTARTS = frozenset({"solution", "agreement", "resolve"})


_step = member_check(CaseAction)


def company_roles(argument: str, value: Any, names: Mapping[str, Role]) -> Any:
    """``value`` (one role or a collection of them) with each company's own role name of
    ``names`` (a policy's ``role_names``) read as the seed's role it maps to; every other
    item as given, for the caller's check to read and name (a set stays a set)."""
    if not names:
        return value
    items = lone_or_items(argument, value, "a collection of roles", Role, str)
    folded = {fold(k): v for k, v in names.items()}
    mapped = tuple(folded.get(fold(r), r) if type(r) is str else r for r in items)
    if isinstance(value, (Role, str)):
        return mapped[0]
    return frozenset(mapped) if isinstance(value, AbstractSet) else mapped


def _roles(argument: str, value: Any, names: Mapping[str, Role] | None = None) -> frozenset[Role]:
    """The roles of a policy field (``roles``, ``approvers``, ``escalate_to``): the seed's
    roles, or a company's own names of the policy's ``role_names`` (``names``) read as the
    roles they map to; an unknown name refused naming the field and the name."""
    try:
        return parse_members(
            Role, company_roles(argument, value, names or {}), argument=argument, lone=True
        )
    except InvalidInput as exc:
        problem = (
            f"{exc.problem}; map a company's own role name to one of these with "
            "CasePolicy(role_names={name: role})"
        )
        raise InvalidInput.for_argument(exc.argument or argument, exc.value, problem) from None


def _company_names(policy: Any) -> dict[str, Role]:
    """The company's own role names of ``policy`` (read before the fields naming roles)."""
    return dict(getattr(policy, "role_names", ()))


def _role_names(value: Any) -> tuple[tuple[str, Role], ...]:
    """``role_names``: the company's own role names (客服, 组长, 站长), each read as one of
    the seed's :class:`Role` s (:func:`own_names`)."""
    return own_names("role_names", value, Role, "role")


#: How a refusal of a department says to map a company's own department name.
DEPARTMENT_HINT = (
    "map a company's own department name to one of these with "
    "CasePolicy(department_names={name: department})"
)


def _department_names(value: Any) -> tuple[tuple[str, Department], ...]:
    """``department_names``: the company's own department names (工程部, 财务部, 保安部),
    each read as one of the seed's complaint-handling :class:`Department` s
    (:func:`own_names`)."""
    return own_names("department_names", value, Department, "department")


#: How a refusal of a category says to map a company's own category name.
CATEGORY_HINT = (
    "map a company's own category name to one of these with "
    "CasePolicy(category_names={name: category})"
)


def _category_names(value: Any) -> tuple[tuple[str, Category], ...]:
    """``category_names``: the company's own category names (口感异味, 包装破损, 误解),
    each read as one of the seed's :class:`Category` s (:func:`own_names`)."""
    return own_names("category_names", value, Category, "category")


#: How a refusal of a severity says to map a company's own severity name.
SEVERITY_HINT = (
    "map a company's own severity name to one of these with "
    "CasePolicy(severity_names={name: severity})"
)


def _severity_names(value: Any) -> tuple[tuple[str, Severity], ...]:
    """``severity_names``: the company's own severity names (紧急, A级, P1), each read as
    one of the seed's :class:`Severity` s, general or major (R-CMP-07; :func:`own_names`)."""
    return own_names("severity_names", value, Severity, "severity")


def company_department(value: Any, names: Mapping[str, Any]) -> Any:
    """``value`` with a company's own department name of ``names`` (a policy's
    ``department_names``) read as the seed's department it maps to; anything else as
    given, for the caller's check to read and name.  A name is looked up as the seed's
    names are (spaces, case, full-width and Traditional forms ignored: 緊急 finds 紧急)."""
    if names and type(value) is str:
        wanted = fold(value)
        for name, chosen in names.items():
            if fold(name) == wanted:
                return chosen
    return value


def company_label(value: Any, names: Iterable[tuple[str, E]], enum: type[E], hint: str) -> E:
    """``value`` (a department or a category: ``enum``) read with a company's own names
    ``names`` (a policy's ``department_names`` or ``category_names``); a name that is
    neither refused naming the argument, with ``hint`` saying how to map it."""
    argument = enum.__name__.lower()
    value = company_department(value, dict(names))
    try:
        return enum.parse(value, argument=argument)
    except InvalidInput as exc:  # a company's own name: say how to use it
        problem = f"{exc.problem}; {hint}"
        raise InvalidInput.for_argument(argument, value, problem) from None


def _names(argument: str, value: Any, what: str = "a sequence of target names") -> tuple[str, ...]:
    # (a target name a reason may quote: one line, no rule ID, as sla reads target names)
    return require_items(argument, value, what, each=require_label)


def _target_names(policy: Any) -> frozenset[str] | None:
    """The names of the targets of ``policy``'s desk (read before ``stops`` and
    ``restart_on_reopen``), or ``None`` when the converter is used alone."""
    sla = getattr(policy, "sla_policy", None)
    return None if sla is None else frozenset(t.name for t in sla.targets)


def _of_desk(
    argument: str, value: Any, names: tuple[str, ...], known: frozenset[str] | None
) -> tuple[str, ...]:
    """``names`` (read from ``value``, the entry ``argument`` as given), each a target of
    the desk: a name it has not would never start, stop or restart a clock, so a misspelt
    one is refused (:class:`PolicyError`), as :class:`~custops.sla.SlaPolicy` refuses a
    rule naming an unknown target."""
    if known is not None:
        for name in names:
            if name not in known:
                problem = f"names {name!r}, not a target of the desk; its targets: " + ", ".join(
                    sorted(known)
                )
                raise PolicyError.for_argument(argument, value, problem)
    return names


def _restarts_of(value: Any, policy: Any) -> frozenset[str]:
    """``restart_on_reopen`` (R-CMP-08): the default kept to the desk's targets, a given set
    held to them (:func:`_of_desk`)."""
    known = _target_names(policy)
    if value is DEFAULT_RESTARTS:
        return value if known is None else value & known
    argument = "restart_on_reopen"
    return frozenset(
        _of_desk(argument, value, _names(argument, value, "a set of target names"), known)
    )


if TYPE_CHECKING:

    def _RESTARTS(value: Iterable[str]) -> frozenset[str]: ...  # noqa: N802

else:
    _RESTARTS = attrs.Converter(retyped(_restarts_of, "Iterable[str]"), takes_self=True)


def _overrides(
    argument: str, value: Any, what: str, read: Callable[[str, Any], T], nonempty: str = ""
) -> dict[CaseAction, T]:
    """The mapping ``value`` of steps to ``what`` (or its pairs, as the policy keeps it),
    each value read by ``read`` as the entry of its step as given (``stops['notify']``,
    :func:`~custops._validate.entry`), and an entry that is empty refused when ``nonempty``
    names what that would mean."""
    steps = pairs_mapping(argument, value, f"a mapping step -> {what}", "(step, value)")
    out: dict[CaseAction, T] = {}
    for key, chosen in steps.items():
        named = entry(argument, key)
        step = _step(argument, key)
        read_value = read(named, chosen)
        if nonempty and not read_value:
            raise PolicyError.for_argument(named, chosen, nonempty)
        out[step] = read_value
    return out


def _in_step_order(table: Mapping[CaseAction, T]) -> tuple[tuple[CaseAction, T], ...]:
    return tuple((a, table[a]) for a in CaseAction if a in table)


def _roles_table(value: Any, policy: Any = None) -> tuple[tuple[CaseAction, frozenset[Role]], ...]:
    never = "no role may take this step, so no case could pass it"
    names = _company_names(policy)
    chosen = _overrides("roles", value, "roles", partial(_roles, names=names), nonempty=never)
    return _in_step_order({**DEFAULT_ROLES, **chosen})


_Stops = tuple[tuple[CaseAction, tuple[str, ...]], ...]


def _stops_of(value: Any, policy: Any) -> _Stops:
    """``stops``: read for the desk of ``policy`` (:func:`_desk_stops`), and refused when a
    target of the desk is named by no step (only closing the case would stop its clock)."""
    table = _desk_stops(value, _target_names(policy))
    sla = getattr(policy, "sla_policy", None)
    missing = "" if sla is None else _unstopped(sla, table)
    if missing:
        raise PolicyError.for_argument("stops", value, _never_stopped(missing))
    return table


def _desk_stops(value: Any, known: frozenset[str] | None) -> _Stops:
    """:data:`DEFAULT_STOPS` kept to the desk's targets ``known``, with the steps of
    ``value`` overridden, each naming only targets of the desk (:func:`_of_desk`)."""

    def read(argument: str, chosen: Any) -> tuple[str, ...]:
        return _of_desk(argument, chosen, _names(argument, chosen), known)

    defaults = {
        step: kept
        for step, names in DEFAULT_STOPS.items()
        if (kept := tuple(n for n in names if known is None or n in known))
    }
    return _in_step_order({**defaults, **_overrides("stops", value, "target names", read)})


if TYPE_CHECKING:
    from custops._validate import MappingOrPairs

    def _STOPS(value: MappingOrPairs[CaseAction, Iterable[str]]) -> _Stops: ...  # noqa: N802

else:
    _STOPS = attrs.Converter(
        retyped(
            _stops_of,
            "Mapping[CaseAction | str, Iterable[str]]"
            " | Sequence[tuple[CaseAction | str, Iterable[str]]]",
        ),
        takes_self=True,
    )


def _unstopped(sla: SlaPolicy, stops: _Stops) -> str:
    """The first target of ``sla`` that no step of ``stops`` names ('' when none): only
    closing the case would stop its clock."""
    named = {n for _, names in stops for n in names}
    return next((t.name for t in sla.targets if t.name not in named), "")


def _sla(
    argument: str,
    value: Any,
    how: str = "an SlaPolicy",
    what: str = "an SlaPolicy or a preset name",
) -> SlaPolicy:
    """``value`` as an :class:`SlaPolicy` (a preset's name: ``"winery"``, ``"D10"``); ``None``
    is refused, naming ``argument`` and ``how`` to name a desk."""
    if value is None:
        raise PolicyError.for_argument(
            argument,
            value,
            f"a case names its desk: pass {how} or a preset name such as 'winery'; "
            "there is no default desk",
        )
    if isinstance(value, str):
        return presets.lookup(value, argument)
    return require_type(argument, value, SlaPolicy, what)


def _some_roles(
    argument: str, value: Any, problem: str, names: Mapping[str, Role] | None = None
) -> frozenset[Role] | None:
    """``None`` (the desk's default), or the roles ``value`` names (a company's own names of
    ``names`` read as their roles), at least one (else :class:`PolicyError` with
    ``problem``); policy data, so an unknown role is a PolicyError as an empty list is (a
    wrong type stays InvalidType)."""
    if value is None:
        return None
    try:
        chosen = _roles(argument, value, names)
    except PolicyError:
        raise
    except InvalidInput as exc:
        raise PolicyError(
            exc.message, argument=exc.argument, value=exc.value, problem=exc.problem
        ) from None
    if not chosen:
        raise PolicyError.for_argument(argument, value, problem)
    return chosen


def _approvers_of(value: Any, policy: Any) -> frozenset[Role] | None:
    """``approvers`` read, and held to ``roles`` (read before them): a declared approver
    that ``roles['approve']`` does not let approve would be ignored, so the policy
    contradicts itself (:class:`PolicyError` naming ``approvers``, showing them as given).
    Without a policy (the converter used alone) only the approvers are read."""
    chosen = _some_roles("approvers", value, "name at least one approver", _company_names(policy))
    may = dict(getattr(policy, "roles", ())).get(_A.APPROVE)
    if chosen is not None and may is not None and not chosen <= may:
        outside = ", ".join(labelled_key(r) for r in Role if r in chosen - may)
        allowed = ", ".join(labelled_key(r) for r in Role if r in may)
        problem = f"{outside} may not approve: roles['approve'] lets only {allowed} approve"
        raise PolicyError.for_argument("approvers", value, problem)
    return chosen


if TYPE_CHECKING:

    def _APPROVERS(value: Iterable[Role | str] | None) -> frozenset[Role]: ...  # noqa: N802

else:
    _APPROVERS = attrs.Converter(
        retyped(_approvers_of, "Iterable[Role | str] | None"), takes_self=True
    )


def _escalate_to(value: Any, policy: Any) -> frozenset[Role] | None:
    """``escalate_to``: the roles an escalation tells (R-CMP-07), at least one."""
    return _some_roles(
        "escalate_to", value, "name at least one role to tell", _company_names(policy)
    )


if TYPE_CHECKING:

    def _ESCALATE_TO(value: Iterable[Role | str] | None) -> frozenset[Role]: ...  # noqa: N802

else:
    _ESCALATE_TO = attrs.Converter(
        retyped(_escalate_to, "Iterable[Role | str] | None"), takes_self=True
    )


def _positive_period(argument: str, value: Any, *, what: str) -> Period | None:
    """``None`` (not timed) or a period longer than nothing: a zero period could be met only
    at the instant ``what`` starts from."""
    chosen = period_or_none(argument, value)
    if chosen is not None:
        problem = (
            f"must be longer than 0: a step allowed no time at all could be met only at the "
            f"instant of {what}; use None for an untimed one"
        )
        within(argument, value, chosen.count, low=1, problem=problem)
    return chosen


#: ``escalation_period``'s converter (R-CMP-07): a refused value is a PolicyError (policy data).
if TYPE_CHECKING:

    def _ESCALATION_PERIOD(value: Period | str | None) -> Period | None: ...  # noqa: N802

else:
    _ESCALATION_PERIOD = policy_field(
        partial(_positive_period, what="the classification (R-CMP-07)"), takes="Period | str | None"
    )

#: ``approval_period``'s (D5 第六条 2): the same.
if TYPE_CHECKING:

    def _APPROVAL_PERIOD(value: Period | str | None) -> Period | None: ...  # noqa: N802

else:
    _APPROVAL_PERIOD = policy_field(
        partial(_positive_period, what="the proposal (D5 art. 6 ¶2)"), takes="Period | str | None"
    )


#: ``penalty_scheme``'s converter: ``None`` is the desk's company's scheme (by its document,
#: ``SlaPolicy.source``: R-CMP-13 on D1's desk, R-CMP-11 on D5's, R-CMP-12 on D10's, and
#: R-CMP-09's unit rules on D14's and a desk of the caller's own).
if TYPE_CHECKING:

    def _PENALTY_SCHEME(value: PenaltyScheme | str | None) -> PenaltyScheme: ...  # noqa: N802

else:
    _PENALTY_SCHEME = derived_converter(
        lambda policy: scheme_of(policy.sla_policy.source),
        member_check(PenaltyScheme),
        takes="PenaltyScheme | str | None",
    )


#: The car dealer's departments (D1, R-CMP-03): D1 第三条 names no quality department and no
#: marketing office, but 销售经理/服务经理 as 本部门的主要投诉受理人 and the customer-relations
#: manager as the one who 判定投诉性质和类别及受理责任人.  A car's fault and a repair go to
#: the service manager's after-sales department; the purchase contract (D1 第一条 2
#: 新车销售购销合同) and a return or a refund, which undoes the purchase (a car returned, an
#: order's deposit paid back), to the sales manager's sales department; service, proposals
#: and the rest to customer relations, whose manager names the department responsible.
#: Praise of a member of staff named by a sales or a service title goes to that department
#: (:data:`STAFF_TITLES`).  Internal, not in ``__all__``.
DEALER_DEPARTMENTS: tuple[tuple[Category, Department], ...] = (
    (Category.PRODUCT_QUALITY, Department.AFTER_SALES),
    (Category.SALES_CONTRACT, Department.SALES),
    (Category.REPAIR_QUALITY, Department.AFTER_SALES),
    (Category.SERVICE_QUALITY, Department.CUSTOMER_RELATIONS),
    (Category.RETURN_EXCHANGE, Department.SALES),
    (Category.PROPOSAL_CRITICISM, Department.CUSTOMER_RELATIONS),
    (Category.OTHER, Department.CUSTOMER_RELATIONS),
)

#: The staff titles of the dealer's two handling departments (D1 第三条 销售经理/服务经理,
#: 本部门的主要投诉受理人), folded: praise that names a member of staff by one of a single
#: department's titles goes to that department on the dealer's desk (R-CMP-01, R-CMP-03).
#: Internal, not in ``__all__``.
STAFF_TITLES: tuple[tuple[Department, tuple[str, ...]], ...] = (
    (
        Department.SALES,
        ("销售顾问", "销售经理", "销售员", "销售小哥", "销售小姐姐", "銷售顧問", "銷售經理",
         "交付专员", "交车专员", "金融专员"),
    ),
    (
        Department.AFTER_SALES,
        ("服务顾问", "服务经理", "售后顾问", "售后经理", "维修技师", "维修师傅", "技师", "机修",
         "服務顧問", "服務經理", "售後顧問", "維修技師"),
    ),
)  # fmt: skip


def desk_departments(policy: Any) -> tuple[tuple[Category, Department], ...]:
    """The departments a desk routes to by default, by its document (R-CMP-03): the car
    dealer's own on D1's desk (:data:`DEALER_DEPARTMENTS`), the seed's table elsewhere (D10
    二 3, D1 第三条: ``DEFAULT_CLASSIFIER_POLICY.departments``).  Internal, not in
    ``__all__``."""
    sla = getattr(policy, "sla_policy", None)
    if getattr(sla, "source", None) == "D1":
        return DEALER_DEPARTMENTS
    return DEFAULT_CLASSIFIER_POLICY.departments


def praised_department(policy: CasePolicy, category: Category, text: str) -> Department:
    """Where praise of ``category`` is routed on ``policy``'s desk (R-CMP-01, R-CMP-03):
    the desk's department of what was praised (``CasePolicy.departments``); on the
    dealer's desk (D1 第三条), praise of service or of nothing in particular that names a
    member of staff by the titles of one department alone (销售顾问, 服务顾问, 维修技师:
    :data:`STAFF_TITLES`) goes to that department, the staff's own, unless the desk routes
    the category elsewhere itself.  Internal, not in ``__all__``: the case's classify step
    and its replay read it.

    >>> dealer = CasePolicy(sla_policy="dealer")
    >>> praised_department(dealer, Category.SERVICE_QUALITY, "感谢销售顾问小王，服务很周到").label
    '销售部'
    >>> praised_department(dealer, Category.SERVICE_QUALITY, "服务顾问李师傅很耐心").label
    '售后服务部'
    >>> praised_department(dealer, Category.SERVICE_QUALITY, "服务很周到").label
    '客户关系部'
    """
    routed = dict(policy.departments)[category]
    staff_matter = category in (Category.SERVICE_QUALITY, Category.OTHER)
    if not staff_matter or policy.sla_policy.source != "D1":
        return routed
    if routed is not dict(DEALER_DEPARTMENTS)[category]:  # the desk's own routing
        return routed
    folded = fold(text)
    named = {dept for dept, titles in STAFF_TITLES if any(fold(t) in folded for t in titles)}
    return named.pop() if len(named) == 1 else routed


def _departments(value: Any, policy: Any = None) -> tuple[tuple[Category, Department], ...]:
    """The desk's department of every category: its document's table
    (:func:`desk_departments`: D1 第三条 on the dealer's desk, D10 二 3 elsewhere) with the
    categories of ``value`` (a mapping Category → Department; ``None``: none) overridden;
    a company's own department name of the policy's ``department_names`` is read as the
    department it maps to, and a company's own category name of its ``category_names``
    as the category it maps to."""
    base = desk_departments(policy)
    if value is None:
        return base
    if value is DEFAULT_CLASSIFIER_POLICY.departments:
        return value
    return _desk_departments("departments", value, policy, base)[0]


def _explained_by(value: Any, policy: Any = None) -> tuple[tuple[Category, Department], ...]:
    """``explained_by``: the categories whose complaint not established another
    department than the desk's ``departments`` answers, each with it (the rest: the
    desk's ``departments``, the responsible department, D14 四(三); D10 二 3.1 质量部 for
    product quality, 3.4 营管办 for a misunderstanding of staff), in category order."""
    if not value and isinstance(value, (Mapping, list, tuple)):
        return ()
    every, given = _desk_departments("explained_by", value, policy, desk_departments(policy))
    return tuple((category, chosen) for category, chosen in every if category in given)


def _desk_departments(
    argument: str, value: Any, policy: Any, base: Sequence[tuple[Category, Department]]
) -> tuple[tuple[tuple[Category, Department], ...], frozenset[Category]]:
    """``base`` with the categories of ``value`` (``argument``, a mapping Category →
    Department) overridden, the policy's company names read, and the categories given;
    two keys naming one category are refused (:class:`~custops.errors.PolicyError`,
    naming both), as is a key or a department that names none (saying how to map a
    company's own name)."""
    seen: dict[Category, Any] = {}
    categories = dict(getattr(policy, "category_names", ()))
    names = dict(getattr(policy, "department_names", ()))
    if isinstance(value, Mapping):
        value = list(value.items())
    elif isinstance(value, AbstractSet):
        value = list(value)
    if isinstance(value, (list, tuple)):
        pairs = []
        for item in value:
            if not (isinstance(item, (list, tuple)) and len(item) == 2):
                pairs.append(item)
                continue
            key, chosen = item
            read = company_department(key, categories)
            category = _category_or_none(read)
            if category is not None and category in seen:
                problem = (
                    f"maps the category {category.value} twice, as {seen[category]!r} and "
                    f"{key!r}; give each category once"
                )
                raise PolicyError.for_argument(argument, key, problem)
            if category is not None:
                seen[category] = key
            pairs.append((read, company_department(chosen, names)))
        value = pairs
    try:
        current = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, departments=tuple(base))
        return current.with_departments(value).departments, frozenset(seen)
    except (InvalidInput, InvalidType) as exc:
        hint = ""
        if "known Department" in exc.problem and "department_names" not in exc.problem:
            hint = DEPARTMENT_HINT
        elif "known Category" in exc.problem and "category_names" not in exc.problem:
            hint = CATEGORY_HINT
        named = argument + (exc.argument or "departments").removeprefix("departments")
        if not hint and named == exc.argument:
            raise
        problem = f"{exc.problem}; {hint}" if hint else exc.problem
        raise type(exc).for_argument(named, exc.value, problem) from None


def _category_or_none(value: Any) -> Category | None:
    """The category ``value`` names, or ``None`` (refused later, where it is read)."""
    if isinstance(value, Category):
        return value
    if type(value) is not str:
        return None
    try:
        return Category.parse(value)
    except InvalidInput:
        return None


if TYPE_CHECKING:
    from custops._validate import MappingOrPairs

    def _RETENTION_POLICY(value: RetentionPolicy | None) -> RetentionPolicy: ...  # noqa: N802
    def _SEVERITY_POLICY(value: SeverityPolicy | None) -> SeverityPolicy: ...  # noqa: N802
    def _SLA(value: SlaPolicy | str) -> SlaPolicy: ...  # noqa: N802
    def _ROLE_NAMES(  # noqa: N802
        value: Mapping[str, Role | str] | Sequence[tuple[str, Role | str]],
    ) -> tuple[tuple[str, Role], ...]: ...
    def _DEPARTMENT_NAMES(  # noqa: N802
        value: Mapping[str, Department | str] | Sequence[tuple[str, Department | str]],
    ) -> tuple[tuple[str, Department], ...]: ...
    def _CATEGORY_NAMES(  # noqa: N802
        value: Mapping[str, Category | str] | Sequence[tuple[str, Category | str]],
    ) -> tuple[tuple[str, Category], ...]: ...
    def _SEVERITY_NAMES(  # noqa: N802
        value: Mapping[str, Severity | str] | Sequence[tuple[str, Severity | str]],
    ) -> tuple[tuple[str, Severity], ...]: ...
    def _DEPARTMENTS(  # noqa: N802
        value: MappingOrPairs[Category, Department | str] | None,
    ) -> tuple[tuple[Category, Department], ...]: ...
    def _EXPLAINED_BY(  # noqa: N802
        value: MappingOrPairs[Category, Department | str],
    ) -> tuple[tuple[Category, Department], ...]: ...
    def _ROLES(  # noqa: N802
        value: MappingOrPairs[CaseAction, Iterable[Role | str]],
    ) -> tuple[tuple[CaseAction, frozenset[Role]], ...]: ...

else:
    _RETENTION_POLICY = policy_converter(RetentionPolicy)
    _SEVERITY_POLICY = policy_converter(SeverityPolicy)
    _SLA = field_converter(_sla, takes="SlaPolicy | str")
    _ROLE_NAMES = retyped(
        _role_names, "Mapping[str, Role | str] | Sequence[tuple[str, Role | str]]"
    )
    _DEPARTMENT_NAMES = retyped(
        _department_names,
        "Mapping[str, Department | str] | Sequence[tuple[str, Department | str]]",
    )
    _CATEGORY_NAMES = retyped(
        _category_names,
        "Mapping[str, Category | str] | Sequence[tuple[str, Category | str]]",
    )
    _SEVERITY_NAMES = retyped(
        _severity_names,
        "Mapping[str, Severity | str] | Sequence[tuple[str, Severity | str]]",
    )
    _DEPARTMENTS = attrs.Converter(
        retyped(
            _departments,
            "Mapping[Category | str, Department | str]"
            " | Sequence[tuple[Category | str, Department | str]] | None",
        ),
        takes_self=True,
    )
    _EXPLAINED_BY = attrs.Converter(
        retyped(
            _explained_by,
            "Mapping[Category | str, Department | str]"
            " | Sequence[tuple[Category | str, Department | str]]",
        ),
        takes_self=True,
    )
    _ROLES = attrs.Converter(
        retyped(
            _roles_table,
            "Mapping[CaseAction | str, Iterable[Role | str]]"
            " | Sequence[tuple[CaseAction | str, Iterable[Role | str]]]",
        ),
        takes_self=True,
    )


@attrs.frozen(kw_only=True)
class CasePolicy:
    """How a desk runs its cases (R-CMP-06's general flow): SLA desk, roles, approvals,
    which steps stop which clocks.

    ``sla_policy`` (required) is an :class:`~custops.sla.SlaPolicy` or a preset's name;
    ``roles`` and ``stops`` override :data:`DEFAULT_ROLES` and :data:`DEFAULT_STOPS` (kept
    to the desk's targets) step by step; ``stops`` and ``restart_on_reopen`` name only
    targets of the desk, and some step stops each of them (else
    :class:`~custops.errors.PolicyError`: a misspelt or missing name would leave a clock
    running that the step met); ``approvers`` default to D5 第条 5 质量负责人及经理 on the
    D5 desk, the GM elsewhere (D1 第三条), and each must be one that
    ``roles['approve']`` (when given) lets approve (else
    :class:`~custops.errors.PolicyError`); ``approval_period`` (D5 第六条 2) is not tracked
    when ``None``;
    ``restart_on_reopen`` (R-CMP-08), ``severity_policy`` (R-CMP-07) and
    ``retention_policy`` (R-SLA-23) as in docs/cases.md, "The policy is data";
    ``departments`` maps each category to the desk's department (default ``None``: the
    desk's own, by its document — on the dealer's desk D1 第三条's, product quality and
    repairs to 售后服务部 (服务经理), the sales contract and returns to 销售部 (销售经理), the
    rest to 客户关系部; elsewhere the classifier's, D10 二 3; a mapping overrides category
    by category): where praise of it is routed (R-CMP-01, R-CMP-03), and the departments
    a commendation may name; two keys naming one category (a company's own name beside
    the category it maps to) are refused, naming both.  ``explained_by`` maps each
    category to the department that answers a complaint of it that is not established
    (``Case.clarify``, R-CMP-05, :meth:`explaining_department`) where it is not the desk's
    ``departments``, the responsible department (职责部门, D14 四(三)) — with the built-in
    departments 质量部 for product quality (D10 二 3.1, 能立即解答的,立即解答) and 营管办 for
    service quality (D10 二 3.4, a misunderstanding of staff); it holds only the categories
    given.

    ``escalation_period`` is the time a major complaint's escalation is allowed after the
    classification found it major, or after the assessed loss made a general complaint
    major (``Case.assess_loss``) (R-CMP-07 迅速/立即, D1 第四条; R-CMP-15 马上, D13
    第十四章 六): the seed gives no number, and its 立即 and 务必马上 wait for no working day,
    so the default is two hours by the clock, night and holidays included (a desk that
    escalates in business hours only gives ``"2个工作小时"``; ``None``: not timed);
    ``escalate_to`` the roles every escalation tells (default: 部门经理 and 总经理 on
    D1's desk, D1 第四条; elsewhere D13's 部门负责人或分管经理, the role 部门经理).  Both
    in docs/cases.md, "A major complaint".

    ``penalty_scheme`` is whose rule :meth:`Case.penalty <custops.complaints.Case.penalty>`
    assesses a case by (:class:`~custops.complaints.PenaltyScheme`): by default the desk's
    own company's — D1 第六条 on the dealer's desk (each person, by the loss, R-CMP-13),
    D5 第七条 on the quality desk (one fine per case, R-CMP-11), D10 七 on the winery's (a
    point per complaint, no fine, R-CMP-12), and on the tobacco desk (D14 四(三), R-CMP-09)
    and a desk of the caller's own ``unit_rules``: the seed sets no penalty there, so
    ``Case.penalty`` refuses until the desk names a scheme.
    A company never gets another company's rule by default (docs/cases.md, "Penalties").

    ``role_names`` maps the company's own role names (客服, 组长, 站长) to the seed's
    :class:`Role` s each stands for, wherever a role is named: a step taken by
    ``"客服"`` is taken by the role it maps to, and recorded as that role, and so are the
    roles an escalation tells (``Case.escalate(told=...)``), the role whose steps
    ``Case.allowed_events(role)`` lists, and the roles of the policy's own fields
    (``roles``, ``approvers``, ``escalate_to``), which hold the seed's roles the names map
    to (docs/cases.md, "A company's own role names").  A name neither a role nor one of
    ``role_names`` is refused, naming the field and the name; a commendation's
    ``department`` is a :class:`Department` or one of ``department_names``.

    ``department_names`` maps the company's own department names (a property company's
    工程部, 财务部, 保安部, D6 四) to the seed's complaint-handling :class:`Department` s
    each stands for, wherever a department is named: a case assigned, escalated or
    commended to ``"财务部"`` goes to the department it maps to, and is recorded, routed
    (``departments``) and counted in the review (R-CMP-14) as that department
    (docs/cases.md, "A company's own department names").  A name neither a department
    nor one of ``department_names`` is refused, naming the argument and the name and
    saying how to map it.

    ``category_names`` maps the company's own category names (口感异味, 包装破损, 误解) to
    the seed's :class:`Category` s each stands for, as ``department_names`` maps
    departments: a case classified with ``category="口感异味"`` is recorded, routed
    (``departments``, whose keys take the names too) and counted in the review (R-CMP-14)
    as the category it maps to.  A name neither a category nor one of ``category_names``
    is refused, naming the argument and the name and saying how to map it.

    ``severity_names`` maps the company's own severity names (an old system's 紧急, A级,
    P1) to the seed's :class:`Severity`, general or major (R-CMP-07), as
    ``category_names`` maps categories: a case classified with ``severity="紧急"`` is
    recorded, timed and escalated as the severity it maps to (:meth:`staff_severity`).
    A name neither a severity nor one of ``severity_names`` is refused, naming the
    argument and the name and saying how to map it.

    ``pause_for_customer`` lets a case wait on the customer (:meth:`Case.pause
    <custops.complaints.Case.pause>`: the photos, the receipt, a document asked for),
    its running clocks standing still until :meth:`Case.resume
    <custops.complaints.Case.resume>`.  Off by default: the seed's deadlines are promises
    to the customer (D10 二: 24小时内答复; D10 三, D14 四(四): 处理期限不能超过三个工作日)
    and no document of it stops them; its remedy for a case that needs longer is the
    special period (R-SLA-09, ``extend``).  A company whose own rules stop the clock while
    it waits on the customer turns it on (docs/cases.md, "Waiting on the customer").

    >>> mine = CasePolicy(sla_policy="dealer", departments={"服务质量": "售后服务部"})
    >>> dict(mine.departments)[Category.SERVICE_QUALITY].label
    '售后服务部'

    >>> sorted(r.value for r in CasePolicy(sla_policy="quality").approvers)
    ['general_manager', 'quality_manager']
    """

    sla_policy: SlaPolicy = attrs.field(converter=_SLA, repr=policy_repr)
    # (read before the fields that name roles, which take the company's own names too)
    role_names: tuple[tuple[str, Role], ...] = attrs.field(
        default=(), converter=_ROLE_NAMES, repr=table_repr
    )
    # (read before ``departments``, which takes the company's own names too)
    department_names: tuple[tuple[str, Department], ...] = attrs.field(
        default=(), converter=_DEPARTMENT_NAMES, repr=table_repr
    )
    # (read before ``departments``, whose categories take the company's own names too)
    category_names: tuple[tuple[str, Category], ...] = attrs.field(
        default=(), converter=_CATEGORY_NAMES, repr=table_repr
    )
    severity_names: tuple[tuple[str, Severity], ...] = attrs.field(
        default=(), converter=_SEVERITY_NAMES, repr=table_repr
    )
    roles: tuple[tuple[CaseAction, frozenset[Role]], ...] = attrs.field(
        default=(), converter=_ROLES, repr=count_repr
    )
    approvers: frozenset[Role] = attrs.field(default=None, converter=_APPROVERS)
    approval_period: Period | None = attrs.field(default=None, converter=_APPROVAL_PERIOD)
    stops: tuple[tuple[CaseAction, tuple[str, ...]], ...] = attrs.field(
        default=(),
        converter=_STOPS,
        repr=count_repr,
    )
    restart_on_reopen: frozenset[str] = attrs.field(default=DEFAULT_RESTARTS, converter=_RESTARTS)
    # (``None``: the default, as for every nested policy: SeverityPolicy.classifier_policy,
    # ResponsibilityPolicy.penalty_policy)
    severity_policy: SeverityPolicy = attrs.field(
        default=None,
        converter=_SEVERITY_POLICY,
        repr=policy_repr,
    )
    retention_policy: RetentionPolicy = attrs.field(
        default=None,
        converter=_RETENTION_POLICY,
        repr=policy_repr,
    )
    # (``None``: the desk's own table, by its document: D1's on the dealer's desk)
    departments: tuple[tuple[Category, Department], ...] = attrs.field(
        default=None, converter=_DEPARTMENTS
    )
    # (read after ``departments``, its default)
    explained_by: tuple[tuple[Category, Department], ...] = attrs.field(
        default=(), converter=_EXPLAINED_BY
    )
    escalation_period: Period | None = attrs.field(
        default=escalation.DEFAULT_PERIOD,
        converter=_ESCALATION_PERIOD,
    )
    escalate_to: frozenset[Role] = attrs.field(default=None, converter=_ESCALATE_TO)
    penalty_scheme: PenaltyScheme = attrs.field(default=None, converter=_PENALTY_SCHEME)
    pause_for_customer: bool = attrs.field(default=False, converter=BOOL)

    # lookup tables derived from the fields above
    _role_map: dict[CaseAction, frozenset[Role]] = attrs.field(init=False, eq=False, repr=False)
    _stop_map: dict[CaseAction, tuple[str, ...]] = attrs.field(init=False, eq=False, repr=False)
    _required: frozenset[Role] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        roles = dict(self.roles)
        # approve overridden in ``roles`` without ``approvers``: any one of them approves
        any_one = cast(Any, self.approvers) is None and _A.APPROVE in roles
        if cast(Any, self.approvers) is None:
            chosen = self._desk_approvers()
            object.__setattr__(self, "approvers", roles.get(_A.APPROVE, chosen))
        for step in (_A.APPROVE, _A.REJECT):
            roles.setdefault(step, self.approvers)
        object.__setattr__(self, "_role_map", roles)
        object.__setattr__(self, "_stop_map", dict(self.stops))
        required = frozenset() if any_one else self.approvers & roles[_A.APPROVE]
        object.__setattr__(self, "_required", required)
        if cast(Any, self.escalate_to) is None:
            d1 = self.sla_policy.source == "D1"
            told = escalation.D1_TOLD if d1 else escalation.D13_TOLD
            object.__setattr__(self, "escalate_to", told)
        names = {t.name for t in self.sla_policy.targets}
        if self.escalation_period is not None and escalation.TARGET in names:
            problem = (
                f"times the escalation as the target {escalation.TARGET!r}, which the desk "
                "has too; set escalation_period=None to time it by the desk's own target"
            )
            raise PolicyError.for_argument("escalation_period", self.escalation_period, problem)

    def staff_department(self, department: Department | str) -> Department:
        """The seed's department ``department`` names: a company's own name of
        ``department_names`` as the department it maps to, a text read as a
        :class:`Department` (else :class:`~custops.errors.InvalidInput`, saying how to
        map a company's own name; what is neither is
        :class:`~custops.errors.InvalidType`).

        >>> desk = CasePolicy(sla_policy="quality", department_names={"财务部": "综合部"})
        >>> desk.staff_department(" 财务部 ").value, desk.staff_department("质量部").value
        ('general_affairs', 'quality')
        """
        if isinstance(department, Department):
            return department
        return company_label(department, self.department_names, Department, DEPARTMENT_HINT)

    def staff_category(self, category: Category | str) -> Category:
        """The seed's category ``category`` names: a company's own name of
        ``category_names`` as the category it maps to, a text read as a :class:`Category`
        (else :class:`~custops.errors.InvalidInput`, saying how to map a company's own
        name; what is neither is :class:`~custops.errors.InvalidType`).

        >>> desk = CasePolicy(sla_policy="winery", category_names={"口感异味": "产品质量"})
        >>> desk.staff_category(" 口感异味 ").value, desk.staff_category("退换货").value
        ('product_quality', 'return_exchange')
        """
        if isinstance(category, Category):
            return category
        return company_label(category, self.category_names, Category, CATEGORY_HINT)

    def staff_severity(self, severity: Severity | str) -> Severity:
        """The seed's severity ``severity`` names (R-CMP-07): a company's own name of
        ``severity_names`` as the severity it maps to, a text read as a :class:`Severity`
        (else :class:`~custops.errors.InvalidInput`, saying how to map a company's own
        name; what is neither is :class:`~custops.errors.InvalidType`).

        >>> desk = CasePolicy(sla_policy="winery", severity_names={"紧急": "重大", "A级": "major"})
        >>> desk.staff_severity(" 紧急 ").value, desk.staff_severity("一般").value
        ('major', 'general')
        """
        if isinstance(severity, Severity):
            return severity
        return company_label(severity, self.severity_names, Severity, SEVERITY_HINT)

    def explaining_department(self, category: Category | str) -> Department:
        """The department that answers a complaint of ``category`` that is not established
        (``explained_by``; R-CMP-05, D10 二 3.1/3.4, D14 四(三)).

        >>> desk = CasePolicy(sla_policy="winery")
        >>> desk.explaining_department("产品质量").value, desk.explaining_department("服务").value
        ('quality', 'marketing_office')
        """
        category = self.staff_category(category)
        return dict(self.explained_by).get(category) or dict(self.departments)[category]

    def staff_role(self, role: Role | str) -> Role:
        """The seed's role a step's ``role`` names: a company's own name of
        ``role_names`` as the role it maps to, a text read as a :class:`Role` (else
        :class:`~custops.errors.InvalidInput`, saying how to map a company's own name;
        what is neither a ``Role`` nor a ``str`` is :class:`~custops.errors.InvalidType`).

        >>> desk = CasePolicy(sla_policy="quality", role_names={"客服": "客户关系顾问"})
        >>> desk.staff_role(" 客服 ").value, desk.staff_role("总经理").value
        ('customer_relations_adviser', 'general_manager')
        """
        if isinstance(role, Role):
            return role
        if self.role_names and type(role) is str:
            role = dict(self.role_names).get(role.strip(), role)
        try:
            return Role.parse(role, argument="role")
        except InvalidInput as exc:  # a company's own name: say how to use it
            problem = (
                f"{exc.problem}; map a company's own role name to one of these with "
                "CasePolicy(role_names={name: role})"
            )
            raise InvalidInput.for_argument("role", role, problem) from None

    @property
    def required_approvals(self) -> frozenset[Role]:
        """The roles that must each approve before a solution is approved (none listed:
        any one of the roles that may approve)."""
        return self._required

    def roles_for(self, action: CaseAction | str) -> frozenset[Role]:
        """The roles that may take ``action``."""
        return self._role_map[_step("action", action)]

    def roles_source(self, action: CaseAction | str) -> str:
        """Where the roles that may take ``action`` come from, as a refusal cites them
        (R-CMP-06): ``CasePolicy.roles`` when the policy sets them; else the clause of the
        desk's own document that names them (:data:`ROLE_CLAUSES`: ``D1 第三条``,
        ``D5 第条 5`` for the approvers; under ``en_US`` in English:
        ``D1 art. 3``, ``D5 flow article ¶5``); else the library's default roles on the
        desk, named with its document (``the library's default roles on the winery desk
        (D10)``).  Never another company's document: the dealer's division of duties (D1
        第三条) is the dealer's, not the winery's.

        >>> CasePolicy(sla_policy="dealer").roles_source("classify")
        'D1 第三条'
        >>> from custops.i18n import language
        >>> with language("en_US"):
        ...     CasePolicy(sla_policy="dealer").roles_source("classify")
        'D1 art. 3'
        >>> CasePolicy(sla_policy="winery").roles_source("classify")
        "the library's default roles on the winery desk (D10); CasePolicy.roles sets them"
        """
        step = _step("action", action)
        own = dict(self.roles).get(step)
        if own is not None and own != DEFAULT_ROLES.get(step):
            return "CasePolicy.roles"
        if step in (_A.APPROVE, _A.REJECT) and self.approvers != self._desk_approvers():
            return "CasePolicy.approvers"
        sla = self.sla_policy
        clause = ROLE_CLAUSES.get(sla.source, {}).get(step)
        if clause is not None:
            return _ROLE_CLAUSES_EN[clause] if english() else clause
        desk = f"the {sla.name} desk ({sla.source})" if sla.source else f"the desk {sla.name!r}"
        return f"the library's default roles on {desk}; CasePolicy.roles sets them"

    def _desk_approvers(self) -> frozenset[Role]:
        """The approvers the desk has by default: D5 第条 5 质量负责人及经理 on D5's desk, the
        GM elsewhere (D1 第三条 on the dealer's; the library's default on the others)."""
        if self.sla_policy.source == "D5":
            return frozenset({_R.QUALITY_MANAGER, _R.GENERAL_MANAGER})
        return frozenset({_R.GENERAL_MANAGER})

    def stops_for(self, action: CaseAction | str) -> tuple[str, ...]:
        """The target names ``action`` stops; for ``close``, those the policy names for it
        (none by default): closing also meets the targets its case's flow has no step for,
        and ends every other open clock not reached (docs/cases.md, "What closing does to a
        clock")."""
        return self._stop_map.get(_step("action", action), ())


def desk(policy: CasePolicy | SlaPolicy | str) -> CasePolicy:
    """The case policy ``policy`` names: a :class:`CasePolicy`, an ``SlaPolicy`` or a
    preset's name; ``None`` is refused — a case always names its desk (issue 17)."""
    if isinstance(policy, CasePolicy):
        return policy
    how = "policy=CasePolicy(sla_policy=...), an SlaPolicy such as presets.WINERY"
    what = "a CasePolicy, an SlaPolicy or a preset name"
    sla = _sla("policy", policy, how, what)
    missing = _unstopped(sla, _desk_stops({}, frozenset(t.name for t in sla.targets)))
    if missing:
        raise PolicyError.for_argument("policy", policy, _never_stopped(missing))
    return CasePolicy(sla_policy=sla)


def _never_stopped(name: str) -> str:
    """Why a desk whose target ``name`` no step stops is refused."""
    return (
        f"no step stops the desk's target {name!r}, so only closing the case would stop its "
        f"clock; name the step that meets it, e.g. CasePolicy(sla_policy=..., "
        f"stops={{'reply': ({name!r},)}})"
    )
