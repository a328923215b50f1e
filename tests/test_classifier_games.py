"""Game players' messages to a player-support desk: paying pressed on players (骗氪, 逼氪),
cheaters everywhere, a ban called wrong, a reward, a top-up or a redeem code not delivered,
draw rates changed in secret, lag and servers mocked, a price called robbery, a support bot
mocked; a redeem code, points or money exchanged that is no return of goods; the same in
plain English (banned, never received); a stolen thing got back that is no loss.

The kind of a contact is read from its words (R-CMP-01), its category from what it is about
(R-CMP-02, R-CMP-03, the labelling guide's game reviews), the loss signal is a severity hint
(R-CMP-07).
"""

from __future__ import annotations

import pytest
from hypothesis import given

from classifier_checks import RULES_ONLY, SENTENCES, fires_after_a_sentence, kind_either_way
from custops.complaints import Category, Kind, Signal, classify

C, Q = Kind.COMPLAINT, Kind.CONSULTATION
SC, PQ, SQ = Category.SALES_CONTRACT, Category.PRODUCT_QUALITY, Category.SERVICE_QUALITY

# (text, kind, category, the rule that reads it) — gold decided by the labelling guide
COMPLAINTS = [
    # paying pressed on players → sales contract (R-CMP-01, R-CMP-03)
    ("这游戏纯纯骗氪，一个648的礼包啥也没有", C, SC, "game.pay-pressure"),
    ("逼氪逼得太狠了，零氪玩家根本没活路", C, SC, "game.pay-pressure"),
    ("你们诱导小孩充值，我要投诉", C, SC, "game.pay-pressure"),
    # cheaters everywhere → the game's environment, product quality
    ("排位里外挂横行，官方也不管管", C, PQ, "game.cheaters"),
    ("昨晚连续三把遇到透视挂", C, PQ, "game.cheaters"),
    ("匹配到的对手全是脚本，还玩什么", C, PQ, "game.cheaters"),
    ("外掛太多了，根本沒法玩", C, PQ, "game.cheaters"),
    # a ban called wrong → service quality
    ("我的号被误封了，申诉也没人回", C, SQ, "game.wrong-ban"),
    ("從來沒開過外掛，憑什麼封我帳號", C, SQ, "game.wrong-ban"),
    ("莫名其妙被封号七天，我什么都没干", C, SQ, "game.wrong-ban"),
    # a reward, a top-up item or a redeem code not delivered → sales contract
    ("周年活动的奖励到现在还没发，邮件里什么都没有", C, SC, "game.not-received"),
    ("首充送的皮肤一直没到账", C, SC, "game.not-received"),
    ("登录补偿的钻石没收到，麻烦补发", C, SC, "game.not-received"),
    ("兌換碼一直提示無效", C, SC, "game.not-received"),
    ("这个激活码用不了啊", C, SC, "game.not-received"),
    # draw rates changed in secret → sales contract
    ("卡池概率绝对暗改了，连续三百抽没出货", C, SC, "game.rates-changed"),
    # lag and servers mocked → product quality (sarcasm, rhetorical questions)
    ("这服务器是纸糊的吧，一到晚上就掉线", C, PQ, "game.lag-mocked"),
    ("延迟高达500ms，这还怎么玩", C, PQ, "game.lag-mocked"),
    ("感谢策划，让我在团战里体验到了什么叫幻灯片", C, PQ, "game.lag-mocked"),
    # a price called robbery → sales contract
    ("一件时装卖298，怎么不去抢银行", C, SC, "kind.robbery-asked"),
    # a support bot mocked → service quality
    ("客服跟个复读机一样，问什么都是那几句", C, SQ, "game.bot-mocked"),
    ("人工智障客服，能不能换个真人来", C, SQ, "game.bot-mocked"),
    # plain English
    ("My account was permanently banned and I have never used any hacks", C, SQ, "en.banned"),
    ("I was wrongly banned yesterday, please check my appeal", C, SQ, "en.banned"),
    ("I topped up 50 dollars but never received the gems", C, SC, "en.not-received"),
    ("This week's reward pack never arrived", C, SC, "en.not-received"),
]


