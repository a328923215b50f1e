"""Tests of custops.complaints.classifier and the default rule set (R-CMP-01..03, R-CMP-07)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._validate import RULE_ID_IN_TEXT
from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Category,
    ClassifierPolicy,
    Department,
    Kind,
    Rule,
    Signal,
    classify,
    find_matches,
    normalise,
)
from custops.complaints._hanzi import cantonese_words, from_cantonese, to_simplified
from custops.complaints._rules import LATER_REACH, _needs, _Words
from custops.errors import InvalidInput, InvalidType, PolicyError

DATA = Path(__file__).parent / "data" / "complaints_labelled.jsonl"
#: The rules alone, without the learned layer: what the seed's rules decide by themselves.
RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)
#: The three kinds of D14 (the project's own labelled set predates praise and no-action).
D14_KINDS = {Kind.CONSULTATION.value, Kind.SUGGESTION.value, Kind.COMPLAINT.value}


def load(split: str) -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if r["split"] == split]


# ---- the seed's vocabulary (R-CMP-03: D10 二 3.1–3.4) ------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "department"),
    [
        ("这批酒口感不对，有怪味", Category.PRODUCT_QUALITY, Department.QUALITY),
        ("风味变了", Category.PRODUCT_QUALITY, Department.QUALITY),
        ("礼盒包装是破的", Category.PRODUCT_QUALITY, Department.QUALITY),
        ("酒里有沉淀", Category.RETURN_EXCHANGE, Department.QUALITY),
        ("瓶子里有较大的悬浮物", Category.RETURN_EXCHANGE, Department.QUALITY),
        ("外箱发霉了", Category.RETURN_EXCHANGE, Department.QUALITY),
        ("瓶盖一拧就断", Category.RETURN_EXCHANGE, Department.QUALITY),
        ("有两瓶渗漏", Category.RETURN_EXCHANGE, Department.QUALITY),
        ("合同写的价格和实际收的不一样", Category.SALES_CONTRACT, Department.SALES),
        ("订的货还没送到", Category.SALES_CONTRACT, Department.SALES),
        ("保养后异响反而更大了", Category.REPAIR_QUALITY, Department.AFTER_SALES),
        ("维修了三次都没修好", Category.REPAIR_QUALITY, Department.AFTER_SALES),
        ("服务员态度很差", Category.SERVICE_QUALITY, Department.MARKETING_OFFICE),
        ("排队等了一个小时没人管", Category.SERVICE_QUALITY, Department.MARKETING_OFFICE),
        ("我要求退款", Category.RETURN_EXCHANGE, Department.QUALITY),
        ("要换货", Category.RETURN_EXCHANGE, Department.QUALITY),
    ],
)
def test_seed_vocabulary_R_CMP_03(text: str, category: Category, department: Department) -> None:
    """R-CMP-03: D10 二 3.1 taste/flavour/packaging → 质量部, 3.2 returns, 3.3 service → 营销办."""
    result = classify(text)
    assert result.category is category, result.explain()
    assert result.department is department
    assert result.kind is Kind.COMPLAINT
    assert result.matched


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("请问你们几点关门？", Kind.CONSULTATION),
        ("想咨询一下会员卡怎么办理", Kind.CONSULTATION),
        ("能否开增值税发票？", Kind.CONSULTATION),
        ("这个酒怎么保存比较好", Kind.CONSULTATION),
        ("建议增加小瓶装", Kind.SUGGESTION),
        ("希望能延长营业时间", Kind.SUGGESTION),
        ("提个意见，停车场指示牌不清楚", Kind.SUGGESTION),
        ("我要投诉你们的送货员", Kind.COMPLAINT),
        ("到底什么时候给我处理？", Kind.COMPLAINT),
        ("这合理吗？！", Kind.COMPLAINT),
    ],
)
def test_kind_cues_R_CMP_01(text: str, kind: Kind) -> None:
    """R-CMP-01: 请问/咨询/怎么/能否 → consultation, 建议/希望/意见 → suggestion."""
    assert classify(text).kind is kind, classify(text).explain()


def test_question_loses_to_stronger_complaint_signals_R_CMP_01() -> None:
    result = classify("酒里有沉淀，这能喝吗？我要退货")
    assert result.kind is Kind.COMPLAINT
    assert dict(result.kind_scores)[Kind.COMPLAINT] > dict(result.kind_scores)[Kind.CONSULTATION]


def test_question_wins_a_tie_R_CMP_01() -> None:
    tie = ClassifierPolicy(
        rules=(
            Rule("q", kind=Kind.CONSULTATION, terms=("请问",), weight=2),
            Rule("c", kind=Kind.COMPLAINT, terms=("漏",), weight=2),
        ),
        departments=dict(DEFAULT_CLASSIFIER_POLICY.departments),
        learned=0,
        learned_category=0,
    )
    assert classify("请问漏了怎么办", policy=tie).kind is Kind.CONSULTATION
    reversed_order = Kind.COMPLAINT, Kind.CONSULTATION, Kind.SUGGESTION, Kind.PRAISE, Kind.NO_ACTION
    tie2 = ClassifierPolicy(
        rules=tie.rules,
        departments=tie.departments,
        kind_tie_order=reversed_order,
        learned=0,
        learned_category=0,
    )
    assert classify("请问漏了怎么办", policy=tie2).kind is Kind.COMPLAINT


def test_suggestion_category_is_proposal_topic_kept_R_CMP_02() -> None:
    """R-CMP-02: a suggestion is D1's category 5; its subject stays in ``topic``."""
    result = classify("建议礼盒包装简单一点")
    assert result.kind is Kind.SUGGESTION
    assert result.category is Category.PROPOSAL_CRITICISM
    assert result.topic is Category.PRODUCT_QUALITY
    assert result.department is Department.CUSTOMER_RELATIONS
    keep = ClassifierPolicy(suggestion_category=None)
    assert classify("建议礼盒包装简单一点", policy=keep).category is Category.PRODUCT_QUALITY


