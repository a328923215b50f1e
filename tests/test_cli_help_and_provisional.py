"""The help texts of ``custops classify`` and ``custops sla schedule`` say what the commands
do, and ``sla schedule`` says when its due times are provisional (a year counted through has
no published arrangement), as ``deadline`` does.

Rules: R-CMP-01 (the five kinds), R-SLA-05/09/10 (the winery desk's schedule).
"""

from __future__ import annotations

import json
import re

import pytest

from custops.calendars import china
from custops.cli import build_parser, main
from custops.complaints import Kind
from custops.i18n import language


def _help(*command: str) -> str:
    parser = build_parser()
    for name in command:  # the sub-parser of each word
        actions = [a for a in parser._actions if a.choices and name in a.choices]
        parser = actions[0].choices[name]  # type: ignore[index]
    return " ".join(parser.format_help().split())


@pytest.mark.parametrize("code", ["en_US", "zh_CN"])
def test_classify_help_names_every_kind_R_CMP_01(code: str) -> None:
    """The description lists the five kinds the command gives, not three."""
    with language(code):
        text = _help("classify")
    if code == "zh_CN":
        assert all(kind.label in text for kind in Kind)
    else:
        for words in ("consultation", "suggestion", "complaint", "praise", "no action needed"):
            assert words in text


@pytest.mark.parametrize(
    ("code", "words"), [("en_US", "the targets and their due times"), ("zh_CN", "目标及其到期时间")]
)
def test_sla_schedule_brief_help_says_the_targets_are_printed(code: str, words: str) -> None:
    """``--brief`` prints one ``target<TAB>due`` line per target; the help says so."""
    with language(code):
        text = _help("sla", "schedule")
    assert words in text


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # the library's warning is not printed: the answer says it
    return captured.out


