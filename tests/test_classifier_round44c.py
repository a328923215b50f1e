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

The second pass: a repayment, a loan or a top-up that fails and money not arrived (还款没成功,
没有到账, 贷不出来) are the agreement's (``sc.payment-failed`` mended), a refund not arrived the
return's; a weak signal or a phone network called bad is the product (``pq.supply`` mended), and
不管 as "no matter" (不管是…还是, 不管怎么) is no negligence; a lesson's teacher and what it
leaves out or drags (讲师, 没有讲原理, 废话太多) are the course (``pq.lesson`` mended), not what a
doctor left unsaid; a hospital's emergency room, clinics or a hospital judged are its service
(``sq.hospital-care``), not a hospital only named; a price cut told by its sum, goods unlike their
picture, a demo or a damaged car sold as new and a meal waited for by the hour are the sale's
(``sc.price-drop``, ``sc.not-as-described``, ``sc.car-sold-as-new``, ``sc.late``).
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


# ---- the second pass: money not arrived, a loan not drawn (sc.payment-failed mended) ----------


@pytest.mark.parametrize(
    "text",
    [
        "信用卡还款一直没成功，钱也扣了",
        "借款申请通过了，可是钱一直没有到账",
        "我怎么贷不出来了？",
        "充值失败了好几次",
    ],
)
def test_r_cmp_02_a_repayment_or_a_loan_that_fails_is_the_sale(text: str) -> None:
    """A repayment, a loan or a top-up that fails is the agreement's execution (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.SALES_CONTRACT
    assert "sc.payment-failed" in result.fired


def test_r_cmp_02_a_refund_not_arrived_stays_the_return() -> None:
    """A refund that has not arrived is the return's, not a payment failed (R-CMP-02)."""
    text = "退款申请提交一周了还没到账"
    assert "sc.payment-failed" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    ("text", "kind"),
    [("还款成功了，谢谢", Kind.NO_ACTION), ("钱已经到账了，很快", Kind.PRAISE)],
)
def test_r_cmp_01_money_that_arrived_is_no_failure(text: str, kind: Kind) -> None:
    """A repayment done or money arrived is no payment failed (R-CMP-01)."""
    kind_either_way(text, kind)
    assert "sc.payment-failed" not in classify(text, policy=RULES_ONLY).fired


# ---- a signal or a phone network judged (pq.supply mended), 不管 as "no matter" -------------


@pytest.mark.parametrize(
    "text",
    [
        "小区里手机信号特别弱，打电话老是断",
        "联通网络太烂了，视频都刷不开",
        "不管是白天还是晚上，这里的手机网络都很差",
    ],
)
def test_r_cmp_02_a_weak_signal_or_a_bad_network_is_the_product(text: str) -> None:
    """A signal or a phone network judged bad is the service's own quality (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.supply" in result.fired
    assert "sq.negligence" not in result.fired


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("信号很好，网速也快", Kind.PRAISE),
        ("信号差不多满格，挺好的", Kind.PRAISE),
        ("请问怎么查看信号强度？", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_a_signal_praised_or_asked_about_is_no_fault(text: str, kind: Kind) -> None:
    """A good signal or a question about one reports no supply failure (R-CMP-01)."""
    kind_either_way(text, kind)
    assert "pq.supply" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_02_no_matter_how_is_no_negligence() -> None:
    """不管怎么… ("no matter how") names no one who failed to act (R-CMP-02)."""
    result = classify("不管怎么刷新都加载不出来", policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "sq.negligence" not in result.fired


def test_r_cmp_02_a_property_that_does_not_act_stays_negligent() -> None:
    """物业根本不管 is still the staff's negligence (R-CMP-02)."""
    result = classify("物业根本不管，垃圾堆了一周", policy=RULES_ONLY)
    assert result.category is Category.SERVICE_QUALITY
    assert "sq.negligence" in result.fired


@given(
    st.sampled_from(("白天", "晚上", "刮风", "下雨", "几点", "什么时候", "怎么设置", "多少钱")),
    st.sampled_from(("网速都很慢", "都打不开", "电池都不耐用", "客户都很多")),
)
def test_r_cmp_02_no_matter_before_any_alternative_is_no_negligence(first: str, rest: str) -> None:
    """不管 before the alternatives it spans never fires the negligence rule (R-CMP-02)."""
    text = f"不管是{first}还是别的时候，{rest}"
    assert "sq.negligence" not in classify(text, policy=RULES_ONLY).fired


# ---- a lesson's teacher and what it leaves out (pq.lesson mended) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老师根本没有讲原理，只会让我们照着敲代码",
        "讲课废话太多，一节课有用的就五分钟",
        "讲师的发音太不标准了，听得很累",
    ],
)
def test_r_cmp_02_a_lesson_that_leaves_out_or_drags_is_the_course(text: str) -> None:
    """The teacher, what is left out and what drags are the course itself (R-CMP-02)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.lesson" in result.fired


def test_r_cmp_02_a_doctor_who_did_not_explain_is_the_hospitals_service() -> None:
    """A doctor who left things unsaid is the hospital's care, no lesson (R-CMP-02)."""
    text = "医生没讲清楚手术风险，态度也很冷淡"
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.SERVICE_QUALITY
    assert "pq.lesson" not in result.fired


