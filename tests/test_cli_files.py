"""A nightly export read whole: ``classify --file … --id-column`` and ``deadline --file``
(R-PER-01 provisional years, R-SLA-08 调休, R-CMP-01 classification).

A property desk's export is a CSV table (工单号, 渠道, 受理时间, 内容 …), often UTF-8 with a
byte-order mark as Excel saves it.  Each output row starts with the row's key, a deadline
row carries its provisional flag, and a bad row is refused naming the row, the column and
the value (or, with ``--keep-going``, reported while the other rows are answered).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import asking_provisional
from custops.cli import main
from custops.errors import CustopsError
from custops.periods import deadline

SH = ZoneInfo("Asia/Shanghai")
HEADER = "工单号,渠道,受理时间,内容,时限\n"
ROWS = [
    "T001,热线,2025-09-30 16:00,空调不制冷，麻烦派人来看一下,3个工作日",
    "T002,微信,2026/12/31 23:59,电梯困人，快派人来,3个工作日",
    "T003,400电话,2026-02-13T10:00+08:00,请问停车月卡多少钱,1个工作日",
    "T004,前台,2027年2月4日 10:00,物业费发票什么时候开,一周",
]


def _csv(tmp_path: Path, rows: list[str], *, header: str = HEADER, name: str = "x.csv") -> str:
    """A UTF-8 .csv file with a byte-order mark, as Excel's "CSV UTF-8" saves it."""
    path = tmp_path / name
    path.write_bytes(("\ufeff" + header + "\n".join(rows) + "\n").encode("utf-8"))
    return str(path)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _scalar(start: dt.datetime, period: str) -> tuple[str, bool]:
    """The single-ticket answer: the due time as the file rows show it, and its flag."""
    with asking_provisional():
        result = deadline(start, period, explain=True)
    assert result.due_at is not None
    return result.due_at.isoformat(), result.provisional


# --- classify --file --id-column -------------------------------------------------------


def test_classify_rows_start_with_the_key_of_the_id_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CMP-01: the rows of ``classify_many`` in the file's order, each keyed by 工单号."""
    path = _csv(tmp_path, ROWS)
    status, out, _ = run(["classify", "--file", path, "--id-column", "工单号"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["T001", "T002", "T003", "T004"]
    assert all(len(line.split("\t")) == 7 for line in lines)
    assert lines[0].split("\t")[6] == "空调不制冷，麻烦派人来看一下"
    status, plain, _ = run(["classify", "--file", path], capsys)
    assert [line.split("\t", 1)[1] for line in lines] == plain.splitlines()


def test_classify_json_rows_keep_row_and_put_the_id_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, ROWS)
    argv = ["classify", "--file", path, "--id-column", "工单号", "--column", "内容", "--json"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [list(row)[:3] for row in rows] == [["id", "row", "text"]] * 4
    assert [(row["id"], row["row"]) for row in rows] == [(f"T00{i}", i) for i in range(1, 5)]
    assert rows[2]["kind"] == "consultation"


def test_classify_refuses_an_id_column_the_file_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, ROWS)
    status, out, err = run(["classify", "--file", path, "--id-column", "编号"], capsys)
    assert (status, out) == (2, "")
    assert err == (
        f"custops: error: --id-column: is not a column of {path} (its columns: 工单号, 渠道, "
        "受理时间, 内容, 时限) (got '编号')\n"
    )


def test_classify_refuses_an_id_column_without_a_csv_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As ``--column``: a column names a column of a .csv file given with --file."""
    text = tmp_path / "texts.txt"
    text.write_text("请问几点开门\n", encoding="utf-8")
    for argv in (["请问几点开门"], ["--file", str(text)]):
        status, out, err = run(["classify", *argv, "--id-column", "工单号"], capsys)
        assert (status, out) == (2, "")
        assert "--id-column: names a column of a .csv file given with --file" in err


# --- deadline --file -------------------------------------------------------------------


def test_deadline_file_answers_every_row_as_the_single_command_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-PER-01, R-SLA-08: the due time of each row is ``deadline()``'s, keyed by 工单号,
    and a row counted through 2027 (no published arrangement) is marked provisional."""
    path = _csv(tmp_path, ROWS)
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "3个工作日"]
    status, out, err = run([*argv, "--id-column", "工单号"], capsys)
    assert status == 0
    assert out.splitlines() == [
        "T001\t2025-10-11 18:00+08:00\t\t2025-09-30 16:00+08:00\t3个工作日",
        "T002\t2027-01-06 18:00+08:00\tprovisional\t2026-12-31 23:59+08:00\t3个工作日",
        "T003\t2026-02-25 18:00+08:00\t\t2026-02-13 10:00+08:00\t3个工作日",
        "T004\t2027-02-15 18:00+08:00\tprovisional\t2027-02-04 10:00+08:00\t3个工作日",
    ]
    assert "2027" in err  # the note, once
    assert "not published" in err
    assert err.count("\n") == 1


