"""Complaints worded as the least thing missing, a habit given up or a wait (issue 13).

The thirty-sixth round's complaint-side rules: not even the least of it (``kind.verdict``:
连毛巾都没有), nothing worth the trip or bad enough (没啥吃的, 有够难吃), a habit given up for
good (``kind.warning``: 早就不喝了, 以后坚决不住), time gone by and still nothing and "how come"
asked back (``kind.complaint``: 五天了还没发货, 怎么就变成了50元), a fix asked for with haste
(希望厂家尽快处理), a message never received (``kind.cannot``: 一直没收到验证码), a thing said to
have a problem (``kind.broken``: 这个APP有问题), a failure told and then its cause asked
(``kind.failure-question``: 转账一直失败，什么原因？); and the categories of an app broken by an
update (``pq.app``), a card's approval, limit and yearly fee (``sc.finance``), a property
manager that will not act (``sq.negligence``), a clinic's queue (``sq.waiting``) and working
hours spelt out (``sc.overwork``).  Each is read by its words (R-CMP-01) and classed by what it
is about (R-CMP-03); each pattern's look-alikes (praise, a question, nothing to handle in the
same words) stay what they were.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY
from classifier_checks import complaint_either_way as _complaint_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- not even the least of it, nothing worth the trip, bad enough (kind.verdict) ----------


@pytest.mark.parametrize(
    "text",
    [
        "房间里连一条毛巾都没有",
        "外卖连双筷子也不送",
        "这个软件连个返回按钮都没有",
        "早餐没啥吃的",
        "景区也没多少看的",
        "这家店的菜有够难吃",
    ],
)
def test_r_cmp_01_not_even_the_least_of_it_is_a_negative_verdict(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.verdict" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # what need not be done is praise of convenience
        "这里交通方便，连门都不用出就能买到菜",
        # what the writer did not know is no shortfall
        "我连他换了包装都不知道",
    ],
)
def test_r_cmp_01_not_even_needed_or_not_known_is_no_verdict(text: str) -> None:
    assert "kind.verdict" not in _fired(text)


def test_r_cmp_01_convenience_in_the_same_frame_stays_praise() -> None:
    assert classify("这里交通方便，连门都不用出就能买到菜").kind is Kind.PRAISE


@given(
    thing=st.sampled_from(["一条毛巾", "个包装盒", "双筷子", "说明书", "返回按钮", "热水"]),
    adverb=st.sampled_from(["都", "也"]),
    verb=st.sampled_from(["没有", "没", "不给", "不送"]),
)
def test_r_cmp_01_any_least_thing_missing_is_a_verdict(thing: str, adverb: str, verb: str) -> None:
    text = f"连{thing}{adverb}{verb}"
    assert "kind.verdict" in _fired(text)
    assert classify(text, policy=RULES_ONLY).kind is Kind.COMPLAINT


# ---- given up for good (kind.warning) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["早就不喝这个牌子的奶了", "以后坚决不住这家酒店", "永远不买他家的鞋", "以后都不用这家银行了"],
)
def test_r_cmp_01_a_habit_given_up_for_good_is_a_warning(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.warning" in _fired(text)


def test_r_cmp_01_no_need_anyway_is_no_warning() -> None:
    assert "kind.warning" not in _fired("反正不用排队，挺方便")


# ---- time gone by and still nothing; how come (kind.complaint) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "下单五天了还没发货",
        "等了一个星期都没人联系我",
        "报修两个月了还是没有人来",
        "三个小时了还没上菜",
    ],
)
def test_r_cmp_01_time_gone_by_and_still_nothing_is_a_complaint(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.complaint" in _fired(text)


@pytest.mark.parametrize(
    "text", ["这台洗衣机用了三年了都没坏", "半年了还没出过问题，很满意", "两年了还没生锈"]
)
def test_r_cmp_01_a_thing_still_sound_after_years_is_no_complaint_word(text: str) -> None:
    assert "kind.complaint" not in _fired(text)


def test_r_cmp_01_still_sound_and_satisfied_is_praise() -> None:
    assert classify("半年了还没出过问题，很满意").kind is Kind.PRAISE


@given(
    n=st.sampled_from(["两", "三", "五", "十", "几", "2", "12"]),
    unit=st.sampled_from(["天", "个月", "周", "个小时", "年"]),
    verb=st.sampled_from(["坏", "出问题", "出过问题", "生锈", "漏水", "掉色"]),
)
def test_r_cmp_01_years_without_a_fault_never_read_as_still_nothing(
    n: str, unit: str, verb: str
) -> None:
    text = f"用了{n}{unit}了都没{verb}"
    assert "kind.complaint" not in _fired(text)


@pytest.mark.parametrize("text", ["怎么就给我发了一件", "怎么就变成了50元", "车刚买一周怎么就坏了"])
def test_r_cmp_01_how_come_asked_back_is_a_complaint(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.complaint" in _fired(text)


@pytest.mark.parametrize("text", ["怎么就没早点发现这家店", "这家店怎么就能做得这么好吃"])
def test_r_cmp_01_a_praise_regret_or_wonder_is_no_how_come(text: str) -> None:
    assert "kind.complaint" not in _fired(text)


# ---- a fix asked for with haste (kind.complaint) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "热水器漏水，希望厂家尽快处理",
        "空调一直漏水，希望尽快更换",
        "排气管生锈了，希望厂家尽快更换解决",
        "更新后一直闪退，请尽快修复",
    ],
)
def test_r_cmp_01_a_fix_asked_with_haste_is_a_complaint(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.complaint" in _fired(text)


def test_r_cmp_01_a_wish_without_haste_stays_a_proposal() -> None:
    r = classify("希望可以增加早餐品种")
    assert r.kind is Kind.SUGGESTION
    assert "kind.complaint" not in r.fired


# ---- a message never received (kind.cannot), a thing said to be faulty (kind.broken) -----


@pytest.mark.parametrize(
    "text", ["一直没收到验证码短信", "到现在还没有收到退款", "等了两天都没接到回电"]
)
def test_r_cmp_01_a_message_never_received_is_a_failure(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.cannot" in _fired(text)


def test_r_cmp_01_a_refund_received_is_no_failure() -> None:
    assert "kind.cannot" not in _fired("我已经收到退款了，谢谢")


@pytest.mark.parametrize("text", ["这个APP有问题", "洗衣机的排水设计有问题", "酒店的网络有问题"])
def test_r_cmp_01_a_thing_said_to_have_a_problem_is_a_complaint(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.broken" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "请问这个有问题吗？",
        "不知道会不会有问题",
        "安全阀略有问题，不过总体不错",
        "用了一周，没有问题，很好用",
    ],
)
def test_r_cmp_01_a_problem_asked_about_or_slight_is_no_fault(text: str) -> None:
    assert "kind.broken" not in _fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


# ---- a failure told, then its cause asked (kind.failure-question) --------------------------


@pytest.mark.parametrize(
    "text",
    ["转账一直失败，什么原因？", "还款还清了，不能借款是什么原因", "我的POS机签到不了，为什么？"],
)
def test_r_cmp_01_a_failure_then_its_cause_asked_is_a_complaint(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.failure-question" in _fired(text)


@given(verb=st.sampled_from(["办理", "开通", "申请", "参加"]))
def test_r_cmp_01_an_eligibility_question_is_no_failure_question(verb: str) -> None:
    for text in (f"我不能{verb}信用卡是什么原因", f"{verb}不了，为什么？"):
        assert "kind.failure-question" not in _fired(text), text


# ---- categories (R-CMP-03) -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["更新后打不开了", "升级之后一直闪退", "更新完月结单不能保存"])
def test_r_cmp_03_an_app_broken_by_an_update_is_the_product(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.PRODUCT_QUALITY
    assert "pq.app" in r.fired


def test_r_cmp_03_an_update_praised_is_no_fault() -> None:
    r = classify("更新后界面很好看")
    assert r.kind is Kind.PRAISE
    assert "pq.app" not in r.fired


@pytest.mark.parametrize(
    "text",
    [
        "批卡太慢了，等了一个月",
        "年费不激活也要收",
        "信用额被无故调低了，太坑",
        "批核了三个月还没结果",
    ],
)
def test_r_cmp_03_a_cards_approval_limit_and_fee_are_the_contract(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.SALES_CONTRACT
    assert "sc.finance" in r.fired


def test_r_cmp_03_a_yearly_fee_asked_about_is_a_question_on_the_contract() -> None:
    r = classify("请问年费怎么收？")
    assert (r.kind, r.category) == (Kind.CONSULTATION, Category.SALES_CONTRACT)


@pytest.mark.parametrize("text", ["物业不予处理", "小区物业也不管", "物业擅自把绿化带改成停车场"])
def test_r_cmp_03_a_property_manager_that_will_not_act_is_service_quality(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.SERVICE_QUALITY
    assert "sq.negligence" in r.fired


@pytest.mark.parametrize("text", ["物业费多少钱一个月？", "物业态度很好，处理得很及时"])
def test_r_cmp_03_a_property_manager_asked_about_or_praised_is_no_negligence(text: str) -> None:
    r = classify(text)
    assert r.kind is not Kind.COMPLAINT
    assert "sq.negligence" not in r.fired


@pytest.mark.parametrize(
    "text", ["在医院等了3小时还轮不到", "挂号等了两个小时", "抽血排队等了好久"]
)
def test_r_cmp_03_a_clinics_queue_is_the_desks_service(text: str) -> None:
    r = classify(text, policy=RULES_ONLY)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.SERVICE_QUALITY
    assert "sq.waiting" in r.fired


@pytest.mark.parametrize("text", ["早9晚9，一周六天", "经常加班到晚上十一点", "周六也要来上班"])
def test_r_cmp_03_working_hours_spelt_out_are_the_terms_of_work(text: str) -> None:
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.SALES_CONTRACT
    assert "sc.overwork" in r.fired


def test_r_cmp_03_a_shops_opening_hours_are_no_overwork() -> None:
    assert "sc.overwork" not in _fired("超市每天24小时营业")


@pytest.mark.parametrize(
    "text", ["换车的时候本来想买霸道的", "纠结动力的话建议换车型", "最多换发动机，换车难"]
)
def test_r_cmp_03_changing_to_another_car_is_no_exchange(text: str) -> None:
    assert "rx.mention" not in _fired(text)


@pytest.mark.parametrize("text", ["4S店不给换车，只肯维修", "我要求换车"])
def test_r_cmp_03_a_car_exchange_asked_or_refused_stays_a_return(text: str) -> None:
    r = classify(text)
    assert (r.kind, r.category) == (Kind.COMPLAINT, Category.RETURN_EXCHANGE)


@pytest.mark.parametrize(
    "text", ["下拉会出现资料错误，之前就不会", "之前还好好的，现在一打开就闪退"]
)
def test_r_cmp_01_fine_before_is_a_negative_verdict(text: str) -> None:
    _complaint_either_way(text)
    assert "kind.verdict" in _fired(text)


def test_r_cmp_01_a_skill_learnt_since_is_no_regression() -> None:
    assert "kind.verdict" not in _fired("以前都不会做饭，现在天天做")


@pytest.mark.parametrize("text", ["没送鼠标，还需要自己买", "安装支架还得自己掏钱"])
def test_r_cmp_03_what_should_come_with_it_bought_at_the_buyers_cost_is_the_sale(
    text: str,
) -> None:
    r = classify(text)
    assert (r.kind, r.category) == (Kind.COMPLAINT, Category.SALES_CONTRACT)
    assert "sc.missing" in r.fired


def test_r_cmp_03_buying_a_part_oneself_asked_about_is_a_question() -> None:
    r = classify("配件需要自己买吗？")
    assert r.kind is Kind.CONSULTATION
    assert "sc.missing" not in r.fired


def test_r_cmp_03_an_update_then_a_comma_then_the_fault_is_the_app() -> None:
    r = classify("更新后，收藏的菜谱打不开")
    assert r.category is Category.PRODUCT_QUALITY
    assert "pq.app" in r.fired
