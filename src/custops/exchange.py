"""Exchange membership (D8, 南宁大宗商品交易所会员管理办法; docs/exchange.md): eligibility, the
application checklist, the annual inspection, change reports, sanctions and revocation for
inactivity; every number is a field of :class:`ExchangePolicy`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from functools import partial
from typing import TYPE_CHECKING, Any, Final, Literal, overload

import attrs

from custops._dates import ONE_DAY, DayRange, add_months, month_end
from custops._enums import enum_field, parse_member
from custops._text import Term, amount_text, english, examples, numeral_text, ratio, word_list
from custops._validate import (
    BOOL,
    NAME_OR_EMPTY,
    argument_name,
    field_converter,
    fitted_call,
    in_date_range,
    optional_check,
    policy_field,
    policy_or_default,
    require_bool,
    require_date,
    require_int,
    require_items,
    require_month_day,
    require_number,
    require_rational,
    require_type,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import (
    W_,
    Decision,
    Explained,
    Wn_,
    Wording,
    check_said,
    kept_wording,
    worded_joined,
    worded_reason,
    worded_term,
)
from custops.enums import LabelledEnum, OrderedEnum, in_english
from custops.errors import InvalidInput, PolicyError
from custops.i18n import N_, _, language, worded_in_english
from custops.money import MONEY, POLICY_MONEY, MoneyInput, require_money, yuan
from custops.periods import Deadline, Period, due_date

__all__ = [
    "Applicant",
    "ChangeKind",
    "Check",
    "Checklist",
    "Condition",
    "Consequence",
    "Document",
    "DocumentPart",
    "Eligibility",
    "ExchangePolicy",
    "InactivityCheck",
    "InactivityCounting",
    "InactivityOutcome",
    "InspectionFinding",
    "InspectionOutcome",
    "InspectionStatus",
    "InspectionWindow",
    "ReportDecision",
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


def _count(minimum: int, maximum: int) -> Any:
    return policy_field(
        lambda a, value: require_int(a, value, low=minimum, high=maximum), takes="int"
    )


if TYPE_CHECKING:

    def _SHARE(value: Decimal | int | str) -> Fraction: ...  # noqa: N802
    def _YEARS(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def _POLICY_YEARS(value: Decimal | int | str) -> Decimal: ...  # noqa: N802

else:
    _SHARE = policy_field(  # (0, 1]
        partial(require_rational, low=0, high=1, low_open=True), takes="Decimal | int | str"
    )
    _YEARS = field_converter(partial(require_number, low=0), takes="Decimal | int | str")  # >= 0
    _POLICY_YEARS = policy_field(partial(require_number, low=0), takes="Decimal | int | str")


def _fine_multiple(argument: str, value: Any) -> Decimal:
    """A fine's multiple of the gain (D8 第八条: 不少于违规得利部分): a number of at least 1,
    refused showing the value as given."""
    multiple = require_number(argument, value)
    problem = "must be at least 1" + examples(" (no less than the gain)", " (不少于违规得利部分)")
    within(argument, value, multiple, low=1, problem=problem)
    return multiple


if TYPE_CHECKING:

    def _FINE_MULTIPLE(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def _MONTH_DAY(value: tuple[int, int]) -> tuple[int, int]: ...  # noqa: N802

else:
    _FINE_MULTIPLE = policy_field(_fine_multiple, takes="Decimal | int | str")
    _MONTH_DAY = policy_field(require_month_day, takes="tuple[int, int]")


class InactivityCounting(LabelledEnum):
    """How "3 consecutive months without trading" is counted (R-MEM-06, R-SLA-25): from the
    day after the last trade to the corresponding day (``ROLLING``, Civil Code art.
    201–202), or in whole calendar months (``CALENDAR_MONTHS``).

    >>> InactivityCounting.parse("自然月")
    <InactivityCounting.CALENDAR_MONTHS: 'calendar_months'>
    """

    ROLLING = ("rolling", "连续计算", "滚动")
    CALENDAR_MONTHS = ("calendar_months", "自然月", "calendar")


if TYPE_CHECKING:

    def _INACTIVITY_COUNTING(  # noqa: N802
        value: InactivityCounting | str,
    ) -> InactivityCounting: ...
    def _INACTIVITY_MONTHS(value: int) -> int: ...  # noqa: N802
    def _REPORT_WORKDAYS(value: int) -> int: ...  # noqa: N802
    def _SENIOR_COUNT(value: int) -> int: ...  # noqa: N802

else:
    _INACTIVITY_COUNTING = enum_field(InactivityCounting)
    _INACTIVITY_MONTHS = _count(1, 1200)
    _REPORT_WORKDAYS = _count(1, 3660)
    _SENIOR_COUNT = _count(0, 10_000)


@attrs.frozen(kw_only=True)
class ExchangePolicy:
    """Every number of D8's membership rules; defaults are the seed's.

    - R-MEM-01: ``min_registered_capital``; ``senior_share`` of the senior managers with
      ``senior_years`` of experience and a clean record in the last 3 years, and at least
      ``min_senior_count`` of them; ``middle_share`` of the middle managers with
      ``middle_years``; every base-level employee with ``base_years``.
      ``all_seniors_clean``: True makes every senior manager's record count, not only the
      qualifying share's (the catalogue's reading).
    - R-MEM-03: ``inspection_start`` / ``inspection_end`` as (month, day);
      ``unregistered_ends_membership``: True (the Default) treats a member that did not
      register in the window as not passed once it closes, False leaves it to the review.
    - R-MEM-04: ``change_report_workdays``, ``litigation_threshold`` (inclusive).
    - R-MEM-05: ``fine_multiple`` (the fine is at least this times the illicit gain).
    - R-MEM-06: ``inactivity_months``, ``inactivity_counting``; ``inactivity_alone_revokes``
      False follows the original 第二十条(三) (inactivity *and* another membership), True
      the catalogue's reading.

    >>> ExchangePolicy(middle_share="3/2")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: middle_share: must lie in (0, 1] (got '3/2')
    """

    min_registered_capital: Decimal = attrs.field(
        default=Decimal("10000000.00"),
        converter=POLICY_MONEY,
    )
    senior_share: Fraction = attrs.field(default=Fraction(1, 3), converter=_SHARE)
    senior_years: Decimal = attrs.field(default=Decimal(5), converter=_POLICY_YEARS)
    all_seniors_clean: bool = attrs.field(default=False, converter=BOOL)
    min_senior_count: int = attrs.field(default=1, converter=_SENIOR_COUNT)
    middle_share: Fraction = attrs.field(default=Fraction(2, 3), converter=_SHARE)
    middle_years: Decimal = attrs.field(default=Decimal(3), converter=_POLICY_YEARS)
    base_years: Decimal = attrs.field(default=Decimal(1), converter=_POLICY_YEARS)
    inspection_start: tuple[int, int] = attrs.field(default=(7, 1), converter=_MONTH_DAY)
    inspection_end: tuple[int, int] = attrs.field(default=(8, 31), converter=_MONTH_DAY)
    unregistered_ends_membership: bool = attrs.field(default=True, converter=BOOL)
    change_report_workdays: int = attrs.field(default=10, converter=_REPORT_WORKDAYS)
    litigation_threshold: Decimal = attrs.field(default=Decimal("50000.00"), converter=POLICY_MONEY)
    fine_multiple: Decimal = attrs.field(default=Decimal(1), converter=_FINE_MULTIPLE)
    inactivity_months: int = attrs.field(default=3, converter=_INACTIVITY_MONTHS)
    inactivity_counting: InactivityCounting = attrs.field(
        default=InactivityCounting.ROLLING,
        converter=_INACTIVITY_COUNTING,
    )
    inactivity_alone_revokes: bool = attrs.field(default=False, converter=BOOL)

    def __attrs_post_init__(self) -> None:
        if self.inspection_end < self.inspection_start:
            problem = f"must not be before inspection_start {self.inspection_start}"
            raise PolicyError.for_argument("inspection_end", self.inspection_end, problem)


class StaffLevel(LabelledEnum):
    """The three staff levels of D8 第五条(三).

    >>> StaffLevel.parse("高管"), StaffLevel.parse("middle")
    (<StaffLevel.SENIOR: 'senior'>, <StaffLevel.MIDDLE: 'middle'>)
    """

    SENIOR = ("senior", "高层管理人员", "高管", "高层", "高级管理人员")
    MIDDLE = ("middle", "中层管理人员", "中层")
    BASE = ("base", "基层员工", "基层", "员工", "staff")


if TYPE_CHECKING:

    def _STAFF_LEVEL(value: StaffLevel | str) -> StaffLevel: ...  # noqa: N802

else:
    _STAFF_LEVEL = enum_field(StaffLevel)


@attrs.frozen
class StaffMember:
    """One person of the applicant: staff level, years of financial(-related) experience and
    whether the last 3 years are free of violations and bad credit.

    >>> StaffMember("高管", 5, name="王总")
    StaffMember(staff_level=<StaffLevel.SENIOR: 'senior'>, years=Decimal('5'), clean_record=True,
                name='王总')
    """

    staff_level: StaffLevel = attrs.field(converter=_STAFF_LEVEL)
    years: Decimal = attrs.field(converter=_YEARS)
    clean_record: bool = attrs.field(default=True, kw_only=True, converter=BOOL)
    name: str = attrs.field(default="", kw_only=True, converter=NAME_OR_EMPTY)


def _staff(argument: str, value: Any) -> tuple[StaffMember, ...]:
    each = partial(require_type, types=StaffMember, what="a StaffMember")
    return require_items(argument, value, "a sequence of StaffMember", each=each)


if TYPE_CHECKING:

    def _STAFF(value: Iterable[StaffMember]) -> tuple[StaffMember, ...]: ...  # noqa: N802

else:
    _STAFF = field_converter(_staff, takes="Iterable[StaffMember]")


@attrs.frozen(kw_only=True)
class Applicant:
    """An applicant for exchange membership, as R-MEM-01 examines it.

    >>> Applicant(registered_capital="10000000", fixed_premises=True, it_adequate=True,
    ...           governance_sound=True, fees_paid=True).registered_capital
    Decimal('10000000.00')
    """

    registered_capital: Decimal = attrs.field(converter=MONEY)
    fixed_premises: bool = attrs.field(converter=BOOL)
    it_adequate: bool = attrs.field(converter=BOOL)
    governance_sound: bool = attrs.field(converter=BOOL)
    fees_paid: bool = attrs.field(converter=BOOL)
    staff: tuple[StaffMember, ...] = attrs.field(default=(), converter=_STAFF)
    other_conditions_met: bool = attrs.field(default=True, converter=BOOL)
    name: str = attrs.field(default="", converter=NAME_OR_EMPTY)


@worded_in_english
@in_english(
    CAPITAL="registered capital",
    PREMISES="fixed premises",
    BASE_STAFF="base-level staff",
    IT_FACILITIES="IT facilities",
    GOVERNANCE="corporate governance",
    FEES="exchange fees",
    OTHER="other conditions",
)
class Condition(LabelledEnum):
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
        """Where D8 第五条 states it (``第五条(三)2`` for the middle managers)."""
        index = self.position
        if 2 <= index <= 4:
            return f"第五条(三){index - 1}"
        return f"第五条({numeral_text(index + 1 if index < 2 else index - 1)})"

    @property
    def clause_term(self) -> Term:
        """:attr:`clause` for a sentence: in English its words first (``article 5, item 3,
        point 2 ("第五条(三)2")``), the article as a Chinese colleague searches for it after."""
        index = self.position
        if 2 <= index <= 4:
            words = f"article 5, item 3, point {index - 1}"
        else:
            words = f"article 5, item {index + 1 if index < 2 else index - 1}"
        return Term(self.clause, f'{words} ("{self.clause}")')


@kept_wording
@attrs.frozen
class Check(Decision):
    """One condition of R-MEM-01: ``allowed`` when it is met, and why (worded when read,
    from the facts it keeps; a ``reason`` given as text is kept as given)."""

    _verdict_words = (N_("met"), N_("not met"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    condition: Condition
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@kept_wording
@attrs.frozen
class ReportDecision(Decision):
    """Whether a report is due (R-MEM-04): ``allowed`` when it must be made.  A report is
    an obligation, not a permission, so ``str()`` heads the answer 须报告 / 无须报告 (must
    report / need not report) instead of 允许/拒绝; the shape is a :class:`Decision`'s
    (``bool()`` is ``allowed``, ``require()`` raises when no report is due).

    >>> str(litigation_reportable("49999.99"))
    '无须报告（R-MEM-04）：诉讼或纠纷金额 49,999.99 元，无须报告（报告起点 50,000.00 元，含本数）'
    """

    _verdict_words = (N_("must report"), N_("need not report"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@kept_wording
@attrs.frozen
class Eligibility(Decision):
    """The result of :func:`eligibility`: ``allowed`` when every condition is met;
    :meth:`explain` lists the checks.  Its reason and theirs are worded when read."""

    _verdict_words = (N_("eligible"), N_("not eligible"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    checks: tuple[Check, ...]
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def failures(self) -> tuple[Check, ...]:
        """The conditions not met, in the seed's order."""
        return tuple(c for c in self.checks if not c.allowed)

    def explain(self) -> str:
        """The verdict, then one line per condition."""
        return "\n".join([str(self), *(f"  {c}" for c in self.checks)])


