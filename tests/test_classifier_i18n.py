"""Explanations of the classifier and of severity in the reader's language (issue 15 item 1).

Every ``reason``, ``explain()`` line, issue and evidence line is worded in the active
language: Chinese (the default) with the customer's words in 「」, or English with them
in double quotes.  R-CMP-01 (kind), R-CMP-02/R-CMP-03 (category), R-CMP-07 (severity).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Category,
    Classification,
    Complaint,
    Kind,
    Severity,
    assess_severity,
    classify,
)
from custops.i18n import language, stray_words
from custops.testing import complaint_texts, complaints

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)
AT = dt.datetime(2024, 5, 6, 9, tzinfo=ZoneInfo("Asia/Shanghai"))


def _lines(text: str) -> list[str]:
    result = classify(text)
    return [result.reason, result.explain(), *map(str, result.issues), *map(str, result.evidence)]


def test_complaint_reason_in_chinese_quotes_the_customer_R_CMP_01() -> None:
    """R-CMP-01, R-CMP-03: the reason says in words why, quoting the customer in 「」."""
    with language("zh_CN"):
        result = classify("服务员态度太差了", policy=RULES_ONLY)
        assert result.reason == (
            # (the staff member who failed the writer, kind.staff-failed-me, quoted first)
            "投诉：「服务员态度太差」、「态度」、「太差」表明不满，未见表扬；"
            "类别服务质量：「服务员」、「态度」"
        )
        assert stray_words(result.reason, code="zh_CN") == ()
        assert stray_words(result.explain(), code="zh_CN") == ()


def test_praise_and_suggestion_reasons_in_chinese_R_CMP_01() -> None:
    """R-CMP-01: praise and suggestions name their own category and the words that show them."""
    with language("zh_CN"):
        praise = classify("送餐很快，态度很好", policy=RULES_ONLY)
        assert praise.kind is Kind.PRAISE
        assert praise.reason.startswith("表扬：「送餐很快」、「态度很好」")
        assert praise.reason.endswith("类别其他（表扬一律如此）")
        wish = classify("希望瓶盖能改成好拧一点的", policy=RULES_ONLY)
        assert "所提问题是建议的对象" in wish.reason
        for text in (praise.reason, wish.reason, praise.explain(), wish.explain()):
            assert stray_words(text, code="zh_CN") == ()


def test_no_rule_and_empty_text_reasons_R_CMP_01() -> None:
    """R-CMP-01: a text no rule knows says so; an empty one is nothing to handle."""
    with language("zh_CN"):
        assert classify("ｘｙｚ", policy=RULES_ONLY).reason == (
            "投诉：没有规则识别出这段文字，按投诉稳妥处理；类别其他：未识别出具体对象"
        )
        assert classify("").reason == "空文本：无需处理"
    with language("en_US"):
        assert classify("").reason == "empty text: nothing to handle"


def test_explain_lists_evidence_lines_in_both_languages_R_CMP_02() -> None:
    """R-CMP-02: explain() lists each match, a cancelled one with the words that cancel it."""
    text = "不是质量问题，是服务员态度太差"
    with language("zh_CN"):
        zh = classify(text, policy=RULES_ONLY).explain()
        zh_line = str(classify(text, policy=RULES_ONLY))
    with language("en_US"):
        en = classify(text, policy=RULES_ONLY).explain()
    assert "「pq.defect」[2:6]「质量问题」→ 投诉、产品质量，被「不是」否定，不计" in zh
    assert 'pq.defect [2:6] "质量问题" → complaint, product quality, cancelled by "不是"' in en
    assert zh.splitlines()[0] == zh_line  # str() is the first line (issue 12, audit 4.15)
    assert zh_line.startswith("投诉 / 服务质量 → 营销办（置信度 1.0）（R-CMP-03）：投诉：")
    assert stray_words(zh, code="zh_CN") == ()
    assert stray_words(en, code="en_US") == ()


def test_severity_reason_in_chinese_R_CMP_07() -> None:
    """R-CMP-07: every criterion that fired, in words, with the customer's words quoted."""
    complaint = Complaint(
        received_at=AT,
        channel="电话",
        content="喝了你们的酒拉肚子住院了，已经找了律师",
        complainant="张女士",
        claimed_loss="30000",
    )
    with language("zh_CN"):
        a = assess_severity(complaint, prior_complaint_count=2)
        assert a.reason == (
            "重大：索赔金额（索赔 30000.00 元，达到 10000.00 元）；"
            "人身安全（「拉肚子」、「住院」）；法律行动（「律师」）；重复投诉（此前已投诉 2 次）"
        )
        assert stray_words(a.reason, code="zh_CN") == ()
        calm = attrs.evolve(complaint, content="包装有点旧", claimed_loss="0")
        assert assess_severity(calm).reason == "一般：未触发任何重大投诉标准"


