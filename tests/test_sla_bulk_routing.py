"""Bulk routing: ``SlaPolicy.select_many`` and ``SlaPolicy.schedule_many``, the bulk forms
of ``select`` and ``schedule`` (CONTRIBUTING item 10).  Each row is what the scalar gives
for it, company labels read as the scalar reads them, the cases grouped internally by the
attributes they read (R-SLA-05/06/07 by channel, R-SLA-11/12 by kind, R-SLA-09)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import CustopsError, InvalidInput, InvalidType, PolicyError
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
WINERY = presets.winery()
TOBACCO = presets.tobacco()
CHANNELS = ("电话", "网站", "书面", "现场", "转交", "phone", "online")
KINDS = ("投诉", "咨询", "建议", "表扬", "complaint")


def _at(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, tzinfo=SH)


def test_each_channel_gets_its_own_rule_R_SLA_05_R_SLA_06_R_SLA_07() -> None:
    """A phone complaint gets its 24-hour reply (R-SLA-05), a written or online one its
    acknowledgement (R-SLA-06), an in-person one its registration (R-SLA-07): row by row as
    ``schedule`` gives them, in one call."""
    received = [_at(9, 30, 16), _at(9, 30, 16), _at(9, 30, 16)]
    channels = ["电话", "网站", "现场"]
    plans = WINERY.schedule_many(received_at=received, channel=channels, kind="投诉")
    assert [p.steps[0].target.name for p in plans] == ["reply", "acknowledge", "register"]
    assert [p.steps[0].due_at for p in plans] == [_at(10, 1, 16)] * 3
    for plan, channel in zip(plans, channels, strict=True):
        assert plan == WINERY.schedule(received_at=plan.received_at, channel=channel, kind="投诉")


def test_company_labels_are_read_as_the_scalar_reads_them_R_SLA_05() -> None:
    """A desk's own words for a channel (热线, 小程序) go through as ``select`` reads them;
    one it does not know is refused naming its row."""
    found = WINERY.select_many(channel=["热线电话", "微信小程序"], kind=["投诉", "投诉"])
    assert [s.matched_rule for s in found] == ["phone complaint", "written or online complaint"]
    assert found[0].rule_ids[0] == "R-SLA-05"
    with pytest.raises(InvalidInput, match=r"^channel\[1\]: is not a known Channel") as info:
        WINERY.select_many(channel=["电话", "礼宾部"], kind="投诉")
    assert info.value.value == "礼宾部"


def test_a_consultation_is_answered_within_24_hours_R_SLA_11() -> None:
    received = [_at(9, 30, 10), _at(9, 30, 10)]
    plans = TOBACCO.schedule_many(received_at=received, kind=["咨询", "投诉"])
    assert [p.selection.matched_rule for p in plans] == ["consultation", "complaint"]
    assert plans[0].steps[0].due_at == _at(10, 1, 10)


def test_refusals_name_the_row_R_SLA_09() -> None:
    with pytest.raises(InvalidInput, match=r"^received_at\[1\]: must be timezone-aware"):
        WINERY.schedule_many(
            received_at=[_at(9, 30, 10), dt.datetime(2025, 9, 30)], channel="电话", kind="投诉"
        )
    with pytest.raises(InvalidInput, match=r"^received_at\[0\]: is missing"):
        WINERY.schedule_many(received_at=[None], channel="电话", kind="投诉")
    # R-SLA-09: a consultation is never special, refused as select refuses it, by its row
    with pytest.raises(InvalidInput, match=r"^special\[1\]: only a complaint or a suggestion"):
        TOBACCO.select_many(kind=["投诉", "咨询"], special=[True, True])
    with pytest.raises(InvalidInput, match=r"^kind: must have a row per case"):
        TOBACCO.schedule_many(received_at=[_at(9, 30, 10)], kind=["投诉", "咨询"])
    with pytest.raises(InvalidInput, match=r"^attributes: no column given"):
        TOBACCO.select_many(kind="投诉")
    pa = pytest.importorskip("pyarrow")
    with pytest.raises(InvalidType, match=r"^received_at: must be a list"):
        TOBACCO.schedule_many(received_at=pa.array([_at(9, 30, 10)]), kind="投诉")


def test_a_column_of_ticket_rows_and_a_series_keep_their_shape_R_SLA_05() -> None:
    pd = pytest.importorskip("pandas")
    tickets = [{"channel": "电话", "kind": "投诉"}, {"channel": "书面", "kind": "建议"}]
    found = WINERY.select_many(tickets)
    assert found == [WINERY.select(t) for t in tickets]
    received = pd.Series([_at(9, 30, 16), _at(10, 9, 9)], index=["T1", "T2"])
    plans = WINERY.schedule_many(received_at=received, channel="电话", kind="投诉")
    assert list(plans.index) == ["T1", "T2"]
    assert plans["T2"] == WINERY.schedule(received_at=_at(10, 9, 9), channel="电话", kind="投诉")
    channels = pd.Series(["电话", "礼宾部"], index=["T1", "T2"])
    with pytest.raises(InvalidInput, match=r"^channel\[label 'T2'\] \(position 1\)"):
        WINERY.schedule_many(received_at=received, channel=channels, kind="投诉")


def _loop_answer(desk: Any, call: Any) -> Any:
    try:
        return call()
    except (InvalidInput, PolicyError) as exc:
        return type(exc)


_RECEIVED = st.datetimes(dt.datetime(2025, 1, 2), dt.datetime(2026, 11, 30), timezones=st.just(SH))


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            _RECEIVED,
            st.sampled_from(CHANNELS),
            st.sampled_from(KINDS),
            st.sampled_from(["product_quality", "service", None]),
        ),
        min_size=1,
        max_size=12,
    ),
    desk=st.sampled_from([WINERY, TOBACCO, presets.dealer(), presets.quality()]),
)
def test_property_the_bulk_answer_is_the_loops_R_SLA_05_R_SLA_11(
    rows: list[tuple[dt.datetime, str, str, str | None]], desk: Any
) -> None:
    """Whatever the mix of channels, kinds and categories, ``schedule_many`` gives row by
    row what ``schedule`` gives, and ``select_many`` what ``select`` gives; when a row is
    refused, the bulk call refuses the first such row, naming it."""
    received = [r[0] for r in rows]
    columns = {
        "channel": [r[1] for r in rows],
        "kind": [r[2] for r in rows],
        "category": [r[3] for r in rows],
    }
    loop = [
        _loop_answer(
            desk,
            lambda r=r: desk.schedule(received_at=r[0], channel=r[1], kind=r[2], category=r[3]),
        )
        for r in rows
    ]
    refused = [i for i, answer in enumerate(loop) if isinstance(answer, type)]
    if refused:
        with pytest.raises((InvalidInput, PolicyError)) as info:
            desk.schedule_many(received_at=received, **columns)
        assert (info.value.argument or "").endswith(f"[{refused[0]}]")
        return
    assert desk.schedule_many(received_at=received, **columns) == loop
    assert desk.select_many(**columns) == [plan.selection for plan in loop]


@pytest.mark.parametrize("special", [[True, 1], [1, True], [False, 0.0]])
def test_a_value_the_scalar_refuses_is_refused_in_any_row_order_R_SLA_09(
    special: list[object],
) -> None:
    """R-SLA-09: ``True == 1`` in Python, yet ``select`` refuses the 1: the bulk form reads
    each value with its type, so no row order lets a refused value through."""
    desk = presets.winery()
    with pytest.raises(CustopsError, match=r"^special\[\d\]: must be a bool"):
        desk.select_many(channel=["电话", "电话"], kind="投诉", special=special)


@pytest.mark.parametrize("rows", [["abc"], [[("channel", "电话", "x")]]])
def test_a_row_that_is_no_ticket_is_refused_naming_it(rows: list[object]) -> None:
    """A column of ticket rows holding a text or a triple is refused as ``select`` refuses
    it, naming the row, never a bare ValueError."""
    with pytest.raises(CustopsError, match=r"^attributes\[0\]: must be"):
        presets.winery().select_many(rows)


def test_a_series_answer_keeps_the_index_and_the_name() -> None:
    """A Series in gives a Series out with the same index and name, so it is assigned back
    to its frame as it is (CONTRIBUTING: container in, container out)."""
    pd = pytest.importorskip("pandas")
    channels = pd.Series(["电话", "网站"], index=[7, 3], name="channel")
    found = presets.winery().select_many(channel=channels, kind="投诉")
    assert list(found.index) == [7, 3]
    assert found.name == "channel"
    assert [s.matched_rule for s in found] == [
        s.matched_rule for s in presets.winery().select_many(channel=["电话", "网站"], kind="投诉")
    ]
