"""custops.service in the reader's language (issue 15 item 1).

Explanations for staff (``reason``, ``str()``, ``explain()``) follow the active language;
what the customer hears or is handed (``tell_customer``, ``receipt_fields``, the cashier's
``words``, ``suggested_text``) is Chinese in every language.  Rules: R-SVC-01 … R-SVC-04,
R-SLA-19 … R-SLA-21.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.i18n import language, stray_words
from custops.service import (
    DEFAULT_FORBIDDEN_PHRASES,
    NextDay,
    Problem,
    ServicePolicy,
    cash_announcement,
    check_reply,
    franchise_return_allowance,
    greeting_check,
    phone_check,
    picking_deadline,
    repair_intake,
    wholesale_return_decision,
)
from custops.testing import amounts, aware_datetimes, calendars, complaint_texts, dates

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2025, 3, 3, 10, 0, tzinfo=SH)
LANGUAGES = ("zh_CN", "en_US")


def chinese(result: Any) -> str:
    """The reason of ``result``, checked to be one-language Chinese with its headline
    (call it with ``zh_CN`` active: ``str()`` is worded when it is called)."""
    for text in (result.reason, str(result), result.explain()):
        assert stray_words(text, code="zh_CN") == (), text
    return str(result.reason)


# --- examples in Chinese, one per rule ------------------------------------------------------------


def test_R_SVC_01_reason_in_chinese() -> None:
    """R-SVC-01: the finding is named in Chinese; the suggestion for the customer is unchanged."""
    with language("zh_CN"):
        found = check_reply("喂，干什么？叫你的老头来")
        assert chinese(found) == "使用了服务忌语：喂,干什么、老头"
        assert str(found) == "不合格（R-SVC-01）：使用了服务忌语：喂,干什么、老头"
        assert chinese(check_reply("您好,请稍等")) == "未发现服务忌语"
    with language("en_US"):
        english = check_reply("喂，干什么？叫你的老头来")
    assert english.reason == 'forbidden phrases used: "喂,干什么", "老头"'
    assert english.suggested_text == found.suggested_text == "您好,请把您的需求告知我？叫你的老伯来"


def test_R_SVC_02_reason_in_chinese_words_always_chinese() -> None:
    """R-SVC-02: the reason follows the language; the cashier's words are Chinese in both."""
    with language("zh_CN"):
        a = cash_announcement(amount_received="100", amount_due="87.5")
        assert chinese(a) == "实收 100.00 元，应收 87.50 元，找零 12.50 元"
    with language("en_US"):
        b = cash_announcement(amount_received="100", amount_due="87.5")
    assert b.reason == "100.00 received for 87.50 due: 12.50 change"
    assert (a.spoken, a.spoken_uppercase) == (b.spoken, b.spoken_uppercase)
    assert b.spoken == "收您100元,找您12.50元"


def test_R_SLA_19_reasons_in_chinese() -> None:
    """R-SLA-19: each phone outcome explained in Chinese, with the policy's ring counts."""
    with language("zh_CN"):
        assert chinese(phone_check(2)) == "响铃 2 声后接听，未超过 2 声"
        assert chinese(phone_check(3)) == "响铃 3 声后才接听；标准为响铃 2 声内接听"
        assert chinese(phone_check(5, apologised=True)) == (
            "响铃 5 声后接听，已按要求先致歉（响铃 5 声起须致歉）"
        )
        late = phone_check(7)
        assert chinese(late) == "响铃 7 声后接听，未按要求先致歉（响铃 5 声起须致歉）"
        assert str(late).startswith("不合格（R-SLA-19）：")


def test_R_SLA_20_reasons_in_chinese() -> None:
    """R-SLA-20: greeting reasons in seconds (秒), in Chinese."""
    with language("zh_CN"):
        on_time = greeting_check(T0, greeted_at=T0 + dt.timedelta(seconds=45))
        assert chinese(on_time) == "60 秒内已问候"
        late = greeting_check(T0, greeted_at=T0 + dt.timedelta(seconds=90))
        assert chinese(late) == "顾客等候 90 秒后才问候；标准为 60 秒内"
        pending = greeting_check(T0, at=T0 + dt.timedelta(seconds=20))
        assert chinese(pending) == "尚未问候；须在 60 秒内问候"
        overdue = greeting_check(T0, at=T0 + dt.timedelta(seconds=60, microseconds=500))
        assert chinese(overdue) == "顾客已等候 60.0005 秒仍未问候；标准为 60 秒内"


