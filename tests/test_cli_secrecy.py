"""`custops secrecy` subcommands: default levels of kinds of matter (R-SEC-01, R-SEC-02)."""

from __future__ import annotations

import pytest

from custops.cli import main


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("合同", '"合同": level "秘密" [R-SEC-02]'),
        ("财务报表", '"财务报表": level "机密" [R-SEC-02]'),
        ("重大决策", '"重大决策": level "绝密" [R-SEC-02]'),
        ("business license", '"营业执照": level "秘密" [R-SEC-02]'),
        ("通知", '"通知": not classified ("非密") [R-SEC-01]'),
    ],
)
def test_R_SEC_02_default_level(capsys: pytest.CaptureFixture[str], kind: str, line: str) -> None:
    assert main(["secrecy", "default-level", kind]) == 0
    assert capsys.readouterr().out == line + "\n"


def test_R_SEC_02_kind_without_default_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["secrecy", "default-level", "客户信息"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("custops: error: KIND: 客户信息 (customer_information) is in")
    assert "classify it explicitly" in captured.err
    assert "level=" not in captured.err  # a library keyword: no command takes a level
    assert captured.err.count("\n") == 1


def test_unknown_kind_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["secrecy", "default-level", "菜单"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "custops: error: KIND: is not a known MatterKind; one of: major_decision (重大决策), "
    )
    assert err.endswith(", administrative_paper (行政管理资料) (got '菜单')\n")
    assert err.count("\n") == 1


def test_R_SEC_02_kinds_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["secrecy", "kinds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 34
    assert '合同\tcontract\tlevel "秘密"' in lines
    assert "客户信息\tcustomer_information\tno default: classify explicitly" in lines
    assert '通知\tnotice\tnot classified ("非密")' in lines


def test_R_SEC_01_02_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: levels in Chinese; the key column stays what KIND accepts."""
    assert main(["--lang", "zh_CN", "secrecy", "default-level", "合同"]) == 0
    assert capsys.readouterr().out == "合同：密级 秘密 [R-SEC-02]\n"
    assert main(["--lang", "zh_CN", "secrecy", "default-level", "通知"]) == 0
    assert capsys.readouterr().out == "通知：不属于秘密（非密） [R-SEC-01]\n"
    assert main(["--lang", "zh_CN", "secrecy", "kinds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "客户信息\tcustomer_information\t无默认密级：须明确定密" in lines


def test_secrecy_needs_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["secrecy"])
    assert info.value.code == 2
    assert "custops secrecy: error:" in capsys.readouterr().err
