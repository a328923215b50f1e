"""Tests of custops.service: the service standards of D13 (R-SVC-01..04, R-SLA-19/20/21)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops._enums import fold
from custops.calendars import WorkCalendar, china
from custops.decisions import Decision
from custops.errors import CustopsError, InvalidInput, InvalidType, PolicyError, Refused
from custops.i18n import language
from custops.service import (
    DEFAULT_APPROVED_PHRASES,
    DEFAULT_FORBIDDEN_PHRASES,
    ForbiddenPhrase,
    FranchiseOutcome,
    GreetingTiming,
    NextDay,
    PhoneTiming,
    PhraseKind,
    Problem,
    RepairOutcome,
    ServicePolicy,
    StoreReturnOutcome,
    cash_announcement,
    check_reply,
    franchise_return_allowance,
    greeting_check,
    phone_check,
    picking_deadline,
    repair_intake,
    website_reply_due,
    wholesale_return_decision,
)

SH = ZoneInfo("Asia/Shanghai")
money = st.decimals(min_value=0, max_value=Decimal("1000000"), places=2)


# --- R-SVC-01: forbidden phrases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        ("你这老头怎么回事", "老头", "老伯"),
        ("那个老太婆又来了", "老太婆", "大妈"),
        ("神经病!", "神经病", "我理解您的心情"),
        ("喂,干什么", "喂,干什么", "您好,请把您的需求告知我"),
        ("叫什么,等一会儿!", "叫什么,等一会儿", "请不要焦急,请稍等"),
    ],
)
def test_R_SVC_01_each_seed_phrase_is_found(text: str, phrase: str, suggestion: str) -> None:
    """R-SVC-01: every 服务忌语 of D13 第十五章 is found, with an approved replacement."""
    check = check_reply(text)
    assert not check.allowed
    assert check.rule == "R-SVC-01"
    [finding] = check.findings
    assert finding.phrase == phrase
    assert finding.suggestion == suggestion
    assert text[slice(*finding.span)] == finding.text


@pytest.mark.parametrize(
    "text", ["喂，干什么？", "喂 干什么", "喂干什么", "喂!!干什么", "喂…干什么"]
)
def test_R_SVC_01_punctuation_variants(text: str) -> None:
    """R-SVC-01: half- and full-width punctuation or none between the parts still matches."""
    check = check_reply(text)
    assert [f.phrase for f in check.findings] == ["喂,干什么"]
    assert check.findings[0].span[0] == 0


@pytest.mark.parametrize("text", ["喂,您好,天竺工坊", "请问您叫什么名字?", "请稍等,我们帮您办", ""])
def test_R_SVC_01_polite_replies_pass(text: str) -> None:
    """R-SVC-01: a part of a two-part phrase alone (喂, 叫什么) is not a finding."""
    check = check_reply(text)
    assert check.allowed
    assert check.findings == ()
    assert check.suggested_text == text
    assert "no forbidden phrase" in check.reason


def test_R_SVC_01_positions_and_suggested_text() -> None:
    """R-SVC-01: findings are sorted by position and replaced in the suggested text."""
    check = check_reply("老头,喂,干什么?神经病")
    assert [f.span for f in check.findings] == [(0, 2), (3, 8), (9, 12)]
    assert check.suggested_text == "老伯,您好,请把您的需求告知我?我理解您的心情"
    assert check.reason == 'forbidden phrases used: "老头", "喂,干什么", "神经病"'


def test_R_SVC_01_company_extends_the_lists() -> None:
    """R-SVC-01: the phrase lists are policy data a company can extend."""
    policy = attrs.evolve(
        ServicePolicy(),
        forbidden=(
            *DEFAULT_FORBIDDEN_PHRASES,
            ForbiddenPhrase("不知道", "brusque", "我帮您问一下"),
        ),
        approved=(*DEFAULT_APPROVED_PHRASES, "我帮您问一下"),
    )
    assert check_reply("不知道").allowed is True  # default policy: not forbidden
    check = check_reply("不知道", policy=policy)
    assert check.findings[0].suggestion == "我帮您问一下"
    assert check.findings[0].kind is PhraseKind.BRUSQUE


def test_R_SVC_01_contradictory_phrase_policy_is_refused() -> None:
    """R-SVC-01: a suggestion or approved phrase that is itself forbidden is a PolicyError."""
    with pytest.raises(PolicyError, match="suggestion: contains the forbidden phrase '老头'"):
        ServicePolicy(forbidden=(ForbiddenPhrase("老头", "蔑视性污辱性称谓", "小老头"),))
    with pytest.raises(PolicyError, match="approved"):
        ServicePolicy(approved=("您好", "神经病"))
    with pytest.raises(PolicyError, match="listed twice"):
        ServicePolicy(forbidden=DEFAULT_FORBIDDEN_PHRASES + DEFAULT_FORBIDDEN_PHRASES[:1])


def test_R_SVC_01_bad_input() -> None:
    with pytest.raises(InvalidType, match="text: must be a str"):
        check_reply(b"abc")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="phrase: must contain a word"):
        ForbiddenPhrase(",,", "brusque", "您好")
    with pytest.raises(InvalidInput, match="PhraseKind"):
        ForbiddenPhrase("滚", "nasty", "您好")
    with pytest.raises(InvalidType, match="forbidden"):
        ServicePolicy(forbidden="老头")  # type: ignore[arg-type]


def test_enum_parse_accepts_labels_names_and_variants() -> None:
    assert PhraseKind.parse("蔑视性污辱性称谓") is PhraseKind.CONTEMPTUOUS_ADDRESS
    assert Problem.parse("Quality") is Problem.QUALITY
    assert Problem.parse(" change of mind ") is Problem.OTHER
    assert StoreReturnOutcome.parse("换货") is StoreReturnOutcome.EXCHANGE
    assert NextDay.parse("working-day") is NextDay.WORKING_DAY
    assert PhoneTiming.parse("LATE") is PhoneTiming.LATE
    assert GreetingTiming.parse("待问候") is GreetingTiming.PENDING
    assert RepairOutcome.parse("不予受理") is RepairOutcome.REFUSED
    with pytest.raises(InvalidInput, match="text: is not a known Problem"):
        Problem.parse("broken heart")
    with pytest.raises(InvalidType):
        Problem.parse(3)


_ALPHABET = "老头太婆神经病喂干什么叫等一会儿您好请稍,，!？ ab"


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_R_SVC_01_findings_point_into_the_text(text: str) -> None:
    """R-SVC-01 property: each finding's span holds a match of its listed phrase."""
    check = check_reply(text)
    assert check.allowed == (not check.findings)
    starts = [f.span[0] for f in check.findings]
    assert starts == sorted(starts)
    by_phrase = {p.phrase: p for p in DEFAULT_FORBIDDEN_PHRASES}
    for f in check.findings:
        assert text[slice(*f.span)] == f.text
        assert f.span in by_phrase[f.phrase].spans(text)


@given(st.text(alphabet="您好请稍等问坐谢,。!的人 abc123", max_size=40))
def test_R_SVC_01_text_without_listed_words_passes(text: str) -> None:
    """R-SVC-01 property: text with no listed word is never flagged and is left as is."""
    check = check_reply(text)
    assert check.allowed
    assert check.suggested_text == text


@given(
    st.text(alphabet="您好请稍问坐谢,。 abc", max_size=10),
    st.sampled_from(DEFAULT_FORBIDDEN_PHRASES),
    st.text(alphabet="您好请稍问坐谢,。 abc", max_size=10),
)
def test_R_SVC_01_inserted_phrase_is_found_and_replaced(
    before: str, phrase: ForbiddenPhrase, after: str
) -> None:
    """R-SVC-01 property: a forbidden phrase anywhere (a ``whole_clause`` one as a clause of
    its own) is found at its position; the suggested text replaces the phrase alone when it
    is ``in_place`` (a form of address), else the whole clause that holds it, so the
    suggestion never lands inside other words; and the suggested text passes the check."""
    lead, tail = (before + "。", "。" + after) if phrase.whole_clause else (before, after)
    text = lead + phrase.phrase + tail
    check = check_reply(text)
    assert [(f.phrase, f.span[0]) for f in check.findings] == [(phrase.phrase, len(lead))]
    if phrase.in_place:
        assert check.suggested_text == lead + phrase.suggestion + tail
    else:
        cut = max(lead.rfind(mark) for mark in ",。 ") + 1  # the clause's start …
        ends = [i for i, c in enumerate(tail) if c in ",。 "]
        rest = tail[ends[0] :] if ends else ""  # … and what follows its end
        assert check.suggested_text == lead[:cut] + phrase.suggestion + rest
    assert check_reply(check.suggested_text).allowed