def test_deadline_file_json_carries_id_row_and_the_provisional_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, ROWS)
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period-column", "时限"]
    status, out, _ = run([*argv, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [list(row) for row in rows] == [
        ["id", "row", "start", "period", "due_at", "provisional"]
    ] * 4
    starts = [
        dt.datetime(2025, 9, 30, 16, tzinfo=SH),
        dt.datetime(2026, 12, 31, 23, 59, tzinfo=SH),
        dt.datetime(2026, 2, 13, 10, tzinfo=SH),
        dt.datetime(2027, 2, 4, 10, tzinfo=SH),
    ]
    periods = ["3个工作日", "3个工作日", "1个工作日", "一周"]
    for row, start, period in zip(rows, starts, periods, strict=True):
        assert row["period"] == period
        assert (row["due_at"], row["provisional"]) == _scalar(start, period)
    # 一周 from 2027-02-04 ends on 除夕 (statutory, provisional) and rolls past the festival
    assert rows[3]["due_at"] == "2027-02-11T18:00:00+08:00"
    assert [row["provisional"] for row in rows] == [False, True, False, True]


def test_deadline_file_stops_at_a_bad_row_naming_row_column_and_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [*ROWS[:2], "T009,热线,2026-13-01 09:00,x,3个工作日", *ROWS[2:]]
    path = _csv(tmp_path, bad)
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "3个工作日"]
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: --start-column 受理时间, row 3: is not a date-time; ")
    assert err.endswith("(got '2026-13-01 09:00')\n")


def test_deadline_file_keep_going_reports_bad_rows_and_answers_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--keep-going``: a nightly job gets every good row; each bad one is one line on
    stderr (its row, column and value) and the status is 1."""
    bad = [
        ROWS[0],
        "T009,热线,2026-13-01 09:00,x,3个工作日",
        "T010,热线,,x,3个工作日",
        "T011,热线,2025-10-09,x,3个工作日",
        "T012,热线,2025-10-09 09:00,x,三天半",
        ROWS[1],
    ]
    path = _csv(tmp_path, bad)
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period-column", "时限"]
    status, out, err = run([*argv, "--id-column", "工单号", "--keep-going"], capsys)
    assert status == 1
    assert [line.split("\t")[0] for line in out.splitlines()] == ["T001", "T002"]
    errors = [line for line in err.splitlines() if line.startswith("custops: error: ")]
    assert [line.split(": ")[2] for line in errors] == [
        "--start-column 受理时间, row 2 (工单号 T009)",
        "--start-column 受理时间, row 3 (工单号 T010)",
        "--start-column 受理时间, row 4 (工单号 T011)",
        "--period-column 时限, row 5 (工单号 T012)",
    ]
    assert errors[1].endswith("is empty (got '')")
    assert "is a date without a time" in errors[2]
    assert errors[3].endswith("(got '三天半')")


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("2026-02-27 10:00", "2026-02-28 18:00+08:00"),
        ("2026-02-27T10:00:00", "2026-02-28 18:00+08:00"),
        ("2026-02-27T02:00+00:00", "2026-02-28 18:00+08:00"),
        ("２０２６-０２-２７ １０:００", "2026-02-28 18:00+08:00"),
        ("2026/2/27 10:00", "2026-02-28 18:00+08:00"),
    ],
)
def test_deadline_file_reads_a_start_as_start_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str, due: str
) -> None:
    """R-SLA-08: 2026-02-28 is a make-up working day (调休), so 1天 from Friday ends on it;
    an ISO cell and the other spellings START takes give the same answer."""
    path = _csv(tmp_path, [f"A,{cell}"], header="id,start\n")
    argv = ["deadline", "--file", path, "--start-column", "start", "--period", "1天"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    assert out.split("\t")[0] == due


def test_deadline_file_refuses_a_day_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, ["A,2026-02-30 10:00", "B,2026-02-27 10:00"], header="id,start\n")
    argv = ["deadline", "--file", path, "--start-column", "start", "--period", "1天"]
    status, out, err = run([*argv, "--id-column", "id", "--keep-going"], capsys)
    assert status == 1
    assert out == "B\t2026-02-28 18:00+08:00\t\t2026-02-27 10:00+08:00\t1天\n"
    assert err.startswith("custops: error: --start-column start, row 1 (id A): is not a date-time")
    assert err.endswith("(got '2026-02-30 10:00')\n")


def test_deadline_file_refuses_a_missing_column_naming_the_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, ROWS)
    for option in ("--start-column", "--period-column", "--id-column"):
        argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "1天"]
        argv = [*argv, option, "时间"]
        if option == "--period-column":
            argv.remove("--period")
            argv.remove("1天")
        status, out, err = run(argv, capsys)
        assert (status, out) == (2, "")
        assert err == (
            f"custops: error: {option}: is not a column of {path} (its columns: 工单号, 渠道, "
            "受理时间, 内容, 时限) (got '时间')\n"
        )


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["2025-09-30T16:00"], "START: is given beside --file"),
        (["--period", "1天", "--period-column", "时限"], "--period: give one of --period"),
        ([], "--period: give one of --period"),
    ],
)
def test_deadline_file_refuses_an_unclear_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
) -> None:
    path = _csv(tmp_path, ROWS)
    status, out, err = run(
        ["deadline", "--file", path, "--start-column", "受理时间", *extra], capsys
    )
    assert (status, out) == (2, "")
    assert err.startswith(f"custops: error: {said}")


def test_deadline_file_options_need_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["deadline", "2025-09-30T16:00", "3个工作日", "--start-column", "受理时间"]
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert err == (
        "custops: error: --start-column: applies to a .csv file given with --file "
        "(got '受理时间')\n"
    )
    status, _, err = run(["deadline", "2025-09-30T16:00"], capsys)
    assert status == 2
    assert err.startswith("custops: error: PERIOD: missing: give START and PERIOD, or --file")


def test_deadline_file_refuses_gbk_and_a_file_that_is_not_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes((HEADER + ROWS[0] + "\n").encode("gbk"))
    argv = ["--start-column", "受理时间", "--period", "1天"]
    status, out, err = run(["deadline", "--file", str(gbk), *argv], capsys)
    assert (status, out) == (2, "")
    assert "--file: is not UTF-8 text (byte 0xb9 on line 1); save it as UTF-8" in err
    status, _, err = run(["deadline", "--file", str(tmp_path / "x.txt"), *argv], capsys)
    assert status == 2
    assert "--file: must be a .csv file with a header row" in err


def test_deadline_file_of_a_thousand_rows_is_one_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1,000 tickets (2026-10 … 2027-03, provisional from 2027 on) in one process, every
    row equal to the single-ticket answer with its flag (R-PER-01)."""
    first = dt.datetime(2026, 10, 1, 8, 0, tzinfo=SH)
    starts = [first + dt.timedelta(hours=4 * i + i % 7) for i in range(1000)]
    rows = [f"W{i:04d},热线,{s:%Y-%m-%d %H:%M},x,2个工作日" for i, s in enumerate(starts)]
    path = _csv(tmp_path, rows)
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "2个工作日"]
    status, out, _ = run([*argv, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in answers] == [f"W{i:04d}" for i in range(1000)]
    for i in range(0, 1000, 37):
        assert (answers[i]["due_at"], answers[i]["provisional"]) == _scalar(starts[i], "2个工作日")
    flags = [a["provisional"] for a in answers]
    assert any(flags)
    assert not all(flags)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2027, 12, 20)),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["1个工作日", "3个工作日", "一周", "10天", "24小时"]),
)
def test_every_file_row_is_the_single_ticket_answer(starts: list[dt.datetime], period: str) -> None:
    """Property (R-PER-01): each row of ``deadline --file`` is ``deadline(start, period)``
    with its provisional flag, in the file's order."""
    moments = [s.replace(second=0, microsecond=0, tzinfo=SH) for s in starts]
    rows = [f"{i},{m:%Y-%m-%d %H:%M}" for i, m in enumerate(moments)]
    with tempfile.TemporaryDirectory() as folder:
        path = _csv(Path(folder), rows, header="id,start\n")
        argv = ["deadline", "--file", path, "--start-column", "start", "--period", period]
        out = _captured([*argv, "--id-column", "id", "--json"])
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in answers] == [str(i) for i in range(len(moments))]
    for answer, moment in zip(answers, moments, strict=True):
        assert (answer["due_at"], answer["provisional"]) == _scalar(moment, period)


