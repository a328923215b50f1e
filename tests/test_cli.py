"""The custops command: version, help, the uppercase subcommand, one-line errors."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import subprocess
import sys
from decimal import Decimal

import pytest

import custops
import custops.cli
from custops.cli import _GROUPS, build_parser, main
from custops.cli._common import as_arguments, parse_amount, parse_pair
from custops.errors import InvalidInput, InvalidType
from custops.i18n import stray_words


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"custops {custops.__version__}"


def test_no_command_is_a_usage_error_with_the_help_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As argparse treats a missing required argument: status 2, nothing on stdout."""
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "uppercase" in captured.err


def test_every_cli_module_says_what_it_exports() -> None:
    """CONTRIBUTING items 6-7: the command modules are private (``custops.cli._vip``, …), so
    the package's entry points are the whole public surface of ``custops.cli`` and no public
    name is defined twice; each command module's ``__all__`` is ``add_parser``, its
    registration, the call ``custops.cli`` makes of each group; ``_common`` exports nothing,
    its helpers imported by name as ``custops._text``'s are.  Every command module is a group
    of ``custops --help``."""
    names = [info.name for info in pkgutil.iter_modules(custops.cli.__path__, "custops.cli.")]
    modules = {name: importlib.import_module(name) for name in names}
    exports = {name: getattr(module, "__all__", None) for name, module in modules.items()}
    common = exports.pop("custops.cli._common")
    assert common == []
    assert exports == {name: ["add_parser"] for name in exports}
    assert custops.cli.__all__ == ["build_parser", "main"]
    assert all(name.rsplit(".", 1)[1].startswith("_") for name in names)
    assert set(_GROUPS) == set(exports)


def test_each_group_registers_the_commands_it_is_loaded_for() -> None:
    """``custops deadline …`` imports only the group that registers ``deadline``: the map
    of :data:`custops.cli._GROUPS` is what each module registers, in the help's order."""
    parser = build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(commands.choices) == [name for names in _GROUPS.values() for name in names]
    homes = {path.split()[0]: module for path, module in _handlers(parser).items()}
    assert homes == {name: module for module, names in _GROUPS.items() for name in names}


def test_help_lists_every_subcommand() -> None:
    text = build_parser().format_help()
    assert "usage: custops" in text
    commands = ("demo", "uppercase", "workdays", "deadline", "sla", "secrecy", "refund", "vip")
    for command in (*commands, "exchange", "moveout", "purchasing", "archive"):
        assert command in text


def _handlers(parser: argparse.ArgumentParser, path: str = "") -> dict[str, str]:
    """``{"vip quote": "custops.cli._vip", ...}``: the module of every command's handler."""
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
        "demo": "custops.cli._demo",
        "uppercase": "custops.cli._money",
        "workdays add": "custops.cli._calendars",
        "workdays between": "custops.cli._calendars",
        "workdays check": "custops.cli._calendars",
        "deadline": "custops.cli._periods",
        "sla schedule": "custops.cli._sla",
        "sla presets": "custops.cli._sla",
        "secrecy default-level": "custops.cli._secrecy",
        "secrecy kinds": "custops.cli._secrecy",
        "secrecy know": "custops.cli._secrecy",
        "secrecy copy": "custops.cli._secrecy",
        "secrecy lend": "custops.cli._secrecy",
        "refund": "custops.cli._deposits",
        "vip quote": "custops.cli._vip",
        "vip qualify": "custops.cli._vip",
        "vip report-due": "custops.cli._vip",
        "classify": "custops.cli._complaints",
        "check-reply": "custops.cli._service",
        "change": "custops.cli._service",
        "exchange change-due": "custops.cli._exchange",
        "exchange inspection": "custops.cli._exchange",
        "exchange inactivity": "custops.cli._exchange",
        "moveout settle": "custops.cli._moveout",
        "purchasing cost": "custops.cli._purchasing",
        "purchasing mode": "custops.cli._purchasing",
        "archive lend": "custops.cli._archives",
        "archive due": "custops.cli._archives",
        "archive on-time": "custops.cli._archives",
    }


def test_uppercase(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["uppercase", "6007.14"]) == 0
    assert capsys.readouterr().out == "陆仟零柒元壹角肆分\n"


def test_uppercase_accepts_separators_and_marks_negative(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["uppercase", "¥1,000"]) == 0
    assert main(["uppercase", "--negative", "mark", "-325.04"]) == 0
    assert capsys.readouterr().out == "壹仟元整\n负叁佰贰拾伍元零肆分\n"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        # an amount in jiao is refused with the yuan it makes (R-MNY-01)
        (["uppercase", "12元5角"], "AMOUNT: is counted in fen or jiao (hundredths or tenths"),
        (["uppercase", "12元5角"], "it makes 12.50 yuan; give it in yuan: '12.50'"),
        (
            ["uppercase", "1.2.3"],
            "AMOUNT: is not an amount of money: write digits 0-9 with an optional sign, at most "
            "one point and commas only between groups of three; ¥, RMB or CNY may stand before "
            'the digits or at the end (e.g. "87.50", "¥1,087.50", "CNY 87.50", "87.50 RMB") '
            "(got '1.2.3')",
        ),
        (["uppercase", "-1"], "AMOUNT: is negative"),
        # the hint is the command's option, not the library's keyword
        (["uppercase", "-1"], "(--negative mark writes a negative mark) (got '-1')"),
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
    assert (
        "-> complaint / return or exchange / quality department" in out
    )  # sediment and a demand to return: R-CMP-10
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


