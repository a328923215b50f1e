"""The catalogue check of .ci/run: the built wheel and sdist carry every compiled language.

Builds both with hatchling (the project's build backend, which runs ``hatch_build.py``),
then, for each language with ``.po`` sources, checks that the wheel holds
``custops/locale/<language>/LC_MESSAGES/custops.mo`` and the sdist
``src/custops/locale/<language>/LC_MESSAGES/custops.mo``, that gettext reads them, that they
hold exactly the messages of the sources (every form of a counted message, and the
sources' ``Plural-Forms``), and that no compiled file is checked in.
"""

from __future__ import annotations

import gettext
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from custops import _po  # noqa: E402

Key = str | tuple[str, int]  # a message, or (a counted message, the index of a form)


def expected(language: str) -> dict[Key, str]:
    entries: list[_po.Entry] = []
    for source in sorted((ROOT / "src/custops/locale" / language).glob("*.po")):
        entries.extend(_po.parse(source.read_text(encoding="utf-8")))
    found: dict[Key, str] = {e.msgid: e.msgstr for e in entries if e.msgid and e.msgstr}
    for e in entries:
        if e.msgid and e.plural and e.translated:
            found.update({(e.msgid, i): form for i, form in enumerate(e.forms)})
    headers = {_po.plural_forms(e.msgstr) for e in entries if not e.msgid}
    found["Plural-Forms"] = " ".join(sorted(h for h in headers if h))
    return found


def catalogue(data: bytes) -> dict[Key, str]:
    translations = gettext.GNUTranslations(io.BytesIO(data))
    found: dict[Key, str] = {k: v for k, v in translations._catalog.items() if k}  # type: ignore[attr-defined]
    found["Plural-Forms"] = translations.info().get("plural-forms", "")
    return found


def main() -> int:
    problems: list[str] = []
    tracked = subprocess.run(
        ["git", "ls-files", "*.mo"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    problems += [f"a compiled catalogue is checked in: {name}" for name in tracked]
    languages = sorted(p.name for p in (ROOT / "src/custops/locale").iterdir() if p.is_dir())
    from hatchling.build import build_sdist, build_wheel

    with tempfile.TemporaryDirectory() as out:
        here = os.getcwd()
        os.chdir(ROOT)
        try:
            wheel = Path(out) / build_wheel(out)
            sdist = Path(out) / build_sdist(out)
        finally:
            os.chdir(here)
        with zipfile.ZipFile(wheel) as zf:
            in_wheel = {name: zf.read(name) for name in zf.namelist() if name.endswith(".mo")}
        with tarfile.open(sdist) as tf:
            in_sdist = {
                m.name.split("/", 1)[1]: tf.extractfile(m).read()  # type: ignore[union-attr]
                for m in tf.getmembers()
                if m.name.endswith(".mo")
            }
        for language in languages:
            want = expected(language)
            for kind, files, name in (
                ("wheel", in_wheel, f"custops/locale/{language}/LC_MESSAGES/custops.mo"),
                ("sdist", in_sdist, f"src/custops/locale/{language}/LC_MESSAGES/custops.mo"),
            ):
                if name not in files:
                    problems.append(f"the {kind} lacks {name}")
                elif catalogue(files[name]) != want:
                    problems.append(f"the {kind}'s {name} differs from the .po sources")
            print(f"{language}: {len(want)} messages compiled into the wheel and the sdist")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
