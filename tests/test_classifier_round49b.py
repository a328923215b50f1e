"""Texts read as complaints that are praise or have nothing to handle.

The forty-ninth round, the side of praise and of nothing to handle (R-CMP-01, R-CMP-02):
a sight or a thing called beautiful in the bare word (太美了, 一个字美, 美翻了:
``pr.beautiful``, praise); a learner's gain told with its object (明白一些理论基础, 摸出一些
东西了, 涨知识了: ``pr.learned``, praise); a routine action asked of the desk with nothing
wrong reported (申请了 麻烦退款, 帮我取消吧: ``kind.errand``, no_action). By the labelling
guide each is what the rule says. The look-alikes stay what they were: the word inside a
name (美团, 美的), a price called so in jest, a text that tells a fault beside the bare
word, a chat's "I see" (我明白了), an order to learn (你先弄明白…), a request beside a fault,
a failure or a question.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import (
    RULES_ONLY,
    SENTENCES,
    fires_after_a_sentence,
    kind_either_way,
)
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- what the new rules read (R-CMP-01) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("湖边的晚霞太美了", Kind.PRAISE, "pr.beautiful"),
        ("山青水绿，一个字美！", Kind.PRAISE, "pr.beautiful"),
        ("婚纱照拍得美翻了", Kind.PRAISE, "pr.beautiful"),
        ("穿上这条裙子美美的", Kind.PRAISE, "pr.beautiful"),
        ("古镇的夜景真的好美", Kind.PRAISE, "pr.beautiful"),
        ("听了三节课，弄懂了不少原理", Kind.PRAISE, "pr.learned"),
        ("跟着视频练了一个月，摸出一些门道了", Kind.PRAISE, "pr.learned"),
        ("课本上没讲透的，全在这门课里补上了", Kind.PRAISE, "pr.learned"),
        ("看完这期节目涨知识了", Kind.PRAISE, "pr.learned"),
        ("这套教程让我收获了很多实用的技能", Kind.PRAISE, "pr.learned"),
        ("已经提交申请了 麻烦帮我退款", Kind.NO_ACTION, "kind.errand"),
        ("好的那帮我取消吧", Kind.NO_ACTION, "kind.errand"),
        ("会员是误开的 申请退订 谢谢", Kind.NO_ACTION, "kind.errand"),
        ("那就分开发货吧", Kind.NO_ACTION, "kind.errand"),
    ],
)
def test_r_cmp_01_the_forty_ninth_rounds_texts(text: str, kind: Kind, rule: str) -> None:
    """Each text is of its kind with the learned layer and without it, and the rule fired
    (R-CMP-01)."""
    kind_either_way(text, kind)
    assert rule in classify(text, policy=RULES_ONLY).fired, text


@pytest.mark.parametrize("text", ["湖边的晚霞太美了", "听了三节课，弄懂了不少原理"])
def test_r_cmp_02_praise_of_nothing_named_takes_other(text: str) -> None:
    """Praise that names no product, contract or service takes the category other (R-CMP-02)."""
    assert classify(text, policy=RULES_ONLY).category is Category.OTHER


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("风景一点都不美", "pr.beautiful"),
        ("在这个班学了半年也没长见识", "pr.learned"),
    ],
)
def test_r_cmp_01_the_praise_denied_is_a_complaint(text: str, rule: str) -> None:
    """The bare beauty word or the learner's gain under a negation is a complaint: the
    writer denies the merit (R-CMP-01)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, text
    assert result.kind_rule != rule or rule in result.fired, text


# ---- the look-alikes keep their kind (R-CMP-01) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "silent"),
    [
        # 美 inside a name or a word, a price called so in jest
        ("用美团点的外卖，一个小时才送到，饭都凉了", Kind.COMPLAINT, "pr.beautiful"),
        ("美的空调用了一年就不制冷了", Kind.COMPLAINT, "pr.beautiful"),
        ("价格很美，服务却很差", Kind.COMPLAINT, "pr.beautiful"),
        # a fault told beside the bare word: the other votes decide
        ("景色很美，但是门口排队两个小时，工作人员还很凶", Kind.COMPLAINT, "pr.beautiful"),
        # asked about
        ("那里的风景美吗？", Kind.CONSULTATION, "pr.beautiful"),
        # a chat's "I see" and an order to learn are no learner's gain
        ("我明白了，谢谢", Kind.NO_ACTION, "pr.learned"),
        ("学会了吗？", Kind.CONSULTATION, "pr.learned"),
        # a request beside a fault, a failure or a question
        ("东西坏了，麻烦退款", Kind.COMPLAINT, "kind.errand"),
        ("退订失败，麻烦帮我退订", Kind.COMPLAINT, "kind.errand"),
        ("可以帮我取消订单吗？", Kind.CONSULTATION, "kind.errand"),
        ("都一个星期了还没到账，麻烦退款", Kind.COMPLAINT, "kind.errand"),
    ],
)
def test_r_cmp_01_the_near_misses_keep_their_kind(text: str, kind: Kind, silent: str) -> None:
    """A near miss keeps its kind under the rules alone, and the new rule does not decide it
    (R-CMP-01)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is kind, text
    assert result.kind_rule != silent, text


def test_r_cmp_01_an_order_to_learn_is_no_gain() -> None:
    """你先弄明白… tells someone what to learn: ``pr.learned`` stays silent (R-CMP-01)."""
    assert "pr.learned" not in _fired("你先弄明白什么叫全时四驱")


# ---- invariants (Hypothesis) ----------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_the_beauty_word_is_read_after_any_sentence(before: str) -> None:
    """R-CMP-01: ``pr.beautiful`` reads 风景太美了 in its own clause whatever comes before."""
    fires_after_a_sentence("pr.beautiful", "风景太美了", before)


@settings(max_examples=40, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_the_learners_gain_is_read_after_any_sentence(before: str) -> None:
    """R-CMP-01: ``pr.learned`` reads 摸出一些门道了 in its own clause whatever comes before."""
    fires_after_a_sentence("pr.learned", "摸出一些门道了", before)


@settings(max_examples=40, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_an_errand_beside_a_failure_is_no_errand(before: str) -> None:
    """R-CMP-01: whatever comes before, a request told beside a failure (退款失败) is never
    read as a plain errand, and the errand alone is always read."""
    # (a 不 in the sentence may negate the request or make 不了, a failure: silenced)
    errand = classify(f"{before}。麻烦退款", policy=RULES_ONLY)
    assert "不" in before or "kind.errand" in errand.fired, before
    text = f"{before}。退款失败了，麻烦退款"
    assert classify(text, policy=RULES_ONLY).kind_rule != "kind.errand", text
