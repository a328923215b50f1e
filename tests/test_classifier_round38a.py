"""Replies, mild wishes, asks for one's own order, eased conditions, "which is good" questions
and hopes for oneself (issue 13).

The thirty-eighth round, the side of texts that are no complaints: 没有问题 as a reply is an
acknowledgement (``kind.ack``, ``kind.chat``), as 没问题 is; a clearly positive verdict with one
small fault and a wish it be mended (``pr.mild-wish``: 很好用，就是有点卡，希望能改进) is praise;
whether the seller will do something for the writer's own order (``kind.can-i-have``: 能不能便宜
一点, 能否开发票) is a consultation, not a proposal; a condition eased after the goods or the
care were used (``pr.better-after``: 吃了感觉好了不少) is praise; which one is good, asked
(``kind.which-is-good``: 什么保险好) is a consultation; a greeting that opens a question is its
politeness (``kind.thanks`` no longer holds 你好); a hope for the writer's own delivery, luck or
health (``kind.own-hope``: 希望今天能收到) is no proposal.  Each is read by its words
(R-CMP-01); each pattern's look-alikes stay what they were.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- 没有问题 as a reply (kind.ack, kind.chat) --------------------------------------------


@pytest.mark.parametrize(
    "text", ["没有问题", "好的，没有问题了", "嗯，没有问题，谢谢", "收到了，没有问题"]
)
def test_r_cmp_01_no_problem_as_a_reply_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert classify(text).category is Category.OTHER


@pytest.mark.parametrize("text", ["检查过了，有问题", "质量有问题"])
def test_r_cmp_01_a_problem_told_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)


def test_r_cmp_01_no_problem_inside_a_longer_text_is_no_reply() -> None:
    assert not {"kind.ack", "kind.chat"} & _fired("没有问题？你们自己看看这划痕")


# ---- a positive verdict, a small fault and a wish it be mended (pr.mild-wish) --------------


@pytest.mark.parametrize(
    "text",
    [
        "很好用，就是有点卡，希望能改进",
        "房间挺干净的，就是隔音差了点，希望改善",
        "味道还不错，就是分量少了些，希望能改进一下",
        "耳机音质不错，不过续航短了点，希望可以改进",
        "衣服很好看，面料舒服，就是线头有点多，希望改进。",
    ],
)
def test_r_cmp_01_a_mild_wish_after_a_positive_verdict_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.mild-wish" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a negated verdict, a fault that keeps coming back, no verdict at all
        "不好用，就是有点卡，希望能改进",
        "不是很好用，就是有点卡，希望能改进",
        "没那么好用，就是有点卡，希望能改进",
        "很好用，就是经常闪退，希望能改进",
        "就是有点卡，希望能改进",
    ],
)
def test_r_cmp_01_no_mild_wish_without_a_positive_verdict_or_with_a_recurring_fault(
    text: str,
) -> None:
    assert "pr.mild-wish" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


# ---- whether the seller will do something for one's own order (kind.can-i-have) -------------


@pytest.mark.parametrize(
    "text",
    [
        "能不能便宜一点",
        "可不可以包邮",
        "能否开发票",
        "能不能开个发票",
        "可否送货上门",
        "能不能发顺丰",
    ],
)
def test_r_cmp_01_asking_whether_the_seller_will_do_it_is_a_consultation(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.can-i-have" in _fired(text)


@pytest.mark.parametrize("text", ["为什么不能开发票", "凭什么不能包邮，说好的包邮呢"])
def test_r_cmp_01_a_refusal_complained_of_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.can-i-have" not in _fired(text)


@pytest.mark.parametrize("text", ["能不能把字体改大一点", "能否增加夜间模式"])
def test_r_cmp_01_a_proposal_to_the_firm_stays_a_suggestion(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.SUGGESTION
    assert result.category is Category.PROPOSAL_CRITICISM


# ---- a condition eased after use (pr.better-after) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["姚医生开的药，我吃了感觉好了不少", "用了一周，痘痘好多了", "针灸了几次，腰疼缓解了"],
)
def test_r_cmp_01_a_condition_eased_after_use_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)


@pytest.mark.parametrize("text", ["吃了三天药还是没有好转", "用了一个月不见好转"])
def test_r_cmp_01_a_condition_not_eased_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "pr.better-after" not in _fired(text)


@pytest.mark.parametrize("text", ["吃药后好多了吗", "吃药有好转，请问还要吃多久"])
def test_r_cmp_01_an_eased_condition_asked_about_is_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION
    assert "pr.better-after" not in _fired(text)


def test_r_cmp_01_having_eaten_a_lot_is_no_eased_condition() -> None:
    assert "pr.better-after" not in _fired("吃了好多了")


# ---- which one is good, asked (kind.which-is-good) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "50岁以上商业养老保险哪种好",
        "什么银行跨行取款不收费",
        "哪款奶粉比较实惠",
        "想给老人买个手机，哪个牌子比较好",
    ],
)
def test_r_cmp_01_which_one_is_good_is_a_consultation(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert classify(text).category is Category.OTHER


@pytest.mark.parametrize("text", ["这车啥都好", "服务员为什么不摆好", "基站什么时候才能修好"])
def test_r_cmp_01_a_verdict_a_why_or_a_wait_is_no_which_question(text: str) -> None:
    assert "kind.which-is-good" not in _fired(text)


def test_r_cmp_01_everything_good_stays_praise() -> None:
    assert classify("这车啥都好").kind is Kind.PRAISE


# ---- a greeting that opens a question (kind.thanks) ---------------------------------------


def test_r_cmp_01_a_greeting_that_opens_a_question_is_its_politeness() -> None:
    kind_either_way("你好！航班行李限额是多少", Kind.CONSULTATION)
    assert "kind.thanks" not in _fired("你好！航班行李限额是多少")


@pytest.mark.parametrize("text", ["你好", "您好，在吗", "你好，谢谢"])
def test_r_cmp_01_a_greeting_alone_is_still_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)


# ---- a hope for oneself (kind.own-hope) ----------------------------------------------------


@pytest.mark.parametrize(
    "text", ["希望今天能收到", "好久没练琴了，希望可以找到感觉", "希望早日康复，谢谢王医生"]
)
def test_r_cmp_01_a_hope_for_oneself_is_no_proposal(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.own-hope" in _fired(text)


def test_r_cmp_01_a_hope_that_tells_a_failure_is_no_hope_for_oneself() -> None:
    text = "希望以后不要再收到这样的书了"
    assert "kind.own-hope" not in _fired(text)
    complaint_either_way(text)


def test_r_cmp_01_the_firm_urged_is_no_hope_for_oneself() -> None:
    assert "kind.own-hope" not in _fired("希望你们尽快发货")


# ---- a chat platform's own lines (kind.menu-line) ------------------------------------------


@pytest.mark.parametrize("text", ["售后咨询", "配送咨询，你好", "咨询订单号:5566 订单金额:99元"])
def test_r_cmp_01_a_platform_menu_line_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.menu-line" in _fired(text)


def test_r_cmp_01_a_consultation_in_the_writers_words_is_no_menu_line() -> None:
    assert classify("我想咨询一下退货").kind is Kind.CONSULTATION
    assert "kind.menu-line" not in _fired("我想咨询一下退货")


# ---- no fault ever, the place to go, better than before (pr.not-bad, pr.go-to, ------------
# ---- pr.better-than-before) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "开了五年，什么毛病都没出过",
        "这台洗衣机从来没出过故障",
        "买家电认准这家就对了",
        "想学做菜来这里找就对了",
        "味道比以前有改善！",
        "客服比上次进步了",
    ],
)
def test_r_cmp_01_no_fault_ever_the_place_to_go_or_better_than_before_is_praise(
    text: str,
) -> None:
    kind_either_way(text, Kind.PRAISE)


def test_r_cmp_01_a_fault_feared_is_no_praise() -> None:
    assert classify("会不会出什么问题").kind is Kind.CONSULTATION


def test_r_cmp_01_a_shop_to_avoid_is_no_place_to_go() -> None:
    assert "pr.go-to" not in _fired("别找这家就对了")


def test_r_cmp_01_worse_than_before_stays_a_complaint() -> None:
    complaint_either_way("服务比以前差多了")
    assert "pr.better-than-before" not in _fired("服务比以前差多了")


def test_r_cmp_01_an_improvement_wished_is_no_improvement_told() -> None:
    assert "pr.better-than-before" not in _fired("希望比以前有改善")


# ---- a word of praise as a clause of its own (pr.bare-word) ---------------------------------


@pytest.mark.parametrize(
    "text", ["橙子，甜，多汁，家里人都爱吃", "这个记账app，简单，方便", "充电宝，轻便，结实"]
)
def test_r_cmp_01_a_bare_word_of_praise_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.bare-word" in _fired(text)


@pytest.mark.parametrize("text", ["方便?", "很不方便", "方便的话帮我看看"])
def test_r_cmp_01_no_bare_word_in_a_question_a_negation_or_a_condition(text: str) -> None:
    assert "pr.bare-word" not in _fired(text)


def test_r_cmp_01_a_bare_word_before_a_refund_demand_leaves_a_complaint() -> None:
    complaint_either_way("脆，甜，就是有两个烂了，要求退款")


# ---- thanks for a matter put right (pr.service) ---------------------------------------------


@pytest.mark.parametrize("text", ["修好了，多谢师傅", "谢谢客服，已经帮我处理好了"])
def test_r_cmp_01_thanks_for_a_matter_put_right_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)


def test_r_cmp_01_thanks_for_a_matter_not_put_right_is_no_praise() -> None:
    complaint_either_way("到现在还没修好，谢谢你们的效率")
    assert classify("谢谢，还没处理好吗").kind is not Kind.PRAISE


# ---- a request in a chat (kind.own-request) -------------------------------------------------


def test_r_cmp_01_a_greeted_request_to_end_a_service_is_nothing_to_handle() -> None:
    kind_either_way("你好，帮我退订这个流量包", Kind.NO_ACTION)


def test_r_cmp_01_a_request_after_a_grievance_stays_a_complaint() -> None:
    complaint_either_way("为什么总给我乱扣费，帮我退订")


# ---- invariants ----------------------------------------------------------------------------

VERDICTS = ["很好用", "挺好的", "质量不错", "味道还不错", "房间挺干净的"]
FAULTS = ["有点卡", "声音有点小", "物流慢了点", "包装简陋", "分量少了些"]
ORDER_ASKS = ["便宜一点", "包邮", "开发票", "开个发票", "送货上门", "发顺丰"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(VERDICTS), st.sampled_from(FAULTS), st.sampled_from(["能", "可以", ""]))
def test_r_cmp_01_a_verdict_a_small_fault_and_a_wish_are_praise_and_negated_never(
    verdict: str, fault: str, modal: str
) -> None:
    text = f"{verdict}，就是{fault}，希望{modal}改进"
    assert classify(text).kind is Kind.PRAISE, text
    assert "pr.mild-wish" not in _fired(f"不是{verdict}，就是{fault}，希望{modal}改进")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["能不能", "可不可以", "能否", "可否"]), st.sampled_from(ORDER_ASKS))
def test_r_cmp_01_an_order_ask_is_a_consultation_and_its_refusal_never(
    frame: str, ask: str
) -> None:
    assert classify(f"{frame}{ask}").kind is Kind.CONSULTATION
    assert "kind.can-i-have" not in _fired(f"为什么不能{ask}")
