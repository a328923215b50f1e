"""A rental desk's messages: a lease ended, a deposit asked about, a charge disputed.

D10 二 3.2's return class (退换货) is goods sent back, handled with the product's quality
(R-CMP-02, R-CMP-03). Ending a lease or a stay (退租, 退宿) and a deposit asked about — how,
whether, how many working days until it comes back — return no goods: they are the
contract's matter, category sales contract, the sales department's (R-CMP-10; the labelling
guide's property managers). A policy cancelled, a ticket or a course given back (退保, 退票,
退课) stays a return (the labelling guide's finance and transport: return_exchange first).
A charge or a deduction disputed (凭什么扣我200, 乱扣费, 凭什么让我赔) is the money's matter
above a defect word that only explains it (入住时就有污渍), whichever comes first (R-CMP-03).
A deposit kept or cut stays a return, sent to the sales department by its grounds: the
labelling guide ranks a deposit asked back and refused ``return_exchange`` first.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Department, Kind, classify

C, Q = Kind.COMPLAINT, Kind.CONSULTATION
SC, RX, PQ = Category.SALES_CONTRACT, Category.RETURN_EXCHANGE, Category.PRODUCT_QUALITY

# ---- a lease or a stay ended, a deposit asked about: the contract's (R-CMP-02, R-CMP-10) ---

LEASE_QUESTIONS = (
    "请问退租流程是什么？",
    "請問退租要提前幾天通知？",
    "请问退宿流程？",
    "押金几个工作日能退？",
    "想问一下退租流程",
    "押金多久能退？",
    "想问下退租要什么手续",
    "请问押金能退吗",
    "押金可以退吗？",
    "押金几天能退回来？",
    "保证金几个工作日退？",
    "请问退押金流程",
    "請問退租要提前幾天通知？押金幾個工作天退？",
)


@pytest.mark.parametrize("text", LEASE_QUESTIONS)
def test_r_cmp_02_a_lease_ended_or_a_deposit_asked_about_is_no_return(text: str) -> None:
    """R-CMP-02, R-CMP-03, R-CMP-10: 退 that opens 退租 or 退宿, or a deposit's return asked
    about, sends no goods back: sales contract, the sales department, a consultation."""
    r = classify(text)
    assert (r.kind, r.category, r.department) == (Q, SC, Department.SALES), r.explain()
    assert r.category_rule == "desk.deposit"
    assert not [e for e in r.evidence if e.category is RX], r.explain()


def test_r_cmp_02_the_lease_question_reads_alike_in_any_wording() -> None:
    """R-CMP-02: the two wordings of check one question get one answer (请问 and 想问一下)."""
    asked = {(classify(t).category, classify(t).department) for t in LEASE_QUESTIONS}
    assert asked == {(SC, Department.SALES)}


@pytest.mark.parametrize(
    "text",
    [
        "请问退货流程",
        "请问退款多久到账",
        "这个能退吗",
        "请问可以退吗",
        # a policy cancelled, a ticket or a course given back: the labelling guide's returns
        "请问退保流程",
        "想问一下退保",
        "请问退票怎么办理",
        "请问退课流程",
    ],
)
def test_r_cmp_02_a_return_asked_about_stays_a_return(text: str) -> None:
    """R-CMP-01, R-CMP-02: goods, money, a policy, a ticket or a course given back, asked about:
    a consultation of category return or exchange."""
    r = classify(text)
    assert (r.kind, r.category) == (Q, RX), r.explain()


@pytest.mark.parametrize("text", ["我想退货", "我要退款，你们到底退不退", "要求退押金"])
def test_r_cmp_02_a_return_demanded_stays_a_complaint_of_returns(text: str) -> None:
    """R-CMP-01, R-CMP-02: a return or the deposit demanded back is still a return."""
    r = classify(text)
    assert (r.kind, r.category) == (C, RX), r.explain()


@pytest.mark.parametrize(
    "text",
    ["想问下退出登录怎么弄", "我要退宿", "我要退租", "请问退休金怎么领", "请问退烧药吃哪种"],
)
def test_r_cmp_02_leaving_retiring_or_a_lease_ended_is_no_return(text: str) -> None:
    """R-CMP-02: 退出, 退休, 退烧, 退宿, 退租 return no goods (no rx.demand)."""
    r = classify(text)
    assert r.category is not RX, r.explain()
    assert "rx.demand" not in r.fired


@settings(max_examples=60, deadline=None)
@given(
    frame=st.sampled_from(["请问", "請問", "想问一下", "想问下", "问一下", ""]),
    ended=st.sampled_from(["退租", "退宿"]),
    asked=st.sampled_from(
        [
            "流程是什么？",
            "流程？",
            "要提前几天通知？",
            "要什么手续",
            "需要准备什么材料？",
            "怎么办理？",
        ]
    ),
)
def test_r_cmp_02_property_a_lease_ended_asked_about_is_never_a_return(
    frame: str, ended: str, asked: str
) -> None:
    """R-CMP-02, R-CMP-10 (property): however the end of a lease or a stay is asked about, the
    answer is no goods return and no quality department."""
    r = classify(frame + ended + asked)
    assert r.category is not RX, r.explain()
    assert r.department is not Department.QUALITY


@settings(max_examples=60, deadline=None)
@given(
    frame=st.sampled_from(["请问", "想问一下", ""]),
    money=st.sampled_from(["押金", "保证金", "租房押金"]),
    when=st.sampled_from(
        ["几个工作日能退", "几天能退", "多久能退", "什么时候退", "能退吗", "可以退吗", "能不能退"]
    ),
    end=st.sampled_from(["？", "?", "呢？"]),
)
def test_r_cmp_10_property_a_deposit_asked_about_is_the_contracts(
    frame: str, money: str, when: str, end: str
) -> None:
    """R-CMP-10 (property): a deposit's return asked about is a consultation of the sales
    contract, routed to the sales department."""
    r = classify(frame + money + when + end)
    assert (r.kind, r.category, r.department) == (Q, SC, Department.SALES), r.explain()


# ---- a charge or a deduction disputed: the money's matter (R-CMP-03) ------------------------

DISPUTED = (
    "保洁费凭什么扣我200？入住时就有污渍",
    "入住时就有污渍，退租凭什么扣我保洁费",
    "退租时乱扣费，说沙发有破损，入住时就破了",
    "为什么扣我清洁费，地毯的污渍是原来就有的",
    "凭什么收我200保洁费？房间本来就很脏",
    "沙发破了，凭什么让我赔",
    "凭什么扣我钱，手机屏幕有划痕是你们发货就有的",
)


@pytest.mark.parametrize("text", DISPUTED)
def test_r_cmp_03_a_charge_disputed_outranks_the_defect_that_explains_it(text: str) -> None:
    """R-CMP-03: the grievance is the charge (sales contract, the sales department), not the
    stain or the damage the writer cites against it."""
    r = classify(text)
    assert (r.kind, r.category, r.department) == (C, SC, Department.SALES), r.explain()
    assert "sc.charge-disputed" in r.fired


@settings(max_examples=40, deadline=None)
@given(
    charge=st.sampled_from(
        ["保洁费凭什么扣我200", "凭什么收我150清洁费", "为什么扣我300块", "退租时乱扣费"]
    ),
    defence=st.sampled_from(
        ["入住时就有污渍", "墙面本来就有裂缝", "沙发原来就是破的", "房间本来就很脏"]
    ),
)
def test_r_cmp_03_property_a_disputed_charge_reads_alike_in_either_order(
    charge: str, defence: str
) -> None:
    """R-CMP-03 (property): the charge and the defect cited against it give one category and
    one department whichever is told first."""
    first = classify(f"{charge}？{defence}")
    second = classify(f"{defence}，{charge}")
    assert (first.category, first.department) == (SC, Department.SALES), first.explain()
    assert (second.category, second.department) == (SC, Department.SALES), second.explain()


def test_r_cmp_03_a_refund_demanded_on_a_disputed_charge_goes_to_sales() -> None:
    """R-CMP-03: a refund asked for a disputed charge stays a return, routed by its grounds."""
    r = classify("保洁费凭什么扣我200？要求退还")
    assert (r.kind, r.category) == (C, RX), r.explain()
    assert (r.refund_grounds, r.department) == (SC, Department.SALES)


@pytest.mark.parametrize(
    "text",
    [
        "为啥已经收到三次赠送的流量了",  # received, not charged
        "请问怎么收费",  # how, not why
        "怎么扣费的？",
        "为什么不能新增收款人",  # a payee
        "凭什么扣我分？菜里有头发",  # points, not money
        "押金为什么扣了200",  # a deposit kept: rx.deposit-kept's
    ],
)
def test_r_cmp_03_no_disputed_charge_where_none_is_told(text: str) -> None:
    """R-CMP-03: a thing received, a fee asked about, a payee, points or a deposit kept are no
    disputed charge."""
    assert "sc.charge-disputed" not in classify(text).fired


def test_r_cmp_03_a_defect_without_a_charge_stays_the_products() -> None:
    """R-CMP-02: the defect alone, or a return refused for it, keeps its own category."""
    assert classify("房间有污渍，很脏").category is PQ
    assert classify("凭什么扣我分？菜里有头发").category is PQ
    assert classify("衣服有污渍，凭什么不给退").category is RX


# ---- a deposit kept and a deposit asked about: one department (R-CMP-03, R-CMP-10) ----------


@pytest.mark.parametrize(
    ("text", "kind", "category"),
    [
        ("押金不退", C, RX),
        ("押金被扣了500，不合理", C, RX),
        ("押金为什么扣了200", C, RX),
        ("押金什么时候退？", Q, SC),
        ("押金几个工作日能退？", Q, SC),
    ],
)
def test_r_cmp_03_every_deposit_goes_to_the_sales_department(
    text: str, kind: Kind, category: Category
) -> None:
    """R-CMP-03, R-CMP-10: a deposit kept is a return asked back and refused (the labelling
    guide: return_exchange first), a deposit asked about the contract's; both are routed to
    the sales department, by the grounds of the return."""
    r = classify(text)
    assert (r.kind, r.category, r.department) == (kind, category, Department.SALES), r.explain()
    if category is RX:
        assert r.refund_grounds is SC
