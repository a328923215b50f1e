"""``_validate.require_distinct``: the one "no duplicates" check (audit 6, J3)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._validate import require_distinct
from custops.errors import InvalidInput, PolicyError
from custops.sla import CaseAttribute, SelectionRule, Target


@settings(max_examples=100)
@given(st.lists(st.integers(min_value=0, max_value=20), max_size=8))
def test_property_refuses_exactly_the_lists_with_a_repeat(items: list[int]) -> None:
    """A list passes iff it has no repeat; a refusal names the argument and shows it."""
    if len(set(items)) == len(items):
        require_distinct("items", items, "repeats an item")  # passes: raises nothing
    else:
        with pytest.raises(InvalidInput) as caught:
            require_distinct("items", items, "repeats an item")
        assert caught.value.argument == "items"
        assert caught.value.value == items


def test_shown_and_error_choose_what_the_refusal_says() -> None:
    with pytest.raises(PolicyError, match=r"^warnings: lists a threshold twice \(got '0.5,0.5'\)$"):
        require_distinct(
            "warnings", [1, 1], "lists a threshold twice", shown="0.5,0.5", error=PolicyError
        )


def test_sla_policy_fields_keep_their_duplicate_messages() -> None:
    """The SLA policy fields that now use it refuse with the same words as before."""
    with pytest.raises(PolicyError, match=r"^warnings: lists a threshold twice"):
        Target("reply", "24小时", warnings=("0.5", "0.5"))
    with pytest.raises(PolicyError, match=r"names a rule twice"):
        SelectionRule("r", ("reply",), rule_ids=("R-SLA-05", "R-SLA-05"))
    with pytest.raises(
        PolicyError, match=r"^values: must list distinct values \(got \('low', 'LOW'\)\)$"
    ):
        CaseAttribute("priority", ("low", "LOW"))
    with pytest.raises(PolicyError, match=r"^values: must list distinct values \(got \(\)\)$"):
        CaseAttribute("priority", ())
