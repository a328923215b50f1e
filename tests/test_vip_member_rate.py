"""R-VIP-03, R-VIP-06, R-VIP-10: which rate a member is on on a day, and the points a past
purchase was judged on (``member_rate``, ``Ledger.tier_points_before``).

D7 vip顾客权限 2–3: 持此卡在本店消费可享受9折优惠; 累计积分满30分,即可享受8、5折优惠. The
points tier is judged on the balance before the purchase; a day's closing balance, after its
purchases, is the wrong evidence for a disputed rate.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
from custops.vip import (
    Benefit,
    Card,
    Holder,
    Ledger,
    Line,
    Purchase,
    TierBasis,
    VipPolicy,
    member_rate,
    quote,
)

ISSUED = dt.date(2025, 1, 1)
CARD = Card.issue("VIP-M4", Holder("M04", "顾客4", born_on=dt.date(1990, 1, 10)), on=ISSUED)


def _disputed() -> tuple[Ledger, Decimal, int]:
    """29 points, then a purchase priced on them (9折), then a later purchase."""
    l29 = Ledger(CARD).earn(dt.date(2025, 1, 2), "2900.00", "A")
    q = quote([Line("220.00")], CARD, on=dt.date(2025, 1, 3), ledger=l29)
    assert q.points_for_tier is not None
    led = l29.earn(dt.date(2025, 1, 3), q.total, "B").earn(dt.date(2025, 1, 10), "50", "C")
    return led, q.total, q.points_for_tier


def test_R_VIP_06_a_disputed_purchase_is_judged_on_the_points_before_it() -> None:
    """R-VIP-06: the purchase that took the card from 29 to 30 points paid 9折; the evidence
    is the 29 it was judged on (as its quote kept), not the day's closing 30."""
    led, paid, kept = _disputed()
    assert paid == Decimal("198.00")
    assert led.tier_points_before("B") == kept == 29
    assert led.valid_points(on=dt.date(2025, 1, 3)) == 30  # the day's closing balance
    assert led.tier_points_before("A") == 0
    assert led.tier_points_before("C") == 30


def test_R_VIP_06_a_past_tier_is_refused_pointing_to_the_points_before_a_purchase() -> None:
    """R-VIP-06: asking the tier points of a day before the last entry is refused naming
    ``on``, and the refusal points to the evidence for a past purchase."""
    led, _paid, _kept = _disputed()
    with pytest.raises(InvalidInput) as refused:
        led.tier_points(on=dt.date(2025, 1, 3))
    assert refused.value.argument == "on"
    assert "tier_points_before(ref) or its Quote.points_for_tier" in refused.value.problem
    assert "closing balance" in refused.value.problem


def test_R_VIP_06_points_before_refuses_what_is_no_purchase() -> None:
    """R-VIP-06: an unknown ref, an opening balance, and the lifetime basis are refused."""
    led, _paid, _kept = _disputed()
    with pytest.raises(InvalidInput, match=r"^ref: is not a purchase on this ledger"):
        led.tier_points_before("Z")
    opened = Ledger(CARD).open_balance(ISSUED, 5, "OB")
    with pytest.raises(InvalidInput, match=r"^ref: is not a purchase on this ledger"):
        opened.tier_points_before("OB")
    lifetime = Ledger(CARD, policy=VipPolicy(tier_basis=TierBasis.LIFETIME_EARNED))
    lifetime = lifetime.earn(dt.date(2025, 1, 2), "100", "A")
    with pytest.raises(InvalidInput, match=r"^ref: cannot be answered under tier_basis"):
        lifetime.tier_points_before("A")


