"""The non-complaint side of the forty-first round (issue 13).

Praise in formal or bookish words (服务佳, 设计较好, 无微不至, 耳目一新, 一目了然) is praise; a
verdict the writer only guesses at (应该挺好的, 应该不错吧) is nothing to handle, as is a review
put off in other words (安装后再评论); a chat's questions without a question mark — a guess put
to the desk for confirmation (…对吧, …是吧), which carrier, what a term means, how to get a
thing done (怎样才能…) — are consultations.  Each is read by its words (R-CMP-01, R-CMP-02); the
look-alikes — a fault (服务欠佳), a superlative in a description (最佳位置), a wish, an
indignant question, a verdict given beside the guess — keep their reading.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, fired, kind_either_way
from custops.complaints import Kind, classify

# ---- praise in formal or bookish words (pr.formal-good) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "前台服务佳，入住很快",
        "这款耳机音质极佳",
        "医生态度甚佳，讲解耐心",
        "外观设计较好，续航能力较强",
        "酒店地点较好，出门就是地铁",
        "空乘对老人照顾得无微不至",
        "新版界面让人耳目一新",
        "还款计划一目了然",
        "这家店口碑甚佳",
        "这家店的菜品很有创意",
    ],
)
def test_r_cmp_01_praise_in_formal_words_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.formal-good" in fired(text)
    assert classify(text).category.value == "other"


@pytest.mark.parametrize(
    "text",
    [
        "服务欠佳，等了快一个小时",
        "效果不佳，用了一个月一点变化都没有",
    ],
)
def test_r_cmp_01_a_quality_called_poor_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "pr.formal-good" not in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a superlative in a description, 比较好 of a choice, a question, a wish
        "这里是拍照的最佳位置",
        "网页还比较好用",
        "选位置较好的那家就行",
    ],
)
def test_r_cmp_01_look_alikes_of_formal_praise_do_not_fire_it(text: str) -> None:
    assert "pr.formal-good" not in fired(text)


def test_r_cmp_02_a_quality_wished_for_is_a_suggestion_not_praise() -> None:
    text = "希望账单页面能做得一目了然一点"
    kind_either_way(text, Kind.SUGGESTION)
    assert classify(text).category.value == "proposal_criticism"
    assert "pr.formal-good" not in classify(text).fired


def test_r_cmp_01_a_question_about_formal_praise_is_asked() -> None:
    assert classify("账单页面一目了然吗？", policy=RULES_ONLY).kind is Kind.CONSULTATION


@given(
    st.sampled_from(["服务", "态度", "口碑", "音质", "效果", "环境"]),
    st.sampled_from(["", "极", "颇", "甚", "非常", "都"]),
)
def test_r_cmp_01_any_quality_called_good_in_the_written_word_is_praise(
    subject: str, degree: str
) -> None:
    assert classify(f"{subject}{degree}佳", policy=RULES_ONLY).kind is Kind.PRAISE
    assert classify(f"{subject}欠佳", policy=RULES_ONLY).kind is not Kind.PRAISE


# ---- a verdict the writer only guesses at (kind.guess) --------------------------------------


@pytest.mark.parametrize("text", ["听同事说的，应该不错吧", "给我妈买的，应该是不错的"])
def test_r_cmp_01_a_guessed_verdict_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    result = classify(text)
    assert result.kind_rule == "kind.guess"
    assert result.category.value == "other"


def test_r_cmp_01_a_guess_the_learned_layer_outweighs_is_read_so_by_the_rules() -> None:
    """The rules read the guess as nothing to handle; the learned layer's praise vote may
    outweigh it (a guess beside 挺好), but never turns it into a complaint."""
    text = "帮朋友买的，应该挺好的"
    rules = classify(text, policy=RULES_ONLY)
    assert (rules.kind, rules.kind_rule) == (Kind.NO_ACTION, "kind.guess")
    assert classify(text).kind in (Kind.NO_ACTION, Kind.PRAISE)


def test_r_cmp_01_a_verdict_given_beside_a_guess_stays_praise() -> None:
    text = "这个口味很好吃，别的口味应该也不错"
    kind_either_way(text, Kind.PRAISE)
    assert "pr.goods" in fired(text)


def test_r_cmp_01_what_someone_ought_to_do_is_no_guess() -> None:
    text = "你们应该好好反省一下，服务太差了"
    complaint_either_way(text)
    assert "kind.guess" not in fired(text)


def test_r_cmp_01_a_guess_asked_of_other_buyers_is_no_praise() -> None:
    # (the guide makes it a consultation; the rules read the guess, not yet the question)
    text = "应该不错吧？有人用过吗"
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is not Kind.PRAISE


# ---- a review put off (kind.pending) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["还没安装，装好了再来评论", "刚收到，用几天再评论"],
)
def test_r_cmp_01_a_review_put_off_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.pending" in fired(text)


def test_r_cmp_01_a_fault_beside_a_review_put_off_stays_a_complaint() -> None:
    complaint_either_way("屏幕有坏点，质量太差了，用几天再评论")


# ---- a chat's questions without a question mark (kind.question-mark) ------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("下单以后就不用再付运费了对吧", None),
        ("今天拍明天就能到是吧", None),
        ("你们一般发什么快递", "sales_contract"),
        ("什么叫分期免息", None),
        ("怎样才能提高信用额度", None),
    ],
)
def test_r_cmp_01_a_chat_question_without_a_question_mark_is_a_consultation(
    text: str, category: str | None
) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    result = classify(text, policy=RULES_ONLY)
    assert "kind.question-mark" in result.fired
    if category is not None:
        assert result.category.value == category


def test_r_cmp_01_an_indignant_how_could_you_is_no_how_to_question() -> None:
    text = "你们怎么能这样对待顾客"
    complaint_either_way(text)
    assert "kind.question-mark" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_what_a_term_means_told_to_someone_is_not_asked() -> None:
    text = "你先去搞懂什么叫售后服务"
    assert "kind.question-mark" not in classify(text, policy=RULES_ONLY).fired
