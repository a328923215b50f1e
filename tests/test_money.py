"""Tests of custops.money: yuan(), allocate(), uppercase().

The 大写 examples are those of the PBOC rules for filling in bills and settlement
vouchers (中国人民银行《正确填写票据和结算凭证的基本规定》), cited below as "PBOC".
"""

from __future__ import annotations

import decimal
import math
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import custops
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.i18n import language, stray_words
from custops.money import (
    FEN,
    MAX_UPPERCASE,
    NegativeAmount,
    Rounding,
    allocate,
    difference,
    from_fen,
    require_rate,
    to_fen,
    total,
    uppercase,
    yuan,
)
from custops.testing import amounts as amount_strategy
from custops.testing import weights as weight_strategy

# The project's own strategies (custops.testing), with the bounds these properties need.
amounts = amount_strategy(max_value=1_000_000_000, allow_negative=True)
bill_amounts = amount_strategy(max_value=MAX_UPPERCASE)
weights = weight_strategy(max_size=12, max_value=10_000, places=3, max_denominator=50)
#: A weight of ``allocate``, as its signature takes it.
Weight = Fraction | Decimal | str | int


# --- yuan ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12, "12.00"),
        ("12", "12.00"),
        (Decimal("12.345"), "12.35"),  # 四舍五入: ROUND_HALF_UP, not banker's rounding
        (Decimal("12.335"), "12.34"),
        ("0.005", "0.01"),
        ("-0.005", "-0.01"),
        ("-0.004", "0.00"),  # no negative zero
        (" 1,234.50 ", "1234.50"),
        ("¥ 8", "8.00"),
        ("￥1,000,000", "1000000.00"),
        ("-¥5", "-5.00"),  # the accounting form: the sign before the mark
        ("¥-5", "-5.00"),
        ("+￥ 1,200.5", "1200.50"),
        (Decimal("1E3"), "1000.00"),  # a Decimal is a number already, however it is written
    ],
)
def test_yuan_quantises_to_the_fen_half_up(value: object, expected: str) -> None:
    result = yuan(value)  # type: ignore[arg-type]
    assert result == Decimal(expected)
    assert str(result) == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("value", [1.5, 0.1, True, False, None, [1], b"1"])
def test_yuan_refuses_non_money_types(value: object) -> None:
    with pytest.raises(InvalidType) as info:
        yuan(value, argument="paid")  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert "paid" in str(info.value)
    assert repr(value) in str(info.value)


def test_yuan_float_message_suggests_the_exact_form() -> None:
    with pytest.raises(InvalidType, match=r"pass yuan\('268.28'\) instead"):
        yuan(268.28)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (1e-05, r"pass yuan\('0\.00001'\) instead \(got 1e-05\)$"),
        (1e16, r"pass yuan\('10000000000000000'\) instead"),
        (float("nan"), r"and nan is not a number: a missing amount \(pandas and numpy mark one "),
        (float("inf"), r"and inf is not a finite amount \(got inf\)$"),
        (float("-inf"), r"and -inf is not a finite amount \(got -inf\)$"),
        (1e30, r"and 1000000000000000000000000000000 is too large to be an amount of money"),
    ],
)
def test_yuan_float_hint_names_only_a_call_that_works(value: float, hint: str) -> None:
    """A NaN (a missing value in a pandas column), an infinity or a number too large is no
    amount: the refusal says so and suggests no call; a float with an exponent is suggested
    as the plain decimal yuan() reads."""
    with pytest.raises(InvalidType, match=r"^paid: money must be .* not a float; ") as info:
        yuan(value, argument="paid")  # type: ignore[arg-type]
    assert re.search(hint, str(info.value))
    if not hint.startswith("pass"):
        assert "yuan(" not in str(info.value)


def test_rounding_float_hint_names_the_plain_decimal() -> None:
    with pytest.raises(InvalidType, match=r"pass the str '0\.00001' instead"):
        Rounding.DOWN.round(1e-05)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"and nan is not a number") as info:
        Rounding.DOWN.round(float("nan"))  # type: ignore[arg-type]
    assert "pass" not in str(info.value)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_property_a_float_hint_is_a_call_yuan_accepts(value: float) -> None:
    """For every float: refused, and the yuan(…) call the message suggests, if any,
    succeeds (and reads the float's own value)."""
    with pytest.raises(InvalidType) as info:
        yuan(value)  # type: ignore[arg-type]
    suggested = re.search(r"pass yuan\('([^']*)'\) instead", str(info.value))
    if suggested is not None:
        assert Decimal(suggested.group(1)) == Decimal(repr(value))
        assert yuan(suggested.group(1)) == Decimal(repr(value)).quantize(
            FEN, rounding=decimal.ROUND_HALF_UP
        )
    else:
        assert not math.isfinite(value) or abs(value) >= 10**28


@pytest.mark.parametrize(
    "value",
    [
        "",
        "abc",
        "12元5角",
        "1,23",
        "1_000",
        "NaN",
        "nan",
        "Infinity",
        "-inf",
        Decimal("NaN"),
        Decimal("Infinity"),
        "1e40",
        "1E3",
        "1e3",
        "2.5e+2",
        "１ｅ３",
    ],
)
def test_yuan_refuses_values_that_are_not_amounts(value: object) -> None:
    with pytest.raises(InvalidInput) as info:
        yuan(value, argument="balance")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith("balance:")
    assert info.value.argument == "balance"


@pytest.mark.parametrize("text", ["1e3", "1E3", " 2.5e+2 ", "１ｅ３", "-1e-2", ".5e1"])
def test_yuan_refuses_an_exponent_as_its_message_says(text: str) -> None:
    """A text amount is digits, one point, thousands commas and a sign (docs/money.md): an
    exponent is refused with its own message, showing the text as given."""
    with pytest.raises(InvalidInput) as info:
        yuan(text, argument="amount_received")
    assert str(info.value) == (
        "amount_received: is not an amount of money: write it without an exponent, "
        f"e.g. '1000' (got {text!r})"
    )


def test_yuan_non_negative_refuses_a_negative_amount() -> None:
    with pytest.raises(InvalidInput, match="peak: must not be negative"):
        yuan("-1", argument="peak", non_negative=True)
    assert yuan("0", non_negative=True) == 0


@given(amounts)
def test_yuan_is_idempotent(amount: Decimal) -> None:
    once = yuan(amount)
    assert yuan(once) == once
    assert yuan(str(once)) == once
    assert once.as_tuple().exponent == -2


