"""Praise told as a trouble spared, as a thing called fine, and as help received (issue 13).

The forty-fifth round, the praise side (R-CMP-01, R-CMP-02): a trouble, time or money the thing
spared the writer (省了很多麻烦, 还能省钱, 再也不用操心: ``pr.spared``); a sight, a text or the
goods called beautiful, excellent, distinctive, creative, safe or sturdy under a word of degree
(景色非常美丽, 表现出色, 很有当地特色, 还很稳固: ``pr.fine``); and help received that set a
misfortune right (钱包被偷了，警察帮我找回来了: ``kind.resolved``) — by the labelling guide,
thanks that name a good result are praise of whoever helped.
The look-alikes stay what they were: a saving sought (为了省时间), a way to save asked about
(最省钱的办法是什么？), a saving claimed and belied, a high price joked about (价格也很美丽), a
merit asked about or denied (景色很美丽吗？, 没有地方特色), help asked for (请帮我找回…) or
not given (也没给我修好), and "never again" (再也不用了) stays a complaint.
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

# ---- a trouble, time or money spared (pr.spared) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "用了这个软件，省了很多麻烦",
        "有了这个记账本，减少了不少烦恼",
        "团购比门店还能省钱",
        "师傅帮我省了不少钱",
        "有了扫地机器人，再也不用操心打扫了",
        "办了网银以后再也不用跑腿了",
    ],
)
def test_r_cmp_01_a_trouble_spared_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    result = classify(text)
    assert result.kind_rule == "pr.spared"
    assert result.category is Category.OTHER


def test_r_cmp_01_an_errand_spared_is_praise_by_the_rules() -> None:
    """免去了跑腿: the rules read the praise (the learned layer may weigh the words otherwise)."""
    result = classify("网上就能办，免去了跑腿", policy=RULES_ONLY)
    assert result.kind is Kind.PRAISE
    assert result.kind_rule == "pr.spared"


@pytest.mark.parametrize(
    "text", ["为了省时间，我选了最近的一家", "最省钱的办法是什么？", "这样不能省钱"]
)
def test_r_cmp_01_a_saving_sought_asked_or_denied_is_no_praise(text: str) -> None:
    """A purpose (为了省时间), a way asked about (最省钱的办法) or a saving denied praises
    nothing."""
    assert "pr.spared" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


def test_r_cmp_01_a_saving_asked_about_is_a_consultation() -> None:
    kind_either_way("办这张卡能省钱吗？", Kind.CONSULTATION)


def test_r_cmp_01_a_saving_claimed_and_belied_is_a_complaint() -> None:
    """说是能省很多时间，结果…: the seller's claim, belied, is no praise of the writer's."""
    complaint_either_way("说是能省很多时间，结果排了两个小时")
    assert "pr.spared" not in _fired("说是能省很多时间，结果排了两个小时")


def test_r_cmp_01_never_again_stays_a_complaint() -> None:
    """再也不用了 (won't use it again) is no worry spared: ``kind.warning`` still reads it."""
    complaint_either_way("这家店的东西再也不用了")
    assert "pr.spared" not in _fired("这家店的东西再也不用了")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("为了", "想")),
    st.sampled_from(("省时间", "省麻烦", "省钱", "省了时间")),
)
def test_r_cmp_01_a_purpose_is_never_a_trouble_spared(purpose: str, saving: str) -> None:
    assert "pr.spared" not in _fired(f"{purpose}{saving}，我换了一家")


@settings(max_examples=30, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_trouble_spared_is_read_after_any_sentence(before: str) -> None:
    fires_after_a_sentence("pr.spared", "省了很多麻烦", before)


# ---- a thing called fine (pr.fine) --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "山上的景色非常美丽",
        "这本诗集语言很优美",
        "这款相机夜景表现出色",
        "这家餐厅的装修很有当地特色",
        "这个设计很有创意",
        "儿童座椅做得非常安全",
        "补的牙用了两年还很稳固",
        "有张医生在我们很有信心",
    ],
)
def test_r_cmp_01_a_thing_called_fine_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).kind_rule == "pr.fine"


