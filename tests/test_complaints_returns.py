"""Tests of custops.complaints.returns (R-CMP-10, R-SLA-22)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints.returns import (
    Cause,
    Defect,
    ReturnOutcome,
    ReturnPolicy,
    return_decision,
)
from custops.errors import InvalidInput, InvalidType, PolicyError

OUT = dt.date(2024, 9, 20)


@pytest.mark.parametrize("defect", ["沉淀", "较大悬浮物", Defect.SEDIMENT, "suspended matter"])
def test_sediment_and_suspended_matter_return_by_process_R_CMP_10(defect: str) -> None:
    """R-CMP-10: sediment or large suspended matter → return through the return process."""
    d = return_decision(defect, cause="仓储不当")
    assert d.outcome is ReturnOutcome.RETURN
    assert d.rule == "R-CMP-10"
    assert d.returnable
    assert "return process" in d.reason
    assert "沉淀" in d.clause


@pytest.mark.parametrize("defect", ["发霉", "瓶盖扭断", "渗漏"])
def test_storage_caused_defects_are_not_returned_R_CMP_10(defect: str) -> None:
    """R-CMP-10: mould, twisted caps, leaks caused by improper storage → no return."""
    d = return_decision(defect, cause=Cause.IMPROPER_STORAGE)
    assert d.outcome is ReturnOutcome.NO_RETURN
    assert not d.returnable
    assert "not a quality accident" in d.reason


def test_mould_within_15_days_unconditional_R_CMP_10_R_SLA_22() -> None:
    """R-SLA-22: the outbound day is not counted: outbound+15 is in, outbound+16 is out."""
    last = return_decision(
        "发霉",
        outbound_on=OUT,
        found_on=OUT + dt.timedelta(days=15),
        outbound_confirmed=True,
        cause="仓储不当",
    )
    assert last.outcome is ReturnOutcome.UNCONDITIONAL_RETURN
    assert last.window_ends == dt.date(2024, 10, 5)
    assert "R-SLA-22" in last.reason
    late = return_decision(
        "发霉",
        outbound_on=OUT,
        found_on=OUT + dt.timedelta(days=16),
        outbound_confirmed=True,
        cause="仓储不当",
    )
    assert late.outcome is ReturnOutcome.NO_RETURN


def test_window_not_extended_over_national_day_R_SLA_22() -> None:
    """The window ends on 2024-10-05, inside the National Day holiday: no extension."""
    d = return_decision(
        "mould", outbound_on=OUT, found_on=dt.date(2024, 10, 8), outbound_confirmed=True
    )
    assert d.outcome is ReturnOutcome.VERIFY  # outside the window, cause unknown


def test_mould_in_window_needs_the_outbound_record_R_CMP_10() -> None:
    d = return_decision("发霉", outbound_on=OUT, found_on=OUT)
    assert d.outcome is ReturnOutcome.VERIFY
    assert "销售出库审核表" in d.reason


def test_open_cases_are_verified_not_guessed() -> None:
    assert return_decision("发霉").outcome is ReturnOutcome.VERIFY
    assert "outbound_on" in return_decision("发霉").reason
    assert return_decision("渗漏").outcome is ReturnOutcome.VERIFY
    product = return_decision("渗漏", cause="产品质量")
    assert product.outcome is ReturnOutcome.RETURN


def test_counting_the_outbound_day_is_a_policy() -> None:
    policy = ReturnPolicy(count_outbound_day=True)
    d = return_decision(
        "发霉",
        outbound_on=OUT,
        found_on=OUT + dt.timedelta(days=15),
        outbound_confirmed=True,
        policy=policy,
    )
    assert d.outcome is ReturnOutcome.VERIFY
    assert d.window_ends == OUT + dt.timedelta(days=14)


def test_return_policy_validation() -> None:
    with pytest.raises(PolicyError, match="both returnable"):
        ReturnPolicy(returnable={"沉淀", "发霉"})
    with pytest.raises(PolicyError, match="mould_window_days"):
        ReturnPolicy(mould_window_days=0)
    with pytest.raises(InvalidInput, match=r"^returnable:"):
        ReturnPolicy(returnable={"rust"})


def test_return_decision_refuses_bad_input() -> None:
    with pytest.raises(InvalidInput, match=r"^found_on:"):
        return_decision("发霉", outbound_on=OUT, found_on=OUT - dt.timedelta(days=1))
    with pytest.raises(InvalidType, match=r"^outbound_on:"):
        return_decision("发霉", outbound_on="2024-09-20")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^defect:"):
        return_decision("生锈")
    with pytest.raises(InvalidType, match=r"^outbound_confirmed:"):
        return_decision("发霉", outbound_confirmed="yes")  # type: ignore[arg-type]


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 1, 1)),
    st.integers(min_value=0, max_value=60),
)
def test_mould_window_boundary(outbound: dt.date, days: int) -> None:
    d = return_decision(
        "发霉",
        outbound_on=outbound,
        found_on=outbound + dt.timedelta(days=days),
        outbound_confirmed=True,
        cause="仓储不当",
    )
    expected = ReturnOutcome.UNCONDITIONAL_RETURN if days <= 15 else ReturnOutcome.NO_RETURN
    assert d.outcome is expected
