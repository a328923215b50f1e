"""Every enumeration of custops carries a Chinese label and parses it back (DESIGN principle 8)."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import custops
from custops._enums import fold, parse_member
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType


def _public_enums() -> list[type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if info.name.split(".")[-1].startswith("_") or info.name.endswith(("cli", "testing")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__.startswith("custops.")
                and not value.__name__.startswith("_")
                and hasattr(value, "parse")
                and len(value) > 0
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


ENUMS = _public_enums()


def test_the_package_has_labelled_enums() -> None:
    assert len(ENUMS) >= 20


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_member_has_a_chinese_label_and_parses_it_back(cls: type[enum.Enum]) -> None:
    for member in cls:
        label = getattr(member, "label", None)
        assert isinstance(label, str)
        assert label.strip()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in label), f"{member!r}: {label!r}"
        assert cls.parse(label) is member  # type: ignore[attr-defined]
        assert cls.parse(member.name) is member  # type: ignore[attr-defined]
        assert cls.parse(member.name.lower().replace("_", " ")) is member  # type: ignore[attr-defined]


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_enum_refuses_unknown_text_with_invalid_input(cls: type[enum.Enum]) -> None:
    with pytest.raises(InvalidInput) as info:
        cls.parse("no such member 不存在")  # type: ignore[attr-defined]
    assert "no such member 不存在" in str(info.value)


class Colour(LabelledEnum):
    RED = ("red", "红色", "红")
    DARK_BLUE = ("dark_blue", "深蓝色", "navy")


def test_parse_member_reads_names_labels_variants_and_full_width() -> None:
    assert Colour.parse("红色") is Colour.RED
    assert Colour.parse("红") is Colour.RED
    assert Colour.parse("RED") is Colour.RED
    assert Colour.parse("dark blue") is Colour.DARK_BLUE
    assert Colour.parse("Dark-Blue") is Colour.DARK_BLUE
    assert Colour.parse("ＮＡＶＹ") is Colour.DARK_BLUE
    assert Colour.parse(Colour.RED) is Colour.RED
    assert str(Colour.DARK_BLUE) == "深蓝色"


def test_parse_member_aliases_and_errors_name_the_argument() -> None:
    assert parse_member(Colour, "朱红", argument="c", aliases={"朱红": "RED"}) is Colour.RED
    with pytest.raises(InvalidInput, match=r"^colour: is not a known Colour; one of: red \(红色\)"):
        parse_member(Colour, "green", argument="colour")
    with pytest.raises(InvalidType, match=r"^colour: must be a Colour or a str, not a int"):
        parse_member(Colour, 1, argument="colour")
    with pytest.raises(InvalidInput):
        parse_member(Colour, "   ", argument="colour")


def test_two_members_answering_to_one_name_is_a_definition_error() -> None:
    class Clash(LabelledEnum):
        A = ("a", "甲", "same")
        B = ("b", "乙", "Same")

    with pytest.raises(TypeError, match="names both A and B"):
        Clash.parse("甲")


@given(st.text(alphabet="abcXYZ019 _-"))
def test_fold_ignores_case_spaces_underscores_and_hyphens(text: str) -> None:
    assert fold(text) == fold(text.upper().replace("_", " ")) == fold(fold(text))
    assert not set(fold(text)) & set(" \t\n_-")


@given(st.text())
def test_parse_is_total(text: str) -> None:
    try:
        member = Colour.parse(text)
    except InvalidInput:
        return
    assert fold(text) in {fold(n) for n in ("red", "红色", "红", "dark_blue", "深蓝色", "navy")}
    assert isinstance(member, Colour)