def test_r_cmp_01_a_resolve_against_the_firm_is_no_trust() -> None:
    """我很有信心维权到底 is resolve against the firm, no trust in it (pr.fine, R-CMP-01)."""
    assert "pr.fine" not in _fired("这件事我很有信心维权到底")
    assert "pr.fine" not in _fired("我非常有信心起诉你们")


def test_r_cmp_01_a_price_called_beautiful_is_no_praise() -> None:
    """价格也很美丽 jokes about a high price."""
    assert "pr.fine" not in _fired("价格也很美丽")


def test_r_cmp_01_beauty_asked_about_is_a_consultation() -> None:
    kind_either_way("景色很美丽吗？", Kind.CONSULTATION)


def test_r_cmp_01_a_distinction_denied_is_a_complaint() -> None:
    """没有地方特色: the praise word negated is flipped into a complaint."""
    complaint_either_way("菜没有地方特色")
    assert "pr.fine" in _fired("菜没有地方特色")


@pytest.mark.parametrize(
    "text",
    ["表现不够出色", "这个小区不太安全", "这个模式不够创新", "对这家公司的售后没有信心"],
)
def test_r_cmp_01_a_merit_denied_is_no_praise(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE
    assert classify(text, policy=RULES_ONLY).kind is not Kind.PRAISE


# ---- help received after a misfortune (kind.resolved) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "钱包被偷了，警察帮我找回来了",
        "手机坏了，售后师傅当天就给我修好了",
        "卡丢了，柜员很快帮我补办好了",
    ],
)
def test_r_cmp_01_help_received_after_a_misfortune_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).kind_rule == "kind.resolved"


@pytest.mark.parametrize("text", ["请帮我找回丢失的包裹", "能不能帮我修好？"])
def test_r_cmp_01_help_asked_for_is_no_praise(text: str) -> None:
    assert "kind.resolved" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


def test_r_cmp_01_help_asked_as_a_question_is_a_consultation() -> None:
    kind_either_way("能不能帮我修好？", Kind.CONSULTATION)


@pytest.mark.parametrize(
    "text", ["修了三次也没给我修好", "客服说已经帮我处理好了，可是钱还没退回来"]
)
def test_r_cmp_01_help_not_given_or_belied_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.resolved" not in _fired(text)


# ---- advice to another customer (kind.peer-advice) ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "预算够的话建议选四驱版",
        "建议你先看说明书再用",
        "常跑长途的话，建议换大排量的车型",
        "新手建议买入门款",
        "想省心的话建议大家直接找4S店",
        "预算多的话建议上x5",
        "不急的话建议等年底再入手",
    ],
)
def test_r_cmp_01_advice_to_another_customer_is_no_suggestion(text: str) -> None:
    """By the labelling guide advice to other customers is no suggestion to the company; with
    nothing else said there is nothing to handle."""
    kind_either_way(text, Kind.NO_ACTION)
    assert classify(text).kind_rule == "kind.peer-advice"


@pytest.mark.parametrize(
    "text",
    [
        "建议增加早餐品种",
        "建议上架更多口味",
        "建议换成大包装",
        "建议换个厨师",
        "建议用户先登录",
        "建议买一送一的活动多搞几次",
        # a bare 用/看/等/找/上 with no one addressed: a proposal to the firm as well
        "建议用玻璃瓶代替塑料瓶，更环保",
        "建议看看能不能把按钮做大一点",
        "建议周末人多的时候多开几个收银台",
        "建议下午也开放预约",
        "建议找个有经验的人带一下新员工",
    ],
)
def test_r_cmp_01_a_proposal_to_the_firm_stays_a_suggestion(text: str) -> None:
    """A proposal to the firm is no advice to a peer: only an addressee (你, 大家) or a
    purchase (买, 选, 入手) makes 建议… a peer's advice (R-CMP-01)."""
    kind_either_way(text, Kind.SUGGESTION)
    assert "kind.peer-advice" not in _fired(text)
    assert classify(text).category is Category.PROPOSAL_CRITICISM


def test_r_cmp_01_a_warning_to_go_elsewhere_stays_a_complaint() -> None:
    complaint_either_way("建议去别家吧，服务太差了")
