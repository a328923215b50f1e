"""Tests of the classifier's reading of real customer language (issue 13; R-CMP-01..03, R-CMP-07).

Word boundaries, negation and degree, contrast, warnings to other customers, praise and
nothing-to-handle, several issues in one text, traditional characters, the learned
layer and the severity signals of real texts.  The examples are the issue's own
illustrations and plain sentences written for these tests; the accuracy on the real
corpus is shown by ``benchmarks/bench_classifier.py``, never asserted here.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Category,
    Kind,
    Rule,
    Signal,
    _ngram,
    classify,
    normalise,
)
from custops.complaints._hanzi import TABLE, cantonese_words, regional_words, to_simplified
from custops.complaints._ngram import TAIL, features, predict, tail_features
from custops.complaints.classifier import (
    ClassifierPolicy,
    Issue,
    _whole_words,
    find_matches,
    rule_features,
)
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import language

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


# ---- words, not substrings (R-CMP-02) ---------------------------------------------------


def _read_as(text: str, kind: Kind, rule: str) -> None:
    """``text`` is read as ``kind`` with evidence of ``rule``, by the rules alone and with
    the learned layer."""
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is kind, result.explain()
        assert any(e.rule_id == rule for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    ("text", "rule", "word"),
    [
        ("坐公交车来的", "sc.delivery", "公交车"),  # 交车: a car handed over
        ("住的是度假酒店", "pq.defect", "度假"),  # 假酒: counterfeit liquor
        ("还是不错的", "kind.again-or-still", "不错"),  # 还是不: a fault still there
        ("酒店的睡眠质量差", "pq.defect", "睡眠质量"),  # 质量差: a product defect
    ],
)
def test_boundary_words_keep_substrings_from_matching_R_CMP_02(
    text: str, rule: str, word: str
) -> None:
    """R-CMP-02: a keyword that cuts a longer word in two is no match (issue 13 examples)."""
    result = classify(text, policy=RULES_ONLY)
    assert rule not in result.fired, result.explain()
    assert any(e.rule_id == rule and e.negated_by == word for e in result.suppressed)


def test_boundary_words_are_policy_data_R_CMP_02() -> None:
    no_words = attrs.evolve(RULES_ONLY, words=())
    assert "sc.delivery" in classify("坐公交车来的", policy=no_words).fired
    assert "sc.delivery" not in classify("坐公交车来的", policy=RULES_ONLY).fired


# ---- everyday complaint words, negation and degree (R-CMP-01) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "送得太慢了",
        "两个小时才到",
        "饭菜都凉了",
        "服务极差",
        "无语",
        "菜不新鲜",
        "米饭是生的",
        "汤洒了一袋子",
        "少送了一份",
        "没有筷子",
        "房间隔音差",
        "不怎么好吃",
        "一点也不满意",
    ],
)
def test_everyday_complaints_R_CMP_01(text: str) -> None:
    """R-CMP-01: the issue's everyday complaint words are read as complaints by the rules."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert result.matched


def test_negated_praise_flips_to_a_complaint_R_CMP_01() -> None:
    """不怎么好吃 is no question and no praise: the praise rule's vote flips (negated_kind)."""
    result = classify("不怎么好吃", policy=RULES_ONLY)
    flipped = [e for e in result.evidence if e.flipped_by]
    assert flipped
    assert flipped[0].kind is Kind.COMPLAINT
    assert flipped[0].flipped_by in ("不怎么", "不")
    assert classify("很好吃", policy=RULES_ONLY).kind is Kind.PRAISE


def test_negated_wish_is_no_suggestion_R_CMP_01() -> None:
    """不希望 is no wish: the suggestion cue is negated."""
    result = classify("我不希望再发生这种事", policy=RULES_ONLY)
    assert result.kind is not Kind.SUGGESTION


def test_rhetorical_question_is_a_complaint_R_CMP_01() -> None:
    assert classify("怎么是生的？", policy=RULES_ONLY).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("如果每次出地堡之前物资点能够随机刷新就很好了", "kind.if-only"),
        ("要是背包能套背包就更方便了", "kind.if-only"),
        ("加一个稀有度显示以及对应的音效，如果这样应该会更爽", "kind.if-only"),
        ("甜点只有一款味道，应提供更多味道", "kind.suggestion"),
        ("求官方自己出个联机功能吧", "kind.suggestion"),
        ("能不能出款大容量的", "kind.suggestion"),
    ],
)
def test_a_wish_put_as_a_condition_or_a_should_is_a_suggestion_R_CMP_01(
    text: str, rule: str
) -> None:
    # rules kind.if-only and kind.suggestion (the twenty-third round): the praise word of
    # the condition (就很好了) is the wish's, not praise of what is there
    _read_as(text, Kind.SUGGESTION, rule)
    assert not any(e.rule_id == "pr.general" for e in classify(text, policy=RULES_ONLY).evidence)
    # praise that stands outside the wish still counts
    praised = classify("味道很好，要是能再辣一点就更好了", policy=RULES_ONLY)
    assert any(e.rule_id == "pr.general" for e in praised.evidence), praised.explain()


def test_warning_to_others_is_a_complaint_not_a_suggestion_R_CMP_01() -> None:
    """建议大家别来 warns other customers: a complaint (docs/labelling.md)."""
    result = classify("服务太差，建议大家别来", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert "kind.warning" in result.fired
    assert classify("建议增加早餐品种", policy=RULES_ONLY).kind is Kind.SUGGESTION


def test_contrast_weighs_the_part_after_it_R_CMP_01() -> None:
    """味道不错，但是送了两个小时: the part after 但是 carries the complaint."""
    result = classify("味道不错，但是送了两个小时才到", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert any(e.stressed for e in result.evidence)
    assert all(not e.stressed for e in result.evidence if e.span[0] < 5)
    plain = attrs.evolve(RULES_ONLY, contrasts=())
    assert not any(
        e.stressed for e in classify("味道不错，但是送了两个小时才到", policy=plain).evidence
    )


# ---- praise and nothing to handle (R-CMP-01) --------------------------------------------


@pytest.mark.parametrize("text", ["送餐很快，态度很好", "很好吃，下次还点", "房间干净，服务热情"])
def test_praise_R_CMP_01(text: str) -> None:
    """Praise is 表扬 with category 其他 (ClassifierPolicy.praise_category); the subject
    stays in topic."""
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.PRAISE, result.explain()
        assert result.category is Category.OTHER
        assert result.rule == "R-CMP-01"


@pytest.mark.parametrize(
    "text",
    [
        "老师讲解的很全面",
        "课程内容充实，讲解详细",
        "太有帮助啦！",
        "收获很大，开拓了眼界",
        "苏老师牛批！",
    ],
)
def test_praise_of_content_and_teaching_R_CMP_01(text: str) -> None:
    # rule pr.content: praise of a course's, a book's or an app's content and teaching
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.PRAISE, result.explain()
        assert any(e.rule_id == "pr.content" for e in result.evidence), result.explain()


@pytest.mark.parametrize("text", ["讲解不够详细", "内容一点也不丰富", "没有收获"])
def test_negated_praise_of_content_is_a_complaint_R_CMP_01(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "A市A3区天麓尚层小区底商，占用人行走廊，临街铺面全部外扩，与当初开发商交房时完全两样。"
        "而且占用楼梯间，有的做临时仓库，有的出租做门面，有的摆放摇摇车，希望有关部门管管。",
        "开元路与东1路广圣大酒店4楼，技师工号999，188，888，严重操作涉黄行为，望有关领导一查到底。",
    ],
)
def test_the_learned_layer_alone_never_reads_praise_against_a_complaint_cue_R_CMP_01(
    text: str,
) -> None:
    # a demand or an accusation of weight 4 (kind.complaint) and no word of praise: the
    # learned layer's praise, however strong, is set aside at any length
    result = classify(text)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert not any(e.kind is Kind.PRAISE and e.rule_id != "learned" for e in result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "楚龙街道城西小区橘红酒店二楼三楼ktv严重扰民，每天晚上噪音特别大，恳请相关部门调查处理",
        "商贩占道经营，每天在路口门前摆摊，造成周边居民出行不便",
        "在靠近小区的围墙空地上违规搭建厨房，炒菜声音特别大",
        "搅拌站的噪音、扬尘严重影响小区居民的身心健康",
    ],
)
def test_a_nuisance_suffered_as_a_neighbour_is_category_other_R_CMP_02(text: str) -> None:
    # rule ot.nuisance (labelling guide, a message to a public body): a complaint whose
    # category is other, not the quality of a hotel room's noise
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert result.category is Category.OTHER, result.explain()
        assert result.category_rule == "ot.nuisance", result.explain()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("小区旁边的河道发黑发臭，请尽快清淤", "ot.nuisance"),
        ("晚上十二点工地还在施工，吵得睡不着", "ot.nuisance"),
        ("门口的水沟一到夏天就臭味熏天", "ot.nuisance"),
        ("河边的路灯坏了好几天了", "ot.public"),
        ("井盖丢了一个多月也没人管", "ot.public"),
    ],
)
def test_public_works_and_a_polluted_river_are_category_other_R_CMP_02(
    text: str, rule: str
) -> None:
    # rules ot.public and ot.nuisance (labelling guide, a message to a public body): a
    # river that stinks is no spoiled food, a broken street light no faulty goods
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert result.category is Category.OTHER, result.explain()
        assert result.category_rule == rule, result.explain()
        assert not any(
            e.rule_id.startswith("pq.") and e.kind is Kind.COMPLAINT for e in result.evidence
        ), result.explain()


