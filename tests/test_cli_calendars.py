"""The ``custops workdays add|between|check`` subcommand (RULES §1 Chinese calendar)."""

from __future__ import annotations

import argparse
import datetime
import inspect
import itertools
import json
from collections.abc import Callable

import pytest

from custops.calendars import Arrangement, WorkCalendar
from custops.cli import build_parser, main
from custops.i18n import stray_words
from test_calendars import NOTICE_2027


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help_lists_workdays() -> None:
    assert "workdays" in build_parser().format_help()


def test_add_lands_on_the_makeup_saturday(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-08: three working days after 2025-09-30 end on the 补班 Saturday 10-11."""
    assert run(["workdays", "add", "2025-09-30", "3"], capsys) == (0, "2025-10-11\n", "")


def test_add_counts_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["workdays", "add", "2025-10-09", "-1"], capsys) == (0, "2025-09-30\n", "")


def test_between_is_half_open_and_signed(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["workdays", "between", "2025-09-30", "2025-10-11"], capsys) == (0, "3\n", "")
    assert run(["workdays", "between", "2026-10-10", "2026-09-30"], capsys) == (0, "-3\n", "")


def test_check_prints_kind_and_holiday_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["workdays", "check", "2025-10-11"], capsys)
    assert (status, out) == (0, "2025-10-11 Sat: make-up working day (调休上班), working day\n")
    status, out, _ = run(["workdays", "check", "2025-10-01"], capsys)
    assert (status, out) == (
        0,
        "2025-10-01 Wed: public holiday (法定节假日) (National Day), rest day\n",
    )
    status, out, _ = run(["workdays", "check", "2026-10-10"], capsys)
    assert (status, out) == (0, "2026-10-10 Sat: make-up working day (调休上班), working day\n")


def test_check_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: the day's line in the language chosen by --lang (R-SLA-08 calendar)."""
    status, out, _ = run(["--lang", "zh_CN", "workdays", "check", "2025-10-01"], capsys)
    assert (status, out) == (0, "2025-10-01 周三：法定节假日（国庆节），休息\n")
    status, out, _ = run(["--lang", "zh_CN", "workdays", "check", "2025-10-11"], capsys)
    assert (status, out) == (0, "2025-10-11 周六：调休上班，上班\n")
    assert stray_words(out, code="zh_CN") == ()


def test_company_overrides(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["workdays", "add", "2025-09-30", "3", "--closure", "2025-10-11"]
    assert run([*argv, "--extra-workday", "2025-10-08"], capsys) == (0, "2025-10-10\n", "")
    status, out, _ = run(["workdays", "check", "2025-10-11", "--closure", "2025-10-11"], capsys)
    assert (status, out) == (0, "2025-10-11 Sat: closure, rest day\n")


def test_provisional_year_is_noted_or_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["workdays", "add", "2026-12-30", "3"], capsys)
    assert (status, out) == (0, "2027-01-05\n")
    assert err == (
        "custops: note: the CN holiday arrangement for 2027 is not published yet: answered from "
        "the statutory holidays (provisional); once the notice is out, type it in whole: "
        "every day off with --holiday and every make-up working day with --makeup-workday; "
        "--final-year 2027 alone keeps the statutory days, which a notice with make-up days "
        "does not match\n"
    )
    status, out, err = run(["--lang", "zh_CN", "workdays", "add", "2026-12-30", "3"], capsys)
    assert err == (
        "custops: 提示：CN 2027 年的放假安排尚未公布：按法定节假日作答（暂定）；"
        "通知公布后，请完整录入：用 --holiday 给出每个放假日、用 --makeup-workday 给出每个"
        "调休上班日；只加 --final-year 2027 会沿用法定节假日，与有调休的通知不符\n"
    )
    status, out, err = run(["workdays", "add", "2026-12-30", "3", "--final-year", "2027"], capsys)
    assert (status, out, err) == (0, "2027-01-05\n", "")
    status, out, err = run(["workdays", "add", "2026-12-30", "3", "--strict"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: --strict: the official CN holiday arrangement for 2027")
    assert err.count("\n") == 1


def test_many_provisional_years_make_one_note_in_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-01: a count across 74 unpublished years says so once, the years as runs, not
    74 notes; a year made final leaves the run."""
    status, out, err = run(["workdays", "between", "2025-01-01", "2100-12-31"], capsys)
    assert (status, err.count("\n"), 18_000 < int(out) < 20_000) == (0, 1, True)
    assert err == (
        "custops: note: the CN holiday arrangements for 2027-2100 are not published yet: "
        "answered from the statutory holidays (provisional); once a year's notice is out, type "
        "it in whole: every day off with --holiday and every make-up working day with "
        "--makeup-workday; --final-year YEAR alone keeps the statutory days, which a notice "
        "with make-up days does not match\n"
    )
    argv = ["workdays", "between", "2026-06-01", "2030-06-01", "--final-year", "2028"]
    status, out, err = run(["--lang", "zh_CN", *argv], capsys)
    assert (status, 900 < int(out) < 1100) == (0, True)  # about 250 working days a year
    assert err == (
        "custops: 提示：CN 2027, 2029-2030 年的放假安排尚未公布：按法定节假日作答（暂定）；"
        "某年通知公布后，请完整录入：用 --holiday 给出每个放假日、用 --makeup-workday 给出"
        "每个调休上班日；只为该年加 --final-year 年份会沿用法定节假日，与有调休的通知不符\n"
    )


def test_other_country(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        ["workdays", "add", "2025-07-03", "1", "--country", "US", "--subdiv", "CA"], capsys
    )
    assert (status, out) == (0, "2025-07-07\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [  # each error names the metavar the usage shows (DAY, WORKDAYS, START, END) or the option
        (["workdays", "add", "2025-13-01", "3"], "DAY: is not a date; give a date such as 2025-"),
        (["workdays", "add", "2025-09-30", "three"], "WORKDAYS: is not a whole number"),
        (["workdays", "between", "tomorrow", "2025-09-30"], "START: is not a date"),
        (["workdays", "between", "2025-09-30", "tomorrow"], "END: is not a date"),
        (["workdays", "check", "2025-10-32"], "DAY: is not a date"),
        (["workdays", "check", "1900-01-01"], "DAY: must lie in the years 1950-2100"),
        (["workdays", "add", "1900-01-01", "1"], "DAY: must lie in the years 1950-2100"),
        (["workdays", "add", "2100-12-30", "30"], "WORKDAYS: goes past 2100"),
        (["workdays", "between", "1900-01-01", "2025-01-01"], "START: must lie in the years"),
        (["workdays", "between", "2025-01-01", "2200-01-01"], "END: must lie in the years"),
        (["workdays", "check", "2025-10-01", "--country", "XX"], "--country: is not a country"),
        (["workdays", "add", "2025-10-01", "1", "--subdiv", "ZZ"], "--subdiv: is not a country"),
        (["workdays", "check", "2025-10-01", "--final-year", "x"], "--final-year: is not a"),
        (["workdays", "check", "2025-10-01", "--final-year", "1800"], "--final-year[0]: must lie"),
        (["workdays", "check", "2025-10-01", "--closure", "1900-01-01"], "--closure[0]: must lie"),
        (
            [
                "workdays",
                "check",
                "2025-10-01",
                "--closure",
                "2025-10-08",
                "--extra-workday",
                "2025-10-08",
            ],
            "--extra-workday[0]: is also listed in --closure",
        ),
        (
            ["workdays", "add", "2099-03-02", "3", "--strict"],
            "--strict: the official CN holiday arrangement for 2099 is not published in the "
            "data (last: ",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"custops: error: {message}")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "missing"),
    [
        (["workdays", "add", "2025-09-30"], "WORKDAYS"),
        (["workdays", "between", "2025-09-30"], "END"),
        (["workdays", "check"], "DAY"),
        (["workdays"], "ACTION"),
    ],
)
def test_a_missing_argument_is_named_by_its_metavar(
    argv: list[str], missing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``add``, ``between`` and ``check`` are subcommands with their own arguments:
    argparse names the one left out as the usage shows it, and exits with 2."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert f"the following arguments are required: {missing}" in capsys.readouterr().err


def test_each_subcommand_takes_only_its_own_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    """``check`` takes one day: a second is refused by argparse, not read as a count."""
    with pytest.raises(SystemExit) as info:
        main(["workdays", "check", "2025-10-01", "2025-10-02"])
    assert info.value.code == 2
    assert "unrecognized arguments: 2025-10-02" in capsys.readouterr().err


def _subcommand(action: str) -> argparse.ArgumentParser:
    """The parser of ``custops workdays <action>``."""
    parser = build_parser()
    for name in ("workdays", action):
        parser = next(
            a.choices[name] for a in parser._actions if isinstance(a, argparse._SubParsersAction)
        )
    return parser


@pytest.mark.parametrize(
    ("action", "method"),
    [
        ("add", WorkCalendar.add_workdays),
        ("between", WorkCalendar.workdays_between),
        ("check", WorkCalendar.day_info),
    ],
)
def test_the_arguments_are_named_as_the_library_names_them(
    action: str, method: Callable[..., object]
) -> None:
    """``add DAY WORKDAYS``, ``between START END``, ``check DAY``: the parameters of
    ``WorkCalendar.add_workdays(day, workdays)``, ``workdays_between(start, end)`` and
    ``day_info(day)``, in capitals as every metavar (CONTRIBUTING items 1 and 9)."""
    names = [p for p in inspect.signature(method).parameters if p != "self"]
    args = build_parser().parse_args(["workdays", action, *names])
    assert [getattr(args, name) for name in names] == names
    assert _subcommand(action).format_usage().split()[-len(names) :] == [n.upper() for n in names]


def _notice_argv(notice: Arrangement) -> list[str]:
    """``--holiday`` and ``--makeup-workday`` options typing in ``notice``, a day each."""
    typed = [["--holiday", day.isoformat()] for day, _name in notice.holidays]
    typed += [["--makeup-workday", day.isoformat()] for day in sorted(notice.makeup_workdays)]
    return [text for option in typed for text in option]


def test_a_notice_typed_in_is_the_arrangement_python_builds_R_CAL_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-CAL-01: the days of ``--holiday`` and ``--makeup-workday`` are their year's
    ``Arrangement``: the same answer as Python's, final (no note), under ``--strict`` too."""
    argv = ["workdays", "add", "2027-01-25", "10", *_notice_argv(NOTICE_2027)]
    day = datetime.date(2027, 1, 25)
    python = WorkCalendar(arrangements=[NOTICE_2027]).add_workdays(day, 10)
    assert run(argv, capsys) == (0, f"{python.isoformat()}\n", "")
    assert run([*argv, "--strict"], capsys) == (0, "2027-02-15\n", "")
    # a run of days is its days: National Day given again as a range changes nothing
    ranged = [*argv, "--holiday", "2027-10-01..2027-10-07"]
    assert run(ranged, capsys) == (0, "2027-02-15\n", "")
    status, out, _err = run(["workdays", "check", "2027-10-06", *argv[4:]], capsys)
    assert (status, out) == (
        0,
        "2027-10-06 Wed: public holiday (法定节假日) (rest day (休息日)), rest day\n",
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            ["--holiday", "2027-02-05..2027-02-12", "--makeup-workday", "2027-01-31"],
            "custops: error: --holiday: the days typed for 2027 leave out statutory days of "
            "2027: New Year's Day 2027-01-01; Tomb-Sweeping Day 2027-04-05; Labor Day "
            "2027-05-01..2027-05-02; Dragon Boat Festival 2027-06-09; Mid-Autumn Festival "
            "2027-09-15; National Day 2027-10-01..2027-10-03; a notice lists every festival, "
            "and the statutory days are rest days whatever else it says, so give each of them "
            "(got '2027-02-05..2027-02-12')\n",
        ),
        (
            [*_notice_argv(NOTICE_2027), "--makeup-workday", "2027-02-03"],
            "custops: error: --makeup-workday: lists 2027-02-03, a Wednesday: a make-up working "
            "day is a weekly rest day worked in exchange for a day off; give the weekend day the "
            "notice names (got '2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', "
            "'2027-10-09', '2027-02-03')\n",
        ),
        (
            [*_notice_argv(NOTICE_2027), "--makeup-workday", "2028-01-08"],
            "custops: error: --makeup-workday: is in 2028, whose notice has no day off typed "
            "(--holiday); a notice lists every festival of its year (got '2028-01-08')\n",
        ),
        (
            ["--holiday", "2027-02-12..2027-02-05"],
            "custops: error: --holiday: ends before its start 2027-02-12 "
            "(got '2027-02-12..2027-02-05')\n",
        ),
    ],
)
def test_a_notice_typed_in_is_refused_as_python_refuses_it_R_CAL_01(
    typed: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CAL-01: a notice typed in part, or with a make-up working day on a weekday, is
    refused naming the option typed, never answered with 元旦 or 国庆 as working days."""
    assert run(["workdays", "add", "2027-01-25", "10", *typed], capsys) == (2, "", message)


def test_a_strict_refusal_says_which_option_answers_it(capsys: pytest.CaptureFixture[str]) -> None:
    # the library's "supply an Arrangement" is no option of the command: --final-year is
    status, _out, err = run(["workdays", "check", "2099-03-02", "--strict"], capsys)
    assert status == 2
    assert "--final-year 2099 alone" in err
    # the notice typed in first: its days off and its make-up working days (调休)
    assert err.index("--holiday") < err.index("--makeup-workday") < err.index("--final-year")
    assert "Arrangement" not in err
    assert "(got" not in err


#: The options of ``cli._common.add_calendar_options``.
CALENDAR_OPTION_NAMES = (
    "--country",
    "--subdiv",
    "--closure",
    "--extra-workday",
    "--holiday",
    "--makeup-workday",
    "--final-year",
    "--strict",
    "--no-strict",
)

#: Every command whose library function takes ``calendar=``, with an answer that a company
#: closure on 2025-10-09 changes: (argv, the answer's key in --json, default, with the closure).
CALENDAR_COMMANDS = [
    (["workdays", "add", "2025-09-30", "3"], "due_on", "2025-10-11", "2025-10-13"),
    (["deadline", "2025-09-30", "3个工作日"], "ends_on", "2025-10-11", "2025-10-13"),
    (["exchange", "change-due", "2025-09-30"], "ends_on", "2025-10-21", "2025-10-22"),
    (["archive", "due", "2025-10-01"], "ends_on", "2025-10-09", "2025-10-10"),
    (["vip", "report-due", "--on", "2025-09-15"], "ends_on", "2025-10-09", "2025-10-10"),
    (
        ["refund", "--peak", "100000", "--balance", "90000", "--announced-on", "2025-06-09"],
        "lines",
        "2025-10-09",
        "2025-10-10",
    ),
    (
        [
            *("sla", "schedule", "2025-09-30T16:00", "--preset", "winery", "--kind", "complaint"),
            *("--channel", "phone", "--category", "quality"),
        ],
        "steps",
        "2025-10-11T18:00:00+08:00",
        "2025-10-13T18:00:00+08:00",
    ),
]


def _answer(document: dict[str, object], key: str) -> object:
    """The day the closure moves: a key, a refund's first tranche, an SLA's second step."""
    if key == "lines":
        return [line["due_on"] for line in document["lines"]][1]  # type: ignore[attr-defined]
    if key == "steps":
        return [step["due_at"] for step in document["steps"]][1]  # type: ignore[attr-defined]
    return document[key]


@pytest.mark.parametrize(("argv", "key", "plain", "closed"), CALENDAR_COMMANDS)
def test_every_command_that_counts_on_a_calendar_takes_its_options(
    capsys: pytest.CaptureFixture[str], argv: list[str], key: str, plain: str, closed: str
) -> None:
    """CONTRIBUTING items 3 and 9 (R-PER-01, R-SLA-08): every command whose library
    function takes ``calendar=`` takes the calendar's options, the same as ``workdays``
    (one helper, ``cli._common.add_calendar_options``); a company closure reaches the
    library, and a bad one is refused naming ``--closure`` and the value typed."""
    command = list(itertools.takewhile(lambda a: not a[0].isdigit() and a[0] != "-", argv))
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    shown = capsys.readouterr().out
    for option in CALENDAR_OPTION_NAMES:
        assert option in shown, (command, option)
    assert main([*argv, "--json"]) == 0
    assert _answer(json.loads(capsys.readouterr().out), key) == plain
    assert main([*argv, "--closure", "2025-10-09", "--json"]) == 0
    assert _answer(json.loads(capsys.readouterr().out), key) == closed
    assert main([*argv, "--closure", "2025-10-32"]) == 2
    assert capsys.readouterr().err == (
        "custops: error: --closure: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
        "2025.9.30 "
        "(got '2025-10-32')\n"
    )


@pytest.mark.parametrize(("argv", "key", "plain", "closed"), CALENDAR_COMMANDS[1:])
def test_strict_refuses_an_unpublished_year_naming_the_option(
    capsys: pytest.CaptureFixture[str], argv: list[str], key: str, plain: str, closed: str
) -> None:
    """Item 3: ``--strict`` refuses a year whose 调休 is not published, naming ``--strict``
    and ``--final-year`` (as ``workdays`` does), in every command that takes it."""
    moved = [a.replace("2025-", "2031-") for a in argv]
    assert main([*moved, "--strict"]) == 2
    assert capsys.readouterr().err == (
        "custops: error: --strict: the official CN holiday arrangement for 2031 is not "
        "published in the data (last: 2026); type in the notice whole: every day off with "
        "--holiday and every make-up working day with --makeup-workday (--final-year 2031 "
        "alone answers from the statutory holidays, which a notice with make-up days does "
        "not match)\n"
    )
    assert main([*moved, "--strict", "--final-year", "2031", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["provisional"] is False


def test_R_SLA_01_check_in_english_writes_one_date_form(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-01 (item 8): under en_US, ``workdays check`` names the day a 调休 rest day is
    swapped with as 2025-09-28 in the text line (``holiday_name``) and in the ``--json``
    reason alike, never the US form 09/28/2025."""
    assert main(["--lang", "en_US", "workdays", "check", "2025-10-07"]) == 0
    line = "2025-10-07 Tue: day off in lieu (调休休息) (swapped from 2025-09-28), rest day\n"
    assert capsys.readouterr().out == line  # R-CAL-01: custops' words under every release
    assert main(["--lang", "en_US", "workdays", "check", "2025-10-07", "--json"]) == 0
    reason = json.loads(capsys.readouterr().out)["reason"]
    assert reason.endswith("rest day (swapped from 2025-09-28)")  # R-CAL-01: custops' words
    assert "09/28/2025" not in reason


def test_a_base_calendar_keeps_its_country_unless_one_is_typed() -> None:
    """Item 3: the options add to a desk's own calendar; its country and subdivision stay
    unless ``--country`` or ``--subdiv`` is typed (a desk abroad is not made Chinese)."""
    from custops.cli._common import add_calendar_options, calendar_from

    parser = argparse.ArgumentParser()
    add_calendar_options(parser)
    base = WorkCalendar(country="US", subdiv="CA")
    kept = calendar_from(parser.parse_args(["--closure", "2025-07-07"]), base)
    assert (kept.country, kept.subdiv) == ("US", "CA")
    assert kept.closures == frozenset({datetime.date(2025, 7, 7)})
    typed = calendar_from(parser.parse_args(["--country", "CN"]), base)
    assert (typed.country, typed.subdiv) == ("CN", None)
    assert calendar_from(parser.parse_args([])).country == "CN"  # the default calendar
