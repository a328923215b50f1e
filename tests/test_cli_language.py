"""The language of the ``custops`` command (issue 15 item 1): ``--lang``, ``CUSTOPS_LANG``.

The tests under ``tests/`` run with ``en_US`` active, so Chinese is asked for explicitly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings

from custops.cli import build_parser, main
from custops.deposits import refund_schedule
from custops.i18n import current_language, language, stray_words
from custops.periods import Period
from custops.testing import dates, periods

DEMO_FIRST_LINE = {
    "zh_CN": "演示：用内置示例逐项展示本工具的回答",
    "en_US": "custops demo: the library on a built-in example",
}


@pytest.fixture(autouse=True)
def _no_language_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUSTOPS_LANG", raising=False)


def _demo(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main([*argv, "demo"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(
    ("spelling", "code"),
    [("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("en_US", "en_US"), ("en", "en_US")],
)
def test_lang_option_chooses_the_language(
    capsys: pytest.CaptureFixture[str], spelling: str, code: str
) -> None:
    assert _demo(capsys, "--lang", spelling)[0] == DEMO_FIRST_LINE[code]
    assert _demo(capsys, f"--lang={spelling}")[0] == DEMO_FIRST_LINE[code]


def test_without_option_or_variable_the_active_language_is_used(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _demo(capsys)[0] == DEMO_FIRST_LINE["en_US"]  # the tests' language
    with language("zh_CN"):
        assert _demo(capsys)[0] == DEMO_FIRST_LINE["zh_CN"]


def test_environment_variable_and_option_precedence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CUSTOPS_LANG", "zh_CN")
    assert _demo(capsys)[0] == DEMO_FIRST_LINE["zh_CN"]
    assert _demo(capsys, "--lang", "en_US")[0] == DEMO_FIRST_LINE["en_US"]  # the option wins
    monkeypatch.setenv("CUSTOPS_LANG", "  ")
    assert _demo(capsys)[0] == DEMO_FIRST_LINE["en_US"]  # blank: as if unset
    monkeypatch.setenv("CUSTOPS_LANG", "zh_CN.UTF-8")  # as $LANG writes a POSIX locale
    assert _demo(capsys)[0] == DEMO_FIRST_LINE["zh_CN"]


def test_the_callers_language_is_restored(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh_CN", "uppercase", "1"]) == 0
    assert capsys.readouterr().out == "壹元整\n"
    assert current_language() == "en_US"


@pytest.mark.parametrize("value", ["fr", "zh-yue", ""])
def test_bad_lang_option_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--lang", value, "demo"])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("custops: error: argument --lang: ")
    assert f"{value!r} is not a language custops speaks; one of: zh_CN, en_US" in captured.err
    assert captured.err.count("\n") == 1


@pytest.mark.parametrize("value", ["zh_TW", "zh-Hant", "zh_HK.UTF-8"])
def test_a_traditional_chinese_lang_is_refused_saying_what_to_choose(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """``--lang`` and ``$CUSTOPS_LANG`` give the library's own refusal: Traditional Chinese
    is not written, choose zh_CN or en_US."""
    for argv in (["--lang", value, "demo"], ["demo"]):
        monkeypatch.setenv("CUSTOPS_LANG", value)
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert f"{value!r} is Traditional Chinese, which custops does not write: " in err
        assert "choose zh_CN (Simplified Chinese) or en_US" in err
        assert err.count("\n") == 1


@pytest.mark.parametrize("value", ["en-SG", "en_AU.UTF-8", "en-Latn-SG"])
def test_any_english_lang_prints_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """An English region's code, as ``--lang`` or ``$CUSTOPS_LANG``, is en_US."""
    with language("zh_CN"):
        assert main(["--lang", value, "workdays", "check", "2026-02-14"]) == 0
        by_option = capsys.readouterr().out
        monkeypatch.setenv("CUSTOPS_LANG", value)
        assert main(["workdays", "check", "2026-02-14"]) == 0
        by_variable = capsys.readouterr().out
        assert main(["--lang", "en_US", "workdays", "check", "2026-02-14"]) == 0
        assert by_option == by_variable == capsys.readouterr().out
    assert by_option == "2026-02-14 Sat: make-up working day (调休上班), working day\n"


