"""The command line as an operations analyst uses it: dates typed as people write them,
options after the command, ``--brief`` values alone on stdout, and the plain words of the
answers (docs/cli.md, "Conventions")."""

from __future__ import annotations

import argparse
import io
import json
import shlex
from pathlib import Path

import pytest

from custops.cli import build_parser, main
from custops.complaints import classify_many
from custops.i18n import language


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
        "2025-10-11 Sat: make-up working day (调休上班), working day\n"
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
        "custops: error: DAY: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
        f"2025.9.30 (got {typed!r})\n"
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
    import custops.cli._calendars

    def interrupted(_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(custops.cli._calendars, "_cmd_workdays", interrupted)
    assert run(["workdays", "add", "2025-09-30", "3"], capsys) == (
        130,
        "",
        "custops: interrupted\n",
    )


def test_a_closed_pipe_exits_141_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import custops.cli._calendars

    def closed(_args: object) -> int:
        raise BrokenPipeError

    monkeypatch.setattr(custops.cli._calendars, "_cmd_workdays", closed)
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
    shown = "2025-10-01 Wed: public holiday (法定节假日) (National Day), rest day\n"
    assert run(argv, capsys) == (0, shown, "")


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


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """The standard input holding ``data``, as a pipe gives it (not a terminal)."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


#: Texts and what classify_many says of each, the rows of the answers (R-CMP-01, R-CMP-03):
#: a blank line is nothing to handle and, read by no rule (``quiet``), for a person to read
TEXTS = ["酒里有沉淀", "", "请问几点开门？", "服务员态度太差"]
ROWS = [
    "投诉\t退换货\t质量部\tR-CMP-03\t\t酒里有沉淀",
    "无需处理\t其他\t客户关系部\tR-CMP-01\t待人工阅读\t",
    "咨询\t其他\t客户关系部\tR-CMP-01\t\t请问几点开门？",
    "投诉\t服务质量\t营销办\tR-CMP-03\t\t服务员态度太差",
]


def test_classify_reads_a_file_one_text_a_line_R_CMP_01_R_CMP_03(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One row per line, in order, a blank line a row of its own (nothing to handle), a
    Windows line end read as a line end."""
    path = tmp_path / "texts.txt"
    path.write_bytes("\r\n".join(TEXTS).encode("utf-8") + b"\r\n")
    status, out, err = run(["--lang", "zh_CN", "classify", "--file", str(path)], capsys)
    assert (status, out.splitlines(), err) == (0, ROWS, "")


def test_classify_reads_the_standard_input_R_CMP_03(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "\n".join(TEXTS).encode("utf-8"))  # no line break at the end
    assert run(["--lang", "zh_CN", "classify", "-"], capsys) == (0, "\n".join(ROWS) + "\n", "")
    _stdin(monkeypatch, "酒里有沉淀\n".encode())
    status, out, _err = run(["classify", "-", "--json"], capsys)
    assert status == 0
    [line] = out.splitlines()
    row = json.loads(line)
    assert (row["row"], row["text"], row["kind"], row["rule"]) == (
        1,
        "酒里有沉淀",
        "complaint",
        "R-CMP-03",
    )
    assert row["category"] == "return_exchange"


def test_the_rows_are_classify_many_s_in_the_input_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = ["送餐太慢了，饭都凉了", "请问几点开门？", "送餐太慢了，饭都凉了", "谢谢你们的耐心服务"]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    status, out, _err = run(["classify", "--file", str(path), "--json"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    columns = classify_many(texts)
    assert status == 0
    assert [r["row"] for r in rows] == [1, 2, 3, 4]
    assert [r["text"] for r in rows] == texts
    for key in ("kind", "category", "department", "rule", "reason"):
        assert [r[key] for r in rows] == columns[key], key


def test_classify_reads_the_text_column_of_a_csv_file_R_CMP_03(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The column named 投诉内容 (or text, content, 内容), a quoted cell over two lines one
    row, a short row a blank text; --column chooses another column; a UTF-8 BOM (Excel's
    "CSV UTF-8") is no part of the header."""
    path = tmp_path / "complaints.csv"
    text = 'id,投诉内容,备注\n1,酒里有沉淀,x\n2,"请问\n几点开门？",y\n3\n'
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    status, out, _err = run(["classify", "--file", str(path), "--json"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["text"] for r in rows] == ["酒里有沉淀", "请问\n几点开门？", ""]
    assert [r["kind"] for r in rows] == ["complaint", "consultation", "no_action"]
    argv = ["--lang", "zh_CN", "classify", "--file", str(path), "--column", "备注"]
    status, out, _err = run(argv, capsys)
    assert (status, [line.split("\t")[-1] for line in out.splitlines()]) == (0, ["x", "y", ""])
    # a text over two lines stays one row of the TSV
    status, out, _err = run(["classify", "--file", str(path)], capsys)
    assert out.splitlines()[1].endswith("\t请问 几点开门？")


def test_a_csv_file_of_one_column_needs_no_column_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.CSV"
    path.write_text("留言\n酒里有沉淀\n", encoding="utf-8")
    status, out, _err = run(["classify", "--file", str(path), "--json"], capsys)
    assert (status, json.loads(out)["kind"]) == (0, "complaint")


@pytest.mark.parametrize(
    ("content", "argv", "message"),
    [
        (
            "a,b\n1,2\n",
            [],
            "--file: has no column named text, content, 内容, 投诉内容 (its columns: a, b); "
            "name the text column with --column NAME (got '{path}')",
        ),
        (
            "a,b\n1,2\n",
            ["--column", "c"],
            "--column: is not a column of {path} (its columns: a, b) (got 'c')",
        ),
        ("", [], "--file: has no header row (got '{path}')"),
    ],
)
def test_a_csv_file_without_a_text_column_is_refused(
    content: str,
    argv: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(content, encoding="utf-8")
    status, out, err = run(["classify", "--file", str(path), *argv], capsys)
    assert (status, out) == (2, "")
    assert err == f"custops: error: {message.format(path=path)}\n"


def test_a_file_that_is_not_utf8_or_cannot_be_read_is_refused_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("请问\n酒里有沉淀\n".encode("gbk"))
    status, out, err = run(["classify", "--file", str(gbk)], capsys)
    assert (status, out) == (2, "")
    assert err == (
        "custops: error: --file: is not UTF-8 text (byte 0xc7 on line 1); save it as UTF-8 "
        f"(in Excel: CSV UTF-8) (got '{gbk}')\n"
    )
    missing = tmp_path / "missing.txt"
    status, out, err = run(["check-reply", "--file", str(missing)], capsys)
    assert (status, out) == (2, "")
    assert err == (
        f"custops: error: --file: cannot be read: No such file or directory (got '{missing}')\n"
    )
    _stdin(monkeypatch, b"\xff\n")
    status, out, err = run(["classify", "-"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: TEXT: the standard input is not UTF-8 text (byte 0xff")
    assert err.count("\n") == 1


@pytest.mark.parametrize("typed", ["texts.txt", "@texts.txt"])
def test_a_text_that_names_a_file_is_classified_as_text_with_a_hint_R_CMP_01(
    typed: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "texts.txt").write_text("酒里有沉淀\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["--lang", "en_US", "classify", typed, "--brief"], capsys)
    assert (status, out) == (
        0,
        "no action\tother\tcustomer relations department\tR-CMP-01\tfor a person to read\t"
        f"{typed}\n",
    )
    assert err == (
        "custops: hint: texts.txt is a file, but TEXT is read as the text itself; did you "
        "mean --file texts.txt?\n"
    )


def test_classify_refuses_text_and_file_together_and_neither(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "t.txt"
    path.write_text("x\n", encoding="utf-8")
    status, out, err = run(["classify", "好", "--file", str(path)], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: TEXT: is given beside --file")
    assert run(["classify"], capsys) == (
        2,
        "",
        "custops: error: TEXT: missing: give TEXT, - to read texts from the standard input, "
        "or --file PATH\n",
    )
    status, _out, err = run(["classify", "好", "--column", "text"], capsys)
    assert (status, err) == (
        2,
        "custops: error: --column: names a column of a .csv file given with --file (got 'text')\n",
    )


def test_check_reply_reads_many_texts_and_exits_1_when_one_has_a_forbidden_phrase_R_SVC_01(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "喂,干什么\n\n您好，请问有什么可以帮您？\n".encode())
    status, out, _err = run(["--lang", "zh_CN", "check-reply", "-"], capsys)
    assert status == 1
    assert out.splitlines() == [
        "忌语：喂,干什么\t您好,请把您的需求告知我\t喂,干什么",
        "无忌语\t\t",
        "无忌语\t您好，请问有什么可以帮您？\t您好，请问有什么可以帮您？",
    ]
    _stdin(monkeypatch, "您好\n".encode())
    status, out, _err = run(["check-reply", "-", "--json"], capsys)
    assert status == 0
    assert json.loads(out) | {"findings": []} == {
        "row": 1,
        "text": "您好",
        "rule": "R-SVC-01",
        "allowed": True,
        "findings": [],
        "suggested_text": "您好",
        "reason": json.loads(out)["reason"],
    }


def test_a_deadline_at_midnight_names_its_last_day_R_PER_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Art. 203 ¶2: the last day, the 调休 working Saturday 2025-10-11, ends at 24:00, the
    instant 2025-10-12 00:00; the answer names Saturday, not Sunday, in both languages and in
    the full answer; a deadline at its close of business is shown as before."""
    argv = ["deadline", "2025-09-30T16:00", "3个工作日", "--cutoff", "midnight"]
    assert run(["--lang", "zh_CN", *argv, "--brief"], capsys)[1] == (
        "2025-10-12 00:00+08:00（周六 24:00）\n"
    )
    status, out, _err = run(["--lang", "en_US", *argv], capsys)
    assert (status, out.splitlines()[0]) == (0, "2025-10-12 00:00+08:00 (Sat 24:00)")
    argv = ["--lang", "en_US", "deadline", "2025-09-30T16:00", "3个工作日", "--brief"]
    assert run(argv, capsys)[1] == "2025-10-11 18:00+08:00 (Sat)\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["deadline", "2026-12-30T10:00", "3个工作日", "--brief"],
        ["deadline", "2026-12-30", "次月2日", "--brief"],
        ["sla", "schedule", "2026-12-31T10:00", "--preset", "dealer", "--brief"],
        ["archive", "due", "2026-12-28", "--brief"],
        ["exchange", "change-due", "2026-12-28", "--brief"],
        ["vip", "report-due", "--on", "2026-12-15", "--brief"],
        ["workdays", "add", "2026-12-30", "3"],
    ],
)
def test_brief_prints_bare_values_and_the_provisional_note_on_stderr_R_PER_01(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """2027 has no published arrangement (the data ends with 2026): the value(s) on stdout,
    one note on stderr, the same words whatever the command; a due time of ``deadline`` and
    ``sla schedule`` is marked provisional on stdout too (a script that drops stderr still
    sees it: a trailing mark, a last column of a tab-separated row), and so is a day alone;
    ``workdays`` answers a count or a day with no mark (its answers are days, not due times)."""
    status, out, err = run(["--lang", "zh_CN", *argv], capsys)
    assert status == 0
    if argv[0] == "deadline":
        assert out.endswith("）（暂定）\n")
    elif argv[0] in ("archive", "exchange", "vip"):
        day, mark = out.rstrip("\n").split("（", 1)
        assert (len(day), mark) == (10, "暂定）")  # an ISO day, then the mark
    elif argv[0] == "sla":
        rows = [line.split("\t") for line in out.splitlines()]
        assert {len(row) for row in rows} <= {2, 3}
        assert [row[2:] for row in rows if len(row) == 3] == [["暂定"]] * len(rows)
    else:
        assert "暂定" not in out
        assert "（" not in out.replace("（周", "")  # a weekday, nothing else in brackets
    assert err == (
        "custops: 提示：CN 2027 年的放假安排尚未公布：按法定节假日作答（暂定）；"
        "通知公布后，请完整录入：用 --holiday 给出每个放假日、用 --makeup-workday 给出每个"
        "调休上班日；只加 --final-year 2027 会沿用法定节假日，与有调休的通知不符\n"
    )
    status, _out, err = run(["--lang", "zh_CN", *argv, "--final-year", "2027"], capsys)
    assert (status, err) == (0, "")


def test_strict_refuses_in_one_message(capsys: pytest.CaptureFixture[str]) -> None:
    """``--strict`` on an unpublished year: the refusal alone, one line, no note before it."""
    for argv in (
        ["deadline", "2026-12-30", "3个工作日", "--strict"],
        ["deadline", "2026-12-30", "3个工作日", "--strict", "--brief"],
        ["workdays", "add", "2026-12-30", "3", "--strict"],
    ):
        status, out, err = run(argv, capsys)
        assert (status, out) == (2, "")
        assert err == (
            "custops: error: --strict: the official CN holiday arrangement for 2027 is not "
            "published in the data (last: 2026); type in the notice whole: every day off with "
            "--holiday and every make-up working day with --makeup-workday (--final-year 2027 "
            "alone answers from the statutory holidays, which a notice with make-up days does "
            "not match)\n"
        )


def test_workdays_check_names_the_calendar_rule_and_its_data_R_CAL_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A calendar lookup answers by the calendar's own rule (R-CAL-01), not a working-day
    rule that counts on it (R-SLA-01), and gives the data the day comes from."""
    status, out, _err = run(["workdays", "check", "2025-10-01", "--json"], capsys)
    data = json.loads(out)
    assert status == 0
    assert data["rule"] == "R-CAL-01"
    assert "holidays" in data["source"]
    assert (data["outcome"], data["holiday_name"]) == ("holiday", "国庆节")


def test_a_swapped_rest_day_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    """2025-10-08, a rest day in exchange for the working Saturday 2025-10-11 (R-SLA-08):
    the kind says 调休休息, the name says from which day, with no brackets in brackets."""
    argv = ["--lang", "zh_CN", "workdays", "check", "2025年10月8日"]
    assert run(argv, capsys)[1] == "2025-10-08 周三：调休休息（由 2025-10-11 调休），休息\n"
    _status, out, _err = run(["workdays", "check", "2025-10-08", "--json"], capsys)
    # R-CAL-01: custops' name, the same under every release of the holidays package
    assert json.loads(out)["holiday_name"] == "休息日（由 2025-10-11 调休）"


@pytest.mark.parametrize("line", ["199x2", "199X2", "199×2", "199*2", "199 X 2"])
def test_a_quantity_is_read_after_any_times_sign_R_VIP_01(
    line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run(["vip", "quote", line, "--on", "2025-10-01", "--json"], capsys)
    assert status == 0
    [priced] = json.loads(out)["lines"]
    assert (priced["list_price"], priced["quantity"], priced["amount"]) == ("199.00", 2, "398.00")


def test_no_card_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(
        ["--lang", "zh_CN", "vip", "quote", "199", "--on", "2025-10-01"], capsys
    )
    assert (status, out.splitlines()[0]) == (0, "会员卡：未出示会员卡")
    argv = [
        "--lang",
        "zh_CN",
        "vip",
        "quote",
        "199",
        "--on",
        "2025-10-01",
        "--born-on",
        "1990-01-01",
        "--valid-points",
        "0",
    ]
    assert (
        run(argv, capsys)[1].splitlines()[0] == "会员卡：有效 — 会员卡 VIP-0001 有效期至 2027-10-01"
    )


def test_an_undecodable_byte_is_shown_as_the_byte(capsys: pytest.CaptureFixture[str]) -> None:
    """A byte the command line cannot decode (Python reads it as a lone surrogate) is shown
    as typed, ``\\xff``; a backslash typed before ``udcff`` stays as it is."""
    status, out, err = run(["uppercase", "\udcff12"], capsys)
    assert (status, out) == (2, "")
    assert err.endswith("(got '\\xff12')\n")
    assert "udc" not in err
    status, _out, err = run(["uppercase", "\\udcff"], capsys)
    assert err.endswith("(got '\\\\udcff')\n")


def test_purchasing_cost_groups_the_thousands_of_every_amount_R_PUR_02(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--lang", "zh_CN", "purchasing", "cost", "per_tonne", "100"]
    status, out, _err = run([*argv, "--actual", "5675", "--tonnes", "10"], capsys)
    assert (status, out.splitlines()[1]) == (0, "  采购部门承担 4,675.00")
    status, out, _err = run([*argv, "--actual", "500", "--tonnes", "20"], capsys)
    assert out.splitlines()[1:] == ["  采购部门分得 1,500.00"]


def test_an_exact_payment_needs_no_change_R_SVC_02(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--lang", "zh_CN", "change", "--amount-received", "100", "--amount-due", "100"]
    # the library's default: 找您0元 is said, as cash_announcement says it
    assert run(argv, capsys) == (0, "收您100元,找您0元\n无需找零\n", "")
    quiet = [*argv, "--no-announce-zero-change"]
    assert run(quiet, capsys) == (0, "收您100元\n无需找零\n", "")
    status, out, _err = run([*quiet, "--json"], capsys)
    assert (status, json.loads(out)["change"], json.loads(out)["spoken"]) == (
        0,
        "0.00",
        "收您100元",
    )
    argv = ["--lang", "zh_CN", "change", "--amount-received", "10000", "--amount-due", "87.5"]
    assert run(argv, capsys)[1] == "收您10000元,找您9912.50元\n找零：9,912.50\n"


def _parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    """Every command and subcommand of ``custops``, by its words (``workdays add``)."""
    found: list[tuple[str, argparse.ArgumentParser]] = []

    def walk(parser: argparse.ArgumentParser, words: str) -> None:
        found.append((words, parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    if child not in (p for _w, p in found):
                        walk(child, f"{words} {name}".strip())

    walk(build_parser(), "")
    return found


@pytest.mark.parametrize("code", ["zh_CN", "en_US"])
def test_every_help_is_in_plain_words_with_a_description(code: str) -> None:
    """No word of the project's own (种子制度, the seed, a module path, 本库) in any --help;
    every command and subcommand says what it does in a description line."""
    with language(code):
        for words, parser in _parsers():
            text = parser.format_help()
            for jargon in ("种子", "seed", "custops.", "本库", "library", "YYYY"):
                assert jargon not in text, (words, jargon)
            assert parser.description, words


#: The commands whose --help ends with examples (例：).
EXAMPLES = ["classify", "deadline", "workdays", "workdays add", "refund", "vip quote"]


@pytest.mark.parametrize("command", [*EXAMPLES, "sla schedule"])
def test_the_main_commands_show_examples_that_run(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each example of the help runs as shown (a file or a pipe aside) and answers."""
    with language("zh_CN"):
        parser = dict(_parsers())[command]
        text = parser.format_help()
    _head, _sep, examples = text.partition("\n例：\n")
    assert examples, command
    lines = [line.strip() for line in examples.splitlines() if line.strip()]
    assert len(lines) >= 3
    for line in lines:
        if "|" in line or "--file" in line:
            continue
        argv = shlex.split(line)
        assert argv[0] == "custops"
        status, out, err = run(argv[1:], capsys)
        assert (status, err) == (0, ""), line
        assert out, line
