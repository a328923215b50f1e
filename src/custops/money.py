"""Exact RMB amounts: :func:`yuan`, :func:`allocate` and :func:`uppercase` (大写金额).

Money in custops is a :class:`decimal.Decimal` number of yuan, quantised to the
fen (0.01) with ROUND_HALF_UP (四舍五入).  Floats are refused everywhere: a float
cannot hold 0.1 exactly, and a library that accepts one has already lost a fen.

>>> yuan("1234.565")
Decimal('1234.57')
>>> allocate(yuan("100"), [1, 1, 1])
(Decimal('33.34'), Decimal('33.33'), Decimal('33.33'))
>>> uppercase(yuan("6007.14"))
'陆仟零柒元壹角肆分'
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Literal

from custops._validate import require_int, type_name
from custops.errors import InvalidInput, InvalidType

__all__ = ["FEN", "MAX_UPPERCASE", "allocate", "from_fen", "to_fen", "uppercase", "yuan"]

#: One fen, the smallest unit of RMB and the quantum of every amount.
FEN = Decimal("0.01")

#: The largest amount :func:`uppercase` writes: 9999亿9999万9999元9角9分.
MAX_UPPERCASE = Decimal("999999999999.99")

# Enough digits for any amount a business handles (1e25 yuan), so quantize never fails silently.
_CONTEXT = decimal.Context(prec=40, rounding=ROUND_HALF_UP)
_MAX_DIGITS = 28
_SEPARATED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def yuan(
    value: Any, *, argument: str = "value", non_negative: bool = False, exact: bool = False
) -> Decimal:
    """Return ``value`` as an exact amount of yuan, quantised to the fen (ROUND_HALF_UP).

    Accepts an ``int``, a ``Decimal`` or a ``str`` (surrounding spaces, a leading
    ``¥``/``￥`` and thousands separators such as ``"1,234.50"`` are allowed).
    Refuses ``float`` and ``bool`` (:class:`~custops.errors.InvalidType`), and NaN,
    infinities and text that is not a number (:class:`~custops.errors.InvalidInput`).
    Negative amounts are allowed (a refund is negative) unless ``non_negative``
    is set; ``argument`` names the argument in error messages.  With ``exact=True`` an
    amount with a fraction of a fen is refused instead of rounded — for amounts that are
    multiplied (unit prices) or that must match what changed hands (cash).

    >>> yuan(12)
    Decimal('12.00')
    >>> yuan("0.005")
    Decimal('0.01')
    >>> yuan(Decimal("-2.675"))
    Decimal('-2.68')
    >>> yuan("¥1,234.5")
    Decimal('1234.50')
    >>> yuan("12元")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: value: is not an amount of money (got '12元')
    >>> yuan("0.125", argument="price", exact=True)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: price: has a fraction of a fen; ... (got '0.125')
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        hint = ""
        if isinstance(value, float):
            hint = f"; floats are inexact, pass yuan({str(value)!r}) instead"
        raise InvalidType(
            f"{argument}: money must be an int, a str or a Decimal, not a {type_name(value)}"
            f" (got {value!r}){hint}",
            argument=argument,
            value=value,
        )
    number = _parse(argument, value) if isinstance(value, str) else Decimal(value)
    if not number.is_finite():
        raise InvalidInput.for_argument(argument, value, "must be a finite amount")
    if number.adjusted() >= _MAX_DIGITS:
        raise InvalidInput.for_argument(argument, value, "is too large to be an amount of money")
    amount = number.quantize(FEN, context=_CONTEXT)
    if exact and amount != number:
        raise InvalidInput.for_argument(
            argument, value, "has a fraction of a fen; give a whole number of fen (0.01 yuan)"
        )
    if amount.is_zero():
        amount = abs(amount)  # no negative zero
    if non_negative and amount < 0:
        raise InvalidInput.for_argument(argument, value, "must not be negative")
    return amount