# --- R-SVC-02: cash -------------------------------------------------------------------------------


def test_R_SVC_02_change_and_words() -> None:
    """R-SVC-02: 唱收唱付 — 收您××元,找您××元, whole yuan without decimals."""
    a = cash_announcement(amount_received="100", amount_due="87.50")
    assert a.change == Decimal("12.50")
    assert a.spoken == "收您100元,找您12.50元"
    assert a.spoken_uppercase == "收您壹佰元整,找您壹拾贰元伍角"
    assert a.rule == "R-SVC-02"
    assert (
        cash_announcement(amount_received="200.5", amount_due="199.45").spoken
        == "收您200.50元,找您1.05元"
    )
    assert (
        cash_announcement(amount_received=1000, amount_due="0.01").spoken
        == "收您1000元,找您999.99元"
    )


def test_R_SVC_02_exact_payment() -> None:
    """R-SVC-02: an exact payment is announced with 找您0元 unless the policy says otherwise."""
    assert (
        cash_announcement(amount_received="87.50", amount_due="87.5").spoken
        == "收您87.50元,找您0元"
    )
    quiet = ServicePolicy(announce_zero_change=False, cash_separator="，")
    assert (
        cash_announcement(amount_received="87.50", amount_due="87.5", policy=quiet).spoken
        == "收您87.50元"
    )
    assert (
        cash_announcement(amount_received="90", amount_due="87.5", policy=quiet).spoken
        == "收您90元，找您2.50元"
    )


def test_R_SVC_02_refuses_short_payment_and_bad_money() -> None:
    """R-SVC-02: a payment smaller than what is due is refused, naming the shortfall."""
    with pytest.raises(
        InvalidInput, match=r"amount_received: is less than the amount due 87.50 \(0.01 short\)"
    ):
        cash_announcement(amount_received="87.49", amount_due="87.50")
    with pytest.raises(InvalidType, match="amount_received: money must be"):
        cash_announcement(amount_received=100.0, amount_due=80)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="due: must not be negative"):
        cash_announcement(amount_received=100, amount_due=-1)


@given(money, money)
def test_R_SVC_02_change_is_exact(a: Decimal, b: Decimal) -> None:
    """R-SVC-02 property: change = received − due exactly, and the words say both figures."""
    received, due = max(a, b), min(a, b)
    assume(due > 0)  # a sale of nothing is refused (test_R_SVC_02_a_sale_of_nothing_is_refused)
    ann = cash_announcement(amount_received=received, amount_due=due)
    assert ann.change == received - due
    assert ann.amount_received - ann.change == ann.amount_due
    said = re.fullmatch(r"收您([\d.]+)元,找您([\d.]+)元", ann.spoken)
    assert said is not None
    assert Decimal(said.group(1)) == received
    assert Decimal(said.group(2)) == ann.change


@given(money, money)
def test_R_SVC_02_short_payment_always_refused(a: Decimal, b: Decimal) -> None:
    """R-SVC-02 property: received < due is always refused."""
    if a == b:
        return
    with pytest.raises(InvalidInput):
        cash_announcement(amount_received=min(a, b), amount_due=max(a, b))


# --- R-SLA-19: phone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rings", "apologised", "timing", "compliant"),
    [
        (0, False, PhoneTiming.ON_TIME, True),
        (2, False, PhoneTiming.ON_TIME, True),
        (3, False, PhoneTiming.LATE, False),
        (4, True, PhoneTiming.LATE, False),
        (5, False, PhoneTiming.LATE_NO_APOLOGY, False),
        (5, True, PhoneTiming.LATE_APOLOGISED, True),
        (9, True, PhoneTiming.LATE_APOLOGISED, True),
    ],
)
def test_R_SLA_19_phone_rings(
    rings: int, apologised: bool, timing: PhoneTiming, compliant: bool
) -> None:
    """R-SLA-19: answer by the 2nd ring; from the 5th ring, apologise first."""
    check = phone_check(rings, apologised=apologised)
    assert check.timing is timing
    assert check.allowed is compliant
    assert check.rule == "R-SLA-19"


def test_R_SLA_19_policy_and_bad_input() -> None:
    """R-SLA-19: the ring counts are policy; bad counts are refused."""
    policy = ServicePolicy(max_answer_ring_count=3, min_apology_ring_count=4)
    assert phone_check(3, policy=policy).timing is PhoneTiming.ON_TIME
    assert phone_check(4, policy=policy).apology_required
    with pytest.raises(InvalidInput, match="ring_count: must be at least 0"):
        phone_check(-1)
    with pytest.raises(InvalidType, match="ring_count"):
        phone_check(True)
    with pytest.raises(PolicyError, match="min_apology_ring_count"):
        ServicePolicy(max_answer_ring_count=2, min_apology_ring_count=2)


@given(st.integers(min_value=0, max_value=50), st.booleans())
def test_R_SLA_19_property(rings: int, apologised: bool) -> None:
    """R-SLA-19 property: on time iff ≤ 2 rings; apology owed iff ≥ 5 rings; compliant iff
    on time or apologised when owed."""
    check = phone_check(rings, apologised=apologised)
    assert (check.timing is PhoneTiming.ON_TIME) == (rings <= 2)
    assert check.apology_required == (rings >= 5)
    assert check.allowed == (rings <= 2 or (rings >= 5 and apologised))


# --- R-SLA-20: greeting ---------------------------------------------------------------------------

T0 = dt.datetime(2025, 3, 3, 10, 0, tzinfo=SH)


def test_R_SLA_20_greeting_within_one_minute() -> None:
    """R-SLA-20: greet within 1 minute (60 s inclusive)."""
    on_time = greeting_check(T0, greeted_at=T0 + dt.timedelta(seconds=60))
    assert on_time.timing is GreetingTiming.ON_TIME
    assert on_time.rule == "R-SLA-20"
    late = greeting_check(T0, greeted_at=T0 + dt.timedelta(seconds=61))
    assert late.timing is GreetingTiming.LATE
    assert not late.allowed
    assert late.due_at == T0 + dt.timedelta(minutes=1)


def test_R_SLA_20_not_yet_greeted() -> None:
    """R-SLA-20: without a greeting, ``now`` decides PENDING or OVERDUE."""
    assert greeting_check(T0, at=T0 + dt.timedelta(seconds=30)).timing is GreetingTiming.PENDING
    overdue = greeting_check(T0, at=T0 + dt.timedelta(minutes=5))
    assert overdue.timing is GreetingTiming.OVERDUE
    assert overdue.waited == dt.timedelta(minutes=5)


def test_R_SLA_20_bad_input() -> None:
    with pytest.raises(InvalidInput, match="greeted_at: is before arrived_at"):
        greeting_check(T0, greeted_at=T0 - dt.timedelta(seconds=1))
    with pytest.raises(InvalidInput, match="at: is required"):
        greeting_check(T0)
    with pytest.raises(InvalidInput, match="arrived_at: must be timezone-aware"):
        greeting_check(dt.datetime(2025, 3, 3, 10, 0), at=T0)
    with pytest.raises(PolicyError, match="greet_within"):
        ServicePolicy(greet_within=dt.timedelta(0))


@given(st.integers(min_value=0, max_value=600))
def test_R_SLA_20_property(seconds: int) -> None:
    """R-SLA-20 property: compliant iff the wait is at most the policy's minute."""
    check = greeting_check(T0, greeted_at=T0 + dt.timedelta(seconds=seconds))
    assert check.allowed == (seconds <= 60)
    assert check.waited == dt.timedelta(seconds=seconds)


# --- R-SLA-21: online orders ----------------------------------------------------------------------


