"""Keep custops' gettext catalogues in step with the source (standard library only).

Usage (from the repository root)::

    python tools/i18n.py extract            # every message in the source, with its area
    python tools/i18n.py update [AREA ...]  # add missing messages to the areas' .po files
    python tools/i18n.py check              # what CI checks; exit status 1 on a problem

A *message* is the literal first argument of a call to ``_``, ``N_`` or ``W_``, or the literal
first two arguments (singular and plural) of a call to ``ngettext`` or ``Wn_`` (see
:mod:`custops.i18n`): a counted message is a plural entry of the catalogues
(``msgid_plural``, one ``msgstr[i]`` per plural form of the language, as every file's
``Plural-Forms`` header says: two forms in
English, one in Chinese). Each source file belongs to an *area* (``sla``, ``vip``,
``classifier``, …) whose messages live in ``src/custops/locale/<language>/<area>.po``, one
file per language and area, so that people working on different areas never edit the same
catalogue. ``update`` appends the missing messages of the areas named (all by default): in
``en_US`` with the English source as its translation, in ``zh_CN`` empty, to be translated
by hand. ``check`` fails when a message of the source lacks a translation in either language
(or a form of one), an entry is fuzzy, the ``{fields}`` of a translation differ from the
source's, a message is counted in the source but not in a catalogue (or the other way round,
or with another plural), a file's ``Plural-Forms`` is not its language's, two areas
translate one message differently, or a catalogue holds a message the source no longer uses.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "custops"
LOCALE = SRC / "locale"
LANGUAGES = ("zh_CN", "en_US")
_MARKERS = {"_", "N_", "W_"}
_PLURAL_MARKERS = {"ngettext", "Wn_"}
#: The ``Plural-Forms`` header of each language's files (gettext's standard rules).
PLURAL_FORMS = {"zh_CN": "nplurals=1; plural=0;", "en_US": "nplurals=2; plural=(n != 1);"}

# Files whose area is not the first part of their path under src/custops.
_AREA_OVERRIDES = {
    "complaints/classifier.py": "classifier",
    "complaints/rules_data.py": "classifier",
    "complaints/_ngram.py": "classifier",
    "complaints/_hanzi.py": "classifier",
    "complaints/severity.py": "classifier",
    "decisions.py": "core",
    "enums.py": "core",
    "_enums.py": "core",
    "i18n.py": "core",
    "_validate.py": "core",
    "errors.py": "core",
    "vector.py": "calendars",
    "_table.py": "calendars",
    "spark.py": "calendars",
    "archives.py": "secrecy",
    "exchange.py": "secrecy",
    "moveout.py": "service",
    "purchasing.py": "service",
    "money.py": "vip",
    "deposits.py": "vip",
    "serial.py": "core",
    "_text.py": "core",
}


def _po() -> ModuleType:
    spec = importlib.util.spec_from_file_location("custops_po", SRC / "_po.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def area_of(path: Path) -> str:
    """The catalogue area of a source file under ``src/custops``."""
    relative = path.relative_to(SRC).as_posix()
    if relative in _AREA_OVERRIDES:
        return _AREA_OVERRIDES[relative]
    first = relative.split("/")[0]
    return first.removesuffix(".py")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages_in(path: Path) -> Iterator[tuple[str, str, int]]:
    """The messages of one source file: ``(message, plural, line)``, ``plural`` empty but
    for a counted message (``ngettext``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
            continue
        first = _literal(node.args[0])
        if first is None:
            continue
        if node.func.id in _MARKERS:
            yield first, "", node.lineno
        elif node.func.id in _PLURAL_MARKERS and len(node.args) >= 2:
            plural = _literal(node.args[1])
            if plural is not None:
                yield first, plural, node.lineno


def extract() -> dict[str, dict[str, list[str]]]:
    """``{area: {message: [where, ...]}}`` over the whole source tree."""
    return _extract()[0]


def plurals() -> dict[str, str]:
    """``{message: plural}`` of the counted messages of the source."""
    return _extract()[1]


def _extract() -> tuple[dict[str, dict[str, list[str]]], dict[str, str]]:
    found: dict[str, dict[str, list[str]]] = {}
    counted: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        if "locale" in path.parts:
            continue
        area = area_of(path)
        for message, plural, line in messages_in(path):
            where = f"{path.relative_to(ROOT).as_posix()}:{line}"
            found.setdefault(area, {}).setdefault(message, []).append(where)
            if plural:
                counted[message] = plural
    return found, counted


def fields_of(template: str) -> set[str]:
    """The named ``{fields}`` of a ``str.format`` template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _header(language: str, area: str) -> str:
    return (
        f"# custops messages, {area}: {language}\n"
        f"# Sources of the compiled catalogue; edit by hand, add with tools/i18n.py update.\n"
        'msgid ""\nmsgstr ""\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {language}\\n"\n'
        f'"Plural-Forms: {PLURAL_FORMS[language]}\\n"\n'
    )


def update(areas: list[str]) -> int:
    po = _po()
    found, counted = _extract()
    added = 0
    for area in areas or sorted(found):
        for language in LANGUAGES:
            path = LOCALE / language / f"{area}.po"
            text = path.read_text(encoding="utf-8") if path.exists() else _header(language, area)
            have = {entry.msgid for entry in po.parse(text)}
            new = [m for m in found.get(area, {}) if m not in have]
            if not new:
                continue
            chunks = [text.rstrip("\n") + "\n"]
            for message in new:
                plural = counted.get(message, "")
                flags = ["python-brace-format"] if fields_of(message + plural) else []
                msgstr = message if language == "en_US" else ""
                forms = [message, plural] if language == "en_US" else [""]
                entry = po.format_entry(message, msgstr, flags, plural=plural, forms=forms)
                chunks.append("\n" + entry)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(chunks), encoding="utf-8")
            added += len(new)
            print(f"{path.relative_to(ROOT)}: {len(new)} message(s) added")
    return added


def problems() -> list[str]:
    """Everything ``check`` reports, one line each (empty when the catalogues are complete)."""
    po = _po()
    found, counted = _extract()
    used = {message for messages in found.values() for message in messages}
    out: list[str] = []
    for language in LANGUAGES:
        merged: dict[str, tuple[tuple[str, ...], str]] = {}
        for path in sorted((LOCALE / language).glob("*.po")):
            name = path.relative_to(ROOT).as_posix()
            try:
                entries = po.parse(path.read_text(encoding="utf-8"))
            except ValueError as error:
                out.append(f"{name}: {error}")
                continue
            headers = [entry.msgstr for entry in entries if not entry.msgid]
            declared = po.plural_forms(headers[0]) if headers else None
            if declared != PLURAL_FORMS[language]:
                out.append(
                    f"{name}: the header's Plural-Forms is {declared!r}, "
                    f"not {PLURAL_FORMS[language]!r}"
                )
            count = po.nplurals(PLURAL_FORMS[language])
            seen: set[str] = set()
            for entry in entries:
                if not entry.msgid:
                    continue
                where = f"{name}:{entry.line}"
                if entry.msgid in seen:
                    out.append(f"{where}: message listed twice: {entry.msgid!r}")
                seen.add(entry.msgid)
                if "fuzzy" in entry.flags:
                    out.append(f"{where}: fuzzy entry: {entry.msgid!r}")
                out += _translation_problems(entry, where, count)
                if entry.msgid not in used:
                    out.append(f"{where}: not used in the source any more: {entry.msgid!r}")
                elif counted.get(entry.msgid, "") != entry.plural:
                    out.append(
                        f"{where}: the plural is {entry.plural!r} here, "
                        f"{counted.get(entry.msgid, '')!r} in the source: {entry.msgid!r}"
                    )
                texts = entry.forms if entry.plural else (entry.msgstr,)
                earlier = merged.get(entry.msgid)
                if earlier is not None and earlier[0] != texts:
                    out.append(f"{where}: translated differently in {earlier[1]}: {entry.msgid!r}")
                merged.setdefault(entry.msgid, (texts, where))
        for area, messages in sorted(found.items()):
            for message, places in messages.items():
                if message not in merged:
                    out.append(f"{places[0]}: no {language} entry for {message!r} (area {area})")
    return out


def _translation_problems(entry: Any, where: str, count: int) -> list[str]:
    """What is wrong with the translation of one entry: missing, a form too many or too few
    (``count`` is the language's number of plural forms), other ``{fields}`` than the
    source's (a form of a counted message: those of the singular or the plural, and the last
    form, used for most counts, those of the plural)."""
    msgid: str = entry.msgid
    plural: str = entry.plural
    if not plural:
        msgstr: str = entry.msgstr
        if not msgstr:
            return [f"{where}: no translation: {msgid!r}"]
        if fields_of(msgstr) != fields_of(msgid):
            return [
                f"{where}: fields differ: {sorted(fields_of(msgid))} in the source, "
                f"{sorted(fields_of(msgstr))} in the translation of {msgid!r}"
            ]
        return []
    forms: tuple[str, ...] = entry.forms
    if len(forms) != count:
        return [f"{where}: {len(forms)} forms, the language has {count}: {msgid!r}"]
    if not all(forms):
        return [f"{where}: no translation of every form: {msgid!r}"]
    source = fields_of(msgid) | fields_of(plural)
    if any(not fields_of(form) <= source for form in forms) or fields_of(forms[-1]) != fields_of(
        plural
    ):
        return [
            f"{where}: fields differ: {sorted(source)} in the source, "
            f"{[sorted(fields_of(form)) for form in forms]} in the forms of {msgid!r}"
        ]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="list every message with its area and places")
    upd = sub.add_parser("update", help="add missing messages to the .po files")
    upd.add_argument("areas", nargs="*")
    sub.add_parser("check", help="fail when the catalogues are incomplete or inconsistent")
    args = parser.parse_args(argv)
    if args.command == "extract":
        found, counted = _extract()
        for area, messages in sorted(found.items()):
            for message, places in messages.items():
                plural = f"\t{counted[message]!r}" if message in counted else ""
                print(f"{area}\t{places[0]}\t{message!r}{plural}")
        return 0
    if args.command == "update":
        update(args.areas)
        return 0
    found = problems()
    for line in found:
        print(line)
    print(f"i18n check: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