def test_R_VIP_06_member_rate_on_a_past_day_reads_the_points_as_the_day_opened() -> None:
    """R-VIP-03, R-VIP-06: on 01-03 the member was on the VIP rate (29 points as the day
    opened), from 01-04 on the points-tier rate; today's answer is what the next purchase
    is judged on."""
    led, _paid, _kept = _disputed()
    then = member_rate(CARD, on=dt.date(2025, 1, 3), ledger=led)
    assert then.outcome is Benefit.VIP_BASE
    assert (then.rule, then.vip_rate) == ("R-VIP-03", Decimal("0.90"))
    assert (then.points_for_tier, then.tier_threshold_points) == (29, 30)
    assert then.points_at_day_start is True
    with language("en_US"):
        assert then.reason == (
            "10% off; 29 points < 30: no points-tier rate; points as the day 2025-01-03 "
            "opened, before its purchases"
        )
    later = member_rate(CARD, on=dt.date(2025, 1, 4), ledger=led)
    assert (later.outcome, later.rule, later.points_for_tier) == (
        Benefit.POINTS_TIER,
        "R-VIP-06",
        30,
    )
    now = member_rate(CARD, on=dt.date(2025, 2, 1), ledger=led)
    assert (now.outcome, now.points_at_day_start, now.points_for_tier) == (
        Benefit.POINTS_TIER,
        False,
        led.tier_points(on=dt.date(2025, 2, 1)),
    )
    assert now.rule_ids == ("R-VIP-06", "R-VIP-10")


def test_R_VIP_03_member_rate_agrees_with_a_quote_of_an_ordinary_line() -> None:
    """R-VIP-03, R-VIP-06: on and after the last entry's day the rate is the one a quote of
    an ordinary line gives."""
    led, _paid, _kept = _disputed()
    for day in (dt.date(2025, 1, 10), dt.date(2025, 6, 1), CARD.last_valid_on):
        rate = member_rate(CARD, on=day, ledger=led)
        q = quote([Line("100")], CARD, on=day, ledger=led)
        assert (rate.outcome, rate.vip_rate) == (q.lines[0].benefit, q.vip_rate)


def test_R_VIP_10_no_rate_without_a_valid_card_and_the_qualification_says_why() -> None:
    """R-VIP-10, R-VIP-01: an expired card or no card gives no rate; given the purchases,
    the answer says whether the customer qualifies for a (new) card."""
    history = [Purchase(dt.date(2027, 3, 1), "1200", "P1")]
    expired = member_rate(CARD, on=dt.date(2027, 3, 1), purchases=history, ledger=Ledger(CARD))
    assert expired.outcome is Benefit.NONE
    assert (expired.rule, expired.vip_rate, expired.points_for_tier) == ("R-VIP-10", None, None)
    assert expired.qualification is not None
    assert expired.qualification.allowed
    assert expired.rule_ids == ("R-VIP-10", "R-VIP-01")
    with language("en_US"):
        assert expired.reason.startswith("no VIP rate: card VIP-M4 expired after 2027-01-01")
        assert expired.reason.endswith("qualifies for a card on 2027-03-01 (single purchase)")
    none = member_rate(None, on=dt.date(2025, 3, 1), purchases=[])
    assert (none.outcome, none.rule) == (Benefit.NONE, "R-VIP-03")
    with language("zh_CN"):
        assert none.reason == "不享会员折扣：未出示会员卡；2025-03-01 未达 VIP 资格（未达标准）"
    with pytest.raises(InvalidType):
        bool(none)


def test_R_VIP_07_the_birthday_is_said_but_is_not_the_rate() -> None:
    """R-VIP-07: the birthday rate needs the original ID card at the till: the answer says
    it, and its outcome stays the card's own rate."""
    rate = member_rate(CARD, on=dt.date(2025, 1, 10), ledger=Ledger(CARD))
    assert (rate.outcome, rate.birthday) == (Benefit.VIP_BASE, True)
    assert rate.rule_ids == ("R-VIP-03", "R-VIP-10", "R-VIP-06", "R-VIP-07")
    with language("en_US"):
        assert rate.reason == (
            "10% off; 0 points < 30: no points-tier rate; "
            "the holder's birthday: 40% off with the original ID card shown"
        )


def test_member_rate_refuses_another_card_s_ledger_and_a_datetime() -> None:
    """R-VIP-08: only the card's own points count; a day is a date, the store's local day."""
    other = Card.issue("VIP-X", Holder("M05", "顾客5"), on=ISSUED)
    with pytest.raises(InvalidInput, match=r"^ledger: is not the ledger of the card given"):
        member_rate(other, on=ISSUED, ledger=Ledger(CARD))
    at = dt.datetime(2025, 3, 1, 17, 0, tzinfo=dt.timezone.utc)
    with pytest.raises(InvalidType, match=r"pass the store's local day, e\.g\. at\.astimezone"):
        member_rate(CARD, on=at, ledger=Ledger(CARD))
