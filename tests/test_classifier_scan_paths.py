"""The long-text scan (issue 13, speed): the matches of the plain code, found with less work.

* a long text finds where each pattern's required pairs (``_scan.pairs``) occur from
  the pairs that find the terms (``_rules.Index.held_ids``): a pattern none of whose pairs
  occurs is not searched, and a bounded one whose pairs are rare enough is searched only
  around them (``_scan.windowed``);
* a match covered by a match of an overriding rule is found by bisection
  (``_rules._Covers``), the first covering span the plain walk (``_rules._covered``) finds.

No timing here: ``benchmarks/bench_classifier_speed.py`` shows the speed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Rule,
    _rules,
    _scan,
    classifier,
    classify,
    find_matches,
)
from custops.complaints._rules import normalise

DATA = Path(__file__).parent / "data" / "complaints_labelled.jsonl"


def _texts() -> list[str]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _long_texts() -> list[str]:
    texts = _texts()
    letter = "".join(texts)
    return [
        letter[:6000],
        "\n".join(texts[:90]),
        re.sub(r"[\W_]+", "", letter)[:5000],
        "为什么还没发货？" * 200 + "请问有什么区别？" * 100,
        "我要退货，" * 300 + "质量没有以前好了，越来越差。" * 40,
    ]


def _scan_of(text: str) -> dict[int, tuple[Any, ...]]:
    index = _rules.Index.of(DEFAULT_CLASSIFIER_POLICY.rules, DEFAULT_CLASSIFIER_POLICY.words)
    return {r: found for r, found in index.scan(normalise(text)[0]).items() if found}


@pytest.mark.parametrize("index", range(5))
def test_a_long_texts_scan_is_the_plain_codes(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """R-CMP-01, R-CMP-03: a long text's matches are the plain code's, whether its
    patterns are searched around every pair (``_RARE`` 1), around none (``_RARE`` huge:
    around rare characters or in one pass), or as the default chooses."""
    text = _long_texts()[index]
    assert len(normalise(text)[0]) > _scan.LONG
    fast = _scan_of(text), repr(classify(text)), repr(find_matches(text))
    for rare in (1, 10**9):
        monkeypatch.setattr(_rules, "_RARE", rare)
        assert (_scan_of(text), repr(classify(text)), repr(find_matches(text))) == fast
    monkeypatch.setattr(_scan, "LONG", 10**12)  # the plain (short-text) code
    assert (_scan_of(text), repr(classify(text)), repr(find_matches(text))) == fast


@pytest.mark.parametrize(
    "text",
    [
        "楼主" * 1500,  # one pattern pair at every other position: counted, not listed
        "楼主说的对。" * 400,  # 说的 is the pair of two patterns
        "同感。" * 200 + "楼主说的对,我的也是。" + "好" * 1200 + "说的没错",  # rare: listed
    ],
)
def test_a_long_texts_pattern_pairs_counted_or_listed_find_the_plain_matches(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R-CMP-01 (kind.peer-reply): a long text's pattern pairs are counted, and their
    positions listed only where rare (``Index.held_ids``); the matches, and the answer,
    are the plain code's, whether every pattern is searched around its pairs or none."""
    assert len(normalise(text)[0]) > _scan.LONG
    fast = _scan_of(text), repr(classify(text))
    for rare in (1, 10**9):
        monkeypatch.setattr(_rules, "_RARE", rare)
        assert (_scan_of(text), repr(classify(text))) == fast
    monkeypatch.setattr(_scan, "LONG", 10**12)  # the plain (short-text) code
    assert (_scan_of(text), repr(classify(text))) == fast


_PAIRED = (r"(退|换)货\S{0,3}款", r"(已经|都)等了?\d+天", r"什么是|是什么", r"不(好|行)吧?")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_PAIRED),
    st.lists(
        st.sampled_from(
            [
                "退货",
                "换货",
                "款",
                "已经",
                "都等",
                "了",
                "3天",
                "天",
                "什么",
                "是",
                "不好",
                "不行",
                "吧",
                ",",
                "。",
                "x" * 300,
            ]
        ),
        max_size=20,
    ),
)
def test_a_long_texts_pattern_found_where_its_pairs_are(pattern: str, pieces: list[str]) -> None:
    """R-CMP-02: a long text's pattern with required pairs finds every match ``finditer``
    finds: none when no pair occurs (it is not searched), the same spans when searched
    around its pairs, bounded or not."""
    assert _scan.pairs(pattern) is not None
    rule = Rule("t.paired", category="other", patterns=(pattern,))
    text = "".join(pieces) + "," * (_scan.LONG + 1)
    expected = [m.span() for m in re.finditer(pattern, text) if m.start() < m.end()]
    assert [(s, e) for s, e, *_ in rule.matches(text)] == expected


