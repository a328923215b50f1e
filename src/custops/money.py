"""Exact RMB amounts: :func:`yuan`, :func:`allocate` and :func:`uppercase` (大写金额); money
is a ``Decimal`` of yuan, quantised to the fen ROUND_HALF_UP (四舍五入), never a float."""

from __future__ import annotations

import decimal
import re
import unicodedata
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import partial
from typing import TYPE_CHECKING, Any, TypeAlias

from custops._enums import enum_field
from custops._text import examples
from custops._validate import (
    argument_name,
    field_converter,
    fitted_call,
    optional_check,
    policy_field,
    require_int,
    require_items,
    require_rational,
    require_type,
    within,
)
from custops.enums import LabelledEnum
from custops.errors import InvalidInput

__all__ = [
    "FEN",
    "MAX_UPPERCASE",
    "ZERO",
    "MoneyInput",
    "NegativeAmount",
    "Rounding",
    "allocate",
    "difference",
    "from_fen",
    "to_fen",
    "total",
    "uppercase",
    "yuan",
]

#: What custops takes as an amount of money, wherever an amount enters (an argument or a
#: field): an ``int``, a ``Decimal`` or a ``str`` (:func:`yuan` reads it; a float is refused).
MoneyInput: TypeAlias = Decimal | int | str

#: One fen, the smallest unit of RMB and the quantum of every amount.
FEN = Decimal("0.01")

#: Zero yuan, as an amount (``Decimal("0.00")``): the start of every sum of amounts.
ZERO = Decimal("0.00")

#: The largest amount :func:`uppercase` writes: 9999亿9999万9999元9角9分.
MAX_UPPERCASE = Decimal("999999999999.99")

#: The context of arithmetic on amounts (internal, not in ``__all__``): an amount has up to
#: 30 digits, more than the default context's 28, so a sum, a difference or a product of
#: amounts computed in the default context may lose the fen; in this one (40 digits, enough
#: for any amount a business handles) it does not, and quantize never fails silently.
EXACT_CONTEXT = decimal.Context(prec=40, rounding=ROUND_HALF_UP)
_MAX_DIGITS = 28
_SEPARATED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?", re.ASCII)
# An amount after NFKC: ASCII digits, an optional point, thousands commas, a sign; also
# the forms Decimal reads that yuan() refuses with their own message (NaN, Infinity, 1E3).
_PLAIN = re.compile(
    r"[+-]?(?:(?:[0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)(?P<exponent>[eE][+-]?[0-9]+)?"
    r"|nan|snan|inf|infinity)",
    re.ASCII | re.IGNORECASE,
)


#: The context :meth:`Rounding.round` quantizes in: wide enough for any computed amount
#: (an amount of 30 digits times a rate) to keep its fen
_ROUNDING_CONTEXT = decimal.Context(prec=60)


