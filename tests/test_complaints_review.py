"""Tests of custops.complaints.review: the weekly or monthly review (R-CMP-14).

D10 五 and D14 五: complaints are counted by class and reviewed weekly or monthly.  The
examples are cases of the winery desk (D10) around National Day 2025 and a tobacco
desk (D14) around Spring Festival 2026.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import WorkCalendar
from custops.complaints import (
    Case,
    CasePolicy,
    Category,
    Channel,
    Complaint,
    Department,
    Flow,
    Kind,
    OnTime,
    ReviewPeriod,
    Severity,
    Stage,
    statistics,
)
from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
from custops.sla import Clock, State, Target, presets
from custops.testing import cases

SH = ZoneInfo("Asia/Shanghai")
WINERY = CasePolicy(sla_policy=presets.WINERY)
TOBACCO = CasePolicy(sla_policy=presets.TOBACCO)
ADVISER, CRM, GM, QM = "客户关系顾问", "客户关系经理", "总经理", "质量负责人"


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def opened(at: dt.datetime, channel: str = "电话", policy: CasePolicy = WINERY) -> Case:
    c = Complaint(received_at=at, channel=channel, content="酒有沉淀", complainant="王先生")
    return Case.open(c, ADVISER, policy=policy)


def handled(
    at: dt.datetime,
    done: dt.datetime,
    *,
    channel: str = "电话",
    category: str = "产品质量",
    department: str = "质量部",
    unhappy_first: bool = False,
) -> Case:
    case = opened(at, channel).classify(
        at, CRM, kind="投诉", category=category, grounds_sufficient=True, demand_reasonable=True
    )
    case = case.assign(at, CRM, department).propose(done, QM, solution="退货").approve(done, GM)
    case = case.notify(done, ADVISER)
    if unhappy_first:
        case = case.survey(done, QM, satisfied=False).reopen(done, QM)
        case = case.propose(done, QM, solution="退款").approve(done, GM).notify(done, ADVISER)
    return case.survey(done, QM, satisfied=True).close(done, CRM, result="退货")


def week_cases() -> list[Case]:
    """Five contacts received in the week of 29 September – 5 October 2025."""
    quick = handled(T(9, 29, 10), T(9, 29, 15))
    late = handled(T(9, 29, 11), T(10, 13, 10), channel="书面", unhappy_first=True)
    service = handled(
        T(9, 30, 9), T(9, 30, 11), channel="当面", category="服务质量", department="营销办"
    )
    question = opened(T(10, 1, 10)).classify(T(10, 1, 10), CRM, kind="咨询", category="其他")
    fresh = opened(T(10, 3, 9), channel="转交")
    return [quick, late, service, question, fresh]


def test_weekly_review_national_day_2025_R_CMP_14() -> None:
    cases = week_cases()
    cases.append(handled(T(10, 9, 9), T(10, 9, 10)))  # next week: left out
    s = statistics(
        cases, review_period=ReviewPeriod.week(on=dt.date(2025, 10, 1)), at=T(10, 13, 12)
    )
    assert s.review_period is not None
    assert s.review_period.label == "2025-W40"
    assert (s.case_count, s.open_count, s.closed_count, s.rule) == (5, 2, 3, "R-CMP-14")
    assert s.by_kind.as_dict() == {Kind.CONSULTATION: 1, Kind.COMPLAINT: 3, None: 1}
    assert s.by_category[Category.PRODUCT_QUALITY] == 2
    assert s.by_category[Category.SERVICE_QUALITY] == 1
    assert s.by_channel.as_dict() == {
        Channel.PHONE: 2,
        Channel.WRITTEN: 1,
        Channel.IN_PERSON: 1,
        Channel.FORWARDED: 1,
    }
    assert s.by_department.as_dict() == {
        Department.QUALITY: 2,
        Department.MARKETING_OFFICE: 1,
        None: 2,
    }
    # only complaints have a severity (R-CMP-07): the consultation is counted by kind only,
    # the case not yet classified under None
    assert s.by_severity.as_dict() == {Severity.GENERAL: 3, None: 1}
    assert s.by_flow[Flow.GENERAL] == 3
    assert s.by_flow[Flow.CONSULTATION] == 1
    assert s.by_stage[Stage.CLOSED] == 3
    assert s.by_stage[Stage.RECORDED] == 1
    # handling: 5 hours, 14 days 23 hours, 2 hours -> the median is 5 hours
    assert s.median_handling == dt.timedelta(hours=5)
    assert (s.reopened_count, s.reopen_rate) == (1, Fraction(1, 5))
    # resolve (3 working days, due 10 October for the 29 September cases): the written
    # complaint breached its first cycle and met the second (after the reopen); the
    # forwarded one, still open, passed its deadline of Saturday 11 October (调休)
    resolve = s.on_time_for("resolve")
    assert (resolve.met_count, resolve.missed_count, resolve.pending_count) == (3, 2, 0)
    assert resolve.on_time_rate == Fraction(3, 5)
    assert s.on_time_for("quality_reply").on_time_rate == Fraction(1, 2)
    # every cycle of the feedback form counts: the reopened case had two
    assert s.on_time_for("feedback").met_count == 4
    # the in-person and the forwarded complaints were registered at once
    assert s.on_time_for("register").met_count == 2
    with pytest.raises(InvalidInput, match="is not a target of these cases"):
        s.on_time_for("solution")
    text = "\n".join(s.explain().splitlines())
    assert text.startswith(
        "review (R-CMP-14): case review 2025-W40 as of 2025-10-13 12:00+08:00: 5 in all"
    )
    assert "  kind:       consultation 1; complaint 3; not yet known 1" in text
    assert "  on time:    resolve (deadline days end at 18:00): 3/5 on time (60%)" in text
    assert "  median handling time: 5h" in text
    assert "  reopened: 1 of 5 (20%)" in text


def test_rates_are_written_by_the_one_percent_helper_R_CMP_14() -> None:
    # custops._text.percent: exact, no trailing zeros, a repeating share to two places half up
    assert OnTime("resolve", 1, 2, 0).describe() == "resolve: 1/3 on time (33.33%)"
    assert OnTime("resolve", 2, 1, 1).describe() == "resolve: 2/3 on time (66.67%), 1 pending"
    assert OnTime("resolve", 1, 7, 0).describe() == "resolve: 1/8 on time (12.5%)"
    assert OnTime("resolve", 4, 0, 0).describe() == "resolve: 4/4 on time (100%)"


def test_monthly_review_and_all_cases_R_CMP_14() -> None:
    cases = week_cases()
    september = statistics(
        cases, review_period=ReviewPeriod.month(on=dt.date(2025, 9, 15)), at=T(10, 13, 12)
    )
    october = statistics(
        cases, review_period=ReviewPeriod.month(on=dt.date(2025, 10, 15)), at=T(10, 13, 12)
    )
    every = statistics(cases, at=T(10, 13, 12))
    assert (september.case_count, october.case_count, every.case_count) == (3, 2, 5)
    assert september.review_period is not None
    assert september.review_period.label == "2025-09"
    assert every.review_period is None
    assert every.explain().splitlines()[0].startswith("review (R-CMP-14): case review all cases")


def test_review_defaults_to_the_latest_event() -> None:
    cases = week_cases()
    s = statistics(cases)
    assert s.at == T(10, 13, 10)
    assert statistics(cases, at=T(10, 13, 10)) == s


def test_review_takes_each_case_as_it_stood_at_the_moment() -> None:
    cases = week_cases()
    s = statistics(cases, at=T(10, 5, 9))
    assert s.closed_count == 2
    assert s.open_count == 3
    assert s.median_handling == dt.timedelta(hours=3, minutes=30)
    assert s.reopened_count == 0


def test_spring_festival_2026_tobacco_desk_R_CMP_14() -> None:
    def tobacco_case(at: dt.datetime, done: dt.datetime) -> Case:
        case = opened(at, policy=TOBACCO).classify(
            at,
            CRM,
            kind="投诉",
            category="服务质量",
            grounds_sufficient=True,
            demand_reasonable=True,
        )
        case = case.assign(at, CRM, "营销办").propose(done, "部门经理", solution="道歉")
        case = case.approve(done, GM).notify(done, ADVISER)
        return case.survey(done, ADVISER, satisfied=True).close(done, CRM, result="已道歉")

    received = dt.datetime(2026, 2, 13, 15, tzinfo=SH)
    on_time = tobacco_case(received, dt.datetime(2026, 2, 25, 17, tzinfo=SH))
    too_late = tobacco_case(received, dt.datetime(2026, 2, 26, 9, tzinfo=SH))
    s = statistics([on_time, too_late], review_period=(dt.date(2026, 2, 1), dt.date(2026, 2, 28)))
    # three working days after Friday 13 February: 14 (调休), 24, 25 February
    assert (s.on_time_for("resolve").met_count, s.on_time_for("resolve").missed_count) == (1, 1)
    assert s.on_time_for("resolve").on_time_rate == Fraction(1, 2)
    assert s.by_department[Department.MARKETING_OFFICE] == 2


def test_a_bad_review_period_pair_is_refused_naming_review_period() -> None:
    """R-CMP-14: a reversed or mistyped review period (start, end) is refused naming
    ``review_period``, the caller's argument, showing the pair given."""
    reversed_pair = (dt.date(2024, 10, 1), dt.date(2024, 9, 1))
    with pytest.raises(InvalidInput) as caught:
        statistics([], review_period=reversed_pair)
    assert (caught.value.argument, caught.value.value) == ("review_period", reversed_pair)
    assert str(caught.value).startswith("review_period: its end is before the start 2024-10-01")
    with pytest.raises(InvalidType, match=r"^review_period: its end must be a datetime.date"):
        statistics([], review_period=(dt.date(2024, 10, 1), "x"))  # type: ignore[arg-type]


