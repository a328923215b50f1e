"""The custops command: version, help, the uppercase subcommand, one-line errors."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

import custops
from custops.cli import build_parser, main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"custops {custops.__version__}"


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert "uppercase" in capsys.readouterr().out


def test_help_lists_every_subcommand() -> None:
    text = build_parser().format_help()
    assert "usage: custops" in text
    for command in ("demo", "uppercase", "workdays", "deadline", "secrecy", "refund", "vip"):
        assert command in text


def _handlers(parser: argparse.ArgumentParser, path: str = "") -> dict[str, str]:
    """``{"vip quote": "custops.cli.vip", ...}``: the module of every command's handler."""
    found: dict[str, str] = {}
    handler = parser.get_default("handler")
    if handler is not None:
        found[path.strip()] = handler.__module__
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.update(_handlers(child, f"{path} {name}"))
    return found


def test_each_command_group_lives_in_its_own_module() -> None:
    """Issue 12 layout: cli/ is a package with one module per command group."""
    homes = _handlers(build_parser())
    assert homes == {
        "demo": "custops.cli.demo",
        "uppercase": "custops.cli.money",
        "workdays": "custops.cli.calendars",
        "deadline": "custops.cli.periods",
        "secrecy default-level": "custops.cli.secrecy",
        "secrecy kinds": "custops.cli.secrecy",
        "refund": "custops.cli.deposits",
        "vip quote": "custops.cli.vip",
        "vip qualify": "custops.cli.vip",
        "vip report-due": "custops.cli.vip",
        "classify": "custops.cli.complaints",
        "check-reply": "custops.cli.service",
        "change": "custops.cli.service",
        "archive-due": "custops.cli.service",
    }


def test_uppercase(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["uppercase", "6007.14"]) == 0
    assert capsys.readouterr().out == "陆仟零柒元壹角肆分\n"


def test_uppercase_accepts_separators_and_marks_negative(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["uppercase", "¥1,000"]) == 0
    assert main(["uppercase", "--mark-negative", "-325.04"]) == 0
    assert capsys.readouterr().out == "壹仟元整\n负叁佰贰拾伍元零肆分\n"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["uppercase", "12元"], "AMOUNT: is not an amount of money (got '12元')"),
        (["uppercase", "-1"], "AMOUNT: is negative"),
        (["uppercase", "1.005"], "AMOUNT: has a fraction of a fen"),
        (["uppercase", "1000000000000"], "exceeds"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_status_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("custops: error: ")
    assert fragment in captured.err
    assert captured.err.count("\n") == 1


def test_usage_errors_are_one_line_with_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["nonsense"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: ")
    assert err.count("\n") == 1


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "custops", "uppercase", "325.04"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout == "叁佰贰拾伍元零肆分\n"
    assert done.stderr == ""


def test_demo_runs_the_built_in_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("custops demo")
    assert "due 2025-10-11 18:00+08:00 (Sat)" in out  # 3个工作日 over National Day 2025
    assert '-> "投诉" / "退换货" / "质量部"' in out  # sediment and a demand to return: R-CMP-10
    lines = out.splitlines()
    assert any(  # winery, R-SLA-09
        "resolve" in line and "2025-10-11 18:00+08:00" in line and "R-SLA-09" in line
        for line in lines
    )
    assert "total 436.20" in out  # birthday 6折 on both lines
    # R-DEP-02: 40% of the reserve on the make-up Saturday
    assert any("2026-02-28" in line and "80,000.00" in line for line in lines)
    assert 'May "李娜" (staff) know it? refused (R-SEC-04)' in out
    assert "陆仟零柒元壹角肆分" in out
    assert "33.34, 33.33, 33.33 (sum 100.00)" in out


def test_a_closed_pipe_ends_quietly() -> None:
    done = subprocess.run(
        f"{sys.executable} -m custops demo | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "CUSTOPS_LANG"},
    )
    assert done.stdout == "演示：用内置示例逐项展示本工具的回答\n"  # the default language
    assert "Traceback" not in done.stderr
