"""The shared id check ``custops._validate.require_id`` (and ``require_name``): ids are
trimmed like company names, control characters refused, and the message names the
argument and shows the value the caller passed (house rule; R-VIP-09: a scanned
``"C1\\n"`` is the holder C1)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._validate import require_id, require_items, require_name
from custops.errors import InvalidInput, InvalidType


def test_require_id_trims_surrounding_whitespace_R_VIP_09() -> None:
    assert require_id("presented_by", " C001\n") == "C001"
    assert require_id("number", "\u3000VIP-7\t") == "VIP-7"  # ideographic space, a tab
    assert require_id("ref", "A 1") == "A 1"  # a space inside is kept


@pytest.mark.parametrize("value", ["VIP\t7", "C\n1", "C\u200b1", "C\x001", "C\u20281"])
def test_require_id_refuses_a_control_character_inside(value: str) -> None:
    padded = f" {value} "
    with pytest.raises(InvalidInput) as info:
        require_id("number", padded)
    assert info.value.argument == "number"
    assert info.value.value == padded  # the value as passed, not trimmed
    assert str(info.value).startswith("number: must not contain the control character ")
    assert str(info.value).endswith(f"(got {padded!r})")


@pytest.mark.parametrize("value", ["", "   ", "\n\t", "\u3000"])
def test_require_id_refuses_an_empty_id_showing_the_original(value: str) -> None:
    with pytest.raises(InvalidInput) as info:
        require_id("customer_id", value)
    assert str(info.value) == f"customer_id: must not be empty (got {value!r})"


@pytest.mark.parametrize("value", [None, 7, b"C1", ["C1"]])
def test_require_id_refuses_a_non_str(value: object) -> None:
    with pytest.raises(InvalidType) as info:
        require_id("ref", value)
    assert info.value.argument == "ref"
    assert re.match(r"ref: must be a str, not an? ", str(info.value))


def test_require_name_accepts_format_characters_but_not_control_ones() -> None:
    assert require_name("name", " 李\u200d明 ") == "李\u200d明"  # zero-width joiner
    assert require_name("name", "Anna\u00adMaria") == "Anna\u00adMaria"  # soft hyphen
    with pytest.raises(InvalidInput, match=r"^name: must not contain .*\(got 'Li\\nMing'\)$"):
        require_name("name", "Li\nMing")
    with pytest.raises(InvalidInput, match=r"^name: must not contain"):
        require_id("name", "Anna\u00adMaria")


_REFUSED = ("Cc", "Cf", "Zl", "Zp")


@settings(max_examples=200)
@given(st.text(max_size=12))
def test_require_id_is_trim_or_refusal(value: str) -> None:
    """Property: the id is ``value.strip()`` when that is non-empty and holds no control,
    format or separator character; otherwise InvalidInput naming the argument and showing
    ``value`` itself.  An accepted id is a fixed point."""
    text = value.strip()
    bad = any(unicodedata.category(c) in _REFUSED for c in text)
    if text and not bad:
        assert require_id("ref", value) == text
        assert require_id("ref", text) == text
    else:
        with pytest.raises(InvalidInput) as info:
            require_id("ref", value)
        assert (info.value.argument, info.value.value) == ("ref", value)
        assert str(info.value).startswith("ref: ")
        assert str(info.value).endswith(f"(got {value!r})")


# --- issue 12: one home per helper ------------------------------------


def test_shared_field_converters_name_the_field() -> None:
    """L5: ``BOOL``, ``DATE``, ``TEXT``, ``ANY_TEXT``, ``ID`` and ``POSITIVE_INT`` are declared
    once in ``_validate``; each serves every attrs field of its type and names the field."""
    import datetime as dt

    import attrs

    from custops._validate import ANY_TEXT, BOOL, DATE, ID, POSITIVE_INT, TEXT

    @attrs.frozen
    class Row:
        flag: bool = attrs.field(converter=BOOL)
        day: dt.date = attrs.field(converter=DATE)
        text: str = attrs.field(converter=TEXT)
        note: str = attrs.field(converter=ANY_TEXT)
        ref: str = attrs.field(converter=ID)
        count: int = attrs.field(converter=POSITIVE_INT)

    good = Row(True, dt.date(2025, 1, 1), "x", "", " R1\n", 1)
    assert (good.ref, good.note) == ("R1", "")
    bad = {
        "flag": (1, InvalidType),
        "day": (dt.datetime(2025, 1, 1), InvalidType),
        "text": (" ", InvalidInput),
        "note": (None, InvalidType),
        "ref": ("R\t1", InvalidInput),
        "count": (0, InvalidInput),
    }
    for name, (value, error) in bad.items():
        with pytest.raises(error) as info:
            attrs.evolve(good, **{name: value})  # type: ignore[arg-type]
        assert info.value.argument == name


@settings(max_examples=200)
@given(st.dates(), st.integers(min_value=-1200, max_value=1200))
def test_add_months_is_relativedelta_or_names_the_argument(day: object, months: int) -> None:
    """L11: ``custops._dates.add_months`` (the one home of month arithmetic) is the
    corresponding day or the month's last (Civil Code art. 202), as ``relativedelta``."""
    import datetime as dt

    from dateutil.relativedelta import relativedelta

    from custops._dates import add_months

    assert isinstance(day, dt.date)
    try:
        expected = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        with pytest.raises(InvalidInput) as info:
            add_months(day, months, argument="on")
        assert (info.value.argument, info.value.value) == ("on", day)
    else:
        assert add_months(day, months) == expected