def test_review_period_helpers() -> None:
    week = ReviewPeriod.week(on=dt.date(2026, 2, 17))
    assert (week.start, week.end, week.label) == (
        dt.date(2026, 2, 16),
        dt.date(2026, 2, 22),
        "2026-W08",
    )
    assert dt.date(2026, 2, 22) in week
    assert dt.date(2026, 2, 23) not in week
    assert "2026-02-20" not in week
    december = ReviewPeriod.month(on=dt.date(2025, 12, 31))
    assert (december.start, december.end) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert ReviewPeriod.week(on=dt.date(2025, 12, 31)).label == "2026-W01"
    assert (
        ReviewPeriod(dt.date(2025, 10, 1), dt.date(2025, 10, 7)).label == "2025-10-01..2025-10-07"
    )
    with pytest.raises(InvalidInput, match="end: is before the start"):
        ReviewPeriod(dt.date(2025, 10, 7), dt.date(2025, 10, 1))
    with pytest.raises(InvalidType, match=r"start: must be a datetime\.date"):
        ReviewPeriod(T(10, 1), dt.date(2025, 10, 7))


def test_review_inputs_are_checked() -> None:
    cases = week_cases()
    with pytest.raises(InvalidType, match="cases: must hold Case values"):
        statistics(["case"])  # type: ignore[list-item]
    with pytest.raises(InvalidType, match="cases: must be a sequence of Case"):
        statistics("cases")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="period: must be a ReviewPeriod"):
        statistics(cases, review_period="2025-W40")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="at: must be timezone-aware"):
        statistics(cases, at=dt.datetime(2025, 10, 13))
    empty = statistics([], review_period=ReviewPeriod.week(on=dt.date(2025, 10, 1)))
    assert (empty.case_count, empty.at, empty.median_handling, empty.on_time) == (0, None, None, ())


