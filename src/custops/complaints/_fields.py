"""Field converters shared by the complaint modules (private)."""

from __future__ import annotations

from typing import Any, TypeVar

from custops._validate import field_converter, require_bool, require_str
from custops.enums import LabelledEnum

E = TypeVar("E", bound=LabelledEnum)


def enum_field(cls: type[E]) -> Any:
    """An attrs converter reading a member of ``cls``; the error names the field."""
    return field_converter(lambda name, value: cls.parse(value, argument=name))


def text(argument: str, value: Any) -> str:
    """``value`` as a stripped ``str`` (empty allowed)."""
    return require_str(argument, value, nonempty=False).strip()


def optional_bool(argument: str, value: Any) -> bool | None:
    """``None`` or a ``bool``."""
    return None if value is None else require_bool(argument, value)


TEXT = field_converter(text)
BOOL = field_converter(require_bool)
