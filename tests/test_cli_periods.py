"""The ``custops deadline START PERIOD`` subcommand."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import build_parser, main
from custops.periods import due_in_month
from custops.testing import dates


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help_lists_deadline() -> None:
    assert "deadline" in build_parser().format_help()


def test_issue_example_prints_the_deadline_and_how(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-09: a START without a zone is taken in Asia/Shanghai."""
    status, out, err = run(["deadline", "2025-09-30T16:00", "3个工作日"], capsys)
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "2025-10-11 18:00+08:00 (Sat)"
    assert lines[1].startswith("  3 working days from 2025-09-30 16:00+08:00 (Tue)  [")
    assert any(line.startswith("  - ") and "2025-10-11" in line for line in lines)
    assert any("2025-10-08" in line for line in lines)  # the last rest day skipped
    assert lines[-1].startswith("  - ")
    assert "203" in lines[-1]
    assert "18:00" in lines[-1]


def test_deadline_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: the deadline and its header in the language chosen by --lang (R-SLA-09)."""
    status, out, _ = run(["--lang", "zh_CN", "deadline", "2025-09-30T16:00", "3个工作日"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "2025-10-11 18:00+08:00（周六）"
    assert lines[1].startswith("  自 2025-09-30 16:00+08:00（周二）起算3个工作日  [")
    status, out, _ = run(["--lang", "zh", "deadline", "2025-09-30", "7天", "--brief"], capsys)
    assert (status, out) == (0, "2025-10-09（周四）\n")


def test_brief_and_cutoff(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        ["deadline", "--brief", "--cutoff", "midnight", "2025-09-30 16:00", "三个工作日"], capsys
    )
    assert status == 0
    assert out == "2025-10-12 00:00+08:00 (Sat 24:00)\n"


def test_cutoff_reads_any_spelling_the_enum_reads(capsys: pytest.CaptureFixture[str]) -> None:
    """``--cutoff`` takes the label and the member's name as well as the key (item 5)."""
    outs = set()
    for spelling in ("midnight", "二十四时", "MIDNIGHT"):
        argv = ["deadline", "--brief", "--cutoff", spelling, "2025-09-30 16:00", "三个工作日"]
        status, out, _ = run(argv, capsys)
        assert status == 0
        outs.add(out)
    assert outs == {"2025-10-12 00:00+08:00 (Sat 24:00)\n"}
    status, _, err = run(["deadline", "--cutoff", "noon", "2025-09-30", "7天"], capsys)
    assert status == 2
    assert "--cutoff" in err
    assert "noon" in err


def test_a_zone_in_start_is_respected(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["deadline", "--brief", "2025-09-30T08:00Z", "24小时"], capsys)
    assert status == 0
    assert out == "2025-10-01 16:00+08:00 (Wed)\n"


def test_a_start_in_another_zone_is_shown_in_the_calendars_zone_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-PER-01 (art. 201 ¶1): the start day not counted is the calendar zone's day, so the
    header shows the start there, then as given; a start already in that zone once."""
    status, out, _ = run(["--lang", "en_US", "deadline", "2025-09-30T16:00Z", "3天"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[1].startswith(
        "  3 days from 2025-10-01 00:00+08:00 (Wed) (given as 2025-09-30 16:00+00:00)  ["
    )
    assert "the start day 2025-10-01 is not counted" in lines[2]
    status, out, _ = run(["--lang", "en_US", "deadline", "2025-10-01T00:00+08:00", "3天"], capsys)
    assert out.splitlines()[1].startswith("  3 days from 2025-10-01 00:00+08:00 (Wed)  [")


def test_a_date_start_gives_the_last_day(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-24: four months from 2025-06-01 end on 10-09 (10-01 is National Day)."""
    status, out, _ = run(["deadline", "2025-06-01", "四个月"], capsys)
    assert status == 0
    assert out.splitlines()[0] == "2025-10-09 (Thu)"
    assert "art. 203 ¶1" in out