# Local: any Decimal (many places), not an amount to the fen, is what yuan() rounds.
@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12))
def test_yuan_is_within_half_a_fen_of_the_value(value: Decimal) -> None:
    assert abs(yuan(value) - value) <= FEN / 2


# Local: raw fen counts, beyond any amount the strategies give.
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_to_fen_and_from_fen_are_inverse(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen


def test_total_adds_exactly() -> None:
    assert total([yuan("0.10")] * 3) == Decimal("0.30")
    assert total([]) == Decimal("0.00")
    with pytest.raises(InvalidType, match=r"amounts\[1\]"):
        total([yuan(1), 0.2])  # type: ignore[list-item]


def test_total_too_large_shows_the_amounts_as_given() -> None:
    """Each amount fits, their sum does not: the refusal shows the amounts, not the sum."""
    given = [Decimal("9" * 27)] * 20
    with pytest.raises(InvalidInput, match=r"^amounts: add up to more than") as info:
        total(given)
    assert info.value.value is given


_THIRTY_DIGITS = st.integers(-(10**30) + 1, 10**30 - 1).map(from_fen)


@given(_THIRTY_DIGITS, _THIRTY_DIGITS)
def test_difference_is_exact_for_amounts_of_30_digits(a: Decimal, b: Decimal) -> None:
    """``difference(a, less=b)`` is ``a − b`` to the fen (integer fen as the reference),
    where the default 28-digit context rounds it; and the inverse of adding ``b`` back."""
    exact = to_fen(a) - to_fen(b)
    if abs(exact) >= 10**30:  # beyond an amount: refused, showing the amount given
        with pytest.raises(InvalidInput, match=r"^amount: less ") as info:
            difference(a, less=b)
        assert info.value.value == a
        return
    result = difference(a, less=b)
    assert to_fen(result) == exact
    assert total([result, b]) == a


def test_difference_checks_each_amount_by_its_name() -> None:
    assert difference(yuan(1), less=yuan(3)) == Decimal("-2.00")
    with pytest.raises(InvalidType, match=r"^less: "):
        difference(yuan(1), less=0.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^amount: has a fraction of a fen"):
        difference(Decimal("1.005"), less=yuan(1))


# --- allocate -----------------------------------------------------------------------------------


def test_allocate_gives_the_leftover_fen_to_the_largest_remainders() -> None:
    assert allocate(yuan("100"), [1, 1, 1]) == (
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    )
    assert allocate(yuan("0.05"), [1, 1]) == (Decimal("0.03"), Decimal("0.02"))  # tie: earlier
    assert allocate(yuan("10"), [3, 7]) == (Decimal("3.00"), Decimal("7.00"))
    assert allocate(yuan("0.10"), [1, 2]) == (Decimal("0.03"), Decimal("0.07"))
    assert allocate(yuan("1"), [0, 1, 0]) == (Decimal("0.00"), Decimal("1.00"), Decimal("0.00"))
    # by remainder, not by size: 7 + 1.5 + 1.5 fen, the leftover fen goes to the first 1.5
    assert allocate(yuan("0.10"), [14, 3, 3]) == (
        Decimal("0.07"),
        Decimal("0.02"),
        Decimal("0.01"),
    )


def test_allocate_accepts_decimal_fraction_and_str_weights() -> None:
    assert allocate("200", [Decimal("0.4"), Fraction(3, 5)]) == (
        Decimal("80.00"),
        Decimal("120.00"),
    )
    assert allocate("200", ["0.4", "0.6"]) == (Decimal("80.00"), Decimal("120.00"))


def test_allocate_refuses_bad_weights() -> None:
    with pytest.raises(InvalidInput, match="weights: must not be empty"):
        allocate(yuan(1), [])
    with pytest.raises(InvalidInput, match="must not add up to zero"):
        allocate(yuan(1), [0, 0])
    # a weight is checked by custops._validate.require_rational(low=0): "at least 0"
    with pytest.raises(InvalidInput, match=r"^weights\[1\]: must be at least 0 \(got -1\)$"):
        allocate(yuan(1), [1, -1])
    with pytest.raises(InvalidInput, match=r"^weights\[0\]: must be at least 0 \(got '-1/3'\)$"):
        allocate(yuan(1), ["-1/3", 1])
    with pytest.raises(InvalidType, match=r"weights\[0\].*float"):
        allocate(yuan(1), [0.5])  # type: ignore[list-item]
    with pytest.raises(InvalidType, match="weights"):
        allocate(yuan(1), "12")
    # a set or a mapping has no order for the parts to follow; a generator has one
    for unordered, shown in (({1, 2}, "set"), ({1: 1}, "dict"), (frozenset([1]), "frozenset")):
        with pytest.raises(InvalidType, match=rf"^weights: must be a sequence .*not a {shown} "):
            allocate(yuan(1), unordered)
    assert allocate(yuan(1), (w for w in (1, 3))) == (Decimal("0.25"), Decimal("0.75"))
    with pytest.raises(InvalidType, match="total"):
        allocate(1.0, [1])  # type: ignore[arg-type]


@given(amounts, weights)
def test_allocate_parts_add_up_to_the_total_exactly(amount: Decimal, ws: list[Weight]) -> None:
    assume(sum(w if isinstance(w, Fraction) else Fraction(str(w)) for w in ws) > 0)
    parts = allocate(amount, ws)
    assert len(parts) == len(ws)
    assert sum(parts, Decimal(0)) == amount
    assert all(p.as_tuple().exponent == -2 for p in parts)


@given(amounts, weights)
def test_allocate_parts_are_within_a_fen_of_their_exact_share(
    amount: Decimal, ws: list[Weight]
) -> None:
    fractions = [w if isinstance(w, Fraction) else Fraction(str(w)) for w in ws]
    whole = sum(fractions, Fraction(0))
    assume(whole > 0)
    for part, weight in zip(allocate(amount, ws), fractions, strict=True):
        exact = Fraction(amount) * weight / whole
        assert abs(Fraction(part) - exact) < Fraction(1, 100)
        assert (part >= 0) == (amount >= 0) or part == 0


# --- uppercase (PBOC) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # PBOC examples
        ("1409.50", "壹仟肆佰零玖元伍角"),  # a zero in the middle is written 零
        ("6007.14", "陆仟零柒元壹角肆分"),  # a run of zeros: one 零
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),  # 元 digit 0, 角 not: 零 may be left out
        ("107000.53", "壹拾万零柒仟元伍角叁分"),  # 万 digit 0, 千 not: one 零
        ("325.04", "叁佰贰拾伍元零肆分"),  # 角 0 and 分 not: 零 after 元
        ("1000", "壹仟元整"),  # ends at 元: 整
        ("16.00", "壹拾陆元整"),  # 10-19.99 start with 壹拾
        ("10.5", "壹拾元伍角"),
        ("19.99", "壹拾玖元玖角玖分"),
        ("0", "零元整"),
        # further cases
        ("0.05", "伍分"),
        ("0.50", "伍角"),
        ("1.01", "壹元零壹分"),
        ("100000", "壹拾万元整"),
        ("100000000", "壹亿元整"),
        ("100010001", "壹亿零壹万零壹元整"),
        ("110", "壹佰壹拾元整"),
        ("20000000.01", "贰仟万元零壹分"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_uppercase_follows_the_pboc_rules(amount: str, expected: str) -> None:
    assert uppercase(yuan(amount)) == expected


def test_uppercase_negative_is_refused_unless_marked() -> None:
    with pytest.raises(InvalidInput, match="negative"):
        uppercase(yuan("-1"))
    assert uppercase(yuan("-1680.32"), negative="mark") == "负壹仟陆佰捌拾元叁角贰分"
    marked = uppercase(yuan("-1680.32"), negative=NegativeAmount.MARK)
    assert marked == "负壹仟陆佰捌拾元叁角贰分"
    with pytest.raises(InvalidInput, match="negative"):
        uppercase(yuan("-1"), negative=NegativeAmount.REFUSE)
    with pytest.raises(InvalidInput, match=r"^negative: is not a known NegativeAmount.*'minus'"):
        uppercase(yuan("1"), negative="minus")
    with pytest.raises(InvalidType, match=r"^negative: must be a NegativeAmount or a str"):
        uppercase(yuan("1"), negative=True)  # type: ignore[arg-type]


def test_negative_amount_is_a_labelled_enum_reading_the_old_spellings() -> None:
    assert NegativeAmount.parse("refuse") is NegativeAmount.REFUSE
    assert NegativeAmount.parse("mark") is NegativeAmount.MARK
    assert NegativeAmount.parse("标负") is NegativeAmount.MARK
    assert [m.value for m in NegativeAmount] == ["refuse", "mark"]
    assert NegativeAmount.choices() == (("refuse", "拒绝"), ("mark", "标负"))
    assert custops.NegativeAmount is NegativeAmount


@pytest.mark.parametrize("amount", [Decimal("1.005"), "0.001", "12.345"])
def test_uppercase_refuses_more_than_two_decimals(amount: object) -> None:
    with pytest.raises(InvalidInput, match="has a fraction of a fen"):
        uppercase(amount)  # type: ignore[arg-type]


def test_uppercase_accepts_trailing_zero_decimals() -> None:
    assert uppercase(Decimal("5.000")) == "伍元整"


def test_uppercase_refuses_amounts_beyond_9999_yi() -> None:
    with pytest.raises(InvalidInput, match="exceeds"):
        uppercase(MAX_UPPERCASE + FEN)
    with pytest.raises(InvalidType):
        uppercase(12.5)  # type: ignore[arg-type]


@given(
    fen=st.integers(min_value=100_000_000_000_000, max_value=10**20),
    text=st.booleans(),
    sign=st.sampled_from([1, -1]),
)
def test_uppercase_beyond_its_bound_shows_the_amount_as_given(
    fen: int, text: bool, sign: int
) -> None:
    """A marked negative amount too large is refused showing the amount as the caller gave
    it (a text stays that text), not the magnitude the check computed."""
    amount: object = from_fen(sign * fen)
    if text:
        amount = str(amount)
    with pytest.raises(InvalidInput) as info:
        uppercase(amount, negative="mark")  # type: ignore[arg-type]
    assert info.value.argument == "amount"
    assert info.value.value is amount
    assert str(info.value).endswith(f"(got {amount!r})")


def test_uppercase_marks_a_negative_amount_within_the_bound() -> None:
    assert uppercase("-325.04", negative="mark") == "负叁佰贰拾伍元零肆分"
    assert uppercase(-MAX_UPPERCASE, negative="mark") == "负" + uppercase(MAX_UPPERCASE)
    with pytest.raises(
        InvalidInput, match=r"^amount: is below -999999999999\.99 \(got '-1000000000000'\)$"
    ):
        uppercase("-1000000000000", negative="mark")


ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


def read_uppercase(text: str) -> Decimal:
    """An independent reader of 大写 amounts, written for these tests."""
    digits = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
    units = {"拾": 10, "佰": 100, "仟": 1000}
    if text == "零元整":
        return Decimal("0.00")
    integer_text, _, rest = text.partition("元") if "元" in text else ("", "", text)
    value = 0
    yi, _, below_yi = integer_text.rpartition("亿")
    for part, scale in ((yi, 10**8), (below_yi, 1)):
        wan, _, below_wan = part.rpartition("万")
        for group, group_scale in ((wan, 10**4), (below_wan, 1)):
            number, digit = 0, 0
            for char in group:
                if char in digits:
                    digit = digits[char]
                else:
                    number += digit * units[char]
                    digit = 0
            value += (number + digit) * group_scale * scale
    fen = 0
    rest = rest.removesuffix("整")
    number = 0
    for char in rest:
        if char in digits:
            number = digits[char]
        elif char == "角":
            fen += number * 10
        elif char == "分":
            fen += number
    return Decimal(value * 100 + fen) / 100


@given(bill_amounts)
def test_uppercase_uses_only_the_pboc_characters(amount: Decimal) -> None:
    assert set(uppercase(amount)) <= ALLOWED


@given(bill_amounts)
def test_uppercase_reads_back_to_the_amount(amount: Decimal) -> None:
    text = uppercase(amount)
    assert read_uppercase(text) == amount
    assert "零零" not in text
    assert not text.startswith("零") or text == "零元整"
    assert text.endswith(("整", "角", "分"))
    assert text.endswith("整") == (amount % 1 == 0)


def test_every_error_is_a_custops_error() -> None:
    for call in (lambda: yuan(1.0), lambda: allocate(1, []), lambda: uppercase("-1")):  # type: ignore[arg-type]
        with pytest.raises(CustopsError):
            call()


@pytest.mark.parametrize("value", ["0.125", Decimal("12.345"), "1,000.001"])
def test_yuan_exact_refuses_a_fraction_of_a_fen(value: object) -> None:
    with pytest.raises(InvalidInput, match=r"^price: has a fraction of a fen"):
        yuan(value, argument="price", exact=True)  # type: ignore[arg-type]
    assert yuan("12.50", exact=True) == Decimal("12.50")
    assert yuan(Decimal("7.000"), exact=True) == Decimal("7.00")


@given(amounts)
def test_yuan_exact_accepts_every_whole_fen_amount(amount: Decimal) -> None:
    assert yuan(amount, exact=True) == amount


def test_uppercase_names_the_argument_it_is_given() -> None:
    with pytest.raises(InvalidInput, match=r"^received: is negative"):
        uppercase("-1", argument="received")


# Tests that kill the surviving mutants of tools/mutate.py (issue 14 item 7).


def test_the_largest_amount_is_28_digits() -> None:
    assert yuan(Decimal("9.99e27")) == Decimal("9.99e27")
    with pytest.raises(InvalidInput, match="too large"):
        yuan(Decimal("1e28"))


@pytest.mark.parametrize("weight", [Decimal("NaN"), "1/0"])
def test_a_weight_that_is_not_a_number_is_refused(weight: Decimal | str) -> None:
    with pytest.raises(InvalidInput, match=r"^weights\[1\]: is not a finite number"):
        allocate(yuan("10"), [1, weight])


def test_a_weight_in_no_form_of_a_number_is_refused_naming_the_forms() -> None:
    """A text that is no number says the forms a ratio is read in (0.08, 8%, 1/3)."""
    with pytest.raises(InvalidInput, match=r"^weights\[1\]: is not a number: give a decimal"):
        allocate(yuan("10"), [1, "abc"])


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("100005000", "壹亿零伍仟元整"),  # no 万 for an empty 万 group
        ("100000001", "壹亿零壹元整"),
        ("100010000", "壹亿零壹万元整"),
    ],
)
def test_uppercase_across_an_empty_group(amount: str, text: str) -> None:
    assert uppercase(yuan(amount)) == text


