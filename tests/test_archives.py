"""Tests of custops.archives (D2, D3, D9; R-ARC-01..03, R-SLA-14/15/18)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import _validate as validate
from custops.archives import (
    Archive,
    ArchivePolicy,
    FileContent,
    LoanRequest,
    RecordKind,
    Relation,
    SurveyBasis,
    SurveyOutcome,
    UpdateOutcome,
    archive_due,
    can_lend_record,
    completeness,
    created_in_time,
    overdue_updates,
    survey_due,
    update_schedule,
)
from custops.calendars import WorkCalendar, china
from custops.decisions import Decision
from custops.errors import InvalidInput, InvalidType, PolicyError, Refused
from custops.i18n import language
from custops.periods import Deadline
from custops.secrecy import HQ, Matter, Person, SecrecyPolicy, can_know

D = dt.date
FULL = Archive(
    "某医院",
    created_on=D(2025, 3, 3),
    records=list(RecordKind),
    contents=list(FileContent),
    keeper_id="王五",
    approved_by_id="赵六",
    approver_role="直接上级",  # D2 1: 交直接上级审核 (R-ARC-02, the default policy)
)
# Days whose +7 stays inside the published calendar years (no provisional warning).
days = st.dates(min_value=D(2001, 1, 1), max_value=D(2026, 11, 30))


# --- R-ARC-01 / R-ARC-02 --------------------------------------------------------------------------


def test_R_ARC_01_twelve_kinds_of_record() -> None:
    """R-ARC-01: D3 三 lists twelve kinds of record, in this order."""
    assert len(RecordKind) == 12
    assert RecordKind.PAYMENTS.label == "客户缴费记录(含各样押金)"
    assert list(RecordKind)[-1].label == "客户单位工程档案与工作程序"
    assert RecordKind.parse("维修记录") is RecordKind.REPAIRS
    assert RecordKind.parse("VIOLATIONS AND ARREARS") is RecordKind.VIOLATIONS_AND_ARREARS
    with pytest.raises(InvalidInput, match="text: is not a known RecordKind"):
        RecordKind.parse("照片")


def test_R_ARC_01_missing_records_listed_in_order() -> None:
    """R-ARC-01: completeness lists the missing records in the seed's order."""
    a = Archive(
        "某租户",
        created_on=D(2025, 3, 3),
        records=[k for k in RecordKind if k not in (RecordKind.REPAIRS, RecordKind.UNIT_DATA)],
        contents=list(FileContent),
        keeper_id="王五",
        approved_by_id="张经理",
        approver_role="supervisor",
    )
    c = completeness(a)
    assert not c.allowed
    assert not c
    assert c.missing_records == (RecordKind.UNIT_DATA, RecordKind.REPAIRS)
    assert c.unmet_rule_ids == ("R-ARC-01",)
    assert c.rule == "R-ARC-01"
    assert c.reason == "missing: client unit data, repair records"


def test_R_ARC_02_contents_keeper_and_approval() -> None:
    """R-ARC-02: contact, credit and transactions; a named keeper; the director's approval."""
    assert completeness(FULL).allowed
    bare = Archive("某药店", created_on=D(2025, 3, 3), records=list(RecordKind))
    c = completeness(bare)
    assert c.missing_contents == tuple(FileContent)
    assert c.missing_keeper
    assert c.missing_approval
    assert c.unmet_rule_ids == ("R-ARC-02",)
    assert c.reason.endswith("a named keeper, an approval (by the direct superior)")


def test_R_ARC_02_policy_narrows_requirements() -> None:
    """R-ARC-01/02: a sales company (D9) requires only the file contents."""
    sales = ArchivePolicy(required_records=(), require_approval=False)
    a = Archive("某经销商", created_on=D(2025, 3, 3), contents=list(FileContent), keeper_id="王五")
    assert completeness(a, policy=sales).allowed
    assert completeness(a).unmet_rule_ids == ("R-ARC-01", "R-ARC-02")


@given(
    st.sets(st.sampled_from(list(RecordKind))),
    st.sets(st.sampled_from(list(FileContent))),
    st.sets(st.sampled_from(list(RecordKind))),
    st.booleans(),
)
def test_R_ARC_01_completeness_property(
    present: set[RecordKind], contents: set[FileContent], required: set[RecordKind], keeper: bool
) -> None:
    """R-ARC-01/02 property: missing = required − present, and complete iff nothing missing."""
    a = Archive(
        "c",
        created_on=D(2025, 1, 1),
        records=present,
        contents=contents,
        keeper_id="k" if keeper else None,
        approved_by_id="d",
        approver_role=Relation.SUPERVISOR,
    )
    c = completeness(a, policy=ArchivePolicy(required_records=required))
    assert set(c.missing_records) == required - present
    assert set(c.missing_contents) == set(FileContent) - contents
    assert c.missing_keeper == (not keeper)
    assert c.allowed == (not c.missing_records and not c.missing_contents and not c.missing_keeper)
    assert c.allowed == (c.unmet_rule_ids == ())
    assert c.rule_ids == ("R-ARC-01", "R-ARC-02")  # the rules applied, met or not
    assert c.rule == (c.unmet_rule_ids or ("R-ARC-01",))[0]  # the first rule not met


# --- R-SLA-14 -------------------------------------------------------------------------------------


def test_R_SLA_14_archive_within_one_week() -> None:
    """R-SLA-14: one week, start day not counted, rolled past rest days (Civil Code)."""
    assert archive_due(D(2025, 3, 3)) == D(2025, 3, 10)
    # 2025-10-03 is in the National Day holiday (10-01..10-08): the next working day.
    assert archive_due(D(2025, 9, 26)) == D(2025, 10, 9)
    # 2025-03-08 is a Saturday.
    assert archive_due(D(2025, 3, 1)) == D(2025, 3, 10)
    explained = archive_due(D(2025, 9, 26), explain=True)
    assert isinstance(explained, Deadline)
    assert (explained.due_at, explained.ends_on) == (None, D(2025, 10, 9))
    assert explained.rule == "R-SLA-14"  # audit F14: the seed rule, the law in the reason
    assert explained.reason == "2025-09-26 + 1 week → 2025-10-09 (Civil Code arts. 201, 203)"
    assert explained.explain().startswith("deadline (R-SLA-14): 2025-09-26 + 1 week")


def test_R_SLA_14_a_week_past_the_calendar_says_what_cannot_be_counted() -> None:
    """R-SLA-14: a first contact whose week runs past the calendar's years names
    ``first_contact_on`` and the period that cannot be counted (was "is outside the
    calendar", of a day inside it)."""
    with pytest.raises(InvalidInput) as caught:
        archive_due(dt.date(2100, 12, 28))
    assert str(caught.value).startswith("first_contact_on: 1 week cannot be counted from it (")
    assert caught.value.value == dt.date(2100, 12, 28)


def test_R_SLA_14_own_calendar_and_policy() -> None:
    """R-SLA-14: a company calendar (a closure) and a different period are honoured."""
    closed = WorkCalendar(closures=[D(2025, 3, 10)])
    assert archive_due(D(2025, 3, 3), calendar=closed) == D(2025, 3, 11)
    three = ArchivePolicy(creation_period="3个工作日")
    assert archive_due(D(2025, 3, 7), policy=three) == D(2025, 3, 12)
    with pytest.raises(PolicyError, match="creation_period"):
        ArchivePolicy(creation_period="24小时")
    with pytest.raises(InvalidType, match="first_contact_on"):
        archive_due(dt.datetime(2025, 3, 3, 9, 0))
    with pytest.raises(InvalidType, match="calendar: must be a WorkCalendar"):
        archive_due(D(2025, 3, 3), calendar="CN")  # type: ignore[call-overload]


@given(days)
def test_R_SLA_14_property(first: dt.date) -> None:
    """R-SLA-14 property: the due day is a working day, at least 7 days on, and every day
    between day 7 and the due day is a rest day."""
    due = archive_due(first)
    cal = china()
    assert cal.is_workday(due)
    assert due >= first + dt.timedelta(days=7)
    d = first + dt.timedelta(days=7)
    while d < due:
        assert not cal.is_workday(d)
        d += dt.timedelta(days=1)


