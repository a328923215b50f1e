"""Values hold together and refusals point at what the caller wrote: sums of amounts stay
exact to the fen at every size ``yuan`` accepts; a stored move-out case or cost contract
whose parts contradict each other is refused on loading; a working-time budget is never
zero; a Hypothesis strategy draws only what the library accepts; an item of a collection
is refused by its place, shown as given; a decision's reason is never blank and never holds
a rule ID, in any width."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.calendars import Arrangement, BusinessHours, WorkCalendar
from custops.decisions import Decision
from custops.errors import InvalidInput
from custops.money import from_fen, to_fen, total
from custops.moveout import Charge, Damage, MoveOutCase, can_leave, settle
from custops.periods import deadline
from custops.purchasing import CostLimit, CostOutcome, cost_contract
from custops.testing import chinese_numeral, period_texts, spelled_periods
from test_calendars import NOTICE_2027

SH = ZoneInfo("Asia/Shanghai")
D = dt.date(2025, 6, 3)

# amounts of up to 30 digits (28 before the point, 2 after): all that yuan() accepts
_BIG = st.integers(min_value=0, max_value=10**30 - 1).map(from_fen)


# --------------------------------------------------------------------- exact money sums


def test_a_settlement_of_30_digit_amounts_loses_no_fen_R_MOV_02() -> None:
    """R-MOV-02: 999999999999999999999999999.99 − 0.01 is …98, not rounded to 1e27."""
    s = settle(
        deposits=[Charge("押金", "999999999999999999999999999.99")], damages=[Damage("门", "0.01")]
    )
    assert s.refund == Decimal("999999999999999999999999999.98")
    assert s.deposits_total == Decimal("999999999999999999999999999.99")
    assert s.net == s.refund
    one = settle(deposits=[Charge("押金", "9999999999999999999999999999")])
    assert str(one.deposits_total) == "9999999999999999999999999999.00"


@settings(max_examples=60)
@given(st.lists(_BIG, max_size=3), st.lists(_BIG, max_size=3), st.lists(_BIG, max_size=3))
def test_property_settle_adds_up_exactly_for_amounts_of_30_digits_R_MOV_02(
    deposits: list[Decimal], damages: list[Decimal], arrears: list[Decimal]
) -> None:
    """R-MOV-02 property: refund − owed == deposits − damages − arrears exactly (Python
    integers in fen as the reference), or the totals are refused as too large, naming the
    collection given."""
    fen = [sum(to_fen(a) for a in amounts) for amounts in (deposits, damages, arrears)]
    net = fen[0] - fen[1] - fen[2]
    limit = 10**30
    try:
        s = settle(
            deposits=[Charge("押金", a) for a in deposits],
            damages=[Damage("门", a) for a in damages],
            arrears=[Charge("电费", a) for a in arrears],
        )
    except InvalidInput as error:
        refused: InvalidInput | None = error
    else:
        refused = None
    if refused is not None:
        assert max(*fen, -net) >= limit
        assert refused.argument in ("deposits", "damages", "arrears")
        return
    assert to_fen(s.deposits_total) == fen[0]
    assert to_fen(s.damages_total) == fen[1]
    assert to_fen(s.arrears_total) == fen[2]
    assert to_fen(s.refund) - to_fen(s.owed) == net
    assert min(s.refund, s.owed) == 0
    assert serial.from_json(serial.to_json(s)) == s  # a stored settlement loads back


@settings(max_examples=60)
@given(
    st.lists(_BIG.map(lambda a: a if a.as_tuple().digits[-1] % 2 else a.copy_negate()), max_size=6)
)
def test_property_money_total_is_exact_at_every_size(amounts: list[Decimal]) -> None:
    """``money.total`` is the exact sum (the default context keeps 28 digits; an amount has
    up to 30), or refused as too large."""
    exact = sum(to_fen(a) for a in amounts)
    try:
        found = total(amounts)
    except InvalidInput:
        assert abs(exact) >= 10**30
        return
    assert to_fen(found) == exact


def test_a_monthly_limit_with_a_fraction_of_a_fen_is_refused_R_PUR_02() -> None:
    """R-PUR-02: a monthly total is money given to custops: 12.345 is refused, not rounded."""
    with pytest.raises(InvalidInput, match=r"^amount: has a fraction of a fen") as caught:
        CostLimit("monthly", "12.345")
    assert caught.value.value == "12.345"
    assert cost_contract(CostLimit("monthly", "12.34"), actual="10").limit_amount == Decimal(
        "12.34"
    )
    # a rate per tonne keeps its fraction: it is multiplied before the limit is rounded
    assert cost_contract(
        CostLimit("每吨", "12.345"), actual="0", tonnes="2"
    ).limit_amount == Decimal("24.69")


def test_the_cli_refuses_a_monthly_limit_with_a_fraction_of_a_fen_R_PUR_02() -> None:
    """R-PUR-02, docs/cli.md: an amount with a fraction of a fen is a typing error (exit 2)."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "custops",
            "purchasing",
            "cost",
            "monthly",
            "12.345",
            "--actual",
            "7000",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2, run.stdout
    assert "AMOUNT: has a fraction of a fen" in run.stderr
    assert "12.345" in run.stderr


