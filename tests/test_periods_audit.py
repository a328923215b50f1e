"""custops.periods after the records audit (audit-records F9, F10, F14, F16, F17) and the
API audit: Traditional and calendar-day period words, the start
blamed for a start outside the calendar, a backward roll that never reaches the start day,
and a :class:`~custops.periods.Deadline` with a stable rule ID.

The deadlines are those of R-SLA-01 … R-SLA-25 (docs/rules.md), counted by the Civil Code,
arts. 200–204 (R-PER-01, docs/periods.md).
"""

from __future__ import annotations

import datetime as dt
import warnings
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._enums import _SIMPLIFIED, _TRADITIONAL
from custops.calendars import Roll
from custops.errors import InvalidInput, ProvisionalCalendarWarning
from custops.i18n import language, stray_words
from custops.periods import (
    CIVIL_CODE_RULE,
    WORKING_TIME_RULE,
    Cutoff,
    Deadline,
    Period,
    Unit,
    deadline,
    due_date,
    due_in_month,
)

SH = ZoneInfo("Asia/Shanghai")
D = dt.date


def at(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SH)


# --------------------------------------------------------------- F9, F16: period words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一週", Period.weeks(1)),  # R-SLA-04 一周
        ("兩年", Period.years(2)),  # R-VIP-10 两年
        ("二十四小時", Period.hours(24)),  # R-SLA-05 24小时
        ("半年內", Period.months(6)),  # R-VIP-01 半年内
        ("三個工作日內", Period.workdays(3)),  # R-SLA-08 三个工作日
        ("一個工作日", Period.workdays(1)),  # R-SLA-01
        ("十個工作日內", Period.workdays(10)),  # R-SLA-13
        ("當天", Period.days(0)),  # R-SLA-04 当天
        ("四個月後", Period.months(4)),  # R-SLA-24 四个月后
        ("連續3個月", None),  # not a period word: refused below, its 連續 not read
        ("一個半小時", Period.minutes(90)),
        ("兩個禮拜", Period.weeks(2)),
        ("15個自然日", Period.days(15)),  # R-SLA-22 15天
    ],
)
def test_traditional_period_words_read_as_simplified_F9(text: str, expected: Period | None) -> None:
    """Audit F9: the seed's period words written in Traditional characters (Hong Kong,
    Taiwan) read as their simplified forms (R-SLA-01, -04, -05, -08, -13, -22, -24)."""
    if expected is None:
        unread = r"text: holds the period '3 months' with words before it that are not read;"
        with pytest.raises(InvalidInput, match=unread):
            Period.parse(text)
    else:
        assert Period.parse(text) == expected


def test_half_a_year_within_is_not_blamed_as_half_a_month_F9() -> None:
    """Audit F9: 半年內 used to be refused as "a half day, week or month" (R-VIP-01)."""
    assert Period.parse("半年內") == Period.parse("半年内") == Period.months(6)
    with pytest.raises(InvalidInput, match="a half week or month"):
        Period.parse("半個月")  # still refused: half a month has no whole-unit meaning


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("半分钟", "minutes are counted whole; write e.g. '1 minute'"),
        ("两分半钟", "minutes are counted whole"),
        ("半个工作日", "write it in working hours, e.g. '4 working hours'"),  # R-SLA-01
        ("一个半工作日", "write it in working hours, e.g. '4 working hours'"),
        ("半个工作小时", "working hours are counted whole"),  # R-SLA-05
        ("半天", "a half day has no whole-day meaning under the Civil Code; write it in hours"),
        ("半周", "a half week or month"),
        ("一个半月", "write it in days, e.g. '15 days' or '45 days'"),
    ],
)
def test_a_half_is_refused_with_advice_for_its_own_unit(text: str, advice: str) -> None:
    """A half with no whole-unit meaning is refused, naming ``text`` with the text given,
    and the advice speaks of the unit written (not of days for half a minute)."""
    with pytest.raises(InvalidInput) as caught:
        Period.parse(text)
    assert (caught.value.argument, caught.value.value) == ("text", text)
    assert advice in str(caught.value)
    if "分" in text or "工作" in text:
        assert "Civil Code" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3个自然日", Period.days(3)),
        ("3个日历日", Period.days(3)),
        ("15个日历天", Period.days(15)),
        ("一季度", Period.months(3)),
        ("1季度", Period.months(3)),
        ("两个季度", Period.months(6)),
        ("一个季度", Period.months(3)),
        ("每季度", Period.months(3)),  # R-SLA-15 每季度
    ],
)
def test_calendar_days_and_quarters_F16(text: str, expected: Period) -> None:
    """Audit F16: 自然日/日历日 are calendar days (arts. 201, 203), a 季度 is 3 months."""
    assert Period.parse(text) == expected


