"""Every enumeration of custops has the one base (CONTRIBUTING.md, "The API convention" 5):
a :class:`~custops.enums.LabelledEnum` whose ``value`` is a stable English ``snake_case``
key, whose ``label`` is Chinese and is its ``str()``, whose ``parse()`` reads the key, the
English name, the label and every variant, and whose ``choices()`` are the Django pairs."""

from __future__ import annotations

import difflib
import enum
import importlib
import inspect
import pkgutil
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import custops
from custops._enums import LONGEST_SPELLING, fold, parse_member
from custops.complaints import Channel, Kind
from custops.enums import LabelledEnum, OrderedEnum, in_english
from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
from custops.purchasing import CostBasis
from custops.secrecy import MatterKind
from custops.service import Problem


def _public_enums() -> list[type[enum.Enum]]:
    """Every enumeration a public module defines or exports (the CLI and the optional
    extras that need other packages aside)."""
    found: dict[str, type[enum.Enum]] = {}
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts[1:]) or parts[1] in ("cli", "spark"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__.startswith("custops.")
                and not value.__name__.startswith("_")
                and value not in (LabelledEnum, OrderedEnum)
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


ENUMS = _public_enums()
ORDERED = {"Severity", "Sanction", "Level"}


def test_the_package_has_labelled_enums() -> None:
    assert len(ENUMS) >= 30
    assert {c.__name__ for c in ENUMS} >= ORDERED


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_enum_derives_from_the_one_base(cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum), f"{cls.__qualname__} is not a LabelledEnum"
    if cls.__name__ in ORDERED:
        assert issubclass(cls, OrderedEnum)
        members = list(cls)
        assert [m.rank for m in members] == list(range(len(members)))
        assert sorted(members) == members


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_values_are_unique_snake_case_keys_and_labels_are_chinese(cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum)
    keys = [m.value for m in cls]
    assert len(set(keys)) == len(keys)
    for member in cls:
        assert isinstance(member.value, str)
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", member.value), repr(member)
        assert isinstance(member.label, str)
        assert member.label.strip() == member.label
        assert any("\u4e00" <= ch <= "\u9fff" for ch in member.label), repr(member)
        assert str(member) == member.label
    assert cls.choices() == tuple((m.value, m.label) for m in cls)


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_parse_reads_keys_names_labels_and_variants(cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum)
    for member in cls:
        for spelling in (
            member.value,
            member.name,
            member.name.lower().replace("_", " "),
            member.label,
            *member.variants,
        ):
            assert cls.parse(spelling) is member, (spelling, member)
        assert cls.parse(member) is member
        assert cls.parse(member.value.upper().replace("_", "-")) is member


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_enum_refuses_unknown_text_naming_the_argument(cls: type[enum.Enum]) -> None:
    assert issubclass(cls, LabelledEnum)
    with pytest.raises(InvalidInput, match=r"^choice: is not a known ") as info:
        cls.parse("no such member 不存在", argument="choice")
    assert "no such member 不存在" in str(info.value)
    with pytest.raises(InvalidType, match=r"^choice: "):
        cls.parse(3.5, argument="choice")


def test_labels_keys_and_parsing_do_not_follow_the_language() -> None:
    """Issue 15: labels are the policies' Chinese words and keys are stable, in every
    language (a sentence around a label is what follows the language)."""
    labelled = [cls for cls in ENUMS if issubclass(cls, LabelledEnum)]
    seen = {}
    for code in ("zh_CN", "en_US"):
        with language(code):
            seen[code] = [(str(m), m.label, m.value, c.choices()) for c in labelled for m in c]
            assert all(c.parse(m.label) is m for c in labelled for m in c)
    assert seen["zh_CN"] == seen["en_US"]


#: Chinese or full-width characters (ideographs, CJK punctuation, full-width forms)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_member_has_english_words_and_shows_the_active_language(
    cls: type[enum.Enum],
) -> None:
    """docs/enums.md: ``english_words`` is English in every language (no Chinese, distinct
    within the enumeration, so a drop-down tells members apart); ``words`` is the label in
    ``zh_CN`` and the English words in ``en_US``."""
    assert issubclass(cls, LabelledEnum)
    english = [m.english_words for m in cls]
    assert len(set(english)) == len(english)
    for code in ("zh_CN", "en_US"):
        with language(code):
            assert [m.english_words for m in cls] == english
            shown = [m.words for m in cls]
        assert shown == (english if code == "en_US" else [m.label for m in cls])
    for member in cls:
        assert member.english_words.strip() == member.english_words != ""
        assert not _CJK.search(member.english_words), repr(member)
        assert re.search("[A-Za-z]", member.english_words), repr(member)
        with language("zh_CN"):
            assert member.words == member.label != ""
            assert _CJK.search(member.words), repr(member)


