"""Subjects told by how customers write them: the forty-sixth round, category side (issue 13).

The forty-sixth round (R-CMP-01, R-CMP-02): a desk or a shop left short of staff — windows
open but few, staff too few, one person alone at the counter — is how the customer is served
(``sq.understaffed``); water or power cut by a manager or a landlord as its own act is the
manager's conduct, not a supply that failed (``sq.cut-imposed``, over ``pq.supply``); an account
banned by a game or an app is its moderation, the service (``sq.banned``); a payment app named
only as a model or as one app among others leaves the text about the app in hand, the product
(``pq.other-app-named``, over ``sc.finance`` and ``sc.price``). By the labelling guide waiting
and the front desk are service_quality, a manager's own acts without the owners' consent are
service_quality first, accounts banned are service_quality first, and an app's features are
product_quality.
The look-alikes stay what they were: staff said to be enough or praised, a public service's
want of doctors proposed, a shortage denied, a supply that failed on its own or a cut announced,
a ban denied or one to be avoided, a payment made or failed with the app.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import RULES_ONLY, SENTENCES, fires_after_a_sentence, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

NEW_RULES = ("sq.understaffed", "sq.cut-imposed", "sq.banned", "pq.other-app-named")


def _either_way(text: str, kind: Kind, category: Category) -> None:
    """``text`` is of ``kind`` and ``category`` with the learned layer and without it."""
    kind_either_way(text, kind)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is category, (text, policy)


# ---- the new rules read the subject (R-CMP-01, R-CMP-02) -------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "category", "rule"),
    [
        (
            "银行大厅六个窗口只开了一个，排了一个多小时",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        (
            "超市收银台只开了两个，队伍排到门口",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        (
            "周末客人那么多，服务员太少了，叫半天没人理",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        (
            "医院挂号处工作人员不够，大家都挤在门口",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        (
            "店里人手不足，点个菜都找不到人",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        (
            "前台只有一名工作人员，办入住等了四十分钟",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        (
            "请问人手不足的时候可以提前预约吗？",
            Kind.CONSULTATION,
            Category.SERVICE_QUALITY,
            "sq.understaffed",
        ),
        ("周末人手不够吗？", Kind.CONSULTATION, Category.SERVICE_QUALITY, "sq.understaffed"),
        (
            "物业擅自停了我们的水电，连个通知都没有",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.cut-imposed",
        ),
        ("房东直接断电，逼我们搬走", Kind.COMPLAINT, Category.SERVICE_QUALITY, "sq.cut-imposed"),
        (
            "开发商强行停水，业主生活受到严重影响",
            Kind.COMPLAINT,
            Category.SERVICE_QUALITY,
            "sq.cut-imposed",
        ),
        ("物业断水不让我们装修", Kind.COMPLAINT, Category.SERVICE_QUALITY, "sq.cut-imposed"),
        ("玩了三年突然被封号，申诉也没人理", Kind.COMPLAINT, Category.SERVICE_QUALITY, "sq.banned"),
        ("官方无缘无故封禁我的账号七天", Kind.COMPLAINT, Category.SERVICE_QUALITY, "sq.banned"),
        ("客服把我的号给封了，理由都不说", Kind.COMPLAINT, Category.SERVICE_QUALITY, "sq.banned"),
        (
            "手机坏了，微信、支付宝等软件都打不开",
            Kind.COMPLAINT,
            Category.PRODUCT_QUALITY,
            "pq.other-app-named",
        ),
        (
            "这个app能像支付宝那样扫码付款吗",
            Kind.CONSULTATION,
            Category.PRODUCT_QUALITY,
            "pq.other-app-named",
        ),
    ],
)
def test_r_cmp_02_the_forty_sixth_rounds_subjects(
    text: str, kind: Kind, category: Category, rule: str
) -> None:
    """The kind and the category are the guide's with the learned layer and without it, and
    the round's rule read the subject."""
    _either_way(text, kind, category)
    assert rule in _fired(text)


def test_r_cmp_02_a_payment_app_as_a_model_in_a_suggestion() -> None:
    """A suggestion to copy another app's design is a suggestion, its category the proposal's;
    the app named is no payment matter (no sales_contract vote of 支付宝 counts)."""
    text = "界面太乱了，建议学习一下支付宝的设计"
    _either_way(text, Kind.SUGGESTION, Category.PROPOSAL_CRITICISM)
    assert "pq.other-app-named" in _fired(text)
    result = classify(text, policy=RULES_ONLY)
    assert all(e.rule_id not in ("sc.finance", "sc.price") for e in result.evidence)


