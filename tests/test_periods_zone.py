"""A start in another zone is read in the calendar's zone, and the explanation says so (R-PER-01).

The zone always comes from the calendar (house rule 3, CONTRIBUTING.md): an instant from
Asia/Hong_Kong given to the mainland calendar is one moment, counted on the mainland's
days and answered in Asia/Shanghai.  That is kept; what changes is that the answer no
longer hides it: a ``Deadline``'s explanation and an SLA ``Schedule`` name the start's
zone, the calendar's zone and the calendar whose days were counted (R-SLA-01, R-SLA-08,
R-SLA-09 count on it).  A Hong Kong desk passes its own calendar, and then nothing is said.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import WorkCalendar
from custops.complaints import Case, Complaint
from custops.i18n import language
from custops.periods import deadline
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
HK = ZoneInfo("Asia/Hong_Kong")
HK_OFFICE = WorkCalendar("HK", weekend=(5, 6), zone="Asia/Hong_Kong")
READ = (
    "the start is in Asia/Hong_Kong, not in the calendar's zone: it was read as "
    "2025-09-30 16:00+08:00 in Asia/Shanghai, and its days were counted on the CN calendar "
    "(for the holidays of another region, pass calendar=WorkCalendar(...) of that region)"
)
#: A case's calendar is its desk's: the note says where to give another region's
READ_CASE = READ.replace(
    "pass calendar=WorkCalendar(...) of that region",
    "give the desk's SlaPolicy calendar=WorkCalendar(...) of that region",
)


def test_a_hong_kong_start_on_the_mainland_calendar_says_so() -> None:
    """R-PER-01, R-SLA-09: counted on the mainland's National Day (10-01..10-08 off) and
    answered in Shanghai time, with the first step saying which zone and calendar."""
    result = deadline(dt.datetime(2025, 9, 30, 16, tzinfo=HK), "3个工作日", explain=True)
    assert result.due_at == dt.datetime(2025, 10, 11, 18, tzinfo=SH)
    assert result.due_at.tzinfo == SH
    assert result.reasoning[0] == READ
    assert READ in result.explain()


def test_the_note_is_worded_in_chinese_too() -> None:
    """R-PER-01: the step is worded in the language active when it is read."""
    result = deadline(dt.datetime(2025, 9, 30, 16, tzinfo=HK), "3个工作日", explain=True)
    with language("zh_CN"):
        assert result.reasoning[0] == (
            "起点的时区为「Asia/Hong_Kong」，不是日历的时区：按「Asia/Shanghai」读作 "
            "2025-09-30 16:00+08:00，工作日与休息日按「CN」日历判断（要按其他地区的节假日"
            "计算，请传入该地区的日历「calendar=WorkCalendar(...)」）"
        )


def test_a_hong_kong_calendar_counts_hong_kong_days_and_says_nothing() -> None:
    """R-PER-01, R-SLA-09: 10-01 is 國慶日 and 10-07 中秋節翌日 in Hong Kong; the office's three
    working days are 10-02, 10-03 and 10-06, answered in Hong Kong time."""
    start = dt.datetime(2025, 9, 30, 16, tzinfo=HK)
    result = deadline(start, "3个工作日", calendar=HK_OFFICE, explain=True)
    assert result.due_at == dt.datetime(2025, 10, 6, 18, tzinfo=HK)
    assert result.due_at.tzinfo == HK
    assert not any("not in the calendar's zone" in step for step in result.reasoning)


def test_a_start_in_the_calendars_zone_or_a_bare_offset_adds_no_step() -> None:
    """R-PER-01: Shanghai time names the calendar's own zone, and so do its other names
    (Asia/Chongqing, PRC); UTC, by any name, or +08:00 names no region (the reason shows
    its local time when it differs)."""
    other_names = (ZoneInfo("Asia/Chongqing"), ZoneInfo("PRC"), ZoneInfo("UTC"))
    for tz in (SH, dt.timezone.utc, dt.timezone(dt.timedelta(hours=8)), *other_names):
        result = deadline(dt.datetime(2025, 9, 30, 8, tzinfo=tz), "3个工作日", explain=True)
        assert not any("not in the calendar's zone" in step for step in result.reasoning), tz


def test_elapsed_hours_use_no_calendar_day_and_add_no_step() -> None:
    """R-SLA-05: 24 hours are elapsed time, the same in any zone."""
    result = deadline(dt.datetime(2025, 9, 30, 16, tzinfo=HK), "24小时", explain=True)
    assert result.due_at == dt.datetime(2025, 10, 1, 16, tzinfo=HK)
    assert not any("not in the calendar's zone" in step for step in result.reasoning)


def test_a_schedule_of_a_hong_kong_receipt_names_the_calendar() -> None:
    """R-SLA-01: the dealer desk counts on the mainland calendar; its schedule says the
    receipt was read in Asia/Shanghai on the CN calendar, under its steps."""
    received = dt.datetime(2025, 9, 30, 16, tzinfo=HK)
    schedule = presets.DEALER.schedule(received_at=received, kind="complaint")
    assert schedule.received_at.tzinfo == SH
    assert schedule.zone_note == READ
    assert schedule.explain().splitlines()[-2] == f"  {READ}"
    on_shanghai = presets.DEALER.schedule(received_at=received.astimezone(SH), kind="complaint")
    assert on_shanghai.zone_note is None
    assert READ not in on_shanghai.explain()
    own = presets.DEALER.schedule(received_at=received, kind="complaint", calendar=HK_OFFICE)
    assert own.zone_note is None
    assert own.steps[0].due_at == dt.datetime(2025, 10, 2, 18, tzinfo=HK)


def test_a_case_received_in_hong_kong_on_the_mainland_calendar_says_so() -> None:
    """R-PER-01, R-SLA-01: a case's status carries the note its schedule and a deadline's
    explanation carry, under its targets, saying that another region's calendar is given
    to the desk's SlaPolicy (a case's calendar is its desk's); a case of the calendar's own
    zone has none, and the note is worded in the language active when it is read."""
    received = dt.datetime(2025, 9, 30, 16, tzinfo=HK)
    complaint = Complaint(
        received_at=received, channel="电话", content="产品质量太差，我要投诉", complainant="陈"
    )
    case = Case.open(complaint, "客户关系顾问", policy="dealer")
    at = dt.datetime(2025, 10, 2, 9, tzinfo=HK)
    with language("en_US"):
        status = case.status(at=at)
        assert status.zone_note == READ_CASE
        assert status.explain().splitlines()[-1] == f"  {READ_CASE}"
    with language("zh_CN"):
        assert status.zone_note is not None
        assert status.zone_note.startswith("起点的时区为「Asia/Hong_Kong」")
        assert "请在受理台的「SlaPolicy」中给出该地区的日历" in status.zone_note
        assert status.zone_note in status.explain()
    shanghai = attrs.evolve(complaint, received_at=received.astimezone(SH))
    same = Case.open(shanghai, "客户关系顾问", policy="dealer").status(at=at)
    assert same.zone_note is None
    with language("en_US"):
        assert "not in the calendar's zone" not in same.explain()


ZONES = ("Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo", "Europe/London", "America/New_York")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 6, 30)),
    st.integers(min_value=1, max_value=10),
)
def test_the_zone_changes_only_the_note(zone: str, wall: dt.datetime, n: int) -> None:
    """R-PER-01: a start in any other named zone is due at the same instant as the same
    moment given in the calendar's zone; only its first step differs, and it names both
    zones and the calendar."""
    start = wall.replace(tzinfo=ZoneInfo(zone))
    elsewhere = deadline(start, f"{n}个工作日", explain=True)
    here = deadline(start.astimezone(SH), f"{n}个工作日", explain=True)
    assert elsewhere.due_at is not None
    assert elsewhere.due_at == here.due_at
    assert elsewhere.due_at.tzinfo == SH
    assert elsewhere.reasoning[1:] == here.reasoning
    first = elsewhere.reasoning[0]
    assert f"the start is in {zone}," in first
    assert "in Asia/Shanghai" in first
    assert "the CN calendar" in first
