"""Nothing to handle has no subject: ``topic`` is ``None`` (R-CMP-01).

A report grouped by topic must not count an acknowledgement or a chat line as a matter of
some category; praise keeps what it praised (R-CMP-03 routes it by its topic).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Kind, classify, classify_many

ACKNOWLEDGEMENTS = ("好的，收到，谢谢", "ok", "谢谢", "12315", "")


@pytest.mark.parametrize("text", ACKNOWLEDGEMENTS)
def test_no_action_has_no_topic_r_cmp_01(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.NO_ACTION
    assert r.category is Category.OTHER
    assert r.topic is None


def test_classify_many_topic_column_is_none_on_no_action_r_cmp_01() -> None:
    cols = classify_many(["好的，收到，谢谢", "质量很好，谢谢"])
    assert cols["kind"] == ["no_action", "praise"]
    assert cols["topic"] == [None, "product_quality"]


def test_praise_keeps_its_topic_r_cmp_03() -> None:
    r = classify("质量很好，谢谢")
    assert r.kind is Kind.PRAISE
    assert r.topic is Category.PRODUCT_QUALITY


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_no_action_never_has_a_topic(text: str) -> None:
    r = classify(text)
    if r.kind is Kind.NO_ACTION:
        assert r.topic is None
    # the bulk column says the same as the single answer
    (topic,) = classify_many([text])["topic"]
    assert topic == (None if r.topic is None else r.topic.value)
