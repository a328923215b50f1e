"""Exchange membership (D8): eligibility, the application checklist, the annual
inspection, change reports, sanctions and revocation for inactivity.

The seed is the membership rules of a commodity exchange (南宁大宗商品交易所会员管理办法).
Every number is a field of :class:`ExchangePolicy`; every check returns a frozen
result with its rule ID and a one-line reason.

>>> import datetime
>>> from custops.exchange import inspection_window, Sanction
>>> w = inspection_window(2026)
>>> w.opens, w.closes
(datetime.date(2026, 7, 1), datetime.date(2026, 8, 31))
>>> Sanction.ORAL_WARNING < Sanction.REVOCATION
True
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from custops._enums import parse_member
from custops._validate import (
    _exact_number,
    require_bool,
    require_date,
    require_int,
    require_str,
    require_type,
    type_name,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.money import yuan

__all__ = [
    "Applicant",
    "ChangeKind",
    "Check",
    "Checklist",
    "Condition",
    "Consequence",
    "Document",
    "Eligibility",
    "ExchangePolicy",
    "Finding",
    "InactivityCheck",
    "InactivityCounting",
    "InactivityOutcome",
    "InspectionOutcome",
    "InspectionStatus",
    "InspectionWindow",
    "Ruling",
    "Sanction",
    "StaffLevel",
    "StaffMember",
    "application_checklist",
    "change_report_due",
    "consequence",
    "eligibility",
    "inspection_status",
    "inspection_window",
    "litigation_reportable",
    "minimum_fine",
    "required_count",
    "revocation_due_to_inactivity",
]


# --------------------------------------------------------------------------- enum helpers
# Members are read by custops._enums.parse_member (label / English name / alias / key).


class _Labelled(enum.Enum):
    """An enum whose value is ``(key, Chinese label)``."""

    @property
    def label(self) -> str:
        """The Chinese label."""
        return str(self.value[1])

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self.label}>"


# --------------------------------------------------------------------------- policy


def _to_fraction(argument: str, value: Any) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal, Fraction)):
        raise InvalidType.for_argument(
            argument,
            value,
            f"must be an int, a str, a Decimal or a Fraction, not a {type_name(value)}",
        )
    try:
        share = Fraction(value.strip()) if isinstance(value, str) else Fraction(value)
    except (ValueError, ZeroDivisionError, ArithmeticError):
        raise PolicyError.for_argument(argument, value, "is not a number") from None
    if not 0 < share <= 1:
        raise PolicyError.for_argument(argument, value, "must lie in (0, 1]")
    return share


def _to_years(argument: str, value: Any) -> Decimal:
    number = _exact_number(argument, value)
    if number < 0:
        raise InvalidInput.for_argument(argument, value, "must be a finite number >= 0")
    return number


def _to_month_day(argument: str, value: Any) -> tuple[int, int]:
    if not isinstance(value, tuple) or len(value) != 2:
        raise InvalidType.for_argument(argument, value, "must be a (month, day) tuple")
    month = require_int(argument, value[0], minimum=1, maximum=12)
    day = require_int(argument, value[1], minimum=1, maximum=31)
    try:
        _dt.date(2001, month, day)  # a common year: 29 February is refused
    except ValueError:
        raise PolicyError.for_argument(argument, value, "is not a day of every year") from None
    return (month, day)


def _capital_floor(value: Any) -> Decimal:
    return yuan(value, argument="min_registered_capital", non_negative=True)


def _litigation_threshold(value: Any) -> Decimal:
    return yuan(value, argument="litigation_threshold", non_negative=True)


def _registered_capital(value: Any) -> Decimal:
    return yuan(value, argument="registered_capital", non_negative=True)


def _senior_share(value: Any) -> Fraction:
    return _to_fraction("senior_share", value)


def _middle_share(value: Any) -> Fraction:
    return _to_fraction("middle_share", value)


def _senior_years(value: Any) -> Decimal:
    return _to_years("senior_years", value)


def _middle_years(value: Any) -> Decimal:
    return _to_years("middle_years", value)


def _base_years(value: Any) -> Decimal:
    return _to_years("base_years", value)


def _fine_multiple(value: Any) -> Decimal:
    return _to_years("fine_multiple", value)


def _staff_years(value: Any) -> Decimal:
    return _to_years("years", value)


def _opens(value: Any) -> tuple[int, int]:
    return _to_month_day("inspection_opens", value)


def _closes(value: Any) -> tuple[int, int]:
    return _to_month_day("inspection_closes", value)


def _counting(value: Any) -> InactivityCounting:
    return InactivityCounting.parse(value, argument="inactivity_counting")


_COUNTING_ALIASES = {"CALENDAR": "CALENDAR_MONTHS", "滚动": "ROLLING"}


class InactivityCounting(_Labelled):
    """How "3 consecutive months without trading" is counted (R-MEM-06, R-SLA-25).

    - ``ROLLING`` (default): the months run from the day after the last trade (Civil Code
      art. 201) to the corresponding day (art. 202): last trade 15 January → the three
      months end on 15 April, and the trigger is met from 16 April.
    - ``CALENDAR_MONTHS``: three whole calendar months without a trade: last trade
      15 January → February, March and April → met from 1 May.

    >>> InactivityCounting.parse("自然月")
    <InactivityCounting.CALENDAR_MONTHS: 自然月>
    """

    ROLLING = ("rolling", "连续计算")
    CALENDAR_MONTHS = ("calendar_months", "自然月")

    @classmethod
    def parse(cls, text: str | InactivityCounting, *, argument: str = "text") -> InactivityCounting:
        """The member for a Chinese label or an English name."""
        return parse_member(cls, text, argument=argument, aliases=_COUNTING_ALIASES)


@attrs.frozen(kw_only=True)
class ExchangePolicy:
    """Every number of D8's membership rules; defaults are the seed's.

    - R-MEM-01: ``min_registered_capital`` (10,000,000 yuan); ``senior_share`` (1/3) of the
      senior managers with ``senior_years`` (5) of experience and a clean record in the
      last 3 years; ``middle_share`` (2/3) of the middle managers with ``middle_years``
      (3); every base-level employee with ``base_years`` (1).  ``min_seniors`` (1): an
      applicant must list at least this many senior managers.  ``all_seniors_clean``
      (False): the clean-record condition binds only the qualifying third (the
      catalogue's reading); True makes every senior manager's record count.
    - R-MEM-03: ``inspection_opens`` / ``inspection_closes`` (1 July, 31 August).
    - R-MEM-04: ``change_report_workdays`` (10), ``litigation_threshold`` (50,000 yuan,
      "5万元以上" — inclusive).
    - R-MEM-05: ``fine_multiple`` (1: the fine is at least the illicit gain).
    - R-MEM-06: ``inactivity_months`` (3), ``inactivity_counting`` (rolling) and
      ``inactivity_alone_revokes`` (False: the original 第二十条(三) joins the inactivity
      with "且 … 取得其它交易场所会员或代理商资格"; True is the catalogue's reading).

    >>> ExchangePolicy().senior_share
    Fraction(1, 3)
    >>> ExchangePolicy(middle_share="3/2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: middle_share: must lie in (0, 1] (got '3/2')
    """

    min_registered_capital: Decimal = attrs.field(
        default=Decimal("10000000.00"), converter=_capital_floor
    )
    senior_share: Fraction = attrs.field(default=Fraction(1, 3), converter=_senior_share)
    senior_years: Decimal = attrs.field(default=Decimal(5), converter=_senior_years)
    all_seniors_clean: bool = attrs.field(default=False)
    min_seniors: int = attrs.field(default=1)
    middle_share: Fraction = attrs.field(default=Fraction(2, 3), converter=_middle_share)
    middle_years: Decimal = attrs.field(default=Decimal(3), converter=_middle_years)
    base_years: Decimal = attrs.field(default=Decimal(1), converter=_base_years)
    inspection_opens: tuple[int, int] = attrs.field(default=(7, 1), converter=_opens)
    inspection_closes: tuple[int, int] = attrs.field(default=(8, 31), converter=_closes)
    change_report_workdays: int = attrs.field(default=10)
    litigation_threshold: Decimal = attrs.field(
        default=Decimal("50000.00"), converter=_litigation_threshold
    )
    fine_multiple: Decimal = attrs.field(default=Decimal(1), converter=_fine_multiple)
    inactivity_months: int = attrs.field(default=3)
    inactivity_counting: InactivityCounting = attrs.field(
        default=InactivityCounting.ROLLING, converter=_counting
    )
    inactivity_alone_revokes: bool = attrs.field(default=False)

    def __attrs_post_init__(self) -> None:
        require_bool("all_seniors_clean", self.all_seniors_clean)
        require_bool("inactivity_alone_revokes", self.inactivity_alone_revokes)
        require_int("min_seniors", self.min_seniors, minimum=0)
        require_int("change_report_workdays", self.change_report_workdays, minimum=1)
        require_int("inactivity_months", self.inactivity_months, minimum=1)
        if self.inspection_closes < self.inspection_opens:
            raise PolicyError.for_argument(
                "inspection_closes",
                self.inspection_closes,
                f"must not be before inspection_opens {self.inspection_opens}",
            )
        if self.fine_multiple < 1:
            raise PolicyError.for_argument(
                "fine_multiple", self.fine_multiple, "must be at least 1 (不少于违规得利部分)"
            )


_DEFAULT_POLICY = ExchangePolicy()


def _policy(policy: ExchangePolicy | None) -> ExchangePolicy:
    if policy is None:
        return _DEFAULT_POLICY
    return require_type("policy", policy, ExchangePolicy, "an ExchangePolicy")


# --------------------------------------------------------------------------- results


@attrs.frozen
class Ruling:
    """A yes/no answer with its rule ID and a one-line reason."""

    outcome: bool
    rule: str
    reason: str


# --------------------------------------------------------------------------- eligibility


class StaffLevel(_Labelled):
    """The three staff levels of D8 第五条(三).

    >>> StaffLevel.parse("高管"), StaffLevel.parse("middle")
    (<StaffLevel.SENIOR: 高层管理人员>, <StaffLevel.MIDDLE: 中层管理人员>)
    """

    SENIOR = ("senior", "高层管理人员")
    MIDDLE = ("middle", "中层管理人员")
    BASE = ("base", "基层员工")

    @classmethod
    def parse(cls, text: str | StaffLevel, *, argument: str = "text") -> StaffLevel:
        """The member for a Chinese label or an English name (and 高管/中层/基层)."""
        return parse_member(cls, text, argument=argument, aliases=_LEVEL_ALIASES)


_LEVEL_ALIASES = {
    "高管": "SENIOR",
    "高层": "SENIOR",
    "高级管理人员": "SENIOR",
    "中层": "MIDDLE",
    "基层": "BASE",
    "员工": "BASE",
    "STAFF": "BASE",
}


def _level(value: Any) -> StaffLevel:
    return StaffLevel.parse(value, argument="level")


def _bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_bool(attribute.name, value)


def _text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    require_str(attribute.name, value, nonempty=False)


@attrs.frozen
class StaffMember:
    """One person of the applicant: level, years of financial(-related) experience and
    whether the last 3 years are free of violations and bad credit.

    >>> StaffMember("高管", 5, name="王总")
    StaffMember(level=<StaffLevel.SENIOR: 高层管理人员>, years=Decimal('5'), clean_record=True,
                name='王总')
    """

    level: StaffLevel = attrs.field(converter=_level)
    years: Decimal = attrs.field(converter=_staff_years)
    clean_record: bool = attrs.field(default=True, validator=_bool, kw_only=True)
    name: str = attrs.field(default="", validator=_text, kw_only=True)


def _staff(value: Any) -> tuple[StaffMember, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "staff", value, f"must be a sequence of StaffMember, not a {type_name(value)}"
        )
    items = tuple(value)
    for i, item in enumerate(items):
        require_type(f"staff[{i}]", item, StaffMember, "a StaffMember")
    return items


@attrs.frozen(kw_only=True)
class Applicant:
    """An applicant for exchange membership, as R-MEM-01 examines it.

    >>> Applicant(registered_capital="10000000", fixed_premises=True, it_adequate=True,
    ...           governance_sound=True, fees_paid=True).registered_capital
    Decimal('10000000.00')
    """

    registered_capital: Decimal = attrs.field(converter=_registered_capital)
    fixed_premises: bool = attrs.field(validator=_bool)
    it_adequate: bool = attrs.field(validator=_bool)
    governance_sound: bool = attrs.field(validator=_bool)
    fees_paid: bool = attrs.field(validator=_bool)
    staff: tuple[StaffMember, ...] = attrs.field(default=(), converter=_staff)
    other_conditions_met: bool = attrs.field(default=True, validator=_bool)
    name: str = attrs.field(default="", validator=_text)


class Condition(_Labelled):
    """The conditions of R-MEM-01 (D8 第五条), in the seed's order."""

    CAPITAL = ("capital", "注册资本")
    PREMISES = ("premises", "经营场所")
    SENIOR_MANAGERS = ("senior_managers", "高层管理人员")
    MIDDLE_MANAGERS = ("middle_managers", "中层管理人员")
    BASE_STAFF = ("base_staff", "基层员工")
    IT_FACILITIES = ("it_facilities", "计算机软硬件设施")
    GOVERNANCE = ("governance", "法人治理结构")
    FEES = ("fees", "认缴费用")
    OTHER = ("other", "其它条件")

    @property
    def clause(self) -> str:
        """Where D8 第五条 states it."""
        return _CLAUSES[self.name]

    @classmethod
    def parse(cls, text: str | Condition, *, argument: str = "text") -> Condition:
        """The member for a Chinese label or an English name."""
        return parse_member(cls, text, argument=argument)


_CLAUSES = {
    "CAPITAL": "第五条(一)",
    "PREMISES": "第五条(二)",
    "SENIOR_MANAGERS": "第五条(三)1",
    "MIDDLE_MANAGERS": "第五条(三)2",
    "BASE_STAFF": "第五条(三)3",
    "IT_FACILITIES": "第五条(四)",
    "GOVERNANCE": "第五条(五)",
    "FEES": "第五条(六)",
    "OTHER": "第五条(七)",
}


@attrs.frozen
class Check:
    """One condition of R-MEM-01: passed or not, and why."""

    condition: Condition
    passed: bool
    reason: str
    rule: str = "R-MEM-01"


@attrs.frozen
class Eligibility:
    """The result of :func:`eligibility`: every condition checked, every failure listed."""

    eligible: bool
    checks: tuple[Check, ...]
    rule: str
    reason: str

    @property
    def failures(self) -> tuple[Check, ...]:
        """The conditions not met, in the seed's order."""
        return tuple(c for c in self.checks if not c.passed)


def required_count(share: Fraction, total: int) -> int:
    """How many of ``total`` people make "at least ``share``" (以上 includes the bound).

    Exact: the smallest whole ``k`` with ``k / total >= share``, i.e. ``share * total``
    rounded **up** (one third of 7 is 2⅓, so 3 are needed; one third of 6 is exactly 2).

    >>> required_count(Fraction(1, 3), 7), required_count(Fraction(1, 3), 6)
    (3, 2)
    >>> required_count(Fraction(2, 3), 7)
    5
    """
    require_type("share", share, Fraction, "a Fraction")
    if not 0 <= share <= 1:
        raise InvalidInput.for_argument("share", share, "must lie in [0, 1]")
    require_int("total", total, minimum=0)
    return -((-share.numerator * total) // share.denominator)


def _who(people: Iterable[tuple[int, StaffMember]]) -> str:
    return ", ".join(p.name or f"staff[{i}]" for i, p in people)


def _share_text(share: Fraction) -> str:
    return f"{share.numerator}/{share.denominator}"


def eligibility(applicant: Applicant, policy: ExchangePolicy | None = None) -> Eligibility:
    """Check every condition of R-MEM-01 (D8 第五条) and list every failure, not the first.

    Shares of experienced managers are compared exactly: "至少三分之一以上" is at least
    one third, bound included (以上, Civil Code art. 1259), so of 7 senior managers 3
    must qualify (7/3 = 2⅓ rounded up), of 6 exactly 2.  A qualifying senior manager
    has ``senior_years`` (5) of experience **and** no violation or bad credit in the
    last 3 years.  No middle managers → that condition holds vacuously; no base-level
    staff → likewise; fewer than ``min_seniors`` (1) senior managers → fails.

    >>> a = Applicant(
    ...     registered_capital="8000000", fixed_premises=True, it_adequate=True,
    ...     governance_sound=True, fees_paid=False,
    ...     staff=[StaffMember("senior", 6), StaffMember("senior", 2), StaffMember("senior", 1)],
    ... )
    >>> result = eligibility(a)
    >>> result.eligible
    False
    >>> [(c.condition.name, c.rule) for c in result.failures]
    [('CAPITAL', 'R-MEM-01'), ('FEES', 'R-MEM-01')]
    """
    applicant = require_type("applicant", applicant, Applicant, "an Applicant")
    pol = _policy(policy)
    checks: list[Check] = []

    def check(condition: Condition, passed: bool, reason: str) -> None:
        checks.append(Check(condition, passed, f"{condition.clause}: {reason}"))

    capital = applicant.registered_capital
    check(
        Condition.CAPITAL,
        capital >= pol.min_registered_capital,
        f"registered capital {capital:,.2f} yuan, "
        f"at least {pol.min_registered_capital:,.2f} required",
    )
    check(
        Condition.PREMISES,
        applicant.fixed_premises,
        "independent fixed premises"
        if applicant.fixed_premises
        else "no independent fixed premises",
    )

    indexed = list(enumerate(applicant.staff))
    seniors = [(i, p) for i, p in indexed if p.level is StaffLevel.SENIOR]
    qualifying = [(i, p) for i, p in seniors if p.years >= pol.senior_years and p.clean_record]
    needed = required_count(pol.senior_share, len(seniors))
    unclean = [(i, p) for i, p in seniors if not p.clean_record]
    senior_ok = len(seniors) >= pol.min_seniors and len(qualifying) >= needed
    reason = (
        f"{len(qualifying)} of {len(seniors)} senior managers have >= {pol.senior_years} years "
        f"and a clean record; at least {needed} required "
        f"({_share_text(pol.senior_share)} of {len(seniors)}, rounded up)"
    )
    if len(seniors) < pol.min_seniors:
        reason += f"; at least {pol.min_seniors} senior manager(s) must be listed"
    if pol.all_seniors_clean and unclean:
        senior_ok = False
        reason += f"; every senior manager must have a clean record, not: {_who(unclean)}"
    check(Condition.SENIOR_MANAGERS, senior_ok, reason)

    middles = [(i, p) for i, p in indexed if p.level is StaffLevel.MIDDLE]
    experienced = [p for _, p in middles if p.years >= pol.middle_years]
    needed = required_count(pol.middle_share, len(middles))
    check(
        Condition.MIDDLE_MANAGERS,
        len(experienced) >= needed,
        f"{len(experienced)} of {len(middles)} middle managers have >= {pol.middle_years} years; "
        f"at least {needed} required ({_share_text(pol.middle_share)} of {len(middles)}, "
        "rounded up)",
    )

    base = [(i, p) for i, p in indexed if p.level is StaffLevel.BASE]
    short = [(i, p) for i, p in base if p.years < pol.base_years]
    check(
        Condition.BASE_STAFF,
        not short,
        f"every base-level employee needs >= {pol.base_years} years"
        + (f"; short: {_who(short)}" if short else f"; all {len(base)} have it"),
    )
    check(
        Condition.IT_FACILITIES,
        applicant.it_adequate,
        "IT facilities, lines, staff and rules "
        + ("adequate" if applicant.it_adequate else "inadequate"),
    )
    check(
        Condition.GOVERNANCE,
        applicant.governance_sound,
        "governance and internal rules " + ("sound" if applicant.governance_sound else "not sound"),
    )
    check(
        Condition.FEES,
        applicant.fees_paid,
        "exchange fees " + ("subscribed" if applicant.fees_paid else "not subscribed"),
    )
    check(
        Condition.OTHER,
        applicant.other_conditions_met,
        "other conditions of the exchange "
        + ("met" if applicant.other_conditions_met else "not met"),
    )
    failed = [c for c in checks if not c.passed]
    if failed:
        summary = "not eligible: " + ", ".join(c.condition.label for c in failed)
    else:
        summary = "eligible: every condition of 第五条 is met"
    return Eligibility(not failed, tuple(checks), "R-MEM-01", summary)


# --------------------------------------------------------------------------- documents


class Document(_Labelled):
    """The seven application documents of R-MEM-02 (D8 第六条(一) ①–⑦).

    >>> Document.parse("④") is Document.parse("租赁合同") is Document.PREMISES_PROOF
    True
    >>> Document.CONTACT_SHEET.number
    5
    """

    LICENCE_AND_ARTICLES = ("licence_and_articles", "公司证照、公司章程")
    IDENTITY_CARDS = ("identity_cards", "法定代表人身份证、被授权人身份证")
    ORG_CHART_AND_CVS = ("org_chart_and_cvs", "公司组织构架图和高管简历")
    PREMISES_PROOF = ("premises_proof", "房产证或租赁合同复印件")
    CONTACT_SHEET = ("contact_sheet", "公司工作对接表")
    CONTRACT = ("contract", "会员入市合同和补充协议")
    APPLICATION_FORM = ("application_form", "会员入会申请审核表和承诺函")

    @property
    def number(self) -> int:
        """The item number ①–⑦ as an int."""
        return list(Document).index(self) + 1

    @classmethod
    def parse(cls, text: str | Document, *, argument: str = "text") -> Document:
        """The member for its label, name, number (``"4"``, ``"④"``) or a usual short name."""
        return parse_member(cls, text, argument=argument, aliases=_DOCUMENT_ALIASES)


# "④" is read as "4" (NFKC), so the numbers serve for the circled numbers too.
_DOCUMENT_ALIASES = {
    **{str(i + 1): m.name for i, m in enumerate(Document)},
    "营业执照": "LICENCE_AND_ARTICLES",
    "公司章程": "LICENCE_AND_ARTICLES",
    "身份证": "IDENTITY_CARDS",
    "组织构架图": "ORG_CHART_AND_CVS",
    "高管简历": "ORG_CHART_AND_CVS",
    "房产证": "PREMISES_PROOF",
    "租赁合同": "PREMISES_PROOF",
    "LEASE": "PREMISES_PROOF",
    "DEED": "PREMISES_PROOF",
    "工作对接表": "CONTACT_SHEET",
    "入市合同": "CONTRACT",
    "补充协议": "CONTRACT",
    "申请审核表": "APPLICATION_FORM",
    "承诺函": "APPLICATION_FORM",
}


@attrs.frozen
class Checklist:
    """Which of the seven documents are missing (R-MEM-02)."""

    complete: bool
    missing: tuple[Document, ...]
    rule: str
    reason: str


def application_checklist(submitted: Iterable[Document | str]) -> Checklist:
    """The documents of R-MEM-02 still missing from ``submitted`` (labels, names or ①–⑦).

    >>> c = application_checklist(["①", "②", "组织构架图", "租赁合同", "contact sheet"])
    >>> c.complete, [d.number for d in c.missing]
    (False, [6, 7])
    >>> c.reason
    'missing 2 of 7: ⑥ 会员入市合同和补充协议, ⑦ 会员入会申请审核表和承诺函'
    """
    if isinstance(submitted, (str, bytes)) or not isinstance(submitted, Iterable):
        raise InvalidType.for_argument(
            "submitted", submitted, f"must be a sequence of documents, not a {type_name(submitted)}"
        )
    have: set[Document] = set()
    for i, item in enumerate(submitted):
        try:
            have.add(Document.parse(item, argument=f"submitted[{i}]"))
        except InvalidInput as exc:
            raise InvalidInput.for_argument(
                f"submitted[{i}]", item, "is not a document of ①–⑦"
            ) from exc
    missing = tuple(d for d in Document if d not in have)
    if missing:
        listed = ", ".join(f"{'①②③④⑤⑥⑦'[d.number - 1]} {d.label}" for d in missing)
        reason = f"missing {len(missing)} of {len(Document)}: {listed}"
    else:
        reason = "all 7 documents submitted"
    return Checklist(not missing, missing, "R-MEM-02", reason)


# --------------------------------------------------------------------------- inspection


@attrs.frozen
class InspectionWindow:
    """The annual inspection period of a year, both days included (R-MEM-03, R-SLA-17)."""

    year: int
    opens: _dt.date
    closes: _dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, _dt.date) and self.opens <= day <= self.closes


def inspection_window(year: int, policy: ExchangePolicy | None = None) -> InspectionWindow:
    """The annual inspection window of ``year``: 1 July – 31 August (R-MEM-03, R-SLA-17).

    >>> w = inspection_window(2027)
    >>> str(w.opens), str(w.closes), __import__("datetime").date(2027, 8, 31) in w
    ('2027-07-01', '2027-08-31', True)
    """
    pol = _policy(policy)
    year = require_int("year", year, minimum=1, maximum=9999)
    return InspectionWindow(
        year, _dt.date(year, *pol.inspection_opens), _dt.date(year, *pol.inspection_closes)
    )


class InspectionOutcome(_Labelled):
    """Where a member stands with this year's inspection (R-MEM-03)."""

    NOT_OPEN = ("not_open", "未到年检期")
    OPEN = ("open", "年检期内")
    PASSED = ("passed", "通过年检")
    FAILED = ("failed", "未通过年检")
    MISSED = ("missed", "逾期未年检")

    @classmethod
    def parse(cls, text: str | InspectionOutcome, *, argument: str = "text") -> InspectionOutcome:
        """The member for a Chinese label or an English name."""
        return parse_member(cls, text, argument=argument)


@attrs.frozen
class InspectionStatus:
    """The result of :func:`inspection_status`."""

    outcome: InspectionOutcome
    on: _dt.date
    window: InspectionWindow
    membership_continues: bool
    rule: str
    reason: str


def inspection_status(
    on: _dt.date, passed: bool | None = None, *, policy: ExchangePolicy | None = None
) -> InspectionStatus:
    """Where a member stands on ``on`` with the inspection of ``on``'s year (R-MEM-03, R-SLA-17).

    ``passed`` is the exchange's verdict if there is one (``None``: not yet decided).
    Failing ends the membership (第八条).  The seed is silent on a member that lets the
    window close without being inspected; custops counts it as not passed (``MISSED``,
    membership ends).  A verdict dated before the window opens is refused.

    >>> import datetime
    >>> inspection_status(datetime.date(2026, 8, 20)).reason
    'inspection window 2026-07-01 – 2026-08-31 is open: 12 days left'
    >>> s = inspection_status(datetime.date(2026, 9, 1), passed=False)
    >>> s.outcome.label, s.membership_continues
    ('未通过年检', False)
    """
    pol = _policy(policy)
    day = require_date("on", on)
    if passed is not None:
        require_bool("passed", passed)
    window = inspection_window(day.year, pol)
    span = f"{window.opens} – {window.closes}"
    if day < window.opens:
        if passed is not None:
            raise InvalidInput.for_argument(
                "passed",
                passed,
                f"no verdict can exist on {day}: the {day.year} window opens {window.opens}",
            )
        outcome, continues = InspectionOutcome.NOT_OPEN, True
        reason = f"inspection window {span} opens in {(window.opens - day).days} days"
    elif passed is True:
        outcome, continues = InspectionOutcome.PASSED, True
        reason = f"passed the {day.year} inspection: announced on the exchange's website"
    elif passed is False:
        outcome, continues = InspectionOutcome.FAILED, False
        reason = f"failed the {day.year} inspection: the exchange ends the membership (第八条)"
    elif day <= window.closes:
        outcome, continues = InspectionOutcome.OPEN, True
        reason = f"inspection window {span} is open: {(window.closes - day).days + 1} days left"
    else:
        outcome, continues = InspectionOutcome.MISSED, False
        reason = f"window {span} closed without a passed inspection: treated as not passed"
    return InspectionStatus(outcome, day, window, continues, "R-MEM-03", reason)


# --------------------------------------------------------------------------- change reports


class ChangeKind(_Labelled):
    """The ten changes a member reports in writing within 10 working days (R-MEM-04, D8 第十条).

    >>> [k.item for k in ChangeKind][:3], ChangeKind.LITIGATION.label
    ([1, 2, 3], '发生5万元以上诉讼案件或经济纠纷')
    """

    LEGAL_REPRESENTATIVE = ("legal_representative", "变更法定代表人")
    CAPITAL_OR_OWNERSHIP = ("capital_or_ownership", "变更注册资本或股权结构")
    NAME_ADDRESS_SCOPE_CONTACT = (
        "name_address_scope_contact",
        "变更名称、住所或者营业场所、经营范围及联系方式",
    )
    BRANCH_ESTABLISHED_MERGED_CLOSED = (
        "branch_established_merged_closed",
        "设立、合并或者终止分支机构",
    )
    BRANCH_CHANGED = ("branch_changed", "变更分支机构的营业场所、负责人或者经营范围")
    MATERIAL_BUSINESS_CHANGE = ("material_business_change", "经营状况发生重大变化")
    LITIGATION = ("litigation", "发生5万元以上诉讼案件或经济纠纷")
    OTHER_EXCHANGE_MEMBERSHIP = ("other_exchange_membership", "取得其它交易所会员资格")
    INVESTIGATION = ("investigation", "因涉嫌违法、违规受到司法机关立案调查、处罚")
    EXCHANGE_REQUEST = ("exchange_request", "交易所要求报告的其它情况")

    @property
    def item(self) -> int:
        """The item number (一)–(十) of 第十条 as an int."""
        return list(ChangeKind).index(self) + 1

    @classmethod
    def parse(cls, text: str | ChangeKind, *, argument: str = "text") -> ChangeKind:
        """The member for a Chinese label, an English name or a usual short name."""
        return parse_member(
            cls,
            text,
            argument=argument,
            aliases={
                "变更法人": "LEGAL_REPRESENTATIVE",
                "法定代表人": "LEGAL_REPRESENTATIVE",
                "注册资本": "CAPITAL_OR_OWNERSHIP",
                "股权结构": "CAPITAL_OR_OWNERSHIP",
                "诉讼": "LITIGATION",
                "经济纠纷": "LITIGATION",
                "立案调查": "INVESTIGATION",
            },
        )


def change_report_due(
    event_on: _dt.date,
    calendar: WorkCalendar | None = None,
    *,
    policy: ExchangePolicy | None = None,
) -> _dt.date:
    """The last day to report a change of :class:`ChangeKind` (R-MEM-04, R-SLA-13).

    10 working days of ``calendar`` (default :func:`custops.calendars.china`) after the
    day of the change; that day itself is not counted (Civil Code art. 201), so a change
    on a rest day counts from the next working day.

    >>> import datetime
    >>> change_report_due(datetime.date(2025, 9, 26))   # National Day week in between
    datetime.date(2025, 10, 16)
    """
    day = require_date("event_on", event_on)
    pol = _policy(policy)
    cal = calendar_or_china(calendar)
    try:
        return cal.add_workdays(day, pol.change_report_workdays)
    except InvalidInput as exc:  # a day the calendar does not cover
        raise InvalidInput.for_argument(
            "event_on", event_on, f"is outside the calendar ({exc})"
        ) from None


def litigation_reportable(amount: Any, policy: ExchangePolicy | None = None) -> Ruling:
    """Whether a lawsuit or dispute of ``amount`` yuan must be reported (R-MEM-04, 第十条(七)).

    "5万元以上" includes 50,000 itself (以上 includes the bound, Civil Code art. 1259).

    >>> litigation_reportable("50000").outcome, litigation_reportable("49999.99").outcome
    (True, False)
    """
    pol = _policy(policy)
    value = yuan(amount, argument="amount", non_negative=True)
    reportable = value >= pol.litigation_threshold
    verb = "must" if reportable else "need not"
    return Ruling(
        reportable,
        "R-MEM-04",
        f"dispute of {value:,.2f} yuan {verb} be reported (threshold "
        f"{pol.litigation_threshold:,.2f}, inclusive)",
    )


# --------------------------------------------------------------------------- sanctions


class Sanction(_Labelled):
    """The measures of R-MEM-05 (D8 第十七条), in the seed's order, mildest first.

    Members compare by that order (``Sanction.ORAL_WARNING < Sanction.SUSPENSION``);
    ``rank`` is the item number (一)–(七).

    >>> max([Sanction.COMPULSORY_TRAINING, Sanction.WRITTEN_NOTICE]).label
    '强制培训'
    """

    ORAL_WARNING = ("oral_warning", "口头警告")
    WRITTEN_NOTICE = ("written_notice", "书面通报")
    COMPULSORY_TRAINING = ("compulsory_training", "强制培训")
    SUSPENSION = ("suspension", "暂停会员资格")
    REVOCATION = ("revocation", "撤销会员资格")
    FINE = ("fine", "罚取经济赔偿金")
    JUDICIAL_REFERRAL = ("judicial_referral", "移送司法机关处理")

    @property
    def rank(self) -> int:
        """1 (mildest) … 7, the item number in 第十七条."""
        return list(Sanction).index(self) + 1

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Sanction):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Sanction):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Sanction):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Sanction):
            return NotImplemented
        return self.rank >= other.rank

    @classmethod
    def parse(cls, text: str | Sanction, *, argument: str = "text") -> Sanction:
        """The member for a Chinese label or an English name (and a few usual variants)."""
        return parse_member(
            cls,
            text,
            argument=argument,
            aliases={
                "警告": "ORAL_WARNING",
                "通报": "WRITTEN_NOTICE",
                "通报批评": "WRITTEN_NOTICE",
                "培训": "COMPULSORY_TRAINING",
                "暂停": "SUSPENSION",
                "撤销": "REVOCATION",
                "撤消": "REVOCATION",
                "取消会员资格": "REVOCATION",
                "罚款": "FINE",
                "赔偿金": "FINE",
                "司法机关": "JUDICIAL_REFERRAL",
            },
        )


