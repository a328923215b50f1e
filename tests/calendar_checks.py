"""A check the calendar and serial tests share (R-SLA-01): how many times calendars build
their index of working days while a test runs — equal calendars share one built index."""

from __future__ import annotations

from typing import Any

import pytest

from custops.calendars import WorkCalendar


def counting_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time any calendar builds its index of working days."""
    built: list[int] = []
    build = WorkCalendar._build

    def counted(self: WorkCalendar, *args: Any) -> Any:
        built.append(1)
        return build(self, *args)

    monkeypatch.setattr(WorkCalendar, "_build", counted)
    return built