def test_R_SLA_14_created_in_time_is_a_decision() -> None:
    """R-SLA-14: created on or before the last day of the week after the first contact is
    in time; a day later is late, by a count of days; the rule and the days in the reason."""
    first = D(2025, 9, 26)  # the week ends in the National Day holiday: due 10-09
    on_time = Archive("某医院", first_contact_on=first, created_on=D(2025, 10, 9))
    d = created_in_time(on_time)
    assert isinstance(d, Decision)
    assert (d.allowed, d.rule) == (True, "R-SLA-14")
    assert d.reason == (
        "first contact on 2025-09-26; created on 2025-10-09, due on or before 2025-10-09"
    )
    late = created_in_time(attrs.evolve(on_time, created_on=D(2025, 10, 12)))
    assert (late.allowed, late.rule) == (False, "R-SLA-14")
    assert late.reason.endswith("created only on 2025-10-12, 3 days late")
    with pytest.raises(Refused, match="R-SLA-14"):
        late.require()
    early = attrs.evolve(on_time, created_on=D(2025, 9, 20))  # opened before the first contact
    assert created_in_time(early).allowed


def test_R_SLA_14_created_in_time_follows_calendar_and_policy() -> None:
    """R-SLA-14: the week is counted as archive_due counts it (a closure, another period)."""
    a = Archive("某药店", first_contact_on=D(2025, 3, 3), created_on=D(2025, 3, 11))
    assert not created_in_time(a).allowed
    assert created_in_time(a, calendar=WorkCalendar(closures=[D(2025, 3, 10)])).allowed
    assert not created_in_time(a, policy=ArchivePolicy(creation_period="3个工作日")).allowed


def test_R_SLA_14_created_in_time_needs_the_first_contact() -> None:
    """R-SLA-14: without a first contact the week cannot be counted: refused naming archive."""
    with pytest.raises(InvalidInput, match=r"^archive: records no first_contact_on"):
        created_in_time(Archive("某药店", created_on=D(2025, 3, 3)))
    with pytest.raises(InvalidType, match=r"^archive: must be an Archive"):
        created_in_time("某药店")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^first_contact_on: "):
        Archive("某药店", created_on=D(2025, 3, 3), first_contact_on="2025-03-01")  # type: ignore[arg-type]


def test_R_SLA_14_created_in_time_in_chinese() -> None:
    """R-SLA-14: the reason in the active language."""
    from custops.i18n import language

    late = Archive("某医院", first_contact_on=D(2025, 3, 3), created_on=D(2025, 3, 11))
    assert created_in_time(late).reason == (
        "first contact on 2025-03-03; due on or before 2025-03-10, created only on "
        "2025-03-11, 1 day late"
    )
    with language("zh_CN"):
        assert str(created_in_time(late)) == (
            "否（R-SLA-14）：首次接触 2025-03-03，档案最迟应于 2025-03-10（含当日）建立，"
            "2025-03-11 才建立，迟 1 天"
        )


@given(days, st.integers(min_value=-30, max_value=60))
def test_R_SLA_14_created_in_time_property(first: dt.date, offset: int) -> None:
    """R-SLA-14 property: in time exactly when created on or before archive_due(first)."""
    created = first + dt.timedelta(days=offset)
    d = created_in_time(Archive("某医院", first_contact_on=first, created_on=created))
    assert d.allowed == (created <= archive_due(first))
    assert d.rule == "R-SLA-14"
    assert str(created) in d.reason


# --- R-SLA-15 -------------------------------------------------------------------------------------


def partner(
    since: dt.date, *updates: dt.date, created: dt.date | None = None, name: str = "某经销商"
) -> Archive:
    return Archive(name, created_on=created or since, partner_since_on=since, updates=updates)


def test_R_SLA_15_quarterly_schedule() -> None:
    """R-SLA-15: calendar quarters; due on the last day, rolled past a rest day."""
    a = partner(D(2024, 1, 1), D(2024, 7, 1), created=D(2024, 1, 2))
    sched = update_schedule(a, on=D(2024, 11, 1))
    assert [p.name for p in sched] == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]
    assert [p.due_on for p in sched] == [
        D(2024, 4, 1),
        D(2024, 7, 1),
        D(2024, 9, 30),
        D(2024, 12, 31),
    ]
    assert [p.outcome for p in sched] == [
        UpdateOutcome.DONE,
        UpdateOutcome.DONE,
        UpdateOutcome.OVERDUE,
        UpdateOutcome.OPEN,
    ]
    assert sched[0].updated_on == D(2024, 1, 2)  # the creation counts
    assert sched[1].updated_on == D(2024, 7, 1)  # 2024-06-30 is a Sunday
    assert all(p.rule == "R-SLA-15" for p in sched)


def test_R_SLA_15_one_update_counts_once() -> None:
    """R-SLA-15: an update in the rolled window counts for one quarter only."""
    a = partner(D(2024, 4, 1), D(2024, 7, 1), created=D(2024, 3, 1))
    sched = update_schedule(a, on=D(2024, 10, 15))
    assert [(p.name, p.outcome) for p in sched] == [
        ("2024Q2", UpdateOutcome.DONE),
        ("2024Q3", UpdateOutcome.OVERDUE),
        ("2024Q4", UpdateOutcome.OPEN),
    ]


def test_R_SLA_15_first_quarter_and_due_day() -> None:
    """R-SLA-15: the duty starts with the first quarter beginning on or after partner_since_on;
    on the due day itself the update is still OPEN."""
    a = partner(D(2025, 3, 30), created=D(2025, 3, 30))
    assert update_schedule(a, on=D(2025, 3, 31)) == ()
    assert update_schedule(a, on=D(2025, 6, 30))[0].outcome is UpdateOutcome.OPEN
    assert update_schedule(a, on=D(2025, 7, 1))[0].outcome is UpdateOutcome.OVERDUE
    no_roll = ArchivePolicy(roll_update_due=False)
    b = partner(D(2024, 1, 1), created=D(2023, 12, 1))
    assert update_schedule(b, on=D(2024, 4, 1), policy=no_roll)[0].outcome is UpdateOutcome.OVERDUE
    assert update_schedule(b, on=D(2024, 4, 1))[0].outcome is UpdateOutcome.OPEN


def test_R_SLA_15_overdue_updates_across_archives() -> None:
    """R-SLA-15: overdue_updates lists every missed quarter of every long-term partner."""
    a = partner(D(2025, 1, 1), D(2025, 5, 5), created=D(2025, 1, 10))
    b = Archive("非长期客户", created_on=D(2024, 1, 1))
    c = partner(D(2025, 4, 1), created=D(2025, 4, 1), name="某医院")
    found = overdue_updates([a, b, c], on=D(2025, 10, 10))
    assert [(o.customer_id, o.update_period.name, o.update_period.due_on) for o in found] == [
        ("某经销商", "2025Q3", D(2025, 9, 30)),
        ("某医院", "2025Q3", D(2025, 9, 30)),
    ]
    assert found[1].archive is c
    assert overdue_updates([a, b, c], on=D(2025, 9, 30)) == ()
    assert update_schedule(b, on=D(2025, 10, 10)) == ()


def test_R_SLA_15_monthly_cycle_policy() -> None:
    """R-SLA-15: the cycle length is policy (aligned to 1 January)."""
    monthly = ArchivePolicy(update_months=1, roll_update_due=False)
    a = partner(D(2025, 1, 1), D(2025, 2, 3), created=D(2025, 1, 5))
    sched = update_schedule(a, on=D(2025, 4, 2), policy=monthly)
    assert [p.outcome for p in sched] == [
        UpdateOutcome.DONE,
        UpdateOutcome.DONE,
        UpdateOutcome.OVERDUE,
        UpdateOutcome.OPEN,
    ]
    with pytest.raises(PolicyError, match="update_months"):
        ArchivePolicy(update_months=5)

    with pytest.raises(TypeError):  # every option is named (CONTRIBUTING item 2)
        ArchivePolicy(None)  # type: ignore[call-arg, arg-type]


def test_R_SLA_15_long_term_partner() -> None:
    """R-SLA-15 (D2 2): the updates apply to a long-term partner only, from the day the
    customer became one; an archive without ``partner_since_on`` has no schedule."""
    plain = Archive("某药店", created_on=D(2025, 2, 1))
    assert not plain.long_term_partner
    assert update_schedule(plain, on=D(2026, 1, 1)) == ()
    became = attrs.evolve(plain, partner_since_on=D(2025, 4, 1))
    assert became.long_term_partner
    assert update_schedule(became, on=D(2025, 4, 1))[0].name == "2025Q2"