# The seed's period words; each written wholly in Traditional characters must read the same.
_SEED_WORDS = (
    "一个工作日内",
    "1天",
    "三天内",
    "一周内",
    "24小时内",
    "三个工作日",
    "7个工作日",
    "10个工作日内",
    "一周",
    "当天",
    "次日",
    "15天内",
    "一年",
    "四个月后",
    "六个月后",
    "3个月",
    "半年内",
    "两年",
    "1分钟",
    "每季度",
    "一季度",
)
_TO_TRADITIONAL: dict[str, list[str]] = {}
for _t, _s in zip(_TRADITIONAL, _SIMPLIFIED, strict=True):
    _TO_TRADITIONAL.setdefault(_s, []).append(_t)  # 兩 → 两 included (custops._enums.fold)


@settings(max_examples=80)
@given(st.sampled_from(_SEED_WORDS), st.data())
def test_property_any_traditional_spelling_reads_as_the_simplified_one(
    word: str, data: st.DataObject
) -> None:
    """Audit F9 property: any character-by-character mix of simplified and Traditional forms
    of a seed period word (R-SLA-01 … R-SLA-25) parses to the same period."""
    mixed = "".join(data.draw(st.sampled_from([ch, *_TO_TRADITIONAL.get(ch, [])])) for ch in word)
    assert Period.parse(mixed) == Period.parse(word)


# --------------------------------------------------------------- F17: rolls never go back


@pytest.mark.parametrize(
    ("start", "text", "roll", "expected"),
    [
        # Before: 2025-09-30 18:00 (a "week" of 2 hours) and 2025-10-09 for a start at 19:00.
        (at(2025, 9, 30, 16), "1周", "preceding", at(2025, 10, 9, 18)),
        (at(2025, 9, 30, 19), "1周", "preceding", at(2025, 10, 9, 18)),
        # Before: 2025-05-30, the start day itself (Dragon Boat 05-31..06-02).
        (at(2025, 5, 30, 16), "1天", "modified_following", at(2025, 6, 3, 18)),
        # A backward roll that stays after the start day is kept.
        (at(2025, 9, 20, 10), "1周", "preceding", at(2025, 9, 26, 18)),
    ],
)
def test_a_backward_roll_never_reaches_the_start_day_F17(
    start: dt.datetime, text: str, roll: str, expected: dt.datetime
) -> None:
    """Audit F17, Civil Code art. 201 ¶1 (R-SLA-04): the start day is not counted, so a
    preceding or modified-following roll that would end the period on or before it rolls
    forward instead (art. 203 ¶1)."""
    assert deadline(start, text, roll=roll) == expected


def test_a_backward_roll_on_days_F17() -> None:
    """Audit F17 (R-SLA-03 三天): before, ``due_date(2025-09-30, "3天", roll="preceding")``
    was 2025-09-30, the start day."""
    assert due_date(D(2025, 9, 30), "3天", roll="preceding") == D(2025, 10, 9)
    explained = due_date(D(2025, 9, 30), "3天", roll=Roll.PRECEDING, explain=True)
    assert any("rolling it back would end the period" in s for s in explained.reasoning)
    # A zero period (当天) on a rest day never rolls back before its start either.
    assert due_date(D(2025, 10, 4), "当天", roll="preceding") == D(2025, 10, 9)


_DAY_UNITS = st.sampled_from([Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS])


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=150)
@given(
    st.dates(min_value=D(2001, 1, 1), max_value=D(2026, 6, 30)),
    st.integers(0, 40),
    _DAY_UNITS,
    st.sampled_from(list(Roll)),
)
def test_property_a_period_ends_after_its_start_day_for_every_roll(
    start: dt.date, count: int, unit: Unit, roll: Roll
) -> None:
    """Audit F17 property (art. 201 ¶1, R-SLA-02/03/04/14/22/24/25): for every roll and
    day-level period, the last day is after the start day (on or after it for a zero
    period), and never before the following roll's last day by more than the backward
    roll allows: it is a working day."""
    if unit in (Unit.MONTHS, Unit.YEARS):
        count = min(count, 3)
    period = Period(count, unit)
    last = due_date(start, period, roll=roll)
    assert last > start if count else last >= start
    following = due_date(start, period)
    assert last <= following


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=80)
@given(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2026, 6, 30)),
    st.integers(1, 20),
    st.sampled_from(["preceding", "modified_following"]),
)
def test_property_a_later_start_never_ends_earlier(
    naive: dt.datetime, days: int, roll: str
) -> None:
    """Audit F17 property: the deadline is monotone in the start moment within one start
    day (the answer no longer jumps from 2 hours to 9 days with the start time)."""
    start = naive.replace(tzinfo=SH)
    later = start.replace(hour=23, minute=59)
    if later < start:
        return
    assert deadline(start, Period.days(days), roll=roll) <= deadline(
        later, Period.days(days), roll=roll
    )