def test_R_SLA_21_same_day_next_day() -> None:
    """R-SLA-21: same day before close; late (after the cut-off) or large → next day."""
    same = picking_deadline(dt.datetime(2025, 3, 7, 15, 59, tzinfo=SH), item_count=100)
    assert same.due_at == dt.datetime(2025, 3, 7, 18, 0, tzinfo=SH)
    assert (same.late, same.large, same.rule) == (False, False, "R-SLA-21")
    late = picking_deadline(dt.datetime(2025, 3, 7, 16, 0, tzinfo=SH), item_count=1)
    assert late.due_at == dt.datetime(2025, 3, 8, 18, 0, tzinfo=SH)
    assert late.late
    large = picking_deadline(dt.datetime(2025, 3, 7, 9, 0, tzinfo=SH), item_count=101)
    assert large.large
    assert large.due_at == dt.datetime(2025, 3, 8, 18, 0, tzinfo=SH)
    both = picking_deadline(dt.datetime(2025, 3, 7, 22, 0, tzinfo=SH), item_count=500)
    assert "cut-off" in both.reason
    assert "large order" in both.reason


def test_R_SLA_21_other_zone_converted() -> None:
    """R-SLA-21: an instant in another zone is judged by Shanghai wall time."""
    utc = dt.datetime(2025, 3, 7, 7, 30, tzinfo=dt.timezone.utc)  # 15:30 in Shanghai
    assert picking_deadline(utc, item_count=1).due_at == dt.datetime(2025, 3, 7, 18, 0, tzinfo=SH)


def test_R_SLA_21_policy_numbers() -> None:
    """R-SLA-21: cut-off, close and the large-order size are policy."""
    policy = ServicePolicy(
        picking_cutoff=dt.time(12, 0),
        picking_close=dt.time(17, 30),
        max_regular_order_item_count=10,
    )
    d = picking_deadline(dt.datetime(2025, 3, 7, 12, 0, tzinfo=SH), item_count=5, policy=policy)
    assert d.due_at == dt.datetime(2025, 3, 8, 17, 30, tzinfo=SH)
    with pytest.raises(PolicyError, match="picking_cutoff"):
        ServicePolicy(picking_cutoff=dt.time(19, 0))
    assert ServicePolicy(picking_close="18:00").picking_close == dt.time(18, 0)  # as hours are
    with pytest.raises(InvalidType, match="picking_close"):
        ServicePolicy(picking_close=18)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="picking_close: must be a local wall time"):
        ServicePolicy(picking_close=dt.time(18, 0, tzinfo=SH))


def test_R_SLA_21_next_working_day_policy() -> None:
    """R-SLA-21: with NextDay.WORKING_DAY the next day is the calendar's next working day,
    and an order on a rest day counts from the next working day's opening."""
    policy = ServicePolicy(next_day="下一个工作日")
    friday_late = dt.datetime(2025, 3, 7, 17, 0, tzinfo=SH)
    d = picking_deadline(friday_late, item_count=1, policy=policy)
    assert d.due_at == dt.datetime(2025, 3, 10, 18, 0, tzinfo=SH)
    saturday = dt.datetime(2025, 3, 8, 20, 0, tzinfo=SH)
    s = picking_deadline(saturday, item_count=1, policy=policy)
    assert s.due_at == dt.datetime(2025, 3, 10, 18, 0, tzinfo=SH)
    assert not s.late
    # National Day 2025: 10-01..10-08 off; a large order of 30 September is due 10-09.
    big = picking_deadline(dt.datetime(2025, 9, 30, 9, 0, tzinfo=SH), item_count=500, policy=policy)
    assert big.due_at == dt.datetime(2025, 10, 9, 18, 0, tzinfo=SH)
    # the calendar-day default picks on Saturday
    assert picking_deadline(friday_late, item_count=1).due_at.date() == dt.date(2025, 3, 8)
    with pytest.raises(InvalidType, match="calendar: must be a WorkCalendar"):
        picking_deadline(friday_late, item_count=1, policy=policy, calendar="CN")  # type: ignore[arg-type]


def test_R_SLA_21_website_reply_same_day() -> None:
    """R-SLA-21: website messages are answered the same day (by 24:00)."""
    due = website_reply_due(dt.datetime(2025, 3, 7, 0, 0, tzinfo=SH))
    assert due == dt.datetime(2025, 3, 8, 0, 0, tzinfo=SH)


def test_R_SLA_21_bad_input() -> None:
    with pytest.raises(InvalidInput, match="item_count: must be at least 1"):
        picking_deadline(T0, item_count=0)
    with pytest.raises(InvalidType, match="received_at"):
        picking_deadline(dt.date(2025, 3, 7), item_count=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="calendar"):
        picking_deadline(T0, item_count=1, calendar="Asia/Shanghai")  # type: ignore[arg-type]


def test_R_SLA_21_the_zone_comes_from_the_calendar() -> None:
    """R-SLA-21: wall times (cut-off, close, 24:00) are read in the calendar's zone."""
    paris = ZoneInfo("Europe/Paris")
    cal = WorkCalendar(zone=paris)
    received = dt.datetime(2025, 3, 7, 9, 0, tzinfo=SH)  # 02:00 in Paris
    d = picking_deadline(received, item_count=1, calendar=cal)
    assert d.due_at == dt.datetime(2025, 3, 7, 18, 0, tzinfo=paris)
    assert d.received_at.tzinfo is paris
    reply = website_reply_due(received, calendar=cal)
    assert reply == dt.datetime(2025, 3, 8, 0, 0, tzinfo=paris)
    assert not hasattr(ServicePolicy(), "tz")


@given(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 12, 31)),
    st.integers(min_value=1, max_value=1000),
)
def test_R_SLA_21_property(naive: dt.datetime, items: int) -> None:
    """R-SLA-21 property: the due time is at close, on the day of receipt or the next day,
    and the next day exactly when the order is late or large."""
    received = naive.replace(tzinfo=SH)
    d = picking_deadline(received, item_count=items)
    assert d.due_at.timetz() == dt.time(18, 0, tzinfo=SH)
    days = (d.due_at.date() - received.date()).days
    assert days == (1 if d.late or d.large else 0)
    assert d.late == (received.time() >= dt.time(16, 0))
    assert d.large == (items > 100)
    assert d.due_at > received


# --- R-SVC-03: returns ----------------------------------------------------------------------------


@pytest.mark.parametrize("problem", list(Problem))
def test_R_SVC_03_self_collected_goods_are_not_returned(problem: Problem) -> None:
    """R-SVC-03: 自己提货的不能退换."""
    d = wholesale_return_decision(
        problem, self_collected=True, remote=False, quality_confirmed=True
    )
    assert d.outcome is StoreReturnOutcome.REFUSED
    assert d.rule == "R-SVC-03"


def test_R_SVC_03_self_collected_quality_exception_is_a_policy_choice() -> None:
    """R-SVC-03: the alternative reading (quality problems of collected goods exchanged)."""
    policy = ServicePolicy(self_collected_quality_exception=True)
    d = wholesale_return_decision(
        "质量问题", self_collected=True, remote=False, quality_confirmed=True, policy=policy
    )
    assert d.outcome is StoreReturnOutcome.EXCHANGE


def test_R_SVC_03_remote_mismatch_is_exchanged() -> None:
    """R-SVC-03: video and remote customers exchange goods that differ from the order."""
    assert (
        wholesale_return_decision("mismatch", self_collected=False, remote=True).outcome
        is StoreReturnOutcome.EXCHANGE
    )
    assert (
        wholesale_return_decision("mismatch", self_collected=False, remote=False).outcome
        is StoreReturnOutcome.REFUSED
    )


def test_R_SVC_03_quality_problem_flow() -> None:
    """R-SVC-03: quality → video check → exchange, or refund when out of stock."""

    def decide(
        problem: str, confirmed: bool | None = None, stock: bool = True
    ) -> StoreReturnOutcome:
        return wholesale_return_decision(
            problem, self_collected=False, remote=True, quality_confirmed=confirmed, in_stock=stock
        ).outcome

    assert decide("quality") is StoreReturnOutcome.INSPECT
    assert decide("quality", confirmed=False) is StoreReturnOutcome.REFUSED
    assert decide("quality", confirmed=True) is StoreReturnOutcome.EXCHANGE
    assert decide("quality", confirmed=True, stock=False) is StoreReturnOutcome.REFUND
    assert decide("other", confirmed=True) is StoreReturnOutcome.REFUSED