def test_R_SLA_15_yearly_cycle_is_named_by_its_year() -> None:
    """R-SLA-15 with ``update_months=12``: one cycle a year, named "2024", due on 31
    December (not rolled here)."""
    yearly = ArchivePolicy(update_months=12, roll_update_due=False)
    a = partner(D(2024, 1, 1), D(2024, 6, 3), created=D(2023, 12, 1))
    sched = update_schedule(a, on=D(2025, 3, 1), policy=yearly)
    assert [(p.name, p.start, p.due_on, p.outcome) for p in sched] == [
        ("2024", D(2024, 1, 1), D(2024, 12, 31), UpdateOutcome.DONE),
        ("2025", D(2025, 1, 1), D(2025, 12, 31), UpdateOutcome.OPEN),
    ]
    assert sched[0].reason == "2024 updated on 2024-06-03"


def test_R_SLA_15_bad_input() -> None:
    with pytest.raises(InvalidInput, match="updates: is before created_on"):
        Archive("x", created_on=D(2025, 3, 3), updates=[D(2025, 1, 1)])
    with pytest.raises(InvalidType, match="archives: must be a collection"):
        overdue_updates(FULL, on=D(2025, 3, 3))  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"on: must be a datetime\.date"):
        update_schedule(FULL, on="2025-03-03")  # type: ignore[arg-type]


@given(
    st.dates(min_value=D(2020, 1, 1), max_value=D(2025, 12, 31)),
    st.lists(st.integers(min_value=0, max_value=500), max_size=8),
    st.integers(min_value=0, max_value=500),
)
def test_R_SLA_15_property(since: dt.date, offsets: list[int], horizon: int) -> None:
    """R-SLA-15 property: consecutive quarters; a DONE quarter's update lies in its window
    and counts once; OVERDUE exactly when no update and the due day has passed."""
    updates = [since + dt.timedelta(days=o) for o in offsets]
    on = min(since + dt.timedelta(days=horizon), D(2026, 12, 1))
    sched = update_schedule(partner(since, *updates), on=on)
    used = [p.updated_on for p in sched if p.updated_on is not None]
    pool = sorted([since, *updates])
    for u in used:
        pool.remove(u)  # each update (or the creation) is used at most once
    for prev, cur in itertools.pairwise(sched):
        assert cur.start == prev.end + dt.timedelta(days=1)
    for p in sched:
        assert p.start <= on
        assert p.start >= since
        assert p.end.month % 3 == 0
        assert p.due_on >= p.end
        if p.outcome is UpdateOutcome.DONE:
            assert p.updated_on is not None
            assert p.start <= p.updated_on <= p.due_on
        else:
            assert p.updated_on is None
            assert (p.outcome is UpdateOutcome.OVERDUE) == (on > p.due_on)


def test_R_SLA_15_no_quarter_before_a_late_archive_is_overdue() -> None:
    """R-SLA-15 with R-SLA-14: the quarters before the archive existed had nothing to update
    and are not listed (an update dated before the creation is refused, so they could never
    be cleared); the duty starts with the quarter of the creation, which counts for it."""
    old = partner(D(2023, 1, 1), created=D(2024, 6, 1))
    sched = update_schedule(old, on=D(2024, 12, 1))
    assert [(p.name, p.outcome) for p in sched] == [
        ("2024Q2", UpdateOutcome.DONE),
        ("2024Q3", UpdateOutcome.OVERDUE),
        ("2024Q4", UpdateOutcome.OPEN),
    ]
    assert sched[0].updated_on == D(2024, 6, 1)
    overdue = overdue_updates([old], on=D(2024, 12, 1))
    assert [o.update_period.name for o in overdue] == ["2024Q3"]
    with pytest.raises(InvalidInput, match=r"^on: is before created_on=2024-06-01"):
        old.updated(D(2024, 3, 1))


def test_R_SLA_15_a_creation_on_a_rolled_due_day_counts_for_its_own_quarter() -> None:
    """R-SLA-15: 2024-03-31 is a Sunday, so 2024Q1 is due on 04-01; an archive created on
    04-01 did not exist in Q1, and its creation is Q2's update."""
    a = partner(D(2024, 1, 1), created=D(2024, 4, 1))
    sched = update_schedule(a, on=D(2024, 7, 15))
    assert [(p.name, p.updated_on) for p in sched] == [("2024Q2", D(2024, 4, 1)), ("2024Q3", None)]


@given(
    st.dates(min_value=D(2020, 1, 1), max_value=D(2025, 12, 31)),
    st.integers(min_value=-400, max_value=800),
    st.lists(st.integers(min_value=0, max_value=500), max_size=6),
    st.integers(min_value=0, max_value=900),
)
def test_R_SLA_15_property_no_quarter_wholly_before_creation(
    since: dt.date, created_offset: int, offsets: list[int], horizon: int
) -> None:
    """R-SLA-15 property: whatever the partner day and the creation day, no listed quarter
    ended before the archive was created (so none is reported overdue), the first listed
    quarter is the creation's or a later one, and the quarter that holds the creation is done."""
    created = since + dt.timedelta(days=created_offset)
    updates = [created + dt.timedelta(days=o) for o in offsets]
    on = min(created + dt.timedelta(days=horizon), D(2026, 12, 1))
    a = partner(since, *updates, created=created)
    sched = update_schedule(a, on=on)
    for p in sched:
        assert p.end >= created
        assert p.start >= since
    for o in overdue_updates([a], on=on):
        assert o.update_period.end >= created
    holding = [p for p in sched if p.start <= created <= p.end]
    if holding:
        assert holding[0].outcome is UpdateOutcome.DONE


# --- R-SLA-18 -------------------------------------------------------------------------------------


def test_R_SLA_18_calendar_year() -> None:
    """R-SLA-18: at least one survey each calendar year."""
    done = survey_due([D(2024, 4, 1), D(2025, 3, 1)], on=D(2025, 6, 1))
    assert (done.outcome, done.due_on, done.last_survey_on) == (
        SurveyOutcome.DONE,
        D(2026, 12, 31),
        D(2025, 3, 1),
    )
    assert done.rule == "R-SLA-18"
    open_ = survey_due([D(2024, 11, 5)], on=D(2025, 6, 1))
    assert (open_.outcome, open_.due_on) == (SurveyOutcome.OPEN, D(2025, 12, 31))
    missed = survey_due([D(2022, 5, 1), D(2024, 5, 1)], on=D(2025, 6, 1))
    assert (missed.outcome, missed.due_on) == (SurveyOutcome.OVERDUE, D(2023, 12, 31))
    assert missed.reason == "no satisfaction survey in 2023"


def test_R_SLA_18_since_and_no_survey() -> None:
    """R-SLA-18 (D9 6 a 每年至少进行一次; audit F8): the year the duty starts in owes a
    survey too, however late in it; ``survey_first_year=False`` owes one only from the
    first full calendar year after ``duty_from_on``."""
    assert survey_due(on=D(2025, 6, 1)).outcome is SurveyOutcome.OPEN
    late_start = survey_due(on=D(2025, 6, 1), duty_from_on=D(2024, 3, 1))
    assert (late_start.outcome, late_start.due_on) == (SurveyOutcome.OVERDUE, D(2024, 12, 31))
    assert late_start.reason == "no satisfaction survey in 2024"
    whole_years = ArchivePolicy(survey_first_year=False)
    skipped = survey_due(on=D(2025, 6, 1), duty_from_on=D(2024, 3, 1), policy=whole_years)
    assert (skipped.outcome, skipped.due_on) == (SurveyOutcome.OPEN, D(2025, 12, 31))
    early = survey_due(on=D(2025, 6, 1), duty_from_on=D(2024, 1, 1))
    assert (early.outcome, early.due_on) == (SurveyOutcome.OVERDUE, D(2024, 12, 31))
    # a survey planned after ``on`` does not count yet
    assert survey_due([D(2025, 9, 1)], on=D(2025, 6, 1)).outcome is SurveyOutcome.OPEN


def test_R_SLA_18_rolling_basis() -> None:
    """R-SLA-18: the alternative reading — one year after the last survey (Civil Code)."""
    rolling = ArchivePolicy(survey_basis=SurveyBasis.ROLLING)
    # 2025-05-31..06-02 is the Dragon Boat holiday: the year ends on 06-03.
    s = survey_due([D(2024, 5, 31)], on=D(2025, 6, 1), policy=rolling)
    assert (s.outcome, s.due_on) == (SurveyOutcome.OPEN, D(2025, 6, 3))
    late = survey_due([D(2024, 5, 31)], on=D(2025, 6, 4), policy=rolling)
    assert late.outcome is SurveyOutcome.OVERDUE
    # 06-03 itself is in time (OPEN above): overdue from 06-04, not "since 06-03"
    assert late.reason == "one year after 2024-05-31: due on or before 2025-06-03, now overdue"
    assert survey_due(on=D(2025, 6, 1), policy=rolling).due_on == D(2025, 6, 1)
    # 2026-01-01..03 is the New Year holiday and Sunday 01-04 a make-up working day.
    assert survey_due(on=D(2025, 6, 1), duty_from_on=D(2025, 1, 2), policy=rolling).due_on == D(
        2026, 1, 4
    )
    with pytest.raises(InvalidType, match="surveys"):
        survey_due(D(2024, 1, 1), on=D(2025, 6, 1))  # type: ignore[arg-type]


