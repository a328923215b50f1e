"""Complaints told in a passive, a charge, a regret, a why or a warning (issue 13).

The forty-fourth round, the complaint side (R-CMP-01, R-CMP-02): the customer's thing lost or
broken at another's hands, told in the passive (存折被柜员搞丢了: ``kind.passive-harm``); a
charge on top said in indignation (补办还要收费？, 居然还要收工本费: ``kind.charged-anyway``); a
regret with a word of degree or a standard let slip (有点小小的遗憾, 有失水准: ``kind.regret``);
the stars given to someone else than the thing reviewed (五星是给快递小哥的:
``kind.praise-for-another``); a muddle or a harm the thing caused (把我绕晕了:
``kind.made-me-suffer``); nothing worth having (没什么想买的: ``kind.nothing-worth``); told to
stop making things worse (别再乱扣费了: ``kind.stop-messing``); a thing of little use (用处不大:
``kind.little-use``); credit refused again and again
(一直秒拒: ``kind.credit-refused``); a fault asked as a why (为什么退款这么慢？:
``kind.why-so-bad``); a stop asked to a thing that keeps happening (能不能别老是…:
``kind.stop-it-asked``); and a warning to other customers with 最好别 (你最好别住这家:
``kind.warning``) — by the labelling guide a warning to others is a complaint, not a
suggestion to the company.
The look-alikes stay what they were: the customer's own accident, a fear (万一…), a fee asked
about (…还要收费吗？), a regret denied, the firm's own apology, praise given to the shop, a
merit asked as a why (为什么这么好吃？), an order's wish (能不能不要放香菜？) and advice on how
to use a thing (最好别用热水洗).
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

# ---- complaints the new rules read (R-CMP-01) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("我的行李箱被航空公司摔坏了一个角", "kind.passive-harm"),
        ("存折被柜员搞丢了，补办还要收费？", "kind.passive-harm"),
        ("快递被人偷走了，客服一直不处理", "kind.passive-harm"),
        ("衣服被干洗店弄坏了", "kind.passive-harm"),
        ("存折被柜员搞丢了，补办还要收费？", "kind.charged-anyway"),
        ("办张卡居然还要收工本费", "kind.charged-anyway"),
        ("退个货还得自己出运费！", "kind.charged-anyway"),
        ("这次的点心有点小小的遗憾，皮太硬了", "kind.regret"),
        ("游戏后期有失水准", "kind.regret"),
        ("五星是给外卖小哥的，菜都凉了", "kind.praise-for-another"),
        ("好评只是给客服的", "kind.praise-for-another"),
        ("老师讲得太快，把我都绕晕了", "kind.made-me-suffer"),
        ("逛了一圈没什么想买的", "kind.nothing-worth"),
        ("别再乱扣费了", "kind.stop-messing"),
        ("申请了三次信用卡，一直秒拒", "kind.credit-refused"),
        ("为什么退款这么慢？", "kind.why-so-bad"),
        ("为什么客服电话这么难打？", "kind.why-so-bad"),
        ("能不能别老是给我推送广告？", "kind.stop-it-asked"),
        ("这门课的指导意义不是很大", "kind.little-use"),
        ("你最好别住这家，隔音太差", "kind.warning"),
        ("大家最好不要来这家店", "kind.warning"),
    ],
)
def test_r_cmp_01_the_forty_fourth_rounds_complaints(text: str, rule: str) -> None:
    """Each text is a complaint with the learned layer and without it, and the rule fired."""
    complaint_either_way(text)
    assert rule in _fired(text)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("为什么退款这么慢？", {Category.RETURN_EXCHANGE}),
        ("为什么客服电话这么难打？", {Category.SERVICE_QUALITY}),
        ("你最好别住这家，隔音太差", {Category.PRODUCT_QUALITY}),
        ("五星是给外卖小哥的，菜都凉了", {Category.PRODUCT_QUALITY}),
        ("这次的点心有点小小的遗憾，皮太硬了", {Category.PRODUCT_QUALITY}),
        ("申请了三次信用卡，一直秒拒", {Category.SALES_CONTRACT}),
        ("别再乱扣费了", {Category.SALES_CONTRACT}),
        # staff negligence and a fee: the guide accepts either
        ("存折被柜员搞丢了，补办还要收费？", {Category.SERVICE_QUALITY, Category.SALES_CONTRACT}),
        # a return's handling or its fee
        ("退个货还得自己出运费！", {Category.RETURN_EXCHANGE, Category.SALES_CONTRACT}),
        # a parcel lost: the delivery first, the desk that did nothing acceptable
        ("快递被人偷走了，客服一直不处理", {Category.SALES_CONTRACT, Category.SERVICE_QUALITY}),
    ],
)
def test_r_cmp_02_the_new_complaints_keep_their_subject(
    text: str, categories: set[Category]
) -> None:
    """The kind cues name no category: the subject's own rules still do (R-CMP-02)."""
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category in categories, (text, policy)


