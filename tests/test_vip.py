"""Tests of custops.vip: D7 (R-VIP-01 … R-VIP-12) with the seed's numbers, and properties."""

from __future__ import annotations

import contextlib
import inspect
import pickle
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops import serial
from custops._enums import fold
from custops._validate import RULE_ID_IN_TEXT, shown_value
from custops.calendars import WorkCalendar, china
from custops.decisions import Decision
from custops.errors import (
    CustopsError,
    IllegalTransition,
    InsufficientPoints,
    InvalidInput,
    InvalidType,
    PolicyError,
    Refused,
)
from custops.i18n import language, stray_words
from custops.money import from_fen, to_fen, yuan
from custops.periods import Deadline, due_in_month
from custops.testing import amounts, cards, dates, ledgers, lines, purchases, vip_policies
from custops.vip import (
    Benefit,
    Card,
    CardCheck,
    CardStatus,
    EntryKind,
    Feb29Rule,
    Holder,
    Ledger,
    Line,
    Purchase,
    QualificationWindow,
    QualifyBasis,
    RemainderRule,
    Reversal,
    ReversalOutcome,
    ShortfallRule,
    StackingRule,
    TierBasis,
    VipPolicy,
    is_birthday,
    qualification_window,
    qualify,
    quote,
    registration_report_due,
)
from custops.vip.ledger import _holds_cash, _is_cash

D = Decimal
WANG = Holder("C001", "王芳", born_on=date(1990, 6, 1))
LI = Holder("C002", "李雷", born_on=date(1992, 2, 29))
ISSUED = date(2024, 3, 15)
CARD = Card.issue("VIP-0001", WANG, on=ISSUED)


def ledger_with(points: int, *, card: Card = CARD, policy: VipPolicy | None = None) -> Ledger:
    """A ledger holding exactly ``points`` points and no carry."""
    led = Ledger(card, policy=policy or VipPolicy())
    return led.earn(card.issued_on, yuan(points * 100), "opening") if points else led


# --- policy -------------------------------------------------------------------------------------


def test_policy_defaults_are_the_seed_numbers() -> None:
    """R-VIP-01, R-VIP-03, R-VIP-05, R-VIP-06, R-VIP-07, R-VIP-10, R-VIP-11 defaults."""
    p = VipPolicy()
    assert (p.single_purchase_threshold, p.cumulative_threshold, p.window_months) == (
        D(1000),
        D(2000),
        6,
    )
    assert (p.base_rate, p.tier_threshold_points, p.tier_rate, p.birthday_rate) == (
        D("0.90"),
        30,
        D("0.85"),
        D("0.60"),
    )
    assert p.birthday_requires_id is True
    assert p.feb29 is Feb29Rule.FEB_28
    assert (p.yuan_per_point, p.fen_per_point, p.remainder) == (D(100), 10000, RemainderRule.CARRY)
    assert p.stacking is StackingRule.BEST_FOR_CUSTOMER
    assert p.tier_basis is TierBasis.CURRENT_BALANCE
    assert (p.card_validity_months, p.points_validity_months, p.report_day) == (24, None, 2)
    assert p.shortfall_rule is ShortfallRule.DEBT


def test_policy_accepts_str_rates_and_labels() -> None:
    p = VipPolicy(base_rate="0.95", tier_rate=D("0.9"), remainder="每次舍去", tier_basis="lifetime")
    assert p.base_rate == D("0.95")
    assert p.remainder is RemainderRule.TRUNCATE
    assert p.tier_basis is TierBasis.LIFETIME_EARNED


@pytest.mark.parametrize(
    ("changes", "argument"),
    [
        ({"base_rate": "0"}, "base_rate"),
        ({"base_rate": "1.01"}, "base_rate"),
        ({"birthday_rate": "-0.6"}, "birthday_rate"),
        ({"tier_rate": "0.95"}, "tier_rate"),  # worse than the base rate it replaces
        ({"single_purchase_threshold": -1}, "single_purchase_threshold"),
        ({"single_purchase_threshold": 0}, "single_purchase_threshold"),
        ({"cumulative_threshold": "-2000"}, "cumulative_threshold"),
        ({"yuan_per_point": 0}, "yuan_per_point"),
        ({"yuan_per_point": "0.001"}, "yuan_per_point"),
        ({"window_months": 0}, "window_months"),
        ({"tier_threshold_points": -1}, "tier_threshold_points"),
        ({"report_day": 31}, "report_day"),
    ],
)
def test_self_contradicting_policy_raises_PolicyError(
    changes: dict[str, Any], argument: str
) -> None:
    with pytest.raises(PolicyError) as info:
        VipPolicy(**changes)
    assert info.value.argument == argument
    assert argument in str(info.value)


def test_policy_refuses_float_rate_and_unknown_label() -> None:
    with pytest.raises(InvalidType, match=r"base_rate: .*float.*floats are inexact"):
        VipPolicy(base_rate=0.9)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="'whatever'"):
        VipPolicy(stacking="whatever")
    with pytest.raises(PolicyError, match="base_rate: is not a number"):
        VipPolicy(base_rate="九折")


def test_policy_options_are_keyword_only() -> None:
    """Every option of a policy is named (CONTRIBUTING item 2): ``VipPolicy(D("1000"))``
    would silently set whichever field comes first."""
    with pytest.raises(TypeError):
        VipPolicy(D("1000"))  # type: ignore[call-arg]
    assert VipPolicy(base_rate="0.95") == attrs.evolve(VipPolicy(), base_rate=D("0.95"))


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("生日折扣", Benefit.BIRTHDAY),
        ("points_tier", Benefit.POINTS_TIER),
        ("POINTS TIER", Benefit.POINTS_TIER),
        ("promo", Benefit.PROMOTION),
        ("特价", Benefit.SPECIAL_PRICE),
        ("Special-Price", Benefit.SPECIAL_PRICE),
    ],
)
def test_enumerations_parse_chinese_english_and_variants(text: str, member: Benefit) -> None:
    assert Benefit.parse(text) is member


def test_enumeration_parse_refuses_unknown_text() -> None:
    with pytest.raises(InvalidInput, match=r"text: is not a known CardStatus.*\(got '金卡'\)"):
        CardStatus.parse("金卡")
    assert CardStatus.parse("已过期").label == "已过期"
    assert repr(ShortfallRule.DEBT) == "<ShortfallRule.DEBT: 'debt'>"
    assert str(ShortfallRule.DEBT) == "记欠分"


# --- qualification (R-VIP-01) --------------------------------------------------------------------


def test_R_VIP_01_one_purchase_of_1000_paid_qualifies() -> None:
    q = qualify([Purchase(date(2024, 1, 5), "1000")], on=date(2024, 1, 5))
    assert q.allowed
    assert q.qualify_basis is QualifyBasis.SINGLE
    assert q.rule == "R-VIP-01"
    assert q.amount == D("1000.00")
    assert q.needed == D("0.00")


def test_R_VIP_01_one_purchase_of_999_99_does_not() -> None:
    q = qualify([Purchase(date(2024, 1, 5), "999.99")], on=date(2024, 1, 5))
    assert not q.allowed
    assert q.qualify_basis is QualifyBasis.NOT_QUALIFIED
    assert q.needed == D("1000.00")  # one more purchase of 1000 (or 1000.01 cumulative)


def test_R_VIP_01_only_the_amount_paid_and_not_refunded_counts() -> None:
    returned = Purchase(date(2024, 1, 5), "1500", refunded="1500")
    partly = Purchase(date(2024, 1, 6), "1200", refunded="300")
    q = qualify([returned, partly], on=date(2024, 1, 6))
    assert not q.allowed
    assert q.window_total == D("900.00")
    assert q.counted == (partly,)


def test_R_VIP_01_2000_cumulative_within_half_a_year() -> None:
    buys = [
        Purchase(date(2024, 1, 15), "800"),
        Purchase(date(2024, 3, 1), "600"),
        Purchase(date(2024, 7, 15), "600"),
    ]
    q = qualify(buys, on=date(2024, 7, 15))
    assert q.allowed
    assert q.qualify_basis is QualifyBasis.CUMULATIVE
    assert q.counted == tuple(buys)
    assert q.amount == D("2000.00")
    # a day later the January purchase has left the window (its half year ended on 07-15)
    later = qualify(buys, on=date(2024, 7, 16))
    assert not later.allowed
    assert later.qualification_window.start == date(2024, 1, 16)
    assert later.counted == tuple(buys[1:])
    assert later.needed == D("800.00")


def test_R_VIP_01_window_edges_follow_civil_code_month_arithmetic() -> None:
    """Art. 202: the corresponding day, or the month's last day when there is none."""
    window = qualification_window(on=date(2025, 2, 28))
    assert (window.start, window.end) == (date(2024, 8, 28), date(2025, 2, 28))
    window = qualification_window(on=date(2024, 8, 31))
    assert (window.start, window.end) == (date(2024, 3, 1), date(2024, 8, 31))
    assert window == QualificationWindow(date(2024, 3, 1), date(2024, 8, 31))
    assert date(2024, 3, 1) in window
    assert date(2024, 2, 29) not in window
    buys = [
        Purchase(date(2024, 8, 31), "999"),
        Purchase(date(2025, 2, 28), "999"),
        Purchase(date(2025, 2, 28), "2"),
    ]
    assert qualify(buys, on=date(2025, 2, 28)).allowed  # 08-31 + 6 months = 02-28
    assert not qualify(buys, on=date(2025, 3, 1)).allowed


def test_R_VIP_01_single_purchase_window_is_a_policy_choice() -> None:
    old = [Purchase(date(2022, 1, 1), "1000")]
    assert qualify(old, on=date(2024, 1, 1)).allowed  # the text sets no window
    in_window = VipPolicy(single_purchase_in_window=True)
    assert not qualify(old, on=date(2024, 1, 1), policy=in_window).allowed


def test_R_VIP_01_purchases_after_the_day_are_not_looked_at() -> None:
    q = qualify([Purchase(date(2024, 2, 1), "5000")], on=date(2024, 1, 31))
    assert not q.allowed
    assert q.counted == ()


def test_R_VIP_01_a_purchase_counts_once() -> None:
    """R-VIP-01: one 500-yuan receipt never qualifies by being given four times: a ref given
    twice is refused, as Ledger.earn refuses a ref it holds (docs/vip.md, "Qualification");
    purchases without a ref cannot be told apart and each counts."""
    receipt = Purchase(date(2024, 3, 15), "500", "S1")
    with pytest.raises(InvalidInput) as info:
        qualify([receipt] * 4, on=date(2024, 3, 15))
    error = info.value
    assert (error.argument, error.value) == ("purchases", "S1")
    assert str(error) == f"purchases: {error.problem} (got 'S1')"
    assert "R-VIP-01" in error.problem
    other = Purchase(date(2024, 3, 16), "1600", " S1 ")  # the same ref, trimmed
    with pytest.raises(InvalidInput, match=r"^purchases: holds a purchase ref twice"):
        qualify([receipt, Purchase(date(2024, 3, 15), "100", "S2"), other], on=date(2024, 3, 16))
    with pytest.raises(InvalidInput, match="ref: is already a purchase on this ledger"):
        Ledger(CARD).earn(ISSUED, "500", "S1").earn(ISSUED, "500", "S1")  # the ledger's rule
    no_ref = Purchase(date(2024, 3, 15), "500")
    q = qualify([no_ref] * 4, on=date(2024, 3, 15))
    assert (q.allowed, q.qualify_basis, q.window_total) == (
        True,
        QualifyBasis.CUMULATIVE,
        D("2000.00"),
    )


def test_qualification_refuses_bad_input() -> None:
    with pytest.raises(InvalidType, match=r"purchases\[0\]: must be a Purchase"):
        qualify([("2024-01-01", 1000)], on=date(2024, 1, 1))  # type: ignore[list-item]
    with pytest.raises(InvalidType, match=r"on: must be a datetime\.date"):
        qualify([], on="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="refunded: must not exceed paid"):
        Purchase(date(2024, 1, 1), "100", refunded="100.01")
    with pytest.raises(InvalidInput, match="paid: must not be negative"):
        Purchase(date(2024, 1, 1), "-5")


# --- cards (R-VIP-02, R-VIP-09, R-VIP-10, R-VIP-12) ----------------------------------------------


def test_R_VIP_10_card_is_valid_two_years_to_the_corresponding_day() -> None:
    assert CARD.last_valid_on == date(2026, 3, 15)
    assert CARD.check(on=date(2026, 3, 15)).allowed
    expired = CARD.check(on=date(2026, 3, 16))
    assert expired.card_status is CardStatus.EXPIRED
    assert expired.rule == "R-VIP-10"
    assert Card.issue("X", LI, on=date(2024, 2, 29)).last_valid_on == date(2026, 2, 28)
    assert CARD.check(on=date(2024, 3, 14)).card_status is CardStatus.NOT_YET_VALID


def test_R_VIP_02_issue_refused_for_a_customer_who_does_not_qualify() -> None:
    q = qualify([Purchase(ISSUED, "500")], on=ISSUED)
    with pytest.raises(Refused, match=r"not yet qualified \(R-VIP-01\): largest purchase 500.00"):
        Card.issue("VIP-9", WANG, on=ISSUED, qualification=q)
    ok = qualify([Purchase(ISSUED, "1000")], on=ISSUED)
    assert Card.issue("VIP-9", WANG, on=ISSUED, qualification=ok).holder == WANG


def test_R_VIP_09_someone_elses_card_and_no_transfer() -> None:
    check = CARD.check(LI, on=date(2024, 5, 1))
    assert check.card_status is CardStatus.NOT_HOLDER
    assert check.rule == "R-VIP-09"
    assert CARD.check("C001", on=date(2024, 5, 1)).allowed
    with pytest.raises(InvalidInput, match="R-VIP-09"):
        CARD.transfer_to(LI)


def test_R_VIP_10_renewal_is_a_new_card_with_an_empty_ledger() -> None:
    led = ledger_with(40)
    with pytest.raises(InvalidInput, match="renewal is at expiry"):
        CARD.renew("VIP-0002", on=date(2025, 1, 1))
    new = CARD.renew("VIP-0002", on=date(2026, 3, 20))
    assert (new.holder, new.issued_on, new.last_valid_on) == (
        WANG,
        date(2026, 3, 20),
        date(2028, 3, 20),
    )
    fresh = Ledger(new)
    assert fresh.valid_points(on=date(2026, 3, 20)) == 0
    assert fresh.entries == ()
    with pytest.raises(InvalidInput, match="R-VIP-08, R-VIP-10"):
        led.move_to(date(2026, 3, 20), new)


def test_R_VIP_12_a_lost_card_is_replaced_and_the_balance_follows() -> None:
    led = ledger_with(35).earn(date(2024, 4, 1), "50", "S2")
    replacement = CARD.replace("VIP-0777", on=date(2024, 9, 1))
    assert replacement.replaces == "VIP-0001"
    assert replacement.last_valid_on == CARD.last_valid_on  # a replacement is not a renewal
    moved = led.move_to(date(2024, 9, 1), replacement)
    assert moved.card == replacement
    assert moved.valid_points(on=date(2024, 9, 1)) == 35
    assert moved.carry == D("50.00")
    assert moved.entries[-1].kind is EntryKind.REPLACE
    assert moved.entries[-1].rule == "R-VIP-12"
    # the returned purchase of the old card is reversed on the new card's ledger
    back, rev = moved.reverse(date(2024, 9, 2), "opening")
    assert rev.points_due == 35
    assert back.valid_points(on=date(2024, 9, 2)) == 0
    with pytest.raises(InvalidInput, match="an expired card is renewed"):
        CARD.replace("VIP-0778", on=date(2026, 4, 1))


def test_R_VIP_12_the_moment_in_the_other_style_names_it() -> None:
    """R-VIP-12: a ledger's events take the day first (``move_to(on, card)``), a card's
    methods take ``on=``; a call in the other style is refused as InvalidType naming the
    argument, the value and the signature to call, never Python's bare TypeError."""
    led: Any = ledger_with(35)  # (Any: a type checker refuses these calls already)
    card: Any = CARD
    day = date(2024, 9, 1)
    new = CARD.replace("VIP-0777", on=day)
    with pytest.raises(InvalidType) as info:
        led.move_to(new, on=day)
    error = info.value
    assert (error.argument, error.value) == ("on", day)  # the value given as on=
    assert "call Ledger.move_to(on, card)" in error.problem
    assert str(error).startswith(f"on: given both by position ({new!r}"[:40])
    with pytest.raises(InvalidType, match=r"^card: must be a Card, not a date"):
        led.move_to(new, day)  # the two swapped by position
    with pytest.raises(InvalidType, match=r"^on: given both .* Ledger\.earn\(on, paid, ref\)"):
        led.earn("100", "S9", on=day)
    with pytest.raises(InvalidType, match=r"^on: is keyword-only.*Card\.replace\(number, \*, on\)"):
        card.replace(day, "VIP-0778")
    with pytest.raises(InvalidType, match=r"^on: is keyword-only.*valid_points\(\*, on\)"):
        led.valid_points(day)
    with pytest.raises(InvalidType, match=r"^on: is missing; call Card\.issue\(number, holder"):
        card.issue("VIP-0779", WANG)
    with pytest.raises(InvalidType, match=r"^day: is not a parameter; call Ledger\.expire\(on\)"):
        led.expire(day=day)
    # the signature shown by help() and inspect is the method's own
    assert list(inspect.signature(Ledger.move_to).parameters) == ["self", "on", "card"]
    assert led.move_to(on=day, card=new).card == new  # each by name is fine


def test_R_VIP_12_a_card_never_replaces_itself() -> None:
    """R-VIP-12: a replacement has a number of its own (docs/vip.md, "Cards"): as replace()
    and renew() refuse the card's own number, a card built, evolved or loaded as replacing
    itself is refused naming replaces."""
    last = CARD.last_valid_on
    with pytest.raises(InvalidInput) as info:
        Card("VIP-0001", WANG, issued_on=ISSUED, last_valid_on=last, replaces=" VIP-0001 ")
    error = info.value
    assert (error.argument, error.value) == ("replaces", "VIP-0001")
    assert str(error) == f"replaces: {error.problem} (got 'VIP-0001')"
    assert "R-VIP-12" in error.problem
    with pytest.raises(InvalidInput, match=r"^replaces: is the card's own number"):
        attrs.evolve(CARD, replaces=CARD.number)
    new = CARD.replace("VIP-0001B", on=date(2024, 5, 1))
    with pytest.raises(InvalidInput, match=r"^replaces: is the card's own number"):
        attrs.evolve(new, number="VIP-0001")
    document = serial.to_dict(new)
    document["value"]["replaces"] = "VIP-0001B"
    with pytest.raises(InvalidInput, match="replaces: is the card's own number"):
        serial.from_dict(document)
    assert new.replaces == "VIP-0001"


def test_R_VIP_09_points_do_not_move_to_another_holders_card() -> None:
    other = attrs.evolve(CARD.replace("VIP-0888", on=date(2024, 5, 1)), holder=LI)
    with pytest.raises(InvalidInput, match="R-VIP-09"):
        ledger_with(10).move_to(date(2024, 5, 1), other)


def test_R_VIP_08_ledgers_of_two_cards_are_never_combined() -> None:
    other = Ledger(Card.issue("VIP-0002", WANG, on=ISSUED))
    with pytest.raises(InvalidInput, match="R-VIP-08") as info:
        ledger_with(10).combine(other)
    # the house form, the other ledger shown by its card's number, as attrs.evolve(ledger,
    # card=...) shows the card (CONTRIBUTING, "Errors"; docs/vip.md, "Cards")
    error = info.value
    assert (error.argument, error.value) == ("other", "VIP-0002")
    assert str(error) == f"{error.argument}: {error.problem} (got {error.value!r})"
    assert shown_value(error) == " (got 'VIP-0002')"
    assert "points of card VIP-0001 cannot be combined" in error.problem
    with pytest.raises(InvalidType, match="other: must be a Ledger"):
        ledger_with(10).combine("VIP-0002")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="R-VIP-08"):
        quote([Line("100")], CARD, on=date(2024, 5, 1), ledger=other)