def test_R_SVC_03_bad_input() -> None:
    with pytest.raises(InvalidType, match="self_collected: must be a bool"):
        wholesale_return_decision("quality", self_collected=1, remote=True)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="quality_confirmed"):
        wholesale_return_decision(
            "quality",
            self_collected=False,
            remote=True,
            quality_confirmed="yes",  # type: ignore[arg-type]
        )


def test_R_SVC_03_franchise_ratio() -> None:
    """R-SVC-03: franchisees return up to the ratio in their contract."""
    a = franchise_return_allowance(purchased_amount="20000", ratio="0.05", requested_amount="600")
    assert a.allowance_amount == Decimal("1000.00")
    assert (a.accepted_amount, a.refused_amount, a.outcome) == (
        Decimal("600.00"),
        Decimal("0.00"),
        FranchiseOutcome.ACCEPTED,
    )
    used = franchise_return_allowance(
        purchased_amount="20000", ratio="0.05", returned_amount="1000", requested_amount="1"
    )
    assert used.outcome is FranchiseOutcome.REFUSED
    assert "used up" in used.reason
    over = franchise_return_allowance(
        purchased_amount="20000", ratio="0.05", returned_amount="1200", requested_amount="1"
    )
    assert over.remaining_amount == Decimal("0.00")
    with pytest.raises(InvalidInput, match=r"ratio: must lie in \[0, 1\]"):
        franchise_return_allowance(purchased_amount="1", ratio="1.5", requested_amount="1")
    # amounts are whole fen, as everywhere: a fraction of a fen is refused, not rounded
    for name in ("purchased_amount", "requested_amount", "returned_amount"):
        amounts = {"purchased_amount": "20000", "requested_amount": "600", name: "10.005"}
        with pytest.raises(InvalidInput, match=rf"^{name}: has a fraction of a fen"):
            franchise_return_allowance(ratio="0.05", **amounts)
    with pytest.raises(InvalidType, match="ratio"):
        franchise_return_allowance(purchased_amount="1", ratio=0.1, requested_amount="1")  # type: ignore[arg-type]


def test_R_SVC_03_a_franchise_request_for_nothing_is_refused() -> None:
    """R-SVC-03: a request for 0 yuan is no return to decide; it was a refund "accepted in
    full". It is refused, as a negative one is."""
    for nothing in ("0", "0.00", 0):
        with pytest.raises(InvalidInput, match=r"^requested_amount: must be positive") as refused:
            franchise_return_allowance(
                purchased_amount="100", ratio="0.1", requested_amount=nothing
            )
        assert refused.value.value == nothing
    with pytest.raises(InvalidInput, match=r"^requested_amount: must not be negative"):
        franchise_return_allowance(purchased_amount="100", ratio="0.1", requested_amount="-5")


@given(
    money,
    st.decimals(min_value=0, max_value=1, places=3),
    money,
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=2),
)
def test_R_SVC_03_franchise_property(
    purchased: Decimal, ratio: Decimal, returned: Decimal, requested: Decimal
) -> None:
    """R-SVC-03 property: accepted + refused = requested; returns never exceed the allowance;
    the outcome is ACCEPTED when all is accepted, PARTLY_ACCEPTED when some is, REFUSED when
    none is; more returned than purchased (both of the contract period) is refused."""
    if returned > purchased:
        with pytest.raises(InvalidInput, match=r"^returned_amount: exceeds purchased_amount"):
            franchise_return_allowance(
                purchased_amount=purchased,
                ratio=ratio,
                returned_amount=returned,
                requested_amount=requested,
            )
        return
    a = franchise_return_allowance(
        purchased_amount=purchased,
        ratio=ratio,
        returned_amount=returned,
        requested_amount=requested,
    )
    assert a.accepted_amount + a.refused_amount == a.requested_amount == requested
    assert 0 <= a.accepted_amount <= a.remaining_amount
    assert a.allowance_amount <= purchased
    if returned <= a.allowance_amount:
        assert returned + a.accepted_amount <= a.allowance_amount
    # accepted (as returns or exchanges: the ratio covers both) in full, in part or not at all
    assert (a.outcome is FranchiseOutcome.ACCEPTED) == (a.refused_amount == 0)
    assert (a.outcome is FranchiseOutcome.PARTLY_ACCEPTED) == (
        a.accepted_amount > 0 and a.refused_amount > 0
    )
    assert (a.outcome is FranchiseOutcome.REFUSED) == (a.accepted_amount == 0)
    # what was returned beyond the allowance is shown, never hidden by a remaining 0
    assert a.remaining_amount - a.over_returned_amount == a.allowance_amount - returned
    assert min(a.remaining_amount, a.over_returned_amount) == 0
    if a.over_returned_amount:
        assert "exceed" in a.reason or "allows no returns" in a.reason
        assert f"{returned:,}" in a.reason


def test_R_SVC_03_a_zero_ratio_allows_no_returns() -> None:
    """R-SVC-03: a ratio of 0 is a contract that allows no returns, not an allowance used up."""
    none = franchise_return_allowance(purchased_amount="100000", ratio="0", requested_amount="500")
    assert none.outcome is FranchiseOutcome.REFUSED
    assert none.reason.endswith(": the contract allows no returns")
    assert "used up" not in none.reason
    some = franchise_return_allowance(
        purchased_amount="100000", ratio="0%", returned_amount="30", requested_amount="500"
    )
    assert some.over_returned_amount == Decimal("30.00")
    assert some.reason.endswith("the contract allows no returns, and 30.00 was already returned")
    nothing = franchise_return_allowance(purchased_amount="0", ratio="0.1", requested_amount="500")
    assert nothing.reason.endswith(": nothing was purchased, so nothing can be returned")


def test_R_SVC_03_an_over_return_shows_the_excess() -> None:
    """R-SVC-03: returns already beyond the contract's allowance are shown, in a field and in
    the reason; returns exactly at it leave the allowance used up."""
    over = franchise_return_allowance(
        purchased_amount="100000", ratio="0.1", returned_amount="15000", requested_amount="500"
    )
    assert (over.remaining_amount, over.over_returned_amount) == (
        Decimal("0.00"),
        Decimal("5000.00"),
    )
    assert (over.accepted_amount, over.refused_amount) == (Decimal("0.00"), Decimal("500.00"))
    assert over.reason.endswith(": returns of 15,000.00 already exceed the allowance by 5,000.00")
    at = franchise_return_allowance(
        purchased_amount="100000", ratio="0.1", returned_amount="10000", requested_amount="500"
    )
    assert at.over_returned_amount == Decimal("0.00")
    assert at.reason.endswith(": the contract's return allowance is used up")
    with language("zh_CN"):
        zh = franchise_return_allowance(
            purchased_amount="100000", ratio="0.1", returned_amount="15000", requested_amount="1"
        )
        assert zh.reason.endswith("：已退换 15,000.00 元，超出额度 5,000.00 元")


@pytest.mark.parametrize(
    ("grounds", "problem"),
    [
        ("与订单不符", Problem.MISMATCH),  # the wording of the library's own reason
        ("发错货", Problem.MISMATCH),
        ("货不对板", Problem.MISMATCH),
        ("货不对版", Problem.MISMATCH),
        ("quality problem", Problem.QUALITY),
        ("品质问题", Problem.QUALITY),
        ("質量問題", Problem.QUALITY),
        ("其他", Problem.OTHER),
        ("other", Problem.OTHER),
    ],
)
def test_R_SVC_03_staff_spellings_of_the_grounds(grounds: str, problem: Problem) -> None:
    """R-SVC-03: the spellings a staff form feeds name the one member they mean."""
    assert Problem.parse(grounds) is problem
    decision = wholesale_return_decision(grounds, self_collected=False, remote=True)
    assert decision.rule == "R-SVC-03"


@pytest.mark.parametrize("grounds", ["问题", "有问题", "货有问题", "Problem", "色差"])
def test_R_SVC_03_ambiguous_grounds_are_refused_naming_both(grounds: str) -> None:
    """R-SVC-03: goods "with a problem" may differ from the order or be faulty, a colour
    difference (色差) be another colour or discoloured plating: refused, naming both
    members, never guessed."""
    with pytest.raises(InvalidInput, match=r"^grounds: may name mismatch.* or quality") as e:
        wholesale_return_decision(grounds, self_collected=False, remote=True)
    assert e.value.value == grounds