#: Cells of a start that ``deadline --file --keep-going`` refuses: not a date-time, empty,
#: a date alone, a year outside the calendar's (1950-2100), a count that goes past 2100.
BAD_STARTS = [
    "2026-13-01 09:00",
    "",
    "2025-10-09",
    "1890-03-11 10:00",
    "1949-12-31 23:00",
    "2101-01-02 10:00",
    "2100-12-31 10:00",
]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2027, 12, 20)),
            st.sampled_from(BAD_STARTS),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["1个工作日", "3个工作日", "一周", "10天", "24小时"]),
)
def test_keep_going_answers_good_rows_whatever_bad_rows_are_mixed_in(
    cells: list[dt.datetime | str], period: str
) -> None:
    """Property (R-PER-01, R-SLA-08): with ``--keep-going`` every row the single-ticket
    command answers is that answer with its flag, in the file's order, and every row it
    refuses is one line on stderr naming its row and key, whatever bad rows lie among the
    good ones."""
    texts = [f"{c:%Y-%m-%d %H:%M}" if isinstance(c, dt.datetime) else c for c in cells]
    expected: dict[int, tuple[str, bool]] = {}
    for i, text in enumerate(texts):
        with contextlib.suppress(CustopsError, ValueError):
            moment = dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=SH)
            expected[i] = _scalar(moment, period)
    rows = [f"K{i},{text}" for i, text in enumerate(texts)]
    with tempfile.TemporaryDirectory() as folder:
        path = _csv(Path(folder), rows, header="id,start\n")
        argv = ["deadline", "--file", path, "--start-column", "start", "--period", period]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*argv, "--id-column", "id", "--json", "--keep-going"])
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["id"] for a in answers] == [f"K{i}" for i in sorted(expected)]
    for answer in answers:
        assert (answer["due_at"], answer["provisional"]) == expected[answer["row"] - 1]
    errors = [line for line in err.getvalue().splitlines() if line.startswith("custops: error")]
    refused = [i for i in range(len(cells)) if i not in expected]
    assert [line.split(": ")[2] for line in errors] == [
        f"--start-column start, row {i + 1} (id K{i})" for i in refused
    ]
    assert status == (1 if refused else 0)


