"""Service standards of the showroom and order desk (D13 客户服务标准).

The rules a front desk, a cashier and an order clerk work by, as checks on what
was said or measured:

- :func:`check_reply` finds the **forbidden phrases** of D13 第十五章 in a reply,
  with their positions, and suggests an approved phrase (R-SVC-01);
- :func:`cash_announcement` gives the change and the words the cashier says,
  ``收您100元,找您12.50元`` (R-SVC-02);
- :func:`phone_check` and :func:`greeting_check` judge measured values against
  the phone rule (answer by the 2nd ring, apologise after the 5th; R-SLA-19)
  and the one-minute greeting (R-SLA-20);
- :func:`picking_deadline` and :func:`website_reply_due` give the deadlines of
  online orders (R-SLA-21);
- :func:`wholesale_return_decision`, :func:`franchise_return_allowance` and
  :func:`repair_intake` decide returns and repairs (D13 第十一章 and 第十章;
  R-SVC-03, R-SVC-04).

Every number and every phrase list is a field of :class:`ServicePolicy`, whose
defaults are the seed's.

Explanations for staff (``reason``, ``str()``, ``explain()``) follow the active language
(:mod:`custops.i18n`); what the customer hears or is handed is Chinese in every language:
``suggestion``/``suggested_text`` of a reply check, the cashier's ``words`` and
``uppercase_words``, a repair's ``tell_customer`` and ``receipt_fields``.

>>> check_reply("喂,干什么?").findings[0].suggestion
'您好,请把您的需求告知我'
>>> cash_announcement("100", "87.50").words
'收您100元,找您12.50元'
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from custops._validate import (
    field_converter,
    in_date_range,
    policy_or_default,
    require_aware,
    require_bool,
    require_date,
    require_fraction,
    require_int,
    require_str,
    require_type,
    type_name,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import Decision, Explained
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import N_, _
from custops.money import MAX_UPPERCASE, uppercase, yuan

__all__ = [
    "DEFAULT_APPROVED_PHRASES",
    "DEFAULT_FORBIDDEN_PHRASES",
    "CashAnnouncement",
    "ForbiddenPhrase",
    "FranchiseAllowance",
    "GreetingCheck",
    "GreetingOutcome",
    "NextDay",
    "PhoneCheck",
    "PhoneOutcome",
    "PhraseFinding",
    "PhraseKind",
    "PickingDeadline",
    "Problem",
    "RepairDecision",
    "RepairOutcome",
    "ReplyCheck",
    "ServicePolicy",
    "StoreReturnDecision",
    "StoreReturnOutcome",
    "cash_announcement",
    "check_reply",
    "franchise_return_allowance",
    "greeting_check",
    "phone_check",
    "picking_deadline",
    "repair_intake",
    "website_reply_due",
    "wholesale_return_decision",
]


# --- R-SVC-01: phrases ----------------------------------------------------------------------------


class PhraseKind(LabelledEnum):
    """What makes a phrase forbidden (D13 第十五章 服务忌语).

    >>> PhraseKind.parse("brusque").label
    '生硬用语'
    """

    CONTEMPTUOUS_ADDRESS = ("contemptuous_address", "蔑视性污辱性称谓", "蔑视性称谓")
    BRUSQUE = ("brusque", "生硬用语", "rude")


# Characters a speaker (or a typist) puts inside a phrase: spaces and half- or
# full-width punctuation.  They are ignored when phrases are looked for.
_SEPARATORS = re.compile(r"[\s,，、.。!！?？~～…;；:：\-－—–─·]+")


@attrs.frozen
class _Squeezed:
    """A text without separators, and how to find a kept character's place in the text."""

    text: str
    kept_at: list[int]  # for each run of separators: how many characters were kept before it
    removed: list[int]  # for each run: how many characters were removed up to its end

    @classmethod
    def of(cls, text: str) -> _Squeezed:
        kept_at: list[int] = []
        removed: list[int] = []
        gone = 0
        for m in _SEPARATORS.finditer(text):
            kept_at.append(m.start() - gone)
            gone += m.end() - m.start()
            removed.append(gone)
        return cls(_SEPARATORS.sub("", text) if kept_at else text, kept_at, removed)

    def where(self, k: int) -> int:
        """The position in the original text of the ``k``-th kept character."""
        i = bisect.bisect_right(self.kept_at, k)
        return k + (self.removed[i - 1] if i else 0)


