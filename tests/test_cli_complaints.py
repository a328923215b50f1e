"""Tests of `custops classify` (issue 5, item 8; R-CMP-01..03, R-CMP-07)."""

from __future__ import annotations

import json

import pytest

from custops.cli import main


def test_classify_prints_decision_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "酒里有沉淀，我要退货，已经打了12315"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("kind:       投诉 (complaint; rule ")
    assert "category:   退换货 (return_exchange; rule rx.demand)" in out
    assert "department: 质量部 (quality)" in out
    assert "rx.sediment [3:5] '沉淀'" in out
    assert "监管部门 (regulator)" in out


def test_classify_says_when_nothing_matched(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "xyz"]) == 0
    out = capsys.readouterr().out
    assert "no rule matched" in out
    assert "confidence: 0.0" in out
    assert "evidence:" not in out


def test_classify_shows_suppressed_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "不是质量问题，是服务员态度太差"]) == 0
    out = capsys.readouterr().out
    assert "category:   服务质量" in out
    assert "suppressed: pq.defect [2:6] '质量问题'" in out
    assert "negated by '不是'" in out


def test_classify_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", "请问你们几点关门？"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "consultation"
    assert data["category"] == "other"
    assert data["matched"] is True
    assert {e["rule"] for e in data["evidence"]} >= {"kind.question", "ot.topic"}


def test_classify_needs_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["classify"])
    assert exc.value.code == 2
    assert "TEXT" in capsys.readouterr().err
