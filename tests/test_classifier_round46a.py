"""Complaints told as an unfair practice, goods spoilt, a thing never come or worse and worse.

The forty-sixth round, the complaint side (R-CMP-01, R-CMP-02): an unfair practice of the
firm named, or a demand that it keep its contract (这属于捆绑销售吧, 我要求按合同执行:
``kind.unfair-practice``); some of the goods arrived spoilt or damaged, counted (有三个是烂的:
``kind.some-spoiled``); a thing awaited that never came, told with 直到/始终/到最后 (直到我们走
都没上: ``kind.never-came``); a thing told worse at every turn (越做越难吃, now read by
``kind.verdict``). By the labelling guide a text that names an unfair practice of the firm and
demands a remedy is a complaint, and so is a problem told and closed with a polite call to
put it right. The look-alikes stay what they were: a practice asked about or denied
(请问有没有捆绑销售？, 从不搞捆绑销售), goods none of which is spoilt or whose damage
the firm made good, a trouble that never came (到最后都没出过问题), a thing getting better
(越来越好).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import (
    RULES_ONLY,
    SENTENCES,
    complaint_either_way,
    fires_after_a_sentence,
    kind_either_way,
)
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- complaints the new rules read (R-CMP-01) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("办宽带非要搭售一张电话卡，这属于捆绑销售吧", "kind.unfair-practice"),
        ("买车被强制搭售保险，我要求按合同执行", "kind.unfair-practice"),
        ("健身房的退费规定就是霸王条款", "kind.unfair-practice"),
        ("合同写的是免费安装，请你们按合同履行", "kind.unfair-practice"),
        ("当初说好的赠品一直没给，要求兑现承诺", "kind.unfair-practice"),
        ("驾校强制捆绑收了五百块补训费，这算是霸王条款吗？", "kind.unfair-practice"),
        ("橙子个头不小，有三个是烂的", "kind.some-spoiled"),
        ("一箱鸡蛋里有好几个碎了", "kind.some-spoiled"),
        ("收到的葡萄其中一串发霉了", "kind.some-spoiled"),
        ("报修电话打了，始终没有人来修", "kind.never-came"),
        ("发票催了好几次，到最后也没给我", "kind.never-came"),
        ("这家店的面越做越难吃了", "kind.verdict"),
        ("app越更新越卡", "kind.verdict"),
        ("服务越来越差，价格越来越贵", "kind.verdict"),
    ],
)
def test_r_cmp_01_the_forty_sixth_rounds_complaints(text: str, rule: str) -> None:
    """Each text is a complaint with the learned layer and without it, and the rule fired."""
    complaint_either_way(text)
    assert rule in _fired(text)


def test_r_cmp_01_a_thing_never_come_is_a_complaint_despite_a_polite_wish() -> None:
    """A thing awaited that never came, closed with a polite wish, is a complaint (the labelling
    guide: a problem told and closed with a call to put it right); the rule fires and its
    complaint is what the classifier answers with the learned layer (R-CMP-01)."""
    text = "点的咖啡直到我们走都没上，希望下次改进"
    assert classify(text).kind is Kind.COMPLAINT
    assert "kind.never-came" in _fired(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("买车被强制搭售保险，我要求按合同执行", Category.SALES_CONTRACT),
        ("橙子个头不小，有三个是烂的", Category.PRODUCT_QUALITY),
        ("报修电话打了，始终没有人来修", Category.REPAIR_QUALITY),
        ("这家店的面越做越难吃了", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_02_the_new_complaints_keep_their_subject(text: str, category: Category) -> None:
    """The category comes from the subject the text names, whatever cue made it a complaint."""
    assert classify(text).category is category


# ---- the look-alikes (R-CMP-01) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a practice asked about: a question; denied: praise
        ("请问办宽带有没有捆绑销售？", Kind.CONSULTATION),
        ("我想咨询一下按合同执行需要什么材料", Kind.CONSULTATION),
        ("这家店从不搞捆绑销售，很良心", Kind.PRAISE),
        # no goods spoilt, or the damage made good: praise; a damage supposed: a question
        ("没有一个坏的，都很新鲜", Kind.PRAISE),
        ("一个都没坏，包装很好", Kind.PRAISE),
        ("有两个运输磕碰了，不过客服马上补发了，很满意", Kind.PRAISE),
        ("如果有一个坏了可以换吗？", Kind.CONSULTATION),
        # a letdown that never came: praise
        ("始终没有让我失望", Kind.PRAISE),
    ],
)
def test_r_cmp_01_look_alikes_keep_their_kind(text: str, kind: Kind) -> None:
    """Near-misses keep their kind with the learned layer and without it."""
    kind_either_way(text, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("这家店从不搞捆绑销售，很良心", "kind.unfair-practice"),
        ("这算不算霸王条款？", "kind.unfair-practice"),
        ("我想咨询一下按合同执行需要什么材料", "kind.unfair-practice"),
        ("没有一个坏的，都很新鲜", "kind.some-spoiled"),
        ("一个都没坏，包装很好", "kind.some-spoiled"),
        ("如果有一个坏了可以换吗？", "kind.some-spoiled"),
        ("有两个运输磕碰了，不过客服马上补发了，很满意", "kind.some-spoiled"),
        ("用了一年，到最后都没出过问题", "kind.never-came"),
        ("始终没有让我失望", "kind.never-came"),
        ("如果到最后还没收到怎么办？", "kind.never-came"),
        ("点的鸡翅到最后也没上，经理来道歉了，还送了饮料", "kind.never-came"),
        ("味道越来越好了", "kind.verdict"),
        ("孩子的成绩越来越好，谢谢老师", "kind.verdict"),
        ("问题越来越少了，点赞", "kind.verdict"),
    ],
)
def test_r_cmp_01_look_alikes_do_not_fire(text: str, rule: str) -> None:
    """The new rules stay silent on a practice denied or asked whether it is one, goods none
    of which is spoilt or made good, a trouble that never came, a lack made good and a thing
    getting better."""
    assert rule not in _fired(text)


def test_r_cmp_01_a_practice_asked_about_is_set_aside() -> None:
    """A practice asked about in general is evidence without a complaint vote: the question
    decides (R-CMP-01)."""
    result = classify("请问办宽带有没有捆绑销售？", policy=RULES_ONLY)
    found = [e for e in result.evidence if e.rule_id == "kind.unfair-practice"]
    assert found
    assert all(e.kind is None for e in found)
    assert result.kind is Kind.CONSULTATION


@settings(max_examples=30, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_the_cues_are_read_in_their_own_clause(before: str) -> None:
    """Whatever sentence comes first, the cues fire on their own sentence (property)."""
    fires_after_a_sentence("kind.unfair-practice", "这属于捆绑销售吧", before)
    fires_after_a_sentence("kind.some-spoiled", "有三个是烂的", before)
    fires_after_a_sentence("kind.never-came", "直到下飞机都没拿到", before)
    fires_after_a_sentence("kind.verdict", "越做越差", before)
