"""What each side of the thirty-eighth round left for the other (issue 13).

A praise word in what was never obtained (未能得到很好的处理) is negated; a thing found again
(工作人员帮我找回来) is no request to the desk; a fault asked for more of (还能再慢一点吗) is no
proposal; a skill lacking at first (刚开始不会用) is no "won't use again"; a refusal later put
right (不给退，后来主管帮我退了) is a settled matter; 按时 praises a delivery, not what the writer
does on time (按时保养); the time of use before a good result (用了一周，痘痘好多了) is no defect;
a card charged by someone unknown (被人扣费) is a fee taken and a fault that keeps coming back
(经常闪退) a complaint cue; a return asked for in a chat with nothing wrong (那就退货吧) has
nothing to handle; a wait asked in impatience (什么时候才能修好) is a complaint; a credit
service's failure (花呗绑定不了) is the agreement's matter; and a smell gone off, or more small
shortcomings than words of praise, is no minor shortcoming beside praise.  Each is read by its
words (R-CMP-01) and classed by what it is about (R-CMP-02).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, fired
from custops.complaints import Category, Evidence, Kind, classify
from custops.complaints.classifier import _minor

# ---- a praise word in what was never obtained (PRAISE_NEGATIONS) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a citizen's report, a bank, a hotel, a repair shop
        "燃气灶坏了，多次反映，未能得到很好的处理",
        "信用卡多扣的钱，至今没能得到满意的答复",
        "房间漏水，前台一直得不到及时的处理",
        "空调修了三次，始终未得到很好的解决",
    ],
)
def test_r_cmp_01_praise_in_what_was_never_obtained_is_negated(text: str) -> None:
    complaint_either_way(text)


def test_r_cmp_01_praise_never_matched_is_still_praise() -> None:
    assert classify("从来没有这么满意过，服务很好").kind is Kind.PRAISE


# ---- a thing found again is no desk request (kind.desk-request) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "行李丢了，工作人员帮我找回来，真是太负责了",
        "钱包落在店里，服务员帮我找回来了，很负责任",
        "手机掉在车上，司机师傅帮我找回来，非常负责",
    ],
)
def test_r_cmp_01_a_thing_found_again_is_praise(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE
    assert "kind.desk-request" not in result.fired


def test_r_cmp_01_asking_the_desk_to_find_is_still_a_request() -> None:
    assert "kind.desk-request" in fired("能帮我找一家评分高一点的酒店吗")


@pytest.mark.parametrize("text", ["师傅一点也不负责", "客服很不负责任"])
def test_r_cmp_01_responsible_negated_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


# ---- a fault asked for more of is no proposal (kind.suggestion) -----------------------------


@pytest.mark.parametrize(
    "text",
    ["这网速还能再慢一点吗", "外卖还能再晚一点吗", "这价格能不能再贵一点", "房间还能再脏一点吗"],
)
def test_r_cmp_01_a_fault_asked_for_more_of_is_no_proposal(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is not Kind.SUGGESTION
    assert "kind.suggestion" not in fired(text)


@pytest.mark.parametrize(
    "text", ["字体能不能再大一点", "能不能把屏幕做得亮一点", "可以再便宜一点吗"]
)
def test_r_cmp_01_a_thing_asked_to_be_made_better_still_fires(text: str) -> None:
    fires = fired(text)
    assert "kind.suggestion" in fires or "kind.can-i-have" in fires


# ---- a skill lacking at first is no verdict (kind.verdict) ----------------------------------


@pytest.mark.parametrize(
    "text", ["刚开始不会用，现在会了", "一开始不会用这个app，问了客服就会了", "不知道老人会不会用"]
)
def test_r_cmp_01_a_skill_lacking_is_no_verdict(text: str) -> None:
    assert "kind.verdict" not in fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


@pytest.mark.parametrize("text", ["再也不会用这家的快递了", "以后不会来了", "下次不会买了"])
def test_r_cmp_01_wont_use_again_is_still_a_complaint(text: str) -> None:
    complaint_either_way(text)


# ---- a refusal later put right (kind.resolved) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # online shopping, a shoe shop, a marketplace, an appliance
        "客服说不给退，后来主管帮我退了，服务很好",
        "店家开始不肯换，最后还是同意给我换了，态度也不错",
        "商家拒绝退款，后来平台介入帮我退了，很满意",
        "售后一开始不给修，过了几天主动帮我修好了",
    ],
)
def test_r_cmp_01_a_refusal_put_right_is_praise(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.PRAISE, (text, policy)
    assert "kind.resolved" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "客服说不给退，后来主管说也不行",
        "商家拒绝退款，后来再也没人理我",
        "不给换，最后还是没有给我换",
    ],
)
def test_r_cmp_01_a_refusal_not_put_right_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


# ---- 按时 of a delivery only (pr.delivery) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["平时按时保养就行", "我每个月都按时缴纳物业费", "我一直按时还款", "医生叮嘱按时服药"],
)
def test_r_cmp_01_what_the_writer_does_on_time_is_no_delivery_praise(text: str) -> None:
    assert "pr.delivery" not in fired(text)


@pytest.mark.parametrize("text", ["外卖按时送达，味道好", "快递很按时", "航班按时起飞，空姐热情"])
def test_r_cmp_01_a_delivery_on_time_is_praise(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE
    assert "pr.delivery" in result.fired


# ---- the time of use (pq.defect) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "用了一周，痘痘好多了",
        "这个app用了一个月，简单，方便",
        "手机试用了几天才来评价，流畅",
        "面霜用了半个月，感觉很滋润",
    ],
)
def test_r_cmp_01_the_time_of_use_before_a_good_result_is_no_defect(text: str) -> None:
    assert "pq.defect" not in fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["用了一周就坏了", "才用了两天，屏幕就出现了线", "鞋子穿了没几天就开胶了"]
)
def test_r_cmp_01_broken_after_a_short_use_is_a_defect(text: str) -> None:
    complaint_either_way(text)
    assert classify(text).category is Category.PRODUCT_QUALITY


# ---- a fee taken by someone unknown, a fault that keeps coming back -------------------------


@pytest.mark.parametrize(
    "text", ["你好？我的卡被人扣费了", "银行卡被别人扣了两百块", "话费被人扣了"]
)
def test_r_cmp_01_a_card_charged_by_someone_unknown_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize(
    "text",
    [
        "很好用，就是经常闪退，希望能改进",
        "路由器老是掉线，希望改进一下",
        "宽带三天两头断线",
        "这台电脑动不动就死机",
        "小区经常停水，希望解决",
    ],
)
def test_r_cmp_01_a_fault_that_keeps_coming_back_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize("text", ["从来没有闪退过，很稳定", "很好用，就是有点卡，希望能改进"])
def test_r_cmp_01_a_fault_not_repeated_is_no_repeat_cue(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE


# ---- a return asked for in a chat with nothing wrong (kind.return-request) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "申请了 麻烦退款",
        "那就退货吧",
        "帮我退掉这个会员吧",
        "好的，麻烦帮我退款",
        "嗯，那就换货吧",
    ],
)
def test_r_cmp_01_a_return_asked_with_nothing_wrong_is_no_action(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.NO_ACTION, (text, policy)
    assert "kind.return-request" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "质量不好，想退货",
        "衣服破了个洞，我要退货",
        "退款怎么还没到",
        "你们不退款我就投诉",
        "退钱！！！",
        "我要退这破手机",
    ],
)
def test_r_cmp_01_a_return_with_a_fault_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.return-request" not in fired(text)


@pytest.mark.parametrize(
    "text", ["可以退货吗", "那就退货就行了是吧", "退款需要几天", "我要退货", "退钱", "要换货"]
)
def test_r_cmp_01_a_return_asked_about_or_demanded_is_no_bare_request(text: str) -> None:
    # asked about, a consultation; a bare demand (我要退货) stays the seed's return demand
    assert "kind.return-request" not in fired(text)


# ---- a wait asked in impatience (kind.complaint) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "基站什么时候才能修好",
        "快递什么时候才能到啊",
        "退款到底什么时候才能到账",
        "小区的路灯何时才能修好",
        "客服什么时候才能给个答复",
    ],
)
def test_r_cmp_01_a_wait_asked_in_impatience_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize(
    "text", ["什么时候才能买到新款", "新线路何时才能开通运行", "我什么时候可以修好这个"]
)
def test_r_cmp_01_what_the_writer_hopes_for_is_no_wait(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION


# ---- a credit service's failure (sc.finance) ------------------------------------------------


@pytest.mark.parametrize(
    "text", ["我的花呗怎么绑定不了", "借呗一直加载失败", "花呗付款的时候显示系统繁忙", "借呗闪退了"]
)
def test_r_cmp_02_a_credit_service_failure_is_the_agreement(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.SALES_CONTRACT
    assert classify(text, policy=RULES_ONLY).category is Category.SALES_CONTRACT


@pytest.mark.parametrize("text", ["这个app一直加载失败", "登录不上，一直闪退"])
def test_r_cmp_02_an_app_failure_is_still_the_product(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY


@pytest.mark.parametrize("text", ["花呗怎么还款", "花呗怎么开通不了"])
def test_r_cmp_01_a_credit_question_is_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION


# ---- minor shortcomings (_minor) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "很准时，服务好，就是这份南瓜粥，有点奇怪的味道",
        "服务很热情，就是汤有点馊了",
        "酒店位置很好，就是被子有点霉味",
    ],
)
def test_r_cmp_01_a_smell_gone_off_is_no_minor_shortcoming(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize(
    "text",
    ["扫地机器人真的好用，就是配件有点贵", "不错，就是披萨有些小", "房间很干净，就是有点小"],
)
def test_r_cmp_01_one_small_shortcoming_beside_praise_is_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE


def test_r_cmp_01_more_small_shortcomings_than_praise_is_a_complaint() -> None:
    text = "包装挺棒的！送货有点点慢！卷饼的皮稍有点厚有点硬，还有就是不够辣"
    assert classify(text).kind is Kind.COMPLAINT


_GOOD = Evidence("pr.general", (0, 2), "不错", "不错", 3, Kind.PRAISE)
_DEGREES = ("贵", "小", "咸", "吵", "慢", "淡", "硬")
_OFF = ("臭", "异味", "馊", "变质", "发霉", "怪味")


@given(st.sampled_from(_DEGREES))
def test_r_cmp_01_one_degree_shortcoming_stays_minor(word: str) -> None:
    # invariant: one shortcoming made small by 有点 after one praise is minor
    text = f"不错，就是有点{word}"
    small = Evidence("pq.degree", (7, 7 + len(word)), word, word, 3, Kind.COMPLAINT)
    assert _minor([_GOOD, small], text)


@given(st.sampled_from(_OFF), st.sampled_from(("有点", "有些", "稍微有点", "略")))
def test_r_cmp_01_a_smell_gone_off_is_never_minor(word: str, degree: str) -> None:
    # invariant: a spoiled smell or taste is never made minor by a degree word
    start = 5 + len(degree)
    text = f"不错，就是{degree}{word}"
    off = Evidence("pq.food", (start, start + len(word)), word, word, 3, Kind.COMPLAINT)
    assert not _minor([_GOOD, off], text)


@given(st.lists(st.sampled_from(_DEGREES), min_size=2, max_size=4))
def test_r_cmp_01_more_shortcomings_than_praise_are_not_minor(words: list[str]) -> None:
    # invariant: more shortcomings marked small than pieces of praise are never minor
    text = "不错，就是" + "，".join(f"有点{w}" for w in words)
    last = len(text) - len(words[-1])
    small = Evidence("pq.degree", (last, len(text)), words[-1], words[-1], 3, Kind.COMPLAINT)
    assert not _minor([_GOOD, small], text)
