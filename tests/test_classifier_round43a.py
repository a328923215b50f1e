"""Complaints told between the lines: a merit conceded, staff cold to the customer, a mediocre
set phrase, a thing that will not go away, a thing pressed on the customer, a place called
cramped, a shortfall politely put and a grievance asked (issue 13).

The forty-third round, the complaint side (R-CMP-01, R-CMP-02): a merit granted with 倒是 to set
it against the rest (包装倒是挺精致的，可…: ``kind.conceded-merit``); staff who would not look at
or answer the customer (爱答不理, 摆臭脸, 没什么笑脸: ``kind.cold-staff``); a mediocre verdict in
a set phrase or with a shrug (平平无奇, 乏善可陈, 也就那么回事, 一般而已: ``kind.verdict``); a
thing that will not go away (卸载不掉, 关不掉, 洗不掉: ``kind.cannot``); a thing pressed on the
customer (非要我办会员卡, 什么都要会员: ``kind.imposed``); a place called cramped, noisy or worn
however mildly (略显局促, 有点嘈杂: ``kind.cramped``); short of the mark (差点儿火候, 差了点意思:
``kind.falls-short``) or open to question (值得商榷, 值得怀疑: ``kind.open-to-question``); and a
grievance asked, not a question (有完没完, 谁有那么多时间…, 有这么做生意的吗:
``kind.rhetorical``, ``kind.not-for-humans``).
The look-alikes stay what they were: the writer's own view (我倒是觉得), a merit taken further
(倒是…，而且…), another firm's staff set against this one's, an emoji, 中规中矩, a memory
that stays, a colour that does not run, a reviewer's hedge (硬要说缺点的话), a condition (如果
非要选), a crowd denied or avoided, and a request for a hand (谁有时间帮我看一下).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import (
    RULES_ONLY,
    SENTENCES,
    complaint_either_way,
    fires_after_a_sentence,
    kind_either_way,
)
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- a merit conceded with 倒是 (kind.conceded-merit) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("包装倒是挺精致的，可里面的蛋糕已经压扁了", Category.PRODUCT_QUALITY),
        ("价格倒是便宜，就是用了两天按键就松了", Category.PRODUCT_QUALITY),
        ("房间倒是干净，空调却一直漏水", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_01_a_merit_conceded_is_a_complaint(text: str, category: Category) -> None:
    """The concession weighs 2: it tips a text whose fault is read, the fault's rule names it."""
    complaint_either_way(text)
    result = classify(text)
    assert result.category is category
    assert "kind.conceded-merit" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "味道倒是不错。",
        "价格倒是便宜。",
        "这家民宿倒是挺干净，老板也热情，推荐。",
        "环境倒是挺安静",
    ],
)
def test_r_cmp_01_a_concession_with_nothing_set_against_it_is_no_complaint(text: str) -> None:
    """A merit granted with nothing after it, or taken further with 也, concedes nothing."""
    assert "kind.conceded-merit" not in _fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


def test_r_cmp_01_a_harm_beside_a_conceded_merit_still_names_the_kind() -> None:
    """The concession is a weak vote: the harm it stands beside is the reason given."""
    result = classify("喝了这家的奶茶拉肚子了，店员态度倒是挺好")
    assert result.kind is Kind.COMPLAINT
    assert result.kind_rule != "kind.conceded-merit"


@pytest.mark.parametrize(
    "text",
    ["我倒是觉得这家的面条挺好吃的", "反倒是最便宜的那款最好用", "位置倒是很方便，而且早餐也丰盛"],
)
def test_r_cmp_01_the_writers_view_or_a_merit_taken_further_stays_praise(text: str) -> None:
    """我倒是 is the writer's own view, 反倒是 makes the merit the point, 而且 adds to it."""
    kind_either_way(text, Kind.PRAISE)
    assert "kind.conceded-merit" not in _fired(text)