@given(
    st.dates(min_value=D(2010, 1, 1), max_value=D(2026, 12, 31)),
    st.lists(st.dates(min_value=D(2005, 1, 1), max_value=D(2026, 12, 31)), max_size=6),
)
def test_R_SLA_18_property(on: dt.date, surveys: list[dt.date]) -> None:
    """R-SLA-18 property: DONE iff a survey this year; OPEN is due this year-end; an OVERDUE
    due day is before ``on``."""
    s = survey_due(surveys, on=on)
    past = [d for d in surveys if d <= on]
    if s.outcome is SurveyOutcome.DONE:
        assert any(d.year == on.year for d in past)
        assert s.due_on == D(on.year + 1, 12, 31)
    elif s.outcome is SurveyOutcome.OPEN:
        assert s.due_on == D(on.year, 12, 31)
        assert not any(d.year == on.year for d in past)
    else:
        assert s.due_on < on
        assert not any(d.year == s.due_on.year for d in past)
    assert s.last_survey_on == (max(past) if past else None)


# --- R-ARC-03 -------------------------------------------------------------------------------------


def ask(**kwargs: object) -> LoanRequest:
    params: dict[str, object] = {
        "borrower_id": "李四",
        "relation": "相关业务人员",
        "purpose": "续签前核对交易记录",
        "on": D(2025, 3, 3),
        "due_back_on": D(2025, 3, 5),
        "registered": True,
    }
    params.update(kwargs)
    return LoanRequest(**params)  # type: ignore[arg-type]


def test_R_ARC_03_registered_related_loan_allowed() -> None:
    """R-ARC-03: a registered loan to related staff with a return day is allowed."""
    d = can_lend_record(ask())
    assert d.allowed
    assert d.rule == "R-ARC-03"
    assert d.require() is d


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"relation": "无关人员"}, "unrelated"),
        ({"private": True}, "personal relationship"),
        ({"registered": False}, "lending register"),
        ({"due_back_on": None}, "company property"),
    ],
)
def test_R_ARC_03_refusals(kwargs: dict[str, object], reason: str) -> None:
    """R-ARC-03: unrelated people, private favours, unregistered loans and keeping are refused."""
    d = can_lend_record(ask(**kwargs))
    assert not d.allowed
    assert reason in d.reason
    with pytest.raises(Refused, match="R-ARC-03"):
        d.require()


def test_R_ARC_03_loan_length_policy() -> None:
    """R-ARC-03: a company may cap the loan length."""
    capped = ArchivePolicy(max_loan_days=1)
    assert "exceeds the 1-day limit" in can_lend_record(ask(), policy=capped).reason
    with pytest.raises(PolicyError, match="max_loan_days"):
        ArchivePolicy(max_loan_days=0)
    with pytest.raises(InvalidInput, match="due_back_on: is before the loan day"):
        ask(due_back_on=D(2025, 3, 1))
    with pytest.raises(InvalidInput, match="relation: is not a known Relation"):
        ask(relation="friend")
    with pytest.raises(InvalidType, match="request: must be a LoanRequest"):
        can_lend_record("李四")  # type: ignore[arg-type]


@given(
    st.sampled_from(list(Relation)),
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
)
def test_R_ARC_03_property(
    relation: Relation, registered: bool, private: bool, days_: int | None
) -> None:
    """R-ARC-03 property: allowed only to a related person, registered, not as a private
    favour, and with a return day; never to an unrelated person."""
    ret = None if days_ is None else D(2025, 3, 3) + dt.timedelta(days=days_)
    d = can_lend_record(
        ask(relation=relation, registered=registered, private=private, due_back_on=ret)
    )
    assert d.allowed == (
        relation is not Relation.UNRELATED and registered and not private and ret is not None
    )
    assert d.rule == "R-ARC-03"


# --- review (issue 9): year ends and quarter ends -------------------------------------------------


def test_R_SLA_15_partner_since_last_day_of_a_quarter() -> None:
    """R-SLA-15: a partner from 31 December owes the first update for the next year's Q1; the
    Q4 due day moved past the New Year holiday still takes an update of 2 January."""
    a = partner(D(2024, 12, 31))
    assert [p.name for p in update_schedule(a, on=D(2025, 4, 1))] == ["2025Q1", "2025Q2"]
    b = Archive(
        "某经销商",
        created_on=D(2024, 10, 8),
        partner_since_on=D(2024, 10, 1),
        updates=[D(2025, 1, 2)],
    )
    [q4, q1] = update_schedule(b, on=D(2025, 3, 1))
    assert (q4.name, q4.due_on, q4.updated_on) == ("2024Q4", D(2024, 12, 31), D(2024, 10, 8))
    assert (q1.name, q1.updated_on, q1.outcome) == ("2025Q1", D(2025, 1, 2), UpdateOutcome.DONE)


@given(
    st.lists(
        st.tuples(
            st.dates(min_value=D(2022, 1, 1), max_value=D(2025, 6, 30)),
            st.booleans(),
            st.lists(st.integers(min_value=0, max_value=400), max_size=4),
        ),
        max_size=4,
    ),
    st.dates(min_value=D(2025, 7, 1), max_value=D(2026, 6, 30)),
)
def test_R_SLA_15_overdue_updates_property(
    specs: list[tuple[dt.date, bool, list[int]]], on: dt.date
) -> None:
    """R-SLA-15 property: overdue_updates lists, archive by archive in order, exactly the
    quarters whose due day has passed with no update made between their start and due day;
    archives of customers who are not partners never appear."""
    archives = [
        Archive(
            f"c{i}",
            created_on=start,
            partner_since_on=start if is_partner else None,
            updates=[start + dt.timedelta(days=o) for o in offsets],
        )
        for i, (start, is_partner, offsets) in enumerate(specs)
    ]
    found = overdue_updates(archives, on=on)
    customers = [o.customer_id for o in found]
    assert customers == sorted(customers, key=lambda c: int(c[1:]))
    for o in found:
        assert o.archive.partner_since_on is not None
        assert o.update_period.due_on < on
        assert o.update_period.outcome is UpdateOutcome.OVERDUE
        made = (o.archive.created_on, *o.archive.updates)
        # no update in the window was left unused by an earlier quarter
        window = [u for u in made if o.update_period.start <= u <= o.update_period.due_on]
        used = {
            p.updated_on
            for p in update_schedule(o.archive, on=on)
            if p.updated_on is not None and p.start < o.update_period.start
        }
        assert all(u in used for u in window)


def test_R_SLA_18_duty_not_started_yet() -> None:
    """R-SLA-18: by default the duty's first (partial) year owes a survey by its year end;
    with ``survey_first_year=False`` nothing is due before the first full calendar year."""
    first = survey_due(on=D(2025, 6, 1), duty_from_on=D(2025, 3, 1))
    assert (first.outcome, first.due_on) == (SurveyOutcome.OPEN, D(2025, 12, 31))
    whole_years = ArchivePolicy(survey_first_year=False)
    s = survey_due(on=D(2025, 6, 1), duty_from_on=D(2025, 3, 1), policy=whole_years)
    assert (s.outcome, s.due_on) == (SurveyOutcome.OPEN, D(2026, 12, 31))
    assert s.reason == "the yearly survey duty starts in 2026: due on or before 2026-12-31"
    assert survey_due(on=D(2025, 6, 1), duty_from_on=D(2025, 1, 1)).due_on == D(2025, 12, 31)


