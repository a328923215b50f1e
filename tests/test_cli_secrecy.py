"""`custops secrecy` subcommands: default levels of kinds of matter (R-SEC-01, R-SEC-02)."""

from __future__ import annotations

import pytest

from custops.cli import main
from custops.i18n import language
from custops.secrecy import default_level


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("合同", 'secret (R-SEC-02): "合同" is "秘密" by default'),
        ("财务报表", 'confidential (R-SEC-02): "财务报表" is "机密" by default'),
        ("重大决策", 'top secret (R-SEC-02): "重大决策" is "绝密" by default'),
        ("business license", 'secret (R-SEC-02): "营业执照" is "秘密" by default'),
        ("通知", 'unclassified (R-SEC-01): "通知" is outside the secrecy scope: not classified'),
    ],
)
def test_R_SEC_02_default_level(capsys: pytest.CaptureFixture[str], kind: str, line: str) -> None:
    """R-SEC-02: the answer line is the outcome, the rule and the reason (docs/cli.md)."""
    assert main(["secrecy", "default-level", kind]) == 0
    assert capsys.readouterr().out == line + "\n"


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
@pytest.mark.parametrize("kind", ["重大决策", "财务报表", "合同", "营业执照", "通知"])
def test_R_SEC_01_02_default_level_prints_the_librarys_str(
    capsys: pytest.CaptureFixture[str], lang: str, kind: str
) -> None:
    """R-SEC-01/02: the line is ``str(default_level(kind, explain=True))``, in either language."""
    assert main(["--lang", lang, "secrecy", "default-level", kind]) == 0
    with language(lang):
        expected = str(default_level(kind, explain=True))
    assert capsys.readouterr().out == expected + "\n"


def test_R_SEC_02_kind_without_default_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["secrecy", "default-level", "客户信息"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    head = "custops: error: KIND: customer information (customer_information) is in"
    assert captured.err.startswith(head)
    assert "classify it explicitly" in captured.err
    assert "level=" not in captured.err  # a library keyword: no command takes a level
    assert captured.err.count("\n") == 1


def test_unknown_kind_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["secrecy", "default-level", "菜单"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "custops: error: KIND: is not a known MatterKind; one of: major_decision, "
    )
    assert err.endswith(", administrative_paper (got '菜单')\n")
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
    assert capsys.readouterr().out == "秘密（R-SEC-02）：合同默认定为秘密\n"
    assert main(["--lang", "zh_CN", "secrecy", "default-level", "通知"]) == 0
    assert capsys.readouterr().out == "非密（R-SEC-01）：通知不属于保密范围，不定密级\n"
    assert main(["--lang", "zh_CN", "secrecy", "kinds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "客户信息\tcustomer_information\t无默认密级：须明确定密" in lines


def test_secrecy_needs_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["secrecy"])
    assert info.value.code == 2
    assert "custops secrecy: error:" in capsys.readouterr().err