# --- birthday (R-VIP-07) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "rule", "expected"),
    [
        (date(2025, 2, 28), Feb29Rule.FEB_28, True),
        (date(2025, 3, 1), Feb29Rule.FEB_28, False),
        (date(2025, 3, 1), Feb29Rule.MAR_1, True),
        (date(2025, 2, 28), Feb29Rule.MAR_1, False),
        (date(2024, 2, 29), Feb29Rule.FEB_28, True),
        (date(2024, 2, 28), Feb29Rule.FEB_28, False),
    ],
)
def test_R_VIP_07_feb_29_birthdays(on: date, rule: Feb29Rule, expected: bool) -> None:
    answer = is_birthday(date(1992, 2, 29), on=on, policy=VipPolicy(feb29=rule))
    assert isinstance(answer, Decision)
    assert (answer.allowed, bool(answer), answer.rule) == (expected, expected, "R-VIP-07")
    assert "\n" not in answer.reason
    assert "R-VIP" not in answer.reason


def test_R_VIP_07_is_birthday_is_a_decision_with_a_reason() -> None:
    born = date(1990, 6, 1)
    yes = is_birthday(born, on=date(2024, 6, 1))
    assert (yes.allowed, yes.rule, yes.reason) == (
        True,
        "R-VIP-07",
        "born on 1990-06-01: 2024-06-01 is the birthday",
    )
    assert str(yes) == "yes (R-VIP-07): born on 1990-06-01: 2024-06-01 is the birthday"
    no = is_birthday(born, on=date(2024, 6, 2))
    assert (no.allowed, no.reason) == (False, "born on 1990-06-01: 2024-06-02 is not the birthday")
    with pytest.raises(Refused, match="R-VIP-07"):
        no.require()
    before = is_birthday(born, on=date(1980, 6, 1))
    assert (before.allowed, before.reason) == (
        False,
        "born on 1990-06-01, after 1980-06-01: no birthday yet",
    )
    elsewhere = is_birthday(date(1992, 2, 29), on=date(2025, 3, 1))
    assert elsewhere.reason == (
        "born on 1992-02-29; 2025 has no 29 February: the birthday is honoured on 2025-02-28"
    )


# --- pricing (R-VIP-03, R-VIP-04, R-VIP-06, R-VIP-07) --------------------------------------------

DAY = date(2024, 5, 10)


def test_R_VIP_03_base_rate_is_9_zhe_rounded_half_up_per_line() -> None:
    q = quote([Line("33.35"), Line("199", 2)], CARD, on=DAY, ledger=Ledger(CARD))
    assert [ql.amount for ql in q.lines] == [D("30.02"), D("358.20")]  # 30.015 -> 30.02
    assert all(ql.benefit is Benefit.VIP_BASE and ql.rule == "R-VIP-03" for ql in q.lines)
    assert q.total == D("388.22")
    assert q.list_total == D("431.35")
    assert q.saving == D("43.13")
    assert q.vip_rate == D("0.90")


def test_R_VIP_06_30_points_give_8_5_zhe_29_do_not() -> None:
    q30 = quote([Line("100")], CARD, on=DAY, ledger=ledger_with(30))
    assert q30.lines[0].benefit is Benefit.POINTS_TIER
    assert q30.lines[0].amount == D("85.00")
    assert q30.lines[0].rule == "R-VIP-06"
    q29 = quote([Line("100")], CARD, on=DAY, ledger=ledger_with(29))
    assert q29.lines[0].benefit is Benefit.VIP_BASE
    assert any("29 points < 30" in note for note in q29.notes)


def test_R_VIP_06_tier_is_judged_before_this_purchase_on_the_valid_balance() -> None:
    led = ledger_with(29).earn(ISSUED, "99", "S2")  # 29 points, carry 99.00
    q = quote([Line("10000")], CARD, on=DAY, ledger=led)
    assert q.lines[0].benefit is Benefit.VIP_BASE  # this purchase's points do not count yet
    assert q.points == 90  # (99.00 carried + 9000.00) // 100
    spent = ledger_with(40).redeem(DAY, 15, "电饭煲")
    assert quote([Line("100")], CARD, on=DAY, ledger=spent).lines[0].benefit is Benefit.VIP_BASE
    lifetime = VipPolicy(tier_basis=TierBasis.LIFETIME_EARNED)
    spent_l = ledger_with(40, policy=lifetime).redeem(DAY, 15, "电饭煲")
    assert (
        quote([Line("100")], CARD, on=DAY, ledger=spent_l).lines[0].benefit is Benefit.POINTS_TIER
    )


def test_R_VIP_07_birthday_rate_needs_the_id_card() -> None:
    birthday = date(2024, 6, 1)
    with_id = quote([Line("100")], CARD, on=birthday, id_verified=True, ledger=ledger_with(30))
    assert with_id.lines[0].benefit is Benefit.BIRTHDAY
    assert with_id.lines[0].amount == D("60.00")
    assert with_id.vip_benefit is Benefit.BIRTHDAY
    no_id = quote([Line("100")], CARD, on=birthday, ledger=ledger_with(30))
    assert no_id.lines[0].benefit is Benefit.POINTS_TIER
    assert any("ID card was not verified" in n for n in no_id.notes)
    assert not any("R-VIP" in n for n in no_id.notes)  # the rule is the quote's, not the text's
    lax = VipPolicy(birthday_requires_id=False)
    assert quote(
        [Line("100")], CARD, on=birthday, policy=lax, ledger=Ledger(CARD, policy=lax)
    ).lines[0].amount == D("60.00")
    assert quote([Line("100")], CARD, on=DAY, id_verified=True, ledger=Ledger(CARD)).lines[
        0
    ].amount == D("90.00")


def test_R_VIP_04_best_single_benefit_per_line() -> None:
    lines = [
        Line("100", promotion_price="80"),  # promotion 80 beats 90
        Line("100", promotion_price="95"),  # VIP 90 beats 95
        Line("200", special_price="150"),  # special 150 beats 180
        Line("50", coupon="10"),  # coupon 40 beats 45
        Line("50", coupon="2"),  # VIP 45 beats 48
        Line("100", promotion_price="90"),  # tie: the line's own benefit
    ]
    q = quote(lines, CARD, on=DAY, ledger=Ledger(CARD))
    assert [(ql.benefit, ql.amount) for ql in q.lines] == [
        (Benefit.PROMOTION, D("80.00")),
        (Benefit.VIP_BASE, D("90.00")),
        (Benefit.SPECIAL_PRICE, D("150.00")),
        (Benefit.COUPON, D("40.00")),
        (Benefit.VIP_BASE, D("45.00")),
        (Benefit.PROMOTION, D("90.00")),
    ]
    assert "not combined" in q.lines[0].reason
    assert q.total == D("80") + D("90") + D("150") + D("40") + D("45") + D("90")


def test_R_VIP_04_promotions_always_win_is_a_policy_choice() -> None:
    policy = VipPolicy(stacking=StackingRule.PROMOTION_WINS)
    q = quote(
        [Line("100", promotion_price="95"), Line("100")],
        CARD,
        on=DAY,
        policy=policy,
        ledger=Ledger(CARD, policy=policy),
    )
    assert [(ql.benefit, ql.amount) for ql in q.lines] == [
        (Benefit.PROMOTION, D("95.00")),
        (Benefit.VIP_BASE, D("90.00")),
    ]


def test_R_VIP_04_promotions_win_but_a_coupon_is_no_promotion() -> None:
    """R-VIP-04 (不能与其它促销、特价商品及优惠券(卡)同时受惠): under PROMOTION_WINS a line's
    promotion or special price wins even where 9折 is cheaper, but a coupon — the line's, or
    its share of an order coupon — is neither: it is weighed against the VIP rate as by
    default, so a 1-yuan order coupon does not take 9折 off the basket; the quote's reason
    does not call what a promotion won "best"."""
    policy = VipPolicy(stacking=StackingRule.PROMOTION_WINS)
    basket = [Line("1000"), Line("1000"), Line("1000")]
    plain = quote(basket, CARD, on=DAY, policy=policy, ledger=Ledger(CARD, policy=policy))
    small = quote(
        basket, CARD, on=DAY, coupon="1", policy=policy, ledger=Ledger(CARD, policy=policy)
    )
    assert plain.total == small.total == D("2700.00")
    assert [ql.benefit for ql in small.lines] == [Benefit.VIP_BASE] * 3
    big = quote(
        basket, CARD, on=DAY, coupon="600", policy=policy, ledger=Ledger(CARD, policy=policy)
    )  # 200 a line beats 100 off
    assert [(ql.benefit, ql.amount) for ql in big.lines] == [(Benefit.COUPON, D("800.00"))] * 3
    own = [Line("100", coupon="2"), Line("100", coupon="20"), Line("100", special_price="95")]
    q = quote(own, CARD, on=DAY, policy=policy, ledger=Ledger(CARD, policy=policy))
    assert [(ql.benefit, ql.amount) for ql in q.lines] == [
        (Benefit.VIP_BASE, D("90.00")),
        (Benefit.COUPON, D("80.00")),
        (Benefit.SPECIAL_PRICE, D("95.00")),  # the special price wins, though 9折 is 90
    ]
    assert "promotions always win" in q.lines[2].reason
    assert "best" not in q.reason
    assert "promotions first" in q.reason
    assert (
        "best" in quote(own, CARD, on=DAY, ledger=Ledger(CARD)).reason
    )  # the default: the best for the customer


def test_R_VIP_04_order_coupon_is_split_over_lines_and_not_combined() -> None:
    q = quote([Line("100"), Line("200")], None, on=DAY, coupon="30")
    assert [(ql.benefit, ql.amount) for ql in q.lines] == [
        (Benefit.COUPON, D("90.00")),
        (Benefit.COUPON, D("180.00")),
    ]
    big = quote([Line("100"), Line("200")], CARD, on=DAY, coupon="90", ledger=Ledger(CARD))
    assert [ql.amount for ql in big.lines] == [D("70.00"), D("140.00")]  # coupon beats 9折
    small = quote([Line("100"), Line("200")], CARD, on=DAY, coupon="3", ledger=Ledger(CARD))
    assert small.total == D("270.00")  # the 9折 is better; the coupon is not added on top
    free = quote([Line("20", coupon="50")], None, on=DAY)
    assert free.total == D("0.00")


def test_R_VIP_09_R_VIP_10_no_benefit_for_an_expired_or_someone_elses_card() -> None:
    expired = quote([Line("100")], CARD, on=date(2026, 3, 16), ledger=Ledger(CARD))
    assert expired.card_check.card_status is CardStatus.EXPIRED
    assert expired.total == D("100.00")
    assert expired.points == 0
    assert expired.vip_benefit is Benefit.NONE
    assert any("expired" in n for n in expired.notes)
    stolen = quote(
        [Line("100")], CARD, on=DAY, presented_by=LI, id_verified=True, ledger=Ledger(CARD)
    )
    assert stolen.card_check.card_status is CardStatus.NOT_HOLDER
    assert stolen.lines[0].benefit is Benefit.NONE
    assert stolen.total == D("100.00")
    assert quote([Line("100")], on=DAY).points == 0  # no card, no points


def test_quote_points_use_the_ledgers_carried_remainder() -> None:
    """R-VIP-05: 每消费100元 (实付) 1分, the remainder carrying."""
    led = ledger_with(0).earn(ISSUED, "60", "S1")
    assert quote([Line("50")], CARD, on=DAY, ledger=led).points == 1  # 60 + 45 = 105
    assert (
        quote([Line("50")], CARD, on=DAY, ledger=Ledger(CARD)).points == 0
    )  # a ledger with no carry yet


def test_quote_refuses_bad_input() -> None:
    with pytest.raises(InvalidInput, match="lines: must not be empty"):
        quote([], CARD, on=DAY, ledger=Ledger(CARD))
    with pytest.raises(InvalidType, match=r"lines\[0\]: must be a Line"):
        quote(["100"], CARD, on=DAY, ledger=Ledger(CARD))  # type: ignore[list-item]
    with pytest.raises(InvalidType, match="list_price: money must be"):
        Line(99.9)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="promotion_price: must not exceed list_price"):
        Line("100", promotion_price="120")
    with pytest.raises(InvalidInput, match="quantity: must be at least 1"):
        Line("100", 0)
    with pytest.raises(InvalidType, match="id_verified: must be a bool"):
        quote([Line("1")], CARD, on=DAY, id_verified="yes", ledger=Ledger(CARD))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="on: the ledger is append-only"):
        quote(
            [Line("1")],
            CARD,
            on=date(2024, 3, 20),
            ledger=Ledger(CARD).earn(date(2024, 4, 1), "1", "S1"),
        )


# --- the ledger (R-VIP-05, R-VIP-08, R-VIP-10) ---------------------------------------------------


def test_R_VIP_05_one_point_per_100_paid_remainder_carries() -> None:
    led = Ledger(CARD).earn(ISSUED, "268.28", "S1")
    assert led.valid_points(on=ISSUED) == 2
    assert led.carry == D("68.28")
    led = led.earn(ISSUED, "31.72", "S2")
    assert led.valid_points(on=ISSUED) == 3
    assert led.carry == D("0.00")
    assert [e.points for e in led.entries] == [2, 1]
    assert all(isinstance(e.points, int) and e.rule == "R-VIP-05" for e in led.entries)


def test_R_VIP_05_per_purchase_truncation_is_the_alternative() -> None:
    policy = VipPolicy(remainder=RemainderRule.TRUNCATE)
    led = Ledger(CARD, policy=policy).earn(ISSUED, "268.28", "S1").earn(ISSUED, "31.72", "S2")
    assert led.valid_points(on=ISSUED) == 2
    assert led.carry == D("0.00")
    back, rev = led.reverse(ISSUED, "S1")
    assert rev.points_due == 2
    assert back.valid_points(on=ISSUED) == 0


def test_ledger_is_a_value_operations_return_a_new_one() -> None:
    empty = Ledger(CARD)
    led = empty.earn(ISSUED, "500", "S1")
    assert empty.entries == ()
    assert empty.valid_points(on=ISSUED) == 0
    assert led != empty
    assert pickle.loads(pickle.dumps(led)) == led
    assert Ledger(CARD).earn(ISSUED, "500", "S1") == led


def test_earn_refuses_duplicates_expired_cards_and_going_back_in_time() -> None:
    led = Ledger(CARD).earn(date(2024, 4, 1), "500", "S1")
    with pytest.raises(InvalidInput, match="ref: is already a purchase"):
        led.earn(date(2024, 4, 1), "100", "S1")
    with pytest.raises(InvalidInput, match="R-VIP-10"):
        led.earn(date(2026, 3, 16), "100", "S2")
    with pytest.raises(InvalidInput, match="append-only"):
        led.earn(date(2024, 3, 31), "100", "S3")
    with pytest.raises(InvalidType, match="paid: money must be"):
        led.earn(date(2024, 4, 2), 100.0, "S4")  # type: ignore[arg-type]


def test_R_VIP_08_redemption_needs_enough_points_and_changes_nothing_otherwise() -> None:
    led = ledger_with(10)
    with pytest.raises(InsufficientPoints) as info:
        led.redeem(DAY, 11, "保温杯")
    assert (info.value.points_requested, info.value.points_available) == (11, 10)
    assert led.valid_points(on=DAY) == 10
    after = led.redeem(DAY, 10, "保温杯")
    assert after.valid_points(on=DAY) == 0
    entry = after.entries[-1]
    assert (entry.kind, entry.points, entry.gift, entry.rule) == (
        EntryKind.REDEEM,
        -10,
        "保温杯",
        "R-VIP-08",
    )


def test_R_VIP_08_points_are_never_exchanged_for_cash_nor_returned() -> None:
    led = ledger_with(50)
    with pytest.raises(InvalidInput, match="never exchanged for cash"):
        led.redeem(DAY, 50, "现金")
    redeemed = led.redeem(DAY, 20, "电饭煲")
    with pytest.raises(InvalidInput, match="is not a purchase"):
        redeemed.reverse(DAY, "电饭煲")  # a redemption has no reversal


_CASH_PARTS = st.sampled_from(
    ["现金", "現金", "人民币", "RMB", "ｃａｓｈ", "Cash", "红包", "返现", "¥", "￥", "$",
     "元", "块钱", "块", "50", "1,000.00", "五十", "贰佰", " ", "cash back",
     "美元", "US$", "€", "£", "dollars", "港币", "港元", "HK$", "欧元", "日元", "整", "礼金",
     "HKD", "usd", "五毛"]
)  # fmt: skip


@given(st.lists(_CASH_PARTS, min_size=1, max_size=4).map("".join))
def test_R_VIP_08_a_gift_that_is_only_money_is_refused(gift: str) -> None:
    """R-VIP-08 (积分不得兑换为现金): a gift made only of cash words, currency signs and units
    and amounts (现金, ￥50, 50元, 现金50元, 五十块钱, 红包, cash back) is refused naming
    ``gift`` and showing it as given, and the ledger is unchanged."""
    assume(gift.strip())
    led = ledger_with(10)
    snapshot = pickle.dumps(led)
    with pytest.raises(InvalidInput, match="never exchanged for cash") as refused:
        led.redeem(DAY, 1, gift)
    assert (refused.value.argument, refused.value.value) == ("gift", gift)
    assert pickle.dumps(led) == snapshot


@pytest.mark.parametrize(
    "gift",
    ["5美元", "US$5", "€5", "5 dollars", "港币50", "50港元", "HK$50", "100欧元", "1000日元",
     "一百元整", "现金一百元整", "礼金", "200 HKD", "£5", "五毛"],
)  # fmt: skip
def test_R_VIP_08_cash_in_any_currency_is_refused(gift: str) -> None:
    """R-VIP-08 (积分不得兑换为现金): money is cash in any currency or word, not only in 元:
    美元, 港币, 欧元, 日元, dollars, HK$, €, an amount written out with 整, a 礼金."""
    led = ledger_with(10)
    with pytest.raises(InvalidInput, match="never exchanged for cash") as refused:
        led.redeem(DAY, 1, gift)
    assert (refused.value.argument, refused.value.value) == ("gift", gift)


@pytest.mark.parametrize(
    "gift", ["现金券", "购物卡", "50元话费", "十字绣", "cash voucher", "饭煲", "毛巾", "整理箱"]
)
def test_R_VIP_08_a_voucher_or_goods_named_with_money_is_a_gift(gift: str) -> None:
    """R-VIP-08: a voucher, a card or goods whose name holds a money word are gifts: redeemed,
    the points deducted."""
    led = ledger_with(10)
    after = led.redeem(DAY, 3, gift)
    assert after.valid_points(on=DAY) == led.valid_points(on=DAY) - 3
    assert after.entries[-1].reason.count(gift) == 1


@pytest.mark.parametrize("gift", ["伞\n现金", "伞\x00", "保温\r\n杯", "台\u2028灯"])
def test_R_VIP_08_a_gift_is_one_line(gift: str) -> None:
    """R-VIP-08, house rule 4: a redemption's entry has a one-line ``gift``, ``reason`` and
    ``str()`` (docs/vip.md, "Redeeming"): a gift holding a control character is refused as
    a claim's description is, and the ledger is unchanged."""
    led = ledger_with(10)
    snapshot = pickle.dumps(led)
    with pytest.raises(InvalidInput) as info:
        led.redeem(DAY, 1, gift)
    error = info.value
    assert (error.argument, error.value) == ("gift", gift)
    assert error.problem.startswith("must not contain the control character ")
    assert str(error) == f"gift: {error.problem} (got {gift!r})"
    assert pickle.dumps(led) == snapshot
    entry = led.redeem(DAY, 1, " 伞 ").entries[-1]
    assert entry.gift == "伞"  # trimmed, as a name
    assert "\n" not in entry.reason
    assert "\n" not in str(entry)
    with pytest.raises(InvalidInput, match="gift: must not contain the control character"):
        attrs.evolve(entry, gift=gift)  # a stored entry is checked when loaded too