# ---- staff cold to the customer (kind.cold-staff) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "问了三遍，柜台的小姑娘爱答不理的",
        "前台一直摆臭脸，问个事情都没什么表情",
        "前台全程没有一点笑容",
    ],
)
def test_r_cmp_01_staff_cold_to_the_customer_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.SERVICE_QUALITY
    assert "kind.cold-staff" in result.fired


def test_r_cmp_01_another_firms_cold_staff_set_against_this_one_is_no_cold_staff() -> None:
    text = "不像上次那家店的服务员爱答不理，这里很周到"
    assert classify(text).kind is Kind.PRAISE
    assert "kind.cold-staff" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "他们家的店员从来不会不理人，很热情",
        "聊天的时候没有表情包可以发吗？",
        "我以为服务员会爱答不理，没想到很热情。",
        "这次客服没有爱答不理，很快就帮我解决了。",
        "别家都爱答不理，就这家热情。",
        "朋友说这家店“爱答不理”，我去了发现服务挺好的。",
        "本以为前台会甩脸色，结果小姑娘一直笑着解释",
    ],
)
def test_r_cmp_01_a_smile_never_missing_or_an_emoji_is_no_cold_staff(text: str) -> None:
    """Also a cold manner denied, only expected, another firm's, or quoted from others."""
    assert "kind.cold-staff" not in _fired(text)


def test_r_cmp_01_cold_staff_expected_and_not_found_stays_praise() -> None:
    assert classify("我以为服务员会爱答不理，没想到很热情。").kind is Kind.PRAISE


def test_r_cmp_01_an_emoji_asked_about_stays_a_question() -> None:
    kind_either_way("聊天的时候没有表情包可以发吗？", Kind.CONSULTATION)


# ---- a mediocre verdict in a set phrase or with a shrug (kind.verdict) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "这家的招牌菜也就那么回事",
        "套餐里的甜品平平无奇",
        "讲座内容乏善可陈",
        "这款面膜用下来感觉一般而已",
        "酒店早餐很一般啦",
    ],
)
def test_r_cmp_01_a_mediocre_verdict_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.verdict" in _fired(text)


def test_r_cmp_01_a_sound_choice_called_conventional_stays_praise() -> None:
    """中规中矩 is said as often of a safe choice as of a dull one: no verdict word."""
    text = "这件外套的款式中规中矩，穿着挺舒服"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.verdict" not in _fired(text)


def test_r_cmp_01_generally_is_no_mediocre_verdict() -> None:
    assert "kind.verdict" not in _fired("一般呢，三天就能到")


# ---- a thing that will not go away (kind.cannot) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["手机自带的浏览器卸载不掉", "弹窗广告怎么都关不掉", "衣服上的油渍洗了三次都洗不掉"],
)
def test_r_cmp_01_a_thing_that_will_not_go_away_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.PRODUCT_QUALITY
    assert "kind.cannot" in result.fired


def test_r_cmp_01_a_colour_that_does_not_run_stays_praise() -> None:
    text = "这条裤子洗了很多次都不掉色"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.cannot" not in _fired(text)


def test_r_cmp_01_a_taste_that_stays_in_the_memory_is_no_failure() -> None:
    assert "kind.cannot" not in _fired("这碗汤的味道让人忘不掉")


# ---- a thing pressed on the customer (kind.imposed) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["我只想买一瓶水，店员非要我办会员卡", "快递员硬要我下楼去拿", "现在这个软件什么都要会员"],
)
def test_r_cmp_01_a_thing_pressed_on_the_customer_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.imposed" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "硬要说缺点的话，就是颜色少了点",
        "如果非要选一家，我还是选这家",
        "除非要加急，一般三天到货。",
        "我并非要投诉，只是问一下发票怎么开。",
        "这款手机并非要多贵才好用，性价比很高。",
        "无非要多等两天而已，不着急",
    ],
)
def test_r_cmp_01_a_hedge_or_a_condition_presses_nothing(text: str) -> None:
    """Nor 非要 inside 除非要 (unless), 并非要 / 无非要 (not that)."""
    assert "kind.imposed" not in _fired(text)