@pytest.mark.parametrize("amounts", [5, "1.00", None])
def test_total_refuses_what_is_not_a_collection_of_amounts(amounts: object) -> None:
    with pytest.raises(InvalidType, match=r"^amounts: must be an iterable"):
        total(amounts)  # type: ignore[arg-type]


def test_from_fen_refuses_an_amount_too_large() -> None:
    """The refusal shows the fen given, not the yuan they would make."""
    with pytest.raises(InvalidInput, match=r"^fen: is too large") as caught:
        from_fen(10**40)
    assert caught.value.value == 10**40
    assert str(caught.value).endswith(f"(got {10**40})")
    assert from_fen(-5) == Decimal("-0.05")


@settings(max_examples=50)
@given(amount_strategy(max_value="9999999"))
def test_property_uppercase_is_data_the_same_in_every_language(amount: Decimal) -> None:
    """大写金额 is data, not an explanation: the same Chinese in zh_CN and en_US (issue 15)."""
    words = []
    for code in ("zh_CN", "en_US"):
        with language(code):
            words.append(uppercase(amount))
    assert words[0] == words[1]
    assert stray_words(words[0], code="zh_CN") == ()


# --- audit-records F11: NFKC, then ASCII digits only -------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789.,-+", "０１２３４５６７８９．，－＋")

