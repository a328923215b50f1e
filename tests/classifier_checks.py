"""Checks the classifier rounds' tests share (R-CMP-01): which rules fired on a text, and that
a text is a complaint (or of another kind) with the learned layer and without it."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from custops.complaints import Kind, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY

#: The default policy with the learned layer off: what the rules alone decide.
RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


def fired(text: str) -> set[str]:
    """The IDs of the rules that fired on ``text`` under the default policy."""
    return set(classify(text).fired)


def complaint_either_way(text: str) -> None:
    """``text`` is a complaint under the default policy and under the rules alone."""
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.COMPLAINT, (text, policy)


def kind_either_way(text: str, kind: Kind) -> None:
    """``text`` is of ``kind`` under the default policy and under the rules alone."""
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is kind, (text, policy)


#: Sentences of common words a cue may follow (a Hypothesis strategy)
SENTENCES = st.text(
    alphabet=st.sampled_from("的了很好不是我们服务房间价格今天买来用0123"), max_size=20
)


def fires_after_a_sentence(rule: str, cue: str, before: str) -> None:
    """``rule`` fires on ``cue`` under the rules alone whatever sentence, ended by 。, comes
    before it: a cue is read in its own clause."""
    assert rule in classify(f"{before}。{cue}", policy=RULES_ONLY).fired, (before, cue)
