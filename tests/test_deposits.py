"""custops.deposits: the refund schedule of a terminated member's deposit (D8 第十一条(五)).

Rules checked: R-DEP-01 (20% of the peak retained), R-DEP-02 / R-SLA-24 (40% after 4
months, the remaining 60% after 6 months), R-DEP-03 (costs are the member's: claims beyond
the reserve are owed), and the RULES.md §4 Default (balance above the reserve refunded at
the announcement, claims from the earliest tranche, rest-day due dates roll forward).
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import warnings
from decimal import ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops._text import display_width
from custops.calendars import WorkCalendar, china
from custops.deposits import (
    Claim,
    ClaimKind,
    Deduction,
    DepositPolicy,
    ExcessClaims,
    LineKind,
    RefundSchedule,
    ScheduleLine,
    Tranche,
    refund_schedule,
)
from custops.errors import (
    CustopsError,
    InvalidInput,
    InvalidType,
    PolicyError,
    ProvisionalCalendarWarning,
)
from custops.i18n import CJK_RUN, language, stray_words
from custops.money import FEN, MAX_UPPERCASE, Rounding, from_fen, to_fen
from custops.testing import amounts, claims, dates


def _notice(schedule: RefundSchedule) -> str:
    """The notice to the member, in Chinese (R-DEP-01/02/03)."""
    with language("zh_CN"):
        return schedule.render()


D = Decimal
# A calendar whose statutory years 2027-2030 are declared final: no warnings in properties.
FINAL = WorkCalendar(final_years=[2027, 2028, 2029, 2030])


def _lines(s: RefundSchedule) -> list[tuple[str, str, Decimal]]:
    return [(line.kind.name, str(line.due_on), line.amount) for line in s.lines]


# ------------------------------------------------------------------ examples, real dates


def test_R_DEP_01_02_seed_example_2025_10_31() -> None:
    """R-DEP-01, R-DEP-02, R-SLA-24: peak 1,000,000, balance 800,000, announced 2025-10-31."""
    s = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    assert s.reserve == D("200000.00")
    assert _lines(s) == [
        ("AT_ANNOUNCEMENT", "2025-10-31", D("600000.00")),
        # 31 Oct + 4 months = 28 Feb 2026: a Saturday, but a 调休 working day (补班)
        ("TRANCHE", "2026-02-28", D("80000.00")),
        ("TRANCHE", "2026-04-30", D("120000.00")),
    ]
    assert [line.rule for line in s.lines] == ["R-DEP-01", "R-DEP-02", "R-DEP-02"]
    assert s.total == s.refunded == D("800000.00")
    assert s.owed == D("0.00")
    assert not s.provisional


def test_R_DEP_02_the_schedule_is_a_result_with_rule_reason_and_explain() -> None:
    """R-DEP-02: a refund schedule derives Explained: ``rule`` R-DEP-02,
    ``rule_ids`` the three deposit rules, a one-line ``reason`` with no rule ID inside, an
    ``explain()`` of that line and one per schedule line, and no truth value."""
    claim = Claim("70000", "交易手续费欠款", on=dt.date(2026, 1, 10), kind="未缴费用")
    s = refund_schedule(
        peak="1000000", balance="150000", announced_on=dt.date(2025, 12, 15), claims=[claim]
    )
    assert (s.rule, s.rule_ids) == ("R-DEP-02", ("R-DEP-01", "R-DEP-02", "R-DEP-03"))
    with language("en_US"):
        assert s.reason == (
            "refund of 80000.00 in 1 payment from 2026-06-15, announced on 2025-12-15, the "
            "balance below 20% of the peak all kept as the reserve; claims 70000.00, owed 0.00"
        )
        lines = s.explain().splitlines()
        assert lines[0] == f"result (R-DEP-02): {s.reason}"
        assert lines[1:] == [f"  {line}" for line in s.lines]
    with language("zh_CN"):
        assert (
            s.reason == "公告日 2025-12-15，自 2026-06-15 起分 1 次退还 80000.00 元（保证金余额不足"
            "最大峰值的 20%，全部留作风险保障金）；索赔 70000.00 元，会员欠付 0.00 元"
        )
    assert "R-DEP" not in s.reason
    assert "\n" not in s.reason
    with pytest.raises(InvalidType, match="is not a yes/no answer"):
        bool(s)
    assert _notice(s).startswith("交易所会员保证金退还计划")  # the notice to the member
    with language("en_US"):
        # for staff in English
        assert s.render().startswith("Exchange member deposit refund schedule")


def test_R_DEP_02_month_end_corresponding_day_and_leap_day() -> None:
    """R-DEP-02: 31 Oct 2027 + 4 months = 29 Feb 2028 (leap year), Civil Code art. 202."""
    policy = DepositPolicy(roll_to_workday=False)  # no calendar involved
    s = refund_schedule(
        peak="1000", balance="1000", announced_on=dt.date(2027, 10, 31), policy=policy
    )
    assert [t.due_on for t in s.tranche_lines] == [dt.date(2028, 2, 29), dt.date(2028, 4, 30)]
    s = refund_schedule(
        peak="1000", balance="1000", announced_on=dt.date(2026, 10, 31), policy=policy
    )
    assert [t.due_on for t in s.tranche_lines] == [dt.date(2027, 2, 28), dt.date(2027, 4, 30)]


def test_R_DEP_02_rest_day_rolls_to_next_working_day() -> None:
    """R-DEP-02 with Civil Code art. 203: 2025-06-01 + 4 months = National Day 2025-10-01.

    The announcement day itself (Sunday 1 June 2025, before the Dragon Boat holiday on
    Monday 2 June) moves too: the excess is paid on Tuesday 3 June.
    """
    s = refund_schedule(peak="500000", balance="500000", announced_on=dt.date(2025, 6, 1))
    assert _lines(s) == [
        ("AT_ANNOUNCEMENT", "2025-06-03", D("400000.00")),
        ("TRANCHE", "2025-10-09", D("40000.00")),
        ("TRANCHE", "2025-12-01", D("60000.00")),
    ]
    first = s.tranche_lines[0]
    assert first.scheduled_on == dt.date(2025, 10, 1)
    assert "rest day" in first.reason
    # the alternative stays reachable through the policy
    kept = refund_schedule(
        peak="500000",
        balance="500000",
        announced_on=dt.date(2025, 6, 1),
        policy=DepositPolicy(roll_to_workday=False),
    )
    assert [t.due_on for t in kept.tranche_lines] == [dt.date(2025, 10, 1), dt.date(2025, 12, 1)]


def test_R_DEP_02_announced_2026_08_31_provisional_2027() -> None:
    """R-DEP-02: 2026-08-31 + 6 months = Sunday 2027-02-28 → Monday 2027-03-01.

    2027's holiday arrangement is not published: the calendar warns once and the line is
    flagged provisional; the notice marks it with *.
    """
    calendar = WorkCalendar()  # a fresh calendar: its own once-per-year warning
    with pytest.warns(ProvisionalCalendarWarning, match="2027"):
        s = refund_schedule(
            peak="1000000",
            balance="800000",
            announced_on=dt.date(2026, 8, 31),
            calendar=calendar,
        )
    assert _lines(s) == [
        ("AT_ANNOUNCEMENT", "2026-08-31", D("600000.00")),
        ("TRANCHE", "2026-12-31", D("80000.00")),
        ("TRANCHE", "2027-03-01", D("120000.00")),
    ]
    assert [line.provisional for line in s.lines] == [False, False, True]
    assert s.provisional
    text = _notice(s)
    assert "2027-03-01 *" in text
    assert "尚未公布" in text
    # with 2027 declared final there is no warning and no flag
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2026, 8, 31), calendar=FINAL
    )
    assert s.tranche_lines[1].due_on == dt.date(2027, 3, 1)
    assert not s.provisional


def test_R_DEP_02_announced_2028_02_29() -> None:
    """R-DEP-02: 2028-02-29 + 4 months = 2028-06-29 (Thu), + 6 months = 2028-08-29 (Tue)."""
    s = refund_schedule(
        peak="123456.78", balance="100000", announced_on=dt.date(2028, 2, 29), calendar=FINAL
    )
    assert s.reserve == D("24691.35")  # 20% of 123,456.78 = 24,691.356 → down: never > 20%
    assert [(t.due_on, t.amount) for t in s.tranche_lines] == [
        (dt.date(2028, 6, 29), D("9876.54")),  # 40% of 24,691.35 = 9,876.54
        (dt.date(2028, 8, 29), D("14814.81")),  # the remainder
    ]
    assert s.at_announcement.amount == D("75308.65")
    assert s.total == D("100000.00")


@pytest.mark.parametrize(
    ("announced_on", "payment"),
    [(dt.date(2100, 10, 31), "2101-02-28"), (dt.date(2100, 8, 31), "2101-02-28")],
)
def test_R_DEP_02_a_payment_past_the_calendar_names_the_day_it_falls_on(
    announced_on: dt.date, payment: str
) -> None:
    """R-DEP-02: an announcement inside the calendar's years whose tranche falls after them
    is refused naming ``announced_on`` and the payment day (was "is outside the calendar
    (day: …)")."""
    with pytest.raises(InvalidInput) as caught:
        refund_schedule(peak="1000", balance="800", announced_on=announced_on)
    assert (caught.value.argument, caught.value.value) == ("announced_on", announced_on)
    assert f"puts a payment on {payment}, outside the years 1950-2100" in str(caught.value)


def test_R_DEP_02_strict_calendar_refuses_unpublished_year() -> None:
    """R-DEP-02: a strict calendar raises CalendarNotPublished instead of guessing."""
    from custops.errors import CalendarNotPublished

    with pytest.raises(CalendarNotPublished):
        refund_schedule(
            peak="100",
            balance="100",
            announced_on=dt.date(2028, 2, 29),
            calendar=WorkCalendar(strict=True),
        )


def test_R_DEP_01_reserve_never_more_than_the_balance() -> None:
    """R-DEP-01: 20% of the peak, but never more than the balance held."""
    s = refund_schedule(peak="1000000", balance="150000", announced_on=dt.date(2025, 12, 15))
    assert s.reserve == D("150000.00")
    assert s.at_announcement.amount == D("0.00")
    assert [t.amount for t in s.tranche_lines] == [D("60000.00"), D("90000.00")]


def test_R_DEP_01_zero_deposit() -> None:
    """R-DEP-01: a zero peak gives a zero reserve and one zero line, never a negative one:
    no tranche returns any reserve, so none is listed."""
    s = refund_schedule(peak=0, balance=0, announced_on=dt.date(2025, 12, 15))
    assert [(line.kind, line.amount) for line in s.lines] == [(LineKind.AT_ANNOUNCEMENT, D("0.00"))]
    assert s.total == D("0.00")


def test_R_DEP_01_the_reserve_says_how_rounding_changed_it() -> None:
    """R-DEP-01: 20% of 123,456.78 is 24,691.356, kept as 24,691.35 (rounded down to the
    fen, ``reserve_rounding``): the line's reason, the explanation and the notice say both
    amounts and how, in both languages; an exact 20% says nothing of rounding."""
    day = dt.date(2025, 9, 30)
    s = refund_schedule(peak="123456.78", balance="100000.01", announced_on=day)
    assert s.reserve == D("24691.35")
    with language("zh_CN"):
        assert s.at_announcement.reason == (
            "2025-09-30 退还 75308.66 元；"
            "保证金余额 100000.01 元减去风险保障金 24691.35 元，于公告日退还；"
            "风险保障金为最大峰值 123456.78 元的 20%，即 24691.356 元，按舍去取到分为 24691.35 元"
        )
        assert s.at_announcement.reason in s.explain()
    assert (
        "风险保障金：最大峰值 123,456.78 元的20%为 24,691.356 元，按舍去取到分为 24,691.35 元"
        "（R-DEP-01）"
    ) in _notice(s).splitlines()
    with language("en_US"):
        s = refund_schedule(peak="123456.78", balance="100000.01", announced_on=day)
    assert s.at_announcement.reason == (
        "75308.66 paid on 2025-09-30; "
        "balance 100000.01 minus the reserve 24691.35, refunded at the announcement; "
        "the reserve, 20% of the peak 123456.78, is 24691.356, rounded down to the fen: 24691.35"
    )
    up = DepositPolicy(reserve_rounding="四舍五入")
    with language("en_US"):
        s = refund_schedule(peak="123456.78", balance="100000", announced_on=day, policy=up)
    assert s.at_announcement.reason.endswith("is 24691.356, rounded half up to the fen: 24691.36")
    exact = refund_schedule(peak="123456.75", balance="100000", announced_on=day)
    assert exact.reserve == D("24691.35")
    assert "24691.35" in exact.at_announcement.reason
    for text in (exact.at_announcement.reason, _notice(exact)):
        assert "取到分" not in text
        assert "rounded" not in text


@settings(max_examples=200)
@given(
    peak=amounts(max_value=D("1e12")),
    part=st.fractions(0, 1),
    code=st.sampled_from(["zh_CN", "en_US"]),
)
def test_R_DEP_01_property_rounding_is_said_exactly_when_it_changed_the_reserve(
    peak: Decimal, part: Fraction, code: str
) -> None:
    """R-DEP-01: the line at the announcement names the exact share of the peak exactly when
    the reserve kept differs from it (and the reserve is that share, not the whole balance);
    the reserve is never more than the share, and less than it by under a fen."""
    balance = min(peak, from_fen(int(to_fen(peak) * part)))
    with language(code):
        s = refund_schedule(peak=peak, balance=balance, announced_on=dt.date(2025, 9, 30))
        reason = s.at_announcement.reason  # worded when read, in the language then
    share = DepositPolicy().reserve_share(peak)
    said = ("rounded down" if code == "en_US" else "按舍去取到分") in reason
    assert said is (not s.reserve_capped and share != s.reserve)
    if not s.reserve_capped:
        assert s.reserve <= share < s.reserve + FEN
    if said:
        assert f"{share.normalize():f}" in reason


def test_R_DEP_02_rounding_half_up_last_takes_remainder() -> None:
    """R-DEP-02: 40% rounded half up to the fen, the last tranche takes the remainder."""
    s = refund_schedule(peak="333.33", balance="333.33", announced_on=dt.date(2025, 12, 15))
    assert s.reserve == D("66.66")  # 20% of 333.33 = 66.666, rounded down (R-DEP-01)
    assert [t.amount for t in s.tranche_lines] == [D("26.66"), D("40.00")]  # 26.664 → 26.66
    s = refund_schedule(peak="333.35", balance="333.35", announced_on=dt.date(2025, 12, 15))
    assert s.reserve == D("66.67")  # exactly 66.67
    assert [t.amount for t in s.tranche_lines] == [D("26.67"), D("40.00")]  # 26.668 → 26.67 half up
    # a half fen: 50% of 0.05 = 0.025 → 0.03 half up, 0.02 with banker's rounding
    half = DepositPolicy(reserve_rate="1", tranches=[(4, "0.5"), (6, "0.5")])
    s = refund_schedule(
        peak="0.05", balance="0.05", announced_on=dt.date(2025, 12, 15), policy=half
    )
    assert [t.amount for t in s.tranche_lines] == [D("0.03"), D("0.02")]
    even = attrs.evolve(half, rounding=ROUND_HALF_EVEN)
    s = refund_schedule(
        peak="0.05", balance="0.05", announced_on=dt.date(2025, 12, 15), policy=even
    )
    assert [t.amount for t in s.tranche_lines] == [D("0.02"), D("0.03")]


def test_R_DEP_02_three_tranches_never_negative() -> None:
    """R-DEP-02 (policy): cumulative rounding keeps every tranche >= 0 and the sum exact."""
    policy = DepositPolicy(tranches=[(2, "0.3"), (4, "0.3"), (5, "0.3"), (6, "0.1")])
    s = refund_schedule(
        peak="0.25", balance="0.25", announced_on=dt.date(2025, 12, 15), policy=policy
    )
    assert s.reserve == D("0.05")
    amounts = [t.amount for t in s.tranche_lines]
    assert all(a >= 0 for a in amounts)
    assert sum(amounts) == s.reserve


# ------------------------------------------------------------------ claims


def test_claims_taken_from_earliest_tranche_first() -> None:
    """RULES.md §4 Default: a claim is deducted before a tranche is paid, earliest first."""
    claim = Claim("100000", "未缴会员管理费", on=dt.date(2025, 11, 20), kind="未缴费用")
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), claims=[claim]
    )
    first, second = s.tranche_lines
    assert (first.gross, first.amount) == (D("80000.00"), D("0.00"))
    assert (second.gross, second.amount) == (D("120000.00"), D("100000.00"))
    assert [d.amount for d in first.deductions] == [D("80000.00")]
    assert [d.amount for d in second.deductions] == [D("20000.00")]
    assert first.deducted == D("80000.00")
    assert s.total == D("700000.00") == s.balance - s.claimed
    assert s.at_announcement.amount == D("600000.00")  # claims only touch the reserve