# ---- broadened vocabulary: colloquial words, slang, typos, English (R-CMP-01..03) ----------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # service quality: rudeness and waiting (D10 二 3.3)
        ("那个店员说话很不客气", Category.SERVICE_QUALITY),
        ("前台小姑娘太嚣张了", Category.SERVICE_QUALITY),
        ("收银员全程甩脸色", Category.SERVICE_QUALITY),
        ("接待爱搭不理的", Category.SERVICE_QUALITY),
        ("售后太度差", Category.SERVICE_QUALITY),
        ("电话一直占线，打了一上午", Category.SERVICE_QUALITY),
        ("保安在岗亭睡觉", Category.SERVICE_QUALITY),
        ("Your staff was so rude to me", Category.SERVICE_QUALITY),
        # repair quality
        ("修完没两天又坏了", Category.REPAIR_QUALITY),
        ("保样完底盘多了几道刮痕", Category.REPAIR_QUALITY),
        ("空调修了三次还是不制冷", Category.REPAIR_QUALITY),
        # sales contract: rebates, promises, prices, delivery
        ("说好的返利到现在没给", Category.SALES_CONTRACT),
        ("优惠没兑现，销售忽悠人", Category.SALES_CONTRACT),
        ("标价9.9结账扫出来15.8", Category.SALES_CONTRACT),
        ("付款五天了还没发货", Category.SALES_CONTRACT),
        ("刚买三天就降价了", Category.SALES_CONTRACT),
        ("delivery was 3 days late", Category.SALES_CONTRACT),
        # product quality per industry
        ("酒喝着一股馊味", Category.PRODUCT_QUALITY),
        ("木塞一拔就碎了，渣渣掉进去", Category.PRODUCT_QUALITY),
        # read right again since the weights were trained with the eighth dev batch (the
        # thirteenth round); before, the learned layer read 向盘 as chatter and outweighed 抖
        ("新车怠速方向盘抖", Category.PRODUCT_QUALITY),
        ("后备箱盖子关不严，下雨进水", Category.PRODUCT_QUALITY),
        ("这批烟受潮了，抽着发苦", Category.PRODUCT_QUALITY),
        ("羽绒服才穿了两回就钻毛", Category.PRODUCT_QUALITY),
        # return / exchange (D10 二 3.2)
        ("瓶口往外渗酒", Category.RETURN_EXCHANGE),
        ("酒里飘着白色的絮絮", Category.RETURN_EXCHANGE),
        ("不想要了，赶紧给我退了", Category.RETURN_EXCHANGE),
        ("It leaked everywhere, I want my money back", Category.RETURN_EXCHANGE),
    ],
)
def test_colloquial_vocabulary_R_CMP_02_R_CMP_03(text: str, category: Category) -> None:
    """R-CMP-02/03: the words customers really use, not only the seed's, find the category."""
    result = classify(text)
    assert result.category is category, result.explain()
    assert result.kind is Kind.COMPLAINT, result.explain()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # consultations without 请问 or a question mark
        ("物业费可以用微信交吗", Kind.CONSULTATION),
        ("咋办理会员卡啊，要交押金不", Kind.CONSULTATION),
        ("零售户办许可证要准备啥材料", Kind.CONSULTATION),
        ("麻烦帮我查一下订单到哪了", Kind.CONSULTATION),
        ("can I return an unopened bottle?", Kind.CONSULTATION),
        # suggestions in several phrasings
        ("要是周末能多开两个收银台就好了", Kind.SUGGESTION),
        ("提个小意见，停车场的灯太暗", Kind.SUGGESTION),
        ("会员积分能不能别每年清零", Kind.SUGGESTION),
        ("It would be great if you offered home delivery", Kind.SUGGESTION),
        # complaints: slang, anger and rhetoric
        ("你们这是坑人吧", Kind.COMPLAINT),
        ("客服是机器人吗？？", Kind.COMPLAINT),
        ("这价格也太离谱了吧", Kind.COMPLAINT),
        ("为什么不给开发票？", Kind.COMPLAINT),
        ("我要投述你们", Kind.COMPLAINT),
    ],
)
def test_colloquial_kind_cues_R_CMP_01(text: str, kind: Kind) -> None:
    """R-CMP-01: 咋/啥/…吗/…不 ask, 要是…就好了/能不能别 propose, 坑人/？？ complain."""
    assert classify(text).kind is kind, classify(text).explain()


def test_wish_about_a_problem_is_a_suggestion_R_CMP_01() -> None:
    """R-CMP-01: a wish or proposal about a problem word is a suggestion (瓶盖, 排队)..."""
    for text in (
        "希望瓶盖能改成好拧一点的",
        "要是不用排队就好了",
        "希望把健身器材修一下，都生锈了",
    ):
        result = classify(text)
        assert result.kind is Kind.SUGGESTION, result.explain()
        assert result.category is Category.PROPOSAL_CRITICISM
        assert "the problem words are what the wish is about" in result.reason
    # ... unless a complaint signal (anger, demand, loss) is stronger
    for text in (
        "瓶盖一拧就断，我要退货，希望你们重视",
        "希望赔偿我的损失",
        "能不能别再让我等了！！",
    ):
        assert classify(text).kind is Kind.COMPLAINT, classify(text).explain()


def test_wish_frame_is_a_policy_R_CMP_01() -> None:
    """R-CMP-01: with ``wish_frames_problems=False`` every complaint vote counts."""
    strict = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, wish_frames_problems=False)
    assert classify("希望瓶盖别那么难拧", policy=strict).kind is Kind.COMPLAINT
    assert classify("希望瓶盖别那么难拧").kind is Kind.SUGGESTION
    with pytest.raises(InvalidType, match="wish_frames_problems"):
        attrs.evolve(DEFAULT_CLASSIFIER_POLICY, wish_frames_problems="yes")  # type: ignore[arg-type]


def test_describes_problem_flag_of_rules() -> None:
    """A rule voting for a complaint and a category is a problem rule unless told otherwise."""
    rules = {r.id: r for r in DEFAULT_CLASSIFIER_POLICY.rules}
    assert rules["rx.sediment"].describes_problem
    assert rules["sq.attitude"].describes_problem
    assert not rules["rx.demand"].describes_problem  # a demand is a complaint cue
    assert not rules["kind.complaint"].describes_problem
    assert not rules["pq.topic"].describes_problem
    with pytest.raises(InvalidType, match=r"^describes_problem:"):
        Rule("x", kind="投诉", category="other", terms=("a",), describes_problem=1)  # type: ignore[arg-type]


def test_problem_words_break_a_category_tie() -> None:
    """Between equal category scores, the one with more problem evidence wins."""
    tie = ClassifierPolicy(
        rules=(
            Rule("topic", category="销售合同", terms=("结账",), weight=2),
            Rule("queue", category="服务质量", kind="投诉", terms=("排队",), weight=2),
        ),
        learned=0,
        learned_category=0,
    )
    result = classify("结账排队排了四十分钟", policy=tie)
    assert dict(result.category_scores) == {
        Category.SALES_CONTRACT: 2,
        Category.SERVICE_QUALITY: 2,
    }
    assert result.category is Category.SERVICE_QUALITY
    assert classify("结账排了四十分钟的队").category is Category.SERVICE_QUALITY


@pytest.mark.parametrize(
    "text",
    [
        "垃圾分类做得挺好",
        "在抖音上看到你们的新品，请问哪里能买到",
        "真倒霉，今天下雨",
        "可以修改订单吗",
    ],
)
def test_short_words_do_not_misfire(text: str) -> None:
    """垃圾分类 is no insult, 抖音 no shaking, 倒霉 no mould, 修改 no repair."""
    fired = classify(text).fired
    assert not {"kind.complaint", "pq.defect", "rx.storage", "rq.request", "rq.topic"} & set(fired)