def _brief(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """What ``--brief`` prints: the bare value(s) on stdout, a provisional note on stderr."""
    assert main([*argv, "--brief"]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def _note(year: int) -> str:
    """The one line ``--brief`` (and ``workdays``) print on stderr for a provisional year."""
    return (
        f"custops: note: the CN holiday arrangement for {year} is not published yet: answered "
        "from the statutory holidays (provisional); once the notice is out, type it in whole: "
        "every day off with --holiday and every make-up working day with --makeup-workday; "
        f"--final-year {year} alone keeps the statutory days, which a notice with make-up days "
        "does not match\n"
    )


_WINERY = ["--preset", "winery", "--channel", "phone", "--kind", "complaint"]


def test_sla_schedule_marks_a_provisional_answer_R_SLA_05_09_10(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Received at the end of the last published year, the resolve and feedback targets
    are counted into the next year, which has no arrangement yet: every form says so."""
    year = (china().published_through or 2030) + 1
    received = f"{year - 1}-12-30T10:00"
    text = _run(["--lang", "en_US", "sla", "schedule", received, *_WINERY], capsys)
    assert text.splitlines()[0].endswith(f"(provisional: the {year} arrangement is not published)")
    brief, note = _brief(["--lang", "en_US", "sla", "schedule", received, *_WINERY], capsys)
    lines = {row[0]: row[1:] for row in (line.split("\t") for line in brief.splitlines())}
    assert lines["reply"] == [f"{year - 1}-12-31 10:00+08:00"]  # 24 hours: the published year
    assert lines["resolve"][0].startswith(f"{year}-01-")
    assert lines["resolve"][0].endswith(":00+08:00")  # the bare due time
    assert lines["resolve"][1:] == ["provisional"]  # marked in its own column
    assert note == _note(year)
    data = json.loads(_run(["sla", "schedule", received, *_WINERY, "--json"], capsys))
    assert data["provisional"] is True


def test_sla_schedule_in_a_published_year_is_not_provisional_R_SLA_05(
    capsys: pytest.CaptureFixture[str],
) -> None:
    received = "2025-09-30T16:00"
    text = _run(["--lang", "en_US", "sla", "schedule", received, *_WINERY], capsys)
    assert "provisional" not in text
    brief, note = _brief(["sla", "schedule", received, *_WINERY], capsys)
    assert "暂定" not in brief
    assert note == ""
    data = json.loads(_run(["sla", "schedule", received, *_WINERY, "--json"], capsys))
    assert data["provisional"] is False


def test_sla_schedule_never_marks_a_wall_time_step_provisional_R_SLA_05(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-SLA-05: a 24-hour reply received in an unpublished year does not depend on the
    calendar (docs/sla.md), so it is not marked; the 3-working-day resolve is, and so is the
    feedback chained after it (its start is tentative)."""
    received = "2099-09-30T16:00"
    brief, note = _brief(["--lang", "en_US", "sla", "schedule", received, *_WINERY], capsys)
    lines = {row[0]: row[1:] for row in (line.split("\t") for line in brief.splitlines())}
    assert lines["reply"] == ["2099-10-01 16:00+08:00"]
    assert [row[1:] for row in lines.values()] == [[], ["provisional"], ["provisional"]]
    assert all(row[0].endswith(":00+08:00") for row in lines.values())
    assert note == _note(2099)
    data = json.loads(_run(["sla", "schedule", received, *_WINERY, "--json"], capsys))
    assert [step["provisional"] for step in data["steps"]] == [False, True, True]
    assert data["provisional"] is True
    assert "started_at" in data["steps"][0]


@pytest.mark.parametrize("period", ["3个工作日", "次月2日"])
def test_deadline_brief_prints_the_bare_deadline_and_the_note_on_stderr_R_PER_01(
    period: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-PER-01: ``--brief`` prints the deadline alone on stdout, in both languages, and a
    deadline counted into a year with no published arrangement says so in one line on
    stderr, as ``sla schedule --brief`` and ``workdays`` do; the full answer marks its first
    line."""
    year = (china().published_through or 2030) + 1
    start = f"{year - 1}-12-30T10:00"
    brief, note = _brief(["--lang", "en_US", "deadline", start, period], capsys)
    assert len(brief.splitlines()) == 1
    assert brief.endswith(") (provisional)\n")  # marked on stdout too: stderr may be dropped
    assert note == _note(year)
    chinese, note = _brief(["--lang", "zh_CN", "deadline", start, period], capsys)
    assert chinese.endswith("）（暂定）\n")
    assert note == (
        f"custops: 提示：CN {year} 年的放假安排尚未公布：按法定节假日作答（暂定）；"
        "通知公布后，请完整录入：用 --holiday 给出每个放假日、用 --makeup-workday 给出每个"
        f"调休上班日；只加 --final-year {year} 会沿用法定节假日，与有调休的通知不符\n"
    )
    full = _run(["--lang", "en_US", "deadline", start, period], capsys)
    head = brief.strip().removesuffix(" (provisional)")
    head += f" (provisional: the {year} arrangement is not published)"
    assert full.splitlines()[0] == head


def test_deadline_brief_notes_exactly_when_the_json_says_provisional_R_PER_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A final answer has no note; the note and ``--json``'s ``provisional`` agree."""
    year = (china().published_through or 2030) + 1
    for start, period in (
        ("2025-09-30T16:00", "3个工作日"),
        (f"{year - 1}-12-31T16:00", "24小时"),
        (f"{year - 1}-12-31", "1个月"),
    ):
        argv = ["--lang", "en_US", "deadline", start, period]
        _out, note = _brief(argv, capsys)
        data = json.loads(_run([*argv, "--json"], capsys))
        assert bool(note) is data["provisional"]
    assert _run(
        ["--lang", "zh_CN", "deadline", "2025-09-30T16:00", "3个工作日", "--brief"], capsys
    ) == ("2025-10-11 18:00+08:00（周六）\n")


#: Commands that apply no company's policy: a tour, the capital amount (GB/T), the
#: calendar and the Civil Code's periods
_NO_POLICY = {"demo", "uppercase", "workdays", "deadline"}


def _command_helps() -> dict[str, str]:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if a.choices and "refund" in a.choices]
    return {a.dest: str(a.help) for a in commands._choices_actions}  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", ["en_US", "zh_CN"])
def test_every_commands_help_names_the_policy_it_applies(code: str) -> None:
    """``custops --help`` says whose policy each command applies (D1…D15), so a reader of
    another trade sees at once that a command is not theirs."""
    with language(code):
        helps = _command_helps()
    assert set(helps) > _NO_POLICY
    for name, text in helps.items():
        if name not in _NO_POLICY:
            assert re.search(r"\bD\d+\b", text), (name, text)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en_US", ("commodity exchange member", "D8 only", "moveout", "prepaid", "outside")),
        ("zh_CN", ("商品交易所会员", "仅限 D8", "moveout", "预付卡", "不在本工具范围")),
    ],
)
def test_refund_help_says_it_is_the_exchange_members_deposit_only_R_DEP_01(
    code: str, words: tuple[str, ...]
) -> None:
    """R-DEP-01…03 are D8's rule for a commodity exchange member's deposit: the help says
    so, sends a tenant's deposit to ``moveout`` and a prepaid card's balance out of custops."""
    with language(code):
        text = _help("refund")
        short = _command_helps()["refund"]
    for word in words:
        assert word in text, word
    assert "D8" in short
    assert "moveout" in short