def test_claim_after_a_tranche_was_paid_comes_from_later_tranches() -> None:
    """A claim dated after the first tranche's due day cannot reduce that tranche."""
    claim = Claim("5000", "交易损失", on=dt.date(2026, 3, 15), kind=ClaimKind.LOSS)
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), claims=[claim]
    )
    assert [t.amount for t in s.tranche_lines] == [D("80000.00"), D("115000.00")]


def test_R_DEP_03_claim_beyond_the_reserve_is_owed_by_default() -> None:
    """R-DEP-03: the costs are the member's; what the reserve cannot cover is owed."""
    claims = [
        Claim("150000", "违规赔偿金", on=dt.date(2025, 11, 1), kind="fine"),
        Claim("80000", "终止处理费用", on=dt.date(2026, 1, 10), kind="终止费用"),
    ]
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), claims=claims
    )
    assert [t.amount for t in s.tranche_lines] == [D("0.00"), D("0.00")]
    owed = [line for line in s.lines if line.kind is LineKind.OWED]
    assert [(line.due_on, line.amount, line.rule) for line in owed] == [
        (dt.date(2026, 1, 10), D("30000.00"), "R-DEP-03")
    ]
    assert owed[0].signed == D("-30000.00")
    assert s.owed == D("30000.00")
    assert s.refunded == D("600000.00")
    assert s.total == D("570000.00") == s.balance - s.claimed


def test_R_DEP_03_claim_after_the_last_tranche_is_refused() -> None:
    """R-DEP-03: the reserve answers for claims until its last tranche is due (2026-04-30
    for an announcement on 2025-10-31); a claim dated after it (2035 typed for 2025) is
    refused naming it and its date, under either ``excess_claims``; on the day it is taken
    from that tranche, and the member owes what it cannot cover."""
    on_the_day = Claim("300", "迟到的手续费", on=dt.date(2026, 4, 30))
    s = refund_schedule(
        peak="1000", balance="1000", announced_on=dt.date(2025, 10, 31), claims=[on_the_day]
    )
    assert (s.tranche_lines[-1].amount, s.owed, s.total) == (D("0.00"), D("180.00"), D("700.00"))
    for late in (dt.date(2026, 5, 1), dt.date(2035, 1, 1)):
        claims = [on_the_day, Claim("10", "迟到的手续费", on=late)]
        for policy in (DepositPolicy(), DepositPolicy(excess_claims="refuse")):
            with pytest.raises(InvalidInput) as info:
                _seed(claims, policy)
            assert info.value.argument == "claims[1]"
            assert info.value.value == claims[1]
            assert info.value.problem.startswith(f"is dated {late}, after 2026-04-30, the day ")


def test_R_DEP_03_a_claim_long_before_the_announcement_is_netted_that_day() -> None:
    """R-DEP-03, D8 第十一条(三) 会员应结清与交易所的所有费用: an unpaid fee stays unpaid however
    old it is, so a claim decades before the announcement is netted against its refund."""
    s = _seed([Claim("10", "1990 年会费", on=dt.date(1990, 1, 1), kind="未缴费用")])
    assert s.at_announcement.deducted == D("10.00")
    assert s.owed == D("0.00")


def test_excess_claim_refused_by_policy() -> None:
    """ExcessClaims.REFUSE: a claim larger than what is left is refused with an explanation."""
    policy = DepositPolicy(excess_claims="refuse")
    claims = [
        Claim("100", "fees", on=dt.date(2025, 11, 1)),
        Claim("150", "x", on=dt.date(2025, 11, 2)),
    ]
    with pytest.raises(InvalidInput, match=r"claims\[1\].*only 100\.00 is left to pay"):
        refund_schedule(
            peak="1000",
            balance="1000",
            announced_on=dt.date(2025, 10, 31),
            claims=claims,
            policy=policy,
        )
    s = refund_schedule(
        peak="1000",
        balance="1000",
        announced_on=dt.date(2025, 10, 31),
        claims=claims[:1],
        policy=policy,
    )
    assert s.total == D("900.00")


def test_R_DEP_01_reserve_never_exceeds_20_percent_of_the_peak() -> None:
    """R-DEP-01: 保留…20% — the reserve is rounded *down* to the fen, so the exchange never
    retains more than 20% of the peak; half up stays reachable through the policy."""
    cases = {"0.03": "0.00", "0.04": "0.00", "0.05": "0.01", "0.08": "0.01", "0.09": "0.01"}
    for peak, reserve in cases.items():
        s = refund_schedule(peak=peak, balance=peak, announced_on=dt.date(2025, 12, 15))
        assert s.reserve == D(reserve), peak
        assert s.reserve <= D(peak) * D("0.20")
    half_up = DepositPolicy(reserve_rounding=ROUND_HALF_UP)
    s = refund_schedule(
        peak="0.08", balance="0.08", announced_on=dt.date(2025, 12, 15), policy=half_up
    )
    assert s.reserve == D("0.02")  # 0.016 → 0.02 (more than 20%)
    assert DepositPolicy().reserve_of(D("1000000")) == D("200000.00")


def test_R_DEP_02_announced_2025_08_31_and_2027_10_31() -> None:
    """R-DEP-02: 31 Aug + 4 months = 31 Dec; 31 Oct 2027 + 4 months = 29 Feb 2028 (leap)."""
    s = refund_schedule(peak="1000", balance="1000", announced_on=dt.date(2025, 8, 31))
    assert [(t.scheduled_on, t.due_on) for t in s.tranche_lines] == [
        (dt.date(2025, 12, 31), dt.date(2025, 12, 31)),
        (dt.date(2026, 2, 28), dt.date(2026, 2, 28)),  # Saturday, a 补班 working day
    ]
    s = refund_schedule(
        peak="1000", balance="1000", announced_on=dt.date(2027, 10, 31), calendar=FINAL
    )
    # 29 Feb 2028 is a Tuesday; 30 April 2028 a Sunday, before the Labour Day holiday
    assert s.tranche_lines[0].scheduled_on == dt.date(2028, 2, 29)
    assert s.tranche_lines[0].due_on == dt.date(2028, 2, 29)
    assert s.tranche_lines[1].scheduled_on == dt.date(2028, 4, 30)
    assert FINAL.is_workday(s.tranche_lines[1].due_on)
    assert s.tranche_lines[1].due_on == FINAL.roll(dt.date(2028, 4, 30)) > dt.date(2028, 4, 30)