def test_heldout2_split_is_kept_and_varied() -> None:
    """The 60 texts written before the vocabulary round (a development set now)."""
    rows = load("heldout2")
    assert len(rows) == 60
    assert {r["kind"] for r in rows} == D14_KINDS
    assert {r["category"] for r in rows} == {c.value for c in Category}
    assert len(load("heldout")) == 32
    assert len(load("main")) == 162


# ---- questions about returns; things that expire but are no goods (round 3) ---------------

RETURN_QUESTIONS = [
    "请问退货需要什么手续？",
    "请问退货多久能退款？",
    "请问能退货吗",
    "想咨询一下换货流程",
    "想问一下换货要带发票吗",
    "请问怎么申请退款",
    "请问我要退货怎么操作",
    "换货的流程是怎样的？",
    "七天内可以退换吗？",
    "退货要不要带发票？",
    "退款一般几个工作日到账？",
    "请问退款什么时候到账",
    "想了解下退货运费谁出",
    "你好，退货需要什么手续",
    "网上买的鞋子能换个码不",
    "How long does a refund take?",
]


@pytest.mark.parametrize("text", RETURN_QUESTIONS)
def test_question_about_a_return_is_a_consultation_R_CMP_01(text: str) -> None:
    """R-CMP-01: asking how to return is a 咨询; its category stays 退换货 (R-CMP-02)."""
    result = classify(text)
    assert result.kind is Kind.CONSULTATION, result.explain()
    assert result.category is Category.RETURN_EXCHANGE
    assert all(e.kind is not Kind.COMPLAINT for e in result.evidence)


def test_asked_return_words_are_reported_R_CMP_01() -> None:
    """R-CMP-01: the demand rule still counts for the category, without its complaint vote."""
    result = classify("请问退货需要什么手续？")
    assert '"请问退货", "退货" asked about, not demanded' in result.reason
    demand = [e for e in result.evidence if e.rule_id == "rx.demand"]
    assert [(e.text, e.kind, e.category) for e in demand] == [
        ("请问退货", None, Category.RETURN_EXCHANGE)
    ]
    assert dict(result.kind_scores).get(Kind.COMPLAINT) is None


@pytest.mark.parametrize(
    "text",
    [
        "我要退货",
        "给我退货！",
        "必须退款",
        "退钱",
        "酒里有很多沉淀，我要退货！",
        "我要退货！请问找谁？",  # the demand is its own sentence
        "请问为什么还不给我退款？",  # anger outside the frame
        "怎么还不给我退款？",  # 怎么还 is rhetorical, no frame
        "凭什么不给退货？",
        "退货都一个月了还没退款，你们到底怎么回事？",
        "请问退货需要什么手续？我要投诉你们！",
        "请问退货需要什么手续？？",  # ？？ counts as anger (round 2)
    ],
)
def test_demand_or_anger_around_a_return_stays_a_complaint_R_CMP_01(text: str) -> None:
    """R-CMP-01: a demand, or a question with anger or complaint signals, is a 投诉."""
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert result.category is Category.RETURN_EXCHANGE


def _refund_rule(**frames: tuple[str, ...]) -> Rule:
    """A policy's own demand rule (包退) with the given question or later frames."""
    return Rule(
        "acme.refund",
        kind="投诉",
        category="退换货",
        terms=("包退",),
        weight=9,
        describes_problem=False,
        **frames,  # type: ignore[arg-type]
    )


