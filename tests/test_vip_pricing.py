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
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
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
