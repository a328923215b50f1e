"""Party names of the purchasing-cost contract are trimmed before the duplicate check
(R-PUR-02; audit-records F6)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, PolicyError
from custops.purchasing import CostLimit, PurchasingPolicy, cost_contract

LIMIT = CostLimit("monthly", "100")


def test_R_PUR_02_a_padded_name_is_the_same_party() -> None:
    """R-PUR-02: {"张三", " 张三"} is one party named twice, not two parties."""
    with pytest.raises(
        InvalidInput, match=r"parties: names a party twice \('张三', after trimming\)"
    ):
        cost_contract(LIMIT, actual="90", parties={"张三": 1, " 张三": 1})
    with pytest.raises(PolicyError, match="parties: names a party twice"):
        PurchasingPolicy(parties={"采购部门": 1, "采购部门\u3000": 1})


def test_R_PUR_02_names_are_trimmed_in_the_split() -> None:
    """R-PUR-02: the shares carry the trimmed names; a blank name is refused, named."""
    c = cost_contract(LIMIT, actual="90", parties={" 张三 ": 1, "\u3000李四": 1})
    assert [(s.name, s.amount) for s in c.savings_split] == [
        ("张三", Decimal("5.00")),
        ("李四", Decimal("5.00")),
    ]
    with pytest.raises(InvalidInput, match=r"parties\[1\]: must not be empty"):
        cost_contract(LIMIT, actual="90", parties=[("张三", 1), ("  ", 1)])


@settings(max_examples=50)
@given(
    st.lists(st.sampled_from(["张三", "李四", "采购部门"]), min_size=1, max_size=3, unique=True),
    st.lists(st.text(alphabet=" \u3000", max_size=2), min_size=3, max_size=3),
)
def test_R_PUR_02_padding_never_changes_the_split(names: list[str], pads: list[str]) -> None:
    """R-PUR-02 invariant: padding the names changes neither the parties nor their shares."""
    plain = cost_contract(LIMIT, actual="90", parties=dict.fromkeys(names, 1))
    padded = {pad + n + pad: 1 for n, pad in zip(names, pads, strict=False)}
    assert cost_contract(LIMIT, actual="90", parties=padded) == plain
