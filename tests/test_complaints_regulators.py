"""One list of regulators: every authority the classifier's regulator rule reads in a text
is a regulator when it forwards a complaint (R-CMP-07).

``REGULATOR_WORDS`` (the default of ``SeverityPolicy.regulators``, what makes a
``forwarded_by`` a regulator) and the rule ``sig.regulator`` (去教育局投诉) must agree: an
education desk whose text rule reads 去教育局 as a regulator must not file 教育局转办 as a
general complaint.  The authorities are read from the rule itself, so a body added to the
rule without the word fails here.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    REGULATOR_WORDS,
    SECTOR_HOTLINES,
    Case,
    Channel,
    Complaint,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
    classify,
)
from custops.errors import InvalidInput

AT = dt.datetime(2026, 6, 5, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
RULE = next(rule for rule in DEFAULT_CLASSIFIER_POLICY.rules if rule.id == "sig.regulator")
#: the words of the rule that name no authority: a platform or a complaint site a customer
#: asks to step in (平台介入, 黑猫投诉, 消费保) forwards nothing as a regulator does
NOT_AUTHORITIES = frozenset({"黑猫投诉", "消费保"})
#: two of the rule's words are left out of the forwarders on purpose: 质监 is inside a
#: company's own 品质监督部, and a bare 邮政局 that forwards a complaint is the post office
#: (China Post), not the postal regulator (邮政管理局, 邮政局申诉 are).  Three more are read in
#: a text but are no forwarder on their own: a bare 运管 (运营管理) is a company's own
#: operations department (集团运管部), the road-transport authority forwards as 运管所, 运管局
#: or 运管处; 消保处 and 消保官 are a bank's own consumer-protection office (总行消保处) unless
#: a regulator's name comes before them (人民银行消保处, read by that name)
NOT_FORWARDERS = frozenset({"质监", "邮政局", "运管", "消保处", "消保官"})


def _authorities() -> list[str]:
    """The authorities the regulator rule names: its terms, less the platforms, and the
    bodies of its patterns' lists of authorities (the lists that name 民航局)."""
    named = {
        term
        for term in RULE.terms
        if re.fullmatch(r"[\u4e00-\u9fff]+", term)
        and "平台" not in term
        and "介入" not in term
        and term not in NOT_AUTHORITIES
    }
    for pattern in RULE.patterns:
        for group in re.findall(r"\(([^()]*)\)", pattern):
            bodies = group.split("|")
            if "民航局" in bodies:
                named.update(b for b in bodies if re.fullmatch(r"[\u4e00-\u9fff]+", b))
    named -= NOT_FORWARDERS
    # 运管 in the rule's list of bureaus: the authority forwards as its office
    return sorted(named | {"运管所", "运管局", "运管处"})


AUTHORITIES = _authorities()


def _forwarded(channel: str, content: str = "机构不给退费") -> Complaint:
    return Complaint(received_at=AT, channel=channel, content=content, complainant="王先生")


def test_the_rule_names_the_bureaus_of_a_trade() -> None:
    """R-CMP-07: the list read from the rule is the rule's (a guard on the reading above)."""
    assert {"教育局", "人社局", "文旅局", "卫健委", "工信部", "消协"} <= set(AUTHORITIES)
    assert len(AUTHORITIES) > 40


def test_every_authority_the_rule_reads_is_a_regulator_forwarder() -> None:
    """R-CMP-07: each authority the text rule reads is a regulator in ``forwarded_by``."""
    missing = [b for b in AUTHORITIES if not _forwarded(f"{b}转办").via_regulator]
    assert missing == []
    assert all(any(w in b for w in REGULATOR_WORDS) for b in AUTHORITIES)


def test_an_education_bureau_forwarding_is_major() -> None:
    """R-CMP-07: 教育局转办 is a regulator's forwarding, major at receipt, as 12315转办 is;
    the text rule reads 去教育局 as the same regulator."""
    complaint = _forwarded("教育局转办")
    assert (complaint.channel, complaint.forwarded_by, complaint.via_regulator) == (
        Channel.FORWARDED,
        "教育局转办",
        True,
    )
    assessed = assess_severity(complaint)
    assert assessed.severity is Severity.MAJOR
    assert "教育局转办" in assessed.reason
    assert Signal.REGULATOR in classify("再不退款我就去教育局投诉").signals
    case = Case.open(complaint, "客户关系顾问", policy="winery").classify(
        AT, "客户关系经理", kind="投诉", category="退换货"
    )
    assert case.severity is Severity.MAJOR


@pytest.mark.parametrize("channel", ["市教委转来", "区教育局转办", "省教育厅交办", "人社局转办"])
def test_education_and_labour_bureaus_in_their_spellings(channel: str) -> None:
    """R-CMP-07: the bureau with its city or district, and how it passed the case on."""
    assert _forwarded(channel).via_regulator


def test_a_company_department_is_no_regulator() -> None:
    """R-CMP-07: a forwarding by the company's own departments stays general."""
    for channel in ("售后服务部转来", "质量部转交", "品质部转办"):
        complaint = _forwarded(channel)
        assert not complaint.via_regulator, channel
        assert assess_severity(complaint).severity is Severity.GENERAL


@settings(max_examples=60, deadline=None)
@given(
    body=st.sampled_from(AUTHORITIES),
    place=st.sampled_from(["", "市", "区", "省", "杭州市"]),
    how=st.sampled_from(["转办", "转来", "转交", "交办", "督办"]),
)
def test_property_every_regulator_the_classifier_reads_is_a_regulator_channel(
    body: str, place: str, how: str
) -> None:
    """R-CMP-07: whatever authority the regulator rule reads, forwarded with a place and a
    way of passing on, is a forwarded channel whose complaint is major by the regulator
    criterion."""
    complaint = _forwarded(f"{place}{body}{how}")
    assert complaint.channel is Channel.FORWARDED
    assert complaint.via_regulator
    assert assess_severity(complaint).severity is Severity.MAJOR


