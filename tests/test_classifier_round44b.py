"""Texts that are no complaint: a date or a change asked about without a particle, ease of use
called by name, a record asked to be looked up, a matter settled in full, a symptom eased after
care and a thing become easier to use (issue 13).

The forty-fourth round, the side of praise, questions and nothing to handle (R-CMP-01,
R-CMP-02): 能不能, 可不可以, 能否 and 可否 ask by themselves, so a date put off or a change made
for the writer needs no 吗 at the clause's end (积分快过期了能不能延期: ``kind.can-it-be-done``);
what a thing makes easy named before a bare 方便 (使用方便, 携带方便: ``pr.goods``); a record
the writer wants looked up (我想查…, 想查看…: ``kind.question``); a matter said settled 圆满 or
妥善 (``kind.resolved``); a symptom eased or gone after care (症状明显减轻, 咳嗽消失了:
``pr.better-after``); and a thing become easier to use, told as done (看病更方便了, 越来越方便了:
``pr.easier-now``).
The look-alikes stay what they were: a change proposed to the firm, a refusal asked about, a
delay complained of, a purpose (为了携带方便), ease asked about or wished for, a settlement hoped
for or demanded, a symptom that did not ease or a coating that wore off, and a change for the
better put as a condition (就更方便了, 会更方便).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- a date put off or a change for the writer, asked without a particle ----------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("积分快过期了能不能延期", Category.OTHER),
        ("会员到期了可不可以推迟一个月", Category.OTHER),
        ("订单能否帮我取消", Category.SALES_CONTRACT),
        ("预约的时间能不能改期", Category.OTHER),
    ],
)
def test_r_cmp_01_a_change_asked_without_a_particle_is_a_consultation(
    text: str, category: Category
) -> None:
    """能不能延期 asks about the writer's own points or order: no delay is complained of."""
    kind_either_way(text, Kind.CONSULTATION)
    assert classify(text).category is category
    assert "kind.can-it-be-done" in _fired(text)


@pytest.mark.parametrize(
    "text",
    ["能不能取消这个弹窗广告", "为什么不能延期", "你们一再延期，能不能给个说法", "客服说可以延期"],
)
def test_r_cmp_01_a_proposal_a_refusal_or_a_delay_is_no_change_asked(text: str) -> None:
    """A thing the firm should drop, a refusal, a delay suffered or told: nothing of one's own."""
    assert "kind.can-it-be-done" not in _fired(text)


@pytest.mark.parametrize("text", ["为什么不能延期", "你们一再延期，能不能给个说法"])
def test_r_cmp_01_a_delay_complained_of_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(("能不能", "可不可以", "能否", "可否")),
    st.sampled_from(("延期", "推迟", "改期", "顺延", "帮我取消", "帮我改一下")),
    st.sampled_from(("", "啊", "？", "。")),
)
def test_r_cmp_01_a_change_asked_by_itself_is_a_question_with_or_without_a_mark(
    ask: str, change: str, end: str
) -> None:
    """The asking word carries the question: the rules read a consultation whatever ends it."""
    text = f"我的预约{ask}{change}{end}"
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION


# ---- what a thing makes easy, before a bare 方便 (pr.goods) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这个App操作方便，界面也清爽",
        "手机银行使用方便",
        "社区医院就在楼下，看病方便",
        "充电宝体积小，携带方便",
    ],
)
def test_r_cmp_01_ease_of_use_named_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.goods" in _fired(text)


@pytest.mark.parametrize("text", ["为了携带方便，我买了小号的", "希望使用方便一点"])
def test_r_cmp_01_ease_sought_is_no_praise(text: str) -> None:
    """A purpose (为了…方便) or a wish (希望…方便一点) praises nothing."""
    assert "pr.goods" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


def test_r_cmp_01_ease_asked_about_or_denied_is_no_praise() -> None:
    kind_either_way("操作方便吗", Kind.CONSULTATION)
    complaint_either_way("使用不方便，按键太小")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("为了", "以便")),
    st.sampled_from(("使用", "操作", "携带", "收纳", "停车", "购物", "看病")),
)
def test_r_cmp_01_a_purpose_is_never_ease_praised(purpose: str, activity: str) -> None:
    assert "pr.goods" not in _fired(f"{purpose}{activity}方便，我换了一个")


# ---- a record asked to be looked up (kind.question) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我想查信用卡的积分", Category.SALES_CONTRACT),
        ("想查看一下物流信息", Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_01_a_record_to_look_up_is_a_consultation(text: str, category: Category) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert classify(text).category is category
    assert "kind.question" in _fired(text)


def test_r_cmp_01_a_charge_to_look_into_stays_a_complaint() -> None:
    """我想查一下为什么多扣了我钱: the charge the writer cannot place is the point."""
    complaint_either_way("我想查一下为什么多扣了我钱")


# ---- a matter settled in full (kind.resolved) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["上门检修后问题圆满解决，谢谢你们", "反映的问题已妥善处理好了", "问题已经圆满解决了，谢谢"],
)
def test_r_cmp_01_a_matter_settled_in_full_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).kind_rule == "kind.resolved"


@pytest.mark.parametrize("text", ["希望问题得到妥善解决", "请尽快妥善处理", "能圆满解决吗"])
def test_r_cmp_01_a_settlement_hoped_for_or_asked_is_no_praise(text: str) -> None:
    assert "kind.resolved" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


