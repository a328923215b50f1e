"""The explanations the documentation shows are in one language (issue 15 target).

Every example of ``docs/*.md`` and the README that prints or shows an explanation
(``print(...)``, ``.reason``, ``explain()``, ``str(...)``) is read, and each Chinese text it
shows is checked with :func:`custops.i18n.stray_words`: no English words besides rule IDs,
units and quoted words; each English one holds Chinese only quoted. Python data shown
alongside (``True``, ``None``, stable keys in a tuple) is data, not explanation, and is
left out. Examples inside ``with language(...)``
show the other language and are checked in it.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from custops.i18n import stray_words

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
_SHOWS_TEXT = re.compile(r"\.reason\b|explain\(|\bprint\(|\bstr\(")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")
_DATA = re.compile(r"\b(True|False|None)\b")


def _texts(want: str) -> list[str]:
    """The Chinese texts an expected output shows: strings of a repr, else the lines."""
    found: list[str] = []
    for line in want.splitlines():
        if line[:1] in "([{'<":
            found += [s for s in _STRING.findall(line) if _CJK.search(s)]
        elif _CJK.search(line):
            found.append(_DATA.sub(" ", line))
    return found


def _examples(page: Path) -> list[tuple[int, str, str]]:
    """(line, language, text) for every explanation the page shows."""
    out: list[tuple[int, str, str]] = []
    for example in doctest.DocTestParser().get_examples(page.read_text(encoding="utf-8")):
        if not _SHOWS_TEXT.search(example.source):
            continue
        code = "en_US" if 'language("en' in example.source else "zh_CN"
        texts = _texts(example.want)
        if code == "en_US":  # a bare Chinese label shown as data is not an English sentence
            texts = [text for text in texts if re.search(r"[A-Za-z]{2,}", text)]
        out += [(example.lineno + 1, code, text) for text in texts]
    return out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_explanations_a_page_shows_are_in_one_language(page: Path) -> None:
    stray = [
        (line, text, stray_words(text, code=code))
        for line, code, text in _examples(page)
        if stray_words(text, code=code)
    ]
    assert stray == []


def test_the_pages_show_explanations_in_both_languages() -> None:
    shown = [code for page in PAGES for _, code, _ in _examples(page)]
    assert shown.count("zh_CN") > 150
    assert shown.count("en_US") > 10
