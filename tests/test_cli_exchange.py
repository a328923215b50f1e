"""``custops exchange change-due | inspection | inactivity`` (R-MEM-03, R-MEM-04, R-MEM-06)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import main
from custops.errors import InvalidInput, ProvisionalCalendarWarning
from custops.exchange import change_report_due, inspection_status, revocation_due_to_inactivity
from custops.i18n import language, stray_words


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_R_MEM_04_change_due_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-04, R-SLA-13: 10 working days over National Day 2025 (28 Sep, 11 Oct are 补班);
    the day alone, as every command whose answer is a Deadline prints it (``archive due``)."""
    status, out, err = run(["exchange", "change-due", "2025-09-26"], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == ["2025-10-16"]


@pytest.mark.parametrize("code", ["zh_CN", "en_US"])
def test_R_MEM_04_change_due_explains_with_the_library_text(
    capsys: pytest.CaptureFixture[str], code: str
) -> None:
    """R-MEM-04: ``--explain`` prints ``change_report_due(explain=True).explain()``, the
    library's 期限/deadline headline and reasoning, one language per line."""
    status, out, _ = run(
        ["--lang", code, "exchange", "change-due", "2025-09-26", "--explain"], capsys
    )
    assert status == 0
    with language(code):
        assert out.rstrip("\n") == change_report_due(dt.date(2025, 9, 26), explain=True).explain()
    assert out.startswith("期限（R-MEM-04）：" if code == "zh_CN" else "deadline (R-MEM-04): ")
    assert all(not stray_words(line, code=code) for line in out.splitlines())


def test_R_MEM_04_change_due_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-04: --json has stable keys in every language, the library's names: the
    Deadline's ``ends_on`` and ``period`` (the period counted, not a policy the user did not
    give: the policy's ``change_report_workdays`` is gone), and its ``reason`` and
    ``reasoning`` as the library gives them (item 9)."""
    documents = []
    for code in ("zh_CN", "en_US"):
        status, out, _ = run(
            ["--lang", code, "exchange", "change-due", "2025-09-26", "--json"], capsys
        )
        assert status == 0
        documents.append(json.loads(out))
    chinese, english = documents
    assert chinese.keys() == english.keys()
    assert english["rule"] == "R-MEM-04"
    assert (english["event_on"], english["ends_on"], english["period"]) == (
        "2025-09-26",
        "2025-10-16",
        "10个工作日",
    )
    explained = change_report_due(dt.date(2025, 9, 26), explain=True)
    with language("zh_CN"):  # the document in Chinese, as the deadline reads in Chinese
        assert (chinese["reason"], chinese["reasoning"]) == (
            explained.reason,
            list(explained.reasoning),
        )
    assert "change_report_workdays" not in english


def test_R_MEM_03_inspection_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-03, R-SLA-17: inside the window the membership continues (exit 0)."""
    status, out, _ = run(["exchange", "inspection", "--on", "2026-08-20"], capsys)
    assert status == 0
    assert out.splitlines() == [
        "open (R-MEM-03): inspection window 2026-07-01 – 2026-08-31 is open: 12 days left",
        "membership continues",
    ]
    status, out, _ = run(
        ["--lang", "zh_CN", "exchange", "inspection", "--on", "2026-08-20"], capsys
    )
    assert status == 0
    assert out.splitlines() == [
        "年检期内（R-MEM-03）：年检期 2026-07-01 至 2026-08-31 进行中，尚余 12 天",
        "会员资格继续",
    ]


@pytest.mark.parametrize(
    ("argv", "status", "first"),
    [
        (["--on", "2026-08-01", "--passed"], 0, "passed (R-MEM-03): "),
        (["--no-passed", "--on", "2026-08-01"], 1, "failed (R-MEM-03): "),
        (["--on", "2026-08-31"], 0, "open (R-MEM-03): "),
        (["--on", "2026-09-01", "--no-registered"], 1, "missed (R-MEM-03): "),
        (["--on", "2026-12-31", "--no-registered"], 1, "missed (R-MEM-03): "),
        (["--on", "2027-01-01", "--no-registered"], 1, "missed (R-MEM-03): "),  # no flip
        (["--on", "2026-09-01", "--registered"], 0, "pending (R-MEM-03): "),
        (["--on", "2027-01-01", "--registered"], 0, "pending (R-MEM-03): "),
        (["--on", "2026-09-01"], 0, "unknown (R-MEM-03): "),
        (["--on", "2027-01-01"], 0, "unknown (R-MEM-03): "),
        (["--on", "2027-01-05", "--no-passed"], 1, "failed (R-MEM-03): "),
    ],
)
def test_R_MEM_03_inspection_outcomes_and_exit_codes(
    capsys: pytest.CaptureFixture[str], argv: list[str], status: int, first: str
) -> None:
    """R-MEM-03: a failed review ends the membership, and so does no registration once the
    window has closed: exit 1 (D8 第八条); a pending review or nothing known continues."""
    code, out, _ = run(["exchange", "inspection", *argv], capsys)
    assert code == status
    lines = out.splitlines()
    assert lines[0].startswith(first)
    assert lines[1] == ("membership continues" if status == 0 else "membership ends (article 8)")


def test_R_MEM_03_inspection_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-03: the status's ``window`` is an object with its own ``start`` and ``end``."""
    argv = ["exchange", "inspection", "--on", "2026-09-01", "--no-registered", "--json"]
    status, out, _ = run(argv, capsys)
    assert status == 1
    data = json.loads(out)
    assert data["outcome"] == "missed"
    assert data["membership_continues"] is False
    assert data["window"] == {"start": "2026-07-01", "end": "2026-08-31"}


def test_R_MEM_06_inactivity_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-06, R-SLA-25: 30 Nov + 3 months = 28 Feb; complete from 1 March (exit 0)."""
    status, out, _ = run(["exchange", "inactivity", "2025-11-30", "--on", "2026-03-01"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("inactive (R-MEM-06): 3 months without trading after 2025-11-30")
    assert lines[1] == "3 months without trading are met from 2026-03-01 (Sun)"
    argv = ["--lang", "zh_CN", "exchange", "inactivity", "2025-11-30", "--on", "2026-03-01"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("连续无交易，不撤销（R-MEM-06）：自 2025-11-30 最后一次交易起")
    assert lines[1] == "自 2026-03-01（周日）起满连续 3 个月无交易"


def test_R_MEM_06_revocation_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-06: inactivity and an unapproved membership elsewhere revoke (第二十条(三))."""
    argv = [
        "exchange",
        "inactivity",
        "2025-11-30",
        "--unapproved-other-membership",
        "--on",
        "2026-03-01",
    ]
    status, out, _ = run(argv, capsys)
    assert status == 1
    assert out.startswith("revoke (R-MEM-06): ")
    status, out, _ = run([*argv, "--good-reason"], capsys)
    assert status == 0
    assert out.startswith("inactive (R-MEM-06): ")
    status, out, _ = run([*argv[:3], "--on", "2026-02-28", "--json"], capsys)
    assert status == 0
    assert json.loads(out)["outcome"] == "trading"
    assert json.loads(out)["met_on"] == "2026-03-01"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # the positional is named as the library names it (event_on)
        (
            ["change-due", "26/09/2025"],
            "EVENT_ON: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
            "2025.9.30 (got '26/09/2025')",
        ),
        (
            ["change-due", "1900-01-01"],
            "EVENT_ON: 10 working days cannot be counted from it (day: must lie in the years",
        ),
        # near the calendar's end the count is at fault, not a calendar parameter
        (
            ["change-due", "2100-12-25"],
            "EVENT_ON: 10 working days cannot be counted from it (goes past 2100, the last "
            "supported year) (got '2100-12-25')",
        ),
        (["inspection", "--on", "2026-13-01"], "--on: is not a date"),
        (["inspection", "--on", "0001-06-30"], "--on: no inspection window has opened yet"),
        (["inactivity", "last week", "--on", "2026-03-01"], "LAST_TRADE_ON: is not a date"),
        (["inactivity", "2025-11-30", "--on", "x"], "--on: is not a date; give a date such as 2"),
        (
            ["inactivity", "2026-03-01", "--on", "2025-11-30"],
            "--on: must not be before LAST_TRADE_ON 2026-03-01 (got '2025-11-30')",
        ),
    ],
)
def test_exchange_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(["exchange", *argv], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1
    assert "(got True)" not in err  # a flag is named, not shown
    assert "(got False)" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["inspection", "--on", "2026-08-01", "--failed"],  # --no-passed now
        [
            "inactivity",
            "2025-11-30",
            "--on",
            "2026-03-01",
            "--unapproved-other-membership",
            "maybe",
        ],
        ["inspection", "2026-08-01"],  # the day of the question is --on, not positional
        ["inactivity", "2025-11-30", "2026-03-01"],
        ["change-due"],
        ["nonsense"],
    ],
)
def test_exchange_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["exchange", *argv])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "error: " in err
    assert err.count("\n") == 1