#: What a text amount may be, as every refusal of an unreadable one says it (docs/money.md).
TEXT_FORMS = (
    "write digits 0-9 (half- or full-width) with an optional sign, at most one point and "
    'commas only between groups of three; ¥, RMB, CNY or "人民币" may stand before the digits '
    'or at the end, "万" or "亿" and "元" or "块" right after them (e.g. "87.50", "¥1,087.50", '
    '"87.50元", "人民币87.50元", "123.4万元")'
)
#: … as an English refusal says it (en_US: no Chinese but the value refused, docs/i18n.md).
TEXT_FORMS_ENGLISH = (
    "write digits 0-9 with an optional sign, at most one point and commas only between "
    'groups of three; ¥, RMB or CNY may stand before the digits or at the end (e.g. "87.50", '
    '"¥1,087.50", "CNY 87.50", "87.50 RMB")'
)
#: The refusal of an amount in another currency, in en_US
FOREIGN = (
    "is not an amount of yuan: it names another currency; convert it to yuan first "
    "(¥, RMB and CNY mark yuan)"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("８７．５", Decimal("87.50")),  # a Chinese IME in full-width mode (R-SVC-02 change)
        ("１２．５", Decimal("12.50")),
        ("１２，０００", Decimal("12000.00")),
        ("￥１，２３４．５０", Decimal("1234.50")),
        ("１２.5", Decimal("12.50")),
    ],
)
def test_full_width_amounts_read_as_ascii_F11(text: str, expected: Decimal) -> None:
    """Audit F11 (R-SVC-02, R-VIP-01: amounts typed at a till): NFKC first, so the
    full-width point and comma read as their ASCII forms (before: refused)."""
    assert yuan(text) == expected


@pytest.mark.parametrize("text", ["٣", "١٢.٥", "۱۲", "१२", "１٢", "12.٥", "−3"])
def test_other_scripts_digits_are_refused_F11(text: str) -> None:
    """Audit F11 (till audit: ``yuan("٣") == 3``): only ASCII digits after NFKC; the
    message says what to write and shows the value."""
    with pytest.raises(InvalidInput) as caught:
        yuan(text)
    assert caught.value.argument == "value"
    assert (
        str(caught.value)
        == f"value: is not an amount of money: {TEXT_FORMS_ENGLISH} (got {text!r})"
    )


def test_a_misplaced_comma_is_explained_F11() -> None:
    with pytest.raises(InvalidInput, match="a comma must separate groups of three digits"):
        yuan("1,23")
    with pytest.raises(InvalidInput, match="a comma must separate groups of three digits"):
        yuan("１，２３")


@settings(max_examples=150)
@given(amount_strategy(max_value="99999999", allow_negative=True), st.booleans())
def test_property_full_width_text_is_the_same_amount_F11(amount: Decimal, grouped: bool) -> None:
    """Audit F11 property: any amount written in full-width characters (with or without
    thousands separators) is the amount written in ASCII."""
    ascii_text = f"{amount:,}" if grouped else str(amount)
    assert yuan(ascii_text.translate(_FULL_WIDTH)) == yuan(ascii_text) == amount


