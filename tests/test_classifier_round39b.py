"""The complaint side of the thirty-ninth round (issue 13).

A review that praises first and then tells a fault the company must handle — a facility
broken, time lost, a service refused, money taken beyond the deal, goods not as shown — is a
complaint however many words of praise stand before it; so is a review whose writer will not
come back, calls the deal not worth its price or tells other customers not to buy.  A
complaint asked as a question (为什么…反而…, 难道…吗, 傻的吗, 怎么多了一笔) is a complaint,
and a screen called ugly or confusing is the app's own fault.  Each is read by its words
(R-CMP-01) and classed by what it is about (R-CMP-02); real praise in the same words stays
praise.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, fired
from custops.complaints import Category, Kind, classify

# ---- a fault the company must handle, after praise (kind.must-handle) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        # a hotel, a scenic spot, a restaurant, a phone, an airline, a service desk
        "前台很热情，早餐也丰富，就是房间的空调坏了，热得一夜没睡",
        "手机外观漂亮，拍照清晰，可是屏幕失灵，点了没反应",
        "环境挺好，但是要求换个房间被前台拒绝了",
        # a staff member at fault, named
        "菜量很足，价格实惠，就是服务员态度很冷淡",
        "航班准点，座位宽敞，可惜空姐爱理不理",
    ],
)
def test_r_cmp_01_a_fault_to_handle_after_praise_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.must-handle" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # a scenic spot, a restaurant, an airline, a hotel
        "景区风景很美，可惜缆车故障，排队排了两个小时",
        "菜的味道不错，服务员也客气，但是上菜等了一个多小时",
        "空姐很亲切，座位也舒服，就是航班延误了近40分钟",
        "环境不错，就是结账等了半个多小时",
    ],
)
def test_r_cmp_01_time_lost_after_praise_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.time-lost" in fired(text)


def test_r_cmp_01_time_lost_is_what_a_wish_is_about() -> None:
    # a short wish about the wait: the wait is what the proposal is about (R-CMP-01)
    result = classify("结账等了半个多小时，希望可以改进")
    assert "kind.time-lost" in result.fired
    assert result.kind is Kind.SUGGESTION


@pytest.mark.parametrize(
    "text",
    [
        # money taken beyond the deal: a charge added, a charge twice, an order ignored
        "房间很干净，但是加一份早餐居然要收68元",
        "东西不错，就是安装师傅多收了我50元",
        "送货很快，不过我明明写了不要香菜",
    ],
)
def test_r_cmp_01_money_taken_beyond_the_deal_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.must-handle" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # not what was shown or promised, a room not cleaned, a place shut when due open
        "菜的味道还行，可是送来的跟图片完全不一样",
        "店员很热情，说好送赠品，结果没有发",
        "前台服务不错，但是下午五点房间居然还没有打扫",
        "位置很方便，不过晚上九点去餐厅，竟然不营业了",
    ],
)
def test_r_cmp_01_what_was_due_and_not_given_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.must-handle" in fired(text)


@pytest.mark.parametrize(
    "text",
    ["实物跟图片一模一样，很满意", "和描述的完全一样，质量很好", "说好送赠品，果然送了，很贴心"],
)
def test_r_cmp_01_what_was_due_and_given_stays_praise(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE
    assert "kind.must-handle" not in result.fired


@pytest.mark.parametrize(
    "text",
    [
        # a short wait of the writer's own, a queue for a popular place, a fault of the past
        "师傅在门口等了十多分钟，服务态度很好，非常满意",
        "每次来都得等半个小时的位子，味道真的很棒",
        "上次来空调坏了，这次感觉不错，服务也好",
        # staff praised in the same words
        "师傅态度一点都不差，安装很专业",
        "前台态度很好，一点也不冷淡",
    ],
)
def test_r_cmp_01_no_fault_to_handle_leaves_the_praise(text: str) -> None:
    assert not {"kind.must-handle", "kind.time-lost"} & fired(text)


def test_r_cmp_01_the_writer_refusing_is_no_service_refused() -> None:
    assert "kind.must-handle" not in fired("推销员要加装配件，被我拒绝了")


_PRAISE = ("环境很好", "服务员很热情", "风景不错", "价格实惠，位置方便", "房间干净整洁")
_FACILITY = ("空调", "热水器", "电梯", "马桶", "电视", "wifi", "门锁")
_FAILURE = ("坏了", "不能用", "打不开", "失灵", "用不了")


@given(
    st.sampled_from(_PRAISE),
    st.sampled_from(("但是", "可是", "就是", "不过")),
    st.sampled_from(_FACILITY),
    st.sampled_from(_FAILURE),
)
def test_r_cmp_01_a_broken_facility_outweighs_any_praise_before_it(
    praise: str, contrast: str, facility: str, failure: str
) -> None:
    text = f"{praise}，{contrast}{facility}{failure}"
    complaint_either_way(text)


# ---- the writer will not come back (kind.wont-return) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "酒店位置很好，前台也热情，但是隔音太差，下次不会再住了",
        "菜还可以，就是太贵，以后不会再来了",
        "地勤服务不错，可是航班一直延误，下次真的不想再搭乘了",
        "衣服款式好看，可惜掉色严重，下回不去这家了",
    ],
)
def test_r_cmp_01_not_coming_back_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.wont-return" in fired(text)


@pytest.mark.parametrize(
    "text",
    ["下次还会再来，服务很好", "以后不会再去别家了，这家最好吃", "如果以后不来了，会很想念这里"],
)
def test_r_cmp_01_loyalty_is_no_refusal_to_come_back(text: str) -> None:
    assert "kind.wont-return" not in fired(text)


@given(
    st.sampled_from(_PRAISE),
    st.sampled_from(("住", "来", "买", "光顾", "选择这家")),
    st.sampled_from(("下次不会再", "以后再也不", "下次真的不想再")),
)
def test_r_cmp_01_coming_back_decides_between_praise_and_complaint(
    praise: str, verb: str, refusal: str
) -> None:
    complaint_either_way(f"{praise}，就是太吵了，{refusal}{verb}了")
    loyal = classify(f"{praise}，下次还会再{verb}")
    assert "kind.wont-return" not in loyal.fired
    assert loyal.kind is not Kind.COMPLAINT


# ---- not worth its price (kind.not-worth) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "课程讲得还行，但是不值这个价",
        "包装挺好看，赠品质量太次了，不如不送",
        "服务员态度不错，可惜菜品性价比太低",
        "画面很好看，剧情太短，不值98",
        "快递员很好，一颗星是给他的，东西是坏的",
    ],
)
def test_r_cmp_01_not_worth_its_price_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.not-worth" in fired(text)


@pytest.mark.parametrize(
    "text", ["味道很好，价格也不贵，很值这个价", "这个价格性价比很高，推荐购买"]
)
def test_r_cmp_01_worth_its_price_stays_praise(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE
    assert "kind.not-worth" not in result.fired


# ---- other customers told not to buy (kind.advise-against) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "质量很差，不建议购买",
        "衣服起球了，建议大家不要买",
        "前三章很不错，后面优化太差，不建议全款买",
        "餐厅份量少，建议来玩的朋友不要在酒店就餐",
    ],
)
def test_r_cmp_01_advice_against_buying_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.advise-against" in fired(text)


def test_r_cmp_01_one_dish_advised_against_in_praise_stays_praise() -> None:
    result = classify("血旺不建议点，其他都很好吃")
    assert result.kind is Kind.PRAISE
    assert "kind.advise-against" not in result.fired


# ---- a complaint asked as a question (kind.grievance-asked) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a bank, a shop, a restaurant, a citizen's message, an app
        "我今天的账单怎么多了一笔200元？",
        "转账限额又要等一天，傻的吗",
        "为什么我还清了贷款，反而额度没了？",
        "你们家是卖盐的么，菜这么咸？",
        "难道一年涨一次价也是惠民政策吗？",
        "删除键是假的吗？按了商品还在",
    ],
)
def test_r_cmp_01_a_complaint_asked_as_a_question_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.grievance-asked" in fired(text)


@pytest.mark.parametrize(
    "text", ["请问账单怎么查询？", "为什么这款比那款贵？", "如果为什么还没发货，我该问谁？"]
)
def test_r_cmp_01_a_plain_question_is_no_grievance(text: str) -> None:
    assert "kind.grievance-asked" not in fired(text)


# ---- a screen called ugly or confusing (pq.app) ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["新版本界面很丑，找个功能都难", "转账页面没有交互逻辑可言", "这个app易用度设计非常差"],
)
def test_r_cmp_02_an_ugly_screen_is_the_app_s_own_fault(text: str) -> None:
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert "pq.app" in result.fired
    assert Category.PRODUCT_QUALITY in result.categories


def test_r_cmp_02_a_screen_praised_is_no_fault() -> None:
    result = classify("界面很漂亮，用起来很顺手")
    assert result.kind is Kind.PRAISE
    assert "pq.app" not in result.fired


# ---- below what was expected (kind.faint-praise) --------------------------------------------


@pytest.mark.parametrize("text", ["风景没有想象中那么好看，人太多", "这部电影没有预期的精彩"])
def test_r_cmp_01_below_what_was_expected_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.faint-praise" in fired(text)


@pytest.mark.parametrize("text", ["比想象的好吃多了，下次还来", "完全超出预期，比想象中好玩"])
def test_r_cmp_01_better_than_expected_stays_praise(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE
    assert "kind.faint-praise" not in result.fired


# ---- ordinary questions and praise in the same words (no complaint rule fires) --------------


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [
        ("这部电影搞笑吗？想带孩子去看", "kind.grievance-asked", Kind.CONSULTATION),
        ("为什么你们的菜这么好吃却这么便宜？", "kind.grievance-asked", Kind.PRAISE),
        (
            "医生建议我不要在晚上吃这个药，请问早上吃可以吗？",
            "kind.advise-against",
            Kind.CONSULTATION,
        ),
        ("空调坏了，师傅半小时就上门修好了，点赞", "kind.must-handle", Kind.PRAISE),
        ("电视坏了，请问保修期内可以免费修吗？", "kind.must-handle", Kind.CONSULTATION),
        ("请问宽带故障怎么申请维修？", "kind.must-handle", Kind.CONSULTATION),
        ("我明明选了最便宜的套餐，客服还主动帮我申请了优惠，太贴心了", "kind.must-handle", None),
    ],
)
def test_r_cmp_01_a_question_or_a_fault_put_right_is_no_complaint(
    text: str, rule: str, kind: Kind | None
) -> None:
    """R-CMP-01: a comedy asked about, a doctor's advice, a fault since put right and a repair
    asked about are not the complaints these rules read."""
    result = classify(text)
    assert rule not in result.fired
    if kind is not None:
        assert result.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "房间不错，但是空调坏了",
        "为什么我提前还清了借呗，反而没了额度",
        "转账限额又要等一日，傻的吗",
    ],
)
def test_r_cmp_01_the_same_rules_still_read_the_complaint(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert {"kind.must-handle", "kind.grievance-asked"} & set(result.fired)