def test_R_DEP_02_half_a_fen_never_arises_with_the_seed_shares() -> None:
    """R-DEP-02: 40% of a whole number of fen is a multiple of 0.4 fen, never x.5 fen, so
    every half-rounding mode gives the same tranches; only other shares can differ."""
    for fen_ in range(0, 2000):
        reserve = from_fen(fen_)
        forty = reserve * D("0.40")
        assert forty.quantize(FEN, ROUND_HALF_UP) == forty.quantize(FEN, ROUND_HALF_EVEN)
        assert forty.quantize(FEN, ROUND_HALF_UP) == forty.quantize(FEN, ROUND_HALF_DOWN)


# ------------------------------------------------------------------ claims, edges


def _seed(claims: list[Claim], policy: DepositPolicy | None = None) -> RefundSchedule:
    """Peak 1,000, balance 1,000, announced 2025-10-31: reserve 200 = 80 + 120."""
    return refund_schedule(
        peak="1000",
        balance="1000",
        announced_on=dt.date(2025, 10, 31),
        claims=claims,
        policy=policy,
    )


def test_claim_exactly_equal_to_what_is_left_is_covered_not_owed_nor_refused() -> None:
    """RULES.md §4 Default: a claim equal to the reserve left empties it; nothing is owed."""
    exact = [
        Claim("150", "a", on=dt.date(2025, 11, 1)),
        Claim("50", "b", on=dt.date(2025, 11, 2)),
    ]
    for policy in (None, DepositPolicy(excess_claims="refuse")):
        s = _seed(exact, policy)
        assert [t.amount for t in s.tranche_lines] == [D("0.00"), D("0.00")]
        assert s.owed == D("0.00")
        assert not [line for line in s.lines if line.kind is LineKind.OWED]
        assert s.total == D("800.00")
    one_fen_more = [*exact, Claim("0.01", "c", on=dt.date(2025, 11, 3))]
    assert _seed(one_fen_more).owed == D("0.01")
    with pytest.raises(InvalidInput, match=r"claims\[2\]: .*only 0\.00 is left to pay"):
        _seed(one_fen_more, DepositPolicy(excess_claims="refuse"))


def test_R_DEP_03_D8_11_3_claim_by_the_announcement_is_netted_against_that_days_refund() -> None:
    """R-DEP-03, D8 第十一条(三) "会员应结清与交易所的所有费用": a claim dated on or before the
    announcement day is netted against the refund paid on the announcement day before it
    touches the reserve; the member never "owes" while being paid out (issue 17)."""
    s = _seed([Claim("250", "2024 年度管理费", on=dt.date(2025, 3, 1), kind="未缴费用")])
    assert s.at_announcement.gross == D("800.00")
    assert s.at_announcement.amount == D("550.00")
    assert [d.amount for d in s.at_announcement.deductions] == [D("250.00")]
    assert [t.amount for t in s.tranche_lines] == [D("80.00"), D("120.00")]  # reserve untouched
    assert s.owed == D("0.00")
    assert not [line for line in s.lines if line.kind is LineKind.OWED]
    assert s.total == D("750.00")
    assert "less claims of 250.00" in s.at_announcement.reason
    on_the_day = _seed([Claim("900", "终止费用", on=dt.date(2025, 10, 31), kind="终止费用")])
    assert on_the_day.at_announcement.amount == D("0.00")
    assert [t.amount for t in on_the_day.tranche_lines] == [D("0.00"), D("100.00")]
    assert on_the_day.owed == D("0.00")
    after = _seed([Claim("250", "交割损失", on=dt.date(2025, 11, 1), kind="loss")])
    assert after.at_announcement.amount == D("800.00")  # paid out already: the reserve pays
    assert [t.amount for t in after.tranche_lines] == [D("0.00"), D("0.00")]
    assert after.owed == D("50.00")
    owed = [line for line in after.lines if line.kind is LineKind.OWED]
    assert [(line.due_on, line.amount) for line in owed] == [(dt.date(2025, 11, 1), D("50.00"))]


def test_claim_on_a_tranche_due_day_reduces_it_the_next_day_does_not() -> None:
    """A tranche due on the claim's day is not yet paid: the claim comes off it first."""
    on_due = _seed([Claim("30", "x", on=dt.date(2026, 2, 28))])
    assert [t.amount for t in on_due.tranche_lines] == [D("50.00"), D("120.00")]
    after = _seed([Claim("30", "x", on=dt.date(2026, 3, 1))])
    assert [t.amount for t in after.tranche_lines] == [D("80.00"), D("90.00")]


def test_claim_on_the_last_tranche_day_beyond_it_is_refused_under_refuse() -> None:
    refuse = DepositPolicy(excess_claims="refuse")
    with pytest.raises(InvalidInput, match=r"claims\[0\]: .*only 120\.00 .* after 2026-04-30"):
        _seed([Claim("121", "late", on=dt.date(2026, 4, 30))], refuse)


def test_many_claims_in_date_order_ties_in_given_order() -> None:
    """200 claims: applied by date, ties in the order given, fen for fen."""
    claims = [
        Claim("1.01", f"c{i}", on=dt.date(2025, 11, 1) + dt.timedelta(days=i % 7))
        for i in range(200)
    ]
    s = _seed(claims)
    assert s.claimed == D("202.00")
    assert s.owed == D("2.00")
    taken = [d for t in s.tranche_lines for d in t.deductions]
    order = [d.claim_index for d in taken]
    assert order == sorted(order, key=lambda i: (claims[i].on, i))
    assert sum(d.amount for d in taken) == D("200.00")
    assert s.total == s.balance - s.claimed == D("798.00")


def test_balance_zero_with_a_peak_and_a_claim() -> None:
    """R-DEP-01: nothing held → no reserve; a claim is wholly owed."""
    s = refund_schedule(
        peak="1000",
        balance="0",
        announced_on=dt.date(2025, 10, 31),
        claims=[Claim("10", "x", on=dt.date(2025, 11, 1))],
    )
    assert s.reserve == D("0.00")
    assert s.owed == D("10.00")
    assert s.total == D("-10.00")


def test_render_columns_line_up_with_owed_lines_and_provisional_marks() -> None:
    """The notice of `custops refund`: every row's columns start at the same terminal column,
    CJK labels, negative amounts, 大写 of different lengths and '*' marks included."""
    claims = [
        Claim("1234.56", "早于公告的欠费", on=dt.date(2025, 9, 1), kind="未缴费用"),
        Claim("300000", "交易损失", on=dt.date(2026, 9, 15), kind="loss"),
    ]
    s = refund_schedule(
        peak="1000000.03",
        balance="800000",
        announced_on=dt.date(2026, 8, 31),
        claims=claims,
        calendar=WorkCalendar(final_years=[2027]),
    )
    s = attrs.evolve(s, lines=tuple(attrs.evolve(x, provisional=True) for x in s.lines))
    lines = _notice(s).splitlines()
    header = next(i for i, row in enumerate(lines) if row.startswith("项目"))
    body = lines[header : header + 2 + len(s.lines)]
    body = [body[0], *body[2:]]
    total = lines[header + 3 + len(s.lines)]
    assert total.startswith("合计")

    def col(row: str, token: str) -> int:
        return display_width(row[: row.index(token)])

    rule_col = col(body[0], "规则")
    words_col = col(body[0], "大写")
    amount_end = col(body[0], "金额") + display_width("金额")
    for row, line in zip(body[1:], s.lines, strict=True):
        assert col(row, line.rule) == rule_col, row
        figures = f"{line.signed:,.2f}"
        assert col(row, figures) + len(figures) == amount_end, row
        assert col(row, "*") < col(row, figures)
        assert row[len(row.rstrip()) :] == ""
        words = row[row.index(figures) + len(figures) :].strip().split()[0]
        assert col(row, words) == words_col, row
    total_figures = f"{s.total:,.2f}"
    assert col(total, total_figures) + len(total_figures) == amount_end
    assert s.reserve == D("200000.00")  # 20% of 1,000,000.03 = 200,000.006, rounded down
    assert "-100,000.00" in "\n".join(body)  # 300,000 claimed of a reserve of 200,000.00
    assert s.at_announcement.amount == D("598765.44")  # the earlier claim netted there


# ------------------------------------------------------------------ render


def test_render_is_a_notice_with_uppercase_and_aligned_columns() -> None:
    """The printable explanation: figures and 大写, CJK-aware column alignment."""
    claim = Claim("1234.56", "未缴会员管理费", on=dt.date(2025, 11, 20), kind="未缴费用")
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), claims=[claim]
    )
    text = _notice(s)
    assert "陆拾万元整" in text
    assert "捌拾万元整" not in text  # the total is 798,765.44
    assert "柒拾玖万捌仟柒佰陆拾伍元肆角肆分" in text
    assert "798,765.44" in text
    assert "扣除未缴费用 1,234.56" in text
    assert "R-DEP-03" in text
    rows = [row for row in text.splitlines() if re.search(r"R-DEP-0[12]$", row)]
    assert len(rows) == 3
    # the rule column starts at the same terminal column on every row
    starts = {display_width(row[: row.index("R-DEP")]) for row in rows}
    assert len(starts) == 1
    # and every amount ends in the same column
    ends = {display_width(row[: row.index(".", row.index("20")) + 3]) for row in rows}
    assert len(ends) == 1


def test_render_beyond_the_uppercase_range() -> None:
    """An amount past 9999亿 still renders; the 大写 column says it is out of range."""
    s = refund_schedule(
        peak="2000000000000", balance="2000000000000", announced_on=dt.date(2025, 12, 15)
    )
    text = _notice(s)
    assert "1,600,000,000,000.00" in text
    assert "（超出大写范围）" in text
    assert "贰仟肆佰亿元整" in text  # the 60% tranche: 240,000,000,000


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("abc") == 3
    assert display_width("大写") == 4
    assert display_width("（全角）") == 8


# ------------------------------------------------------------------ policy and input errors


