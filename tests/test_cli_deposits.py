"""The ``custops refund`` subcommand (R-DEP-01, R-DEP-02, R-DEP-03)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import build_parser, main
from custops.i18n import language


def test_refund_is_listed_in_help() -> None:
    assert "refund" in build_parser().format_help()


def test_refund_prints_the_schedule(capsys: pytest.CaptureFixture[str]) -> None:
    """R-DEP-01, R-DEP-02: the issue's example, 2025-10-31."""
    assert (
        main(
            [
                *("--lang", "zh_CN", "refund"),
                *("--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"),
            ]
        )
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
    assert main(["--lang", "zh_CN", *argv]) == 0
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


_ARGV = ["refund", "--peak", "1000", "--balance", "800", "--announced-on", "2025-10-31"]


def test_R_DEP_03_refund_json_holds_the_claims_its_deductions_point_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-DEP-03 (CONTRIBUTING item 9): the document stands on its own: each deduction's
    ``claim_index`` points into ``claims``, and the totals check ``total = balance - claimed``."""
    claims = ["--claim", "30:2025-09-30:管理费:未缴费用", "--claim", "900:2025-12-30:损失:loss"]
    assert main([*_ARGV, *claims, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claims"] == [
        {"amount": "30.00", "on": "2025-09-30", "description": "管理费", "kind": "unpaid_fees"},
        {"amount": "900.00", "on": "2025-12-30", "description": "损失", "kind": "loss"},
    ]
    first = data["lines"][0]  # D8 第十一条(三): the earlier claim from the announcement's refund
    assert (first["gross"], first["amount"], first["deductions"]) == (
        "600.00",
        "570.00",
        [{"claim_index": 0, "amount": "30.00"}],
    )
    assert (data["refunded"], data["claimed"], data["owed"]) == ("570.00", "930.00", "700.00")
    assert Decimal(data["total"]) == Decimal(data["balance"]) - Decimal(data["claimed"])
    assert data["provisional"] is False


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=90_000),
            st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2026, 4, 30)),
        ),
        max_size=3,
    )
)
def test_property_refund_json_holds_every_claim_a_deduction_points_to(
    claims: list[tuple[int, dt.date]],
) -> None:
    """R-DEP-03: whatever the claims, every ``claim_index`` of a deduction names an entry of
    ``claims`` whose amount covers it, each claim's deductions and owed line add up to its
    amount, and the signed lines add up to ``total`` = ``balance`` - ``claimed``."""
    argv = ["refund", "--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"]
    for fen, day in claims:
        argv += ["--claim", f"{Decimal(fen) / 100}:{day.isoformat()}:费用"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json"]) == 0
    data = json.loads(out.getvalue())
    assert [Decimal(c["amount"]) for c in data["claims"]] == [Decimal(f) / 100 for f, _ in claims]
    taken = [Decimal(0)] * len(claims)
    for line in data["lines"]:
        for d in line["deductions"]:
            assert 0 <= d["claim_index"] < len(data["claims"])
            taken[d["claim_index"]] += Decimal(d["amount"])
    for index, claim in enumerate(data["claims"]):
        assert taken[index] <= Decimal(claim["amount"])
    owed = sum(Decimal(line["amount"]) for line in data["lines"] if line["kind"] == "owed")
    assert sum(taken) + owed == Decimal(data["claimed"])
    signed = sum(
        -Decimal(line["amount"]) if line["kind"] == "owed" else Decimal(line["amount"])
        for line in data["lines"]
    )
    assert signed == Decimal(data["total"]) == Decimal(data["balance"]) - Decimal(data["claimed"])


def test_R_DEP_03_refund_help_says_where_a_claim_is_taken_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-DEP-03, D8 第十一条(三): a claim dated on or before the announcement comes out of the
    refund paid that day, not out of the reserve; the help says so, the option and the
    command's description alike."""
    with language("en_US"), pytest.raises(SystemExit):
        main(["refund", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "a claim against the reserve" not in text
    assert "the refund on the announcement day, then the tranches of the reserve" in text
    assert "one dated on or before the announcement from the refund paid that day" in text


@pytest.mark.parametrize("amount", ["-30", "-0.5"])
def test_a_negative_claim_is_refused_with_its_value(
    amount: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-DEP-03 (CONTRIBUTING: a refusal names the argument and shows the value): a claim
    typed with a minus reaches the library, which refuses it, instead of argparse reading it
    as an unknown option."""
    assert main([*_ARGV, "--claim", f"{amount}:2025-09-30:fee"]) == 2
    err = capsys.readouterr().err
    typed = f"{amount}:2025-09-30:fee"
    assert err == f"custops: error: --claim[0]: must not be negative (got '{typed}')\n"


@pytest.mark.parametrize(
    ("typed", "description", "kind"),
    [
        ("1000:2025-11-01:费用:说明:fine", "费用:说明", "fine"),
        ("1000:2025-11-01:费用:说明", "费用:说明", "other"),
        ("1000:2025-11-01:管理费:未缴费用", "管理费", "unpaid_fees"),
        ("1000:2025-11-01:10:30 到场核对", "10:30 到场核对", "other"),
        ("1000:2025-11-01:管理费", "管理费", "other"),
    ],
)
def test_R_DEP_03_a_claims_description_may_hold_colons(
    capsys: pytest.CaptureFixture[str], typed: str, description: str, kind: str
) -> None:
    """R-DEP-03: --claim is AMOUNT:ON: then the description; a last :KIND is split off only
    when it is a known kind (docs/cli.md)."""
    assert main([*_ARGV, "--claim", typed, "--json"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)["claims"]
    assert (claim["description"], claim["kind"]) == (description, kind)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("abc:2025-11-01:费用:说明:fine", "is not an amount of money"),
        ("1000:2025-13-01:费用:说明", "is not a date"),
        ("0:2025-11-01:费用", "a claim must be more than 0"),
        ("1000:2025-11-01", "must be AMOUNT:ON:DESCRIPTION[:KIND]"),
    ],
)
def test_R_DEP_03_a_refused_claim_shows_the_whole_value_typed(
    capsys: pytest.CaptureFixture[str], typed: str, problem: str
) -> None:
    """R-DEP-03 (docs/cli.md: an error shows the value as typed): the whole --claim."""
    assert main([*_ARGV, "--claim", typed]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"custops: error: --claim[0]: {problem}")
    assert err.endswith(f"(got {typed!r})\n")
    assert err.count("\n") == 1


def test_R_DEP_01_money_options_show_the_amount_metavar(capsys: pytest.CaptureFixture[str]) -> None:
    """R-DEP-01, CONTRIBUTING item 9: ``--peak`` and ``--balance`` are amounts of yuan, shown
    as ``AMOUNT`` as every other money option is (``--actual``, ``--amount-due``), and a bad
    one is refused naming the option and the value typed."""
    with pytest.raises(SystemExit):
        main(["refund", "--help"])
    usage = " ".join(capsys.readouterr().out.split("\n\n")[0].split())
    assert "--peak AMOUNT --balance AMOUNT --announced-on DATE" in usage
    argv = ["refund", "--peak", "1.005", "--balance", "3", "--announced-on", "2025-06-01"]
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("custops: error: --peak: has a fraction of a fen; ")


def test_R_DEP_01_R_DEP_02_the_english_command_prints_the_notice_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-DEP-01, R-DEP-02: ``custops --lang en_US refund`` prints the notice worded in English
    (for staff who read English), ``--lang zh_CN`` the member's Chinese notice."""
    argv = ["refund", "--peak", "100000", "--balance", "100000", "--announced-on", "2024-01-15"]
    assert main(["--lang", "en_US", *argv]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Exchange member deposit refund schedule\n")
    assert "tranche 1: 40% of the reserve" in out
    assert "8,000.00" in out
    assert not re.search(r"[\u4e00-\u9fff]", out)
    assert main(["--lang", "zh_CN", *argv]) == 0
    out = capsys.readouterr().out
    assert out.startswith("交易所会员保证金退还计划\n")
    assert "第1期 风险保障金40%" in out


@pytest.mark.parametrize(
    ("code", "head"),
    [("zh_CN", "交易所会员保证金退还计划"), ("en_US", "Exchange member deposit refund schedule")],
)
def test_R_DEP_01_the_notice_is_headed_as_an_exchange_members_deposit(
    code: str, head: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-DEP-01: the printed notice names whose deposit it is (D8's exchange member's), not
    any member's: a club's member card is no such deposit."""
    argv = ["--lang", code, "refund", "--peak", "3680", "--balance", "3680"]
    assert main([*argv, "--announced-on", "2027-02-08"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == head