def test_a_cost_limit_names_its_amount() -> None:
    """``CostLimit.amount`` is yuan per basis (``rate`` is a multiplier elsewhere: vip)."""
    limit = CostLimit("monthly", "8000")
    assert limit.amount == Decimal("8000")
    assert not hasattr(limit, "rate")


# --------------------------------------------------------------------- stored values


def _owing_case() -> MoveOutCase:
    case = MoveOutCase.open(
        "C",
        "某工作室",
        on=D,
        arrears=[Charge("电费", "2000")],
        issued_pass_count=1,
        issued_key_count=1,
    )
    case = case.receive_leasing_notice(D).return_items(D, pass_count=1, key_count=1)
    return case.inspect(D, restored=True).settle(D, collected="1500")


def test_a_stored_case_notified_while_money_is_owed_is_refused_R_MOV_01() -> None:
    """R-MOV-01: notification needs every other condition; a document that says otherwise
    would leave a case no step could finish."""
    case = _owing_case()
    assert not can_leave(case)
    doc = serial.to_dict(case)
    doc["value"]["notified_on"] = "2025-06-05"
    with pytest.raises(InvalidInput, match="notified_on: needs every other move-out condition"):
        serial.from_dict(doc)
    paid = case.collect(D, "500").notify(D)
    assert serial.from_dict(serial.to_dict(paid)) == paid


def test_a_stored_case_without_its_leasing_notice_is_refused_R_MOV_02() -> None:
    """R-MOV-02: items are returned after the leasing notice."""
    doc = serial.to_dict(_owing_case())
    doc["value"]["leasing_notice_on"] = None
    with pytest.raises(InvalidInput, match="needs leasing_notice_on"):
        serial.from_dict(doc)


def test_a_case_built_with_a_step_before_its_application_is_refused_R_MOV_02() -> None:
    with pytest.raises(
        InvalidInput, match=r"^notified_on: is before the application on 2025-06-03"
    ):
        MoveOutCase(
            "A",
            "T",
            applied_on=D,
            notified_on=dt.date(2025, 6, 1),
            issued_pass_count=1,
            issued_key_count=1,
        )
    with pytest.raises(InvalidInput, match="notified_on: needs every other move-out condition"):
        MoveOutCase("A", "T", applied_on=D, notified_on=D, issued_pass_count=1, issued_key_count=1)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("overspend_split", [], "overspend_split: must add up to 500.00"),
        ("outcome", "saved", "outcome: must be overspent"),
        ("outcome", "on_limit", "outcome: must be overspent"),
    ],
)
def test_a_stored_cost_contract_that_contradicts_itself_is_refused_R_PUR_02(
    field: str, value: Any, message: str
) -> None:
    """R-PUR-02: the split adds up to the part borne (an empty one too); the outcome is the
    one the amounts give."""
    cc = cost_contract(
        CostLimit("每吨", "35"), actual="4000", tonnes="100", parties={"采购部门": 2, "张三": 1}
    )
    doc = serial.to_dict(cc)
    doc["value"][field] = value
    with pytest.raises(InvalidInput, match=message):
        serial.from_dict(doc)
    assert serial.from_dict(serial.to_dict(cc)) == cc


