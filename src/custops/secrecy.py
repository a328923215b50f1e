"""Secrecy levels and access decisions of the company secrecy policy (D12, R-SEC-01 … R-SEC-07).

A :class:`Matter` has a :class:`Level`, a :class:`MatterKind`, an owner, a supervisor, the
people cleared for it and a term; :func:`can_know`, :func:`can_copy` and :func:`can_lend`
answer with an :class:`AccessDecision`.  Everything denies by default and fails closed:
an unknown level, position or kind is an error, never access.

>>> import datetime as dt
>>> clerk = Person("li", company="华东公司", positions={"员工"})
>>> plan = classify_matter("M-1", MatterKind.ANNUAL_PLAN, owner="华东公司",
...                        classified_on=dt.date(2025, 1, 1), ends_on=dt.date(2025, 12, 31),
...                        supervisor_id="zhao")
>>> print(can_know(clerk, plan, on=dt.date(2025, 6, 1)))
拒绝（R-SEC-04）：机密：仅限负责主管及其指定的人员知悉
>>> can_know(clerk, plan, on=dt.date(2026, 1, 1)).allowed     # declassified after the term
True
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, overload

import attrs

from custops._dates import ONE_DAY, add_months
from custops._enums import (
    enum_field,
    fold,
    listed_by,
    lone_or_items,
    member_check,
    members_check,
    members_field,
    own_names,
    parse_member,
)
from custops._text import block, count_repr, examples, moment_text, table_repr, verdict_word
from custops._validate import (
    BOOL,
    DATE,
    OPTIONAL_DATE,
    QUOTED,
    argument_name,
    field_converter,
    fitted_call,
    instance_check,
    item_argument,
    optional_check,
    policy_or_default,
    require_aware,
    require_bool,
    require_date,
    require_distinct,
    require_id,
    require_items,
    require_label,
    require_pairs,
    require_type,
    retyped,
    with_article,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import (
    W_,
    Decision,
    Explained,
    Wording,
    check_said,
    kept_wording,
    worded_colon,
    worded_reason,
)
from custops.enums import LabelledEnum, OrderedEnum, in_english
from custops.errors import AccessDenied, CustopsError, InvalidInput, LevelRequired, PolicyError
from custops.i18n import N_, _, current_language, ngettext, worded_in_english, worded_with_label
from custops.periods import Period, Unit

__all__ = [
    "HQ",
    "AccessDecision",
    "AccessReport",
    "Extension",
    "LeakReport",
    "Level",
    "LevelDecision",
    "LevelRequired",
    "Marking",
    "Matter",
    "MatterAccess",
    "MatterKind",
    "Openness",
    "Person",
    "Position",
    "SecrecyPolicy",
    "access_report",
    "can_copy",
    "can_know",
    "can_lend",
    "classify_matter",
    "copy_of",
    "default_level",
    "effective_level",
    "extend",
    "report_leak",
    "who_may_know",
]

#: The company id of headquarters (总公司).  ``"总公司"``, ``"总部"``, ``"总行"`` (a bank's head
#: office) and ``"hq"`` are read as it;
#: ``SecrecyPolicy.hq_names`` adds HQ's own names (华信科技总公司).
HQ: Final = "HQ"
_HQ_ALIASES: Final = frozenset(fold(a) for a in ("hq", "总公司", "总部", "总行", "headquarters"))

# --------------------------------------------------------------------------------------
# Levels, kinds of matter, positions (R-SEC-01, R-SEC-02, R-SEC-04)


@worded_with_label("SECRET", "CONFIDENTIAL", "TOP_SECRET")
class Level(OrderedEnum):
    """A secrecy level, ordered: not classified < 秘密 < 机密 < 绝密 (R-SEC-01).

    >>> Level.parse("TOP SECRET").label, Level.parse("绝密级").value
    ('绝密', 'top_secret')
    >>> Level.SECRET < Level.CONFIDENTIAL < Level.TOP_SECRET
    True
    """

    UNCLASSIFIED = (
        "unclassified",
        "非密",
        "非密级",
        "无密级",
        "不保密",
        "不属于保密范围",
        "not_classified",
        "non_classified",
    )
    SECRET = ("secret", "秘密", "秘密级")
    CONFIDENTIAL = ("confidential", "机密", "机密级")
    TOP_SECRET = ("top_secret", "绝密", "绝密级")

    @property
    def classified(self) -> bool:
        """Whether this is one of the three secrecy levels."""
        return self is not _UNCLASSIFIED


_UNCLASSIFIED: Final = Level.UNCLASSIFIED  # a module constant: the class lookup is slow


class MatterKind(LabelledEnum):
    """A kind of matter of D12 三 2 (the secrecy scope) and 三 3 (default levels); the last
    five are internal papers outside the secrecy scope (R-SEC-01).

    Besides D12's words, :meth:`parse` reads common office wordings whose kind D12 settles
    (放假通知 is a 通知, 工资表 is 工资, 劳动合同 a 合同, 资产负债表 a 财务报表); a wording that
    may be either of two kinds of different levels (会议纪要: 重要会议记录, 机密, or an
    internal paper outside the scope) is refused naming both, never guessed.

    >>> MatterKind.parse("business license") is MatterKind.BUSINESS_LICENCE
    True
    >>> MatterKind.parse("放假通知").label, MatterKind.parse("工资表").label
    ('通知', '工资')
    >>> MatterKind.parse("会议纪要", argument="kind")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: kind: may name meeting_minutes (重要会议记录) or administrative_paper (行政管理资料): give the MatterKind meant (got '会议纪要')
    """  # noqa: E501

    MAJOR_DECISION = ("major_decision", "重大决策", "重大决策文件", "重要决策文件")
    BUSINESS_STRATEGY = ("business_strategy", "经营战略", "经营规划", "经营决策")
    ANNUAL_PLAN = ("annual_plan", "年度规划", "年度计划")
    CONTRACT = (
        "contract",
        "合同",
        "劳动合同",
        "劳务合同",
        "购销合同",
        "采购合同",
        "销售合同",
        "租赁合同",
        "employment_contract",
        "labour_contract",
        "labor_contract",
    )
    AGREEMENT = ("agreement", "协议", "合作协议", "保密协议", "框架协议")
    OPINION = ("opinion", "意见书")
    FEASIBILITY_REPORT = ("feasibility_report", "可行性报告")
    # 会议记录 alone is not here: only an important meeting's record is 机密 (_AMBIGUOUS_KINDS)
    MEETING_MINUTES = ("meeting_minutes", "重要会议记录", "重要会议纪要")
    BUDGET_REPORT = (
        "budget_report",
        "财务预决算报告",
        "预算报告",
        "决算报告",
        "财务预算",
        "财务决算",
        "预决算报告",
    )
    AUDIT_REPORT = ("audit_report", "审计报告")
    FINANCIAL_STATEMENT = (
        "financial_statement",
        "财务报表",
        "财务报告",
        "资产负债表",
        "利润表",
        "损益表",
        "现金流量表",
        "balance_sheet",
        "income_statement",
        "cash_flow_statement",
    )
    STATISTICS = ("statistics", "统计报表", "统计资料", "统计表")
    BUSINESS_CONDITIONS = ("business_conditions", "经营情况")
    UNPUBLISHED_INFORMATION = ("unpublished_information", "未公开信息", "尚未公开的信息")
    MANAGEMENT_STRATEGY = ("management_strategy", "管理策略")
    CUSTOMER_INFORMATION = (
        "customer_information",
        "客户信息",
        "客户资料",
        "客户名单",
        "客户档案",
        "customer_list",
    )
    SOURCING_INTELLIGENCE = ("sourcing_intelligence", "货源情报")
    PRODUCTION_SALES_STRATEGY = ("production_sales_strategy", "产销策略")
    TECHNICAL_INFORMATION = (
        "technical_information",
        "技术信息",
        "技术水平",
        "技术力量",
        "技术潜力",
    )
    PRODUCT_TRENDS = ("product_trends", "产品动向")
    MANUFACTURER_MATERIALS = ("manufacturer_materials", "厂家技术资料")
    BUSINESS_LICENCE = (
        "business_licence",
        "营业执照",
        "营业执照副本",
        "营业执照正本",
        "business_license",
    )
    ORGANISATION_CODE_CERTIFICATE = (
        "organisation_code_certificate",
        "组织机构代码证",
        "组织机构代码",
        "organization_code_certificate",
    )
    TAX_REGISTRATION_CERTIFICATE = ("tax_registration_certificate", "税务登记证")
    OTHER_CERTIFICATE = ("other_certificate", "其他证件", "相关证件")
    PERSONNEL_FILE = ("personnel_file", "人事档案", "员工档案", "人事资料")
    WAGES = (
        "wages",
        "工资",
        "工资奖金",
        "工资表",
        "工资单",
        "工资条",
        "工资明细",
        "薪资",
        "薪资表",
        "薪酬",
        "薪酬表",
        "payroll",
        "payslip",
        "salary",
        "salaries",
    )
    BONUSES = ("bonuses", "奖金", "奖金表", "奖金发放表", "绩效奖金", "bonus")
    OTHER_CONFIRMED = ("other_confirmed", "其他经确认应保密的事项")
    GENERAL_DECISION = ("general_decision", "一般性决定")
    RESOLUTION = ("resolution", "决议")
    ANNOUNCEMENT = ("announcement", "通告", "公告")
    NOTICE = (
        "notice",
        "通知",
        "放假通知",
        "节假日通知",
        "会议通知",
        "停水通知",
        "停电通知",
        "公司通知",
        "holiday_notice",
    )
    ADMINISTRATIVE_PAPER = ("administrative_paper", "行政管理资料", "行政文件")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> MatterKind:
        """The kind ``text`` names (:meth:`LabelledEnum.parse
        <custops.enums.LabelledEnum.parse>`); a wording that may name two kinds of
        different levels is refused naming both."""
        return parse_member(cls, text, argument=argument, ambiguous=_AMBIGUOUS_KINDS)


# Office wordings that D12 does not settle, each with the kinds it may name: minutes are
# 机密 only when the meeting is important (三 3 2) 重要会议记录), otherwise internal papers;
# technical papers are 厂家技术资料 (机密) when a manufacturer's, else 技术信息 (classified
# explicitly); a 决定 is 重大决策 (绝密) or 一般性决定 (out of the scope); a 报表 financial or
# statistical; an 档案 a personnel file or a customer's.
_AMBIGUOUS_KINDS: Final = {
    fold(word): kinds
    for words, kinds in (
        (
            ("会议记录", "会议纪要", "会议纪录", "会议笔记", "minutes", "board_minutes"),
            ("MEETING_MINUTES", "ADMINISTRATIVE_PAPER"),
        ),
        (
            ("技术图纸", "技术资料", "技术文档", "图纸", "technical_drawings"),
            ("MANUFACTURER_MATERIALS", "TECHNICAL_INFORMATION"),
        ),
        (("决定", "decision"), ("MAJOR_DECISION", "GENERAL_DECISION")),
        (("报表", "report_form"), ("FINANCIAL_STATEMENT", "STATISTICS")),
        (("档案", "file"), ("PERSONNEL_FILE", "CUSTOMER_INFORMATION")),
    )
    for word in words
}
listed_by(MatterKind, "`custops secrecy kinds`")


@worded_in_english
@in_english(
    SUBSIDIARY_GM="subsidiary general manager",
    HQ_DEPUTY_GM="HQ deputy general manager",
    HQ_GM="HQ general manager",
)
class Position(OrderedEnum):
    """A position in the group (R-SEC-04 … R-SEC-06), ordered by authority, lowest first;
    access never depends on *lacking* one.

    >>> Position.parse("HQ deputy GM").label, max(Position).label
    ('总公司副总经理', '总公司总经理')
    """

    STAFF = ("staff", "员工", "职员", "employee")
    SUPERVISOR = ("supervisor", "主管", "主管人员")
    DEPARTMENT_MANAGER = ("department_manager", "部门经理")
    SUBSIDIARY_GM = ("subsidiary_gm", "子公司总经理", "子公司经理", "subsidiary_general_manager")
    HQ_DEPUTY_GM = (
        "hq_deputy_gm",
        "总公司副总经理",
        "总公司副/总经理",
        "hq_deputy_general_manager",
    )
    HQ_GM = ("hq_gm", "总公司总经理", "hq_general_manager")

    @property
    def hq_only(self) -> bool:
        """Whether only a person of headquarters can hold this position."""
        return self in _HQ_LEADERS


_HQ_LEADERS: Final = frozenset({Position.HQ_GM, Position.HQ_DEPUTY_GM})


class Openness(LabelledEnum):
    """To whom a matter outside the secrecy scope (R-SEC-01) or declassified (R-SEC-03) is
    open: ``SecrecyPolicy.unclassified_open_to`` and ``SecrecyPolicy.declassified_open_to``.

    >>> Openness.parse("everyone") is Openness.parse("全体员工") is Openness.EVERYONE
    True
    """

    OWNING_COMPANY = ("owning_company", "本公司员工", "company")
    EVERYONE = ("everyone", "全体员工", "all")


@kept_wording
@attrs.frozen
class AccessDecision(Decision):
    """A :class:`~custops.decisions.Decision` of a secrecy check (know, copy, lend) whose
    :meth:`require` raises :class:`~custops.errors.AccessDenied`.

    The decisions :func:`can_know`, :func:`can_copy` and :func:`can_lend` make keep facts,
    not sentences: ``said``, a :class:`~custops.decisions.Wording`, and their ``reason`` is
    worded from it when read, in the language active then, so a decision made in Chinese
    reads in English and equals the same decision made in English.  A decision built with
    a ``reason`` of its own text keeps that text as given:

    >>> AccessDecision(False, "R-SEC-04", "绝密：仅限指定人员知悉").require()
    Traceback (most recent call last):
    ...
    custops.errors.AccessDenied: 拒绝（R-SEC-04）：绝密：仅限指定人员知悉
    """

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    _refusal = AccessDenied


# --------------------------------------------------------------------------------------
# Argument checks (one per type; attrs fields use them through the converters below)


def _pairs(
    key: Callable[[str, Any], Any], item: Callable[[str, Any], Any], *, takes: object
) -> Any:
    """The converter of a mapping (or pairs) ``key`` → ``item``, kept as pairs in key order
    (``takes``: what ``__init__`` shows for the field)."""

    def check(argument: str, value: Any) -> tuple[tuple[Any, Any], ...]:
        out = {key(argument, k): item(argument, v) for k, v in require_pairs(argument, value)}
        return tuple(sorted(out.items(), key=lambda kv: kv[0].position))

    return field_converter(check, takes=takes)


def _folded_id(argument: str, value: Any) -> str:
    """An id of a person or a matter, or a company's name, as secrecy keeps and compares it:
    :func:`~custops._validate.require_id`, then NFKC, so that an HR export's full-width
    ``０１０４`` is the person ``0104`` (and a full-width rule ID is refused as the ASCII
    one is); the error names ``argument``."""
    text = require_id(argument, value)
    folded = unicodedata.normalize("NFKC", text)
    return text if folded == text else require_id(argument, folded)


def require_company(argument: str, value: Any) -> str:
    """A company of the group as :class:`Person` and :class:`Matter` keep it: an id
    (:func:`~custops._validate.require_id`, width-folded by NFKC as every id here is),
    ``总公司``/``总部``/``总行``/``hq`` read as :data:`HQ`; the error names ``argument`` (the
    check :mod:`custops.testing` gives its ``companies``)."""
    text = _folded_id(argument, value)
    return HQ if fold(text) in _HQ_ALIASES else text


def _ids(argument: str, value: Any) -> frozenset[str]:
    return frozenset(require_items(argument, value, "a collection of person ids", each=_folded_id))


def _matter_ids(argument: str, value: Any) -> tuple[str, ...]:
    return require_items(argument, value, "a sequence of matter ids", each=_folded_id, ordered=True)


def _hq_names(argument: str, value: Any) -> frozenset[str]:
    """HQ's own names (``SecrecyPolicy.hq_names``), each a company as typed
    (:func:`require_company`; a built-in alias reads as :data:`HQ` and adds nothing)."""
    names = require_items(argument, value, "a collection of company names", each=require_company)
    return frozenset(name for name in names if name != HQ)


def _extensions(argument: str, value: Any) -> tuple[Extension, ...]:
    return require_items(argument, value, "a sequence of Extension", each=instance_check(Extension))


if TYPE_CHECKING:

    def _COMPANY(value: str) -> str: ...  # noqa: N802
    def _ID(value: str) -> str: ...  # noqa: N802
    def _OPTIONAL_ID(value: str | None) -> str | None: ...  # noqa: N802
    def _KINDS(value: Iterable[MatterKind | str]) -> frozenset[MatterKind]: ...  # noqa: N802
    def _POSITIONS(value: Iterable[Position | str]) -> frozenset[Position]: ...  # noqa: N802
    def _IDS(value: Iterable[str]) -> frozenset[str]: ...  # noqa: N802
    def _MATTER_IDS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802
    def _HQ_NAMES(value: Iterable[str]) -> frozenset[str]: ...  # noqa: N802
    def _EXTENSIONS(value: Iterable[Extension]) -> tuple[Extension, ...]: ...  # noqa: N802

else:
    _COMPANY = field_converter(require_company, takes="str")
    _ID = field_converter(_folded_id, takes="str")
    _OPTIONAL_ID = field_converter(optional_check(_folded_id), takes="str | None")
    _KINDS = members_field(MatterKind)
    _POSITIONS = members_field(Position)
    _IDS = field_converter(_ids, takes="Iterable[str]")
    _MATTER_IDS = field_converter(_matter_ids, takes="Iterable[str]")
    _HQ_NAMES = field_converter(_hq_names, takes="Iterable[str]")
    _EXTENSIONS = field_converter(_extensions, takes="Iterable[Extension]")


def _check(argument: str, value: Any, cls: type[Any]) -> None:
    if type(value) is not cls:
        require_type(argument, value, cls, with_article(cls.__name__))


def _policy_check(ok: bool, argument: str, value: Any, problem: str) -> None:
    if not ok:
        raise PolicyError.for_argument(argument, value, problem)


def _ranked(positions: Iterable[Position]) -> tuple[Position, ...]:
    """Positions highest first, as a field of a message (labels joined by the language)."""
    return tuple(sorted(positions, reverse=True))


def _company_name(company: str) -> str | Wording:
    """A company as a sentence names it: headquarters in the language read in."""
    return W_(N_("HQ")) if company == HQ else company


# --------------------------------------------------------------------------------------
# Policy

_K = MatterKind
_GM: Final = frozenset({Position.SUBSIDIARY_GM})
_SEED_COPY_APPROVERS: Final = {
    Level.TOP_SECRET: _HQ_LEADERS,
    Level.CONFIDENTIAL: _GM,
    Level.SECRET: _GM,
}
_SEED_OUT_OF_SCOPE: Final = frozenset(
    {_K.GENERAL_DECISION, _K.RESOLUTION, _K.ANNOUNCEMENT, _K.NOTICE, _K.ADMINISTRATIVE_PAPER}
)
_LICENCES: Final = frozenset({_K.BUSINESS_LICENCE, _K.ORGANISATION_CODE_CERTIFICATE})
_CERTIFICATES: Final = _LICENCES | {_K.TAX_REGISTRATION_CERTIFICATE, _K.OTHER_CERTIFICATE}
#: D12 三 3: 绝密, 机密 and 秘密 kinds (every certificate is 秘密).
_SEED_DEFAULT_LEVELS: Final = {
    _K.MAJOR_DECISION: Level.TOP_SECRET,
    **dict.fromkeys(
        (_K.ANNUAL_PLAN, _K.FINANCIAL_STATEMENT, _K.STATISTICS, _K.MEETING_MINUTES),
        Level.CONFIDENTIAL,
    ),
    **dict.fromkeys((_K.BUSINESS_CONDITIONS, _K.MANUFACTURER_MATERIALS), Level.CONFIDENTIAL),
    **dict.fromkeys((_K.CONTRACT, _K.AGREEMENT, _K.PERSONNEL_FILE), Level.SECRET),
    **dict.fromkeys((_K.WAGES, _K.BONUSES, _K.UNPUBLISHED_INFORMATION), Level.SECRET),
    **dict.fromkeys(_CERTIFICATES, Level.SECRET),
}


def _d12_3_3() -> str:
    """D12 三 3 (the levels of the kinds) as a refusal cites it, for its reader."""
    return examples("D12 part 3, item 3", "D12 三 3")


def _below_floor(kind: MatterKind, floor: Level) -> str:
    """Why a level below ``floor``, the default level of ``kind``, is refused (R-SEC-02)."""
    head = examples(
        f"{kind.words} may not be classified below {floor.words}",
        f"{kind.label} 的密级不得低于 {floor.label}",
    )
    return (
        f"{head}: the drafting company marks the level by {_d12_3_3()}, where a kind's default "
        "level is the lowest it may be given (R-SEC-02)"
    )


@attrs.frozen
class _Tables:
    """Decisions and lookups precomputed from a policy (private; shared by every call)."""

    know_all: frozenset[Position]
    know_all_yes: AccessDecision
    declassified_cleared: AccessDecision
    cleared: dict[tuple[bool, str], AccessDecision]  # by the level's name: a str hashes in C
    opened: dict[bool, AccessDecision]
    copy_approvers: dict[Level, frozenset[Position]]
    lend_approvers: dict[Level, frozenset[Position]]
    defaults: dict[MatterKind, Level]
    everyone_unclassified: bool
    everyone_declassified: bool
    hq_names: frozenset[str]  # folded; empty by default, so company() is one lookup


if TYPE_CHECKING:
    from custops._validate import MappingOrPairs

    def _OPENNESS(value: Openness | str) -> Openness: ...  # noqa: N802
    def _COPY_APPROVERS(  # noqa: N802
        value: MappingOrPairs[Level, Iterable[Position | str]],
    ) -> tuple[tuple[Level, frozenset[Position]], ...]: ...
    def _DEFAULT_LEVELS(  # noqa: N802
        value: MappingOrPairs[MatterKind, Level | str],
    ) -> tuple[tuple[MatterKind, Level], ...]: ...
    def _POSITION_NAMES(  # noqa: N802
        value: MappingOrPairs[str, Position | str],
    ) -> tuple[tuple[str, Position], ...]: ...
    def _APPROVERS_BY_LEVEL(  # noqa: N802
        value: MappingOrPairs[Level, Iterable[Position | str]],
    ) -> tuple[tuple[Level, frozenset[Position]], ...]: ...

else:
    _OPENNESS = enum_field(Openness)
    _COPY_APPROVERS = _pairs(
        member_check(Level),
        members_check(Position),
        takes=Mapping[Level | str, Iterable[Position | str]]
        | Sequence[tuple[Level | str, Iterable[Position | str]]],
    )
    _DEFAULT_LEVELS = _pairs(
        member_check(MatterKind),
        member_check(Level),
        takes=Mapping[MatterKind | str, Level | str]
        | Sequence[tuple[MatterKind | str, Level | str]],
    )
    _POSITION_NAMES = field_converter(
        lambda argument, value: own_names(argument, value, Position, "position"),
        takes=Mapping[str, Position | str] | Sequence[tuple[str, Position | str]],
    )

    def _approvers_by_level(value: Any, policy: Any, field: Any) -> Any:
        """``copy_approvers`` / ``lend_approvers`` read, a company's own titles of
        ``position_names`` (read before them) as the positions they map to."""
        return _COPY_APPROVERS.converter(_own_titles(value, policy), field)

    _APPROVERS_BY_LEVEL = attrs.Converter(
        retyped(
            _approvers_by_level,
            Mapping[Level | str, Iterable[Position | str]]
            | Sequence[tuple[Level | str, Iterable[Position | str]]],
        ),
        takes_self=True,
        takes_field=True,
    )


def _own_titles(value: Any, policy: Any) -> Any:
    """``value`` (a level → positions mapping or pairs) with each company's own title of
    ``policy.position_names`` replaced by the position it maps to (spaces, case and
    full-width forms ignored, as :meth:`SecrecyPolicy.staff_position` reads them); anything
    else is left for the converter to read or refuse."""
    names = {fold(name): mapped for name, mapped in getattr(policy, "position_names", ())}
    if not names:
        return value

    def mapped(positions: Any) -> Any:
        if isinstance(positions, str) or not isinstance(positions, Iterable):
            return positions
        read = [names.get(fold(p), p) if type(p) is str else p for p in positions]
        return frozenset(read) if isinstance(positions, (set, frozenset)) else read

    if isinstance(value, Mapping):
        return {level: mapped(positions) for level, positions in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [
            (pair[0], mapped(pair[1])) if isinstance(pair, tuple) and len(pair) == 2 else pair
            for pair in value
        ]
    return value


@attrs.frozen(kw_only=True)
class SecrecyPolicy:
    """The secrecy rules of D12 as data; the defaults are the seed's (R-SEC-02 … R-SEC-06).

    ``default_levels`` maps a kind to its default level (R-SEC-02; a kind in the scope
    missing here is classified explicitly), the lowest level the kind may be given: it may
    raise D12 三 3's level of a kind, never lower it nor put the kind out of scope;
    ``know_all`` are the positions that know every matter (R-SEC-04); ``copy_approvers``
    maps a level to the positions whose approval allows a copy (R-SEC-05, D12 四 2 2));
    ``certificate_approvers`` approve copying or lending ``certificate_kinds`` (R-SEC-06,
    D12 四 2 4)), ``manager_copy_approvers`` copying ``manager_copyable``;
    ``lend_approvers``: the company's own lending rule for what is not a certificate (a
    records room's 借阅制度; D12 sets none): a level → the positions whose approval lets a
    matter of that level be lent (R-SEC-06), empty by default (the seed's: only
    certificates are lent); the positions given for a level approve lending every lower
    level too (``非密`` included: a declassified matter), a level above every level given is
    lent to no one; ``copy_approvers`` and ``lend_approvers`` may name the company's own
    titles of ``position_names``; ``company_bound``
    positions approve for their own company only; ``hq_approves`` lets the HQ (deputy) GM
    approve a subsidiary's 机密/秘密 copies and certificates too (it always approves for HQ's
    own matters and a subsidiary GM's own request); ``unclassified_open_to``: to whom a
    matter never classified is open (R-SEC-01, D12 三 2: 一般性决定、决议、通告、通知、行政管理资料
    are internal papers outside the secrecy scope, and D12 二 covers 总公司及直属公司全体员工:
    every staff member of the group, the default); ``declassified_open_to``: to whom a
    matter declassified at the end of its term is open (R-SEC-03; the staff of the owning
    company, the default: the seed says it is no longer secret, not that it is the whole
    group's); ``allow_self_approval`` (the seed: no, an approval is a second person's
    control); ``hq_names``: HQ's own names besides 总公司, 总部, 总行, HQ and headquarters (its
    registered name, 华信科技总公司), which every decision reads as HQ: a person or a matter
    keeps its company as typed, and whether that is HQ is the policy's to say;
    ``position_names``: the company's own job titles (an HR export's 科员, 副总经理), each
    read as the :class:`Position` it stands for by :meth:`staff_position` and
    :meth:`person` (as ``CasePolicy(role_names=…)`` reads a desk's own role names; a title
    that is already a position's name may not map to another one, :class:`PolicyError`).
    A policy that contradicts itself raises :class:`~custops.errors.PolicyError`:

    >>> SecrecyPolicy(know_all={"总公司副总经理"})
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: know_all: 总公司总经理 outranks 总公司副总经理 ...
    """

    # read first: copy_approvers and lend_approvers may use the company's own titles
    position_names: tuple[tuple[str, Position], ...] = attrs.field(
        default=(), converter=_POSITION_NAMES, repr=table_repr
    )
    default_levels: tuple[tuple[MatterKind, Level], ...] = attrs.field(
        default=_SEED_DEFAULT_LEVELS,
        converter=_DEFAULT_LEVELS,
        repr=count_repr,
    )
    out_of_scope: frozenset[MatterKind] = attrs.field(default=_SEED_OUT_OF_SCOPE, converter=_KINDS)
    know_all: frozenset[Position] = attrs.field(default=_HQ_LEADERS, converter=_POSITIONS)
    copy_approvers: tuple[tuple[Level, frozenset[Position]], ...] = attrs.field(
        default=_SEED_COPY_APPROVERS,
        converter=_APPROVERS_BY_LEVEL,
    )
    certificate_kinds: frozenset[MatterKind] = attrs.field(default=_CERTIFICATES, converter=_KINDS)
    certificate_approvers: frozenset[Position] = attrs.field(default=_GM, converter=_POSITIONS)
    lend_approvers: tuple[tuple[Level, frozenset[Position]], ...] = attrs.field(
        default=(),
        converter=_APPROVERS_BY_LEVEL,
    )
    manager_copyable: frozenset[MatterKind] = attrs.field(default=_LICENCES, converter=_KINDS)
    manager_copy_approvers: frozenset[Position] = attrs.field(
        default=_GM | {Position.DEPARTMENT_MANAGER},
        converter=_POSITIONS,
    )
    company_bound: frozenset[Position] = attrs.field(
        default=frozenset(Position) - _HQ_LEADERS,
        converter=_POSITIONS,
    )
    hq_approves: bool = attrs.field(default=False, converter=BOOL)
    unclassified_open_to: Openness = attrs.field(
        default=Openness.EVERYONE,
        converter=_OPENNESS,
    )
    declassified_open_to: Openness = attrs.field(
        default=Openness.OWNING_COMPANY,
        converter=_OPENNESS,
    )
    allow_self_approval: bool = attrs.field(default=False, converter=BOOL)
    hq_names: frozenset[str] = attrs.field(default=frozenset(), converter=_HQ_NAMES)
    _tables: dict[str, _Tables] = attrs.field(
        init=False, factory=dict, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        defaults, approvers = dict(self.default_levels), dict(self.copy_approvers)
        both = sorted(k.words for k in set(defaults) & self.out_of_scope)
        problem = "a kind cannot both have a default level and be out of the secrecy scope"
        _policy_check(not both, "out_of_scope", both, problem)
        for kind, level in defaults.items():
            problem = "use out_of_scope for a kind that is not classified"
            _policy_check(level.classified, "default_levels", kind.words, problem)
        for level in Level:
            ok = bool(approvers.get(level)) or not level.classified
            problem = "every classified level needs at least one approving position"
            _policy_check(ok, "copy_approvers", level.words, problem)
        for level, positions in self.lend_approvers:
            problem = (
                "a level given needs at least one approving position (leave it out to lend none)"
            )
            _policy_check(bool(positions), "lend_approvers", level.words, problem)
        problem = "unclassified matters need no copy approval"
        _policy_check(
            _UNCLASSIFIED not in approvers, "copy_approvers", _UNCLASSIFIED.words, problem
        )
        for kind, floor in _SEED_DEFAULT_LEVELS.items():  # D12 三 3 is a floor (R-SEC-02)
            problem = f"{kind.words} is {floor.words} by {_d12_3_3()} and stays in the scope"
            _policy_check(kind not in self.out_of_scope, "out_of_scope", kind.words, problem)
            level = defaults.get(kind, floor)
            _policy_check(level >= floor, "default_levels", kind.words, _below_floor(kind, floor))
        loose = sorted(k.words for k in self.manager_copyable - self.certificate_kinds)
        problem = "must be certificates (in certificate_kinds)"
        _policy_check(not loose, "manager_copyable", loose, problem)
        _policy_check(bool(self.know_all), "know_all", (), "must not be empty")
        # every position above one that knows all knows all too; every position below a
        # company-bound one is company-bound too
        low, high = min(self.know_all), max(self.company_bound, default=min(Position))
        know_all = sorted(p.words for p in self.know_all)
        bound = sorted(p.words for p in self.company_bound)
        for p in Position:
            problem = f"{p.words} outranks {low.words} and must know all too"
            _policy_check(p <= low or p in self.know_all, "know_all", know_all, problem)
            problem = f"{p.words} ranks below {high.words} and must be company-bound too"
            _policy_check(p >= high or p in self.company_bound, "company_bound", bound, problem)

    def staff_position(self, position: Position | str) -> Position:
        """The :class:`Position` ``position`` names: a company's own title of
        ``position_names`` as the position it maps to (spaces, case and full-width forms
        ignored, as in the seed's names), a text read as a :class:`Position` (else
        :class:`~custops.errors.InvalidInput` naming ``position``, saying how to map a
        company's own title).

        >>> hr = SecrecyPolicy(position_names={"科员": "员工", "副总经理": "总公司副总经理"})
        >>> hr.staff_position(" 科员 ").label, hr.staff_position("主管").label
        ('员工', '主管')
        """
        return self._position("position", position)

    @fitted_call
    def person(
        self, person_id: str, *, company: str, positions: Iterable[Position | str] = ()
    ) -> Person:
        """A :class:`Person` whose ``positions`` may be the company's own titles of
        ``position_names`` (R-SEC-04): each read by :meth:`staff_position`; a title neither
        a position nor one of ``position_names`` is refused naming ``positions``.

        >>> hr = SecrecyPolicy(position_names={"科员": "员工", "副总经理": "总公司副总经理"})
        >>> hr.person("0999", company="重装沈阳公司", positions=["科员"]).positions
        frozenset({<Position.STAFF: 'staff'>})
        >>> hr.person("0998", company="重装沈阳公司", positions=["处长"])
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: positions[0]: is not a known Position; ... (got '处长')
        """
        person_id = _folded_id("person_id", person_id)
        company = require_company("company", company)
        held = require_items(
            "positions", positions, "a collection of Position", Position, str, each=self._position
        )
        return Person(person_id, company=company, positions=frozenset(held))

    def _position(self, argument: str, position: Any) -> Position:
        if isinstance(position, Position):
            return position
        if self.position_names and type(position) is str:
            names = {fold(name): mapped for name, mapped in self.position_names}
            position = names.get(fold(position), position)
        try:
            return Position.parse(position, argument=argument)
        except InvalidInput as exc:  # a company's own title: say how to use it
            problem = (
                f"{exc.problem}; map a company's own title to one of these with "
                "SecrecyPolicy(position_names={title: position})"
            )
            raise InvalidInput.for_argument(argument, position, problem) from None


# What can_know answers a person cleared (True) or not (False) on a matter of a level: R-SEC-04,
# R-SEC-01 for an unclassified matter.
_CLEARED: Final = {
    (True, "TOP_SECRET"): N_("{level}: designated by the HQ (deputy) GM"),
    (True, "CONFIDENTIAL"): N_("{level}: the responsible supervisor or a person they named"),
    (True, "UNSUPERVISED"): N_(
        "{level}: cleared on the matter, which records no responsible supervisor"
    ),
    (True, "SECRET"): N_("{level}: related staff of the matter"),
    (True, "UNCLASSIFIED"): N_("{level}: named on the matter"),
    (False, "TOP_SECRET"): N_("{level}: only people designated by the HQ (deputy) GM may know it"),
    (False, "CONFIDENTIAL"): N_(
        "{level}: only the responsible supervisor and the people they named may know it"
    ),
    (False, "SECRET"): N_("{level}: only related staff may know it"),
}
# A 机密 matter without a responsible supervisor: its cleared people were named by none.
_LEVEL_OF: Final = {"UNSUPERVISED": "CONFIDENTIAL"}
# What it answers on a matter not (or no longer) classified to a person it is open to, by
# declassified: R-SEC-03 when declassified, else R-SEC-01.
_OPEN: Final = {
    False: N_("not classified (outside the secrecy scope); open to {whom}"),
    True: N_("declassified at the end of its term; open to {whom}"),
}
# ... and to a person of another company, when open to the owning company only: both
# companies named, as a company is matched as written (华东子公司 is not 华东公司).
_CLOSED: Final = {
    False: N_(
        "not classified, but open only to the staff of the owning company {owner}; "
        "{person} is of {company} (companies are matched by name as written)"
    ),
    True: N_(
        "declassified at the end of its term, but open only to the staff of the owning "
        "company {owner}; {person} is of {company} (companies are matched by name as written)"
    ),
}


def _build_tables(policy: SecrecyPolicy) -> _Tables:
    """The answers of ``policy`` in the active language (built once per language)."""
    everyone = {
        False: policy.unclassified_open_to is Openness.EVERYONE,
        True: policy.declassified_open_to is Openness.EVERYONE,
    }
    whom = {
        flag: W_(N_("every staff member") if all_ else N_("staff of the owning company"))
        for flag, all_ in everyone.items()
    }
    r4, r1, r3 = "R-SEC-04", "R-SEC-01", "R-SEC-03"
    yes = AccessDecision
    return _Tables(
        know_all=policy.know_all,
        know_all_yes=yes(
            True,
            r4,
            W_(N_("{positions} may know every matter"), positions=_ranked(policy.know_all)),
        ),
        declassified_cleared=yes(
            True,
            r3,
            W_(N_("declassified at the end of its term; was cleared while classified")),
        ),
        cleared={
            (allowed, name): yes(
                allowed,
                r4 if name != "UNCLASSIFIED" else r1,
                W_(m, level=Level[_LEVEL_OF.get(name, name)]),
            )
            for (allowed, name), m in _CLEARED.items()
        },
        opened={
            flag: yes(True, r3 if flag else r1, W_(m, whom=whom[flag])) for flag, m in _OPEN.items()
        },
        copy_approvers=dict(policy.copy_approvers),
        lend_approvers=_lend_table(policy.lend_approvers),
        defaults=dict(policy.default_levels),
        everyone_unclassified=everyone[False],
        everyone_declassified=everyone[True],
        hq_names=frozenset(fold(name) for name in policy.hq_names),
    )


def _lend_table(
    given: tuple[tuple[Level, frozenset[Position]], ...],
) -> dict[Level, frozenset[Position]]:
    """The company's lending rule by level (R-SEC-06): whoever may approve lending a level
    approves lending every level below it too (a 机密 approver lends 秘密 and, once
    declassified, 非密 matters), as D12's own approvals rise with the level (四 2: 子公司总经理
    for 机密/秘密, 总公司副/总经理 for 绝密); a level above every level given is lent to no one."""
    own, table = dict(given), {}
    approvers: frozenset[Position] = frozenset()
    for level in sorted(Level, reverse=True):
        approvers |= own.get(level, frozenset())
        if approvers:
            table[level] = approvers
    return table


def _company(t: _Tables, company: str) -> str:
    """``company`` as the decisions compare it: :data:`HQ` for one of the policy's HQ names."""
    return HQ if t.hq_names and fold(company) in t.hq_names else company


# The positions whose holder's company decides whether they may hold them (Person).
_PLACED: Final = _HQ_LEADERS | {Position.SUBSIDIARY_GM}


def _misplaced(position: Position, company: str) -> str | None:
    """Why ``position`` cannot be held at ``company`` (HQ or not, as compared), or None."""
    if position.hq_only and company != HQ:
        return f"only at HQ, not at {company!r}"
    if position is Position.SUBSIDIARY_GM and company == HQ:
        return "at a subsidiary, not at HQ"
    return None


def _placed(argument: str, person: Person, t: _Tables) -> Person:
    """``person``, whose HQ or subsidiary position fits their company under the policy
    (a name the policy reads as HQ included); else :class:`InvalidInput` naming
    ``argument``.  Person checks what it can without a policy (no subsidiary GM at HQ)."""
    if person.positions.isdisjoint(_PLACED):
        return person
    company = _company(t, person.company)
    for position in _ranked(person.positions):
        where = _misplaced(position, company)
        if where is not None:
            problem = f"{position.words} is held {where}"
            if company != HQ:
                problem += " (SecrecyPolicy.hq_names gives HQ's own names)"
            raise InvalidInput.for_argument(argument, person, problem)
    return person


# Apart from _build_tables: every can_know calls _tables, and a small function is cheaper
# to call.
def _tables(policy: SecrecyPolicy) -> _Tables:
    """The precomputed answers and lookups of ``policy`` in the active language."""
    code = current_language()
    found = policy._tables.get(code)
    if found is None:
        found = policy._tables[code] = _build_tables(policy)
    return found


if TYPE_CHECKING:

    def _LEVEL(value: Level | str) -> Level: ...  # noqa: N802

else:
    _LEVEL = enum_field(Level)


@kept_wording
@attrs.frozen
class LevelDecision(Explained):
    """A level with the rule that gives it: the default level of a kind of matter
    (``default_level(..., explain=True)``) or a matter's level on a day
    (``effective_level(..., explain=True)``).  ``outcome`` is the :class:`Level`; ``rule`` is
    R-SEC-02 (the policy's default for the kind), R-SEC-01 (outside the secrecy scope: not
    classified) or R-SEC-03 (the secrecy term on the day); ``reason`` is one line, worded
    when read from the facts it keeps (``said``, a :class:`~custops.decisions.Wording`), in
    the language active then; a ``reason`` given as text is kept as given.  It has no truth
    value: test ``.outcome``.

    >>> default_level("合同", explain=True).outcome
    <Level.SECRET: 'secret'>
    """

    outcome: Level = attrs.field(converter=_LEVEL)
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@overload
def default_level(
    kind: MatterKind | str, *, explain: Literal[False] = ..., policy: SecrecyPolicy | None = ...
) -> Level: ...
@overload
def default_level(
    kind: MatterKind | str, *, explain: Literal[True], policy: SecrecyPolicy | None = ...
) -> LevelDecision: ...
@overload
def default_level(
    kind: MatterKind | str, *, explain: bool, policy: SecrecyPolicy | None = ...
) -> Level | LevelDecision: ...
@fitted_call
def default_level(
    kind: MatterKind | str, *, explain: bool = False, policy: SecrecyPolicy | None = None
) -> Level | LevelDecision:
    """The level a kind of matter gets when none is given (R-SEC-01, R-SEC-02).

    A kind outside the secrecy scope is :attr:`Level.UNCLASSIFIED` (R-SEC-01); one in the
    scope without a default (客户信息, …) raises :class:`LevelRequired`: there is no silent
    default (:func:`classify_matter` takes its ``level``).  ``explain=True`` returns a
    :class:`LevelDecision` with the rule (R-SEC-02 for the policy's default of the kind,
    R-SEC-01 for a kind outside the scope) and a reason.

    >>> default_level(MatterKind.MAJOR_DECISION), default_level("通知")
    (<Level.TOP_SECRET: 'top_secret'>, <Level.UNCLASSIFIED: 'unclassified'>)
    >>> print(default_level("重大决策", explain=True))
    绝密（R-SEC-02）：重大决策默认定为绝密
    >>> print(default_level("通知", explain=True))
    非密（R-SEC-01）：通知不属于保密范围，不定密级
    >>> default_level("客户信息")
    Traceback (most recent call last):
    ...
    custops.errors.LevelRequired: kind: 客户信息 (customer_information) is in the secrecy scope ...
    """
    kind = MatterKind.parse(kind, argument="kind")
    pol = policy_or_default(policy, SecrecyPolicy)
    explain = require_bool("explain", explain)
    level = _tables(pol).defaults.get(kind)
    if level is not None:
        rule, said = "R-SEC-02", N_("{kind} is {level} by default")
    elif kind in pol.out_of_scope:
        level, rule = _UNCLASSIFIED, "R-SEC-01"
        said = N_("{kind} is outside the secrecy scope: not classified")
    else:
        problem = f"{kind.words} ({kind.value}) is in the secrecy scope but has no default level"
        problem += " (R-SEC-02); classify it explicitly"  # classify_matter(level=…)
        raise LevelRequired.for_argument("kind", kind, problem)
    return LevelDecision(level, rule, W_(said, kind=kind, level=level)) if explain else level


# --------------------------------------------------------------------------------------
# People and matters


@attrs.frozen
class Person:
    """A person of the group: an id, the company (:data:`HQ`, or a company as typed) and
    positions; HQ positions are held only at HQ, the subsidiary GM position only outside it.

    The company is kept as typed, but for 总公司, 总部, 总行 and hq, read as :data:`HQ`.  Whether
    another name is HQ's (华信科技总公司) is the policy's to say
    (``SecrecyPolicy.hq_names``), so a position is checked against the company here where
    the answer does not depend on it (no subsidiary GM at :data:`HQ`), and by every
    decision, under its policy, otherwise (an HQ position at a company the policy does not
    read as HQ is refused naming the person).

    >>> Person("x", company=HQ, positions={"子公司总经理"})
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: positions: 子公司总经理 is held at a subsidiary, not at HQ ...
    """

    id: str = attrs.field(converter=_ID)
    company: str = attrs.field(converter=_COMPANY)
    positions: frozenset[Position] = attrs.field(default=frozenset(), converter=_POSITIONS)

    def __attrs_post_init__(self) -> None:
        if self.company == HQ and Position.SUBSIDIARY_GM in self.positions:
            held = sorted(p.words for p in self.positions)
            where = _misplaced(Position.SUBSIDIARY_GM, HQ)
            raise InvalidInput.for_argument(
                "positions", held, f"{Position.SUBSIDIARY_GM.words} is held {where}"
            )

    def with_position(self, position: Position | str) -> Person:
        """This person with one more position (a higher position never removes access)."""
        added = Position.parse(position, argument="position")
        where = _misplaced(added, self.company) if self.company == HQ else None
        if where is None:
            return attrs.evolve(self, positions=self.positions | {added})
        raise InvalidInput.for_argument("position", position, f"is held {where}")


@attrs.frozen(kw_only=True)
class Extension:
    """A decision on ``decided_on`` to keep a matter classified through ``ends_on`` (R-SEC-03)."""

    decided_on: _dt.date = attrs.field(converter=DATE)
    ends_on: _dt.date = attrs.field(converter=DATE)

    def __attrs_post_init__(self) -> None:
        problem = f"is before decided_on {self.decided_on}"
        within("ends_on", self.ends_on, self.ends_on, low=self.decided_on, problem=problem)


if TYPE_CHECKING:

    def _MATTER_KIND(value: MatterKind | str) -> MatterKind: ...  # noqa: N802

else:
    _MATTER_KIND = enum_field(MatterKind)


@attrs.frozen
class Matter:
    """A classified (or unclassified) matter: a document, file or piece of information.

    ``person_ids`` are the ids of the people cleared for it (R-SEC-04): for 绝密 those the
    HQ (deputy) GM designated, for 机密 those the ``supervisor_id`` named, for 秘密 the related
    staff (the supervisor among them).  It is classified through ``ends_on`` (``None``: no term) or
    ``last_classified_on`` with its extensions, declassified from the next day (R-SEC-03).
    ``original_id`` is the id of the matter this one copies (R-SEC-05), and
    ``ancestor_ids`` those of the originals above it when that one is a copy too, its own
    original first, up to the first matter copied (:func:`copy_of` keeps them), so that a
    copy of a copy can be read under any of them (:func:`can_know`'s ``original=``).
    :func:`classify_matter` gives it the default level of its kind; a level below D12 三 3's
    level of its kind is refused naming ``level`` (R-SEC-02), however the matter is built
    (here, :func:`classify_matter`, :func:`copy_of` or a stored document loaded back).

    >>> import datetime as dt
    >>> m = Matter("C-7", Level.SECRET, MatterKind.CONTRACT, owner="华东公司",
    ...            classified_on=dt.date(2025, 3, 1), ends_on=dt.date(2026, 2, 28),
    ...            person_ids={"li"})
    >>> m.last_classified_on
    datetime.date(2026, 2, 28)
    """

    id: str = attrs.field(converter=_ID)
    level: Level = attrs.field(converter=_LEVEL)
    kind: MatterKind = attrs.field(converter=_MATTER_KIND)
    owner: str = attrs.field(kw_only=True, converter=_COMPANY)
    classified_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    ends_on: _dt.date | None = attrs.field(kw_only=True, converter=OPTIONAL_DATE)
    supervisor_id: str | None = attrs.field(default=None, kw_only=True, converter=_OPTIONAL_ID)
    person_ids: frozenset[str] = attrs.field(default=frozenset(), kw_only=True, converter=_IDS)
    extensions: tuple[Extension, ...] = attrs.field(default=(), kw_only=True, converter=_EXTENSIONS)
    original_id: str | None = attrs.field(default=None, kw_only=True, converter=_OPTIONAL_ID)
    ancestor_ids: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_MATTER_IDS)
    last_classified_on: _dt.date | None = attrs.field(init=False, repr=False, eq=False)
    _cleared: frozenset[str] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        floor = _SEED_DEFAULT_LEVELS.get(self.kind)
        if floor is not None and self.level < floor:
            raise InvalidInput.for_argument("level", self.level, _below_floor(self.kind, floor))
        if self.original_id == self.id:
            raise InvalidInput.for_argument(
                "original_id", self.original_id, "a copy needs its own id"
            )
        if self.ancestor_ids:
            if self.original_id is None:
                problem = "are the originals above a copy's original; this matter is no copy"
                raise InvalidInput.for_argument("ancestor_ids", self.ancestor_ids, problem)
            problem = "names a matter twice in the chain of originals of a copy (R-SEC-05)"
            chain = (self.id, self.original_id, *self.ancestor_ids)
            require_distinct("ancestor_ids", chain, problem, shown=self.ancestor_ids, twice=True)
        end = self.ends_on
        if end is not None:
            problem = f"must not be before classified_on {self.classified_on}"
            within("ends_on", end, end, low=self.classified_on, problem=problem)
        for ext in self.extensions:
            if end is None:
                problem = "a matter without a term cannot be extended"
            elif not self.classified_on <= ext.decided_on <= end:
                problem = (
                    f"must be decided between classified_on {self.classified_on} and the term "
                    f"end {end} (a declassified matter is not re-classified by extension)"
                )
            elif ext.ends_on <= end:
                problem = f"must end after the current term end {end}"
            else:
                end = ext.ends_on
                continue
            raise InvalidInput.for_argument("extensions", ext, problem)
        cleared = self.person_ids
        if self.supervisor_id is not None and self.level in (Level.CONFIDENTIAL, Level.SECRET):
            cleared = cleared | {self.supervisor_id}
        object.__setattr__(self, "last_classified_on", end)
        object.__setattr__(self, "_cleared", cleared)

    @property
    def is_copy(self) -> bool:
        """Whether this matter is a copy (R-SEC-05)."""
        return self.original_id is not None