def test_question_frames_are_rule_data_R_CMP_01() -> None:
    """R-CMP-01: without the frames the old reading (a demand) comes back."""
    plain = tuple(
        attrs.evolve(r, question_frames=(), later_frames=())
        if r.question_frames or r.later_frames
        else r
        for r in DEFAULT_CLASSIFIER_POLICY.rules
    )
    assert {r.id for r in DEFAULT_CLASSIFIER_POLICY.rules if r.question_frames} == {
        "rx.demand",
        "rx.refused",  # 不能退货吗？ asks (issue 13, the thirtieth round)
        "rx.mention",
        "kind.escalation",  # 怎么投诉到12315？ asks (issue 13, the thirtieth round)
        "sq.collection",  # 逾期会被催收吗？ asks (issue 13, the thirty-first round)
        "sc.promise",  # 航班延误险赔吗 (issue 13)
        "pq.defect",  # 假酒怎么辨别 asks how to tell a fake (issue 13)
        "pr.goods",  # praise words asked about: 这家店好吃吗 (issue 13)
        "pr.general",
        "pr.content",  # 这门课讲得好吗 (issue 13)
        "pr.scenery",  # 值得一去吗 (issue 13)
        "pr.film",  # 感人吗 (issue 13)
        "pr.suits",  # 适合新手吗 asks (issue 13, the thirty-fifth round)
        "pr.degree-good",  # 请问是不是特别好 asks (issue 13, the fortieth round)
        "pr.formal-good",  # 账单一目了然吗 asks (issue 13, the forty-first round)
        "pr.feel-good",  # 吃了会让人开心吗 asks (issue 13, the forty-third round)
        "pr.merit-idiom",  # 这家的烤鸭是一绝吗 asks
        "pr.so-good-a",  # 真有这么好的老师吗 asks
        "pr.easier-now",  # 现在更方便了吗 asks (issue 13, the forty-fourth round)
        "pr.spared",  # 办这张卡能省钱吗？ asks (issue 13, the forty-fifth round)
        "pr.fine",  # 景色很美丽吗？ asks (issue 13, the forty-fifth round)
        "pr.moved",  # 客服有求必应吗？ asks (issue 13, the forty-eighth round)
        "pr.beautiful",  # 那里的风景美吗？ asks (issue 13, the forty-ninth round)
        "pr.learned",  # 学会了吗？ asks (issue 13, the forty-ninth round)
        "sc.extra-fee",  # 要另外收费吗 (issue 13)
        "kind.claim",  # 保险公司赔偿吗 (issue 13, the twenty-sixth round)
        "sig.media",  # a threat's words asked about: 找记者有用吗 (the thirty-fourth round)
        "sig.regulator",  # 12315电话是多少
        "sig.legal",  # 找律师有用吗
        "sig.police",  # 这种情况要报警吗？ asks (R-CMP-07)
        "sig.sector-regulator",  # 12300的电话是多少？ (the thirty-sixth round)
        "sig.safety-en",  # has anyone been injured by this heater? (R-CMP-07)
        "sig.collective",  # have other customers had the same problem? (R-CMP-07)
        "sig.medical-error",  # 请问打错针了怎么办？ asks (R-CMP-07)
        "sig.medical-harm",  # 昏迷的病人家属可以探视吗 asks (R-CMP-07)
        "tel.network-fault",  # 网络一直很卡吗？ asks (the thirty-sixth round)
        "kind.not-good",  # 质量不好吗 asks (issue 13, the twenty-sixth round)
        "desk.repair-request",  # 报修电话是多少？ asks: no repair requested
        "desk.hazard",  # 电梯困人一般多久能到？ asks: no hazard reported
        "desk.urgent",  # 紧急救援服务包含哪些内容 asks: no call for help
        "kind.account-shut",  # 怎么防止账号被封 asks: no account shut
        "sc.car-sold-as-new",  # 库存车能便宜多少？ asks: no car sold (the forty-fourth round)
        "ins.cost-on-me",  # 需要我自己承担吗？ asks: no cost put on (the forty-fourth round)
        "ins.what-else",  # 还要我提供什么材料吗？ asks: no scolding
        "ins.claim-stalled",  # 理赔没到账怎么办？ asks: no claim stalled
        "post.lost",  # 包裹丢了怎么办？ asks: no parcel reported lost
        "post.fee-charged",  # 要收保管费吗？ asks: no fee charged
        # a goods defect feared (会不会掉钻？), papers asked for (证书在哪里领?), a procedure
        # asked (请问你们怎么处理退货): no defect reported, no demand
        "goods.timekeeping",
        "goods.stone",
        "goods.shape",
        "goods.finish",
        "goods.wrong-work",
        "goods.papers",
        "goods.how-handle",
        # the English problem words asked about: how do I unblock my card? (the forty-third
        # round)
        "en.blocked",
        "en.charged",
        "en.fails",
        "en.no-refund",
        "en.no-reply",
        # a leak supposed (万一家里漏气了怎么办？), the press's contact asked about, where to
        # report asked (想反映问题找哪个部门？) (the forty-fifth round)
        "util.gas-leak",
        "util.gas-smell",
        "util.press-in-touch",
        "util.report-opener",
        # an unfair practice asked about in general (请问有没有捆绑销售？) (the forty-sixth round)
        "kind.unfair-practice",
        # a desk short of staff or a supply cut asked about (周末人手不够吗？) (the
        # forty-sixth round)
        "sq.understaffed",
        "sq.cut-imposed",
        # a hotel guest's camera, intruder or fall asked about (房间里会不会有摄像头？), thanks
        # that close a question (the forty-sixth round)
        "hotel.camera",
        "hotel.intruder",
        "hotel.fall-hurt",
        "hotel.staff-thanked",
        "en.hotel-privacy",
        "en.fall-hurt",
        # boarding refused or miles not credited asked about in a question's frame (请问…吗):
        # the complaint vote set aside unless another fires (R-CMP-01, R-CMP-03)
        "air.bumped",
        "air.miles",
        # a player's paying, cheaters or draw rates asked about (这游戏逼氪吗？), a ban asked how
        # to avoid, a purchase's arrival asked how long (game players)
        "game.pay-pressure",
        "game.cheaters",
        "game.rates-changed",
        "en.banned",
        "en.not-received",
        # a post on a complaint site and a platform asked about: the media signal set aside
        "sig.media-posted",
        # a club's closing, a card's lapse, a forced sale or a deposit asked about (闭店了还能
        # 退吗？, 押金不退吗？) (the forty-eighth round)
        "sc.club-closed",
        "sc.card-lapsed",
        "sc.hard-sell",
        "rx.deposit-kept",
        # a commendation's letter or channel asked about (表扬信在哪里写？, 怎么表扬你们的员工)
        # and a car's hazard asked about (断轴了保修吗？) (R-CMP-01, R-CMP-07)
        "pr.commend",
        "sig.vehicle-hazard",
        # a boycott, a neighbour's leak or others' wrongdoing asked about (该不该抵制？,
        # 楼上漏水怎么办？, 偷税漏税怎么举报？) (the forty-ninth round)
        "pc.boycott",
        "ot.neighbour",
        "pc.wrongdoing",
    }
    old = classify(
        "请问退货需要什么手续？",
        policy=attrs.evolve(DEFAULT_CLASSIFIER_POLICY, rules=plain, learned=0, learned_category=0),
    )
    assert old.kind is Kind.COMPLAINT
    mine = DEFAULT_CLASSIFIER_POLICY.extended(_refund_rule(question_frames=(r"吗\?", "请问")))
    assert classify("请问包退吗", policy=mine).kind is Kind.CONSULTATION
    assert classify("必须包退！", policy=mine).kind is Kind.COMPLAINT
    assert classify("包退吗？包退！", policy=mine).kind is Kind.COMPLAINT  # one match unasked
    later = {r.id for r in DEFAULT_CLASSIFIER_POLICY.rules if r.later_frames}
    # (a staffing or supply question asked after the report: 周末只开一个窗口，是人手不够吗？;
    # a scam message asked about after it is told: 收到诈骗短信，请问是你们发的吗)
    assert later == {
        "rx.demand",
        "rx.refused",
        "rx.mention",
        "sq.understaffed",
        "sq.cut-imposed",
        "pc.wrongdoing",
    }


def test_later_frames_reach_only_the_rest_of_the_sentence_R_CMP_01() -> None:
    """R-CMP-01: a later frame counts within ``LATER_REACH`` characters of its sentence."""
    mine = attrs.evolve(
        DEFAULT_CLASSIFIER_POLICY.extended(_refund_rule(later_frames=("怎么操作",))),
        learned=0,
        learned_category=0,
    )
    assert classify("要包退，怎么操作", policy=mine).kind is Kind.CONSULTATION
    assert classify("要包退。怎么操作", policy=mine).kind is Kind.COMPLAINT
    far = "要包退，" + "我" * LATER_REACH + "怎么操作"
    assert classify(far, policy=mine).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "请问积分会过期吗？",
        "会员卡过期了怎么办",
        "优惠券过期了还能用吗",
        "过期的优惠券还能用吗",
        "我的储值卡什么时候到期",
        "代金券快过期了，还能用吗",
        "积分年底会清零吗",
        "这张卡过期了，里面的钱怎么办",
        "My points expire soon, can I still use them?",
    ],
)
def test_expiry_of_points_cards_coupons_is_no_defect_R_CMP_02(text: str) -> None:
    """R-CMP-02: 积分/会员卡/优惠券/卡 + 过期 is 其他, not 产品质量; asked, it is a 咨询."""
    result = classify(text)
    assert result.category is Category.OTHER, result.explain()
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION
    assert "pq.taste" not in result.fired
    if "过期" in text:  # the defect reading is there, suppressed by ot.expiry
        assert any(e.rule_id == "pq.taste" for e in result.suppressed)