@pytest.mark.parametrize("gift", ["R-VIP-05杯子", "杯子 R-SLA-05", "换R-VIP-08a"])
def test_R_VIP_08_a_gift_holds_no_rule_id(gift: str) -> None:
    """R-VIP-08, house rule 4: the entry's ``reason`` quotes the gift and holds no rule ID
    (docs/vip.md, "Redeeming"), so a gift holding one is refused when given, naming
    ``gift``, as a stored entry's is; a look-alike that is no catalogue ID is kept."""
    led = ledger_with(10)
    snapshot = pickle.dumps(led)
    with pytest.raises(InvalidInput) as info:
        led.redeem(DAY, 1, gift)
    assert (info.value.argument, info.value.value) == ("gift", gift)
    assert str(info.value) == f"gift: must not hold a rule ID; a reason quotes it (got {gift!r})"
    assert pickle.dumps(led) == snapshot
    entry = led.redeem(DAY, 1, "SKU-R-VIP-05X").entries[-1]
    assert entry.gift == "SKU-R-VIP-05X"
    with pytest.raises(InvalidInput, match=r"^gift: must not hold a rule ID"):
        attrs.evolve(entry, gift=gift)


@pytest.mark.parametrize("name", ["R-VIP-01", "王芳 R-VIP-09"])
def test_R_VIP_09_every_name_refuses_a_rule_id_alike(name: str) -> None:
    """House rules 4, 6 and 7: ``Holder.name`` and ``Line.name`` are one field name with one
    converter, so both refuse a rule ID (a text a reason or a message quotes holds none),
    naming ``name`` and showing the value; a look-alike that is no catalogue ID is a name."""
    expected = f"name: must not hold a rule ID; a reason quotes it (got {name!r})"
    with pytest.raises(InvalidInput) as info:
        Holder("C1", name)
    assert (info.value.argument, info.value.value, str(info.value)) == ("name", name, expected)
    with pytest.raises(InvalidInput) as info:
        Line("100", name=name)
    assert (info.value.argument, info.value.value, str(info.value)) == ("name", name, expected)
    assert Holder("C1", "SKU-R-VIP-01X").name == Line("1", name="SKU-R-VIP-01X").name


@settings(max_examples=60)
@given(st.text(min_size=1, max_size=6) | st.text(max_size=3).map(lambda t: t + "R-VIP-05"))
def test_property_a_redemption_entry_is_one_line_or_refused(gift: str) -> None:
    """R-VIP-08, house rule 4: whatever the gift's text, the redemption is refused or its
    entry's ``reason`` and ``str()`` are one line with no rule ID inside."""
    led = ledger_with(10)
    name = gift.strip()
    one_line = not any(unicodedata.category(c) in {"Cc", "Zl", "Zp"} for c in name)
    if not name or not one_line or RULE_ID_IN_TEXT.search(name):
        with pytest.raises(InvalidInput, match=r"^gift: must not "):
            led.redeem(DAY, 1, gift)
        return
    if _holds_cash(fold(name)):  # money (an amount, 现金), alone or bundled: never a gift
        with pytest.raises(InvalidInput, match=r"^gift: points are never exchanged for cash"):
            led.redeem(DAY, 1, gift)
        return
    entry = led.redeem(DAY, 1, gift).entries[-1]
    assert entry.gift == name
    for text in (entry.reason, str(entry), entry.gift):
        assert len(text.splitlines()) == 1
    assert not RULE_ID_IN_TEXT.search(entry.reason)


def test_R_VIP_08_redemption_draws_on_points_that_expire_first() -> None:
    policy = VipPolicy(points_validity_months=12)
    led = (
        Ledger(CARD, policy=policy)
        .earn(date(2024, 4, 1), "1000", "OLD")
        .earn(date(2024, 8, 1), "1000", "NEW")
        .redeem(date(2024, 9, 1), 15, "台灯")
    )
    # 10 from OLD (expires 2025-04-01), 5 from NEW (expires 2025-08-01)
    assert led.valid_points(on=date(2025, 4, 2)) == 5
    expired = led.expire(date(2025, 8, 2))
    assert expired.valid_points(on=date(2025, 8, 2)) == 0
    assert [e.kind for e in expired.entries][-1] is EntryKind.EXPIRE
    assert sum(e.points for e in expired.entries) == 0


def test_R_VIP_10_points_expire_with_the_card() -> None:
    led = ledger_with(40)
    assert led.valid_points(on=date(2026, 3, 15)) == 40
    assert led.valid_points(on=date(2026, 3, 16)) == 0
    expired = led.expire(date(2026, 3, 16))
    assert expired.entries[-1].points == -40
    assert expired.entries[-1].rule == "R-VIP-10"
    with pytest.raises(InvalidInput, match=r"^on: .*\(R-VIP-10\)") as refused:
        led.redeem(date(2026, 3, 16), 1, "纸巾")  # the card expired: it says so, as earn does
    assert (refused.value.argument, refused.value.value) == ("on", date(2026, 3, 16))
    with pytest.raises(InsufficientPoints):
        led.redeem(date(2026, 3, 15), 41, "纸巾")


def test_reverse_takes_back_the_purchase_points_and_its_carry() -> None:
    led = Ledger(CARD).earn(ISSUED, "150", "A").earn(ISSUED, "150", "B")
    assert (led.valid_points(on=ISSUED), led.carry) == (3, D("0.00"))
    back, rev = led.reverse(ISSUED, "A")
    # A earned 1 point and carried 50.00, which completed B's second point
    assert (rev.points_due, rev.points_reversed, rev.outcome) == (2, 2, ReversalOutcome.REVERSED)
    assert (back.valid_points(on=ISSUED), back.carry) == (1, D("50.00"))
    assert "the purchase itself earned 1" in rev.reason
    with pytest.raises(IllegalTransition, match="already fully returned"):
        back.reverse(ISSUED, "A")
    with pytest.raises(InvalidInput, match="ref: is not a purchase"):
        back.reverse(ISSUED, "Z")


def test_partial_returns_never_deduct_a_point_twice() -> None:
    led = Ledger(CARD).earn(ISSUED, "1000", "S1")
    led, first = led.reverse(ISSUED, "S1", amount="250")
    led, second = led.reverse(ISSUED, "S1", amount="250")
    assert (first.points_due, second.points_due) == (3, 2)  # 1000 -> 750 -> 500
    assert (led.valid_points(on=ISSUED), led.carry) == (5, D("0.00"))
    with pytest.raises(InvalidInput, match=r"at most the 500\.00"):
        led.reverse(ISSUED, "S1", amount="500.01")
    led, last = led.reverse(ISSUED, "S1")
    assert last.points_due == 5
    assert led.valid_points(on=ISSUED) == 0


@pytest.mark.parametrize(
    ("rule", "outcome", "balance", "debt", "entries"),
    [
        (ShortfallRule.DEBT, ReversalOutcome.DEBT, 0, 8, 4),
        (ShortfallRule.WRITE_OFF, ReversalOutcome.WRITTEN_OFF, 0, 0, 4),
        (ShortfallRule.REFUSE, ReversalOutcome.REFUSED, 2, 0, 3),
    ],
)
def test_return_of_spent_points_never_makes_the_balance_negative(
    rule: ShortfallRule, outcome: ReversalOutcome, balance: int, debt: int, entries: int
) -> None:
    policy = VipPolicy(shortfall_rule=rule)
    led = (
        Ledger(CARD, policy=policy)
        .earn(ISSUED, "1000", "S1")
        .earn(ISSUED, "200", "S2")
        .redeem(DAY, 10, "电饭煲")
    )
    after, rev = led.reverse(DAY, "S1")
    assert rev.outcome is outcome
    assert rev.points_due == 10
    assert rev.points_short == 8
    assert after.valid_points(on=DAY) == balance >= 0
    assert after.points_owed == debt
    assert len(after.entries) == entries
    if rule is ShortfallRule.REFUSE:
        assert after is led
        assert rev.points_reversed == 0


@settings(max_examples=40)
@given(st.integers(1, 30), st.integers(0, 30), st.integers(1, 30))
def test_R_VIP_05_a_refused_return_takes_nothing_and_says_what_was_short(
    earned: int, other: int, spent: int
) -> None:
    """R-VIP-05: under ``shortfall_rule="refuse"`` a refused return leaves the
    ledger as it was, takes nothing (``points_reversed``, ``points_expired``,
    ``points_restored`` are 0) and its ``points_short`` is the part of ``points_due``
    already spent, as the ``Reversal`` docstring says; storage checks the same."""
    policy = VipPolicy(shortfall_rule="refuse")
    led = Ledger(CARD, policy=policy).earn(ISSUED, yuan(earned * 100), "S1")
    if other:
        led = led.earn(ISSUED, yuan(other * 100), "S2")
    assume(spent <= earned + other)
    led = led.redeem(DAY, spent, "电饭煲")
    after, rev = led.reverse(DAY, "S1")
    left = earned + other - spent
    if left >= earned:
        assert rev.outcome is ReversalOutcome.REVERSED
        return
    assert rev.outcome is ReversalOutcome.REFUSED
    assert after is led
    assert (rev.points_reversed, rev.points_expired, rev.points_restored) == (0, 0, 0)
    assert rev.points_short == earned - left == rev.points_due - left
    assert 0 < rev.points_short <= rev.points_due
    assert serial.from_json(serial.to_json(rev)) == rev
    for name, value in (("points_reversed", 1), ("points_short", rev.points_due + 1)):
        document = serial.to_dict(rev)
        document["value"][name] = value
        with pytest.raises(InvalidInput, match=f"^document: value: {name}: "):
            serial.from_dict(document)


def test_R_VIP_05_a_return_entry_holds_the_refund_as_refunded() -> None:
    """R-VIP-05, house rule 6: ``paid`` is money paid everywhere; a return's
    entry keeps the refund as ``refunded`` (as ``Reversal.refunded`` and
    ``Purchase.refunded``), and a stored ledger says so."""
    led, rev = ledger_with(0).earn(DAY, "300", "A").reverse(DAY, "A", amount="100")
    earned, returned = led.entries
    assert (earned.kind, earned.paid, earned.refunded) == (EntryKind.EARN, D("300.00"), None)
    assert (returned.kind, returned.paid) == (EntryKind.REVERSE, None)
    assert returned.refunded == rev.refunded == D("100.00")
    stored = serial.to_dict(led)["value"]["entries"][-1]
    assert stored["refunded"] == "100.00"
    assert stored.get("paid") is None


def test_a_debt_is_repaid_by_the_next_earnings() -> None:
    led = ledger_with(10).redeem(DAY, 10, "电饭煲")
    led, rev = led.reverse(DAY, "opening")
    assert (rev.points_short, led.points_owed) == (10, 10)
    led = led.earn(DAY, "700", "S2")
    assert (led.valid_points(on=DAY), led.points_owed) == (0, 3)
    assert "7 repaid the debt" in led.entries[-1].reason
    led = led.earn(DAY, "500", "S3")
    assert (led.valid_points(on=DAY), led.points_owed) == (2, 0)
    # returning S2, whose 7 points repaid the debt: the balance pays first, the rest is owed
    led, rev = led.reverse(DAY, "S2")
    assert (rev.points_due, rev.points_reversed, rev.points_restored, rev.points_short) == (
        7,
        2,
        5,
        0,
    )
    assert (led.valid_points(on=DAY), led.points_owed) == (0, 5)
    assert "5 had repaid a debt, which is owed again" in rev.reason


def test_a_debt_is_never_owed_while_points_are_available() -> None:
    """Return of a purchase whose points repaid a debt, with points on the card: no gift farmed.

    Buy, redeem, return (debt 10); buy again (repays the debt); buy more (40 points); return
    the purchase that repaid the debt: its 10 points come off the 40, not back as a debt
    that would let the customer redeem all 40.
    """
    led = Ledger(CARD).earn(DAY, "1000", "S1").redeem(DAY, 10, "电饭煲")
    led, _ = led.reverse(DAY, "S1")
    led = led.earn(DAY, "1000", "S2").earn(DAY, "4000", "S3")
    assert (led.valid_points(on=DAY), led.points_owed) == (40, 0)
    led, rev = led.reverse(DAY, "S2")
    assert (rev.points_reversed, rev.points_restored, rev.outcome) == (
        10,
        0,
        ReversalOutcome.REVERSED,
    )
    assert (led.valid_points(on=DAY), led.points_owed) == (30, 0)


def test_points_that_expired_unused_are_not_taken_back_twice() -> None:
    policy = VipPolicy(points_validity_months=1)
    led = Ledger(CARD, policy=policy).earn(date(2024, 4, 1), "1000", "OLD")
    led = led.earn(date(2024, 5, 5), "500", "NEW")  # OLD's 10 points expired after 05-01
    after, rev = led.reverse(date(2024, 5, 6), "OLD")
    assert (rev.points_due, rev.points_expired, rev.points_reversed) == (10, 10, 0)
    assert after.valid_points(on=date(2024, 5, 6)) == 5


def test_a_return_after_the_card_expired_takes_nothing() -> None:
    """R-VIP-10: the points are void; the result still says what had been spent."""
    after, rev = ledger_with(40).reverse(date(2026, 4, 1), "opening")
    assert rev.outcome is ReversalOutcome.VOID
    assert (rev.points_due, rev.points_reversed, rev.points_expired, rev.points_short) == (
        40,
        0,
        40,
        0,
    )
    assert after.points_owed == 0
    spent = ledger_with(40).redeem(DAY, 25, "电饭煲")
    after, rev = spent.reverse(date(2026, 4, 1), "opening")
    assert (rev.outcome, rev.points_expired, rev.points_short, after.points_owed) == (
        ReversalOutcome.VOID,
        15,
        25,
        0,
    )
    assert "25 had been spent and are not recovered" in rev.reason


# --- the loyalty bugs of issue 6, each shown impossible -----------------------------------------


def test_loyalty_bug_points_kept_after_a_refund_buy_refund_repeat() -> None:
    """R-VIP-05: buy → refund → repeat farms nothing, whole or in parts, with a carry."""
    led = Ledger(CARD).earn(ISSUED, "80", "seed")  # 80.00 carried, to tempt the loop
    for i in range(150):
        led = led.earn(DAY, "120", f"W{i}")  # 80 + 120 = 200: 2 points
        led, rev = led.reverse(DAY, f"W{i}")
        assert (rev.points_due, rev.points_reversed) == (2, 2)
    for i in range(150):
        led = led.earn(DAY, "150", f"P{i}")
        led, first = led.reverse(DAY, f"P{i}", amount="30")
        led, rest = led.reverse(DAY, f"P{i}")
        assert first.points_due + rest.points_due == 2
    assert (led.valid_points(on=DAY), led.carry, led.points_owed, led.lifetime_points) == (
        0,
        D("80.00"),
        0,
        0,
    )
    assert sum(e.points for e in led.entries) == 0


def test_loyalty_bug_buy_redeem_refund_leaves_the_points_owed() -> None:
    """R-VIP-08 + returns: buy → redeem → refund → repeat gives one gift, and it is owed."""
    led = Ledger(CARD).earn(DAY, "1000", "S0").redeem(DAY, 10, "保温杯")
    led, rev = led.reverse(DAY, "S0")
    assert (rev.outcome, led.valid_points(on=DAY), led.points_owed) == (ReversalOutcome.DEBT, 0, 10)
    for i in range(1, 30):
        led = led.earn(DAY, "1000", f"S{i}")  # its 10 points repay the debt
        assert (led.valid_points(on=DAY), led.points_owed) == (0, 0)
        with pytest.raises(InsufficientPoints):
            led.redeem(DAY, 10, "保温杯")
        led, rev = led.reverse(DAY, f"S{i}")  # the debt is owed again
        assert (rev.points_restored, led.points_owed) == (10, 10)
    assert sum(e.kind is EntryKind.REDEEM for e in led.entries) == 1
    led = led.earn(DAY, "2500", "honest")  # 25 points: 10 repay the debt first
    assert (led.valid_points(on=DAY), led.points_owed) == (15, 0)


def test_loyalty_bug_partial_refunds_never_deduct_a_point_twice() -> None:
    """R-VIP-05: the parts of a refund take back exactly what the whole would, then stop."""
    led = Ledger(CARD).earn(ISSUED, "60", "A").earn(ISSUED, "999.99", "B")
    whole = led.reverse(DAY, "B")[1].points_due
    parts = [D("0.01"), D("99.99"), D("400"), D("0.98"), D("499.01")]
    assert sum(parts) == D("999.99")
    total = 0
    for part in parts:
        led, rev = led.reverse(DAY, "B", amount=part)
        total += rev.points_due
    assert total == whole == 10  # 60 + 999.99 = 1059.99: 10 points, all B's doing
    assert (led.valid_points(on=DAY), led.carry) == (0, D("60.00"))
    with pytest.raises(IllegalTransition):
        led.reverse(DAY, "B", amount="0.01")


def test_loyalty_bug_no_floating_point_points() -> None:
    """R-VIP-05: 268.28 earns 2 points and carries exactly 68.28; floats are refused."""
    led = Ledger(CARD)
    for i in range(10):
        led = led.earn(ISSUED, "0.10", f"T{i}")
    led = led.earn(ISSUED, "268.18", "S1")
    assert led.carry == D("69.18")  # 10 × 0.10 + 268.18 = 269.18, exactly
    assert type(led.valid_points(on=ISSUED)) is int
    assert all(type(e.points) is int for e in led.entries)
    q = quote([Line("268.28")], CARD, on=DAY, ledger=led)
    assert (q.total, type(q.points)) == (D("241.45"), int)  # 241.452 -> 241.45
    for bad in (
        lambda: led.earn(DAY, 268.28, "F"),  # type: ignore[arg-type]
        lambda: Line(268.28),  # type: ignore[arg-type]
        lambda: quote([Line("1")], on=DAY, coupon=0.5),  # type: ignore[arg-type]
        lambda: VipPolicy(tier_rate=0.85),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidType, match="float"):
            bad()
    with pytest.raises(InvalidType, match="points: must be an int"):
        led.redeem(DAY, 1.0, "纸巾")  # type: ignore[arg-type]


def test_loyalty_bug_wrong_tier_is_judged_on_the_valid_balance_now() -> None:
    """R-VIP-06: expired, redeemed and returned points do not count; this purchase's neither."""
    policy = VipPolicy(points_validity_months=1)
    led = Ledger(CARD, policy=policy).earn(date(2024, 4, 1), "3000", "S1")
    assert quote([Line("100")], CARD, on=date(2024, 5, 1), ledger=led).vip_rate == D("0.85")
    assert quote([Line("100")], CARD, on=date(2024, 5, 2), ledger=led).vip_rate == D("0.90")
    returned, _ = ledger_with(30).reverse(DAY, "opening")
    assert quote([Line("100")], CARD, on=DAY, ledger=returned).vip_benefit is Benefit.VIP_BASE
    # a 3000-yuan purchase does not reach the tier by itself
    assert quote([Line("3400")], CARD, on=DAY, ledger=Ledger(CARD)).vip_rate == D("0.90")


