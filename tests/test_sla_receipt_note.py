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


def test_a_desk_that_does_not_read_the_kind_names_no_kind_R_CMP_01() -> None:
    """A desk whose rules read only the channel is asked of a case whose kind it is not
    told: its note says "from receipt" and calls the ticket no complaint (R-CMP-01)."""
    from custops.sla import SelectionRule, SlaPolicy, Target

    desk = SlaPolicy("hotline", (Target("reply", "24小时"),), (SelectionRule("all", ("reply",)),))
    schedule = desk.schedule(received_at=AT, channel="电话")
    with language("zh_CN"):
        assert "自接到时起算" in schedule.explain()
        assert "投诉" not in schedule.explain()
    with language("en_US"):
        assert "from receipt [" in schedule.explain()


@pytest.mark.parametrize(
    ("kind", "note"),
    [("投诉", "最早为接到投诉时"), ("建议", "最早为接到建议时"), (None, "最早为接到时")],
)
def test_an_assigned_clock_names_the_ticket_by_its_kind_R_SLA_01(
    kind: str | None, note: str
) -> None:
    """A target counted from the assignment says, at the earliest, the receipt of what."""
    from custops.sla import SelectionRule, SlaPolicy, Target

    solve = Target("solve", "1个工作日", from_assignment=True, rule="R-SLA-01")
    desk = SlaPolicy("desk", (solve,), (SelectionRule("all", ("solve",)),))
    schedule = desk.schedule(received_at=AT, kind=kind)
    with language("zh_CN"):
        assert note in schedule.explain()
    with language("en_US"):
        words = "the earliest, receipt" + ("" if kind is None else " of the ")
        assert words in schedule.explain()


def test_a_start_in_utc_is_shown_with_its_local_time_R_PER_01() -> None:
    """The reason shows a start given in UTC with its local time beside it: the local day
    is the one the count starts from (R-PER-01, art. 201)."""
    from custops.periods import deadline

    utc_start = dt.datetime(2025, 10, 10, 17, 0, tzinfo=dt.timezone.utc)
    with language("zh_CN"):
        reason = deadline(utc_start, "3个工作日", explain=True).reason
        assert reason.startswith("2025-10-10 17:00+00:00（当地时间 2025-10-11 01:00+08:00）")
    with language("en_US"):
        reason = deadline(utc_start, "3个工作日", explain=True).reason
        assert "(local time 2025-10-11 01:00+08:00)" in reason
    local_start = utc_start.astimezone(SH)
    assert "local" not in deadline(local_start, "3个工作日", explain=True).reason
