"""A bank card centre's channel labels and praise of its agents (R-CMP-03, R-CMP-04)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import Channel, classify
from custops.errors import InvalidInput


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # R-CMP-04: a qualifier before a phone spelling is the company's own line
        ("信用卡客服热线", Channel.PHONE),
        ("信用卡中心热线", Channel.PHONE),
        ("信用卡客服热线投诉", Channel.PHONE),
        ("售后服务热线", Channel.PHONE),
        # a bank's 95xxx service number alone, a full 400 number
        ("95588", Channel.PHONE),
        ("95555", Channel.PHONE),
        ("400-820-8820", Channel.PHONE),
        # a bank's branch: the customer walked in
        ("网点", Channel.IN_PERSON),
        ("营业网点", Channel.IN_PERSON),
        ("營業網點", Channel.IN_PERSON),
        ("银行网点", Channel.IN_PERSON),
        ("支行", Channel.IN_PERSON),
        ("招行支行", Channel.IN_PERSON),
        # an app named by its brand
        ("掌上生活APP", Channel.ONLINE),
        ("手机银行APP", Channel.ONLINE),
        # neighbours keep their reading
        ("网点上报", Channel.FORWARDED),
        ("支行转来", Channel.FORWARDED),
        ("12315客服热线", Channel.FORWARDED),
        ("银保监热线", Channel.FORWARDED),
        ("市长热线", Channel.FORWARDED),
    ],
)
def test_bank_channel_labels(label: str, expected: Channel) -> None:
    """R-CMP-04: a bank desk's labels read as the families they belong to."""
    assert Channel.parse(label) is expected


@pytest.mark.parametrize(
    "label", ["10086", "95", "9558", "955888", "微信热线", "在线客服热线", "网上网点", "政务APP"]
)
def test_not_a_channel_stays_refused(label: str) -> None:
    """R-CMP-04: a bare non-service number, another channel's or a government's word is
    refused, naming the value."""
    with pytest.raises(InvalidInput) as caught:
        Channel.parse(label, argument="channel")
    assert caught.value.argument == "channel"
    assert label in str(caught.value)


@given(st.integers(min_value=0, max_value=999))
def test_every_95xxx_number_is_the_phone(tail: int) -> None:
    """R-CMP-04: every five-digit 95xxx service number is a call to the hotline."""
    assert Channel.parse(f"95{tail:03d}") is Channel.PHONE


_QUALIFIERS = st.sampled_from(["信用卡", "信用卡中心", "银行", "售后", "会员", "招行", "理财"])
_PHONE_WORDS = st.sampled_from(["热线", "客服热线", "客服电话", "服务热线", "热线电话"])


@given(_QUALIFIERS, _PHONE_WORDS)
def test_qualified_hotline_is_the_phone(qualifier: str, word: str) -> None:
    """R-CMP-04: the company's qualifier before a phone spelling reads as that spelling."""
    assert Channel.parse(word) is Channel.PHONE
    assert Channel.parse(qualifier + word) is Channel.PHONE


@given(_QUALIFIERS, st.sampled_from(["网点", "营业网点", "支行", "分行"]))
def test_branch_is_in_person(qualifier: str, branch: str) -> None:
    """R-CMP-04: a branch, with its owner before it or not, is a walk-in."""
    assert Channel.parse(branch) is Channel.IN_PERSON
    assert Channel.parse(qualifier + branch) is Channel.IN_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "客服小姐姐很耐心帮我调了临时额度，点赞",
        "谢谢客服小姐姐，耐心帮我查了账单",
        "客服小哥态度很好，帮我办了分期，好评",
        "师傅很专业，装得很好",
    ],
)
def test_praise_of_named_staff_goes_to_the_marketing_office(text: str) -> None:
    """R-CMP-03 (D10 二 3.3): praise of a member of staff's own service goes to 营销办,
    whatever the matter they helped with."""
    result = classify(text)
    assert result.kind.label == "表扬"
    assert result.topic is not None
    assert result.topic.label == "服务质量"
    assert result.department is not None
    assert result.department.label == "营销办"


@pytest.mark.parametrize(
    ("text", "department"),
    [("很好吃，送餐小哥也很敬业", "质量部"), ("额度调得很快，点赞", "销售部")],
)
def test_praise_of_goods_or_a_matter_keeps_its_topic(text: str, department: str) -> None:
    """R-CMP-03: goods praised first, or no one named, keep the topic's department."""
    result = classify(text)
    assert result.kind.label == "表扬"
    assert result.department is not None
    assert result.department.label == department


@given(
    st.sampled_from(["客服小姐姐", "客服", "师傅", "工作人员", "柜员"]),
    st.sampled_from(["很耐心", "很热情", "非常专业", "特别细心"]),
    st.sampled_from(["帮我调了临时额度", "帮我查了账单", "帮我办了分期", "帮我改了还款日"]),
)
def test_staff_subject_praise_routes_to_staff(staff: str, manner: str, action: str) -> None:
    """R-CMP-03: whatever the action named, a staff member praised for their manner is
    routed as service quality."""
    result = classify(f"{staff}{manner}{action}，点赞")
    assert result.kind.label == "表扬"
    assert result.department is not None
    assert result.department.label == "营销办"
