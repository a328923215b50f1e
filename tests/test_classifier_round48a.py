"""Complaints told as a visit missed, a contact or a repair repeated, a harm and who pays for
it, a promise overdue or a use beset with trouble; a neutral 说法 no demand.

The forty-eighth round, the complaint side (R-CMP-01, R-CMP-02): the engineer who never came
(还是没人上门, 放鸽子, didn't show up: ``kind.no-show``); the writer's second or third call
about one matter (这是我第二次打400了: ``kind.contact-again``); a thing repaired or broken
again and again, whatever praise wraps it (修了四次: ``kind.repaired-again``); who pays for an
injury or a loss, asked (医药费谁出？: ``kind.harm-who-pays``); a promise recalled and asked
after (说马上办，办了没有？: ``kind.promise-overdue``); a use beset with trouble (阻碍重重,
问题百出: ``kind.beset``). By the labelling guide each is a complaint (a question that carries
a reported problem is one; so is sarcasm; a mixed text whose problem is its point). ``说法``
counts as a demand only when an account is asked for (给个说法); a neutral 说法 (这个说法对吗)
votes for nothing. The look-alikes stay what they were: a visit asked about or kept, a
second visit to a shop, one repair, a warranty's terms, an ordinary cost asked about, a
promise kept, a hardship of the writer's own.
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

# ---- complaints the new and mended rules read (R-CMP-01) ------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("这是我第二次打400了，还是没人上门", "kind.no-show"),
        ("约好的师傅没上门，电话也不接", "kind.no-show"),
        ("还是没人上门，怎么办？", "kind.no-show"),
        ("安装师傅又放了我们鸽子", "kind.no-show"),
        ("呵呵，师傅说好上午来，到现在都没上门", "kind.no-show"),
        ("The repair engineer didn't show up twice.", "kind.no-show"),
        ("Nobody showed up for the appointment.", "kind.no-show"),
        ("这是我第三次打电话了，问题还没解决", "kind.contact-again"),
        ("已经第二次反馈了，无人处理", "kind.contact-again"),
        ("这手机买了一年修了三次，质量真不行", "kind.repaired-again"),
        (
            "呵呵，真是好品牌啊，买了半年修了四次，售后电话永远打不通，给你们点个赞👍",
            "kind.repaired-again",
        ),
        ("真是好品牌啊，新买的冰箱一个月坏了三次，给你们点个赞👍", "kind.repaired-again"),
        ("私教让我负重深蹲，结果腰扭伤了，医药费谁出？", "kind.harm-who-pays"),
        ("快递丢了，损失谁来承担？", "kind.harm-who-pays"),
        ("领导和我说马上办，请问办了没有？", "kind.promise-overdue"),
        ("之前物业承诺过给小区装电梯，何时安装？", "kind.promise-overdue"),
        ("客服说今天发货，到现在还没发", "kind.promise-overdue"),
        ("页面设计美观，但使用起来阻碍重重", "kind.beset"),
        ("新版本问题百出，天天闪退", "kind.beset"),
        ("你们必须给个说法", "kind.complaint"),
        ("出了这种事，我就想讨个说法", "kind.complaint"),
    ],
)
def test_r_cmp_01_the_forty_eighth_rounds_complaints(text: str, rule: str) -> None:
    """Each text is a complaint with the learned layer and without it, and the rule fired."""
    kind_either_way(text, Kind.COMPLAINT)
    assert rule in _fired(text)


def test_r_cmp_01_a_no_show_and_a_repeated_call_are_no_consultation() -> None:
    """The appliance desk's most common grievance, told without a question word, is no
    longer read as a question (R-CMP-01)."""
    result = classify("这是我第二次打400了，还是没人上门")
    assert result.kind is Kind.COMPLAINT
    assert {"kind.no-show", "kind.contact-again"} <= set(result.fired)


def test_r_cmp_01_sarcastic_praise_round_a_repeated_repair_is_a_complaint() -> None:
    """Praise wrapped round a repair done four times is sarcasm: the kind is a complaint and
    the repeat signal stays (R-CMP-01, the labelling guide: sarcasm is a complaint)."""
    text = "呵呵，真是好品牌啊，买了半年修了四次，售后电话永远打不通，给你们点个赞👍👍👍"
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert "kind.repaired-again" in result.fired
    assert result.category in {Category.SERVICE_QUALITY, Category.REPAIR_QUALITY}


# ---- look-alikes the rules leave alone (R-CMP-01, R-CMP-02) ---------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a visit asked about or kept
        ("师傅能上门吗？", Kind.CONSULTATION),
        ("师傅说今天上门，果然准时到了", Kind.PRAISE),
        ("The engineer showed up on time, great service.", Kind.PRAISE),
        ("What if the engineer doesn't show up?", Kind.CONSULTATION),
        # a second visit to a shop, a second purchase
        ("第二次来这家店了，还是那么好吃", Kind.PRAISE),
        ("买了两次都很满意", Kind.PRAISE),
        # a call asked about
        ("第二次打电话要收费吗？", Kind.CONSULTATION),
        # one repair, a repair that lasted
        ("修了一次就好了，师傅很专业", Kind.PRAISE),
        ("真是好品牌啊，用了五年没坏过，给你们点个赞👍", Kind.PRAISE),
        # a neutral 说法: a wording asked about
        ("这个说法对吗", Kind.CONSULTATION),
        ("官方的说法是什么", Kind.CONSULTATION),
        # a hardship of the writer's own
        ("创业困难重重，感谢你们的支持", Kind.NO_ACTION),
        ("这个系统没有问题重重的感觉，很好用", Kind.PRAISE),
    ],
)
def test_r_cmp_01_look_alikes_keep_their_kind(text: str, kind: Kind) -> None:
    """Each look-alike keeps its kind with the learned layer and without it."""
    kind_either_way(text, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("师傅能上门吗？", "kind.no-show"),
        ("不上门的话怎么处理？", "kind.no-show"),
        ("如果没人上门怎么办", "kind.no-show"),
        ("师傅从不放鸽子，很靠谱", "kind.no-show"),
        ("What if the engineer doesn't show up?", "kind.no-show"),
        ("第二次来这家店了，还是那么好吃", "kind.contact-again"),
        ("第二次打电话要收费吗？", "kind.contact-again"),
        ("不好意思第二次问了，怎么开发票", "kind.contact-again"),
        ("修了一次就好了，师傅很专业", "kind.repaired-again"),
        ("保修期内可免费维修两次", "kind.repaired-again"),
        ("如果修了三次还不好能退吗？", "kind.repaired-again"),
        ("退货运费谁出？", "kind.harm-who-pays"),
        ("如果摔伤了医药费谁出？", "kind.harm-who-pays"),
        ("你们承诺七天无理由退货，怎么申请？", "kind.promise-overdue"),
        ("客服说马上办，果然很快就办好了", "kind.promise-overdue"),
        ("师傅说明天来，还没到时间呢", "kind.promise-overdue"),
        ("创业困难重重，感谢你们的支持", "kind.beset"),
        ("这个系统没有问题重重的感觉，很好用", "kind.beset"),
        ("这个说法对吗", "kind.complaint"),
        ("根据官方的说法，下周就能恢复", "kind.complaint"),
    ],
)
def test_r_cmp_01_look_alikes_do_not_fire_the_rule(text: str, rule: str) -> None:
    """The rule does not fire on a question, a denial, a supposition or a neutral word."""
    assert rule not in classify(text, policy=RULES_ONLY).fired


# ---- invariants (R-CMP-01) ------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_no_show_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 还是没人上门 fires ``kind.no-show``."""
    fires_after_a_sentence("kind.no-show", "还是没人上门", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_repeated_repair_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before it, 修了四次 fires ``kind.repaired-again``."""
    fires_after_a_sentence("kind.repaired-again", "买了半年修了四次", before)