def _originals(matter: Matter) -> tuple[str, ...]:
    """The ids of the matters ``matter`` copies, its own original first (R-SEC-05)."""
    first = matter.original_id
    return () if first is None else (first, *matter.ancestor_ids)


def _needs_supervisor() -> str:
    """R-SEC-04: the refusal of a 机密 matter without its responsible supervisor, by
    classify_matter and by copy_of alike, for its reader."""
    level, clause = Level.CONFIDENTIAL.words, examples("D12 part 4, item 1(3)", "D12 四 1 3)")
    return (
        f"a {level} matter is known only to the supervisor responsible for the work and the "
        f"people that supervisor deems must know ({clause}, R-SEC-04): name the "
        "responsible supervisor"
    )


@fitted_call
def classify_matter(
    matter_id: str,
    kind: MatterKind | str,
    *,
    owner: str,
    classified_on: _dt.date,
    ends_on: _dt.date | None,
    level: Level | str | None = None,
    supervisor_id: str | None = None,
    person_ids: Iterable[str] = (),
    policy: SecrecyPolicy | None = None,
) -> Matter:
    """Mark a matter with its level and term (R-SEC-02, R-SEC-03): without ``level`` the
    kind's default level, or :class:`LevelRequired` for a kind without one.  A ``level``
    given must fit the kind's place in ``policy``'s secrecy scope (:class:`InvalidInput`
    naming ``level`` otherwise): a kind in the scope is one of the three levels, never
    非密 (R-SEC-02: 客户信息 is a company secret), and a kind out of it (``out_of_scope``:
    notices, general decisions …) is 非密 (R-SEC-01).  A kind's default level is the
    lowest it may be given (R-SEC-02, D12 三 3 and 三 4: the drafting company marks the level
    by 三 3): a higher ``level`` is allowed, a lower one refused naming ``level``
    (「重大决策 的密级不得低于 绝密」).  A 机密 matter needs its
    ``supervisor_id`` (:class:`InvalidInput` naming it otherwise): D12 四 1 3) leaves it to
    the supervisor responsible for the work and the people that supervisor names (R-SEC-04);
    a 绝密 matter's people are designated by the HQ (deputy) GM, an office, not a person of
    the matter, and a 秘密 one's are its related staff, so neither needs one.
    :class:`Matter` itself, a value that knows no policy, takes any level a caller gives it
    but one below D12 三 3's level of its kind (refused, as here); without a supervisor,
    :func:`can_know` then says a person cleared on a 机密 matter without a supervisor is
    cleared on the matter, not named by a supervisor.  A stamped marking
    (:meth:`Marking.parse`, 机密★5年) gives ``level``, ``classified_on`` and ``ends_on``
    (``ends_on=None`` is a term without end, so the three are passed, not a marking).

    >>> import datetime as dt
    >>> mk = Marking.parse("机密★5年6个月", classified_on=dt.date(2026, 1, 5))
    >>> classify_matter("K-2", "客户信息", owner="华东公司", supervisor_id="zhao", level=mk.level,
    ...                 classified_on=mk.classified_on, ends_on=mk.ends_on).last_classified_on
    datetime.date(2031, 7, 5)
    >>> m = classify_matter("K-1", "客户信息", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...                     ends_on=None, level="机密", supervisor_id="zhao")
    >>> m.level, m.kind.label
    (<Level.CONFIDENTIAL: 'confidential'>, '客户信息')
    >>> classify_matter("Y", "重大决策", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...                 ends_on=None, level="秘密")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: level: 重大决策 的密级不得低于 绝密: ... (got '秘密')
    """
    matter_id = _folded_id("matter_id", matter_id)
    kind = MatterKind.parse(kind, argument="kind")
    pol = policy_or_default(policy, SecrecyPolicy)
    if level is None:
        chosen = default_level(kind, policy=pol)
    else:
        given, chosen = level, Level.parse(level, argument="level")
        if kind in pol.out_of_scope and chosen.classified:
            problem = (
                f"{kind.words} ({kind.value}) is outside the secrecy scope and is not "
                "classified (R-SEC-01)"
            )
            raise InvalidInput.for_argument("level", given, problem)
        if kind not in pol.out_of_scope and not chosen.classified:
            three = ", ".join(level.words for level in Level if level.classified)
            problem = (
                f"{kind.words} ({kind.value}) is in the secrecy scope: one of the three "
                f"levels {three} (R-SEC-01, R-SEC-02)"
            )
            raise InvalidInput.for_argument("level", given, problem)
        floor = _tables(pol).defaults.get(kind) or _SEED_DEFAULT_LEVELS.get(kind)
        if floor is not None and chosen < floor:  # higher is allowed; lower never (R-SEC-02)
            raise InvalidInput.for_argument("level", given, _below_floor(kind, floor))
    if chosen is Level.CONFIDENTIAL and supervisor_id is None:
        raise InvalidInput.for_argument("supervisor_id", supervisor_id, _needs_supervisor())
    return Matter(
        matter_id,
        chosen,
        kind,
        owner=owner,
        classified_on=classified_on,
        ends_on=ends_on,
        supervisor_id=supervisor_id,
        person_ids=person_ids,
    )


