"""A stored result that contradicts itself is refused when loaded: a rule ID of the
catalogue's form that is no rule of it, an eligibility verdict its checks do not give
(R-MEM-01), a deadline whose date is not the one its reason counts to (R-MEM-04, R-PER-01).
A company's own rule IDs still load."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops import serial
from custops._validate import CATALOGUE_RULE_IDS
from custops.decisions import Decision
from custops.errors import InvalidInput
from custops.exchange import Applicant, StaffMember, change_report_due, eligibility
from custops.secrecy import Person, can_know, classify_matter

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _refused_eligibility() -> Any:
    return eligibility(
        Applicant(
            registered_capital="8000000",
            fixed_premises=True,
            it_adequate=True,
            governance_sound=True,
            fees_paid=True,
            staff=[StaffMember("高管", 6)],
        )
    )


def _access() -> Any:
    plan = classify_matter(
        "C-1",
        "年度规划",
        owner="华东公司",
        classified_on=dt.date(2026, 1, 1),
        ends_on=dt.date(2026, 12, 31),
        supervisor_id="sup_e",
        person_ids={"li"},
    )
    zhou = Person("zhou", company="华东公司", positions={"员工"})
    return can_know(zhou, plan, on=dt.date(2026, 6, 1))


def test_the_rule_ids_are_those_docs_rules_md_lists() -> None:
    listed = set(
        re.findall(r"^\| (R-[A-Z]{3}-\d{2}) ", (DOCS / "rules.md").read_text("utf-8"), re.M)
    )
    assert listed == CATALOGUE_RULE_IDS


def test_an_unknown_rule_of_the_catalogues_form_is_refused_R_SEC_04() -> None:
    text = serial.to_json(_access())
    assert '"R-SEC-04"' in text
    with pytest.raises(InvalidInput, match=r"^text: value: rule: is not a rule of the catalogue"):
        serial.from_json(text.replace('"R-SEC-04"', '"R-FOO-99"'))
    with pytest.raises(InvalidInput, match=r"^rule: is not a rule of the catalogue"):
        Decision(True, "R-SEC-99", "ok")


@pytest.mark.parametrize("rule", ["HR-07", "R-SH-001", "ACME.12", "R-VIP-04a"])
def test_a_companys_own_rule_id_loads(rule: str) -> None:
    own = Decision(True, rule, "经部门经理批准")
    assert serial.from_json(serial.to_json(own)) == own


def test_a_flipped_eligibility_is_refused_R_MEM_01() -> None:
    result = _refused_eligibility()
    assert not result.allowed
    doc = serial.to_dict(result)
    doc["value"]["allowed"] = True
    with pytest.raises(InvalidInput, match=r"^document: value: allowed: must be False"):
        serial.from_dict(doc)
    doc = serial.to_dict(result)
    doc["value"]["rule"] = "R-MEM-04"
    with pytest.raises(InvalidInput, match=r"^document: value: rule: must be R-MEM-01"):
        serial.from_dict(doc)


def test_a_deadline_whose_date_and_reason_disagree_is_refused_R_MEM_04() -> None:
    doc = serial.to_dict(change_report_due(dt.date(2026, 9, 24), explain=True))
    doc["value"]["ends_on"] = "2030-01-01"
    with pytest.raises(
        InvalidInput, match=r"^document: value: ends_on: must be the day its reason"
    ):
        serial.from_dict(doc)


_STORED = [_refused_eligibility(), _access(), change_report_due(dt.date(2026, 9, 24), explain=True)]


def _tamper(value: Any) -> st.SearchStrategy[Any]:
    """Another value for a stored field of the same JSON type."""
    if isinstance(value, bool):
        return st.just(not value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)
    if isinstance(value, str) and value.startswith("R-"):
        return st.sampled_from([*sorted(CATALOGUE_RULE_IDS), "R-FOO-99", "R-SEC-99", "R-MEM-07"])
    return st.nothing()


@st.composite
def _tampered(draw: st.DrawFn) -> dict[str, Any]:
    doc = serial.to_dict(draw(st.sampled_from(_STORED)))
    fields = [k for k, v in doc["value"].items() if not _tamper(v).is_empty]
    field = draw(st.sampled_from(fields))
    doc["value"][field] = draw(_tamper(doc["value"][field]))
    return doc


@given(_tampered())
def test_property_a_tampered_result_is_refused_or_holds_together_R_MEM_01_R_SEC_04(
    doc: dict[str, Any],
) -> None:
    try:
        loaded = serial.from_dict(doc)
    except InvalidInput:
        return
    assert serial.to_dict(loaded) == doc  # it reloads equal
    assert loaded.rule in CATALOGUE_RULE_IDS
    if doc["type"] == "exchange.Eligibility":
        assert loaded.allowed == all(c.allowed for c in loaded.checks)
    if doc["type"] == "periods.Deadline":
        assert f"→ {loaded.ends_on.isoformat()}" in loaded.reason
