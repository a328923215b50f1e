"""A return or a refund goes where its grounds go (R-CMP-03; D10 二 3.2, D1 第一条 2).

D10 二 3.2's return class is goods sent back for a defect (沉淀, 悬浮物), handled with the
product's quality; a fee, a charge or a missing delivery paid back is the contract's matter,
the sales department's (D1 第一条 2), and a refund asked for a rude waiter the service's. The
category stays ``return_exchange`` (the labelling guide: a refund demanded is a return first);
the department follows the grounds the refund is asked on, and ``refund_grounds`` and
``explain()`` say so. ``ClassifierPolicy(returns_by_grounds=False)`` routes every return by its
own category. Warmth felt (非常暖心) is praise of the service, as 贴心 is (R-CMP-01).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, ClassifierPolicy, Department, Kind, classify
from custops.i18n import language

BY_CATEGORY = ClassifierPolicy(returns_by_grounds=False)


@pytest.mark.parametrize(
    ("text", "grounds", "department"),
    [
        ("这个月又多扣了我30元月租，要求退费", Category.SALES_CONTRACT, Department.SALES),
        ("会员被自动续费了，要求马上退款", Category.SALES_CONTRACT, Department.SALES),
        ("外卖少送了一份饮料，要求退款", Category.SALES_CONTRACT, Department.SALES),
        ("服务员态度太差了，这顿饭要求退款", Category.SERVICE_QUALITY, Department.MARKETING_OFFICE),
    ],
)
def test_R_CMP_03_a_refund_goes_where_its_grounds_go(
    text: str, grounds: Category, department: Department
) -> None:
    """R-CMP-03: a refund of a fee, a charge or a service is routed by what it is asked on."""
    r = classify(text)
    assert (r.kind, r.category) == (Kind.COMPLAINT, Category.RETURN_EXCHANGE)
    assert (r.refund_grounds, r.department) == (grounds, department)
    assert r.categories[1] is grounds
    with language("zh_CN"):
        line = r.explain().split("\n")[2]
    assert line.startswith("部门：")
    assert grounds.label in line
    assert department.label in line
    with language("en_US"):
        assert "goes where" in r.explain()
    # routed by its own category when the desk asks for it
    plain = classify(text, policy=BY_CATEGORY)
    assert (plain.refund_grounds, plain.department) == (None, Department.QUALITY)


@pytest.mark.parametrize(
    "text",
    [
        "买的鞋子穿了两天就开胶了，要求退货",  # a defect: the goods' own return
        "酒里有沉淀，要求退货",  # D10 二 3.2's own example
        "我要退货",  # a bare demand: no grounds told
    ],
)
def test_R_CMP_03_a_return_of_goods_stays_with_the_quality_department(text: str) -> None:
    """R-CMP-03: goods sent back for a defect, or a return with no grounds told, go to the
    return's department (the quality department, D10 二 3.2)."""
    r = classify(text)
    assert r.category is Category.RETURN_EXCHANGE
    assert (r.refund_grounds, r.department) == (None, Department.QUALITY)
    with language("zh_CN"):
        assert "部门：" not in r.explain()


def test_R_CMP_01_warmth_felt_is_praise() -> None:
    """R-CMP-01: 非常暖心 praises the service (as 贴心); denied, it is a complaint."""
    assert classify("感谢城东支行的刘行长，非常暖心").kind is Kind.PRAISE
    assert classify("一点都不暖心，态度冷冰冰").kind is Kind.COMPLAINT


_WORDS = st.sampled_from(
    [
        "多扣了月租",
        "要求退费",
        "态度太差",
        "要求退款",
        "少送了一份",
        "酒有沉淀",
        "我要退货",
        "修了两次还是坏",
        "很满意",
        "谢谢",
        "，",
        "。",
    ]
)


@given(st.lists(_WORDS, min_size=1, max_size=6).map("".join))
@settings(max_examples=150, deadline=None)
def test_R_CMP_03_only_a_return_is_routed_by_its_grounds(text: str) -> None:
    """R-CMP-03 property: the department is the category's (the topic's for praise) unless a
    complaint's category is a return with grounds told, and then it is the grounds'; the
    category and the kind never depend on the routing."""
    r, plain = classify(text), classify(text, policy=BY_CATEGORY)
    assert (r.kind, r.category, r.issues) == (plain.kind, plain.category, plain.issues)
    if r.refund_grounds is None:
        assert r.department is plain.department
    else:
        assert r.kind is Kind.COMPLAINT
        assert r.category is Category.RETURN_EXCHANGE
        assert r.refund_grounds is r.categories[1]
        assert r.department is ClassifierPolicy().department_for(r.refund_grounds)