class Rounding(LabelledEnum):
    """How an amount is brought to the fen by a policy's choice (``DepositPolicy.rounding``
    and ``reserve_rounding``, ``PurchasingPolicy.limit_rounding``, ``borne_rounding`` and
    ``shared_rounding``): each member is one of Python's ``decimal`` rounding modes,
    ``mode`` its ``decimal.ROUND_*`` constant (which :meth:`parse` reads too).

    >>> Rounding.parse("四舍五入"), Rounding.parse("ROUND_DOWN").mode
    (<Rounding.HALF_UP: 'half_up'>, 'ROUND_DOWN')
    """

    HALF_UP = ("half_up", "四舍五入", "round_half_up")
    HALF_EVEN = ("half_even", "四舍六入五成双", "round_half_even", "bankers")
    HALF_DOWN = ("half_down", "五舍六入", "round_half_down")
    DOWN = ("down", "舍去", "round_down", "去尾")
    UP = ("up", "进一", "round_up")
    CEILING = ("ceiling", "向上取整", "round_ceiling")
    FLOOR = ("floor", "向下取整", "round_floor")
    ZERO_FIVE_UP = ("zero_five_up", "零或五进一", "round_05up", "05up")

    @property
    def mode(self) -> str:
        """The ``decimal.ROUND_*`` constant of the member (``quantize(rounding=…)``)."""
        # each member's first variant is its constant's name in lower case ("round_05up")
        return self.variants[0].upper()

    def round(self, amount: Decimal | int | str) -> Decimal:
        """``amount`` (a finite ``Decimal``, an ``int`` or a ``str``, read exactly as
        :func:`yuan` reads it, fractions of a fen kept) brought to the fen this way, as an
        amount (:func:`to_fen` counts fen in an ``int``).  Like :func:`yuan`, it refuses an
        amount of 10**28 yuan or more naming ``amount``: no amount of money is that large.

        >>> Rounding.DOWN.round(Decimal("12.349")), Rounding.UP.round("12.341")
        (Decimal('12.34'), Decimal('12.35'))
        >>> Rounding.DOWN.round(10**28)
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: amount: is too large to be an amount of money ... (got 1000...)
        """
        number = _number("amount", amount, inexact=_AS_TEXT)
        if number.adjusted() >= _MAX_DIGITS:  # what yuan() refuses: no amount of money
            raise InvalidInput.for_argument("amount", amount, _TOO_LARGE)
        return self._to_fen(number)

    def _to_fen(self, number: Decimal) -> Decimal:
        """``number`` brought to the fen this way (exact: up to 60 digits)."""
        return number.quantize(FEN, rounding=self.mode, context=_ROUNDING_CONTEXT)

    def times(self, amount: Decimal | int | str, factor: Decimal | int | str) -> Decimal:
        """``amount`` × ``factor`` (each read as :meth:`round` reads an amount) brought to the
        fen this way, the product exact first: never rounded by the default 28-digit context,
        whose rounding of a 30-digit amount times a rate may add a fen that ``DOWN`` then
        keeps (a 20% reserve of the peak above the peak's 20%: R-DEP-01).

        ``amount`` is an amount of money (below 10**28 yuan, as :func:`yuan` reads it: a larger
        one is refused naming ``amount``) and ``factor`` a rate (a share, a discount): a
        negative one is refused naming ``factor``, and so is a product that is no amount of
        money (10**28 yuan or more, which :func:`yuan` refuses).

        >>> Rounding.DOWN.times("9" * 28, "0.20")      # 1999…9.8 down, not 2000…0.00
        Decimal('1999999999999999999999999999.80')
        >>> Rounding.HALF_UP.times("100", "-0.5")
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: factor: must not be negative: ... (got '-0.5')
        """
        number = _number("amount", amount, inexact=_AS_TEXT)
        by = _number("factor", factor, inexact=_AS_TEXT)
        if number.adjusted() >= _MAX_DIGITS:  # what yuan() refuses: no amount of money
            raise InvalidInput.for_argument("amount", amount, _TOO_LARGE)
        within(
            "factor", factor, by, low=0, problem="must not be negative: it is a rate of the amount"
        )
        product = self._to_fen(exact_product(number, by))
        if product.adjusted() >= _MAX_DIGITS:  # a rate above 1 of a large amount
            problem = (
                f"times amount {number} gives {product}, too large to be an amount of money "
                "(less than 10**28 yuan)"
            )
            raise InvalidInput.for_argument("factor", factor, problem)
        return product


def exact_product(amount: Decimal, factor: Decimal) -> Decimal:
    """``amount`` × ``factor`` exactly, every digit kept (internal, not in ``__all__``): what
    :meth:`Rounding.times` brings to the fen, and what an answer shows when the rounding
    changed it (a reserve of 24,691.356 kept as 24,691.35, R-DEP-01).

    >>> exact_product(Decimal("123456.78"), Decimal("0.20"))
    Decimal('24691.3560')
    """
    # a product has at most the digits of its factors together: in as many, it is exact
    digits = len(amount.as_tuple().digits) + len(factor.as_tuple().digits)
    return decimal.Context(prec=digits).multiply(amount, factor)


