"""The classifier's long-text paths (issue 13): the same answers as the plain code.

A normalised text longer than ``_scan.LONG`` characters has its patterns tried only
where a match can start (``_scan.quick``) and its question scopes (R-CMP-01) looked up
by bisection, each searched once (``_scan.Scopes``); its evidence is made with the
cyclic garbage collector paused (``classifier.classify``).  These tests pin the long paths to
the plain ones: the same classification, the same evidence, the same matches.
"""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import DEFAULT_CLASSIFIER_POLICY, _rules, _scan, classify, find_matches
from custops.complaints._rules import CLAUSE_BREAKS, SENTENCE_BREAKS, question_scope

DATA = Path(__file__).parent / "data" / "complaints_labelled.jsonl"
PATTERNS = sorted({p for rule in DEFAULT_CLASSIFIER_POLICY.rules for p in rule.patterns})


def _texts() -> list[str]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text, however long, takes the plain (short-text) code."""
    monkeypatch.setattr(_scan, "LONG", 10**12)


def _answer(text: str) -> tuple[str, str, tuple[str, ...]]:
    r = classify(text)
    matches = find_matches(text, policy=DEFAULT_CLASSIFIER_POLICY)
    return repr(r), r.explain(), tuple(map(repr, matches))


def _long_texts() -> list[str]:
    texts = _texts()
    letter = "".join(texts)
    return [
        letter[:5000],  # a letter of many sentences
        "\n".join(texts[:60]),  # one message a line
        re.sub(r"[\W_]+", "", letter)[:6000],  # one giant clause, no punctuation at all
        "请问" + "我要退货" * 600 + "吗",  # one giant question (R-CMP-01)
        "我要退货" * 300 + "，请问什么时候来取？" * 30,
        "服務態度很差，" * 200 + "ＴＡＳＴＥ ｉｓ ＢＡＤ " * 50,
    ]


@pytest.mark.parametrize("index", range(6))
def test_long_text_answers_as_the_plain_code(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """R-CMP-01, R-CMP-03: a long text's classification, evidence and matches are those
    of the plain code, with and without punctuation."""
    text = _long_texts()[index]
    assert len(text) > _scan.LONG
    fast = _answer(text)
    _plain(monkeypatch)
    assert _answer(text) == fast


_INTERJECTIONS = ("嗯", "好的", "哈", "谢谢", "在吗", "啊", "呢", "ok", "a", "不用谢谢")


def _repeated(word: str, comma: str, size: int) -> str:
    return ((word + comma) * size)[:size]


def _plainer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain code, and each match's negation cues looked for one match at a time."""
    _plain(monkeypatch)
    monkeypatch.setattr(_rules, "_FEW_CUED", 10**12, raising=False)


@pytest.mark.parametrize("word", _INTERJECTIONS)
@pytest.mark.parametrize("comma", ["", "，", "。"])
def test_repeated_interjections_answer_as_the_plain_code(
    word: str, comma: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R-CMP-01: one interjection repeated (a match of a rule every one or two
    characters: 嗯嗯, 哈哈, 谢谢, 在吗), alone, after a complaint, before a stray
    character or with a negation cue far away, has the answers of the plain code."""
    body = _repeated(word, comma, 1500)
    texts = [body, body + "x", "质量太差了，" + body, body + "，不用了", "别" + body[:40]]
    fast = [_answer(text) for text in texts]
    _plainer(monkeypatch)
    assert [_answer(text) for text in texts] == fast


def test_a_giant_question_is_asked_about() -> None:
    """R-CMP-01: a demand inside one long question (no clause break) is only asked about."""
    text = "请问" + "，".join(["退货要带发票吗"] * 400) + "？"
    short = classify("请问退货要带发票吗？")
    assert len(text) > _scan.LONG
    assert classify(text).kind is short.kind
    assert short.kind.value == "consultation"


def test_a_long_text_splits_its_scopes_at_sentences() -> None:
    text = "好的。" * 400 + "想咨询一下,退货要带发票吗?谢谢"
    scopes = _scan.Scopes(text, SENTENCE_BREAKS, CLAUSE_BREAKS)
    start = text.index("退货")
    assert scopes.scope(start, start + 2) == "想咨询一下,退货要带发票吗?"
    assert scopes.framed(re.compile("吗"), start, start + 2)
    assert not scopes.framed(re.compile("吗"), 0, 2)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="好的,。.?!;吗请问退货", max_size=40), st.data())
def test_scopes_are_the_question_scopes(text: str, data: st.DataObject) -> None:
    """Bisection finds the same scope as the character-by-character walk, for any span."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scopes = _scan.Scopes(text, SENTENCE_BREAKS, CLAUSE_BREAKS)
    assert scopes.scope(start, end) == question_scope(text, start, end)


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?<![不非])(很|太)?一般", "一太很"),
        (r"(?!要是)(要求|我要)\S{0,2}退", "我要"),
        (r"[2-4]次|第?[二三]次", "234三二第"),
        (r"(?:^|(?<=[,。]))(就是|只是)", "只就"),
    ],
)
def test_starts_lists_every_first_character(pattern: str, first: str) -> None:
    assert _scan.starts(pattern) == frozenset(first)


