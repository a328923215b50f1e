"""The classifier's inputs: ``ClassifierPolicy``'s refusals show the value as given,
``classify_many`` and ``extended`` check every argument, the rule IDs ``learned`` and
``default`` are reserved, and a reason never quotes a rule ID a pattern matched.

Rules: R-CMP-01, R-CMP-02, R-CMP-03 (classification), R-CMP-07 (severity).
"""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._validate import RULE_ID_IN_TEXT
from custops.complaints import Complaint, Rule, assess_severity, classify, classify_many
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY, ClassifierPolicy
from custops.errors import CustopsError, InvalidInput, InvalidType, PolicyError


def _refused(error: type[CustopsError], call: Any) -> CustopsError:
    with pytest.raises(error) as caught:
        call()
    return caught.value


# --------------------------------------------------------------------------- values as given


def test_missing_departments_show_the_mapping_given_R_CMP_03() -> None:
    given = {"产品质量": "质量部"}
    refused = _refused(PolicyError, lambda: ClassifierPolicy(departments=given))
    assert (refused.argument, refused.value) == ("departments", given)
    assert "sales_contract" in (refused.problem or "")  # the missing ones are the problem


def test_a_category_mapped_twice_shows_the_pairs_given_R_CMP_03() -> None:
    given = [*DEFAULT_CLASSIFIER_POLICY.departments, ("质量", "质量部")]
    refused = _refused(PolicyError, lambda: ClassifierPolicy(departments=given))  # type: ignore[arg-type]
    assert (refused.argument, refused.value) == ("departments", given)


def test_a_partial_tie_order_shows_the_list_given_R_CMP_02() -> None:
    given = ["咨询", "建议"]
    refused = _refused(PolicyError, lambda: ClassifierPolicy(kind_tie_order=given))
    assert (refused.argument, refused.value) == ("kind_tie_order", given)


def test_with_departments_still_completes_the_mapping_R_CMP_03() -> None:
    policy = DEFAULT_CLASSIFIER_POLICY.with_departments({"产品质量": "技术部"})
    assert policy.department_for("产品质量").label == "技术部"
    assert ClassifierPolicy() == DEFAULT_CLASSIFIER_POLICY


# --------------------------------------------------------------------------- every argument


@pytest.mark.parametrize("policy", ["bad", 5, DEFAULT_CLASSIFIER_POLICY.rules])
def test_classify_many_checks_policy_with_no_text_R_CMP_01(policy: Any) -> None:
    refused = _refused(InvalidType, lambda: classify_many([], policy=policy))
    assert (refused.argument, refused.value) == ("policy", policy)
    assert classify_many([], policy=DEFAULT_CLASSIFIER_POLICY)["kind"] == []


@pytest.mark.parametrize("first", ["yes", 0, 1, None])
def test_extended_checks_first_R_CMP_02(first: Any) -> None:
    rule = Rule("acme.screen", kind="投诉", category="产品质量", terms=("烧屏",))
    refused = _refused(InvalidType, lambda: DEFAULT_CLASSIFIER_POLICY.extended(rule, first=first))
    assert (refused.argument, refused.value) == ("first", first)
    assert DEFAULT_CLASSIFIER_POLICY.extended(rule, first=True).rules[0] is rule
    assert DEFAULT_CLASSIFIER_POLICY.extended(rule).rules[-1] is rule


@pytest.mark.parametrize("rule_id", ["learned", "default", " learned "])
def test_reserved_rule_ids_are_refused_R_CMP_02(rule_id: str) -> None:
    """``learned`` is the learned layer's, ``default`` no rule's (``Classification``)."""
    refused = _refused(
        InvalidInput,
        lambda: Rule(rule_id, kind="投诉", category="产品质量", terms=("烧屏",), weight=5),
    )
    assert (refused.argument, refused.value) == ("id", rule_id)


def test_a_rule_named_like_the_layers_otherwise_is_taken_R_CMP_02() -> None:
    rule = Rule("acme.learned", kind="投诉", category="产品质量", terms=("烧屏",), weight=5)
    assert (
        classify("手机屏幕烧屏了", policy=DEFAULT_CLASSIFIER_POLICY.extended(rule)).kind_rule
        == rule.id
    )


# --------------------------------------------------------------------------- no rule ID in a reason

_CITES = DEFAULT_CLASSIFIER_POLICY.extended(
    Rule("acme.doc", kind="投诉", category="产品质量", patterns=(r"r-cmp-\d+",), weight=5),
    Rule("acme.legal", signal="legal", patterns=(r"r-cmp-\d+",), weight=5),
)


