"""Fees deducted at a move-out settlement and the day its refund is due (R-MOV-02; D6 四 4
names no refund period: ``MoveOutPolicy.refund_period`` is ``None`` by default)."""

from __future__ import annotations

import datetime as dt
import warnings
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.calendars import WorkCalendar
from custops.errors import (
    CalendarNotPublished,
    InvalidInput,
    InvalidType,
    PolicyError,
    ProvisionalCalendarWarning,
)
from custops.i18n import language, stray_words
from custops.moveout import (
    Charge,
    Damage,
    LostItems,
    MoveOutCase,
    MoveOutPolicy,
    Settlement,
    can_leave,
    settle,
)
from custops.periods import Period, deadline

FRIDAY = dt.date(2026, 3, 6)
WEEK = MoveOutPolicy(refund_period="7个工作日")


def inspected(policy: MoveOutPolicy | None = None, **kwargs: object) -> MoveOutCase:
    """A case of 2026-03 (a published year), inspected and ready to settle."""
    params: dict[str, object] = {
        "deposits": [Charge("押金", "3200")],
        "issued_pass_count": 1,
        "issued_key_count": 1,
        "policy": policy,
    }
    params.update(kwargs)
    case = MoveOutCase.open("1203", "王女士", on=dt.date(2026, 3, 2), **params)  # type: ignore[arg-type]
    return (
        case.receive_leasing_notice(dt.date(2026, 3, 2))
        .return_items(dt.date(2026, 3, 5), pass_count=1, key_count=1)
        .inspect(dt.date(2026, 3, 5), restored=True)
    )


# --- fees ---------------------------------------------------------------------------------


def test_R_MOV_02_a_cleaning_fee_is_its_own_deduction() -> None:
    """R-MOV-02: a cleaning fee (保洁费) is deducted as a fee (扣费), neither compensation
    (赔偿) nor arrears (欠费)."""
    s = settle(
        deposits=[Charge("押金", "3200")],
        damages=[Damage("墙面", "300")],
        arrears=[Charge("水电", "86.40")],
        fees=[Charge("保洁费", "200"), Charge("换锁费", "80")],
    )
    assert (s.damages_total, s.arrears_total, s.fees_total) == (
        Decimal("300.00"),
        Decimal("86.40"),
        Decimal("280.00"),
    )
    assert s.refund == Decimal("2533.60")
    assert s.owed == 0
    assert s.fees == (Charge("保洁费", "200"), Charge("换锁费", "80"))
    with language("zh_CN"):
        assert s.reason == (
            "押金 3,200.00 元 − 赔偿 300.00 元 − 扣费 280.00 元 − 欠费 86.40 元 = 退还 2,533.60 元"
        )
        assert s.explain().splitlines()[1:] == [
            "  - 扣费：保洁费 200.00 元",
            "  - 扣费：换锁费 80.00 元",
        ]
    assert s.reason == (
        "deposits 3,200.00 − damages 300.00 − fees 280.00 − arrears 86.40 = 2,533.60 refunded"
    )
    assert s.explain().splitlines()[1] == '  - fee: "保洁费" 200.00'


def test_R_MOV_02_fees_can_leave_the_customer_owing() -> None:
    """R-MOV-02: fees beyond the deposit leave the customer owing (收取一定金额的款项)."""
    s = settle(deposits=[Charge("押金", "100")], fees=[Charge("保洁费", "250")])
    assert (s.refund, s.owed, s.net) == (Decimal("0.00"), Decimal("150.00"), Decimal("-150.00"))
    assert (
        s.reason
        == "deposits 100.00 − damages 0.00 − fees 250.00 − arrears 0.00: the customer owes 150.00"
    )


def test_R_MOV_02_fees_beside_lost_keys() -> None:
    """R-MOV-02, R-MOV-01 2: lost keys stay compensation, fees stay fees, in one reason."""
    lost = LostItems(FRIDAY, "客服部", "50", key_count=1)
    s = settle(deposits=[Charge("押金", "1000")], lost=[lost], fees=[Charge("保洁费", "200")])
    assert (s.damages_total, s.fees_total, s.refund) == (
        Decimal("50.00"),
        Decimal("200.00"),
        Decimal("750.00"),
    )
    with language("zh_CN"):
        assert s.reason == (
            "押金 1,000.00 元 − 赔偿 50.00 元（含遗失出入证、钥匙 50.00 元）− 扣费 200.00 元 − "
            "欠费 0.00 元 = 退还 750.00 元"
        )


