"""Selection on the seed's desks for every label an application passes (issue 17).

* One reading of labels: every spelling ``Channel``, ``Kind``, ``Category`` and
  ``Severity`` accept selects exactly what the member itself selects, on every preset
  (a Hypothesis property over the spellings, with case and separator variants).
* No silent empty schedule: every preset has a rule for every channel and kind (D1
  第一条, D5 第条, D10 二, D14 四); the no-target rules are explicit and explained;
  a combination a desk does not cover raises ``PolicyError`` naming desk and attributes.
* The schedule's due times equal the clocks' (R-SLA-01 … R-SLA-12), whatever the
  memo of a desk holds.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._enums import names_of
from custops.complaints.model import Category, Channel, Kind, Severity
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.sla import (
    CaseAttribute,
    Clock,
    Selection,
    SelectionRule,
    SlaPolicy,
    Target,
    presets,
)

SH = ZoneInfo("Asia/Shanghai")
PRESETS = tuple(presets.all_presets())
ENUMS: dict[str, Any] = {
    "channel": Channel,
    "kind": Kind,
    "category": Category,
    "severity": Severity,
}

#: The kinds never special: special=True is refused for them (R-SLA-09, R-SLA-11).
NEVER_SPECIAL = frozenset({Kind.CONSULTATION, Kind.PRAISE, Kind.NO_ACTION})


def _select(policy: SlaPolicy, **case: Any) -> Selection | str:
    """The selection, or the PolicyError's message when no rule covers the case."""
    try:
        return policy.select(**case)
    except PolicyError as e:
        return str(e)


def _variants(text: str) -> list[str]:
    return [text, text.upper(), f"  {text} ", text.replace("_", " "), text.replace("_", "-")]


@st.composite
def spelled_cases(draw: st.DrawFn) -> tuple[SlaPolicy, dict[str, Any], dict[str, Any]]:
    """A preset, a case of members, and the same case with each value spelt some way."""
    policy = draw(st.sampled_from(PRESETS))
    members: dict[str, Any] = {}
    spelt: dict[str, Any] = {}
    for attribute, cls in ENUMS.items():
        if draw(st.booleans()) or attribute in ("kind", "channel"):
            member = draw(st.sampled_from(list(cls)))
            members[attribute] = member
            spelt[attribute] = draw(
                st.sampled_from([v for name in names_of(member) for v in _variants(name)])
            )
    flags = [None, True, False, "是", "否", "yes", "NO", "special", "一般"]
    if not policy.special_applies or members["kind"] in NEVER_SPECIAL:
        flags = [None, False, "否", "NO", "一般"]  # special=True is refused (R-SLA-09, R-SLA-11)
    special = draw(st.sampled_from(flags))
    if special is not None:
        members["special"] = special in (True, "是", "yes", "special")
        spelt["special"] = special
    return policy, members, spelt


@settings(max_examples=200)
@given(spelled_cases())
def test_every_spelling_selects_what_its_member_selects_issue_17(
    case: tuple[SlaPolicy, dict[str, Any], dict[str, Any]],
) -> None:
    policy, members, spelt = case
    assert _select(policy, **spelt) == _select(policy, **members)


def test_every_preset_covers_every_kind_and_channel_issue_17() -> None:
    """D1 第一条 (complaints, proposals, suggestions, criticism), D5 第条 (现场, 电话,
    书面), D10 二 1-3 (phone, written, in person, forwarded; online as written), D14 四
    (咨询, 推荐, 投诉): no combination of kind and channel is left without a rule."""
    for policy, kind, channel in itertools.product(PRESETS, Kind, Channel):
        for category in (None, *Category):
            for severity in (None, *Severity):
                sel = policy.select(
                    kind=kind, channel=channel, category=category, severity=severity
                )
                assert sel.reason
                assert sel.matched_rule
                if not sel.targets:
                    assert sel.reason.endswith("no SLA target")
                    assert (
                        kind in (Kind.PRAISE, Kind.NO_ACTION) or "no deadline" in sel.matched_rule
                    )
                    assert kind is not Kind.COMPLAINT


def test_a_complaint_always_runs_a_target_on_every_preset_issue_17() -> None:
    for policy, channel in itertools.product(PRESETS, Channel):
        assert policy.select(kind="complaint", channel=channel).targets


def test_no_target_kinds_are_explicit_per_desk() -> None:
    """Which kinds each seed sets no deadline for (R-CMP-01; D14 四 sets all three)."""
    expected = {
        "dealer": {"consultation", "praise", "no_action"},
        "quality": {"consultation", "suggestion", "praise", "no_action"},
        "winery": {"consultation", "suggestion", "praise", "no_action"},
        "tobacco": {"praise", "no_action"},
    }
    for policy in PRESETS:
        empty = {k.value for k in Kind if not policy.select(kind=k, channel="phone").targets}
        assert empty == expected[policy.name]