def required_count(share: Fraction | Decimal | str | int, people_count: int) -> int:
    """How many of ``people_count`` people make "at least ``share``" (以上 includes the
    bound): exactly, ``share * people_count`` rounded **up**.  ``share`` is read as
    an :class:`ExchangePolicy` share is (``"1/3"``, a ``Decimal``, a ``Fraction``), in
    [0, 1]: none at all and every one are shares too.

    >>> required_count(Fraction(1, 3), 7), required_count("1/3", 6), required_count("0.5", 5)
    (3, 2, 3)
    """
    bound = require_rational("share", share, low=0, high=1)
    count = require_int("people_count", people_count, low=0)
    return -((-bound.numerator * count) // bound.denominator)


def _who(people: Iterable[tuple[int, StaffMember]]) -> tuple[str | Wording, ...]:
    """The people named in a reason: their names, or their place in the staff list."""
    return tuple(p.name or W_("staff[{index}]", index=i) for i, p in people)


# R-MEM-01 conditions that are met or not, with no numbers: (reason if met, reason if not)
_MET: Final = {
    Condition.PREMISES: (
        N_("{clause}: independent fixed premises"),
        N_("{clause}: no independent fixed premises"),
    ),
    Condition.IT_FACILITIES: (
        N_("{clause}: IT facilities, lines, staff and rules adequate"),
        N_("{clause}: IT facilities, lines, staff and rules inadequate"),
    ),
    Condition.GOVERNANCE: (
        N_("{clause}: governance and internal rules sound"),
        N_("{clause}: governance and internal rules not sound"),
    ),
    Condition.FEES: (
        N_("{clause}: exchange fees subscribed"),
        N_("{clause}: exchange fees not subscribed"),
    ),
    Condition.OTHER: (
        N_("{clause}: other conditions of the exchange met"),
        N_("{clause}: other conditions of the exchange not met"),
    ),
}


@fitted_call
def eligibility(applicant: Applicant, *, policy: ExchangePolicy | None = None) -> Eligibility:
    """Check every condition of R-MEM-01 (D8 第五条) and list every failure, not the first.

    Shares are exact and rounded up (:func:`required_count`); a qualifying senior manager
    has ``senior_years`` of experience **and** a clean record (docs/exchange.md).

    >>> a = Applicant(
    ...     registered_capital="8000000", fixed_premises=True, it_adequate=True,
    ...     governance_sound=True, fees_paid=False,
    ...     staff=[StaffMember("senior", 6), StaffMember("senior", 2), StaffMember("senior", 1)],
    ... )
    >>> result = eligibility(a)
    >>> bool(result), [(c.condition.name, c.rule) for c in result.failures]
    (False, [('CAPITAL', 'R-MEM-01'), ('FEES', 'R-MEM-01')])
    """
    applicant = require_type("applicant", applicant, Applicant, "an Applicant")
    pol = policy_or_default(policy, ExchangePolicy)
    checks: list[Check] = []

    def check(condition: Condition, passed: bool, template: str = "", **fields: Any) -> None:
        """Record one condition worded by ``template`` (default: the :data:`_MET` one)."""
        template = template or _MET[condition][0 if passed else 1]
        clause = _term(condition.clause_term)
        record(condition, passed, W_(template, clause=clause, **fields))

    def record(condition: Condition, passed: bool, reason: Wording) -> None:
        """Record one condition with its reason, worded already (a counted message)."""
        checks.append(Check(passed, "R-MEM-01", reason, condition))

    capital, minimum = applicant.registered_capital, pol.min_registered_capital
    said = N_("{clause}: registered capital {capital} yuan, at least {minimum} required")
    amounts = {"capital": amount_text(capital), "minimum": amount_text(minimum)}
    check(Condition.CAPITAL, capital >= minimum, said, **amounts)
    check(Condition.PREMISES, applicant.fixed_premises)

    indexed = list(enumerate(applicant.staff))
    seniors = [(i, p) for i, p in indexed if p.staff_level is StaffLevel.SENIOR]
    qualifying = [(i, p) for i, p in seniors if p.years >= pol.senior_years and p.clean_record]
    needed = required_count(pol.senior_share, len(seniors))
    unclean = [(i, p) for i, p in seniors if not p.clean_record]
    senior_ok = len(seniors) >= pol.min_senior_count and len(qualifying) >= needed
    extra: list[Wording] = []
    if len(seniors) < pol.min_senior_count:
        extra += (
            Wn_(
                "; at least {count} senior manager must be listed",
                "; at least {count} senior managers must be listed",
                pol.min_senior_count,
                count=pol.min_senior_count,
            ),
        )
    if pol.all_seniors_clean and unclean:
        senior_ok = False
        said = N_("; every senior manager must have a clean record, not: {who}")
        extra.append(W_(said, who=_who(unclean)))
    seniors_said = Wn_(
        "{clause}: {qualifying} of {total} senior manager has years of experience >= {years} "
        "and a clean record; at least {needed} required ({share} of {total}, rounded up)",
        "{clause}: {qualifying} of {total} senior managers have years of experience >= {years} "
        "and a clean record; at least {needed} required ({share} of {total}, rounded up)",
        len(seniors),
        clause=_term(Condition.SENIOR_MANAGERS.clause_term),
        qualifying=len(qualifying),
        total=len(seniors),
        years=pol.senior_years,
        needed=needed,
        share=ratio(pol.senior_share),
    )
    for more in extra:
        seniors_said = worded_joined(seniors_said, more)
    record(Condition.SENIOR_MANAGERS, senior_ok, seniors_said)

    middles = [p for _, p in indexed if p.staff_level is StaffLevel.MIDDLE]
    experienced = [p for p in middles if p.years >= pol.middle_years]
    needed = required_count(pol.middle_share, len(middles))
    middles_said = Wn_(
        "{clause}: {experienced} of {total} middle manager has years of experience >= {years}; "
        "at least {needed} required ({share} of {total}, rounded up)",
        "{clause}: {experienced} of {total} middle managers have years of experience >= {years}; "
        "at least {needed} required ({share} of {total}, rounded up)",
        len(middles),
        clause=_term(Condition.MIDDLE_MANAGERS.clause_term),
        experienced=len(experienced),
        total=len(middles),
        years=pol.middle_years,
        needed=needed,
        share=ratio(pol.middle_share),
    )
    record(Condition.MIDDLE_MANAGERS, len(experienced) >= needed, middles_said)

    base = [(i, p) for i, p in indexed if p.staff_level is StaffLevel.BASE]
    short = [(i, p) for i, p in base if p.years < pol.base_years]
    clause, years = _term(Condition.BASE_STAFF.clause_term), pol.base_years
    if short:
        base_said = W_(
            "{clause}: every base-level employee needs years of experience >= {years}; "
            "short: {who}",
            clause=clause,
            years=years,
            who=_who(short),
        )
    else:
        base_said = Wn_(
            "{clause}: every base-level employee needs years of experience >= {years}; the "
            "{count} listed has it",
            "{clause}: every base-level employee needs years of experience >= {years}; all "
            "{count} listed have it",
            len(base),
            clause=clause,
            years=years,
            count=len(base),
        )
    record(Condition.BASE_STAFF, not short, base_said)
    check(Condition.IT_FACILITIES, applicant.it_adequate)
    check(Condition.GOVERNANCE, applicant.governance_sound)
    check(Condition.FEES, applicant.fees_paid)
    check(Condition.OTHER, applicant.other_conditions_met)
    failed = tuple(c.condition for c in checks if not c.allowed)
    summary = N_("eligible: every condition of article 5 is met")
    if failed:
        summary = N_("not eligible: {failed}")
    return Eligibility(not failed, "R-MEM-01", W_(summary, failed=failed), tuple(checks))


@in_english(
    LICENCE_AND_ARTICLES="licence and articles of association",
    IDENTITY_CARDS="identity cards of the legal representative and the authorised person",
    ORG_CHART_AND_CVS="org chart and CVs",
    PREMISES_PROOF="property certificate or copy of the lease",
    CONTACT_SHEET="company contact sheet",
    CONTRACT="membership contract and supplementary agreement",
    APPLICATION_FORM="membership application review form and letter of commitment",
)
class Document(LabelledEnum):
    """The seven application documents of R-MEM-02 (D8 第六条(一) ①–⑦); ``"④"`` reads as
    ``"4"`` (NFKC). An item the clause names as two documents (①②③⑥⑦) has two
    :attr:`parts`; the name of one part (``"公司章程"``) is a :class:`DocumentPart`, not the
    item.

    >>> Document.parse("④") is Document.parse("租赁合同") is Document.PREMISES_PROOF
    True
    >>> [part.label for part in Document.LICENCE_AND_ARTICLES.parts]
    ['公司证照', '公司章程']
    """

    LICENCE_AND_ARTICLES = ("licence_and_articles", "公司证照、公司章程", "1")
    IDENTITY_CARDS = ("identity_cards", "法定代表人身份证、被授权人身份证", "2")
    ORG_CHART_AND_CVS = ("org_chart_and_cvs", "公司组织构架图和高管简历", "3")
    PREMISES_PROOF = (
        "premises_proof",
        "房产证或租赁合同复印件",
        "4",
        "房产证",
        "租赁合同",
        "lease",
        "deed",
    )
    CONTACT_SHEET = ("contact_sheet", "公司工作对接表", "5", "工作对接表", "对接表")
    CONTRACT = ("contract", "会员入市合同和补充协议", "6")
    APPLICATION_FORM = ("application_form", "会员入会申请审核表和承诺函", "7")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> Document:
        """The item ``text`` names (:meth:`LabelledEnum.parse
        <custops.enums.LabelledEnum.parse>`: ``"①"``, its label, ``"租赁合同"`` for ④). The
        name of one part of an item of two (``"营业执照"``, ``"承诺函"``) names no item: it is
        refused saying which item's part it names, to be read by :meth:`DocumentPart.parse`
        or :func:`application_checklist` (R-MEM-02).

        >>> Document.parse("承诺函")
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: text: names a part of ⑦ (承诺函), not the whole item, ...
        """
        argument = argument_name(argument)
        try:
            return parse_member(cls, text, argument=argument)
        except InvalidInput:
            part = _part_named(text)
            if part is None:
                raise
            problem = (
                f"names a part of {part}, not the whole item, which is two documents: read "
                "it with DocumentPart.parse, or list it in application_checklist"
            )
            raise InvalidInput.for_argument(argument, text, problem) from None

    @property
    def item(self) -> int:
        """The item number ①–⑦ as an int."""
        return self.position + 1

    @property
    def parts(self) -> tuple[DocumentPart, ...]:
        """The documents the item's clause names, in its order: two for ①②③⑥⑦, one for ④
        (the deed *or* the lease) and ⑤ (R-MEM-02)."""
        return tuple(part for part in DocumentPart if part.document is self)


#: The item ①–⑦ of each part, by the part's name: D8 第六条(一) read clause by clause.
_PART_ITEMS: Final = {
    "LICENCE": 1,
    "ARTICLES": 1,
    "LEGAL_REPRESENTATIVE_ID": 2,
    "AUTHORISED_PERSON_ID": 2,
    "ORG_CHART": 3,
    "EXECUTIVE_CVS": 3,
    "PREMISES": 4,
    "CONTACT_SHEET": 5,
    "MEMBERSHIP_CONTRACT": 6,
    "SUPPLEMENTARY_AGREEMENT": 6,
    "APPLICATION_FORM": 7,
    "COMMITMENT_LETTER": 7,
}
#: What may follow any part's name: a copy (① asks for 复印件加盖公章扫描), a scan or the
#: original, folded by :meth:`DocumentPart.parse` for every part alike.
_COPY_WORDS: Final = ("复印件", "扫描件", "原件")
_EITHER_ID: Final = ("LEGAL_REPRESENTATIVE_ID", "AUTHORISED_PERSON_ID")
#: A common word naming either part of ②, with a copy word after it or not: refused naming
#: both, never guessed; 授权人身份证 is the grantor's (often the legal representative's),
#: not the grantee's (被授权人).
_AMBIGUOUS_PARTS: Final = {
    f"{word}{copy}": _EITHER_ID
    for word in ("身份证", "授权人身份证", "identity card", "id card")
    for copy in ("", *_COPY_WORDS)
}


@in_english(
    LICENCE="business licence",
    ARTICLES="articles of association",
    LEGAL_REPRESENTATIVE_ID="identity card of the legal representative",
    AUTHORISED_PERSON_ID="identity card of the authorised person",
    ORG_CHART="organisation chart",
    EXECUTIVE_CVS="CVs of the senior managers",
    PREMISES="property certificate or lease",
    CONTACT_SHEET="contact sheet",
    MEMBERSHIP_CONTRACT="membership contract",
    SUPPLEMENTARY_AGREEMENT="supplementary agreement",
    APPLICATION_FORM="membership application review form",
    COMMITMENT_LETTER="letter of commitment",
)
class DocumentPart(LabelledEnum):
    """One document of an item of R-MEM-02, named as D8 第六条(一) names it (its label) or by
    a common synonym (营业执照 for 公司证照, 组织架构图 for 组织构架图, 对接表 …); a bare
    ``"身份证"`` may be either identity card of ② and is refused naming both.

    >>> DocumentPart.parse("营业执照") is DocumentPart.LICENCE
    True
    >>> DocumentPart.parse("被授权人身份证").document.item
    2
    """

    LICENCE = ("licence", "公司证照", "营业执照", "营业执照副本", "证照")
    ARTICLES = ("articles", "公司章程", "章程")
    LEGAL_REPRESENTATIVE_ID = (
        "legal_representative_id",
        "法定代表人身份证",
        "法人身份证",
        "法人代表身份证",
    )
    AUTHORISED_PERSON_ID = (
        "authorised_person_id",
        "被授权人身份证",
    )
    ORG_CHART = (
        "org_chart",
        "公司组织构架图",
        "组织构架图",
        "组织架构图",
        "组织结构图",
    )
    EXECUTIVE_CVS = ("executive_cvs", "高管简历", "高级管理人员简历", "简历", "CVs")
    PREMISES = (
        "premises",
        "房产证或租赁合同",
        "房产证",
        "租赁合同",
        "房屋租赁合同",
        "不动产权证书",
    )
    CONTACT_SHEET = ("contact_sheet_part", "公司工作对接表", "工作对接表", "对接表")
    MEMBERSHIP_CONTRACT = ("membership_contract", "会员入市合同", "入市合同")
    SUPPLEMENTARY_AGREEMENT = ("supplementary_agreement", "补充协议")
    APPLICATION_FORM = (
        "application_form_part",
        "会员入会申请审核表",
        "入会申请审核表",
        "申请审核表",
    )
    COMMITMENT_LETTER = ("commitment_letter", "承诺函")

    @classmethod
    def parse(cls, text: Any, *, argument: str = "text") -> DocumentPart:
        """The part ``text`` names (:meth:`LabelledEnum.parse
        <custops.enums.LabelledEnum.parse>`), any name read with 复印件, 扫描件 or 原件
        after it and 公司 before it (``"公司营业执照复印件"``: ① itself asks for a copy);
        ``"身份证"`` alone, and ``"授权人身份证"`` (the grantor's, not the grantee's), are
        refused naming both identity cards of ② (R-MEM-02).

        >>> DocumentPart.parse("公司营业执照复印件") is DocumentPart.LICENCE
        True
        """
        return parse_member(
            cls,
            text,
            argument=argument,
            ambiguous=_AMBIGUOUS_PARTS,
            suffixes=_COPY_WORDS,
            prefixes={"公司": None},
        )

    @property
    def document(self) -> Document:
        """The item ①–⑦ this part belongs to (R-MEM-02)."""
        return tuple(Document)[_PART_ITEMS[self.name] - 1]


@kept_wording
@attrs.frozen
class Checklist(Decision):
    """Which of the seven documents are incomplete (R-MEM-02) and which of their parts are
    missing; ``allowed`` when none is (its reason worded when read). An item of two parts is
    in ``missing`` until both are in; ``missing_parts`` names every part still to come."""

    _verdict_words = (N_("complete"), N_("incomplete"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    missing: tuple[Document, ...]
    missing_parts: tuple[DocumentPart, ...] = ()
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


def _term(term: Term) -> Wording:
    """``term`` kept as its two spellings, written in the language read in."""
    return worded_term(term.chinese, term.english_words)


def _document_term(document: Document, lacking: tuple[DocumentPart, ...] = ()) -> Term:
    """A document as a reason lists it: ``⑥会员入市合同和补充协议``, in English ``⑥ membership
    contract and supplementary agreement (会员入市合同和补充协议)``; an item of which only
    ``lacking`` is missing says so: ``①公司证照、公司章程（缺公司章程）``."""
    number = "①②③④⑤⑥⑦"[document.item - 1]
    words = f"{number} {document.english_words} ({document.label})"
    chinese = f"{number}{document.label}"
    if lacking:
        with language("zh_CN"):
            chinese += f"（缺{word_list(part.label for part in lacking)}）"
        with language("en_US"):
            lacked = word_list(f"{part.english_words} ({part.label})" for part in lacking)
        words += f": {lacked} missing"
    return Term(chinese, words)


def _accepted_documents() -> str:
    """The items' parts and their names as an error lists them, ``+`` between the two parts
    of one item, ``/`` between the names of one part (R-MEM-02); in English the parts' keys,
    with a word on the Chinese names, so an English refusal holds no Chinese but the value."""
    if english():
        keys = "; ".join(
            f"{'①②③④⑤⑥⑦'[document.item - 1]} " + " + ".join(p.value for p in document.parts)
            for document in Document
        )
        return (
            f"{keys} (or a part's Chinese name as D8 article 6 writes it, or a common synonym, "
            "with or without a copy or scan word after it and the company's word before it: "
            "DocumentPart.parse reads them)"
        )
    names = "; ".join(
        f"{'①②③④⑤⑥⑦'[document.item - 1]} "
        + " + ".join("/".join((part.label, *part.variants)) for part in document.parts)
        for document in Document
    )
    return f"{names} (a part's name may end in {'/'.join(_COPY_WORDS)} and begin with 公司)"


def _part_named(text: Any) -> str | None:
    """The part ``text`` names as an error shows it, ``⑦ (承诺函)``, with its item's number;
    ``None`` when it names none; both identity cards for a name that may be either."""
    if not isinstance(text, str):
        return None
    try:
        parts: tuple[DocumentPart, ...] = (DocumentPart.parse(text),)
    except InvalidInput as exc:
        if not str(exc.problem).startswith("may name"):
            return None
        parts = (DocumentPart.LEGAL_REPRESENTATIVE_ID, DocumentPart.AUTHORISED_PERSON_ID)
    number = "①②③④⑤⑥⑦"[parts[0].document.item - 1]
    return f"{number} ({' or '.join(part.label for part in parts)})"


#: What names one of ④'s two alternatives (the deed, the lease), folded: both given is ④
#: met, not a document named twice.
_PREMISES_KINDS: Final = {
    "房产证": "deed",
    "不动产权证书": "deed",
    "deed": "deed",
    "租赁合同": "lease",
    "房屋租赁合同": "lease",
    "lease": "lease",
}


def _premises_kind(item: Any) -> str | None:
    """Which of ④'s alternatives ``item`` names (a copy or scan of it too), if one."""
    if not isinstance(item, str):
        return None
    text = item.strip().casefold()
    for word in _COPY_WORDS:
        text = text.removesuffix(word)
    return _PREMISES_KINDS.get(text)


def _submitted_parts(where: str, item: Any) -> tuple[DocumentPart, ...]:
    """The parts ``item`` names: a part given as a member, all of an item named as a whole
    (a member, ``"①"``, its label), else the one part a part's name names (R-MEM-02)."""
    if isinstance(item, DocumentPart):
        return (item,)
    require_type(where, item, (Document, str), "a Document, a DocumentPart or a str")
    try:
        return parse_member(Document, item, argument=where).parts
    except InvalidInput:
        pass
    try:
        return (DocumentPart.parse(item, argument=where),)
    except InvalidInput as exc:
        if str(exc.problem).startswith("may name"):
            raise
        problem = f"is not a document of ①–⑦ nor a part of one; accepted: {_accepted_documents()}"
        raise InvalidInput.for_argument(where, item, problem) from exc


def application_checklist(submitted: Iterable[Document | DocumentPart | str]) -> Checklist:
    """The documents of R-MEM-02 still incomplete in ``submitted`` (items ①–⑦ by number,
    label or name, or their parts by D8 第六条's names and common synonyms): an item of two
    documents (①公司证照、公司章程) is complete only when both are in. A document named
    twice (``"①"`` and ``"公司章程"``) is refused: one of the list is a slip; the two parts
    of one item are two documents; ④'s deed and lease both given are ④ met (either one
    suffices).

    >>> c = application_checklist(["①", "②", "组织构架图", "租赁合同", "contact sheet"])
    >>> c.allowed, [d.item for d in c.missing], [p.label for p in c.missing_parts][:2]
    (False, [3, 6, 7], ['高管简历', '会员入市合同'])
    >>> c.reason[:34]
    '缺少 3 份（共 7 份）：③公司组织构架图和高管简历（缺高管简历）'
    """
    items = require_items("submitted", submitted, "a sequence of documents")
    named: dict[DocumentPart, int] = {}
    kinds: dict[int, str | None] = {}  # ④'s deed or lease, by the item that named it
    for i, item in enumerate(items):
        where = f"submitted[{i}]"
        parts = _submitted_parts(where, item)
        kinds[i] = _premises_kind(item)
        for part in parts:
            if part in named:
                first = kinds[named[part]]
                if part is DocumentPart.PREMISES and None is not first != kinds[i] is not None:
                    continue  # the deed and the lease: either suffices, both are no slip
                problem = f"names the same document as submitted[{named[part]}]"
                raise InvalidInput.for_argument(where, item, problem)
        named.update({part: i for part in parts if part not in named})
    missing_parts = tuple(part for part in DocumentPart if part not in named)
    missing = tuple(d for d in Document if any(p in missing_parts for p in d.parts))
    listed = []
    for document in missing:
        lacking = tuple(p for p in document.parts if p in missing_parts)
        partly = lacking if len(lacking) < len(document.parts) else ()
        listed.append(_term(_document_term(document, partly)))
    said = N_("all {total} documents submitted")
    if missing:
        said = N_("missing {count} of {total}: {documents}")
    reason = W_(said, count=len(missing), total=len(Document), documents=tuple(listed))
    return Checklist(not missing, "R-MEM-02", reason, missing, missing_parts)


def _window_reason(window: InspectionWindow) -> str:
    said = N_("the {year} annual inspection window is {start} – {end}")
    return _(said, year=window.year, start=window.start, end=window.end)


def _window_text(window: InspectionWindow) -> str:
    return _window_reason(window) if window.given is None else window.given


@worded_reason(_window_text)
@attrs.frozen
class InspectionWindow(Explained, DayRange):
    """The annual inspection period of a year, ``start`` and ``end`` included (R-MEM-03),
    with its rule and a one-line ``reason``: worded from ``year``, ``start`` and ``end``
    when read, in the language active then (a ``reason`` given as text is kept as given,
    under ``given``; not compared)."""

    year: int
    start: _dt.date
    end: _dt.date
    rule: str = "R-MEM-03"
    given: str | None = attrs.field(
        default=None,
        alias="reason",
        validator=attrs.validators.optional(check_said),
        eq=False,
        repr=False,
    )
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def inspection_window(year: int, *, policy: ExchangePolicy | None = None) -> InspectionWindow:
    """The annual inspection window of ``year``: 1 July – 31 August (R-MEM-03, R-SLA-17).

    >>> print(inspection_window(2027))
    结果（R-MEM-03）：2027 年度年检期为 2027-07-01 至 2027-08-31
    """
    pol = policy_or_default(policy, ExchangePolicy)
    year = require_int("year", year, low=1, high=9999)
    start, end = pol.inspection_start, pol.inspection_end
    return InspectionWindow(year, _dt.date(year, *start), _dt.date(year, *end))


class InspectionOutcome(LabelledEnum):
    """Where a member stands with its latest annual inspection (R-MEM-03)."""

    OPEN = ("open", "年检期内")
    PENDING = ("pending", "年检审查中")
    PASSED = ("passed", "通过年检")
    FAILED = ("failed", "未通过年检")
    MISSED = ("missed", "逾期未年检")
    UNKNOWN = ("unknown", "待核实")


@kept_wording
@attrs.frozen
class InspectionStatus(Explained):
    """The result of :func:`inspection_status`: ``window`` is the window of the inspection
    the answer is about, the latest opened on ``on``."""

    outcome: InspectionOutcome
    on: _dt.date
    window: InspectionWindow
    membership_continues: bool
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def inspection_status(
    *,
    on: _dt.date,
    registered: bool | None = None,
    passed: bool | None = None,
    policy: ExchangePolicy | None = None,
) -> InspectionStatus:
    """Where a member stands on ``on`` with its latest annual inspection (R-MEM-03, R-SLA-17).

    D8 第八条: 年检登记时间为每年的7月1日至8月31日 … 经审查未通过年检的,交易所终止其会员资格.
    The window is for *registering*; the membership ends on a failed review.  The inspection
    asked about is the latest whose window has opened on ``on`` (before 1 July, last year's),
    so the same facts give the same answer on every day until the next window opens.  The
    facts: ``registered``, whether the member registered in that window, and ``passed``, the
    review's verdict (``None``: no verdict yet, or not known); ``None`` for either means
    not known.  A verdict decides (``PASSED``, ``FAILED``), but a pass for a member known not
    to have registered (``registered=False, passed=True``) contradicts itself and is refused,
    naming ``registered``; without a verdict, a registered member
    is ``PENDING`` and continues; while the window is open, an unregistered one may still
    register (``OPEN``); once it has closed, a member known not to have registered is
    ``MISSED``, and its membership ends (the Default, ``policy.unregistered_ends_membership``:
    docs/exchange.md); nothing known is ``UNKNOWN`` (待核实), the membership continuing, as
    only a failed review or a missed registration ends it.

    >>> import datetime
    >>> print(inspection_status(on=datetime.date(2026, 8, 20)))
    年检期内（R-MEM-03）：年检期 2026-07-01 至 2026-08-31 进行中，尚余 12 天
    >>> inspection_status(on=datetime.date(2027, 1, 5), registered=True).outcome.label
    '年检审查中'
    """
    pol = policy_or_default(policy, ExchangePolicy)
    day = require_date("on", on)
    optional_check(require_bool)("registered", registered)
    optional_check(require_bool)("passed", passed)
    if registered is False and passed is True:
        problem = (
            "a member that did not register cannot be reviewed, so it cannot have passed "
            "(passed=True); if the exchange accepted a late registration, give registered=True"
        )
        raise InvalidInput.for_argument("registered", registered, problem)
    opened = (day.month, day.day) >= pol.inspection_start
    year = day.year if opened else day.year - 1
    first = _dt.date(1, *pol.inspection_start)
    problem = f"no inspection window has opened yet: the first opens {first}"
    within("on", on, year, low=1, problem=problem)
    window = inspection_window(year, policy=pol)
    left = (window.end - day).days + 1
    fields = {"start": window.start, "end": window.end, "year": year, "left": left}
    if passed is True:
        outcome, continues = InspectionOutcome.PASSED, True
        reason = W_("passed the {year} inspection: announced on the exchange's website", **fields)
    elif passed is False:
        outcome, continues = InspectionOutcome.FAILED, False
        reason = W_(
            "failed the {year} inspection: the exchange ends the membership (article 8)", **fields
        )
    elif registered is True:
        outcome, continues = InspectionOutcome.PENDING, True
        reason = W_(
            "registered in the {year} inspection window {start} – {end}, review pending: the "
            "membership continues",
            **fields,
        )
    elif day <= window.end:
        outcome, continues = InspectionOutcome.OPEN, True
        reason = Wn_(
            "inspection window {start} – {end} is open: {left} day left",
            "inspection window {start} – {end} is open: {left} days left",
            left,
            **fields,
        )
    elif registered is False:
        outcome, continues = InspectionOutcome.MISSED, not pol.unregistered_ends_membership
        if continues:
            said = N_(
                "not registered in the {year} inspection window {start} – {end}: the exchange's "
                "review decides; the membership continues until it fails"
            )
        else:
            said = N_(
                "not registered in the {year} inspection window {start} – {end}: treated as "
                "not passed, the membership ends (article 8)"
            )
        reason = W_(said, **fields)
    else:
        outcome, continues = InspectionOutcome.UNKNOWN, True
        reason = W_(
            "neither a registration in the {year} inspection window {start} – {end} nor a "
            "verdict is known: to be checked; only a failed review or a missed registration "
            "ends the membership",
            **fields,
        )
    return InspectionStatus(outcome, day, window, continues, "R-MEM-03", reason)


@in_english(
    NAME_ADDRESS_SCOPE_CONTACT="name, address, business scope or contact details",
    BRANCH_ESTABLISHED_MERGED_CLOSED="branch established, merged or closed",
    CAPITAL_OR_OWNERSHIP="registered capital or ownership",
)
class ChangeKind(LabelledEnum):
    """The ten changes a member reports in writing within 10 working days (R-MEM-04, D8 第十条).

    >>> [k.item for k in ChangeKind][:3], ChangeKind.LITIGATION.label
    ([1, 2, 3], '发生5万元以上诉讼案件或经济纠纷')
    """

    LEGAL_REPRESENTATIVE = ("legal_representative", "变更法定代表人", "变更法人", "法定代表人")
    CAPITAL_OR_OWNERSHIP = (
        "capital_or_ownership",
        "变更注册资本或股权结构",
        "注册资本",
        "股权结构",
    )
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
    LITIGATION = ("litigation", "发生5万元以上诉讼案件或经济纠纷", "诉讼", "经济纠纷")
    OTHER_EXCHANGE_MEMBERSHIP = ("other_exchange_membership", "取得其它交易所会员资格")
    INVESTIGATION = ("investigation", "因涉嫌违法、违规受到司法机关立案调查、处罚", "立案调查")
    EXCHANGE_REQUEST = ("exchange_request", "交易所要求报告的其它情况")

    @property
    def item(self) -> int:
        """The item number (一)–(十) of 第十条 as an int."""
        return self.position + 1


@overload
def change_report_due(
    event_on: _dt.date,
    *,
    calendar: WorkCalendar | None = ...,
    explain: Literal[False] = ...,
    policy: ExchangePolicy | None = ...,
) -> _dt.date: ...
@overload
def change_report_due(
    event_on: _dt.date,
    *,
    calendar: WorkCalendar | None = ...,
    explain: Literal[True],
    policy: ExchangePolicy | None = ...,
) -> Deadline: ...
@overload
def change_report_due(
    event_on: _dt.date,
    *,
    calendar: WorkCalendar | None = ...,
    explain: bool,
    policy: ExchangePolicy | None = ...,
) -> _dt.date | Deadline: ...
@fitted_call
def change_report_due(
    event_on: _dt.date,
    *,
    calendar: WorkCalendar | None = None,
    explain: bool = False,
    policy: ExchangePolicy | None = None,
) -> _dt.date | Deadline:
    """The last day to report a change of :class:`ChangeKind` (R-MEM-04, R-SLA-13).

    10 working days of ``calendar`` (default: China) after the day of the change, which
    is not counted (Civil Code art. 201).  ``explain=True`` returns the
    :class:`~custops.periods.Deadline` whose rule is R-MEM-04, article 10 its first step.

    >>> import datetime
    >>> change_report_due(datetime.date(2025, 9, 26))   # National Day week in between
    datetime.date(2025, 10, 16)
    """
    day = require_date("event_on", event_on)
    n = policy_or_default(policy, ExchangePolicy).change_report_workdays
    cal = calendar_or_china(calendar)
    explain = require_bool("explain", explain)
    # an exception's message stays English (CONTRIBUTING item 8): no catalogue here
    days = "working day" if n == 1 else "working days"
    with in_date_range("event_on", event_on, counting=f"{n} {days} cannot be counted from it"):
        if not explain:
            return cal.add_workdays(day, n)
        counted = due_date(day, Period.workdays(n), calendar=cal, explain=True)
    rule = "R-MEM-04"
    first = Wn_(
        "{rule} (article 10): a member reports the change in writing to the exchange within "
        "{n} working day",
        "{rule} (article 10): a member reports the change in writing to the exchange within "
        "{n} working days",
        n,
        rule=rule,
        n=n,
    )
    return attrs.evolve(counted, rule=rule, reasoning=(first, *counted.said_steps))


@fitted_call
def litigation_reportable(
    amount: MoneyInput, *, policy: ExchangePolicy | None = None
) -> ReportDecision:
    """Whether a lawsuit or dispute of ``amount`` yuan must be reported (R-MEM-04, 第十条(七)).

    ``allowed`` when it must be: "5万元以上" includes 50,000 (Civil Code art. 1259).  The
    answer reads 须报告 / 无须报告 (a :class:`ReportDecision`): reporting is an obligation.

    >>> litigation_reportable("50000").allowed, litigation_reportable("49999.99").allowed
    (True, False)
    """
    pol = policy_or_default(policy, ExchangePolicy)
    value = require_money("amount", amount)
    reportable = value >= pol.litigation_threshold
    template = (
        N_("dispute of {amount} yuan must be reported (threshold {threshold}, inclusive)")
        if reportable
        else N_("dispute of {amount} yuan need not be reported (threshold {threshold}, inclusive)")
    )
    amounts = {"amount": amount_text(value), "threshold": amount_text(pol.litigation_threshold)}
    return ReportDecision(reportable, "R-MEM-04", W_(template, **amounts))


class Sanction(OrderedEnum):
    """The measures of R-MEM-05 (D8 第十七条), in the seed's order, mildest first; ``item``
    is the item number (一)–(七).

    >>> max([Sanction.COMPULSORY_TRAINING, Sanction.WRITTEN_NOTICE]).label
    '强制培训'
    >>> Sanction.parse("罚款").item
    6
    """

    ORAL_WARNING = ("oral_warning", "口头警告", "警告")
    WRITTEN_NOTICE = ("written_notice", "书面通报", "通报", "通报批评")
    COMPULSORY_TRAINING = ("compulsory_training", "强制培训", "培训")
    SUSPENSION = ("suspension", "暂停会员资格", "暂停")
    REVOCATION = ("revocation", "撤销会员资格", "撤销", "撤消", "取消会员资格")
    FINE = ("fine", "罚取经济赔偿金", "罚款", "赔偿金")
    JUDICIAL_REFERRAL = ("judicial_referral", "移送司法机关处理", "司法机关")

    @property
    def item(self) -> int:
        """1 (mildest) … 7, the item number in 第十七条."""
        return self.rank + 1


@fitted_call
def minimum_fine(illicit_gain: MoneyInput, *, policy: ExchangePolicy | None = None) -> Decimal:
    """The least fine for a violation with ``illicit_gain`` yuan (R-MEM-05, 第十七条(六)).

    "不少于违规得利部分": at least the gain (``fine_multiple`` 1), rounded half up to the fen.

    >>> minimum_fine("12345.67")
    Decimal('12345.67')
    """
    pol = policy_or_default(policy, ExchangePolicy)
    gain = require_money("illicit_gain", illicit_gain)
    return yuan(gain * pol.fine_multiple, argument="illicit_gain")  # ROUND_HALF_UP to the fen


class InspectionFinding(LabelledEnum):
    """The violations of D8 第十八–二十条 (``article``, ``item``); :func:`consequence` maps
    each to its measures.

    >>> f = InspectionFinding.parse("承诺收益")
    >>> f.value, f.article, f.item
    ('promised_returns', 18, 6)
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
    PROMISED_RETURNS = ("promised_returns", "向交易商承诺收益", "承诺收益")
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
        index = self.position
        return 18 if index < 12 else 19 if index < 15 else 20

    @property
    def item(self) -> int:
        """The item number within the article."""
        index = self.position
        return index + 1 if index < 12 else index - 11 if index < 15 else index - 14


_ARTICLE_NAMES = {18: "第十八条", 19: "第十九条", 20: "第二十条"}


@kept_wording
@attrs.frozen
class Consequence(Explained):
    """What an :class:`InspectionFinding` brings (R-MEM-05): the measures now, and what
    follows if the member does not rectify in time."""

    finding: InspectionFinding
    source: str
    measures: tuple[Sanction, ...]
    if_not_rectified: Sanction | None
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


_CONSEQUENCES: dict[int, tuple[tuple[Sanction, ...], Sanction | None, str]] = {
    18: (
        (Sanction.WRITTEN_NOTICE,),
        Sanction.REVOCATION,
        N_(
            "rectification notice or circulated criticism with a deadline; membership revoked "
            "if not rectified; fees already collected are not refunded"
        ),
    ),
    19: (
        (Sanction.ORAL_WARNING, Sanction.COMPULSORY_TRAINING),
        None,
        N_(
            "warning talk with the senior managers; compulsory training for the staff "
            "concerned; fees already collected are not refunded"
        ),
    ),
    20: (
        (Sanction.REVOCATION,),
        None,
        N_("membership revoked; fees already collected are not refunded"),
    ),
}


def consequence(finding: InspectionFinding | str) -> Consequence:
    """The consequence of a finding of D8 第十八–二十条 (R-MEM-05), by its article; no
    consequence refunds a fee (第十一条(三), 第二十条(五)).

    >>> c = consequence("向交易商承诺收益")
    >>> c.source, [m.label for m in c.measures], c.if_not_rectified.label
    ('第十八条(六)', ['书面通报'], '撤销会员资格')
    """
    found = InspectionFinding.parse(finding, argument="finding")
    source = f"{_ARTICLE_NAMES[found.article]}({numeral_text(found.item)})"
    measures, if_not_rectified, reason = _CONSEQUENCES[found.article]
    return Consequence(found, source, measures, if_not_rectified, "R-MEM-05", W_(reason))


class InactivityOutcome(LabelledEnum):
    """The outcome of :func:`revocation_due_to_inactivity`."""

    TRADING = ("trading", "未满连续无交易期限", "active")
    INACTIVE = ("inactive", "连续无交易，不撤销")
    REVOKE = ("revoke", "撤销会员资格")


@kept_wording
@attrs.frozen
class InactivityCheck(Explained):
    """The result of :func:`revocation_due_to_inactivity`: ``met_on`` is the first day on
    which the months without trading are complete."""

    outcome: InactivityOutcome
    last_trade_on: _dt.date
    on: _dt.date
    met_on: _dt.date
    rule: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


@fitted_call
def revocation_due_to_inactivity(
    last_trade_on: _dt.date,
    *,
    on: _dt.date,
    unapproved_other_membership: bool | None = None,
    good_reason: bool = False,
    policy: ExchangePolicy | None = None,
) -> InactivityCheck:
    """Whether 3 consecutive months without trading revoke the membership (R-MEM-06, R-SLA-25).

    The months are counted as :class:`InactivityCounting` says and are complete once their
    last day has passed (``met_on``).  D8 第二十条(三) joins inactivity **and** an unapproved
    membership elsewhere (``unapproved_other_membership``; ``None``: not known → ``INACTIVE``);
    ``policy.inactivity_alone_revokes=True`` is the catalogue's reading (inactivity alone
    revokes).  A ``good_reason`` never revokes.

    >>> import datetime
    >>> r = revocation_due_to_inactivity(datetime.date(2026, 1, 15), on=datetime.date(2026, 4, 15))
    >>> r.outcome.name, r.met_on
    ('TRADING', datetime.date(2026, 4, 16))
    """
    last = require_date("last_trade_on", last_trade_on)
    day = require_date("on", on)
    within("on", on, day, low=last, problem=f"must not be before last_trade_on {last}")
    optional_check(require_bool)("unapproved_other_membership", unapproved_other_membership)
    require_bool("good_reason", good_reason)
    pol = policy_or_default(policy, ExchangePolicy)
    months = pol.inactivity_months
    try:
        if pol.inactivity_counting is InactivityCounting.ROLLING:
            last_day = add_months(last, months)
        else:  # whole months from the first of the next month
            last_day = month_end(add_months(last, months))
        met_on = last_day + ONE_DAY
    except (InvalidInput, OverflowError):
        problem = f"{months} months later is past the last date"
        raise InvalidInput.for_argument("last_trade_on", last_trade_on, problem) from None
    if day < met_on:
        outcome, then = InactivityOutcome.TRADING, N_(": not yet complete as of {on}")
    elif good_reason:
        outcome, then = InactivityOutcome.INACTIVE, N_("; a good reason was shown: no revocation")
    elif pol.inactivity_alone_revokes or unapproved_other_membership is True:
        outcome, then = InactivityOutcome.REVOKE, N_(": membership revoked (article 20 (3))")
    elif unapproved_other_membership is None:
        outcome = InactivityOutcome.INACTIVE
        then = N_(
            "; revocation also needs an unapproved membership elsewhere (article 20 (3)): to be "
            "checked"
        )
    else:
        outcome = InactivityOutcome.INACTIVE
        then = N_("; no unapproved membership elsewhere: no revocation (article 20 (3))")
    counted = Wn_(
        "{months} month without trading after {last} ends on {end}",
        "{months} months without trading after {last} end on {end}",
        months,
        months=months,
        last=last,
        end=last_day,
    )
    reason = worded_joined(counted, W_(then, on=day))
    return InactivityCheck(outcome, last, day, met_on, "R-MEM-06", reason)