@given(
    st.dates(min_value=D(2015, 1, 1), max_value=D(2026, 12, 31)),
    st.dates(min_value=D(2010, 1, 1), max_value=D(2030, 12, 31)),
)
def test_R_SLA_18_since_property(on: dt.date, since: dt.date) -> None:
    """R-SLA-18 property: with no survey, the due day is 31 December of the year the duty
    starts in (with ``survey_first_year=False``: of the first calendar year that begins on
    or after ``duty_from_on``), overdue once that year is past."""
    s = survey_due(on=on, duty_from_on=since)
    assert s.due_on == D(since.year, 12, 31)  # every year of the duty, the first too (F8)
    assert (s.outcome is SurveyOutcome.OVERDUE) == (since.year < on.year)
    whole_years = ArchivePolicy(survey_first_year=False)
    w = survey_due(on=on, duty_from_on=since, policy=whole_years)
    first = since.year if (since.month, since.day) == (1, 1) else since.year + 1
    assert w.due_on == D(first, 12, 31)
    assert (w.outcome is SurveyOutcome.OVERDUE) == (first < on.year)


# --- issue 12: one decision shape; issue 14: extremes ---------------------------------------------


def test_R_ARC_01_completeness_is_a_decision() -> None:
    """R-ARC-01, R-ARC-02: completeness answers yes/no in the Decision shape."""
    lacking = completeness(Archive("某药店", created_on=D(2025, 3, 3)))
    assert isinstance(lacking, Decision)
    assert not lacking
    assert "R-ARC" not in lacking.reason
    with pytest.raises(Refused, match=r"incomplete \(R-ARC-01\): missing: "):
        lacking.require()
    assert completeness(FULL).require().allowed


@pytest.mark.parametrize("day", [dt.date.max, dt.date.min])
def test_R_SLA_14_15_18_extreme_days_raise_custops_errors(day: dt.date) -> None:
    """R-SLA-14, R-SLA-15, R-SLA-18: the ends of the date range give an InvalidInput
    naming the caller's argument, never a bare ValueError or OverflowError (issue 14)."""
    with pytest.raises(InvalidInput, match="first_contact_on: "):
        archive_due(day)
    rolling = ArchivePolicy(survey_basis="rolling")
    for policy in (None, rolling):
        try:
            s = survey_due([day], on=day, policy=policy)
        except InvalidInput as exc:
            assert exc.argument == "on"  # noqa: PT017 - either answer is clean
        else:
            assert s.rule == "R-SLA-18"
    partner = Archive("某经销商", created_on=day, partner_since_on=day)
    try:
        sched = update_schedule(partner, on=day)
    except InvalidInput as exc:
        assert exc.argument == "on"  # noqa: PT017
    else:
        assert all(p.rule == "R-SLA-15" for p in sched)


def test_R_SLA_18_last_year_of_the_range() -> None:
    """R-SLA-18: a survey in 9999 is DONE, but "next by 10000-12-31" cannot be said."""
    with pytest.raises(InvalidInput, match="on: is too close to the end"):
        survey_due([D(9999, 3, 1)], on=D(9999, 6, 1))
    missed = survey_due([D(9980, 3, 1)], on=D(9999, 6, 1))
    assert missed.outcome is SurveyOutcome.OVERDUE
    assert missed.reason.endswith(", …")


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=60)
@given(st.dates(), st.lists(st.dates(), max_size=3), st.sampled_from(["calendar_year", "rolling"]))
def test_R_SLA_18_any_day_answers_or_refuses_cleanly(
    on: dt.date, surveys: list[dt.date], basis: str
) -> None:
    """R-SLA-18 property (issue 14): over the whole date range survey_due gives a status
    or an InvalidInput naming ``on`` — never a bare ValueError or OverflowError."""
    try:
        s = survey_due(surveys, on=on, policy=ArchivePolicy(survey_basis=basis))
    except InvalidInput as exc:
        assert exc.argument == "on"  # noqa: PT017
    else:
        assert s.rule == "R-SLA-18"
        assert "\n" not in s.reason


# --- ids: the one id check (custops._validate.require_id) -------------------------------------


@pytest.mark.parametrize("given", [" 李四", "李四\n", "\t李四 ", "　李四　"])
def test_R_ARC_03_the_borrower_is_trimmed_like_every_id(given: str) -> None:
    """R-ARC-03: the lending register names the borrower as typed or scanned, trimmed."""
    request = ask(borrower_id=given)
    assert request.borrower_id == "李四"
    assert "李四" in can_lend_record(request).reason


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("", "must not be empty"),
        ("  ", "must not be empty"),
        ("李\n四", "must not contain the control character"),
    ],
)
def test_R_ARC_03_a_blank_or_broken_borrower_is_refused_as_given(given: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=rf"^borrower_id: {problem}") as caught:
        ask(borrower_id=given)
    assert caught.value.value == given  # the value as the caller passed it


def test_R_ARC_01_customer_keeper_and_approver_are_trimmed_ids() -> None:
    """R-ARC-01, D2 1: who holds and who approved the archive are ids, trimmed."""
    a = Archive(" 某医院\n", created_on=D(2025, 1, 6), keeper_id=" 王 ", approved_by_id="赵\t")
    assert (a.customer_id, a.keeper_id, a.approved_by_id) == ("某医院", "王", "赵")
    with pytest.raises(InvalidInput, match=r"^keeper_id: must not contain the control character"):
        Archive("某医院", created_on=D(2025, 1, 6), keeper_id="王\u200b")
    with pytest.raises(InvalidType, match=r"^customer_id: must be a str"):
        Archive(7, created_on=D(2025, 1, 6))  # type: ignore[arg-type]


_IDS = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=8)
_PADDING = st.text(alphabet=" \t\n\u3000", max_size=3)


@settings(max_examples=50, deadline=None)
@given(_PADDING, _IDS, _PADDING)
def test_R_ARC_03_any_padded_borrower_is_its_trimmed_id_property(
    left: str, name: str, right: str
) -> None:
    """Whatever whitespace surrounds a borrower, the request holds the bare id (R-ARC-03)."""
    assert ask(borrower_id=f"{left}{name}{right}").borrower_id == name


def test_R_SLA_15_the_last_quarter_of_9999_has_an_end() -> None:
    """R-SLA-15: cycles are counted with ``_dates`` (audit 6, V6): 9999Q4 ends 9999-12-31
    and is answered, where ``start + 3 months - 1 day`` used to overflow and refuse."""
    a = Archive("某经销商", created_on=D(9999, 1, 1), partner_since_on=D(9999, 1, 1))
    no_roll = ArchivePolicy(roll_update_due=False)
    sched = update_schedule(a, on=D(9999, 12, 31), policy=no_roll)
    assert [p.name for p in sched] == ["9999Q1", "9999Q2", "9999Q3", "9999Q4"]
    assert (sched[-1].start, sched[-1].end) == (D(9999, 10, 1), D(9999, 12, 31))
    assert sched[-1].outcome is UpdateOutcome.OPEN


@settings(max_examples=60)
@given(
    st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)),
    st.integers(min_value=0, max_value=900),
    st.sampled_from([1, 2, 3, 4, 6, 12]),
)
def test_R_SLA_15_property_cycles_tile_the_months(since: dt.date, days: int, months: int) -> None:
    """R-SLA-15: the update cycles are whole months, ``months`` long, back to back, each
    starting on a cycle start (``_dates.cycle_start``) on or after ``since``."""
    from custops._dates import add_months, cycle_start

    a = Archive("某经销商", created_on=since, partner_since_on=since)
    on = since + dt.timedelta(days=days)
    policy = ArchivePolicy(update_months=months, roll_update_due=False)
    sched = update_schedule(a, on=on, policy=policy)
    for p in sched:
        assert p.start == cycle_start(p.start, months) >= since
        assert p.end + dt.timedelta(days=1) == add_months(p.start, months)
    for before, after in itertools.pairwise(sched):
        assert after.start == before.end + dt.timedelta(days=1)
    if sched:  # the last cycle is the one holding ``on``
        assert sched[-1].start <= on <= sched[-1].end


def test_R_SLA_15_a_refused_update_schedule_changes_nothing() -> None:
    """R-SLA-15: a day whose update cycle ends past the calendar's years is refused before
    any cycle is counted, so the calendar's once-a-year provisional warnings are left for
    the answers that use them (a failed call changes nothing)."""
    import warnings

    a = Archive("C1", created_on=dt.date(2025, 1, 2), partner_since_on=dt.date(2025, 1, 2))
    cal = WorkCalendar()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(InvalidInput, match=r"^on: its update cycle ends on 9999-12-31"):
            update_schedule(a, on=dt.date(9999, 12, 31), calendar=cal)
        assert caught == []
        update_schedule(a, on=dt.date(2030, 12, 31), calendar=cal)
        assert {w.message.year for w in caught} == set(range(2027, 2031))  # type: ignore[union-attr]