def test_keep_going_counts_many_bad_rows_without_recounting_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """400 rows, half of them in 1890 (outside the calendar's years): the starts handed to
    ``deadline_many`` stay a few times the rows, not the rows times the bad rows, and the
    good rows are the single-ticket answers (R-PER-01)."""
    import custops.vector

    counted: list[int] = []
    real = custops.vector.deadline_many

    def counting(starts: list[dt.datetime], *args: Any, **kwargs: Any) -> Any:
        counted.append(len(starts))
        return real(starts, *args, **kwargs)

    monkeypatch.setattr(custops.vector, "deadline_many", counting)
    good = dt.datetime(2026, 3, 10, 10, 0, tzinfo=SH)
    old = "1890-03-10 10:00"
    rows = [f"T{i},{old if i % 2 else f'{good:%Y-%m-%d %H:%M}'}" for i in range(400)]
    path = _csv(tmp_path, rows, header="id,start\n")
    argv = ["deadline", "--file", path, "--start-column", "start", "--period", "3个工作日"]
    status, out, err = run([*argv, "--id-column", "id", "--json", "--keep-going"], capsys)
    assert status == 1
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["row"] for a in answers] == list(range(1, 401, 2))
    assert {(a["due_at"], a["provisional"]) for a in answers} == {_scalar(good, "3个工作日")}
    assert len(err.splitlines()) == 200
    assert sum(counted) < 10 * len(rows)