def minimum_fine(illicit_gain: Any, policy: ExchangePolicy | None = None) -> Decimal:
    """The least fine for a violation with ``illicit_gain`` yuan (R-MEM-05, 第十七条(六)).

    "不少于违规得利部分": at least the gain (``fine_multiple`` 1), rounded half up to the fen.

    >>> minimum_fine("12345.67")
    Decimal('12345.67')
    """
    pol = _policy(policy)
    gain = yuan(illicit_gain, argument="illicit_gain", non_negative=True)
    return yuan(gain * pol.fine_multiple, argument="illicit_gain")  # ROUND_HALF_UP to the fen


class Finding(_Labelled):
    """The violations of D8 第十八–二十条; :func:`consequence` maps each to its measures.

    ``article`` is 18, 19 or 20 and ``item`` the item number within it.
    """

    # 第十八条: rectification notice or circulated criticism; revocation if not rectified
    TRADERS_NOT_SCREENED = ("traders_not_screened", "未严格考核交易商准入条件")
    UNAUTHORISED_TRADING = (
        "unauthorised_trading",
        "未经交易商委托、违背交易商意愿、假借交易商名义开展交易活动",
    )
    SIGNING_FOR_TRADERS = ("signing_for_traders", "代交易商签署协议、向交易商索取财物")
    FALSE_INFORMATION = ("false_information", "传播、提供虚假信息,诱导交易商开户")
    MISLEADING_INFORMATION = (
        "misleading_information",
        "发布虚假或者误导交易商信息,恶意诱导交易商交易",
    )
    PROMISED_RETURNS = ("promised_returns", "向交易商承诺收益")
    DISPARAGING_PEERS = ("disparaging_peers", "贬损同行或以不正当手段争揽业务")
    EXAGGERATION = ("exaggeration", "讲解交易品种、交易规则时不客观真实、夸大其词")
    NO_RISK_WARNING = ("no_risk_warning", "未向交易商介绍协议内容并作出风险提示")
    CHANGE_NOT_REPORTED = ("change_not_reported", "重要信息变更未向交易所书面报告")
    DUTIES_NEGLECTED = ("duties_neglected", "未有效履行会员职责、配合交易所活动")
    OTHER_RECTIFIABLE = ("other_rectifiable", "交易所规定的其它违规行为(第十八条)")
    # 第十九条: warning talk with the senior managers and compulsory training
    IRREGULAR_CHARGES = ("irregular_charges", "违规收费")
    FEES_NOT_PAID_ON_TIME = ("fees_not_paid_on_time", "未按时缴纳交易所规定各项费用")
    OTHER_TRAINING = ("other_training", "交易所规定的其它违规行为(第十九条)")
    # 第二十条: revocation
    MEMBERSHIP_TRANSFERRED = (
        "membership_transferred",
        "私下转让、出租会员资格,委托他人管理或承包给他人经营",
    )
    NON_EXCHANGE_BUSINESS = ("non_exchange_business", "以交易所业务名义从事非交易所业务")
    INACTIVE_WITH_OTHER_MEMBERSHIP = (
        "inactive_with_other_membership",
        "无正当理由连续3个月没有贸易经营,且未经报备取得其它交易场所会员或代理商资格",
    )
    BREACH_OF_LAW = ("breach_of_law", "违反国家有关法律法规")
    OTHER_REVOCABLE = ("other_revocable", "交易所规定的其它违规行为(第二十条)")

    @property
    def article(self) -> int:
        """18, 19 or 20: the article of D8 that lists the finding."""
        index = list(Finding).index(self)
        return 18 if index < 12 else 19 if index < 15 else 20

    @property
    def item(self) -> int:
        """The item number within the article."""
        index = list(Finding).index(self)
        return index + 1 if index < 12 else index - 11 if index < 15 else index - 14

    @classmethod
    def parse(cls, text: str | Finding, *, argument: str = "text") -> Finding:
        """The member for a Chinese label or an English name."""
        return parse_member(
            cls,
            text,
            argument=argument,
            aliases={"承诺收益": "PROMISED_RETURNS", "违规收费": "IRREGULAR_CHARGES"},
        )