# --------------------------------------------------------------------------------------
# The marking a company stamps: level★term (R-SEC-01, R-SEC-03)

# level, a star (★ or ☆; * as typed on a keyboard), then the term: read after NFKC
_MARKING: Final = re.compile(r"\s*(?P<level>[^★☆*]+?)\s*[★☆*]\s*(?P<term>.*?)\s*")
_DAY: Final = (
    r"(?P<year>\d{4})\s*(?:年|[-./])\s*(?P<month>\d{1,2})\s*(?:月|[-./])\s*(?P<day>\d{1,2})\s*日?"
)
# An end day, with the words that say "through": 至/截至/截止到 … before it, 前/止/为止 after
# it (至2031年12月31日止); the day is included, as a deadline's 前 is (the safe reading: the
# matter stays classified through it).
_END_DAY: Final = re.compile(
    r"(?:(?:至|到|截至|截止(?:到|至|于)?|直至|直到|until|till|through)\s*)?"
    + _DAY
    + r"(?:\s*(?:前|以前|之前|止|为止))?",
    re.IGNORECASE,
)
# A term of years and months: 5年6个月, 五年零六个月, 1年又3个月.
_YEARS_MONTHS: Final = re.compile(
    r"(?P<years>[^年]+年)\s*(?:零|又)?\s*(?P<months>[^年月个]+?)\s*个?\s*月(?:\s*以?内)?"
)
# The day a term counts from, written beside it: 10年（2026年1月5日起）, 自2026年1月5日起10年.
_FROM_DAY: Final = re.compile(
    r"(?:(?P<after>.+?)\s*\(\s*(?:自|从)?\s*"
    + _DAY
    + r"\s*起算?\s*\)|(?:自|从)\s*"
    + _DAY.replace("?P<", "?P<s_")
    + r"\s*起算?\s*,?\s*(?P<before>.+?))"
)
# A term of a four-digit number of years is a year of the calendar (机密★2031年), not a term.
_CALENDAR_YEAR: Final = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*个?月)?(?:以?内)?")
# A term without an end: 绝密★长期 (GB/T 7156's 长期), and its spellings.
_NO_END: Final = frozenset(
    fold(word) for word in ("长期", "永久", "长期保密", "long term", "long-term", "indefinite")
)
# Units a secrecy term is counted in, by the Civil Code (start day not counted, arts.
# 201-202): a year and a month end on the corresponding day, a day or week after n days.
_TERM_MONTHS: Final = {Unit.YEARS: 12, Unit.MONTHS: 1}
_TERM_DAYS: Final = {Unit.WEEKS: 7, Unit.DAYS: 1}


