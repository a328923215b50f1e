"""A versioned class's documents: older ones are upgraded, current ones load as saved.

Severity criteria (R-CMP-07) stored before the police report was a criterion of its own
named it under ``legal``; a document of that time (no ``version`` in its object) loads with
``police`` beside ``legal``.  Criteria stored since carry ``"version": 2`` and come back
exactly as saved: a desk that left the police report out on purpose keeps it out.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custops import serial
from custops.complaints import Case, CasePolicy, Complaint, SeverityPolicy, Signal
from custops.complaints.severity import CRITERIA
from custops.errors import InvalidInput

SH = ZoneInfo("Asia/Shanghai")

#: A bank's criteria: every one but the police report (R-CMP-07).
BANK = SeverityPolicy(enabled=set(CRITERIA) - {Signal.POLICE})

#: Severity criteria as a release before the police signal wrote them: no ``version``,
#: a police report counted under ``legal`` (R-CMP-07).
OLD_DOCUMENT = """{"custops": 1, "type": "complaints.SeverityPolicy", "value": {
  "loss_threshold": "10000.00", "min_prior_complaint_count": 1, "min_complainant_count": 3,
  "enabled": ["collective", "legal", "loss", "media", "regulator", "repeat", "safety"],
  "classifier_policy": {"builtin": "complaints.DEFAULT_CLASSIFIER_POLICY"}}}"""


def _case_policy(criteria: SeverityPolicy) -> CasePolicy:
    return attrs.evolve(CasePolicy(sla_policy="dealer"), severity_policy=criteria)


def test_R_CMP_07_an_old_document_keeps_escalating_police_reports() -> None:
    loaded = serial.from_json(OLD_DOCUMENT, expect=SeverityPolicy)
    assert loaded.enabled == frozenset(CRITERIA)
    assert Signal.POLICE in loaded.enabled
    assert Signal.LEGAL in loaded.enabled


def test_R_CMP_07_an_old_document_without_legal_is_not_given_the_police() -> None:
    doc = json.loads(OLD_DOCUMENT)
    doc["value"]["enabled"] = ["loss", "media"]
    assert serial.from_dict(doc).enabled == {Signal.LOSS, Signal.MEDIA}


def test_R_CMP_07_criteria_that_dropped_the_police_come_back_without_it() -> None:
    text = serial.to_json(BANK)
    assert '"version":2' in text
    assert serial.from_json(text) == BANK
    assert Signal.POLICE not in serial.from_dict(serial.to_dict(BANK)).enabled
    assert serial.to_dict(BANK)["value"]["version"] == 2


def test_R_CMP_07_a_desk_stored_whole_keeps_its_criteria() -> None:
    """Criteria inside a stored desk and a stored case carry their version too."""
    desk = _case_policy(BANK)
    assert serial.from_json(serial.to_json(desk)).severity_policy == BANK
    asked = Complaint(
        received_at=dt.datetime(2025, 10, 13, 9, tzinfo=SH),
        channel="电话",
        content="银行卡被盗刷，我已经报警",
        complainant="A",
    )
    case = Case.open(asked, "客户关系顾问", policy=desk)
    loaded = serial.from_json(serial.to_json(case))
    assert loaded == case
    assert Signal.POLICE not in loaded.policy.severity_policy.enabled


def test_R_CMP_07_an_old_desk_document_is_upgraded_inside() -> None:
    doc = serial.to_dict(_case_policy(BANK))
    del doc["value"]["severity_policy"]["version"]  # as a release before wrote it
    assert Signal.POLICE in serial.from_dict(doc).severity_policy.enabled


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        (3, "is a version of SeverityPolicy this custops does not read (it reads 1 to 2)"),
        (0, "is a version of SeverityPolicy this custops does not read"),
        ("2", "is a version of SeverityPolicy this custops does not read"),
        (True, "is a version of SeverityPolicy this custops does not read"),
    ],
)
def test_an_unknown_version_of_a_class_is_refused(version: Any, problem: str) -> None:
    doc = serial.to_dict(BANK)
    doc["value"]["version"] = version
    with pytest.raises(InvalidInput, match=r"document: value: version: ") as caught:
        serial.from_dict(doc)
    assert problem in str(caught.value)
    assert caught.value.value == version


def test_R_CMP_07_version_1_written_out_is_upgraded_as_an_absent_one() -> None:
    doc = json.loads(OLD_DOCUMENT)
    doc["value"]["version"] = 1
    assert Signal.POLICE in serial.from_dict(doc).enabled


def test_the_schema_names_the_version() -> None:
    schema = serial.json_schema(SeverityPolicy)
    criteria = schema["$defs"]["complaints.SeverityPolicy"]
    assert criteria["properties"]["version"] == {"type": "integer", "minimum": 1, "maximum": 2}
    assert "version" not in criteria["required"]  # an older document has none


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sets(st.sampled_from(list(Signal))))
def test_property_R_CMP_07_any_criteria_round_trip_exactly(enabled: set[Signal]) -> None:
    """Invariant (R-CMP-07): whatever criteria a desk keeps, a stored one loads with the
    very same ``enabled`` — through JSON text, through the dict form, and inside a desk."""
    criteria = SeverityPolicy(enabled=enabled)
    assert serial.from_json(serial.to_json(criteria)).enabled == frozenset(enabled)
    assert serial.from_dict(serial.to_dict(criteria)) == criteria
    desk = _case_policy(criteria)
    assert serial.from_json(serial.to_json(desk)).severity_policy == criteria