@pytest.mark.parametrize(
    "text",
    [
        "酒过期了",
        "买的牛奶过期了",
        "用积分换的酒过期了",  # the goods word stands between: the wine expired
        "会员价买的饼干过期了",
        "烟过期了还卖给我",
        "The milk expired already",
    ],
)
def test_expired_goods_stay_product_quality_R_CMP_02(text: str) -> None:
    """R-CMP-02/03: food, wine, tobacco + 过期 is a product-quality complaint (D10 二 3.1)."""
    result = classify(text)
    assert result.category is Category.PRODUCT_QUALITY, result.explain()
    assert result.kind is Kind.COMPLAINT
    assert "pq.taste" in result.fired


def test_overrides_suppress_only_covered_matches() -> None:
    """A rule's ``overrides`` cancels the named rule's matches inside its own, no others."""
    result = classify("积分会过期，酒也过期了")
    taste = [
        (e.text, e.negated_by)
        for e in result.evidence + result.suppressed
        if e.rule_id == "pq.taste"
    ]
    assert sorted(taste) == [("过期", ""), ("过期", "积分会过期")]
    without = classify("请问积分会过期吗？", policy=DEFAULT_CLASSIFIER_POLICY.without("ot.expiry"))
    assert "pq.taste" in without.fired  # an unknown or removed overrider is simply absent


def test_question_frames_and_overrides_are_validated() -> None:
    with pytest.raises(InvalidInput, match=r"^question_frames\[0\]:"):
        Rule("x", category="other", terms=("a",), question_frames=("(",))
    with pytest.raises(InvalidType, match=r"^question_frames:"):
        Rule("x", category="other", terms=("a",), question_frames="请问")
    with pytest.raises(InvalidInput, match=r"^overrides\[0\]:"):
        Rule("x", category="other", terms=("a",), overrides=("has space",))
    with pytest.raises(InvalidType, match=r"^overrides\[0\]:"):
        Rule("x", category="other", terms=("a",), overrides=(3,))  # type: ignore[arg-type]


_ASK = st.sampled_from(("请问", "想问一下，", "想咨询一下", "你好，请问", "麻烦问下"))
_RETURN = st.sampled_from(("退货", "换货", "退款", "退换货", "申请退货"))
_WHAT = st.sampled_from(
    (
        "需要什么手续？",
        "多久能到账？",
        "要带发票吗？",
        "的流程是怎样的？",
        "怎么操作？",
        "有什么条件吗",
        "运费谁出？",
    )
)


@given(_ASK, _RETURN, _WHAT)
def test_return_questions_from_templates_R_CMP_01(ask: str, subject: str, what: str) -> None:
    """R-CMP-01: every templated question about a return is a 咨询 about 退换货 ..."""
    result = classify(ask + subject + what)
    assert (result.kind, result.category) == (Kind.CONSULTATION, Category.RETURN_EXCHANGE)
    # ... and anger added to it makes it a 投诉 again.
    angry = classify(ask + subject + what + "你们太差了！")
    assert angry.kind is Kind.COMPLAINT


_NOT_GOODS = st.sampled_from(("积分", "会员卡", "优惠券", "代金券", "储值卡", "礼品卡", "会员"))
_GOODS = st.sampled_from(("酒", "牛奶", "饼干", "月饼", "茶叶", "香烟"))
_EXPIRY_QUESTION = st.sampled_from(
    (
        "请问{}会过期吗？",
        "{}什么时候过期？",
        "{}过期了怎么办",
        "{}快过期了还能用吗",
        "过期的{}还能用吗",
    )
)
_EXPIRED_GOODS = st.sampled_from(("买的{}过期了", "{}过期了还在卖", "用积分换的{}过期了"))


@given(_NOT_GOODS, _EXPIRY_QUESTION, _GOODS, _EXPIRED_GOODS)
def test_expiry_from_templates_R_CMP_02(thing: str, ask: str, goods: str, sold: str) -> None:
    """R-CMP-02: points/cards/coupons expire as 其他; goods that expired are 产品质量."""
    asked = classify(ask.format(thing))
    assert (asked.kind, asked.category) == (Kind.CONSULTATION, Category.OTHER), asked.explain()
    spoiled = classify(sold.format(goods))
    assert (spoiled.kind, spoiled.category) == (Kind.COMPLAINT, Category.PRODUCT_QUALITY)


# ---- evidence ------------------------------------------------------------------------------


def test_evidence_points_into_the_original_text() -> None:
    text = "ＡＰＰ 下单后，酒 里 有 沉淀！！"
    result = classify(text)
    sediment = [e for e in result.evidence if e.rule_id == "rx.sediment"]
    assert len(sediment) == 1
    e = sediment[0]
    assert text[slice(*e.span)] == e.text == "沉淀"
    assert e.source == "沉淀"
    assert e.weight == 4
    for e in result.evidence + result.suppressed:
        assert text[slice(*e.span)] == e.text
    assert "rx.sediment" in result.fired


def test_negation_suppresses_and_is_reported() -> None:
    result = classify("不是质量问题，是服务员态度太差")
    assert result.category is Category.SERVICE_QUALITY
    suppressed = {(e.rule_id, e.negated_by) for e in result.suppressed}
    assert ("pq.defect", "不是") in suppressed
    assert "pq.defect" not in result.fired


def test_negation_after_and_clause_limit() -> None:
    praised = classify("口感没问题")
    assert "pq.taste-topic" not in praised.fired
    assert [(e.rule_id, e.negated_by) for e in praised.suppressed] == [("pq.taste-topic", "没问题")]
    fine = classify("酒的口感很好，就是送货太慢了，等了三天")
    assert fine.category is Category.SALES_CONTRACT or fine.category is Category.SERVICE_QUALITY
    # a negation never crosses a clause break
    assert "rx.sediment" in classify("没有人接电话。酒里有沉淀").fired
    assert "rx.sediment" not in classify("酒里没有沉淀").fired


def test_look_alike_negations_are_not_negations() -> None:
    """是不是/有没有 are questions, not negations."""
    assert "pq.defect" in classify("是不是质量有问题？").fired
    assert "rx.sediment" in classify("有没有沉淀都要检查").fired


def test_no_match_says_so() -> None:
    result = classify("ｘｙｚ 123", policy=RULES_ONLY)
    assert not result.matched
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.OTHER
    assert result.kind_rule == result.category_rule == "default"
    assert result.confidence == 0.0
    assert "no rule recognised the text" in result.reason
    assert result.department is Department.CUSTOMER_RELATIONS
    empty = classify("")
    assert not empty.matched
    assert empty.evidence == ()
    assert empty.kind is Kind.NO_ACTION
    assert empty.confidence == 0.0
    # with the learned layer (the default) a text no rule knows is still read, and says so
    learned = classify("ｘｙｚ 123")
    assert not learned.matched
    assert "no rule" in learned.reason
    assert {e.rule_id for e in learned.evidence} <= {"learned"}