@pytest.mark.parametrize("text", ["酒店房间有臭味", "外卖的鱼发臭了"])
def test_a_smell_of_goods_stays_product_quality_R_CMP_02(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert result.category is Category.PRODUCT_QUALITY, result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "一直登录超时，让不让用了",
        "登录一直超时，垃圾app",
        "升级以后老是提示网络失败",
        "页面加载好久",
    ],
)
def test_an_apps_own_faults_are_product_quality_R_CMP_02(text: str) -> None:
    # rule pq.app (labelling guide, app faults): a login that times out is the app's
    # fault, not a late delivery (sc.late) nor a payment service that fails
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert result.category is Category.PRODUCT_QUALITY, result.explain()
        assert result.category_rule == "pq.app", result.explain()
        assert not any(e.rule_id in ("sc.late", "sc.finance-problem") for e in result.evidence)


def test_a_credit_service_that_fails_stays_a_contract_matter_R_CMP_02() -> None:
    result = classify("花呗为什么用不了", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert result.category is Category.SALES_CONTRACT, result.explain()


@pytest.mark.parametrize(
    "text",
    ["不错，就是配件有点贵", "挺好的，稍微有点吵", "很好吃，就是略咸", "服务很好，就是上菜有点慢"],
)
def test_praise_with_a_minor_shortcoming_is_praise_R_CMP_01(text: str) -> None:
    # labelling guide, mixed texts 3: a mostly positive text with a shortcoming made minor
    # (有点, 稍微, 略) is praise, though the contrast stresses the shortcoming
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.PRAISE, result.explain()
        assert any(e.kind is Kind.COMPLAINT for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "不错，就是配件太贵了",  # not minor
        "味道不错，就是吃完有点拉肚子",  # harm: mixed texts 1
        "有点贵，味道不错",  # the shortcoming comes first
    ],
)
def test_a_shortcoming_that_is_not_minor_keeps_the_complaint_R_CMP_03(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()


_READINGS = [
    "希望每个赛季打上最高段位的玩家能有个专属头像框",
    "建议增加排位模式",
    "为什么还没开始施工",
    "河道整治什么时候结束",
    "这里的思路只是给大家一个参考",
    "我觉得社交性大于娱乐性",
    "很多地方我都留白了",
    "玩的时间也不长",
    "官方给我受着",
    "功能越来越多",
]


@given(st.lists(st.sampled_from(_READINGS), min_size=1, max_size=4))
@settings(max_examples=60, deadline=None)
def test_the_learned_layer_never_reads_praise_over_the_rules_reading_R_CMP_01(
    parts: list[str],
) -> None:
    # at any length, praise that only the learned layer reads, against another reading
    # of the rules (a wish, a question, a complaint) and without a word of approval, is
    # set aside (sixteenth round)
    text = "，".join(parts)
    result = classify(text)
    others = [e for e in result.evidence if e.rule_id != "learned" and e.kind is not None]
    if any(e.kind is not Kind.PRAISE for e in others):
        assert result.kind is not Kind.PRAISE, result.explain()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("最近总是头疼，晚上睡不着，请医生给我一些治疗上的建议", Category.OTHER),
        ("孩子咳嗽一周了，吃药不见好转，需要住院吗", Category.OTHER),
        ("腰疼半年多，应该挂哪个科", Category.OTHER),
        ("拉肚子三天了，该怎么治疗？", Category.OTHER),
        ("膝盖疼，做个核磁大概多少钱", Category.SALES_CONTRACT),
    ],
)
def test_a_patients_request_to_a_doctor_is_a_consultation_R_CMP_01(
    text: str, category: Category
) -> None:
    # rules kind.medical and kind.medical-fee (labelling guide, eleventh batch): a patient
    # describing an illness and asking a doctor is no complaint about a product, and the
    # symptoms (拉肚子) no harm done by a business
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, result.explain()
        assert result.category is category, result.explain()
        assert result.kind_rule in ("kind.medical", "kind.medical-fee", "kind.illness")


@pytest.mark.parametrize(
    "text",
    [
        "心脏不适，左胳膊难受；做过心电图都正常；请医生给我一些治疗上的建议",
        "贫血十年多，最近恶心呕吐频繁，头晕厉害，请专家解读。谢谢！",
        "拉肚子；前天吃了菠萝后就开始拉肚子；糟糕的拉肚子；希望医生能给些指导意见",
    ],
)
def test_a_patients_symptoms_are_no_verdict_beside_a_request_R_CMP_01(text: str) -> None:
    # Rule.makes_request (kind.medical, the twenty-third round): 难受, 恶心, 糟糕 describe the
    # patient's body, what the request is about; neither they nor the learned layer turn
    # the request into a complaint
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.CONSULTATION, result.explain()
        assert result.kind_rule == "kind.medical", result.explain()


