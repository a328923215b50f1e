"""R-VIP-03, R-VIP-04, R-VIP-07: what a till reads of a quote (``custops.vip.pricing``).

* The headline names what priced the lines, never the card's benefit where it was not
  applied (R-VIP-04: one benefit per line, 不能与其它促销、特价商品及优惠券(卡)同时受惠).
* A holder without a registered birth date is told the birthday rate could not be checked
  (R-VIP-07: 生日当天可获得6折的特别优惠(凭身份证原件)).
* The basket is any iterable of lines, and a quantity is a whole number of items however it
  is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType, Refused
from custops.i18n import language
from custops.money import allocate, from_fen
from custops.testing import cards, lines, vip_policies
from custops.vip import Benefit, Card, Holder, Ledger, Line, Quote, StackingRule, VipPolicy, quote

DAY = date(2025, 3, 1)
WANG = Holder("C001", "王芳", born_on=date(1990, 6, 1))
CARD = Card.issue("VIP-0001", WANG, on=date(2024, 3, 15))


def _zh(*args: Any, **kwargs: Any) -> tuple[Quote, str]:
    """The quote and its headline, in Chinese (a reason is written when the quote is made,
    the headline's word when it is printed)."""
    with language("zh_CN"):
        q = quote(*args, **kwargs)
        return q, str(q)


def _en(*args: Any, **kwargs: Any) -> Quote:
    with language("en_US"):
        return quote(*args, **kwargs)


# --- R-VIP-04: the headline names what was applied ----------------------------------------------


def test_R_VIP_04_a_special_price_heads_the_quote_not_the_vip_rate() -> None:
    """R-VIP-04: the one line takes its special price (70 < 9折's 90): the headline says 特价,
    not the card's 会员折扣, which was not applied."""
    q, headline = _zh([Line("100", special_price="70")], CARD, on=DAY, ledger=Ledger(CARD))
    assert [line.benefit for line in q.lines] == [Benefit.SPECIAL_PRICE]
    assert headline == (
        "特价（R-VIP-04）：特价 1 行；每行择优适用单一优惠：原价 100.00 元，应付 70.00 元，"
        "获积分 0 分"
    )
    assert q.vip_benefit is Benefit.VIP_BASE  # what the card offers, a fact of the quote
    en = _en([Line("100", special_price="70")], CARD, on=DAY, ledger=Ledger(CARD))
    assert str(en) == (
        "special price (R-VIP-04): special price on 1 line; each line gets its single best "
        "benefit: list 100.00, to pay 70.00, 0 points earned"
    )


def test_R_VIP_04_an_order_coupon_without_a_card_heads_the_quote() -> None:
    """R-VIP-04: without a card, an order coupon of 30 took 30 off: the headline says 优惠券,
    not 无优惠."""
    q, headline = _zh([Line("100"), Line("100")], on=DAY, coupon="30")
    assert q.total == Decimal("170.00")
    assert headline == (
        "优惠券（R-VIP-04）：优惠券 2 行；每行择优适用单一优惠：原价 200.00 元，应付 170.00 元，"
        "获积分 0 分"
    )
    assert str(_en([Line("100"), Line("100")], on=DAY, coupon="30")).startswith(
        "coupon (R-VIP-04): coupon on 2 lines; "
    )


def test_R_VIP_04_several_benefits_across_lines_are_said_as_such() -> None:
    """R-VIP-04: lines priced by different benefits: the headline says so (多种优惠), and the
    reason counts each, in the order the lines first show them."""
    basket = [Line("299", 2), Line("129", promotion_price="99"), Line("50", coupon="10")]
    q, headline = _zh(basket, CARD, on=DAY, ledger=Ledger(CARD))
    assert [line.benefit for line in q.lines] == [
        Benefit.VIP_BASE,
        Benefit.PROMOTION,
        Benefit.COUPON,
    ]
    assert headline.startswith("多种优惠（R-VIP-04）：会员折扣 1 行、促销 1 行、优惠券 1 行；")
    en = _en(basket, CARD, on=DAY, ledger=Ledger(CARD))
    assert str(en).startswith(
        "several benefits (R-VIP-04): VIP rate on 1 line, promotion price on 1 line, "
        "coupon on 1 line; each line gets its single best benefit: "
    )


def test_R_VIP_04_lines_without_a_benefit_leave_the_one_given_at_the_head() -> None:
    """R-VIP-04: without a card, one line on promotion and one at list price: 促销 heads the
    quote, and the reason counts the line without a benefit too."""
    _q, headline = _zh([Line("100"), Line("50", promotion_price="40")], on=DAY)
    assert headline.startswith("促销（R-VIP-04）：无优惠 1 行、促销 1 行；")
    _q, headline = _zh([Line("100"), Line("50")], on=DAY)
    assert headline.startswith("无优惠（R-VIP-04）：无优惠 2 行；")
    assert str(_en([Line("100")], on=DAY)).startswith(
        "no benefit (R-VIP-04): 1 line without a benefit;"
    )


def test_R_VIP_04_the_vip_rate_heads_the_quote_when_it_priced_every_line() -> None:
    """R-VIP-03, R-VIP-04: every line at 9折: 会员折扣 heads the quote, as before."""
    _q, headline = _zh([Line("100"), Line("50")], CARD, on=DAY, ledger=Ledger(CARD))
    assert headline.startswith("会员折扣（R-VIP-04）：会员折扣 2 行；每行择优适用单一优惠：")


def test_R_VIP_04_promotions_first_names_the_promotion() -> None:
    """R-VIP-04 *(policy)* ``stacking=PROMOTION_WINS``: the promotion wins though 9折 is
    cheaper, and the headline names it."""
    policy = VipPolicy(stacking=StackingRule.PROMOTION_WINS)
    _q, headline = _zh(
        [Line("100", promotion_price="95")],
        CARD,
        on=DAY,
        policy=policy,
        ledger=Ledger(CARD, policy=policy),
    )
    assert headline == (
        "促销（R-VIP-04）：促销 1 行；每行适用单一优惠（促销优先）：原价 100.00 元，应付 95.00 元，"
        "获积分 0 分"
    )


def test_R_VIP_10_a_card_without_benefit_says_why_then_what_priced_the_lines() -> None:
    """R-VIP-10, R-VIP-04: an expired card: the check's rule and reason lead, the headline's
    word and the account after it name the coupon that priced the line."""
    q, headline = _zh([Line("100", coupon="5")], CARD, on=date(2026, 3, 16), ledger=Ledger(CARD))
    assert q.rule == "R-VIP-10"
    assert headline == (
        "优惠券（R-VIP-10）：不享会员优惠：会员卡 VIP-0001 有效期至 2026-03-15，已过期；"
        "旧卡作废，请重新申办；优惠券 1 行：原价 100.00 元，应付 95.00 元，不获积分"
    )


def _head(q: Quote) -> str:
    """The head the lines call for: their one benefit, several, or none (the oracle)."""
    kinds = list(dict.fromkeys(line.benefit for line in q.lines if line.benefit.is_given))
    if len(kinds) > 1:
        return "several benefits"
    return (kinds[0] if kinds else Benefit.NONE).english_words


_COUNTED = re.compile(r"(?:([a-zA-Z][a-zA-Z -]*?) on (\d+) lines?|(\d+) lines? without a benefit)")


@settings(max_examples=80, deadline=None)
@given(
    cards(date(2023, 1, 1), date(2025, 12, 31)),
    st.integers(-100, 900),
    st.lists(lines(), min_size=1, max_size=5),
    st.one_of(st.none(), st.sampled_from(["0", "5", "30", "1000"])),
    vip_policies(),
)
def test_property_R_VIP_04_the_headline_names_what_priced_the_lines(
    card: Card, after: int, basket: list[Line], coupon: str | None, policy: VipPolicy
) -> None:
    """R-VIP-04: whatever the card, the day, the basket, an order coupon and the policy, the
    headline's word is the lines' one benefit (several, or none), never the card's where no
    line took it, and the account counts each benefit applied, in the order the lines first
    show it, the counts adding up to the lines."""
    day = card.issued_on + timedelta(days=after)
    given_card: Card | None = card if after % 3 else None
    if coupon is not None and not any(line.list_amount for line in basket):
        coupon = None  # nothing to split it over: refused, tested elsewhere
    q = _en(
        basket,
        given_card,
        on=day,
        coupon=coupon,
        policy=policy,
        ledger=None if given_card is None else Ledger(given_card, policy=policy),
    )
    assert str(q).startswith(f"{_head(q)} ({q.rule}): ")
    if q.vip_benefit.is_vip and not any(line.benefit.is_vip for line in q.lines):
        assert not str(q).startswith(q.vip_benefit.english_words)
    why = f"no VIP benefit: {q.card_check.reason}; "
    account = q.reason.removeprefix(why) if not q.card_check.allowed and given_card else q.reason
    counted = _COUNTED.findall(re.split("[;:]", account)[0])
    expected = Counter(line.benefit for line in q.lines)
    found = [(int(n or bare), words or "no benefit") for words, n, bare in counted]
    assert found == [(n, benefit.english_words) for benefit, n in expected.items()]
    assert sum(n for n, _words in found) == len(basket)


# --- R-VIP-07: a birthday that cannot be checked -------------------------------------------------

NO_BIRTH_DATE = Card.issue("VIP-0002", Holder("C002", "李雷"), on=date(2024, 3, 15))
UNCHECKED = "持卡人未登记出生日期，无法核对生日折扣（6折）"


def _zh_notes(*args: Any, **kwargs: Any) -> tuple[str, ...]:
    with language("zh_CN"):
        return quote(*args, **kwargs).notes


def test_R_VIP_07_no_birth_date_on_file_is_told_when_the_id_card_was_shown() -> None:
    """R-VIP-07: the ID card verified but no birth date registered: 6折 could not be checked,
    and the operator is told so (before: nothing was said)."""
    notes = _zh_notes(
        [Line("100")], NO_BIRTH_DATE, on=DAY, id_verified=True, ledger=Ledger(NO_BIRTH_DATE)
    )
    assert UNCHECKED in notes
    q = _en([Line("100")], NO_BIRTH_DATE, on=DAY, id_verified=True, ledger=Ledger(NO_BIRTH_DATE))
    assert q.lines[0].benefit is Benefit.VIP_BASE
    assert (
        "no birth date is registered for the holder: the birthday rate (40% off) could not "
        "be checked" in q.notes
    )


def test_R_VIP_07_no_birth_date_is_said_only_when_it_matters() -> None:
    """R-VIP-07: not said without a card, for a card that gives no benefit, when the ID card
    was not shown though the policy requires it (6折 could not be given anyway), when the
    policy's birthday rate is no better than the others, nor for a holder whose birth date
    is on file."""
    assert UNCHECKED not in _zh_notes([Line("100")], on=DAY, id_verified=True)
    expired = date(2026, 3, 16)
    assert UNCHECKED not in _zh_notes(
        [Line("100")], NO_BIRTH_DATE, on=expired, id_verified=True, ledger=Ledger(NO_BIRTH_DATE)
    )
    assert UNCHECKED not in _zh_notes(
        [Line("100")], NO_BIRTH_DATE, on=DAY, ledger=Ledger(NO_BIRTH_DATE)
    )
    same = VipPolicy(birthday_rate="0.90")
    assert UNCHECKED not in _zh_notes(
        [Line("100")],
        NO_BIRTH_DATE,
        on=DAY,
        id_verified=True,
        policy=same,
        ledger=Ledger(NO_BIRTH_DATE, policy=same),
    )
    dated = _zh_notes([Line("100")], CARD, on=DAY, id_verified=True, ledger=Ledger(CARD))
    assert not any("出生日期" in note for note in dated)


def test_R_VIP_07_no_id_required_by_policy_says_it_without_the_id_card() -> None:
    """R-VIP-07 *(policy)* ``birthday_requires_id=False``: the birthday rate needs no ID card,
    so a holder without a birth date is told it could not be checked on every quote."""
    policy = VipPolicy(birthday_requires_id=False)
    assert UNCHECKED in _zh_notes(
        [Line("100")],
        NO_BIRTH_DATE,
        on=DAY,
        policy=policy,
        ledger=Ledger(NO_BIRTH_DATE, policy=policy),
    )


@settings(max_examples=80, deadline=None)
@given(
    cards(date(2023, 1, 1), date(2025, 12, 31)),
    st.integers(-30, 800),
    st.booleans(),
    vip_policies(),
    st.sampled_from(["0.60", "0.85", "0.90"]),
)
def test_property_R_VIP_07_an_unchecked_birthday_is_said_exactly_when_it_matters(
    card: Card, after: int, id_verified: bool, policy: VipPolicy, rate: str
) -> None:
    """R-VIP-07: the note is in a quote exactly when the card gives benefits today, its holder
    has no birth date on file, the birthday rate is better than the VIP rate and could be
    given (the ID card verified, or not required)."""
    policy = VipPolicy(
        birthday_rate=rate,
        birthday_requires_id=policy.birthday_requires_id,
        stacking=policy.stacking,
    )
    day = card.issued_on + timedelta(days=after)
    q = _en(
        [Line("100")],
        card,
        on=day,
        id_verified=id_verified,
        policy=policy,
        ledger=Ledger(card, policy=policy),
    )
    said = [n for n in q.notes if n.startswith("no birth date is registered")]
    matters = (
        q.card_check.allowed
        and card.holder.born_on is None
        and (id_verified or not policy.birthday_requires_id)
        and policy.birthday_rate < policy.base_rate
    )
    assert len(said) == int(matters)
    if said:
        assert q.lines[0].benefit is not Benefit.BIRTHDAY


# --- the basket as a till holds it: any iterable; a quantity of whole items -----------------------

WEIGHED = (
    "goods sold by weight or length are one line whose list_price is the line's total, "
    "with quantity 1"
)


def test_R_VIP_04_a_basket_is_any_iterable_of_lines() -> None:
    """R-VIP-04: a generator, an iterator or a ``map`` of lines is priced as the list is,
    read once, as ``qualify`` reads any iterable of purchases."""
    prices = ["299", "129", "50"]
    listed = quote([Line(p) for p in prices], CARD, on=DAY, ledger=Ledger(CARD))
    for basket in (
        (Line(p) for p in prices),
        iter([Line(p) for p in prices]),
        map(Line, prices),
        tuple(Line(p) for p in prices),
    ):
        q = quote(basket, CARD, on=DAY, ledger=Ledger(CARD))
        assert (q.lines, q.total, q.points, q.reason) == (
            listed.lines,
            listed.total,
            listed.points,
            listed.reason,
        )


def test_R_VIP_04_a_bad_item_of_a_generator_is_named_by_its_place() -> None:
    """R-VIP-04: a refusal names the item by its place in the basket, a generator's too."""
    mixed: list[Any] = [Line("100"), "100"]
    with pytest.raises(InvalidType) as caught:
        quote((x for x in mixed), CARD, on=DAY, ledger=Ledger(CARD))
    assert str(caught.value) == "lines[1]: must be a Line, not a str (got '100')"
    nothing: list[Line] = []
    with pytest.raises(InvalidInput) as empty:
        quote((x for x in nothing), CARD, on=DAY, ledger=Ledger(CARD))
    assert str(empty.value) == "lines: must not be empty (got ())"


@pytest.mark.parametrize("basket", [{Line("100")}, frozenset({Line("1")}), {Line("100"): 1}])
def test_R_VIP_04_a_basket_without_order_is_refused(basket: object) -> None:
    """R-VIP-04: a set or a mapping has no order to price and show the lines in (nor to give
    the earlier line an order coupon's odd fen, as ``allocate`` does): refused."""
    with pytest.raises(InvalidType, match=r"^lines: must be an iterable of Line in order, not a"):
        quote(basket, CARD, on=DAY, ledger=Ledger(CARD))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "quantity", [2, Decimal("2"), Decimal("2.00"), "2", " 2 ", "2.0", "２", Decimal("2E0")]
)
def test_R_VIP_04_a_quantity_written_as_a_whole_number_is_that_int(quantity: object) -> None:
    """R-VIP-04: a quantity from a decimal column or a till's text that writes a whole
    number is the ``int`` it holds, priced as that many items (before: ``Decimal("2")`` was
    refused, "must be an int")."""
    line = Line("299", quantity)  # type: ignore[arg-type]
    assert line.quantity == 2
    assert type(line.quantity) is int
    assert line == Line("299", 2)
    assert quote([line], CARD, on=DAY, ledger=Ledger(CARD)).total == Decimal("538.20")