def _spans_of(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Spans in order, none overlapping (the matches :meth:`Index.scan` keeps of a rule)."""
    cuts = sorted(draw(st.sets(st.integers(0, 40), max_size=12)))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]


@st.composite
def _covers_case(draw: st.DrawFn) -> tuple[list[list[tuple[int, int]]], int, int]:
    rules = [_spans_of(draw) for _ in range(draw(st.integers(1, 3)))]
    start = draw(st.integers(0, 40))
    return rules, start, draw(st.integers(start, 42))


@settings(max_examples=400, deadline=None)
@given(_covers_case())
def test_covers_is_the_first_covering_span(
    case: tuple[list[list[tuple[int, int]]], int, int],
) -> None:
    """R-CMP-02: the overriding match that covers a match, found by bisection per rule, is
    the first covering span of the plain walk over every rule's spans in order."""
    spans, start, end = case
    text = "".join(chr(0x4E00 + i) for i in range(45))
    flat = [span for each in spans for span in each]
    assert _rules._Covers(text, spans).covered(start, end) == _rules._covered(
        text, start, end, flat
    )


def test_an_override_in_a_long_text_is_the_plain_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """R-CMP-02: ``积分会过期`` overrides a spoiled-goods reading in a long text as in a
    short one, every match looked up by bisection."""
    text = "我的积分会过期了，酒过期了。" * 200
    fast = repr(find_matches(text))
    monkeypatch.setattr(_scan, "LONG", 10**12)
    assert repr(find_matches(text)) == fast


_BRANCHY = (
    r"(一|两|\d+|半)个?(多)?(小时|钟头)(才|了)",
    r"(全家|一家人|[两三\d]+(个|位)(人|同事)|[十几\d]+户)(都|全)\S{0,2}(吐|病)",
    r"(?:^|(?<=[,。]))少了",
    r"(评分|\d分)[^,。]{0,3}?(太高|高了)",
    r"(a|\\d|[\\\d]x)y",
)


@pytest.mark.parametrize("pattern", _BRANCHY)
def test_a_branchy_start_is_tried_at_its_first_characters(pattern: str) -> None:
    """A pattern whose first group's alternatives do not all start with a character is
    rewritten (``_scan.quick``), ``\\d`` read as any digit, or left as it is."""
    rewritten = _scan.quick(re.compile(pattern)).pattern
    assert rewritten.endswith(f"(?:{pattern})") or rewritten == pattern
    if pattern.startswith(("(一", "(全", "(?:^")):
        assert rewritten != pattern


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_BRANCHY),
    st.text(
        alphabet="一两3٣半个多小时钟头才了全家人位同事十几户都吐病,。少评分太高\\dxya", max_size=60
    ),
)
def test_a_branchy_start_rewritten_finds_the_same_matches(pattern: str, text: str) -> None:
    """R-CMP-02: the rewrite changes no match (digits of any script included)."""
    original = re.compile(pattern)
    quick = _scan.quick(original)
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in original.finditer(text)]


def _plain_is_short(normalised: str) -> bool:
    """``classifier._is_short`` as the plain definition reads."""
    if len(normalised) <= classifier._SHORT:
        return True
    if classifier._DIGITS(normalised):
        normalised = classifier._NUMBERS.sub("", normalised)
    return len(normalised.rstrip(classifier._END_MARKS)) <= classifier._SHORT


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="好差1234567٣,。!?~ _a", max_size=260))
def test_is_short_is_the_plain_definition(text: str) -> None:
    """A text with more letters near its start than a short text holds is long without a
    pass over it (``classifier._KEPT``): the answer of the plain definition."""
    assert classifier._is_short(text) == _plain_is_short(text)


@pytest.mark.parametrize("odd", ["Ⅻ", "Ａ", "…", "\u3000", "服務", "ﬁ", "Σ"])
def test_a_long_text_with_a_character_not_met_is_normalised_alike(
    odd: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long text whose sample shows no character not met before is translated at once
    and checked (``_rules._unmet``): a character its sample missed is still learnt, the
    form the text gets when every character is learnt first."""
    text = "好" + odd + "差" * 5000 + odd
    assert text[:: _rules._SAMPLE].count(odd) == 0
    monkeypatch.setattr(_rules, "_FORMS", [_rules._Forms()])
    _rules.normalise_fast("好差")
    at_once = _rules.normalise_fast(text)
    monkeypatch.setattr(_rules, "_FORMS", [_rules._Forms()])
    _rules._Forms.of(text)
    learnt = _rules.normalise_fast(text)
    assert (at_once[0], list(at_once[1])) == (learnt[0], list(learnt[1]))
