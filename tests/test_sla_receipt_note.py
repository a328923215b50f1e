"""A clock started at receipt names the ticket by its kind: a consultation's answer runs
from the consultation's receipt (R-SLA-11, R-CMP-01), not from "the complaint"'s."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from custops.complaints import Case, Complaint
from custops.i18n import language
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)


@pytest.mark.parametrize(
    ("kind", "note"),
    [("咨询", "自接到咨询起算"), ("投诉", "自接到投诉起算")],
)
def test_a_schedule_names_the_ticket_by_its_kind_R_SLA_11(kind: str, note: str) -> None:
    schedule = presets.TOBACCO.schedule(received_at=AT, channel="phone", kind=kind)
    with language("zh_CN"):
        assert note in schedule.explain()
        if kind == "咨询":
            assert "投诉起算" not in schedule.explain()
    with language("en_US"):
        if kind == "咨询":
            assert "from receipt of the consultation" in schedule.explain()


def test_a_consultation_cases_clock_is_counted_from_the_consultation_R_CMP_01() -> None:
    asked = Complaint(
        received_at=AT, channel="phone", complainant="A", content="请问怎么办会员卡？"
    )
    case = Case.open(asked, "客户关系顾问", policy="tobacco").classify(
        AT + dt.timedelta(minutes=5), "客户关系经理", kind="咨询"
    )
    with language("zh_CN"):
        notes = [c.events[0].note for c in case.clocks().values()]
    assert notes
    assert all("投诉" not in note for note in notes)