def test_request_flag_of_rules() -> None:
    rules = {rule.id: rule for rule in DEFAULT_CLASSIFIER_POLICY.rules}
    assert rules["kind.medical"].makes_request
    assert rules["kind.medical-fee"].makes_request
    assert not rules["kind.illness"].makes_request  # asked in complaints about a hospital too
    assert not rules["kind.verdict"].makes_request
    assert not Rule("x", kind="咨询", terms=("a",)).makes_request
    with pytest.raises(InvalidType, match=r"^makes_request:"):
        Rule("x", kind="咨询", terms=("a",), makes_request="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["吃了你们家的外卖拉肚子了，要求赔偿", "医生态度很差，问什么都不耐烦"]
)
def test_harm_from_a_business_or_a_rude_doctor_stays_a_complaint_R_CMP_03(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert not any(e.rule_id.startswith("kind.medical") for e in result.evidence)


@pytest.mark.parametrize(
    "text", ["山清水秀，空气清新", "古色古香的小镇，可以过去走一走", "西湖边的必游景点，值得一去"]
)
def test_praise_of_a_place_and_a_recommendation_to_go_R_CMP_01(text: str) -> None:
    # rule pr.scenery (labelling guide, eleventh batch: recommendations count as praise)
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.PRAISE, result.explain()
        assert any(e.rule_id == "pr.scenery" for e in result.evidence), result.explain()


@pytest.mark.parametrize("text", ["不值得一去", "一点也不值得去"])
def test_a_recommendation_denied_is_a_complaint_R_CMP_01(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()


@pytest.mark.parametrize(
    "text",
    ["一直當機，根本沒辦法用", "註冊完還是無法登入", "換頁太慢，每次都要等", "收不到手機驗證碼"],
)
def test_an_apps_own_faults_in_taiwans_words_are_product_quality_R_CMP_02(text: str) -> None:
    # rule pq.app (eighteenth round: 當機 crashes, 登入 logs in, 載入 loads, a slow page)
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert result.category is Category.PRODUCT_QUALITY, result.explain()
        assert any(e.rule_id == "pq.app" for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    "text", ["結帳頁面一直跳掉，請儘速改善", "搜尋功能有待改進", "閃退好幾次了，麻煩盡快修復"]
)
def test_a_fix_asked_for_is_a_complaint_not_a_proposal_R_CMP_01(text: str) -> None:
    # rule kind.fix-request (labelling guide: a wish that says the thing was wrong)
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert any(e.rule_id == "kind.fix-request" for e in result.evidence), result.explain()
    assert classify("希望增加会员条码的功能", policy=RULES_ONLY).kind is Kind.SUGGESTION


@pytest.mark.parametrize(
    "text", ["很感人的一部电影，演技在线", "震撼，过目难忘", "十分真實，看得熱淚盈眶"]
)
def test_praise_of_a_film_R_CMP_01(text: str) -> None:
    # rule pr.film (labelling guide, moviegoers' comments: praise and being moved)
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.PRAISE, result.explain()
        assert any(e.rule_id == "pr.film" for e in result.evidence), result.explain()
    assert classify("一点也不感人", policy=RULES_ONLY).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["剧情漏洞百出，演技尴尬", "好好的原著拍废了", "8.9的评分是怎么来的"]
)
def test_a_films_faults_are_a_product_quality_complaint_R_CMP_02(text: str) -> None:
    # rule pq.film (labelling guide, moviegoers' comments: the film is the product)
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert result.category is Category.PRODUCT_QUALITY, result.explain()
        assert any(e.rule_id == "pq.film" for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "找了二十个好友助力，还差0.03元就是不涨，太坑了",
        "砍一刀砍到最后剩一毛，怎么砍都不动，骗人的",
    ],
)
def test_a_promotion_not_honoured_is_a_sales_contract_matter_R_CMP_02(text: str) -> None:
    # rule sc.promo (labelling guide: a promotion's terms are the sale's)
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.category is Category.SALES_CONTRACT, result.explain()
        assert any(e.rule_id == "sc.promo" for e in result.evidence), result.explain()
    power_steering = classify("开了两年转向助力变得很沉", policy=RULES_ONLY)
    assert not any(e.rule_id == "sc.promo" for e in power_steering.evidence)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("掛號櫃台的阿姨很親切", "pr.service"),
        ("護理師態度良好，說明很細心", "pr.service"),
        ("主治醫師醫術精湛，視病猶親", "pr.service"),
        ("這個app容易上手，食譜種類多", "pr.goods"),
        ("幫了我很多，謝謝", "pr.content"),
        ("感謝護理師們這幾天的細心照護", "pr.service"),
        ("食譜都很簡單，一看就會", "pr.content"),
    ],
)
def test_praise_of_staff_and_of_an_app_in_traditional_characters_R_CMP_01(
    text: str, rule: str
) -> None:
    # rules pr.service, pr.goods, pr.content (nineteenth round: hospital and app reviews;
    # labelling guide: thanks with a verdict is praise)
    _read_as(text, Kind.PRAISE, rule)
    # negated, the same words are a complaint (不親切, 一點也不友善)
    for negated in ("櫃台人員一點也不親切", "對病人非常不友善"):
        assert classify(negated, policy=RULES_ONLY).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("看着第一眼特别的惊艳，满满的中国风", Kind.PRAISE, "pr.general"),
        ("颜值很高，功能性也满足家庭需求", Kind.PRAISE, "pr.general"),
        ("最爱绿豆紫米露，买了好多次了", Kind.PRAISE, "pr.general"),
        ("腿部空間也很大", Kind.PRAISE, "pr.goods"),
        ("装个架子打孔另外收费，我第一次见", Kind.COMPLAINT, "sc.extra-fee"),
        ("师傅说还要加钱", Kind.COMPLAINT, "sc.extra-fee"),
    ],
)
def test_delight_room_to_spare_and_a_fee_added_on_top_R_CMP_01(
    text: str, kind: Kind, rule: str
) -> None:
    # rules pr.general, pr.goods and sc.extra-fee (the twenty-third round's second half:
    # JD reviews of gifts and of a water heater)
    _read_as(text, kind, rule)
    # an app's favourites list is no favourite; no fee added is no complaint
    assert not any(
        e.rule_id == "pr.general" for e in classify("我的最爱商品排序", policy=RULES_ONLY).evidence
    )
    asked = classify("保养的时候能不能顺便帮我检查一下轮胎？要另外收费吗")
    assert asked.kind is Kind.CONSULTATION, asked.explain()
    none = classify("没有额外收费", policy=RULES_ONLY)
    assert not any(e.rule_id == "sc.extra-fee" for e in none.evidence), none.explain()
    assert [e.negated_by for e in none.suppressed if e.rule_id == "sc.extra-fee"] == ["没有"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("服務優良，但座椅舒適度普通", "普通"),
        ("餐點普通", "普通"),
        ("伸展空間有限", "空間有限"),
        ("角色好多啊玩不明白", "玩不明白"),
    ],
)
def test_a_measure_named_is_no_praise_and_plain_or_scant_is_a_verdict_R_CMP_01(
    text: str, verdict: str
) -> None:
    # rules pq.measure and kind.verdict (the twenty-third round): 舒適度 names what the
    # verdict is about (普通), it praises nothing
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert any(e.rule_id == "kind.verdict" and e.text == verdict for e in result.evidence)
    measured = classify("座椅舒适度一般", policy=RULES_ONLY)
    assert [e.rule_id for e in measured.evidence if e.text == "舒适"] == []
    # a measure called ideal is praise, not ideal a complaint; 普通 inside a word no verdict
    assert classify("清晰度都比较理想", policy=RULES_ONLY).kind is Kind.PRAISE
    assert classify("效果很不理想", policy=RULES_ONLY).kind is Kind.COMPLAINT
    assert not any(
        e.rule_id == "kind.verdict" for e in classify("我是普通人", policy=RULES_ONLY).evidence
    )
    assert classify("很舒适，温度适宜", policy=RULES_ONLY).kind is Kind.PRAISE


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("夹杂太多广告啦，有点烦", "kind.verdict"),
        ("挺无趣的一个森林景观", "kind.verdict"),
        ("剧情高开低走", "kind.verdict"),
        ("坐了两小时车，白来了", "kind.verdict"),
        ("使用起来卡卡的", "pq.app"),
    ],
)
def test_annoyance_boredom_and_a_stuttering_app_are_complaints_R_CMP_01(
    text: str, rule: str
) -> None:
    # rules kind.verdict and pq.app (the twenty-third round)
    _read_as(text, Kind.COMPLAINT, rule)
    assert classify("一点也不烦，很有趣", policy=RULES_ONLY).kind is Kind.PRAISE


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("门诊的医生护士，不敢领教", "kind.verdict"),
        ("这次的体验一言难尽", "kind.verdict"),
        ("又要重新登录？烂", "kind.verdict"),
        ("报告结果超难查", "kind.verdict"),
        ("售后跟屎一样", "kind.verdict"),
        ("急诊绝不进这家", "kind.warning"),
        ("医生态度很差，建议挂这科的改挂其他医生", "kind.warning"),
    ],
)
def test_contempt_and_go_elsewhere_are_complaints_R_CMP_01(text: str, rule: str) -> None:
    # rules kind.verdict and kind.warning (nineteenth round: a bare 烂, 不敢领教, a task
    # made hard, and a warning to go to another doctor instead)
    _read_as(text, Kind.COMPLAINT, rule)
    # 烂 inside a word, or a hard-to-find place in a good review, is no verdict
    for fine in ("烂漫的樱花季，很美", "位置不太好找，但房间很干净，服务很好"):
        result = classify(fine, policy=RULES_ONLY)
        assert not any(e.rule_id == "kind.verdict" for e in result.evidence), fine


def test_an_app_slower_after_an_update_is_product_quality_R_CMP_02() -> None:
    # rule pq.app (nineteenth round: 更新後更慢)
    for text in ("更新後更慢了", "这次更新以后变慢"):
        result = classify(text, policy=RULES_ONLY)
        assert result.kind is Kind.COMPLAINT, result.explain()
        assert result.category is Category.PRODUCT_QUALITY, result.explain()
        assert any(e.rule_id == "pq.app" for e in result.evidence), result.explain()


