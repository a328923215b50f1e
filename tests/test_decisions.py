"""custops.decisions: a Decision is checked when it is built (docs/decisions.md; R-SEC-04,
R-SEC-05 decide with it in custops.secrecy, which fails closed)."""

from __future__ import annotations

import pickle
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.decisions import Decision, worded_reason
from custops.errors import AccessDenied, InvalidInput, InvalidType, Refused
from custops.secrecy import AccessDecision


@pytest.mark.parametrize("cls", [Decision, AccessDecision])
@pytest.mark.parametrize("allowed", ["no", "yes", None, 0, 1, "", "False"])
def test_allowed_must_be_a_bool(cls: type[Decision], allowed: Any) -> None:
    """``Decision('no', …)`` would print 允许 and ``require()`` would let it through: an
    ``AccessDecision`` of R-SEC-04 failing open.  A non-bool is refused when built."""
    with pytest.raises(InvalidType) as caught:
        cls(allowed, "R-SEC-04", "绝密：仅限指定人员知悉")
    assert caught.value.argument == "allowed"
    assert caught.value.value is allowed
    assert str(caught.value).startswith("allowed: must be a bool")


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        ("", InvalidInput),
        ("  ", InvalidInput),
        ("R-SEC-05 R-SEC-06", InvalidInput),
        ("R-SEC-05, R-SEC-06", InvalidInput),
        ("允许", InvalidInput),
        ("R-SEC\n-05", InvalidInput),
        (None, InvalidType),
        (5, InvalidType),
        (["R-SEC-05"], InvalidType),
    ],
)
def test_rule_is_one_rule_id(rule: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        Decision(True, rule, "持有人指定了阅读人")
    assert getattr(caught.value, "argument", None) == "rule"


def test_a_rule_id_is_read_as_an_sla_target_reads_it() -> None:
    """One check of a rule ID (custops._validate.require_rule_id): a company's own ID is one
    for a decision and for a target alike; a translated verdict is one for neither."""
    from custops.sla import SelectionRule, Target

    assert Decision(True, "HR-07", "持有人指定了阅读人").rule == "HR-07"
    with pytest.raises(InvalidInput, match=r"^reason: must not hold a rule ID"):
        Decision(True, "HR-07", "见 HR-07 条")  # the decision's own ID, a company's
    assert Decision(True, "HR-07", "HR-070 is another form").rule == "HR-07"
    assert Target("reply", "2小时", rule="HR-07").rule == "HR-07"
    # the spaces around an ID are trimmed by both, as every id custops takes is
    for spaced in (" HR-07 ", "HR-07\n", "\tHR-07"):
        assert Decision(True, spaced, "持有人指定了阅读人").rule == "HR-07"
        assert Target("reply", "2小时", rule=spaced).rule == "HR-07"
        assert SelectionRule("x", ("reply",), rule=spaced).rule == "HR-07"
    assert attrs.evolve(Decision(True, "R-SEC-05", "x"), rule=" HR-07").rule == "HR-07"
    for build in (
        lambda: Decision(True, "允许", "持有人指定了阅读人"),
        lambda: Target("reply", "2小时", rule="允许"),
    ):
        with pytest.raises(InvalidInput, match=r"^rule: must be a rule ID such as 'R-SLA-05'"):
            build()


@pytest.mark.parametrize(
    ("reason", "error"),
    [
        ("", InvalidInput),
        ("   ", InvalidInput),
        ("a\nb", InvalidInput),
        ("a\rb", InvalidInput),
        ("see R-SEC-05", InvalidInput),
        ("阅读人未经持有人指定（R-SEC-06）", InvalidInput),
        ("规则R-SEC-06不允许", InvalidInput),  # an ID right after Chinese text
        (None, InvalidType),
        (["ok"], InvalidType),
    ],
)
def test_reason_is_one_line_without_a_rule_id(reason: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        Decision(True, "R-SEC-05", reason)
    assert getattr(caught.value, "argument", None) == "reason"


def test_a_good_decision_builds_and_behaves() -> None:
    no = AccessDecision(False, "R-SEC-04", "绝密：仅限指定人员知悉")
    assert bool(no) is False
    with pytest.raises(AccessDenied):
        no.require()
    yes = Decision(True, "R-VIP-04a", "an id such as CUSTOMER-01 or matter R-1 is no rule ID")
    assert yes.require() is yes


def test_a_refused_value_is_refused_again() -> None:
    """The checks remember good values only: a bad one is refused every time."""
    for _ in range(3):
        with pytest.raises(InvalidType):
            Decision("no", "R-SEC-05", "x")  # type: ignore[arg-type]
        with pytest.raises(InvalidInput):
            Decision(True, "R-SEC-05", "see R-SEC-05")


def test_a_subclass_keeps_the_checks() -> None:
    @attrs.frozen
    class Qualification(Decision):
        tier: str | None = None

    assert Qualification(True, "R-VIP-01", "近半年积分 30 分", tier="VIP").tier == "VIP"
    with pytest.raises(InvalidType):
        Qualification("no", "R-VIP-01", "近半年积分 30 分")  # type: ignore[arg-type]


@settings(max_examples=60)
@given(st.booleans(), st.text(min_size=1).filter(str.isprintable).filter(str.strip))
def test_any_one_line_reason_without_a_rule_id_is_kept(allowed: bool, reason: str) -> None:
    if "R-" in reason:
        return
    decision = Decision(allowed, "R-SEC-05", reason)
    assert decision.reason == reason
    assert bool(decision) is allowed
    if not allowed:
        with pytest.raises(Refused):
            decision.require()


@settings(max_examples=60)
@given(
    # (an ID of the catalogue's form that is none of its rules is refused: test_serial_consistency)
    st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,20}", fullmatch=True).filter(
        lambda rule: not re.fullmatch(r"R-[A-Z]{3}-\d{2}[a-z]?", rule)
    ),
    st.text(" \t\n\u3000", max_size=3),
    st.text(" \t\n\u3000", max_size=3),
)
def test_property_a_decision_and_a_target_read_one_rule_id_alike(
    rule: str, before: str, after: str
) -> None:
    """docs/decisions.md: a decision's ``rule`` is read by the check of a target's: the
    same ID, trimmed, from the same text (R-SEC-05 decides with it)."""
    from custops.sla import Target

    given_rule = before + rule + after
    assert Decision(False, given_rule, "阅读人未经持有人指定").rule == rule
    assert Target("reply", "2小时", rule=given_rule).rule == rule