def test_an_uncovered_combination_names_desk_and_attributes() -> None:
    policy = attrs.evolve(presets.WINERY, rules=presets.WINERY.rules[2:])  # no praise rule
    with pytest.raises(PolicyError) as info:
        policy.select(kind="表扬", category="质量")
    assert str(info.value) == (
        "attributes: desk 'winery' has no rule for a case with category=product_quality, "
        "kind=praise; its rules read category, channel, kind "
        "(got {'kind': '表扬', 'category': '质量'})"  # as given, not as read
    )
    assert info.value.argument == "attributes"


def test_a_combination_lacking_the_channel_names_the_channel() -> None:
    """A complaint the winery's rules would cover once its channel is known lacks an input:
    the channel, the attribute every complaint rule reads, with the values they take."""
    with pytest.raises(InvalidInput) as info:
        presets.WINERY.select(kind="投诉", category="质量")
    assert str(info.value) == (
        "channel: desk 'winery' reads the channel of a case with category=product_quality, "
        "kind=complaint, and none was given; pass channel=… (its rules take phone, online, "
        "written, forwarded, in_person) (got None)"
    )
    assert info.value.argument == "channel"


moments = st.datetimes(
    min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2026, 9, 30), timezones=st.just(SH)
)


@settings(max_examples=150)
@given(
    st.sampled_from(PRESETS),
    moments,
    st.sampled_from(list(Kind)),
    st.sampled_from(list(Channel)),
    st.booleans(),
)
def test_schedule_due_times_equal_the_clocks_R_SLA_01_to_12(
    policy: SlaPolicy, at: dt.datetime, kind: Kind, channel: Channel, special: bool
) -> None:
    # else refused (R-SLA-09, R-SLA-11)
    special = special and policy.special_applies and kind not in NEVER_SPECIAL
    schedule = policy.schedule(
        received_at=at,
        kind=kind,
        channel=channel,
        special=special,
        promised_periods={"promised_reply": "2天"} if policy is presets.TOBACCO else None,
    )
    for step in schedule.steps:
        if step.target.starts_after is None:
            promised = "2天" if step.target.period is None else None
            clock = Clock.start(
                at,
                step.target,
                calendar=schedule.selection.calendar,
                # a desk's target without a special period keeps its own (R-SLA-09)
                special=special and step.target.special_period is not None,
                promised=promised,
            )
            assert clock.status(at=at).due_at == step.due_at


def test_a_selection_s_attributes_select_again_and_test_each_rule() -> None:
    """``Selection.attributes`` (pairs) is what ``select`` and ``applies_to`` read too."""
    first = presets.WINERY.select(kind="投诉", channel="电话")
    assert presets.WINERY.select(first.attributes) == first
    matched = [r.name for r in presets.WINERY.rules if r.applies_to(first.attributes)]
    assert matched[0] == first.matched_rule
    assert [r.applies_to(dict(first.attributes)) for r in presets.WINERY.rules] == [
        r.applies_to(first.attributes) for r in presets.WINERY.rules
    ]
    with pytest.raises(InvalidType, match=r"attributes\[0\]: must be a \(attribute, value\) pair"):
        presets.WINERY.rules[0].applies_to(["kind"])  # type: ignore[list-item]


def test_a_rule_reads_the_values_it_is_given_as_select_does() -> None:
    """CONTRIBUTING item 5 (an argument that takes a member takes any spelling ``parse()``
    reads): ``SelectionRule.applies_to`` reads a member, any spelling and a yes/no as
    ``SlaPolicy.select`` does, and refuses an unknown value or a wrong type (Conventions:
    InvalidInput / InvalidType), instead of answering False."""
    rule = SelectionRule("phone", ("reply",), conditions={"channel": "phone", "special": True})
    for case in (
        {"channel": "phone", "special": "true"},
        {"channel": Channel.PHONE, "special": True},
        {"channel": "PHONE", "special": "true"},
        {"channel": "电话", "special": "是"},
        {"channel": "热线投诉", "special": "yes", "kind": None},
        (("channel", "hotline"), ("special", True), ("channel", "电话")),  # one value, twice
    ):
        assert rule.applies_to(case) is True, case
    assert rule.applies_to({"channel": "web", "special": True}) is False
    assert rule.applies_to({"channel": "phone", "special": "否"}) is False
    with pytest.raises(InvalidType, match=r"^channel: must be a Channel or a str"):
        rule.applies_to({"channel": 5})
    with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel"):
        rule.applies_to({"channel": "pigeon"})
    with pytest.raises(InvalidInput, match=r"^special: must be a bool or yes/no"):
        rule.applies_to({"special": "maybe"})
    declared = SelectionRule("urgent", ("reply",), conditions={"priority": "urgent"})
    with pytest.raises(InvalidType, match=r"^attributes\['priority'\]: must be a str"):
        declared.applies_to({"priority": 1})
    assert rule.applies_to({"priority": 1}) is False  # a key it does not test: ignored


