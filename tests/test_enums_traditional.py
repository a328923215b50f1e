"""Every custops enumeration reads its Chinese labels in Traditional characters too
(CONTRIBUTING.md, "The API convention" 5: ``parse()`` reads any spelling): 投訴 is 投诉,
產品質量 is 产品质量, 絕密 is 绝密 — in Taiwan, Hong Kong and older forms, full-width and
with spaces.  ``custops._enums`` folds the Traditional forms of the characters the labels
use (its own table; the classifier's table in complaints/_hanzi.py is a cross-check)."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import custops
from custops import _enums
from custops._enums import _SIMPLIFIED, _TRADITIONAL, fold, names_of
from custops.complaints import Category, Channel, Kind, Severity, Signal, Validity
from custops.complaints._hanzi import TABLE as HANZI
from custops.enums import LabelledEnum
from custops.errors import InvalidInput
from custops.periods import Unit
from custops.secrecy import Level, MatterKind


def _enums_of_custops() -> list[type[enum.Enum]]:
    """Every enumeration custops defines (the CLI and the optional extras aside)."""
    found: dict[str, type[enum.Enum]] = {}
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if info.name.split(".")[1] in ("cli", "spark"):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__.startswith("custops.")
                and len(value) > 0
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


ENUMS = _enums_of_custops()

# Every Traditional form the table knows of each simplified character.
_TRADITIONAL_OF: dict[str, list[str]] = {}
for _t, _s in zip(_enums._TRADITIONAL, _enums._SIMPLIFIED, strict=True):
    _TRADITIONAL_OF.setdefault(_s, []).append(_t)


@pytest.mark.parametrize(
    ("cls", "text", "member"),
    [
        # R-CMP-01: the kinds of contact
        (Kind, "投訴", Kind.COMPLAINT),
        (Kind, "諮詢", Kind.CONSULTATION),
        (Kind, "建議", Kind.SUGGESTION),
        (Kind, "表揚", Kind.PRAISE),
        (Kind, "無需處理", Kind.NO_ACTION),
        (Kind, "客戶投訴類", Kind.COMPLAINT),
        # R-CMP-02: the categories
        (Category, "產品質量", Category.PRODUCT_QUALITY),
        (Category, "服務質量", Category.SERVICE_QUALITY),
        (Category, "銷售合同", Category.SALES_CONTRACT),
        (Category, "維修質量", Category.REPAIR_QUALITY),
        (Category, "退換貨", Category.RETURN_EXCHANGE),
        (Category, "提案建議批評意見", Category.PROPOSAL_CRITICISM),
        # R-CMP-06/07: severity and its signals; R-CMP-05: validity
        (Severity, "嚴重", Severity.MAJOR),
        (Severity, "一般", Severity.GENERAL),
        (Signal, "監管部門", Signal.REGULATOR),
        (Signal, "媒體曝光", Signal.MEDIA),
        (Validity, "無效", Validity.NOT_ESTABLISHED),
        # R-CMP-04: channels (e-mail in Hong Kong is 電郵)
        (Channel, "電郵", Channel.ONLINE),
        (Channel, "轉交投訴", Channel.FORWARDED),
        (Channel, "市長熱線", Channel.FORWARDED),
        # R-SEC-01/02: secrecy levels and kinds of matter
        (Level, "絕密", Level.TOP_SECRET),
        (Level, "機密", Level.CONFIDENTIAL),
        (Level, "祕密", Level.SECRET),
        (MatterKind, "財務報表", MatterKind.parse("财务报表")),
        # periods (R-SLA-01): the units
        (Unit, "個工作日", Unit.WORKDAYS),
        (Unit, "鐘頭", Unit.HOURS),
    ],
)
def test_a_traditional_label_parses_to_its_member(
    cls: type[LabelledEnum], text: str, member: enum.Enum
) -> None:
    assert cls.parse(text) is member


@pytest.mark.parametrize(
    "text", ["投　訴", " 投 訴 ", "投訴\n", "ＣＯＭＰＬＡＩＮＴ", "投-訴", "投_诉"]
)
def test_full_width_and_spaced_spellings_parse_too(text: str) -> None:
    assert Kind.parse(text) is Kind.COMPLAINT


def test_an_unknown_traditional_text_is_still_refused_naming_the_argument() -> None:
    with pytest.raises(
        InvalidInput, match=r"^kind: is not a known Kind; one of: .*\(got '讚美詩'\)"
    ):
        Kind.parse("讚美詩", argument="kind")


def test_the_table_is_one_to_one_small_and_never_chains() -> None:
    traditional, simplified = _enums._TRADITIONAL, _enums._SIMPLIFIED
    assert len(traditional) == len(simplified) == len(set(traditional))
    assert len(traditional) < 400  # the characters of the labels, not all of Chinese
    assert not set(traditional) & set(simplified)  # fold(fold(x)) == fold(x)
    assert all(t != s for t, s in zip(traditional, simplified, strict=True))


def test_the_table_covers_every_label_character_the_classifiers_table_knows() -> None:
    """A label gaining a character whose Traditional form complaints/_hanzi.py knows must
    gain it in custops._enums too (this test names the character to add)."""
    hanzi = {(chr(k) if isinstance(k, int) else k): v for k, v in HANZI.items()}
    label_chars = {c for cls in ENUMS for m in cls for n in names_of(m) for c in n}
    missing = sorted(
        f"{t}→{s}"
        for t, s in hanzi.items()
        if s in label_chars and t not in label_chars and fold(t) != fold(s)
    )
    assert missing == []


def _traditional_spellings(name: str) -> st.SearchStrategy[str]:
    """``name`` with each character written in any of its Traditional forms (or kept)."""
    return st.tuples(*(st.sampled_from([c, *_TRADITIONAL_OF.get(c, [])]) for c in name)).map(
        "".join
    )


_NAMED = [(cls, m, n) for cls in ENUMS for m in cls for n in names_of(m) if not n.isascii()]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_NAMED).flatmap(lambda t: st.tuples(st.just(t), _traditional_spellings(t[2])))
)
def test_every_label_in_any_mix_of_forms_parses_to_its_member_property(
    case: tuple[tuple[type[enum.Enum], enum.Enum, str], str],
) -> None:
    """For every enumeration, member and Chinese name, any character-by-character mix of
    simplified and Traditional forms parses to the member (R-CMP-01/02/04/07, R-SEC-01)."""
    (cls, member, _name), text = case
    assert cls.parse(text) is member  # type: ignore[attr-defined]


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_traditional_label_parses(cls: type[enum.Enum]) -> None:
    """Each label written wholly in its first Traditional forms parses to its member."""
    for member in cls:
        for name in names_of(member):
            text = "".join(_TRADITIONAL_OF.get(c, [c])[0] for c in name)
            assert cls.parse(text) is member, (name, text)  # type: ignore[attr-defined]


_LABEL_TEXT = st.text(
    alphabet=st.sampled_from(
        sorted(set(_enums._TRADITIONAL + _enums._SIMPLIFIED + "投诉abcXYZ019 \t\n_-　ＡＢ１"))
    )
)


@given(_LABEL_TEXT)
def test_fold_is_idempotent_and_reads_traditional_as_simplified(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert not set(fold(text)) & set(_enums._TRADITIONAL)


#: Traditional forms the enumerations fold but the classifier leaves: a common simplified
#: character with another meaning (覆盖 is "cover"; 答覆 is the label's spelling of 答复)
_NOT_IN_THE_CLASSIFIER = {"覆"}


def test_the_classifiers_table_covers_every_character_the_labels_fold() -> None:
    """A label word written in Traditional characters in a customer's text (滲漏, 沉澱,
    介紹) reads as the label does: every pair of custops._enums' fold is in
    complaints/_hanzi.py, with the same simplified form (this test names what to add)."""
    hanzi = {(chr(k) if isinstance(k, int) else k): v for k, v in HANZI.items()}
    folded = dict(zip(_TRADITIONAL, _SIMPLIFIED, strict=True))
    missing = sorted(
        f"{t}→{s}"
        for t, s in folded.items()
        if hanzi.get(t) != s and t not in _NOT_IN_THE_CLASSIFIER
    )
    assert missing == []
