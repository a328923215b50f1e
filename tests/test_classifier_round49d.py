"""The forty-ninth round's rules held to what they mean: a boycott of a firm, a scam asked
about, a routine cancellation, a member of staff who served the writer.

R-CMP-01, R-CMP-02: ``pc.boycott`` and ``kind.boycott`` read a boycott of a firm or its goods
(远离蒙牛！, 坚决抵制这家企业, 珍惜生命，远离这个牌子的奶粉), never a product's own label
(请将本产品远离儿童放置, 使用时请远离火源), a health or civic slogan (为了健康，请远离烟草,
我们小区抵制不良信息, 学校组织我们抵制校园欺凌) nor a question how to resist an evil
(怎么抵制电信诈骗). ``pc.wrongdoing`` reads a scam message or call reported, not one asked about
after it is told (收到诈骗短信，请问是你们发的吗: a consultation). ``kind.errand`` reads a
cancellation asked of the desk with its object named (麻烦帮我取消订单，谢谢: nothing to
handle). ``kind.staff-failed-me`` reads staff who failed the writer as a customer, not the
writer's own workplace (员工都很不情愿加班，我们公司管理有问题).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, SENTENCES, kind_either_way
from custops.complaints import Category, Kind, classify

_BOYCOTT = {"pc.boycott", "kind.boycott"}

# ---- pc.boycott / kind.boycott: a firm or its goods, nothing else (R-CMP-01, R-CMP-02) -------


@pytest.mark.parametrize(
    "text",
    [
        # a product's own label or manual
        "请将本产品远离儿童放置",
        "使用时请远离火源",
        "请远离水源存放",
        "产品说明书上写着远离高温",
        "本品应远离热源，置于阴凉处",
        "请放置于远离火源处",
        "孕妇请远离辐射",
        # a health or civic slogan, an abstract evil resisted
        "为了健康，请远离烟草",
        "远离毒品，珍惜生命",
        "珍惜生命，远离毒品",
        "大家要远离网络赌博",
        "我们小区抵制不良信息",
        "学校组织我们抵制校园欺凌",
        "大家一起抵制网络暴力",
        "为了孩子，远离手机",
        # asked how
        "怎么抵制电信诈骗",
    ],
)
def test_r_cmp_01_labels_and_slogans_are_no_boycott(text: str) -> None:
    """Neither boycott rule fires on a label, a slogan or an evil resisted (R-CMP-01)."""
    assert not _BOYCOTT & set(classify(text, policy=RULES_ONLY).fired), text
    assert classify(text).category is not Category.PROPOSAL_CRITICISM, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("为了健康，请远离烟草", Kind.NO_ACTION),
        ("我们小区抵制不良信息", Kind.NO_ACTION),
        ("学校组织我们抵制校园欺凌", Kind.NO_ACTION),
        ("怎么抵制电信诈骗", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_slogans_keep_mains_reading(text: str, kind: Kind) -> None:
    """A slogan is nothing to handle and a question how to resist an evil a consultation, as
    before the boycott rules (R-CMP-01)."""
    assert classify(text).kind is kind, text


@pytest.mark.parametrize(
    "text",
    [
        "远离蒙牛！蒙牛都没好牛",
        "珍惜生命,远离联通.",
        "抵制蒙牛才是正事！",
        "大家千万远离这家店，服务太差",
        "坚决抵制不良商家",
        "珍爱生命远离此商家",
        "奉劝各位远离三鹿。",
    ],
)
def test_r_cmp_02_a_firm_boycotted_is_general_criticism(text: str) -> None:
    """A boycott of a named firm, a firm's word or its goods fires ``pc.boycott`` (R-CMP-02)."""
    assert "pc.boycott" in classify(text, policy=RULES_ONLY).fired, text
    kind_either_way(text, Kind.COMPLAINT)


def test_r_cmp_01_how_to_boycott_a_firm_is_asked() -> None:
    """怎么抵制这家公司？ asks: the boycott is the question's subject (R-CMP-01)."""
    assert classify("怎么抵制这家公司？", policy=RULES_ONLY).kind is Kind.CONSULTATION