def test_english_words_are_the_key_in_words_unless_declared() -> None:
    from custops.complaints import Category
    from custops.secrecy import Position
    from custops.vip import CardStatus, ReversalOutcome

    assert ReversalOutcome.DEBT.english_words == "debt"
    assert CardStatus.NOT_YET_VALID.english_words == "not yet valid"
    assert Category.RETURN_EXCHANGE.english_words == "return or exchange"
    assert Category.SALES_CONTRACT.english_words == "sales contract"
    assert Position.HQ_GM.english_words == "HQ general manager"
    with language("en_US"):
        assert ReversalOutcome.DEBT.words == "debt"
        assert str(ReversalOutcome.DEBT) == "记欠分"  # str() stays the label
    with language("zh_CN"):
        assert ReversalOutcome.DEBT.words == "记欠分"


def test_in_english_refuses_a_name_that_is_no_member_and_words_that_are_not_english() -> None:
    with pytest.raises(InvalidInput, match=r"^words: is not a member of Shade \(got 'BLUE'\)"):

        @in_english(BLUE="blue")
        class Shade(LabelledEnum):
            RED = ("red", "红色")

    for bad in ("", "  ", "红 red"):
        with pytest.raises(InvalidInput, match=r"^RED: must be English words"):

            @in_english(RED=bad)
            class Tint(LabelledEnum):
                RED = ("red", "红色")

    with pytest.raises(InvalidType, match=r"^RED: "):

        @in_english(RED=3)  # type: ignore[arg-type]
        class Hue(LabelledEnum):
            RED = ("red", "红色")


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


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_enum_parse_names_its_own_argument_text_by_default(cls: type[enum.Enum]) -> None:
    """House rule: an error names the argument; called directly, that is ``parse``'s own
    ``text`` in every enumeration alike (MatterKind, Level, Kind …), and ``argument=`` is
    the caller's name for it."""
    assert issubclass(cls, LabelledEnum)
    params = inspect.signature(cls.parse).parameters
    assert list(params)[:1] == ["text"]
    assert params["argument"].default == "text"
    with pytest.raises(InvalidInput) as info:
        cls.parse("no such member 不存在")
    assert info.value.argument == "text"


def test_parse_member_aliases_and_errors_name_the_argument() -> None:
    assert parse_member(Colour, "朱红", argument="c", aliases={"朱红": "RED"}) is Colour.RED
    with pytest.raises(
        InvalidInput, match=r"^colour: is not a known Colour; one of: red, dark_blue \(got"
    ):
        parse_member(Colour, "green", argument="colour")
    with pytest.raises(InvalidType, match=r"^colour: must be a Colour or a str, not an int"):
        parse_member(Colour, 1, argument="colour")
    with pytest.raises(InvalidInput):
        parse_member(Colour, "   ", argument="colour")


