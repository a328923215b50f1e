"""``custops sla schedule --file``: every SLA target of a desk for every row of a .csv file
(R-SLA-05, R-SLA-06 the winery's targets by channel, R-PER-01 provisional years).

Each row's schedule is the one ``SlaPolicy.schedule`` gives the row alone (the command counts
them by ``SlaPolicy.schedule_many``), one tab-separated line per target, the row's key
first; a bad row is refused naming the row, the column and the value, or with
``--keep-going`` reported on stderr while the other rows are answered (status 1).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import tempfile
import warnings
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custops._text import moment_text
from custops.cli import main
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
HEADER = "工单号,渠道,受理时间,性质,特殊\n"
ROWS = [
    "T001,热线,2025-09-30 16:00,投诉,",
    "T002,微信,2026/12/31 23:59,投诉,否",
    "T003,电话,2027-02-04 10:00,咨询,",
]
FILE = ["sla", "schedule", "--preset", "winery", "--received-at-column", "受理时间"]


def _csv(tmp_path: Path, rows: list[str], *, header: str = HEADER) -> str:
    """A UTF-8 .csv file with a byte-order mark, as Excel's "CSV UTF-8" saves it."""
    path = tmp_path / "cases.csv"
    path.write_bytes(("\ufeff" + header + "\n".join(rows) + "\n").encode("utf-8"))
    return str(path)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _scalar(received_at: dt.datetime, **case: str) -> list[tuple[str, str, bool]]:
    """The single-case answer: each target, its due time as the file shows it, its flag."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schedule = presets.winery().schedule(case, received_at=received_at)
    return [
        (s.target.name, moment_text(s.due_at) if s.due_at else "-", s.provisional)
        for s in schedule.steps
    ]


def _shown(due_at: str | None) -> str:
    """A JSON due time as the tab-separated lines show it."""
    return "-" if due_at is None else moment_text(dt.datetime.fromisoformat(due_at))


def test_R_SLA_05_every_row_is_the_single_case_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*FILE, "--file", _csv(tmp_path, ROWS), "--channel-column", "渠道"]
    status, out, err = run([*argv, "--kind-column", "性质", "--id-column", "工单号"], capsys)
    assert status == 0
    lines = [line.split("\t") for line in out.splitlines()]
    by_row: dict[str, list[tuple[str, str, bool]]] = {}
    for key, target, due, mark, _received in lines:
        by_row.setdefault(key, []).append((target, due, mark == "provisional"))
    first, second = dt.datetime(2025, 9, 30, 16, tzinfo=SH), dt.datetime(2026, 12, 31, 23, 59)
    assert by_row["T001"] == _scalar(first, channel="热线", kind="投诉")
    assert by_row["T002"] == _scalar(second.replace(tzinfo=SH), channel="微信", kind="投诉")
    assert by_row["T001"][0][:2] == ("reply", "2025-10-01 16:00+08:00")  # phone: R-SLA-05
    assert by_row["T002"][0][0] == "acknowledge"  # online: R-SLA-06
    assert by_row["T002"][1][2]  # counted through 2027, not published: provisional
    assert by_row["T003"] == [("-", "-", False)]  # a consultation: no deadline on this desk
    assert "2027" in err  # the provisional note, once, on stderr


def test_R_SLA_06_json_one_object_a_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        *FILE,
        "--file",
        _csv(tmp_path, ROWS),
        "--channel-column",
        "渠道",
        "--kind",
        "complaint",
    ]
    status, out, _ = run([*argv, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["row"], r["rule"]) for r in rows] == [
        ("T001", 1, "R-SLA-05"),
        ("T002", 2, "R-SLA-06"),
        ("T003", 3, "R-SLA-05"),
    ]
    assert rows[1]["provisional"] is True
    assert rows[0]["steps"][0] == {
        "target": "reply",
        "due_at": "2025-10-01T16:00:00+08:00",
        "provisional": False,
    }


def test_a_bad_row_stops_the_command_naming_row_column_and_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [ROWS[0], "T009,热线,2026-13-01 09:00,投诉,", ROWS[1]]
    argv = [*FILE, "--file", _csv(tmp_path, bad), "--channel-column", "渠道", "--kind", "投诉"]
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert err.startswith(
        "custops: error: --received-at-column 受理时间, row 2: is not a date-time"
    )
    assert err.endswith("(got '2026-13-01 09:00')\n")


def test_keep_going_reports_bad_rows_and_answers_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [
        ROWS[0],
        "T009,热线,2026-13-01 09:00,投诉,",
        "T010,传真机,2025-10-09 09:00,投诉,",
        "T011,热线,2025-10-09 09:00,,",
        "T012,热线,2025-10-09 09:00,投诉,也许",
        "T013,热线,,投诉,",
        ROWS[1],
    ]
    argv = [*FILE, "--file", _csv(tmp_path, bad), "--channel-column", "渠道"]
    argv += ["--kind-column", "性质", "--special-column", "特殊"]
    status, out, err = run([*argv, "--id-column", "工单号", "--keep-going"], capsys)
    assert status == 1
    assert sorted({line.split("\t")[0] for line in out.splitlines()}) == ["T001", "T002"]
    errors = [line for line in err.splitlines() if line.startswith("custops: error: ")]
    assert [line.split(": ")[2] for line in errors] == [
        "--received-at-column 受理时间, row 2 (工单号 T009)",
        "--channel-column 渠道, row 3 (工单号 T010)",
        "--kind-column 性质, row 4 (工单号 T011)",
        "--special-column 特殊, row 5 (工单号 T012)",
        "--received-at-column 受理时间, row 6 (工单号 T013)",
    ]
    assert errors[1].endswith("(got '传真机')")
    assert "is empty, and desk 'winery' reads the kind" in errors[2]
    assert errors[3].endswith("(got '也许')")
    assert errors[4].endswith("is empty (got '')")


def test_an_attribute_no_row_gives_stops_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*FILE, "--file", _csv(tmp_path, ROWS), "--channel-column", "渠道", "--keep-going"]
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: --kind: not given, and desk 'winery' reads the kind")
    assert "give it, or --kind-column (one of" in err


@pytest.mark.parametrize(
    ("argv", "with_file", "message"),
    [
        (
            ["sla", "schedule", "--preset", "winery", "--kind-column", "性质"],
            False,
            "--kind-column",
        ),
        (
            ["sla", "schedule", "--preset", "winery"],
            False,
            "RECEIVED_AT: missing: give RECEIVED_AT",
        ),
        ([*FILE, "2025-09-30T16:00"], True, "RECEIVED_AT: is given beside --file"),
        ([*FILE, "--promised", "3天"], True, "--promised: applies to one case"),
        ([*FILE[:4], "--kind", "投诉"], True, "--received-at-column: missing"),
        (
            [*FILE, "--kind", "投诉", "--kind-column", "性质"],
            True,
            "--kind-column: is given beside",
        ),
        ([*FILE, "--channel-column", "来源"], True, "--channel-column: is not a column of"),
    ],
)
def test_an_unclear_question_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    with_file: bool,
    message: str,
) -> None:
    full = [*argv, "--file", _csv(tmp_path, ROWS)] if with_file else argv
    status, out, err = run(full, capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"custops: error: {message}")


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(
            st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2027, 12, 20)),
            st.sampled_from(["电话", "网站", "书面", "现场"]),
            st.sampled_from(["投诉", "咨询", "建议"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_property_R_SLA_05_every_file_row_is_the_single_case_answer(
    cases: list[tuple[dt.datetime, str, str]],
) -> None:
    """Property (R-SLA-05, R-SLA-06, R-PER-01): each row of ``sla schedule --file`` is
    ``SlaPolicy.schedule`` of the row alone, with its provisional flags, in the file's order."""
    moments = [(m.replace(second=0, microsecond=0, tzinfo=SH), c, k) for m, c, k in cases]
    rows = [f"R{i},{c},{m:%Y-%m-%d %H:%M},{k}," for i, (m, c, k) in enumerate(moments)]
    with tempfile.TemporaryDirectory() as tmp:
        path = _csv(Path(tmp), rows)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            argv = [*FILE, "--file", path, "--channel-column", "渠道", "--kind-column", "性质"]
            status = main([*argv, "--json"])
    assert status == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["row"] for a in answers] == list(range(1, len(rows) + 1))
    for answer, (moment, channel, kind) in zip(answers, moments, strict=True):
        shown = [(s["target"], _shown(s["due_at"]), s["provisional"]) for s in answer["steps"]]
        assert shown == _scalar(moment, channel=channel, kind=kind)