def _marking_examples() -> str:
    return examples(
        "'confidential★5 years', 'secret★1 year', 'top secret★long term' or "
        "'confidential★2031-12-31'",
        "'机密★5年', '秘密★1年', '绝密★长期' or '机密★2031年12月31日'",
    )


def _marking_error(argument: str, text: str, problem: str) -> CustopsError:
    return InvalidInput.for_argument(argument, text, f"{problem}; write e.g. {_marking_examples()}")


def _calendar_day(argument: str, text: str, found: re.Match[str], prefix: str = "") -> _dt.date:
    """The day of the calendar ``found`` names (its ``year``, ``month``, ``day`` groups)."""
    year, month, day = (int(found[prefix + part]) for part in ("year", "month", "day"))
    try:
        return _dt.date(year, month, day)
    except ValueError:
        problem = f"'{year}年{month}月{day}日' is not a day of the calendar"
        raise _marking_error(argument, text, problem) from None


def _term_end(argument: str, text: str, term: str, classified_on: _dt.date) -> Any:
    """``(ends_on, period)`` of the term part ``term`` of the marking ``text``."""
    if fold(term) in _NO_END:
        return None, None
    day = _END_DAY.fullmatch(term)
    if day is not None:
        ends_on = _calendar_day(argument, text, day)
        problem = (
            f"ends on {ends_on}, before classified_on {classified_on}; "
            f"write e.g. {_marking_examples()}"
        )
        within(argument, text, ends_on, low=classified_on, problem=problem)
        return ends_on, None
    if not term:
        problem = (
            "gives no term after the star, and D12 sets no default term for a company "
            "secret (R-SEC-03)"
        )
        raise _marking_error(argument, text, problem)
    start = _FROM_DAY.fullmatch(term)
    if start is not None:
        after = start["after"] is not None
        counted_from = _calendar_day(argument, text, start, "" if after else "s_")
        if counted_from != classified_on:
            problem = f"counts its term from {counted_from}, not from classified_on {classified_on}"
            raise _marking_error(argument, text, problem)
        term = start["after"] if after else start["before"]
    if _CALENDAR_YEAR.fullmatch(term):
        problem = (
            f"{term!r} reads as a year of the calendar, not a number of years: give the end day"
        )
        raise _marking_error(argument, text, problem)
    period = _term_period(argument, text, term)
    months, days = _TERM_MONTHS.get(period.unit), _TERM_DAYS.get(period.unit)
    if period.count == 0 or (months is None and days is None):
        problem = f"{term!r} is no secrecy term (a number of years, months, weeks or days)"
        raise _marking_error(argument, text, problem)
    try:
        if months is not None:
            return add_months(classified_on, months * period.count, argument=argument), period
        return classified_on + _TERM_DAYS[period.unit] * period.count * ONE_DAY, period
    except (InvalidInput, OverflowError):
        raise _marking_error(argument, text, "ends after the year 9999") from None