def test_working_time_convention(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        [
            "deadline",
            "--brief",
            "--convention",
            "working_time",
            "2025-09-30T16:00",
            "3 working days",
        ],
        capsys,
    )
    assert status == 0
    assert out == "2025-10-11 16:00+08:00 (Sat)\n"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["deadline", "yesterday", "1天"], "START: is not a date or a date-time"),
        (["deadline", "2025-02-30", "1天"], "START: is not a date or a date-time; give "),
        (["deadline", "2025-09-30T16:00", "soon"], "PERIOD: is not a period"),
        (
            ["deadline", "2025-09-30", "24小时"],
            "START: is a date without a time, and 24小时 counts hours; give a date-time such as "
            "2025-09-30T16:00 or 2025-09-30T16:00+08:00 (also 2025/9/30 16:00 or 2025.9.30 16:00"
            ") (got '2025-09-30')",
        ),
        (["deadline", "2025-09-30", "三月"], "name of a month"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_status_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(argv, capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("custops: error: ")
    assert fragment in err
    assert err.count("\n") == 1


def test_R_SLA_16_deadline_answers_a_day_of_a_month(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-16 (D7 「于次月2日」): ``custops deadline`` reads a PERIOD that names a day of a
    month with ``due_in_month``, with ``--roll``; a CLI user is never sent to a Python
    function, and ``--cutoff`` (which a day has not) is refused naming the option."""
    assert main(["deadline", "--brief", "2025-09-15", "次月2日"]) == 0
    assert capsys.readouterr().out == "2025-10-09 (Thu)\n"
    assert main(["deadline", "--brief", "2025-09-15T23:30+00:00", "当月底"]) == 0
    # 09-16 in Shanghai: same month; an instant START ends at the day's close of business
    assert capsys.readouterr().out == "2025-09-30 18:00+08:00 (Tue)\n"
    assert main(["deadline", "--brief", "--roll", "preceding", "2025-09-15", "次月2日"]) == 0
    assert capsys.readouterr().out == "2025-09-30 (Tue)\n"
    assert main(["deadline", "2025-09-15", "次月"]) == 2
    err = capsys.readouterr().err
    assert "PERIOD: names a month but no day" in err
    assert "due_in_month" not in err
    assert main(["deadline", "--cutoff", "midnight", "2025-09-15", "次月2日"]) == 2
    assert "--cutoff: does not apply to a day of a month" in capsys.readouterr().err


@settings(max_examples=40)
@given(dates(dt.date(2020, 1, 1), dt.date(2026, 10, 31)), st.integers(min_value=1, max_value=31))
def test_R_SLA_16_the_command_answers_what_due_in_month_answers(day: dt.date, n: int) -> None:
    """Property: for every start day and day of the next month, the command prints the day
    ``periods.due_in_month`` gives."""
    expected = due_in_month(day, f"次月{n}日")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["deadline", "--brief", "--json", day.isoformat(), f"次月{n}日"]) == 0
    assert json.loads(out.getvalue())["ends_on"] == expected.isoformat()


def test_R_SLA_16_an_instant_start_keeps_its_time(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-16, R-PER-01: a START with a time and a day of a month answers the
    instant the day ends (its close of business, art. 203 ¶2), ``start`` echoes START as
    given, and the text and the JSON give the same instant."""
    assert main(["deadline", "--json", "2026-01-20T10:00", "次月2日"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["start"] == "2026-01-20T10:00:00+08:00"
    assert (got["due_at"], got["ends_on"]) == ("2026-02-02T18:00:00+08:00", "2026-02-02")
    assert got["cutoff"] == "close_of_business"
    assert got["reason"] == (
        "2026-01-20: day 2 of the next month (次月2日) → 2026-02-02 18:00+08:00 "
        "(Civil Code art. 203)"
    )
    assert main(["deadline", "2026-01-20T10:00", "次月2日"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2026-02-02 18:00+08:00 (Mon)"
    assert "from 2026-01-20 10:00+08:00" in out
    assert main(["deadline", "--json", "2026-01-20", "次月2日"]) == 0  # a date: a day
    got = json.loads(capsys.readouterr().out)
    assert (got["start"], got["due_at"], got["cutoff"]) == ("2026-01-20", None, None)


@pytest.mark.parametrize(
    ("roll", "cited"),
    [
        ("following", "(Civil Code art. 203)"),
        ("preceding", "(the agreed roll to the previous working day)"),
        ("modified_following", "(the agreed roll to the next working day in the same month)"),
    ],
)
def test_R_SLA_16_a_roll_cites_what_moved_the_day(
    capsys: pytest.CaptureFixture[str], roll: str, cited: str
) -> None:
    """R-SLA-16, R-PER-01: art. 203 ¶1 moves a last day only forward, and art.
    202 only counts a month's corresponding day: a 当月底 moved by --roll cites art. 203 for
    ``following`` and the agreed roll by name otherwise, never art. 202."""
    assert main(["deadline", "--json", "--roll", roll, "2025-01-10", "当月底"]) == 0
    reason = json.loads(capsys.readouterr().out)["reason"]
    assert reason.endswith(cited)
    law = reason.rpartition("(")[2]
    assert "202" not in law
    assert ("203" in law) is (roll == "following")
