"""Complaints told as help withheld, an attempt come to nothing, sarcasm or a spoilt use.

The forty-seventh round, the complaint side (R-CMP-01, R-CMP-02): help the firm withheld
(一直不帮我处理, 师傅不肯帮我装: ``kind.complaint``); an attempt that came to nothing
(协商未果, 反映了也没下文: ``kind.came-to-nothing``); bitter sarcasm about how the customer
was treated (效率真是没谁了, 真有你们的: ``kind.sarcasm``), and bitter thanks beside it or
beside help withheld, which no longer counts as an acknowledgement (``kind.thanks`` silenced);
a fault told by what it spoils for the writer (影响休息: ``kind.spoils-use``); a bare sneer
(结果就这？: ``kind.rhetorical``); an expectation told with 以为会 (``kind.expectation-missed``);
set phrases of disappointment and worth denied politely (不尽如人意, 不太值: ``kind.verdict``).
By the labelling guide each is a complaint. The look-alikes stay what they were: help asked
for (能不能帮我处理一下？), plain thanks, 没谁了 said in admiration, a result asked about, a
use not spoilt or only feared for, an expectation met.
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
        ("物业一直不帮我们处理楼上漏水的事", "kind.complaint"),
        ("售后就是不帮忙换新的", "kind.complaint"),
        ("装空调的师傅不肯帮我装支架", "kind.complaint"),
        ("跟商家协商退款未果", "kind.came-to-nothing"),
        ("反映了三次都没下文", "kind.came-to-nothing"),
        ("找客服好几次也没结果", "kind.came-to-nothing"),
        ("给店家留言石沉大海", "kind.came-to-nothing"),
        ("快递员的态度也是没谁了", "kind.sarcasm"),
        ("真有你们的，订单说取消就取消", "kind.sarcasm"),
        ("这个耳机的降噪不尽如人意", "kind.verdict"),
        ("买这个按摩仪纯属交智商税", "kind.verdict"),
        ("这个价格感觉不太值", "kind.verdict"),
        ("手机用了半年就卡成狗", "kind.verdict"),
        ("楼下的噪音挺影响休息的", "kind.spoils-use"),
        ("闪退这么频繁，已经影响到我的工作了", "kind.spoils-use"),
        ("排了两个小时的队，结果就这？", "kind.rhetorical"),
        ("以为会很好用，结果天天死机", "kind.expectation-missed"),
    ],
)
def test_r_cmp_01_the_forty_seventh_rounds_complaints(text: str, rule: str) -> None:
    """Each text is a complaint with the learned layer and without it, and the rule fired."""
    kind_either_way(text, Kind.COMPLAINT)
    assert rule in _fired(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("谢谢你们的售后，一直不帮我解决", Category.SERVICE_QUALITY),
        ("这客服的效率真是没谁了，谢谢你们啊", Category.SERVICE_QUALITY),
    ],
)
def test_r_cmp_01_bitter_thanks_is_a_complaint(text: str, category: Category) -> None:
    """Thanks beside help withheld or a sarcasm is no acknowledgement: the thanks is silenced
    (suppressed evidence) and the text is a complaint about the service (R-CMP-01, R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text)
    assert result.category is category
    assert "kind.thanks" not in result.fired
    assert "kind.thanks" in {e.rule_id for e in result.suppressed}


def test_r_cmp_02_an_attempt_come_to_nothing_keeps_its_subject() -> None:
    """A refund sought and not obtained is a complaint about a return or refund (R-CMP-02)."""
    result = classify("跟商家协商退款未果", policy=RULES_ONLY)
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.RETURN_EXCHANGE)


# ---- the look-alikes stay what they were (R-CMP-01) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("能不能帮我处理一下退款？", Kind.CONSULTATION),
        ("你们会帮我安装吗？", Kind.CONSULTATION),
        ("协商没结果怎么办？", Kind.CONSULTATION),
        ("晚上开着会影响睡眠吗？", Kind.CONSULTATION),
        ("就这样吗？设置完就能用了？", Kind.CONSULTATION),
        ("谢谢客服耐心解答", Kind.PRAISE),
        ("这师傅的手艺真是没谁了，太好吃了", Kind.PRAISE),
        ("这家店的服务也是没谁了，超级贴心", Kind.PRAISE),
        ("以为会很方便，果然很方便", Kind.PRAISE),
        ("还以为会很难吃，其实挺好吃", Kind.PRAISE),
        ("谢谢", Kind.NO_ACTION),
    ],
)
def test_r_cmp_01_look_alikes_keep_their_kind(text: str, kind: Kind) -> None:
    """Help asked for, a result or a harm asked about, plain thanks, 没谁了 in admiration and
    an expectation met are no complaints, with the learned layer and without it."""
    kind_either_way(text, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("能不能帮我处理一下退款？", "kind.complaint"),
        ("帮不帮我装都行", "kind.complaint"),
        ("谢谢，不用帮我处理了", "kind.complaint"),
        ("搜了半天没结果", "kind.came-to-nothing"),
        ("有没有结果？", "kind.came-to-nothing"),
        ("颜值也是没谁了", "kind.sarcasm"),
        ("这家店的服务也是没谁了，超级贴心", "kind.sarcasm"),
        ("外观有个小划痕，不影响使用", "kind.spoils-use"),
        ("怕影响休息，晚上就没开", "kind.spoils-use"),
        ("椅子有点旧，看上去有点影响心情", "kind.spoils-use"),
        ("就这样吗？", "kind.rhetorical"),
        ("还以为会很难用", "kind.expectation-missed"),
    ],
)
def test_r_cmp_01_the_new_cues_stay_silent_on_near_misses(text: str, rule: str) -> None:
    """A question, help declined by the writer, a search of their own, 没谁了 of looks or
    in praise, a use not spoilt, feared for or spoilt a little, and a guess corrected: the
    cue does not fire."""
    assert rule not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_plain_thanks_keeps_its_vote() -> None:
    """Plain thanks still counts as thanks (kind.thanks fires, not silenced)."""
    assert "kind.thanks" in _fired("谢谢客服耐心解答")
    assert "kind.thanks" in _fired("好的，收到，谢谢")
    assert "kind.thanks" in _fired("特别感谢王医生")  # 特别 holds no 别 that negates it


@settings(max_examples=30, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_the_new_cues_fire_after_any_sentence(before: str) -> None:
    """Each new cue is read in its own clause whatever sentence comes before it."""
    fires_after_a_sentence("kind.came-to-nothing", "多次协商无果", before)
    fires_after_a_sentence("kind.spoils-use", "严重影响休息", before)
    fires_after_a_sentence("kind.sarcasm", "这服务真是没谁了", before)
