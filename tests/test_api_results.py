"""The decision shape on real calls (CONTRIBUTING.md, "The API convention", item 4).

``tests/test_api_conventions.py`` reads signatures and fields; this module looks at the
results the library actually produces.  It runs every doctest example of ``src/`` and of
``docs/*.md`` and the README (their output is not compared here: the doctests themselves do
that) with a recorder around ``__init__`` of every result class (an attrs class deriving
:class:`custops.decisions.Explained`), then asserts on every recorded result:

- ``rule`` is one stable rule ID (``R-XXX-NN``), never translated text, a comma-joined
  list or ``''`` (a result applying several rules lists them in ``rule_ids``, and ``rule``
  is one of them);
- ``reason`` is one non-empty line with no rule ID (no ``R-``) inside it;
- ``str()`` is one line, and ``explain()`` starts with ``str()``; every other text field
  (a ``str`` or a tuple of ``str``: ``reasoning``, ``notes``) holds one line per item, since
  multi-line text comes only from ``explain()``;
- a :class:`~custops.decisions.Decision` is as true as ``allowed`` and ``require()`` raises
  :class:`~custops.errors.Refused` exactly when it does not allow; any other result has no
  truth value (``bool()`` raises :class:`~custops.errors.InvalidType`);
- ``policy=None`` is accepted (item 3): every public callable with a ``policy`` argument
  that an example calls with a policy is called again with ``policy=None``.

Each failure lists ``module:Class problem`` once per class with one example.  What the
tree still breaks is in the commented ``KNOWN`` allow-list of each check (issue 12): visible
debt that fails the test once it is fixed (remove the entry then), while any new violation
fails at once.
"""

from __future__ import annotations

import doctest
import functools
import importlib
import inspect
import pkgutil
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import attrs
import pytest

import custops
from custops.decisions import Decision, Explained
from custops.errors import InvalidInput, InvalidType, Refused
from custops.i18n import language

# Every example is run once per language (a module fixture): the tests share one worker.
pytestmark = pytest.mark.xdist_group("api_results")

ROOT = Path(__file__).resolve().parents[1]

# The examples of custops.testing (and docs/testing.md) draw Hypothesis examples for about
# two minutes and build no result a library call returns; everything else runs (~8 s).
_SKIP_EXAMPLES = ("custops.testing",)
_PAGES = [p for p in sorted((ROOT / "docs").glob("*.md")) if p.name != "testing.md"]
_PAGES.append(ROOT / "README.md")

#: How many instances of one class are kept (the first ones are as good as all).
_LIMIT = 300

RULE_ID = re.compile(r"R-[A-Z]+-\d+")

Problems = dict[str, str]  # "module:Class problem" -> one example


def _modules() -> list[ModuleType]:
    names = ["custops"]
    for info in pkgutil.walk_packages(custops.__path__, "custops."):
        if not info.name.startswith(_SKIP_EXAMPLES):
            names.append(info.name)
    return [importlib.import_module(n) for n in sorted(names)]


def _result_classes(modules: list[ModuleType]) -> list[type[Any]]:
    found: dict[int, type[Any]] = {}
    for module in modules:
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and attrs.has(obj)
                and issubclass(obj, Explained)
                and "__init__" in vars(obj)
            ):
                found[id(obj)] = obj
    return sorted(found.values(), key=_key)


def _key(cls: type[Any]) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _recorder(
    cls: type[Any], original: Callable[..., None], seen: dict[type[Any], list[Any]]
) -> Callable[..., None]:
    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        kept = seen[cls]
        if type(self) is cls and len(kept) < _LIMIT:
            kept.append(self)

    return init


Call = tuple[tuple[Any, ...], dict[str, Any]]


