"""Checks the classifier rounds' tests share (R-CMP-01): which rules fired on a text, and that
a text is a complaint (or of another kind) with the learned layer and without it."""

from __future__ import annotations

import attrs

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
