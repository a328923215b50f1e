"""Customer archives (客户档案; D2, D3, D9; docs/archives.md): what they hold (R-ARC-01,
R-ARC-02), their creation within a week (R-SLA-14), the quarterly updates (R-SLA-15), the
yearly survey (R-SLA-18) and lending (R-ARC-03).
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, overload

import attrs

from custops._dates import ONE_DAY, add_months, cycle_index, cycle_start, month_end
from custops._enums import (
    enum_field,
    fold,
    lone_or_items,
    member_check,
    members_check,
    members_field,
    own_names,
)
from custops._text import policy_repr, table_repr
from custops._validate import (
    BOOL,
    DATE,
    ID,
    NAME,
    OPTIONAL_DATE,
    OPTIONAL_ID,
    OPTIONAL_POLICY_POSITIVE_INT,
    POLICY_POSITIVE_INT,
    field_converter,
    fitted_call,
    in_date_range,
    instance_check,
    optional_check,
    policy_converter,
    policy_or_default,
    require_bool,
    require_date,
    require_distinct,
    require_items,
    require_type,
    retyped,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import (
    W_,
    Decision,
    Explained,
    Fact,
    Wn_,
    Wording,
    check_said,
    kept_wording,
)
from custops.enums import LabelledEnum, in_english
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import N_, worded_in_english
from custops.periods import Deadline, Period, due_date, period_check, period_text
from custops.secrecy import Matter, Person, SecrecyPolicy, can_know

__all__ = [
    "Archive",
    "ArchivePolicy",
    "Completeness",
    "CreationCheck",
    "FileContent",
    "LoanRequest",
    "OverdueUpdate",
    "RecordKind",
    "Relation",
    "SurveyBasis",
    "SurveyOutcome",
    "SurveyStatus",
    "UpdateOutcome",
    "UpdatePeriod",
    "archive_due",
    "can_lend_record",
    "completeness",
    "created_in_time",
    "overdue_updates",
    "survey_due",
    "update_schedule",
]


@worded_in_english
@in_english(
    UNIT_DATA="client unit data",
    PAYMENTS="payment records",
    FIT_OUT="fit-out works files",
    MOVE_IN="move-in forms",
    SUPPLEMENTS="supplementary data",
    CONTACTS="contact data",
    EMERGENCY_CONTACTS="emergency contacts",
    CORRESPONDENCE="correspondence with the management office",
    VIOLATIONS_AND_ARREARS="violation and arrears records",
    REPAIRS="repair records",
    COMPLAINTS="complaint records",
    ENGINEERING="engineering files and work procedures",
)
class RecordKind(LabelledEnum):
    """The twelve kinds of record of a customer archive (D3 三 1–12, R-ARC-01), in order.

    >>> RecordKind.parse("engineering").label
    '客户单位工程档案与工作程序'
    """

    # The variants include D3 三's own wording of each item (收集客户单位资料, …).
    UNIT_DATA = ("unit_data", "客户单位资料", "单位资料", "收集客户单位资料")
    PAYMENTS = (
        "payments",
        "客户缴费记录(含各样押金)",
        "缴费记录",
        "押金",
        "客户缴费记录包括各样应付之押金",
    )
    FIT_OUT = ("fit_out", "客户装修工程文件", "装修工程文件")
    MOVE_IN = ("move_in", "客户迁入时填具之资料", "迁入资料")
    SUPPLEMENTS = ("supplements", "客户资料补充", "资料补充")
    CONTACTS = ("contacts", "客户联络资料", "联络资料")
    EMERGENCY_CONTACTS = (
        "emergency_contacts",
        "紧急事故联络人资料",
        "紧急联络人",
        "紧急事故联络人的资料",
    )
    CORRESPONDENCE = ("correspondence", "客户与管理处往来文件", "往来文件")
    VIOLATIONS_AND_ARREARS = (
        "violations_and_arrears",
        "客户违规事项与欠费记录",
        "违规与欠费记录",
        "欠费记录",
    )
    REPAIRS = ("repairs", "客户维修记录", "维修记录")
    COMPLAINTS = ("complaints", "客户投诉记录", "投诉记录")
    ENGINEERING = (
        "engineering",
        "客户单位工程档案与工作程序",
        "工程档案",
        "客户单位有关的工程档案(与二次装修工程有关资料)与工作程序",
    )


@worded_in_english
@in_english(
    CONTACT="contact details",
    CREDIT="credit standing",
    TRANSACTIONS="transaction history",
)
class FileContent(LabelledEnum):
    """What a customer file holds (D9 4.1.2 a, R-ARC-02).

    >>> FileContent.parse("transactions").label
    '客户以往交易记录'
    """

    CONTACT = ("contact", "客户联系方式", "联系方式", "contact_details")
    CREDIT = ("credit", "客户信用状况描述", "信用状况")
    TRANSACTIONS = ("transactions", "客户以往交易记录", "交易记录", "transaction_history")


class Relation(LabelledEnum):
    """How a person stands to an archive (D2, D9): a would-be borrower (R-ARC-03), or the
    approver (R-ARC-02).

    >>> Relation.parse("unrelated").label
    '无关人员'
    """

    HANDLER = ("handler", "直接责任人", "与客户直接联系的人", "负责人")
    SUPERVISOR = ("supervisor", "直接上级", "上级")
    KEEPER = ("keeper", "档案管理人", "管理人", "档案管理员")
    SALES_DIRECTOR = ("sales_director", "销售总监")
    COLLEAGUE = ("colleague", "相关业务人员", "related_staff")
    UNRELATED = ("unrelated", "无关人员", "unrelated_person", "outsider")


def _dates(argument: str, value: Any) -> tuple[_dt.date, ...]:
    """A collection of dates (not a lone date), sorted, each day once (days of updates or
    surveys: two noted on one day are that day's)."""
    days = require_items(argument, value, "a collection of dates", _dt.date, each=require_date)
    return tuple(sorted(set(days)))


# How a refusal of a record kind or a relation says to use a company's own names
# (R-ARC-01, R-ARC-02, R-ARC-03): the archive policy maps them to the seed's.
_RECORD_HINT: Final = (
    "map a company's own record kind to one of these in ArchivePolicy.record_names and read "
    "it by ArchivePolicy.record_kind"
)
_RELATION_HINT: Final = (
    "map a company's own title or department to one of these in ArchivePolicy.relation_names "
    "and read it by ArchivePolicy.staff_relation"
)

T = TypeVar("T")
E = TypeVar("E", RecordKind, Relation)


def _hinted(check: Callable[[str, Any], T], hint: str) -> Callable[[str, Any], T]:
    """``check``, whose refusal of a value (a name that is none of the seed's) adds ``hint``:
    how a company maps its own names to the seed's."""

    def read(argument: str, value: Any) -> T:
        try:
            return check(argument, value)
        except InvalidInput as exc:
            problem = f"{exc.problem}; {hint}"
            raise type(exc).for_argument(exc.argument or argument, exc.value, problem) from None

    return read


_read_kind = _hinted(member_check(RecordKind), _RECORD_HINT)
_read_kinds = _hinted(members_check(RecordKind), _RECORD_HINT)
_read_relation = _hinted(member_check(Relation), _RELATION_HINT)


def _own(names: tuple[tuple[str, E], ...], value: Any) -> Any:
    """``value`` with a company's own name of ``names`` (a policy's ``record_names`` or
    ``relation_names``) read as the seed's member it maps to (spaces, case, full-width and
    Traditional forms ignored, as in the seed's names); anything else as given, for the
    caller's check to read and name."""
    if not names or type(value) is not str:
        return value
    return {fold(name): member for name, member in names}.get(fold(value), value)


def _own_items(argument: str, names: tuple[tuple[str, RecordKind], ...], value: Any) -> Any:
    """``value``, a collection of record kinds, with each company's own name of ``names``
    read by :func:`_own` (a set stays a set: its items have no place to name)."""
    if not names:
        return value
    items = lone_or_items(argument, value, "a collection of RecordKind")
    mapped = tuple(_own(names, item) for item in items)
    return frozenset(mapped) if isinstance(value, Set) else mapped


def _record_names(argument: str, value: Any) -> tuple[tuple[str, RecordKind], ...]:
    """``record_names``: a company's own record kinds (供应商资质证书, 供货协议), each read as
    one of the seed's :class:`RecordKind` s (:func:`~custops._enums.own_names`)."""
    return own_names(argument, value, RecordKind, "record kind")


def _relation_names(argument: str, value: Any) -> tuple[tuple[str, Relation], ...]:
    """``relation_names``: a company's own titles and departments (采购部经理, 财务部), each
    read as one of the seed's :class:`Relation` s (:func:`~custops._enums.own_names`)."""
    return own_names(argument, value, Relation, "relation")


def _required_records(value: Any, policy: Any) -> frozenset[RecordKind]:
    """``required_records``, whose items may be the policy's own ``record_names`` (read
    before it; without a policy, the converter used alone, only the seed's names)."""
    return _read_kinds(
        "required_records",
        _own_items("required_records", getattr(policy, "record_names", ()), value),
    )


def _approver(value: Any, policy: Any) -> Relation:
    """``approver``, which may be one of the policy's own ``relation_names`` (read before it)."""
    return _read_relation("approver", _own(getattr(policy, "relation_names", ()), value))


if TYPE_CHECKING:

    def _PERIOD(value: Period | str) -> Period: ...  # noqa: N802
    def _RECORDS(value: Iterable[RecordKind | str]) -> frozenset[RecordKind]: ...  # noqa: N802
    def _CONTENTS(value: Iterable[FileContent | str]) -> frozenset[FileContent]: ...  # noqa: N802
    def _ROLE(value: Relation | str | None) -> Relation | None: ...  # noqa: N802
    def _UPDATES(value: Iterable[_dt.date]) -> tuple[_dt.date, ...]: ...  # noqa: N802
    def _RECORD_NAMES(  # noqa: N802
        value: Mapping[str, RecordKind | str] | Sequence[tuple[str, RecordKind | str]],
    ) -> tuple[tuple[str, RecordKind], ...]: ...
    def _RELATION_NAMES(  # noqa: N802
        value: Mapping[str, Relation | str] | Sequence[tuple[str, Relation | str]],
    ) -> tuple[tuple[str, Relation], ...]: ...
    def _REQUIRED_RECORDS(  # noqa: N802
        value: Iterable[RecordKind | str],
    ) -> frozenset[RecordKind]: ...
    def _APPROVER(value: Relation | str) -> Relation: ...  # noqa: N802

else:
    _PERIOD = field_converter(period_check, takes="Period | str")
    _RECORDS = field_converter(_read_kinds, takes="Iterable[RecordKind | str]")
    _CONTENTS = members_field(FileContent)
    _ROLE = field_converter(optional_check(_read_relation), takes="Relation | str | None")
    _UPDATES = field_converter(_dates, takes=Iterable[_dt.date])
    _RECORD_NAMES = field_converter(
        _record_names,
        takes="Mapping[str, RecordKind | str] | Sequence[tuple[str, RecordKind | str]]",
    )
    _RELATION_NAMES = field_converter(
        _relation_names,
        takes="Mapping[str, Relation | str] | Sequence[tuple[str, Relation | str]]",
    )
    _REQUIRED_RECORDS = attrs.Converter(
        retyped(_required_records, "Iterable[RecordKind | str]"), takes_self=True
    )
    _APPROVER = attrs.Converter(retyped(_approver, "Relation | str"), takes_self=True)


@attrs.frozen
class Archive:
    """A customer archive: the customer it is of (``customer_id``: a name or an id), the
    ``records`` (R-ARC-01) and file ``contents`` (R-ARC-02) present, its ``keeper_id``
    (专人负责保管, D2 1), who ``approved_by_id`` it and in what role (``approver_role``: D2 1
    直接上级审核, D9 4.1.2 c 销售总监审批确认), who ``created_by_id`` it
    (与客户直接联系的人, D2 1), the day the customer became a long-term partner
    (``partner_since_on``, D2 2; or ``None``) and the days it was updated (``updates``,
    kept sorted, each day once).  People are named by ids, trimmed (``require_id``).

    >>> from datetime import date
    >>> a = Archive("某医院", created_on=date(2025, 1, 6), partner_since_on=date(2025, 1, 6))
    >>> a.updated(date(2025, 5, 9)).updates
    (datetime.date(2025, 5, 9),)
    """

    customer_id: str = attrs.field(converter=ID)
    created_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    records: frozenset[RecordKind] = attrs.field(
        default=frozenset(),
        kw_only=True,
        converter=_RECORDS,
    )
    contents: frozenset[FileContent] = attrs.field(
        default=frozenset(),
        kw_only=True,
        converter=_CONTENTS,
    )
    # who and whose (the keeper, the approver, the creator, the borrower) are ids as typed or
    # scanned, each named ``<role>_id`` (as ``Matter.supervisor_id``):
    # trimmed, an empty one or a control character inside refused (require_id)
    keeper_id: str | None = attrs.field(default=None, kw_only=True, converter=OPTIONAL_ID)
    approved_by_id: str | None = attrs.field(default=None, kw_only=True, converter=OPTIONAL_ID)
    partner_since_on: _dt.date | None = attrs.field(
        default=None,
        kw_only=True,
        converter=OPTIONAL_DATE,
    )
    updates: tuple[_dt.date, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_UPDATES,
    )
    approver_role: Relation | None = attrs.field(default=None, kw_only=True, converter=_ROLE)
    created_by_id: str | None = attrs.field(default=None, kw_only=True, converter=OPTIONAL_ID)
    first_contact_on: _dt.date | None = attrs.field(
        default=None,
        kw_only=True,
        converter=OPTIONAL_DATE,
    )

    def __attrs_post_init__(self) -> None:
        if self.updates and self.updates[0] < self.created_on:
            problem = f"is before created_on={self.created_on}"
            raise InvalidInput.for_argument("updates", self.updates[0], problem)

    @property
    def long_term_partner(self) -> bool:
        """Whether the quarterly updates of R-SLA-15 apply."""
        return self.partner_since_on is not None

    @fitted_call
    def updated(self, on: _dt.date) -> Archive:
        """A copy with an update on ``on`` recorded (填充、修改和完善); a day already
        recorded is refused (``updates`` holds each day once: recording it again is a slip,
        or the first again, and would change nothing)."""
        day = require_date("on", on)
        problem = f"is before created_on={self.created_on}"
        within("on", on, day, low=self.created_on, problem=problem)
        if day in self.updates:
            raise InvalidInput.for_argument("on", on, "is already recorded as an update")
        return attrs.evolve(self, updates=(*self.updates, day))


class SurveyBasis(LabelledEnum):
    """How "at least once a year" (每年至少一次) is counted (R-SLA-18).

    >>> SurveyBasis.parse("rolling").label
    '距上次一年内'
    """

    CALENDAR_YEAR = ("calendar_year", "每个自然年", "自然年")
    ROLLING = ("rolling", "距上次一年内", "yearly")


if TYPE_CHECKING:

    def _RELATION(value: Relation | str) -> Relation: ...  # noqa: N802
    def _SURVEY_BASIS(value: SurveyBasis | str) -> SurveyBasis: ...  # noqa: N802

else:
    _RELATION = field_converter(_read_relation, takes="Relation | str")
    _SURVEY_BASIS = enum_field(SurveyBasis)


if TYPE_CHECKING:

    def _SECRECY_POLICY(value: SecrecyPolicy | None) -> SecrecyPolicy: ...  # noqa: N802

else:
    _SECRECY_POLICY = policy_converter(SecrecyPolicy)


@attrs.frozen(kw_only=True)
class ArchivePolicy:
    """The archive rules, with the seed's values as defaults.

    - ``required_records`` (all twelve, R-ARC-01), ``required_contents`` (all three,
      R-ARC-02), ``require_keeper``, ``require_approval``: what :func:`completeness`
      asks for (a section with nothing to file is kept, marked 无).
    - ``creation_period`` = 一周 (R-SLA-14).
    - ``update_months`` = 3: the update cycle, aligned to 1 January (R-SLA-15);
      ``roll_update_due``: a cycle's update is due on its last day, moved past rest days
      (Civil Code art. 203).
    - ``survey_basis``: how the yearly survey is counted (R-SLA-18).
    - ``max_loan_days``: the longest loan of an archive (``None``, the seed: no limit;
      R-ARC-03).
    - ``approver`` (R-ARC-02): ``Relation.SUPERVISOR`` (D2 1 交直接上级审核, the default) or
      ``Relation.SALES_DIRECTOR`` (D9 4.1.2 c 由销售总监进行审批确认).
    - ``survey_first_year``: whether the year a survey duty starts in owes one too (R-SLA-18,
      D9 6 a 每年至少进行一次; ``False``: only from the first whole calendar year).
    - ``secrecy_policy``: the company's :class:`~custops.secrecy.SecrecyPolicy` (``None``:
      the seed's), which decides who may know a classified customer file before it is lent
      (:func:`can_lend_record` ``classified=``, R-SEC-04).
    - ``record_names``: the company's own record kinds (a supplier archive's 供应商资质证书,
      供货协议), each mapped to the seed's :class:`RecordKind` it is filed as (R-ARC-01);
      ``relation_names``: the company's own titles and departments (采购部经理, 财务部),
      each mapped to the seed's :class:`Relation` it stands in (R-ARC-02, R-ARC-03).  Both
      are read by ``required_records`` and ``approver`` and by :meth:`record_kind`,
      :meth:`record_kinds` and :meth:`staff_relation`, which read the names a company's data
      gives before an :class:`Archive` or a :class:`LoanRequest` is built (as
      ``SecrecyPolicy(position_names=…)`` and :meth:`~custops.secrecy.SecrecyPolicy.staff_position`
      do); a mapped name decides exactly as the seed's name it maps to.  A name that is
      already one of the seed's names may not map to another one
      (:class:`~custops.errors.PolicyError`).

    >>> ArchivePolicy(update_months=5)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: update_months: must divide the year into whole cycles (1, 2, 3, 4, 6 or 12) (got 5)
    """  # noqa: E501

    # (read before ``required_records`` and ``approver``, which take the company's own names)
    record_names: tuple[tuple[str, RecordKind], ...] = attrs.field(
        default=(), converter=_RECORD_NAMES, repr=table_repr
    )
    relation_names: tuple[tuple[str, Relation], ...] = attrs.field(
        default=(), converter=_RELATION_NAMES, repr=table_repr
    )
    required_records: frozenset[RecordKind] = attrs.field(
        default=frozenset(RecordKind),
        converter=_REQUIRED_RECORDS,
    )
    required_contents: frozenset[FileContent] = attrs.field(
        default=frozenset(FileContent),
        converter=_CONTENTS,
    )
    require_keeper: bool = attrs.field(default=True, converter=BOOL)
    require_approval: bool = attrs.field(default=True, converter=BOOL)
    creation_period: Period = attrs.field(default=Period.weeks(1), converter=_PERIOD)
    update_months: int = attrs.field(default=3, converter=POLICY_POSITIVE_INT)
    roll_update_due: bool = attrs.field(default=True, converter=BOOL)
    survey_basis: SurveyBasis = attrs.field(
        default=SurveyBasis.CALENDAR_YEAR,
        converter=_SURVEY_BASIS,
    )
    max_loan_days: int | None = attrs.field(default=None, converter=OPTIONAL_POLICY_POSITIVE_INT)
    approver: Relation = attrs.field(default=Relation.SUPERVISOR, converter=_APPROVER)
    survey_first_year: bool = attrs.field(default=True, converter=BOOL)
    secrecy_policy: SecrecyPolicy = attrs.field(
        default=None, converter=_SECRECY_POLICY, repr=policy_repr
    )

    def __attrs_post_init__(self) -> None:
        if self.approver not in (Relation.SUPERVISOR, Relation.SALES_DIRECTOR):
            problem = "must be the direct superior (D2) or the sales director (D9)"
            raise PolicyError.for_argument("approver", self.approver.value, problem)
        months = self.update_months
        if months not in (1, 2, 3, 4, 6, 12):
            problem = "must divide the year into whole cycles (1, 2, 3, 4, 6 or 12)"
            raise PolicyError.for_argument("update_months", months, problem)
        if not self.creation_period.is_day_level:
            problem = "must be counted in days or longer"
            raise PolicyError.for_argument("creation_period", str(self.creation_period), problem)

    def record_kind(self, record_kind: RecordKind | str) -> RecordKind:
        """The :class:`RecordKind` ``record_kind`` names: a company's own name of
        ``record_names`` as the kind it maps to (spaces, case, full-width and Traditional
        forms ignored, as in the seed's names), a text read as a :class:`RecordKind` (else
        :class:`~custops.errors.InvalidInput` naming ``record_kind``, saying how to map a
        company's own name; R-ARC-01).

        >>> plant = ArchivePolicy(record_names={"供应商资质证书": "客户单位资料"})
        >>> plant.record_kind(" 供应商资质证书 ").label, plant.record_kind("维修记录").label
        ('客户单位资料', '客户维修记录')
        """
        return _read_kind("record_kind", _own(self.record_names, record_kind))

    def record_kinds(self, records: Iterable[RecordKind | str]) -> frozenset[RecordKind]:
        """The record kinds ``records`` names, each read by :meth:`record_kind`: what an
        :class:`Archive` of the company holds (R-ARC-01); a name neither a kind nor one of
        ``record_names`` is refused naming it by its place (``records[1]``).

        >>> plant = ArchivePolicy(record_names={"供应商资质证书": "客户单位资料",
        ...                                     "供货协议": "往来文件"})
        >>> sorted(k.label for k in plant.record_kinds(["供应商资质证书", "供货协议"]))
        ['客户与管理处往来文件', '客户单位资料']
        >>> plant.record_kinds(["供货协议", "质量体系认证"])
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: records[1]: is not a known RecordKind; ... (got '质量体系认证')
        """
        return _read_kinds("records", _own_items("records", self.record_names, records))

    def staff_relation(self, relation: Relation | str) -> Relation:
        """The :class:`Relation` ``relation`` names: a company's own title or department of
        ``relation_names`` as the relation it maps to, a text read as a :class:`Relation`
        (else :class:`~custops.errors.InvalidInput` naming ``relation``, saying how to map a
        company's own name): a borrower's (R-ARC-03) or an approver's (R-ARC-02).

        >>> plant = ArchivePolicy(relation_names={"采购部经理": "直接上级",
        ...                                       "财务部": "相关业务人员"})
        >>> plant.staff_relation("采购部经理").label, plant.staff_relation("财务部").label
        ('直接上级', '相关业务人员')
        """
        return _read_relation("relation", _own(self.relation_names, relation))


@kept_wording
@attrs.frozen
class Completeness(Decision):
    """What an archive lacks: records (R-ARC-01), file contents, keeper or approval
    (R-ARC-02; ``missing_approval`` also when the approver has the wrong role or approved
    their own archive).  ``rule_ids`` names the rules applied (both, as every result that
    applies several lists them), ``rule`` the first not met (R-ARC-01 when none is), and
    :attr:`unmet_rule_ids` those not met."""

    _verdict_words = (N_("complete"), N_("incomplete"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    missing_records: tuple[RecordKind, ...]
    missing_contents: tuple[FileContent, ...]
    missing_keeper: bool
    missing_approval: bool
    rule_ids: tuple[str, ...] = ("R-ARC-01", "R-ARC-02")
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def unmet_rule_ids(self) -> tuple[str, ...]:
        """The rules the archive does not meet: R-ARC-01 for records, R-ARC-02 for file
        contents, keeper or approval (empty when complete).

        >>> from datetime import date
        >>> a = Archive("某零售商", created_on=date(2025, 3, 3), records=list(RecordKind))
        >>> completeness(a).unmet_rule_ids
        ('R-ARC-02',)
        """
        unmet: tuple[str, ...] = ("R-ARC-01",) if self.missing_records else ()
        if self.missing_contents or self.missing_keeper or self.missing_approval:
            unmet += ("R-ARC-02",)
        return unmet


def _person(id_: str | None) -> str | None:
    """An id as people are compared: two ids equal after NFKC and case folding are one person."""
    return None if id_ is None else unicodedata.normalize("NFKC", id_).casefold()


# What completeness says is missing (R-ARC-02): no approval; an approval in another role;
# an approval by the keeper, the creator or the customer themselves.
_APPROVAL_GAPS: dict[tuple[str, Relation], str] = {
    ("none", Relation.SUPERVISOR): N_("an approval (by the direct superior)"),
    ("none", Relation.SALES_DIRECTOR): N_("an approval (by the sales director)"),
    ("role", Relation.SUPERVISOR): N_("an approval by the direct superior"),
    ("role", Relation.SALES_DIRECTOR): N_("an approval by the sales director"),
}
_SELF_APPROVALS = (
    ("keeper_id", N_("an approval by someone other than the keeper (no self-approval)")),
    ("created_by_id", N_("an approval by someone other than the creator (no self-approval)")),
    ("customer_id", N_("an approval by someone other than the customer (no self-approval)")),
)


def _approval_gap(archive: Archive, pol: ArchivePolicy) -> Wording | None:
    """What is wrong with the approval of ``archive`` under ``pol`` (R-ARC-02), or None."""
    approver = _person(archive.approved_by_id)
    if approver is None:
        return W_(_APPROVAL_GAPS["none", pol.approver])
    for field, gap in _SELF_APPROVALS:
        if _person(getattr(archive, field)) == approver:
            return W_(gap)
    if archive.approver_role is not pol.approver:
        return W_(_APPROVAL_GAPS["role", pol.approver])
    return None


@fitted_call
def completeness(archive: Archive, *, policy: ArchivePolicy | None = None) -> Completeness:
    """List what ``archive`` is missing (R-ARC-01, R-ARC-02), in the order of the seed's lists.

    >>> from datetime import date
    >>> a = Archive("某零售商", created_on=date(2025, 3, 3), records=list(RecordKind),
    ...             contents=["联系方式", "交易记录"], keeper_id="王五")
    >>> c = completeness(a)
    >>> c.allowed, c.rule, c.unmet_rule_ids, c.rule_ids
    (False, 'R-ARC-02', ('R-ARC-02',), ('R-ARC-01', 'R-ARC-02'))
    >>> c.reason
    '缺少：客户信用状况描述、审批确认（须由直接上级）'
    """
    require_type("archive", archive, Archive, "an Archive")
    pol = policy_or_default(policy, ArchivePolicy)
    records = tuple(k for k in RecordKind if k in pol.required_records - archive.records)
    contents = tuple(c for c in FileContent if c in pol.required_contents - archive.contents)
    keeper = W_("a named keeper") if pol.require_keeper and archive.keeper_id is None else None
    approval = _approval_gap(archive, pol) if pol.require_approval else None
    no_keeper, no_approval = keeper is not None, approval is not None
    items = (*records, *contents, *(gap for gap in (keeper, approval) if gap is not None))
    if not items:
        complete = W_("the archive is complete")
        return Completeness(True, "R-ARC-01", complete, (), (), False, False)
    reason = W_("missing: {items}", items=items)
    rule = "R-ARC-01" if records else "R-ARC-02"  # the first not met (unmet_rule_ids[0])
    return Completeness(False, rule, reason, records, contents, no_keeper, no_approval)


@overload
def archive_due(
    first_contact_on: _dt.date,
    *,
    calendar: WorkCalendar | None = ...,
    explain: Literal[False] = ...,
    policy: ArchivePolicy | None = ...,
) -> _dt.date: ...
@overload
def archive_due(
    first_contact_on: _dt.date,
    *,
    calendar: WorkCalendar | None = ...,
    explain: Literal[True],
    policy: ArchivePolicy | None = ...,
) -> Deadline: ...
@fitted_call
def archive_due(
    first_contact_on: _dt.date,
    *,
    calendar: WorkCalendar | None = None,
    explain: bool = False,
    policy: ArchivePolicy | None = None,
) -> _dt.date | Deadline:
    """The last day to create the archive of a customer first contacted on ``first_contact_on``.

    D2 1: within one week (一周内, R-SLA-14), counted by :func:`custops.periods.due_date`
    on ``calendar`` (default: China); ``explain=True`` gives the
    :class:`~custops.periods.Deadline`, whose rule is R-SLA-14.

    >>> from datetime import date
    >>> archive_due(date(2025, 3, 3))
    datetime.date(2025, 3, 10)
    """
    pol = policy_or_default(policy, ArchivePolicy)
    day = require_date("first_contact_on", first_contact_on)
    cal = calendar_or_china(calendar)
    require_bool("explain", explain)
    counting = f"{period_text(pol.creation_period)} cannot be counted from it"
    with in_date_range("first_contact_on", first_contact_on, counting=counting):
        if not explain:
            return due_date(day, pol.creation_period, calendar=cal)
        counted = due_date(day, pol.creation_period, calendar=cal, explain=True)
        return attrs.evolve(counted, rule="R-SLA-14")


def _unpublished_years(cal: WorkCalendar, first: _dt.date, last: _dt.date) -> tuple[int, ...]:
    """The years from ``first`` to ``last`` (both counted) whose holiday arrangement is not
    published in ``cal``: a day counted or rolled in them is provisional (docs/rules.md §1)."""
    return tuple(y for y in range(first.year, last.year + 1) if not cal.is_published(y))


def _marked(reason: Wording, years: tuple[int, ...]) -> Wording:
    """``reason``, followed by the provisional mark when ``years`` is not empty (R-SLA-14,
    R-SLA-15, R-SLA-18: an answer counted through an unpublished year may change)."""
    if not years:
        return reason
    said = N_("{reason}; provisional: the holiday arrangement for {years} is not published yet")
    return W_(said, reason=reason, years=tuple(map(str, years)))


@kept_wording
@attrs.frozen
class CreationCheck(Fact):
    """Whether an archive was created within the week after the first contact (R-SLA-14),
    headed 是/否 as every :class:`~custops.decisions.Fact`: ``due_on`` the last day to
    create it (:func:`archive_due`), ``provisional`` whether that day was counted through a
    year whose holiday arrangement is not published (the answer may change once the
    year's notice is in the calendar; the reason then says 暂定).

    >>> from datetime import date
    >>> a = Archive("某医院", first_contact_on=date(2025, 3, 3), created_on=date(2025, 3, 7))
    >>> c = created_in_time(a)
    >>> c.allowed, c.due_on, c.provisional
    (True, datetime.date(2025, 3, 10), False)
    """

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    due_on: _dt.date
    provisional: bool = attrs.field(default=False, converter=BOOL)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def created_in_time(
    archive: Archive,
    *,
    calendar: WorkCalendar | None = None,
    policy: ArchivePolicy | None = None,
) -> CreationCheck:
    """Whether ``archive`` was created within the week after the first contact (D2 1
    一周内负责建立, R-SLA-14), as a :class:`CreationCheck` (a
    :class:`~custops.decisions.Fact`): allowed when its
    ``created_on`` is on or before :func:`archive_due` of its ``first_contact_on`` (an
    archive opened before the first contact is in time too); an archive that records no
    first contact is refused as an input (:class:`~custops.errors.InvalidInput` naming
    ``archive``), since the week cannot be counted.  When the week runs through a year
    whose holiday arrangement is not published, the answer is ``provisional`` and its
    reason says so (docs/rules.md §1).

    >>> from datetime import date
    >>> a = Archive("某医院", first_contact_on=date(2025, 3, 3), created_on=date(2025, 3, 12))
    >>> print(created_in_time(a))
    否（R-SLA-14）：首次接触 2025-03-03，档案最迟应于 2025-03-10（含当日）建立，2025-03-12 才建立，迟 2 天
    """  # noqa: E501
    require_type("archive", archive, Archive, "an Archive")
    first = archive.first_contact_on
    if first is None:
        problem = "records no first_contact_on: the week to create it cannot be counted"
        raise InvalidInput.for_argument("archive", archive, problem)
    counted = archive_due(first, calendar=calendar, explain=True, policy=policy)
    due, provisional = counted.ends_on, counted.provisional
    years = _unpublished_years(calendar_or_china(calendar), first, due) if provisional else ()
    created = archive.created_on
    if created <= due:
        said = N_("first contact on {first}; created on {created}, due on or before {due}")
        why = _marked(W_(said, first=first, created=created, due=due), years)
        return CreationCheck(True, "R-SLA-14", why, due, provisional)
    days = (created - due).days
    late = Wn_(
        "first contact on {first}; due on or before {due}, created only on {created}, "
        "{days} day late",
        "first contact on {first}; due on or before {due}, created only on {created}, "
        "{days} days late",
        days,
        first=first,
        due=due,
        created=created,
        days=days,
    )
    return CreationCheck(False, "R-SLA-14", _marked(late, years), due, provisional)


class UpdateOutcome(LabelledEnum):
    """The state of one cycle's archive update.

    >>> UpdateOutcome.parse("overdue").label
    '逾期未更新'
    """

    DONE = ("done", "已更新")
    OPEN = ("open", "待更新")
    OVERDUE = ("overdue", "逾期未更新")


@kept_wording
@attrs.frozen
class UpdatePeriod(Explained):
    """One cycle (by default a calendar quarter) of a long-term partner's archive
    (R-SLA-15): ``due_on`` its last day (rolled past rest days by default), ``updated_on``
    the update that counts for it, ``outcome`` done, open or overdue, ``reason`` one line;
    ``provisional`` whether ``due_on`` was rolled on a year whose holiday arrangement is not
    published (it may move once the year's notice is in the calendar; the reason says 暂定).

    >>> from datetime import date
    >>> a = Archive("某药店", created_on=date(2025, 2, 1), partner_since_on=date(2025, 1, 1))
    >>> print(update_schedule(a, on=date(2025, 8, 1))[1])
    逾期未更新（R-SLA-15）：2025Q2 未见更新，最迟应于 2025-06-30（含当日）更新，现已逾期
    """

    name: str
    start: _dt.date
    end: _dt.date
    due_on: _dt.date
    updated_on: _dt.date | None
    outcome: UpdateOutcome
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    provisional: bool = attrs.field(default=False, converter=BOOL)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


def _cycle_name(start: _dt.date, months: int) -> str:
    index = cycle_index(start, months)
    if months == 3:
        return f"{start.year}Q{index}"
    if months == 12:
        return str(start.year)
    return f"{start.year}-{start.month:02d}/{months}m"


@fitted_call
def update_schedule(
    archive: Archive,
    *,
    on: _dt.date,
    calendar: WorkCalendar | None = None,
    policy: ArchivePolicy | None = None,
) -> tuple[UpdatePeriod, ...]:
    """The quarterly updates of a long-term partner's archive up to ``on`` (D2 2, R-SLA-15).

    Each quarter from the first that begins on or after ``archive.partner_since_on`` needs
    an update (the creation counts) made within it and on or before ``on``; it is due on its
    last day, moved past rest days.  A quarter that ended before the archive was created is
    not listed: there was nothing to update yet, and the late creation is R-SLA-14's
    (:func:`created_in_time`), reported once.  A customer who is not a long-term partner
    has ``()``.

    >>> from datetime import date
    >>> a = Archive("某药店", created_on=date(2025, 2, 1), partner_since_on=date(2025, 1, 1))
    >>> [(p.name, p.outcome.name) for p in update_schedule(a, on=date(2025, 8, 1))]
    [('2025Q1', 'DONE'), ('2025Q2', 'OVERDUE'), ('2025Q3', 'OPEN')]
    """
    require_type("archive", archive, Archive, "an Archive")
    today = require_date("on", on)
    pol = policy_or_default(policy, ArchivePolicy)
    work = calendar_or_china(calendar)
    since = archive.partner_since_on
    if since is None:
        return ()
    months = pol.update_months
    done = sorted(d for d in (archive.created_on, *archive.updates) if d <= today)
    i = 0  # the first update not yet counted for a cycle
    periods: list[UpdatePeriod] = []
    with in_date_range("on", on):
        if pol.roll_update_due:  # refused before any cycle is counted: a failed call changes
            # nothing, not even which provisional years the calendar has warned about
            years = work.supported_years
            last_end = month_end(add_months(cycle_start(today, months), months - 1))
            if last_end.year not in years:
                problem = (
                    f"its update cycle ends on {last_end}, outside the years "
                    f"{years.start}-{years.stop - 1} the {work.country} calendar supports"
                )
                raise InvalidInput.for_argument("on", on, problem)
        start = cycle_start(since, months)
        if start < since:  # the first whole cycle after ``since``
            start = month_end(add_months(start, months - 1)) + ONE_DAY
        # no cycle that ended before the archive existed: its creation opens the duty
        start = max(start, cycle_start(archive.created_on, months))
        while start <= today:
            end = month_end(add_months(start, months - 1))
            due = work.roll(end) if pol.roll_update_due else end
            # a due day rolled on an unpublished year may move (docs/rules.md §1)
            unpublished = _unpublished_years(work, end, due) if pol.roll_update_due else ()
            while i < len(done) and done[i] < start:
                i += 1
            name = _cycle_name(start, months)
            updated = done[i] if i < len(done) and done[i] <= due else None
            if updated is not None:
                status, said = UpdateOutcome.DONE, N_("{name} updated on {updated}")
                i += 1
            elif today > due:
                said = N_("{name}: no update; it was due on or before {due}")
                status = UpdateOutcome.OVERDUE
            else:
                said = N_("{name}: no update yet; due on or before {due}")
                status = UpdateOutcome.OPEN
            why = _marked(W_(said, name=name, updated=updated, due=due), unpublished)
            provisional = bool(unpublished)
            period = UpdatePeriod(
                name, start, end, due, updated, status, "R-SLA-15", why, provisional=provisional
            )
            periods.append(period)
            if end >= today:  # the next cycle has not begun (and may lie past the year 9999)
                break
            start = end + ONE_DAY
    return tuple(periods)


@attrs.frozen
class OverdueUpdate(Explained):
    """A missed quarterly update of one archive (R-SLA-15); its ``outcome``, ``rule`` and
    ``reason`` are those of its ``update_period``.

    >>> from datetime import date
    >>> a = Archive("某药店", created_on=date(2025, 2, 1), partner_since_on=date(2025, 1, 1))
    >>> print(overdue_updates([a], on=date(2025, 8, 1))[0])
    逾期未更新（R-SLA-15）：2025Q2 未见更新，最迟应于 2025-06-30（含当日）更新，现已逾期
    """

    customer_id: str
    update_period: UpdatePeriod
    archive: Archive = attrs.field(repr=False)

    @property
    def outcome(self) -> UpdateOutcome:
        """Always ``UpdateOutcome.OVERDUE``."""
        return self.update_period.outcome

    @property
    def rule(self) -> str:  # type: ignore[override]
        """R-SLA-15."""
        return self.update_period.rule

    @property
    def reason(self) -> str:  # type: ignore[override]
        """The update period's one-line reason."""
        return self.update_period.reason


@fitted_call
def overdue_updates(
    archives: Iterable[Archive],
    *,
    on: _dt.date,
    calendar: WorkCalendar | None = None,
    policy: ArchivePolicy | None = None,
) -> tuple[OverdueUpdate, ...]:
    """Every overdue quarterly update of the archives on ``on`` (R-SLA-15), in their order;
    two archives of one customer are refused (each update would be reported twice).

    >>> from datetime import date
    >>> a = Archive("某药店", created_on=date(2025, 2, 1), partner_since_on=date(2025, 1, 1))
    >>> b = Archive("某零售商", created_on=date(2025, 2, 1))       # not a long-term partner
    >>> [(o.customer_id, o.update_period.name)
    ...  for o in overdue_updates([a, b], on=date(2025, 10, 10))]
    [('某药店', '2025Q2'), ('某药店', '2025Q3')]
    """
    each = instance_check(Archive, "an Archive")
    items = require_items("archives", archives, "a collection of Archive", Archive, each=each)
    problem = "is a second archive of the customer of archives[{first}]"
    require_distinct("archives", items, problem, placed=True, keys=[a.customer_id for a in items])
    require_date("on", on)
    calendar_or_china(calendar)
    policy_or_default(policy, ArchivePolicy)
    found: list[OverdueUpdate] = []
    for archive in items:
        for period in update_schedule(archive, on=on, calendar=calendar, policy=policy):
            if period.outcome is UpdateOutcome.OVERDUE:
                found.append(OverdueUpdate(archive.customer_id, period, archive))
    return tuple(found)


class SurveyOutcome(LabelledEnum):
    """The state of the yearly satisfaction survey (R-SLA-18).

    >>> SurveyOutcome.parse("overdue").label
    '逾期未调查'
    """

    DONE = ("done", "已调查")
    OPEN = ("open", "待调查")
    OVERDUE = ("overdue", "逾期未调查")


@kept_wording
@attrs.frozen
class SurveyStatus(Explained):
    """Whether the yearly satisfaction survey is done, due or overdue (R-SLA-18):
    ``outcome``, ``due_on`` the last day for the next survey, ``last_survey_on`` the last
    held, ``provisional`` whether ``due_on`` was counted through a year whose holiday
    arrangement is not published (only a rolling year, ``SurveyBasis.ROLLING``, is counted
    on the calendar; a calendar year ends on 31 December whatever the calendar says).

    >>> from datetime import date
    >>> print(survey_due([date(2024, 11, 5)], on=date(2025, 6, 1)))
    待调查（R-SLA-18）：2025 年尚未调查，最迟于 2025-12-31（含当日）完成
    """

    outcome: SurveyOutcome
    due_on: _dt.date
    last_survey_on: _dt.date | None
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    provisional: bool = attrs.field(default=False, converter=BOOL)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def survey_due(
    surveys: Iterable[_dt.date] = (),
    *,
    on: _dt.date,
    duty_from_on: _dt.date | None = None,
    calendar: WorkCalendar | None = None,
    policy: ArchivePolicy | None = None,
) -> SurveyStatus:
    """When the next customer-satisfaction survey is due (D9 6 a, R-SLA-18).

    每年至少进行一次: ``surveys`` are the days surveys were held (one after ``on`` is ignored).
    By default each calendar year from ``duty_from_on`` (default: the year of the first
    survey, or this year) needs one by 31 December (``ArchivePolicy.survey_first_year``
    says whether the first, partial year does); with ``SurveyBasis.ROLLING`` one is due a
    year after the last (or after ``duty_from_on``), counted as a Civil Code period.

    >>> from datetime import date
    >>> s = survey_due([date(2024, 11, 5)], on=date(2025, 6, 1))
    >>> s.outcome.name, s.due_on
    ('OPEN', datetime.date(2025, 12, 31))
    """
    today = require_date("on", on)
    pol = policy_or_default(policy, ArchivePolicy)
    cal = calendar_or_china(calendar)
    held = [d for d in _dates("surveys", surveys) if d <= today]
    since = optional_check(require_date)("duty_from_on", duty_from_on)
    last = held[-1] if held else None
    with in_date_range("on", on):
        if pol.survey_basis is SurveyBasis.ROLLING:
            base = last if last is not None else since
            if base is None:
                reason = W_("no satisfaction survey on record: due now")
                return SurveyStatus(SurveyOutcome.OPEN, today, None, "R-SLA-18", reason)
            counted = due_date(base, Period.years(1), calendar=cal, explain=True)
            due, provisional = counted.ends_on, counted.provisional
            unpublished = _unpublished_years(cal, base, due) if provisional else ()
            if today > due:
                status = SurveyOutcome.OVERDUE
                said = N_("one year after {base}: due on or before {due}, now overdue")
            else:
                status = SurveyOutcome.OPEN
                said = N_("one year after {base}: due on or before {due}")
            reason = _marked(W_(said, base=base, due=due), unpublished)
            return SurveyStatus(status, due, last, "R-SLA-18", reason, provisional=provisional)
        if since is not None:
            whole = (since.month, since.day) == (1, 1) or pol.survey_first_year
            first_year = since.year if whole else since.year + 1
        else:
            first_year = held[0].year if held else today.year
        years = {d.year for d in held}
        missed = [y for y in range(first_year, today.year) if y not in years]
        shown = (*missed[:10], "…") if len(missed) > 10 else tuple(missed)
        if today.year < first_year:
            status, year = SurveyOutcome.OPEN, first_year
            template = N_("the yearly survey duty starts in {year}: due on or before {due}")
        elif missed:
            status, year = SurveyOutcome.OVERDUE, missed[0]
            template = N_("no satisfaction survey in {missed}")
        elif today.year in years:
            status, year = SurveyOutcome.DONE, today.year + 1
            template = N_("surveyed on {last} this year; next by {due}")
        else:
            status, year = SurveyOutcome.OPEN, today.year
            template = N_("no survey yet in {year}: due on or before {due}")
        due = _dt.date(year, 12, 31)
    reason = W_(template, year=year, due=due, last=last, missed=shown)
    return SurveyStatus(status, due, last, "R-SLA-18", reason)


@attrs.frozen
class LoanRequest:
    """A request to borrow an archive (借阅): the ``borrower_id``, their ``relation`` and
    ``purpose``; then, by keyword, ``on`` the day of the loan, ``due_back_on`` when it comes
    back (``None``: never — keeping it is not lending), ``registered``: entered in the
    lending register (D2 4 严格执行档案借阅制度; ``False`` by default, so a loan nobody said
    is registered is refused), ``private``: asked on the strength of a personal
    relationship (凭私人关系; ``False`` by default: the relation and the purpose are the
    stated basis, and with the archive given :func:`can_lend_record` checks the relation
    against the archive's people).
    """

    borrower_id: str = attrs.field(converter=ID)
    relation: Relation = attrs.field(converter=_RELATION)
    purpose: str = attrs.field(converter=NAME)
    on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    due_back_on: _dt.date | None = attrs.field(kw_only=True, converter=OPTIONAL_DATE)
    registered: bool = attrs.field(default=False, kw_only=True, converter=BOOL)
    private: bool = attrs.field(default=False, kw_only=True, converter=BOOL)

    def __attrs_post_init__(self) -> None:
        if self.due_back_on is not None:
            problem = f"is before the loan day {self.on}"
            within("due_back_on", self.due_back_on, self.due_back_on, low=self.on, problem=problem)


# The archive's field that names the person of each relation it records (D2 1).
_RELATION_FIELDS: Final = {
    Relation.HANDLER: "created_by_id",
    Relation.KEEPER: "keeper_id",
    Relation.SUPERVISOR: "approved_by_id",
    Relation.SALES_DIRECTOR: "approved_by_id",
}


def _secrecy_refusal(
    request: LoanRequest, classified: object, secrecy_policy: SecrecyPolicy | None
) -> Decision | None:
    """The refusal of a loan of a classified archive to a borrower who may not know it
    (R-SEC-04, D12 四 1) under ``secrecy_policy``, or ``None``: ``classified`` is
    ``(borrower, matter)``."""
    problem = "must be a (Person, Matter) pair: the borrower and the archive's matter"
    if (
        type(classified) is not tuple
        or len(classified) != 2
        or not isinstance(classified[0], Person)
        or not isinstance(classified[1], Matter)
    ):
        raise InvalidType.for_argument("classified", classified, problem)
    person, matter = classified
    if person.id != request.borrower_id:
        problem = f"the person {person.id} is not the borrower {request.borrower_id} of the request"
        raise InvalidInput.for_argument("classified", classified, problem)
    known = can_know(person, matter, on=request.on, policy=secrecy_policy)
    if known.allowed:
        return None
    why = W_(
        "{matter}, {level}, is not lent to {borrower}, who may not know it: {reason}",
        matter=matter.id,
        level=matter.level,
        borrower=request.borrower_id,
        reason=known.said,
    )
    return Decision(False, known.rule, why)


@fitted_call
def can_lend_record(
    request: LoanRequest,
    *,
    archive: Archive | None = None,
    classified: tuple[Person, Matter] | None = None,
    policy: ArchivePolicy | None = None,
) -> Decision:
    """Whether an archive may be lent (D2 4–5, R-ARC-03), as a :class:`~custops.decisions.Decision`.

    Refused, in this order: to unrelated people; with the ``archive`` asked for given, to a
    borrower whose stated relation the archive contradicts (a handler who did not create
    it, a keeper who does not keep it, an approver who did not approve it — checked where
    the archive names that person; a 相关业务人员 cannot be checked from its data); on the
    strength of a
    personal relationship; outside the lending register (the default: not registered);
    without a return day (company property no one may keep); for longer than
    ``max_loan_days`` (``None``, the seed: no limit).  The reason names the archive lent.
    A loan dated before the archive given was created is refused as an input
    (:class:`~custops.errors.InvalidInput` naming ``on``), as an update dated so is
    (:meth:`Archive.updated`): there was nothing to lend yet.

    A customer file is also a secret of the company (D12 三 2 6: 客户信息): an archive whose
    matter is classified is lent only to a borrower who may know it.  ``classified`` is the
    borrower as a :class:`~custops.secrecy.Person` (their ``id`` the request's
    ``borrower_id``) and the archive's :class:`~custops.secrecy.Matter`; the loan is then
    refused, first, when :func:`~custops.secrecy.can_know` refuses it on the loan day under
    the policy's ``secrecy_policy`` (the company's :class:`~custops.secrecy.SecrecyPolicy`):
    its rule, R-SEC-04, and a reason naming the matter, its level, the borrower
    and why.  Without ``classified`` the secrecy level is not checked: give it
    for every classified file (:func:`~custops.secrecy.can_lend` is D12's rule for company
    certificates only).

    >>> from datetime import date
    >>> ask = LoanRequest("李四", "相关业务人员", "续签合同前核对交易记录",
    ...                   on=date(2025, 3, 3), due_back_on=date(2025, 3, 5), registered=True)
    >>> can_lend_record(ask).allowed
    True
    >>> mine = Archive("某医院", created_on=date(2025, 1, 6), created_by_id="王五")
    >>> print(can_lend_record(attrs.evolve(ask, relation="直接责任人"), archive=mine))
    拒绝（R-ARC-03）：「李四」自称直接责任人，但「某医院」的档案记载的直接责任人是「王五」
    >>> from custops.secrecy import Matter, Person
    >>> file = Matter("K-1", "秘密", "客户档案", owner="华东公司", person_ids={"王五"},
    ...               classified_on=date(2025, 1, 1), ends_on=date(2030, 12, 31))
    >>> print(can_lend_record(ask, classified=(Person("李四", company="华东公司"), file)))
    拒绝（R-SEC-04）：「K-1」（秘密）不借给无权知悉的「李四」：秘密：仅限相关人员知悉
    """
    require_type("request", request, LoanRequest, "a LoanRequest")
    optional_check(instance_check(Archive, "an Archive"))("archive", archive)
    pol = policy_or_default(policy, ArchivePolicy)
    if archive is not None:  # as Archive.updated(on): nothing to lend before it existed
        problem = f"is before created_on={archive.created_on} of the archive lent"
        within("on", request.on, request.on, low=archive.created_on, problem=problem)
    if classified is not None:
        secrecy = _secrecy_refusal(request, classified, pol.secrecy_policy)
        if secrecy is not None:
            return secrecy
    rule = "R-ARC-03"
    if request.relation is Relation.UNRELATED:
        return Decision(False, rule, W_("archives are not shown to unrelated people"))
    field = _RELATION_FIELDS.get(request.relation)
    if archive is not None and field is not None:
        recorded = getattr(archive, field)
        if recorded is not None and _person(recorded) != _person(request.borrower_id):
            why = W_(
                "{borrower} says they are the {relation}, but the archive of {customer} "
                "records {recorded} as the {relation}",
                borrower=request.borrower_id,
                relation=request.relation,
                customer=archive.customer_id,
                recorded=recorded,
            )
            return Decision(False, rule, why)
    if request.private:
        return Decision(False, rule, W_("no loan on the strength of a personal relationship"))
    if not request.registered:
        return Decision(False, rule, W_("a loan must be entered in the lending register"))
    if request.due_back_on is None:
        why = W_("archives are company property, kept by no one: a loan needs a return day")
        return Decision(False, rule, why)
    days = (request.due_back_on - request.on).days
    limit = pol.max_loan_days
    if limit is not None and days > limit:
        why = Wn_(
            "a loan of {days} day exceeds the {limit}-day limit",
            "a loan of {days} days exceeds the {limit}-day limit",
            days,
            days=days,
            limit=limit,
        )
        return Decision(False, rule, why)
    lent = N_("lent to {borrower} ({relation}) until {due}")
    if archive is not None:
        lent = N_("the archive of {customer} lent to {borrower} ({relation}) until {due}")
    reason = W_(
        lent,
        borrower=request.borrower_id,
        relation=request.relation,
        due=request.due_back_on,
        customer=None if archive is None else archive.customer_id,
    )
    return Decision(True, rule, reason)