def test_policy_defaults_are_the_seed() -> None:
    """R-DEP-01, R-DEP-02: 20%; (4 months, 40%), (6 months, 60%); roll; half up; owed."""
    p = DepositPolicy()
    assert p.reserve_rate == D("0.20")
    assert p.tranches == (Tranche(4, D("0.40")), Tranche(6, D("0.60")))
    assert p.roll_to_workday is True
    assert p.rounding is Rounding.HALF_UP
    assert p.reserve_rounding is Rounding.DOWN
    assert p.excess_claims is ExcessClaims.OWED


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tranches": [(4, "0.4"), (6, "0.5")]}, "add up to exactly 1"),
        ({"tranches": [(4, "0.4"), (6, "0.7")]}, "add up to exactly 1"),
        ({"tranches": []}, "must not be empty"),
        ({"tranches": [(6, "0.4"), (4, "0.6")]}, "strictly increase"),
        ({"tranches": [(4, "0.4"), (4, "0.6")]}, "strictly increase"),
        ({"tranches": [(4, "0"), (6, "1")]}, r"must lie in \(0, 1\]"),
        ({"tranches": [(-1, "1")]}, r"tranches\[0\]: its months must lie in \[1, "),
        # R-DEP-02: "N个月后" starts at 1; day 0 is the announcement's refund (R-DEP-01)
        ({"tranches": [(0, "0.4"), (6, "0.6")]}, r"tranches\[0\]: its months must lie in \[1, "),
        ({"reserve_rate": "1.01"}, r"must lie in \[0, 1\]"),
        ({"reserve_rate": "-0.1"}, r"must lie in \[0, 1\]"),
    ],
)
def test_self_contradicting_policy_raises_PolicyError(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(PolicyError, match=message):
        DepositPolicy(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("spelling", "member"),
    [
        ("half_up", Rounding.HALF_UP),
        ("四舍五入", Rounding.HALF_UP),
        ("ROUND_HALF_UP", Rounding.HALF_UP),
        ("round_half_up", Rounding.HALF_UP),
        ("Half Up", Rounding.HALF_UP),
        ("down", Rounding.DOWN),
        ("舍去", Rounding.DOWN),
        ("ROUND_DOWN", Rounding.DOWN),
        ("ROUND_05UP", Rounding.ZERO_FIVE_UP),
        (Rounding.HALF_EVEN, Rounding.HALF_EVEN),
    ],
)
def test_R_DEP_01_R_DEP_02_rounding_is_an_enum_read_in_any_spelling(
    spelling: object, member: Rounding
) -> None:
    """R-DEP-01, R-DEP-02: the policy's roundings are ``Rounding`` members, read from a key,
    a Chinese label or the ``decimal.ROUND_*`` constant; each member's ``mode`` is that
    constant, so every one of Python's rounding modes is reachable, and none other."""
    policy = DepositPolicy(rounding=spelling, reserve_rounding=spelling)  # type: ignore[arg-type]
    assert policy.rounding is member
    assert policy.reserve_rounding is member
    modes = {name for name in vars(decimal) if name.startswith("ROUND_")}
    assert {getattr(decimal, name) for name in modes} == {m.mode for m in Rounding}
    assert all(getattr(decimal, m.mode) == m.mode for m in Rounding)


@pytest.mark.parametrize("spelling", ["HALF", "round", "四舍", "ROUND_HALF"])
def test_an_unknown_rounding_names_the_field(spelling: str) -> None:
    with pytest.raises(InvalidInput, match=r"^reserve_rounding: is not a known Rounding; one of"):
        DepositPolicy(reserve_rounding=spelling)


def test_policy_rate_edges_are_allowed() -> None:
    assert DepositPolicy(reserve_rate=0).reserve_rate == 0
    assert DepositPolicy(reserve_rate="1").reserve_rate == 1


def test_policy_type_errors() -> None:
    with pytest.raises(InvalidType, match=r"reserve_rate: .*float"):
        DepositPolicy(reserve_rate=0.2)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="roll_to_workday"):
        DepositPolicy(roll_to_workday="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="excess_claims"):
        DepositPolicy(excess_claims="maybe")


def test_policy_options_are_keyword_only() -> None:
    """Every option of a policy is named (CONTRIBUTING item 2)."""
    with pytest.raises(TypeError):
        DepositPolicy("0.2")  # type: ignore[call-arg]
    assert DepositPolicy(reserve_rate="0.3").reserve_rate == Decimal("0.3")


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"peak": 1000.0}, InvalidType, "peak"),
        ({"balance": "-1"}, InvalidInput, "balance: must not be negative"),
        ({"balance": "2000"}, InvalidInput, "balance: must not exceed the peak 1000.00"),
        ({"announced_on": dt.datetime(2025, 10, 31, 9, 0)}, InvalidType, "announced_on"),
        ({"announced_on": "2025-10-31"}, InvalidType, "announced_on"),
        ({"claims": ["100"]}, InvalidType, r"claims\[0\]"),
        ({"claims": "100"}, InvalidType, "claims"),
        ({"policy": {}}, InvalidType, "policy"),
        ({"calendar": "CN"}, InvalidType, "calendar"),
    ],
)
def test_bad_input_names_the_argument(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    args: dict[str, object] = {
        "peak": "1000",
        "balance": "800",
        "announced_on": dt.date(2025, 10, 31),
    }
    args.update(kwargs)
    with pytest.raises(error, match=message):
        refund_schedule(**args)  # type: ignore[arg-type]


def test_claim_validation() -> None:
    with pytest.raises(InvalidInput, match="amount: a claim must be more than 0"):
        Claim(0, "x", on=dt.date(2025, 1, 1))
    with pytest.raises(InvalidType, match="amount"):
        Claim(1.5, "x", on=dt.date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="on"):
        Claim(1, "x", on="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="description"):
        Claim(1, "  ", on=dt.date(2025, 1, 1))
    with pytest.raises(InvalidInput, match="kind"):
        Claim(1, "x", on=dt.date(2025, 1, 1), kind="bribe")


def test_enums_parse_chinese_and_english() -> None:
    assert ClaimKind.parse("罚款") is ClaimKind.FINE
    assert ClaimKind.parse("Termination Cost") is ClaimKind.TERMINATION_COST
    assert ExcessClaims.parse("REFUSE") is ExcessClaims.REFUSE
    assert LineKind.parse("会员尚欠") is LineKind.OWED
    assert LineKind.parse("at-announcement") is LineKind.AT_ANNOUNCEMENT
    with pytest.raises(InvalidInput, match="'bogus'"):
        ClaimKind.parse("bogus")
    with pytest.raises(InvalidType):
        ClaimKind.parse(3)


def test_schedule_is_frozen() -> None:
    s = refund_schedule(peak="10", balance="10", announced_on=dt.date(2025, 12, 15))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.reserve = D(0)  # type: ignore[misc]


# ------------------------------------------------------------------ properties

# The project's own strategies (custops.testing): amounts to the fen, days, claims.
days = dates(dt.date(2016, 1, 1), dt.date(2029, 6, 30))


@st.composite
def deposits(draw: st.DrawFn) -> tuple[Decimal, Decimal, dt.date]:
    peak = draw(amounts(max_value=10**9))
    balance = draw(amounts(max_value=peak))  # never above the peak
    return peak, balance, draw(days)


def claim_lists(announced_on: dt.date) -> st.SearchStrategy[list[Claim]]:
    """Up to four claims of any kind, 0.01 to 100,000,000.00, arising from 60 days before
    to 181 days after the announcement (six months are at least 181 days: every claim is
    dated on or before the last tranche, R-DEP-03)."""
    return st.lists(
        claims(
            announced_on - dt.timedelta(days=60),
            announced_on + dt.timedelta(days=181),
            max_amount=10**8,
        ),
        max_size=4,
    )


def _schedule(
    peak: Decimal,
    balance: Decimal,
    on: dt.date,
    claims: list[Claim],
    policy: DepositPolicy | None = None,
) -> RefundSchedule:
    return refund_schedule(
        peak=peak, balance=balance, announced_on=on, claims=claims, policy=policy, calendar=FINAL
    )


@given(st.data())
def test_property_lines_add_up_to_balance_minus_claims(data: st.DataObject) -> None:
    """Every line adds up to the balance minus the claims, fen for fen; none is negative."""
    peak, balance, on = data.draw(deposits())
    claims = data.draw(claim_lists(on))
    s = _schedule(peak, balance, on, claims)
    assert sum(line.signed for line in s.lines) == s.total == balance - s.claimed
    assert s.refunded - s.owed == s.total
    for line in s.lines:
        assert line.amount >= 0
        assert line.amount == line.amount.quantize(FEN)
        if line.kind is not LineKind.OWED:
            assert line.amount == line.gross - line.deducted
    assert sum(t.gross for t in s.tranche_lines) == s.reserve
    # claims are used fully: deducted plus owed
    deducted = sum(line.deducted for line in s.lines)
    assert deducted + s.owed == s.claimed
    # the member owes only once nothing is left to pay on or after the claim (issue 17)
    for owed in (line for line in s.lines if line.kind is LineKind.OWED):
        paid_later = [x for x in s.lines if x.kind.sign > 0 and x.due_on >= owed.due_on]
        assert all(x.amount == 0 for x in paid_later)


@given(deposits())
def test_property_reserve_bounds(deposit: tuple[Decimal, Decimal, dt.date]) -> None:
    """R-DEP-01: the reserve never exceeds 20% of the peak (rounded half up) nor the balance."""
    peak, balance, on = deposit
    s = _schedule(peak, balance, on, [])
    exact = peak * D("0.20")
    assert D(0) <= s.reserve <= balance
    assert s.reserve <= exact  # never more than 20% of the peak, not even by a fen's fraction
    assert s.reserve == s.reserve.quantize(FEN)
    assert exact - s.reserve < FEN or s.reserve == balance  # and the most fen below it
    assert s.at_announcement.amount == balance - s.reserve
    assert s.rule == "R-DEP-02"  # V18: a result, with a one-line reason
    assert "\n" not in s.reason


@given(deposits(), st.booleans())
def test_property_due_dates(deposit: tuple[Decimal, Decimal, dt.date], roll: bool) -> None:
    """R-DEP-02, art. 203: due dates are working days when the rule says so, never before
    the announcement, never before the period's corresponding day."""
    peak, balance, on = deposit
    policy = DepositPolicy(roll_to_workday=roll)
    s = _schedule(peak, balance, on, [], policy)
    # every tranche has its line (40% of 0.01 is a line of 0.00), none with a reserve of 0.00
    assert [t.tranche_number for t in s.tranche_lines] == ([1, 2] if s.reserve else [])
    for line in s.tranche_lines:
        tranche = line.tranche
        assert tranche is not None
        assert line.gross >= 0
        assert line.scheduled_on == on + relativedelta(months=tranche.months)
        assert line.due_on >= line.scheduled_on >= on
        if roll:
            assert FINAL.is_workday(line.due_on)
            assert line.due_on == FINAL.roll(line.scheduled_on)
        else:
            assert line.due_on == line.scheduled_on
    assert s.at_announcement.due_on >= on
    dues = [t.due_on for t in s.tranche_lines]
    assert dues == sorted(dues)


@given(st.data())
def test_property_adding_a_claim_never_increases_a_tranche(data: st.DataObject) -> None:
    """Adding a claim never increases any tranche (nor the total); the excess refund is
    untouched."""
    peak, balance, on = data.draw(deposits())
    claims = data.draw(claim_lists(on))
    extra = data.draw(claim_lists(on).filter(bool))[0]
    position = data.draw(st.integers(min_value=0, max_value=len(claims)))
    before = _schedule(peak, balance, on, claims)
    after = _schedule(peak, balance, on, [*claims[:position], extra, *claims[position:]])
    for old, new in zip(before.tranche_lines, after.tranche_lines, strict=True):
        assert new.amount <= old.amount
        assert new.due_on == old.due_on
    assert after.at_announcement.amount <= before.at_announcement.amount
    assert after.at_announcement.gross == before.at_announcement.gross
    assert after.total == before.total - extra.amount


@given(deposits(), st.integers(min_value=-400, max_value=400), st.booleans())
def test_property_R_DEP_03_a_claim_is_refused_exactly_when_after_the_last_tranche(
    deposit: tuple[Decimal, Decimal, dt.date], offset: int, refuse: bool
) -> None:
    """R-DEP-03: a claim dated after the day the last tranche is due is refused, naming it
    and its date, under either ``excess_claims``; any other is netted or owed, and no line
    of the schedule falls after that day."""
    peak, balance, on = deposit
    policy = DepositPolicy(excess_claims="refuse" if refuse else "owed")
    last = FINAL.roll(on + relativedelta(months=6))
    claim = Claim("0.01", "费用", on=on + dt.timedelta(days=offset))
    if claim.on > last:
        with pytest.raises(InvalidInput) as info:
            _schedule(peak, balance, on, [claim], policy)
        assert info.value.argument == "claims[0]"
        assert f"is dated {claim.on}, after {last}" in str(info.value)
        return
    if refuse and _schedule(peak, balance, on, [claim]).owed:  # nothing left to take it from
        with pytest.raises(InvalidInput, match=r"refuses a claim the deposit cannot cover"):
            _schedule(peak, balance, on, [claim], policy)
        return
    s = _schedule(peak, balance, on, [claim], policy)
    assert all(line.due_on <= last for line in s.lines)
    assert s.total == s.balance - claim.amount


@given(st.data())
def test_property_refuse_policy_refuses_or_covers_fully(data: st.DataObject) -> None:
    """ExcessClaims.REFUSE: either every claim is covered by the reserve, or it is refused."""
    peak, balance, on = data.draw(deposits())
    claims = data.draw(claim_lists(on))
    policy = DepositPolicy(excess_claims=ExcessClaims.REFUSE)
    lenient = _schedule(peak, balance, on, claims)
    if lenient.owed == 0:
        strict = _schedule(peak, balance, on, claims, policy)
        assert strict.lines == lenient.lines
    else:
        with pytest.raises(InvalidInput, match=r"^claims\[\d\]: .*refuses"):
            _schedule(peak, balance, on, claims, policy)


def test_default_calendar_is_china() -> None:
    """calendar=None uses custops.calendars.china()."""
    a = refund_schedule(peak="100", balance="100", announced_on=dt.date(2025, 6, 1))
    b = refund_schedule(
        peak="100", balance="100", announced_on=dt.date(2025, 6, 1), calendar=china()
    )
    assert a == b


# ------------------------------------------------------------------ test strength (issue 14)


def test_R_DEP_02_three_tranches_take_cumulative_shares() -> None:
    """R-DEP-02 with a three-tranche policy: each tranche is the cumulative share rounded
    less what the earlier tranches took (kills an `=` for `+=` in the cumulative share)."""
    policy = DepositPolicy(tranches=[(2, "0.25"), (4, "0.25"), (6, "0.5")])
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), policy=policy
    )
    assert [t.gross for t in s.tranche_lines] == [D("50000.00"), D("50000.00"), D("100000.00")]
    assert [t.scheduled_on for t in s.tranche_lines] == [
        dt.date(2025, 12, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 4, 30),
    ]
    with language("zh_CN"):
        assert [t.label for t in s.tranche_lines] == [
            "第1期 风险保障金25%",
            "第2期 风险保障金25%",
            "第3期 风险保障金50%",
        ]
    assert [t.label for t in s.tranche_lines] == [
        "tranche 1: 25% of the reserve",
        "tranche 2: 25% of the reserve",
        "tranche 3: 50% of the reserve",
    ]
    # rounding per cumulative share: 0.3 x 0.05 = 0.015 -> 0.02; 0.6 x 0.05 = 0.03 -> 0.01 more
    odd = DepositPolicy(tranches=[(1, "0.3"), (2, "0.3"), (3, "0.4")], reserve_rate="1")
    t = refund_schedule(peak="0.05", balance="0.05", announced_on=dt.date(2025, 10, 31), policy=odd)
    assert [x.gross for x in t.tranche_lines] == [D("0.02"), D("0.01"), D("0.02")]
    assert sum(x.gross for x in t.tranche_lines) == t.reserve


