"""Subjects told by how customers write them: a feature supported or not, a repair not done,
a place's facilities, and a thing changed that is no goods returned (issue 13).

The forty-fourth round, the category side (R-CMP-01, R-CMP-02): whether a card, a phone or a
machine supports a function, or that it does not (支持…吗, 哪些…支持, 不支持…), is about the
product's features (``pq.feature-supported``), but a credit line's or a return policy's support
stays the sale's or the return's, and support given to a firm (支持你们, 支持国货) or a support
desk (技术支持) is no feature; a repair refused or never done (一直没有派人来维修, 拒绝维修,
至今未维修) is the repair work's (``rq.not-repaired``), not a repair not needed (不用维修); a
place's facilities, hardware or hygiene (硬件设施很差, 卫生条件太差) are the thing sold
(``pq.facilities``), not a town's public, fire or road facilities; and
a phone number, a seat, a contact, a ward or an insurance type changed, or a worker fired (要换
手机号码, 能不能换个座位, 赶紧辞退), returns no goods (``rx.demand``, ``rx.refused``,
``rx.topic`` mended), while an exchange of the goods (我要换一双, 不给换) still does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, kind_either_way
from custops.complaints import Category, Kind, classify

_RETURN_RULES = ("rx.demand", "rx.refused", "rx.topic", "rx.mention")

# ---- a feature supported or not (pq.feature-supported) --------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("请问这款手表支持NFC刷公交吗？", Kind.CONSULTATION),
        ("你们的收银机支持微信付款吗", Kind.CONSULTATION),
        ("哪些型号的打印机支持双面打印？", Kind.CONSULTATION),
        ("支持Apple Pay的门店有哪些", Kind.CONSULTATION),
        ("新买的电视居然不支持蓝牙耳机，太失望了", Kind.COMPLAINT),
        ("这个路由器暂不支持5G频段，用着很卡", Kind.COMPLAINT),
    ],
)
def test_r_cmp_02_a_feature_supported_or_not_is_the_product(text: str, kind: Kind) -> None:
    """A function asked about or missing is the product's features (R-CMP-02)."""
    kind_either_way(text, kind)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.feature-supported" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "一直支持你们，这次也不例外，好评！",
        "支持国货，质量很好，物流也快",
        "谢谢大家的支持",
        "已经联系了技术支持，还是没有解决",
        "我们不是不支持改造，只是希望一步到位",
    ],
)
def test_r_cmp_02_support_given_or_a_support_desk_names_no_feature(text: str) -> None:
    """Support given to a firm or a cause, or a support desk, is no feature of the product."""
    assert "pq.feature-supported" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_02_praise_of_a_firm_supported_stays_praise() -> None:
    """Support pledged in a praise is no complaint about a feature (R-CMP-01)."""
    kind_either_way("一直支持你们，这次也不例外，好评！", Kind.PRAISE)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("花呗支持分期付款吗", Category.SALES_CONTRACT),
        ("支持七天无理由退货吗", Category.RETURN_EXCHANGE),
    ],
)
def test_r_cmp_02_a_credit_line_or_a_return_policy_keeps_its_subject(
    text: str, category: Category
) -> None:
    """A credit line's terms stay the sale's and a return policy the return's (R-CMP-02)."""
    kind_either_way(text, Kind.CONSULTATION)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is category
    assert "pq.feature-supported" not in result.fired


@settings(max_examples=40, deadline=None)
@given(
    thing=st.sampled_from(["这台电视", "这款耳机", "你们的App", "新出的手机", "这个路由器"]),
    feature=st.sampled_from(["蓝牙", "5G", "语音输入", "双卡双待", "无线投屏", "快充"]),
)
def test_r_cmp_02_a_missing_feature_is_always_the_products(thing: str, feature: str) -> None:
    """Whatever the thing and the function, 不支持 names the product's features (R-CMP-02)."""
    result = classify(f"{thing}居然不支持{feature}，太差了", policy=RULES_ONLY)
    assert "pq.feature-supported" in result.fired
    assert result.category is Category.PRODUCT_QUALITY