@pytest.mark.parametrize("quantity", ["1.5", Decimal("1.5"), Decimal("0.5"), "2.25"])
def test_R_VIP_04_a_fraction_of_an_item_is_refused_saying_how_to_enter_weighed_goods(
    quantity: object,
) -> None:
    """R-VIP-04: 1.5 items is no quantity: the refusal names ``quantity``, shows the value
    and says how goods sold by weight are entered (docs/vip.md, "Pricing")."""
    with pytest.raises(InvalidInput) as caught:
        Line("30", quantity)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"quantity: must be a whole number of items; {WEIGHED} (got {quantity!r})"
    )


def test_R_VIP_04_a_float_quantity_is_refused_as_inexact_with_the_same_hint() -> None:
    with pytest.raises(InvalidType) as caught:
        Line("30", 1.5)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "quantity: must be an int, a Decimal or a str, not a float; floats are inexact, "
        f"pass an int; {WEIGHED} (got 1.5)"
    )


@pytest.mark.parametrize(
    ("quantity", "problem"),
    [
        ("0", "must be at least 1"),
        (Decimal("-2"), "must be at least 1"),
        ("abc", "is not a number: write digits 0-9 with at most one point, e.g. '2'"),
        (Decimal("NaN"), "must be a finite number"),
    ],
)
def test_R_VIP_04_a_quantity_that_is_no_count_is_refused(quantity: object, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Line("30", quantity)  # type: ignore[arg-type]
    assert caught.value.argument == "quantity"
    assert caught.value.problem == problem


def test_R_VIP_04_weighed_goods_are_one_line_at_their_total() -> None:
    """R-VIP-04, docs/vip.md: 1.5 kg at 30.00 a kilo is one line of 45.00, quantity 1; its
    VIP price is 9折 of the total, as the scale's label gives it."""
    q = quote([Line("45.00", 1, name="苹果 1.5kg")], CARD, on=DAY, ledger=Ledger(CARD))
    assert (q.lines[0].amount, q.total) == (Decimal("40.50"), Decimal("40.50"))


@settings(max_examples=100, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=5))
def test_property_R_VIP_04_a_generator_of_lines_is_priced_as_the_list(
    basket: list[Line],
) -> None:
    """R-VIP-04: for any basket, a generator of its lines gives the same quote."""
    assert quote((line for line in basket), CARD, on=DAY, ledger=Ledger(CARD)) == quote(
        basket, CARD, on=DAY, ledger=Ledger(CARD)
    )


