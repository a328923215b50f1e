"""Subjects told by what went wrong: work that did damage, a prepaid deal broken, a deposit kept.

The forty-eighth round, the category side (R-CMP-01, R-CMP-02): an installer's or a repairer's
work that did damage (师傅把地板划了: ``rq.work-damage``, repair quality); a prepaid business
closed, moved or gone, a coach gone (闭店, 跑路, 私教离职: ``sc.club-closed``), a card lapsed
unused (次卡过期作废: ``sc.card-lapsed``) and a sale forced (逼着买课, 硬要我办卡:
``sc.hard-sell``), all the sale's terms; a coach's wrong or uncorrected instruction
(``sq.wrong-instruction``, the staff's care); a deposit kept (押金不退: ``rx.deposit-kept``,
a refund refused). Mended: D10's storage defects (mould, leaks) are a drink's or a packaged
food's only (``rx.storage``); a trade-in's 换新 is no exchange (``rx.mention``); 能不能换 asks
and refuses nothing (``rx.refused``); a forwarded 工单 is no repair (``rq.topic``); a
neighbour's nuisance told in more words (``ot.nuisance``); a picture set against the goods
across a longer gap (``sc.not-as-described``). The look-alikes stay what they were: a driver
who broke something, praise of careful work, a closing time asked, a question whether points
expire, a deposit asked about, a coach praised, a Henan durian that smells.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import RULES_ONLY, SENTENCES, fires_after_a_sentence, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- complaints the new and mended rules read, with their category (R-CMP-01, R-CMP-02) -----


@pytest.mark.parametrize(
    ("text", "rule", "category"),
    [
        ("安装师傅把我家瓷砖磕坏了一块", "rq.work-damage", Category.REPAIR_QUALITY),
        ("维修工把厨房的台面刮花了", "rq.work-damage", Category.REPAIR_QUALITY),
        ("装热水器的时候把墙钻裂了", "rq.work-damage", Category.REPAIR_QUALITY),
        ("工人施工时把我的门弄坏了", "rq.work-damage", Category.REPAIR_QUALITY),
        ("健身房突然闭店了，卡里还有两千多", "sc.club-closed", Category.SALES_CONTRACT),
        ("瑜伽馆老板跑路了，年卡白办了", "sc.club-closed", Category.SALES_CONTRACT),
        ("私教离职以后剩下的课没人接手", "sc.club-closed", Category.SALES_CONTRACT),
        ("买的十次卡过期就作废了，一次都没用", "sc.card-lapsed", Category.SALES_CONTRACT),
        ("办卡的时候没人告诉我有效期只有半年", "sc.card-lapsed", Category.SALES_CONTRACT),
        ("美容院的店员硬要我办卡才让走", "sc.hard-sell", Category.SALES_CONTRACT),
        ("教练逼着我买私教课", "sc.hard-sell", Category.SALES_CONTRACT),
        ("教练教的动作不对，害我膝盖疼了一个月", "sq.wrong-instruction", Category.SERVICE_QUALITY),
        ("私教从来不帮我纠正姿势", "sq.wrong-instruction", Category.SERVICE_QUALITY),
        ("租车押金一个月了还没退", "rx.deposit-kept", Category.RETURN_EXCHANGE),
        ("退租时房东说地板有划痕，不给退押金", "rx.deposit-kept", Category.RETURN_EXCHANGE),
        ("红酒瓶口往外渗酒", "rx.storage", Category.RETURN_EXCHANGE),
        ("商家不能换货，说过了七天", "rx.refused", Category.RETURN_EXCHANGE),
        ("楼下超市天天放喇叭，干扰到了居民的正常休息", "ot.nuisance", Category.OTHER),
        ("小区门口那条河一到夏天就特别脏", "ot.nuisance", Category.OTHER),
        (
            "收到的裙子跟店里展示的照片上的款式完全不一样",
            "sc.not-as-described",
            Category.SALES_CONTRACT,
        ),
    ],
)
def test_r_cmp_02_the_forty_eighth_rounds_subjects(
    text: str, rule: str, category: Category
) -> None:
    """Each text is a complaint either way, the rule fired, and its category is the rule's."""
    kind_either_way(text, Kind.COMPLAINT)
    assert rule in _fired(text)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is category, (text, policy)