def test_R_SVC_02_a_sale_of_nothing_is_refused() -> None:
    """R-SVC-02: 0 due is a sale of nothing, more likely an empty form: refused naming
    amount_due, whatever was received."""
    for received in ("0", "50"):
        with pytest.raises(InvalidInput, match=r"^amount_due: must be positive") as e:
            cash_announcement(amount_received=received, amount_due="0")
        assert (e.value.argument, e.value.value) == ("amount_due", "0")
    assert cash_announcement(amount_received="0.01", amount_due="0.01").spoken == (
        "收您0.01元,找您0元"
    )


@given(st.sampled_from(list(Problem)), st.booleans(), st.sampled_from([None, True, False]))
def test_R_SVC_03_collected_never_returnable(
    problem: Problem, remote: bool, confirmed: bool | None
) -> None:
    """R-SVC-03 property: under the default policy collected goods are always refused and
    a refund happens only for a confirmed quality problem with no stock."""
    d = wholesale_return_decision(
        problem, self_collected=True, remote=remote, quality_confirmed=confirmed
    )
    assert d.outcome is StoreReturnOutcome.REFUSED
    e = wholesale_return_decision(
        problem, self_collected=False, remote=remote, quality_confirmed=confirmed, in_stock=False
    )
    assert (e.outcome is StoreReturnOutcome.REFUND) == (
        problem is Problem.QUALITY and confirmed is True
    )


# --- R-SVC-04: repairs ----------------------------------------------------------------------------


def test_R_SVC_04_sent_abroad_window() -> None:
    """R-SVC-04: repairs sent abroad take 1–6 months; the customer is told so."""
    d = repair_intake(dt.date(2025, 3, 10), repairable_in_house=False)
    assert d.outcome is RepairOutcome.SENT_ABROAD
    assert d.ready is not None
    assert (d.ready.start, d.ready.end) == (dt.date(2025, 4, 10), dt.date(2025, 9, 10))
    assert dt.date(2025, 9, 10) in d.ready
    assert dt.date(2025, 9, 11) not in d.ready
    assert d.rule == "R-SVC-04"
    assert "商品编码" in d.receipt_fields


def test_R_SVC_04_thai_silver_refused_and_in_house() -> None:
    """R-SVC-04: Thai silver is not accepted; fixable pieces are mended in house."""
    refused = repair_intake(dt.date(2025, 3, 10), repairable_in_house=False, thai_silver=True)
    assert refused.outcome is RepairOutcome.REFUSED
    assert refused.ready is None
    home = repair_intake(dt.date(2025, 3, 10), repairable_in_house=True)
    assert home.outcome is RepairOutcome.IN_HOUSE
    lenient = ServicePolicy(accept_thai_silver=True)
    assert (
        repair_intake(
            dt.date(2025, 3, 10), repairable_in_house=True, thai_silver=True, policy=lenient
        ).outcome
        is RepairOutcome.IN_HOUSE
    )
    with pytest.raises(PolicyError, match="repair_months_min"):
        ServicePolicy(repair_months_min=7)
    with pytest.raises(InvalidType, match="received_on"):
        repair_intake(dt.datetime(2025, 3, 10), repairable_in_house=True)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)), st.booleans())
def test_R_SVC_04_property(day: dt.date, thai: bool) -> None:
    """R-SVC-04 property: Thai silver is always refused; a window is ordered and after intake."""
    d = repair_intake(day, repairable_in_house=False, thai_silver=thai)
    if thai:
        assert d.outcome is RepairOutcome.REFUSED
    else:
        assert d.ready is not None
        assert day < d.ready.start <= d.ready.end


def test_every_error_is_a_custops_error() -> None:
    with pytest.raises(CustopsError):
        ServicePolicy(max_regular_order_item_count=-1)
    with pytest.raises(CustopsError):
        check_reply("ok", policy="strict")  # type: ignore[arg-type]


# --- review (issue 9): adversarial cases ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "喂——干什么",
        "喂-干什么",
        "喂－干什么",
        "喂\u3000干什么",
        "喂 , 干什么",
        "喂,\u200b干什么",  # a zero-width space pasted in
        "喂,干\u00ad什么",  # a soft hyphen
    ],
)
def test_R_SVC_01_dashes_and_wide_spaces_between_parts(text: str) -> None:
    """R-SVC-01: dashes, full-width spaces and invisible format characters (a zero-width
    space, a soft hyphen) between the parts still match."""
    [finding] = check_reply(text).findings
    assert (finding.phrase, finding.span) == ("喂,干什么", (0, len(text)))


def test_R_SVC_01_phrase_at_the_very_start_and_end_of_long_mixed_text() -> None:
    """R-SVC-01: positions are exact at both ends of a long text with English mixed in."""
    text = "老头" + "Hello, 您好! " * 20000 + "神经病"
    check = check_reply(text)
    assert [(f.phrase, f.span) for f in check.findings] == [
        ("老头", (0, 2)),
        ("神经病", (len(text) - 3, len(text))),
    ]
    assert check.suggested_text.startswith("老伯Hello")
    assert check.suggested_text.endswith("我理解您的心情")


def test_R_SVC_01_overlapping_company_phrases_replace_the_longest() -> None:
    """R-SVC-01: a listed phrase found inside a longer one is part of it and not reported
    again, and so is one that overlaps a longer one without being inside it: findings
    never overlap."""
    policy = ServicePolicy(
        forbidden=(
            *DEFAULT_FORBIDDEN_PHRASES,
            ForbiddenPhrase("老太", "蔑视性称谓", "大妈", in_place=True),
            ForbiddenPhrase("婆来", "生硬用语", "您好"),
        )
    )
    check = check_reply("老太婆来了", policy=policy)
    assert [(f.phrase, f.span) for f in check.findings] == [("老太婆", (0, 3))]
    assert check.suggested_text == "大妈来了"
    check = check_reply("老太婆呢", policy=policy)
    assert [(f.phrase, f.span) for f in check.findings] == [("老太婆", (0, 3))]
    assert check.suggested_text == "大妈呢"


def test_R_SVC_02_huge_and_sub_fen_amounts() -> None:
    """R-SVC-02: the largest amount said in 大写 is accepted; more is refused (``received``)."""
    top = cash_announcement(amount_received="999999999999.99", amount_due="0.01")
    assert top.change == Decimal("999999999999.98")
    with pytest.raises(InvalidInput, match=r"amount_received: exceeds 999999999999.99"):
        cash_announcement(amount_received="1000000000000", amount_due="1")
    assert (
        cash_announcement(amount_received="0.02", amount_due="0.01").spoken
        == "收您0.02元,找您0.01元"
    )


@given(
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=0, max_value=60),
    st.booleans(),
)
def test_R_SLA_19_property_any_policy(answer: int, gap: int, rings: int, sorry: bool) -> None:
    """R-SLA-19 property: with any ring counts, on time iff rings ≤ max_answer_ring_count, apology
    owed iff rings ≥ min_apology_ring_count, and the reason names both counts correctly."""
    policy = ServicePolicy(max_answer_ring_count=answer, min_apology_ring_count=answer + gap)
    check = phone_check(rings, apologised=sorry, policy=policy)
    assert (check.timing is PhoneTiming.ON_TIME) == (rings <= answer)
    assert check.apology_required == (rings >= answer + gap)
    assert check.allowed == (rings <= answer or (rings >= answer + gap and sorry))
    assert not re.search(r"\b(1nd|2th|3th|1th|11st|12nd|13rd)\b", check.reason)


def test_R_SLA_19_reasons_name_the_company_counts() -> None:
    """R-SLA-19: reasons name the ring counts of a company's own policy."""
    policy = ServicePolicy(max_answer_ring_count=1, min_apology_ring_count=3)
    assert phone_check(2, policy=policy).reason.endswith("the standard is by ring 1")
    assert phone_check(3, policy=policy).reason.endswith("owed from ring 3")
    assert phone_check(1, policy=policy).reason == "answered after 1 ring, within 1"


