"""The ``custops workdays add|between|check`` subcommand (RULES §1 Chinese calendar)."""

from __future__ import annotations

import pytest

from custops.cli import build_parser, main
from custops.i18n import stray_words


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
    assert (status, out) == (0, '2025-10-11 Sat: "调休上班", working day\n')
    status, out, _ = run(["workdays", "check", "2025-10-01"], capsys)
    assert (status, out) == (0, '2025-10-01 Wed: "法定节假日" ("国庆节"), rest day\n')
    status, out, _ = run(["workdays", "check", "2026-10-10"], capsys)
    assert (status, out) == (0, '2026-10-10 Sat: "调休上班", working day\n')


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
    assert (status, out) == (0, '2025-10-11 Sat: "公司停业", rest day\n')


def test_provisional_year_is_noted_or_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["workdays", "add", "2026-12-30", "3"], capsys)
    assert (status, out) == (0, "2027-01-05\n")
    assert err == (
        "custops: note: the CN holiday arrangement for 2027 is not published yet: answered from "
        "the statutory holidays (provisional); pass --final-year 2027 to treat them as final\n"
    )
    status, out, err = run(["--lang", "zh_CN", "workdays", "add", "2026-12-30", "3"], capsys)
    assert err == (
        "custops: 提示：CN 2027 年的放假安排尚未公布：按法定节假日作答（暂定）；"
        "如视为最终安排，请加 --final-year 2027\n"
    )
    status, out, err = run(["workdays", "add", "2026-12-30", "3", "--final-year", "2027"], capsys)
    assert (status, out, err) == (0, "2027-01-05\n", "")
    status, out, err = run(["workdays", "add", "2026-12-30", "3", "--strict"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: year: the official CN holiday arrangement for 2027")
    assert err.count("\n") == 1


def test_other_country(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        ["workdays", "add", "2025-07-03", "1", "--country", "US", "--subdiv", "CA"], capsys
    )
    assert (status, out) == (0, "2025-07-07\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["workdays", "add", "2025-13-01", "3"], "DATE: is not a date such as 2025-09-30"),
        (["workdays", "add", "2025-09-30", "three"], "N: is not a whole number"),
        (["workdays", "add", "2025-09-30"], "add: needs two arguments"),
        (["workdays", "between", "2025-09-30", "tomorrow"], "B: is not a date"),
        (["workdays", "check", "1900-01-01"], "day: must lie in the years 1950-2100"),
        (["workdays", "check", "2025-10-01", "--country", "XX"], "country: is not a country"),
        (["workdays", "check", "2025-10-01", "--final-year", "x"], "--final-year: is not a"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"custops: error: {message}")
    assert err.count("\n") == 1
