"""A process's first texts: the built-in rules compiled on first use, and the warm-up.

A built-in rule's patterns, question frames and silencers are compiled when a text first
needs them, and :func:`prepare_classifier` does all of it at once for a service's
start-up; neither changes an answer (R-CMP-01 kind, R-CMP-02/R-CMP-03 category).
"""

from __future__ import annotations

import contextvars
import pickle
import threading

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    ClassifierPolicy,
    Rule,
    classify,
    prepare_classifier,
)
from custops.complaints._rules import Index, frames_of, normalise, trusted_data
from custops.errors import InvalidType

TEXTS = (
    "",
    "服务员态度太差了",
    "送餐很快，态度很好",
    "味道还行，就是送得太慢了，饭都凉了",
    "请问你们几点关门？",
    "保养完机油灯又亮了，第三次了，我已经打了12315",
    "我想退货，怎么操作？",
    "这批酒喝起来口感明显不对，发酸，跟以前买的完全不是一个味。",
    "快递三天了还没到，客服也不回复，太差劲了，要求退款",
    "建议礼盒包装做得简单一点",
    "没有异味，挺好的",
    "房间隔音很差，空调也坏了，前台说明天再修",
    # a long text (more than 1,024 characters): the patterns' forms for a long text
    "客服一直不回复，" * 80 + "我要投诉，要求退款。",
)


def _fresh(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """New built-in rules, nothing compiled yet (as the package builds them)."""
    with trusted_data():
        return tuple(
            Rule(**{f.name: getattr(r, f.name) for f in attrs.fields(Rule) if f.init})
            for r in rules
        )


def _eager(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The same rules built as a caller's are: checked and compiled at once."""
    return tuple(attrs.evolve(r) for r in rules)


def _answers(policy: ClassifierPolicy) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for text in TEXTS:
        r = classify(text, policy=policy)
        out.append((attrs.asdict(r, recurse=False), r.explain()))
    return out


@pytest.fixture
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """No index known: each policy's rules are indexed anew (equal rules would otherwise
    share the index already built)."""
    monkeypatch.setattr(Index, "_cache", {})
    monkeypatch.setattr(Index, "_known", {})


def _reference() -> list[tuple[object, ...]]:
    """The answers of the rules checked and compiled when built, by an index of their own
    (made after the one tested: equal rules find the index already built)."""
    Index._cache.clear()
    Index._known.clear()
    return _answers(_policy(_eager(DEFAULT_CLASSIFIER_POLICY.rules)))


def _policy(rules: tuple[Rule, ...]) -> ClassifierPolicy:
    return attrs.evolve(DEFAULT_CLASSIFIER_POLICY, rules=rules)


def test_a_rule_compiled_on_first_use_answers_as_one_compiled_at_once(cold: None) -> None:
    """R-CMP-01: the built-in rules, compiled text by text, give every field of every
    answer as the same rules checked and compiled when built."""
    lazy = _answers(_policy(_fresh(DEFAULT_CLASSIFIER_POLICY.rules)))
    reference = _reference()
    assert lazy == reference
    assert _answers(DEFAULT_CLASSIFIER_POLICY) == reference


def test_a_short_text_compiles_only_the_patterns_it_needs(cold: None) -> None:
    """The first short text compiles few of the rules' patterns, and its answer is the
    same (R-CMP-01)."""
    policy = _policy(_fresh(DEFAULT_CLASSIFIER_POLICY.rules))
    assert classify("服务员态度太差了", policy=policy).kind.value == "complaint"
    index = Index.of(policy.rules, policy.words)
    compiled = sum(each is not None for _r, _i, each, _s, _n in index.patterns)
    assert 0 < compiled < len(index.patterns) // 4


def test_prepare_classifier_compiles_everything_and_changes_no_answer(cold: None) -> None:
    """After the warm-up every pattern, frame and silencer is compiled, and the answers
    are those of a cold process (R-CMP-01, R-CMP-02)."""
    policy = _policy(_fresh(DEFAULT_CLASSIFIER_POLICY.rules))
    prepare_classifier(policy=policy)
    index = Index.of(policy.rules, policy.words)
    assert all(each is not None for _r, _i, each, _s, _n in index.patterns)
    assert None not in index.short_searches
    assert None not in index.quick
    assert all(r._framed for r in policy.rules)
    assert all(r._silencing is not None for r in index.rules if r.silencers)
    prepared = _answers(policy)
    reference = _reference()
    assert prepared == reference
    prepare_classifier(policy=policy)  # again: nothing left to do, nothing changes
    assert _answers(policy) == reference


def test_prepare_classifier_without_a_policy_prepares_the_built_in_rules() -> None:
    prepare_classifier()
    index = Index.of(DEFAULT_CLASSIFIER_POLICY.rules, DEFAULT_CLASSIFIER_POLICY.words)
    assert all(each is not None for _r, _i, each, _s, _n in index.patterns)
    assert classify("送餐很快，态度很好").kind.value == "praise"


def test_prepare_classifier_refuses_what_is_not_a_policy() -> None:
    with pytest.raises(InvalidType, match=r"^policy: must be a ClassifierPolicy or None"):
        prepare_classifier(policy="strict")  # type: ignore[arg-type]


def test_a_rule_pickled_before_or_after_its_first_use_comes_back_equal(cold: None) -> None:
    """A built-in rule is sent as what it was given, compiled or not, and answers the
    same where it arrives (a Spark executor); so does a policy (R-CMP-01)."""
    rules = _fresh(DEFAULT_CLASSIFIER_POLICY.rules)
    before = [pickle.loads(pickle.dumps(r)) for r in rules]
    policy = _policy(rules)
    reference = _answers(policy)
    after = [pickle.loads(pickle.dumps(r)) for r in rules]
    assert before == list(rules) == after
    framed = next(r for r in rules if r.question_frames)
    assert frames_of(framed) is not None
    assert frames_of(pickle.loads(pickle.dumps(framed))) == frames_of(framed)
    again = pickle.loads(pickle.dumps(policy))
    assert again == policy
    assert _answers(again) == reference


def test_two_threads_on_cold_rules_give_the_same_answers(cold: None) -> None:
    """Threads classifying at once while the patterns are compiled under them answer as
    one thread does (R-CMP-01)."""
    policy = _policy(_fresh(DEFAULT_CLASSIFIER_POLICY.rules))
    results: list[list[tuple[object, ...]]] = []
    start = threading.Barrier(4)

    def work(context: contextvars.Context) -> None:  # (in this thread's language)
        start.wait()
        results.append(context.run(_answers, policy))

    threads = [threading.Thread(target=work, args=(contextvars.copy_context(),)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4
    reference = _reference()
    assert all(r == reference for r in results)


_WORDS = DEFAULT_CLASSIFIER_POLICY.words
_LAZY = Index(_fresh(DEFAULT_CLASSIFIER_POLICY.rules), _WORDS)
_EAGER = Index(_eager(DEFAULT_CLASSIFIER_POLICY.rules), _WORDS)
_ALPHABET = "服务态度差慢退款投诉吗请问没有不好谢谢快递客服回复坏了，。？! 12ab"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(min_value=0, max_value=40))
def test_whatever_is_compiled_so_far_the_matches_are_the_same(text: str, times: int) -> None:
    """Property (R-CMP-01): an index of built-in rules compiled bit by bit, over the texts
    Hypothesis draws (short, and repeated past 1,024 characters), finds every match of
    every text as one of rules compiled at once."""
    for each in (text, text * times * 30):
        normalised = normalise(each)[0]
        assert _LAZY.scan(normalised) == _EAGER.scan(normalised)