def test_R_SLA_15_an_update_recorded_twice_on_a_day_is_refused() -> None:
    """R-SLA-15: ``updates`` holds days, each once; recording a day again is a slip (or
    the first again), refused, and the archive is unchanged."""
    a = partner(D(2025, 1, 1)).updated(D(2025, 5, 9))
    with pytest.raises(InvalidInput) as caught:
        a.updated(D(2025, 5, 9))
    assert str(caught.value) == (
        "on: is already recorded as an update (got datetime.date(2025, 5, 9))"
    )
    assert a.updates == (D(2025, 5, 9),)
    assert partner(D(2025, 1, 1), D(2025, 5, 9), D(2025, 5, 9)).updates == (D(2025, 5, 9),)


def test_R_SLA_15_two_archives_of_one_customer_are_refused() -> None:
    """R-SLA-15: overdue_updates reports each customer's missed quarters once; a second
    archive of the same customer (the same one twice, or an older copy) is refused."""
    a = partner(D(2025, 1, 1))
    b = partner(D(2025, 1, 1), name="某药店")
    for archives, place in (([a, a], 1), ([a, b, a.updated(D(2025, 5, 9))], 2)):
        with pytest.raises(InvalidInput) as caught:
            overdue_updates(archives, on=D(2025, 10, 10))
        error = caught.value
        assert error.argument == f"archives[{place}]"
        assert error.value is archives[place]
        assert error.problem == "is a second archive of the customer of archives[0]"
    assert len(overdue_updates([a, b], on=D(2025, 10, 10))) == 4


@settings(max_examples=30)
@given(st.lists(st.integers(min_value=0, max_value=300), max_size=6))
def test_property_updates_hold_each_day_once(offsets: list[int]) -> None:
    """R-SLA-15: the days given are the days kept, each once and in order."""
    since = D(2025, 1, 1)
    days = [since + dt.timedelta(days=o) for o in offsets]
    assert partner(since, *days).updates == tuple(sorted(set(days)))


@pytest.mark.parametrize("months", [1, 2, 3, 4, 6, 12])
def test_R_SLA_15_archive_policy_reads_int_like_numbers_as_int(months: int) -> None:
    """R-SLA-15, R-ARC-03, house rule 7: ``update_months`` and ``max_loan_days`` take the
    policy converters, so another library's integer is read as the ``int`` it holds (as
    ``VipPolicy.window_months`` is) and the policy can be stored."""
    from custops import serial

    np = pytest.importorskip("numpy")
    policy = ArchivePolicy(update_months=np.int64(months), max_loan_days=np.int32(30))
    assert (type(policy.update_months), type(policy.max_loan_days)) == (int, int)
    assert policy == ArchivePolicy(update_months=months, max_loan_days=30)
    assert serial.from_json(serial.to_json(policy)) == policy


@pytest.mark.parametrize(
    ("given", "error", "problem"),
    [
        ({"update_months": 0}, PolicyError, "must be at least 1"),
        ({"update_months": 5}, PolicyError, "must divide the year into whole cycles"),
        ({"update_months": "3"}, InvalidType, "must be an int"),
        ({"update_months": True}, InvalidType, "must be an int"),
        ({"max_loan_days": 0}, PolicyError, "must be at least 1"),
        ({"max_loan_days": 1.5}, InvalidType, "must be an int"),
    ],
)
def test_R_ARC_03_archive_policy_numbers_are_refused_naming_the_field(
    given: dict[str, object], error: type[Exception], problem: str
) -> None:
    """House rule 7: a policy's number refused for its value is a ``PolicyError``, for its
    type an ``InvalidType``, naming the field and showing the value."""
    with pytest.raises(error) as info:
        ArchivePolicy(**given)  # type: ignore[arg-type]
    ((name, value),) = given.items()
    assert (info.value.argument, info.value.value) == (name, value)  # type: ignore[attr-defined]
    assert info.value.problem.startswith(problem)  # type: ignore[attr-defined]


def test_a_refusal_of_a_policy_takes_the_right_article() -> None:
    """Error convention: a type refusal reads as English, ``an ArchivePolicy`` as ``an
    Archive`` elsewhere, ``an EntryKind`` for an enum (house rule 7: one wording in
    ``custops._validate``)."""
    from custops.vip import EntryKind

    archive = Archive("某药店", created_on=dt.date(2025, 2, 1))
    with pytest.raises(InvalidType) as info:
        completeness(archive, policy="x")  # type: ignore[arg-type]
    assert str(info.value) == "policy: must be an ArchivePolicy or None, not a str (got 'x')"
    with pytest.raises(InvalidType, match=r"^kind: must be an EntryKind or a str, not an int"):
        EntryKind.parse(5, argument="kind")


@settings(max_examples=40)
@given(st.dates(min_value=D(2025, 2, 1), max_value=D(2026, 9, 30)))
def test_R_SLA_15_R_SLA_18_an_overdue_reason_says_so_in_both_languages(on: dt.date) -> None:
    """R-SLA-15, R-SLA-18: the reason alone tells an overdue update or survey from
    an open one, in Chinese (现已逾期) as in English, and the day it was due by is the
    ``due_on`` still in time, not a day "overdue since"."""
    from custops.i18n import language

    archive = Archive("某药店", created_on=D(2025, 1, 10), partner_since_on=D(2025, 1, 1))
    rolling = ArchivePolicy(survey_basis=SurveyBasis.ROLLING)
    with language("zh_CN"):
        periods = update_schedule(archive, on=on)
        survey = survey_due([D(2024, 5, 31)], on=on, policy=rolling)
        for period in periods:  # (a reason is worded when read)
            late = period.outcome is UpdateOutcome.OVERDUE
            assert ("现已逾期" in period.reason) is late, period.reason
        assert ("现已逾期" in survey.reason) is (survey.outcome is SurveyOutcome.OVERDUE)
    english = survey_due([D(2024, 5, 31)], on=on, policy=rolling)
    assert "overdue since" not in english.reason
    assert f"due on or before {english.due_on.isoformat()}" in english.reason


def test_R_ARC_02_03_a_person_is_named_by_role_id() -> None:
    """R-ARC-02, R-ARC-03, house rule 6: a field that keeps a person's id is
    ``<role>_id`` in archives as in secrecy (``Matter.supervisor_id``,
    ``LeakReport.found_by_id``): ``keeper_id``, ``approved_by_id``, ``created_by_id``,
    ``borrower_id``; no bare role holds an id."""
    archive_fields = {f.name for f in attrs.fields(Archive)}
    assert {"keeper_id", "approved_by_id", "created_by_id", "customer_id"} <= archive_fields
    assert not {"keeper", "approved_by", "created_by"} & archive_fields
    assert attrs.fields(LoanRequest)[0].name == "borrower_id"
    with pytest.raises(InvalidInput) as info:
        LoanRequest(" ", "相关业务人员", "核对", on=D(2025, 3, 3), due_back_on=None)
    assert info.value.argument == "borrower_id"


def test_R_ARC_03_a_loan_request_reads_its_fields_with_the_home_converters() -> None:
    """R-ARC-03, house rule 7 (one ``field_converter`` serves every attrs field of a type):
    ``LoanRequest`` reads each field as ``Purchase``, ``Archive`` and ``Matter`` do, with the
    converters of ``custops._validate`` (``ID``, ``NAME``, ``DATE``, ``OPTIONAL_DATE``,
    ``BOOL``), so a stored request is checked alike when it is rebuilt by ``attrs.evolve``;
    each refusal names the field and shows the value."""
    fields = attrs.fields(LoanRequest)
    homes: dict[str, object] = {
        fields.borrower_id.name: validate.ID,
        fields.purpose.name: validate.NAME,
        fields.on.name: validate.DATE,
        fields.due_back_on.name: validate.OPTIONAL_DATE,
        fields.registered.name: validate.BOOL,
        fields.private.name: validate.BOOL,
    }
    converters = {f.name: f.converter for f in fields if f.name in homes}
    assert converters == homes
    request = ask()
    for name, bad in (
        ("borrower_id", " "),
        ("purpose", "核\n对"),
        ("on", "2025-03-03"),
        ("due_back_on", "2025-03-05"),
        ("registered", 1),
        ("private", "no"),
    ):
        with pytest.raises((InvalidInput, InvalidType)) as info:
            attrs.evolve(request, **{name: bad})  # type: ignore[arg-type]
        assert (info.value.argument, info.value.value) == (name, bad)


# --- R-ARC-03: the archive asked for, and deny by default ---------------------------------------