def test_bad_environment_variable_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CUSTOPS_LANG", "klingon")
    with pytest.raises(SystemExit) as info:
        main(["demo"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: environment variable CUSTOPS_LANG: 'klingon' is not")
    assert err.count("\n") == 1
    assert main(["--lang", "en", "uppercase", "2"]) == 0  # an explicit option needs no variable


def test_errors_stay_english_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Exception messages are for developers and stay English (issue 15)."""
    assert main(["--lang", "zh_CN", "uppercase", "-1"]) == 2
    assert capsys.readouterr().err.startswith("custops: error: AMOUNT: is negative")


def test_help_follows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with language("zh_CN"):
        text = build_parser().format_help()
    assert "输出所用的语言（默认取环境变量 CUSTOPS_LANG，未设置时为 zh_CN）" in text
    assert "用内置示例逐项展示本工具" in text
    assert "the language of what is printed" in build_parser().format_help()
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "vip", "quote", "--help"])
    assert "每行只享一项优惠" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv", [[], ["vip", "quote"], ["secrecy", "default-level"], ["archive", "lend"]]
)
def test_chinese_help_uses_one_colon(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """docs/i18n.md: the Chinese help writes every heading with a full-width colon
    (``用法：``, ``位置参数：``, ``选项：``), never argparse's ASCII one after a translated
    heading; the English help keeps ``options:``."""
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", *argv, "--help"])
    text = capsys.readouterr().out
    assert text.startswith("用法：")
    assert "选项：\n" in text
    assert "位置参数：\n" in text or not argv
    assert not [line for line in text.splitlines() if line.endswith(("参数:", "选项:"))]
    with pytest.raises(SystemExit):
        main(["--lang", "en_US", *argv, "--help"])
    english = capsys.readouterr().out
    assert "\noptions:\n" in english


def test_json_keeps_stable_keys_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    documents = []
    for code in ("zh_CN", "en_US"):
        assert main(["--lang", code, "classify", "--json", "酒里有沉淀，我要退货"]) == 0
        documents.append(json.loads(capsys.readouterr().out))
    chinese, english = documents
    assert chinese.keys() == english.keys()
    for data in documents:
        assert (data["kind"], data["category"], data["department"]) == (
            "complaint",
            "return_exchange",
            "quality",
        )
    assert [e["rule_id"] for e in chinese["evidence"]] == [
        e["rule_id"] for e in english["evidence"]
    ]


def test_demo_in_chinese_has_no_stray_english(capsys: pytest.CaptureFixture[str]) -> None:
    """Every line of the Chinese demo is Chinese: rule IDs and units only (issue 15)."""
    lines = _demo(capsys, "--lang", "zh_CN")
    assert lines[0] == DEMO_FIRST_LINE["zh_CN"]
    assert "  到期：2025-10-11 18:00+08:00（周六）" in lines  # R-SLA-08: the 调休 Saturday
    assert "  100.00 按权重 1、1、1 分摊：33.34、33.33、33.33（合计 100.00）" in lines
    assert any(line.startswith("  李娜（员工）可以知悉吗？拒绝（R-SEC-04）：") for line in lines)
    stray = {line: stray_words(line, code="zh_CN") for line in lines}
    assert {line: words for line, words in stray.items() if words} == {}


def test_demo_in_english_holds_chinese_only_quoted(capsys: pytest.CaptureFixture[str]) -> None:
    """The refund notice is for the member, so it is Chinese in every language (R-DEP-01)."""
    lines = _demo(capsys, "--lang", "en_US")
    assert '  6007.14 in capital figures: "陆仟零柒元壹角肆分"' in lines
    notice = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    assert all(f"    {line}" in lines for line in notice.render().splitlines())
    for_staff = set(lines) - {f"    {line}" for line in notice.render().splitlines()}
    stray = {line: stray_words(line, code="en_US") for line in for_staff}
    assert {line: words for line, words in stray.items() if words} == {}


def test_environment_variable_in_a_real_process() -> None:
    env = {k: v for k, v in os.environ.items() if k != "CUSTOPS_LANG"}
    outputs = []
    for value in ("en_US", "zh_CN"):
        done = subprocess.run(
            [sys.executable, "-m", "custops", "workdays", "check", "2025-10-11"],
            capture_output=True,
            text=True,
            check=False,
            env={**env, "CUSTOPS_LANG": value},
        )
        assert done.returncode == 0
        outputs.append(done.stdout)
    assert outputs == [
        "2025-10-11 Sat: make-up working day (调休上班), working day\n",
        "2025-10-11 周六：调休上班，上班\n",
    ]


@settings(max_examples=25, deadline=None)
@given(
    dates(max_value=dt.date(2026, 12, 31)),
    periods(["days", "workdays", "hours", "months"], max_count=30),
)
def test_day_checks_and_deadlines_print_one_language(day: dt.date, period: Period) -> None:
    """Property (issue 15): what `workdays check` and `deadline` print for drawn days and
    periods is in the chosen language alone (R-SLA-08 calendar, arts. 200-204)."""
    start = f"{day.isoformat()}T16:00"
    for code in ("zh_CN", "en_US"):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["--lang", code, "workdays", "check", day.isoformat()]) == 0
            assert main(["--lang", code, "deadline", start, str(period)]) == 0
        lines = out.getvalue().splitlines()
        assert len(lines) >= 3
        assert {
            line: stray_words(line, code=code) for line in lines if stray_words(line, code=code)
        } == {}
