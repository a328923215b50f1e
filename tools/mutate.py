"""A small AST mutation tester for custops modules (no dependency beyond the standard library).

Usage (from the repository root, in the dev virtualenv)::

    python tools/mutate.py src/custops/money.py tests/test_money.py \
        [--sample 80] [--seed 1] [--jobs 2] [--timeout 120] [--report out.md]

Each mutant changes one thing in the module's syntax tree — a comparison (``<`` ↔ ``<=``,
``==`` ↔ ``!=``, ``in`` ↔ ``not in``, ``is`` ↔ ``is not``), an arithmetic operator
(``+`` ↔ ``-``, ``*`` ↔ ``//``), an integer constant (``n`` → ``n + 1``), a boolean
operator (``and`` ↔ ``or``), a ``not`` dropped, an ``if`` condition negated, or a
``return``/``raise`` guard removed — and the given tests are run against a copy of the
source tree holding the mutant.  A mutant is *killed* when the tests fail, *survives*
when they pass, and *times out* (counted as killed, and reported apart) past ``--timeout``
seconds — by default ten times the unmutated run plus 30 s.  The unmutated tree is run
first: when its tests fail the tool stops, since no score would mean anything.

The report lists the score (killed / run) and every survivor with its line and change, so
a person can decide whether it is equivalent (no behaviour change) or a missing test.
``--sample`` draws that many mutants at random (reproducibly, ``--seed``) when there are
more; the whole set is run without it.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_COMPARE_SWAP: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BINOP_SWAP: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
}


class _Site:
    """One place a mutation applies: the index of the node in walk order and the change."""

    def __init__(self, index: int, kind: str, line: int, text: str) -> None:
        self.index = index
        self.kind = kind
        self.line = line
        self.text = text


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _sites(tree: ast.AST) -> Iterator[_Site]:
    skip = _docstring_nodes(tree)
    for index, node in enumerate(ast.walk(tree)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for k, op in enumerate(node.ops):
                if type(op) in _COMPARE_SWAP:
                    new = _COMPARE_SWAP[type(op)].__name__
                    yield _Site(index, f"cmp{k}", line, f"{type(op).__name__} -> {new}")
        elif isinstance(node, ast.BinOp) and type(node.op) in _BINOP_SWAP:
            new = _BINOP_SWAP[type(node.op)].__name__
            yield _Site(index, "binop", line, f"{type(node.op).__name__} -> {new}")
        elif (
            isinstance(node, ast.Constant)
            and type(node.value) is int
            and id(node) not in skip
            and line
        ):
            yield _Site(index, "int", line, f"{node.value} -> {node.value + 1}")
        elif isinstance(node, ast.BoolOp):
            new = "Or" if isinstance(node.op, ast.And) else "And"
            yield _Site(index, "boolop", line, f"{type(node.op).__name__} -> {new}")
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield _Site(index, "not", line, "drop not")
        elif isinstance(node, ast.If):
            yield _Site(index, "if", line, "negate if condition")
        elif isinstance(node, ast.Raise) and node.exc is not None:
            yield _Site(index, "raise", line, "raise -> pass")


def _mutate(tree: ast.AST, site: _Site) -> ast.AST:
    mutant = copy.deepcopy(tree)
    for index, node in enumerate(ast.walk(mutant)):
        if index != site.index:
            continue
        if site.kind.startswith("cmp"):
            assert isinstance(node, ast.Compare)
            k = int(site.kind[3:])
            node.ops[k] = _COMPARE_SWAP[type(node.ops[k])]()
        elif site.kind == "binop":
            assert isinstance(node, ast.BinOp)
            node.op = _BINOP_SWAP[type(node.op)]()
        elif site.kind == "int":
            assert isinstance(node, ast.Constant)
            assert type(node.value) is int
            node.value = int(node.value) + 1
        elif site.kind == "boolop":
            assert isinstance(node, ast.BoolOp)
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        elif site.kind == "not":
            assert isinstance(node, ast.UnaryOp)
            node.op = ast.UAdd()  # +x: truthiness no longer inverted (x is kept)
            node.operand = ast.Call(ast.Name("bool", ast.Load()), [node.operand], [])
        elif site.kind == "if":
            assert isinstance(node, ast.If)
            node.test = ast.UnaryOp(ast.Not(), node.test)
        elif site.kind == "raise":
            assert isinstance(node, ast.Raise)
            node.exc = ast.Call(ast.Name("_MutantPass", ast.Load()), [], [])
        break
    ast.fix_missing_locations(mutant)
    return mutant


# Each mutant runs the property tests with fewer examples (derandomised, like CI).
_FEWER_EXAMPLES = """

