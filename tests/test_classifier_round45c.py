"""Subjects told by how customers write them: a specification, a gift's own quality, a policy's
cover and kinds of insurance weighed, an identity check that fails, hot water, a loan and a
card's cashback (issue 13).

The forty-fifth round, the category side (R-CMP-01, R-CMP-02): 配置 alone is the goods'
specification and no term of the sale (``sc.contract`` mended), unless it falls short of what was
offered (配置与宣传不符, 减配, 配置缩水); a free gift judged by its own quality is the product
(``pq.gift-quality``), a gift promised and not sent still the sale's; what a policy covers and
its risks are the product (``pq.policy-cover``), a claim refused as outside the cover is not;
kinds of insurance weighed in a question are products in general, no contract of one's own
(``ot.plan-compared``); an identity card the app will not read and a verification that cannot
be passed are the app's fault (``pq.id-check-fails``), a card asked for or lost is no fault; hot
water missing or its temperature falling fast is the product (``pq.hot-water``), not hot water
praised or asked about; a loan (借款, ``sc.loan``; not 我没借款), a card's spending and its
cashback (签账, 回赠, ``sc.finance`` mended) are the agreement's; a gift missing is read within
its clause (``sc.missing`` mended: 还没有安装，赠品… is no gift missing).
"""

from __future__ import annotations

import pytest

from classifier_checks import RULES_ONLY, kind_either_way
from custops.complaints import Category, Kind, classify

# ---- a specification (sc.contract mended) ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这台笔记本配置很高，玩游戏一点不卡",
        "请问这款车顶配的配置有哪些？",
        "两个版本配置差不多，看你预算",
    ],
)
def test_r_cmp_02_a_specification_alone_is_no_term_of_the_sale(text: str) -> None:
    """配置 named, praised or asked about is the goods' specification, not the sale's."""
    result = classify(text, policy=RULES_ONLY)
    assert result.category is not Category.SALES_CONTRACT
    assert "sc.contract" not in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "买回来才发现配置与宣传不符，少了倒车影像",
        "4S店偷偷减配，合同上写的是全景天窗",
        "配置缩水了，跟当初说的不一样",
    ],
)
def test_r_cmp_02_a_specification_short_of_the_offer_is_the_sale(text: str) -> None:
    """A specification short of what was offered stays the sale's terms (R-CMP-02)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SALES_CONTRACT
    assert "sc.contract" in result.fired


# ---- a gift's own quality (pq.gift-quality) and a gift missing (sc.missing mended) ----------


@pytest.mark.parametrize(
    "text",
    ["赠品质量太差了，一用就坏", "送的赠品也太垃圾了吧", "机器还行，就是赠品做工差"],
)
def test_r_cmp_02_a_gifts_own_quality_is_the_product(text: str) -> None:
    """A free gift judged by its own quality is goods, the product's (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.gift-quality" in result.fired