# ---- the look-alikes (R-CMP-01) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        # the customer's own accident, help asked; a fear; a fee asked about
        ("手机被我摔坏了，还能修吗？", Kind.CONSULTATION, "kind.passive-harm"),
        ("万一行李被弄丢了怎么赔？", Kind.CONSULTATION, "kind.passive-harm"),
        ("如果被弄丢了怎么办", Kind.CONSULTATION, "kind.passive-harm"),
        ("请问补办存折还要收费吗？", Kind.CONSULTATION, "kind.charged-anyway"),
        ("补办还要收费吗？", Kind.CONSULTATION, "kind.charged-anyway"),
        # praise with the same words
        ("没有遗憾，这次旅行很完美", Kind.PRAISE, "kind.regret"),
        ("好评送给热情的老板娘", Kind.PRAISE, "kind.praise-for-another"),
        ("五星给这家店的服务", Kind.PRAISE, "kind.praise-for-another"),
        ("没什么好说的，完美", Kind.PRAISE, "kind.nothing-worth"),
        ("秒批秒拒，效率很高", Kind.PRAISE, "kind.credit-refused"),
        ("为什么这么好吃？", Kind.PRAISE, "kind.why-so-bad"),
        ("怎么这么快就到了，点赞", Kind.PRAISE, "kind.why-so-bad"),
        ("不会被骗的，放心", Kind.PRAISE, "kind.passive-harm"),
        ("居然不要运费，太好了", Kind.PRAISE, "kind.charged-anyway"),
        # an order's wish and advice on how to use a thing
        ("能不能不要放香菜？", Kind.SUGGESTION, "kind.stop-it-asked"),
        ("最好别用热水洗", Kind.SUGGESTION, "kind.warning"),
    ],
)
def test_r_cmp_01_the_look_alikes_keep_their_kind(text: str, kind: Kind, rule: str) -> None:
    """A near-miss keeps its kind either way, and the new rule stays silent on it."""
    kind_either_way(text, kind)
    assert rule not in set(classify(text, policy=RULES_ONLY).fired)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("我们对此深感遗憾", "kind.regret"),
        ("把我笑死了，主持人太有才了", "kind.made-me-suffer"),
        ("衣服别乱放", "kind.stop-messing"),
        ("这个药副作用不大", "kind.little-use"),
        ("有什么想吃的可以跟我说", "kind.nothing-worth"),
    ],
)
def test_r_cmp_01_the_rules_stay_silent_on_their_near_misses(text: str, rule: str) -> None:
    """The firm's apology, laughter, a household tip and an offer fire none of the new rules."""
    assert rule not in _fired(text)
    assert rule not in set(classify(text, policy=RULES_ONLY).fired)


def test_r_cmp_01_the_passive_harm_is_the_reason_given() -> None:
    """The evidence cites the customer's words, whoever did the harm."""
    result = classify("存折被柜员搞丢了，补办还要收费？", policy=RULES_ONLY)
    cited = {e.text for e in result.evidence if e.rule_id == "kind.passive-harm"}
    assert cited == {"被柜员搞丢"}
    assert result.kind is Kind.COMPLAINT


# ---- properties (R-CMP-01) -------------------------------------------------------------------