#: The Chinese labels of the classification's own vocabulary, which English names in words.
WORDED_LABELS = frozenset(m.label for cls in (Kind, Category, Severity) for m in cls)


def labels_quoted(line: str, result: Classification) -> list[str]:
    """The labels of a kind, a category or a severity an English ``line`` quotes that are
    not the customer's own words (a text may say 投诉 itself, quoted as evidence)."""
    said = {e.text for e in (*result.evidence, *result.suppressed)}
    return [
        q
        for q in re.findall(r'"([^"]*)"', line)
        if q in WORDED_LABELS and q not in said and q not in result.text
    ]


def test_every_path_names_the_kind_and_category_in_english_R_CMP_01_R_CMP_03() -> None:
    """R-CMP-01, R-CMP-03: in English a kind and a category are words on every path of the
    reason — a rule's, the learned layer's (alone or beside the rules), the default's, a
    rival kind's — and in the answer's head and the evidence lines too, never a Chinese
    label inside an English sentence."""
    # the learned layer names the kind; its category model is off, so no subject is named
    no_subject = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned_category=0)
    with language("en_US"):
        alone, beside = classify("竟然", policy=no_subject), classify("你们的客服")
        quiet, runner, praise = (
            classify("上回那个事"),
            classify("味道还行，就是送得太慢了"),
            classify("态度很好"),
        )
    assert (alone.kind_rule, beside.kind_rule, quiet.kind_rule) == ("learned", "learned", "default")
    assert alone.reason == (
        'complaint: no rule fired; its wording ("竟然") is closest to such texts; '
        "category other: no subject recognised"
    )
    assert beside.reason == (
        'complaint: the wording ("客服") is closest to such texts; category service quality: "客服"'
    )
    assert quiet.reason == (
        "no action: no rule recognised this short text, nor did the learned layer; "
        "category other, as for every text of kind no action"
    )
    assert '"还行" (praise)' in runner.reason
    assert praise.reason.endswith("category other, as for every text of kind praise")
    assert str(beside).startswith("complaint / service quality → marketing office (confidence ")
    with language("en_US"):
        for result in (alone, beside, quiet, runner, praise):
            for line in (str(result), result.explain(), *map(str, result.evidence)):
                assert stray_words(line) == (), line
                assert labels_quoted(line, result) == [], line
    with language("zh_CN"):  # Chinese keeps its labels
        assert classify("竟然", policy=no_subject).reason == (
            "投诉：没有规则识别出这段文字，其措辞（「竟然」）最接近已标注为投诉的文本；"
            "类别其他：未识别出具体对象"
        )


@given(
    st.one_of(
        complaint_texts(kinds=list(Kind)),
        st.text(alphabet="ab 好差不是吗？！，。服务态度退货Ｘ\n", max_size=30),
    )
)
@settings(max_examples=50)
def test_every_classifier_explanation_is_in_one_language(text: str) -> None:
    """Issue 15: reasons, explain(), issues and evidence lines hold one language each."""
    with language("zh_CN"):
        for line in _lines(text):
            assert stray_words(line, code="zh_CN") == (), line
    with language("en_US"):
        result = classify(text)
        for line in _lines(text):
            assert stray_words(line, code="en_US") == (), line
            # the kind, the category and the severity in words, never their labels quoted
            assert labels_quoted(line, result) == [], line


@given(complaints(kinds=list(Kind)), st.integers(0, 3))
@settings(max_examples=30)
def test_every_severity_reason_is_in_one_language(complaint: Complaint, prior: int) -> None:
    """Issue 15: a severity reason holds one language (R-CMP-07)."""
    with language("zh_CN"):
        reason = assess_severity(complaint, prior_complaint_count=prior).reason
        assert stray_words(reason, code="zh_CN") == (), reason
    with language("en_US"):
        reason = assess_severity(complaint, prior_complaint_count=prior).reason
        assert stray_words(reason, code="en_US") == (), reason
