"""Holders and cards (R-VIP-02, R-VIP-07, R-VIP-09, R-VIP-10, R-VIP-11, R-VIP-12)."""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import Literal, overload

import attrs

from custops._dates import add_months
from custops._text import examples, month_text
from custops._validate import (
    DATE,
    ID,
    OPTIONAL_DATE,
    OPTIONAL_ID,
    QUOTED,
    fitted_call,
    in_date_range,
    policy_or_default,
    require_bool,
    require_date,
    require_id,
    require_type,
    type_validator,
    within,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import W_, Decision, Fact, worded_reason
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
from custops.i18n import N_, _
from custops.periods import Deadline, due_in_month
from custops.vip.policy import Feb29Rule, VipPolicy
from custops.vip.qualification import Qualification, qualify

__all__ = ["Card", "CardCheck", "CardStatus", "Holder", "is_birthday", "registration_report_due"]


class CardStatus(LabelledEnum):
    """What the card presented at the till is worth today (R-VIP-09, R-VIP-10)."""

    NONE = ("none", "未出示会员卡", "no card")
    VALID = ("valid", "有效")
    NOT_YET_VALID = ("not_yet_valid", "未生效", "not yet valid")
    EXPIRED = ("expired", "已过期", "void", "失效")
    NOT_HOLDER = ("not_holder", "非持卡人本人", "not holder", "someone else's card", "他人卡")


@attrs.frozen
class Holder:
    """A card holder: a customer id (checked at the till, R-VIP-09), a name, a birthday
    (R-VIP-07); id and name trimmed (a scanner's newline), a control character inside refused,
    and a rule ID in the name refused as in every ``name`` (``Line.name``): the text a reason
    or a message quotes holds none (:func:`~custops._validate.require_label`).

    >>> from datetime import date
    >>> Holder(" C001\\n", "王芳 ", born_on=date(1992, 2, 29))
    Holder(customer_id='C001', name='王芳', born_on=datetime.date(1992, 2, 29))
    """

    customer_id: str = attrs.field(converter=ID)
    name: str = attrs.field(converter=QUOTED)
    born_on: _dt.date | None = attrs.field(default=None, kw_only=True, converter=OPTIONAL_DATE)


@fitted_call
def is_birthday(born_on: _dt.date, *, on: _dt.date, policy: VipPolicy | None = None) -> Fact:
    """Whether ``on`` is the birthday of someone born on ``born_on`` (R-VIP-07): a
    :class:`~custops.decisions.Fact`; a 29 February birthday is honoured on 28 February
    in common years (or ``feb29``'s day); a day before ``born_on`` is no birthday (a "no",
    not an error: a till goes on selling on a mistyped birth date).

    >>> from datetime import date
    >>> leap = is_birthday(date(1992, 2, 29), on=date(2025, 2, 28))
    >>> bool(leap), leap.rule, leap.reason
    (True, 'R-VIP-07', '生于 1992-02-29；2025 年无2月29日，于 2025-02-28 享受生日优惠')
    """
    require_date("born_on", born_on)
    require_date("on", on)
    rules = policy_or_default(policy, VipPolicy)
    said = {"born": born_on, "on": on, "year": on.year}
    if on < born_on:
        return Fact(False, "R-VIP-07", W_(_NOT_BORN, **said))
    if (born_on.month, born_on.day) == (on.month, on.day):
        return Fact(True, "R-VIP-07", W_(_BIRTHDAY, **said))
    if (born_on.month, born_on.day) != (2, 29) or calendar.isleap(on.year):
        return Fact(False, "R-VIP-07", W_(_NOT_BIRTHDAY, **said))
    honoured = (
        _dt.date(on.year, 2, 28) if rules.feb29 is Feb29Rule.FEB_28 else _dt.date(on.year, 3, 1)
    )
    if on == honoured:
        return Fact(True, "R-VIP-07", W_(_FEB_29, **said))
    return Fact(False, "R-VIP-07", W_(_FEB_29_ELSEWHERE, **said, honoured=honoured))


# Why a day is the birthday or not (R-VIP-07).
_NOT_BORN = N_("born on {born}, after {on}: no birthday yet")
_BIRTHDAY = N_("born on {born}: {on} is the birthday")
_NOT_BIRTHDAY = N_("born on {born}: {on} is not the birthday")
_FEB_29 = N_("born on {born}; {year} has no 29 February: the birthday is honoured on {on}")
_FEB_29_ELSEWHERE = N_(
    "born on {born}; {year} has no 29 February: the birthday is honoured on {honoured}"
)


@attrs.frozen
class Card:
    """A VIP card: number, holder, and the days it is valid (``issued_on`` through
    ``last_valid_on``, inclusive).  Build a new card with :meth:`issue` (R-VIP-10); a card
    replacing a lost one records the number it ``replaces`` (R-VIP-12), never its own.

    >>> from datetime import date
    >>> card = Card.issue("VIP-7", Holder("C7", "李雷"), on=date(2024, 2, 29))
    >>> card.last_valid_on                     # no 29 Feb in 2026: the month's last day
    datetime.date(2026, 2, 28)
    >>> check = card.check("C2", on=date(2024, 5, 1))
    >>> bool(check), check.card_status.label, check.rule
    (False, '非持卡人本人', 'R-VIP-09')
    >>> card.replace("VIP-7B", on=date(2024, 8, 1)).replaces           # lost: same last valid day
    'VIP-7'
    >>> card.renew("VIP-8", on=date(2026, 2, 28)).last_valid_on        # expired: two more years
    datetime.date(2028, 2, 28)
    """

    number: str = attrs.field(converter=ID)
    holder: Holder = attrs.field(validator=type_validator(Holder))
    issued_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    last_valid_on: _dt.date = attrs.field(kw_only=True, converter=DATE)
    replaces: str | None = attrs.field(default=None, kw_only=True, converter=OPTIONAL_ID)

    def __attrs_post_init__(self) -> None:
        if self.replaces == self.number:  # R-VIP-12: a replacement has a number of its own
            problem = "is the card's own number; a card never replaces itself (R-VIP-12)"
            raise InvalidInput.for_argument("replaces", self.replaces, problem)
        last, problem = self.last_valid_on, f"must not be before issued_on {self.issued_on}"
        within("last_valid_on", last, last, low=self.issued_on, problem=problem)
        born = self.holder.born_on  # R-VIP-07: no birthday rate on a mistyped birth date
        if born is not None:
            problem = (
                f"born on {born.isoformat()}, after the issue day {self.issued_on.isoformat()}; "
                "check the birth date (R-VIP-07)"
            )
            within("holder", self.holder, born, high=self.issued_on, problem=problem)

    @classmethod
    @fitted_call
    def issue(
        cls,
        number: str,
        holder: Holder,
        *,
        on: _dt.date,
        policy: VipPolicy | None = None,
        qualification: Qualification | None = None,
    ) -> Card:
        """Issue a card on ``on``, valid for ``card_validity_months`` (two years: R-VIP-10) to
        the corresponding day or the month's last day (Civil Code art. 202).  Raises
        :class:`~custops.errors.Refused` when ``qualification`` does not qualify (R-VIP-01,
        R-VIP-02), :class:`~custops.errors.InvalidInput` naming ``qualification`` for one
        answered for a day after ``on`` (an earlier one stands) or one whose ``counted``
        purchases do not qualify under this ``policy`` (answered under another policy's
        thresholds, as :func:`~custops.vip.quote` refuses a policy other than the ledger's),
        and naming ``holder`` for a holder born after ``on`` (R-VIP-07: a mistyped birth date
        would give the 6折 birthday rate)."""
        require_date("on", on)
        require_type("holder", holder, Holder, "a Holder")
        rules = policy_or_default(policy, VipPolicy)
        months = rules.card_validity_months
        if qualification is not None:
            require_type("qualification", qualification, Qualification, "a Qualification")
            # R-VIP-02: the customer must have qualified by the issue day; an answer for a
            # later day rests on purchases the customer had not made yet.  An earlier answer
            # stands: R-VIP-01 sets a window on the purchases a qualification counts, not on
            # how long having qualified lasts (凡…满…者 names whoever once met it).
            asked = qualification.on
            problem = f"was answered for {asked.isoformat()}, after the issue day {on.isoformat()}"
            within("qualification", qualification, asked, high=on, problem=problem)
            qualification.require()
            # R-VIP-01 under the card's own policy: the purchases that qualified the customer
            # must qualify here too (a qualification does not keep the policy it was
            # answered under; one answered under lower thresholds is refused)
            again = qualify(qualification.counted, on=asked, policy=rules)
            if not again.allowed:
                problem = (
                    "its purchases do not qualify under the card's policy (one purchase of "
                    f"{rules.single_purchase_threshold} or {rules.cumulative_threshold} in "
                    f"{rules.window_months} months): it was answered under another policy; "
                    "ask qualify() with the card's policy (R-VIP-01)"
                )
                raise InvalidInput.for_argument("qualification", qualification, problem)
        last_valid_on = add_months(on, months, argument="on")
        return cls(number, holder, issued_on=on, last_valid_on=last_valid_on)

    @fitted_call
    def check(self, presented_by: Holder | str | None = None, *, on: _dt.date) -> CardCheck:
        """Whether the card gives VIP benefits on ``on`` to whoever presents it: not to
        someone else (R-VIP-09), not outside its validity (R-VIP-10).  ``presented_by`` (the
        subject) is a :class:`Holder` or a customer id; ``None`` takes the card at face
        value."""
        require_date("on", on)
        who = presenter_id(presented_by, "presented_by")
        if who is not None and who != self.holder.customer_id:
            status, rule = CardStatus.NOT_HOLDER, "R-VIP-09"
        elif on < self.issued_on:
            status, rule = CardStatus.NOT_YET_VALID, "R-VIP-10"
        elif on > self.last_valid_on:
            status, rule = CardStatus.EXPIRED, "R-VIP-10"
        else:
            status, rule = CardStatus.VALID, "R-VIP-10"
        allowed = status is CardStatus.VALID
        return CardCheck(allowed, rule, status, card=self, presented_by_id=who, on=on)

    @fitted_call
    def renew(self, number: str, *, on: _dt.date, policy: VipPolicy | None = None) -> Card:
        """A new card for the same holder from this one's last valid day on (R-VIP-10), with
        a new, **empty** ledger (``Ledger(new_card)``): old points are not carried over."""
        if require_date("on", on) < self.last_valid_on:  # the day first, whatever the number
            problem = (
                f"card {self.number} is valid until {self.last_valid_on.isoformat()}; renewal "
                "is at expiry (R-VIP-10); for a lost or damaged card use replace()"
            )
            raise InvalidInput.for_argument("on", on, problem)
        number = self._new_number(number, "a renewed card needs a new number")
        return Card.issue(number, self.holder, on=on, policy=policy)

    @fitted_call
    def replace(self, number: str, *, on: _dt.date) -> Card:
        """The card that replaces this one when it is lost or damaged (R-VIP-12): same
        holder, same last valid day; move the points with :meth:`Ledger.move_to`."""
        require_date("on", on)
        number = self._new_number(number, "a replacement card needs a new number")
        problem = f"is before card {self.number} was issued on {self.issued_on.isoformat()}"
        within("on", on, on, low=self.issued_on, problem=problem)
        problem = (
            f"card {self.number} is valid {self.issued_on.isoformat()} … "
            f"{self.last_valid_on.isoformat()}; an expired card is renewed, not replaced"
        )
        within("on", on, on, high=self.last_valid_on, problem=problem)
        last = self.last_valid_on
        return Card(number, self.holder, issued_on=on, last_valid_on=last, replaces=self.number)

    def _new_number(self, given: str, problem: str) -> str:
        """The number ``given`` (an id) for a card following this one: not this card's, nor
        that of the card it replaced (reported lost)."""
        number = require_id("number", given)
        if number == self.replaces:
            problem += f"; {number} is the card this one replaced (R-VIP-12)"
        if number in (self.number, self.replaces):
            raise InvalidInput.for_argument("number", given, problem)
        return number

    def amend(self, holder: Holder) -> Card:
        """This card with its holder's registration data corrected (R-VIP-02: the name or
        the birth date of the 《门店vip资料登记表》 as the customer gives it again): the same
        number, days of validity and customer.  ``holder`` must be the same customer
        (``customer_id``): a card is for its holder only (R-VIP-09), so another customer's
        data is refused naming ``holder``, and so is a birth date after the issue day
        (R-VIP-07).  Record the correction on the card's ledger with
        :meth:`Ledger.amend <custops.vip.Ledger.amend>`.

        >>> from datetime import date
        >>> card = Card.issue("VIP-3", Holder("C3", "李雷"), on=date(2024, 1, 1))
        >>> card.amend(Holder("C3", "李蕾", born_on=date(1990, 5, 4))).holder.born_on
        datetime.date(1990, 5, 4)
        """
        require_type("holder", holder, Holder, "a Holder")
        mine = self.holder.customer_id
        if holder.customer_id != mine:
            problem = (
                f"is customer {holder.customer_id}, and card {self.number} is for customer "
                f"{mine} only (R-VIP-09); amend() corrects the holder's own registration "
                "data (R-VIP-02)"
            )
            raise InvalidInput.for_argument("holder", holder, problem)
        return attrs.evolve(self, holder=holder)

    def transfer_to(self, holder: Holder) -> Card:
        """Always refused: a card is for its holder only and is not transferable (R-VIP-09);
        the holder's own data are corrected with :meth:`amend` (R-VIP-02)."""
        require_type("holder", holder, Holder, "a Holder")
        owner = f"{self.holder.name} ({self.holder.customer_id})"
        if holder.customer_id == self.holder.customer_id:
            problem = (
                f"is the holder of card {self.number}, customer {holder.customer_id}: a card "
                "is not transferred (R-VIP-09), least of all to its own holder; correct the "
                "holder's name or birth date with amend() (R-VIP-02)"
            )
        else:
            problem = f"card {self.number} is for {owner} only and cannot be transferred (R-VIP-09)"
        raise InvalidInput.for_argument("holder", holder, problem)


def _check_reason(check: CardCheck) -> str:
    """Why ``check``'s card gives benefits or not, in the active language (R-VIP-03,
    R-VIP-09, R-VIP-10)."""
    card = check.card
    if card is None:
        return _(_WHY[CardStatus.NONE])
    said = {
        "card": card.number,
        "holder": card.holder.customer_id,
        "presenter": check.presented_by_id,
    }
    return _(_WHY[check.card_status], **said, start=card.issued_on, end=card.last_valid_on)


@worded_reason(_check_reason)
@attrs.frozen
class CardCheck(Decision):
    """Whether a presented card gives VIP benefits on a day (R-VIP-09, R-VIP-10): a
    :class:`~custops.decisions.Decision` with the card's ``card_status``.

    A check keeps facts, not sentences: the ``card`` presented (``None``: no card,
    R-VIP-03), ``presented_by_id`` the customer id of whoever presented it (``None``: taken
    at face value) and the day ``on``; its ``reason`` is worded from them when read, in the
    language active then, so a check made in Chinese reads in English and equals the same
    check made in English.

    >>> from datetime import date
    >>> from custops.i18n import language
    >>> card = Card.issue("VIP-7", Holder("C7", "李雷"), on=date(2024, 2, 29))
    >>> check = card.check("C2", on=date(2024, 5, 1))
    >>> check.reason
    '会员卡 VIP-7 属于顾客 C7，出示人为 C2：会员卡仅限持卡人本人使用'
    >>> with language("en_US"):
    ...     check.reason, check == card.check("C2", on=date(2024, 5, 1))
    ('card VIP-7 belongs to customer C7, presented by C2: a card is for its holder only', True)
    """

    card_status: CardStatus
    card: Card | None = attrs.field(kw_only=True)
    presented_by_id: str | None = attrs.field(kw_only=True)
    on: _dt.date = attrs.field(kw_only=True)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


# Why a card gives benefits or not, by status (R-VIP-03, R-VIP-09, R-VIP-10).
_WHY = {
    CardStatus.NONE: N_("no VIP card presented"),
    CardStatus.NOT_HOLDER: N_(
        "card {card} belongs to customer {holder}, presented by {presenter}: a card is for its "
        "holder only"
    ),
    CardStatus.NOT_YET_VALID: N_("card {card} is valid from {start}"),
    CardStatus.EXPIRED: N_(
        "card {card} expired after {end}; the old card is void, apply for a new one"
    ),
    CardStatus.VALID: N_("card {card} valid until {end}"),
}


def no_card(*, on: _dt.date) -> CardCheck:
    """The check when no card is presented on ``on``: no VIP benefit (R-VIP-03)."""
    status = CardStatus.NONE
    return CardCheck(False, "R-VIP-03", status, card=None, presented_by_id=None, on=on)


def same_card(card: Card, other: Card) -> bool:
    """Whether ``card`` and ``other`` are one card, whatever its holder's registration data
    say (R-VIP-02 corrects them on the same card, :meth:`Card.amend`): the same number for
    the same customer (R-VIP-09).  The ledger of one is the ledger of the other."""
    return (card.number, card.holder.customer_id) == (other.number, other.holder.customer_id)


def presenter_id(presented_by: Holder | str | None, argument: str) -> str | None:
    """The customer id of whoever presents a card, or ``None``."""
    if presented_by is None:
        return None
    what = "a Holder or a customer id"
    who: Holder | str = require_type(argument, presented_by, (Holder, str), what)
    return who.customer_id if isinstance(who, Holder) else require_id(argument, who)


@overload
def registration_report_due(
    *,
    on: _dt.date,
    calendar: WorkCalendar | None = ...,
    explain: Literal[False] = ...,
    policy: VipPolicy | None = ...,
) -> _dt.date: ...
@overload
def registration_report_due(
    *,
    on: _dt.date,
    calendar: WorkCalendar | None = ...,
    explain: Literal[True],
    policy: VipPolicy | None = ...,
) -> Deadline: ...
@overload
def registration_report_due(
    *,
    on: _dt.date,
    calendar: WorkCalendar | None = ...,
    explain: bool,
    policy: VipPolicy | None = ...,
) -> _dt.date | Deadline: ...
@fitted_call
def registration_report_due(
    *,
    on: _dt.date,
    calendar: WorkCalendar | None = None,
    explain: bool = False,
    policy: VipPolicy | None = None,
) -> _dt.date | Deadline:
    """The day the registration forms of the month holding ``on`` (any day of it) must be
    mailed (R-VIP-11, R-SLA-16: 《门店vip资料登记表》每月汇总一次, 于次月2日寄回营运部):
    the 2nd of the next month, read by :func:`custops.periods.due_in_month` as every
    "次月N日" is, so a 2nd that is a rest day of ``calendar`` (default: China) moves to the
    next working day (Civil Code art. 203 ¶1, the catalogue's default for every seed period,
    docs/rules.md R-PER-01).  ``explain=True`` returns the
    :class:`~custops.periods.Deadline` whose rule is R-VIP-11 (``period`` is ``None``: a day
    of a month is not a length).

    >>> from datetime import date
    >>> registration_report_due(on=date(2024, 2, 17))
    datetime.date(2024, 3, 4)
    >>> print(registration_report_due(on=date(2025, 9, 15), explain=True))
    期限（R-VIP-11）：2025-09 的会员资料登记表须于次月 2 日寄回营运部：最迟 2025-10-09（含当日）
    """
    day = policy_or_default(policy, VipPolicy).report_day
    first = require_date("on", on).replace(day=1)
    cal = calendar_or_china(calendar)
    explain = require_bool("explain", explain)
    # counted from on itself, so that a refusal shows the day given (not the 1st of its month)
    add_months(on, 1, argument="on")
    text = f"次月{day}日"  # the seed's words (D7), read as periods reads them
    shown = examples(f"day {day} of the next month", text)
    with in_date_range("on", on, counting=f"{shown} cannot be counted from it"):
        counted = due_in_month(on, text, calendar=cal, explain=explain)
    if not isinstance(counted, Deadline):
        return counted
    reason = W_(
        "the registration forms of {month} are mailed to operations on day {day} of the next "
        "month: on or before {due}",
        month=month_text(first),
        day=day,
        due=counted.ends_on,
    )
    rule = "R-VIP-11"
    step = W_(
        "{rule}: a store's registration forms are collected once a month and mailed back to "
        "operations on day {day} of the next month",
        rule=rule,
        day=day,
    )
    return attrs.evolve(counted, rule=rule, reason=reason, reasoning=(step, *counted.said_steps))
