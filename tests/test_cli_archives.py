"""``custops archive due`` (R-SLA-14): the last day to create a customer archive, and
``custops archive lend`` (R-ARC-03): may a customer archive be lent."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from custops.cli import main

LEND = [
    "archive",
    "lend",
    "李四",
    "相关业务人员",
    "续签前核对交易记录",
    "--on",
    "2025-03-03",
    "--registered",
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_R_ARC_03_lend_allowed_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """R-ARC-03: a related colleague, registered, with a return day: lent (exit 0)."""
    status, out, err = run([*LEND, "--due-back-on", "2025-03-05"], capsys)
    assert (status, err) == (0, "")
    assert out == 'allowed (R-ARC-03): lent to "李四" ("相关业务人员") until 2025-03-05\n'
    status, out, _ = run(["--lang", "zh_CN", *LEND, "--due-back-on", "2025-03-05"], capsys)
    assert status == 0
    assert out == (
        "允许（R-ARC-03）：借给「李四」（相关业务人员），最迟于 2025-03-05（含当日）归还\n"
    )


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ([], "archives are company property, kept by no one: a loan needs a return day"),
        (["--due-back-on", "2025-03-05", "--private"], "no loan on the strength of a personal"),
        (
            ["--due-back-on", "2025-03-05", "--no-registered"],
            "must be entered in the lending register",
        ),
    ],
)
def test_R_ARC_03_lend_refused_exits_1(
    capsys: pytest.CaptureFixture[str], extra: list[str], reason: str
) -> None:
    """R-ARC-03: no return day, a personal favour, or no register entry: refused (exit 1)."""
    status, out, _ = run([*LEND, *extra], capsys)
    assert status == 1
    assert out.startswith("refused (R-ARC-03): ")
    assert reason in out


def test_R_ARC_03_a_loan_not_said_to_be_registered_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-ARC-03 (D2 4 严格执行档案借阅制度): without --registered the loan is refused."""
    status, out, _ = run([*LEND[:-1], "--due-back-on", "2025-03-05"], capsys)
    assert status == 1
    assert "must be entered in the lending register" in out


def test_R_ARC_03_unrelated_in_chinese_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-ARC-03: never to unrelated people; --json keeps stable keys."""
    argv = ["archive", "lend", "朋友", "unrelated", "看看", "--on", "2025-03-03"]
    status, out, _ = run(["--lang", "zh_CN", *argv, "--due-back-on", "2025-03-04"], capsys)
    assert status == 1
    assert out == "拒绝（R-ARC-03）：档案材料不得拿给无关人员阅读\n"
    status, out, _ = run([*argv, "--due-back-on", "2025-03-04", "--json"], capsys)
    data = json.loads(out)
    assert (data["allowed"], data["relation"], data["rule"]) == (False, "unrelated", "R-ARC-03")


def test_lend_on_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    status, out, _ = run([*LEND[:5], "--registered", "--due-back-on", tomorrow, "--json"], capsys)
    assert status == 0
    assert json.loads(out)["on"] == dt.date.today().isoformat()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["李四", "朋友", "看看"], "RELATION: is not a known Relation"),
        (["", "colleague", "看看"], "BORROWER_ID: must not be empty"),
        (["李四", "colleague", "看看", "--due-back-on", "2025-03-01"], "--due-back-on: is before"),
        (["李四", "colleague", "看看", "--due-back-on", "5 March"], "--due-back-on: is not a date"),
    ],
)
def test_lend_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(["archive", "lend", *argv, "--on", "2025-03-03"], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_lend_bad_on_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["archive", "lend", "李四", "colleague", "看看", "--on", "3/3"], capsys)
    assert status == 2
    assert (
        "--on: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
        "2025.9.30 (got '3/3')" in err
    )
    with pytest.raises(SystemExit) as info:
        main(["archive", "lend", "李四"])
    assert info.value.code == 2


def test_lend_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["archive", "lend", "--help"])
    assert "lending register" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "archive", "lend", "--help"])
    assert "须定归还日期" in capsys.readouterr().out


def test_R_SLA_14_archive_due(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-14: archive due prints the last day, rolled past the National Day holiday."""
    assert main(["archive", "due", "2025-09-26"]) == 0
    assert capsys.readouterr().out == "2025-10-09\n"
    assert main(["archive", "due", "2025-09-26", "--explain"]) == 0
    assert "Civil Code" in capsys.readouterr().out