@settings(max_examples=100)
@given(st.characters(categories=["Nd"]).filter(lambda c: not "0" <= c <= "9"))
def test_property_no_other_digit_is_money_F11(digit: str) -> None:
    """Audit F11 property: a decimal digit of any other script is refused, unless NFKC makes
    it an ASCII digit (full-width, mathematical digits)."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", digit)
    if folded.isascii():
        assert yuan(digit) == Decimal(folded)
    else:
        with pytest.raises(InvalidInput, match="digits 0-9"):
            yuan(digit)


def test_fen_and_zero_are_exported_home_constants() -> None:
    """``ZERO`` is money's constant for "zero yuan", exported
    beside ``FEN``; it has the fen's two places, so a sum started from it shows them."""
    import custops.money as money

    assert {"FEN", "ZERO"} <= set(money.__all__)
    assert str(money.ZERO) == "0.00"
    assert money.ZERO.as_tuple().exponent == money.FEN.as_tuple().exponent
    assert str(sum([yuan("1"), yuan("2.5")], money.ZERO)) == "3.50"


def test_a_numpy_weight_or_amount_is_the_int_it_holds() -> None:
    """A weight column (numpy) splits as the ints it holds; a float weight stays refused."""
    np = pytest.importorskip("numpy")
    assert allocate("1.00", np.array([1, 2])) == allocate("1.00", [1, 2])
    assert allocate("1.00", [np.int32(1), np.uint8(3)]) == allocate("1.00", [1, 3])
    assert yuan(np.int64(5)) == Decimal("5.00")
    assert from_fen(np.int64(1234)) == Decimal("12.34")
    with pytest.raises(InvalidType, match=r"^weights\[0\]: .*not a float64"):
        allocate("1.00", np.array([0.5, 0.5]))
    with pytest.raises(InvalidType, match=r"^weights\[0\]: .*not a numpy.bool"):
        allocate("1.00", np.array([True, False]))


def test_rounding_reads_an_amount_as_every_money_function_does() -> None:
    """One amount reader (CONTRIBUTING item 7): Rounding.round reads a str amount as yuan,
    to_fen, uppercase, allocate and total do, exactly (its fraction of a fen kept until the
    rounding), and refuses what they refuse, naming ``amount``."""
    from custops.money import Rounding

    assert Rounding.DOWN.round("12.349") == Decimal("12.34")
    assert Rounding.UP.round(" ¥1,200.341 ") == Decimal("1200.35")
    assert Rounding.HALF_EVEN.round("0.125") == Rounding.HALF_EVEN.round(Decimal("0.125"))
    with pytest.raises(InvalidInput, match=r"^amount: is not an amount of money"):
        Rounding.DOWN.round("12,34")
    with pytest.raises(InvalidType, match=r"^amount: money must be an int, a str or a Decimal"):
        Rounding.DOWN.round(12.349)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^amount: must be a finite amount"):
        Rounding.DOWN.round(Decimal("Infinity"))


def _to_fen(number: Decimal, rounding: Rounding) -> Decimal:
    """``number`` brought to the fen ``rounding``'s way with all its digits (the reference)."""
    return number.quantize(
        Decimal("0.01"), rounding=rounding.mode, context=decimal.Context(prec=60)
    )


@pytest.mark.parametrize("amount", ["1" + "0" * 28, "9" * 40, "9" * 70, Decimal("1E+70"), 10**80])
def test_rounding_round_refuses_an_amount_beyond_money_naming_it(amount: object) -> None:
    """RULES.md §4: no amount of money is 10**28 yuan or more — ``yuan`` refuses one, and so
    does ``Rounding.round`` (a ``CustopsError`` naming ``amount``, never ``decimal``'s own
    InvalidOperation, which an amount of 60 digits or more raised)."""
    with pytest.raises(InvalidInput) as info:
        Rounding.DOWN.round(amount)  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == ("amount", amount)
    assert info.value.problem == "is too large to be an amount of money (less than 10**28 yuan)"


@settings(max_examples=200, deadline=None)
@given(st.integers(-(10**40), 10**40), st.integers(0, 6), st.sampled_from(list(Rounding)))
def test_property_rounding_round_is_money_or_refused_naming_amount(
    units: int, places: int, rounding: Rounding
) -> None:
    """RULES.md §4: ``Rounding.round`` of any exact amount is the amount brought to the fen
    its way, which ``yuan`` reads back unchanged, or a refusal naming ``amount``: exactly when
    the amount is 10**28 yuan or more."""
    amount = Decimal(units).scaleb(-places)
    if abs(amount) >= 10**28:
        with pytest.raises(InvalidInput) as info:
            rounding.round(amount)
        assert info.value.argument == "amount"
        return
    got = rounding.round(amount)
    assert got == _to_fen(amount, rounding)
    assert abs(got - amount) < Decimal("0.01")
    assert yuan(got) == got


@settings(max_examples=200, deadline=None)
@given(
    st.integers(-(10**30) + 1, 10**30 - 1),
    st.integers(0, 10**6),
    st.sampled_from(list(Rounding)),
)
def test_property_rounding_times_is_the_exact_product_rounded(
    fen: int, millionths: int, rounding: Rounding
) -> None:
    """R-DEP-01 (the reserve is 20% of the peak rounded down, never more), RULES.md §4: for any
    amount custops reads (up to 28 digits of yuan) and a rate of up to six decimals,
    ``Rounding.times`` is the exact product brought to the fen its way — what
    :meth:`Rounding.round` gives of the product computed with all its digits (the default
    28-digit context rounded it first, so ``DOWN`` could keep a fen above the share)."""
    amount = from_fen(fen)
    rate = Decimal(millionths).scaleb(-6)
    exact = Fraction(fen, 100) * Fraction(millionths, 10**6)
    got = rounding.times(amount, rate)
    assert got.as_tuple().exponent == -2  # to the fen
    assert abs(Fraction(got) - exact) < Fraction(1, 100)
    if rounding is Rounding.DOWN:  # toward zero: never more than the share
        assert abs(Fraction(got)) <= abs(exact)
    assert got == _to_fen(amount.fma(rate, 0, context=decimal.Context(prec=60)), rounding)


