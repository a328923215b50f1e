"""Channel spellings by family (R-CMP-04, R-CMP-07): a complaint hotline reached by any of
its intake channels (12345微信, 12345小程序, 市长信箱留言) is forwarded by that hotline, its
spelling kept as ``forwarded_by``; the car platforms (懂车帝, 汽车之家, 易车) are read as the
other platforms are; a showroom and a placed front desk are walk-ins.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import SECTOR_HOTLINES, Case, Channel, Complaint
from custops.errors import InvalidInput

AT = dt.datetime(2026, 2, 13, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _complaint(channel: str) -> Complaint:
    return Complaint(received_at=AT, channel=channel, content="小区路灯坏了", complainant="市民")


# ------------------------------------------------------------- the hotline family

_HOTLINES = ("12345", "12315", "12378", "市长热线", "市民热线", "政务热线", "市长信箱")
_INTAKES = (
    "", "热线", "网站", "官网", "微信", "公众号", "微信公众号", "小程序", "微信小程序", "APP",
    "App", "短信", "在线", "在线客服", "邮件", "网络", "留言", "网上留言", "来信", "电话", "来电",
    "客服", "平台",
)  # fmt: skip
_HANDOVERS = ("", "转办", "工单", "派单", "交办单", "投诉")


@pytest.mark.parametrize(
    "channel",
    [
        "12345微信", "12345公众号", "12345小程序", "12345APP", "12345短信", "12345在线",
        "12345邮件", "12345网络", "12345网站", "12345热线", "12345工单", "12345热线工单",
        "12345政务服务热线", "12345市民热线", "深圳12345微信", "12315微信", "12315小程序",
        "市长热线微信", "市长信箱留言", "市民热线微信", "１２３４５微信", "12345來電",
    ],
)  # fmt: skip
def test_a_hotline_by_any_of_its_intake_channels_is_forwarded_R_CMP_04(channel: str) -> None:
    """R-CMP-04, R-CMP-07: the citizen reached the hotline by its WeChat, app, mini program,
    SMS, mail or site — the company received the complaint from the hotline: forwarded, the
    spelling kept as ``forwarded_by``, a regulator's forwarding (major at receipt)."""
    assert Channel.parse(channel) is Channel.FORWARDED
    complaint = _complaint(channel)
    assert complaint.channel is Channel.FORWARDED
    assert complaint.forwarded_by == channel
    assert complaint.via_regulator


@pytest.mark.parametrize(
    "channel",
    [
        "12345678热线",  # a phone number that begins with 12345
        "123456微信",
        "微信12345",  # a channel word before the hotline: how, not who
        "12345京东",  # a platform after the hotline names no intake of it
        "12345现场",  # a walk-in names no hotline's intake
        "12345门店",
        "人社局官网",  # a bureau's site, not a complaint hotline's intake
        "教委小程序",
    ],
)
def test_neighbouring_spellings_stay_refused_R_CMP_04(channel: str) -> None:
    """R-CMP-04: a number that runs on, a channel word before the hotline, a platform or a
    walk-in after it, a bureau's own site or app: no hotline's forwarding, refused naming
    the argument and showing the text."""
    with pytest.raises(InvalidInput, match=r"^channel: .*known Channel"):
        Channel.parse(channel, argument="channel")


@given(
    hotline=st.sampled_from(_HOTLINES + SECTOR_HOTLINES),
    intake=st.sampled_from(_INTAKES),
    handover=st.sampled_from(_HANDOVERS),
)
def test_property_every_spelling_of_a_hotline_family_reads_alike_R_CMP_04(
    hotline: str, intake: str, handover: str
) -> None:
    """R-CMP-04, R-CMP-07: a hotline, any of its intake channels and any hand-over word read
    alike: forwarded, kept as ``forwarded_by``, a regulator's — no spelling of the family is
    refused while another is read."""
    channel = f"{hotline}{intake}{handover}"
    assert Channel.parse(channel) is Channel.FORWARDED, channel
    complaint = _complaint(channel)
    assert complaint.forwarded_by == channel
    assert complaint.via_regulator