def _term_period(argument: str, text: str, term: str) -> Period:
    """The length ``term`` gives (:meth:`Period.parse`), or years and months together
    (5年6个月) as a number of months."""
    both = _YEARS_MONTHS.fullmatch(term)
    try:
        if both is None:
            return Period.parse(term, argument=argument)
        years = Period.parse(both["years"], argument=argument)
        months = Period.parse(both["months"] + "个月", argument=argument)
    except InvalidInput:
        problem = f"{term!r} is neither a term (years, months, weeks, days) nor an end day"
        raise _marking_error(argument, text, problem) from None
    if years.unit is not Unit.YEARS or not 0 < months.count < 12:
        problem = f"{term!r} is no term of years and months (1 to 11 months after the years)"
        raise _marking_error(argument, text, problem)
    return Period(12 * years.count + months.count, Unit.MONTHS)


if TYPE_CHECKING:

    def _PERIOD(value: Period | None) -> Period | None: ...  # noqa: N802

else:
    _PERIOD = field_converter(optional_check(instance_check(Period)), takes="Period | None")


@attrs.frozen
class Marking:
    """A secrecy marking as a company stamps it on a paper, level★term (R-SEC-01,
    R-SEC-03): ``level``, the day the matter was ``classified_on``, and ``ends_on``, the
    last day of the term (``None``: 长期, no term, never declassified by itself); ``term``
    is the length written (5年), or ``None`` when the marking gives an end day or 长期.
    :meth:`parse` reads one; :func:`classify_matter` takes its ``level``,
    ``classified_on`` and ``ends_on`` (``classify_matter(…, level=m.level,
    classified_on=m.classified_on, ends_on=m.ends_on)``).

    >>> import datetime as dt
    >>> m = Marking.parse("机密★5年", classified_on=dt.date(2026, 1, 5))
    >>> m.level.label, m.ends_on, str(m.term)
    ('机密', datetime.date(2031, 1, 5), '5年')
    """

    level: Level = attrs.field(converter=_LEVEL)
    classified_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    ends_on: _dt.date | None = attrs.field(kw_only=True, converter=OPTIONAL_DATE)
    term: Period | None = attrs.field(default=None, kw_only=True, converter=_PERIOD)

    def __attrs_post_init__(self) -> None:
        if not self.level.classified:
            problem = "a marking names one of the three secrecy levels (R-SEC-01)"
            raise InvalidInput.for_argument("level", self.level, problem)
        end = self.ends_on
        if end is not None:
            problem = f"must not be before classified_on {self.classified_on}"
            within("ends_on", end, end, low=self.classified_on, problem=problem)

    @classmethod
    @fitted_call
    def parse(cls, text: str, *, classified_on: _dt.date, argument: str = "text") -> Marking:
        """Read the marking ``text`` of a matter classified on ``classified_on``: a level
        (:meth:`Level.parse`: 机密, 机密级, confidential), a star (★ or ☆, full-width or not;
        ``*`` as typed on a keyboard) and the term: a length (5年, 五年, 6个月, 一年半, as
        :meth:`~custops.periods.Period.parse` reads it; years and months together,
        5年6个月 or 五年零六个月, as 66个月), an end day (2031年12月31日, 2031-12-31,
        2031.12.31; 至2031年12月31日, 截至…止 and 2031年12月31日前 name the same last day:
        a deadline's 前 includes it, the reading that keeps the matter classified longer) or
        长期 (no term).  A term may name the day it counts from, 10年（2026年1月5日起） or
        自2026年1月5日起10年, which must be ``classified_on``.  A length counts from
        ``classified_on`` by the Civil Code (arts. 201-202: the day of classification is not
        counted, a term of years or months ends on the corresponding day, or the month's
        last day when it has none), so 机密★5年 classified on 2026-01-05 is classified
        through 2031-01-05 and declassified from the next day (R-SEC-03).  What it cannot
        read is :class:`~custops.errors.InvalidInput` naming ``argument``: a level without
        a star or a term (D12 sets no default term for a company secret), 非密★…, a term
        in hours or working days, an end day before ``classified_on``, a four-digit number
        of years (机密★2031年: a year of the calendar, not a term), a term that ends after
        the year 9999.

        >>> import datetime as dt
        >>> jan5 = dt.date(2026, 1, 5)
        >>> Marking.parse("绝密★长期", classified_on=jan5).ends_on is None
        True
        >>> Marking.parse("机密 ☆ 2031年12月31日", classified_on=jan5).ends_on
        datetime.date(2031, 12, 31)
        >>> Marking.parse("秘密★6个月", classified_on=dt.date(2025, 8, 31)).ends_on
        datetime.date(2026, 2, 28)
        >>> Marking.parse("机密", classified_on=jan5)
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: text: is not a marking level★term; write e.g. '机密★5年', ... (got '机密')
        """  # noqa: E501
        argument = argument_name(argument)
        require_type(argument, text, str, f"a str such as {_marking_examples()}")
        require_date("classified_on", classified_on)
        folded = unicodedata.normalize("NFKC", text)
        match = _MARKING.fullmatch(folded)
        if match is None:
            raise _marking_error(argument, text, "is not a marking level★term")
        try:
            level = Level.parse(match["level"], argument=argument)
        except InvalidInput:
            problem = f"{match['level'].strip()!r} is not a secrecy level"
            raise _marking_error(argument, text, problem) from None
        if not level.classified:
            problem = f"{level.words} is no secrecy level; a marking names one of the three"
            raise _marking_error(argument, text, problem)
        ends_on, term = _term_end(argument, text, match["term"], classified_on)
        return cls(level, classified_on=classified_on, ends_on=ends_on, term=term)


