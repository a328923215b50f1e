"""``custops sla schedule RECEIVED_AT --preset NAME ...``: every SLA target's due time
(custops.sla), and ``custops sla presets``: the desks' names.

Rules: R-SLA-05/08/09/10 (winery), R-SLA-01 (dealer), R-SLA-02/03/04 (quality desk),
R-SLA-09/11/12 (tobacco).
"""

from __future__ import annotations

import json

import pytest

from custops.cli import build_parser, main
from custops.sla import presets


def run(argv: str | list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI on ``argv`` (a str is split at spaces) and capture its output."""
    status = main(argv.split() if isinstance(argv, str) else argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help_lists_the_sla_group() -> None:
    assert "sla " in build_parser().format_help()


def test_phone_complaint_to_the_winery_lists_every_target_R_SLA_05_09_10(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        "sla schedule 2025-09-30T16:00 --preset winery --channel phone --kind complaint",
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
        "--lang zh_CN sla schedule 2025-09-30T16:00 --preset winery "
        "--channel phone --kind complaint",
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
        "sla schedule --brief 2026-02-13T17:00 --preset 酒厂 "
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
    status, out, _ = run(
        ["sla", "schedule", "--brief", "2025-09-30T16:00", "--preset", "D1"], capsys
    )
    assert (status, out) == (0, "solution\t2025-10-09 18:00+08:00\n")
    status, out, _ = run(
        ["sla", "schedule", "--brief", "2026-02-13T10:00", "--preset", "quality", "--kind", "投诉"],
        capsys,
    )
    assert status == 0
    assert out.splitlines()[0] == "agreement\t2026-02-14 18:00+08:00"
    status, out, _ = run(
        "sla schedule --brief 2025-09-30T16:00 --preset tobacco "
        "--kind suggestion --promised 2个工作日",
        capsys,
    )
    assert (status, out) == (
        0,
        "promised_reply\t2025-10-10 18:00+08:00\nresolve\t2025-10-11 18:00+08:00\n",
    )


def test_a_case_no_rule_covers_is_an_error_naming_the_desk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run("sla schedule 2025-09-30T16:00 --preset winery --kind complaint", capsys)
    assert status == 2
    # item 9: the error names the options the case lacks (the desk's rules read them), not
    # --preset, which is fine
    assert err == (
        "custops: error: --channel: not given, and desk 'winery' reads the channel of a case "
        "with kind=complaint; give it (one of phone, online, written, forwarded, in_person)\n"
    )
    status, out, err = run("sla schedule 2026-10-01T10:00+08:00 --preset quality", capsys)
    assert status == 2
    assert err.rstrip().endswith(
        "--kind: not given, and desk 'quality' reads the kind of a case with no attributes; "
        "give it (one of no_action, praise, consultation, suggestion, complaint)"
    )
    # an online complaint is handled as written (issue 17)
    status, out, _ = run(
        "sla schedule --brief 2025-09-30T16:00 --preset winery --channel online --kind complaint",
        capsys,
    )
    assert (status, out.splitlines()[0]) == (0, "acknowledge\t2025-10-01 16:00+08:00")


def test_a_plain_period_is_the_deadline_command(capsys: pytest.CaptureFixture[str]) -> None:
    """``deadline START PERIOD`` asks one question; the desks' schedules are ``sla schedule``."""
    status, out, _ = run(["deadline", "--brief", "2025-09-30T16:00", "3个工作日"], capsys)
    assert status == 0
    assert out.startswith("2025-10-11 18:00+08:00")
    for gone in (["--preset", "winery"], ["--kind", "complaint"], ["--special"]):
        with pytest.raises(SystemExit) as exc:
            main(["deadline", "2025-09-30T16:00", "3个工作日", *gone])
        assert exc.value.code == 2
        assert "unrecognized arguments" in capsys.readouterr().err
    for gone in (["--cutoff", "midnight"], ["--convention", "working_time"]):
        with pytest.raises(SystemExit):
            main(["sla", "schedule", "2025-09-30T16:00", "--preset", "dealer", *gone])
        assert "unrecognized arguments" in capsys.readouterr().err


def test_presets_lists_the_names_preset_takes(capsys: pytest.CaptureFixture[str]) -> None:
    """``sla presets``: each desk's name (what --preset takes), its source and its label
    (in English its words first)."""
    status, out, _ = run("sla presets", capsys)
    assert status == 0
    assert out.splitlines() == [
        "dealer\tD1\tcar dealer complaints (汽车经销商客户投诉)",
        "quality\tD5\tquality system complaints (质量体系客户投诉)",
        "winery\tD10\twinery complaints (酒厂客户投诉)",
        "tobacco\tD14\tcigarette complaints (卷烟客户投诉)",
    ]
    status, out, _ = run("sla presets --json", capsys)
    assert status == 0
    rows = json.loads(out)["presets"]
    assert [row["name"] for row in rows] == list(presets.names())
    assert rows[2] == {
        "name": "winery",
        "source": "D10",
        "label": "酒厂客户投诉",
        "targets": [
            {"name": name, "label": presets.WINERY.target_named(name).label}
            for name in ("reply", "acknowledge", "register", "quality_reply", "resolve", "feedback")
        ],
    }
    for row in rows:  # every name listed is one --preset takes
        assert (
            run(
                [
                    "sla",
                    "schedule",
                    "2025-09-30T16:00",
                    "--preset",
                    row["name"],
                    "--kind",
                    "praise",
                    "--brief",
                ],
                capsys,
            )[0]
            == 0
        )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sla", "schedule", "2025-09-30T16:00"], "required: --preset"),
        (
            ["sla", "schedule", "--preset", "winery"],
            "RECEIVED_AT: missing: give RECEIVED_AT, or --file PATH",
        ),
        (
            ["sla", "schedule", "2025-09-30", "--preset", "winery"],
            "RECEIVED_AT: is a date without a time; give a date-time such as "
            "2025-09-30T16:00 or 2025-09-30T16:00+08:00 (also 2025/9/30 16:00 or 2025.9.30 16:00"
            ") (got '2025-09-30')",
        ),
        (["sla", "schedule", "yesterday", "--preset", "winery"], "RECEIVED_AT: is not a date"),
        (
            ["sla", "schedule", "2025-09-30T16:00", "--preset", "bakery"],
            "--preset: is not a preset",
        ),
        (
            ["sla", "schedule", "2025-09-30T16:00", "--preset", "winery", "--colour", "x"],
            "unrecognized",
        ),
        (
            ["sla", "schedule", "2025-09-30T16:00", "--preset", "dealer", "--promised", "1天"],
            "has no promised target",
        ),
        (
            ["sla", "schedule", "2025-09-30T16:00", "--preset", "tobacco", "--promised", "soon"],
            "--promised: is not a period",
        ),
        (  # the case selects no promised target: --promised would change nothing
            [
                *("sla", "schedule", "2025-09-30T16:00", "--preset", "tobacco"),
                *("--kind", "complaint", "--promised", "3天"),
            ],
            "--promised: rule 'complaint' of preset 'tobacco' selects no promised target for "
            "this case (got '3天')",
        ),
        (["sla", "schedule", "2025-09-30T16:00", "--preset", "dealer", "--kind", "x"], "--kind:"),
        (  # R-SLA-09: the dealer desk has no special period; --special would change nothing
            [
                *("sla", "schedule", "2025-09-30T16:00", "--preset", "dealer"),
                *("--kind", "complaint", "--special"),
            ],
            "--special: desk 'dealer' has no special period",
        ),
        (  # R-SLA-09, R-SLA-11: a consultation is never special, as Case.classify says
            [
                *("sla", "schedule", "2026-03-02T09:00", "--preset", "tobacco"),
                *("--kind", "咨询", "--special"),
            ],
            "--special: only a complaint or a suggestion has it, not a consultation",
        ),
        (["deadline", "2025-09-30T16:00"], "PERIOD: missing: give START and PERIOD"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_status_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if "--colour" in argv or "required" in message:  # argparse's own usage error
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


@pytest.mark.parametrize("typed", ["2025-13-30T16:00", "yesterday", "2025-09-30"])
def test_a_refused_received_at_suggests_only_what_the_command_takes(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """CONTRIBUTING item 9 (an error tells the user what to type): the forms a refusal of
    RECEIVED_AT suggests are date-times, each of which the command takes; a bare date,
    which it refuses, is never suggested."""
    argv = [
        "sla",
        "schedule",
        typed,
        "--preset",
        "winery",
        "--kind",
        "complaint",
        "--channel",
        "电话",
    ]
    status, _out, err = run(argv, capsys)
    assert status == 2
    assert "RECEIVED_AT:" in err
    hint = err.partition(" (also")[0]
    suggested = [w.strip(",") for w in hint.split() if w[:1].isdigit()]
    assert suggested == ["2025-09-30T16:00", "2025-09-30T16:00+08:00"]
    for form in suggested:
        assert run(["sla", "schedule", form, *argv[3:]], capsys)[0] == 0


@pytest.mark.parametrize(
    ("channel", "key"),
    [
        ("热线投诉", "phone"),
        ("熱線投訴", "phone"),
        ("客服热线", "phone"),
        ("网络投诉", "online"),
        ("12315投诉", "forwarded"),
    ],
)
def test_schedule_reads_a_channel_followed_by_complaint_R_CMP_04(
    channel: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--channel 热线投诉``: any channel spelling followed by 投诉 is that channel (R-CMP-04)."""
    argv = ["sla", "schedule", "2025-09-30T16:00", "--preset", "winery", "--kind", "complaint"]
    status, out, _err = run([*argv, "--channel", channel, "--json"], capsys)
    assert status == 0
    assert out == run([*argv, "--channel", key, "--json"], capsys)[1]


def test_special_not_given_is_none_as_the_library_reads_it() -> None:
    """``--special``/``--no-special`` give the fact; neither leaves it not given (``None``,
    as ``SlaPolicy.select`` takes it), so ``--no-special`` is not the same as absent."""
    argv = ["sla", "schedule", "2025-09-30T16:00", "--preset", "winery"]
    parser = build_parser()
    assert parser.parse_args(argv).special is None
    assert parser.parse_args([*argv, "--special"]).special is True
    assert parser.parse_args([*argv, "--no-special"]).special is False


@pytest.mark.parametrize("typed", ["2025-13-30T16:00", "2025-09-30", "２０２５-09-30"])
def test_received_at_that_is_no_date_time_is_refused_in_one_wording(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """CONTRIBUTING item 9: one argument, one wording of "not a date-time" and of what to
    write; a date alone is said to be one."""
    argv = ["sla", "schedule", typed, "--preset", "winery", "--kind", "complaint"]
    status, _out, err = run([*argv, "--channel", "电话"], capsys)
    assert status == 2
    assert "; give a date-time such as 2025-09-30T16:00 or 2025-09-30T16:00+08:00" in err
    assert ("is a date without a time" in err) is (typed != "2025-13-30T16:00")
    assert ("is not a date-time" in err) is (typed == "2025-13-30T16:00")


def test_a_major_complaint_says_where_its_escalation_is_timed_R_CMP_07(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-CMP-07: the escalation of a major complaint is the case's target (counted from the
    classification as major), not the desk's: ``sla schedule --severity major`` does not
    list it as due, but says it exists, its period and where it is timed; a general
    complaint has no such line, and ``--brief`` keeps its rows (the line on stderr)."""
    argv = ["--lang", "en_US", "sla", "schedule", "2025-02-05T16:00", "--preset", "dealer"]
    status, out, _err = run([*argv, "--kind", "complaint", "--severity", "major"], capsys)
    assert status == 0
    assert out.splitlines()[-1] == (
        "  escalation: a major complaint is also escalated within 2 hours of its "
        "classification as major; the case times it (custops.complaints.Case, "
        "CasePolicy.escalation_period), not this schedule [R-CMP-07]"
    )
    status, out, _err = run([*argv, "--kind", "complaint", "--severity", "general"], capsys)
    assert "escalat" not in out
    major = [*argv, "--kind", "complaint", "--severity", "major", "--brief"]
    status, out, err = run(major, capsys)
    assert (status, out) == (0, "solution\t2025-02-06 18:00+08:00\n")
    assert err.startswith("custops: note: escalation: a major complaint is also escalated")


def test_schedule_json_names_the_matched_rule_and_its_chinese_label_R_SLA_05(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``sla schedule --json``: the matched rule by its key and by its Chinese label (R-SLA-05)."""
    argv = ["sla", "schedule", "2025-09-30T16:00", "--preset", "winery", "--kind", "complaint"]
    status, out, _err = run([*argv, "--channel", "phone", "--json"], capsys)
    assert status == 0
    document = json.loads(out)
    assert (document["matched_rule"], document["matched_label"]) == ("phone complaint", "电话投诉")
