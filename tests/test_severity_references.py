"""A hotline's digits that are a reference, and praise by a fault denied in English.

R-CMP-07: a complaint is major when a regulator is involved; 12315, 12345 and the sector
regulators' hotlines (12300, 12305 …) are regulators when the customer turns to them.  An
order's, a waybill's, a room's, an item's or a ticket's number that happens to read 12345
is no regulator: the reference label before it (订单号, 运单号, 房间, 货号, 工单号, order #,
ticket no.) or the digits and units around it say what it is.  The classifier's signals and
``assess_severity`` read one rule set, so they agree.

R-CMP-01: English litotes (not bad at all, can't complain, couldn't be better, no
complaints) is a verdict in favour, praise, as 不错 and 一点也不差 are; not when a concession
follows in its sentence (not bad, but …) nor when the sentence asks (not bad?).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    REGULATOR_WORDS,
    SECTOR_HOTLINES,
    Complaint,
    Kind,
    Severity,
    Signal,
    classify,
)
from custops.complaints.severity import SeverityPolicy, assess_severity
from custops.i18n import language

AT = dt.datetime(2026, 3, 2, 10, tzinfo=ZoneInfo("Asia/Shanghai"))


def _complaint(text: str, **fields: Any) -> Complaint:
    return Complaint(received_at=AT, channel="WeChat", content=text, complainant="Tan", **fields)


def _regulator_read(text: str, policy: SeverityPolicy | None = None) -> tuple[bool, bool]:
    """Whether the classifier and the severity read a regulator in ``text``."""
    signalled = Signal.REGULATOR in classify(text).signals
    assessed = Signal.REGULATOR in assess_severity(_complaint(text), policy=policy).criteria
    return signalled, assessed


# ---- a reference number is no hotline (R-CMP-07) -----------------------------------------

REFERENCES = [
    # the new users' own texts
    "订单号12345还没发货，已经等了一周",
    "My order #12345 still not delivered",
    "My order #12345 still not delivered, 已经等了一周了!",
    "运单号12315至今未送达",
    "房间号12345空调坏了",
    "房间12315的空调坏了",
    "工单号：12315",
    # the family: labels, separators and marks a real user writes
    "订单号是12345，到现在还没发货",
    "单号为:12315的快递丢了",
    "快递单号12345显示已签收，我根本没收到",
    "货号12315的衣服质量太差",
    "我的会员卡号12345积分没到账",
    "型号12315的空调不制冷",
    "工号12345的客服态度很差",
    "编号12315的投诉单一直没人处理",
    "快递12345还没到",
    "第12345号订单没发货",
    "order SO-12345 not delivered",
    "Order number is 12345, still waiting for a week",
    "Ticket #12315 not resolved after ten days",
    "room no. 12345 aircon broken",
    "Booking ref 12345 was cancelled without notice",
    "Tracking no: 12315 shows delivered but nothing came",
    # an English label after a word that leads it, a Chinese label 号 not a date's
    "Please check order 12345, it is three days late",
    "The room 12345 is dirty and nobody cleaned it",
    "I opened a ticket 12345 and nobody answered",
    "尾号12315的手机收不到验证码",
    "工号12345的客服态度很差",
    "#12345 still not delivered",
    # digits, units and money around it
    "我的手机号13912345678，请回电",
    "订单2026123456还没到",
    "一共花了12345元，东西是坏的",
    "付了¥12345，货不对版",
    "12345号房的热水一直不热",
    "12315.00的账单算错了",
]


@pytest.mark.parametrize("text", REFERENCES)
def test_a_reference_number_is_no_regulator_R_CMP_07(text: str) -> None:
    """R-CMP-07: 12345 or 12315 after a reference label (订单号, 房间, 运单号, 工单号,
    order #, ticket no.), inside more digits or before a unit names an order, a room or a
    sum, never a regulator: no regulator signal, and the complaint is not major for it."""
    assert _regulator_read(text) == (False, False)
    assert assess_severity(_complaint(text)).severity is Severity.GENERAL


def test_the_reason_of_a_reference_says_general_R_CMP_07() -> None:
    """R-CMP-07: the new user's C68 — a general complaint, its reason naming no regulator."""
    assessed = assess_severity(_complaint("订单号12345还没发货，已经等了一周"))
    assert (assessed.severity, assessed.criteria) == (Severity.GENERAL, ())
    with language("zh_CN"):
        assert assessed.reason == "一般：未触发任何重大投诉标准"
    with language("en_US"):
        assert assessed.reason == "general: no major-complaint criterion fired"


HOTLINES = [
    "我已经打了12315",
    "已经投诉到12345了",
    "打12345投诉你们",
    "准备12315投诉",
    "@12315网上投诉",
    "通过12345市民热线反映，没有回复",
    "打电话给市民热线12345，也没给答复",
    "12345,12315都打了，没人管",
    "I called 12315 about this",
    "I will call 12315 if you don't refund",
    # a reference in the same text does not hide the hotline told beside it
    "订单号88812还没发货，我已经打了12315",
    "单号12345的货没到，我要打12315投诉",
    "房间号1203的空调坏了，我打了12345",
    "买了12345元的东西，打了12315",
    # a date's 号 is no label (3月5号, 今天5号): the hotline after it is still read
    "我3月5号12345热线已经反映过了，到现在没人管",
    "3月5号12345已经受理了，还是没解决",
    "5号12315投诉了，到现在没人管",
    "十五号12345受理了，还是没解决",
    # a Weibo topic names the hotline, it is no number sign of a reference
    "#12315投诉平台# 这家店卖假货",
    "#12345# 物业不作为",
    # an English word that only ends in a label (member, table, rm, part) labels nothing
    "Remember 12315 exists, I will call them",
    "This is unacceptable 12345 will hear about this",
    "I will inform 12315 about this",
]


@pytest.mark.parametrize("text", HOTLINES)
def test_a_hotline_turned_to_is_a_regulator_R_CMP_07(text: str) -> None:
    """R-CMP-07: a hotline the customer calls, reports or threatens to go to stays the
    regulator criterion, beside a reference number or not."""
    assert _regulator_read(text) == (True, True)
    assert assess_severity(_complaint(text)).severity is Severity.MAJOR


def test_a_sector_hotline_reference_is_no_regulator_R_CMP_07() -> None:
    """R-CMP-07: a sector regulator's number (12305, 12300) as a waybill's or a ticket's
    number is no regulator; turned to, it is one."""
    assert _regulator_read("运单号12305还没到") == (False, False)
    assert _regulator_read("工单号:12300一直没人处理") == (False, False)
    assert _regulator_read("我打了12305投诉快递") == (True, True)
    assert _regulator_read("已向12300申诉") == (True, True)


def test_a_desk_hotline_reference_is_no_regulator_R_CMP_07() -> None:
    """R-CMP-07: a desk's own hotline number (SeverityPolicy.regulators) is read as the
    built-in ones: turned to, the regulator criterion; as a reference, none."""
    desk = SeverityPolicy(regulators=(*REGULATOR_WORDS, "12399"))
    assert Signal.REGULATOR in assess_severity(_complaint("我已经打了12399"), policy=desk).criteria
    for text in ("工单号12399一直没人处理", "my order #12399 is late", "花了12399元"):
        assert assess_severity(_complaint(text), policy=desk).severity is Severity.GENERAL


_LABELS = [
    "订单号", "订单号:", "单号是", "运单号", "快递单号", "工单号:", "房间", "房间号", "房号",
    "货号", "编号", "型号", "卡号", "会员号", "order#", "order ", "Order No. ", "room ",
    "ticket #", "Ticket no: ", "booking ref ", "#", "SO-", "Tracking number ",
]  # fmt: skip
_BEFORE = ["", "你好，", "我的", "Hi, my ", "请问", "客户："]
_AFTER = [
    "还没发货", "的空调坏了", "一直没人处理", " still not delivered", " is wrong", "，已经等了一周",
    "",
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(
    before=st.sampled_from(_BEFORE),
    label=st.sampled_from(_LABELS),
    number=st.sampled_from(("12315", "12345", *(h for h in SECTOR_HOTLINES if h.isdigit()))),
    after=st.sampled_from(_AFTER),
)
def test_a_labelled_number_never_makes_a_regulator_R_CMP_07(
    before: str, label: str, number: str, after: str
) -> None:
    """R-CMP-07 (property): a hotline's digits after any reference label, in any neutral
    context, give no regulator signal and no regulator criterion."""
    assert _regulator_read(f"{before}{label}{number}{after}") == (False, False)


_PIECES = [
    "订单号12345还没发货", "我已经打了12315", "房间12315的空调坏了", "My order #12345 is late",
    "I called 12345", "运单号12305", "我要投诉到12300", "东西坏了", "我要找消协", "工单号：12315",
    "准备12315投诉", "一共12345元", "13912345678", "第12345号",
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3), st.sampled_from("，。 ,"))
def test_the_classifier_and_the_severity_agree_on_a_regulator_R_CMP_07(
    pieces: list[str], joint: str
) -> None:
    """R-CMP-07 (property): ``classify(text).signals`` holds the regulator exactly when
    ``assess_severity`` of a complaint with that text counts the regulator criterion."""
    signalled, assessed = _regulator_read(joint.join(pieces))
    assert signalled == assessed


@settings(max_examples=60, deadline=None)
@given(
    month=st.integers(1, 12),
    day=st.one_of(
        st.integers(1, 31).map(str), st.sampled_from(["一", "五", "十五", "二十", "三十一"])
    ),
    hotline=st.sampled_from(["12315", "12345"]),
    after=st.sampled_from(["热线已经反映过了，没人管", "已经受理了，还是没解决", "投诉了"]),
)
def test_a_date_never_hides_the_hotline_after_it_R_CMP_07(
    month: int, day: str, hotline: str, after: str
) -> None:
    """R-CMP-07 (property): a date's 号 ({m}月{d}号, {d}号) is no reference label; the
    hotline told right after it is still the regulator criterion."""
    for date in (f"{month}月{day}号", f"{day}号", f"今天{day}号"):
        assert _regulator_read(f"我{date}{hotline}{after}") == (True, True)


# ---- praise by a fault denied, in English (R-CMP-01) --------------------------------------

LITOTES = [
    "Not bad at all, thanks!",
    "not bad",
    "It's not bad",
    "Not too bad, thanks",
    "Can't complain, thanks",
    "Honestly I can't complain!",
    "No complaints, great stay",
    "No complaints at all.",
    "Couldn't be better!",
    "The service couldn't have been better",
    "Nothing to complain about, lovely stay",
    "We couldn't have asked for more",
    "Not bad at all, the manager who fixed it was great.",
    "No complaints here, great service.",
]


@pytest.mark.parametrize("text", LITOTES)
def test_english_litotes_is_praise_R_CMP_01(text: str) -> None:
    """R-CMP-01: a fault denied in English (not bad at all, can't complain, couldn't be
    better, no complaints) is a verdict in favour: praise, as 不错 is; the complaint word
    inside it (complain, complaints) counts for nothing."""
    found = classify(text)
    assert found.kind is Kind.PRAISE
    assert any(e.rule_id == "en.litotes" and not e.negated_by for e in found.evidence)


NOT_LITOTES = [
    # a concession after it: the fault decides
    "Not bad, but the delivery was 2 hours late",
    "No complaints about the food, but the staff were rude",
    # asked
    "Not bad?",
    "Is the food not bad?",
    # a customer kept from complaining, a form that is not there
    "You can't complain to anyone, the hotline is always busy",
    "There is no complaint form on your website",
    "We had no complaints until the heater broke",
    # a wish
    "I hope it's not bad",
    # a condition, a time that may still run out, a sarcasm's purpose or yardstick
    "It couldn't be better if you just refunded me.",
    "No complaints so far. My parcel is still missing after 10 days.",
    "No complaints so far, but my parcel is still missing after 10 days.",
    "I had no complaints until the technician broke my window.",
    "The app couldn't be better designed to waste my time.",
    "Not bad for a product that broke after two days.",
    # a fault told in another sentence of the text decides
    "Not bad at all. The product broke after two days.",
    "Can't complain about the food. The waiter spilled soup on me and never apologised.",
    "My order is still missing. Otherwise no complaints.",
]


@pytest.mark.parametrize("text", NOT_LITOTES)
def test_litotes_guarded_is_no_praise_R_CMP_01(text: str) -> None:
    """R-CMP-01: not before a concession (not bad, but …), not asked (not bad?), not a
    customer kept from complaining nor a missing complaint form: no litotes praise."""
    found = classify(text)
    assert found.kind is not Kind.PRAISE
    assert not any(e.rule_id == "en.litotes" and not e.negated_by for e in found.evidence)


_PHRASES = ["Not bad at all", "Not bad", "Can't complain", "No complaints", "Couldn't be better"]
_FAULTS = [
    "the delivery was 2 hours late",
    "the staff were rude",
    "I was charged twice for my order",
]
_CONCESSIONS = [", but ", " but ", ", however ", ", though "]


@settings(max_examples=60, deadline=None)
@given(
    phrase=st.sampled_from(_PHRASES),
    concession=st.sampled_from(_CONCESSIONS),
    fault=st.sampled_from(_FAULTS),
)
def test_litotes_before_a_concession_is_never_praise_R_CMP_01(
    phrase: str, concession: str, fault: str
) -> None:
    """R-CMP-01 (property): a litotes then a concession and a fault is a complaint, never
    praise; the same litotes asked is no praise either."""
    assert classify(f"{phrase}{concession}{fault}").kind is Kind.COMPLAINT
    assert classify(f"{phrase}?").kind is not Kind.PRAISE


_LATER_FAULTS = [
    "My parcel is still missing after 10 days.",
    "The product broke after two days.",
    "The refund was never processed.",
    "The TV arrived damaged.",
]


@settings(max_examples=60, deadline=None)
@given(
    phrase=st.sampled_from(_PHRASES),
    fault=st.sampled_from(_LATER_FAULTS),
    first=st.booleans(),
)
def test_litotes_never_outweighs_a_fault_in_another_sentence_R_CMP_01(
    phrase: str, fault: str, first: bool
) -> None:
    """R-CMP-01 (property): a litotes is praise only when nothing else in the text reads as
    a fault; a fault told in another sentence, before or after it, silences it."""
    text = f"{phrase}. {fault}" if first else f"{fault} {phrase}."
    found = classify(text)
    assert found.kind is not Kind.PRAISE
    assert not any(e.rule_id == "en.litotes" and not e.negated_by for e in found.evidence)
