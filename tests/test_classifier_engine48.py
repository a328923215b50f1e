"""The forty-eighth round's speed pass (issue 13): the same matches, found with less work.

* a pattern whose alternatives start with a named group (``(?P<ab>赔|扣)不(?P=ab)``) is
  tried only where a match can start (``_scan.quick``), as one with plain groups is;
* a long text's terms are tried only where their second and third characters follow, the
  positions of their pairs picked in C (``Index.scan``), and the positions of the
  patterns' pairs gathered per pair in one walk (``Index._held_positions``).

No timing here: ``benchmarks/bench_classifier_speed.py`` shows the speed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import DEFAULT_CLASSIFIER_POLICY, _rules, _scan, classify
from custops.complaints._rules import normalise

_RULES = DEFAULT_CLASSIFIER_POLICY.rules
#: the built-in rules' terms and patterns' literal runs: the pieces of generated texts
_TERMS = sorted({normalise(term)[0] for rule in _RULES for term in rule.terms} - {""})
_LITERALS = sorted(
    {
        piece
        for rule in _RULES
        for pattern in rule.patterns
        for piece in re.findall(r"[\u4e00-\u9fff]{2,}", pattern)
    }
)
_PIECES = st.sampled_from(_TERMS + _LITERALS + ["。", ",", "?", "!", "不", "没", "吗", "3"])
#: the built-in patterns that open a named group
_NAMED = sorted({p for rule in _RULES for p in rule.patterns if "(?P<" in p})


def test_a_named_group_start_is_tried_at_its_first_characters() -> None:
    """R-CMP-01: alternatives that open with a named group are read for their first
    characters as plain groups; an opening that is no group (in a class) is not."""
    pattern = r"(会|将)怎么|(?P<ab>赔|扣)不(?P=ab)"
    assert _scan.quick(re.compile(pattern)).pattern == f"(?=[会将扣赔])(?:{pattern})"
    assert _scan._unnamed(re.compile(pattern)) == r"(会|将)怎么|(赔|扣)不(?P=ab)"
    in_class = re.compile(r"(会|将)怎么|[(?P<a>]不")
    assert _scan._unnamed(in_class) == in_class.pattern
    text = "会怎么(不P不<不赔不赔扣不扣"
    spans = [m.span() for m in in_class.finditer(text)]
    assert [m.span() for m in _scan.quick(in_class).finditer(text)] == spans


@pytest.mark.skipif(not _NAMED, reason="no built-in pattern opens a named group")
@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_NAMED or ["x"]), st.lists(_PIECES, max_size=12))
def test_a_named_group_pattern_rewritten_finds_the_same_matches(
    pattern: str, pieces: list[str]
) -> None:
    """R-CMP-01, R-CMP-02: the rewrite of a built-in pattern opening a named group
    changes no match, on texts made of the rules' own words."""
    text = "".join(pieces)
    original = re.compile(pattern)
    quick = _scan.quick(original)
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in original.finditer(text)]


def _scan_of(text: str) -> dict[int, tuple[Any, ...]]:
    index = _rules.Index.of(_RULES, DEFAULT_CLASSIFIER_POLICY.words)
    return {r: found for r, found in index.scan(text).items() if found}


@settings(max_examples=12, deadline=None)
@given(st.lists(_PIECES, min_size=400, max_size=600), st.sampled_from([1, _rules._RARE, 10**9]))
def test_a_long_texts_terms_and_pairs_find_the_plain_matches(pieces: list[str], rare: int) -> None:
    """R-CMP-01, R-CMP-03: a long text made of the rules' own words and pattern pieces
    has the matches the plain (short-text) code finds, whether its patterns are searched
    around every pair, around none, or as the default chooses."""
    text = normalise("".join(pieces))[0]
    text *= _scan.LONG // len(text) + 1
    assert len(text) > _scan.LONG
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_rules, "_RARE", rare)
        fast = _scan_of(text)
        patch.setattr(_scan, "LONG", 10**12)  # the plain (short-text) code
        assert _scan_of(text) == fast


def test_a_long_text_of_terms_classifies_as_the_plain_code() -> None:
    """R-CMP-01: the answer to a long text of terms is the plain code's, word for word."""
    text = "。".join(_TERMS[::7])[:20_000]
    fast = repr(classify(text)), classify(text).explain()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_scan, "LONG", 10**12)
        assert (repr(classify(text)), classify(text).explain()) == fast