# --------------------------------------------------------------- the shared homes


def test_utc_clamps_when_comparing_and_refuses_an_argument_issue_14() -> None:
    """V13: one UTC helper.  Without an argument (instants already checked) an instant UTC
    cannot show is clamped to the edge; with one it is refused naming the argument, and a
    naive or non-datetime value is refused as require_aware refuses it."""
    import datetime as dt

    from custops._validate import utc

    west = dt.timezone(-dt.timedelta(hours=5))
    late = dt.datetime.max.replace(tzinfo=west)
    assert utc(late) == dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    with pytest.raises(InvalidInput) as info:
        utc(late, argument="at")
    assert (info.value.argument, info.value.value) == ("at", late)
    with pytest.raises(InvalidInput, match=r"^at: must be timezone-aware"):
        utc(dt.datetime(2025, 1, 1), argument="at")
    with pytest.raises(InvalidType, match=r"^at: must be a timezone-aware datetime"):
        utc("2025-01-01", argument="at")


@settings(max_examples=100)
@given(st.datetimes(timezones=st.timezones()))
def test_utc_is_the_same_instant(moment: object) -> None:
    """V13: ``utc`` never moves an instant UTC can show (with or without an argument)."""
    import datetime as dt

    from custops._validate import utc

    assert isinstance(moment, dt.datetime)
    try:
        expected = moment.astimezone(dt.timezone.utc)
    except OverflowError:
        return
    # (compared in UTC: an instant in a repeated hour never equals one in another zone)
    assert utc(moment) == utc(moment, argument="at") == expected
    assert utc(moment).tzinfo is dt.timezone.utc


@settings(max_examples=100)
@given(st.dates())
def test_month_end_is_the_last_day_of_the_month(day: object) -> None:
    """V14: ``_dates.month_end`` is the day before the first of the next month."""
    import datetime as dt

    from custops._dates import month_end

    assert isinstance(day, dt.date)
    end = month_end(day)
    assert (end.year, end.month) == (day.year, day.month)
    assert end >= day
    assert end == dt.date.max or (end + dt.timedelta(days=1)).day == 1


def test_require_rational_is_exact_and_refuses_floats() -> None:
    """V8: the one rational converter (money's weights, exchange's shares)."""
    from decimal import Decimal
    from fractions import Fraction

    from custops._validate import require_rational

    assert require_rational("w", " 2/6 ") == Fraction(1, 3)
    assert require_rational("w", Decimal("0.25")) == Fraction(1, 4)
    with pytest.raises(InvalidType, match=r"^w: must be an int.*floats are inexact"):
        require_rational("w", 0.5)
    with pytest.raises(InvalidType, match=r"^w: must be an int"):
        require_rational("w", True)
    for junk in ("1/0", Decimal("NaN")):
        with pytest.raises(InvalidInput, match=r"^w: is not a finite number"):
            require_rational("w", junk)
    assert require_rational("w", "8%") == require_rational("w", " 8 ％ ") == Fraction(2, 25)
    with pytest.raises(InvalidInput, match=r"^w: is not a number: .*\(0\.08\).*\(8%\).*\(1/3\)"):
        require_rational("w", "abc")