# ---- a repair not done (rq.not-repaired) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "热水器坏了一个星期，厂家一直没有派人来维修",
        "楼道的灯坏了，物业拒绝维修",
        "空调漏水报了三次，至今未维修",
        "路灯坏了半个月，没人来修理",
    ],
)
def test_r_cmp_02_a_repair_not_done_is_the_repair_work(text: str) -> None:
    """A repair refused or never done is the repair work's category (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.REPAIR_QUALITY
    assert "rq.not-repaired" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "这个小问题不用维修，重启一下就好了",
        "维修师傅上门很及时，态度也好",
        "检查过了，不需要维修",
    ],
)
def test_r_cmp_02_a_repair_not_needed_or_done_well_is_no_repair_refused(text: str) -> None:
    """A repair not needed, or praised, is no repair refused."""
    assert "rq.not-repaired" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_a_repair_praised_stays_praise() -> None:
    """A repairer praised is praise, whichever layer reads it (R-CMP-01)."""
    kind_either_way("维修师傅上门很及时，态度也好", Kind.PRAISE)


# ---- a thing changed that is no goods (rx.* mended) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我的信用卡要换手机号码怎么办", Kind.CONSULTATION),
        ("能不能换一个座位？", Kind.CONSULTATION),
        ("订单可以换一个收货电话吗", Kind.CONSULTATION),
        ("能帮我换一个联系电话吗", Kind.CONSULTATION),
        ("能不能换险种？", Kind.CONSULTATION),
        ("这家店的服务员太差了，赶紧辞退吧", Kind.COMPLAINT),
        ("不让换病房，护士也不理人", Kind.COMPLAINT),
    ],
)
def test_r_cmp_02_a_number_a_seat_or_a_worker_changed_returns_no_goods(
    text: str, kind: Kind
) -> None:
    """Changing a number, a seat, a ward or a person, or firing a worker, is no return."""
    kind_either_way(text, kind)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is not Category.RETURN_EXCHANGE
    assert not set(_RETURN_RULES) & set(result.fired)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("鞋子开胶了，我要换一双", "rx.demand"),
        ("尺码不合适，要求退货", "rx.demand"),
        ("商家不给换，说已经拆封了", "rx.refused"),
        ("衣服洗一次就起球了，我要换个新的", "rx.demand"),
        ("可以换个颜色吗", "rx.topic"),
    ],
)
def test_r_cmp_02_an_exchange_of_the_goods_stays_a_return(text: str, rule: str) -> None:
    """The goods exchanged or refused an exchange are still the return's (R-CMP-02)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.RETURN_EXCHANGE
    assert rule in result.fired


@settings(max_examples=40, deadline=None)
@given(
    frame=st.sampled_from(["我要", "能不能", "不让", "可以", "想"]),
    thing=st.sampled_from(["手机号", "号码", "座位", "联系电话", "密码", "收货地址", "病房"]),
)
def test_r_cmp_02_no_frame_makes_a_changed_number_a_return(frame: str, thing: str) -> None:
    """Whatever asks or refuses it, a changed number, seat or ward names no return."""
    result = classify(f"{frame}换{thing}", policy=RULES_ONLY)
    assert result.category is not Category.RETURN_EXCHANGE
    assert not {"rx.demand", "rx.refused", "rx.topic"} & set(result.fired)


# ---- a place's facilities (pq.facilities) ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "酒店的硬件设施太旧了，墙皮都掉了",
        "房间设施很差，热水时有时无",
        "这家医院的卫生条件太差了",
        "机上娱乐设施很少，航程很无聊",
    ],
)
def test_r_cmp_02_a_places_facilities_are_the_thing_sold(text: str) -> None:
    """Facilities, hardware or hygiene complained of are the product's (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.facilities" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "小区门口缺少交通设施，希望增设红绿灯",
        "商场里没有消防设施，太危险了",
        "新区的公共设施还没建好",
    ],
)
def test_r_cmp_02_a_towns_facilities_are_no_product(text: str) -> None:
    """Public, fire or road facilities are a government matter's, not the thing sold."""
    assert "pq.facilities" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_facilities_praised_stay_praise() -> None:
    """Facilities praised are praise, whichever layer reads it (R-CMP-01)."""
    kind_either_way("酒店设施齐全，服务周到，下次还来", Kind.PRAISE)
