"""CLI tests for check-reply and change (issue 9; ``custops.cli._service``)."""

from __future__ import annotations

import json

import attrs
import pytest

from custops.cli import main
from custops.service import PhraseFinding, check_reply


def test_R_SVC_01_check_reply_finds_and_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SVC-01: check-reply lists each forbidden phrase and exits 1."""
    assert main(["check-reply", "喂，干什么？"]) == 1
    out = capsys.readouterr().out.splitlines()
    # the phrase and the suggestion are for the customer (Chinese); the kind is for staff
    assert out[0] == "0-5\t喂，干什么\tbrusque\t-> 您好,请把您的需求告知我"
    assert out[-1] == "suggested: 您好,请把您的需求告知我？"


def test_R_SVC_01_check_reply_names_the_kind_in_the_staffs_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-SVC-01 (CONTRIBUTING item 8): the kind of phrase is for staff, in their language."""
    assert main(["--lang", "en_US", "check-reply", "那个老头"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "2-4\t老头\tcontemptuous address\t-> 老伯"
    assert main(["--lang", "zh_CN", "check-reply", "那个老头"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "2-4\t老头\t蔑视性污辱性称谓\t-> 老伯"


def test_R_SVC_01_check_reply_clean(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SVC-01: a polite reply passes with exit 0."""
    assert main(["check-reply", "您好,请稍等"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ")
    assert out.endswith(" [R-SVC-01]\n")
    assert main(["--lang", "zh_CN", "check-reply", "您好,请稍等"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("合格：")
    assert out.endswith(" [R-SVC-01]\n")


def test_R_SVC_02_change(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SVC-02: change prints the cashier's words and the change."""
    assert main(["change", "--amount-received", "100", "--amount-due", "87.5"]) == 0
    assert capsys.readouterr().out == "收您100元,找您12.50元\nchange: 12.50\n"
    assert (
        main(["--lang", "zh_CN", "change", "--amount-received", "100", "--amount-due", "87.5"]) == 0
    )
    assert capsys.readouterr().out == "收您100元,找您12.50元\n找零：12.50\n"  # R-SVC-02
    assert main(["change", "--amount-received", "100", "--amount-due", "87.5", "--uppercase"]) == 0
    assert capsys.readouterr().out.startswith("收您壹佰元整,找您壹拾贰元伍角\n")


def test_R_SVC_02_change_short_payment_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SVC-02: a payment below what is due ends with exit 2 and one line on stderr."""
    assert main(["change", "--amount-received", "80", "--amount-due", "87.50"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "custops: error: --amount-received: is less than the amount due 87.50 (7.50 short) "
        "(got '80')\n"
    )


def test_R_SVC_01_check_reply_json_keeps_the_phrase_that_fired(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-SVC-01, CONTRIBUTING item 9: each finding of ``--json`` holds every field of the
    library's ``PhraseFinding``, ``phrase`` included: the forbidden phrase the policy
    matched (老头), which differs from the ``text`` found (老头子)."""
    assert main(["check-reply", "那个老头子", "--json"]) == 1
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    library = check_reply("那个老头子").findings[0]
    assert set(finding) == {field.name for field in attrs.fields(PhraseFinding)}
    assert (finding["text"], finding["phrase"]) == ("老头子", "老头")
    assert (finding["text"], finding["phrase"]) == (library.text, library.phrase)