def test_R_SLA_20_sub_second_and_now_checks() -> None:
    """R-SLA-20: a wait just over the minute is not rounded down to it; ``now`` before the
    greeting is refused."""
    over = greeting_check(T0, at=T0 + dt.timedelta(seconds=60, microseconds=500))
    assert over.timing is GreetingTiming.OVERDUE
    assert over.reason == "not greeted after 60.0005 s; the standard is 60 s"
    with pytest.raises(InvalidInput, match="at: is before greeted_at"):
        greeting_check(
            T0, greeted_at=T0 + dt.timedelta(seconds=30), at=T0 + dt.timedelta(seconds=10)
        )


def test_R_SLA_21_exact_cut_off_and_midnight() -> None:
    """R-SLA-21: one microsecond before the cut-off is same day; 23:59:59 is next day;
    00:00 is the new day's same day."""
    before = picking_deadline(dt.datetime(2025, 3, 7, 15, 59, 59, 999999, tzinfo=SH), item_count=1)
    assert before.due_at == dt.datetime(2025, 3, 7, 18, 0, tzinfo=SH)
    last = picking_deadline(dt.datetime(2025, 3, 7, 23, 59, 59, tzinfo=SH), item_count=1)
    assert last.due_at == dt.datetime(2025, 3, 8, 18, 0, tzinfo=SH)
    first = picking_deadline(dt.datetime(2025, 3, 8, 0, 0, tzinfo=SH), item_count=1)
    assert first.due_at == dt.datetime(2025, 3, 8, 18, 0, tzinfo=SH)


def test_R_SLA_21_rest_day_reason() -> None:
    """R-SLA-21: an order on a rest day (working-day mode) says it was counted from the next
    working day, not "the same day"."""
    policy = ServicePolicy(next_day=NextDay.WORKING_DAY)
    d = picking_deadline(dt.datetime(2025, 10, 3, 23, 0, tzinfo=SH), item_count=1, policy=policy)
    assert d.due_at == dt.datetime(2025, 10, 9, 18, 0, tzinfo=SH)
    assert d.reason.startswith("received on a rest day, counted from 2025-10-09")


_WORKING = ServicePolicy(next_day=NextDay.WORKING_DAY)


@given(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2025, 12, 31)),
    st.integers(min_value=1, max_value=300),
)
def test_R_SLA_21_working_day_property(naive: dt.datetime, items: int) -> None:
    """R-SLA-21 property (next working day): the due day is a working day at close; it is the
    first working day on or after receipt unless the order is late or large, and then the
    working day after that."""
    cal = china()
    received = naive.replace(tzinfo=SH)
    d = picking_deadline(received, item_count=items, policy=_WORKING)
    first = cal.next_workday(received.date() - dt.timedelta(days=1))
    assert cal.is_workday(d.due_at.date())
    assert d.due_at.timetz() == dt.time(18, 0, tzinfo=SH)
    expected = cal.next_workday(first) if (d.late or d.large) else first
    assert d.due_at.date() == expected
    assert d.due_at > received


def test_R_SVC_02_cash_amounts_are_whole_fen() -> None:
    """R-SVC-02: cash changes hands in whole fen; a fraction of a fen is refused, not rounded."""
    with pytest.raises(InvalidInput, match=r"^amount_received: has a fraction of a fen"):
        cash_announcement(amount_received="100.005", amount_due="87.50")
    with pytest.raises(InvalidInput, match=r"^amount_due: has a fraction of a fen"):
        cash_announcement(amount_received="100", amount_due="87.505")


# --- issue 12: one decision shape -----------------------------------------------------------------


def test_yes_no_results_are_decisions() -> None:
    """R-SVC-01, R-SLA-19, R-SLA-20: the checks share the Decision shape (bool, require)."""
    assert not check_reply("老头")
    assert isinstance(check_reply("您好"), Decision)
    assert phone_check(2)
    assert not phone_check(3)
    with pytest.raises(Refused, match=r"R-SLA-19"):
        phone_check(6).require()
    late = greeting_check(T0, greeted_at=T0 + dt.timedelta(minutes=2))
    assert isinstance(late, Decision)
    assert not late
    assert "R-SLA-20" not in late.reason
    assert str(late).startswith("not compliant (R-SLA-20): ")


# --- issue 15: text for the customer is Chinese ---------------------------------------------------


@pytest.mark.parametrize(
    ("in_house", "thai"), [(True, False), (False, False), (True, True), (False, True)]
)
def test_R_SVC_04_tell_customer_is_always_chinese(in_house: bool, thai: bool) -> None:
    """R-SVC-04: what the customer is told is Chinese on every branch (issue 15)."""
    d = repair_intake(dt.date(2025, 1, 31), repairable_in_house=in_house, thai_silver=thai)
    for line in d.tell_customer:
        assert not re.search(r"[A-Za-z]", line), line
    if d.outcome is RepairOutcome.SENT_ABROAD:
        assert d.tell_customer == ("维修需时1–6个月", "修复后可能与原样不完全一致")


# --- issue 14: extremes and long phrases ----------------------------------------------------------

_LAST = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
_FIRST = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("instant", [_LAST, dt.datetime.max.replace(tzinfo=SH)])
@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda t: picking_deadline(t, item_count=1), "received_at"),
        (
            lambda t: picking_deadline(t, item_count=500, policy=ServicePolicy(next_day="workday")),
            "received_at",
        ),
        (lambda t: website_reply_due(t), "received_at"),
        (lambda t: greeting_check(t, at=t), "arrived_at"),
    ],
)
def test_extreme_instants_raise_custops_errors(
    instant: dt.datetime, call: Any, argument: str
) -> None:
    """R-SLA-20, R-SLA-21: the ends of the datetime range give a CustopsError naming the
    argument, never an OverflowError or a bare ValueError (issue 14)."""
    with pytest.raises(CustopsError) as info:
        call(instant)
    assert info.value.argument == argument


def test_R_SLA_21_earliest_instant_is_served_or_refused_cleanly() -> None:
    """R-SLA-21: at the start of the range there is room to count forward; a calendar
    that does not cover year 1 refuses with a CustopsError naming ``received_at``."""
    assert picking_deadline(_FIRST, item_count=1).due_at.date() == dt.date(1, 1, 1)
    assert website_reply_due(_FIRST) == dt.datetime(1, 1, 2, tzinfo=SH)
    assert greeting_check(_FIRST, at=_FIRST).timing is GreetingTiming.PENDING
    with pytest.raises(InvalidInput, match="received_at: is outside the calendar"):
        picking_deadline(_FIRST, item_count=1, policy=ServicePolicy(next_day="workday"))


def test_R_SVC_04_extreme_dates_raise_custops_errors() -> None:
    """R-SVC-04: a repair taken in on date.max cannot be given a window."""
    with pytest.raises(InvalidInput, match=r"received_on: \+1 months falls outside the calendar"):
        repair_intake(dt.date.max, repairable_in_house=False)
    assert repair_intake(dt.date.max, repairable_in_house=True).ready is None
    first = repair_intake(dt.date.min, repairable_in_house=False).ready
    assert first is not None
    assert first.end == dt.date(1, 7, 1)


def test_R_SVC_01_long_phrase_is_a_plain_search() -> None:
    """R-SVC-01: an 18,000-character phrase is looked for by substring search, not a
    generated regex (issue 14); separators inside the text are still ignored."""
    phrase = ForbiddenPhrase("喂," + "干" * 18_000, "brusque", "您好")
    text = "前言。喂！" + "干" * 9_000 + " " + "干" * 9_000 + "。后记"
    assert phrase.spans(text) == ((3, len(text) - 3),)
    policy = ServicePolicy(forbidden=(*DEFAULT_FORBIDDEN_PHRASES, phrase))
    check = check_reply(text * 3, policy=policy)
    assert [f.phrase for f in check.findings] == [phrase.phrase] * 3
    assert check.suggested_text == "前言。您好。后记" * 3


