"""The docs check of .ci/run: every module has a page, every rule ID is mapped.

- every public module of src/custops has a page docs/<module>.md, linked from docs/index.md;
- docs/rules.md lists every rule ID of the rule catalogue (../shared/RULES.md when it is
  beside the checkout, otherwise the IDs docs/rules.md itself lists);
- every rule that docs/rules.md maps to code is cited (by its ID) in src/ and in tests/,
  and in each source file its row names (``custops/periods.py`` `deadline`: the ID is in
  periods.py), so that the code it points to says which rule it implements;
- every code name a row of docs/rules.md cites exists: each source file, each name cited
  after it (``custops/vip/ledger.py`` `Ledger.earn`: imported and looked up, or defined in
  the file), each module path (``custops.vip``, ``periods.Deadline``) and each test
  (``test_vip.py::test_R_VIP_03_*``, ``::name`` of the file before it).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RULE_ID = re.compile(r"R-[A-Z]{3}-\d{2}")
#: A source file a row of docs/rules.md names as implementing the rule
CODE_FILE = re.compile(r"`custops/([\w/]+\.py)`")
NOT_MAPPED = ("not yet", "out of scope", "qualitative")
NO_PAGE = {"cli", "__main__", "__init__"}
#: A code span of docs/rules.md
SPAN = re.compile(r"`([^`]+)`")
#: A code name: a dotted identifier, a call's arguments or an option's value left out
NAME = re.compile(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?:\(.*)?$")
#: A test cited: ``file.py::name`` or ``::name`` (of the file before it), ``*`` a prefix
TEST = re.compile(r"^(test_\w+\.py)?::(\w+)(\*)?$")


def main() -> int:
    problems: list[str] = []
    docs = ROOT / "docs"
    index = (docs / "index.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "custops"
    modules = sorted(
        p.stem if p.is_file() else p.name
        for p in package.iterdir()
        if (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))
        and not p.name.startswith("_")
        and p.stem not in NO_PAGE
    )
    for module in modules:
        page = docs / f"{module}.md"
        if not page.exists():
            problems.append(f"module custops.{module} has no page docs/{module}.md")
        elif f"{module}.md" not in index:
            problems.append(f"docs/index.md does not link docs/{module}.md")

    rules_page = (docs / "rules.md").read_text(encoding="utf-8")
    catalogue = ROOT.parent / "shared" / "RULES.md"
    source = catalogue.read_text(encoding="utf-8") if catalogue.exists() else rules_page
    wanted = set(RULE_ID.findall(source))
    listed = set(RULE_ID.findall(rules_page))
    problems += [f"docs/rules.md does not list {rid}" for rid in sorted(wanted - listed)]

    cited_src = _cited(ROOT / "src")
    cited_tests = _cited(ROOT / "tests")
    for line in rules_page.splitlines():
        ids = RULE_ID.findall(line)
        if not line.startswith("|") or not ids:
            continue
        rid = ids[0]
        if any(marker in line.lower() for marker in NOT_MAPPED):
            continue
        if rid not in cited_src:
            problems.append(f"{rid} is mapped in docs/rules.md but cited nowhere in src/")
        if rid not in cited_tests:
            problems.append(f"{rid} is mapped in docs/rules.md but cited in no test")
        for name in dict.fromkeys(CODE_FILE.findall(line)):
            path = ROOT / "src" / "custops" / name
            if not path.exists():
                problems.append(f"{rid}: docs/rules.md names custops/{name}, which does not exist")
            elif rid not in path.read_text(encoding="utf-8"):
                problems.append(
                    f"{rid}: docs/rules.md names custops/{name}, which does not cite it"
                )

    problems += _names(rules_page)
    for problem in problems:
        print(f"docs check: {problem}", file=sys.stderr)
    if not problems:
        print(f"docs check: {len(modules)} module pages, {len(listed)} rule IDs: ok")
    return 1 if problems else 0


def _names(rules_page: str) -> list[str]:
    """The code names the rows of docs/rules.md cite that do not exist."""
    sys.path.insert(0, str(ROOT / "src"))
    problems: list[str] = []
    for line in rules_page.splitlines():
        cells = line.split("|")
        ids = RULE_ID.findall(line)
        if not line.startswith("|") or not ids or len(cells) < 7:
            continue
        rid = ids[0]
        code, tests = cells[4], cells[5]
        where: Path | None = None  # the source file the names after it are in
        for span in SPAN.findall(code):
            file = CODE_FILE.fullmatch(f"`{span}`")
            if file:
                where = ROOT / "src" / "custops" / file.group(1)
                continue
            found = NAME.fullmatch(span)
            if found is None or "=" in span.split("(")[0]:
                continue  # a value (``"resolve"``, ``1个工作日``) or an option (``on=``)
            name = found.group(1)
            if not _exists(name, where):
                place = f"custops/{where.relative_to(ROOT / 'src' / 'custops')}" if where else ""
                problems.append(
                    f"{rid}: docs/rules.md cites {name!r} {place}, which does not exist"
                )
        last: str | None = None
        for span in SPAN.findall(tests):
            cited = TEST.match(span.split(" ")[0])
            if cited is None:
                continue
            last = cited.group(1) or last
            test, prefix = cited.group(2), bool(cited.group(3))
            if last is None or not _has_test(ROOT / "tests" / last, test, prefix):
                problems.append(
                    f"{rid}: docs/rules.md cites the test {last}::{test}"
                    f"{'*' if prefix else ''}, which does not exist"
                )
    return problems


def _exists(name: str, where: Path | None) -> bool:
    """Whether the code name ``name`` exists: in the module of the source file ``where``
    (looked up, or defined there), as a module of custops or in one (``periods.Deadline``,
    ``custops.vip``), in any module of custops (a row names ``Case.open`` after the
    preset it opens with), or defined or quoted (an event's, a field's name) in src/."""
    if name in {"True", "False", "None"}:
        return True
    first, *rest = name.split(".")
    if where is not None and (
        _lookup(_module_of(where), name.split(".")) or _defined(name, where.read_text("utf-8"))
    ):
        return True
    if first == "custops" and (_lookup(_import("custops"), rest) or _import(name) is not None):
        return True
    if _lookup(_import(f"custops.{first}"), rest):
        return True
    if any(_lookup(module, name.split(".")) for module in _modules()):
        return True
    return any(_defined(name, text) for text in _sources())


def _defined(name: str, text: str) -> bool:
    """Whether the last part of ``name`` is defined (a function, a class, a field, a
    constant) or quoted in the source ``text``."""
    last = re.escape(name.split(".")[-1])
    pattern = rf"(def|class)\s+{last}\b|^\s*{last}\s*[:=]|[\"']{last}[\"']"
    return re.search(pattern, text, re.M) is not None


@functools.cache
def _modules() -> tuple[Any, ...]:
    package = _import("custops")
    names = [
        info.name
        for info in pkgutil.walk_packages(package.__path__, "custops.")
        if "__main__" not in info.name
    ]
    return tuple(m for m in map(_import, ["custops", *names]) if m is not None)


@functools.cache
def _sources() -> tuple[str, ...]:
    return tuple(p.read_text("utf-8") for p in sorted((ROOT / "src").rglob("*.py")))


def _module_of(path: Path) -> Any:
    parts = path.relative_to(ROOT / "src").with_suffix("").parts
    return _import(".".join(parts[:-1] if parts[-1] == "__init__" else parts))


def _import(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _lookup(owner: Any, names: list[str]) -> bool:
    if owner is None:
        return False
    for attr in names:
        if not hasattr(owner, attr):
            fields = getattr(owner, "__attrs_attrs__", None)  # an attrs field without a default
            if fields is None or not hasattr(fields, attr):
                return False
            return attr == names[-1]
        owner = getattr(owner, attr)
    return True


def _has_test(path: Path, test: str, prefix: bool) -> bool:
    if not path.exists():
        return False
    ending = r"\w*" if prefix else r"\b"
    found = re.search(
        rf"^\s*(async\s+)?def\s+{test}{ending}", path.read_text(encoding="utf-8"), re.M
    )
    return found is not None


def _cited(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        found.update(RULE_ID.findall(path.read_text(encoding="utf-8")))
    return found


if __name__ == "__main__":
    sys.exit(main())