def test_R_MOV_02_without_fees_the_reason_is_unchanged() -> None:
    """R-MOV-02: a settlement without fees reads as it always did (no 扣费 0.00)."""
    s = settle(deposits=[Charge("押金", "1000")], damages=[Damage("门锁", "200")])
    assert s.fees == ()
    assert s.fees_total == Decimal("0.00")
    assert s.reason == "deposits 1,000.00 − damages 200.00 − arrears 0.00 = 800.00 refunded"
    assert s.explain() == str(s)


def test_R_MOV_02_bad_fees_are_refused_naming_the_argument() -> None:
    """R-MOV-02: fees are Charge values, as deposits and arrears are."""
    with pytest.raises(InvalidType, match=r"fees\[0\]: must be a Charge, not a str"):
        settle(deposits=[Charge("押金", "1000")], fees=["200"])  # type: ignore[list-item]
    with pytest.raises(InvalidType, match="fees"):
        settle(fees=Charge("保洁费", "200"))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="amount: must not be negative"):
        Charge("保洁费", "-200")
    with pytest.raises(InvalidType, match=r"fees\[1\]"):
        inspected().settle(FRIDAY, fees=[Charge("保洁费", "1"), Damage("墙", "2")])  # type: ignore[list-item]
    huge = Decimal("9" * 28)
    with pytest.raises(InvalidInput, match="fees"):
        settle(damages=[Damage("x", huge)], fees=[Charge("保洁费", huge), Charge("y", huge)])


def test_R_MOV_02_a_case_settles_with_fees() -> None:
    """R-MOV-02 step 4: the case's settlement deducts its fees, and its history says so."""
    case = inspected(arrears=[Charge("水电", "86.40")]).settle(
        FRIDAY, fees=[Charge("保洁费", "200")], collected=0
    )
    assert case.settlement is not None
    assert case.settlement.refund == Decimal("2913.60")
    assert "fees 200.00" in case.history[-1].detail
    assert can_leave(case.notify(FRIDAY)).allowed


# --- refund period ------------------------------------------------------------------------


def test_R_MOV_02_no_refund_period_by_default() -> None:
    """D6 四 4 names no refund period: none by default, and no day is needed."""
    assert MoveOutPolicy().refund_period is None
    s = settle(deposits=[Charge("押金", "1000")])
    assert s.refund_due is None
    case = inspected().settle(FRIDAY)
    assert case.settlement is not None
    assert case.settlement.refund_due is None


def test_R_MOV_02_refund_due_counted_from_the_settlement() -> None:
    """R-MOV-02 with a refund period (押金于结算后7个工作日内退还): counted by
    custops.periods from the day of the settlement (R-PER-01)."""
    s = settle(deposits=[Charge("押金", "3200")], on=FRIDAY, policy=WEEK)
    assert s.refund_due == deadline(FRIDAY, "7个工作日", explain=True)
    assert s.refund_due is not None
    assert s.refund_due.ends_on == dt.date(2026, 3, 17)
    assert s.refund_due.provisional is False
    assert s.rule_ids == ("R-MOV-02", "R-PER-01")
    assert settle(deposits=[Charge("押金", "1")]).rule_ids == ("R-MOV-02",)
    assert s.reason.endswith("3,200.00 refunded; refund due by 2026-03-17")
    lines = s.explain().splitlines()
    assert lines[1].startswith("  - refund due (R-PER-01): 2026-03-06 + 7 working days")
    assert lines[2].startswith("    - art. 201")
    with language("zh_CN"):  # a history note is written in the language active then
        case = inspected(WEEK).settle(FRIDAY, fees=[Charge("保洁费", "200")])
    assert case.settlement is not None
    assert case.settlement.refund_due is not None
    assert case.settlement.refund_due.ends_on == dt.date(2026, 3, 17)
    assert case.history[-1].detail.endswith("退还 3,000.00 元，最迟 2026-03-17 退还")


def test_R_MOV_02_refund_due_spans_a_holiday_with_its_make_up_day() -> None:
    """R-MOV-02, R-PER-01: National Day 2026 and its make-up Saturday (调休) are counted."""
    s = settle(deposits=[Charge("押金", "1000")], on=dt.date(2026, 9, 30), policy=WEEK)
    assert s.refund_due is not None
    assert s.refund_due.ends_on == deadline(dt.date(2026, 9, 30), "7个工作日")
    assert s.refund_due.ends_on == dt.date(2026, 10, 15)