def _points_said(tier: Any) -> str:
    return f"近半年积分 {tier.points} 分" if tier.points >= 0 else "见 R-VIP-06"


@worded_reason(_points_said)
@attrs.frozen
class _Tier(Decision):
    points: int
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


def test_a_worded_reason_is_read_not_kept() -> None:
    """R-VIP-06 as an example: a decision that words its reason from its facts takes no
    ``reason`` argument, compares and pickles by its facts, and its text is checked as a
    given reason is (a rule ID inside is refused when read)."""
    tier = _Tier(True, "R-VIP-06", 30)
    assert tier.reason == "近半年积分 30 分"
    assert "reason" not in tier.__getstate__()  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(tier)) == tier
    assert repr(tier) == "_Tier(allowed=True, rule='R-VIP-06', points=30)"
    with pytest.raises(TypeError):
        _Tier(True, "R-VIP-06", 30, "近半年积分 30 分")  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match="reason: must not hold a rule ID"):
        _ = _Tier(False, "R-VIP-06", -1).reason


def test_a_decision_keeps_a_wording_and_words_it_when_read_R_ARC_03() -> None:
    """R-ARC-03: a plain Decision given a Wording keeps it: its reason reads in the language
    active when read, and the decision made in either language is one value (equal, one
    hash, one pickle, one stored document); a reason given as text is kept as given."""
    from custops import serial
    from custops.decisions import W_, Fact
    from custops.i18n import language

    def made() -> Decision:
        return Decision(False, "R-ARC-03", W_("a loan must be entered in the lending register"))

    with language("zh_CN"):
        chinese = made()
        assert chinese.reason == "借阅档案须办理借阅登记"
    with language("en_US"):
        english = made()
        assert chinese.reason == "a loan must be entered in the lending register"
        assert repr(chinese) == (
            "Decision(allowed=False, rule='R-ARC-03', "
            "reason='a loan must be entered in the lending register')"
        )
    with language("zh_CN"):
        assert english.reason == "借阅档案须办理借阅登记"
    assert chinese == english
    assert hash(chinese) == hash(english)
    assert pickle.dumps(chinese) == pickle.dumps(english)
    assert pickle.loads(pickle.dumps(chinese)) == chinese
    assert serial.to_json(chinese) == serial.to_json(english)
    assert serial.from_json(serial.to_json(chinese)) == chinese
    given = Fact(True, "R-VIP-07", "2026-03-02 是生日")
    with language("en_US"):
        assert given.reason == "2026-03-02 是生日"
    assert given != Fact(True, "R-VIP-07", W_("{born}", born="2026-03-02 是生日"))
    with language("zh_CN"), pytest.raises(Refused, match="借阅档案须办理借阅登记"):
        chinese.require()


def test_a_subclass_given_no_reason_field_shows_the_reason_it_reads() -> None:
    """A subclass that adds fields keeps the decision's repr (its reason as read) and its
    reason as given; one whose reason is worded from its fields has no ``reason`` argument."""

    @attrs.frozen
    class Tiered(Decision):
        tier: str | None = None

    tiered = Tiered(True, "R-VIP-01", "近半年积分 30 分", tier="VIP")
    assert repr(tiered) == (
        "Tiered(allowed=True, rule='R-VIP-01', reason='近半年积分 30 分', tier='VIP')"
    )
    assert attrs.evolve(tiered, reason="近半年积分 31 分").reason == "近半年积分 31 分"
    assert "reason" not in attrs.fields_dict(_Tier) or not attrs.fields_dict(_Tier)["reason"].init
    assert _Tier(True, "R-VIP-06", 30) == _Tier(True, "R-VIP-06", 30)


def test_a_worded_reason_needs_the_field_declared_again() -> None:
    """A subclass that keeps the inherited ``reason`` field is refused by the decorator."""

    @attrs.frozen
    class Kept(Decision):
        points: int

    with pytest.raises(InvalidInput, match="reason: must be declared again"):
        worded_reason(_points_said)(Kept)


def test_bool_of_two_named_outcomes_or_a_non_answer_names_the_field_to_test_R_PUR_01() -> None:
    """A result of two named outcomes (RouteDecision) or a non-answer (Deadline, Status,
    Classification) refuses ``bool()`` and names the field that holds its answer."""
    import datetime as dt

    from custops.complaints import classify
    from custops.periods import deadline
    from custops.purchasing import purchasing_route

    route = purchasing_route(common=True, large_amount=True)
    with pytest.raises(InvalidType, match=r"test result\.route instead \(it is Route\.\w+\)"):
        bool(route)
    due = deadline(dt.date(2025, 3, 3), "3个工作日", explain=True)
    with pytest.raises(InvalidType, match=r"test result\.ends_on instead \(it is 2025-03-06\)"):
        bool(due)
    with pytest.raises(InvalidType, match=r"test result\.kind instead \(it is Kind\.\w+\)"):
        bool(classify("送餐太慢了，饭都凉了"))