def test_cases_recorded_after_the_review_moment_are_left_out_and_counted_R_CMP_14() -> None:
    """A review as of Monday 09:00 cannot know a call of Sunday night recorded at 09:30."""
    cases = week_cases()
    late_call = Complaint(
        received_at=T(10, 5, 23, 50), channel="电话", content="酒有沉淀", complainant="夜班"
    )
    cases.append(Case.open(late_call, ADVISER, at=T(10, 6, 9, 30), policy=WINERY))
    week = ReviewPeriod.week(on=dt.date(2025, 10, 1))
    monday = statistics(cases, review_period=week, at=T(10, 6, 9))
    assert (monday.case_count, monday.recorded_later_count) == (5, 1)
    assert monday.by_channel.count == 5
    assert monday.explain().splitlines()[-1] == "  left out: 1 recorded after the review moment"
    later = statistics(cases, review_period=week, at=T(10, 6, 10))
    assert (later.case_count, later.recorded_later_count) == (6, 0)
    assert not any("left out" in line for line in later.explain().splitlines())
    before_all = statistics(cases, review_period=week, at=T(9, 1, 9))
    assert (before_all.case_count, before_all.recorded_later_count, before_all.on_time) == (
        0,
        6,
        (),
    )
    assert before_all.reopen_rate is None


def test_median_handling_time_ties_and_open_cases_R_CMP_14() -> None:
    """Closed cases only; an even count takes the mean of the two middle values."""
    t = T(10, 9, 9)
    # each its own customer's case (a review counts a case once): a minute apart
    starts = [t + dt.timedelta(minutes=n) for n in range(3)]
    two_hours = [handled(at, at + dt.timedelta(hours=2)) for at in starts]
    five_hours = handled(t, t + dt.timedelta(hours=5))
    still_open = opened(t + dt.timedelta(minutes=10))
    s = statistics([*two_hours, still_open], at=T(10, 20))
    assert (s.closed_count, s.open_count, s.median_handling) == (3, 1, dt.timedelta(hours=2))
    tie = statistics([two_hours[0], five_hours], at=T(10, 20))
    assert tie.median_handling == dt.timedelta(hours=3, minutes=30)
    assert statistics([still_open], at=T(10, 20)).median_handling is None
    assert statistics([*two_hours, five_hours], at=T(10, 20)).median_handling == dt.timedelta(
        hours=2
    )


