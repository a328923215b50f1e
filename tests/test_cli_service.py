"""CLI tests for check-reply and change (issue 9; ``custops.cli._service``)."""

from __future__ import annotations

import json

import attrs
import pytest

from custops.cli import main
from custops.service import PhraseFinding, ServicePolicy, cash_announcement, check_reply


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


@pytest.mark.parametrize(
    ("received", "due"), [("1280.50", "1280.50"), ("100", "87.5"), ("50", "50"), ("1", "0.01")]
)
@pytest.mark.parametrize("announce", [True, False])
def test_R_SVC_02_change_says_what_the_library_says(
    capsys: pytest.CaptureFixture[str], received: str, due: str, announce: bool
) -> None:
    """R-SVC-02 (D13 第四章 7 「收您××元,找您××元」): ``custops change`` says what
    ``cash_announcement`` says under the same policy, the library's default (找您0元 for an
    exact payment) unless ``--no-announce-zero-change``, so a till and a script agree."""
    flag = "--announce-zero-change" if announce else "--no-announce-zero-change"
    argv = ["change", "--amount-received", received, "--amount-due", due, "--json"]
    assert main([*argv, flag]) == 0
    printed = json.loads(capsys.readouterr().out)["spoken"]
    policy = ServicePolicy(announce_zero_change=announce)
    said = cash_announcement(amount_received=received, amount_due=due, policy=policy).spoken
    assert printed == said
    if announce:
        assert main(argv) == 0  # the default is the library's
        assert json.loads(capsys.readouterr().out)["spoken"] == said
    assert ("找您" in said) == (announce or received != due)


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
