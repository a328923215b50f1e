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


@pytest.mark.parametrize(
    "defect", ["沉淀", "较大悬浮物", Defect.SEDIMENT, "large suspended matter", "较大的悬浮物"]
)
def test_sediment_and_suspended_matter_return_by_process_R_CMP_10(defect: str) -> None:
    """R-CMP-10: sediment or large suspended matter → return through the return process."""
    d = return_decision(defect, cause="仓储不当")
    assert d.outcome is ReturnOutcome.RETURN
    assert d.rule == "R-CMP-10"
    assert d.outcome in (ReturnOutcome.RETURN, ReturnOutcome.UNCONDITIONAL_RETURN)
    assert "return process" in d.reason
    assert "沉淀" in d.clause


@pytest.mark.parametrize("defect", ["发霉", "瓶盖扭断", "渗漏"])
def test_storage_caused_defects_are_not_returned_R_CMP_10(defect: str) -> None:
    """R-CMP-10: mould, twisted caps, leaks caused by improper storage → no return
    (found a month after leaving the warehouse: the 15-day clause does not apply)."""
    late = OUT + dt.timedelta(days=30)
    d = return_decision(defect, cause=Cause.IMPROPER_STORAGE, outbound_on=OUT, found_on=late)
    assert d.outcome is ReturnOutcome.NO_RETURN
    assert d.outcome not in (ReturnOutcome.RETURN, ReturnOutcome.UNCONDITIONAL_RETURN)
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
    assert last.window_ends_on == dt.date(2024, 10, 5)
    assert "R-" not in last.reason  # the rule is last.rule, never inside the reason
    assert "window ends 2024-10-05" in last.reason
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
    policy = ReturnPolicy(outbound_day_counted=True)
    d = return_decision(
        "发霉",
        outbound_on=OUT,
        found_on=OUT + dt.timedelta(days=15),
        outbound_confirmed=True,
        policy=policy,
    )
    assert d.outcome is ReturnOutcome.VERIFY
    assert d.window_ends_on == OUT + dt.timedelta(days=14)


def test_return_policy_validation() -> None:
    with pytest.raises(PolicyError, match="both returnable"):
        ReturnPolicy(returnable_defects={"沉淀", "发霉"})
    with pytest.raises(PolicyError, match="mould_window_days"):
        ReturnPolicy(mould_window_days=0)
    with pytest.raises(InvalidInput, match=r"^returnable_defects:"):
        ReturnPolicy(returnable_defects={"rust"})


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


def test_missing_dates_are_verified_not_guessed_R_CMP_10() -> None:
    """Only one of the two dates, or neither: the window cannot be judged yet."""
    only_out = return_decision("发霉", outbound_on=OUT, outbound_confirmed=True)
    assert only_out.outcome is ReturnOutcome.VERIFY
    assert only_out.window_ends_on == dt.date(2024, 10, 5)  # known from the outbound day alone
    assert "give outbound_on and found_on" in only_out.reason
    only_found = return_decision("发霉", found_on=OUT, outbound_confirmed=True)
    assert only_found.outcome is ReturnOutcome.VERIFY
    assert only_found.window_ends_on is None
    # storage-caused mould without both dates: the 15-day clause could still override
    stored = return_decision("发霉", found_on=OUT, cause="仓储不当")
    assert stored.outcome is ReturnOutcome.VERIFY
    assert "unless it was found within 15 days" in stored.reason
    assert "出库15天内" in stored.clause
    # storage-caused caps and leaks have no window: no return without any date
    assert return_decision("渗漏", cause="仓储不当").outcome is ReturnOutcome.NO_RETURN


def test_window_edges_both_ways_of_counting_R_SLA_22() -> None:
    """Outbound day not counted: day 15 in, day 16 out; counted: day 14 in, day 15 out."""
    counted = ReturnPolicy(outbound_day_counted=True)
    for policy, last_in in ((ReturnPolicy(), 15), (counted, 14)):
        for days, inside in ((0, True), (last_in, True), (last_in + 1, False)):
            d = return_decision(
                "发霉",
                outbound_on=OUT,
                found_on=OUT + dt.timedelta(days=days),
                outbound_confirmed=True,
                cause="未查明",
                policy=policy,
            )
            expected = ReturnOutcome.UNCONDITIONAL_RETURN if inside else ReturnOutcome.VERIFY
            assert d.outcome is expected, (policy.outbound_day_counted, days)