def test_R_MOV_02_refund_due_carries_the_provisional_flag() -> None:
    """R-MOV-02, R-PER-01: a count into a year whose holidays are unpublished is provisional,
    and the reason says so."""
    calendar = WorkCalendar()  # a calendar of its own warns once, here
    with pytest.warns(ProvisionalCalendarWarning):
        s = settle(
            deposits=[Charge("押金", "1000")],
            on=dt.date(2026, 12, 28),
            policy=WEEK,
            calendar=calendar,
        )
    assert s.refund_due is not None
    assert s.refund_due.provisional
    assert s.refund_due.ends_on == dt.date(2027, 1, 7)
    assert s.reason.endswith("refund due by 2027-01-07 (provisional)")
    with language("zh_CN"):
        assert s.reason.endswith("最迟 2027-01-07 退还（暂定）")
        assert "暂定" in s.explain().splitlines()[-1]


def test_R_MOV_02_refund_due_follows_the_calendar_given() -> None:
    """R-MOV-02: the calendar is the caller's (a company closure moves the day; a strict
    calendar refuses an unpublished year as it does everywhere)."""
    closed = WorkCalendar(closures=[dt.date(2026, 3, 9)])
    s = settle(deposits=[Charge("押金", "1")], on=FRIDAY, policy=WEEK, calendar=closed)
    assert s.refund_due is not None
    assert s.refund_due.ends_on == dt.date(2026, 3, 18)
    case = inspected(WEEK).settle(FRIDAY, calendar=closed)
    assert case.settlement is not None
    assert case.settlement.refund_due == s.refund_due
    with pytest.raises(CalendarNotPublished):
        settle(
            deposits=[Charge("押金", "1")],
            on=dt.date(2026, 12, 28),
            policy=WEEK,
            calendar=WorkCalendar(strict=True),
        )
    with pytest.raises(InvalidType, match="calendar"):
        settle(deposits=[Charge("押金", "1")], on=FRIDAY, policy=WEEK, calendar="CN")  # type: ignore[arg-type]


def test_R_MOV_02_nothing_refunded_nothing_due() -> None:
    """R-MOV-02: a settlement that refunds nothing has no refund due."""
    s = settle(
        deposits=[Charge("押金", "100")], arrears=[Charge("租金", "900")], on=FRIDAY, policy=WEEK
    )
    assert s.owed == Decimal("800.00")
    assert s.refund_due is None
    assert "refund due" not in s.reason


def test_R_MOV_02_a_refund_period_needs_the_settlement_day() -> None:
    """R-MOV-02: with a refund period, ``on`` (the day of the settlement) is required; a bad
    day is refused naming it."""
    with pytest.raises(
        InvalidInput, match=r"on: is needed: the policy's refund_period \(7个工作日\)"
    ):
        settle(deposits=[Charge("押金", "1000")], policy=WEEK)
    with pytest.raises(InvalidType, match="on"):
        settle(deposits=[Charge("押金", "1000")], on="2026-03-06", policy=WEEK)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^on: "):
        settle(deposits=[Charge("押金", "1")], on=dt.date(9999, 12, 20), policy=WEEK)


def test_R_MOV_02_refund_period_is_policy_data() -> None:
    """R-MOV-02: the period is whole days (a settlement is recorded by its day), in any
    spelling custops.periods reads; anything else is a PolicyError naming the field."""
    assert MoveOutPolicy(refund_period="30天").refund_period == Period.days(30)
    assert MoveOutPolicy(refund_period="７個工作日").refund_period == Period.workdays(7)
    assert MoveOutPolicy(refund_period="1个月内").refund_period == Period.months(1)
    assert MoveOutPolicy(refund_period=Period.weeks(2)).refund_period == Period.weeks(2)
    with pytest.raises(PolicyError, match="refund_period: must be counted in days"):
        MoveOutPolicy(refund_period="48小时")
    with pytest.raises(PolicyError, match="refund_period"):
        MoveOutPolicy(refund_period="尽快")
    with pytest.raises(InvalidType, match="refund_period"):
        MoveOutPolicy(refund_period=7)  # type: ignore[arg-type]


def test_R_MOV_02_a_settlement_checks_its_refund_due() -> None:
    """R-MOV-02: a refund due belongs to a refund, and is a Deadline."""
    due = deadline(FRIDAY, "7个工作日", explain=True)
    built = Settlement(1, 0, 0, 1, 0, "R-MOV-02", "结算", refund_due=due)
    assert built.refund_due == due
    with pytest.raises(InvalidInput, match="refund_due: is the due day of a refund"):
        Settlement(1, 0, 1, 0, 0, "R-MOV-02", "结算", refund_due=due)
    with pytest.raises(InvalidType, match="refund_due"):
        Settlement(1, 0, 0, 1, 0, "R-MOV-02", "结算", refund_due=FRIDAY)  # type: ignore[arg-type]