@given(
    st.sampled_from(DEFAULT_FORBIDDEN_PHRASES),
    st.lists(st.sampled_from([" ", ",", "，", "！", "…", ""]), min_size=8, max_size=8),
    st.text(alphabet="您好请稍等。", max_size=10),
)
def test_R_SVC_01_separators_anywhere_are_ignored(
    phrase: ForbiddenPhrase, separators: list[str], prefix: str
) -> None:
    """R-SVC-01 property: a listed phrase with spaces or punctuation put between any of its
    characters is still found, and its span covers exactly the spelled-out phrase (a
    ``whole_clause`` phrase said as a clause of its own, after a full stop)."""
    chars = [c for c in phrase.phrase if c not in ",，"]
    spelled = "".join(c + sep for c, sep in zip(chars, separators, strict=False)).rstrip(" ,，！…")
    lead = prefix + "。" if phrase.whole_clause else prefix
    check = check_reply(lead + spelled)
    assert not check.allowed
    first = check.findings[0]
    assert first.span == (len(lead), len(lead) + len(spelled))


def test_R_SVC_02_announcement_explains_itself() -> None:
    """R-SVC-02: the announcement has a rule and a one-line reason like every result."""
    a = cash_announcement(amount_received="100", amount_due="87.5")
    assert a.reason == "100.00 received for 87.50 due: 12.50 change"
    assert a.rule == "R-SVC-02"
    assert "\n" not in a.reason


@settings(max_examples=60)
@given(st.dates(), st.booleans(), st.integers(min_value=0, max_value=10**6))
def test_R_SVC_04_any_day_answers_or_refuses_cleanly(
    day: dt.date, in_house: bool, top: int
) -> None:
    """R-SVC-04 property (issue 14): over the whole date range and any month count,
    repair_intake gives a decision or an InvalidInput naming ``received_on``."""
    policy = ServicePolicy(repair_months_max=top, repair_months_min=0)
    try:
        d = repair_intake(day, repairable_in_house=in_house, policy=policy)
    except InvalidInput as exc:
        assert exc.argument == "received_on"  # noqa: PT017
    else:
        assert d.ready is None or d.ready.end >= day


def test_R_SLA_21_cutoff_may_equal_close() -> None:
    """R-SLA-21: a cut-off at the close itself is a consistent policy (only a cut-off after
    the close contradicts it); every order is then picked the same day."""
    policy = ServicePolicy(picking_cutoff=dt.time(18, 0), picking_close=dt.time(18, 0))
    d = picking_deadline(dt.datetime(2025, 3, 7, 17, 59, tzinfo=SH), item_count=1, policy=policy)
    assert (d.late, d.due_at) == (False, dt.datetime(2025, 3, 7, 18, 0, tzinfo=SH))


def test_R_SLA_20_moment_required_without_greeting() -> None:
    """R-SLA-20: without ``greeted_at`` the moment asked about (``at``) is required, and it
    cannot come before the customer arrived."""
    with pytest.raises(InvalidInput, match="at: is required when greeted_at is not given"):
        greeting_check(T0)
    with pytest.raises(InvalidInput, match="at: is before arrived_at"):
        greeting_check(T0, at=T0 - dt.timedelta(seconds=1))


# --- branches no test reached (coverage gaps of the size-2 pass) ------------------------------

