"""The one merit named, the main fault named, a wait for a mending, why a thing fails, a merit
wasted, a problem asked to be dealt with and a lesson that leaves the writer lost (issue 13).

The fortieth round, the complaint side (R-CMP-01): the one thing worth praise named as the
only one (唯一满意的是房间很大) says the rest fell short (``kind.sole-merit``); a fault named as
the main one or as what cannot be borne (最大的问题是…, 最让我受不了的是…) is the point of the
text (``kind.main-fault``); when a failure the writer lives with will be put right (停电何时恢复)
is a wait, not a question (``kind.when-mended``); why a thing cannot be found, installed or
shown, or why it is cut so short (为什么查不到, 为什么只有六期), asks about a failure
(``kind.why-fails``); a merit wasted by the rest (可惜了这么好的演员, ``kind.wasted-merit``); a
wish that a named problem be dealt with (希望能改善延误的问题, ``kind.fix-the-problem``); a
subject's lukewarm verdict before a fault (讲得还可以，但是声音太小, ``kind.faint-subject``); a
few more failures before 怎么办 (收不到, 没有打单: ``kind.failure-question``) and a lesson
that leaves the writer lost (听不懂了, 一头雾水: ``kind.verdict``).  The look-alikes stay what they
were: praise of the best thing among many, the writer's own doing asked about, a doubt, a
confusion that cleared.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Kind, classify

# ---- the one merit named (kind.sole-merit) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "菜上得慢，味道也淡，唯一值得称赞的是服务员的态度",
        "唯一的优点就是便宜，其他一无是处",
        "车机卡顿，油耗也高，唯一让人满意的地方是空间大",
        "房间隔音差，早餐种类少，唯一满意的是离地铁近",
    ],
)
def test_r_cmp_01_the_one_merit_named_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.sole-merit" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "每道菜都好吃，最满意的是红烧肉",
        "这是我唯一推荐的店，味道很棒",
        "这次入住很满意，唯一值得一提的是前台小姐姐特别热情",
        "这家店唯一推荐的是他家的招牌牛肉面，超级好吃",
    ],
)
def test_r_cmp_01_the_best_thing_among_many_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.sole-merit" not in _fired(text)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["唯一值得称赞的是", "唯一满意的是", "唯一的优点就是", "唯一值得推荐的是"]),
    st.sampled_from(["早餐", "位置", "价格便宜", "服务员很热情", "包装很好看"]),
    st.sampled_from(["", "。", "，就这样吧", "。以上"]),
)
def test_r_cmp_01_a_sole_merit_stays_a_complaint_whatever_it_names(
    frame: str, merit: str, tail: str
) -> None:
    text = f"等了很久才上菜，{frame}{merit}{tail}"
    assert classify(text, policy=RULES_ONLY).kind is Kind.COMPLAINT, text


# ---- the main fault named (kind.main-fault) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "早餐不错，最大的问题是隔音太差",
        "快递很快，最让我受不了的是客服的态度",
        "环境挺好，不满意的地方就是等位太久",
        "游戏画面很美，主要的问题是优化太差，经常掉帧",
    ],
)
def test_r_cmp_01_the_main_fault_named_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.main-fault" in _fired(text)


@pytest.mark.parametrize(
    "text", ["没有不满意的地方，下次还来", "如果说最大的问题是什么，那就是太好吃容易吃撑，哈哈"]
)
def test_r_cmp_01_no_fault_or_a_fault_supposed_is_no_main_fault(text: str) -> None:
    assert "kind.main-fault" not in _fired(text)


def test_r_cmp_01_no_fault_at_all_stays_praise() -> None:
    kind_either_way("没有不满意的地方，下次还来", Kind.PRAISE)


# ---- a wait for a mending (kind.when-mended) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "宽带断了，什么时候可以修好",
        "电梯又坏了，啥时候能修复啊",
        "我们村从早上开始停电，何时恢复供电？",
        "更新以后蓝牙连不上，不知道什么时候能解决",
    ],
)
def test_r_cmp_01_when_a_failure_will_be_put_right_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize(
    "text", ["我什么时候可以修好这个", "什么时候可以恢复借呗的额度", "请问周末什么时候营业"]
)
def test_r_cmp_01_a_time_asked_without_a_failure_is_a_consultation(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION
    assert "kind.when-mended" not in _fired(text)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["什么时候", "何时", "啥时候"]),
    st.sampled_from(["能", "可以", "才能", ""]),
    st.sampled_from(["恢复", "修好", "修复", "解决"]),
)
def test_r_cmp_01_an_outage_asked_when_mended_is_a_complaint(
    when: str, can: str, verb: str
) -> None:
    text = f"小区的网络断了三天了，{when}{can}{verb}？"
    assert classify(text, policy=RULES_ONLY).kind is Kind.COMPLAINT, text


# ---- why a thing fails (kind.why-fails) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "为什么我的订单查不到",
        "为什么这个软件装不上",
        "为什么分期最多只有三期",
        "付款成功了，为什么页面还是显示未支付？",
    ],
)
def test_r_cmp_01_why_a_thing_fails_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.why-fails" in _fired(text)


@pytest.mark.parametrize("text", ["为什么这家店只有中午营业", "为什么你们家的菜这么好吃"])
def test_r_cmp_01_why_asked_of_no_failure_is_no_failure(text: str) -> None:
    assert "kind.why-fails" not in _fired(text)
    assert classify(text, policy=RULES_ONLY).kind is not Kind.COMPLAINT


# ---- a merit wasted (kind.wasted-merit) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "剧情太拖沓，可惜了这么好的演员",
        "后半段一塌糊涂，白瞎了前面的美术",
        "可惜了这么好的食材，全做咸了",
    ],
)
def test_r_cmp_01_a_merit_wasted_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.wasted-merit" in _fired(text)


def test_r_cmp_01_a_chance_missed_is_no_merit_wasted() -> None:
    assert "kind.wasted-merit" not in _fired("可惜了，今天没抢到优惠券")


# ---- a problem asked to be dealt with (kind.fix-the-problem) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "航班老是延误，希望能改善延误的问题",
        "希望你们尽快处理噪音的问题",
        "楼下每晚施工，望有关部门重视这个情况",
    ],
)
def test_r_cmp_01_a_problem_asked_to_be_dealt_with_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize("text", ["建议增加儿童座椅", "希望以后多出一些新口味"])
def test_r_cmp_01_a_proposal_without_a_problem_stays_a_suggestion(text: str) -> None:
    assert "kind.fix-the-problem" not in _fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.SUGGESTION


def test_r_cmp_01_how_to_solve_a_problem_asked_is_no_wish() -> None:
    assert "kind.fix-the-problem" not in _fired("请问怎样才能解决手机发热的问题")


# ---- a subject's lukewarm verdict before a fault (kind.faint-subject) ---------------------


@pytest.mark.parametrize(
    "text", ["讲得还可以，但是声音太小", "面还行，就是汤太咸了", "老师讲的还可以,但明显没有备课"]
)
def test_r_cmp_01_a_subjects_lukewarm_verdict_before_a_fault_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


@pytest.mark.parametrize(
    "text",
    [
        "总体还不错，就是稍微贵了点",
        "当时感觉一般，但是后来越吃越喜欢",
        "用着还可以，只是不知道能不能长期用",
    ],
)
def test_r_cmp_01_a_warm_verdict_a_past_one_or_a_doubt_is_no_faint_subject(text: str) -> None:
    assert "kind.faint-subject" not in _fired(text)


# ---- failures before 怎么办 (kind.failure-question) ----------------------------------------


@pytest.mark.parametrize("text", ["收不到验证码怎么办", "刷卡没有打单怎么办", "卡被吞了，怎么办"])
def test_r_cmp_01_a_failure_then_what_now_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.failure-question" in _fired(text)


def test_r_cmp_01_a_failure_supposed_then_what_now_asks() -> None:
    assert "kind.failure-question" not in _fired("如果收不到验证码怎么办")


# ---- a lesson that leaves the writer lost (kind.verdict) ----------------------------------


@pytest.mark.parametrize(
    "text", ["老师讲得太快，听不懂了", "看完还是一头雾水", "讲得很乱，听得稀里糊涂"]
)
def test_r_cmp_01_a_lesson_that_leaves_the_writer_lost_is_a_complaint(text: str) -> None:
    complaint_either_way(text)


def test_r_cmp_01_a_confusion_that_cleared_stays_praise() -> None:
    kind_either_way("刚开始一头雾水，后来越看越明白，推荐", Kind.PRAISE)


# ---- everyday texts in many trades keep their kinds ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("外卖半小时就到了，饭菜还热，很满意", Kind.PRAISE),
        ("快递员态度很好，送货上门", Kind.PRAISE),
        ("酒店前台很热情，房间干净", Kind.PRAISE),
        ("水果很新鲜，包装也很用心", Kind.PRAISE),
        ("游戏画面很精美，玩法也有意思", Kind.PRAISE),
        ("请问这个套餐包含早餐吗", Kind.CONSULTATION),
        ("我想问一下信用卡怎么还款", Kind.CONSULTATION),
        ("这款手机续航怎么样", Kind.CONSULTATION),
        ("车子开了三个月，发动机有异响", Kind.COMPLAINT),
        ("话费为什么多扣了二十元", Kind.COMPLAINT),
    ],
)
def test_r_cmp_01_everyday_texts_keep_their_kinds(text: str, kind: Kind) -> None:
    assert classify(text, policy=RULES_ONLY).kind is kind, text
