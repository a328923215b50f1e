"""Explanations of calendars and periods in the reader's language (issue 15 item 1).

Every reason, source and step the calendar and the period counter produce is worded in the
active language: Chinese (zh_CN, the default) with no English word besides rule IDs and
units, English (en_US) with Chinese only as quoted labels.  The data they return (holiday
names, the day kind's key and label, the periods' canonical form) does not change with the
language.  Example tests per rule (R-SLA-01, R-SLA-05, R-SLA-08, R-SLA-09, R-SLA-13,
R-SLA-24 count periods this way) and one property test per module.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import warnings
from typing import Literal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import testing
from custops.calendars import DAY_RULE, BusinessHours, Roll, WorkCalendar, china
from custops.errors import ProvisionalCalendarWarning
from custops.i18n import language, stray_words
from custops.periods import Cutoff, Period, deadline, due_date
from test_calendars import NOTICE_2027

D = dt.date
SH = ZoneInfo("Asia/Shanghai")


def at(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SH)


def one_language(*texts: str) -> None:
    """Each text is one-language in the active language."""
    for text in texts:
        assert stray_words(text) == (), text


# ------------------------------------------------------------------ calendars: examples


def test_day_info_in_chinese_R_SLA_01() -> None:
    cal = china()
    with language("zh_CN"):
        holiday = cal.day_info(D(2025, 10, 1))
        makeup = cal.day_info(D(2025, 10, 11))
        swapped = cal.day_info(D(2025, 10, 8))
        weekday = cal.day_info(D(2025, 9, 30))
        one_language(holiday.reason, holiday.source, str(holiday), holiday.explain())
        one_language(makeup.reason, swapped.reason, weekday.reason, str(makeup))
        headline = str(makeup)
        holiday_text = holiday.explain()
        assert holiday.reason == "2025-10-01（周三）是休息日：法定节假日、国庆节"
        assert makeup.reason == "2025-10-11（周六）是工作日：调休上班"
        # R-CAL-01: the swapped day's name is custops' own, the same under every release
        # of the holidays package (whose wording of it changed), naming the make-up day.
        assert (
            swapped.reason == "2025-10-08（周三）是休息日：调休休息、休息日（由 2025-10-11 调休）"
        )
        assert weekday.reason == "2025-09-30（周二）是工作日：工作日"
        # 4.18: the rule is a stable ID in every language, the data source is `source`
        assert holiday.rule == makeup.rule == "R-CAL-01"
        assert holiday.source.startswith("「holidays」")
        assert holiday.source.endswith("版数据（「CN」）")
        assert headline == "调休上班（R-CAL-01）：2025-10-11（周六）是工作日：调休上班"
    assert holiday_text.splitlines()[1].startswith("  依据：「holidays」")


def test_day_info_sources_in_chinese() -> None:
    cal = WorkCalendar(
        closures=[D(2025, 9, 30)],
        extra_workdays=[D(2025, 9, 27)],
        arrangements=[NOTICE_2027],
    )
    with language("zh_CN"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        closure = cal.day_info(D(2025, 9, 30))
        extra = cal.day_info(D(2025, 9, 27))
        arranged = cal.day_info(D(2027, 1, 1))
        provisional = cal.day_info(D(2028, 3, 1))
        texts = [i.reason for i in (closure, extra, arranged, provisional)]
        texts += [i.explain() for i in (closure, extra, arranged, provisional)]
        one_language(*texts)
    with language("zh_CN"):  # worded when read
        assert (closure.source, closure.reason) == (
            "公司停业日",
            "2025-09-30（周二）是休息日：公司停业",
        )
        assert (extra.source, extra.reason) == ("公司加班日", "2025-09-27（周六）是工作日：加班日")
        assert arranged.source == "用户提供的 2027 年放假安排"
        assert arranged.reason == "2027-01-01（周五）是休息日：法定节假日、元旦"
        assert provisional.source == "法定节假日规则（2028 年放假安排尚未公布，暂定）"
    assert {i.rule for i in (closure, extra, arranged, provisional)} == {"R-CAL-01"}


def test_day_info_in_english_quotes_the_chinese_and_names_holidays_in_english() -> None:
    cal = china()
    with language("en_US"):
        holiday = cal.day_info(D(2025, 10, 1))
        swapped = cal.day_info(D(2025, 10, 8))
        one_language(holiday.reason, holiday.source, holiday.explain(), swapped.reason)
    assert (
        holiday.reason
        == "2025-10-01 (Wednesday) is a rest day: public holiday (法定节假日), National Day"
    )
    # R-CAL-01, R-SLA-01, item 8: custops words the swapped day in English itself, as it
    # words 休息日 ("rest day"), with its ISO date, not the data's US form
    assert swapped.reason == (
        "2025-10-08 (Wednesday) is a rest day: day off in lieu (调休休息), "
        "rest day (swapped from 2025-10-11)"
    )
    assert holiday.source.startswith("holidays ")
    assert holiday.rule == "R-CAL-01"
    # The data does not change with the language.
    assert holiday.holiday_name == "国庆节"
    assert swapped.holiday_name == "休息日（由 2025-10-11 调休）"
    assert cal.holiday_name(D(2025, 10, 1)) == "国庆节"
    with language("zh_CN"):
        assert cal.day_info(D(2025, 10, 1)).holiday_name == "国庆节"


def test_a_users_holiday_name_is_quoted_in_english() -> None:
    cal = WorkCalendar(arrangements=[NOTICE_2027])
    with language("en_US"):
        reason = cal.day_info(D(2027, 1, 1)).reason
        one_language(reason)
    assert reason == '2027-01-01 (Friday) is a rest day: public holiday (法定节假日), "元旦"'


def test_the_table_keeps_keys_and_chinese_labels_in_every_language() -> None:
    with language("en_US"):
        english = china().table(D(2025, 10, 1), D(2025, 10, 12))
    with language("zh_CN"):
        chinese = china().table(D(2025, 10, 1), D(2025, 10, 12))
    assert english == chinese
    assert english.outcome[0] == "holiday"
    assert english.outcome_label[0] == "法定节假日"
    assert english.holiday_name[0] == "国庆节"


# ------------------------------------------------------------------ periods: examples


def test_working_days_explained_in_chinese_R_SLA_01_R_SLA_09() -> None:
    with language("zh_CN"):
        result = deadline(at(2025, 9, 30, 16), "3个工作日", explain=True)
        text = result.explain()
        one_language(text, result.reason)
    with language("zh_CN"):  # read in the language it was made in
        assert result.rule == "R-PER-01"
        assert text.split("\n")[0] == (
            "期限（R-PER-01）：2025-09-30 16:00+08:00 + 3个工作日 → 2025-10-11 18:00+08:00"
            "（按工作日计算）"
        )
        assert result.reasoning == (
            "《民法典》第201条第1款：开始当日 2025-09-30 不计入",
            "3个工作日：其后第 3 个工作日为 2025-10-11（周六，调休上班）",
            "不计入的休息日：2025-10-01、2025-10-02、2025-10-03、2025-10-04、2025-10-05、"
            "2025-10-06、2025-10-07、2025-10-08",
            "《民法典》第203条第2款：最后一日至停止业务活动的时间 18:00 截止",
        )


def test_elapsed_hours_explained_in_chinese_R_SLA_05() -> None:
    with language("zh_CN"):
        result = deadline(at(2025, 9, 30, 16), "24小时", explain=True)
        one_language(result.explain())
    with language("zh_CN"):  # read in the language it was made in
        assert result.rule == "R-PER-01"
        assert result.reason.endswith("（《民法典》第201条第2款）")
        assert result.reasoning == (
            "《民法典》第201条第2款：24小时自 2025-09-30 16:00+08:00 起即时起算",
            "连续计算24小时 → 2025-10-01 16:00+08:00，休息日不扣除",
        )


def test_days_weeks_and_months_explained_in_chinese_R_SLA_03_R_SLA_24() -> None:
    with language("zh_CN"):
        days = due_date(D(2025, 9, 30), "三天", explain=True)
        week = deadline(at(2025, 9, 30, 16), "1周", explain=True)
        month_end = due_date(D(2025, 1, 31), "1个月", explain=True)
        same_day = due_date(D(2025, 5, 15), "4个月", explain=True)
        back = deadline(D(2025, 6, 1), "四个月", roll=Roll.PRECEDING, explain=True)
        one_language(*(r.explain() for r in (days, week, month_end, same_day, back)))
    with language("zh_CN"):  # read in the language it was made in
        assert days.rule == "R-PER-01"
        assert days.reason.endswith("（《民法典》第201条、第203条）")
        assert days.reasoning[1] == "3天 → 2025-10-03（周五，法定节假日、国庆节）"
        assert days.reasoning[2] == (
            "《民法典》第203条第1款：2025-10-03 为休息日，以其后第一个工作日 "
            "2025-10-09（周四，工作日）为期间最后一日"
        )
        assert days.reasoning[3].startswith("跳过的休息日：2025-10-03、")
        assert week.reasoning[1].startswith("1周 = 7 天 → 2025-10-07（周二，调休休息、")
        assert month_end.rule == "R-PER-01"
        assert month_end.reason.endswith("（《民法典》第201条至第203条）")
        assert month_end.reasoning[1] == (
            "《民法典》第202条：1个月 → 2025-02 没有 31 日，以该月最后一日 "
            "2025-02-28（周五，工作日）为期间最后一日"
        )
        assert (
            same_day.reasoning[1]
            == "《民法典》第202条：4个月 → 到期月的相应日 2025-09-15（周一，工作日）"
        )
        assert "按约定提前至前一个工作日" in back.explain()


def test_cutoffs_and_budgets_explained_in_chinese() -> None:
    with language("zh_CN"):
        asked = deadline(at(2025, 9, 9, 10), "1天", cutoff="midnight", explain=True)
        bare = deadline(
            at(2025, 9, 9, 10), "1天", calendar=WorkCalendar(business_hours=None), explain=True
        )
        budget = deadline(at(2025, 9, 9, 9), "3个工作日", convention="working_time", explain=True)
        hours = deadline(at(2025, 9, 30, 16), "8个工作小时", explain=True)
        closed = deadline(at(2025, 10, 10, 19), Period.workdays(0), explain=True)
        texts = [r.explain() for r in (asked, bare, budget, hours, closed)]
        one_language(*texts)
    with language("zh_CN"):  # read in the language it was made in
        assert asked.reasoning[-1] == (
            "《民法典》第203条第2款：最后一日至 24:00 截止（按要求算到当日 24:00），"
            "即 2025-09-11 00:00+08:00"
        )
        assert "（日历未设营业时间）" in bare.explain()
        assert budget.rule == "R-PER-02"
        assert budget.reason.endswith("（按工作时长计算）")
        assert budget.reasoning[0] == "按工作时长计：3个工作日 = 3 × 每日营业时间 8 小时 = 24 小时"
        assert hours.reasoning[-1].startswith("无营业时间的休息日：2025-10-01、")
        assert (
            "开始时 2025-10-10 已停止营业，顺延至下一工作日 2025-10-11（周六，调休上班）"
            in texts[-1]
        )


def test_a_provisional_count_says_so_in_chinese() -> None:
    with language("zh_CN"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        result = deadline(D(2026, 12, 30), "3个工作日", calendar=WorkCalendar(), explain=True)
        one_language(result.explain())
    with language("zh_CN"):  # read in the language it was made in
        assert result.reasoning[-1] == (
            "暂定：2027 年的放假安排尚未公布，按法定节假日（含节日逢周末的补假）计算，未推测调休"
        )


def test_english_explanations_quote_the_period_and_the_labels() -> None:
    with language("en_US"):
        result = deadline(at(2025, 9, 30, 16), "1周", explain=True)
        headline = str(result)
        one_language(result.explain())
    assert headline == (
        "deadline (R-PER-01): 2025-09-30 16:00+08:00 + 1 week → 2025-10-09 18:00+08:00 "
        "(Civil Code arts. 201, 203)"
    )
    assert result.reasoning[1].startswith(  # R-CAL-01: the swapped day named by custops
        "1 week = 7 days → 2025-10-07 (Tuesday, day off in lieu (调休休息), "
        "rest day (swapped from 2025-09-28))"
    )


# ------------------------------------------------------------------ property tests


@settings(max_examples=40)
@given(cal=testing.calendars(), day=testing.dates())
def test_every_day_info_is_in_one_language(cal: WorkCalendar, day: dt.date) -> None:
    for code in ("zh_CN", "en_US"):
        with language(code):
            info = cal.day_info(day)
            for text in (info.reason, info.source, str(info), info.explain()):
                assert stray_words(text, code=code) == (), (code, text)
            assert "\n" not in info.reason
            assert info.rule == DAY_RULE == "R-CAL-01"  # 4.18: never worded text
            assert info.explain().splitlines()[0] == str(info)


@settings(max_examples=40)
@given(
    cal=testing.calendars(business_hours=st.sampled_from([None, BusinessHours.standard()])),
    start=st.one_of(testing.aware_datetimes(), testing.dates()),
    period=testing.periods(max_count=60),
    cutoff=st.sampled_from(["close_of_business", "midnight"]),
    convention=st.sampled_from(["civil_code", "working_time"]),
)
def test_every_deadline_explanation_is_in_one_language(
    cal: WorkCalendar,
    start: dt.datetime | dt.date,
    period: Period,
    cutoff: Cutoff,
    convention: Literal["civil_code", "working_time"],
) -> None:
    if not isinstance(start, dt.datetime) and not period.is_day_level:
        start = dt.datetime.combine(start, dt.time(10), SH)
    words = {}
    for code in ("zh_CN", "en_US"):
        with language(code), warnings.catch_warnings():
            warnings.simplefilter("ignore", ProvisionalCalendarWarning)
            result = deadline(
                start,
                period,
                calendar=cal,
                cutoff=cutoff,
                convention=convention,
                explain=True,
            )
            for text in (result.reason, str(result), *result.reasoning):
                assert stray_words(text, code=code) == (), (code, text)
            words[code] = result
    # The language changes the words only: the rule is a stable ID.
    zh, en = words["zh_CN"], words["en_US"]
    assert (zh.due_at, zh.ends_on, zh.rule) == (en.due_at, en.ends_on, en.rule)
    assert zh.skipped_rest_days == en.skipped_rest_days
    assert len(zh.reasoning) == len(en.reasoning)


# ------------------------------------------------------------------ cold start (issue 16 item 5)


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_the_first_answer_loads_only_the_country_asked_for() -> None:
    """A fresh process answers from holidays' China module alone, not its ~250 countries;
    the class is the one holidays itself hands out afterwards."""
    out = _fresh(
        "import sys, datetime as dt\n"
        "from custops.calendars import china\n"
        "cal = china()\n"
        "print(cal.is_workday(dt.date(2025, 10, 8)), cal.is_workday(dt.date(2025, 10, 11)))\n"
        "print(sum(m.startswith('holidays.countries.') for m in sys.modules))\n"
        "print('holidays.countries' in sys.modules)\n"
        "import holidays\n"
        "from custops import calendars\n"
        "print(isinstance(holidays.country_holidays('CN'), calendars._country_class('CN')))\n"
    )
    assert out.split("\n") == ["False True", "1", "False", "True"]


def test_a_country_built_on_another_loads_through_the_package() -> None:
    """Åland's holidays import Finland's: that country is loaded the ordinary way."""
    out = _fresh(
        "import datetime as dt\n"
        "from custops.calendars import WorkCalendar\n"
        "cal = WorkCalendar('AX')\n"
        "print(cal.is_workday(dt.date(2025, 12, 6)), cal.is_workday(dt.date(2025, 12, 8)))\n"
    )
    assert out == "False True"


@pytest.mark.parametrize("country", ["XX", "china"])
def test_an_unknown_country_is_refused(country: str) -> None:
    from custops.errors import InvalidInput

    with pytest.raises(InvalidInput, match="country"):
        WorkCalendar(country)


@pytest.mark.parametrize("day", [D(2025, 10, 7), D(2025, 10, 8), D(2026, 2, 23)])
def test_R_SLA_01_english_holiday_names_write_dates_in_iso(day: D) -> None:
    """R-SLA-01 (item 8, one language and one date form): a 调休 rest day's English label
    names the day it is swapped with in ISO 8601, as ``holiday_name`` and every other date
    custops shows do; in a reason, a Deadline's step and ``workdays check --json``."""
    cal = china()
    with language("en_US"):
        reason = cal.day_info(day).reason
        step = deadline(day - dt.timedelta(days=7), "1周", explain=True).reasoning[1]
    for text in (reason, step):
        assert re.search(r"\d{2}/\d{2}/\d{4}", text) is None, text
    swapped = re.search(r"\d{4}-\d{2}-\d{2}", cal.holiday_name(day) or "")
    if swapped:
        assert swapped.group(0) in reason