def test_R_DEP_01_the_announcement_day_line_gross_and_due() -> None:
    """R-DEP-01: the announcement-day line pays the balance above the reserve; its gross,
    amount, schedule and due day are those of the announcement (no claims)."""
    s = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    line = s.at_announcement
    assert (line.gross, line.amount, line.deducted) == (D("600000.00"), D("600000.00"), D("0.00"))
    assert (line.scheduled_on, line.due_on, line.rule) == (
        dt.date(2025, 10, 31),
        dt.date(2025, 10, 31),
        "R-DEP-01",
    )
    assert not line.provisional
    # announced on a Saturday: scheduled that day, paid on the Monday (Civil Code art. 203)
    sat = refund_schedule(peak="100", balance="100", announced_on=dt.date(2025, 11, 1))
    assert (sat.at_announcement.scheduled_on, sat.at_announcement.due_on) == (
        dt.date(2025, 11, 1),
        dt.date(2025, 11, 3),
    )
    assert "is a rest day" in sat.at_announcement.reason


def test_R_DEP_01_an_announcement_on_a_rest_day_is_paid_the_next_working_day() -> None:
    """R-DEP-01 (docs/rules.md: the seed names no day for the balance above the reserve):
    announced on Sunday 2026-12-06, it is paid on Monday 12-07, as a tranche would be (art.
    203), and the schedule's reason names that first payment's day beside the announcement's;
    without the roll, or announced on a working day, it names the announcement alone."""
    final = WorkCalendar(final_years=[2027])
    sunday = dt.date(2026, 12, 6)
    s = refund_schedule(peak="250000", balance="250000", announced_on=sunday, calendar=final)
    assert (s.at_announcement.scheduled_on, s.at_announcement.due_on) == (
        sunday,
        dt.date(2026, 12, 7),
    )
    with language("zh_CN"):
        assert s.reason.startswith("公告日 2026-12-06，自 2026-12-07 起分 3 次退还 250000.00 元；")
    assert s.reason == (
        "refund of 250000.00 in 3 payments from 2026-12-07, announced on 2026-12-06; "
        "claims 0.00, owed 0.00"
    )
    kept = refund_schedule(
        peak="250000",
        balance="250000",
        announced_on=sunday,
        policy=DepositPolicy(roll_to_workday=False),
    )
    assert kept.reason.startswith("refund of 250000.00 in 3 payments from 2026-12-06; ")
    monday = refund_schedule(
        peak="250000", balance="250000", announced_on=dt.date(2026, 12, 7), calendar=final
    )
    assert monday.reason.startswith("refund of 250000.00 in 3 payments from 2026-12-07; ")


def test_R_DEP_01_02_a_zero_reserve_lists_no_tranche() -> None:
    """R-DEP-01, R-DEP-02: with ``reserve_rate=0`` nothing is kept, the balance is refunded
    at the announcement and no tranche returns anything: the schedule and its notice list no
    0.00 tranche (nor the provisional-year note a 2027 tranche would bring); a claim after
    the announcement, with nothing left to take it from, is owed."""
    nothing = DepositPolicy(reserve_rate="0")
    day = dt.date(2026, 12, 7)
    s = refund_schedule(peak="50.00", balance="50.00", announced_on=day, policy=nothing)
    assert [(line.kind, line.amount) for line in s.lines] == [
        (LineKind.AT_ANNOUNCEMENT, D("50.00"))
    ]
    assert s.tranche_lines == ()
    notice = _notice(s)
    assert "第1期" not in notice
    assert "零元整" not in notice
    assert "尚未公布" not in notice
    assert s.reason == "refund of 50.00 in 1 payment from 2026-12-07; claims 0.00, owed 0.00"
    assert serial.from_json(serial.to_json(s), expect=RefundSchedule) == s
    claimed = refund_schedule(
        peak="50.00",
        balance="50.00",
        announced_on=day,
        policy=nothing,
        claims=[Claim("5", "x", on=dt.date(2027, 1, 4))],
        calendar=FINAL,
    )
    assert (claimed.refunded, claimed.owed) == (D("50.00"), D("5.00"))
    # a reserve of one fen: 40% of it is 0.00, a line of its own all the same
    fen = refund_schedule(peak="0.05", balance="0.05", announced_on=dt.date(2025, 10, 31))
    assert [(t.tranche_number, t.amount) for t in fen.tranche_lines] == [
        (1, D("0.00")),
        (2, D("0.01")),
    ]


def test_R_DEP_02_a_schedule_stored_with_its_0_tranches_still_loads() -> None:
    """R-DEP-02: a schedule stored with its tranches of 0.00 listed (before they were left
    out) loads back as it was; a tranche of 0.00 on a day of no tranche is refused."""
    s = refund_schedule(
        peak="0", balance="0", announced_on=dt.date(2025, 10, 31), policy=DepositPolicy()
    )
    tranches = [
        ScheduleLine(
            kind=LineKind.TRANCHE,
            due_on=day,
            amount=D("0.00"),
            rule="R-DEP-02",
            gross=D("0.00"),
            scheduled_on=day,
            announced_on=s.announced_on,
            tranche=tranche,
            tranche_number=k,
        )
        for k, (day, tranche) in enumerate(
            zip((dt.date(2026, 2, 28), dt.date(2026, 4, 30)), s.policy.tranches, strict=True),
            start=1,
        )
    ]
    stored = attrs.evolve(s, lines=(*s.lines, *tranches))
    assert serial.from_json(serial.to_json(stored), expect=RefundSchedule) == stored
    moved = attrs.evolve(
        tranches[0], scheduled_on=dt.date(2026, 2, 27), due_on=dt.date(2026, 2, 27)
    )
    with pytest.raises(InvalidInput, match=r"^lines: must be the payment at the announcement"):
        attrs.evolve(s, lines=(*s.lines, moved, tranches[1]))


def test_R_DEP_02_no_roll_means_nothing_is_provisional() -> None:
    """R-DEP-02: with roll_to_workday=False no calendar is asked, so no due day is
    provisional even in a year whose holidays are not published; with the roll it is."""
    no_roll = DepositPolicy(roll_to_workday=False)
    s = refund_schedule(
        peak="100", balance="100", announced_on=dt.date(2031, 8, 31), policy=no_roll
    )
    assert not s.provisional
    assert all(not line.provisional for line in s.lines)
    assert [line.due_on for line in s.lines] == [line.scheduled_on for line in s.lines]
    fresh = WorkCalendar()  # a calendar that has not warned yet (china() is shared)
    with pytest.warns(ProvisionalCalendarWarning):
        rolled = refund_schedule(
            peak="100", balance="100", announced_on=dt.date(2031, 8, 31), calendar=fresh
        )
    assert rolled.provisional
    assert all(line.provisional for line in rolled.lines)


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"announced_on": dt.date.max}, "announced_on"),
        ({"announced_on": dt.date(9999, 9, 30)}, "announced_on"),
        (
            {"announced_on": dt.date(9999, 12, 31), "policy": DepositPolicy(roll_to_workday=False)},
            "announced_on",
        ),
        ({"announced_on": dt.date.min}, "announced_on"),
        ({"peak": 10**40}, "peak"),
        ({"balance": -(10**40)}, "balance"),
        ({"peak": "1e999999"}, "peak"),
        ({"peak": "NaN"}, "peak"),
        ({"announced_on": "2025-10-31"}, "announced_on"),
        ({"claims": [Claim("1", "x", on=dt.date.max)]}, "claims[0]"),
    ],
)
def test_extremes_raise_a_custops_error_naming_the_argument(
    kwargs: dict[str, object], argument: str | None
) -> None:
    """Issue 14 item 5: date.max/min, huge numbers and junk give a CustopsError naming the
    argument, never a bare ValueError or OverflowError."""
    call: dict[str, object] = {
        "peak": "100",
        "balance": "100",
        "announced_on": dt.date(2025, 10, 31),
        **kwargs,
    }
    if argument is None:  # a claim on date.max is just a claim, owed from that day
        assert refund_schedule(**call).owed == D("1.00")  # type: ignore[arg-type]
        return
    with pytest.raises(CustopsError) as info:
        refund_schedule(**call)  # type: ignore[arg-type]
    assert info.value.argument == argument
    assert argument in str(info.value)


