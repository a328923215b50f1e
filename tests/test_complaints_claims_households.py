"""Claims, households, stays claimed for and channels as customers write them (R-CMP-07
severity signals and loss; R-CMP-04 channels)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import (
    Channel,
    Complaint,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
    classify,
)
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
from custops.errors import InvalidInput
from custops.i18n import language

T = dt.datetime(2026, 11, 2, 14, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def built(text: str, channel: str = "电话") -> Complaint:
    return Complaint(received_at=T, channel=channel, content=text, complainant="周女士")


def _signals(text: str) -> set[Signal]:
    return {e.signal for e in classify(text).evidence if e.signal is not None}


# ---- a claim in couriers' and insurers' words (R-CMP-07 loss) ---------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("行李箱托运时压坏了，价值3500元，麻烦尽快理赔", ("理赔",)),
        ("寄丢的相机申请保价理赔1200元", ("理赔",)),
        ("货值6000元的电脑丢了，按货值赔", ("按货值赔",)),
        ("花瓶碎成三块，请按保价金额赔", ("按保价金额赔",)),
        ("你们把我的快递弄丢了，请尽快赔", ("请尽快赔",)),
        ("快递把我的眼镜压坏了，配眼镜的钱要求报销", ("要求报销",)),
    ],
)
def test_a_claim_word_leaves_the_loss_to_be_assessed_R_CMP_07(
    text: str, words: tuple[str, ...]
) -> None:
    """R-CMP-07: 理赔, 保价理赔, 按价赔 claim compensation: the loss is not known yet
    (``None``), never a definite 0, and the severity is general only for now."""
    c = built(text)
    assert c.loss_words == words
    assert c.loss is None
    assessment = assess_severity(c)
    assert assessment.pending == (Signal.LOSS,)
    assert assessment.provisional


@pytest.mark.parametrize(
    "text",
    [
        "理赔员今天上门查看了，态度不错",  # the adjuster, no claim
        "不需要理赔，帮我修好就行",  # declined
        "已经理赔了，谢谢你们",  # settled
        "请尽快赔礼道歉",  # an apology, no money
        "这个产品的价值2000元，我想了解一下",  # a value, no claim
        "航班延误险如何理赔？",  # asked about
        "请问理赔流程是什么",  # asked about
    ],
)
def test_near_misses_of_a_claim_are_no_loss_R_CMP_07(text: str) -> None:
    """R-CMP-07: an adjuster named, a claim declined or settled, an apology: no loss."""
    c = built(text)
    assert c.loss_words == ()
    assert c.loss == 0


def test_the_reason_says_the_claim_is_not_assessed_even_with_an_amount_R_CMP_07() -> None:
    """R-CMP-07: a text naming the goods' value and a claim is not told it gives no amount:
    the amount named is not the loss assessed, so the reason says it is still to be
    assessed."""
    c = built("价值8800元的相机在运输中摔坏了，要求赔偿")
    with language("en_US"):
        reason = assess_severity(c).reason
    assert reason.endswith(
        'the text names a loss or a claim ("赔偿"): the claimed loss is still to be assessed, '
        "so the severity is provisional"
    )
    assert "no amount" not in reason
    with language("zh_CN"):
        zh = assess_severity(c).reason
    assert "文本提到损失或索赔（「赔偿」）：声称的损失尚待核定" in zh
    assert "未给出金额" not in zh


_GOODS = st.sampled_from(["手机", "行李箱", "一箱橙子", "电脑", "包裹", "古董花瓶"])
_HARM = st.sampled_from(["摔碎了", "丢了", "压坏了", "被调包了", "泡水了"])
_CLAIM = st.sampled_from(
    [
        "请尽快理赔",
        "申请保价理赔",
        "按保价赔",
        "按价赔",
        "要求赔偿",
        "我要索赔",
        "请你们赔付",
        "必须赔我",
        "请尽快赔",
    ]
)


@given(
    goods=_GOODS,
    harm=_HARM,
    value_word=st.sampled_from(["价值", "货值", "價值"]),
    amount=st.integers(min_value=1, max_value=10_000_000),
    claim=_CLAIM,
)
def test_a_value_and_a_claim_word_never_give_no_loss_R_CMP_07(
    goods: str, harm: str, value_word: str, amount: int, claim: str
) -> None:
    """R-CMP-07 (invariant): a text naming the goods' value (价值N元, 货值N元) and a claim
    word never reads as "no loss": the loss is still to be assessed."""
    c = built(f"{goods}{harm}，{value_word}{amount}元，{claim}")
    assert c.loss is None
    assert c.loss_words


# ---- several households (R-CMP-07 collective) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我们单元好几户都没收到账单",
        "隔壁几户也停电了，到现在没人管",
        "这次多户的燃气表都被你们装错了",
        "邻居们也都没收到快递",
        "邻居都被多扣了钱",
        "整栋楼的电梯都停了两天",
        "整个小区今天全没有热水",
    ],
)
def test_several_households_are_collective_R_CMP_07(text: str) -> None:
    """R-CMP-07: several households (好几户, 几户, 多户), the neighbours together (邻居们都),
    a whole building or estate, all of it: several customers at once."""
    assert Signal.COLLECTIVE in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "就我一户没收到账单",  # one household
        "这栋楼一共有几户？",  # asked
        "我家是多户型的房子，想问下燃气怎么开户",  # a flat's type
        "整个小区环境很好，保安也负责",  # the estate named, not all affected
        "邻居说你们的师傅很专业",  # one neighbour
        # neighbours who said, recommended or knew something share no harm
        "邻居都说你们家的东西好，结果我买了第二天就坏了",
        "邻居都推荐你们，没想到发货这么慢",
        "邻居都劝我别买，我没听",
        "邻居都不知道你们换了电话",
        "邻居们都觉得你们服务不错，我的订单却丢了",
        # a whole estate that only knows, is quiet or is the company's customers
        "整个小区都知道你们服务差",
        "整个小区都很安静，就我家漏水",
        "整栋楼都是你们的客户，服务这么差",
    ],
)
def test_one_household_and_near_misses_are_not_collective_R_CMP_07(text: str) -> None:
    """R-CMP-07: one household, a question, a flat's type, the estate named: none."""
    assert Signal.COLLECTIVE not in _signals(text)