# --------------------------------------------------------------- F10: blame the start


@pytest.mark.parametrize(
    "start",
    [at(9999, 12, 30), at(1, 1, 2), D(9999, 12, 30), D(1, 1, 2), at(2101, 1, 1, 10)],
)
def test_a_start_outside_the_calendar_is_blamed_on_start_F10(start: dt.date) -> None:
    """Audit F10 (R-SLA-02 …): "3天" is fine; the start is outside the years 1950-2100."""
    with pytest.raises(InvalidInput) as caught:
        deadline(start, "3天")
    error = caught.value
    assert error.argument == "start"
    assert error.value == start
    assert "must lie in the years 1950-2100 the CN calendar supports" in str(error)
    assert "+08:05" not in str(error)  # no Shanghai LMT offset in the message
    assert str(error).count("(got ") == 1


def test_the_period_is_blamed_only_when_the_end_leaves_the_calendar_F10() -> None:
    """Audit F10: a start inside the range whose end is outside names ``period``."""
    with pytest.raises(InvalidInput) as caught:
        deadline(D(2100, 12, 20), "3个月")
    assert caught.value.argument == "period"
    # Hours need no calendar: a start outside its years is still counted (art. 201 ¶2).
    assert deadline(at(2200, 1, 1, 10), "24小时") == at(2200, 1, 2, 10)


@pytest.mark.parametrize(
    ("start", "period", "convention"),
    [
        (at(2100, 12, 30, 10), "3个工作日", "civil_code"),  # R-SLA-01
        (D(2100, 12, 30), "3个工作日", "civil_code"),
        (at(2100, 12, 30, 10), "3个工作日", "working_time"),  # R-SLA-08
        (at(2100, 12, 31, 17), "8个工作小时", "civil_code"),  # R-SLA-05
    ],
)
def test_a_count_past_the_calendar_is_blamed_on_the_period_F10(
    start: dt.date, period: str, convention: str
) -> None:
    """Audit F10 for working days and hours: the calendar's own ``workdays``/``delta``
    never reach the caller; ``period`` is named with the text given, and the reason is
    the calendar's year limit, once."""
    with pytest.raises(InvalidInput) as caught:
        deadline(start, period, convention=convention)
    error = caught.value
    assert (error.argument, error.value) == ("period", period)
    assert f"(goes past 2100, the last supported year) (got '{period}')" in str(error)
    assert "workdays" not in str(error)
    assert "delta" not in str(error)


# --------------------------------------------------------------- F14, 1.1, 4.19, 6.32


def test_the_deadline_names_its_moment_and_day_by_role_api_1_1() -> None:
    """``due_at`` is the moment (None for a date start), ``ends_on`` the day
    (R-SLA-08, three working days over National Day 2025)."""
    timed = deadline(at(2025, 9, 30, 16), "3个工作日", explain=True)
    assert (timed.due_at, timed.ends_on) == (at(2025, 10, 11, 18), D(2025, 10, 11))
    daily = due_date(D(2025, 9, 30), "3个工作日", explain=True)
    assert (daily.due_at, daily.ends_on) == (None, D(2025, 10, 11))
    assert daily.ends_on == due_date(D(2025, 9, 30), "3个工作日")