def test_require_pairs_reads_in_order_and_refuses_at_the_item() -> None:
    """V7: pairs of a mapping or of a collection; a bad item is refused when it is reached
    (a caller refusing a repeated key first still does)."""
    from custops._validate import require_pairs

    pairs = require_pairs("parties", [("a", 1), 5])
    assert next(pairs) == ("a", 1)
    with pytest.raises(InvalidType, match=r"^parties\[1\]: must be a \(key, value\) pair"):
        next(pairs)
    with pytest.raises(InvalidType, match=r"^parties: must be a mapping or a sequence of pairs"):
        list(require_pairs("parties", "ab"))
    assert list(require_pairs("parties", {"b": 2})) == [("b", 2)]


def test_instance_check_type_validator_and_require_events() -> None:
    """V1, V2, V17, J15: the shared checks of a collection's items, an optional attrs
    field and an event history."""
    import datetime as dt

    import attrs

    from custops._validate import instance_check, require_events, require_items, type_validator

    with pytest.raises(InvalidType, match=r"^xs\[1\]: must be an int, not a str"):
        require_items("xs", [1, "2"], "a sequence of int", each=instance_check(int))
    with pytest.raises(InvalidType, match=r"^day: must be a datetime.date, not a datetime"):
        instance_check(dt.date)("day", dt.datetime(2025, 1, 1))

    @attrs.frozen
    class Box:
        size: int | None = attrs.field(default=None, validator=type_validator(int, optional=True))

    assert Box().size is None
    assert Box(3).size == 3
    with pytest.raises(InvalidType, match=r"^size: must be an int or None, not a str"):
        Box("3")  # type: ignore[arg-type]
    assert require_events("events", [3], int, "start") == (3,)
    with pytest.raises(InvalidInput, match=r"^events: must begin with a start event"):
        require_events("events", [], int, "start")


# ------------------------------------------- the one interval check


@pytest.mark.parametrize(
    ("bounds", "inside", "outside", "problem"),
    [
        ({"low": 0, "high": 1, "low_open": True}, ["1/3", "1"], ["0", "4/3"], r"lie in \(0, 1\]"),
        ({"low": 0, "high": 1}, ["0", "1"], ["-1/3", "4/3"], r"lie in \[0, 1\]"),
        ({"low": 0, "high": 1, "high_open": True}, ["0"], ["1"], r"lie in \[0, 1\)"),
        ({"low": 0}, ["0", "7"], ["-1/3"], "be at least 0"),
        ({"low": 0, "low_open": True}, ["1/9"], ["0"], "be more than 0"),
        ({"high": 5}, ["5"], ["11/2"], "be at most 5"),
        ({"high": 5, "high_open": True}, ["-9"], ["5"], "be less than 5"),
    ],
)
def test_require_rational_and_require_number_share_one_interval_check(
    bounds: dict[str, object], inside: list[str], outside: list[str], problem: str
) -> None:
    """an exchange share in (0, 1] (R-MEM-01), a count of years
    and a weight "at least 0" are one check, ``custops._validate.within``, for a Fraction and
    a Decimal alike; the message names the argument and shows the value as given."""
    from decimal import Decimal
    from fractions import Fraction

    from custops._validate import require_number, require_rational

    for text in inside:
        assert require_rational("share", text, **bounds) == Fraction(text)  # type: ignore[arg-type]
    for text in outside:
        with pytest.raises(InvalidInput, match=rf"^share: must {problem} \(got '{text}'\)$"):
            require_rational("share", text, **bounds)  # type: ignore[arg-type]
        if "/" not in text:  # a Decimal's bounds, in the same words
            with pytest.raises(InvalidInput, match=rf"^years: must {problem} \(got '{text}'\)$"):
                require_number("years", text, **bounds)  # type: ignore[arg-type]
    assert require_number("years", " 2.5 ", low=0) == Decimal("2.5")