def test_one_attribute_given_twice_with_two_values_is_refused() -> None:
    """docs/sla.md: an attribute given twice must name one value; two values are refused,
    never one silently winning (CONTRIBUTING item 7: ``require_distinct``) — in the pairs
    ``select`` and ``applies_to`` take as in a mapping and a keyword."""
    desk = SlaPolicy("d", (Target("reply", "1个工作日"),), (SelectionRule("all", ("reply",)),))
    twice = [("kind", "complaint"), ("kind", "praise")]
    second = r"^attributes: gives an attribute a second value; give it once \(got \('kind', "
    with pytest.raises(InvalidInput, match=second) as refused:
        desk.select(twice)
    assert refused.value.value[0] == "kind"  # the attribute and its second value, shown once
    assert "kind" not in refused.value.problem
    with pytest.raises(InvalidInput, match=second):
        SelectionRule("kinds", ("reply",), conditions={"kind": "投诉"}).applies_to(twice)
    assert SelectionRule("all", ("reply",)).applies_to(twice)  # kind untested: ignored
    with pytest.raises(InvalidInput, match=r"^kind: given twice"):
        desk.select(twice, kind="complaint")
    same = desk.select([("kind", "complaint"), ("kind", "投诉")])  # two spellings, one value
    assert same.attributes == (("kind", "complaint"),)
    assert same == desk.select(kind="complaint")


def test_a_declared_attributes_values_are_one_line_names() -> None:
    """CONTRIBUTING item 4 (one-line reasons) and item 7 (the home name check): a
    ``CaseAttribute`` value or a rule's condition value holding a control character is
    refused, since ``describe()`` and every ``Selection.reason`` show it."""
    for bad in ("lo\nw", "lo\tw", "lo\u2028w"):
        with pytest.raises(InvalidInput, match=r"must not contain the control character"):
            CaseAttribute("priority", (bad, "high"))
        with pytest.raises(InvalidInput, match=r"^conditions\['priority'\]: must not contain"):
            SelectionRule("u", ("reply",), conditions={"priority": bad})
    assert CaseAttribute("priority", (" low ", "high")).accepted == ("low", "high")


@pytest.mark.parametrize("kind", ["consultation", "咨询", "praise", "无需处理"])
@pytest.mark.parametrize("desk", [presets.TOBACCO, presets.WINERY])
def test_special_is_refused_for_a_kind_never_special_R_SLA_09_R_SLA_11(
    desk: SlaPolicy, kind: str
) -> None:
    """One answer with ``Case.classify``: a consultation's bound is its 24 hours (R-SLA-11,
    D14 四(一)) and praise or nothing to handle is not handled, so ``special=True`` for them
    is refused by ``select`` and ``schedule``, naming ``special`` and its value; ``False``
    (or 否) is accepted, and a complaint or a suggestion may be special (R-SLA-09)."""
    at = dt.datetime(2026, 3, 2, 9, tzinfo=SH)
    for special in (True, "是"):
        refused = r"^special: only a complaint or a suggestion"
        with pytest.raises(InvalidInput, match=refused) as info:
            desk.select(kind=kind, channel="电话", special=special)
        assert info.value.value == special
        with pytest.raises(InvalidInput, match=r"^special: only a complaint or a suggestion"):
            desk.schedule(received_at=at, kind=kind, channel="电话", special=special)
    assert desk.select(kind=kind, channel="电话", special="否").special is False
    assert desk.select(kind="suggestion", channel="电话", special=True).special is True
    assert desk.select(kind="complaint", channel="电话", special=True).special is True


@settings(max_examples=60)
@given(st.sampled_from(PRESETS), st.sampled_from(list(Kind)), st.booleans())
def test_property_select_and_classify_give_one_answer_on_special_R_SLA_09_R_SLA_11(
    desk: SlaPolicy, kind: Kind, special: bool
) -> None:
    """Whatever the desk and kind, ``select(special=...)`` accepts what ``Case.classify``
    accepts: special only for a complaint or a suggestion, on a desk where it applies."""
    accepted = not special or (desk.special_applies and kind not in NEVER_SPECIAL)
    if not accepted:
        with pytest.raises(InvalidInput, match=r"^special: "):
            desk.select(kind=kind, channel="电话", category="其他", special=special)
        return
    assert (
        desk.select(kind=kind, channel="电话", category="其他", special=special).special is special
    )
