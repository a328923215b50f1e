"""Tests of `custops classify` (issue 5, item 8; R-CMP-01..03, R-CMP-07)."""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import main
from custops.complaints import Evidence, classify
from custops.i18n import stray_words


def _evidence(out: str, rule: str) -> str:
    """The evidence line of ``rule`` (its wording is the classifier's)."""
    found = [line for line in out.splitlines() if rule in line]
    assert len(found) == 1, (rule, out)
    return found[0]


def test_classify_prints_decision_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "酒里有沉淀，我要退货，已经打了12315"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("kind: complaint (rule ")
    assert "category: return or exchange (rule rx.demand)" in out
    assert "department: quality department" in out
    assert "severity hints: regulator" in out
    assert out.splitlines()[5].startswith("reason: ")
    assert "[3:5]" in _evidence(out, "rx.sediment")
    assert "沉淀" in _evidence(out, "rx.sediment")
    assert "[15:20]" in _evidence(out, "sig.regulator")


def test_classify_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: the labels in Chinese; rule IDs and evidence stay as they are (R-CMP-01)."""
    assert main(["--lang", "zh_CN", "classify", "酒里有沉淀，我要退货，已经打了12315"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("类型：投诉（规则「")
    assert "类别：退换货（规则「rx.demand」）" in lines
    assert "承办部门：质量部" in lines
    assert "严重程度线索：监管部门" in lines
    assert lines[5].startswith("理由：")
    assert lines[6].startswith("问题：退换货")  # then explain()'s account
    assert "[3:5]" in _evidence(out, "rx.sediment")
    assert stray_words(out, code="zh_CN") == ()


def test_classify_says_when_nothing_matched(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "qqq"]) == 0
    out = capsys.readouterr().out
    assert "kind: no action (no rule: by default)" in out
    assert "confidence: 0.0" in out
    assert "severity hints: none" in out
    assert "scores" not in out


def test_classify_shows_suppressed_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "不是质量问题，是服务员态度太差"]) == 0
    out = capsys.readouterr().out
    assert "category: service quality" in out
    suppressed = _evidence(out, "pq.defect")
    assert "[2:6]" in suppressed
    assert 'cancelled by "不是"' in suppressed


def test_classify_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", "请问你们几点关门？"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "consultation"
    assert data["category"] == "other"
    assert data["matched"] is True
    assert {e["rule_id"] for e in data["evidence"]} >= {"kind.question", "ot.topic"}


def test_classify_needs_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify"]) == 2
    assert "TEXT: missing" in capsys.readouterr().err


def test_classify_prints_explains_evidence_lines(capsys: pytest.CaptureFixture[str]) -> None:
    """R-CMP-01: after the reason, the lines of ``explain()``: a learned n-gram's weight is
    marked as such, what the learned layer adds is said, and a rule's second match says it
    is not added again."""
    text = "耳机有杂音"
    assert main(["classify", text]) == 0
    out = capsys.readouterr().out
    result = classify(text)
    assert out.splitlines()[:2] == [
        "kind: complaint (learned layer)",
        "category: product quality (learned layer)",
    ]
    assert out.rstrip("\n").endswith(result.explain().split("\n", 1)[1])
    assert "learned layer adds" in out
    assert out.count("(n-gram weight)") == 2
    assert main(["classify", "太差，太差"]) == 0
    out = capsys.readouterr().out
    assert "not added again" in _evidence(out, "kind.complaint [3:5]")
    assert "not added again" in _evidence(out, "pq.bare-verdict [3:5]")


def test_classify_in_chinese_names_no_rule_for_the_learned_layer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-CMP-01: ``learned`` and ``default`` are no rule IDs, so no 「…」 rule quotes them."""
    assert main(["--lang", "zh_CN", "classify", "耳机有杂音"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "类型：投诉（学习模型）",
        "类别：产品质量（学习模型）",
    ]
    assert main(["--lang", "zh_CN", "classify", "qqq"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "类型：无需处理（无规则：默认）"


def test_classify_json_evidence_has_every_evidence_field(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 5, item 9: each key is a field of ``Evidence``; a match after a contrast
    says so (``stressed``), and the cue that turned a match (``flipped_by``)."""
    assert main(["classify", "--json", "服务员态度还行，但是太差劲了"]) == 0
    data = json.loads(capsys.readouterr().out)
    fields = [f.name for f in attrs.fields(Evidence)]
    for piece in data["evidence"] + data["suppressed"]:
        assert list(piece) == fields
    stressed = [e for e in data["evidence"] if e["rule_id"] == "kind.complaint"]
    assert [(e["weight"], e["stressed"], e["flipped_by"]) for e in stressed] == [(8, True, "")]
    assert main(["classify", "--json", "不新鲜"]) == 0
    flipped = json.loads(capsys.readouterr().out)["evidence"]
    assert any(e["flipped_by"] == "不" for e in flipped)


def test_classify_json_keys_are_those_the_docs_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", "酒里有沉淀，我要退货"]) == 0
    keys = set(json.loads(capsys.readouterr().out))
    docs = (Path(__file__).resolve().parent.parent / "docs" / "complaints.md").read_text("utf-8")
    listed = docs.split("`--json` prints the classification", 1)[1].split("`evidence` and", 1)[0]
    assert {*re.findall(r"`(\w+)`", listed), "evidence", "suppressed"} == keys


@pytest.mark.parametrize("text", ["-服务员态度太差", "-1星，服务员态度太差"])
def test_classify_takes_a_text_that_starts_with_a_minus(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 9: the TEXT the user gave is the TEXT, not an unknown option (R-CMP-01)."""
    assert main(["classify", text]) == 0
    assert capsys.readouterr().out.startswith("kind: complaint")
    assert main(["classify", "--json", text]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == classify(text).kind.value


def test_classify_says_a_repair_request(capsys: pytest.CaptureFixture[str]) -> None:
    """A repair request (报修) is told by a line of its own and in --json (R-CMP-01)."""
    assert main(["--lang", "zh_CN", "classify", "空调不制冷，麻烦派人来看一下"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[5] == "报修：是，不计入投诉统计"
    assert lines[6].startswith("理由：")
    assert "报修：报告故障" in lines[6]
    assert main(["classify", "空调又坏了，麻烦派人来看一下"]) == 0
    assert "repair request" not in capsys.readouterr().out
    assert main(["classify", "--json", "空调不制冷，麻烦派人来看一下"]) == 0
    assert json.loads(capsys.readouterr().out)["repair_request"] is True
    assert main(["classify", "--json", "空调又坏了，麻烦派人来看一下"]) == 0
    assert json.loads(capsys.readouterr().out)["repair_request"] is False


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("zh_CN", "未读懂：没有规则有把握地读懂这段文字，请人工阅读"),
        (
            "en_US",
            "not read (quiet): no rule read this text with confidence; a person should read it",
        ),
    ],
)
def test_classify_says_a_quiet_text_is_not_read_R_CMP_01(
    capsys: pytest.CaptureFixture[str], language: str, line: str
) -> None:
    """R-CMP-01: a text no rule reads (``quiet``) says so in a line of its own, right after
    the confidence, in the output's language; ``--json`` has ``quiet``."""
    text = "上回那个事"
    assert classify(text).quiet
    assert main(["--lang", language, "classify", text]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[4] == line
    assert main(["classify", "--json", text]) == 0
    assert json.loads(capsys.readouterr().out)["quiet"] is True


def test_classify_says_nothing_of_quiet_for_a_text_it_reads_R_CMP_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-CMP-01: a text a rule reads (here a complaint) has no not-read line, and ``--json``
    says ``quiet`` false."""
    text = "酒里有沉淀，我要退货"
    assert not classify(text).quiet
    for language in ("zh_CN", "en_US"):
        assert main(["--lang", language, "classify", text]) == 0
        out = capsys.readouterr().out
        assert "未读懂" not in out
        assert "not read" not in out
    assert main(["classify", "--json", text]) == 0
    assert json.loads(capsys.readouterr().out)["quiet"] is False


@contextlib.contextmanager
def _stdin(stream: io.TextIOWrapper) -> Iterator[None]:
    """The standard input ``stream`` for the ``with`` block (a pipe, not a terminal)."""
    saved, sys.stdin = sys.stdin, stream
    try:
        yield
    finally:
        sys.stdin = saved


#: The mark of a row whose text a person should read (``quiet``), in each language.
MARKS = {"zh_CN": "待人工阅读", "en_US": "for a person to read"}


@pytest.mark.parametrize("language", sorted(MARKS))
def test_a_row_marks_a_quiet_text_for_a_person_to_read_R_CMP_01(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CMP-01: a row of ``--brief`` has the kind, category, department, rule, the mark of
    a text no rule read with confidence (``quiet``) or an empty cell, and the text last."""
    quiet, read = "上回那个事", "酒里有沉淀，我要退货"
    assert classify(quiet).quiet
    assert not classify(read).quiet
    assert main(["--lang", language, "classify", quiet, "--brief"]) == 0
    cells = capsys.readouterr().out.rstrip("\n").split("\t")
    assert cells[3:] == ["R-CMP-01", MARKS[language], quiet]
    assert main(["--lang", language, "classify", read, "--brief"]) == 0
    cells = capsys.readouterr().out.rstrip("\n").split("\t")
    assert cells[3:] == ["R-CMP-03", "", read]


def test_file_rows_mark_the_texts_for_a_person_as_json_says_quiet_R_CMP_01(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CMP-01: every row of ``--file`` (a blank line too: nothing in it read, ``quiet``)
    has the mark where its ``--json`` row has ``quiet`` true, and only there; with
    ``--id-column`` the mark is the sixth cell, after the key."""
    texts = ["上回那个事", "酒里有沉淀，我要退货", "", "请问几点开门？", "这个怎么弄？"]
    path = tmp_path / "texts.txt"
    path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    expected = [classify(text).quiet for text in texts]
    assert expected == [True, False, True, False, True]
    assert main(["--lang", "zh_CN", "classify", "--file", str(path)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [row[4] for row in rows] == [MARKS["zh_CN"] if q else "" for q in expected]
    assert [row[5] for row in rows] == texts
    assert [len(row) for row in rows] == [6] * len(texts)
    assert rows[2][:4] == ["无需处理", "其他", "客户关系部", "R-CMP-01"]  # the blank line
    assert main(["classify", "--file", str(path), "--json"]) == 0
    quiet = [json.loads(line)["quiet"] for line in capsys.readouterr().out.splitlines()]
    assert quiet == expected
    table = tmp_path / "tickets.csv"
    table.write_text("工单号,内容\nT1,上回那个事\nT2,酒里有沉淀\n", encoding="utf-8")
    argv = ["--lang", "en_US", "classify", "--file", str(table), "--id-column", "工单号"]
    assert main(argv) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(row[0], row[5], row[6]) for row in rows] == [
        ("T1", MARKS["en_US"], "上回那个事"),
        ("T2", "", "酒里有沉淀"),
    ]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["上回那个事", "酒里有沉淀", "谢谢", "", "这个", "请问"])))
def test_the_mark_of_every_row_is_quiet_of_classify_R_CMP_01(texts: list[str]) -> None:
    """R-CMP-01: in a row of the standard input, the fifth cell is the mark exactly when
    ``classify`` of its text is ``quiet``, whatever the texts around it."""
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO("".join(t + "\n" for t in texts).encode()), "utf-8")
    with contextlib.redirect_stdout(out), _stdin(stdin):
        assert main(["--lang", "en_US", "classify", "-"]) == 0
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert [row[4] for row in rows] == [MARKS["en_US"] if classify(t).quiet else "" for t in texts]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["classify", "--brief", "谢谢", "你好"], "你好"),
        (["classify", "my", "card", "was", "blocked"], "card was blocked"),
        (["check-reply", "喂", "干什么"], "干什么"),
    ],
)
def test_words_after_the_one_text_are_refused_naming_text_and_the_way_to_give_many(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """TEXT is one text: more words after it (a second text, or a text with spaces not
    quoted) are refused naming TEXT and the words, pointing to --file and -, status 2."""
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "custops: error: TEXT: takes one text, and these words follow it; give several texts "
        "one a line with --file PATH or - (the standard input), and quote a text that has "
        f"spaces (got {words!r})\n"
    )
    with pytest.raises(SystemExit) as exit_:  # an unknown option: argparse's usage error
        main(["classify", "谢谢", "--brif"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == (
        "custops: error: unrecognized arguments: --brif (see --help)\n"
    )
