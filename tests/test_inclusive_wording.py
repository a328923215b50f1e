"""A due day that is included is worded as included, in both languages (R-SLA-15, R-SLA-18,
R-VIP-11, R-ARC-03).

The library's due days are inclusive: an update, a survey, a mailing or a return made on the
due day itself is on time.  「X前」 reads as "before X" (X excluded), so the Chinese texts say
「最迟于X（含当日）」, the English ones "on or before X"; D7 「于次月2日…寄回」 names the day
itself, so its text says 「于次月 2 日」, not 「2 日前」.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings

from custops.archives import Archive, survey_due, update_schedule
from custops.i18n import language
from custops.testing import dates
from custops.vip import registration_report_due

D = dt.date


def _inclusive_zh(text: str, due: D) -> None:
    assert f"{due.isoformat()}（含当日）" in text
    assert f"{due.isoformat()} 前" not in text
    assert "日前" not in text


def test_R_SLA_15_an_update_on_the_due_day_counts_and_the_text_says_so() -> None:
    """R-SLA-15 (D2 2): 2024Q2's update is due 2024-07-01 (06-30 is a Sunday); one made
    that day is on time, and the open quarter's text says the day is included."""
    archive = Archive("某药店", created_on=D(2024, 3, 1), partner_since_on=D(2024, 3, 1))
    q2 = update_schedule(archive, on=D(2024, 6, 20))[0]
    assert q2.due_on == D(2024, 7, 1)
    with language("zh_CN"):
        text = str(update_schedule(archive, on=D(2024, 6, 20))[0])
    assert text.endswith("2024Q2 尚未更新，最迟于 2024-07-01（含当日）更新")
    with language("en_US"):
        reason = update_schedule(archive, on=D(2024, 6, 20))[0].reason
    assert "due on or before 2024-07-01" in reason
    updated = Archive(
        "某药店", created_on=D(2024, 3, 1), partner_since_on=D(2024, 3, 1), updates=[D(2024, 7, 1)]
    )
    assert update_schedule(updated, on=D(2024, 7, 1))[0].outcome.value == "done"


def test_R_SLA_18_the_yearly_survey_text_includes_31_december() -> None:
    with language("zh_CN"):
        text = survey_due(on=D(2025, 6, 1)).reason
    assert text == "2025 年尚未调查，最迟于 2025-12-31（含当日）完成"
    with language("en_US"):
        assert survey_due(on=D(2025, 6, 1)).reason == (
            "no survey yet in 2025: due on or before 2025-12-31"
        )


def test_R_VIP_11_the_forms_are_mailed_on_the_2nd_not_before_it() -> None:
    """D7 「于次月2日及时…寄回营运部」: on the 2nd (moved past rest days), not before it."""
    with language("zh_CN"):
        text = str(registration_report_due(on=D(2025, 12, 10), explain=True))
    assert text == (
        "期限（R-VIP-11）：2025-12 的会员资料登记表须于次月 2 日寄回营运部："
        "最迟 2026-01-04（含当日）"
    )
    with language("en_US"):
        reason = registration_report_due(on=D(2025, 12, 10), explain=True).reason
    assert reason.endswith("on day 2 of the next month: on or before 2026-01-04")


@settings(max_examples=60)
@given(dates(D(2020, 1, 1), D(2026, 11, 30)))
def test_R_SLA_18_R_VIP_11_a_due_day_is_never_worded_as_excluded(on: D) -> None:
    """Property: whatever the day asked, the due day shown is marked as included and never
    followed by 「前」 (R-SLA-18, R-VIP-11)."""
    with language("zh_CN"):
        survey = survey_due(on=on)
        report = registration_report_due(on=on, explain=True)
        _inclusive_zh(survey.reason, survey.due_on)  # (a survey's reason is worded when read)
        _inclusive_zh(report.reason, report.ends_on)