@pytest.mark.parametrize("text", ["废话不多说，这门课真的很棒", "他根本没讲理由就把我拉黑了"])
def test_r_cmp_02_no_idle_talk_or_no_reason_given_is_no_lesson(text: str) -> None:
    """废话不多说 and 没讲理由 name no lesson's fault (R-CMP-02)."""
    assert "pq.lesson" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_a_course_praised_without_idle_talk_stays_praise() -> None:
    """废话不多说 before praise is praise, whichever layer reads it (R-CMP-01)."""
    kind_either_way("废话不多说，这门课真的很棒", Kind.PRAISE)


# ---- a hospital's care (sq.hospital-care) ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "急诊等了三个小时都没人管，护士还爱答不理",
        "这么烂的医院，再也不来了",
        "门诊叫号乱七八糟，排了半天又被插队",
        "千万不要去那家医院",
        "医院门诊等了两个小时还没叫到号",
    ],
)
def test_r_cmp_02_a_hospitals_care_is_its_service(text: str) -> None:
    """A hospital's emergency room, clinics or a hospital judged are its service (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.SERVICE_QUALITY
    assert "sq.hospital-care" in result.fired


def test_r_cmp_02_a_hospital_only_named_is_no_subject() -> None:
    """A hospital named in a question names no service (R-CMP-01, R-CMP-02)."""
    text = "我妈在市医院住院，想问一下报销比例是多少？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "sq.hospital-care" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_an_emergency_room_praised_stays_praise() -> None:
    """Thanks to the emergency room's staff are praise (R-CMP-01)."""
    kind_either_way("急诊的医生护士都很专业，非常感谢", Kind.PRAISE)


# ---- a price that fell, goods unlike their picture, a car sold as new ------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("昨天刚下单，今天就降了80块", "sc.price-drop"),
        ("收到的裙子和图片完全不一样，颜色差很多", "sc.not-as-described"),
        ("4S店把试驾车当新车卖给我", "sc.car-sold-as-new"),
        ("一份外卖等三个小时，太离谱了", "sc.late"),
        ("送餐越来越慢了，以前半小时就到", "sc.late"),
    ],
)
def test_r_cmp_02_the_sale_not_kept_is_the_sales_contract(text: str, rule: str) -> None:
    """A price cut just after, goods unlike their picture, a demo car sold as new and a meal
    waited for by the hour are the sale's terms (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.SALES_CONTRACT
    assert rule in result.fired


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("烧好的水两个小时水温就降了10度", "sc.price-drop"),
        ("两天就降温了，衣服买得正好", "sc.price-drop"),
        ("和想象中不一样，有点失望", "sc.not-as-described"),
        ("实物和图片一模一样，很满意", "sc.not-as-described"),
        ("不是事故车，放心买", "sc.car-sold-as-new"),
        ("这个app越来越慢了，经常卡死", "sc.late"),
    ],
)
def test_r_cmp_02_a_temperature_an_expectation_or_an_app_is_no_sale(text: str, rule: str) -> None:
    """A temperature that falls, goods unlike what one imagined, a car said not to be damaged
    and an app getting slower are no broken sale (R-CMP-02)."""
    assert rule not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    ("text", "kind"),
    [("实物和图片一模一样，很满意", Kind.PRAISE), ("请问库存车能便宜多少？", Kind.CONSULTATION)],
)
def test_r_cmp_01_a_picture_matched_or_a_stock_car_asked_about(text: str, kind: Kind) -> None:
    """Goods like their picture are praise; a stock car's price asked is a question (R-CMP-01)."""
    kind_either_way(text, kind)


@settings(max_examples=40)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(("块", "元")))
def test_r_cmp_02_any_sum_cut_after_the_purchase_is_the_price(amount: int, unit: str) -> None:
    """Whatever the sum, a price cut just after the purchase is the sale's (R-CMP-02)."""
    result = classify(f"刚买完第二天就降了{amount}{unit}", policy=RULES_ONLY)
    assert result.category is Category.SALES_CONTRACT
    assert "sc.price-drop" in result.fired


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a stand taken is no product's feature (R-CMP-03)
        ("我不支持涨价，太贵了", Category.SALES_CONTRACT),
        # nobody come to mend it, in the bare 修 (R-CMP-02, R-CMP-03)
        ("我的宽带断了三天了，一直没人来修。", Category.REPAIR_QUALITY),
        ("物业不派人来修，漏水一周了", Category.REPAIR_QUALITY),
    ],
)
def test_a_stand_taken_and_a_repair_nobody_came_for(text: str, category: Category) -> None:
    """R-CMP-02, R-CMP-03: 不支持涨价 is no feature; 没人来修 is a repair not done."""
    found = classify(text)
    assert found.kind is Kind.COMPLAINT
    assert found.category is category