def _parse(argument: str, text: str) -> Decimal:
    cleaned = text.strip()
    if cleaned[:1] in ("¥", "￥"):
        cleaned = cleaned[1:].lstrip()
    if "," in cleaned:
        if not _SEPARATED.fullmatch(cleaned):
            raise InvalidInput.for_argument(argument, text, "is not an amount of money")
        cleaned = cleaned.replace(",", "")
    if "_" in cleaned:
        raise InvalidInput.for_argument(argument, text, "is not an amount of money")
    try:
        return Decimal(cleaned)
    except decimal.InvalidOperation:
        raise InvalidInput.for_argument(argument, text, "is not an amount of money") from None


def to_fen(amount: Decimal) -> int:
    """The amount as an integer number of fen (``Decimal('12.34')`` → ``1234``).

    >>> to_fen(yuan("12.34"))
    1234
    """
    return int(yuan(amount, argument="amount").scaleb(2))


def from_fen(fen: int) -> Decimal:
    """The inverse of :func:`to_fen`.

    >>> from_fen(1234)
    Decimal('12.34')
    """
    require_int("fen", fen)
    return yuan(Decimal(fen).scaleb(-2), argument="fen")


def _weight(index: int, value: Any) -> Fraction:
    argument = f"weights[{index}]"
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, Fraction, str)):
        hint = "; floats are inexact, pass a str or a Decimal" if isinstance(value, float) else ""
        raise InvalidType.for_argument(
            argument,
            value,
            f"must be an int, a Decimal, a Fraction or a str, not a {type_name(value)}{hint}",
        )
    try:
        weight = Fraction(value.strip()) if isinstance(value, str) else Fraction(value)
    except (ValueError, ZeroDivisionError, decimal.InvalidOperation, ArithmeticError):
        raise InvalidInput.for_argument(argument, value, "is not a finite number") from None
    if weight < 0:
        raise InvalidInput.for_argument(argument, value, "must not be negative")
    return weight


def allocate(total: Any, weights: Iterable[Any]) -> tuple[Decimal, ...]:
    """Split ``total`` into parts proportional to ``weights``, exact to the fen.

    Uses the largest-remainder (Hamilton) method: every part first gets its exact
    share rounded down to the fen, then the fen left over go one each to the
    parts with the largest remainders; on a tie the earlier part wins.  So the
    parts always add up to ``total`` exactly, and no part differs from its
    exact share by a whole fen or more.  A negative total is split as its
    absolute value and every part negated.

    ``weights`` are non-negative ``int``, ``Decimal``, ``Fraction`` or numeric ``str``
    values; an empty list or weights that add up to zero are refused.

    >>> allocate(yuan("0.05"), [1, 1])
    (Decimal('0.03'), Decimal('0.02'))
    >>> allocate(yuan("1000"), ["0.4", "0.6"])
    (Decimal('400.00'), Decimal('600.00'))
    >>> sum(allocate(yuan("-10"), [1, 2, 3, 0]))
    Decimal('-10.00')
    """
    amount = yuan(total, argument="total")
    if isinstance(weights, (str, bytes)) or not isinstance(weights, Iterable):
        raise InvalidType.for_argument(
            "weights", weights, f"must be a sequence of weights, not a {type_name(weights)}"
        )
    parts = [_weight(i, w) for i, w in enumerate(weights)]
    if not parts:
        raise InvalidInput.for_argument("weights", weights, "must not be empty")
    whole = sum(parts, Fraction(0))
    if whole == 0:
        raise InvalidInput.for_argument("weights", weights, "must not add up to zero")
    sign = -1 if amount < 0 else 1
    fen_total = abs(to_fen(amount))
    exact = [fen_total * w / whole for w in parts]
    floors = [int(share) for share in exact]  # shares are non-negative: int() floors
    left = fen_total - sum(floors)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return tuple(from_fen(sign * f) for f in floors)


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")