def test_a_pattern_matching_a_rule_id_is_not_quoted_as_one_R_CMP_01() -> None:
    result = classify("按R-CMP-05的规定处理", policy=_CITES)
    assert result.kind_rule == "acme.doc"  # the rule still decides
    assert [e.text for e in result.evidence if e.rule_id == "acme.doc"] == ["R-CMP-05"]
    assert not RULE_ID_IN_TEXT.search(result.reason)
    assert classify_many(["按R-CMP-05的规定处理"], policy=_CITES)["reason"] == [result.reason]


def test_severity_reason_holds_no_rule_id_a_pattern_matched_R_CMP_07() -> None:
    from custops.complaints.severity import SeverityPolicy

    at = dt.datetime(2025, 9, 30, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    complaint = Complaint(
        received_at=at, channel="电话", content="按R-CMP-07处理", complainant="王"
    )
    criteria = SeverityPolicy(classifier_policy=_CITES)
    assessment = assess_severity(complaint, policy=criteria)
    assert assessment.severity.value == "major"
    assert not RULE_ID_IN_TEXT.search(assessment.reason)


@settings(max_examples=60)
@given(
    before=st.text(alphabet="投诉按的规定处理很差 ", max_size=8),
    area=st.sampled_from(["CMP", "SLA", "VIP"]),
    number=st.integers(min_value=0, max_value=99),
    after=st.text(alphabet="投诉按的规定处理很差 ", max_size=8),
)
def test_no_reason_holds_a_rule_id_R_CMP_01(
    before: str, area: str, number: int, after: str
) -> None:
    """Whatever rule ID the customer's words hold, a pattern that matches it puts none in
    the reason (house rule 4)."""
    policy = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.any", kind="投诉", category="产品质量", patterns=(r"r-[a-z]+-\d+",), weight=5)
    )
    text = f"{before}R-{area}-{number:02d}{after}"
    assert not RULE_ID_IN_TEXT.search(classify(text, policy=policy).reason)


def test_a_policy_pickles_as_the_rules_it_was_given() -> None:
    """A policy travels to another process (a Spark executor, a process pool): pickled as
    the rules it was given, it is equal to the original and classifies as it does, its
    rules prepared again on first use (R-CMP-01)."""
    own = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.fizz", kind="投诉", category="产品质量", terms=("没气",), weight=5)
    )
    for policy in (DEFAULT_CLASSIFIER_POLICY, own, ClassifierPolicy()):
        back = pickle.loads(pickle.dumps(policy))
        assert back == policy
        for text in ("可乐没气", "送餐太慢了，饭都凉了", "谢谢，服务很好"):
            assert classify(text, policy=back) == classify(text, policy=policy)
    fizz = classify("可乐没气", policy=pickle.loads(pickle.dumps(own)))
    assert (fizz.kind.value, fizz.category.value) == ("complaint", "product_quality")
    assert classify("可乐没气").category.value != "product_quality"  # the company's own rule


@pytest.mark.parametrize(
    "pattern", [r"^(?!.*[?？吗])(?=.*楼主)", r"(?=退款)", r"\b", r"^$", r"(?<=好)(?!吃)"]
)
def test_a_rule_pattern_that_takes_no_character_is_refused_R_CMP_02(pattern: str) -> None:
    """R-CMP-02: a rule's pattern made of anchors and lookarounds only could match nothing
    but the empty string, which is no evidence: the rule would never fire, so it is refused
    naming the pattern, not accepted silently."""
    with pytest.raises(InvalidInput, match=r"^patterns\[1\]: takes no character") as info:
        Rule("acme.peer", kind="no_action", patterns=("楼主", pattern))
    assert repr(pattern) in str(info.value)


@pytest.mark.parametrize("pattern", [r"(?!.*吗)楼主", r"楼主(?=说)", r"^楼主", r"(好)?吃"])
def test_a_rule_pattern_around_its_words_fires_R_CMP_02(pattern: str) -> None:
    """R-CMP-02: lookarounds and anchors around at least one character are taken, and the
    rule fires on its words."""
    rule = Rule("acme.peer", kind="no_action", weight=9, patterns=(pattern,))
    text = "楼主说得对" if "楼主" in pattern else "好吃"
    assert "acme.peer" in classify(text, policy=DEFAULT_CLASSIFIER_POLICY.extended(rule)).fired