def test_full_width_dates_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    """A date typed with a Chinese IME (full-width digits) is read as ASCII (R-SLA-08)."""
    assert main(["workdays", "add", "２０２５-09-30", "３"]) == 0
    assert capsys.readouterr().out == "2025-10-11\n"
    assert main(["workdays", "check", "２０２５－１０－１１"]) == 0
    assert capsys.readouterr().out.startswith("2025-10-11 Sat: ")
    assert main(["workdays", "check", "2025/10/11"]) == 0
    assert capsys.readouterr().out.startswith("2025-10-11 Sat: ")


def test_as_arguments_renames_only_the_arguments_it_knows() -> None:
    """A library error about ``actual`` is reported as one about ``--actual``; others pass."""
    with pytest.raises(InvalidInput) as info, as_arguments({"actual": "--actual"}):
        raise InvalidInput.for_argument("actual", "x", "is not an amount of money")
    assert str(info.value) == "--actual: is not an amount of money (got 'x')"
    assert info.value.argument == "--actual"
    with pytest.raises(InvalidType) as typed, as_arguments({"parties": "--party"}):
        raise InvalidType.for_argument("parties['a']", 1.5, "must not be a float")
    assert str(typed.value).startswith("--party['a']: must not be a float")
    with pytest.raises(InvalidInput) as other, as_arguments({"actual": "--actual"}):
        raise InvalidInput.for_argument("tonnes", None, "is required")
    assert str(other.value) == "tonnes: is required (got None)"


def test_parse_pair_and_parse_amount() -> None:
    assert parse_pair("--x", " 押金 = 20000 ") == ("押金", "20000")
    assert parse_pair("--x", "20000", name_default="-") == ("-", "20000")
    assert parse_pair("--x", " 张三 ", value_default="1") == ("张三", "1")
    assert parse_pair("--x", "张三=2", value_default="1") == ("张三", "2")
    assert parse_pair("--x", "a=b=1") == ("a=b", "1")
    with pytest.raises(InvalidInput, match=r"--x: must look like NAME=VALUE \(got '20000'\)"):
        parse_pair("--x", "20000")
    with pytest.raises(InvalidInput, match=r"--x: must look like NAME\[=WEIGHT\] \(got '=2'\)"):
        parse_pair("--x", "=2", value_default="1", form="NAME[=WEIGHT]")
    assert parse_amount("--y", "¥1,200.50") == Decimal("1200.50")
    with pytest.raises(InvalidInput, match="--y: has a fraction of a fen"):
        parse_amount("--y", "1.005")
    with pytest.raises(InvalidInput, match="--y: must not be negative"):
        parse_amount("--y", "-1")


NEW_COMMANDS = [
    ["exchange", "change-due", "2025-09-26", "--explain"],
    ["exchange", "inspection", "--on", "2026-09-01"],
    ["exchange", "inspection", "--on", "2026-08-01", "--no-passed"],
    ["exchange", "inactivity", "2025-11-30", "--on", "2026-03-01"],
    ["exchange", "inactivity", "2025-11-30", "--on", "2026-02-01", "--good-reason"],
    ["moveout", "settle", "--deposit", "押金=3000", "--damage", "门锁=500", "--arrears", "4000"],
    ["purchasing", "cost", "每吨", "35", "--actual", "4000", "--tonnes", "100", "--party", "张三"],
    ["purchasing", "cost", "monthly", "8000", "--actual", "7000", "--no-task-completed"],
    ["purchasing", "mode", "--no-large", "--no-branches-scattered", "--needs-differ"],
    ["purchasing", "mode", "--large", "--branches-scattered", "--needs-differ"],
    ["purchasing", "mode", "--large", "--branches-scattered", "--no-needs-differ"],
    [
        "archive",
        "lend",
        "李四",
        "keeper",
        "整理",
        "--on",
        "2025-03-03",
        "--due-back-on",
        "2025-03-04",
    ],
    ["archive", "lend", "李四", "colleague", "整理", "--on", "2025-03-03", "--private"],
]


@pytest.mark.parametrize("argv", NEW_COMMANDS, ids=lambda argv: " ".join(argv[:2]))
@pytest.mark.parametrize("code", ["zh_CN", "en_US"])
def test_new_commands_print_one_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: str
) -> None:
    """Issue 15: what the exchange, moveout, purchasing and archive commands print is in the
    chosen language alone (Chinese names quoted in English), and names its rule
    (R-MEM-03, R-MEM-04, R-MEM-06, R-MOV-02, R-PUR-01, R-PUR-02, R-ARC-03)."""
    assert main(["--lang", code, *argv]) in (0, 1)
    lines = capsys.readouterr().out.splitlines()
    assert any(re.search(r"R-[A-Z]{3}-\d{2}", line) for line in lines)
    assert {
        line: stray_words(line, code=code) for line in lines if stray_words(line, code=code)
    } == {}