def test_the_day_of_the_question_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    """C1/C2 (issue 12): --on DATE, as in every command, and today without it."""
    today = dt.date.today()
    status, out, _ = run(["exchange", "inspection", "--json"], capsys)
    assert json.loads(out)["on"] == today.isoformat()
    status, out, _ = run(["exchange", "inactivity", today.isoformat(), "--json"], capsys)
    assert status == 0
    assert json.loads(out)["on"] == today.isoformat()


def test_exchange_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["exchange", "change-due", "--help"])
    assert "10 working days" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "exchange", "change-due", "--help"])
    assert "书面报告的最后一日" in capsys.readouterr().out


@settings(max_examples=30, deadline=None)
@given(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_R_MEM_04_change_due_prints_the_library_answer(day: dt.date) -> None:
    """Property (R-MEM-04): the command prints change_report_due's day, and with
    ``--explain`` the library's explanation, which names the rule, in each language alone."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)  # marked in the answer
        assert main(["exchange", "change-due", day.isoformat()]) == 0
        due = change_report_due(day)
    assert out.getvalue().split()[0] == due.isoformat()
    for code in ("zh_CN", "en_US"):
        out = io.StringIO()
        argv = ["--lang", code, "exchange", "change-due", day.isoformat(), "--explain"]
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore", ProvisionalCalendarWarning)
            assert main(argv) == 0
            with language(code):
                explained = change_report_due(day, explain=True).explain()
        assert out.getvalue().rstrip("\n") == explained
        assert "R-MEM-04" in explained.splitlines()[0]
        assert not stray_words(explained, code=code)


@settings(max_examples=30, deadline=None)
@given(
    st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 12, 31)),
    st.integers(min_value=0, max_value=200),
    st.sampled_from(["--unapproved-other-membership", "--no-unapproved-other-membership", None]),
)
def test_R_MEM_06_exit_code_is_1_exactly_when_revoked(
    last: dt.date, days: int, other: str | None
) -> None:
    """Property (R-MEM-06): exit 1 exactly when the library revokes."""
    on = last + dt.timedelta(days=days)
    argv = ["exchange", "inactivity", last.isoformat(), "--on", on.isoformat()]
    argv += [other] if other else []
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(argv)
    known = None if other is None else not other.startswith("--no-")
    check = revocation_due_to_inactivity(last, on=on, unapproved_other_membership=known)
    assert status == (1 if check.outcome.value == "revoke" else 0)


def test_R_MEM_04_change_due_into_an_unpublished_year(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-04: a due day in a year whose 调休 is not published is marked provisional in the
    answer (both languages, and --json), with no raw Python warning on stderr."""
    status, out, err = run(["exchange", "change-due", "2026-12-28"], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == ["2027-01-12 (provisional: the 2027 arrangement is not published)"]
    status, out, err = run(["--lang", "zh_CN", "exchange", "change-due", "2026-12-28"], capsys)
    assert err == ""
    assert out.splitlines()[0].endswith("（暂定：2027 年的放假安排尚未公布）")
    status, out, _ = run(["exchange", "change-due", "2026-12-28", "--json"], capsys)
    assert json.loads(out)["provisional"] is True
    status, out, _ = run(["exchange", "change-due", "2025-09-26", "--json"], capsys)
    assert json.loads(out)["provisional"] is False


@settings(max_examples=30, deadline=None)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from([None, True, False]),
    st.sampled_from([None, True, False]),
)
def test_property_inspection_command_answers_as_the_library(
    on: dt.date, registered: bool | None, passed: bool | None
) -> None:
    """R-MEM-03 (CONTRIBUTING item 9: the command passes what the library takes): every
    ``registered``/``passed`` the library takes, the command takes as
    ``--[no-]registered``/``--[no-]passed``, and answers the same outcome or refuses
    the same argument."""
    argv = ["exchange", "inspection", "--on", on.isoformat(), "--json"]
    typed: dict[str, str] = {}
    for name, value in (("registered", registered), ("passed", passed)):
        if value is not None:
            option = name.replace("_", "-")
            typed[name] = f"--{option}" if value else f"--no-{option}"
            argv.append(typed[name])
    try:
        expected = inspection_status(on=on, registered=registered, passed=passed)
    except InvalidInput as exc:
        refused = str(exc.argument)
        expected = None
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    if expected is None:
        assert status == 2
        assert err.getvalue().startswith(f"custops: error: {typed[refused]}: ")
    else:
        assert status == (0 if expected.membership_continues else 1)
        assert json.loads(out.getvalue())["outcome"] == expected.outcome.value


def test_R_MEM_03_the_command_refuses_a_pass_without_a_registration(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-MEM-03: ``--no-registered --passed`` is refused as the library refuses
    it, naming the option typed (usage error, exit 2)."""
    code, out, err = run(
        ["exchange", "inspection", "--on", "2026-09-01", "--no-registered", "--passed"], capsys
    )
    assert (code, out) == (2, "")
    assert "--no-registered: a member that did not register cannot be reviewed" in err
