"""The classification API's surface: what ``classify_many`` takes, what a reason quotes,
which IDs a rule set may hold, and what ``custops classify`` prints of a classification.

Rules: R-CMP-01, R-CMP-02, R-CMP-03 (classification).
"""

from __future__ import annotations

import gc
import importlib
import inspect
from typing import Any

import attrs
import pytest

from custops import complaints
from custops._text import QUOTED_CHARS, clipped, quote_word
from custops.complaints import (
    Category,
    Department,
    Rule,
    classifier,
    classify,
    classify_many,
    rules_data,
)
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY, ClassifierPolicy
from custops.errors import CustopsError, InvalidType, PolicyError

RULES_ONLY = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)


def _refused(error: type[CustopsError], call: Any) -> CustopsError:
    with pytest.raises(error) as caught:
        call()
    return caught.value


# --------------------------------------------------------------------------- classify_many


@pytest.mark.parametrize(
    "texts",
    [
        {"服务员态度太差", "请问几点开门？", "谢谢"},
        frozenset({"谢谢"}),
        {"谢谢": 1},
        {"谢谢": 1}.keys(),
        "谢谢",
    ],
    ids=["set", "frozenset", "dict", "keys", "str"],
)
def test_classify_many_takes_texts_in_order_only_R_CMP_01(texts: Any) -> None:
    """Its columns are in the order of ``texts``: a collection with no order is refused,
    and so is one text alone."""
    refused = _refused(InvalidType, lambda: classify_many(texts))
    assert (refused.argument, refused.value) == ("texts", texts)
    assert "a sequence of str" in str(refused)


def test_classify_many_keeps_the_order_of_a_list_or_tuple_R_CMP_01() -> None:
    texts = ["服务员态度太差", "请问几点开门？", "谢谢"]
    expected = ["complaint", "consultation", "no_action"]
    assert classify_many(texts)["kind"] == expected
    assert classify_many(tuple(texts))["kind"] == tuple(expected)  # in the container given
    assert classify_many(t for t in texts)["kind"] == expected  # an iterator, in its order


# --------------------------------------------------------------------------- fired


def test_fired_lists_rules_only_not_the_learned_layer_R_CMP_01() -> None:
    """``learned`` is no rule (``Rule`` refuses it as an ID): ``fired`` leaves it out."""
    result = classify("耳机有杂音")
    assert [e.rule_id for e in result.evidence] == ["learned", "learned"]
    assert result.fired == ()
    assert classify("服务员态度太差").fired == (
        "kind.staff-failed-me",
        "sq.staff",
        "sq.attitude",
        "kind.complaint",
    )


# --------------------------------------------------------------------------- short reasons


@pytest.mark.parametrize(
    "text", ["谢谢" * 5000, "太差" + "！" * 100_000, "服务员态度太差" + "!" * 300]
)
def test_a_reason_quotes_a_long_run_cut_short_R_CMP_01(text: str) -> None:
    """A reason is one short line: a run a rule matched is quoted cut to ``QUOTED_CHARS``
    characters and ``…``, while its evidence keeps the run whole."""
    result = classify(text)
    assert len(result.reason) < 200
    assert len(str(result)) < 300
    assert classify_many([text])["reason"] == [result.reason]
    longest = max(result.evidence, key=lambda e: len(e.text))
    assert len(longest.text) > QUOTED_CHARS  # the evidence is whole
    assert text[slice(*longest.span)] == longest.text
    assert quote_word(clipped(longest.text)) in result.reason
    assert clipped(longest.text).endswith("…")


def test_a_reason_quotes_short_words_whole_R_CMP_01() -> None:
    result = classify("酒里有沉淀，我要退货")
    assert quote_word("我要退货") in result.reason
    assert "…" not in result.reason


# --------------------------------------------------------------------------- no kind rule


@pytest.mark.parametrize(
    ("text", "rules_only"),
    [("服务员态\r\n度太\n差", True), ("服务员", True), ("qqq服务员", True)],
)
def test_a_reason_says_which_rules_recognised_nothing_R_CMP_01(text: str, rules_only: bool) -> None:
    """A text whose rules name a subject but no kind (``matched`` is true) is not one that
    "no rule recognised": its reason says no rule recognised what it asks for."""
    policy = RULES_ONLY if rules_only else None
    result = classify(text, policy=policy)
    assert result.matched
    assert result.kind_rule == "default"
    assert "no rule recognised what" in result.reason
    nothing = classify("qqq", policy=policy)
    assert not nothing.matched
    assert "no rule recognised th" in nothing.reason
    assert "no rule recognised what" not in nothing.reason


