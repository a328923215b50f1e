"""custops.moveout in the reader's language (issue 15 item 1; R-MOV-01, R-MOV-02).

Reasons and history notes are for staff: they follow the language active when they are
made; the tenant's, the unit's and the charges' names are kept as given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.i18n import language, stray_words
from custops.moveout import (
    Charge,
    Damage,
    MoveOutCase,
    MoveOutPolicy,
    RoomCondition,
    can_leave,
    settle,
)
from custops.testing import amounts, dates

D = dt.date(2025, 6, 3)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def one_language(texts: list[str], code: str) -> None:
    for text in texts:
        assert stray_words(text, code=code) == (), (code, text)


def test_R_MOV_02_history_and_settlement_in_chinese() -> None:
    """R-MOV-02: every step's note and the settlement's reason in Chinese."""
    with language("zh_CN"):
        case = (
            MoveOutCase.open(
                "A-1203",
                "天竺工坊",
                on=D,
                deposits=[Charge("装修押金", "20000")],
                issued_pass_count=2,
                issued_key_count=2,
                parking=True,
            )
            .add_arrears(day(0), Charge("电费", "88.60"), Charge("水费", "20"))
            .receive_leasing_notice(day(0))
            .return_items(day(1), pass_count=2, key_count=2)
            .inspect(day(2), restored=False, damages=[Damage("会议室玻璃门", "1200")])
            .inspect(day(3), restored=True, damages=[Damage("会议室玻璃门", "1200")])
            .settle(day(4))
            .release_parking(day(4))
            .notify(day(5))
        )
        details = [e.detail for e in case.history]
        assert details == [
            "天竺工坊向租售部申请退租，迁出 A-1203",
            "登记欠费：电费 88.60、水费 20.00",
            "租售部已书面通知客服部",
            "交回出入证 2 张、钥匙 2 把",
            "破损 1 处，应赔 1200.00 元；房态未恢复",
            "破损 1 处，应赔 1200.00 元；房态已恢复",
            "押金 20,000.00 元 − 赔偿 1,200.00 元 − 欠费 108.60 元 = 退还 18,691.40 元",
            "车位已退租",
            "单元已腾空；已知会工程部、保安部、财务部",
        ]
        one_language(details, "zh_CN")
        done = can_leave(case)
        assert done.reason == "迁出条件均已满足；已于 2025-06-08 知会相关各部门"
        assert str(done) == "允许（R-MOV-01）：迁出条件均已满足；已于 2025-06-08 知会相关各部门"
        owes = settle(deposits=[Charge("押金", "500")], arrears=[Charge("电费", "800")])
        assert str(owes) == (
            "结果（R-MOV-02）：押金 500.00 元 − 赔偿 0.00 元 − 欠费 800.00 元：客户尚欠 300.00 元"
        )
    with language("en_US"):
        again = MoveOutCase.open(
            "A-1203", "天竺工坊", on=D, issued_pass_count=1, issued_key_count=1
        ).add_arrears(D, Charge("电费", "88.60"))
    assert [e.detail for e in again.history] == [
        '"天竺工坊" applies to the leasing department to move out of A-1203',
        'arrears recorded: "电费 88.60"',
    ]


def test_R_MOV_01_unmet_conditions_in_chinese() -> None:
    """R-MOV-01: each unmet condition with its note, in Chinese and in English."""
    strict = MoveOutPolicy(damage_cleared_by_compensation=False)
    opened = MoveOutCase.open(
        "B-0801",
        "某公司",
        on=D,
        arrears=[Charge("租金", "900")],
        policy=strict,
        issued_pass_count=1,
        issued_key_count=1,
    )
    damaged = (
        opened.receive_leasing_notice(D)
        .return_items(D, pass_count=1, key_count=1)
        .inspect(day(1), restored=False, damages=[Damage("门锁", "300")])
    )
    owing = damaged.settle(day(2), collected="100")
    with language("zh_CN"):
        fresh = can_leave(opened)
        assert fresh.reason == (
            "未满足：租售部已书面通知客服部；出入证、单元钥匙如数交回；无拖欠费用（尚未结算）；"
            "房态已按要求恢复（尚未验房）；房内无设施破损（尚未验房）；已知会相关各部门"
        )
        assert can_leave(owing).reason == (
            "未满足：无拖欠费用（尚欠 1100.00 元）；房态已按要求恢复；房内无设施破损；"
            "已知会相关各部门"
        )
        lenient = MoveOutCase.open(
            "B-0802", "某公司", on=D, issued_pass_count=1, issued_key_count=1
        )
        lenient = lenient.receive_leasing_notice(D).return_items(D, pass_count=1, key_count=1)
        lenient = lenient.inspect(D, restored=True, damages=[Damage("门锁", "300")])
        assert "房内无设施破损（赔偿尚未结算）" in can_leave(lenient).reason
        one_language([fresh.reason, str(fresh), fresh.explain()], "zh_CN")
    with language("en_US"):
        english = can_leave(owing)
    assert english.reason == (
        "unmet: no arrears (1100.00 owed); unit restored; no damage; departments notified"
    )


_LABELS = st.sampled_from(("租赁押金", "装修押金", "物业费", "电费", "水费", "门锁", "地毯"))
_CHARGES = st.lists(st.builds(Charge, _LABELS, amounts(max_value=50_000)), max_size=3)
_DAMAGES = st.lists(st.builds(Damage, _LABELS, amounts(min_value=1, max_value=5000)), max_size=2)


@st.composite
def _plans(draw: st.DrawFn) -> dict[str, Any]:
    """A move-out case's data and how many of its steps to take (a plan, built per language)."""
    return {
        "unit": draw(st.sampled_from(("A-1203", "B-0801", "12层东区"))),
        "tenant": draw(st.sampled_from(("天竺工坊", "某贸易公司", "王芳"))),
        "on": draw(dates()),
        "deposits": draw(_CHARGES),
        "arrears": draw(_CHARGES),
        "more_arrears": draw(_CHARGES),
        "passes": draw(st.integers(0, 3)),
        "keys": draw(st.integers(1, 3)),
        "parking": draw(st.booleans()),
        "strict": draw(st.booleans()),
        "restored": draw(st.booleans()),
        "damages": draw(_DAMAGES),
        "steps": draw(st.integers(0, 8)),
    }