@pytest.mark.parametrize("pattern", [r"\d+天", r"(很)?", r".好", r"(?i)ab", r"(?P<x>a)b", "{a"])
def test_starts_gives_up_when_not_plain(pattern: str) -> None:
    assert _scan.starts(pattern) is None


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_quick_patterns_find_the_same_matches(pattern: str) -> None:
    """Each built-in pattern, rewritten for a long text, finds the same matches."""
    original = re.compile(pattern)
    quick = _scan.quick(original)
    letter = "".join(_texts())
    assert _spans(quick, letter) == _spans(original, letter)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PATTERNS), st.data())
def test_quick_patterns_agree_on_any_text(pattern: str, data: st.DataObject) -> None:
    """On any text made of the pattern's own characters, the rewrite changes no match."""
    alphabet = sorted(set(pattern) - set("\\()[]?*+{}|^$") | set("。,不没多"))
    text = data.draw(st.text(alphabet=alphabet, max_size=60))
    original = re.compile(pattern)
    assert _spans(_scan.quick(original), text) == _spans(original, text)


@pytest.mark.parametrize("enabled", [True, False])
def test_a_long_text_pauses_the_collector_and_resumes_it(enabled: bool) -> None:
    """A long text's evidence is made with the cyclic garbage collector paused: the same
    answer, and the collector as it was before (a caller that paused it keeps it paused)."""
    text = _repeated("谢谢", "", 3000)
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        answer = _answer(text)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert answer == _answer(text)


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"(什么|啥)区别|区别是什么", r"(?=[什区啥])(?:(什么|啥)区别|区别是什么)"),
        (r"区别是什么|什么价", r"区别是什么|什么价"),  # each alternative starts with a character
        (r"(什么|啥)区别", r"(什么|啥)区别"),  # one alternative: the engine skips ahead itself
        (r"\d+天|(很)好", r"\d+天|(很)好"),  # not plain to see
    ],
)
def test_quick_rewrites_alternatives_of_mixed_starts(pattern: str, rewritten: str) -> None:
    """A pattern whose alternatives do not all start with a character is tried only at a
    possible first character: the same matches."""
    quick = _scan.quick(re.compile(pattern))
    assert quick.pattern == rewritten
    text = "".join(_texts()) + "有什么区别?区别是什么,啥区别" * 3
    assert _spans(quick, text) == _spans(re.compile(pattern), text)


def _run_around(text: str, start: int, end: int) -> str:
    """The letters and digits of ``text`` around ``text[start:end]``, up to a space or a mark."""
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    return text[start:end]


@given(
    words=st.lists(
        st.sampled_from(["refund", "fast", "break", "rude", "charged", "never", "x1", "9"]),
        min_size=1,
        max_size=12,
    ),
    glue=st.lists(st.sampled_from(["", " ", "，"]), min_size=12, max_size=12),
)
@settings(max_examples=60, deadline=None)
def test_a_keyword_inside_a_longer_word_is_negated_by_that_whole_word(
    words: list[str], glue: list[str]
) -> None:
    """R-CMP-01: an English keyword that lies inside a longer word (``fast`` in breakfast)
    is negated by the whole word — the letters and digits around it up to a space or a
    mark — however many keywords the word holds (the word is found once for all of them:
    a run of ``inevercheated`` a million times long costs as much as a line of them)."""
    text = "".join(word + sep for word, sep in zip(words, glue, strict=False))
    for e in find_matches(text)[1]:
        start, end = e.span
        word = e.negated_by  # a word it lies in (not a cue such as never before it)
        if word.isascii() and word.isalnum() and e.text in word and word != e.text:
            assert e.negated_by == _run_around(text, start, end), (e, text)


def test_keywords_in_one_giant_word_are_all_negated_by_it() -> None:
    """R-CMP-01: in one word of 2,000 letters made of keywords (no space between them),
    every keyword match is negated by that one word, and the text reads as nothing said
    by a rule's English word (the long word is no complaint word)."""
    giant = "inevercheated" * 150 + "refund" * 10
    matches = [e for e in find_matches(giant)[1] if e.text.isascii()]
    assert matches
    assert {e.negated_by for e in matches} == {giant}