def test_R_MOV_02_a_settlement_built_by_hand_must_add_up() -> None:
    """R-MOV-02: a Settlement checks its own arithmetic when built, as its docstring says:
    a fee left out of the refund, a refund beside an amount owed, or an amount owed that is
    not the deductions less the deposits is refused naming the field and what it must be."""
    fee = [Charge("保洁费", "200")]
    with pytest.raises(InvalidInput) as info:
        Settlement(3200, 0, 0, 3200, 0, "R-MOV-02", "结算", fees=fee)
    assert str(info.value) == (
        "refund: must be 3000.00: deposits - damages - fees - arrears, if positive "
        "(got Decimal('3200.00'))"
    )
    assert (info.value.argument, info.value.value) == ("refund", Decimal("3200.00"))
    with pytest.raises(InvalidInput, match=r"^owed: must be 0\.00: damages \+ fees"):
        Settlement(3200, 0, 0, 3200, 100, "R-MOV-02", "结算")  # a refund and a debt
    with pytest.raises(InvalidInput, match=r"^owed: must be 300\.00: .*\(got Decimal\('200"):
        Settlement(500, 0, 800, 0, 200, "R-MOV-02", "结算")
    with pytest.raises(InvalidInput, match=r"^refund: must be 0\.00: "):
        Settlement(500, 0, 800, 100, 400, "R-MOV-02", "结算")  # refund − owed right, both set
    with pytest.raises(InvalidInput, match=r"^refund: must be 300\.00: "):
        Settlement(1000, 500, 0, 500, 0, "R-MOV-02", "结算", fees=fee)  # a fee left out
    built = Settlement(1000, 500, 0, 300, 0, "R-MOV-02", "结算", fees=fee)
    assert built.net == built.refund == Decimal("300.00")
    most = "9" * 28 + ".99"  # the largest amount: two of them owe more than an amount holds
    with pytest.raises(InvalidInput, match=r"^arrears_total: with damages_total, fees and"):
        Settlement(0, most, most, 0, 0, "R-MOV-02", "结算")
    with pytest.raises(InvalidInput, match=r"^fees: with damages_total, fees and arrears"):
        Settlement(0, most, 0, 0, 0, "R-MOV-02", "结算", fees=[Charge("保洁费", most)])
    with pytest.raises(InvalidInput, match=r"^fees: add up to more than an amount"):
        Settlement(0, 0, 0, 0, 0, "R-MOV-02", "结算", fees=[Charge("保洁费", most)] * 2)


def test_R_MOV_02_a_loaded_settlement_is_checked_by_its_constructor() -> None:
    """R-MOV-02: custops.serial refuses a stored settlement whose fees no longer add up with
    the check the constructor makes (one home), naming the field."""
    serial = pytest.importorskip("custops.serial")
    s = settle(deposits=[Charge("押金", "3200")], fees=[Charge("保洁费", "200")])
    doc = serial.to_dict(s)
    doc["value"]["fees"][0]["amount"] = "100.00"
    with pytest.raises(InvalidInput) as info:
        serial.from_dict(doc)
    assert str(info.value) == (
        "document: value: refund: must be 3100.00: deposits - damages - fees - arrears, "
        "if positive (got Decimal('3000.00'))"
    )
    doc = serial.to_dict(s)
    doc["value"]["owed"] = "1.00"
    with pytest.raises(InvalidInput, match=r"^document: value: owed: must be 0\.00"):
        serial.from_dict(doc)


def test_R_MOV_02_fees_and_refund_due_read_in_one_language() -> None:
    """Every text of a settlement with fees and a refund due is in the reader's language."""
    with pytest.warns(ProvisionalCalendarWarning):
        s = settle(
            deposits=[Charge("押金", "3200")],
            fees=[Charge("保洁费", "200")],
            lost=[LostItems(FRIDAY, "客服部", "50", pass_count=1)],
            on=dt.date(2026, 12, 28),
            policy=WEEK,
            calendar=WorkCalendar(),
        )
    for code in ("zh_CN", "en_US"):
        with language(code):
            for text in (s.reason, *s.explain().splitlines()):
                assert stray_words(text, code=code) == (), (code, text)


