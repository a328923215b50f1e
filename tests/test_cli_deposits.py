"""The ``custops refund`` subcommand (R-DEP-01, R-DEP-02, R-DEP-03)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from custops.cli import build_parser, main


def test_refund_is_listed_in_help() -> None:
    assert "refund" in build_parser().format_help()


def test_refund_prints_the_schedule(capsys: pytest.CaptureFixture[str]) -> None:
    """R-DEP-01, R-DEP-02: the issue's example, 2025-10-31."""
    assert (
        main(["refund", "--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"])
        == 0
    )
    out = capsys.readouterr().out
    assert "200,000.00" in out  # the reserve
    for due, figures, words in [
        ("2025-10-31", "600,000.00", "陆拾万元整"),
        ("2026-02-28", "80,000.00", "捌万元整"),
        ("2026-04-30", "120,000.00", "壹拾贰万元整"),
    ]:
        row = next(line for line in out.splitlines() if due in line and "R-DEP" in line)
        assert figures in row
        assert words in row
    assert "捌拾万元整" in out  # the total


def test_refund_with_claims_and_owed(capsys: pytest.CaptureFixture[str]) -> None:
    """R-DEP-03: a claim beyond the reserve is recorded as owed by the member."""
    argv = [
        "refund",
        "--peak",
        "1000",
        "--balance",
        "1000",
        "--announced-on",
        "2025-10-31",
        "--claim",
        "150:2025-11-05:会员管理费:未缴费用",
        "--claim",
        "100:2025-12-01:损失",
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "会员尚欠" in out
    assert "-50.00" in out
    assert "负伍拾元整" in out
    assert "750.00" in out  # 1000 - 250


@pytest.mark.parametrize("spelling", ["refuse", "REFUSE", "拒绝"])
def test_refund_refuse_excess_is_an_error(
    capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    """``--excess-claims`` reads any spelling ``ExcessClaims.parse`` reads (item 5)."""
    argv = ["refund", "--peak", "1000", "--balance", "1000", "--announced-on", "2025-10-31"]
    assert main([*argv, "--excess-claims", spelling, "--claim", "250:2025-11-05:fees"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: --claim[0]:")
    assert len(err.strip().splitlines()) == 1
    assert "(--excess-claims=refuse)" in err  # the option and the key typed, not the field
    assert "REFUSE)" not in err


def test_refund_options_are_the_policy_fields(capsys: pytest.CaptureFixture[str]) -> None:
    """``--roll-to-workday``/``--no-roll-to-workday`` and ``--excess-claims`` are
    ``DepositPolicy``'s fields; an unknown choice names the option."""
    argv = ["refund", "--peak", "1000", "--balance", "1000", "--announced-on", "2025-11-01"]
    assert main([*argv, "--json"]) == 0
    rolled = capsys.readouterr().out
    assert main([*argv, "--json", "--no-roll-to-workday"]) == 0
    kept = capsys.readouterr().out
    assert main([*argv, "--json", "--roll-to-workday"]) == 0
    assert capsys.readouterr().out == rolled != kept
    assert main([*argv, "--excess-claims", "forgive"]) == 2
    assert capsys.readouterr().err.startswith("custops: error: --excess-claims: ")
    with pytest.raises(SystemExit):
        main(["refund", "--help"])
    assert "--excess-claims {owed,refuse}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--peak", "1e3x", "--balance", "1", "--announced-on", "2025-10-31"], "peak"),
        (["--peak", "10", "--balance", "20", "--announced-on", "2025-10-31"], "balance"),
        (["--peak", "10", "--balance", "5", "--announced-on", "31/10/2025"], "--announced-on"),
        (
            ["--peak", "10", "--balance", "5", "--announced-on", "2025-10-31", "--claim", "5"],
            "--claim[0]",
        ),
    ],
)
def test_refund_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(["refund", *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: ")
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_refund_in_a_provisional_year_marks_it_and_prints_no_warning() -> None:
    """R-DEP-02: a payment in a year whose arrangement is not published is marked (*) in
    the schedule, with its note; stderr stays empty (no Python warning, whose advice names
    a keyword the command does not have).  A fresh process: the calendar warns once per
    year, so a year already warned about in this one would hide the warning."""
    argv = ["refund", "--peak", "1000", "--balance", "800", "--announced-on", "2030-10-31"]
    done = subprocess.run(
        [sys.executable, "-W", "default", "-m", "custops", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "该年度节假日安排尚未公布" in done.stdout


def test_refund_past_the_calendar_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """R-DEP-02: a tranche past the calendar's last year: one line naming --announced-on."""
    argv = ["refund", "--peak", "1000", "--balance", "800", "--announced-on", "2100-10-31"]
    assert main(["--lang", "en_US", *argv]) == 2
    err = capsys.readouterr().err
    assert err == (
        "custops: error: --announced-on: puts a payment on 2101-02-28, outside the years "
        "1950-2100 the CN calendar supports (got '2100-10-31')\n"
    )