_HOUSEHOLDS = st.sampled_from(["好几户", "几户", "多户", "邻居们都", "整栋楼都", "整个小区都"])


@given(
    cue=_HOUSEHOLDS,
    negation=st.sampled_from(["不是", "并非", "没有"]),
    tail=st.sampled_from(["停水了", "没收到快递", "被多收了钱"]),
)
def test_a_negation_never_adds_a_collective_hint_R_CMP_07(
    cue: str, negation: str, tail: str
) -> None:
    """R-CMP-07 (invariant): a households' cue denied right before it (不是好几户) adds no
    collective signal, and never more signals than the text without the denial."""
    denied = f"{negation}{cue}{tail}"
    assert Signal.COLLECTIVE not in _signals(denied)
    assert _signals(denied) - {Signal.COLLECTIVE} <= _signals(f"{cue}{tail}") | _signals(tail)


# ---- a stay in hospital: harm by default, an insurer's insured event (R-CMP-07 safety) ----

_INSURER = SeverityPolicy(classifier_policy=DEFAULT_CLASSIFIER_POLICY.without("sig.hospitalised"))


@pytest.mark.parametrize(
    "text",
    [
        "我爸住院半个月了，报销的钱到现在还没下来",
        "出院一个月了，住院津贴还没给",
        "喝了你们的奶茶过敏住院，要求报销医药费",
        "被你们的送货车撞了住院，医保报销不了的部分你们出",
    ],
)
def test_a_stay_is_harm_by_default_claimed_for_or_not_R_CMP_07(text: str) -> None:
    """R-CMP-07 (the safe side): a stay in hospital is harm whether or not the text claims
    for it — an injury claimed for (被…撞了住院，…报销) is harm all the same; an insurer's desk,
    for which a stay is the insured event, leaves the ``sig.hospitalised`` rule out."""
    assert Signal.SAFETY in _signals(text)
    assert assess_severity(built(text)).severity is Severity.MAJOR


