"""Subjects told by whom a complaint is about: a boycott, a neighbour, crew, a clinic, a tool.

The forty-ninth round, the category side (R-CMP-01, R-CMP-02): a boycott called or a firm
condemned as such (抵制, 远离某某, 再也不敢喝: ``pc.boycott``) and others' wrongdoing reported
(偷税漏税, 老虎机, 冒充公安诈骗: ``pc.wrongdoing``) are general criticism; a leak from the flat
above (``ot.neighbour``) is a matter between neighbours, category other; points or a reward
never credited (原力没增加: ``sc.points-not-credited``) are the deal not kept; a flight's crew
who failed the passenger (``sq.cabin-crew``) and a wait at a clinic (``sq.clinic-wait``) are
the staff's service; a question what a payment tool does (云闪付能在网站上付款吗:
``pq.pay-tool-question``) asks about the product's features. The look-alikes stay what they
were: a quiet place far from the city, crew praised, a takeaway's long wait, points asked about,
a fee or an account procedure of a payment tool, an invoice refused.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import RULES_ONLY, SENTENCES, fires_after_a_sentence, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- complaints the new rules read, with their category (R-CMP-01, R-CMP-02) ----------------


@pytest.mark.parametrize(
    ("text", "rule", "category"),
    [
        ("坚决抵制这种黑心乳企！", "pc.boycott", Category.PROPOSAL_CRITICISM),
        ("珍惜生命，远离这个牌子的奶粉", "pc.boycott", Category.PROPOSAL_CRITICISM),
        ("看了新闻以后再也不敢喝他们家的酸奶了", "pc.boycott", Category.PROPOSAL_CRITICISM),
        ("这种无良企业早该倒闭", "pc.boycott", Category.PROPOSAL_CRITICISM),
        ("楼上邻居家的卫生间漏水，渗到我家天花板上", "ot.neighbour", Category.OTHER),
        ("隔壁的水管一直渗水到我家墙上，找他们也不管", "ot.neighbour", Category.OTHER),
        ("课程全部看完了，积分一直没到账", "sc.points-not-credited", Category.SALES_CONTRACT),
        ("邀请了三个朋友，还是不给我加成长值", "sc.points-not-credited", Category.SALES_CONTRACT),
        ("为什么不增加经验值，任务明明做完了", "sc.points-not-credited", Category.SALES_CONTRACT),
        ("这趟航班的空姐态度冷漠，叫了三次才给倒水", "sq.cabin-crew", Category.SERVICE_QUALITY),
        ("地勤人员一直催我们，还很不耐烦", "sq.cabin-crew", Category.SERVICE_QUALITY),
        ("向乘务员要了条毯子，等了很久都没拿来", "sq.cabin-crew", Category.SERVICE_QUALITY),
        ("挂号以后等了三个多小时才看上", "sq.clinic-wait", Category.SERVICE_QUALITY),
        ("早上八点到医院，排队到中午还轮不到我", "sq.clinic-wait", Category.SERVICE_QUALITY),
        ("上午诊一直看到傍晚，太离谱了", "sq.clinic-wait", Category.SERVICE_QUALITY),
        (
            "小区楼下的超市摆了好几台老虎机，孩子天天去赌",
            "pc.wrongdoing",
            Category.PROPOSAL_CRITICISM,
        ),
        ("举报这家公司长期偷税漏税", "pc.wrongdoing", Category.PROPOSAL_CRITICISM),
        ("有人冒充派出所打电话诈骗老人", "pc.wrongdoing", Category.PROPOSAL_CRITICISM),
    ],
)
def test_r_cmp_02_the_forty_ninth_rounds_subjects(text: str, rule: str, category: Category) -> None:
    """Each text is a complaint either way, the rule fired, and its category is the rule's."""
    kind_either_way(text, Kind.COMPLAINT)
    assert rule in _fired(text)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is category, (text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "云闪付可以在网页上付款吗？",
        "扫码支付需要输密码吗？",
        "什么叫二维码支付",
        "手机没网的时候还能用Apple Pay吗？",
        "Huawei Pay在公交车上怎么用？",
    ],
)
def test_r_cmp_02_a_payment_tools_function_asked_is_its_features(text: str) -> None:
    """A consultation about what a payment tool does is about the product (R-CMP-02)."""
    assert "pq.pay-tool-question" in _fired(text)
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, (text, policy)
        assert result.category is Category.PRODUCT_QUALITY, (text, policy)


