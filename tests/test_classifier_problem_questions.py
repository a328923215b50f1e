"""Questions that carry a problem (issue 13, R-CMP-01): complaints, whatever their form.

A short question is read by its form (the learned layer does not vote on its kind), but a
question whose words name a problem — something still not done, money taken, a service
stopped, a fault — or ask 几个意思 is a complaint (the labelling guide's mixed texts); a plain
question stays a consultation.  Rules take their options by keyword, the ID alone by position.
"""

from __future__ import annotations

import time

import attrs
import pytest

from custops.complaints import Kind, classify
from custops.complaints._rules import Rule
from custops.complaints.classifier import DEFAULT_RULES

RULES_ONLY = attrs.evolve(DEFAULT_RULES, learned=0, learned_category=0)


@pytest.mark.parametrize(
    "text",
    [
        "怎么还没到？",
        "为什么扣我钱？",
        "你们为什么停用我的借呗",
        "怎么还要运费",
        "不是已经给过了吗？怎么还要？",
        "为啥一直没到账",
        "请问几个意思？",
    ],
)
def test_r_cmp_01_a_question_that_names_a_problem_is_a_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT, text


@pytest.mark.parametrize(
    "text", ["请问退款多久到账？", "怎么申请退货？", "为什么要实名认证？", "怎样才能不扣年费？"]
)
def test_r_cmp_01_a_plain_question_stays_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION, text


@pytest.mark.parametrize("run", ["为什么", "怎么还", "咋", "为何不"])
def test_r_cmp_01_a_long_run_of_question_words_is_read_in_linear_time(run: str) -> None:
    text = run * (20_000 // len(run)) + "x"
    classify("x")  # the rules compiled outside the timing
    start = time.perf_counter()
    classify(text, policy=RULES_ONLY)
    assert time.perf_counter() - start < 5  # generous for a loaded machine; ~0.2 s measured


def test_rule_options_are_keyword_only() -> None:
    rule = Rule("kind.x", kind="complaint", terms=("坑人",))
    assert rule.id == "kind.x"
    with pytest.raises(TypeError):
        Rule("kind.x", "complaint")  # type: ignore[call-arg]


@pytest.mark.parametrize("text", ["我对这个小区挺感兴趣的", "用这家的比较稳妥"])
def test_r_cmp_01_praise_read_by_the_learned_layer_alone_in_a_short_text_is_not_praise(
    text: str,
) -> None:
    # no rule reads these; the learned layer alone would read praise: nothing to handle
    r = classify(text)
    assert r.kind is Kind.NO_ACTION
    assert r.kind_rule == "default"


@pytest.mark.parametrize("text", ["很好吃", "快递小哥态度很好", "服务很好，谢谢"])
def test_r_cmp_01_praise_the_rules_read_stays_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE
