"""A policy's repr is one short line for a log: a rule set, a phrase list, a table of
targets or steps is shown by its count and first names (``custops._text.count_repr``), a
nested policy by the fields it is given (``custops._text.policy_repr``); small values keep
the repr attrs makes them.  Equality, hashing and pickling are unchanged (R-CMP-02's rule
set, R-CMP-06's desk, R-CMP-07's severity policy)."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import custops
from custops._text import count_repr, policy_repr
from custops.complaints import Rule
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY, ClassifierPolicy
from custops.complaints.policy import CasePolicy
from custops.complaints.severity import SeverityPolicy
from custops.secrecy import SecrecyPolicy
from custops.sla import SlaPolicy, presets

#: The bound a policy's repr stays under (about 20 lines of a log)
MAX_REPR_CHARS = 2_000


def _public_policies() -> dict[str, type[Any]]:
    found: dict[str, type[Any]] = {}
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if info.name.startswith(("custops.cli", "custops.testing", "custops.spark")):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if inspect.isclass(value) and name.endswith("Policy") and attrs.has(value):
                found[name] = value
    return found


POLICIES = _public_policies()


def _defaults(cls: type[Any]) -> list[Any]:
    """The seed's policies of ``cls``: its defaults, or one per preset desk where the
    class has none (an SLA desk, a case desk)."""
    if cls is SlaPolicy:
        return list(presets.all_presets())
    if cls is CasePolicy:
        return [CasePolicy(sla_policy=preset) for preset in presets.names()]
    return [cls()]


def test_every_public_policy_is_found() -> None:
    assert {"CasePolicy", "SeverityPolicy", "ClassifierPolicy", "SlaPolicy"} <= set(POLICIES)


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_a_seed_policys_repr_is_short(name: str) -> None:
    for policy in _defaults(POLICIES[name]):
        shown = repr(policy)
        assert len(shown) < MAX_REPR_CHARS, (name, len(shown))
        assert shown.startswith(f"{name}(")
        assert "\n" not in shown


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_a_seed_policy_pickles_and_compares_as_before(name: str) -> None:
    for policy in _defaults(POLICIES[name]):
        again = pickle.loads(pickle.dumps(policy))
        assert again == policy
        assert hash(again) == hash(policy)
        assert len(repr(again)) == len(repr(policy))


def test_a_classifier_policys_repr_counts_its_rules_and_words() -> None:
    """R-CMP-02: the rule set, the word list and the contrasts are counted, not printed."""
    policy = ClassifierPolicy()
    shown = repr(policy)
    assert f"rules=<{len(policy.rules)} Rule: {policy.rules[0].id!r}, " in shown
    assert f"words=<{len(policy.words)} str: " in shown
    assert "returns_by_grounds=True" in shown


def test_a_case_policys_repr_names_the_desk_and_its_own_names() -> None:
    """R-CMP-06: the desk, the company's own names as given, the rule tables counted."""
    policy = CasePolicy(
        sla_policy="winery",
        role_names={"客服": "客户关系顾问"},
        department_names={"工程部": "售后服务部"},
        category_names={"口感异味": "产品质量"},
    )
    shown = repr(policy)
    assert shown.startswith("CasePolicy(sla_policy=SlaPolicy(name='winery', targets=<6 Target: ")
    assert "role_names=(('客服', <Role.CUSTOMER_RELATIONS_ADVISER: " in shown
    assert "department_names=(('工程部', <Department.AFTER_SALES: 'after_sales'>),)" in shown
    assert "category_names=(('口感异味', <Category.PRODUCT_QUALITY: " in shown
    assert "roles=<21 CaseAction→frozenset: record, classify, assign, …>" in shown
    assert "severity_policy=SeverityPolicy()" in shown
    assert "pause_for_customer=False)" in shown
    assert len(shown) < MAX_REPR_CHARS


def test_a_severity_policy_shows_its_rule_set_by_count_and_first_ids() -> None:
    """R-CMP-07 reads the text with R-CMP-02's rule set: a rule added is counted, not listed."""
    rule = Rule("acme.screen", category="产品质量", kind="投诉", terms=("烧屏",), weight=3)
    mine = SeverityPolicy(classifier_policy=DEFAULT_CLASSIFIER_POLICY.extended(rule))
    count = len(DEFAULT_CLASSIFIER_POLICY.rules) + 1
    first = DEFAULT_CLASSIFIER_POLICY.rules[0].id
    expected = f"classifier_policy=ClassifierPolicy(rules=<{count} Rule: {first!r}, "
    assert expected in repr(mine)
    assert "classifier_policy=ClassifierPolicy()" in repr(SeverityPolicy())
    assert len(repr(mine)) < MAX_REPR_CHARS