@pytest.mark.parametrize(
    "text", ["此用户未填写评价内容", "此用户未及时填写评价内容，系统默认评价！"]
)
def test_a_shops_placeholder_is_nothing_to_handle_R_CMP_01(text: str) -> None:
    # rule kind.placeholder (labelling guide, JD reviews: the placeholder is no_action);
    # the 及时 inside 未及时填写 praises no delivery
    for policy in (RULES_ONLY, DEFAULT_CLASSIFIER_POLICY):
        result = classify(text, policy=policy)
        assert result.kind is Kind.NO_ACTION, result.explain()
        assert not any(e.rule_id == "pr.delivery" for e in result.evidence)
    assert classify("收到就碎了，差评", policy=RULES_ONLY).kind is Kind.COMPLAINT


def test_the_traditional_characters_of_store_reviews_are_converted() -> None:
    # the eighteenth round's table entries (刪, 並, 瀏, 載 …)
    assert to_simplified("購物車商品無法刪除，並且瀏覽很慢") == "购物车商品无法删除，并且浏览很慢"


def test_a_noisy_room_stays_a_product_quality_complaint_R_CMP_02() -> None:
    result = classify("房间隔音太差，噪音很大，一晚没睡好", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert result.category is Category.PRODUCT_QUALITY, result.explain()


def test_thanks_is_nothing_to_handle_R_CMP_01() -> None:
    result = classify("谢谢", policy=RULES_ONLY)
    assert result.kind is Kind.NO_ACTION
    assert result.category is Category.OTHER


@given(st.sampled_from(["", " ", "\n", "\u3000", "  \n "]))
@settings(max_examples=10)
def test_empty_text_is_nothing_to_handle_with_no_confidence(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.NO_ACTION
    assert result.confidence == 0.0
    assert not result.matched
    assert result.reason == "empty text: nothing to handle"


# ---- several issues, each with its evidence (R-CMP-02, R-CMP-03) ------------------------


def test_several_issues_each_with_evidence_R_CMP_03() -> None:
    result = classify("服务员态度很差，菜也凉了", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert set(result.categories) == {Category.SERVICE_QUALITY, Category.PRODUCT_QUALITY}
    assert result.categories[0] is result.category
    for issue in result.issues:
        assert isinstance(issue, Issue)
        assert issue.evidence
        assert all(e.category is issue.category for e in issue.evidence)


# ---- traditional Chinese (issue 13 item 6) ------------------------------------------------


def test_traditional_text_is_read_and_positions_point_at_the_original() -> None:
    text = "服務態度很差，還讓我等了兩個小時"
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SERVICE_QUALITY
    for e in result.evidence:
        assert text[slice(*e.span)] == e.text
    assert any(e.text == "態度" for e in result.evidence)


@given(st.text(alphabet="".join(chr(c) for c in list(TABLE)[:300]) + "的很差好，。 ", max_size=40))
@settings(max_examples=60)
def test_conversion_keeps_length_and_evidence_maps_back(text: str) -> None:
    assert len(to_simplified(text)) == len(text)
    result = classify(text)
    for e in result.evidence + result.suppressed:
        assert text[slice(*e.span)] == e.text


def test_normalise_maps_traditional_and_spaces() -> None:
    assert normalise("服務 態度")[0] == "服务,态度"
    assert normalise("great service")[0] == "greatservice"


# ---- the learned layer (issue 13 item 5) --------------------------------------------------


def test_learned_layer_reports_its_ngrams_as_evidence() -> None:
    result = classify("这家店吧，就那样，还行吧，反正我以后应该不会再点了")
    learned = [e for e in result.evidence if e.rule_id == "learned"]
    for e in learned:
        assert e.source == normalise(e.text)[0]
        assert e.kind is not None or e.category is not None
    assert result.matched == any(e.rule_id != "learned" for e in result.evidence)


def test_learned_layer_is_deterministic_and_bounded() -> None:
    p = predict("送餐很快,态度很好", frozenset({"@pr.general:praise"}))
    assert p == predict("送餐很快,态度很好", frozenset({"@pr.general:praise"}))
    assert abs(sum(q for _, q in p.kinds) - 1) < 0.01
    assert abs(sum(q for _, q in p.categories) - 1) < 0.01
    assert features("ab,c") == {"a", "b", "ab", "c"}


def _reference_prediction(normalised: str, extra: frozenset[str]) -> tuple[Any, Any]:
    """The model's probabilities by the plain definition: per-class sums, then softmax."""
    model = _ngram._load()
    scores = list(model.bias)
    for gram in features(normalised) | tail_features(normalised) | extra:
        for c, w in enumerate(model.grams.get(gram, ())):
            scores[c] += w
    n = len(model.kinds)

    def softmax(part: list[int]) -> list[float]:
        top = max(part)
        exps = [math.exp((s - top) / model.scale) for s in part]
        total = math.fsum(exps)
        return [round(x / total, 3) for x in exps]

    return (
        tuple(zip(model.kind_classes, softmax(scores[:n]), strict=True)),
        tuple(zip(model.category_classes, softmax(scores[n:]), strict=True)),
    )


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="送餐很快慢好差不太满意服务态度,。!?酒店房间退货但是就过", max_size=40))
def test_learned_layer_sums_every_class_exactly(text: str) -> None:
    """The packed one-sum of the weights equals the per-class sums (issue 16: same answers)."""
    extra = frozenset({"@pr.general:praise", "@complaint"})
    p = predict(text, extra)
    assert (p.kinds, p.categories) == _reference_prediction(text, extra)


def test_learned_layer_evidence_names_the_heaviest_ngrams() -> None:
    p = predict("送餐很快,态度很好")
    best = max(p.kinds, key=lambda kp: kp[1])[0]
    pushes = p.evidence(best)
    assert pushes
    assert all(len(g) > 1 and w >= 1 for g, w in pushes)
    assert [w for _, w in pushes] == sorted((w for _, w in pushes), reverse=True)


def test_the_words_after_the_last_contrast_are_tagged_features_R_CMP_01() -> None:
    """R-CMP-01 (the guide's mixed texts: a problem that ends the text is its verdict): the
    2- and 3-grams after the last contrast word are features a second time, tagged, so the
    model can weigh the words after a turn more than the same words before it."""
    assert tail_features("很好,但是送得太慢") == {
        TAIL + g for g in ("送得", "得太", "太慢", "送得太", "得太慢")
    }
    assert tail_features("不错,但是贵,不过好吃") == {TAIL + "好吃"}  # the last turn only
    assert tail_features("味道很好,送得也快") == set()
    assert tail_features("就是") == set()  # nothing after the turn
    assert " " not in normalise("好 吃")[0]  # the tag never occurs in a normalised text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="但是就不过可惜只送餐很快慢好差太满意,。!?", max_size=30))
def test_tail_features_are_tagged_ngrams_of_the_text_R_CMP_01(text: str) -> None:
    """R-CMP-01: each tail feature is the tag and a 2- or 3-gram of one clause of the text."""
    normalised = normalise(text)[0]
    grams = features(normalised)
    for tagged in tail_features(normalised):
        assert tagged[0] == TAIL
        assert tagged[1:] in grams
        assert 2 <= len(tagged[1:]) <= 3


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="但是就不过可惜只送餐很快慢好差太满意服务态度,。!?", max_size=30))
def test_the_learned_evidence_is_the_customers_words_R_CMP_01(text: str) -> None:
    """R-CMP-01 (every answer explains itself): a tagged n-gram is cited as the words
    themselves, so each piece of learned evidence is found in the text."""
    normalised = normalise(text)[0]
    p = predict(normalised)
    labels: list[Kind | Category] = [k for k, _ in p.kinds] + [c for c, _ in p.categories]
    for label in labels:
        cited = [g for g, _ in p.evidence(label)]
        assert len(cited) == len(set(cited))
        assert all(g in normalised and not g.startswith(TAIL) for g in cited)
    assert all(e.text in text for e in classify(text).evidence)