def test_R_SLA_21_reasons_in_chinese() -> None:
    """R-SLA-21: the picking deadline's clauses in Chinese, joined by full-width semicolons."""
    workdays = attrs.evolve(ServicePolicy(), next_day=NextDay.WORKING_DAY)
    with language("zh_CN"):
        same_day = picking_deadline(dt.datetime(2025, 3, 7, 10, 30, tzinfo=SH), item_count=20)
        assert chinese(same_day) == "当天下班前（18:00）配好"
        both = picking_deadline(dt.datetime(2025, 3, 7, 16, 30, tzinfo=SH), item_count=101)
        assert chinese(both) == (
            "16:30 接单，已到截单时间 16:00；大单（101 件，超过 100 件）；"
            "次日（2025-03-08）下班前配好"
        )
        holiday = picking_deadline(
            dt.datetime(2025, 10, 1, 10, 0, tzinfo=SH), item_count=3, policy=workdays
        )
        assert chinese(holiday) == "休息日接单，自 2025-10-09 起算；当天下班前（18:00）配好"
        assert str(holiday).startswith("结果（R-SLA-21）：")
    with language("en_US"):
        english = picking_deadline(dt.datetime(2025, 3, 7, 16, 30, tzinfo=SH), item_count=101)
    assert english.reason == (
        "received at 16:30, at or after the cut-off 16:00; "
        "large order (101 items, more than 100); picked by the next day (2025-03-08)"
    )


@pytest.mark.parametrize(
    ("problem", "collected", "remote", "confirmed", "stock", "expected"),
    [
        ("mismatch", True, True, None, True, "客户自己提货的商品不予退换"),
        ("mismatch", False, True, None, True, "外地客户收到的货物与订单不符：予以换货"),
        ("mismatch", False, False, None, True, "货物与订单不符的，仅视频客户和外地客户可以换货"),
        ("quality", False, True, None, True, "质量问题须先经视频查验再换货"),
        ("quality", False, True, False, True, "视频查验未发现产品问题"),
        ("quality", False, True, True, True, "质量问题已确认：予以换货"),
        ("quality", False, True, True, False, "质量问题已确认且无货可换：予以退货"),
        ("other", False, True, None, True, "批发商品仅因货不对版或质量问题方可退换"),
    ],
)
def test_R_SVC_03_wholesale_reasons_in_chinese(
    problem: str, collected: bool, remote: bool, confirmed: bool | None, stock: bool, expected: str
) -> None:
    """R-SVC-03: every branch of the wholesale return decision explained in Chinese."""
    with language("zh_CN"):
        decision = wholesale_return_decision(
            problem,
            self_collected=collected,
            remote=remote,
            quality_confirmed=confirmed,
            in_stock=stock,
        )
        assert chinese(decision) == expected
        assert str(decision) == f"{decision.outcome.label}（R-SVC-03）：{expected}"


def test_R_SVC_03_franchise_reasons_in_chinese() -> None:
    """R-SVC-03: the franchise allowance explained in Chinese, every outcome."""
    head = "合同退换货比例 0.1 × 进货 20,000.00 元 = 2,000.00 元，尚余 500.00 元"
    with language("zh_CN"):
        part = franchise_return_allowance(
            purchased_amount="20000", ratio="0.1", returned_amount="1500", requested_amount="800"
        )
        assert chinese(part) == f"{head}：申请 800.00 元，受理 500.00 元"
        full = franchise_return_allowance(
            purchased_amount="20000", ratio="0.1", returned_amount="1500", requested_amount="300"
        )
        assert chinese(full) == f"{head}：300.00 元全部受理"
        assert str(full).startswith("准予退换（R-SVC-03）：")
        assert str(part).startswith("部分受理（R-SVC-03）：")  # the headline says "in part"
        none = franchise_return_allowance(
            purchased_amount="20000", ratio="0.1", returned_amount="2000", requested_amount="300"
        )
        assert chinese(none).endswith("尚余 0.00 元：合同退换货额度已用完")
        assert str(none).startswith("不予退换（R-SVC-03）：")


def test_R_SVC_04_reasons_in_chinese_tell_customer_always_chinese() -> None:
    """R-SVC-04: the staff reason follows the language; ``tell_customer`` and the receipt's
    fields are Chinese in every language, in every branch (issue 15)."""
    day = dt.date(2025, 3, 10)
    expected = {
        (False, False): "无法自行修理，送外修理，需时 1–6 个月",
        (True, False): "可自行修理（如掉石）：由本店修理",
        (True, True): "泰银饰品不予受理维修",
    }
    for (in_house, thai), reason in expected.items():
        with language("zh_CN"):
            zh = repair_intake(day, repairable_in_house=in_house, thai_silver=thai)
            assert chinese(zh) == reason
        with language("en_US"):
            en = repair_intake(day, repairable_in_house=in_house, thai_silver=thai)
        assert stray_words(en.reason, code="en_US") == ()
        assert stray_words(zh.reason, code="en_US") == ()  # read in English, made in Chinese
        assert en == zh  # one value, whichever language it was made in
        assert en.tell_customer == zh.tell_customer
        assert en.receipt_fields == zh.receipt_fields
        for told in (*en.tell_customer, *en.receipt_fields):
            assert stray_words(told, code="zh_CN") == ()
            assert stray_words(told, code="en_US") != ()  # Chinese, unquoted
    assert repair_intake(day, repairable_in_house=True, thai_silver=True).tell_customer == (
        "泰银饰品不在受理范围",
    )


