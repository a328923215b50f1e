"""custops._text: the one home of text layout (CONTRIBUTING item 7) — ``colon`` for a label
and what it labels, ``word_list`` for a list of words in the active language, ``joined`` for
the parts of a sentence, ``aside`` for notes in brackets, ``quote_word``/``quoted_words`` for
the customer's words, ``month_text`` for a month, and ``english`` the one test of the
language."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops._text import (
    aside,
    colon,
    english,
    joined,
    month_text,
    quote_word,
    quoted_words,
    word_list,
)
from custops.i18n import _, language
from custops.secrecy import Level

SRC = Path(__file__).resolve().parents[1] / "src" / "custops"


@pytest.mark.parametrize(
    ("code", "expected"), [("zh_CN", "理由：未指定"), ("en_US", "理由: 未指定")]
)
def test_colon_adds_the_languages_colon_to_a_bare_head(code: str, expected: str) -> None:
    with language(code):
        assert colon("理由", "未指定") == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("理由：", "理由：x"),  # a translated label: no blank after a full-width mark
        ("可以知悉吗？", "可以知悉吗？x"),
        ("reason:", "reason: x"),
        ("May 王总 know it?", "May 王总 know it? x"),
        ("card: valid —", "card: valid — x"),
    ],
)
def test_colon_keeps_a_mark_the_head_brings(head: str, expected: str) -> None:
    """The same in both languages: the head already says how it ends."""
    for code in ("zh_CN", "en_US"):
        with language(code):
            assert colon(head, "x") == expected


def test_colon_words_any_tail_with_str() -> None:
    with language("en_US"):
        assert colon("level", Level.SECRET) == f"level: {Level.SECRET}"


@pytest.mark.parametrize(
    ("code", "expected"), [("zh_CN", "投诉、建议、3"), ("en_US", "投诉, 建议, 3")]
)
def test_word_list_joins_words_as_the_language_writes_a_list(code: str, expected: str) -> None:
    with language(code):
        assert word_list(["投诉", "建议", 3]) == expected
        assert word_list(iter(["投诉"])) == "投诉"
        assert word_list(()) == ""


@given(st.lists(st.text(alphabet="abc投诉", min_size=1, max_size=4), max_size=5))
def test_word_list_is_how_a_collection_field_of_the_translator_is_joined(words: list[str]) -> None:
    """``_()`` joins a tuple field with ``word_list`` (each word as a field shows it)."""
    with language("zh_CN"):
        assert _("{words}", words=tuple(words)) == word_list(words)
    with language("en_US"):
        shown = [f'"{w}"' if "投" in w or "诉" in w else w for w in words]
        assert _("{words}", words=tuple(words)) == word_list(shown)


#: The helpers of this home: no other module defines a function of these names.
_HOME_NAMES = frozenset(
    [
        "labelled",
        "colon",
        "word_list",
        "english",
        "joined",
        "aside",
        "quote_word",
        "quoted_words",
        "month_text",
    ]
)

#: The one other place that writes the separator, and why.
_SEPARATOR_EXCEPTIONS = {
    "i18n.py": "the translator joins a collection field itself: custops._text imports "
    "custops.i18n, which cannot import it back (no import cycle, CONTRIBUTING item 7); "
    "test_word_list_is_how_a_collection_field_of_the_translator_is_joined keeps the two one",
}


def _separators(tree: ast.AST) -> list[int]:
    """Lines where the Chinese list mark 、 is a string of its own (a separator)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in ("、", "、 ")
    ]


def test_no_module_joins_a_list_of_words_by_hand() -> None:
    """A list of words for a sentence is ``word_list``: no module but ``_text`` writes the 、
    separator itself (the shapes it replaced: ``(", " if english else "、").join``, ``"、".join``
    beside ``", ".join``), and no module writes ``label: value`` with a helper of its own."""
    found = []
    separators = {}
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "_text.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = str(path.relative_to(SRC))
        separators[name] = _separators(tree)
        if name not in _SEPARATOR_EXCEPTIONS:
            found += [f"{name}:{line}" for line in separators[name]]
        found += [
            f"{path.relative_to(SRC)}:{node.lineno}: {node.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name in _HOME_NAMES
        ]
    assert found == []
    assert all(separators[name] for name in _SEPARATOR_EXCEPTIONS)  # each still there


