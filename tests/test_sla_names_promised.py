"""SLA names and labels stay one line; a promised period is asked for under the argument the
caller passed (``promised``, ``promised_periods``); the desks' labels name their presets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Case, Channel, Complaint
from custops.errors import InvalidInput, InvalidType
from custops.i18n import language
from custops.sla import CaseAttribute, Clock, SelectionRule, SlaPolicy, Target, due_many, presets

R = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
REPLY = Target("reply", "24小时")
RULES = (SelectionRule("all", ("reply",)),)

_CONTROL: list[tuple[str, str, Callable[[], Any]]] = [
    ("Target.name", "name", lambda: Target("re\nply", "3天")),
    ("Target.label", "label", lambda: Target("reply", "3天", label="答\n复")),
    ("Target.starts_after", "starts_after", lambda: Target("b", "3天", starts_after="a\tb")),
    ("SelectionRule.name", "name", lambda: SelectionRule("ru\nle", ("reply",))),
    ("SelectionRule.target_names", "target_names", lambda: SelectionRule("r", ("re\rply",))),
    ("SlaPolicy.name", "name", lambda: SlaPolicy("my\ndesk", (REPLY,), RULES)),
    ("SlaPolicy.label", "label", lambda: SlaPolicy("desk", (REPLY,), RULES, label="柜\n台")),
    ("CaseAttribute.label", "label", lambda: CaseAttribute("tier", ("a", "b"), label="等\x0b级")),
]


@pytest.mark.parametrize(("field", "argument", "build"), _CONTROL, ids=[c[0] for c in _CONTROL])
def test_names_and_labels_refuse_control_characters(
    field: str, argument: str, build: Callable[[], Any]
) -> None:
    """CONTRIBUTING items 4 and 7: names and labels take the home ``NAME`` check (as
    ``Holder``'s name does), so the reasons that show them stay one line."""
    with pytest.raises(InvalidInput, match="must not contain the control character") as info:
        build()
    assert str(info.value.argument).startswith(argument), field
    assert "\n" not in str(info.value)


def test_names_and_labels_are_trimmed_and_labels_stay_optional() -> None:
    """A name or label is trimmed; a label left out, ``None`` or blank is empty."""
    t = Target(" reply ", "3天", label=" 答复 ")
    assert (t.name, t.label) == ("reply", "答复")
    for left_out in (None, "", "  "):
        assert Target("reply", "3天", label=left_out).label == ""
    desk = SlaPolicy(" desk ", (REPLY,), RULES, label=None)
    assert (desk.name, desk.label) == ("desk", "")
    assert "\n" not in desk.select().reason


_RULE_ID: list[tuple[str, str, Callable[[], Any]]] = [
    ("Target.name", "name", lambda: Target("R-SLA-05", "3天")),
    ("Target.starts_after", "starts_after", lambda: Target("b", "3天", starts_after="见R-SLA-04")),
    ("SelectionRule.name", "name", lambda: SelectionRule("R-SLA-05 rule", ("reply",))),
    ("SelectionRule.target_names", "target_names", lambda: SelectionRule("r", ("R-SLA-05",))),
    ("CaseAttribute.values", "values", lambda: CaseAttribute("tier", ("a", "R-CMP-07"))),
]


@pytest.mark.parametrize(("field", "argument", "build"), _RULE_ID, ids=[c[0] for c in _RULE_ID])
def test_a_name_a_reason_quotes_refuses_a_rule_id(
    field: str, argument: str, build: Callable[[], Any]
) -> None:
    """House rule 4: a reason holds no rule ID, and a selection's or a clock's reason quotes
    these names, so they take the label check (``require_label``) when they are built."""
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as info:
        build()
    assert str(info.value.argument).startswith(argument), field


def test_a_name_with_letters_and_digits_but_no_rule_id_is_kept() -> None:
    assert Target("R-SLA", "3天").name == "R-SLA"
    assert SelectionRule("rule R2", ("SLA-05",)).target_names == ("SLA-05",)


def test_target_named_reads_a_name_as_the_builders_do() -> None:
    """A target's name is trimmed when built, so a lookup trims it too; a non-``str`` is
    ``InvalidType`` naming ``name``, as ``presets.get(3)`` is."""
    winery = presets.WINERY
    selection = winery.select(channel="电话", kind="投诉", category="产品质量")
    assert winery.target_named(" reply ") is winery.target_named("reply")
    assert selection.target_named("\treply ") is selection.target_named("reply")
    for lookup in (winery.target_named, selection.target_named):
        with pytest.raises(InvalidType, match=r"^name: must be a str, not an int \(got 3\)$"):
            lookup(3)  # type: ignore[arg-type]
        with pytest.raises(InvalidInput, match=r"\(got ' solution '\)$"):
            lookup(" solution ")  # refused as given


@settings(max_examples=60, deadline=None)
@given(
    desk=st.sampled_from(presets.names()),
    left=st.sampled_from(["", " ", "\t", "\u3000", " \n"]),
    right=st.sampled_from(["", " ", "\t", "\u3000", "\r\n"]),
)
def test_property_a_desk_finds_every_target_under_its_padded_name(
    desk: str, left: str, right: str
) -> None:
    policy = presets.get(desk)
    for target in policy.targets:
        assert policy.target_named(f"{left}{target.name}{right}") is target


PROMISED = presets.get("tobacco").target_named("promised_reply")


@pytest.mark.parametrize(
    "call",
    [
        lambda: Clock.start(R, PROMISED),
        lambda: PROMISED.period_for(),
        lambda: due_many([R], PROMISED),
    ],
    ids=["Clock.start", "period_for", "due_many"],
)
def test_a_missing_promise_is_refused_on_promised(call: Callable[[], Any]) -> None:
    """R-SLA-12: a target without a period needs the promised one; the refusal names
    ``promised`` (the caller's keyword) and says to give it, not ``period`` or ``starts``."""
    with pytest.raises(InvalidInput) as info:
        call()
    error = info.value
    assert error.argument == "promised"
    assert error.value is None
    assert str(error).startswith("promised: target 'promised_reply' has no period of its own")
    assert "give promised=…" in str(error)
    assert str(error).count("(got ") == 1


def test_due_many_counts_the_promised_period() -> None:
    """R-SLA-12: with ``promised``, ``due_many`` agrees with the clock."""
    due = due_many([R], PROMISED, promised="5个工作日")
    assert due == [Clock.start(R, PROMISED, promised="5个工作日").status(at=R).due_at]


WINERY_PHONE: dict[str, Any] = {"kind": "complaint", "channel": "phone"}


def test_schedule_refuses_a_promise_for_a_target_with_a_period_under_its_item() -> None:
    """R-SLA-12: ``schedule`` takes ``promised_periods``; a period given for a target with its
    own is refused as ``promised_periods['reply']``, showing what was given for it."""
    with pytest.raises(InvalidInput) as info:
        presets.WINERY.schedule(WINERY_PHONE, received_at=R, promised_periods={"reply": "3天"})
    error = info.value
    assert error.argument == "promised_periods['reply']"
    assert error.value == "3天"
    assert str(error) == (
        "promised_periods['reply']: target 'reply' has its own period 24 hours; "
        "a promised period is only for targets without one (got '3天')"
    )


def test_start_clocks_refuses_on_promised_periods_once() -> None:
    """R-SLA-12: ``Selection.start_clocks`` refuses on ``promised_periods`` (or its item), with
    one head and one value, never under ``at``."""
    suggestion = presets.TOBACCO.select(kind="suggestion")
    with pytest.raises(InvalidInput) as info:
        suggestion.start_clocks(at=R)
    error = info.value
    assert error.argument == "promised_periods"
    assert str(error) == (
        "promised_periods: target 'promised_reply' has no period of its own (R-SLA-12: the "
        "deadline is promised case by case); give promised_periods={'promised_reply': …} "
        "(got None)"
    )
    phone = presets.WINERY.select(WINERY_PHONE)
    with pytest.raises(InvalidInput) as info:
        phone.start_clocks(at=R, promised_periods={"reply": "3天"})
    error = info.value
    assert error.argument == "promised_periods['reply']"
    assert str(error).count("(got ") == 1
    assert str(error).endswith("a promised period is only for targets without one (got '3天')")
    clocks = suggestion.start_clocks(at=R, promised_periods={"promised_reply": "2个工作日"})
    assert str(clocks["promised_reply"].period) == "2个工作日"


def test_start_clocks_refuses_an_unknown_target_as_schedule_does() -> None:
    """A ``promised_periods`` key that is not a selected target is refused, not ignored."""
    phone = presets.WINERY.select(WINERY_PHONE)
    with pytest.raises(InvalidInput, match=r"^promised_periods: is not a target; one of: ") as info:
        phone.start_clocks(at=R, promised_periods={"bogus": "3天"})
    assert info.value.value == "bogus"
    for name in ("feedback", "reply", "resolve"):
        assert name in str(info.value)
    praise = presets.WINERY.select(kind="praise")
    with pytest.raises(InvalidInput, match="is not a target; one of: none"):
        praise.start_clocks(at=R, promised_periods={"reply": "3天"})


@pytest.mark.parametrize("desk", list(presets.all_presets()), ids=presets.names())
def test_a_desk_s_label_names_its_preset(desk: SlaPolicy) -> None:
    """The Chinese name ``custops sla presets`` prints (the label) is a preset's name too."""
    assert presets.get(desk.label) is desk
    assert presets.get(f" {desk.label} ") is desk


def test_a_desk_s_label_opens_a_case() -> None:
    """A case opened under a desk's label counts on that desk's preset."""
    complaint = Complaint(Channel.PHONE, "酒有异味", "王芳", received_at=R)
    case = Case.open(complaint, "客户关系顾问", policy="酒厂客户投诉")
    assert case.policy.sla_policy is presets.WINERY


def test_the_preset_refusal_lists_a_chinese_name_per_desk() -> None:
    """The Chinese names for a Chinese reader; in English the names and sources alone (an
    English message holds no Chinese but the value refused)."""
    with pytest.raises(InvalidInput) as info:
        presets.get("bakery")
    with language("zh_CN"), pytest.raises(InvalidInput) as info_zh:
        presets.get("bakery")
    for desk in presets.all_presets():
        assert f"{desk.name} ({desk.source})" in str(info.value)
        assert desk.label not in str(info.value)
        assert desk.label in str(info_zh.value)


def test_the_cli_takes_the_label_sla_presets_prints(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-05: ``--preset`` takes the Chinese name the ``presets`` command lists."""
    from custops.cli import main

    assert main(["--lang", "en_US", "sla", "presets"]) == 0
    listed = capsys.readouterr().out
    assert "酒厂客户投诉" in listed
    argv = ["sla", "schedule", "2025-09-30T16:00", "--channel", "phone", "--kind", "complaint"]
    assert main([*argv, "--brief", "--preset", "酒厂客户投诉"]) == 0
    by_label = capsys.readouterr().out
    assert main([*argv, "--brief", "--preset", "winery"]) == 0
    assert by_label == capsys.readouterr().out


def test_schedule_takes_one_promise_mapping_for_every_case_of_the_desk() -> None:
    """``schedule`` selects for the caller: a period for a target of the desk this case does
    not select is not used (one mapping serves every case), a name that is no target of the
    desk is refused; ``start_clocks``, on a selection already made, refuses both."""
    promised = {"promised_reply": "3天"}
    complaint = presets.TOBACCO.schedule(kind="complaint", received_at=R, promised_periods=promised)
    plain = presets.TOBACCO.schedule(kind="complaint", received_at=R)
    assert complaint == plain
    suggestion = presets.TOBACCO.schedule(
        kind="suggestion", received_at=R, promised_periods=promised
    )
    assert suggestion.steps[0].due_at is not None
    with pytest.raises(InvalidInput, match=r"^promised_periods: is not a target") as info:
        presets.TOBACCO.schedule(kind="complaint", received_at=R, promised_periods={"bogus": "3天"})
    assert info.value.value == "bogus"
    with pytest.raises(InvalidInput, match=r"^promised_periods: is not a target") as info:
        presets.TOBACCO.select(kind="complaint").start_clocks(at=R, promised_periods=promised)
    assert info.value.value == "promised_reply"
