"""Texts that are no complaint: a neutral purchase told, gratitude, a praise word's look-alike.

The forty-eighth round, the side of praise and of nothing to handle (R-CMP-01, R-CMP-02):
the whole text a neutral statement of when or where the goods were bought (这车是去年买的:
``kind.bought-where``, no_action); the writer moved or grateful, money's worth, every request
met (感动, 感恩, 值回票价, 有求必应: ``pr.moved``, praise); 喜欢 in a relative clause naming a
thing and 赞 in 赞助 (我喜欢吃的饼干, 乳企赞助的: ``kind.praise-lookalike``, no_action); a form
or a deposit handed in, told as done (我刚刚提交了, 申请过了哦: ``kind.own-doing``, no_action);
a question opened by 请问 with no question mark, closed with thanks (请问…是否…。感谢:
``kind.thanked-question``, consultation). By the labelling guide each is what the rule says.
The look-alikes stay what they were: a fault told after the purchase, a question, a praise
verdict with 喜欢, a feeling denied, a submission that failed, a failure asked about.
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

# ---- what the new and mended rules read (R-CMP-01) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("这台洗衣机是前年在国美买的", Kind.NO_ACTION, "kind.bought-where"),
        ("手机是给我爸买的", Kind.NO_ACTION, "kind.bought-where"),
        ("这双鞋是上个月在专卖店买的", Kind.NO_ACTION, "kind.bought-where"),
        ("车是去年十月提的", Kind.NO_ACTION, "kind.bought-where"),
        ("师傅上门修好了还没收钱，太让人感动了", Kind.PRAISE, "pr.moved"),
        ("非常感恩护士们的照顾", Kind.PRAISE, "pr.moved"),
        ("这场演出值回票价", Kind.PRAISE, "pr.moved"),
        ("前台小姐姐有求必应", Kind.PRAISE, "pr.moved"),
        ("店长帮我们找回了钱包，真的很感动", Kind.PRAISE, "pr.moved"),
        ("今天买了一盒我喜欢吃的饼干", Kind.NO_ACTION, "kind.praise-lookalike"),
        ("路过超市顺手买了我喜欢喝的酸奶", Kind.NO_ACTION, "kind.praise-lookalike"),
        ("这届运动会是一家乳企赞助的", Kind.NO_ACTION, "kind.praise-lookalike"),
        ("周末去看了喜欢的乐队演出", Kind.NO_ACTION, "kind.praise-lookalike"),
        ("我刚刚提交了", Kind.NO_ACTION, "kind.own-doing"),
        ("昨天付了定金了", Kind.NO_ACTION, "kind.own-doing"),
        ("申请过了哦", Kind.NO_ACTION, "kind.own-doing"),
    ],
)
def test_r_cmp_01_the_forty_eighth_rounds_texts(text: str, kind: Kind, rule: str) -> None:
    """Each text is of its kind with the learned layer and without it, and the rule decided
    it (R-CMP-01); praise and texts with nothing to handle take the category other
    (R-CMP-02)."""
    kind_either_way(text, kind)
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind_rule == rule, (text, policy)
        assert result.category is Category.OTHER, (text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "请问地铁站附近有无单车停放点。谢谢",
        "想问一下这个活动什么时候结束，谢谢",
        "请问这款手机是否支持双卡。感谢",
    ],
)
def test_r_cmp_01_a_question_without_a_mark_closed_with_thanks(text: str) -> None:
    """A question opened by 请问 or 想问 and asked by a question word, closed with thanks, is
    a consultation with the learned layer and without it: the thanks is its politeness
    (R-CMP-01)."""
    kind_either_way(text, Kind.CONSULTATION)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind_rule == "kind.thanked-question", text


def test_r_cmp_01_a_look_alike_outweighs_no_praise_word_it_holds() -> None:
    """喜欢 in 我喜欢吃的 and 赞 in 赞助 are no praise: ``pr.general`` does not count inside
    the look-alike (R-CMP-01)."""
    for text in ("今天买了一盒我喜欢吃的饼干", "这届运动会是一家乳企赞助的"):
        assert "pr.general" not in _fired(text), text


# ---- the look-alikes keep their kind (R-CMP-01) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "silent"),
    [
        # a fault told after the purchase: the statement is not the whole text
        ("这台洗衣机是前年买的，现在转不动了", Kind.COMPLAINT, "kind.bought-where"),
        # the purchase asked about
        ("是不是在你们店买的？", Kind.CONSULTATION, "kind.bought-where"),
        ("这是在哪买的", Kind.CONSULTATION, "kind.bought-where"),
        # the feeling or the worth denied
        ("一点都不感动，剧情太假了", Kind.COMPLAINT, "pr.moved"),
        ("票价这么贵，根本不值回票价", Kind.COMPLAINT, "pr.moved"),
        # the merit asked about
        ("你们的客服有求必应吗？", Kind.CONSULTATION, "pr.moved"),
        # 喜欢 as a verdict: with 是, a degree word, or recommending the goods to buyers
        ("是我喜欢的颜色，做工也好", Kind.PRAISE, "kind.praise-lookalike"),
        ("最喜欢的就是他家的早餐", Kind.PRAISE, "kind.praise-lookalike"),
        ("喜欢的朋友赶紧下单吧", Kind.PRAISE, "kind.praise-lookalike"),
        ("很喜欢这款耳机", Kind.PRAISE, "kind.praise-lookalike"),
        ("点赞，服务很好", Kind.PRAISE, "kind.praise-lookalike"),
        # a submission asked about or gone wrong, a deposit paid and the goods not sent
        ("提交过了吗", Kind.CONSULTATION, "kind.own-doing"),
        ("我刚刚提交了，为什么显示失败", Kind.COMPLAINT, "kind.own-doing"),
        ("定金昨天就付了，到现在还没发货", Kind.COMPLAINT, "kind.own-doing"),
        # a failure asked about with 请问 and thanks: the problem is the point
        ("请问你们怎么还不退款，谢谢", Kind.COMPLAINT, "kind.thanked-question"),
    ],
)
def test_r_cmp_01_the_near_misses_keep_their_kind(text: str, kind: Kind, silent: str) -> None:
    """A near miss keeps its kind with the learned layer and without it, and the new or
    mended rule does not decide it (R-CMP-01)."""
    kind_either_way(text, kind)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind_rule != silent, (text, policy)


def test_r_cmp_01_a_broken_thing_bought_is_no_neutral_statement() -> None:
    """A fault named in the subject (坏的那台) keeps ``kind.bought-where`` silent (R-CMP-01)."""
    assert "kind.bought-where" not in _fired("坏的那台是昨天买的")


# ---- invariants (Hypothesis) ----------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_a_look_alike_is_read_after_any_sentence(before: str) -> None:
    """R-CMP-01: ``kind.praise-lookalike`` reads 我喜欢吃的饼干 whatever sentence comes before."""
    fires_after_a_sentence("kind.praise-lookalike", "买了一盒我喜欢吃的饼干", before)


@settings(max_examples=40, deadline=None)
@given(after=SENTENCES)
def test_r_cmp_01_a_purchase_told_with_more_after_it_is_no_neutral_statement(after: str) -> None:
    """R-CMP-01: ``kind.bought-where`` reads only a whole text; with a clause after it the
    statement is the background of what follows, and the rule stays silent."""
    statement = "这车是去年买的"
    assert "kind.bought-where" in classify(statement, policy=RULES_ONLY).fired
    if after:
        text = f"{statement}，{after}"
        assert "kind.bought-where" not in classify(text, policy=RULES_ONLY).fired, text


# ---- a word that opens with 毛 holds no hair (R-CMP-01, R-CMP-07) ----------------------------


@pytest.mark.parametrize("text", ["房间干净，还有毛毯和拖鞋，很贴心", "卫生间备有毛巾和浴袍"])
def test_r_cmp_07_a_blanket_or_a_towel_is_no_hair_in_the_food(text: str) -> None:
    """R-CMP-07: 有毛 inside 有毛毯 / 有毛巾 is no foreign body: no safety signal."""
    assert not classify(text).signals
    assert "sig.foreign-body" not in _fired(text)
    assert "pq.harm" not in _fired(text)


def test_r_cmp_01_praise_that_names_a_blanket_stays_praise() -> None:
    """R-CMP-01: the hotel's praise is praise, not a complaint about hair."""
    kind_either_way("房间干净，还有毛毯和拖鞋，很贴心", Kind.PRAISE)


@pytest.mark.parametrize("text", ["汤里有毛，恶心死了", "毛肚里有毛"])
def test_r_cmp_07_hair_in_the_food_stays_a_foreign_body(text: str) -> None:
    """R-CMP-07: the hair itself is still read, even beside a dish whose name opens with 毛."""
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert {s.value for s in result.signals} == {"safety"}