MAJOR_HEADER = "工单号,受理时间,严重\n"
MAJOR_ROWS = ["A1,2025-09-30T16:00,重大", "A2,2025-09-30T16:00,一般", "A3,2025-09-30T17:00,"]
DEALER = ["sla", "schedule", "--preset", "dealer", "--received-at-column", "受理时间"]


def test_R_CMP_07_a_major_row_names_its_escalation_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CMP-07: a file with a major complaint (its 严重 cell, or --severity major) gets the
    escalation note once on stderr, as the single case does: the dealer's schedule has no
    escalation target, the case times it from the classification as major."""
    path = _csv(tmp_path, MAJOR_ROWS, header=MAJOR_HEADER)
    kind = ["--kind", "complaint", "--file", path]
    status, out, err = run([*DEALER, *kind, "--severity-column", "严重"], capsys)
    assert status == 0
    assert out.count("solution") == 3
    assert err.count("R-CMP-07") == 1
    assert "within 2 hours" in err
    _status, _out, err = run([*DEALER, *kind, "--severity", "major"], capsys)
    assert err.count("R-CMP-07") == 1
    _status, _out, err = run([*DEALER, *kind, "--severity", "general"], capsys)
    assert "R-CMP-07" not in err


def test_R_CMP_07_json_rows_of_a_major_complaint_carry_the_escalation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CMP-07: with --json, a major row has an ``escalation`` field (its target, period,
    what it is counted from, its rule); the other rows have none; the single case too."""
    path = _csv(tmp_path, MAJOR_ROWS, header=MAJOR_HEADER)
    argv = [*DEALER, "--kind", "complaint", "--file", path, "--severity-column", "严重", "--json"]
    status, out, _err = run(argv, capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert rows[0]["escalation"] == {
        "target": "escalation",
        "period": "2小时",
        "counted_from": "classification as major",
        "rule": "R-CMP-07",
    }
    assert ["escalation" in row for row in rows] == [True, False, False]
    single = ["sla", "schedule", "2025-09-30T16:00", "--preset", "dealer", "--kind", "complaint"]
    _status, out, _err = run([*single, "--severity", "major", "--json"], capsys)
    assert json.loads(out)["escalation"]["rule"] == "R-CMP-07"
    _status, out, _err = run([*single, "--severity", "general", "--json"], capsys)
    assert "escalation" not in json.loads(out)


def test_R_SLA_05_without_id_column_each_line_names_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-SLA-05: with no --id-column each line begins with the row's number (as --json's
    ``row``), so rows received at the same minute are told apart."""
    rows = ["A1,2025-09-30T16:00,", "A2,2025-09-30T16:00,"]
    path = _csv(tmp_path, rows, header=MAJOR_HEADER)
    status, out, _err = run([*DEALER, "--kind", "complaint", "--file", path], capsys)
    assert status == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["1", "2"]
    assert [line.split("\t")[1] for line in out.splitlines()] == ["solution", "solution"]