@pytest.mark.parametrize(("text", "kind", "category", "rule"), COMPLAINTS)
def test_r_cmp_01_03_players_words_read(
    text: str, kind: Kind, category: Category, rule: str
) -> None:
    kind_either_way(text, kind)
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.category is category, (text, policy, result.category)
        assert rule in result.fired, (text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "兑换码在哪里输入",
        "請問禮包碼要去哪裡兌換？",
        "积分可以兑换什么礼品？",
        "请问兑换码怎么用",
    ],
)
def test_r_cmp_01_03_a_redeem_code_or_points_asked_about_is_no_return(text: str) -> None:
    kind_either_way(text, Q)
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.category is not Category.RETURN_EXCHANGE, (text, policy)
        assert "rx.demand" not in result.fired, (text, policy)


def test_r_cmp_03_money_or_points_exchanged_is_no_return_but_goods_exchanged_are() -> None:
    for text in ("我要兑换外币，去哪个柜台", "我想兑换积分", "想换美元"):
        assert "rx.demand" not in classify(text, policy=RULES_ONLY).fired, text
        assert classify(text).category is not Category.RETURN_EXCHANGE, text
    for text in ("我要换货", "我要求换一个新的", "赶紧给我退款"):
        assert "rx.demand" in classify(text, policy=RULES_ONLY).fired, text
        assert classify(text).category is Category.RETURN_EXCHANGE, text


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # asked before it happens, not suffered
        ("这游戏逼氪吗？新手想入坑", "game.pay-pressure"),
        ("想问一下抽卡概率是不是真的暗改了", "game.rates-changed"),
    ],
)
def test_r_cmp_01_asked_about_before_it_happens_is_a_consultation(text: str, rule: str) -> None:
    kind_either_way(text, Q)
    assert classify(text, policy=RULES_ONLY).category is not Category.RETURN_EXCHANGE, rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("这个外挂音箱音质不错", "game.cheaters"),
        ("举报外挂的入口在哪里", "game.cheaters"),
        ("游戏里外挂很少，体验很好", "game.cheaters"),
        ("怎么防止被误封号？", "game.wrong-ban"),
        ("钻石项链已收到，很漂亮", "game.not-received"),
        ("补发的奖励已经收到了，谢谢", "game.not-received"),
        ("奖励都领到了，没问题", "game.not-received"),
        ("概率公示在哪里看", "game.rates-changed"),
        ("做了一份汇报用的ppt", "game.lag-mocked"),
        ("服务器机房在哪个城市", "game.lag-mocked"),
        ("明天去抢购新品", "kind.robbery-asked"),
        ("你好，我想找真人客服咨询一下", "game.bot-mocked"),
        ("The gems arrived, thanks", "en.not-received"),
        ("I wasn't banned, I just forgot my password", "en.banned"),
        ("How can I avoid getting banned?", "en.banned"),
    ],
)
def test_r_cmp_01_near_misses_do_not_fire(text: str, rule: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert rule not in result.fired or result.kind is not C, (text, result.fired)


def test_r_cmp_01_thanks_for_a_reward_re_sent_or_a_ban_asked_about_is_no_complaint() -> None:
    assert classify("补发的奖励已经收到了，谢谢").kind is not C
    assert classify("怎么防止被误封号？").kind is Q
    assert classify("How can I avoid getting banned?").kind is not C


def test_r_cmp_07_a_stolen_thing_got_back_is_no_loss() -> None:
    got_back = classify("感谢客服帮我把被盗的账号找回来了，效率很高")
    assert got_back.kind is Kind.PRAISE
    assert Signal.LOSS not in got_back.signals
    assert Signal.LOSS not in classify("谢谢警察同志，帮我追回了被偷的电动车").signals
    # still lost, or not yet found: a loss
    assert Signal.LOSS in classify("账号被盗了，到现在还没找回来").signals
    assert Signal.LOSS in classify("手机被偷了，报警了也没用").signals


@given(SENTENCES)
def test_r_cmp_01_players_cues_are_read_in_their_own_clause(before: str) -> None:
    fires_after_a_sentence("game.pay-pressure", "骗氪游戏", before)
    fires_after_a_sentence("game.wrong-ban", "我的号被误封了", before)
    fires_after_a_sentence("game.not-received", "活动奖励没发", before)
