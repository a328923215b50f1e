"""A customer's text holding control characters (a tab, a NUL, a line break) between the
letters of a word is classified, and its reason stays one printable line (R-CMP-01: any
``str`` is classified; the reason quotes the customer's words)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import classify

_REFUSED = {"Cc", "Zl", "Zp"}


def _one_line(reason: str) -> bool:
    return not any(unicodedata.category(c) in _REFUSED for c in reason)


def test_a_tab_inside_a_latin_word_the_learned_layer_cites_is_quoted_as_a_space_R_CMP_01() -> None:
    result = classify("😡 kＫ\tP 诉吗 么用")
    cited = [e.text for e in result.evidence if e.rule_id == "learned"]
    assert "kＫ\tP" in cited  # the evidence keeps the text as it is
    assert "kＫ P" in result.reason  # quoted with the tab a space
    assert _one_line(result.reason)
    assert _one_line(result.explain().replace("\n", ""))


_PIECES = st.sampled_from(
    [
        "k",
        "Ｋ",
        "P",
        "ok",
        "差",
        "太慢",
        "诉吗",
        "么用",
        "很好",
        "退货",
        " ",
        "\t",
        "\x00",
        "\r\n",
        "\x1f",
        "\x85",
        "\u2028",
        "。",
        "？",
        "😡",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_every_reason_is_one_line_whatever_control_characters_the_text_holds_R_CMP_01(
    text: str,
) -> None:
    result = classify(text)
    assert _one_line(result.reason)
    assert all(_one_line(line) for line in result.explain().split("\n"))
