"""Names of a package loaded on first use (PEP 562), so that importing ``custops`` or
``custops.complaints`` costs only the package itself."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__: list[str] = []  # private


def lazy_names(
    package: str, table: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package`` whose lazy names are ``table``."""

    def lookup(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def listing() -> list[str]:
        return sorted(set(namespace) | set(table))

    return lookup, listing