def test_R_ARC_03_an_unregistered_loan_is_refused_by_default() -> None:
    """R-ARC-03 (D2 4 严格执行档案借阅制度): a request that does not say it is registered is
    refused; ``private`` is not presumed."""
    bare = LoanRequest("李四", "相关业务人员", "核对", on=D(2025, 3, 3), due_back_on=D(2025, 3, 5))
    assert bare.registered is False
    assert bare.private is False
    decision = can_lend_record(bare)
    assert not decision.allowed
    assert "lending register" in decision.reason


def test_R_ARC_03_the_archive_checks_the_stated_relation_and_is_named() -> None:
    """R-ARC-03 (D2 4 不得将档案材料拿给无关人员): given the archive, a handler, keeper or
    approver must be the one the archive records; the reason names the archive lent."""
    archive = Archive(
        "某医院",
        created_on=D(2025, 1, 6),
        created_by_id="S11",
        keeper_id="S12",
        approved_by_id="S10",
        approver_role="直接上级",
    )
    for borrower, relation in (("S11", "直接责任人"), ("S12", "档案管理人"), ("S10", "直接上级")):
        decision = can_lend_record(ask(borrower_id=borrower, relation=relation), archive=archive)
        assert decision.allowed
        assert '"某医院"' in decision.reason
    for relation, recorded in (("直接责任人", "S11"), ("档案管理人", "S12"), ("销售总监", "S10")):
        decision = can_lend_record(ask(borrower_id="S18", relation=relation), archive=archive)
        assert not decision.allowed
        assert decision.rule == "R-ARC-03"
        assert f"records {recorded} as" in decision.reason
    # the same person, spelled with full-width letters, is the one recorded
    assert can_lend_record(ask(borrower_id="Ｓ11", relation="直接责任人"), archive=archive).allowed
    # a colleague cannot be checked from the archive's data; an unrecorded role is as stated
    assert can_lend_record(ask(borrower_id="S18"), archive=archive).allowed
    bare = Archive("某药店", created_on=D(2025, 1, 6))
    assert can_lend_record(ask(borrower_id="S18", relation="直接责任人"), archive=bare).allowed
    with pytest.raises(InvalidType, match="archive: must be an Archive"):
        can_lend_record(ask(), archive="某医院")  # type: ignore[arg-type]


@given(
    st.sampled_from(list(Relation)),
    st.sampled_from(["S10", "S11", "S12", "S18"]),
    st.booleans(),
    st.booleans(),
)
def test_R_ARC_03_property_deny_by_default_with_the_archive(
    relation: Relation, borrower: str, registered: bool, private: bool
) -> None:
    """R-ARC-03 property: with the archive given, a loan is allowed only when registered,
    not private, not to an unrelated person, and the stated relation is the archive's."""
    archive = Archive(
        "某医院",
        created_on=D(2025, 1, 6),
        created_by_id="S11",
        keeper_id="S12",
        approved_by_id="S10",
    )
    request = ask(relation=relation, borrower_id=borrower, registered=registered, private=private)
    recorded = {
        Relation.HANDLER: "S11",
        Relation.KEEPER: "S12",
        Relation.SUPERVISOR: "S10",
        Relation.SALES_DIRECTOR: "S10",
    }
    fits = relation is Relation.COLLEAGUE or recorded.get(relation) == borrower
    decision = can_lend_record(request, archive=archive)
    assert decision.allowed == (fits and registered and not private)
    assert decision.rule == "R-ARC-03"
    if not (relation is Relation.UNRELATED or fits):
        assert not can_lend_record(attrs.evolve(request, registered=True), archive=archive).allowed


# --------------------------------------------------------------------------- a classified file


def _file(level: str, cleared: frozenset[str] = frozenset({"王五"})) -> Matter:
    return Matter(
        "K-1",
        level,
        "客户档案",
        owner="华东公司",
        person_ids=cleared,
        classified_on=D(2025, 1, 1),
        ends_on=D(2030, 12, 31),
    )


def test_R_SEC_04_a_classified_file_is_lent_only_to_who_may_know_it() -> None:
    """R-ARC-03 with R-SEC-04 (D12 三 2 6, 四 1 4): a customer file marked 秘密 is not lent to
    a colleague D12 does not let know it, though D2 alone would lend it; to a person cleared
    on it, it is lent as D2 says."""
    colleague = Person("李四", company="华东公司")
    assert can_lend_record(ask()).allowed  # D2 alone
    d = can_lend_record(ask(), classified=(colleague, _file("秘密")))
    assert (d.allowed, d.rule) == (False, "R-SEC-04")
    known = can_know(colleague, _file("秘密"), on=D(2025, 3, 3))
    with language("en_US"):
        assert (
            d.reason
            == f'K-1, secret (秘密), is not lent to "李四", who may not know it: {known.reason}'
        )
    with language("zh_CN"):
        assert d.reason == f"「K-1」（秘密）不借给无权知悉的「李四」：{known.reason}"
    with pytest.raises(Refused, match="R-SEC-04"):
        d.require()
    cleared = can_lend_record(ask(), classified=(colleague, _file("秘密", frozenset({"李四"}))))
    assert (cleared.allowed, cleared.rule) == (True, "R-ARC-03")
    # D2's own refusals still apply to a person D12 lets know it
    unregistered = can_lend_record(
        ask(registered=False), classified=(colleague, _file("秘密", frozenset({"李四"})))
    )
    assert (unregistered.allowed, unregistered.rule) == (False, "R-ARC-03")


def test_a_classified_file_needs_the_borrower_and_the_matter() -> None:
    """``classified`` is the borrower (the request's) and the matter, refused otherwise
    naming the argument and the value."""
    with pytest.raises(InvalidInput, match="classified: the person 王五 is not the borrower 李四"):
        can_lend_record(ask(), classified=(Person("王五", company="华东公司"), _file("秘密")))
    with pytest.raises(InvalidType, match=r"classified: must be a \(Person, Matter\) pair"):
        can_lend_record(ask(), classified=(_file("秘密"), Person("李四", company="华东公司")))  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="classified: must be"):
        can_lend_record(ask(), classified="秘密")  # type: ignore[arg-type]


@given(
    st.sampled_from(["绝密", "机密", "秘密"]),
    st.booleans(),
    st.booleans(),
    st.sampled_from(list(Relation)),
)
@settings(max_examples=60)
def test_R_SEC_04_a_loan_of_a_classified_file_needs_both_rules(
    level: str, cleared: bool, registered: bool, relation: Relation
) -> None:
    """Deny by default (R-ARC-03, R-SEC-04): a classified file is lent exactly when D2 lends
    it and D12 lets the borrower know it; giving the matter never allows what D2 refuses."""
    person = Person("李四", company="华东公司")
    matter = _file(level, frozenset({"李四"}) if cleared else frozenset({"王五"}))
    request = ask(relation=relation, registered=registered)
    alone = can_lend_record(request)
    both = can_lend_record(request, classified=(person, matter))
    knows = can_know(person, matter, on=request.on).allowed
    assert both.allowed == (alone.allowed and knows)
    if not knows:
        assert both.rule == "R-SEC-04"


def test_R_SEC_04_the_company_s_secrecy_policy_decides_who_may_know() -> None:
    """R-SEC-04: the loan reads the company's own secrecy policy (ArchivePolicy's
    secrecy_policy): where only the GM knows every matter, a deputy GM is refused the file the
    seed would lend."""
    deputy = Person("李四", company=HQ, positions={"总公司副总经理"})
    file = _file("机密", frozenset({"王五"}))
    assert can_lend_record(ask(), classified=(deputy, file)).allowed  # the seed: leaders know all
    ours = ArchivePolicy(secrecy_policy=SecrecyPolicy(know_all={"总公司总经理"}))
    d = can_lend_record(ask(), classified=(deputy, file), policy=ours)
    assert (d.allowed, d.rule) == (False, "R-SEC-04")
    assert ArchivePolicy().secrecy_policy == SecrecyPolicy()
    with pytest.raises(InvalidType, match="secrecy_policy"):
        ArchivePolicy(secrecy_policy="ours")  # type: ignore[arg-type]


def test_R_SLA_15_an_update_in_the_other_style_names_the_day() -> None:
    """R-SLA-15 (house rule 2): ``archive.updated(on)`` takes the day first; a call that
    does not fit (no day, a day under another name) is refused as InvalidType naming the
    argument, never Python's bare TypeError."""
    a: Any = partner(D(2025, 1, 1))
    with pytest.raises(InvalidType, match=r"^on: is missing; call Archive\.updated\(on\)"):
        a.updated()
    with pytest.raises(InvalidType) as info:
        a.updated(day=D(2025, 5, 9))
    assert (info.value.argument, info.value.value) == ("day", D(2025, 5, 9))
    assert a.updated(on=D(2025, 5, 9)).updates == (D(2025, 5, 9),)