def test_R_DEP_01_rounding_times_refuses_a_negative_rate_and_a_product_beyond_money() -> None:
    """R-DEP-01, R-PUR-02, RULES.md §4: ``Rounding.times`` brings a rate of an
    amount to the fen, so a negative ``factor`` is refused naming ``factor`` and showing it,
    a product of 10**28 yuan or more (which ``yuan`` refuses) names ``factor``, and an
    ``amount`` that is no amount of money names ``amount``; a rate of 0 and the largest
    amount at a rate of 1 are kept."""
    with pytest.raises(InvalidInput) as info:
        Rounding.HALF_UP.times("100", "-0.5")
    assert (info.value.argument, info.value.value) == ("factor", "-0.5")
    assert info.value.problem == "must not be negative: it is a rate of the amount"
    with pytest.raises(InvalidInput) as info:
        Rounding.HALF_UP.times("9" * 28, "10")
    assert (info.value.argument, info.value.value) == ("factor", "10")
    assert info.value.problem == (
        f"times amount {'9' * 28} gives {'9' * 28}0.00, too large to be an amount of money "
        "(less than 10**28 yuan)"
    )
    with pytest.raises(InvalidInput) as info:
        Rounding.DOWN.times("1" + "0" * 28, "0.01")
    assert (info.value.argument, info.value.value) == ("amount", "1" + "0" * 28)
    assert info.value.problem == "is too large to be an amount of money (less than 10**28 yuan)"
    assert Rounding.DOWN.times("9" * 28 + ".99", 1) == Decimal("9" * 28 + ".99")
    assert Rounding.DOWN.times("100", "0") == Decimal("0.00")
    assert Rounding.UP.times("-100", "0.5") == Decimal("-50.00")  # a negative amount: its rate


@settings(max_examples=200, deadline=None)
@given(
    st.integers(-(10**30) + 1, 10**30 - 1),
    st.integers(-(10**8), 10**12),
    st.sampled_from(list(Rounding)),
)
def test_property_rounding_times_is_money_or_refused_naming_factor(
    fen: int, millionths: int, rounding: Rounding
) -> None:
    """R-DEP-01, RULES.md §4: for any amount and any rate (up to 10**6, negative ones too),
    ``Rounding.times`` returns an amount ``yuan`` reads back unchanged, or refuses naming
    ``factor``: exactly when the rate is negative or the exact product brought to the fen
    is 10**28 yuan or more."""
    amount = from_fen(fen)
    rate = Decimal(millionths).scaleb(-6)
    exact = _to_fen(amount.fma(rate, 0, context=decimal.Context(prec=60)), rounding)
    if millionths < 0 or abs(exact) >= 10**28:
        with pytest.raises(InvalidInput) as info:
            rounding.times(amount, rate)
        assert (info.value.argument, info.value.value) == ("factor", rate)
        return
    got = rounding.times(amount, rate)
    assert got == exact
    assert yuan(got) == got


# --- the marks of yuan a till sees: one reader, one description ---------------------------------

_MARKS = ("¥", "￥", "RMB", "rmb", "CNY", "人民币")
_UNITS = ("元", "块")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000元", "1000.00"),
        ("1,000.00元", "1000.00"),
        ("50块", "50.00"),  # the spoken 元
        ("人民币1000元", "1000.00"),
        ("100元人民币", "100.00"),
        ("RMB 87.50", "87.50"),
        ("87.50 RMB", "87.50"),
        ("cny 5", "5.00"),
        ("¥100元", "100.00"),
        ("100¥", "100.00"),
        ("-5元", "-5.00"),
        ("-¥5", "-5.00"),
        ("１２３", "123.00"),
        ("１０００元", "1000.00"),
        ("￥１，０００．００", "1000.00"),
        (" 12 元 ", "12.00"),
    ],
)
def test_yuan_reads_the_marks_of_yuan_a_till_sees(text: str, expected: str) -> None:
    """A till's amount carries a currency mark (¥, RMB, CNY, 人民币) before or after it and a
    unit (元, 块) right after it: each is the amount of its digits, as ``"¥1,000.00"`` and a
    full-width ``"１２３"`` always were (before: ``"1000元"`` was refused with a message the
    accepted forms contradicted)."""
    assert yuan(text) == Decimal(expected)
    assert str(yuan(text)) == expected


@pytest.mark.parametrize(
    "text", ["12块5", "元12", "100元元", "¥", "元", "十元", "12整", "1 000元", "69.90分", "分"]
)
def test_yuan_refuses_other_forms_saying_what_it_reads(text: str) -> None:
    """A text that is no amount in those forms (a unit before the number, Chinese
    numerals, two units) is refused naming the argument, and the message says exactly the
    forms that are read."""
    with pytest.raises(InvalidInput) as caught:
        yuan(text, argument="paid")
    assert (
        str(caught.value) == f"paid: is not an amount of money: {TEXT_FORMS_ENGLISH} (got {text!r})"
    )
    assert caught.value.problem == f"is not an amount of money: {TEXT_FORMS_ENGLISH}"