def test_require_int_says_each_bound_on_its_own() -> None:
    """require_int's bounds go through the same check, one side at a time."""
    from custops._validate import require_int

    with pytest.raises(InvalidInput, match=r"^month: must be at least 1 \(got 0\)$"):
        require_int("month", 0, low=1, high=12)
    with pytest.raises(InvalidInput, match=r"^month: must be at most 12 \(got 13\)$"):
        require_int("month", 13, low=1, high=12)


@given(
    st.fractions(min_value=-3, max_value=3),
    st.fractions(min_value=-2, max_value=2),
    st.fractions(min_value=-2, max_value=2),
    st.booleans(),
    st.booleans(),
)
def test_property_within_accepts_exactly_the_interval(
    number: object, low: object, high: object, low_open: bool, high_open: bool
) -> None:
    """``within`` refuses a number exactly when it lies outside the interval given, for a
    Fraction and for the Decimal of the same value alike."""
    from decimal import Decimal
    from fractions import Fraction

    from custops._validate import within

    assert isinstance(number, Fraction)
    assert isinstance(low, Fraction)
    assert isinstance(high, Fraction)
    inside = (low < number if low_open else low <= number) and (
        number < high if high_open else number <= high
    )
    bounds = {"low": low, "high": high, "low_open": low_open, "high_open": high_open}
    numbers: list[Fraction | Decimal] = [number]
    if number.denominator in (1, 2, 4, 5, 8, 10):  # exact as a Decimal too
        numbers.append(Decimal(number.numerator) / Decimal(number.denominator))
    for each in numbers:
        if inside:
            within("x", each, each, **bounds)  # type: ignore[arg-type]
        else:
            with pytest.raises(InvalidInput, match=r"^x: must lie in "):
                within("x", each, each, **bounds)  # type: ignore[arg-type]


# --------------------------------------- the one home of range errors


def test_without_value_drops_only_the_closing_value() -> None:
    """L10: a message quoted inside another shows no value of its own."""
    import datetime as dt

    from custops._validate import without_value

    inner = InvalidInput.for_argument("day", dt.date(1900, 1, 1), "must lie in the years 1950-2100")
    assert without_value(inner) == "day: must lie in the years 1950-2100"
    plain = InvalidInput("day: no value shown", argument="day", value=None)
    assert without_value(plain) == "day: no value shown"


def test_range_error_wraps_a_range_refusal_once_and_passes_the_rest() -> None:
    """L10 (issue 14): a refusal of the date arithmetic met while counting from the caller's
    value names the caller's argument and the innermost reason once; the caller's own
    refusal, another error and a strict calendar's ``CalendarNotPublished`` pass unchanged."""
    import datetime as dt

    from custops._validate import range_error
    from custops.errors import CalendarNotPublished

    day = dt.date(1900, 1, 5)
    inner = InvalidInput.for_argument("day", day, "must lie in the years 1950-2100")
    wrapped = range_error(inner, "start", day)
    assert isinstance(wrapped, InvalidInput)
    assert (wrapped.argument, wrapped.value) == ("start", day)
    assert str(wrapped) == (
        "start: is outside the calendar (day: must lie in the years 1950-2100) "
        "(got datetime.date(1900, 1, 5))"
    )
    # wrapped again (a clock counting from `at`), the innermost reason is quoted, once
    twice = range_error(wrapped, "at", "x", counting="cannot be counted from it")
    assert (
        str(twice)
        == "at: cannot be counted from it (day: must lie in the years 1950-2100) (got 'x')"
    )
    own = InvalidInput.for_argument("start", day, "is too early")
    assert range_error(own, "start", dt.date(2000, 1, 1)) is own
    other = InvalidInput.for_argument("note", "x", "is too long")
    assert range_error(other, "start", day) is other
    strict = CalendarNotPublished("2099 is not published", year=2099)
    assert range_error(strict, "start", day) is strict
    overflow = range_error(OverflowError("date value out of range"), "on", dt.date.max, "is late")
    assert str(overflow) == "on: is late (got datetime.date(9999, 12, 31))"