def test_a_nested_policy_shows_only_the_fields_it_is_given() -> None:
    assert policy_repr(SecrecyPolicy()) == "SecrecyPolicy()"
    assert policy_repr(SecrecyPolicy(hq_approves=True)) == "SecrecyPolicy(hq_approves=True)"
    dealer = policy_repr(presets.get("dealer"))
    assert dealer.startswith("SlaPolicy(name='dealer', targets=<1 Target: 'solution'>, rules=<4 ")


def test_count_repr_counts_and_names_the_first_items() -> None:
    assert count_repr(("太慢", "凉了")) == "<2 str: '太慢', '凉了'>"
    assert count_repr(()) == "<0 items>"
    assert count_repr(DEFAULT_CLASSIFIER_POLICY.rules[:5]).endswith(", …>")


@settings(max_examples=25, deadline=None)
@given(
    preset=st.sampled_from(presets.names()),
    extra=st.integers(0, 40),
    names=st.dictionaries(
        st.sampled_from(["工程部", "财务部", "保安部", "客服中心", "维修组"]),
        st.sampled_from(["售后服务部", "质量部", "销售部"]),
        max_size=3,
    ),
)
def test_a_case_policys_repr_stays_short_however_large_its_rule_set(
    preset: str, extra: int, names: dict[str, str]
) -> None:
    """R-CMP-06/R-CMP-07: however many rules a desk adds, its repr stays a line; equality
    and hashing are the value's as before."""
    rules = tuple(
        Rule(f"acme.r{i}", category="产品质量", kind="投诉", terms=(f"故障{i}",))
        for i in range(extra)
    )
    classifier = DEFAULT_CLASSIFIER_POLICY.extended(*rules)
    policy = CasePolicy(
        sla_policy=preset,
        department_names=names,
        severity_policy=SeverityPolicy(classifier_policy=classifier),
    )
    shown = repr(policy)
    assert len(shown) < MAX_REPR_CHARS + sum(len(name) + 40 for name in names)
    assert f"SlaPolicy(name='{preset}'" in shown
    marker = "SeverityPolicy()" if not extra else f"rules=<{len(classifier.rules)} Rule"
    assert marker in shown
    again = attrs.evolve(policy)
    assert again == policy
    assert hash(again) == hash(policy)
    assert again != attrs.evolve(policy, pause_for_customer=True)


def _grown(field: str, count: int) -> Any:
    """A policy whose ``field`` a desk has grown by ``count`` items of its own."""
    from custops.complaints.returns import ReturnPolicy
    from custops.service import DEFAULT_APPROVED_PHRASES, ServicePolicy

    if field == "approved":
        grown = tuple(f"您好{i}" for i in range(count))
        return ServicePolicy(approved=(*DEFAULT_APPROVED_PHRASES, *grown))
    if field == "regulators":
        return SeverityPolicy(regulators=tuple(f"监管{i}局" for i in range(count + 1)))
    if field == "defect_names":
        return ReturnPolicy(defect_names={f"故障{i}": "mould" for i in range(count)})
    if field == "parties":
        from custops.purchasing import PurchasingPolicy

        return PurchasingPolicy(parties=tuple((f"采购员{i}", 1) for i in range(count + 1)))
    own: dict[str, Any] = {f"自定{i}": "major" for i in range(count)}
    if field != "severity_names":
        member = {"role_names": "service_manager", "department_names": "sales",
                  "category_names": "other"}[field]  # fmt: skip
        own = dict.fromkeys(own, member)
    options: dict[str, Any] = {field: own}
    return CasePolicy(sla_policy="winery", **options)


@settings(max_examples=30, deadline=None)
@given(
    field=st.sampled_from(
        [
            "approved",
            "regulators",
            "defect_names",
            "parties",
            "role_names",
            "department_names",
            "category_names",
            "severity_names",
        ]
    ),
    count=st.sampled_from([0, 1, 8, 9, 200, 3_000]),
)
def test_a_policys_repr_stays_short_however_large_a_field_a_desk_grows(
    field: str, count: int
) -> None:
    """R-CMP-06/R-CMP-07: a phrase list, a regulator list or a desk's own names grown by
    thousands of items is counted in the repr, not printed (a short table in full); the
    value compares and hashes as before."""
    policy = _grown(field, count)
    shown = repr(policy)
    assert len(shown) < MAX_REPR_CHARS, (field, count, len(shown))
    assert "\n" not in shown
    again = pickle.loads(pickle.dumps(policy))
    assert again == policy
    assert hash(again) == hash(policy)