@settings(max_examples=100)
@given(st.integers(1, 10**6), st.integers(0, 3))
def test_property_R_VIP_04_a_whole_quantity_in_any_form_is_its_int(count: int, places: int) -> None:
    """R-VIP-04: an int, its Decimal (with trailing zeros) and its text are one quantity."""
    written = Decimal(count).quantize(Decimal(1).scaleb(-places))
    assert Line("1", written).quantity == Line("1", str(written)).quantity == count


@settings(max_examples=100)
@given(st.decimals(min_value=0, max_value=10**6, places=2).filter(lambda d: d % 1 != 0))
def test_property_R_VIP_04_a_fraction_of_an_item_is_never_a_quantity(quantity: Decimal) -> None:
    """R-VIP-04: a quantity with a fraction is refused, never rounded to a count."""
    for written in (quantity, str(quantity)):
        with pytest.raises(InvalidInput, match=r"^quantity: must be a whole number of items"):
            Line("1", written)


# --------------------------------------------------------------------------- recording a quote


def _desk() -> tuple[Card, Ledger]:
    card = Card.issue("SR3201000001", Holder("M320100001", "陈静"), on=date(2026, 1, 5))
    return card, Ledger(card)


def test_R_VIP_09_a_quote_for_someone_elses_card_records_no_points() -> None:
    """R-VIP-09 (D7 卡使用说明 1: 仅限本人使用不得转让): the quote for a card presented by the
    holder's spouse gives no points, and recording it is refused with the card check's
    rule, so the holder's card never gets the points of another person's sale (before,
    the documented ``earn(day, q.total, ref)`` credited the holder 1 point)."""
    card, led = _desk()
    day = date(2026, 5, 10)
    q = quote([Line("150")], card, on=day, ledger=led, presented_by="M320100999")
    assert (q.points, q.rule) == (0, "R-VIP-09")
    with pytest.raises(Refused) as caught:
        q.credit(led, "NJ001-0510-7")
    assert caught.value.rule == "R-VIP-09"
    assert caught.value.decision == q.card_check
    assert led.valid_points(on=day) == 0
    assert led.entries == ()