def _policy_callables(modules: list[ModuleType]) -> dict[str, tuple[Any, str, Any]]:
    """``module:qualname`` -> (owner: module or class, attribute, raw attribute) of every
    public function and method with a ``policy`` argument."""
    found: dict[str, tuple[Any, str, Any]] = {}
    for module in modules:
        if any(p.startswith("_") for p in module.__name__.split(".")[1:]):
            continue
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.isfunction(obj) and _takes_policy(obj):
                found.setdefault(f"{obj.__module__}:{obj.__qualname__}", (module, name, obj))
            elif inspect.isclass(obj) and obj.__module__.startswith("custops"):
                for attr, raw in vars(obj).items():
                    fn = raw.__func__ if isinstance(raw, (classmethod, staticmethod)) else raw
                    if not attr.startswith("_") and inspect.isfunction(fn) and _takes_policy(fn):
                        found.setdefault(f"{obj.__module__}:{fn.__qualname__}", (obj, attr, raw))
    return found


def _takes_policy(fn: Callable[..., Any]) -> bool:
    try:
        return "policy" in inspect.signature(fn).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return False


def _policy_recorder(
    key: str, fn: Callable[..., Any], calls: dict[str, Call]
) -> Callable[..., Any]:
    @functools.wraps(fn)
    def record(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("policy") is not None and key not in calls:
            calls[key] = (args, dict(kwargs))
        return fn(*args, **kwargs)

    return record


def _examples(modules: list[ModuleType]) -> Iterator[doctest.DocTest]:
    parser = doctest.DocTestParser()
    for page in _PAGES:
        text = page.read_text(encoding="utf-8")
        yield parser.get_doctest(text, {}, page.name, str(page), 0)
    finder = doctest.DocTestFinder()
    for module in modules:
        yield from finder.find(module)


class Run(NamedTuple):
    """What the examples did in one language."""

    results: dict[type[Any], list[Any]]  # the results they built, by class
    policy_calls: dict[str, tuple[Callable[..., Any], Call]]  # the first call with a policy


def _patch(raw: Any, fn: Callable[..., Any]) -> Any:
    if isinstance(raw, classmethod):
        return classmethod(fn)
    if isinstance(raw, staticmethod):
        return staticmethod(fn)
    return fn


def _run_examples(code: str) -> Run:
    """Every result the examples build, by class, and the first call of each callable with
    a ``policy``, with ``code`` the active language."""
    modules = _modules()
    seen: dict[type[Any], list[Any]] = defaultdict(list)
    calls: dict[str, Call] = {}
    inits = {cls: vars(cls)["__init__"] for cls in _result_classes(modules)}
    targets = _policy_callables(modules)
    restore: list[tuple[Any, str, Any]] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    try:
        for cls, original in inits.items():
            restore.append((cls, "__init__", original))
            setattr(cls, "__init__", _recorder(cls, original, seen))  # noqa: B010
        for key, (owner, attr, raw) in targets.items():
            fn = raw.__func__ if isinstance(raw, (classmethod, staticmethod)) else raw
            wrapped = _patch(raw, _policy_recorder(key, fn, calls))
            if inspect.isclass(owner):
                restore.append((owner, attr, raw))
                setattr(owner, attr, wrapped)
            else:  # a function: every module namespace that holds it
                for module in list(sys.modules.values()):
                    name = getattr(module, "__name__", "")
                    if name.startswith("custops") and vars(module).get(attr) is raw:
                        restore.append((module, attr, raw))
                        setattr(module, attr, wrapped)
        with language(code):
            for test in _examples(modules):
                runner.run(test, out=lambda _: None)
    finally:
        for owner, attr, raw in reversed(restore):
            setattr(owner, attr, raw)
    replays = {}
    for key, call in calls.items():
        raw = targets[key][2]  # the plain function: self or cls is in the recorded args
        replays[key] = (raw.__func__ if isinstance(raw, (classmethod, staticmethod)) else raw, call)
    return Run(dict(seen), replays)


#: The runs of the examples, by language.
Runs = dict[str, Run]
#: The results of the examples in each language, by class.
Results = dict[str, dict[type[Any], list[Any]]]


@pytest.fixture(scope="module")
def runs() -> Runs:
    """Every example run once per language: a rule ID must not change with the language,
    and a reason must be one line in both."""
    return {code: _run_examples(code) for code in ("zh_CN", "en_US")}


@pytest.fixture(scope="module")
def results(runs: Runs) -> Results:
    return {code: run.results for code, run in runs.items()}


def _check(results: Results, problem: Callable[[Any], str | None]) -> Problems:
    found: Problems = {}
    for code, by_class in results.items():
        with language(code):
            for cls, instances in by_class.items():
                for result in instances:
                    what = problem(result)
                    if what is not None:
                        found.setdefault(f"{_key(cls)} {what}", f"[{code}] {result!r}"[:300])
    return found


def _assert_only_known(found: Problems, known: dict[str, str], title: str) -> None:
    new = [f"{k}\n    e.g. {v}" for k, v in sorted(found.items()) if k not in known]
    assert new == [], f"{title} (new violations, module:Class problem):\n" + "\n".join(new)


def _assert_known_still_hold(found: Problems, known: dict[str, str]) -> None:
    fixed = sorted(set(known) - set(found))
    assert fixed == [], "fixed: remove from KNOWN (issue 12):\n" + "\n".join(fixed)


# --------------------------------------------------------------------------- the rule

# Debt, issue 12: each entry is a violation still in the tree, with the reason it stays.
KNOWN_RULE: dict[str, str] = {}


def _rule_problem(result: Any) -> str | None:
    rule = getattr(result, "rule", None)
    if not isinstance(rule, str):
        return f"rule is {type(rule).__name__}, not a rule ID"
    if not RULE_ID.fullmatch(rule):
        return "rule is not one stable rule ID"
    ids = getattr(result, "rule_ids", None)
    if ids is not None and not all(isinstance(i, str) and RULE_ID.fullmatch(i) for i in ids):
        return "rule_ids holds something other than rule IDs"
    if ids and rule not in ids:
        return "rule is not among rule_ids"
    return None


def test_rule_is_one_stable_rule_id(results: Results) -> None:
    found = _check(results, _rule_problem)
    _assert_only_known(found, KNOWN_RULE, "a rule that is not one stable rule ID")


def _held_rules(result: Any) -> list[str]:
    """The rules of the results ``result`` holds in its fields (one, or a tuple of them),
    in field order: a quote's card check and lines, a schedule's lines."""
    held: list[str] = []
    for field in attrs.fields(type(result)):
        value = getattr(result, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            rule = getattr(item, "rule", None)
            if isinstance(item, Explained) and isinstance(rule, str) and rule not in held:
                held.append(rule)
    return held


def _held_rule_problem(result: Any) -> str | None:
    """Item 4: a result whose held results apply other rules than its own applies several
    rules, and lists them all in ``rule_ids``."""
    rule = getattr(result, "rule", None)
    others = [r for r in _held_rules(result) if r != rule]
    if not others:
        return None
    ids = getattr(result, "rule_ids", None)
    if ids is None:
        return f"holds results of other rules ({', '.join(others)}) but has no rule_ids"
    if missing := [r for r in others if r not in ids]:
        return f"rule_ids leaves out the rules of the results it holds: {', '.join(missing)}"
    return None


# Debt: a result that holds results of other rules without listing them.
KNOWN_HELD_RULES: dict[str, str] = {}


def test_a_result_lists_the_rules_of_the_results_it_holds(results: Results) -> None:
    found = _check(results, _held_rule_problem)
    _assert_only_known(found, KNOWN_HELD_RULES, "rules held but not listed in rule_ids")


def test_the_held_rules_check_sees_a_quote_without_rule_ids() -> None:
    @attrs.frozen
    class Line(Explained):
        rule: str
        reason: str = "line"

    @attrs.frozen
    class Total(Explained):
        lines: tuple[Line, ...]
        check: Line
        reason: str = "total"
        rule: str = "R-VIP-04"

    bare = Total((Line("R-VIP-03"), Line("R-VIP-04")), Line("R-VIP-10"))
    assert _held_rule_problem(bare) == (
        "holds results of other rules (R-VIP-03, R-VIP-10) but has no rule_ids"
    )
    assert _held_rule_problem(Total((Line("R-VIP-04"),), Line("R-VIP-04"))) is None


# --------------------------------------------------------------------------- the reason

KNOWN_REASON: dict[str, str] = {}


def _reason_problem(result: Any) -> str | None:
    reason = getattr(result, "reason", None)
    if not isinstance(reason, str):
        return f"reason is {type(reason).__name__}"
    if not reason.strip():
        return "reason is empty"
    if "\n" in reason or "\r" in reason:
        return "reason has more than one line"
    if "R-" in reason:
        return "reason has a rule ID inside"
    return None


def test_reason_is_one_line_without_a_rule_id(results: Results) -> None:
    found = _check(results, _reason_problem)
    _assert_only_known(found, KNOWN_REASON, "a reason that is not one line without a rule ID")


# --------------------------------------------------------------------------- str / explain

KNOWN_TEXT: dict[str, str] = {}


def _text_problem(result: Any) -> str | None:
    line = str(result)
    if "\n" in line:
        return "str() has more than one line"
    text = result.explain()
    if not isinstance(text, str):
        return f"explain() returns {type(text).__name__}"
    if text.split("\n", 1)[0] != line:
        return "explain() does not start with str()"
    return None


def test_str_is_one_line_and_explain_starts_with_it(
    results: Results,
) -> None:
    found = _check(results, _text_problem)
    _assert_only_known(found, KNOWN_TEXT, "str()/explain() out of shape")


# --------------------------------------------------------------------------- other text

# Documented exceptions (CONTRIBUTING.md, "Documented exceptions"): a field that holds the
# caller's own text, echoed as given.
_INPUT_TEXT_EXCEPTIONS = {
    "custops.complaints.classifier:Classification.text": "the text classified, as given",
}

KNOWN_FIELD_TEXT: dict[str, str] = {}


def _field_text_problem(result: Any) -> str | None:
    """Only ``explain()`` gives several lines: any other text field of a result is one line
    (a tuple of texts, one line per item), so a table or a form never hides in a field."""
    for field in attrs.fields(type(result)):
        if field.name == "reason" or f"{_key(type(result))}.{field.name}" in (
            _INPUT_TEXT_EXCEPTIONS
        ):
            continue  # the reason has its own check; an input is echoed as given
        value = getattr(result, field.name)
        texts = [value] if isinstance(value, str) else value if isinstance(value, tuple) else ()
        for text in texts:
            if isinstance(text, str) and ("\n" in text or "\r" in text):
                return f"{field.name} holds more than one line"
    return None


def test_other_text_fields_are_one_line(results: Results) -> None:
    found = _check(results, _field_text_problem)
    _assert_only_known(found, KNOWN_FIELD_TEXT, "a text field with more than one line")


# --------------------------------------------------------------------------- truth value

KNOWN_TRUTH: dict[str, str] = {}


def _truth_problem(result: Any) -> str | None:
    if isinstance(result, Decision):
        if bool(result) is not result.allowed:
            return "bool() differs from allowed"
        try:
            result.require()
        except Refused:
            return None if not result.allowed else "require() refuses an allowed decision"
        return None if result.allowed else "require() lets a refusal through"
    try:
        bool(result)
    except InvalidType:
        return None
    return "bool() of a result that is not a Decision does not raise"


def test_only_decisions_have_a_truth_value(results: Results) -> None:
    found = _check(results, _truth_problem)
    _assert_only_known(found, KNOWN_TRUTH, "truth value outside the Decision shape")


# --------------------------------------------------------------------------- policy=None

# Documented exceptions: callables that refuse policy=None by design.
_POLICY_REQUIRED_EXCEPTIONS = {
    "custops.complaints.case:Case.open": "a case always names its desk, there is no default "
    "desk (docs/rules.md R-CMP-06 Reading, issue 17)",
}

# Debt, issue 12: callables that refuse policy=None.
KNOWN_POLICY_NONE: dict[str, str] = {}


def _policy_none_violations(runs: Runs) -> Problems:
    found: Problems = {}
    for code, run in runs.items():
        with language(code):
            for key, (fn, (args, kwargs)) in sorted(run.policy_calls.items()):
                if key in _POLICY_REQUIRED_EXCEPTIONS:
                    continue
                try:
                    fn(*args, **{**kwargs, "policy": None})
                except Exception as exc:  # any refusal is the finding
                    found.setdefault(f"{key} policy=None", f"{type(exc).__name__}: {exc}"[:200])
    return found


def test_policy_none_is_accepted(runs: Runs) -> None:
    """``policy=None`` means the seed's defaults (CONTRIBUTING item 3): each callable an
    example calls with a policy accepts the same call with ``policy=None``."""
    _assert_only_known(_policy_none_violations(runs), KNOWN_POLICY_NONE, "policy=None refused")
    assert sum(len(run.policy_calls) for run in runs.values()) >= 10, "the examples reach few"


# --------------------------------------------------------------------------- storage

# docs/serial.md: every public value, results included, is stored and loaded back equal.
# Results the examples build on purpose that do not hold together (a tampered document's,
# built before loading refuses it) are refused by their class's loading check instead.


def _storable_results(modules: list[ModuleType]) -> list[type[Any]]:
    """The public result classes custops.serial stores (it gives each a tag)."""
    from custops import serial

    found = []
    for cls in _result_classes(modules):
        try:
            serial.tag_of(cls)
        except InvalidType:
            continue
        found.append(cls)
    return found


def _stored_problem(result: Any) -> str | None:
    from custops import serial

    try:
        text = serial.to_json(result)
    except Exception as exc:  # any failure to write fails the test
        return f"to_json fails: {type(exc).__name__}: {exc}"[:200]
    try:
        loaded = serial.from_json(text)
    except InvalidInput:
        check = serial._INVARIANTS.get(_key(type(result)).replace(":", "."))
        try:
            if check is not None:
                check(result)
        except InvalidInput:
            return None  # it does not hold together: refused as a tampered document is
        raise
    if loaded != result or type(loaded) is not type(result):
        return "from_json(to_json(result)) is not equal to the result"
    if serial.to_json(loaded) != text:
        return "a loaded result is written differently"
    return None


def test_every_result_is_stored_and_loaded_back_equal(results: Results) -> None:
    """Each result the examples build, in either language, round-trips through
    ``serial.to_json``/``from_json`` to an equal value, written the same again."""
    found = _check(results, _stored_problem)
    assert found == {}, "results serial does not store:\n" + "\n".join(
        f"{k}\n    e.g. {v}" for k, v in sorted(found.items())
    )


def test_every_stored_result_class_is_reached(results: Results) -> None:
    """Every public result class serial gives a tag to is built by some example, so the
    round trip above covers it (a new result class needs an example in its docs)."""
    storable = _storable_results(_modules())
    assert len(storable) >= 50
    for code, by_class in results.items():
        missing = sorted(_key(c) for c in storable if c not in by_class)
        assert missing == [], f"[{code}] result classes no example builds: {missing}"


# --------------------------------------------------------------------------- the debt list


def test_known_violations_are_still_there(runs: Runs, results: Results) -> None:
    """A KNOWN entry that no longer occurs is fixed debt: remove it so it cannot come back."""
    _assert_known_still_hold(_policy_none_violations(runs), KNOWN_POLICY_NONE)
    checks: list[tuple[Callable[[Any], str | None], dict[str, str]]] = [
        (_rule_problem, KNOWN_RULE),
        (_reason_problem, KNOWN_REASON),
        (_text_problem, KNOWN_TEXT),
        (_field_text_problem, KNOWN_FIELD_TEXT),
        (_truth_problem, KNOWN_TRUTH),
    ]
    for problem, known in checks:
        _assert_known_still_hold(_check(results, problem), known)


def test_the_examples_reach_the_results(results: Results) -> None:
    # A guard for this module: a broken recorder or a lost docs folder would make every
    # check above vacuous.
    for by_class in results.values():
        assert len(by_class) >= 30, sorted(_key(c) for c in by_class)
        assert sum(len(v) for v in by_class.values()) >= 500
        assert Decision in by_class