def test_a_case_counts_on_the_local_day_it_was_received() -> None:
    # 17:00 UTC on 5 October is 01:00 on 6 October in Shanghai: still week 40 (Mon–Sun)
    c = Complaint(
        received_at=dt.datetime(2025, 10, 5, 17, tzinfo=dt.timezone.utc),
        channel="电话",
        content="酒有沉淀",
        complainant="王",
    )
    case = Case.open(c, ADVISER, policy=WINERY)
    assert (
        statistics([case], review_period=ReviewPeriod.week(on=dt.date(2025, 10, 6))).case_count == 1
    )
    assert (
        statistics(
            [case],
            review_period=ReviewPeriod.week(on=dt.date(2025, 10, 5)),
            calendar=WorkCalendar(zone=ZoneInfo("UTC")),
        ).case_count
        == 1
    )


# --------------------------------------------------------------------------- properties

START = T(9, 22, 9)


# The project's own strategy (custops.testing.cases): cases of any preset and channel,
# received in the month from START, each taken through up to 12 legal steps.
random_cases = cases(START.date(), (START + dt.timedelta(days=30)).date(), max_events=12)


def one_case(case: Case) -> tuple[object, ...]:
    """What a case's versions share (R-CMP-14): its complaint, opened on its desk by its
    first event; cases unlike in these are never versions of one case."""
    return (case.complaint, case.policy, case.events[0])


@settings(max_examples=40)
@given(st.data())
def test_property_statistics_add_up_to_the_number_of_cases_R_CMP_14(data: st.DataObject) -> None:
    cases = data.draw(st.lists(random_cases, max_size=6, unique_by=one_case))
    s = statistics(cases)
    assert s.case_count == len(cases)
    assert s.recorded_later_count == 0
    for tally in (
        s.by_kind,
        s.by_category,
        s.by_channel,
        s.by_department,
        s.by_flow,
        s.by_stage,
    ):
        assert tally.count == s.case_count
        assert all(n > 0 for _, n in tally.counts)
        assert list(tally) == [k for k, _n in tally.counts]
        assert len(tally) == len(tally.counts)
    # severity counts the complaints and the cases not yet classified (R-CMP-07, R-CMP-14)
    assert s.by_severity.count == s.by_kind[Kind.COMPLAINT] + s.by_kind[None]
    assert all(n > 0 for _, n in s.by_severity.counts)
    assert s.open_count + s.closed_count == s.case_count
    assert 0 <= s.reopened_count <= s.case_count
    for t in s.on_time:
        assert t.on_time_rate is None or 0 <= t.on_time_rate <= 1
    if cases:
        # weekly reviews partition the cases (each case falls in exactly one week)
        days = {c.complaint.received_at.astimezone(SH).date() for c in cases}
        weeks = {ReviewPeriod.week(on=d) for d in days}
        at = s.at
        assert (
            sum(statistics(cases, review_period=w, at=at).case_count for w in weeks) == s.case_count
        )
        assert (
            sum(statistics(cases, review_period=w, at=at).reopened_count for w in weeks)
            == s.reopened_count
        )
        # a review at any moment: the cases it knows plus those recorded later are all
        moment = START + dt.timedelta(minutes=data.draw(st.integers(0, 60 * 24 * 40)))
        then = statistics(cases, at=moment)
        assert then.case_count + then.recorded_later_count == len(cases)
        assert then.case_count == sum(1 for c in cases if c.recorded_at <= moment)
        assert then.by_stage.count == then.by_kind.count == then.case_count
        assert then.open_count + then.closed_count == then.case_count


def test_on_time_for_reads_a_name_as_a_target_is_built() -> None:
    """A target's name is trimmed when built, so the lookup trims it too; a non-``str`` is
    ``InvalidType`` naming ``name``, an unknown name is refused as given."""
    s = statistics(week_cases(), at=T(10, 13, 12))
    assert s.on_time_for(" resolve\t") is s.on_time_for("resolve")
    with pytest.raises(InvalidType, match=r"^name: must be a str, not an int \(got 3\)$"):
        s.on_time_for(3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"is not a target of these cases.*\(got ' x '\)$"):
        s.on_time_for(" x ")