def test_learned_evidence_is_whole_words_R_CMP_01() -> None:
    """R-CMP-01 (every answer explains itself in words a reader accepts; desk-audit finding
    4): the learned layer's n-grams are widened to the whole words they cut — 「个小」 of
    两个小时 is cited as 「两个小时」, 「了两」 as 「两个」, 「流太慢」 as 「物流太慢」, 「家店」 as
    「这家店」."""
    late = classify("送餐太慢了，等了两个小时，饭都凉了，差评！")
    cited = [e.text for e in late.evidence if e.rule_id == "learned"]
    assert "个小" not in cited
    assert "了两" not in cited
    assert "「个小」" not in late.reason
    assert '"个小"' not in late.reason
    assert "两个小时" in cited or "小时" in cited
    assert "两个" not in cited  # a number with its measure word alone is not cited
    waited = normalise("等了两个小时")[0]
    assert _whole_words(waited, 1, 3, DEFAULT_CLASSIFIER_POLICY) == (2, 4)  # 「了两」 → 「两个」
    assert _whole_words(waited, 3, 5, DEFAULT_CLASSIFIER_POLICY) == (
        2,
        6,
    )  # 「个小」 → 「两个小时」
    slow = classify("产品质量很好，但是物流太慢")
    cited_slow = [e.text for e in slow.evidence if e.rule_id == "learned"]
    assert "流太慢" not in cited_slow
    assert "流太" not in cited_slow
    assert "物流太慢" in cited_slow or "物流" in cited_slow
    assert "「流太慢」" not in slow.reason
    assert '"流太慢"' not in slow.reason
    shop = classify("这家店吧，就那样，还行吧，反正我以后应该不会再点了")
    assert "家店" not in [e.text for e in shop.evidence if e.rule_id == "learned"]


def _rule_words() -> frozenset[str]:
    words = {normalise(w)[0] for w in DEFAULT_CLASSIFIER_POLICY.words}
    for rule in DEFAULT_CLASSIFIER_POLICY.rules:
        words.update(normalise(t)[0] for t in rule.terms)
    return frozenset(w for w in words if 2 <= len(w) <= 6)


RULE_WORDS = _rule_words()


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "物流",
                "太慢",
                "两个小时",
                "这家店",
                "房间",
                "很干净",
                "的",
                "了",
                "味道",
                "一般",
                "，",
                "。",
                "服务态度",
                "前台",
                "隔音",
                "差",
                "还行",
                "吧",
                "送餐",
                "很快",
                "好吃",
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_learned_evidence_never_cuts_a_rule_word(text: str) -> None:
    """Every piece of learned evidence is a span of the text whose edges cut no word of
    the rules (terms and boundary words), cited once, and never only a particle."""
    result = classify(text)
    normalised, where = normalise(text)
    spans = []
    for e in result.evidence:
        if e.rule_id != "learned":
            continue
        assert e.source == normalise(e.text)[0]
        # where the evidence sits (a repeated phrase may be cited at its second place)
        at = where.index(e.span[0])
        end = at + len(e.source)
        assert normalised[at:end] == e.source
        for edge in (at, end):
            for n in range(2, 7):
                for s in range(max(0, edge - n + 1), edge):
                    assert normalised[s : s + n] not in RULE_WORDS or s + n > len(normalised), (
                        e.source,
                        normalised[s : s + n],
                    )
        assert len(e.source) >= 2
        spans.append((e.kind, e.category, at, end))
    assert len(spans) == len(set(spans))


def test_learned_evidence_dropping_a_particle_cuts_no_word() -> None:
    # 「的差」 of 的差物流 without its particle would be 「差物」, half of 物流 (issue 13)
    cited = [e.text for e in classify("的差物流").evidence if e.rule_id == "learned"]
    assert cited
    assert all("物" not in t or "物流" in t for t in cited), cited


def test_learned_layer_can_be_switched_off() -> None:
    text = "ｘｙｚ 123"
    assert classify(text, policy=RULES_ONLY).kind_rule == "default"
    assert not any(e.rule_id == "learned" for e in classify(text, policy=RULES_ONLY).evidence)


def test_rule_features_mark_flips_and_contrasts() -> None:
    result = classify("味道不错，但是不新鲜", policy=RULES_ONLY)
    seen = rule_features(result.evidence)
    assert any(f.endswith("!>") or f.endswith("!") for f in seen)
    assert all(f.startswith("@") for f in seen)


# ---- severity signals of real texts (R-CMP-07) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("吃完上吐下泻", Signal.SAFETY),  # food poisoning
        ("全家都拉肚子了", Signal.SAFETY),
        ("菜里吃出一只蟑螂", Signal.SAFETY),  # foreign bodies
        ("米饭里有头发", Signal.SAFETY),
        ("汤里有玻璃渣", Signal.SAFETY),
        ("我已经投诉到平台了", Signal.REGULATOR),
        ("再不处理就打12315", Signal.REGULATOR),
        ("找消协", Signal.REGULATOR),
        ("我要曝光你们", Signal.MEDIA),
    ],
)
def test_severity_signals_of_real_texts_R_CMP_07(text: str, signal: Signal) -> None:
    """R-CMP-07: food poisoning and foreign bodies are safety; platforms and 消协 regulators."""
    assert signal in classify(text).signals, classify(text).explain()


def test_hair_that_is_not_a_foreign_body_R_CMP_07() -> None:
    assert Signal.SAFETY not in classify("洗完头发很顺").signals


# ---- the API conventions (issue 12) and bad input ---------------------------------------


def test_result_has_rule_and_one_line_reason() -> None:
    result = classify("服务员态度很差")
    assert result.rule == "R-CMP-03"
    assert "\n" not in result.reason
    assert "R-CMP" not in result.reason
    assert "\n" in result.explain()
    assert classify("请问几点开门").rule == "R-CMP-01"


@pytest.mark.parametrize("value", [None, 42, b"text", ["text"]])
def test_non_str_is_refused_naming_the_argument(value: object) -> None:
    with pytest.raises(InvalidType, match=r"^text:"):
        classify(value)  # type: ignore[arg-type]


def test_policy_must_be_a_rule_set() -> None:
    with pytest.raises(InvalidType, match=r"^policy:"):
        classify("x", policy="default")  # type: ignore[arg-type]
    with pytest.raises(PolicyError, match=r"^learned:"):  # a policy's bound
        attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=-1)
    with pytest.raises(InvalidInput, match=r"^contrasts\[0\]:"):
        attrs.evolve(DEFAULT_CLASSIFIER_POLICY, contrasts=("(",))


def test_built_in_patterns_all_compile() -> None:
    """The built-in rules compile their patterns on first use; every one is valid."""
    for rule in DEFAULT_CLASSIFIER_POLICY.rules:
        checked = Rule(**{f.name: getattr(rule, f.name) for f in attrs.fields(Rule) if f.init})
        assert checked == rule
    assert isinstance(DEFAULT_CLASSIFIER_POLICY, ClassifierPolicy)


def test_find_matches_with_a_rule_set_applies_boundary_words() -> None:
    counted, suppressed = find_matches("坐公交车", policy=DEFAULT_CLASSIFIER_POLICY)
    assert not [e for e in counted if e.rule_id == "sc.delivery"]
    assert [e.negated_by for e in suppressed if e.rule_id == "sc.delivery"] == ["公交车"]


@given(st.text(max_size=60))
@settings(max_examples=80)
def test_any_text_is_classified(text: str) -> None:
    result = classify(text)
    assert isinstance(result.kind, Kind)
    assert result.categories[0] is result.category
    assert 0.0 <= result.confidence <= 1.0
    assert "\n" not in result.reason


def _normalise_by_hand(text: str) -> tuple[str, tuple[int, ...]]:
    """The definition of ``normalise``, one character at a time (the reference), after
    Cantonese's words are read as Mandarin's (``cantonese_words``, one character for one:
    咩 ending a clause is 吗) and regional words as the mainland's (``regional_words``, one
    for one too: 硬體 is 硬件)."""
    simplified = {chr(k): v for k, v in TABLE.items()}
    out: list[str] = []
    where: list[int] = []
    text = regional_words(cantonese_words(text))
    for index, ch in enumerate(text):
        if ch in "\n\r":
            out.append("。")
            where.append(index)
        elif ch < "\x80" and ch.isspace():
            if out and out[-1] > "\u2e7f" and index + 1 < len(text) and text[index + 1] > "\u2e7f":
                out.append(",")
                where.append(index)
        else:
            for piece in unicodedata.normalize("NFKC", ch).lower():
                if not piece.isspace():
                    out.append(simplified.get(piece, piece))
                    where.append(index)
    return "".join(out), tuple(where)