def test_loyalty_bug_discounts_never_stack() -> None:
    """R-VIP-04: one benefit per line; the VIP rate never comes on top of another benefit."""
    birthday = date(2024, 6, 1)
    q = quote(
        [
            Line("100", promotion_price="95"),
            Line("50", coupon="10"),
            Line("200", special_price="170"),
            Line("100", promotion_price="70", coupon="20"),
        ],
        CARD,
        on=birthday,
        id_verified=True,
        ledger=ledger_with(40),
        coupon="15",
    )
    # birthday 6折 beats each line's own benefit; never 95 × 0.6, 40 × 0.6 …
    assert [(ql.benefit, ql.amount) for ql in q.lines] == [
        (Benefit.BIRTHDAY, D("60.00")),
        (Benefit.BIRTHDAY, D("30.00")),
        (Benefit.BIRTHDAY, D("120.00")),
        (Benefit.BIRTHDAY, D("60.00")),
    ]
    plain = quote(
        [Line("100", promotion_price="70", coupon="20")], CARD, on=DAY, ledger=Ledger(CARD)
    )
    assert (plain.lines[0].benefit, plain.total) == (Benefit.PROMOTION, D("70.00"))  # not 50
    for ql in (*q.lines, *plain.lines):
        assert (ql.benefit, ql.amount) in ql.options


# --- adversarial cases ---------------------------------------------------------------------------


def test_R_VIP_10_the_card_and_its_points_are_valid_through_the_last_day() -> None:
    last = CARD.last_valid_on
    led = ledger_with(40).earn(last, "100", "LAST")  # earning on the last day is allowed
    assert led.valid_points(on=last) == 41
    assert quote([Line("100")], CARD, on=last, ledger=led).vip_benefit is Benefit.POINTS_TIER
    with pytest.raises(InvalidInput, match=r"expired after 2026-03-15; .*\(R-VIP-10\)"):
        led.earn(last + timedelta(days=1), "100", "LATE")
    assert led.valid_points(on=last + timedelta(days=1)) == 0


def test_R_VIP_07_R_VIP_10_feb_29_birthdays_and_feb_29_cards() -> None:
    leap_card = Card.issue("VIP-0229", LI, on=date(2024, 2, 29))
    assert leap_card.last_valid_on == date(2026, 2, 28)  # +2 years: no 29 Feb in 2026
    assert leap_card.check(on=date(2026, 2, 28)).allowed
    assert not leap_card.check(on=date(2026, 3, 1)).allowed
    four = Card.issue(
        "VIP-0230", LI, on=date(2024, 2, 29), policy=VipPolicy(card_validity_months=48)
    )
    assert four.last_valid_on == date(2028, 2, 29)
    renewed = leap_card.renew("VIP-0231", on=date(2026, 2, 28))
    assert renewed.last_valid_on == date(2028, 2, 28)  # issued 28 Feb: the 28th again
    older = Card.issue("VIP-0232", LI, on=date(2023, 6, 1))
    prices = {
        day: quote([Line("100")], older, on=day, id_verified=True, ledger=Ledger(older)).total
        for day in (date(2025, 2, 28), date(2025, 3, 1), date(2024, 2, 29), date(2024, 2, 28))
    }
    assert prices == {
        date(2025, 2, 28): D("60.00"),
        date(2025, 3, 1): D("90.00"),
        date(2024, 2, 29): D("60.00"),
        date(2024, 2, 28): D("90.00"),
    }


def test_R_VIP_08_redemption_is_first_expiring_first_over_several_earn_dates() -> None:
    policy = VipPolicy(points_validity_months=6)
    led = (
        Ledger(CARD, policy=policy)
        .earn(date(2024, 4, 1), "1000", "A")  # 10 points, valid through 2024-10-01
        .earn(date(2024, 5, 1), "700", "B")  # 7 points, through 2024-11-01
        .earn(date(2024, 6, 1), "500", "C")  # 5 points, through 2024-12-01
        .redeem(date(2024, 7, 1), 14, "台灯")  # all of A, 4 of B
    )
    assert led.valid_points(on=date(2024, 10, 2)) == 8
    assert led.valid_points(on=date(2024, 11, 2)) == 5
    led = led.expire(date(2024, 12, 2))
    assert [(e.kind, e.points, e.ref) for e in led.entries[-2:]] == [
        (EntryKind.EXPIRE, -3, "B"),
        (EntryKind.EXPIRE, -5, "C"),
    ]
    assert [e.on for e in led.entries[-2:]] == [date(2024, 11, 2), date(2024, 12, 2)]


def test_reversal_after_partial_expiry_takes_neither_twice_nor_too_little() -> None:
    """A's 10 points: 4 redeemed, 6 expired; its return takes 4 from B, not the 6 again."""
    policy = VipPolicy(points_validity_months=2)
    led = (
        Ledger(CARD, policy=policy)
        .earn(date(2024, 4, 1), "1000", "A")
        .redeem(date(2024, 4, 2), 4, "纸巾")
        .earn(date(2024, 5, 1), "2000", "B")
    )
    after, rev = led.reverse(date(2024, 6, 5), "A")  # A's points lapsed after 06-01
    assert (rev.points_due, rev.points_expired, rev.points_reversed, rev.points_short) == (
        10,
        6,
        4,
        0,
    )
    assert after.valid_points(on=date(2024, 6, 5)) == 16
    assert [e.kind for e in after.entries[-2:]] == [EntryKind.EXPIRE, EntryKind.REVERSE]


def test_quote_refuses_a_ledger_that_is_not_the_presented_cards() -> None:
    """R-VIP-08: only the presented card's own points count."""
    twin = attrs.evolve(CARD, holder=LI)  # same number, another holder: a forgery
    for card in (None, twin):
        with pytest.raises(InvalidInput, match=r"ledger: is not the ledger of the card presented"):
            quote([Line("100")], card, on=DAY, ledger=ledger_with(40))


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: Line("100", -2), InvalidInput, "quantity: must be at least 1"),
        (lambda: Line("100", True), InvalidType, "quantity: must be an int"),
        (lambda: Line("100", special_price="100.01"), InvalidInput, "special_price: must not"),
        (lambda: Line("-1"), InvalidInput, "list_price: must not be negative"),
        (lambda: Line("0.125", 1000), InvalidInput, r"list_price: has a fraction of a fen"),
        (lambda: Line(D("9.999")), InvalidInput, r"list_price: .*\(got Decimal\('9.999'\)\)"),
        (
            lambda: Line("10", promotion_price="9.995"),
            InvalidInput,
            "promotion_price: has a fraction of a fen",
        ),
        (lambda: Line("99999999", 10**20), InvalidInput, r"quantity: times list_price 99999999"),
        (lambda: Line("10", coupon="-1"), InvalidInput, "coupon: must not be negative"),
    ],
)
def test_line_refuses_bad_values_naming_the_argument(
    make: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        make()


def test_line_edge_values_that_are_fine() -> None:
    assert Line("¥1,299.90", 2).list_amount == D("2599.80")  # whole fen, with ¥ and commas
    assert Line(D("9.990")).list_price == D("9.99")  # trailing zero: still whole fen
    assert Line("0").list_amount == D("0.00")  # a free gift line
    huge = quote([Line("99999.99", 10**12)], CARD, on=DAY, ledger=Ledger(CARD))
    assert huge.total == D("89999991000000000.00")  # exact, no float, no overflow
    assert huge.points == 899999910000000
    over = quote(
        [Line("50", coupon="80")], CARD, on=DAY, ledger=Ledger(CARD)
    )  # coupon above the line: free
    assert (over.lines[0].benefit, over.total) == (Benefit.COUPON, D("0.00"))
    with pytest.raises(InvalidInput, match="lines: must not be empty"):
        quote((), CARD, on=DAY, ledger=Ledger(CARD))


def test_R_VIP_04_a_coupon_above_the_line_frees_it_and_says_the_rest_is_not_paid_out() -> None:
    """R-VIP-04: a coupon (the line's own, plus its share of an order coupon) worth more
    than the line makes it free, as a voucher does at a till: no change is given.  The
    line's reason says what the coupon was and what of it was left, not only the amount to
    pay, which a coupon that fits shows alone."""
    over = quote([Line("100", coupon="200")], CARD, on=DAY, ledger=Ledger(CARD))
    shared = quote(
        [Line("100", coupon="80"), Line("100")], CARD, on=DAY, coupon="60", ledger=Ledger(CARD)
    )
    fits = quote([Line("100", coupon="30")], CARD, on=DAY, ledger=Ledger(CARD))
    line = over.lines[0]
    assert (line.benefit, line.amount, over.total) == (Benefit.COUPON, D("0.00"), D("0.00"))
    assert line.reason == (
        "coupon: 0.00 to pay; coupon 200.00 is more than the line's 100.00: the 100.00 left "
        "is not paid out; VIP rate not combined; best single benefit; "
        "VIP rate would be 90.00"
    )
    assert "coupon 110.00 is more than the line's 100.00: the 10.00 left" in shared.lines[0].reason
    assert "more than" not in shared.lines[1].reason
    assert fits.lines[0].reason.startswith("coupon: 70.00 to pay; VIP rate not combined")
    with language("zh_CN"):
        said = quote([Line("100", coupon="200")], CARD, on=DAY, ledger=Ledger(CARD)).lines[0].reason
    assert said.startswith(
        "优惠券：应付 0.00 元；优惠券 200.00 元超过本行 100.00 元，余下 100.00 元不予找零"
    )


def test_R_VIP_05_a_free_purchase_is_recorded_and_earns_nothing() -> None:
    """R-VIP-05: a basket that costs nothing (a gift, a line a coupon pays for) is a sale:
    its quote's total 0.00 is earned like any other, so the sale's ref is on the ledger,
    with no point and the carry unchanged; its full return takes nothing back."""
    before = Ledger(CARD).earn(DAY, "150", "S1")
    free = quote([Line("0", name="赠品"), Line("20", coupon="20")], CARD, on=DAY, ledger=before)
    assert free.total == D("0.00")
    after = before.earn(DAY, free.total, "S2")
    entry = after.entries[-1]
    assert (entry.kind, entry.ref, entry.paid, entry.points) == (
        EntryKind.EARN,
        "S2",
        D("0.00"),
        0,
    )
    assert entry.reason.startswith("earned 0 points for 0.00 paid")
    assert (after.carry, after.valid_points(on=DAY)) == (before.carry, before.valid_points(on=DAY))
    returned, reversal = after.reverse(DAY, "S2")
    assert (reversal.refunded, reversal.points_reversed) == (D("0.00"), 0)
    assert returned.valid_points(on=DAY) == before.valid_points(on=DAY)


def test_values_are_equal_hashable_and_pickle() -> None:
    led = ledger_with(35).redeem(DAY, 5, "伞")
    after, rev = led.reverse(DAY, "opening")
    values: list[Any] = [
        VipPolicy(base_rate="0.95"),
        Purchase(DAY, "10", "R1", refunded="5"),
        qualify([Purchase(DAY, "1000")], on=DAY),
        WANG,
        CARD,
        CARD.check(on=DAY),
        Line("10", 2, coupon="1", name="毛巾"),
        quote([Line("100", promotion_price="80")], CARD, on=DAY, ledger=led, coupon="5"),
        led,
        after,
        rev,
        led.entries[-1],
        Benefit.BIRTHDAY,
    ]
    for value in values:
        copy = pickle.loads(pickle.dumps(value))
        assert copy == value
        assert hash(copy) == hash(value)
    assert len({*values, *values}) == len(values)
    assert ledger_with(35).redeem(DAY, 5, "伞") == led  # equal by content
    assert led != after


def _mutable_parts(value: Any, path: str = "value") -> list[str]:
    """Every list/dict/set reachable from ``value`` through attrs fields and tuples."""
    if isinstance(value, (list, dict, set, bytearray)):
        return [path]
    if isinstance(value, tuple):
        return [p for i, v in enumerate(value) for p in _mutable_parts(v, f"{path}[{i}]")]
    if attrs.has(type(value)):
        return [
            p
            for f in attrs.fields(type(value))
            for p in _mutable_parts(getattr(value, f.name), f"{path}.{f.name}")
        ]
    return []


def test_ledger_is_truly_immutable() -> None:
    """No list, dict or set anywhere inside; every part frozen; evolve keeps or refuses."""
    led = ledger_with(35).earn(DAY, "50", "S2").redeem(DAY, 5, "伞")
    led, _ = led.reverse(DAY, "S2", amount="20")
    assert _mutable_parts(led) == []
    assert _mutable_parts(quote([Line("1")], CARD, on=DAY, ledger=led)) == []
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        led.card = CARD  # type: ignore[misc]
    assert attrs.evolve(led) == led
    cheaper = VipPolicy(base_rate="0.88")
    evolved = attrs.evolve(led, policy=cheaper)  # keeps the points; new rules from now on
    assert (evolved.entries, evolved.valid_points(on=DAY), evolved.policy) == (
        led.entries,
        30,
        cheaper,
    )
    assert quote([Line("100")], CARD, on=DAY, ledger=evolved).total == D("85.00")
    other = Card.issue("VIP-0099", WANG, on=ISSUED)
    with pytest.raises(InvalidInput, match=r"card: the ledger holds the points of card VIP-0001"):
        attrs.evolve(led, card=other)
    with pytest.raises(InvalidType, match="card: must be a Card"):
        Ledger("VIP-0001")  # type: ignore[arg-type]


def test_dates_outside_the_calendar_are_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match=r"on: \+24 months falls outside the calendar"):
        Card.issue("X", WANG, on=date(9999, 6, 1))
    with pytest.raises(InvalidInput, match=r"on: -6 months falls outside the calendar"):
        qualify([], on=date(1, 3, 1))
    with pytest.raises(InvalidInput, match=r"on: \+1 months falls outside the calendar"):
        registration_report_due(on=date(9999, 12, 5))


@pytest.mark.parametrize("on", [date(9999, 12, 1), date(9999, 12, 15), date(9999, 12, 31)])
def test_registration_report_due_shows_the_day_given(on: date) -> None:
    """R-VIP-11: the refusal of a day whose month's report falls past the calendar shows
    the caller's ``on``, not the first of its month the count starts from."""
    with pytest.raises(InvalidInput) as caught:
        registration_report_due(on=on)
    assert caught.value.argument == "on"
    assert caught.value.value == on
    assert str(caught.value).endswith(f"(got {on!r})")


def test_policy_refuses_nan_and_infinity_by_name() -> None:
    for bad in ("NaN", D("Infinity"), "-inf"):
        with pytest.raises(PolicyError, match="base_rate: must be a finite number"):
            VipPolicy(base_rate=bad)


def test_policy_amounts_read_as_money() -> None:
    """The thresholds and ``yuan_per_point`` are amounts: read as every policy's money
    field is (``"¥2,000"``), whole fen, more than 0, each refusal a ``PolicyError``."""
    policy = VipPolicy(cumulative_threshold="¥2,000", yuan_per_point="50")
    assert (policy.cumulative_threshold, policy.fen_per_point) == (D("2000.00"), 5000)
    for name, bad, problem in [
        ("single_purchase_threshold", "1000.005", "has a fraction of a fen"),
        ("cumulative_threshold", "-1", "must not be negative"),
        ("yuan_per_point", "0", "must be more than 0"),
        ("yuan_per_point", "x", "is not an amount of money"),
    ]:
        with pytest.raises(PolicyError, match=f"^{name}: {problem}"):
            VipPolicy(**{name: bad})  # type: ignore[arg-type]


# --- registration forms (R-VIP-11, R-SLA-16) -----------------------------------------------------


@pytest.mark.parametrize(
    ("on", "due"),
    [
        (date(2024, 12, 31), date(2025, 1, 2)),
        (date(2024, 1, 1), date(2024, 2, 2)),
        (date(2024, 2, 29), date(2024, 3, 4)),  # 03-02 a Saturday
        (date(2024, 11, 15), date(2024, 12, 2)),
        (date(2025, 9, 15), date(2025, 10, 9)),  # 10-02 国庆节: the first working day after it
    ],
)
def test_R_VIP_11_R_SLA_16_forms_are_mailed_by_the_2nd_of_next_month(on: date, due: date) -> None:
    """R-VIP-11, R-SLA-16, R-PER-01: 次月2日, a 2nd that is a rest day moved to the next
    working day (Civil Code art. 203, the catalogue's default for every seed period)."""
    assert registration_report_due(on=on) == due


@pytest.mark.parametrize("on", [date(2025, 9, 15), date(2024, 2, 29), date(2024, 12, 31)])
def test_R_VIP_11_one_answer_with_due_in_month_for_the_seed_text(on: date) -> None:
    """R-VIP-11, R-SLA-16: D7's 于次月2日 has one answer, the registration forms' day and
    ``due_in_month(on, "次月2日")`` (the same day and the same rest days skipped)."""
    mine = registration_report_due(on=on, explain=True)
    read = due_in_month(on, "次月2日", explain=True)
    assert (mine.ends_on, mine.skipped_rest_days) == (read.ends_on, read.skipped_rest_days)


def test_R_VIP_11_report_due_counts_on_the_calendar_given() -> None:
    """R-VIP-11, item 3: a company closure on the 2nd moves the day on, and the calendar is
    keyword-only (``calendar=``), as wherever working time is counted."""
    closed = WorkCalendar(closures=[date(2024, 12, 2)])
    assert registration_report_due(on=date(2024, 11, 15)) == date(2024, 12, 2)
    assert registration_report_due(on=date(2024, 11, 15), calendar=closed) == date(2024, 12, 3)
    with pytest.raises(InvalidType, match="calendar: must be a WorkCalendar"):
        registration_report_due(on=date(2024, 11, 15), calendar="CN")  # type: ignore[call-overload]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=50)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 11, 30)))
def test_R_VIP_11_any_day_of_a_month_gives_the_same_due_day(on: date) -> None:
    """R-VIP-11: every day of a month gives its month's day: the 2nd of the next month or,
    when that is a rest day, the first working day after it (art. 203)."""
    due = registration_report_due(on=on)
    assert due == registration_report_due(on=on.replace(day=1))
    second = (on.replace(day=1) + relativedelta(months=1)).replace(day=2)
    cal = china()
    assert cal.is_workday(due)
    assert all(not cal.is_workday(second + timedelta(days=n)) for n in range((due - second).days))


def test_R_VIP_11_report_due_explained_is_a_deadline_citing_the_rule() -> None:
    """R-VIP-11: ``explain=True`` returns a Deadline with the rule and a one-line reason."""
    result = registration_report_due(on=date(2024, 2, 17), explain=True)
    assert isinstance(result, Deadline)
    assert (result.rule, result.start, result.ends_on) == (
        "R-VIP-11",
        date(2024, 2, 17),
        date(2024, 3, 4),
    )
    assert (result.period, result.due_at) == (None, None)
    assert result.skipped_rest_days == (date(2024, 3, 2), date(2024, 3, 3))
    assert result.reason == (
        "the registration forms of 2024-02 are mailed to operations on day 2 of the next month: "
        "on or before 2024-03-04"
    )
    assert result.explain().splitlines()[1].startswith("  - R-VIP-11: ")
    assert stray_words(result.explain()) == ()


def test_R_VIP_11_report_due_explained_follows_the_policy_day() -> None:
    """R-VIP-11: the day of the next month is the policy's ``report_day``."""
    result = registration_report_due(
        on=date(2024, 12, 31), explain=True, policy=VipPolicy(report_day=6)
    )
    assert (result.rule, result.ends_on) == ("R-VIP-11", date(2025, 1, 6))
    assert "day 6 of the next month" in result.reason


@pytest.mark.parametrize("explain", [1, "true", None])
def test_registration_report_due_refuses_a_non_bool_explain(explain: Any) -> None:
    with pytest.raises(InvalidType, match="explain"):
        registration_report_due(on=date(2024, 2, 17), explain=explain)


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=50)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 11, 30)))
def test_R_VIP_11_explained_due_day_is_the_plain_due_day(on: date) -> None:
    """Invariant: ``explain=True`` changes the shape, never the day."""
    result = registration_report_due(on=on, explain=True)
    assert result.ends_on == registration_report_due(on=on)
    assert result.rule == "R-VIP-11"
    assert "\n" not in result.reason


