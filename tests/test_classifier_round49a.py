"""Complaints told as a member of staff who failed the writer, food called bad, delays that
keep coming, a boycott called, or a lukewarm verdict on the whole, in reviews that praise
much else.

The forty-ninth round, the complaint side (R-CMP-01, R-CMP-02): a named member of staff who
stood idle, would not help, showed no apology or was plainly bad to the writer (空服人员站着
发呆，也不会帮你; 保安就很差: ``kind.staff-failed-me``); the food or the meal called bad
without softening (餐点越来越难吃: ``kind.food-bad``); delays that keep coming (经常延误:
``kind.often-late``); a boycott of the firm or its goods (坚决抵制, 珍惜生命，远离X:
``kind.boycott``); a lukewarm verdict on the whole (总体来说性价比一般, 中规中矩:
``kind.so-so-overall``). By the labelling guide each is a complaint even beside praise: a
staff member's rudeness or neglect named in an otherwise positive review is a failure the
writer wants handled; 不够 / 有待改善 about what is served stays a complaint; separate
incidents of one failure are a complaint; 一般 / 中规中矩 as the overall verdict is one. The
look-alikes stay what they were: staff praised, a fault denied or supposed, a delay feared or
excused, a temptation resisted, a side dish judged lukewarm in a warm review.
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

# ---- complaints the new rules read (R-CMP-01) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("座位很宽敞，餐食也不错，可是空姐站着发呆，看我搬行李也不会帮忙", "kind.staff-failed-me"),
        ("房间干净，位置方便，就是前台服务态度很差", "kind.staff-failed-me"),
        ("环境和菜都挺好，但门口的保安就很差，像打手一样", "kind.staff-failed-me"),
        ("登机很快，飞机也新，可惜柜台职员回来补查证件时毫无歉意", "kind.staff-failed-me"),
        ("航班准时，座椅舒服，就是一路都有乘务员躲在后舱聊天", "kind.staff-failed-me"),
        ("服务员很不耐烦，问两句就甩脸", "kind.staff-failed-me"),
        ("空服人員很親切，價格划算，但是對於這家的餐點越來越覺得難吃", "kind.food-bad"),
        ("环境安静，服务周到，可惜饭菜实在难以下咽", "kind.food-bad"),
        ("商务舱座位很舒服，但是餐点真的不好吃", "kind.food-bad"),
        ("菜不怎么好吃，就是包装挺好看", "kind.food-bad"),
        ("飞机新，服务也很好，但这条线时常会遇到延误，转机很赶", "kind.often-late"),
        ("經常延遲，希望改善，座位倒是寬敞", "kind.often-late"),
        ("几乎每次坐这家都遇到delay，这次又是", "kind.often-late"),
        ("这种黑心企业，大家一起抵制！", "kind.boycott"),
        ("珍惜生命，远离这个牌子的奶粉", "kind.boycott"),
        ("出了这么大的事还死不认错", "kind.boycott"),
        ("总体来说感觉性价比一般，菜量也少", "kind.so-so-overall"),
        ("座位还行，餐点普通，整体的感受就是中规中矩", "kind.so-so-overall"),
        ("一般般吧，玩了两个小时就没兴趣了", "kind.so-so-overall"),
    ],
)
def test_r_cmp_01_the_forty_ninth_rounds_complaints(text: str, rule: str) -> None:
    """Each text is a complaint with the learned layer and without it, and the rule fired."""
    kind_either_way(text, Kind.COMPLAINT)
    assert rule in _fired(text)


def test_r_cmp_01_a_staff_failure_outweighs_a_warm_review() -> None:
    """A member of staff who failed the writer, named in a review that praises the seats, the
    plane and the charging, makes it a complaint about the service (R-CMP-01, R-CMP-02)."""
    text = (
        "空服人员站着发呆，看到你举行李力不从心也不会帮你，比较冷淡。其他一般都不错，"
        "新飞机设计也比之前好，座位舒适一点，也有USB插头，挺贴心。整体上不错"
    )
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.kind_rule == "kind.staff-failed-me"
    assert result.category is Category.SERVICE_QUALITY


def test_r_cmp_02_food_called_bad_is_a_product_quality_complaint() -> None:
    """Food called bad beside praise of the crew is a product-quality complaint (R-CMP-02)."""
    result = classify("空姐很亲切，价格也划算，但机上餐点越来越难吃", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY


# ---- look-alikes the rules leave alone (R-CMP-01) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("服务员很热情，菜也好吃，下次还来", Kind.PRAISE),
        ("其他菜也都不错，没有不好吃的，推荐", Kind.PRAISE),
        ("航班很准时，从不晚点，空姐也亲切", Kind.PRAISE),
        ("远离市区，很安静，房间也干净，很满意", Kind.PRAISE),
    ],
)
def test_r_cmp_01_look_alikes_keep_their_kind(text: str, kind: Kind) -> None:
    """Each look-alike keeps its kind with the learned layer and without it."""
    kind_either_way(text, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # staff praised, denied at fault, supposed at fault, or another firm's
        ("服务员很热情，态度非常好", "kind.staff-failed-me"),
        ("服务员从来不会不耐烦", "kind.staff-failed-me"),
        ("如果前台态度差怎么投诉？", "kind.staff-failed-me"),
        ("不像别家服务员态度很差，这家很好", "kind.staff-failed-me"),
        # food denied bad, asked about, softened in passing
        ("其他菜也都不错，没有不好吃的", "kind.food-bad"),
        ("这家的早餐难吃吗？", "kind.food-bad"),
        ("听说这里的菜难吃，去了发现还不错", "kind.food-bad"),
        ("有道菜稍微有点差，其他都很好", "kind.food-bad"),
        # a delay feared, rare, asked about or excused
        ("这班会不会经常延误？", "kind.often-late"),
        ("很少延误，准点率很高", "kind.often-late"),
        ("怕经常晚点，所以选了早班", "kind.often-late"),
        ("这条线经常延误，我估计是机场饱和，未必是航空公司的问题", "kind.often-late"),
        # a temptation resisted, a place far from the town
        ("要学会抵制诱惑", "kind.boycott"),
        ("酒店远离市区，环境清幽", "kind.boycott"),
        ("大家没必要抵制，理性看待", "kind.boycott"),
        # a side dish judged lukewarm, a whole judged well, a lukewarm verdict taken back
        ("其他菜一般，招牌菜很好吃", "kind.so-so-overall"),
        ("总体来说很满意", "kind.so-so-overall"),
        ("整体并不一般，很有特色", "kind.so-so-overall"),
        ("总体中规中矩，但服务很好，值得推荐", "kind.so-so-overall"),
    ],
)
def test_r_cmp_01_look_alikes_do_not_fire_the_rule(text: str, rule: str) -> None:
    """The rule does not fire on praise, a denial, a question, a supposition or a side."""
    assert rule not in classify(text, policy=RULES_ONLY).fired


# ---- invariants (R-CMP-01) ------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_staff_failure_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 门口的保安就很差 fires ``kind.staff-failed-me``."""
    fires_after_a_sentence("kind.staff-failed-me", "门口的保安就很差", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_food_called_bad_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 餐点真的不好吃 fires ``kind.food-bad``."""
    fires_after_a_sentence("kind.food-bad", "商务舱的餐点真的不好吃", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_delays_that_keep_coming_are_read_in_their_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 经常延误 fires ``kind.often-late``."""
    fires_after_a_sentence("kind.often-late", "这条航线经常延误", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_boycott_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 坚决抵制 fires ``kind.boycott``."""
    fires_after_a_sentence("kind.boycott", "这种企业坚决抵制", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_lukewarm_overall_verdict_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 总体来说性价比一般 fires ``kind.so-so-overall``."""
    fires_after_a_sentence("kind.so-so-overall", "总体来说感觉性价比一般", before)