@attrs.frozen
class ForbiddenPhrase:
    """A forbidden phrase (服务忌语), what kind it is and the approved phrase to say instead.

    Spaces and punctuation are ignored when the phrase is looked for, so ``"喂,干什么"``
    also matches ``"喂，干什么"``, ``"喂 干什么"`` and ``"喂干什么"``.  The search is a
    plain substring search (linear in the text and the phrase), however long the phrase.

    >>> ForbiddenPhrase("老头", PhraseKind.CONTEMPTUOUS_ADDRESS, "老伯").phrase
    '老头'
    """

    phrase: str = attrs.field(converter=field_converter(require_str))  # type: ignore[misc]
    kind: PhraseKind = attrs.field(
        converter=field_converter(lambda a, v: PhraseKind.parse(v, argument=a))  # type: ignore[misc]
    )
    suggestion: str = attrs.field(converter=field_converter(require_str))  # type: ignore[misc]
    _key: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        key = _Squeezed.of(self.phrase).text
        if not key:
            raise InvalidInput.for_argument("phrase", self.phrase, "must contain a word")
        object.__setattr__(self, "_key", key)

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` of each non-overlapping occurrence of the phrase in ``text``.

        >>> ForbiddenPhrase("喂,干什么", "brusque", "您好").spans("喂！干什么")
        ((0, 5),)
        """
        return self._find(_Squeezed.of(require_str("text", text, nonempty=False)))

    def _find(self, squeezed: _Squeezed) -> tuple[tuple[int, int], ...]:
        key, text, found = self._key, squeezed.text, []
        i = text.find(key)
        while i >= 0:
            found.append((squeezed.where(i), squeezed.where(i + len(key) - 1) + 1))
            i = text.find(key, i + len(key))
        return tuple(found)


#: The forbidden phrases of D13 第十五章 服务忌语 1–3 (R-SVC-01), each with an approved
#: phrase of the same chapter to say instead.  Item 1 lists 老头, 老太婆, 神经病 "等等":
#: a company adds its own with ``attrs.evolve(policy, forbidden=policy.forbidden + (...,))``.
DEFAULT_FORBIDDEN_PHRASES: tuple[ForbiddenPhrase, ...] = (
    ForbiddenPhrase("老太婆", PhraseKind.CONTEMPTUOUS_ADDRESS, "大妈"),
    ForbiddenPhrase("老头", PhraseKind.CONTEMPTUOUS_ADDRESS, "老伯"),
    ForbiddenPhrase("神经病", PhraseKind.CONTEMPTUOUS_ADDRESS, "我理解您的心情"),
    ForbiddenPhrase("喂,干什么", PhraseKind.BRUSQUE, "您好,请把您的需求告知我"),
    ForbiddenPhrase("叫什么,等一会儿", PhraseKind.BRUSQUE, "请不要焦急,请稍等"),
)

#: The approved phrases (文明用语) of D13 第十五章 1–31, as the seed writes them; item 1
#: (因人称呼) and item 3 are split into their single forms of address and requests.
DEFAULT_APPROVED_PHRASES: tuple[str, ...] = tuple(
    """
    老伯 大妈 同志 师傅 女士 小姐 小朋友 您好 请进 请坐 请讲 请问 请稍等 感谢
    对不起 请谅解 很报歉 没关系 不客气 请您排队等侯 请不要焦急 很兴奋能为您服务
    请您先看一下须知 您有什么愿望,请告知我
    对不起,请留意保持环境(室内)卫生(请您不要吸烟) 请把您的需求告知我
    我能为您供应什么关怀吗 我理解您的心情 我会尽量关怀您 请您按规定填写表格
    有不懂的地方您尽管问 很愧疚,让您久等了 不用谢 请放心 我们帮您办 请留下保贵看法
    您慢走 请走好,再见 为您服务是我应当做的! 您的需求就是我的职责
    """.split()  # noqa: SIM905 - the seed's list, kept readable
)


# --- policy ---------------------------------------------------------------------------------------


class NextDay(LabelledEnum):
    """What "the next day" (第二天) of R-SLA-21 means.

    >>> NextDay.parse("working day").label
    '下一个工作日'
    """

    CALENDAR_DAY = ("calendar_day", "次日", "第二天", "calendar")
    WORKING_DAY = ("working_day", "下一个工作日", "workday")


def _sequence(argument: str, value: Any, check: Any, what: str) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a sequence of {what}, not a {type_name(value)}"
        )
    return tuple(check(f"{argument}[{i}]", item) for i, item in enumerate(value))


def _phrases(argument: str, value: Any) -> tuple[ForbiddenPhrase, ...]:
    def check(name: str, item: Any) -> ForbiddenPhrase:
        return require_type(name, item, ForbiddenPhrase, "a ForbiddenPhrase")

    return _sequence(argument, value, check, "ForbiddenPhrase")


def _approved(argument: str, value: Any) -> tuple[str, ...]:
    return _sequence(argument, value, require_str, "str")


def _time(_instance: Any, attribute: Any, value: Any) -> None:
    require_type(attribute.name, value, _dt.time, "a datetime.time")
    if value.tzinfo is not None:
        raise InvalidInput.for_argument(
            attribute.name, value, "must be a local wall time (no tzinfo)"
        )


@attrs.frozen
class ServicePolicy:
    """The numbers and phrase lists of D13, with the seed's values as defaults.

    - ``forbidden``, ``approved``: the phrase lists of 第十五章 (R-SVC-01); a company
      extends them with :func:`attrs.evolve`.
    - ``answer_by_ring`` = 2, ``apologise_from_ring`` = 5 (第一章 1, R-SLA-19): counts of
      rings heard before the phone is picked up.
    - ``greet_within`` = 1 minute (第二章 1, R-SLA-20).
    - ``picking_close`` = 18:00 (下班, the end of the standard business day),
      ``picking_cutoff`` = 16:00 and ``large_order_items`` = 100: the seed says "same
      day before close, next day when the order arrives late or is too large to pick"
      (第九章 3, R-SLA-21) and gives no numbers; these two are this library's defaults.
      ``next_day`` chooses between the next calendar day (default: the showroom works
      every day) and the next working day of a calendar.
    - ``cash_separator``, ``announce_zero_change`` shape the cashier's words (R-SVC-02).
    - ``self_collected_quality_exception`` (default ``False``): whether quality problems
      of goods the customer collected are still exchanged (R-SVC-03).
    - ``repair_months_min`` = 1, ``repair_months_max`` = 6, ``accept_thai_silver`` =
      ``False`` (第十章 2–3, R-SVC-04).

    The wall times are read in the zone of the calendar passed with the policy
    (``calendar=``, default: the China calendar, Asia/Shanghai).

    A policy that contradicts itself raises :class:`~custops.errors.PolicyError`:

    >>> ServicePolicy(answer_by_ring=5, apologise_from_ring=3)
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: apologise_from_ring: must be after answer_by_ring=5 (got 3)
    """

    forbidden: tuple[ForbiddenPhrase, ...] = attrs.field(
        default=DEFAULT_FORBIDDEN_PHRASES,
        converter=field_converter(_phrases),  # type: ignore[misc]
    )
    approved: tuple[str, ...] = attrs.field(
        default=DEFAULT_APPROVED_PHRASES,
        converter=field_converter(_approved),  # type: ignore[misc]
    )
    answer_by_ring: int = attrs.field(default=2)
    apologise_from_ring: int = attrs.field(default=5)
    greet_within: _dt.timedelta = attrs.field(default=_dt.timedelta(minutes=1))
    picking_close: _dt.time = attrs.field(default=_dt.time(18, 0), validator=_time)
    picking_cutoff: _dt.time = attrs.field(default=_dt.time(16, 0), validator=_time)
    large_order_items: int = attrs.field(default=100)
    next_day: NextDay = attrs.field(
        default=NextDay.CALENDAR_DAY,
        converter=field_converter(lambda a, v: NextDay.parse(v, argument=a)),  # type: ignore[misc]
    )
    cash_separator: str = attrs.field(default=",")
    announce_zero_change: bool = attrs.field(default=True)
    self_collected_quality_exception: bool = attrs.field(default=False)
    repair_months_min: int = attrs.field(default=1)
    repair_months_max: int = attrs.field(default=6)
    accept_thai_silver: bool = attrs.field(default=False)

    def __attrs_post_init__(self) -> None:
        for name in ("answer_by_ring", "apologise_from_ring"):
            require_int(name, getattr(self, name), minimum=1)
        for name in ("large_order_items", "repair_months_min", "repair_months_max"):
            require_int(name, getattr(self, name), minimum=0)
        require_type("greet_within", self.greet_within, _dt.timedelta, "a timedelta")
        require_type("cash_separator", self.cash_separator, str, "a str")
        for name in ("announce_zero_change", "self_collected_quality_exception"):
            require_bool(name, getattr(self, name))
        require_bool("accept_thai_silver", self.accept_thai_silver)
        if self.apologise_from_ring <= self.answer_by_ring:
            raise PolicyError.for_argument(
                "apologise_from_ring",
                self.apologise_from_ring,
                f"must be after answer_by_ring={self.answer_by_ring}",
            )
        if self.greet_within <= _dt.timedelta(0):
            raise PolicyError.for_argument("greet_within", self.greet_within, "must be positive")
        if self.picking_cutoff > self.picking_close:
            raise PolicyError.for_argument(
                "picking_cutoff",
                self.picking_cutoff,
                f"must not be after picking_close={self.picking_close}",
            )
        if self.repair_months_min > self.repair_months_max:
            raise PolicyError.for_argument(
                "repair_months_min",
                self.repair_months_min,
                f"must not exceed repair_months_max={self.repair_months_max}",
            )
        seen: set[str] = set()
        for item in self.forbidden:
            if item.phrase in seen:
                raise PolicyError.for_argument("forbidden", item.phrase, "is listed twice")
            seen.add(item.phrase)
        for where, texts in (
            ("approved", self.approved),
            ("suggestion", tuple(f.suggestion for f in self.forbidden)),
        ):
            for text in texts:
                squeezed = _Squeezed.of(text).text
                for item in self.forbidden:
                    if item._key in squeezed:
                        raise PolicyError.for_argument(
                            where, text, f"contains the forbidden phrase {item.phrase!r}"
                        )


def _policy(policy: Any) -> ServicePolicy:
    return policy_or_default(policy, ServicePolicy)


# --- R-SVC-01: check_reply ------------------------------------------------------------------------


@attrs.frozen
class PhraseFinding:
    """One forbidden phrase found in a reply: where it is, what it is, what to say instead
    (``suggestion``, the policy's approved phrase: for the customer, Chinese in any language)."""

    start: int
    end: int
    text: str
    phrase: str
    kind: PhraseKind
    suggestion: str


@attrs.frozen
class ReplyCheck(Decision):
    """The result of :func:`check_reply`: ``allowed`` when no forbidden phrase was found.

    ``suggested_text`` is the reply with every finding replaced by its suggestion — text
    for the customer, so Chinese in every language; ``reason`` follows the active language.
    """

    findings: tuple[PhraseFinding, ...]
    suggested_text: str


def check_reply(text: str, *, policy: ServicePolicy | None = None) -> ReplyCheck:
    """Find the forbidden phrases (服务忌语) of D13 第十五章 in ``text`` (R-SVC-01).

    Each finding gives its span (``text[start:end]``), the listed phrase and an
    approved phrase to say instead.  Findings are sorted by position; where two
    listed phrases overlap, the earlier (then the longer) one is used for
    ``suggested_text``.  Linear in the length of ``text``.

    >>> check = check_reply("喂，干什么？叫你的老头来")
    >>> check.allowed
    False
    >>> [(f.start, f.end, f.text, f.suggestion) for f in check.findings]
    [(0, 5, '喂，干什么', '您好,请把您的需求告知我'), (9, 11, '老头', '老伯')]
    >>> check.suggested_text
    '您好,请把您的需求告知我？叫你的老伯来'
    >>> check.rule, bool(check_reply("您好,请稍等"))
    ('R-SVC-01', True)
    """
    require_str("text", text, nonempty=False)
    pol = _policy(policy)
    squeezed = _Squeezed.of(text)
    found = sorted(
        (
            PhraseFinding(start, end, text[start:end], item.phrase, item.kind, item.suggestion)
            for item in pol.forbidden
            for start, end in item._find(squeezed)
        ),
        key=lambda f: (f.start, -f.end, f.phrase),
    )
    pieces: list[str] = []
    position = 0
    for f in found:
        if f.start >= position:
            pieces.append(text[position : f.start])
            pieces.append(f.suggestion)
            position = f.end
    pieces.append(text[position:])
    if found:
        listed = tuple(dict.fromkeys(f.phrase for f in found))
        reason = _("forbidden phrases used: {phrases}", phrases=listed)
    else:
        reason = _("no forbidden phrase found")
    return ReplyCheck(not found, "R-SVC-01", reason, tuple(found), "".join(pieces))


# --- R-SVC-02: cash -------------------------------------------------------------------------------


@attrs.frozen
class CashAnnouncement(Explained):
    """What the cashier says on taking cash and giving change (唱收唱付, R-SVC-02).

    ``words`` uses figures as a cashier reads them; ``uppercase_words`` the 大写 amounts
    of a receipt.  Both are said to the customer, so they are Chinese in every language;
    ``reason`` follows the active language.
    """

    received: Decimal
    due: Decimal
    change: Decimal
    words: str
    uppercase_words: str
    rule: str
    reason: str


def _spoken(amount: Decimal) -> str:
    """An amount in figures as announced: whole yuan without decimals, else two decimals."""
    return str(amount.to_integral_value()) if amount == amount.to_integral_value() else str(amount)


def cash_announcement(
    received: Any, due: Any, *, policy: ServicePolicy | None = None
) -> CashAnnouncement:
    """The change and the words 收您××元,找您××元 for a cash payment (D13 第四章 7, R-SVC-02).

    Amounts are read by :func:`custops.money.yuan` with ``exact=True``: cash changes hands
    in whole fen, so a fraction of a fen is refused, as are floats.  In the
    words, a whole amount is said without decimals (``100元``) and any other amount
    with both decimals (``12.50元``).  A payment smaller than what is due is refused
    with :class:`~custops.errors.InvalidInput` naming the shortfall: there is no change
    to announce.  So is one above ``custops.money.MAX_UPPERCASE`` (the largest amount
    written in 大写).

    >>> a = cash_announcement("100", "87.5")
    >>> a.change, a.words
    (Decimal('12.50'), '收您100元,找您12.50元')
    >>> a.uppercase_words
    '收您壹佰元整,找您壹拾贰元伍角'
    >>> cash_announcement(50, 50).words
    '收您50元,找您0元'
    >>> cash_announcement(80, "87.50")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: received: is less than the amount due 87.50 (7.50 short) (got 80)
    """
    pol = _policy(policy)
    paid = yuan(received, argument="received", non_negative=True, exact=True)
    owed = yuan(due, argument="due", non_negative=True, exact=True)
    if paid < owed:
        raise InvalidInput.for_argument(
            "received", received, f"is less than the amount due {owed} ({owed - paid} short)"
        )
    if paid > MAX_UPPERCASE:
        raise InvalidInput.for_argument(
            "received", received, f"exceeds {MAX_UPPERCASE}, the largest amount said in 大写"
        )
    change = paid - owed
    # For the customer: Chinese in every language (not through ``_``).
    told = (("收您", paid), ("找您", change))[: 2 if change or pol.announce_zero_change else 1]
    said = pol.cash_separator.join(f"{verb}{_spoken(amount)}元" for verb, amount in told)
    upper = pol.cash_separator.join(f"{verb}{uppercase(amount)}" for verb, amount in told)
    reason = _(
        "{paid} received for {owed} due: {change} change", paid=paid, owed=owed, change=change
    )
    return CashAnnouncement(paid, owed, change, said, upper, "R-SVC-02", reason)


# --- R-SLA-19: phone ------------------------------------------------------------------------------


class PhoneOutcome(LabelledEnum):
    """How a phone call was answered (R-SLA-19).

    >>> PhoneOutcome.parse("late no apology").label
    '超时接听未致歉'
    """

    ON_TIME = ("on_time", "及时接听")
    LATE = ("late", "接听不及时")
    LATE_APOLOGISED = ("late_apologised", "超时接听已致歉")
    LATE_NO_APOLOGY = ("late_no_apology", "超时接听未致歉")


@attrs.frozen
class PhoneCheck(Decision):
    """The judgement of one answered call: ``allowed`` (compliant) unless answered late
    without the apology that was owed."""

    outcome: PhoneOutcome
    rings: int
    apology_required: bool


_PHONE_REASONS = {
    PhoneOutcome.ON_TIME: N_("answered after {rings} ring(s), within {limit}"),
    PhoneOutcome.LATE: N_("answered after {rings} rings; the standard is by ring {limit}"),
    PhoneOutcome.LATE_APOLOGISED: N_(
        "answered after {rings} rings and apologised first, as owed from ring {owed}"
    ),
    PhoneOutcome.LATE_NO_APOLOGY: N_(
        "answered after {rings} rings without the apology owed from ring {owed}"
    ),
}


def phone_check(
    rings: int, *, apologised: bool = False, policy: ServicePolicy | None = None
) -> PhoneCheck:
    """Judge a call answered after ``rings`` rings (D13 第一章 1, R-SLA-19).

    ``rings`` is the number of rings heard before the phone was picked up.  By the
    2nd ring is on time; from the 3rd it is late (a breach of the answer standard);
    from the 5th ring (铃响五声后) the clerk must apologise first (始终致人赔礼), so a
    late call is ``allowed`` (compliant) only when ``apologised``.  Both numbers are policy.

    >>> phone_check(2).outcome
    <PhoneOutcome.ON_TIME: 'on_time'>
    >>> c = phone_check(3)
    >>> c.outcome.label, c.allowed, c.apology_required
    ('接听不及时', False, False)
    >>> phone_check(5, apologised=True).outcome.name
    'LATE_APOLOGISED'
    >>> phone_check(6).reason
    '响铃 6 声后接听，未按要求先致歉（响铃 5 声起须致歉）'
    """
    pol = _policy(policy)
    count = require_int("rings", rings, minimum=0)
    sorry = require_bool("apologised", apologised)
    by, owed = pol.answer_by_ring, pol.apologise_from_ring
    if count <= by:
        outcome = PhoneOutcome.ON_TIME
    elif count < owed:
        outcome = PhoneOutcome.LATE
    else:
        outcome = PhoneOutcome.LATE_APOLOGISED if sorry else PhoneOutcome.LATE_NO_APOLOGY
    reason = _(_PHONE_REASONS[outcome], rings=count, limit=by, owed=owed)
    ok = outcome in (PhoneOutcome.ON_TIME, PhoneOutcome.LATE_APOLOGISED)
    return PhoneCheck(ok, "R-SLA-19", reason, outcome, count, count >= pol.apologise_from_ring)


# --- R-SLA-20: greeting ---------------------------------------------------------------------------


class GreetingOutcome(LabelledEnum):
    """Whether a visiting customer was greeted in time (R-SLA-20).

    >>> GreetingOutcome.parse("overdue").label
    '已超时未问候'
    """

    ON_TIME = ("on_time", "及时问候")
    LATE = ("late", "问候超时")
    PENDING = ("pending", "待问候")
    OVERDUE = ("overdue", "已超时未问候")


@attrs.frozen
class GreetingCheck(Decision):
    """The judgement of a greeting: ``due_at`` is the arrival plus the allowed wait."""

    outcome: GreetingOutcome
    due_at: _dt.datetime
    waited: _dt.timedelta


_GREETING_REASONS = {
    GreetingOutcome.ON_TIME: N_("greeted within {limit} s"),
    GreetingOutcome.LATE: N_("greeted after {waited} s; the standard is {limit} s"),
    GreetingOutcome.PENDING: N_("not yet greeted; due within {limit} s"),
    GreetingOutcome.OVERDUE: N_("not greeted after {waited} s; the standard is {limit} s"),
}


def _seconds(span: _dt.timedelta) -> str:
    """A duration in seconds as a reason says it: ``60``, ``60.5`` (never rounded away)."""
    return f"{span.total_seconds():.6f}".rstrip("0").rstrip(".")


def greeting_check(
    arrived_at: _dt.datetime,
    *,
    greeted_at: _dt.datetime | None = None,
    at: _dt.datetime | None = None,
    policy: ServicePolicy | None = None,
) -> GreetingCheck:
    """Judge the greeting of a visiting customer (D13 第二章 1, R-SLA-20).

    Someone must greet the customer within 1 minute of arrival (inclusive).  With
    ``greeted_at`` the greeting is ON_TIME or LATE (``at``, if given, must not be
    before it); without it, ``at`` (the moment asked about) is required and the
    customer is PENDING (still within the minute) or OVERDUE.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> t = datetime(2025, 3, 3, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> greeting_check(t, greeted_at=t.replace(second=59)).outcome.name
    'ON_TIME'
    >>> late = greeting_check(t, greeted_at=t.replace(minute=1, second=30))
    >>> late.outcome.label, late.allowed, str(late.waited)
    ('问候超时', False, '0:01:30')
    >>> greeting_check(t, at=t.replace(minute=2)).outcome.name
    'OVERDUE'
    """
    pol = _policy(policy)
    arrived = require_aware("arrived_at", arrived_at)
    with in_date_range("arrived_at", arrived_at):
        due = arrived + pol.greet_within
    limit = _seconds(pol.greet_within)
    current = None if at is None else require_aware("at", at)
    if greeted_at is not None:
        greeted = require_aware("greeted_at", greeted_at)
        if greeted < arrived:
            raise InvalidInput.for_argument(
                "greeted_at", greeted_at, f"is before arrived_at={arrived.isoformat()}"
            )
        if current is not None and current < greeted:
            raise InvalidInput.for_argument("at", at, f"is before greeted_at={greeted.isoformat()}")
        waited = greeted - arrived
        outcome = GreetingOutcome.ON_TIME if greeted <= due else GreetingOutcome.LATE
    elif current is None:
        raise InvalidInput.for_argument(
            "at", at, "is required when greeted_at is not given (has the customer been greeted?)"
        )
    elif current < arrived:
        raise InvalidInput.for_argument("at", at, f"is before arrived_at={arrived.isoformat()}")
    else:
        waited = current - arrived
        outcome = GreetingOutcome.PENDING if current <= due else GreetingOutcome.OVERDUE
    reason = _(_GREETING_REASONS[outcome], waited=_seconds(waited), limit=limit)
    ok = outcome in (GreetingOutcome.ON_TIME, GreetingOutcome.PENDING)
    return GreetingCheck(ok, "R-SLA-20", reason, outcome, due, waited)


# --- R-SLA-21: online orders ----------------------------------------------------------------------


@attrs.frozen
class PickingDeadline(Explained):
    """When an online order must be picked (配好), and why."""

    received_at: _dt.datetime
    due_at: _dt.datetime
    late: bool
    large: bool
    rule: str
    reason: str


def _next_day(day: _dt.date, pol: ServicePolicy, cal: WorkCalendar) -> _dt.date:
    if pol.next_day is NextDay.CALENDAR_DAY:
        return day + _dt.timedelta(days=1)
    return cal.next_workday(day)


def picking_deadline(
    received_at: _dt.datetime,
    *,
    items: int,
    policy: ServicePolicy | None = None,
    calendar: WorkCalendar | None = None,
) -> PickingDeadline:
    """When an online order received at ``received_at`` must be picked (D13 第九章 3, R-SLA-21).

    The goods are picked the same day before close (``picking_close``); an order that
    arrives late (at or after ``picking_cutoff``, local time) or is large (more than
    ``large_order_items`` items) is picked by the close of the next day.  With
    ``next_day=NextDay.WORKING_DAY`` the next day is the next working day of
    ``calendar`` (default: the China calendar), and an order received on a rest day
    counts as received at the opening of the next working day.  Wall times are read in
    the calendar's zone.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> sh = ZoneInfo("Asia/Shanghai")
    >>> d = picking_deadline(datetime(2025, 3, 7, 10, 30, tzinfo=sh), items=20)
    >>> d.due_at.isoformat(), d.reason
    ('2025-03-07T18:00:00+08:00', '当天下班前（18:00）配好')
    >>> picking_deadline(datetime(2025, 3, 7, 16, 5, tzinfo=sh), items=20).due_at.isoformat()
    '2025-03-08T18:00:00+08:00'
    >>> print(picking_deadline(datetime(2025, 3, 7, 9, 0, tzinfo=sh), items=101))
    结果（R-SLA-21）：大单（101 件，超过 100 件）；次日下班前配好
    """
    pol = _policy(policy)
    require_aware("received_at", received_at)
    count = require_int("items", items, minimum=1)
    cal = calendar_or_china(calendar)
    with in_date_range("received_at", received_at):
        return _picking(received_at.astimezone(cal.tz), count, pol, cal)


def _picking(
    received: _dt.datetime, count: int, pol: ServicePolicy, cal: WorkCalendar
) -> PickingDeadline:
    day = received.date()
    late = received.time().replace(tzinfo=None) >= pol.picking_cutoff
    why: list[str] = []  # the clauses of the reason, filled in from the same fields
    if pol.next_day is NextDay.WORKING_DAY and not cal.is_workday(day):
        day, late = cal.next_workday(day), False
        why.append(N_("received on a rest day, counted from {day}"))
    large = count > pol.large_order_items
    if late:
        why.append(N_("received at {time}, at or after the cut-off {cutoff}"))
    if large:
        why.append(N_("large order ({items} items, more than {limit})"))
    if late or large:
        why.append(N_("picked by the next day"))
    else:
        why.append(N_("picked the same day before close ({close})"))
    hhmm = "{:%H:%M}".format
    fields = {"day": day, "items": count, "limit": pol.large_order_items, "time": hhmm(received)}
    fields.update(cutoff=hhmm(pol.picking_cutoff), close=hhmm(pol.picking_close))
    reason = _("; ").join(_(clause, **fields) for clause in why)
    day = _next_day(day, pol, cal) if late or large else day
    due = _dt.datetime.combine(day, pol.picking_close, tzinfo=cal.tz)
    return PickingDeadline(received, due, late, large, "R-SLA-21", reason)


def website_reply_due(
    received_at: _dt.datetime,
    *,
    calendar: WorkCalendar | None = None,
    policy: ServicePolicy | None = None,
) -> _dt.datetime:
    """When a message or order on the website must be answered (D13 第九章 8, R-SLA-21).

    The seed says the back office is checked every day and answered the same day
    (当天回复): the reply is due at the end (24:00) of the day of receipt in the zone of
    ``calendar`` (default: the China calendar, Asia/Shanghai).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> sh = ZoneInfo("Asia/Shanghai")
    >>> website_reply_due(datetime(2025, 3, 7, 23, 10, tzinfo=sh)).isoformat()
    '2025-03-08T00:00:00+08:00'
    """
    _policy(policy)
    require_aware("received_at", received_at)
    zone = calendar_or_china(calendar).tz
    with in_date_range("received_at", received_at):
        day = received_at.astimezone(zone).date() + _dt.timedelta(days=1)
        return _dt.datetime.combine(day, _dt.time(0), tzinfo=zone)


# --- R-SVC-03: returns ----------------------------------------------------------------------------


class Problem(LabelledEnum):
    """Why a wholesale customer wants to return goods (D13 第十一章 1).

    >>> Problem.parse("other").label
    '其他原因'
    """

    MISMATCH = ("mismatch", "与所需产品有差异", "货不对版", "不符", "wrong_goods")
    QUALITY = ("quality", "质量问题", "质量", "defect")
    OTHER = ("other", "其他原因", "不想要", "change_of_mind")


class StoreReturnOutcome(LabelledEnum):
    """What happens to goods a customer wants to return.

    >>> StoreReturnOutcome.parse("inspect").label
    '视频查验'
    """

    EXCHANGE = ("exchange", "换货")
    REFUND = ("refund", "退货", "退款", "return")
    REFUSED = ("refused", "不予退换")
    INSPECT = ("inspect", "视频查验")


@attrs.frozen
class StoreReturnDecision(Explained):
    """A return decision: the outcome, the rule and a one-line reason."""

    outcome: StoreReturnOutcome
    rule: str
    reason: str


def wholesale_return_decision(
    problem: Problem | str,
    *,
    self_collected: bool,
    remote: bool,
    quality_confirmed: bool | None = None,
    in_stock: bool = True,
    policy: ServicePolicy | None = None,
) -> StoreReturnDecision:
    """Decide a wholesale customer's return (D13 第十一章 1, R-SVC-03).

    - goods the customer collected (自己提货) are not returned or exchanged — they were
      checked at the counter (第四章 2); ``self_collected_quality_exception`` lets
      quality problems through;
    - video and remote customers (视频客户与外地客户, ``remote``) exchange goods that
      differ from what they ordered; other customers do not;
    - a quality problem is first checked by video (``quality_confirmed=None`` →
      INSPECT); a confirmed defect is exchanged, or refunded when no replacement is
      in stock (``in_stock=False``); an unconfirmed one is refused;
    - any other reason is refused.

    >>> wholesale_return_decision("质量问题", self_collected=False, remote=True).outcome.label
    '视频查验'
    >>> d = wholesale_return_decision(
    ...     "quality", self_collected=False, remote=True, quality_confirmed=True, in_stock=False)
    >>> d.outcome.name, d.rule
    ('REFUND', 'R-SVC-03')
    >>> print(wholesale_return_decision("mismatch", self_collected=True, remote=True))
    不予退换（R-SVC-03）：客户自己提货的商品不予退换
    """
    pol = _policy(policy)
    kind = Problem.parse(problem, argument="problem")
    collected = require_bool("self_collected", self_collected)
    far = require_bool("remote", remote)
    if quality_confirmed is not None:
        require_bool("quality_confirmed", quality_confirmed)
    stock = require_bool("in_stock", in_stock)
    out = StoreReturnOutcome
    if collected and not (kind is Problem.QUALITY and pol.self_collected_quality_exception):
        outcome = out.REFUSED
        reason = _("goods the customer collected are not returned or exchanged")
    elif kind is Problem.MISMATCH and far:
        outcome = out.EXCHANGE
        reason = _("a video or remote customer received goods that differ from the order: exchange")
    elif kind is Problem.MISMATCH:
        outcome = out.REFUSED
        reason = _("only video and remote customers exchange goods that differ from the order")
    elif kind is Problem.QUALITY and quality_confirmed is None:
        outcome = out.INSPECT
        reason = _("a quality problem is checked by video before it is exchanged")
    elif kind is Problem.QUALITY and not quality_confirmed:
        outcome = out.REFUSED
        reason = _("the video check found no problem with the product")
    elif kind is Problem.QUALITY and stock:
        outcome, reason = out.EXCHANGE, _("confirmed quality problem: exchanged")
    elif kind is Problem.QUALITY:
        outcome = out.REFUND
        reason = _("confirmed quality problem and no replacement in stock: refunded")
    else:
        outcome = out.REFUSED
        reason = _("wholesale goods are exchanged only for a mismatch or a quality problem")
    return StoreReturnDecision(outcome, "R-SVC-03", reason)


@attrs.frozen
class FranchiseAllowance(Explained):
    """How much of a franchisee's return request the contract's ratio allows.

    ``allowance`` = purchases × ratio; ``remaining`` = allowance − already returned
    (never below zero); ``accepted`` + ``refused`` = ``requested``.
    """

    outcome: StoreReturnOutcome
    allowance: Decimal
    returned: Decimal
    remaining: Decimal
    requested: Decimal
    accepted: Decimal
    refused: Decimal
    rule: str
    reason: str


def franchise_return_allowance(
    *, purchased: Any, ratio: Any, requested: Any, returned: Any = 0
) -> FranchiseAllowance:
    """Apply a franchise contract's return ratio (加盟合同上的退换货比例; D13 第十一章 2, R-SVC-03).

    ``purchased`` is the value of goods bought in the contract's period, ``ratio`` the
    contract's return ratio (a fraction in [0, 1], e.g. ``"0.1"``), ``returned`` what
    was already returned in that period and ``requested`` the value to return now.
    The allowance is ``purchased × ratio`` rounded to the fen (half up); the request is
    accepted up to what remains of it.  The seed fixes no ratio: it is the contract's.

    >>> a = franchise_return_allowance(
    ...     purchased="20000", ratio="0.1", returned="1500", requested="800")
    >>> a.outcome.name, a.allowance, a.remaining, a.accepted, a.refused
    ('REFUND', Decimal('2000.00'), Decimal('500.00'), Decimal('500.00'), Decimal('300.00'))
    >>> a.reason
    '合同退换货比例 0.1 × 进货 20000.00 元 = 2000.00 元，尚余 500.00 元：申请 800.00 元，受理 500.00 元'
    """  # noqa: E501
    bought = yuan(purchased, argument="purchased", non_negative=True)
    share = require_fraction("ratio", ratio, low=0, high=1)
    asked = yuan(requested, argument="requested", non_negative=True)
    done = yuan(returned, argument="returned", non_negative=True)
    allowance = yuan(bought * share, argument="allowance")
    remaining = max(allowance - done, Decimal("0.00"))
    accepted = min(asked, remaining)
    refused = asked - accepted
    head = N_("contract return ratio {ratio} of {purchased} = {allowance}; {remaining} remains")
    head = _(head, ratio=share, purchased=bought, allowance=allowance, remaining=remaining)
    outcome = StoreReturnOutcome.REFUSED if refused and not accepted else StoreReturnOutcome.REFUND
    if refused == 0:
        said = N_("{head}: all {requested} accepted")
    elif accepted > 0:
        said = N_("{head}: {accepted} of {requested} accepted")
    else:
        said = N_("{head}: the contract's return allowance is used up")
    reason = _(said, head=head, accepted=accepted, requested=asked)
    return FranchiseAllowance(
        outcome, allowance, done, remaining, asked, accepted, refused, "R-SVC-03", reason
    )


# --- R-SVC-04: repairs ----------------------------------------------------------------------------


class RepairOutcome(LabelledEnum):
    """Where a piece of jewellery brought for repair goes (D13 第十章).

    >>> RepairOutcome.parse("refused").label
    '不予受理'
    """

    IN_HOUSE = ("in_house", "自行修理")
    SENT_ABROAD = ("sent_abroad", "送外修理", "abroad", "送印度修理")
    REFUSED = ("refused", "不予受理")


@attrs.frozen
class RepairDecision(Explained):
    """A repair intake: the outcome, the window the customer is told (``earliest_ready_on``
    – ``latest_ready_on``, for repairs sent abroad), what the customer is told
    (``tell_customer``) and what the receipt records (``receipt_fields``) — both for the
    customer, so Chinese in every language — and the staff's ``reason`` (active language)."""

    outcome: RepairOutcome
    received_on: _dt.date
    earliest_ready_on: _dt.date | None
    latest_ready_on: _dt.date | None
    tell_customer: tuple[str, ...]
    receipt_fields: tuple[str, ...]
    rule: str
    reason: str


_RECEIPT_FIELDS = ("日期", "商品编码", "需修理部位", "客户姓名", "照片")


def repair_intake(
    received_on: _dt.date,
    *,
    repairable_in_house: bool,
    thai_silver: bool = False,
    policy: ServicePolicy | None = None,
) -> RepairDecision:
    """Take in a piece of jewellery for repair (D13 第十章, R-SVC-04).

    Thai silver (泰银) is not accepted.  What the shop can mend itself (a fallen stone)
    it mends; anything else (severe damage, a cracked stone, broken silver) is sent
    abroad, and the customer is told it takes 1–6 months and may not come back exactly
    as it was.  The window is counted in calendar months from ``received_on``
    (``dateutil.relativedelta``; the 31st becomes the month's last day).  The receipt
    records the date, the item code, the part to repair, the customer's name and a photo.

    >>> from datetime import date
    >>> d = repair_intake(date(2025, 1, 31), repairable_in_house=False)
    >>> d.outcome.label, d.earliest_ready_on, d.latest_ready_on
    ('送外修理', datetime.date(2025, 2, 28), datetime.date(2025, 7, 31))
    >>> d.tell_customer
    ('维修需时1–6个月', '修复后可能与原样不完全一致')
    >>> print(d)
    送外修理（R-SVC-04）：无法自行修理，送外修理，需时 1–6 个月
    >>> thai = repair_intake(date(2025, 1, 31), repairable_in_house=True, thai_silver=True)
    >>> thai.reason, thai.tell_customer
    ('泰银饰品不予受理维修', ('泰银饰品不在受理范围',))
    """
    pol = _policy(policy)
    day = require_date("received_on", received_on)
    in_house = require_bool("repairable_in_house", repairable_in_house)
    thai = require_bool("thai_silver", thai_silver)
    rule, outcome = "R-SVC-04", RepairOutcome
    if thai and not pol.accept_thai_silver:
        reason = _("Thai silver jewellery is not accepted for repair")
        sorry = ("泰银饰品不在受理范围",)  # for the customer: Chinese in every language
        return RepairDecision(outcome.REFUSED, day, None, None, sorry, (), rule, reason)
    if in_house:
        reason = _("repairable in house (e.g. a fallen stone): mended by the shop")
        return RepairDecision(outcome.IN_HOUSE, day, None, None, (), _RECEIPT_FIELDS, rule, reason)
    low, high = pol.repair_months_min, pol.repair_months_max
    with in_date_range("received_on", received_on):
        window = (day + relativedelta(months=low), day + relativedelta(months=high))
    said = N_("not repairable in house: sent abroad, ready in {low}–{high} months")
    told = (f"维修需时{low}–{high}个月", "修复后可能与原样不完全一致")
    reason = _(said, low=low, high=high)
    return RepairDecision(outcome.SENT_ABROAD, day, *window, told, _RECEIPT_FIELDS, rule, reason)