def _as_original(copy: Matter, original: Matter, on: _dt.date) -> Matter:
    """``copy`` read as ``original`` governs it (R-SEC-05, D12 四 2 3) 复印件应视同原件管理;
    R-SEC-03): the original's owner, kind, supervisor and cleared people, the higher of
    the two levels and the later of the two term ends (no term is the latest), so that a
    copy made before its original was extended, or before someone was taken off it, never
    opens to a person the original refuses.  A copy labelled above an original never
    classified is, once its own term has ended, that original again (R-SEC-01)."""
    own, theirs = copy.last_classified_on, original.last_classified_on
    later = copy if theirs is not None and (own is None or own > theirs) else original
    if not original.level.classified and _declassified(copy, on):
        later, level = original, original.level
    else:
        level = max(copy.level, original.level)
    return attrs.evolve(
        original,
        id=copy.id,
        level=level,
        classified_on=later.classified_on,
        ends_on=later.ends_on,
        extensions=later.extensions,
        original_id=copy.original_id,
        ancestor_ids=copy.ancestor_ids,
    )


def _governed(matter: Matter, original: Any, on: _dt.date) -> Matter:
    """``matter`` as the decisions read it: a copy under the originals given as
    ``original`` (one :class:`Matter` or a sequence of them, in any order), each read under
    the next one above it given, as :func:`access_report` reads them (R-SEC-05); a matter
    given that is none of the copy's originals is refused naming it."""
    if original is None:
        return matter
    what = "a Matter, or a sequence of the matters a copy copies"
    given = lone_or_items("original", original, what, Matter)
    lone = isinstance(original, Matter)
    line = _originals(matter)
    seen: dict[str, Matter] = {matter.id: matter}
    place: dict[str, str] = {}
    for i, m in enumerate(given):
        argument = "original" if lone else item_argument("original", original, i)
        _check(argument, m, Matter)
        if not line:
            problem = f"is given, but matter {matter.id!r} is no copy"
        elif m.id not in line:
            problem = (
                f"is not the original {matter.original_id!r} of copy {matter.id!r}"
                if len(line) == 1
                else f"is none of the originals {', '.join(map(repr, line))} of copy {matter.id!r}"
            )
        elif seen.setdefault(m.id, m) != m:
            problem = f"shares the id {m.id!r} with {place[m.id]}, a different matter"
        else:
            place.setdefault(m.id, argument)
            continue
        raise InvalidInput.for_argument(argument, m.id, problem)
    return _read_under_originals(seen, lambda m: place.get(m.id, "matter"), on)[matter.id]


def _declassified(matter: Matter, on: _dt.date) -> bool:
    end = matter.last_classified_on
    return end is not None and on > end


@overload
def effective_level(
    matter: Matter,
    *,
    on: _dt.date,
    explain: Literal[False] = ...,
    original: Matter | Iterable[Matter] | None = ...,
) -> Level: ...
@overload
def effective_level(
    matter: Matter,
    *,
    on: _dt.date,
    explain: Literal[True],
    original: Matter | Iterable[Matter] | None = ...,
) -> LevelDecision: ...
@overload
def effective_level(
    matter: Matter, *, on: _dt.date, explain: bool, original: Matter | Iterable[Matter] | None = ...
) -> Level | LevelDecision: ...
@fitted_call
def effective_level(
    matter: Matter,
    *,
    on: _dt.date,
    explain: bool = False,
    original: Matter | Iterable[Matter] | None = None,
) -> Level | LevelDecision:
    """The level of ``matter`` on day ``on`` (R-SEC-03): its own through the (extended) term
    end, that day included, then not classified.  Days before ``classified_on`` are
    treated as classified (fail closed).  ``explain=True`` returns a :class:`LevelDecision`
    citing R-SEC-03, its reason the term end (or extension) that keeps or ended the level.
    A copy given with its ``original`` is read as the original governs it (R-SEC-05: the
    later of the two terms, the higher of the two levels; see :func:`can_know`).

    >>> import datetime as dt
    >>> m = Matter("F-1", "机密", "财务报表", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31))
    >>> [effective_level(m, on=day).label for day in (dt.date(2025, 12, 31), dt.date(2026, 1, 1))]
    ['机密', '非密']
    >>> print(effective_level(m, on=dt.date(2026, 1, 1), explain=True))
    非密（R-SEC-03）：F-1 的保密期限 2025-12-31 已届满，已解密
    """
    _check("matter", matter, Matter)
    require_date("on", on)
    explain = require_bool("explain", explain)
    matter = _governed(matter, original, on)
    declassified = _declassified(matter, on)
    level = _UNCLASSIFIED if declassified else matter.level
    if not explain:
        return level
    return LevelDecision(level, "R-SEC-03", _level_reason(matter, on, declassified=declassified))


def _level_reason(matter: Matter, on: _dt.date, *, declassified: bool) -> Wording:
    """The one-line reason of :func:`effective_level` (R-SEC-03)."""
    end = matter.last_classified_on
    if not matter.level.classified:
        return W_(N_("{matter} is not classified"), matter=matter.id)
    if declassified:
        return W_(
            N_("{matter}'s secrecy term ended on {end}: declassified"), matter=matter.id, end=end
        )
    if on < matter.classified_on:
        return W_(
            N_(
                "{matter} is treated as {level} before it was classified on {classified_on} "
                "(fail closed)"
            ),
            matter=matter.id,
            level=matter.level,
            classified_on=matter.classified_on,
        )
    if end is None:
        return W_(
            N_("{matter} is {level} without a secrecy term"), matter=matter.id, level=matter.level
        )
    if matter.extensions:
        return W_(
            N_("{matter} is {level} through {end}, as extended on {decided_on}"),
            matter=matter.id,
            level=matter.level,
            end=end,
            decided_on=matter.extensions[-1].decided_on,
        )
    return W_(
        N_("{matter} is {level} through {end}"), matter=matter.id, level=matter.level, end=end
    )


@fitted_call
def extend(matter: Matter, *, ends_on: _dt.date, decided_on: _dt.date) -> Matter:
    """Keep ``matter`` classified through ``ends_on`` (R-SEC-03: 要求继续保密的事项), decided
    while it is still classified; a decision after its term end raises :class:`InvalidInput`.
    A copy made earlier is a snapshot that keeps the old term: extend it too (a copy is a
    matter), or give it its ``original=`` in every decision (R-SEC-05, :func:`can_know`).

    >>> import datetime as dt
    >>> m = Matter("R-1", "机密", "财务报表", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31))
    >>> extend(m, ends_on=dt.date(2026, 12, 31), decided_on=dt.date(2025, 12, 1)).last_classified_on
    datetime.date(2026, 12, 31)
    """
    _check("matter", matter, Matter)
    if not matter.level.classified:
        raise InvalidInput.for_argument("matter", matter.id, "is not classified; nothing to extend")
    ext = Extension(decided_on=decided_on, ends_on=ends_on)
    # Refused here, naming the caller's argument (the matter's own check would name its
    # field ``extensions`` and show an Extension the caller never built).
    end = matter.last_classified_on
    if end is None:
        problem = "has no secrecy term; a matter without a term cannot be extended"
        raise InvalidInput.for_argument("matter", matter.id, problem)
    problem = (
        f"must lie between classified_on {matter.classified_on} and the term end {end} "
        "(a declassified matter is not re-classified by extension)"
    )
    within(
        "decided_on",
        decided_on,
        ext.decided_on,
        low=matter.classified_on,
        high=end,
        problem=problem,
    )
    problem = f"must be after the current term end {end}"
    within("ends_on", ends_on, ext.ends_on, low=end, low_open=True, problem=problem)
    return attrs.evolve(matter, extensions=(*matter.extensions, ext))


@fitted_call
def copy_of(
    matter: Matter,
    copy_id: str,
    *,
    level: Level | str | None = None,
    supervisor_id: str | None = None,
) -> Matter:
    """A copy or excerpt of ``matter``, handled as the original (R-SEC-05): same level,
    kind, owner, supervisor, cleared person ids and term; labelled higher (``level=``), never lower
    (:class:`InvalidInput`).

    A copy labelled 机密 above its original (a 秘密 contract copied as 机密) needs the
    responsible supervisor, as :func:`classify_matter` does (R-SEC-04): the original's, or
    ``supervisor_id`` when the original names none (:class:`InvalidInput` naming
    ``supervisor_id`` otherwise).  ``supervisor_id`` is taken only for a copy labelled 机密
    and never replaces the original's own supervisor (a copy is handled as its original).

    >>> import datetime as dt
    >>> m = Matter("R-1", "机密", "财务报表", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31), supervisor_id="zhao")
    >>> c = copy_of(m, "R-1/copy-1")
    >>> (c.level.label, c.last_classified_on, c.supervisor_id, c.original_id)
    ('机密', datetime.date(2025, 12, 31), 'zhao', 'R-1')
    """
    _check("matter", matter, Matter)
    given = copy_id
    copy_id = _folded_id("copy_id", given)
    if copy_id == matter.id:  # refused here, naming the caller's argument, not Matter.original_id
        problem = f"is the original's id {matter.id!r}; a copy needs its own id"
        raise InvalidInput.for_argument("copy_id", given, problem)
    if copy_id in _originals(matter):  # a copy of a copy: its originals' ids are taken too
        problem = f"is the id of an original {copy_id!r} of copy {matter.id!r}"
        raise InvalidInput.for_argument("copy_id", given, problem)
    chosen = matter.level if level is None else Level.parse(level, argument="level")
    if chosen < matter.level:
        was = matter.level.words
        problem = f"a copy may not be labelled lower than its original {was} (R-SEC-05)"
        raise InvalidInput.for_argument("level", chosen, problem)
    named = optional_check(_folded_id)("supervisor_id", supervisor_id)
    supervisor = matter.supervisor_id
    if named is not None:
        if chosen is not Level.CONFIDENTIAL:
            problem = (
                f"only a copy labelled {Level.CONFIDENTIAL.words} names a supervisor; "
                f"this copy is {chosen.words} "
                "and is handled as its original (R-SEC-05)"
            )
            raise InvalidInput.for_argument("supervisor_id", supervisor_id, problem)
        if supervisor is not None and named != supervisor:
            problem = (
                f"a copy keeps its original's supervisor {supervisor!r}; it is handled as "
                "the original (R-SEC-05)"
            )
            raise InvalidInput.for_argument("supervisor_id", supervisor_id, problem)
        supervisor = named
    if chosen is Level.CONFIDENTIAL and chosen is not matter.level and supervisor is None:
        raise InvalidInput.for_argument("supervisor_id", supervisor_id, _needs_supervisor())
    return attrs.evolve(
        matter,
        id=copy_id,
        level=chosen,
        original_id=matter.id,
        ancestor_ids=_originals(matter),
        supervisor_id=supervisor,
    )


# --------------------------------------------------------------------------------------
# Decisions (R-SEC-04 … R-SEC-06)


@fitted_call
def can_know(
    person: Person,
    matter: Matter,
    *,
    on: _dt.date,
    original: Matter | Iterable[Matter] | None = None,
    policy: SecrecyPolicy | None = None,
) -> AccessDecision:
    """Whether ``person`` may know ``matter`` on day ``on`` (R-SEC-04, R-SEC-01, R-SEC-03).

    In order: a position that knows everything → allowed; a person cleared on the matter
    → allowed (also once declassified); a matter never classified → open to every staff
    member (``policy.unclassified_open_to``), a declassified one → to the staff of the
    owning company (``policy.declassified_open_to``; a refusal names both companies, which
    are matched by name as written); anyone else → denied.

    A copy is handled as its original (R-SEC-05, D12 四 2 3) 复印件应视同原件管理), but a copy
    is a snapshot: one made before its original was extended keeps the old term.  Given
    its ``original`` (the matter whose id is the copy's ``original_id``), the copy is read
    under the original's owner, supervisor and cleared people, the higher of the two levels
    and the later of the two terms, so it never opens to anyone the original refuses
    (R-SEC-03).  A copy of a copy takes any of its originals (``original_id`` or one of
    ``ancestor_ids``: the first matter copied alone, or a sequence of them in any order),
    each read under the next one above it given, so it never opens to anyone the highest
    one given refuses; :func:`access_report` reads the same matters alike.  A matter that is
    none of the copy's originals is refused naming ``original``.

    >>> import datetime as dt
    >>> m = Matter("T-1", "绝密", "重大决策", owner=HQ, classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2027, 12, 31), person_ids={"chen"})
    >>> can_know(Person("chen", company="华东公司"), m, on=dt.date(2025, 5, 1))
    AccessDecision(allowed=True, rule='R-SEC-04', reason='绝密：经总公司（副）总经理指定')
    """
    if type(person) is not Person:
        _check("person", person, Person)
    if type(matter) is not Matter:
        _check("matter", matter, Matter)
    if type(on) is not _dt.date:
        require_date("on", on)
    if original is not None:
        matter = _governed(matter, original, on)
    t = _tables(policy_or_default(policy, SecrecyPolicy))
    if not person.positions.isdisjoint(_PLACED):
        _placed("person", person, t)
    if not t.know_all.isdisjoint(person.positions):
        return t.know_all_yes
    level = matter.level
    cleared = person.id in matter._cleared
    end = matter.last_classified_on
    declassified = level is not _UNCLASSIFIED and end is not None and on > end
    if cleared:
        if declassified:
            return t.declassified_cleared
        if level is Level.CONFIDENTIAL and matter.supervisor_id is None:
            return t.cleared[True, "UNSUPERVISED"]
        return t.cleared[True, level._name_]
    if level is not _UNCLASSIFIED and not declassified:
        return t.cleared[False, level._name_]
    everyone = t.everyone_declassified if declassified else t.everyone_unclassified
    if everyone or _company(t, person.company) == _company(t, matter.owner):
        return t.opened[declassified]
    why = W_(
        _CLOSED[declassified],
        owner=_company_name(matter.owner),
        person=person.id,
        company=_company_name(person.company),
    )
    return AccessDecision(False, "R-SEC-03" if declassified else "R-SEC-01", why)