POLICY = ServicePolicy()
_AWARE_TIMES = [
    dt.time(18, 0, tzinfo=dt.timezone.utc),
    dt.time(16, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    dt.time(12, 0, tzinfo=SH),  # even the calendar's own zone: the field is a wall time
]


@pytest.mark.parametrize("field", ["picking_close", "picking_cutoff"])
@pytest.mark.parametrize("value", _AWARE_TIMES)
def test_R_SLA_21_picking_times_with_tzinfo_are_refused(field: str, value: dt.time) -> None:
    """R-SLA-21: ``picking_close`` and ``picking_cutoff`` are wall times read in the zone of
    ``calendar=``, so a ``time`` carrying tzinfo is refused with InvalidInput (a CustopsError)
    whose message names the field and the value, also through ``attrs.evolve``; the same
    wall time without tzinfo is accepted."""
    builds: list[Callable[[], ServicePolicy]] = [
        lambda: ServicePolicy(**{field: value}),  # type: ignore[arg-type]
        lambda: attrs.evolve(POLICY, **{field: value}),  # type: ignore[arg-type]
    ]
    for build in builds:
        with pytest.raises(InvalidInput) as info:
            build()
        assert isinstance(info.value, CustopsError)
        assert (info.value.argument, info.value.value) == (field, value)
        assert (
            str(info.value) == f"{field}: must be a local wall time without a zone (got {value!r})"
        )
    naive = value.replace(tzinfo=None)
    assert getattr(ServicePolicy(picking_cutoff=naive, picking_close=naive), field) == naive


@settings(max_examples=50)
@given(
    st.sampled_from(["picking_close", "picking_cutoff"]),
    st.times(timezones=st.timezones()),
)
def test_R_SLA_21_property_any_time_with_tzinfo_is_refused_by_name(
    field: str, value: dt.time
) -> None:
    """R-SLA-21: a picking time is a local wall time: any ``time`` with tzinfo is refused,
    naming the field; with its tzinfo dropped it is a valid policy time."""
    with pytest.raises(InvalidInput, match=f"^{field}: must be a local wall time") as info:
        ServicePolicy(**{field: value})  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == (field, value)
    naive = value.replace(tzinfo=None)
    assert getattr(ServicePolicy(picking_cutoff=naive, picking_close=naive), field) == naive


def test_R_SVC_03_the_grounds_of_a_return_are_named_grounds() -> None:
    """R-SVC-03: why the customer returns the goods is ``grounds`` (a ``Problem``), so that
    ``problem`` keeps one meaning across the API (an error's reason)."""
    decision = wholesale_return_decision(grounds="质量", self_collected=False, remote=True)
    assert decision.outcome is StoreReturnOutcome.INSPECT
    with pytest.raises(InvalidInput, match=r"^grounds: is not a known Problem") as refused:
        wholesale_return_decision("不喜欢", self_collected=False, remote=True)
    assert (refused.value.argument, refused.value.value) == ("grounds", "不喜欢")


def test_R_SVC_03_a_partly_refused_franchise_request_is_headed_so() -> None:
    """R-SVC-03 (D13 第十一章 2 「严格依据加盟合同上的退换货比例操作」): half of this request is
    over the ratio, so the headline a clerk reads says 部分受理, not 准予退换; the result has
    three outcomes and no truth value."""
    a = franchise_return_allowance(
        purchased_amount="50000", ratio="0.08", returned_amount="3500", requested_amount="1000"
    )
    assert a.outcome is FranchiseOutcome.PARTLY_ACCEPTED
    assert (a.accepted_amount, a.refused_amount) == (Decimal("500.00"), Decimal("500.00"))
    with language("zh_CN"):
        assert str(a).startswith("部分受理（R-SVC-03）：")
    with pytest.raises(InvalidType, match="three or more outcomes"):
        bool(a)
    assert [m.value for m in FranchiseOutcome] == ["accepted", "partly_accepted", "refused"]
    assert FranchiseOutcome.parse("部分受理") is FranchiseOutcome.parse("partial")
    assert FranchiseOutcome.parse("Partly Accepted") is FranchiseOutcome.PARTLY_ACCEPTED
    assert "accepted" not in [m.value for m in StoreReturnOutcome]


def test_R_SVC_03_franchise_returns_are_a_share_of_the_same_periods_purchases() -> None:
    """R-SVC-03: purchased_amount and returned_amount both cover the contract period; more
    returned than purchased is no share of the purchases and is refused, naming both."""
    with pytest.raises(InvalidInput, match=r"^returned_amount: exceeds purchased_amount 1000.00"):
        franchise_return_allowance(
            purchased_amount="1000", ratio="0.1", returned_amount="5000", requested_amount="100"
        )
    over = franchise_return_allowance(
        purchased_amount="1000", ratio="0.1", returned_amount="1000", requested_amount="100"
    )
    assert (over.outcome, over.over_returned_amount) == (
        FranchiseOutcome.REFUSED,
        Decimal("900.00"),
    )


@pytest.mark.parametrize(
    ("remote", "video", "outcome", "who"),
    [
        (False, True, StoreReturnOutcome.EXCHANGE, "a video customer"),
        (True, False, StoreReturnOutcome.EXCHANGE, "a remote customer"),
        (True, True, StoreReturnOutcome.EXCHANGE, "a video and remote customer"),
        (False, False, StoreReturnOutcome.REFUSED, "only video and remote customers"),
    ],
)
def test_R_SVC_03_video_and_remote_customers_are_two_facts(
    remote: bool, video: bool, outcome: StoreReturnOutcome, who: str
) -> None:
    """R-SVC-03 (D13 第十一章 1(2) 「视频客户与外地客户」): a local customer who ordered by
    video is stated with ``video=True``; either fact qualifies a mismatch for exchange, and
    the reason names which applied."""
    d = wholesale_return_decision("mismatch", self_collected=False, remote=remote, video=video)
    assert d.outcome is outcome
    assert d.reason.startswith(who)


def test_R_SVC_03_video_is_a_yes_no_fact() -> None:
    """R-SVC-03: ``video`` is a bool, refused naming it otherwise; collected goods stay
    refused for a video customer (第十一章 1(1) 「自己提货的不能退换」)."""
    with pytest.raises(InvalidType, match=r"^video: "):
        wholesale_return_decision(
            "mismatch",
            self_collected=False,
            remote=False,
            video="yes",  # type: ignore[arg-type]
        )
    d = wholesale_return_decision("mismatch", self_collected=True, remote=False, video=True)
    assert d.outcome is StoreReturnOutcome.REFUSED


@given(st.sampled_from(list(Problem)), st.booleans(), st.booleans(), st.booleans())
def test_R_SVC_03_property_video_or_remote_qualifies_a_mismatch_alike(
    problem: Problem, collected: bool, remote: bool, video: bool
) -> None:
    """R-SVC-03 invariant: the outcome depends on video and remote only through "either
    one": a video customer is decided as a remote one is."""
    either = wholesale_return_decision(
        problem, self_collected=collected, remote=remote, video=video
    ).outcome
    assert (
        either
        is wholesale_return_decision(
            problem, self_collected=collected, remote=remote or video
        ).outcome
    )


# D13's own words for the grounds of a return, and their everyday variants
GROUNDS_WORDS = [
    *((w, Problem.MISMATCH) for w in ("颜色不一样", "货颜色不一样", "颜色不对", "有差异")),
    *((w, Problem.MISMATCH) for w in ("款式不对", "尺寸不对", "wrong item", "Wrong_Item")),
    *((w, Problem.QUALITY) for w in ("断裂", "银器断裂", "破损", "损坏", "质量有问题")),
    *((w, Problem.QUALITY) for w in ("有质量问题", "宝石脱落", "掉石", "裂开", "瑕疵", "次品")),
    *((w, Problem.QUALITY) for w in ("damaged", "broken", "defective", "faulty", "斷裂")),
]


@pytest.mark.parametrize(("word", "problem"), GROUNDS_WORDS)
def test_R_SVC_03_the_seeds_words_are_grounds(word: str, problem: Problem) -> None:
    """R-SVC-03: 颜色不一样 (D13 第九章 4 「货颜色不一样」), 断裂 (第十章 「银器断裂」), 破损 and
    质量有问题 name the grounds they are, as do their everyday variants."""
    assert Problem.parse(word) is problem


def test_R_SVC_03_an_unknown_ground_is_refused_saying_how_to_map_it() -> None:
    """R-SVC-03: a wording custops does not know is refused naming the argument, listing the
    members and saying to map the form's wording; an ambiguous one still names both."""
    with pytest.raises(InvalidInput, match=r"^grounds: is not a known Problem; .*map a form") as e:
        wholesale_return_decision("包装旧了", self_collected=False, remote=True)
    assert e.value.argument == "grounds"
    assert e.value.value == "包装旧了"
    with pytest.raises(InvalidInput, match=r"^grounds: may name mismatch"):
        wholesale_return_decision("有问题", self_collected=False, remote=True)
    with pytest.raises(InvalidType, match=r"^grounds: "):
        wholesale_return_decision(3, self_collected=False, remote=True)  # type: ignore[arg-type]


def test_R_SVC_03_every_spelling_of_a_problem_names_one_member() -> None:
    """R-SVC-03 invariant: no spelling of the grounds (folded) names two members."""
    seen: dict[str, Problem] = {}
    for member in Problem:
        for spelling in (member.value, member.label, *member.variants):
            key = fold(spelling)
            assert seen.setdefault(key, member) is member, spelling


# --- R-SLA-21: the next day as the rule applied, and days in unpublished years ---

_WORKDAYS = attrs.evolve(ServicePolicy(), next_day=NextDay.WORKING_DAY)


def test_R_SLA_21_next_working_day_is_named_with_its_date() -> None:
    """R-SLA-21: with 下一个工作日 the reason names the working day applied (2026-10-08 after
    National Day), not 次日; the default names 次日 with its date."""
    received = dt.datetime(2026, 9, 30, 16, 30, tzinfo=SH)
    with language("zh_CN"):
        working = picking_deadline(received, item_count=12, policy=_WORKDAYS)
        calendar_day = picking_deadline(received, item_count=12)
        working_reason, calendar_reason = working.reason, calendar_day.reason
    assert working.due_at == dt.datetime(2026, 10, 8, 18, 0, tzinfo=SH)
    assert working_reason == "16:30 接单，已到截单时间 16:00；下一个工作日（2026-10-08）下班前配好"
    assert "次日" not in working_reason
    assert calendar_day.due_at == dt.datetime(2026, 10, 1, 18, 0, tzinfo=SH)
    assert calendar_reason == "16:30 接单，已到截单时间 16:00；次日（2026-10-01）下班前配好"
    with language("en_US"):
        assert working.reason.endswith("picked by the next working day (2026-10-08)")
        assert calendar_day.reason.endswith("picked by the next day (2026-10-01)")


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
def test_R_SLA_21_working_days_into_an_unpublished_year_are_provisional() -> None:
    """R-SLA-21, docs/rules.md §1: 2026-12-31 16:30 with 下一个工作日 is due 2027-01-04,
    looked up on the unpublished 2027 calendar: provisional, and the reason says 暂定; the
    same order on 2026-12-30 (due 2026-12-31) and the default next calendar day are final."""
    late = dt.datetime(2026, 12, 31, 16, 30, tzinfo=SH)
    with language("zh_CN"):
        crossing = picking_deadline(late, item_count=12, policy=_WORKDAYS)
        reason = crossing.reason
    assert (crossing.due_at, crossing.provisional) == (
        dt.datetime(2027, 1, 4, 18, 0, tzinfo=SH),
        True,
    )
    assert reason.endswith("下一个工作日（2027-01-04）下班前配好；暂定：2027 年的放假安排尚未公布")
    before = picking_deadline(late - dt.timedelta(days=1), item_count=12, policy=_WORKDAYS)
    assert (before.due_at.date(), before.provisional) == (dt.date(2026, 12, 31), False)
    calendar_day = picking_deadline(late, item_count=12)
    assert (calendar_day.due_at.date(), calendar_day.provisional) == (dt.date(2027, 1, 1), False)
    within_2027 = picking_deadline(
        dt.datetime(2027, 3, 3, 10, 0, tzinfo=SH), item_count=1, policy=_WORKDAYS
    )
    assert within_2027.provisional  # whether 2027-03-03 is a working day is provisional too


@pytest.mark.filterwarnings("ignore::custops.errors.ProvisionalCalendarWarning")
@settings(max_examples=80, deadline=None)
@given(
    st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2027, 12, 31)),
    st.integers(1, 150),
    st.booleans(),
)
def test_R_SLA_21_provisional_iff_a_day_looked_up_is_unpublished(
    received: dt.datetime, items: int, workdays: bool
) -> None:
    """R-SLA-21: provisional exactly when the working-day rule looks up a day of an
    unpublished year (the received day or the due day), and the reason says so then."""
    cal = china()
    policy = _WORKDAYS if workdays else ServicePolicy()
    at = received.replace(tzinfo=SH)
    result = picking_deadline(at, item_count=items, policy=policy)
    ends = {at.date().year, result.due_at.date().year}
    assert result.provisional is (workdays and any(not cal.is_published(y) for y in ends))
    assert ("provisional" in result.reason) is result.provisional
    if workdays:
        assert cal.is_workday(result.due_at.date())
