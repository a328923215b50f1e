"""A caller's text that a result's one-line reason quotes holds no rule ID (issue 12, house
rule 4: a reason holds no rule ID; ``custops._validate.require_label``), and a target's,
a selection's or a review period's label is read the same way (R-SLA targets' labels)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from custops._validate import RULE_ID_IN_TEXT, label_text, require_id, require_label
from custops.complaints import ReviewPeriod
from custops.errors import InvalidInput
from custops.sla import Target

_TEXT = st.text(st.characters(categories=("Lo", "Ll", "Nd", "Zs")), min_size=1, max_size=12)
_RULE_ID = st.from_regex(r"R-[A-Z]{2,5}-\d{2,3}", fullmatch=True)


@given(_TEXT, _RULE_ID, _TEXT)
def test_a_rule_id_inside_a_quoted_text_is_refused(before: str, rule: str, after: str) -> None:
    text = f"{before}{rule}{after}"
    assume(RULE_ID_IN_TEXT.search(text))  # (letters or digits around it make it no rule ID)
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as refused:
        require_label("gift", text)
    assert refused.value.argument == "gift"
    assert refused.value.value == text


@given(_TEXT.filter(lambda t: t.strip() != ""))
def test_a_text_without_a_rule_id_is_kept_trimmed(text: str) -> None:
    assert not RULE_ID_IN_TEXT.search(text)
    assert require_label("gift", f" {text} ") == text.strip()


def test_labels_of_targets_and_review_periods_refuse_a_rule_id() -> None:
    assert label_text("label", None) == ""
    assert Target("reply", "3天", label=" 答复 ").label == "答复"
    with pytest.raises(InvalidInput, match=r"^label: must not hold a rule ID"):
        Target("reply", "3天", label="R-SLA-05答复")
    with pytest.raises(InvalidInput, match=r"^label: must not hold a rule ID"):
        ReviewPeriod(dt.date(2025, 1, 1), dt.date(2025, 1, 7), label="R-CMP-14周")


@given(_RULE_ID, st.sampled_from(["", "VIP-", "C "]))
def test_an_id_holding_a_rule_id_is_refused(rule: str, before: str) -> None:
    """An id (a card number, a ref, a company) is quoted in reasons: no rule ID inside."""
    text = f"{before}{rule}"
    assume(RULE_ID_IN_TEXT.search(text))
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as refused:
        require_id("number", f" {text} ")
    assert refused.value.argument == "number"
    assert require_id("number", " VIP-0001 ") == "VIP-0001"
