"""A classification's reason is one line, whatever line breaks the customer's text holds
(CONTRIBUTING item 4: multi-line text comes only from ``explain()``); the evidence keeps
the text as it is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import classify, classify_many
from custops.i18n import language

BREAKS = ["\n", "\r\n", "\r", "\u2028", "\x85", "\f"]
WORDS = ["好", "谢谢", "嗯", "太慢", "凉了", "垃圾", "态度很差", "服务员", "不错", "退款", "12315"]


@pytest.mark.parametrize(
    "text", ["好\n好", "谢谢\r\n谢谢", "嗯\n", "垃圾\u2028太差", "太慢了\f凉了"]
)
def test_a_line_break_in_the_evidence_is_quoted_as_a_space(text: str) -> None:
    for code in ("zh_CN", "en_US"):
        with language(code):
            result = classify(text)
            assert len(result.reason.splitlines()) == 1, result.reason
            assert len(str(result).splitlines()) == 1
            assert len(classify_many([text])["reason"][0].splitlines()) == 1
    assert all(e.text == text[e.span[0] : e.span[1]] for e in classify(text).evidence)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS + BREAKS), min_size=1, max_size=12).map("".join))
def test_property_every_reason_is_one_line(text: str) -> None:
    result = classify(text)
    assert len(result.reason.splitlines()) == 1
    assert len(str(result).splitlines()) == 1
    for piece in result.evidence:  # the evidence is the text as written, breaks included
        assert piece.text == text[piece.span[0] : piece.span[1]]