def test_R_VIP_11_report_due_refuses_a_day_its_calendar_cannot_count_by_name() -> None:
    """R-VIP-11: a month whose report day lies outside the calendar's years (1950-2100 for
    China) is refused naming ``on`` and showing the day given."""
    with pytest.raises(
        InvalidInput, match=r"^on: day 2 of the next month cannot be counted from it"
    ) as caught:
        registration_report_due(on=date(1949, 1, 10))
    assert (caught.value.argument, caught.value.value) == ("on", date(1949, 1, 10))


def test_registration_report_due_refuses_a_month_string_and_a_positional_day() -> None:
    with pytest.raises(InvalidType, match=r"on: must be a datetime\.date"):
        registration_report_due(on="2024-12")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        registration_report_due(date(2024, 12, 1))  # type: ignore[call-overload]


# --- properties -------------------------------------------------------------------------------

# The project's own strategies (custops.testing): amounts to the fen, basket lines with
# at most one benefit of their own (up to 2000.00 a unit, 5 units), days, VIP policies.
money = amounts(max_value=5000)

quote_args = st.fixed_dictionaries(
    {
        "lines": st.lists(lines(max_price=2000, max_quantity=5), min_size=1, max_size=6),
        "points": st.integers(min_value=0, max_value=60),
        "on": dates(date(2024, 3, 1), date(2026, 4, 1)),
        "id_verified": st.booleans(),
        "stacking": st.sampled_from(list(StackingRule)),
        "coupon": st.one_of(st.none(), money),
    }
)


def _quote(args: dict[str, Any]) -> Any:
    policy = VipPolicy(stacking=args["stacking"])
    led = ledger_with(args["points"], policy=policy)
    on = max(args["on"], ISSUED)
    return quote(
        args["lines"],
        CARD,
        on=on,
        ledger=led,
        id_verified=args["id_verified"],
        coupon=args["coupon"],
    )


@given(quote_args)
def test_property_total_is_the_sum_of_lines_and_never_above_list(args: dict[str, Any]) -> None:
    q = _quote(args)
    assert q.total == sum((ql.amount for ql in q.lines), D(0))
    assert q.total <= q.list_total
    assert all(D(0) <= ql.amount <= ql.list_amount for ql in q.lines)
    assert all(ql.amount == ql.amount.quantize(D("0.01")) for ql in q.lines)


@given(quote_args)
def test_property_best_benefit_is_never_worse_than_any_single_benefit(
    args: dict[str, Any],
) -> None:
    """R-VIP-04: under the default, no applicable benefit alone would have been cheaper."""
    args = {**args, "stacking": StackingRule.BEST_FOR_CUSTOMER}
    q = _quote(args)
    for ql in q.lines:
        line = ql.line
        singles = [ql.list_amount]
        if q.vip_rate is not None:
            singles.append(yuan(line.list_amount * q.vip_rate))
        if line.promotion_price is not None:
            singles.append(line.promotion_price * line.quantity)
        if line.special_price is not None:
            singles.append(line.special_price * line.quantity)
        if line.coupon:
            singles.append(max(D(0), line.list_amount - line.coupon))
        assert ql.amount <= min(singles)
        assert (ql.benefit, ql.amount) in ql.options or ql.benefit is Benefit.NONE


@given(quote_args)
def test_property_promotions_win_only_on_a_line_on_promotion_or_special_price(
    args: dict[str, Any],
) -> None:
    """R-VIP-04 under PROMOTION_WINS: a line with a promotion or special price never takes a
    VIP rate; any other line (a coupon, an order coupon's share, or nothing of its own) is
    priced exactly as under the default, the better for the customer."""
    wins = _quote({**args, "stacking": StackingRule.PROMOTION_WINS})
    best = _quote({**args, "stacking": StackingRule.BEST_FOR_CUSTOMER})
    for won, chosen in zip(wins.lines, best.lines, strict=True):
        line = won.line
        if line.promotion_price is not None or line.special_price is not None:
            assert not won.benefit.is_vip
            assert won.amount >= chosen.amount
        else:
            assert (won.benefit, won.amount) == (chosen.benefit, chosen.amount)


# Local: a random script of operations on CARD, refused ones included and skipped, so that
# run() checks the invariants after every step and collects every Reversal; the public
# ledgers() gives only the resulting ledger (used below where that is all a test needs).
# A random history of a card: ("earn", amount) | ("redeem", n) | ("reverse", i, part) | ("wait", d)
ops_st = st.lists(
    st.one_of(
        st.tuples(st.just("earn"), money),
        st.tuples(st.just("redeem"), st.integers(min_value=1, max_value=40)),
        st.tuples(
            st.just("reverse"),
            st.integers(min_value=0, max_value=20),
            st.one_of(st.none(), st.integers(min_value=1, max_value=99)),
        ),
        st.tuples(st.just("wait"), st.integers(min_value=0, max_value=120)),
    ),
    max_size=25,
)
policies_st = vip_policies()  # remainder, shortfall, points validity (1-24 months), …
# Ledgers built by a random valid history (an opening balance, purchases of 0.00 to 5000.00,
# redemptions, full and partial returns, expiry, corrected and replaced cards; random cards
# and policies) that take more events (the tests below record some).
ledgers_st = ledgers(policies=policies_st, max_operations=25, max_paid=5000, allow_closed=False)


def run(
    ops: list[tuple[Any, ...]], policy: VipPolicy, reversals: list[Reversal] | None = None
) -> tuple[Ledger, date, list[str]]:
    """Apply ``ops`` to an empty ledger, skipping refused operations; return the last day too.

    Checks after every step that the balance is not negative and that a debt is never owed
    while points are available; collects the reversals into ``reversals`` if given.
    """
    led, day, refs = Ledger(CARD, policy=policy), ISSUED, list[str]()
    collected = reversals if reversals is not None else []
    for op in ops:
        if op[0] == "wait":
            day = min(day + timedelta(days=op[1]), CARD.last_valid_on + timedelta(days=30))
        elif op[0] == "earn":
            if day <= CARD.last_valid_on:
                led = led.earn(day, op[1], f"P{len(refs)}")
                refs.append(f"P{len(refs)}")
        elif op[0] == "redeem":
            with contextlib.suppress(InsufficientPoints):
                led = led.redeem(day, op[1], "礼品")
        elif refs:
            ref = refs[op[1] % len(refs)]
            with contextlib.suppress(IllegalTransition, InvalidInput):
                amount = None if op[2] is None else yuan(op[2])
                led, rev = led.reverse(day, ref, amount=amount)
                collected.append(rev)
        balance = led.valid_points(on=day)
        assert balance >= 0
        assert led.points_owed == 0 or balance == 0
    return led, day, refs


@settings(max_examples=60)
@given(ops_st, policies_st)
def test_property_points_are_whole_never_negative_and_the_balance_sums_the_entries(
    ops: list[tuple[Any, ...]], policy: VipPolicy
) -> None:
    led, day, _ = run(ops, policy)
    led = led.expire(day)
    balance = led.valid_points(on=day)
    assert isinstance(balance, int)
    assert balance >= 0
    assert led.points_owed >= 0
    assert all(isinstance(e.points, int) for e in led.entries)
    assert sum(e.points for e in led.entries) == balance
    assert D(0) <= led.carry < policy.yuan_per_point


@settings(max_examples=30)
@given(ledgers_st, money)
def test_property_earn_then_reverse_returns_the_balance(led: Ledger, paid: Decimal) -> None:
    day = led.last_event_on or led.card.issued_on
    assume(day <= led.card.last_valid_on)  # a card that expired earns nothing
    led = led.expire(day)
    before = (led.valid_points(on=day), led.carry, led.points_owed, led.lifetime_points)
    after, rev = led.earn(day, paid, "NEW").reverse(day, "NEW")
    assert rev.points_short == 0
    assert (
        after.valid_points(on=day),
        after.carry,
        after.points_owed,
        after.lifetime_points,
    ) == before


@settings(max_examples=60)
@given(ledgers_st)
def test_property_net_points_credited_are_floor_of_net_spend(led: Ledger) -> None:
    """R-VIP-05 with returns: as if returned goods were never bought; no double deduction.
    An opening balance adds the points it brought forward, its carry counted as spend."""
    policy = led.policy
    per = policy.yuan_per_point
    refunded: dict[str | None, Decimal] = {}
    for e in led.entries:
        if e.kind is EntryKind.REVERSE and e.refunded is not None:
            refunded[e.ref] = refunded.get(e.ref, D(0)) + e.refunded
    nets = [
        e.paid - refunded.get(e.ref, D(0))
        for e in led.entries
        if e.kind is EntryKind.EARN and e.paid is not None
    ]
    opened = [e for e in led.entries if e.kind is EntryKind.OPENING]
    opening = sum(e.points for e in opened)
    carried = sum((e.carry for e in opened), D(0))
    if policy.remainder is RemainderRule.CARRY:
        assert led.lifetime_points == opening + int((carried + sum(nets, D(0))) // per)
    else:
        assert led.lifetime_points == opening + sum(int(n // per) for n in nets)


@settings(max_examples=60)
@given(
    ledgers(max_operations=25, max_paid=5000, allow_closed=False),
    st.integers(min_value=1, max_value=80),
)
def test_property_redemption_is_all_or_nothing(led: Ledger, points: int) -> None:
    day = led.last_event_on or led.card.issued_on
    snapshot = pickle.dumps(led)
    balance = led.valid_points(on=day)
    if not led.card.check(on=day).allowed:  # no valid card: refused as earn is (R-VIP-10)
        with pytest.raises(InvalidInput, match=r"^on: .*\(R-VIP-10\)"):
            led.redeem(day, points, "礼品")
    elif points <= balance:
        after = led.redeem(day, points, "礼品")
        assert after.valid_points(on=day) == balance - points
    else:
        with pytest.raises(InsufficientPoints):
            led.redeem(day, points, "礼品")
    assert pickle.loads(snapshot) == led
    assert led.valid_points(on=day) == balance


days_2023_2024 = dates(date(2023, 1, 1), date(2024, 12, 31))


def receipt(p: Purchase) -> object:
    """What tells purchases apart: the ref when given (``qualify`` refuses a ref twice)."""
    return p.ref or p


# Purchases of 0.00 to 1500.00, some partly or fully refunded, some with a reference (each once).
purchases_st = st.lists(
    purchases(date(2023, 1, 1), date(2024, 12, 31), max_paid=1500), max_size=8, unique_by=receipt
)


@given(purchases_st, days_2023_2024, amounts(max_value=1500), days_2023_2024)
def test_property_qualification_is_monotonic_in_spending(
    purchases: list[Purchase], on: date, extra: Decimal, extra_on: date
) -> None:
    """R-VIP-01: buying more (or paying more) never loses the qualification."""
    before = qualify(purchases, on=on)
    more = qualify([*purchases, Purchase(extra_on, extra)], on=on)
    assert more.window_total >= before.window_total
    assert more.needed <= before.needed
    if before.allowed:
        assert more.allowed
    if purchases:
        bigger = [attrs.evolve(purchases[0], paid=purchases[0].paid + extra), *purchases[1:]]
        assert qualify(bigger, on=on).allowed or not before.allowed


@given(purchases_st, days_2023_2024, st.data())
def test_property_qualify_refuses_a_purchase_given_again(
    purchases: list[Purchase], on: date, data: st.DataObject
) -> None:
    """R-VIP-01: a purchase with a ref given again anywhere is refused, naming its ref;
    the answer never counts it twice."""
    with_ref = [p for p in purchases if p.ref is not None]
    assume(with_ref)
    again = data.draw(st.sampled_from(with_ref))
    place = data.draw(st.integers(0, len(purchases)))
    repeated = [*purchases[:place], again, *purchases[place:]]
    with pytest.raises(InvalidInput) as info:
        qualify(repeated, on=on)
    assert (info.value.argument, info.value.value) == ("purchases", again.ref)


def test_every_error_is_a_custops_error() -> None:
    for call in (
        lambda: quote([Line("1")], "card", on=DAY, ledger=Ledger("card")),  # type: ignore[arg-type]
        lambda: Ledger(CARD).redeem(DAY, 0, "x"),
        lambda: Ledger(CARD).earn(DAY, "1", ""),
    ):
        with pytest.raises(CustopsError):
            call()


@settings(max_examples=60)
@given(ops_st, policies_st)
def test_property_every_point_is_accounted_for_none_farmed(
    ops: list[tuple[Any, ...]], policy: VipPolicy
) -> None:
    """Points credited = balance − debt + redeemed + expired − written off, at any moment.

    So under the default DEBT policy a customer never redeems more than the card earned
    for its net spend plus what is recorded as owed; the running balance never dips below 0.
    """
    reversals: list[Reversal] = []
    led, day, _ = run(ops, policy, reversals)
    led = led.expire(day)
    redeemed = -sum(e.points for e in led.entries if e.kind is EntryKind.REDEEM)
    expired = -sum(e.points for e in led.entries if e.kind is EntryKind.EXPIRE)
    expired -= sum(r.points_expired for r in reversals)
    written_off = sum(
        r.points_short
        for r in reversals
        if r.outcome in (ReversalOutcome.WRITTEN_OFF, ReversalOutcome.VOID)
    )
    assert led.lifetime_points == (
        led.valid_points(on=day) - led.points_owed + redeemed + expired - written_off
    )
    if policy.shortfall_rule is ShortfallRule.DEBT and day <= CARD.last_valid_on:
        assert redeemed <= led.lifetime_points + led.points_owed
    running = 0
    for entry in led.entries:
        running += entry.points
        assert running >= 0
    assert all(
        r.points_due == r.points_reversed + r.points_expired + r.points_short + r.points_restored
        for r in reversals
        if r.outcome is not ReversalOutcome.REFUSED
    )


@given(
    amounts(max_value="99.99"),
    amounts(min_value="0.01", max_value=5000),
    st.lists(amounts(min_value="0.01", max_value=5000), max_size=6),
    st.sampled_from(list(RemainderRule)),
)
def test_property_partial_refunds_add_up_to_the_whole(
    prior: Decimal, paid: Decimal, cuts: list[Decimal], remainder: RemainderRule
) -> None:
    """R-VIP-05: a refund in any number of parts takes back what the whole refund would."""
    policy = VipPolicy(remainder=remainder)
    start = Ledger(CARD, policy=policy).earn(ISSUED, prior, "prior")
    led = start.earn(ISSUED, paid, "P")
    whole = led.reverse(DAY, "P")[1].points_due
    edges = sorted({c for c in cuts if c < paid})
    parts = [b - a for a, b in zip([D(0), *edges], [*edges, paid], strict=True)]
    total = 0
    for part in parts:
        led, rev = led.reverse(DAY, "P", amount=part)
        total += rev.points_due
    assert total == whole
    assert (led.valid_points(on=DAY), led.carry, led.lifetime_points) == (
        start.valid_points(on=DAY),
        start.carry,
        start.lifetime_points,
    )
    with pytest.raises(IllegalTransition):
        led.reverse(DAY, "P")


# ------------------------------------------------------------------ issue 17: the seed's words


def test_R_VIP_06_D7_accumulated_points_are_the_points_held() -> None:
    """R-VIP-06, D7 vip顾客权限 3: "累计积分满30分,即可享受8、5折优惠 … 兑奖后,积分会相应扣除".
    累计积分 is the card's points as they stand: redeemed points no longer count."""
    assert TierBasis.parse("累计积分") is TierBasis.CURRENT_BALANCE
    assert TierBasis.parse("累计获得积分") is TierBasis.LIFETIME_EARNED
    assert VipPolicy().tier_basis is TierBasis.CURRENT_BALANCE
    assert VipPolicy(tier_basis="累计积分").tier_basis is TierBasis.CURRENT_BALANCE
    day = date(2024, 5, 1)
    held = ledger_with(40)
    assert quote([Line("100")], CARD, on=day, ledger=held).vip_benefit is Benefit.POINTS_TIER
    spent = held.redeem(day, 15, "电饭煲")  # 兑奖后积分会相应扣除: 25 left
    assert spent.tier_points(on=day) == 25
    q = quote([Line("100")], CARD, on=day, ledger=spent)
    assert q.vip_benefit is Benefit.VIP_BASE
    assert q.total == D("90.00")


def test_R_VIP_01_D7_half_year_includes_the_purchase_exactly_half_a_year_before() -> None:
    """R-VIP-01, D7 vip资格申请条件: "半年内累计购物满2000元". A purchase on 15 January and one
    on 15 July are within half a year (Civil Code arts. 201-202; art. 1259: 以内 includes the
    bound), one on 16 July is not."""
    earlier = [Purchase(date(2024, 1, 15), "800"), Purchase(date(2024, 4, 1), "700")]
    q = qualify([*earlier, Purchase(date(2024, 7, 15), "500")], on=date(2024, 7, 15))
    assert q
    assert q.qualify_basis is QualifyBasis.CUMULATIVE
    assert q.window_total == D("2000.00")
    late = qualify([*earlier, Purchase(date(2024, 7, 16), "500")], on=date(2024, 7, 16))
    assert not late
    assert late.window_total == D("1200.00")
    assert late.qualification_window.start == date(2024, 1, 16)
    assert str(late).startswith("not yet qualified (R-VIP-01): ")


@given(st.dates(min_value=date(2, 1, 1)), st.integers(min_value=1, max_value=36))
def test_property_the_window_is_the_earliest_day_whose_half_year_reaches_on(
    on: date, months: int
) -> None:
    """R-VIP-01: the window starts at the earliest purchase day *s* with s + months >= on."""
    policy = VipPolicy(window_months=months)
    window = qualification_window(on=on, policy=policy)
    assert window.end == on
    assert window.start + relativedelta(months=months) >= on
    assert window.start - timedelta(days=1) + relativedelta(months=months) < on


# ------------------------------------------------------------------ issue 14: extremes


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: qualify([], on=date.min), "on"),
        (lambda: qualification_window(on=date(1, 5, 31)), "on"),
        (lambda: Card.issue("V", WANG, on=date.max), "on"),
        (lambda: Card.issue("V", WANG, on=date(9998, 12, 31)), "on"),
        (lambda: registration_report_due(on=date.max), "on"),
        (lambda: Ledger(CARD).earn(date.max, "1", "S"), "on"),
        (lambda: Ledger(CARD).earn(ISSUED, 10**40, "S"), "paid"),
        (lambda: Ledger(CARD).redeem(ISSUED, 10**40, "伞"), "points"),
        (lambda: VipPolicy(window_months=10**30), "window_months"),
        (lambda: VipPolicy(card_validity_months=10**30), "card_validity_months"),
        (lambda: VipPolicy(points_validity_months=10**30), "points_validity_months"),
        (lambda: VipPolicy(tier_basis="lifetimes"), "tier_basis"),
        (lambda: Line("1", 10**30), "quantity"),
        (lambda: Holder("C", "王", born_on="1990-01-01"), "born_on"),  # type: ignore[arg-type]
        (lambda: is_birthday(date.max, on=date.min, policy="strict"), "policy"),  # type: ignore[arg-type]
    ],
)
def test_extremes_and_junk_raise_a_custops_error_naming_the_argument(
    call: Callable[[], object], argument: str
) -> None:
    """Issue 14 item 5: date.min/max, huge ints and junk raise a CustopsError naming the
    argument; nothing escapes as ValueError or OverflowError."""
    with pytest.raises(CustopsError) as info:
        call()
    assert info.value.argument == argument
    assert argument in str(info.value)


def test_pricing_uses_the_ledgers_public_points() -> None:
    """R-VIP-05: the points a quote promises are what the ledger would credit (the public
    Ledger.points_for), carried remainder included."""
    led = Ledger(CARD).earn(ISSUED, "80", "S1")  # 80.00 carried
    q = quote([Line("30")], CARD, on=ISSUED, ledger=led)
    assert q.points == led.points_for(q.total) == 1
    assert led.earn(ISSUED, q.total, "S2").entries[-1].points == q.points


