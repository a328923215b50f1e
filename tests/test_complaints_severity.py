"""Tests of custops.complaints.severity (R-CMP-07)."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Complaint, Rule, Severity, Signal, classify
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
from custops.complaints.severity import CRITERIA, SeverityPolicy, assess_severity
from custops.errors import InvalidInput, InvalidType, PolicyError

T0 = dt.datetime(2024, 5, 6, 9, tzinfo=ZoneInfo("Asia/Shanghai"))


def make(content: str = "酒的口感不对", **changes: object) -> Complaint:
    fields: dict[str, object] = {
        "received_at": T0,
        "channel": "phone",
        "content": content,
        "complainant": "王",
    }
    fields.update(changes)
    return Complaint(**fields)  # type: ignore[arg-type, unused-ignore]


def test_general_when_nothing_fires_R_CMP_07() -> None:
    a = assess_severity(make())
    assert a.severity is Severity.GENERAL
    assert a.criteria == ()
    assert a.rule == "R-CMP-07"
    assert a.severity is Severity.GENERAL
    assert a.reason == "general: no major-complaint criterion fired"


@pytest.mark.parametrize(
    ("content", "criterion"),
    [
        ("喝了以后拉肚子去了医院", "safety"),
        ("刹车失灵差点出事", "safety"),
        ("我要找电视台曝光", "media"),
        ("已经向市场监管局反映了", "regulator"),
        ("我已经打了12315", "regulator"),
        ("律师函明天就寄给你们", "legal"),
        ("这是我第三次投诉", "repeat"),
        ("我们十几户业主联名投诉", "collective"),
    ],
)
def test_each_text_criterion_makes_it_major_R_CMP_07(content: str, criterion: str) -> None:
    a = assess_severity(make(content))
    assert a.severity is Severity.MAJOR
    assert a.criteria == (Signal.parse(criterion),)
    assert a.reason.startswith("major: ")
    assert all(f'"{e.text}"' in a.reason for e in a.evidence)
    assert all(content[slice(*e.span)] == e.text for e in a.evidence)


def test_loss_threshold_is_inclusive_R_CMP_07() -> None:
    """R-CMP-07: a claimed loss that reaches ``loss_threshold`` fires, as every
    ``*_threshold`` of a policy (满1000元, 5万元以上) is reached at its bound."""
    assert assess_severity(make(claimed_loss="9999.99")).severity is Severity.GENERAL
    at = assess_severity(make(claimed_loss="10000"))
    assert at.criteria == (Signal.LOSS,)
    assert "10000.00 yuan claimed, at least 10000.00 yuan" in at.reason


def test_repeat_and_collective_from_structured_fields_R_CMP_07() -> None:
    assert assess_severity(make(), prior_complaint_count=1).criteria == (Signal.REPEAT,)
    assert assess_severity(make(complainant_count=3)).criteria == (Signal.COLLECTIVE,)
    assert assess_severity(make(complainant_count=2)).criteria == ()
    loose = SeverityPolicy(min_complainant_count=2, min_prior_complaint_count=3)
    assert assess_severity(make(complainant_count=2), policy=loose).criteria == (Signal.COLLECTIVE,)
    assert assess_severity(make(), policy=loose, prior_complaint_count=2).criteria == ()


def test_negated_hazard_does_not_fire_R_CMP_07() -> None:
    assert assess_severity(make("还好没有人受伤")).severity is Severity.GENERAL
    assert assess_severity(make("不会找媒体的，希望尽快处理")).criteria == ()


def test_every_criterion_is_listed_in_order() -> None:
    c = make(
        "孩子误食住院，已报12315，记者也来了，律师在跟进，第二次投诉，业主们都很气愤",
        claimed_loss="50000",
        complainant_count=5,
    )
    assert assess_severity(c, prior_complaint_count=1).criteria == (
        *CRITERIA[:2],
        Signal.MEDIA,
        Signal.REGULATOR,
        Signal.LEGAL,
        Signal.REPEAT,
        Signal.COLLECTIVE,
    )
    assert CRITERIA[:2] == (Signal.LOSS, Signal.SAFETY)


def test_disabled_criteria_and_own_vocabulary() -> None:
    only_money = SeverityPolicy(enabled={"loss"})
    assert assess_severity(make("律师函"), policy=only_money).severity is Severity.GENERAL
    rules = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.press", signal="media", terms=("公众号",))
    )
    assert assess_severity(
        make("发公众号"), policy=SeverityPolicy(classifier_policy=rules)
    ).criteria == (Signal.MEDIA,)


def test_the_criteria_are_signals_in_any_spelling_R_CMP_07() -> None:
    """``enabled`` reads any spelling ``Signal.parse`` reads (item 5 of the API convention)."""
    assert SeverityPolicy(enabled={"媒体曝光", Signal.LOSS, "legal"}).enabled == {
        Signal.MEDIA,
        Signal.LOSS,
        Signal.LEGAL,
    }
    media_only = SeverityPolicy(enabled={"媒体曝光"})
    found = assess_severity(make("我要找电视台曝光，律师函明天就寄给你们"), policy=media_only)
    assert found.criteria == (Signal.MEDIA,)
    assert str(found.criteria[0]) == "媒体曝光"


def test_criteria_policy_validation() -> None:
    with pytest.raises(InvalidInput, match=r"^enabled: is not a known Signal"):  # a set: no place
        SeverityPolicy(enabled={"weather"})
    with pytest.raises(PolicyError, match="min_prior_complaint_count"):
        SeverityPolicy(min_prior_complaint_count=0)
    with pytest.raises(InvalidType, match="loss_threshold"):
        SeverityPolicy(loss_threshold=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="prior_complaint_count"):
        assess_severity(make(), prior_complaint_count=-1)
    with pytest.raises(InvalidType, match="complaint"):
        assess_severity("酒里有沉淀")  # type: ignore[arg-type]


def test_R_CMP_07_a_classification_is_refused_pointing_to_a_complaint() -> None:
    """R-CMP-07: severity weighs a complaint's facts (its loss, complainants, channel),
    which ``classify(text)`` does not hold: ``assess_severity(classify(text))`` is refused
    naming ``complaint`` and the value, and the message says to build a ``Complaint``."""
    classified = classify("鉴定证书上的克重和实物不符，我要去消协投诉")
    with pytest.raises(InvalidType) as refused:
        assess_severity(classified)  # type: ignore[arg-type]
    assert (refused.value.argument, refused.value.value) == ("complaint", classified)
    assert refused.value.problem.startswith("must be a Complaint (from a message's text: ")
    hint = "Complaint(received_at=..., channel=..., content=text, complainant=...)"
    assert hint in refused.value.problem
    assert refused.value.problem.endswith("not a Classification")
    built = make(classified.text)  # the way the message gives: a Complaint of the text
    assert assess_severity(built).criteria == (Signal.REGULATOR,)


SIGNAL_PHRASES = st.sampled_from(
    [
        "。有人受伤了",
        "。我要找记者",
        "。已经打了12315",
        "。请了律师",
        "。第二次投诉了",
        "。业主们都有意见",
    ]
)


@given(
    content=st.text(min_size=1).filter(lambda t: t.strip() != ""),
    loss=st.integers(min_value=0, max_value=30_000),
    extra_loss=st.integers(min_value=0, max_value=30_000),
    prior=st.integers(min_value=0, max_value=3),
    customers=st.integers(min_value=1, max_value=5),
    phrase=SIGNAL_PHRASES,
)
def test_adding_a_criterion_never_lowers_severity(
    content: str, loss: int, extra_loss: int, prior: int, customers: int, phrase: str
) -> None:
    """Adding a criterion (more loss, a signal phrase, a prior complaint, a customer)
    never lowers the level, and every criterion that fired before still fires."""
    base = make(content, claimed_loss=loss, complainant_count=customers)
    before = assess_severity(base, prior_complaint_count=prior)
    variants = [
        (attrs.evolve(base, claimed_loss=Decimal(loss + extra_loss)), prior),
        (attrs.evolve(base, content=base.content + phrase), prior),
        (attrs.evolve(base, complainant_count=customers + 1), prior),
        (base, prior + 1),
    ]
    for complaint, prior_count in variants:
        after = assess_severity(complaint, prior_complaint_count=prior_count)
        assert before.severity <= after.severity
        assert set(before.criteria) <= set(after.criteria)
    with_phrase = assess_severity(attrs.evolve(base, content=base.content + phrase))
    assert with_phrase.severity is Severity.MAJOR


@given(
    phrases=st.lists(SIGNAL_PHRASES, max_size=3),
    loss=st.integers(min_value=0, max_value=30_000),
    prior=st.integers(min_value=0, max_value=2),
    customers=st.integers(min_value=1, max_value=4),
    smaller=st.frozensets(st.sampled_from(CRITERIA)),
    more=st.frozensets(st.sampled_from(CRITERIA)),
)
def test_enabling_a_criterion_never_lowers_severity_R_CMP_07(
    phrases: list[str],
    loss: int,
    prior: int,
    customers: int,
    smaller: frozenset[str],
    more: frozenset[str],
) -> None:
    """A policy with more criteria in force never gives a lower level for the same complaint,
    and what fires under a policy is exactly what fires under all criteria, restricted."""
    c = make("酒的口感不对" + "".join(phrases), claimed_loss=loss, complainant_count=customers)
    few = assess_severity(c, policy=SeverityPolicy(enabled=smaller), prior_complaint_count=prior)
    many = assess_severity(
        c, policy=SeverityPolicy(enabled=smaller | more), prior_complaint_count=prior
    )
    every = assess_severity(c, prior_complaint_count=prior)
    assert few.severity <= many.severity
    assert set(few.criteria) <= set(many.criteria)
    assert set(few.criteria) == set(every.criteria) & smaller
    assert (few.severity is Severity.MAJOR) == bool(few.criteria)


def test_criteria_pickle_small_with_the_built_in_rules() -> None:
    """DESIGN (Scale): criteria pickle; the built-in rule set goes by name, a custom one whole."""
    default = SeverityPolicy(loss_threshold="5000")
    back = pickle.loads(pickle.dumps(default))
    assert back == default
    assert back.classifier_policy is DEFAULT_CLASSIFIER_POLICY
    assert len(pickle.dumps(default)) < len(pickle.dumps(DEFAULT_CLASSIFIER_POLICY)) // 10
    rules = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.press", signal="media", terms=("公众号",))
    )
    own = pickle.loads(pickle.dumps(SeverityPolicy(classifier_policy=rules, enabled={"media"})))
    assert own.classifier_policy == rules
    assert assess_severity(make("发公众号"), policy=own).criteria == (Signal.MEDIA,)
