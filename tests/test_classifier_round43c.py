"""Subjects told by how customers write them: a product chosen, the staff's pace of work, an
account opened (issue 13).

The forty-third round, the category side (R-CMP-01, R-CMP-02, R-CMP-03): a question of which
product suits the writer or how good one is (适合买哪种, 什么样的适合, 这款怎么样?) is about the
product (``pq.choice-asked``); the staff's pace of work judged as efficiency (办事效率太低,
这效率) is how people serve the customer (``sq.work-pace``); an account opened, refused or never
opened (开户被拒, 开不了户) is the service agreement's making (``sc.account-opening``); a
fault back or still there (又坏, 还是不, 反而, 第二天又) names a repair only after a repair told
before it (``rq.problem``), and alone is a complaint of no category (``kind.again-or-still``).
The look-alikes stay what they were: how a thing is done, a case's progress, the weather asked
about, a machine's efficiency, the bank an account is held at, an account opening stuck at the
app's identity check, a thing broken again with no repair, praise that says 反而.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- a product chosen or judged, asked (pq.choice-asked) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "请问孕妇适合用哪种洗发水？",
        "新手适用哪一款相机？",
        "想给孩子报个编程课，什么样的课程适合初学者？",
        "这款电热水器怎么样？",
        "这套护肤品怎么样啊",
        "给父母买意外险怎么样合算？",
        "那个型号的扫地机器人怎么样呢？",
        "美亚万国游踪保险怎么样？出国适合买吗？",
    ],
)
def test_r_cmp_03_a_product_chosen_or_judged_asked_is_about_the_product(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is Category.PRODUCT_QUALITY, (text, policy)
    assert "pq.choice-asked" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # how a thing is done, a case's progress, an opinion, the weather, the way there
        "怎么样才能修改绑定的手机号？",
        "投诉处理得怎么样了？",
        "你觉得怎么样？",
        "明天天气怎么样？",
        "那边交通怎么样？",
    ],
)
def test_r_cmp_03_how_progress_and_opinions_asked_name_no_product(text: str) -> None:
    assert "pq.choice-asked" not in _fired(text)
    assert classify(text, policy=RULES_ONLY).category is not Category.PRODUCT_QUALITY


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("价格怎么样？", Category.SALES_CONTRACT),
        ("快递怎么样？", Category.SALES_CONTRACT),
        ("物流怎么样？", Category.SALES_CONTRACT),
        ("你们的售后怎么样？", None),
        ("你们最近怎么样？", None),
        ("退款进展怎么样？", None),
        ("你们家的配送费怎么样？", None),
    ],
)
def test_r_cmp_03_a_bare_how_is_it_asks_of_no_product(text: str, category: Category | None) -> None:
    """A bare 怎么样? names no product: the price or the delivery asked keeps its own topic."""
    assert "pq.choice-asked" not in _fired(text)
    result = classify(text)
    assert result.category is not Category.PRODUCT_QUALITY
    if category is not None:
        assert result.category is category


def test_r_cmp_01_a_product_praised_as_suitable_stays_praise() -> None:
    text = "这款洗发水很适合油性头发，洗完很清爽"
    kind_either_way(text, Kind.PRAISE)
    assert "pq.choice-asked" not in _fired(text)


def test_r_cmp_03_which_is_good_asked_keeps_its_own_rule() -> None:
    # (a "which one is good" question at a clause's end is kind.which-is-good's; other is
    # an acceptable category for it, as the labelling guide says of consultations)
    result = classify("上班族买哪种重疾险比较划算？")
    assert result.kind is Kind.CONSULTATION
    assert "kind.which-is-good" in result.fired
    assert result.category in (Category.OTHER, Category.PRODUCT_QUALITY)


# ---- the staff's pace of work judged as efficiency (sq.work-pace) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "营业厅的办事效率太低了，排了两个小时才办完",
        "等了半个月还没审完，这效率真让人无语",
        "你们的工作效率也太低了吧，等了一周都没人回",
    ],
)
def test_r_cmp_03_the_staffs_pace_judged_is_service_quality(text: str) -> None:
    complaint_either_way(text)
    assert classify(text).category is Category.SERVICE_QUALITY
    assert "sq.work-pace" in _fired(text)


@pytest.mark.parametrize(
    ("text", "kind", "category"),
    [
        ("这台空调的制冷效率很高，很省电", Kind.PRAISE, Category.OTHER),
        ("电池效率太低，充一晚上才满", Kind.COMPLAINT, Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_03_a_machines_efficiency_is_no_staffs_pace(
    text: str, kind: Kind, category: Category
) -> None:
    kind_either_way(text, kind)
    assert classify(text).category is category
    assert "sq.work-pace" not in _fired(text)


def test_r_cmp_01_the_staffs_pace_praised_stays_praise() -> None:
    text = "柜台办事效率很高，五分钟就办好了"
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).category is Category.OTHER


# ---- an account opened or refused (sc.account-opening) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "去银行开户被拒了，也不说原因",
        "申请了一个月还是开不了户，到底要等多久",
    ],
)
def test_r_cmp_03_an_account_refused_is_the_sales_contract(text: str) -> None:
    complaint_either_way(text)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is Category.SALES_CONTRACT, (text, policy)
    assert "sc.account-opening" in _fired(text)


def test_r_cmp_03_an_account_opening_asked_about_is_the_sales_contract() -> None:
    text = "请问网上开户需要多久？"
    kind_either_way(text, Kind.CONSULTATION)
    assert classify(text).category is Category.SALES_CONTRACT
    assert "sc.account-opening" in _fired(text)


def test_r_cmp_03_the_bank_an_account_is_held_at_opens_none() -> None:
    text = "请问开户行怎么查？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "sc.account-opening" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "打开户外模式后怎么设置？",
        "开户外灯。",
        "小区开展户外活动，很热闹。",
        "请问户口本丢了怎么补",
    ],
)
def test_r_cmp_03_open_and_household_of_other_words_open_no_account(text: str) -> None:
    """打开户外, 开展户外: 开 and 户 of two words, no account opened."""
    assert "sc.account-opening" not in _fired(text)
    assert classify(text).category is not Category.SALES_CONTRACT


def test_r_cmp_03_an_account_opening_stuck_at_the_apps_check_is_the_product() -> None:
    text = "开户验证一直失败，app根本用不了"
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.PRODUCT_QUALITY
    assert "sc.account-opening" not in result.fired


def test_r_cmp_01_an_account_opened_smoothly_stays_praise() -> None:
    text = "开户很顺利，工作人员很耐心"
    kind_either_way(text, Kind.PRAISE)
    assert classify(text).category is Category.OTHER


# ---- a fault back or still there: a repair's only after one (rq.problem) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "师傅修了两次，空调还是不制冷",
        "保养回来没两天，发动机又响了",
        "车门钣金喷漆后一个月就起泡了",
    ],
)
def test_r_cmp_03_a_fault_back_after_a_repair_is_repair_quality(text: str) -> None:
    complaint_either_way(text)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is Category.REPAIR_QUALITY, (text, policy)
    assert "rq.problem" in _fired(text)


def test_r_cmp_03_a_thing_broken_again_without_a_repair_is_the_product() -> None:
    text = "洗衣机用了一个月又坏了"
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.PRODUCT_QUALITY
    assert "rq.problem" not in result.fired
    assert "kind.again-or-still" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "买回来的净水器，滤芯第二天又显示用尽",
        "这门课有些地方听完还是不太明白",
        "我打算取消订单，结果又开始发货了",
    ],
)
def test_r_cmp_01_again_or_still_alone_is_a_complaint_of_no_repair(text: str) -> None:
    complaint_either_way(text)
    for policy in (None, RULES_ONLY):
        result = classify(text, policy=policy)
        assert result.category is not Category.REPAIR_QUALITY, (text, policy)
        assert "rq.problem" not in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "出租车师傅绕路，反而多花了二十块",
        "做完手术第二天又发烧了，医生也不来看",
        "足疗技师按得太重，第二天又酸又痛",
        "做完美甲第二天又掉了一块",
    ],
)
def test_r_cmp_01_a_driver_or_a_surgery_before_a_fault_is_no_repair(text: str) -> None:
    """A driver, a masseur or a surgery is no repair: the fault after it names none."""
    assert "rq.problem" not in _fired(text)
    assert classify(text).category is not Category.REPAIR_QUALITY


@pytest.mark.parametrize(
    "text", ["维修师傅修完没两天，洗衣机又坏了", "金店师傅做完改圈，戒指内侧全是刮花的痕迹。"]
)
def test_r_cmp_03_a_repair_done_before_a_fault_is_still_repair_quality(text: str) -> None:
    """A repair or a jeweller's work (改圈) before the fault still names the repair."""
    assert "rq.problem" in _fired(text)
    assert classify(text).category is Category.REPAIR_QUALITY


def test_r_cmp_01_rather_in_praise_stays_praise() -> None:
    text = "店里的服务员反而比经理热情，很满意"
    kind_either_way(text, Kind.PRAISE)
    assert "rq.problem" not in _fired(text)


# ---- invariants -------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["天气", "交通", "位置", "服务", "进度", "情况"]))
def test_r_cmp_03_a_non_product_subject_asked_how_it_is_names_no_product(subject: str) -> None:
    assert "pq.choice-asked" not in _fired(f"{subject}怎么样？")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["又坏了", "还是不行", "第二天又漏", "反而更响了"]))
def test_r_cmp_03_again_or_still_without_a_repair_names_no_repair(fault: str) -> None:
    result = classify(f"新买的热水器，{fault}", policy=RULES_ONLY)
    assert "rq.problem" not in result.fired
    assert result.category is not Category.REPAIR_QUALITY


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["开户行", "开户银行", "开户名"]))
def test_r_cmp_03_an_accounts_bank_or_name_is_no_account_opened(word: str) -> None:
    assert "sc.account-opening" not in _fired(f"请问{word}写哪个？")
