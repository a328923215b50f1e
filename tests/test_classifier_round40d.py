"""The fortieth round's kind rules mended where they misread ordinary language (issue 13).

A weak vote for a neutral description (a car's specifications, a place as a guidebook
tells it) no longer outvotes the complaint a short text tells beside a verdict or a fault;
a forum reply is read as asking when its own sentence asks, and as the writer's own
complaint when they report the same fault; a limit, a price or opening hours asked back is
a consultation, not a failure to mend; a fault asked about, the idiom 最大的缺点就是没有缺点
and a satisfied customer's one regret are no main fault; urging and bargaining are no plain
chat step; 就是好 before a fault is sarcasm and 「X也好，Y也好」 means "whether X or Y"; a
plain request and a text with the writer's own proposal are no wish to mend a problem; why
only N with a wish after it, and how-to with a failure told after it, are left to the rules
they belong to (R-CMP-01).  What a member of staff said (客服讲的) is no lesson (R-CMP-02).

Each case is read by the rules alone: the learned layer is retrained on them afterwards.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, fired
from custops.complaints import Category, Kind, classify


def kind_alone(text: str) -> Kind:
    """The kind the rules alone give ``text`` (R-CMP-01)."""
    return classify(text, policy=RULES_ONLY).kind


# ---- a neutral description beside a verdict (kind.car-talk, kind.place-told) -------------


@pytest.mark.parametrize(
    "text",
    [
        "变速箱换挡顿得厉害",
        "底盘松散，过坎咯噔咯噔",
        "油耗百公里12个，太费油了",
        "发动机冷车启动抖得厉害",
        "纪念馆里人太多了，挤得要命",
        "景点里厕所很脏，到处是垃圾",
    ],
)
def test_r_cmp_01_a_fault_beside_a_car_or_place_word_is_a_complaint(text: str) -> None:
    assert "kind.car-talk" not in fired(text), text
    assert "kind.place-told" not in fired(text), text
    assert kind_alone(text) is Kind.COMPLAINT, text


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("13款2.5自吸平均油耗7.0", "kind.car-talk"),
        ("起步不要大脚油门，油耗就低了", "kind.car-talk"),
        ("我的是2.0排量的，机油用的是全合成", "kind.car-talk"),
        ("古镇位于运河边，始建于宋代", "kind.place-told"),
        ("这座桥又称断桥，建于唐代", "kind.place-told"),
    ],
)
def test_r_cmp_01_a_neutral_description_is_still_nothing_to_handle(text: str, rule: str) -> None:
    assert rule in fired(text), text
    assert kind_alone(text) is Kind.NO_ACTION, text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["太费油了", "顿得厉害", "挤得要命", "很差", "异响"]))
def test_r_cmp_01_a_verdict_anywhere_silences_the_weak_description(verdict: str) -> None:
    # the verdict before or after the car or place word, in another clause
    for text in (f"油耗8个，{verdict}", f"{verdict}，景区里", f"发动机是新的。{verdict}"):
        found = fired(text)
        assert "kind.car-talk" not in found, text
        assert "kind.place-told" not in found, text


# ---- a forum reply (kind.peer-reply) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "楼主这车落地多少钱",
        "楼主你好，请问这车保养一次多少钱",
        "楼主你好，想问下这车保养一次多少钱",
        "lz这个轮胎在哪买的",
        "层主，你的车几号提的",
    ],
)
def test_r_cmp_01_a_forum_reply_that_asks_is_a_consultation(text: str) -> None:
    assert "kind.peer-reply" not in fired(text), text
    assert kind_alone(text) is Kind.CONSULTATION, text


@pytest.mark.parametrize(
    "text",
    [
        "楼主说的对，这车异响是通病，我的也是",
        "说的对，这家外卖送得太慢了，每次都超过一小时",
        "同感，客服态度太差了",
    ],
)
def test_r_cmp_01_the_writers_own_fault_after_agreement_is_a_complaint(text: str) -> None:
    assert "kind.peer-reply" not in fired(text), text
    assert kind_alone(text) is Kind.COMPLAINT, text


@pytest.mark.parametrize(
    "text",
    [
        "楼主的油耗不是这么算的",
        "同感，性能是第一",
        "个人看法，仅供参考",
        "仅供参考：油耗百公里7个，动力够用",
        # a question in another sentence is not this reply's
        "楼主说的对。你们觉得呢？",
    ],
)
def test_r_cmp_01_a_forum_reply_is_still_nothing_to_handle(text: str) -> None:
    assert "kind.peer-reply" in fired(text), text


def test_r_cmp_01_a_forum_reply_on_a_long_thread_is_read_sentence_by_sentence() -> None:
    """R-CMP-01: the reply's question and the writer's own fault are looked for in its own
    sentence, so a long thread is read as each of its sentences is: a reply that reports the
    writer's own same fault (我的车也是这样) is no forum reply however often it is repeated,
    and a plain one is one."""
    for line, replying in (
        ("楼主说的对，我的车也是这样，油耗在八个左右。", False),
        ("楼主说的对，油耗在八个左右。", True),
    ):
        once, thread = classify(line, policy=RULES_ONLY), classify(line * 400, policy=RULES_ONLY)
        assert ("kind.peer-reply" in once.fired) is replying, line
        assert (thread.kind, thread.fired) == (once.kind, once.fired), line
    assert "kind.peer-reply" in fired("楼主" * 2000)


# ---- when a thing comes back (kind.when-mended) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "借呗额度什么时候恢复",
        "信用卡额度什么时候能恢复啊",
        "会员价什么时候恢复",
        "门店什么时候恢复营业？",
        "请问手机送修后大概什么时候能修好",
        "满减活动什么时候恢复",
        "电脑寄修后什么时候能修好？",
    ],
)
def test_r_cmp_01_a_limit_price_or_status_asked_is_a_consultation(text: str) -> None:
    assert "kind.when-mended" not in fired(text), text
    assert kind_alone(text) is Kind.CONSULTATION, text


@pytest.mark.parametrize(
    "text",
    [
        "宽带断了三天了啥时候能修好",
        "这个基站什么时候能修好，从周二到现在了",
        "停水一整天了，什么时候恢复",
        "小区什么时候恢复供电",
    ],
)
def test_r_cmp_01_when_a_failure_is_mended_is_still_a_complaint(text: str) -> None:
    assert kind_alone(text) is Kind.COMPLAINT, text


# ---- the main fault (kind.main-fault) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("请问这个车主要问题是什么？", Kind.CONSULTATION),
        ("这款车最大的问题是什么", Kind.CONSULTATION),
        ("这车主要的毛病是什么", Kind.CONSULTATION),
        ("这款手机最大的缺点是哪方面？", Kind.CONSULTATION),
        ("最大的缺点就是没有缺点，太完美了", Kind.PRAISE),
    ],
)
def test_r_cmp_01_a_fault_asked_about_or_denied_is_no_main_fault(text: str, kind: Kind) -> None:
    assert "kind.main-fault" not in fired(text), text
    assert kind_alone(text) is kind, text


def test_r_cmp_01_a_satisfied_customers_one_regret_is_no_main_fault() -> None:
    for text in (
        "总体非常满意，唯一不满意的地方是电梯有点慢",
        "唯一不满意的就是早餐种类少了点，其他都非常好，下次还来",
    ):
        assert "kind.main-fault" not in fired(text), text


@pytest.mark.parametrize(
    "text",
    ["最大的问题是没有免费的茶", "最让我受不了的是频繁的广播", "不满意的地方就是服务太慢"],
)
def test_r_cmp_01_the_main_fault_named_is_still_a_complaint(text: str) -> None:
    assert "kind.main-fault" in fired(text), text
    assert kind_alone(text) is Kind.COMPLAINT, text


# ---- a chat step (kind.chat-request) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "麻烦快点发货吧",
        "帮我催一下吧",
        "亲，返6元吧",
        "那就便宜一点吧",
        "麻烦尽快给我寄出吧",
        "那就包邮吧",
    ],
)
def test_r_cmp_01_urging_or_bargaining_is_no_plain_chat_step(text: str) -> None:
    assert "kind.chat-request" not in fired(text), text


@pytest.mark.parametrize(
    "text", ["好的帮我取消吧", "那就拆分发货吧", "给我一个地址吧", "那就给我纯白的吧"]
)
def test_r_cmp_01_a_plain_chat_step_is_still_nothing_to_handle(text: str) -> None:
    assert "kind.chat-request" in fired(text), text
    assert kind_alone(text) is Kind.NO_ACTION, text


@pytest.mark.parametrize(
    ("text", "kind"), [("麻烦快点发货吧", Kind.COMPLAINT), ("帮我催一下吧", Kind.COMPLAINT)]
)
def test_r_cmp_01_urging_is_waiting_reported(text: str, kind: Kind) -> None:
    assert kind_alone(text) is kind, text


# ---- a bare 好 (pr.degree-good) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "你们的客服就是好，一个问题问三遍都没人回",
        "这家店就是好，等了两个小时都没上菜",
        "服务也好，质量也好，都比不上以前了",
        "态度也好，价格也好，都不如隔壁",
    ],
)
def test_r_cmp_01_sarcasm_and_whether_or_are_no_praise(text: str) -> None:
    assert "pr.degree-good" not in fired(text), text
    assert kind_alone(text) is Kind.COMPLAINT, text


@pytest.mark.parametrize(
    "text",
    ["老师特别好", "师傅手艺一如既往的好", "老板人也好", "宇宙行就是nb", "这家店就是好，下次还来"],
)
def test_r_cmp_01_a_bare_good_is_still_praise(text: str) -> None:
    assert "pr.degree-good" in fired(text), text
    assert kind_alone(text) is Kind.PRAISE, text


# ---- a wish to mend a problem (kind.fix-the-problem) --------------------------------------


def test_r_cmp_01_a_plain_request_about_a_matter_is_no_complaint() -> None:
    text = "请帮我处理一下发票的问题"
    assert "kind.fix-the-problem" not in fired(text)
    assert kind_alone(text) is not Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "建议在小区门口增加一个公交站，希望有关部门重视这个问题",
        "建议增设一个自助取号机，希望能解决排队的问题",
    ],
)
def test_r_cmp_01_a_proposal_beside_the_wish_is_a_suggestion(text: str) -> None:
    assert "kind.fix-the-problem" not in fired(text), text
    assert kind_alone(text) is Kind.SUGGESTION, text


@pytest.mark.parametrize(
    "text", ["希望能改善延误的问题", "希望国家有关部门能够重视这些问题", "请尽快处理噪音的情况"]
)
def test_r_cmp_01_a_wish_to_mend_a_suffered_problem_is_still_a_complaint(text: str) -> None:
    assert "kind.fix-the-problem" in fired(text), text
    assert kind_alone(text) is Kind.COMPLAINT, text


# ---- why it fails, how it is done (kind.why-fails, kind.how-proc) -------------------------


def test_r_cmp_01_why_only_n_with_a_wish_after_is_left_to_the_proposal() -> None:
    for text in ("为什么只有三种颜色可选？希望多出几种颜色", "为什么只能选两个尺码，建议多加几个"):
        assert "kind.why-fails" not in fired(text), text
    for text in ("借呗分期为什么只有六期", "为什么查不到我的快递信息"):
        assert "kind.why-fails" in fired(text), text
        assert kind_alone(text) is Kind.COMPLAINT, text


@pytest.mark.parametrize(
    "text", ["怎么注册总提示手机号已存在", "怎么登录一直显示密码错误", "怎么绑定老是失败"]
)
def test_r_cmp_01_how_to_with_a_failure_told_is_no_how_to(text: str) -> None:
    assert "kind.how-proc" not in fired(text), text
    assert kind_alone(text) is Kind.COMPLAINT, text


@pytest.mark.parametrize("text", ["花呗分期如何一次性还款", "如何更改还款日", "怎么关闭花呗商家"])
def test_r_cmp_01_how_to_is_still_a_consultation(text: str) -> None:
    assert "kind.how-proc" in fired(text), text
    assert kind_alone(text) is Kind.CONSULTATION, text


# ---- topics (pq.lesson, pq.game; R-CMP-02) ------------------------------------------------


def test_r_cmp_02_what_staff_said_is_no_lesson() -> None:
    for text in ("客服讲的跟实际完全不一样，被骗了", "销售当时讲得好好的，结果全是假的"):
        assert "pq.lesson" not in fired(text), text
    assert "pq.lesson" in fired("老师讲得很清楚")


def test_r_cmp_02_a_bare_game_complaint_is_the_products() -> None:
    # no kind rule fires: the rules' default kind and the game's category
    text = "这游戏剧情太拖沓了，玩法也单一"
    answer = classify(text, policy=RULES_ONLY)
    assert answer.kind is Kind.COMPLAINT
    assert answer.category is Category.PRODUCT_QUALITY


# ---- a car buyer's grievance silences car talk (kind.car-talk; R-CMP-01, R-CMP-02) --------


@pytest.mark.parametrize(
    "text",
    [
        "订车时合同写明送全车膜，提车的时候说要加钱才给贴",
        "买车时说好送导航，提车了什么都没有",
        "变速箱换油以后挂挡很重，4s店检查说正常，可我明明之前不是这样",
        "发动机保养收了两千多，回来还是有抖动",
    ],
)
def test_r_cmp_01_a_car_buyers_grievance_is_no_car_talk(text: str) -> None:
    """R-CMP-01: a deal broken at the dealer (合同, 说好的…什么都没有) or a fault the dealer
    denied (说正常，可明明…) beside a car's parts silences the weak vote for car talk: with no
    other kind rule, the rules' default complaint stands."""
    answer = classify(text, policy=RULES_ONLY)
    assert "kind.car-talk" not in answer.fired, text
    assert answer.kind is Kind.COMPLAINT, text


