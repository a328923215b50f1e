"""What an enumeration shows, it reads back (docs/enums.md, CONTRIBUTING.md item 5):
``E.parse(m.words)`` and ``E.parse(m.english_words)`` give ``m`` for every member of every
public enumeration in every language (a drop-down built from ``words`` posts its own option
back), and an English word reads alike in British and US spelling."""

from __future__ import annotations

import enum
import re

import pytest

from custops._enums import lookup_table, us_spelling
from custops.enums import LabelledEnum, in_english
from custops.i18n import language
from test_enums import ENUMS


def _id(cls: type[enum.Enum]) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


@pytest.mark.parametrize("cls", ENUMS, ids=_id)
def test_every_member_parses_back_from_its_words_in_every_language(cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum)
    for code in ("zh_CN", "en_US"):
        with language(code):
            for member in cls:
                assert cls.parse(member.words) is member, (code, member.words)
                assert cls.parse(member.english_words) is member, (code, member.english_words)
                assert cls.parse(member.english_words.upper()) is member


def test_the_words_in_english_declares_parse_back() -> None:
    from custops.complaints import Category
    from custops.exchange import ChangeKind, Document
    from custops.vip.pricing import Benefit

    with language("en_US"):
        assert Benefit.VIP_BASE.words == "VIP rate"
        assert Benefit.parse(Benefit.VIP_BASE.words) is Benefit.VIP_BASE
        assert Benefit.parse("points-tier rate") is Benefit.POINTS_TIER
    assert Category.parse("return or exchange") is Category.RETURN_EXCHANGE
    assert Category.parse("Proposal or Criticism") is Category.PROPOSAL_CRITICISM
    words = "name, address, business scope or contact details"
    assert ChangeKind.parse(words) is ChangeKind.NAME_ADDRESS_SCOPE_CONTACT
    assert Document.parse("licence and articles of association") is Document.LICENCE_AND_ARTICLES


def test_in_english_refuses_words_another_member_answers_to_naming_both() -> None:
    with pytest.raises(TypeError, match=r"^Shade: 'light red' names both PINK and RED"):

        @in_english(RED="light red")
        class Shade(LabelledEnum):
            PINK = ("pink", "粉红色", "light red")
            RED = ("red", "红色")

    with pytest.raises(TypeError, match=r"names both A and B"):
        lookup_table(_Clash)


class _Clash(LabelledEnum):
    A = ("a", "甲", "organise")
    B = ("b", "乙", "organize")


def test_us_spelling_reads_british_words_as_us_ones() -> None:
    assert us_spelling("Customer relations ADVISER") == "customer relations advisor"
    assert us_spelling("organisation_code") == "organization_code"
    assert us_spelling("apologised, cancelled, licence, centre") == (
        "apologized, canceled, license, center"
    )
    # words whose -ise is no suffix keep their length: rise, wise; Chinese is left alone
    assert us_spelling("rise wise 投诉") == "rise wise 投诉"


#: British and US spellings of words that occur in custops' English spellings, as a reader
#: types them either way.
_PAIRS = (
    ("adviser", "advisor"),
    ("licence", "license"),
    ("organisation", "organization"),
    ("apologised", "apologized"),
    ("unauthorised", "unauthorized"),
    ("centralised", "centralized"),
    ("decentralised", "decentralized"),
    ("centre", "center"),
    ("labour", "labor"),
    ("mould", "mold"),
    ("cancelled", "canceled"),
)


def _swapped(text: str, index: int) -> str:
    for pair in _PAIRS:
        text = re.sub(rf"(?<![a-z]){pair[1 - index]}(?![a-z])", pair[index], text)
    return text


@pytest.mark.parametrize("cls", ENUMS, ids=_id)
def test_every_english_spelling_reads_in_british_and_us_spelling(cls: type[enum.Enum]) -> None:
    """R-CMP roles and every other enumeration: ``Role.parse("customer relations advisor")``
    as ``adviser``, ``licence``/``license``, ``-ise``/``-ize``."""
    assert issubclass(cls, LabelledEnum)
    for member in cls:
        for name in (member.value, member.english_words, *member.variants):
            if not name.isascii():
                continue
            lowered = name.lower()
            for index in (0, 1):
                assert cls.parse(_swapped(lowered, index)) is member, (name, index)


def test_a_customer_relations_advisor_is_the_adviser() -> None:
    from custops.complaints import Role

    assert Role.parse("customer relations advisor") is Role.parse("customer relations adviser")
    assert Role.parse("Customer_Relations_Advisor").value == "customer_relations_adviser"