_TOO_LARGE = "is too large to be an amount of money (less than 10**28 yuan)"

#: The attrs converter of a policy's :class:`Rounding` field (a member, its name or label)
if TYPE_CHECKING:

    def ROUNDING(value: Rounding | str) -> Rounding: ...  # noqa: N802

else:
    ROUNDING = enum_field(Rounding)


_AMOUNT = (int, str, Decimal)  # what yuan() reads: never a float (inexact) or a bool
_AMOUNT_TYPES = "an int, a str or a Decimal"
_INSTEAD = "pass yuan({text!r}) instead"
_AS_TEXT = "pass the str {text!r} instead"


def _float_hint(value: Any, hint: str) -> str:
    """The hint a refused ``float`` gets: ``hint`` with the float written as a plain decimal
    (``1e-05`` as ``'0.00001'``) when :func:`yuan` reads that text, else why the float is no
    amount at all (NaN, a missing value; an infinity; a number too large), with no call to try.

    >>> _float_hint(1e-05, _INSTEAD), _float_hint(float("nan"), _INSTEAD)[:15]
    ("pass yuan('0.00001') instead", 'and nan is not ')
    """
    if not isinstance(value, float):
        return hint
    number = float(value)  # numpy's float64 is written as a float
    if number != number:  # NaN: how pandas and numpy mark a missing value
        return (
            "and nan is not a number: a missing amount (pandas and numpy mark one with NaN) "
            "has no amount to give"
        )
    if number in (float("inf"), float("-inf")):
        return f"and {number} is not a finite amount"
    text = f"{Decimal(repr(number)):f}"  # every digit of the shortest spelling, no exponent
    if Decimal(text).adjusted() >= _MAX_DIGITS:  # what yuan() refuses
        return f"and {text} {_TOO_LARGE}"
    return hint.format(text=text)


def _number(argument: str, value: Any, *, inexact: str = _INSTEAD) -> Decimal:
    """The exact, finite number an amount given as an ``int``, a ``str`` (:func:`_parse`) or
    a ``Decimal`` writes: the one amount reader of :func:`yuan` and :meth:`Rounding.round`;
    ``inexact`` the hint a refused ``float`` gets (:func:`_float_hint`)."""
    hint = _float_hint(value, inexact)
    given: Any = require_type(argument, value, _AMOUNT, _AMOUNT_TYPES, noun="money", inexact=hint)
    number = _parse(argument, given) if isinstance(given, str) else Decimal(given)
    if not number.is_finite():
        raise InvalidInput.for_argument(argument, value, "must be a finite amount")
    return number