def test_an_insurers_desk_leaves_stays_out_but_keeps_hazards_R_CMP_07() -> None:
    """R-CMP-07: an insurer's desk leaves every stay in hospital out of the safety criterion
    (the ``sig.hospitalised`` rule) by its severity policy; a hazard (刹车失灵) is still
    major."""
    stay = built("我老伴住院两周了，你们的客服一直不回电话")
    assert assess_severity(stay).severity is Severity.MAJOR  # the default reading: harm
    assert assess_severity(stay, policy=_INSURER).severity is Severity.GENERAL
    claim = built("我住院做手术一个月了，理赔款还没到账")
    assert assess_severity(claim).severity is Severity.MAJOR
    assert assess_severity(claim, policy=_INSURER).severity is Severity.GENERAL
    brakes = built("车子保养后刹车失灵，差点撞上护栏")
    assessment = assess_severity(brakes, policy=_INSURER)
    assert assessment.severity is Severity.MAJOR
    assert assessment.criteria == (Signal.SAFETY,)


# ---- regulators and channels (R-CMP-04, R-CMP-07 regulator) -----------------------------


@pytest.mark.parametrize(
    "channel", ["监管局转办", "银保监局", "保监局转来", "邮政局申诉", "邮政申诉"]
)
def test_a_regulators_bureau_and_the_postal_appeal_are_a_regulator_R_CMP_07(
    channel: str,
) -> None:
    """R-CMP-04, R-CMP-07: 监管局 (保监局, 银保监局) and an appeal to the postal regulator as
    couriers' customers write it (邮政局申诉) forward the complaint from a regulator."""
    c = built("保单退保手续费太高", channel=channel)
    assert c.channel is Channel.FORWARDED
    assert c.forwarded_by == channel
    assert c.via_regulator
    assert Signal.REGULATOR in assess_severity(c).criteria


def test_a_regulators_bureau_in_the_text_is_the_regulator_signal_R_CMP_07() -> None:
    """R-CMP-07: turning to 监管局 in the text is the regulator signal; named in passing,
    asked about, it is none."""
    assert Signal.REGULATOR in _signals("你们再拖着不办，我就去监管局反映")
    assert Signal.REGULATOR not in _signals("监管局的规定是怎么写的？")


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("柜面", Channel.IN_PERSON),
        ("柜台投诉", Channel.IN_PERSON),
        ("抖音", Channel.ONLINE),
        ("小红书", Channel.ONLINE),
        ("网点反馈", Channel.FORWARDED),
        ("快递员反馈", Channel.FORWARDED),
    ],
)
def test_counters_platforms_and_branch_reports_R_CMP_04(channel: str, expected: Channel) -> None:
    """R-CMP-04: a bank's counter is a walk-in, a short-video platform is online, a report
    passed on by a branch or a courier is forwarded by them (not a regulator)."""
    c = built("等了一个小时没人处理", channel=channel)
    assert c.channel is expected
    if expected is Channel.FORWARDED:
        assert c.forwarded_by == channel
        assert not c.via_regulator


def test_a_bare_hotline_number_is_refused_saying_how_to_write_it_R_CMP_04() -> None:
    """R-CMP-04: a number alone names no channel (a regulator's is forwarded, a company's
    own the phone): refused, naming the value and how to write a company's hotline; the
    number then a phone spelling is the phone."""
    with language("en_US"), pytest.raises(InvalidInput, match="'10086hotline' is the phone"):
        built("等了一个小时", channel="10086")
    assert built("等了一个小时", channel="10086热线").channel is Channel.PHONE
    # a bank's five-digit service number alone is its hotline: the phone
    assert built("等了一个小时", channel="95522").channel is Channel.PHONE