def test_r_cmp_01_unless_rushed_is_no_complaint() -> None:
    assert classify("除非要加急，一般三天到货。").kind is Kind.NO_ACTION
    kind_either_way("我并非要投诉，只是问一下发票怎么开。", Kind.CONSULTATION)


# ---- a place called cramped, noisy or worn (kind.cramped) -----------------------------------


@pytest.mark.parametrize("text", ["大堂有点嘈杂，房间也略显局促", "候车室比较拥挤，座椅很破旧"])
def test_r_cmp_01_a_place_called_cramped_or_worn_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.PRODUCT_QUALITY
    assert "kind.cramped" in result.fired


def test_r_cmp_01_a_crowd_denied_stays_praise() -> None:
    text = "周末去人也不拥挤，环境很安静"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.cramped" not in _fired(text)


def test_r_cmp_01_a_crowd_avoided_is_no_fault() -> None:
    assert "kind.cramped" not in _fired("提前出门以免拥挤")


# ---- a grievance asked (kind.rhetorical, kind.not-for-humans) --------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("天天推送广告，有完没完", "kind.rhetorical"),
        ("退个款要跑五趟，谁有那么多时间陪你们耗", "kind.rhetorical"),
        ("有这么做生意的吗？收了钱不发货", "kind.not-for-humans"),
        ("哪有这样对待老顾客的？", "kind.not-for-humans"),
    ],
)
def test_r_cmp_01_a_grievance_asked_is_a_complaint(text: str, rule: str) -> None:
    complaint_either_way(text)
    assert rule in _fired(text)


@pytest.mark.parametrize("text", ["哪有这样的好店！", "哪有这么良心的商家，下次还来"])
def test_r_cmp_01_a_good_thing_marvelled_at_is_no_grievance(text: str) -> None:
    assert "kind.not-for-humans" not in _fired(text)


def test_r_cmp_01_a_request_for_a_hand_stays_a_question() -> None:
    text = "谁有时间帮我看一下订单？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.rhetorical" not in _fired(text)


# ---- short of the mark, a practice open to question (kind.falls-short, kind.open-to-question)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("这道红烧肉差点儿火候，肉还是柴的", "kind.falls-short"),
        ("新版本的界面总是差了点意思", "kind.falls-short"),
        ("停车场按小时收费的做法值得商榷", "kind.open-to-question"),
        ("这份体检报告的结论值得怀疑", "kind.open-to-question"),
    ],
)
def test_r_cmp_01_a_shortfall_or_a_doubt_politely_put_is_a_complaint(text: str, rule: str) -> None:
    complaint_either_way(text)
    assert rule in _fired(text)


def test_r_cmp_01_almost_making_a_gesture_falls_short_of_nothing() -> None:
    """差点 as "almost" (差点意思一下) is no shortfall."""
    assert "kind.falls-short" not in _fired("饭后我差点意思一下就走了")


@pytest.mark.parametrize(
    "text", ["评论里都说“差点意思”，我吃了觉得还不错。", "听说这家差点意思，去了发现挺好吃"]
)
def test_r_cmp_01_a_shortfall_quoted_from_others_is_not_the_writers(text: str) -> None:
    assert "kind.falls-short" not in _fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.PRAISE


def test_r_cmp_01_a_thing_worth_mentioning_stays_praise() -> None:
    text = "值得一提的是早餐很丰盛"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.open-to-question" not in _fired(text)


# ---- invariants ------------------------------------------------------------------------------


_CUES = {
    "前台爱答不理": "kind.cold-staff",
    "浏览器卸载不掉": "kind.cannot",
    "店员非要我办卡": "kind.imposed",
    "房间略显局促": "kind.cramped",
    "天天推送，有完没完": "kind.rhetorical",
    "包装倒是挺精致，可惜压扁了": "kind.conceded-merit",
}


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(_CUES)),
    SENTENCES,
)
def test_r_cmp_01_a_new_cue_fires_whatever_sentence_comes_before(cue: str, before: str) -> None:
    """The cues are read in their own clause: a sentence before them, ended by 。, changes
    nothing of their match."""
    fires_after_a_sentence(_CUES[cue], cue, before)
