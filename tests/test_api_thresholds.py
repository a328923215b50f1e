"""Every ``*_threshold`` of a custops policy has one boundary meaning: it is *reached*, a
value equal to it counts (CONTRIBUTING item 6: one name, one meaning).

The seed says so wherever it sets one: 一次性购物满1000元 and 累计满2000元 (R-VIP-01),
累计积分满30分 (R-VIP-06), 发生5万元以上诉讼案件 (R-MEM-04; 以上 includes the bound, Civil
Code art. 1259). ``SeverityPolicy.loss_threshold`` is the library's own criterion
(R-CMP-07: the seed does not define "major") and follows them.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import custops
from custops import vip
from custops.complaints import Complaint, Signal, assess_severity
from custops.complaints.severity import SeverityPolicy
from custops.exchange import ExchangePolicy, litigation_reportable
from custops.vip import Card, Holder, Ledger, Line, Purchase, VipPolicy, qualify, quote
from custops.vip.qualification import QualifyBasis

_AT = dt.datetime(2025, 9, 30, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
_DAY = dt.date(2024, 5, 10)
_CARD = Card.issue("VIP-0001", Holder("C001", "王芳", born_on=dt.date(1990, 6, 1)), on=_DAY)


def _loss(threshold: Decimal, value: Decimal) -> bool:
    """R-CMP-07: a claimed loss of ``value`` makes the complaint major."""
    complaint = Complaint(
        received_at=_AT,
        channel="phone",
        content="酒的口感不对",
        complainant="王",
        claimed_loss=value,
    )
    policy = SeverityPolicy(loss_threshold=threshold)
    return Signal.LOSS in assess_severity(complaint, policy=policy).criteria


def _litigation(threshold: Decimal, value: Decimal) -> bool:
    """R-MEM-04, 第十条(七): a lawsuit of ``value`` must be reported."""
    policy = ExchangePolicy(litigation_threshold=threshold)
    return litigation_reportable(value, policy=policy).allowed


def _single(threshold: Decimal, value: Decimal) -> bool:
    """R-VIP-01: one purchase of ``value`` qualifies on its own."""
    policy = VipPolicy(single_purchase_threshold=threshold, cumulative_threshold=threshold * 10)
    result = qualify([Purchase(_DAY, value)], on=_DAY, policy=policy)
    return result.qualify_basis is QualifyBasis.SINGLE


def _cumulative(threshold: Decimal, value: Decimal) -> bool:
    """R-VIP-01: purchases adding up to ``value`` within the window qualify together."""
    policy = VipPolicy(single_purchase_threshold=threshold * 10, cumulative_threshold=threshold)
    half = (value / 2).quantize(Decimal("0.01"))
    purchases = [Purchase(_DAY - dt.timedelta(days=1), half), Purchase(_DAY, value - half)]
    return qualify(purchases, on=_DAY, policy=policy).qualify_basis is QualifyBasis.CUMULATIVE


def _tier(threshold: int, value: int) -> bool:
    """R-VIP-06: a card holding ``value`` points gets the points-tier rate."""
    policy = VipPolicy(tier_threshold_points=threshold)
    ledger = Ledger(_CARD, policy=policy)
    if value:
        ledger = ledger.earn(_DAY, Decimal(value * 100), "opening")
    line = quote([Line("100")], _CARD, on=_DAY, ledger=ledger, policy=policy).lines[0]
    return line.benefit is vip.Benefit.POINTS_TIER


#: Each threshold field, how one unit below it is written, and whether a value fires.
PROBES: dict[str, tuple[Callable[..., bool], object]] = {
    "SeverityPolicy.loss_threshold": (_loss, Decimal("0.01")),
    "ExchangePolicy.litigation_threshold": (_litigation, Decimal("0.01")),
    "VipPolicy.single_purchase_threshold": (_single, Decimal("0.01")),
    "VipPolicy.cumulative_threshold": (_cumulative, Decimal("0.01")),
    "VipPolicy.tier_threshold_points": (_tier, 1),
}


def _threshold_fields() -> set[str]:
    """Every field of a custops policy class whose name holds ``_threshold``."""
    found = set()
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional dependency (pyspark …) that is not installed
            continue
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__name__.endswith("Policy") and attrs.has(cls):
                found |= {
                    f"{cls.__name__}.{f.name}" for f in attrs.fields(cls) if "_threshold" in f.name
                }
    return found


def test_every_threshold_field_is_probed() -> None:
    """A new ``*_threshold`` field joins :data:`PROBES`, so its boundary is checked too."""
    assert _threshold_fields() == set(PROBES)


@pytest.mark.parametrize("field", sorted(PROBES))
def test_R_CMP_07_R_MEM_04_R_VIP_01_R_VIP_06_a_threshold_is_reached_at_its_bound(
    field: str,
) -> None:
    """R-CMP-07, R-MEM-04, R-VIP-01, R-VIP-06: a value equal to the threshold counts, one
    unit (a fen, a point) below does not."""
    probe, unit = PROBES[field]
    bound: object = 30 if unit == 1 else Decimal("10000.00")
    assert probe(bound, bound) is True
    assert probe(bound, bound - unit) is False  # type: ignore[operator]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(PROBES)), st.integers(min_value=2, max_value=2_000_000))
def test_property_every_threshold_has_the_same_boundary_meaning(field: str, size: int) -> None:
    """R-CMP-07, R-MEM-04, R-VIP-01, R-VIP-06 (CONTRIBUTING item 6): whatever the bound, each
    ``*_threshold`` fires at it and above, and not one unit below."""
    probe, unit = PROBES[field]
    bound: object = size % 500 + 1 if unit == 1 else Decimal(size) / 100
    assert probe(bound, bound) is True
    assert probe(bound, bound + unit) is True  # type: ignore[operator]
    assert probe(bound, bound - unit) is False  # type: ignore[operator]