@pytest.mark.parametrize("months", [10**30, 12 * 9999 + 1, -1, 0])
def test_tranche_months_out_of_range_is_a_policy_error(months: int) -> None:
    with pytest.raises(PolicyError, match="months"):
        Tranche(months, "1")


@given(st.dates(), st.integers(min_value=1, max_value=12 * 9999))
def test_property_tranche_scheduled_after_returns_a_day_or_names_announced_on(
    day: dt.date, months: int
) -> None:
    tranche = Tranche(months, "1")
    if day.year * 12 + day.month + months > 9999 * 12 + 12:
        with pytest.raises(InvalidInput, match=r"^announced_on: is outside the calendar"):
            tranche.scheduled_after(day)
    else:
        assert tranche.scheduled_after(day) >= day


def test_claims_must_be_a_sequence_of_claims_named_claims() -> None:
    """A lone string or a lone Claim is refused as `claims` itself, not item by item."""
    for junk in ("欠费", b"fees", Claim("1", "x", on=dt.date(2025, 11, 1)), 3):
        with pytest.raises(InvalidType) as info:
            refund_schedule(
                peak="100",
                balance="100",
                announced_on=dt.date(2025, 10, 31),
                claims=junk,  # type: ignore[arg-type]
            )
        assert info.value.argument == "claims"


def test_R_DEP_03_an_owed_line_is_never_provisional() -> None:
    """R-DEP-03: the day a claim is owed is the claim's own day, not a rolled due day, so an
    owed line never rests on an unpublished holiday year."""
    s = _seed([Claim("500", "交割损失", on=dt.date(2025, 11, 1), kind="loss")])
    owed = [line for line in s.lines if line.kind is LineKind.OWED]
    assert [(line.amount, line.provisional) for line in owed] == [(D("300.00"), False)]
    assert not s.provisional


def test_render_writes_the_largest_amount_in_words_and_refuses_beyond_it() -> None:
    """The notice writes 大写 up to money.MAX_UPPERCASE inclusive; one fen more is marked
    as beyond the range instead of raising."""
    everything = DepositPolicy(reserve_rate="0")
    at_max = refund_schedule(
        peak=MAX_UPPERCASE,
        balance=MAX_UPPERCASE,
        announced_on=dt.date(2025, 10, 31),
        policy=everything,
    )
    at_max_notice = _notice(at_max)
    assert "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" in at_max_notice
    assert "超出大写范围" not in at_max_notice
    over = MAX_UPPERCASE + D("0.01")
    beyond = refund_schedule(
        peak=over, balance=over, announced_on=dt.date(2025, 10, 31), policy=everything
    )
    assert "（超出大写范围）" in _notice(beyond)


# ------------------------------------------------------------------ mutation survivors (issue 14)


def test_line_kind_signs_are_exactly_plus_and_minus_one() -> None:
    assert [k.sign for k in LineKind] == [1, 1, -1]


@pytest.mark.parametrize("months", [True, 4.0, "4", None])
def test_tranche_months_must_be_an_int(months: object) -> None:
    with pytest.raises(InvalidType, match="months: must be an int"):
        Tranche(months, "1")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("tranches", "message"),
    [
        ("4:1", "tranches: must be a sequence of Tranche, not a str"),
        ([(4, "0.4", 9), (6, "0.6")], "tranches[0]: must be a Tranche or a (months, share) pair"),
        ([[4, "1"]], "tranches[0]: must be a Tranche or a"),
        ([(4, "0.4"), 6], "tranches[1]: must be a Tranche or a"),
        # a pair's own fault: named by its place, showing the pair (R-DEP-02's tranches)
        ([(4, 0.4), (6, "0.6")], "tranches[0]: its share must be an int, a str or a Decimal"),
        ([(4, "0.4"), (True, "0.6")], "tranches[1]: its months must be an int, not a bool"),
    ],
)
def test_tranches_must_be_tranches_or_pairs(tranches: object, message: str) -> None:
    with pytest.raises(InvalidType, match=re.escape(message)) as caught:
        DepositPolicy(tranches=tranches)  # type: ignore[arg-type]
    if isinstance(tranches, list):  # the item given, as given
        assert caught.value.value == tranches[int(message[9])]


@pytest.mark.parametrize(
    ("tranches", "message"),
    [
        ([(4, "1"), (4, "0")], "tranches[1]: its share must lie in (0, 1] (got (4, '0'))"),
        ([(-1, "1")], "tranches[0]: its months must lie in [1, 119988] (got (-1, '1'))"),
        ([(4, "1.5"), (6, "-0.5")], "tranches[0]: its share must lie in (0, 1] (got (4, '1.5'))"),
        ([(4, "NaN")], "tranches[0]: its share "),
    ],
)
def test_a_tranche_out_of_range_is_named_by_its_place(tranches: object, message: str) -> None:
    """R-DEP-02: a pair whose months or share is out of range is refused as the policy's
    ``tranches[i]``, showing the pair given, and stays a ``PolicyError``."""
    with pytest.raises(PolicyError) as caught:
        DepositPolicy(tranches=tranches)  # type: ignore[arg-type]
    assert str(caught.value).startswith(message)
    assert caught.value.argument == message.partition(":")[0]
    assert isinstance(tranches, list)
    assert caught.value.value == tranches[int(message[9])]


@pytest.mark.parametrize("amount", [D("Infinity"), D("-Infinity"), D("NaN")])
def test_round_refuses_a_non_finite_amount(amount: Decimal) -> None:
    with pytest.raises(InvalidInput, match="amount: must be a finite amount"):
        DepositPolicy().round(amount)


class _PublishedThrough2022(WorkCalendar):
    """The China calendar, pretending that holidays after 2022 are not yet published."""

    def is_published(self, year: int) -> bool:
        return year <= 2022


def test_R_DEP_02_a_roll_into_an_unpublished_year_is_provisional() -> None:
    """R-DEP-02: 2022-08-31 + 4 months = Saturday 2022-12-31, paid on 2023-01-03; the due day
    rests on 2023's arrangement, so the line is provisional even though 2022 is published."""
    s = refund_schedule(
        peak="100",
        balance="100",
        announced_on=dt.date(2022, 8, 31),
        calendar=_PublishedThrough2022(),
    )
    first, second = s.tranche_lines
    assert (first.scheduled_on, first.due_on, first.provisional) == (
        dt.date(2022, 12, 31),
        dt.date(2023, 1, 3),
        True,
    )
    assert second.provisional  # 2023-02-28 itself is unpublished
    assert not s.at_announcement.provisional


def test_R_DEP_03_an_owed_line_follows_the_payment_due_the_same_day() -> None:
    """R-DEP-03: on one day the payment is listed before what the member owes."""
    s = _seed([Claim("500", "交割损失", on=dt.date(2026, 2, 28), kind="loss")])
    same_day = [line.kind for line in s.lines if line.due_on == dt.date(2026, 2, 28)]
    assert same_day == [LineKind.TRANCHE, LineKind.OWED]


def test_render_right_aligns_the_head_and_notes_every_roll() -> None:
    """The notice's head figures end in one column; every payment rolled off a rest day
    (the announcement-day refund included) gets a note citing Civil Code art. 203."""
    s = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 11, 1))
    text = _notice(s).splitlines()
    head = text[1:5]
    assert len({display_width(row) for row in head}) == 1
    assert (
        "公告日退还超出保障金部分：2025-11-01 为休息日，顺延至 2025-11-03（民法典第二百零三条）"
        in text
    )


# ------------------------------------------------------------------ languages (issue 15)


def test_R_DEP_01_02_03_reasons_in_chinese() -> None:
    """R-DEP-01 the announcement-day refund, R-DEP-02 a tranche rolled off a rest day,
    R-DEP-03 claims netted and owed: every line's reason in Chinese, no stray English."""
    claims = [
        Claim("150000", "违规赔偿金", on=dt.date(2025, 11, 1), kind="fine"),
        Claim("80000", "终止处理费用", on=dt.date(2026, 1, 10), kind="终止费用"),
    ]
    with language("zh_CN"):
        rolled = refund_schedule(peak="500000", balance="500000", announced_on=dt.date(2025, 6, 1))
        owed = refund_schedule(
            peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), claims=claims
        )
        assert [line.reason for line in rolled.lines] == [
            "2025-06-03 退还 400000.00 元；保证金余额 500000.00 元减去风险保障金 100000.00 元，"
            "于公告日退还；2025-06-01 为休息日，顺延至下一个工作日支付（民法典第二百零三条）",
            "2025-10-09 退还 40000.00 元；风险保障金的 40%，公告日 2025-06-01 起 4 个月后退还；"
            "2025-10-01 为休息日，顺延至下一个工作日支付（民法典第二百零三条）",
            "2025-12-01 退还 60000.00 元；风险保障金的 60%，公告日 2025-06-01 起 6 个月后退还",
        ]
        assert [line.reason for line in owed.lines][1:3] == [
            "2026-01-10 的索赔「终止处理费用」超出尚待支付的金额 30000.00 元，记为会员欠款",
            "2026-02-28 退还 0.00 元；风险保障金的 40%，公告日 2025-10-31 起 4 个月后退还；"
            "扣除索赔款 80000.00 元",
        ]
        for line in (*rolled.lines, *owed.lines):
            assert stray_words(line.reason, code="zh_CN") == (), line.reason


def test_R_DEP_03_english_reasons_quote_the_chinese_description() -> None:
    """R-DEP-03: in English the claim's Chinese description is quoted."""
    with language("en_US"):
        s = _seed([Claim("300000", "交割损失", on=dt.date(2025, 11, 1), kind="loss")])
    owed = next(line for line in s.lines if line.kind is LineKind.OWED)
    assert owed.reason == (
        'the claim of 2025-11-01 for "交割损失" exceeds what is left to pay by 299800.00: '
        "owed by the member"
    )


def test_render_is_the_same_chinese_notice_in_every_language() -> None:
    """The refund notice is addressed to the member: always Chinese (issue 15)."""
    claims = [Claim("1234.56", "未缴会员管理费", on=dt.date(2025, 11, 20), kind="未缴费用")]
    notices = []
    for code in ("zh_CN", "en_US"):
        with language(code):
            s = refund_schedule(
                peak="1000000", balance="800000", announced_on=dt.date(2025, 11, 1), claims=claims
            )
            notices.append(_notice(s))
    assert notices[0] == notices[1]
    assert notices[0].splitlines()[0] == "交易所会员保证金退还计划"
    assert "第1期 风险保障金40%：扣除未缴费用 1,234.56（2025-11-20，未缴会员管理费）" in notices[0]
    assert stray_words(notices[0], code="zh_CN") == ()


@settings(max_examples=40)
@given(st.data())
def test_property_schedules_speak_one_language(data: st.DataObject) -> None:
    """R-DEP-01/02/03: every line's reason is in the active language, one language per
    sentence; the notice is the same Chinese text in both languages."""
    peak, balance, on = data.draw(deposits())
    claims = data.draw(claim_lists(on))
    notices = set()
    for code in ("zh_CN", "en_US"):
        with language(code):
            s = _schedule(peak, balance, on, claims)
            for line in s.lines:
                assert stray_words(line.reason, code=code) == (), line.reason
            notices.add(_notice(s))
    (notice,) = notices
    assert stray_words(notice, code="zh_CN") == ()


