"""Tests of custops.complaints.validity (R-CMP-05, R-CMP-09)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Department, HandlingClass, Role, Validity
from custops.complaints.validity import assess_validity, handling_decision
from custops.errors import InvalidInput, InvalidType


def test_established_needs_both_R_CMP_05() -> None:
    """R-CMP-05: established only when grounds are sufficient AND the demand reasonable."""
    yes = assess_validity(grounds_sufficient=True, demand_reasonable=True)
    assert yes.validity is Validity.ESTABLISHED
    assert yes.allowed
    assert yes.rule == "R-CMP-05"
    for grounds, demand in [(True, False), (False, True), (False, False)]:
        no = assess_validity(grounds_sufficient=grounds, demand_reasonable=demand)
        assert no.validity is Validity.NOT_ESTABLISHED
        assert "tactfully" in no.next_step or "委婉" in no.next_step
        assert no.reason.startswith("not established")


def test_reason_names_what_failed_R_CMP_05() -> None:
    assert (
        "grounds are not sufficient"
        in assess_validity(grounds_sufficient=False, demand_reasonable=True).reason
    )
    assert (
        "demand is not reasonable"
        in assess_validity(grounds_sufficient=True, demand_reasonable=False).reason
    )
    assert "grounds" not in assess_validity(grounds_sufficient=True, demand_reasonable=False).reason


def test_validity_refuses_truthy_non_bools() -> None:
    with pytest.raises(InvalidType, match=r"^grounds_sufficient:"):
        assess_validity(grounds_sufficient=1, demand_reasonable=True)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^demand_reasonable:"):
        assess_validity(grounds_sufficient=True, demand_reasonable="no")  # type: ignore[arg-type]


@given(st.booleans(), st.booleans())
def test_validity_is_the_conjunction(grounds: bool, demand: bool) -> None:
    assert assess_validity(grounds_sufficient=grounds, demand_reasonable=demand).allowed == (
        grounds and demand
    )


def test_violation_is_reported_up_R_CMP_09() -> None:
    """R-CMP-09: a violation or dereliction → reported to the department head, by procedure."""
    d = handling_decision("违规")
    assert d.outcome is HandlingClass.VIOLATION
    assert d.report_to is Role.DEPARTMENT_MANAGER
    assert not d.corrective_plan  # D14 四(三): a plan only for 一般工作失误
    assert d.criticism_notice
    assert d.rule == "R-CMP-09"
    assert d.department is Department.MARKETING_OFFICE


def test_ordinary_mistake_is_corrected_with_a_plan_R_CMP_09() -> None:
    d = handling_decision(HandlingClass.ORDINARY_MISTAKE, department="综合部")
    assert d.report_to is None
    assert d.corrective_plan
    assert d.department is Department.GENERAL_AFFAIRS
    assert "corrected at once" in d.reason


def test_misunderstanding_is_explained_R_CMP_09() -> None:
    """R-CMP-09 / R-CMP-03 (D10 二 3.4): a misunderstanding is explained, nobody punished."""
    d = handling_decision("客户误解")
    assert not d.corrective_plan
    assert not d.criticism_notice
    assert "explain" in d.next_step


def test_handling_refuses_unknown_class() -> None:
    with pytest.raises(InvalidInput, match=r"^handling_class:"):
        handling_decision("happy")
    with pytest.raises(InvalidInput, match=r"^department:"):
        handling_decision("违规", department="canteen")