@pytest.mark.parametrize("spelling", ["12345政务热线", "12345政务热线转办", "12345热线", "12345"])
def test_the_government_hotline_by_its_full_name_is_forwarded(spelling: str) -> None:
    """R-CMP-04, R-CMP-07: 12345政务热线, the name on a forwarded work order, is read as
    12345政务热线转办 is: forwarded, kept as ``forwarded_by``, a regulator's by default."""
    assert Channel.parse(spelling) is Channel.FORWARDED
    complaint = _forwarded(spelling)
    assert (complaint.forwarded_by, complaint.via_regulator) == (spelling, True)


def test_a_desk_turns_down_the_government_hotline_and_keeps_the_regulators() -> None:
    """R-CMP-07: the regulator criterion is policy data: a desk that does not count the
    service hotline 12345 as a regulator gives the words without it (and without the
    hotline's names); 12315 and the bureaus stay major."""
    hotline = {"12345", "政务热线", "市长热线", "市民热线", "政府热线", "governmenthotline"}
    desk = SeverityPolicy(regulators=tuple(w for w in REGULATOR_WORDS if w not in hotline))
    for channel in ("12345政务热线", "12345转办", "市长热线转办"):
        assert assess_severity(_forwarded(channel), policy=desk).severity is Severity.GENERAL
    for channel in ("12315转办", "教育局转办", "消协转来"):
        assert assess_severity(_forwarded(channel), policy=desk).severity is Severity.MAJOR
    assert assess_severity(_forwarded("12345转办")).severity is Severity.MAJOR  # the default


@pytest.mark.parametrize(
    "channel",
    [
        "12345678",
        "1234567890",
        "12315123",
        "电话（12345678）",
        "人社局官网",
        "旅游局隔壁门店",
        "运管家App",
        "教委小程序",
        "消保官网",
        "工商所门口",
        "regulatory letter",
        "consumer association website",
    ],
)
def test_a_regulator_word_inside_other_text_names_no_channel(channel: str) -> None:
    """R-CMP-04, R-CMP-07: a regulator's word followed by more digits (a phone number) or
    by other words is no regulator's forwarding: the spelling is refused, naming it."""
    with pytest.raises(InvalidInput) as refused:
        Channel.parse(channel, argument="channel")
    assert "channel" in str(refused.value)


@pytest.mark.parametrize(
    "channel",
    ["12345政务热线", "保监会督办", "人民银行消保处转办", "浙江省通信管理局转来", "区运管所转办"],
)
def test_a_regulator_by_the_rest_of_its_name_is_forwarded(channel: str) -> None:
    """R-CMP-04, R-CMP-07: the rest of the body's name (会, 政务热线, 消保处 after the
    regulator's name) is read with the word."""
    assert Channel.parse(channel) is Channel.FORWARDED
    assert _forwarded(channel).via_regulator


# The complaint hotlines by number and by name: each takes complaints by its own channels.
_HOTLINES = frozenset(
    {"12315", "12345", *SECTOR_HOTLINES, "市长热线", "市民热线", "政府热线", "政务热线", "市长信箱"}
)
_ENDS = ("转办", "转来", "转交", "转送", "交办", "督办", "热线", "平台", "网站", "申诉", "举报")


@settings(max_examples=200, deadline=None)
@given(
    word=st.sampled_from(REGULATOR_WORDS),
    junk=st.one_of(
        st.text(alphabet="0123456789", min_size=1, max_size=6),
        st.sampled_from(["官网", "隔壁门店", "小程序", "门口", "大楼", "附近", "letter", "网点"]),
    ),
)
def test_property_a_regulator_word_then_other_text_is_never_forwarded(word: str, junk: str) -> None:
    """R-CMP-04, R-CMP-07: a regulator's word followed by digits or ordinary words, with no
    way of passing on after them, is refused or read as what it is — never forwarded.  (A
    complaint hotline's own intake channel — 12315官网, 12345小程序 — is its forwarding:
    tests/test_complaints_hotline_channels.py.)"""
    assume(not any(w in junk for w in REGULATOR_WORDS))  # 监管12378: a hotline of its own
    assume(not (word in _HOTLINES and junk in ("官网", "小程序", "letter")))
    try:
        channel = Channel.parse(f"{word}{junk}")
    except InvalidInput:
        return
    assert channel is not Channel.FORWARDED, (word, junk)


@pytest.mark.parametrize("forwarder", ["集团运管部", "公司运管中心", "总行消保处", "分行消保官"])
def test_a_company_operations_or_consumer_protection_office_is_no_regulator(
    forwarder: str,
) -> None:
    """R-CMP-07: a company's own 运管部 (运营管理) or a bank's own 消保处 forwarding a
    complaint is an internal hand-over, not a regulator's involvement: general."""
    complaint = Complaint(
        received_at=AT, channel="转交", forwarded_by=forwarder, content="机构不给退费",
        complainant="王先生",
    )  # fmt: skip
    assert not complaint.via_regulator
    assert assess_severity(complaint).severity is Severity.GENERAL
    for regulator in ("区运管所", "人民银行消保处", "金管局消保处"):
        assert attrs.evolve(complaint, forwarded_by=regulator).via_regulator, regulator
