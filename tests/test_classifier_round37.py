"""Proposals, eligibility and quantity questions, settled matters and the learned layer's
citations (issue 13).

The thirty-seventh round: a thing asked moved or built, put as a question (``kind.suggestion``:
能不能把…放在第一层菜单, 能否在…建一个…), a proposal in the writer's own name (我提议) or made
for the public's sake (``kind.public-good``: …，方便市民); a fix urged soon (希望尽快改善) and a
mending asked with no object (``kind.mend-this``: 能不能改进一下啊, 求优化) are complaints about
what the text tells; whether one may borrow or repay so (``kind.eligibility``: 为什么我不能借钱)
and how many one may have (``kind.question-mark``: 最多能设几个) are questions; a queue not
needed (不用排队), a fault that long use did not bring (``pr.not-bad``: 用了五年都没坏), a regret
of not having found it sooner (``pr.found-late``) and a refund received (``kind.resolved``) are
no complaints.  A proposal's A-not-A question (能不能, 可不可以) negates no rule's word.  The
learned layer cites no n-gram of function words alone (这个, 时候, 我们), while its weights still
count.  Each is read by its words (R-CMP-01) and classed by what it is about (R-CMP-03); each
pattern's look-alikes stay what they were.
"""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, Rule, classify
from custops.i18n import language

# ---- a thing asked moved or built, a proposal in one's own name or for the public ---------


@pytest.mark.parametrize(
    "text",
    [
        "能不能把查话费放在第一层菜单",
        "可不可以把音量键挪到左边",
        "能否在地铁站旁边建一个自行车停放点",
        "我提议在公园里多装几个路灯",
        "建议在小区旁边增设公交站，方便居民出行",
        "希望图书馆延长开放时间，以方便学生复习",
    ],
)
def test_r_cmp_01_a_thing_asked_moved_built_or_for_the_public_is_a_suggestion(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.SUGGESTION
    assert result.category is Category.PROPOSAL_CRITICISM


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a refund asked back, a place asked about: no proposal
        ("能不能把钱退给我", Kind.CONSULTATION),
        ("这个可以放在冰箱里吗", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_a_thing_asked_back_or_about_is_no_proposal(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind


def test_r_cmp_01_convenience_told_without_a_wish_is_no_proposal() -> None:
    assert "kind.public-good" not in _fired("这样很方便市民")


# ---- a fix urged, a mending asked with no object (complaints) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "房间里蟑螂很多，希望尽快改善",
        "网络老是掉线，请赶紧改进",
        "APP老是闪退，能不能修复一下啊",
        "加载太慢了，求优化",
    ],
)
def test_r_cmp_01_a_fix_urged_or_asked_with_no_object_is_a_complaint(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize("text", ["能不能修复一下啊", "求优化", "希望改进。"])
def test_r_cmp_01_a_mending_with_no_object_fires_its_rule(text: str) -> None:
    assert "kind.mend-this" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a thing named: a proposal
        "建议优化一下注册流程",
        # the mild wish a satisfied customer adds
        "很好用，就是有点卡，希望能改进",
    ],
)
def test_r_cmp_01_a_mending_of_a_named_thing_or_a_mild_wish_is_not_mend_this(text: str) -> None:
    assert "kind.mend-this" not in _fired(text)


@pytest.mark.parametrize("text", ["希望改善一下停车条件", "希望早日开通网上缴费"])
def test_r_cmp_01_a_change_proposed_without_haste_stays_a_suggestion(text: str) -> None:
    assert classify(text).kind is Kind.SUGGESTION


