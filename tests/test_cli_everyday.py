"""The command line as an operations analyst uses it: dates typed as people write them,
options after the command, ``--brief`` values alone on stdout, and the plain words of the
answers (docs/cli.md, "Conventions")."""

from __future__ import annotations

import json

import pytest

from custops.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    "typed",
    ["2025/10/11", "２０２５／１０／１１", "2025.10.11", "2025年10月11日", "2025年10月11号"],
)
def test_a_date_is_read_as_people_write_it_R_SLA_08(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """2025-10-11 is the 调休 working Saturday of National Day 2025 (R-SLA-08)."""
    assert run(["--lang", "en_US", "workdays", "check", typed], capsys)[1] == (
        '2025-10-11 Sat: "调休上班", working day\n'
    )


@pytest.mark.parametrize("typed", ["2025/9/30", "2025-9-30", "2025.9.30", "２０２５年９月３０日"])
def test_a_short_or_chinese_date_counts_as_its_iso_form_R_SLA_08(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["workdays", "add", typed, "3"], capsys)[:2] == (0, "2025-10-11\n")
    argv = ["workdays", "between", typed, "2025.10.11"]
    assert run(argv, capsys)[:2] == (0, "3\n")


@pytest.mark.parametrize(
    "typed",
    ["2025/9/30 16:00", "2025年9月30日 16:00", "2025年9月30日16:00", "2025/9/30 16:00+08:00"],
)
def test_a_date_time_is_read_with_a_short_date_R_SLA_08(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--lang", "en_US", "deadline", typed, "3个工作日", "--brief"]
    assert run(argv, capsys)[:2] == (0, "2025-10-11 18:00+08:00 (Sat)\n")
    argv = ["sla", "schedule", typed, "--preset", "dealer", "--brief"]
    assert run(argv, capsys)[:2] == (0, "solution\t2025-10-09 18:00+08:00\n")


def test_a_one_digit_hour_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["deadline", "2025/9/30 9:00", "24小时", "--json"]
    status, out, _err = run(argv, capsys)
    assert status == 0
    assert json.loads(out)["due_at"] == "2025-10-01T09:00:00+08:00"


@pytest.mark.parametrize(
    "typed", ["2025/10-11", "20251011", "11/10/2025", "2025年13月1日", "10-11"]
)
def test_a_date_that_is_none_of_the_forms_is_refused_listing_them(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["workdays", "check", typed], capsys)
    assert (status, out) == (2, "")
    assert err == (
        "custops: error: DAY: is not a date; give a date such as 2025-09-30, 2025/9/30, "
        f"2025.9.30 or 2025年9月30日 (got {typed!r})\n"
    )


def test_every_date_option_reads_the_forms(capsys: pytest.CaptureFixture[str]) -> None:
    """A closure (R-SLA-08 counts past it) and the day of a VIP question (R-VIP-11)."""
    argv = ["workdays", "add", "2025/9/30", "3", "--closure", "2025年10月11日"]
    assert run(argv, capsys)[:2] == (0, "2025-10-13\n")
    status, out, _err = run(["vip", "report-due", "--on", "2025/9/15", "--json"], capsys)
    assert status == 0
    assert json.loads(out)["ends_on"] == "2025-10-09"


def test_ctrl_c_prints_one_line_and_exits_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a command runs (here: while it counts) stops it without a traceback."""
    import custops.cli.calendars

    def interrupted(_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(custops.cli.calendars, "_cmd_workdays", interrupted)
    assert run(["workdays", "add", "2025-09-30", "3"], capsys) == (130, "", "custops: interrupted\n")


def test_a_closed_pipe_exits_141_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import custops.cli.calendars

    def closed(_args: object) -> int:
        raise BrokenPipeError

    monkeypatch.setattr(custops.cli.calendars, "_cmd_workdays", closed)
    monkeypatch.setattr("os.dup2", lambda *_fds: None)  # the test's own stdout stays open
    assert run(["workdays", "add", "2025-09-30", "3"], capsys) == (141, "", "")


@pytest.mark.parametrize(
    "argv",
    [
        ["workdays", "check", "2025-10-01", "--lang", "en_US"],
        ["workdays", "check", "--lang=en_US", "2025-10-01"],
        ["--lang", "en_US", "workdays", "check", "2025-10-01"],
        ["--lang", "zh_CN", "workdays", "check", "2025-10-01", "--lang", "en_US"],
    ],
)
def test_lang_is_read_before_or_after_the_command(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CUSTOPS_LANG", "zh_CN")
    assert run(argv, capsys) == (0, '2025-10-01 Wed: "法定节假日" ("国庆节"), rest day\n', "")


def test_the_help_of_a_command_is_in_the_language_given_after_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["workdays", "add", "--help", "--lang", "en_US"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: custops workdays add")
    assert "--lang {zh_CN,en_US}" in out


def test_version_is_read_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["classify", "--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("custops ")


def test_a_bad_lang_after_the_command_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["workdays", "check", "2025-10-01", "--lang", "fr"])
    assert info.value.code == 2
    assert "'fr' is not a language custops speaks" in capsys.readouterr().err
