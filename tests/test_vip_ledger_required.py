"""R-VIP-06: a card is priced and rated with its ledger (``custops.vip.quote``,
``custops.vip.member_rate``).

* D7 权限3 「累计积分满30分,即可享受8、5折优惠」: the card's rate depends on its points, so a
  card given without its ``ledger`` is refused, naming ``ledger``, rather than priced at 9折
  for a member whose points give 8.5折 (a till that forgot the ledger overcharged every
  member in the points tier by 5 %). ``Ledger(card)`` is the ledger of a card with no points
  yet; without a card no ledger is given.
* With the card's ledger the price is never above the price on an empty ledger: points
  only ever lower the card's rate.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput
from custops.i18n import language
from custops.testing import cards, ledgers, lines, vip_policies
from custops.vip import Benefit, Card, Holder, Ledger, Line, VipPolicy, member_rate, quote

ISSUED = date(2026, 6, 1)
DAY = date(2026, 12, 9)
CARD = Card.issue("VIP-0038", Holder("C038", "王芳"), on=ISSUED)
#: 38 valid points: the points tier (R-VIP-06)
LEDGER = Ledger(CARD).earn(date(2026, 6, 2), "3800", "S-1")
_CJK = re.compile(r"[\u3400-\u9fff]")


def test_R_VIP_06_a_38_point_member_pays_8_5_zhe_with_the_ledger() -> None:
    """R-VIP-06: 38 points give 8.5折, 850.00 for a 1000.00 line, and the rate says so."""
    q = quote([Line("1000")], CARD, on=DAY, ledger=LEDGER)
    assert (q.total, q.vip_benefit, q.points_for_tier) == (
        Decimal("850.00"),
        Benefit.POINTS_TIER,
        38,
    )
    rate = member_rate(CARD, on=DAY, ledger=LEDGER)
    assert (rate.outcome, rate.vip_rate, rate.rule) == (
        Benefit.POINTS_TIER,
        Decimal("0.85"),
        "R-VIP-06",
    )


@pytest.mark.parametrize("language_code", ["en_US", "zh_CN"])
def test_R_VIP_06_a_card_without_its_ledger_is_refused_naming_it(language_code: str) -> None:
    """R-VIP-06: ``quote`` and ``member_rate`` refuse a card given without its ledger with
    ``InvalidInput`` naming ``ledger`` and its value (``None``), the card, the rule and the
    remedy; the message is English in either language and holds no Chinese."""
    with language(language_code):
        with pytest.raises(InvalidInput) as priced:
            quote([Line("1000")], CARD, on=DAY)
        with pytest.raises(InvalidInput) as rated:
            member_rate(CARD, on=DAY)
    for error in (priced.value, rated.value):
        assert (error.argument, error.value) == ("ledger", None)
        assert str(error) == (
            "ledger: is required with card VIP-0038: its rate depends on its points "
            "(R-VIP-06: 30 points give 0.85); give the card's Ledger, Ledger(card) for a "
            "card with no points yet (Ledger(card, policy=...) under a policy of your own) "
            "(got None)"
        )
        assert not _CJK.search(str(error))


def test_R_VIP_06_the_refusal_states_the_policy_s_own_tier() -> None:
    """R-VIP-06 (policy): the refusal gives the tier of the policy in force, not the seed's."""
    ours = VipPolicy(tier_threshold_points=50, tier_rate="0.80")
    card = Card.issue("VIP-0050", Holder("C050", "李雷"), on=ISSUED, policy=ours)
    with pytest.raises(InvalidInput, match=r"\(R-VIP-06: 50 points give 0\.80\)"):
        quote([Line("100")], card, on=DAY, policy=ours)
    with pytest.raises(InvalidInput, match=r"\(R-VIP-06: 50 points give 0\.80\)"):
        member_rate(card, on=DAY, policy=ours)


def test_R_VIP_06_an_empty_ledger_is_a_card_with_no_points_yet() -> None:
    """R-VIP-06: ``Ledger(card)`` prices at 9折 and says the balance is below the tier; a
    customer without a card needs no ledger."""
    with language("en_US"):
        q = quote([Line("1000")], CARD, on=DAY, ledger=Ledger(CARD))
        assert q.total == Decimal("900.00")
        assert "0 points < 30: no points-tier rate" in q.notes
        rate = member_rate(CARD, on=DAY, ledger=Ledger(CARD))
        assert rate.reason == "10% off; 0 points < 30: no points-tier rate"
    assert quote([Line("1000")], on=DAY).total == Decimal("1000.00")
    assert member_rate(None, on=DAY).outcome is Benefit.NONE


def test_R_VIP_06_an_expired_card_still_needs_its_ledger() -> None:
    """R-VIP-06, R-VIP-10: the rule is the same for every card given (simpler than "only
    when the points could matter"): an expired card's quote needs its ledger too, and then
    says why the card gives nothing."""
    expired = ISSUED + timedelta(days=800)
    with pytest.raises(InvalidInput, match=r"^ledger: is required with card VIP-0038"):
        quote([Line("100")], CARD, on=expired)
    q = quote([Line("100")], CARD, on=expired, ledger=LEDGER)
    assert (q.rule, q.total) == ("R-VIP-10", Decimal("100.00"))


@settings(max_examples=60, deadline=None)
@given(
    ledgers(policies=vip_policies(), allow_closed=False, max_operations=6),
    st.lists(lines(max_price=2000, max_quantity=3), min_size=1, max_size=4),
    st.integers(0, 30),
    st.booleans(),
)
def test_property_R_VIP_06_the_ledger_never_raises_the_price(
    led: Ledger, basket: list[Line], later: int, id_verified: bool
) -> None:
    """R-VIP-06 invariant: on any day from the ledger's last entry, the card priced with its
    ledger costs at most what it costs on an empty ledger of the same policy (points only
    lower the rate), and exactly that when the balance is below the tier."""
    card = led.card
    day = (led.last_event_on or card.issued_on) + timedelta(days=later)
    empty = Ledger(card, policy=led.policy)
    q = quote(basket, card, on=day, ledger=led, id_verified=id_verified)
    base = quote(basket, card, on=day, ledger=empty, id_verified=id_verified)
    assert q.total <= base.total
    if q.points_for_tier is None or q.points_for_tier < led.policy.tier_threshold_points:
        assert q.total == base.total


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(st.none(), cards(date(2024, 1, 1), date(2026, 12, 31))),
    st.booleans(),
    st.integers(0, 900),
)
def test_property_R_VIP_06_the_refusal_happens_exactly_for_a_card_without_its_ledger(
    card: Card | None, with_ledger: bool, after: int
) -> None:
    """R-VIP-06 invariant: ``quote`` and ``member_rate`` refuse naming ``ledger`` exactly
    when a card is given without one, whatever the card's state that day."""
    day = date(2024, 1, 1) + timedelta(days=after)
    led = Ledger(card) if card is not None and with_ledger else None
    refused = card is not None and led is None
    for call in (
        lambda: quote([Line("100")], card, on=day, ledger=led),
        lambda: member_rate(card, on=day, ledger=led),
    ):
        if refused:
            with pytest.raises(InvalidInput) as info:
                call()
            assert (info.value.argument, info.value.value) == ("ledger", None)
        else:
            assert call().on == day