def test_severity_hints_R_CMP_07() -> None:
    """R-CMP-07: the classifier reports safety, media, regulator, legal, repeat, collective."""
    assert classify("孩子喝了住院了").signals == {Signal.SAFETY}
    assert classify("没有人受伤").signals == frozenset()
    assert Signal.MEDIA in classify("我要找记者曝光你们").signals
    assert Signal.REGULATOR in classify("已经打了１２３１５").signals
    assert Signal.LEGAL in classify("我会请律师起诉").signals
    assert Signal.REPEAT in classify("这是第三次投诉了").signals
    assert Signal.COLLECTIVE in classify("我们十几户业主联名投诉").signals
    assert Signal.LOSS in classify("损失了2万元").signals


def test_explain_names_rules_and_positions() -> None:
    text = classify("酒里有沉淀，我要退货").explain()
    assert 'rx.sediment [3:5] "沉淀" → complaint, return or exchange +' in text
    assert text.splitlines()[0].startswith("complaint / return or exchange → quality department")


def test_normalise_maps_back_to_original_positions() -> None:
    norm, where = normalise("Ａ Ｂ\n③，")
    assert norm == "ab。3,"
    assert where == (0, 2, 3, 4, 5)


def _one_by_one(text: str) -> tuple[str, tuple[int, ...]]:
    """:func:`normalise` as its docstring defines it, one character at a time (after
    Cantonese's words, read one character for one)."""
    out, where = "", list[int]()
    text = cantonese_words(text)
    for i, ch in enumerate(text):
        form = unicodedata.normalize("NFKC", ch).lower().split()
        piece = "".join(to_simplified(from_cantonese(p)) for p in form)
        if ch in "\n\r":
            piece = "。"
        elif ch < "\x80" and ch.isspace() and out[-1:] > "\u2e7f" < text[i + 1 : i + 2]:
            piece = ","  # a space between two Chinese characters
        out, where = out + piece, where + [i] * len(piece)
    return out, tuple(where)


@given(
    st.text(
        st.sampled_from(
            "aZ 1\t\n\r\x1c\x85\u3000\u2028\xa0…。，!ＡＢ①ﬁİß\u0301\uf900服務好唔冇係咩點解關"
        )
    )
)
def test_normalise_learning_characters_on_the_way_keeps_the_definition(text: str) -> None:
    """The tables normalise learns (one character for one, else one at a time) never
    change its answer: the character-by-character definition."""
    assert normalise(text) == _one_by_one(text)


@given(
    st.lists(st.sampled_from(["公交车", "交车", "度假", "假酒", "酒店", "不好", "好"])), st.data()
)
def test_boundary_words_looked_for_near_a_match_are_all(
    words: list[str], data: st.DataObject
) -> None:
    """The first boundary word a match cuts (交车 in 公交车), looked for near the match
    only, is the first of all the boundary words in the text that cut it."""
    text = "".join(words)
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    end = data.draw(st.integers(start + 1, max(start + 1, len(text))))
    found = sorted(
        (i, w) for w in DEFAULT_CLASSIFIER_POLICY.words for i in range(end) if text.startswith(w, i)
    )
    cut = [w for i, w in found if i + len(w) > start and not start <= i < i + len(w) <= end]
    assert (
        _Words(DEFAULT_CLASSIFIER_POLICY.words).straddled(text, start, end) == (cut[:1] or [""])[0]
    )


# ---- rules are data --------------------------------------------------------------------


def test_company_vocabulary_without_code() -> None:
    mine = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.screen", kind="投诉", category="产品质量", terms=("烧屏",), weight=5)
    )
    assert classify("烧屏", policy=mine).category_rule == "acme.screen"
    assert classify("烧屏", policy=RULES_ONLY).category is Category.OTHER
    assert (
        "rx.sediment"
        not in classify("沉淀", policy=DEFAULT_CLASSIFIER_POLICY.without("rx.sediment")).fired
    )
    routed = DEFAULT_CLASSIFIER_POLICY.with_departments({"服务质量": "客户关系部"})
    assert classify("态度太差", policy=routed).department is Department.CUSTOMER_RELATIONS


def test_rule_and_rule_set_validation() -> None:
    with pytest.raises(InvalidInput, match="patterns"):
        Rule("x", category="other", patterns=("(",))
    with pytest.raises(InvalidInput, match=r"^id:"):
        Rule("has space", category="other", terms=("a",))
    with pytest.raises(InvalidInput, match="vote"):
        Rule("x", terms=("a",))
    with pytest.raises(InvalidInput, match="terms or patterns"):
        Rule("x", category="other")
    with pytest.raises(PolicyError, match=r"^weight:"):  # a rule set is policy data
        Rule("x", category="other", terms=("a",), weight=0)
    with pytest.raises(PolicyError, match=r"^window_chars:"):
        Rule("x", category="other", terms=("a",), window_chars=-1)
    with pytest.raises(InvalidType, match=r"^terms:"):
        Rule("x", category="other", terms="abc")
    with pytest.raises(PolicyError, match="unique"):
        DEFAULT_CLASSIFIER_POLICY.extended(Rule("rx.sediment", category="other", terms=("a",)))
    with pytest.raises(PolicyError, match="department"):
        ClassifierPolicy(rules=(), departments={"产品质量": "质量部"})
    with pytest.raises(InvalidInput, match="nope"):
        DEFAULT_CLASSIFIER_POLICY.without("nope")
    with pytest.raises(InvalidType, match=r"^policy:"):
        classify("x", policy=DEFAULT_CLASSIFIER_POLICY.rules)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^text:"):
        classify(b"x")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^policy:"):
        find_matches("x", policy=DEFAULT_CLASSIFIER_POLICY.rules)  # type: ignore[arg-type]


def test_a_rule_id_is_trimmed_as_every_id() -> None:
    """A rule's id is read as a Decision's or a Target's rule (docs/decisions.md: every id
    custops takes is trimmed); a list of ids or text that is no id is refused, naming it."""
    rule = Rule(" acme.screen\t", kind="投诉", terms=("烧屏",))
    assert rule.id == "acme.screen"
    assert (
        classify("烧屏", policy=DEFAULT_CLASSIFIER_POLICY.extended(rule)).kind_rule == "acme.screen"
    )
    for bad in ("a.b, c.d", "允许", "", "a" * 65):
        with pytest.raises(InvalidInput) as info:
            Rule(bad, kind="投诉", terms=("烧屏",))
        assert (info.value.argument, info.value.value) == ("id", bad)
    with pytest.raises(InvalidType, match=r"^id: must be a str"):
        Rule(3, kind="投诉", terms=("烧屏",))  # type: ignore[arg-type]


@given(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,20}", fullmatch=True), st.text(" \t\n"))
def test_property_a_padded_rule_id_reads_as_the_id(rule_id: str, pad: str) -> None:
    """Whatever whitespace surrounds a rule id, the rule keeps the id alone."""
    assert Rule(pad + rule_id + pad, category="other", terms=("a",)).id == rule_id


