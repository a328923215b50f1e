"""``custops deadline START --preset NAME ...``: every SLA target's due time (custops.sla).

Rules: R-SLA-05/08/09/10 (winery), R-SLA-01 (dealer), R-SLA-02/03/04 (quality desk),
R-SLA-09/11/12 (tobacco).
"""

from __future__ import annotations

import pytest

from custops.cli import build_parser, main


def run(argv: str | list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI on ``argv`` (a str is split at spaces) and capture its output."""
    status = main(argv.split() if isinstance(argv, str) else argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help_mentions_presets() -> None:
    assert "deadline" in build_parser().format_help()


def test_phone_complaint_to_the_winery_lists_every_target_R_SLA_05_09_10(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        "deadline 2025-09-30T16:00 --preset winery --channel phone --kind complaint",
        capsys,
    )
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "D10: case received 2025-09-30 16:00+08:00 (Tue)"
    assert "(R-SLA-05)" in lines[1]  # the primary rule; every rule on the last line
    assert lines[-1].split() == ["rules:", "R-SLA-05,", "R-SLA-09,", "R-SLA-10"]
    assert "reply" in lines[2]
    assert "2025-10-01 16:00+08:00" in lines[2]
    assert "resolve" in lines[3]
    assert "2025-10-11 18:00+08:00" in lines[3]  # the 调休 Saturday counts
    assert "feedback" in lines[4]
    assert "after resolve stops" in lines[4]


def test_header_in_chinese_R_SLA_05(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: the desk's header in the language chosen by --lang."""
    status, out, _ = run(
        "--lang zh_CN deadline 2025-09-30T16:00 --preset winery --channel phone --kind complaint",
        capsys,
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "D10：受理时间 2025-09-30 16:00+08:00（周二）"
    assert any("R-SLA-05" in line and "2025-10-01 16:00+08:00" in line for line in lines)


def test_brief_chinese_options_and_special_case_R_SLA_08_09(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(
        "deadline --brief 2026-02-13T17:00 --preset 酒厂 "
        "--channel 书面 --kind 投诉 --category 产品质量 --special",
        capsys,
    )
    assert status == 0
    assert out.splitlines() == [
        "acknowledge\t2026-02-14 17:00+08:00",
        "quality_reply\t2026-02-25 18:00+08:00",
        "resolve\t2026-03-02 18:00+08:00",
        "feedback\t2026-03-03 18:00+08:00",
    ]


def test_other_presets_R_SLA_01_02_12(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["deadline", "--brief", "2025-09-30T16:00", "--preset", "D1"], capsys)
    assert (status, out) == (0, "solution\t2025-10-09 18:00+08:00\n")
    status, out, _ = run(
        ["deadline", "--brief", "2026-02-13T10:00", "--preset", "quality", "--kind", "投诉"], capsys
    )
    assert status == 0
    assert out.splitlines()[0] == "agreement\t2026-02-14 18:00+08:00"
    status, out, _ = run(
        "deadline --brief 2025-09-30T16:00 --preset tobacco --kind suggestion --promised 5个工作日",
        capsys,
    )
    assert (status, out) == (0, "promised_reply\t2025-10-14 18:00+08:00\n")


def test_a_case_no_rule_covers_is_an_error_naming_the_desk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run("deadline 2025-09-30T16:00 --preset winery --kind complaint", capsys)
    assert status == 2
    assert "desk 'winery' has no rule for a case with kind=complaint" in err
    # an online complaint is handled as written (issue 17)
    status, out, _ = run(
        "deadline --brief 2025-09-30T16:00 --preset winery --channel online --kind complaint",
        capsys,
    )
    assert (status, out.splitlines()[0]) == (0, "acknowledge\t2025-10-01 16:00+08:00")


def test_plain_period_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["deadline", "--brief", "2025-09-30T16:00", "3个工作日"], capsys)
    assert status == 0
    assert out.startswith("2025-10-11 18:00+08:00")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["deadline", "2025-09-30T16:00"], "PERIOD: is required unless --preset"),
        (["deadline", "2025-09-30T16:00", "1天", "--preset", "winery"], "not both"),
        (["deadline", "2025-09-30", "--preset", "winery"], "START: must be a date-time"),
        (["deadline", "2025-09-30T16:00", "--preset", "bakery"], "is not a preset"),
        (["deadline", "2025-09-30T16:00", "1天", "--channel", "phone"], "needs --preset"),
        (["deadline", "2025-09-30T16:00", "--preset", "winery", "--colour", "x"], "unrecognized"),
        (
            ["deadline", "2025-09-30T16:00", "--preset", "dealer", "--promised", "1天"],
            "has no promised target",
        ),
        (
            ["deadline", "2025-09-30T16:00", "--preset", "dealer", "--cutoff", "midnight"],
            "--cutoff: applies to PERIOD only",
        ),
        (
            ["deadline", "2025-09-30T16:00", "--preset", "dealer", "--convention", "工作时间"],
            "--convention: applies to PERIOD only",
        ),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_status_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if "--colour" in argv:  # argparse's own usage error
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
        assert message in capsys.readouterr().err
        return
    status, out, err = run(argv, capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1
