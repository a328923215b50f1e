"""Secrecy levels and access decisions of the company secrecy policy (D12, R-SEC-01 … R-SEC-07).

Matters carry a :class:`Level` (绝密 / 机密 / 秘密, or not classified), a
:class:`MatterKind`, an owning company, a responsible supervisor, the people cleared
for them and a secrecy term.  The decisions :func:`can_know`, :func:`can_copy` and
:func:`can_lend` return a :class:`Decision` that says which rule allowed or refused
and why.  Everything denies by default and fails closed: an unknown level, role or
kind is an error, never access; a person with no relation to a matter is refused.

>>> import datetime as dt
>>> boss = Person("wang", company=HQ, roles={"总公司总经理"})
>>> clerk = Person("li", company="华东公司", roles={"员工"})
>>> plan = classify("M-1", MatterKind.ANNUAL_PLAN, owner="华东公司",
...                 classified_on=dt.date(2025, 1, 1), term_end=dt.date(2025, 12, 31),
...                 supervisor="zhao")
>>> plan.level.label
'机密'
>>> can_know(boss, plan, dt.date(2025, 6, 1))
Decision(allowed=True, rule='R-SEC-04', reason='总公司总经理/总公司副总经理 may know every matter')
>>> can_know(clerk, plan, dt.date(2025, 6, 1)).reason
'机密: only the responsible supervisor and the people they named may know it'
>>> can_know(clerk, plan, dt.date(2026, 1, 1)).allowed     # declassified after the term
True
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any, Final, TypeVar

import attrs

from custops._enums import parse_member, parse_members
from custops._validate import require_aware, require_bool, require_date, require_str, type_name
from custops.errors import AccessDenied, InvalidInput, InvalidType, LevelRequired, PolicyError

__all__ = [
    "DEFAULT_POLICY",
    "HQ",
    "AccessReport",
    "Decision",
    "Extension",
    "LeakReport",
    "Level",
    "LevelRequired",
    "Matter",
    "MatterAccess",
    "MatterKind",
    "Openness",
    "Person",
    "Role",
    "SecrecyPolicy",
    "access_report",
    "can_copy",
    "can_know",
    "can_lend",
    "classify",
    "copy_of",
    "default_level",
    "effective_level",
    "extend",
    "report_leak",
    "who_may_know",
]

_T = TypeVar("_T")

#: The company id of headquarters (总公司).  ``"总公司"``, ``"总部"`` and ``"hq"`` are read as it.
HQ: Final = "HQ"
_HQ_ALIASES: Final = frozenset({"hq", "总公司", "总部", "headquarters"})


# --------------------------------------------------------------------------------------
# Levels, kinds of matter, roles (R-SEC-01, R-SEC-02, R-SEC-04)


class Level(enum.IntEnum):
    """A secrecy level, ordered: not classified < 秘密 < 机密 < 绝密 (R-SEC-01).

    >>> Level.parse("机密") is Level.CONFIDENTIAL
    True
    >>> Level.parse("TOP SECRET").label
    '绝密'
    >>> Level.SECRET < Level.CONFIDENTIAL < Level.TOP_SECRET
    True
    >>> Level.parse("internal")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: level: is not a known Level; one of: ... (got 'internal')
    """

    UNCLASSIFIED = 0
    SECRET = 1
    CONFIDENTIAL = 2
    TOP_SECRET = 3

    @property
    def label(self) -> str:
        """The Chinese name: 非密, 秘密, 机密, 绝密."""
        return _LEVEL_LABELS[self]

    @property
    def classified(self) -> bool:
        """Whether this is one of the three secrecy levels."""
        return self is not Level.UNCLASSIFIED

    @classmethod
    def parse(cls, text: str | Level, *, argument: str = "level") -> Level:
        """Read a level from its Chinese label (with or without 级) or its English name."""
        return parse_member(cls, text, argument=argument, aliases=_LEVEL_ALIASES)


_LEVEL_LABELS: Final = {
    Level.UNCLASSIFIED: "非密",
    Level.SECRET: "秘密",
    Level.CONFIDENTIAL: "机密",
    Level.TOP_SECRET: "绝密",
}
_LEVEL_ALIASES: Final[dict[str, str]] = {
    "非密级": "UNCLASSIFIED",
    "秘密级": "SECRET",
    "机密级": "CONFIDENTIAL",
    "绝密级": "TOP_SECRET",
    "not_classified": "UNCLASSIFIED",
    "non_classified": "UNCLASSIFIED",
    "无密级": "UNCLASSIFIED",
    "不保密": "UNCLASSIFIED",
    "不属于保密范围": "UNCLASSIFIED",
}


class MatterKind(enum.Enum):
    """A kind of matter of D12 三 2 (the secrecy scope) and 三 3 (default levels).

    The value is the Chinese label.  The last five kinds (一般性决定, 决议, 通告, 通知,
    行政管理资料) are internal papers outside the secrecy scope (R-SEC-01).

    >>> MatterKind.parse("营业执照") is MatterKind.BUSINESS_LICENCE
    True
    >>> MatterKind.parse("business license").label
    '营业执照'
    """

    MAJOR_DECISION = "重大决策"
    BUSINESS_STRATEGY = "经营战略"
    ANNUAL_PLAN = "年度规划"
    CONTRACT = "合同"
    AGREEMENT = "协议"
    OPINION = "意见书"
    FEASIBILITY_REPORT = "可行性报告"
    MEETING_MINUTES = "重要会议记录"
    BUDGET_REPORT = "财务预决算报告"
    AUDIT_REPORT = "审计报告"
    FINANCIAL_STATEMENT = "财务报表"
    STATISTICS = "统计报表"
    BUSINESS_CONDITIONS = "经营情况"
    UNPUBLISHED_INFORMATION = "未公开信息"
    MANAGEMENT_STRATEGY = "管理策略"
    CUSTOMER_INFORMATION = "客户信息"
    SOURCING_INTELLIGENCE = "货源情报"
    PRODUCTION_SALES_STRATEGY = "产销策略"
    TECHNICAL_INFORMATION = "技术信息"
    PRODUCT_TRENDS = "产品动向"
    MANUFACTURER_MATERIALS = "厂家技术资料"
    BUSINESS_LICENCE = "营业执照"
    ORGANISATION_CODE_CERTIFICATE = "组织机构代码证"
    TAX_REGISTRATION_CERTIFICATE = "税务登记证"
    OTHER_CERTIFICATE = "其他证件"
    PERSONNEL_FILE = "人事档案"
    WAGES = "工资"
    BONUSES = "奖金"
    OTHER_CONFIRMED = "其他经确认应保密的事项"
    GENERAL_DECISION = "一般性决定"
    RESOLUTION = "决议"
    ANNOUNCEMENT = "通告"
    NOTICE = "通知"
    ADMINISTRATIVE_PAPER = "行政管理资料"

    @property
    def label(self) -> str:
        """The Chinese name used in the seed."""
        return str(self.value)

    @classmethod
    def parse(cls, text: str | MatterKind, *, argument: str = "kind") -> MatterKind:
        """Read a kind from its Chinese label, its English name or a common variant."""
        return parse_member(cls, text, argument=argument, aliases=_KIND_ALIASES)


_KIND_ALIASES: Final[dict[str, str]] = {
    "business_license": "BUSINESS_LICENCE",
    "重大决策文件": "MAJOR_DECISION",
    "重要决策文件": "MAJOR_DECISION",
    "经营规划": "BUSINESS_STRATEGY",
    "经营决策": "BUSINESS_STRATEGY",
    "会议记录": "MEETING_MINUTES",
    "统计资料": "STATISTICS",
    "财务报告": "FINANCIAL_STATEMENT",
    "尚未公开的信息": "UNPUBLISHED_INFORMATION",
    "技术水平": "TECHNICAL_INFORMATION",
    "技术力量": "TECHNICAL_INFORMATION",
    "技术潜力": "TECHNICAL_INFORMATION",
    "相关证件": "OTHER_CERTIFICATE",
    "组织机构代码": "ORGANISATION_CODE_CERTIFICATE",
    "organization_code_certificate": "ORGANISATION_CODE_CERTIFICATE",
    "工资奖金": "WAGES",
    "行政文件": "ADMINISTRATIVE_PAPER",
}


class Role(enum.Enum):
    """A position in the group (R-SEC-04 … R-SEC-06); ``rank`` orders authority.

    A :class:`Person` holds a set of roles; access never depends on *lacking* a role,
    so adding a role never removes access.

    >>> Role.parse("子公司总经理") is Role.SUBSIDIARY_GM
    True
    >>> Role.parse("HQ deputy GM").label
    '总公司副总经理'
    >>> sorted(Role, key=lambda r: r.rank)[-1]
    <Role.HQ_GM: '总公司总经理'>
    """

    HQ_GM = "总公司总经理"
    HQ_DEPUTY_GM = "总公司副总经理"
    SUBSIDIARY_GM = "子公司总经理"
    DEPARTMENT_MANAGER = "部门经理"
    SUPERVISOR = "主管"
    STAFF = "员工"

    @property
    def label(self) -> str:
        """The Chinese title."""
        return str(self.value)

    @property
    def rank(self) -> int:
        """Authority, from 0 (员工) to 5 (总公司总经理)."""
        return _ROLE_RANK[self]

    @property
    def hq_only(self) -> bool:
        """Whether only a person of headquarters can hold this role."""
        return self in (Role.HQ_GM, Role.HQ_DEPUTY_GM)

    @classmethod
    def parse(cls, text: str | Role, *, argument: str = "role") -> Role:
        """Read a role from its Chinese title, its English name or a common variant."""
        return parse_member(cls, text, argument=argument, aliases=_ROLE_ALIASES)


_ROLE_RANK: Final = {
    Role.STAFF: 0,
    Role.SUPERVISOR: 1,
    Role.DEPARTMENT_MANAGER: 2,
    Role.SUBSIDIARY_GM: 3,
    Role.HQ_DEPUTY_GM: 4,
    Role.HQ_GM: 5,
}
_ROLE_ALIASES: Final[dict[str, str]] = {
    "总公司副/总经理": "HQ_DEPUTY_GM",
    "hq_general_manager": "HQ_GM",
    "hq_deputy_general_manager": "HQ_DEPUTY_GM",
    "subsidiary_general_manager": "SUBSIDIARY_GM",
    "子公司经理": "SUBSIDIARY_GM",
    "主管人员": "SUPERVISOR",
    "职员": "STAFF",
    "employee": "STAFF",
}


class Openness(enum.Enum):
    """To whom a declassified or unclassified matter is open (policy choice, R-SEC-03)."""

    OWNING_COMPANY = "本公司员工"
    EVERYONE = "全体员工"

    @property
    def label(self) -> str:
        """The Chinese name."""
        return str(self.value)

    @classmethod
    def parse(cls, text: str | Openness, *, argument: str = "declassified_open_to") -> Openness:
        """Read it from its Chinese label or English name.

        >>> Openness.parse("everyone") is Openness.EVERYONE
        True
        """
        return parse_member(cls, text, argument=argument, aliases=_OPENNESS_ALIASES)


_OPENNESS_ALIASES: Final[dict[str, str]] = {
    "company": "OWNING_COMPANY",
    "all": "EVERYONE",
}


def _openness(value: Any) -> Openness:
    return Openness.parse(value)


# --------------------------------------------------------------------------------------
# The decision value


def _check_rule(instance: Any, attribute: Any, value: Any) -> None:
    rule = require_str(attribute.name, value)
    if not (rule.startswith("R-") and rule.count("-") == 2):
        raise InvalidInput.for_argument(attribute.name, value, "must be a rule ID like 'R-SEC-04'")


@attrs.frozen
class Decision:
    """The outcome of a check: ``allowed``, the rule that decided, and a one-line reason.

    ``bool(decision)`` is ``decision.allowed``, so ``if can_know(...):`` does what it says.
    :meth:`require` raises :class:`~custops.errors.AccessDenied` on a denial.

    >>> d = Decision(False, "R-SEC-04", "绝密: only designated people may know it")
    >>> bool(d)
    False
    >>> d.require()
    Traceback (most recent call last):
    ...
    custops.errors.AccessDenied: R-SEC-04: 绝密: only designated people may know it
    """

    allowed: bool = attrs.field(validator=lambda _i, _a, v: require_bool("allowed", v))
    rule: str = attrs.field(validator=_check_rule)
    reason: str = attrs.field(validator=lambda _i, _a, v: require_str("reason", v))

    def __bool__(self) -> bool:
        return self.allowed

    def require(self) -> Decision:
        """Return this decision if it allows; raise :class:`AccessDenied` if it refuses."""
        if not self.allowed:
            raise AccessDenied(f"{self.rule}: {self.reason}", rule=self.rule, reason=self.reason)
        return self


# --------------------------------------------------------------------------------------
# Policy


def _role_set(argument: str, value: Any) -> frozenset[Role]:
    return parse_members(Role, value, argument=argument)


def _kind_set(argument: str, value: Any) -> frozenset[MatterKind]:
    return parse_members(MatterKind, value, argument=argument)


def _out_of_scope(value: Any) -> frozenset[MatterKind]:
    return _kind_set("out_of_scope", value)


def _certificate_kinds(value: Any) -> frozenset[MatterKind]:
    return _kind_set("certificate_kinds", value)


def _manager_copyable(value: Any) -> frozenset[MatterKind]:
    return _kind_set("manager_copyable", value)


def _know_all_roles(value: Any) -> frozenset[Role]:
    return _role_set("know_all_roles", value)


def _certificate_approvers(value: Any) -> frozenset[Role]:
    return _role_set("certificate_approvers", value)


def _manager_copy_approvers(value: Any) -> frozenset[Role]:
    return _role_set("manager_copy_approvers", value)


def _company_bound_roles(value: Any) -> frozenset[Role]:
    return _role_set("company_bound_roles", value)


def _person_roles(value: Any) -> frozenset[Role]:
    return _role_set("roles", value)


def _pairs(value: Any) -> Iterable[tuple[Any, Any]]:
    if isinstance(value, Mapping):
        return tuple(value.items())
    return tuple(value)


def _kind_levels(value: Any) -> tuple[tuple[MatterKind, Level], ...]:
    try:
        pairs = {
            MatterKind.parse(k, argument="default_levels"): Level.parse(
                v, argument="default_levels"
            )
            for k, v in _pairs(value)
        }
    except (TypeError, ValueError) as exc:
        if isinstance(exc, (InvalidInput, InvalidType)):
            raise
        raise InvalidType.for_argument(
            "default_levels", value, "must map kinds of matter to levels"
        ) from None
    order = list(MatterKind)
    return tuple(sorted(pairs.items(), key=lambda kv: order.index(kv[0])))


def _level_roles(value: Any) -> tuple[tuple[Level, frozenset[Role]], ...]:
    try:
        pairs = {
            Level.parse(k, argument="copy_approvers"): _role_set("copy_approvers", v)
            for k, v in _pairs(value)
        }
    except (TypeError, ValueError) as exc:
        if isinstance(exc, (InvalidInput, InvalidType)):
            raise
        raise InvalidType.for_argument(
            "copy_approvers", value, "must map levels to sets of roles"
        ) from None
    return tuple(sorted(pairs.items()))


_K = MatterKind
_SEED_DEFAULT_LEVELS: Final = {
    _K.MAJOR_DECISION: Level.TOP_SECRET,
    _K.ANNUAL_PLAN: Level.CONFIDENTIAL,
    _K.FINANCIAL_STATEMENT: Level.CONFIDENTIAL,
    _K.STATISTICS: Level.CONFIDENTIAL,
    _K.MEETING_MINUTES: Level.CONFIDENTIAL,
    _K.BUSINESS_CONDITIONS: Level.CONFIDENTIAL,
    _K.MANUFACTURER_MATERIALS: Level.CONFIDENTIAL,
    _K.CONTRACT: Level.SECRET,
    _K.AGREEMENT: Level.SECRET,
    _K.PERSONNEL_FILE: Level.SECRET,
    _K.WAGES: Level.SECRET,
    _K.BONUSES: Level.SECRET,
    _K.UNPUBLISHED_INFORMATION: Level.SECRET,
    _K.BUSINESS_LICENCE: Level.SECRET,
    _K.ORGANISATION_CODE_CERTIFICATE: Level.SECRET,
    _K.TAX_REGISTRATION_CERTIFICATE: Level.SECRET,
    _K.OTHER_CERTIFICATE: Level.SECRET,
}
_SEED_OUT_OF_SCOPE: Final = frozenset(
    {_K.GENERAL_DECISION, _K.RESOLUTION, _K.ANNOUNCEMENT, _K.NOTICE, _K.ADMINISTRATIVE_PAPER}
)
_HQ_LEADERS: Final = frozenset({Role.HQ_GM, Role.HQ_DEPUTY_GM})
_SEED_COPY_APPROVERS: Final = {
    Level.TOP_SECRET: _HQ_LEADERS,
    Level.CONFIDENTIAL: _HQ_LEADERS | {Role.SUBSIDIARY_GM},
    Level.SECRET: _HQ_LEADERS | {Role.SUBSIDIARY_GM},
}


@attrs.frozen
class _Tables:
    """Decisions and lookups precomputed from a policy (private; shared by every call)."""

    know_all: frozenset[Role]
    know_all_yes: Decision
    cleared_yes: dict[Level, Decision]
    cleared_no: dict[Level, Decision]
    open_yes: Decision
    open_no: Decision
    declassified_yes: Decision
    declassified_cleared: Decision
    declassified_no: Decision
    copy_approvers: dict[Level, frozenset[Role]]
    defaults: dict[MatterKind, Level]
    everyone: bool


@attrs.frozen
class SecrecyPolicy:
    """The secrecy rules of D12 as data; the defaults are the seed's (R-SEC-02 … R-SEC-06).

    ``default_levels``
        kind of matter → default level (R-SEC-02); an in-scope kind missing here must be
        classified explicitly.
    ``out_of_scope``
        kinds that are not classified at all (一般性决定, 决议, 通告, 通知, 行政管理资料).
    ``know_all_roles``
        roles that may know every matter (总公司总经理 and 副总经理, R-SEC-04).
    ``copy_approvers``
        level → roles whose approval allows a copy (R-SEC-05).  The seed names the HQ
        (deputy) GM for 绝密 and the subsidiary GM for 机密/秘密; HQ leaders may also
        approve 机密/秘密 (an HQ matter has no subsidiary GM, and they outrank one).
    ``certificate_kinds``, ``certificate_approvers``
        company certificates and who approves copying or lending them (R-SEC-06).
    ``manager_copyable``, ``manager_copy_approvers``
        certificates that may be *copied* (not lent) on a department manager's approval.
    ``company_bound_roles``
        roles whose authority covers only their own company (a subsidiary GM approves for
        the owning company only).
    ``declassified_open_to``
        to whom a declassified or unclassified matter is open (R-SEC-01, R-SEC-03).
    ``allow_self_approval``
        whether a person with the authority may approve their own copy or loan (default
        False, R-SEC-05/06: an approval is a second person's control, 经…批准; a subsidiary
        GM asks an HQ (deputy) GM, the HQ GM a deputy).  True lets the office-holder
        approve for themselves.

    A policy that contradicts itself raises :class:`~custops.errors.PolicyError`:

    >>> SecrecyPolicy(know_all_roles={"总公司副总经理"})
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: know_all_roles: 总公司总经理 outranks 总公司副总经理 ...
    """

    default_levels: tuple[tuple[MatterKind, Level], ...] = attrs.field(
        default=_SEED_DEFAULT_LEVELS, converter=_kind_levels
    )
    out_of_scope: frozenset[MatterKind] = attrs.field(
        default=_SEED_OUT_OF_SCOPE, converter=_out_of_scope
    )
    know_all_roles: frozenset[Role] = attrs.field(default=_HQ_LEADERS, converter=_know_all_roles)
    copy_approvers: tuple[tuple[Level, frozenset[Role]], ...] = attrs.field(
        default=_SEED_COPY_APPROVERS, converter=_level_roles
    )
    certificate_kinds: frozenset[MatterKind] = attrs.field(
        default=frozenset(
            {
                _K.BUSINESS_LICENCE,
                _K.ORGANISATION_CODE_CERTIFICATE,
                _K.TAX_REGISTRATION_CERTIFICATE,
                _K.OTHER_CERTIFICATE,
            }
        ),
        converter=_certificate_kinds,
    )
    certificate_approvers: frozenset[Role] = attrs.field(
        default=_HQ_LEADERS | {Role.SUBSIDIARY_GM}, converter=_certificate_approvers
    )
    manager_copyable: frozenset[MatterKind] = attrs.field(
        default=frozenset({_K.BUSINESS_LICENCE, _K.ORGANISATION_CODE_CERTIFICATE}),
        converter=_manager_copyable,
    )
    manager_copy_approvers: frozenset[Role] = attrs.field(
        default=_HQ_LEADERS | {Role.SUBSIDIARY_GM, Role.DEPARTMENT_MANAGER},
        converter=_manager_copy_approvers,
    )
    company_bound_roles: frozenset[Role] = attrs.field(
        default=frozenset(
            {Role.STAFF, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER, Role.SUBSIDIARY_GM}
        ),
        converter=_company_bound_roles,
    )
    declassified_open_to: Openness = attrs.field(
        default=Openness.OWNING_COMPANY, converter=_openness
    )
    allow_self_approval: bool = attrs.field(
        default=False, validator=lambda _i, _a, v: require_bool("allow_self_approval", v)
    )
    _tables: _Tables = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        defaults = dict(self.default_levels)
        _policy_check(
            not (set(defaults) & self.out_of_scope),
            "out_of_scope",
            sorted(k.label for k in set(defaults) & self.out_of_scope),
            "a kind cannot both have a default level and be out of the secrecy scope",
        )
        for kind, level in defaults.items():
            _policy_check(
                level.classified,
                "default_levels",
                kind.label,
                "use out_of_scope for a kind that is not classified",
            )
        approvers = dict(self.copy_approvers)
        for level in (Level.SECRET, Level.CONFIDENTIAL, Level.TOP_SECRET):
            _policy_check(
                bool(approvers.get(level)),
                "copy_approvers",
                level.label,
                "every classified level needs at least one approving role",
            )
        _policy_check(
            Level.UNCLASSIFIED not in approvers,
            "copy_approvers",
            Level.UNCLASSIFIED.label,
            "unclassified matters need no copy approval",
        )
        _policy_check(
            self.manager_copyable <= self.certificate_kinds,
            "manager_copyable",
            sorted(k.label for k in self.manager_copyable - self.certificate_kinds),
            "must be certificates (in certificate_kinds)",
        )
        _policy_check(bool(self.know_all_roles), "know_all_roles", (), "must not be empty")
        for role in self.know_all_roles:
            for other in Role:
                _policy_check(
                    other.rank <= role.rank or other in self.know_all_roles,
                    "know_all_roles",
                    sorted(r.label for r in self.know_all_roles),
                    f"{other.label} outranks {role.label} and must know all too",
                )
        for role in self.company_bound_roles:
            for other in Role:
                _policy_check(
                    other.rank >= role.rank or other in self.company_bound_roles,
                    "company_bound_roles",
                    sorted(r.label for r in self.company_bound_roles),
                    f"{other.label} ranks below {role.label} and must be company-bound too",
                )
        object.__setattr__(self, "_tables", _build_tables(self, defaults, approvers))


def _policy_check(ok: bool, argument: str, value: Any, problem: str) -> None:
    if not ok:
        raise PolicyError(f"{argument}: {problem} (got {value!r})", argument=argument, value=value)


def _labels(roles: Iterable[Role]) -> str:
    return "/".join(r.label for r in sorted(roles, key=lambda r: -r.rank))


def _build_tables(
    policy: SecrecyPolicy,
    defaults: dict[MatterKind, Level],
    approvers: dict[Level, frozenset[Role]],
) -> _Tables:
    everyone = policy.declassified_open_to is Openness.EVERYONE
    whom = "every staff member" if everyone else "staff of the owning company"
    r4, r1, r3 = "R-SEC-04", "R-SEC-01", "R-SEC-03"
    return _Tables(
        know_all=policy.know_all_roles,
        know_all_yes=Decision(True, r4, f"{_labels(policy.know_all_roles)} may know every matter"),
        cleared_yes={
            Level.TOP_SECRET: Decision(True, r4, "绝密: designated by the HQ (deputy) GM"),
            Level.CONFIDENTIAL: Decision(
                True, r4, "机密: the responsible supervisor or a person they named"
            ),
            Level.SECRET: Decision(True, r4, "秘密: related staff of the matter"),
            Level.UNCLASSIFIED: Decision(True, r1, "not classified; named on the matter"),
        },
        cleared_no={
            Level.TOP_SECRET: Decision(
                False, r4, "绝密: only people designated by the HQ (deputy) GM may know it"
            ),
            Level.CONFIDENTIAL: Decision(
                False,
                r4,
                "机密: only the responsible supervisor and the people they named may know it",
            ),
            Level.SECRET: Decision(False, r4, "秘密: only related staff may know it"),
        },
        open_yes=Decision(True, r1, f"not classified (outside the secrecy scope); open to {whom}"),
        open_no=Decision(False, r1, f"not classified, but internal: open only to {whom}"),
        declassified_yes=Decision(True, r3, f"declassified at the end of its term; open to {whom}"),
        declassified_cleared=Decision(
            True, r3, "declassified at the end of its term; was cleared while classified"
        ),
        declassified_no=Decision(
            False, r3, f"declassified at the end of its term, but open only to {whom}"
        ),
        copy_approvers=approvers,
        defaults=defaults,
        everyone=everyone,
    )


#: The seed's policy, used when no policy is passed.
DEFAULT_POLICY: Final = SecrecyPolicy()


def default_level(kind: MatterKind | str, policy: SecrecyPolicy = DEFAULT_POLICY) -> Level:
    """The level a kind of matter gets when none is given (R-SEC-01, R-SEC-02).

    A kind outside the secrecy scope is :attr:`Level.UNCLASSIFIED`.  A kind in the scope
    without a default (客户信息, 管理策略, 货源情报, …) raises :class:`LevelRequired`:
    there is no silent default.

    >>> default_level("合同").label
    '秘密'
    >>> default_level(MatterKind.MAJOR_DECISION)
    <Level.TOP_SECRET: 3>
    >>> default_level("通知")
    <Level.UNCLASSIFIED: 0>
    >>> default_level("客户信息")
    Traceback (most recent call last):
    ...
    custops.errors.LevelRequired: kind: 客户信息 (customer_information) is in the secrecy scope ...
    """
    kind = MatterKind.parse(kind, argument="kind")
    _check_policy(policy)
    level = policy._tables.defaults.get(kind)
    if level is not None:
        return level
    if kind in policy.out_of_scope:
        return Level.UNCLASSIFIED
    raise LevelRequired.for_argument(
        "kind",
        kind,
        f"{kind.label} ({kind.name.lower()}) is in the secrecy scope but has no default level "
        "(R-SEC-02); classify it explicitly with level=...",
    )


# --------------------------------------------------------------------------------------
# People and matters


def _company(value: Any, argument: str = "company") -> str:
    text = require_str(argument, value).strip()
    return HQ if text.lower() in _HQ_ALIASES or text == HQ else text


def _owner(value: Any) -> str:
    return _company(value, "owner")


def _ids(argument: str, value: Any) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a collection of person ids, not a {type_name(value)}"
        )
    return frozenset(require_str(argument, v) for v in value)


def _people(value: Any) -> frozenset[str]:
    return _ids("people", value)


@attrs.frozen
class Person:
    """A person of the group: an id, the company (:data:`HQ` or a subsidiary) and roles.

    HQ roles are held only at HQ, the subsidiary GM role only outside it.

    >>> Person("zhao", company="华南公司", roles=["主管"])
    Person(id='zhao', company='华南公司', roles=frozenset({<Role.SUPERVISOR: '主管'>}))
    >>> Person("x", company="华南公司", roles={"总公司总经理"})
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: roles: 总公司总经理 is held only at HQ, not at '华南公司' ...
    """

    id: str = attrs.field(validator=lambda _i, _a, v: require_str("id", v))
    company: str = attrs.field(converter=_company)
    roles: frozenset[Role] = attrs.field(default=frozenset(), converter=_person_roles)

    def __attrs_post_init__(self) -> None:
        for role in self.roles:
            if role.hq_only and self.company != HQ:
                raise InvalidInput.for_argument(
                    "roles",
                    sorted(r.label for r in self.roles),
                    f"{role.label} is held only at HQ, not at {self.company!r}",
                )
            if role is Role.SUBSIDIARY_GM and self.company == HQ:
                raise InvalidInput.for_argument(
                    "roles",
                    sorted(r.label for r in self.roles),
                    f"{role.label} is held at a subsidiary, not at HQ",
                )

    def with_role(self, role: Role | str) -> Person:
        """This person with one more role (raising a role never removes access)."""
        return attrs.evolve(self, roles=self.roles | {Role.parse(role)})


@attrs.frozen
class Extension:
    """A decision on ``decided_on`` to keep a matter classified until ``until`` (R-SEC-03)."""

    decided_on: _dt.date = attrs.field(validator=lambda _i, _a, v: require_date("decided_on", v))
    until: _dt.date = attrs.field(validator=lambda _i, _a, v: require_date("until", v))

    def __attrs_post_init__(self) -> None:
        if self.until < self.decided_on:
            raise InvalidInput.for_argument(
                "until", self.until, f"is before decided_on {self.decided_on}"
            )


def _level(value: Any) -> Level:
    return Level.parse(value)


def _kind(value: Any) -> MatterKind:
    return MatterKind.parse(value)


def _opt_date(argument: str) -> Any:
    def check(_i: Any, _a: Any, value: Any) -> None:
        if value is not None:
            require_date(argument, value)

    return check


def _extensions(value: Any) -> tuple[Extension, ...]:
    if not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "extensions", value, f"must be a sequence of Extension, not a {type_name(value)}"
        )
    items = tuple(value)
    for item in items:
        if not isinstance(item, Extension):
            raise InvalidType.for_argument(
                "extensions", item, f"must hold Extension values, not a {type_name(item)}"
            )
    return items


@attrs.frozen
class Matter:
    """A classified (or unclassified) matter: a document, file or piece of information.

    ``people`` are the people cleared for it, by level (R-SEC-04): for 绝密 those the HQ
    (deputy) GM designated, for 机密 those the responsible ``supervisor`` deems must know,
    for 秘密 the related staff (the supervisor counts as related).  The matter is
    classified through ``term_end`` (inclusive) and declassified from the next day,
    unless extended (R-SEC-03); ``term_end=None`` means no term: it stays classified.
    ``original`` is the id of the matter this one copies (R-SEC-05).

    Build one with :func:`classify` to get the default level of its kind.

    >>> import datetime as dt
    >>> m = Matter("C-7", Level.SECRET, MatterKind.CONTRACT, owner="华东公司",
    ...            classified_on=dt.date(2025, 3, 1), term_end=dt.date(2026, 2, 28),
    ...            people={"li"})
    >>> m.term_ends_on
    datetime.date(2026, 2, 28)
    """

    id: str = attrs.field(validator=lambda _i, _a, v: require_str("id", v))
    level: Level = attrs.field(converter=_level)
    kind: MatterKind = attrs.field(converter=_kind)
    owner: str = attrs.field(kw_only=True, converter=_owner)
    classified_on: _dt.date = attrs.field(
        kw_only=True, validator=lambda _i, _a, v: require_date("classified_on", v)
    )
    term_end: _dt.date | None = attrs.field(kw_only=True, validator=_opt_date("term_end"))
    supervisor: str | None = attrs.field(default=None, kw_only=True)
    people: frozenset[str] = attrs.field(default=frozenset(), kw_only=True, converter=_people)
    extensions: tuple[Extension, ...] = attrs.field(default=(), kw_only=True, converter=_extensions)
    original: str | None = attrs.field(default=None, kw_only=True)
    _cleared: frozenset[str] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _end: _dt.date | None = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.supervisor is not None:
            require_str("supervisor", self.supervisor)
        if self.original is not None:
            require_str("original", self.original)
            if self.original == self.id:
                raise InvalidInput.for_argument(
                    "original", self.original, "a copy needs its own id"
                )
        end = self.term_end
        if end is not None and end < self.classified_on:
            raise InvalidInput.for_argument(
                "term_end", end, f"must not be before classified_on {self.classified_on}"
            )
        for ext in self.extensions:
            if end is None:
                raise InvalidInput.for_argument(
                    "extensions", ext, "a matter without a term cannot be extended"
                )
            if not self.classified_on <= ext.decided_on <= end:
                raise InvalidInput.for_argument(
                    "extensions",
                    ext,
                    f"must be decided between classified_on {self.classified_on} and the term "
                    f"end {end} (a declassified matter is not re-classified by extension)",
                )
            if ext.until <= end:
                raise InvalidInput.for_argument(
                    "extensions", ext, f"must end after the current term end {end}"
                )
            end = ext.until
        cleared = self.people
        if self.supervisor is not None and self.level in (Level.CONFIDENTIAL, Level.SECRET):
            cleared = cleared | {self.supervisor}
        object.__setattr__(self, "_cleared", cleared)
        object.__setattr__(self, "_end", end if self.level.classified else None)

    @property
    def term_ends_on(self) -> _dt.date | None:
        """The last classified day, extensions included (``None``: no term)."""
        return self.extensions[-1].until if self.extensions else self.term_end

    @property
    def is_copy(self) -> bool:
        """Whether this matter is a copy (R-SEC-05)."""
        return self.original is not None


def classify(
    matter_id: str,
    kind: MatterKind | str,
    *,
    owner: str,
    classified_on: _dt.date,
    term_end: _dt.date | None,
    level: Level | str | None = None,
    supervisor: str | None = None,
    people: Iterable[str] = (),
    policy: SecrecyPolicy = DEFAULT_POLICY,
) -> Matter:
    """Mark a matter with its level and term (R-SEC-02, R-SEC-03).

    Without ``level`` the kind's default level applies; a kind without one raises
    :class:`LevelRequired`.

    >>> import datetime as dt
    >>> m = classify("K-1", "客户信息", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...              term_end=None, level="机密", supervisor="zhao")
    >>> m.level, m.kind.label
    (<Level.CONFIDENTIAL: 2>, '客户信息')
    """
    require_str("matter_id", matter_id)
    kind = MatterKind.parse(kind, argument="kind")
    _check_policy(policy)
    chosen = default_level(kind, policy) if level is None else Level.parse(level, argument="level")
    return Matter(
        matter_id,
        chosen,
        kind,
        owner=owner,
        classified_on=classified_on,
        term_end=term_end,
        supervisor=supervisor,
        people=people,
    )


def effective_level(matter: Matter, on: _dt.date) -> Level:
    """The level of ``matter`` on day ``on`` (R-SEC-03).

    The level holds through the (extended) term end, that day included, and the matter
    is declassified automatically from the next day.  Days before ``classified_on`` are
    treated as classified (fail closed).

    >>> import datetime as dt
    >>> m = Matter("R-1", "机密", "财务报表", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31))
    >>> effective_level(m, dt.date(2025, 12, 31)), effective_level(m, dt.date(2026, 1, 1))
    (<Level.CONFIDENTIAL: 2>, <Level.UNCLASSIFIED: 0>)
    """
    _check_matter(matter)
    _check_on(on)
    end = matter._end
    if end is not None and on > end:
        return Level.UNCLASSIFIED
    return matter.level


def extend(matter: Matter, until: _dt.date, *, decided_on: _dt.date) -> Matter:
    """Keep ``matter`` classified until ``until`` (R-SEC-03: 要求继续保密的事项).

    The decision must be taken while the matter is still classified (on or before the
    current term end) and must move the end later; otherwise :class:`InvalidInput`.

    >>> import datetime as dt
    >>> m = Matter("R-1", "机密", "财务报表", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31))
    >>> extend(m, dt.date(2026, 12, 31), decided_on=dt.date(2025, 12, 1)).term_ends_on
    datetime.date(2026, 12, 31)
    """
    _check_matter(matter)
    if not matter.level.classified:
        raise InvalidInput.for_argument("matter", matter.id, "is not classified; nothing to extend")
    return attrs.evolve(
        matter, extensions=(*matter.extensions, Extension(decided_on=decided_on, until=until))
    )


def copy_of(matter: Matter, copy_id: str, *, level: Level | str | None = None) -> Matter:
    """A copy or excerpt of ``matter``, handled as the original (R-SEC-05).

    The copy carries the original's level, kind, owner, supervisor, people, term and
    extensions.  It may be labelled higher (``level=``), never lower (Bell–LaPadula).

    >>> import datetime as dt
    >>> m = Matter("R-1", "机密", "财务报表", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31), supervisor="zhao")
    >>> c = copy_of(m, "R-1/copy-1")
    >>> (c.level, c.term_ends_on, c.supervisor, c.original)
    (<Level.CONFIDENTIAL: 2>, datetime.date(2025, 12, 31), 'zhao', 'R-1')
    >>> copy_of(m, "R-1/copy-2", level="秘密")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: level: a copy may not be labelled lower than its original 机密 ...
    """
    _check_matter(matter)
    require_str("copy_id", copy_id)
    chosen = matter.level if level is None else Level.parse(level)
    if chosen < matter.level:
        raise InvalidInput.for_argument(
            "level",
            chosen,
            f"a copy may not be labelled lower than its original {matter.level.label} (R-SEC-05)",
        )
    return attrs.evolve(matter, id=copy_id, level=chosen, original=matter.id)


# --------------------------------------------------------------------------------------
# Decisions (R-SEC-04 … R-SEC-06)


def _check_person(person: Any, argument: str = "person") -> None:
    if not isinstance(person, Person):
        raise InvalidType.for_argument(
            argument, person, f"must be a Person, not a {type_name(person)}"
        )


def _check_matter(matter: Any, argument: str = "matter") -> None:
    if not isinstance(matter, Matter):
        raise InvalidType.for_argument(
            argument, matter, f"must be a Matter, not a {type_name(matter)}"
        )


def _check_on(on: Any) -> None:
    if type(on) is not _dt.date:
        require_date("on", on)


def _check_policy(policy: Any) -> None:
    if not isinstance(policy, SecrecyPolicy):
        raise InvalidType.for_argument(
            "policy", policy, f"must be a SecrecyPolicy, not a {type_name(policy)}"
        )


def can_know(
    person: Person, matter: Matter, on: _dt.date, policy: SecrecyPolicy = DEFAULT_POLICY
) -> Decision:
    """Whether ``person`` may know ``matter`` on day ``on`` (R-SEC-04, R-SEC-01, R-SEC-03).

    In order: a role that knows everything (总公司总经理, 副总经理) → allowed; a person
    cleared on the matter (绝密: designated; 机密: the supervisor and the people they named;
    秘密: related staff) → allowed; an unclassified or declassified matter → open to the
    staff of the owning company (policy); anyone else → denied.  Declassification only
    adds readers: whoever was cleared stays allowed.

    >>> import datetime as dt
    >>> m = Matter("T-1", "绝密", "重大决策", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2027, 12, 31), people={"chen"})
    >>> can_know(Person("chen", company="华东公司"), m, dt.date(2025, 5, 1))
    Decision(allowed=True, rule='R-SEC-04', reason='绝密: designated by the HQ (deputy) GM')
    >>> can_know(Person("he", company=HQ, roles={"部门经理"}), m, dt.date(2025, 5, 1)).allowed
    False
    """
    if type(person) is not Person:
        _check_person(person)
    if type(matter) is not Matter:
        _check_matter(matter)
    if type(on) is not _dt.date:
        require_date("on", on)
    if type(policy) is not SecrecyPolicy:
        _check_policy(policy)
    t = policy._tables
    if not t.know_all.isdisjoint(person.roles):
        return t.know_all_yes
    level = matter.level
    cleared = person.id in matter._cleared
    if level is Level.UNCLASSIFIED:
        if cleared:
            return t.cleared_yes[level]
        return t.open_yes if (t.everyone or person.company == matter.owner) else t.open_no
    end = matter._end
    if end is None or on <= end:
        return t.cleared_yes[level] if cleared else t.cleared_no[level]
    if cleared:
        return t.declassified_cleared
    return (
        t.declassified_yes if (t.everyone or person.company == matter.owner) else t.declassified_no
    )


def _authority(
    approver: Person, roles: frozenset[Role], owner: str, policy: SecrecyPolicy
) -> Role | None:
    """The highest role of ``approver`` in ``roles`` that covers the owning company, if any."""
    best: Role | None = None
    for role in approver.roles & roles:
        if role in policy.company_bound_roles and approver.company != owner:
            continue
        if best is None or role.rank > best.rank:
            best = role
    return best


def _approved(
    person: Person,
    matter: Matter,
    approval: Person | None,
    roles: frozenset[Role],
    rule: str,
    action: str,
    policy: SecrecyPolicy,
) -> Decision:
    if not roles:
        return Decision(False, rule, f"{action}: no role may approve it under this policy")
    needed = _labels(roles)
    bound = sorted((r.label for r in roles & policy.company_bound_roles), key=len)
    where = f" ({'/'.join(bound)} of {matter.owner})" if bound else ""
    if approval is None:
        return Decision(False, rule, f"{action} needs the approval of {needed}{where}; none given")
    role = _authority(approval, roles, matter.owner, policy)
    if role is None:
        held = _labels(approval.roles) or "no role"
        return Decision(
            False,
            rule,
            f"{action} needs the approval of {needed}{where}; {approval.id} "
            f"({held}, {approval.company}) has no such authority",
        )
    if approval.id == person.id and not policy.allow_self_approval:
        return Decision(
            False,
            rule,
            f"{action} needs the approval of {needed}{where} other than the person asking; "
            f"{approval.id} may not approve their own request (allow_self_approval=False)",
        )
    by = "themselves" if approval.id == person.id else approval.id
    return Decision(True, rule, f"{action} approved by {by} as {role.label}")


def can_copy(
    person: Person,
    matter: Matter,
    on: _dt.date,
    approval: Person | None = None,
    policy: SecrecyPolicy = DEFAULT_POLICY,
) -> Decision:
    """Whether ``person`` may copy or excerpt ``matter`` on ``on`` with ``approval`` (R-SEC-05/06).

    The copier must be allowed to know the matter.  绝密 needs an HQ (deputy) GM's
    approval, 机密 and 秘密 a subsidiary GM's (of the owning company) or an HQ leader's.
    A company certificate follows R-SEC-06 instead (its own rule, even when declassified):
    a subsidiary GM's approval, or a department manager's for the business licence and the
    organisation code certificate — unless it was classified above 秘密, when R-SEC-05
    applies.  An unclassified matter needs no approval.  Make the copy with :func:`copy_of`.

    >>> import datetime as dt
    >>> m = Matter("C-1", "秘密", "合同", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31), people={"li"})
    >>> li = Person("li", company="华东公司", roles={"员工"})
    >>> can_copy(li, m, dt.date(2025, 6, 1)).reason
    '秘密 copy needs the approval of 总公司总经理/总公司副总经理/子公司总经理 (子公司总经理 of
    华东公司); none given'
    >>> other_gm = Person("gm2", company="华南公司", roles={"子公司总经理"})
    >>> can_copy(li, m, dt.date(2025, 6, 1), approval=other_gm).allowed
    False
    >>> gm = Person("gm1", company="华东公司", roles={"子公司总经理"})
    >>> can_copy(li, m, dt.date(2025, 6, 1), approval=gm)
    Decision(allowed=True, rule='R-SEC-05', reason='秘密 copy approved by gm1 as 子公司总经理')
    """
    know = can_know(person, matter, on, policy)
    if approval is not None:
        _check_person(approval, "approval")
    if not know.allowed:
        return Decision(
            False, "R-SEC-05", f"the copier must be allowed to know it ({know.rule}: {know.reason})"
        )
    level = effective_level(matter, on)
    if matter.kind in policy.certificate_kinds and level <= Level.SECRET:
        if matter.kind in policy.manager_copyable:
            roles = policy.manager_copy_approvers
        else:
            roles = policy.certificate_approvers
        return _approved(
            person, matter, approval, roles, "R-SEC-06", f"copying {matter.kind.label}", policy
        )
    if not level.classified:
        return Decision(True, "R-SEC-05", "not classified on that day; no approval needed to copy")
    roles = policy._tables.copy_approvers[level]
    return _approved(person, matter, approval, roles, "R-SEC-05", f"{level.label} copy", policy)


def can_lend(
    person: Person,
    matter: Matter,
    on: _dt.date,
    approval: Person | None = None,
    policy: SecrecyPolicy = DEFAULT_POLICY,
) -> Decision:
    """Whether company certificate ``matter`` may be lent out to ``person`` (R-SEC-06).

    Only company certificates are lent under D12; anything else is refused.  The
    borrower must be allowed to know the certificate, and the loan needs a subsidiary
    GM's approval (of the owning company) or an HQ leader's — a department manager's
    approval is enough to *copy* the business licence, never to lend it.

    >>> import datetime as dt
    >>> lic = Matter("L-1", "秘密", "营业执照", owner="华东公司",
    ...              classified_on=dt.date(2025, 1, 1), term_end=None, people={"li"})
    >>> li = Person("li", company="华东公司")
    >>> dm = Person("dm", company="华东公司", roles={"部门经理"})
    >>> can_copy(li, lic, dt.date(2025, 6, 1), approval=dm).allowed
    True
    >>> can_lend(li, lic, dt.date(2025, 6, 1), approval=dm).reason
    'lending 营业执照 needs the approval of 总公司总经理/总公司副总经理/子公司总经理
    (子公司总经理 of 华东公司); dm (部门经理, 华东公司) has no such authority'
    """
    know = can_know(person, matter, on, policy)
    if approval is not None:
        _check_person(approval, "approval")
    if matter.kind not in policy.certificate_kinds:
        return Decision(
            False,
            "R-SEC-06",
            f"only company certificates are lent under D12; {matter.kind.label} is not one",
        )
    if not know.allowed:
        return Decision(
            False,
            "R-SEC-06",
            f"the borrower must be allowed to know it ({know.rule}: {know.reason})",
        )
    level = effective_level(matter, on)
    if level > Level.SECRET:  # classified above its default: both rules must be met
        roles = policy._tables.copy_approvers[level] & policy.certificate_approvers
    else:
        roles = policy.certificate_approvers
    return _approved(
        person, matter, approval, roles, "R-SEC-06", f"lending {matter.kind.label}", policy
    )


# --------------------------------------------------------------------------------------
# Batch forms for audits


def _people_index(people: Iterable[Person]) -> tuple[tuple[Person, ...], dict[str, Person]]:
    if isinstance(people, (str, Person)) or not isinstance(people, Iterable):
        raise InvalidType.for_argument(
            "people", people, f"must be a collection of Person, not a {type_name(people)}"
        )
    items = tuple(people)
    index: dict[str, Person] = {}
    for p in items:
        _check_person(p, "people")
        seen = index.setdefault(p.id, p)
        if seen != p:
            raise InvalidInput.for_argument(
                "people", p, f"two different people share the id {p.id!r}"
            )
    return items, index


def who_may_know(
    people: Iterable[Person], matter: Matter, on: _dt.date, policy: SecrecyPolicy = DEFAULT_POLICY
) -> tuple[Person, ...]:
    """The people (in the order given) that may know ``matter`` on ``on`` (R-SEC-04).

    Exactly those for whom :func:`can_know` allows.

    >>> import datetime as dt
    >>> m = Matter("S-1", "秘密", "工资", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31), people={"li"})
    >>> staff = [Person("wang", company=HQ, roles={"总公司总经理"}),
    ...          Person("li", company="华东公司"), Person("zhou", company="华东公司")]
    >>> [p.id for p in who_may_know(staff, m, dt.date(2025, 6, 1))]
    ['wang', 'li']
    """
    items, _ = _people_index(people)
    _check_matter(matter)
    _check_on(on)
    _check_policy(policy)
    t = policy._tables
    know_all = t.know_all
    cleared = matter._cleared
    end = matter._end
    open_ = not matter.level.classified or (end is not None and on > end)
    everyone = open_ and t.everyone
    owner = matter.owner
    return tuple(
        p
        for p in items
        if everyone
        or p.id in cleared
        or not know_all.isdisjoint(p.roles)
        or (open_ and p.company == owner)
    )


@attrs.frozen
class MatterAccess:
    """Who may know one matter on a day, grouped by the reason (R-SEC-04, R-SEC-01/03).

    ``leaders`` know everything by role; ``cleared`` are named on the matter; ``open``
    are staff to whom an unclassified or declassified matter is open.  ``allowed`` is
    their union; every other person in the audit is denied.
    """

    matter: str
    level: Level
    leaders: frozenset[str]
    cleared: frozenset[str]
    open: frozenset[str]

    @property
    def allowed(self) -> frozenset[str]:
        """Every person id allowed to know the matter."""
        return self.leaders | self.cleared | self.open

    def may_know(self, person_id: str) -> bool:
        """Whether the person with this id is allowed."""
        require_str("person_id", person_id)
        return person_id in self.leaders or person_id in self.cleared or person_id in self.open


@attrs.frozen
class AccessReport:
    """An audit of ``people`` × ``matters`` on day ``on``: one :class:`MatterAccess` per matter."""

    on: _dt.date
    people: int
    matters: tuple[MatterAccess, ...]

    def for_matter(self, matter_id: str) -> MatterAccess:
        """The row of one matter; an unknown id raises :class:`InvalidInput`."""
        for row in self.matters:
            if row.matter == matter_id:
                return row
        raise InvalidInput.for_argument("matter_id", matter_id, "is not in this report")

    @property
    def checks(self) -> int:
        """How many person × matter decisions the report holds."""
        return self.people * len(self.matters)

    @property
    def allowed_count(self) -> int:
        """How many of those decisions allow."""
        return sum(len(row.allowed) for row in self.matters)


def access_report(
    people: Iterable[Person],
    matters: Iterable[Matter],
    on: _dt.date,
    policy: SecrecyPolicy = DEFAULT_POLICY,
) -> AccessReport:
    """Every ``can_know`` decision of ``people`` × ``matters`` on ``on``, for an audit.

    Works per matter from indexes (leaders, staff by company), so 10,000 people ×
    1,000 matters take milliseconds, not 10 million calls.  Agrees with :func:`can_know`
    on every pair.

    >>> import datetime as dt
    >>> staff = [Person("wang", company=HQ, roles={"总公司总经理"}),
    ...          Person("li", company="华东公司"), Person("zhou", company="华东公司")]
    >>> m = Matter("S-1", "秘密", "工资", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31), people={"li"})
    >>> report = access_report(staff, [m], dt.date(2026, 1, 1))
    >>> sorted(report.for_matter("S-1").allowed), report.checks
    (['li', 'wang', 'zhou'], 3)
    """
    items, index = _people_index(people)
    _check_on(on)
    _check_policy(policy)
    if isinstance(matters, (str, bytes, Matter)) or not isinstance(matters, Iterable):
        raise InvalidType.for_argument(
            "matters", matters, f"must be a collection of Matter, not a {type_name(matters)}"
        )
    matter_items = tuple(matters)
    for i, m in enumerate(matter_items):
        _check_matter(m, f"matters[{i}]")
    t = policy._tables
    leaders = frozenset(p.id for p in items if not t.know_all.isdisjoint(p.roles))
    everyone = frozenset(index) - leaders
    by_company: dict[str, frozenset[str]] = {}
    companies: dict[str, set[str]] = {}
    for p in items:
        companies.setdefault(p.company, set()).add(p.id)
    for company, members in companies.items():
        by_company[company] = frozenset(members) - leaders
    empty: frozenset[str] = frozenset()
    ids = frozenset(index)
    rows = []
    for m in matter_items:
        end = m._end
        open_ = not m.level.classified or (end is not None and on > end)
        cleared = (m._cleared & ids) - leaders
        if open_:
            opened = everyone if t.everyone else by_company.get(m.owner, empty)
            opened = opened - cleared if cleared else opened
        else:
            opened = empty
        level = m.level if not open_ else Level.UNCLASSIFIED
        rows.append(MatterAccess(m.id, level, leaders, cleared, opened))
    return AccessReport(on=on, people=len(index), matters=tuple(rows))


# --------------------------------------------------------------------------------------
# Leaks (R-SEC-07)


@attrs.frozen
class LeakReport:
    """The record of a leak that R-SEC-07 asks for: what, when, who found it, the remedy.

    It is reported to ``report_to`` (总公司领导) at once; ``caused_by`` names those who
    leaked, if known (D12 五 2, punished), and ``found_by`` the person who found or
    reported it (D12 五 1, rewarded when reported in time).
    """

    matter: str
    level: Level
    what: str
    found_at: _dt.datetime
    found_by: str
    remedy: str
    occurred_at: _dt.datetime | None
    caused_by: frozenset[str]
    report_to: str = "总公司领导"
    rule: str = "R-SEC-07"


def report_leak(
    matter: Matter,
    *,
    what: str,
    found_at: _dt.datetime,
    found_by: Person | str,
    remedy: str,
    occurred_at: _dt.datetime | None = None,
    caused_by: Iterable[str] = (),
) -> LeakReport:
    """Build the leak record for HQ (R-SEC-07); ``found_at`` and ``occurred_at`` are aware.

    The level recorded is the matter's level on the day the leak was found.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> m = Matter("C-1", "秘密", "合同", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            term_end=dt.date(2025, 12, 31))
    >>> r = report_leak(m, what="contract photo posted online",
    ...                 found_at=dt.datetime(2025, 6, 2, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
    ...                 found_by="li", remedy="post removed; counterparty informed")
    >>> r.rule, r.report_to, r.level.label
    ('R-SEC-07', '总公司领导', '秘密')
    """
    _check_matter(matter)
    require_str("what", what)
    require_str("remedy", remedy)
    require_aware("found_at", found_at)
    finder = found_by.id if isinstance(found_by, Person) else require_str("found_by", found_by)
    if occurred_at is not None:
        require_aware("occurred_at", occurred_at)
        if occurred_at > found_at:
            raise InvalidInput.for_argument(
                "occurred_at", occurred_at, f"must not be after found_at {found_at.isoformat()}"
            )
    culprits = _ids("caused_by", caused_by)
    return LeakReport(
        matter=matter.id,
        level=effective_level(matter, found_at.date()),
        what=what,
        found_at=found_at,
        found_by=finder,
        remedy=remedy,
        occurred_at=occurred_at,
        caused_by=culprits,
    )