@fitted_call
def yuan(
    value: MoneyInput, *, argument: str = "value", non_negative: bool = False, exact: bool = False
) -> Decimal:
    """Return ``value`` (an ``int``, ``Decimal`` or ``str``: spaces, full-width forms,
    thousands separators and the marks of yuan a till sees allowed — ``¥``/``￥``, ``RMB``,
    ``CNY`` or ``人民币`` before the number, after its sign or before it, or at the end, and
    ``元`` or ``块`` right after it) as an exact amount of yuan, quantised to the fen
    (ROUND_HALF_UP).  Raises
    :class:`~custops.errors.InvalidType` for a ``float`` or ``bool``,
    :class:`~custops.errors.InvalidInput` for what is not a finite number, a negative amount
    with ``non_negative`` and a fraction of a fen with ``exact`` (unit prices, cash).
    ``argument`` names the value in error messages.  An ``int`` is yuan, as its text is
    (``yuan(6990)`` is 6990.00): an amount kept in fen is read by :func:`from_fen`, and a
    text counted in fen or jiao (``"6990分"``, ``"69元9角"``) is refused saying so.

    >>> yuan(12), yuan("0.005"), yuan(Decimal("-2.675"))
    (Decimal('12.00'), Decimal('0.01'), Decimal('-2.68'))
    >>> yuan("¥-5"), yuan("-¥5"), yuan("-￥1,200.50")
    (Decimal('-5.00'), Decimal('-5.00'), Decimal('-1200.50'))
    >>> yuan("1000元"), yuan("人民币50元"), yuan("RMB 8.5"), yuan("３０块")
    (Decimal('1000.00'), Decimal('50.00'), Decimal('8.50'), Decimal('30.00'))
    """
    argument = argument_name(argument)
    # a finite Decimal, the common case, is taken as _number would take it, without its checks
    if type(value) is Decimal and value.is_finite():
        number: Decimal = value
    else:
        number = _number(argument, value)
    if number.adjusted() >= _MAX_DIGITS:
        raise InvalidInput.for_argument(argument, value, "is too large to be an amount of money")
    amount = number.quantize(FEN, context=EXACT_CONTEXT)
    if exact and amount != number:
        problem = "has a fraction of a fen; give a whole number of fen (0.01 yuan)"
        raise InvalidInput.for_argument(argument, value, problem)
    if amount.is_zero():
        amount = abs(amount)  # no negative zero
    if non_negative:
        within(argument, value, amount, low=0, problem="must not be negative")
    return amount


def require_money(argument: str, value: Any) -> Decimal:
    """An amount given to custops (a price, a payment, a claim, a coupon): :func:`yuan`
    with ``non_negative`` and ``exact``, since money actually paid is whole fen."""
    return yuan(value, argument=argument, non_negative=True, exact=True)


def require_rate(argument: str, value: Any) -> Decimal:
    """An amount of yuan per unit (per tonne, per 100 yuan of goods): read as :func:`yuan`
    reads an amount (grouped digits, ¥, 元, 万元 …; a float refused), exact and not rounded
    to the fen, not negative; the one amount reader for a rate as for money.

    >>> require_rate("amount", "35元"), require_rate("amount", "1,234.5678")
    (Decimal('35'), Decimal('1234.5678'))
    """
    number = _number(argument, value)
    if number.adjusted() >= _MAX_DIGITS:
        raise InvalidInput.for_argument(argument, value, "is too large to be an amount of money")
    within(argument, value, number, low=0, problem="must not be negative")
    return abs(number) if number.is_zero() else number  # no negative zero ("-0"), as yuan()


def require_positive_money(argument: str, value: Any, *, problem: str | None = None) -> Decimal:
    """An amount that must be more than 0 (a claim, a policy's threshold): :func:`require_money`,
    then 0 refused naming ``argument`` and showing ``value`` as given (``problem``: the
    text that replaces "must be more than 0").

    >>> require_positive_money("amount", "¥12")
    Decimal('12.00')
    >>> require_positive_money("amount", "0")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: amount: must be more than 0 (got '0')
    """
    amount = require_money(argument, value)
    within(argument, value, amount, low=0, low_open=True, problem=problem)
    return amount


