"""Chat lines and short questions (issue 13, R-CMP-01): read by their form.

A text made only of acknowledgements, thanks and greetings is nothing to handle (rule
``kind.chat``); a short text that neither the rules nor the learned layer read is nothing
to handle too (without the learned layer the rule set's default stands); on a short text
the rules read as a question only, the learned layer does not vote on the kind.
"""

from __future__ import annotations

import attrs
import pytest

from custops.complaints import Category, Kind, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


@pytest.mark.parametrize(
    "text",
    [
        "好的好的，十分感谢",
        "客服在吗",
        "那行没事了 麻烦你了",
        "嗯,加油吧",
        "好的，谢谢！",
        "在吗 你好",
    ],
)
def test_r_cmp_01_a_text_of_thanks_and_greetings_is_nothing_to_handle(text: str) -> None:
    for policy in (None, RULES_ONLY):
        r = classify(text, policy=policy)
        assert r.kind is Kind.NO_ACTION
        assert r.kind_rule == "kind.chat"
        assert r.category is Category.OTHER


@pytest.mark.parametrize("text", ["你好，在吗？", "在吗？我要退货", "谢谢，可以退货吗"])
def test_r_cmp_01_chat_words_beside_a_question_or_a_demand_are_no_chat(text: str) -> None:
    assert "kind.chat" not in classify(text).fired


def test_r_cmp_01_a_short_text_nothing_reads_is_nothing_to_handle() -> None:
    r = classify("[链接x]")
    assert not r.matched
    assert not any(e.rule_id == "learned" and e.kind is not None for e in r.evidence)
    assert (r.kind, r.category, r.kind_rule, r.confidence) == (
        Kind.NO_ACTION,
        Category.OTHER,
        "default",
        0.0,
    )
    assert "no rule" in r.reason or "没有规则" in r.reason
    # without the learned layer the rule set's default stands (the safe side)
    assert classify("[链接x]", policy=RULES_ONLY).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["需要和厂家联系?", "发票什么时候能寄过来呢", "为什么登录需要验证码呀"]
)
def test_r_cmp_01_the_learned_layer_does_not_vote_on_a_short_question(text: str) -> None:
    """The model, trained mostly on reviews, read these as complaints."""
    r = classify(text)
    assert r.kind is Kind.CONSULTATION
    assert r.learned_scores == ()
    assert not any(e.rule_id == "learned" and e.kind is not None for e in r.evidence)


@pytest.mark.parametrize("unit", ["嗯", "好吧", "谢谢亲", "好的，", "嗯嗯，收到"])
def test_r_cmp_01_a_long_run_of_interjections_is_read_in_linear_time(unit: str) -> None:
    """Each clause of kind.ack and kind.chat is taken once (an atomic group written as a
    lookahead and its backreference): a run of interjections that fails at its end is not
    tried in every way of splitting it (2 ** n ways: 嗯 × 30 + x took hours before)."""
    assert classify(unit * 1000).kind is Kind.NO_ACTION
    assert classify(unit * 1000 + "x").kind_rule not in {"kind.ack", "kind.chat"}