# ---- mended rules no longer misread (R-CMP-02) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "category", "rule"),
    [
        # mould in an appliance is the thing's own quality, not D10's storage defect
        ("洗衣机门封圈发霉了", Kind.COMPLAINT, Category.PRODUCT_QUALITY, "rx.storage"),
        ("衣柜里的衣服都长霉了", Kind.COMPLAINT, Category.PRODUCT_QUALITY, "rx.storage"),
        # a trade-in is the sale's promise, its 换新 no exchange
        (
            "请问以旧换新的旧机有什么要求？",
            Kind.CONSULTATION,
            Category.SALES_CONTRACT,
            "rx.mention",
        ),
        ("以旧换新的活动还有吗？", Kind.CONSULTATION, Category.SALES_CONTRACT, "rx.mention"),
        # a question whether an exchange is possible refuses nothing
        ("这件衣服能不能换个大一号的？", Kind.CONSULTATION, Category.RETURN_EXCHANGE, "rx.refused"),
        # a forwarded work order is no repair
        ("12345转来的工单：某小区楼下餐馆油烟扰民", Kind.COMPLAINT, Category.OTHER, "rq.topic"),
    ],
)
def test_r_cmp_02_mended_rules_read_the_subject(
    text: str, kind: Kind, category: Category, rule: str
) -> None:
    """The kind and category are the guide's, and the mended rule stays silent."""
    result = classify(text)
    assert (result.kind, result.category) == (kind, category)
    assert rule not in result.fired


def test_r_cmp_02_a_repairs_own_work_order_is_still_a_repair() -> None:
    """维修工单 names a repair: ``rq.topic`` still reads it."""
    result = classify("维修工单提交三天了还没人上门")
    assert "rq.topic" in result.fired
    assert result.category is Category.REPAIR_QUALITY


def test_r_cmp_03_a_refund_on_a_broken_deal_goes_to_the_sales_department() -> None:
    """A refund asked because the club moved stays a return, routed by its contract grounds."""
    result = classify("健身房搬店搬到很远的地方，这是违约，要求退剩下的卡费")
    assert result.category is Category.RETURN_EXCHANGE
    assert result.refund_grounds is Category.SALES_CONTRACT


# ---- look-alikes the new rules must leave alone (R-CMP-01, R-CMP-02) -----------------------


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("司机师傅把我的行李箱摔坏了", ("rq.work-damage",)),
        ("包装的时候磕坏了一个角", ("rq.work-damage",)),
        ("师傅把地板上的灰都打扫干净了，很细心", ("rq.work-damage",)),
        ("平台要求关闭店铺", ("sc.club-closed",)),
        ("请问积分会过期吗？", ("sc.card-lapsed",)),
        ("会员卡下个月到期，想续一年", ("sc.card-lapsed",)),
        ("店员没有推销，逛得很舒服", ("sc.hard-sell",)),
        # a salesman who keeps pushing is the staff's manner, not a sale forced
        ("店员一直在旁边推销会员卡，很烦", ("sc.hard-sell",)),
        ("请问这个课必须买吗？", ("sc.hard-sell",)),
        ("教练很耐心地帮我纠正动作", ("sq.wrong-instruction",)),
        ("教练的动作示范很标准", ("sq.wrong-instruction",)),
        ("请问押金什么时候退？", ("rx.deposit-kept",)),
        ("押金已经退了，谢谢", ("rx.deposit-kept",)),
        ("河南买的榴莲有一股臭味", ("ot.nuisance",)),
        ("河边的民宿房间很干净", ("ot.nuisance",)),
    ],
)
def test_r_cmp_02_look_alikes_fire_no_new_rule(text: str, rules: tuple[str, ...]) -> None:
    """None of the named rules fires on an ordinary near-miss."""
    assert not set(rules) & _fired(text), text


@pytest.mark.parametrize(
    ("text", "kind", "categories"),
    [
        # a deposit's return asked: its subject, a deposit (the guide: deposits → sales_contract)
        ("请问押金什么时候退？", Kind.CONSULTATION, {Category.SALES_CONTRACT}),
        # a coach praised: the staff first, other acceptable (the guide's praise rule)
        ("教练很耐心地帮我纠正动作", Kind.PRAISE, {Category.SERVICE_QUALITY, Category.OTHER}),
        ("请问积分会过期吗？", Kind.CONSULTATION, {Category.OTHER}),
        ("河南买的榴莲有一股臭味", Kind.COMPLAINT, {Category.PRODUCT_QUALITY}),
        # luggage a driver broke: no repair work (a carrier's handling, the sale's or the staff's)
        (
            "司机师傅把我的行李箱摔坏了",
            Kind.COMPLAINT,
            {Category.SALES_CONTRACT, Category.SERVICE_QUALITY},
        ),
    ],
)
def test_r_cmp_01_look_alikes_keep_their_reading(
    text: str, kind: Kind, categories: set[Category]
) -> None:
    """The near-misses keep the guide's kind and an acceptable category."""
    result = classify(text)
    assert result.kind is kind
    assert result.category in categories


# ---- properties (R-CMP-01) ------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_work_damage_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes first, 师傅把地板划了 is work that did damage."""
    fires_after_a_sentence("rq.work-damage", "师傅把地板划了", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_lapsed_card_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes first, 次卡过期作废了 is a card lapsed unused."""
    fires_after_a_sentence("sc.card-lapsed", "次卡过期作废了", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_deposit_asked_about_is_never_kept(before: str) -> None:
    """A question when a deposit comes back never reads as a deposit kept."""
    text = f"{before}。请问押金什么时候退？"
    assert "rx.deposit-kept" not in classify(text, policy=RULES_ONLY).fired, text