# The attrs converters of such fields; an amount is given as an int, a Decimal or a str.
if TYPE_CHECKING:

    def MONEY(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def OPTIONAL_MONEY(value: Decimal | int | str | None) -> Decimal | None: ...  # noqa: N802
    def POSITIVE_MONEY(value: Decimal | int | str) -> Decimal: ...  # noqa: N802
    def POLICY_MONEY(value: Decimal | int | str) -> Decimal: ...  # noqa: N802

else:
    MONEY = field_converter(require_money, takes="Decimal | int | str")
    OPTIONAL_MONEY = field_converter(  # None (not known) or money
        optional_check(require_money), takes="Decimal | int | str | None"
    )
    POSITIVE_MONEY = field_converter(require_positive_money, takes="Decimal | int | str")
    POLICY_MONEY = policy_field(require_money, takes="Decimal | int | str")  # PolicyError


#: The marks of yuan a till's text carries around the number (docs/money.md): one currency
#: mark, ¥ (￥ reads as ¥ after NFKC), RMB, CNY or 人民币, before the number (after its sign
#: or before it: -¥5, ¥-5) or at the end (100元人民币, 100 RMB), and one unit, 元 or 块 (the
#: spoken 元), right after the number; a number with none is read as yuan too.
_MARK = r"¥|RMB|CNY|人民币"
_AROUND = re.compile(
    rf"(?:(?P<sign>[+-]?)(?P<before>{_MARK})\s*)?(?P<number>.*?)"
    rf"(?:\s*(?P<scale>[万萬亿億]))?"
    rf"(?:\s*(?P<unit>[元块])(?:\s*整)?)?(?:\s*(?P<after>{_MARK}))?",
    re.IGNORECASE | re.DOTALL,
)
#: The Chinese numerals of scale an amount may end with (D8 writes 1000万元 and 5万元; a
#: business licence states 注册资本 in 万元): the power of ten each multiplies by, exactly.
_SCALES = {"万": 4, "萬": 4, "亿": 8, "億": 8}
#: Another currency's mark, code or name: an amount in it is no amount of yuan.
_FOREIGN = re.compile(
    r"[$€£₩₹]|USD|HKD|EUR|JPY|GBP|TWD|MOP|美金|英镑|英鎊|[美港澳欧歐日韩韓加台]元|[港台]币|[港台]幣|刀",
    re.IGNORECASE,
)
#: An amount written with a currency code of three capitals before or after it (``SGD 100``,
#: ``100 MYR``): a code that is not yuan's (CNY, RMB) names another currency (ISO 4217).
_CODED = re.compile(r"[+-]?(?!CNY|RMB)[A-Z]{3}\s*[+-]?[\d.,]+|[+-]?[\d.,]+\s*(?!CNY|RMB)[A-Z]{3}")
#: What a text amount may be: every form :func:`_parse` reads, and its examples read too
#: (English, as every message of the money helpers: Chinese only in double quotes) …
_TEXT_FORMS = (
    "write digits 0-9 (half- or full-width) with an optional sign, at most one point and "
    'commas only between groups of three; ¥, RMB, CNY or "人民币" may stand before the digits '
    'or at the end, "万" or "亿" and "元" or "块" right after them (e.g. "87.50", "¥1,087.50", '
    '"87.50元", "人民币87.50元", "123.4万元")'
)
#: … and in ``en_US``, where a message holds no Chinese but the value it refuses, the forms
#: an English reader writes (the Chinese marks are read all the same).
_TEXT_FORMS_ENGLISH = (
    "write digits 0-9 with an optional sign, at most one point and commas only between "
    'groups of three; ¥, RMB or CNY may stand before the digits or at the end (e.g. "87.50", '
    '"¥1,087.50", "CNY 87.50", "87.50 RMB")'
)


#: No amount of money is written in more characters than this (the plain decimal form of any
#: float, the longest, holds about 330 digits; spaces around a text do not count): a longer
#: text is refused without being read, so a megabyte pasted into an amount field costs
#: microseconds.
_LONGEST_AMOUNT = 1_000


#: An amount counted in fen or jiao (6990分, 69元9角, 5毛, 6990 fen): a till's settlement
#: database keeps fen; the text is refused (an amount is yuan) with the yuan it makes.
_FEN_TEXT = re.compile(
    r"(?P<sign>[+-]?)\s*(?:¥|RMB|CNY|人民币)?\s*(?:(?P<yuan>[0-9]{1,26})\s*[元块圆]\s*)?"
    r"(?:(?P<jiao>[0-9]{1,27})\s*[角毛]\s*)?"
    r"(?:(?P<fen>[0-9]{1,28})\s*(?:分钱?|fen))?",
    re.ASCII | re.IGNORECASE,
)


def _small_units_problem(small: re.Match[str]) -> str:
    """Why an amount counted in fen or jiao (:data:`_FEN_TEXT`) is refused, with the yuan
    it makes and the call that reads fen, :func:`from_fen` (a text of no such unit is read
    as yuan, and so is an ``int``)."""
    yuan_part, jiao, fen = small["yuan"], small["jiao"], small["fen"]
    if jiao is None and fen is None:  # (the match requires one unit: never only yuan)
        return f"is not an amount of money: {examples(_TEXT_FORMS_ENGLISH, _TEXT_FORMS)}"
    counted = int(yuan_part or 0) * 100 + int(jiao or 0) * 10 + int(fen or 0)
    if small["sign"] == "-":
        counted = -counted
    made = from_fen(counted)
    call = f"custops.money.from_fen({counted})" if jiao is None and yuan_part is None else ""
    unit = examples("fen or jiao (hundredths or tenths of a yuan)", '"分" (fen) or "角" (jiao)')
    how = (
        f"an amount in fen is {call}, or give it in yuan: '{made}'"
        if call
        else (
            f"give it in yuan: '{made}'; an amount kept in fen is custops.money.from_fen({counted})"
        )
    )
    return f"is counted in {unit}, not yuan: it makes {made} yuan; {how}"


def _parse(argument: str, text: str) -> Decimal:
    """The number a text writes: after NFKC (a Chinese IME's full-width forms read as ASCII)
    only ASCII digits, one point, thousands commas and a sign, with the marks of yuan a till
    sees around them and a numeral of scale, 万 (10⁴) or 亿 (10⁸), right after the digits,
    multiplied exactly (:data:`_TEXT_FORMS`, docs/money.md).

    >>> _parse("paid", "人民币1,000元"), _parse("paid", "-¥5"), _parse("paid", "50块")
    (Decimal('1000'), Decimal('-5'), Decimal('50'))
    >>> _parse("capital", "1000万元"), _parse("capital", "123.4万"), _parse("capital", "1.5亿元")
    (Decimal('10000000'), Decimal('1234000'), Decimal('150000000'))
    >>> _parse("paid", "5元整"), _parse("capital", "5万元整")  # 整: an invoice's "even"
    (Decimal('5'), Decimal('50000'))
    """
    if len(text.strip()) > _LONGEST_AMOUNT:  # no amount is written this long: refused unread
        problem = f"is not an amount of money: {examples(_TEXT_FORMS_ENGLISH, _TEXT_FORMS)}"
        raise InvalidInput.for_argument(argument, text, problem)
    # each run of spaces as one: the patterns' \s* then take at most one character, so a
    # text of thousands of spaces between two digits is refused in linear time, not seconds
    cleaned = " ".join(unicodedata.normalize("NFKC", text).split())
    parts = _AROUND.fullmatch(cleaned)
    assert parts is not None  # every part but the number is optional
    if parts["before"] and parts["after"]:
        forms = examples(_TEXT_FORMS_ENGLISH, _TEXT_FORMS)
        problem = f"is not an amount of money: one currency mark, not two; {forms}"
        raise InvalidInput.for_argument(argument, text, problem)
    number = (parts["sign"] or "") + parts["number"]
    if "," in number and not _SEPARATED.fullmatch(number):
        problem = "is not an amount of money: a comma must separate groups of three digits"
        raise InvalidInput.for_argument(argument, text, problem)
    if not (plain := _PLAIN.fullmatch(number)):
        if _FOREIGN.search(cleaned) or _CODED.fullmatch(cleaned):
            marks = examples("¥, RMB and CNY", '¥, RMB, CNY, "人民币", "元" and "块"')
            problem = (
                "is not an amount of yuan: it names another currency; convert it to yuan "
                f"first ({marks} mark yuan)"
            )
        elif small := _FEN_TEXT.fullmatch(cleaned):
            problem = _small_units_problem(small)
        else:
            problem = f"is not an amount of money: {examples(_TEXT_FORMS_ENGLISH, _TEXT_FORMS)}"
        raise InvalidInput.for_argument(argument, text, problem)
    if plain["exponent"]:  # "1e3" is a slip at a till as likely as 1000 yuan
        problem = "is not an amount of money: write it without an exponent, e.g. '1000'"
        raise InvalidInput.for_argument(argument, text, problem)
    read = Decimal(number.replace(",", ""))
    if parts["scale"]:  # 万 or 亿: an exact power of ten, never rounded
        read = read.scaleb(_SCALES[parts["scale"]], context=EXACT_CONTEXT)
        if read.is_finite() and read == read.to_integral_value():  # 2万 is 20000, not 2E+4
            read = read.quantize(Decimal(1), context=EXACT_CONTEXT)
    return read


def to_fen(amount: Decimal) -> int:
    """The amount as an integer number of fen (``Decimal('12.34')`` → ``1234``); a
    fraction of a fen is refused, not rounded (round first with :func:`yuan`).

    >>> to_fen(yuan("12.34"))
    1234
    """
    return int(yuan(amount, argument="amount", exact=True).scaleb(2, context=EXACT_CONTEXT))


def from_fen(fen: int) -> Decimal:
    """The inverse of :func:`to_fen`.

    >>> from_fen(1234)
    Decimal('12.34')
    """
    whole = require_int("fen", fen)
    try:
        return yuan(Decimal(whole).scaleb(-2, context=EXACT_CONTEXT), argument="fen")
    except InvalidInput as exc:  # shown as given: fen, not the yuan they make
        raise InvalidInput.for_argument("fen", fen, exc.problem) from None


_WEIGHT = partial(require_rational, low=0)  # a weight of allocate: exact, not negative


def allocate(
    total: MoneyInput, weights: Iterable[Fraction | Decimal | str | int]
) -> tuple[Decimal, ...]:
    """Split ``total`` (whole fen: a fraction of a fen is refused) into parts proportional
    to ``weights`` (non-negative, not all zero; in order: a set or a mapping is refused),
    exact to the fen: largest remainder (Hamilton), ties to the earlier part.

    >>> allocate(yuan("0.05"), [1, 1])
    (Decimal('0.03'), Decimal('0.02'))
    """
    amount = yuan(total, argument="total", exact=True)
    # a set or a mapping has no order to give the parts theirs: refused, as a lone str is
    unordered = (AbstractSet, Mapping)
    parts = require_items("weights", weights, "a sequence of weights", *unordered, each=_WEIGHT)
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


class NegativeAmount(LabelledEnum):
    """What :func:`uppercase` does with a negative amount: refuse it (a bill carries no
    negative amount; the default) or mark it with a leading 负.

    >>> NegativeAmount.parse("mark"), str(NegativeAmount.REFUSE)
    (<NegativeAmount.MARK: 'mark'>, '拒绝')
    """

    REFUSE = ("refuse", "拒绝", "拒收")
    MARK = ("mark", "标负", "负", "标注负号")


@fitted_call
def uppercase(
    amount: MoneyInput,
    *,
    negative: NegativeAmount | str = NegativeAmount.REFUSE,
    argument: str = "amount",
) -> str:
    """Write ``amount`` (0 to :data:`MAX_UPPERCASE`, whole fen) as a Chinese capital amount
    (大写金额) by the PBOC rules for bills (中国人民银行《正确填写票据和结算凭证的基本规定》;
    docs/money.md); a negative amount is refused unless ``negative`` is
    :attr:`NegativeAmount.MARK` (``"mark"``: a leading 负).  ``argument`` names the amount
    in error messages.

    >>> uppercase(yuan("325.04")), uppercase(yuan("15.50")), uppercase(0)
    ('叁佰贰拾伍元零肆分', '壹拾伍元伍角', '零元整')
    """
    argument = argument_name(argument)
    mode = NegativeAmount.parse(negative, argument="negative")
    exact = yuan(amount, argument=argument, exact=True)
    if mode is NegativeAmount.REFUSE:
        sign = examples("a negative mark", "负")
        problem = (
            f"is negative; a bill carries no negative amount (pass negative='mark' for {sign})"
        )
        within(argument, amount, exact, low=0, problem=problem)
    bound = f"exceeds {MAX_UPPERCASE}" if exact >= 0 else f"is below -{MAX_UPPERCASE}"
    within(argument, amount, abs(exact), high=MAX_UPPERCASE, problem=bound)
    return ("负" if exact < 0 else "") + _capitals(to_fen(abs(exact)))


def _capitals(fen: int) -> str:
    """The capital amount of ``fen`` (0 to :data:`MAX_UPPERCASE` in fen) by the PBOC rules.

    >>> _capitals(32504)
    '叁佰贰拾伍元零肆分'
    """
    if fen == 0:
        return "零元整"
    integer, jiao, fen_digit = fen // 100, (fen // 10) % 10, fen % 10
    digits = [int(c) for c in str(integer)] if integer else []
    out: list[str] = []
    for i, digit in enumerate(digits):
        position = len(digits) - 1 - i
        if digit:
            zero = "零" if i and not digits[i - 1] else ""  # a run of zeros is one 零
            out.append(zero + _DIGITS[digit] + _SMALL_UNITS[position % 4])
        if position and position % 4 == 0 and any(digits[max(0, i - 3) : i + 1]):
            out.append(_GROUP_UNITS[position // 4])
    if out:
        out.append("元")
    if not jiao and not fen_digit:
        return "".join(out) + "整"
    if jiao:
        out.append(_DIGITS[jiao] + "角")
    elif out:
        out.append("零")
    if fen_digit:
        out.append(_DIGITS[fen_digit] + "分")
    return "".join(out)


def total(amounts: Iterable[Decimal]) -> Decimal:
    """The exact sum of ``amounts`` (each checked as money, whole fen, negative ones
    included: ``total([a, -b])`` is ``a − b``), ``0.00`` for none, never rounded by the
    default 28-digit context (an amount has up to 30).

    >>> total([yuan("0.10"), yuan("0.20")])
    Decimal('0.30')
    """
    items = require_items("amounts", amounts, "an iterable of amounts")
    checked = [yuan(a, argument=f"amounts[{i}]", exact=True) for i, a in enumerate(items)]
    # An amount has up to 30 digits, more than the default context's 28: summed in one of
    # 40 digits, the sum of any number of amounts a caller can hold is exact.
    with decimal.localcontext(EXACT_CONTEXT):
        exact = sum(checked, FEN * 0)
    try:
        return yuan(exact, argument="amounts")
    except InvalidInput:  # each amount fits, their sum does not: show the amounts as given
        problem = "add up to more than an amount of money can hold"
        raise InvalidInput.for_argument("amounts", amounts, problem) from None


@fitted_call
def difference(amount: Decimal, *, less: Decimal) -> Decimal:
    """``amount − less``, exact (each checked as money, whole fen): never rounded by the
    default 28-digit context, negative when ``less`` is the larger.

    >>> difference(yuan("100.00"), less=yuan("0.01")), difference(yuan(1), less=yuan(3))
    (Decimal('99.99'), Decimal('-2.00'))
    >>> difference(yuan("9" * 28 + ".99"), less=yuan("0.01"))
    Decimal('9999999999999999999999999999.98')
    """
    minuend = yuan(amount, argument="amount", exact=True)
    subtrahend = yuan(less, argument="less", exact=True)
    with decimal.localcontext(EXACT_CONTEXT):
        exact = minuend - subtrahend
    try:
        return yuan(exact, argument="amount")
    except InvalidInput:  # each fits, the difference does not: show the amounts as given
        problem = f"less {less!r} is more than an amount of money can hold"
        raise InvalidInput.for_argument("amount", amount, problem) from None