@given(
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=20)
    | st.text(alphabet="ＡＢａ，！服務態度ABC é①㎡ｶﾞ ﬁİ \n\r\t\u3000\xa0\u2028好", max_size=14)
)
@settings(max_examples=300)
def test_normalise_fast_paths_equal_the_definition(text: str) -> None:
    assert normalise(text) == _normalise_by_hand(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("这个酒怎么保存比较好", Kind.CONSULTATION),
        ("优惠券过期了怎么办", Kind.CONSULTATION),
        ("花呗如何还款", Kind.CONSULTATION),
        ("酒都坏了怎么办！质量太差了", Kind.COMPLAINT),
    ],
)
def test_how_to_questions_are_consultations_R_CMP_01(text: str, kind: Kind) -> None:
    """R-CMP-01: a how-to question (kind.how-to) is a consultation the learned layer keeps;
    complaint words that are stronger still make it a complaint."""
    result = classify(text)
    assert result.kind is kind, result.explain()
    assert "kind.how-to" in result.fired


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="送餐很快慢态度好差凉了请问怎么退货谢谢,。!？", max_size=30))
def test_a_half_prediction_equals_that_half_of_the_whole(text: str) -> None:
    """R-CMP-01: asking the model for kinds or categories only changes nothing in that half."""
    normalised = normalise(text)[0]
    whole = predict(normalised)
    kinds_only = predict(normalised, categories=False)
    categories_only = predict(normalised, kinds=False)
    assert (kinds_only.kinds, kinds_only.categories) == (whole.kinds, ())
    assert (categories_only.kinds, categories_only.categories) == ((), whole.categories)
    assert kinds_only.evidence(Kind.PRAISE) == whole.evidence(Kind.PRAISE)


def test_a_wish_in_a_long_review_does_not_silence_the_model_R_CMP_01() -> None:
    """R-CMP-01: a wish frames the problems of a short text (a proposal, the model kept
    silent); in a longer review it is one part among others, so the learned layer is heard."""
    short = classify("空调一直响，希望可以改正。")
    assert short.kind is Kind.SUGGESTION, short.explain()
    assert not any(e.rule_id == "learned" and e.kind is not None for e in short.evidence)
    long = classify(
        "房间很旧，空调一直响，隔壁说话听得一清二楚，前台办入住等了半个多小时，希望可以改正。"
    )
    assert long.kind is Kind.COMPLAINT, long.explain()
    assert long.kind_rule == "learned"
    # and in a longer text the model's vote weighs double (the rules alone: 建议 2)
    assert sum(v for _, v in long.kind_scores) - 2 > DEFAULT_CLASSIFIER_POLICY.learned


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="送餐很快慢态度好差凉了请问希望建议谢谢房间,。!？", max_size=70))
def test_the_learned_vote_is_bounded_by_its_weight_R_CMP_01(text: str) -> None:
    """R-CMP-01: the learned layer adds at most ``learned`` to the kind scores of a text of
    up to 40 characters, at most twice that to a longer one (plus rounding, one a class)."""
    with_model = sum(v for _, v in classify(text).kind_scores)
    rules_only = sum(v for _, v in classify(text, policy=RULES_ONLY).kind_scores)
    bound = DEFAULT_CLASSIFIER_POLICY.learned * (1 if len(normalise(text)[0]) <= 40 else 2)
    assert 0 <= with_model - rules_only <= bound + len(Kind)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["请问", "建议", "希望", "能不能", ""]),
    st.text(alphabet="送餐很快慢态度好吃谢谢不错房间酒店,。", max_size=20),
    st.sampled_from(["吗？", "怎么办理", "就好了", "一点", ""]),
)
def test_a_short_question_or_proposal_is_never_praise_or_nothing_R_CMP_01(
    opening: str, middle: str, ending: str
) -> None:
    """R-CMP-01: when the rules read a short text (40 characters or fewer) only as a question
    or a proposal, the learned layer never turns it into praise or nothing to handle."""
    text = opening + middle + ending
    rules = classify(text, policy=RULES_ONLY)
    if len(normalise(text)[0]) > 40 or not rules.kind_scores:
        return
    if {k for k, _ in rules.kind_scores} <= {Kind.CONSULTATION, Kind.SUGGESTION}:
        assert classify(text).kind not in (Kind.PRAISE, Kind.NO_ACTION)


# ---- the fifth round's vocabulary (issue 13: thin domains, R-CMP-01..03) ----------------


@pytest.mark.parametrize(
    ("text", "rule", "category"),
    [
        ("电瓶亏电，停了三天就无法启动", "pq.goods", Category.PRODUCT_QUALITY),
        ("洗完头皮痒，还掉头发", "pq.goods", Category.PRODUCT_QUALITY),
        ("屏幕有拖影，还老是断网", "pq.goods", Category.PRODUCT_QUALITY),
        ("热水器保温效果差", "pq.goods", Category.PRODUCT_QUALITY),
        ("苹果个头很小，还有烂的", "pq.goods", Category.PRODUCT_QUALITY),
        ("书里错别字太多", "pq.goods", Category.PRODUCT_QUALITY),
        ("米饭太少了，根本不够吃", "pq.food", Category.PRODUCT_QUALITY),
        ("酒店卫生差，床单脏，网速慢", "pq.room", Category.PRODUCT_QUALITY),
        ("收到的裙子与实物不符", "sc.breach", Category.SALES_CONTRACT),
        # the twenty-fourth round (a course marketplace's reviews): a lesson not understood,
        # out of date, out of sync, unfinished; questions left unanswered
        ("老师讲得太快，一点也听不懂", "pq.course", Category.PRODUCT_QUALITY),
        ("后面的课程有点过时了", "pq.course", Category.PRODUCT_QUALITY),
        ("声音画面不同步，没有字幕", "pq.course", Category.PRODUCT_QUALITY),
        ("课还没讲完就结课了，好久更新啊", "pq.course", Category.PRODUCT_QUALITY),
        ("群里没人答疑", "sq.attitude", Category.SERVICE_QUALITY),
        # the twenty-fifth round (a citizens' hotline): supplies that fail, and others'
        # unlawful trading reported (the nineteenth batch's rules in docs/labelling.md)
        ("中丹村325号没电的问题", "pq.supply", Category.PRODUCT_QUALITY),
        ("小区地下停车场和电梯里面没有移动信号", "pq.supply", Category.PRODUCT_QUALITY),
        ("KTV接受不到移动信号", "pq.supply", Category.PRODUCT_QUALITY),
        ("门口有自来水管破裂，导致溢流", "pq.supply", Category.PRODUCT_QUALITY),
        ("排水沟堵塞，污水溢出", "pq.supply", Category.PRODUCT_QUALITY),
        ("美兰区新埠岛土尾村停电，影响市民休息", "pq.supply", Category.PRODUCT_QUALITY),
        ("灵山镇琼文路东一巷什么时候来电？", "pq.supply", Category.PRODUCT_QUALITY),
        ("小区至今未恢复供水。", "pq.supply", Category.PRODUCT_QUALITY),
        ("福秀小区至今未通燃气的问题。", "rq.connection", Category.REPAIR_QUALITY),
        ("燃气表已挂号两个月，可是至今一直没有开通", "rq.connection", Category.REPAIR_QUALITY),
        ("文具店无照经营鞭炮", "pc.misconduct", Category.PROPOSAL_CRITICISM),
        ("有人开大型机械偷沙", "pc.misconduct", Category.PROPOSAL_CRITICISM),
        ("服饰铺面没有工商营业执照的问题", "pc.misconduct", Category.PROPOSAL_CRITICISM),
    ],
)
def test_everyday_words_of_the_thin_domains_R_CMP_02(
    text: str, rule: str, category: Category
) -> None:
    """R-CMP-01/R-CMP-02: everyday complaint words of hotels, groceries, books, appliances,
    cars and personal care fire a rule (no longer only the learned layer speaks) and name
    the category."""
    result = classify(text, policy=RULES_ONLY)
    assert rule in result.fired, result.explain()
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert result.category is category, result.explain()