@settings(max_examples=25)
@given(
    st.lists(random_cases, max_size=4, unique_by=one_case),
    st.sampled_from([" ", "\u3000", "\t", "\n "]),
)
def test_property_on_time_for_finds_every_target_under_its_padded_name(
    cases: list[Case], pad: str
) -> None:
    s = statistics(cases)
    for figure in s.on_time:
        assert s.on_time_for(pad + figure.target_name + pad) is figure


def test_a_case_recorded_after_the_review_moment_is_left_out_in_a_repeated_hour() -> None:
    """R-CMP-14: "recorded by the review moment" compares instants, as ``Case.as_of`` does.

    In New York's repeated hour 01:30 (second pass, 06:30 UTC) is *after* 01:45 (first
    pass, 05:45 UTC), although its wall-clock time is earlier.
    """
    ny = ZoneInfo("America/New_York")
    recorded = dt.datetime(2025, 11, 2, 1, 30, fold=1, tzinfo=ny)
    review_at = dt.datetime(2025, 11, 2, 1, 45, fold=0, tzinfo=ny)
    wine = Complaint(received_at=recorded, channel="电话", content="态度差", complainant="周")
    case = Case.open(wine, "客户关系顾问", policy="dealer")
    report = statistics([case], at=review_at)
    assert (report.case_count, report.recorded_later_count) == (0, 1)
    later = statistics([case], at=dt.datetime(2025, 11, 2, 3, 0, tzinfo=ny))
    assert (later.case_count, later.recorded_later_count) == (1, 0)


def test_a_review_periods_label_is_one_line_and_blank_is_the_default() -> None:
    """CONTRIBUTING items 4 and 7: a label is the home label field (trimmed, no control
    character, so a review's reason stays one line); empty, blank or None: start..end."""
    start, end = dt.date(2025, 9, 29), dt.date(2025, 10, 5)
    for blank in ("", "  ", None):
        assert ReviewPeriod(start, end, label=blank).label == "2025-09-29..2025-10-05"
    assert ReviewPeriod(start, end, label=" 第40周 ").label == "第40周"
    for bad in ("第40周\n复核", "a\tb", "a\u2028b"):
        with pytest.raises(InvalidInput, match=r"^label: must not contain the control character"):
            ReviewPeriod(start, end, label=bad)
    with pytest.raises(InvalidType, match=r"^label: must be a str"):
        ReviewPeriod(start, end, label=40)  # type: ignore[arg-type]


def test_the_review_moment_is_shown_in_the_calendars_zone_R_CMP_14() -> None:
    """R-CMP-14: the review's moment reads as a case's status reads its own, in the zone of
    the calendar (China's by default), whatever zone ``at`` was given in; a calendar of
    another zone shows it in that one."""
    received = dt.datetime(2026, 2, 13, 7, 0, tzinfo=dt.timezone.utc)
    wine = Complaint(received_at=received, channel="热线", content="酒有怪味", complainant="王")
    case = Case.open(wine, ADVISER, policy=WINERY)
    at = dt.datetime(2026, 2, 13, 8, 0, tzinfo=dt.timezone.utc)
    review = statistics([case], at=at)
    assert review.at is not None
    assert (review.at, review.at.tzinfo) == (at, SH)
    assert "2026-02-13 16:00+08:00" in review.reason
    assert "2026-02-13 16:00+08:00" in case.status(at=at).reason
    assert "+00:00" not in review.explain()
    latest = statistics([case]).at  # the latest event's moment, too
    assert latest is not None
    assert latest.tzinfo == SH
    utc = WorkCalendar(zone=ZoneInfo("UTC"))
    assert "2026-02-13 08:00+00:00" in statistics([case], at=at, calendar=utc).reason


@settings(max_examples=30)
@given(
    st.lists(random_cases, max_size=3, unique_by=one_case),
    st.integers(-12, 14),
    st.integers(0, 60 * 24 * 40),
)
def test_property_the_review_moment_is_the_instant_given_in_the_calendars_zone(
    cases: list[Case], hours: int, minutes: int
) -> None:
    """R-CMP-14: the instant is kept (a review compares instants) and only its zone changes;
    the figures are those of the same instant given in the calendar's zone."""
    zone = dt.timezone(dt.timedelta(hours=hours))
    at = (START + dt.timedelta(minutes=minutes)).astimezone(zone)
    review = statistics(cases, at=at)
    assert review.at is not None
    assert (review.at, review.at.tzinfo) == (at, SH)
    assert review == statistics(cases, at=at.astimezone(SH))


