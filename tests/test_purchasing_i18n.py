"""custops.purchasing in the reader's language (issue 15 item 1; R-PUR-01, R-PUR-02).

Reasons, criteria, advantages and drawbacks are for staff and follow the active language;
party names are kept as given.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.i18n import language, stray_words
from custops.purchasing import (
    CostBasis,
    CostLimit,
    PurchasingMode,
    cost_contract,
    purchasing_mode,
    purchasing_route,
)
from custops.testing import amounts


def one_language(texts: list[str], code: str) -> None:
    for text in texts:
        assert stray_words(text, code=code) == (), (code, text)


def test_R_PUR_01_mode_and_route_in_chinese() -> None:
    """R-PUR-01: the recommendation, its criteria and the route explained in Chinese."""
    with language("zh_CN"):
        small = purchasing_mode(large=False, branches_scattered=False, needs_differ=True)
        assert small.facts == ("小企业", "分厂较集中")
        unused = "（未使用“所需物资差异较大”：小企业或分厂较集中，无论需求是否不同，均采用集中制）"
        assert small.reason == "全部采购由总部决定；小企业、分厂较集中" + unused
        assert str(small) == "集中制（R-PUR-01）：全部采购由总部决定；小企业、分厂较集中" + unused
        spread = purchasing_mode(large=True, branches_scattered=True, needs_differ=True)
        assert spread.reason == "各分部自行决定采购"
        assert spread.facts[-1] == "各分部所需物资差异较大"
        alike = purchasing_mode(large=True, branches_scattered=True, needs_differ=False)
        assert str(alike).startswith("混合制（R-PUR-01）：既不符合集中制的条件")
        assert PurchasingMode.DECENTRALISED.drawbacks == (
            "采购资金难以集中管理",
            "浪费人力、物力和财力",
            "享受不到价格折扣，进货价格较高",
        )
        hq = purchasing_route(common=True, large_amount=True)
        assert hq.reason == "由总部统一采购：各分部共用且金额较大"
        branch = purchasing_route(common=False, large_amount=False, ad_hoc=True)
        assert branch.reason == "由分部自行采购：各分部需求不同、金额较小、临时性采购"
        one_language([small.reason, str(small), branch.explain()], "zh_CN")
    with language("en_US"):
        english = purchasing_mode(large=True, branches_scattered=True, needs_differ=True)
    assert english.reason == "each branch decides its own purchases"
    assert str(english) == "decentralised (R-PUR-01): each branch decides its own purchases"


def test_R_PUR_02_cost_contract_in_chinese() -> None:
    """R-PUR-02: every outcome of the cost contract explained in Chinese."""
    with language("zh_CN"):
        over = cost_contract(CostLimit("per_tonne", "35"), actual="4000", tonnes="100")
        assert over.reason == (
            "限额每吨 35 元 × 100 吨 = 3,500.00 元，实际 4,000.00 元：超支 500.00 元，"
            "由采购方承担 500.00 元"
        )
        assert str(over).startswith("超支（R-PUR-02）：")
        saved = cost_contract(
            CostLimit("per_hundred_yuan", "1.5"), actual="1320", goods_value="100000"
        )
        assert saved.reason == (
            "限额每百元 1.5 元 × 商品 100,000.00 元 ÷ 100 = 1,500.00 元，实际 1,320.00 元："
            "节支 180.00 元，由采购方分配 180.00 元"
        )
        on = cost_contract(CostLimit("monthly", "8000"), actual="8000")
        assert on.reason == "每月总费用限额 8,000.00 元，实际 8,000.00 元：与限额持平"
        kept = cost_contract(CostLimit("monthly", "8000"), actual="7000", task_completed=False)
        assert kept.reason.endswith("节支 1,000.00 元；未完成采购任务，不予分配")
        one_language([over.explain(), str(saved), str(on), str(kept)], "zh_CN")


_AMOUNTS = st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False)
_LIMITS = st.sampled_from(CostBasis).flatmap(
    # a monthly total is a sum of money: whole fen; a rate per unit may be finer
    lambda basis: st.builds(
        CostLimit,
        st.just(basis),
        st.decimals(min_value=0, max_value=1000, places=2)
        if basis is CostBasis.MONTHLY_TOTAL
        else _AMOUNTS,
    )
)


@st.composite
def _draws(draw: st.DrawFn) -> dict[str, Any]:
    limit = draw(_LIMITS)
    ws = draw(st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=3))
    names = ("采购部门", "张三", "李四")[: len(ws)]
    return {
        "flags": draw(st.tuples(*[st.booleans()] * 4)),
        "limit": limit,
        "actual": draw(amounts(max_value=100_000)),
        "tonnes": draw(amounts(max_value=1000)) if limit.basis is CostBasis.PER_TONNE else None,
        "goods_value": (
            draw(amounts(max_value=1_000_000))
            if limit.basis is CostBasis.PER_HUNDRED_YUAN
            else None
        ),
        # D15 ties the task to the monthly limit only (refused beside another basis)
        "task_completed": draw(st.booleans()) or limit.basis is not CostBasis.MONTHLY_TOTAL,
        "parties": dict(zip(names, ws, strict=False)),
    }


@settings(max_examples=40, deadline=None)
@given(_draws())
def test_property_purchasing_explanations_are_one_language(d: dict[str, Any]) -> None:
    """R-PUR-01, R-PUR-02 (issue 15 item 1): every reason, criterion, advantage, drawback,
    str() and explain() is one-language in zh_CN and in en_US."""
    large, scattered, differ, common = d["flags"]
    for code in ("zh_CN", "en_US"):
        with language(code):
            mode = purchasing_mode(
                large=large,
                branches_scattered=scattered,
                needs_differ=differ,
                common_high_value=common,
            )
            route = purchasing_route(common=common, large_amount=large, ad_hoc=differ)
            cost = cost_contract(
                d["limit"],
                actual=d["actual"],
                tonnes=d["tonnes"],
                goods_value=d["goods_value"],
                task_completed=d["task_completed"],
                parties=d["parties"],
            )
            texts = [*mode.facts, *mode.advantages, *mode.outcome.drawbacks]
            for result in (mode, route, cost):
                texts += [result.reason, str(result), result.explain()]
            one_language(texts, code)