#: things kept away from or resisted that are no firm (labels, slogans, evils)
_NOT_FIRMS = st.sampled_from(
    [
        *("儿童", "火源", "高温", "水源", "辐射", "毒品", "烟草", "赌博", "网络赌博", "不良信息"),
        *("校园欺凌", "电信诈骗", "低俗内容", "黄赌毒", "垃圾食品", "市区", "喧嚣", "热源"),
        *("二手烟", "传销", "谣言", "网络暴力"),
    ]
)
_NOT_FIRM_FRAMES = st.sampled_from(
    [
        "请远离{}",
        "使用时请远离{}",
        "为了健康，请远离{}",
        "珍惜生命，远离{}",
        "远离{}，珍惜生命",
        "大家要远离{}",
        "我们小区抵制{}",
        "学校组织我们抵制{}",
        "大家一起抵制{}",
        "坚决抵制{}",
        "怎么抵制{}",
        "请将本产品远离{}放置",
        "远离{}！",
    ]
)
#: firms, brands and a firm's goods
_FIRMS = st.sampled_from(
    ["蒙牛", "伊利", "联通", "某某乳业", "三鹿", "这家店", "他们家", "这个牌子的奶粉", "这家公司"]
)
_FIRM_FRAMES = st.sampled_from(
    [
        "珍惜生命，远离{}",
        "远离{}！",
        "坚决抵制{}",
        "抵制{}！",
        "大家千万远离{}",
        "奉劝各位远离{}。",
        "珍爱生命，远离{}",
    ]
)


@settings(max_examples=80, deadline=None)
@given(thing=_NOT_FIRMS, frame=_NOT_FIRM_FRAMES, before=SENTENCES)
def test_r_cmp_01_what_is_no_firm_is_never_boycotted(thing: str, frame: str, before: str) -> None:
    """Whatever comes first, a hazard, a vice or a place kept away from or resisted, in any
    frame, fires neither boycott rule (R-CMP-01)."""
    text = f"{before}。{frame.format(thing)}"
    assert not _BOYCOTT & set(classify(text, policy=RULES_ONLY).fired), text


@settings(max_examples=60, deadline=None)
@given(firm=_FIRMS, frame=_FIRM_FRAMES, before=SENTENCES)
def test_r_cmp_02_a_firm_boycotted_is_read_after_any_sentence(
    firm: str, frame: str, before: str
) -> None:
    """Whatever comes first, a boycott of a firm or its goods fires ``pc.boycott`` (R-CMP-02)."""
    text = f"{before}。{frame.format(firm)}"
    assert "pc.boycott" in classify(text, policy=RULES_ONLY).fired, text


# ---- pc.wrongdoing: a scam asked about is a question (R-CMP-01) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "收到诈骗短信，请问是你们发的吗",
        "收到诈骗短信，请问是你们发的吗？",
        "接到骗子电话，是不是你们的号码",
        "今天收到一条诈骗信息，是真的吗？",
        "收到诈骗短信怎么办？",
        "接到诈骗电话，怎么辨别真假？",
    ],
)
def test_r_cmp_01_a_scam_asked_about_is_a_consultation(text: str) -> None:
    """A scam message or call told, then asked about, is a consultation (R-CMP-01)."""
    assert "pc.wrongdoing" in classify(text, policy=RULES_ONLY).fired, text
    kind_either_way(text, Kind.CONSULTATION)


@pytest.mark.parametrize(
    "text",
    [
        "收到诈骗短信，你们泄露了我的个人信息，必须给个说法！",
        "有人冒充派出所打电话诈骗老人",
        "你们就是骗子公司",
    ],
)
def test_r_cmp_01_a_scam_reported_or_an_accusation_stays_a_complaint(text: str) -> None:
    """A complaint vote beside the scam, a scam reported, or the firm called a swindler stays
    a complaint (R-CMP-01)."""
    kind_either_way(text, Kind.COMPLAINT)


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["收到", "接到", "今天收到一条", "刚刚接到一个"]),
    scam=st.sampled_from(["诈骗短信", "诈骗电话", "骗子电话", "诈骗号码", "诈骗信息", "诈骗链接"]),
    asked=st.sampled_from(
        ["，请问是你们发的吗", "，是不是你们的号码", "，是真的吗？", "怎么办？", "，请问怎么处理"]
    ),
)
def test_r_cmp_01_a_scam_told_then_asked_is_never_a_complaint(
    verb: str, scam: str, asked: str
) -> None:
    """A scam message or call told and then asked about, and nothing else, is a consultation
    under the rules alone (R-CMP-01)."""
    text = f"{verb}{scam}{asked}"
    assert classify(text, policy=RULES_ONLY).kind is Kind.CONSULTATION, text