def test_a_review_words_its_summary_when_read_and_loads_an_older_document_R_CMP_14() -> None:
    """R-CMP-14: a review keeps its summary as facts: made in Chinese, it reads in English
    and equals the review made in English; a document stored with the summary worded (in
    either language) loads as the same review; a reason given as text is kept as given."""
    import json

    from custops import serial
    from custops.complaints import Complaint
    from custops.i18n import language

    asked = Complaint(
        received_at=dt.datetime(2025, 10, 13, 9, tzinfo=ZoneInfo("Asia/Shanghai")),
        channel="电话",
        content="请问几点开门",
        complainant="A",
    )
    cases = [Case.open(asked, "客户关系顾问", policy="tobacco")]
    with language("zh_CN"):
        chinese = statistics(cases)
    with language("en_US"):
        english = statistics(cases)
        assert chinese.reason == (
            "case review all cases as of 2025-10-13 09:00+08:00: 1 in all, 1 open, 0 closed"
        )
    assert chinese == english
    doc = json.loads(serial.to_json(chinese))
    for code in ("zh_CN", "en_US"):
        with language(code):
            doc["value"]["reason"] = chinese.reason
        assert serial.from_json(json.dumps(doc)) == chinese
    doc["value"]["reason"] = "周报已核对"
    with language("en_US"):
        assert serial.from_json(json.dumps(doc)).reason == "周报已核对"


# ---- what the review's figures rest on, and who forwarded the cases (R-CMP-14, R-SLA-09) --


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_a_review_on_provisional_deadlines_says_so_R_CMP_14_R_SLA_09() -> None:
    """A Spring Festival 2027 month reviewed before the 2027 notice: the on-time rate rests
    on deadlines of a provisional calendar (no 调休 guessed), so the review says so — as a
    field a stored report keeps and a line of its text, in both languages; a 2025 review
    does not."""
    from custops.i18n import language, stray_words

    done = handled(T(2, 4, 10, year=2027), T(2, 16, 12, year=2027))
    review = statistics(
        [done], review_period=ReviewPeriod(dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    )
    assert review.provisional is True
    with language("en_US"):
        text = review.explain()
        assert "provisional: the on-time figures rest on deadlines of a provisional" in text
        assert stray_words(text, code="en_US") == ()
    with language("zh_CN"):
        assert "暂定：按时率所依据的期限按暂定的节假日安排计算" in review.explain()
    settled = statistics(week_cases(), at=T(10, 31))
    assert settled.provisional is False
    with language("en_US"):
        assert "provisional" not in settled.explain()


def test_a_review_counts_the_forwarded_cases_by_who_forwarded_them_R_CMP_14_R_CMP_07() -> None:
    """``by_forwarded_by`` counts the forwarded cases by ``forwarded_by`` as recorded, the
    most frequent first: a regulator complaints count that ``by_channel`` (forwarded) merges."""
    cases_ = [
        opened(T(10, 9, 10, minute), channel)  # a minute apart: each its own case
        for minute, channel in enumerate(("12300转办", "12315", "12300转办", "电话", "工信部申诉"))
    ]
    review = statistics(cases_, at=T(10, 9, 12))
    assert review.by_forwarded_by == (("12300转办", 2), ("12315", 1), ("工信部申诉", 1))
    assert review.by_channel[Channel.FORWARDED] == 4
    assert '"12300转办" 2; 12315 1; "工信部申诉" 1' in review.explain()
    assert statistics([opened(T(10, 9, 10))], at=T(10, 9, 12)).by_forwarded_by == ()


def test_an_english_review_quotes_each_forwarder_and_words_channels_R_CMP_14() -> None:
    """R-CMP-14, R-CMP-04: in English each forwarder is quoted alone, its count outside
    the quotes, as every other tally's; channels and handling classes are English words
    (phone, forwarded), as kinds and categories are; in Chinese their labels."""
    channels = ("12345转办", "12345转办", "电话")
    cases_ = [opened(T(10, 9, 10, minute), channel) for minute, channel in enumerate(channels)]
    review = statistics(cases_, at=T(10, 9, 12))
    with language("en_US"):
        text = review.explain()
    assert 'forwarded by: "12345转办" 2' in text
    assert "phone 1; forwarded 2" in text
    assert '"电话"' not in text
    assert '"转交"' not in text
    with language("zh_CN"):
        chinese = review.explain()
    assert "转办来源：12345转办 2 件" in chinese
    assert "电话 1 件；转交 2 件" in chinese


def test_a_review_without_a_handling_class_says_why_R_CMP_09() -> None:
    """R-CMP-09: a review whose cases show no handling class says which case shows one (a
    service-quality complaint found not established), in either language."""
    review = statistics([opened(T(10, 9, 10))], at=T(10, 9, 12))
    assert review.by_handling.counts == ()
    with language("en_US"):
        assert "none (a case shows its handling class only as a service-quality" in (
            review.explain()
        )
    with language("zh_CN"):
        assert "无（只有经查不成立的服务质量投诉显示处理类别：客户误解）" in review.explain()


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ((("12315", 0),), InvalidInput),
        ((("", 1),), InvalidInput),
        (("12315",), InvalidType),
        ("12315", InvalidType),
    ],
)
def test_a_stored_forwarder_tally_is_checked_R_CMP_14(value: object, error: type) -> None:
    """A review read back refuses a forwarder tally that is no (forwarded_by, count ≥ 1)
    sequence, naming ``by_forwarded_by``."""
    review = statistics([opened(T(10, 9, 10), "12315")], at=T(10, 9, 12))
    import attrs

    with pytest.raises(error, match=r"^by_forwarded_by"):
        attrs.evolve(review, by_forwarded_by=value)