def test_archive_due_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["archive", "due", "26/09/2025"]) == 2
    err = capsys.readouterr().err
    # the positional is named as the library names it (first_contact_on)
    assert (
        "FIRST_CONTACT_ON: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
        "2025.9.30 (got '26/09/2025')" in (err)
    )


def test_R_SLA_14_archive_due_provisional_year_is_a_clean_note(
    capsys: pytest.CaptureFixture[str], recwarn: pytest.WarningsRecorder
) -> None:
    """R-SLA-14: a count into 2027 (arrangement not published) prints no Python warning;
    the day is marked provisional in the active language (audit-records F13)."""
    assert main(["archive", "due", "2026-12-28"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "2027-01-04 (provisional: the 2027 arrangement is not published)\n"
    assert captured.err == ""
    assert main(["--lang", "zh_CN", "archive", "due", "2026-12-28"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "2027-01-04（暂定：2027 年的放假安排尚未公布）\n"
    assert captured.err == ""
    assert main(["archive", "due", "2026-12-28", "--explain"]) == 0
    captured = capsys.readouterr()
    assert "provisional" in captured.out
    assert captured.err == ""
    assert [w for w in recwarn if "Provisional" in type(w.message).__name__] == []
    assert main(["archive", "due", "2026-09-24"]) == 0  # a published year: no mark
    assert capsys.readouterr().out == "2026-10-08\n"


@pytest.mark.parametrize("blank", [" ", "\u3000", "  "])
def test_lend_blank_borrower_or_purpose_is_shown_as_typed(
    capsys: pytest.CaptureFixture[str], blank: str
) -> None:
    """R-ARC-03: a blank BORROWER_ID or PURPOSE is refused showing what was typed (the library
    trims; the CLI does not trim before it)."""
    cases = (([blank, "handler", "查阅"], "BORROWER_ID"), (["王五", "handler", blank], "PURPOSE"))
    for argv, name in cases:
        status, out, err = run(["archive", "lend", *argv, "--on", "2025-03-03"], capsys)
        assert (status, out) == (2, "")
        assert f"{name}: must not be empty (got {blank!r})" in err


def test_R_SLA_14_on_time_says_whether_the_archive_was_created_within_the_week(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-SLA-14 (D2 1 一周内负责建立): created by the last day exits 0, later exits 1 with the
    days late; --json gives the last day; a bad day names the argument typed."""
    argv = ["--lang", "zh_CN", "archive", "on-time", "某医院", "2025-03-03"]
    status, out, _ = run([*argv, "2025-03-12"], capsys)
    assert status == 1
    assert out == (
        "否（R-SLA-14）：首次接触 2025-03-03，档案最迟应于 2025-03-10（含当日）建立，"
        "2025-03-12 才建立，迟 2 天\n"
    )
    status, out, _ = run(
        ["archive", "on-time", "某医院", "2025-03-03", "2025-03-10", "--json"], capsys
    )
    assert status == 0
    said = json.loads(out)
    assert (said["allowed"], said["rule"], said["due_on"]) == (True, "R-SLA-14", "2025-03-10")
    status, _, err = run(["archive", "on-time", "某医院", "2025-03-03", "2025-13-01"], capsys)
    assert status == 2
    assert "CREATED_ON" in err


def test_R_SLA_14_on_time_through_an_unpublished_year_is_marked_provisional(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-SLA-14, docs/rules.md §1: the week from 2027-01-29 runs through the unpublished
    2027 Spring Festival: the answer says 暂定 (provisional), and ``--json`` gives the flag;
    a week within 2026 is not marked."""
    argv = ["archive", "on-time", "SUP-0201", "2027-01-29", "2027-02-10"]
    status, out, err = run(["--lang", "zh_CN", *argv], capsys)
    assert (status, err) == (0, "")
    assert out.endswith("最迟应于 2027-02-11（含当日）建立；暂定：2027 年的放假安排尚未公布\n")
    status, out, _ = run([*argv, "--json"], capsys)
    document = json.loads(out)
    assert (status, document["due_on"], document["provisional"]) == (0, "2027-02-11", True)
    status, out, _ = run(["archive", "on-time", "SUP-0193", "2026-02-10", "2026-02-25"], capsys)
    assert status == 1
    assert "provisional" not in out
    late = ["archive", "on-time", "SUP-0193", "2026-02-10", "2026-02-25"]
    status, out, _ = run([*late, "--json"], capsys)
    assert json.loads(out)["provisional"] is False