def test_R_VIP_10_a_quote_for_an_expired_card_records_no_points() -> None:
    """R-VIP-10: a card out of its validity earns nothing; recording its quote is refused
    with R-VIP-10."""
    card, led = _desk()
    q = quote([Line("150")], card, on=date(2028, 1, 6), ledger=led)
    with pytest.raises(Refused) as caught:
        q.credit(led, "S-1")
    assert caught.value.rule == "R-VIP-10"


def test_R_VIP_05_recording_a_quote_credits_its_points_and_its_total() -> None:
    """R-VIP-05: recording the holder's quote is ``earn`` of its day and total: its points
    are credited, the entry keeps what was paid, and the carry is the quote's
    ``carry_after``."""
    card, led = _desk()
    day = date(2026, 5, 10)
    q = quote([Line("69.90", 2), Line("59.90", promotion_price="49.90")], card, on=day, ledger=led)
    after = q.credit(led, "S-1")
    assert after == led.earn(day, q.total, "S-1")
    assert after.entries[-1].points == q.points == 1
    assert after.entries[-1].paid == q.total
    assert after.carry == q.carry_after


def test_R_VIP_05_recording_refuses_a_quote_that_is_not_the_ledgers() -> None:
    """R-VIP-05, R-VIP-08: a quote is recorded only on the ledger it was priced on, as it is
    now: no card, another card, another policy, or a ledger that moved on since (a sale in
    between changes the carry, the debt or the points tier) is refused naming ``ledger``."""
    card, led = _desk()
    day = date(2026, 5, 10)
    other = Card.issue("SR3201000002", Holder("M320100002", "吴刚"), on=date(2026, 1, 5))
    q = quote([Line("150")], card, on=day, ledger=led)
    no_card = quote([Line("150")], on=day)
    policy = VipPolicy(yuan_per_point=50)
    cases = [
        (no_card, led, "cannot credit a quote priced without a card"),
        (q, Ledger(other), "is not the ledger of card SR3201000001"),
        (q, Ledger(card, policy=policy), "has another policy than the quote was priced under"),
        (q, led.earn(day, "50", "S-0"), "has changed since the quote was priced on it"),
        (q, led.earn(date(2026, 5, 11), "0", "S-0"), "its last entry is of 2026-05-11"),
    ]
    for priced, ledger, said in cases:
        with pytest.raises(InvalidInput) as caught:
            priced.credit(ledger, "S-1")
        assert caught.value.argument == "ledger"
        assert said in caught.value.problem
    with pytest.raises(InvalidType):
        q.credit("SR3201000001", "S-1")  # type: ignore[arg-type]
    once = q.credit(led, "S-1")
    with pytest.raises(InvalidInput) as caught:
        q.credit(once, "S-1")
    assert caught.value.argument in ("ledger", "ref")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=60_000), min_size=0, max_size=4),
    st.lists(st.integers(min_value=0, max_value=30_000), min_size=1, max_size=4),
    st.booleans(),
    st.sampled_from(["carry", "truncate"]),
)
def test_property_R_VIP_05_R_VIP_09_what_a_quote_says_is_what_recording_it_credits(
    earlier_fen: list[int], prices_fen: list[int], someone_else: bool, remainder: str
) -> None:
    """R-VIP-05, R-VIP-09: after any earlier purchases, under either remainder rule, a quote
    for the holder is recorded with exactly its points credited (the balance grows by
    ``points``, the entry says so), and a quote for a card presented by someone else, which
    says 0 points, is refused and credits nothing."""
    policy = VipPolicy(remainder=remainder)
    card = Card.issue("VIP-P", Holder("CP", "陈静"), on=date(2026, 1, 1))
    led = Ledger(card, policy=policy)
    for i, fen in enumerate(earlier_fen):
        led = led.earn(date(2026, 2, 1), from_fen(fen), f"E{i}")
    day = date(2026, 3, 1)
    basket = [Line(from_fen(fen)) for fen in prices_fen]
    q = quote(basket, card, on=day, ledger=led, presented_by="OTHER" if someone_else else None)
    before = led.valid_points(on=day)
    if someone_else:
        assert q.points == 0
        with pytest.raises(Refused):
            q.credit(led, "S")
        return
    after = q.credit(led, "S")
    assert after.valid_points(on=day) - before == q.points == after.entries[-1].points