# --- answers counted through a year without a published holiday notice (docs/rules.md §1) ---

_PROVISIONAL = pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")


@_PROVISIONAL
def test_R_SLA_14_created_in_time_through_an_unpublished_year_is_provisional() -> None:
    """R-SLA-14: the week from 2027-01-29 runs into the 2027 Spring Festival, whose notice
    is not published: the answer says so, in its field and its reason (both languages)."""
    archive = Archive("SUP-0201", first_contact_on=D(2027, 1, 29), created_on=D(2027, 2, 10))
    with language("zh_CN"):
        check = created_in_time(archive)
        late = created_in_time(attrs.evolve(archive, created_on=D(2027, 2, 12)))
        check_reason, late_reason = check.reason, late.reason
    assert (check.allowed, check.rule, check.due_on, check.provisional) == (
        True,
        "R-SLA-14",
        D(2027, 2, 11),
        True,
    )
    assert check_reason.endswith("；暂定：2027 年的放假安排尚未公布")
    assert (late.allowed, late.provisional) == (False, True)
    assert "迟 1 天；暂定：2027 年" in late_reason
    with language("en_US"):
        english = late.reason
    assert english.endswith("; provisional: the holiday arrangement for 2027 is not published yet")


def test_R_SLA_14_created_in_time_within_published_years_is_final() -> None:
    """R-SLA-14: a week within 2026 (published) is final, the reason without 暂定."""
    archive = Archive("SUP-0193", first_contact_on=D(2026, 2, 10), created_on=D(2026, 2, 25))
    check = created_in_time(archive)
    assert (check.allowed, check.due_on, check.provisional) == (False, D(2026, 2, 24), False)
    assert isinstance(check, Decision)  # a Fact, headed 是/否
    with language("zh_CN"):
        assert "暂定" not in check.reason
        assert str(check).startswith("否（R-SLA-14）")


@_PROVISIONAL
def test_R_SLA_14_created_in_time_across_the_2026_2027_boundary() -> None:
    """R-SLA-14: first contact 2026-12-24 ends 2026-12-31 (published): final; from
    2026-12-31 the week ends in 2027: provisional, as ``archive_due(explain=True)`` says."""
    final = Archive("C", first_contact_on=D(2026, 12, 24), created_on=D(2026, 12, 30))
    assert created_in_time(final).provisional is False
    crossing = attrs.evolve(final, first_contact_on=D(2026, 12, 31), created_on=D(2027, 1, 5))
    check = created_in_time(crossing)
    assert check.provisional is archive_due(D(2026, 12, 31), explain=True).provisional is True
    assert check.due_on == D(2027, 1, 7)


@_PROVISIONAL
def test_R_SLA_15_update_due_rolled_on_an_unpublished_year_is_provisional() -> None:
    """R-SLA-15: monthly cycles around 2027: December 2026's due day is final, January 2027's
    (01-31 Sunday, rolled to 02-01) and later ones are provisional, and say 暂定."""
    archive = Archive("SUP-1", created_on=D(2026, 12, 1), partner_since_on=D(2026, 12, 1))
    periods = update_schedule(archive, on=D(2027, 3, 5), policy=ArchivePolicy(update_months=1))
    flags = [(p.name, p.due_on, p.provisional) for p in periods]
    assert flags == [
        ("2026-12/1m", D(2026, 12, 31), False),
        ("2027-01/1m", D(2027, 2, 1), True),
        ("2027-02/1m", D(2027, 3, 1), True),
        ("2027-03/1m", D(2027, 3, 31), True),
    ]
    with language("zh_CN"):
        assert "暂定" not in periods[0].reason
        assert all(p.reason.endswith("暂定：2027 年的放假安排尚未公布") for p in periods[1:])
    overdue = overdue_updates([archive], on=D(2027, 3, 5), policy=ArchivePolicy(update_months=1))
    assert [o.update_period.provisional for o in overdue] == [True, True]


def test_R_SLA_15_update_due_not_rolled_is_never_provisional() -> None:
    """R-SLA-15: with ``roll_update_due=False`` the due day is the cycle's last day, looked
    up on no calendar: final even in 2027."""
    archive = Archive("SUP-1", created_on=D(2026, 12, 1), partner_since_on=D(2026, 12, 1))
    fixed = ArchivePolicy(roll_update_due=False)
    periods = update_schedule(archive, on=D(2027, 8, 1), policy=fixed)
    assert [(p.name, p.provisional) for p in periods] == [
        ("2027Q1", False),
        ("2027Q2", False),
        ("2027Q3", False),
    ]


@_PROVISIONAL
def test_R_SLA_18_rolling_survey_through_an_unpublished_year_is_provisional() -> None:
    """R-SLA-18: a rolling year from 2026-02-06 ends on 2027-02-06 (初一), rolled on the
    provisional 2027 calendar: provisional; a calendar year's 31 December never is."""
    rolling = ArchivePolicy(survey_basis="rolling")
    status = survey_due([D(2026, 2, 6)], on=D(2027, 2, 8), policy=rolling)
    assert (status.outcome, status.due_on, status.provisional) == (
        SurveyOutcome.OPEN,
        D(2027, 2, 11),
        True,
    )
    final = survey_due([D(2025, 2, 6)], on=D(2025, 6, 1), policy=rolling)
    with language("zh_CN"):
        assert status.reason.endswith("；暂定：2027 年的放假安排尚未公布")
        assert (final.provisional, "暂定" in final.reason) == (False, False)
    yearly = survey_due([D(2026, 5, 1)], on=D(2027, 3, 1))
    assert (yearly.due_on, yearly.provisional) == (D(2027, 12, 31), False)


@_PROVISIONAL
@settings(max_examples=60, deadline=None)
@given(st.dates(D(2025, 1, 1), D(2027, 12, 31)))
def test_R_SLA_14_provisional_iff_the_week_touches_an_unpublished_year(first: dt.date) -> None:
    """R-SLA-14, docs/rules.md §1: ``created_in_time`` is provisional exactly when a year
    from the first contact to the last day is not published, and says 暂定 exactly then."""
    cal = china()
    check = created_in_time(Archive("C", first_contact_on=first, created_on=first))
    years = range(first.year, check.due_on.year + 1)
    assert check.provisional is any(not cal.is_published(y) for y in years)
    with language("zh_CN"):
        assert ("暂定" in check.reason) is check.provisional
    assert check.due_on == archive_due(first)


def test_R_ARC_03_a_loan_before_the_archive_existed_is_refused_naming_on() -> None:
    """R-ARC-03: a loan dated before the archive was created is refused as an input, as an
    update dated so is (``Archive.updated``); the day it was created is a loan day."""
    archive = Archive("SUP-0193", created_on=D(2026, 2, 24))
    early = LoanRequest(
        "孙丽",
        "相关业务人员",
        "核对",
        on=D(2026, 2, 20),
        due_back_on=D(2026, 2, 21),
        registered=True,
    )
    with pytest.raises(InvalidInput, match=r"^on: is before created_on=2026-02-24") as caught:
        can_lend_record(early, archive=archive)
    assert caught.value.argument == "on"
    with pytest.raises(InvalidInput, match=r"^on: "):
        archive.updated(D(2026, 2, 20))
    same_day = attrs.evolve(early, on=D(2026, 2, 24), due_back_on=D(2026, 2, 25))
    assert can_lend_record(same_day, archive=archive).allowed
    assert can_lend_record(early).allowed  # no archive given: nothing to check it against


@settings(max_examples=60, deadline=None)
@given(st.integers(-30, 30))
def test_R_ARC_03_loan_day_against_the_creation_day(offset: int) -> None:
    """R-ARC-03: with the archive given, a loan is judged only from its creation day on."""
    created = D(2026, 3, 2)
    archive = Archive("C", created_on=created)
    on = created + dt.timedelta(days=offset)
    loan = LoanRequest(
        "李四",
        "相关业务人员",
        "核对",
        on=on,
        due_back_on=on + dt.timedelta(days=1),
        registered=True,
    )
    if offset < 0:
        with pytest.raises(InvalidInput, match=r"^on: "):
            can_lend_record(loan, archive=archive)
    else:
        assert can_lend_record(loan, archive=archive).allowed
