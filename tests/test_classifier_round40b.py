"""The non-complaint side of the fortieth round (issue 13).

A bare 好 under a degree word the praise words did not list (老师特别好, 一如既往的好, 就是nb)
is praise; how to do an account's step, asked without a question mark (如何更改还款日), is a
consultation; a forum reply to another user (楼主, 同感, 说的极是) and a car's specifications
and fuel use talked over are nothing to handle; advice a doctor gave the writer is told, no
proposal to the firm.  Each is read by its words (R-CMP-01); the look-alikes — a fault, a
failure, a question, the writer's own proposal — keep their reading.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, fired, kind_either_way
from custops.complaints import Kind, classify

# ---- a bare 好 under a degree word (pr.degree-good) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a course, a shop, a bank's app, a hotel, a courier
        "王老师讲课特别好",
        "这家面馆一如既往的好，以后还来",
        "招行的app就是nb",
        "酒店前台小姐姐人真好",
        "快递小哥服务相当好！",
        "这次的课程非常非常的好",
        # a subject called good too
        "外卖送得准时，骑手态度也好",
    ],
)
def test_r_cmp_01_a_bare_good_under_a_degree_word_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.degree-good" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a degree word before another word (好吃 is pr.goods', 好贵 a fault, 好笑 no praise)
        "这家的酸菜鱼特别好吃",
        "停车费就是好贵",
        "这个视频真好笑",
        # sarcasm, a question, a negation
        "你们是真nb啊，一个月都没发货",
        "这家店真的特别好吗",
        "菜品没有特别好，一般般",
        # the clause goes on
        "这家的味道也好不到哪去",
    ],
)
def test_r_cmp_01_the_look_alikes_of_a_bare_good_are_no_such_praise(text: str) -> None:
    assert "pr.degree-good" not in fired(text)


def test_r_cmp_01_a_bare_good_asked_about_is_a_consultation() -> None:
    assert classify("请问这个老师是不是特别好", policy=RULES_ONLY).kind is Kind.CONSULTATION


def test_r_cmp_01_a_fault_after_a_bare_good_still_counts() -> None:
    # a broken facility told after the praise is a fault to handle (R-CMP-01)
    complaint_either_way("服务员特别好，但是房间空调坏了，热得一夜没睡")


@given(
    st.sampled_from(("老师", "这家店", "客服", "师傅", "前台")),
    st.sampled_from(("特别好", "一如既往的好", "真好", "相当好")),
    st.sampled_from(("", "。", "！", "，下次还来", "，推荐")),
)
def test_r_cmp_01_a_bare_good_stays_praise_whatever_follows(who: str, good: str, tail: str) -> None:
    text = f"{who}{good}{tail}"
    assert classify(text, policy=RULES_ONLY).kind is Kind.PRAISE


# ---- how to do an account's step (kind.how-proc) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a credit line, a card, a courier, a game account, an airline
        "白条分期如何一次性还清",
        "怎么样提前还款",
        "信用卡如何更改账单日",
        "怎么才能解绑以前的银行卡",
        "游戏账号怎么找回",
        "机票怎么改签",
    ],
)
def test_r_cmp_01_how_to_do_a_step_is_a_consultation(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.CONSULTATION, text


@pytest.mark.parametrize(
    "text",
    [
        # a step that failed is a complaint's question
        "银行卡怎么绑定不了",
        "钱包里的钱怎么提现不出来",
        "我的账户被冻结了，怎么解冻都没用",
    ],
)
def test_r_cmp_01_a_step_that_failed_is_no_how_to_question(text: str) -> None:
    assert "kind.how-proc" not in fired(text)
    complaint_either_way(text)


# ---- a forum reply to another user (kind.peer-reply) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "楼主说的油耗是表显的，实际还要高一点",
        "同感，买车还是看自己喜欢",
        "说的极是，这个价位没什么好挑的了",
        "个人看法，仅供参考",
    ],
)
def test_r_cmp_01_a_forum_reply_is_nothing_to_handle(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.NO_ACTION, text
    assert "kind.peer-reply" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question to the other user is a consultation
        "楼主，这个脚垫在哪里买的？",
        "楼主方便说下落地价吗",
    ],
)
def test_r_cmp_01_a_question_to_another_user_is_no_forum_chat(text: str) -> None:
    assert "kind.peer-reply" not in fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION


def test_r_cmp_01_a_forum_reply_does_not_hide_the_writers_complaint() -> None:
    complaint_either_way("楼主说的对，这家4S店就是骗子，我也被坑了两千块")


# ---- advice a doctor or staff gave the writer (kind.advice-given) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "李医生很耐心，提出了合理的治疗建议",
        "谢谢大夫的诊断和建议，吃药后好多了",
        "张主任很专业，给了很多宝贵的建议，非常感谢",
    ],
)
def test_r_cmp_01_advice_given_with_thanks_is_praise(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.PRAISE, text
    assert "kind.advice-given" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own proposal to the firm stays a suggestion
        "建议医院多开几个挂号窗口",
        "建议你们周末也开放门诊",
    ],
)
def test_r_cmp_01_the_writers_own_proposal_stays_a_suggestion(text: str) -> None:
    assert "kind.advice-given" not in fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.SUGGESTION


def test_r_cmp_01_advice_asked_of_a_doctor_stays_a_consultation() -> None:
    text = "孩子咳嗽两周了，吃药不见好；请医生给我一些治疗上的建议"
    assert "kind.advice-given" not in fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION


# ---- a car's specifications talked over (kind.car-talk) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我这台2.0自吸，市区油耗8个左右",
        "底盘调校偏运动，四驱是全时的",
        "上周刚提车，跑了五百公里了",
        "换的是全合成机油，一万公里一换",
    ],
)
def test_r_cmp_01_a_cars_specifications_talked_over_are_nothing_to_handle(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.NO_ACTION, text
    assert "kind.car-talk" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fault, a verdict, a question told beside the car's words
        "发动机异响，4S店修了三次都没修好",
        "新车变速箱顿挫严重",
        "油耗太高了，比宣传的高了三个油",
        "这车油耗多少？",
    ],
)
def test_r_cmp_01_a_cars_fault_or_a_question_keeps_its_reading(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is not Kind.NO_ACTION, text


@given(
    st.sampled_from(("油耗", "发动机", "变速箱", "底盘")),
    st.sampled_from(("异响", "漏油", "故障灯亮了", "抖得厉害")),
)
def test_r_cmp_01_a_car_part_with_a_fault_is_never_car_talk(part: str, fault: str) -> None:
    assert "kind.car-talk" not in fired(f"我的车{part}{fault}")


# ---- a chat turn telling the desk's next step (kind.chat-request) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a shop chat, a courier, a hotel booking
        "好的帮我把订单取消吧",
        "那就分两次发货吧",
        "嗯嗯那改成周六送就行",
        "那就给我换成蓝色的吧",
        "给我留一间大床房吧",
    ],
)
def test_r_cmp_01_a_chat_turn_telling_the_next_step_is_nothing_to_handle(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.NO_ACTION, text
    assert "kind.chat-request" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # asked, refused or wrong: no such turn
        "那就退货就行了是吧",
        "可以帮我取消吗",
        "不要了，退了吧",
        "还没收到，给我退了吧",
        # urging is waiting reported
        "你们赶紧给我处理吧",
    ],
)
def test_r_cmp_01_a_question_refusal_or_urging_is_no_chat_request(text: str) -> None:
    assert "kind.chat-request" not in fired(text)


@given(
    st.sampled_from(("好的", "嗯", "那就", "行")),
    st.sampled_from(("帮我取消", "换成白色的", "改到明天送", "发顺丰")),
    st.sampled_from(("吧", "就行", "就好了")),
)
def test_r_cmp_01_an_agreed_next_step_is_never_a_complaint(ack: str, step: str, end: str) -> None:
    assert classify(f"{ack}{step}{end}", policy=RULES_ONLY).kind is not Kind.COMPLAINT


# ---- an opener naming only an interest (kind.interest-opener) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "您好，我正在看阳光花园的房子",
        "你好，我想咨询翠湖小区",
        "我对滨江那套房子挺感兴趣的",
        "我对你们这款新车很感兴趣",
    ],
)
def test_r_cmp_01_an_opener_naming_an_interest_is_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.interest-opener" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # an opener asking for one item is a consultation
        "我想了解一下阳光花园的房子多少钱",
        "您好，我想咨询翠湖小区有没有学位",
        "您好，我想咨询一下退货流程",
    ],
)
def test_r_cmp_01_an_opener_asking_for_an_item_is_a_consultation(text: str) -> None:
    assert "kind.interest-opener" not in fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION


# ---- a place described as a guidebook does (kind.place-told) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "古镇位于运河边，始建于宋代",
        "又称小西湖，是城里十景之一",
        "寺里有唐代的遗址，旁边就是名人故居",
    ],
)
def test_r_cmp_01_a_place_described_is_nothing_to_handle(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.NO_ACTION, text
    assert "kind.place-told" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a verdict or a fault beside the description decides
        "景区门票太贵了，里面也没什么好看的",
        "博物馆的讲解员态度很差",
    ],
)
def test_r_cmp_01_a_fault_at_a_described_place_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize("text", ["景区风景很美，值得一去", "这个景点真的特别好，推荐"])
def test_r_cmp_01_praise_of_a_described_place_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