def test_inside_the_window_the_cause_does_not_matter_once_confirmed_R_CMP_10() -> None:
    """无条件退货: inside the window, confirmed by the outbound record, whatever the cause."""
    for cause in Cause:
        d = return_decision(
            "发霉",
            outbound_on=OUT,
            found_on=OUT + dt.timedelta(days=3),
            outbound_confirmed=True,
            cause=cause,
        )
        assert d.outcome is ReturnOutcome.UNCONDITIONAL_RETURN
    # caps and leaks have no window: the storage clause decides
    for defect in ("瓶盖扭断", "渗漏"):
        d = return_decision(
            defect,
            outbound_on=OUT,
            found_on=OUT + dt.timedelta(days=3),
            outbound_confirmed=True,
            cause="仓储不当",
        )
        assert d.outcome is ReturnOutcome.NO_RETURN


@pytest.mark.parametrize("defect", ["悬浮物", "suspended matter", Defect.SUSPENDED_MATTER])
def test_suspended_matter_of_no_size_is_verified_not_returned_R_CMP_10(defect: str) -> None:
    """R-CMP-10 (D10 二 3.2 「产品出现沉淀,较大悬浮物…按退货的流程办理」): only *large*
    suspended matter is returned; 悬浮物 whose size is not given is 待核实, and says why."""
    d = return_decision(defect)
    assert d.outcome is ReturnOutcome.VERIFY
    assert d.defect is Defect.SUSPENDED_MATTER
    assert (d.rule, d.clause) == ("R-CMP-10", "产品出现沉淀,较大悬浮物 … 按退货的流程办理")
    assert "size not given" in d.reason
    assert "large suspended matter" in d.reason
    assert return_decision("较大悬浮物").outcome is ReturnOutcome.RETURN


def test_a_desk_that_returns_any_suspended_matter_says_so_in_its_policy_R_CMP_10() -> None:
    """R-CMP-10: the reading is a policy: ``returnable_defects`` may name 悬浮物 itself."""
    every = ReturnPolicy(returnable_defects={"沉淀", "较大悬浮物", "悬浮物"})
    assert return_decision("悬浮物", policy=every).outcome is ReturnOutcome.RETURN


@given(st.sampled_from(list(Cause)), st.booleans())
def test_property_unsized_suspended_matter_is_never_returned_by_default_R_CMP_10(
    cause: Cause, confirmed: bool
) -> None:
    """R-CMP-10: whatever the cause and the outbound record, 悬浮物 without a size is 待核实."""
    d = return_decision(
        "悬浮物", cause=cause, outbound_on=OUT, found_on=OUT, outbound_confirmed=confirmed
    )
    assert d.outcome is ReturnOutcome.VERIFY


def test_cause_none_is_refused_saying_leaving_it_out_means_unknown_R_CMP_10() -> None:
    with pytest.raises(InvalidType, match=r"cause: .*leave it out.*Cause\.UNKNOWN") as caught:
        return_decision("发霉", cause=None)  # type: ignore[arg-type]
    assert caught.value.argument == "cause"
    assert return_decision("发霉") == return_decision("发霉", cause=Cause.UNKNOWN)


def test_a_company_defect_word_is_decided_as_the_defect_it_maps_to_R_CMP_10() -> None:
    mine = ReturnPolicy(defect_names={"沉淀悬浮": "较大悬浮物", "漏酒了": "渗漏"})
    assert return_decision("沉淀悬浮", policy=mine) == return_decision("较大悬浮物")
    with pytest.raises(InvalidInput, match=r"defect: .*ReturnPolicy\(defect_names="):
        return_decision("沉淀悬浮")
    with pytest.raises(PolicyError, match="defect_names"):  # a seed word is no own name
        ReturnPolicy(defect_names={"沉淀": "发霉"})


@given(
    st.sampled_from(["沉淀悬浮", "漏酒了"]),
    st.sampled_from(list(Cause)),
    st.integers(0, 30),
    st.booleans(),
)
def test_a_return_policy_in_company_words_behaves_as_the_seed_one_R_CMP_10(
    word: str, cause: Cause, days: int, confirmed: bool
) -> None:
    own = {"沉淀悬浮": "较大悬浮物", "漏酒了": "渗漏"}
    mine = ReturnPolicy(defect_names=own)
    out = dt.date(2026, 8, 25)
    found = out + dt.timedelta(days=days)
    assert return_decision(
        word,
        cause=cause,
        outbound_on=out,
        found_on=found,
        outbound_confirmed=confirmed,
        policy=mine,
    ) == return_decision(
        own[word], cause=cause, outbound_on=out, found_on=found, outbound_confirmed=confirmed
    )