# ------------------------------------------------------------------------ returning some items


def test_R_VIP_04_the_refund_of_items_splits_the_line_paid_to_the_fen() -> None:
    """R-VIP-04, R-VIP-05: a line is rounded once (33.35 × 3 × 0.9 = 90.045 → 90.05), so its
    items are worth 30.02, 30.02, 30.01 (``allocate``: the first take the odd fen); a
    refund of items is that, and their points are what ``reverse`` takes for that amount."""
    card, led = _desk()
    day = date(2026, 2, 3)
    q = quote([Line("33.35", 3)], card, on=day, ledger=led)
    ql = q.lines[0]
    assert ql.amount == Decimal("90.05")
    one_by_one = [ql.refund_for(1, returned_count=n) for n in range(3)]
    assert one_by_one == [Decimal("30.02"), Decimal("30.02"), Decimal("30.01")]
    assert tuple(one_by_one) == allocate(ql.amount, [1, 1, 1])
    assert ql.refund_for(3) == ql.amount
    assert ql.refund_for("２", returned_count=1) == Decimal("60.03")
    ninety = quote([Line("9.99", 3)], card, on=day, ledger=led).lines[0]
    assert (ninety.amount, ninety.refund_for(1)) == (Decimal("26.97"), Decimal("8.99"))