@pytest.mark.parametrize(
    "text", ["水果很甜，个头大", "功能齐全，很实用", "交通便利，出行方便", "这本书值得一读"]
)
def test_everyday_praise_of_the_thin_domains_R_CMP_01(text: str) -> None:
    """R-CMP-01: everyday praise of goods, rooms and books is praise by the rules alone."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.PRAISE, result.explain()
    assert "pr.goods" in result.fired


@pytest.mark.parametrize(
    "text", ["还没用，等用了再来评价", "刚收到，还没来得及拆", "还没吃，先追加评论"]
)
def test_no_verdict_yet_is_nothing_to_handle_R_CMP_01(text: str) -> None:
    """R-CMP-01 (docs/labelling.md: a statement with no verdict is no_action): 还没用,
    用了再来评价 say there is no verdict yet (rule kind.pending)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.NO_ACTION, result.explain()
    assert "kind.pending" in result.fired
    judged = classify("还没用，但是付了190的安装费，太贵了", policy=RULES_ONLY)
    assert judged.kind is Kind.COMPLAINT, judged.explain()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("找你们负责人", "pr.service"),  # 负责人: the person in charge, no praise
        ("笔记本发热量大", "pr.goods"),  # 发热量大: heat, not a big portion
        ("为什么不认真检查", "sc.breach"),  # 不认真: careless, not 不认 (a promise denied)
        ("一千公里要检查一下底盘", "kind.question"),  # 检查一下 asks nothing
        ("借呗如果逾期一天会怎样", "sc.breach"),  # the customer's own overdue loan
    ],
)
def test_a_word_inside_another_word_does_not_fire_R_CMP_02(text: str, rule: str) -> None:
    """R-CMP-02 (words, not substrings): boundary words of the fifth round keep a praise
    word, a breach or a question cue from firing inside another word."""
    assert rule not in classify(text, policy=RULES_ONLY).fired
    assert "sc.breach" in classify("开发商逾期交房三个月", policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text",
    [
        "楼下的饭店每天半夜还在营业，严重影响居民休息",
        "去年就反映过漏水的事，至今没有解决",
        "打了三次电话，一直没有任何答复",
        "物业对占道的问题置之不理",
    ],
)
def test_a_formal_grievance_is_a_complaint_R_CMP_01(text: str) -> None:
    """R-CMP-01 (docs/labelling.md: a letter that reports a problem is a complaint, however
    politely it is put): harm to the writer's life, nobody acting, no answer yet (rule
    kind.grievance) — also with the courtesies of a letter around it."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert "kind.grievance" in result.fired
    polite = classify("尊敬的领导：您好！" + text + "，希望有关部门管一管，谢谢！")
    assert polite.kind is Kind.COMPLAINT, polite.explain()


@pytest.mark.parametrize(
    "text",
    ["施工会不会严重影响附近居民？", "请问改装轮胎违法吗", "怎样做才能避免拖欠工资的问题"],
)
def test_a_grievance_word_asked_about_is_no_grievance_R_CMP_01(text: str) -> None:
    """R-CMP-01: a grievance word inside a question about it (会不会…, …吗, 避免…) reports
    nothing."""
    assert "kind.grievance" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text",
    ["请问退款多久能到账？你们太差了！", "什么时候发货？等了一个星期，太失望了", "这也能卖？差评"],
)
def test_a_question_with_a_verdict_takes_the_verdict_R_CMP_01(text: str) -> None:
    """R-CMP-01 (docs/labelling.md, mixed texts 5: a text that complains and also asks takes
    the kind of the verdict): a verdict or anger cue of weight 4 or more keeps the
    question's votes under the complaint's, so the learned layer cannot turn it back into
    a consultation by the question alone; the question stays visible in the scores."""
    result = classify(text, policy=RULES_ONLY)
    scores = dict(result.kind_scores)
    assert result.kind is Kind.COMPLAINT, result.explain()
    assert scores.get(Kind.CONSULTATION, 0) < scores[Kind.COMPLAINT]
    assert classify("请问退款多久能到账？", policy=RULES_ONLY).kind is Kind.CONSULTATION


@pytest.mark.parametrize("text", ["太差了", "送餐太慢了，等了两个小时", "老师讲解的很全面"])
def test_a_rule_that_agrees_with_the_learned_layer_explains_the_kind_R_CMP_01(text: str) -> None:
    # the learned layer may weigh more than the rule, but the rule's words explain the answer
    result = classify(text)
    rules_only = classify(text, policy=RULES_ONLY)
    assert result.kind is rules_only.kind, result.explain()
    assert result.kind_rule == rules_only.kind_rule != "learned", result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "你好，请帮我找一家评分4.5分以上的酒店。",
        "吃完饭我想找个经济型酒店住宿，给我推荐一家吧。",
        "能帮我找一下我落在车上的包吗",
        "帮我推荐一款适合老人用的手机",
        "它家都有什么推荐菜啊？",
    ],
)
def test_a_request_to_the_desk_is_a_consultation_R_CMP_01(text: str) -> None:
    # kind.desk-request (the twenty-fourth round): the desk asked to find, look up or
    # recommend something asks for information (docs/labelling.md, kind: consultation);
    # 推荐 in it is no praise, and what is asked for (4.5分以上, 经济型) no verdict
    _read_as(text, Kind.CONSULTATION, "kind.desk-request")
    assert "pr.general" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text",
    [
        "客服给我推荐了一个套餐，结果多扣了我五十块钱",  # told: what the desk did
        "凭啥不给我查？我自己名下的信息都不能看",  # refused: a complaint
        "强烈推荐这家店，服务很好",  # praise
    ],
)
def test_what_was_done_or_refused_is_no_request_R_CMP_01(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert "kind.desk-request" not in result.fired, result.explain()
    assert result.kind is not Kind.CONSULTATION, result.explain()


@pytest.mark.parametrize("text", ["生动！易懂！好课程！", "干货很多", "获益良多!", "良心网课啊"])
def test_a_courses_praise_is_praise_R_CMP_01(text: str) -> None:
    # pr.content (the twenty-fourth round): praise of a course no rule read
    _read_as(text, Kind.PRAISE, "pr.content")


@pytest.mark.parametrize("text", ["期待下一集", "已经私信,期待答复", "期待老师更多的课程"])
def test_looking_forward_proposes_nothing_R_CMP_01(text: str) -> None:
    # kind.wish no longer holds 期待 (the twenty-fourth round: every dev text with it that
    # the rule read as a wish was praise or had nothing to handle); 期待适配 still asks
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is not Kind.SUGGESTION, result.explain()
    assert classify("期待适配iPad", policy=RULES_ONLY).kind is Kind.SUGGESTION


@pytest.mark.parametrize("text", ["可以取消订单吗?", "能不能更换收货地址?", "能改下取货日期吗"])
def test_asking_whether_an_order_can_be_changed_is_a_consultation_R_CMP_01(text: str) -> None:
    # kind.can-it-be-done (the twenty-fourth round; docs/labelling.md, requests in a chat:
    # asking whether it can be done is a consultation); 取消订单 asked about is no order
    # cancelled on the customer
    _read_as(text, Kind.CONSULTATION, "kind.can-it-be-done")
    assert "sc.missing" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize("text", ["为什么不能取消订单?", "商家取消订单了，能取消订单吗？气死了"])
def test_a_cancellation_refused_or_suffered_stays_a_complaint_R_CMP_01(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "办理营业执照需要什么材料？",  # a licence asked about: no unlicensed trading
        "如何办理卫生许可证",
        "电费怎么交？",  # a supply asked about with nothing failing
        "从来不会停电，信号也很好",
        "房间里没电话，也没有电梯",  # 没电 and 没有电 inside other words
        "什么时候可以恢复借呗的额度",
        "宽带如何开通？",
    ],
)
def test_a_supply_or_a_licence_asked_about_is_no_failure_R_CMP_01(text: str) -> None:
    """R-CMP-01 (docs/labelling.md, the nineteenth batch): questions about a supply's fees or
    a licence are consultations; pq.supply and pc.misconduct read failures and misconduct."""
    result = classify(text, policy=RULES_ONLY)
    assert "pc.misconduct" not in result.fired, result.explain()
    assert "pq.supply" not in result.fired, result.explain()
    assert "rq.connection" not in result.fired, result.explain()


# ---- the twenty-sixth round: generic failures, a bare 不好, compensation asked about -----


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("今天刚买回来安装好，触摸屏调节不了温度。", "kind.cannot"),
        ("水压正常，热水完全出不来。", "kind.cannot"),
        ("可惜無法刪除搜尋紀錄", "kind.cannot"),
        ("迅雷会员高速下载是灰色 按不了", "kind.cannot"),
        ("每次想看有什麼新品 app都找不到", "kind.cannot"),
        ("画质不忍直视，数据都看不清楚。", "kind.cannot"),
        ("体验特别不好", "kind.not-good"),
        ("感觉服务很不好", "kind.not-good"),
    ],
)
def test_a_failure_or_a_bad_verdict_in_plain_words_is_a_complaint_R_CMP_01(
    text: str, rule: str
) -> None:
    """R-CMP-01: a thing that cannot be done (V不了, V不出来, 无法V, 找不到) and a bare 不好
    are complaints by the rules alone; kind.cannot names no category of its own."""
    result = classify(text, policy=RULES_ONLY)
    assert rule in result.fired, result.explain()
    assert result.kind is Kind.COMPLAINT, result.explain()
    if rule == "kind.cannot":
        assert all(e.category is None for e in result.evidence if e.rule_id == rule)


@pytest.mark.parametrize(
    "text",
    [
        "我受不了了",  # anger, kind.complaint's
        "每天早上少不了它",
        "美得无法形容",
        "无法抗拒的美味",
        "说不出来的好吃",
        "我为啥办理不了呀",  # signing up: an eligibility question
        "为什么无法开通借呗",
        "不好意思，麻烦您了",
        "好不好用？",
        "说不好，看情况吧",
        "不好不坏吧",
        "天气这么不好，辛苦外卖小哥了",
        "新CRV配置没法比",
    ],
)
def test_figures_of_speech_and_sign_ups_are_no_failure_R_CMP_01(text: str) -> None:
    """R-CMP-01: kind.cannot and kind.not-good do not read figures of speech (少不了,
    无法形容), a sign-up refused (an eligibility question), an apology, a question, the
    weather or a condition (如果…不好) as a failure or a verdict."""
    result = classify(text, policy=RULES_ONLY)
    assert "kind.cannot" not in result.fired, result.explain()
    assert "kind.not-good" not in result.fired, result.explain()


@pytest.mark.parametrize(
    "text",
    [
        "驾龄不满1年上高速出事故保险赔吗",
        "重大事故司机不是大车证保险公司赔偿吗",
        "汽车玻璃险的赔偿范围以及不赔情况是怎样的",
        "如果收到货发现不好，能退么",  # a condition asked about
    ],
)
def test_compensation_or_a_return_asked_about_is_a_consultation_R_CMP_01(text: str) -> None:
    """R-CMP-01 (docs/labelling.md: a question about a procedure is a consultation):
    compensation asked about (赔偿吗, 赔偿范围) is no demand; 不满1年 is a count, not
    dissatisfaction."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.CONSULTATION, result.explain()
    assert not [e for e in result.evidence if e.rule_id == "kind.claim" and e.kind is not None]