def _approvers(
    positions: frozenset[Position], owner: str, policy: SecrecyPolicy
) -> tuple[Position | Wording, ...]:
    """Who may approve for a matter of ``owner`` (as compared: :data:`HQ` for any of HQ's
    names), highest first, as a reason names them
    (R-SEC-05/06): a company-bound position as the owner's own (「华东公司的子公司总经理」),
    and not at all where no one of the owner holds it (a 子公司总经理 for an HQ matter:
    nobody at HQ is one), so that a reason never lists a position it then refuses."""
    names: list[Position | Wording] = []
    for position in _ranked(positions):
        if position not in policy.company_bound:
            names.append(position)
        elif owner == HQ and position is Position.SUBSIDIARY_GM:
            continue  # Person refuses a subsidiary GM at HQ
        else:
            company = _company_name(owner)
            names.append(W_(N_("{position} of {company}"), position=position, company=company))
    return tuple(names)


def _approved(
    person: Person,
    matter: Matter,
    approval: Person | None,
    positions: frozenset[Position],
    rule: str,
    action: Wording,
    policy: SecrecyPolicy,
) -> AccessDecision:
    """Whether ``approval`` holds one of ``positions`` for the owning company; ``action``
    (copying or lending what, of which company) heads the reason."""
    t = _tables(policy)
    owner = _company(t, matter.owner)
    own_gm = Position.SUBSIDIARY_GM in person.positions and _company(t, person.company) == owner
    if Position.SUBSIDIARY_GM in positions and (owner == HQ or own_gm or policy.hq_approves):
        # HQ's own matter (no subsidiary GM), the GM's own request (their superior
        # approves), or the policy's choice: the HQ (deputy) GM approves too.
        positions = positions | _HQ_LEADERS
    approvers = _approvers(positions, owner, policy)
    held: list[Position] = []
    if approval is not None:  # a company-bound position approves for its own company only
        bound, here = policy.company_bound, _company(t, approval.company) == owner
        held = [p for p in approval.positions & positions if here or p not in bound]
    themselves = approval is not None and approval.id == person.id
    allowed = bool(held) and (policy.allow_self_approval or not themselves)
    if not approvers:
        why = W_(N_("no position may approve it under this policy"))
    elif approval is None:
        said = N_("needs the approval of {approvers}; none given")
        why = W_(said, approvers=approvers)
    elif not held:
        why = W_(
            N_(
                "needs the approval of {approvers}; {approver} ({held}, {company}) has no "
                "such authority"
            ),
            approvers=approvers,
            approver=approval.id,
            held=_ranked(approval.positions) or W_(N_("no position")),
            company=_company_name(approval.company),
        )
    elif not allowed:
        why = W_(
            N_(
                "needs the approval of {approvers} other than the person asking; {approver} "
                "may not approve their own request"
            ),
            approvers=approvers,
            approver=approval.id,
        )
    elif themselves:
        why = W_(N_("approved by themselves as {position}"), position=max(held))
    else:
        said = N_("approved by {approver} as {position}")
        why = W_(said, approver=approval.id, position=max(held))
    return AccessDecision(allowed, rule, worded_colon(action, why))


def _prepare(
    person: Any, matter: Any, on: Any, approval: Any, policy: Any, who: str, original: Any
) -> tuple[SecrecyPolicy, Wording | None]:
    """The policy, and why ``who`` (a message: the copier or borrower) is refused, if so."""
    pol = policy_or_default(policy, SecrecyPolicy)
    know = can_know(person, matter, on=on, original=original, policy=pol)
    if approval is not None:
        _check("approval", approval, Person)
        _placed("approval", approval, _tables(pol))
    return pol, None if know.allowed else worded_colon(W_(who), know.said)


@fitted_call
def can_copy(
    person: Person,
    matter: Matter,
    *,
    on: _dt.date,
    approval: Person | None = None,
    original: Matter | Iterable[Matter] | None = None,
    policy: SecrecyPolicy | None = None,
) -> AccessDecision:
    """Whether ``person`` may copy or excerpt ``matter`` on ``on`` with ``approval`` (R-SEC-05/06).

    The copier must be allowed to know it.  The approvers are ``policy.copy_approvers``
    of its level (D12 四 2 2)); a company certificate of at most 秘密 follows R-SEC-06
    (:class:`SecrecyPolicy`); an unclassified matter needs none.  :func:`copy_of` makes
    the copy; a copy given with its ``original`` is read as :func:`can_know` reads it.

    >>> import datetime as dt
    >>> m = Matter("C-1", "秘密", "合同", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31), person_ids={"li"})
    >>> li = Person("li", company="华东公司", positions={"员工"})
    >>> gm = Person("gm1", company="华东公司", positions={"子公司总经理"})
    >>> print(can_copy(li, m, on=dt.date(2025, 6, 1), approval=gm))
    允许（R-SEC-05）：复制华东公司的秘密级资料：已由「gm1」以子公司总经理身份批准
    """
    who = N_("the copier may not know it")
    pol, refused = _prepare(person, matter, on, approval, policy, who, original)
    if refused is not None:
        return AccessDecision(False, "R-SEC-05", refused)
    matter = _governed(matter, original, on)
    level = effective_level(matter, on=on)
    owner = _company_name(matter.owner)
    if matter.kind in pol.certificate_kinds and level <= Level.SECRET:
        manager = matter.kind in pol.manager_copyable
        positions = pol.manager_copy_approvers if manager else pol.certificate_approvers
        action = W_(N_("copying the {kind} of {owner}"), kind=matter.kind, owner=owner)
        return _approved(person, matter, approval, positions, "R-SEC-06", action, pol)
    if not level.classified:
        why = W_(N_("not classified on that day; no approval needed to copy"))
        return AccessDecision(True, "R-SEC-05", why)
    positions = _tables(pol).copy_approvers[level]
    action = W_(N_("copying a {level} matter of {owner}"), level=level, owner=owner)
    return _approved(person, matter, approval, positions, "R-SEC-05", action, pol)


def _not_lent(kind: MatterKind, level: Level, own_rule: bool) -> Wording:
    """Why a matter of ``kind``, not a certificate, of ``level`` on the day, is not lent
    (R-SEC-06): the seed's refusal, or the company's rule that names no approver of it."""
    if not own_rule:
        said = N_(
            "D12 sets a lending rule for company certificates only; {kind} is not one, "
            "so it is not lent by default"
        )
        return W_(said, kind=kind)
    said = N_(
        "{kind} is not a company certificate, and the company's own lending rule names no "
        "approver for the level {level}, so it is not lent"
    )
    return W_(said, kind=kind, level=level)


@fitted_call
def can_lend(
    person: Person,
    matter: Matter,
    *,
    on: _dt.date,
    approval: Person | None = None,
    original: Matter | Iterable[Matter] | None = None,
    policy: SecrecyPolicy | None = None,
) -> AccessDecision:
    """Whether ``matter`` may be lent out to ``person`` on ``on`` with ``approval`` (R-SEC-06).

    D12 sets a lending rule for company certificates only: the borrower must be allowed to
    know it, and the loan needs the approval of the GM of the owning subsidiary (D12 四 2 4:
    各公司保管的公司证件需经子公司总经理批准后,方可复印或借出), of the HQ (deputy) GM for HQ's
    own certificates (or as ``policy.hq_approves`` says).  A department manager may approve
    copying the business licence, never lending it.  A certificate classified above 秘密
    needs the approval R-SEC-05 names for its level.

    Anything else is lent only under the company's own lending rule,
    ``policy.lend_approvers`` (empty by default: refused, as the seed sets no such rule):
    the positions it gives for the matter's level on ``on`` or any higher level approve the
    loan, and every
    other check stays: the borrower must be allowed to know it, a company-bound approver
    approves for their own company only, nobody approves their own loan (unless
    ``policy.allow_self_approval``); the reason says the company's rule allowed it.  A copy
    given with its ``original`` is read as :func:`can_know` reads it (its level included).

    >>> import datetime as dt
    >>> lic = Matter("L-1", "秘密", "营业执照", owner="华东公司",
    ...              classified_on=dt.date(2025, 1, 1), ends_on=None, person_ids={"li"})
    >>> li = Person("li", company="华东公司")
    >>> dm = Person("dm", company="华东公司", positions={"部门经理"})
    >>> can_lend(li, lic, on=dt.date(2025, 6, 1), approval=dm).reason
    '借出华东公司的营业执照：需经华东公司的子公司总经理批准，「dm」（部门经理，华东公司）无此权限'
    >>> drawing = Matter("T-9", "机密", "厂家技术资料", owner="华东公司",
    ...                  classified_on=dt.date(2025, 1, 1), ends_on=dt.date(2029, 12, 31),
    ...                  supervisor_id="sup", person_ids={"li"})
    >>> gm = Person("gm", company="华东公司", positions={"子公司总经理"})
    >>> can_lend(li, drawing, on=dt.date(2025, 6, 1), approval=gm).allowed
    False
    >>> rooms = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}})
    >>> print(can_lend(li, drawing, on=dt.date(2025, 6, 1), approval=gm, policy=rooms))
    允许（R-SEC-06）：按本公司借阅规定借出华东公司的机密级厂家技术资料：已由「gm」以子公司总经理身份批准
    """
    who = N_("the borrower may not know it")
    pol, refused = _prepare(person, matter, on, approval, policy, who, original)
    matter = _governed(matter, original, on)
    level = effective_level(matter, on=on)
    owner = _company_name(matter.owner)
    if matter.kind not in pol.certificate_kinds:
        own = _tables(pol).lend_approvers
        if level not in own:
            return AccessDecision(False, "R-SEC-06", _not_lent(matter.kind, level, bool(own)))
        if refused is not None:
            return AccessDecision(False, "R-SEC-06", refused)
        action = W_(
            N_("lending the {level} {kind} of {owner} under the company's own lending rule"),
            level=level,
            kind=matter.kind,
            owner=owner,
        )
        return _approved(person, matter, approval, own[level], "R-SEC-06", action, pol)
    if refused is not None:
        return AccessDecision(False, "R-SEC-06", refused)
    positions = (
        pol.certificate_approvers if level <= Level.SECRET else _tables(pol).copy_approvers[level]
    )
    action = W_(N_("lending the {kind} of {owner}"), kind=matter.kind, owner=owner)
    return _approved(person, matter, approval, positions, "R-SEC-06", action, pol)


# --------------------------------------------------------------------------------------
# Batch forms for audits


def _people_index(people: Iterable[Person]) -> tuple[tuple[Person, ...], dict[str, Person]]:
    """The people given and their index by id; two different people sharing an id are
    refused naming both rows (``people[300]: … with people[7], …``), one given twice is
    counted once."""
    items = require_items("people", people, "a collection of Person", Person)
    index: dict[str, Person] = {}
    place: dict[str, int] = {}
    for i, p in enumerate(items):
        _check(item_argument("people", people, i), p, Person)
        first = index.setdefault(p.id, p)
        if first != p:
            other = item_argument("people", people, place[p.id])
            other = "another person of the set" if other == "people" else other
            problem = f"shares the id {p.id!r} with {other}, a different person ({first!r})"
            raise InvalidInput.for_argument(item_argument("people", people, i), p, problem)
        place.setdefault(p.id, i)
    return items, index


@fitted_call
def who_may_know(
    people: Iterable[Person],
    matter: Matter,
    *,
    on: _dt.date,
    original: Matter | Iterable[Matter] | None = None,
    policy: SecrecyPolicy | None = None,
) -> tuple[Person, ...]:
    """The people (in the order given) for whom :func:`can_know` allows on ``on`` (R-SEC-04);
    a copy given with its ``original`` is read as :func:`can_know` reads it (R-SEC-05).

    >>> import datetime as dt
    >>> m = Matter("S-1", "秘密", "工资", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31), person_ids={"li"})
    >>> staff = [Person("wang", company=HQ, positions={"总公司总经理"}),
    ...          Person("li", company="华东公司"), Person("zhou", company="华东公司")]
    >>> [p.id for p in who_may_know(staff, m, on=dt.date(2025, 6, 1))]
    ['wang', 'li']
    """
    items, _ = _people_index(people)
    _check("matter", matter, Matter)
    require_date("on", on)
    matter = _governed(matter, original, on)
    t = _tables(policy_or_default(policy, SecrecyPolicy))
    for i, p in enumerate(items):
        _placed(item_argument("people", people, i), p, t)
    declassified = matter.level.classified and _declassified(matter, on)
    open_ = not matter.level.classified or declassified
    everyone = open_ and (t.everyone_declassified if declassified else t.everyone_unclassified)
    cleared, owner = matter._cleared, _company(t, matter.owner)
    return tuple(
        p
        for p in items
        if everyone
        or p.id in cleared
        or not t.know_all.isdisjoint(p.positions)
        or (open_ and _company(t, p.company) == owner)
    )