@pytest.mark.parametrize(
    "text",
    ["赠品很好用，谢谢老板", "赠品不差，挺实用的", "说好的赠品一直没有发，客服也不回"],
)
def test_r_cmp_02_a_gift_praised_or_not_sent_is_no_gift_judged(text: str) -> None:
    """A gift praised, its quality denied, or a gift never sent, is no poor gift."""
    assert "pq.gift-quality" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_02_a_gift_not_sent_stays_the_sale() -> None:
    """A promised gift that never came is the sale's terms (R-CMP-02)."""
    result = classify("说好的赠品一直没有发，客服也不回", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SALES_CONTRACT


def test_r_cmp_02_a_missing_item_is_read_within_its_clause() -> None:
    """没有 in one clause does not reach a gift named in the next (sc.missing mended)."""
    assert "sc.missing" not in classify("还没有安装，赠品做工太差了", policy=RULES_ONLY).fired
    assert "sc.missing" in classify("没有送赠品，太坑了", policy=RULES_ONLY).fired


# ---- a policy's cover (pq.policy-cover) and kinds of insurance weighed (ot.plan-compared) ----


@pytest.mark.parametrize(
    "text",
    [
        "这款重疾险的保障范围有哪些？",
        "这份年金保险有什么风险吗",
        "保障内容是什么？",
        "这个理财产品（稳健型），有什么风险吗？",
    ],
)
def test_r_cmp_01_a_policys_cover_asked_is_the_product(text: str) -> None:
    """What a policy covers and its risks, asked, are the product's (R-CMP-01)."""
    kind_either_way(text, Kind.CONSULTATION)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.policy-cover" in result.fired


def test_r_cmp_01_a_surgerys_risks_are_no_policys() -> None:
    """Risks asked of anything but a policy or a plan (手术, 拔牙) are no product's cover."""
    for text in ("手术有什么风险吗？", "拔牙有哪些风险"):
        assert "pq.policy-cover" not in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text", ["理赔被拒，说不在保障范围内", "保险公司说这个病不属于保障责任，不给赔"]
)
def test_r_cmp_02_a_claim_refused_outside_the_cover_stays_the_contract(text: str) -> None:
    """A claim refused as outside the cover is the contract's, not the product's cover."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SALES_CONTRACT
    assert "pq.policy-cover" not in result.fired


@pytest.mark.parametrize(
    "text", ["这两款意外险哪个更好？", "少儿保险要考虑什么？", "商业保险和社保有什么区别"]
)
def test_r_cmp_01_kinds_of_insurance_weighed_are_no_contract(text: str) -> None:
    """Kinds of insurance weighed in a question are products in general (R-CMP-01)."""
    kind_either_way(text, Kind.CONSULTATION)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.OTHER
    assert "ot.plan-compared" in result.fired
    assert "sc.contract" not in result.fired


def test_r_cmp_02_a_claim_delayed_stays_the_contract() -> None:
    """A claim delayed is the contract's, whatever kind of insurance it is (R-CMP-02)."""
    result = classify("保险理赔拖了三个月还没赔", policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT
    assert result.category is Category.SALES_CONTRACT
    assert "ot.plan-compared" not in result.fired


# ---- an identity check that fails (pq.id-check-fails) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "扫描身份证一直失败，开户开不了",
        "身份证影了半个小时都影不到",
        "身份证好难拍，试了十几次",
        "怎么都过不了认证，太折磨人了",
        "一直无法实名认证，提示信息有误",
    ],
)
def test_r_cmp_02_an_identity_check_that_fails_is_the_apps_fault(text: str) -> None:
    """An identity card the app cannot read, a check not passed: the app's fault (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.id-check-fails" in result.fired


@pytest.mark.parametrize(
    "text",
    [
        "开户请带好身份证原件",
        "身份证丢了怎么补办？",
        "验证码收不到",
        "认证很快就通过了",
        "不能用wifi认证吗",
    ],
)
def test_r_cmp_02_an_identity_card_asked_for_or_lost_is_no_failed_check(text: str) -> None:
    """A card asked for, lost, a code not received or a check passed is no failed check."""
    assert "pq.id-check-fails" not in classify(text, policy=RULES_ONLY).fired


# ---- hot water (pq.hot-water) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["洗澡洗到一半就没热水了", "热水器的热水一直出不来", "水温掉得特别快，根本洗不完"],
)
def test_r_cmp_02_hot_water_that_fails_is_the_product(text: str) -> None:
    """Hot water missing or its temperature falling fast is the product (R-CMP-02)."""
    kind_either_way(text, Kind.COMPLAINT)
    result = classify(text, policy=RULES_ONLY)
    assert result.category is Category.PRODUCT_QUALITY
    assert "pq.hot-water" in result.fired


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("热水很足，水温也稳定，好评", Kind.PRAISE),
        ("请问热水器多久能烧好热水？", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_hot_water_praised_or_asked_about_is_no_fault(text: str, kind: Kind) -> None:
    """Hot water praised or asked about is no fault (R-CMP-01)."""
    kind_either_way(text, kind)
    assert "pq.hot-water" not in classify(text, policy=RULES_ONLY).fired


# ---- a loan and a card's cashback (sc.finance mended) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我刚申请了借款，一直没人联系我", Kind.COMPLAINT),
        ("刷卡签账之后没有回赠", Kind.COMPLAINT),
        ("借款申请需要哪些资料？", Kind.CONSULTATION),
    ],
)
def test_r_cmp_02_a_loan_and_a_cards_cashback_are_the_agreement(text: str, kind: Kind) -> None:
    """A loan, a card's spending and its cashback are the agreement's terms (R-CMP-02)."""
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is kind
    assert result.category is Category.SALES_CONTRACT
    assert {"sc.finance", "sc.loan"} & set(result.fired)


@pytest.mark.parametrize("text", ["我没借款 没欠款 但需要关闭这个账户", "没有借款记录"])
def test_r_cmp_02_a_loan_denied_names_no_loan(text: str) -> None:
    """A loan denied right before the word (我没借款) names no loan (R-CMP-02)."""
    assert "sc.loan" not in classify(text, policy=RULES_ONLY).fired


def test_r_cmp_01_cashback_praised_stays_praise() -> None:
    """Cashback praised is praise, category other (R-CMP-01)."""
    kind_either_way("回赠到账很快，很满意", Kind.PRAISE)
    assert classify("回赠到账很快，很满意", policy=RULES_ONLY).category is Category.OTHER
