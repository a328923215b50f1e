"""A repair request (报修) is not a complaint kind: the seed keeps repairs apart from
complaints (D3 四 4-5, D3 三 10-11, R-ARC-01), so counting one as a complaint would put it
in the review (R-CMP-14) and cost a point (R-CMP-12); it is timed by a target of the
desk's own. A complaint about a repair's quality is category repair_quality (R-CMP-02)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from custops.complaints import Category, Kind
from custops.errors import InvalidInput
from custops.sla import Target, due, presets

SH = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize("text", ["报修", " 工程报修 ", "维修", "repair request", "Repair"])
def test_a_repair_request_refused_as_a_kind_says_what_to_do_R_CMP_01(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"^kind: is not a known Kind; one of: ") as info:
        Kind.parse(text, argument="kind")
    error = info.value
    assert error.argument == "kind"
    assert error.value == text
    assert "a repair request is not a kind of complaint" in error.problem
    assert "custops.sla.Target" in error.problem
    assert "repair_quality" in error.problem


def test_another_unknown_kind_has_no_repair_hint_R_CMP_01() -> None:
    with pytest.raises(InvalidInput) as info:
        Kind.parse("业主群", argument="kind")
    assert "repair" not in info.value.problem


def test_a_desk_refuses_a_repair_kind_with_the_hint_R_CMP_01() -> None:
    with pytest.raises(InvalidInput, match=r"^kind: .*repair request is not a kind") as info:
        presets.WINERY.select(channel="400热线", kind="报修")
    assert info.value.value == "报修"


def test_a_repair_timed_by_a_target_of_its_own_R_PER_01() -> None:
    """Friday 26 September 2025, 1 working day: Sunday 28 September is a 调休 work day."""
    start = dt.datetime(2025, 9, 26, 10, 0, tzinfo=SH)
    assert due(start, Target("repair", "1个工作日", label="报修")) == dt.datetime(
        2025, 9, 28, 18, 0, tzinfo=SH
    )


def test_a_complaint_about_a_repair_is_category_repair_quality_R_CMP_02() -> None:
    assert Category.parse("维修质量") is Category.REPAIR_QUALITY
