"""The category side of the forty-first round (issue 13).

A complaint of the right kind often went to the wrong desk because its subject is told by
how customers write it, not by a word of the topic tables: money taken for no reason
(无缘无故扣钱), the writer deceived by the seller (骗人的, 言而无信), an app's step that fails
(无法删除, 上传不了), food that came spoiled or hard (三个烂的, 米饭都硬了), a payment
that fails (支付不了, 不吐钞).  Other words read as a sale's matter only where they name
one: 到了 (an arrival, not 差到了极点), 不认 (not 不认识), 强制 (not 强制更新), 迟迟 (not a
repair put off).  The subjects are R-CMP-02's; the
complaint itself stays R-CMP-01's: the three new subject rules never change the kind.

The forty-second round's category side, below: a device's or an app's step that fails
(连接不上, 设置不了, 认证一直失败) is the product (R-CMP-02); a price judged without the word
价格 (太贵, 不值这个价, 性价比太低), a fee named by what it is for (停车费, 电费) or a sum asked
(又要收一百元) is the sale's; a book's, a film's or a course's parts (情节, 演技, 画质) are the
work itself; an item sent in place of the one ordered (送成了…) or an extra not even given
(连双筷子都不配) is the order not delivered as agreed; an aircraft's type (波音777) is no
working-hours code.  Each is checked against the near-misses it must leave alone: a question
how to connect, a return demanded, praise with the same words, 浪费时间, 免停车费 asked about,
送成功, 贵公司.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, fired, kind_either_way
from custops.complaints import Category, Kind, classify

#: The subject rules this round adds (topics only: no kind of their own).
ROUND = frozenset({"sc.unexplained-charge", "sc.deceit", "sc.payment-failed"})

#: The rules alone, without this round's subject rules.
WITHOUT_ROUND = attrs.evolve(
    RULES_ONLY, rules=tuple(r for r in RULES_ONLY.rules if r.id not in ROUND)
)


def category_either_way(text: str, kind: Kind, category: Category) -> None:
    """``text`` is of ``kind`` and ``category`` with the learned layer and without it
    (R-CMP-01, R-CMP-02)."""
    kind_either_way(text, kind)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is category, (text, policy)


# ---- money gone for no reason (sc.unexplained-charge) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我的信用卡昨晚无缘无故被扣了两百块",
        "这个月话费莫名其妙的收费了三十元，谁给我开通的？",
        "银行卡平白无故被刷了五笔",
    ],
)
def test_r_cmp_02_money_taken_for_no_reason_is_the_sales_contract(text: str) -> None:
    assert "sc.unexplained-charge" in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)


@pytest.mark.parametrize(
    "text",
    [
        "剧情莫名其妙，看得一头雾水",
        "手机无缘无故就黑屏了",
        "这家店的扣肉做得真香",
    ],
)
def test_r_cmp_02_no_reason_without_money_is_no_charge(text: str) -> None:
    assert "sc.unexplained-charge" not in fired(text)


# ---- the writer deceived by the seller (sc.deceit) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "广告上写的是纯棉，根本就是撒谎",
        "商家言而无信，再也不会来了",
        "图片上那么大一份，到手半份，骗人的",
    ],
)
def test_r_cmp_02_deceived_by_the_seller_is_the_sales_contract(text: str) -> None:
    assert "sc.deceit" in fired(text)
    kind_either_way(text, Kind.COMPLAINT)
    assert classify(text, policy=RULES_ONLY).category is Category.SALES_CONTRACT


@pytest.mark.parametrize(
    "text",
    [
        "最近骗子电话太多了，大家小心",
        "那伙人专门诈骗了好多老人",
        "别被它好看的外表给骗了",
        "狼人杀最好玩的就是互相猜",
    ],
)
def test_r_cmp_02_a_swindler_outside_the_sale_is_no_deceit(text: str) -> None:
    assert "sc.deceit" not in fired(text)


# ---- an app's step that fails, food that came spoiled (pq.app, pq.food) ----------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("聊天记录无法删除，点了没反应", "pq.app"),
        ("头像一直上传不了，气死了", "pq.app"),
        ("买的橙子有五个烂的", "pq.food"),
        ("送来的炸鸡就是臭的，直接扔了", "pq.food"),
        ("米饭都硬了，根本嚼不动", "pq.food"),
    ],
)
def test_r_cmp_02_a_failing_step_or_spoiled_food_is_the_product(text: str, rule: str) -> None:
    assert rule in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.PRODUCT_QUALITY)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("能不能删除历史订单？", "pq.app"),
        ("这条河臭的跟下水道一样", "pq.food"),
        ("臭豆腐就是臭的才好吃", "pq.food"),
    ],
)
def test_r_cmp_02_a_step_asked_about_or_a_likeness_is_no_fault(text: str, rule: str) -> None:
    assert rule not in fired(text)


# ---- words that read a sale's matter only where they name one --------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("服务差到了极点", "sc.delivery"),
        ("这游戏难得我谁都不认识了", "sc.breach"),
        ("这课顶多算入门", "sc.breach"),
        ("手机强制更新后就打不开了", "sc.breach"),
        ("报修一周了，物业迟迟不给处理", "sc.breach"),
        ("报修一周了，物业迟迟不给处理", "sc.late"),
    ],
)
def test_r_cmp_02_a_result_or_a_forced_step_is_no_sales_matter(text: str, rule: str) -> None:
    assert rule not in fired(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("快递今天终于到了，盒子都压扁了", "sc.delivery"),
        ("说好的返现，现在又不认了", "sc.breach"),
        ("买手机强制搭配保险", "sc.breach"),
        ("下单五天了迟迟不发货", "sc.breach"),
    ],
)
def test_r_cmp_02_the_same_words_in_a_sale_still_count(text: str, rule: str) -> None:
    assert rule in fired(text)


def test_r_cmp_02_a_forced_update_is_the_apps_not_the_sales() -> None:
    text = "手机强制更新后就打不开了"
    kind_either_way(text, Kind.COMPLAINT)
    assert classify(text, policy=RULES_ONLY).category is Category.PRODUCT_QUALITY


def test_r_cmp_02_an_order_held_back_is_the_sales_contract() -> None:
    category_either_way("下单五天了迟迟不发货", Kind.COMPLAINT, Category.SALES_CONTRACT)


# ---- the subject rules never change the kind (R-CMP-01) --------------------------------------

_PIECES = (
    "无缘无故扣钱",
    "莫名其妙的支出",
    "多了一笔",
    "骗人的",
    "言而无信",
    "上当了",
    "撒谎",
    "支付不了",
    "锁卡",
    "请问",
    "谢谢",
    "很满意",
    "送货很快",
    "为什么",
    "吗？",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4))
def test_r_cmp_01_the_rounds_subjects_never_change_the_kind(pieces: list[str]) -> None:
    text = "，".join(pieces)
    assert classify(text, policy=RULES_ONLY).kind is classify(text, policy=WITHOUT_ROUND).kind


# ---- a payment that fails, an account locked (sc.payment-failed) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "转账一直提示失败，钱也没退回来",
        "刷卡后钱没到账，商家不让走",
        "取款机不吐钞，卡还被吞了",
    ],
)
def test_r_cmp_02_a_payment_that_fails_is_the_sales_contract(text: str) -> None:
    assert "sc.payment-failed" in fired(text)
    kind_either_way(text, Kind.COMPLAINT)
    assert classify(text, policy=RULES_ONLY).category is Category.SALES_CONTRACT


@pytest.mark.parametrize(
    "text",
    [
        "我对外汇交易不了解，想咨询一下",
        "付款成功了，谢谢",
        "支持哪些支付方式？",
    ],
)
def test_r_cmp_02_a_payment_named_without_a_failure_is_none(text: str) -> None:
    assert "sc.payment-failed" not in fired(text)


# ---- the forty-second round: a thing that will not work (pq.fails-to-work) -----------------

#: The forty-second round's new subject rule (a topic only: no kind of its own).
FAILS = "pq.fails-to-work"

#: The rules alone, without the forty-second round's new subject rule.
WITHOUT_FAILS = attrs.evolve(RULES_ONLY, rules=tuple(r for r in RULES_ONLY.rules if r.id != FAILS))


@pytest.mark.parametrize(
    "text",
    [
        "新买的耳机怎么都连接不上手机",
        "这个软件更新以后就打不开了",
        "扫地机器人的定时功能设置不了，太烦了",
        "人脸认证一直失败，试了二十次",
        "电视开机总是黑屏",
        "打印机无法打印，换了墨盒也不行",
    ],
)
def test_r_cmp_02_a_step_that_fails_is_the_product(text: str) -> None:
    assert FAILS in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.PRODUCT_QUALITY)


def test_r_cmp_02_how_to_connect_asked_is_no_failure() -> None:
    text = "请问怎么连接蓝牙耳机？"
    assert FAILS not in fired(text)
    kind_either_way(text, Kind.CONSULTATION)


def test_r_cmp_02_a_return_demanded_keeps_its_category_beside_a_failure() -> None:
    text = "我想退货，手机开不了机"
    assert FAILS not in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.RETURN_EXCHANGE)


@pytest.mark.parametrize("text", ["支付不了，一直提示失败", "转账一直提示失败"])
def test_r_cmp_02_a_payment_that_fails_is_not_read_as_the_products_step(text: str) -> None:
    assert FAILS not in fired(text)
    assert "sc.payment-failed" in fired(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("打开包装一看，东西都很好", Kind.PRAISE),
        ("昨天已经可以正常登录了，谢谢", Kind.NO_ACTION),
    ],
)
def test_r_cmp_02_a_step_that_works_is_no_failure(text: str, kind: Kind) -> None:
    assert FAILS not in fired(text)
    category_either_way(text, kind, Category.OTHER)


_STEPS = ("连接不上", "打不开", "认证一直失败", "无法安装", "设置不了", "一直闪退")
_AROUND = ("这个耳机", "太好用了", "请问怎么办？", "我要退货", "谢谢", "服务员态度很差", "很满意")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_STEPS + _AROUND), min_size=1, max_size=4))
def test_r_cmp_01_a_step_that_fails_never_changes_the_kind(pieces: list[str]) -> None:
    text = "，".join(pieces)
    assert classify(text, policy=RULES_ONLY).kind is classify(text, policy=WITHOUT_FAILS).kind


# ---- the forty-second round: a price judged, a fee named, a sum asked (sc.price) ------------


@pytest.mark.parametrize(
    "text",
    [
        "这家店的菜太贵了",
        "一个小小的手机壳卖八十，真贵",
        "完全不值这个价",
        "性价比太低了，不会再买",
        "物业每个月收我们两百块停车费，太不合理了",
        "这个月电费怎么这么高",
        "安装师傅上门又要收一百元",
    ],
)
def test_r_cmp_03_a_price_judged_or_a_fee_named_is_the_sales_contract(text: str) -> None:
    assert "sc.price" in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)


def test_r_cmp_01_a_price_called_not_dear_is_praise() -> None:
    category_either_way("价格一点也不贵，东西也好", Kind.PRAISE, Category.OTHER)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("贵公司的客服态度太差", Category.SERVICE_QUALITY),
        ("排队两个小时，真是浪费时间", Category.SERVICE_QUALITY),
        ("这个软件太费电了", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_03_respect_waste_and_effort_are_no_price(text: str, category: Category) -> None:
    assert "sc.price" not in fired(text)
    category_either_way(text, Kind.COMPLAINT, category)


def test_r_cmp_02_a_parking_fee_waived_asked_about_is_no_price() -> None:
    text = "会员可以免停车费吗？"
    assert "sc.price" not in fired(text)
    category_either_way(text, Kind.CONSULTATION, Category.OTHER)


# ---- the forty-second round: a work's own parts (pq.game) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这本书的情节太拖沓了，看不下去",
        "演员演技尴尬，整部电影看得我脚趾抠地",
        "画质模糊，字幕还对不上",
    ],
)
def test_r_cmp_02_a_works_own_parts_are_the_product(text: str) -> None:
    assert "pq.game" in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.PRODUCT_QUALITY)


def test_r_cmp_01_a_works_parts_praised_stay_praise() -> None:
    category_either_way("这本书的情节很精彩，推荐", Kind.PRAISE, Category.OTHER)


def test_r_cmp_02_a_question_about_a_book_is_about_the_product() -> None:
    r = classify("请问这本书有电子版吗？", policy=RULES_ONLY)
    assert (r.kind, r.category) == (Kind.CONSULTATION, Category.PRODUCT_QUALITY)


# ---- the forty-second round: the wrong item sent, an extra not given (sc.missing) ------------


@pytest.mark.parametrize(
    "text",
    [
        "我点的是牛肉面，送成了鸡蛋面",
        "连双筷子都不配，让我用手吃吗",
        "收到的根本不是我买的那款",
    ],
)
def test_r_cmp_03_the_wrong_item_or_an_extra_not_given_is_the_sales_contract(text: str) -> None:
    assert "sc.missing" in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)


def test_r_cmp_01_a_delivery_done_is_nothing_to_handle() -> None:
    text = "快递已经送成功了，谢谢"
    assert "sc.missing" not in fired(text)
    category_either_way(text, Kind.NO_ACTION, Category.OTHER)


def test_r_cmp_02_not_even_a_bad_review_given_is_no_missing_item() -> None:
    text = "连个差评都不想给"
    assert "sc.missing" not in fired(text)
    kind_either_way(text, Kind.COMPLAINT)


# ---- the forty-second round: an aircraft's type is no working-hours code (sc.overwork) --------


def test_r_cmp_01_an_aircrafts_type_is_no_working_hours_code() -> None:
    text = "坐的是波音777，座位很宽敞"
    assert "sc.overwork" not in fired(text)
    category_either_way(text, Kind.PRAISE, Category.OTHER)


def test_r_cmp_03_the_working_hours_code_is_still_read() -> None:
    text = "公司实行996，还没有加班费"
    assert "sc.overwork" in fired(text)
    category_either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)