@pytest.mark.parametrize(
    ("start", "text", "convention", "rule", "law"),
    [
        (at(2025, 9, 30, 16), "24小时", "civil_code", CIVIL_CODE_RULE, "art. 201 ¶2"),
        (at(2025, 9, 30, 16), "3天", "civil_code", CIVIL_CODE_RULE, "arts. 201, 203"),
        (at(2025, 1, 31, 16), "1个月", "civil_code", CIVIL_CODE_RULE, "arts. 201–203"),
        (at(2025, 9, 30, 16), "3个工作日", "civil_code", CIVIL_CODE_RULE, "working days"),
        (at(2025, 9, 30, 16), "3个工作日", "working_time", WORKING_TIME_RULE, "budget"),
        (at(2025, 9, 30, 16), "8个工作小时", "civil_code", WORKING_TIME_RULE, "budget"),
    ],
)
def test_the_rule_is_a_stable_id_and_the_law_is_in_the_reason_api_4_19(
    start: dt.datetime, text: str, convention: str, rule: str, law: str
) -> None:
    """``rule`` is a stable ID, the same in every language; the provisions
    applied (Civil Code arts. 201–203) are in the one-line reason."""
    rules = set()
    for code in ("zh_CN", "en_US"):
        with language(code):
            d = deadline(start, text, convention=convention, explain=True)
            rules.add(d.rule)
            assert "R-" not in d.reason
            assert "\n" not in d.reason
            assert d.explain().splitlines()[0] == str(d)
    assert rules == {rule}
    assert law in d.reason


def test_the_steps_are_called_reasoning_api_6_32() -> None:
    """``Deadline.reasoning`` (lines of text), not ``steps`` (the SLA
    schedule's steps are objects) (R-SLA-03)."""
    d = due_date(D(2025, 9, 30), "三天", explain=True)
    assert d.reasoning[0] == "art. 201 ¶1: the start day 2025-09-30 is not counted"
    assert not hasattr(d, "steps")
    assert not hasattr(d, "due")
    assert d.explain().splitlines()[1:] == [f"  - {line}" for line in d.reasoning]


def test_a_provisional_year_is_flagged_F14() -> None:
    """Audit F14: ``Deadline.provisional`` says the count ran through a year whose holiday
    arrangement is not published (2027), as the reasoning's last line does (R-SLA-14)."""
    assert due_date(D(2025, 9, 30), "3天", explain=True).provisional is False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        late = due_date(D(2026, 12, 28), "1周", explain=True)
    assert late.provisional is True
    assert late.reasoning[-1].startswith("provisional: ")


def test_due_in_month_explains_itself_F14() -> None:
    """Audit F14, R-SLA-16 (次月2日): ``due_in_month(..., explain=True)`` is a Deadline."""
    d = due_in_month(D(2025, 9, 15), "次月2日", explain=True)
    assert isinstance(d, Deadline)
    assert (d.start, d.period, d.due_at, d.ends_on) == (D(2025, 9, 15), None, None, D(2025, 10, 9))
    assert d.ends_on == due_in_month(D(2025, 9, 15), "次月2日")
    assert d.rule == CIVIL_CODE_RULE
    # art. 203 rolled the rest day forward; the month has a 2nd, so art. 202 is not cited (F8)
    assert (
        d.reason
        == "2025-09-15: day 2 of the next month (次月2日) → 2025-10-09 (Civil Code art. 203)"
    )
    assert d.skipped_rest_days == tuple(D(2025, 10, n) for n in range(2, 9))
    plain = due_in_month(D(2025, 1, 31), "次月30日", explain=True)
    assert plain.ends_on == D(2025, 2, 28)
    assert plain.skipped_rest_days == ()
    with pytest.raises(Exception, match="explain"):
        due_in_month(D(2025, 9, 15), "次月2日", explain="yes")  # type: ignore[call-overload]


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=60)
@given(
    st.dates(min_value=D(2001, 1, 1), max_value=D(2026, 9, 30)),
    st.sampled_from(["次月2日", "当月底", "隔月15日", "下月31日"]),
    st.sampled_from(list(Roll)),
)
def test_property_due_in_month_explained_equals_the_plain_answer(
    start: dt.date, text: str, roll: Roll
) -> None:
    """Audit F14 property (R-SLA-16): explain=True never changes the answer."""
    plain = due_in_month(start, text, roll=roll)
    explained = due_in_month(start, text, roll=roll, explain=True)
    assert explained.ends_on == plain
    assert explained.reasoning
    assert str(explained) == explained.explain().splitlines()[0]


@pytest.mark.parametrize("period", ["3小时", "30分钟", "8个工作小时"])
def test_due_date_refuses_a_period_below_a_day_naming_period(period: str) -> None:
    """R-PER-01: ``due_date`` counts day-level periods from a date; an hour period is the
    period's fault (``InvalidInput`` naming ``period``), not a hint to pass a datetime that
    ``due_date`` would refuse."""
    with pytest.raises(InvalidInput) as caught:
        due_date(D(2024, 2, 8), period)
    assert (caught.value.argument, caught.value.value) == ("period", period)
    assert "not day-level; due_date counts days" in str(caught.value)