def test_in_date_range_quotes_the_inner_refusal_without_its_value() -> None:
    """L10: ``in_date_range`` is ``range_error`` as a with-block: one ``(got …)``."""
    import datetime as dt

    from custops._validate import in_date_range

    day = dt.date(1900, 1, 5)
    with pytest.raises(InvalidInput) as info, in_date_range("received_at", day):
        raise InvalidInput.for_argument("day", day, "must lie in the years 1950-2100")
    assert str(info.value).count("(got ") == 1
    assert str(info.value).startswith("received_at: is outside the calendar (day: must lie")
    too_close = r"^on: is too close to the end of the supported"
    with pytest.raises(InvalidInput, match=too_close), in_date_range("on", dt.date.max):
        dt.date.max + dt.timedelta(days=1)


def test_the_checks_of_a_number_take_withins_bounds() -> None:
    """CONTRIBUTING item 7: the bounds of ``require_int``, ``require_number``,
    ``require_rational`` and ``require_fraction`` are ``within``'s keywords, one spelling."""
    import inspect

    from custops import _validate

    bounds = {"low", "high", "low_open", "high_open"}
    assert bounds <= set(inspect.signature(_validate.within).parameters)
    for check in ("require_int", "require_number", "require_rational", "require_fraction"):
        names = set(inspect.signature(getattr(_validate, check)).parameters)
        assert bounds <= names, check
        assert not names & {"minimum", "maximum", "min_value", "max_value"}, check
    with pytest.raises(InvalidInput, match=r"^n: must be more than 0 \(got 0\)$"):
        _validate.require_int("n", 0, low=0, low_open=True)


class _Index:
    """An integer of another library, as custops sees one: it has ``__index__``."""

    def __init__(self, number: int) -> None:
        self.number = number

    def __index__(self) -> int:
        return self.number

    def __repr__(self) -> str:
        return f"_Index({self.number})"


def test_another_librarys_integer_is_the_int_it_holds() -> None:
    """One reading of an integer (custops._validate.held_int, used by require_type): what
    has ``__index__`` is the int it holds wherever an int is taken; numbers and texts
    without it are left to the type check."""
    from decimal import Decimal
    from fractions import Fraction

    from custops._validate import held_int, require_int, require_number, require_rational

    assert require_int("count", _Index(3), low=0) == 3
    assert type(require_int("count", _Index(3))) is int
    assert require_number("years", _Index(2)) == Decimal(2)
    assert require_rational("weight", _Index(2)) == Fraction(2)
    for value in ("3", 3.0, Decimal(3), Fraction(3), None, True):
        assert held_int(value) is value
    with pytest.raises(InvalidInput) as caught:  # a bound shows the value as given
        require_int("count", _Index(-1), low=0)
    assert str(caught.value) == "count: must be at least 0 (got _Index(-1))"


@given(st.integers(min_value=-(2**70), max_value=2**70))
def test_property_an_index_reads_as_its_int(number: int) -> None:
    from custops._validate import require_int

    assert require_int("count", _Index(number)) == number


@pytest.mark.parametrize("name", ["int64", "int32", "uint8", "int8", "uint64"])
def test_a_numpy_integer_is_the_int_it_holds(name: str) -> None:
    np = pytest.importorskip("numpy")
    from custops._validate import require_int

    given_value = getattr(np, name)(5)
    assert require_int("count", given_value) == 5
    assert type(require_int("count", given_value)) is int
    assert require_int("count", np.array(5, dtype=name)) == 5  # a 0-d array, as vector reads


@pytest.mark.parametrize("make", ["bool_", "float64", "array_of_two", "bool_array"])
def test_a_numpy_bool_or_float_is_no_int(make: str) -> None:
    np = pytest.importorskip("numpy")
    from custops._validate import require_int

    value = {
        "bool_": np.True_,
        "float64": np.float64(5),
        "array_of_two": np.array([5, 6]),
        "bool_array": np.array(True),
    }[make]
    with pytest.raises(InvalidType) as caught:
        require_int("count", value)
    error = caught.value
    assert str(error) == f"count: {error.problem} (got {value!r})"
    assert error.problem.startswith("must be an int, not ")


def _refused_id(item: str) -> bool:
    try:
        require_id("id", item)
    except InvalidInput:
        return True
    return False


