"""Tests of `custops classify` (issue 5, item 8; R-CMP-01..03, R-CMP-07)."""

from __future__ import annotations

import json

import pytest

from custops.cli import main
from custops.i18n import stray_words


def _evidence(out: str, rule: str) -> str:
    """The evidence line of ``rule`` (its wording is the classifier's)."""
    found = [line for line in out.splitlines() if rule in line]
    assert len(found) == 1, (rule, out)
    return found[0]


def test_classify_prints_decision_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "酒里有沉淀，我要退货，已经打了12315"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('kind: "投诉" (rule ')
    assert 'category: "退换货" (rule rx.demand)' in out
    assert 'department: "质量部"' in out
    assert 'severity hints: "监管部门"' in out
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
    assert lines[6] == "依据："
    assert "[3:5]" in _evidence(out, "rx.sediment")
    assert stray_words(out, code="zh_CN") == ()


def test_classify_says_when_nothing_matched(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "qqq"]) == 0
    out = capsys.readouterr().out
    assert "(rule default)" in out
    assert "confidence: 0.0" in out
    assert "severity hints: none" in out
    assert "evidence:" not in out


def test_classify_shows_suppressed_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "不是质量问题，是服务员态度太差"]) == 0
    out = capsys.readouterr().out
    assert 'category: "服务质量"' in out
    suppressed = _evidence(out, "pq.defect")
    assert suppressed.startswith("  suppressed: ")
    assert "[2:6]" in suppressed
    assert "不是" in suppressed


def test_classify_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", "请问你们几点关门？"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "consultation"
    assert data["category"] == "other"
    assert data["matched"] is True
    assert {e["rule_id"] for e in data["evidence"]} >= {"kind.question", "ot.topic"}


def test_classify_needs_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["classify"])
    assert exc.value.code == 2
    assert "TEXT" in capsys.readouterr().err