@pytest.mark.parametrize("text", ["菜里有头发，要求赔偿", "你们必须赔偿我的损失", "我要索赔"])
def test_compensation_demanded_is_a_complaint_R_CMP_01(text: str) -> None:
    """R-CMP-01: compensation demanded (要求赔偿, 索赔) stays a complaint (kind.claim)."""
    result = classify(text, policy=RULES_ONLY)
    assert "kind.claim" in result.fired, result.explain()
    assert result.kind is Kind.COMPLAINT, result.explain()


@pytest.mark.parametrize(
    ("text", "kind"),
    [("汇款很方便！！", Kind.PRAISE), ("什么破服务！！", Kind.COMPLAINT)],
)
def test_exclamation_marks_only_stress_what_the_text_says_R_CMP_01(text: str, kind: Kind) -> None:
    """R-CMP-01: repeated ! marks are a weak vote of their own (kind.exclaim, weight 1):
    they stress praise as often as a complaint."""
    result = classify(text, policy=RULES_ONLY)
    assert [e.weight for e in result.evidence if e.rule_id == "kind.exclaim"] == [1]
    assert result.kind is kind, result.explain()


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("👍👍👍", Kind.PRAISE, "pr.scenery"),
        ("👏", Kind.PRAISE, "pr.scenery"),
        ("👎👎", Kind.COMPLAINT, "kind.emoji"),
        ("😡", Kind.COMPLAINT, "kind.emoji"),
        ("😠", Kind.COMPLAINT, "kind.emoji"),
        ("🤬🤬", Kind.COMPLAINT, "kind.emoji"),
        ("💢", Kind.COMPLAINT, "kind.emoji"),
        ("🙏", Kind.NO_ACTION, "kind.thanks"),
    ],
)
def test_a_lone_emoji_is_read_as_its_words_would_be_R_CMP_01(
    text: str, kind: Kind, rule: str
) -> None:
    """R-CMP-01: a contact that is one emoji (an app-store or WeChat message) is read as 👍
    is: a thumbs-down or an angry face is a weak complaint vote (``kind.emoji``, weight 1, as
    repeated ! marks), folded hands thanks; never "nothing to read" once a rule reads it."""
    result = classify(text)
    assert (result.kind, result.kind_rule) == (kind, rule), result.explain()
    with language("en_US"):
        assert "nothing to read" not in classify(text).reason
    if rule == "kind.emoji":
        assert {e.weight for e in result.evidence if e.rule_id == rule} == {1}


def test_an_angry_face_is_weak_beside_words_R_CMP_01() -> None:
    """R-CMP-01: the emoji's vote is weak: words of praise outweigh it, and it adds to the
    words of a complaint (差评👎)."""
    assert classify("很满意👍😡", policy=RULES_ONLY).kind is Kind.PRAISE
    complaint = classify("差评👎", policy=RULES_ONLY)
    assert complaint.kind is Kind.COMPLAINT
    assert {"kind.complaint", "kind.emoji"} <= set(complaint.fired)


@settings(max_examples=200)
@given(st.text(alphabet="👍👏👎😡😠🤬💢🙏😂🎉0123456789 !?.,~#*", max_size=8))
def test_property_nothing_to_read_only_where_no_rule_reads_R_CMP_01(text: str) -> None:
    """R-CMP-01: "nothing to read (no words, only digits or signs)" is the reason of a text
    no rule reads, never of one a rule reads (a thumbs-up and a thumbs-down alike)."""
    if not text.strip():
        return
    with language("en_US"):
        result = classify(text, policy=RULES_ONLY)
    assert ("nothing to read" in result.reason) == (not result.fired), (text, result.explain())
    if any(ch in text for ch in "👍👏👎😡😠🤬💢🙏"):
        assert result.fired, result.explain()


# ---- the twenty-seventh round: a card scheme's customer-service questions ---------------


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("我想查询银联红包的交易记录", Kind.CONSULTATION, "kind.question"),
        ("交易查询的方式", Kind.CONSULTATION, "kind.question"),
        ("为什么无缘无故扣钱", Kind.COMPLAINT, "kind.complaint"),
        ("我的卡无缘无故被刷了", Kind.COMPLAINT, "kind.complaint"),
        ("交易返回1000075", Kind.COMPLAINT, "kind.cannot"),
    ],
)
def test_a_lookup_asked_money_taken_or_an_error_code_R_CMP_01(
    text: str, kind: Kind, rule: str
) -> None:
    """R-CMP-01 (docs/labelling.md, the twentieth batch): information asked to be looked up
    is a consultation; money taken for no reason and an error code typed alone are
    complaints."""
    result = classify(text, policy=RULES_ONLY)
    assert rule in result.fired, result.explain()
    assert result.kind is kind, result.explain()


def test_nothing_taken_is_no_money_taken_R_CMP_01() -> None:
    """R-CMP-01: 无故收到短信验证码 takes nothing: kind.complaint's money-taken words do not
    read it; 莫名其妙的剧情 stays kind.verdict's, not money taken."""
    assert "kind.complaint" not in classify("无故收到短信验证码", policy=RULES_ONLY).fired
    plot = classify("莫名其妙的剧情", policy=RULES_ONLY)
    assert "kind.complaint" not in plot.fired, plot.explain()
    assert "kind.verdict" in plot.fired
