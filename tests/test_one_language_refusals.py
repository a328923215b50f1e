"""Refusals under ``en_US`` hold no Chinese but the value refused (CONTRIBUTING.md item 8,
docs/i18n.md): a member is named by ``member.words``, a seed clause by its article in
English (D14 art. 4(4)), a condition by its English words, and Chinese a message quotes
stands in double quotes.  Each refusal here is raised inside ``language("en_US")`` and its
message, the ``(got …)`` of the value refused set aside, is checked with
:func:`custops.i18n.stray_words`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from custops.complaints import (
    Case,
    CaseEvent,
    CasePolicy,
    Complaint,
    assess_penalty,
)
from custops.errors import CustopsError
from custops.exchange import ExchangePolicy
from custops.i18n import language, stray_words
from custops.moveout import Charge, MoveOutCase
from custops.sla import Target

SH = ZoneInfo("Asia/Shanghai")
D = dt.date(2025, 6, 1)


def T(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


def _complaint(**kw: Any) -> Complaint:
    fields: dict[str, Any] = {
        "channel": "电话",
        "content": "酒有怪味，口感不对",
        "complainant": "王先生",
        "contact": "138 0000 0000",
    }
    fields.update(kw)
    return Complaint(received_at=T(10, 9), **fields)


def _day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def _returned() -> MoveOutCase:
    return (
        MoveOutCase.open(
            "A-1203",
            "天竺工坊",
            on=D,
            deposits=[Charge("押金", "20000")],
            issued_pass_count=2,
            issued_key_count=2,
            parking=True,
        )
        .receive_leasing_notice(D)
        .return_items(_day(1), pass_count=2, key_count=2)
    )


def _inspected() -> MoveOutCase:
    return _returned().inspect(_day(2), restored=True)


def _signed_by_engineering() -> MoveOutCase:
    return _inspected().settle(_day(3)).release_parking(_day(3)).sign_off(_day(3), "工程部")


def _dealer_case() -> Case:
    policy = CasePolicy(sla_policy="dealer", pause_for_customer=True)
    return Case.open(_complaint(), "客户关系顾问", policy=policy)


#: (what is refused, the call, a fragment of the English message)
REFUSALS: list[tuple[str, Callable[[], object], str]] = [
    (
        "a department signs twice",
        lambda: _signed_by_engineering().sign_off(_day(3), "工程部"),
        "sign_off: engineering has signed already",
    ),
    (
        "finance signs before the settlement",
        lambda: _inspected().sign_off(_day(3), "财务部"),
        "sign_off: the settlement must be made and its balance paid first",
    ),
    (
        "a forwarding contact from another department",
        lambda: _inspected().settle(_day(3)).sign_off(_day(3), "工程部", forwarding_contact="x"),
        "forwarding_contact: is recorded by customer service",
    ),
    (
        "customer service signs with conditions unmet",
        lambda: _inspected().settle(_day(3)).sign_off(_day(3), "客服部", forwarding_contact="新址"),
        "conditions not met: ",
    ),
    (
        "an inspection without security",
        lambda: _returned().inspect(_day(2), restored=True, inspectors=["工程部"]),
        "inspectors: the inspection needs security as well",
    ),
    (
        "notify before the conditions are met",
        lambda: _returned().notify(_day(2)),
        "notify: conditions not met: ",
    ),
    (
        "a case that does not begin with its record",
        lambda: Case(
            _complaint(),
            (CaseEvent(T(10, 9), "notify", "客户关系顾问"),),
            policy=CasePolicy(sla_policy="dealer"),
        ),
        "a case begins with its record",
    ),
    (
        "a role that may not take the step",
        lambda: _dealer_case().pause(T(10, 9, 10), "总经理", "等客户补充照片"),
        "general manager (general_manager) may not pause",
    ),
    (
        "a step the stage does not allow",
        lambda: _dealer_case().close(T(10, 9, 10), "客户关系顾问", result="答复"),
        "not allowed while the case is ",
    ),
    (
        "a forwarder named on a phone complaint",
        lambda: _complaint(forwarded_by="12315"),
        "forwarded_by: names who forwarded the complaint, but its channel is phone; "
        "a forwarded complaint's channel is forwarded",
    ),
    (
        "an assessment under the unit's own rules",
        lambda: assess_penalty("0", scheme="unit_rules"),
        "D14 art. 4(3) leaves the staff to the unit's own rules",
    ),
    (
        "approvers the roles do not let approve",
        lambda: CasePolicy(
            sla_policy="dealer", approvers=["部门经理"], roles={"approve": ["总经理"]}
        ),
        "department manager (department_manager) may not approve",
    ),
    (
        "an approval period of no time",
        lambda: CasePolicy(sla_policy="quality", approval_period="0个工作日"),
        "approval_period: ",
    ),
    (
        "a fine of less than the gain",
        lambda: ExchangePolicy(fine_multiple=Decimal("0.5")),
        "fine_multiple: must be at least 1 (no less than the gain)",
    ),
    (
        "a special period in another unit",
        lambda: Target("resolve", "3个工作日", special_period="24小时", rule="R-SLA-09"),
        "special_period: must be in the unit of the period",
    ),
    (
        "a penalty on the tobacco desk",
        lambda: Case.open(
            _complaint(), "客户关系顾问", policy=CasePolicy(sla_policy="tobacco")
        ).penalty(at=T(10, 13)),
        "(D14 art. 4(3), R-CMP-09)",
    ),
]


def _english_problem(message: str) -> str:
    """``message`` without the ``(got …)`` showing the value refused, at its end."""
    return re.sub(r" \(got .*\)$", "", message, flags=re.S)


@pytest.mark.parametrize(("what", "call", "fragment"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_refusal_under_en_US_holds_no_chinese_but_the_value_refused(
    what: str, call: Callable[[], object], fragment: str
) -> None:
    with language("en_US"), pytest.raises(CustopsError) as refused:
        call()
    message = str(refused.value)
    assert fragment in message, message
    assert stray_words(_english_problem(message), code="en_US") == (), message


def test_the_refusals_name_members_in_the_active_language() -> None:
    """``member.words``: the label in ``zh_CN``, for a reader who types the Chinese."""
    with language("zh_CN"), pytest.raises(CustopsError, match="工程部 has signed already"):
        _signed_by_engineering().sign_off(_day(3), "工程部")
    with language("zh_CN"), pytest.raises(CustopsError, match="the inspection needs 保安部"):
        _returned().inspect(_day(2), restored=True, inspectors=["工程部"])