@settings(max_examples=40)
@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_property_every_cost_contract_loads_back_R_PUR_02(limit_fen: int, actual_fen: int) -> None:
    """R-PUR-02 round trip: what cost_contract computes passes the loading checks."""
    cc = cost_contract(
        CostLimit("monthly", Decimal(limit_fen).scaleb(-2)), actual=Decimal(actual_fen).scaleb(-2)
    )
    assert serial.from_json(serial.to_json(cc)) == cc
    assert (cc.outcome is CostOutcome.OVERSPENT) == (cc.overspend > 0)


# --------------------------------------------------------------------- working time


def test_a_tuesday_to_saturday_shop_counts_a_working_day_of_its_own_hours_R_SLA_09() -> None:
    """R-SLA-09: n working days are n × a real working day's hours; the makeup weekday
    defaults to the first weekday with hours (Tuesday here), never a day without."""
    week = BusinessHours(dict.fromkeys((1, 2, 3, 4, 5), "09:00-18:00"))
    assert week.makeup_weekday == 1
    shop = WorkCalendar(business_hours=week, weekend=(0, 6))
    start = dt.datetime(2025, 9, 9, 10, tzinfo=SH)
    due = deadline(start, "3个工作日", convention="working_time", calendar=shop)
    assert due == dt.datetime(2025, 9, 12, 10, tzinfo=SH)  # 27 business hours later
    assert BusinessHours.standard().makeup_weekday == 0


def test_a_makeup_weekday_without_hours_and_a_week_without_any_are_refused() -> None:
    with pytest.raises(
        InvalidInput, match=r"^makeup_weekday: must be a weekday with business hours"
    ) as caught:
        BusinessHours({1: "09:00-18:00"}, makeup_weekday=0)
    assert caught.value.value == 0
    with pytest.raises(
        InvalidInput, match=r"^weekly: must give business hours on at least one weekday"
    ) as empty:
        BusinessHours({})
    assert empty.value.value == {}


# --------------------------------------------------------------------- strategies


@settings(max_examples=30)
@given(spelled_periods(max_count=10**8), period_texts(max_count=999_999_999))
def test_spelled_periods_draw_counts_above_a_hundred_million(pair: Any, text: str) -> None:
    """docs/testing.md: every strategy draws only what the library accepts — a count
    beyond Chinese numerals is spelled in digits."""
    period, spelled = pair
    from custops.periods import Period

    assert Period.parse(spelled) == period
    assert isinstance(Period.parse(text), Period)


@pytest.mark.parametrize("count", [10**8, -1])
def test_chinese_numeral_names_its_count(count: int) -> None:
    with pytest.raises(InvalidInput, match=r"^count: ") as caught:
        chinese_numeral(count)
    assert (caught.value.argument, caught.value.value) == ("count", count)


# --------------------------------------------------------------------- items by place


@pytest.mark.parametrize(
    ("build", "argument", "shown"),
    [
        (
            lambda: WorkCalendar(closures=[dt.date(2025, 1, 2), dt.date(1900, 10, 11)]),
            "closures[1]",
            dt.date(1900, 10, 11),
        ),
        (
            lambda: WorkCalendar(extra_workdays=iter([dt.date(1900, 10, 11)])),
            "extra_workdays[0]",
            dt.date(1900, 10, 11),
        ),
        (lambda: WorkCalendar(final_years=[2025, 1800]), "final_years[1]", 1800),
        (lambda: WorkCalendar(final_years=1800), "final_years", 1800),
        (
            lambda: WorkCalendar(arrangements=[Arrangement(1900, [dt.date(1900, 1, 1)])]),
            "arrangements[0]",
            Arrangement(1900, [dt.date(1900, 1, 1)]),
        ),
        (
            lambda: WorkCalendar(arrangements=[NOTICE_2027, NOTICE_2027]),
            "arrangements[1]",
            NOTICE_2027,
        ),
    ],
)
def test_an_item_of_a_calendar_collection_is_named_by_its_place(
    build: Any, argument: str, shown: Any
) -> None:
    """docs/errors.md: the refusal names the item by its place as given and shows it as
    given (not the collection's name with a value derived from the item)."""
    with pytest.raises(InvalidInput) as caught:
        build()
    assert (caught.value.argument, caught.value.value) == (argument, shown)
    assert str(caught.value).startswith(argument + ": ")