def test_parse_refuses_a_blank_or_non_str_argument_naming_argument() -> None:
    """House rule ("Errors": the message names the argument): ``argument=`` is the caller's
    name for ``text``; a blank or non-``str`` one is refused naming ``argument``, also when
    ``text`` names a member and in an enumeration whose ``parse`` reads more than spellings
    (a repair request's hint, a forwarding channel, D15's 的)."""
    for parse in (Colour.parse, Kind.parse, Channel.parse, CostBasis.parse, Problem.parse):
        for text in ("no such member 不存在", "12345热线", "red", Colour.RED):
            with pytest.raises(InvalidInput, match=r"^argument: must not be empty \(got ''\)"):
                parse(text, argument="")
            with pytest.raises(InvalidType, match=r"^argument: must be a str, not an int"):
                parse(text, argument=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^kind: is not a known Kind"):
        Kind.parse("xx", argument=" kind ")  # trimmed, as a name is


@given(st.text(max_size=12))
def test_property_a_refusal_starts_with_the_callers_name_or_refuses_it(name: str) -> None:
    """House rule ("Errors"): whatever ``argument=`` is, a refusal names an argument: the
    caller's name (trimmed), or ``argument`` itself when that name is blank or multi-line."""
    with pytest.raises(InvalidInput) as info:
        Kind.parse("no such member 不存在", argument=name)
    error = info.value
    assert error.argument in ("argument", name.strip())
    assert error.argument
    assert str(error).startswith(f"{error.argument}: ")
    if error.argument == "argument" and name.strip() != "argument":
        assert not name.strip() or not name.strip().isprintable()


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


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_position_is_the_declaration_order_and_rank_reads_it(cls: type[enum.Enum]) -> None:
    """a member's place in the declaration order has one home,
    ``LabelledEnum.position``; an ordered member's ``rank`` is that place."""
    assert issubclass(cls, LabelledEnum)
    members = list(cls)
    assert [m.position for m in members] == list(range(len(members)))
    if issubclass(cls, OrderedEnum):
        assert [m.rank for m in cls] == [m.position for m in cls]


def test_fold_keeping_spaces_is_the_form_periods_read() -> None:
    """L11: ``fold(keep_spaces=True)`` keeps the words apart (``_`` and ``-`` are spaces, a
    run of spaces one) and reads Traditional as simplified: 兩年 is 两年 (R-VIP-10)."""
    assert fold("  Three_Working-Days\u3000", keep_spaces=True) == "three working days"
    assert fold("兩年", keep_spaces=True) == fold("兩年") == "两年"
    assert fold("三個 工作日", keep_spaces=True) == "三个 工作日"
    assert fold("三個 工作日", keep_spaces=True).replace(" ", "") == fold("三個 工作日")


def test_a_key_that_is_not_snake_case_is_a_definition_error() -> None:
    """Item 5: ``value`` is a stable English snake_case key (it goes to databases and Django
    ``choices``): a user's enumeration with another key is refused when it is defined,
    naming the key."""
    with pytest.raises(InvalidInput, match=r"^value: must be a stable English snake_case key"):

        class Dark(LabelledEnum):
            DARK_BLUE = ("Dark Blue!", "深蓝色")

    for key in ("DarkBlue", "dark-blue", "dark blue", "_dark", "dark_", "深蓝", "1st"):
        with pytest.raises(InvalidInput, match=rf"\(got {key!r}\)"):
            LabelledEnum("Bad", {"A": (key, "甲")})  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^value: must be a str, not an int"):

        class Numbered(LabelledEnum):
            ONE = (1, "一")

    class Fine(LabelledEnum):
        ROUND_05UP = ("round_05up", "零或五进一")

    assert Fine.choices() == (("round_05up", "零或五进一"),)


def test_read_yes_no_reads_a_flag_as_a_record_holds_it_R_SLA_09() -> None:
    """The one reading of a yes/no text (R-SLA-09's special flag, as a CRM stores it): a
    ``bool``, true/false, yes/no, 是/否 in any case, width or spacing, and the concept's own
    words; anything else refused naming the argument, a text as InvalidInput, another type
    as InvalidType."""
    from custops._enums import read_yes_no

    for text in (True, "是", "YES", " yes ", "ｔｒｕｅ", "True"):
        assert read_yes_no("special", text) is True, text
    for text in (False, "否", "No", "FALSE", "\u3000否\u3000"):
        assert read_yes_no("special", text) is False, text
    assert read_yes_no("special", "Special", yes=("special",), no=("general",)) is True
    assert read_yes_no("special", "一般", yes=("特殊",), no=("一般",)) is False
    with pytest.raises(InvalidInput, match=r"^special: must be a bool or yes/no \(got '特殊'\)$"):
        read_yes_no("special", "特殊")  # not a yes/no word unless the concept's own
    for junk in (1, 0, None, 1.0):
        with pytest.raises(InvalidType, match=r"^special: must be a bool"):
            read_yes_no("special", junk)


@given(st.booleans(), st.sampled_from(["", " ", "\u3000"]), st.booleans())
def test_property_read_yes_no_round_trips_every_spelling(flag: bool, pad: str, upper: bool) -> None:
    """Every yes/no spelling reads as its flag, padded or in upper case, and so does the
    ``bool`` itself and its ``str()``."""
    from custops._enums import read_yes_no

    words = ("true", "yes", "是") if flag else ("false", "no", "否")
    for word in (*words, str(flag)):
        text = pad + (word.upper() if upper else word) + pad
        assert read_yes_no("flag", text) is flag
    assert read_yes_no("flag", flag) is flag


def test_a_text_longer_than_any_spelling_is_refused_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """House rule ("Errors"): a text longer than any spelling with a word around it
    (``LONGEST_SPELLING``) names no member: refused naming the argument and showing the value,
    with no nearest spellings (it is not folded or compared), so a megabyte pasted into an
    enumeration's field is refused at once; one character shorter is read as any text."""
    long_text = "热线" * (2**20 // 2)
    with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel; ") as caught:
        Channel.parse(long_text, argument="channel")
    assert caught.value.argument == "channel"
    assert caught.value.value == long_text
    with pytest.raises(InvalidInput, match=r"^kind: is not a known MatterKind; ") as long_one:
        MatterKind.parse("工资" + "x" * LONGEST_SPELLING, argument="kind")
    assert "nearest" not in str(long_one.value)  # a long enumeration names no nearest
    # unread: neither folded nor compared with the spellings (either would raise here)
    import custops._enums as enums_module

    def unread(*args: object, **kwargs: object) -> str:
        raise AssertionError("a text longer than any spelling was read")

    with monkeypatch.context() as patched:
        patched.setattr(enums_module, "fold", unread)
        patched.setattr(difflib, "get_close_matches", unread)
        with pytest.raises(InvalidInput, match=r"^kind: is not a known MatterKind; "):
            MatterKind.parse("工资" + "x" * LONGEST_SPELLING, argument="kind")
    padded = "热线" + " " * (LONGEST_SPELLING - 2)  # as long as may be read: read
    assert len(padded) == LONGEST_SPELLING
    assert Channel.parse(padded) is Channel.parse("热线")
    with pytest.raises(InvalidInput, match=r"^channel: "):
        Channel.parse(padded + " ", argument="channel")


@given(st.text(min_size=LONGEST_SPELLING + 1, max_size=2 * LONGEST_SPELLING))
def test_property_any_over_long_text_is_refused_naming_the_argument(text: str) -> None:
    """Any text over the longest spelling is refused as no member, never another error, and
    names no nearest spelling (an enumeration long enough to name them: MatterKind)."""
    with pytest.raises(InvalidInput) as caught:
        MatterKind.parse(text, argument="kind")
    assert caught.value.argument == "kind"
    assert caught.value.value == text
    assert "nearest" not in str(caught.value)


_LABELLED = [cls for cls in ENUMS if issubclass(cls, LabelledEnum)]


def test_choices_in_english_pair_each_key_with_its_english_words() -> None:
    """An English admin or form (check108 #3): ``choices(code="en_US")`` pairs each stored
    key with the member's English words; the key is the same as in Chinese."""
    assert Kind.choices(code="en_US") == (
        ("consultation", "consultation"),
        ("suggestion", "suggestion"),
        ("complaint", "complaint"),
        ("praise", "praise"),
        ("no_action", "no action"),
    )
    assert Kind.choices(code="en-SG") == Kind.choices(code="en_US")
    assert Channel.choices(code="en_US")[2] == ("in_person", "in person")
    assert (
        Kind.choices(code="zh-hans")
        == Kind.choices()
        == (
            ("consultation", "咨询"),
            ("suggestion", "建议"),
            ("complaint", "投诉"),
            ("praise", "表扬"),
            ("no_action", "无需处理"),
        )
    )


@pytest.mark.parametrize("cls", _LABELLED, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_enum_gives_choices_in_each_language(cls: type[LabelledEnum]) -> None:
    """Every enumeration: the default is the Chinese labels whatever language is active (a
    model field never depends on the importing process's language); ``code`` gives the
    words of that language, and never changes the active one."""
    with language("en_US"):
        assert cls.choices() == tuple((m.value, m.label) for m in cls)
        assert cls.choices(code="zh_CN") == cls.choices()
        assert cls.choices(code="en_US") == tuple((m.value, m.english_words) for m in cls)
        assert cls.choices(code="en_US") == tuple((m.value, m.words) for m in cls)
    with language("zh_CN"):
        assert cls.choices(code="en_US") == tuple((m.value, m.english_words) for m in cls)
        assert [m.words for m in cls] == [m.label for m in cls]


@pytest.mark.parametrize("code", ["fr", "zh_TW", ""])
def test_choices_refuse_a_language_custops_does_not_write_naming_code(code: str) -> None:
    with pytest.raises(InvalidInput, match=r"^code: ") as caught:
        Kind.choices(code=code)
    assert caught.value.value == code
    with pytest.raises(InvalidType, match=r"^code: "):
        Kind.choices(code=None)  # type: ignore[arg-type]


@given(
    cls=st.sampled_from(_LABELLED),
    code=st.sampled_from(["zh_CN", "zh", "zh-Hans", "en_US", "en", "en-SG", "en_AU", "en-GB"]),
)
def test_property_choices_keep_the_keys_and_read_back_in_every_language(
    cls: type[LabelledEnum], code: str
) -> None:
    """In every language the keys are the stored keys in declaration order, each shown text
    is unique, and ``parse()`` reads it back as its member (a form posts back what it shows)."""
    pairs = cls.choices(code=code)
    assert [key for key, _ in pairs] == [m.value for m in cls]
    assert len({text for _, text in pairs}) == len(pairs)
    assert [cls.parse(text) for _, text in pairs] == list(cls)