def test_blank_rows_are_skipped_and_the_rows_keep_their_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty line (as Excel leaves at the end) or a row of empty cells is no ticket:
    ``deadline --file`` answers the others with status 0 and ``classify --file`` prints no
    row for it; the rows after it keep their numbers in the file."""
    path = _csv(tmp_path, [ROWS[0], ",,,,", ROWS[1], ""])
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "3个工作日"]
    status, out, err = run([*argv, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    assert "error" not in err
    assert [(a["id"], a["row"]) for a in map(json.loads, out.splitlines())] == [
        ("T001", 1),
        ("T002", 3),
    ]
    status, out, _ = run(["classify", "--file", path, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    assert [(a["id"], a["row"]) for a in map(json.loads, out.splitlines())] == [
        ("T001", 1),
        ("T002", 3),
    ]
    status, out, _ = run(["classify", "--file", path, "--id-column", "工单号"], capsys)
    assert [line.split("\t")[0] for line in out.splitlines()] == ["T001", "T002"]


def test_a_bad_row_after_a_blank_row_is_named_by_its_row_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, [ROWS[0], "", "T009,热线,2026-13-01 09:00,x,3个工作日"])
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "3个工作日"]
    status, out, err = run([*argv, "--id-column", "工单号"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: --start-column 受理时间, row 3 (工单号 T009): ")


def test_check_reply_skips_blank_rows_of_a_csv_file_and_keeps_row_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check-reply --file`` reads a .csv file as ``classify`` does: a blank row is no
    reply, and the rows after it keep their numbers in the file (R-SVC-01)."""
    path = _csv(tmp_path, ["您好", "", ",", "亲，请稍等"], header="text\n")
    status, out, _ = run(["check-reply", "--file", path, "--json"], capsys)
    assert status == 0
    assert [(a["row"], a["text"]) for a in map(json.loads, out.splitlines())] == [
        (1, "您好"),
        (4, "亲，请稍等"),
    ]


@pytest.mark.parametrize("key", ["A\t1", "B\n2", "C\r3"])
def test_a_key_tsv_would_change_is_refused_naming_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """A key is echoed exactly or refused: a tab or a line break, which a tab-separated
    line writes as a space, is refused naming the column and the row (deadline: a bad row,
    classify: the command); ``--json`` keeps the key as it is."""
    quoted = '"' + key + '"'
    path = _csv(tmp_path, [ROWS[0], f"{quoted},热线,2026-03-10 10:00,门坏了,3个工作日"])
    argv = ["deadline", "--file", path, "--start-column", "受理时间", "--period", "3个工作日"]
    status, out, err = run([*argv, "--id-column", "工单号", "--keep-going"], capsys)
    assert status == 1
    assert [line.split("\t")[0] for line in out.splitlines()] == ["T001"]
    assert err.startswith("custops: error: --id-column 工单号, row 2: holds a tab, a line break")
    assert err.endswith(f"(got {key!r})\n")
    status, out, _ = run([*argv, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["T001", key]
    status, out, err = run(["classify", "--file", path, "--id-column", "工单号"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: --id-column 工单号, row 2: holds a tab, a line break")
    status, out, _ = run(["classify", "--file", path, "--id-column", "工单号", "--json"], capsys)
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["T001", key]


def _captured(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(argv) == 0
    return out.getvalue()


def test_a_command_imports_only_its_group() -> None:
    """``custops deadline`` does not load the classifier (nor the other groups): its start
    is not paid for the commands it does not run."""
    code = (
        "import sys\n"
        "from custops.cli import main\n"
        "assert main(['deadline', '2025-09-30T16:00', '3个工作日', '--brief']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('custops.'))\n"
        "print(' '.join(loaded))\n"
    )
    src = str(Path(__file__).resolve().parent.parent / "src")
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src, "CUSTOPS_LANG": "en_US", "PATH": "/usr/bin:/bin"},
    )
    loaded = set(done.stdout.split())
    assert "custops.cli._periods" in loaded
    assert not loaded & {"custops.cli._complaints", "custops.cli._sla", "custops.cli._demo"}
    assert not any(name.startswith("custops.complaints") for name in loaded)


def test_keep_going_is_one_option_of_both_file_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--keep-going`` of ``deadline --file`` and ``sla schedule --file`` is declared once
    (``cli._common.add_keep_going_option``): off by default, ``--no-keep-going`` too, and
    one help text in both commands' help."""
    import argparse

    from custops.cli._common import add_keep_going_option

    parser = argparse.ArgumentParser()
    add_keep_going_option(parser)
    assert parser.parse_args([]).keep_going is False
    assert parser.parse_args(["--keep-going"]).keep_going is True
    assert parser.parse_args(["--keep-going", "--no-keep-going"]).keep_going is False
    said = "report a bad row on stderr and go on with the others (exit status 1)"
    for command in (["deadline"], ["sla", "schedule"]):
        with pytest.raises(SystemExit) as info:
            main(["--lang", "en", *command, "--help"])
        assert info.value.code == 0
        shown = " ".join(capsys.readouterr().out.split())
        assert f"--keep-going, --no-keep-going {said}" in shown, command