# --------------------------------------------------------------------- reasons


@pytest.mark.parametrize("reason", ["\u200b", " \u200b\u3000", "\u2060\ufeff"])
def test_a_reason_of_invisible_characters_is_blank(reason: str) -> None:
    """docs/decisions.md: ``reason`` is one non-blank line."""
    with pytest.raises(InvalidInput, match=r"^reason: must not be empty"):
        Decision(True, "R-SEC-05", reason)
    assert Decision(True, "R-SEC-05", "可\u200b以").reason == "可\u200b以"


@pytest.mark.parametrize("reason", ["见 Ｒ－ＶＩＰ－０１", "见 R－VIP－01", "ｂｙ R-SEC-05"])
def test_a_full_width_rule_id_in_a_reason_is_a_rule_id(reason: str) -> None:
    """CONTRIBUTING item 4: no rule ID inside a reason, in any width (full-width read as
    ASCII)."""
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as caught:
        Decision(True, "R-SEC-05", reason)
    assert caught.value.value == reason


def test_a_limit_per_100_yuan_of_30_digit_goods_is_exact_R_PUR_02() -> None:
    """R-PUR-02: 100 yuan per 100 yuan of goods is the goods' value, to the fen."""
    goods = "1234567890123456789012345678.91"
    c = cost_contract(CostLimit("每百元", "100"), actual=goods, goods_value=goods)
    assert c.limit_amount == Decimal(goods)
    assert c.outcome is CostOutcome.ON_LIMIT


def test_elapsed_time_is_not_bound_to_the_calendar_years_R_SLA_05() -> None:
    """R-SLA-05: hours are exact elapsed time, counted without the calendar's days (docs/
    periods.md); a start without a local time says so, naming ``start``."""
    late = deadline(dt.datetime(2100, 12, 31, 10, tzinfo=SH), "48小时")
    assert late == dt.datetime(2101, 1, 2, 10, tzinfo=SH)
    early = deadline(dt.datetime(1940, 1, 1, tzinfo=SH), "3小时")
    assert early == dt.datetime(1940, 1, 1, 3, tzinfo=SH)
    start = dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone.utc)
    with pytest.raises(
        InvalidInput, match=r"^start: lies beyond the dates Python can represent"
    ) as caught:
        deadline(start, "3小时")
    assert caught.value.value == start
    with pytest.raises(InvalidInput, match=r"^start: is outside the calendar"):
        deadline(dt.datetime(1940, 1, 1, tzinfo=SH), "3天")


def test_a_department_of_a_collection_is_named_by_its_place_R_MOV_01() -> None:
    """R-MOV-01: an unknown department among the inspectors or the sign-offs is named by its
    place as given (``inspectors[1]``), showing the item."""
    from custops.moveout import MoveOutPolicy

    with pytest.raises(InvalidInput) as caught:
        MoveOutPolicy(sign_offs=["财务部", "x"])
    assert (caught.value.argument, caught.value.value) == ("sign_offs[1]", "x")
    case = MoveOutCase.open(
        "A", "T", on=D, issued_pass_count=1, issued_key_count=1
    ).receive_leasing_notice(D)
    case = case.return_items(D, pass_count=1, key_count=1)
    with pytest.raises(InvalidInput) as inspected:
        case.inspect(D, restored=True, inspectors=["工程部", "财务"])
    assert (inspected.value.argument, inspected.value.value) == ("inspectors[1]", "财务")