# --- a schedule checks its own invariants, however it is built (R-DEP-01/02/03) ---------------


def _claimed_schedule() -> RefundSchedule:
    claim = Claim("50", "管理费", on=dt.date(2025, 11, 1))
    return refund_schedule(
        peak="1000", balance="800", announced_on=dt.date(2025, 10, 31), claims=[claim]
    )


def test_R_DEP_01_a_hand_built_schedule_must_add_up() -> None:
    """R-DEP-01/02/03: ``attrs.evolve`` (or a constructor call) re-checks the schedule: the
    reserve is the policy's share of the peak, the balance at most the peak, the lines
    the announcement payment and one per tranche, adding up to balance − claimed."""
    s = _claimed_schedule()
    assert attrs.evolve(s) == s
    with pytest.raises(InvalidInput) as info:
        attrs.evolve(s, reserve=D("1.00"))
    assert str(info.value) == (
        "reserve: must be 200.00: the policy's share of the peak, at most the balance "
        "(got Decimal('1.00'))"
    )
    with pytest.raises(InvalidInput, match=r"^balance: must not exceed peak 1000.00"):
        attrs.evolve(s, balance=D("1200.00"))
    with pytest.raises(InvalidInput, match=r"^peak: has a fraction of a fen"):
        attrs.evolve(s, peak=D("1000.001"))
    with pytest.raises(InvalidInput, match=r"^lines: must be the payment at the announcement"):
        attrs.evolve(s, lines=s.lines[1:])
    with pytest.raises(InvalidInput, match=r"^claim_index: must name one of the schedule's"):
        attrs.evolve(s, claims=())  # the deductions name a claim no longer there
    bigger = (attrs.evolve(s.claims[0], amount=D("60")),)
    with pytest.raises(InvalidInput, match=r"^claim_index: must name one of the schedule's"):
        attrs.evolve(s, claims=bigger)
    owed = [x for x in s.lines if x.kind is LineKind.OWED]
    assert not owed
    extra = _owed_line()
    with pytest.raises(InvalidInput, match=r"^lines: the lines must add up to balance - claimed"):
        attrs.evolve(s, lines=(*s.lines, extra))
    with pytest.raises(InvalidType, match=r"^policy: must be a DepositPolicy"):
        attrs.evolve(s, policy=None)  # type: ignore[arg-type]


def _owed_line() -> ScheduleLine:
    """A stand-alone owed line of 5.00 (R-DEP-03), for the schedule's invariant checks."""
    return ScheduleLine(
        kind=LineKind.OWED,
        due_on=dt.date(2026, 1, 1),
        amount=D("5.00"),
        rule="R-DEP-03",
        gross=D("5.00"),
        scheduled_on=dt.date(2026, 1, 1),
        announced_on=dt.date(2025, 12, 1),
        claim=Claim("5", "x", on=dt.date(2026, 1, 1)),
    )


def test_R_DEP_03_lines_and_deductions_check_their_amounts() -> None:
    """R-DEP-03: a line pays its gross less its deductions; a deduction takes more than 0
    and at most its claim; amounts are Decimals of whole fen, never negative."""
    s = _claimed_schedule()
    line = next(x for x in s.lines if x.deductions)
    with pytest.raises(InvalidInput, match=r"^amount: must be gross .* less the deductions 50.00"):
        attrs.evolve(line, amount=line.gross)
    with pytest.raises(InvalidInput, match=r"^gross: must not be negative"):
        attrs.evolve(line, gross=D("-1.00"))
    with pytest.raises(InvalidType, match=r"^amount: must be a Decimal, not a float"):
        attrs.evolve(line, amount=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^due_on: must not be before scheduled_on"):
        attrs.evolve(line, due_on=line.scheduled_on - dt.timedelta(days=1))
    d = line.deductions[0]
    with pytest.raises(InvalidInput, match=r"^amount: must be more than 0 and at most the claim's"):
        attrs.evolve(d, amount=D("50.01"))
    with pytest.raises(InvalidInput, match=r"^claim_index: must be at least 0"):
        attrs.evolve(d, claim_index=-1)
    owed = _owed_line()
    with pytest.raises(InvalidInput, match=r"^deductions: an owed line has no deductions"):
        attrs.evolve(owed, deductions=(Deduction(0, d.claim, D("1.00")),))


@settings(max_examples=40, deadline=None)
@given(
    amounts(max_value=10**8),
    st.data(),
    dates(dt.date(2024, 1, 1), dt.date(2025, 6, 30)),
)
def test_R_DEP_01_property_every_computed_schedule_passes_its_own_checks(
    peak: Decimal, data: st.DataObject, day: dt.date
) -> None:
    """Invariant (R-DEP-01/02/03): whatever the peak, balance and claims, the schedule
    ``refund_schedule`` computes satisfies the checks its constructor runs (it is built
    through them), and moving any line's amount by one fen is refused."""
    balance = data.draw(amounts(max_value=peak))
    found = data.draw(st.lists(claims(day, day + dt.timedelta(days=181)), max_size=3))
    s = refund_schedule(peak=peak, balance=balance, announced_on=day, claims=found)
    assert s.total == s.balance - s.claimed
    i = data.draw(st.integers(0, len(s.lines) - 1))
    moved = attrs.evolve(s.lines[i], amount=s.lines[i].amount + FEN, gross=s.lines[i].gross + FEN)
    with pytest.raises(InvalidInput):
        attrs.evolve(s, lines=(*s.lines[:i], moved, *s.lines[i + 1 :]))


# --- issue 12: one API ------------------------------------------------


def test_R_DEP_01_R_DEP_02_schedule_lines_explain_themselves() -> None:
    """every line of a schedule is an explained result (one line headed by
    its kind, ``explain()`` starting with it, no truth value)."""
    s = refund_schedule(
        peak="1000000",
        balance="150000",
        announced_on=dt.date(2025, 12, 15),
        claims=[Claim("200000", "交易手续费欠款", on=dt.date(2026, 1, 10))],
    )
    assert any(line.kind is LineKind.OWED for line in s.lines)
    assert s.tranche_lines == tuple(x for x in s.lines if x.kind is LineKind.TRANCHE)
    assert not hasattr(s, "tranches")  # the policy's ``tranches`` are Tranche values
    for line in s.lines:
        assert str(line) == f"{line.kind.value.replace('_', ' ')} ({line.rule}): {line.reason}"
        assert line.explain() == str(line)
        assert "R-DEP" not in line.reason
        assert "\n" not in line.reason
        with pytest.raises(InvalidType, match="has no truth value"):
            bool(line)
    with language("zh_CN"):
        assert str(s.tranche_lines[0]).startswith(f"{LineKind.TRANCHE.label}（R-DEP-02）：")


@settings(max_examples=60)
@given(dates(), st.integers(min_value=1, max_value=120))
def test_R_DEP_02_tranche_scheduled_after_is_the_corresponding_day(
    day: dt.date, months: int
) -> None:
    """``Tranche.scheduled_after`` (was ``scheduled_on``, the name of a
    ``ScheduleLine`` field) is the corresponding day, or the month's last (art. 202)."""
    tranche = Tranche(months, "1")
    assert not hasattr(tranche, "scheduled_on")
    assert tranche.scheduled_after(day) == day + relativedelta(months=months)


# ------------------------------------------------- exact to the fen at the largest amounts

#: The largest amount custops.money reads: 28 digits of yuan and 2 of fen (money.yuan refuses
#: 10**28 yuan), 30 digits in all, more than the default decimal context's 28.
MAX_FEN = 10**30 - 1
#: Days whose schedules fall inside the calendar's years (2024 … mid 2026).
BIG_DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2025, 12, 31))


def test_R_DEP_01_02_the_largest_amounts_keep_their_fen() -> None:
    """R-DEP-01, R-DEP-02, RULES.md §4 (every amount exact to the fen): a balance of 10**26
    yuan and a fen refunds that fen (the default 28-digit context dropped it from ``total``),
    and a peak of 28 nines keeps a reserve of its 20% rounded down, 1999…9.80, not 2000…0.00
    (more than 20% of the peak)."""
    big = "1" + "0" * 26 + ".01"
    s = refund_schedule(peak=big, balance=big, announced_on=dt.date(2025, 10, 31))
    assert s.total == s.refunded == s.balance == D(big)
    assert s.at_announcement.amount == D("80000000000000000000000000.01")
    assert [t.amount for t in s.tranche_lines] == [
        D("8000000000000000000000000.00"),
        D("12000000000000000000000000.00"),
    ]
    nines = "9" * 28
    s = refund_schedule(peak=nines, balance=nines, announced_on=dt.date(2025, 10, 31))
    assert s.reserve == D("1999999999999999999999999999.80")
    assert to_fen(s.reserve) * 5 <= int(nines) * 100  # at most 20% of the peak
    assert s.at_announcement.amount == D("7999999999999999999999999999.20")
    assert s.total == D(nines + ".00")


