"""The docs check of .ci/run: every module has a page, every rule ID is mapped.

- every public module of src/custops has a page docs/<module>.md, linked from docs/index.md;
- docs/rules.md lists every rule ID of the rule catalogue (../shared/RULES.md when it is
  beside the checkout, otherwise the IDs docs/rules.md itself lists);
- every rule that docs/rules.md maps to code is cited (by its ID) in src/ and in tests/,
  and in each source file its row names (``custops/periods.py`` `deadline`: the ID is in
  periods.py), so that the code it points to says which rule it implements.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULE_ID = re.compile(r"R-[A-Z]{3}-\d{2}")
#: A source file a row of docs/rules.md names as implementing the rule
CODE_FILE = re.compile(r"`custops/([\w/]+\.py)`")
NOT_MAPPED = ("not yet", "out of scope", "qualitative")
NO_PAGE = {"cli", "__main__", "__init__"}


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

    for problem in problems:
        print(f"docs check: {problem}", file=sys.stderr)
    if not problems:
        print(f"docs check: {len(modules)} module pages, {len(listed)} rule IDs: ok")
    return 1 if problems else 0


def _cited(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        found.update(RULE_ID.findall(path.read_text(encoding="utf-8")))
    return found


if __name__ == "__main__":
    sys.exit(main())