# ---- eligibility and quantity questions ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["为什么我不能贷款", "为啥不能分期付款", "为何不能提前部分还款"],
)
def test_r_cmp_01_whether_one_may_borrow_or_repay_is_a_consultation(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.eligibility" in _fired(text)


@pytest.mark.parametrize("text", ["借呗怎么又不能借了", "显示身份信息有误，无法借款"])
def test_r_cmp_01_a_loan_that_fails_again_or_is_told_refused_stays_a_complaint(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    ["亲情号码最多能设几个", "一张身份证最多能办几个号码", "会员卡一次可以带几个人"],
)
def test_r_cmp_01_how_many_one_may_have_is_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION


def test_r_cmp_01_a_count_told_without_a_modal_is_no_question() -> None:
    assert classify("我去前台找了几次都没人理").kind is Kind.COMPLAINT


# ---- no complaints: a queue not needed, long use without a fault, a regret, a refund ------


@pytest.mark.parametrize(
    "text",
    [
        "反正不用排队，挺方便",
        "这台冰箱用了五年了都没坏过",
        "这双鞋穿了两年也没出过问题",
        "怎么就没早点发现这家店",
        "后悔没早点买这个锅",
        "相见恨晚",
    ],
)
def test_r_cmp_01_a_good_experience_in_negative_words_is_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE


def test_r_cmp_01_a_queue_not_needed_is_no_wait() -> None:
    assert "sq.waiting" not in _fired("周末去不需要排队，很快就吃上了")
    assert "sq.waiting" in _fired("排队排了一个小时才轮到我")
    # a queue wished away is there
    assert "sq.waiting" in _fired("要是不用排队就好了")


@pytest.mark.parametrize("text", ["用了三个月就坏了", "为什么没早点通知我", "穿了两年也没坏吗"])
def test_r_cmp_01_a_fault_or_a_late_notice_is_no_praise(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE


@pytest.mark.parametrize("text", ["我已经收到退款了，谢谢", "退款已经收到了，谢谢客服"])
def test_r_cmp_01_a_refund_received_is_no_complaint(text: str) -> None:
    assert classify(text).kind is not Kind.COMPLAINT
    assert "kind.resolved" in _fired(text)


def test_r_cmp_01_a_refund_not_received_stays_a_complaint() -> None:
    assert classify("还没收到退款").kind is Kind.COMPLAINT


# ---- a proposal's A-not-A question negates nothing ----------------------------------------


def test_r_cmp_01_a_proposals_a_not_a_question_negates_no_word() -> None:
    rule = Rule("t.add", kind=Kind.SUGGESTION, terms=("增加",), negations=("不",))
    assert "能不能" in rule.not_negations
    assert "可不可以" in rule.not_negations
    policy = attrs.evolve(RULES_ONLY, rules=(rule,))
    assert classify("可不可以增加一个夜间模式", policy=policy).kind is Kind.SUGGESTION
    assert classify("不增加", policy=policy).kind is not Kind.SUGGESTION


def test_r_cmp_03_another_firm_is_no_goods_exchange() -> None:
    assert classify("物流太慢了，能不能换家快递").category is not Category.RETURN_EXCHANGE


# ---- the learned layer's citations --------------------------------------------------------

FUNCTION = ("我们", "你们", "这个", "那个", "时候", "一个", "已经", "的", "了", "我", "这")
CONTENT = ("信号", "客服", "退款", "快递", "质量", "竟然", "公司", "太慢")
ONLY_FUNCTION = re.compile("(?:" + "|".join(sorted(FUNCTION, key=len, reverse=True)) + ")+")


def test_r_cmp_01_the_learned_layer_cites_no_function_words_alone() -> None:
    """R-CMP-01: a text of function words only has no learned evidence; in one with a
    content word (人), what the layer cites is never function words alone."""
    assert not [e for e in classify("我们这个时候已经").evidence if e.rule_id == "learned"]
    cited = [e.text for e in classify("我们这个时候一个人").evidence if e.rule_id == "learned"]
    assert not [text for text in cited if ONLY_FUNCTION.fullmatch(text)]


def test_r_cmp_01_uncited_function_words_still_weigh_in_the_learned_vote() -> None:
    """你们公司: the learned layer's kind stands on 你们, which it does not cite: its votes
    count, and the reason says no words are shown, as when no rule fired."""
    with language("en_US"):
        result = classify("你们公司")
    assert result.kind_rule == "learned"
    assert dict(result.learned_scores).get(result.kind, 0) > 0
    assert not [e for e in result.evidence if e.rule_id == "learned" and e.kind is not None]
    assert result.reason.startswith(f"{result.kind.value.replace('_', ' ')}: no rule recognised")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FUNCTION + CONTENT), min_size=1, max_size=8))
def test_r_cmp_01_no_learned_citation_is_function_words_alone(words: list[str]) -> None:
    result = classify("".join(words))
    for e in result.evidence:
        if e.rule_id == "learned":
            assert ONLY_FUNCTION.fullmatch(e.source) is None, e


# ---- a feature asked back or urged (kind.feature-request) ---------------------------------


@pytest.mark.parametrize(
    "text", ["这个商城就不能适配平板吗？", "还不出支持折叠屏的版本？", "你们还没推出会员功能吗"]
)
def test_r_cmp_01_a_feature_asked_back_or_urged_is_a_suggestion(text: str) -> None:
    assert classify(text).kind is Kind.SUGGESTION
    assert "kind.feature-request" in _fired(text)


@pytest.mark.parametrize("text", ["这个型号不能支持5G吗", "怎么还没出新版本的说明书"])
def test_r_cmp_01_a_limit_asked_or_a_manual_late_is_no_feature_request(text: str) -> None:
    assert "kind.feature-request" not in _fired(text)
