"""Praise with one small fault softened, and a fault denied with its cause (issue 13).

The forty-seventh round, the side of what is no complaint (R-CMP-01, R-CMP-02): a verdict in
praise, then after 就是/只是/不过/但是/可惜 one fault told softened (有点, 有些, 稍微, 略, 不太)
in the text's last clauses (耳机音质很好，就是线有点短: ``pr.softened-fault``) — the labelling
guide's lukewarm verdicts, "还不错/挺好，就是X" is praise; and a failure denied together with
the cause that might have brought it (店员并没有因为我们只点了一杯咖啡就冷落我们:
``pr.not-because``) — the fault words inside it are what did not happen, the text commends what
held up. Both take the category ``other``, as praise does.
The look-alikes stay what they were: the praise negated (不好吃，不太好用, 没有以前好吃), a
lukewarm 还行 (还行吧，就是有点贵), a fault told bluntly (挺好的，就是太贵了), a fault that is
the text's point (味道不错，但是送了两个小时), a harm or a demand told after the fault, sarcasm
(好评！就是蟑螂有点多), a question about what a cause may bring (会不会因为逾期就影响征信？)
and a cause that did bring the fault (因为下雨就不送货了).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import SENTENCES, fires_after_a_sentence, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- a praise verdict, then one small fault softened (R-CMP-01, R-CMP-02) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "耳机音质很好，就是线有点短",
        "房间很干净，服务也热情，只是隔音稍微差了一点",
        "面条挺好吃的，不过汤有些咸",
        "软件挺好用，就是启动有点慢。",
        "衣服很漂亮，但是袖子略长",
        "老师讲得很仔细，就是语速有点快，偶尔跟不上",
        "价格实惠，量也足，可惜饮料不太冰",
        "台灯亮度很舒服，就是开关有点硬",
    ],
)
def test_r_cmp_01_praise_with_one_softened_fault_is_praise(text: str) -> None:
    """R-CMP-01: a verdict in praise with one fault told softened at the text's end is praise
    (labelling guide: 还不错，就是X), whatever the learned layer makes of the fault's words;
    R-CMP-02: it takes ``other``."""
    kind_either_way(text, Kind.PRAISE)
    assert "pr.softened-fault" in _fired(text)
    assert classify(text).category is Category.OTHER


@pytest.mark.parametrize(
    "text",
    [
        # the praise negated or set below the past
        "不好吃，就是有点贵",
        "不太好用，就是有点卡",
        "没有以前好吃，就是有点咸",
        "不是很漂亮，就是有点贵",
        # a lukewarm verdict (labelling guide: 还行，就是X is a complaint about X)
        "还行吧，就是有点贵",
        # a fault told bluntly, and a fault that is the text's point (the guide's own example)
        "挺好的，就是太贵了",
        "味道不错，但是送了两个小时，饭都凉了",
    ],
)
def test_r_cmp_01_a_negated_lukewarm_or_blunt_verdict_is_still_a_complaint(text: str) -> None:
    """R-CMP-01: with the praise negated, a verdict only lukewarm or the fault told without a
    softener, the text stays a complaint and ``pr.softened-fault`` stays silent."""
    kind_either_way(text, Kind.COMPLAINT)
    assert "pr.softened-fault" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a harm told after the fault (labelling guide, mixed texts: safety wins)
        "服务很好，就是上菜有点慢，而且菜是凉的，汤里还有头发",
        # a demand told after the fault
        "包装很漂亮，就是里面的东西有点少，还破了两个，我要退货",
        # sarcasm: a 好评 set over vermin
        "好评！就是蟑螂有点多",
    ],
)
def test_r_cmp_01_a_harm_a_demand_or_sarcasm_outweighs_the_softened_fault(text: str) -> None:
    """R-CMP-01: the rule may read these, but a harm, a demand or vermin told with it still
    make the text a complaint."""
    kind_either_way(text, Kind.COMPLAINT)


@pytest.mark.parametrize(
    "text",
    ["不是很好用，就是有点卡，希望能改进", "没那么好用，就是有点卡，希望能改进"],
)
def test_r_cmp_01_a_verdict_negated_before_its_degree_word_is_no_praise(text: str) -> None:
    """R-CMP-01: 不是很好用 and 没那么好用 negate the praise word with its degree word; the text
    is no praise and ``pr.softened-fault`` stays silent."""
    assert "pr.softened-fault" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


def test_r_cmp_01_a_softened_fault_asked_about_is_not_read() -> None:
    """R-CMP-01: a question after the fault (能便宜点吗？) leaves ``pr.softened-fault``
    silent: the text does not end on the fault."""
    assert "pr.softened-fault" not in _fired("东西挺好，就是有点贵，能便宜点吗？")


def test_r_cmp_01_praise_alone_is_no_softened_fault() -> None:
    """R-CMP-01: praise with no fault after it is praise by the other rules, not this one."""
    kind_either_way("挺好用的", Kind.PRAISE)
    assert "pr.softened-fault" not in _fired("挺好用的")


@settings(max_examples=40, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_a_softened_fault_is_read_after_any_sentence(before: str) -> None:
    """R-CMP-01: ``pr.softened-fault`` reads the verdict and its fault at the text's end
    whatever sentence comes before."""
    fires_after_a_sentence("pr.softened-fault", "耳机音质很好，就是线有点短", before)


# ---- a fault denied with its likely cause (R-CMP-01, R-CMP-02) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "店员并没有因为我们只点了一杯咖啡就冷落我们",
        "分量并不会因为用了优惠券而减少",
        "丝毫没有因为下雨而耽误送货，赞",
        "师傅没有因为下班了就不管，一直修到晚上九点",
    ],
)
def test_r_cmp_01_a_fault_denied_with_its_cause_is_praise(text: str) -> None:
    """R-CMP-01: a failure denied with the cause that might have brought it commends what held
    up: praise, the fault words inside it (冷落, 不管) being what did not happen; R-CMP-02: it
    takes ``other``."""
    kind_either_way(text, Kind.PRAISE)
    assert "pr.not-because" in _fired(text)
    assert classify(text).category is Category.OTHER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what a cause may bring, asked: a consultation
        ("会不会因为逾期就影响征信？", Kind.CONSULTATION),
        ("没有因为我是老客户就给优惠吗？", Kind.CONSULTATION),
        # a cause that did bring the fault: a complaint
        ("因为下雨就不送货了，太过分了", Kind.COMPLAINT),
        ("因为是团购就态度差，什么店啊", Kind.COMPLAINT),
    ],
)
def test_r_cmp_01_a_cause_asked_about_or_a_fault_it_brought_is_not_denied(
    text: str, kind: Kind
) -> None:
    """R-CMP-01: a question about what a cause may bring, and a fault a cause did bring, are
    no denial; ``pr.not-because`` stays silent."""
    kind_either_way(text, kind)
    assert "pr.not-because" not in _fired(text)


def test_r_cmp_01_a_warning_not_to_be_swayed_is_no_denial() -> None:
    """R-CMP-01: 不要因为…就… warns another customer; ``pr.not-because`` stays silent."""
    assert "pr.not-because" not in _fired("不要因为便宜就买这家的东西")
