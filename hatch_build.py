"""Build hook: compile the gettext catalogues (``src/custops/locale/<language>/*.po``) into
``custops/locale/<language>/LC_MESSAGES/custops.mo`` inside the wheel and the sdist.

No compiled file is kept in the repository; a source checkout compiles the same ``.po``
files in memory on first use (see ``custops.i18n``).  The compiler is ``src/custops/_po.py``,
loaded by path, so building needs nothing beyond hatchling and the standard library.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogues(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":  # the editable install reads src/, which has the .po files
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("custops_po", root / "src/custops/_po.py")
        assert spec is not None
        assert spec.loader is not None
        po = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = po
        spec.loader.exec_module(po)
        out = Path(tempfile.mkdtemp(prefix="custops-mo-"))
        locale = root / "src" / "custops" / "locale"
        prefix = "custops" if self.target_name == "wheel" else "src/custops"
        for folder in sorted(p for p in locale.iterdir() if p.is_dir()):
            entries = []
            for source in sorted(folder.glob("*.po")):
                entries.extend(po.parse(source.read_text(encoding="utf-8")))
            target = out / folder.name / "custops.mo"
            target.parent.mkdir(parents=True)
            target.write_bytes(po.compile_mo(entries))
            where = f"{prefix}/locale/{folder.name}/LC_MESSAGES/custops.mo"
            build_data["force_include"][str(target)] = where