# --------------------------------------------------------------------------- a rule set's IDs


@pytest.mark.parametrize("rule_id", ["R-CMP-03", "R-SLA-05", "acme.R-CMP-03"])
def test_a_rule_set_refuses_a_catalogue_rule_id_R_CMP_02(rule_id: str) -> None:
    """A classification's ``rule`` is the catalogue's (R-CMP-01, R-CMP-03); a classifier
    rule's id is the rule set's own, so the two cannot be told apart otherwise."""
    rule = Rule(rule_id, kind="投诉", terms=("烧屏",), weight=9)
    refused = _refused(PolicyError, lambda: DEFAULT_CLASSIFIER_POLICY.extended(rule))
    assert (refused.argument, refused.value) == ("rules", rule_id)
    assert "catalogue" in str(refused)
    refused = _refused(PolicyError, lambda: ClassifierPolicy(rules=(rule,)))
    assert (refused.argument, refused.value) == ("rules", rule_id)


def test_an_override_of_no_rule_is_refused_R_CMP_02() -> None:
    typo = Rule("acme.screen", kind="投诉", terms=("烧屏",), overrides=("pq.defekt",))
    refused = _refused(PolicyError, lambda: DEFAULT_CLASSIFIER_POLICY.extended(typo))
    assert (refused.argument, refused.value) == ("rules", "pq.defekt")
    assert "'acme.screen' overrides it" in str(refused)


def test_without_drops_the_overrides_of_a_removed_rule_R_CMP_02() -> None:
    mine = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.x", kind="投诉", terms=("烧屏",), overrides=("pq.defect", "sq.staff"))
    )
    fewer = mine.without("pq.defect")
    assert [r.overrides for r in fewer.rules if r.id == "acme.x"] == [("sq.staff",)]
    assert "pq.defect" not in {r.id for r in fewer.rules}
    assert classify("烧屏", policy=fewer).kind_rule == "acme.x"
    untouched = [r for r in DEFAULT_CLASSIFIER_POLICY.rules if r.overrides]
    assert all(r in fewer.rules for r in untouched if "pq.defect" not in r.overrides)


# --------------------------------------------------------------------------- exports


@pytest.mark.parametrize(
    "module",
    [
        "case",
        "classifier",
        "events",
        "flow",
        "model",
        "penalties",
        "policy",
        "retention",
        "returns",
        "review",
        "severity",
        "validity",
    ],
)
def test_the_package_exports_what_its_modules_export(module: str) -> None:
    """``custops.complaints`` exports every name of its modules' ``__all__`` (its type
    checkers' view, ``from … import *``, is what it does at run time)."""
    found = importlib.import_module(f"custops.complaints.{module}")
    for name in found.__all__:
        assert name in complaints.__all__, name
        assert getattr(complaints, name) is getattr(found, name)


def test_channel_spellings_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        complaints.CHANNEL_SPELLINGS["phone"] = ()  # type: ignore[index]
    assert "电话" in complaints.CHANNEL_SPELLINGS["phone"]


# --------------------------------------------------------------------------- the collector


@pytest.mark.parametrize("enabled", [True, False])
def test_classify_many_pauses_the_collector_as_classify_does(enabled: bool) -> None:
    """R-CMP-01: one pause for both (written once), and the collector as it was after."""
    source = inspect.getsource(classifier)
    assert source.count("gc.disable()") == 1
    text = "谢谢" * 2000
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        columns = classify_many([text, "请问几点开门？"])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert columns["reason"][0] == classify(text).reason


def test_the_built_in_departments_are_read_only_R_CMP_03() -> None:
    """The rule data's mapping cannot be changed under a policy: a desk names its own."""
    with pytest.raises(TypeError):
        rules_data.DEFAULT_DEPARTMENTS[Category.OTHER] = Department.SALES  # type: ignore[index]
    assert dict(ClassifierPolicy().departments) == dict(rules_data.DEFAULT_DEPARTMENTS)