def test_R_VIP_04_the_refund_of_items_shares_an_order_coupon() -> None:
    """R-VIP-04: a line's share of an order coupon is in what it paid, so it is in the
    refund of its items too, and the refunds of every line add up to the quote's total."""
    card, led = _desk()
    q = quote([Line("100", 3), Line("50")], card, on=date(2026, 2, 3), ledger=led, coupon="100")
    refunds = [ql.refund_for(ql.line.quantity) for ql in q.lines]
    assert sum(refunds) == q.total
    assert q.lines[0].refund_for(1) == q.lines[0].amount / 3


def test_the_refund_of_items_refuses_counts_beyond_the_line() -> None:
    """A refund names the count it refuses: no item, more items than are left, items
    returned before that leave none, a fraction of an item."""
    card, led = _desk()
    ql = quote([Line("33.35", 3)], card, on=date(2026, 2, 3), ledger=led).lines[0]
    cases: list[tuple[int | str, int, str]] = [
        (0, 0, "quantity"),
        (4, 0, "quantity"),
        (2, 2, "quantity"),
        ("1.5", 0, "quantity"),
        (1, 3, "returned_count"),
        (1, -1, "returned_count"),
    ]
    for quantity, returned, argument in cases:
        with pytest.raises(InvalidInput) as caught:
            ql.refund_for(quantity, returned_count=returned)
        assert caught.value.argument == argument
    with pytest.raises(InvalidType):
        ql.refund_for(1.0)  # type: ignore[arg-type]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=99_999),
            st.integers(min_value=1, max_value=7),
            st.integers(min_value=0, max_value=3),
        ),
        min_size=1,
        max_size=3,
    ),
    st.integers(min_value=0, max_value=5_000),
    st.randoms(use_true_random=False),
)
def test_property_R_VIP_05_returning_every_item_refunds_the_sale_and_its_points(
    rows: list[tuple[int, int, int]], coupon_fen: int, rnd: Any
) -> None:
    """R-VIP-04, R-VIP-05: whatever the lines, their benefits and an order coupon, returning
    every item in batches of any size refunds exactly what each line paid (the parts are
    ``allocate``'s), ``reverse`` accepts every one of those refunds (never more than is
    left), and once all are back the card holds the points and carry it had before."""
    card, led = _desk()
    led = led.earn(date(2026, 2, 1), "77.70", "E")
    day = date(2026, 2, 3)
    basket = []
    for price_fen, quantity, kind in rows:
        half = from_fen(price_fen // 2)
        basket.append(
            Line(
                from_fen(price_fen),
                quantity,
                promotion_price=half if kind == 1 else None,
                coupon=half if kind == 2 else None,
                special_price=half if kind == 3 else None,
            )
        )
    q = quote(basket, card, on=day, ledger=led, coupon=from_fen(coupon_fen))
    recorded = after = q.credit(led, "S")
    refunded = Decimal("0.00")
    for ql in q.lines:
        count, returned, parts = ql.line.quantity, 0, []
        while returned < count:
            batch = rnd.randint(1, count - returned)
            parts.append(ql.refund_for(batch, returned_count=returned))
            returned += batch
        assert sum(parts) == ql.amount
        assert ql.refund_for(1, returned_count=count - 1) in allocate(ql.amount, [1] * count)
        for part in parts:
            if part:
                after, _rev = after.reverse(day, "S", amount=part)
        refunded += sum(parts)
    assert refunded == q.total
    if q.total:
        assert after.valid_points(on=day) == led.valid_points(on=day)
        assert after.carry == led.carry
    assert recorded.valid_points(on=day) - led.valid_points(on=day) == q.points


@pytest.mark.parametrize(
    "coupon", ["满200减10", "满200-10", "满200元减10元", "10元券", "无门槛10元", "9折券", "立减10"]
)
def test_R_VIP_04_a_coupons_name_is_refused_asking_for_its_value(coupon: str) -> None:
    """R-VIP-04: a coupon is what it takes off, in yuan; its name as the till shows it
    (满200减10, a threshold and a value) is refused naming ``coupon``, for the order and for
    a line alike, saying to give its value (the threshold is the application's to check)."""
    card, led = _desk()
    calls: list[Callable[[], object]] = [
        lambda: quote([Line("300")], card, on=date(2026, 2, 3), ledger=led, coupon=coupon),
        lambda: Line("300", coupon=coupon),
    ]
    for call in calls:
        with pytest.raises(InvalidInput) as caught:
            call()
        assert caught.value.argument == "coupon"
        assert "give the coupon's value, the yuan it takes off (e.g. '10'" in caught.value.problem
    assert Line("300", coupon="¥10").coupon == Decimal("10.00")
    with pytest.raises(InvalidInput) as caught:
        Line("300", coupon="$10")
    assert "another currency" in caught.value.problem
