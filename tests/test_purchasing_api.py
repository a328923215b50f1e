"""The purchasing API after issue 12: a share names its party as
``name``; the policy's converters are custops._validate.policy_field (R-PUR-02)."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import PolicyError
from custops.purchasing import CostLimit, PurchasingPolicy, Share, cost_contract


def test_R_PUR_02_a_share_names_its_party() -> None:
    """R-PUR-02: ``Share.name`` is the party's name (``party`` is the
    Party enum of the penalties elsewhere)."""
    assert [f.name for f in attrs.fields(Share)] == ["name", "amount"]
    c = cost_contract(CostLimit("per_tonne", "35"), actual="4000", tonnes="100",
                      parties={"采购部门": 2, "张三": 1, "李四": 1})  # fmt: skip
    assert [(s.name, s.amount) for s in c.overspend_split] == [
        ("采购部门", Decimal("250.00")),
        ("张三", Decimal("125.00")),
        ("李四", Decimal("125.00")),
    ]


def test_R_PUR_02_policy_errors_name_the_field() -> None:
    """R-PUR-02: a bad policy value is a PolicyError naming the field, or the
    party inside it."""
    with pytest.raises(PolicyError, match=r"^overspend_borne: must lie in \[0, 1\]"):
        PurchasingPolicy(overspend_borne="2")
    with pytest.raises(PolicyError, match=r"^parties\['张三'\]: "):
        PurchasingPolicy(parties={"张三": "-1"})
    with pytest.raises(PolicyError, match=r"^parties: names a party twice"):
        PurchasingPolicy(parties=[("张三", 1), (" 张三", 1)])


@settings(max_examples=50)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.dictionaries(st.sampled_from(("采购部门", "张三", "李四")), st.integers(1, 9), min_size=1),
)
def test_R_PUR_02_property_shares_add_up(actual: int, parties: dict[str, int]) -> None:
    """R-PUR-02 invariant: the split names each party once, in the order given, and adds up
    to the part the purchasing side bears or keeps."""
    c = cost_contract(CostLimit("monthly", "1000"), actual=actual, parties=parties)
    for split, part in ((c.overspend_split, c.borne), (c.savings_split, c.shared)):
        if part:
            assert [s.name for s in split] == list(parties)
            assert sum(s.amount for s in split) == part
        else:
            assert split == ()