@pytest.mark.parametrize("term", ["R-CMP-05", "见R-SLA-05", "怪\n味", "怪\x00味", "怪\u2028味"])
def test_a_term_is_one_line_with_no_rule_id(term: str) -> None:
    """House rule 4: a reason quotes the term that matched, so a term holding a rule ID of
    the catalogue or a line break is refused when the rule is built, naming ``terms[i]``;
    a term is trimmed."""
    with pytest.raises(InvalidInput) as info:
        Rule("acme.x", kind="complaint", terms=("怪味", term))
    assert (info.value.argument, info.value.value) == ("terms[1]", term)
    assert info.value.problem.startswith("must not ")
    assert Rule("acme.x", kind="complaint", terms=(" 怪味 ",)).terms == ("怪味",)


@settings(max_examples=40)
@given(
    st.text(max_size=4).map(lambda t: t + "怪味")
    | st.text(max_size=3).map(lambda t: t + "R-CMP-05")
)
def test_property_a_term_a_reason_quotes_holds_no_rule_id(term: str) -> None:
    """House rule 4: a custom rule's term is refused when built, or no reason it gives
    holds a rule ID of the catalogue."""
    name = term.strip()
    broken = any(unicodedata.category(c) in {"Cc", "Zl", "Zp"} for c in name)
    if broken or RULE_ID_IN_TEXT.search(name):
        with pytest.raises(InvalidInput, match=r"^terms\[0\]: must not "):
            Rule("acme.x", kind="complaint", terms=(term,))
        return
    rule = Rule("acme.x", kind="complaint", terms=(term,))
    answer = classify(term, policy=DEFAULT_CLASSIFIER_POLICY.extended(rule))
    assert not RULE_ID_IN_TEXT.search(answer.reason)


def test_a_rule_lists_no_term_twice() -> None:
    """House rule 7: a term listed twice (in its matching form: 異味 and 异味, ＡＢ and ab) is
    refused as a rule id listed twice in a policy is; every built-in rule rebuilds."""
    with pytest.raises(InvalidInput, match=r"^terms: is listed twice \(got '异味'\)$"):
        Rule("acme.x", kind="complaint", terms=("異味", "怪味", "异味"))
    with pytest.raises(InvalidInput, match=r"^terms: is listed twice \(got 'ab'\)$"):
        Rule("acme.x", kind="complaint", terms=("ＡＢ", "ab"))
    for rule in DEFAULT_CLASSIFIER_POLICY.rules:
        assert attrs.evolve(rule) == rule  # checked as a caller's rule is


@given(
    st.lists(
        st.sampled_from(["怪味", "異味", "异味", "ＡＢ", "ab", "沉淀"]), min_size=1, max_size=4
    )
)
def test_property_terms_are_distinct_or_refused(terms: list[str]) -> None:
    """A rule is built exactly when no two terms have one matching form."""
    forms = [normalise(term)[0] for term in terms]
    if len(set(forms)) < len(forms):
        with pytest.raises(InvalidInput, match=r"^terms: is listed twice"):
            Rule("acme.x", kind="complaint", terms=terms)
    else:
        assert Rule("acme.x", kind="complaint", terms=terms).terms == tuple(terms)


def test_the_policy_defaults_are_the_built_in_rules() -> None:
    assert ClassifierPolicy() == DEFAULT_CLASSIFIER_POLICY
    assert find_matches("没有人受伤") == find_matches(
        "没有人受伤", policy=DEFAULT_CLASSIFIER_POLICY
    )
    assert classify("酒里有沉淀", policy=ClassifierPolicy()) == classify("酒里有沉淀")


def test_find_matches_for_any_rules() -> None:
    bare = ClassifierPolicy(words=(), contrasts=())  # the built-in rules alone
    counted, suppressed = find_matches("没有人受伤，但有人住院", policy=bare)
    assert [e.text for e in counted if e.rule_id == "sig.hospitalised"] == ["住院"]
    assert [e.text for e in suppressed] == ["受伤"]


# ---- the labelled set (issue 5: at least 150 texts, at least 90 %) ---------------------


def test_labelled_set_is_large_and_varied() -> None:
    rows = load("main")
    assert len(rows) >= 150
    kinds = Counter(r["kind"] for r in rows)
    assert set(kinds) == D14_KINDS
    assert {r["category"] for r in rows} == {c.value for c in Category}
    assert len({r["domain"] for r in rows}) >= 5
    assert len({r["text"] for r in rows}) == len(rows)


def test_labelled_set_accuracy_at_least_90_percent() -> None:
    rows = load("main")
    kind_hits = sum(classify(r["text"]).kind.value == r["kind"] for r in rows)
    cat_hits = sum(classify(r["text"]).category.value == r["category"] for r in rows)
    assert kind_hits / len(rows) >= 0.9
    assert cat_hits / len(rows) >= 0.9


# ---- properties ------------------------------------------------------------------------


@given(st.text())
def test_classification_is_total_and_deterministic(text: str) -> None:
    first = classify(text)
    again = classify(text)
    assert first == again
    assert isinstance(first.kind, Kind)
    assert isinstance(first.category, Category)
    assert 0.0 <= first.confidence <= 1.0
    assert first.confidence == min(first.kind_confidence, first.category_confidence)
    assert first.matched == any(e.rule_id != "learned" for e in first.evidence)
    for e in first.evidence + first.suppressed:
        assert 0 <= e.span[0] < e.span[1] <= len(text)
        assert text[slice(*e.span)] == e.text
    assert first.issues[0].category is first.category
    assert first.categories[0] is first.category
    assert "R-CMP" not in first.reason
    assert "\n" not in first.reason
    if not first.evidence:
        assert first.confidence == 0.0


VOCAB = st.sampled_from(
    ["沉淀", "请问", "建议", "态度", "退货", "合同", "维修", "没有", "不是", "吗", "？", "，", "!"]
)


@given(st.lists(st.one_of(VOCAB, st.text(max_size=3)), max_size=12).map("".join))
def test_classification_of_domain_like_text_is_consistent(text: str) -> None:
    result = classify(text)
    # the rules' kinds (the learned layer is no rule, and a short text's complaint it
    # holds without conviction is not taken: 合同 asks for nothing)
    fired_kinds = {e.kind for e in result.evidence if e.kind is not None and e.rule_id != "learned"}
    if fired_kinds and result.kind_rule != "learned":
        assert result.kind in fired_kinds
        assert result.kind_rule in result.fired
    scores = dict(result.category_scores)
    if result.topic is not None:
        assert scores[result.topic] == max(scores.values())


