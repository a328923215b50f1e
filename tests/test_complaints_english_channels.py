"""The English channel labels a CRM stores read as their Chinese counterparts do (R-CMP-04,
R-SLA-06, R-SLA-07): chat, the company's app and the messaging and social platforms are
online, as 在线客服, 手机APP, 微信 and 微博 are; a store, a counter, a service desk and a
showroom are in person, as 门店, 柜台, 服务台 and 展厅 are."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops._enums import fold
from custops.complaints import Channel
from custops.complaints.model import CHANNEL_SPELLINGS
from custops.errors import InvalidInput
from custops.sla import presets

ONLINE = [
    "Live Chat",
    "live-chat",
    "Web Chat",
    "Online chat",
    "WhatsApp",
    "Whats App",
    "Facebook",
    "Messenger",
    "Facebook Messenger",
    "Instagram",
    "Telegram",
    "Twitter",
    "TikTok",
    "Social media",
    "Mobile App",
    "In-app",
    "Text message",
    "Direct message",
    "DM",
    "Message",
    # a platform's message, as 微博私信 and 抖音私信 are
    "WhatsApp message",
    "Facebook private message",
    "Instagram DM",
    "Twitter direct message",
    "WhatsApp chat",
    # what was read before, kept
    "Email",
    "E-mail",
    "Web form",
    "App",
    "WeChat",
    "SMS",
    "chat",
]
IN_PERSON = [
    "In-store",
    "In store",
    "instore",
    "Store",
    "Store visit",
    "In shop",
    "Counter",
    "Service counter",
    "Service desk",
    "Showroom",
    "Walk-in",
    "Walk in",
    "In person",
]


@pytest.mark.parametrize("label", ONLINE)
def test_chat_apps_and_messaging_platforms_are_online_R_CMP_04(label: str) -> None:
    """check108 #4: Live Chat, WhatsApp, Facebook … were refused; each is online now."""
    assert Channel.parse(label) is Channel.ONLINE
    assert Channel.parse(f"{label} complaint") is Channel.ONLINE


@pytest.mark.parametrize("label", IN_PERSON)
def test_a_store_a_counter_and_a_showroom_are_in_person_R_CMP_04(label: str) -> None:
    """check108 #4: In-store was refused while Walk-in was read; a store is in person."""
    assert Channel.parse(label) is Channel.IN_PERSON
    assert Channel.parse(f"{label} complaint") is Channel.IN_PERSON


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Live Chat", "在线客服"),
        ("Mobile App", "手机APP"),
        ("WhatsApp", "微信"),
        ("Facebook", "微博"),
        ("Instagram DM", "微博私信"),
        ("TikTok", "抖音"),
        ("Text message", "短信"),
        ("Message", "留言"),
        ("In-store", "门店"),
        ("Counter", "柜台"),
        ("Service desk", "服务台"),
        ("Showroom", "展厅"),
    ],
)
def test_an_english_label_reads_as_its_chinese_counterpart_R_CMP_04(
    english: str, chinese: str
) -> None:
    assert Channel.parse(english) is Channel.parse(chinese)


@pytest.mark.parametrize(
    "label",
    [
        "LINE",  # a phone line, or the messaging app?
        "online store",  # a shop on a platform (its handover is online), or the store?
        "store report",  # the customer's walk-in, or the store passing it on (门店上报)?
        "voice message",
        "WhatsApp phone",
        "pigeon",
    ],
)
def test_a_label_that_names_no_one_channel_stays_refused_R_CMP_04(label: str) -> None:
    with pytest.raises(InvalidInput, match=r"^channel: is not a known Channel"):
        Channel.parse(label, argument="channel")


def test_a_hotline_reached_by_whatsapp_is_forwarded_as_by_wechat_R_CMP_04_R_CMP_07() -> None:
    """A complaint hotline is forwarded whichever channel reached it (12345微信)."""
    assert Channel.parse("12345 WhatsApp") is Channel.parse("12345微信") is Channel.FORWARDED


@pytest.mark.parametrize(
    ("channel", "rule", "first"),
    [
        ("WhatsApp", "written or online complaint", "acknowledge"),
        ("Live Chat", "written or online complaint", "acknowledge"),
        ("Facebook", "written or online complaint", "acknowledge"),
        ("In-store", "in-person or forwarded complaint", "register"),
        ("Store", "in-person or forwarded complaint", "register"),
    ],
)
def test_the_winery_desk_times_an_english_channel_as_its_family_R_SLA_06_R_SLA_07(
    channel: str, rule: str, first: str
) -> None:
    """The winery desk (R-SLA-06, R-SLA-07) with a CRM's English channel (check108 C40):
    an online complaint is acknowledged within 24 hours, an in-person one registered."""
    selection = presets.WINERY.select(channel=channel, kind="complaint")
    assert selection.matched_rule == rule
    assert selection.targets[0].name == first


_ENGLISH_SPELLINGS = sorted(
    (spelling, key)
    for key, spellings in CHANNEL_SPELLINGS.items()
    for spelling in spellings
    if spelling.isascii() and not spelling.isdigit()
)


@given(
    pair=st.sampled_from(_ENGLISH_SPELLINGS),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    joiner=st.sampled_from([" ", "-", "_", ""]),
)
def test_property_an_english_spelling_reads_as_its_channel_in_any_case_or_joining_R_CMP_04(
    pair: tuple[str, str], case: Callable[[str], str], joiner: str
) -> None:
    """Every English spelling of ``CHANNEL_SPELLINGS``, in any case and with its words joined
    by a space, a hyphen, an underscore or nothing, is its channel, and so it is with
    "complaint" after it."""
    spelling, key = pair
    written = case(joiner.join(spelling.replace("-", " ").split()))
    assert fold(written) == fold(spelling)
    member = Channel.parse(key)
    assert Channel.parse(written) is member
    assert Channel.parse(f"{written} complaint") is member