_CUES = {
    "存折被柜员搞丢了": "kind.passive-harm",
    "补办居然还要收费": "kind.charged-anyway",
    "有点小小的遗憾": "kind.regret",
    "五星是给快递小哥的": "kind.praise-for-another",
    "把我讲迷了": "kind.made-me-suffer",
    "没什么想买的": "kind.nothing-worth",
    "别瞎更新了": "kind.stop-messing",
    "一直秒拒": "kind.credit-refused",
    "为什么退款这么慢": "kind.why-so-bad",
    "能不能别老是推送广告": "kind.stop-it-asked",
    "你最好别住这家": "kind.warning",
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


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["如果", "万一", "要是", "假如"]),
    st.sampled_from(["被快递弄丢了", "被人偷走了"]),
)
def test_r_cmp_01_a_harm_only_supposed_is_no_passive_harm(cue: str, harm: str) -> None:
    """A harm the writer only supposes (如果被快递弄丢了) is no harm suffered."""
    assert "kind.passive-harm" not in classify(f"{cue}{harm}", policy=RULES_ONLY).fired


# ---- stars given to the shop's own people, a harm asked about or put right (R-CMP-01) ---------


@pytest.mark.parametrize(
    "text",
    [
        "五星只是给送货的司机师傅的，东西很一般",
        "好评是给骑手的，饭菜一股馊味",
        "这颗星纯粹是给快递员的",
        "这些好评都是给刷单的吧",
    ],
)
def test_r_cmp_01_stars_for_the_courier_or_only_for_someone_are_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.praise-for-another" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "好评是给你们前台小张的，耐心又细心",
        "五星是给你们这家店的，菜好吃",
        "五星是给收银员阿姨的，很热情",
        "这个好评是给你们客服小李的，她帮我解决了问题",
    ],
)
def test_r_cmp_01_stars_for_the_shops_own_staff_stay_praise(text: str) -> None:
    """The shop's staff or the shop are the service reviewed: nobody else is praised."""
    assert classify(text).kind is Kind.PRAISE
    assert "kind.praise-for-another" not in _fired(text)


def test_r_cmp_01_stars_for_oneself_are_no_praise_for_another() -> None:
    assert "kind.praise-for-another" not in _fired("五星是给我自己的，终于抢到了")


@pytest.mark.parametrize(
    "text", ["护照被工作人员弄丢了，到现在也没给我补办", "行李被航空公司摔坏了，后来也没人管"]
)
def test_r_cmp_01_a_harm_not_put_right_stays_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.passive-harm" in _fired(text)


@pytest.mark.parametrize(
    "text", ["被服务员弄错了菜，后来换了，态度很好", "蛋糕被快递压坏了，商家很快给我补发了，点赞"]
)
def test_r_cmp_01_a_harm_put_right_and_praised_is_praise(text: str) -> None:
    """The labelling guide's remedied fault: put right to the writer's satisfaction, praise."""
    assert classify(text).kind is Kind.PRAISE
    assert "kind.passive-harm" not in _fired(text)


@pytest.mark.parametrize("text", ["包裹被压坏了吗？我还没签收", "文件被弄丢了么", "箱子被压扁了?"])
def test_r_cmp_01_a_harm_asked_about_is_no_passive_harm(text: str) -> None:
    assert "kind.passive-harm" not in _fired(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # 难得 is rare-and-good, 老师 a teacher: no fault, no nuisance (R-CMP-01)
        ("怎么这么难得的好店，今天才发现", "kind.why-so-bad"),
        ("能不能不要老师签字也可以办理？", "kind.stop-it-asked"),
        # a change wished for oneself, not a nuisance suffered
        ("能否不经常换密码？有没有别的办法", "kind.stop-it-asked"),
        # the customer's own entry asked about is no verdict on the firm
        ("请问信息填写有错误怎么修改？", "kind.verdict"),
        ("如果发票信息有错误，可以重开吗？", "kind.verdict"),
    ],
)
def test_single_characters_and_own_entries_fire_no_complaint_rule(text: str, rule: str) -> None:
    """R-CMP-01: the round's why/stop/verdict rules do not read a word inside a longer one
    (难得, 老师), a change wished for oneself, nor the customer's own entry as a fault."""
    found = classify(text, policy=RULES_ONLY)
    assert rule not in {e.rule_id for e in found.evidence}
    assert found.kind is not Kind.COMPLAINT or found.kind_rule == "default"


def test_a_regret_of_ones_own_circumstance_is_no_complaint() -> None:
    """R-CMP-01: 很遗憾这次没时间去 regrets the writer's own circumstance, not a shortfall."""
    assert "kind.regret" not in {
        e.rule_id for e in classify("很遗憾这次没时间去，下次一定再来").evidence
    }
