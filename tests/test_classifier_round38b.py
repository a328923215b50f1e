"""Sarcasm, faint praise, a thing gone worse and complaints asked as questions (issue 13).

The thirty-eighth round, the complaint side: sarcasm that reads as thanks or praise word by
word (``kind.irony``: 我也是呵呵了, 能再慢点吗, 感谢你们让我白跑一趟, 所谓的专业, 号称“极速”,
这就是你们的售后, 又闪退了666, a praise exclaimed beside a harm), a lukewarm verdict before a
fault (``kind.faint-praise``: 还行吧，就是X) and a thing that was good before and is not now
(``kind.gone-worse``) are complaints; so are bad news told at the desk (被告知), a thing withheld
(不给换), no answer obtained (未能得到处理), 根本…不是, and a complaint asked as a question (为什么
每次…, 怎么会欠费, 卡被盗刷了怎么办, 你们还好意思…).  An error shown, a fee taken, a car's
warning and a coolant leak are named faults; a delivery's time called long is a late order, calls
not answered and being passed around are service quality.  Each is read by its words
(R-CMP-01) and classed by what it is about (R-CMP-02); real praise in the same words stays
praise.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import complaint_either_way, fired
from custops.complaints import Category, Kind, classify

# ---- sarcasm (kind.irony) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # food delivery, telecom, hotel, online shopping, home appliances, banking, apps, airline
        "等了一个半小时，我也是呵呵了",
        "客服说会回电，结果没有，只能呵呵",
        "感谢贵酒店让我白跑一趟",
        "谢谢你们害我多付了两百块",
        "所谓的专业安装师傅把墙打穿了",
        "号称“极速”退款，半个月了还没到账",
        "这就是你们的售后？",
        "又闪退了，666",
        "服务真是太周到了，把我的行李弄丢了",
        "thanks for nothing, my order never arrived",
    ],
)
def test_r_cmp_01_sarcasm_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.irony" in fired(text)


def test_r_cmp_01_a_fault_asked_for_more_of_is_sarcasm() -> None:
    result = classify("这网速还能再慢一点吗")
    assert result.kind is Kind.COMPLAINT
    assert "kind.irony" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        # a laugh in passing, thanks for a help, 666 as applause, quotes round a dish's name,
        # a praise after a harm put right
        "服务很周到，呵呵，下次还来",
        "感谢师傅让我少跑了一趟，非常专业",
        "速度非常快，666",
        "这家店的“招牌”红烧肉真好吃",
        "师傅真是太专业了，半小时就修好了",
    ],
)
def test_r_cmp_01_real_praise_in_the_same_words_stays_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE
    assert "kind.irony" not in fired(text)


def test_r_cmp_01_a_name_in_quotes_is_no_sneer() -> None:
    assert "kind.irony" not in fired("“极速达”名副其实，半小时就到了")


def test_r_cmp_01_good_news_told_is_no_complaint() -> None:
    result = classify("入住时被告知免费升级了房间，太开心了")
    assert result.kind is Kind.PRAISE
    assert "kind.complaint" not in result.fired


def test_r_cmp_01_praise_after_a_harm_nearly_done_is_no_sarcasm() -> None:
    assert "kind.irony" not in fired("差点弄丢了，工作人员真是太负责了")


_SCARE_QUOTED = ("优质", "专业", "贴心", "五星", "金牌", "极速", "良心")


@given(
    st.sampled_from(_SCARE_QUOTED),
    st.sampled_from(("服务", "安装", "客服", "售后", "配送", "")),
    st.sampled_from(("“", "「", "")),
)
def test_r_cmp_01_a_praise_word_under_so_called_praises_nothing(
    word: str, thing: str, quote: str
) -> None:
    close = {"“": "”", "「": "」", "": ""}[quote]
    text = f"所谓的{quote}{word}{close}{thing}，就是这样"
    result = classify(text)
    assert "kind.irony" in result.fired
    assert result.kind is not Kind.PRAISE


# ---- faint praise, a thing gone worse -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("还行吧，就是床有点硬", Category.PRODUCT_QUALITY),
        ("还可以，不过送得太慢了", Category.SALES_CONTRACT),
        ("一般般吧，但是价格太贵", Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_01_a_lukewarm_verdict_then_a_fault_is_a_complaint(
    text: str, category: Category
) -> None:
    complaint_either_way(text)
    assert "kind.faint-praise" in fired(text)
    assert classify(text).category is category


@pytest.mark.parametrize("text", ["还不错，就是床有点硬", "房间还行，位置很好，很满意"])
def test_r_cmp_01_a_warm_verdict_with_a_minor_fault_stays_praise(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE
    assert "kind.faint-praise" not in fired(text)


_LUKEWARM = ("还行", "还可以", "一般般", "凑合")
_WARM = ("还不错", "挺好的", "很满意", "非常好")
_FAULTS = ("床有点硬", "送得太慢了", "味道有点咸", "价格太贵")


@given(
    st.sampled_from(_LUKEWARM + _WARM),
    st.sampled_from(("吧", "")),
    st.sampled_from(("就是", "但是", "不过")),
    st.sampled_from(_FAULTS),
)
def test_r_cmp_01_only_a_lukewarm_verdict_makes_the_fault_the_point(
    verdict: str, particle: str, contrast: str, fault: str
) -> None:
    text = f"{verdict}{particle}，{contrast}{fault}"
    assert ("kind.faint-praise" in fired(text)) is (verdict in _LUKEWARM)


@pytest.mark.parametrize(
    "text",
    ["以前很好吃，现在分量越来越少", "原来挺好用的，最近老是死机", "以前很好，现在服务差了"],
)
def test_r_cmp_01_a_thing_gone_worse_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.gone-worse" in fired(text)


@pytest.mark.parametrize(
    "text", ["以前就很喜欢，现在还是一样好吃", "之前买过觉得不错，这次又来买了"]
)
def test_r_cmp_01_a_praise_kept_is_no_change_for_the_worse(text: str) -> None:
    assert classify(text).kind is Kind.PRAISE
    assert "kind.gone-worse" not in fired(text)


# ---- told, withheld, unanswered; complaints asked as questions ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "到了酒店却被告知没有房间了",
        "屏幕有划痕，商家不给换",
        "反映了三次，都未能得到处理",
        "根本就不是我点的菜",
        "为什么每次打开都要重新登录",
        "怎么会欠费？我上周刚充的",
        "我的银行卡被盗刷了怎么办",
        "这种质量你们还好意思卖？",
        # nothing heard back, refused again, not done, not in time, nothing made good
        "申请了半个月没动静",
        "激活以后总是被拒",
        "店员不肯给我换",
        "快递到了也没有及时通知我",
        "加班到十点，也没有任何补偿",
        "钱已经扣了，订单却显示失败",
        "说对不起有用吗？",
        "查个账居然要等这么久",
    ],
)
def test_r_cmp_01_told_withheld_or_asked_back_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.complaint" in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "如果没有解决怎么办",
        "是不是只要赔一次就不给赔了？",
        "怎么设置自动还款",
        "自动还款已经扣款了吗？",
    ],
)
def test_r_cmp_01_a_condition_or_a_question_about_it_is_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION
    assert "kind.complaint" not in fired(text)


def test_r_cmp_01_a_fault_denied_outright_is_praise() -> None:
    assert classify("根本没有问题，很好用").kind is Kind.PRAISE


def test_r_cmp_01_a_praise_word_inside_a_complaint_praises_nothing() -> None:
    result = classify("市民来电反映：小区燃气灶打不着火，反映给物业未能得到很好的处理")
    assert result.kind is Kind.COMPLAINT
    assert "pr.general" not in result.fired


# ---- named faults and their categories (R-CMP-02) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("支付失败，一直显示红叉", Category.SALES_CONTRACT),  # a rule decides, not the model
        ("消费被收取手续费", Category.SALES_CONTRACT),
        ("送餐时间太长了", Category.SALES_CONTRACT),
        ("打了五个电话都不接", Category.SERVICE_QUALITY),
        ("联系不上人工客服", Category.SERVICE_QUALITY),
        ("几个部门推来推去", Category.SERVICE_QUALITY),
        ("上高速跑了几十公里仪表就报警", Category.PRODUCT_QUALITY),
        ("水泵漏防冻液", Category.PRODUCT_QUALITY),
        ("奶茶太甜了", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_02_a_named_fault_is_classed_by_what_it_is_about(
    text: str, category: Category
) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert result.category is category


def test_r_cmp_01_no_fault_shown_is_no_complaint() -> None:
    result = classify("体检报告显示无异常，医生很耐心")
    assert result.kind is Kind.PRAISE
    assert not {"kind.cannot", "sc.finance-problem"} & set(result.fired)
