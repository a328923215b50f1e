"""A target whose clock has not begun says which step begins it (R-SLA-01, D1 第四条 2-3).

The dealer desk's solution target counts from the assignment of the handler: a general
complaint classified but not yet assigned runs no clock, and its status names ``assign``.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from custops import complaints as cmp
from custops.i18n import language
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 9, 29, 10, 0, tzinfo=SH)


def _classified(policy: str = "dealer", content: str = "空调坏了") -> cmp.Case:
    c = cmp.Complaint(received_at=T0, channel="电话", content=content, complainant="王")
    return cmp.Case.open(c, "客户关系顾问", policy=policy).classify(
        T0 + dt.timedelta(minutes=30),
        "客户关系经理",
        kind="complaint",
        category="product_quality",
        grounds_sufficient=True,
        demand_reasonable=True,
    )


def test_dealer_solution_waits_for_the_assignment_r_sla_01() -> None:
    (solution,) = (t for t in presets.DEALER.targets if t.name == "solution")
    assert solution.from_assignment
    status = _classified().status(at=T0 + dt.timedelta(hours=1))
    assert status.waiting == ("solution",)
    assert status.statuses == ()
    with language("zh_CN"):
        zh = status.explain()
    assert "提出解决办法：尚未开始计时，分派受理责任人后起算" in zh
    with language("en_US"):
        text = _classified().status(at=T0 + dt.timedelta(hours=1)).explain()
    assert "solution: waiting; it starts when the case is assigned to its handler (assign)" in text


def test_the_named_step_is_allowed_and_starts_the_clock_r_sla_01() -> None:
    case = _classified()
    assert cmp.CaseAction.ASSIGN in case.allowed_events()
    assigned = case.assign(T0 + dt.timedelta(hours=1), "客户关系经理", "售后服务部")
    status = assigned.status(at=T0 + dt.timedelta(hours=2))
    assert status.waiting == ()
    # one working day from the assignment: to the close of the next working day
    assert status["solution"].due_at == dt.datetime(2026, 9, 30, 18, 0, tzinfo=SH)
    assert "waiting" not in status.explain()


def test_a_chained_target_names_its_predecessor_r_sla_10() -> None:
    case = _classified("winery", "酒有怪味")
    with language("zh_CN"):
        text = case.status(at=T0 + dt.timedelta(hours=1)).explain()
    assert "处理反馈单：尚未开始计时，处理完毕之后起算" in text