def test_R_VIP_05_a_quote_promises_the_points_a_debt_leaves_to_the_card() -> None:
    """R-VIP-05: a return whose points were spent leaves a debt that the next earnings repay
    first; the quote promises what the card is credited (0 here), and a note says the 4
    points earned repay the debt, not the 4 that ``points_for`` counts before it."""
    led = Ledger(CARD).earn(ISSUED, "3000", "A").redeem(ISSUED, 30, "伞")
    led, rev = led.reverse(ISSUED, "A")
    assert (rev.outcome, led.points_owed) == (ReversalOutcome.DEBT, 30)
    q = quote([Line("500")], CARD, on=ISSUED, ledger=led)
    assert led.points_for(q.total) == 4
    after = led.earn(ISSUED, q.total, "B")
    assert q.points == after.entries[-1].points == 0
    assert after.points_owed == 26
    assert "0 points earned" in q.reason
    assert "4 more points earned repay the debt of an earlier return (30 owed)" in q.notes
    paid_off = quote([Line("4000")], CARD, on=ISSUED, ledger=led)  # 40 earned, 30 repay
    assert paid_off.points == led.earn(ISSUED, paid_off.total, "C").entries[-1].points == 6
    with language("zh_CN"):
        assert stray_words(quote([Line("500")], CARD, on=ISSUED, ledger=led).explain()) == ()


@settings(max_examples=30)
@given(ledgers_st, st.booleans(), st.lists(lines(), min_size=1, max_size=4))
def test_property_a_quotes_points_are_what_recording_the_purchase_credits(
    led: Ledger, indebted: bool, basket: list[Line]
) -> None:
    """R-VIP-05: for any ledger state, a points debt included, the points a quote promises
    are the points ``Ledger.earn`` credits for its total, and the balance grows by them."""
    day = led.last_event_on or led.card.issued_on
    assume(day <= led.card.last_valid_on)
    if indebted:  # spend the points of a purchase, then return it: a debt (policy permitting)
        led = led.earn(day, "3000", "DEBT")
        if balance := led.valid_points(on=day):
            led = led.redeem(day, balance, "伞")
        led, _rev = led.reverse(day, "DEBT")
    q = quote(basket, led.card, on=day, ledger=led)
    before = led.expire(day).valid_points(on=day)
    after = led.earn(day, q.total, "NEW")
    assert after.entries[-1].points == q.points
    assert after.valid_points(on=day) == before + q.points


# --- branches no test reached (coverage gaps of the size-2 pass) ------------------------------


def test_R_VIP_10_renewal_needs_a_new_number() -> None:
    """R-VIP-10: at expiry the old card is void and a *new* card is applied for, so a renewal
    under the expiring card's own number is refused, naming ``number`` and the value.  The
    day is checked first: an early renewal is refused for its day whatever the number."""
    expiry = CARD.last_valid_on
    with pytest.raises(InvalidInput) as info:
        CARD.renew("VIP-0001", on=expiry)
    assert (info.value.argument, info.value.value) == ("number", "VIP-0001")
    assert str(info.value) == "number: a renewed card needs a new number (got 'VIP-0001')"
    with pytest.raises(InvalidInput, match="renewal is at expiry") as early:
        CARD.renew("VIP-0001", on=expiry - timedelta(days=1))
    assert early.value.argument == "on"
    renewed = CARD.renew("VIP-0002", on=expiry)  # the same day with a new number is fine
    assert (renewed.number, renewed.replaces, renewed.issued_on) == ("VIP-0002", None, expiry)


def test_R_VIP_12_replacement_needs_a_new_number() -> None:
    """R-VIP-12: a lost or damaged card is replaced by another card, so a replacement under
    the lost card's own number is refused, naming ``number`` and the value.  The number is
    checked before the day: an expired card with the same number is refused for the number."""
    with pytest.raises(InvalidInput) as info:
        CARD.replace("VIP-0001", on=date(2024, 9, 1))
    assert (info.value.argument, info.value.value) == ("number", "VIP-0001")
    assert str(info.value) == "number: a replacement card needs a new number (got 'VIP-0001')"
    with pytest.raises(InvalidInput, match="needs a new number") as late:
        CARD.replace("VIP-0001", on=date(2027, 1, 1))
    assert late.value.argument == "number"


@pytest.mark.parametrize("state", ["x", 0, (), Ledger(CARD)])
def test_ledger_refuses_a_private_state_that_is_not_a_state(state: object) -> None:
    """``_state`` is private: only the ledger's own operations build one.  Anything else is an
    InvalidType naming ``_state`` and the value, and pointing to ``Ledger(card, policy=...)``;
    ``None`` is its default, the new card's empty ledger."""
    assert Ledger(CARD, _state=None) == Ledger(CARD)
    assert Ledger(CARD, _state=None).entries == ()
    with pytest.raises(InvalidType) as info:
        Ledger(CARD, _state=state)  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == ("_state", state)
    assert str(info.value).startswith(
        "_state: is private; build a ledger with Ledger(card, policy=...) (got "
    )
    assert repr(state)[:200] in str(info.value)  # a long value: its head and tail


def test_R_VIP_03_quote_line_saving_is_exact_to_the_fen() -> None:
    """R-VIP-03/R-VIP-04: a line's ``saving`` is its list amount less what is paid for it, the
    price being rounded half up to the fen *per line*: 33.35 × 0.9 = 30.015 → 30.02 saves
    exactly 3.33; 2 × 199 at 9折 saves 39.80; a promotion saves its own difference."""
    q = quote(
        [Line("33.35"), Line("199", 2), Line("129", promotion_price="99")],
        CARD,
        on=DAY,
        ledger=Ledger(CARD),
    )
    savings = [ql.saving for ql in q.lines]
    assert savings == [D("3.33"), D("39.80"), D("30.00")]
    assert [str(s) for s in savings] == ["3.33", "39.80", "30.00"]  # exact, to the fen
    assert sum(savings, D(0)) == q.saving == D("73.13")
    none = quote([Line("50")], None, on=DAY)
    assert none.lines[0].saving == D("0.00")  # no card, no benefit: nothing saved


@given(quote_args)
def test_R_VIP_04_property_each_line_saves_its_list_amount_less_its_price(
    args: dict[str, Any],
) -> None:
    """R-VIP-04: for every line, ``saving`` == unit list price × quantity − amount paid,
    never negative nor above the list amount; the lines' savings add up to the quote's."""
    q = _quote(args)
    for ql in q.lines:
        assert ql.saving == ql.line.list_price * ql.line.quantity - ql.amount
        assert D(0) <= ql.saving <= ql.list_amount
        assert ql.saving == ql.saving.quantize(D("0.01"))
    assert sum((ql.saving for ql in q.lines), D(0)) == q.saving == q.list_total - q.total


def test_quote_policy_must_be_the_ledgers_policy() -> None:
    """R-VIP-05/R-VIP-06: with a ledger, its policy prices the points (R-VIP-05) and the tier
    (R-VIP-06), so a different ``policy=`` is refused (InvalidInput naming ``policy``); an
    equal policy is accepted, and without ``policy=`` the ledger's own policy applies."""
    ours = VipPolicy(base_rate="0.95")
    led = Ledger(CARD, policy=ours)
    with pytest.raises(InvalidInput) as info:
        quote([Line("100")], CARD, on=DAY, ledger=led, policy=VipPolicy())
    assert (info.value.argument, info.value.value) == ("policy", VipPolicy())
    assert str(info.value).startswith("policy: differs from the policy of the ledger given (got ")
    equal = VipPolicy(base_rate=D("0.95"))  # another object, equal by value
    assert quote([Line("100")], CARD, on=DAY, ledger=led, policy=equal).total == D("95.00")
    assert quote([Line("100")], CARD, on=DAY, ledger=led).total == D("95.00")
    assert quote(
        [Line("100")], CARD, on=DAY, policy=ours, ledger=Ledger(CARD, policy=ours)
    ).total == D("95.00")  # no points yet


def test_R_VIP_04_an_order_coupon_on_a_free_basket_is_refused() -> None:
    """R-VIP-04: an order coupon is split over the lines by list amount; a basket whose list
    total is 0 has nothing to split it over, so a positive coupon is refused (InvalidInput
    naming ``coupon`` and the value given).  A zero coupon, or none, prices the basket at 0;
    a line's own coupon on a free line is accepted (its excess is unused)."""
    free = [Line("0"), Line("0", 3)]
    for card in (None, CARD):
        with pytest.raises(InvalidInput) as info:
            quote(free, card, on=DAY, coupon="5", ledger=None if card is None else Ledger(card))
        assert (info.value.argument, info.value.value) == ("coupon", "5")
        assert str(info.value) == "coupon: cannot apply to a free basket (got '5')"
    assert quote(free, CARD, on=DAY, coupon="0", ledger=Ledger(CARD)).total == D("0.00")
    assert quote(free, CARD, on=DAY, ledger=Ledger(CARD)).total == D("0.00")
    own = quote([Line("0", coupon="5")], None, on=DAY)
    assert (own.lines[0].benefit, own.total) == (Benefit.COUPON, D("0.00"))
    mixed = quote([Line("0"), Line("100")], None, on=DAY, coupon="5")  # not free: the 0 gets 0
    assert [ql.amount for ql in mixed.lines] == [D("0.00"), D("95.00")]


@settings(max_examples=50)
@given(
    st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=4),
    amounts(min_value="0.01", max_value=5000),
    st.sampled_from([None, CARD]),
)
def test_R_VIP_04_property_a_positive_order_coupon_on_a_free_basket_is_refused(
    quantities: list[int], coupon: Decimal, card: Card | None
) -> None:
    """R-VIP-04: whatever the quantities, the coupon and the card, a free basket refuses a
    positive order coupon, naming ``coupon``; without the coupon it costs 0 and earns 0."""
    basket = [Line("0", n) for n in quantities]
    with pytest.raises(InvalidInput, match="coupon: cannot apply to a free basket") as info:
        quote(basket, card, on=DAY, coupon=coupon, ledger=None if card is None else Ledger(card))
    assert (info.value.argument, info.value.value) == ("coupon", coupon)
    q = quote(basket, card, on=DAY, ledger=None if card is None else Ledger(card))
    assert (q.total, q.saving, q.points) == (D("0.00"), D("0.00"), 0)


# --- ids: one shared check (custops._validate.require_id), the caller's value in "(got …)" -------


def test_R_VIP_09_vip_ids_use_the_shared_require_id() -> None:
    """R-VIP-09: every id vip takes (card number, customer id, presenter, purchase ref) is
    trimmed and checked by ``custops._validate.require_id``; vip.policy keeps no copy."""
    import custops.vip.policy as vip_policy_module

    assert not hasattr(vip_policy_module, "identifier")
    assert Holder(" C9\n", " 赵 ").customer_id == "C9"
    assert Card.issue(" V9\t", WANG, on=ISSUED).number == "V9"
    assert CARD.check("C001\n", on=ISSUED).allowed
    assert ledger_with(0).earn(ISSUED, "1", " R1 ").entries[-1].ref == "R1"
    assert Purchase(ISSUED, "1", ref="R1\r\n").ref == "R1"
    for build in (
        lambda: Holder("C\u200b9", "赵"),
        lambda: Card.issue("V\n9", WANG, on=ISSUED),
        lambda: CARD.check("C0\t01", on=ISSUED),
        lambda: ledger_with(0).earn(ISSUED, "1", "R\x001"),
        lambda: Purchase(ISSUED, "1", ref="R\n1"),
    ):
        with pytest.raises(InvalidInput, match=r"must not contain the control character"):
            build()


def test_R_VIP_05_earn_and_reverse_errors_show_the_ref_as_passed() -> None:
    """R-VIP-05: the ``(got …)`` of a refused ref is what the caller passed, untrimmed."""
    led = ledger_with(0).earn(ISSUED, "100", "R1")
    with pytest.raises(InvalidInput) as info:
        led.earn(ISSUED, "100", " R1\n")
    assert (info.value.argument, info.value.value) == ("ref", " R1\n")
    assert str(info.value) == "ref: is already a purchase on this ledger (got ' R1\\n')"
    with pytest.raises(InvalidInput) as missing:
        led.reverse(ISSUED, " R2 ")
    assert str(missing.value) == "ref: is not a purchase on this ledger (got ' R2 ')"
    done, _ = led.reverse(ISSUED, "R1")
    with pytest.raises(IllegalTransition) as again:
        done.reverse(ISSUED, "R1 ")
    assert str(again.value) == "ref: purchase 'R1' is already fully returned (got 'R1 ')"


def test_R_VIP_10_R_VIP_12_renew_and_replace_errors_show_the_number_as_passed() -> None:
    """R-VIP-10, R-VIP-12: a refused new number is shown as the caller passed it."""
    with pytest.raises(InvalidInput) as info:
        CARD.renew(" VIP-0001\n", on=CARD.last_valid_on)
    assert (info.value.argument, info.value.value) == ("number", " VIP-0001\n")
    assert str(info.value).endswith("(got ' VIP-0001\\n')")
    with pytest.raises(InvalidInput) as lost:
        CARD.replace("VIP-0001 ", on=ISSUED)
    assert str(lost.value) == "number: a replacement card needs a new number (got 'VIP-0001 ')"
    new = CARD.replace("VIP-0002", on=ISSUED)
    with pytest.raises(InvalidInput, match=r"the card this one replaced .*\(got '\\tVIP-0001'\)"):
        new.replace("\tVIP-0001", on=ISSUED)


# --- a holder born after the issue day (R-VIP-07) -----------------------------------------------


def test_R_VIP_07_a_card_is_not_issued_to_a_holder_born_after_the_issue_day() -> None:
    """R-VIP-07: a birth date after the issue day is a typo that would give the 6折 birthday
    rate on a day that is no birthday; ``Card.issue`` refuses it naming ``holder``."""
    unborn = Holder("C9", "x", born_on=date(2030, 1, 1))
    with pytest.raises(InvalidInput) as info:
        Card.issue("V", unborn, on=date(2025, 1, 1))
    assert (info.value.argument, info.value.value) == ("holder", unborn)
    assert str(info.value).startswith(
        "holder: born on 2030-01-01, after the issue day 2025-01-01; check the birth date "
        "(R-VIP-07) (got Holder("
    )
    with pytest.raises(InvalidInput, match=r"^holder: born on"):  # built directly, or loaded
        Card("V", unborn, issued_on=date(2025, 1, 1), last_valid_on=date(2027, 1, 1))
    born_that_day = Holder("C9", "x", born_on=date(2025, 1, 1))
    assert Card.issue("V", born_that_day, on=date(2025, 1, 1)).holder == born_that_day
    with pytest.raises(InvalidType, match=r"^holder: must be a Holder"):
        Card.issue("V", "C9", on=date(2025, 1, 1))  # type: ignore[arg-type]


@settings(max_examples=50)
@given(st.dates(date(1950, 1, 1), date(2060, 12, 31)), st.dates(date(1950, 1, 1), date(2060, 1, 1)))
def test_R_VIP_07_property_issue_refuses_exactly_the_holders_born_later(
    born: date, day: date
) -> None:
    """R-VIP-07: ``Card.issue`` accepts a holder born on or before the issue day and refuses
    (naming ``holder``) one born after it."""
    holder = Holder("C1", "王", born_on=born)
    if born <= day:
        assert Card.issue("V", holder, on=day).holder.born_on == born
    else:
        with pytest.raises(InvalidInput) as info:
            Card.issue("V", holder, on=day)
        assert info.value.argument == "holder"


@settings(max_examples=50)
@given(cards(date(2001, 1, 1), date(2003, 12, 31)))
def test_R_VIP_07_testing_cards_have_holders_born_by_the_issue_day(card: Card) -> None:
    """R-VIP-07: ``custops.testing.cards()`` draws a birth date on or before the issue day,
    even for an issue day before 2008 (the last birth year of ``holders()``)."""
    assert card.holder.born_on is None or card.holder.born_on <= card.issued_on


def test_R_VIP_07_testing_cards_skip_given_holders_born_later() -> None:
    """R-VIP-07: with ``holders=``, a holder born after the issue day is never drawn."""
    late = Holder("C2", "李", born_on=date(2030, 6, 1))
    early = Holder("C3", "赵", born_on=date(1990, 6, 1))
    seen: list[Card] = []

    @settings(max_examples=30)
    @given(cards(date(2025, 1, 1), date(2035, 1, 1), holders=st.sampled_from([late, early])))
    def draw(card: Card) -> None:
        seen.append(card)

    draw()
    assert seen
    assert all(c.holder.born_on is None or c.holder.born_on <= c.issued_on for c in seen)


# --- issue 12: one API --


def _one_line_result(result: Any, rule_prefix: str = "R-VIP-") -> None:
    """The house shape of a result that is not a yes/no answer: one-line ``reason`` with no
    rule ID, a single rule ID, ``str()`` one line, ``explain()`` starting with it, no
    truth value."""
    assert result.reason
    assert "\n" not in result.reason
    assert "R-" not in result.reason
    assert result.rule.startswith(rule_prefix)
    assert "," not in result.rule
    assert "\n" not in str(result)
    assert result.reason in str(result)
    assert result.explain().split("\n")[0] == str(result)
    with pytest.raises(InvalidType, match="has no truth value"):
        bool(result)


def test_R_VIP_04_quote_quote_line_and_ledger_entry_explain_themselves() -> None:
    """R-VIP-04/05: a quote, its lines and the ledger's entries are explained results."""
    led = ledger_with(30)
    q = quote([Line("100"), Line("50", promotion_price="40")], CARD, on=DAY, ledger=led)
    for result in (q, *q.lines, *led.entries):
        _one_line_result(result)
    assert q.reason == (
        "points-tier rate on 1 line, promotion price on 1 line; each line gets its single "
        "best benefit: list 150.00, to pay 125.00, 1 point earned"
    )
    assert str(q) == f"several benefits (R-VIP-04): {q.reason}"
    assert q.explain().split("\n")[1:] == [
        *(f"  {line}" for line in q.lines),
        "  0.00 carried from earlier purchases counted; 25.00 carried to the next purchase",
    ]
    assert str(q.lines[1]).startswith("promotion price (R-VIP-04): promotion price: 40.00 to pay")
    assert str(led.entries[0]).startswith("earn (R-VIP-05): earned 30 points")
    no_points = quote([Line("100")], CARD, on=DAY, ledger=Ledger(CARD))
    assert no_points.explain().splitlines()[-2:] == [
        "  0 points < 30: no points-tier rate",
        "  0.00 carried from earlier purchases counted; 90.00 carried to the next purchase",
    ]


def test_R_VIP_06_notes_carry_no_rule_id() -> None:
    """the notes say why; the rule IDs are the quote's and the check's."""
    q29 = quote([Line("100")], CARD, on=DAY, ledger=ledger_with(29))
    assert q29.notes == (
        "29 points < 30: no points-tier rate",
        "0.00 carried from earlier purchases counted; 90.00 carried to the next purchase",
    )
    other = quote([Line("100")], CARD, on=DAY, presented_by="C002", ledger=Ledger(CARD))
    assert other.card_check.rule == "R-VIP-09"
    assert all("R-VIP" not in note for note in (*q29.notes, *other.notes))


