"""Praise told in constructions no rule read, and wishes that were none (issue 13).

The forty-third round, the other kinds (R-CMP-01, R-CMP-02): a thing said to make the writer
feel good (真叫人开心, 令人感动: ``pr.feel-good``); an idiom of praise, a merit that wins over a
drawback conceded before it, full marks given (是一绝, 杠杠的, 但胜在…, 绝对100分:
``pr.merit-idiom``); the thing itself called so good in passing (这么好的老师:
``pr.so-good-a``); the only thing not liked, a satisfied customer's small gripe (唯一不太好的
就是…: ``pr.minor``); a bad word said of the other thing inside a comparison (比隔壁那家垃圾店
好吃多了: ``pr.general`` sets the complaint words inside it aside); full marks only when given,
not the scale a score is told on (如果100分是满分); and 希望 and 最好 a wish only as verbs
(希望增加…, 最好能…), not the hope one has (看到了希望, 别抱太大希望) nor the superlative
(最好吃的, 最好的酒店).  The look-alikes stay what they were: a feeling sought or negated, a
relief that mends nothing (好在), a choice weighed for someone else, a merit wasted, a thing
wished for or doubted, the other thing said better than this one, and real proposals.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- the thing said to make the writer feel good (pr.feel-good) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这家民宿的老板特别热情，住得真叫人开心",
        "客服一步步教我设置，真是令人感动",
        "医生讲解得很耐心，让人很安心",
        "吃完让人很开心",
        "这样的服务真让我感动",
        # hope given back: a patient's thanks for a result
        "谢谢李医生，让我又看到了希望",
    ],
)
def test_r_cmp_01_a_good_feeling_given_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.feel-good" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a thing sought or missed that would do so: a description, no verdict of this one
        "现在让人安心的牛奶太少了",
        # a request: the calm is what the writer wants, not what was given
        "能不能快点回复，好让我安心",
        # negated: no praise (and left to the other rules to weigh)
        "整体不算让人惊喜，也不致于失望",
        "治了半年还是没看到希望",
        # the feeling denied after it
        "这家店真让人开心不起来。",
        "这样的售后实在让人安心不了",
    ],
)
def test_r_cmp_01_a_good_feeling_sought_or_denied_is_no_praise_vote(text: str) -> None:
    assert "pr.feel-good" not in _fired(text)


def test_r_cmp_01_a_good_feeling_denied_after_it_is_no_praise() -> None:
    assert classify("这家店真让人开心不起来。").kind is not Kind.PRAISE


def test_r_cmp_01_a_good_feeling_sought_leaves_the_complaint() -> None:
    complaint_either_way("现在让人安心的牛奶太少了")


def test_r_cmp_01_a_request_for_calm_is_no_praise() -> None:
    assert classify("能不能快点回复，好让我安心").kind is not Kind.PRAISE


# ---- idioms, a merit that wins, full marks (pr.merit-idiom) -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这家的烤鸭真是一绝",
        # traditional characters read as simplified
        "這家的烤鴨真是一絕",
        "品質槓槓的",
        "老街口那家的豆腐脑是一绝",
        "屏幕显示效果杠杠的，续航也够用",
        "房间不大，但胜在干净安静",
        "虽然离市区远一点，胜在停车方便",
        "价格是贵，但赢在售后省心",
        "这家店的酸菜鱼绝对100分",
        "客服小姐姐太耐心了，给她打100分",
    ],
)
def test_r_cmp_01_an_idiom_of_praise_or_a_winning_merit_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.merit-idiom" in _fired(text)


def test_r_cmp_01_a_choice_weighed_for_someone_else_is_no_praise() -> None:
    # 胜在 with no drawback conceded before it: two cars set side by side for a reader
    text = "这两款车各有千秋，森林人胜在通过性，途观胜在空间"
    kind_either_way(text, Kind.NO_ACTION)
    assert "pr.merit-idiom" not in _fired(text)


def test_r_cmp_01_a_relief_is_no_winning_merit() -> None:
    # 好在 softens what went wrong; it praises nothing in itself
    text = "好在客服态度还行，但收到的杯子是碎的，要求换货"
    complaint_either_way(text)
    assert "pr.merit-idiom" not in _fired(text)
    assert classify(text).category is Category.RETURN_EXCHANGE


def test_r_cmp_01_a_scale_told_is_no_full_marks() -> None:
    text = "如果100分是满分，我只能给60分"
    fired = _fired(text)
    assert "pr.merit-idiom" not in fired
    assert "pr.general" not in fired
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "每月套餐给100分钟通话，流量10G。",
        "这个月给100分钟通话吗？",
        "签到说给100分积分，结果没到账。",
        "新套餐送话费，再给100分钟国内通话",
        "这家店第一绝对不要点他们的招牌菜，太咸了。",
        "网上说他家做工“一绝”，是真的吗？",
        "听说这里的羊肉串是一绝，是不是真的？",
    ],
)
def test_r_cmp_01_minutes_points_or_an_idiom_asked_about_are_no_praise(text: str) -> None:
    """给100分钟 and 100分积分 are quantities, 第一绝对 holds no 一绝, and an idiom heard and
    asked about in its sentence is no verdict."""
    assert "pr.merit-idiom" not in _fired(text)


def test_r_cmp_01_an_idiom_heard_and_asked_about_is_a_consultation() -> None:
    assert classify("网上说他家做工“一绝”，是真的吗？").kind is Kind.CONSULTATION


def test_r_cmp_01_full_marks_given_in_words_stay_praise() -> None:
    text = "给老师满分，讲得太清楚了"
    kind_either_way(text, Kind.PRAISE)
    assert "pr.general" in _fired(text)


def test_r_cmp_01_an_idiom_denied_is_a_complaint() -> None:
    text = "味道不是一绝，只能说普通"
    complaint_either_way(text)
    assert classify(text).category is Category.PRODUCT_QUALITY


# ---- the thing called so good in passing (pr.so-good-a) -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这么好的老师，讲得又清楚又有趣",
        "如此用心的产品真不多见了",
        "宝宝很喜欢这么好玩的游戏",
        "服务这么好的酒店，下次还住",
    ],
)
def test_r_cmp_01_a_thing_called_so_good_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.so-good-a" in _fired(text)


def test_r_cmp_01_a_merit_wasted_stays_a_complaint() -> None:
    text = "白瞎了这么好的食材，做得一塌糊涂"
    complaint_either_way(text)
    assert "pr.so-good-a" not in _fired(text)


def test_r_cmp_01_a_good_thing_wished_for_is_a_suggestion() -> None:
    text = "要是有这么好的服务就好了"
    kind_either_way(text, Kind.SUGGESTION)
    assert "pr.so-good-a" not in _fired(text)


def test_r_cmp_01_a_good_thing_doubted_stays_a_complaint() -> None:
    text = "哪有这么好的店，全是托"
    complaint_either_way(text)
    assert "pr.so-good-a" not in _fired(text)


# ---- the other thing compared (pr.general overrides) --------------------------------------


def test_r_cmp_01_a_bad_word_about_the_other_thing_is_no_complaint() -> None:
    text = "比隔壁那家垃圾店好吃多了，以后就认准这家"
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).kind_rule.startswith("pr.")


@pytest.mark.parametrize(
    "text",
    [
        "垃圾，比之前的版本差多了",
        # the other one said better than this one
        "垃圾软件，别家的都比它好用多了",
    ],
)
def test_r_cmp_01_a_comparison_against_this_one_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert classify(text).category is Category.PRODUCT_QUALITY


# ---- the only thing not liked (pr.minor) ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "房间宽敞干净，唯一不太好的就是隔音差一点",
        "早餐丰富，服务热情，唯一不喜欢的是停车位少",
    ],
)
def test_r_cmp_01_the_only_thing_not_liked_is_a_small_gripe(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.minor" in _fired(text)


# ---- 希望 and 最好 a wish only as verbs (kind.wish) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "谢谢王医生，让我重新看到了希望",
        "充满希望的一年，祝大家新年快乐",
        "别抱太大希望",
        "这是我吃过最好吃的一家米线",
        "这是全城最好的酒店，服务一流",
        "吃了三个月药还是没看到希望，复诊也没解释。",
        "孩子的病治好有希望，感谢李医生。",
        "这是我穿过最好穿的鞋子。",
        "这是我住过最好的酒店。",
        "这是我坐过最好坐的一趟高铁",
    ],
)
def test_r_cmp_01_a_hope_had_or_a_superlative_is_no_wish(text: str) -> None:
    assert "kind.wish" not in _fired(text)
    assert classify(text).kind is not Kind.SUGGESTION


@pytest.mark.parametrize(
    "text",
    [
        "这是我吃过最好吃的一家米线",
        "这是全城最好的酒店，服务一流",
        "这是我住过最好的酒店。",
        "这是我用过最满意的一台洗衣机",
    ],
)
def test_r_cmp_01_a_superlative_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)


@pytest.mark.parametrize(
    "text",
    [
        "希望早餐能增加几样粥",
        "最好能在门口加个雨棚",
        "你们最好把营业时间延长到十点",
    ],
)
def test_r_cmp_02_a_wish_put_with_a_verb_stays_a_suggestion(text: str) -> None:
    kind_either_way(text, Kind.SUGGESTION)
    assert "kind.wish" in _fired(text)
    assert classify(text).category is Category.PROPOSAL_CRITICISM


# ---- properties ---------------------------------------------------------------------------

_FEELINGS = ("开心", "安心", "感动", "惊喜", "暖心", "难忘")
_THINGS = ("牛奶", "商家", "服务", "地方", "产品", "菜")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("让人", "令人", "叫人", "让我")),
    st.sampled_from(_FEELINGS),
    st.sampled_from(_THINGS),
)
def test_r_cmp_01_a_feeling_that_describes_a_thing_is_never_a_verdict(
    verb: str, feeling: str, thing: str
) -> None:
    """让人安心的牛奶, 令人感动的服务: 的 makes the feeling a description, never the verdict."""
    assert "pr.feel-good" not in _fired(f"现在{verb}{feeling}的{thing}太少了")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("吃", "用", "看", "玩", "喝", "的")),
    st.sampled_from(_THINGS),
)
def test_r_cmp_01_a_superlative_is_never_a_wish(tail: str, thing: str) -> None:
    """最好吃的菜, 最好的服务: the superlative praises or compares, it proposes nothing."""
    text = f"这是本地最好{tail}{'' if tail == '的' else '的'}{thing}"
    assert "kind.wish" not in _fired(text)


@pytest.mark.parametrize("text", ["吃了会让人开心吗", "这家的烤鸭是一绝吗", "真有这么好的老师吗"])
def test_r_cmp_01_the_new_praise_asked_about_is_a_consultation(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
