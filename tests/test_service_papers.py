"""The repair receipt and the handover sheet of D13 第十章 4 (R-SVC-04; audit-records F16)."""

from __future__ import annotations

import datetime as dt

import pytest

from custops.i18n import language
from custops.service import RepairOutcome, repair_intake

DAY = dt.date(2025, 3, 10)


@pytest.mark.parametrize("in_house", [True, False])
def test_R_SVC_04_receipt_and_handover_sheet_are_split(in_house: bool) -> None:
    """R-SVC-04: the receipt (收条) has 日期、商品编码、需修理部位; the handover sheet (交接单)
    has those and, last, 客户姓名 and 照片 (最终注上客户姓名,照相)."""
    d = repair_intake(DAY, repairable_in_house=in_house)
    assert d.receipt_fields == ("日期", "商品编码", "需修理部位")
    assert d.handover_fields == ("日期", "商品编码", "需修理部位", "客户姓名", "照片")
    assert d.handover_fields[: len(d.receipt_fields)] == d.receipt_fields


def test_R_SVC_04_refused_repair_has_no_papers() -> None:
    """R-SVC-04: Thai silver is refused, so neither paper is written."""
    d = repair_intake(DAY, repairable_in_house=True, thai_silver=True)
    assert d.outcome is RepairOutcome.REFUSED
    assert (d.receipt_fields, d.handover_fields) == ((), ())


def test_R_SVC_04_papers_are_chinese_in_every_language() -> None:
    """R-SVC-04: both papers are handed on in Chinese, whatever the staff's language."""
    with language("en_US"):
        en = repair_intake(DAY, repairable_in_house=False)
    with language("zh_CN"):
        zh = repair_intake(DAY, repairable_in_house=False)
    assert en.handover_fields == zh.handover_fields
    with language("zh_CN"):  # the staff's reason follows the language it is read in
        assert "送外修理" in en.reason
    with language("en_US"):
        assert "sent abroad" in zh.reason