_ARTICLE_NAMES = {18: "第十八条", 19: "第十九条", 20: "第二十条"}
_ITEM_NAMES = "一二三四五六七八九十"


def _chinese_number(n: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一, 12 → 十二 (item numbers of the seed)."""
    return _ITEM_NAMES[n - 1] if n <= 10 else "十" + _ITEM_NAMES[n - 11]


@attrs.frozen
class Consequence:
    """What a :class:`Finding` brings (R-MEM-05): the measures now, what follows if the
    member does not rectify in time, and whether the membership fees are refunded."""

    finding: Finding
    source: str
    measures: tuple[Sanction, ...]
    if_not_rectified: Sanction | None
    fees_refunded: bool
    rule: str
    reason: str


def consequence(finding: Finding | str) -> Consequence:
    """The consequence of a finding of D8 第十八–二十条 (R-MEM-05).

    - 第十八条: a rectification notice (整改意见书) or circulated criticism (通报批评) with
      a deadline; membership revoked if the rectification fails.
    - 第十九条: a warning talk with the senior managers (``ORAL_WARNING``) and compulsory
      training of the managers and staff concerned.
    - 第二十条: revocation; the membership and management fees are not refunded (custops
      reads 第二十条(五)'s "被撤消会员资格的…不予退还" as applying to every revocation
      under the article, as R-DEP-03 keeps fees paid in any termination).

    >>> c = consequence("向交易商承诺收益")
    >>> c.source, [m.label for m in c.measures], c.if_not_rectified.label
    ('第十八条(六)', ['书面通报'], '撤销会员资格')
    >>> consequence(Finding.FEES_NOT_PAID_ON_TIME).measures
    (<Sanction.ORAL_WARNING: ...>, <Sanction.COMPULSORY_TRAINING: ...>)
    """
    found = Finding.parse(finding, argument="finding")
    source = f"{_ARTICLE_NAMES[found.article]}({_chinese_number(found.item)})"
    if found.article == 18:
        return Consequence(
            found,
            source,
            (Sanction.WRITTEN_NOTICE,),
            Sanction.REVOCATION,
            True,
            "R-MEM-05",
            "rectification notice or circulated criticism with a deadline; "
            "membership revoked if not rectified",
        )
    if found.article == 19:
        return Consequence(
            found,
            source,
            (Sanction.ORAL_WARNING, Sanction.COMPULSORY_TRAINING),
            None,
            True,
            "R-MEM-05",
            "warning talk with the senior managers; compulsory training for the staff concerned",
        )
    return Consequence(
        found,
        source,
        (Sanction.REVOCATION,),
        None,
        False,
        "R-MEM-05",
        "membership revoked; membership and management fees not refunded",
    )


# --------------------------------------------------------------------------- inactivity


class InactivityOutcome(_Labelled):
    """The outcome of :func:`revocation_due_to_inactivity`."""

    TRADING = ("trading", "未满连续无交易期限")
    INACTIVE = ("inactive", "连续无交易,不撤销")
    REVOKE = ("revoke", "撤销会员资格")

    @classmethod
    def parse(cls, text: str | InactivityOutcome, *, argument: str = "text") -> InactivityOutcome:
        """The member for a Chinese label or an English name."""
        return parse_member(cls, text, argument=argument, aliases={"ACTIVE": "TRADING"})


@attrs.frozen
class InactivityCheck:
    """The result of :func:`revocation_due_to_inactivity`.

    ``inactive`` says the months without trading are complete; ``revoke`` whether that
    (with the other conditions of 第二十条(三)) revokes the membership; ``met_from``
    is the first day on which the months are complete.
    """

    outcome: InactivityOutcome
    last_trade_on: _dt.date
    on: _dt.date
    met_from: _dt.date
    rule: str
    reason: str

    @property
    def inactive(self) -> bool:
        """Whether the months without trading are complete on ``on``."""
        return self.outcome is not InactivityOutcome.TRADING

    @property
    def revoke(self) -> bool:
        """Whether the membership is to be revoked."""
        return self.outcome is InactivityOutcome.REVOKE


def revocation_due_to_inactivity(
    last_trade_on: _dt.date,
    on: _dt.date,
    *,
    unapproved_other_membership: bool | None = None,
    good_reason: bool = False,
    policy: ExchangePolicy | None = None,
) -> InactivityCheck:
    """Whether 3 consecutive months without trading revoke the membership (R-MEM-06, R-SLA-25).

    **Counting** (default ``InactivityCounting.ROLLING``): the months start the day after
    the last trade (Civil Code art. 201) and end on the corresponding day
    (``relativedelta``, art. 202: last trade 30 November → 28 February).  They are
    complete once that day has passed without a trade, so the trigger is met from the
    next day (``met_from``).  With ``CALENDAR_MONTHS`` three whole calendar months
    after the month of the last trade must pass.

    **Revocation**: D8 第二十条(三) reads "无正当理由连续3个月没有贸易经营的, **且** 未经报备
    批准但取得其它交易场所会员或代理商资格的".  By default custops follows the original:
    inactivity revokes only together with an unapproved membership elsewhere
    (``unapproved_other_membership``; ``None`` = not known → ``INACTIVE``, for the
    exchange to check).  ``policy.inactivity_alone_revokes=True`` gives the catalogue's
    reading (inactivity alone revokes).  A good reason (``good_reason``) never revokes.

    >>> import datetime
    >>> r = revocation_due_to_inactivity(datetime.date(2026, 1, 15), datetime.date(2026, 4, 15))
    >>> r.outcome.name, r.met_from
    ('TRADING', datetime.date(2026, 4, 16))
    >>> r = revocation_due_to_inactivity(
    ...     datetime.date(2026, 1, 15), datetime.date(2026, 4, 16),
    ...     unapproved_other_membership=True)
    >>> r.revoke, r.rule
    (True, 'R-MEM-06')
    """
    last = require_date("last_trade_on", last_trade_on)
    day = require_date("on", on)
    if day < last:
        raise InvalidInput.for_argument("on", on, f"must not be before last_trade_on {last}")
    if unapproved_other_membership is not None:
        require_bool("unapproved_other_membership", unapproved_other_membership)
    require_bool("good_reason", good_reason)
    pol = _policy(policy)
    months = pol.inactivity_months
    if pol.inactivity_counting is InactivityCounting.ROLLING:
        last_day = last + relativedelta(months=months)
    else:
        first = last.replace(day=1) + relativedelta(months=1)
        last_day = first + relativedelta(months=months, days=-1)
    met_from = last_day + _dt.timedelta(days=1)
    counted = f"{months} months without trading after {last} end on {last_day}"
    if day < met_from:
        outcome = InactivityOutcome.TRADING
        reason = f"{counted}: not yet complete on {day}"
    elif good_reason:
        outcome = InactivityOutcome.INACTIVE
        reason = f"{counted}; a good reason (正当理由) was shown: no revocation"
    elif pol.inactivity_alone_revokes or unapproved_other_membership is True:
        outcome = InactivityOutcome.REVOKE
        reason = f"{counted}: membership revoked (第二十条(三))"
    elif unapproved_other_membership is None:
        outcome = InactivityOutcome.INACTIVE
        reason = (
            f"{counted}; revocation also needs an unapproved membership elsewhere "
            "(第二十条(三) 且): to be checked"
        )
    else:
        outcome = InactivityOutcome.INACTIVE
        reason = f"{counted}; no unapproved membership elsewhere: no revocation (第二十条(三) 且)"
    return InactivityCheck(outcome, last, day, met_from, "R-MEM-06", reason)