# ---- the look-alikes the new rules leave alone (R-CMP-01, R-CMP-02) --------------------------


@pytest.mark.parametrize(
    ("text", "kind", "category"),
    [
        ("今天窗口全开了，很快就办完了，很满意", Kind.PRAISE, Category.OTHER),
        ("店里人手不少，服务也周到，好评", Kind.PRAISE, Category.OTHER),
        ("医生严重不足，建议多招一些", Kind.SUGGESTION, Category.PROPOSAL_CRITICISM),
        ("小区突然停电了，什么时候来电？", Kind.COMPLAINT, Category.PRODUCT_QUALITY),
        ("物业费里包含水电费吗？", Kind.CONSULTATION, Category.SALES_CONTRACT),
        ("怎么防止被封号？", Kind.CONSULTATION, Category.OTHER),
        ("玩了一年从来没被封号，放心玩", Kind.PRAISE, Category.OTHER),
        ("支付宝付款失败了，钱扣了订单没成功", Kind.COMPLAINT, Category.SALES_CONTRACT),
        ("用支付宝还信用卡要手续费吗", Kind.CONSULTATION, Category.SALES_CONTRACT),
        ("可以用微信支付吗", Kind.CONSULTATION, Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_02_the_look_alikes_stay(text: str, kind: Kind, category: Category) -> None:
    """Staff praised or proposed, a supply failed, a ban denied or avoided, a payment made:
    none of the round's rules fires and the answer is the guide's."""
    _either_way(text, kind, category)
    assert not set(NEW_RULES) & set(_fired(text))


def test_r_cmp_02_a_shortage_denied_is_none() -> None:
    """不是人手不够 denies the shortage: sq.understaffed's match is suppressed by 不是."""
    result = classify("不是人手不够，是管理有问题", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert "sq.understaffed" not in result.fired
    assert [e.negated_by for e in result.suppressed if e.rule_id == "sq.understaffed"] == ["不是"]


def test_r_cmp_02_a_cut_announced_is_no_cut_imposed() -> None:
    """A cut the manager announces (通知…停水) is the supply's, read by pq.supply alone."""
    result = classify("物业通知明天上午停水检修", policy=RULES_ONLY)
    assert "sq.cut-imposed" not in result.fired
    assert "pq.supply" in result.fired


def test_r_cmp_02_a_cut_imposed_overrides_the_supply_rule() -> None:
    """Inside 物业…断电 the supply rule's 断电 does not count: the category is the manager's."""
    result = classify("物业直接断电，不给我们施工", policy=RULES_ONLY)
    assert result.category is Category.SERVICE_QUALITY
    assert "sq.cut-imposed" in result.fired
    assert "pq.supply" not in result.fired


# ---- properties (R-CMP-01) ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_understaffing_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before, 窗口只开了两个 is read in its own clause."""
    fires_after_a_sentence("sq.understaffed", "四个窗口只开了两个，一直在等", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_ban_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before, 被封号了 is read in its own clause."""
    fires_after_a_sentence("sq.banned", "突然被封号了", before)


# ---- a return the customer will not bother with (R-CMP-02) ----------------------------------


@pytest.mark.parametrize(
    "text", ["衣服起球严重，懒得退货了", "做工太差了，不打算退货了，就当买个教训"]
)
def test_r_cmp_02_a_return_not_bothered_with_is_no_return(text: str) -> None:
    """懒得退货, 不打算退货: no return is demanded, the complaint is about the goods."""
    _either_way(text, Kind.COMPLAINT, Category.PRODUCT_QUALITY)
    result = classify(text, policy=RULES_ONLY)
    assert "rx.mention" not in result.fired
    assert "rx.mention" in {e.rule_id for e in result.suppressed}


@pytest.mark.parametrize("text", ["衣服起球严重，我要退货", "衣服起球严重，退货退了一周还没退款"])
def test_r_cmp_02_a_return_demanded_or_handled_stays_one(text: str) -> None:
    """A return demanded or one being handled stays return_exchange."""
    _either_way(text, Kind.COMPLAINT, Category.RETURN_EXCHANGE)