def test_the_scan_finds_a_separator() -> None:
    """A guard: the scan is not vacuous."""
    tree = ast.parse('x = (", " if english else "、").join(items)\ny = "、".join(z)\n')
    assert sorted(_separators(tree)) == [1, 2]
    assert _separators(ast.parse('ok = "出入证、单元钥匙"\n')) == []


@pytest.mark.parametrize(("code", "expected"), [("zh_CN", False), ("en_US", True)])
def test_english_is_whether_the_active_language_is_english(code: str, expected: bool) -> None:
    with language(code):
        assert english() is expected


@pytest.mark.parametrize(
    ("code", "alternatives"), [("zh_CN", "电话或邮件"), ("en_US", "电话/邮件")]
)
def test_word_list_either_lists_alternatives(code: str, alternatives: str) -> None:
    """``channel=phone/email`` / ``渠道为电话或邮件`` (sla conditions, R-SLA-01)."""
    with language(code):
        assert word_list(["电话", "邮件"], either=True) == alternatives


@pytest.mark.parametrize(
    ("code", "weak", "strong"),
    [("zh_CN", "超时，未答复", "超时；未答复"), ("en_US", "超时, 未答复", "超时; 未答复")],
)
def test_joined_joins_the_parts_of_a_sentence(code: str, weak: str, strong: str) -> None:
    with language(code):
        assert joined(["超时", "未答复"]) == weak
        assert joined(iter(["超时", "未答复"]), strong=True) == strong
        assert joined([]) == ""


def test_joined_strong_is_the_translation_of_a_clause_separator() -> None:
    """``_("; ").join`` (where the area's catalogue has it) says the same."""
    for code in ("zh_CN", "en_US"):
        with language(code):
            assert joined(["a", "b"], strong=True) == _("; ").join(["a", "b"])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("zh_CN", "人身安全（「拉肚子」，此前投诉 2 次）"),
        ("en_US", 'safety ("拉肚子"; 2 earlier complaints)'),
    ],
)
def test_aside_puts_notes_in_the_languages_brackets(code: str, expected: str) -> None:
    """The layout of a severity criterion (R-CMP-07): the words, then the figures."""
    head = {"zh_CN": "人身安全", "en_US": "safety"}[code]
    figures = {"zh_CN": "此前投诉 2 次", "en_US": "2 earlier complaints"}[code]
    with language(code):
        assert aside(head, [quoted_words(["拉肚子"]), figures]) == expected


@pytest.mark.parametrize(
    ("code", "word", "expected"),
    [
        ("zh_CN", "太慢", "「太慢」"),
        ("zh_CN", "「凉了」", "「“凉了”」"),
        ("en_US", "太慢", '"太慢"'),
        ("en_US", 'say "hi"', "\"say 'hi'\""),
    ],
)
def test_quote_word_never_leaves_its_own_mark_inside(code: str, word: str, expected: str) -> None:
    with language(code):
        assert quote_word(word) == expected


@given(st.lists(st.sampled_from(["好", "差", " ", "", "太慢", "凉了", "「x」"]), max_size=12))
def test_quoted_words_reads_words_until_it_has_enough(words: list[str]) -> None:
    """The first ``limit`` distinct non-blank words, read lazily (a long letter is not read
    to the end), the same as quoting the distinct words cut at ``limit``."""
    for limit in (None, -1, 0, 1, 2, 4):
        expected = list(dict.fromkeys(w for w in words if w.strip()))[:limit]
        assert quoted_words(iter(words), limit=limit) == quoted_words(expected, limit=None)
    assert quoted_words(words) == quoted_words(words, limit=4)  # a reason quotes four


@given(st.dates())
def test_month_text_is_the_months_part_of_the_iso_day(day: dt.date) -> None:
    """``2025-10`` for any day of October 2025 (ReviewPeriod.month's label, R-CMP-14; the
    registration forms' month, R-VIP-11; a period's month end, R-PER-01)."""
    assert month_text(day) == day.isoformat()[:7]
