"""The shared id check ``custops._validate.require_id`` (and ``require_name``): ids are
trimmed like company names, control characters refused, and the message names the
argument and shows the value the caller passed (house rule; R-VIP-09: a scanned
``"C1\\n"`` is the holder C1)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._validate import require_id, require_name
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
    assert str(info.value).startswith("ref: must be a str, not a ")


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


# --- issue 12: one home per helper (api-audit L5, L11) ------------------------------------


def test_shared_field_converters_name_the_field() -> None:
    """L5: ``BOOL``, ``DATE``, ``TEXT``, ``ANY_TEXT``, ``ID`` and ``POSITIVE_INT`` are declared
    once in ``_validate``; each serves every attrs field of its type and names the field."""
    import datetime as dt

    import attrs

    from custops._validate import ANY_TEXT, BOOL, DATE, ID, POSITIVE_INT, TEXT

    @attrs.frozen
    class Row:
        flag: bool = attrs.field(converter=BOOL)  # type: ignore[misc]
        day: dt.date = attrs.field(converter=DATE)  # type: ignore[misc]
        text: str = attrs.field(converter=TEXT)  # type: ignore[misc]
        note: str = attrs.field(converter=ANY_TEXT)  # type: ignore[misc]
        ref: str = attrs.field(converter=ID)  # type: ignore[misc]
        count: int = attrs.field(converter=POSITIVE_INT)  # type: ignore[misc]

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
            attrs.evolve(good, **{name: value})
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