@attrs.frozen
class MatterAccess:
    """Who may know the matter ``matter_id`` on a day, by the reason (R-SEC-04,
    R-SEC-01/03), as person ids: ``leader_ids`` by position, ``cleared_ids`` named on the
    matter, ``open_to_ids`` the staff to whom it is open (unclassified or declassified).
    Every other person in the audit is refused: whether one may know the matter is
    ``person_id in row.reader_ids`` (:func:`can_know` explains why)."""

    matter_id: str
    level: Level
    leader_ids: frozenset[str]
    cleared_ids: frozenset[str]
    open_to_ids: frozenset[str]

    @property
    def reader_ids(self) -> frozenset[str]:
        """Every person id allowed to know the matter."""
        return self.leader_ids | self.cleared_ids | self.open_to_ids


def _report_reason(report: AccessReport) -> str:
    people, matters = report.people_count, len(report.rows)
    return ngettext(
        "on {on}, {allowed} of {checks} person × matter check allowed ({people}, {matters})",
        "on {on}, {allowed} of {checks} person × matter checks allowed ({people}, {matters})",
        report.check_count,
        people=ngettext("{count} person", "{count} people", people, count=people),
        matters=ngettext("{count} matter", "{count} matters", matters, count=matters),
        on=report.on,
        allowed=report.allowed_count,
        checks=report.check_count,
    )


def _row_line(row: MatterAccess) -> str:
    said = N_(
        "{matter} ({level}): {readers} may know it: {leaders} by position,"
        " {cleared} named on it, {open_to} as it is open to them"
    )
    return _(
        said,
        matter=row.matter_id,
        level=row.level,
        readers=len(row.reader_ids),
        leaders=len(row.leader_ids),
        cleared=len(row.cleared_ids),
        open_to=len(row.open_to_ids),
    )


def _report_text(report: AccessReport) -> str:
    return _report_reason(report) if report.given is None else report.given


@worded_reason(_report_text)
@attrs.frozen
class AccessReport(Explained):
    """An audit of ``people_count`` people × the matters audited on day ``on`` (R-SEC-04):
    ``rows``, one :class:`MatterAccess` per matter, in the order given (a person or a matter
    given twice is counted once), with its rule and a one-line ``reason``: worded from the
    counts when read, in the language active then (a ``reason`` given as text is kept as
    given, under ``given``; not compared); :meth:`explain` adds one line per matter."""

    on: _dt.date
    people_count: int
    rows: tuple[MatterAccess, ...]
    rule: str = "R-SEC-04"
    given: str | None = attrs.field(
        default=None,
        alias="reason",
        validator=attrs.validators.optional(check_said),
        eq=False,
        repr=False,
    )
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def explain(self) -> str:
        """The one-line account, then one line per matter: how many may know it, by reason.

        >>> import datetime as dt
        >>> m = Matter("S-1", "秘密", "工资", owner="华东公司", classified_on=dt.date(2025, 1, 1),
        ...            ends_on=dt.date(2025, 12, 31), person_ids={"li"})
        >>> staff = [Person("li", company="华东公司"), Person("zhou", company="华东公司")]
        >>> print(access_report(staff, [m], on=dt.date(2025, 6, 1)).explain())
        结果（R-SEC-04）：2025-06-01 人员 × 事项核查 2 项，允许知悉 1 项（2 人，1 个事项）
          S-1（秘密）：1 人可知悉：因职务 0 人，列名 1 人，因公开 0 人
        """
        return block(str(self), map(_row_line, self.rows))

    def for_matter(self, matter_id: str) -> MatterAccess:
        """The row of one matter; an unknown id raises :class:`InvalidInput`."""
        wanted = _folded_id("matter_id", matter_id)
        for row in self.rows:
            if row.matter_id == wanted:
                return row
        raise InvalidInput.for_argument("matter_id", matter_id, "is not in this report")

    @property
    def check_count(self) -> int:
        """How many person × matter decisions the report holds."""
        return self.people_count * len(self.rows)

    @property
    def allowed_count(self) -> int:
        """How many of those decisions allow."""
        return sum(len(row.reader_ids) for row in self.rows)


def _read_under_originals(
    seen: dict[str, Matter], argument: Callable[[Matter], str], on: _dt.date
) -> dict[str, Matter]:
    """The matters ``seen`` (by id) as they are read: each copy under the nearest of its
    originals among them (:func:`_as_original`), that one read so in turn; matters copying
    each other in a ring are refused naming one of them (``argument(matter)``)."""

    def up(m: Matter) -> Matter | None:
        return next((seen[i] for i in _originals(m) if i in seen), None)

    read: dict[str, Matter] = {}
    for start in seen.values():
        chain = [start]
        while (parent := up(chain[-1])) is not None and parent.id not in read:
            if parent in chain:
                ring = " -> ".join(repr(m.id) for m in (*chain, parent))
                problem = f"is a copy in a ring of copies with no original: {ring}"
                raise InvalidInput.for_argument(argument(start), start.id, problem)
            chain.append(parent)
        for m in reversed(chain):
            if m.id not in read:
                above = up(m)
                read[m.id] = m if above is None else _as_original(m, read[above.id], on)
    return read


@fitted_call
def access_report(
    people: Iterable[Person],
    matters: Iterable[Matter],
    *,
    on: _dt.date,
    policy: SecrecyPolicy | None = None,
) -> AccessReport:
    """Every :func:`can_know` decision of ``people`` × ``matters`` on ``on``, for an audit;
    built from indexes (leaders, staff by company), not one call per pair.  A person or a
    matter given twice is counted once (one row per matter); two different ones sharing an
    id are refused, naming both rows.  A copy one of whose originals (``original_id``,
    ``ancestor_ids``) is among ``matters`` is read under the nearest of them, that one read so
    in turn, as :func:`can_know` reads a copy given its ``original`` (R-SEC-05, R-SEC-03):
    a copy made before its original was extended is not open while the original is
    classified.

    >>> import datetime as dt
    >>> staff = [Person("wang", company=HQ, positions={"总公司总经理"}),
    ...          Person("li", company="华东公司"), Person("zhou", company="华东公司")]
    >>> m = Matter("S-1", "秘密", "工资", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31), person_ids={"li"})
    >>> report = access_report(staff, [m], on=dt.date(2026, 1, 1))
    >>> sorted(report.for_matter("S-1").reader_ids), report.check_count
    (['li', 'wang', 'zhou'], 3)
    """
    items, index = _people_index(people)
    require_date("on", on)
    t = _tables(policy_or_default(policy, SecrecyPolicy))
    for i, p in enumerate(items):
        _placed(item_argument("people", people, i), p, t)
    each = instance_check(Matter)
    matter_items = require_items("matters", matters, "a collection of Matter", Matter, each=each)
    seen: dict[str, Matter] = {}
    place: dict[str, int] = {}
    for i, m in enumerate(matter_items):  # as for people: one id, one matter, counted once
        if seen.setdefault(m.id, m) != m:
            other = item_argument("matters", matters, place[m.id])
            other = "another matter of the set" if other == "matters" else other
            problem = f"shares the id {m.id!r} with {other}, a different matter"
            raise InvalidInput.for_argument(item_argument("matters", matters, i), m.id, problem)
        place.setdefault(m.id, i)
    by_id = _read_under_originals(
        seen, lambda m: item_argument("matters", matters, place[m.id]), on
    )
    read = [by_id[m.id] for m in seen.values()]
    ids = frozenset(index)
    leaders = frozenset(p.id for p in items if not t.know_all.isdisjoint(p.positions))
    by_company: dict[str, set[str]] = {}
    for p in items:
        if p.id not in leaders:
            by_company.setdefault(_company(t, p.company), set()).add(p.id)
    staff = {company: frozenset(members) for company, members in by_company.items()}
    everyone = ids - leaders
    empty: frozenset[str] = frozenset()
    rows = []
    for m in read:  # a matter given again has its one row, where first given
        declassified = m.level.classified and _declassified(m, on)
        open_ = not m.level.classified or declassified
        all_ = t.everyone_declassified if declassified else t.everyone_unclassified
        cleared = (m._cleared & ids) - leaders
        owned = staff.get(_company(t, m.owner), empty)
        opened = (everyone if all_ else owned) - cleared if open_ else empty
        level = _UNCLASSIFIED if open_ else m.level
        rows.append(MatterAccess(m.id, level, leaders, cleared, opened))
    return AccessReport(on=on, people_count=len(index), rows=tuple(rows))


# --------------------------------------------------------------------------------------
# Leaks (R-SEC-07)


@kept_wording
@attrs.frozen
class LeakReport(Explained):
    """The record of a leak that R-SEC-07 asks for, reported at once to HQ's leaders, the
    holders of ``report_to_positions`` (总公司领导: the HQ GM and deputy GMs): ``matter_id``
    the id of the matter leaked, at its ``level`` on the company's day it was found
    (:func:`report_leak`); ``caused_by_ids``
    the ids of who leaked, if known (D12 五 2), ``found_by_id`` the id of who found or
    reported it (D12 五 1); ``what`` happened and the ``remedy`` taken, each one line (trimmed,
    no control character: a line break is refused, as in a claim's description);
    ``reason`` the one-line account.  ``str()`` is that line; a report has no truth value.
    """

    matter_id: str
    level: Level
    what: str = attrs.field(converter=QUOTED)  # one line, trimmed, no rule ID
    found_at: _dt.datetime
    found_by_id: str
    remedy: str = attrs.field(converter=QUOTED)
    occurred_at: _dt.datetime | None
    caused_by_ids: frozenset[str]
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    report_to_positions: frozenset[Position] = attrs.field(
        default=_HQ_LEADERS,
        converter=_POSITIONS,
    )
    rule: str = "R-SEC-07"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def _verdict(self) -> str:
        # a report heads with the matter's level (绝密, 机密, 秘密, 非密): four words, not a
        # yes or a no, so not Decision's _verdict_words
        return verdict_word(self.level)


@fitted_call
def report_leak(
    matter: Matter,
    *,
    what: str,
    found_at: _dt.datetime,
    found_by: Person | str,
    remedy: str,
    occurred_at: _dt.datetime | None = None,
    caused_by_ids: Iterable[str] = (),
    calendar: WorkCalendar | None = None,
) -> LeakReport:
    """Build the leak record for HQ (R-SEC-07), with the matter's level on the company's day
    it was found: the day of ``found_at`` in the zone of ``calendar`` (``None``: China's,
    Asia/Shanghai), whatever zone ``found_at`` is written in, and shown in that zone in the
    reason; ``found_at`` and ``occurred_at`` are aware.  A matter not classified that day
    (outside the secrecy scope, or declassified: R-SEC-01, R-SEC-03) is recorded at
    :attr:`Level.UNCLASSIFIED` with no one to report to (``report_to_positions`` empty), its
    reason saying that no company secret leaked.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> m = Matter("C-1", "秘密", "合同", owner="华东公司", classified_on=dt.date(2025, 1, 1),
    ...            ends_on=dt.date(2025, 12, 31))
    >>> r = report_leak(m, what="contract photo posted online",
    ...                 found_at=dt.datetime(2025, 6, 2, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
    ...                 found_by="li", remedy="post removed; counterparty informed")
    >>> r.rule, [p.label for p in sorted(r.report_to_positions, reverse=True)], r.level.label
    ('R-SEC-07', ['总公司总经理', '总公司副总经理'], '秘密')
    >>> r.reason
    '秘密事项「C-1」泄密，2025-06-02 09:30+08:00 由「li」发现：立即报告总公司领导'
    >>> late = dt.datetime(2025, 12, 31, 20, 0, tzinfo=dt.timezone.utc)  # 01-01 04:00 in China
    >>> print(report_leak(m, what="x", found_at=late, found_by="li", remedy="y"))
    非密（R-SEC-07）：事项「C-1」在 2026-01-01 04:00+08:00 由「li」发现外泄时不属于秘密：未泄露公司秘密，无需报告总公司领导
    """  # noqa: E501
    _check("matter", matter, Matter)
    what, remedy = require_label("what", what), require_label("remedy", remedy)  # one line each
    require_aware("found_at", found_at)
    finder = found_by.id if isinstance(found_by, Person) else _folded_id("found_by", found_by)
    if occurred_at is not None:
        require_aware("occurred_at", occurred_at)
        problem = f"must not be after found_at {found_at.isoformat()}"
        within("occurred_at", occurred_at, occurred_at, high=found_at, problem=problem)
    local = calendar_or_china(calendar).to_local(found_at, argument="found_at")
    level = effective_level(matter, on=local.date())
    caused_by = _ids("caused_by_ids", caused_by_ids)
    said = {"level": level, "matter": matter.id, "found_at": moment_text(local)}
    if level.classified:
        reason, told = W_(_LEAKED, **said, found_by=finder), _HQ_LEADERS
    else:
        reason, told = W_(_NOT_SECRET, **said, found_by=finder), frozenset()
    return LeakReport(
        matter.id, level, what, found_at, finder, remedy, occurred_at, caused_by, reason, told
    )


# Why a leak is reported (R-SEC-07).
_LEAKED = N_(
    "{level} matter {matter} leaked, found at {found_at} by {found_by}: report to HQ leaders "
    "at once"
)
# Why a leak of a matter not classified that day is no leak of a company secret (R-SEC-07
# with R-SEC-01, R-SEC-03): D12 五 2 punishes leaking 公司秘密.
_NOT_SECRET = N_(
    "matter {matter} was not classified when found leaked at {found_at} by {found_by}: no "
    "company secret leaked; no report to HQ leaders needed"
)