@pytest.mark.parametrize("text", ["RMB100人民币", "¥100RMB", "人民币5¥"])
def test_yuan_refuses_two_currency_marks(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        yuan(text, argument="paid")
    assert caught.value.problem == (
        f"is not an amount of money: one currency mark, not two; {TEXT_FORMS_ENGLISH}"
    )


@pytest.mark.parametrize(
    "text",
    [
        *("5美元", "US$5", "$5", "HK$100", "€5", "£5", "5 USD", "港币50", "100港元", "50刀"),
        *("1000日元", "SGD 100", "SGD100", "100 MYR", "-THB 5"),
    ],
)
def test_yuan_refuses_another_currency_as_such(text: str) -> None:
    """An amount in another currency is no amount of yuan (``"5美元"`` ends in 元 but is
    dollars): refused with a message that says so, never read as yuan."""
    with pytest.raises(InvalidInput) as caught:
        yuan(text, argument="paid")
    assert caught.value.problem == FOREIGN
    with language("zh_CN"), pytest.raises(InvalidInput) as caught:
        yuan(text, argument="paid")
    assert caught.value.problem == (
        "is not an amount of yuan: it names another currency; convert it to yuan first "
        '(¥, RMB, CNY, "人民币", "元" and "块" mark yuan)'
    )


def test_the_description_of_text_amounts_reads_as_it_says() -> None:
    """The refusal never contradicts what is read: every example it gives is an amount, and
    so is every mark it names where it says the mark may stand."""
    for forms, shown in [
        (TEXT_FORMS, ["87.50", "¥1,087.50", "87.50元", "人民币87.50元", "123.4万元"]),
        (TEXT_FORMS_ENGLISH, ["87.50", "¥1,087.50", "CNY 87.50", "87.50 RMB"]),
    ]:
        examples = re.findall(r'"([^"]+)"', forms.split("(e.g. ")[1])
        assert examples == shown
        read = [Decimal("87.50"), Decimal("1087.50"), Decimal("87.50"), Decimal("87.50")]
        assert [yuan(e) for e in examples] == [*read, Decimal("1234000.00")][: len(shown)]
    with language("zh_CN"), pytest.raises(InvalidInput) as caught:
        yuan("x", argument="paid")
    assert caught.value.problem == f"is not an amount of money: {TEXT_FORMS}"
    for mark in ("¥", "RMB", "CNY", "人民币"):
        assert yuan(f"{mark}87.50") == yuan(f"87.50{mark}") == Decimal("87.50")
    for unit in ("元", "块"):
        assert yuan(f"87.50{unit}") == Decimal("87.50")
    for scale, times in (("万", 10**4), ("亿", 10**8)):  # a numeral of scale, then a unit
        assert yuan(f"87.5{scale}") == yuan(f"87.5{scale}元") == Decimal("87.5") * times
    assert yuan("+87.50") == Decimal("87.50")  # an optional sign
    assert yuan("８７．５０") == Decimal("87.50")  # full-width
    for text in ("abc", "¥1RMB", "5美元"):  # English, as every money message: Chinese quoted
        with pytest.raises(InvalidInput) as caught:
            yuan(text)
        assert stray_words(caught.value.problem, code="en_US") == ()


@settings(max_examples=200)
@given(
    amount_strategy(max_value="99999999", allow_negative=True),
    st.sampled_from(("", *_MARKS)),
    st.booleans(),
    st.sampled_from(("", *_UNITS)),
    st.sampled_from(("", " ")),
    st.booleans(),
    st.booleans(),
)
def test_property_a_marked_amount_is_its_digits(
    amount: Decimal,
    mark: str,
    mark_first: bool,
    unit: str,
    space: str,
    grouped: bool,
    full_width: bool,
) -> None:
    """Any amount, written with or without thousands commas, half- or full-width, with a
    currency mark before or after it and a unit right after it, is the amount itself."""
    number = f"{amount:,}" if grouped else str(amount)
    if full_width:
        number = number.translate(_FULL_WIDTH)
    text = f"{mark}{space}{number}{unit}" if mark_first else f"{number}{unit}{space}{mark}"
    assert yuan(text) == amount
    assert yuan(text, exact=True) == amount


@settings(max_examples=200)
@given(st.text(alphabet="0123456789.,+- ¥元块RMBCNY人民币美$eE角", max_size=12))
def test_property_a_text_is_an_amount_or_refused_saying_why(text: str) -> None:
    """Every text is either an amount or an ``InvalidInput`` naming the argument, whose
    problem is one of the four the reader gives; what is read is the number left once the
    marks of yuan are taken away."""
    bare = re.sub(r"¥|RMB|CNY|人民币|元|块|\s|,", "", text)
    try:
        amount = yuan(text, argument="paid")
    except InvalidInput as exc:
        refused: InvalidInput | None = exc
    else:
        refused = None
        assert amount == yuan(Decimal(bare))
    if refused is not None:
        assert refused.argument == "paid"
        assert refused.problem in {
            f"is not an amount of money: {TEXT_FORMS_ENGLISH}",
            f"is not an amount of money: one currency mark, not two; {TEXT_FORMS_ENGLISH}",
            "is not an amount of money: a comma must separate groups of three digits",
            "is not an amount of money: write it without an exponent, e.g. '1000'",
            FOREIGN,
        } or refused.problem.startswith("is counted in fen or jiao")


def test_every_amount_of_a_caller_is_read_by_the_one_reader() -> None:
    """CONTRIBUTING item 7, ``money.yuan``: a price, a payment, a coupon, a policy's threshold
    and the money helpers read a till's text alike."""
    import datetime

    from custops.vip import Line, Purchase, VipPolicy

    day = datetime.date(2024, 1, 1)
    assert Purchase(day, "1000元").paid == Purchase(day, "¥1,000.00").paid == Decimal("1000.00")
    assert Line("人民币99元", promotion_price="89块").promotion_price == Decimal("89.00")
    assert VipPolicy(cumulative_threshold="2000元").cumulative_threshold == Decimal("2000.00")
    assert allocate("10元", [1, 1]) == (Decimal("5.00"), Decimal("5.00"))
    assert uppercase("1000元") == "壹仟元整"
    assert to_fen(yuan("12.34元")) == 1234
    assert Rounding.DOWN.round("12.349元") == Decimal("12.34")
    with pytest.raises(InvalidInput, match=r"^paid: is not an amount of yuan"):
        Purchase(day, "5美元")


# --- amounts as written: grouped digits, ¥, 元 and 万元 read by one reader ----------------


@settings(max_examples=200)
@given(
    amount_strategy(max_value="99999999", allow_negative=True),
    st.sampled_from(("", "¥", "人民币")),
    st.sampled_from(("", "元", "元整", " 元 整", "块")),
    st.booleans(),
)
def test_property_a_written_amount_round_trips(
    amount: Decimal, mark: str, unit: str, grouped: bool
) -> None:
    """An amount written with its thousands grouped (format(Decimal, ",")), a mark of yuan
    and 元 reads back as itself; written in 万 (the same digits shifted four places) as
    itself too, exactly: no float between."""
    digits = format(amount, ",f" if grouped else "f")
    sign, digits = ("-", digits[1:]) if digits.startswith("-") else ("", digits)
    assert yuan(f"{sign}{mark}{digits}{unit}") == amount
    wan = format(amount.scaleb(-4), ",f" if grouped else "f")
    assert yuan(f"{wan}万{unit}") == amount
    assert yuan(f"{wan}万元") == yuan(f"{wan}万") == amount


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("20,000", "20000.00"),
        ("¥20000", "20000.00"),
        ("35元", "35.00"),
        ("19,876.54元", "19876.54"),
        ("1000万元", "10000000.00"),
        ("5万元", "50000.00"),
        ("5万", "50000.00"),
        ("123.4万元", "1234000.00"),
        ("１２３．４万元", "1234000.00"),
        ("1.5亿元", "150000000.00"),
        ("5元整", "5.00"),  # an invoice's 整 ("even") after 元
        ("5万元整", "50000.00"),
        ("人民币1,000元整", "1000.00"),
    ],
)
def test_amounts_as_forms_write_them(text: str, read: str) -> None:
    """Every spelling a form or a policy writes (D8: 1000万元, 5万元) is one exact amount."""
    assert yuan(text) == Decimal(read)