# ---- kind.errand: a cancellation with its object named (R-CMP-01) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "麻烦帮我取消订单，谢谢",
        "请帮我取消一下这个订单",
        "帮我退订会员",
        "麻烦退掉这单",
        "麻烦帮我取消订单123456，谢谢",
        "申请取消自动续费",
    ],
)
def test_r_cmp_01_a_cancellation_with_its_object_is_an_errand(text: str) -> None:
    """A cancellation asked with what is cancelled named is nothing to handle (R-CMP-01)."""
    assert "kind.errand" in classify(text, policy=RULES_ONLY).fired, text
    kind_either_way(text, Kind.NO_ACTION)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("东西坏了，麻烦帮我取消订单", Kind.COMPLAINT),
        ("麻烦帮我取消订单，都等了一周还没发货", Kind.COMPLAINT),
        ("可以帮我取消订单吗？", Kind.CONSULTATION),
        # an A-not-A question with no mark after it asks
        ("我的预约能不能帮我取消", Kind.CONSULTATION),
        ("可不可以帮我退款", Kind.CONSULTATION),
        # a refund told as done, not asked
        ("商家拒绝退款，后来平台介入帮我退了，很满意", Kind.PRAISE),
    ],
)
def test_r_cmp_01_a_cancellation_beside_a_fault_or_asked_is_no_errand(
    text: str, kind: Kind
) -> None:
    """Beside a fault or a delay, or asked, the cancellation is no plain errand (R-CMP-01)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is kind, text
    assert result.kind_rule != "kind.errand", text


@settings(max_examples=60, deadline=None)
@given(
    opener=st.sampled_from(
        ["麻烦帮我取消", "请帮我取消", "帮我取消", "麻烦你帮我取消一下", "申请取消"]
    ),
    thing=st.sampled_from(["订单", "这个订单", "我的订单", "这单", "会员", "自动续费", "预约"]),
    end=st.sampled_from(["，谢谢", "吧", "", "。谢谢"]),
    fault=st.sampled_from(["", "东西坏了，", "还没到账，", "质量太差，"]),
)
def test_r_cmp_01_a_cancellation_is_an_errand_only_without_a_fault(
    opener: str, thing: str, end: str, fault: str
) -> None:
    """A cancellation with its object is nothing to handle; with a fault, a failure or a delay
    told before it, never (R-CMP-01)."""
    text = f"{fault}{opener}{thing}{end}"
    kind = classify(text, policy=RULES_ONLY).kind
    assert (kind is Kind.NO_ACTION) is (not fault), text


# ---- kind.staff-failed-me: not the writer's own workplace (R-CMP-01) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "员工都很不情愿加班，我们公司管理有问题",
        "我们公司的员工态度很差，老板也不管",
        "员工工资太低，所以员工态度很差",
        "我手下的员工都不太愿意帮忙",
    ],
)
def test_r_cmp_01_the_writers_own_workplace_is_no_staff_failure(text: str) -> None:
    """Staff of the writer's own firm are not staff who served the writer (R-CMP-01)."""
    assert "kind.staff-failed-me" not in classify(text, policy=RULES_ONLY).fired, text


@pytest.mark.parametrize(
    "text",
    [
        "这家公司的员工态度很差",
        "和同事去吃饭，服务员态度很差",
        "我们公司在酒店开年会，前台态度很差",
        "员工都不太愿意帮忙，问什么都说不知道",
    ],
)
def test_r_cmp_01_staff_who_served_the_writer_still_failed_them(text: str) -> None:
    """A firm's staff who failed the writer fire the rule, a colleague or the writer's firm
    named beside them or not (R-CMP-01)."""
    assert "kind.staff-failed-me" in classify(text, policy=RULES_ONLY).fired, text