def test_R_SLA_16_due_in_month_of_an_instant_ends_at_close_of_business() -> None:
    """R-SLA-16, R-PER-01: an aware ``start`` answers the instant the day named
    ends (its close of business, art. 203 ¶2) in the calendar's zone; ``explain=True`` keeps
    ``start`` as given; a naive ``start`` is refused naming it."""
    sh = ZoneInfo("Asia/Shanghai")
    start = dt.datetime(2026, 1, 20, 10, 0, tzinfo=sh)
    due = dt.datetime(2026, 2, 2, 18, 0, tzinfo=sh)
    assert due_in_month(start, "次月2日") == due
    d = due_in_month(start, "次月2日", explain=True)
    assert (d.start, d.due_at, d.ends_on, d.cutoff) == (
        start,
        due,
        D(2026, 2, 2),
        Cutoff.CLOSE_OF_BUSINESS,
    )
    assert d.reason == (
        "2026-01-20: day 2 of the next month (次月2日) → 2026-02-02 18:00+08:00 "
        "(Civil Code art. 203)"
    )
    # the day is START's in the calendar's zone: 23:30 UTC on 09-15 is 09-16 in Shanghai
    late = dt.datetime(2025, 9, 15, 23, 30, tzinfo=dt.timezone.utc)
    assert due_in_month(late, "当月底") == dt.datetime(2025, 9, 30, 18, 0, tzinfo=sh)
    with pytest.raises(InvalidInput, match=r"^start: must be timezone-aware"):
        due_in_month(dt.datetime(2026, 1, 20, 10, 0), "次月2日")


@pytest.mark.parametrize(
    ("start", "text", "roll", "law"),
    [
        (D(2025, 9, 15), "次月2日", "following", "Civil Code art. 203"),
        (D(2025, 1, 31), "次月30日", "following", "Civil Code art. 202"),
        (D(2025, 1, 10), "当月底", "preceding", "the agreed roll to the previous working day"),
        (
            D(2025, 9, 15),
            "次月2日",
            "modified_following",
            "the agreed roll to the next working day in the same month",
        ),
        (D(2025, 3, 3), "当月底", "following", None),
    ],
)
def test_R_SLA_16_due_in_month_cites_only_what_applied(
    start: dt.date, text: str, roll: str, law: str | None
) -> None:
    """R-SLA-16, R-PER-01: art. 202 when the month lacks the day, art. 203 when
    ``following`` moved a rest day forward, the agreed roll by name for ``preceding`` and
    ``modified_following`` (art. 203 moves a day only forward), nothing when nothing moved."""
    reason = due_in_month(start, text, roll=roll, explain=True).reason
    if law is None:
        assert not reason.endswith(")")  # no law cited: only the day's words and its text read
    else:
        assert reason.endswith(f"({law})")
    with language("zh_CN"):
        zh = due_in_month(start, text, roll=roll, explain=True).reason
    assert stray_words(zh, code="zh_CN") == ()
    assert ("《民法典》" in zh) is (law is not None and law.startswith("Civil Code"))


@pytest.mark.parametrize(
    ("start", "period", "roll", "law"),
    [
        (D(2025, 9, 28), "3天", "following", "Civil Code arts. 201, 203"),
        (
            D(2025, 9, 28),
            "3天",
            "preceding",
            "Civil Code art. 201, the agreed roll to the previous working day",
        ),
        (
            D(2025, 1, 1),
            "一个月",
            "preceding",
            "Civil Code arts. 201, 202, the agreed roll to the previous working day",
        ),
        (
            dt.datetime(2025, 5, 28, 10, 0, tzinfo=SH),  # 05-31 端午: 06-03 is next month
            "3天",
            "modified_following",
            "Civil Code arts. 201, 203, the agreed roll to the previous working day",
        ),
    ],
)
def test_R_PER_01_deadline_cites_an_agreed_backward_roll_by_name(
    start: dt.date, period: str, roll: str, law: str
) -> None:
    """R-PER-01: art. 203 ¶1 moves a last day only forward, so a day rolled back
    (``preceding``, or ``modified_following`` at a month's end) cites the agreed roll, and
    art. 203 only when a time ends the day (¶2)."""
    reason = deadline(start, period, roll=roll, explain=True).reason
    assert reason.endswith(f"({law})")
    with language("zh_CN"):
        zh = deadline(start, period, roll=roll, explain=True).reason
    assert stray_words(zh, code="zh_CN") == ()