def test_R_MOV_02_serial_keeps_fees_and_refund_due() -> None:
    """R-MOV-02: a stored case keeps its fees and refund due, and a tampered one is refused."""
    serial = pytest.importorskip("custops.serial")
    case = inspected(WEEK).settle(FRIDAY, fees=[Charge("保洁费", "200")])
    assert serial.from_json(serial.to_json(case)) == case
    assert serial.from_json(serial.to_json(case.settlement)) == case.settlement
    doc = serial.to_dict(case)
    doc["value"]["settlement"]["fees"] = []
    with pytest.raises(InvalidInput, match="refund"):
        serial.from_dict(doc)
    doc = serial.to_dict(case)
    doc["value"]["settlement"]["refund_due"] = None
    with pytest.raises(InvalidInput, match=r"settlement\.refund_due: is missing"):
        serial.from_dict(doc)
    other = inspected(MoveOutPolicy(refund_period="30天")).settle(FRIDAY)
    doc = serial.to_dict(other)
    doc["value"]["settlement"]["refund_due"] = serial.to_dict(case.settlement)["value"][
        "refund_due"
    ]
    with pytest.raises(InvalidInput, match="must count the policy's refund_period"):
        serial.from_dict(doc)


# --- properties ---------------------------------------------------------------------------

money = st.decimals(min_value=0, max_value=Decimal("100000"), places=2)
positive = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)


@given(
    st.lists(money, max_size=3),
    st.lists(positive, max_size=3),
    st.lists(money, max_size=3),
    st.lists(money, max_size=4),
)
def test_R_MOV_02_deposit_is_refund_plus_deductions_whatever_the_fees(
    deposits: list[Decimal], damages: list[Decimal], arrears: list[Decimal], fees: list[Decimal]
) -> None:
    """R-MOV-02 property: deposits == refund − owed + damages + fees + arrears, exactly;
    at most one of refund and owed is non-zero; fees_total is the fees added up."""
    s = settle(
        deposits=[Charge("押金", a) for a in deposits],
        damages=[Damage("x", a) for a in damages],
        arrears=[Charge("欠费", a) for a in arrears],
        fees=[Charge("保洁费", a) for a in fees],
    )
    zero = Decimal(0)
    assert s.fees_total == sum(fees, zero)
    assert (
        sum(deposits, zero) == s.refund - s.owed + s.damages_total + s.fees_total + s.arrears_total
    )
    assert s.net == s.refund - s.owed
    assert min(s.refund, s.owed) == 0
    assert s.refund >= 0
    assert s.owed >= 0


@settings(max_examples=40)
@given(
    st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 15)),
    st.integers(min_value=1, max_value=15),
    st.lists(money, max_size=2),
)
def test_R_MOV_02_refund_due_is_a_working_day_after_the_settlement(
    on: dt.date, workdays: int, fees: list[Decimal]
) -> None:
    """R-MOV-02 property: with a period of working days, a refund is due on a working day
    after the settlement, whatever the fees; it is the day custops.periods counts."""
    policy = MoveOutPolicy(refund_period=Period.workdays(workdays))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        s = settle(
            deposits=[Charge("押金", "1000000")],
            fees=[Charge("保洁费", a) for a in fees],
            on=on,
            policy=policy,
        )
        assert s.refund_due is not None
        assert s.refund_due.ends_on == deadline(on, Period.workdays(workdays))
    assert s.refund_due.ends_on > on
    assert WorkCalendar().is_workday(s.refund_due.ends_on)


_TIED = ("deposits_total", "damages_total", "arrears_total", "refund", "owed")


@given(
    st.lists(money, max_size=3),
    st.lists(positive, max_size=3),
    st.lists(money, max_size=3),
    st.lists(money, max_size=3),
    st.sampled_from((*_TIED, "fees")),
    positive,
)
def test_R_MOV_02_every_settlement_settle_builds_passes_and_every_tampered_one_is_refused(
    deposits: list[Decimal],
    damages: list[Decimal],
    arrears: list[Decimal],
    fees: list[Decimal],
    field: str,
    change: Decimal,
) -> None:
    """R-MOV-02 property: a Settlement that settle() builds passes its own check when built
    again from its fields; the same settlement with one amount moved (by up to 100,000.00
    yuan either way, kept not negative) or one fee more is refused with InvalidInput naming
    a field of it."""
    s = settle(
        deposits=[Charge("押金", a) for a in deposits],
        damages=[Damage("x", a) for a in damages],
        arrears=[Charge("欠费", a) for a in arrears],
        fees=[Charge("保洁费", a) for a in fees],
    )
    assert attrs.evolve(s) == s  # the constructor's check runs again, and passes
    if field == "fees":
        changes: dict[str, object] = {"fees": (*s.fees, Charge("换锁费", change))}
    else:
        amount = getattr(s, field)
        changes = {field: amount + change if amount < change else amount - change}
    with pytest.raises(InvalidInput) as info:
        attrs.evolve(s, **changes)  # type: ignore[arg-type]
    assert info.value.argument in {*_TIED, "fees"}