def test_r_cmp_01_a_settlement_demanded_stays_a_complaint() -> None:
    complaint_either_way("请尽快妥善处理")


# ---- a symptom eased or gone after care (pr.better-after) ------------------------------------


@pytest.mark.parametrize("text", ["做了手术以后症状明显减轻", "吃了两周药，咳嗽消失了"])
def test_r_cmp_01_a_symptom_eased_after_care_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).kind_rule == "pr.better-after"


@pytest.mark.parametrize("text", ["吃了药症状没有减轻", "用了一个月，涂层消失了"])
def test_r_cmp_01_no_relief_and_a_worn_coating_are_no_praise(text: str) -> None:
    """No relief told, or a coating gone (no symptom): no good result."""
    assert "pr.better-after" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


def test_r_cmp_01_relief_asked_about_is_a_consultation() -> None:
    kind_either_way("吃了药症状减轻了吗", Kind.CONSULTATION)


# ---- a thing become easier to use (pr.easier-now) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["系统升级后办业务更方便了", "现在网上挂号越来越方便了", "谢谢医生，让我们看病更方便了"],
)
def test_r_cmp_01_a_thing_become_easier_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    result = classify(text)
    assert result.kind_rule == "pr.easier-now"
    assert result.category is Category.OTHER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("如果能加个搜索就更方便了", Kind.SUGGESTION),
        ("要是能刷卡会更方便", Kind.SUGGESTION),
        ("越来越不方便了", Kind.COMPLAINT),
        ("现在更方便了吗", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_ease_wished_denied_or_asked_is_not_the_change_praised(
    text: str, kind: Kind
) -> None:
    kind_either_way(text, kind)
    assert "pr.easier-now" not in _fired(text)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("就", "会", "能", "才", "将")),
    st.sampled_from(("方便", "便捷", "顺手", "好用", "省心")),
)
def test_r_cmp_01_a_change_put_as_a_condition_is_never_praised(modal: str, ease: str) -> None:
    """就更方便了, 会更省心了: what would follow from a change is no change made."""
    assert "pr.easier-now" not in _fired(f"要是多开一个窗口{modal}更{ease}了")


# ---- a claim another reported, then belied (pr.goods, pr.easier-now, kind.resolved) ----------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("宣传说扫码支付方便，其实扫了五次都没成功", "pr.goods"),
        ("号称携带方便，结果比砖头还沉，根本带不动", "pr.goods"),
        ("店家说安装方便，可是师傅装了两个小时还没装好", "pr.goods"),
        ("说是操作起来方便，实际上菜单找半天都找不到", "pr.goods"),
        ("客服说问题已经妥善处理好了，但是到现在还没人联系我", "kind.resolved"),
        ("宣传说挂号变得更便捷了，其实排队的人一点没少", "pr.easier-now"),
        ("号称升级后更好用了，结果闪退了三次", "pr.easier-now"),
    ],
)
def test_r_cmp_01_a_claim_reported_then_belied_is_no_praise(text: str, rule: str) -> None:
    """What the seller or its staff said (说是, 号称, 宣传说, 客服说), then denied by the writer
    (其实…没, 可是…还没, 结果…三次): a complaint, the claim's praise word praises nothing."""
    complaint_either_way(text)
    assert rule not in _fired(text)


def test_r_cmp_01_a_settlement_claimed_then_wasted_tries_is_no_praise() -> None:
    text = "工作人员说已经圆满解决，结果我又跑了两趟"
    assert "kind.resolved" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("客服说已经妥善处理好了，确实很快就退回来了，谢谢", "kind.resolved"),
        ("说是使用方便，用了一周确实方便", "pr.goods"),
        ("店家说安装方便，果然十分钟就装好了", "pr.goods"),
        ("听朋友说这里看病更方便了，来了一次，确实更方便了", "pr.easier-now"),
    ],
)
def test_r_cmp_01_a_claim_reported_then_confirmed_stays_praise(text: str, rule: str) -> None:
    """The claim borne out (确实, 果然): the writer's own verdict, praise."""
    kind_either_way(text, Kind.PRAISE)
    assert rule in _fired(text)


# ---- a change asked in a grievance (kind.can-it-be-done) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "能不能延期交付啊，你们已经拖了三个月了",
        "能否帮我取消订单，货迟迟不发",
        "能不能延期交房啊，开发商一直在拖",
    ],
)
def test_r_cmp_01_a_change_asked_in_a_grievance_stays_a_complaint(text: str) -> None:
    """The delay is the firm's (拖, 迟迟不发): the question reproaches, no consultation."""
    complaint_either_way(text)
    assert "kind.can-it-be-done" not in _fired(text)


@pytest.mark.parametrize(
    "text", ["可否推迟还款，都怪你们系统出错扣款失败", "能不能改期，你们一再变更时间"]
)
def test_r_cmp_01_a_fault_told_beside_the_change_is_no_plain_question(text: str) -> None:
    assert "kind.can-it-be-done" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "能不能延期一周交房？我那段时间出差",
        "可否推迟两天发货，家里没人收",
        "能不能帮我取消订单，不想要了",
        "还款日能不能顺延",
    ],
)
def test_r_cmp_01_a_change_asked_for_the_writers_own_reasons_stays_a_question(text: str) -> None:
    """The writer's own reason (出差, 没人收, 不想要了): no grievance, a consultation."""
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.can-it-be-done" in _fired(text)
