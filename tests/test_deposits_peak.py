"""custops.deposits.peak_deposit: the peak deposit (保证金最大峰值) of a member's dated
balances, as at the announcement of the termination (R-DEP-01, D8 第十一条(五)
按照保证金最大峰值计算), and its use as the refund schedule's peak."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.deposits import DepositPolicy, PeakDeposit, peak_deposit, refund_schedule
from custops.errors import InvalidInput, InvalidType
from custops.i18n import language, stray_words
from custops.testing import amounts, dates

D = Decimal
DAY = dt.date
ANNOUNCED = DAY(2025, 10, 31)
HISTORY = {
    DAY(2025, 1, 2): "300000",
    DAY(2025, 3, 3): "1000000",
    DAY(2025, 5, 6): "1000000",
    DAY(2025, 6, 30): "800000",
}


def test_R_DEP_01_the_peak_of_a_history_and_the_days_it_was_reached() -> None:
    """R-DEP-01: the largest balance, every day it was recorded, the first one, and the
    balance last recorded by the announcement."""
    found = peak_deposit(HISTORY, announced_on=ANNOUNCED)
    assert found.peak == D("1000000.00")
    assert found.peak_days == (DAY(2025, 3, 3), DAY(2025, 5, 6))
    assert found.reached_on == DAY(2025, 3, 3)
    assert found.balance == D("800000.00")
    assert (found.day_count, found.later_day_count) == (4, 0)
    assert found.rule == "R-DEP-01"
    with language("zh_CN"):
        assert str(found) == (
            "结果（R-DEP-01）：保证金最大峰值 1000000.00 元，2025-03-03 首次达到；截至公告日 "
            "2025-10-31 记录的 4 天中有 2 天为峰值"
        )
    with pytest.raises(InvalidType, match="no truth value"):
        bool(found)


def test_R_DEP_01_pairs_in_any_order_give_the_same_answer() -> None:
    """R-DEP-01: a sequence of (day, balance) movements, unsorted, is sorted first."""
    pairs = list(HISTORY.items())
    assert peak_deposit(pairs[::-1], announced_on=ANNOUNCED) == peak_deposit(
        HISTORY, announced_on=ANNOUNCED
    )
    assert peak_deposit(set(pairs), announced_on=ANNOUNCED).peak == D("1000000.00")


def test_R_DEP_01_days_after_the_announcement_are_left_out_and_counted() -> None:
    """R-DEP-01: the peak is reckoned up to the announcement day, that day included; a
    higher balance recorded later does not count, and the reason says how many were left
    out."""
    later = {**HISTORY, ANNOUNCED: "900000", DAY(2025, 11, 3): "5000000"}
    found = peak_deposit(later, announced_on=ANNOUNCED)
    assert found.peak == D("1000000.00")
    assert found.balance == D("900000.00")  # the announcement day's own balance
    assert (found.day_count, found.later_day_count) == (5, 1)
    assert found.reason.endswith("; 1 day recorded after the announcement is left out")
    with language("zh_CN"):
        assert found.reason.endswith("；公告日后记录的 1 天不计入")
    on_the_day = peak_deposit({ANNOUNCED: "2000000", **HISTORY}, announced_on=ANNOUNCED)
    assert on_the_day.peak_days == (ANNOUNCED,)


def test_R_DEP_01_the_result_is_the_schedules_peak_and_balance() -> None:
    """R-DEP-01/02: the result's peak and balance are what refund_schedule takes, and the
    schedule keeps 20% of that peak."""
    found = peak_deposit(HISTORY, announced_on=ANNOUNCED)
    schedule = refund_schedule(
        peak=found.peak, balance=found.balance, announced_on=found.announced_on
    )
    assert schedule.peak == found.peak
    assert schedule.reserve == D("200000.00")
    assert schedule.at_announcement.amount == D("600000.00")


def test_R_DEP_01_explained_in_the_readers_language() -> None:
    """R-DEP-01: the result keeps facts; its reason and explain() are worded when read."""
    with language("en_US"):
        found = peak_deposit(HISTORY, announced_on=ANNOUNCED)
        assert found.explain().splitlines() == [
            "result (R-DEP-01): peak deposit 1000000.00, first reached on 2025-03-03; at the "
            "peak on 2 of the 4 days recorded up to the announcement on 2025-10-31",
            "  days at the peak: 2025-03-03, 2025-05-06",
            "  deposit balance at the announcement: 800000.00 yuan",
        ]
        assert not stray_words(found.explain(), code="en_US")
    with language("zh_CN"):
        assert found == peak_deposit(HISTORY, announced_on=ANNOUNCED)  # one value
        assert found.explain().splitlines()[1:] == [
            "  达到峰值的日期：2025-03-03、2025-05-06",
            "  公告日保证金余额：800000.00 元",
        ]
    single = peak_deposit({DAY(2025, 1, 2): "0"}, announced_on=ANNOUNCED)
    with language("en_US"):
        assert "at the peak on 1 of the 1 day recorded" in single.reason


@pytest.mark.parametrize(
    ("balances", "error", "argument", "words"),
    [
        ({}, InvalidInput, "balances", "must hold at least one dated balance"),
        ([], InvalidInput, "balances", "must hold at least one dated balance"),
        (
            [(DAY(2025, 1, 2), "1"), (DAY(2025, 1, 2), "2")],
            InvalidInput,
            "balances",
            "gives the day 2025-01-02 twice",
        ),
        ({DAY(2025, 1, 2): 1.5}, InvalidType, "balances[datetime.date(2025, 1, 2)]", "float"),
        ([(DAY(2025, 1, 2), "-1")], InvalidInput, "balances[0]", "must not be negative"),
        ([(DAY(2025, 1, 2), "1.005")], InvalidInput, "balances[0]", "fraction of a fen"),
        ({"2025-01-02": "1"}, InvalidType, "balances['2025-01-02']", "must be a datetime.date"),
        (
            [(dt.datetime(2025, 1, 2, 9, tzinfo=dt.timezone.utc), "1")],
            InvalidType,
            "balances[0]",
            "not a datetime; pass the store's local day",
        ),
        ([DAY(2025, 1, 2)], InvalidType, "balances[0]", "must be a (day, balance) pair"),
        ("1000", InvalidType, "balances", "not a str"),
        (
            {DAY(2025, 11, 3): "1"},
            InvalidInput,
            "balances",
            "has no balance on or before the announcement 2025-10-31",
        ),
    ],
)
def test_R_DEP_01_bad_balances_are_refused_naming_them(
    balances: object, error: type[Exception], argument: str, words: str
) -> None:
    """R-DEP-01: no balance, a day twice, a float, a negative or fractional amount, a text
    or an instant for a day, nothing by the announcement: refused naming the entry."""
    with pytest.raises(error) as caught:
        peak_deposit(balances, announced_on=ANNOUNCED)  # type: ignore[arg-type]
    assert caught.value.argument == argument  # type: ignore[attr-defined]
    assert words in str(caught.value)


def test_R_DEP_01_a_tampered_peak_is_refused() -> None:
    """R-DEP-01: a result built or loaded by hand holds together: balance at most the peak,
    peak days in order and by the announcement, counts that fit them."""
    found = peak_deposit(HISTORY, announced_on=ANNOUNCED)
    with pytest.raises(InvalidInput, match=r"balance: must not exceed peak 1000000\.00"):
        attrs.evolve(found, balance=D("1000000.01"))
    with pytest.raises(InvalidInput, match="peak_days: must be at least one day, in order"):
        attrs.evolve(found, peak_days=(DAY(2025, 5, 6), DAY(2025, 3, 3)))
    with pytest.raises(InvalidInput, match="peak_days: must be on or before the announcement"):
        attrs.evolve(found, peak_days=(DAY(2025, 11, 1),))
    with pytest.raises(InvalidInput, match="day_count"):
        attrs.evolve(found, day_count=1)
    with pytest.raises(InvalidInput, match="peak: has a fraction of a fen"):
        attrs.evolve(found, peak=D("1000000.001"))


def test_R_DEP_01_a_peak_is_stored_and_loaded_back() -> None:
    """R-DEP-01: custops.serial stores the facts and loads an equal result; a tampered
    document is refused."""
    found = peak_deposit({**HISTORY, DAY(2025, 12, 1): "1"}, announced_on=ANNOUNCED)
    text = serial.to_json(found)
    assert json.loads(text)["type"] == "deposits.PeakDeposit"
    loaded = serial.from_json(text)
    assert loaded == found
    assert type(loaded) is PeakDeposit
    with language("en_US"):
        assert loaded.reason == found.reason
    doc = serial.to_dict(found)
    doc["value"]["balance"] = "2000000.00"
    with pytest.raises(InvalidInput, match="balance: must not exceed peak"):
        serial.from_dict(doc)


# ----------------------------------------------------------------------------- properties

_BALANCES = st.dictionaries(
    dates(DAY(2020, 1, 1), DAY(2026, 12, 31)), amounts(max_value=10**9), min_size=1, max_size=12
)


@settings(max_examples=60, deadline=None)
@given(_BALANCES, dates(DAY(2020, 1, 1), DAY(2026, 12, 31)))
def test_property_R_DEP_01_the_peak_is_the_largest_counted_balance(
    balances: dict[dt.date, Decimal], announced: dt.date
) -> None:
    """Invariant (R-DEP-01): the peak is at least every balance recorded by the
    announcement and equals one of them; the peak days are exactly the days it was
    recorded; the balance is the last one recorded by then; every day is counted once."""
    counted = {day: amount for day, amount in balances.items() if day <= announced}
    if not counted:
        with pytest.raises(InvalidInput):
            peak_deposit(balances, announced_on=announced)
        return
    found = peak_deposit(balances, announced_on=announced)
    assert all(found.peak >= amount for amount in counted.values())
    assert found.peak in counted.values()
    assert found.peak_days == tuple(sorted(d for d, a in counted.items() if a == found.peak))
    assert found.balance == counted[max(counted)]
    assert found.day_count + found.later_day_count == len(balances)
    kept = refund_schedule(
        peak=found.peak,
        balance=found.balance,
        announced_on=announced,
        policy=DepositPolicy(roll_to_workday=False),  # no calendar: any year
    )
    assert kept.reserve == min(DepositPolicy().reserve_of(found.peak), found.balance)


@settings(max_examples=60, deadline=None)
@given(_BALANCES, st.randoms(use_true_random=False))
def test_property_R_DEP_01_the_order_of_the_pairs_does_not_matter(
    balances: dict[dt.date, Decimal], shuffler: object
) -> None:
    """Invariant (R-DEP-01): a mapping and its pairs in any order give one equal result."""
    pairs = list(balances.items())
    shuffler.shuffle(pairs)  # type: ignore[attr-defined]
    announced = max(balances)
    assert peak_deposit(pairs, announced_on=announced) == peak_deposit(
        balances, announced_on=announced
    )


@settings(max_examples=60, deadline=None)
@given(_BALANCES, dates(DAY(2020, 1, 1), DAY(2026, 12, 31)), st.data())
def test_property_R_DEP_01_a_lower_balance_never_changes_the_peak(
    balances: dict[dt.date, Decimal], day: dt.date, data: st.DataObject
) -> None:
    """Invariant (R-DEP-01): a balance below the peak recorded on a new day (before or after
    the announcement) never changes the peak nor the days it was reached."""
    announced = max(balances)
    before = peak_deposit(balances, announced_on=announced)
    if day in balances or before.peak == 0:
        return  # no new day, or no balance below the peak
    lower = data.draw(amounts(max_value=before.peak).filter(lambda a: a < before.peak))
    after = peak_deposit({**balances, day: lower}, announced_on=announced)
    assert (after.peak, after.peak_days) == (before.peak, before.peak_days)