@given(
    hotline=st.sampled_from(("12345", "12315")),
    more=st.text(alphabet="0123456789", min_size=1, max_size=4),
    intake=st.sampled_from(("热线", "微信", "小程序", "APP", "短信")),
)
def test_property_a_longer_number_is_no_hotline_R_CMP_04(
    hotline: str, more: str, intake: str
) -> None:
    """R-CMP-04: a number that runs on after the hotline's (12345678微信) is another number,
    never the hotline's forwarding."""
    try:
        channel = Channel.parse(f"{hotline}{more}{intake}")
    except InvalidInput:
        return
    assert channel is not Channel.FORWARDED


def test_an_unclassified_hotline_case_is_found_by_its_escalation_clock_R_CMP_07() -> None:
    """R-CMP-07: a 12345 WeChat work order is major at receipt: its escalation clock runs
    before anyone classifies it (``severity`` still ``None``), as docs/cases.md tells a
    dashboard to find it."""
    case = Case.open(_complaint("12345微信"), "客户关系顾问", policy="dealer")
    assert case.severity is None
    assert "escalation" in case.clocks()
    assert case.status(at=AT + dt.timedelta(hours=3)).breaches == ("escalation",)
    plain = Case.open(_complaint("微信"), "客户关系顾问", policy="dealer")
    assert "escalation" not in plain.clocks()


# ------------------------------------------------------------- a car desk's channels


@pytest.mark.parametrize(
    ("channel", "member"),
    [
        ("懂车帝", Channel.ONLINE),
        ("懂車帝", Channel.ONLINE),
        ("汽车之家", Channel.ONLINE),
        ("易车", Channel.ONLINE),
        ("易车网", Channel.ONLINE),
        ("懂车帝私信", Channel.ONLINE),
        ("汽车之家私信", Channel.ONLINE),
        ("易车私信", Channel.ONLINE),
        ("懂车帝转单", Channel.ONLINE),
        ("汽车之家转单", Channel.ONLINE),
        ("易车转单", Channel.ONLINE),
        ("懂车帝评论", Channel.ONLINE),
        ("懂车帝投诉", Channel.ONLINE),
        ("车质网", Channel.ONLINE),
        ("展厅", Channel.IN_PERSON),
        ("展廳", Channel.IN_PERSON),
        ("展厅接待", Channel.IN_PERSON),
        ("售后前台", Channel.IN_PERSON),
        ("酒店前台", Channel.IN_PERSON),
        ("前台接待", Channel.IN_PERSON),
        ("门店接待", Channel.IN_PERSON),
        ("展厅投诉", Channel.IN_PERSON),
    ],
)
def test_a_car_desks_channels_are_read_R_CMP_04(channel: str, member: Channel) -> None:
    """R-CMP-04: a car platform alone, its private message, its hand-over or its review is
    online, as 抖音 and 大众点评 are; a showroom, and a front desk or a reception with its
    place before it, is a walk-in, as 门店 and 前台 are."""
    assert Channel.parse(channel) is member
    assert _complaint(channel).channel is member
    assert _complaint(channel).forwarded_by == ""


@pytest.mark.parametrize(
    "channel", ["电话接待", "客服接待", "热线前台", "网上前台", "在线接待", "12315柜台", "政务前台"]
)
def test_a_desk_reached_by_a_call_or_a_message_is_no_walk_in_R_CMP_04(channel: str) -> None:
    """R-CMP-04: a reception named by a phone or an online word, or a regulator's or a
    government office's desk, is no walk-in: refused, naming the argument."""
    with pytest.raises(InvalidInput, match=r"^channel: "):
        Channel.parse(channel, argument="channel")


_CAR_PLATFORMS = ("懂车帝", "汽车之家", "易车", "太平洋汽车", "爱卡汽车")


@given(
    platform=st.sampled_from(_CAR_PLATFORMS),
    how=st.sampled_from(("", "私信", "留言", "转单", "客服转单", "评论", "平台", "APP", "投诉")),
)
def test_property_a_car_platform_reads_as_every_platform_R_CMP_04(platform: str, how: str) -> None:
    """R-CMP-04: every spelling of a car platform that reads a listed platform (抖音私信,
    美团转单) reads the car platform alike: online, no forwarder."""
    channel = f"{platform}{how}"
    assert Channel.parse(channel) is Channel.ONLINE
    assert Channel.parse(f"抖音{how}") is Channel.ONLINE