# ---- look-alikes the new rules must leave alone (R-CMP-01, R-CMP-02) -----------------------


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("民宿远离市区，环境很安静", ("pc.boycott",)),
        ("一天一个苹果，医生远离我", ("pc.boycott",)),
        ("我不会抵制这个牌子，质量一直不错", ("pc.boycott",)),
        ("楼上的住户很热情，经常送我们水果", ("ot.neighbour",)),
        ("请问积分什么时候会过期？", ("sc.points-not-credited",)),
        ("积分已经到账了，谢谢客服", ("sc.points-not-credited",)),
        ("空服员很亲切，服务周到", ("sq.cabin-crew",)),
        ("地勤人员很快就帮我们办好了登机", ("sq.cabin-crew",)),
        ("外卖等了两个小时才送到", ("sq.clinic-wait",)),
        ("挂号很方便，十分钟就看上了", ("sq.clinic-wait",)),
        ("云闪付转账收手续费吗？", ("pq.pay-tool-question",)),
        ("如何申请云闪付卡？", ("pq.pay-tool-question",)),
        ("Apple Pay可以享受停车优惠吗？", ("pq.pay-tool-question",)),
        ("吃完饭要发票，老板说开不了，这不是偷税漏税吗", ("pc.wrongdoing",)),
        ("请问偷税漏税怎么举报？", ()),
    ],
)
def test_r_cmp_02_look_alikes_fire_no_new_rule(text: str, rules: tuple[str, ...]) -> None:
    """None of the named rules fires on an ordinary near-miss."""
    assert not set(rules) & _fired(text), text


@pytest.mark.parametrize(
    ("text", "kind", "categories"),
    [
        # crew praised: the staff, other acceptable (the guide's praise rule)
        ("空服员很亲切，服务周到", Kind.PRAISE, {Category.SERVICE_QUALITY, Category.OTHER}),
        # a takeaway's long wait is a delivery late (the guide: sales_contract, service acceptable)
        (
            "外卖等了两个小时才送到",
            Kind.COMPLAINT,
            {Category.SALES_CONTRACT, Category.SERVICE_QUALITY},
        ),
        # a payment tool's fee asked: the sale's terms, other acceptable
        ("云闪付转账收手续费吗？", Kind.CONSULTATION, {Category.SALES_CONTRACT, Category.OTHER}),
        # an invoice refused is the sale's (the guide: invoices → sales_contract)
        (
            "吃完饭要发票，老板说开不了，这不是偷税漏税吗",
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


@pytest.mark.parametrize(
    "text",
    ["请问要不要抵制这个牌子？", "请问偷税漏税怎么举报？", "请问老虎机归哪个部门管？"],
)
def test_r_cmp_01_asked_about_is_a_consultation(text: str) -> None:
    """A boycott or wrongdoing asked about is a question, not a complaint (R-CMP-01)."""
    kind_either_way(text, Kind.CONSULTATION)


# ---- properties (R-CMP-01, R-CMP-02) --------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_boycott_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes first, 坚决抵制这家企业 is a boycott called."""
    fires_after_a_sentence("pc.boycott", "坚决抵制这家企业", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_neighbours_leak_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes first, 楼上卫生间漏水 is a matter between neighbours."""
    fires_after_a_sentence("ot.neighbour", "楼上卫生间漏水", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_points_not_credited_are_read_in_their_own_clause(before: str) -> None:
    """Whatever sentence comes first, 积分一直没到账 is a reward not credited."""
    fires_after_a_sentence("sc.points-not-credited", "积分一直没到账", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_cabin_crew_are_read_in_their_own_clause(before: str) -> None:
    """Whatever sentence comes first, 空姐态度冷漠 is the crew's service."""
    fires_after_a_sentence("sq.cabin-crew", "空姐态度冷漠", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_clinic_wait_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes first, 挂号后等了三个小时 is a wait on staff."""
    fires_after_a_sentence("sq.clinic-wait", "挂号后等了三个小时", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_02_a_payment_tools_fee_is_never_its_features(before: str) -> None:
    """Whatever comes first, a payment tool's fee asked is never read as its features."""
    text = f"{before}。云闪付转账收手续费吗？"
    assert "pq.pay-tool-question" not in classify(text, policy=RULES_ONLY).fired, text