def test_renamed_fields_and_keyword_only_moments() -> None:
    """the new names and shapes."""
    import custops.vip

    assert inspect.ismodule(custops.vip.qualification)  # no longer shadowed by the function
    assert custops.vip.qualify is qualify
    policy = VipPolicy(tier_threshold_points=10, shortfall_rule="write_off")
    assert (policy.tier_threshold_points, policy.shortfall_rule) == (10, ShortfallRule.WRITE_OFF)
    for old in ("tier_points", "shortfall"):
        with pytest.raises(TypeError):
            VipPolicy(**{old: None})  # type: ignore[arg-type]
    q = quote([Line("100")], CARD, on=DAY, ledger=Ledger(CARD))
    assert isinstance(q.card_check, CardCheck)
    assert q.card is CARD  # the card presented, kept: the check is made again when read
    assert q.card_check.card_status is CardStatus.VALID
    assert not hasattr(q.card_check, "status")
    led = ledger_with(30)
    assert not hasattr(led, "balance")
    assert led.valid_points(on=DAY) == led.tier_points(on=DAY) == 30
    with pytest.raises(TypeError):
        led.valid_points(DAY)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        led.tier_points(DAY)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        CARD.check("C001", DAY)  # type: ignore[call-arg]
    assert CARD.check(WANG, on=DAY).allowed
    assert not CARD.check(LI, on=DAY).allowed
    bought = Ledger(CARD).earn(DAY, "500", "S1")
    with pytest.raises(TypeError):
        bought.reverse(DAY, "S1", "100")  # type: ignore[call-arg]
    assert bought.reverse(DAY, "S1", amount="100")[1].points_due == 1


@pytest.mark.parametrize("bad", ["毛巾\n第二行", "毛巾\x00", "a\tb"])
def test_R_VIP_03_a_line_name_refuses_control_characters(bad: str) -> None:
    """R-VIP-03: a basket line's optional name is a name like the holder's — trimmed, no
    control character (the error names the field and shows the value as given); empty or
    blank is "no name"."""
    with pytest.raises(InvalidInput, match=r"^name: must not contain the control character") as e:
        Line("100", name=bad)
    assert e.value.value == bad
    assert Line("100").name == Line("100", name="   ").name == ""
    assert Line("100", name=" 毛巾\n").name == "毛巾"


def test_R_VIP_02_issue_refuses_a_qualification_answered_after_the_issue_day() -> None:
    """R-VIP-02: a card goes to a customer who qualifies on the issue day; a qualification
    answered for a later day rests on purchases not made yet and is refused naming
    ``qualification`` (showing it); one answered on or before the issue day stands."""
    later = qualify([Purchase(date(2030, 1, 1), "5000")], on=date(2030, 1, 1))
    with pytest.raises(InvalidInput) as info:
        Card.issue("V", WANG, on=date(2025, 1, 1), qualification=later)
    assert str(info.value).startswith(
        "qualification: was answered for 2030-01-01, after the issue day 2025-01-01 (got "
    )
    assert info.value.value is later
    same_day = qualify([Purchase(date(2025, 1, 1), "1000")], on=date(2025, 1, 1))
    assert Card.issue("V", WANG, on=date(2025, 1, 1), qualification=same_day).issued_on == date(
        2025, 1, 1
    )
    earlier = qualify([Purchase(date(2020, 1, 1), "1000")], on=date(2020, 1, 1))
    assert Card.issue("V", WANG, on=date(2025, 1, 1), qualification=earlier).holder == WANG
    refused_later = qualify([Purchase(date(2030, 1, 1), "10")], on=date(2030, 1, 1))
    with pytest.raises(InvalidInput, match=r"^qualification: was answered for 2030-01-01"):
        Card.issue("V", WANG, on=date(2025, 1, 1), qualification=refused_later)


def test_R_VIP_12_replace_before_issue_and_after_expiry_say_which() -> None:
    """R-VIP-12 (and R-VIP-10): a replacement on a day before the card was issued is refused
    as such — the card is not expired, so "renew" would be wrong advice; after its last valid
    day the card is expired and is renewed, not replaced."""
    card = Card.issue("VIP-0001", WANG, on=date(2025, 9, 20))
    with pytest.raises(InvalidInput) as info:
        card.replace("V3", on=date(2020, 10, 1))
    assert str(info.value) == (
        "on: is before card VIP-0001 was issued on 2025-09-20 (got datetime.date(2020, 10, 1))"
    )
    with pytest.raises(InvalidInput) as info:
        card.replace("V3", on=date(2027, 9, 21))
    assert str(info.value) == (
        "on: card VIP-0001 is valid 2025-09-20 … 2027-09-20; an expired card is renewed, "
        "not replaced (got datetime.date(2027, 9, 21))"
    )
    for day in (date(2025, 9, 20), date(2027, 9, 20)):
        assert card.replace("V3", on=day).issued_on == day


@given(
    st.sampled_from(["single_purchase_threshold", "cumulative_threshold", "yuan_per_point"]),
    st.sampled_from([0, "0", "0.00", "¥0", Decimal("0"), Decimal("0.000")]),
)
def test_R_VIP_01_an_amount_of_nothing_is_refused_as_given(field: str, value: object) -> None:
    """R-VIP-01, R-VIP-05: a threshold or the spend per point of 0 is a PolicyError naming
    the field and showing the value as given (it showed the Decimal it read)."""
    with pytest.raises(PolicyError, match=f"^{field}: must be more than 0") as refused:
        VipPolicy(**{field: value})  # type: ignore[arg-type]
    assert refused.value.argument == field
    assert refused.value.value is value
    assert f"(got {value!r})" in str(refused.value)


def test_R_VIP_09_who_presents_the_card_has_one_name() -> None:
    """R-VIP-09, house rule 6: ``quote`` and ``Card.check`` name who presents the
    card alike, ``presented_by``, and a refusal names that argument."""
    assert "presented_by" in inspect.signature(quote).parameters
    assert "customer" not in inspect.signature(quote).parameters
    assert "presented_by" in inspect.signature(Card.check).parameters
    other = quote([Line("100")], CARD, on=DAY, presented_by=LI, ledger=Ledger(CARD))
    assert other.card_check == CARD.check(LI, on=DAY)
    with pytest.raises(InvalidType) as info:
        quote([Line("100")], CARD, on=DAY, presented_by=5, ledger=Ledger(CARD))  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == ("presented_by", 5)


_THRESHOLDS = st.builds(
    VipPolicy,
    single_purchase_threshold=st.sampled_from(["500", "1000", "5000"]),
    cumulative_threshold=st.sampled_from(["1000", "2000", "8000"]),
    window_months=st.sampled_from([3, 6, 12]),
)


@settings(max_examples=60)
@given(
    st.lists(purchases(date(2024, 1, 1), date(2024, 12, 31)), max_size=6),
    _THRESHOLDS,
    _THRESHOLDS,
)
def test_R_VIP_01_02_issue_judges_the_qualification_under_the_cards_policy(
    bought: list[Purchase], asked: VipPolicy, card_policy: VipPolicy
) -> None:
    """R-VIP-01, R-VIP-02: ``Card.issue`` accepts a qualification answered under
    its own policy whenever it qualifies, and one answered under another policy only when
    its purchases qualify under the card's policy too; otherwise ``InvalidInput`` naming
    ``qualification``, as ``quote`` refuses a policy other than the ledger's."""
    on = date(2024, 12, 31)
    assume(
        len({p.ref for p in bought if p.ref is not None}) == sum(p.ref is not None for p in bought)
    )
    mine = qualify(bought, on=on, policy=card_policy)
    if mine.allowed:
        assert Card.issue("V", WANG, on=on, policy=card_policy, qualification=mine)
    theirs = qualify(bought, on=on, policy=asked)
    if not theirs.allowed:
        return
    if qualify(theirs.counted, on=on, policy=card_policy).allowed:
        assert Card.issue("V", WANG, on=on, policy=card_policy, qualification=theirs)
        return
    with pytest.raises(InvalidInput) as info:
        Card.issue("V", WANG, on=on, policy=card_policy, qualification=theirs)
    assert (info.value.argument, info.value.value) == ("qualification", theirs)
    assert "under the card's policy" in info.value.problem


def test_R_VIP_01_02_a_qualification_under_lower_thresholds_is_refused() -> None:
    """R-VIP-01, R-VIP-02: 1000 qualifies under the seed, not under a policy of
    5000 at once; the card under that policy is refused, not issued."""
    q = qualify([Purchase(date(2024, 1, 1), "1000")], on=date(2024, 1, 1))
    strict = VipPolicy(single_purchase_threshold="5000")
    with pytest.raises(InvalidInput, match=r"^qualification: its purchases do not qualify"):
        Card.issue("V3", WANG, on=date(2024, 1, 1), policy=strict, qualification=q)


# --- R-VIP-05: the carried remainder in a quote ---------------------------------


def test_R_VIP_05_quote_takes_the_carry_and_says_what_it_leaves() -> None:
    """R-VIP-05 (D7 权限3 每次购物消费额会自动积累,每消费100元(实付金额)即可获1分积分): a
    card carrying 70.00 earns a point on a 35.00 purchase (31.50 paid at 9折 + 70.00 ≥ 100),
    and the note says the 1.50 left carries to the next purchase.  The carry is the ledger's
    (R-VIP-06: a card is priced with its ledger)."""
    led = Ledger(CARD).earn(ISSUED, "70", "S0")
    q = quote([Line("35")], CARD, on=DAY, ledger=led)
    assert q.carry == led.carry == D("70.00")
    assert q.total == D("31.50")
    assert q.points == 1
    assert q.notes[-1] == (
        "70.00 carried from earlier purchases counted; 1.50 carried to the next purchase"
    )
    plain = quote([Line("35")], CARD, on=DAY, ledger=Ledger(CARD))
    assert plain.points == 0
    assert plain.notes[-1] == (
        "0.00 carried from earlier purchases counted; 31.50 carried to the next purchase"
    )
    with language("zh_CN"):
        said = quote([Line("35")], CARD, on=DAY, ledger=led).notes[-1]
    assert said == "计入此前累计余额 70.00 元；余额 1.50 元累计至下次消费"
    truncate = VipPolicy(remainder="truncate")
    empty = Ledger(CARD, policy=truncate)
    assert quote([Line("35")], CARD, on=DAY, policy=truncate, ledger=empty).points == 0
    assert not any(
        "carried" in note
        for note in quote(
            [Line("35")], CARD, on=DAY, policy=truncate, ledger=Ledger(CARD, policy=truncate)
        ).notes
    )


def test_R_VIP_05_quote_takes_no_carry_argument_the_ledger_holds_it() -> None:
    """R-VIP-05: the carry a quote counts is the ledger's own (a ledger's opening balance
    sets it), so ``quote`` takes no ``carry``: one given is refused naming ``carry`` as an
    argument the call does not take, never Python's bare TypeError."""
    assert "carry" not in inspect.signature(quote).parameters
    with pytest.raises(InvalidType, match=r"^carry: ") as info:
        quote([Line("35")], CARD, on=DAY, ledger=Ledger(CARD), carry="70")  # type: ignore[call-arg]
    assert (info.value.argument, info.value.value) == ("carry", "70")


def test_R_VIP_05_quote_counts_the_carry_an_opening_balance_sets() -> None:
    """R-VIP-05: a ledger opened with a carry (a card moved from another system) is priced
    with it: 70.00 carried and 35.00 bought (31.50 paid) earn a point, 1.50 left; under
    ``remainder=truncate`` nothing carries, whatever the ledger."""
    opened = Ledger(CARD).open_balance(ISSUED, 0, "OPEN", carry="70")
    q = quote([Line("35")], CARD, on=DAY, ledger=opened)
    assert (q.carry, q.carry_after, q.points) == (D("70.00"), D("1.50"), 1)
    truncate = VipPolicy(remainder="truncate")
    flat = quote([Line("35")], CARD, on=DAY, ledger=Ledger(CARD, policy=truncate))
    assert (flat.carry, flat.carry_after, flat.points) == (None, None, 0)


@settings(max_examples=80)
@given(
    st.integers(min_value=0, max_value=9999),
    st.lists(st.integers(min_value=0, max_value=100_000), min_size=1, max_size=3),
)
def test_property_R_VIP_05_quote_points_equal_what_earn_credits_for_any_carry(
    carry_fen: int, prices_fen: list[int]
) -> None:
    """R-VIP-05 invariant: for any carry in [0, 100), a quote's points are the points
    Ledger.earn credits for the quote's total on a ledger carrying that amount, and the carry
    the quote says is left is the ledger's carry after the purchase."""
    carry = yuan(D(carry_fen) / 100)
    lines_ = [Line(yuan(D(p) / 100)) for p in prices_fen]
    led = Ledger(CARD)
    if carry:
        led = led.earn(ISSUED, carry, "S0")
    assert led.carry == carry
    q = quote(lines_, CARD, on=DAY, ledger=led)
    after = led.earn(DAY, q.total, "S1")
    assert q.points == after.entries[-1].points
    assert q.notes[-1].endswith(f"; {after.carry} carried to the next purchase")
    assert (q.carry, q.carry_after) == (carry, after.carry)


def test_R_VIP_05_quote_without_a_card_carries_nothing() -> None:
    """R-VIP-05: without a card nothing carries: a plain price earns no points and the quote
    counts no carry and leaves none, as ``custops vip quote --no-card`` refuses ``--carry``."""
    q = quote([Line("150")], on=DAY)
    assert (q.points, q.carry, q.carry_after) == (0, None, None)
    assert not any("carried" in note for note in q.notes)


def test_R_VIP_05_quote_gives_the_carry_counted_and_left() -> None:
    """R-VIP-05: ``Quote.carry`` is the carry the points counted and
    ``carry_after`` what the purchase leaves carried, as the note says in words; both are
    ``None`` when nothing carries (no card, a card refused, ``remainder=truncate``)."""
    led = Ledger(CARD).earn(ISSUED, "70", "S0")
    q = quote([Line("150")], CARD, on=DAY, ledger=led)
    assert (q.carry, q.carry_after, q.points) == (D("70.00"), D("5.00"), 2)
    plain = quote([Line("35")], CARD, on=DAY, ledger=Ledger(CARD))
    assert (plain.carry, plain.carry_after) == (D("0.00"), D("31.50"))
    held = quote([Line("35")], CARD, on=DAY, ledger=led)
    assert (held.carry, held.carry_after) == (D("70.00"), D("1.50"))
    assert held.carry_after == led.earn(DAY, held.total, "S1").carry
    for q in (
        quote([Line("150")], on=DAY),
        quote([Line("150")], CARD, on=DAY, presented_by="C0999", ledger=led),
        quote(
            [Line("150")],
            CARD,
            on=DAY,
            policy=VipPolicy(remainder="truncate"),
            ledger=Ledger(CARD, policy=VipPolicy(remainder="truncate")),
        ),
    ):
        assert (q.carry, q.carry_after) == (None, None)


# --- a replacement on a day the cards are valid; cash however it is worded ---------------------

V1 = Card.issue("V1", Holder("M1", "张伟"), on=date(2025, 1, 18))
V2 = V1.replace("V2", on=date(2025, 6, 10))  # valid 2025-06-10 … 2027-01-18


@pytest.mark.parametrize(
    ("day", "start"),
    [
        (date(2025, 6, 1), "is before card V2 was issued on 2025-06-10"),
        (date(2024, 1, 1), "is before card V1 was issued on 2025-01-18"),
        (date(2027, 1, 19), "card V1 is valid 2025-01-18 … 2027-01-18; an expired card"),
        (date(2030, 1, 1), "card V1 is valid 2025-01-18 … 2027-01-18; an expired card"),
    ],
)
def test_R_VIP_10_R_VIP_12_points_move_only_on_a_day_both_cards_are_valid(
    day: date, start: str
) -> None:
    """R-VIP-10, R-VIP-12 (docs/vip.md, "Cards": ``on`` lies within the card's validity): a
    move before the replacement was issued (it gives nothing before: D7 卡使用说明 10), before
    the old card was issued, or after the last valid day (an expired card is renewed, not
    replaced) is refused naming ``on`` and showing it, and the ledger is unchanged; the
    replacement's first and last valid days are accepted."""
    for led in (Ledger(V1), Ledger(V1).earn(date(2025, 1, 18), "3550", "S1")):
        snapshot = pickle.dumps(led)
        with pytest.raises(InvalidInput) as info:
            led.move_to(day, V2)
        error = info.value
        assert (error.argument, error.value) == ("on", day)
        assert str(error) == f"on: {error.problem} (got {day!r})"
        assert pickle.dumps(led) == snapshot
        if led.last_event_on is not None and day < led.last_event_on:
            assert error.problem.startswith("the ledger is append-only")
            continue
        assert error.problem.startswith(start)
        assert "(R-VIP-10, R-VIP-12)" in error.problem
    led = Ledger(V1).earn(date(2025, 2, 1), "3550", "S1")
    for ok in (V2.issued_on, V2.last_valid_on):
        moved = led.move_to(ok, V2)
        assert (moved.card, moved.entries[-1].on, moved.entries[-1].kind) == (
            V2,
            ok,
            EntryKind.REPLACE,
        )
    assert led.move_to(V2.issued_on, V2).valid_points(on=V2.issued_on) == 35


def test_R_VIP_10_R_VIP_12_a_card_built_by_hand_is_held_to_both_validities() -> None:
    """R-VIP-10, R-VIP-12: a replacement built with ``Card(...)`` whose days reach past the
    old card's is still refused outside the old card's validity (naming the old card)."""
    wide = Card("V3", V1.holder, issued_on=date(2020, 1, 1), last_valid_on=date(2030, 1, 1),
                replaces="V1")  # fmt: skip
    led = Ledger(V1)
    with pytest.raises(InvalidInput, match=r"^on: is before card V1 was issued on 2025-01-18"):
        led.move_to(date(2024, 12, 31), wide)
    with pytest.raises(InvalidInput, match=r"^on: card V1 is valid 2025-01-18 … 2027-01-18"):
        led.move_to(date(2027, 1, 19), wide)
    assert led.move_to(date(2027, 1, 18), wide).card == wide


@settings(max_examples=60, deadline=None)
@given(
    cards(date(2020, 1, 1), date(2026, 12, 31)),
    st.integers(0, 800),
    st.integers(-800, 800),
)
def test_property_R_VIP_10_R_VIP_12_move_to_is_refused_exactly_outside_the_validity(
    card: Card, replaced_after: int, moved_after: int
) -> None:
    """R-VIP-10, R-VIP-12: for any replacement day within the card's validity and any move
    day, ``move_to`` succeeds exactly when the move day lies in the replacement's validity
    (its issue day … the old card's last valid day); a refusal names ``on`` and changes
    nothing, a move keeps the balance."""
    replaced_on = min(card.issued_on + timedelta(days=replaced_after), card.last_valid_on)
    new = card.replace("NEW-1", on=replaced_on)
    led = Ledger(card).earn(card.issued_on, "4250", "S1")
    day = replaced_on + timedelta(days=moved_after)
    assume(day >= card.issued_on)  # before the ledger's last entry: append-only refusal
    if new.issued_on <= day <= new.last_valid_on:
        moved = led.move_to(day, new)
        assert moved.valid_points(on=day) == led.valid_points(on=day) == 42
        assert moved.entries[-1].on == day
    else:
        with pytest.raises(InvalidInput) as info:
            led.move_to(day, new)
        assert (info.value.argument, info.value.value) == ("on", day)
        assert [entry.kind for entry in led.entries] == [EntryKind.EARN]


_CASH_GIFTS = [
    # the spellings a till or a member portal writes (wallets, red packets, transfers)
    "微信红包", "支付宝红包", "现金返还", "折现", "转账50元", "微信零钱50元", "等值现金",
    "微信红包50元", "微信紅包", "返现金", "退现", "兑现", "提现", "套现", "汇款200元", "打款",
    "微信钱包50元", "积分兑换现金", "積分兌換現金", "等值人民币", "全额返现", "现金红包", "钱",
    "零花钱", "压岁钱", "硬币", "cash out", "bank transfer", "red packet", "WeChat red packet",
    "cash equivalent", "1111111111111111111111111111111111111111元",
]  # fmt: skip


_BUNDLED_CASH = [
    "保温杯+现金50元", "毛巾＋红包50元", "礼品外加现金", "购物卡+返现20元", "水杯 & 50元",
]  # fmt: skip


def test_R_VIP_08_goods_bundled_or_counted_stay_a_gift() -> None:
    """R-VIP-08: a bundle of goods (现金券+购物卡) or one more of an item (毛巾+1) is a gift;
    cash bundled with goods is refused (see the test of every cash spelling)."""
    led = ledger_with(10)
    for goods in ("现金券+购物卡", "毛巾+1", "保温杯、毛巾"):
        assert led.redeem(DAY, 1, goods).entries[-1].gift == goods