@settings(max_examples=30, deadline=None)
@given(
    channels=st.lists(st.sampled_from(["12300转办", "12315", "消协", "电话", "网络"]), max_size=8)
)
def test_property_the_forwarder_tally_adds_up_to_the_forwarded_cases_R_CMP_14(
    channels: list[str],
) -> None:
    """R-CMP-14: every case with a forwarder is counted once, under it."""
    # each its own case: one received a minute after the other
    received = [opened(T(10, 9, 10, minute), c) for minute, c in enumerate(channels)]
    review = statistics(received, at=T(10, 9, 12))
    assert sum(n for _name, n in review.by_forwarded_by) == review.by_channel[Channel.FORWARDED]


def test_R_CMP_14_a_review_period_takes_its_day_by_name() -> None:
    """R-CMP-14 (house rule 2): ``ReviewPeriod.week(on=…)`` and ``month(on=…)`` take the day
    by name; by position it is refused as InvalidType naming ``on``, not a bare TypeError."""
    period: Any = ReviewPeriod
    with pytest.raises(InvalidType) as info:
        period.week(dt.date(2025, 10, 1))
    assert (info.value.argument, info.value.value) == ("on", dt.date(2025, 10, 1))
    assert "call ReviewPeriod.week(*, on)" in info.value.problem
    with pytest.raises(InvalidType, match=r"^on: is missing; call ReviewPeriod\.month\(\*, on\)"):
        period.month()
    assert ReviewPeriod.month(on=dt.date(2025, 10, 1)).start == dt.date(2025, 10, 1)


# --- a deadline moved by a pause; two versions of one case (R-CMP-14) -----------------------

LIFT_DESK = CasePolicy(sla_policy=presets.TOBACCO, pause_for_customer=True)


def lift_case() -> tuple[Case, Case]:
    """A 12345 hotline's complaint before and after a wait for the citizen's photos: the
    pause moves its 3-working-day deadline from Wed 2026-02-25 18:00 by 13 working hours,
    to Fri 2026-02-27 15:00."""
    received = T(2, 13, 10, year=2026)
    lift = Complaint(
        received_at=received, channel="热线", content="小区电梯坏了三天没人修", complainant="张"
    )
    before = Case.open(lift, ADVISER, policy=LIFT_DESK).classify(
        T(2, 13, 10, 5, year=2026), CRM, kind="投诉", category="服务质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    after = before.pause(T(2, 13, 14, year=2026), ADVISER, "等待市民补充照片").resume(
        T(2, 24, 10, year=2026), ADVISER
    )
    return before, after


