"""The checks of attrs fields have one home (issue 12; CONTRIBUTING, "The API convention" 7).

``custops._validate`` builds every field check: ``field_converter`` and ``policy_field``
(converters) and ``type_validator`` (a validator). A module that writes its own factory of
attrs validators — a function returning ``lambda instance, field, value: …`` — is a second
home for the same job, and its refusals drift from the home's (a policy's bound refused as
``InvalidInput`` where the home's ``policy_field`` says ``PolicyError``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import custops

SRC = Path(custops.__file__).resolve().parent
HOME = SRC / "_validate.py"


def validator_factories(tree: ast.AST) -> list[str]:
    """The functions of ``tree`` returning a three-parameter lambda (an attrs validator)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Return)
                and isinstance(inner.value, ast.Lambda)
                and len(inner.value.args.args) == 3
            ):
                found.append(f"{node.name} (line {node.lineno})")
                break
    return found


def test_no_module_but_the_home_builds_attrs_validators() -> None:
    found = {
        str(path.relative_to(SRC)): names
        for path in sorted(SRC.rglob("*.py"))
        if path != HOME
        and (names := validator_factories(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}, f"attrs validators built outside custops._validate: {found}"


def test_the_check_sees_a_validator_factory() -> None:
    # the shape the classifier's rules once had (``checked(require_int, low=1)``)
    source = '''
def checked(check, **options):
    """An attrs validator calling check(field name, value, **options)."""
    return lambda _self, field, value: check(field.name, value, **options)
'''
    assert validator_factories(ast.parse(source)) == ["checked (line 2)"]
    assert validator_factories(ast.parse("def f(x):\n    return lambda y: x + y\n")) == []
    assert validator_factories(ast.parse(HOME.read_text(encoding="utf-8")))  # the home has one


def test_a_policy_refuses_a_bad_bound_as_a_policy_error() -> None:
    # the classifier's and the severity criteria's counts, once validated by the
    # classifier's own helper: a policy's refusal is a PolicyError, a wrong type InvalidType
    from custops.complaints import Rule
    from custops.complaints.classifier import ClassifierPolicy
    from custops.errors import InvalidType, PolicyError

    for field in ("learned", "learned_category", "learned_margin", "saturation"):
        with pytest.raises(PolicyError, match=f"^{field}: must be at least"):
            ClassifierPolicy(**{field: -1})  # type: ignore[arg-type]
        with pytest.raises(InvalidType, match=f"^{field}: must be an int"):
            ClassifierPolicy(**{field: "6"})  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^wish_frames_problems: must be a bool"):
        ClassifierPolicy(wish_frames_problems=1)  # type: ignore[arg-type]
    # a classifier rule is policy data (ClassifierPolicy.rules): its numbers refuse as a policy's
    with pytest.raises(PolicyError, match=r"^weight: must be at least 1"):
        Rule("acme.x", kind="投诉", terms=("坏",), weight=0)
    with pytest.raises(PolicyError, match=r"^window_chars: must be at least 0"):
        Rule("acme.x", kind="投诉", terms=("坏",), window_chars=-1)
    with pytest.raises(InvalidType, match=r"^note: must be a str"):
        Rule("acme.x", kind="投诉", terms=("坏",), note=3)  # type: ignore[arg-type]
    assert Rule("acme.x", kind="投诉", terms=("坏",), note="", window_chars=0).window_chars == 0
