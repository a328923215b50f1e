"""A clock stopped seconds late is said to be late by less than a minute, never "0 hours"
(R-SLA-09): ``custops._text.span`` writes whole minutes, so a margin under a minute is
worded, in both languages."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from custops.i18n import language
from custops.sla import Clock, State, presets

SH = ZoneInfo("Asia/Shanghai")
START = dt.datetime(2025, 9, 30, 16, 0, tzinfo=SH)
DUE = dt.datetime(2025, 10, 11, 18, 0, tzinfo=SH)  # 3 working days (R-SLA-09, D10 三)
RESOLVE = presets.WINERY.target_named("resolve")


def _stopped(at: dt.datetime) -> Clock:
    return Clock.start(START, RESOLVE).stop(at)


def test_R_SLA_09_a_stop_one_second_late_reads_less_than_a_minute() -> None:
    late = _stopped(DUE + dt.timedelta(seconds=1)).status(at=DUE + dt.timedelta(seconds=1))
    assert late.state is State.BREACHED
    with language("en_US"):
        assert late.reason.endswith(", late by less than a minute")
        assert "late by 0" not in late.reason
    with language("zh_CN"):
        text = _stopped(DUE + dt.timedelta(seconds=1)).status(at=DUE + dt.timedelta(hours=1)).reason
    assert text.endswith("，超时不足 1 分钟")
    assert "超时 0" not in text


def test_R_SLA_09_met_at_or_just_before_the_deadline_says_so() -> None:
    with language("zh_CN"):
        exact = _stopped(DUE).status(at=DUE).reason
        near = _stopped(DUE - dt.timedelta(seconds=30)).status(at=DUE).reason
        later_stop = DUE + dt.timedelta(minutes=90)
        later = _stopped(later_stop).status(at=later_stop).reason
    assert exact.endswith("，恰于截止时刻达成")
    assert near.endswith("，提前不足 1 分钟达成")
    assert later.endswith("，超时 1 小时 30 分钟（自然时间）")


def test_R_SLA_09_a_working_time_target_labels_its_wall_clock_margin() -> None:
    """「已用 40 工作小时 … 超时 87 小时」 left its mixed units unsaid.  A working-time
    target's time used is working time; its margin (``Status.margin``) is wall time, so
    the reason labels it, in both languages: here 26 working hours were used of 26 (the
    stop came after hours) and the stop was 1 h 30 min after the deadline on the clock.
    A wall-time target (24 hours, R-SLA-05) needs no label."""
    late_stop = DUE + dt.timedelta(minutes=90)
    late = _stopped(late_stop).status(at=late_stop)
    early = _stopped(DUE - dt.timedelta(hours=26)).status(at=DUE)
    with language("zh_CN"):
        assert "已用 26 工作小时" in late.reason
        assert late.reason.endswith("，超时 1 小时 30 分钟（自然时间）")
        assert early.reason.endswith("，提前 26 小时（自然时间）达成")
    with language("en_US"):
        assert late.reason.endswith(", late by 1h30m of calendar time")
        assert early.reason.endswith(", met 26h of calendar time early")
    reply = presets.WINERY.target_named("reply")  # 24 hours of wall time
    wall = Clock.start(START, reply).stop(START + dt.timedelta(hours=25))
    with language("zh_CN"):
        assert wall.status(at=START + dt.timedelta(hours=25)).reason.endswith("，超时 1 小时")
    with language("en_US"):
        assert wall.status(at=START + dt.timedelta(hours=25)).reason.endswith(", late by 1h")


@given(st.integers(min_value=1, max_value=3 * 24 * 3600))
def test_R_SLA_09_a_late_stop_never_reads_as_zero(seconds: int) -> None:
    """Property: a stop any number of seconds after the deadline is breached, and its text
    never says it is late by zero (0 hours, 0 minutes) in either language."""
    stop = DUE + dt.timedelta(seconds=seconds)
    status = _stopped(stop).status(at=stop)
    assert status.state is State.BREACHED
    with language("en_US"):
        english = _stopped(stop).status(at=stop).reason
    with language("zh_CN"):
        chinese = _stopped(stop).status(at=stop).reason
    late = english.rsplit(", late by ", 1)[1]
    assert late not in ("0h", "0h00m")
    assert "超时 0 小时" not in chinese
    assert "超时 0 分钟" not in chinese
    if seconds < 60:
        assert late == "less than a minute"
        assert chinese.endswith("超时不足 1 分钟")