def test_a_deadline_a_pause_moved_keeps_the_desks_end_of_day_R_CMP_14() -> None:
    """R-CMP-14 (R-SLA-09): the on-time line says the desk's end of day (18:00), not the
    hour a pause moved one deadline to (15:00)."""
    _before, after = lift_case()
    moment = T(2, 26, 9, year=2026)
    assert after.status(at=moment)["resolve"].due_at == T(2, 27, 15, year=2026)
    week = ReviewPeriod.week(on=dt.date(2026, 2, 13))
    paused = statistics([after], review_period=week, at=moment).on_time_for("resolve")
    assert paused.day_ends == ("18:00",)
    assert "15:00" not in paused.describe()
    assert "(deadline days end at 18:00)" in paused.describe()
    # beside an unpaused case of the same desk: one end of day, not 15:00/18:00
    other = Complaint(
        received_at=T(2, 13, 11, year=2026), channel="热线", content="路灯不亮", complainant="李"
    )
    unpaused = Case.open(other, ADVISER, policy=LIFT_DESK).classify(
        T(2, 13, 11, 5, year=2026), CRM, kind="投诉", category="服务质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    both = statistics([after, unpaused], review_period=week, at=moment)
    assert both.on_time_for("resolve").day_ends == ("18:00",)


def test_an_earlier_cycle_a_pause_moved_keeps_its_end_of_day_R_CMP_14_R_CMP_08() -> None:
    """R-CMP-14, R-CMP-08: a cycle that ended (a reopened case's first) keeps its deadline as
    first counted, ``Cycle.unpaused_due_at``, beside the ``due_at`` a pause moved: the
    review reads each cycle's end of day from it."""
    clock = Clock.start(T(2, 13, 10, year=2026), Target("resolve", "3个工作日"))
    clock = clock.pause(T(2, 13, 14, year=2026)).resume(T(2, 24, 10, year=2026))
    clock = clock.stop(T(2, 26, 9, year=2026)).restart(T(3, 2, 9, year=2026))
    (first,) = clock.status(at=T(3, 2, 10, year=2026)).history
    assert first.unpaused_due_at == T(2, 25, 18, year=2026)
    assert first.due_at == T(2, 27, 15, year=2026)
    assert first.state is State.MET


def test_two_versions_of_one_case_are_refused_naming_cases_R_CMP_14() -> None:
    """R-CMP-14: a review counts each case once; a case given before and after a step is
    refused, naming the later one's place and showing its complaint, whatever the order."""
    before, after = lift_case()
    for both, place in (([before, after], 1), ([after, opened(T(10, 9, 10)), before], 2)):
        with pytest.raises(InvalidInput) as info:
            statistics(both)
        assert info.value.argument == f"cases[{place}]"
        assert info.value.value == before.complaint
        assert "is a version of the case at cases[" in info.value.problem
        assert "latest version" in info.value.problem
    with pytest.raises(InvalidInput, match=r"^cases\[1\]: is a version of the case at cases\[0\]"):
        statistics([after, after])
    assert statistics([after]).case_count == 1


def test_one_complaint_opened_on_two_desks_is_two_cases_R_CMP_14() -> None:
    """R-CMP-14: the same complaint opened on two desks (or at two moments) is two cases,
    each counted, and so are two cases gone different ways from one opening; only a case
    and an earlier state of it are refused."""
    c = Complaint(received_at=T(10, 9, 10), channel="电话", content="酒有沉淀", complainant="王")
    winery = Case.open(c, ADVISER, policy=WINERY)
    tobacco = Case.open(c, ADVISER, policy=TOBACCO)
    later = Case.open(c, ADVISER, policy=WINERY, at=T(10, 9, 11))
    assert statistics([winery, tobacco, later]).case_count == 3
    asked = winery.classify(T(10, 9, 11), CRM, kind="咨询", category="其他")
    complained = winery.classify(
        T(10, 9, 11), CRM, kind="投诉", category="产品质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    assert statistics([asked, complained]).case_count == 2
    with pytest.raises(InvalidInput, match=r"^cases\[2\]: is a version of the case at cases\[0\]"):
        statistics([asked, complained, winery])


@settings(max_examples=25, deadline=None)
@given(st.lists(random_cases, min_size=1, max_size=4, unique_by=one_case), st.data())
def test_property_a_review_is_the_same_in_any_order_and_counts_a_case_once_R_CMP_14(
    cases: list[Case], data: st.DataObject
) -> None:
    """R-CMP-14: the review of cases is the same whatever their order; a case given again
    (the same value, or an earlier version of it) is refused, never counted twice."""
    at = max(c.last_event_at for c in cases)
    review = statistics(cases, at=at)
    shuffled = data.draw(st.permutations(cases))
    again = statistics(shuffled, at=at)
    assert again == review
    assert again.explain() == review.explain()
    assert [t.target_name for t in again.on_time] == [t.target_name for t in review.on_time]
    # a version of one of them, at any of its events, given beside the rest
    chosen = data.draw(st.sampled_from(cases))
    moment = data.draw(st.sampled_from([e.at for e in chosen.events]))
    version = chosen.as_of(at=moment)
    place = data.draw(st.integers(0, len(cases)))
    with pytest.raises(InvalidInput, match="is a version of the case at") as info:
        statistics([*cases[:place], version, *cases[place:]], at=at)
    assert info.value.argument == f"cases[{max(place, cases.index(chosen) + 1)}]"