@pytest.mark.parametrize("text", ["万元", "5万亿", "5万5", "1e3万", "5千元", "5万美元"])
def test_a_numeral_of_scale_alone_or_misplaced_is_refused(text: str) -> None:
    """万 or 亿 is read right after digits only, once; anything else is refused naming the
    argument and showing the value."""
    with pytest.raises(InvalidInput) as caught:
        yuan(text, argument="capital")
    assert caught.value.argument == "capital"
    assert caught.value.value == text


@pytest.mark.parametrize("text", ["5整", "整", "5整元", "35元/吨", "35元/t"])
def test_zheng_only_after_yuan_and_a_rate_with_its_unit_are_refused(text: str) -> None:
    """R-PUR-02: 整 is read only after 元 (5元整); a rate written with its unit (35元/吨) is
    refused, the unit being the limit's basis, given in its own field (docs/money.md)."""
    with pytest.raises(InvalidInput) as caught:
        require_rate("amount", text)
    assert caught.value.argument == "amount"
    assert caught.value.value == text


@pytest.mark.parametrize("spaces", [2, 65, 8_000, 32_000])
def test_a_spaced_amount_text_is_refused_whatever_its_length(spaces: int) -> None:
    """RULES.md §4, R-PUR-02: two digits around spaces (thousands of them, as a broken CSV
    cell holds) are no amount; refused naming the argument and showing the value, read as
    one run of spaces so the reader takes no longer than for one (no timing asserted)."""
    text = "5" + " " * spaces + "5"
    readers: tuple[Callable[[], Decimal], ...] = (
        lambda: yuan(text, argument="paid"),
        lambda: require_rate("paid", text),
    )
    for read in readers:
        with pytest.raises(InvalidInput, match=r"^paid: is not an amount of money: ") as caught:
            read()
        assert caught.value.value == text
    with pytest.raises(InvalidInput, match=r"^paid: is not an amount of money: "):
        yuan("5" + " 万" * spaces, argument="paid")
    assert yuan(" " * 1_000 + "¥ \t 1,234.50 \n 元  整" + " " * 1_000) == Decimal("1234.50")


def test_require_rate_has_no_negative_zero() -> None:
    """R-PUR-02: "-0" is the rate 0, as yuan() reads it (no Decimal('-0') kept)."""
    for text in ("-0", "-0.00", "-0万", Decimal("-0")):
        rate = require_rate("amount", text)
        assert rate == 0, text
        assert not rate.is_signed(), text


def test_a_text_longer_than_any_amount_is_refused_unread() -> None:
    """RULES.md §4, R-PUR-02: a megabyte pasted into an amount field is no amount: refused
    naming the argument and showing the value (not read: no amount is written in more than
    ``_LONGEST_AMOUNT`` characters); spaces around an amount do not count towards it."""
    from custops.money import _LONGEST_AMOUNT

    for text in ("8" * 2**20, "投诉" * 2**18, "1" * (_LONGEST_AMOUNT + 1)):
        with pytest.raises(InvalidInput, match=r"^paid: is not an amount of money: ") as caught:
            yuan(text, argument="paid")
        assert caught.value.value == text
    longest = "0." + "0" * (_LONGEST_AMOUNT - 3) + "5"  # as long as may be read: read
    assert len(longest) == _LONGEST_AMOUNT
    assert yuan(longest, exact=False) == Decimal("0.00")
    padded = " " * (2 * _LONGEST_AMOUNT) + "87.50" + " " * (2 * _LONGEST_AMOUNT)
    assert yuan(padded) == Decimal("87.50")


@pytest.mark.parametrize(
    ("text", "fen", "made"),
    [
        ("6990分", 6990, "69.90"),
        ("６９９０分", 6990, "69.90"),
        ("6990 分", 6990, "69.90"),
        ("6990分钱", 6990, "69.90"),
        ("6990 fen", 6990, "69.90"),
        ("¥6990分", 6990, "69.90"),
        ("-6990分", -6990, "-69.90"),
        ("12元5角", 1250, "12.50"),
        ("69元9角0分", 6990, "69.90"),
        ("5毛", 50, "0.50"),
        ("3角5分", 35, "0.35"),
    ],
)
def test_an_amount_in_fen_or_jiao_points_to_from_fen(text: str, fen: int, made: str) -> None:
    """An amount counted in fen or jiao (a till's settlement database keeps fen: ``6990分``)
    is refused naming the argument, saying the yuan it makes and pointing to ``from_fen``,
    which reads fen; the hint is exact: ``from_fen`` of the fen it names is that amount."""
    with pytest.raises(InvalidInput) as caught:
        yuan(text, argument="paid")
    problem = caught.value.problem
    assert caught.value.argument == "paid"
    assert problem.startswith("is counted in fen or jiao (hundredths or tenths of a yuan)")
    assert f"it makes {made} yuan" in problem
    assert f"custops.money.from_fen({fen})" in problem
    assert from_fen(fen) == Decimal(made)


def test_an_int_is_yuan_and_fen_are_read_by_from_fen() -> None:
    """A plain ``int`` is an amount of yuan (``6990`` is 6990.00 yuan, as ``"6990"`` is); an
    amount kept in fen is read by ``from_fen``: the two never mix silently in a text."""
    assert yuan(6990) == Decimal("6990.00") == yuan("6990")
    assert from_fen(6990) == Decimal("69.90")


@settings(max_examples=100)
@given(st.integers(min_value=-(10**20), max_value=10**20), st.sampled_from(["分", "分钱", " fen"]))
def test_property_a_text_in_fen_names_the_call_that_reads_it(fen: int, unit: str) -> None:
    """Any whole number of fen written with a unit of fen is refused, and the call its message
    names, ``from_fen(n)``, gives the amount it says it makes."""
    with pytest.raises(InvalidInput) as caught:
        yuan(f"{fen}{unit}", argument="paid")
    assert f"custops.money.from_fen({fen})" in caught.value.problem
    assert f"it makes {from_fen(fen)} yuan" in caught.value.problem
