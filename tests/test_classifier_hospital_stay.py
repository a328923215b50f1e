"""A stay in hospital is harm told in a complaint, but no injury in a patient's thanks for
the care (R-CMP-07 severity signals; R-CMP-01 kinds)."""

from __future__ import annotations

import pytest

from custops.complaints import Kind, Signal, classify


def _signals(text: str) -> set[Signal]:
    return {e.signal for e in classify(text).evidence if e.signal is not None}


@pytest.mark.parametrize(
    "text",
    [
        "住院三天，护士很耐心，谢谢",
        "感谢医生护士，住院期间照顾得很好",
        "住院一周，医生医术高明，已经康复出院",
        "父亲住院半个月，护士照顾得很细心，非常感谢",
    ],
)
def test_a_stay_told_in_thanks_for_the_care_is_no_injury_R_CMP_07(text: str) -> None:
    result = classify(text)
    assert Signal.SAFETY not in _signals(text)
    assert result.kind is Kind.PRAISE
    assert "sig.hospitalised" in {e.rule_id for e in result.suppressed}


@pytest.mark.parametrize(
    "text",
    [
        "孩子吃了你们的东西住院了",
        "吃完拉肚子住院了",
        "我妈住院了你们还不给退",
        "喝了你们的酒直接住院，必须给个说法",
    ],
)
def test_a_stay_in_hospital_told_in_a_complaint_is_a_safety_signal_R_CMP_07(text: str) -> None:
    result = classify(text)
    assert Signal.SAFETY in _signals(text)
    assert result.kind is Kind.COMPLAINT


def test_a_stay_not_had_is_no_signal_R_CMP_07() -> None:
    assert Signal.SAFETY not in _signals("还好没有住院，就是有点不舒服")
