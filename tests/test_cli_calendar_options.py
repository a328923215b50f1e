"""The calendar options every day-counting command shares give ``WorkCalendar``'s own
parameters: ``--zone`` its ``zone``, ``--weekend`` its ``weekend`` (named weekdays),
``--business-hours`` its ``business_hours``; a bad value is one line naming the option.

Rules: R-PER-01 (a period counted on the calendar), R-SLA-01 (working days), R-PER-02
(working hours), R-SLA-05/09/10 (the winery desk's schedule).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from custops.calendars import BusinessHours, WorkCalendar
from custops.cli import main
from custops.periods import deadline


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["--lang", "en_US", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _brief(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    status, out, err = _run([*argv, "--brief"], capsys)
    assert (status, err) == (0, "")
    return out.strip()


def test_zone_answers_in_the_calendars_zone_as_the_library_does_R_PER_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A US desk in New York and an Urumqi office: 18:00 in their own zone, as
    ``WorkCalendar(zone=…)`` answers; without ``--zone`` the zone is Asia/Shanghai."""
    start = "2025-09-30T16:00"
    us = ["deadline", start, "3个工作日", "--country", "US"]
    assert _brief(us, capsys) == "2025-10-03 18:00+08:00 (Fri)"
    assert _brief([*us, "--zone", "America/New_York"], capsys) == "2025-10-03 18:00-04:00 (Fri)"
    urumqi = ["deadline", "2025-09-30T16:00+06:00", "3个工作日", "--zone", "Asia/Urumqi"]
    assert _brief(urumqi, capsys) == "2025-10-11 18:00+06:00 (Sat)"
    cal = WorkCalendar(zone="Asia/Urumqi")
    due = deadline(
        dt.datetime(2025, 9, 30, 16, tzinfo=ZoneInfo("Asia/Urumqi")), "3个工作日", calendar=cal
    )
    assert due == dt.datetime(2025, 10, 11, 18, tzinfo=ZoneInfo("Asia/Urumqi"))


def test_a_start_without_an_offset_is_taken_in_the_zone_given_R_PER_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _brief(["deadline", "2025-09-30T16:00", "24小时", "--zone", "Asia/Urumqi"], capsys)
    assert out == "2025-10-01 16:00+06:00 (Wed)"


@pytest.mark.parametrize("weekend", ["sat,sun", "Saturday, Sunday", "周六,周日", "星期六、星期天"])
def test_weekend_gives_a_monday_to_friday_hong_kong_office_R_SLA_01(
    weekend: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The ``holidays`` data rests HK on Sundays only: Saturday 2025-10-04 is worked by
    default; a Monday-to-Friday office names its weekend (any spelling of the names)."""
    hk = ["deadline", "2025-09-30T16:00", "3个工作日", "--country", "HK"]
    assert _brief(hk, capsys) == "2025-10-04 18:00+08:00 (Sat)"
    office = [*hk, "--weekend", weekend, "--zone", "Asia/Hong_Kong"]
    assert _brief(office, capsys) == "2025-10-06 18:00+08:00 (Mon)"
    cal = WorkCalendar("HK", weekend=(5, 6), zone="Asia/Hong_Kong")
    start = dt.datetime(2025, 9, 30, 16, tzinfo=ZoneInfo("Asia/Hong_Kong"))
    assert deadline(start, "3个工作日", calendar=cal) == dt.datetime(
        2025, 10, 6, 18, tzinfo=start.tzinfo
    )


def test_weekend_on_workdays_and_none_for_a_seven_day_week_R_SLA_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``workdays`` takes the options too; ``none`` is ``weekend=()``, no weekly rest day."""
    status, out, _err = _run(["workdays", "check", "2025-09-27", "--weekend", "none"], capsys)
    assert status == 0
    assert "working day" in out
    status, out, _err = _run(["workdays", "check", "2025-09-27"], capsys)
    assert status == 0
    assert "rest day" in out


def test_business_hours_are_the_calendars_hours_R_PER_02(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The standard hours typed change nothing; an office's own hours and ``none``
    (``business_hours=None``: 00:00-24:00) answer as the library does."""
    base = ["deadline", "2025-09-30T16:00", "3个工作日"]
    same = [*base, "--business-hours", "09:00-12:00,13:00-18:00"]
    assert _brief(same, capsys) == _brief(base, capsys) == "2025-10-11 18:00+08:00 (Sat)"
    urumqi = [*base, "--business-hours", "10:00-14:00, 15:30-19:30", "--zone", "Asia/Urumqi"]
    assert _brief(urumqi, capsys) == "2025-10-11 19:30+06:00 (Sat)"
    night = ["deadline", "2025-09-30T23:30", "1个工作小时", "--business-hours", "none"]
    assert _brief(night, capsys) == "2025-10-09 00:30+08:00 (Thu)"
    cal = WorkCalendar(business_hours=BusinessHours(dict.fromkeys(range(7), "00:00-06:00")))
    start = dt.datetime(2025, 9, 30, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    expected = deadline(start, "2个工作小时", calendar=cal)
    assert isinstance(expected, dt.datetime)
    shift = ["deadline", "2025-09-30T05:00", "2个工作小时", "--business-hours", "00:00-06:00"]
    assert _brief(shift, capsys) == expected.strftime("%Y-%m-%d %H:%M+08:00 (%a)")


def test_sla_schedule_takes_the_options_over_the_desks_calendar_R_SLA_05_09_10(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["sla", "schedule", "2025-09-30T16:00", "--preset", "winery", "--channel", "phone"]
    argv += ["--kind", "complaint", "--zone", "Asia/Urumqi"]
    lines = dict(line.split("\t") for line in _brief(argv, capsys).splitlines())
    assert lines["reply"] == "2025-10-01 16:00+06:00"
    assert lines["resolve"] == "2025-10-11 18:00+06:00"


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--zone", "Mars/Base", "is not a known time zone"),
        ("--weekend", "6,7", "numbers a weekday; name it instead, e.g. sat,sun"),
        ("--weekend", "funday", "names no weekday ('funday'); write e.g. sat,sun, or none"),
        ("--weekend", "sat,sat", "lists a weekday twice"),
        ("--weekend", "mon,tue,wed,thu,fri,sat,sun", "leaves no working weekday"),
        ("--business-hours", "nine-to-five", "is not an interval such as '09:00-12:00'"),
        ("--business-hours", "09:00-13:00,12:00-18:00", "intervals overlap"),
        (
            "--business-hours",
            "22:00-06:00",
            "its end must be later than start 22:00:00; for a night shift, split it at "
            "midnight: --business-hours 00:00-06:00,22:00-24:00",
        ),
    ],
)
@pytest.mark.parametrize(
    "command",
    [["deadline", "2025-09-30T16:00", "3个工作日"], ["workdays", "add", "2025-09-30", "3"]],
)
def test_a_bad_calendar_option_is_one_line_naming_the_option_and_value(
    command: list[str],
    option: str,
    value: str,
    problem: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run([*command, option, value], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"custops: error: {option}: {problem}")
    assert err.endswith(f" (got {value!r})\n")
    assert err.count("\n") == 1