def _build(plan: dict[str, Any]) -> MoveOutCase:
    on = plan["on"]
    case = MoveOutCase.open(
        plan["unit"],
        plan["tenant"],
        on=on,
        deposits=plan["deposits"],
        arrears=plan["arrears"],
        issued_pass_count=plan["passes"],
        issued_key_count=plan["keys"],
        parking=plan["parking"],
        policy=MoveOutPolicy(damage_cleared_by_compensation=not plan["strict"]),
    )
    steps: list[Callable[[MoveOutCase], MoveOutCase]] = [
        lambda c: c.add_arrears(on, *plan["more_arrears"]) if plan["more_arrears"] else c,
        lambda c: c.receive_leasing_notice(on),
        lambda c: c.return_items(on, pass_count=plan["passes"], key_count=plan["keys"]),
        lambda c: c.inspect(on, restored=plan["restored"], damages=plan["damages"]),
        lambda c: c.settle(on),
        lambda c: c.collect(on, c.outstanding) if c.outstanding else c,
        lambda c: c.release_parking(on) if c.parking else c,
        lambda c: (
            c.notify(on) if can_leave(c).unmet == (RoomCondition.DEPARTMENTS_NOTIFIED,) else c
        ),
    ]
    for step in steps[: plan["steps"]]:
        case = step(case)
    return case


@settings(max_examples=40, deadline=None)
@given(_plans())
def test_property_moveout_explanations_are_one_language(plan: dict[str, Any]) -> None:
    """R-MOV-01, R-MOV-02 (issue 15 item 1): every history note, reason, str() and explain()
    of a case drawn at any step is one-language in zh_CN and in en_US."""
    for code in ("zh_CN", "en_US"):
        with language(code):
            case = _build(plan)
            texts = [e.detail for e in case.history]
            decision = can_leave(case)
            texts += [decision.reason, str(decision), decision.explain()]
            if case.settlement is not None:
                texts += [case.settlement.reason, str(case.settlement)]
            one_language(texts, code)