# --- property: one language per sentence ---------------------------------------------------------

_PHRASES = ("", *(p.phrase for p in DEFAULT_FORBIDDEN_PHRASES))


@st.composite
def _service_calls(draw: st.DrawFn) -> dict[str, Any]:
    arrived = draw(aware_datetimes())
    return {
        "reply": draw(complaint_texts()) + draw(st.sampled_from(_PHRASES)),
        "due": draw(amounts(min_value="0.01", max_value=50_000)),  # a sale of something
        "change": draw(amounts(max_value=500)),
        "rings": draw(st.integers(min_value=0, max_value=12)),
        "apologised": draw(st.booleans()),
        "arrived": arrived,
        "waited": dt.timedelta(seconds=draw(st.integers(min_value=0, max_value=600))),
        "greeted": draw(st.booleans()),
        "received": draw(aware_datetimes()),
        "items": draw(st.integers(min_value=1, max_value=300)),
        "next_day": draw(st.sampled_from(NextDay)),
        "calendar": draw(calendars()),
        "problem": draw(st.sampled_from(Problem)),
        "flags": draw(st.tuples(*[st.booleans()] * 3)),
        "confirmed": draw(st.sampled_from((None, True, False))),
        "purchased": draw(amounts(max_value=100_000)),
        "ratio": draw(st.decimals(min_value=0, max_value=1, places=2)),
        "requested": draw(amounts(min_value="0.01", max_value=10_000)),  # nothing: refused
        "returned": draw(amounts(max_value=10_000)),
        "repair_on": draw(dates()),
    }


def _results(c: dict[str, Any]) -> list[Any]:
    """Every kind of result custops.service gives, for one draw."""
    later = c["arrived"] + c["waited"]
    greeting = (
        greeting_check(c["arrived"], greeted_at=later)
        if c["greeted"]
        else greeting_check(c["arrived"], at=later)
    )
    policy = attrs.evolve(ServicePolicy(), next_day=c["next_day"])
    collected, remote, stock = c["flags"]
    return [
        check_reply(c["reply"]),
        cash_announcement(amount_received=c["due"] + c["change"], amount_due=c["due"]),
        phone_check(c["rings"], apologised=c["apologised"]),
        greeting,
        picking_deadline(
            c["received"], item_count=c["items"], policy=policy, calendar=c["calendar"]
        ),
        wholesale_return_decision(
            c["problem"],
            self_collected=collected,
            remote=remote,
            quality_confirmed=c["confirmed"],
            in_stock=stock,
        ),
        franchise_return_allowance(
            purchased_amount=c["purchased"],
            ratio=c["ratio"],
            requested_amount=c["requested"],
            returned_amount=min(c["returned"], c["purchased"]),  # both of the contract period
        ),
        repair_intake(c["repair_on"], repairable_in_house=collected, thai_silver=remote),
    ]


def _for_customer(results: list[Any]) -> list[Any]:
    reply, cash, *_, repair = results
    return [
        reply.suggested_text,
        cash.spoken,
        cash.spoken_uppercase,
        repair.tell_customer,
        repair.receipt_fields,
    ]


@settings(max_examples=40, deadline=None)
@given(_service_calls())
def test_property_service_explanations_are_one_language(c: dict[str, Any]) -> None:
    """R-SVC-01..04, R-SLA-19..21 (issue 15 item 1): every reason, str() and explain() is
    one-language in zh_CN and in en_US; the text for the customer is the same Chinese in both."""
    customer = []
    for code in LANGUAGES:
        with language(code):
            results = _results(c)
            for result in results:
                for text in (result.reason, str(result), result.explain()):
                    assert stray_words(text, code=code) == (), (code, text)
        customer.append(_for_customer(results))
    assert customer[0] == customer[1]
    for said in customer[0]:
        for text in (said,) if isinstance(said, str) else said:
            assert stray_words(text, code="zh_CN") == (), text


def test_R_SVC_02_zero_change_reason() -> None:
    """R-SVC-02: a payment of exactly what is due says no change, in Chinese."""
    with language("zh_CN"):
        exact = cash_announcement(amount_received=50, amount_due=50)
        assert chinese(exact) == "实收 50.00 元，应收 50.00 元，找零 0.00 元"
    assert exact.change == Decimal("0.00")