settings.register_profile("mutate", max_examples=15, derandomize=True, deadline=None)
settings.load_profile("mutate")
"""

_PREAMBLE = "class _MutantPass(Exception):\n    pass\n\n"


def _render(tree: ast.AST, site: _Site) -> str:
    source = ast.unparse(tree)
    if site.kind == "raise":
        # "raise -> pass": raise an exception nothing expects, so a test that wanted the
        # original error fails, and code that swallowed it is exercised.
        lines = source.split("\n")
        head = 0
        for head, line in enumerate(lines):  # after the __future__ import
            if line.startswith("from __future__"):
                head += 1
                break
        else:
            head = 0
        source = "\n".join([*lines[:head], _PREAMBLE, *lines[head:]])
    return source


def _run(
    root: Path, module: Path, source: str, tests: list[str], timeout: float, worker: int
) -> str:
    work = Path(tempfile.gettempdir()) / f"custops-mutate-{os.getpid()}-{worker}"
    if not work.exists():
        for part in ("src", "tests", "docs"):
            shutil.copytree(root / part, work / part)
        shutil.copy(root / "pyproject.toml", work / "pyproject.toml")
        conftest = (root / "conftest.py").read_text(encoding="utf-8")
        (work / "conftest.py").write_text(conftest + _FEWER_EXAMPLES, encoding="utf-8")
    (work / module.relative_to(root)).write_text(source, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(work / "src"))
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    try:
        done = subprocess.run(
            command, cwd=work, env=env, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    finally:
        original = (root / module.relative_to(root)).read_text(encoding="utf-8")
        (work / module.relative_to(root)).write_text(original, encoding="utf-8")
    return "survived" if done.returncode == 0 else "killed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("module", help="the source file to mutate, e.g. src/custops/money.py")
    parser.add_argument("tests", nargs="+", help="test files (and doctest files) to run")
    parser.add_argument("--sample", type=int, default=0, help="run this many mutants at random")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--timeout", type=float, default=0.0, help="seconds per mutant (default: 10x baseline + 30)"
    )
    parser.add_argument("--report", help="write the markdown report here as well")
    args = parser.parse_args(argv)

    root = Path.cwd()
    module = (root / args.module).resolve()
    tree = ast.parse(module.read_text(encoding="utf-8"))
    sites = list(_sites(tree))
    total = len(sites)
    if args.sample and args.sample < total:
        sites = sorted(random.Random(args.seed).sample(sites, args.sample), key=lambda s: s.index)
    started = time.monotonic()
    original = module.read_text(encoding="utf-8")
    for worker in range(args.jobs):  # the baseline, which also builds each work tree
        began = time.monotonic()
        baseline = _run(root, module, original, args.tests, args.timeout or 3600.0, worker)
        took = time.monotonic() - began
        if baseline != "survived":
            print(f"the tests do not pass on the unmutated tree ({baseline}); no score")
            return 2
    timeout = args.timeout or 10 * took + 30
    print(f"baseline: tests pass in {took:.0f} s; timeout per mutant {timeout:.0f} s")

    def one(item: tuple[int, _Site]) -> tuple[_Site, str]:
        n, site = item
        source = _render(_mutate(tree, site), site)
        worker = n % args.jobs
        return site, _run(root, module, source, args.tests, timeout, worker)

    # One work tree per worker: items are dealt round-robin, each worker runs its own.
    by_worker: list[list[tuple[int, _Site]]] = [[] for _ in range(args.jobs)]
    for n, site in enumerate(sites):
        by_worker[n % args.jobs].append((n, site))
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        chunks = list(pool.map(lambda chunk: [one(item) for item in chunk], by_worker))
    results = [r for chunk in chunks for r in chunk]
    results.sort(key=lambda r: (r[0].line, r[0].index))
    killed = sum(1 for _, outcome in results if outcome != "survived")
    timeouts = sum(1 for _, outcome in results if outcome == "timeout")
    survivors = [(s, o) for s, o in results if o == "survived"]
    lines = [
        f"# Mutation report: {args.module}",
        "",
        f"- mutants in the module: {total}; run: {len(results)}"
        + (f" (random sample, seed {args.seed})" if len(results) < total else ""),
        f"- killed: {killed} ({killed - timeouts} by a failing test, {timeouts} timed out "
        f"after {timeout:.0f} s); survived: {len(survivors)}",
        f"- score: {killed / len(results):.1%}" if results else "- score: n/a",
        f"- tests: {' '.join(args.tests)}",
        f"- time: {time.monotonic() - started:.0f} s",
        "",
        "## Survivors",
        "",
        *(f"- line {s.line}: {s.text}" for s, _ in survivors),
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.report:
        Path(args.report).write_text(report, encoding="utf-8")
    for job in range(args.jobs):  # the work trees
        shutil.rmtree(
            Path(tempfile.gettempdir()) / f"custops-mutate-{os.getpid()}-{job}",
            ignore_errors=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
