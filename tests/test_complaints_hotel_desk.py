"""A hotel desk's words: a demand that the firm pay the medical costs (R-CMP-07 loss) and the
channels a hotel's records name — a platform's handover, a letter, the mobile app (R-CMP-04;
R-SLA-06 written/online, R-SLA-07 forwarded)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Channel, Complaint, Signal, assess_severity
from custops.errors import InvalidInput

T = dt.datetime(2026, 12, 7, 21, 15, tzinfo=ZoneInfo("Asia/Shanghai"))


def built(text: str, channel: str = "前台") -> Complaint:
    return Complaint(received_at=T, channel=channel, content=text, complainant="刘女士")


# ---- medical costs claimed (R-CMP-07 loss) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("医药费你们得承担", ("医药费你们得承担",)),
        ("医药费谁出？", ("医药费谁出",)),
        ("医疗费你们要报销", ("医疗费你们要报销",)),
        ("治疗费谁来出", ("治疗费谁来出",)),
        ("看病的钱你们赔", ("看病的钱你们赔",)),
        ("你们承担医药费", ("承担医药费",)),
        (
            "浴室地面太滑，我老婆滑倒了，去医院缝了三针，医药费谁出？",
            ("医药费谁出",),
        ),
    ],
)
def test_a_medical_cost_demand_leaves_the_loss_to_be_assessed_R_CMP_07(
    text: str, words: tuple[str, ...]
) -> None:
    """R-CMP-07: a demand that the firm pay the medical costs claims compensation: the loss
    is not known yet (``None``), never "no loss", and the severity holds it pending (the
    injury, a safety signal, makes the last one major already)."""
    c = built(text)
    assert c.loss_words == words
    assert c.loss is None
    assert Signal.LOSS in assess_severity(c).pending


@pytest.mark.parametrize(
    "text",
    [
        "不用你们承担医药费",  # denied: the guest asks for nothing
        "医药费不用你们承担，只要道歉",  # denied, the cost named first
        "医药费我自己承担了",  # borne by the guest
        "我自己承担医药费",
        "医药费已经赔了",  # settled
        "医药费花了三百多",  # named, not claimed
    ],
)
def test_medical_costs_denied_settled_or_borne_are_no_loss_R_CMP_07(text: str) -> None:
    """R-CMP-07: medical costs the guest does not ask the firm for (不用你们承担, borne by
    the guest, already paid, only named) are no claim: the loss is none."""
    c = built(text)
    assert c.loss_words == ()
    assert c.loss == 0


@given(
    cost=st.sampled_from(["医药费", "医疗费", "治疗费", "看病的钱"]),
    who=st.sampled_from(["", "你们", "酒店", "你们得", "酒店必须"]),
    verb=st.sampled_from(["承担", "报销", "赔", "负责"]),
    before=st.sampled_from(["", "我摔伤了，", "去医院缝了三针，"]),
)
def test_a_medical_cost_demand_never_reads_as_no_loss_R_CMP_07(
    cost: str, who: str, verb: str, before: str
) -> None:
    """R-CMP-07 (invariant): the medical costs asked of the firm (…医药费你们得承担) leave the
    loss to be assessed, and the same words after 不用 in the clause claim nothing."""
    assert built(f"{before}{cost}{who}{verb}").loss is None
    assert built(f"{before}不用{who}{verb}{cost}").loss == 0


# ---- a hotel's channels (R-CMP-04) ------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["携程转办", "携程转单", "美团转单", "飞猪转单", "去哪儿转来", "大众点评工单", "抖音转单",
     "淘宝工单", "京东转交", "飞猪平台转办", "美团APP转单", "OTA转单", "携程转单投诉", "攜程轉單"],
)  # fmt: skip
def test_a_platform_handover_is_online_R_SLA_06(label: str) -> None:
    """R-CMP-04, R-SLA-06: a booking or review platform handing a guest's complaint over is
    the written complaint online, whatever its ticket's word (转办, 转单, 工单): one channel,
    one set of targets, no one recorded as having forwarded it and no regulator."""
    assert Channel.parse(label) is Channel.ONLINE
    c = built("到店说满房了", channel=label)
    assert (c.channel, c.forwarded_by, c.via_regulator) == (Channel.ONLINE, "", False)


@pytest.mark.parametrize("label", ["12345转办", "文旅局转办", "市场监管局转办", "12315转办"])
def test_a_regulators_handover_stays_forwarded_R_SLA_07(label: str) -> None:
    """R-SLA-07, R-CMP-07: a regulator's 转办 is the forwarded complaint, kept as who
    forwarded it, and the major-complaint signal."""
    c = built("乱扣费不退", channel=label)
    assert (c.channel, c.forwarded_by, c.via_regulator) == (Channel.FORWARDED, label, True)


@pytest.mark.parametrize(
    ("label", "channel"),
    [
        ("投诉信", Channel.WRITTEN),
        ("投訴信", Channel.WRITTEN),
        ("手机APP", Channel.ONLINE),
        ("手机App", Channel.ONLINE),
        ("手机app投诉", Channel.ONLINE),
        ("App", Channel.ONLINE),
    ],
)
def test_a_letter_and_the_mobile_app_R_CMP_04(label: str, channel: Channel) -> None:
    """R-CMP-04: a letter of complaint (投诉信) is written as 信函 is; the mobile app (手机APP)
    is online as APP is."""
    assert Channel.parse(label) is channel


@pytest.mark.parametrize("label", ["行李员", "转单", "400转单", "某某转单"])
def test_an_unknown_label_is_still_refused_naming_it_R_CMP_04(label: str) -> None:
    """R-CMP-04: the desk's own label (mapped by the desk) and a handover by no one known
    are refused, naming the argument and the value (a platform named alone, 携程, is the
    guest's message on it: online)."""
    with pytest.raises(InvalidInput, match=rf"channel: is not a known Channel.*got '{label}'"):
        Channel.parse(label, argument="channel")


@given(
    platform=st.sampled_from(
        ["携程", "美团", "飞猪", "去哪儿", "大众点评", "抖音", "淘宝", "京东"]
    ),
    middle=st.sampled_from(["", "平台", "APP"]),
    verb=st.sampled_from(["转办", "转单", "转来", "转交", "工单"]),
    tail=st.sampled_from(["", "投诉"]),
)
def test_every_platform_handover_is_one_channel_R_SLA_06(
    platform: str, middle: str, verb: str, tail: str
) -> None:
    """R-SLA-06 (invariant): a platform's handover is online whichever word its ticket
    uses, so one guest's complaint never gets two sets of targets."""
    assert Channel.parse(f"{platform}{middle}{verb}{tail}") is Channel.ONLINE