def test_r_cmp_02_a_part_renewed_is_the_repairs_matter() -> None:
    """R-CMP-02: a part named beside its renewal (换了, 换完, 换个刹车片) is the repair's matter,
    not the product's."""
    answer = classify("换个刹车片收了八百，换完刹车还是有异响", policy=RULES_ONLY)
    assert "pq.car-parts" not in answer.fired
    assert answer.category is Category.REPAIR_QUALITY
    assert "pq.car-parts" not in fired("轮胎换了以后方向盘一直抖")
    assert "pq.car-parts" in fired("轮胎一直抖")


@pytest.mark.parametrize("text", ["起步不要大脚油门，油耗就低了", "13款2.5自吸，平均油耗7.0"])
def test_r_cmp_01_car_talk_without_a_grievance_stays_nothing_to_handle(text: str) -> None:
    """R-CMP-01: the guide's neutral statements about a car stay nothing to handle."""
    assert "kind.car-talk" in fired(text), text
    assert classify(text, policy=RULES_ONLY).kind is Kind.NO_ACTION, text


@pytest.mark.parametrize(
    "text", ["手机屏幕有坏点，我要退货", "变速箱异响，要求换车", "这个游戏的剧情我不喜欢，要求退款"]
)
def test_r_cmp_03_a_part_named_beside_a_return_demand_leaves_the_demand_first(text: str) -> None:
    """R-CMP-03 (the labelling guide: a return, exchange or refund asked for is the primary
    category, product quality acceptable): a part named beside the demand (屏幕, 变速箱, 剧情)
    gives the product no weight of its own, so naming the part does not turn the category."""
    for policy in (None, RULES_ONLY):
        answer = classify(text, policy=policy)
        assert answer.category is Category.RETURN_EXCHANGE, (text, policy)


def test_r_cmp_02_a_part_without_a_demand_is_still_the_products() -> None:
    """R-CMP-02: without a demand, the part named gives the product its category."""
    for text in ("手机屏幕有坏点", "变速箱异响"):
        assert classify(text, policy=RULES_ONLY).category is Category.PRODUCT_QUALITY, text
