"""The category side of the fortieth round (issue 13).

A complaint often names its subject by a part of the thing rather than by a word of
quality: a game's story or play (剧情, 结局, 玩法), a device's parts (屏幕, 电池, 续航), a
car's (变速箱, 油耗, 动力), an app's working (版本, 登录, 验证, 入唔到), a course's teaching
(讲课, 照本宣科), or a lukewarm verdict on the thing itself (很一般, 一般般).  Each is the
product (R-CMP-02).  These rules are topics: they never change the kind (R-CMP-01), and a
stronger subject — a credit service's terms, a price, a delivery — still outweighs the weak
ones.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, fired
from custops.complaints import Category, Kind, classify

#: The rules this round adds.
ROUND = frozenset(
    {"pq.game", "pq.device", "pq.car-parts", "pq.app-use", "pq.lesson", "pq.lukewarm"}
)

#: The rules alone, without this round's rules (nor an override that names one).
WITHOUT_ROUND = attrs.evolve(
    RULES_ONLY,
    rules=tuple(
        attrs.evolve(r, overrides=tuple(o for o in r.overrides if o not in ROUND))
        for r in RULES_ONLY.rules
        if r.id not in ROUND
    ),
)


def product_either_way(text: str, rule: str) -> None:
    """``text`` fires ``rule`` and is a product-quality complaint with the learned layer
    and without it (R-CMP-02)."""
    complaint_either_way(text)
    assert rule in fired(text)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is Category.PRODUCT_QUALITY, (text, policy)


# ---- a game's or a story's parts (pq.game) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "剧情拖沓，结局草草收场，白花了六十八",
        "这游戏的玩法太单一了，玩两天就腻",
        "角色设计毫无新意，配音也出戏",
    ],
)
def test_r_cmp_02_a_games_parts_are_the_product(text: str) -> None:
    product_either_way(text, "pq.game")


# ---- a device's parts (pq.device) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这手机屏幕一碰就黑，续航半天都撑不住",
        "电池不耐用，充电还特别慢",
        "拍照糊成一片，这摄像头是摆设吗",
    ],
)
def test_r_cmp_02_a_devices_parts_are_the_product(text: str) -> None:
    product_either_way(text, "pq.device")


def test_r_cmp_02_a_vehicle_parked_and_charged_is_no_device() -> None:
    # a charging place asked about, not a phone's charging (R-CMP-02)
    assert "pq.device" not in fired("电动车停放充电的地方在哪里")
    assert "pq.device" not in fired("小区充电桩一直坏着没人修")


# ---- a car's parts (pq.car-parts) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "油耗比宣传的高了一半",
        "刹车偏软，高速上心里发毛",
    ],
)
def test_r_cmp_02_a_cars_parts_are_the_car(text: str) -> None:
    product_either_way(text, "pq.car-parts")


def test_r_cmp_02_a_cars_fault_named_by_its_part_without_the_learned_layer() -> None:
    result = classify("变速箱换挡顿得厉害", policy=RULES_ONLY)
    assert "pq.car-parts" in result.fired
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.PRODUCT_QUALITY)


def test_r_cmp_02_a_cars_feature_asked_about_is_a_product_question() -> None:
    # the labelling guide: a question about a product's features → product_quality
    result = classify("这车油耗多少？")
    assert (result.kind, result.category) == (Kind.CONSULTATION, Category.PRODUCT_QUALITY)


@pytest.mark.parametrize("text", ["活动力度有多大？", "星动力健身房的年卡能转让吗"])
def test_r_cmp_02_power_in_other_words_is_no_car(text: str) -> None:
    assert "pq.car-parts" not in fired(text)


# ---- an app's working (pq.app-use) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "更新到新版本以后就登录不进去了",
        "验证身份验证了十几次都过不了",
        "入唔到个app，搞咩呀",
    ],
)
def test_r_cmp_02_an_apps_working_is_the_product(text: str) -> None:
    product_either_way(text, "pq.app-use")


@pytest.mark.parametrize("text", ["怎么登录网上银行？", "如何下载对账单？"])
def test_r_cmp_02_how_a_step_is_done_is_no_verdict_on_the_app(text: str) -> None:
    assert "pq.app-use" not in fired(text)


@pytest.mark.parametrize("text", ["app里花呗额度突然降了，怎么回事", "借呗一登录就闪退"])
def test_r_cmp_02_a_credit_services_terms_outweigh_the_app(text: str) -> None:
    # the labelling guide, finance: a payment, a limit or a credit service's failure told in
    # the app's words is the agreement's matter
    assert classify(text, policy=RULES_ONLY).category is Category.SALES_CONTRACT


# ---- a course's teaching (pq.lesson) --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老师讲课照本宣科，全程念稿",
        "讲得太快了，课件也不给下载",
    ],
)
def test_r_cmp_02_a_courses_teaching_is_the_product(text: str) -> None:
    product_either_way(text, "pq.lesson")


def test_r_cmp_02_a_courses_price_stays_the_sale() -> None:
    assert classify("请问这门课程多少钱？").category is Category.SALES_CONTRACT


# ---- a lukewarm verdict (pq.lukewarm) -------------------------------------------------------


@pytest.mark.parametrize("text", ["菜品很一般，不会再来", "这家的汤一般般"])
def test_r_cmp_02_a_lukewarm_verdict_is_on_the_thing_itself(text: str) -> None:
    product_either_way(text, "pq.lukewarm")


@pytest.mark.parametrize("text", ["一般几点发货？", "一般来说三天能到吗", "一般是顺丰还是圆通"])
def test_r_cmp_02_usually_is_no_lukewarm_verdict(text: str) -> None:
    assert "pq.lukewarm" not in fired(text)


# ---- other subjects stay theirs -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("外卖送了两个小时才到", Category.SALES_CONTRACT),
        ("前台态度很差", Category.SERVICE_QUALITY),
        ("客服一直不回消息，app也不知道在干嘛", Category.SERVICE_QUALITY),
    ],
)
def test_r_cmp_02_a_named_subject_keeps_its_category(text: str, category: Category) -> None:
    assert classify(text, policy=RULES_ONLY).category is category


@pytest.mark.parametrize(
    "text",
    [
        "剧情很感人，角色也可爱，强烈推荐",
        "屏幕清晰，电池也耐用，很满意",
        "老师讲课生动有趣，收获很大",
    ],
)
def test_r_cmp_01_praise_of_the_same_parts_stays_praise(text: str) -> None:
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).kind is Kind.PRAISE, (text, policy)


# ---- invariant: topics never change the kind ------------------------------------------------

_PIECES = (
    "剧情拖沓",
    "结局还行",
    "屏幕很清晰",
    "电池不耐用",
    "变速箱有异响",
    "油耗多少",
    "新版本登录不了",
    "怎么下载",
    "老师讲课很好",
    "课件太少",
    "味道一般般",
    "很满意",
    "请问",
    "谢谢",
    "送货很快",
    "客服态度差",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4))
def test_r_cmp_01_the_rounds_topics_never_change_the_kind(pieces: list[str]) -> None:
    text = "，".join(pieces)
    assert classify(text, policy=RULES_ONLY).kind is classify(text, policy=WITHOUT_ROUND).kind


#: Pieces that name one of the round's parts (not a step asked about: 怎么下载).
_PARTS = tuple(p for p in _PIECES[:11] if p != "怎么下载")

#: The rules alone that vote for a category other than the product's.
_OTHER_SUBJECTS = frozenset(
    r.id for r in RULES_ONLY.rules if r.category not in (None, Category.PRODUCT_QUALITY)
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_PARTS), st.sampled_from(("", "。", "！", "，就这样")))
def test_r_cmp_02_a_part_named_alone_is_read_as_the_product(piece: str, tail: str) -> None:
    # a complaint or a question whose only subject is one of the round's parts is about the
    # product, whatever neutral ending follows
    text = piece + tail
    result = classify(text, policy=RULES_ONLY)
    if result.kind in (Kind.COMPLAINT, Kind.CONSULTATION) and not (
        set(result.fired) & _OTHER_SUBJECTS
    ):
        assert result.category is Category.PRODUCT_QUALITY, text


@pytest.mark.parametrize(
    "text",
    [
        "上次维修后变速箱还是顿挫",
        "4S店保养完刹车就异响",
        "发动机修了三次还是抖",
        "屏幕维修后又花屏了",
    ],
)
def test_r_cmp_02_a_part_repaired_is_the_repairs_matter(text: str) -> None:
    # the labelling guide, cars: a repair not done or failed → repair_quality
    assert not fired(text) & {"pq.car-parts", "pq.device"}
    assert classify(text).category is Category.REPAIR_QUALITY


# ---- a customer-service account tagged is no staff (sq.staff) -------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@某某手机客服 升级系统以后相册打不开了", Category.PRODUCT_QUALITY),
        ("@某某电信客服 这个月话费莫名多扣了三十块", Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_02_a_tagged_service_account_is_where_the_post_goes(
    text: str, category: Category
) -> None:
    assert "sq.staff" not in fired(text)
    assert classify(text, policy=RULES_ONLY).category is category


@pytest.mark.parametrize(
    "text",
    ["营业厅的工作人员爱理不理，等了半小时", "@某某电信 你们营业厅的客服态度太差了"],
)
def test_r_cmp_02_staff_named_in_the_text_stay_service(text: str) -> None:
    assert classify(text, policy=RULES_ONLY).category is Category.SERVICE_QUALITY