# Patterns a rule author might write, beside the built-in ones: optional parts, classes,
# counted repeats, alternatives at the top and inside groups, lookarounds, escapes.
_AUTHORED = (
    r"(?<!不)(很|太)?差劲",
    r"等了\d+(分钟|小时)",
    r"[一二三四五六七八九十两]次(都|还)?没",
    r"(退|换)(货|款)|差评",
    r"(?:漏|少)送了?.{0,4}(饮料|餐具)",
    r"a{0,2}b+c?",
    r"(x|)y",
    r"\S{1,3}吗[?？]",
    r"(?=有)有(虫|头发)",
    r"(?i)bad",
    r"[^好]吃",
)
_PATTERNS = (
    tuple(
        sorted(
            {p for r in DEFAULT_CLASSIFIER_POLICY.rules for p in (*r.patterns, *r.question_frames)}
        )
    )
    + _AUTHORED
)


@given(st.sampled_from(_PATTERNS).flatmap(lambda p: st.tuples(st.just(p), st.from_regex(p))))
def test_a_pattern_is_skipped_only_on_texts_it_cannot_match_R_CMP_01(case: tuple[str, str]) -> None:
    """R-CMP-01: a rule's pattern is tried only on texts holding a character of each set
    :func:`_needs` names, so every text the pattern matches must hold one of each."""
    pattern, text = case
    assert re.search(pattern, text)
    for needed in _needs(pattern):
        assert needed & set(text), (pattern, text, sorted(needed))


# ---- everyday phrasings of real customers (issue 13, eighth round) ----------------------

EVERYDAY = [
    # shop-chat questions: a question particle before 亲, a bare 么, a count, a choice
    ("能送我个小礼物吗亲", "kind.question-mark", Kind.CONSULTATION),
    ("有2020的纯棉的棉柔巾么", "kind.question-mark", Kind.CONSULTATION),
    ("一箱几包", "kind.question-mark", Kind.CONSULTATION),
    ("无纺布和纯棉什么区别", "kind.question-mark", Kind.CONSULTATION),
    ("这款是纯棉的还是无纺的", "kind.question-mark", Kind.CONSULTATION),
    ("买两箱有什么赠品", "kind.question-mark", Kind.CONSULTATION),
    ("会不会有很多坏的", "kind.question-mark", Kind.CONSULTATION),
    # a turn that only acknowledges or gives a number (labelling guide)
    ("OK好的", "kind.ack", Kind.NO_ACTION),
    ("嗯嗯。", "kind.ack", Kind.NO_ACTION),
    ("538872953711", "kind.ack", Kind.NO_ACTION),
    # waiting reported as a fragment (labelling guide: 四五天了, 今天已经3天了)
    ("四五天了", "sc.late", Kind.COMPLAINT),
    ("今天已经3天了", "sc.late", Kind.COMPLAINT),
    ("都要等1个月了", "sc.late", Kind.COMPLAINT),
    # a shortcoming: 太/偏/有点 and a plain adjective ending the clause
    ("全是肉。有点干", "pq.degree", Kind.COMPLAINT),
    ("待机时间太短了。", "pq.degree", Kind.COMPLAINT),
    ("还可以，就是米饭偏硬了点", "pq.degree", Kind.COMPLAINT),
    # no effect, still not working (labelling guide: 并没用, 还是不行)
    ("并没用.", "pq.useless", Kind.COMPLAINT),
    ("重置了还是不行", "pq.useless", Kind.COMPLAINT),
    # missing or wrong goods, goods not sent
    ("你自己给我少寄的", "sc.missing", Kind.COMPLAINT),
    ("少了南瓜粥", "sc.missing", Kind.COMPLAINT),
    ("收到的不是我想要的", "sc.missing", Kind.COMPLAINT),
    ("31号就到了就是不送", "sc.breach", Kind.COMPLAINT),
    # a fix demanded, contempt, X死了
    ("后视镜松垮希望厂家处理", "kind.complaint", Kind.COMPLAINT),
    ("辣死了，吃完整个人都不好了", "kind.complaint", Kind.COMPLAINT),
    ("这种做法真不要脸", "kind.verdict", Kind.COMPLAINT),
    # a mild positive verdict, praise words
    ("感觉还可以吧，对得起这个价！", "pr.fair", Kind.PRAISE),
    ("操控真的一流", "pr.general", Kind.PRAISE),
]


@pytest.mark.parametrize(("text", "rule", "kind"), EVERYDAY)
def test_everyday_phrasings_R_CMP_01_R_CMP_02(text: str, rule: str, kind: Kind) -> None:
    """R-CMP-01/02: the rules alone read real customers' everyday phrasings (issue 13)."""
    result = classify(text, policy=RULES_ONLY)
    assert rule in result.fired, result.explain()
    assert result.kind is kind, result.explain()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("噪音很小", "pq.degree"),  # 很 is no shortcoming's degree
        ("不太咸，刚刚好", "pq.degree"),  # negated
        ("有点干净", "pq.degree"),  # the adjective goes on
        ("已经用了三年了", "sc.late"),  # using, not waiting
        ("坏了几个", "kind.question-mark"),  # 了几 counts, asks nothing
        ("怎么这么贵", "kind.ack"),
        ("这么好吃", "kind.question-mark"),  # 这么 is no question's 么
        ("油耗少了很多", "sc.missing"),  # 少了 not at a clause's start
        ("好的质量", "kind.ack"),  # more than an acknowledgement
    ],
)
def test_everyday_rules_do_not_misfire_R_CMP_01(text: str, rule: str) -> None:
    """R-CMP-01: each new everyday rule stays out of its look-alikes."""
    assert rule not in classify(text, policy=RULES_ONLY).fired


@given(st.integers(min_value=10_000, max_value=10**18), st.sampled_from(["", "。", "."]))
def test_a_bare_number_is_nothing_to_handle_R_CMP_01(number: int, end: str) -> None:
    """R-CMP-01: a turn that only gives an order or phone number is nothing to handle."""
    result = classify(f"{number}{end}", policy=RULES_ONLY)
    assert result.kind is Kind.NO_ACTION
    assert result.fired == ("kind.ack",)


_SHORTCOMING = st.sampled_from(["太", "偏", "有点", "有些", "过于", "略"])
_PLAIN = st.sampled_from(["硬", "咸", "辣", "腻", "干", "小", "短", "薄", "吵", "旧", "脏", "大"])


@given(_SHORTCOMING, _PLAIN, st.sampled_from(["", "了", "了点", "了一点", "吧"]))
def test_a_shortcoming_is_read_unless_negated_R_CMP_01(degree: str, plain: str, tail: str) -> None:
    """R-CMP-01/02: 太/偏/有点 + an adjective ending its clause is a complaint about the
    goods; 不 before it cancels it (不太咸)."""
    said = classify(f"东西{degree}{plain}{tail}。", policy=RULES_ONLY)
    assert "pq.degree" in said.fired, said.explain()
    assert said.kind is Kind.COMPLAINT
    assert said.category is Category.PRODUCT_QUALITY
    denied = classify(f"东西不{degree}{plain}{tail}。", policy=RULES_ONLY)
    assert "pq.degree" not in denied.fired, denied.explain()