@pytest.mark.parametrize(
    "gift",
    ["现金券", "代金券", "购物卡", "50元话费", "充值50元", "零钱包", "钱包", "微信", "支付宝",
     "等值礼品", "红包封面", "红包袋", "纪念币", "gift card", "cash voucher", "USB", "wonton",
     "三角尺", "毛巾", "整理箱", "十字绣"],
)  # fmt: skip
def test_R_VIP_08_what_is_not_cash_stays_a_gift(gift: str) -> None:
    """R-VIP-08: only cash is refused (the seed forbids 现金 and nothing else): a voucher or
    card spent in the store (现金券, 代金券, 购物卡: D7 权限2 names 优惠券(卡) a benefit of its
    own), stored value, goods priced in money, a purse, a red-packet cover or a wallet's name
    alone are gifts, redeemed and deducted."""
    led = ledger_with(10)
    after = led.redeem(DAY, 3, gift)
    assert after.valid_points(on=DAY) == 7
    assert (after.entries[-1].gift, after.entries[-1].rule) == (gift, "R-VIP-08")


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(["微信", "支付宝", "转账", "返还", "等值", "退", "兑换", "的"]),
             max_size=3),
    st.sampled_from(["现金", "红包", "零钱", "50元", "人民币", "返现", "cash"]),
    st.lists(st.sampled_from(["微信", "支付宝", "返还", "50元", "到账", "等额", "五十"]),
             max_size=3),
)  # fmt: skip
def test_property_R_VIP_08_money_among_the_words_of_paying_it_out_is_cash(
    before: list[str], money: str, after: list[str]
) -> None:
    """R-VIP-08: money with any words of how cash is paid out or sized, before or after it,
    is cash; and one word of anything else (a voucher's 券, goods) makes it a gift."""
    gift = "".join([*before, money, *after])
    assert _is_cash(fold(gift))
    led = ledger_with(10)
    with pytest.raises(InvalidInput, match=r"^gift: points are never exchanged for cash"):
        led.redeem(DAY, 1, gift)
    assert not _is_cash(fold(gift + "券"))
    assert led.redeem(DAY, 1, gift + "券").entries[-1].gift == gift + "券"


# --- sums exact to the fen at the largest amounts (RULES.md §4) --------------------------------

#: The largest amount custops.money reads, in fen: 28 digits of yuan and 2 of fen.
MAX_FEN = 10**30 - 1


def test_R_VIP_01_the_largest_purchases_keep_their_fen() -> None:
    """R-VIP-01, RULES.md §4: two purchases of 10**27 yuan less a fen qualify with an
    ``amount`` and a ``window_total`` exact to the fen (the default 28-digit context gave
    10**27 and 2·10**27); purchases adding up to 10**28 yuan or more are refused naming
    ``purchases``."""
    paid = "9" * 27 + ".99"
    day = date(2025, 3, 1)
    q = qualify([Purchase(day, paid, "A"), Purchase(day, paid, "B")], on=day)
    assert q.qualify_basis is QualifyBasis.SINGLE
    assert q.amount == D(paid)
    assert q.window_total == D("1" + "9" * 27 + ".98")
    assert serial.from_dict(serial.to_dict(q)) == q  # a stored one adds up too
    refund = Purchase(day, "9" * 28 + ".99", "C", refunded="0.01")
    assert refund.net == D("9" * 28 + ".98")
    with pytest.raises(InvalidInput) as info:
        qualify([refund, Purchase(day, "9" * 28, "D")], on=day)
    assert info.value.argument == "purchases"
    assert info.value.problem == "in the window add up to more than an amount of money can hold"


def test_R_VIP_04_a_long_basket_of_large_lines_keeps_its_fen() -> None:
    """R-VIP-04, RULES.md §4: the quote's ``total`` and ``list_total`` are exact sums of the
    lines (2,000 lines of 10**23 yuan less a fen: the default context lost 10 yuan), and
    lines adding up to more than an amount of money are refused naming ``lines``."""
    line = Line("9" * 23 + ".99")
    q = quote([line] * 2000, on=DAY)
    assert q.list_total == q.total == D("1" + "9" * 24 + "80.00")  # 2·10**26 − 20
    assert serial.from_dict(serial.to_dict(q)) == q
    with pytest.raises(InvalidInput, match=r"^lines: add up to more than an amount of money"):
        quote([Line("9" * 24)] * 10_001, on=DAY)  # each line is money, their sum is not


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, MAX_FEN), st.integers(0, MAX_FEN), st.integers(0, 200)),
        min_size=1,
        max_size=4,
    )
)
def test_property_R_VIP_01_qualify_sums_are_exact_at_any_accepted_amount(
    bought: list[tuple[int, int, int]],
) -> None:
    """R-VIP-01 over the whole range custops.money accepts: counted in integer fen, each
    purchase's ``net`` is paid less refunded, ``window_total`` is the sum of the nets in the
    half year (refused naming ``purchases`` when that sum is no amount of money), the
    ``amount`` is the largest net (of any day, by default) or the total, and ``needed`` what
    is short of the nearer threshold."""
    on = date(2025, 9, 1)
    purchases_ = [
        Purchase(
            on - timedelta(days=ago), from_fen(max(a, b)), f"P{i}", refunded=from_fen(min(a, b))
        )
        for i, (a, b, ago) in enumerate(bought)
    ]
    nets = [abs(a - b) for a, b, _ago in bought]
    assert [to_fen(p.net) for p in purchases_] == nets
    window = qualification_window(on=on)
    in_window = [n for p, n in zip(purchases_, nets, strict=True) if p.on in window and n > 0]
    if sum(in_window) > MAX_FEN:
        with pytest.raises(InvalidInput, match=r"^purchases: in the window add up to more"):
            qualify(purchases_, on=on)
        return
    q = qualify(purchases_, on=on)
    assert to_fen(q.window_total) == sum(in_window)
    largest = max(nets)  # a single purchase counts from any day (single_purchase_in_window)
    if largest >= 1000_00:
        assert (q.qualify_basis, to_fen(q.amount)) == (QualifyBasis.SINGLE, largest)
    elif sum(in_window) >= 2000_00:
        assert (q.qualify_basis, to_fen(q.amount)) == (QualifyBasis.CUMULATIVE, sum(in_window))
    else:
        assert q.qualify_basis is QualifyBasis.NOT_QUALIFIED
        assert to_fen(q.needed) == min(1000_00, 2000_00 - sum(in_window))


# --- a quote's headline names what decided it -------------------------------------------------


@pytest.mark.parametrize(
    ("day", "presented_by", "rule", "status"),
    [
        (date(2026, 3, 16), None, "R-VIP-10", CardStatus.EXPIRED),
        (date(2024, 3, 14), None, "R-VIP-10", CardStatus.NOT_YET_VALID),
        (DAY, LI, "R-VIP-09", CardStatus.NOT_HOLDER),
        (DAY, "C002", "R-VIP-09", CardStatus.NOT_HOLDER),
    ],
)
def test_R_VIP_09_R_VIP_10_a_quote_without_benefit_names_the_card_rule_and_reason(
    day: date, presented_by: Holder | str | None, rule: str, status: CardStatus
) -> None:
    """R-VIP-09, R-VIP-10 (docs/vip.md, "Pricing": the quote says why): for a card that gives
    no benefit, ``rule`` is the card check's and ``reason`` — so ``str(q)``, the headline a
    till prints — starts with why, then the totals, which stay those of the lines without
    the VIP rate (as with no card); R-VIP-04 stays among ``rule_ids`` (each line's rule).
    The headline's first word and the account after why name what priced the lines."""
    basket = [Line("100"), Line("50", promotion_price="40")]
    q = quote(basket, CARD, on=day, presented_by=presented_by, ledger=Ledger(CARD))
    check = CARD.check(presented_by, on=day)
    assert (q.card_check.card_status, q.card_check.rule) == (status, rule)
    assert q.rule == rule
    assert q.rule_ids == (rule, "R-VIP-04")
    assert q.reason == (
        f"no VIP benefit: {check.reason}; 1 line without a benefit, promotion price on 1 line: "
        "list 150.00, to pay 140.00, no points earned"
    )
    assert str(q) == f"promotion price ({rule}): {q.reason}"
    assert q.explain().splitlines()[0] == str(q)
    plain = quote(basket, on=day)
    assert (q.total, q.list_total, q.points) == (plain.total, plain.list_total, 0)
    assert (plain.rule, q.notes) == ("R-VIP-04", (f"no VIP benefit: {check.reason}",))


def test_R_VIP_04_a_valid_card_or_none_keeps_the_no_stacking_headline() -> None:
    """R-VIP-04: with a valid card, or without one, the quote's rule is R-VIP-04 and its
    reason the account of each line's single best benefit."""
    valid = quote([Line("100")], CARD, on=DAY, ledger=Ledger(CARD))
    assert (valid.rule, valid.rule_ids[:2]) == ("R-VIP-04", ("R-VIP-04", "R-VIP-10"))
    assert str(valid).startswith("VIP rate (R-VIP-04): VIP rate on 1 line; each line gets its")
    none = quote([Line("100")], on=DAY)
    assert (none.rule, none.rule_ids) == ("R-VIP-04", ("R-VIP-04", "R-VIP-03"))
    assert str(none) == (
        "no benefit (R-VIP-04): 1 line without a benefit; each line gets its single best benefit: "
        "list 100.00, to pay 100.00, 0 points earned"
    )


@settings(max_examples=80, deadline=None)
@given(
    cards(date(2020, 1, 1), date(2026, 12, 31)),
    st.integers(-200, 1000),
    st.sampled_from([None, "holder", "C-OTHER"]),
    st.lists(lines(), min_size=1, max_size=3),
)
def test_property_R_VIP_04_09_10_the_quote_rule_is_the_deciding_rule(
    card: Card, after: int, who: str | None, basket: list[Line]
) -> None:
    """R-VIP-04, R-VIP-09, R-VIP-10: whatever the card, the day and who presents it, the
    quote's ``rule`` is the card check's when the card gives no benefit and R-VIP-04
    otherwise; its ``reason`` quotes the check's reason exactly then, holds no rule ID, and
    the headline ``str(q)`` cites that rule, headed by what priced the lines."""
    day = card.issued_on + timedelta(days=after)
    presented_by = card.holder.customer_id if who == "holder" else who
    q = quote(basket, card, on=day, presented_by=presented_by, ledger=Ledger(card))
    check = card.check(presented_by, on=day)
    assert q.card_check == check
    if check.allowed:
        assert q.rule == "R-VIP-04"
        assert check.reason not in q.reason
    else:
        assert q.rule == check.rule
        assert q.reason.startswith(f"no VIP benefit: {check.reason}; ")
        assert q.points == 0
    kinds = {line.benefit for line in q.lines} - {Benefit.NONE}
    head = "several benefits" if len(kinds) > 1 else (kinds or {Benefit.NONE}).pop().english_words
    assert str(q).startswith(f"{head} ({q.rule}): ")
    assert RULE_ID_IN_TEXT.search(q.reason) is None


# --- cash however a till frames it; a quote's saving exact; a line's cap named -----------------

_FRAMED_CASH = [
    "积分兑现金", "積分兌現金", "现金：50元", "现金:50元", "现金（50元）", "现金(50元)",
    "现金/50元", "现金×1", "现金x2", "现金*1", "现金1份", "一份现金", "金额50元", "面值50元",
    "现金奖", "【现金】", "【现金】50元", "积分兑换现金×1", "可兑现金", "用积分换领现金",
    "兑奖：现金", "50刀", "五十蚊", "cash x1", "points for cash", "cash (50 yuan)",
    "redeem for cash",
]  # fmt: skip


@pytest.mark.parametrize("gift", _CASH_GIFTS + _FRAMED_CASH + _BUNDLED_CASH)
def test_R_VIP_08_cash_however_a_till_words_it_is_refused(gift: str) -> None:
    """R-VIP-08 (D7 卡使用说明 2 积分不得兑换为现金): cash with the words of how it is paid
    out — a WeChat or Alipay wallet or red packet, a transfer, cash back or out (现金返还, 退现,
    折现), an equal value in cash (等值现金) —, framed as a till frames a gift — the exchange
    (积分兑, 兑换, 换领), its amount or prize (金额, 面值, 奖), a quantity (×1, x2, 1份, 一份),
    punctuation (：, （…）, /, 【…】) — or bundled with goods (保温杯+现金50元: not in part
    either) is cash: refused naming ``gift``, showing it as given, the ledger unchanged (a
    long amount is read at once), as ``"现金 50元"`` is."""
    led = ledger_with(10)
    snapshot = pickle.dumps(led)
    with pytest.raises(InvalidInput) as refused:
        led.redeem(DAY, 1, gift)
    assert (refused.value.argument, refused.value.value) == ("gift", gift)
    assert str(refused.value) == (
        f"gift: points are never exchanged for cash (R-VIP-08) (got {gift!r})"
    )
    assert pickle.dumps(led) == snapshot


@pytest.mark.parametrize(
    "gift",
    ["现金券×1", "代金券（50元）", "购物卡：50元", "积分兑换购物卡", "充值50元×1", "50元话费1份",
     "零钱包（红色）", "微信×1", "微信1份", "一等奖", "奖杯", "金条", "现金券/代金券",
     "cash voucher x1", "【积分兑换】保温杯", "刀", "菜刀", "蚊帐", "剪刀×1"],
)  # fmt: skip
def test_R_VIP_08_a_framed_gift_that_is_not_cash_stays_a_gift(gift: str) -> None:
    """R-VIP-08: the same framing around what is not cash (a voucher, a store card, stored
    value, goods priced in money, a purse, a wallet's name) leaves it a gift, and a
    quantity (×1, 1份) is a count, not money: redeemed, the points deducted."""
    led = ledger_with(10)
    after = led.redeem(DAY, 3, gift)
    assert after.valid_points(on=DAY) == 7
    assert (after.entries[-1].gift, after.entries[-1].rule) == (gift, "R-VIP-08")


_FRAMES_BEFORE = st.sampled_from(
    ["", "积分兑", "积分兑换", "積分兌換", "兑换", "兑", "换领", "可兑", "用积分兑换", "兑奖：",
     "【", "（", "「", "奖励", "金额", "面值", "一份", "1份", "×1 ", "points for "]
)  # fmt: skip
_FRAMES_AFTER = st.sampled_from(
    ["", "：50元", ":50元", "（50元）", "(50元)", "/50元", "／50元", "×1", "x2", "*1", "×1份",
     "1份", "一份", "奖", "】", "）", "」", " 50元", "，到账", "、", "。", "！", "…", " x1"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    _FRAMES_BEFORE,
    st.sampled_from(["现金", "現金", "50元", "现金50元", "人民币", "红包", "返现", "零钱", "cash"]),
    st.lists(_FRAMES_AFTER, max_size=3),
    st.sampled_from(["现金券", "代金券", "购物卡", "充值50元", "50元话费", "零钱包", "保温杯"]),
    st.booleans(),
)
def test_property_R_VIP_08_no_framing_hides_cash_nor_makes_a_gift_cash(
    before: str, money: str, after: list[str], goods: str, full_width: bool
) -> None:
    """R-VIP-08: cash framed in any way a till or a portal frames a gift (the exchange before
    it, a quantity, an amount in brackets or after a colon, punctuation after it, in half- or
    full-width forms) is refused naming ``gift``; the same framing around a non-cash gift
    (现金券, 代金券, 购物卡, 充值50元, 50元话费, 零钱包) is redeemed."""
    led = ledger_with(10)

    def typed(text: str) -> str:  # a Chinese IME's full-width digits and letters
        wide = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
        return "".join(wide.get(c, c) for c in text) if full_width else text

    cash = typed(before + money + "".join(after))
    assert _is_cash(fold(cash))
    with pytest.raises(InvalidInput) as refused:
        led.redeem(DAY, 1, cash)
    assert (refused.value.argument, refused.value.value) == ("gift", cash)
    gift = typed(before + goods + "".join(after))
    assert not _is_cash(fold(gift))
    assert led.redeem(DAY, 1, gift).entries[-1].gift == gift.strip()


def test_R_VIP_04_a_quote_saves_exactly_list_total_less_total() -> None:
    """R-VIP-04, RULES.md §4: a quote's ``saving`` is ``list_total − total``
    exact to the fen at the money range's end (the default 28-digit context lost the fen:
    …000.1 for …000.11), the same after a serial round trip and in ``vip quote --json``."""
    card = Card.issue("V1", Holder("C1", "王"), on=date(2024, 1, 1))
    q = quote(
        [Line("9" * 24)] * 9999 + [Line("0.10")], card, on=date(2025, 1, 1), ledger=Ledger(card)
    )
    assert q.list_total == D("9998999999999999999999990001.10")
    assert q.total == D("8999099999999999999999991000.99")
    assert q.saving == D("999899999999999999999999000.11")
    assert q.saving.as_tuple().exponent == -2
    assert serial.from_dict(serial.to_dict(q)).saving == q.saving
    assert sum((line.saving for line in q.lines[:3]), D(0)) == 3 * D("99999999999999999999999.90")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 10**26 - 1), st.integers(1, 99), st.integers(0, 100)),
        min_size=1,
        max_size=30,
    ),
    st.sampled_from([None, "VIP"]),
)
def test_property_R_VIP_04_saving_is_the_exact_difference_in_whole_fen(
    spec: list[tuple[int, int, int]], card_given: str | None
) -> None:
    """R-VIP-04, RULES.md §4: for any basket of lines up to the line cap (list price in fen,
    quantity, a promotion as a percentage of the list price), ``saving`` is exactly
    ``list_total − total`` in whole fen, each line's ``saving`` its list amount less its
    amount, and the lines' savings add up to the quote's."""
    lines = []
    for fen, quantity, percent in spec:
        price = from_fen(fen)
        if price * quantity >= 10**24:
            continue
        promo = from_fen(fen * percent // 100)
        lines.append(Line(price, quantity, promotion_price=promo))
    assume(lines)
    card = Card.issue("V1", Holder("C1", "王"), on=date(2024, 1, 1)) if card_given else None
    q = quote(lines, card, on=date(2025, 1, 1), ledger=None if card is None else Ledger(card))
    assert q.saving.as_tuple().exponent == -2
    assert to_fen(q.saving) == to_fen(q.list_total) - to_fen(q.total)
    for ql in q.lines:
        assert to_fen(ql.saving) == to_fen(ql.list_amount) - to_fen(ql.amount)
    assert sum(to_fen(ql.saving) for ql in q.lines) == to_fen(q.saving)


def test_R_VIP_04_a_line_above_the_cap_names_what_is_too_large() -> None:
    """R-VIP-04: a quote line's list amount is below 10**24 yuan; a list price
    that large is refused naming ``list_price`` (not ``quantity`` = 1), a quantity that
    carries a smaller price past it names ``quantity``, and both say the cap."""
    with pytest.raises(InvalidInput) as info:
        Line("9" * 25)
    assert (info.value.argument, info.value.value) == ("list_price", D("9" * 25 + ".00"))
    assert info.value.problem == (
        "is too large: a quote line's list amount (list price × quantity) must be below 10**24 yuan"
    )
    with pytest.raises(InvalidInput) as info:
        Line("9" * 23, 100)
    assert (info.value.argument, info.value.value) == ("quantity", 100)
    assert info.value.problem == (
        f"times list_price {'9' * 23}.00 makes a list amount of {'9' * 23}00.00, too large: "
        "a quote line's list amount (list price × quantity) must be below 10**24 yuan"
    )
    assert Line("9" * 24 + ".99").list_amount == D("9" * 24 + ".99")
    assert Line("9" * 22, 10).list_amount == D("9" * 22 + "0.00")