def test_R_DEP_03_claims_adding_up_to_more_than_money_are_refused_naming_claims() -> None:
    """R-DEP-03: each claim is an amount, and so must their total be (the schedule's
    ``claimed`` and ``total`` sum them): claims that add up to 10**28 yuan or more are refused
    naming ``claims``, not with an error about an argument the caller never passed."""
    day = dt.date(2025, 10, 31)
    huge = [Claim("9" * 28, "欠款", on=day), Claim("9" * 28, "欠款", on=day)]
    with pytest.raises(InvalidInput) as info:
        refund_schedule(peak="100", balance="100", announced_on=day, claims=huge)
    assert info.value.argument == "claims"
    assert info.value.problem == "add up to more than an amount of money can hold"
    s = refund_schedule(peak="100", balance="100", announced_on=day, claims=huge[:1])
    assert s.owed == D("9" * 28) - D("100")  # the reserve and the payments took 100
    assert s.total == D("100") - D("9" * 28)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, MAX_FEN),
    st.integers(0, MAX_FEN),
    BIG_DAYS,
    st.lists(st.integers(1, MAX_FEN), max_size=2),
)
def test_property_R_DEP_01_02_03_exact_at_any_accepted_amount(
    peak_fen: int, balance_fen: int, on: dt.date, claim_fen: list[int]
) -> None:
    """R-DEP-01, R-DEP-02, R-DEP-03 over the whole range custops.money accepts (up to 28
    digits of yuan): counted in integer fen, the reserve is the peak's 20% rounded down and
    never more (nor more than the balance), the payment at the announcement is the balance
    less the reserve, the tranches are 40% (half up) and the rest of it, and ``total``,
    ``refunded``, ``owed`` and ``claimed`` are exact: ``total == balance − claimed``."""
    peak_fen, balance_fen = max(peak_fen, balance_fen), min(peak_fen, balance_fen)
    found = [Claim(from_fen(f), "费用", on=on) for f in claim_fen]
    if sum(claim_fen) > MAX_FEN:  # together more than an amount: refused, naming claims
        with pytest.raises(InvalidInput, match=r"^claims: add up to more than an amount"):
            _schedule(from_fen(peak_fen), from_fen(balance_fen), on, found)
        return
    s = _schedule(from_fen(peak_fen), from_fen(balance_fen), on, found)
    fen = to_fen
    reserve = min(peak_fen * 20 // 100, balance_fen)
    assert fen(s.reserve) == reserve
    assert fen(s.reserve) * 100 <= peak_fen * 20  # never more than 20% of the peak
    assert fen(s.at_announcement.gross) == balance_fen - reserve
    first = min((reserve * 40 + 50) // 100, reserve)  # 40%, half up (DepositPolicy.rounding)
    tranches = [first, reserve - first] if reserve else []  # a 0.00 one keeps its line
    assert [fen(t.gross) for t in s.tranche_lines] == tranches
    claimed = sum(claim_fen)
    assert fen(s.claimed) == claimed
    assert fen(s.total) == balance_fen - claimed
    # the claims arise on the announcement day: every payment is open to them
    assert fen(s.refunded) == max(balance_fen - claimed, 0)
    assert fen(s.owed) == max(claimed - balance_fen, 0)
    for line in s.lines:
        assert fen(line.amount) == fen(line.gross) - sum(fen(d.amount) for d in line.deductions)


def test_R_DEP_01_a_reserve_capped_at_the_balance_says_so() -> None:
    """R-DEP-01: a balance below 20% of the peak is all kept as the reserve; the notice, the
    announcement line and the schedule's reason say so instead of "20% of the peak", and the
    reason counts the payments that pay something (not the 0.00 at the announcement)."""
    s = refund_schedule(peak="1000000", balance="150000", announced_on=dt.date(2025, 10, 31))
    assert s.reserve_capped
    assert s.lines[0].amount == 0
    notice = _notice(s)
    assert "风险保障金（最大峰值的20%）" not in notice
    assert "风险保障金（保证金余额不足最大峰值的20%）    150,000.00" in notice
    assert "保证金余额不足最大峰值的20%，全部留作风险保障金（R-DEP-01）" in notice
    with language("zh_CN"):  # a line's reason is worded when the schedule is made
        s = refund_schedule(peak="1000000", balance="150000", announced_on=dt.date(2025, 10, 31))
        assert s.reason.startswith(
            "公告日 2025-10-31，自 2026-02-28 起分 2 次退还 150000.00 元（保证金余额不足"
        )
        assert s.lines[0].reason == (
            "保证金余额 150000.00 元不足最大峰值 1000000.00 元的 20%，全部留作风险保障金，"
            "公告日不退还"
        )
    with language("en_US"):
        s = refund_schedule(peak="1000000", balance="150000", announced_on=dt.date(2025, 10, 31))
        assert s.reason.startswith(
            "refund of 150000.00 in 2 payments from 2026-02-28, announced on 2025-10-31, "
        )
        assert "all kept as the reserve" in s.reason
        assert s.lines[0].reason.startswith("balance 150000.00 is below 20% of the peak")


def test_R_DEP_01_a_reserve_of_20_percent_is_not_capped() -> None:
    """R-DEP-01: 20% of the peak kept, the notice says so as before."""
    s = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    assert not s.reserve_capped
    assert "风险保障金（最大峰值的20%）" in _notice(s)
    assert "全部留作风险保障金" not in _notice(s)


@given(
    peak=st.integers(0, 10**9).map(lambda fen: Decimal(fen) / 100),
    share=st.integers(0, 100),
)
def test_property_R_DEP_01_capped_iff_the_balance_is_below_the_share_of_the_peak(
    peak: Decimal, share: int
) -> None:
    """R-DEP-01: the reserve is capped exactly when the balance is below 20% of the peak,
    and the reason counts exactly the payments of more than 0."""
    balance = (peak * share / 100).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    s = refund_schedule(peak=peak, balance=balance, announced_on=dt.date(2025, 10, 31))
    assert s.reserve_capped is (balance < DepositPolicy().reserve_of(peak))
    assert s.reserve_capped is (s.reserve != DepositPolicy().reserve_of(peak))
    paying = sum(1 for line in s.lines if line.signed > 0)
    with language("en_US"):
        if paying == 0:  # nothing refunded: said so, not "in 0 payments"
            assert s.reason.startswith("nothing is refunded: ")
        else:
            word = "payment" if paying == 1 else "payments"
            assert f" in {paying} {word} from " in s.reason


# ------------------------------------------------------------------ stored schedules


@settings(max_examples=60)
@given(
    peak=amounts(max_value=D("1e9")),
    part=st.fractions(0, 1),
    announced_on=dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)),
    claimed=st.lists(claims(dt.date(2015, 1, 1), dt.date(2031, 12, 31)), max_size=3),
)
def test_property_R_DEP_01_02_03_a_schedule_is_the_same_whatever_language_made_it(
    peak: Decimal, part: Fraction, announced_on: dt.date, claimed: list[Claim]
) -> None:
    """R-DEP-01/02/03: a schedule keeps facts, not sentences: made under zh_CN it equals the
    one made under en_US, stores the same JSON and loads back equal; read under en_US every
    line's label and reason, the reason, explain() and the notice hold no Chinese but the
    claims' descriptions the user supplied; read under zh_CN the lines speak Chinese."""
    balance = min(peak, from_fen(int(to_fen(peak) * part)))
    last = announced_on + dt.timedelta(days=181)  # at most the last tranche's day (R-DEP-03)
    claimed = [claim for claim in claimed if claim.on <= last]
    made = {}
    for code in ("zh_CN", "en_US"):
        with language(code), warnings.catch_warnings():
            warnings.simplefilter("ignore", ProvisionalCalendarWarning)
            made[code] = refund_schedule(
                peak=peak, balance=balance, announced_on=announced_on, claims=claimed
            )
    zh, en = made["zh_CN"], made["en_US"]
    assert zh == en
    assert serial.to_json(zh) == serial.to_json(en)
    assert serial.from_json(serial.to_json(zh), expect=RefundSchedule) == zh
    with language("en_US"):
        texts = [zh.explain(), zh.render(), *(line.label for line in zh.lines)]
    supplied = {c.description for c in claimed}
    for text in texts:
        for description in supplied:
            text = text.replace(description, "")
        assert not CJK_RUN.search(text), text
    with language("zh_CN"):
        for line in zh.lines:
            assert stray_words(line.reason, code="zh_CN") == (), line.reason
            assert stray_words(line.label, code="zh_CN") == (), line.label


def test_R_DEP_02_a_provisional_due_day_is_said_in_the_line_reason() -> None:
    """R-DEP-02: a due day reckoned on a year whose holidays are not published yet is
    provisional, and the line's reason says so in either language (an app that keeps only
    the reason keeps that too)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        s = refund_schedule(peak="1000", balance="1000", announced_on=dt.date(2028, 2, 29))
    line = s.tranche_lines[0]
    assert line.provisional
    assert line.reason.endswith(
        "provisional: the public holidays of 2028 are not published yet, the day may move"
    )
    with language("zh_CN"):
        assert line.reason.endswith("2028 年节假日安排尚未公布，到期日按法定节假日推算，以公布为准")
    settled = refund_schedule(peak="1000", balance="1000", announced_on=dt.date(2024, 1, 15))
    assert not any("provisional" in x.reason for x in settled.lines)


def test_R_DEP_01_02_03_english_labels_and_notice() -> None:
    """R-DEP-01/02/03: under en_US the lines are named in English (the notice for staff),
    under zh_CN as the member's notice names them; the line keeps numbers, not names."""
    claims_ = [Claim("150000", "违规赔偿金", on=dt.date(2025, 11, 1), kind="fine")]
    s = refund_schedule(
        peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31), claims=claims_
    )
    assert [line.label for line in s.lines] == [
        "refund at the announcement (balance above the reserve)",
        "tranche 1: 40% of the reserve",
        "tranche 2: 60% of the reserve",
    ]
    with language("zh_CN"):
        assert [line.label for line in s.lines] == [
            "公告日退还超出保障金部分",
            "第1期 风险保障金40%",
            "第2期 风险保障金60%",
        ]
    stored = serial.to_dict(s.tranche_lines[0])["value"]
    assert "label" not in stored
    assert "reason" not in stored
    assert stored["tranche_number"] == 1
    notice = s.render()
    assert notice.startswith("Exchange member deposit refund schedule\n")
    assert (
        'tranche 1: 40% of the reserve: less fine 80,000.00 (2025-11-01, "违规赔偿金").' in notice
    )


# --- a tranche rounded to 0.00 keeps its own line (R-DEP-02) -------------------------------


def test_R_DEP_02_a_tranche_rounded_to_nothing_keeps_its_line() -> None:
    """R-DEP-02: a reserve of 0.01: 40 % is 0.004, 0.00 to the fen; the first tranche is
    still its own line (第1期 0.00), saying why, and the second returns the whole 0.01."""
    s = refund_schedule(peak="0.05", balance="0.05", announced_on=dt.date(2025, 10, 31))
    assert s.reserve == Decimal("0.01")
    assert [(t.tranche_number, t.amount) for t in s.tranche_lines] == [
        (1, Decimal("0.00")),
        (2, Decimal("0.01")),
    ]
    with language("zh_CN"):
        assert "第1期 风险保障金40%       2026-02-28  0.00" in s.render()
        assert "按分取整后本期退还 0.00 元" in s.tranche_lines[0].reason
    with language("en_US"):
        assert "this tranche returns 0.00" in s.tranche_lines[0].reason
        assert "returns 0.00" not in s.tranche_lines[1].reason
    assert serial.from_json(serial.to_json(s)) == s


@settings(max_examples=300)
@given(
    amounts(max_value="1000", allow_negative=False),
    st.sampled_from(list(Rounding)),
    st.sampled_from([[(4, "0.4"), (6, "0.6")], [(1, "0.01"), (2, "0.33"), (3, "0.66")]]),
)
def test_R_DEP_02_property_one_line_per_tranche_adding_up_to_the_reserve(
    peak: Decimal, rounding: Rounding, tranches: list[tuple[int, str]]
) -> None:
    """R-DEP-02 (property): with a reserve kept, every tranche of the policy has its own line,
    in order, none negative, and together they return exactly the reserve."""
    policy = DepositPolicy(rounding=rounding, tranches=tranches)
    s = refund_schedule(peak=peak, balance=peak, announced_on=dt.date(2025, 1, 31), policy=policy)
    lines = s.tranche_lines
    if s.reserve:
        assert [t.tranche_number for t in lines] == list(range(1, len(tranches) + 1))
    else:
        assert lines == ()
    assert all(t.amount >= 0 for t in lines)
    assert sum((t.amount for t in lines), Decimal("0.00")) == s.reserve
    assert s.total == s.balance


@given(
    peak=st.decimals(min_value=1, max_value=10**9, places=2),
    share=st.decimals(min_value=0, max_value=1, places=2),
    day=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 12, 31)),
)
@settings(max_examples=40, deadline=None)
def test_R_DEP_01_02_every_paying_line_says_its_amount_and_day(
    peak: D, share: D, day: dt.date
) -> None:
    """R-DEP-01/02: the reason of every line that pays something (the explanation's lines)
    starts with the amount it pays and the day it is paid, in both languages; a line of
    nothing (the reserve kept whole) says why instead."""
    balance = (peak * share).quantize(D("0.01"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        s = refund_schedule(peak=peak, balance=balance, announced_on=day)
    for line in s.lines:
        with language("zh_CN"):
            zh = line.reason
            told = s.explain()
        with language("en_US"):
            en = line.reason
        if line.gross:
            assert zh.startswith(f"{line.due_on} 退还 {line.amount} 元；"), zh
            assert en.startswith(f"{line.amount} paid on {line.due_on}; "), en
            assert zh in told
        else:
            assert "退还 0.00 元" not in zh