@settings(max_examples=100)
@given(st.sets(st.sampled_from(["a", "b", " ", "R-VIP-01", "c\n", "R-SEC-02", "d", "e"])))
def test_property_a_sets_refused_item_is_named_by_the_argument_and_its_value(
    ids: set[str],
) -> None:
    """The errors' convention, house rule 7: an item of a set (which has no place) is named
    by the argument alone, shown by its value, and the item refused is the first in sorted
    order — the one a sorted list would name by its place — whatever the set's iteration
    order (PYTHONHASHSEED); an ordered collection still names the item's place."""
    ordered = sorted(ids)
    refused = [i for i, item in enumerate(ordered) if _refused_id(item)]
    if not refused:
        expected = require_items("ids", ordered, "a collection of ids", each=require_id)
        assert require_items("ids", ids, "a collection of ids", each=require_id) == expected
        return
    with pytest.raises(InvalidInput) as in_list:
        require_items("ids", ordered, "a collection of ids", each=require_id)
    with pytest.raises(InvalidInput) as in_set:
        require_items("ids", ids, "a collection of ids", each=require_id)
    place = min(refused)
    assert in_list.value.argument == f"ids[{place}]"
    assert (in_set.value.argument, in_set.value.value) == ("ids", ordered[place])
    assert str(in_set.value) == str(in_list.value).replace(f"ids[{place}]", "ids", 1)


def test_require_whole_reads_a_whole_number_in_any_exact_form() -> None:
    """One reading of a count typed or stored as a decimal (``vip.Line.quantity``): an int,
    another library's integer, and a Decimal or a text that writes a whole number are the
    ``int`` they hold; a fraction, a float and a bool are refused, naming the argument."""
    from decimal import Decimal

    from custops._validate import require_whole
    from custops.errors import InvalidInput, InvalidType, PolicyError

    assert [require_whole("n", v) for v in (3, Decimal("3.000"), "3", "+3", "３", " 3. ")] == [
        3
    ] * 6
    np = pytest.importorskip("numpy")
    assert require_whole("n", np.int64(4)) == 4
    with pytest.raises(InvalidType, match=r"^n: must be an int, a Decimal or a str, not a bool"):
        require_whole("n", True)
    with pytest.raises(InvalidType, match=r"floats are inexact, pass an int \(got 3\.0\)$"):
        require_whole("n", 3.0)
    with pytest.raises(PolicyError, match=r"^n: must be a whole number \(got '2\.5'\)$"):
        require_whole("n", "2.5", error=PolicyError)
    with pytest.raises(InvalidInput, match=r"^n: must be at most 9 \(got '10'\)$"):
        require_whole("n", "10", high=9)


@pytest.mark.parametrize("text", ["1_000", "٣", "१२", "1,00", "0x10", "5 5", "1e", "e3"])
def test_require_number_reads_only_the_form_its_message_names(text: str) -> None:
    """R-PUR-02 (tonnes, weights): after NFKC a number is ASCII digits, a sign, one point and
    thousands commas, as its message says, not Decimal's own syntax (an underscore, an
    exponent, another script's digits); refused naming the argument and showing the value."""
    from custops._validate import require_number

    with pytest.raises(InvalidInput, match=r"^tonnes: is not a number: write digits 0-9") as caught:
        require_number("tonnes", text)
    assert caught.value.value == text


def test_require_number_still_reads_the_documented_forms() -> None:
    """R-PUR-02: full-width digits, grouped thousands, a bare point and a sign still read; a
    text naming no finite number says so."""
    from decimal import Decimal

    from custops._validate import require_number

    read = [require_number("n", t) for t in ("１２３", "1,000.5", ".5", "5.", " -2 ", "+3")]
    assert read == [Decimal(v) for v in ("123", "1000.5", "0.5", "5", "-2", "3")]
    for text in ("NaN", "-inf", "Infinity"):
        with pytest.raises(InvalidInput, match=r"^n: must be a finite number"):
            require_number("n", text)
    for text in ("1e3", "1E-2", "-.5e+1"):
        with pytest.raises(InvalidInput, match=r"^n: is not a number: write it without an exp"):
            require_number("n", text)
