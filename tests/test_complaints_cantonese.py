"""Written Cantonese read as Mandarin by the classifier (R-CMP-01, issue 13's dialects).

Hong Kong customers write Cantonese (唔 = 不, 冇 = 没, 咗 = 了, 點解 = 为何): the classifier
reads its function words as the Mandarin ones its rules know, one character for one, so
evidence still points at the customer's own words.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Kind, classify
from custops.complaints._hanzi import _WORDS, CANTONESE, cantonese_words, from_cantonese
from custops.complaints._rules import normalise

CANTONESE_TEXT = st.text(
    st.sampled_from("唔冇咗嘅係咩點解邊度幾時有冇關係數統啲佢喺嚟開到個app？，。 好差壞左右等肩")
)


def test_function_words_become_mandarin_R_CMP_01() -> None:
    """R-CMP-01: Cantonese's words and characters read as Mandarin's."""
    assert from_cantonese("點解我個app入唔到？係咪壞咗") == "为何我個app入不到？是否壞了"
    assert from_cantonese("佢哋冇覆我") == "他们没覆我"
    assert from_cantonese("有冇得分期") == "是否得分期"
    assert from_cantonese("冇得開戶") == "无法開戶"


def test_xi_is_shi_but_in_mandarin_words_R_CMP_01() -> None:
    """係 is 是 in Cantonese (真係好差) and 系 in Mandarin's 關係, 聯係, 係數, 係統."""
    assert from_cantonese("真係好差") == "真是好差"
    assert from_cantonese("沒關係") == "沒關係"
    assert from_cantonese("聯係客服") == "聯係客服"
    assert from_cantonese("係數") == "係數"


def test_me_asks_at_a_clause_end_and_names_what_elsewhere_R_CMP_01() -> None:
    """咩 is 吗 at the end of a clause (有咁難咩？), 啥 inside one (有咩分別)."""
    assert cantonese_words("有咁難咩？") == "有咁難吗？"
    assert cantonese_words("有咩分別") == "有啥分別"
    assert cantonese_words("咩") == "吗"


def test_zuo_written_for_zo_after_a_verb_R_CMP_01() -> None:
    """左 written for 咗 after a verb is 了 in a Cantonese text (等左一個月都冇回覆); a side
    or a body part's is kept, and a Mandarin text's 左 is never read so (鼠标左键)."""
    assert cantonese_words("等左一個月都冇回覆，試左5次") == "等了一個月都冇回覆，試了5次"
    for text in ("唔該向左转", "佢左肩和左膝盖痛", "唔知一年左右", "喺左边"):
        assert cantonese_words(text).count("左") == text.count("左"), text
    assert cantonese_words("要点击两次鼠标左键") == "要点击两次鼠标左键"
    assert cantonese_words("试左边的按钮") == "试左边的按钮"


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("這一點解決不了嗎？", "这一点解决不了吗？"),
        ("時間點解鎖不了怎麼辦", "时间点解锁不了怎么办"),
        ("這是重點樣品，請小心", "这是重点样品，请小心"),
        ("在你們旁邊度過了一個愉快的下午", "在你们旁边度过了一个愉快的下午"),
        ("盤點算錯了", "盘点算错了"),
    ],
)
def test_a_mandarin_text_in_traditional_characters_reads_as_its_twin_R_CMP_01(
    traditional: str, simplified: str
) -> None:
    """A Cantonese word of characters Mandarin writes too (點解, 點樣, 邊度, 點算) is read only
    in a Cantonese text, and never where a Mandarin word begins on its second character
    (這一點解決): a Mandarin sentence gets one answer in either script."""
    assert from_cantonese(traditional) == traditional
    a, b = classify(traditional), classify(simplified)
    assert (a.kind, a.kind_rule) == (b.kind, b.kind_rule)
    assert cantonese_words("點解決呢個問題") == "點解決呢個問題"  # 點 + 解決, how to solve


def test_a_cantonese_thank_you_is_thanks_and_mandarin_slang_no_swearing_R_CMP_01() -> None:
    """唔該晒 (thanks a lot) is thanks, not a complaint; 屌丝 (Mandarin self-mockery) is not
    Cantonese swearing; 干係 is Mandarin's 系."""
    thanks = classify("唔該晒你哋")
    assert thanks.kind is Kind.NO_ACTION
    assert thanks.kind_rule == "kind.thanks"
    asked = classify("作为一个屌丝，请问有没有便宜点的套餐？")
    assert asked.kind is Kind.CONSULTATION
    assert not [e for e in asked.evidence if e.rule_id == "kind.verdict"]
    assert from_cantonese("脱不了干係") == "脱不了干係"


def test_mandarin_text_is_left_alone_R_CMP_01() -> None:
    text = "服务态度很差东西还没到关系不大这些他在给来宜家"
    assert from_cantonese(text) == text
    assert normalise(text)[0] == text


def test_a_step_that_cannot_be_done_in_cantonese_is_a_complaint_R_CMP_01() -> None:
    """R-CMP-01: 開唔到 (cannot open), 開唔番 (cannot open again) read as 开不了."""
    text = "完全開唔到個App."
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    cannot = [e for e in result.evidence if e.rule_id in {"kind.cannot", "pq.defect"}]
    assert cannot
    assert all(text[e.span[0] : e.span[1]] == e.text for e in cannot)
    assert "開唔到" in {e.text for e in cannot}
    again = classify("更新完開唔番個app")
    assert again.kind is Kind.COMPLAINT
    assert "開唔番" in {e.text for e in again.evidence if e.rule_id == "kind.cannot"}


def test_cantonese_swearing_is_a_bare_verdict_R_CMP_01() -> None:
    """R-CMP-01: swearing at the app is a complaint; 撚手 (a signature dish) and 屌 as
    praise (最屌的App, 屌爆) are not swearing."""
    swearing = classify("傻閪app 煩撚到嘔")
    assert swearing.kind is Kind.COMPLAINT
    assert {"閪", "撚"} <= {e.text for e in swearing.evidence if e.rule_id == "kind.verdict"}
    for text in ("撚手小菜", "香港最屌的App", "屌爆"):
        assert not [e for e in classify(text).evidence if e.rule_id == "kind.verdict"], text


@given(CANTONESE_TEXT)
def test_reading_cantonese_keeps_every_position(text: str) -> None:
    """One character for one: the Mandarin reading has the text's length, and every
    character that is not Cantonese is kept where it was."""
    read = from_cantonese(text)
    assert len(read) == len(text)
    changed = set(CANTONESE) | {ord(c) for c in "係咩左" + "".join(_WORDS)}
    assert all(a == b or ord(a) in changed for a, b in zip(text, read, strict=True))


@given(CANTONESE_TEXT)
def test_reading_cantonese_twice_reads_it_once(text: str) -> None:
    """The Mandarin reading holds no Cantonese left to read."""
    once = from_cantonese(text)
    assert from_cantonese(once) == once


@given(CANTONESE_TEXT)
def test_evidence_in_cantonese_points_at_the_customers_words(text: str) -> None:
    """R-CMP-01: every piece of evidence is the text at its span, in the original text."""
    for e in classify(text).evidence:
        assert text[e.span[0] : e.span[1]] == e.text