def uppercase(
    amount: Any, *, negative: Literal["refuse", "mark"] = "refuse", argument: str = "amount"
) -> str:
    """Write ``amount`` as a Chinese capital amount (大写金额) for a bill or receipt.

    Follows the PBOC rules for filling in bills and settlement vouchers
    (中国人民银行《正确填写票据和结算凭证的基本规定》):

    - the characters are 零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整;
    - an amount that ends at 元 is followed by 整 (``1000`` → 壹仟元整); after 角 the
      rules let 整 be left out, and custops leaves it out; after 分 it is never written;
    - a zero between non-zero digits of the yuan is written 零, and a run of zeros
      (also across 万 and 亿) as one 零 (``6007.14`` → 陆仟零柒元壹角肆分,
      ``107000.53`` → 壹拾万零柒仟元伍角叁分);
    - where the 元 digit is 0 and 角 is not, the rules allow 零 after 元 or none;
      custops writes none (``1680.32`` → 壹仟陆佰捌拾元叁角贰分), the form of the
      rules' own examples;
    - 角 zero and 分 not → 零 after 元 (``325.04`` → 叁佰贰拾伍元零肆分);
    - 拾 is always preceded by its digit, so 10–19.99 start with 壹拾;
    - zero is 零元整; amounts below one yuan start at 角 or 分 (``0.05`` → 伍分).

    Amounts from 0 to :data:`MAX_UPPERCASE` (9999亿…) are written.  A fraction of a fen is
    refused, never rounded or truncated.  A negative amount is
    refused by default; with ``negative="mark"`` it is written with a leading 负.
    ``int``, ``str`` and ``Decimal`` are accepted as by :func:`yuan`; ``argument`` names the
    amount in error messages.

    >>> uppercase(yuan("1000"))
    '壹仟元整'
    >>> uppercase(yuan("325.04"))
    '叁佰贰拾伍元零肆分'
    >>> uppercase(yuan("15.50"))
    '壹拾伍元伍角'
    >>> uppercase(yuan("107000.53"))
    '壹拾万零柒仟元伍角叁分'
    >>> uppercase(0)
    '零元整'
    >>> uppercase(yuan("-8"), negative="mark")
    '负捌元整'
    >>> uppercase(Decimal("1.005"))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: amount: has a fraction of a fen; ...(got Decimal('1.005'))
    """
    if negative not in ("refuse", "mark"):
        raise InvalidInput.for_argument("negative", negative, "must be 'refuse' or 'mark'")
    exact = yuan(amount, argument=argument, exact=True)
    if exact < 0:
        if negative == "refuse":
            raise InvalidInput.for_argument(
                argument,
                amount,
                "is negative; a bill carries no negative amount (pass negative='mark' for 负)",
            )
        return "负" + uppercase(-exact, argument=argument)
    if exact > MAX_UPPERCASE:
        raise InvalidInput.for_argument(argument, amount, f"exceeds {MAX_UPPERCASE}")
    fen = to_fen(exact)
    if fen == 0:
        return "零元整"
    integer, jiao, fen_digit = fen // 100, (fen // 10) % 10, fen % 10
    digits = [int(c) for c in str(integer)] if integer else []
    out: list[str] = []
    pending_zero = False
    count = len(digits)
    for i, digit in enumerate(digits):
        position = count - 1 - i
        if digit == 0:
            pending_zero = bool(out)
        else:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[digit] + _SMALL_UNITS[position % 4])
        if position % 4 == 0 and position > 0:
            start = max(0, i - 3)
            if any(digits[start : i + 1]):
                out.append(_GROUP_UNITS[position // 4])
    if out:
        out.append("元")
    if jiao == 0 and fen_digit == 0:
        out.append("整")
        return "".join(out)
    if jiao:
        out.append(_DIGITS[jiao] + "角")
    elif out:
        out.append("零")
    if fen_digit:
        out.append(_DIGITS[fen_digit] + "分")
    return "".join(out)


def total(amounts: Iterable[Decimal]) -> Decimal:
    """The exact sum of ``amounts`` (each checked as money), ``0.00`` for none.

    >>> total([yuan("0.10"), yuan("0.20")])
    Decimal('0.30')
    """
    items: Any = amounts  # checked at run time
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidType.for_argument(
            "amounts", items, f"must be an iterable of amounts, not a {type_name(items)}"
        )
    return yuan(
        sum((yuan(a, argument=f"amounts[{i}]") for i, a in enumerate(amounts)), FEN * 0),
        argument="amounts",
    )
